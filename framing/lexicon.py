"""Read the toolkit's data files: TSV lexicons and the TOML gazetteer.

The bundled files live in ``framing/data`` and are read with :mod:`importlib.resources`; every
function also takes a user's own file instead. A malformed file raises :class:`InputError`
naming the file and the line. Parsing is plain ``csv``/``tomllib``: no code in a data file is
ever executed.

A TSV lexicon starts with ``#`` comment lines (its documentation), then a header row, then one
entry per line, tab-separated. Blank lines and later ``#`` lines are ignored.

>>> read_tsv("hedges.tsv", required=["cue", "category"]).columns[:2].tolist()
['cue', 'category']
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import InputError

DATA_PACKAGE = "framing.data"


def data_file(name: str):
    """The bundled data file ``name`` (a Traversable)."""
    return resources.files(DATA_PACKAGE).joinpath(name)


def _read_text(source: str | Path) -> tuple[str, str]:
    """Return (display name, text) of a bundled name or a user path."""
    path = Path(source)
    resource = data_file(str(source))
    if not path.exists() and resource.is_file():
        return f"framing/data/{source}", resource.read_text(encoding="utf-8")
    if path.exists() or path.parent != Path(".") or path.suffix:
        try:
            return str(path), path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None
        except IsADirectoryError:
            raise InputError(path, "a folder, not a file") from None
    raise InputError(source, "no such file, and no bundled data file of that name")


def read_tsv(source: str | Path, *, required: list[str], choices: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """Read a TSV lexicon; check its header, its field counts and its categorical columns.

    The returned frame has a ``line`` column: the entry's line number in the file.
    """
    name, text = _read_text(source)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            missing = [c for c in required if c not in header]
            if missing:
                raise InputError(name, f"header lacks column {missing[0]!r} (needs {', '.join(required)})", line=n)
            continue
        if len(fields) > len(header):
            raise InputError(name, f"{len(fields)} fields, but the header has {len(header)}", line=n)
        fields += [""] * (len(header) - len(fields))
        row = dict(zip(header, fields, strict=True))
        for column in required:
            if column in header[:1] and not row[column]:
                raise InputError(name, f"empty {column!r}", line=n)
        for column, allowed in (choices or {}).items():
            if row.get(column, "") not in allowed:
                raise InputError(name, f"{column} {row.get(column)!r} is not one of {', '.join(sorted(allowed))}", line=n)
        rows.append(fields)
        lines.append(n)
    if header is None:
        raise InputError(name, "no header row")
    frame = pd.DataFrame(rows, columns=header)
    frame["line"] = lines
    return frame


def read_toml(source: str | Path) -> tuple[str, dict]:
    """Read a TOML file; return (display name, data)."""
    name, text = _read_text(source)
    return name, parse_toml(name, text)


def parse_toml(name: str, text: str) -> dict:
    """Parse TOML text; a syntax error raises :class:`InputError` naming ``name`` and the line.

    >>> parse_toml("x.toml", 'words = ["لا"]')
    {'words': ['لا']}
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        message = str(exc).split(" (at line")[0]
        raise InputError(name, f"not valid TOML: {message}", line=line) from None


def file_hash(source: str | Path) -> str:
    """SHA-256 of a data file's text, for run manifests."""
    return hashlib.sha256(_read_text(source)[1].encode("utf-8")).hexdigest()


def as_flag(value: str) -> bool:
    """A TSV yes/no column: ``1``, ``yes`` or ``true`` are true.

    >>> as_flag("1"), as_flag(""), as_flag("no")
    (True, False, False)
    """
    return value.strip().lower() in {"1", "yes", "true", "y"}
