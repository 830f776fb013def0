"""Lexicon matching time per token with the lexicons as they are and with ten times their entries.

Builds the lexicon matchers of the measures (:meth:`framing.pipeline.Analyzer.matchers`) twice:
as bundled (1x), and with nine made-up entries added after each entry (10x): three that extend
the entry by a made-up word (they share its first word, as the names of a large gazetteer share
their titles and given names) and six made of made-up words. Each set runs as one
:class:`framing.matcher.LexiconSet` over the tokens of the synthetic corpus of
``benchmarks/throughput.py`` (tokenised beforehand, not timed), the two sides in turn batch by
batch on CPU time (``time.process_time``), with the lexicons out of the garbage collector's
passes as in the command line (:func:`framing.workers.freeze_loaded`). It prints the time per
token of each side, cold (a first pass, the memos and the caches of folding empty; one side
after the other, each after freezing what is already made) and warm (the later passes, each batch's best time), their ratio 10x/1x, and
checks that the added entries change no match of the bundled ones. Run from the repository
root::

    python benchmarks/matcher_scale.py --n 300 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(REPO_ROOT))  # an installed framing (or PYTHONPATH) comes first
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import synthetic_articles  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def made_up_word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 8)))


def scaled(matcher, times: int, rng: random.Random):
    """A matcher with the entries of ``matcher`` (same indices) and ``times - 1`` made-up entries
    after each of them."""
    from framing.matcher import LexiconMatcher

    terms, flags = list(matcher.terms), list(matcher.enclitics)
    for term, flag in zip(matcher.terms, matcher.enclitics, strict=True):
        for k in range(times - 1):
            if k < 3:
                terms.append(f"{term} {made_up_word(rng)}")
            else:
                terms.append(" ".join(made_up_word(rng) for _ in range(rng.randint(1, 2))))
            flags.append(flag)
    return LexiconMatcher(terms, enclitics=flags, nominal=matcher.nominal)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=300, help="number of synthetic articles (default: 300)")
    parser.add_argument("--times", type=int, default=10, help="entries of the large side, per entry (default: 10)")
    parser.add_argument("--batch", type=int, default=20, help="articles per batch of each side (default: 20)")
    parser.add_argument("--repeat", type=int, default=3, help="warm passes over the corpus (default: 3)")
    args = parser.parse_args(argv)

    from framing.corpus import clean_text
    from framing.matcher import LexiconSet, token_stems
    from framing.pipeline import Analyzer
    from framing.text import fold, word_tokens
    from framing.workers import freeze_loaded

    texts = [clean_text(a["text"]).text for a in synthetic_articles(args.n)]
    documents = [(text, tokens, [t.text for t in tokens]) for text in texts for tokens in [word_tokens(text)]]
    batches = [documents[i : i + args.batch] for i in range(0, len(documents), args.batch)]
    n_tokens = sum(len(d[1]) for d in documents)
    bundled = Analyzer().matchers()
    rng = random.Random(0)
    sides = {"1x": LexiconSet(bundled), f"{args.times}x": LexiconSet([scaled(m, args.times, rng) for m in bundled])}
    for name, lexicons in sides.items():
        print(f"{name}: {sum(len(m) for m in lexicons.matchers)} entries in {len(lexicons.matchers)} lexicons")

    def run(lexicons, batch) -> list:
        return [lexicons.find(text, tokens, lexicons.analyse(spellings)) for text, tokens, spellings in batch]

    cold = dict.fromkeys(sides, 0.0)
    found: dict[str, list] = {name: [] for name in sides}
    for name, lexicons in sides.items():  # cold: the memos (and the caches of folding) fill as the corpus is read
        fold.cache_clear()
        token_stems.cache_clear()
        freeze_loaded()  # the other side's memo too: the side timed second would otherwise pay for its collection
        for batch in batches:
            start = time.process_time()
            found[name].extend(run(lexicons, batch))
            cold[name] += time.process_time() - start
    best = {name: [float("inf")] * len(batches) for name in sides}
    for _ in range(args.repeat):
        for k, batch in enumerate(batches):
            for name, lexicons in sides.items():
                start = time.process_time()
                run(lexicons, batch)
                best[name][k] = min(best[name][k], time.process_time() - start)
    warm = {name: sum(times) for name, times in best.items()}
    small, large = sides
    sizes = [len(m) for m in bundled]
    same = all([m for m in per_lexicon if m.entry < size] == original
               for doc_small, doc_large in zip(found[small], found[large], strict=True)
               for original, per_lexicon, size in zip(doc_small, doc_large, sizes, strict=True))
    print(f"corpus: {args.n} synthetic articles, {n_tokens} tokens")
    for label, times, passes in (("cold (first pass)", cold, 1), (f"warm (each batch's best of {args.repeat} passes)", warm, 1)):
        per_token = {name: times[name] / (passes * n_tokens) * 1e9 for name in sides}
        print(f"{label}: " + ", ".join(f"{name} {ns:.0f} ns/token" for name, ns in per_token.items())
              + f"; ratio {large}/{small} {per_token[large] / per_token[small]:.2f}")
    print(f"the bundled entries' matches are the same with the added entries: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
