"""framing.analyze and the streaming readers of framing.corpus: chunked, parallel and Dask runs
give the same tables as one Analyzer over the whole corpus, and outputs are written atomically."""

from __future__ import annotations

import importlib.util
import json
import warnings

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import REPO_ROOT, SEEDS_DIR
from framing import analyze as analyze_module
from framing import cli
from framing.analyze import TABLES, analyze_bag, analyze_corpus, table_schema
from framing.corpus import iter_corpus, iter_records, read_corpus
from framing.errors import EmptyCorpusError, InputError
from framing.manifest import corpus_fingerprint, lexicons_used
from framing.pipeline import TABLE_COLUMNS, Analyzer

MEASURES = list(TABLE_COLUMNS)


def _benchmark_module():
    spec = importlib.util.spec_from_file_location("throughput", REPO_ROOT / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic_jsonl(tmp_path_factory):
    """A small synthetic corpus (seed sentences resampled with a fixed seed) as JSONL."""
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.jsonl"
    _benchmark_module().write_corpus(40, path, seed=3)
    return path


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _reference(path, analyzer):
    """What one Analyzer gives over the whole corpus read at once."""
    corpus = read_corpus(path)
    return corpus, analyzer.analyze(corpus.articles)


def _read_tables(folder):
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}


def _assert_same(got: pd.DataFrame, expected: pd.DataFrame):
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got.reset_index(drop=True).astype(object),
                                  expected.reset_index(drop=True).astype(object), check_dtype=False)


def _table_bytes(folder):
    return {name: (folder / f"{name}.parquet").read_bytes() for name in TABLES}


# ---------------------------------------------------------------------------------------------
# Same tables, whatever runs them


def test_analyze_seeds_equal_one_analyzer(tmp_path, analyzer):
    summary = analyze_corpus(SEEDS_DIR, tmp_path / "out", analyzer=analyzer, chunk_size=2, progress=False)
    corpus, expected = _reference(SEEDS_DIR, analyzer)
    tables = _read_tables(tmp_path / "out")
    for name in MEASURES:
        assert len(tables[name]) > 0
        _assert_same(tables[name], expected[name])
    _assert_same(tables["articles"], corpus.articles[analyze_module.ARTICLE_META_COLUMNS])
    assert tables["skipped"].empty
    assert dict(zip(summary["table"], summary["rows"], strict=True)) == {name: len(tables[name]) for name in TABLES}


def test_analyze_jobs_1_and_2_identical(tmp_path, synthetic_jsonl, analyzer):
    one, two = tmp_path / "jobs1", tmp_path / "jobs2"
    analyze_corpus(synthetic_jsonl, one, analyzer=analyzer, chunk_size=7, jobs=1, progress=False)
    analyze_corpus(synthetic_jsonl, two, analyzer=analyzer, chunk_size=7, jobs=2, progress=False)
    assert _table_bytes(one) == _table_bytes(two)
    corpus, expected = _reference(synthetic_jsonl, analyzer)
    tables = _read_tables(two)
    for name in MEASURES:
        assert tables[name]["article_id"].nunique() > 20
        _assert_same(tables[name], expected[name])
    assert tables["articles"]["article_id"].tolist() == corpus.articles["article_id"].tolist()
    # one row group per chunk that has rows: 40 articles in chunks of 7
    assert pq.ParquetFile(two / "articles.parquet").num_row_groups == 6


