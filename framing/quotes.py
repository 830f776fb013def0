"""Quotes: every direct, indirect and mixed quote, its speaker, its cue and the cue's stance.

A quote has a cue (a reporting verb in any form, a participle, a verbal noun, a passive, an
attribution phrase or a headline colon), a speaker (person, institution, group, anonymous,
document), content (direct: wholly in quotation marks; indirect: a paraphrase after أن/إن;
mixed: a paraphrase with quoted fragments) and the verb class of its cue. Cues come from the
reporting-cue lexicon (``framing/data/reporting_cues.tsv``), speaker head nouns from
``framing/data/speakers.tsv``, named speakers from the actor mentions.

>>> from framing.actors import find_mentions
>>> articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
...     "text": ["وقال ماكرون إن «أوروبا جاهزة». وأضاف أن الحرب طويلة."]})
>>> q = find_quotes(articles, find_mentions(articles))
>>> q[["speaker_id", "cue", "kind", "text", "attribution"]].values.tolist()
[['Emmanuel Macron', 'قال', 'direct', 'أوروبا جاهزة', 'explicit'], ['Emmanuel Macron', 'أضاف', 'indirect', 'الحرب طويلة', 'continuation']]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import accumulate, pairwise
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .actors import SPEAKER_TYPE_OF_ACTOR, UNKNOWN_PREFIX, Gazetteer, dateline_state, documents, load_gazetteer
from .discovery import name_words
from .furniture import load_page_furniture, related_block
from .lexicon import as_flag, read_tsv
from .matcher import LexiconMatcher, Match
from .text import QUOTE_MARKS, Document, QuoteMarks, count_words, fold, fold_set, has_article, quote_mark_spans
from .words import number_words, word_class

QUOTE_COLUMNS = [
    "article_id", "quote_id", "speaker", "speaker_id", "speaker_type", "cue", "cue_start", "cue_end",
    "verb_class", "kind", "text", "start", "end", "sentence_id", "attribution", "form",
]
VERB_CLASSES = {"neutral", "assertive", "announcing", "explanatory", "directive", "evaluative",
    "distancing", "admitting", "denying", "praising",}
CUE_FORMS = {"verb", "participle", "masdar", "passive", "phrase"}
# The constructions a quote comes in (the ``form`` column), as docs/annotation.md names them.
QUOTE_FORMS = ("verb", "participle", "verbal_noun", "according_to", "nominal", "continuation", "list_item",
               "label_line", "headline")
SPEAKER_TYPES = {"person", "institution", "group", "anonymous", "document", "unknown"}

# The closed word classes come from framing/data/function_words.toml (framing.words), folded.
# Words that open reported content (أن، إن، بأن).
ADDRESSING_WORDS = word_class("addressing_words")  # مخاطباً X: X is spoken to, not speaking
COMPLEMENTIZERS = word_class("complementizers")
# After a comma these open the writer's next clause, not more reported words.
CLAUSE_BREAKERS = word_class("clause_breakers")
# The words a speaker phrase never runs across: prepositions, relative pronouns, demonstratives,
# the clause breakers, and these times, adverbs and outlet words of news datelines.
_DATELINE_WORDS = fold_set(
    "يوم", "امس", "اليوم", "مساء", "صباح", "اول", "حيث", "ايضا", "كذلك", "مجددا", "سابقا",
    "لوسايل", "لموقع", "لصحيفه", "لوكاله", "للصحفيين", "الاسبوع", "الثلاثاء", "الاربعاء", "الخميس",
    "الجمعه", "السبت", "الاحد", "الاثنين",
)
STOPS = (word_class("prepositions") | word_class("relative_pronouns") | word_class("demonstratives")
         | CLAUSE_BREAKERS | _DATELINE_WORDS)
SKIPPABLE = fold_set(
    "عليه", "عليها", "فيه", "فيها", "ذلك", "تباعا", "ايضا", "كذلك", "بدوره", "بدورها", "مجددا", "سابقا", "امس", "اليوم", "يوم", "الثلاثاء", "الاربعاء",
             "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "بوضوح", "نص"
) | word_class("addressee_pronouns")  # أكد لنا الجانب الأمريكي: the one spoken to, then the speaker
STANCE_OPENERS = fold_set("الواضح", "المرجح", "المتوقع", "المؤكد", "المحتمل", "المعروف", "اللافت")
# The content a cue takes besides a clause (the ``object`` column of reporting_cues.tsv): a noun
# phrase, or only a noun phrase after a preposition. A lexicon without the column falls back to
# these classes. أقرّ البرلمان القانون ("approved") is no admission: admitting verbs need أن/إن.
NOMINAL_COMPLEMENT_CLASSES = {"announcing", "directive", "praising", "denying", "evaluative"}
CUE_OBJECTS = {"", "noun", "prep"}
DIRECT_OBJECT_LEMMAS = fold_set("شكر")  # شكر X: the one thanked follows; أشاد بـ، رحب بـ take ب
# Verbs of describing: وصف X بأنه / بـ«…» names the one described after the verb, not the speaker.
DESCRIBING_LEMMAS = {"وصف"}
APPROVING_LEMMAS = {"أقرّ"}  # أقرّ مجلس الوزراء «الأهداف» "approved": an admission takes أن or بـ
# Verbs whose subject is a document whatever its noun: تنص الحزمة على…، ونص البيان المشترك على…
DOCUMENT_LEMMAS = {"نصّ"}
# Verbs of containing (وتضمن بيان القيادة العامة النقاط التالية:): a document's words only when a
# list of them follows; otherwise what a thing holds (ويتضمن الاتفاق ثمانية بروتوكولات)
LIST_ONLY_LEMMAS = {"تضمّن"}
DOUBTING_LEMMAS = {"شكّك"}  # شكّك في X: the preposition of place opens what is doubted
ACCUSING_LEMMAS = {"اتهم"}  # اتهم X بـ…: X is the one accused, the charge after بـ is the content
BLAMING_LEMMAS = {"حمّل"}  # حمّل X المسؤولية عن…: X is the one blamed, the charge from the responsibility word
RESPONSIBILITY_NOUNS = word_class("responsibility_nouns")
MAX_ACCUSED_WORDS = 6
MAX_BLAMED_WORDS = 12  # حمّلت الشبكة الدول المنتجة للنفط، وعلى رأسها السعودية وروسيا، «المسؤولية…»
DESCRIBED_PRONOUNS = word_class("described_pronouns")
ENCLITIC_PRONOUNS = word_class("enclitic_pronouns")
OBJECT_COMPLEMENT_CLASSES = {"assertive", "explanatory", "evaluative"}  # شدد على…، مستشهداً بـ…
# The prepositions a reporting verb takes its content with (شدد على، دعا إلى), not all of them.
PREPOSITIONS = word_class("prepositions_of_content")
MAX_SPEAKER_TOKENS = 9
ORGANISATION_ACTOR_TYPES = {"organisation", "group"}

HOME_STATE_MARGIN = 2  # the article's state is mentioned at least twice as often as any other
RANK_MODIFIERS = fold_set(
    "رفيع", "المستوى", "كبير", "كبار", "بارز", "بارزون", "سابق", "سابقون", "اخر", "اخرون", "اخرين",
                  "عده", "مطلع", "مطلعه", "مطلعون", "مقرب", "مقربون", "رفيعو", "رفيعي"
)
MAX_LOOKAHEAD_TOKENS = 40
MASDAR_LOOKAHEAD_TOKENS = 2  # بقوله إن، تأكيد أن: a verbal noun's content follows at once
MIN_CONTINUATION_WORDS = 4
MAX_HEADLINE_WORDS = 16
MAX_NAME_WORDS = 4
# يُذكر أن، يشار إلى أن (passive "it is noted"): without a speaker after them, the author's formula
IMPERSONAL_CUES = fold_set("يذكر", "يشار")
MAX_LABEL_WORDS = 5  # words of a speaker label before a headline colon (مصدر في الرئاسة الفرنسية)
MAX_TOPIC_WORDS = 8  # a heading after a colon is short; a longer statement is a quote
NAMING_NOUNS = fold_set(
    "موقع", "تطبيق", "صحيفه", "وكاله", "قناه", "منصه", "برنامج", "مجله", "عمليه", "خطه", "مبادره",
                "مجموعه", "تحالف", "اسم", "يسمي", "بعنوان", "شعار", "حمله", "مشروع", "اتفاق", "اتفاقيه", "قمه",
                "اجتماع", "مؤتمر", "موتمر", "لموقع", "شبكه", "وثيقه", "مذكره", "ملف"
)


def organisation_heads() -> frozenset[str]:
    """حزب، حركة، قناة، موقع …: the nouns that head an organisation's name (``names.toml``), folded."""
    return name_words().organisation_heads | name_words().quoted_name_heads


@dataclass
class QuoteResources:
    """The lexicons the extractor uses, loaded once: cues, speaker nouns and the gazetteer."""

    cues: pd.DataFrame
    speakers: pd.DataFrame
    gazetteer: Gazetteer
    cue_matcher: LexiconMatcher = field(init=False)
    speaker_matcher: LexiconMatcher = field(init=False)
    cue_rows: list[dict] = field(init=False)  # the cue lexicon's rows, by entry number
    speaker_types: list[str] = field(init=False)  # each speaker noun's type, by entry number
    affiliations: dict[str, str] = field(init=False)  # person id -> the institution it speaks for
    relaying_forms: frozenset[str] = field(init=False)  # the folded finite forms of نقل (نقلت، نقلته)
    people_entry: int | None = field(init=False)  # the anonymous plural a nisba plural reads as (مسؤولون)

    def __post_init__(self):
        self.cue_matcher = LexiconMatcher(self.cues["cue"].tolist(), enclitics=self.cues["enclitics"].map(as_flag))
        self.speaker_matcher = LexiconMatcher(self.speakers["term"].tolist())
        self.cue_rows = self.cues.fillna("").to_dict("records")
        self.speaker_types = self.speakers["speaker_type"].tolist()
        # the speaker noun a nisba plural (مصرفيون) reads as: the first anonymous plural of people
        self.people_entry = next((k for k, (term, kind) in enumerate(zip(self.speakers["term"], self.speaker_types, strict=True))
                                  if kind == "anonymous" and fold(term).endswith("ون")), None)
        self.relaying_forms = frozenset(fold(row["cue"]) for row in self.cue_rows
                                        if row.get("lemma") == "نقل" and row["form"] == "verb")
        actors = self.gazetteer.actors
        affiliations = actors.get("affiliation", [""] * len(actors))
        self.affiliations = {a: f for a, f in zip(actors["actor_id"], affiliations, strict=True)
                             if isinstance(f, str) and f}
        self._cue_words: dict[str, bool] = {}

    def is_cue_word(self, word: str) -> bool:
        """Whether ``word`` on its own holds a reporting cue (remembered per spelling)."""
        if word not in self._cue_words:
            if len(self._cue_words) > LexiconMatcher.MAX_MEMO:
                self._cue_words.clear()
            self._cue_words[word] = any(not misread_pronoun(word, self.cue_rows[m.entry])
                                        for m in self.cue_matcher.find_in(word))
        return self._cue_words[word]


NOT_NISBA_PLURALS = word_class("not_nisba_plurals")
MIN_NISBA_STEM = 4  # مصرف+يون، سياس+يون: a nisba plural's stem before its ending


def nisba_plural(word: str) -> bool:
    """Whether a folded word is the indefinite plural of a nisba, a word for people by their trade,
    field or side (مصرفيون، لاقتصاديين، وعسكريون): the subject of a cue right after it is those
    people, an anonymous group, as مسؤولون is (speakers.tsv lists the common ones; the ending
    reads the rest). Not with the article, which may be a genitive in a title (كبيرة الدبلوماسيين
    في الاتحاد الأوروبي), nor the words of that shape that name things (تلفزيون، ملايين).

    >>> [nisba_plural(fold(w)) for w in ("مصرفيون", "لاقتصاديين", "تلفزيون", "ملايين", "مسؤولون", "الدبلوماسيين")]
    [True, True, False, False, False, False]
    """
    bare = word[1:] if word[:1] in ("و", "ف", "ل") else word  # a proclitic, or a first letter: the stem stays long
    return not has_article(word) and bare.endswith(("يون", "يين")) and len(bare) - 3 >= MIN_NISBA_STEM and bare not in NOT_NISBA_PLURALS \
        and bare.isalpha()


def has_possessive(written: str) -> bool:
    """Whether a written noun carries an attached pronoun (دعوتها، رفضه، تأكيدهم), not a ة
    (دعوة): the folded form ends with a pronoun and the written one not with ة.

    >>> has_possessive("دعوتها"), has_possessive("رفضَه"), has_possessive("دعوة"), has_possessive("تأكيد")
    (True, True, False, False)
    """
    return fold(written).endswith(tuple(ENCLITIC_PRONOUNS)) and not _feminine_ending(written)


def misread_pronoun(written: str, entry: dict) -> bool:
    """Whether a cue match reads a word's final ة as the pronoun ه (folding makes them one letter):
    عدة "several" is no عدّه "he counted it". A listed form that ends in ة (مؤكدة) is read as written.

    >>> misread_pronoun("عدة", {"cue": "عدّ"}), misread_pronoun("عدّه", {"cue": "عدّ"})
    (True, False)
    >>> misread_pronoun("مؤكدة", {"cue": "مؤكدة"}), misread_pronoun("وتغريدته", {"cue": "تغريدة"})
    (False, False)
    """
    words = written.split()
    return bool(words) and words[-1].endswith("ة") and not fold(entry["cue"]).endswith("ه")


def blame_without_charge(doc: Document, cue, entry: dict) -> bool:
    """Whether a blaming verb (حمّل) has no word of responsibility after it in its sentence: then
    it is another word (من مقر حملته "his campaign", حمل السلاح "carried"), not a cue that would
    stop the words of another.

    >>> from framing.actors import find_mentions
    >>> text = "قال الرئيس من مقر حملته بالعاصمة إن النتائج «انتصار للثورة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-10-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()
    [['قال', 'النتائج «انتصار للثورة»']]
    """
    if entry.get("lemma", "") not in BLAMING_LEMMAS:
        return False
    end = doc.sentence_of(cue.start).end
    for j in range(cue.last_token + 1, min(cue.last_token + 2 + MAX_BLAMED_WORDS, len(doc.tokens))):
        if doc.tokens[j].start >= end:
            break
        if doc.folded[j] in RESPONSIBILITY_NOUNS:
            return False
    return True


def load_cues(path: str | Path | None = None) -> pd.DataFrame:
    """The reporting-cue lexicon (bundled, or a user's TSV with the same columns)."""
    return read_tsv(
        path or "reporting_cues.tsv",
        required=["cue", "form", "verb_class", "enclitics"],
        choices={"form": CUE_FORMS, "verb_class": VERB_CLASSES, "object": CUE_OBJECTS},
    )


def cue_object(entry: dict) -> str:
    """What a cue takes as content besides a clause: ``noun`` (a noun phrase, with or without a
    preposition: أكد دعم بلاده، دعا إلى وقف القتال), ``prep`` (only after a preposition: شدد على
    ضرورة…) or ``""`` (a clause only). From the lexicon's ``object`` column, else the verb class.

    >>> cue_object({"verb_class": "assertive", "object": "noun"}), cue_object({"verb_class": "assertive"})
    ('noun', 'prep')
    >>> cue_object({"verb_class": "directive"}), cue_object({"verb_class": "neutral"})
    ('noun', '')
    """
    if "object" in entry:
        return entry["object"]
    if entry["verb_class"] in NOMINAL_COMPLEMENT_CLASSES:
        return "noun"
    return "prep" if entry["verb_class"] in OBJECT_COMPLEMENT_CLASSES else ""


def load_quote_resources(*, cues=None, speakers=None, gazetteer: Gazetteer | None = None) -> QuoteResources:
    """Load the extractor's lexicons (each replaceable by a user's file)."""
    speaker_table = read_tsv(speakers or "speakers.tsv", required=["term", "speaker_type"],
                             choices={"speaker_type": SPEAKER_TYPES})
    return QuoteResources(load_cues(cues), speaker_table, gazetteer or load_gazetteer())


def find_quotes(articles: pd.DataFrame, mentions: pd.DataFrame | None = None,
                resources: QuoteResources | None = None) -> pd.DataFrame:
    """One row per quote, with its speaker, cue, verb class, kind and content offsets.

    ``mentions`` is the output of :func:`framing.actors.find_mentions` for the same articles
    (computed here when omitted).
    """
    resources = resources or load_quote_resources()
    if mentions is None:
        from .actors import find_mentions

        mentions = find_mentions(articles, resources.gazetteer)
    by_article = {k: g.to_dict("records") for k, g in mentions.groupby("article_id", sort=False)}
    rows = []
    for doc in documents(articles):
        rows.extend(quotes_in(doc, by_article.get(doc.article_id, []), resources))
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


# ---------------------------------------------------------------------------------------------
# One document


@dataclass
class _Quote:
    start: int
    end: int
    kind: str
    cue: str
    cue_start: int
    cue_end: int
    verb_class: str
    attribution: str
    speaker: tuple[int, int] | None  # character span of the speaker phrase
    speaker_src: _Quote | None = None  # the quote whose speaker a continuation takes
    form: str = "verb"  # the construction (QUOTE_FORMS)
    document: bool = False  # the speaker is a document whatever its noun (تنص الحزمة على…)
    unread: bool = False  # the speaker is a name no actor or speaker noun reads (وقال با في رسالة: …)


class _Context:
    """Everything about one document the extractor looks up repeatedly."""

    def __init__(self, doc: Document, mentions: list[dict], res: QuoteResources):
        self.doc, self.res = doc, res
        self.text, self.tokens = doc.text, doc.tokens
        self.folded = doc.folded
        self.marks = quote_mark_spans(doc.text, source=doc.article_id)  # by start, outermost first
        self._mark_starts = [q.start for q in self.marks]
        self._mark_reach = list(accumulate((q.end for q in self.marks), max))  # the furthest end so far
        self._marks_by_end = sorted(range(len(self.marks)), key=lambda k: self.marks[k].end)
        self._mark_ends = [self.marks[k].end for k in self._marks_by_end]
        self._name_marks: dict[QuoteMarks, bool] = {}
        mentions = with_known_names(doc, mentions)
        mentions = ranked_unread_names(doc, mentions, res)
        self.mentions = sorted(mentions, key=lambda m: (m["start"], m["end"]))
        self.content_spans: list[tuple[int, int]] = []  # the words of the quotes found, once all are
        self._mention_starts = [m["start"] for m in self.mentions]
        self.mention_at = {}  # token index -> mention covering it
        starts = self._starts = doc.token_starts
        for m in mentions:
            for i in range(max(bisect_right(starts, m["start"]) - 1, 0), len(self.tokens)):
                if self.tokens[i].start >= m["end"]:
                    break
                self.mention_at[i] = m
        self.speaker_nouns = {m.first_token: m for m in doc.matches(res.speaker_matcher)}
        if res.people_entry is not None:
            for i, word in enumerate(self.folded):
                if i not in self.speaker_nouns and i not in self.mention_at and nisba_plural(word):
                    t = self.tokens[i]  # وقال مصرفيون في بنوك حكومية: people named by their trade
                    self.speaker_nouns[i] = Match(t.start + len(t.text) - len(t.text.lstrip("و")), t.end, i, i,
                                                  res.people_entry)
        self.role_at = {m.first_token for m in doc.matches(res.gazetteer.roles)}
        # token -> where the role that begins in it starts (after its proclitics: والرئيس)
        self.role_start = {m.first_token: m.start for m in doc.matches(res.gazetteer.roles)}
        rows = res.cue_rows
        self.cues = [m for m in doc.matches(res.cue_matcher)
                     if not misread_pronoun(doc.text[m.start : m.end], rows[m.entry])
                     and not blame_without_charge(doc, m, rows[m.entry]) and not anonymity_aside(doc, m)]
        self.say_forms = {m.first_token for m in self.cues if rows[m.entry].get("lemma", "") == "قال"
                          and rows[m.entry]["form"] in ("participle", "masdar")}
        self.own_masdars = {m.first_token for m in self.cues if rows[m.entry]["form"] == "masdar"
                            and has_possessive(doc.text[m.start : m.end])}
        self.cue_token_starts = {m.first_token for m in self.cues if rows[m.entry]["form"] != "phrase"}
        self.cue_starts = {m.start for m in self.cues}
        self.verb_cue_tokens = {m.first_token for m in self.cues if rows[m.entry]["form"] == "verb"}
        # بما سمّته «…»، ما يراه خصومه: a verb of viewing after ما is inside the words it labels
        self.what_views = {m.first_token for m in self.cues if _views_what_at(self, m.first_token, rows[m.entry])}

    @cached_property
    def mentions_by_head(self) -> dict[str, list[dict]]:
        """The name and title mentions by the folded first word of their text, in order."""
        by_head: dict[str, list[dict]] = {}
        for m in self.mentions:
            words = self.text[m["start"] : m["end"]].split() if m["form"] in ("name", "title") else []
            if words:
                by_head.setdefault(fold(words[0]), []).append(m)
        return by_head

    @cached_property
    def mentions_by_head_before(self) -> dict[str, list[dict]]:
        """The organisation name mentions by the folded head noun written just before them, in
        order: حزب «الشباب الملغاشي المصمم», حركة «جيل زد» (the head, then the name in quotation
        marks), under حزب and حركة."""
        by_head: dict[str, list[dict]] = {}
        for m in self.mentions:
            if m["form"] != "name" or m["actor_type"] not in ORGANISATION_ACTOR_TYPES:
                continue
            k = bisect_right(self._starts, m["start"]) - 1  # the token the mention begins in
            if k < 1 or (self.tokens[k].start < m["start"] and self.tokens[k].end > m["start"]):
                continue
            gap = self.text[self.tokens[k - 1].end : m["start"]]
            if gap.strip(" \t«\"“") == "":
                by_head.setdefault(self.folded[k - 1], []).append(m)
        return by_head

    @cached_property
    def headline_end(self) -> int:
        """Where the headline block ends (:func:`headline_block_end`)."""
        return headline_block_end(self.text)

    @cached_property
    def first_named(self) -> dict[str, int]:
        """Each person's first name mention in the text: actor id -> its start."""
        first: dict[str, int] = {}
        for m in self.mentions:
            if m["form"] == "name":
                first.setdefault(m["actor_id"], m["start"])
        return first

    @cached_property
    def most_mentioned_state(self) -> str:
        """The state the article is about: the one mentioned most, at least twice as often as any
        other (a body named without its state, وزارة الداخلية، الحكومة, speaks for it); else ""."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m["actor_type"] == "state":
                counts[m["actor_id"]] = counts.get(m["actor_id"], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or (len(ranked) > 1 and ranked[0][1] < HOME_STATE_MARGIN * ranked[1][1]):
            return ""
        return ranked[0][0]

    @cached_property
    def dateline_state(self) -> str:
        """The state whose official agency the article's datelines credit (:func:`framing.actors.dateline_state`)."""
        return dateline_state(self.text)

    def token_at(self, offset: int) -> int:
        """The token that holds ``offset``, or the first one after it."""
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and self.tokens[i].end > offset else i + 1

    def marks_containing(self, offset: int) -> list[QuoteMarks]:
        """The quotation spans with ``offset`` strictly inside, outermost first."""
        out = []
        k = bisect_left(self._mark_starts, offset) - 1
        while k >= 0 and self._mark_reach[k] > offset:
            if self.marks[k].end > offset:
                out.append(self.marks[k])
            k -= 1
        return out[::-1]

    def mark_containing(self, offset: int) -> QuoteMarks | None:
        """The outermost quotation span with ``offset`` strictly inside."""
        inside = self.marks_containing(offset)
        return inside[0] if inside else None

    def marks_within(self, start: int, end: int) -> list[QuoteMarks]:
        """The quotation spans that start in ``[start, end)``, in order."""
        return self.marks[bisect_left(self._mark_starts, start) : bisect_left(self._mark_starts, end)]

    def mark_starting_at(self, offset: int) -> QuoteMarks | None:
        k = bisect_left(self._mark_starts, offset)
        return self.marks[k] if k < len(self.marks) and self.marks[k].start == offset else None

    def marks_ending_before(self, offset: int) -> Iterable[QuoteMarks]:
        """The quotation spans ending at or before ``offset``, the nearest end first."""
        for j in range(bisect_right(self._mark_ends, offset) - 1, -1, -1):
            yield self.marks[self._marks_by_end[j]]

    def add_mention(self, mention: dict) -> None:
        """Take one more mention of an actor (a label the actor layer left unread)."""
        k = bisect_left(self._mention_starts, mention["start"])
        self.mentions.insert(k, mention)
        self._mention_starts.insert(k, mention["start"])
        for i in range(self.token_at(mention["start"]), len(self.tokens)):
            if self.tokens[i].start >= mention["end"]:
                break
            self.mention_at[i] = mention

    def mentions_within(self, start: int, end: int) -> list[dict]:
        """The mentions inside ``[start, end)``, in text order."""
        first = bisect_left(self._mention_starts, start)
        return [m for m in self.mentions[first : bisect_left(self._mention_starts, end)] if m["end"] <= end]

    def is_name_mark(self, q: QuoteMarks) -> bool:
        """Quotation marks around a name or a title («ذا ديلي كولر»، “تليجرام”، «تحالف الراغبين»),
        not around quoted words: a short span that is an actor's name or follows a naming noun."""
        if q not in self._name_marks:
            self._name_marks[q] = self._is_name_mark(q)
        return self._name_marks[q]

    def _is_name_mark(self, q: QuoteMarks) -> bool:
        inner = self.text[q.inner[0] : q.inner[1]].strip()
        if len(inner.split()) > MAX_NAME_WORDS:
            return False
        named = self.mentions_within(q.start, q.end)
        if named and sum(m["end"] - m["start"] for m in named) >= 0.8 * len(inner):
            return True
        before = self.text[max(q.start - 30, 0) : q.start].split()
        if not before:
            return False
        head = fold(before[-1])
        # منظمة «أنا يقظ»، حزب «الأمل»: the head noun of an organisation names it, its name in marks
        return head.lstrip("وبل") in NAMING_NOUNS or head in organisation_heads() \
            or (head[:1] in ("و", "ب", "ل") and head[1:] in organisation_heads())


# -- names the actor layer left short ------------------------------------------------------------

KNOWN_AS_WORDS = word_class("known_as_words")
NAME_PREPOSITIONS = word_class("name_prepositions")
MAX_DESCRIPTION_GAP_WORDS = 1  # an adjective between the description and its participle (الحاكم)


def with_known_names(doc: Document, mentions: list[dict]) -> list[dict]:
    """The mentions, with a discovered body described and then given its name (المجلس العسكري
    الحاكم، المعروف باسم المجلس الوطني لحماية الوطن) read as the named actor wherever the
    description stands: the description and the name are one actor (``known_as_words``).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال المجلس العسكري الحاكم، المعروف باسم المجلس الوطني لحماية الوطن، إن الانسحاب "
    ...         "«يتم بالتنسيق الكامل». ووصف المجلس العسكري الخطوة بأنها «لحظة تاريخية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-10-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['unknown:المجلس الوطني لحماية الوطن', 'unknown:المجلس الوطني لحماية الوطن']
    """
    starts, folded = doc.token_starts, doc.folded
    by_start = {m["start"]: m for m in mentions if m.get("form") == "name"}
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.get("form") != "name" or not str(m["actor_id"]).startswith(UNKNOWN_PREFIX) or m.get("actor_type") == "person":
            continue
        j = bisect_left(starts, m["end"])
        for _ in range(MAX_DESCRIPTION_GAP_WORDS + 1):
            if j >= len(folded) or folded[j] in KNOWN_AS_WORDS:
                break
            j += 1  # the description's adjective (الحاكم)
        if j + 1 >= len(folded) or folded[j] not in KNOWN_AS_WORDS:
            continue
        k = j + 1 if folded[j + 1] not in NAME_PREPOSITIONS else j + 2
        named = by_start.get(doc.tokens[k].start) if k < len(folded) else None
        if named is not None and named["actor_id"] != m["actor_id"] and named.get("actor_type") != "person":
            renamed.setdefault(m["actor_id"], named["actor_id"])
    if not renamed:
        return mentions
    return [{**m, "actor_id": renamed[m["actor_id"]]} if m["actor_id"] in renamed else m for m in mentions]


FORMER_ADJECTIVES = word_class("former_adjectives")
DEGREES_AND_RANKS = frozenset(w for w in name_words().degrees_and_ranks if " " not in w)
MAX_RANKED_NAME_WORDS = 3


def _degree_at(doc: Document, j: int) -> bool:
    """Whether token ``j`` is a degree or rank written before a name (الدكتورة، العقيد، د.)."""
    word = doc.folded[j]
    if word == "د":
        return doc.text[doc.tokens[j].end : doc.tokens[j].end + 1] == "."
    return word in DEGREES_AND_RANKS


def _ranked_name_word(doc: Document, j: int, res: QuoteResources, *, first: bool) -> bool:
    """Whether token ``j`` may be a word of a person's name after a degree: letters, no function
    word, cue or verb; the first one without the article (نادية، عثمان), the later ones with it or
    not (السباعي، الطاهر، عبد الرؤوف)."""
    word, written = doc.folded[j], doc.tokens[j].text
    if not word.isalpha() or len(word) < 2 or _accusative(written) or (first and has_article(word)):
        return False
    return word not in _NOT_NAME_WORDS and not res.is_cue_word(word) and not _looks_like_verb(word)


def ranked_unread_names(doc: Document, mentions: list[dict], res: QuoteResources) -> list[dict]:
    """The mentions, with person mentions for the names no actor reads written after a degree or
    rank (حذرت الدكتورة نادية السباعي، الباحثة…؛ ويرى المحلل السياسي د. عثمان الطاهر أن…): one to
    three name words after the degree, then punctuation, أن/إن, a preposition or a cue. A degree
    stands before a person's name (names.toml, degrees_and_ranks), so the words after it name a
    person even when the gazetteer and discovery do not know him. So does a title with a word of
    former office (وأعلن الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، الممثل الأعلى…): the name is
    the former holder's, and the title's mention, read as today's holder, gives way to it.

    >>> from framing.actors import find_mentions
    >>> text = ("في المقابل، حذرت الدكتورة نادية السباعي، الباحثة في المركز المصري للدراسات، من "
    ...         "«الإفراط في التفاؤل». ويرى المحلل السياسي د. عثمان الطاهر أن الحرب «لم تنته».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-02-23"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['الدكتورة نادية السباعي', 'unknown:نادية السباعي'], ['المحلل السياسي د. عثمان الطاهر', 'unknown:عثمان الطاهر']]
    >>> text = ("وأعلن الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، الممثل الأعلى للاتحاد الأفريقي، أن "
    ...         "الطرفين «اتفقا رسمياً على الوقف الدائم للأعمال العدائية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2022-11-02"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['unknown:أولوسيغون أوباسانجو']
    """
    tokens, out, replaced = doc.tokens, [], set()
    starts = doc.token_starts
    read = {i for m in mentions for i in range(max(bisect_right(starts, m["start"]) - 1, 0), bisect_left(starts, m["end"]))}
    titles = {bisect_left(starts, m["end"]) - 1: m for m in mentions
              if m.get("form") == "title" and m.get("actor_type") == "person"}
    for j in range(len(tokens) - 1):
        former = titles.get(j - 1) if doc.folded[j] in FORMER_ADJECTIVES else None
        if not (_degree_at(doc, j) or former is not None) or j + 1 in read \
                or not _ranked_name_word(doc, j + 1, res, first=True):
            continue
        if _PHRASE_BREAKS.intersection(doc.text[tokens[j].end : tokens[j + 1].start].replace(".", "", doc.folded[j] == "د")):
            continue
        last = j + 1
        while last + 1 < len(tokens) and last - j < MAX_RANKED_NAME_WORDS and last + 1 not in read \
                and not _PHRASE_BREAKS.intersection(doc.text[tokens[last].end : tokens[last + 1].start]) \
                and _ranked_name_word(doc, last + 1, res, first=False):
            last += 1
        after = last + 1
        if after < len(tokens) and not _PHRASE_BREAKS.intersection(doc.text[tokens[last].end : tokens[after].start]) \
                and doc.folded[after] not in COMPLEMENTIZERS and doc.folded[after] not in STOPS \
                and not res.is_cue_word(doc.folded[after]):
            continue  # the words run on: no name ends here
        name = doc.text[tokens[j + 1].start : tokens[last].end]
        start = tokens[j].start if former is None else former["start"]
        if former is not None:
            replaced.add(id(former))  # الرئيس النيجيري الأسبق: not the title's holder today
        out.append({"article_id": doc.article_id, "actor_id": UNKNOWN_PREFIX + name, "actor_type": "person",
                    "surface": doc.text[start : tokens[last].end], "form": "name",
                    "start": start, "end": tokens[last].end, "sentence_id": -1, "affiliation": ""})
    return [m for m in mentions if id(m) not in replaced] + out if out else mentions


def quotes_in(doc: Document, mentions: list[dict], res: QuoteResources) -> list[dict]:
    """The quote rows of one document (see :func:`find_quotes`)."""
    ctx = _Context(doc, mentions, res)
    taken = _FoundQuotes()
    listed = 0  # the end of the last list of a speaker's sentences
    for cue in ctx.cues:
        if ctx.mark_containing(cue.start) or cue.start < listed:
            continue  # a reporting word inside quoted words (or a listed sentence) belongs to the quote
        if ctx.folded[cue.first_token] in CUE_HOMOGRAPHS or _byline(ctx, cue):
            continue
        entry = res.cue_rows[cue.entry]
        if _negated(ctx, cue.first_token) or _counts_as(ctx, cue, entry) or _noun_reading(ctx, cue, entry):
            continue  # لم يقل، لم تبد: nothing was said; ويُعد أوشيش أصغر المترشحين: "is", no one speaks
        items = list_items(ctx.text, cue.end)
        if not items and entry.get("lemma", "") in LIST_ONLY_LEMMAS:
            continue  # ويتضمن الاتفاق ثمانية بروتوكولات، على أن تُستكمل…: what a thing holds, no one's words
        if items:
            for item in _list_quotes(ctx, cue, entry, items, taken):
                _add_quote(ctx, taken, item)
            listed = items[-1][1]
            continue
        quote = _quote_for_cue(ctx, cue, entry, taken)
        if quote is not None and quote.end > quote.start:  # يعد "": empty quotation marks report nothing
            _add_quote(ctx, taken, quote)
    found = list(taken)
    found.extend(_headline_quotes(ctx, found))
    found = _first_person_in_answers(ctx, found)
    found.extend(_relayed_reports(ctx, found))
    found = _relayed_sources(ctx, found)
    found.sort(key=lambda q: q.start)
    found.extend(_continuation_quotes(ctx, found))
    found.sort(key=lambda q: q.start)
    ctx.content_spans = sorted((q.start, q.end) for q in found)
    return [_row(ctx, q, i) for i, q in enumerate(found, start=1)]


MAX_BYLINE_WORDS = 4


def _byline(ctx: _Context, cue) -> bool:
    """Whether a cue opens the author's line of the article (كتب: طوني أبي خليل، كتبت: رنا فقيه):
    alone at the start of a line, a colon, then a short name that ends the line.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-16"],
    ...                      "text": ["الوسطاء يعلنون الاتفاق\\nكتبت: رنا فقيه\\nوقال بايدن إن الاتفاق صامد."]})
    >>> find_quotes(arts, find_mentions(arts))["cue"].tolist()
    ['قال']
    """
    line_start = ctx.text.rfind("\n", 0, cue.start) + 1
    if ctx.text[line_start : cue.start].strip():
        return False
    line_end = ctx.text.find("\n", cue.end)
    rest = ctx.text[cue.end : len(ctx.text) if line_end < 0 else line_end].strip()
    if not rest.startswith(":"):
        return False
    name = rest[1:].strip()
    return bool(name) and len(name.split()) <= MAX_BYLINE_WORDS and not any(ch in QUOTE_MARKS for ch in name)


def _overlaps(a: _Quote, b: _Quote) -> bool:
    return a.start < b.end and b.start < a.end


# طلب عدم كشف هويته / عدم الكشف عن اسمه / عدم ذكر اسمه: a source asking not to be named.
ANONYMITY_WORDS = fold_set("كشف", "الكشف", "ذكر", "نشر")
MAX_ANONYMITY_WORDS = 4


def _asks_anonymity(content: str) -> bool:
    """Whether a cue's content is only the formula of a source that asks not to be named.

    >>> _asks_anonymity("عدم كشف هويته"), _asks_anonymity("عدم الكشف عن اسمه"), _asks_anonymity("عدم التصعيد")
    (True, True, False)
    """
    words = content.split()  # folded only when their number fits: a quote's content may be long
    return 2 <= len(words) <= MAX_ANONYMITY_WORDS and fold(words[0]) == fold("عدم") and fold(words[1]) in ANONYMITY_WORDS


def anonymity_aside(doc: Document, cue) -> bool:
    """Whether a cue opens the aside of a source that asks not to be named (قيادي في حماس، طلب عدم
    ذكر اسمه، أن…): between commas, it tells how the source is named and stops no one's words.

    >>> from framing.actors import find_mentions
    >>> text = "وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن الاتفاق «بات قريباً»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['مسؤول', 'الاتفاق «بات قريباً»']]
    """
    i = cue.first_token
    if i > 0 and doc.folded[i - 1] == fold("عدم") and doc.folded[i] in ANONYMITY_WORDS:
        return True  # عدم ذكر اسمه: the formula's own verbal noun
    if i == 0 or not _COMMA.search(doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]):
        return False
    words = doc.text[cue.end : doc.sentence_of(cue.start).end].split()[:MAX_ANONYMITY_WORDS]
    return _asks_anonymity(" ".join(words)) or any(
        _asks_anonymity(" ".join(words[:k])) for k in range(2, len(words)))


# Words spelt like a cue that are another word: كلمة وداعية is a farewell speech, not و + داعية.
CUE_HOMOGRAPHS = fold_set("وداعية", "وداعي", "وداعيا")
MODALS = word_class("modals")
RELATIVES = word_class("relative_pronouns")
CLAUSE_OPENERS = word_class("subject_openers")  # words before the subject of a reporting clause
NEGATORS = word_class("negators_before_cue")
WITHOUT_WORDS = word_class("without_words")  # من دون أن يعلن: "without announcing", nothing said
# A headline line with a negation in its first words is a statement, not a topic.
TOPIC_NEGATORS = word_class("negators")
CONNECTORS = word_class("connectors")
WHAT_WORDS = word_class("what_relatives")  # في ما وصفه: "what he called", the subject is the last speaker's
GOVERNED_WHAT_WORDS = word_class("governed_what_relatives")  # أشاد بما سمّاه: the object of the verb before
VERB_BEFORE_MA_ADVERBS = word_class("verb_before_ma_adverbs")  # وسرعان ما أصدرت: the verb after ما
VERB_FIRST_OPENERS = word_class("verb_first_openers")  # وهو ما نفاه مصدر، إذ جدد الوزير: the subject follows its verb
COMMENT_PRONOUNS = word_class("comment_pronouns")  # ، وهو ما نفاه الوزير: a comment clause on the words before
VERB_PARTICLES = word_class("verb_particles")  # قد، لن، سوف: a speaker phrase ends before them


CONSIDERING_LEMMAS = {"عدّ"}  # يُعدّ / تُعدّ "is counted as": a copula unless it carries its object (يعدّه)


