"""The nbgrader course assignment (notebooks/assignment): student version, autograding, feedback.

In a temporary course directory, nbgrader (run as ``python -m nbgrader`` with this environment's
bin/ first on PATH, where nbgrader finds ``alembic`` and the kernel finds ``python``) generates
the student version from the source notebook and autogrades the two sample submissions.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import REPO_ROOT

pytestmark = pytest.mark.slow

ASSIGNMENT = "outlet_framing"
COURSE_ID = "framing"
ASSIGNMENT_DIR = REPO_ROOT / "notebooks" / "assignment"
SOURCE = ASSIGNMENT_DIR / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
SAMPLES = ("complete", "incomplete")
TEST_POINTS = {
    "test_step1a_practice": 2, "test_step1b_outlets": 2, "test_step2a_author_hedges": 2, "test_step2b_format": 1,
    "test_step2b_speakers": 2, "test_step2b_verb_classes": 1, "test_step3a_kappa": 2, "test_step3b_errors": 2,
    "test_step4a_entries": 2, "test_step4b_changes": 2,
}
MANUAL_POINTS = {"step5_figure": 3, "step5_paragraph": 5}
# What the incomplete sample misses: a wrong speaker (item 9), and everything after step 3a.
INCOMPLETE_FAILS = {"test_step2b_speakers", "test_step3b_errors", "test_step4a_entries", "test_step4b_changes"}
STUBS = {"code": "# YOUR CODE HERE\nraise NotImplementedError()", "markdown": "YOUR ANSWER HERE"}


def nbgrader_env(home: Path) -> dict[str, str]:
    """This environment's bin/ first on PATH (nbgrader runs ``alembic``; the kernel spec runs
    ``python``); no user-level Jupyter config or kernel specs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONWARNINGS", "JUPYTER_"))}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["JUPYTER_CONFIG_DIR"] = str(home / "config")
    env["JUPYTER_DATA_DIR"] = str(home / "data")
    env["JUPYTER_RUNTIME_DIR"] = str(home / "runtime")
    env["MPLBACKEND"] = "Agg"
    return env


def run_nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=course, env=nbgrader_env(course.parent / "home"),
        capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    return result


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A course directory where the student version was generated and both samples autograded."""
    root = tmp_path_factory.mktemp("course") / "framing-course"
    root.mkdir()
    shutil.copyfile(ASSIGNMENT_DIR / "nbgrader_config.py", root / "nbgrader_config.py")
    shutil.copytree(ASSIGNMENT_DIR / "source", root / "source")
    run_nbgrader(root, "generate_assignment", ASSIGNMENT)
    for student in SAMPLES:
        target = root / "submitted" / student / ASSIGNMENT
        target.mkdir(parents=True)
        shutil.copyfile(ASSIGNMENT_DIR / "samples" / student / f"{ASSIGNMENT}.ipynb", target / f"{ASSIGNMENT}.ipynb")
    run_nbgrader(root, "autograde", ASSIGNMENT)
    return root


def read(path: Path):
    return nbformat.read(path, as_version=4)


def grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def regions(nb, begin: str, end: str) -> tuple[set[str], set[str]]:
    """(lines inside begin/end regions, lines elsewhere), stripped, over every cell."""
    inside, outside = set(), set()
    for cell in nb.cells:
        within = False
        for line in cell.source.splitlines():
            if begin in line:
                within = True
            elif end in line:
                within = False
            else:
                (inside if within else outside).add(line.strip())
    return inside, outside


def grades(course: Path, student: str) -> dict[str, tuple[float, float, bool]]:
    """Each graded cell's (score, max score, needs manual grade) from the gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id=COURSE_ID) as gb:
        notebook = gb.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
        return {g.name: (g.score, g.max_score, g.needs_manual_grade) for g in notebook.grades}


def errors_in(path: Path) -> dict[str, str]:
    """The error of each code cell that raised one, by grade id."""
    out = {}
    for cell in read(path).cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                out[grade_id(cell)] = f"{output.ename}: {output.evalue}"
    return out


# ---------------------------------------------------------------------------------------------
# The source notebook


def test_assignment_source_metadata():
    nb = read(SOURCE)
    meta = [cell.metadata["nbgrader"] for cell in nb.cells]
    ids = [m["grade_id"] for m in meta]
    assert len(ids) == len(set(ids))
    tests = {m["grade_id"]: m["points"] for m in meta if m["grade"] and not m["solution"]}
    manual = {m["grade_id"]: m["points"] for m in meta if m["grade"] and m["solution"]}
    assert tests == TEST_POINTS and manual == MANUAL_POINTS
    assert all(m["locked"] for m in meta if m["grade"] and not m["solution"])
    for cell in nb.cells:
        m = cell.metadata["nbgrader"]
        has_solution = "### BEGIN SOLUTION" in cell.source and "### END SOLUTION" in cell.source
        assert has_solution == m["solution"], m["grade_id"]
        if m["grade_id"] in TEST_POINTS and m["grade_id"] not in {"test_step2b_format", "test_step4a_entries"}:
            assert "### BEGIN HIDDEN TESTS" in cell.source and "### END HIDDEN TESTS" in cell.source, m["grade_id"]
    assert nb.metadata["kernelspec"]["name"] == "python3"


