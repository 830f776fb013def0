"""``framing evaluate``: the toolkit's scores against gold annotations."""

from __future__ import annotations

import argparse
import sys

from ..output import format_table
from .arguments import table_args


def register(subparsers) -> None:
    """Add ``framing evaluate``."""
    p = subparsers.add_parser("evaluate", help="score the toolkit against gold annotations (default: the bundled seed annotations)")
    p.add_argument("measure", choices=["actors", "quotes", "hedges", "sentiment", "statements", "all"],
                   help="statements needs --gold FOLDER holding quotes.tsv and statements.tsv")
    p.add_argument("path", nargs="?", default=None, help="the annotated corpus (default: the bundled seeds/)")
    p.add_argument("--gold", help="gold annotation TSV, or a folder holding MEASURE.tsv (default: the bundled one)")
    p.add_argument("--errors", action="store_true", help="also list the misses and false alarms")
    p.add_argument("--by-event", action="store_true", help="one column of scores per event of the corpus")
    table_args(p)
    p.set_defaults(handler=evaluate_command)


def evaluate_command(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..evaluate import MEASURES, evaluate

    measures = MEASURES if args.measure == "all" else (args.measure,)
    tables = {m: evaluate(m, args.path, gold=args.gold, errors=args.errors, by_event=args.by_event) for m in measures}
    if args.format in (None, "table") and not args.output:  # one titled table per measure
        for measure, table in tables.items():
            print(f"== {measure} ==")
            sys.stdout.write(format_table(table, "table"))
        return 0
    # one table, a row per measure and metric (or error), for --format csv/parquet and --output
    return pd.concat([t.assign(measure=m)[["measure", *t.columns]] for m, t in tables.items()], ignore_index=True)