def _counts_as(ctx: _Context, cue, entry: dict) -> bool:
    """Whether an imperfect of عدّ with no object pronoun is the copula "is counted as" (ويُعد
    الاتحاد الأوروبي الشريك التجاري الأول، وتُعد مصر من أكثر الدول…), which reports no one's
    words; يعده مسؤولون (its object written on it) and يعد بـ (promises) are cues.

    >>> from framing.actors import find_mentions
    >>> text = "ويُعد الاتحاد الأوروبي الشريك التجاري الأول للمغرب. وهو ما يعده مسؤولون عدة غير واقعي."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['مسؤولون عدة', 'غير واقعي']]
    """
    if entry.get("lemma", "") not in CONSIDERING_LEMMAS or entry["form"] != "verb" or not _imperfect(entry):
        return False
    after = cue.last_token + 1
    promises = after < len(ctx.tokens) and ctx.folded[after][:1] == "ب" and not _gap_has_break(ctx, after)
    return not promises and not _object_pronoun(ctx, cue, entry)


def _negated(ctx: _Context, i: int) -> bool:
    """لم يقل، يمكن وصفها، من دون أن يعلن: a negated or modal cue reports nothing.

    >>> from framing.actors import find_mentions
    >>> text = "واعترف وزير الخارجية بأن «الخروقات تهدد الاتفاق»، من دون أن يعلن أي خطوة عملية للرد عليها."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["cue"].tolist()
    ['اعترف']
    """
    if i > 1 and ctx.folded[i - 1] in COMPLEMENTIZERS and ctx.folded[i - 2] in WITHOUT_WORDS:
        return True
    return i > 0 and ctx.folded[i - 1] in NEGATORS | MODALS and not _gap_has_break(ctx, i)


def _noun_reading(ctx: _Context, cue, entry: dict) -> bool:
    """Whether a verb cue right after في is the noun spelt like it (في رد عملي على، وفي ردّه): no
    verb follows a preposition."""
    i = cue.first_token
    return entry["form"] == "verb" and i > 0 and ctx.folded[i - 1].lstrip("و") == "في" and not _gap_has_break(ctx, i)


class _FoundQuotes:
    """The quotes found so far, in the order found, with their starts indexed (a sorted list),
    so that a new quote is merged with the quotes that can overlap it, not with every one.

    >>> found = _FoundQuotes()
    >>> for span in [(0, 10), (20, 30), (40, 90)]:
    ...     found.append(_Quote(*span, "indirect", "", 0, 0, "neutral", "explicit", None))
    >>> [(q.start, q.end) for q in found.overlapping(25, 45)], found[-1].start, len(found)
    ([(20, 30), (40, 90)], 40, 3)
    """

    def __init__(self):
        self._quotes: dict[int, _Quote] = {}  # by order of finding; dropped ones removed
        self._starts: list[tuple[int, int]] = []  # (start, order), sorted
        self._longest = 0
        self._count = 0

    def append(self, quote: _Quote) -> None:
        self._quotes[self._count] = quote
        insort(self._starts, (quote.start, self._count))
        self._longest = max(self._longest, quote.end - quote.start)
        self._count += 1

    def drop(self, orders: Iterable[int]) -> None:
        for order in orders:
            del self._quotes[order]

    def overlapping(self, start: int, end: int) -> list[_Quote]:
        """The quotes that overlap ``[start, end)``, in the order found (quotes only get shorter,
        so none starts before ``start`` less the longest quote ever added)."""
        return [q for _, q in self.overlapping_orders(start, end)]

    def overlapping_orders(self, start: int, end: int) -> list[tuple[int, _Quote]]:
        first = bisect_left(self._starts, (start - self._longest, -1))
        last = bisect_left(self._starts, (end, -1))
        found = [(order, self._quotes[order]) for _, order in self._starts[first:last] if order in self._quotes]
        return sorted((o, q) for o, q in found if q.start < end and start < q.end)

    def __iter__(self):
        return iter(self._quotes.values())

    def __len__(self) -> int:
        return len(self._quotes)

    def __getitem__(self, index: int) -> _Quote:
        if index != -1 or not self._quotes:
            raise IndexError(index)
        return next(reversed(self._quotes.values()))


# The quotes found before a cue: the growing _FoundQuotes while cues are read, a list after.
_Earlier = _FoundQuotes | list[_Quote]


def _add_quote(ctx: _Context, found: _FoundQuotes, new: _Quote) -> None:
    """Add a quote; an earlier quote whose content runs over the new cue stops before it. Only the
    quotes that overlap the new one are looked at, in the order they were found."""
    dropped = []
    relayed = []
    for order, q in found.overlapping_orders(new.start, new.end):
        if _relays_quote(ctx, new, q):
            relayed.append(q)
            continue
        if q.start < new.cue_start < q.end and q.kind != "direct" and (comma := _describing_clause(ctx, q, new)) > 0:
            q.end = _trim_end(ctx.text, q.start, comma)  # …، في صفقة وصفها بأنها «…»: the speaker's own view
            if q.end <= q.start:
                dropped.append(order)
            else:
                q.kind = _kind(ctx, q.start, q.end)
        elif q.start < new.cue_start < q.end and q.kind != "direct":
            cut = _before_connectors(ctx, new.cue_start)
            vso = new.speaker is not None and new.speaker[0] > new.cue_start and new.attribution == "explicit"
            if ctx.text[q.start : cut].rstrip()[-1:] not in ("،", ",", ".", "؛") and not vso \
                    and not _coordinated_cue(ctx, q, new):
                # ذكرت وكالة إرنا أن عراقجي قال إن …: a report inside the reported words is a quote
                # of its own, nested in the outer one (docs/guidelines.md, reports of reports)
                if _nested_report(ctx, new):
                    found.append(new)
                return
            q.end = _trim_end(ctx.text, q.start, cut)
            if q.end <= q.start:
                dropped.append(order)
        elif new.attribution != "after_quote":
            return  # the earlier, explicit quote keeps these words
        elif (later := _later_clause_start(ctx, q, new)) is not None:
            q.end, new.start = _trim_end(ctx.text, q.start, later[0]), later[1]
            new.kind = _kind(ctx, new.start, new.end)
        else:
            dropped.append(order)
    found.drop(dropped)
    if relayed:
        new.start, new.end = min(q.start for q in relayed), max(q.end for q in relayed)
        new.kind = _kind(ctx, new.start, new.end)
    found.append(new)


def _describing_clause(ctx: _Context, earlier: _Quote, new: _Quote) -> int:
    """Where the earlier quote's words end when the new quote's cue is the same speaker's view of a
    noun in the phrase after them (أعلن مدبولي توقيع اتفاق…، في صفقة وصفها بأنها «…»,
    :func:`_describes_noun_before`): at the comma that opens that phrase; 0 when not so."""
    if new.speaker is None or new.speaker != earlier.speaker:
        return 0
    i = ctx.token_at(new.cue_start)
    cue = next((c for c in ctx.cues if c.first_token == i), None)
    if cue is None or not _describes_noun_before(ctx, cue):
        return 0
    comma = max(ctx.text.rfind("،", earlier.start, new.cue_start), ctx.text.rfind(",", earlier.start, new.cue_start))
    return comma if comma > earlier.start else 0


MEANWHILE_NOUNS = word_class("meanwhile_nouns")


def _later_clause_start(ctx: _Context, earlier: _Quote, new: _Quote) -> tuple[int, int] | None:
    """(where the earlier quote's words end, where the new one's start) when a trailing attribution
    phrase (، بحسب آخر أرقام الوزارة) follows a clause of its own that a comma and a word of
    meanwhile or contrast open (في وقت، في حين، فيما، بينما) after an earlier quote's cue in the same
    sentence: the phrase is the source of that last clause, and the earlier cue keeps the rest.
    None when no such clause opens between them.

    >>> from framing.actors import find_mentions
    >>> text = ("أعلنت وزارة الداخلية، مساء الأحد، أن السلطات المغربية استجابت لعروض دعم أربع دول، في وقت "
    ...         "تجاوزت فيه حصيلة ضحايا الزلزال أكثر من 2100 قتيل، بحسب آخر أرقام الوزارة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text]})
    >>> q = find_quotes(arts, find_mentions(arts))
    >>> q["cue"].tolist(), q["text"].str.endswith("أربع دول").tolist()[0], q["text"].tolist()[1]
    (['أعلنت', 'بحسب'], True, 'تجاوزت فيه حصيلة ضحايا الزلزال أكثر من 2100 قتيل')
    """
    if new.form != "according_to" or earlier.cue_start < new.start or earlier.cue_end <= 0 or earlier.speaker is None:
        return None  # ويُقال إن…، فيما…، وفق أوساط: hearsay with no speaker of its own is the source's too
    first, last = ctx.token_at(max(earlier.cue_end, earlier.start)), ctx.token_at(new.cue_start)
    for k in range(last - 1, first, -1):
        gap = ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]
        if "،" not in gap and "," not in gap:
            continue
        word = ctx.folded[k]
        if word in CONTRAST_OPENERS and k + 1 < last:
            return ctx.tokens[k - 1].end, ctx.tokens[k + 1].start
        if word == "في" and k + 2 < last and ctx.folded[k + 1] in MEANWHILE_NOUNS:
            return ctx.tokens[k - 1].end, ctx.tokens[k + 2].start
    return None


_CLOSED_QUOTE_COMMA = re.compile(r"[»”\"]\s*[،,]\s*")


def _after_closed_quote(text: str, start: int, end: int) -> int:
    """Where the clause that a trailing attribution phrase covers starts: after a closed quotation
    and the comma after it (وأضاف الباحث: "…"، وهو اجتماع قد تستضيفه بكين، بحسب مصادر دبلوماسية),
    since the quoted words have their own speaker and cue; a comment pronoun (وهو، وهي) opening
    the clause stays outside. ``start`` when no quotation closes in the clause.

    >>> text = 'وأضاف الباحث: "المحطة التالية اجتماع الوزيرين"، وهو اجتماع قد تستضيفه بكين، بحسب مصادر دبلوماسية.'
    >>> text[_after_closed_quote(text, 0, text.index("، بحسب")) : text.index("، بحسب")]
    'اجتماع قد تستضيفه بكين'
    >>> _after_closed_quote("وقد تستضيفه بكين، بحسب مصادر", 0, 16)
    0

    A marked name (حركة « GenZ 212 »، وفقاً لحصيلة رسمية) is no quotation:

    >>> _after_closed_quote("تم توقيف 400 شخص منذ بداية حركة « GenZ 212 »، وفقا لحصيلة رسمية", 0, 45)
    0
    """
    found = [m for m in _CLOSED_QUOTE_COMMA.finditer(text, start, end) if _quoted_words_before(text, start, m.start())]
    if not found:
        return start
    after = found[-1].end()
    first = text[after:end].split(maxsplit=1)
    if len(first) == 2 and fold(first[0]) in COMMENT_PRONOUNS:
        after = end - len(first[1])
    return after


_OPENING_MARK = {"»": "«", "”": "“", '"': '"'}
MIN_QUOTED_WORDS = 3  # «GenZ 212»، «حماس»: a marked name is shorter than quoted words


def _quoted_words_before(text: str, start: int, close: int) -> bool:
    """Whether the mark at ``close`` closes quoted words (at least MIN_QUOTED_WORDS) opened after ``start``.

    >>> _quoted_words_before('قال: "نحن جاهزون للحوار"', 0, 23), _quoted_words_before("حركة « GenZ 212 »", 0, 16)
    (True, False)
    """
    opening = text.rfind(_OPENING_MARK[text[close]], start, close)
    return opening >= 0 and count_words(text[opening + 1 : close]) >= MIN_QUOTED_WORDS


def _relays_quote(ctx: _Context, new: _Quote, earlier: _Quote) -> bool:
    """Whether an attribution phrase after its clause (، بحسب ما نقلته وكالة «واس») relays a quote
    whose words end right before it, with their own speaker and cue (أكد فيها الأمير حرص المملكة…):
    a report of a report, two rows, the outer one over the same words (docs/annotation.md).

    >>> from framing.actors import find_mentions
    >>> text = ("وبعث الأمير محمد بن سلمان برقية، أكد فيها حرص المملكة على الحوار، "
    ...         "بحسب ما نقلته وكالة الأنباء السعودية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()
    [['أكد', 'حرص المملكة على الحوار'], ['بحسب ما', 'حرص المملكة على الحوار']]
    """
    if not (_relaying_verb_after(ctx, new.cue_end) or _credits_document(ctx, new)):
        return False  # ، وفقاً لمسؤول: the official is the source of the whole clause (the seeds' reading)
    return new.attribution == "after_quote" and new.form == "according_to" and earlier.attribution == "explicit" \
        and earlier.speaker is not None and earlier.cue_start >= new.start and earlier.end <= new.cue_start \
        and not ctx.text[earlier.end : new.cue_start].strip(" ،,\"»”")


def _credits_document(ctx: _Context, new: _Quote) -> bool:
    """Whether an attribution phrase after its clause credits a document (، بحسب بيان للوزارة): the
    clause's own speaker and cue stay, and the document relays them, an outer row over the same
    words (docs/annotation.md, a relaying agency named after a quote).

    >>> from framing.actors import find_mentions
    >>> text = ("أعربت وزيرة الخزانة الأميركية جانيت يلين، خلال لقائها الوفد العراقي، عن تقديرها لجهود "
    ...         "البنك المركزي العراقي، بحسب بيان للوزارة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['وزيرة الخزانة الأميركية جانيت يلين', 'تقديرها لجهود البنك المركزي العراقي'], ['بيان', 'تقديرها لجهود البنك المركزي العراقي']]
    """
    if new.speaker is None:
        return False
    head = ctx.speaker_nouns.get(ctx.token_at(new.speaker[0]))
    return head is not None and ctx.res.speaker_types[head.entry] == "document"


def _relaying_verb_after(ctx: _Context, offset: int) -> bool:
    """Whether a verb of relaying (نقل, with its object pronoun: نقلته، نقلها) follows ``offset`` at
    once, as in بحسب ما نقلته الوكالة.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": ["بحسب ما نقلته الوكالة"]})
    >>> doc = next(iter(documents(arts)))
    >>> ctx = _Context(doc, [], load_quote_resources())
    >>> _relaying_verb_after(ctx, 7), _relaying_verb_after(ctx, 14)
    (True, False)
    """
    i = ctx.token_at(offset)
    if i >= len(ctx.tokens):
        return False
    word = ctx.folded[i]
    return any(word.startswith(form) for form in ctx.res.relaying_forms)


def _coordinated_cue(ctx: _Context, earlier: _Quote, new: _Quote) -> bool:
    """Whether a cue joined by و to an earlier quote's words is a second verb of the same speaker
    (وطهران تشكر أنقرة على حسن الضيافة وتحمّل واشنطن مسؤولية…): the earlier words end before it.

    >>> from framing.actors import find_mentions
    >>> text = "وطهران تشكر أنقرة على حسن الضيافة وتحمّل واشنطن مسؤولية تقويض الدبلوماسية"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-02"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()
    [['تشكر', 'أنقرة على حسن الضيافة'], ['تحمّل', 'تقويض الدبلوماسية']]
    """
    i = ctx.token_at(new.cue_start)
    return earlier.speaker is not None and new.speaker == earlier.speaker and new.cue_start > ctx.tokens[i].start \
        and ctx.folded[i][:1] == "و" and new.attribution == "explicit"


NESTED_REPORT_CLASSES = ("neutral", "assertive", "explanatory", "announcing")


def _nested_report(ctx: _Context, new: _Quote) -> bool:
    """A report inside reported words that is a quote of its own: a named speaker's saying verb
    and its words after أن / إن or in quotation marks (ذكرت إرنا أن عراقجي قال إن «…»); not an
    action the outer words describe (أكدت مساهمتها في…، تطلبها أوكرانيا).
    """
    if _nested_object_report(ctx, new):
        return True
    if new.speaker is None or new.attribution != "explicit" or new.verb_class not in NESTED_REPORT_CLASSES:
        return False
    cue = ctx.token_at(new.cue_start)
    if cue > 0 and ctx.folded[cue - 1] in RELATIVES:
        return False  # الغاز الذي قال إنه يمول الحرب: a relative clause of the outer words
    gap = ctx.text[new.speaker[1] : new.cue_start] if new.speaker[1] <= new.cue_start else ctx.text[new.cue_end : new.speaker[0]]
    if gap.strip():
        return False  # the speaker stands right before or after his verb (عراقجي قال، قال عراقجي)
    between = [fold(w) for w in ctx.text[new.cue_end : new.start].split()]
    return new.kind == "direct" or any(w in COMPLEMENTIZERS for w in between)


NESTED_OBJECT_CLASSES = (*NESTED_REPORT_CLASSES, "directive")


def _nested_object_report(ctx: _Context, new: _Quote) -> bool:
    """A report inside reported words whose subject stands right before its verb and whose content
    follows the verb at once, after أن / إن or a preposition of content (وقال المتحدث إن الرئيس
    شدد على تطلع مصر…، أشار البيان إلى أن جلالة الملك حذر من خطورة…، ذكرت «وام» أن سموه أكد أن…):
    the one named says these words, a quote of his own inside the outer one.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال المتحدث باسم رئاسة الجمهورية المصرية إن الرئيس عبد الفتاح السيسي شدد على تطلع مصر "
    ...         "إلى تعزيز التعاون مع الفاتيكان.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()[1]
    ['شدد', 'تطلع مصر إلى تعزيز التعاون مع الفاتيكان']

    An action the outer words narrate is no report (أن الجيش أعلن الحرب، with no content word):

    >>> text = "وذكرت الوكالة أن الرئيس عبد الفتاح السيسي دعا الحكومة إلى الاجتماع."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]})
    >>> len(find_quotes(arts, find_mentions(arts)))
    1
    """
    if new.attribution != "explicit" or new.verb_class not in NESTED_OBJECT_CLASSES:
        return False
    cue = ctx.token_at(new.cue_start)
    if cue == 0 or ctx.folded[cue - 1] in RELATIVES or _gap_has_break(ctx, cue):
        return False
    if not is_honorific_pronoun(ctx.tokens[cue - 1].text) and (  # سموه أكد أن: his highness, named before
            new.speaker is None or new.speaker[0] > new.cue_start or ctx.text[new.speaker[1] : new.cue_start].strip()):
        return False  # the subject stands right before its verb (الرئيس شدد)
    between = [fold(w) for w in ctx.text[new.cue_end : new.start].split()]
    return len(between) == 1 and (between[0] in COMPLEMENTIZERS or between[0] in PREPOSITIONS)


def _before_connectors(ctx: _Context, offset: int) -> int:
    """Move back over connector words (، بينما، كما، و) that open the clause at ``offset``."""
    i = ctx.token_at(offset)
    while i > 0 and ctx.folded[i - 1] in CONNECTORS:
        i -= 1
    return ctx.tokens[i].start if i < len(ctx.tokens) else offset


def _quote_for_cue(ctx: _Context, cue, entry, found: _Earlier) -> _Quote | None:
    form, verb_class = entry["form"], entry["verb_class"]
    cue_text = ctx.text[cue.start : cue.end]
    base = dict(cue=cue_text, cue_start=cue.start, cue_end=cue.end, verb_class=verb_class)
    sentence = ctx.doc.sentence_of(cue.start)
    after = cue.last_token + 1

    if form == "masdar" and _opens_labelled_words(ctx, cue):
        return None  # الخارجية الروسية: تصريحات ماكرون «استفزازية»: the label's speaker judges his words
    # "…"، قال زيلنسكي: the quote comes before its cue
    before = _closing_mark_before(ctx, cue.start)
    if before is not None and form in ("verb", "phrase"):
        named = _speaker_after(ctx, after, sentence.end)
        inner = before.inner
        return _Quote(inner[0], inner[1], "direct", attribution="after_quote",
                      speaker=named[:2] if named else None, form="according_to" if form == "phrase" else "verb",
                      speaker_src=None if named else _previous(found), **base)

    if _views_what(ctx, cue, entry):
        if any(q.start <= cue.start < q.end for q in _overlapping(found, cue.start, cue.end)):
            return None  # ندّدت الجمعية بما سمّته «…»: the label is the object of the words reported already
        return _what_view_quote(ctx, cue, entry, sentence, base, found)

    opens = form == "phrase" and _phrase_opens_sentence(ctx, cue, sentence)
    if opens and _later_cue(ctx, cue, sentence):
        return None  # "نقلاً عن مسؤولين …، قال روت إن": the phrase names where the speaker's knowledge comes from
    if opens and (quote := _phrase_before_content(ctx, cue, sentence, base)) is not None:
        return quote
    if form == "phrase" and (relative := _document_before(ctx, cue)) is not None:
        # بياناً مشتركاً جاء فيه أن …: the document the phrase refers back to speaks
        content = _content(ctx, cue.end, sentence, "", lookahead=MASDAR_LOOKAHEAD_TOKENS)
        if content is not None:
            return _Quote(*content, attribution="explicit", speaker=relative, form="according_to", **base)
    if form == "phrase":
        # … ، وفقاً لمسؤول: the clause before the phrase is the content
        named = _speaker_after(ctx, after, sentence.end, any_noun=True)
        if named is None or _aside_after_speaker(ctx, cue, sentence) or _conforms_to_norm(ctx, cue, entry):
            return None
        start = _after_closed_quote(ctx.text, _clause_start(ctx, sentence.start, cue.start), cue.start)
        end = _trim_end(ctx.text, start, cue.start)
        if end <= start:
            return None
        return _Quote(start, end, _kind(ctx, start, end), attribution="after_quote", speaker=named[:2],
                      form="according_to", **base)

    # شكر الولايات المتحدة، رحب بالحزمة، وجّه الشكر لإثيوبيا: after a praising verb may come the one praised
    praised_next = verb_class == "praising" and form in ("verb", "masdar") and after < len(ctx.tokens) and (
        entry.get("lemma", "") in DIRECT_OBJECT_LEMMAS or (_addressee_next(ctx.folded[after]) and not _names_at(ctx, after)))
    # a participle (مضيفاً، داعياً الحلفاء) takes its speaker from its clause, never from what follows
    no_speaker_after = praised_next or form == "participle" or _after_qad(ctx, cue)
    stipulates = entry.get("lemma", "") in DOCUMENT_LEMMAS
    phrase = None if no_speaker_after else _speaker_after(ctx, after, sentence.end, any_noun=stipulates)
    if phrase is not None and entry.get("lemma", "") in DESCRIBING_LEMMAS and _described_next(ctx, phrase[1]) \
            and len(ctx.mentions_within(phrase[0], phrase[1])) <= 1 \
            and not ctx.folded[cue.last_token].endswith(tuple(ENCLITIC_PRONOUNS)):
        # ووصف فكي بأنه «…»: the one described, not the speaker (ووصف ماكرون بوتين بأنه names both;
        # in وصفتها موسكو بأنها the verb carries the one described)
        phrase = None
    lemma = entry.get("lemma", "")
    if phrase is not None and fold(lemma) in VIEW_LEMMAS:
        phrase = _plural_before_viewed_object(ctx, _subject_before_viewed_object(ctx, phrase))
    if phrase is not None and lemma in ACCUSING_LEMMAS | BLAMING_LEMMAS and not _object_pronoun(ctx, cue, entry) \
            and (_charge_opens(ctx, phrase[1], lemma) or (lemma in BLAMING_LEMMAS and _responsibility_in(ctx, phrase))
                 or (lemma in ACCUSING_LEMMAS and _charge_in(ctx, phrase))):
        phrase = None  # واتهم «إيكواس» بـ…، وحمّل حزب القوات مسؤولية…: the one blamed; the speaker comes before
    if not no_speaker_after and (phrase is not None or form == "verb"):
        # أن عراقجي قال للبوسعيدي، أن ويتكوف أبلغ عراقجي: the subject between أن and the verb wins
        phrase = _subject_after_complementizer(ctx, cue) or phrase
    if praised_next and entry.get("lemma", "") in DIRECT_OBJECT_LEMMAS:
        phrase = _subject_before_object(ctx, after, sentence.end)
    unread = phrase is None and not no_speaker_after and form == "verb" \
        and (phrase := _unread_subject_after(ctx, cue, entry, sentence)) is not None
    content_from = phrase[2] if phrase else ctx.tokens[cue.last_token].end
    called_on = verb_class == "directive" and form == "verb" \
        and content_from != (content_from := _called_on_after(ctx, content_from, sentence.end))
    if lemma in ACCUSING_LEMMAS:
        content_from = _charge_after(ctx, content_from, sentence.end)
    elif lemma in BLAMING_LEMMAS:
        blamed = _responsibility_after(ctx, content_from, sentence.end, object_needed=not _object_pronoun(ctx, cue, entry))
        if blamed is None:
            return None  # حمّل الشاحنات، تحمّل مسؤولياتها: no one is held responsible
        content_from = blamed
    speaker = phrase[:2] if phrase is not None else None
    if speaker is not None and verb_class == "directive" and (
            _addressed_by_document(ctx, speaker, found) or _addressed_after_person(ctx, cue, speaker, found)):
        speaker = None  # كما دعا [البيان] مجلس الأمن إلى…: the one called on, the communiqué still speaks
    attribution = "explicit"
    src = None
    if speaker is None and _impersonal(ctx.folded[cue.first_token]):
        return None  # ويُذكر أن، ويشار إلى أن: the author's background, nobody's words
    if speaker is None:
        speaker, attribution, src = _speaker_before(ctx, cue, sentence, form, found)
    if attribution == "none":
        return None  # "المؤشرات … تؤكد أن": the subject is not a speaker
    if form == "masdar":
        content_from = _after_aside(ctx, content_from, sentence.end)
    elif phrase is not None:
        content_from = _after_relative_aside(ctx, after_bracketed_name(ctx.text, content_from, sentence.end), sentence.end)
        content_from = after_mouthpiece(ctx.text, content_from, sentence.end)
    content_from, takes = _object_here(ctx, cue, entry, (speaker, attribution, src), content_from)
    content = _content(ctx, content_from, sentence, takes,
                       lookahead=MASDAR_LOOKAHEAD_TOKENS if form == "masdar" else MAX_LOOKAHEAD_TOKENS,
                       verb_object=form == "verb")
    if content is None and phrase is not None and form == "verb" and verb_class in NESTED_REPORT_CLASSES:
        clause = _clause_before_comma(ctx, cue, sentence, phrase[1])
        if clause is not None:
            return _Quote(*clause, attribution="after_quote", speaker=speaker, form="verb", **base)
    if content is None:
        return None
    start, end, kind = content
    if called_on and start == content_from and ctx.text[start] == "ب":
        start += 1  # طالبت الطرفين بالكف عن…: the preposition written on the object stays outside
    if lemma in APPROVING_LEMMAS and not _clause_opens(ctx, content_from, start) and "ب" not in ctx.text[start - 1 : start + 1]:
        return None  # أقرّ مجلس الوزراء «الأهداف»: approved, not admitted; an admission takes أن (أقرّ بأن…)
    if _asks_anonymity(ctx.text[start:end]):
        return None  # مفاوض أوروبي، طلب عدم كشف هويته: how the source is named, not his words
    shape = quote_form(form, attribution, nominal=not _clause_opens(ctx, content_from, start))
    if speaker is not None and is_honorific_pronoun(pronoun := ctx.text[speaker[0] : speaker[1]]):
        # ووجّه سموه الشكر: his highness is the person quoted last, else the one styled so before
        speaker, src = None, _person_quoted_before(ctx, found)
        if src is None:
            speaker = _styled_person_before(ctx, pronoun, cue.start)
    return _Quote(start, end, kind, attribution=attribution, speaker=speaker, speaker_src=src, form=shape,
                  document=stipulates and attribution == "explicit", unread=unread and speaker is not None, **base)


PERSONAL_PRONOUNS = word_class("personal_pronouns")
CHANNEL_PREPOSITIONS = word_class("channel_prepositions")
# the function words that are never a word of a name after a verb (وقال أيضاً، وأضاف هو، وقال إن)
_NOT_NAME_WORDS = (STOPS | SKIPPABLE | COMPLEMENTIZERS | CLAUSE_OPENERS | CONNECTORS | PERSONAL_PRONOUNS | VERB_PARTICLES
                   | NEGATORS | TOPIC_NEGATORS)
MAX_UNREAD_SUBJECT_WORDS = 4  # وقال با، فرد وانغ، قالت كبيرة مفاوضيه آن راسموسن: a name the gazetteer lacks
ADDRESSEE_LEMMAS = fold_set("أبلغ", "أخبر", "طمأن", "ذكّر")  # أبلغ الوزير أن: the one told follows the verb


def _unread_subject_after(ctx: _Context, cue, entry: dict, sentence) -> tuple[int, int, int] | None:
    """The subject right after a finite verb cue that no actor, speaker noun or role reads: one to
    three undefined words, none a function word, cue, verb or adverb, that the reported words follow
    at once (a colon, أن/إن) or after an aside of channel (وقال با في رسالة نشرها على حسابه: «…»،
    فرد وانغ: «…»). Arabic puts the subject of a verb of saying between the verb and what is said,
    so the words there are the speaker, not a continuation of the previous one. (start, end,
    content_from) as :func:`_speaker_after` gives them; None when the words are no such subject, or
    when the verb has its subject before it (مصادر مطلعة أكدت لموقعنا أن: the words after are its
    objects).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال وزير الخارجية الصيني وانغ يي إن الاتفاق تاريخي. "
    ...         "وقال با في رسالة نشرها على حسابه: «أهنئ فاي على فوزه الواضح».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-03-25"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "speaker_type"]].values.tolist()[-1]
    ['با', 'unknown:با', 'person']
    """
    lemma = fold(entry.get("lemma", ""))
    if entry["verb_class"] == "directive" or lemma in ADDRESSEE_LEMMAS or lemma in VIEW_LEMMAS \
            or ctx.folded[cue.last_token].endswith(tuple(ENCLITIC_PRONOUNS)):
        return None  # ووصف فكي بأنه: the one described; أبلغ الوزير أن: the one told
    first = cue.last_token + 1
    if (j := _unread_name_end(ctx, first, sentence.end)) is None:
        return None
    start, end = ctx.tokens[first].start, ctx.tokens[j - 1].end
    subject = _subject_before(ctx, cue, sentence)
    if subject is not None and ctx.token_at(subject[1] - 1) == cue.first_token - 1 \
            and not _gap_has_break(ctx, cue.first_token):
        return None  # مصادر مطلعة أكدت لموقعنا أن: the subject stands right before its verb
    return start, end, end


def _unread_name_end(ctx: _Context, first: int, limit: int) -> int | None:
    """The token after the words of an unread name that opens at token ``first`` and that the
    reported words follow (:func:`_said_next`); None when no such name opens there."""
    j = first
    while j < len(ctx.tokens) and ctx.tokens[j].start < limit and j - first < MAX_UNREAD_SUBJECT_WORDS \
            and (j == first or not _gap_has_break(ctx, j)) and _unread_name_word(ctx, j):
        j += 1
    if j == first or j >= len(ctx.tokens) or ctx.tokens[j].start >= limit or _gap_has_break(ctx, first):
        return None
    return j if _said_next(ctx, j, limit) else None


