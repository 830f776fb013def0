"""Drawing many paper figures at once: each in a worker process, drawn once for all its formats.

Drawing and saving a figure (its layout, the PDF's embedded fonts, the PNG's pixels) takes a
tenth of a second or more, and a corpus has several figures per event and one per outlet:
:func:`draw_figures` hands them to worker processes, forked from a server that has imported
:mod:`framing.plot` already (:func:`start_drawing_server`, called early by the command line
so that matplotlib loads while the corpus is analysed); :class:`FigureDrawing` starts them and
lets this process go on (``framing report`` writes its tables and gathers its page meanwhile).
``framing report --jobs N`` sets the number of workers: on a busy machine, or with few figures,
one process is as fast. Each figure is drawn and laid out once,
then saved in every format it is asked for. A figure's bytes do not depend on the process that
draws it: the files are the same with one worker or several, from run to run.

>>> import pandas as pd
>>> data = pd.DataFrame({"event": ["e"] * 2, "outlet": ["X", "Y"], "verb_class": ["neutral"] * 2,
...                      "quotes": [3, 1], "share": [1.0, 1.0], "n_quotes": [3, 1]})
>>> files = draw_figures([("e_verb_classes", "verb_classes", "e", None, data)], formats={"png": 50}, workers=1)
>>> list(files), files["e_verb_classes.png"][:4]
(['e_verb_classes.png'], b'\\x89PNG')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .workers import signals_held, worker_context

if TYPE_CHECKING:
    import pandas as pd

PRELOAD = ["framing.plot"]
# A figure to draw: (file stem, figure name of framing.plot.PAPER_FIGURES, event, outlet or None,
# the rows of its comparison table).
FigureJob = tuple[str, str, str, "str | None", "pd.DataFrame"]
MIN_PER_WORKER = 3  # fewer figures than this per extra worker are drawn in this process

_settings: dict[str, Any] = {}  # a worker's labels and gazetteer, set once by _init_worker


def drawing_context(*, start: bool = False):
    """The multiprocessing context of the drawing workers (a fork server that has loaded
    :mod:`framing.plot`, else spawn); with ``start``, its server is started now."""
    return worker_context(start=start, preload=PRELOAD)


def start_drawing_server() -> bool:
    """Start the drawing workers' fork server now, if the machine has more than one core."""
    if available_cores() < 2:
        return False
    drawing_context(start=True)
    return True


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def figure_jobs(comparison: Mapping[str, pd.DataFrame]) -> list[FigureJob]:
    """Every paper figure of :func:`framing.plot.paper_figures`, as jobs with the rows each needs."""
    from .plot import PAPER_FIGURES, paper_figure_list

    jobs: list[FigureJob] = []
    for stem, name, event, outlet in paper_figure_list(dict(comparison)):
        table = comparison[PAPER_FIGURES[name][0]]
        rows = table[table["event"] == event]
        if outlet is not None:
            rows = rows[rows["outlet"] == outlet]
        jobs.append((stem, name, event, outlet, rows))
    return jobs


def draw_figure(job: FigureJob, formats: Mapping[str, int], *, labels: str = "en",
                gazetteer=None) -> dict[str, bytes]:
    """One figure, drawn once and saved in each format at its resolution: ``{"stem.fmt": bytes}``."""
    from .plot import figure_bytes, paper_figure

    stem, name, event, outlet, rows = job
    fig = paper_figure(name, rows, event=event, outlet=outlet, labels=labels, gazetteer=gazetteer)
    return {f"{stem}.{fmt}": figure_bytes(fig, fmt, dpi=dpi) for fmt, dpi in formats.items()}


def draw_figures(jobs: Iterable[FigureJob], *, formats: Mapping[str, int], labels: str = "en", gazetteer=None,
                 workers: int | None = None, progress: bool = False) -> dict[str, bytes]:
    """Every figure of ``jobs`` in each of ``formats`` (``{"pdf": dpi, "png": dpi}``), in the order
    of the jobs: ``{"stem.fmt": bytes}``.

    ``workers`` processes draw them (default: one per available core, fewer for a few figures;
    1 draws here). Interrupted, the workers are stopped before the exception goes on.
    """
    with FigureDrawing(jobs, formats=formats, labels=labels, gazetteer=gazetteer, workers=workers,
                       progress=progress) as drawing:
        return drawing.files()


class FigureDrawing:
    """Figures that worker processes start drawing at once, while this process goes on with other
    work; :meth:`files` waits for them. With one worker, they are drawn here, by :meth:`files`.

    Used as a context manager, so that the workers are stopped however the block ends.

    >>> import pandas as pd
    >>> data = pd.DataFrame({"event": ["e"], "outlet": ["X"], "verb_class": ["neutral"], "quotes": [2],
    ...                      "share": [1.0], "n_quotes": [2]})
    >>> with FigureDrawing([("e_verb_classes", "verb_classes", "e", None, data)], formats={"png": 50},
    ...                    workers=1) as drawing:
    ...     sorted(drawing.files())
    ['e_verb_classes.png']
    """

    def __init__(self, jobs: Iterable[FigureJob], *, formats: Mapping[str, int], labels: str = "en",
                 gazetteer=None, workers: int | None = None, progress: bool = False):
        self.jobs = list(jobs)
        self.formats, self.labels, self.gazetteer, self.progress = dict(formats), labels, gazetteer, progress
        if workers is None:
            workers = min(available_cores(), max(1, len(self.jobs) // MIN_PER_WORKER))
        self._pool = None
        self._drawn: Iterator[tuple[str, dict[str, bytes]]] | None = None
        if workers > 1 and self.jobs:
            with signals_held():  # a worker stopped while it starts would print a traceback
                self._pool = drawing_context().Pool(workers, initializer=_init_worker,
                                                    initargs=(self.formats, labels, gazetteer))
            self._drawn = self._pool.imap_unordered(_draw_in_worker, self.jobs)

    def files(self) -> dict[str, bytes]:
        """Every figure in each format, in the order of the jobs: ``{"stem.fmt": bytes}``."""
        from tqdm import tqdm

        drawn: dict[str, dict[str, bytes]] = {}
        with tqdm(total=len(self.jobs), desc="drawing", unit="figure", disable=not self.progress, leave=False) as bar:
            if self._drawn is None:
                for job in self.jobs:
                    drawn[job[0]] = draw_figure(job, self.formats, labels=self.labels, gazetteer=self.gazetteer)
                    bar.update()
            else:
                for stem, files in self._drawn:
                    drawn[stem] = files
                    bar.update()
        self.close()
        return {name: data for job in self.jobs for name, data in drawn[job[0]].items()}

    def close(self) -> None:
        """Stop the workers (at once, if they are still drawing)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> FigureDrawing:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _init_worker(formats: dict[str, int], labels: str, gazetteer) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the command, which stops the workers
    _settings.update(formats=formats, labels=labels, gazetteer=gazetteer)


def _draw_in_worker(job: FigureJob) -> tuple[str, dict[str, bytes]]:
    return job[0], draw_figure(job, _settings["formats"], labels=_settings["labels"],
                               gazetteer=_settings["gazetteer"])
