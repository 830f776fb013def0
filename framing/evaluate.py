"""Score the toolkit against gold annotations of a corpus (by default, the bundled seeds).

Gold files (``framing/data/gold/*.tsv``, documented in ``docs/annotation.md``) give character
offsets into the raw article files. Predictions index the cleaned text, so they are mapped back
to raw offsets with the cleaning table before matching. A prediction matches a gold row when
their spans overlap (and, where the measure says so, they agree on a label); each gold row is
matched at most once, best overlap first.

>>> scores = evaluate("actors")
>>> scores.set_index("metric").loc["recall", "all"] > 0.5
np.True_
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .corpus import Corpus, raw_offset, read_corpus
from .lexicon import read_tsv

MEASURES = ("actors", "quotes", "hedges", "sentiment")


def load_gold(measure: str, path: str | Path | None = None) -> pd.DataFrame:
    """The gold annotation table of a measure (bundled, or a user's TSV)."""
    table = read_tsv(path or f"gold/{measure}.tsv", required=["article_id", "start", "end"])
    for column in ("start", "end", "cue_start", "cue_end"):
        if column in table:
            table[column] = pd.to_numeric(table[column], errors="coerce").fillna(-1).astype(int)
    return table.drop(columns="line")


def to_raw(findings: pd.DataFrame, corpus: Corpus, columns=(("start", "end"),)) -> pd.DataFrame:
    """A copy of ``findings`` with its offsets mapped from cleaned to raw text."""
    out = findings.copy()
    removed = {k: list(zip(g["start"], g["end"], g["kind"])) for k, g in corpus.cleaning.groupby("article_id")}
    for start_col, end_col in columns:
        spans = removed.get
        out[start_col] = [raw_offset(spans(a, []), int(s)) if s >= 0 else s for a, s in zip(out["article_id"], out[start_col])]
        out[end_col] = [raw_offset(spans(a, []), int(e) - 1) + 1 if e > 0 else e for a, e in zip(out["article_id"], out[end_col])]
    return out


def match_spans(gold: pd.DataFrame, pred: pd.DataFrame, same: Callable[[dict, dict], bool] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, best overlap first."""
    candidates = []
    pred_by_article = {k: g for k, g in pred.groupby("article_id")}
    for gi, g in gold.iterrows():
        rows = pred_by_article.get(g["article_id"])
        if rows is None:
            continue
        overlap = rows[(rows["start"] < g["end"]) & (rows["end"] > g["start"])]
        for pi, p in overlap.iterrows():
            if same is None or same(g, p):
                size = min(g["end"], p["end"]) - max(g["start"], p["start"])
                candidates.append((-size, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def prf(n_gold: int, n_pred: int, n_match: int) -> dict[str, float]:
    """Precision, recall and F1 from counts.

    >>> prf(10, 8, 8)
    {'precision': 1.0, 'recall': 0.8, 'f1': 0.889}
    """
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(measure: str, path: str | Path | None = None, *, gold: str | Path | None = None,
             errors: bool = False) -> pd.DataFrame:
    """Score one measure; return a table of metrics (rows) by group (columns).

    With ``errors=True`` return instead the misses (``missed``) and false alarms (``extra``) with
    their raw offsets and words.
    """
    from .cli import bundled_seeds

    corpus = read_corpus(path or bundled_seeds())
    gold_table = load_gold(measure, gold)
    gold_table = gold_table[gold_table["article_id"].isin(set(corpus.articles["article_id"]))].reset_index(drop=True)
    scorer = {"actors": _actors, "quotes": _quotes, "hedges": _hedges, "sentiment": _sentiment}[measure]
    return scorer(corpus, gold_table, errors)


def _errors(corpus: Corpus, gold: pd.DataFrame, pred: pd.DataFrame, pairs, label: str) -> pd.DataFrame:
    raw = dict(zip(corpus.articles["article_id"], corpus.articles["raw_text"]))
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    rows = []
    for kind, table, matched in (("missed", gold, matched_g), ("extra", pred, matched_p)):
        for i, r in table.iterrows():
            if i not in matched:
                rows.append({"error": kind, "article_id": r["article_id"], "start": r["start"], "end": r["end"],
                             "label": r.get(label, ""), "words": raw[r["article_id"]][r["start"] : r["end"]][:80]})
    return pd.DataFrame(rows, columns=["error", "article_id", "start", "end", "label", "words"])


def _metrics_table(metrics: dict[str, dict[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame(metrics)
    frame.index.name = "metric"
    return frame.reset_index()


def _actors(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .actors import find_mentions

    pred = to_raw(find_mentions(corpus.articles), corpus)
    pairs = match_spans(gold, pred, lambda g, p: g["actor_id"] == p["actor_id"])
    if errors:
        return _errors(corpus, gold, pred, pairs, "actor_id")
    metrics = {"all": prf(len(gold), len(pred), len(pairs)) | {"gold": len(gold), "found": len(pred)}}
    for form in ("name", "title", "demonym", "metonym"):
        g = set(gold.index[gold["form"] == form])
        p = set(pred.index[pred["form"] == form])
        metrics[form] = {
            "precision": round(sum(1 for _, pi in pairs if pi in p) / len(p), 3) if p else 0.0,
            "recall": round(sum(1 for gi, _ in pairs if gi in g) / len(g), 3) if g else 0.0,
            "f1": float("nan"), "gold": len(g), "found": len(p),
        }
    return _metrics_table(metrics)


def same_speaker(gold_row, pred_row) -> bool:
    """A speaker is right when the actor ids agree, or, for speakers with no actor id
    (anonymous sources, documents), when the speaker types agree."""
    gold_ids = {x for x in str(gold_row["speaker_id"]).split("|") if x}
    pred_ids = {x for x in str(pred_row["speaker_id"]).split("|") if x}
    if gold_ids:
        return gold_ids == pred_ids
    return not pred_ids and gold_row["speaker_type"] == pred_row["speaker_type"]


def _quotes(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .quotes import find_quotes

    pred = to_raw(find_quotes(corpus.articles), corpus, (("start", "end"), ("cue_start", "cue_end")))
    pairs = match_spans(gold, pred)
    if errors:
        return _errors(corpus, gold, pred, pairs, "speaker")
    speaker = sum(same_speaker(gold.loc[g], pred.loc[p]) for g, p in pairs)
    verb = sum(gold.loc[g, "verb_class"] == pred.loc[p, "verb_class"] for g, p in pairs)
    kind = sum(gold.loc[g, "kind"] == pred.loc[p, "kind"] for g, p in pairs)
    n = len(pairs) or 1
    all_ = prf(len(gold), len(pred), len(pairs)) | {
        "speaker_accuracy": round(speaker / n, 3), "verb_class_accuracy": round(verb / n, 3),
        "kind_accuracy": round(kind / n, 3), "gold": len(gold), "found": len(pred), "matched": len(pairs),
    }
    return _metrics_table({"all": all_})


def _hedges(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .hedges import find_hedges
    from .quotes import find_quotes

    quotes = find_quotes(corpus.articles)
    pred = to_raw(find_hedges(corpus.articles, quotes), corpus)
    pairs = match_spans(gold, pred, lambda g, p: g["category"] == p["category"])
    if errors:
        return _errors(corpus, gold, pred, pairs, "category")
    metrics = {}
    for category in ("hedge", "booster", "all"):
        g = set(gold.index) if category == "all" else set(gold.index[gold["category"] == category])
        p = set(pred.index) if category == "all" else set(pred.index[pred["category"] == category])
        mine = [(gi, pi) for gi, pi in pairs if gi in g and pi in p]
        voice = sum(gold.loc[gi, "voice"] == pred.loc[pi, "voice"] for gi, pi in mine)
        metrics[category] = prf(len(g), len(p), len(mine)) | {
            "voice_accuracy": round(voice / len(mine), 3) if mine else 0.0, "gold": len(g), "found": len(p)}
    return _metrics_table(metrics)


def _sentiment(corpus: Corpus, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    from .sentiment import find_sentiment

    pred = to_raw(find_sentiment(corpus.articles), corpus)
    same = lambda g, p: g["target_id"] == p["target_id"] and g["polarity"] == p["polarity"]  # noqa: E731
    pairs = match_spans(gold, pred, same)
    if errors:
        return _errors(corpus, gold, pred, pairs, "target_id")
    source = sum(gold.loc[g, "source_id"] == pred.loc[p, "source_id"] for g, p in pairs)
    all_ = prf(len(gold), len(pred), len(pairs)) | {
        "source_accuracy": round(source / len(pairs), 3) if pairs else 0.0, "gold": len(gold), "found": len(pred)}
    return _metrics_table({"all": all_})
