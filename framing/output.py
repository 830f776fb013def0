"""Write tables and files: the formats of the command line, and atomic writes.

Every file is written to a temporary file in the same folder and then renamed over the target,
so a failed or interrupted run never leaves a half-written output and never destroys an earlier
one. A folder of outputs (a report) is written into a staging folder beside it and swapped in
whole (:func:`write_folder`).

>>> import pandas as pd
>>> print(format_table(pd.DataFrame({"a": [1], "b": ["x"]}), "csv"), end="")
a,b
1,x
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:  # pandas is imported where a table is written, not when the module loads
    import pandas as pd

FORMATS = ("table", "csv", "parquet")


def format_table(frame: pd.DataFrame, fmt: str) -> str:
    """Render a table as text: ``table`` (aligned columns) or ``csv``."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    if fmt == "table":
        if frame.empty:
            return "(no rows)\n"
        import pandas as pd

        with pd.option_context("display.max_colwidth", 80, "display.width", 250):
            return frame.to_string(index=False) + "\n"
    raise InputError(None, f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def table_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """A table serialised in ``fmt``; Parquet output is byte-stable (no pandas metadata)."""
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        buffer = io.BytesIO()
        table = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
        pq.write_table(table, buffer, compression="zstd")
        return buffer.getvalue()
    return format_table(frame, fmt).encode("utf-8")


class AtomicFile:
    r"""A file written under a temporary name beside its target (:attr:`tmp`) and renamed over the
    target by :meth:`commit`; :meth:`discard` removes it and leaves any earlier target untouched.
    Errors are the :class:`OSError` of the step that failed.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "table.csv"
    >>> staged = AtomicFile(target)
    >>> _ = staged.tmp.write_text("a\n1\n")
    >>> target.exists()
    False
    >>> staged.commit(); target.read_text()
    'a\n1\n'
    """

    def __init__(self, path: Path):
        self.path = path
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        self.tmp = Path(tmp)

    def commit(self) -> None:
        """Flush the written file to disk, give it the target's permissions, rename it over the target."""
        with open(self.tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(self.tmp, _file_mode(self.path))  # mkstemp makes the file private (0600)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename (:class:`AtomicFile`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = AtomicFile(path)
    try:
        staged.tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    return path


def _file_mode(path: Path) -> int:
    """The permissions a plain ``open(path, "w")`` would give: the old file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_table(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> Path:
    """Write a table atomically, in the format its suffix names unless ``fmt`` is given."""
    path = Path(path)
    fmt = fmt or {".parquet": "parquet", ".csv": "csv"}.get(path.suffix, "table")
    return write_atomic(path, table_bytes(frame, fmt))


# ---------------------------------------------------------------------------------------------
# Where outputs may go: checked before any work is done

# Folders that an output folder may never be: writing a report there would replace the system.
SYSTEM_FOLDERS = ("/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/opt", "/proc", "/root", "/run",
                  "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var")


def system_folder(path: str | Path) -> bool:
    """Whether ``path`` resolves to ``/``, a top-level system folder or the home folder itself.

    >>> system_folder("/"), system_folder("/usr/../etc"), system_folder("/usr/local/report")
    (True, True, False)
    """
    resolved = Path(os.path.abspath(path)).resolve()
    return str(resolved) in SYSTEM_FOLDERS or resolved == Path.home().resolve()


def check_output_file(path: str | Path, inputs: tuple[Path, ...] = ()) -> Path:
    """Refuse an output file that would destroy something: an input of the run, a symbolic link,
    a folder, a device or FIFO, a file under something that is not a folder. Returns ``path``.

    >>> check_output_file("/dev/null")
    Traceback (most recent call last):
    ...
    framing.errors.InputError: /dev/null: not a regular file (a device, FIFO or socket): refusing to replace it
    """
    path = Path(path)
    if path.is_symlink():
        raise InputError(path, "a symbolic link, not a regular file: refusing to replace it (use --output - for "
                               "standard output)")
    if path.is_dir():
        raise InputError(path, "a folder, not a file: refusing to replace it")
    if path.exists() and not path.is_file():
        raise InputError(path, "not a regular file (a device, FIFO or socket): refusing to replace it")
    _check_parent_folders(path)
    if path.exists() and any(_same_file(path, source) for source in inputs):
        raise InputError(path, "an input of this run: refusing to replace it")
    return path


def check_output_folder(path: str | Path, inputs: tuple[Path, ...] = (), *, names: tuple[str, ...] | None = None) -> Path:
    """Refuse an output folder that would destroy something: a system folder or the home folder,
    a symbolic link, a file, or a folder holding an input of the run. With ``names`` (the files
    the run writes into the folder), only those files must not be inputs; without, the whole
    folder is replaced, so it may hold no input at all. Returns ``path``.

    >>> check_output_folder("/")
    Traceback (most recent call last):
    ...
    framing.errors.InputError: /: a system folder: refusing to write outputs there (give --out a folder of its own)
    """
    path = Path(path)
    if system_folder(path):
        raise InputError(path, "a system folder: refusing to write outputs there (give --out a folder of its own)")
    if path.is_symlink():
        raise InputError(path, "a symbolic link: refusing to replace it (give --out a real folder)")
    resolved = Path(os.path.abspath(path)).resolve()
    for source in inputs:
        target = Path(os.path.abspath(source)).resolve()
        if target == resolved:
            raise InputError(path, "an input of this run: refusing to replace it")
        hit = (resolved / n for n in names) if names is not None else ()
        if (names is None and resolved in target.parents) or any(h == target for h in hit):
            raise InputError(path, f"holds {source}, an input of this run: refusing to replace it")
    if path.exists() and not path.is_dir():
        kind = "a file, not a folder" if path.is_file() else "not a regular file (a device, FIFO or socket)"
        raise InputError(path, f"{kind}: refusing to replace it (--out needs a folder)")
    _check_parent_folders(path)
    return path


def _check_parent_folders(path: Path) -> None:
    """The nearest existing folder above ``path`` must be a folder the run can write in."""
    parent = Path(os.path.abspath(path)).parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(parent, "not a folder: cannot write outputs under it")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(parent, "permission denied: cannot write outputs here")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# Spreadsheet formulas

# A CSV cell that starts with one of these is run as a formula by Excel, LibreOffice and Google
# Sheets when the file is opened (=HYPERLINK(...) in an outlet name, say): "CSV injection".
FORMULA_STARTS = ("=", "+", "-", "@")


def excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells starting with ``= + - @`` begin with ``'`` instead,
    so a spreadsheet shows them as text (``--excel-safe``). Numbers are left as they are.

    >>> import pandas as pd
    >>> excel_safe(pd.DataFrame({"outlet": ["=HYPERLINK(1)", "BBC", "-x"], "n": [-1, 2, 3]})).values.tolist()
    [["'=HYPERLINK(1)", -1], ['BBC', 2], ["'-x", 3]]
    """
    from pandas.api.types import is_object_dtype, is_string_dtype

    out = frame.copy()
    for column in out.columns:
        if is_object_dtype(out[column]) or is_string_dtype(out[column]):
            out[column] = out[column].map(_safe_cell)
    return out


def _safe_cell(value):
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


# ---------------------------------------------------------------------------------------------
# Folders written whole


def write_folder(out: str | Path, files: Mapping[str, bytes | str], *,
                 finish: Callable[[Path], object] | None = None) -> Path:
    """Write ``files`` (paths relative to ``out``) as one change: into a staging folder beside
    ``out`` that starts as a copy of it (hard links), then ``finish(staging)`` (``run.json``, say),
    then the staging folder is swapped in. An interrupted or failed run leaves ``out`` as it was
    and removes the staging folder; a problem of the disk or of permissions is an
    :class:`InputError` naming the path (exit code 2).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = write_folder(Path(tmp) / "report", {"a.txt": "1", "b/c.txt": "2"})
    ...     _ = write_folder(Path(tmp) / "report", {"a.txt": "3"})
    ...     sorted(str(p.relative_to(tmp)) for p in Path(tmp).rglob("*.txt"))
    ['report/a.txt', 'report/b/c.txt']
    """
    out = Path(out)
    if out.exists() and (out.is_symlink() or not out.is_dir()):
        raise InputError(out, "not a folder: refusing to replace it")
    staging = None
    try:
        parent = Path(os.path.abspath(out)).parent
        parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(parent, out.name)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-{os.getpid()}-", dir=parent))
        if out.is_dir():
            shutil.copytree(out, staging, symlinks=True, copy_function=_link_or_copy, dirs_exist_ok=True)
        else:
            os.chmod(staging, _file_mode(out) | 0o111 & ~_umask())
        for name, data in files.items():
            write_atomic(staging / name, data)
        if finish is not None:
            finish(staging)
        _swap_in(staging, out)
        staging = None
    except OSError as exc:
        raise InputError(exc.filename or out, f"cannot write ({exc.strerror or exc})") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return out


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _link_or_copy(src: str, dst: str) -> None:
    """A hard link where the file system allows it (the new file replaces it by a rename, so the
    earlier report's file is never written to), else a copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _swap_in(staging: Path, out: Path) -> None:
    """Put ``staging`` in the place of ``out``: one atomic exchange where the system has one
    (Linux), else two renames; the earlier folder is then removed."""
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the earlier report
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=staging.parent))
    os.rename(out, old / out.name)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with ``renameat2(RENAME_EXCHANGE)``; whether it was done."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), rename_exchange) == 0
    return done


def _remove_leftovers(parent: Path, name: str) -> None:
    """Remove the staging folders of runs of ``name`` that were killed (their process is gone)."""
    for kind in ("staging", "old"):
        for folder in parent.glob(f".{name}.{kind}-*-*"):
            pid = folder.name.removeprefix(f".{name}.{kind}-").split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)) and folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
