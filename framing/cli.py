"""The ``framing`` command: thin subcommands over the library's functions.

Errors go to stderr as one line naming the file (and line) and the problem; the exit codes are
those of :mod:`framing.errors`. An unexpected error is reported in one line too (exit code 1);
set ``FRAMING_DEBUG=1`` to see its traceback. Warnings (a skipped article, an unbalanced quotation mark) go to
stderr as ``warning: ...`` lines.
"""

from __future__ import annotations

import argparse
import importlib
import contextlib
import os
import signal
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FramingError, FramingWarning, InputError
from .output import FORMATS, format_table, table_bytes, write_atomic

if TYPE_CHECKING:  # pandas is imported by the commands, after the fork server has started
    import pandas as pd

# Modules that add their own subcommands, and the subcommands each adds: each has
# ``register(subparsers)``, which adds a parser and sets ``handler`` (a function of the parsed
# arguments returning a table or an exit code). A command imports only its own module, so that
# ``framing analyze`` does not load scikit-learn or matplotlib.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "framing.report": ("figures", "report"),
    "framing.analyze": ("analyze",),
    "framing.classifier": ("train-sentiment", "sentiment-cv"),
    "framing.course": ("init-corpus",),
}

COMMANDS: dict[str, Callable[[argparse.Namespace], pd.DataFrame | int | None]] = {}


def command(name: str):
    """Register a subcommand's handler."""

    def register(func):
        COMMANDS[name] = func
        return func

    return register


# ---------------------------------------------------------------------------------------------
# Argument parser


def _corpus_args(p: argparse.ArgumentParser, *, optional: bool = False) -> None:
    if optional:
        p.add_argument("path", nargs="?", default=None, help="corpus folder or table (default: the bundled seeds/)")
    else:
        p.add_argument("path", help="a folder of .txt files (with an optional corpus.csv) or a .csv/.jsonl/.parquet table")
    p.add_argument("--encoding", default="utf-8", help="text encoding of .txt files (default: utf-8)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad article instead of skipping it")
    p.add_argument("--allow-outside", action="store_true",
                   help="let corpus.csv name files outside the corpus folder (by path or through a symbolic link)")


