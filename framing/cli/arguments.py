"""Options that several commands share, and reading the corpus a command names."""

from __future__ import annotations

import argparse

from ..output import FORMATS


def corpus_args(p: argparse.ArgumentParser, *, optional: bool = False) -> None:
    """The corpus PATH (optional: the bundled seeds), ``--encoding`` and ``--strict``."""
    if optional:
        p.add_argument("path", nargs="?", default=None, help="corpus folder or table (default: the bundled seeds/)")
    else:
        p.add_argument("path", help="a folder of .txt files (with an optional corpus.csv) or a .csv/.jsonl/.parquet table")
    p.add_argument("--encoding", default="utf-8", help="text encoding of .txt files (default: utf-8)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad article instead of skipping it")
    p.add_argument("--allow-outside", action="store_true",
                   help="let corpus.csv name files outside the corpus folder (by path or through a symbolic link)")


def table_args(p: argparse.ArgumentParser) -> None:
    """``--format`` and ``--output`` of a command that prints a table."""
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: table, or the --output file's suffix: .csv, .parquet)")
    p.add_argument("--output", "-o", help="write the table to this file instead of standard output (-: standard output)")
    p.add_argument("--excel-safe", action="store_true",
                   help="CSV: neutralise cells that start with = + - @ (spreadsheet formulas) with a leading '")


def gazetteer_args(p: argparse.ArgumentParser) -> None:
    """``--gazetteer`` and ``--add-gazetteer``."""
    p.add_argument("--gazetteer", help="an actor gazetteer (TOML) to use instead of the bundled one")
    p.add_argument("--add-gazetteer", metavar="FILE",
                   help="actors (TOML) to add to the gazetteer, e.g. from framing actors --gazetteer-entries")


def load(args: argparse.Namespace):
    """The :class:`framing.corpus.Corpus` of the command's PATH (or the bundled seeds)."""
    from ..corpus import corpus_or_seeds, read_corpus

    return read_corpus(corpus_or_seeds(args.path), strict=args.strict, encoding=args.encoding,
                       allow_outside=getattr(args, "allow_outside", False))


def load_analyzer(**files):
    """The :class:`framing.pipeline.Analyzer` of the lexicon files a command names
    (:meth:`~framing.pipeline.Analyzer.from_files`), its lexicons then left out of the garbage
    collector's passes for the rest of the run (:func:`framing.workers.freeze_loaded`)."""
    from ..pipeline import Analyzer
    from ..workers import freeze_loaded

    analyzer = Analyzer.from_files(**files)
    freeze_loaded()
    return analyzer