def _unread_name_word(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` may be a word of a name no actor reads: letters only, no article, not
    read by an actor, speaker noun or role, and no function word, cue, verb or adverb (مازحاً)."""
    word, written = ctx.folded[j], ctx.tokens[j].text
    if not word.isalpha() or has_article(word) or _accusative(written) or len(word) < 2:
        return False
    if any(j in read for read in (ctx.mention_at, ctx.speaker_nouns, ctx.role_at, ctx.cue_token_starts)):
        return False
    if written.startswith("آ") and word in COMPLEMENTIZERS:
        return True  # آن راسموسن: a name that folds like أن
    return word not in _NOT_NAME_WORDS and not ctx.res.is_cue_word(word) and not _looks_like_verb(word)


def _said_next(ctx: _Context, j: int, limit: int) -> bool:
    """Whether the reported words open at token ``j``: after a colon, with أن/إن, or after an aside
    that a preposition of channel opens (في رسالة نشرها على حسابه:، على منصة «إكس» أنه) or that stands between commas
    (آن راسموسن، ممثلة ساموا، إن).

    >>> from framing.actors import find_mentions
    >>> text = "إذ قالت كبيرة مفاوضيه آن راسموسن، ممثلة ساموا، إن «تصحيح المسار الضروري لم يتحقق بعد»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-12-13"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()
    [['كبيرة مفاوضيه آن راسموسن', 'person']]
    """
    gap = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
    if ":" in gap:
        return True
    if _complementizer_at(ctx, j):
        return not gap.strip()
    aside = gap.strip() in ("،", ",")
    if not aside and ctx.folded[j] not in CHANNEL_PREPOSITIONS:
        return False
    for k in range(j + 1, min(j + 1 + MAX_CONTENT_ASIDE_WORDS, len(ctx.tokens))):
        gap = ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start].strip(" " + QUOTE_MARKS)  # على منصة «إكس»
        if ":" in gap or (_complementizer_at(ctx, k) and (not gap or (aside and gap in ("،", ",")))):
            return True
        if ctx.tokens[k].start >= limit or not _PHRASE_BREAKS.isdisjoint(gap):
            return False
    return False


def _complementizer_at(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` is أن/إن as written, not a name that folds like it (آن راسموسن)."""
    return ctx.folded[j] in COMPLEMENTIZERS and not ctx.tokens[j].text.startswith("آ")


def _opens_labelled_words(ctx: _Context, cue) -> bool:
    """Whether a cue opens the words after a speaker's label and its colon at the start of a line
    (الخارجية الروسية: تصريحات ماكرون «استفزازية»): the verbal noun is what the label's speaker
    speaks of, and the line is the label's quote (:func:`_headline_quotes`).

    >>> from framing.actors import find_mentions
    >>> text = "19:40\\nالخارجية الروسية: تصريحات ماكرون “استفزازية” وتعكس “انفصالاً تاماً عن الواقع”."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "form"]].values.tolist()
    [['الخارجية الروسية', 'Russia', 'headline']]
    """
    line = ctx.text.rfind("\n", 0, cue.start) + 1
    colon = ctx.text.rfind(":", line, cue.start)
    if colon < 0 or ctx.text[colon + 1 : cue.start].strip(" " + QUOTE_MARKS):
        return False
    written = ctx.text[line:colon]
    start = line + len(written) - len(written.lstrip())
    start += _bullet_end(ctx.text[start:colon]) or time_stamp_end(ctx.text[start:colon])
    end = start + len(ctx.text[start:colon].rstrip())
    return end > start and (_actor_label(ctx, start, end) or _speaker_label(ctx, start, end))


VIEW_LEMMAS = fold_set("رأى", "عدّ", "وصف", "سمّى", "اعتبر")  # verbs of a view of something: X يراه Y
CONFORMITY_LEMMAS = fold_set("وفق", "وفقاً", "طبقاً")  # in conformity with: a source, or a rule (وفق القانون)
NORM_NOUNS = word_class("norm_nouns")


def _conforms_to_norm(ctx: _Context, cue, entry: dict) -> bool:
    """Whether an attribution phrase of conformity (وفق، وفقاً لـ، طبقاً لـ) names a rule, not a
    source (:data:`NORM_NOUNS`, as the hedge rules read it): the clause before it is the author's.

    >>> from framing.actors import find_mentions
    >>> text = ("ويُعد مجلس النواب العشرون أول مجلس يُنتخب وفق قانون الانتخاب الجديد. "
    ...         "وارتفعت نسبة المشاركة إلى 32 في المئة، وفقاً للهيئة المستقلة للانتخاب.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()
    [['وفقاً', 'وارتفعت نسبة المشاركة إلى 32 في المئة']]
    """
    after = cue.last_token + 1
    if fold(entry.get("lemma", "")) not in CONFORMITY_LEMMAS or after >= len(ctx.tokens):
        return False
    word = ctx.folded[after]
    return word in NORM_NOUNS or (word[:1] == "ل" and word[1:] in NORM_NOUNS)


def _subject_before_viewed_object(ctx: _Context, phrase: tuple[int, int, int]) -> tuple[int, int, int]:
    """The subject of a verb of describing or viewing, cut before its object when both follow the
    verb (ووصف الوزير العلاقة مع تركيا بأنها «…»، واعتبر الرئيس الخطوة «…»): after a title, a
    definite word of the other gender is no adjective of it (an adjective agrees: الوزير الجديد),
    so the object begins there.

    >>> from framing.actors import find_mentions
    >>> text = "قال وزير الخارجية العراقي فؤاد حسين إن الحوار مستمر. ووصف الوزير العلاقة مع تركيا بأنها «ممتازة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "text"]].values.tolist()[-1]
    ['الوزير', 'Fuad Hussein', 'ممتازة']
    """
    first, last = ctx.token_at(phrase[0]), ctx.token_at(phrase[1] - 1)
    if first not in ctx.role_at or first in ctx.mention_at or last <= first or not has_article(ctx.folded[first]):
        return phrase  # كبيرة الدبلوماسيين: an indefinite title heads a construct, the next word its genitive
    j = first + 1
    word = ctx.tokens[j].text
    if j in ctx.mention_at or not has_article(ctx.folded[j]) or \
            _feminine_ending(word) == _feminine_ending(ctx.tokens[first].text):
        return phrase
    end = ctx.tokens[first].end
    return phrase[0], end, end


def _plural_before_viewed_object(ctx: _Context, phrase: tuple[int, int, int]) -> tuple[int, int, int]:
    """The subject of a verb of viewing cut before its object when the subject is an indefinite
    speaker noun in the sound masculine plural (معارضون، مراقبون) and an indefinite word follows
    that does not agree with it (an adjective would: معارضون فنزويليون), nor a preposition: in
    في خطوة رأى فيها معارضون محاولة لكسب الوقت, the attempt is what they see.

    >>> from framing.actors import find_mentions
    >>> text = "وطلب الرئيس تدقيقاً في النتائج، في خطوة رأى فيها معارضون محاولة لكسب الوقت."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()[-1]
    ['معارضون', 'محاولة لكسب الوقت']
    """
    first, last = ctx.token_at(phrase[0]), ctx.token_at(phrase[1] - 1)
    word = ctx.folded[first]
    if first not in ctx.speaker_nouns or last <= first or has_article(word) or not word.endswith(("ون", "ين")):
        return phrase
    nxt = ctx.folded[first + 1]
    if has_article(nxt) or nxt in STOPS or nxt in PREPOSITIONS or nxt.endswith(("ون", "ين")) or _gap_has_break(ctx, first + 1):
        return phrase
    end = ctx.tokens[first].end
    return phrase[0], end, end


def _views_what(ctx: _Context, cue, entry: dict) -> bool:
    """Whether a verb of viewing or naming is the relative clause of ما ("what X calls, sees as"):
    في ما يراه خصومه محاولة…، وهو ما يعده مسؤولون غير واقعي، إلى ما سمّاه «ريفييرا الشرق الأوسط».
    Its object is the ما before it; its second object, after the speaker, is the content."""
    return cue.first_token in ctx.what_views


def _object_what(ctx: _Context, i: int) -> bool:
    """Whether the ما at token ``i`` is governed by a preposition, as the object of the verb before
    it (أشاد بما سمّاه، اعتراضاً على ما وصفوه), not a clause of its own (، في ما وصفه بأنه)."""
    word = ctx.folded[i]
    return word in GOVERNED_WHAT_WORDS or (word == "ما" and i > 0 and ctx.folded[i - 1] in PREPOSITIONS)


def _views_what_at(ctx: _Context, i: int, entry: dict) -> bool:
    return fold(entry.get("lemma", "")) in VIEW_LEMMAS and entry["form"] == "verb" and i > 0 \
        and ctx.folded[i - 1] in WHAT_WORDS and not _gap_has_break(ctx, i)


def _what_view_quote(ctx: _Context, cue, entry, sentence, base: dict, found: _Earlier) -> _Quote | None:
    """The quote of a view given in a relative clause of ما (:func:`_views_what`): the speaker is
    the noun phrase after the verb (يراه كثيرون، يعده مسؤولون عدة في المفوضية), else the verb's
    subject before it (تحويله إلى ما سمّاه «…»: the plan's author); the content is the label or
    judgement that follows, after a place the speaker is of.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الرئيس إن الحكومة اشتغلت بجدية، وهو كلام يراه كثيرون بعيداً عن الواقع. "
    ...         "وتقترح الخطة الانضمام بحلول 2027، وهو ما يعده مسؤولون عدة في المفوضية الأوروبية غير واقعي.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type", "text"]].values.tolist()[-1]
    ['مسؤولون عدة', 'anonymous', 'غير واقعي']
    """
    speaker: tuple[int, int] | None
    phrase = _speaker_after(ctx, cue.last_token + 1, sentence.end)
    if phrase is not None:
        end = _modifiers_end(ctx, ctx.token_at(phrase[0]), ctx.token_at(phrase[1] - 1))
        speaker, attribution, src = (phrase[0], end), "explicit", None
        content_from = _past_place_phrase(ctx, end, sentence.end)
    else:
        # تحويله إلى ما سمّاه «…»، بما سمّاه «…»: "he" is the person named last in the sentence
        person = _person_before(ctx, cue, sentence) if _third_masculine(entry) else None
        speaker, attribution, src = _speaker_before(ctx, cue, sentence, entry["form"], found) if person is None \
            else (person, "explicit", None)
        if attribution == "none":
            speaker, attribution = _subject_before(ctx, cue, sentence), "explicit"
        content_from = ctx.tokens[cue.last_token].end
    content = _content(ctx, content_from, sentence, cue_object(entry), lookahead=MASDAR_LOOKAHEAD_TOKENS + 1)
    if content is None or (speaker is None and src is None):
        return None
    start, end, kind = content
    shape = quote_form(entry["form"], attribution, nominal=not _clause_opens(ctx, content_from, start))
    return _Quote(start, end, kind, attribution=attribution, speaker=speaker, speaker_src=src, form=shape, **base)


def _overlapping(found: _Earlier, start: int, end: int) -> list[_Quote]:
    if isinstance(found, _FoundQuotes):
        return found.overlapping(start, end)
    return [q for q in found if q.start < end and start < q.end]


def _third_masculine(entry: dict) -> bool:
    """Whether a verb cue of the lexicon is third person masculine singular (سمّاه، وصف، يراه): without
    its object pronoun, no ending of the feminine, the plural or the first person, no prefix ت or ن.

    >>> _third_masculine({"cue": "سماه", "lemma": "سمّى"}), _third_masculine({"cue": "يراه", "lemma": "رأى"})
    (True, True)
    >>> _third_masculine({"cue": "وصفوا", "lemma": "وصف"}), _third_masculine({"cue": "سمته", "lemma": "سمّى"})
    (False, False)
    """
    cue = fold(entry["cue"])
    for suffix in ("ها", "ه"):
        if cue.endswith(suffix) and len(cue) - len(suffix) >= 2:
            cue = cue[: -len(suffix)]
            break
    return not cue.startswith(("ت", "ن")) and not cue.endswith(("ت", "وا", "ون", "ان", "تا", "ن"))


def _person_before(ctx: _Context, cue, sentence) -> tuple[int, int] | None:
    """The person named last before a cue in its sentence, not as the object of a preposition."""
    for j in range(cue.first_token - 1, ctx.token_at(sentence.start) - 1, -1):
        m = ctx.mention_at.get(j)
        if m is None or m["actor_type"] != "person" or _governed(ctx, ctx.token_at(m["start"])):
            continue
        k = ctx.token_at(m["start"])
        if not (k > 0 and ctx.folded[k - 1] in STOPS) and not _addressed(ctx, m):
            return m["start"], m["end"]
    return None


NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يات")  # أوروبي، أوروبية، أوروبيون: adjectives of belonging


def _modifiers_end(ctx: _Context, first: int, last: int) -> int:
    """The end of a speaker noun with only its names, ranks and adjectives of belonging (مسؤولون
    عدة، مصادر أوروبية), where the words after it may be a predicate (يعده مسؤولون عدة غير واقعي)."""
    j = first
    while j < last and (j + 1 in ctx.mention_at or ctx.folded[j + 1] in RANK_MODIFIERS
                        or ctx.folded[j + 1].endswith(NISBA_ENDINGS)):
        j += 1
    return ctx.tokens[j].end


def _past_place_phrase(ctx: _Context, offset: int, limit: int) -> int:
    """Where the words after a speaker phrase go on past a phrase of place that belongs to it (في
    المفوضية الأوروبية: a preposition and its definite noun and adjectives); else ``offset``."""
    i = ctx.token_at(offset)
    if i >= len(ctx.tokens) or ctx.tokens[i].start >= limit or ctx.folded[i] not in PLACE_AND_TIME_WORDS:
        return offset
    j = i + 1
    while j < len(ctx.tokens) and ctx.tokens[j].start < limit and ctx.folded[j].startswith("ال") \
            and not _gap_has_break(ctx, j):
        j += 1
    return ctx.tokens[j - 1].end if j > i + 1 else offset


HONORIFIC_PRONOUNS = word_class("honorific_pronouns")


def is_honorific_pronoun(phrase: str) -> bool:
    """Whether a speaker phrase is a style of address with a pronoun (سموه، معاليه), which stands
    for a person named before it.

    >>> is_honorific_pronoun("سموه"), is_honorific_pronoun("وسموه"), is_honorific_pronoun("سمو الأمير")
    (True, True, False)
    """
    words = phrase.split()
    return len(words) == 1 and fold(words[0]) in HONORIFIC_PRONOUNS


def _person_quoted_before(ctx: _Context, found: _Earlier) -> _Quote | None:
    """The latest quote found so far whose speaker is a named person (the antecedent of سموه)."""
    for q in reversed(list(found)):
        _, actor_id, kind = _resolve_speaker(ctx, q)
        if kind == "person" and actor_id:
            return q
    return None


HONORIFIC_STYLES = word_class("honorific_styles")
MAX_STYLE_WORDS = 4  # صاحب السمو الملكي الأمير: the words of a style of address before the name


def _styled_person_before(ctx: _Context, pronoun: str, offset: int) -> tuple[int, int] | None:
    """The person an honorific pronoun stands for when nobody was quoted before it: the latest
    person named before ``offset`` after the style the pronoun abbreviates (سموه: صاحب السمو الأمير
    …؛ فخامته: فخامة الرئيس …), as a subject, not after a preposition (نيابة عن صاحب السمو …).

    >>> from framing.actors import find_mentions
    >>> text = ("ترأس صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، نيابة عن صاحب السمو الملكي الأمير محمد بن "
    ...         "سلمان ولي العهد، وفد المملكة في القمة.\\n\\nوأكد سموه في كلمته أن المملكة «تؤمن بالتعاون».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-23"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Faisal bin Farhan Al Saud']
    """
    stem = fold(pronoun).lstrip("و").removesuffix("ها").removesuffix("ه").removesuffix("ت")
    styles = {stem, "ال" + stem, stem + "ه"}  # سمو/السمو، فخامة، معالي، جلالة، سيادة، سماحة (folded ة = ه)
    k = bisect_left(ctx._mention_starts, offset)
    for m in reversed(ctx.mentions[:k]):
        if m["actor_type"] != "person" or m["end"] > offset:
            continue
        first = ctx.token_at(m["start"])
        words = [j for j in range(first - 1, max(first - 1 - MAX_STYLE_WORDS, -1), -1)
                 if ctx.folded[j] in HONORIFIC_STYLES or ctx.folded[j] in styles or j in ctx.role_at]
        styled = [j for j in words if ctx.folded[j] in styles]
        if not styled:
            continue
        before = min(styled) - 1
        while before >= 0 and ctx.folded[before] in HONORIFIC_STYLES:
            before -= 1
        if before >= 0 and (ctx.folded[before] in STOPS or ctx.folded[before] == "عن"):
            continue  # نيابة عن صاحب السمو …: the one on whose behalf, not the subject
        return m["start"], m["end"]
    return None


def _charge_after(ctx: _Context, offset: int, limit: int) -> int:
    """Where the charge of an accusing verb begins: before the بـ that follows the one accused
    (اتهم إدارة الرئيس الأمريكي دونالد ترامب بـ«انتهاك القانون الدولي»), within a few words and no
    punctuation; else ``offset``.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-09"],
    ...                      "text": ["واتهم روبيو إدارة الرئيس الفنزويلي مراراً بـ«التواطؤ مع عصابات المخدرات»."]})
    >>> find_quotes(arts, find_mentions(arts))[["text", "kind"]].values.tolist()
    [['التواطؤ مع عصابات المخدرات', 'direct']]
    """
    i = ctx.token_at(offset)
    for j in range(i, min(i + MAX_ACCUSED_WORDS, len(ctx.tokens))):
        if ctx.tokens[j].start >= limit or (j > i and _gap_has_break(ctx, j)):
            break
        if ctx.folded[j][:1] == "ب" and not _names_at(ctx, j) and j > i:
            return ctx.tokens[j - 1].end
    return offset


def _object_pronoun(ctx: _Context, cue, entry: dict) -> bool:
    """Whether the cue's verb carries an object pronoun (اتهمها، حمّلهم): the matched word is
    longer than the lexicon's form."""
    written = fold(ctx.text[cue.start : cue.end]).split()
    listed = fold(entry["cue"]).split()
    return bool(written and listed) and len(written[-1]) > len(listed[-1])


def _charge_opens(ctx: _Context, offset: int, lemma: str) -> bool:
    """Whether the charge of an accusing or blaming verb begins right at ``offset`` (after the
    one noun phrase that follows the verb): بـ for اتهم, a word of responsibility for حمّل, so
    that the phrase is the one accused, and the speaker stands before the verb.

    >>> from framing.actors import find_mentions
    >>> text = "وقال رئيس البرلمان نبيه بري إن الحكومة لن تتشكل، وحمّل حزب القوات اللبنانية مسؤولية التعطيل."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue", "text"]].values.tolist()[-1]
    ['رئيس البرلمان نبيه بري', 'حمّل', 'التعطيل']
    """
    i = ctx.token_at(offset)
    if i >= len(ctx.tokens) or (_gap_has_break(ctx, i) and not ctx.mark_starting_at(ctx.tokens[i].start - 1)):
        return False
    word = ctx.folded[i]
    if lemma in BLAMING_LEMMAS:
        return word in RESPONSIBILITY_NOUNS
    return word[:1] == "ب" and (len(word) > 1 or ctx.tokens[i].text != "ب") and not _names_at(ctx, i)


ONCE_ADVERBS = fold_set("للمرة", "لأول")  # للمرة الأولى، لأول مرة: "for the first time"
MAX_CALLED_ON_WORDS = 6  # دعا الجيش والقوات الأمنية والأجهزة النظامية إلى…: the words of the ones called on


def _called_on_after(ctx: _Context, offset: int, limit: int) -> int:
    """Where the content of a directive verb is read from: after the ones it calls on, a bare noun
    phrase right after the cue and before the preposition of what they are called to do (دعا
    الطرفين إلى احترام…، طالبت الطرفين بالكف عن…، داعياً القوات المسلحة إلى «…»), which stays
    outside the quote (docs/annotation.md); ``offset`` when no such phrase opens there, or when quoted
    words follow the preposition (داعياً موسكو إلى «التوقف عن المماطلة»), read from their marks as
    before, the ones called on kept in reach of the words' evaluations. A participle (داعياً إيران إلى
    إنهاء احتلالها) keeps them too for now: the sentiment rules read its pronouns (ها) on them.

    >>> from framing.actors import find_mentions
    >>> text = "وحذرت اللجنة من «انهيار كامل» للنظام الصحي، وطالبت الطرفين بالكف عن استهداف الكوادر الطبية."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-05-21"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()[-1]
    ['طالبت', 'الكف عن استهداف الكوادر الطبية']
    """
    i = ctx.token_at(offset)
    if i + 2 < len(ctx.tokens) and ctx.folded[i] in ONCE_ADVERBS and ctx.folded[i + 2] == "الي" \
            and not _gap_has_break(ctx, i + 1) and not _gap_has_break(ctx, i + 2):
        return ctx.tokens[i + 2].start  # ويدعو الاتفاق للمرة الأولى إلى «…»: a time adverb, then what is called for
    if not _bare_noun_at(ctx, i):
        return offset
    for j in range(i + 1, min(i + MAX_CALLED_ON_WORDS + 1, len(ctx.tokens))):
        if ctx.tokens[j].start >= limit or _gap_has_break(ctx, j) or j in ctx.cue_token_starts \
                or ctx.folded[j] in COMPLEMENTIZERS:
            return offset
        if ctx.folded[j] == "الي":
            return offset if _marked_at(ctx, j + 1) else ctx.tokens[j].start
        if ctx.folded[j][:1] == "ب" and len(ctx.folded[j]) > 3 and not _names_at(ctx, j):
            return ctx.tokens[j].start
    return offset


