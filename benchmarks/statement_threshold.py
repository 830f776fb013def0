"""How the clustering parameters of framing.statements were chosen: cross-outlet link precision,
recall and F1 on an annotated folder for each distance threshold, loose-speaker penalty and
weight of n-gram containment.

    python benchmarks/statement_threshold.py [FOLDER]   # default: tests/fixtures/statements

The folder holds the articles, ``corpus.csv``, ``quotes.tsv`` and ``statements.tsv``. The
pipeline runs once; only the grouping is repeated.
"""

from __future__ import annotations

import sys
from pathlib import Path

from framing.corpus import read_corpus
from framing.evaluate import statement_scores
from framing.pipeline import Analyzer

THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
PENALTIES = (0.0, 0.1, 0.2)
CONTAINMENTS = (0.0, 0.7, 0.8, 0.9)


def main(folder: str = "tests/fixtures/statements") -> None:
    corpus = read_corpus(Path(folder))
    tables = Analyzer().analyze(corpus.articles)
    print("containment  loose_penalty  threshold  precision  recall  f1")
    for containment in CONTAINMENTS:
        for penalty in PENALTIES:
            for threshold in THRESHOLDS:
                scores = statement_scores(corpus, folder, tables=tables, threshold=threshold, loose_penalty=penalty,
                                          containment=containment)
                s = scores.set_index("metric")["statements"]
                print(f"{containment:11.2f}  {penalty:13.2f}  {threshold:9.2f}  {s['precision']:9.3f}  "
                      f"{s['recall']:6.3f}  {s['f1']:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
