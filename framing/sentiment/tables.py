"""Tables: the evaluation rows of a set of articles, and their aggregation per outlet and actor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..actors import documents
from ..errors import InputError
from ..inference import MIN_ARTICLES
from ..quotes import quote_spans
from .scorer import SentimentScorer
from .vocabulary import SENTIMENT_COLUMNS


def find_sentiment(articles: pd.DataFrame, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
                   scorer=None) -> pd.DataFrame:
    """One row per evaluation of an actor: ``article_id, source_id, source_type, target_id,
    polarity, score, cue, start, end, sentence_id, sentence, method``.

    ``mentions`` and ``quotes`` come from :func:`framing.actors.find_mentions` and
    :func:`framing.quotes.find_quotes` for the same articles (computed when omitted). ``scorer``
    is a :class:`SentimentScorer` (the lexicon, the default) or any object with the same ``find``
    method, such as :class:`framing.classifier.ClassifierScorer` (rows with ``method`` =
    ``classifier``).
    """
    if mentions is None:
        from ..actors import find_mentions

        mentions = find_mentions(articles)
    if quotes is None:
        from ..quotes import find_quotes

        quotes = find_quotes(articles, mentions)
    scorer = scorer or SentimentScorer()
    by_article = {k: g.to_dict("records") for k, g in mentions.groupby("article_id", sort=False)}
    spans = quote_spans(quotes)
    rows = []
    for doc in documents(articles):
        rows.extend(scorer.find(doc, by_article.get(doc.article_id, []), spans.get(doc.article_id, [])))
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS)


AGGREGATE_COLUMNS = ["n", "n_articles", "mean_score", "ci_low", "ci_high", "share_negative", "share_positive"]


def actor_sentiment(sentiment: pd.DataFrame, articles: pd.DataFrame, *, by: Sequence[str] = ("outlet", "target_id"),
                    n_boot: int = 2000, seed: int = 0, ci: float = 0.95) -> pd.DataFrame:
    """Sentiment toward each actor per event and ``by`` group (outlet, or source), with a
    bootstrap confidence interval of the mean score that resamples articles.

    Columns: ``event, <by...>, n, n_articles, mean_score, ci_low, ci_high, share_negative,
    share_positive``. ``articles`` gives each article's ``outlet`` and ``event``. The rows of an
    article are not independent (one outlet's framing runs through the whole piece), so the
    interval resamples whole articles with replacement, ``n_boot`` times, with
    ``numpy.random.default_rng(seed)`` started afresh for every cell: the same input gives the
    same interval, whatever the other cells. A cell with fewer than two articles has no interval
    (NaN): one article cannot tell how much the articles vary.

    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "target_id": ["Russia"] * 3, "score": [-2.0, -2.0, 1.0],
    ...                   "polarity": ["negative", "negative", "positive"], "source_id": ["author"] * 3})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "event": ["e1", "e1"]})
    >>> actor_sentiment(s, arts, n_boot=200)[["event", "outlet", "target_id", "n", "n_articles", "mean_score"]].values.tolist()
    [['e1', 'X', 'Russia', 3, 2, -1.0]]
    """
    by = list(by)
    _check_aggregation(articles, n_boot, ci)
    meta = articles[["article_id", "outlet", "event"]].drop_duplicates("article_id")
    meta = meta.assign(article_id=meta["article_id"].astype(str))
    rows = sentiment.assign(article_id=sentiment["article_id"].astype(str))
    unknown = sorted(set(rows["article_id"]) - set(meta["article_id"]))
    if unknown:
        raise InputError(None, f"sentiment rows of article {unknown[0]!r}, which the articles table lacks")
    rows = rows.drop(columns=[c for c in ("outlet", "event") if c in rows]).merge(meta, on="article_id", how="left")
    keys = ["event"] + [c for c in by if c != "event"]
    for column in keys:
        if column not in rows:
            raise InputError(None, f"cannot group by {column!r}: no such column in the sentiment or articles table")
    if rows.empty:
        return pd.DataFrame(columns=keys + AGGREGATE_COLUMNS)
    out = [list(key if isinstance(key, tuple) else (key,)) + _aggregate_cell(cell, n_boot, seed, ci)
           for key, cell in rows.groupby(keys, sort=True, dropna=False)]
    return pd.DataFrame(out, columns=keys + AGGREGATE_COLUMNS)


def _check_aggregation(articles: pd.DataFrame, n_boot: int, ci: float) -> None:
    """Raise :class:`InputError` for an interval level or a number of resamples out of range, or an
    articles table without ``article_id``, ``outlet`` and ``event``."""
    if not 0 < ci < 1:
        raise InputError(None, f"ci must be between 0 and 1, not {ci}")
    if n_boot < 1:
        raise InputError(None, f"n_boot must be at least 1, not {n_boot}")
    missing = [c for c in ("article_id", "outlet", "event") if c not in articles]
    if missing:
        raise InputError(None, f"the articles table lacks column {missing[0]!r} (needs article_id, outlet, event)")


def _aggregate_cell(cell: pd.DataFrame, n_boot: int, seed: int, ci: float) -> list:
    """The :data:`AGGREGATE_COLUMNS` of one cell's rows, the interval resampling its articles."""
    alpha = (1 - ci) / 2
    scores = cell["score"].astype(float)
    per_article = scores.groupby(cell["article_id"], sort=True).agg(["sum", "count"])
    sums, counts = per_article["sum"].to_numpy(), per_article["count"].to_numpy()
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(sums), size=(n_boot, len(sums)))
    boot = sums[draws].sum(axis=1) / counts[draws].sum(axis=1)
    low, high = np.quantile(boot, [alpha, 1 - alpha])
    mean = float(scores.mean())
    if len(sums) < MIN_ARTICLES:  # one article: how articles vary is unknown, so no interval
        low, high = math.nan, math.nan
    else:
        low, high = round(min(float(low), mean), 6), round(max(float(high), mean), 6)
    return [
        len(cell), len(sums), round(mean, 6), low, high,
        round(float((cell["polarity"] == "negative").mean()), 6),
        round(float((cell["polarity"] == "positive").mean()), 6),
    ]
