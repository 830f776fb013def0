"""``framing init-corpus DIR``: start a corpus folder for the course, or check one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError


def register(subparsers) -> None:
    """Add ``framing init-corpus DIR`` to the command line."""
    p = subparsers.add_parser(
        "init-corpus",
        help="make a corpus folder with a corpus.csv template, or check an existing one (exit 0: ready, 2: not)",
        description="Without a corpus.csv in DIR: create DIR, a corpus.csv template listing its .txt files and "
        "a README.md. With one: check the corpus and print one line for each problem.",
    )
    p.add_argument("path", metavar="DIR", help="the corpus folder")
    p.add_argument("--encoding", default="utf-8", help="text encoding of the .txt files (default: utf-8)")
    p.set_defaults(handler=init_corpus_command)


def init_corpus_command(args: argparse.Namespace) -> int:
    """Create the template (exit 0), or check the folder: 0 when ready, 2 with one line per problem."""
    from ..corpus import MANIFEST_NAME, read_corpus
    from ..course import README_NAME, check_corpus, corpus_overview, init_corpus

    folder = Path(args.path)
    if not folder.exists() and folder.suffix.lower() in {".txt", ".csv", ".jsonl", ".parquet"}:
        raise InputError(folder, "no such folder, and this looks like a file name: give the corpus folder")
    if not (folder / MANIFEST_NAME).exists():
        made = init_corpus(folder)
        listed = sum(1 for _ in folder.glob("*.txt"))
        for path in made:
            print(f"created {path}")
        what = f"fill in outlet, date and event for its {listed} .txt files" if listed else "add your .txt files and list each"
        print(f"next: {what} in {folder / MANIFEST_NAME} (see {folder / README_NAME}), "
              f"then run `framing init-corpus {folder}` again to check it")
        return 0
    problems = check_corpus(folder, encoding=args.encoding)
    if problems.empty:
        print(f"ok: {folder}: " + corpus_overview(read_corpus(folder, strict=True, encoding=args.encoding).articles))
        return 0
    for where, problem in problems.itertuples(index=False):
        print(f"error: {where}: {problem}" if where else f"error: {problem}", file=sys.stderr)
    return InputError.exit_code
