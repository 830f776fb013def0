"""The ``framing corpus`` command: bad input, exit codes, formats, atomic output, no network."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import framing.cli
from conftest import SEED_IDS, SEEDS_DIR
from framing.cli import main

A000, A001, A002, A003, A004 = SEED_IDS
SUMMARY_COLUMNS = ["article_id", "outlet", "date", "event", "words", "chars_removed"]


def framing_command() -> list[str]:
    """The installed console script, else the module."""
    script = Path(sys.executable).parent / "framing"
    return [str(script)] if script.exists() else [sys.executable, "-m", "framing.cli"]


def run_cli(*args, cwd=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARNINGS")}
    return subprocess.run(
        [*framing_command(), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


def call_main(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def check_stderr(err: str, code: int) -> list[str]:
    """Only one-line ``warning:``/``error:`` messages; one error exactly when the run failed."""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert all(line.startswith(("warning: ", "error: ")) for line in lines), lines
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == (0 if code == 0 else 1), lines
    return lines


# ---------------------------------------------------------------------------------------------
# Bad input: a catalogue of spoiled corpora, each built in tmp_path

MANIFEST_HEAD = "file,outlet,date,event,language,notes\n"


def _files(folder: Path, files: dict[str, bytes | str], manifest: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if manifest is not None:
        (folder / "corpus.csv").write_text(MANIFEST_HEAD + manifest, encoding="utf-8")
    return folder


def build(case: str, tmp: Path, raw: dict[str, str]) -> Path:
    good = {"good.txt": raw[A001]}
    folder = tmp / case
    if case == "non-utf8":
        return _files(folder, {"cp.txt": raw[A000].encode("cp1256", errors="replace"), **good})
    if case == "empty":
        return _files(folder, {"empty.txt": b"", **good})
    if case == "whitespace":
        return _files(folder, {"blank.txt": b" \n\t\r\n", **good})
    if case == "duplicate-ids":
        path = tmp / "dup.csv"
        pd.DataFrame({"article_id": ["a", "a"], "text": [raw[A001], raw[A002]]}).to_csv(path, index=False)
        return path
    if case == "missing-file":
        return _files(folder, good, "good.txt,X,2026-01-06,e,ar,\ngone.txt,Y,2026-01-06,e,ar,\n")
    if case == "bad-date":
        return _files(folder, {**good, "late.txt": raw[A002]}, "good.txt,X,2026-01-06,e,ar,\nlate.txt,Y,2025-13-01,e,ar,\n")
    if case == "binary":
        return _files(folder, {"photo.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), **good})
    if case == "no-file-column":
        folder = _files(folder, good)
        (folder / "corpus.csv").write_text("name,outlet\ngood.txt,X\n", encoding="utf-8")
        return folder
    if case == "no-such-path":
        return tmp / "nowhere"
    if case == "html":
        page = f"<!doctype html>\n<html><head><meta charset='utf-8'></head><body><p>{raw[A002][:200]}</p></body></html>"
        return _files(folder, {"page.txt": page, **good})
    if case == "all-bad":
        return _files(folder, {"a.txt": b"", "b.txt": b"\x00\x00", "c.txt": "<html><body>x</body></html>"})
    raise ValueError(case)


# case, lenient exit code, strict exit code, the file the message names, words of the message
BAD_INPUT = [
    ("non-utf8", 0, 2, "cp.txt", ["not valid utf-8", "byte 3", "--encoding"]),
    ("empty", 0, 2, "empty.txt", ["empty"]),
    ("whitespace", 0, 2, "blank.txt", ["whitespace-only"]),
    ("duplicate-ids", 2, 2, "dup.csv", ["duplicate article id 'a'"]),
    ("missing-file", 0, 2, "corpus.csv:3", ["gone.txt", "not found"]),
    ("bad-date", 0, 2, "corpus.csv:3", ["bad date '2025-13-01'", "YYYY-MM-DD"]),
    ("binary", 0, 2, "photo.txt", ["binary"]),
    ("no-file-column", 2, 2, "corpus.csv:1", ["missing column 'file'"]),
    ("no-such-path", 2, 2, "nowhere", ["no such file or folder"]),
    ("html", 0, 2, "page.txt", ["HTML"]),
    ("all-bad", 3, 2, "all-bad", ["no article to analyse (3 skipped)"]),
]


@pytest.mark.parametrize("case, lenient, strict, names, words", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_cli_bad_input_lenient(tmp_path, seed_raw, capsys, case, lenient, strict, names, words):
    path = build(case, tmp_path, seed_raw)
    code, out, err = call_main(capsys, "corpus", path)
    assert code == lenient
    lines = check_stderr(err, code)
    if lenient == 0:  # the bad article was skipped with a warning naming it, the good one listed
        (message,) = [line for line in lines if names in line]
        assert message.startswith("warning: ") and message.endswith("skipped")
        assert "good" in out and out.splitlines()[0].split() == SUMMARY_COLUMNS
    else:
        message = lines[-1]
        assert message.startswith("error: ") and names in message and out == ""
    assert all(w in message for w in words)
    if case == "all-bad":  # a warning for each skipped article, then the error
        assert len(lines) == 4


@pytest.mark.parametrize("case, lenient, strict, names, words", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_cli_bad_input_strict(tmp_path, seed_raw, capsys, case, lenient, strict, names, words):
    path = build(case, tmp_path, seed_raw)
    code, out, err = call_main(capsys, "corpus", path, "--strict")
    assert code == strict and out == ""
    (line,) = check_stderr(err, code)
    assert line.startswith("error: ") and names.split(":")[0] in line
    if case != "all-bad":
        assert all(w in line for w in words)


@pytest.mark.parametrize("case", ["non-utf8", "all-bad", "no-such-path", "duplicate-ids"])
def test_cli_bad_input_subprocess(tmp_path, seed_raw, case):
    """The real command: exit codes and one-line messages, never a traceback."""
    expected = {c[0]: c for c in BAD_INPUT}[case]
    path = build(case, tmp_path, seed_raw)
    for args, code in (([], expected[1]), (["--strict"], expected[2])):
        result = run_cli("corpus", path, *args)
        assert result.returncode == code, result.stderr
        check_stderr(result.stderr, code)
        assert expected[3].split(":")[0] in result.stderr


def test_cli_encoding_option(tmp_path, seed_raw, capsys):
    folder = _files(tmp_path / "cp", {f"{A002}.txt": seed_raw[A002].encode("cp1256")})
    code, out, err = call_main(capsys, "corpus", folder)
    assert code == 3 and "--encoding" in err
    check_stderr(err, code)
    code, out, err = call_main(capsys, "corpus", folder, "--encoding", "cp1256", "--strict", "--format", "csv")
    assert (code, err) == (0, "")
    row = pd.read_csv(io.StringIO(out)).iloc[0]
    assert row["article_id"] == A002 and row["words"] > 500


def test_cli_utf16_with_bom(tmp_path, seed_raw, capsys):
    folder = _files(tmp_path / "u16", {f"{A001}.txt": seed_raw[A001].encode("utf-16")})
    code, out, err = call_main(capsys, "corpus", folder, "--strict", "--format", "csv")
    assert (code, err) == (0, "")
    utf8 = _files(tmp_path / "u8", {f"{A001}.txt": seed_raw[A001]})
    assert call_main(capsys, "corpus", utf8, "--strict", "--format", "csv")[1] == out


@pytest.mark.parametrize("strict", [[], ["--strict"]], ids=["lenient", "strict"])
def test_cli_unknown_encoding(tmp_path, seed_raw, capsys, strict):
    """A bad --encoding is an option problem (exit 2), not a reason to skip every article (exit 3)."""
    folder = _files(tmp_path / "x", {"a.txt": seed_raw[A001], "b.txt": seed_raw[A002]})
    code, out, err = call_main(capsys, "corpus", folder, "--encoding", "no-such-codec", *strict)
    assert (code, out) == (2, "")
    (line,) = check_stderr(err, code)
    assert "unknown encoding 'no-such-codec'" in line


# ---------------------------------------------------------------------------------------------
# Formats and --output


def test_cli_corpus_seeds(repo_root, seed_corpus):
    result = run_cli("corpus", "seeds", cwd=repo_root)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0].split() == SUMMARY_COLUMNS
    assert [line.split()[0] for line in lines[1:]] == SEED_IDS


def test_cli_format_csv(seeds_dir, seed_corpus, capsys):
    code, out, err = call_main(capsys, "corpus", seeds_dir, "--format", "csv")
    assert (code, err) == (0, "")
    table = pd.read_csv(io.StringIO(out), dtype={"date": str})
    assert table.columns.tolist() == SUMMARY_COLUMNS
    assert table["article_id"].tolist() == SEED_IDS
    assert table["outlet"].tolist() == seed_corpus.articles["outlet"].tolist()
    removed = seed_corpus.cleaning.assign(n=lambda c: c["end"] - c["start"]).groupby("article_id")["n"].sum()
    assert table.set_index("article_id")["chars_removed"].to_dict() == {a: int(removed.get(a, 0)) for a in SEED_IDS}


def test_cli_format_table_is_default(seeds_dir, capsys):
    default = call_main(capsys, "corpus", seeds_dir)
    table = call_main(capsys, "corpus", seeds_dir, "--format", "table")
    assert default == table and default[0] == 0
    assert table[1].splitlines()[0].split() == SUMMARY_COLUMNS


def test_cli_output_csv(tmp_path, seeds_dir, capsys):
    _, stdout_csv, _ = call_main(capsys, "corpus", seeds_dir, "--format", "csv")
    target = tmp_path / "out" / "summary.csv"
    code, out, err = call_main(capsys, "corpus", seeds_dir, "--format", "csv", "--output", target)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == stdout_csv
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.csv"]


def test_cli_output_parquet(tmp_path, seeds_dir, capsys):
    _, stdout_csv, _ = call_main(capsys, "corpus", seeds_dir, "--format", "csv")
    target = tmp_path / "summary.parquet"
    code, out, err = call_main(capsys, "corpus", seeds_dir, "--format", "parquet", "-o", target)
    assert (code, out, err) == (0, "", "")
    from_parquet = pd.read_parquet(target)
    from_csv = pd.read_csv(io.StringIO(stdout_csv), dtype={"date": str})
    pd.testing.assert_frame_equal(from_parquet.astype(object), from_csv.astype(object), check_dtype=False)


def test_cli_parquet_needs_output(seeds_dir, capsys):
    code, out, err = call_main(capsys, "corpus", seeds_dir, "--format", "parquet")
    assert (code, out) == (2, "")
    (line,) = check_stderr(err, code)
    assert "--output" in line


def test_cli_cleaning_and_skipped_tables(tmp_path, seed_raw, capsys):
    folder = build("html", tmp_path, seed_raw)
    (folder / f"{A000}.txt").write_text(seed_raw[A000], encoding="utf-8")
    code, out, _ = call_main(capsys, "corpus", folder, "--cleaning", "--format", "csv")
    assert code == 0
    cleaning = pd.read_csv(io.StringIO(out))
    assert cleaning.columns.tolist() == ["article_id", "kind", "start", "end", "removed"]
    assert set(cleaning["article_id"]) == {A000}
    assert {"share", "repeat", "caption", "related"} <= set(cleaning["kind"])
    code, out, _ = call_main(capsys, "corpus", folder, "--skipped", "--format", "csv")
    skipped = pd.read_csv(io.StringIO(out))
    assert skipped["article_id"].tolist() == ["page"] and "HTML" in skipped.loc[0, "problem"]


def test_cli_failed_write_keeps_earlier_output(tmp_path, seeds_dir, capsys, monkeypatch):
    target = tmp_path / "summary.csv"
    target.write_text("earlier run\n", encoding="utf-8")

    def broken(frame, fmt):
        raise RuntimeError("serialisation failed")

    monkeypatch.setattr(framing.cli, "table_bytes", broken)
    with contextlib.suppress(RuntimeError):
        assert main(["corpus", str(seeds_dir), "--format", "csv", "--output", str(target)]) != 0
    assert target.read_text(encoding="utf-8") == "earlier run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]


def test_cli_output_unwritable(tmp_path, seeds_dir):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_cli("corpus", seeds_dir, "--format", "csv", "--output", folder)
    assert result.returncode == 2
    (line,) = check_stderr(result.stderr, result.returncode)
    assert "a-folder" in line


def test_cli_output_suffix_sets_the_format(tmp_path, seeds_dir):
    target = tmp_path / "summary.csv"
    assert main(["corpus", str(seeds_dir), "--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8").splitlines()[0].startswith("article_id,outlet,")


# ---------------------------------------------------------------------------------------------
# No network, no heavy imports

NO_NETWORK = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.getaddrinfo = refuse
    socket.create_connection = refuse

    import framing
    import framing.cli

    code = framing.cli.main(["corpus", "seeds"])
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers")
                   or m == "camel_tools.data" or m.startswith("camel_tools.data."))
    print("RESULT " + json.dumps({"code": code, "heavy": heavy}))
    """
)


