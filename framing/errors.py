"""The error catalogue: every problem the toolkit reports to a user.

Each error names the file (and the line, where there is one) and says what is wrong in one
line. The command line prints ``str(error)`` and exits with the error's ``exit_code``; it never
prints a traceback for these.

Exit codes (documented in the README):

* 0 - success (bad articles may have been skipped, with a warning each);
* 1 - an unexpected internal error (a bug: please report it);
* 2 - bad input: a path, a manifest, a lexicon, an option, or (with ``--strict``) an article;
* 3 - nothing to analyse: every article was skipped.

>>> print(InputError("corpus.csv", "missing column 'file'", line=1))
corpus.csv:1: missing column 'file'
"""

from __future__ import annotations

import warnings
from os import PathLike


class FramingError(Exception):
    """Base class of the toolkit's user-facing errors."""

    exit_code = 1

    def __init__(self, path: str | PathLike | None, message: str, *, line: int | None = None):
        self.path = None if path is None else str(path)
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(FramingError):
    """Bad input: a corpus, manifest, article, lexicon or option the toolkit cannot use."""

    exit_code = 2


class EmptyCorpusError(FramingError):
    """Every article of a corpus was skipped, so there is nothing to analyse."""

    exit_code = 3


class FramingWarning(UserWarning):
    """A problem the toolkit worked around (a skipped article, an unbalanced quotation mark)."""


def warn(path: str | PathLike | None, message: str, *, line: int | None = None) -> None:
    """Emit a :class:`FramingWarning` formatted like an error (``file:line: message``)."""
    warnings.warn(str(FramingError(path, message, line=line)), FramingWarning, stacklevel=2)
