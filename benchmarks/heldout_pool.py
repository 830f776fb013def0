"""Scores of the held-out sets pooled into one corpus, with intervals from resampling articles.

    python benchmarks/heldout_pool.py                    # the held-out sets the README lists
    python benchmarks/heldout_pool.py events5 events7    # any fixture sets
    python benchmarks/heldout_pool.py --tables           # and each measure's scores per form and kind

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

from framing.evaluate import evaluate

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
HELD_OUT = ("events5", "events7", "events8", "events9", "events11", "events12", "events13", "events15", "events17", "events18", "events20", "events22", "events24", "events26", "events28")
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for table in TABLES:
            (folder / table).touch()
        n = pool(args.sets, folder)
        print(f"{n} articles from {len(args.sets)} sets: {' '.join(args.sets)}")
        for measure in HEADLINES:
            table = evaluate(measure, folder, gold=folder)
            print(headline(measure, table))
            if args.tables:
                print(table.to_string(index=False, float_format="%.3f"), end="\n\n")


if __name__ == "__main__":
    main()