def test_cli_no_network(repo_root):
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, cwd=repo_root, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "network access attempted" not in result.stderr
    report = json.loads(result.stdout.splitlines()[-1].removeprefix("RESULT "))
    assert report == {"code": 0, "heavy": []}
    assert all(article_id in result.stdout for article_id in SEED_IDS)


@pytest.mark.parametrize("module,names", sorted(framing.cli.COMMAND_MODULES.items()))
def test_command_modules_add_the_commands_listed(module, names):
    import argparse
    import importlib

    sub = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(module).register(sub)
    assert sorted(sub.choices) == sorted(names)


LOADED = textwrap.dedent(
    """
    import json, sys
    import framing.cli
    framing.cli.build_parser(sys.argv[1]).parse_args(sys.argv[1:])
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "matplotlib"})))
    """
)


@pytest.mark.parametrize("argv,heavy", [
    (["analyze", "seeds", "--out", "x"], []),
    (["quotes", "seeds"], []),
    (["report", "--out", "x"], []),  # matplotlib loads when the report is drawn
    (["sentiment-cv"], []),  # its command module loads the classifier when it runs, not to parse
])
def test_a_command_loads_only_its_own_module(repo_root, argv, heavy):
    result = subprocess.run([sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, cwd=repo_root,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == heavy


HELP_LOADS = textwrap.dedent(
    """
    import json, sys
    import framing.cli
    try:
        framing.cli.main(sys.argv[1:])
    except SystemExit:
        pass
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"pandas", "sklearn", "matplotlib"})))
    """
)


@pytest.mark.parametrize("command", [None] + sorted(n for names in framing.cli.COMMAND_MODULES.values() for n in names))
def test_help_loads_neither_pandas_scikit_learn_nor_matplotlib(repo_root, command):
    argv = ([command] if command else []) + ["--help"]
    result = subprocess.run([sys.executable, "-c", HELP_LOADS, *argv], capture_output=True, text=True,
                            cwd=repo_root, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "usage: framing" in result.stdout
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_report_label_languages_are_the_figures(capsys):
    from framing.cli.report import LABEL_LANGUAGES as parsed
    from framing.plot import LABEL_LANGUAGES as drawn

    assert parsed == drawn


def test_evaluate_measures_are_those_the_library_scores():
    from framing.cli import build_parser
    from framing.evaluate import EXTRA_MEASURES, MEASURES

    parser = build_parser("evaluate")
    evaluate = next(a for a in parser._subparsers._group_actions[0].choices["evaluate"]._actions
                    if a.dest == "measure")
    assert evaluate.choices == [*MEASURES, *EXTRA_MEASURES, "all"]


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for names in framing.cli.COMMAND_MODULES.values():
        assert all(name in listed for name in names)


def test_the_library_never_imports_the_command_line(repo_root):
    for path in sorted((repo_root / "framing").rglob("*.py")):
        if "cli" in path.relative_to(repo_root / "framing").parts or path.name == "__main__.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from\s+(\.|framing\.)cli\b|import\s+framing\.cli\b|from\s+\.\s+import\s+cli\b)",
                             text, flags=re.M), path


def test_importing_the_command_line_loads_no_heavy_library(repo_root):
    # framing analyze --jobs starts its fork server before these load, so that they load in parallel
    code = ("import json, sys, framing, framing.cli; "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'camel_tools', 'pyarrow'})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo_root, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_version_is_written_in_pyproject_only(repo_root, monkeypatch, capsys):
    import tomllib
    from importlib import metadata

    import framing

    declared = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert framing.__version__ == declared
    assert declared not in (repo_root / "framing" / "__init__.py").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"framing {declared}\n"

    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)  # a source checkout, not installed
    assert framing._version() == declared


