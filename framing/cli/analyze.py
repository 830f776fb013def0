"""``framing analyze``: a corpus of any size into Parquet tables (:func:`framing.analyze.analyze_corpus`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import InputError
from .arguments import corpus_args, gazetteer_args, load_analyzer, table_args

if TYPE_CHECKING:
    import pandas as pd


def register(subparsers) -> None:
    """Add ``framing analyze`` to the command line."""
    p = subparsers.add_parser(
        "analyze", help="analyse a corpus of any size into Parquet tables: articles, mentions, quotes, hedges, "
                        "sentiment, skipped")
    corpus_args(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the tables (created if missing)")
    p.add_argument("--csv", action="store_true", help="also write each table as CSV")
    p.add_argument("--chunk-size", type=int, default=None, metavar="N",
                   help="articles read and written at a time (default: framing.corpus.DEFAULT_CHUNK_SIZE, 200)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: 1; with --dask local, one per core)")
    p.add_argument("--dask", metavar="local|tcp://HOST:PORT",
                   help="run on Dask: a local cluster, or the scheduler at this address (needs framing[scale])")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    gazetteer_args(p)
    p.add_argument("--cues", help="a reporting-cue lexicon (TSV) to use instead of the bundled one")
    p.add_argument("--hedges", help="a hedge lexicon (TSV) to use instead of the bundled one")
    p.add_argument("--hedge-patterns", help="hedge phrases with gaps (TOML) to use instead of the bundled ones")
    p.add_argument("--sentiment", help="a sentiment lexicon (TSV) to use instead of the bundled one")
    table_args(p)  # the summary table it prints
    p.set_defaults(handler=analyze_command)


def analyze_command(args: argparse.Namespace) -> pd.DataFrame:
    """``framing analyze``: the tables of :func:`analyze_corpus`, then ``run.json`` beside them."""
    from ..analyze import analyze_corpus
    from ..corpus import DEFAULT_CHUNK_SIZE
    from ..manifest import lexicons_used, options_of, write_run_manifest

    lexicons = {"gazetteer": args.gazetteer, "add_gazetteer": args.add_gazetteer, "cues": args.cues,
                "hedges": args.hedges, "hedge_patterns": args.hedge_patterns, "sentiment": args.sentiment}
    analyzer = load_analyzer(**lexicons)
    if args.chunk_size is None:
        args.chunk_size = DEFAULT_CHUNK_SIZE  # recorded in run.json as given
    summary = analyze_corpus(args.path, args.out, analyzer=analyzer, chunk_size=args.chunk_size, jobs=args.jobs,
                             dask=args.dask, csv=args.csv, strict=args.strict, encoding=args.encoding,
                             progress=False if args.quiet else None, allow_outside=args.allow_outside)
    try:
        write_run_manifest(args.out, args.path, options_of(args), lexicons_used(**lexicons))
    except OSError as exc:
        raise InputError(exc.filename or f"{args.out}/run.json", f"cannot write ({exc.strerror or exc})") from None
    return summary
