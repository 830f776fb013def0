"""Misreadings: words the lexicon matches that are other words, and cues that count things.

The matcher folds tokens (ة and ه, أ and ا, ى and ي are one letter to it), so a lexicon entry also
matches words that only fold like it. These rules drop such a match before its target is sought:

* :func:`ta_marbuta_mismatch`: ة and ه tell a noun from a verb with a pronoun (حياة "life" is not
  حيّاه "he saluted him", عزله "his dismissal" is not عزلة "isolation");
* :func:`folded_homograph`: a common word that is an entry without its hamza (هنا "here" for هنأ
  "congratulated", تامر the name for تآمر "conspired"), or a number word (اثني عشر for أثنى "praised");
* :func:`noun_homograph`: a verb written bare that is a common noun too (ثمن "price" for ثمّن
  "appreciated") is the noun unless a verb opens its clause there (سداد ثمن الغاز، but وثمن الرئيس);
* :func:`counted_cue`: a noun right after a number counts things (33 رهينة، 4 آلاف خرق): the count
  evaluates no one, the verb or the adjective that goes with it does (ارتكب، الخروقات الإسرائيلية);
* :func:`restated_act`: the noun of a speech act after وهو / وهي that opens a clause names the act
  just reported again (متهماً رواندا بتسليح المتمردين، وهو اتهام طالما نفته كيغالي): one evaluation,
  found on the act;
* :func:`questioned`: a merit a yes-no question asks about (هل ستنجح السلطة الجديدة؟), or that a
  clause of "whether" doubts (ما إذا كانت بروكسل ستفي بوعودها), is no credit;
* :func:`turned_away`: a verb of praise that is also "to deter" (يثني) followed by عن deters
  (لن يثني اليمن عن نصرة غزة) and praises no one.
"""

from __future__ import annotations

import re
from functools import cache

from ..matcher import Match
from ..text import _MARKS, Document, fold
from ..words import number_words, spellings
from .context import _break_between
from .vocabulary import (
    PRAISE_OR_DETER_VERBS,
    QUESTION_PARTICLES,
    RESTATING_PRONOUNS,
    VERB_NOUN_HOMOGRAPHS,
    VERB_OPENERS,
    WHETHER_PARTICLES,
)

_DIACRITICS = re.compile(f"[{_MARKS}]")  # the marks that text.py strips from a word's edges: diacritics and tatweel
_COUNT = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,][0-9٠-٩۰-۹]+)?")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def bare_letters(word: str) -> str:
    """A word without its diacritics and tatweel, its letters as written (hamza and ة kept).

    >>> bare_letters("حيّاه"), bare_letters("هنّأ")
    ('حياه', 'هنأ')
    """
    return _DIACRITICS.sub("", word)


def ta_marbuta_mismatch(surface: str, term: str) -> bool:
    """Whether the last word of a match and of the lexicon term it matched differ in ة and ه,
    which folding joins: a word written with ة is a noun, not a verb or noun with the pronoun ه
    (حياة for the entry حيا + ه), and one written with ه where the term ends in ة is a pronoun,
    not the feminine ending (عزله "his dismissal" for عزلة "isolation").

    >>> ta_marbuta_mismatch("حياة", "حيا"), ta_marbuta_mismatch("حياه", "حيا")
    (True, False)
    >>> ta_marbuta_mismatch("عزله", "عزلة"), ta_marbuta_mismatch("عزلة", "عزلة"), ta_marbuta_mismatch("عزلته", "عزلته")
    (True, False, False)
    """
    word = bare_letters(surface.split()[-1]) if surface.split() else ""
    entry = bare_letters(term.split()[-1]) if term.split() else ""
    if word.endswith("ة"):
        return not entry.endswith("ة")
    return entry.endswith("ة") and word.endswith("ه") and len(word) == len(entry)


@cache
def _homographs() -> frozenset[str]:
    return frozenset(bare_letters(w) for w in spellings("cue_homographs"))


@cache
def _counts() -> frozenset[str]:
    return frozenset(w for w, (kind, _) in number_words().items() if kind in ("number", "multiplier"))


def folded_homograph(surface: str) -> bool:
    """Whether a one-word match is, as written, a common word that only folds like an entry (the
    file's class ``cue_homographs``: هنا "here" for هنأ) or a number word (اثني عشر for أثنى).

    >>> folded_homograph("هنا"), folded_homograph("هنأ"), folded_homograph("اثني"), folded_homograph("أثنى")
    (True, False, True, False)
    """
    words = surface.split()
    if len(words) != 1:
        return False
    word = bare_letters(words[0])
    return word in _homographs() or (fold(word) in _counts() and not _has_hamza(word))


def _has_hamza(word: str) -> bool:
    return any(ch in "أإآؤئء" for ch in word)


def noun_homograph(doc: Document, first: int) -> bool:
    """Whether the word at token ``first`` is, as written, a noun that only looks like a verb of the
    lexicon (the file's class ``verb_noun_homographs``: ثمن "price" for ثمّن "appreciated"): written
    bare (no shadda, no proclitic) after a word of its own clause that is not one of ``verb_openers``
    (سداد ثمن الغاز الإيراني، دفعت روسيا ثمن الحرب). At the head of a clause, with a proclitic (وثمن)
    or after كما or قد, it is the verb.

    >>> d = Document("a", "يسمح للعراق بسداد ثمن الغاز. وثمن الرئيس جهود قطر، كما ثمن البيان دورها. ثمن الوزير الجهود")
    >>> [noun_homograph(d, i) for i, t in enumerate(d.tokens) if "ثم" in t.text]
    [True, False, False, False]
    """
    word = bare_letters(doc.tokens[first].text)
    if fold(word) not in VERB_NOUN_HOMOGRAPHS or word != doc.tokens[first].text:
        return False
    if first == 0 or _break_between(doc, first - 1, first):
        return False
    return doc.folded[first - 1] not in VERB_OPENERS


