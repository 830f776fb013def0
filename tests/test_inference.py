"""framing.inference and the statistics of framing.compare, each checked against an independent
computation (the textbook formula, scipy or statsmodels called directly) on the seeds' counts."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing import compare, inference
from framing.pipeline import Analyzer


@pytest.fixture(scope="module")
def seeds(seed_corpus):
    articles = seed_corpus.articles
    tables = Analyzer().analyze(articles)
    return articles, tables, compare.comparison_tables(tables, articles, n_boot=500)


def _wilson_by_hand(k: int, n: int, z: float = stats.norm.ppf(0.975)) -> tuple[float, float]:
    """Wilson (1927): (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)."""
    p = k / n
    centre = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - half) / (1 + z * z / n), (centre + half) / (1 + z * z / n)


def test_inference_wilson_intervals_of_the_seeds_verb_class_shares_match_the_formula(seeds):
    _, _, comparison = seeds
    verbs = comparison["verb_classes"]
    used = verbs[verbs["n_quotes"] > 0]
    assert len(used) > 10
    for r in used.itertuples():
        low, high = _wilson_by_hand(r.quotes, r.n_quotes)
        assert (r.share_ci_low, r.share_ci_high) == pytest.approx((low, high), abs=1e-4)
        assert r.share_ci_low <= r.share <= r.share_ci_high
    # the same for the sourcing and voice shares
    for r in comparison["sourcing"].itertuples():
        assert (r.share_anonymous_ci_low, r.share_anonymous_ci_high) == pytest.approx(
            _wilson_by_hand(r.anonymous, r.n_quotes), abs=1e-4)
    types = comparison["voice_types"]
    row = types[types["quotes"] > 0].iloc[0]
    assert (row["share_quotes_ci_low"], row["share_quotes_ci_high"]) == pytest.approx(
        _wilson_by_hand(int(row["quotes"]), int(row["n_quotes"])), abs=1e-4)


def test_inference_no_interval_from_one_article_on_the_seeds(seeds):
    _, _, comparison = seeds
    # every outlet has one article per event: no interval anywhere, every cell flagged
    rates = comparison["hedge_rates"]
    assert (rates["n_articles"] == 1).all()
    assert rates[["hedges_ci_low", "hedges_ci_high", "boosters_ci_low", "boosters_ci_high"]].isna().all().all()
    assert rates["few_articles"].all()
    sentiment = comparison["actor_sentiment"]
    assert len(sentiment) > 10
    assert sentiment[["ci_low", "ci_high"]].isna().all().all() and sentiment["few_articles"].all()
    subcategories = comparison["hedge_subcategories"]
    assert subcategories[["ci_low", "ci_high"]].isna().all().all()


def test_inference_article_bootstrap_matches_scipy_on_the_seeds_hedges(seeds):
    from framing.hedges import hedge_rates

    articles, tables, _ = seeds
    # the five seed articles' own hedge counts and author words, as if one outlet had written them
    per_article = hedge_rates(tables["hedges"], articles, tables["quotes"], by="article_id")
    author = per_article[per_article["voice"] == "author"]
    counts, words = author["hedges"].to_numpy(float), author["words"].to_numpy(float)
    rate, low, high = inference.article_bootstrap_rate(counts, words, n_boot=20000, seed=1)
    assert rate == pytest.approx(1000 * counts.sum() / words.sum(), abs=0.01)

    def ratio(c, w):
        return 1000 * c.sum() / w.sum()

    ref = stats.bootstrap((counts, words), ratio, paired=True, vectorized=False, n_resamples=20000,
                          method="percentile", rng=np.random.default_rng(2)).confidence_interval
    assert low == pytest.approx(ref.low, abs=0.6) and high == pytest.approx(ref.high, abs=0.6)
    assert low < rate < high
    # the same articles always give the same interval
    assert inference.article_bootstrap_rate(counts, words, n_boot=500) == inference.article_bootstrap_rate(
        counts, words, n_boot=500)


def test_inference_rate_test_matches_the_score_statistic_on_the_seeds(seeds):
    _, _, comparison = seeds
    diffs = comparison["hedge_differences"]
    # each pair of outlets on each event, for each voice and measure: 3 pairs x 4 + 1 pair x 4
    assert len(diffs) == 16
    for r in diffs.itertuples():
        total = r.count + r.count_other
        if total == 0:
            continue
        # score test of equal Poisson rates: (k1/t1 - k2/t2) / sqrt(pooled rate * (1/t1 + 1/t2))
        pooled = total / (r.words + r.words_other)
        z = (r.count / r.words - r.count_other / r.words_other) / math.sqrt(pooled * (1 / r.words + 1 / r.words_other))
        assert r.p_value == pytest.approx(2 * stats.norm.sf(abs(z)), abs=1e-6)
        if r.count_other:
            assert r.rate_ratio == pytest.approx((r.count / r.words) / (r.count_other / r.words_other), abs=1e-4)


def test_inference_benjamini_hochberg_matches_the_step_up_rule_on_the_seeds_keyness(seeds):
    _, _, comparison = seeds
    keyness = comparison["keyness"]
    cell = keyness[(keyness["outlet"] == "Asharq Al-Awsat") & (keyness["kind"] == "content")]
    p = 2 * stats.norm.sf(cell["z"].abs().to_numpy())
    assert cell["p"].to_numpy() == pytest.approx(p)
    # q_(i) = min over j >= i of p_(j) * m / j (Benjamini & Hochberg 1995)
    order = np.argsort(p)
    m = len(p)
    stepped = np.minimum.accumulate((p[order] * m / np.arange(1, m + 1))[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(stepped, 1)
    assert cell["q"].to_numpy() == pytest.approx(q)
    assert not cell["distinctive"].any() and (q >= 0.05).all()


def test_inference_keyness_log_odds_match_a_reimplementation_with_the_other_event_as_prior(seeds):
    articles, _, comparison = seeds
    keyness = comparison["keyness"]
    event, outlet = "paris-2026-01-06", "unattributed (001)"
    a = compare.with_event(articles)
    counts = compare.keyness_tokens(a, compare.keyness_segmenter(a, compare.name_spellings()))
    mine_ids = a.loc[(a["event"] == event) & (a["outlet"] == outlet), "article_id"]
    rest_ids = a.loc[(a["event"] == event) & (a["outlet"] != outlet), "article_id"]
    ref_ids = a.loc[a["event"] != event, "article_id"]

    def total(ids) -> pd.Series:
        out: dict[str, float] = {}
        for i in ids:
            for w, k in counts[i].items():
                out[w] = out.get(w, 0) + k
        return pd.Series(out, dtype=float)

    mine, rest, ref = total(mine_ids), total(rest_ids), total(ref_ids)
    vocabulary = sorted(set(mine.index) | set(rest.index) | set(ref.index))
    y = mine.reindex(vocabulary, fill_value=0).to_numpy()
    z = rest.reindex(vocabulary, fill_value=0).to_numpy()
    r = ref.reindex(vocabulary, fill_value=0).to_numpy()
    alpha = compare.KEYNESS_PRIOR_SIZE * (r + 1) / (r + 1).sum()
    a0, n, m = alpha.sum(), y.sum(), z.sum()
    delta = np.log((y + alpha) / (n + a0 - y - alpha)) - np.log((z + alpha) / (m + a0 - z - alpha))
    zscore = pd.Series(delta / np.sqrt(1 / (y + alpha) + 1 / (z + alpha)), index=vocabulary)
    table = keyness[(keyness["event"] == event) & (keyness["outlet"] == outlet)].set_index("word")
    assert len(table) > 300
    assert table["z"].to_numpy() == pytest.approx(zscore.reindex(table.index).to_numpy())
    assert (table["reference"] == "other_events").all()
    assert table["n_tokens"].iloc[0] == n and table["n_tokens_rest"].iloc[0] == m


def test_inference_left_out_needs_two_mentions_elsewhere_on_the_seeds(seeds):
    _, _, comparison = seeds
    attention = comparison["attention"]
    flagged = attention[attention["left_out"]]
    assert len(flagged) and (flagged["mentions"] == 0).all() and (flagged["mentions_elsewhere"] >= 2).all()
    # a single mention elsewhere is no longer a silence
    single = attention[(attention["mentions"] == 0) & (attention["mentions_elsewhere"] == 1)]
    assert len(single) and not single["left_out"].any()
    # expected: the other outlets' rate times this outlet's words
    for r in flagged.itertuples():
        others = attention[(attention["event"] == r.event) & (attention["actor_id"] == r.actor_id)
                           & (attention["outlet"] != r.outlet)]
        assert r.expected == pytest.approx(others["mentions"].sum() * r.words / others["words"].sum(), abs=0.01)
    assert set(comparison["left_out"]["expected"]) <= set(flagged["expected"])
