"""Peak memory of a command and all of its worker processes, summed, and its wall time.

``resource`` and ``/usr/bin/time`` report the largest single process; with ``--jobs N`` the
workers' memory adds up, so this samples the resident set of the whole process tree (psutil,
every 0.2 s; installed with `framing[test]` or `framing[scale]`) and prints the largest total.
Run from the repository root::

    python benchmarks/throughput.py --n 200000 --write /tmp/synthetic.parquet
    python benchmarks/peak_rss.py -- framing analyze /tmp/synthetic.parquet --out /tmp/out --jobs 2 --quiet
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

import psutil


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of ``process`` and its descendants (processes that end meanwhile count 0)."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between samples (default: 0.2)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give a command to run after --")
    started = time.perf_counter()
    child = subprocess.Popen(command)
    process, peak, samples = psutil.Process(child.pid), 0, []
    while child.poll() is None:
        try:
            rss = tree_rss(process)
        except psutil.Error:
            break
        peak = max(peak, rss)
        samples.append(rss)
        time.sleep(args.interval)
    code = child.wait()
    elapsed = time.perf_counter() - started
    half = len(samples) // 2
    first, second = (max(part, default=0) / 2**20 for part in (samples[:half], samples[half:]))
    print(f"exit {code} | wall {elapsed:.1f} s | peak RSS of the process tree {peak / 2**20:.0f} MB "
          f"(first half of the run {first:.0f} MB, second half {second:.0f} MB; {len(samples)} samples)",
          file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
