"""Time of ``framing report`` against the bare analysis of the same corpus, and of ``--help``.

Side by side, in one run, alternating the two (so that the machine's slow moments fall on both):

* the bare analysis: a fresh Python process running
  ``Analyzer().analyze(read_corpus(PATH).articles)``;
* the report: a fresh ``framing report PATH --out TMP --quiet`` (tables, figures, index.html).

Both include starting Python and importing what they need, as a user meets them. It prints
every wall time, the median of each side and their ratio (the target is at most 2), and the same
for CPU time, which a busy machine changes less (the report then draws in one process), on the
bundled seeds and on a synthetic corpus of ``--events`` events and ``--outlets`` outlets
(each event covered by ``--per-event`` of the outlets, one article each, made of the seeds'
sentences as in ``throughput.py``); then the wall time of ``framing --help`` and
``framing report --help`` (the target is under half a second). Run from the repository root::

    python benchmarks/report_time.py                      # seeds, 10 events x 40 outlets, --help
    python benchmarks/report_time.py --repeat 5 --only seeds
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
FRAMING = shutil.which("framing", path=str(Path(sys.executable).parent)) or shutil.which("framing") or "framing"
ANALYSIS = ("import sys\nfrom framing.corpus import read_corpus\nfrom framing.pipeline import Analyzer\n"
            "Analyzer().analyze(read_corpus(sys.argv[1]).articles)\n")


def synthetic_corpus(path: Path, *, events: int, outlets: int, per_event: int, seed: int = 0) -> Path:
    """A JSONL corpus of ``events`` events, each covered by ``per_event`` of ``outlets`` outlets
    (taken in turn, so that every outlet writes), one seed-sized synthetic article each."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from throughput import synthetic_articles

    articles = synthetic_articles(events * per_event, seed=seed)
    with open(path, "w", encoding="utf-8") as handle:
        for e in range(events):
            for k in range(per_event):
                article = next(articles)
                outlet = (e * per_event + k) % outlets
                article.update(outlet=f"Outlet {outlet:02d}", event=f"event-{e:02d}", date=f"2026-01-{e + 1:02d}")
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def wall(command: list[str]) -> float:
    """Wall seconds of a command, which must succeed."""
    return timed(command)[0]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system, of the command and the children it waited
    for) of a command, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit code {result.returncode}\n{result.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def side_by_side(corpus: Path, repeat: int, scratch: Path) -> dict[str, list[float]]:
    """Times of the bare analysis and of the report of ``corpus``, alternating: the wall times of
    both, and the CPU times of the analysis and of the report drawn in one process (``--jobs 1``:
    the CPU of drawing workers is not counted by the operating system for their grandparent)."""
    times: dict[str, list[float]] = {"analysis": [], "report": [], "analysis_cpu": [], "report_cpu": []}
    for i in range(repeat):
        elapsed, cpu = timed([sys.executable, "-c", ANALYSIS, str(corpus)])
        times["analysis"].append(elapsed)
        times["analysis_cpu"].append(cpu)
        times["report"].append(wall([FRAMING, "report", str(corpus), "--out", str(scratch / f"report-{i}"), "--quiet"]))
        times["report_cpu"].append(timed([FRAMING, "report", str(corpus), "--out", str(scratch / f"one-{i}"), "--quiet",
                                          "--jobs", "1"])[1])
        print(f"  run {i + 1}: wall: analysis {times['analysis'][-1]:6.2f} s  report {times['report'][-1]:6.2f} s;  "
              f"CPU: analysis {times['analysis_cpu'][-1]:6.2f} s  report (--jobs 1) {times['report_cpu'][-1]:6.2f} s",
              flush=True)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (default: 3)")
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--outlets", type=int, default=40)
    parser.add_argument("--per-event", type=int, default=8, help="outlets covering each event (default: 8)")
    parser.add_argument("--only", choices=("seeds", "synthetic", "help"), nargs="*", help="parts to run (default: all)")
    args = parser.parse_args(argv)
    parts = args.only or ["seeds", "synthetic", "help"]
    failed = False
    with tempfile.TemporaryDirectory(prefix="framing-report-time-") as tmp:
        scratch = Path(tmp)
        corpora = []
        if "seeds" in parts:
            corpora.append(("seeds", REPO_ROOT / "seeds"))
        if "synthetic" in parts:
            path = synthetic_corpus(scratch / "synthetic.jsonl", events=args.events, outlets=args.outlets,
                                    per_event=args.per_event)
            corpora.append((f"{args.events} events x {args.outlets} outlets "
                            f"({args.events * args.per_event} articles)", path))
        for name, corpus in corpora:
            print(f"{name}:", flush=True)
            times = {key: statistics.median(values) for key, values in side_by_side(corpus, args.repeat, scratch).items()}
            ratio = times["report"] / times["analysis"]
            failed |= name == "seeds" and ratio > 2
            print(f"  median wall: analysis {times['analysis']:.2f} s, report {times['report']:.2f} s, "
                  f"report/analysis {ratio:.2f}{'' if ratio <= 2 else '  (target: at most 2)'}")
            print(f"  median CPU: analysis {times['analysis_cpu']:.2f} s, report (--jobs 1) {times['report_cpu']:.2f} s, "
                  f"report/analysis {times['report_cpu'] / times['analysis_cpu']:.2f}")
        if "help" in parts:
            for command in ([FRAMING, "--help"], [FRAMING, "report", "--help"]):
                best = min(wall(command) for _ in range(max(3, args.repeat)))
                failed |= best >= 0.5
                print(f"{' '.join(['framing', *command[1:]]):<22} {best:.3f} s (best of {max(3, args.repeat)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