def counted_cue(word_before: str) -> bool:
    """Whether the word before a cue is a number that counts it (33 رهينة، 4 آلاف خرق، ثلاث
    مجازر): the cue names things counted, not an actor's conduct. A year is no count (في 2025
    بتسهيل من تركيا).

    >>> counted_cue("33"), counted_cue("آلاف"), counted_cue("2025"), counted_cue("الحركة")
    (True, True, False, False)
    """
    if _COUNT.fullmatch(word_before):
        return not _YEAR.fullmatch(word_before)
    return fold(word_before) in _counts()


def restated_act(doc: Document, first: int) -> bool:
    """Whether the speech-act noun at token ``first`` follows a pronoun of the file's class
    ``restating_pronouns`` (وهو، وهي) that opens its clause: «، وهو اتهام طالما نفته كيغالي» restates
    the accusation reported before it, and its actor is the one who denies it.

    >>> d = Document("a", "واتهم المقداد أنقرة بدعم الإرهاب، وهي اتهامات دأبت تركيا على نفيها")
    >>> restated_act(d, 6), restated_act(d, 1)
    (True, False)
    """
    if first < 1 or doc.folded[first - 1] not in RESTATING_PRONOUNS:
        return False
    return first == 1 or _break_between(doc, first - 2, first - 1)


QUESTION_WINDOW = 4  # words from هل to a cue it questions (هل ستنجح السلطة الجديدة)


def questioned(doc: Document, first: int) -> bool:
    """Whether a yes-no question (هل، وهل، فهل) or "whether" (ما إذا) opens the clause of the cue at
    token ``first``, at most QUESTION_WINDOW words before it: «هل ستنجح السلطة الجديدة في تحويل
    الغضب إلى برنامج؟» credits no one with success, it asks whether it will come; «من غير الواضح ما
    إذا كانت بروكسل ستفي بوعودها» doubts the merit. A conditional إذا without ما stays.

    >>> d = Document("a", "يبقى السؤال: هل ستنجح السلطة الجديدة؟ لقد نجحت السلطة")
    >>> questioned(d, 3), questioned(d, 7)
    (True, False)
    >>> d = Document("a", "ولا يعرف ما إذا كانت بروكسل ستفي بوعودها")
    >>> questioned(d, 6)
    True
    """
    for j in range(first - 1, max(first - 1 - QUESTION_WINDOW, -1), -1):
        if _break_between(doc, j, j + 1):
            return False
        word = doc.folded[j]
        if word in QUESTION_PARTICLES or (word in WHETHER_PARTICLES and j > 0 and doc.folded[j - 1] in ("ما", "فيما")):
            return True
    return False


DETER_WINDOW = 4  # words from a verb of praise or deterring to the عن that makes it "deter" (يثني اليمن عن)


def turned_away(doc: Document, first: int) -> bool:
    """Whether the verb at token ``first`` (the file's class ``praise_or_deter_verbs``: يثني) has عن
    after it, within DETER_WINDOW words of its clause and with no على before: ثنى عن "deterred" (لن
    يثني اليمن عن نصرة غزة), not أثنى على "praised" (يثني على جهود قطر).

    >>> d = Document("a", "ولن يثني اليمن عن نصرة غزة. وهو يثني على جهود قطر")
    >>> turned_away(d, 1), turned_away(d, 7)
    (True, False)
    """
    if doc.folded[first] not in PRAISE_OR_DETER_VERBS:
        return False
    for j in range(first + 1, min(first + 1 + DETER_WINDOW, len(doc.folded))):
        if _break_between(doc, j - 1, j) or doc.folded[j] == "علي":
            return False
        if doc.folded[j] == "عن":
            return True
    return False


def misread(doc: Document, m: Match, term: str, entry: dict) -> bool:
    """Whether a lexicon match is another word, a count, a restated act or a merit asked about (the
    rules above); ``term`` is the lexicon form it matched, ``entry`` its lexicon row.

    >>> from framing.sentiment import SentimentScorer
    >>> t = "وأودت بحياة 40 ألفاً، وهنا أفرجت عن 33 رهينة، وحيّاه الرئيس"
    >>> [t[c.start:c.end] for c in SentimentScorer().cues(Document("a", t))]
    ['حيّاه']
    """
    surface = doc.text[m.start : m.end]
    if ta_marbuta_mismatch(surface, term) or folded_homograph(surface) or noun_homograph(doc, m.first_token):
        return True
    if m.first_token > 0 and counted_cue(doc.tokens[m.first_token - 1].text) \
            and not _break_between(doc, m.first_token - 1, m.first_token):  # ليو الرابع عشر، مشيداً: no count
        return True
    if entry["target"] == "object" and (restated_act(doc, m.first_token) or turned_away(doc, m.first_token)):
        return True
    return entry["polarity"] == "positive" and questioned(doc, m.first_token)
