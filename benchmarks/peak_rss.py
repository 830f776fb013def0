"""Peak memory of a command and all of its worker processes, summed, and its wall time.

``resource`` and ``/usr/bin/time`` report the largest single process; with ``--jobs N`` the
workers' memory adds up, so this samples the resident set of the whole process tree (psutil,
every 0.2 s; installed with `framing[test]` or `framing[scale]`) and prints the largest total.
Summed RSS counts a page shared by several processes (the workers are forked from one server,
so they share its imported modules) once per process; on Linux it also prints the summed
proportional set size (PSS), which counts a shared page once in all: the memory really used.
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


def tree_memory(process: psutil.Process) -> tuple[int, int | None]:
    """(RSS, PSS) in bytes of ``process`` and its descendants, summed (processes that end
    meanwhile count 0; PSS is None where the system does not report it)."""
    rss, pss = 0, 0
    for p in [process, *process.children(recursive=True)]:
        try:
            info = p.memory_full_info()
        except psutil.AccessDenied:
            info = p.memory_info()
        except psutil.Error:
            continue
        rss += info.rss
        pss = pss + info.pss if pss is not None and hasattr(info, "pss") else None
    return rss, pss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between samples (default: 0.2)")
    parser.add_argument("--log", type=argparse.FileType("w"), default=None, metavar="FILE",
                        help="also write every sample (seconds, RSS MB, PSS MB) to FILE as it is taken, "
                             "so a long run's memory curve can be read while it runs")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give a command to run after --")
    started = time.perf_counter()
    child = subprocess.Popen(command)
    process, samples = psutil.Process(child.pid), []
    while child.poll() is None:
        try:
            samples.append(tree_memory(process))
        except psutil.Error:
            break
        if args.log:
            rss, pss = samples[-1]
            pss_mb = "" if pss is None else f"{pss / 2**20:.1f}"
            print(f"{time.perf_counter() - started:.1f}\t{rss / 2**20:.1f}\t{pss_mb}", file=args.log, flush=True)
        time.sleep(args.interval)
    code = child.wait()
    elapsed = time.perf_counter() - started
    print(f"exit {code} | wall {elapsed:.1f} s | {len(samples)} samples", file=sys.stderr)
    for name, k in (("RSS", 0), ("PSS", 1)):
        values = [s[k] for s in samples]
        if not values or None in values:
            continue
        half = len(values) // 2
        first, second = (max(part, default=0) / 2**20 for part in (values[:half], values[half:]))
        print(f"peak {name} of the process tree {max(values) / 2**20:.0f} MB "
              f"(first half of the run {first:.0f} MB, second half {second:.0f} MB)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
