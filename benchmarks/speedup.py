"""Speed-up of ``framing analyze --jobs N`` over ``--jobs 1``, and a check that both write the same bytes.

Runs the command line on a corpus, alternating ``--jobs 1`` and ``--jobs N`` ``--repeat`` times
(alternating spreads the machine's slow moments over both sides), and prints every wall time,
the best and the median of each side, and the speed-ups they give. Every table file of every
run must be byte-identical to the first run's. Run from the repository root::

    python benchmarks/throughput.py --n 2000 --write /tmp/syn2k.jsonl
    python benchmarks/speedup.py /tmp/syn2k.jsonl --jobs 2 --repeat 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FRAMING = shutil.which("framing", path=str(Path(sys.executable).parent)) or shutil.which("framing") or "framing"


def run(corpus: Path, out: Path, jobs: int, extra: list[str]) -> float:
    """Wall seconds of one ``framing analyze`` run into ``out``."""
    command = [FRAMING, "analyze", str(corpus), "--out", str(out), "--jobs", str(jobs),
               "--quiet", *extra]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def table_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a corpus framing analyze reads (JSONL, Parquet, a folder...)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes to compare with one (default: 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (default: 3)")
    parser.add_argument("extra", nargs="*", help="more options for framing analyze, after --")
    args = parser.parse_args(argv)
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    reference = None
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            for jobs in (1, args.jobs):
                out = Path(tmp) / f"run{i}-jobs{jobs}"
                times[jobs].append(run(args.corpus, out, jobs, args.extra))
                print(f"run {i + 1}, --jobs {jobs}: {times[jobs][-1]:.2f} s", flush=True)
                files = table_bytes(out)
                if reference is None:
                    reference = files
                elif files != reference:
                    print(f"run {i + 1}, --jobs {jobs}: the tables differ from the first run's", file=sys.stderr)
                    return 1
    one, many = times[1], times[args.jobs]
    print(f"--jobs 1: best {min(one):.2f} s, median {statistics.median(one):.2f} s")
    print(f"--jobs {args.jobs}: best {min(many):.2f} s, median {statistics.median(many):.2f} s")
    print(f"speed-up: {min(one) / min(many):.2f}x of the best runs, "
          f"{statistics.median(one) / statistics.median(many):.2f}x of the medians; tables byte-identical in all "
          f"{2 * args.repeat} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
