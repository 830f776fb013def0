"""Cross-validated sentiment on every annotated set: the trainable classifier beside the lexicon
alone and the full rules, folds grouped by article (no article in both parts of a fold).

    python benchmarks/sentiment_cv.py            # all sets, 5 folds
    python benchmarks/sentiment_cv.py --splits 10

Pairs are (sentence, actor) from the span-level gold (framing.classifier.pairs_from_gold): the gold
polarity for each evaluated actor, neutral for every other actor the sentence mentions.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from framing.classifier import cross_validate_sentiment, pairs_from_gold, rules_pair_polarity
from framing.corpus import bundled_seeds, read_corpus
from framing.lexicon import read_tsv

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (None, "gold/sentiment.tsv"),
    "heldout": (ROOT / "tests/fixtures/heldout", None),
    "heldout2": (ROOT / "tests/fixtures/heldout2", None),
    "events": (ROOT / "tests/fixtures/events", None),
    "events2": (ROOT / "tests/fixtures/events2", None),
    "events3": (ROOT / "tests/fixtures/events3", None),
    **{name: (ROOT / "tests/fixtures" / name, None) for name in ("events4", "events5", "events6", "events7", "events8", "events9", "events10", "events11", "events12", "events13", "events14", "events15", "events16", "events17", "events18", "events19", "events20", "events21", "events22")},
}


def annotated_pairs() -> pd.DataFrame:
    """The pairs of every annotated set, with the rules' verdict and the set's name."""
    out = []
    for name, (folder, gold) in SETS.items():
        corpus = read_corpus(folder or bundled_seeds())
        table = read_tsv(gold or folder / "sentiment.tsv", required=["article_id", "start", "end"])
        table[["start", "end"]] = table[["start", "end"]].astype(int)
        pairs = pairs_from_gold(corpus.articles, table)
        pairs["rules"] = rules_pair_polarity(pairs, corpus.articles)
        pairs["set"] = name
        out.append(pairs)
    return pd.concat(out, ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", type=int, default=5)
    args = parser.parse_args()
    pairs = annotated_pairs()
    print(pairs.groupby(["set", "polarity"]).size().unstack(fill_value=0).to_string(), "\n")
    print(cross_validate_sentiment(pairs, n_splits=args.splits, group="article_id").to_string(index=False))


if __name__ == "__main__":
    main()
