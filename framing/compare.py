"""Compare outlets on the same event: who is quoted, how, how surely, about whom, in which words.

Every function here is a pure function from the pipeline's tables (``mentions``, ``quotes``,
``hedges``, ``sentiment``, from :class:`framing.pipeline.Analyzer`) and the articles table to a
tidy DataFrame. Rows are **always grouped by event**: an outlet is only compared with the other
outlets' articles about the same event. Articles with no event (no ``event`` in the manifest)
are left out of every comparison, since nothing says which articles they should be compared
with; a corpus where no article has one is compared as one event
(:func:`whole_corpus_event`). The statistics behind each table (intervals, tests, the keyness
prior and correction) are in ``docs/statistics.md`` and :mod:`framing.inference`. Every table carries its counts (``n``, ``n_quotes``, ``words``, ``n_articles`` ...), so a
share or a rate can always be read against the number of observations behind it, and every row
can be traced back to the finding rows (article id and character offsets) it aggregates.

Outlets are those of the articles table, so an outlet that quotes nobody on an event still has
its rows (with zero counts).

>>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
...                          "text": ["قال ماكرون إن أوروبا جاهزة", "أوروبا جاهزة"]})
>>> outlets(articles).values.tolist()
[['e', 'X', 1, 5], ['e', 'Y', 1, 2]]
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache, lru_cache

import pandas as pd

from .discovery import UNKNOWN_PREFIX
from .labels import naming_table
from .statements import STATEMENT_TABLES, statement_tables
from .text import count_words, fold, word_tokens

# The orders in which categories are listed (and drawn): the guidelines' order.
SPEAKER_TYPE_ORDER = ["person", "institution", "group", "anonymous", "document", "unknown"]
QUOTE_KIND_ORDER = ["direct", "indirect", "mixed"]
VERB_CLASS_ORDER = ["neutral", "assertive", "announcing", "explanatory", "directive", "evaluative",
                    "distancing", "admitting", "denying", "praising"]
VOICE_ORDER = ["author", "quoted"]
KEYS = ["event", "outlet"]


# ---------------------------------------------------------------------------------------------
# Articles and outlets


def with_event(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles that name an event (the only ones compared), with plain ``str`` keys.

    >>> with_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", None],
    ...                          "text": ["x", "y"]}))["article_id"].tolist()
    ['a']
    """
    a = articles[articles["event"].notna() & (articles["event"].astype("string").str.strip() != "")]
    a = a.astype({"article_id": str, "outlet": str, "event": str})
    return a.sort_values(["event", "outlet", "article_id"], kind="stable").reset_index(drop=True)


WHOLE_CORPUS = "(whole corpus)"  # the end of the event name given to a corpus without events


def whole_corpus_event(articles: pd.DataFrame, name: str) -> pd.DataFrame:
    """The articles, every one given the event ``"<name> (whole corpus)"`` when none has an
    event (a folder or a table without an ``event`` column): the outlets of such a corpus are
    compared over all of it, and every table and the report say so by the event's name. A
    corpus where some articles have an event is returned as it is.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": [None, None], "text": ["", ""]})
    >>> whole_corpus_event(articles, "news.csv")["event"].tolist()
    ['news.csv (whole corpus)', 'news.csv (whole corpus)']
    """
    if "event" in articles and len(with_event(articles)):
        return articles
    return articles.assign(event=f"{name} {WHOLE_CORPUS}")


def is_whole_corpus(event: str) -> bool:
    """Whether an event stands for a whole corpus without events (:func:`whole_corpus_event`).

    >>> is_whole_corpus("news.csv (whole corpus)"), is_whole_corpus("paris-2025-09-04")
    (True, False)
    """
    return str(event).endswith(f" {WHOLE_CORPUS}")


def outlets(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet on each event: ``event, outlet, n_articles, words``.

    >>> outlets(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "event": ["e", "e"],
    ...                       "text": ["واحد اثنان", "ثلاثة"]})).values.tolist()
    [['e', 'X', 2, 3]]
    """
    a = with_event(articles)
    words = a.assign(words=[count_words(t) for t in a["text"]])
    grouped = words.groupby(KEYS, sort=True).agg(n_articles=("article_id", "size"), words=("words", "sum"))
    return grouped.reset_index().astype({"n_articles": int, "words": int})


def _article_keys(articles: pd.DataFrame) -> pd.DataFrame:
    return with_event(articles)[["article_id", "event", "outlet"]]


def _on_events(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The rows of a finding table for articles with an event, with the article's event and outlet."""
    keys = _article_keys(articles)
    rows = table.drop(columns=[c for c in KEYS if c in table.columns])
    return rows.astype({"article_id": str}).merge(keys, on="article_id", how="inner")


def _order(values, order: list[str]) -> list[str]:
    """``order`` followed by any other values found, sorted."""
    return list(order) + sorted(set(values) - set(order))


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    return (part / whole.where(whole > 0)).round(4)


def _with_wilson(table: pd.DataFrame, count: str, total: str, share: str) -> pd.DataFrame:
    """``table`` with ``<share>_ci_low`` and ``<share>_ci_high``: the Wilson interval of
    ``count`` out of ``total`` (:func:`framing.inference.wilson_columns`)."""
    from .inference import wilson_columns

    bounds = wilson_columns(table[count], table[total])
    return table.assign(**{f"{share}_ci_low": bounds["ci_low"], f"{share}_ci_high": bounds["ci_high"]})


# ---------------------------------------------------------------------------------------------
# Voice: who is quoted, and how


def speaker_key(quotes: pd.DataFrame) -> pd.Series:
    """The speaker a quote is credited to: its actor id, else the speaker's own words.

    >>> speaker_key(pd.DataFrame({"speaker": ["ماكرون", "مصادر"], "speaker_id": ["Emmanuel Macron", ""]})).tolist()
    ['Emmanuel Macron', 'مصادر']
    """
    ids = quotes["speaker_id"].fillna("").astype(str)
    surface = quotes["speaker"].fillna("").astype(str) if "speaker" in quotes else pd.Series("", index=quotes.index)
    return ids.where(ids != "", surface).where(lambda s: s != "", "(unnamed)")


