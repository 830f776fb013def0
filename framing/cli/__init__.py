"""The ``framing`` command: thin subcommands over the library's functions.

One module per group of commands (``tables``, ``evaluate``, ``report``, ``analyze``,
``classifier``, ``course``), each adding its commands with ``register(subparsers)``; the options
they share are in :mod:`framing.cli.arguments`. The library never imports this package.

Errors go to stderr as one line naming the file (and line) and the problem; the exit codes are
those of :mod:`framing.errors`. An unexpected error is reported in one line too (exit code 1);
set ``FRAMING_DEBUG=1`` to see its traceback. Warnings (a skipped article, an unbalanced quotation mark) go to
stderr as ``warning: ...`` lines.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FramingError, FramingWarning, InputError
from ..output import format_table, table_bytes, write_atomic

if TYPE_CHECKING:  # pandas is imported by the commands, after the fork server has started
    import pandas as pd

# The modules of the command line, one per group of commands, and the commands each adds: each
# has ``register(subparsers)``, which adds its parsers and sets ``handler`` (a function of the
# parsed arguments returning a table or an exit code). A command imports only its own module, so
# that ``framing analyze`` does not load scikit-learn or matplotlib.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "framing.cli.tables": ("corpus", "actors", "quotes", "hedges", "sentiment"),
    "framing.cli.evaluate": ("evaluate",),
    "framing.cli.report": ("figures", "report"),
    "framing.cli.analyze": ("analyze",),
    "framing.cli.classifier": ("train-sentiment", "sentiment-cv"),
    "framing.cli.course": ("init-corpus",),
}


# ---------------------------------------------------------------------------------------------
# Argument parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``framing`` parser; given the ``command`` to run, only the module that adds it is imported.

    >>> build_parser("analyze").parse_args(["analyze", "seeds", "--out", "results"]).out
    'results'
    """
    parser = argparse.ArgumentParser(prog="framing", description="Compare how news outlets frame the same event.")
    parser.add_argument("--version", action="version", version=f"framing {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = [m for m, names in COMMAND_MODULES.items() if command in names]
    if not wanted:  # help, or a misspelt command: list them all
        wanted = list(COMMAND_MODULES)
    for module in wanted:
        importlib.import_module(module).register(sub)
    return parser


def _version() -> str:
    from .. import __version__

    return __version__


# ---------------------------------------------------------------------------------------------
# Running


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["analyze"]:
        from ..workers import start_early

        start_early(argv[1:])  # its imports overlap with this process's
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    with warnings.catch_warnings(), _terminate_as_interrupt():
        warnings.simplefilter("always", FramingWarning)
        warnings.showwarning = _show_warning
        try:
            check_outputs(args)
            result = args.handler(args)
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
        from ..corpus import bundled_seeds

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
    from ..output import check_output_file, check_output_folder

    output, out = getattr(args, "output", None), getattr(args, "out", None)
    if output and output != "-":
        check_output_file(output, run_inputs(args))
    kind = OUT_KINDS.get(args.command)
    if out and kind == "file":
        check_output_file(out, run_inputs(args))
    elif out and kind == "folder":
        check_output_folder(out, run_inputs(args))
    elif out and kind == "tables":
        from ..analyze import output_names

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
        from ..output import excel_safe

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
