"""Hedges and boosters, kept apart for the outlet's own voice and for quoted voices.

Cues come from the hedge lexicon (``framing/data/hedges.tsv``) and from phrases with a gap
(``framing/data/hedge_patterns.toml``: لا يساورني أدنى شك), whose matches win over the lexicon
cues they overlap. Some cues need their context:

* ``qad``: قد before an imperfect verb is a hedge (قد يُفعّل، قد تشمل), before a perfect verb a
  booster (قد أنجز، قد التزمت), and after كان it only marks the past perfect (كان قد أعلن): none;
* ``before_quantity``: نحو، حوالي، قرابة count only before a quantity (نحو 4 سنوات), not as
  "towards" (نحو مرحلة جديدة);
* ``not_negated``: negated ability is an evaluation, not a hedge (لا يمكن الوثوق به);
* ``before_an``: يمكن counts only as يمكن أن;
* ``evidential``: a verb of confirming or showing followed by أن is a booster when its subject is
  a thing (الوقائع تؤكد أن), that is, when the quote extractor found no speaker for it; with a
  speaker (أكد ماكرون أن) it is a reporting verb.
* ``not_past``: right after كان a belief is one the report sets aside (كان يُعتقد ... لكن);
* ``not_before_norm``: وفق or حسب before a norm or a condition is conformity or dependence, not a
  source (وفق القانون، حسب الحاجة);
* ``not_before_ala``: بالتأكيد على is "by stressing" when its content follows (بالتأكيد على أن).

Each is a named function in ``CONTEXT_RULES``, with its examples.

A cue inside a quote's content is in the quoted voice and credited to the quote's speaker.

>>> articles = pd.DataFrame({"article_id": ["a"], "text": ["قد تشمل الالتزامات نحو 4 آلاف جندي، وقد التزمت الدول."]})
>>> h = find_hedges(articles, pd.DataFrame(columns=["article_id", "start", "end", "speaker_id", "speaker"]))
>>> h[["cue", "category", "subcategory"]].values.tolist()
[['قد', 'hedge', 'epistemic_modal'], ['نحو', 'hedge', 'approximator'], ['قد', 'booster', 'booster']]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from heapq import heappop, heappush
from pathlib import Path

import pandas as pd

from .actors import documents
from .errors import InputError
from .inference import per_1000
from .lexicon import as_flag, read_tsv
from .matcher import LexiconMatcher
from .patterns import PatternMatcher, TokenPattern, read_token_patterns
from .quotes import QuoteSpan, quote_spans
from .text import QUOTE_MARKS, Document, count_words, fold, fold_set
from .words import number_words, word_class

HEDGE_COLUMNS = ["article_id", "cue", "category", "subcategory", "voice", "speaker_id", "start", "end",
                 "sentence_id", "sentence"]
CATEGORIES = {"hedge", "booster"}
SUBCATEGORIES = {"epistemic_modal", "approximator", "vagueness", "attribution_shield", "epistemic_adjective", "booster"}

# The closed word classes come from framing/data/function_words.toml (framing.words), folded.
NEGATORS = word_class("negators_before_hedge")
PAST_AUXILIARIES = word_class("past_auxiliaries")
PRESENT_AUXILIARIES = word_class("present_auxiliaries")
NEGATED_COPULAS = word_class("negated_copulas")
RELATIVE_PRONOUNS = word_class("relative_pronouns")
TOTALITY_WORDS = word_class("totality_words")
UNCERTAINTY_FRAMES = word_class("uncertainty_frames")
ENCLITICS = tuple(word_class("enclitic_pronouns"))
ENCLITICS_LONGEST_FIRST = tuple(sorted(ENCLITICS, key=len, reverse=True))
NORM_NOUNS = word_class("norm_nouns")
CONDITION_NOUNS = word_class("condition_nouns")
BELIEF_PREVERBS = word_class("belief_preverbs")
BELIEF_CLAUSE_OPENERS = word_class("belief_clause_openers")
REFUSAL_WORDS = word_class("refusal_words")
# How many words back a word of refusal makes قاطع its manner (ونفى المتحدث بصورة قاطعة).
REFUSAL_REACH = 3
DISPUTE_NOUNS = word_class("dispute_nouns")
SAID_RELATIVES = word_class("said_relatives")
UNASSERTED_OPENERS = word_class("unasserted_openers")
BACKGROUND_OPENERS = word_class("background_openers")
COMPARATIVES = word_class("comparatives")
# What before_an and evidential need after their cue: أن, أنه, أنها (not every complementizer).
COMPLEMENTIZERS = word_class("complementizers_after_cue")
# What before_quantity needs after its cue: a number word or currency (numbers.tsv) or a counted
# quantity (function_words.toml).
NUMBER_WORDS = frozenset(number_words()) | word_class("counted_quantities")
# What may follow an approximator with the article: a number word or a fraction (نحو الثلث، قرابة النصف).
DEFINITE_QUANTITIES = frozenset(number_words()) | word_class("fractions")
PERFECT_T = word_class("perfects_like_imperfects")  # after قد they are boosters (تعهدت، تبنت)


def load_hedge_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """The hedge and booster lexicon (bundled, or a user's TSV with the same columns)."""
    table = read_tsv(path or "hedges.tsv", required=["cue", "category", "subcategory", "rule", "enclitics"],
                     choices={"category": CATEGORIES, "subcategory": SUBCATEGORIES, "rule": RULES})
    return table


def load_hedge_patterns(path: str | Path | None = None) -> list[TokenPattern]:
    """The hedges and boosters written as phrases with a gap (bundled ``hedge_patterns.toml``, or
    a user's TOML file in its format); each pattern has a category, a subcategory and a source.

    >>> [p.name for p in load_hedge_patterns()][:2]
    ['no_doubt_at_all', 'no_doubt_exists']
    """
    source = path or "hedge_patterns.toml"
    patterns = read_token_patterns(source)
    for p in patterns:
        values = {"category": CATEGORIES, "subcategory": SUBCATEGORIES, "rule": RULES}
        for key, allowed in values.items():
            if p.attributes.get(key, "") not in allowed:
                raise InputError(source, f"pattern {p.name!r}: {key} {p.attributes.get(key)!r} is not one of {', '.join(sorted(allowed))}")
        if not str(p.attributes.get("source", "")).strip():
            raise InputError(source, f"pattern {p.name!r} has no source")
    return patterns


class HedgeFinder:
    """The hedge lexicon compiled once; :meth:`find` is a pure function of one document."""

    def __init__(self, lexicon: pd.DataFrame | None = None, patterns: list[TokenPattern] | None = None):
        self.lexicon = load_hedge_lexicon() if lexicon is None else lexicon
        self.matcher = LexiconMatcher(self.lexicon["cue"].tolist(), enclitics=self.lexicon["enclitics"].map(as_flag))
        self._entries = self.lexicon[["cue", "category", "subcategory", "rule"]].to_dict("records")
        self.patterns = load_hedge_patterns() if patterns is None else patterns
        self.pattern_matcher = PatternMatcher(self.patterns)
        self._pattern_entries = [{"cue": p.name, "category": p.attributes["category"],
                                  "subcategory": p.attributes["subcategory"], "rule": p.attributes.get("rule", "")}
                                 for p in self.patterns]

    def cues(self, doc: Document) -> list[tuple[int, int, int, int, dict]]:
        """(start, end, first token, last token, entry) of every cue of a document, in text order:
        the matches of the patterns, then those of the lexicon that overlap none of them.

        >>> d = Document("a", "وقال: لا يوجد أي شك في ذلك، ولا شك في نواياه.")
        >>> [(d.text[s:e], entry["category"]) for s, e, _, _, entry in HedgeFinder().cues(d)]
        [('لا يوجد أي شك', 'booster'), ('لا شك', 'booster')]
        """
        found = [(m.start, m.end, m.first_token, m.last_token, self._pattern_entries[m.pattern])
                 for m in doc.matches(self.pattern_matcher)]
        taken = [(first, last) for _, _, first, last, _ in found]
        for m in doc.matches(self.matcher):
            if not _overlaps(taken, m.first_token, m.last_token):
                found.append((m.start, m.end, m.first_token, m.last_token, self._entries[m.entry]))
        return sorted(found, key=lambda c: (c[0], c[1]))

    def find(self, doc: Document, quote_spans: Sequence[tuple]) -> list[dict]:
        """The hedge rows of one document; ``quote_spans`` are (start, end, speaker, ...) of its quotes,
        as :func:`framing.quotes.quote_span` gives them (whose cue start, the fifth, tells a
        reporting verb from an evidential booster)."""
        spans = sorted((QuoteSpan(*q) for q in quote_spans), key=lambda q: (q.start, q.end))
        cues = {q.cue_start for q in spans}
        cue_speakers = {q.cue_start: q.speaker for q in reversed(spans) if q.cue_start >= 0}
        rows = []
        opened = 0  # quotes are taken in order of start as the cues (in text order) pass them
        open_quotes: list[tuple[int, int, int]] = []  # a heap of (end, length, index) of the quotes begun
        for start, end, first, last, entry in self.cues(doc):
            category, subcategory = _reading(entry, doc, first, last, start in cues)
            if category is None or subcategory is None:
                continue
            while opened < len(spans) and spans[opened].start <= start:
                heappush(open_quotes, (spans[opened].end, spans[opened].end - spans[opened].start, opened))
                opened += 1
            while open_quotes and open_quotes[0][0] <= start:
                heappop(open_quotes)  # ended before this cue
            innermost = spans[min((n, i) for _, n, i in open_quotes)[1]] if open_quotes else None
            inner = _inner_speaker(doc.text, innermost, start, subcategory)
            voice, speaker = _voice(category, subcategory, inner, cue_speakers.get(start))
            sentence = doc.sentence_of(start)
            rows.append({
                "article_id": doc.article_id, "cue": doc.text[start:end], "category": category,
                "subcategory": subcategory, "voice": voice, "speaker_id": speaker, "start": start,
                "end": end, "sentence_id": doc.sentence_id(start), "sentence": sentence.text,
            })
        return rows


def _overlaps(spans: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether the token range [first, last] shares a token with one of ``spans`` (sorted, few).

    >>> _overlaps([(3, 6)], 6, 7), _overlaps([(3, 6)], 7, 8)
    (True, False)
    """
    i = bisect_left(spans, (first + 1,)) - 1  # the last span starting at or before ``first``
    return (i >= 0 and spans[i][1] >= first) or (i + 1 < len(spans) and spans[i + 1][0] <= last)


def _inner_speaker(text: str, quote: QuoteSpan | None, start: int, subcategory: str) -> str | None:
    """The speaker of the innermost ``quote`` around a cue at ``start`` (None outside quotes). An
    attribution shield outside quotation marks is the outlet's naming of its source, even inside a
    reported clause (وبحسب نص الإعلان، اتفق الطرفان ...): no speaker; so is a cue in the writer's
    background clause after a quote's cue and content (:func:`_background_clause`), but not in the
    clause a source named after it is credited with (خلّفت نحو ألف قتيل، بحسب تقديرات الأمم المتحدة).

    >>> t = 'وقال إنه، بحسب ما نقل عنه زواره، "سيترشح"'
    >>> _inner_speaker(t, QuoteSpan(9, 40, "X"), 9, "attribution_shield"), _inner_speaker(t, QuoteSpan(9, 40, "X"), 34, "epistemic_modal")
    (None, 'X')
    """
    if quote is None:
        return None
    background = 0 <= quote.cue_start < quote.start and _background_clause(text, quote.start, start)
    if (subcategory == "attribution_shield" or background) and not _within_marks(text, quote.start, start):
        return None
    return quote.speaker


def _background_clause(text: str, content_start: int, position: int) -> bool:
    """Whether a clause of the writer's own background opens, after a comma, between the start of a
    quote's content and ``position`` (``background_openers``: ، وذلك بعد، علماً أن، بعد، غداة): a cue
    there, outside quotation marks, is in the author's voice, however far the reported clause runs.

    >>> t = "وأعلن الرئيس توصل البلدين إلى اتفاق، وذلك عقب محادثات استمرت نحو 7 ساعات"
    >>> _background_clause(t, 13, t.index("نحو")), _background_clause(t, 13, t.index("اتفاق"))
    (True, False)
    """
    return any(fold(m.group(1)) in BACKGROUND_OPENERS for m in _AFTER_COMMA.finditer(text, content_start, position))


_AFTER_COMMA = re.compile(r"[،,]\s*(\w+)")


def _within_marks(text: str, content_start: int, position: int) -> bool:
    """Whether ``position`` lies inside quotation marks of the quote whose content starts at
    ``content_start``: a mark opened in it (or right before it) is still open there.

    >>> t = 'وأضاف أن "الاحتلال يراهن على الوقت" في المخيمات بحسب تقديرات المفوضية'
    >>> _within_marks(t, 9, t.index("بحسب")), _within_marks(t, 9, t.index("يراهن"))
    (False, True)
    """
    opening = text[max(0, content_start - 2) : content_start]  # a mark right before the content opens it
    part = (opening if opening.strip().endswith(("«", "“", '"')) else "") + text[content_start:position]
    return part.count("«") + part.count("“") > part.count("»") + part.count("”") or part.count('"') % 2 == 1


def _voice(category: str, subcategory: str, inner: str | None, cued: str | None) -> tuple[str, str]:
    """(voice, speaker) of a cue: inside a quote the innermost quote's speaker ``inner`` (a report of
    a report speaks in the inner speaker's voice); outside, a hedge that cues a quote is its speaker
    ``cued``'s (مرجحاً أن ...، رجّح الخبير أن), while a booster that cues one (أكد) and a shield
    (بحسب) are the outlet's choice: the author's voice.

    >>> _voice("hedge", "epistemic_modal", None, "Expert"), _voice("booster", "booster", None, "Expert")
    (('quoted', 'Expert'), ('author', ''))
    """
    if inner is not None:
        return "quoted", inner
    if category == "hedge" and subcategory != "attribution_shield" and cued is not None:
        return "quoted", cued
    return "author", ""


def _reading(entry: dict, doc: Document, first: int, last: int, cues_quote: bool) -> tuple[str | None, str | None]:
    """(category, subcategory) of a cue, or (None, None): a cue whose rule reads the quotes
    (``QUOTE_RULES``) and that reports a quote (``cues_quote``) is no booster when evidential (أكد
    ماكرون أن: a reporting verb) and a hedge when it predicts (توقّع الخبير أن); any other cue is read
    by its context rule (:func:`_disambiguate`).

    >>> entry = {"cue": "توقع", "category": "hedge", "subcategory": "epistemic_adjective", "rule": "cues_quote"}
    >>> d = Document("a", "وتوقع الخبير تراجع الأسعار")
    >>> _reading(entry, d, 0, 0, True), _reading(entry, d, 0, 0, False)
    (('hedge', 'epistemic_adjective'), (None, None))
    """
    if entry["rule"] in QUOTE_RULES and cues_quote:
        passive = entry["rule"] == "passive_shield" and "\u064f" in doc.tokens[first].text[:2]  # عُدّ بمثابة «تحدٍ»
        dropped = entry["rule"] in DROPPED_WHEN_CUEING and not passive
        return (None, None) if dropped else (entry["category"], entry["subcategory"])
    return _disambiguate(entry, doc, first, last)


def _disambiguate(entry: dict, doc: Document, first: int, last: int) -> tuple[str | None, str | None]:
    """Apply an entry's context rule (``CONTEXT_RULES``, or :func:`_qad`); return (category,
    subcategory), or (None, None) where the context rules the cue out. ``necessarily`` (بالضرورة, a
    booster) is a hedge when negated within the two words before it.

    >>> e = {"rule": "necessarily", "category": "booster", "subcategory": "booster"}
    >>> _disambiguate(e, Document("a", "لا يعني بالضرورة ولاية ثانية"), 2, 2), _disambiguate(e, Document("a", "يعني بالضرورة ولاية"), 1, 1)
    (('hedge', 'epistemic_modal'), ('booster', 'booster'))
    """
    rule = entry["rule"]
    tokens = doc.tokens
    prev = fold(tokens[first - 1].text) if first > 0 and _adjacent(doc, first - 1, first) else ""
    nxt = fold(tokens[last + 1].text) if last + 1 < len(tokens) and _adjacent(doc, last, last + 1) else ""
    if rule == "qad":
        if not nxt and last + 1 < len(tokens):
            # قد «أنجز»: quotation marks between قد and its verb
            gap = doc.text[tokens[last].end : tokens[last + 1].start]
            nxt = fold(tokens[last + 1].text) if gap.strip(" " + QUOTE_MARKS) == "" else ""
        return _qad(doc, first, nxt)
    if rule == "necessarily" and _negated_clause(doc, first, reach=2):
        return "hedge", "epistemic_modal"  # لا يعني بالضرورة "not necessarily"
    holds = CONTEXT_RULES.get(rule)
    if holds is None or holds(doc, first, last, prev, nxt):
        return entry["category"], entry["subcategory"]
    return None, None


def _not_past(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not right after a form of كان, nor after لم يكن (أحد): كان يُعتقد ... لكن, لم يكن أحد يتوقع
    are a past belief or expectation the report sets aside.

    >>> d = Document("a", "كان يعتقد أن الاتفاق قريب")
    >>> _not_past(d, 1, 1, "كان", "ان"), _not_past(Document("a", "يعتقد أن الاتفاق قريب"), 0, 0, "", "ان")
    (False, True)
    >>> _not_past(Document("a", "لم يكن أحد يتوقع أن يفوز"), 3, 3, fold("أحد"), "ان")
    False
    """
    if _after_past_auxiliary(doc, first, window=1):
        return False
    j = first - 1 if prev == "احد" else first
    return not (j >= 2 and _adjacent(doc, j - 1, j) and doc.folded[j - 1] in NEGATED_COPULAS
                and _negated(doc, j - 1, doc.folded[j - 2] if _adjacent(doc, j - 2, j - 1) else ""))


def _not_before_norm(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not before a noun of a rule or norm, nor of a condition: وفق القانون is conformity to a rule,
    حسب تطور الاحتياجات and وفق أولوياتها ("in line with its priorities") a dependence, not a source.

    >>> [_not_before_norm(Document("a", ""), 0, 0, "", fold(w)) for w in ("القانون", "تطور", "أولوياتها", "مصادر")]
    [False, False, False, True]
    """
    stems = {nxt, _strip_proclitic(nxt), _strip_enclitic(nxt)}
    return not stems & (NORM_NOUNS | CONDITION_NOUNS)


def _before_quantity(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Only before a quantity: نحو 4 سنوات, نحو مئة, نحو الثلث, not نحو مرحلة جديدة ("towards").
    With the article only a number or a fraction counts (تراجعت بنحو الثلث), not a unit (نحو العام).

    >>> [_before_quantity(Document("a", ""), 0, 0, "", fold(w)) for w in ("4", "مئة", "مرحلة", "الثلث", "العام")]
    [True, True, False, True, False]
    """
    if not nxt:
        return False
    if nxt[0].isdigit() or nxt in NUMBER_WORDS or _strip_proclitic(nxt) in NUMBER_WORDS:
        return True
    return nxt.startswith("ال") and nxt[2:] in DEFINITE_QUANTITIES


def _not_negated(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not negated: لا يمكن الوثوق به, لم يكن بالإمكان are categorical claims, not hedges.

    >>> _not_negated(Document("a", "لا يمكن الوثوق به"), 1, 1, "لا", fold("الوثوق"))
    False
    """
    return not _negated(doc, first, prev)


def _before_an(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not negated, and before أن (أنه، أنها): يمكن أن; an evidential verb (تؤكد أن) likewise.

    >>> d = Document("a", "يمكن أن يتأخر الاتفاق")
    >>> _before_an(d, 0, 0, "", fold("أن")), _before_an(d, 0, 0, "", fold("يتأخر"))
    (True, False)
    """
    return _not_negated(doc, first, last, prev, nxt) and nxt in COMPLEMENTIZERS


def _not_before_ala(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not the verbal noun "by stressing" before على (:func:`_verbal_noun_before_ala`).

    >>> d = Document("a", "واختتم الوزير كلمته بالتأكيد على أن الحوار مستمر")
    >>> _not_before_ala(d, 3, 3, fold("كلمته"), fold("على"))
    False
    """
    return not (nxt == "علي" and _verbal_noun_before_ala(doc, first, last))


def _after_negation(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """In a negated clause, and written without و or ف: أصلاً، قط، بأي حال stress a negation
    (لا يريد السلام أصلاً، لم تغادر طاولة التفاوض قط) as بتاتاً does; elsewhere أصلاً is
    "originally", and فقط is "only".

    >>> d = Document("a", "لم تغادر طاولة التفاوض قط")
    >>> _after_negation(d, 4, 4, "", ""), _after_negation(Document("a", "وصل الوفد فقط"), 2, 2, "", "")
    (True, False)
    """
    return not doc.folded[first].startswith(("و", "ف")) and _negated_clause(doc, first, reach=6)


def _knowing(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """A verb of knowing (نعرف، ندرك) that is not negated and not future: فسنعرف "we shall know"
    (إذا انتُهك وقف إطلاق النار فسنعرف) says nothing certain now.

    >>> d = Document("a", "إذا انتهك الاتفاق فسنعرف")
    >>> _knowing(d, 3, 3, fold("الاتفاق"), ""), _knowing(Document("a", "نحن نعرف ما يريد"), 1, 1, "نحن", "ما")
    (False, True)
    """
    word = doc.folded[first]
    future = word.startswith(("س", "وس", "فس")) or prev == "سوف"
    return not future and _not_negated(doc, first, last, prev, nxt)


def _before_totality(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Before a word of totality or absence (``totality_words``): شبه كامل "almost total", not
    شبه جزيرة "peninsula".

    >>> _before_totality(Document("a", ""), 0, 0, "", fold("كامل")), _before_totality(Document("a", ""), 0, 0, "", fold("رسمية"))
    (True, False)
    """
    return nxt in TOTALITY_WORDS


def _uncertainty_frame(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Framed as a state of the facts by the word before or after it (``uncertainty_frames``: وسط
    غموض، يكتنف الغموض، غموض حول), not a complaint about a text (نددت بـ"الغموض والتناقض").

    >>> d = Document("a", "وسط غموض حول مصير الاتفاق")
    >>> _uncertainty_frame(d, 1, 1, fold("وسط"), fold("حول")), _uncertainty_frame(d, 1, 1, "", fold("وتناقض"))
    (True, False)
    """
    return _strip_proclitic(prev) in UNCERTAINTY_FRAMES or prev in UNCERTAINTY_FRAMES or nxt in UNCERTAINTY_FRAMES


def _impersonal_belief(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Unvowelled يعتقد، يظن that cues no quote (where it cues one the belief is its speaker's:
    لكنه يعتقد أن) counts as the impersonal passive يُعتقد أن "it is believed", or as the belief of
    the speaker a pronoun points to (قال إنه يعتقد): not after كان (:func:`_not_past`), with no
    noun after it but أن, and no subject before it in its clause (nothing but a conjunction or a
    clause opener, past ربما، لا يزال), unless vowelled as a passive (يُعتقد). Otherwise it reports a third
    party's belief, mostly one the speaker sets aside (أكثر مما يظن الناس، رئيس الوزراء "ربما
    يعتقد أنه اشترى السلام، لكنه ...").

    >>> def read(text, word):
    ...     d = Document("a", text)
    ...     i = next(k for k, t in enumerate(d.tokens) if t.text == word)
    ...     nxt = d.folded[i + 1] if i + 1 < len(d.tokens) and _adjacent(d, i, i + 1) else ""
    ...     return _impersonal_belief(d, i, i, d.folded[i - 1] if i else "", nxt)
    >>> read("فيما يعتقد أن نحو 40 ألفاً قتلوا", "يعتقد"), read('وقال إن رئيس الوزراء "ربما يعتقد أنه اشترى السلام"', "يعتقد")
    (True, False)
    >>> read("كان العراق أقرب إلى الحرب مما يظن الناس", "يظن"), read("و يعتقد أن عدد الموقوفين تجاوز 300", "يعتقد")
    (False, True)
    >>> read("مصارف في دول ثالثة يُعتقد أنها تساعد الكرملين", "يُعتقد"), read('وقال بوتين إنه يعتقد "إذا ساد المنطق"', "يعتقد")
    (True, True)
    """
    if not _not_past(doc, first, last, prev, nxt):
        return False
    if nxt and nxt not in COMPLEMENTIZERS and not (nxt[:1] == "ب" and nxt[1:] in COMPLEMENTIZERS):
        return False  # a subject after it: أكثر مما يظن الناس
    if doc.folded[first][:1] in ("و", "ف") or "\u064f" in doc.tokens[first].text[:3]:
        return True  # ويعتقد أن: the verb opens its clause; يُعتقد: vowelled as a passive
    j = first - 1
    while j >= 0 and _joined(doc, j, j + 1) and doc.folded[j] in BELIEF_PREVERBS:
        j -= 1
    return j < 0 or not _joined(doc, j, j + 1) or doc.folded[j] in BELIEF_CLAUSE_OPENERS


def _belief_cueing_quote(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """A verb of belief of the third person (تعتقد، يعتقدون، تظن) counts only where it cues a quote
    (``QUOTE_RULES``: وتعتقد الحكومة أن, the speaker's own belief); elsewhere it reports a third
    party's belief (فصائل لا تزال تعتقد أن ... وهذا أمر مرفوض), no hedge of the speaker's.

    >>> _belief_cueing_quote(Document("a", "فصائل لا تزال تعتقد أن"), 3, 3, fold("تزال"), "ان")
    False
    """
    return False


def _passive_shield(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """عُدّ "was considered" counts where it cues no quote (``QUOTE_RULES``): with a speaker (عدّ
    الأمين العام النتائج "تفويضاً شعبياً") it is the active reporting verb.

    >>> _passive_shield(Document("a", "عُدّ الاتفاق بمثابة انتصار"), 0, 0, "", fold("الاتفاق"))
    True
    """
    return True


def _not_after_refusal(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not after a word of refusal or denial (``refusal_words``) in the same clause, at most
    ``REFUSAL_REACH`` words back: رفضاً قاطعاً، رفضها القاطع، ترفض بشكل قاطع، ونفى المتحدث بصورة
    قاطعة are the manner of the refusal, not certainty (docs/annotation.md); دليل قاطع, أكد بشكل
    قاطع still count.

    >>> [_not_after_refusal(Document("a", t), 1, 1, fold(t.split()[0]), "")
    ...  for t in ("رفضها القاطع", "ترفض بشكل قاطع", "دليل قاطع", "أكد بشكل قاطع")]
    [False, False, True, True]
    >>> _not_after_refusal(Document("a", "ونفى المتحدث بصورة قاطعة"), 2, 3, fold("المتحدث"), "")
    False
    """
    for j in range(first - 1, max(first - 1 - REFUSAL_REACH, -1), -1):
        if CLAUSE_ENDS.intersection(doc.text[doc.tokens[j].end : doc.tokens[j + 1].start]):
            break
        word = doc.folded[j]
        if word in REFUSAL_WORDS or (word[:1] in "وف" and word[1:] in REFUSAL_WORDS):
            return False
    return prev not in REFUSAL_WORDS


def _undecided_not_dispute(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """لم يُحسم بعد is vagueness where what is undecided is a property of a thing (لم يُحسم بعد حجم
    المشاركة), not where it is a dispute or a pending matter (``dispute_nouns``: ملف المياه «لم
    يُحسم بعد»): an unfinished process, a trap (docs/annotation.md, events10). The subject is read
    up to three words before لم, between the verb and بعد, or right after بعد.

    >>> d = Document("a", "لكنه أقر بأن ملف المياه «لم يُحسم بعد»")
    >>> _undecided_not_dispute(d, 5, 7, "", "")
    False
    >>> d = Document("a", "في حين لم يُحسم بعد حجم المشاركة الأميركية")
    >>> _undecided_not_dispute(d, 2, 4, "", fold("حجم"))
    True
    """
    near = [doc.folded[j] for j in range(max(first - 3, 0), first) if all(_joined(doc, k, k + 1) for k in range(j, first))]
    near += doc.folded[first + 2 : last]
    if last + 1 < len(doc.tokens) and _joined(doc, last, last + 1):
        near.append(doc.folded[last + 1])
    return not any(w in DISPUTE_NOUNS or _strip_proclitic(w) in DISPUTE_NOUNS for w in near)


def _not_relative(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not after ما "what" (``said_relatives``): رغم كل ما قيل عنها is "all that was said about
    it", the object of the clause, not the shield قيل إن "it was said that".

    >>> _not_relative(Document("a", ""), 1, 1, "ما", fold("عنها")), _not_relative(Document("a", ""), 1, 1, "", fold("إن"))
    (False, True)
    """
    return prev not in SAID_RELATIVES


def _asserted(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """Not inside a clause whose truth is left open (``unasserted_openers`` up to eight words before,
    in the same clause): in ما إذا كانت البنادق ستصمت فعلاً the emphatic فعلاً asserts nothing.

    >>> d = Document("a", "لمعرفة ما إذا كانت البنادق ستصمت فعلاً")
    >>> _asserted(d, 6, 6, "", ""), _asserted(Document("a", "صمتت البنادق فعلاً"), 2, 2, "", "")
    (False, True)
    """
    for j in range(first - 1, max(first - 9, -1), -1):
        if not _joined(doc, j, j + 1):
            return True
        if doc.folded[j] in UNASSERTED_OPENERS:
            return False
    return True


def _presumption(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """يُفترض before أنّ and a clause (يُفترض أنه قُتل "supposedly"), not before أنْ and an imperfect
    verb (ويُفترض أن تُرفع النتائج إلى المحكمة "is due to"): a schedule or a duty, not a hedge.

    >>> d = Document("a", "ويفترض أن ترفع النتائج إلى المحكمة")
    >>> _presumption(d, 0, 0, "", "ان"), _presumption(Document("a", "يفترض أن الاتفاق صامد"), 0, 0, "", "ان")
    (False, True)
    """
    if not _before_an(doc, first, last, prev, nxt):
        return False
    after = doc.folded[last + 2] if nxt == "ان" and last + 2 < len(doc.tokens) and _joined(doc, last + 1, last + 2) else ""
    return not (after.startswith(("ي", "ت", "ن")) and not after.startswith("ال"))


def _seeming(doc: Document, first: int, last: int, prev: str, nxt: str) -> bool:
    """بدا "seemed" (folded like بدأ "began"): before أن (:func:`_before_an`), or written without hamza
    before its predicate, a comparative or an adjective in the accusative (فبدا أكثر تشدداً، بدا
    واثقاً), as يبدو and بدت are.

    >>> _seeming(Document("a", "فبدا أكثر تشدداً"), 0, 0, "", fold("أكثر")), _seeming(Document("a", "بدأ العمل"), 0, 0, "", fold("العمل"))
    (True, False)
    """
    if _before_an(doc, first, last, prev, nxt):
        return True
    if "أ" in doc.tokens[first].text or last + 1 >= len(doc.tokens) or not _adjacent(doc, last, last + 1):
        return False
    predicate = doc.tokens[last + 1].text
    return nxt in COMPARATIVES or predicate.endswith(("اً", "ًا"))


def _joined(doc: Document, i: int, j: int) -> bool:
    """Tokens i and j are separated by whitespace or quotation marks only (no other punctuation)."""
    return doc.text[doc.tokens[i].end : doc.tokens[j].start].strip(" \n" + QUOTE_MARKS) == ""


# The context rules of the lexicon's ``rule`` column (besides ``qad``): each says whether the
# cue at tokens [first, last], between the folded words ``prev`` and ``nxt``, keeps its reading.
CONTEXT_RULES = {
    "not_past": _not_past,
    "not_before_norm": _not_before_norm,
    "before_quantity": _before_quantity,
    "not_negated": _not_negated,
    "before_an": _before_an,
    "evidential": _before_an,
    "not_before_ala": _not_before_ala,
    "after_negation": _after_negation,
    "knowing": _knowing,
    "before_totality": _before_totality,
    "uncertainty_frame": _uncertainty_frame,
    "impersonal_belief": _impersonal_belief,
    "belief": _belief_cueing_quote,
    "passive_shield": _passive_shield,
    "not_after_refusal": _not_after_refusal,
    "undecided_not_dispute": _undecided_not_dispute,
    "not_relative": _not_relative,
    "asserted": _asserted,
    "presumption": _presumption,
    "seeming": _seeming,
}
# Rules that read the quotes: ``evidential`` (above) holds where the cue reports no quote; ``cues_quote``
# holds where it does (توقّع الخبير أن: a prediction, in the speaker's voice), or where أن follows it
# unnegated (inside a quote: غير أنه توقع أن), not elsewhere (لن توقع أي اتفاق "will not sign").
CONTEXT_RULES["cues_quote"] = _before_an
# A verb of belief cueing a quote is its speaker's hedge (``belief``, ``impersonal_belief``); a
# passive shield cueing one (عدّ الأمين العام النتائج ...) is the active reporting verb, as an
# evidential verb is (``passive_shield``, ``evidential``: no row).
QUOTE_RULES = frozenset({"evidential", "cues_quote", "belief", "impersonal_belief", "passive_shield"})
DROPPED_WHEN_CUEING = frozenset({"evidential", "passive_shield"})
RULES = {"", "qad", "necessarily", *CONTEXT_RULES}  # the values of the lexicon's ``rule`` column


def _qad(doc: Document, first: int, nxt: str) -> tuple[str | None, str | None]:
    """قد (وقد، فقد، لقد) at token ``first``, before the folded word ``nxt``: a hedge before an
    imperfect verb, a booster before a perfect one, nothing in the pluperfect (كان قد أعلن) or
    where a noun follows: فقد is then "lost" (فقد السيطرة، فقد ثلاثة شبان حياتهم). A word
    written with ال and no hamza is a noun, unless ت follows (وقد التزمت: a verb of form VIII).
    لقد only ever comes before a perfect, whatever its first letter (لقد تحملنا المسؤولية).

    >>> [_qad(Document("a", t), 0, fold(t.split()[1]))
    ...  for t in ("قد يتأخر", "لقد تحملنا", "فقد السيطرة", "وقد التزمت", "فقد أعلنت")]
    [('hedge', 'epistemic_modal'), ('booster', 'booster'), (None, None), ('booster', 'booster'), ('booster', 'booster')]
    """
    if not nxt or _after_past_auxiliary(doc, first):
        return None, None  # كان (+ subject) قد + perfect: the pluperfect, not emphasis
    following = doc.tokens[first + 1].text
    if (following.startswith("ال") and following[2:3] != "ت") or nxt in NUMBER_WORDS or nxt[0].isdigit():
        return None, None  # a noun follows: فقد "lost"
    if fold(doc.tokens[first].text) == "لقد":
        return "booster", "booster"
    if nxt in NEGATORS or (nxt.startswith(("ي", "ت", "ن")) and not _perfect_like_imperfect(nxt)):
        return "hedge", "epistemic_modal"
    if _after_past_auxiliary(doc, first, auxiliaries=PRESENT_AUXILIARIES) or _pluperfect_after_subject(doc, first):
        return None, None  # أن يكون قد أعلن: a compound perfect; كان + a long subject + قد: the pluperfect
    if _lost_verb(doc, first):
        return None, None
    return "booster", "booster"


def _perfect_like_imperfect(word: str) -> bool:
    """Whether the folded ``word`` after قد, which begins like an imperfect (ت-, ن-), is a perfect:
    one of ``PERFECT_T``, or a perfect with the ending ت of the feminine or of a person (قد تقدمت
    المحادثات، فقد نقلت الصحيفة، قد نفذت). An imperfect ends in ت only when its root does (قد
    تموت، قد نثبت): with ت- that word has four letters or fewer, with ن- a long vowel before ت.

    >>> [_perfect_like_imperfect(fold(w)) for w in ("تراجع", "تقدمت", "نقلت", "تبنت", "تثبت", "نموت", "يتأخر")]
    [True, True, True, True, False, False, False]
    """
    if word in PERFECT_T:
        return True
    if not word.endswith("ت"):
        return False
    if word.startswith("ت"):
        return len(word) >= 5 and not word.startswith("تت")
    return word.startswith("ن") and len(word) >= 4 and word[-2] not in "وي"


# How far back from a bare قد a form of كان may open the clause whose subject stands between them.
PLUPERFECT_REACH = 25
# What ends a clause between كان and قد: a full stop, a colon, a semicolon, a line break.
CLAUSE_ENDS = frozenset(".!?؟؛:\n")
# Words that open another clause (أن، لكن، الذي ...) or stand before its verb (لم، قد): past one, a
# كان belongs to another clause.
CLAUSE_STOPS = word_class("clause_openers") | word_class("verb_particles")


def _pluperfect_after_subject(doc: Document, first: int) -> bool:
    """Whether the bare قد at token ``first`` follows a form of كان across a long subject, that
    may hold commas, brackets or quotation marks (وكانت منظمة البلدان المصدرة للبترول (أوبك) قد
    وجهت، وكان الرئيس تبون، 78 عاماً، قد جعل): the pluperfect, neither hedge nor booster. وقد and
    فقد open a clause of their own; a clause break or a clause opener (أن، لكن، الذي) ends the search.

    >>> d = Document("a", "وكانت منظمة البلدان المصدرة للبترول (أوبك) قد وجهت رسالة")
    >>> _pluperfect_after_subject(d, 6)
    True
    >>> _pluperfect_after_subject(Document("a", "كان الوزير قال إن المحادثات قد تقدمت"), 6)
    False
    """
    if doc.folded[first] != "قد":
        return False
    tokens = doc.tokens
    for j in range(first - 1, max(first - 1 - PLUPERFECT_REACH, -1), -1):
        if CLAUSE_ENDS.intersection(doc.text[tokens[j].end : tokens[j + 1].start]):
            return False
        word = doc.folded[j]
        if word in PAST_AUXILIARIES:
            return True
        if word in CLAUSE_STOPS:
            return False
    return False


def _lost_verb(doc: Document, first: int) -> bool:
    """Whether فقد at token ``first`` is the verb "lost" after its subject: right after a relative
    pronoun (الذي فقد حزبه مقاعده) or after a definite noun that opens the sentence (النظام فقد
    شرعيته), where the particle ف + قد never stands (أما النظام فقد ...: أما comes first).

    >>> _lost_verb(Document("a", "النظام فقد شرعيته"), 1), _lost_verb(Document("a", "وقال: فقد أعلنت"), 2)
    (True, False)
    """
    if doc.folded[first] != "فقد" or first == 0 or not _adjacent(doc, first - 1, first):
        return False
    before = doc.folded[first - 1]
    if before in RELATIVE_PRONOUNS:
        return True
    opens = first == 1 or not _adjacent(doc, first - 2, first - 1)
    return opens and before.startswith("ال")


def _verbal_noun_before_ala(doc: Document, first: int, last: int) -> bool:
    """بالتأكيد على read as "by stressing": its content follows (على أن، على «…») or it completes a
    speech or a part (ختم كلمته بالتأكيد، اختتمت مشاركتها بالتأكيد: a noun with a pronoun before it). Not the adverb "certainly" (منفتحة بالتأكيد على حل سياسي).

    >>> d = Document("a", "واختتم الوزير كلمته بالتأكيد على أن الحوار مستمر")
    >>> _verbal_noun_before_ala(d, 3, 3)
    True
    >>> _verbal_noun_before_ala(Document("a", "واختتمت المملكة مشاركتها بالتأكيد على دعمها للإصلاح"), 3, 3)
    True
    >>> _verbal_noun_before_ala(Document("a", "موسكو منفتحة بالتأكيد على حل سياسي"), 2, 2)
    False
    """
    tokens = doc.tokens
    after = last + 2  # the word after على
    if after < len(tokens):
        gap = doc.text[tokens[last + 1].end : tokens[after].start]
        if fold(tokens[after].text) in COMPLEMENTIZERS or any(mark in gap for mark in "«\"“"):
            return True
    previous = tokens[first - 1].text if first > 0 else ""
    return previous.endswith(ENCLITICS) or fold(previous).lstrip("و") in SPEECH_ENDING_VERBS  # unfolded: not ة


# Verbs a speech or a statement ends with (اختتم كلمته بالتأكيد، اكتفى بالتأكيد).
SPEECH_ENDING_VERBS = fold_set("ختم", "ختمت", "اختتم", "اختتمت", "اكتفى", "اكتفت", "اكتفوا")


def _after_past_auxiliary(doc: Document, i: int, window: int = 8, auxiliaries: frozenset[str] = PAST_AUXILIARIES) -> bool:
    """Whether a form of كان (``auxiliaries``) opens the clause within ``window`` words before token ``i``."""
    for j in range(i - 1, max(i - 1 - window, -1), -1):
        if not _adjacent(doc, j, j + 1):
            return False
        if fold(doc.tokens[j].text) in auxiliaries:
            return True
    return False


def _negated(doc: Document, first: int, prev: str) -> bool:
    """Whether a negator stands right before token ``first`` (ولا يمكن), or before a form of كان
    there (لم يكن بالإمكان).

    >>> d = Document("a", "لم يكن بالإمكان التوصل إلى اتفاق")
    >>> _negated(d, 2, "يكن")
    True
    """
    bare = prev[1:] if prev[:1] in "وف" and prev[1:] in NEGATORS else prev
    if bare in NEGATORS:
        return True
    if bare in NEGATED_COPULAS and first >= 2 and _adjacent(doc, first - 2, first - 1):
        before = fold(doc.tokens[first - 2].text)
        return (before[1:] if before[:1] in "وف" else before) in NEGATORS
    return False


def _negated_clause(doc: Document, first: int, reach: int) -> bool:
    """Whether a negator (with or without و، ف) stands within ``reach`` words before token ``first``
    in its clause (no punctuation between but quotation marks).

    >>> _negated_clause(Document("a", "ولن تقبل بأي حال"), 2, 6), _negated_clause(Document("a", "لن تقبل، بأي حال"), 2, 6)
    (True, False)
    """
    for j in range(first - 1, max(first - 1 - reach, -1), -1):
        if doc.text[doc.tokens[j].end : doc.tokens[j + 1].start].strip(" " + QUOTE_MARKS):
            return False
        word = doc.folded[j]
        if word in NEGATORS or (word[:1] in "وف" and word[1:] in NEGATORS):
            return True
    return False


def _adjacent(doc: Document, i: int, j: int) -> bool:
    """Tokens i and j are separated by whitespace only (no punctuation)."""
    return doc.text[doc.tokens[i].end : doc.tokens[j].start].strip() == ""


def _strip_proclitic(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ب", "ل") and len(word) > 3 else word


def _strip_enclitic(word: str) -> str:
    """The word without an enclitic pronoun, when a stem of three letters or more is left.

    >>> _strip_enclitic(fold("أولوياتها")) == fold("أولويات"), _strip_enclitic(fold("حسب"))
    (True, 'حسب')
    """
    for enclitic in ENCLITICS_LONGEST_FIRST:
        if word.endswith(enclitic) and len(word) - len(enclitic) >= 3:
            return word[: -len(enclitic)]
    return word


def find_hedges(articles: pd.DataFrame, quotes: pd.DataFrame, finder: HedgeFinder | None = None) -> pd.DataFrame:
    """One row per hedge or booster: ``article_id, cue, category, subcategory, voice
    (author|quoted), speaker_id, start, end, sentence_id, sentence``.

    ``quotes`` is the output of :func:`framing.quotes.find_quotes` for the same articles; a cue
    inside a quote's content is in the quoted voice, credited to the quote's speaker (its actor
    id, or its words when it has none).
    """
    finder = finder or HedgeFinder()
    spans = quote_spans(quotes)
    rows = []
    for doc in documents(articles):
        rows.extend(finder.find(doc, spans.get(doc.article_id, [])))
    return pd.DataFrame(rows, columns=HEDGE_COLUMNS)


def voice_words(articles: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Words per article in each voice: quoted words lie inside a quote's content span.

    Columns: ``article_id, voice, words``.
    """
    spans = quote_spans(quotes)
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        merged = _union((s, e) for s, e, *_ in spans.get(article_id, []))
        quoted = sum(count_words(text[s:e]) for s, e in merged)
        total = count_words(text)
        rows += [{"article_id": article_id, "voice": "author", "words": total - quoted},
                 {"article_id": article_id, "voice": "quoted", "words": quoted}]
    return pd.DataFrame(rows, columns=["article_id", "voice", "words"])


def _union(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def hedge_rates(hedges: pd.DataFrame, articles: pd.DataFrame, quotes: pd.DataFrame, *, by: str = "article_id") -> pd.DataFrame:
    """Hedges and boosters per 1,000 words of each voice, per article (``by="article_id"``) or per
    outlet (``by="outlet"``), computed from the hedge rows.

    Columns: ``<by>, voice, words, hedges, boosters, hedges_per_1000, boosters_per_1000``.
    """
    words = voice_words(articles, quotes).merge(articles[["article_id", "outlet", "event"]], on="article_id")
    counts = (
        hedges.assign(n=1)
        .pivot_table(index=["article_id", "voice"], columns="category", values="n", aggfunc="sum", fill_value=0)
        .reindex(columns=["hedge", "booster"], fill_value=0)
        .reset_index()
    )
    table = words.merge(counts, on=["article_id", "voice"], how="left").fillna({"hedge": 0, "booster": 0})
    keys = [by] if by == "article_id" else ["event", by]
    grouped = table.groupby(keys + ["voice"], sort=True)[["words", "hedge", "booster"]].sum().reset_index()
    grouped = grouped.rename(columns={"hedge": "hedges", "booster": "boosters"})
    for name in ("hedges", "boosters"):
        grouped[name] = grouped[name].astype(int)
        grouped[f"{name}_per_1000"] = per_1000(grouped[name], grouped["words"])
    return grouped