def test_readme_library_example_runs_beside_a_framing_folder_that_is_not_the_package(repo_root, tmp_path):
    """The README's library example, run from a folder holding a `framing/` folder (a clone, say),
    with the package installed as the README's set-up installs it (editable, ``compat`` mode) or
    found on ``PYTHONPATH``: the package is imported, not the folder."""
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    library = readme.split("## Library", 1)[1]
    code = library.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace('"seeds"', repr(str(repo_root / "seeds")))
    code += "\nimport framing\nprint(framing.__file__)\nprint(len(tables['quotes']))\n"
    (tmp_path / "framing").mkdir()
    (tmp_path / "framing" / "README.md").write_text("قراءة", encoding="utf-8")  # a folder, not a package
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    installed = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    on_path = {**os.environ, "PYTHONPATH": str(repo_root)}
    for command, env in [([sys.executable, "example.py"], installed), ([sys.executable, "-c", code], installed),
                         ([sys.executable, "example.py"], on_path)]:
        result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
        path, n_quotes = result.stdout.splitlines()[-2:]
        assert Path(path) == repo_root / "framing" / "__init__.py" and int(n_quotes) > 10


def _table_commands(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    """Every command that prints a table: its arguments on small real inputs, and a column of its table."""
    from framing.lexicon import data_file

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(data_file("gold/sentiment_pairs.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    seeds = str(SEEDS_DIR)
    return {
        "corpus": (["corpus", seeds], "article_id"),
        "actors": (["actors", seeds], "actor_id"),
        "quotes": (["quotes", seeds, "--quiet"], "speaker_id"),
        "hedges": (["hedges", seeds, "--quiet"], "subcategory"),
        "sentiment": (["sentiment", seeds, "--quiet"], "target_id"),
        "statements": (["statements", seeds], "statement_id"),
        "evaluate": (["evaluate", "all"], "measure"),
        "analyze": (["analyze", seeds, "--out", str(tmp_path / "tables"), "--quiet"], "rows"),
        "train-sentiment": (["train-sentiment", str(pairs), "--out", str(tmp_path / "model.json")], "sha256"),
        "sentiment-cv": (["sentiment-cv", "--splits", "2"], "macro_f1"),
    }


TABLE_COMMANDS = ["corpus", "actors", "quotes", "hedges", "sentiment", "statements", "evaluate", "analyze",
                  "train-sentiment", "sentiment-cv"]


@pytest.mark.parametrize("command", TABLE_COMMANDS)
def test_every_table_command_takes_format_and_output(command, tmp_path, capsys):
    argv, column = _table_commands(tmp_path)[command]
    target = tmp_path / "table.csv"
    assert main([*argv, "--format", "csv", "--output", str(target)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == ""  # the table went to the file
    table = pd.read_csv(target)
    assert column in table.columns and len(table) > 0
    assert main([*argv, "--format", "csv", "--output", "-"]) == 0
    assert pd.read_csv(io.StringIO(capsys.readouterr().out)).equals(table)


@pytest.mark.parametrize("command", TABLE_COMMANDS)
def test_a_wrong_option_shows_the_subcommand_usage(command, tmp_path, capsys):
    argv, _ = _table_commands(tmp_path)[command]
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--format", "xlsx"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.startswith(f"usage: framing {command} ") and "invalid choice: 'xlsx'" in err


def test_every_command_printing_a_table_is_listed_in_the_format_tests():
    with_format = sorted(name for name, parser in framing.cli.build_parser()._subparsers._group_actions[0].choices.items()
                         if any("--format" in action.option_strings for action in parser._actions))
    assert with_format == sorted(TABLE_COMMANDS)
