"""``framing corpus``, ``actors``, ``quotes``, ``hedges`` and ``sentiment``: one table each."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..errors import InputError
from ..output import write_atomic
from .arguments import corpus_args, gazetteer_args, load, load_analyzer, table_args

if TYPE_CHECKING:
    import pandas as pd

FINDINGS = [
    ("actors", "actor mentions: one row per mention"),
    ("quotes", "quotes: one row per quote, with speaker, cue and verb class"),
    ("hedges", "hedges and boosters: one row per cue, by voice"),
    ("sentiment", "evaluations of actors: one row per evaluation, with source and target"),
]


def register(subparsers) -> None:
    """Add ``framing corpus`` and a command for each finding."""
    p = subparsers.add_parser("corpus", help="one line per article: id, outlet, date, event, words, characters removed")
    corpus_args(p)
    table_args(p)
    p.add_argument("--cleaning", action="store_true", help="list what cleaning removed instead")
    p.add_argument("--skipped", action="store_true", help="list the skipped articles instead")
    p.set_defaults(handler=corpus_command)

    handlers = {"actors": actors_command, "quotes": quotes_command, "hedges": hedges_command,
                "sentiment": sentiment_command}
    for name, help_ in FINDINGS:
        p = subparsers.add_parser(name, help=help_)
        corpus_args(p)
        table_args(p)
        gazetteer_args(p)
        if name == "actors":
            p.add_argument("--unknown", action="store_true",
                           help="list the people and organisations found in the text that the gazetteer lacks")
            p.add_argument("--gazetteer-entries", action="store_true",
                           help="print gazetteer entries (TOML) for them, to review and add to your own gazetteer")
            p.add_argument("--min-articles", type=int, default=1, metavar="N",
                           help="with --unknown or --gazetteer-entries: only actors found in N articles or more")
        if name != "actors":
            p.add_argument("--quiet", "-q", action="store_true",
                           help="no progress bar (there is none either when standard error is not a terminal)")
        if name == "hedges":
            p.add_argument("--lexicon", help="a hedge lexicon (TSV) to use instead of the bundled one")
            p.add_argument("--hedge-patterns", help="hedge phrases with gaps (TOML) to use instead of the bundled ones")
            p.add_argument("--rates", action="store_true", help="print hedges and boosters per 1,000 words of each voice")
        p.set_defaults(handler=handlers[name])


def corpus_command(args: argparse.Namespace) -> pd.DataFrame:
    from ..corpus import corpus_summary

    corpus = load(args)
    if args.cleaning:
        return corpus.cleaning.assign(removed=corpus.cleaning["removed"].str.replace("\n", " ⏎ ").str.slice(0, 60))
    if args.skipped:
        return corpus.skipped
    return corpus_summary(corpus)


def _analyzer(args: argparse.Namespace):
    return load_analyzer(gazetteer=args.gazetteer, add_gazetteer=args.add_gazetteer,
                         hedges=getattr(args, "lexicon", None), hedge_patterns=getattr(args, "hedge_patterns", None))


def actors_command(args: argparse.Namespace) -> pd.DataFrame | int:
    from ..actors import find_mentions, load_gazetteer
    from ..corpus import corpus_or_seeds
    from ..discovery import discovered_actors, gazetteer_entries

    corpus = load(args)
    mentions = find_mentions(corpus.articles, load_gazetteer(args.gazetteer, extra=args.add_gazetteer))
    if not (args.unknown or args.gazetteer_entries):
        return mentions
    found = discovered_actors(mentions, min_articles=args.min_articles)
    if args.unknown:
        return found
    text = gazetteer_entries(found, corpus=str(corpus_or_seeds(args.path)))
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, text)
        except OSError as exc:
            raise InputError(args.output, f"cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(text)
    return 0


def _analyse(args: argparse.Namespace, articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The pipeline's tables, with a progress bar on a terminal (:func:`framing.report.analyse`)."""
    from ..report import analyse

    return analyse(articles, _analyzer(args), progress=not args.quiet and sys.stderr.isatty())


def quotes_command(args: argparse.Namespace) -> pd.DataFrame:
    return _analyse(args, load(args).articles)["quotes"]


def hedges_command(args: argparse.Namespace) -> pd.DataFrame:
    from ..hedges import hedge_rates

    corpus = load(args)
    tables = _analyse(args, corpus.articles)
    if args.rates:
        return hedge_rates(tables["hedges"], corpus.articles, tables["quotes"])
    return tables["hedges"]


def sentiment_command(args: argparse.Namespace) -> pd.DataFrame:
    return _analyse(args, load(args).articles)["sentiment"]
