"""Shared fixtures: the repository, the bundled seeds, and copies of them to spoil in tmp_path."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis's caches go to the temp folder, not into the working tree (.hypothesis/).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "framing-hypothesis"))

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
SEED_FILES = sorted(SEEDS_DIR.glob("*.txt"))
SEED_IDS = [f.stem for f in SEED_FILES]

# No example database in the working tree, and no deadline: these are not timing tests.
settings.register_profile(
    "framing", database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("framing")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture(scope="session")
def seed_raw() -> dict[str, str]:
    """Each seed article's raw text (UTF-8, nothing stripped), by article id."""
    return {f.stem: f.read_text(encoding="utf-8") for f in SEED_FILES}


@pytest.fixture(scope="session")
def seed_corpus():
    """The seeds read once by the library (read-only: do not mutate the frames)."""
    from framing.corpus import read_corpus

    return read_corpus(SEEDS_DIR)


@pytest.fixture
def copy_seeds(tmp_path):
    """Copy seed files into a new folder under tmp_path; returns the folder.

    ``copy_seeds("name", ids=["003"], manifest=False)`` copies the seeds whose id starts with one
    of ``ids`` (default: all) and, with ``manifest``, the matching rows of ``corpus.csv``.
    """

    def copy(name: str = "corpus", *, ids: list[str] | None = None, manifest: bool = True) -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        chosen = [f for f in SEED_FILES if ids is None or f.stem.startswith(tuple(ids))]
        for f in chosen:
            shutil.copyfile(f, folder / f.name)
        if manifest:
            lines = (SEEDS_DIR / "corpus.csv").read_text(encoding="utf-8").splitlines(keepends=True)
            names = {f.name for f in chosen}
            kept = [lines[0]] + [line for line in lines[1:] if line.split(",", 1)[0] in names]
            (folder / "corpus.csv").write_text("".join(kept), encoding="utf-8")
        return folder

    return copy


@pytest.fixture(autouse=True)
def _close_figures():
    """Close every matplotlib figure a test left open (only if matplotlib was imported)."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
