"""``framing train-sentiment`` and ``framing sentiment-cv``: the target-dependent sentiment classifier."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .arguments import table_args

if TYPE_CHECKING:
    import pandas as pd


def register(subparsers) -> None:
    """Add ``framing train-sentiment`` and ``framing sentiment-cv``."""
    p = subparsers.add_parser("train-sentiment", help="train the target-dependent sentiment classifier on annotated pairs")
    p.add_argument("annotations", help="a TSV with columns sentence, target, polarity (and optionally article_id, date)")
    p.add_argument("--out", required=True, help="the model file to write (JSON)")
    p.add_argument("--C", type=float, default=10.0, help="inverse regularisation strength (default: 10)")
    table_args(p)  # the summary table it prints
    p.set_defaults(handler=_train_command)

    p = subparsers.add_parser("sentiment-cv", help="cross-validated macro-F1 of the classifier and of the lexicon alone")
    p.add_argument("annotations", nargs="?", default=None, help="annotated pairs (default: the bundled gold pairs)")
    p.add_argument("--splits", type=int, default=5, help="number of folds (default: 5)")
    p.add_argument("--seed", type=int, default=0, help="seed of the fold shuffle (default: 0)")
    table_args(p)
    p.set_defaults(handler=_cv_command)


def _train_command(args: argparse.Namespace) -> pd.DataFrame:
    import pandas as pd

    from ..classifier import LABELS, read_pairs, train_sentiment

    pairs = read_pairs(args.annotations)
    _check_trainable(pairs, args.annotations, 2)
    model = train_sentiment(pairs, C=args.C)
    model.save(args.out)
    counts = pairs["polarity"].value_counts()
    return pd.DataFrame([{"model": str(args.out), "pairs": len(pairs),
                          **{label: int(counts.get(label, 0)) for label in LABELS},
                          "sha256": hashlib.sha256(Path(args.out).read_bytes()).hexdigest()[:16]}])


def _cv_command(args: argparse.Namespace) -> pd.DataFrame:
    from ..classifier import cross_validate_sentiment, read_pairs

    pairs = read_pairs(args.annotations)
    if args.splits < 2:
        raise InputError(None, f"--splits must be at least 2, not {args.splits}")
    _check_trainable(pairs, args.annotations, args.splits)
    return cross_validate_sentiment(pairs, n_splits=args.splits, seed=args.seed)


def _check_trainable(pairs: pd.DataFrame, path, splits: int) -> None:
    counts = pairs["polarity"].value_counts()
    if len(counts) < 2:
        raise InputError(path, "needs at least two polarities to learn from")
    if pairs["sentence"].nunique() < splits:
        raise InputError(path, f"needs at least {splits} distinct sentences")