def test_analyze_chunks_cut_into_parts_give_the_same_files_and_warnings(tmp_path, synthetic_jsonl, analyzer,
                                                                       monkeypatch):
    """Workers analyse parts of a chunk; the chunk's rows, skipped articles and warnings come out
    as one process gives them, in order, and each chunk is still one row group."""
    rows = [json.loads(line) for line in synthetic_jsonl.read_text(encoding="utf-8").splitlines()]
    rows[5:5] = [{"article_id": "empty", "text": " "}]  # skipped while reading
    rows[17:17] = [{"article_id": "share-only", "text": "TT\n"}]  # skipped by cleaning, in a later part
    rows[30:30] = [{"article_id": "bad-date", "text": "قال بوتين كلاما.", "date": "2025-13-01"}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(analyze_module, "PART_SIZE", 4)
    caught = {}
    for jobs in (1, 2):
        with warnings.catch_warnings(record=True) as caught[jobs]:
            warnings.simplefilter("always")
            analyze_corpus(corpus, tmp_path / f"jobs{jobs}", analyzer=analyzer, chunk_size=20, jobs=jobs,
                           progress=False)
    assert _table_bytes(tmp_path / "jobs1") == _table_bytes(tmp_path / "jobs2")
    assert [str(w.message) for w in caught[2]] == [str(w.message) for w in caught[1]]
    assert len(caught[1]) == 3
    skipped = pd.read_parquet(tmp_path / "jobs2" / "skipped.parquet")
    assert skipped["article_id"].tolist() == ["empty", "share-only", "bad-date"]
    assert pq.ParquetFile(tmp_path / "jobs2" / "articles.parquet").num_row_groups == 3  # 43 rows, chunks of 20


def test_analyze_strict_error_in_a_later_part_of_a_chunk(tmp_path, synthetic_jsonl, analyzer, monkeypatch):
    rows = [json.loads(line) for line in synthetic_jsonl.read_text(encoding="utf-8").splitlines()][:12]
    rows.insert(9, {"article_id": "share-only", "text": "TT\n"})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(analyze_module, "PART_SIZE", 3)
    with pytest.raises(InputError) as error:
        analyze_corpus(corpus, tmp_path / "out", analyzer=analyzer, chunk_size=13, jobs=2, strict=True,
                       progress=False)
    assert str(error.value) == f"{corpus}:10: no text left after cleaning"


def test_analyze_spawned_workers_where_there_is_no_fork_server(tmp_path, synthetic_jsonl, analyzer, monkeypatch):
    import multiprocessing

    from framing.workers import worker_context

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])  # as on Windows
    assert worker_context().get_start_method() == "spawn"
    one, two = tmp_path / "jobs1", tmp_path / "spawned"
    analyze_corpus(synthetic_jsonl, one, analyzer=analyzer, chunk_size=10, jobs=1, progress=False)
    analyze_corpus(synthetic_jsonl, two, analyzer=analyzer, chunk_size=10, jobs=2, progress=False)
    assert _table_bytes(one) == _table_bytes(two)


def test_analyze_parquet_files_have_fixed_schema_and_no_pandas_metadata(tmp_path, analyzer):
    analyze_corpus(SEEDS_DIR, tmp_path, analyzer=analyzer, progress=False)
    for name in TABLES:
        schema = pq.read_schema(tmp_path / f"{name}.parquet")
        assert schema.remove_metadata().equals(table_schema(name))
        assert b"pandas" not in (schema.metadata or {})
    assert pq.read_schema(tmp_path / "skipped.parquet").field("article_id").type == pa.string()


def test_analyze_csv_matches_parquet(tmp_path):
    assert cli.main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path), "--csv", "--quiet", "--chunk-size", "3"]) == 0
    for name in TABLES:
        from_csv = pd.read_csv(tmp_path / f"{name}.csv", dtype=str, keep_default_na=False)
        from_parquet = pd.read_parquet(tmp_path / f"{name}.parquet").astype(object)
        assert list(from_csv.columns) == TABLES[name]
        assert len(from_csv) == len(from_parquet)
        expected = from_parquet.map(lambda v: "" if v is None else str(v))
        pd.testing.assert_frame_equal(from_csv.astype(object), expected, check_dtype=False)
    manifest = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert manifest["corpus"] == corpus_fingerprint(SEEDS_DIR)
    assert manifest["options"]["command"] == "analyze" and manifest["options"]["chunk_size"] == 3
    assert manifest["options"]["csv"] is True and "out" not in manifest["options"]
    assert sorted(manifest["lexicons"]) == sorted(f"framing/data/{name}" for name in lexicons_used())


def test_analyze_skipped_articles_are_listed(tmp_path, analyzer):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"article_id": "a", "text": "قال ماكرون إن أوروبا جاهزة."}, {"article_id": "b", "text": "  "},
            {"article_id": "c", "text": "قال بوتين كلاما.", "date": "2025-13-01"}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analyze_corpus(corpus, tmp_path / "out", analyzer=analyzer, chunk_size=2, progress=False)
    tables = _read_tables(tmp_path / "out")
    assert tables["articles"]["article_id"].tolist() == ["a"]
    assert tables["skipped"]["article_id"].tolist() == ["b", "c"]
    assert tables["skipped"]["problem"].tolist()[0] == "empty or missing text"
    assert sum("skipped" in str(w.message) for w in caught) == 2  # one warning each, relayed once
    assert tables["mentions"]["actor_id"].tolist() == ["Emmanuel Macron", "Europe"]