# ---------------------------------------------------------------------------------------------
# The student version


def test_assignment_student_version_has_no_solutions(course):
    release = read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    text = "\n".join(cell.source for cell in release.cells)
    assert "BEGIN SOLUTION" not in text and "END SOLUTION" not in text
    assert "BEGIN HIDDEN TESTS" not in text and "END HIDDEN TESTS" not in text
    source = read(SOURCE)
    solution, elsewhere = regions(source, "### BEGIN SOLUTION", "### END SOLUTION")
    solution_lines = {line for line in solution - elsewhere if len(line) >= 8}
    assert len(solution_lines) > 50  # the check below has something to find
    leaked = sorted(line for line in solution_lines if line in text)
    assert not leaked, leaked
    hidden, elsewhere = regions(source, "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS")
    hidden_lines = {line for line in hidden - elsewhere if len(line) >= 8}
    assert len(hidden_lines) > 10
    assert not sorted(line for line in hidden_lines if line in text)
    # every answer cell starts from the stub, and the model figure was not released
    answers = [cell for cell in release.cells if cell.metadata["nbgrader"]["solution"]]
    assert len(answers) == 10 and all(STUBS[cell.cell_type] in cell.source for cell in answers)
    assert not (course / "release" / ASSIGNMENT / "figure.png").exists()


def test_assignment_student_version_keeps_instructions_and_visible_tests(course):
    release = {grade_id(c): c.source for c in read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").cells}
    for cell in read(SOURCE).cells:
        m = cell.metadata["nbgrader"]
        if m["solution"]:
            continue
        visible = re.sub(r"\n?### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS", "", cell.source, flags=re.S)
        assert release[m["grade_id"]].strip() == visible.strip(), m["grade_id"]


def test_assignment_samples_match_student_version(course):
    """The samples are the generated student version with answers: every other cell is unchanged."""
    release = read(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    for student in SAMPLES:
        sample = read(ASSIGNMENT_DIR / "samples" / student / f"{ASSIGNMENT}.ipynb")
        assert [grade_id(c) for c in sample.cells] == [grade_id(c) for c in release.cells]
        for mine, theirs in zip(sample.cells, release.cells, strict=True):
            if not theirs.metadata["nbgrader"]["solution"]:
                assert mine.source == theirs.source, (student, grade_id(mine))


# ---------------------------------------------------------------------------------------------
# Autograding


def test_assignment_complete_submission_gets_full_marks(course):
    scores = grades(course, "complete")
    assert {name: scores[name][:2] for name in TEST_POINTS} == {n: (p, p) for n, p in TEST_POINTS.items()}
    assert sum(scores[name][0] for name in TEST_POINTS) == 18
    # step 5 waits for the instructor
    assert {name: scores[name][1:] for name in MANUAL_POINTS} == {n: (p, True) for n, p in MANUAL_POINTS.items()}
    autograded = course / "autograded" / "complete" / ASSIGNMENT
    assert errors_in(autograded / f"{ASSIGNMENT}.ipynb") == {}
    assert (autograded / "figure.png").stat().st_size > 10_000  # the model figure of step 5 was drawn


def test_assignment_incomplete_submission_gets_partial_score(course):
    scores = grades(course, "incomplete")
    earned = {name: scores[name][0] for name in TEST_POINTS}
    assert {name for name, score in earned.items() if score == 0} == INCOMPLETE_FAILS
    assert all(earned[name] == TEST_POINTS[name] for name in TEST_POINTS if name not in INCOMPLETE_FAILS)
    assert sum(earned.values()) == 10
    assert all(scores[name][0] == 0 for name in MANUAL_POINTS)
    errors = errors_in(course / "autograded" / "incomplete" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    assert errors["test_step2b_speakers"] == "AssertionError: look again at the speakers of items [9]"
    assert errors["step3b_answer"].startswith("NotImplementedError")


def test_assignment_feedback(course):
    run_nbgrader(course, "generate_feedback", ASSIGNMENT)
    complete = (course / "feedback" / "complete" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
    incomplete = (course / "feedback" / "incomplete" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
    assert "AssertionError</span>: look again at the speakers of items [9]" in incomplete
    assert "AssertionError" not in complete and "NotImplementedError" in incomplete
    # the total so far: the autograded points; step 5 (8 points) is still to be graded by hand
    assert "Score: 18.0 / 26.0)</h4>" in complete and "Score: 10.0 / 26.0)</h4>" in incomplete
