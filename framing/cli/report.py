"""``framing report`` (every table, every figure and index.html) and ``framing figures``."""

from __future__ import annotations

import argparse
import sys

from ..output import write_folder
from .arguments import corpus_args, gazetteer_args, load, load_analyzer

# framing.plot.LABEL_LANGUAGES, written here so that building the parser does not load matplotlib
LABEL_LANGUAGES = ("en", "ar")


def register(subparsers) -> None:
    """Add the ``report`` and ``figures`` subcommands to the ``framing`` command."""
    p = subparsers.add_parser("report", help="analyse a corpus: every table (Parquet, CSV), every figure and an index.html")
    corpus_args(p, optional=True)
    p.add_argument("--out", default="out", help="output folder (default: out/)")
    _common_args(p, LABEL_LANGUAGES)
    p.add_argument("--pdf", action="store_true",
                   help="write each figure as PDF too, for a paper (slower; `framing figures` writes every figure "
                        "as PDF and 300-dpi PNG)")
    p.add_argument("--excel-safe", action="store_true",
                   help="CSV tables: neutralise cells that start with = + - @ (spreadsheet formulas) with a leading '")
    p.set_defaults(handler=report_command)

    p = subparsers.add_parser("figures", help="write every paper figure as PDF and PNG (300 dpi)")
    corpus_args(p, optional=True)
    p.add_argument("--out", default="figures", help="output folder (default: figures/)")
    _common_args(p, LABEL_LANGUAGES)
    p.set_defaults(handler=figures_command)


def _common_args(p: argparse.ArgumentParser, languages) -> None:
    p.add_argument("--labels", choices=languages, default="en", help="actor names in the figures: en (default) or ar")
    gazetteer_args(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="processes drawing the figures (default: one per core, fewer for a few figures; "
                        "1 draws them in this process)")


def _progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def _load(args: argparse.Namespace):
    from ..errors import InputError

    if args.jobs is not None and args.jobs < 1:
        raise InputError(None, f"--jobs must be at least 1, not {args.jobs}")
    if args.jobs != 1:
        from ..drawing import start_drawing_server

        start_drawing_server()  # the figures' workers load matplotlib while the corpus is read and analysed
    from ..compare import whole_corpus_event
    from ..corpus import corpus_or_seeds, event_advice
    from ..errors import warn

    corpus = load(args)
    path = corpus_or_seeds(args.path)
    missing = int(corpus.articles["event"].isna().sum() + (corpus.articles["event"].astype("string").str.strip() == "").sum())
    if missing == len(corpus.articles):
        corpus.articles = whole_corpus_event(corpus.articles, path.name)
        warn(path, "no article has an event: the outlets are compared over the whole corpus, as one event "
                   f"({event_advice(path)} to compare them event by event)")
    elif missing:
        warn(path, f"{missing} article(s) have no event and are left out of the comparisons ({event_advice(path)})")
    analyzer = load_analyzer(gazetteer=args.gazetteer, add_gazetteer=args.add_gazetteer)
    return corpus, analyzer


def figures_command(args: argparse.Namespace) -> int:
    """``framing figures``: every paper figure of the corpus, as PDF and PNG."""
    from ..compare import comparison_tables
    from ..report import analyse, render_figures

    corpus, analyzer = _load(args)
    progress = _progress(args)
    tables = analyse(corpus.articles, analyzer, progress=progress)
    comparison = comparison_tables(tables, corpus.articles, gazetteer=analyzer.gazetteer)
    files = render_figures(comparison, labels=args.labels, gazetteer=analyzer.gazetteer, progress=progress,
                           workers=args.jobs)
    out = write_folder(args.out, files)
    if not args.quiet:
        print(f"wrote {len(files)} figure files to {out}/")
    return 0


def report_command(args: argparse.Namespace) -> int:
    """``framing report``: every table, every figure and index.html."""
    from ..corpus import corpus_or_seeds
    from ..manifest import lexicons_used, options_of, write_run_manifest
    from ..report import build_report

    corpus, analyzer = _load(args)
    files = build_report(corpus, analyzer, labels=args.labels, progress=_progress(args), excel_safe=args.excel_safe,
                         workers=args.jobs, pdf=args.pdf)
    lexicons = lexicons_used(gazetteer=args.gazetteer, add_gazetteer=args.add_gazetteer)
    out = write_folder(args.out, files,  # swapped in whole: an interrupted run leaves the earlier report
                       finish=lambda staging: write_run_manifest(staging, corpus_or_seeds(args.path), options_of(args),
                                                                 lexicons))
    if not args.quiet:
        tables = sum(1 for n in files if n.startswith("tables/"))
        figures = sum(1 for n in files if n.startswith("figures/"))
        print(f"wrote {tables} table files, {figures} figure files, index.html and run.json to {out}/")
    return 0
