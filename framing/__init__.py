"""framing: compare how news outlets frame the same event.

The flow runs one way, one module a step: ``corpus`` (load and clean) -> ``text`` and
``matcher`` (normalisation, tokens, sentences, lexicon matching) -> ``actors`` -> ``quotes``,
``hedges``, ``sentiment`` -> ``compare`` -> ``plot``. Every finding is a row of a DataFrame
with the article id and character offsets into the cleaned article text.

>>> from framing import load_corpus
>>> load_corpus("seeds")["article_id"].size
5
"""

from .corpus import Corpus, load_corpus, read_corpus

__version__ = "0.1.0"
__all__ = ["Corpus", "load_corpus", "read_corpus", "__version__"]
