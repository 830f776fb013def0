"""framing: compare how news outlets frame the same event.

The flow runs one way, one module a step: ``corpus`` (load and clean) -> ``text`` and
``matcher`` (normalisation, tokens, sentences, lexicon matching) -> ``actors`` -> ``quotes``,
``hedges``, ``sentiment`` -> ``compare`` -> ``plot``. Every finding is a row of a DataFrame
with the article id and character offsets into the cleaned article text.

>>> from framing import load_corpus
>>> load_corpus("seeds")["article_id"].size
5
"""

__version__ = "0.1.0"
__all__ = ["Corpus", "bundled_seeds", "load_corpus", "read_corpus", "__version__"]


def __getattr__(name: str):
    # The corpus functions are imported on first use, so that ``import framing`` (and the
    # command line's start) does not load pandas and camel-tools before it needs them.
    if name in ("Corpus", "bundled_seeds", "load_corpus", "read_corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
