"""The uncertainty beside the comparisons: intervals of shares and rates, tests of differences,
and the correction for testing many words at once.

Each function wraps a kept implementation (statsmodels, numpy's random generator) and is
documented with the model it assumes; ``docs/statistics.md`` says where each one is used and why.

* :func:`wilson_interval`: the Wilson score interval of a share (statsmodels ``proportion_confint``).
* :func:`article_bootstrap_rate`: a rate per 1,000 words whose interval resamples whole articles,
  as the sentiment intervals do, with a fixed seed; no interval from fewer than
  :data:`MIN_ARTICLES` articles.
* :func:`article_bootstrap_scores`: intervals of an evaluation's precision, recall and F1, resampling
  whole articles.
* :func:`poisson_rate_test`: the test of two rates (statsmodels ``test_poisson_2indep``).
* :func:`benjamini_hochberg`: the false discovery rate correction (statsmodels ``multipletests``).

>>> [round(x, 4) for x in wilson_interval(3, 10)]
[0.1078, 0.6032]
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

MIN_ARTICLES = 2  # no interval from fewer articles: the variation between articles is unknown
FEW_ARTICLES = 5  # fewer articles than this: an interval is given, and flagged as resting on few
CONFIDENCE = 0.95


def wilson_interval(count: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The Wilson score interval of ``count`` successes out of ``n``; NaN for ``n == 0``.

    It treats the ``n`` observations (quotes) as independent: quotes of one article are not
    quite, so the interval is a lower bound on the uncertainty.

    >>> [round(x, 4) for x in wilson_interval(0, 4)], wilson_interval(0, 0)
    ([0.0, 0.4899], (nan, nan))
    """
    low, high = _wilson_bounds(np.array([count], dtype=float), np.array([n], dtype=float), confidence)
    return float(low[0]), float(high[0])


def wilson_columns(counts: pd.Series, totals: pd.Series, confidence: float = CONFIDENCE) -> pd.DataFrame:
    """:func:`wilson_interval` of each row, rounded to four decimals: ``ci_low, ci_high``.

    >>> wilson_columns(pd.Series([1, 0]), pd.Series([4, 0])).values.tolist()
    [[0.0456, 0.6994], [nan, nan]]
    """
    low, high = _wilson_bounds(np.asarray(counts, dtype=float), np.asarray(totals, dtype=float), confidence)
    return pd.DataFrame({"ci_low": low, "ci_high": high}, index=counts.index).round(4)


