"""``framing statements``: the quotes of each event grouped by the statement they report."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .arguments import corpus_args, gazetteer_args, load, load_analyzer, table_args

if TYPE_CHECKING:
    import pandas as pd


def register(subparsers) -> None:
    """Add ``framing statements``."""
    p = subparsers.add_parser(
        "statements",
        help="quotes grouped by the statement they report: one row per quote, with event, outlet, "
             "statement_id, reference and rendering")
    corpus_args(p)
    table_args(p)
    gazetteer_args(p)
    p.add_argument("--by-statement", action="store_true",
                   help="one row per statement instead: who carried it, how, and which outlets did not")
    p.set_defaults(handler=statements_command)


def statements_command(args: argparse.Namespace) -> pd.DataFrame:
    from ..statements import align_statements, statement_table

    articles = load(args).articles
    analyzer = load_analyzer(gazetteer=args.gazetteer, add_gazetteer=args.add_gazetteer)
    tables = analyzer.analyze(articles)
    aligned = align_statements(tables["quotes"], articles, hedges=tables["hedges"], mentions=tables["mentions"],
                               gazetteer=analyzer.gazetteer)
    return statement_table(aligned, articles) if args.by_statement else aligned
