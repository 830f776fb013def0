"""Compare outlets on the same event: who is quoted, how, how surely, about whom, in which words.

Every function here is a pure function from the pipeline's tables (``mentions``, ``quotes``,
``hedges``, ``sentiment``, from :class:`framing.pipeline.Analyzer`) and the articles table to a
tidy DataFrame. Rows are **always grouped by event**: an outlet is only compared with the other
outlets' articles about the same event. Articles with no event (no ``event`` in the manifest)
are left out of every comparison, since nothing says which articles they should be compared
with. Every table carries its counts (``n``, ``n_quotes``, ``words``, ``n_articles`` ...), so a
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

import pandas as pd

from .discovery import UNKNOWN_PREFIX
from .labels import naming_table
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
    speaker such as ``Emmanuel Macron|Volodymyr Zelenskyy`` is one speaker). ``by="speaker_type"``:
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
    columns += ["quotes", "quoted_words", "share_quotes", "share_words", "n_quotes", "n_words"]
    return table[columns].reset_index(drop=True)


def sourcing(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How each outlet sources an event: one row per outlet with its quotes, the share of them
    that are anonymous, and the share that are direct, indirect or mixed.

    Columns: ``event, outlet, n_articles, words, n_quotes, quoted_words, share_quoted_words,
    anonymous, share_anonymous, direct, indirect, mixed, share_direct, share_indirect,
    share_mixed`` (``words`` is all the outlet's words on the event).

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
    return table[KEYS + ["n_articles", "words", "n_quotes", "quoted_words", "share_quoted_words", "anonymous",
                         "share_anonymous"] + QUOTE_KIND_ORDER + [f"share_{k}" for k in QUOTE_KIND_ORDER]]


def verb_classes(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The stance of the reporting verbs: quotes per verb class per outlet, every class listed.

    Columns: ``event, outlet, verb_class, quotes, share, n_quotes``.

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
    return table[KEYS + ["verb_class", "quotes", "share", "n_quotes"]].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Hedging


def poisson_interval(count: int, confidence: float = 0.95) -> tuple[float, float]:
    """The exact (Garwood) interval of a Poisson count.

    >>> [round(x, 3) for x in poisson_interval(0)], [round(x, 3) for x in poisson_interval(4)]
    ([0.0, 3.689], [1.09, 10.242])
    """
    from scipy.special import gammaincinv  # chi2.ppf(q, 2k) / 2, without loading scipy.stats

    alpha = 1 - confidence
    low = 0.0 if count == 0 else float(gammaincinv(count, alpha / 2))
    high = float(gammaincinv(count + 1, 1 - alpha / 2))
    return low, high


def rate_per_1000(counts: pd.Series, words: pd.Series, confidence: float = 0.95) -> pd.DataFrame:
    """Counts per 1,000 words with their exact Poisson interval (:func:`poisson_interval`), rounded
    to two decimals; no rate where there are no words. Columns: ``per_1000, ci_low, ci_high``.

    >>> rate_per_1000(pd.Series([2, 1]), pd.Series([400, 0])).values.tolist()
    [[5.0, 0.61, 18.06], [nan, nan, nan]]
    """
    per = 1000 / words.where(words > 0)
    bounds = pd.DataFrame([poisson_interval(int(k), confidence) for k in counts], index=counts.index,
                          columns=["low", "high"])
    return pd.DataFrame({"per_1000": (counts * per).round(2), "ci_low": (bounds["low"] * per).round(2),
                         "ci_high": (bounds["high"] * per).round(2)})


def hedging(hedges: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame, *,
            confidence: float = 0.95) -> pd.DataFrame:
    """Hedges and boosters per 1,000 words of each voice (author, quoted) per outlet, with exact
    Poisson intervals of the rates.

    Columns: ``event, outlet, voice, n_articles, words, hedges, boosters, hedges_per_1000,
    hedges_ci_low, hedges_ci_high, boosters_per_1000, boosters_ci_low, boosters_ci_high``
    (rates are computed by :func:`framing.hedges.hedge_rates`; a voice with no words has no rate).

    >>> text = "ربما تأتي الحرب. قال ماكرون إن «السلام قد يأتي بالتأكيد»"
    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": [text]})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [text.index("السلام")], "end": [len(text) - 1],
    ...                        "speaker_id": ["Emmanuel Macron"], "speaker": ["ماكرون"]})
    >>> hedges = pd.DataFrame({"article_id": ["a", "a", "a"], "category": ["hedge", "hedge", "booster"],
    ...                        "voice": ["author", "quoted", "quoted"]})
    >>> hedging(hedges, articles, quotes)[["voice", "words", "hedges", "boosters", "hedges_per_1000"]].values.tolist()
    [['author', 6, 1, 0, 166.67], ['quoted', 4, 1, 1, 250.0]]
    """
    from .hedges import hedge_rates

    a = with_event(articles)
    q = quotes[quotes["article_id"].astype(str).isin(a["article_id"])]
    h = hedges[hedges["article_id"].astype(str).isin(a["article_id"])]
    rates = hedge_rates(h, a, q, by="outlet")
    table = outlets(articles)[KEYS + ["n_articles"]].merge(pd.DataFrame({"voice": VOICE_ORDER}), how="cross")
    table = table.merge(rates, on=KEYS + ["voice"], how="left").fillna({"words": 0, "hedges": 0, "boosters": 0})
    table = table.astype({"words": int, "hedges": int, "boosters": int})
    for name in ("hedges", "boosters"):
        rates = rate_per_1000(table[name], table["words"], confidence)
        table[[f"{name}_per_1000", f"{name}_ci_low", f"{name}_ci_high"]] = rates.to_numpy()
    columns = KEYS + ["voice", "n_articles", "words", "hedges", "boosters"]
    columns += [f"{n}_{s}" for n in ("hedges", "boosters") for s in ("per_1000", "ci_low", "ci_high")]
    return table[columns].sort_values(KEYS + ["voice"], kind="stable").reset_index(drop=True)


def hedging_by_subcategory(hedges: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame, *,
                           confidence: float = 0.95) -> pd.DataFrame:
    """How each outlet hedges and boosts, by subcategory (epistemic modal, approximator,
    vagueness, attribution shield, epistemic adjective; booster) and voice: the count per 1,000
    words of that voice with an exact Poisson interval, so that a researcher sees whether an outlet
    hedges by modals, by attribution or by epistemic adjectives.

    Columns: ``event, outlet, voice, category, subcategory, n, words, per_1000, ci_low, ci_high``;
    one row per subcategory found (computed from the hedge rows).

    >>> text = "ربما تأتي الحرب. قال ماكرون إن «السلام قد يأتي»"
    >>> articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "event": ["e"], "text": [text]})
    >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [text.index("السلام")], "end": [len(text) - 1]})
    >>> hedges = pd.DataFrame({"article_id": ["a", "a"], "category": ["hedge", "hedge"],
    ...     "subcategory": ["epistemic_modal", "epistemic_modal"], "voice": ["author", "quoted"]})
    >>> hedging_by_subcategory(hedges, articles, quotes)[["voice", "subcategory", "n", "words", "per_1000"]].values.tolist()
    [['author', 'epistemic_modal', 1, 6, 166.67], ['quoted', 'epistemic_modal', 1, 3, 333.33]]
    """
    from .hedges import voice_words

    columns = KEYS + ["voice", "category", "subcategory", "n", "words", "per_1000", "ci_low", "ci_high"]
    a = with_event(articles)
    h = hedges[hedges["article_id"].astype(str).isin(a["article_id"])]
    if h.empty:
        return pd.DataFrame(columns=columns)
    meta = a.set_index("article_id")[KEYS]
    words = voice_words(a, quotes[quotes["article_id"].astype(str).isin(a["article_id"])])
    words = words.join(meta, on="article_id").groupby(KEYS + ["voice"], sort=True)["words"].sum()
    counts = (h.join(meta, on="article_id").groupby(KEYS + ["voice", "category", "subcategory"], sort=True)
              .size().rename("n").reset_index())
    counts["words"] = [int(words.get((e, o, v), 0)) for e, o, v in zip(counts["event"], counts["outlet"], counts["voice"],
                                                                      strict=True)]
    counts[["per_1000", "ci_low", "ci_high"]] = rate_per_1000(counts["n"], counts["words"], confidence).to_numpy()
    return counts[columns].reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Sentiment toward actors


def outlet_sentiment(sentiment: pd.DataFrame, articles: pd.DataFrame, *, voice: str | None = None,
                     n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Mean sentiment score toward each actor in each outlet, with a bootstrap interval.

    ``voice="author"`` keeps only the outlet's own evaluations, ``voice="quoted"`` only those of
    the people it quotes; ``None`` keeps both. Columns (from
    :func:`framing.sentiment.actor_sentiment`, whose interval resamples articles): ``event,
    outlet, target_id, n, n_articles, mean_score, ci_low, ci_high, share_negative,
    share_positive``.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"], "text": ["", ""]})
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "source_id": ["author"] * 3, "target_id": ["Russia"] * 3,
    ...                   "polarity": ["negative", "negative", "positive"], "score": [-2.0, -1.0, 1.0]})
    >>> outlet_sentiment(s, articles)[["outlet", "target_id", "n", "mean_score"]].values.tolist()
    [['X', 'Russia', 2, -1.5], ['Y', 'Russia', 1, 1.0]]
    """
    from .sentiment import actor_sentiment

    if voice not in (None, "author", "quoted"):
        raise ValueError(f"voice must be None, 'author' or 'quoted', not {voice!r}")
    a = with_event(articles)
    s = sentiment[sentiment["article_id"].astype(str).isin(a["article_id"])]
    if voice is not None:
        s = s[(s["source_id"] == "author") == (voice == "author")]
    table = actor_sentiment(s, a, by=("outlet", "target_id"), n_boot=n_boot, seed=seed)
    return table.sort_values(KEYS + ["target_id"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Attention: who is mentioned, and who is left out


def attention(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each actor per outlet on an event, per 1,000 words, and who is left out.

    One row per outlet and per actor that any outlet mentions on the event. Columns: ``event,
    outlet, actor_id, actor_type, mentions, articles_mentioning, n_articles, words, per_1000,
    other_outlets_mentioning, left_out`` (``left_out``: this outlet never mentions the actor
    while another outlet on the same event does).

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
    ...                          "text": ["ماكرون وبوتين", "ماكرون"]})
    >>> mentions = pd.DataFrame({"article_id": ["a", "a", "b"], "actor_type": ["person"] * 3,
    ...                          "actor_id": ["Emmanuel Macron", "Vladimir Putin", "Emmanuel Macron"]})
    >>> attention(mentions, articles)[["outlet", "actor_id", "mentions", "per_1000", "left_out"]].values.tolist()
    [['X', 'Emmanuel Macron', 1, 500.0, False], ['X', 'Vladimir Putin', 1, 500.0, False], ['Y', 'Emmanuel Macron', 1, 1000.0, False], ['Y', 'Vladimir Putin', 0, 0.0, True]]
    """
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
    table["per_1000"] = (table["mentions"] * 1000 / table["words"].where(table["words"] > 0)).round(2)
    by_actor = table.assign(says=table["mentions"] > 0).groupby(["event", "actor_id"])["says"].transform("sum")
    table["other_outlets_mentioning"] = (by_actor - (table["mentions"] > 0)).astype(int)
    table["left_out"] = (table["mentions"] == 0) & (table["other_outlets_mentioning"] > 0)
    table = table.sort_values(KEYS + ["actor_id"], kind="stable")
    return table[KEYS + ["actor_id", "actor_type", "mentions", "articles_mentioning", "n_articles", "words", "per_1000",
                         "other_outlets_mentioning", "left_out"]].reset_index(drop=True)


def left_out(attention_table: pd.DataFrame, *, include_unknown: bool = False) -> pd.DataFrame:
    """The actors each outlet leaves out: mentioned by other outlets on the event, never by it.

    Columns: ``event, outlet, actor_id, actor_type, mentioned_by, mentions_elsewhere,
    n_articles`` (``mentioned_by``: the other outlets, ``; ``-separated; ``n_articles``: the
    outlet's articles on the event). People the gazetteer lacks (``unknown:`` ids) are left out of
    this list unless ``include_unknown``: their names are spelt differently from outlet to outlet.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"], "text": ["", ""]})
    >>> mentions = pd.DataFrame({"article_id": ["a", "a", "b"], "actor_type": ["person"] * 3,
    ...                          "actor_id": ["Emmanuel Macron", "Vladimir Putin", "Emmanuel Macron"]})
    >>> left_out(attention(mentions, articles)).values.tolist()
    [['e', 'Y', 'Vladimir Putin', 'person', 'X', 1, 1]]
    """
    t = attention_table
    if not include_unknown:
        t = t[~t["actor_id"].str.startswith(UNKNOWN_PREFIX)]
    said = t[t["mentions"] > 0]
    rows = []
    for _, row in t[t["left_out"]].iterrows():
        others = said[(said["event"] == row["event"]) & (said["actor_id"] == row["actor_id"])]
        rows.append({
            "event": row["event"], "outlet": row["outlet"], "actor_id": row["actor_id"], "actor_type": row["actor_type"],
            "mentioned_by": "; ".join(sorted(others["outlet"])), "mentions_elsewhere": int(others["mentions"].sum()),
            "n_articles": int(row["n_articles"]),
        })
    columns = KEYS + ["actor_id", "actor_type", "mentioned_by", "mentions_elsewhere", "n_articles"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(KEYS + ["mentions_elsewhere", "actor_id"], ascending=[True, True, False, True],
                             kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Keyness: the words that set an outlet apart on an event


def token_counts(texts) -> Counter:
    """Counts of normalised word tokens (:func:`framing.text.word_tokens` + :func:`framing.text.fold`).

    >>> sorted(token_counts(["أكد الرئيس", "اكد"]).items())
    [('اكد', 2), ('الرييس', 1)]
    """
    counts: Counter = Counter()
    for text in texts:
        counts.update(fold(t.text) for t in word_tokens(str(text)))
    return counts


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


def keyness(articles: pd.DataFrame, *, prior_size: float | None = None, min_count: int = 1) -> pd.DataFrame:
    """The words each outlet uses more (or less) than the other outlets on the same event.

    Each outlet's tokens are compared with the pooled tokens of the other outlets on its event by
    :func:`log_odds_dirichlet`. The prior is informative: a_w = a0 * (share of w among all the
    tokens of ``articles``, every event), with a0 = ``prior_size`` (default: the number of those
    tokens, so that a_w is the word's count in the whole corpus). Words used fewer than
    ``min_count`` times on the event are not reported. An event covered by one outlet only has no
    rows.

    Columns: ``event, outlet, word, surface, count, count_rest, n_tokens, n_tokens_rest, prior,
    delta, variance, z``, sorted by event, outlet, then ``z`` (largest first). ``word`` is the
    normalised token; ``surface`` its commonest spelling on the event (for display).

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
    ...                          "text": ["عدوان عدوان سلام", "سلام هدنة"]})
    >>> t = keyness(articles)
    >>> t[t["outlet"] == "X"][["word", "surface", "count", "count_rest", "prior"]].values.tolist()
    [['عدوان', 'عدوان', 2, 0, 2.0], ['سلام', 'سلام', 1, 1, 2.0], ['هدنه', 'هدنة', 0, 1, 1.0]]
    """
    a = with_event(articles)
    per_article = {aid: token_counts([text]) for aid, text in zip(a["article_id"], a["text"], strict=True)}
    background: Counter = Counter()
    for c in per_article.values():
        background.update(c)
    total = sum(background.values())
    scale = 1.0 if prior_size is None or total == 0 else prior_size / total
    prior = {w: k * scale for w, k in background.items()}
    frames = []
    for event, group in a.groupby("event", sort=True):
        by_outlet: dict[str, Counter] = {}
        for outlet, aid in zip(group["outlet"], group["article_id"], strict=True):
            by_outlet.setdefault(outlet, Counter()).update(per_article[aid])
        if len(by_outlet) < 2:
            continue
        event_counts: Counter = Counter()
        for c in by_outlet.values():
            event_counts.update(c)
        vocabulary = [w for w, k in event_counts.items() if k >= min_count]
        surface = _commonest_spellings(group["text"])
        for outlet in sorted(by_outlet):
            rest = event_counts - by_outlet[outlet]
            table = log_odds_dirichlet(by_outlet[outlet], rest, prior, words=vocabulary)
            frames.append(table.assign(event=event, outlet=outlet, surface=table["word"].map(surface)))
    columns = KEYS + ["word", "surface", "count", "count_rest", "n_tokens", "n_tokens_rest", "prior", "delta", "variance", "z"]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def _commonest_spellings(texts) -> dict[str, str]:
    """The commonest spelling of each normalised token in ``texts`` (ties: the first in sort order)."""
    spellings: dict[str, Counter] = {}
    for text in texts:
        for t in word_tokens(str(text)):
            spellings.setdefault(fold(t.text), Counter())[t.text] += 1
    return {w: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for w, c in spellings.items()}


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


COMPARISONS = ("outlets", "sourcing", "voice_share", "voice_types", "verb_classes", "hedge_rates", "actor_sentiment",
               "attention", "left_out", "keyness", "naming", "hedge_subcategories")


def comparison_tables(tables: dict[str, pd.DataFrame], articles: pd.DataFrame, *, n_boot: int = 2000,
                      seed: int = 0) -> dict[str, pd.DataFrame]:
    """Every comparison table of a corpus, from the pipeline's tables and the articles.

    Keys (:data:`COMPARISONS`): ``outlets`` (:func:`outlets`), ``sourcing``, ``voice_share``
    (:func:`voice_share` by speaker), ``voice_types`` (by speaker type), ``verb_classes``,
    ``hedge_rates`` (:func:`hedging`), ``actor_sentiment`` (:func:`outlet_sentiment`),
    ``attention``, ``left_out``, ``keyness``, ``naming`` (:func:`framing.labels.naming_table`: how
    each outlet names each actor, labels marked), ``hedge_subcategories``
    (:func:`hedging_by_subcategory`).

    >>> from framing import load_corpus
    >>> from framing.pipeline import Analyzer
    >>> articles = load_corpus("seeds")
    >>> t = comparison_tables(Analyzer().analyze(articles), articles, n_boot=200)
    >>> t["outlets"][["event", "n_articles"]].groupby("event")["n_articles"].sum().tolist()
    [3, 2]
    """
    attention_table = attention(tables["mentions"], articles)
    return {
        "outlets": outlets(articles),
        "sourcing": sourcing(tables["quotes"], articles),
        "voice_share": voice_share(tables["quotes"], articles, by="speaker"),
        "voice_types": voice_share(tables["quotes"], articles, by="speaker_type"),
        "verb_classes": verb_classes(tables["quotes"], articles),
        "hedge_rates": hedging(tables["hedges"], articles, tables["quotes"]),
        "actor_sentiment": outlet_sentiment(tables["sentiment"], articles, n_boot=n_boot, seed=seed),
        "attention": attention_table,
        "left_out": left_out(attention_table),
        "keyness": keyness(articles),
        "naming": naming_table(tables["mentions"], articles),
        "hedge_subcategories": hedging_by_subcategory(tables["hedges"], articles, tables["quotes"]),
    }