def _wilson_bounds(counts: np.ndarray, totals: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Wilson bounds of each (count, total), clipped to [0, 1], in one statsmodels call; NaN where
    the total is 0."""
    from statsmodels.stats.proportion import proportion_confint

    low = np.full(len(counts), np.nan)
    high = np.full(len(counts), np.nan)
    some = totals > 0
    if some.any():
        lo, hi = proportion_confint(counts[some], totals[some], alpha=1 - confidence, method="wilson")
        low[some], high[some] = np.maximum(0.0, lo), np.minimum(1.0, hi)
    return low, high


def per_1000(counts: pd.Series, words: pd.Series) -> pd.Series:
    """Counts per 1,000 words, rounded to two decimals; no rate where there are no words.

    >>> per_1000(pd.Series([2, 1]), pd.Series([400, 0])).tolist()
    [5.0, nan]
    """
    return (counts * 1000 / words.where(words > 0)).round(2)


def article_bootstrap_rate(counts, words, *, n_boot: int = 2000, seed: int = 0,
                           confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """A rate per 1,000 words pooled over articles, and its bootstrap interval resampling articles.

    ``counts`` and ``words`` hold one value per article (hedges and words of a voice). The rate
    is ``1000 * sum(counts) / sum(words)``; the interval is the ``confidence`` percentile
    interval of the same ratio over ``n_boot`` resamples of the articles with replacement, drawn
    by ``numpy.random.default_rng(seed)`` (so the same articles always give the same interval).
    Differences between articles count, unlike a Poisson interval of the pooled count. With
    fewer than :data:`MIN_ARTICLES` articles the interval is NaN; with no words, the rate too.

    >>> article_bootstrap_rate([2, 0, 1], [400, 300, 300], n_boot=500)[0]
    3.0
    >>> article_bootstrap_rate([2], [400])
    (5.0, nan, nan)
    """
    counts = np.asarray(counts, dtype=float)
    words = np.asarray(words, dtype=float)
    total = float(words.sum())
    if total <= 0:
        return math.nan, math.nan, math.nan
    rate = 1000 * float(counts.sum()) / total
    if len(counts) < MIN_ARTICLES:
        return round(rate, 2), math.nan, math.nan
    drawn_counts, drawn_words = _resampled_sums([counts, words], n_boot, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        boot = 1000 * drawn_counts / np.where(drawn_words > 0, drawn_words, np.nan)
    alpha = (1 - confidence) / 2
    low, high = np.nanquantile(boot, [alpha, 1 - alpha])
    return round(rate, 2), round(min(float(low), rate), 2), round(max(float(high), rate), 2)


def article_bootstrap_scores(matched, found, gold, *, n_boot: int = 2000, seed: int = 0,
                             confidence: float = CONFIDENCE) -> dict[str, float]:
    """Percentile intervals of precision, recall and F1 pooled over articles, resampling articles.

    ``matched``, ``found`` and ``gold`` hold one count per article (rows found that match a gold
    row, rows found, gold rows). Each of ``n_boot`` resamples of the articles with replacement
    (``numpy.random.default_rng(seed)``) gives pooled scores; the ``confidence`` percentile
    interval of each is returned as ``precision_low``, ``precision_high``, ``recall_low`` ...
    An evaluation set's rows are not independent (an article's style repeats its errors), so
    the interval resamples whole articles; with fewer than :data:`MIN_ARTICLES` it is NaN.

    >>> scores = article_bootstrap_scores([8, 5, 9], [10, 5, 10], [9, 8, 10], n_boot=500)
    >>> scores["precision_low"] <= 22 / 25 <= scores["precision_high"], round(scores["recall_high"], 3) <= 1
    (True, True)
    >>> article_bootstrap_scores([3], [4], [5])["recall_low"]
    nan
    """
    counts = [np.asarray(x, dtype=float) for x in (matched, found, gold)]
    names = [f"{score}_{end}" for score in ("precision", "recall", "f1") for end in ("low", "high")]
    if len(counts[0]) < MIN_ARTICLES:
        return dict.fromkeys(names, math.nan)
    m, f, g = _resampled_sums(counts, n_boot, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(f > 0, m / f, 0.0)
        recall = np.where(g > 0, m / g, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    alpha = (1 - confidence) / 2
    bounds = [np.quantile(x, [alpha, 1 - alpha]) for x in (precision, recall, f1)]
    return dict(zip(names, (round(float(v), 3) for pair in bounds for v in pair), strict=True))


def _resampled_sums(columns: list[np.ndarray], n_boot: int, seed: int) -> list[np.ndarray]:
    """Each column's sum over ``n_boot`` resamples of its rows (articles) with replacement, the
    same resamples for every column (``numpy.random.default_rng(seed)``)."""
    n = len(columns[0])
    draws = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    return [column[draws].sum(axis=1) for column in columns]


def poisson_rate_test(count: int, words: int, count_other: int, words_other: int) -> tuple[float, float]:
    """The ratio of two rates and the two-sided p-value of the score test that they are equal
    (statsmodels ``test_poisson_2indep``, ``method="score"``); NaN where either side has no words.

    The test takes the words of each side as independent chances of a hedge: it ignores
    differences between articles, so with few articles its p-value is too small rather than too large.

    >>> ratio, p = poisson_rate_test(12, 2000, 3, 2000)
    >>> round(ratio, 2), round(p, 4)
    (4.0, 0.0201)
    """
    from statsmodels.stats.rates import test_poisson_2indep

    if words <= 0 or words_other <= 0:
        return math.nan, math.nan
    if count == 0 and count_other == 0:
        return math.nan, 1.0
    with np.errstate(divide="ignore", invalid="ignore"):  # a zero count: the ratio is infinite, the test is not
        result = test_poisson_2indep(int(count), int(words), int(count_other), int(words_other), method="score",
                                     compare="ratio")
    ratio = (count / words) / (count_other / words_other) if count_other else math.inf
    return float(ratio), float(result.pvalue)


def benjamini_hochberg(p_values, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Benjamini-Hochberg adjusted p-values (q) and which of them pass ``alpha``
    (statsmodels ``multipletests``, ``method="fdr_bh"``); empty input gives empty arrays.

    >>> q, passed = benjamini_hochberg([0.01, 0.04, 0.03, 0.5])
    >>> q.round(3).tolist(), passed.tolist()
    ([0.04, 0.053, 0.053, 0.5], [True, False, False, False])
    """
    from statsmodels.stats.multitest import multipletests

    p = np.asarray(p_values, dtype=float)
    if p.size == 0:
        return np.array([], dtype=float), np.array([], dtype=bool)
    passed, q, _, _ = multipletests(p, alpha=alpha, method="fdr_bh")
    return np.asarray(q, dtype=float), np.asarray(passed, dtype=bool)


def two_sided_p(z) -> np.ndarray:
    """The two-sided normal p-value of z-scores: ``2 * (1 - Phi(|z|))``.

    >>> two_sided_p([1.96, 0.0]).round(3).tolist()
    [0.05, 1.0]
    """
    from scipy.stats import norm

    return 2 * norm.sf(np.abs(np.asarray(z, dtype=float)))