def _table_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: table, or the --output file's suffix: .csv, .parquet)")
    p.add_argument("--output", "-o", help="write the table to this file instead of standard output (-: standard output)")
    p.add_argument("--excel-safe", action="store_true",
                   help="CSV: neutralise cells that start with = + - @ (spreadsheet formulas) with a leading '")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``framing`` parser; given the ``command`` to run, only the module that adds it is imported.

    >>> build_parser("analyze").parse_args(["analyze", "seeds", "--out", "results"]).out
    'results'
    """
    parser = argparse.ArgumentParser(prog="framing", description="Compare how news outlets frame the same event.")
    parser.add_argument("--version", action="version", version=f"framing {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("corpus", help="one line per article: id, outlet, date, event, words, characters removed")
    _corpus_args(p)
    _table_args(p)
    p.add_argument("--cleaning", action="store_true", help="list what cleaning removed instead")
    p.add_argument("--skipped", action="store_true", help="list the skipped articles instead")

    for name, help_ in [
        ("actors", "actor mentions: one row per mention"),
        ("quotes", "quotes: one row per quote, with speaker, cue and verb class"),
        ("hedges", "hedges and boosters: one row per cue, by voice"),
        ("sentiment", "evaluations of actors: one row per evaluation, with source and target"),
    ]:
        p = sub.add_parser(name, help=help_)
        _corpus_args(p)
        _table_args(p)
        p.add_argument("--gazetteer", help="an actor gazetteer (TOML) to use instead of the bundled one")
        p.add_argument("--add-gazetteer", metavar="FILE",
                       help="actors (TOML) to add to the gazetteer, e.g. from framing actors --gazetteer-entries")
        if name == "actors":
            p.add_argument("--unknown", action="store_true",
                           help="list the people and organisations found in the text that the gazetteer lacks")
            p.add_argument("--gazetteer-entries", action="store_true",
                           help="print gazetteer entries (TOML) for them, to review and add to your own gazetteer")
            p.add_argument("--min-articles", type=int, default=1, metavar="N",
                           help="with --unknown or --gazetteer-entries: only actors found in N articles or more")
        if name == "hedges":
            p.add_argument("--lexicon", help="a hedge lexicon (TSV) to use instead of the bundled one")
            p.add_argument("--rates", action="store_true", help="print hedges and boosters per 1,000 words of each voice")

    p = sub.add_parser("evaluate", help="score the toolkit against gold annotations (default: the bundled seed annotations)")
    p.add_argument("measure", choices=["actors", "quotes", "hedges", "sentiment", "all"])
    p.add_argument("path", nargs="?", default=None, help="the annotated corpus (default: the bundled seeds/)")
    p.add_argument("--gold", help="gold annotation TSV, or a folder holding MEASURE.tsv (default: the bundled one)")
    p.add_argument("--errors", action="store_true", help="also list the misses and false alarms")
    p.add_argument("--by-event", action="store_true", help="one column of scores per event of the corpus")

    wanted = [m for m, names in COMMAND_MODULES.items() if command in names]
    if not wanted and command not in sub.choices:  # help, or a misspelt command: list them all
        wanted = list(COMMAND_MODULES)
    for module in wanted:
        importlib.import_module(module).register(sub)
    return parser


def _version() -> str:
    from . import __version__

    return __version__


# ---------------------------------------------------------------------------------------------
# Running


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["analyze"]:
        from .workers import start_early

        start_early(argv[1:])  # its imports overlap with this process's
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    with warnings.catch_warnings(), _terminate_as_interrupt():
        warnings.simplefilter("always", FramingWarning)
        warnings.showwarning = _show_warning
        try:
            check_outputs(args)
            handler = getattr(args, "handler", None) or COMMANDS[args.command]
            result = handler(args)
            import pandas as pd  # loaded by now: the commands that return a table use it

            if isinstance(result, pd.DataFrame):
                emit_table(result, args)
                return 0
            return int(result or 0)
        except FramingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return exc.exit_code
        except Terminated:
            print("error: terminated; earlier outputs are left as they were", file=sys.stderr)
            return 143
        except KeyboardInterrupt:
            print("error: interrupted; earlier outputs are left as they were", file=sys.stderr)
            return 130
        except BrokenPipeError:
            return 0
        except Exception as exc:
            if os.environ.get("FRAMING_DEBUG"):
                raise
            print(f"error: internal error ({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
            return 1


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every ``finally`` removes temporary files and stops workers."""


@contextlib.contextmanager
def _terminate_as_interrupt():
    """While a command runs, SIGTERM raises :class:`Terminated` (in the main thread only)."""
    def raise_terminated(signum, frame):
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, raise_terminated)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# Where each command writes with --out: a folder replaced as a whole, a folder of named tables, or a file.
OUT_KINDS = {"report": "folder", "figures": "folder", "analyze": "tables", "train-sentiment": "file"}


