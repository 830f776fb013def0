"""framing: compare how news outlets frame the same event.

The flow runs one way, one module a step: ``corpus`` (load and clean) -> ``text`` and
``matcher`` (normalisation, tokens, sentences, lexicon matching) -> ``actors`` -> ``quotes``,
``hedges``, ``sentiment`` -> ``compare`` -> ``plot``. Every finding is a row of a DataFrame
with the article id and character offsets into the cleaned article text.

>>> from framing import load_corpus
>>> load_corpus("seeds")["article_id"].size
5
"""


def _version() -> str:
    """The version of the installed distribution; in a source checkout that is not installed, the
    version its ``pyproject.toml`` declares (``pyproject.toml`` is the one place it is written)."""
    from importlib import metadata

    try:
        return metadata.version("framing")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if not pyproject.is_file():
            return "0+unknown"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


__version__ = _version()
__all__ = ["Corpus", "__version__", "bundled_seeds", "load_corpus", "read_corpus"]


def __getattr__(name: str):
    # The corpus functions are imported on first use, so that ``import framing`` (and the
    # command line's start) does not load pandas and camel-tools before it needs them.
    if name in ("Corpus", "bundled_seeds", "load_corpus", "read_corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
