"""Run every ``framing`` command that reads a corpus over every case of the bad-input catalogue
(``tests/bad_inputs.py``) and print one row per run: case, command, mode (lenient or ``--strict``),
exit code, the first line of stderr, and whether the run did what the catalogue expects.

Checked for every run: the documented exit code, one-line ``warning:``/``error:`` messages naming
the file (and line), no traceback anywhere, and the inputs byte for byte unchanged. The script
exits with 1 if any run falls short. Run from the repository root::

    python benchmarks/bad_input_report.py              # every case, the 50 MB article included
    python benchmarks/bad_input_report.py --no-huge    # without the 50 MB article
    python benchmarks/bad_input_report.py --cases empty-file binary --markdown
    python benchmarks/bad_input_report.py --no-huge --by-case   # one row per case
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))

import bad_inputs  # noqa: E402  (tests/bad_inputs.py: the catalogue)

MAX_MESSAGE = 110


def short(line: str, root: Path) -> str:
    """A stderr line with the catalogue's temporary folder left out, cut to MAX_MESSAGE characters."""
    line = line.replace(str(root) + "/", "")
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def first_message(err: str) -> str:
    """The error line of a run, else its first warning about the case (not a benign notice), else ''."""
    lines = bad_inputs.stderr_lines(err)
    errors = [line for line in lines if line.startswith("error: ")]
    notes = [line for line in lines if not any(b in line for b in bad_inputs.BENIGN_WARNINGS)]
    return (errors or notes or lines or [""])[0]


def run_catalogue(root: Path, names: list[str] | None, huge: bool) -> list[dict]:
    """Every (case, command, mode) run: its exit code, first stderr line and problems."""
    fixtures = bad_inputs.generate(root / "cases", names=names, huge=huge)
    rows = []
    commands = bad_inputs.corpus_commands()
    for name, fixture in fixtures.items():
        for command, options in commands.items():
            if not bad_inputs.applies(fixture.case, options):
                continue
            for strict in (False, True):
                out = root / "out" / name / ("strict" if strict else "lenient")
                argv = bad_inputs.command_argv(command, options, fixture, strict=strict, out=out)
                before = bad_inputs.folder_hash(fixture.inputs)
                started = time.perf_counter()
                code, stdout, err = bad_inputs.run_main(argv)
                seconds = time.perf_counter() - started
                found = bad_inputs.problems(fixture, command, code, err, strict=strict)
                if bad_inputs.folder_hash(fixture.inputs) != before:
                    found.append("the inputs were modified")
                if "Traceback" in stdout:
                    found.append("a traceback on stdout")
                message = first_message(err)
                rows.append({"case": name, "command": command, "mode": "strict" if strict else "lenient",
                             "exit": code, "stderr": short(message, root),
                             "benign": any(b in message for b in bad_inputs.BENIGN_WARNINGS),
                             "check": "; ".join(found) or "ok", "seconds": seconds,
                             "traceback": "Traceback" in err or "Traceback" in stdout})
    return rows


def by_case(rows: list[dict]) -> list[dict]:
    """One row per case: its commands, exit codes (lenient, strict), first message and check."""
    out = []
    for case in dict.fromkeys(r["case"] for r in rows):
        runs = [r for r in rows if r["case"] == case]
        codes = {mode: sorted({r["exit"] for r in runs if r["mode"] == mode}) for mode in ("lenient", "strict")}
        message = next((r["stderr"] for r in runs if r["stderr"] and not r["benign"]), "")
        failed = [f"{r['command']}/{r['mode']}: {r['check']}" for r in runs if r["check"] != "ok"]
        commands = len(runs) // 2
        out.append({"case": case, "command": f"{commands} command" + ("s" if commands > 1 else ""),
                    "mode": "lenient/strict", "exit": "/".join(",".join(map(str, codes[m])) for m in codes),
                    "stderr": message, "check": "; ".join(failed) or "ok"})
    return out


def print_table(rows: list[dict], markdown: bool) -> None:
    columns = ["case", "command", "mode", "exit", "stderr", "check"]
    if markdown:
        print("| " + " | ".join(columns) + " |")
        print("|" + "---|" * len(columns))
        for row in rows:
            cells = [str(row[c]).replace("|", "\\|") for c in columns]
            cells[4] = f"`{cells[4]}`" if cells[4] else ""
            print("| " + " | ".join(cells) + " |")
        return
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="+", choices=bad_inputs.CASE_NAMES, help="only these cases")
    parser.add_argument("--no-huge", action="store_true", help="leave out the 50 MB article")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--by-case", action="store_true",
                        help="one row per case (exit codes lenient/strict over every command) instead of one per run")
    parser.add_argument("--keep", metavar="DIR", help="build the cases and outputs in DIR and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="framing-bad-inputs-") as tmp:
        root = Path(args.keep or tmp).resolve()
        started = time.perf_counter()
        rows = run_catalogue(root, args.cases, huge=not args.no_huge)
        elapsed = time.perf_counter() - started
    print_table(by_case(rows) if args.by_case else rows, args.markdown)
    failed = [r for r in rows if r["check"] != "ok"]
    cases = len({r["case"] for r in rows})
    commands = sorted({r["command"] for r in rows})
    print(f"\n{len(rows)} runs: {cases} cases x {len(commands)} commands ({', '.join(commands)}), lenient and "
          f"--strict; {len(failed)} not as expected; {sum(r['traceback'] for r in rows)} tracebacks; "
          f"{elapsed:.0f} s")
    slowest = max(rows, key=lambda r: r["seconds"])
    print(f"slowest run: {slowest['case']} / {slowest['command']} / {slowest['mode']}: {slowest['seconds']:.1f} s")
    assert not any(r["traceback"] for r in rows), "a traceback was printed"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
