"""Worker processes of ``framing analyze --jobs N``: how they are started.

The workers are forked from a fork server: a fresh process (so forking is safe whatever threads
this one runs) that imports :mod:`framing.analyze` once, then forks a worker per job in
milliseconds. Where there is no fork server (Windows), the workers are spawned and each imports
framing itself. :func:`start_early` starts the server before the command line has imported
anything heavy, so that its imports overlap with this process's.

>>> worker_context().get_start_method() in ("forkserver", "spawn")
True
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

PRELOAD = ["framing.analyze"]


def worker_context(*, start: bool = False, preload: Sequence[str] = PRELOAD):
    """The multiprocessing context of the workers (a fork server that has loaded ``preload``, else
    spawn); with ``start``, the fork server is started now."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    if start:
        from multiprocessing import forkserver

        forkserver.ensure_running()
    return context


def freeze_loaded() -> None:
    """Leave the objects made so far (modules, the loaded lexicons and their matchers) out of the
    garbage collector's passes from now on.

    The lexicons are hundreds of thousands of objects that live as long as the process; without
    this, every full collection walks them again while the articles' short-lived objects come and
    go. Called once the lexicons are loaded, by the command line and by each worker process; what
    an article makes is collected as before. Garbage left by loading is collected first.

    >>> freeze_loaded(); gc.get_freeze_count() > 0
    True
    >>> gc.unfreeze()
    """
    gc.collect()
    gc.freeze()


def start_early(args: Sequence[str]) -> bool:
    """Start the fork server if the options of ``framing analyze`` (``args``) ask for several
    worker processes and no Dask; whether it was started.

    >>> start_early(["corpus.jsonl", "--out", "results", "--jobs", "1"])
    False
    """
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    pre.add_argument("--jobs", "-j")
    pre.add_argument("--dask")
    known, _ = pre.parse_known_args(list(args))
    try:
        jobs = int(known.jobs or 1)
    except ValueError:
        return False  # the full parser reports it
    if jobs < 2 or known.dask:
        return False
    worker_context(start=True)
    return True


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while worker processes are started, and deliver them after.

    A worker is handed its task through a pipe as it starts; a signal that stops the command in
    the middle of that leaves the worker with half a message, and it prints a traceback. Held,
    the signal arrives once every worker has its message, and stopping the workers is quiet.

    >>> with signals_held():
    ...     pass
    """
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