def _bare_noun_at(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` may open a bare noun phrase after a verb: no break or quotation mark
    before it, no preposition, complementizer or cue."""
    if i >= len(ctx.tokens) or _gap_has_break(ctx, i) or ctx.mark_containing(ctx.tokens[i].start) is not None:
        return False
    word = ctx.folded[i]
    return not (word in PREPOSITIONS or word in PLACE_AND_TIME_WORDS or word in COMPLEMENTIZERS
                or word[:1] in ("ب", "ل") or i in ctx.cue_token_starts)


def _marked_at(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` opens or stands inside quoted words."""
    return j < len(ctx.tokens) and (ctx.mark_containing(ctx.tokens[j].start) is not None
                                    or _mark_in(ctx, ctx.tokens[j - 1].end, ctx.tokens[j].start) is not None)


def _doubted_after(ctx: _Context, offset: int) -> int | None:
    """Where what a verb of doubting puts in doubt starts: after the في that opens it right after
    the cue or its speaker (وواشنطن تشكك في النتائج), None when في does not follow at once; في
    is else a preposition of place or time, not of content.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": ["وواشنطن تشكك في النتائج\\n\\nنص."]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue", "text"]].values.tolist()
    [['وواشنطن', 'تشكك', 'النتائج']]
    """
    i = ctx.token_at(offset)
    if i + 1 >= len(ctx.tokens) or ctx.folded[i] != "في" or _gap_has_break(ctx, i) or _gap_has_break(ctx, i + 1):
        return None
    return ctx.tokens[i + 1].start


def _charge_in(ctx: _Context, phrase: tuple[int, int, int]) -> bool:
    """Whether the noun phrase read after an accusing verb runs over the charge, a word with بـ
    after its first word (ومنظمات بيئية تتهم الدول النفطية بإفراغ المؤتمر من مضمونه): the phrase
    is the one accused, the speaker stands before the verb.

    >>> from framing.actors import find_mentions
    >>> text = "ستيل: «لا يكفي».. ومنظمات بيئية تتهم الدول النفطية بإفراغ المؤتمر من مضمونه\\n\\nنص."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue", "text"]].values.tolist()[-1]
    ['ومنظمات بيئية', 'تتهم', 'بإفراغ المؤتمر من مضمونه']
    """
    first, last = ctx.token_at(phrase[0]), ctx.token_at(phrase[1] - 1)
    return any(ctx.folded[j][:1] == "ب" and len(ctx.folded[j]) > 3 and not _names_at(ctx, j)
               for j in range(first + 1, last + 1))


def _responsibility_in(ctx: _Context, phrase: tuple[int, int, int]) -> bool:
    """Whether the noun phrase read after a blaming verb runs over its word of responsibility
    (حمّل أحزاب المعارضة المقاطِعة مسؤولية «…»): the phrase is the one blamed, the speaker before.

    >>> from framing.actors import find_mentions
    >>> text = "ورأى الوزير أن الإقبال «جيد»، وحمّل أحزاب المعارضة المقاطِعة مسؤولية «تيئيس الناخبين»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-12-25"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['الوزير', 'حمّل']
    """
    first, last = ctx.token_at(phrase[0]), ctx.token_at(phrase[1] - 1)
    return any(ctx.folded[j] in RESPONSIBILITY_NOUNS for j in range(first + 1, last + 1))


def _responsibility_after(ctx: _Context, offset: int, limit: int, *, object_needed: bool) -> int | None:
    """Where the charge of a blaming verb is read from: the responsibility word after the one
    blamed (حمّل أوزتورك الحكومة اليونانية «المسؤولية عن أرواح الأبرياء»), before it when a
    quotation mark opens it, after it otherwise (حمّلت طهران واشنطن مسؤولية تقويض الدبلوماسية);
    None without one, or with nobody blamed before it (دعا إلى تحمّل مسؤولياتها is no blame).

    >>> from framing.actors import find_mentions
    >>> text = "وحمّلت إيران الولايات المتحدة مسؤولية تقويض الدبلوماسية."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['إيران', 'تقويض الدبلوماسية']]
    """
    i = ctx.token_at(offset)
    first = i
    for j in range(i, min(i + MAX_BLAMED_WORDS, len(ctx.tokens))):
        if ctx.tokens[j].start >= limit or ctx.folded[j] in COMPLEMENTIZERS:
            return None
        if ctx.folded[j] in RESPONSIBILITY_NOUNS:
            if object_needed and j == first:
                return None
            mark = ctx.mark_containing(ctx.tokens[j].start)
            if mark is not None and mark.start > (ctx.tokens[j - 1].end if j > 0 else 0) - 1:
                return ctx.tokens[j - 1].end if j > 0 else mark.start
            return ctx.tokens[j].end
    return None


def _after_qad(ctx: _Context, cue) -> bool:
    """Whether a verb cue follows قد, as in كان X قد قال: its subject stands before it, and the
    noun after it (وكانت الدول الثلاث قد اتهمت «إيكواس») is its object.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-30"],
    ...                      "text": ["وكان وزير الخارجية الأمريكي ماركو روبيو قد اتهم كاراكاس بالتواطؤ مع العصابات."]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Marco Rubio']

    After a waw written apart (و قد), قد opens the clause and the subject follows the verb:

    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-30"], "text": [
    ...     "و قالت منظمة العفو الدولية ان التحقيق ضروري. و قد اعلنت الحكومة ان القطع اجراء مؤقت."]})
    >>> find_quotes(arts, find_mentions(arts))["speaker"].tolist()
    ['منظمة العفو الدولية', 'الحكومة']
    """
    i = cue.first_token
    if i >= 2 and ctx.folded[i - 2] in ("و", "ف") and not _gap_has_break(ctx, i - 1):
        return False  # و قد أعلنت الحكومة: a wire's waw written apart, the clause opens with قد and its verb
    return form_of(ctx, cue) == "verb" and i > 0 and ctx.folded[i - 1] == "قد" and not _gap_has_break(ctx, i)


def form_of(ctx: _Context, cue) -> str:
    """The lexicon form of a matched cue (verb, participle, masdar, passive, phrase)."""
    return ctx.res.cue_rows[cue.entry]["form"]


def _subject_after_complementizer(ctx: _Context, cue) -> tuple[int, int, int] | None:
    """The subject written between a complementizer and its verb (أن عراقجي قال للبوسعيدي، أن ويتكوف
    أبلغ عراقجي): what follows the verb is then its object or the one addressed, not its subject.
    (start, end, content_from) as :func:`_speaker_after` gives them."""
    i = cue.first_token
    if i < 2 or ctx.folded[i][:1] in ("و", "ف") or _gap_has_break(ctx, i):
        return None
    m = ctx.mention_at.get(i - 1)
    if m is None or m["actor_type"] not in ("person", "state", "organisation", "group"):
        return None
    first = ctx.token_at(m["start"])
    if first < 1 or _gap_has_break(ctx, first):
        return None
    if ctx.folded[first - 1] not in COMPLEMENTIZERS:
        return _titled_subject_after_complementizer(ctx, cue)
    return m["start"], m["end"], ctx.tokens[cue.last_token].end


def _titled_subject_after_complementizer(ctx: _Context, cue) -> tuple[int, int, int] | None:
    """The subject between a complementizer and its verb when the name comes after a title (أن قائد
    الجيش العماد فلان أبلغ الرئيس أن…): the whole speaker phrase after أن must end right before the
    verb.

    >>> from framing.actors import find_mentions
    >>> text = ("وأكدت مصادر مطلعة أن قائد الجيش العماد رودولف هيكل أبلغ الرئيس جوزاف عون أن المؤسسة "
    ...         "العسكرية «لن تكون أداة صدام».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['قائد الجيش العماد رودولف هيكل', 'أبلغ']
    """
    i = cue.first_token
    for k in range(i - 2, max(i - 2 - MAX_SPEAKER_TOKENS, -1), -1):
        if ctx.folded[k] in COMPLEMENTIZERS:
            phrase = _speaker_after(ctx, k + 1, ctx.tokens[i].start)
            if phrase is None or ctx.token_at(phrase[0]) != k + 1 or ctx.token_at(phrase[1] - 1) != i - 1:
                return None
            return phrase[0], phrase[1], ctx.tokens[cue.last_token].end
        if _gap_has_break(ctx, k + 1):
            return None
    return None


def _subject_before_object(ctx: _Context, i: int, limit: int) -> tuple[int, int, int] | None:
    """After شكر, a speaker phrase followed by a noun (شكر الرئيس البرازيلي لولا الوفود على…) is the
    subject, and the noun the one thanked; a phrase followed by a preposition or the sentence end
    (شكر الرئيس على جهوده) is the one thanked; so is a role after a joined preposition (وجه
    أردوغان الشكر للرئيس شي, :func:`governed_role`)."""
    phrase = _speaker_after(ctx, i, limit)
    if phrase is None or governed_role(ctx, ctx.token_at(phrase[0])):
        return None
    j = ctx.token_at(phrase[1])
    if j >= len(ctx.tokens) or ctx.tokens[j].start >= limit:
        return None
    if _gap_has_break(ctx, j):
        after = _after_prepositional_aside(ctx, j, limit)  # شكر X، في تدوينة على منصة «إكس»، الأطراف
        if after is None or after >= len(ctx.tokens):
            return None
        j, phrase = after, (phrase[0], phrase[1], ctx.tokens[after - 1].end)
    word = ctx.folded[j]
    if word in STOPS or _addressee_next(word) or word in COMPLEMENTIZERS:
        return None
    return phrase


ASIDE_PREPOSITIONS = word_class("prepositions")  # ، في تدوينة على منصة «إكس»، : an aside of place, time or channel


def _after_prepositional_aside(ctx: _Context, j: int, limit: int) -> int | None:
    """The token after an aside between commas that opens at token ``j`` with a preposition (شكر
    رئيس الإقليم، في تدوينة على منصة «إكس»، جميع الأطراف): where the clause goes on; else None.

    >>> from framing.actors import find_mentions
    >>> text = ('وشكر رئيس الإقليم، في تدوينة على منصة "إكس"، "جميع الأطراف التي ساهمت في الاتفاق"، '
    ...         'معتبراً أن الإقليم "عامل استقرار".')
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-12"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['رئيس الإقليم', 'جميع الأطراف التي ساهمت في الاتفاق'], ['رئيس الإقليم', 'الإقليم "عامل استقرار"']]
    """
    if ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start].strip() not in ("،", ",") \
            or ctx.folded[j] not in ASIDE_PREPOSITIONS:
        return None
    for k in range(j + 1, min(j + 1 + MAX_CONTENT_ASIDE_WORDS, len(ctx.tokens))):
        if ctx.tokens[k].start >= limit:
            return None
        gap = ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]
        if not _PHRASE_BREAKS.isdisjoint(gap.strip(" " + QUOTE_MARKS)):
            return k if gap.strip(" " + QUOTE_MARKS) in ("،", ",") else None
    return None


def _addressed_by_document(ctx: _Context, speaker: tuple[int, int], found: _Earlier) -> bool:
    """Whether the noun phrase after a directive verb is the one it calls on, not its speaker: the
    previous quote is a document's (a communiqué reported through many cues) and the phrase is
    followed by what it is called to do (إلى، بـ): وجاء في البيان الختامي أن … كما دعا مجلس الأمن
    الدولي إلى الاضطلاع بمسؤولياته."""
    prev = _previous(found)
    seen = set()
    while prev is not None and prev.speaker is None and prev.speaker_src is not None and id(prev) not in seen:
        seen.add(id(prev))
        prev = prev.speaker_src
    if prev is None or prev.speaker is None:
        return False
    head = ctx.speaker_nouns.get(ctx.token_at(prev.speaker[0]))
    if head is None or ctx.res.speaker_types[head.entry] != "document":
        return False
    named = ctx.mentions_within(speaker[0], speaker[1])
    if any(m["actor_type"] == "person" for m in named):
        return False  # طالب الرئيس البرازيلي لولا بإصلاح…: a person speaks for himself
    if ctx.token_at(speaker[0]) in ctx.role_at and _has_holder(ctx, speaker):
        return False  # a title of someone the article named: he speaks; an office alone (النائب العام) is called on
    i = ctx.token_at(speaker[1])
    return i < len(ctx.tokens) and (ctx.folded[i] == "الي" or ctx.folded[i][:1] == "ب") and not _gap_has_break(ctx, i)


def _addressed_after_person(ctx: _Context, cue, speaker: tuple[int, int], found: _Earlier) -> bool:
    """Whether the noun phrase after a directive verb joined by و is the one it calls on, not its
    speaker: the previous quote of the paragraph is a person's, the phrase names no person and is
    followed by what it is called to do (إلى، بـ). The verb goes on with the person's words, as
    in أدان رئيس المفوضية موسى فقي محمد «…»، ودعا الجيش إلى «الالتزام…»; a new speaker would take
    a verb of his own, or a paragraph.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الرئيس مهدي المشاط إن صنعاء «لن تقبل بأي حلول منقوصة». "
    ...         "ودعا الرياض إلى «التقاط هذه الفرصة التاريخية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-04-14"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue", "text"]].values.tolist()[-1]
    ['الرئيس مهدي المشاط', 'دعا', 'التقاط هذه الفرصة التاريخية']
    """
    i = ctx.token_at(cue.start)
    if not (cue.start > ctx.tokens[i].start and ctx.folded[i][:1] == "و"):
        return False  # دعا الاتحاد الأوروبي إلى…: a verb of its own opens a new speaker's clause
    prev = _speaking_source(_previous(found))
    if prev is None or prev.speaker is None or "\n" in ctx.text[prev.speaker[0] : cue.start]:
        return False
    if not any(m["actor_type"] == "person" for m in ctx.mentions_within(*prev.speaker)) \
            and not _same_subject_clause(ctx, cue, prev):
        return False
    if any(m["actor_type"] == "person" for m in ctx.mentions_within(*speaker)) or ctx.token_at(speaker[0]) in ctx.role_at:
        return False  # ودعا الرئيس الفرنسي إلى…: a person or an office speaks
    j = ctx.token_at(speaker[1])
    return j < len(ctx.tokens) and (ctx.folded[j] == "الي" or ctx.folded[j][:1] == "ب") and not _gap_has_break(ctx, j)


def _same_subject_clause(ctx: _Context, cue, prev: _Quote) -> bool:
    """Whether a verb joined by و after a comma goes on with the subject of the quote before it in
    the same sentence, whatever that subject is: the verb agrees with the earlier cue in gender and
    no full stop comes between (وأعربت الجامعة العربية عن «بالغ قلقها»، ودعت الجزائر والمغرب إلى…:
    the League calls on the two states).

    >>> from framing.actors import find_mentions
    >>> text = ("وأعربت جامعة الدول العربية عن «بالغ قلقها» إزاء التطورات، ودعت الجزائر والمغرب إلى "
    ...         "«ضبط النفس وتغليب لغة الحوار».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2021-08-25"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['جامعة الدول العربية', 'دعت']
    """
    if prev.cue_end > cue.start or not _COMMA.search(ctx.text[prev.cue_end : cue.start]) \
            or not _SENTENCE_BREAKS.isdisjoint(ctx.text[prev.cue_end : cue.start]):
        return False
    gender = cue_gender(ctx.text[cue.start : cue.end], ctx.res.cue_rows[cue.entry].get("lemma", ""))
    return gender != "" and cue_gender(prev.cue, "") == gender


def _speaking_source(prev: _Quote | None) -> _Quote | None:
    """The quote whose speaker a quote takes, following continuations back to a named speaker."""
    seen = set()
    while prev is not None and prev.speaker is None and prev.speaker_src is not None and id(prev) not in seen:
        seen.add(id(prev))
        prev = prev.speaker_src
    return prev


def _has_holder(ctx: _Context, speaker: tuple[int, int]) -> bool:
    """Whether a role phrase names a person the article names: a title mention inside it, or a
    bare definite title whose holder was named before (:func:`_bare_head_antecedent`)."""
    if ctx.mentions_within(speaker[0], speaker[1]):
        return True
    return _bare_head_antecedent(ctx, speaker[0], speaker[1]) is not None


def _addressee_next(word: str) -> bool:
    """Whether a folded word after a verb of praising opens the one praised: بـ، لـ (not the
    article ال), إلى.

    >>> [_addressee_next(w) for w in ("بالحزمه", "لاثيوبيا", "الي", "الكويت", "فكي")]
    [True, True, True, False, False]
    """
    return word[:1] == "ب" or (word[:1] == "ل" and word not in TOPIC_NEGATORS | CONNECTORS) or word == "الي"


def _object_taken(entry: dict, speaker, attribution: str, src) -> str:
    """What the cue may take as a noun-phrase content here (:func:`cue_object`): a verb with its
    subject (أكد الوزير دعم بلاده) or a participle, fully; a verb with no subject that continues
    the previous speaker only after a preposition (وحذّر من خطورة التصعيد، وشدد على ضرورة…), since
    a bare noun after it is as often its subject; a verbal noun with its speaker, of thanks (وجّه
    فكي الشكر لإثيوبيا) or before a preposition (اكتفى مصدر بالتأكيد على احترام…), since a verbal
    noun is as often the object of another act (وقّع إعلان نوايا، حرص على تأكيد…); a verb of
    praising always (شكر الولايات المتحدة)."""
    takes, form = cue_object(entry), entry["form"]
    if form == "participle" or (entry["verb_class"] == "praising" and form == "verb"):
        return takes
    if form == "verb":
        return takes if speaker is not None else ("prep" if takes and src is not None else "")
    if form == "masdar" and speaker is not None and attribution == "explicit" and takes:
        return "noun" if entry["verb_class"] == "praising" else "prep"
    return ""


def _object_here(ctx: _Context, cue, entry: dict, source: tuple, content_from: int) -> tuple[int, str]:
    """Where the content may start and what noun-phrase content the cue takes there
    (:func:`_object_taken`), given its ``source`` (speaker, attribution, the quote it continues):
    after شكّك, what is doubted opens after في (:func:`_doubted_after`); a verbal noun relayed from
    a source takes its lexicon's object (نقلت الوكالة عن النيابة إعلانها فتح «بحث قضائي»); a verb
    that continues the previous speaker takes a bare noun that cannot be its subject
    (:func:`_object_after_continuation`: كما أكد أهمية تهيئة الظروف…).

    >>> from framing.actors import find_mentions
    >>> text = ('وأضاف وزير الخارجية التركي مولود جاويش أوغلو أن بلاده "لا تطمع في أراضي أي دولة". '
    ...         'كما أكد أهمية تهيئة الظروف لعودة آمنة وطوعية للاجئين السوريين.')
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2022-12-28"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "form", "text"]].values.tolist()[-1]
    ['وزير الخارجية التركي مولود جاويش أوغلو', 'continuation', 'أهمية تهيئة الظروف لعودة آمنة وطوعية للاجئين السوريين']
    """
    speaker, attribution, src = source
    takes = _object_taken(entry, speaker, attribution, src)
    if entry.get("lemma", "") in DOUBTING_LEMMAS and (doubted := _doubted_after(ctx, content_from)) is not None:
        return doubted, "noun"
    if entry["form"] == "masdar" and speaker is not None and _relayed_source(ctx, speaker, cue):
        return content_from, cue_object(entry)
    if takes == "prep" and entry["form"] == "verb" and speaker is None and cue_object(entry) == "noun" \
            and _object_after_continuation(ctx, cue):
        return content_from, "noun"
    return content_from, takes


SUBJECT_ENDINGS = ("ون", "ين", "و", "اء", "ي")  # مواطنون، ممثلو، أعضاء، أهالي: plurals of people, and nisbas


def _object_after_continuation(ctx: _Context, cue) -> bool:
    """Whether the word right after a verb with no subject of its own is its noun-phrase object,
    not a subject the lexicons do not know: a verbal noun with the pronoun of its subject (جدد
    رفضه، أبدى استعداده) or an indefinite noun in construct with the next word (أكد أهمية تهيئة…،
    جدد دعم بلاده), neither a name, a speaker noun, a role, the head of a body's name (حزب، حركة)
    nor a plural of people (أعضاء المجلس), and three words on with no break (a subject is often
    followed by an aside: وأعلن حزب إرادة، في بيان، دعمه…).

    >>> text = "كما أكد أهمية الحوار بين الطرفين. كما أكد أعضاء المجلس أن الحوار مهم. وأعلن تجمع إرادة، في بيان، دعمه."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-01-01"], "text": [text]})
    >>> ctx = _Context(next(iter(documents(arts))), [], load_quote_resources())
    >>> [_object_after_continuation(ctx, cue) for cue in ctx.cues]
    [True, False, False]
    """
    i = cue.last_token + 1
    tokens, folded = ctx.tokens, ctx.folded
    if i + 2 >= len(tokens) or any(_gap_has_break(ctx, k) for k in (i, i + 1, i + 2)):
        return False  # وأعلن حزب إرادة، في بيان، دعمه…: a subject, then an aside
    word = folded[i]
    if i in ctx.mention_at or i in ctx.speaker_nouns or i in ctx.role_at or i in ctx.cue_token_starts \
            or word.removeprefix("و") in organisation_heads() \
            or not word.isalpha() or word in STOPS or word in COMPLEMENTIZERS or word in TOPIC_NEGATORS \
            or _looks_like_verb(word):
        return False
    if len(word) > 3 and has_possessive(tokens[i].text):
        return True
    return not has_article(word) and not word.endswith(SUBJECT_ENDINGS) and not _accusative(tokens[i].text) \
        and folded[i + 1].isalpha() and folded[i + 1] not in STOPS and i + 1 not in ctx.mention_at


def quote_form(cue_form: str, attribution: str, *, nominal: bool) -> str:
    """The construction of a quote found through a cue (docs/annotation.md's ``form``): a
    participle, verbal noun or attribution phrase is named by its cue; a finite verb with no
    subject of its own is a continuation, else nominal when its content is a noun phrase.

    >>> quote_form("verb", "continuation", nominal=True), quote_form("verb", "explicit", nominal=True)
    ('continuation', 'nominal')
    >>> quote_form("participle", "continuation", nominal=True), quote_form("masdar", "explicit", nominal=False)
    ('participle', 'verbal_noun')
    """
    if cue_form in ("participle", "phrase", "masdar"):
        return {"participle": "participle", "phrase": "according_to", "masdar": "verbal_noun"}[cue_form]
    if attribution == "continuation":
        return "continuation"
    return "nominal" if nominal else "verb"


def _clause_opens(ctx: _Context, offset: int, start: int) -> bool:
    """Whether the content at ``start`` is a clause opened after ``offset`` by a complementizer
    (أن، إن) or a colon, not the noun phrase of a nominal complement."""
    gap = ctx.text[offset:start]
    return ":" in gap or any(fold(w).strip(QUOTE_MARKS) in COMPLEMENTIZERS for w in gap.split())


# words between a cue and the colon that opens a list (وزير الخارجية السعودي الأمير فيصل بن فرحان في مؤتمر صحفي)
MAX_LIST_INTRO_WORDS = 12


# a sentence's end inside a list's introduction: a stop after a word or a closing mark, not after
# the one letter of an abbreviation (د. محمد)
_SENTENCE_END_INSIDE = re.compile(r"(?:[^\s.]{2}|[\"»”])[.!?؟][\"»”]*\s")


def list_items(text: str, offset: int) -> list[tuple[int, int]]:
    r"""The items of a list that a cue ending at ``offset`` introduces with a colon at the end of
    its line (ومما جاء في كلمته:), one per bulleted or numbered line after it: each item's span,
    without its bullet and final full stop. Empty when no list follows.

    >>> text = "ومما جاء في كلمته:\n- أفريقيا بلا مقعد دائم.\n- على الصندوق أن يكف عن معاقبتها.\n\nوقال غوتيريش"
    >>> [text[s:e] for s, e in list_items(text, text.index(" كلمته"))]
    ['أفريقيا بلا مقعد دائم', 'على الصندوق أن يكف عن معاقبتها']
    >>> list_items("وقال: «نحن جاهزون».\n- بند آخر", 4)
    []
    >>> list_items('داعياً إلى "حوكمة أعدل". وأبرز ما جاء في كلمته:\n- بند', 6)
    []
    """
    line_end = text.find("\n", offset)
    intro = text[offset:line_end].rstrip() if line_end >= 0 else ""
    if not intro.endswith(":") or count_words(_without_relative_aside(intro[:-1])) > MAX_LIST_INTRO_WORDS \
            or _SENTENCE_END_INSIDE.search(intro):
        return []  # داعياً إلى «…». وأبرز ما جاء في كلمته: the list is the next sentence's
    items = []
    pos = line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            pos = end + 1
            continue  # a blank line between items
        bullet = _bullet_end(line.lstrip())
        if not bullet:
            break
        start = pos + len(line) - len(line.lstrip()) + bullet
        stop = _trim_end(text, start, end)
        if stop > start:
            items.append((start, stop))
        pos = end + 1
    return items


def _without_relative_aside(intro: str) -> str:
    """The words of a list's introduction before a relative clause that describes its speaker after
    a comma (بيان لحملة المترشح فلان، الذي خاض السباق من زنزانته): the clause does not make the
    introduction a sentence of its own.

    >>> _without_relative_aside(" في بيان لحملة المترشح، الذي خاض السباق من زنزانته")
    ' في بيان لحملة المترشح'
    >>> _without_relative_aside(" في كلمته، وهي الأولى")
    ' في كلمته، وهي الأولى'
    """
    for comma in _COMMA.finditer(intro):
        words = intro[comma.end() :].split()
        if words and fold(words[0]) in RELATIVES:
            return intro[: comma.start()]
    return intro


def _list_quotes(ctx: _Context, cue, entry, items: list[tuple[int, int]], found: _Earlier) -> list[_Quote]:
    """One quote per item of a list of a speaker's sentences (docs/guidelines.md, continuations),
    with the speaker of :func:`_list_speaker`; an item with a label of its own is a label line."""
    speaker, attribution, src = _list_speaker(ctx, cue, entry, found)
    line_start = ctx.text.rfind("\n", 0, cue.start) + 1
    related = related_block(ctx.text[line_start : ctx.text.find("\n", cue.start)].strip(), load_page_furniture())
    out = []
    for start, end in items:
        if not related and _labelled_item(ctx, start, end):
            continue  # - الخارجية الروسية: موسكو تدعم…: the item names its own speaker (a label line)
        mark = ctx.mark_starting_at(start)
        if mark is not None and _trim_end(ctx.text, mark.end, end) <= mark.end:
            start, end = mark.inner  # an item wholly in quotation marks
        out.append(_Quote(start, end, "direct", ctx.text[cue.start : cue.end], cue.start, cue.end, entry["verb_class"],
                          attribution, speaker, speaker_src=src, form="list_item"))
    return out


def _list_speaker(ctx: _Context, cue, entry, found: _Earlier) -> tuple[tuple[int, int] | None, str, _Quote | None]:
    """(speaker, attribution, speaker source) of a list: the speaker is named between the cue and
    its colon (وقال ماكرون:، وجاء في البيان:، ومما جاء في كلمة الرئيس تبون:), the source an agency
    relays there (ونقلت الوكالة عن الرئيس قوله:), else the subject before the cue, else the document
    or speech a pronoun refers back to (وجاء فيه:), else the previous quote's (ومما جاء في كلمته:)."""
    colon = _list_announcer_start(ctx, cue.end, ctx.text.index(":", cue.end))
    named = _speaker_after(ctx, cue.last_token + 1, colon)
    if named is None and entry["form"] == "phrase":
        named = _speech_owner_after(ctx, cue, colon)
    if named is not None:
        named = _relayed_list_source(ctx, named, colon) or named
    if named is None and entry["form"] == "phrase" and (document := _document_before(ctx, cue)) is not None:
        return document, "explicit", None  # وأصدرت الوزارة بياناً جاء فيه: the statement speaks
    speaker = named[:2] if named is not None else _before_announcer(ctx, _subject_before(ctx, cue, ctx.doc.sentence_of(cue.start)))
    if speaker is None and entry["form"] == "phrase":
        speaker = _list_antecedent(ctx, cue, found)
    if speaker is not None:
        return speaker, "explicit", None
    if entry["form"] == "phrase" and (giver := _speech_given_before(ctx, cue, found)) is not None:
        return None, "continuation", giver
    src = _previous(found)
    if src is None or "\n" in ctx.text[src.end : cue.start]:  # nobody quoted yet in the paragraph
        speaker = _person_named_since(ctx, src.end if src is not None else 0, cue.start)
        if speaker is not None:
            return speaker, "continuation", None
    return None, "continuation", src


def _before_announcer(ctx: _Context, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """A speaker phrase before a list's cue without the words that announce the list after it
    (واستعرض رئيس الوزراء أبرز بنود الاتفاق قائلاً: → رئيس الوزراء).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال رئيس الوزراء المصري مصطفى مدبولي إن الصفقة شراكة استثمارية.\\n\\nواستعرض رئيس الوزراء "
    ...         "أبرز بنود الاتفاق قائلاً:\\n- تحصل مصر على 24 مليار دولار.\\n- المشروع سيوفر فرص عمل.\\n")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-02-23"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['رئيس الوزراء', 'Mostafa Madbouly']
    """
    if speaker is None:
        return None
    for i in range(ctx.token_at(speaker[0]) + 1, ctx.token_at(speaker[1] - 1) + 1):
        if ctx.folded[i] in LIST_ANNOUNCERS and ctx.folded[i] not in ("ما", "بما"):
            return speaker[0], ctx.tokens[i - 1].end
    return speaker


def _speech_given_before(ctx: _Context, cue, found: _Earlier) -> _Quote | None:
    """The quote of the one who gave the speech that a definite speech noun after a list's phrase
    names (وأكد الرئيس تبون في كلمته أمام القمة أن…. ورحب الوزير الليبي بالموقف. وفي ما يلي أبرز
    ما جاء في الكلمة:): the latest quote whose sentence names a speech before it; None when the
    phrase names no speech so, or no quote's sentence does.

    >>> from framing.actors import find_mentions
    >>> text = ("وأكد الرئيس عبد المجيد تبون في كلمته أمام القمة أن الجزائر لن تتخلى عن فلسطين. ورحب وزير "
    ...         "الخارجية الليبي بالموقف الجزائري.\\n\\nوفي ما يلي أبرز ما جاء في الكلمة:\\n- الحل في ليبيا ليبي.\\n"
    ...         "- لا للتدخل الأجنبي.\\n")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-04-22"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()[-2:]
    ['Abdelmadjid Tebboune', 'Abdelmadjid Tebboune']
    """
    i = cue.last_token + 1
    if i >= len(ctx.tokens) or ctx.folded[i] not in SPEECH_NOUNS or not has_article(ctx.folded[i]):
        return None
    for q in sorted(found, key=lambda q: q.start, reverse=True):
        if q.start >= cue.start:
            continue
        sentence = ctx.doc.sentence_of(q.cue_start)
        first, last = ctx.token_at(sentence.start), ctx.token_at(q.start)
        if any(ctx.folded[j].lstrip("وب") in SPEECH_NOUNS or ctx.folded[j] in SPEECH_NOUNS for j in range(first, last)):
            return q
    return None


def _speech_owner_after(ctx: _Context, cue, colon: int) -> tuple[int, int, int] | None:
    """The speaker phrase after an attribution phrase that opens a list with the speech or document
    it quotes (ومما جاء في كلمة الرئيس عبد المجيد تبون:، وأبرز ما جاء في خطاب الملك:): the noun
    phrase when it names an actor or a speaker, None for a speech named by a pronoun only (ومما جاء
    في كلمته:, whose owner is the previous speaker's).

    >>> from framing.actors import find_mentions
    >>> text = "ومما جاء في كلمة الرئيس عبد المجيد تبون:\\n- الجزائر لن تتخلى عن فلسطين.\\n- الحل في ليبيا ليبي.\\n"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-04-22"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Abdelmadjid Tebboune', 'Abdelmadjid Tebboune']
    """
    named = _speaker_after(ctx, cue.last_token + 1, colon, any_noun=True)
    if named is None or not (ctx.mentions_within(named[0], named[1])
                             or any(j in ctx.speaker_nouns for j in range(ctx.token_at(named[0]), ctx.token_at(named[1] - 1) + 1))):
        return None
    return named


def _labelled_item(ctx: _Context, start: int, end: int) -> bool:
    """Whether a list item opens with a label of its own speaker, actors or a speaker noun phrase
    before a colon (ومما جاء فيها:\\n- الخارجية الروسية: موسكو تدعم…): a label line, whose speaker
    is the label's, not the list's (:func:`_headline_quotes`).

    >>> from framing.actors import find_mentions
    >>> text = ("وتوالت ردود الفعل على الاتفاق، ومما جاء فيها:\\n- الرئيس الفرنسي إيمانويل ماكرون: فرنسا ترحب "
    ...         "بهذه الخطوة الشجاعة.\\n- مصادر دبلوماسية: الاتفاق لن يصمد طويلاً.\\n")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "form"]].values.tolist()
    [['الرئيس الفرنسي إيمانويل ماكرون', 'label_line'], ['مصادر دبلوماسية', 'label_line']]
    """
    colon = ctx.text.find(":", start, end)
    if colon < 0 or count_words(ctx.text[start:colon]) > MAX_LABEL_WORDS + MAX_NAME_WORDS:
        return False
    return _actor_label(ctx, start, colon) or _speaker_label(ctx, start, colon)


RELAYED_SPEECH_WORDS = word_class("saying_nouns")  # قوله، قولها: the relayed words of the one before


def _relayed_list_source(ctx: _Context, named: tuple[int, int, int], colon: int) -> tuple[int, int, int] | None:
    """The source whose words an agency relays in a list's introduction (ونقلت وكالة الأنباء
    الرسمية عن الرئيس قيس سعيد قوله:): the one after عن speaks the items, not the agency; None when
    the words after the speaker phrase are no relay (عن + a source + قوله).

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت وكالة الأنباء الرسمية عن الرئيس قيس سعيد قوله:\\n- تونس ليست للبيع.\\n- لن نقبل الإملاءات.\\n"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-06-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker"].tolist()
    ['الرئيس قيس سعيد', 'الرئيس قيس سعيد']
    """
    k = ctx.token_at(named[1])
    while k < len(ctx.tokens) and ctx.tokens[k].start < named[1]:
        k += 1
    if k + 1 >= len(ctx.tokens) or ctx.folded[k] != "عن" or ctx.tokens[k].start >= colon:
        return None
    inner = _speaker_after(ctx, k + 1, colon, any_noun=True)
    if inner is None:
        return None
    rest = ctx.text[inner[1] : colon].split()
    return inner if rest and fold(rest[-1]) in RELAYED_SPEECH_WORDS else None


SPEECH_NOUNS = word_class("speech_nouns")


def _list_antecedent(ctx: _Context, cue, found: _Earlier) -> tuple[int, int] | None:
    """The speaker of a list whose attribution phrase ends in a resumptive pronoun (وجاء فيه:، ومما
    ورد فيها:): the pronoun refers back to the last document or speech named in the sentence
    before, in the same paragraph and after the last quote. A document speaks itself (وأصدرت
    الخارجية القطرية بياناً. وجاء فيه:); a speech is its speaker's (وألقى الملك خطاباً. وجاء فيه:).
    None when no such noun comes before.

    >>> from framing.actors import find_mentions
    >>> text = "وأصدرت وزارة الخارجية القطرية بياناً مساء الأحد. وجاء فيه:\\n- قطر تدين الاعتداء.\\n- الدوحة تطالب بتحقيق.\\n"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()
    [['بياناً', 'document'], ['بياناً', 'document']]
    """
    if ctx.folded[cue.last_token] not in RESUMPTIVE_PLACE_WORDS:
        return None
    feminine = ctx.folded[cue.last_token].endswith("ا")
    prev = _previous(found)
    since = max(prev.end if prev is not None else 0, ctx.text.rfind("\n", 0, cue.start) + 1,
                ctx.doc.sentence_of(max(ctx.doc.sentence_of(cue.start).start - 1, 0)).start)
    for j in range(cue.first_token - 1, -1, -1):
        if ctx.tokens[j].start < since:
            return None
        if _feminine_noun(ctx.tokens[j].text) != feminine:
            continue  # وتوالت ردود الفعل على الاتفاق، ومما جاء فيها: the reactions, not the agreement
        noun = ctx.speaker_nouns.get(j)
        if noun is not None and ctx.res.speaker_types[noun.entry] == "document":
            return noun.start, ctx.tokens[j].end
        if ctx.folded[j].lstrip("وب") in SPEECH_NOUNS or ctx.folded[j] in SPEECH_NOUNS:
            return _person_named_since(ctx, since, ctx.tokens[j].start)
    return None


def _feminine_noun(word: str) -> bool:
    """Whether a noun takes a feminine pronoun (فيها): ta marbuta (رسالة، كلمة) or a plural in ات
    (تصريحات), which refers back as a feminine singular.

    >>> _feminine_noun("رسالةً"), _feminine_noun("تصريحات"), _feminine_noun("بياناً")
    (True, True, False)
    """
    return _feminine_ending(word) or word.rstrip(QUOTE_MARKS + "ًٌٍَُِّْ").endswith("ات")


LIST_ANNOUNCERS = word_class("list_announcers")


def _list_announcer_start(ctx: _Context, start: int, colon: int) -> int:
    """Where the words that announce a list (بما يلي، النقاط التالية) begin between a cue ending at
    ``start`` and the list's ``colon``; the colon itself when there are none: the speaker phrase
    ends before them.

    >>> from framing.actors import find_mentions
    >>> text = "وتعهد الرئيس المنتخب بما يلي:\\n- محاربة الفساد.\\n- إصلاح القضاء.\\n"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-03-27"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['الرئيس المنتخب', 'محاربة الفساد'], ['الرئيس المنتخب', 'إصلاح القضاء']]
    """
    for i in range(ctx.token_at(start), ctx.token_at(colon)):
        if ctx.folded[i] in LIST_ANNOUNCERS:
            return ctx.tokens[i].start
    return colon


def _person_named_since(ctx: _Context, since: int, offset: int) -> tuple[int, int] | None:
    """The latest person named between ``since`` (the end of the last quote) and ``offset``, in the
    sentences just before it: whose speech a possessive pronoun names (وألقى الرئيس فلان كلمة.
    وأبرز ما جاء في كلمته:) when nobody was quoted before in the paragraph.

    >>> from framing.actors import find_mentions
    >>> text = ("وألقى الرئيس المصري عبد الفتاح السيسي كلمة في افتتاح القمة. وأبرز ما جاء في كلمته:\\n"
    ...         "- مصر لن تقبل بتهجير الفلسطينيين.\\n- الحل العادل هو إقامة الدولة الفلسطينية.\\n")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Abdel Fattah el-Sisi', 'Abdel Fattah el-Sisi']
    """
    since = max(since, ctx.doc.sentence_of(max(ctx.doc.sentence_of(offset).start - 1, 0)).start)
    k = bisect_left(ctx._mention_starts, offset)
    for m in reversed(ctx.mentions[:k]):
        if m["start"] < since:
            return None
        if m["actor_type"] == "person" and m["end"] <= offset:
            return m["start"], m["end"]
    return None


def _relayed_reports(ctx: _Context, found: list[_Quote]) -> list[_Quote]:
    """نقلت وكالة تاس عن بوغدانوف قوله إن …: the agency's report, around the words it relays.

    A quote whose speaker follows عن after a verb of relaying (نقل) is the inner quote; the
    relaying verb's subject (the agency) speaks the outer one, from the inner speaker to the end
    of his words (docs/guidelines.md, reports of reports).
    """
    relays = [c for c in ctx.cues if ctx.res.cue_rows[c.entry].get("lemma") == "نقل"]
    if not relays:
        return []
    cue_starts = {f.cue_start for f in found}
    out = []
    for q in found:
        if q.speaker is None or q.speaker[0] >= q.cue_start:
            continue
        i = ctx.token_at(q.speaker[0])
        if i < 3 or ctx.folded[i - 1] != "عن" or _breaks(ctx.text[ctx.tokens[i - 1].end : q.speaker[0]]):
            continue
        relay = next((c for c in relays if c.last_token < i - 1 and c.first_token >= i - 8), None)
        if relay is None or relay.start in cue_starts:
            continue
        subject = (ctx.tokens[relay.last_token + 1].start, ctx.tokens[i - 2].end)
        if subject[1] <= subject[0] or _breaks(ctx.text[relay.end : subject[1]]):
            continue
        entry = ctx.res.cue_rows[relay.entry]
        out.append(_Quote(q.speaker[0], q.end, q.kind, ctx.text[relay.start : relay.end], relay.start, relay.end,
                          entry["verb_class"], "explicit", subject, form="verb"))
    return out


def _relayed_sources(ctx: _Context, found: list[_Quote]) -> list[_Quote]:
    """وبحسب ما نقلته وكالة المغرب العربي للأنباء عن مصدر دبلوماسي، فإن …: an attribution phrase whose
    source relays (نقل) another's words names both. The source after عن speaks the inner quote (cue
    the relaying verb); the agency speaks the outer one, from the inner source to the end of the
    words (docs/guidelines.md, reports of reports), its phrase without the relaying verb.

    >>> from framing.actors import find_mentions
    >>> text = ('وبحسب ما نقلته وكالة المغرب العربي للأنباء عن مصدر دبلوماسي، فإن الرباط "قد تستقبل فاي '
    ...         'في أول جولة إفريقية له".')
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-03-25"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type", "cue"]].values.tolist()
    [['وكالة المغرب العربي للأنباء', 'institution', 'بحسب ما'], ['مصدر دبلوماسي', 'anonymous', 'نقلته']]
    """
    out = []
    for q in found:
        relay = _relay_verb_in(ctx, q)
        k = bisect_left(ctx._starts, q.speaker[1]) if relay is not None and q.speaker is not None else len(ctx.tokens)
        inner = _speaker_after(ctx, k + 1, q.start, any_noun=True) if k + 1 < len(ctx.tokens) \
            and ctx.folded[k] == "عن" and not _gap_has_break(ctx, k) else None
        if relay is None or q.speaker is None or inner is None:
            out.append(q)
            continue
        verb = ctx.tokens[relay]
        out.append(replace(q, start=inner[0], speaker=(ctx.tokens[relay + 1].start, q.speaker[1])))
        out.append(_Quote(q.start, q.end, q.kind, verb.text, verb.start, verb.end, "neutral", "explicit", inner[:2],
                          form="verb"))
    return out


RELAY_VERBS = word_class("relay_verbs")


def _relay_verb_in(ctx: _Context, q: _Quote) -> int | None:
    """The token of a verb of relaying that opens the speaker phrase of an attribution phrase
    (بحسب ما نقلته وكالة …), None when there is none."""
    if q.form != "according_to" or q.speaker is None or q.speaker[1] > q.start:
        return None
    i = ctx.token_at(q.speaker[0])
    if ctx.folded[i] not in RELAY_VERBS and i > 0 and ctx.folded[i - 1] in RELAY_VERBS and ctx.tokens[i - 1].start >= q.cue_end:
        i -= 1
    return i if ctx.folded[i] in RELAY_VERBS and i + 1 < len(ctx.tokens) else None


def _described_next(ctx: _Context, offset: int) -> bool:
    """Whether the words after ``offset`` give a description: بأنه، بـ«…»، بالـ…"""
    i = ctx.token_at(offset)
    while i < len(ctx.tokens) and ctx.tokens[i].start < offset:
        i += 1
    if i >= len(ctx.tokens) or _gap_has_break(ctx, i):
        return False
    word = ctx.folded[i]
    return word in DESCRIBED_PRONOUNS or word == "ب" or word.startswith("بال")  # بأنه، بـ«…»، بالخائن


def _breaks(text: str) -> bool:
    """Punctuation that ends a clause (quotation marks do not: وكالة «تاس» عن …)."""
    return any(ch in text for ch in ".،؛:\n")


def _impersonal(word: str) -> bool:
    """Whether a folded word is an impersonal passive cue (ويذكر، يشار), with its conjunction."""
    return word.lstrip("وف") in IMPERSONAL_CUES


def _previous(found: _Earlier) -> _Quote | None:
    return found[-1] if found else None


def _closing_mark_before(ctx: _Context, offset: int) -> QuoteMarks | None:
    """The first quotation (in text order) closed just before ``offset``, with only spaces, commas
    or dashes between, that is not a name."""
    found = []
    for q in ctx.marks_ending_before(offset):
        if ctx.text[q.end : offset].strip(" ،,-–—\t"):
            break  # an earlier end leaves these words between too
        if q.closed and not ctx.is_name_mark(q) and not _GOVERNED_MARK.search(ctx.text, max(q.start - 12, 0), q.start) \
                and not _marked_subject(ctx, q, offset):
            found.append(q)
    return min(found, key=lambda q: (q.start, -q.end)) if found else None


MAX_MARKED_SUBJECT_WORDS = 2


def _marked_subject(ctx: _Context, q: QuoteMarks, offset: int) -> bool:
    """Whether a short quotation right before a verb at ``offset``, with no comma between, is the
    verb's subject written in quotation marks (و«الداخلية» تؤكد أن…، «حماس» ترد:), as headlines
    write a body's short name, not words quoted before their cue: the marks hold an actor's name
    (و«الدعم السريع» تتوعد بمواصلة القتال), or the verb's own words follow it (أن/إن or a colon).

    >>> from framing.actors import find_mentions
    >>> text = "زلزال الحوز: المغرب يقبل مساعدات أربع دول.. و«الداخلية» تؤكد أن تقييم الحاجيات متواصل"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()[-1]
    'تقييم الحاجيات متواصل'
    >>> text = "الجيش يعلن استعادة القصر الجمهوري بالخرطوم.. و«الدعم السريع» تتوعد بمواصلة القتال"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "text"]].values.tolist()[-1]
    ['Rapid Support Forces', 'بمواصلة القتال']
    """
    if ctx.text[q.end : offset].strip() or count_words(ctx.text[q.inner[0] : q.inner[1]]) > MAX_MARKED_SUBJECT_WORDS:
        return False
    verb = ctx.token_at(offset)
    after = verb + 1
    if verb not in ctx.verb_cue_tokens or after >= len(ctx.tokens):
        return False
    return ctx.is_name_mark(q) or _complementizer_at(ctx, after) or ":" in ctx.text[ctx.tokens[verb].end : ctx.tokens[after].start]


# a mark right after a preposition (وفي تصريح لـ«العربي الجديد»، أكد…؛ عبر «إكس»): an outlet or a
# channel named, not words quoted before their cue
_GOVERNED_MARK = re.compile(r"(?:^|\s)(?:[وف]?لـ?|عبر|وعبر)\s*$")


def _later_cue(ctx: _Context, cue, sentence) -> bool:
    """Whether a verb cue follows an attribution phrase in its sentence before any content opens
    (نقلاً عن مسؤولين …، قال روت إن); a verb inside the content (وجاء في البيان أن القادة
    يطالبون…) does not count."""
    last = ctx.token_at(sentence.end)
    for i in range(cue.last_token + 1, last):
        if ctx.folded[i] in COMPLEMENTIZERS or ":" in ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]:
            last = i
            break
    rest = ctx.tokens[cue.last_token + 1 : last]
    return any(ctx.res.cue_rows[m.entry]["form"] == "verb" and m.start in ctx.cue_starts
               for m in ctx.res.cue_matcher.find(ctx.text, rest))  # not a cue read as another word (طلب عدم الكشف)


def _aside_after_speaker(ctx: _Context, cue, sentence) -> bool:
    """Whether an attribution phrase is an aside between a reporting verb with its subject and the
    verb's words (شدد الرئيس، بحسب ما نقل عنه زواره، على أن «…»): it names the channel of that
    report, no quote of its own, and its source does not speak the words after it.

    >>> from framing.actors import find_mentions
    >>> text = ('من جهته، شدد الرئيس، بحسب ما نقل عنه زواره، على أن "زمن السلاح انتهى". '
    ...         'ووجّه الشكر إلى فرنسا على "وقوفها إلى جانب لبنان".')
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-12"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()
    [['الرئيس', 'شدد'], ['الرئيس', 'وجّه الشكر']]
    """
    i = cue.first_token
    if i == 0 or not _COMMA.search(ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]):
        return False
    first = ctx.token_at(sentence.start)
    for k in range(i - 1, max(first - 1, i - 2 - MAX_SPEAKER_TOKENS), -1):
        if k in ctx.verb_cue_tokens:
            if k == i - 1:
                return True  # شدد، بحسب ما نقل عنه: the verb's subject is its pronoun
            phrase = _speaker_after(ctx, k + 1, ctx.tokens[i].start)
            return phrase is not None and ctx.token_at(phrase[0]) == k + 1 and phrase[1] == ctx.tokens[i - 1].end
    return False


def _phrase_before_content(ctx: _Context, cue, sentence, base: dict) -> _Quote | None:
    """An attribution phrase that opens its sentence, its source, then the content: after أن / a
    colon / quotation marks (وجاء في إعلان القمة أن …), or after a comma (وحسب البيان الختامي،
    سيعود القادة …). Any noun phrase is the source, as after بحسب."""
    speaker = _speaker_after(ctx, cue.last_token + 1, sentence.end, any_noun=True)
    if speaker is None:
        speaker = _quoted_title_after(ctx, cue.end)  # وجاء في «إعلان سانتا مارتا» أن
    if speaker is None:
        return None
    start, end, content_from = speaker
    content = None
    rest = ctx.text[content_from : sentence.end]
    if rest.lstrip()[:1] in ("،", ","):
        content = _from_start(ctx, content_from + len(rest) - len(rest.lstrip()) + 1, sentence)
    if content is None:
        content = _content(ctx, content_from, sentence, "")
    if content is None:
        return None
    return _Quote(*content, attribution="explicit", speaker=(start, end), form="according_to", **base)


def _quoted_title_after(ctx: _Context, offset: int) -> tuple[int, int, int] | None:
    """A short title in quotation marks right after ``offset`` (في «إعلان سانتا مارتا»): its
    words' span and where the content may start, or None."""
    rest = ctx.text[offset:]
    mark = ctx.mark_starting_at(offset + len(rest) - len(rest.lstrip()))
    if mark is None or not mark.closed or len(ctx.text[mark.inner[0] : mark.inner[1]].split()) > MAX_NAME_WORDS:
        return None
    return mark.inner[0], mark.inner[1], mark.end


def _document_before(ctx: _Context, cue) -> tuple[int, int] | None:
    """The document noun phrase that an attribution phrase right after it refers back to
    (بياناً مشتركاً جاء فيه أن، في رسالة جاء فيها): the phrase's span, or None."""
    i = cue.first_token
    for j in range(i - 1, max(i - 4, -1), -1):
        if _gap_has_break(ctx, j + 1):
            return None
        noun = ctx.speaker_nouns.get(j)
        if noun is not None and ctx.res.speaker_types[noun.entry] == "document":
            return noun.start, ctx.tokens[i - 1].end
    return None


CAME_VERBS = fold_set("جاء", "وجاء", "ورد", "وورد")  # وجاء على لسان الوزير أن: "it came from the mouth of"


def _phrase_opens_sentence(ctx: _Context, cue, sentence) -> bool:
    """Whether an attribution phrase opens its sentence, alone or after a verb of coming (وجاء على
    لسان وزير الخارجية أن…).

    >>> from framing.actors import find_mentions
    >>> text = "وجاء على لسان وزير الخارجية الجزائري أحمد عطاف أن الجزائر ترفض أي تدخل أجنبي في ليبيا."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-05-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "text"]].values.tolist()
    [['Ahmed Attaf', 'الجزائر ترفض أي تدخل أجنبي في ليبيا']]
    """
    head = fold(ctx.text[sentence.start : cue.start].strip())
    return head in ("", "و", "ف") or head in CAME_VERBS


MAX_DATELINE_CHARS = 40  # باريس (رويترز) - : the place and agency before a dash open a wire story


def _clause_before_comma(ctx: _Context, cue, sentence, speaker_end: int) -> tuple[int, int, str] | None:
    """The words before «، قال X» when nothing follows the speaker but a comma or the sentence's
    end (the order of wire copy: وقع القادة إعلان النوايا، قال ماكرون، في ما وصفه بأنه …): the
    clause from the sentence start (after a dateline) to the comma. Not after «، وقال», which
    opens a clause of its own.

    >>> from framing.actors import find_mentions
    >>> text = "باريس (رويترز) - وقع القادة إعلاناً بشأن نشر قوات في أوكرانيا بعد وقف إطلاق النار، قال ماكرون."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-01-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "text"]].values.tolist()
    [['Emmanuel Macron', 'وقع القادة إعلاناً بشأن نشر قوات في أوكرانيا بعد وقف إطلاق النار']]
    """
    i = cue.first_token
    if i == 0 or ctx.folded[i][:1] == "و" or not _COMMA.search(ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]):
        return None
    rest = ctx.text[speaker_end : sentence.end].strip()
    if rest and rest[:1] not in "،,.":
        return None
    start = _clause_start(ctx, sentence.start, cue.start)
    head = ctx.text[start : start + MAX_DATELINE_CHARS]
    dash = max(head.find(" - "), head.find(" – "))
    if dash > 0:
        start = _clause_start(ctx, start + dash + 3, cue.start)
    end = _trim_end(ctx.text, start, ctx.tokens[i - 1].end)
    if count_words(ctx.text[start:end]) < MIN_CONTINUATION_WORDS or ctx.marks_within(start, end) \
            or any(start <= c.start < end and form_of(ctx, c) in ("verb", "participle") for c in ctx.cues):
        return None  # a clause with a reporting verb of its own is no one's words but its speaker's
    return start, end, _kind(ctx, start, end)


def _after_dateline(ctx: _Context, start: int, limit: int) -> int:
    """Where a sentence's clause starts after a wire dateline, a place and an agency in brackets
    before a dash (اربيل (رويترز) - و كان الحزب قد أعلن): the agency credited is not the subject.

    >>> from framing.actors import find_mentions
    >>> text = "اربيل (رويترز) - و كان الحزب الديمقراطي قد اعلن في ايار انه قرر حل نفسه."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-12"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker"].tolist()
    ['الحزب الديمقراطي']

    A date may stand between the place and the agency, and the dash may touch the bracket:

    >>> text = ("واشنطن 11 شباط (بترا)- أكد جلالة الملك عبدالله الثاني، خلال لقائه الرئيس الأمريكي دونالد ترمب"
    ...         " في البيت الأبيض اليوم الثلاثاء، موقف الأردن الثابت، مشدداً على أن الإعمار يجب أن يكون أولوية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker"].tolist()
    ['جلالة الملك عبدالله الثاني']
    """
    head = ctx.text[start : min(start + MAX_DATELINE_CHARS, limit)]
    dash = _DATELINE_DASH.search(head)
    if dash is not None:
        return _clause_start(ctx, start + dash.end(), limit)
    return start


_DATELINE_DASH = re.compile(r"\)\s*[-–]\s*")  # «(رويترز) - », «(بترا)- »: the agency's bracket, then a dash


def _clause_start(ctx: _Context, sentence_start: int, limit: int) -> int:
    """Start of the clause that ends at ``limit``: after a heading colon, else the sentence start."""
    start = sentence_start
    while start < limit and not ctx.text[start].isalnum() and ctx.text[start] not in "«“\"":
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,.؛:-–—"):
        end -= 1
    return end


# -- speakers ----------------------------------------------------------------------------------


def _speaker_after(ctx: _Context, i: int, limit: int, *, any_noun: bool = False) -> tuple[int, int, int] | None:
    """A speaker phrase starting at token ``i`` (after skippable words): (start, end, content_from).

    With ``any_noun`` (after بحسب، وفقاً لـ، نقلاً عن) any noun phrase is the source.
    """
    tokens, folded = ctx.tokens, ctx.folded
    while i < len(tokens) and tokens[i].start < limit and folded[i] in SKIPPABLE and i not in ctx.mention_at:
        i += 1
    if i >= len(tokens) or tokens[i].start >= limit:
        return None
    if any_noun and i in ctx.cue_token_starts and i not in ctx.speaker_nouns and i + 1 < len(tokens):
        i += 1  # "حسب ما أفاد مسؤول": the verb belongs to the phrase
    if any_noun and folded[i] in HEARSAY_VERBS and i + 2 < len(tokens) and folded[i + 1] in HEARSAY_PLACES:
        i += 2  # بحسب ما يتردد في أوساط دبلوماسية: the circles speak, anonymous
    styled = i + 1 < len(tokens) and folded[i] in ADDRESS_WORDS and i not in ctx.mention_at and i + 1 in ctx.mention_at \
        and tokens[i + 1].start < limit and not _gap_has_break(ctx, i + 1)
    if styled and (phrase := _speaker_after(ctx, i + 1, limit, any_noun=any_noun)) is not None:
        return (tokens[i].start, *phrase[1:])  # يقول الحاج إبراهيم أيت علي: the style of address and the name
    if (headed := _head_of_quoted_name(ctx, i)) is not None:
        end = _quoted_name_end(ctx, headed)
        return tokens[i].start + (len(tokens[i].text) - len(tokens[i].text.lstrip("و")) if folded[i][:1] == "و"
                                  and folded[i][1:] in organisation_heads() else 0), end, end
    if (i not in ctx.mention_at and i not in ctx.speaker_nouns and i not in ctx.role_at
            and (not any_noun or folded[i] in COMPLEMENTIZERS or folded[i] in STOPS)
            and not _quantified_speaker(ctx, i)):
        return None
    if _gap_has_break(ctx, i) and not _quoted_name_at(ctx, i):
        return None
    if not any_noun and _governed(ctx, i):
        return None  # قال للبوسعيدي: the one spoken to, not the speaker
    end_token = _speaker_phrase_end(ctx, i, limit)
    start = _phrase_start(ctx, i)
    named = ctx.mention_at.get(end_token)
    if named is not None and named["end"] > tokens[end_token].end and ctx.folded[ctx.token_at(named["start"])] in organisation_heads() \
            and not ctx.text[tokens[end_token].end : named["end"]].strip("»\"” "):
        end = _quoted_name_end(ctx, named)  # تحالف «أرمينيا» المعارض: the name's closing mark, its adjective
        return start, end, end
    if any_noun and start == tokens[i].start and folded[i][:1] == "ل" and i not in ctx.mention_at and len(folded[i]) > 3:
        start += 2 if folded[i][:2] == "لل" else 1  # وفقاً لثلاثة دبلوماسيين، وفقاً للهيئة (ل + الهيئة)
    return start, tokens[end_token].end, tokens[end_token].end


ADDRESS_WORDS = fold_set(*name_words().address_words)  # السيد، الحاج، الشيخ: before a name, outside it
HEARSAY_VERBS = word_class("hearsay_verbs")
HEARSAY_PLACES = word_class("hearsay_places")
SPEAKER_QUANTIFIERS = word_class("speaker_quantifiers")
ON_BEHALF_WORDS = word_class("on_behalf_words")  # المتحدث باسم الحكومة: the spokesman's body follows


def _quantified_speaker(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is a word of quantity before a speaker noun (ثلاثة مصادر، بعض المحللين).

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-30"],
    ...                      "text": ["وقال الوزير إن السوق متوازنة. وقالت ثلاثة مصادر في المجموعة إن الاجتماع كان قصيراً."]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()[-1]
    ['ثلاثة مصادر', 'anonymous']
    """
    if ctx.folded[i] in SPEAKER_QUANTIFIERS and i + 1 in ctx.speaker_nouns and not _gap_has_break(ctx, i + 1):
        return True
    return _partitive_head(ctx, i) is not None or _one_of(ctx, i)


ONE_OF_WORDS = word_class("one_of_words")


def _one_of(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is أحد/إحدى before a noun in construct (وقالت إحدى ساكنات حي الثورة،
    طلبت عدم ذكر اسمها: «…»): one unnamed person of a group speaks, whatever the group's noun.

    >>> from framing.actors import find_mentions
    >>> text = ("وقالت قوات الدعم السريع إن المعركة لم تنته. وقالت إحدى ساكنات حي الثورة، طلبت عدم ذكر "
    ...         "اسمها، لـ«النيلين بوست»: «بكينا من الفرح، لكننا لا نعرف متى نعود».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "speaker_type"]].values.tolist()[-1]
    ['إحدى ساكنات حي الثورة', '', 'anonymous']
    """
    if ctx.folded[i] not in ONE_OF_WORDS or i + 1 >= len(ctx.tokens) or _gap_has_break(ctx, i + 1):
        return False
    word = ctx.folded[i + 1]
    return word.isalpha() and not has_article(word) and word not in _NOT_NAME_WORDS and i + 1 not in ctx.mention_at


def _partitive_head(ctx: _Context, i: int) -> int | None:
    """The speaker noun of a quantity written with من after token ``i`` (اثنين من المسؤولين
    الأوروبيين، عدد من الدبلوماسيين), or None.

    >>> from framing.actors import find_mentions
    >>> text = "ويعتقد أن القوة قد تضم 15 ألف جندي، وفقا لاثنين من المسؤولين الأوروبيين."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2026-01-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()
    [['اثنين من المسؤولين الأوروبيين', 'anonymous']]
    """
    word = ctx.folded[i]
    if word not in SPEAKER_QUANTIFIERS and word[1:] not in SPEAKER_QUANTIFIERS:
        return None  # لاثنين: after its preposition
    if i + 2 >= len(ctx.tokens) or ctx.folded[i + 1] != "من":
        return None
    if _gap_has_break(ctx, i + 1) or _gap_has_break(ctx, i + 2) or i + 2 not in ctx.speaker_nouns:
        return None
    return i + 2


def _names_at(ctx: _Context, i: int) -> bool:
    """Whether an actor's name begins token ``i`` itself, no proclitic before it: ب of بعثة or
    بريطانيا is a letter of the name, not the preposition of رحب بـ."""
    m = ctx.mention_at.get(i)
    return m is not None and m["start"] == ctx.tokens[i].start


def _governed(ctx: _Context, i: int) -> bool:
    """Whether the actor or speaker noun at token ``i`` is written after a joined preposition
    (للبوسعيدي، لوسائل الإعلام): a subject never is."""
    m, noun = ctx.mention_at.get(i), ctx.speaker_nouns.get(i)
    start = ctx.tokens[i].start
    begin = noun.start if noun is not None else m["start"] if m is not None else start
    if begin <= start:
        return False
    return fold(ctx.text[start:begin]).lstrip("وف") in ("ل", "ب", "لل")


def governed_role(ctx: _Context, i: int) -> bool:
    """Whether a role at token ``i`` is written after a joined preposition (للرئيس شي، بالرئيس):
    after a verb of thanks, the one thanked, whose name follows the role.

    >>> from framing.actors import find_mentions
    >>> text = "وصل الرئيس الصيني شي جين بينغ. فيما وجه أردوغان الشكر للرئيس شي على «الضيافة الكريمة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()
    [['أردوغان', 'الشكر']]
    """
    begin = ctx.role_start.get(i)
    start = ctx.tokens[i].start
    return begin is not None and begin > start and fold(ctx.text[start:begin]).lstrip("وف") in ("ل", "ب", "لل")


def _quoted_name_at(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` opens an actor's name written in quotation marks right after the word
    before it (وأعلنت «إيكواس»، ونددت منظمة «غرينبيس»): only spaces and an opening mark between."""
    gap = ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start] if i > 0 else ""
    m = ctx.mention_at.get(i)
    if m is None or gap.strip() not in ("«", "\"", "“") or m["actor_type"] == "person":
        return False
    return ctx.text[m["end"] : m["end"] + 1] in ("»", "\"", "”")


def _head_of_quoted_name(ctx: _Context, i: int) -> dict | None:
    """The organisation a head noun at token ``i`` introduces by its name in quotation marks right
    after it (زعم حزب «الأمل الجديد»، نقلت قناة «الميادين»، انتقد تحالف «أرمينيا» المعارض): the
    head and the name are one speaker, whose words follow; None when token ``i`` is no such head.

    >>> from framing.actors import find_mentions
    >>> text = "وزعم حزب «الأمل الجديد» المعارض، في بيان، أن الانتخابات «مزورة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "text"]].values.tolist()
    [['حزب «الأمل الجديد» المعارض', 'unknown:الأمل الجديد', 'الانتخابات «مزورة»']]
    """
    word = ctx.folded[i]
    if i + 1 >= len(ctx.tokens) or i in ctx.mention_at or i in ctx.speaker_nouns or i in ctx.role_at:
        return None
    heads = organisation_heads()
    if word not in heads and not (word[:1] == "و" and word[1:] in heads):
        return None
    if not _quoted_name_at(ctx, i + 1):
        return None
    return ctx.mention_at[i + 1]


def _quoted_name_end(ctx: _Context, m: dict) -> int:
    """Where the speaker phrase of an organisation named in quotation marks ends: after the closing
    mark, and after one definite adjective that a comma closes (تحالف «أرمينيا» المعارض، الذي…)."""
    end = m["end"] + (ctx.text[m["end"] : m["end"] + 1] in ("»", "\"", "”"))
    k = bisect_left(ctx._starts, end)
    if k + 1 < len(ctx.tokens) and not _gap_has_break(ctx, k) and k not in ctx.mention_at \
            and ctx.folded[k].startswith("ال") and not ctx.res.is_cue_word(ctx.tokens[k].text) \
            and _COMMA.search(ctx.text[ctx.tokens[k].end : ctx.tokens[k + 1].start]):
        return ctx.tokens[k].end
    return end


def _phrase_start(ctx: _Context, i: int) -> int:
    """Where a speaker phrase at token ``i`` begins: after its proclitic (لمسؤول → مسؤول), and after
    the ل a definite noun joined to it keeps of its article (للهيئة → هيئة, not لهيئة)."""
    starts = [ctx.tokens[i].start]
    if i in ctx.speaker_nouns:
        starts.append(ctx.speaker_nouns[i].start)
    if i in ctx.mention_at and ctx.mention_at[i]["start"] >= ctx.tokens[i].start:
        starts.append(ctx.mention_at[i]["start"])
    start = max(starts)
    if i not in ctx.mention_at and start > ctx.tokens[i].start and fold(ctx.text[start - 1 : start + 1]) == "لل":
        return start + 1
    return start


_PHRASE_BREAKS = frozenset(":«“\"،,.؛")  # between two words of one phrase
_SENTENCE_BREAKS = frozenset(".؟!؛\n")


def _gap_has_break(ctx: _Context, i: int) -> bool:
    """Punctuation or a quotation mark between token ``i`` and the one before it."""
    if i == 0:
        return False
    gap = ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]
    return not _PHRASE_BREAKS.isdisjoint(gap)


def _speaker_phrase_end(ctx: _Context, i: int, limit: int) -> int:
    """The last token of a speaker phrase that starts at token ``i``.

    A phrase headed by a named actor ends with its mentions (joined by و); one headed by a
    speaker noun or a role runs on through its modifiers (مسؤول أوروبي رفيع المستوى) until a
    complementizer, a preposition, a cue or punctuation.
    """
    tokens, folded = ctx.tokens, ctx.folded
    if (head := _partitive_head(ctx, i)) is not None:
        return _speaker_phrase_end(ctx, head, limit)
    named = i in ctx.mention_at and i not in ctx.speaker_nouns and i not in ctx.role_at
    if i in ctx.role_at and not _resolved_title_at(ctx, i):
        person = _person_after_role(ctx, i, limit)
        if person is not None:
            return _joined_people_end(ctx, person, limit)
    if _resolved_title_at(ctx, i):
        return _joined_people_end(ctx, _title_name_end(ctx, i, limit), limit)
    last = i
    j = i
    possessed = i in ctx.role_at and _third_person_possessive(tokens[i].text)
    while j < len(tokens) and tokens[j].start < limit and j - i < MAX_SPEAKER_TOKENS:
        in_mention = j in ctx.mention_at
        if possessed and j > i and in_mention and ctx.mention_at[j]["actor_type"] != "person":
            break  # واتهم مديرها رائد الصالح الأمم المتحدة بـ…: a role with its pronoun takes no genitive
        same_mention = in_mention and (j - 1) in ctx.mention_at and ctx.mention_at[j] is ctx.mention_at[j - 1]
        if j > i and _gap_has_break(ctx, j) and not same_mention and not (j == i + 1 and i in ctx.speaker_nouns
                                                                             and _quoted_name_at(ctx, j)):
            break
        word = folded[j]
        if named and j > i and not same_mention and not (in_mention and word.startswith("و")):
            break
        if not in_mention and (word in COMPLEMENTIZERS or word in STOPS or word in VERB_PARTICLES or word.isdigit()
                               or (j > i and len(word) == 1)):
            break  # … or a particle of the verb (وكانت الدول الثلاث قد اتهمت), or a preposition written apart (بـ«…»)
        if not in_mention and j > i and (j - 1) in ctx.mention_at and word not in RANK_MODIFIERS:
            break  # "الحكومة الألمانية عقوبات": the phrase ended with its adjective
        if not in_mention and j > i and word.startswith("ل") and not word.startswith("ال"):
            break
        if not in_mention and j == i + 1 and _disagreeing_noun_after_title(ctx, i):
            break  # لكنه … ووصف الوزير العلاقة بأنها: a feminine noun after a masculine title is its object
        if not in_mention and j > i and ctx.res.is_cue_word(tokens[j].text):
            break
        if not in_mention and j > i and (_accusative(tokens[j].text) or (j == i + 1 and _definite_head(ctx, i)
                                                                         and not has_article(word)
                                                                         and word not in ON_BEHALF_WORDS)):
            break  # يراه كثيرون بعيداً عن…، يراه خصومه محاولةً…: the content, not the speaker's adjective
        last = j
        j += 1
    return last


def _third_person_possessive(written: str) -> bool:
    """Whether a noun carries a pronoun of the third person (مديرها، رئيسه، قادتهم), which stands
    for its genitive: what follows is no genitive of it.

    >>> _third_person_possessive("مديرها"), _third_person_possessive("مدير"), _third_person_possessive("وزيرة")
    (True, False, False)
    """
    return has_possessive(written) and fold(written).endswith(THIRD_PERSON_ENCLITICS)


THIRD_PERSON_ENCLITICS = tuple(sorted(word_class("enclitic_pronouns")))  # ه، ها، هم، هما، هن


def _disagreeing_noun_after_title(ctx: _Context, i: int) -> bool:
    """Whether the definite word after a definite masculine title at token ``i`` is feminine
    (الوزير العلاقة): an adjective agrees with its noun (الوزير الجديد، الوزيرة الجديدة), so this
    one opens another noun phrase, the verb's object.

    >>> from framing.actors import find_mentions
    >>> text = ("قال وزير الخارجية العراقي فؤاد حسين إن الحوار مستمر. ووصف الوزير العلاقة بأنها «ممتازة»، "
    ...         "لكنه أقر بأن الملف «لم يُحسم».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['الوزير', 'Fuad Hussein']
    """
    if i not in ctx.role_at or i + 1 >= len(ctx.tokens) or not has_article(ctx.folded[i]) \
            or not has_article(ctx.folded[i + 1]):
        return False
    return not _feminine_ending(ctx.tokens[i].text) and _feminine_ending(ctx.tokens[i + 1].text)


def _accusative(word: str) -> bool:
    """Whether a word carries the accusative tanwin (بعيداً، دليلاً): never the adjective of a subject.

    >>> _accusative("بعيداً"), _accusative("بعيدًا"), _accusative("رفيع")
    (True, True, False)
    """
    return word.endswith(("اً", "ًا", "ً"))


def _definite_head(ctx: _Context, i: int) -> bool:
    """Whether the speaker noun at token ``i`` is definite, by its article or a pronoun written on it
    (المصادر، خصومه، زواره): an indefinite word after it is no adjective of it. A feminine noun's
    ة folds to ه but is no pronoun: وزارة is the head of a construct (وزارة خارجية أرض الصومال).

    >>> from framing.actors import find_mentions
    >>> text = "وقالت وزارة خارجية أرض الصومال في بيان إن الإعلان لا يعنيها في شيء."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-12-12"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['وزارة خارجية أرض الصومال', 'Somaliland']]
    """
    word = ctx.folded[i]
    return has_article(word) or (i in ctx.speaker_nouns and len(word) > 4 and has_possessive(ctx.tokens[i].text))


def _feminine_ending(word: str) -> bool:
    """Whether a word as written ends in ta marbuta (وزارة، هيئة), which folding makes look like the
    pronoun ه.

    >>> _feminine_ending("وزارة"), _feminine_ending("خصومه")
    (True, False)
    """
    return word.rstrip(QUOTE_MARKS + "ًٌٍَُِّْ").endswith("ة")


def _joined_people_end(ctx: _Context, last: int, limit: int) -> int:
    """The last token of a speaker phrase of people joined by و, each with his role (رئيس مالي
    الجنرال عاصمي غويتا ورئيس بوركينا فاسو النقيب إبراهيم تراوري), from the first one's ``last``.

    >>> from framing.actors import find_mentions
    >>> text = ("وكان رئيس الوزراء البريطاني كير ستارمر والرئيس الفرنسي إيمانويل ماكرون قد أعلنا "
    ...         "أن «أوروبا جاهزة».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Keir Starmer|Emmanuel Macron', 'group']]
    """
    while last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].start < limit and not _gap_has_break(ctx, last + 1):
        j = last + 1
        if not _joined_by_wa(ctx, j):
            break  # استقبل الرئيس فلان وزير الخارجية فلاناً: the و of وزير is no conjunction, he is the object
        if _resolved_title_at(ctx, j):
            last = _title_name_end(ctx, j, limit)
        elif j in ctx.role_at and (person := _person_after_role(ctx, j, limit)) is not None:
            last = person
        else:
            break
    return last


def _joined_by_wa(ctx: _Context, j: int) -> bool:
    """Whether the mention or role at token ``j`` is joined by the conjunction و (والرئيس، ووزير):
    it starts after the و, which is not a letter of its first word (وزير، وكيل، والي).

    >>> from framing.actors import find_mentions
    >>> text = ("واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي ماركو روبيو، "
    ...         "وقال إن «مصر ترفض التهجير».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "cue"]].values.tolist()
    [['Abdel Fattah el-Sisi', 'قال']]
    """
    if ctx.folded[j][:1] != "و":
        return False
    m = ctx.mention_at.get(j)
    start = m["start"] if m is not None and m["start"] >= ctx.tokens[j].start else ctx.role_start.get(j)
    return start is None or start > ctx.tokens[j].start


def _title_name_end(ctx: _Context, i: int, limit: int) -> int:
    """The last token of a person's title mention at token ``i``, or of his name when a rank
    stands between them (رئيس المرحلة الانتقالية في مالي الجنرال عاصمي غويتا)."""
    m = ctx.mention_at[i]
    last = i
    while last + 1 < len(ctx.tokens) and ctx.mention_at.get(last + 1) is m:
        last += 1
    j = last + 1
    if j < len(ctx.tokens) and ctx.tokens[j].start < limit and not _gap_has_break(ctx, j) \
            and j in ctx.role_at and not _resolved_title_at(ctx, j):
        person = _person_after_role(ctx, j, limit)
        if person is not None and ctx.mention_at[person]["actor_id"] == m["actor_id"]:
            return person
    return last


def _resolved_title_at(ctx: _Context, i: int) -> bool:
    """Whether a person's title mention begins at token ``i`` (الرئيس الكولومبي, for بيترو): it
    names its holder, and a name further on (اتهم الرئيس الكولومبي إدارة الرئيس الأمريكي دونالد ترامب)
    is someone else's."""
    m = ctx.mention_at.get(i)
    return m is not None and m["form"] == "title" and m["actor_type"] == "person" and m["start"] >= ctx.tokens[i].start \
        and not _title_before_holder(ctx, m)


def _title_before_holder(ctx: _Context, m: dict) -> bool:
    """Whether a one-word title (المتحدث، الوزير) stands before its holder is first named: a bare
    title points back to a person introduced with it, never forward, so here it opens another
    person's office (وقال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري, with حماس's spokesman
    named further on).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن المحادثات حققت تقدماً. "
    ...         "من جهته، قال المتحدث باسم حركة حماس حازم قاسم إن الحركة ملتزمة بالاتفاق.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Majed al-Ansari', 'Hazem Qassem']
    """
    if m["form"] != "title" or len(ctx.text[m["start"] : m["end"]].split()) != 1:
        return False
    first = ctx.first_named.get(m["actor_id"])
    return first is None or first > m["start"]


def _person_after_role(ctx: _Context, i: int, limit: int) -> int | None:
    """"الأمين العام للحلف مارك روته"، "كبيرة الدبلوماسيين في الاتحاد الأوروبي كايا كالاس": the
    last token of the person a role phrase names, within a few words and no punctuation."""
    for j in range(i + 1, min(i + 1 + MAX_SPEAKER_TOKENS, len(ctx.tokens))):
        if ctx.tokens[j].start >= limit or (_gap_has_break(ctx, j) and not _around_quoted_name(ctx, j)
                                            and not _apposed_name_at(ctx, j, limit)) \
                or ctx.folded[j] in COMPLEMENTIZERS:
            return None
        m = ctx.mention_at.get(j)
        if m is not None and m["actor_type"] == "person" and m["form"] == "name":
            k = j
            while k + 1 < len(ctx.tokens) and ctx.mention_at.get(k + 1) is m:
                k += 1
            return k
    return None


def _apposed_name_at(ctx: _Context, j: int, limit: int) -> bool:
    """Whether a person's name at token ``j`` stands between commas after his role and its
    complement, in apposition (ويرى الباحث في مركز الخرطوم للدراسات، عادل النور، أن…): the role
    names him though a comma comes between.

    >>> from framing.actors import find_mentions
    >>> text = ("ويرى الباحث في مركز الدراسات الاستراتيجية بجامعة الخرطوم، عادل النور، أن سقوط المدينة "
    ...         "«منعطف خطير».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-30"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['الباحث في مركز الدراسات الاستراتيجية بجامعة الخرطوم، عادل النور', 'unknown:عادل النور']]
    """
    m = ctx.mention_at.get(j)
    gap = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
    if m is None or m["actor_type"] != "person" or m["form"] != "name" or m["start"] != ctx.tokens[j].start \
            or gap.strip() not in ("،", ","):
        return False
    after = ctx.text[m["end"] : limit].lstrip(" \t")
    return after[:1] in ("،", ",")


def _around_quoted_name(ctx: _Context, j: int) -> bool:
    """Only quotation marks between token ``j - 1`` and token ``j``, at the edge of an organisation
    named in them (الباحثة في معهد «تشاتام هاوس» ليلى الزين)."""
    gap = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
    if gap.strip(" " + QUOTE_MARKS) or not gap.strip():
        return False
    return any(ctx.mention_at.get(k, {}).get("actor_type") == "organisation" for k in (j - 1, j))


def _speaker_before(ctx: _Context, cue, sentence, form: str, found: _Earlier):
    """Speaker of a cue with no subject after it: a subject earlier in the sentence, or the
    previous quote's speaker (a continuation)."""
    prev = _previous(found)
    same_sentence = prev is not None and prev.end > sentence.start and prev.start < cue.start
    if same_sentence and cue.first_token > 0 and ctx.folded[cue.first_token - 1] in WHAT_WORDS:
        return None, "continuation", prev  # قال ماكرون، في ما وصفه بأنه «…»: what the speaker called it
    if (form in ("participle", "masdar") or _joined_preposition(ctx, cue)) \
            and (subject := _verb_subject_before(ctx, cue, sentence)) is not None:
        return subject, "explicit", None  # وهو ما نفاه مصدر في الحزب، قائلاً: the subject of that clause
    if form == "participle" and prev is not None and same_sentence:
        subject = _subject_before(ctx, cue, sentence)
        if subject is not None and subject[0] > prev.end:
            return subject, "explicit", None  # "«…»، في حين شدد ميرتس على …، قائلاً"
        if (subject := _contrast_clause_subject(ctx, cue, prev.end)) is not None:
            return subject, "explicit", None  # «…»، في حين رفض الكرملين المقترح، معتبراً: the Kremlin
        return None, "continuation", prev
    if form == "masdar":
        source = _source_after_an(ctx, cue)
        if source is not None:
            return source, "explicit", None
    if _in_narrated_act(ctx, cue) and (subject := _main_verb_subject(ctx, cue, sentence)) is not None:
        return subject, "explicit", None  # أجرى الوزير اتصالاً بنظيره فلان، أكد خلاله: the caller speaks
    if _joined_to_nested(ctx, cue, form, prev, found, same_sentence=same_sentence):
        return None, "continuation", prev  # أن جلالة الملك حذر من…، ودعا إلى…: the king calls, not the communiqué
    if form == "verb" and (document := _document_described(ctx, cue)) is not None:
        return document, "explicit", None  # صادقوا على إعلان يدعو المجتمع الدولي إلى…: the declaration calls
    if form == "participle" and not same_sentence \
            and (subject := _contrast_clause_subject(ctx, cue, sentence.start)) is not None:
        return subject, "explicit", None  # وهو ما رفضته قوات الدعم السريع، مؤكدة: the forces
    subject = _subject_before(ctx, cue, sentence)
    if form == "participle" and not same_sentence and subject is not None:
        subject = _subject_not_object(ctx, cue, sentence, subject)
    if subject is not None and prev is not None and same_sentence and _relayed_since(ctx, prev, subject, cue):
        return None, "continuation", prev  # نقلت الوكالة عن أوشاكوف قوله إن …، لكنه اعترف بأن: he admits
    if subject is not None and prev is not None and same_sentence and _speaker_named_since(ctx, cue, prev, subject, found):
        return None, "continuation", prev  # نقلت الوكالة عن فلان…، فيما قال العيادي إن…، ووجه الشكر: العيادي
    if subject is not None:
        return subject, "explicit", None
    if form == "participle" and (subject := _main_verb_subject(ctx, cue, sentence)) is not None:
        return subject, "explicit", None
    opening = ctx.text[sentence.start : ctx.tokens[cue.first_token].start]
    if ":" in opening:
        opening = opening[opening.rindex(":") + 1 :]
    if same_sentence and _COMMA.search(opening) and not _imperfect(ctx.res.cue_rows[cue.entry]):
        # «…»، داعية إلى…، كما شددت على: the clause after the comma; an imperfect there (أن القادة
        # يدينون…، ويطالبون بـ…) goes on with the reported words' own subject
        opening = _COMMA.split(opening)[-1]
    opens_clause = all(fold(w) in CLAUSE_OPENERS for w in opening.split())
    if prev is not None and opens_clause and not same_sentence and form == "verb":
        prev = _reporting_quote(ctx, cue, prev, found)  # «…، مذكراً بأن ترامب أكد له أن…». وتابع: the reporter goes on
    if prev is not None and (form == "participle" or opens_clause):
        return None, "continuation", _agreeing_quote(ctx, cue, prev, found)
    if opens_clause:
        return None, "continuation", None  # "وأضاف: …" with no earlier quote: speaker unknown
    return None, "none", None


def _speaker_named_since(ctx: _Context, cue, prev: _Quote, subject: tuple[int, int], found: _Earlier) -> bool:
    """Whether the previous quote of the sentence names a speaker of its own after the subject that
    opens the sentence, and a cue with no subject of its own goes on with it: the nearer speaker
    wins (ونقلت وكالة الأناضول عن الغنوشي قوله إن…، فيما قال المتحدث باسم الحركة فتحي العيادي إن
    …، ووجه الشكر لـ…: the spokesman thanks), unless the cue's gender tells them apart (ونقلت
    الوكالة عن الوزير قوله…، وأضافت: the agency) or the earlier speaker is named inside the words of
    the sentence's subject (وقال المتحدث إن الرئيس شدد على…، وأضاف أن: the spokesman adds).

    >>> from framing.actors import find_mentions
    >>> text = ("ونقلت وكالة الأناضول عن الغنوشي قوله إن «المؤسسات ما زالت قائمة»، فيما قال المتحدث باسم "
    ...         "الحركة فتحي العيادي إن سعيّد «يجرّ البلاد نحو المجهول»، ووجه الشكر لـ«كل الأحرار في العالم».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2021-07-26"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['المتحدث باسم الحركة فتحي العيادي', 'وجه الشكر']
    """
    if prev.speaker is None or prev.attribution != "explicit" or prev.speaker[0] < subject[1] \
            or prev.speaker[1] > cue.start:
        return False
    if any(q is not prev and q.start <= prev.speaker[0] < q.end for q in _overlapping(found, prev.speaker[0], prev.speaker[1])):
        return False  # a report inside another speaker's words
    k = ctx.token_at(prev.cue_start)
    joined = prev.cue_start > ctx.tokens[k].start and ctx.folded[k][:1] in ("و", "ف")
    if not joined and not (k > 0 and ctx.folded[k - 1] in CONTRAST_OPENERS):
        return False  # وقال ستوب لوسائل الإعلام، في المحادثة…، أكد ترامب…، وقال: still Stubb's report
    gender = cue_gender(ctx.text[cue.start : cue.end], ctx.res.cue_rows[cue.entry].get("lemma", ""))
    return not gender or cue_gender(prev.cue, "") in ("", gender)


RESUMPTIVE_PLACE_WORDS = fold_set("فيه", "فيها")


def _reporting_quote(ctx: _Context, cue, prev: _Quote, found: _Earlier) -> _Quote:
    """The quote that reports ``prev`` when ``prev`` is nested in another speaker's words (قال
    أردوغان إن…، مذكراً بأن ترامب أكد له أن…): a verb that opens the next sentence with no subject
    (وتابع أن، وأضاف) goes on with the reporter, not with the one reported; ``prev`` itself when no
    quote of another speaker holds it, or when an agency or document relays it (ونقلت الوكالة عن
    بيسكوف قوله…. وأضاف: the relayed speaker goes on).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترفض التصعيد، مذكراً بأن الرئيس الأمريكي "
    ...         "دونالد ترامب أكد له أن الحرب ستنتهي قريباً. وتابع أن تركيا مستعدة للوساطة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-06-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()[-1]
    ['تابع', 'Recep Tayyip Erdoğan']
    """
    if prev.speaker is None:
        return prev
    outer = [q for q in _overlapping(found, prev.start, prev.end)
             if q is not prev and q.start <= prev.cue_start and prev.end <= q.end and q.speaker != prev.speaker]
    if not outer:
        return prev
    reporter = min(outer, key=lambda q: q.start)
    cue_words = fold(reporter.cue).split()
    if any(w.lstrip("و") in RELAY_VERBS for w in cue_words) or fold(prev.cue) in RELAYED_SPEECH_WORDS:
        return prev  # نقلت وكالة تاس عن بيسكوف قوله إن…: the relayed speaker goes on
    gender = cue_gender(ctx.text[cue.start : cue.end], ctx.res.cue_rows[cue.entry].get("lemma", ""))
    if gender and cue_gender(reporter.cue, "") not in ("", gender):
        return prev  # وذكرت الوكالة أن الرئيس أكد…. وأضاف: the verb agrees with the one reported
    return reporter


MAX_AGREEMENT_LOOKBACK = 3  # quotes back in the paragraph to find the speaker a continuation agrees with


def _agreeing_quote(ctx: _Context, cue, prev: _Quote, found: _Earlier) -> _Quote:
    """The quote a continuation goes on with: ``prev``, unless the cue's gender (:func:`cue_gender`)
    disagrees with the gender of ``prev``'s cue and one of the quotes just before in the paragraph
    agrees (قالت الخارجية إن…. وقال الوزير إن…. وأضافت أن…: the ministry adds).

    >>> from framing.actors import find_mentions
    >>> text = ("وقالت وزارة الخارجية السعودية إن المملكة تدين الهجوم. وقال السفير الأمريكي إن واشنطن تتابع "
    ...         "التطورات. وأضافت أن الرياض تطالب بتحقيق دولي.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker"]].values.tolist()[-1]
    ['أضافت', 'وزارة الخارجية السعودية']
    """
    gender = cue_gender(ctx.text[cue.start : cue.end], ctx.res.cue_rows[cue.entry].get("lemma", ""))
    if not gender or cue_gender(prev.cue, "") in ("", gender):
        return prev
    paragraph = ctx.text.rfind("\n", 0, cue.start)
    earlier = sorted((q for q in found if q.end <= prev.start and q.start > paragraph), key=lambda q: q.start)
    for q in reversed(earlier[-MAX_AGREEMENT_LOOKBACK:]):
        if cue_gender(q.cue, "") == gender:
            return q
    return prev


def cue_gender(cue: str, lemma: str) -> str:
    """The gender of the third person singular subject a cue as written agrees with: "f" for a
    perfect in ت (أضافت)، an imperfect in ت of a lemma that has none (تؤكد) or a participle in ة
    (مؤكدةً); "m" for the other singular forms; "" for a plural or dual (أضافوا، مؤكدين) or a phrase.

    >>> [cue_gender(c, l) for c, l in [("وأضافت", "أضاف"), ("وتابع", "تابع"), ("تؤكد", "أكّد"), ("مؤكدةً", "")]]
    ['f', 'm', 'f', 'f']
    >>> [cue_gender(c, l) for c, l in [("مذكراً", ""), ("وأضافوا", "أضاف"), ("جاء في", "جاء في"), ("تابع", "")]]
    ['m', '', '', '']
    """
    words = cue.split()
    if len(words) != 1:
        return ""
    word = words[0].rstrip("ًٌٍَُِّْ")
    bare = fold(word)
    bare = bare[1:] if bare[:1] in ("و", "ف") and len(bare) > 3 else bare
    if bare.endswith(("وا", "ون", "ين", "ان", "تا", "نا", "هم", "هما")):
        return ""
    if bare.startswith("ت") and not bare.endswith("ت") and not lemma:
        return ""  # تابع or تؤكد: the lemma tells
    if word.endswith("ة") or bare.endswith(("ت", "ها")) or (bare.startswith("ت") and not fold(lemma).startswith("ت")):
        return "f"
    return "m"


def _document_described(ctx: _Context, cue) -> tuple[int, int] | None:
    """The undefined document noun right before an imperfect verb cue that agrees with it in gender
    (إعلان يدعو، بياناً يؤكد، رسالة تحث): the verb opens a clause describing the document, whose
    subject is the document, so the document speaks, not the subject of the main verb (صادقوا على
    إعلان يدعو…). The span of the noun; None when no such noun precedes the cue (بياناً أكدت فيه:
    the feminine perfect is the body's).

    >>> from framing.actors import find_mentions
    >>> text = ("تحدث القادة والمندوبون عن «الإبادة»، ثم صادقوا على إعلان يدعو المجتمع الدولي إلى "
    ...         "«تحمّل مسؤولياته» في غزة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-17"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()[-1]
    ['إعلان', 'document']
    """
    i = cue.first_token
    if i < 1 or _gap_has_break(ctx, i) or not _imperfect(ctx.res.cue_rows[cue.entry]):
        return None
    noun = ctx.speaker_nouns.get(i - 1)
    if noun is None or ctx.res.speaker_types[noun.entry] != "document" or has_article(ctx.folded[i - 1]) \
            or has_possessive(ctx.tokens[i - 1].text):
        return None
    if i + 1 < len(ctx.tokens) and ctx.folded[i + 1] in RESUMPTIVE_PLACE_WORDS:
        return None  # أصدر المجلس بياناً يدعو فيه: "in which it calls": the council speaks
    prefix = ctx.folded[i][:1]
    if prefix != ("ت" if _feminine_ending(ctx.tokens[i - 1].text) else "ي"):
        return None
    return noun.start, ctx.tokens[i - 1].end


def _joined_to_nested(ctx: _Context, cue, form: str, prev: _Quote | None, found: _Earlier, *,
                      same_sentence: bool) -> bool:
    """Whether a verb cue joined by و follows at once (after a comma) the words of a report nested in
    another quote (وأشار البيان إلى أن جلالة الملك حذر من…، ودعا إلى…): it is the nested speaker's
    second verb, and the document speaks again only from a verb whose subject it is
    (docs/annotation.md, a communiqué reporting a person). A verb of saying more (وأضاف) is the
    reporter's.

    >>> from framing.actors import find_mentions
    >>> text = ("وأشار البيان إلى أن الرئيس عبد الفتاح السيسي حذر من خطورة التصعيد في المنطقة، "
    ...         "ودعا إلى وقف الانتهاكات. كما ثمّن البيان دور الوسطاء.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker"]].values.tolist()
    [['أشار', 'البيان'], ['حذر', 'الرئيس عبد الفتاح السيسي'], ['دعا', 'الرئيس عبد الفتاح السيسي'], ['كما ثمّن', 'البيان']]
    """
    if form != "verb" or not same_sentence or prev is None or prev.speaker is None \
            or not ctx.folded[cue.first_token].startswith("و") \
            or ctx.res.cue_rows[cue.entry]["verb_class"] == "neutral":
        return False  # إن الرئيس شدد على…، وأضاف أن…: a verb of saying more goes on with the reporter
    if ctx.text[prev.end : ctx.tokens[cue.first_token].start].strip() not in ("،", ","):
        return False
    return any(q is not prev and q.start <= prev.cue_start and prev.end <= q.end and q.speaker != prev.speaker
               for q in _overlapping(found, prev.start, prev.end))


def _in_narrated_act(ctx: _Context, cue) -> bool:
    """Whether a verb cue, after a comma and with no و, speaks "in" or "during" the act its
    sentence narrates (، أكد خلاله، قال فيها): its subject is the one who did that act, not a person
    named in its object (أجرى وزير الخارجية اتصالاً هاتفياً بنظيره فلان، أكد خلاله دعم بلاده).

    >>> from framing.actors import find_mentions
    >>> text = ("وفي القاهرة، أجرى وزير الخارجية المصري بدر عبد العاطي اتصالاً هاتفياً بنظيره الصومالي "
    ...         "أحمد معلم فقي، أكد خلاله دعم مصر الكامل لوحدة الصومال.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-12-12"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['وزير الخارجية المصري بدر عبد العاطي', 'دعم مصر الكامل لوحدة الصومال']]

    The issuer of a communiqué speaks in it (أصدرت أحزاب المعارضة بياناً مشتركاً وصفت فيه…):

    >>> text = "وأصدرت أحزاب المعارضة بياناً مشتركاً وصفت فيه الانتخابات بأنها «مزورة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-07-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()
    [['أحزاب المعارضة', 'group']]
    """
    i = cue.first_token
    if ctx.res.cue_rows[cue.entry]["form"] != "verb" or i == 0 or i + 1 >= len(ctx.tokens):
        return False
    if ctx.folded[i][:1] in ("و", "ف") and cue.start > ctx.tokens[i].start:
        return False  # وأكد: a clause of its own
    gap = ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start]
    word = ctx.folded[i + 1]
    # after a comma, or right after the indefinite object it describes (أصدرت الأحزاب بياناً مشتركاً
    # وصفت فيه…: a relative clause with no relative pronoun)
    described = bool(_COMMA.search(gap)) or (not gap.strip() and _accusative(ctx.tokens[i - 1].text))
    return (described and any(word == p + e for p in PLACE_WORDS_TAKING_A_PRONOUN for e in ENCLITIC_PRONOUNS)) \
        or _describes_noun_before(ctx, cue)


def _describes_noun_before(ctx: _Context, cue) -> bool:
    """Whether a verb of viewing that carries its object pronoun follows, with no punctuation, the
    indefinite noun that pronoun refers to: a relative clause with no relative pronoun (وقّع الاتفاق،
    في صفقة وصفها بأنها «أكبر صفقة…»), whose subject is the subject of the sentence's verb.

    >>> from framing.actors import find_mentions
    >>> text = ("أعلن رئيس الوزراء المصري مصطفى مدبولي توقيع اتفاق مع الإمارات لتنمية مدينة رأس الحكمة، في صفقة "
    ...         "وصفها بأنها «أكبر صفقة استثمار مباشر في تاريخ مصر».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-02-23"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()[-1]
    ['وصفها', 'Mostafa Madbouly']
    """
    i = cue.first_token
    word, before = ctx.folded[i], ctx.folded[i - 1]
    if fold(ctx.res.cue_rows[cue.entry].get("lemma", "")) not in VIEW_LEMMAS or _gap_has_break(ctx, i) \
            or not word.endswith(tuple(ENCLITIC_PRONOUNS)) or cue.start > ctx.tokens[i].start:
        return False
    return before.isalpha() and not has_article(before) and i - 1 not in ctx.mention_at and before not in STOPS \
        and i - 1 not in ctx.cue_token_starts and not _looks_like_verb(before)


def _joined_preposition(ctx: _Context, cue) -> bool:
    """Whether a cue is read with بـ joined to it (رد عليه الوزير بوصف التكتل بأنه…): a verbal
    noun of the clause it stands in, not a verb with a subject of its own."""
    word = ctx.tokens[cue.first_token].text
    return cue.start > ctx.tokens[cue.first_token].start and word[:1] == "ب" and not word.startswith("بال")


MAX_VERB_FIRST_TOKENS = 20  # from the verb of a clause to its participle (إذ جدد نتنياهو مطالبته بـ…، محذراً)


def _verb_subject_before(ctx: _Context, cue, sentence) -> tuple[int, int] | None:
    """The subject after the verb of the clause a participle or verbal noun stands in, when that
    clause opens with its verb after ما، إذ or حيث (:data:`VERB_FIRST_OPENERS`): in وهو ما نفاه مصدر
    في الحزب، قائلاً إن… the source says it, not the sentence's first subject; in إذ جدد رئيس
    الوزراء مطالبته بـ… the demand is the prime minister's. No other reporting verb may stand
    between that verb and the cue (its clause would be the participle's).

    >>> from framing.actors import find_mentions
    >>> text = ("رصد مراقبون حشداً للناخبين أمام اللجان، وهو ما نفاه مصدر في الحزب الحاكم، قائلاً إن "
    ...         "«هذه ادعاءات لا أساس لها». وتتابع الحكومة المحادثات بقلق، إذ جدد وزير الخارجية مطالبته "
    ...         "بوقف التخصيب. وادعى الوزير أن العقوبات «إجراء لحماية الديمقراطية»، وهو ما رد عليه زعيم "
    ...         "المعارضة بوصف العقوبات بأنها «أداة في يد القوى الأجنبية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()
    [['مصدر', 'قائلاً'], ['وزير الخارجية', 'مطالبته'], ['الوزير', 'ادعى'], ['زعيم المعارضة', 'وصف']]
    """
    i, first = cue.first_token, ctx.token_at(sentence.start)
    for j in range(i - 1, max(first, i - MAX_VERB_FIRST_TOKENS), -1):
        if j not in ctx.verb_cue_tokens or ctx.mark_containing(ctx.tokens[j].start):
            continue
        if ctx.folded[j - 1] not in VERB_FIRST_OPENERS or _gap_has_break(ctx, j):
            return None  # ، وقال الوزير…، مضيفاً: a clause of its own, the usual rules
        phrase = _speaker_after(ctx, j + 1, ctx.tokens[i].start)
        if phrase is None or ctx.token_at(phrase[0]) > j + 2:
            return None
        return phrase[:2]
    return None


def _opens_verb_clause(ctx: _Context, j: int) -> bool:
    """Whether token ``j`` opens a contrasting clause (بينما، فيما، في حين) or a comment clause on the
    words before (وهو ما رفضته قوات…), each followed by its verb."""
    word, before = ctx.folded[j], ctx.folded[j - 1] if j > 0 else ""
    if word == "ما":
        return before in COMMENT_PRONOUNS
    return word in CONTRAST_OPENERS and (word != "حين" or before == "في")


def _subject_not_object(ctx: _Context, cue, sentence, subject: tuple[int, int]) -> tuple[int, int]:
    """The subject of the verb that opens the participle's clause when the phrase found before the
    participle is that verb's object, in the same clause after it (التقى الرئيس الفرنسي إيمانويل
    ماكرون العاهل الأردني الملك عبد الله الثاني في باريس، مؤكداً: Macron, not the king); else
    ``subject`` itself."""
    main = _main_verb_subject(ctx, cue, sentence)
    if main is None or main[1] >= subject[0] or _COMMA.search(ctx.text[main[1] : subject[0]]):
        return subject
    return main


CONTRAST_OPENERS = word_class("contrast_openers")
DEFINITE_LOOKING_VERBS = word_class("verbs_spelt_like_definites")


def _contrast_clause_subject(ctx: _Context, cue, since: int) -> tuple[int, int] | None:
    """The subject right after the verb of a contrasting clause that opens after ``since`` (the end
    of the quote before) and before a participle (قال المتحدث إن…، في حين رفض الكرملين المقترح
    الأمريكي، معتبراً أنه…), or of a comment clause on the words before (وهو ما رفضته قوات الدعم
    السريع، مؤكدة أنها…): the participle describes that subject. None when no such clause stands
    between, or its verb has no subject phrase right after it.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تدعم المفاوضات، في حين رفض الكرملين المقترح "
    ...         "الأمريكي، معتبراً أنه لا يلبي المطالب الروسية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-04-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()[-1]
    ['معتبراً', 'Russia']
    """
    first = ctx.token_at(since)
    while first < cue.first_token and ctx.tokens[first].start < since:
        first += 1
    for j in range(cue.first_token - 2, first - 1, -1):
        if not _opens_verb_clause(ctx, j):
            continue
        verb = j + 1
        if verb in ctx.mention_at or verb in ctx.speaker_nouns or ctx.folded[verb] in STOPS or _gap_has_break(ctx, verb + 1):
            return None  # بينما الكرملين…: a subject first, the usual rules
        phrase = _speaker_after(ctx, verb + 1, ctx.tokens[cue.first_token].start)
        return phrase[:2] if phrase is not None and ctx.token_at(phrase[0]) == verb + 1 else None
    return None


def _main_verb_subject(ctx: _Context, cue, sentence) -> tuple[int, int] | None:
    """The subject of the verb that opens a clause of the participle's sentence, when no quote
    came before in it: the participle describes that subject (وجّهت مصادر أوروبية أصابع الاتهام
    إلى السعودية، قائلة إنها …: the sources say it).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال ستيل إن «الاتفاق ناقص». وفي الكواليس، وجّهت مصادر أوروبية أصابع الاتهام إلى السعودية، "
    ...         "قائلة إنها عرقلت الصياغة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-23"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type"]].values.tolist()[-1]
    ['مصادر أوروبية', 'anonymous']
    """
    head = ctx.text[sentence.start : ctx.tokens[cue.first_token].start]
    offset = sentence.start
    for clause in _COMMA.split(head):
        words = clause.split()
        first = _past_time_adverb(ctx, ctx.token_at(offset + len(clause) - len(clause.lstrip())))
        offset += len(clause) + 1
        if len(words) < 2 or first + 1 >= cue.first_token:
            continue
        verb = ctx.folded[first]
        if first in ctx.mention_at or first in ctx.speaker_nouns or first in ctx.role_at \
                or verb in STOPS or verb.lstrip("وف") in STOPS or verb in CLAUSE_OPENERS \
                or (verb.startswith(("ال", "وال")) and verb not in DEFINITE_LOOKING_VERBS):
            continue  # not a verb: a subject, a preposition (وفي الكواليس), a noun
        if ctx.text[ctx.tokens[first].end : ctx.tokens[first + 1].start].strip() or not verb.isalpha() or verb.isascii():
            continue  # كوالالمبور، ماليزيا (AP): a dateline
        phrase = _speaker_after(ctx, first + 1, ctx.tokens[cue.first_token].start)
        if phrase is not None and ctx.token_at(phrase[0]) == first + 1:
            return phrase[:2]
    return None


def _past_time_adverb(ctx: _Context, i: int) -> int:
    """The token of the verb of a clause that opens with an adverb of time and ما (وسرعان ما
    أصدرت، قلما يتحدث: :data:`VERB_BEFORE_MA_ADVERBS`); ``i`` itself otherwise.

    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-09-09"], "text": ["وسرعان ما أصدرت الأحزاب بياناً"]})
    >>> ctx = _Context(next(iter(documents(arts))), [], load_quote_resources())
    >>> _past_time_adverb(ctx, 0), _past_time_adverb(ctx, 2)
    (2, 2)
    """
    if ctx.folded[i] in VERB_BEFORE_MA_ADVERBS and i + 2 < len(ctx.tokens) and ctx.folded[i + 1] == "ما":
        return i + 2
    return i


def _imperfect(entry: dict) -> bool:
    """Whether a cue of the lexicon is an imperfect verb: its prefix (ي، ت، ن، أ) is not the first
    letter of its lemma.

    >>> [_imperfect({"cue": c, "lemma": l}) for c, l in (("يطالبون", "طالب"), ("تابع", "تابع"), ("أكدت", "أكّد"))]
    [True, False, False]
    """
    cue, lemma = fold(entry["cue"]), fold(entry.get("lemma", "") or entry["cue"])
    return cue[:1] in ("ي", "ت", "ن", "ا") and cue[:1] != lemma[:1]


MAX_ASIDE_WORDS = 5  # words of an aside between commas before قوله (عن مفاوض أوروبي، طلب عدم كشف هويته، قوله)


MAX_CONTENT_ASIDE_WORDS = 10  # قوله، في أول تعليق له بعد إعلان النتائج، إن: an aside before the content


def _after_aside(ctx: _Context, offset: int, limit: int) -> int:
    """Where a verbal noun's content may begin: after one aside between commas that ends right
    before a complementizer (نقلت الوكالة عن تبون قوله، في أول تعليق له، إن …); else ``offset``.

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت وكالة رويترز عن ماكرون قوله، خلال لقائه الصحافيين في باريس، إن «أوروبا جاهزة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "text"]].values.tolist()
    [['Reuters', 'ماكرون قوله، خلال لقائه الصحافيين في باريس، إن «أوروبا جاهزة'], ['Emmanuel Macron', 'أوروبا جاهزة']]
    """
    i = ctx.token_at(offset)
    if i >= len(ctx.tokens) or i == 0 or ctx.tokens[i].start >= limit \
            or not _COMMA.search(ctx.text[offset : ctx.tokens[i].start]):
        return offset
    for j in range(i + 1, min(i + 1 + MAX_CONTENT_ASIDE_WORDS, len(ctx.tokens))):
        gap = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
        if ctx.tokens[j].start >= limit or ctx.folded[j - 1] in COMPLEMENTIZERS:
            return offset
        if not _PHRASE_BREAKS.isdisjoint(gap):
            if _COMMA.search(gap) and gap.strip() in ("،", ",") and ctx.folded[j] in COMPLEMENTIZERS:
                return ctx.tokens[j - 1].end
            return offset
    return offset


# ، على لسان الناطق باسمها، : the mouthpiece through whom a body speaks, an aside before the content
_MOUTHPIECE_ASIDE = re.compile(r"\s*[،,]\s*على\s+لسان\s+[^،,.:«»\"]{2,80}[،,]")


def after_mouthpiece(text: str, offset: int, limit: int) -> int:
    """Where the content may start after an aside naming the mouthpiece of the speaker before it
    (وأكدت الحكومة، على لسان الناطق باسمها، أن…): the body speaks (docs/annotation.md, a statement
    read out by a spokesman), and the aside is neither its words nor the object of its verb.
    ``offset`` itself when no such aside follows.

    >>> text = "وأكدت الحكومة، على لسان الناطق باسمها، أن الانتخابات ستجرى في موعدها."
    >>> text[after_mouthpiece(text, text.index("،"), len(text)):]
    ' أن الانتخابات ستجرى في موعدها.'
    """
    aside = _MOUTHPIECE_ASIDE.match(text, offset, limit)
    return aside.end() if aside else offset


MAX_BRACKETED_WORDS = 3  # (أوسيس)، (إيكاس)، (AOSIS): a short name or acronym of the speaker


def after_bracketed_name(text: str, offset: int, limit: int) -> int:
    """Where the content may begin after a speaker phrase followed by its short name or acronym in
    brackets (أبدى تحالف الدول الجزرية الصغيرة (أوسيس) تحفظه على النص): after the closing
    bracket; else ``offset``.

    >>> text = "أبدى تحالف الدول الجزرية الصغيرة (أوسيس) تحفظه على النص."
    >>> text[after_bracketed_name(text, 32, len(text)) :]
    ' تحفظه على النص.'
    >>> after_bracketed_name("أبدى الاتحاد تحفظه (على النص) أمس", 12, 33)
    12
    """
    start = offset
    while start < limit and text[start] == " ":
        start += 1
    if start >= limit or text[start] != "(":
        return offset
    close = text.find(")", start, limit)
    inside = text[start + 1 : close] if close > 0 else ""
    if not inside.strip() or len(inside.split()) > MAX_BRACKETED_WORDS or "\n" in inside:
        return offset
    return close + 1


def _after_relative_aside(ctx: _Context, offset: int, limit: int) -> int:
    """Where the content may begin after a speaker phrase that a relative clause between commas
    describes (انتقد التحالف المعارض، الذي يتزعمه الرئيس الأسبق، ما وصفه بـ…): after the second
    comma; else ``offset``.

    >>> from framing.actors import find_mentions
    >>> text = "وانتقد حزب «الأمل الجديد»، الذي يتزعمه رئيس الوزراء الأسبق، ما وصفه بـ«اتفاق الاستسلام»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['حزب «الأمل الجديد»', 'ما وصفه بـ«اتفاق الاستسلام»']]

    So does a role in apposition, closed by a comma before أن (فلان، أستاذ العلوم السياسية، أن…):

    >>> text = "ويرى الدكتور سامر الحلبي، أستاذ العلوم السياسية بجامعة دمشق، أن القمة «رسالة واضحة»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-16"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['القمة «رسالة واضحة»']
    """
    i = bisect_left(ctx._starts, offset)
    if i >= len(ctx.tokens) or ctx.tokens[i].start >= limit \
            or not _COMMA.search(ctx.text[offset : ctx.tokens[i].start]) \
            or ctx.text[offset : ctx.tokens[i].start].strip() not in ("،", ","):
        return offset
    role = ctx.folded[i] not in RELATIVES
    if role and i not in ctx.role_at and i not in ctx.speaker_nouns:
        return offset
    for j in range(i + 1, min(i + 1 + MAX_CONTENT_ASIDE_WORDS, len(ctx.tokens))):
        gap = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
        if ctx.tokens[j].start >= limit:
            return offset
        if not _PHRASE_BREAKS.isdisjoint(gap):
            closed = gap.strip() in ("،", ",")
            # ويرى فلان، أستاذ العلوم السياسية بجامعة القاهرة، أن…: a role in apposition, then his words
            if role and not (closed and ctx.folded[j] in COMPLEMENTIZERS):
                return offset
            return ctx.tokens[j].start if closed else offset
    return offset


def _office_of_person(ctx: _Context, first: int, cue_token: int) -> bool:
    """Whether tokens ``first`` to the one before ``cue_token`` are an office and a person's name
    that ends it, with no punctuation between."""
    last = cue_token - 1
    m = ctx.mention_at.get(last)
    if m is None or m["actor_type"] != "person" or m["form"] != "name" or last - first > MAX_SPEAKER_TOKENS:
        return False
    return not any(_gap_has_break(ctx, j) for j in range(first + 1, cue_token))


def _relayed_since(ctx: _Context, prev: _Quote, subject: tuple[int, int], cue) -> bool:
    """Whether the quote before a cue is a relayed speaker's, named after the subject that opens
    the sentence (نقلت وكالة تاس عن أوشاكوف قوله إن …، لكنه اعترف بأن …): a later verb of the
    sentence with no subject of its own goes on with the one whose words are relayed, not with the
    agency that relays them.

    >>> from framing.actors import find_mentions
    >>> text = ("ونقلت وكالة تاس عن مساعد الرئيس الروسي يوري أوشاكوف قوله إن القمة كانت «إيجابية»، "
    ...         "لكنه اعترف بأن الطرفين «لم يتفقا بعد على كل شيء».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-16"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()
    [['نقلت', 'TASS'], ['قوله', 'Yuri Ushakov'], ['اعترف', 'Yuri Ushakov']]
    """
    if prev.speaker is None or not subject[1] <= prev.speaker[0] < cue.start or prev.form != "verbal_noun":
        return False
    k = ctx.token_at(prev.speaker[0])
    if k < 2 or ctx.folded[k - 1] != "عن":
        return False
    return any(ctx.res.cue_rows[c.entry].get("lemma") == "نقل" and c.start < subject[0] and c.last_token >= k - 10
               for c in ctx.cues if c.start < prev.speaker[0])


def _relayed_source(ctx: _Context, speaker: tuple[int, int], cue) -> bool:
    """Whether a verbal noun's speaker follows عن right before it (نقلت وكالة عن X إعلانها، قوله)."""
    k = ctx.token_at(speaker[0])
    return 0 < k < cue.first_token and ctx.folded[k - 1] == "عن"


def _source_after_an(ctx: _Context, cue) -> tuple[int, int] | None:
    """"نقلت رويترز عن مصدر دبلوماسي قوله": the speaker of the verbal noun follows عن. A family name
    alone there (عن مارتينيث) is the actor layer's follow-up of the person named in full before.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال مرشح المعارضة إيليوتيرو مارتينيث أوروتيا إن الفارق كبير. ونقلت وكالة رويترز عن مارتينيث "
    ...         "قوله إن المعارضة مستعدة لتسليم المحاضر.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()[-1]
    ['قوله', 'unknown:إيليوتيرو مارتينيث أوروتيا']
    """
    i = cue.first_token
    aside = ""  # "open" after the comma before the cue, "closed" after the comma that opens the aside
    for j in range(i - 1, max(i - 2 - MAX_SPEAKER_TOKENS - MAX_CONTENT_ASIDE_WORDS, -1), -1):  # عن, then a speaker phrase
        if ctx.folded[j] == "عن":
            k = j + 1
            if k < i and (k in ctx.mention_at or k in ctx.speaker_nouns or k in ctx.role_at):
                end = min(_speaker_phrase_end(ctx, k, ctx.tokens[i].start), i - 1)
                return ctx.tokens[k].start, ctx.tokens[end].end
            if k < i and _office_of_person(ctx, k, i):
                # عن مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي قوله: an office the
                # lexicons do not hold, ending with its holder's name right before the verbal noun
                return ctx.tokens[k].start, ctx.tokens[i - 1].end
            return None
        if _gap_has_break(ctx, j + 1):
            # نقلت رويترز عن مفاوض أوروبي، طلب عدم كشف هويته، قوله: one aside between commas
            comma = "،" in ctx.text[ctx.tokens[j].end : ctx.tokens[j + 1].start]
            # a relative aside may be longer (عن ولي عهد الكويت …، الذي ترأس وفد بلاده إلى القمة، قوله)
            longest = MAX_CONTENT_ASIDE_WORDS if ctx.folded[j + 1] in RELATIVES else MAX_ASIDE_WORDS
            if not comma or aside == "closed" or (aside == "" and j + 1 != i) \
                    or (aside == "open" and i - 1 - j > longest):
                return _titles_in_apposition_after_an(ctx, i)
            aside = "open" if aside == "" else "closed"
    return None


MAX_APPOSED_TITLES = 3


def _titles_in_apposition_after_an(ctx: _Context, i: int) -> tuple[int, int] | None:
    """The source after عن named by titles in apposition, commas between them, and his name last,
    right before the verbal noun at token ``i`` (نقلت الوكالة عن الأمين العام للجبهة، رئيس
    الجمهورية، إبراهيم غالي قوله): every part before the name opens with a title, an actor or a
    speaker noun.

    >>> from framing.actors import find_mentions
    >>> text = ("ونقلت وكالة الأنباء الرسمية عن الأمين العام للحزب، رئيس المجلس الوطني، سالم بوعزة قوله "
    ...         "إن «الحوار هو الطريق الوحيد».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-31"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['الأمين العام للحزب، رئيس المجلس الوطني، سالم بوعزة', 'قوله']
    """
    starts: list[int] = []  # the first token of each part, from the last
    k = i - 1
    while k > 0 and len(starts) <= MAX_APPOSED_TITLES and i - k <= 3 * MAX_SPEAKER_TOKENS:
        if ctx.folded[k - 1] == "عن" and not _gap_has_break(ctx, k):
            starts.append(k)
            break
        if _gap_has_break(ctx, k):
            if "،" not in ctx.text[ctx.tokens[k - 1].end : ctx.tokens[k].start]:
                return None
            starts.append(k)
        k -= 1
    else:
        return None
    if len(starts) < 2 or i - starts[0] > MAX_NAME_WORDS:
        return None  # the name right before the verbal noun is a few words
    if not all(s in ctx.role_at or s in ctx.mention_at or s in ctx.speaker_nouns for s in starts[1:]):
        return None
    return ctx.tokens[starts[-1]].start, ctx.tokens[i - 1].end


def _subject_before(ctx: _Context, cue, sentence) -> tuple[int, int] | None:
    """The speaker phrase that opens the cue's clause: after the last comma, else after the
    sentence start (or a label colon); or the antecedent of a relative pronoun (ترمب الذي قال)."""
    i = cue.first_token
    if i >= 2 and ctx.folded[i - 1] in RELATIVES:
        j, start = i - 2, None
        # a comma may stand before the relative pronoun: وزير الخارجية إيفان خيل، الذي وصف
        while j >= max(i - 7, 0) and ctx.folded[j] not in STOPS and (j + 1 == i - 1 or not _gap_has_break(ctx, j + 1)):
            if j in ctx.mention_at or j in ctx.speaker_nouns or j in ctx.role_at:
                start = j
            j -= 1
        if start is not None:
            return ctx.tokens[start].start, ctx.tokens[i - 2].end
    head = ctx.text[sentence.start : cue.start]
    starts = [_after_dateline(ctx, sentence.start, cue.start)]
    if ":" in head:  # "إستونيا: كريستن ميشال قال إن" — a label before the colon
        starts = [sentence.start + head.rindex(":") + 1]
    commas = [k for k, ch in enumerate(head) if ch in "،,"]
    if commas and sentence.start + commas[-1] + 1 > starts[0]:
        starts.insert(0, sentence.start + commas[-1] + 1)
    # ذكرت الوكالة أن الوزير قال: the subject of a clause that a complementizer opens
    first = ctx.token_at(starts[0])
    opener = next((j for j in range(i - 1, first, -1) if ctx.folded[j] in COMPLEMENTIZERS), None)
    if opener is not None:
        starts.insert(0, ctx.tokens[opener].start)
    for start in starts:
        found = _clause_subject(ctx, ctx.token_at(start), cue.first_token)
        if found is not None:
            return found
    # "تصريح بوتين من بكين، حيث أعلن": the nearest person named earlier in the sentence
    for j in range(cue.first_token - 1, ctx.token_at(sentence.start) - 1, -1):
        m = ctx.mention_at.get(j)
        k = ctx.token_at(m["start"]) if m is not None else j
        if m is not None and m["actor_type"] == "person" and not (k > 0 and ctx.folded[k - 1] in STOPS) \
                and not _addressed(ctx, m) and not _governed(ctx, k) and not ctx.mark_containing(m["start"]) \
                and not _in_relative_aside(ctx, k):
            return m["start"], m["end"]  # «سيدي الرئيس، …»: a person spoken of inside quoted words does not speak
    return None


def _in_relative_aside(ctx: _Context, k: int) -> bool:
    """Whether token ``k`` stands in a relative clause between commas (تحالف «أرمينيا»، الذي يتزعمه
    الرئيس الأسبق روبرت كوتشاريان، …): a person named there describes the subject and does not
    speak for it.

    >>> from framing.actors import find_mentions
    >>> text = ("وفي يريفان، انتقد تحالف «أرمينيا» المعارض، الذي يتزعمه الرئيس الأسبق روبرت كوتشاريان، "
    ...         "ما وصفه بـ«اتفاق الاستسلام»، واتهم الحكومة بـ«بيع الأرض».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "cue"]].values.tolist()[-1]
    ['تحالف «أرمينيا» المعارض', 'اتهم']
    """
    j = k
    while j > 0 and not _gap_has_break(ctx, j):
        j -= 1
    return j > 0 and _COMMA.search(ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]) is not None \
        and ctx.folded[j] in RELATIVES


def _adverb_heading(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is an adjective in the accusative that heads a clause before a comma
    (أميركياً، دولياً، ميدانياً): "on the American side", never a speaker.

    >>> from framing.actors import find_mentions
    >>> text = "أميركياً، سارع وزير الخارجية ماركو روبيو إلى الإشادة بالقرار، موجهاً التهنئة إلى الرئيسين عون وسلام."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Marco Rubio']
    """
    return _accusative(ctx.tokens[i].text) and i + 1 < len(ctx.tokens) \
        and bool(_COMMA.search(ctx.text[ctx.tokens[i].end : ctx.tokens[i + 1].start]))


def _addressed(ctx: _Context, mention: dict) -> bool:
    """Whether a mention is the one spoken to, not a speaker: right after a word of addressing
    (قال أنور مخاطباً لي تشيانغ، وشكره: the thanks are Anwar's), or after one and إلى (ثم توجه إلى
    الرئيس السيسي قائلاً: the one who turns to him speaks).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية. ووصف الرئيس التركي رجب طيب أردوغان مصر "
    ...         "بأنها «شريك لا غنى عنه»، ثم توجه إلى الرئيس السيسي قائلاً: «أخي العزيز، لقد أظهرت حكمة كبيرة».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-02-14"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "speaker_id"]].values.tolist()[-1]
    ['قائلاً', 'Recep Tayyip Erdoğan']
    """
    k = ctx.token_at(mention["start"])
    while k > 1 and (k - 1 in ctx.role_at or k - 1 in ctx.mention_at) and not _gap_has_break(ctx, k) \
            and ctx.folded[k - 1] not in ADDRESSING_WORDS:
        k -= 1  # الرئيس السيسي: the title before the name
    if k > 1 and ctx.folded[k - 1] == "الي" and not _gap_has_break(ctx, k):
        k -= 1  # توجه إلى الرئيس، التفت إلى الأمير
    return k > 0 and ctx.folded[k - 1].lstrip("وث") in ADDRESSING_WORDS


def _clause_subject(ctx: _Context, i: int, cue_token: int) -> tuple[int, int] | None:
    while i < cue_token and (ctx.folded[i] in CLAUSE_OPENERS or _impersonal(ctx.folded[i])):
        i += 1  # و، إن، ويُذكر أن: words before the subject
    if i < cue_token and _adverb_heading(ctx, i):
        return None  # أميركياً، سارع براك…: "on the American side", a heading, not the subject
    first = i
    while i < cue_token and i <= first + 1:
        if fold(ctx.text[ctx.tokens[i].start : ctx.tokens[i].start + 1]) in ("ب", "ل") and i not in ctx.speaker_nouns \
                and ctx.mention_at.get(i, {}).get("start", -1) > ctx.tokens[i].start:
            return None  # بالغرب، لروسيا: an object, not a subject
        mark = ctx.mark_containing(ctx.tokens[i].start)
        if mark is not None and not _marked_subject(ctx, mark, ctx.tokens[cue_token].start):
            return None  # «سيدي الرئيس، …»: the one spoken to inside quoted words; not و«الداخلية» تؤكد أن
        if i in ctx.mention_at or i in ctx.speaker_nouns or i in ctx.role_at:
            end = _speaker_phrase_end(ctx, i, ctx.tokens[cue_token].start)
            end = min(end, cue_token - 1)
            return ctx.tokens[i].start, ctx.tokens[end].end
        word = ctx.folded[i]
        if word in STOPS or (word[:1] in "وف" and word[1:] in STOPS):
            return None  # ومن بيروت: a place, not a subject
        i += 1
    return None


# -- content -----------------------------------------------------------------------------------


def _content(ctx: _Context, offset: int, sentence, takes: str,
             lookahead: int = 0, *, verb_object: bool = False) -> tuple[int, int, str] | None:
    """Find the reported content after ``offset``: (start, end, kind), or None.

    The content opens with a complementizer (أن، إن، بأن), a colon or a quotation mark, within
    the sentence and before any other cue. Failing those, for a cue that takes a noun phrase
    (``takes``, :func:`cue_object`: أعلن استعداد…، دعا إلى…، شدد على…), the noun phrase right
    after it, or after a short phrase of place or time (يطالب في أديس أبابا بإنصاف القارة). After
    a verb (``verb_object``), a verbal noun of saying with its possessive pronoun is the verb's
    object and part of the cue (جددت دعوتها إلى…، أكد رفضه لـ…): the content follows it.

    >>> from framing.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-15"],
    ...                      "text": ["وطالب غوتيريش في أديس أبابا بإنصاف القارة في مجلس الأمن."]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['غوتيريش', 'إنصاف القارة في مجلس الأمن']]
    """
    tokens, folded, text = ctx.tokens, ctx.folded, ctx.text
    i = ctx.token_at(offset)
    limit = max(sentence.end, offset)
    cue_starts = ctx.cue_token_starts
    nominal = None
    seen = 0
    adverbial_until = -1  # دعا في كلمته إلى…: after a place or a time, the object's preposition
    aside = False  # the place or time opened after a comma, and the object comes after the closing one
    aside_end = -1  # the token after the comma that closes an aside of time (أعلن، مساء الثلاثاء، التوصل…)
    lookahead = lookahead or MAX_LOOKAHEAD_TOKENS
    while i < len(tokens) and seen < lookahead:
        gap_start = tokens[i - 1].end if i > 0 and tokens[i - 1].end >= offset else offset
        gap = text[gap_start : tokens[i].start]
        if nominal is not None and not _NOUN_PHRASE_ENDS.isdisjoint(gap):
            break  # the noun phrase ended: a later أن opens another clause (أشاد بـ…، قبل أن يتوجه)
        if lookahead == MASDAR_LOOKAHEAD_TOKENS and seen > 0 and _COMMA.search(gap):
            break  # بعد إعلان النتائج، إن …: the verbal noun's words would follow it at once

        mark = _mark_in(ctx, gap_start, tokens[i].start)
        if mark is not None and _addressee_in_marks(ctx, i, mark, takes):
            i = ctx.token_at(mark.end)  # قال مصدر لـ«الرأي الدولي» إن…: the outlet spoken to
            seen += 1
            continue
        if mark is not None and not ctx.is_name_mark(mark) and (nominal is None or _after_preposition(ctx, i, seen)) \
                and (seen == 0 or lookahead > MASDAR_LOOKAHEAD_TOKENS or _after_preposition(ctx, i, seen)):
            return _from_start(ctx, mark.start, sentence, opened=seen == 0 or ":" in gap)
        if ":" in gap and gap_start >= offset:
            return _from_start(ctx, gap_start + gap.index(":") + 1, sentence, opened=True)
        if i in ctx.what_views and nominal is None and _object_what(ctx, i - 1):
            i += 1  # أشاد بما سمّاه «…»: the label is the object
            seen += 1
            continue
        if i in cue_starts and seen == 0 and (i in ctx.say_forms or (verb_object and i in ctx.own_masdars)):
            # "وتابع قائلاً:"، "واختتم بالقول إن"، "وجددت دعوتها إلى": part of the cue
            i += 1
            seen += 1
            continue
        adverbial = i in cue_starts and i > 0 and folded[i - 1] == "في"  # "في خطابه للأمة"، "في بيان"
        if tokens[i].start >= limit or not _SENTENCE_BREAKS.isdisjoint(gap) or (i in cue_starts and not adverbial):
            break
        if (opening := _clause_opening(ctx, i)) is not None:
            return _from_start(ctx, opening, sentence, opened=True)
        if i == aside_end and takes and nominal is None:
            nominal = _object_after_aside(ctx, i, takes)
        elif takes and nominal is None and seen == 0 and ((aside_end := _comma_aside_at(ctx, i, gap, limit)) > i
                                                        or folded[i] in PLACE_AND_TIME_WORDS):
            aside = bool(_COMMA.search(gap))  # وشدد الطرفان، في البيان ذاته، على…: an aside between commas
            adverbial_until = seen + (MAX_CONTENT_ASIDE_WORDS if aside else MAX_ADVERBIAL_WORDS)
        elif takes and nominal is None and seen == 0 and _adverb_before_object(ctx, i, gap):
            adverbial_until = seen + 1  # يطالب المحتجون أساساً بـ…، أكد فيها حرص…: one word of manner or place
            if takes == "noun" and i + 1 < len(tokens) and _NOUN_PHRASE_ENDS.isdisjoint(text[tokens[i].end : tokens[i + 1].start]) \
                    and folded[i + 1] not in PREPOSITIONS and folded[i + 1] not in COMPLEMENTIZERS \
                    and i + 1 not in cue_starts and not _names_at(ctx, i + 1):
                # the object, after the preposition written on it (أساساً بتحسين…)
                nominal = tokens[i + 1].start + (folded[i + 1][:1] == "ب" and len(folded[i + 1]) > 3)
        elif takes and nominal is None and seen == 0:
            takes_object = folded[i] in PREPOSITIONS or folded[i][:1] == "ب"
            if takes == "noun" or takes_object:
                # شدد على ضرورة…، أشاد بـ«…»: the content starts after a preposition written apart
                if folded[i] == "ب":
                    nominal = tokens[i].end
                else:
                    nominal = tokens[i + 1].start if folded[i] in PREPOSITIONS and i + 1 < len(tokens) else tokens[i].start
        elif nominal is None and seen <= adverbial_until:
            nominal = _object_after_adverbial(ctx, i, gap, aside=aside, bare=takes == "noun" and seen > 0)
        i += 1
        seen += 1
    if nominal is not None:
        return _from_start(ctx, nominal, sentence, nominal=True)
    return None


def _comma_aside_at(ctx: _Context, i: int, gap: str, limit: int) -> int:
    """The token after the comma that closes an aside of time or circumstance opening at token ``i``
    after a comma, within a few words (أعلن، مساء الثلاثاء، أنه…؛ دعا، في خطاب العرش أواخر جويلية
    الماضي، إلى…; no cue, complementizer, quotation or sentence end inside); -1 when none does. The
    cue's object follows the closing comma (:func:`_content`, :func:`_object_after_aside`).

    >>> from framing.actors import find_mentions
    >>> text = ("وكان الحرس الثوري الإيراني قد أعلن، مساء الثلاثاء، أنه دمر مقرين لجماعة مسلحة. "
    ...         "وكانت قوات الدعم السريع قد أعلنت، قبل يومين، سيطرتها على قاعدة استراتيجية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-01-18"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['دمر مقرين لجماعة مسلحة', 'سيطرتها على قاعدة استراتيجية']
    """
    if gap.strip() not in ("،", ","):
        return -1
    for j in range(i + 1, min(i + 1 + MAX_CONTENT_ASIDE_WORDS, len(ctx.tokens))):
        inner = ctx.text[ctx.tokens[j - 1].end : ctx.tokens[j].start]
        if ctx.tokens[j].start >= limit or ctx.folded[j - 1] in COMPLEMENTIZERS or j - 1 in ctx.cue_token_starts:
            return -1
        if not _PHRASE_BREAKS.isdisjoint(inner):
            return j if inner.strip() in ("،", ",") else -1
    return -1


def _object_after_aside(ctx: _Context, i: int, takes: str) -> int | None:
    """Where the object of a cue opens at token ``i``, right after the comma that closes an aside
    (:func:`_comma_aside_at`): after a preposition of content (دعا، في خطابه، إلى…) or the بـ written
    on the word (أقرّ، في سابقة، بوقوع…), or, for a cue that takes a bare noun, at the noun itself
    (أعلن، مساء الإثنين، التوصل إلى اتفاق…); not at a name, a verb or a function word."""
    tokens, folded = ctx.tokens, ctx.folded
    word = folded[i]
    if word in PREPOSITIONS and i + 1 < len(tokens):
        return tokens[i + 1].start
    if word[:1] == "ب" and len(word) > 3 and not _names_at(ctx, i) and i not in ctx.cue_token_starts:
        return tokens[i].start + 1
    if takes != "noun" or i in ctx.cue_token_starts or _names_at(ctx, i) or ctx.mark_containing(tokens[i].start) \
            or word in STOPS or word in COMPLEMENTIZERS or word in VERB_PARTICLES or not word.isalpha():
        return None
    if _looks_like_verb(word) and not has_possessive(tokens[i].text):
        return None  # سيطرتها looks like a future verb (سي…) but carries its possessive
    return tokens[i].start


def _addressee_in_marks(ctx: _Context, i: int, mark: QuoteMarks, takes: str) -> bool:
    """Whether quotation marks that open before token ``i`` hold the one spoken to: a short name
    right after a bare لـ, after a cue that takes a clause only (قال مصدر لـ«الرأي الدولي» إن…);
    a cue that takes a noun phrase may find its content there (أعرب عن تقديره لـ«الموقف الثابت»).

    >>> from framing.actors import find_mentions
    >>> text = "وقال مصدر أمني لـ«الرأي الدولي»، مشترطاً عدم الكشف عن هويته، إن الضربات طالت سبعة مواقع."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-01-18"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['مصدر أمني', 'الضربات طالت سبعة مواقع']]
    """
    return not takes and i > 0 and ctx.folded[i - 1] == "ل" and ctx.tokens[i - 1].end <= mark.start \
        and len(ctx.text[mark.inner[0] : mark.inner[1]].split()) <= MAX_NAME_WORDS


def _clause_opening(ctx: _Context, i: int) -> int | None:
    """Where reported content opens at token ``i`` when it is a complementizer: after أن، إن، بأن,
    or at ألا, whose negation is part of the content (:func:`_negative_complementizer_at`)."""
    if ctx.folded[i] in COMPLEMENTIZERS and not ctx.mark_containing(ctx.tokens[i].start):
        return ctx.tokens[i].end
    return ctx.tokens[i].start if _negative_complementizer_at(ctx, i) else None


def _object_after_adverbial(ctx: _Context, i: int, gap: str, *, aside: bool, bare: bool) -> int | None:
    """Where the object of a cue opens at token ``i``, within a few words after a phrase of place,
    time or channel (:func:`_content`), or None: after a preposition of content written apart (دعا في
    كلمته إلى…), after the بـ written on it (يطالب في أديس أبابا بإنصاف القارة; any word with بـ
    after an aside between commas: وأقرّ دقلو، في سابقة نادرة، بوقوع «انتهاكات»), or, where the cue
    takes a bare noun (``bare``), at the noun (:func:`_bare_object_after_adverbial`: أعلن في وقت سابق
    رفضه…، أعلن، في ندوة صحفية، فوز سعيّد).

    >>> from framing.actors import find_mentions
    >>> text = "ودعا غوتيريش في كلمته أمام القمة إلى وقف فوري لإطلاق النار."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-29"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['وقف فوري لإطلاق النار']
    """
    tokens, folded = ctx.tokens, ctx.folded
    word = folded[i]
    if word in PREPOSITIONS and i + 1 < len(tokens) and _aside_closed(gap, aside):
        return tokens[i + 1].start
    if (word.startswith(("بال", "با")) or (aside and word[:1] == "ب")) and len(word) > 3 \
            and _aside_closed(gap, aside) and not _names_at(ctx, i) and i not in ctx.cue_token_starts:
        return tokens[i].start + 1
    if bare and _bare_object_after_adverbial(ctx, i, gap, aside):
        return tokens[i].start
    return None


NEGATIVE_COMPLEMENTIZERS = word_class("negative_complementizers")


def _negative_complementizer_at(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is أن and لا written as one word before an imperfect verb (مرجحاً ألا
    تؤثر المخالفات، أكد ألا يتكرر): it opens the content, and the negation is part of what was
    said. Folded, ألا is also إلا "except", which the hamza below (إلا) or the verb after tells apart.

    >>> from framing.actors import find_mentions
    >>> text = "وقال المركز إن فرقه رصدت مخالفات محدودة، مرجحاً ألا تؤثر هذه المخالفات على النتائج النهائية."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()[-1]
    ['مرجحاً', 'ألا تؤثر هذه المخالفات على النتائج النهائية']
    """
    tokens = ctx.tokens
    return ctx.folded[i] in NEGATIVE_COMPLEMENTIZERS and i + 1 < len(tokens) and "إ" not in tokens[i].text \
        and _looks_like_verb(ctx.folded[i + 1]) and not ctx.mark_containing(tokens[i].start) \
        and not _gap_has_break(ctx, i + 1)


def _after_preposition(ctx: _Context, i: int, seen: int) -> bool:
    """Whether token ``i`` is the second after the cue and follows its preposition (دعوته إلى «…»،
    تحذيرها من «…»): quoted words there are the verbal noun's object, marks excluded.

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت الوكالة عن الوزير دعوته إلى «وقف الحرب فوراً»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()[-1]
    ['دعوته', 'وقف الحرب فوراً']
    """
    return seen == 1 and ctx.folded[i - 1] in PREPOSITIONS


def _bare_object_after_adverbial(ctx: _Context, i: int, gap: str, aside: bool) -> bool:
    """Whether token ``i``, after a phrase of place, time or channel that follows a cue taking a
    noun phrase, opens that noun phrase with no preposition: right after the comma that closes an
    aside (أعلن، في ندوة صحفية، فوز سعيّد بنسبة…), or after a preposition with its noun and
    adjective (أعلن في وقت سابق رفضه…). The object is a noun with a pronoun of its subject
    (رفضه، دعمها) or the first word of a construct (فوز سعيّد، دعم مصر), not a verb, a name or a
    preposition.

    >>> from framing.actors import find_mentions
    >>> text = ("وكان المحافظ قد أعلن في وقت سابق رفضه تسليم المصرف «إلا بقرار من البرلمان». "
    ...         "وأعلن رئيس الهيئة، في ندوة صحفية، فوز الرئيس بنسبة 90 بالمئة من الأصوات.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-10-07"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['رفضه تسليم المصرف «إلا بقرار من البرلمان»', 'فوز الرئيس بنسبة 90 بالمئة من الأصوات']

    After the comma of an aside, a verbal noun may govern a number (تخصيص 105 ملايين يورو):

    >>> text = "وأعلنت فون دير لاين، في ندوة صحفية مشتركة، تخصيص 105 ملايين يورو لمساعدة تونس."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-07-17"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['فون دير لاين', 'تخصيص 105 ملايين يورو لمساعدة تونس']]

    So may a style of address that opens a name (مناداة سمو الشيخ…):

    >>> text = "وأعلنت الحكومة الكويتية، في اجتماع استثنائي، مناداة سمو الشيخ مشعل الأحمد أميراً للبلاد."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-12-16"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['مناداة سمو الشيخ مشعل الأحمد أميراً للبلاد']
    """
    tokens, folded = ctx.tokens, ctx.folded
    if i + 1 >= len(tokens) or i in ctx.cue_token_starts or i in ctx.mention_at or ctx.mark_containing(tokens[i].start):
        return False
    word = folded[i]
    if word in PREPOSITIONS or word in STOPS or word in COMPLEMENTIZERS or word in VERB_PARTICLES \
            or has_article(word) or _accusative(tokens[i].text) or _looks_like_verb(word) or not word.isalpha():
        return False
    if aside:
        if gap.strip() not in ("،", ","):
            return False
    elif not _NOUN_PHRASE_ENDS.isdisjoint(gap) or not _time_phrase_before(ctx, i):
        return False
    pronoun = len(word) > 3 and has_possessive(tokens[i].text)
    nxt = ctx.text[tokens[i].end : tokens[i + 1].start]
    construct = _NOUN_PHRASE_ENDS.isdisjoint(nxt) and not _SENTENCE_BREAKS.intersection(nxt) \
        and (has_article(folded[i + 1]) or _names_at(ctx, i + 1) or (aside and folded[i + 1].isdigit())
             or folded[i + 1] in ADDRESS_STYLES)  # مناداة سمو الشيخ: the style of address opens a name
    return pronoun or construct


RELATIVE_TIME_ADJECTIVES = word_class("time_adjectives")
ADDRESS_STYLES = word_class("address_styles")  # سمو، فخامة، معالي: before a name or a title


def _time_phrase_before(ctx: _Context, i: int) -> bool:
    """Whether a phrase of time or place with no article of its own ends before token ``i``: a
    preposition, an indefinite noun and its adjective (في وقت سابق), or a preposition, a month or a
    day (one or two names: في مارس/آذار) and an adjective of relative time (في أكتوبر الماضي).

    >>> from framing.actors import find_mentions
    >>> text = "وكان الرئيس السوري بشار الأسد قد اشترط في مارس/آذار الماضي انسحاب القوات التركية قبل أي لقاء."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-05-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["cue", "text"]].values.tolist()
    [['اشترط', 'انسحاب القوات التركية قبل أي لقاء']]
    """
    folded = ctx.folded
    if i >= 3 and folded[i - 3] in PLACE_AND_TIME_WORDS \
            and not any(has_article(folded[k]) or k in ctx.mention_at for k in (i - 2, i - 1)):
        return True  # في وقت سابق: the preposition, an indefinite noun and its adjective
    if i < 3 or folded[i - 1] not in RELATIVE_TIME_ADJECTIVES:
        return False
    for k in (i - 3, i - 4):
        names = range(k + 1, i - 1)
        if k >= 0 and folded[k] in PLACE_AND_TIME_WORDS and not any(
                has_article(folded[j]) or j in ctx.mention_at or not folded[j].isalpha() for j in names):
            return True
    return False


def _aside_closed(gap: str, aside: bool) -> bool:
    """Whether the space before a word may lie between an adverbial and the cue's object: no
    punctuation, or, after an aside that a comma opened, the one comma that closes it."""
    if aside:
        return gap.strip() in ("،", ",")  # أكد، في بيان، أن…: a word inside the aside is not the object
    return _NOUN_PHRASE_ENDS.isdisjoint(gap)


def _adverb_before_object(ctx: _Context, i: int, gap: str) -> bool:
    """Whether token ``i``, right after a cue that takes an object, is one word of manner or place
    before that object: an adverb in the accusative (يطالب المحتجون أساساً بتحسين…، جدد مجدداً دعوته)
    or a preposition of place with its pronoun (أكد فيها حرص المملكة: "in it", the cable).

    >>> from framing.actors import find_mentions
    >>> text = "وبعث الملك برقية تهنئة إلى البابا، أكد فيها حرص المملكة على مد جسور الحوار."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()
    ['حرص المملكة على مد جسور الحوار']
    """
    if not _NOUN_PHRASE_ENDS.isdisjoint(gap) or i + 1 >= len(ctx.tokens):
        return False
    word = ctx.folded[i]
    if _accusative(ctx.tokens[i].text) and i not in ctx.mention_at:
        return True
    return any(word == p + e for p in PLACE_WORDS_TAKING_A_PRONOUN for e in ENCLITIC_PRONOUNS)


PLACE_WORDS_TAKING_A_PRONOUN = fold_set("في", "خلال")  # فيها، خلالها: in it, during it


# Prepositions of a place or a time (في، خلال، أمام، عقب) that may come between a cue and its
# noun-phrase object; the object then opens with a preposition of content (دعا في كلمته إلى…).
PLACE_AND_TIME_WORDS = word_class("prepositions") - PREPOSITIONS
MAX_ADVERBIAL_WORDS = 4
_NOUN_PHRASE_ENDS = frozenset("،,:؛")


def _mark_in(ctx: _Context, start: int, end: int) -> QuoteMarks | None:
    within = ctx.marks_within(start, end)
    return within[0] if within else None


def _from_start(ctx: _Context, start: int, sentence, *, nominal: bool = False,
                opened: bool = False) -> tuple[int, int, str] | None:
    """The content from ``start`` (:func:`_content`): quoted words that open it and end the
    sentence or a clause before a comma, else the words to the sentence end or the next cue.
    ``opened``: a complementizer, a colon or the cue itself opens it, so quoted words followed by
    a comma are a whole quoted sentence (قال: «…»، قبل أن يختم كلمته…)."""
    text = ctx.text
    while start < len(text) and text[start] in " \t،,:":
        start += 1
    i = ctx.token_at(start)
    if i < len(ctx.tokens) and ctx.tokens[i].start == start and ctx.folded[i] in COMPLEMENTIZERS:
        start = ctx.tokens[i].end  # "وقال: إن «…»"
        while start < len(text) and text[start] in " \t":
            start += 1
    mark = ctx.mark_starting_at(start)
    if mark is not None:  # right after أن/إن or a colon: quoted words, not a name
        rest = text[mark.end : _sentence_end_after(ctx, mark.end)]
        # أشاد بـ«الجهد الاستثنائي»، مؤكداً: a quoted noun phrase that a comma ends is the content; so is
        # a quoted sentence (قال: «…»، قبل أن يختم كلمته…): the writer's clause follows the comma
        if rest.strip(" .،,…") == "" or _starts_with_cue(ctx, rest) or ((nominal or opened) and rest.lstrip()[:1] in ("،", ",")):
            inner_start, inner_end = mark.inner
            return inner_start, _trim_end(text, inner_start, inner_end), "direct"
    end = _sentence_end_after(ctx, start)
    end = _cut_before_next_cue(ctx, start, end)
    end = _trim_end(text, start, end)
    if end <= start:
        return None
    if nominal and len(text[start:end].split()) < 2 and text[end:end + 2].strip()[:1] not in ("،", ",", ".") \
            and not ends_line(text, end):
        return None
    return start, end, _kind(ctx, start, end)


def ends_line(text: str, offset: int) -> bool:
    """Whether nothing but spaces follows ``offset`` to the end of its line: a one-word object
    there ends a headline or a live-blog entry's title, which take no full stop (باريس تدين
    الانقلاب), as a comma or a full stop ends it in a sentence.

    >>> ends_line("باريس تدين الانقلاب\\nقال المتحدث", 19), ends_line("باريس تدين الانقلاب", 19)
    (True, True)
    >>> ends_line("أدانت باريس الانقلاب العسكري", 20)
    False
    """
    rest = text[offset:]
    return not rest.split("\n", 1)[0].strip()


def _sentence_end_after(ctx: _Context, offset: int) -> int:
    """The end of the sentence holding ``offset``, pushed past any quotation it cuts."""
    end = ctx.doc.sentence_of(offset).end
    if end < offset:
        end = len(ctx.text)
    while inside := ctx.marks_containing(end):
        end = max(q.end for q in inside)
    return end


def _starts_with_cue(ctx: _Context, rest: str) -> bool:
    """Whether the words after a closing mark open a new cue (، مضيفاً) or a participle clause."""
    words = rest.lstrip(" ،,").split()
    if not words or (not rest.lstrip(" ").startswith(("،", ",")) and not ctx.res.is_cue_word(words[0])):
        return False
    return ctx.res.is_cue_word(words[0]) or _is_hal_participle(fold(words[0]))


def _cut_before_next_cue(ctx: _Context, start: int, end: int) -> int:
    """Content stops at a comma that opens a new cue (``، مضيفاً``، ``، وقال``) or a circumstantial
    participle (``، مستشهداً بـ``)."""
    first, last = ctx.token_at(start), ctx.token_at(end)
    if first + 1 >= last:
        return end
    cue_starts, starts, tokens = ctx.cue_starts, ctx.doc.token_starts, ctx.tokens
    after_comma: list[int] = []  # the tokens with a comma before them, in order
    for comma in _COMMA.finditer(ctx.text, tokens[first].end, tokens[last - 1].start):
        i = bisect_right(starts, comma.start())
        if not after_comma or after_comma[-1] != i:
            after_comma.append(i)
    for i in after_comma:
        token = tokens[i]
        gap = ctx.text[tokens[i - 1].end : token.start]
        if ctx.mark_containing(token.start):
            continue
        word = ctx.folded[i]
        is_cue = token.start in cue_starts or token.start + 1 in cue_starts
        following = ctx.folded[i + 1] if i + 1 < last else ""
        new_clause = word in CLAUSE_BREAKERS or (word in ("ومن", "من") and following in STANCE_OPENERS) \
            or (word in ("في", "وفي") and following == "حين")
        if is_cue or new_clause or _is_hal_participle(word) or _subject_and_cue_at(ctx, i, tokens[last - 1].start) \
                or _next_report_at(ctx, i) or _verb_first_report_at(ctx, i, tokens[last - 1].start):
            return ctx.tokens[i - 1].end + gap.index("،" if "،" in gap else ",")
    return end


def _comment_cue_at(ctx: _Context, i: int) -> bool:
    """Whether a comment clause with a reporting verb opens at token ``i``: a pronoun, ما or الذي,
    and the cue (، وهو ما اعتبره مراقبون…، الأمر الذي نفاه الوزير): the words before end at its comma,
    and the cue's own quote follows.

    >>> from framing.actors import find_mentions
    >>> text = 'ونددت وزارة الخارجية بـ"الغموض" في الأرقام المعلنة، وهو ما اعتبره مراقبون "تلاعباً بالنتائج".'
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['وزارة الخارجية', '"الغموض" في الأرقام المعلنة'], ['مراقبون', 'تلاعباً بالنتائج']]
    """
    return ctx.folded[i] in COMMENT_PRONOUNS and i + 2 < len(ctx.tokens) \
        and ctx.folded[i + 1] in WHAT_WORDS | RELATIVES and i + 2 in ctx.cue_token_starts \
        and not _gap_has_break(ctx, i + 1) and not _gap_has_break(ctx, i + 2)


def _next_report_at(ctx: _Context, i: int) -> bool:
    """Whether a comment clause with a cue (:func:`_comment_cue_at`) or another report of the same
    speaker (:func:`_also_cue_at`) opens at token ``i``, after a comma."""
    return _comment_cue_at(ctx, i) or _also_cue_at(ctx, i)


def _verb_first_report_at(ctx: _Context, i: int, limit: int) -> bool:
    """Whether a clause of another speaker's report opens at token ``i`` with إذ or حيث, its verb and
    the verb's subject (، إذ تشير تقديرات وكالة الطاقة الدولية إلى…): the words before end at its
    comma, and the new speaker's quote follows.

    >>> from framing.actors import find_mentions
    >>> text = ("ويرى محللون أن قرار التجميد كان متوقعاً، إذ تشير تقديرات وكالة الطاقة الدولية إلى فائض "
    ...         "قد يتجاوز 3 ملايين برميل يومياً.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-02"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()[0]
    ['محللون', 'قرار التجميد كان متوقعاً']
    """
    if ctx.folded[i] not in VERB_FIRST_OPENERS or ctx.folded[i] == "ما" or i + 2 >= len(ctx.tokens) \
            or i + 1 not in ctx.cue_token_starts or _gap_has_break(ctx, i + 1):
        return False
    return _speaker_after(ctx, i + 2, limit) is not None or _unread_name_end(ctx, i + 2, limit) is not None


ALSO_CONNECTORS = word_class("also_connectors")


def _also_cue_at(ctx: _Context, i: int) -> bool:
    """Whether the next report of the same speaker opens at token ``i``: كما and a reporting verb
    (، كما ينص على…، كما شدد على…). The content before ends at its comma, and the verb's own quote
    follows.

    >>> from framing.actors import find_mentions
    >>> text = ("ويدعو الاتفاق للمرة الأولى إلى «التحول بعيداً عن الوقود الأحفوري في أنظمة الطاقة»، "
    ...         "كما ينص على مضاعفة القدرة العالمية للطاقة المتجددة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-12-13"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["text"].tolist()[0]
    '«التحول بعيداً عن الوقود الأحفوري في أنظمة الطاقة»'
    """
    return ctx.folded[i] in ALSO_CONNECTORS and i + 1 in ctx.cue_token_starts and not _gap_has_break(ctx, i + 1)


def _subject_and_cue_at(ctx: _Context, i: int, limit: int) -> bool:
    """Whether a clause with its own speaker and cue opens at token ``i`` (، والسفيرة الأميركية
    تشيد بـ…): a speaker phrase right before a reporting cue or a label's colon (، وقاسم: «…»).

    >>> from framing.actors import find_mentions
    >>> text = "حمّل رئيس الوزراء نواف سلام إسرائيل مسؤولية التصعيد في الجنوب، والسفيرة الأميركية تشيد بالحكومة"
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-02-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "text"]].values.tolist()
    [['رئيس الوزراء نواف سلام', 'التصعيد في الجنوب'], ['والسفيرة الأميركية', 'بالحكومة']]
    """
    if i not in ctx.mention_at and i not in ctx.speaker_nouns and i not in ctx.role_at:
        return False
    end = _speaker_phrase_end(ctx, i, limit)
    if end + 1 >= len(ctx.tokens):
        return False
    if ctx.text[ctx.tokens[end].end : ctx.tokens[end + 1].start].strip().startswith(":"):
        return True  # ، وقاسم: «…»: a speaker's label and his words
    return end + 1 in ctx.cue_token_starts and not _gap_has_break(ctx, end + 1)


_COMMA = re.compile("[،,]")


def _is_hal_participle(word: str) -> bool:
    """مستشهدا، مشيدا، داعيه: an active participle in the accusative, opening a circumstantial clause."""
    return len(word) >= 5 and word.startswith("م") and word.endswith("ا") and not word.startswith("ما")


def _kind(ctx: _Context, start: int, end: int) -> str:
    inner = [q for q in ctx.marks_within(start - 1, end + 1) if q.end <= end + 1 and not ctx.is_name_mark(q)]
    if not inner:
        return "indirect"
    if len(inner) == 1 and ctx.text[start:end].strip().startswith(ctx.text[inner[0].inner[0]: inner[0].inner[0] + 5]) \
            and ctx.text[inner[0].end:end].strip(" .،,") == "" and inner[0].start <= start:
        return "direct"
    return "mixed"


# -- quotes without a reporting word -----------------------------------------------------------


def _headline_quotes(ctx: _Context, found: list[_Quote]) -> list[_Quote]:
    """"ماكرون: 26 دولة التزمت…"، "مصادر دبلوماسية: …" — a short line (a headline, a live-blog
    entry) whose label, actors or a speaker noun phrase, is followed by a statement; and, in a
    question-and-answer interview, each answer however long (:func:`interview_turns`).

    Quotes found in the line whose cue has no subject in it (حزب …: نثمن جهود …, a continuation of
    the previous entry's speaker) give way to the label, which names who speaks; the quotes an
    answer reports (قلت للوزير إن …) stay beside it. ``found`` loses the quotes given up."""
    out = []
    offset = 0
    questions, answers = interview_turns(ctx.text)
    highlights_end = headline_block_end(ctx.text)
    spans = sorted((q.start, q.end) for q in found)
    starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
    for line in ctx.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if line_start in questions:
            continue  # the interviewer's question: the outlet's own voice
        answer = line_start in answers
        indent = len(line) - len(line.lstrip())
        bullet = _bullet_end(line.lstrip()) or time_stamp_end(line.lstrip())  # "- وزير الخارجية:"، "09:30 | الهيئة:"
        label_colon = line.find(":", indent + bullet)
        joint = line.find("..", label_colon + 1) if label_colon >= 0 else -1
        first_item = line[:joint] if joint > 0 else line  # ستيل: «…».. ومنظمات بيئية تتهم: the item is the quote
        line_end = line_start + len(line)
        if label_colon >= 0 and bullet and not answer and len(first_item.split()) > MAX_HEADLINE_WORDS:
            # 04:45 | رئيس حزب … الزاهد: المقاطعة موقف سياسي واضح. واضاف الزاهد ان …: the entry's first
            # sentence, counted after its label
            line_end = line_start + _sentence_end(line, label_colon)
            first_item = line[label_colon + 1 : line_end - line_start]
        if label_colon < 0 or (len(first_item.split()) > MAX_HEADLINE_WORDS and not answer) \
                or line.rstrip().endswith(("؟", "!")):
            continue
        colon = line_start + label_colon
        label_start = line_start + indent + bullet
        label_end = colon
        label_start = _last_headline_item(ctx, label_start, colon)
        colon = label_start + without_channel(ctx.text[label_start:colon])  # وزارة الداخلية، في بيان:
        label_end = colon
        if not (_actor_label(ctx, label_start, colon) or _speaker_label(ctx, label_start, colon)):
            read_end = _label_end(ctx, label_start, colon, answer=answer, bullet=bool(bullet),
                                  highlight=bool(bullet) and line_start < highlights_end)
            if read_end is None:
                continue
            label_end = read_end
        start = colon + 1
        joined = ctx.text.find("..", start, line_end)
        if joined > 0 and ctx.text[joined:line_end].strip(". ") and not answer:
            line_end = joined  # عقيلة صالح: لا حكومة … .. وأبوظبي ترحب: the headline's next item is the outlet's
        end = _trim_end(ctx.text, start, line_end)
        while start < end and ctx.text[start] in " «“\"":
            start += 1
        end = end - 1 if end > start and ctx.text[end - 1] in "»”\"" and not answer else end
        statement = ctx.text[start:end]
        k = bisect_left(starts, end) - 1  # the quotes starting before ``end`` reach past ``start``?
        if k >= 0 and reach[k] > start and not answer:
            inside = [q for q in found if q.start < end and q.end > start]
            if not all(_borrowed_speaker(q, line_start, colon) for q in inside):
                continue
            for q in inside:
                found.remove(q)
        if count_words(statement) < min_statement_words(ctx.text, start, end) or (_is_topic_label(statement) and not answer
                                          and not (bullet and count_words(statement) > 4)
                                          and not wrapped_whole(ctx.text, start, end)):
            # a highlight line under a headline states; a heading of a section names a topic
            continue
        kind = "mixed" if _kind(ctx, start, end) == "mixed" and not answer else "direct"
        # - الرباط: باريس تتطلع إلى "مرحلة هادئة" is mixed; an answer is the interviewee's own words
        out.append(_Quote(start, end, kind, cue=":", cue_start=colon, cue_end=colon + 1, verb_class="neutral",
                          attribution="headline", speaker=(label_start, label_end),
                          form="label_line" if bullet or answer else "headline"))
    return out


MIN_STATEMENT_WORDS = 3  # a label line's statement; fewer words name a topic (مادورو: الانتخابات)
MIN_QUOTED_STATEMENT_WORDS = 2  # مادورو: "انقلاب فاشي": words in quotation marks are his however short


def min_statement_words(text: str, start: int, end: int) -> int:
    """The fewest words a statement after a headline's label may have: two when quotation marks
    wrap it whole (a subheading مادورو: "انقلاب فاشي") or when the two make a sentence
    (:func:`two_word_sentence`: المجلس السياسي: الرد قادم), else three.

    >>> text = 'مادورو: "انقلاب فاشي"'
    >>> min_statement_words(text, 9, 20), min_statement_words("مادورو: الانتخابات الرئاسية", 8, 28)
    (2, 3)
    >>> min_statement_words("الدعم السريع: دعوى يائسة", 14, 24)
    2
    """
    if wrapped_whole(text, start, end) or two_word_sentence(text[start:end]):
        return MIN_QUOTED_STATEMENT_WORDS
    return MIN_STATEMENT_WORDS


def wrapped_whole(text: str, start: int, end: int) -> bool:
    """Whether quotation marks wrap the words ``[start, end)`` whole.

    >>> wrapped_whole('آبي أحمد: «التزامنا بالسلام ثابت»', 11, 32), wrapped_whole("آبي أحمد: التزامنا ثابت", 10, 23)
    (True, False)
    """
    return start > 0 and text[start - 1] in "«“\"" and end < len(text) and text[end] in "»”\""


def two_word_sentence(statement: str) -> bool:
    """Whether two words after a label's colon say something rather than name a topic: a definite
    subject with its predicate or verb (الرد قادم، الوقت ينفد), or an indefinite noun with its
    indefinite adjective, a judgement (دعوى يائسة، عرس ديمقراطي، خرق أمني). A topic is a definite
    noun phrase (الانتخابات الرئاسية) or a construct (ملف الانتخابات); an accusative after a name is
    the outlet's news (السنغال: فاي رئيساً).

    >>> [two_word_sentence(s) for s in ("الرد قادم", "الوقت ينفد", "دعوى يائسة", "عرس ديمقراطي")]
    [True, True, True, True]
    >>> [two_word_sentence(s) for s in ("الانتخابات الرئاسية", "ملف الانتخابات", "فاي رئيساً", "في الدوحة", "الرد")]
    [False, False, False, False, False]
    """
    written = [w.strip(QUOTE_MARKS + "،,.!") for w in statement.split()]
    if len(written) != 2:
        return False
    first, second = (fold(w) for w in written)
    if not (first.isalpha() and second.isalpha()) or any(w in STOPS or w in PREPOSITIONS for w in (first, second)):
        return False
    if has_article(first):
        return _verb_after_subject(second) or _predicate_after_subject(statement)
    return not has_article(second) and not _accusative(written[1]) and not _looks_like_verb(first) \
        and not second.startswith(("و", "ب", "ل", "ك", "ف"))


def first_person(note: str) -> str:
    """The tense of a cue whose first reading in the lexicon's note is the first person
    ("perfect" for قلت، "imperfect" for أقول), "" for any other cue.

    >>> first_person("perfect 1s/2s; also 2ms/2fs"), first_person("imperfect 1p"), first_person("perfect 3fs; also 1s/2s")
    ('perfect', 'imperfect', '')
    """
    match = re.match(r"(perfect|imperfect) 1", note)
    return match.group(1) if match else ""


def _first_person_in_answers(ctx: _Context, found: list[_Quote]) -> list[_Quote]:
    """Inside an interview's answer, a cue in the first person is the interviewee's: a past one
    (وأنا قلت للوزير إن …) reports his own words, with him as speaker, not the one spoken to; a
    present one (أقول لهم:، أقولها لك بوضوح:) is the answer itself, no quote of its own.

    >>> from framing.actors import find_mentions
    >>> text = ("قال وزير الخارجية العراقي فؤاد حسين إن الوضع صعب.\\n\\nالصحيفة: كيف ترى الحدود؟\\n\\n"
    ...         "حسين: أقول لهم: الحدود آمنة. وقلت للوزير عراقجي إن «الأمن واحد بين البلدين».\\n\\n"
    ...         "الصحيفة: والمياه؟\\n\\nحسين: المياه قضية وجودية بالنسبة إلينا.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "cue", "text"]].values.tolist()[1:3]
    [['Fuad Hussein', ':', 'أقول لهم: الحدود آمنة. وقلت للوزير عراقجي إن «الأمن واحد بين البلدين»'], ['Fuad Hussein', 'قلت', 'الأمن واحد بين البلدين']]
    """
    answers = [q for q in found if q.attribution == "headline" and q.form == "label_line" and q.speaker]
    if not answers:
        return found
    notes = {m.start: ctx.res.cue_rows[m.entry].get("note", "") for m in ctx.cues}
    out = []
    for q in found:
        answer = next((a for a in answers if a is not q and a.start <= q.cue_start < a.end), None)
        tense = first_person(str(notes.get(q.cue_start, ""))) if answer is not None else ""
        if tense == "imperfect":
            continue
        if tense == "perfect":
            q.speaker, q.speaker_src = None, answer
        out.append(q)
    return out


def surname_label(ctx: _Context, start: int, end: int) -> dict | None:
    """A mention for a label that is the last name of one person the article names in full
    (فؤاد حسين … then «حسين: …»), or None: the label is not that person's, or it ends the names
    of several people.

    >>> from framing.actors import find_mentions
    >>> text = ("قال وزير الخارجية العراقي فؤاد حسين إن الوضع صعب.\\n\\nالصحيفة: كيف ترى الحدود؟\\n\\n"
    ...         "حسين: الحدود آمنة تماماً ولا خوف عليها.\\n\\nالصحيفة: والمياه؟\\n\\nحسين: المياه قضية وجودية بالنسبة إلينا.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "form"]].values.tolist()[-1]
    ['حسين', 'Fuad Hussein', 'label_line']
    """
    words = tuple(fold(w) for w in ctx.text[start:end].split())
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    people: dict[str, dict] = {}
    for m in ctx.mentions:
        named = tuple(fold(w) for w in ctx.text[m["start"] : m["end"]].split())
        if m["actor_type"] == "person" and len(named) > len(words) and named[-len(words):] == words:
            people.setdefault(m["actor_id"], m)
    if len(people) != 1:
        return None
    return next(iter(people.values())) | {"start": start, "end": end, "form": "name"}


MAX_UNREAD_LABEL_WORDS = 2


def _unread_name_label(ctx: _Context, start: int, end: int, *, answer: bool, bullet: bool) -> dict | None:
    """A person's mention for the label of an interview's answer or of a highlight line (- العوادي: …)
    that no actor or speaker noun reads: a name of one or two words in an answer, of one word on a
    line of its own (سؤال وجواب: is a heading), which the form of the line shows to be a speaker's
    (the person named in the article, whose discovered name ends with it).

    >>> from framing.actors import find_mentions
    >>> text = ("طرحنا أسئلة على باحث متخصص في شؤون وسط أفريقيا:\\n\\nالقناة: هل كان الانقلاب مفاجئاً؟\\n"
    ...         "مبوما: ليس تماماً، فالغضب كان يتراكم منذ سنوات.\\n\\nالقناة: وما الذي تخسره فرنسا؟\\n"
    ...         "مبوما: ربما لا تخسر الكثير في المدى القصير.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-08-30"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "form"]].values.tolist()
    [['unknown:مبوما', 'label_line'], ['unknown:مبوما', 'label_line']]
    """
    words = ctx.text[start:end].split()
    if not words or len(words) > (MAX_UNREAD_LABEL_WORDS if answer else 1 if bullet else 0) \
            or ctx.mentions_within(start, end):
        return None
    folded = [fold(w) for w in words]
    if any(not w.isalpha() or w in STOPS or w in CLAUSE_OPENERS or ctx.res.is_cue_word(w) for w in folded):
        return None
    return {"article_id": ctx.doc.article_id, "actor_id": UNKNOWN_PREFIX + " ".join(words), "actor_type": "person",
            "surface": ctx.text[start:end], "form": "name", "start": start, "end": end, "sentence_id": -1,
            "affiliation": ""}


def _label_end(ctx: _Context, start: int, colon: int, *, answer: bool, bullet: bool, highlight: bool) -> int | None:
    """Where the speaker of a label that no actor or speaker noun reads whole ends (:func:`_headline_quotes`),
    or None when the label names no speaker. Its venue is left out (لافروف من ريو:); then it may be
    the surname of a person named in full (:func:`surname_label`), an unread name answering an
    interview or on a bullet (:func:`_unread_name_label`), the label of a highlight line under the
    headline (``highlight``, :func:`_highlight_label`), or actors or a speaker noun before the venue.
    A label read so becomes a mention of the context."""
    end = start + speaker_part(ctx.text[start:colon])  # لافروف من ريو: the venue is no speaker
    read = _actor_label(ctx, start, end) or _speaker_label(ctx, start, end)
    if not read and (named := surname_label(ctx, start, end)) is not None:
        ctx.add_mention(named)  # حسين: … after فؤاد حسين was named in full
    elif (unread := _unread_name_label(ctx, start, end, answer=answer, bullet=bullet)) is not None:
        ctx.add_mention(unread)  # مبوما: … answering an interview's questions
    elif highlight and (line := _highlight_label(ctx, start, end)) is not None:
        ctx.add_mention(line)  # - الهلال الأحمر الليبي: … under the headline
    elif end == colon or not read:
        return None
    return end


def headline_block_end(text: str) -> int:
    """Where the headline block ends: the start of the first line longer than a headline (the
    article's first paragraph). Bulleted lines before it are the highlights under the headline
    (- الهلال الأحمر الليبي: …); a list further down links other stories (اقرأ أيضاً).

    >>> text = "درنة تحت الركام\\n- الهلال الأحمر: عدد المفقودين قد يتجاوز 10 آلاف\\n" + "كلمة " * 20
    >>> headline_block_end(text) == text.index("كلمة")
    True
    """
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) > MAX_HEADLINE_WORDS:
            return offset
        offset += len(line) + 1
    return len(text)


def _highlight_label(ctx: _Context, start: int, end: int) -> dict | None:
    """A mention for the label of a highlight line under the headline (- الهلال الأحمر الليبي: …،
    - عميد بلدية درنة: …، - "راصد": …) that no actor or speaker noun reads whole: in that place a
    short noun phrase before a colon names who speaks. Its words hold no verb, number, preposition or
    cue; a name in quotation marks or a definite noun opens a body, anything else a person.

    >>> from framing.actors import find_mentions
    >>> text = ("درنة تحت الركام\\n\\n"
    ...         '- "راصد": مخالفات محدودة لم تؤثر على النتائج\\n\\n' + "وارتفعت حصيلة ضحايا الفيضانات في مدينة درنة " * 2)
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_type", "text"]].values.tolist()
    [['"راصد"', 'institution', 'مخالفات محدودة لم تؤثر على النتائج']]
    """
    label = ctx.text[start:end]
    words = [fold(w.strip(QUOTE_MARKS)) for w in label.split()]
    if not words or len(words) > MAX_LABEL_WORDS or not all(w.isalpha() for w in words):
        return None
    if words[0] in CLAUSE_OPENERS or any(w in STOPS or ctx.res.is_cue_word(w) for w in words) \
            or _looks_like_verb(words[0]):
        return None
    body = label.strip()[:1] in QUOTE_MARKS or has_article(words[0])
    return {"article_id": ctx.doc.article_id, "actor_id": UNKNOWN_PREFIX + label.strip(QUOTE_MARKS + " "),
            "actor_type": "organisation" if body else "person", "surface": label, "form": "name",
            "start": start, "end": end, "sentence_id": -1, "affiliation": ""}


def _borrowed_speaker(q: _Quote, line_start: int, colon: int) -> bool:
    """Whether a quote found in a label line has its cue after the label's colon and its speaker
    from before the line (a continuation of the previous entry's speaker, or none)."""
    source = q
    while source.speaker is None and source.speaker_src is not None and source.speaker_src is not source:
        source = source.speaker_src
    return q.cue_start > colon and (source.speaker is None or source.speaker[1] <= line_start)


def _sentence_end(line: str, start: int) -> int:
    """Where the first sentence after ``start`` ends in a line (after its full stop), else the line's end.

    >>> line = "الزاهد: المقاطعة موقف واضح. واضاف الزاهد ان الحزب سيواصل"
    >>> line[: _sentence_end(line, 6)]
    'الزاهد: المقاطعة موقف واضح.'
    """
    match = re.compile(r"[.!؟](?=\s)").search(line, start)
    return match.end() if match else len(line)


MIN_INTERVIEW_ANSWERS = 2


def interview_turns(text: str) -> tuple[set[int], set[int]]:
    """The paragraphs (by start offset) of a question-and-answer interview: questions, labelled
    paragraphs holding a question mark, and answers, the labelled paragraph right after a question
    under another label. A text is an interview when one label answers at least twice; else both
    sets are empty.

    >>> text = ("تمهيد.\\n\\nالصحيفة: كيف ترى الوضع؟\\n\\nالوزير: الوضع صعب لكننا نعمل.\\n\\n"
    ...         "الصحيفة: وماذا عن الحدود؟\\n\\nالوزير: الحدود آمنة تماماً.")
    >>> questions, answers = interview_turns(text)
    >>> [text[k : k + 7] for k in sorted(questions)], [text[k : k + 6] for k in sorted(answers)]
    (['الصحيفة', 'الصحيفة'], ['الوزير', 'الوزير'])
    >>> interview_turns("الوزير: الوضع صعب؟\\n\\nالمحلل: نعم.")
    (set(), set())
    """
    paragraphs = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((offset, line, _turn_label(line)))
        offset += len(line) + 1
    questions: set[int] = set()
    answers: dict[str, set[int]] = {}
    for (start, line, label), (next_start, _, next_label) in pairwise(paragraphs):
        if label and "؟" in line[len(label):] and next_label and next_label != label:
            questions.add(start)
            answers.setdefault(next_label, set()).add(next_start)
    answering = {label for label, turns in answers.items() if len(turns) >= MIN_INTERVIEW_ANSWERS}
    if not answering:
        return set(), set()
    return questions, set().union(*(answers[label] for label in answering))


def _turn_label(line: str) -> str:
    """The label before a colon that opens a paragraph (a name, a title, an outlet), "" if none."""
    colon = line.find(":")
    label = line[:colon].strip() if colon > 0 else ""
    if not label or len(label.split()) > MAX_LABEL_WORDS or any(ch in label for ch in ".،,؟!" + QUOTE_MARKS):
        return ""
    return fold(label)


_HEADLINE_ITEM_BREAK = re.compile(r"\.\.+|[،,]")


def _last_headline_item(ctx: _Context, start: int, colon: int) -> int:
    """Where the label before a headline colon begins: the whole line, or, when the line joins
    several items (.. or a comma) and the last one is an actor or a speaker noun, that item (الوسطاء
    يعلنون الاتفاق.. وحماس تشكر قطر، وقاسم: «المقاومة فرضت إرادتها»).

    >>> from framing.actors import find_mentions
    >>> text = "ترامب يعلن الاتفاق.. وروسيا ترحب بالخطوة، ونتنياهو: «لن نتوقف قبل تحقيق أهدافنا»\\n\\nنص الخبر."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-10-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "text"]].values.tolist()[-1]
    ['Benjamin Netanyahu', 'لن نتوقف قبل تحقيق أهدافنا']
    """
    breaks = list(_HEADLINE_ITEM_BREAK.finditer(ctx.text, start, colon))
    if not breaks or _actor_label(ctx, start, colon) or _speaker_label(ctx, start, colon):
        return start
    item = breaks[-1].end()
    while item < colon and ctx.text[item].isspace():
        item += 1
    i = ctx.token_at(item)
    if i < len(ctx.tokens) and ctx.folded[i][:1] == "و" and i in ctx.mention_at and ctx.mention_at[i]["start"] > item:
        item = ctx.mention_at[i]["start"]  # وقاسم: the label is the name
    return item if _actor_label(ctx, item, colon) or _speaker_label(ctx, item, colon) else start


VENUE_PREPOSITIONS = word_class("venue_prepositions")
MAX_VENUE_WORDS = 2


_OUTLET_ADDRESSEE = re.compile(r"\s+لـ?\s*[«\"“][^«»\"“”]{1,30}[»\"”]\s*$")


def speaker_part(label: str) -> int:
    """The length of the speaker in a headline label that may end with where he spoke (لافروف من
    ريو، ماكرون في برلين): the label without a last short phrase after من or في. The caller tries
    the whole label first (مصدر في الرئاسة الفرنسية is one speaker).

    >>> [label[: speaker_part(label)] for label in ("لافروف من ريو", "ماكرون في برلين", "بوريطة")]
    ['لافروف', 'ماكرون', 'بوريطة']

    The outlet he spoke to, after لـ and in quotation marks, is no speaker either (an interview's
    headline, وزير الخارجية لـ«الصباح»):

    >>> label = "فؤاد حسين لـ«الصباح»"
    >>> label[: speaker_part(label)]
    'فؤاد حسين'
    """
    outlet = _OUTLET_ADDRESSEE.search(label)
    if outlet:
        return outlet.start()
    words = label.split()
    for k in range(len(words) - 1, 0, -1):
        if fold(words[k]) in VENUE_PREPOSITIONS and 0 < len(words) - k - 1 <= MAX_VENUE_WORDS:
            return len(label.rstrip()) - len(" ".join(words[k:])) - 1
    return len(label)


def without_channel(label: str) -> int:
    """The length of a label without the channel set off after a comma (وزارة الداخلية، في بيان:
    the ministry speaks, the statement is how): a last short phrase after a comma that opens with
    a preposition of place or means.

    >>> [label[: without_channel(label)] for label in ("وزارة الداخلية، في بيان", "الوزير، في مؤتمر صحفي")]
    ['وزارة الداخلية', 'الوزير']
    >>> label = "مصدر في الرئاسة الفرنسية"
    >>> label[: without_channel(label)]
    'مصدر في الرئاسة الفرنسية'
    """
    comma = max(label.rfind("،"), label.rfind(","))
    words = label[comma + 1 :].split()
    if comma > 0 and words and fold(words[0]) in VENUE_PREPOSITIONS and len(words) - 1 <= MAX_VENUE_WORDS:
        return len(label[:comma].rstrip())
    return len(label)


# a dash or a dot, a number, or an ordinal word with its colon (أولاً: …، ثانياً: …)
_BULLET = re.compile(r"(?:[-–—•*▪●]|[0-9٠-٩]{1,2}\s?[.)\-–])\s+"
                     r"|(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:اً|ًا|ا)\s*[:\-–]\s*")
_TIME_STAMP = re.compile(r"[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}(?:\s*(?:ص|م|صباحاً|صباحا|مساءً|مساء))?\s*[|–—-]\s*")


def time_stamp_end(line: str) -> int:
    """The length of a clock time and its bar or dash that open a live-blog entry (``09:30 | ``),
    0 when the line has none: the entry after it is a line of its own, as after a bullet.

    >>> time_stamp_end("09:30 | رئيس الهيئة: جميع اللجان فتحت"), time_stamp_end("10:15 - أدلى الوزير بصوته")
    (8, 8)
    >>> time_stamp_end("2025 عام صعب"), time_stamp_end("الساعة 10:15 بدأ التصويت")
    (0, 0)
    """
    match = _TIME_STAMP.match(line)
    return match.end() if match else 0


def _bullet_end(line: str) -> int:
    """The length of the bullet (a dash, a dot, a number) and its spaces that open a highlight line
    or a list item, 0 when the line has none.

    >>> _bullet_end("- الرباط: نحترم خيار الشعب"), _bullet_end("• كوستا: …"), _bullet_end("2. السوق قد تشهد")
    (2, 2, 3)
    >>> _bullet_end("الرباط: نحترم"), _bullet_end("2025 عام صعب"), _bullet_end("ثانياً: رفض التدخل")
    (0, 0, 8)
    """
    match = _BULLET.match(line)
    return match.end() if match else 0


def _looks_like_verb(word: str) -> bool:
    """A folded word with the prefix of an imperfect verb (يريد، تبحث) or of the future (ستكون),
    and not the shape of a verbal noun (تعهدات، تحالف، تصعيد).

    >>> [_looks_like_verb(w) for w in ("ستكون", "تبحث", "يريد", "تعهدات", "تصعيد", "تحالف", "في")]
    [True, True, True, False, False, False, False]
    """
    if word.startswith(("سي", "ست", "سن")) and len(word) >= 4:
        return True
    if word[:1] not in ("ي", "ت") or len(word) < 4 or word.endswith(("ه", "ات")):
        return False
    return not (len(word) >= 5 and (word[3] == "ي" or word[2] == "ا"))


def _actor_label(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is actor mentions only (ماكرون وزيلينسكي)."""
    label = ctx.mentions_within(start, end)
    leftover = fold(ctx.text[start:end])
    for m in label:
        leftover = leftover.replace(fold(ctx.text[m["start"] : m["end"]]), "")
    return bool(label) and not leftover.replace("و", "").strip()


def _speaker_label(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short phrase headed by a speaker noun (مصادر دبلوماسية، مصدر
    في الرئاسة الفرنسية)."""
    first, last = ctx.token_at(start), ctx.token_at(end)
    return (first in ctx.speaker_nouns or first in ctx.role_at) and last - first <= MAX_LABEL_WORDS


PAST_AUXILIARIES = word_class("past_auxiliaries")  # كان، كانت: a verb after the subject


def _verb_after_subject(word: str) -> bool:
    """An imperfect or future verb (:func:`_looks_like_verb`) or a form of كان (المحادثات كانت صريحة)."""
    return _looks_like_verb(word) or word in PAST_AUXILIARIES


def _is_topic_label(statement: str) -> bool:
    """A heading like "ختام الجلسة مع …" names a topic; a statement has a verb, a negation or a predicate.

    A topic opens with a noun phrase: a definite noun (القمة …) or a construct (ختام الجلسة) with
    no verb after it (قمة العلا تعيد اللحمة الخليجية states).

    >>> _is_topic_label("ختام الجلسة مع الوزير"), _is_topic_label("المحادثات كانت صريحة وبنّاءة")
    (True, False)
    >>> _is_topic_label("قمة العلا تعيد اللحمة الخليجية")
    False
    """
    words = [fold(w).strip(QUOTE_MARKS) for w in statement.split()]
    if any(w in TOPIC_NEGATORS for w in words[:3]) or len(words) > MAX_TOPIC_WORDS:
        return False
    if any(w in COMPLEMENTIZERS or (len(w) >= 4 and w.endswith("وا")) for w in words):
        return False  # الشركاء أثبتوا أن…: a clause
    if _quoted_predicate(statement):
        return False  # الافتتاح الأحادي لسد النهضة «خرق صريح» للقانون الدولي: a claim in quotation marks
    if words[0].startswith("ال"):  # القمة تبحث…، القوات الأجنبية في أوكرانيا ستكون…
        return not any(map(_verb_after_subject, words[1:5])) \
            and not _predicate_after_subject(statement)  # المحادثات كانت صريحة: كان is a verb
    return len(words) > 1 and words[1].startswith("ال") and not words[0][:1].isdigit() \
        and not words[0].startswith(("ي", "ت", "ن", "س")) and not any(map(_verb_after_subject, words[2:5]))


def _predicate_after_subject(statement: str) -> bool:
    """Whether a statement that opens with a definite noun goes on with what is said of it: an
    indefinite word right after it (الإقبال جيد في أغلب المحافظات, a nominal sentence), or a
    perfect verb of two or more (الصومال وإثيوبيا اتخذا الخطوة الأولى). A topic's definite noun is
    followed by its adjective (القمة العربية), a preposition (الحرب في غزة) or a number.

    >>> _predicate_after_subject("الإقبال جيد في أغلب المحافظات")
    True
    >>> _predicate_after_subject("الصومال وإثيوبيا اتخذا الخطوة الأولى نحو بداية جديدة")
    True
    >>> [_predicate_after_subject(s) for s in ("القمة العربية في بغداد", "الحرب في غزة", "الانتخابات 2024", "الإقبال")]
    [False, False, False, False]
    """
    written = [w.strip(QUOTE_MARKS + "،,.") for w in statement.split()]
    words = [fold(w) for w in written]
    if len(words) < 2 or not words[0].startswith("ال"):
        return False
    second = words[1]
    if second and not second.startswith(("ال", "و", "ف", "ب", "ل", "ك")) and not second[:1].isdigit() \
            and second not in PREPOSITIONS and second not in ASIDE_PREPOSITIONS and not _accusative(written[1]):
        return True
    return any(_dual_verb_after(words[k - 1], words[k], written[k]) for k in range(1, min(len(words), 5)))


def _dual_verb_after(before: str, word: str, written: str) -> bool:
    """Whether a folded word is a perfect verb of two after their joined subject (وإثيوبيا اتخذا،
    الطرفان اتفقا): it ends in ا, right after a word joined by و or a dual in ان; not a name ending
    in ا (وإثيوبيا itself opens with و) nor an adverb in the accusative (أيضاً).

    >>> _dual_verb_after("واثيوبيا", "اتخذا", "اتخذا"), _dual_verb_after("الصومال", "واثيوبيا", "وإثيوبيا")
    (True, False)
    """
    return len(word) >= 4 and word.endswith("ا") and not word.startswith(("ال", "و")) \
        and not _accusative(written) and (before.startswith("و") or before.endswith("ان"))


def _quoted_predicate(statement: str) -> bool:
    """Whether quoted words follow the first words of a headline statement, and not as a name after
    a naming noun (قمة «تحالف الراغبين»): the quotation is what is said about the subject.

    >>> _quoted_predicate('الافتتاح الأحادي لسد النهضة "خرق صريح" للقانون الدولي')
    True
    >>> _quoted_predicate("ختام قمة «تحالف الراغبين» في باريس"), _quoted_predicate("الجلسة الختامية")
    (False, False)
    """
    opening = next((k for k, ch in enumerate(statement) if ch in QUOTE_MARKS), -1)
    before = statement[:opening].split() if opening > 0 else []
    if not before:
        return False
    last = fold(before[-1])
    return last not in NAMING_NOUNS and last.lstrip("وبل") not in NAMING_NOUNS


def _continuation_quotes(ctx: _Context, found: list[_Quote]) -> list[_Quote]:
    """A quoted sentence with no cue right after a quote continues that quote's speaker."""
    out: list[_Quote] = []
    spans = sorted((f.start, f.end) for f in found)
    starts, reach = [s for s, _ in spans], list(accumulate((e for _, e in spans), max))

    added: list[tuple[int, int]] = []  # the spans of ``out``, sorted; they never overlap

    def taken(mark: QuoteMarks) -> bool:  # overlaps a quote found already
        k = bisect_left(starts, mark.end) - 1
        j = bisect_left(added, (mark.end, -1)) - 1
        return (k >= 0 and reach[k] > mark.start) or (j >= 0 and added[j][1] > mark.start)

    for q in found:
        for mark in ctx.marks_within(q.end, len(ctx.text) + 1):
            if ctx.text.find("\n", q.end, mark.start) >= 0:
                break  # a later paragraph (a speaker phrase never holds a line break)
            if taken(mark):
                continue
            gap = ctx.text[q.end : mark.start]
            for span in (q.speaker, (q.cue_start, q.cue_end)):
                if span and span[0] >= q.end:
                    gap = gap.replace(ctx.text[span[0] : span[1]], "")
            if len(gap.strip(" .،,:–-\"»”")) > 2 or "\n" in gap or ctx.is_name_mark(mark):
                break
            start, end = mark.inner
            if len(ctx.text[start:end].split()) < MIN_CONTINUATION_WORDS:
                break
            out.append(_Quote(start, _trim_end(ctx.text, start, end), "direct", cue="", cue_start=-1, cue_end=-1,
                              verb_class=q.verb_class, attribution="continuation", speaker=None, speaker_src=q,
                              form="continuation"))
            insort(added, (out[-1].start, out[-1].end))
            break
    return out


# -- rows --------------------------------------------------------------------------------------


def _resolve_speaker(ctx: _Context, q: _Quote) -> tuple[str, str, str]:
    """(surface, actor id, speaker type) of a quote's speaker: its own phrase, or the phrase of the
    quote it takes its speaker from, read by the rule of its head (a speaker noun, no actor, actors)."""
    seen = set()
    while q.speaker is None and q.speaker_src is not None and id(q) not in seen:
        seen.add(id(q))
        q = q.speaker_src
    if q.speaker is None:
        return "", "", "unknown"
    start, end = q.speaker
    if q.document:
        return ctx.text[start:end], "", "document"
    inside = ctx.mentions_within(start, end)
    if q.unread and not inside:
        return ctx.text[start:end], UNKNOWN_PREFIX + ctx.text[start:end], "person"
    head = _speaker_head(ctx, start)
    if head is not None and ctx.token_at(start) <= ctx.token_at(head.start) and head.start < end \
            and not (inside and inside[0]["start"] == start):
        return _noun_headed_speaker(ctx, q.speaker, ctx.res.speaker_types[head.entry], inside)
    if not inside:
        surface, actor, kind = _unnamed_speaker(ctx, q.speaker)
        # بحسب حصيلة رسمية، وفقاً للأرقام الأولية: a source after a phrase of attribution that names no
        # one and no role is a record of figures
        return surface, actor, "document" if kind == "unknown" and q.form == "according_to" else kind
    return _named_speaker(ctx, q.speaker, inside)


def _speaker_head(ctx: _Context, start: int):
    """The speaker noun that heads a speaker phrase at ``start``: its first word, or the noun after
    a word of quantity (ثلاثة دبلوماسيين، اثنين من المسؤولين); None if there is none."""
    first = ctx.token_at(start)
    head = ctx.speaker_nouns.get(first)
    if head is None and first + 1 < len(ctx.tokens) and first not in ctx.mention_at:
        head = ctx.speaker_nouns.get(first + 1)  # ثلاثة دبلوماسيين
        if head is None and (partitive := _partitive_head(ctx, first)) is not None:
            head = ctx.speaker_nouns[partitive]  # اثنين من المسؤولين
    return head


def _unnamed_speaker(ctx: _Context, speaker: tuple[int, int]) -> tuple[str, str, str]:
    """(surface, actor id, speaker type) of a speaker phrase with no actor in it and no speaker noun
    at its head: the actor a bare head stands for (الوزير), the state of a spokesman's office
    (الناطق الرسمي باسم الحكومة), a person whose role alone is written (عميد بلدية درنة), else no id.

    >>> from framing.actors import find_mentions
    >>> text = ("وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة. وفي عمّان، قال الناطق الرسمي باسم الحكومة "
    ...         "إن الأردن يدعم الجهود المصرية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-05-01"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "speaker_type"]].values.tolist()
    [['الناطق الرسمي باسم الحكومة', 'Jordan', 'institution']]
    """
    start, end = speaker
    surface = ctx.text[start:end]
    if (antecedent := _bare_head_antecedent(ctx, start, end)) is not None:
        return surface, antecedent["actor_id"], SPEAKER_TYPE_OF_ACTOR.get(antecedent["actor_type"], "unknown")
    if _is_state_body(_spokesman_office(surface)):
        # وفي عمّان، قال الناطق الرسمي باسم الحكومة: the spokesman's office speaks for its state
        return surface, _state_of_body(ctx, start), "institution"
    if (body := _unnamed_spokesmans_body(ctx, start, end)) is not None:
        return surface, body, "institution"
    if ctx.token_at(start) in ctx.role_at:
        # عميد بلدية درنة، النائب العام: a role whose holder is not named; وزير العدل المكلف معاوية
        # عثمان: a role and a name the actor layer does not read; الوزير after it: the same man
        name = _name_after_office(ctx, start, end) or _holder_named_before(ctx, start, end)
        return surface, UNKNOWN_PREFIX + name if name else "", "person"
    if _one_of(ctx, ctx.token_at(start)):
        return surface, "", "anonymous"  # إحدى ساكنات حي الثورة
    return surface, "", "unknown"


def _holder_named_before(ctx: _Context, start: int, end: int) -> str:
    """The name (:func:`_name_after_office`) of the holder of a bare definite role (الوزير) that the
    nearest earlier phrase of the same role names (وزير العدل المكلف معاوية عثمان محمد خير); "" when
    the phrase is no bare role or the role came before with no name the actor layer missed.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال وزير العدل المكلف معاوية عثمان محمد خير إن السودان قدم أدلة دامغة إلى المحكمة. "
    ...         "وأضاف الوزير أن الإمارات «تتحمل المسؤولية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-04-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()[-1]
    'unknown:معاوية عثمان محمد خير'
    """
    words = ctx.text[start:end].split()
    head = _without_conjunction(fold(words[0])) if len(words) == 1 else ""
    if not head.startswith("ال"):
        return ""
    for k in range(ctx.token_at(start) - 1, -1, -1):
        if k in ctx.role_at and _without_conjunction(ctx.folded[k]) in (head, head[2:]):
            last = _speaker_phrase_end(ctx, k, start)
            return _name_after_office(ctx, ctx.tokens[k].start, ctx.tokens[last].end)
    return ""


def _name_after_office(ctx: _Context, start: int, end: int) -> str:
    """The words of a name that end a speaker phrase of a role and its office (وزير العدل المكلف
    معاوية عثمان محمد خير → معاوية عثمان محمد خير): the undefined words after a definite one, to the
    end, none a function word (:func:`_unread_name_word`); "" when the phrase has none (عميد
    بلدية درنة: an office in the genitive, undefined from its first word).

    >>> from framing.actors import find_mentions
    >>> text = "وقال وزير العدل المكلف معاوية عثمان محمد خير إن السودان قدم أدلة دامغة إلى المحكمة."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-04-10"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['unknown:معاوية عثمان محمد خير', 'person']]
    """
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    for k in range(first + 1, last + 1):
        if has_article(ctx.folded[k - 1]) and not has_article(ctx.folded[k]):
            names = range(k, last + 1)
            if len(names) <= MAX_NAME_WORDS and all(_unread_name_word(ctx, j) for j in names) \
                    and not any(_gap_has_break(ctx, j) for j in names):
                return ctx.text[ctx.tokens[k].start : end]
            return ""
    return ""


def _unnamed_spokesmans_body(ctx: _Context, start: int, end: int) -> str | None:
    """The actor id an unnamed spokesman of a body named by its definite head speaks for
    (docs/annotation.md: an unnamed spokesman of a delegation or of a government speaks for its
    state): the body the head points back to (المتحدث باسم الوزارة after وزارة الخارجية الصينية),
    else the state of the body (الناطق باسم الوفد الحكومي); None when the phrase is no spokesman's
    office or its body is not named by definite words.

    >>> from framing.actors import find_mentions
    >>> text = ("تتواصل في الدوحة المفاوضات بين حكومة الكونغو الديمقراطية وحركة إم 23. وقال الناطق "
    ...         "باسم الوفد الحكومي إن الحركة لم تلتزم بوقف إطلاق النار في شرق الكونغو الديمقراطية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-16"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Democratic Republic of the Congo', 'institution']]
    """
    office = _spokesman_office(ctx.text[start:end])
    words = [_without_conjunction(fold(w)) for w in office.split()]
    if not words or not all(has_article(w) for w in words):
        return None
    office_start = end - len(office)
    if (antecedent := _bare_head_antecedent(ctx, office_start, end)) is not None \
            and antecedent["actor_type"] != "person":
        return antecedent["actor_id"]
    if any(w in GOVERNMENT_ADJECTIVES for w in words) and (state := _named_government(ctx, start)):
        return state  # الوفد الحكومي in talks between حكومة الكونغو الديمقراطية and a movement
    return _state_of_body(ctx, start)


GOVERNMENT_ADJECTIVES = fold_set("الحكومي", "الحكومية")


def _named_government(ctx: _Context, start: int) -> str:
    """The one state whose government the text names before ``start`` (حكومة الكونغو الديمقراطية،
    الحكومة الكونغولية): the state of a governmental delegation or body named without it; "" when
    the text names no government or the governments of several states.

    >>> from framing.actors import find_mentions
    >>> text = ("انطلقت في الدوحة المفاوضات بين حكومة الكونغو الديمقراطية وحركة إم 23 بحضور وزير "
    ...         "الخارجية الإماراتي. وقال الناطق باسم الوفد الحكومي إن الحركة لم تلتزم بالهدنة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-11-16"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Democratic Republic of the Congo', 'institution']]
    """
    states = set()
    for m in ctx.mentions[: bisect_left(ctx._mention_starts, start)]:
        first = ctx.token_at(m["start"])
        if m["actor_type"] == "state" and first > 0 and ctx.folded[first - 1] in GOVERNMENT_HEADS \
                and not _gap_has_break(ctx, first):
            states.add(m["actor_id"])
    return states.pop() if len(states) == 1 else ""


def _speaking_people(ctx: _Context, inside: list[dict]) -> list[dict]:
    """The person mentions of a speaker phrase that speak: not a title that only names the office of
    the person after it (مساعد الرئيس الروسي يوري أوشاكوف), and only the known people when some are
    known."""
    people = [m for m in inside if m["actor_type"] == "person" and not _title_before_holder(ctx, m)]
    # مساعد الرئيس الروسي يوري أوشاكوف: a title right before a name is the genitive of a role
    people = [m for k, m in enumerate(people) if not (
        m["form"] == "title" and k + 1 < len(people) and people[k + 1]["form"] == "name"
        and _genitive_title(ctx.text[m["end"] : people[k + 1]["start"]]))]
    if any(not m["actor_id"].startswith(UNKNOWN_PREFIX) for m in people):
        people = [m for m in people if not m["actor_id"].startswith(UNKNOWN_PREFIX)]
    return people


def _named_speaker(ctx: _Context, speaker: tuple[int, int], inside: list[dict]) -> tuple[str, str, str]:
    """(surface, actor id, speaker type) of a speaker phrase that names actors (``inside``): the
    person or people it names, else parties joined by و, else its first actor.

    >>> from framing.actors import find_mentions
    >>> text = "وقال مساعد الرئيس الروسي يوري أوشاكوف إن اللقاء «بنّاء»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Yuri Ushakov', 'person']]
    """
    start, end = speaker
    surface = ctx.text[start:end]
    ids = list(dict.fromkeys(m["actor_id"] for m in _speaking_people(ctx, inside)))
    if len(ids) == 1 and ids[0].startswith(UNKNOWN_PREFIX) and _is_state_body(_spokesman_office(surface)):
        # المتحدث الرسمي باسم رئاسة الجمهورية, unnamed: an office of a state's body speaks for its state
        return surface, _state_of_body(ctx, start), "institution"
    if len(ids) >= 2:
        return surface, "|".join(ids), "group"
    if len(ids) == 1:
        return surface, ids[0], "person"  # the person a role names (كبيرة الدبلوماسيين في الاتحاد … كالاس)
    if len(parties := _joined_parties(ctx, inside)) >= 2:
        return surface, "|".join(parties), "group"
    mention = inside[0]
    if mention["actor_type"] == "state" and is_people_of(ctx.text[mention["start"] : mention["end"]]):
        return surface, "", "anonymous"  # يرى فلسطينيون في القطاع: people of a nation, not its state
    kind = SPEAKER_TYPE_OF_ACTOR.get(
        mention["actor_type"], "person" if mention["actor_id"].startswith(UNKNOWN_PREFIX) else "unknown")
    return surface, mention["actor_id"], kind


def _noun_headed_speaker(ctx: _Context, speaker: tuple[int, int], kind: str, inside: list[dict]) -> tuple[str, str, str]:
    """(surface, actor id, speaker type) of a speaker phrase headed by a speaker noun of type ``kind``
    (مسؤول أوروبي، بيان مشترك، مكتب ستارمر، وزارة الخارجية), with the mentions ``inside`` it.

    A body named without its state takes the state's id: the government a preposition names after
    it (:func:`_government_of_body`), else the state the article is about (:func:`_is_state_body`).

    >>> from framing.actors import find_mentions
    >>> text = ("أعلنت حكومة الاستقرار الوطني الحداد. وارتفعت الحصيلة إلى 5300 قتيل، "
    ...         "بحسب وزارة الصحة في حكومة الاستقرار الوطني.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['وزارة الصحة', 'Government of National Stability']
    """
    start, end = speaker
    surface = ctx.text[start:end]
    first = ctx.token_at(start)
    if kind == "document" and (owner := _figures_of(ctx, first, inside)) is not None:
        return surface, owner["actor_id"], SPEAKER_TYPE_OF_ACTOR.get(owner["actor_type"], "institution")
    if kind in ("anonymous", "document") or (kind == "group" and _only_indefinite_demonyms(ctx, inside)):
        return surface, "", kind
    if inside:
        actor = inside[0]["actor_id"]
        if kind == "institution" and inside[0]["actor_type"] == "person" and first not in ctx.role_at:
            # مكتب ستارمر; not وزير الخارجية عباس عراقجي
            actor = inside[0].get("affiliation") or ctx.res.affiliations.get(actor, actor)
        return surface, actor, kind
    if (antecedent := _antecedent_of_noun(ctx, speaker, kind)) is not None:
        return surface, *antecedent
    if kind == "institution" and (government := _government_of_body(ctx, end)) is not None:
        return surface, government["actor_id"], kind  # وزارة الصحة في حكومة الاستقرار الوطني
    if kind == "institution" and _is_state_body(surface):
        # وزارة الخارجية in «القاهرة - أ ش أ»: Egypt's; else the state the article is about
        return surface, _body_named_before(ctx, start, end) or _state_of_body(ctx, start), kind
    if kind == "institution" and _office_of_head_after(ctx, surface, end):
        return surface, _state_of_body(ctx, start), kind  # المكتب الإعلامي لرئيس الوزراء: his state's
    if kind == "institution" and (earlier := _bare_body_antecedent(ctx, start, end)) is not None:
        return surface, _noun_headed_speaker(ctx, earlier, kind, ctx.mentions_within(*earlier))[1], kind
    return surface, "", kind


def _bare_body_antecedent(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """The span of the phrase a bare definite body noun points back to (وأوضحت الوزارة after
    أعلنت وزارة الداخلية): the nearest earlier speaker phrase headed by the same noun without its
    article, when no actor names that body; it speaks for whom that phrase speaks for.

    >>> from framing.actors import find_mentions
    >>> text = ("الرباط – و.م.ع\\n\\nأعلنت وزارة الداخلية، مساء الأحد، أن السلطات المغربية استجابت لعروض "
    ...         "دعم قدمتها أربع دول. وأوضحت الوزارة، في بيان، أن «عدم التنسيق قد يؤدي إلى نتائج عكسية».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['وزارة الداخلية', 'Morocco'], ['الوزارة', 'Morocco']]
    """
    words = ctx.text[start:end].split()
    head = _without_conjunction(fold(words[0])) if len(words) == 1 else ""
    if not head.startswith("ال") or len(head) < 5:
        return None
    for k in range(ctx.token_at(start) - 1, -1, -1):
        if ctx.folded[k] == head[2:] and k in ctx.speaker_nouns and k not in ctx.mention_at:
            return ctx.tokens[k].start, ctx.tokens[_speaker_phrase_end(ctx, k, start)].end
    return None


def _only_indefinite_demonyms(ctx: _Context, inside: list[dict]) -> bool:
    """Whether the actors in a group's phrase are only state adjectives without the article (قادة
    أحزاب باكستانية، نشطاء سوريون): they say where the people are from; the people speak for
    themselves, not for the state.

    >>> from framing.actors import find_mentions
    >>> text = "وقال قادة أحزاب باكستانية إن الرد «كان ضرورياً لاستعادة الردع»."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-01-19"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['قادة أحزاب باكستانية', '']]
    """
    return bool(inside) and all(m.get("form") == "demonym" and not has_article(fold(ctx.text[m["start"] : m["end"]]))
                                for m in inside)


OFFICE_HOLDERS = fold_set("لرئيس", "للرئيس", "للملك", "للأمير", "لولي", "لرئاسة", "للعاهل")


def _office_of_head_after(ctx: _Context, surface: str, end: int) -> bool:
    """Whether an office (مكتب، المكتب الإعلامي) is followed by the head of state or government it
    serves, named by his title only (المكتب الإعلامي لرئيس الوزراء، مكتب الرئيس): an office speaks
    for its state (docs/annotation.md), the state the article is about.

    >>> from framing.actors import find_mentions
    >>> text = ("بغداد - وصل رئيس الوزراء العراقي محمد شياع السوداني إلى واشنطن. وقال المكتب الإعلامي لرئيس "
    ...         "الوزراء إن الزيارة تأتي تلبية لدعوة رسمية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['المكتب الإعلامي', 'Iraq']]
    """
    k = ctx.token_at(end)
    while k < len(ctx.tokens) and ctx.tokens[k].start < end:
        k += 1
    return "مكتب" in fold(surface) and k < len(ctx.tokens) and ctx.folded[k] in OFFICE_HOLDERS \
        and not _gap_has_break(ctx, k)


def _body_named_before(ctx: _Context, start: int, end: int) -> str:
    """The state of the nearest body named before with the same last word and its state's adjective
    (وأكدت الخارجية after أعلنت وزارة الخارجية السورية: Syria; a minister's title is no body), ""
    when none is.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال وزير الخارجية الإسرائيلي إن اللقاء مهم. وأعلنت وزارة الخارجية السورية أن اللقاء تناول "
    ...         "التطورات الأمنية. وأكدت الخارجية أن سوريا لن تكون منصة لتهديد أي دولة.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['الخارجية', 'Syria']
    """
    last = _without_conjunction(ctx.folded[ctx.token_at(end - 1)])
    for m in reversed(ctx.mentions[: bisect_left(ctx._mention_starts, start)]):
        first = ctx.token_at(m["start"])
        if m["actor_type"] == "state" and m["form"] == "demonym" and first > 0 \
                and _without_conjunction(ctx.folded[first - 1]) == last and not _gap_has_break(ctx, first) \
                and (first - 2) not in ctx.role_at:  # not وزير الخارجية الإسرائيلي: a minister's title
            return m["actor_id"]
    return ""


def _antecedent_of_noun(ctx: _Context, speaker: tuple[int, int], kind: str) -> tuple[str, str] | None:
    """(actor id, speaker type) of the actors a speaker noun phrase points back to: the actor its bare
    head stands for (الوزير), or the states its count names (الدول الثلاث); None if it points to none."""
    start, end = speaker
    if kind != "group" and (antecedent := _bare_head_antecedent(ctx, start, end)) is not None:
        return antecedent["actor_id"], SPEAKER_TYPE_OF_ACTOR.get(antecedent["actor_type"], kind)
    if kind == "group" and (states := _counted_states(ctx, start, end)):
        return "|".join(states), "group"
    return None


COUNTED_STATE_NOUNS = word_class("counted_state_nouns")
_JOINING_GAP = re.compile(r"[\s،,و]*")  # between states named together: مالي وبوركينا فاسو، والنيجر


def _counted_states(ctx: _Context, start: int, end: int) -> list[str]:
    """The states a definite plural with its count stands for (الدول الثلاث after مالي وبوركينا فاسو
    والنيجر): the last run of exactly that many states named together before it, joined by و or
    commas; [] when the phrase is no such plural or no such run precedes it.

    >>> from framing.actors import find_mentions
    >>> text = ("أعلنت مالي وبوركينا فاسو والنيجر انسحابها من المجموعة. وقال مصدر في أبوجا إن القمة ستعقد قريباً. "
    ...         "وكانت الدول الثلاث قد اتهمت «إيكواس» بالخضوع لنفوذ فرنسا.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2024-01-29"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['الدول الثلاث', 'Mali|Burkina Faso|Niger']
    """
    count = _state_count(ctx.text[start:end])
    if not count:
        return []
    states = [m for m in ctx.mentions[: bisect_left(ctx._mention_starts, start)] if m["actor_type"] == "state"]
    return latest_state_run(ctx.text, states, count, lambda gap: bool(_JOINING_GAP.fullmatch(gap)))


def latest_state_run(text: str, states: Sequence[dict], count: int, joins: Callable[[str], bool]) -> list[str]:
    """The ids of the latest run of exactly ``count`` different states among ``states`` (mentions in
    text order) named together, ``joins`` accepting each gap between two of them; [] if there is none.

    >>> text = "مالي وبوركينا فاسو والنيجر"
    >>> states = [{"actor_id": a, "start": text.find(w), "end": text.find(w) + len(w)}
    ...           for a, w in (("ML", "مالي"), ("BF", "بوركينا فاسو"), ("NE", "النيجر"))]
    >>> latest_state_run(text, states, 3, lambda gap: gap.strip() in ("و", "")), latest_state_run(text, states, 2, str.isspace)
    (['ML', 'BF', 'NE'], [])
    """
    run: list[dict] = []
    for m in [*reversed(states), None]:
        if m is not None and (not run or joins(text[int(m["end"]) : int(run[-1]["start"])])):
            run.append(m)
            continue
        ids = list(dict.fromkeys(r["actor_id"] for r in reversed(run)))
        if len(ids) == count:
            return ids
        run = [m] if m is not None else []
    return []


def _state_count(phrase: str) -> int:
    """How many states a definite plural with its count names (الدول الثلاث → 3), 0 for any other phrase.

    >>> _state_count("الدول الثلاث"), _state_count("والبلدان الأربعة"), _state_count("الدول الأعضاء")
    (3, 4, 0)
    """
    words = [fold(w) for w in phrase.split()]
    if len(words) != 2 or _without_conjunction(words[0]) not in COUNTED_STATE_NOUNS or not words[1].startswith("ال"):
        return 0
    kind, value = number_words().get(words[1][2:], ("", ""))
    return int(value) if kind == "number" and value.isdigit() else 0


GOVERNMENT_HEADS = word_class("government_heads")
MINISTRY_HEADS = word_class("ministry_heads")


def _government_of_body(ctx: _Context, end: int) -> dict | None:
    """The government a body's phrase ending at ``end`` belongs to, named right after في (وزارة
    الصحة في حكومة الاستقرار الوطني): where rival governments each have their ministries, the body
    speaks for the one named, not for the state; None when no government mention follows في.

    >>> from framing.actors import find_mentions
    >>> text = "قالت وزارة الداخلية في حكومة الوحدة الوطنية الليبية إن الطرق مغلقة."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()
    [['وزارة الداخلية', 'Government of National Unity (Libya)']]
    """
    k = bisect_left(ctx._starts, end)
    if k + 1 >= len(ctx.tokens) or ctx.folded[k] != "في" or _gap_has_break(ctx, k) or _gap_has_break(ctx, k + 1):
        return None
    m = ctx.mention_at.get(k + 1)
    if m is None or m["start"] != ctx.tokens[k + 1].start or m["actor_type"] not in ORGANISATION_ACTOR_TYPES:
        return None
    return m if ctx.folded[k + 1] in GOVERNMENT_HEADS else None


FIGURE_NOUNS = word_class("figure_nouns")


def _figures_of(ctx: _Context, first: int, inside: list[dict]) -> dict | None:
    """The actor whose figures a speaker phrase names: the mention right after a noun of figures
    (بحسب تقديرات الأمم المتحدة، بحسب أرقام المفوضية), None for other documents (بيان مشترك)
    or figures of no one named (الأرقام الرسمية).

    >>> from framing.actors import find_mentions
    >>> text = "بعد خمسة أسابيع من حرب خلّفت نحو ألف قتيل، بحسب تقديرات الأمم المتحدة."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-05-21"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id", "speaker_type"]].values.tolist()
    [['تقديرات الأمم المتحدة', 'United Nations', 'institution']]
    """
    if ctx.folded[first] not in FIGURE_NOUNS or not inside:
        return None
    owner = inside[0]
    return owner if ctx.token_at(owner["start"]) == first + 1 and owner["actor_type"] != "person" else None


def _joined_parties(ctx: _Context, inside: list[dict]) -> list[str]:
    """The actor ids of a speaker phrase of parties joined by و, none a person (أعلنت المملكة العربية
    السعودية والجمهورية الإسلامية الإيرانية اتفاقهما): the dual or plural verb has them all as its
    subject, one group speaker; the first party alone when nothing but و joins them.

    >>> from framing.actors import find_mentions
    >>> text = "أعلنت السعودية وإيران، أمس الجمعة، اتفاقهما على استئناف العلاقات الدبلوماسية بينهما."
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2023-03-11"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Saudi Arabia|Iran', 'group']]
    """
    ids = [inside[0]["actor_id"]]
    for before, m in pairwise(inside):
        if m["actor_type"] == "person" or before["actor_type"] == "person":
            return []
        if ctx.text[before["end"] : m["start"]].strip() not in ("و", ""):
            break
        if ctx.text[before["end"] : m["start"]].strip() == "" and not ctx.text[m["start"]].startswith("و"):
            break
        ids.append(m["actor_id"])
    return list(dict.fromkeys(ids))


def _genitive_title(between: str) -> bool:
    """Whether a person's title before another person's name is only part of that person's office:
    nothing between them (مساعد الرئيس الروسي يوري أوشاكوف), or words of the office with no و joining
    a second person (مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي).

    >>> _genitive_title(""), _genitive_title(" للشؤون الدولية "), _genitive_title(" إيمانويل ماكرون والرئيس ")
    (True, True, False)
    """
    return not any(w.startswith("و") for w in between.split()) and not _COMMA.search(between)


# The bodies of a state named without it (وزارة الخارجية، الرئاسة، الحكومة): in an article from a
# state's own agency they are that state's (docs/annotation.md: an institution speaker gets its
# state's id).
STATE_BODIES = fold_set("وزارة الخارجية", "الخارجية", "الرئاسة", "رئاسة الجمهورية", "الحكومة", "وزارة الدفاع",
                        "وزارة الداخلية", "الداخلية", "النيابة العامة", "الديوان الملكي", "الديوان الأميري")
SPOKESMAN_OFFICE = re.compile(r"^\S*(?:المتحدث|الناطق)[ةه]?(?:\s+ال?رسمي[ةه]?)?\s+باسم\s+")


def _spokesman_office(phrase: str) -> str:
    """The body an unnamed spokesman's office names (المتحدث الرسمي باسم رئاسة الجمهورية → رئاسة
    الجمهورية), "" when the phrase is no such office.

    >>> _spokesman_office("المتحدث الرسمي باسم رئاسة الجمهورية"), _spokesman_office("والناطقة باسم الحكومة")
    ('رئاسة الجمهورية', 'الحكومة')
    >>> _spokesman_office("وزير الخارجية")
    ''
    """
    match = SPOKESMAN_OFFICE.match(phrase.strip())
    return phrase.strip()[match.end() :] if match else ""


def _state_of_body(ctx: _Context, start: int) -> str:
    """The state of a body named without it (الرئاسة، وزارة الخارجية) at ``start``: the one state
    whose officials its paragraph names before it (الرئيس المصري … وقال المتحدث باسم رئاسة
    الجمهورية); else the state whose official agency the dateline credits; else the state the
    article is about (:attr:`_Context.most_mentioned_state`).

    >>> from framing.actors import find_mentions
    >>> text = ("هنأ الرئيس المصري عبد الفتاح السيسي البابا الجديد. وقال المتحدث الرسمي "
    ...         "باسم رئاسة الجمهورية إن الرئيس يتطلع إلى التعاون مع الفاتيكان.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker_id", "speaker_type"]].values.tolist()
    [['Egypt', 'institution']]
    """
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    states = set()
    for m in ctx.mentions[bisect_left(ctx._mention_starts, paragraph) : bisect_left(ctx._mention_starts, start)]:
        if m["actor_type"] == "person" and not m["actor_id"].startswith(UNKNOWN_PREFIX):
            state = ctx.res.affiliations.get(m["actor_id"], "")
            states.add(state if ctx.res.gazetteer.actor_type(state) == "state" else "")
    states.discard("")
    if len(states) == 1:
        return states.pop()
    return ctx.dateline_state or ctx.most_mentioned_state


def _is_state_body(phrase: str) -> bool:
    """Whether a speaker phrase is a state's body named without its state, perhaps with the city
    of its seat after بـ (النيابة العامة بأكادير, a prosecution of the state at one of its courts).

    >>> _is_state_body("ومن جانبها وزارة الخارجية"), _is_state_body("وزارة الخارجية"), _is_state_body("الحكومة الألمانية")
    (False, True, False)
    >>> _is_state_body("النيابة العامة بأكادير"), _is_state_body("النيابة العامة الفرنسية")
    (True, False)
    """
    words = [fold(w) for w in phrase.split()]
    if words:
        words[0] = _without_conjunction(words[0])
    if len(words) > 2 and words[-1].startswith("ب") and not words[-1].startswith("بال"):
        words = words[:-1]  # the seat (بأكادير); a definite noun after بال (بالإجماع، بالوكالة) is no city
    return " ".join(words) in STATE_BODIES or _unnamed_ministry(words)


def _unnamed_ministry(words: list[str]) -> bool:
    """Whether folded ``words`` name a ministry by its portfolio alone, definite words and no
    adjective of belonging after them (وزارة الصحة العامة; not وزارة الصحة الفلسطينية): the state's
    own ministry, as a bare وزارة الخارجية is.

    >>> _unnamed_ministry(["وزاره", "الصحه", "العامه"]), _unnamed_ministry(["وزاره", "الصحه", "الفلسطينيه"])
    (True, False)
    >>> _unnamed_ministry(["وزاره"]), _unnamed_ministry(["وزاره", "صحه"])
    (False, False)
    """
    if len(words) < 2 or words[0] not in MINISTRY_HEADS:
        return False
    return all(w.startswith("ال") for w in words[1:]) and not any(w.endswith(NISBA_ENDINGS) for w in words[2:])


def _without_conjunction(word: str) -> str:
    """A folded definite word without the و or ف joined before its article (والوزير → الوزير).

    >>> _without_conjunction("والوزير"), _without_conjunction("وزير")
    ('الوزير', 'وزير')
    """
    return word[1:] if word[:1] in ("و", "ف") and word[1:3] == "ال" else word


def is_people_of(demonym: str) -> bool:
    """Whether a state's adjective is an indefinite plural of people (فلسطينيون، سوريين), who speak
    for themselves, not for their state (الفلسطينيون with the article may be the nation).

    >>> is_people_of("فلسطينيون"), is_people_of("سوريين"), is_people_of("الفلسطينيون"), is_people_of("الروسية")
    (True, True, False, False)
    """
    word = fold(demonym)
    return " " not in word and not word.startswith(("ال", "وال")) and word.endswith(("يون", "يين"))


def _bare_head_antecedent(ctx: _Context, start: int, end: int) -> dict | None:
    """The actor a bare definite head noun stands for (الوزير after وزير الخارجية السعودي الأمير
    فيصل بن فرحان، المفوضية after المفوضية العليا المستقلة للانتخابات): the nearest mention before it
    whose first word is that noun, with or without its article.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن «الحل سياسي». "
    ...         "ونقلت الوكالة عن الوزير قوله إن المملكة لن تدخر جهداً.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['الوزير', 'Faisal bin Farhan Al Saud']

    An organisation whose name follows its head noun in quotation marks is the antecedent of that
    head with the article (حزب «الأمل الجديد» … وانتقد الحزب):

    >>> text = ("وقال حزب «الأمل الجديد» في بيان إن «الانتخابات مزورة». "
    ...         "وانتقد الحزب «صمت» البرلمان إزاء ما جرى.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-05-20"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['الحزب', 'unknown:الأمل الجديد']
    """
    words = ctx.text[start:end].split()
    if len(words) == 2:
        return _bare_title_antecedent(ctx, start, words)
    if len(words) != 1:
        return None
    head = _without_conjunction(fold(words[0]))
    if fold(ctx.text[max(0, start - 2) : start]) == "لل" and not head.startswith("ال"):
        head = "ال" + head  # وفقاً للهيئة: the phrase starts after ل and the article it swallowed
    if not head.startswith("ال") or len(head) < 5:
        return None
    nearest = None
    for by_head, first in ((ctx.mentions_by_head, head), (ctx.mentions_by_head, head[2:]),
                           (ctx.mentions_by_head_before, head[2:])):
        # the head as written, without its article (الوزير: وزير), or written before the name
        # (الحزب: حزب «الشباب الملغاشي المصمم»)
        candidates = by_head.get(first, [])
        k = bisect_left(candidates, start, key=lambda m: m["start"])
        while k > 0 and (candidates[k - 1]["end"] > start or _spoken_of(ctx, candidates[k - 1]["start"], start)):
            k -= 1
        if k and (nearest is None or candidates[k - 1]["start"] > nearest["start"]):
            nearest = candidates[k - 1]
    if nearest is None and start < ctx.headline_end:
        return _body_antecedent_of_headline(ctx, head)
    return nearest


def _spoken_of(ctx: _Context, offset: int, start: int) -> bool:
    """Whether a mention at ``offset`` stands inside the words of a quote found in the text that
    the phrase at ``start`` is outside of: a person named in someone's words (a list item of a
    statement: استقبال وزير الخارجية الإسرائيلي في الرباط) is spoken of, and a bare title in the
    narrative (وشدد الوزير) points back past him to the one the narrative introduced.

    >>> from framing.actors import find_mentions
    >>> text = ("أعلن وزير الشؤون الخارجية الجزائري رمطان لعمامرة قطع العلاقات مع المغرب.\\n\\n"
    ...         "ومن أبرز ما ورد في البيان الذي تلاه الوزير:\\n- دعم الرباط لحركة الماك\\n"
    ...         "- استقبال وزير الخارجية الإسرائيلي في الرباط\\n\\n"
    ...         "وشدد الوزير على أن القطيعة «لا تمس المواطنين».")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2021-08-24"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()[-1]
    'Ramtane Lamamra'
    """
    spans = ctx.content_spans
    k = bisect_right(spans, (offset, len(ctx.text)))
    return any(s <= offset < e and not s <= start < e for s, e in spans[max(k - MAX_OPEN_CONTENTS, 0) : k])


MAX_OPEN_CONTENTS = 8  # quotes whose words may hold one offset (nested reports of reports)


def _body_antecedent_of_headline(ctx: _Context, head: str) -> dict | None:
    """The actor a bare definite head in the headline stands for (الجيش يعلن استعادة القصر): the
    first mention in the body headed by that noun (أعلن الجيش السوداني): a headline sums up the
    article below it, so its short names point forward, where a body's point back.

    >>> from framing.actors import find_mentions
    >>> text = ("الجيش يعلن استعادة القصر الجمهوري بالخرطوم\\n\\nأعلن الجيش السوداني، صباح الجمعة، استعادة "
    ...         "السيطرة الكاملة على القصر الجمهوري وسط الخرطوم، بعد نحو عامين من سيطرة قوات الدعم السريع عليه.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))["speaker_id"].tolist()
    ['Sudanese Armed Forces', 'Sudanese Armed Forces']
    """
    for first in (head, head[2:]):
        after = [m for m in ctx.mentions_by_head.get(first, []) if m["start"] >= ctx.headline_end]
        if after:
            return after[0]
    return None


def _bare_title_antecedent(ctx: _Context, start: int, words: list[str]) -> dict | None:
    """The person a shortened title stands for (رئيس الهيئة: … after رئيس الهيئة الوطنية للانتخابات
    المستشار حازم بدوي): a role and a definite noun, the first two words of the nearest earlier
    person mention that names someone.

    >>> from framing.actors import find_mentions
    >>> text = ("09:30 | رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي: جميع اللجان فتحت أبوابها في موعدها.\\n"
    ...         "04:00 | رئيس الهيئة: نسبة المشاركة مرتفعة ولا يوجد أي شك في نزاهة العملية.")
    >>> arts = pd.DataFrame({"article_id": ["a"], "date": ["2025-08-04"], "text": [text]})
    >>> find_quotes(arts, find_mentions(arts))[["speaker", "speaker_id"]].values.tolist()[-1]
    ['رئيس الهيئة', 'unknown:حازم بدوي']
    """
    role, noun = (fold(w) for w in words)
    if role.startswith("ال") or not noun.startswith("ال") or len(noun) < 5:
        return None
    before = [m for m in ctx.mentions_by_head.get(role, []) if m["end"] <= start and m["actor_type"] == "person"
              and [fold(w) for w in ctx.text[m["start"] : m["end"]].split()[1:2]] == [noun]]
    return before[-1] if before else None


def _row(ctx: _Context, q: _Quote, n: int) -> dict:
    surface, speaker_id, speaker_type = _resolve_speaker(ctx, q)
    return {
        "article_id": ctx.doc.article_id,
        "quote_id": f"q{n}",
        "speaker": surface,
        "speaker_id": speaker_id,
        "speaker_type": speaker_type,
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "verb_class": q.verb_class,
        "kind": q.kind,
        "text": ctx.text[q.start : q.end],
        "start": q.start,
        "end": q.end,
        "sentence_id": ctx.doc.sentence_id(q.start),
        "attribution": q.attribution,
        "form": q.form,
    }


class QuoteSpan(NamedTuple):
    """What the hedge and sentiment rules take of a quote: its content span and who speaks it."""

    start: int
    end: int
    speaker: str  # the speaker's actor id, else the speaker's words
    speaker_type: str = ""
    cue_start: int = -1  # -1 when the quote has no cue


def quote_span(quote: dict) -> QuoteSpan:
    """The :class:`QuoteSpan` of a quote row, the speaker being its actor id, else its words.

    >>> quote_span({"start": 40, "end": 52, "speaker_id": "", "speaker": "مصادر", "speaker_type": "anonymous",
    ...             "cue_start": 30})
    QuoteSpan(start=40, end=52, speaker='مصادر', speaker_type='anonymous', cue_start=30)
    """
    def text(value) -> str:
        return value if isinstance(value, str) else ""

    cue_start = quote.get("cue_start")
    return QuoteSpan(int(quote["start"]), int(quote["end"]), text(quote.get("speaker_id")) or text(quote.get("speaker")),
                     text(quote.get("speaker_type")), -1 if cue_start is None or pd.isna(cue_start) else int(cue_start))


def quote_spans(quotes: pd.DataFrame) -> dict[str, list[QuoteSpan]]:
    """Per article, the :func:`quote_span` of each of its quotes."""
    out: dict[str, list[QuoteSpan]] = {}
    for quote in quotes.to_dict("records"):
        out.setdefault(quote["article_id"], []).append(quote_span(quote))
    return out