def run_inputs(args: argparse.Namespace) -> tuple[Path, ...]:
    """Every file or folder a command reads: each option naming an existing path (the corpus, the
    data files), and the files of a corpus folder."""
    found: list[Path] = []
    values = [v for k, v in sorted(vars(args).items()) if k not in ("out", "output") and isinstance(v, str)]
    if getattr(args, "path", "") is None and args.command in ("report", "figures", "evaluate"):
        from .corpus import bundled_seeds

        with contextlib.suppress(FramingError):
            values.append(str(bundled_seeds()))
    for value in values:
        path = Path(value)
        if not value or not path.exists():
            continue
        found.append(path)
        if path.is_dir():
            found.extend(p for p in sorted(path.iterdir()) if p.is_file())
    return tuple(found)


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse, before any work, outputs that would replace an input, a link, a device or a
    system folder (:func:`framing.output.check_output_file`, :func:`~framing.output.check_output_folder`)."""
    from .output import check_output_file, check_output_folder

    output, out = getattr(args, "output", None), getattr(args, "out", None)
    if output and output != "-":
        check_output_file(output, run_inputs(args))
    kind = OUT_KINDS.get(args.command)
    if out and kind == "file":
        check_output_file(out, run_inputs(args))
    elif out and kind == "folder":
        check_output_folder(out, run_inputs(args))
    elif out and kind == "tables":
        from .analyze import output_names

        check_output_folder(out, run_inputs(args), names=output_names())


def _show_warning(message, category, filename, lineno, file=None, line=None):
    if issubclass(category, FramingWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:  # a library's own warning: one line, no source listing
        print(f"warning: {category.__name__}: {message}", file=sys.stderr)


def emit_table(frame: pd.DataFrame, args: argparse.Namespace) -> None:
    """Print a table, or write it to ``--output`` atomically."""
    output = getattr(args, "output", None)
    fmt = getattr(args, "format", None) or {".csv": "csv", ".parquet": "parquet"}.get(
        Path(output).suffix.lower() if output else "", "table")
    if fmt == "csv" and getattr(args, "excel_safe", False):
        from .output import excel_safe

        frame = excel_safe(frame)
    if output == "-":
        if fmt == "parquet":
            sys.stdout.flush()
            sys.stdout.buffer.write(table_bytes(frame, fmt))
        else:
            sys.stdout.write(format_table(frame, fmt))
    elif output:
        try:
            write_atomic(output, table_bytes(frame, fmt))
        except OSError as exc:
            raise InputError(exc.filename or output, f"cannot write ({exc.strerror or exc})") from None
    elif fmt == "parquet":
        raise InputError(None, "--format parquet writes a binary file: give --output FILE (or - for standard output)")
    else:
        sys.stdout.write(format_table(frame, fmt))


def corpus_path(args: argparse.Namespace) -> Path:
    """The corpus a command reads: its PATH, or the bundled seeds."""
    from .corpus import bundled_seeds

    if args.path:
        return Path(args.path)
    return bundled_seeds()


def load(args: argparse.Namespace):
    from .corpus import read_corpus

    return read_corpus(corpus_path(args), strict=args.strict, encoding=args.encoding,
                       allow_outside=getattr(args, "allow_outside", False))


# ---------------------------------------------------------------------------------------------
# Commands


@command("corpus")
def corpus_command(args: argparse.Namespace) -> pd.DataFrame:
    from .corpus import corpus_summary

    corpus = load(args)
    if args.cleaning:
        return corpus.cleaning.assign(removed=corpus.cleaning["removed"].str.replace("\n", " ⏎ ").str.slice(0, 60))
    if args.skipped:
        return corpus.skipped
    return corpus_summary(corpus)


def _analyzer(args: argparse.Namespace):
    from .pipeline import Analyzer

    return Analyzer.from_files(gazetteer=getattr(args, "gazetteer", None), add_gazetteer=getattr(args, "add_gazetteer", None),
                               hedges=getattr(args, "lexicon", None))


@command("actors")
def actors_command(args: argparse.Namespace) -> pd.DataFrame:
    from .actors import find_mentions, load_gazetteer
    from .discovery import discovered_actors, gazetteer_entries

    corpus = load(args)
    mentions = find_mentions(corpus.articles, load_gazetteer(args.gazetteer, extra=args.add_gazetteer))
    if not (args.unknown or args.gazetteer_entries):
        return mentions
    found = discovered_actors(mentions, min_articles=args.min_articles)
    if args.unknown:
        return found
    text = gazetteer_entries(found, corpus=str(corpus_path(args)))
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, text)
        except OSError as exc:
            raise InputError(args.output, f"cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(text)
    return 0


@command("quotes")
def quotes_command(args: argparse.Namespace) -> pd.DataFrame:
    return _analyzer(args).analyze(load(args).articles)["quotes"]


@command("hedges")
def hedges_command(args: argparse.Namespace) -> pd.DataFrame:
    from .hedges import hedge_rates

    corpus = load(args)
    tables = _analyzer(args).analyze(corpus.articles)
    if args.rates:
        return hedge_rates(tables["hedges"], corpus.articles, tables["quotes"])
    return tables["hedges"]


@command("sentiment")
def sentiment_command(args: argparse.Namespace) -> pd.DataFrame:
    return _analyzer(args).analyze(load(args).articles)["sentiment"]


@command("evaluate")
def evaluate_command(args: argparse.Namespace) -> int:
    from .evaluate import MEASURES, evaluate

    measures = MEASURES if args.measure == "all" else (args.measure,)
    for measure in measures:
        table = evaluate(measure, args.path, gold=args.gold, errors=args.errors, by_event=args.by_event)
        print(f"== {measure} ==")
        sys.stdout.write(format_table(table, "table"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