# ---------------------------------------------------------------------------------------------
# Dask


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_analyze_bag_seeds_equal_one_analyzer(dask_client, analyzer):
    import dask
    import dask.bag as db

    corpus, expected = _reference(SEEDS_DIR, analyzer)
    records = corpus.articles[["article_id", "text", "date"]].astype(object).to_dict("records")
    tables = analyze_bag(db.from_sequence(records, npartitions=3), analyzer)
    (computed,) = dask.compute(tables)  # on the two-process cluster, the default client
    for name in MEASURES:
        assert len(computed[name]) > 0
        _assert_same(computed[name], expected[name])


def test_analyze_bag_dataframe_synthetic_equal_one_analyzer(dask_client, synthetic_jsonl, analyzer):
    import dask
    import dask.dataframe as dd

    corpus, expected = _reference(synthetic_jsonl, analyzer)
    frame = dd.from_pandas(corpus.articles[["article_id", "text", "date"]], npartitions=4)
    (computed,) = dask.compute(analyze_bag(frame, analyzer))
    for name in MEASURES:
        _assert_same(computed[name], expected[name])


def test_analyze_dask_cli_same_bytes_as_jobs_1(dask_client, tmp_path, synthetic_jsonl, monkeypatch):
    monkeypatch.setattr(analyze_module, "PART_SIZE", 4)  # chunks of 9 go to Dask workers in parts
    address = dask_client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    base = ["analyze", str(synthetic_jsonl), "--quiet", "--chunk-size", "9", "--out"]
    assert cli.main(base + [str(tmp_path / "one")]) == 0
    assert cli.main(base + [str(tmp_path / "dask"), "--dask", address]) == 0
    assert _table_bytes(tmp_path / "one") == _table_bytes(tmp_path / "dask")


# ---------------------------------------------------------------------------------------------
# Streaming readers


def _write_formats(tmp_path, corpus) -> dict:
    """The seeds as CSV, JSONL and Parquet tables (the Parquet in row groups of two), with one
    bad row (no text) and rows out of id order."""
    rows = corpus.articles[["article_id", "outlet", "date", "event", "raw_text"]].rename(columns={"raw_text": "text"})
    rows = pd.concat([rows.iloc[::-1], pd.DataFrame([{"article_id": "zz-empty", "text": ""}])]).astype(object)
    rows = rows.where(rows.notna(), None)
    paths = {"csv": tmp_path / "c.csv", "jsonl": tmp_path / "c.jsonl", "parquet": tmp_path / "c.parquet"}
    rows.to_csv(paths["csv"], index=False)
    paths["jsonl"].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows.to_dict("records")),
                              encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(rows.to_dict("records")), paths["parquet"], row_group_size=2)
    return paths