def voice_share(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "speaker") -> pd.DataFrame:
    """Who is given a voice: quotes and quoted words per speaker (or speaker type) per outlet.

    ``by="speaker"``: ``event, outlet, speaker, speaker_type, quotes, quoted_words, share_quotes,
    share_words, n_quotes, n_words`` (``n_*`` are the outlet's totals on the event; a joint
    speaker such as ``Emmanuel Macron|Volodymyr Zelenskyy`` is one speaker), with the 95% Wilson
    interval of ``share_quotes`` (``share_quotes_ci_low, share_quotes_ci_high``). ``by="speaker_type"``:
    the same per speaker type, every type listed for every outlet (zero where none).

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"], "text": ["", ""]})
    >>> quotes = pd.DataFrame({"article_id": ["a", "a", "a"], "speaker": ["ماكرون", "مسؤول", "ماكرون"],
    ...     "speaker_id": ["Emmanuel Macron", "", "Emmanuel Macron"], "speaker_type": ["person", "anonymous", "person"],
    ...     "text": ["أوروبا جاهزة", "لا اتفاق بعد", "نعم"]})
    >>> voice_share(quotes, articles)[["outlet", "speaker", "quotes", "quoted_words", "share_quotes", "n_quotes"]].values.tolist()
    [['X', 'Emmanuel Macron', 2, 3, 0.6667, 3], ['X', 'مسؤول', 1, 3, 0.3333, 3]]
    >>> t = voice_share(quotes, articles, by="speaker_type")
    >>> t[t["speaker_type"] == "anonymous"][["outlet", "quotes", "share_words", "n_quotes"]].values.tolist()
    [['X', 1, 0.5, 3], ['Y', 0, nan, 0]]
    """
    if by not in ("speaker", "speaker_type"):
        raise ValueError(f"by must be 'speaker' or 'speaker_type', not {by!r}")
    q = _on_events(quotes, articles)
    q = q.assign(speaker=speaker_key(q), speaker_type=q["speaker_type"].fillna("unknown").replace("", "unknown"),
                 quoted_words=[count_words(str(t)) for t in q["text"].fillna("")])
    totals = outlets(articles)[KEYS]
    sums = q.groupby(KEYS, sort=True).agg(n_quotes=("article_id", "size"), n_words=("quoted_words", "sum")).reset_index()
    totals = totals.merge(sums, on=KEYS, how="left").fillna({"n_quotes": 0, "n_words": 0})
    if by == "speaker":
        groups = ["speaker", "speaker_type"]
        table = q.groupby(KEYS + groups, sort=True).agg(quotes=("article_id", "size"),
                                                         quoted_words=("quoted_words", "sum")).reset_index()
        table = table.merge(totals, on=KEYS, how="left")
    else:
        types = _order(q["speaker_type"], SPEAKER_TYPE_ORDER[:-1])
        grid = totals.merge(pd.DataFrame({"speaker_type": types}), how="cross")
        counts = q.groupby(KEYS + ["speaker_type"], sort=True).agg(
            quotes=("article_id", "size"), quoted_words=("quoted_words", "sum")).reset_index()
        table = grid.merge(counts, on=KEYS + ["speaker_type"], how="left").fillna({"quotes": 0, "quoted_words": 0})
    table = table.astype({"quotes": int, "quoted_words": int, "n_quotes": int, "n_words": int})
    table["share_quotes"] = _share(table["quotes"], table["n_quotes"])
    table["share_words"] = _share(table["quoted_words"], table["n_words"])
    if by == "speaker":
        table = table.sort_values(["event", "outlet", "quotes", "quoted_words", "speaker"],
                                  ascending=[True, True, False, False, True], kind="stable")
    else:
        rank = {t: i for i, t in enumerate(types)}
        table = table.sort_values(["event", "outlet", "speaker_type"], key=lambda s: s.map(rank) if s.name == "speaker_type" else s,
                                  kind="stable")
    columns = KEYS + ([by, "speaker_type"] if by == "speaker" else [by])
    columns += ["quotes", "quoted_words", "share_quotes", "share_quotes_ci_low", "share_quotes_ci_high", "share_words",
                "n_quotes", "n_words"]
    return _with_wilson(table, "quotes", "n_quotes", "share_quotes")[columns].reset_index(drop=True)


