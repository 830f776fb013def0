"""Same input, same output: byte-identical tables whatever the process, the hash seed or the order
in which the corpus's files were created or are named; and run manifests (framing.manifest)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import bad_inputs
from conftest import SEED_FILES, SEED_IDS
from framing import lexicon
from framing.corpus import read_corpus
from framing.errors import InputError
from framing.manifest import (
    DEPENDENCIES,
    corpus_fingerprint,
    lexicons_used,
    manifest_bytes,
    options_of,
    run_manifest,
    write_run_manifest,
)
from framing.pipeline import Analyzer

TABLE_COMMANDS = ("actors", "quotes", "hedges", "sentiment")
FORMATS = ("csv", "parquet")

# Runs every table command in both formats into OUT, then writes a run manifest; exits with the
# worst exit code.
DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import framing.cli as cli
    from framing.manifest import write_run_manifest

    corpus, out = sys.argv[1], Path(sys.argv[2])
    codes = [cli.main([command, corpus, "--format", fmt, "--output", str(out / f"{command}.{fmt}")])
             for command in ("actors", "quotes", "hedges", "sentiment") for fmt in ("csv", "parquet")]
    write_run_manifest(out, corpus, {"command": "tables"})
    sys.exit(max(codes))
    """
)


def _copy_seeds(folder: Path, order: list[Path], names: dict[str, str] | None = None) -> Path:
    """The seeds (and corpus.csv) copied into ``folder``, files created in ``order``, renamed by
    ``names`` (old stem -> new stem); the manifest's rows follow the creation order."""
    folder.mkdir(parents=True)
    names = names or {f.stem: f.stem for f in SEED_FILES}
    manifest = (SEED_FILES[0].parent / "corpus.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    rows = {line.split(",", 1)[0]: line for line in manifest[1:]}
    kept = [manifest[0]]
    for source in order:
        shutil.copyfile(source, folder / f"{names[source.stem]}.txt")
        kept.append(rows[source.name].replace(source.name, f"{names[source.stem]}.txt", 1))
    (folder / "corpus.csv").write_text("".join(kept), encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The table commands in separate processes: on the seeds with PYTHONHASHSEED 0, 12345 and
    random; on a copy created in reverse order; on a copy with shuffled names (random hash seed).
    Returns {run name: (output folder, mapping of renamed ids back)}."""
    root = tmp_path_factory.mktemp("determinism")
    shuffled = SEED_IDS[:]
    random.Random(7).shuffle(shuffled)
    renamed = {old: f"article_{new[:3]}_{i}" for i, (old, new) in enumerate(zip(SEED_IDS, shuffled, strict=True))}
    corpora = {
        "hashseed-0": (SEED_FILES[0].parent, "0"),
        "hashseed-12345": (SEED_FILES[0].parent, "12345"),
        "hashseed-random": (SEED_FILES[0].parent, "random"),
        "reverse-order": (_copy_seeds(root / "reversed", SEED_FILES[::-1]), "random"),
        "renamed": (_copy_seeds(root / "renamed", [SEED_FILES[SEED_IDS.index(i)] for i in shuffled], renamed),
                    "random"),
    }
    before = {name: bad_inputs.folder_hash(corpus) for name, (corpus, _) in corpora.items()}
    processes = {}
    for name, (corpus, seed) in corpora.items():
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARNINGS")}, "PYTHONHASHSEED": seed}
        processes[name] = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(root / "out" / name)],
                                           env=env, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for name, process in processes.items():
        _, stderr = process.communicate(timeout=900)
        assert process.returncode == 0, (name, stderr.decode())
        assert b"Traceback" not in stderr
    after = {name: bad_inputs.folder_hash(corpus) for name, (corpus, _) in corpora.items()}
    assert after == before, "a run modified its corpus"
    back = {new: old for old, new in renamed.items()}
    return {name: (root / "out" / name, back if name == "renamed" else {}) for name in corpora}


@pytest.mark.parametrize("run", ["hashseed-12345", "hashseed-random", "reverse-order"])
def test_determinism_tables_byte_identical(runs, run):
    reference, other = _files(runs["hashseed-0"][0]), _files(runs[run][0])
    assert sorted(reference) == sorted([f"{c}.{f}" for c in TABLE_COMMANDS for f in FORMATS] + ["run.json"])
    for name in reference:
        if name != "run.json":  # the corpus paths differ
            assert other[name] == reference[name], name
    assert all(len(pd.read_csv(io.BytesIO(reference[f"{c}.csv"]))) > 20 for c in TABLE_COMMANDS)


def _mapped_back(frame: pd.DataFrame, back: dict[str, str]) -> pd.DataFrame:
    frame = frame.assign(article_id=frame["article_id"].map(back))
    return frame.sort_values("article_id", kind="stable").reset_index(drop=True)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", TABLE_COMMANDS)
def test_determinism_renamed_files_give_the_same_rows(runs, command, fmt):
    """Files named otherwise and listed in another order: once the ids are mapped back, the same
    rows in the same order (CSV: the same bytes)."""
    (reference, _), (renamed, back) = runs["hashseed-0"], runs["renamed"]

    def read(path):
        if fmt == "csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False)
        return pq.read_table(path).to_pandas()

    expected = read(reference / f"{command}.{fmt}")
    found = _mapped_back(read(renamed / f"{command}.{fmt}"), back)
    assert expected["article_id"].is_monotonic_increasing and set(expected["article_id"]) <= set(SEED_IDS)
    pd.testing.assert_frame_equal(found, expected)
    if fmt == "csv":
        csv = found.to_csv(index=False, lineterminator="\n").encode("utf-8")
        assert csv == (reference / f"{command}.csv").read_bytes()


def test_determinism_table_rows_in_any_order(tmp_path, seed_corpus):
    """A JSONL corpus gives the same articles and tables whatever the order of its lines."""
    records = seed_corpus.articles[["article_id", "outlet", "date", "event", "raw_text"]].rename(
        columns={"raw_text": "text"}).to_dict("records")
    paths = []
    for name, rows in (("sorted", records), ("reversed", records[::-1])):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        paths.append(path)
    first, second = (read_corpus(p).articles.drop(columns=["source"]) for p in paths)
    pd.testing.assert_frame_equal(first, second)
    assert first["article_id"].tolist() == SEED_IDS
    analyzer = Analyzer()
    for name, table in analyzer.analyze(first).items():
        pd.testing.assert_frame_equal(table, analyzer.analyze(second)[name], obj=name)


# ---------------------------------------------------------------------------------------------
# Run manifests


def test_determinism_run_manifest_byte_identical_across_processes(runs):
    """The manifests written by processes with different hash seeds, on the same corpus."""
    texts = {(runs[name][0] / "run.json").read_bytes() for name in ("hashseed-0", "hashseed-12345", "hashseed-random")}
    assert len(texts) == 1
    manifest = json.loads(texts.pop())
    assert manifest["options"] == {"command": "tables"}
    assert manifest["corpus"]["files"] == len(SEED_FILES) + 1


def test_determinism_run_manifest_contents(tmp_path, seeds_dir):
    from importlib import metadata

    manifest = run_manifest(seeds_dir, {"command": "report", "labels": "ar", "strict": False})
    assert manifest["framing"] == metadata.version("framing")
    assert set(manifest["dependencies"]) == set(DEPENDENCIES)
    assert manifest["dependencies"]["pandas"] == pd.__version__
    assert manifest["options"] == {"command": "report", "labels": "ar", "strict": False}
    bundled = {f"framing/data/{name}": lexicon.file_hash(name) for name in lexicons_used()}
    # six gazetteer files, names, thirteen lexicons (numbers.tsv, agency_credits.tsv, hedge_patterns.toml)
    assert manifest["lexicons"] == bundled and len(bundled) == 20
    listing = [[p.name, hashlib.sha256(p.read_bytes()).hexdigest()] for p in sorted(seeds_dir.iterdir()) if p.is_file()]
    assert manifest["corpus"]["sha256"] == hashlib.sha256(json.dumps(listing, ensure_ascii=False).encode()).hexdigest()
    text = manifest_bytes(manifest).decode("utf-8")
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", text)  # no date, no time of day
    assert platform.node() not in text


def test_determinism_run_manifest_user_lexicon(tmp_path, seeds_dir):
    hedges = tmp_path / "my_hedges.tsv"
    hedges.write_text(bad_inputs.bundled_text("hedges.tsv") + "لعل وعسى\thedge\tepistemic_modal\t\t0\t\n",
                      encoding="utf-8")
    manifest = run_manifest(seeds_dir, {}, lexicons_used(hedges=hedges))
    assert manifest["lexicons"][str(hedges)] == hashlib.sha256(hedges.read_bytes()).hexdigest()
    assert "framing/data/hedges.tsv" not in manifest["lexicons"]
    assert manifest["lexicons"]["framing/data/actors.toml"] == lexicon.file_hash("actors.toml")


def test_determinism_corpus_hash_ignores_order_and_dates(tmp_path):
    """The corpus hash depends on the files' names and bytes only."""
    forward = _copy_seeds(tmp_path / "a", SEED_FILES)
    backward = _copy_seeds(tmp_path / "b", SEED_FILES[::-1])
    shutil.copyfile(forward / "corpus.csv", backward / "corpus.csv")  # same rows, same order
    os.utime(backward / SEED_FILES[0].name, (0, 0))
    assert corpus_fingerprint(forward)["sha256"] == corpus_fingerprint(backward)["sha256"]
    spoiled = backward / SEED_FILES[0].name
    spoiled.write_bytes(spoiled.read_bytes() + b" ")
    assert corpus_fingerprint(forward)["sha256"] != corpus_fingerprint(backward)["sha256"]
    table = tmp_path / "corpus.csv"
    table.write_text("text\nقال ماكرون\n", encoding="utf-8")
    assert corpus_fingerprint(table) == {"path": str(table), "files": 1,
                                         "sha256": hashlib.sha256(table.read_bytes()).hexdigest()}
    with pytest.raises(InputError, match="no such file or folder"):
        corpus_fingerprint(tmp_path / "missing")


def test_determinism_write_run_manifest_rerun_same_bytes(tmp_path, seeds_dir):
    import argparse

    args = argparse.Namespace(command="report", path=str(seeds_dir), out=str(tmp_path), quiet=True, labels="en",
                              gazetteer=None, strict=False, encoding="utf-8", handler=print)
    options = options_of(args)
    assert options == {"command": "report", "encoding": "utf-8", "gazetteer": None, "labels": "en", "strict": False}
    first = write_run_manifest(tmp_path, seeds_dir, options).read_bytes()
    second = write_run_manifest(tmp_path, seeds_dir, options).read_bytes()
    assert first == second and first.endswith(b"}\n")
    assert list(json.loads(first)) == sorted(json.loads(first))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.json"]
