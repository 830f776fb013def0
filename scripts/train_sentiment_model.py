"""Train the target-dependent sentiment classifier on every development set's span-level gold and
save it as JSON (:meth:`framing.classifier.TargetSentimentClassifier.save`).

    python scripts/train_sentiment_model.py --out model.json
    python benchmarks/heldout_pool.py --measures sentiment --sentiment-model model.json

The pairs are :func:`framing.classifier.pairs_from_gold` of the development sets that
``benchmarks/sentiment_transfer.py`` leaves out one at a time (its ``DEVELOPMENT``), in that order;
never of a held-out set. The logistic regression has ``random_state=0`` and the JSON has sorted
keys, so the same data and code write the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from sentiment_transfer import DEVELOPMENT, load_set  # noqa: E402

from framing.classifier import TargetSentimentClassifier  # noqa: E402


def training_pairs(sets=DEVELOPMENT) -> pd.DataFrame:
    """The (sentence, actor) pairs of the development sets, in their order."""
    return pd.concat([load_set(name)[2] for name in sets], ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, metavar="FILE", help="where to write the model (JSON)")
    args = parser.parse_args()
    pairs = training_pairs()
    with threadpool_limits(limits=1):
        model = TargetSentimentClassifier().fit(pairs, pairs["polarity"])
    model.save(args.out)
    counts = pairs["polarity"].value_counts().to_dict()
    print(f"{args.out}: {len(pairs)} pairs from {len(DEVELOPMENT)} development sets {counts}")


if __name__ == "__main__":
    main()
