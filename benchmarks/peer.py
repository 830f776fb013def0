"""The full analysis against a spaCy peer and camel-tools' tokenizer, on the same articles, on one core.

The peer does comparable work to framing's layer under the rules: spaCy's blank Arabic tokenizer
(``spacy.blank("ar")``) and one ``PhraseMatcher`` over the terms of every lexicon matcher of the
measures (:meth:`framing.pipeline.Analyzer.matchers`: actors, role words, reporting cues,
speaker nouns, hedges, sentiment terms and slot idioms), each term also with its proclitic
variants (و ف ب ل ك and their combinations, the future marker س before verbs only, and للـ
for a term that starts with the article ال). Three sides are timed, in one process, on the
synthetic corpus of ``benchmarks/throughput.py``:

* the full analysis: :func:`framing.corpus.clean_text` then :meth:`Analyzer.analyze` (mentions,
  quotes, hedges and sentiment, as DataFrames);
* the peer: ``nlp.tokenizer`` then the ``PhraseMatcher`` over each raw article;
* camel-tools' ``simple_word_tokenize`` over each raw article;

and framing's lexicon layer alone (:class:`framing.text.Document`: tokens, sentences, every
matcher and the folded forms), for the peer's like. What is loaded is left out of the garbage
collector's passes, as in the command line. The sides run batch by batch in turn (a batch of
each side, then the next batch), so that the machine's slow moments fall on all of them; each
side's CPU time (``time.process_time``) is summed over the batches. It prints, for each repeat,
every side's articles/s and the ratios full/peer, full/camel-tools and layer/peer (a ratio
below 1: framing needs less time). Run from the repository root (spaCy is the ``bench`` extra:
``pip install -e '.[bench]'``)::

    python benchmarks/peer.py --n 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import warnings
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(REPO_ROOT))  # an installed framing (or PYTHONPATH) comes first
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import synthetic_articles  # noqa: E402

ELIDED = ("لل", "ولل", "فلل")  # ل + the article, its alef elided: للرئيس


def peer_patterns(analyzer) -> list[str]:
    """Every term of the analyzer's lexicon matchers with its proclitic variants, each once."""
    from framing.matcher import PROCLITICS

    out: dict[str, None] = {}
    for matcher in analyzer.matchers():
        proclitics = [p for p in PROCLITICS if not (matcher.nominal and "س" in p)]
        for term in matcher.terms:
            term = term.strip()
            if not term:
                continue
            out[term] = None
            out.update(dict.fromkeys(p + term for p in proclitics))
            if term.startswith("ال") and len(term) > 3:
                out.update(dict.fromkeys(e + term[2:] for e in ELIDED))
    return list(out)


def build_peer(analyzer):
    """(the blank Arabic pipeline, its PhraseMatcher over :func:`peer_patterns`, pattern count)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("ar")
    matcher = PhraseMatcher(nlp.vocab)
    patterns = peer_patterns(analyzer)
    matcher.add("LEXICON", list(nlp.tokenizer.pipe(patterns)))
    return nlp, matcher, len(patterns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of synthetic articles (default: 1000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the resampling (default: 0)")
    parser.add_argument("--batch", type=int, default=50, help="articles per batch of each side (default: 50)")
    parser.add_argument("--repeat", type=int, default=3, help="runs over the corpus (default: 3)")
    args = parser.parse_args(argv)
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("benchmarks/peer.py needs spaCy, a benchmark-only extra: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    import pandas as pd
    from camel_tools.tokenizers.word import simple_word_tokenize

    from framing.corpus import clean_text
    from framing.pipeline import Analyzer
    from framing.text import Document

    articles = list(synthetic_articles(args.n, seed=args.seed))
    batches = [articles[i : i + args.batch] for i in range(0, len(articles), args.batch)]
    analyzer = Analyzer()
    nlp, phrases, n_patterns = build_peer(analyzer)
    lexicon_matchers = analyzer.matchers()
    cleaned = [[clean_text(a["text"]).text for a in batch] for batch in batches]

    def full(k: int) -> None:
        batch = batches[k]
        analyzer.analyze(pd.DataFrame({"article_id": [a["article_id"] for a in batch],
                                       "text": [clean_text(a["text"]).text for a in batch],
                                       "date": [a["date"] for a in batch]}))

    def peer(k: int) -> None:
        for a in batches[k]:
            phrases(nlp.tokenizer(a["text"]))

    def camel(k: int) -> None:
        for a in batches[k]:
            simple_word_tokenize(a["text"])

    lexicons = getattr(analyzer, "lexicons", None)  # all the matchers in one pass, where framing has it

    def layer(k: int) -> None:
        for text in cleaned[k]:
            doc = Document("a", text, None, lexicons) if lexicons is not None else Document("a", text)
            for m in lexicon_matchers:
                doc.matches(m)
            _ = doc.folded

    sides = {"full analysis": full, "spaCy peer": peer, "camel-tools tokenizer": camel, "framing lexicon layer": layer}
    megabytes = sum(len(a["text"].encode("utf-8")) for a in articles) / 1e6
    print(f"corpus: {args.n} synthetic articles, {megabytes:.2f} MB (seed {args.seed}), batches of {args.batch}; "
          f"peer: {n_patterns} phrase patterns, {sum(len(m) for m in lexicon_matchers)} lexicon entries")
    print(f"peer matches in the corpus: {sum(len(phrases(nlp.tokenizer(a['text']))) for a in articles)}")
    gc.collect()
    gc.freeze()  # as the command line does once the lexicons are loaded (framing.workers.freeze_loaded)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for side in sides.values():  # warm-up: lazy imports and the first call's caches
            side(0)
        for r in range(1, args.repeat + 1):
            cpu = dict.fromkeys(sides, 0.0)
            for k in range(len(batches)):
                for name, side in sides.items():
                    start = time.process_time()
                    side(k)
                    cpu[name] += time.process_time() - start
            rates = "; ".join(f"{name} {args.n / cpu[name]:.1f}" for name in sides)
            print(f"repeat {r}: articles/s (CPU): {rates}")
            print(f"repeat {r}: ratio full/peer {cpu['full analysis'] / cpu['spaCy peer']:.2f}, "
                  f"full/camel-tools {cpu['full analysis'] / cpu['camel-tools tokenizer']:.2f}, "
                  f"lexicon layer/peer {cpu['framing lexicon layer'] / cpu['spaCy peer']:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