@pytest.mark.parametrize("fmt", ["folder", "csv", "jsonl", "parquet"])
def test_analyze_iter_corpus_same_articles_as_read_corpus(tmp_path, seed_corpus, fmt):
    path = SEEDS_DIR if fmt == "folder" else _write_formats(tmp_path, seed_corpus)[fmt]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = read_corpus(path)
        chunks = list(iter_corpus(path, chunk_size=2))
    assert all(len(c.articles) + len(c.skipped) <= 2 for c in chunks)
    assert len(chunks) == -(-(len(expected.articles) + len(expected.skipped)) // 2)  # rows in chunks of two
    articles = pd.concat([c.articles for c in chunks]).sort_values("article_id", kind="stable")
    pd.testing.assert_frame_equal(articles.reset_index(drop=True), expected.articles)
    cleaning = pd.concat([c.cleaning for c in chunks]).sort_values(["article_id", "start"], kind="stable")
    pd.testing.assert_frame_equal(cleaning.reset_index(drop=True), expected.cleaning, check_dtype=False)
    skipped = pd.concat([c.skipped for c in chunks]).reset_index(drop=True)
    pd.testing.assert_frame_equal(skipped, expected.skipped, check_dtype=False)
    assert len(expected.articles) == 5 and len(expected.skipped) == (0 if fmt == "folder" else 1)


def test_analyze_iter_records_parquet_by_row_group(tmp_path, seed_corpus):
    path = _write_formats(tmp_path, seed_corpus)["parquet"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the row without text
        sizes = [len(records) + len(skipped) for records, skipped in iter_records(path, chunk_size=100)]
    assert sizes == [2, 2, 2]  # row groups of two rows, never the whole file


def test_analyze_iter_corpus_reports_bad_json_line_and_duplicates(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "قال ماكرون"}\n\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError) as error:
        next(iter_corpus(bad))
    assert error.value.line == 3 and "invalid JSON" in error.value.message
    dup = tmp_path / "dup.jsonl"
    dup.write_text("".join(json.dumps({"id": i, "text": "قال ماكرون"}) + "\n" for i in ("a", "b", "a")),
                   encoding="utf-8")
    chunks = iter_corpus(dup, chunk_size=2)
    assert next(chunks).articles["article_id"].tolist() == ["a", "b"]
    with pytest.raises(InputError, match="duplicate article id 'a'"):
        next(chunks)


def test_analyze_iter_corpus_empty_corpus(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"text": ""}\n', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(EmptyCorpusError, match="1 skipped"):
            list(iter_corpus(empty))


# ---------------------------------------------------------------------------------------------
# Atomic output


def test_analyze_failure_mid_run_leaves_earlier_outputs(tmp_path, synthetic_jsonl, analyzer, monkeypatch):
    out = tmp_path / "out"
    analyze_corpus(SEEDS_DIR, out, analyzer=analyzer, progress=False)
    before = _table_bytes(out)
    calls = []
    real = analyze_module.analyze_chunk

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("simulated crash in the third chunk")
        return real(*args, **kwargs)

    monkeypatch.setattr(analyze_module, "analyze_chunk", failing)
    with pytest.raises(RuntimeError, match="simulated crash"):
        analyze_corpus(synthetic_jsonl, out, analyzer=analyzer, chunk_size=5, csv=True, progress=False)
    assert len(calls) == 3
    assert _table_bytes(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.parquet" for name in TABLES)


def test_analyze_cli_bad_input_mid_run_exit_2_keeps_outputs(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["analyze", str(SEEDS_DIR), "--out", str(out), "--quiet"]) == 0
    before = _table_bytes(out)
    dup = tmp_path / "dup.jsonl"
    dup.write_text("".join(json.dumps({"id": i, "text": "قال ماكرون"}) + "\n" for i in "abcda"), encoding="utf-8")
    capsys.readouterr()
    manifest = (out / "run.json").read_bytes()
    assert cli.main(["analyze", str(dup), "--out", str(out), "--chunk-size", "2", "--quiet"]) == 2
    assert "duplicate article id 'a'" in capsys.readouterr().err
    assert _table_bytes(out) == before and (out / "run.json").read_bytes() == manifest
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{name}.parquet" for name in TABLES] + ["run.json"])


def test_analyze_strict_error_in_a_worker_reaches_the_caller(tmp_path, analyzer):
    """A bad article found by a worker process (nothing left after cleaning) stops a --strict run
    with the same one-line error as in one process."""
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": "قال ماكرون إن أوروبا جاهزة."}, {"id": "b", "text": "TT\n"}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for jobs in (1, 2):
        with pytest.raises(InputError) as error:
            analyze_corpus(corpus, tmp_path / f"out{jobs}", analyzer=analyzer, chunk_size=1, jobs=jobs, strict=True,
                           progress=False)
        assert str(error.value) == f"{corpus}:2: no text left after cleaning"
        assert list((tmp_path / f"out{jobs}").iterdir()) == []


def test_analyze_cli_empty_corpus_exit_3_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"text": " "}\n', encoding="utf-8")
    assert cli.main(["analyze", str(empty), "--out", str(tmp_path / "out"), "--quiet"]) == 3
    assert "no article to analyse (1 skipped)" in capsys.readouterr().err
    assert list((tmp_path / "out").iterdir()) == []


def test_analyze_cli_bad_options(tmp_path, capsys):
    assert cli.main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert cli.main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path / "o"), "--chunk-size", "0"]) == 2
    assert cli.main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path / "o"), "--jobs", "0"]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "chunk size must be at least 1" in err and "--jobs" in err
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------------------------
# Progress


def test_analyze_progress_bar_only_on_request_or_tty(tmp_path, analyzer, capsys):
    analyze_corpus(SEEDS_DIR, tmp_path / "a", analyzer=analyzer, progress=None)  # stderr is not a TTY here
    assert capsys.readouterr().err == ""
    analyze_corpus(SEEDS_DIR, tmp_path / "b", analyzer=analyzer, progress=True)
    assert "5 articles" in capsys.readouterr().err


@pytest.mark.parametrize("args,started", [
    (["corpus.jsonl", "--out", "o", "--jobs", "2"], True),
    (["corpus.jsonl", "--out", "o", "-j", "4"], True),
    (["corpus.jsonl", "--out", "o"], False),
    (["corpus.jsonl", "--out", "o", "--jobs", "2", "--dask", "local"], False),
    (["corpus.jsonl", "--out", "o", "--jobs", "two"], False),
])
def test_the_command_line_starts_the_fork_server_for_several_jobs(args, started):
    import multiprocessing

    from framing.workers import start_early

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    assert start_early(args) is started
