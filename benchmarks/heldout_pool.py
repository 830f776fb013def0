"""Scores of the held-out sets pooled into one corpus, with intervals from resampling articles.

    python benchmarks/heldout_pool.py                    # the held-out sets the README lists
    python benchmarks/heldout_pool.py events5 events7    # any fixture sets
    python benchmarks/heldout_pool.py --tables           # and each measure's scores per form and kind,
                                                         # and sentiment recall by the gold's categories

The sets are copied into a temporary folder (articles, ``corpus.csv`` and the gold TSVs, one after
the other) and scored with :func:`framing.evaluate.evaluate`, as ``framing evaluate MEASURE POOL
--gold POOL`` would. Article ids are unique across the sets, so pooling loses nothing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from framing.corpus import read_corpus
from framing.evaluate import _why_sentiment, actor_names, evaluate, match_sentiment, sentiment_gold, to_raw

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
HELD_OUT = ("events5", "events7", "events8", "events9", "events11", "events12", "events13", "events15", "events17", "events18", "events20", "events22", "events24", "events26", "events28", "events30", "events32")
TABLES = ("corpus.csv", "actors.tsv", "quotes.tsv", "hedges.tsv", "sentiment.tsv", "traps.tsv")
HEADLINES = {
    "actors": ("precision", "recall", "speakers_targets"),
    "quotes": ("precision", "recall", "speaker_accuracy"),
    "hedges": ("precision", "recall"),
    "sentiment": ("precision", "recall", "recall_clear"),
}


def pool(sets: list[str], folder: Path) -> int:
    """Copy the sets' articles and gold into ``folder``; return the number of articles."""
    for name in sets:
        source = FIXTURES / name
        for article in sorted(source.glob("*.txt")):
            shutil.copy(article, folder / article.name)
        for table in TABLES:
            if not (source / table).exists():
                continue
            lines = (source / table).read_text(encoding="utf-8").splitlines(keepends=True)
            target = folder / table
            with target.open("a", encoding="utf-8") as out:
                out.writelines(lines if target.stat().st_size == 0 else lines[1:])
    for table in TABLES:
        if (folder / table).stat().st_size == 0:
            (folder / table).unlink()
    return len(list(folder.glob("*.txt")))


WHY = {"target not found as a mention": "lost_target", "no evaluation found on these words": "lost_no_rule",
       "found with another target": "lost_other_target", "found with the other polarity": "lost_polarity"}


def gold_categories(gold: pd.DataFrame) -> pd.DataFrame:
    """The categories of each gold evaluation that the recall table groups by: the gold's own
    ``polarity``, ``explicitness`` and ``debatable`` columns, the voice (``author`` or a quoted
    source), and the length of the cue in words (``1``, ``2``, ``3+``).

    >>> g = pd.DataFrame({"polarity": ["negative"], "explicitness": ["explicit"], "debatable": ["no"],
    ...                   "source_id": ["author"], "cue": ["جرائم الاحتلال"]})
    >>> gold_categories(g).iloc[0].tolist()
    ['negative', 'explicit', 'no', 'author', '2']
    """
    words = gold["cue"].fillna("").astype(str).str.split().str.len()
    return pd.DataFrame({
        "polarity": gold["polarity"].astype(str),
        "explicitness": gold.get("explicitness", pd.Series("", index=gold.index)).astype(str),
        "debatable": gold.get("debatable", pd.Series("", index=gold.index)).astype(str),
        "voice": ["author" if s == "author" else "quoted" for s in gold["source_id"].astype(str)],
        "cue_words": [str(n) if n < 3 else "3+" for n in words],
    }, index=gold.index)


def recall_table(categories: pd.DataFrame, matched: set, why: dict) -> pd.DataFrame:
    """Recall of the gold evaluations by each category value: the rows, those matched, recall,
    the clear ones (``debatable`` = no) and their recall, and the clear misses by the step that
    lost them (``why``: gold index -> reason, see :func:`framing.evaluate.why_evaluation_missed`).

    >>> c = pd.DataFrame({"polarity": ["negative", "negative", "positive"], "debatable": ["no", "no", "yes"]})
    >>> t = recall_table(c, {0}, {1: "no evaluation found on these words", 2: "found with another target"})
    >>> t[["value", "gold", "recall", "clear", "recall_clear", "lost_no_rule"]].values.tolist()[2:]
    [['negative', 2, 0.5, 2, 0.5, 1], ['positive', 1, 0.0, 0, 0.0, 0]]
    """
    clear = categories["debatable"] == "no" if "debatable" in categories else pd.Series(True, index=categories.index)
    rows = []
    for column in sorted(categories):
        for value, part in categories.groupby(column):
            index, clear_index = set(part.index), set(part.index[clear[part.index]])
            lost = pd.Series([WHY.get(why.get(i, ""), "") for i in clear_index - matched], dtype=object).value_counts()
            rows.append({"category": column, "value": value, "gold": len(index),
                         "recall": round(len(index & matched) / len(index), 3) if index else 0.0,
                         "clear": len(clear_index),
                         "recall_clear": round(len(clear_index & matched) / len(clear_index), 3) if clear_index else 0.0}
                        | {name: int(lost.get(name, 0)) for name in WHY.values()})
    return pd.DataFrame(rows)


def sentiment_recall(folder: Path) -> pd.DataFrame:
    """The sentiment recall table (:func:`recall_table`) of the pooled sets in ``folder``."""
    from framing.sentiment import find_sentiment

    corpus = read_corpus(folder)
    gold = sentiment_gold(corpus, folder)
    pred = to_raw(find_sentiment(corpus.articles), corpus)
    matched = {g for g, _ in match_sentiment(gold, pred)}
    reason = _why_sentiment(corpus, gold, pred, actor_names(gold))
    why = {i: reason("missed", i) for i in gold.index if i not in matched and gold.at[i, "debatable"] == "no"}
    return recall_table(gold_categories(gold), matched, why)


def headline(measure: str, table: pd.DataFrame) -> str:
    """One line: each headline metric, with its 95% interval where the scorer gives one."""
    scores = table.set_index("metric")
    parts = []
    for metric in HEADLINES[measure]:
        column = "speakers_targets" if metric == "speakers_targets" else "all"
        value = scores.loc["recall" if column == "speakers_targets" else metric, column]
        low, high = (scores.loc[f"{metric}_{end}", "all"] if f"{metric}_{end}" in scores.index else None for end in ("low", "high"))
        interval = f" [{low:.3f}, {high:.3f}]" if low is not None and high is not None else ""
        parts.append(f"{'found' if column == 'speakers_targets' else metric} {value:.3f}{interval}")
    return f"{measure:10s} " + "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(HELD_OUT), help="fixture sets to pool (default: the held-out ones)")
    parser.add_argument("--tables", action="store_true",
                        help="also print each measure's whole score table (per form, kind or category; pooled, no rows)")
    parser.add_argument("--measures", nargs="+", choices=HEADLINES, default=list(HEADLINES),
                        help="the measures to score (default: all four)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for table in TABLES:
            (folder / table).touch()
        n = pool(args.sets, folder)
        print(f"{n} articles from {len(args.sets)} sets: {' '.join(args.sets)}")
        for measure in args.measures:
            table = evaluate(measure, folder, gold=folder)
            print(headline(measure, table))
            if args.tables:
                print(table.to_string(index=False, float_format="%.3f"), end="\n\n")
        if args.tables and "sentiment" in args.measures:
            print("sentiment recall by the gold's categories (lost_*: clear misses by the step that lost them)")
            print(sentiment_recall(folder).to_string(index=False, float_format="%.3f"))


if __name__ == "__main__":
    main()
