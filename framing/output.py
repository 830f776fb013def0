"""Write tables and files: the formats of the command line, and atomic writes.

Every file is written to a temporary file in the same folder and then renamed over the target,
so a failed or interrupted run never leaves a half-written output and never destroys an earlier
one.

>>> import pandas as pd
>>> print(format_table(pd.DataFrame({"a": [1], "b": ["x"]}), "csv"), end="")
a,b
1,x
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
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


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode(path))  # mkstemp makes the file private (0600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
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
