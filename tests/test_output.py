"""framing.output: table formats and atomic writes."""

from __future__ import annotations

import io
import os
import stat

import pandas as pd
import pyarrow.parquet as pq
import pytest

from framing.corpus import corpus_summary
from framing.errors import InputError
from framing.output import format_table, table_bytes, write_atomic, write_table


@pytest.fixture(scope="module")
def summary(seed_corpus) -> pd.DataFrame:
    return corpus_summary(seed_corpus)


def test_output_csv_round_trip(summary):
    back = pd.read_csv(io.StringIO(format_table(summary, "csv")), dtype={"date": str})
    assert back.columns.tolist() == summary.columns.tolist()
    assert back["article_id"].tolist() == summary["article_id"].tolist()
    assert back["words"].tolist() == summary["words"].tolist()
    assert back["outlet"].tolist() == summary["outlet"].tolist()  # commas and parentheses survive


def test_output_table_format(summary):
    text = format_table(summary, "table")
    lines = text.splitlines()
    assert lines[0].split() == summary.columns.tolist()
    assert len(lines) == len(summary) + 1
    assert all(article_id in text for article_id in summary["article_id"])
    assert format_table(summary.iloc[0:0], "table") == "(no rows)\n"


def test_output_unknown_format(summary):
    with pytest.raises(InputError, match="unknown format 'xlsx'"):
        format_table(summary, "xlsx")


def test_output_parquet_round_trip_and_stable(summary):
    data = table_bytes(summary, "parquet")
    assert data[:4] == b"PAR1"
    back = pd.read_parquet(io.BytesIO(data))
    assert back["article_id"].tolist() == summary["article_id"].tolist()
    assert back["chars_removed"].tolist() == summary["chars_removed"].tolist()
    assert pq.read_schema(io.BytesIO(data)).metadata is None  # no pandas metadata
    assert table_bytes(summary, "parquet") == data


def _leftovers(folder, keep):
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def test_output_write_atomic_no_temp_file(tmp_path):
    target = write_atomic(tmp_path / "out" / "summary.csv", "article_id\n000\n")
    assert target.read_text(encoding="utf-8") == "article_id\n000\n"
    assert _leftovers(target.parent, "summary.csv") == []
    write_atomic(target, b"article_id\n001\n")  # overwrite
    assert target.read_bytes() == b"article_id\n001\n"
    assert _leftovers(target.parent, "summary.csv") == []


@pytest.mark.parametrize("failing", ["os.replace", "os.fsync"])
def test_output_write_atomic_failure_keeps_earlier_file(tmp_path, monkeypatch, failing):
    target = tmp_path / "summary.csv"
    target.write_text("earlier\n", encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    _, name = failing.split(".")
    monkeypatch.setattr(os, name, fail)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new\n")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "earlier\n"
    assert _leftovers(tmp_path, "summary.csv") == []


def test_output_write_atomic_permissions(tmp_path):
    """The output is readable like any file the user writes, not private like a temp file."""
    umask = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "new.csv", "x\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)
        write_atomic(target, "y\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode
    finally:
        os.umask(umask)


@pytest.mark.parametrize("suffix, fmt", [(".csv", "csv"), (".parquet", "parquet"), (".txt", "table")])
def test_output_write_table_format_from_suffix(tmp_path, summary, suffix, fmt):
    target = write_table(summary, tmp_path / f"summary{suffix}")
    assert target.read_bytes() == table_bytes(summary, fmt)
    assert target.read_bytes() != table_bytes(summary, {"csv": "table"}.get(fmt, "csv"))


@pytest.mark.parametrize("folder", ["/", "/etc", "/usr/../var", "~"])
def test_output_system_folders_are_refused(folder):
    from framing.output import check_output_folder

    with pytest.raises(InputError, match="a system folder: refusing"):
        check_output_folder(os.path.expanduser(folder))


def test_output_excel_safe_and_standard_output(seeds_dir, tmp_path, capsys):
    from framing.cli import main

    manifest = (seeds_dir / "corpus.csv").read_text(encoding="utf-8").replace("Asharq Al-Awsat", "=HYPERLINK(1)")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in seeds_dir.glob("*.txt"):
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "corpus.csv").write_text(manifest, encoding="utf-8")
    assert main(["corpus", str(folder), "--format", "csv", "--output", "-"]) == 0
    assert "\n000_f3c62e45abe5420d,=HYPERLINK(1)," in capsys.readouterr().out
    assert main(["corpus", str(folder), "--format", "csv", "--output", "-", "--excel-safe"]) == 0
    assert "\n000_f3c62e45abe5420d,'=HYPERLINK(1)," in capsys.readouterr().out


def test_output_report_excel_safe_neutralises_its_csv_tables_only(copy_seeds, tmp_path):
    from framing.cli import main

    folder = copy_seeds(ids=["001", "003"])
    manifest = folder / "corpus.csv"
    text = manifest.read_text(encoding="utf-8")
    outlet = text.splitlines()[1].split(",")[1]
    manifest.write_text(text.replace(outlet, "=HYPERLINK(1)", 1), encoding="utf-8")
    plain, safe = tmp_path / "plain", tmp_path / "safe"
    assert main(["report", str(folder), "--out", str(plain), "--quiet"]) == 0
    assert main(["report", str(folder), "--out", str(safe), "--quiet", "--excel-safe"]) == 0
    plain_cells = (plain / "tables" / "outlets.csv").read_text(encoding="utf-8")
    assert ",=HYPERLINK(1)," in plain_cells and "'=" not in plain_cells
    for name in ("articles", "outlets", "sourcing", "attention"):
        cells = (safe / "tables" / f"{name}.csv").read_text(encoding="utf-8")
        assert "'=HYPERLINK(1)" in cells, name
        assert not any(c.startswith("=") for line in cells.splitlines() for c in line.split(",")), name
        assert (safe / "tables" / f"{name}.parquet").read_bytes() == (plain / "tables" / f"{name}.parquet").read_bytes()
