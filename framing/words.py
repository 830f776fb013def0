"""Arabic function words: the closed word classes the quote, hedge and sentiment rules share.

Negators, complementizers, prepositions, clause openers, demonstratives, pronouns, relative
pronouns and a few auxiliaries live in one data file, ``framing/data/function_words.toml``
(its header documents the format and how to extend it), read once. A class is asked for by
name and comes folded as :func:`framing.text.fold` folds tokens, ready for membership tests on
``Document.folded``; a class may include others (``clause_openers`` holds the relative pronouns
and the complementizers), so each word is written once.

>>> sorted(word_class("clause_breakers"))
['بينما', 'فيما', 'وبينما', 'وفيما']
>>> fold("إنها") in word_class("complementizers"), "ان" in word_class("clause_openers")
(True, True)
>>> spellings("negators_before_hedge")  # its own word, then those of negators, which it includes
('ما', 'لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'عدم')
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .errors import InputError
from .lexicon import data_file, parse_toml, read_tsv
from .text import fold, word_tokens

FILE = "function_words.toml"
_NAME = f"framing/data/{FILE}"
_KEYS = {"words", "include"}


def word_class(name: str) -> frozenset[str]:
    """The words of class ``name``, folded, with the classes it includes.

    >>> sorted(word_class("possessive_prepositions"))
    ['عند', 'لدي']
    """
    classes = function_words()
    if name not in classes:
        raise KeyError(f"no class {name!r} in {_NAME} (classes: {', '.join(sorted(classes))})")
    return classes[name]


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Every class of the file: name -> its words folded (read once).

    >>> len(function_words()["prepositions"]) > 20
    True
    """
    return {name: frozenset(map(fold, words)) for name, words in _spellings().items()}


def spellings(name: str) -> tuple[str, ...]:
    """The words of class ``name`` as the file writes them (its own first, then those of the
    classes it includes), for showing and checking the list."""
    word_class(name)  # the same error for an unknown name
    return _spellings()[name]


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    text = data_file(FILE).read_text(encoding="utf-8")
    data = parse_toml(_NAME, text)
    tables: dict[str, dict] = {}
    for name, table in data.items():
        line = _line_of(text, name)
        if not isinstance(table, dict):
            raise InputError(_NAME, f"{name!r} is not a table ([{name}])", line=line)
        unknown = sorted(set(table) - _KEYS)
        if unknown:
            raise InputError(_NAME, f"class {name!r}: unknown key {unknown[0]!r} (keys: words, include)", line=line)
        for key in _KEYS:
            value = table.get(key, [])
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise InputError(_NAME, f"class {name!r}: {key} must be a list of strings", line=line)
        for word in table.get("words", []):
            tokens = word_tokens(word)
            if len(tokens) != 1 or tokens[0].text != word:
                raise InputError(_NAME, f"class {name!r}: {word!r} is not one word", line=line)
        tables[name] = table
    resolved: dict[str, tuple[str, ...]] = {}

    def resolve(name: str, path: tuple[str, ...]) -> tuple[str, ...]:
        if name in resolved:
            return resolved[name]
        table = tables[name]
        words = list(table.get("words", []))
        for other in table.get("include", []):
            if other not in tables:
                raise InputError(_NAME, f"class {name!r} includes {other!r}, which is no class",
                                 line=_line_of(text, name))
            if other in path:
                raise InputError(_NAME, f"class {name!r} includes itself ({' -> '.join(path + (other,))})",
                                 line=_line_of(text, name))
            words += resolve(other, path + (other,))
        if not words:
            raise InputError(_NAME, f"class {name!r} has no words", line=_line_of(text, name))
        resolved[name] = tuple(dict.fromkeys(words))
        return resolved[name]

    for name in tables:
        resolve(name, (name,))
    return resolved


def _line_of(text: str, name: str) -> int | None:
    """The line of the table header ``[name]``, for error messages."""
    found = re.search(rf"^\[{re.escape(name)}\]", text, re.M)
    return text.count("\n", 0, found.start()) + 1 if found else None


STOPWORDS_SOURCE = "stopwords-iso, Arabic list (Python package stopwordsiso, MIT licence)"


@cache
def stopwords() -> frozenset[str]:
    """Arabic function words for word counts (keyness): the kept stopwords-iso list for Arabic
    (:data:`STOPWORDS_SOURCE`) and every class of ``function_words.toml``, folded.

    >>> {"وقال", "قال", "الذي", "لم"} <= stopwords()
    True
    """
    import stopwordsiso

    kept = {fold(w) for w in stopwordsiso.stopwords("ar")}
    for words in function_words().values():
        kept |= words
    return frozenset(w for w in kept if w)


NUMBERS_FILE = "numbers.tsv"
NUMBER_KINDS = {"number", "multiplier", "currency"}


@cache
def _number_words(path: str | None = None) -> dict[str, tuple[str, str]]:
    table = read_tsv(path or NUMBERS_FILE, required=["word", "kind", "value"], choices={"kind": NUMBER_KINDS})
    return {fold(w): (k, v) for w, k, v in zip(table["word"], table["kind"], table["value"], strict=True)}


def number_words(path: str | Path | None = None) -> dict[str, tuple[str, str]]:
    """The folded number words and currencies of ``numbers.tsv`` (or a user's file): word -> (kind, value).
    The hedge finder reads them after an approximator, the statements when they compare figures.

    >>> number_words()["مليار"]
    ('multiplier', '1000000000')
    """
    return _number_words(str(path) if path else None)
