"""The notebooks run from a clean kernel in notebooks/, and every figure they save is, byte for
byte, the file `framing figures` writes."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

import framing.cli as cli

REPO_ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
NOTEBOOKS = sorted(p.name for p in NOTEBOOKS_DIR.glob("*.ipynb"))


def test_notebooks_are_the_six_of_the_project():
    assert NOTEBOOKS == ["01_corpus.ipynb", "02_actors_and_quotes.ipynb", "03_hedging.ipynb",
                         "04_actor_sentiment.ipynb", "05_compare_the_summit.ipynb", "06_statements.ipynb"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_write_only_under_the_git_ignored_out_folder(name):
    """Run as they are, the notebooks save their figures under out/, which git ignores, never
    into the tracked figures/ (nor beside a user's corpus)."""
    import re
    import subprocess

    code = "\n".join(c.source for c in nbformat.read(NOTEBOOKS_DIR / name, as_version=4).cells
                     if c.cell_type == "code")
    folders = re.findall(r'"(\.\./[^"]*figures)"', code)
    assert folders and all(f.startswith("../out/") for f in folders), folders
    assert "save_figure(fig, FIGURES" in code and "FIGURES = Path(os.environ.get(" in code
    for folder in folders:
        target = (NOTEBOOKS_DIR / folder.replace("{SEEDS.name}", "my_corpus") / "x.pdf").resolve()
        ignored = subprocess.run(["git", "check-ignore", "-q", str(target)], cwd=REPO_ROOT)
        assert ignored.returncode == 0, f"{target} is not ignored by git"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_are_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert any("Limits" in c.source or "cannot say" in c.source for c in nb.cells if c.cell_type == "markdown")
    assert any('"../seeds"' in c.source for c in code)  # run from notebooks/, on the bundled corpus


@pytest.fixture(scope="module")
def cli_figures(tmp_path_factory, repo_root) -> Path:
    """The figures `framing figures` writes for the seeds."""
    out = tmp_path_factory.mktemp("cli_figures")
    assert cli.main(["figures", str(repo_root / "seeds"), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_run_and_save_the_figures_of_framing_figures(name, cli_figures, tmp_path, monkeypatch):
    saved_dir = tmp_path / "figures"
    monkeypatch.setenv("FRAMING_FIGURES", str(saved_dir))  # the kernel inherits it
    # the kernel imports this checkout's framing, as the in-process `framing figures` does
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=900, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOKS_DIR)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    saved = sorted(p for p in saved_dir.iterdir()) if saved_dir.exists() else []
    assert saved, f"{name} saves no figure"
    for path in saved:
        expected = cli_figures / path.name
        assert expected.exists(), f"{name} saves {path.name}, which `framing figures` does not write"
        assert path.read_bytes() == expected.read_bytes(), f"{name}: {path.name} differs from `framing figures`"