def sourcing(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How each outlet sources an event: one row per outlet with its quotes, the share of them
    that are anonymous, and the share that are direct, indirect or mixed.

    Columns: ``event, outlet, n_articles, words, n_quotes, quoted_words, share_quoted_words,
    anonymous, share_anonymous, direct, indirect, mixed, share_direct, share_indirect,
    share_mixed``, then the 95% Wilson interval of each share of quotes
    (``share_anonymous_ci_low, share_anonymous_ci_high, share_direct_ci_low`` ...); ``words`` is
    all the outlet's words on the event.

    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": ["قال مسؤول إن الحرب طويلة"]})
    >>> quotes = pd.DataFrame({"article_id": ["a", "a"], "speaker": ["مسؤول", "ماكرون"], "speaker_id": ["", "Emmanuel Macron"],
    ...     "speaker_type": ["anonymous", "person"], "kind": ["indirect", "direct"], "text": ["الحرب طويلة", "نعم"]})
    >>> sourcing(quotes, articles)[["n_quotes", "anonymous", "share_anonymous", "direct", "share_indirect"]].to_dict("records")
    [{'n_quotes': 2, 'anonymous': 1, 'share_anonymous': 0.5, 'direct': 1, 'share_indirect': 0.5}]
    """
    q = _on_events(quotes, articles)
    q = q.assign(quoted_words=[count_words(str(t)) for t in q["text"].fillna("")],
                 anonymous=(q["speaker_type"] == "anonymous").astype(int))
    for kind in QUOTE_KIND_ORDER:
        q[kind] = (q["kind"] == kind).astype(int)
    sums = q.groupby(KEYS, sort=True).agg(n_quotes=("article_id", "size"), quoted_words=("quoted_words", "sum"),
                                          anonymous=("anonymous", "sum"), direct=("direct", "sum"),
                                          indirect=("indirect", "sum"), mixed=("mixed", "sum")).reset_index()
    table = outlets(articles).merge(sums, on=KEYS, how="left")
    counts = ["n_quotes", "quoted_words", "anonymous"] + QUOTE_KIND_ORDER
    table = table.fillna({c: 0 for c in counts}).astype({c: int for c in counts})
    table["share_quoted_words"] = _share(table["quoted_words"], table["words"])
    table["share_anonymous"] = _share(table["anonymous"], table["n_quotes"])
    for kind in QUOTE_KIND_ORDER:
        table[f"share_{kind}"] = _share(table[kind], table["n_quotes"])
    for name in ["anonymous"] + QUOTE_KIND_ORDER:
        table = _with_wilson(table, name, "n_quotes", f"share_{name}")
    intervals = [f"share_{k}_ci_{s}" for k in ["anonymous"] + QUOTE_KIND_ORDER for s in ("low", "high")]
    return table[KEYS + ["n_articles", "words", "n_quotes", "quoted_words", "share_quoted_words", "anonymous",
                         "share_anonymous"] + QUOTE_KIND_ORDER + [f"share_{k}" for k in QUOTE_KIND_ORDER] + intervals]


def verb_classes(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The stance of the reporting verbs: quotes per verb class per outlet, every class listed.

    Columns: ``event, outlet, verb_class, quotes, share, share_ci_low, share_ci_high, n_quotes``
    (the 95% Wilson interval of the share).

    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": [""]})
    >>> quotes = pd.DataFrame({"article_id": ["a"] * 4, "verb_class": ["neutral", "neutral", "assertive", "distancing"]})
    >>> t = verb_classes(quotes, articles)
    >>> t[t["quotes"] > 0][["verb_class", "quotes", "share", "n_quotes"]].values.tolist()
    [['neutral', 2, 0.5, 4], ['assertive', 1, 0.25, 4], ['distancing', 1, 0.25, 4]]
    """
    q = _on_events(quotes, articles)
    q = q.assign(verb_class=q["verb_class"].fillna("").replace("", "unknown"))
    classes = _order(q["verb_class"], VERB_CLASS_ORDER)
    totals = outlets(articles)[KEYS].merge(q.groupby(KEYS).size().rename("n_quotes").reset_index(), on=KEYS, how="left")
    grid = totals.fillna({"n_quotes": 0}).merge(pd.DataFrame({"verb_class": classes}), how="cross")
    counts = q.groupby(KEYS + ["verb_class"]).size().rename("quotes").reset_index()
    table = grid.merge(counts, on=KEYS + ["verb_class"], how="left").fillna({"quotes": 0})
    table = table.astype({"quotes": int, "n_quotes": int})
    table["share"] = _share(table["quotes"], table["n_quotes"])
    rank = {c: i for i, c in enumerate(classes)}
    table = table.sort_values(["event", "outlet", "verb_class"], kind="stable",
                              key=lambda s: s.map(rank) if s.name == "verb_class" else s)
    table = _with_wilson(table, "quotes", "n_quotes", "share")
    return table[KEYS + ["verb_class", "quotes", "share", "share_ci_low", "share_ci_high", "n_quotes"]].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Hedging


def hedging(hedges: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame, *,
            confidence: float = 0.95, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Hedges and boosters per 1,000 words of each voice (author, quoted) per outlet, with
    intervals that resample whole articles (:func:`framing.inference.article_bootstrap_rate`,
    ``n_boot`` draws, ``seed``): none (NaN) where the outlet has fewer than two articles on the
    event, and ``few_articles`` true where it has fewer than five.

    Columns: ``event, outlet, voice, n_articles, words, hedges, boosters, hedges_per_1000,
    hedges_ci_low, hedges_ci_high, boosters_per_1000, boosters_ci_low, boosters_ci_high,
    few_articles`` (a voice with no words has no rate).

    >>> text = "ربما تأتي الحرب. قال ماكرون إن «السلام قد يأتي بالتأكيد»"
    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": [text]})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [text.index("السلام")], "end": [len(text) - 1],
    ...                        "speaker_id": ["Emmanuel Macron"], "speaker": ["ماكرون"]})
    >>> hedges = pd.DataFrame({"article_id": ["a", "a", "a"], "category": ["hedge", "hedge", "booster"],
    ...                        "voice": ["author", "quoted", "quoted"]})
    >>> hedging(hedges, articles, quotes)[["voice", "words", "hedges", "boosters", "hedges_per_1000", "hedges_ci_low"]].values.tolist()
    [['author', 6, 1, 0, 166.67, nan], ['quoted', 4, 1, 1, 250.0, nan]]
    """
    from .hedges import hedge_rates
    from .inference import FEW_ARTICLES, article_bootstrap_rate

    a = with_event(articles)
    q = quotes[quotes["article_id"].astype(str).isin(a["article_id"])]
    h = hedges[hedges["article_id"].astype(str).isin(a["article_id"])]
    per_article = hedge_rates(h, a, q, by="article_id").astype({"article_id": str}).merge(
        a[["article_id"] + KEYS], on="article_id", how="inner")
    table = outlets(articles)[KEYS + ["n_articles"]].merge(pd.DataFrame({"voice": VOICE_ORDER}), how="cross")
    sums = per_article.groupby(KEYS + ["voice"], sort=True)[["words", "hedges", "boosters"]].sum().reset_index()
    table = table.merge(sums, on=KEYS + ["voice"], how="left").fillna({"words": 0, "hedges": 0, "boosters": 0})
    table = table.astype({"words": int, "hedges": int, "boosters": int})
    cells = {key: g for key, g in per_article.groupby(KEYS + ["voice"], sort=True)}
    for name in ("hedges", "boosters"):
        bounds = []
        for key in zip(table["event"], table["outlet"], table["voice"], strict=True):
            g = cells.get(key)
            bounds.append((math.nan,) * 3 if g is None else article_bootstrap_rate(
                g[name].to_numpy(), g["words"].to_numpy(), n_boot=n_boot, seed=seed, confidence=confidence))
        names = [f"{name}_per_1000", f"{name}_ci_low", f"{name}_ci_high"]
        table[names] = pd.DataFrame(bounds, index=table.index, columns=names)  # columns given: no outlet, no bounds
    table["few_articles"] = table["n_articles"] < FEW_ARTICLES
    columns = KEYS + ["voice", "n_articles", "words", "hedges", "boosters"]
    columns += [f"{n}_{s}" for n in ("hedges", "boosters") for s in ("per_1000", "ci_low", "ci_high")]
    return table[columns + ["few_articles"]].sort_values(KEYS + ["voice"], kind="stable").reset_index(drop=True)


def rate_differences(hedge_table: pd.DataFrame) -> pd.DataFrame:
    """Whether two outlets on an event hedge (or boost) at different rates: for every pair of
    outlets, each voice and each measure, the ratio of their rates and the p-value of the score
    test of equal rates (:func:`framing.inference.poisson_rate_test`), from :func:`hedging` rows.

    Columns: ``event, voice, measure, outlet, other, count, words, count_other, words_other,
    rate_ratio, p_value`` (``outlet`` before ``other`` in sort order; NaN where a side has no words).

    >>> rows = pd.DataFrame({"event": ["e", "e"], "outlet": ["X", "Y"], "voice": ["author"] * 2,
    ...                      "words": [2000, 2000], "hedges": [12, 3], "boosters": [1, 1]})
    >>> t = rate_differences(rows)
    >>> t[["measure", "outlet", "other", "rate_ratio"]].values.tolist(), t["p_value"].round(4).tolist()
    ([['hedges', 'X', 'Y', 4.0], ['boosters', 'X', 'Y', 1.0]], [0.0201, 1.0])
    """
    from itertools import combinations

    from .inference import poisson_rate_test

    rows = []
    for (event, voice), group in hedge_table.groupby(["event", "voice"], sort=True):
        by_outlet = group.set_index("outlet")
        for measure in ("hedges", "boosters"):
            for x, y in combinations(sorted(by_outlet.index), 2):
                k1, w1 = int(by_outlet.at[x, measure]), int(by_outlet.at[x, "words"])
                k2, w2 = int(by_outlet.at[y, measure]), int(by_outlet.at[y, "words"])
                ratio, p = poisson_rate_test(k1, w1, k2, w2)
                rows.append((event, voice, measure, x, y, k1, w1, k2, w2, round(ratio, 4), round(p, 6)))
    columns = ["event", "voice", "measure", "outlet", "other", "count", "words", "count_other", "words_other",
               "rate_ratio", "p_value"]
    table = pd.DataFrame(rows, columns=columns)
    rank = {v: i for i, v in enumerate(VOICE_ORDER)}
    return table.sort_values(["event", "voice", "outlet", "other"], kind="stable",
                             key=lambda s: s.map(rank) if s.name == "voice" else s).reset_index(drop=True)


def hedging_by_subcategory(hedges: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame, *,
                           confidence: float = 0.95, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """How each outlet hedges and boosts, by subcategory (epistemic modal, approximator,
    vagueness, attribution shield, epistemic adjective; booster) and voice: the count per 1,000
    words of that voice with an interval resampling articles, as in :func:`hedging` (none from
    fewer than two articles), so that a researcher sees whether an outlet hedges by modals, by
    attribution or by epistemic adjectives.

    Columns: ``event, outlet, voice, category, subcategory, n, n_articles, words, per_1000,
    ci_low, ci_high, few_articles``; one row per subcategory found (computed from the hedge rows).

    >>> text = "ربما تأتي الحرب. قال ماكرون إن «السلام قد يأتي»"
    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": [text]})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [text.index("السلام")], "end": [len(text) - 1]})
    >>> hedges = pd.DataFrame({"article_id": ["a", "a"], "category": ["hedge", "hedge"],
    ...     "subcategory": ["epistemic_modal", "epistemic_modal"], "voice": ["author", "quoted"]})
    >>> hedging_by_subcategory(hedges, articles, quotes)[["voice", "subcategory", "n", "words", "per_1000"]].values.tolist()
    [['author', 'epistemic_modal', 1, 6, 166.67], ['quoted', 'epistemic_modal', 1, 3, 333.33]]
    """
    from .hedges import voice_words
    from .inference import FEW_ARTICLES, article_bootstrap_rate

    columns = KEYS + ["voice", "category", "subcategory", "n", "n_articles", "words", "per_1000", "ci_low", "ci_high",
                      "few_articles"]
    a = with_event(articles)
    h = hedges[hedges["article_id"].astype(str).isin(a["article_id"])].astype({"article_id": str})
    if h.empty:
        return pd.DataFrame(columns=columns)
    meta = a.set_index("article_id")[KEYS]
    words = voice_words(a, quotes[quotes["article_id"].astype(str).isin(a["article_id"])]).join(meta, on="article_id")
    per_article = h.groupby(["article_id", "voice", "category", "subcategory"], sort=True).size().rename("n")
    counts = (h.join(meta, on="article_id").groupby(KEYS + ["voice", "category", "subcategory"], sort=True)
              .size().rename("n").reset_index())
    cells = {key: g for key, g in words.groupby(KEYS + ["voice"], sort=True)}
    rows = []
    for r in counts.itertuples(index=False):
        cell = cells[(r.event, r.outlet, r.voice)]
        found = [int(per_article.get((aid, r.voice, r.category, r.subcategory), 0)) for aid in cell["article_id"]]
        rate, low, high = article_bootstrap_rate(found, cell["words"].to_numpy(), n_boot=n_boot, seed=seed,
                                                 confidence=confidence)
        rows.append((len(cell), int(cell["words"].sum()), rate, low, high, len(cell) < FEW_ARTICLES))
    counts[["n_articles", "words", "per_1000", "ci_low", "ci_high", "few_articles"]] = pd.DataFrame(
        rows, index=counts.index)
    counts = counts.astype({"n_articles": int, "words": int, "few_articles": bool})
    return counts[columns].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Sentiment toward actors


def outlet_sentiment(sentiment: pd.DataFrame, articles: pd.DataFrame, *, voice: str | None = None,
                     n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Mean sentiment score toward each actor in each outlet, with a bootstrap interval: none
    (NaN) where the cell's evaluations come from fewer than two articles, ``few_articles`` true
    where from fewer than five.

    ``voice="author"`` keeps only the outlet's own evaluations, ``voice="quoted"`` only those of
    the people it quotes; ``None`` keeps both. Columns (from
    :func:`framing.sentiment.actor_sentiment`, whose interval resamples articles): ``event,
    outlet, target_id, n, n_articles, mean_score, ci_low, ci_high, share_negative,
    share_positive, few_articles``.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"], "text": ["", ""]})
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "source_id": ["author"] * 3, "target_id": ["Russia"] * 3,
    ...                   "polarity": ["negative", "negative", "positive"], "score": [-2.0, -1.0, 1.0]})
    >>> outlet_sentiment(s, articles)[["outlet", "target_id", "n", "mean_score"]].values.tolist()
    [['X', 'Russia', 2, -1.5], ['Y', 'Russia', 1, 1.0]]
    """
    from .inference import FEW_ARTICLES, MIN_ARTICLES
    from .sentiment import actor_sentiment

    if voice not in (None, "author", "quoted"):
        raise ValueError(f"voice must be None, 'author' or 'quoted', not {voice!r}")
    a = with_event(articles)
    s = sentiment[sentiment["article_id"].astype(str).isin(a["article_id"])]
    if voice is not None:
        s = s[(s["source_id"] == "author") == (voice == "author")]
    table = actor_sentiment(s, a, by=("outlet", "target_id"), n_boot=n_boot, seed=seed)
    one = table["n_articles"] < MIN_ARTICLES
    table[["ci_low", "ci_high"]] = table[["ci_low", "ci_high"]].astype(float).mask(one)
    table["few_articles"] = (table["n_articles"] < FEW_ARTICLES).astype(bool)
    return table.sort_values(KEYS + ["target_id"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Attention: who is mentioned, and who is left out


LEFT_OUT_MIN_MENTIONS = 2  # mentions by the other outlets on the event before a silence counts


def attention(mentions: pd.DataFrame, articles: pd.DataFrame, *,
              min_mentions_elsewhere: int = LEFT_OUT_MIN_MENTIONS) -> pd.DataFrame:
    """Mentions of each actor per outlet on an event, per 1,000 words, and who is left out.

    One row per outlet and per actor that any outlet mentions on the event. Columns: ``event,
    outlet, actor_id, actor_type, mentions, articles_mentioning, n_articles, words, per_1000,
    other_outlets_mentioning, mentions_elsewhere, expected, left_out``. ``mentions_elsewhere``
    counts the other outlets' mentions on the event; ``expected`` is the count this outlet would
    have at their rate, given its own length (``mentions_elsewhere * words / their words``);
    ``left_out``: this outlet never mentions the actor while the other outlets on the event do,
    at least ``min_mentions_elsewhere`` times in all (one mention elsewhere is no evidence of a
    silence).

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
    ...                          "text": ["ماكرون وبوتين", "ماكرون"]})
    >>> mentions = pd.DataFrame({"article_id": ["a", "a", "b"], "actor_type": ["person"] * 3,
    ...                          "actor_id": ["Emmanuel Macron", "Vladimir Putin", "Emmanuel Macron"]})
    >>> t = attention(mentions, articles, min_mentions_elsewhere=1)
    >>> t[["outlet", "actor_id", "mentions", "per_1000", "expected", "left_out"]].values.tolist()
    [['X', 'Emmanuel Macron', 1, 500.0, 2.0, False], ['X', 'Vladimir Putin', 1, 500.0, 0.0, False], ['Y', 'Emmanuel Macron', 1, 1000.0, 0.5, False], ['Y', 'Vladimir Putin', 0, 0.0, 0.5, True]]
    >>> bool(attention(mentions, articles)["left_out"].any())  # one mention elsewhere: not enough
    False
    """
    from .inference import per_1000

    m = _on_events(mentions, articles)
    totals = outlets(articles)
    counts = m.groupby(KEYS + ["actor_id"], sort=True).agg(
        mentions=("article_id", "size"), articles_mentioning=("article_id", "nunique")).reset_index()
    types = m.groupby("actor_id", sort=True)["actor_type"].first()
    actors = counts[["event", "actor_id"]].drop_duplicates()
    grid = totals.merge(actors, on="event", how="inner")
    table = grid.merge(counts, on=KEYS + ["actor_id"], how="left").fillna({"mentions": 0, "articles_mentioning": 0})
    table = table.astype({"mentions": int, "articles_mentioning": int})
    table["actor_type"] = table["actor_id"].map(types).fillna("")
    table["per_1000"] = per_1000(table["mentions"], table["words"])
    by_actor = table.assign(says=table["mentions"] > 0).groupby(["event", "actor_id"])["says"].transform("sum")
    table["other_outlets_mentioning"] = (by_actor - (table["mentions"] > 0)).astype(int)
    all_mentions = table.groupby(["event", "actor_id"])["mentions"].transform("sum")
    event_words = table.groupby(["event", "actor_id"])["words"].transform("sum")
    table["mentions_elsewhere"] = (all_mentions - table["mentions"]).astype(int)
    words_elsewhere = (event_words - table["words"]).astype(float)
    table["expected"] = (table["mentions_elsewhere"] * table["words"] / words_elsewhere.where(words_elsewhere > 0)).round(2)
    table["left_out"] = (table["mentions"] == 0) & (table["mentions_elsewhere"] >= max(1, min_mentions_elsewhere))
    table = table.sort_values(KEYS + ["actor_id"], kind="stable")
    return table[KEYS + ["actor_id", "actor_type", "mentions", "articles_mentioning", "n_articles", "words", "per_1000",
                         "other_outlets_mentioning", "mentions_elsewhere", "expected", "left_out"]].reset_index(drop=True)


def left_out(attention_table: pd.DataFrame, *, include_unknown: bool = False) -> pd.DataFrame:
    """The actors each outlet leaves out: mentioned by other outlets on the event, never by it.

    Columns: ``event, outlet, actor_id, actor_type, mentioned_by, mentions_elsewhere, expected,
    n_articles, words`` (``mentioned_by``: the other outlets, ``; ``-separated; ``expected``: the
    mentions this outlet would have at the other outlets' rate, given its length; ``n_articles``
    and ``words``: the outlet's on the event). Only the actors :func:`attention` flags are listed:
    those the other outlets mention at least its ``min_mentions_elsewhere`` times. People the
    gazetteer lacks (``unknown:`` ids) are left out of this list unless ``include_unknown``: their
    names are spelt differently from outlet to outlet.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
    ...                          "text": ["ماكرون وبوتين", "ماكرون"]})
    >>> mentions = pd.DataFrame({"article_id": ["a", "a", "b"], "actor_type": ["person"] * 3,
    ...                          "actor_id": ["Emmanuel Macron", "Vladimir Putin", "Emmanuel Macron"]})
    >>> left_out(attention(mentions, articles, min_mentions_elsewhere=1)).values.tolist()
    [['e', 'Y', 'Vladimir Putin', 'person', 'X', 1, 0.5, 1, 1]]
    """
    t = attention_table
    if not include_unknown:
        t = t[~t["actor_id"].str.startswith(UNKNOWN_PREFIX)]
    said = t[t["mentions"] > 0]
    # who mentions each actor of each event, and how often: worked out once (a left-out outlet
    # is not among them)
    by_actor = {key: ("; ".join(sorted(group["outlet"])), int(group["mentions"].sum()))
                for key, group in said.groupby(["event", "actor_id"], sort=False)}
    rows = []
    for row in t[t["left_out"]].to_dict("records"):
        mentioned_by, elsewhere = by_actor.get((row["event"], row["actor_id"]), ("", 0))
        rows.append({
            "event": row["event"], "outlet": row["outlet"], "actor_id": row["actor_id"], "actor_type": row["actor_type"],
            "mentioned_by": mentioned_by, "mentions_elsewhere": elsewhere,
            "expected": row["expected"], "n_articles": int(row["n_articles"]), "words": int(row["words"]),
        })
    columns = KEYS + ["actor_id", "actor_type", "mentioned_by", "mentions_elsewhere", "expected", "n_articles", "words"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(KEYS + ["mentions_elsewhere", "actor_id"], ascending=[True, True, False, True],
                             kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Keyness: the words that set an outlet apart on an event

KEYNESS_PRIOR_SIZE = 1000.0  # a0: the prior weighs as much as this many tokens of the reference
KEYNESS_ALPHA = 0.05  # false discovery rate of the Benjamini-Hochberg correction
KEYNESS_REFERENCES = ("other_events", "flat", "whole_corpus")
WORD_KINDS = ("content", "function", "number")


def token_counts(texts) -> Counter:
    """Counts of normalised word tokens (:func:`framing.text.word_tokens` + :func:`framing.text.fold`).

    >>> sorted(token_counts(["أكد الرئيس", "اكد"]).items())
    [('اكد', 2), ('الرييس', 1)]
    """
    counts: Counter = Counter()
    for text in texts:
        counts.update(fold(t.text) for t in word_tokens(str(text)))
    return counts


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed, or two neighbours swapped
    (optimal string alignment distance 1).

    >>> one_letter_apart("ترامب", "ترمب"), one_letter_apart("اميركي", "امريكي"), one_letter_apart("سلام", "كلام")
    (True, True, True)
    >>> one_letter_apart("المتحدثه", "الناطقه")
    False
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


def name_spellings(aliases=None) -> dict[str, str]:
    """Spelling variants of the same name, from the gazetteer: each folded word and the spelling
    that stands for all its variants (the first in sort order).

    Two words are variants where two names or two titles of one actor differ in that word only
    and the two words are one letter apart inside the word (:func:`one_letter_apart`, the same
    first and last letter): ترامب and ترمب (Donald Trump), الأمريكي and الأميركي (الرئيس الأمريكي,
    الرئيس الأميركي). A proclitic (بليبيا, لليبيا) or an ending (رئيس, رئيسة) is not a spelling;
    demonyms, which the gazetteer lists in every inflection, are left out.
    ``aliases``: the gazetteer's (default: the bundled gazetteer's).

    >>> spellings = name_spellings()
    >>> spellings[fold("ترامب")] == spellings[fold("ترمب")], spellings[fold("الأميركي")] == spellings[fold("الأمريكي")]
    (True, True)
    """
    if aliases is None:
        return dict(_bundled_spellings())
    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    groups: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for alias in aliases:
        words = tuple(fold(t.text) for t in word_tokens(str(alias.text)))
        if alias.form in ("name", "title") and words and all(any("\u0600" <= ch <= "\u06ff" for ch in w) for w in words):
            groups.setdefault((alias.actor_id, alias.form), []).append(words)
    for forms in groups.values():
        forms = sorted(set(forms))
        for i, x in enumerate(forms):
            for y in forms[i + 1:]:
                if len(x) != len(y):
                    continue
                diff = [k for k in range(len(x)) if x[k] != y[k]]
                if len(diff) != 1:
                    continue
                a, b = x[diff[0]], y[diff[0]]
                if not one_letter_apart(a, b) or a[0] != b[0] or a[-1] != b[-1]:
                    continue  # a proclitic (بليبيا, لليبيا) or an ending (رئيس, رئيسة) is no spelling
                pairs = [(a, b)]
                if a.startswith("ال") and b.startswith("ال") and min(len(a), len(b)) >= 5:
                    pairs.append((a[2:], b[2:]))  # and without the article, as keyness splits it off
                for a, b in pairs:
                    ra, rb = root(a), root(b)
                    parent.setdefault(ra, ra)
                    parent.setdefault(rb, rb)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {w: root(w) for w in sorted(parent)}


def gazetteer_spellings(gazetteer=None) -> dict[str, str]:
    """:func:`name_spellings` of a gazetteer's aliases (default: the bundled gazetteer's), worked
    out once per gazetteer (the comparisons and the report's page both need them)."""
    return dict(_bundled_spellings() if gazetteer is None else _spellings_of(gazetteer))


@lru_cache(maxsize=4)
def _spellings_of(gazetteer) -> tuple[tuple[str, str], ...]:
    return tuple(name_spellings(gazetteer.aliases).items())


@cache
def _bundled_spellings() -> tuple[tuple[str, str], ...]:
    from .actors import load_gazetteer

    return tuple(name_spellings(load_gazetteer().aliases).items())


def segment_token(word: str, attested, spellings: dict[str, str] | None = None) -> str:
    """A folded token without its proclitics (و ف ب ل ك and their combinations, the article
    ال), as the lexicon matcher reads them (:func:`framing.matcher.token_stems`); a reading is
    kept only where its stem is ``attested`` as a token of its own (so والد stays والد), the
    shortest such stem winning. ال is split off a stem of three letters or more. Each reading is
    first spelt as ``spellings`` says (:func:`name_spellings`: ترمب as ترامب).

    >>> attested = {"قال", "امريكي", "رييس"}
    >>> [segment_token(w, attested) for w in ["وقال", "الامريكي", "للرييس", "والد"]]
    ['قال', 'امريكي', 'رييس', 'والد']
    """
    from .matcher import token_stems

    spellings = spellings or {}
    best = spellings.get(word, word)
    for stem, _, _ in token_stems(word, enclitics=False):
        readings = [stem] + ([stem[2:]] if stem.startswith("ال") and len(stem) >= 5 else [])
        for reading in readings:
            reading = spellings.get(reading, reading)
            if reading != word and reading in attested and len(reading) < len(best):
                best = reading
    return best


def keyness_segmenter(articles: pd.DataFrame, spellings: dict[str, str] | None = None) -> dict[str, str]:
    """Each folded token of ``articles`` and its segmented form (:func:`segment_token`, the
    stems attested anywhere in ``articles``, spelling variants as ``spellings`` says).

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["قال الرئيس وقال للرئيس رئيس"]})
    >>> sorted(keyness_segmenter(articles).items())
    [('الرييس', 'رييس'), ('رييس', 'رييس'), ('قال', 'قال'), ('للرييس', 'رييس'), ('وقال', 'قال')]
    """
    spellings = spellings or {}
    tokens = set(token_counts(articles["text"]))
    attested = tokens | {spellings.get(w, w) for w in tokens}
    return {w: segment_token(w, attested, spellings) for w in sorted(tokens)}


def keyness_tokens(articles: pd.DataFrame, segmenter: dict[str, str] | None = None) -> dict[str, Counter]:
    """Each article's counts of clitic-segmented, spelling-folded tokens (:func:`keyness_segmenter`),
    by article id.

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["قال الرئيس وقال للرئيس رئيس"]})
    >>> sorted(keyness_tokens(articles)["a"].items())
    [('رييس', 3), ('قال', 2)]
    """
    segmenter = keyness_segmenter(articles) if segmenter is None else segmenter
    out: dict[str, Counter] = {}
    for aid, text in zip(articles["article_id"], articles["text"], strict=True):
        segmented: Counter = Counter()
        for w, k in token_counts([text]).items():
            segmented[segmenter.get(w, w)] += k
        out[str(aid)] = segmented
    return out


def word_kind(word: str, function_words) -> str:
    """``number`` (no letter), ``function`` (in ``function_words``) or ``content``: only content
    words are tested for keyness.

    >>> [word_kind(w, {"في"}) for w in ["2025", "في", "عدوان"]]
    ['number', 'function', 'content']
    """
    if not any(ch.isalpha() for ch in word):
        return "number"
    return "function" if word in function_words else "content"


def log_odds_dirichlet(counts: dict, counts_rest: dict, prior: dict, *, words=None) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For a word w with prior pseudo-count a_w (a0 = the sum of every a_w; n and m the two groups'
    token totals; y and z the word's counts in them)::

        delta_w = log((y + a_w) / (n + a0 - y - a_w)) - log((z + a_w) / (m + a0 - z - a_w))
        variance_w = 1 / (y + a_w) + 1 / (z + a_w)
        z_w = delta_w / sqrt(variance_w)

    A positive ``delta`` means the first group uses the word more. ``words`` (default: every word
    of either group) are the words reported; ``prior`` must give each of them a positive count.
    Returns ``word, count, count_rest, n_tokens, n_tokens_rest, prior, delta, variance, z``,
    sorted by ``z`` (largest first), then word.

    >>> t = log_odds_dirichlet({"a": 2, "b": 1}, {"b": 1, "c": 1}, {"a": 1.0, "b": 1.0, "c": 1.0})
    >>> t[["word", "count", "count_rest", "delta"]].round(4).values.tolist()
    [['a', 2, 0, 1.3863], ['b', 1, 1, -0.2877], ['c', 0, 1, -1.204]]
    """
    a0 = float(sum(prior.values()))
    n, m = sum(counts.values()), sum(counts_rest.values())
    vocabulary = sorted(set(counts) | set(counts_rest) if words is None else words)
    rows = []
    for w in vocabulary:
        a = float(prior[w])
        y, z = counts.get(w, 0), counts_rest.get(w, 0)
        delta = math.log((y + a) / (n + a0 - y - a)) - math.log((z + a) / (m + a0 - z - a))
        variance = 1 / (y + a) + 1 / (z + a)
        rows.append((w, y, z, n, m, a, delta, variance, delta / math.sqrt(variance)))
    table = pd.DataFrame(rows, columns=["word", "count", "count_rest", "n_tokens", "n_tokens_rest", "prior", "delta",
                                        "variance", "z"])
    table = table.astype({"count": int, "count_rest": int, "n_tokens": int, "n_tokens_rest": int})
    return table.sort_values(["z", "word"], ascending=[False, True], kind="stable").reset_index(drop=True)


def keyness_prior(reference: Counter, vocabulary, prior_size: float | None = KEYNESS_PRIOR_SIZE) -> dict[str, float]:
    """The Dirichlet prior of :func:`log_odds_dirichlet`: a_w = a0 * (r_w + 1) / (R + V), the
    reference's add-one share of each word of ``vocabulary`` (V words, every one of them given a
    positive count; R the reference's tokens in it), scaled to a0 = ``prior_size`` (``None``:
    a0 = R + V, the reference's own counts plus one). An empty reference gives a flat prior.

    >>> keyness_prior(Counter({"a": 3}), ["a", "b"], 10.0)
    {'a': 8.0, 'b': 2.0}
    """
    words = sorted(set(vocabulary))
    smoothed = {w: reference.get(w, 0) + 1 for w in words}
    total = float(sum(smoothed.values()))
    a0 = total if prior_size is None else float(prior_size)
    return {w: a0 * k / total for w, k in smoothed.items()}


def keyness(articles: pd.DataFrame, *, reference: str = "other_events", prior_size: float | None = KEYNESS_PRIOR_SIZE,
            alpha: float = KEYNESS_ALPHA, min_count: int = 1, function_words=None,
            spellings: dict[str, str] | None = None) -> pd.DataFrame:
    """The words each outlet uses more (or less) than the other outlets on the same event, and
    which of them pass a corrected threshold.

    Tokens are folded, segmented and their spellings unified (:func:`keyness_tokens`: وقال counts
    as قال, الأمريكي as أمريكي, ترمب as ترامب; ``spellings`` default to :func:`name_spellings`, ``{}``
    keeps every spelling apart). Each outlet's tokens are compared with the pooled tokens of the other outlets on its
    event by :func:`log_odds_dirichlet`, with a prior (:func:`keyness_prior`, a0 = ``prior_size``)
    from a ``reference`` that is not the compared texts: ``"other_events"`` (default: every
    article of the other events; a flat prior where there is none), ``"flat"`` (the same
    pseudo-count for every word), or ``"whole_corpus"`` (every article, the compared ones
    included: for comparison only). Function words (:func:`framing.words.stopwords`, or
    ``function_words``) and numbers are kept in the counts but not tested. Each content word's
    two-sided p-value is corrected for the number of content words tested for the outlet
    (Benjamini-Hochberg, :func:`framing.inference.benjamini_hochberg`); ``distinctive`` is
    ``q < alpha``. Words used fewer than ``min_count`` times on the event are not reported. An
    event covered by one outlet only has no rows.

    Columns: ``event, outlet, word, surface, kind, count, count_rest, n_tokens, n_tokens_rest,
    per_1000, per_1000_rest, reference, prior, delta, variance, z, p, q, distinctive``, sorted by
    event, outlet, then ``z`` (largest first). ``word`` is the segmented normalised token;
    ``surface`` its commonest spelling on the event (for display); ``kind`` content, function or
    number (p and q are empty for the last two); ``per_1000*`` the rates of both sides.

    >>> articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "event": ["e", "e", "f"],
    ...                          "text": ["عدوان عدوان في سلام", "سلام هدنة", "سلام"]})
    >>> t = keyness(articles, prior_size=10)
    >>> t[t["outlet"] == "X"][["word", "kind", "count", "count_rest", "reference", "distinctive"]].values.tolist()
    [['عدوان', 'content', 2, 0, 'other_events', False], ['في', 'function', 1, 0, 'other_events', False], ['سلام', 'content', 1, 1, 'other_events', False], ['هدنه', 'content', 0, 1, 'other_events', False]]
    """
    from .inference import benjamini_hochberg, per_1000, two_sided_p
    from .words import stopwords

    if reference not in KEYNESS_REFERENCES:
        raise ValueError(f"reference must be one of {', '.join(KEYNESS_REFERENCES)}, not {reference!r}")
    if prior_size is not None and not prior_size > 0:
        raise ValueError(f"prior_size must be a positive number or None, not {prior_size!r}")
    function_words = stopwords() if function_words is None else frozenset(fold(w) for w in function_words)
    a = with_event(articles)
    segmenter = keyness_segmenter(a, name_spellings() if spellings is None else spellings)
    per_article = keyness_tokens(a, segmenter)
    by_event: dict[str, Counter] = {}
    for aid, event in zip(a["article_id"], a["event"], strict=True):
        by_event.setdefault(event, Counter()).update(per_article[aid])
    frames = []
    for event, group in a.groupby("event", sort=True):
        by_outlet: dict[str, Counter] = {}
        for outlet, aid in zip(group["outlet"], group["article_id"], strict=True):
            by_outlet.setdefault(outlet, Counter()).update(per_article[aid])
        if len(by_outlet) < 2:
            continue
        event_counts = by_event[event]
        ref: Counter = Counter()
        source = reference
        if reference == "whole_corpus":
            for c in by_event.values():
                ref.update(c)
        elif reference == "other_events":
            for other, c in by_event.items():
                if other != event:
                    ref.update(c)
            if not ref:
                source = "flat"
        prior = keyness_prior(ref, set(event_counts) | set(ref), prior_size)
        vocabulary = [w for w, k in event_counts.items() if k >= min_count]
        surface = _commonest_spellings(group["text"], segmenter)
        for outlet in sorted(by_outlet):
            rest = event_counts - by_outlet[outlet]
            table = log_odds_dirichlet(by_outlet[outlet], rest, prior, words=vocabulary)
            kinds = [word_kind(w, function_words) for w in table["word"]]
            table = table.assign(event=event, outlet=outlet, surface=table["word"].map(surface).fillna(table["word"]),
                                 kind=kinds, reference=source)
            content = table["kind"] == "content"
            p = pd.Series(float("nan"), index=table.index)
            q = pd.Series(float("nan"), index=table.index)
            p[content] = two_sided_p(table.loc[content, "z"])
            adjusted, _ = benjamini_hochberg(p[content].to_numpy(), alpha)
            q[content] = adjusted
            table["p"], table["q"] = p, q
            table["distinctive"] = content & (q < alpha)
            frames.append(table)
    columns = KEYS + ["word", "surface", "kind", "count", "count_rest", "n_tokens", "n_tokens_rest", "per_1000",
                      "per_1000_rest", "reference", "prior", "delta", "variance", "z", "p", "q", "distinctive"]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames, ignore_index=True)
    out["per_1000"] = per_1000(out["count"], out["n_tokens"])
    out["per_1000_rest"] = per_1000(out["count_rest"], out["n_tokens_rest"])
    out["distinctive"] = out["distinctive"].astype(bool)
    return out[columns]


def keyness_sensitivity(articles: pd.DataFrame, settings=None, *, top: int = 20,
                        alpha: float = KEYNESS_ALPHA) -> pd.DataFrame:
    """How the distinctive words depend on the prior: for each ``(reference, prior_size)`` of
    ``settings`` (default: the three references at a0 = 100, 1,000 and 10,000, and the
    reference's own counts), per event and outlet, the content words that pass the corrected
    threshold, the largest |z|, and how many of the ``top`` content words by z are among the
    ``top`` of the default setting (other events, a0 = :data:`KEYNESS_PRIOR_SIZE`).

    Columns: ``event, outlet, reference, prior_size, tested, distinctive, max_abs_z,
    top_in_common``.
    """
    if settings is None:
        settings = [(r, s) for r in KEYNESS_REFERENCES for s in (100.0, 1000.0, 10000.0, None)]
        settings = [(r, s) for r, s in settings if not (r == "flat" and s is None)]
    base = keyness(articles, alpha=alpha)

    def tops(table: pd.DataFrame) -> dict[tuple[str, str], set[str]]:
        content = table[table["kind"] == "content"]
        return {k: set(g.head(top)["word"]) for k, g in content.groupby(KEYS, sort=True)}

    base_top = tops(base)
    rows = []
    for reference, size in settings:
        table = base if (reference, size) == ("other_events", KEYNESS_PRIOR_SIZE) else keyness(
            articles, reference=reference, prior_size=size, alpha=alpha)
        mine = tops(table)
        content = table[table["kind"] == "content"]
        for (event, outlet), g in content.groupby(KEYS, sort=True):
            rows.append({"event": event, "outlet": outlet, "reference": reference,
                         "prior_size": "reference counts" if size is None else f"{size:g}", "tested": len(g),
                         "distinctive": int(g["distinctive"].sum()), "max_abs_z": round(float(g["z"].abs().max()), 2),
                         "top_in_common": len(mine[(event, outlet)] & base_top.get((event, outlet), set()))})
    return pd.DataFrame(rows, columns=KEYS + ["reference", "prior_size", "tested", "distinctive", "max_abs_z",
                                              "top_in_common"])


def _commonest_spellings(texts, segmenter: dict[str, str]) -> dict[str, str]:
    """The commonest spelling of each segmented token in ``texts``: among the spellings without a
    proclitic where there are any (ties: the first in sort order)."""
    spellings: dict[str, Counter] = {}
    for text in texts:
        for t in word_tokens(str(text)):
            folded = fold(t.text)
            spellings.setdefault(segmenter.get(folded, folded), Counter())[t.text] += 1
    out = {}
    for w, c in spellings.items():
        bare = {s: k for s, k in c.items() if fold(s) == w} or dict(c)
        out[w] = min(bare.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return out


def kwic(articles: pd.DataFrame, word: str, *, outlet: str | None = None, event: str | None = None,
         width: int = 40) -> pd.DataFrame:
    """Keyword in context: every token whose normalised form is ``word`` (itself normalised).

    Columns: ``article_id, event, outlet, start, end, left, match, right`` (offsets into the
    article's cleaned text; ``left`` and ``right`` are up to ``width`` characters).

    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": ["قال إن العدوان الروسي مستمر"]})
    >>> kwic(articles, "العدوان", width=7)[["start", "left", "match", "right"]].values.tolist()
    [[7, 'قال إن ', 'العدوان', ' الروسي']]
    """
    a = with_event(articles)
    if outlet is not None:
        a = a[a["outlet"] == outlet]
    if event is not None:
        a = a[a["event"] == event]
    target = fold(word)
    rows = []
    for aid, ev, out, text in zip(a["article_id"], a["event"], a["outlet"], a["text"], strict=True):
        text = str(text)
        for t in word_tokens(text):
            if fold(t.text) == target:
                rows.append((aid, ev, out, t.start, t.end, text[max(0, t.start - width) : t.start].replace("\n", " "),
                             t.text, text[t.end : t.end + width].replace("\n", " ")))
    return pd.DataFrame(rows, columns=["article_id", "event", "outlet", "start", "end", "left", "match", "right"])


def in_context(rows: pd.DataFrame, articles: pd.DataFrame, *, start: str = "start", end: str = "end",
               width: int = 40) -> pd.DataFrame:
    """Finding rows with the words around them: ``left``, ``match`` (the exact words at
    ``[start, end)`` of the article's text) and ``right`` (up to ``width`` characters each), and
    the article's ``outlet`` and ``event``.

    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": ["قال ماكرون إن أوروبا جاهزة"]})
    >>> hedges = pd.DataFrame({"article_id": ["a"], "start": [4], "end": [10]})
    >>> in_context(hedges, articles, width=4)[["left", "match", "right"]].values.tolist()
    [['قال ', 'ماكرون', ' إن ']]
    """
    texts = dict(zip(articles["article_id"].astype(str), articles["text"].astype(str), strict=True))
    meta = articles.astype({"article_id": str}).set_index("article_id")
    out = rows.copy()
    ids = out["article_id"].astype(str)
    spans = list(zip(ids, out[start].astype(int), out[end].astype(int), strict=True))
    out["outlet"] = ids.map(meta["outlet"]) if "outlet" not in out else out["outlet"]
    out["event"] = ids.map(meta["event"]) if "event" not in out else out["event"]
    out["left"] = [texts.get(a, "")[max(0, s - width) : s].replace("\n", " ") for a, s, _ in spans]
    out["match"] = [texts.get(a, "")[s:e].replace("\n", " ") for a, s, e in spans]
    out["right"] = [texts.get(a, "")[e : e + width].replace("\n", " ") for a, _, e in spans]
    return out


# ---------------------------------------------------------------------------------------------
# Everything at once


COMPARISONS = ("outlets", "sourcing", "voice_share", "voice_types", "verb_classes", "hedge_rates", "hedge_differences",
               "actor_sentiment", "attention", "left_out", "keyness", "naming", "hedge_subcategories", *STATEMENT_TABLES)


def comparison_tables(tables: dict[str, pd.DataFrame], articles: pd.DataFrame, *, n_boot: int = 2000,
                      seed: int = 0, gazetteer=None) -> dict[str, pd.DataFrame]:
    """Every comparison table of a corpus, from the pipeline's tables and the articles.

    Keys (:data:`COMPARISONS`): ``outlets`` (:func:`outlets`), ``sourcing``, ``voice_share``
    (:func:`voice_share` by speaker), ``voice_types`` (by speaker type), ``verb_classes``,
    ``hedge_rates`` (:func:`hedging`), ``hedge_differences`` (:func:`rate_differences`), ``actor_sentiment`` (:func:`outlet_sentiment`),
    ``attention``, ``left_out``, ``keyness``, ``naming`` (:func:`framing.labels.naming_table`: how
    each outlet names each actor, labels marked), ``hedge_subcategories``
    (:func:`hedging_by_subcategory`), and the statement tables (:data:`STATEMENT_TABLES`,
    :func:`framing.statements.statement_tables`). ``gazetteer``: the one the tables were made
    with (its names' spellings are unified in keyness; default: the bundled gazetteer).

    >>> from framing import load_corpus
    >>> from framing.pipeline import Analyzer
    >>> articles = load_corpus("seeds")
    >>> t = comparison_tables(Analyzer().analyze(articles), articles, n_boot=200)
    >>> t["outlets"][["event", "n_articles"]].groupby("event")["n_articles"].sum().tolist()
    [3, 2]
    """
    attention_table = attention(tables["mentions"], articles)
    hedge_table = hedging(tables["hedges"], articles, tables["quotes"], n_boot=n_boot, seed=seed)
    return {
        "outlets": outlets(articles),
        "sourcing": sourcing(tables["quotes"], articles),
        "voice_share": voice_share(tables["quotes"], articles, by="speaker"),
        "voice_types": voice_share(tables["quotes"], articles, by="speaker_type"),
        "verb_classes": verb_classes(tables["quotes"], articles),
        "hedge_rates": hedge_table,
        "hedge_differences": rate_differences(hedge_table),
        "actor_sentiment": outlet_sentiment(tables["sentiment"], articles, n_boot=n_boot, seed=seed),
        "attention": attention_table,
        "left_out": left_out(attention_table),
        "keyness": keyness(articles, spellings=gazetteer_spellings(gazetteer)),
        "naming": naming_table(tables["mentions"], articles),
        "hedge_subcategories": hedging_by_subcategory(tables["hedges"], articles, tables["quotes"], n_boot=n_boot,
                                                      seed=seed),
        **statement_tables(tables, articles),
    }
