"""Analyse a corpus of any size: chunk by chunk, on N processes or a Dask cluster, into Parquet.

:func:`analyze_corpus` reads a corpus in chunks (:func:`framing.corpus.iter_records`), cleans and
analyses each chunk (:func:`analyze_chunk`: mentions, quotes, hedges, sentiment) and appends the
chunk's rows to one Parquet file per table as it goes, so memory stays flat however large the
corpus. The tables are ``articles`` (metadata, no text), ``mentions``, ``quotes``, ``hedges``,
``sentiment`` and ``skipped``; each file has a fixed schema (:func:`table_schema`), one row group
per chunk and no pandas metadata, so the same corpus gives the same bytes. The files are written
under temporary names in the output folder and renamed at the end: a failed or interrupted run
leaves the folder's earlier outputs as they were.

The chunks can be analysed by ``jobs`` worker processes or by a Dask cluster; the output is the
same, in the same order, whatever runs it. :func:`analyze_bag` maps the same analysis over a Dask
bag or dataframe of articles. ``framing analyze`` is its command line.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as out:
...     summary = analyze_corpus("seeds", out, progress=False)
>>> summary[["table", "rows"]].values.tolist()  # doctest: +ELLIPSIS
[['articles', 5], ['mentions', ...], ['quotes', ...], ['hedges', ...], ['sentiment', ...], ['skipped', 0]]
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from operator import itemgetter
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .corpus import (
    DEFAULT_CHUNK_SIZE,
    SKIPPED_COLUMNS,
    check_unique_ids,
    clean_records,
    empty_corpus_error,
    is_missing,
    iter_records,
)
from .errors import FramingError, InputError
from .output import AtomicFile
from .pipeline import TABLE_COLUMNS, Analyzer
from .workers import freeze_loaded, worker_context

ARTICLE_META_COLUMNS = ["article_id", "outlet", "date", "event", "language", "title", "source"]
TABLES = {"articles": ARTICLE_META_COLUMNS, **TABLE_COLUMNS, "skipped": SKIPPED_COLUMNS}
INTEGER_COLUMNS = {"start", "end", "sentence_id", "cue_start", "cue_end"}
FLOAT_COLUMNS = {"score"}
COMPRESSION = "zstd"
# Articles analysed at a time by a worker process or a Dask worker: a read chunk is cut into
# parts of this size so that the workers finish together; each chunk is still written as one
# row group, so the files do not depend on it.
PART_SIZE = 50


def table_schema(name: str) -> pa.Schema:
    """The Parquet schema of an output table: offsets are int64, scores float64, the rest text.

    >>> table_schema("skipped").names
    ['article_id', 'source', 'problem']
    >>> str(table_schema("mentions").field("start").type)
    'int64'
    """
    return pa.schema([(c, _column_type(c)) for c in TABLES[name]])


def _column_type(column: str) -> pa.DataType:
    if column in INTEGER_COLUMNS:
        return pa.int64()
    if column in FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()


def rows_to_table(rows: list[dict], name: str) -> pa.Table:
    """Rows (dicts) of an output table as an Arrow table with its schema; a missing key is null.

    >>> rows_to_table([{"article_id": "a", "source": "x.txt", "problem": "empty"}], "skipped").num_rows
    1
    >>> rows_to_table([{"article_id": "a"}], "skipped").column("problem").to_pylist()
    [None]
    """
    schema = table_schema(name)
    arrays = []
    for field in schema:
        try:
            values = list(map(itemgetter(field.name), rows))
        except KeyError:
            values = [row.get(field.name) for row in rows]
        try:
            arrays.append(pa.array(values, type=field.type, from_pandas=True))
        except (pa.ArrowTypeError, pa.ArrowInvalid):  # a value of another type: its text
            arrays.append(pa.array([None if is_missing(v) else str(v) for v in values], type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


# ---------------------------------------------------------------------------------------------
# One chunk


def analyze_chunk(records: list[dict], skipped: list[dict], analyzer: Analyzer, *, strict: bool = False
                  ) -> dict[str, pa.Table]:
    """Clean and analyse one chunk of read articles (see :func:`framing.corpus.iter_records`).

    Returns every output table of the chunk, articles in the order given.

    >>> from framing.corpus import iter_records
    >>> records, skipped = next(iter_records("seeds", chunk_size=1))
    >>> tables = analyze_chunk(records, skipped, Analyzer())
    >>> tables["articles"].num_rows, tables["mentions"].column("article_id")[0].as_py()
    (1, '000_f3c62e45abe5420d')
    """
    chunk = clean_records(records, skipped, strict=strict)
    rows = analyzer.analyze_rows(chunk.articles)
    tables = {"articles": _frame_to_table(chunk.articles, "articles")}
    tables.update({name: rows_to_table(found, name) for name, found in rows.items()})
    tables["skipped"] = _frame_to_table(chunk.skipped, "skipped")
    return tables


def _frame_to_table(frame: pd.DataFrame, name: str) -> pa.Table:
    schema = table_schema(name)
    arrays = [pa.array(frame[c].astype(object).tolist() if c in frame else [None] * len(frame),
                       type=schema.field(c).type, from_pandas=True) for c in schema.names]
    return pa.Table.from_arrays(arrays, schema=schema)


# Work sent to a process or a Dask worker: (records, skipped, strict). The outcome carries the
# tables, the warnings raised while making them (re-raised by the parent, in order) and a
# user-facing error, if any (FramingError does not pickle: its class and fields travel instead).


def _work(job: tuple, analyzer: Analyzer | None = None, *, in_worker: bool = True) -> dict:
    """Analyse one chunk; in a worker, Arrow's buffers are released after it (the parent's loop
    releases those of its own process)."""
    records, skipped, strict = job
    analyzer = analyzer if analyzer is not None else _process_analyzer()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tables, error = analyze_chunk(records, skipped, analyzer, strict=strict), None
        except FramingError as exc:
            tables, error = None, (type(exc), exc.path, exc.message, exc.line)
    if in_worker:
        release_arrow_memory()
    return {"tables": tables, "warnings": [(w.category, str(w.message)) for w in caught], "error": error}


def release_arrow_memory() -> None:
    """Hand the buffers Arrow's allocator keeps for reuse back to the system, once a chunk is done,
    so that a process's resident memory stays at about one chunk's worth instead of drifting up with
    the allocator's cache over a long run (the tables and their rows are unchanged).

    >>> release_arrow_memory()
    """
    pa.default_memory_pool().release_unused()


_PROCESS_ANALYZER: list = []
_ANALYZER_LOCK = threading.Lock()


def _init_process(analyzer: Analyzer) -> None:
    """Initialiser of a worker process: its Analyzer, sent once when the process starts (and left
    out of the garbage collector's passes, :func:`framing.workers.freeze_loaded`)."""
    _PROCESS_ANALYZER[:] = [analyzer]
    freeze_loaded()


def _process_analyzer() -> Analyzer:
    with _ANALYZER_LOCK:
        if not _PROCESS_ANALYZER:
            _PROCESS_ANALYZER.append(Analyzer())
        return _PROCESS_ANALYZER[0]


def _outcome_tables(outcome: dict) -> dict[str, pa.Table]:
    for category, message in outcome["warnings"]:
        warnings.warn(message, category, stacklevel=2)
    if outcome["error"] is not None:
        cls, path, message, line = outcome["error"]
        raise cls(path, message, line=line)
    return outcome["tables"]


# ---------------------------------------------------------------------------------------------
# Running chunks: in this process, on worker processes, or on a Dask cluster


class _Serial:
    """Runs each chunk at once, in this process (``--jobs 1``)."""

    slots = 1
    part_size = None  # the whole chunk at once

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer

    def submit(self, job: tuple) -> Future:
        future: Future = Future()
        future.set_result(_work(job, self.analyzer, in_worker=False))
        return future

    def close(self, *, abort: bool = False) -> None:
        pass


class _Processes:
    """``jobs`` worker processes (see :mod:`framing.workers`), each with its own copy of the Analyzer."""

    def __init__(self, analyzer: Analyzer, jobs: int):
        from concurrent.futures import ProcessPoolExecutor

        self.slots = 2 * jobs  # parts in flight: every worker busy, one part waiting for each
        self.part_size = PART_SIZE
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=worker_context(),
                                        initializer=_init_process, initargs=(analyzer,))

    def submit(self, job: tuple) -> Future:
        return self.pool.submit(_work, job)

    def close(self, *, abort: bool = False) -> None:
        if abort:  # interrupted or failed: stop the workers now rather than after their parts
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """A Dask cluster: ``local`` (a LocalCluster of ``jobs`` processes on loopback, no dashboard)
    or the address of a running scheduler (``tcp://HOST:PORT``)."""

    def __init__(self, analyzer: Analyzer, address: str, jobs: int | None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise InputError(None, "--dask needs dask[distributed]: pip install 'framing[scale]'") from None
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="20s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise InputError(None, f"cannot reach the Dask scheduler at {address} ({exc})") from None
        threads = sum(self.client.nthreads().values()) or 1
        self.slots = 2 * threads
        self.part_size = PART_SIZE
        self.analyzer = self.client.scatter(analyzer, broadcast=True, hash=False)

    def submit(self, job: tuple):
        return self.client.submit(_work, job, self.analyzer, pure=False)

    def close(self, *, abort: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _runner(analyzer: Analyzer, jobs: int | None, dask: str | None):
    if dask:
        return _Dask(analyzer, dask, jobs)
    return _Processes(analyzer, jobs) if jobs and jobs > 1 else _Serial(analyzer)


def _in_order(runner, jobs: Iterator[tuple[tuple, list]]) -> Iterator[tuple[list, dict]]:
    """Submit each chunk's parts (:func:`_parts`), keeping at most ``runner.slots`` parts in
    flight; yield (reading warnings, outcome of the whole chunk) in the order of the chunks."""
    done: deque = deque()  # chunks whose parts are all submitted: (reading warnings, futures)
    flight: deque = deque()
    for job, read_warnings in jobs:
        futures = []
        for part in _parts(job, runner.part_size):
            while len(flight) >= runner.slots:
                flight.popleft().result()
                while done and all(f.done() for f in done[0][1]):
                    read, finished = done.popleft()
                    yield read, _merged([f.result() for f in finished])
            futures.append(runner.submit(part))
            flight.append(futures[-1])
        done.append((read_warnings, futures))
    for read_warnings, futures in done:
        yield read_warnings, _merged([f.result() for f in futures])


def _parts(job: tuple, size: int | None) -> list[tuple]:
    """A chunk's job cut into jobs of at most ``size`` articles, so that workers share a chunk
    evenly; the articles skipped while reading go with the first part, where their rows belong.

    >>> [len(p[0]) for p in _parts((list(range(5)), ["s"], False), 2)], _parts(([1, 2], ["s"], False), 1)[1][1]
    ([2, 2, 1], [])
    """
    records, skipped, strict = job
    if size is None or len(records) <= size:
        return [job]
    return [(records[i : i + size], skipped if i == 0 else [], strict) for i in range(0, len(records), size)]


def _merged(outcomes: list[dict]) -> dict:
    """The outcome of a chunk from those of its parts, in order: their tables concatenated and
    their warnings, up to the first part that failed (a whole chunk stops at its first error)."""
    if len(outcomes) == 1:
        return outcomes[0]
    kept = []
    for outcome in outcomes:
        kept.append(outcome)
        if outcome["error"] is not None:
            break
    error = kept[-1]["error"]
    tables = None if error else {name: pa.concat_tables([o["tables"][name] for o in kept])
                                 for name in kept[0]["tables"]}
    return {"tables": tables, "warnings": [w for o in kept for w in o["warnings"]], "error": error}


# ---------------------------------------------------------------------------------------------
# Output files


def _commit(staged: AtomicFile) -> None:
    """Rename a written table over its target; a full disk or a permission problem is an
    :class:`InputError` naming the target (exit code 2)."""
    try:
        staged.commit()
    except OSError as exc:
        raise InputError(staged.path, f"cannot write ({exc.strerror or exc})") from None


class _TableSink:
    """One output table: a Parquet file (one row group per chunk), and a CSV file on request."""

    def __init__(self, folder: Path, name: str, csv: bool):
        import pyarrow.parquet as pq

        self.name, self.rows = name, 0
        self.files = [AtomicFile(folder / f"{name}.parquet")]
        self.parquet = pq.ParquetWriter(self.files[0].tmp, table_schema(name), compression=COMPRESSION)
        self.csv = None
        if csv:
            self.files.append(AtomicFile(folder / f"{name}.csv"))
            # Kept open across write() calls, like the Parquet writer; close() and discard() close it.
            self.csv = open(self.files[1].tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115
            self.csv.write(",".join(TABLES[name]) + "\n")

    def write(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        try:
            self.parquet.write_table(table, row_group_size=table.num_rows)
            if self.csv is not None:
                table.to_pandas().to_csv(self.csv, header=False, index=False, lineterminator="\n")
        except OSError as exc:  # a full disk: name the table being written
            raise InputError(self.files[0].path, f"cannot write ({exc.strerror or exc})") from None
        self.rows += table.num_rows

    def close(self) -> None:
        self.parquet.close()
        if self.csv is not None:
            self.csv.close()

    def discard(self) -> None:
        try:
            self.close()
        finally:
            for f in self.files:
                f.discard()


# ---------------------------------------------------------------------------------------------
# The whole corpus


def analyze_corpus(path: str | Path, out: str | Path, *, analyzer: Analyzer | None = None,
                   chunk_size: int = DEFAULT_CHUNK_SIZE, jobs: int | None = 1, dask: str | None = None,
                   csv: bool = False, strict: bool = False, encoding: str = "utf-8",
                   progress: bool | None = None, allow_outside: bool = False) -> pd.DataFrame:
    """Analyse a corpus into ``out/<table>.parquet`` (and ``.csv`` with ``csv=True``), streaming.

    ``jobs`` worker processes analyse the chunks (1: this process); ``dask`` is ``"local"`` or a
    scheduler address. ``progress`` shows a progress bar on stderr (default: when stderr is a
    terminal). Returns one row per table: ``table, rows, file``.
    """
    out = Path(out)
    if jobs is not None and jobs < 1:
        raise InputError(None, f"--jobs must be at least 1, not {jobs}")
    if jobs and jobs > 1 and not dask:
        worker_context(start=True)  # it imports while this process loads and reads
    if out.exists() and not out.is_dir():
        raise InputError(out, "not a folder: --out needs a folder for the tables")
    analyzer = analyzer or Analyzer()
    reading = _read_chunks(path, chunk_size=chunk_size, strict=strict, encoding=encoding, allow_outside=allow_outside)
    first = next(reading, None)  # bad paths and options fail here, before any file or process is made
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(out, f"cannot create the output folder ({exc.strerror or exc})") from None
    sinks: dict[str, _TableSink] = {}
    runner = None
    bar = _progress_bar(progress)
    try:
        sinks = {name: _TableSink(out, name, csv) for name in TABLES}
        runner = _runner(analyzer, jobs, dask)
        seen: set[str] = set()
        for read_warnings, outcome in _in_order(runner, _chain(first, reading)):
            tables = _outcome_tables({**outcome, "warnings": read_warnings + outcome["warnings"]})
            check_unique_ids(tables["articles"].column("article_id").to_pylist(), seen, path)
            for name, table in tables.items():
                sinks[name].write(table)
            release_arrow_memory()
            bar.update(tables["articles"].num_rows + tables["skipped"].num_rows)
        if not sinks["articles"].rows:
            raise empty_corpus_error(path, sinks["skipped"].rows)
        for sink in sinks.values():
            sink.close()
        for sink in sinks.values():
            for f in sink.files:
                _commit(f)
    except BaseException:
        for sink in sinks.values():
            sink.discard()
        if runner is not None:
            runner.close(abort=True)
            runner = None
        raise
    finally:
        bar.close()
        if runner is not None:
            runner.close()
    return pd.DataFrame(
        [(name, sink.rows, str(sink.files[0].path)) for name, sink in sinks.items()], columns=["table", "rows", "file"]
    )


def output_names() -> tuple[str, ...]:
    """The files ``framing analyze`` writes into its ``--out`` folder.

    >>> output_names()[:2]
    ('articles.parquet', 'articles.csv')
    """
    from .manifest import MANIFEST_NAME

    return (*(f"{name}.{fmt}" for name in TABLES for fmt in ("parquet", "csv")), MANIFEST_NAME)


def _read_chunks(path, *, chunk_size: int, strict: bool, encoding: str,
                 allow_outside: bool = False) -> Iterator[tuple[tuple, list]]:
    """The corpus's jobs, each with the warnings raised while reading it."""
    records = iter_records(path, chunk_size=chunk_size, strict=strict, encoding=encoding, allow_outside=allow_outside)
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            chunk = next(records, None)
        if chunk is None:
            return
        yield (chunk[0], chunk[1], strict), [(w.category, str(w.message)) for w in caught]


def _chain(first, rest: Iterable) -> Iterator:
    if first is not None:
        yield first
        yield from rest


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self, *, abort: bool = False) -> None:
        pass


def _progress_bar(progress: bool | None):
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="analysing", file=sys.stderr, dynamic_ncols=True)


# ---------------------------------------------------------------------------------------------
# Dask


def analyze_bag(articles, analyzer: Analyzer | None = None) -> dict:
    """Map the analysis over a Dask bag (of article dicts) or Dask dataframe of articles.

    The articles are as :meth:`Analyzer.analyze` takes them (``article_id``, ``text`` already
    cleaned, optionally ``date``). Returns a lazy Dask dataframe per table (mentions, quotes,
    hedges, sentiment), one partition per partition of ``articles``; compute them together
    (``dask.compute(tables)``) so that each partition is analysed once. Computed, each table
    equals :meth:`Analyzer.analyze`'s on the same articles, in the same order.

    >>> import dask.bag as db
    >>> from framing.corpus import load_corpus
    >>> records = load_corpus("seeds")[["article_id", "text", "date"]].to_dict("records")
    >>> tables = analyze_bag(db.from_sequence(records, npartitions=2))
    >>> import dask
    >>> (mentions,) = dask.compute(tables["mentions"], scheduler="synchronous")
    >>> mentions["article_id"].nunique()
    5
    """
    import dask
    import dask.dataframe as dd

    analyzer = analyzer or Analyzer()
    shared = dask.delayed(analyzer, pure=True)
    parts = [dask.delayed(_analyze_partition, pure=True)(p, shared) for p in articles.to_delayed()]
    return {
        name: dd.from_delayed([dask.delayed(_table_of, pure=True)(p, name) for p in parts], meta=_empty_table(name),
                              verify_meta=False)
        for name in TABLE_COLUMNS
    }


def _analyze_partition(part, analyzer: Analyzer) -> dict[str, pd.DataFrame]:
    frame = part if isinstance(part, pd.DataFrame) else pd.DataFrame(list(part), columns=None)
    if frame.empty:
        return {name: _empty_table(name) for name in TABLE_COLUMNS}
    tables = analyzer.analyze(frame)
    return {name: _with_dtypes(table, name) for name, table in tables.items()}


def _table_of(tables: dict, name: str) -> pd.DataFrame:
    return tables[name]


def _empty_table(name: str) -> pd.DataFrame:
    return _with_dtypes(pd.DataFrame(columns=TABLES[name]), name)


def _with_dtypes(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    types = {c: "int64" if c in INTEGER_COLUMNS else "float64" if c in FLOAT_COLUMNS else object for c in TABLES[name]}
    return frame.astype(types)
