"""Discovery: people and organisations the gazetteer lacks, found in the text and followed through it.

A person is introduced by a role and the words of the office (عضو المكتب السياسي لحركة حماس حسام
بدران), or named before an appositive role (رامي الشريف، المحلل في بنك…). An organisation is
introduced by its head noun (حزب الديمقراطية والتقدم، معهد الدراسات الأمنية). Each becomes an actor of
the article with the id ``unknown:<its fullest name as first written>``, a type, the affiliation
its title gives, and later mentions of the surname alone (بدران), of the bare title (رئيس السلطة)
or of an abbreviation given in brackets (ديفا) resolve to it. People the gazetteer holds are
followed the same way when the article names them in full: their surname alone (البرهان) and an
honorific with their first name (الأمير فيصل) are their mentions too.

>>> from framing.actors import find_mentions, load_gazetteer
>>> text = ("قال المتحدث باسم حزب الديمقراطية والتقدم رشيد بلقاسمي إن الحزب سيشارك. "
...         "وأضاف بلقاسمي أن حزب الديمقراطية والتقدم (ديفا) لن يقاطع، بحسب الباحث في جامعة طهران علي مرادي.")
>>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))
>>> for row in m[["surface", "actor_id", "actor_type", "affiliation"]].values.tolist():
...     print(" | ".join(row))
المتحدث باسم حزب الديمقراطية والتقدم رشيد بلقاسمي | unknown:رشيد بلقاسمي | person | unknown:حزب الديمقراطية والتقدم
بلقاسمي | unknown:رشيد بلقاسمي | person | unknown:حزب الديمقراطية والتقدم
حزب الديمقراطية والتقدم | unknown:حزب الديمقراطية والتقدم | organisation |
ديفا | unknown:حزب الديمقراطية والتقدم | organisation |
جامعة طهران | unknown:جامعة طهران | organisation |
علي مرادي | unknown:علي مرادي | person | unknown:جامعة طهران
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, wraps
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

import pandas as pd

from .lexicon import read_toml, read_tsv
from .text import QUOTE_MARKS, Document, fold, has_article, normalize_ar
from .words import word_class

if TYPE_CHECKING:
    from .actors import Gazetteer

UNKNOWN_PREFIX = "unknown:"
MAX_NAME_WORDS = 4  # name words, not counting connectors (عبد، بن، آل)
MAX_OFFICE_WORDS = 10  # words of an office between a role and the name


@dataclass
class Span:
    """One actor mention while the finder works: character and token offsets, the actor."""

    start: int
    end: int
    actor_id: str
    form: str
    first: int  # first token
    last: int  # last token
    actor_type: str = ""
    affiliation: str = ""
    covers: bool = False  # the mentions inside it are words of its name or office, not mentions


@dataclass(frozen=True)
class NameWords:
    """The closed word classes of ``names.toml`` and ``roles.tsv``, folded."""

    connectors: frozenset[str]
    patronymic_connectors: frozenset[str]
    compound_parts: frozenset[str]
    organisation_heads: frozenset[str]
    organisation_heads_definite: frozenset[str]
    state_body_heads: frozenset[str]
    organisation_not_names: frozenset[str]
    deputy_words: frozenset[str]
    first_name_honorifics: frozenset[str]
    names_with_waw: frozenset[str]
    institution_adjectives: frozenset[str]
    common_given_names: frozenset[str]
    place_named_heads: frozenset[str]
    quoted_name_heads: frozenset[str]
    address_words: frozenset[str]
    dual_roles: frozenset[str]
    anaphor_adjectives: frozenset[str]
    descriptive_roles: frozenset[str]
    role_words: frozenset[str]
    cue_words: frozenset[str]
    numerals: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    given_names_common_words: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    closeness_adjectives: frozenset[str] = frozenset()
    organisation_heads_definite_genitive: frozenset[str] = frozenset()
    masdar_cues: frozenset[str] = frozenset()
    locality_nouns: frozenset[str] = frozenset()
    family_name_first: frozenset[str] = frozenset()
    degrees_and_ranks: frozenset[str] = frozenset()  # read as text by actors._rank_before

    def sure_given_name(self, w: str) -> bool:
        """A folded word of the given-name list that is no common word of news (بيرام, not أمل)."""
        return w in self.given_names and w not in self.given_names_common_words


@cache
def name_words() -> NameWords:
    """The bundled word classes, loaded once.

    >>> "عبد" in name_words().connectors, "الدين" in name_words().compound_parts
    (True, True)
    """
    _, data = read_toml("names.toml")
    folded = {key: frozenset(fold(w) for w in words) for key, words in data.items()}
    roles = read_tsv("roles.tsv", required=["role", "kind"])
    descriptive = frozenset(" ".join(fold(w) for w in r.split()) for r in roles.loc[roles["kind"] == "descriptive", "role"])
    cues = read_tsv("reporting_cues.tsv", required=["cue"])["cue"]
    cue_words = frozenset(fold(c) for c in cues if " " not in c)
    kinds = read_tsv("reporting_cues.tsv", required=["cue", "form"])
    masdar_cues = frozenset(fold(c) for c, k in zip(kinds["cue"], kinds["form"], strict=True) if k == "masdar" and " " not in c)
    role_words = frozenset(fold(r.split()[0]) for r in roles["role"])
    numbers = read_tsv("numbers.tsv", required=["word", "kind"])
    numerals = frozenset(fold(w) for w, k in zip(numbers["word"], numbers["kind"], strict=True) if k != "currency")
    return NameWords(descriptive_roles=descriptive, role_words=role_words, cue_words=cue_words, numerals=numerals,
                     masdar_cues=masdar_cues, **folded)


# Words that end a name or stand between a role and a name without being part of either: the
# function words (framing/data/function_words.toml) and the words of time and reference of news.
STOP_WORDS = frozenset().union(*map(word_class, (
    "prepositions", "joined_prepositions", "complementizers", "relative_pronouns", "demonstratives", "negators",
    "pronoun_subjects", "described_pronouns", "quantifiers", "clause_openers", "clause_breakers", "modals",
    "past_auxiliaries", "personal_pronouns", "ordinals", "eulogy_verbs", "state_nouns",
))) | frozenset(fold(w) for w in (
    "قد", "ما", "أو", "يوم", "أمس", "اليوم", "أيضا", "أيضاً", "عام", "عاما", "عاماً", "مساء", "صباح", "ظهر",
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "سابقا", "سابقاً", "منذ", "إثر",
    "وراء", "وفق", "باسم", "باسمه", "باسمها", "باسمهم", "لشؤون", "له", "لها", "لهم", "نظيره", "نظيرته",
    "نظيريه", "وفد", "بعدما", "عندما", "كل", "جميع", "بعض", "سوف", "تم", "يتم", "لقد", "كذلك", "هناك", "هنا",
    "إنما", "إلا", "سوى", "أكثر", "أقل", "جدا", "جداً", "فقط", "لأن", "بمجرد", "لمجرد",
    "بما", "مما", "عما", "كما", "لما",  # ما with a preposition (بما وصفه)
    "نحو", "لنحو", "بنحو",  # about, toward (لنحو ساعة)
    "به", "بها", "بهم", "بهما",  # a preposition with its pronoun (كتلة خاصة به)
    # spans of time, which follow a role as its object (عطّل انتخاب الرئيس عامين كاملين)
    "عامين", "عامان", "أعوام", "سنة", "سنتين", "سنوات", "شهر", "شهرين", "أشهر", "أسبوع", "أسبوعين",
    "أسابيع", "أيام", "يومين", "ساعة", "ساعات", "دقائق",
    # nouns of presence used as prepositions (بحضور ممثلين عن الإدارة)
    "بحضور", "بمشاركة", "برعاية", "بدعوة",
    "قبيل", "بعيد", "أثناء",  # shortly before, shortly after, during (برئاسة كاظم غريب آبادي قبيل انطلاق الجولة)
    # the outlet speaking of itself, told something after a name (قال النائب فلان لموقعنا إن)
    "لنا", "لموقعنا", "لقناتنا", "لصحيفتنا", "لجريدتنا", "لمجلتنا", "لوكالتنا", "لإذاعتنا",
))
# ف on a particle that opens a clause (أما الأمين العام فلان فقد أشاد، … فلم يعلق): the predicate
# after a name, never a word of it. Not فإن, which folds like the Dutch فان.
FA_CLAUSE_OPENERS = frozenset("ف" + fold(w) for w in ("قد", "لقد", "لا", "لم", "لن", "هو", "هي", "هم", "إنه", "إنها"))
# و on a particle or a preposition that opens the next clause (أصغر رئيس في تاريخ البلاد، ومن المقرر
# أن …): never a name word. Not وعلي, which is also "and Ali".
WA_CLAUSE_OPENERS = frozenset("و" + fold(w) for w in ("من", "في", "قد", "لقد", "لا", "لم", "لن", "ما", "عن", "إلى",
                                                       "هو", "هي", "هم"))
# Adjectives of time and order that follow a title, never a family name (الرئيس السابق).
NOT_FAMILY_NAMES = frozenset(fold(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "السابق", "السابقة", "الأسبق", "الحالي", "الحالية",
    "الجديد", "الجديدة", "المقبل", "المقبلة", "الماضي", "الماضية", "المنتهية", "المكلف", "المكلفة",
))
# After a name of one word, only these (or punctuation, a cue, a role) show that it was a name.
CLAUSE_WORDS = word_class("complementizers") | word_class("relative_pronouns")
# Common nouns that look like a name word after a role (دولة، حكومة).
COMMON_NOUNS = frozenset(fold(w) for w in (
    "دولة", "حكومة", "وزراء", "جمهورية", "بلاده", "بلادها", "وفد", "دول", "مكتب", "شؤون", "قسم", "إدارة",
    "ملف", "بلدية", "دائرة", "مديرية", "ولاية", "إقليم", "محافظة", "منطقة", "سلطنة", "مملكة", "إمارة", "رقم",
    "قوله", "قولها", "كلمته", "كلمتها", "حفظ", "وزارة", "وكالة", "وحدة", "وسط",
    # nouns of places in a town, after في in a description (بائع في سوق مونت بويه، طبيب في مستشفى ...)
    "سوق", "حي", "مخيم", "قرية", "بلدة", "مدينة", "شارع", "ساحة", "مستشفى", "مدرسة", "مطار", "ميناء",
    # heads of a construct that names a team or a room (عضو غرفة طوارئ حي الصحافة محمد آدم)
    "غرفة", "خلية",
))


# ---------------------------------------------------------------------------------------------
# The article's context


@dataclass
class _Article:
    doc: Document
    gazetteer: Gazetteer
    words: NameWords
    found: list[Span]
    roles_at: dict  # first token -> the role match that starts there
    offices: dict[int, str]  # token of a deputy's office -> the affiliation it gives
    taken: dict[int, Span] = field(init=False)
    known_titles: frozenset = frozenset()  # bare titles of the known people named (الملك for Mohammed VI)

    def __post_init__(self):
        self.taken = {t: s for s in self.found for t in range(s.first, s.last + 1)}
        self.tokens = self.doc.tokens
        self.folded: list[str] = self.doc.folded


    def bare(self, j: int) -> str:
        """The folded word without a conjunction (وبدران → بدران)."""
        w = self.folded[j]
        return w[1:] if len(w) > 3 and w[0] in "وف" else w

    def broken_before(self, j: int) -> bool:
        """Punctuation (not only spaces) between token ``j - 1`` and token ``j``."""
        if j <= 0 or j >= len(self.tokens):
            return True
        gap = self.doc.text[self.tokens[j - 1].end : self.tokens[j].start]
        return not gap.isspace() or "\n" in gap

    def is_stop(self, j: int) -> bool:
        w = self.folded[j]
        if w in ("علي", "وعلي"):  # folding makes the name علي and the preposition على one word
            return normalize_ar(self.tokens[j].text, alef_maksura=False).endswith("ى")
        return w in STOP_WORDS or self.is_cue(j) or w.isdigit() or w in FA_CLAUSE_OPENERS or w in WA_CLAUSE_OPENERS \
            or (w[:1] == "ل" and w[1:] in self.words.cue_words)  # استدعت القائم بالأعمال الباكستاني لطلب «توضيحات»

    def is_cue(self, j: int) -> bool:
        w = self.folded[j]
        return w in self.words.cue_words or (w[:1] in "وفب" and w[1:] in self.words.cue_words)  # بالقول

    def hamza_initial(self, j: int) -> bool:
        """A word written with hamza on its first alef (إلياس، إلهام، ألبرتو): folding makes it look
        like an article word, but the article's alef never carries hamza."""
        return hamza_initial(self.tokens[j].text)

    def is_latin_name(self, j: int) -> bool:
        word = self.tokens[j].text
        return word[:1].isupper() and word.isascii() and word.isalpha()

    def opens_name(self, j: int) -> bool:
        """A word that can begin a name: a name word not read as a conjunction (وحكومة)."""
        w = self.folded[j]
        if w[:1] == "و" and len(w) > 3 and w not in self.words.names_with_waw and not self.is_latin_name(j):
            return False  # وليد and وائل are listed
        return self.is_name_word(j) or w in self.words.connectors or _definite_given_name(self, j)

    def is_name_word(self, j: int) -> bool:
        """A word that can stand in a name: not a function word, an article word or a known actor."""
        if j in self.taken or self.is_stop(j):
            return False
        if self.is_latin_name(j):
            return True
        word, w = self.tokens[j].text, self.folded[j]
        plain = normalize_ar(word, unicode=False, alef=False, alef_maksura=False, teh_marbuta=False, hamza=False)
        if word.endswith(("اً", "ًا", "ٌ", "ٍ")) or (plain.endswith("ية") and not self.words.sure_given_name(w)) \
                or w.endswith(("ته", "ها", "هم", "هما")):
            return False  # an adverb or an accusative (مجدداً، لاحقاً), a feminine adjective (نهائية), not نادية
        noun = w[1:].endswith(("ات", "ه")) or w[1:] in COMMON_NOUNS or w[1:] in self.words.organisation_heads
        if w[:1] in "لب" and noun and j + 1 < len(self.tokens) and self.folded[j + 1].startswith("ال") \
                and not self.broken_before(j + 1):
            return False  # لمحادثات السلام: a preposition and a noun (not بشار الأسد)
        if not all("\u0621" <= c <= "\u064a" or "\u064b" <= c <= "\u0652" or c in "\u0670\u0640" for c in word):
            return False
        if plain.startswith(("لإ", "لأ", "بإ", "بأ", "كإ", "كأ")):
            return False  # a preposition on a hamza word (لإعادة، بأمر): no name begins so
        if (w.startswith(("ال", "وال", "لل", "بال", "كال", "فال")) and not self.hamza_initial(j)) or w in COMMON_NOUNS:
            return False
        if w in self.words.address_words or _numeral(self.words, w) or _preposition_on_function_word(w) \
                or _preposition_on_verbal_noun(w) or _tenth_form_verbal_noun(w) or _speech_noun_of_speaker(self, j):
            return False
        if w in self.words.organisation_heads or w[1:] in self.words.organisation_heads:
            return False
        return len(w) >= 2


def _numeral(words: NameWords, w: str) -> bool:
    """A number word of ``numbers.tsv`` (عشر، ثلاثة، مليون), bare or after و، ب، ل: a count, never a
    name word (بعد عشر سنوات).

    >>> _numeral(name_words(), fold("عشر")), _numeral(name_words(), fold("وثلاثة")), _numeral(name_words(), fold("عمر"))
    (True, True, False)
    """
    return w in words.numerals or (len(w) > 3 and w[:1] in "وبل" and w[1:] in words.numerals)


def _preposition_on_function_word(w: str) -> bool:
    """A joined preposition (ب، ل، ك) on a function word (بكل، لكل، بهذا، كذلك): an adverbial
    phrase (نقول لأصدقائنا بكل صراحة), not the first word of a name.

    >>> _preposition_on_function_word(fold("بكل")), _preposition_on_function_word(fold("بسام"))
    (True, False)
    """
    return len(w) >= 3 and w[:1] in "بلك" and w[1:] in STOP_WORDS


def _preposition_on_verbal_noun(w: str) -> bool:
    """A joined preposition (ل، ب) on a verbal noun of the derived forms, which opens with م and ends
    in ة (لمواصلة، بمشاركة، لمتابعة، بمساعدة): the purpose or the means of a clause (انتخابه فرصة
    لمواصلة المسيرة), never a name word.

    >>> _preposition_on_verbal_noun(fold("لمواصلة")), _preposition_on_verbal_noun(fold("لمياء"))
    (True, False)
    """
    return len(w) >= 6 and w[:1] in "لب" and w[1:2] == "م" and w.endswith("ه")


def _tenth_form_verbal_noun(w: str) -> bool:
    """A verbal noun of the tenth form, استفعال (استعداد، استمرار، استقرار، استئناف): a common noun,
    the object after a name (أبدى رئيس الوفد بنيامين مبونيمبا استعداد الحركة), never a name word.

    >>> _tenth_form_verbal_noun(fold("استعداد")), _tenth_form_verbal_noun(fold("استيفان"))
    (True, False)
    """
    return len(w) == 7 and w.startswith("است") and w[5] == "ا" and w[3] not in "يو"  # not استيفان


# The verb classes of function_words.toml: finite verbs, which no name word is.
VERB_CLASSES = ("modals", "past_auxiliaries", "present_auxiliaries", "describing_verbs", "naming_verbs",
                "affirmed_after_negator", "remaining_verbs", "motion_verbs")
IMPERFECT_PREFIXES = "يتن"  # the persons of the imperfect (he/she/we); أ folds like the alef of names


@cache
def verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The finite verbs the package knows, folded: the verb forms of the cue lexicons
    (reporting_cues.tsv, frames.tsv) and of function_words.toml's verb classes, and the perfect
    stems (the lemmas and three-letter perfects) an imperfect is built on. Given names the
    package lists (names.toml) are left out.

    >>> forms, stems = verb_forms()
    >>> fold("أكد") in forms, fold("تقبع") in forms, fold("محمد") in forms, "قال" in stems
    (True, True, False, True)
    """
    cues = read_tsv("reporting_cues.tsv", required=["cue", "lemma", "form"])
    verbs = cues.loc[(cues["form"] == "verb") & ~cues["cue"].str.contains(" ")]
    frames = read_tsv("frames.tsv", required=["word", "pos"])
    framed = [w for w, pos in zip(frames["word"], frames["pos"], strict=True) if pos == "verb" and " " not in w]
    forms = {fold(w) for w in [*verbs["cue"], *framed]}.union(*map(word_class, VERB_CLASSES))
    stems = {fold(w) for w in verbs["lemma"] if " " not in w} | {w for w in forms if len(w) == 3}
    names = name_words().common_given_names
    return frozenset(forms - names), frozenset(stems - names)


def finite_verb(word: str) -> bool:
    """A folded word that is a finite verb of the lexicons: one of their forms, or an imperfect
    (a person prefix ي، ت، ن on a known perfect: يقبع، تحث), with a conjunction or the future
    prefix س on it or not. A name after a title ends before it (عبير موسي تقبع في السجن).

    >>> finite_verb(fold("تقبع")), finite_verb(fold("وأكد")), finite_verb(fold("ستعلن")), finite_verb(fold("تامر"))
    (True, True, True, False)
    """
    forms, stems = verb_forms()
    for w in (word, word[1:] if word[:1] in "وفس" else "", word[2:] if word[:2] in ("وس", "فس") else ""):
        if len(w) >= 3 and (w in forms or (len(w) >= 4 and w[0] in IMPERFECT_PREFIXES and w[1:] in stems)):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Reading a name


def read_name(art: _Article, j: int) -> list[int]:
    """The tokens of a personal name that starts at token ``j`` (empty if none starts there).

    A name is up to four words; a connector (عبد، بن، آل) takes the next word whatever its form,
    a compound part (الدين) continues a name, and an article word ends it as a family name
    (الطيب، الصافي) only when punctuation or a function word follows.
    """
    n, words = len(art.tokens), 0
    out: list[int] = []
    while j < n and words < MAX_NAME_WORDS:
        if out and (art.broken_before(j) or (j in art.roles_at and not (
                art.roles_at[j].last_token == j and (_continues_patronymic(art, out, j) or _given_name_goes_on(art, out, j)
                                                     or _given_name_before_patronymic(art, j)
                                                     or _address_word_as_family_name(art, j))))):
            break  # a bare title word after a patronymic chain is the father's name (ولد محمد الأمين)
        w = art.folded[j]
        if out and _taken_family_name(art, out, j):
            out.append(j)  # الدكتور رشيد الغزواني: a family name the gazetteer reads as another's surname
            break
        if j in art.taken or art.is_stop(j) or (out and _verb_ends_name(art, j)):
            break
        if w in art.words.connectors and j + 1 < n and not art.broken_before(j + 1) and j + 1 not in art.taken:
            out += [j, j + 1]
            words += 1
            j += 2
            continue
        if w.startswith("ال") and not art.is_latin_name(j) and not art.hamza_initial(j):
            if not out:
                if not _definite_given_name(art, j):
                    break
                out.append(j)  # الصديق الكبير، العياشي زمال: a given name with the article
                words += 1
                j += 1
                continue
            if w in art.words.compound_parts or _given_name_before_patronymic(art, j):
                out.append(j)  # عز الدين; محمد الحسن ولد لبات
                j += 1
                continue
            if w in art.words.institution_adjectives or w in NOT_FAMILY_NAMES:
                break
            if len(_name_words(art, out)) >= 2 and _definite_common_noun(art, j):
                break  # إسماعيل بقائي الجولة بأنها: the object of the verb before the name
            if _ends_here(art, j + 1) or _continues_patronymic(art, out, j) or _preposition_phrase_after(art, j + 1) \
                    or _nisba_before_object(art, out, j) or _family_name_before_object(art, out, j) \
                    or _nisba_after_given_name(art, out, j):
                out.append(j)  # the family name: عمر حسن الطيب
            elif more := _given_name_goes_on(art, out, j):
                out += list(range(j, j + more))
            elif j + 1 < n and art.folded[j + 1].startswith("ال") and art.folded[j + 1].endswith("ي") \
                    and not art.broken_before(j + 1) and _ends_here(art, j + 2) and j + 1 not in art.taken:
                out += [j, j + 1]  # two family names: محمد التليلي المنصري
            elif j + 1 < n and _taken_family_name(art, [*out, j], j + 1):
                out += [j, j + 1]  # the house after the grandfather: محمد عبدالله المبارك الصباح
            break
        if out and w[:1] in "لب" and j + 1 < n and art.folded[j + 1].startswith("ال") and not art.broken_before(j + 1) \
                and not _nisba_surname(w):
            break  # أمادو عبد الرحمن بوصف التكتل: a preposition after the name
        if not out and _li_before_article_word(art, j):
            break  # المفوض السامي لحقوق الإنسان: the office goes on, no name opens
        if out and _answers_amma(art, j):
            break  # أما الحزب بزعامة فلان فاكتفى: the ف of the answer opens the predicate
        if not art.is_name_word(j) or (out and art.tokens[j].text.endswith("ة") and not (
                _ends_here(art, j + 1) or (j + 1 < n and not art.broken_before(j + 1) and art.is_name_word(j + 1)))):
            break  # a word in ة inside a name ends it (ريبين زنكنة،) or a name follows (سلمى مليكة حدادي)
        out.append(j)
        words += 1
        j += 1
    return out


MIN_TAKEN_FAMILY_LETTERS = 5  # the article and three letters and more: الصباح، الغزواني، السويدي


def _taken_family_name(art: _Article, out: list[int], j: int) -> bool:
    """Token ``j`` ends a personal name read up to it (``out``) although the gazetteer took it alone:
    a definite family name that is a known person's surname (الغزواني of Mohamed Ould Ghazouani, الصباح
    of the emirs) or the masculine nisba of a state (السويدي), right after the given names with no
    punctuation, and with the name's end after it. Arabic writes a person's adjective before his name
    (الرئيس المصري عبد الفتاح السيسي), so a nisba after the name is his family name; a known person
    whose given name opens the name is :func:`_known_surname_ends_discovered_name`'s.

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت الوكالة عن الرئيس التنفيذي للشركة محمد حسن السويدي قوله إن المشروع سيتحول إلى مركز."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-02-23"], "text": [text]}))["surface"].tolist()
    ['الرئيس التنفيذي للشركة محمد حسن السويدي']
    """
    span = art.taken.get(j)
    w = art.folded[j]
    if span is None or span.first != j or span.last != j or art.broken_before(j) or not w.startswith("ال") \
            or len(w) < MIN_TAKEN_FAMILY_LETTERS or art.tokens[j].text.endswith("ة") \
            or not (_ends_here(art, j + 1) or _preposition_phrase_after(art, j + 1)):
        return False
    first = art.bare(out[0]) if art.folded[out[0]] not in art.words.names_with_waw else art.folded[out[0]]
    if first not in art.words.given_names and first not in art.words.connectors:
        return False  # ربما تحتاج السوداني: no name opens with a listed given name
    kind = art.gazetteer.actor_type(span.actor_id)
    if span.form == "demonym":
        return kind == "state" and w.endswith("ي") and len(_name_words(art, out)) >= 2
    if span.form != "name" or kind != "person" or span.actor_id.startswith(UNKNOWN_PREFIX):
        return False
    given = art.folded[out[0]]
    return not any(name and name[0] == given for name in art.gazetteer.names(span.actor_id))


def _given_name_before_patronymic(art: _Article, j: int) -> bool:
    """An article word inside a name that a patronymic connector follows (الحسن in «محمد الحسن ولد
    لبات», الأمين in «محمد الأمين بن علي»): the second given name of a compound, not a family name
    that ends the name.

    >>> from framing.actors import find_mentions
    >>> text = "وقال محمد الحسن ولد لبات، الوسيط الأفريقي، إن الطرفين اقتربا."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2019-07-01"], "text": [text]}))
    >>> m["surface"].tolist()[0]
    'محمد الحسن ولد لبات'
    """
    k = j + 1
    return k + 1 < len(art.tokens) and art.folded[k] in art.words.patronymic_connectors \
        and not art.broken_before(k) and not art.broken_before(k + 1) and k + 1 not in art.taken \
        and art.folded[j] not in art.words.institution_adjectives and art.folded[j] not in NOT_FAMILY_NAMES


def _li_before_article_word(art: _Article, j: int) -> bool:
    """A word with ل joined, not a listed given name (لطفي، ليلى), before an article word: the
    preposition and the first noun of a construct (لحقوق الإنسان، لشؤون اللاجئين), never the
    first word of a name.

    >>> from framing.actors import find_mentions
    >>> text = "ودعا فولكر تورك، المفوض السامي لحقوق الإنسان، إلى التحقيق."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-01"], "text": [text]}))["surface"].tolist()
    ['فولكر تورك', 'المفوض السامي لحقوق الإنسان']
    """
    w, k = art.folded[j], j + 1
    return w[:1] == "ل" and len(w) >= 4 and w not in art.words.given_names and not art.hamza_initial(j) \
        and k < len(art.tokens) and not art.broken_before(k) and art.folded[k].startswith("ال")


def _address_word_as_family_name(art: _Article, j: int) -> bool:
    """A word of address (السيد، الشيخ) right after a given name and closing the name before
    punctuation or a function word: the family name (الدكتور أيمن السيد، أستاذ العلوم السياسية),
    not the address of a next person (محمد بن سلمان الشيخ تميم).

    >>> from framing.actors import find_mentions
    >>> text = "ويرى الدكتور أيمن السيد، أستاذ العلوم السياسية، أن النتيجة متوقعة."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-12-18"], "text": [text]}))
    >>> m["surface"].tolist()
    ['الدكتور أيمن السيد']
    """
    k = j + 1
    return art.folded[j] in art.words.address_words and art.folded[j] not in art.words.first_name_honorifics \
        and (k >= len(art.tokens) or art.broken_before(k) or art.is_stop(k))


def _definite_given_name(art: _Article, j: int) -> bool:
    """Token ``j`` is a given name written with the article (names.toml, given_names: الصديق،
    العياشي، المنصف) that opens a name: a name word follows (العياشي زمال), or an article word
    that ends the name as its family name (المحافظ السابق الصديق الكبير "…"). Not a title's
    adjective (السابق), a role (الأمين العام) or an address word (الشيخ).

    >>> from framing.actors import find_mentions
    >>> text = 'ورحب الدبيبة بالخطوة، معتبراً أن المحافظ السابق الصديق الكبير "حوّل المصرف إلى إقطاعية".'
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-27"], "text": [text]}))["surface"].tolist()[-1]
    'المحافظ السابق الصديق الكبير'
    >>> text = "وقال الأمين العام للحزب إن الحزب سيشارك."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-27"], "text": [text]}))["surface"].tolist()
    []
    """
    w, n = art.folded[j], len(art.tokens)
    if not w.startswith("ال") or w not in art.words.given_names or j in art.taken or j in art.roles_at \
            or w in art.words.address_words or w in art.words.institution_adjectives or w in NOT_FAMILY_NAMES:
        return False
    k = j + 1
    if k >= n or art.broken_before(k) or k in art.taken or k in art.roles_at:
        return False
    after = art.folded[k]
    if after.startswith("ال") and not art.hamza_initial(k):
        return not _definite_common_noun(art, k) and after not in NOT_FAMILY_NAMES \
            and after not in art.words.institution_adjectives and after not in art.words.given_names \
            and _ends_here(art, k + 1)
    return art.is_name_word(k) and not _verb_ends_name(art, k) and not after.startswith(("و", "ف"))


def _preposition_phrase_after(art: _Article, j: int) -> bool:
    """Token ``j`` opens with the preposition ل on a word that is no listed given name (لفرانس برس،
    لوكالة، لـ«الجزيرة»): the one a speaker told, after his name, whose article word before it is
    then his family name (قال الباحث هشام الرياحي لفرانس برس). So too the preposition ب on an
    article word (رحب المتحدث حيدر العذاري بالاتفاق): the object of a verb that takes ب, after the
    name, where the article word before is no common noun (الحكومة) or adjective of a title.

    >>> from framing.actors import find_mentions
    >>> text = "وقال الباحث في المعهد هشام الرياحي لفرانس برس إن المعارضة ضعيفة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-10-07"], "text": [text]}))["surface"].tolist()
    ['هشام الرياحي', 'فرانس برس']
    >>> text = "ورحب المتحدث باسم وزارة الخارجية العراقية حيدر العذاري بالاتفاق."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-03-11"], "text": [text]}))["surface"].tolist()
    ['المتحدث باسم وزارة الخارجية العراقية حيدر العذاري']
    """
    if j >= len(art.tokens) or art.broken_before(j) or j in art.roles_at:
        return False
    w = art.folded[j]
    if w.startswith("بال") and len(w) >= 6:  # رحب المتحدث حيدر العذاري بالاتفاق: the verb's ب and its object
        return not _definite_common_noun(art, j - 1) and art.folded[j - 1] not in NOT_FAMILY_NAMES \
            and art.folded[j - 1] not in art.words.institution_adjectives
    return w[:1] == "ل" and not w.startswith("ال") and len(w) >= 4 and w not in art.words.given_names \
        and not _nisba_surname(w)


def _nisba_before_object(art: _Article, out: list[int], j: int) -> bool:
    """An article word in the nisba ي (الشابي، الرياحي) after two name words, before another article
    word that is not a nisba: the family name, then the verb's object (دعا رئيس الجبهة أحمد نجيب
    الشابي التونسيين إلى المقاطعة).

    >>> from framing.actors import find_mentions
    >>> text = "دعا رئيس جبهة الخلاص أحمد نجيب الشابي التونسيين إلى عدم الاعتراف بالنتائج."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-10-07"], "text": [text]}))["actor_id"].tolist()[0]
    'unknown:أحمد نجيب الشابي'
    """
    k, w = j + 1, art.folded[j]
    return len(_name_words(art, out)) >= 2 and len(w) >= 5 and w.endswith("ي") and k < len(art.tokens) \
        and not art.broken_before(k) and art.folded[k].startswith("ال") and not art.folded[k].endswith("ي") \
        and k not in art.roles_at


BROKEN_PLURAL = re.compile(r"^[^اوي]{2}اي[^اوي]$")  # فعائل, folded: نتائج، رسائل، وسائل، ضمائر


def _family_name_before_object(art: _Article, out: list[int], j: int) -> bool:
    """An article word after a listed given name (names.toml, sure given names), then a definite
    common noun: the family name, then the object of the verb before the name (عدّ الأمين العام
    للحزب وائل السقا النتائج "تفويضاً"). A broken plural of the pattern فعائل (النتائج، الرسائل)
    counts as a common noun here, as the feminine forms do (:func:`_definite_common_noun`).

    >>> from framing.actors import find_mentions
    >>> text = 'عدّ الأمين العام لحزب جبهة العمل الإسلامي وائل السقا النتائج "تفويضاً شعبياً" لبرنامج الحزب.'
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))["actor_id"].tolist()
    ['unknown:وائل السقا']
    >>> text = "فيما أبدى وزير الإسكان عاصم الجزار استعداد وزارته لتسليم الأراضي."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-02-25"], "text": [text]}))["surface"].tolist()
    ['وزير الإسكان عاصم الجزار']
    """
    k = j + 1
    if len(out) != 1 or not art.words.sure_given_name(art.folded[out[0]]) or k >= len(art.tokens) \
            or art.broken_before(k) or k in art.taken or k in art.roles_at or _definite_common_noun(art, j):
        return False
    after = art.folded[k]
    if not after.startswith("ال") and len(after) >= 5 and derived_verbal_noun(after):
        return True  # أبدى وزير الإسكان عاصم الجزار استعداد وزارته: an indefinite verbal noun in construct
    return after.startswith("ال") and (_definite_common_noun(art, k) or bool(BROKEN_PLURAL.match(after[2:])))


MIN_NISBA_LETTERS = 6  # the article, three root letters and more, the nisba ي (المسماري، الغيثي)


def _nisba_after_given_name(art: _Article, out: list[int], j: int) -> bool:
    """An article word in the nisba ي (المسماري، العبيدي) right after a listed given name (names.toml,
    sure given names): the family name, whatever follows it (أعلن الناطق باسمها اللواء أحمد
    المسماري وصول فرق الإنقاذ), not an adjective of time or order (الثاني) or of an institution.

    >>> from framing.actors import find_mentions
    >>> text = "وأعلن الناطق باسم الجيش اللواء أحمد المسماري وصول فرق إنقاذ."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]}))["actor_id"].tolist()
    ['unknown:أحمد المسماري']
    """
    w = art.folded[j]
    return len(out) == 1 and art.words.sure_given_name(art.folded[out[0]]) and len(w) >= MIN_NISBA_LETTERS \
        and w.startswith("ال") and w.endswith("ي") and w not in NOT_FAMILY_NAMES \
        and w not in art.words.institution_adjectives and not art.hamza_initial(j)


def _given_name_goes_on(art: _Article, out: list[int], j: int) -> int:
    """An article word inside a name that opens with a listed given name (names.toml, given_names),
    where it is a part of the name and not the object of a verb: after a patronymic chain (حمادي
    ولد سيد المختار بنسبة) or, after the given name alone, with one more name word and then the
    name's end (بيرام الداه اعبيد ثانياً، the Mauritanian and Maghrebi names with an article word in
    the middle), or a nisba family name before the verb's definite object (وصف المدون رضوان الفاسي
    الحركة). A common noun (الجولة، الحكومة) never goes on. Returns how many words the name takes
    from ``j`` (0, 1 or 2).

    >>> from framing.actors import find_mentions
    >>> text = "وقال المرشح سالم الداه اعبيد إن النتائج مزورة، وحل المرشح حمادي ولد سيد المختار ثالثاً بنسبة قليلة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-07-03"], "text": [text]}))["surface"].tolist()
    ['سالم الداه اعبيد', 'حمادي ولد سيد المختار']
    """
    n = len(art.tokens)
    stem = art.folded[j][2:]
    if not out or not art.words.sure_given_name(art.folded[out[0]]) or art.tokens[j].text.endswith(("ة", "ات")) \
            or stem in COMMON_NOUNS or stem in art.words.organisation_heads or not art.folded[j].startswith("ال"):
        return 0
    if len(out) >= 2 and art.folded[out[-2]] in art.words.patronymic_connectors:
        return 1
    k = j + 1
    if len(out) == 1 and art.folded[j].endswith("ي") and k < n and not art.broken_before(k) and _definite_common_noun(art, k):
        return 1  # وصف المدون رضوان الفاسي الحركة: a nisba family name, then the verb's definite object
    return 2 * (len(out) == 1 and k < n and not art.broken_before(k) and k not in art.taken and k not in art.roles_at \
        and art.opens_name(k) and not art.folded[k].startswith(("و", "ف")) and not art.folded[k].endswith("ه") \
        and not _verb_ends_name(art, k) \
        and (_ends_here(art, k + 1) or not art.is_name_word(k + 1)))


def _verb_ends_name(art: _Article, j: int) -> bool:
    """Token ``j`` is a finite verb of the lexicons (:func:`finite_verb`) and no word of a person's
    name the gazetteer holds (ناصر): the predicate after the name, which it ends.

    >>> from framing.actors import find_mentions
    >>> text = "وقال الحزب إن رئيسته سلمى ناجي تقبع في السجن منذ عام."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))["surface"].tolist()
    ['رئيسته سلمى ناجي']
    """
    w = art.folded[j]
    return (finite_verb(w) or _stance_verb(art, j)) and w not in _person_name_words(art.gazetteer)


@cache
def _person_name_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The folded words of the names of the gazetteer's people."""
    people = gazetteer.actors.loc[gazetteer.actors["type"] == "person", "ar"]
    return frozenset(fold(w) for names in people for w in str(names).replace("|", " ").replace(";", " ").split())


def _definite_common_noun(art: _Article, j: int) -> bool:
    """An article word that is a common noun, never a family name: a feminine singular or a sound
    feminine plural (الجولة، المفاوضات) or a common noun of the office lists (الحكومة، الوزارة).
    After a name of two words it is the object of the verb before them (ووصف المتحدث سامي
    نجار الجولة بأنها صعبة), not a third name.

    >>> from framing.actors import find_mentions
    >>> text = "ووصف المتحدث باسم الخارجية سامي نجار الجولة بأنها صعبة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))["surface"].tolist()
    ['المتحدث باسم الخارجية سامي نجار']
    """
    w = art.folded[j]
    stem = w[2:]
    return len(stem) >= 3 and (stem.endswith(("ه", "ات")) or stem in COMMON_NOUNS or stem in art.words.organisation_heads
                               or (_bare_alef_after_article(art, j) and derived_verbal_noun(stem)))


def _bare_alef_after_article(art: _Article, j: int) -> bool:
    """Token ``j`` has the article and then an alef without hamza (الاتفاق), the hamzat al-wasl of a
    derived verbal noun, not the hamza of a plural (الأنصار)."""
    plain = normalize_ar(art.tokens[j].text, unicode=False, alef=False, alef_maksura=False, teh_marbuta=False,
                         hamza=False)
    at = plain.find("ال")
    return at in (0, 1) and plain[at + 2 : at + 3] == "ا"


DERIVED_VERBAL_NOUN = re.compile(r"^(?:ا[^اوي]{2,3}|است[^اوي]{2})ا[^ا]$")


def derived_verbal_noun(stem: str) -> bool:
    """A folded word without the article in the pattern of a verbal noun of the derived forms VII,
    VIII and X (انفعال، افتعال، استفعال: اتفاق، اجتماع، انقلاب، استفتاء): a common noun, never a family
    name, so after a name it is the object of the verb before it (ووصف المفوض فوبكه هوكسترا الاتفاق
    بأنه «لحظة تاريخية»).

    >>> [derived_verbal_noun(fold(w)) for w in ("اتفاق", "اجتماع", "استقرار", "انصاري", "امام", "اسعد")]
    [True, True, True, False, False, False]
    """
    return bool(DERIVED_VERBAL_NOUN.match(stem))


def _continues_patronymic(art: _Article, out: list[int], j: int) -> bool:
    """An article word right after a patronymic chain (ولد محمد، بن سيد) that no name word, article
    word or punctuation follows: the second part of the father's compound name (محمد أحمد ولد محمد
    الأمين قوله), where a family name elsewhere needs a function word or punctuation after it.

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت الوكالة عن وزير الداخلية سيد أحمد ولد محمد الأمين قوله إن الاقتراع هادئ."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))["surface"].tolist()
    ['وزير الداخلية سيد أحمد ولد محمد الأمين']
    """
    k = j + 1
    return len(out) >= 2 and art.folded[out[-2]] in art.words.patronymic_connectors and k < len(art.tokens) \
        and not art.broken_before(k) and k not in art.taken and k not in art.roles_at \
        and not art.folded[k].startswith("ال") and not art.is_name_word(k)


def _nisba_surname(w: str) -> bool:
    """A folded word of five letters or more in the nisba ending ي that opens with ب or ل (بقائي،
    بلقاسمي، لعمامري): a family name, not a preposition on a noun, which the nisba does not end.
    Before an article word it stays in the name (إسماعيل بقائي الجولة: the name, then the object).

    >>> _nisba_surname(fold("بقائي")), _nisba_surname(fold("بوصف"))
    (True, False)
    """
    return len(w) >= 5 and w.endswith("ي")


MAX_AMMA_DISTANCE = 30  # tokens back from a ف word to the أما it answers


def _answers_amma(art: _Article, j: int) -> bool:
    """Token ``j`` is the answer of a topic opened by أما "as for" in the same sentence: a word
    with ف joined to it (فاكتفى، فقد، فإن) after the topic, which no name word is.

    >>> from framing.actors import find_mentions
    >>> text = "أما المعارضة بزعامة بافل طالباني فاكتفت بتهنئة الفائزين."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['بافل طالباني']
    """
    if not art.tokens[j].text.startswith("ف") or (len(art.folded[j]) < 4 and not _fa_on_particle(art.folded[j])):
        return False
    for t in range(j - 1, max(-1, j - MAX_AMMA_DISTANCE), -1):
        if art.folded[t] in word_class("topic_openers") and "إ" not in art.tokens[t].text:
            return True  # not إما "either", which folds the same
        gap = art.doc.text[art.tokens[t].end : art.tokens[t + 1].start]
        if any(c in gap for c in ".!?؟\n"):
            return False
    return False


def _fa_on_particle(w: str) -> bool:
    """A folded word of ف on a particle of two letters (فقد، فلا، فلم، فلن): the answer of أما,
    never a short name (فهد).

    >>> _fa_on_particle(fold("فقد")), _fa_on_particle(fold("فهد"))
    (True, False)
    """
    return w[:1] == "ف" and w[1:] in STOP_WORDS


def hamza_initial(word: str) -> bool:
    """Whether a word opens with an alef bearing hamza and then ل (إلياس), which folds like the article.

    >>> hamza_initial("إلياس"), hamza_initial("ألبرتو"), hamza_initial("الرئيس")
    (True, True, False)
    """
    plain = normalize_ar(word, unicode=False, alef=False, alef_maksura=False, teh_marbuta=False, hamza=False)
    return plain[:1] in "إأآ" and plain[1:2] == "ل"


def _ends_here(art: _Article, j: int) -> bool:
    """Whether a name may end before token ``j``: punctuation, a function word, a cue, a role, or a
    verbal noun of speech with the speaker's pronoun (:func:`_speech_noun_of_speaker`)."""
    return j >= len(art.tokens) or art.broken_before(j) or art.is_stop(j) or j in art.roles_at \
        or _speech_noun_of_speaker(art, j)


SPEAKER_PRONOUNS = ("ه", "ها", "هم", "هما")


def _speech_noun_of_speaker(art: _Article, j: int) -> bool:
    """Token ``j`` is a verbal noun of reporting (reporting_cues.tsv, kind masdar) with the pronoun of
    the one who spoke (قوله، تأكيدها، تحذيره): after نقل عن it follows the speaker's name at once,
    which it ends (نقلت الوكالة عن الباحث حسن العبيدي قوله إن …).

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت الوكالة عن الباحث حسن العبيدي قوله إن الاقتراع هادئ."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]}))["surface"].tolist()
    ['حسن العبيدي']
    """
    w = art.folded[j]
    return any(w.endswith(p) and w[: -len(p)] in art.words.masdar_cues for p in SPEAKER_PRONOUNS)


def _name_is_sure(art: _Article, name: list[int]) -> bool:
    """A name of one word needs punctuation, a complementizer, a relative, a cue or a role after it."""
    words = [j for j in name if art.folded[j] not in art.words.connectors]
    j = name[-1] + 1
    return len(words) >= 2 or j >= len(art.tokens) or art.broken_before(j) or art.is_cue(j) or j in art.roles_at \
        or art.folded[j] in CLAUSE_WORDS


# ---------------------------------------------------------------------------------------------
# Discovery


def discover(doc: Document, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """The spans of ``found`` (gazetteer matches) with the actors discovered in ``doc`` added.

    Title spans inside a discovered person's office are dropped (their actors become his
    affiliation); the result is in text order.
    """
    words = name_words()
    found, offices = _drop_deputy_titles(doc, gazetteer, words, found)
    roles_at = {m.first_token: m for m in doc.matches(gazetteer.roles) if not _definite_with_pronoun(doc, gazetteer, m)}
    found = _name_over_dated_title(_Article(doc, gazetteer, words, found, roles_at, offices), found)
    # people the gazetteer holds, named in full: their surname and first name first
    known = _follow_up(_Article(doc, gazetteer, words, found, roles_at, offices), found, {})
    found = found + known
    used: set[int] = set()
    # organisations first: inside a person's office they are his affiliation (لحركة مجتمع السلم)
    organisations = _organisations(_Article(doc, gazetteer, words, found, roles_at, offices), used)
    organisations += _quoted_name_repeats(_Article(doc, gazetteer, words, found, roles_at, offices), organisations, used)
    organisations += _bodies_of_the_state_named(_Article(doc, gazetteer, words, found + organisations, roles_at, offices),
                                                used)
    art = _Article(doc, gazetteer, words, found + organisations, roles_at, offices)
    known = [s for s in art.found if gazetteer.actor_type(s.actor_id) == "person"]
    art.known_titles = frozenset(_bare_title_keys(art, known)[0]) if known else frozenset()
    new: list[Span] = []
    titles: dict[tuple[str, ...], Span] = {}
    for role in roles_at.values():
        if role.first_token in used or role.first_token in art.taken:
            continue
        new.extend(_person_after_role(art, role, used, titles))
    new.extend(_people_before_role(art, list(roles_at.values()), used))
    new.extend(_people_after_demonym(art, used))
    new.extend(_people_after_dual_role(art, used))
    new.extend(_appositive_titles(art, art.found + new, used))
    by_given_name = _people_by_given_name(art, art.found + new, used)
    new.extend(by_given_name)
    new.extend(_appositive_titles(art, by_given_name, used))  # وقال ألفريدو روميرو، مدير منظمة ...،
    spans = art.found + new
    dropped = {id(s) for p in spans if p.covers for s in spans if s is not p and p.start <= s.start and s.end <= p.end}
    spans = [s for s in spans if id(s) not in dropped]
    spans = _family_names_of_discovered(art, spans)
    spans.extend(_follow_up(art, spans, titles, after_discovery=True))
    spans.extend(_vocative_first_names(art, spans))
    spans = _known_surname_ends_discovered_name(art, spans)
    spans.extend(_hyphenated_brands(art, spans))
    spans.extend(_party_short_forms(art, spans))
    _given_name_alone_to_full_name(spans)
    interviewers = _interviewers(art, spans)
    spans = [s for s in spans if s.actor_id not in interviewers]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _family_names_of_discovered(art: _Article, spans: list[Span]) -> list[Span]:
    """The gazetteer's mentions inside a discovered person's name (:func:`_taken_family_name`:
    السويدي, الغزواني) are words of the name and dropped; the known person whose surname it is, when
    the article mentions him only by that word, is the discovered person there too (وأضاف الغزواني
    after الدكتور رشيد الغزواني is not the Mauritanian president).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الرئيس الموريتاني محمد ولد الغزواني إن بلاده تدعم المغرب. ويرى الباحث رشيد الغزواني "
    ...         "أن القرار صائب. وأضاف الغزواني أن الدعم مهم.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text]}))
    >>> m[m["surface"].str.contains("الغزواني")]["actor_id"].tolist()
    ['Mohamed Ould Ghazouani', 'unknown:رشيد الغزواني', 'Mohamed Ould Ghazouani']
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-11"], "text": [text[text.index("ويرى"):]]}))
    >>> m["actor_id"].tolist()
    ['unknown:رشيد الغزواني', 'unknown:رشيد الغزواني']
    """
    people = [p for p in spans if p.actor_id.startswith(UNKNOWN_PREFIX) and p.form == "name"
              and (p.actor_type or "person") == "person"]
    inside = {id(s) for p in people for s in spans if s is not p and not s.actor_id.startswith(UNKNOWN_PREFIX)
              and p.first <= s.first and s.last <= p.last and s.first == s.last}
    kept = [s for s in spans if id(s) not in inside]
    owners = {art.folded[p.last]: p for p in people if art.folded[p.last].startswith("ال")
              and len(art.folded[p.last]) >= MIN_TAKEN_FAMILY_LETTERS}
    surnames = [s for s in kept if s.first == s.last and s.form == "name" and art.bare(s.first) in owners
                and not s.actor_id.startswith(UNKNOWN_PREFIX) and art.gazetteer.actor_type(s.actor_id) == "person"]
    for actor_id in {s.actor_id for s in surnames}:
        own = [s for s in kept if s.actor_id == actor_id]
        if not all(s.first == s.last and art.bare(s.first) in owners for s in own):
            continue  # the known person is named in full elsewhere: his surname stays his
        for s in own:
            p = owners[art.bare(s.first)]
            s.actor_id, s.actor_type, s.affiliation = p.actor_id, "person", p.affiliation
    return kept


MIN_INTERVIEW_QUESTIONS = 2  # label lines with a question before a body is read as the interviewer


def _interviewers(art: _Article, spans: list[Span]) -> set[str]:
    """The organisations that label the questions of an interview (المدار: معالي الوزير، كيف …؟):
    the outlet asking, which names itself there and elsewhere in its page (لـ«المدار»، موقع «المدار»)
    and is no actor of its own article (docs/annotation.md, the outlet naming itself).

    >>> from framing.actors import find_mentions
    >>> text = ("قال الوزير لموقع «المدار» إن الحرب انتهت.\\nالمدار: معالي الوزير، كيف عشتم الحرب؟\\n"
    ...         "حسين: كانت أياماً صعبة.\\nالمدار: وماذا عن الانسحاب؟\\nحسين: سيكتمل في أيلول.")
    >>> "unknown:المدار" in find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]}))["actor_id"].tolist()
    False
    """
    text = art.doc.text
    asked: Counter[str] = Counter()
    for s in spans:
        if (s.actor_type or art.gazetteer.actor_type(s.actor_id)) != "organisation":
            continue
        line_end = text.find("\n", s.end)
        line = text[s.end : line_end if line_end >= 0 else len(text)]
        if (s.start == 0 or text[s.start - 1] == "\n") and line.lstrip().startswith(":") and ("؟" in line or "?" in line):
            asked[s.actor_id] += 1
    return {actor_id for actor_id, n in asked.items() if n >= MIN_INTERVIEW_QUESTIONS}


def _given_name_alone_to_full_name(spans: list[Span]) -> None:
    """A person discovered by the given name alone (بيرام in a headline: «بيرام: لن نعترف») is the
    one person of the article discovered with that given name and a family name (بيرام الداه
    اعبيد): his id and affiliation become that person's. Changes ``spans`` in place.

    >>> from framing.actors import find_mentions
    >>> text = "بيرام: لن نعترف بالنتائج\\nوقال المرشح بيرام الداه اعبيد إن النتائج مزورة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-07-03"], "text": [text]}))["actor_id"].tolist()
    ['unknown:بيرام الداه اعبيد', 'unknown:بيرام الداه اعبيد']
    """
    full: dict[str, dict[str, Span]] = {}
    for s in spans:
        words = s.actor_id.removeprefix(UNKNOWN_PREFIX).split()
        if s.actor_id.startswith(UNKNOWN_PREFIX) and s.actor_type == "person" and len(words) >= 2:
            full.setdefault(fold(words[0]), {})[s.actor_id] = s
    for s in spans:
        words = s.actor_id.removeprefix(UNKNOWN_PREFIX).split()
        if s.actor_id.startswith(UNKNOWN_PREFIX) and s.actor_type == "person" and len(words) == 1:
            held = full.get(fold(words[0]), {})
            if len(held) == 1:
                owner = next(iter(held.values()))
                s.actor_id, s.affiliation = owner.actor_id, owner.affiliation


_ALI = frozenset(fold(w) for w in ("علي", "وعلي"))


def _name_after_given_name(art: _Article, j: int) -> list[int]:
    """The name that a listed given name opens at token ``j`` (:func:`read_name`), also where the given
    name folds like a function word (آنا, often written انا, folds like أنا "I"; باسم like باسم "in
    the name of"): then a name word must follow it."""
    if not art.is_stop(j) or j in art.taken:
        return read_name(art, j)
    k = j + 1
    if art.folded[j] not in art.words.given_names or k >= len(art.tokens) or art.broken_before(k) or k in art.taken \
            or art.folded[j] in _ALI:
        return []  # على written with ى is the preposition (شدد وزير الخارجية الجزائري على ضرورة الحوار)
    if art.folded[k].startswith("ال") and not art.hamza_initial(k):  # باسم العوادي إن: a family name
        common = _definite_common_noun(art, k) or art.folded[k] in NOT_FAMILY_NAMES \
            or art.folded[k] in art.words.institution_adjectives
        return [j, k] if not common and k not in art.roles_at and _ends_here(art, k + 1) else []
    if not art.opens_name(k) or art.folded[k] in art.words.connectors:
        return []
    rest = read_name(art, j + 1)
    return [j, *rest] if rest else []


def _name_over_dated_title(art: _Article, found: list[Span]) -> list[Span]:
    """A known title (its office holder by the article's date) followed by a name the gazetteer
    does not hold, which opens with a listed given name: the name wins over the holder (the
    spokeswoman named is not the press secretary of the gazetteer). The mention spans the title and
    the name, and the holder's affiliation is the person's.

    >>> from framing.actors import find_mentions
    >>> text = "وقالت المتحدثة باسم البيت الابيض انا كيلي في بيان ان القمة فشلت."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))
    >>> m[["surface", "actor_id", "affiliation"]].values.tolist()
    [['المتحدثة باسم البيت الابيض انا كيلي', 'unknown:انا كيلي', 'United States']]

    The preposition على, which folds like the name علي, opens no name:

    >>> text = "وشدد وزير الخارجية الجزائري على ضرورة الحوار."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-01"], "text": [text]}))
    >>> m[["surface", "actor_id", "form"]].values.tolist()
    [['وزير الخارجية الجزائري', 'Ahmed Attaf', 'title']]
    """
    out: list[Span] = []
    n = len(art.tokens)
    for s in found:
        j = s.last + 1
        if s.form != "title" or art.gazetteer.actor_type(s.actor_id) != "person" or j >= n or j in art.taken \
                or art.broken_before(j) or art.bare(j) not in art.words.given_names:
            out.append(s)
            continue
        name = _name_after_given_name(art, j)
        if len(_name_words(art, name)) < 2 or not _name_is_sure(art, name) or any(t in art.taken for t in name):
            out.append(s)
            continue
        out.append(Span(s.start, art.tokens[name[-1]].end, UNKNOWN_PREFIX + _name_text(art, name), "name", s.first,
                        name[-1], "person", art.gazetteer.affiliation(s.actor_id), covers=True))
    return out


_VOCATIVE = fold("يا")


def _vocative_first_names(art: _Article, spans: list[Span]) -> list[Span]:
    """A first name after the vocative يا is the one person of the article with that first name
    («شكراً لك يا ناصر» after ناصر بوريطة).

    >>> from framing.actors import find_mentions
    >>> text = "وعانق وزير الخارجية المغربي ناصر بوريطة نظيره قائلاً: «شكراً لك يا ناصر، لقد كنت صديقاً»."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-20"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[-1]
    ['ناصر', 'Nasser Bourita']
    """
    if _VOCATIVE not in art.folded:
        return []
    firsts: dict[str, set[str]] = {}
    by_id: dict[str, Span] = {}
    for s in spans:
        if s.form != "name" or (s.actor_type or art.gazetteer.actor_type(s.actor_id)) != "person":
            continue
        if s.actor_id.startswith(UNKNOWN_PREFIX):
            names = [[fold(w) for w in s.actor_id.removeprefix(UNKNOWN_PREFIX).split()]]
        else:
            names = art.gazetteer.names(s.actor_id)
        for name in names:
            if len(name) >= 2 and name[0] not in art.words.connectors and not name[0].startswith("ال") \
                    and name[0] not in art.words.common_given_names:
                firsts.setdefault(name[0], set()).add(s.actor_id)
                by_id.setdefault(s.actor_id, s)
    taken = {t for s in spans for t in range(s.first, s.last + 1)}
    out = []
    for j in range(1, len(art.tokens)):
        held = firsts.get(art.folded[j])
        if held is None or len(held) != 1 or j in taken or art.folded[j - 1] != _VOCATIVE or art.broken_before(j):
            continue
        s = by_id[next(iter(held))]
        out.append(Span(art.tokens[j].start, art.tokens[j].end, s.actor_id, "name", j, j, "person", s.affiliation))
    return out


def _definite_with_pronoun(doc: Document, gazetteer: Gazetteer, m) -> bool:
    """A role match read with an attached pronoun on a word that has the article (الملكي as
    الملك + ي): the article and a possessive never go together, so the word is something else (the
    adjective الملكي, royal), not the role.

    >>> from framing.actors import load_gazetteer
    >>> g = load_gazetteer()
    >>> doc = Document("a", "عناصر الدرك الملكي ورئيسها وللرئيس", None)
    >>> [_definite_with_pronoun(doc, g, m) for m in doc.matches(g.roles)]
    [True, False, False]
    """
    words = gazetteer.roles.terms[m.entry].split()
    last = fold(words[-1])
    token = doc.folded[m.last_token]
    return last.startswith("ال") and not token.endswith(last[1:])  # للرئيس: ل + الرئيس


def _drop_deputy_titles(doc: Document, gazetteer: Gazetteer, words: NameWords,
                        found: list[Span]) -> tuple[list[Span], dict[int, str]]:
    """نائب وزير الخارجية الروسي: the title is the deputy's office, not a mention of the minister.

    Returns the other spans and, for each token of a dropped title, the holder's affiliation.
    """
    kept, offices = [], {}
    for s in found:
        if s.form == "title" and s.first > 0 and doc.folded[s.first - 1] in words.deputy_words:
            offices.update(dict.fromkeys(range(s.first, s.last + 1), gazetteer.affiliation(s.actor_id)))
        else:
            kept.append(s)
    return kept, offices


def _person_after_role(art: _Article, role, used: set[int], titles: dict) -> list[Span]:
    """A role, the words of an office, then a name (المتحدث باسم الحكومة النيجرية العقيد أمادو …).

    With a comma between the office and the name (رئيسة الشبكة، سهى العبيدي) they are two
    mentions, a title and a name, as the guidelines count them.
    """
    n = len(art.tokens)
    j = role.last_token + 1
    affiliation = ""
    office: list[int] = list(range(role.first_token, role.last_token + 1))
    bracketed = False
    held_title = False
    while j < n and _office_size(art, office) < MAX_OFFICE_WORDS:
        if _bracketed_word(art, j):
            office.append(j)  # المفاوضة باسم تحالف الدول الجزرية الصغيرة (أوسيس) ميلاني توفا
            j += 1
            bracketed = True
            continue
        comma = art.broken_before(j) and not bracketed and not (_quote_gap(art, j) and _quoted_organisation(art, j))
        bracketed = False
        if comma and not (art.doc.text[art.tokens[j - 1].end : art.tokens[j].start].strip() in ("،", ",")
                          and len(office) > role.last_token - role.first_token + 1):
            return []
        span = art.taken.get(j)
        if span is not None and not comma:
            kind = span.actor_type or art.gazetteer.actor_type(span.actor_id)
            if kind == "person" and span.form not in ("demonym", "title"):
                return _known_person_after_office(art, role, office, span, affiliation, used)
            if kind == "person" and not art.folded[span.first].startswith("ل") \
                    and not _name_after_office_with_title(art, span):
                return []  # a known person's title, not the genitive of this office (للأمين العام)
            if not held_title:  # a known person's title in the office gives the affiliation (مستشار الرئيس الأمريكي)
                affiliation = _affiliation_of(art, span) or affiliation
            held_title = held_title or (kind == "person" and not art.folded[span.first].startswith("ل"))
            office.extend(range(span.first, span.last + 1))
            j = span.last + 1
            continue
        if j in art.offices:
            affiliation = art.offices[j] or affiliation
        if j in art.roles_at and j > role.last_token and not comma:
            inner = art.roles_at[j]
            office.extend(range(j, inner.last_token + 1))
            j = inner.last_token + 1
            continue
        name = _name_in_office(art, role, office, j)
        if comma and not (name and len(_name_words(art, name)) >= 2 and _ends_here(art, name[-1] + 1)):
            return []
        if name and _name_is_sure(art, name) and not _adjective_after_indefinite_role(art, role, office, name) \
                and not _verb_after_known_title(art, role, office, name):
            used.update(range(role.first_token, name[-1] + 1))
            return _person_spans(art, role, office, name, affiliation, titles, comma, relation=held_title)
        if phrase := _preposition_phrase_of_office(art, j):
            office += list(range(j, j + phrase))
            j += phrase
            continue
        if (art.is_stop(j) and art.folded[j] not in OFFICE_WORDS) or _numeral(art.words, art.folded[j]):
            return []  # a numeral counts what follows (الوزير الجديد عشر مرات): no office goes on past it
        if art.folded[j][:1] == "و" and not art.folded[j].startswith("وال") and art.folded[j] not in COMMON_NOUNS \
                and art.folded[j] not in art.words.organisation_heads and len(art.folded[j]) != 3:
            return []  # رئيس دولة وحكومة: a coordination, not an office and a name (رئيسة وزراء is one; in
            # a word of three letters و is a root letter: في شؤون وسط أفريقيا)
        if _predicate_after_title(art, j):
            return []
        office.append(j)
        j += 1
    return []


def _name_in_office(art: _Article, role, office: list[int], j: int) -> list[int]:
    """The holder's name that starts at token ``j`` of an office, or none: not right after an
    organisation's head (لحركة …), a noun of a locality (بلدية درنة) or a function word of the office
    (باسم، في), whose next word names the body or the place; after باسم with a pronoun (المتحدث
    باسمها) a name may open with a given name that is also a word (باسم العوادي).

    >>> from framing.actors import find_mentions
    >>> text = "وقال المتحدث باسمها باسم العوادي إن الحكومة ماضية، وقال رئيس حزب الأمة علي سالم إن الحزب سيشارك."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]}))["actor_id"].tolist()
    ['unknown:باسم العوادي', 'unknown:علي سالم']
    """
    after_head = _head_after_preposition(art.folded[j - 1], art.words.organisation_heads) \
        and not has_article(art.folded[j - 1])
    after_office_word = j > role.last_token + 1 and art.folded[j - 1] in OFFICE_WORDS
    opens = art.opens_name(j) and not after_head and not after_office_word and not _after_locality_noun(art, j)
    name = read_name(art, j) if opens else []
    if not name and (art.folded[j - 1] in OFFICE_PRONOUNS or _basim_after_office(art, office, j)):
        return _name_after_given_name(art, j)  # المتحدث باسمها باسم العوادي: the office is named
    return name


def _preposition_phrase_of_office(art: _Article, j: int) -> int:
    """How many words from token ``j`` are a preposition phrase inside an office (0 if none): the من
    or على of a description of closeness (المدون المقرب من الأغلبية: one word, its object read
    next), or مع and a partner inside the name of a body (جمعية للتضامن مع اللاجئين: two).

    >>> from framing.actors import find_mentions
    >>> text = "وقال رئيس جمعية للتضامن مع اللاجئين سامي الهادي إن الوضع صعب."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]}))["actor_id"].tolist()
    ['unknown:سامي الهادي']
    """
    n = len(art.tokens)
    if j + 1 >= n or art.broken_before(j + 1) or j + 1 in art.roles_at:
        return 0
    if art.folded[j] in ("من", "على") and art.folded[j - 1] in art.words.closeness_adjectives:
        return 1
    if art.folded[j] == "مع" and art.folded[j + 1].startswith("ال") and j + 1 not in art.taken:
        return 2
    return 0


def _office_size(art: _Article, office: list[int]) -> int:
    """The words of an office, an actor named in it counting as one (رئيس بعثة الاتحاد الدولي لجمعيات
    الصليب الأحمر والهلال الأحمر في ليبيا تامر رمضان: five, the federation one of them).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال رئيس بعثة الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر في ليبيا تامر رمضان، "
    ...         "في إحاطة، إن العدد كبير.")
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]}))["actor_id"].tolist()
    ['unknown:تامر رمضان']
    """
    return len({("actor", art.taken[t].first) if t in art.taken else ("word", t) for t in office})


def _after_locality_noun(art: _Article, j: int) -> bool:
    """Token ``j`` follows a noun of a locality without the article (names.toml, locality_nouns:
    بلدية، محافظة، ولاية): the place's name, a word of the office, not the holder's name (عميد
    بلدية درنة عبد المنعم الغيثي).

    >>> from framing.actors import find_mentions
    >>> text = "وقال عميد بلدية درنة عبد المنعم الغيثي لقناة محلية إن الحصيلة كبيرة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]}))["actor_id"].tolist()
    ['unknown:عبد المنعم الغيثي']
    """
    return j > 0 and not art.broken_before(j) and _head_after_preposition(art.folded[j - 1], art.words.locality_nouns)


def _head_after_preposition(w: str, heads: frozenset[str]) -> bool:
    """A folded word of ``heads``, bare or with the preposition ل or ب joined to it (لحزب، بلدية،
    لبلدية; the ب of بلدية and the ل of لجنة are the word's own).

    >>> heads = frozenset(fold(w) for w in ("حزب", "لجنة", "بلدية"))
    >>> [_head_after_preposition(fold(w), heads) for w in ("لحزب", "لجنة", "بلدية", "لبلدية", "للحزب", "نة")]
    [True, True, True, True, False, False]
    """
    return w in heads or (w[:1] in "لب" and w[1:] in heads)


ON_BEHALF_WORDS = word_class("on_behalf_words")  # باسم, "in the name of"


def _basim_after_office(art: _Article, office: list[int], j: int) -> bool:
    """A second باسم after an office that holds one already and names what it speaks for (المتحدث
    باسم الحكومة باسم العوادي): the given name Basim, not a second "in the name of".

    >>> from framing.actors import find_mentions
    >>> text = "ونقلت الوكالة عن المتحدث باسم الحكومة باسم العوادي قوله إن الزيارة حققت أهدافها."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-15"], "text": [text]}))["actor_id"].tolist()
    ['unknown:باسم العوادي']
    """
    return art.folded[j] in ON_BEHALF_WORDS and j - 1 in office and art.folded[j - 1] not in ON_BEHALF_WORDS \
        and any(art.folded[t] in ON_BEHALF_WORDS for t in office)


def _name_after_office_with_title(art: _Article, title: Span) -> bool:
    """A known person's title in the genitive of a role (مستشار الرئيس الأمريكي) is a word of the
    office when a name the gazetteer lacks of two words or more ends the office within a few words
    (مستشار الرئيس الأمريكي للشؤون الأفريقية مسعد بولس): the name is the adviser's, not the holder's,
    and the president's state is his affiliation. The title stays a mention of the holder, the
    genitive of a relation (docs/annotation.md, deputies and assistants).

    >>> from framing.actors import find_mentions
    >>> text = "وحذر مستشار الرئيس الأمريكي للشؤون الأفريقية سامي بولس من أن الوقت ينفد."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))
    >>> m[["surface", "actor_id", "affiliation"]].values.tolist()
    [['الرئيس الأمريكي', 'Donald Trump', 'United States'], ['الأفريقية', 'Africa', ''], ['سامي بولس', 'unknown:سامي بولس', 'United States']]
    """
    n = len(art.tokens)
    for j in range(title.last + 1, min(n, title.last + 1 + MAX_OFFICE_WORDS // 2)):
        if art.broken_before(j) or j in art.roles_at:
            return False
        span = art.taken.get(j)
        if span is not None:
            if (span.actor_type or art.gazetteer.actor_type(span.actor_id)) == "person" and span.form == "name":
                return False  # the holder's own name: his title, then his name
            continue
        if art.opens_name(j) and art.folded[j - 1] not in OFFICE_WORDS:
            name = read_name(art, j)
            if len(_name_words(art, name)) >= 2 and _name_is_sure(art, name):
                return True
    return False


def _predicate_after_title(art: _Article, j: int) -> bool:
    """A bare indefinite word after a title closed by an adjective of time (الرئيس الجديد، الوزير
    السابق) that opens no name: the predicate of a nominal sentence whose subject is the title
    (البابا الجديد فرصة لمواصلة المسيرة), not a word of the office, which would be a genitive
    (الرئيس السابق لحزب …) or a definite word.

    >>> from framing.actors import find_mentions
    >>> text = "وقال إن البابا الجديد فرصة لمواصلة مسيرة الأخوة بين الشعوب."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]}))["surface"].tolist()
    []
    """
    w = art.folded[j]
    return j > 0 and art.folded[j - 1] in NOT_FAMILY_NAMES and not art.broken_before(j) \
        and not w.startswith("ال") and w[:1] not in "لبو" and j not in art.taken


def _known_person_after_office(art: _Article, role, office: list[int], span: Span, affiliation: str,
                               used: set[int]) -> list[Span]:
    """A role and an office that names an organisation or a state, then a person the gazetteer holds
    (الأمين العام لحزب العدالة والتنمية عبد الإله بنكيران، المتحدث باسم الخارجية القطرية ماجد
    الأنصاري): one name mention over the whole, the organisation or state being his affiliation
    (docs/annotation.md), as for a discovered person.

    >>> from framing.actors import find_mentions
    >>> text = "وقال الأمين العام لحزب العدالة والتنمية عبد الإله بنكيران إن الحكومة فشلت."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-11"], "text": [text]}))[["surface", "actor_id"]].values.tolist()
    [['الأمين العام لحزب العدالة والتنمية عبد الإله بنكيران', 'Abdelilah Benkirane']]
    """
    named = [t for t in office if t > role.last_token and t in art.taken and _names_the_office(art, art.taken[t], t)]
    related = _relation_in_office(art, role, office)
    if not (named or related) or (_is_descriptive_at(art, role.first_token) and not related) \
            or (span.first != span.last and span.first in art.roles_at):
        return []
    used.update(range(role.first_token, span.last + 1))
    start = art.tokens[role.first_token].start + _conjunction(art, role.first_token)
    return [Span(start, span.end, span.actor_id, "name", role.first_token, span.last, "person",
                 affiliation or art.gazetteer.affiliation(span.actor_id), covers=True)]


def _names_the_office(art: _Article, span: Span, t: int) -> bool:
    """An organisation or group inside an office, or a state that a body of the office or باسم
    names (المتحدث باسم الخارجية القطرية، المتحدث باسم قطر), not one a relation names (الوزير
    بنظيره الصومالي أحمد معلم فقي: the counterpart, a description)."""
    kind = span.actor_type or art.gazetteer.actor_type(span.actor_id)
    if kind in ("organisation", "group"):
        return True
    before = art.folded[span.first - 1] if span.first > 0 else ""
    return kind == "state" and t == span.first and (before.startswith("ال") or before in OFFICE_WORDS)


def _relation_in_office(art: _Article, role, office: list[int]) -> bool:
    """The office holds another person's title joined by ل (الممثلة الخاصة للأمين العام للأمم
    المتحدة في ليبيا هانا تيتيه): the role is a relation to that office holder, and the whole is one
    name mention of the person named after it, as for a person the gazetteer does not hold
    (events2 fa1_libya).

    >>> from framing.actors import find_mentions
    >>> text = "وقالت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه، في كلمتها، إن الحوار مستمر."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-06-01"], "text": [text]}))["actor_id"].tolist()
    ['Hanna Tetteh']
    """
    for t in office:
        s = art.taken.get(t) if t > role.last_token else None
        if s is not None and s.form == "title" and art.folded[s.first].startswith("ل") \
                and (s.actor_type or art.gazetteer.actor_type(s.actor_id)) == "person":
            return True
    return False


def _bracketed_word(art: _Article, j: int) -> bool:
    """Whether token ``j`` is one word in brackets (an abbreviation: (أوسيس)) after an earlier word.

    >>> from framing.actors import find_mentions
    >>> text = "وقالت المفاوضة باسم تحالف الدول الجزرية الصغيرة (أوسيس) ميلاني توفا إن الدول الغنية تركتنا."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-23"], "text": [text]}))["actor_id"].tolist()
    ['Alliance of Small Island States', 'Alliance of Small Island States', 'unknown:ميلاني توفا']
    """
    if j == 0 or j + 1 >= len(art.tokens):
        return False
    text, tokens = art.doc.text, art.tokens
    return text[tokens[j - 1].end : tokens[j].start].strip() == "(" and text[tokens[j].end : tokens[j + 1].start].strip() == ")"


def _quoted_organisation(art: _Article, j: int) -> bool:
    """Token ``j`` opens, or follows the close of, an organisation's name in quotation marks."""
    for t in (j, j - 1):
        span = art.taken.get(t)
        if span is not None and span.actor_type == "organisation" and _quote_gap(art, span.first):
            return True
    return False


def _adjective_after_indefinite_role(art: _Article, role, office: list[int], name: list[int]) -> bool:
    """قائد حكيم، رئيس جديد: one word right after a role without the article is its adjective, not
    a name (a name after an indefinite role comes after the words of an office: رئيس الوزراء X)."""
    return len(name) == 1 and len(office) == role.last_token - role.first_token + 1 \
        and not art.folded[role.first_token].startswith(("ال", "لل", "وال", "بال")) and not art.is_latin_name(name[0])


def _verb_after_known_title(art: _Article, role, office: list[int], name: list[int]) -> bool:
    """A bare title that stands for a known person of the article (الملك for the king it names),
    then a word and an article word: a verb and its object (خطاب الملك وضع النقاط), not the name
    of another holder, which would be written in full.

    >>> from framing.actors import find_mentions
    >>> text = "ألقى الملك محمد السادس خطاباً. ويرى الباحث أن خطاب الملك وضع النقاط على الحروف."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-11"], "text": [text]}))["surface"].tolist()
    ['الملك محمد السادس', 'الملك']
    >>> text = "وقال رئيس الوزراء المصري مصطفى مدبولي إن الصفقة مهمة. واستعرض رئيس الوزراء أبرز بنود الاتفاق قائلاً: إنه كبير."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-02-25"], "text": [text]}))["surface"].tolist()
    ['رئيس الوزراء المصري مصطفى مدبولي', 'رئيس الوزراء']
    """
    if len(office) == 1 and (art.folded[role.first_token],) in art.known_titles and len(name) == 2 \
            and art.folded[name[-1]].startswith("ال") and not art.folded[name[0]].startswith("ال"):
        return True
    # واستعرض رئيس الوزراء أبرز بنود الاتفاق: a known holder's bare title, then words none of which is a
    # listed given name, ending in an article word: the verb's object
    key = tuple(art.folded[role.first_token : role.last_token + 1])
    rest = [t for t in office if t > role.last_token] + name
    return len(key) >= 2 and key in art.known_titles and art.folded[name[-1]].startswith("ال") \
        and not any(art.folded[t] in art.words.given_names or art.folded[t].startswith("ال") for t in rest[:-1])


# Function words that belong to an office (المتحدث باسم الوزارة، مساعد الوزير لشؤون الدفاع).
OFFICE_WORDS = word_class("office_words")  # في، باسم، لدى، إلى: المبعوث الأميركي إلى سوريا توم براك
# باسم with a pronoun names the office in full (المتحدث باسمها): what follows is the name.
OFFICE_PRONOUNS = frozenset(fold(w) for w in ("باسمه", "باسمها", "باسمهم", "باسمهما"))


def _name_words(art: _Article, name: list[int]) -> list[int]:
    return [j for j in name if art.folded[j] not in art.words.connectors]


def _person_spans(art: _Article, role, office: list[int], name: list[int], affiliation: str, titles: dict,
                  comma: bool, relation: bool = False) -> list[Span]:
    """The mentions of a person found after a role: title and name, or one span over both. With a
    known person's title in the office (``relation``: مستشار الرئيس الأمريكي … مسعد بولس) the name
    alone, and the holder's title stays his mention (docs/annotation.md, deputies and assistants)."""
    actor_id = UNKNOWN_PREFIX + _name_text(art, name)
    if relation:
        return [Span(art.tokens[name[0]].start, art.tokens[name[-1]].end, actor_id, "name", name[0], name[-1],
                     "person", affiliation)]
    descriptive = " ".join(art.folded[role.first_token : role.last_token + 1]) in art.words.descriptive_roles
    if not descriptive:
        titles.setdefault(tuple(art.folded[t] for t in office if t < name[0]), Span(0, 0, actor_id, "title", 0, 0))
    elif role.first_token == role.last_token and art.folded[role.first_token].startswith("ال"):
        # الباحثة في معهد تشاتام هاوس ليلى الزين ... وترى الباحثة أن: the bare description, while it
        # describes one person of the article only
        key = (art.folded[role.first_token],)
        held = titles.get(key)
        introduced = Span(0, 0, actor_id, "title", role.first_token, role.first_token)  # first: where it was introduced
        titles[key] = introduced if key not in titles or (held is not None and held.actor_id == actor_id) else None
    name_span = Span(art.tokens[name[0]].start, art.tokens[name[-1]].end, actor_id, "name", name[0], name[-1],
                     "person", affiliation)
    first_title = role.first_token
    if descriptive:  # the mention starts at the first title after the description, if any
        titled = [t for t in sorted(art.roles_at) if role.first_token < t < name[0] and not _is_descriptive_at(art, t)
                  and t not in art.taken]  # not the king a university is named after (جامعة الملك سعود)
        if not titled:
            return [name_span]
        first_title = titled[0]
    start = art.tokens[first_title].start + _conjunction(art, first_title)
    if comma:
        last = max(t for t in office if t < name[0])
        title = Span(start, art.tokens[last].end, actor_id, "title", first_title, last,
                     "person", affiliation, covers=True)
        return [title, name_span]
    return [Span(start, name_span.end, actor_id, "name", first_title, name[-1], "person", affiliation, covers=True)]


def _conjunction(art: _Article, t: int) -> int:
    """1 when token ``t`` is a role word with a conjunction on it (ومفوض، فالرئيس), else 0."""
    w = art.folded[t]
    return int(w[:1] in "وف" and w not in art.words.role_words and w[1:] in art.words.role_words)


def _is_descriptive_at(art: _Article, t: int) -> bool:
    return any(" ".join(art.folded[t : t + k]) in art.words.descriptive_roles for k in (1, 2))


def _affiliation_of(art: _Article, span: Span) -> str:
    """The state or organisation a span inside an office names (its holder's, for a title)."""
    if span.affiliation:
        return span.affiliation
    kind = span.actor_type or art.gazetteer.actor_type(span.actor_id)
    if kind in ("state", "organisation", "group"):
        return span.actor_id
    return art.gazetteer.affiliation(span.actor_id) or ""


def _people_before_role(art: _Article, role_matches, used: set[int]) -> list[Span]:
    """A name, a comma, then a role (رامي الشريف، المحلل في بنك الإمارات دبي الوطني)."""
    out = []
    for role in role_matches:
        k = role.first_token
        if k < 2 or k - 1 in used or not art.broken_before(k):
            continue
        gap = art.doc.text[art.tokens[k - 1].end : art.tokens[k].start]
        if gap.strip() not in ("،", ",", "(", "، ("):
            continue
        name = _name_ending_at(art, k - 1)
        if len([j for j in name if art.folded[j] not in art.words.connectors]) < 2:
            continue
        before = name[0] - 1
        opener = art.folded[before][:1] in "وف" and art.folded[before][1:] not in art.words.organisation_heads if before >= 0 else True
        after_noun = before >= 0 and art.folded[before].startswith("ال")  # وفد مجلس النواب عبد المنعم الفاخري، النائب
        if before >= 0 and not (art.broken_before(name[0]) or art.is_stop(before) or art.is_cue(before) or opener
                                or after_noun):
            continue  # the name must open its clause: ويرى رامي الشريف، المحلل…
        used.update(name)
        out.append(Span(art.tokens[name[0]].start, art.tokens[name[-1]].end, UNKNOWN_PREFIX + _name_text(art, name),
                        "name", name[0], name[-1], "person", _office_affiliation(art, role.last_token + 1)))
    return out


def _appositive_titles(art: _Article, spans: list[Span], used: set[int]) -> list[Span]:
    """A person's name, a comma, then his office closed by a comma (أحمد نجيب الشابي، رئيس جبهة
    الخلاص الوطني، أن ...): the office is his title mention, and the organisation it names is his
    affiliation, not a mention of its own (a description such as المحلل في بنك... is no title).

    >>> from framing.actors import find_mentions
    >>> text = "وقال زهير المغزاوي، الأمين العام لحزب الوفاق الجمهوري، إن الإقبال ضعيف."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-11"], "text": [text]}))
    >>> m[["surface", "actor_id", "form"]].values.tolist()
    [['زهير المغزاوي', 'unknown:زهير المغزاوي', 'name'], ['الأمين العام لحزب الوفاق الجمهوري', 'unknown:زهير المغزاوي', 'title']]

    The organisation's name may stand in quotation marks inside the office:

    >>> text = 'وقال ألفريدو روميرو، مدير منظمة "فورو بينال" الحقوقية، إن قوات الأمن استخدمت القوة.'
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]}))
    >>> m[["surface", "form"]].values.tolist()
    [['ألفريدو روميرو', 'name'], ['مدير منظمة "فورو بينال" الحقوقية', 'title']]
    """
    out = []
    n = len(art.tokens)
    for s in spans:
        if s.form != "name" or (s.actor_type or art.gazetteer.actor_type(s.actor_id)) != "person":
            continue
        k = s.last + 1
        role = art.roles_at.get(k)
        if role is None or k in used or k in art.taken or _is_descriptive_at(art, k) \
                or art.doc.text[s.end : art.tokens[k].start].strip() not in ("،", ","):
            continue
        j = role.last_token + 1
        while j < n and j - k < MAX_OFFICE_WORDS and (not art.broken_before(j) or _quote_gap(art, j)):
            span = art.taken.get(j)
            if span is not None:
                if (span.actor_type or art.gazetteer.actor_type(span.actor_id)) == "person":
                    break
                j = span.last + 1
                continue
            if (art.is_stop(j) and art.folded[j] not in OFFICE_WORDS) or j in art.roles_at:
                break
            j += 1
        if j >= n or not art.broken_before(j) or art.doc.text[art.tokens[j - 1].end : art.tokens[j].start].strip() not in ("،", ","):
            continue  # the office must close with a comma
        used.update(range(k, j))
        start = art.tokens[k].start
        out.append(Span(start, art.tokens[j - 1].end, s.actor_id, "title", k, j - 1, "person",
                        s.affiliation or _office_affiliation(art, role.last_token + 1), covers=True))
    return out


def _name_ending_at(art: _Article, last: int) -> list[int]:
    """The name whose last word is token ``last``, read backwards (at most four words)."""
    names: list[int] = []
    j = last
    while j >= 0 and j not in art.taken and not art.is_stop(j):
        w = art.folded[j]
        previous = art.folded[j - 1] if j > 0 and not art.broken_before(j) else ""
        inner = (j == last - 1 and art.folded[last].startswith("ال") and j > 0 and not art.broken_before(j)
                 and art.is_name_word(j - 1))  # محمد التليلي المنصري
        definite = w.startswith("ال") and not art.hamza_initial(j)  # ألفريدو روميرو: a name in أل
        if definite and not (j == last or inner or w in art.words.compound_parts or previous in art.words.connectors):
            break
        if not definite and w not in art.words.connectors and (
                not art.is_name_word(j) or (j != last and art.tokens[j].text.endswith("ة") and j - 1 >= 0
                                            and not art.broken_before(j) and art.is_name_word(j - 1))):
            break
        names.insert(0, j)
        if art.broken_before(j):
            break
        j -= 1
    while names and art.folded[names[0]].startswith("ال") and not art.hamza_initial(names[0]):
        names.pop(0)
    while len([j for j in names if art.folded[j] not in art.words.connectors]) > MAX_NAME_WORDS - 1 or (
            len(names) > 2 and art.folded[names[0]].startswith(("و", "ف")) and art.folded[names[0]] not in art.words.connectors):
        names.pop(0)  # وحلّ عبد العالي…: a verb with its conjunction before the name
    return names


def _office_affiliation(art: _Article, j: int) -> str:
    """The first state or organisation named in the office that starts at token ``j``."""
    for k in range(j, min(j + MAX_OFFICE_WORDS, len(art.tokens))):
        if k > j and art.broken_before(k):
            break
        span = art.taken.get(k)
        if span is not None:
            return _affiliation_of(art, span)
    return ""


def _people_after_demonym(art: _Article, used: set[int]) -> list[Span]:
    """A state's adjective then a name of two words or more (الجزائرية سلمى مليكة حدادي)."""
    out = []
    for s in art.found:
        if s.form != "demonym" or art.gazetteer.actor_type(s.actor_id) != "state" \
                or not art.bare(s.last).startswith("ال"):
            continue  # an indefinite adjective (أسيراً إسرائيلياً مقابل) introduces no name
        j = s.last + 1
        if j >= len(art.tokens) or j in used or art.broken_before(j) or not art.is_name_word(j):
            continue
        name = read_name(art, j)
        if not art.opens_name(j) or len([k for k in name if not art.folded[k].startswith("ال")]) < 2 \
                or not _ends_here(art, name[-1] + 1) or not _one_person_named(art, s, name):
            continue
        used.update(name)
        out.append(Span(art.tokens[name[0]].start, art.tokens[name[-1]].end, UNKNOWN_PREFIX + _name_text(art, name),
                        "name", name[0], name[-1], "person", s.actor_id))
    return out


def _one_person_named(art: _Article, demonym: Span, name: list[int]) -> bool:
    """Whether a state's adjective and the words after it can be one person and his name: the
    adjective singular (not السنغاليين ليسوا رعايا: a people and its predicate) and the name opening
    with a listed given name or running to three words (الفرنسية ببيان مقتضب، السعودي بلغ مستوى:
    a body's adjective and the rest of the clause).

    >>> from framing.actors import find_mentions
    >>> text = "وقالت الجزائرية سلمى مليكة حدادي إن القمة نجحت، واكتفت الخارجية الفرنسية ببيان مقتضب."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-25"], "text": [text]}))["actor_id"].tolist()
    ['Algeria', 'unknown:سلمى مليكة حدادي', 'France']
    """
    adjective = art.bare(demonym.last)
    if adjective.endswith(("ين", "ون", "يان", "يتان", "يتين")):
        return False
    return bool(_opens_with_given_name(art, name[0])) or len(_name_words(art, name)) >= 3


def _opens_with_given_name(art: _Article, j: int) -> str:
    """Whether a personal name opens at token ``j`` by its given name: "sure" for a word of the
    given-name list that is no common word (بيرام، ليلى) or a theophoric name (عبد العالي), "common"
    for a listed name that is also a common word of news (أمل، سلام، عادل), "" otherwise. A
    conjunction on the word (وبيرام) is not part of the name.

    >>> from framing.actors import load_gazetteer
    >>> from framing.text import Document
    >>> art = _Article(Document("a", "وبيرام وأمل وعبد العالي والحكومة", None), load_gazetteer(), name_words(), [], {}, {})
    >>> [_opens_with_given_name(art, j) for j in range(5)]
    ['sure', 'common', 'sure', '', '']
    """
    words = art.words
    w = art.folded[j]
    bare = w[1:] if w[:1] == "و" and w not in words.given_names and w not in words.names_with_waw else w
    if bare == fold("عبد") and j + 1 < len(art.tokens) and not art.broken_before(j + 1) \
            and not art.folded[j + 1].startswith(("و", "ف")):
        return "sure"
    if bare in words.given_names:
        return "common" if bare in words.given_names_common_words else "sure"
    return ""


def _person_position(art: _Article, j: int, last: int) -> str:
    """The position of a person for a name from token ``j`` to ``last``: "address" right after an
    address word (السيد، الدكتورة); "subject" right after a reporting verb (رفض، صرّح، وحمّل) or
    right before one (وبيرام يرفض); "speaker" for a name that opens a line and a colon follows
    (a headline or a list of reactions: «بيرام: لن نعترف»); "" anywhere else.

    >>> from framing.actors import load_gazetteer
    >>> from framing.text import Document
    >>> art = _Article(Document("a", "رفض بيرام النتائج. السيد حساني فاز\\nليلى: نعم", None), load_gazetteer(), name_words(),
    ...                [], {}, {})
    >>> _person_position(art, 1, 1), _person_position(art, 4, 4), _person_position(art, 6, 6), _person_position(art, 2, 2)
    ('subject', 'address', 'speaker', '')
    >>> art = _Article(Document("a", "أما فاطمة أوحمو، التي تقيم في القرية", None), load_gazetteer(), name_words(), [], {}, {})
    >>> _person_position(art, 1, 2)
    'subject'
    """
    n = len(art.tokens)
    if _after_abbreviated_degree(art, j):
        return "address"
    if j > 0 and not art.broken_before(j):
        before = art.folded[j - 1]
        if before in art.words.address_words:
            return "address"
        if (art.is_cue(j - 1) and finite_verb(before)) or _stance_verb(art, j - 1):
            return "subject"
        if before in word_class("topic_openers") and "إ" not in art.tokens[j - 1].text:
            return "subject"  # أما فاطمة أوحمو، التي تقيم …: the topic of أما (not إما "either")
    after = art.doc.text[art.tokens[last].end : art.tokens[last + 1].start] if last + 1 < n else ""
    if last + 1 < n and not art.broken_before(last + 1) and art.folded[last + 1][:1] in IMPERFECT_PREFIXES and (
            (art.is_cue(last + 1) and finite_verb(art.folded[last + 1])) or _stance_verb(art, last + 1)):
        return "subject"  # وبيرام يرفض النتائج: the subject before its verb, which is then imperfect
    line = art.doc.text[art.doc.text.rfind("\n", 0, art.tokens[j].start) + 1 : art.tokens[j].start]
    if after.strip().startswith(":") and line.strip(" -–•*") == "":
        return "speaker"
    return ""


def _after_abbreviated_degree(art: _Article, j: int) -> bool:
    """Token ``j`` follows an address word written as an abbreviation with its dot (د. for الدكتور,
    names.toml address_words), whose dot the tokens leave between the two words.

    >>> from framing.actors import find_mentions
    >>> text = "ويرى المحلل السياسي د. عثمان الطاهر أن استعادة القصر تحول كبير."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"], "text": [text]}))["surface"].tolist()
    ['د. عثمان الطاهر']
    """
    if j < 1:
        return False
    gap = art.doc.text[art.tokens[j - 1].end : art.tokens[j].start]
    return gap.startswith(".") and gap[1:].strip(" ") == "" and art.folded[j - 1] + "." in art.words.address_words


def _stance_verb(art: _Article, j: int) -> bool:
    """Token ``j`` is a verb of stance of names.toml (رفض، يعارض), with a conjunction or not."""
    w = art.folded[j]
    return w in art.words.stance_verbs or (w[:1] in "وف" and w[1:] in art.words.stance_verbs)


def _people_by_given_name(art: _Article, spans: list[Span], used: set[int]) -> list[Span]:
    """A person no gazetteer holds, named without a title: a given name of the list (names.toml),
    the name words after it, in the position of a person (:func:`_person_position`). Arabic has no
    capitals, so the shape (a listed given name) and the place (subject of a reporting verb, after
    an address word, a speaker's line) together make the name. A given name that is also a common
    word (أمل، سلام، نصر) is a person only after an address word or with a family name after it
    that has no article (an article word after it is the object: وأكد عادل الحكم); a
    family name with the article must end the clause (قال محمد الطيب إن), else it is the object
    (رفض بيرام النتائج التي أعلنتها).

    >>> from framing.actors import find_mentions
    >>> text = "رفض بيرام النتائج التي أعلنتها اللجنة. وحمّل ليلى حداد الحكومة المسؤولية. وقال أمل إن السلام قريب."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-07-03"], "text": [text]}))["surface"].tolist()
    ['بيرام', 'ليلى حداد']
    """
    taken = {t for s in spans for t in range(s.first, s.last + 1)} | used | set(art.taken)
    out: list[Span] = []
    n = len(art.tokens)
    j = 0
    while j < n:
        kind = _opens_with_given_name(art, j) if j not in taken and j not in art.roles_at else ""
        if not kind:
            j += 1
            continue
        name = read_name(art, j)
        if not name and art.folded[j].startswith("ال") and j + 1 < n and art.folded[j + 1] in art.words.patronymic_connectors:
            rest = read_name(art, j + 1)  # العيد ولد محمدن: a given name with the article, then a chain
            name = [j, *rest] if len(rest) >= 2 else []
        if name and any(t in taken for t in name):
            name = []
        while len(name) > 1 and art.folded[name[-1]].startswith("ال") and art.folded[name[-1]] not in art.words.compound_parts \
                and not (name[-1] + 1 >= n or art.broken_before(name[-1] + 1) or art.is_cue(name[-1] + 1)
                         or art.folded[name[-1] + 1] in word_class("complementizers")):
            name.pop()  # the object of the verb, not a family name
        words = len(_name_words(art, name)) if name else 0
        position = _person_position(art, j, name[-1]) if name else ""
        common = kind == "common" and position != "address" and (
            words < 2 or all(art.folded[t].startswith("ال") for t in name[1:]))  # وأكد عادل الحكم: an object
        if not position or common or words > MAX_NAME_WORDS:
            j += 1
            continue
        first = art.tokens[name[0]]
        start = first.start + (1 if art.folded[name[0]][:1] == "و" and _opens_with_given_name(art, name[0]) and
                               art.folded[name[0]] not in art.words.given_names and
                               art.folded[name[0]] not in art.words.names_with_waw else 0)
        text = _clean(art.doc.text[start : art.tokens[name[-1]].end])
        out.append(Span(start, art.tokens[name[-1]].end, UNKNOWN_PREFIX + text, "name", name[0], name[-1], "person"))
        used.update(name)
        taken.update(name)
        j = name[-1] + 1
    return out


def _people_after_dual_role(art: _Article, used: set[int]) -> list[Span]:
    """A dual role then two names joined by و, each perhaps followed by its party in brackets
    (وكان الوزيران ركان ناصر الدين (حزب الله) وتمارا الزين (حركة أمل) قد انسحبا): two people.

    >>> from framing.actors import find_mentions
    >>> text = "وكان الوزيران ركان ناصر الدين (حزب الله) وتمارا الزين (حركة أمل) قد انسحبا من الجلسة."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]}))
    >>> m[["surface", "actor_id", "affiliation"]].values.tolist()[::2]
    [['ركان ناصر الدين', 'unknown:ركان ناصر الدين', 'Hezbollah'], ['تمارا الزين', 'unknown:تمارا الزين', 'Amal Movement']]
    """
    out = []
    n = len(art.tokens)
    for j in range(n - 2):
        if art.folded[j] not in art.words.dual_roles and art.bare(j) not in art.words.dual_roles:
            continue
        k, found = j + 1, []
        for second in (False, True):
            if k >= n or k in used or k in art.taken or (art.broken_before(k) and not second):
                break
            conjunction = 0
            if second:
                if art.folded[k][:1] != "و" or len(art.folded[k]) < 4:
                    break
                conjunction = 1
            name = read_name(art, k)
            if len(_name_words(art, name)) < 2 or not _ends_here(art, name[-1] + 1):
                break
            affiliation, k = "", name[-1] + 1
            if k + 1 < n and art.doc.text[art.tokens[k - 1].end : art.tokens[k].start].strip() == "(":
                inner = art.taken.get(k)
                if inner is not None and art.doc.text[art.tokens[inner.last].end :].lstrip().startswith(")"):
                    affiliation, k = _affiliation_of(art, inner), inner.last + 1  # (حزب الله)
            start = art.tokens[name[0]].start + conjunction
            surface = _clean(art.doc.text[start : art.tokens[name[-1]].end])
            found.append(Span(start, art.tokens[name[-1]].end, UNKNOWN_PREFIX + surface, "name", name[0], name[-1],
                              "person", affiliation))
        if len(found) == 2:
            for s in found:
                used.update(range(s.first, s.last + 1))
            out.extend(found)
    return out


def _organisations(art: _Article, used: set[int]) -> list[Span]:
    """A head noun and its genitive (حزب الديمقراطية والتقدم، المحكمة الدستورية) the gazetteer lacks."""
    out = []
    words = art.words
    n = len(art.tokens)
    heads = words.organisation_heads | words.quoted_name_heads | words.state_body_heads
    definite_heads = words.organisation_heads_definite | words.organisation_heads_definite_genitive
    j = 0
    while j < n:
        w = art.folded[j]
        contracted = w.startswith("لل") and "ا" + w[1:] in definite_heads  # للمجلس القومي: ل + المجلس
        bare = "ا" + w[1:] if contracted else w[1:] if w[:1] in "لبو" and w[1:] in heads else w
        definite = bare in definite_heads or (w[:1] in "و" and w[1:] in definite_heads)
        needs_genitive = (bare if bare in definite_heads else w[1:]) in words.organisation_heads_definite_genitive
        if j in art.taken or j in used or not (bare in heads or definite):
            j += 1
            continue
        quoted = None if definite or bare in words.state_body_heads else _quoted_name(art, j + 1)
        if quoted:
            first, last = quoted
            if first == last and first in art.taken:
                # تحالف «أرمينيا»: a state's name alone in the marks would read as the state; the
                # organisation's mention spans its head too
                after = art.doc.text[art.tokens[last].end :]
                start = art.tokens[j].start + (1 if bare != w else 0)
                end = art.tokens[last].end + len(after) - len(after.lstrip()) + 1  # the closing mark
                surface = art.doc.text[start:end]
                first = j
            else:
                start, end = art.tokens[first].start, art.tokens[last].end
                surface = art.doc.text[start:end]
            used.update(range(j, last + 1))
            out.append(Span(start, end, UNKNOWN_PREFIX + _clean(surface), "name", first, last, "organisation", "",
                            covers=True))
            j = last + 1
            continue
        if bare not in words.organisation_heads and bare not in words.state_body_heads and not definite:
            j += 1
            continue  # وحدة، صحيفة: a name only in quotation marks
        body = _organisation_body(art, j + 1, definite)
        if body and not _is_organisation_name(art, body):
            body = []
        if not body and bare in words.place_named_heads:
            body = _named_after_honoured(art, j + 1) or _place_named_body(art, j + 1)
        if body and bare == _UNIVERSITY:
            body += _campus_number(art, body[-1] + 1)
        if needs_genitive and not any(art.folded[t].startswith("لل") for t in body):
            body = []  # الشبكة الكهربائية: a common noun; الشبكة التونسية للحقوق والحريات: a name
        if bare in words.state_body_heads and not _ends_with_state(art, body):
            body = []  # قوة الطمأنة: a common noun
        if body and all(t in art.taken for t in body) and not (
                bare in words.place_named_heads and art.taken[body[0]].form in ("place", "name", "metonym")
                and art.gazetteer.actor_type(art.taken[body[0]].actor_id) == "state"):
            body = []  # حركة حماس is Hamas; جامعة قطر is a university
        if not body or _common_genitive(art, body) \
                or (definite and len(body) == 1 and art.folded[body[0]] in words.anaphor_adjectives):
            j += 1
            continue  # المنظمة القارية: the organisation named before, described
        last = body[-1]
        start = art.tokens[j].start + (1 if bare != w or (definite and w[:1] == "و") else 0)
        if contracted:
            start = art.tokens[j].start + 1  # لمجلس القومي …: the name after the preposition, as gold spans it
        surface = art.doc.text[start : art.tokens[last].end]
        actor_id = UNKNOWN_PREFIX + _clean("ا" + surface if contracted else surface)
        used.update(range(j, last + 1))
        out.append(Span(start, art.tokens[last].end, actor_id, "name", j, last, "organisation", "", covers=True))
        j = last + 1
    return out


def _bodies_of_the_state_named(art: _Article, used: set[int]) -> list[Span]:
    """A body's generic name without its state (مجلس النواب، مجلس الشيوخ، الهيئة العليا المستقلة
    للانتخابات) in an article about one state, the state it names more often than any other: a
    mention of that state's body when the gazetteer gives the body that name with the state's
    (مجلس النواب في ليبيا). docs/annotation.md ("Bodies without their state") counts a body with a
    name of its own as a mention; a bare common noun (البرلمان) is no such name, and no ministry
    is listed under one.

    >>> from framing.actors import find_mentions
    >>> text = "انطلق الحوار الليبي في جنيف بمشاركة وفد من مجلس النواب، الذي رحب بالمبادرة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-13"], "text": [text]}))[["surface", "actor_id"]].values.tolist()
    [['الليبي', 'Libya'], ['مجلس النواب', 'House of Representatives (Libya)']]
    """
    index = _state_bodies(art.gazetteer)
    counts = Counter(s.actor_id for s in art.found if art.gazetteer.actor_type(s.actor_id) == "state")
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return []
    state = ranked[0][0]  # the state the article is about: named more often than any other
    out: list[Span] = []
    n = len(art.tokens)
    for j in range(n):
        w = art.folded[j]
        joined = w[:1] in "وبل" and w[1:] in index
        if j in art.taken or j in used or not (w in index or joined):
            continue
        for words, bodies in index[w[1:] if joined and w not in index else w]:
            last = j + len(words)
            if last > n or any(t in art.taken or t in used or art.folded[t] != words[t - j] for t in range(j + 1, last)) \
                    or any(art.broken_before(t) for t in range(j + 1, last)):
                continue
            if last < n and not art.broken_before(last) and not art.folded[last].startswith("و") and (
                    last in art.taken or (art.folded[last].startswith("ال") and art.folded[last] not in STOP_WORDS)):
                continue  # مجلس النواب الأمريكي، مجلس الشيوخ الجديد: its own adjective follows
            named = [b for holder, b in bodies if holder == state]
            if len(named) != 1:
                continue
            start = art.tokens[j].start + (1 if w not in index else 0)
            out.append(Span(start, art.tokens[last - 1].end, named[0], "name", j, last - 1, "organisation"))
            used.update(range(j, last))
            break
    return out


@cache
def _state_bodies(gazetteer: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], list[tuple[str, str]]]]]:
    """The generic names of the gazetteer's bodies, by their first word: the name of two words or
    more that one of the body's names gives before في or ب and a state's name (مجلس النواب في
    ليبيا), with each (state, body) so named; longest names first."""
    actors = gazetteer.actors
    state_names = {tuple(name): actor_id for actor_id in actors.loc[actors["type"] == "state", "actor_id"]
                   for name in gazetteer.names(actor_id)}
    found: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for actor_id in actors.loc[actors["type"] == "organisation", "actor_id"]:
        for name in gazetteer.names(actor_id):
            for k in range(2, len(name)):
                place = tuple(name[k + 1 :]) if name[k] == "في" else (name[k][1:], *name[k + 1 :]) if name[k][:1] == "ب" else ()
                state = state_names.get(place)
                if state and (state, actor_id) not in found.get(tuple(name[:k]), []):
                    found.setdefault(tuple(name[:k]), []).append((state, actor_id))
    index: dict[str, list[tuple[tuple[str, ...], list[tuple[str, str]]]]] = {}
    for words in sorted(found, key=len, reverse=True):
        index.setdefault(words[0], []).append((words, found[words]))
    return index


def _ends_with_state(art: _Article, body: list[int]) -> bool:
    """The body of a name opens with a word of its own and ends with a state's adjective (قوة الأمن
    الداخلي القطرية): a body of that state with a name of its own, one mention by longest match.

    >>> from framing.actors import find_mentions
    >>> text = "وقُتل عنصر في قوة الأمن الداخلي القطرية، فيما تحدث الوزراء عن قوة الطمأنة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-09-10"], "text": [text]}))["surface"].tolist()
    ['قوة الأمن الداخلي القطرية']
    """
    if len(body) < 2 or body[0] in art.taken or body[-1] not in art.taken:
        return False
    span = art.taken[body[-1]]
    return span.form == "demonym" and art.gazetteer.actor_type(span.actor_id) == "state"


def _common_genitive(art: _Article, body: list[int]) -> bool:
    """A genitive that makes the head a common noun (مجلس الإدارة، قوات الأمن: ``names.toml``
    organisation_not_names), unless an adjective of its own follows that names a field (شبكة العمل
    المناخي، لجنة الأمن القومي): that is the name of one body.

    >>> from framing.actors import find_mentions
    >>> text = "حمّلت شبكة العمل المناخي الدول المنتجة المسؤولية، وقال عضو في مجلس الإدارة إن قوات الأمن انتشرت."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['شبكة العمل المناخي']
    """
    if art.folded[body[0]] not in art.words.organisation_not_names:
        return False
    if len(body) < 2 or body[1] in art.taken:
        return True
    second = art.folded[body[1]]  # the plural takes the feminine: تحالف الدول الجزرية الصغيرة
    return not (second.startswith("ال") and second.endswith(("ي", "يه")) and second not in art.words.institution_adjectives)


def _quoted_name_repeats(art: _Article, organisations: list[Span], used: set[int]) -> list[Span]:
    """The later mentions of an organisation introduced by its head and its name in quotation
    marks (وحدة «كابسات»): the quoted words written again, with or without the marks.

    >>> from framing.actors import find_mentions
    >>> text = "وأعلن قائد وحدة «كابسات» العسكرية أن الجيش تولى السلطة. وكانت كابسات قد دعمت المحتجين."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-14"], "text": [text]}))
    >>> m[["surface", "actor_id", "start"]].values.tolist()
    [['كابسات', 'unknown:كابسات', 17], ['كابسات', 'unknown:كابسات', 62]]
    """
    keys: dict[tuple[str, ...], Span] = {}
    for s in organisations:
        if s.first > 0 and _quote_gap(art, s.first) and s.first not in art.taken:
            keys.setdefault(tuple(art.folded[s.first : s.last + 1]), s)
    if not keys:
        return []
    out = []
    n = len(art.tokens)
    j = 0
    while j < n:
        for key, s in keys.items():
            size = len(key)
            if s.first <= j <= s.last or tuple(art.folded[j : j + size]) != key \
                    or any((t in art.taken and not _state_in_name(art, t)) or t in used for t in range(j, j + size)) \
                    or any(art.broken_before(t) and not _quote_gap(art, t) for t in range(j + 1, j + size)):
                continue
            used.update(range(j, j + size))
            out.append(Span(art.tokens[j].start, art.tokens[j + size - 1].end, s.actor_id, "name", j, j + size - 1,
                            "organisation", "", covers=True))
            j += size - 1
            break
        j += 1
    return out


MAX_QUOTED_NAME_WORDS = 5  # شركاء من أجل الشفافية، برس ترست أوف إنديا


def _quote_gap(art: _Article, j: int) -> bool:
    """Only spaces and quotation marks (at least one) between token ``j - 1`` and token ``j``."""
    if j <= 0 or j >= len(art.tokens):
        return False
    gap = art.doc.text[art.tokens[j - 1].end : art.tokens[j].start]
    return "\n" not in gap and any(c in QUOTE_MARKS for c in gap) and all(c in QUOTE_MARKS or c.isspace() for c in gap)


def _quoted_name(art: _Article, k: int) -> tuple[int, int] | None:
    """The first and last token of a name in quotation marks right after a head noun, if any:
    منظمة «غرينبيس»، معهد "تشاتام هاوس"، منظمة «شركاء من أجل الشفافية» (the quoted words, up to five).

    The words must not be known actors or cues, nor the last one a function word, and a quotation
    mark must close them before anything else. A function word inside (من أجل) or first before a
    name word (منظمة "أنا يقظ") is a word of the name.

    >>> from framing.actors import find_mentions
    >>> text = 'وقالت منظمة "أنا يقظ" إن الهيئة فقدت حيادها، ورصد مراقبون من منظمة «شركاء من أجل الشفافية» خروقات.'
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-10-07"], "text": [text]}))["surface"].tolist()
    ['أنا يقظ', 'شركاء من أجل الشفافية']
    """
    if not _quote_gap(art, k):
        return None
    for last in range(k, min(k + MAX_QUOTED_NAME_WORDS, len(art.tokens))):
        word = art.tokens[last].text
        if last in art.taken and not _state_in_name(art, last):
            return None
        if art.is_cue(last) or word.endswith(("اً", "ًا", "ٌ", "ٍ")):
            return None  # a predicate in quotation marks (مجلس «وُلد ميتاً»), not a name
        if last > k and art.broken_before(last):
            return None
        if last + 1 >= len(art.tokens):
            closing = art.doc.text[art.tokens[last].end :]
        else:
            closing = art.doc.text[art.tokens[last].end : art.tokens[last + 1].start]
        closes = closing.lstrip().startswith(tuple(QUOTE_MARKS))
        two_stops = last == k and k + 1 < len(art.tokens) and art.is_stop(k + 1)
        if art.is_stop(last) and not (last > k and word.isdigit()) and (closes or two_stops):
            return None  # a function word ends no name (a number may: حركة "جيل زد 212")
        if closes:
            return k, last
    return None


def _state_in_name(art: _Article, j: int) -> bool:
    """Token ``j`` is a state's name or adjective, which inside an organisation's quoted name is a
    word of that name, not a mention of the state (حركة «جيل زد مدغشقر»)."""
    span = art.taken[j]
    return span.form in ("name", "place", "demonym", "metonym") and art.gazetteer.actor_type(span.actor_id) == "state"


def _organisation_body(art: _Article, k: int, definite: bool) -> list[int]:
    """The words after a head noun that belong to the organisation's name.

    The first is a genitive (an article word, a known place, or names before one: مجتمع السلم،
    دولة القانون); after it come adjectives (الأمنية، العليا، المستقلة), a state's adjective
    (وكالة الأنباء الليبية), one coordinated article word (والأمن) and one genitive with لل
    (للانتخابات، للدراسات الاستراتيجية).
    """
    n = len(art.tokens)
    body: list[int] = []
    genitive = with_lil = False
    feminine = definite and art.folded[k - 1].endswith("ه")  # السلطة الوطنية المستقلة
    while k < n and len(body) < 6 and not art.broken_before(k):
        span, fk = art.taken.get(k), art.folded[k]
        if span is not None:
            kind = span.actor_type or art.gazetteer.actor_type(span.actor_id)
            if kind == "person" or (genitive and span.form != "demonym"):
                break
            body.extend(range(span.first, span.last + 1))  # جامعة طهران، وكالة الأنباء الليبية
            genitive = True
            k = span.last + 1
            continue
        if art.is_stop(k) or k in art.roles_at or fk in _labels_after() or _time_phrase(art, k):
            break  # a label after the name is no part of it (حركة الشباب الإرهابية)
        adjective = fk.startswith("ال") and (fk.endswith(("ي", "يه")) or fk in art.words.institution_adjectives
                                             or (feminine and fk.endswith("ه"))
                                             or (len(body) == 2 and fk.endswith("ه") and art.folded[k - 1].endswith("يه")))
        if not genitive:
            if fk.startswith(("ال", "لل")) and not (definite and not adjective):
                genitive = True
                with_lil = fk.startswith("لل")
            elif definite or len(body) >= 2 or not (
                    art.is_name_word(k) or fk in COMMON_NOUNS or any(c.isdigit() for c in fk)):
                break
            elif art.is_latin_name(k) or any(c.isdigit() for c in fk):
                genitive = True
        elif fk.startswith("لل") and not with_lil:
            with_lil = True
        elif fk[:1] == "ل" and not with_lil and k + 1 < n and art.folded[k + 1].startswith("ال") \
                and not art.broken_before(k + 1) and k + 1 not in art.taken:
            body += [k, k + 1]  # لمراقبة الانتخابات، لنزاهة الانتخابات
            with_lil = True
            k += 2
            continue
        elif fk.startswith("وال") and not any(art.folded[t].startswith("وال") for t in body):
            pass
        elif _coordinated_construct(art, k, body):
            body += [k, k + 1]  # لجنة المرحلة الانتقالية وإعادة المؤسسات
            k += 2
            continue
        elif not adjective:
            break
        body.append(k)
        k += 1
    return body


def _time_phrase(art: _Article, k: int) -> bool:
    """Token ``k`` opens an adverb of time, a definite noun of time and its adjective (function_words:
    time_nouns, time_adjectives): العام الماضي after a name ends it.

    >>> from framing.actors import find_mentions
    >>> text = "وكانت دراسة نشرتها جامعة عمر المختار العام الماضي قد حذرت من انهيار السدود."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-13"], "text": [text]}))["surface"].tolist()
    ['جامعة عمر المختار']
    """
    return art.folded[k] in word_class("time_nouns") and k + 1 < len(art.tokens) and not art.broken_before(k + 1) \
        and art.folded[k + 1] in word_class("time_adjectives")


def _coordinated_construct(art: _Article, k: int, body: list[int]) -> bool:
    """Token ``k`` is و on a verbal noun in ة, and an article word its genitive, once in a body's
    name after its first genitive: a second field of the body (لجنة المرحلة الانتقالية وإعادة
    المؤسسات، هيئة الحقيقة وإعادة الإعمار). A verb after a name would end in ت, not ة.

    >>> from framing.actors import find_mentions
    >>> text = "وقالت لجنة المرحلة الانتقالية وإعادة المؤسسات في بيان إنها حلت المؤسسات."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-08-30"], "text": [text]}))["surface"].tolist()
    ['لجنة المرحلة الانتقالية وإعادة المؤسسات']
    """
    n = len(art.tokens)
    w = art.folded[k]
    return bool(body) and k + 1 < n and w[:1] == "و" and not w.startswith("وال") and art.tokens[k].text.endswith("ة") \
        and len(w) >= 5 and art.folded[k + 1].startswith("ال") and not art.broken_before(k + 1) \
        and k + 1 not in art.taken and not any(art.folded[t][:1] == "و" for t in body)


def _place_named_body(art: _Article, k: int) -> list[int]:
    """The one name word after a head named after a place (جامعة بنغازي) that the gazetteer lacks,
    where a person's given name follows (أستاذ الاقتصاد في جامعة بنغازي عمر الفيتوري): the one
    word is the place, the rest the person. Before punctuation the word may be a common noun
    (مركز اقتراع،), and a word in ة an adjective (شركة خاصة), which are left alone.

    >>> from framing.actors import find_mentions
    >>> text = "ويرى أستاذ الاقتصاد في جامعة بنغازي عمر الفيتوري أن الأزمة خطيرة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-27"], "text": [text]}))["surface"].tolist()
    ['جامعة بنغازي', 'عمر الفيتوري']
    """
    n = len(art.tokens)
    if k >= n or art.broken_before(k) or k in art.taken or k in art.roles_at or not art.is_name_word(k) \
            or art.folded[k].startswith(("و", "ف")) or art.folded[k].endswith("ه"):
        return []  # شركة خاصة علي حسن: an adjective in ة describes the head
    return [k] if k + 1 < n and not art.broken_before(k + 1) and art.words.sure_given_name(art.folded[k + 1]) else []


_UNIVERSITY = fold("جامعة")


def _named_after_honoured(art: _Article, k: int) -> list[int]:
    """A king, prince, sheikh or sultan and his name after a head named after a place (names.toml,
    first_name_honorifics): the institution is named after him (جامعة الملك سعود، جامعة الشيخ أنتا
    ديوب), one organisation, not a mention of a person.

    >>> from framing.actors import find_mentions
    >>> text = "وقال أستاذ العلوم السياسية بجامعة الملك سعود، خالد العتيبي، إن الاتفاق مهم."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-27"], "text": [text]}))["surface"].tolist()
    ['جامعة الملك سعود', 'خالد العتيبي']
    """
    n = len(art.tokens)
    if k + 1 >= n or art.broken_before(k) or art.broken_before(k + 1) or art.folded[k] not in art.words.first_name_honorifics:
        return []
    span = art.taken.get(k + 1) or art.taken.get(k)
    if span is not None:  # a known holder named in full (الملك عبد العزيز)
        kind = span.actor_type or art.gazetteer.actor_type(span.actor_id)
        return list(range(k, span.last + 1)) if kind == "person" and span.first >= k else []
    name = read_name(art, k + 1)
    for i, t in enumerate(name[1:], 1):  # جامعة الملك عبد العزيز سامي علي: a given name opens the next name
        if art.words.sure_given_name(art.folded[t]) and art.folded[name[i - 1]] not in art.words.connectors:
            name = name[:i]
            break
    return [k, *name] if name else []


def _campus_number(art: _Article, k: int) -> list[int]:
    """A number of one or two digits right after a university's name: the campus of a divided
    university (جامعة الجزائر 3، جامعة باريس 8), part of its name. After another head a number
    counts what follows (استثمرت شركة أرامكو 10 مليارات).

    >>> from framing.actors import find_mentions
    >>> text = "وقال أستاذ العلاقات الدولية في جامعة الجزائر 3 إن القرار منحاز."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-01"], "text": [text]}))["surface"].tolist()
    ['جامعة الجزائر 3']
    """
    if k >= len(art.tokens) or art.broken_before(k) or k in art.taken:
        return []
    word = art.tokens[k].text
    return [k] if word.isdigit() and len(word) <= 2 else []


def _is_organisation_name(art: _Article, body: list[int]) -> bool:
    """The genitive of a head noun names an organisation: an article word, a known place, or a
    name followed by an article word (مجتمع السلم، نهر الكونغو، برقة للدراسات); not an adjective
    (قوات برية، قوة متعددة الجنسيات).
    """
    first = art.folded[body[0]]
    if first.startswith("ال") and any(c.isdigit() for c in first):
        return False  # مجموعة الـ26 دولة: a number of states, not a name
    if body[0] in art.taken or first.startswith(("ال", "لل")) or art.is_latin_name(body[0]) or any(c.isdigit() for c in first):
        return True
    if len(body) < 2:
        return _feminine_name_after_masculine_head(art, body[0])
    later = [art.folded[t] for t in body[1:]]
    if later[0].startswith("لل") or body[1] in art.taken or any(w.startswith(("لل", "ل")) for w in later[1:]):
        return True  # برقة للدراسات، شباب فزان للانتخابات، الرقيب لمراقبة الانتخابات
    return not first.endswith(("ه", "ي")) and later[0].startswith("ال")


MASCULINE_PARTY_HEADS = frozenset(fold(w) for w in ("حزب", "تيار", "ائتلاف", "تحالف", "تجمع"))


def _feminine_name_after_masculine_head(art: _Article, k: int) -> bool:
    """One indefinite word in ة after a masculine head of a party (حزب، تيار، ائتلاف), then
    punctuation or a function word: no adjective of the head, which would be masculine like it,
    but the party's one-word name in the genitive (وأكد حزب إرادة، في بيان، دعمه).

    >>> from framing.actors import find_mentions
    >>> text = "وأكد حزب إرادة، في بيان، دعمه لمسار التحديث، فيما قال حزب جديد إنه سيشارك."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))["surface"].tolist()
    ['حزب إرادة']
    """
    head = art.folded[k - 1]
    head = head[1:] if head[:1] in "وفلب" and head[1:] in MASCULINE_PARTY_HEADS else head
    word = art.tokens[k].text
    return head in MASCULINE_PARTY_HEADS and word.endswith("ة") and not word.endswith("ية") \
        and art.folded[k] not in COMMON_NOUNS and _ends_here(art, k + 1)


def _follow_up(art: _Article, spans: list[Span], titles: dict, *, after_discovery: bool = False) -> list[Span]:
    """Later mentions of an actor the article introduced: surname, bare title, abbreviation.

    Changes ``spans`` in place where a follow-up decides: a name continued by its surname
    (مشعل الأحمد الجابر الصباح) grows, and a state's adjective standing alone that is the
    surname of a person the article named (وقال السوداني، after محمد شياع السوداني) becomes his
    mention. Returns the new spans.
    """
    at = {t: s for s in spans for t in range(s.first, s.last + 1)}
    keys: dict[tuple[str, ...], Span] = {}
    people = [s for s in spans if (s.actor_type or art.gazetteer.actor_type(s.actor_id)) == "person"]
    seen: set[tuple[str, str]] = set()
    given_surnames: set[tuple[str, ...]] = set()  # surnames that are also first names (حسين)
    two_letter: set[tuple[str, ...]] = set()  # surnames of two letters (با): only as a subject or a speaker
    name_keys: set[tuple[str, ...]] = set()  # surnames of two words (غريب آبادي، آل ثاني): names, not titles
    for s in people:
        written = (s.actor_id, art.doc.text[s.start : s.end])
        if written in seen:
            continue  # the same name written again gives the same keys
        seen.add(written)
        for key in _surname_keys(art, s):
            keys.setdefault(key, s)
            if len(key) > 1 and key[0] not in art.words.first_name_honorifics:
                name_keys.add(key)
        for key in _two_letter_surname_keys(art, s):
            if key not in keys:
                keys[key] = s
                two_letter.add(key)
        for key in _given_name_surname_keys(art, s):
            if key not in keys:
                keys[key] = s
                given_surnames.add(key)
    first_names: dict[tuple[str, ...], set[str]] = {}
    for s in people:
        for key in _given_name_keys(art, s):
            first_names.setdefault(key, set()).add(s.actor_id)
    for s in people:  # a given name a known person of the article bears too stands for neither
        if not s.actor_id.startswith(UNKNOWN_PREFIX):
            for name in art.gazetteer.names(s.actor_id):
                if name and (name[0],) in first_names:
                    first_names[(name[0],)].add(s.actor_id)
    for key, bearers in first_names.items():
        if len(bearers) == 1 and key not in keys:
            keys[key] = next(s for s in people if s.actor_id in bearers)
    full_names: set[tuple[str, ...]] = set()  # a discovered person's full name written again
    for s in people:
        if s.actor_id.startswith(UNKNOWN_PREFIX) and s.form == "name" and first_names:
            key = tuple(fold(w) for w in s.actor_id.removeprefix(UNKNOWN_PREFIX).split())
            if len(key) >= 2 and key not in keys:
                keys[key] = s
                full_names.add(key)
    for key, s in titles.items():
        if s is not None and (len(key) >= 2 or key[0] in art.words.descriptive_roles):
            keys.setdefault(key, s)
    for key, s in _title_keys(art, people).items():
        keys.setdefault(key, s)
    minister_keys = _minister_keys(art, people) if after_discovery else {}
    for key, s in minister_keys.items():
        keys.setdefault(key, s)
    owners = _bare_title_owners(art, people) if after_discovery else {}
    bare_title_keys, by_home = _bare_title_keys(art, people, owners) if after_discovery else ({}, set())
    quoted = _quoted_spans(art.doc.text) if by_home else []
    for key, s in bare_title_keys.items():
        keys.setdefault(key, s)
    bare_titles = set(bare_title_keys)
    next_keys = _next_holder_keys(art, people) if after_discovery else {}
    next_only = {key for key in next_keys if key not in keys}  # read only with «الجديد، المنتخب» after them
    keys.update({key: next_keys[key] for key in next_only})
    bare_titles |= next_only
    for key, s in (_office_head_keys(art, people) if after_discovery else {}).items():
        if key not in keys:  # read as a bare title: no state nor adjective after it (وزير الطاقة الكازاخستاني)
            keys[key] = s
            bare_titles.add(key)
    lone_minister = _lone_minister_key(art, people) if after_discovery else {}
    for key, named_ministers in lone_minister.items():
        if key not in keys:
            keys[key] = named_ministers[0]
            bare_titles.add(key)
    introductions: set[int] = set()  # where a role key was written before its holder's name
    shared: dict[tuple[str, ...], dict[str, Span]] = {}  # bare titles several people of the article hold
    if after_discovery:
        holders, introductions = _role_holders(art, people)
        holders = {key: _current_holders(art, held) for key, held in holders.items()}
        for key in sorted(set(holders) | set(owners)):
            held = {**owners.get(key, {}), **holders.get(key, {})}
            if len(held) > 1 and key not in by_home and (key not in keys or key in bare_title_keys):
                shared[key] = held  # a known president and one the article introduced: both hold الرئيس
        for key, held in holders.items():
            if len(held) == 1 and key not in keys and key not in shared:
                keys[key] = next(iter(held.values()))
                bare_titles.add(key)
        for key, held in shared.items():
            keys[key] = next(iter(held.values()))
            bare_titles.add(key)
    function_abbreviations: set[tuple[str, ...]] = set()  # كان for هيئة البث (كان): also the verb "was"
    for s in spans:
        abbreviation = _bracketed_after(art, s)
        if abbreviation is not None:
            keys.setdefault((art.folded[abbreviation],), s)
            if _function_word(art, abbreviation):
                function_abbreviations.add((art.folded[abbreviation],))
    if not keys:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    out: list[Span] = []
    n = len(art.tokens)
    readings: dict[str, tuple[str, str, list[tuple[str, ...]]]] = {}  # each folded word read once
    j = 0
    while j < n:
        word = art.folded[j]
        if word not in readings:
            readings[word] = _key_candidates(by_first, word)
        bare, lil, candidates = readings[word]
        for window in candidates:
            size = len(window)
            via_li = bool(lil) and window[0] == lil
            # a name of several words after the conjunction (وفريد زهران، وعبد السند يمامة)
            via_wa = size > 1 and bare != word and window[0] == bare and (window in full_names or window in name_keys)
            if size > 1 and via_wa and ((bare, *art.folded[j + 1 : j + size]) != window
                                        or any(art.broken_before(t) for t in range(j + 1, j + size))):
                continue
            if size > 1 and not via_li and not via_wa and (
                    (bare != word and window[0] != word) or tuple(art.folded[j : j + size]) != window
                    or any(art.broken_before(t) for t in range(j + 1, j + size))):
                continue
            if size > 1 and via_li and (tuple(art.folded[j + 1 : j + size]) != window[1:]
                                        or any(art.broken_before(t) for t in range(j + 1, j + size))):
                continue
            s = keys[window]
            if window in function_abbreviations and not _marked_word(art, j) \
                    and not (j and art.is_cue(j - 1) and not art.broken_before(j)):
                continue  # the verb كان, not the abbreviation (كان) of the broadcaster
            if window in shared:
                if not quoted and not by_home:
                    quoted = _quoted_spans(art.doc.text)  # only once a shared title is met
                if any(a < art.tokens[j].start < b for a, b in quoted):
                    continue  # «يا دولة الرئيس»: an address inside a quote
                nearest = _nearest_holder(art, shared[window], spans + out, art.tokens[j].start)
                if nearest is None:
                    continue
                s = nearest
            if window in lone_minister and keys[window] is lone_minister[window][0]:
                named = [m for m in lone_minister[window] if m.start < art.tokens[j].start]
                if len(named) != 1 or _addressed(art, j):
                    continue  # no minister or two named before, or addressed (معالي الوزير، يا سيادة الوزير)
                s = named[0]
            if (s.end == 0 and size == 1 and s.first == j) or j in introductions:
                continue  # the description that introduced the person, not a later mention of him
            if (window in bare_titles or window in titles) and _after_deputy_word(art, j):
                continue  # نائب رئيس الوزراء: the deputy's own office, not the holder
            if window in two_letter and not _two_letter_surname_stands(art, j):
                continue
            if window in given_surnames and not _surname_stands_alone(art, j, size):
                continue
            taken = [at[t] for t in range(j, j + size) if t in at]
            if taken and not (size == 1 and _surname_not_adjective(art, taken[0], j)) \
                    and not _title_over_demonyms(art, window, s, taken, j, window in minister_keys):
                continue
            if window in bare_titles:
                new_holder = _new_holder_adjective(art, j + size)
                if (via_li or window in next_only) and not new_holder:
                    continue  # للبابا alone: often the one a verbal noun addresses (تهانيه للبابا); longer keys only
                if not _bare_title_ends(art, j + size, at):
                    nxt = next_keys.get(window)
                    if not (new_holder and _bare_title_ends(art, j + size + 1, at)
                            and (nxt is not None or (not art.gazetteer.left_office(s.actor_id, art.doc.date)
                                                     and art.folded[j + size] not in ELECT_ADJECTIVES))
                            and not _object_before_continued_cue(art, j + size + 1)):
                        continue
                    s = nxt or s  # الرئيس المنتخب before he is sworn in: the elected, not the outgoing
                    size += 1  # البابا الجديد: the holder the article is about
                if window in by_home and any(a < art.tokens[j].start < b for a, b in quoted):
                    continue  # «يا أخي الرئيس»: in a quote the speaker's country, not the outlet's, is "the"
            elif size > 1 and window not in full_names and j + size < n and not _ends_here(art, j + size) \
                    and art.is_name_word(j + size):
                continue  # the title of someone else, named next
            following = at.get(j + size)
            if following is None and j + size + 1 < n and art.folded[j + size] in art.words.address_words \
                    and not art.broken_before(j + size):
                after = at.get(j + size + 1)  # رئيس الجمهورية الدكتور مسعود بزشكيان
                if after is not None and after.actor_id == s.actor_id and after.first == j + size + 1:
                    after.first, following = j + size, after
            if following is not None and following.actor_id == s.actor_id and not art.broken_before(j + size) \
                    and following.first == j + size:
                following.start, following.first = art.tokens[j].start, j  # the title before the name
                at.update(dict.fromkeys(range(j, j + size), following))
                j += size - 1
                break
            previous = at.get(j - 1)
            if previous is not None and (previous.actor_id == s.actor_id or _name_ends_with(art, previous, window)) \
                    and not art.broken_before(j) and window not in bare_titles:  # a title after the name is a mention of its own
                previous.end, previous.last = art.tokens[j + size - 1].end, j + size - 1  # the name goes on
                at.update(dict.fromkeys(range(j, j + size), previous))
                break
            for x in {id(x): x for x in taken}.values():  # each span taken once, though it covers several tokens
                spans.remove(x)
            start = art.tokens[j].start
            if via_li or via_wa or (size == 1 and window[0] != word):
                start += 1  # the conjunction of وبدران, the preposition of للرئيس
            kind = s.actor_type or art.gazetteer.actor_type(s.actor_id)
            form = "title" if window in bare_titles or (size > 1 and window[0] not in art.words.first_name_honorifics
                                                        and window[0] not in art.words.connectors  # بن جامع، آل ثاني
                                                        and window not in given_surnames
                                                        and window not in name_keys
                                                        and window not in full_names) else "name"
            found = Span(start, art.tokens[j + size - 1].end, s.actor_id, form, j, j + size - 1, kind, s.affiliation)
            out.append(found)
            at.update(dict.fromkeys(range(j, j + size), found))
            j += size - 1
            break
        j += 1
    return out


BRAND_DASH = re.compile(r"[ \t]+[-–][ \t]+$")


def _hyphenated_brands(art: _Article, spans: list[Span]) -> list[Span]:
    """An organisation's name followed by a dash and one word before a comma or the end of the
    line (مركز الحياة - راصد، …): the word is the organisation's brand, part of its name; written
    alone elsewhere in the article («راصد»: …) it is a mention of it. Changes the organisation's
    span in place; returns the brand's other mentions.

    >>> from framing.actors import find_mentions
    >>> text = "- «راصد»: مخالفات محدودة" + chr(10) + "وقال مركز الحياة - راصد، في تقريره الأولي، إن فرقه رصدت مخالفات."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['راصد', 'unknown:مركز الحياة - راصد'], ['مركز الحياة - راصد', 'unknown:مركز الحياة - راصد']]
    """
    text, n = art.doc.text, len(art.tokens)
    brands: dict[str, Span] = {}
    for s in spans:
        k = s.last + 1
        if not s.actor_id.startswith(UNKNOWN_PREFIX) or s.actor_type != "organisation" or k >= n \
                or not BRAND_DASH.search(text[s.end : art.tokens[k].start]) or art.folded[k].startswith("ال"):
            continue
        after = text[art.tokens[k].end : art.tokens[k].end + 1]
        if after not in ("،", ",", ".", ":", "\n"):
            continue
        if any(o.first <= k <= o.last for o in spans):
            continue  # a known actor after the dash: two names
        s.end, s.last = art.tokens[k].end, k
        s.actor_id = UNKNOWN_PREFIX + _clean(text[s.start : s.end])
        brands.setdefault(art.folded[k], s)
    if not brands:
        return []
    taken = {t for s in spans for t in range(s.first, s.last + 1)}
    out = []
    for j in range(n):
        brand = brands.get(art.bare(j)) or brands.get(art.folded[j])
        if brand is not None and j not in taken:
            start = art.tokens[j].start + (1 if art.folded[j] not in brands else 0)
            out.append(Span(start, art.tokens[j].end, brand.actor_id, "name", j, j, "organisation", brand.affiliation))
    return out


MAX_SHORT_FORM_WORDS = 3  # definite words of a party's name after its head nouns


def _party_short_forms(art: _Article, spans: list[Span]) -> list[Span]:
    """Later (or headline) mentions of a party or movement by its name without its head nouns:
    حزب جبهة العمل الإسلامي is «العمل الإسلامي», حزب الميثاق الوطني is «الميثاق» (the first word
    alone where the rest is a generic adjective, function_words.toml generic_party_adjectives, and
    no article word follows it). The party is the actor of its full name, or, named only inside a
    person's office (الناطق باسم حزب الميثاق الوطني خالد العبادي), the party the text names.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال الناطق الإعلامي باسم حزب الميثاق الوطني خالد العبادي إن حزبه يحترم النتائج. "
    ...         "وحلّ الميثاق ثانياً، فيما تصدر حزب جبهة العمل الإسلامي. وقال إن العمل الإسلامي فاز.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))
    >>> m[m["surface"].isin(["الميثاق", "العمل الإسلامي"])][["surface", "actor_id"]].values.tolist()
    [['الميثاق', 'unknown:حزب الميثاق الوطني'], ['العمل الإسلامي', 'Islamic Action Front']]
    """
    heads, generic = word_class("party_heads"), word_class("generic_party_adjectives")
    at = {t: s for s in spans for t in range(s.first, s.last + 1)}
    forms: dict[tuple[str, ...], Span] = {}
    n = len(art.tokens)
    for j, w in enumerate(art.folded):
        if not (w in heads or (w[:1] in "ولب" and w[1:] in heads)):
            continue
        k = j + 1
        while k < n and art.folded[k] in heads and not art.broken_before(k):
            k += 1  # حزب جبهة العمل الإسلامي
        body: list[int] = []
        while k < n and len(body) < MAX_SHORT_FORM_WORDS and art.folded[k].startswith("ال") \
                and not art.broken_before(k) and not art.hamza_initial(k):
            body.append(k)
            k += 1
        if len(body) < 2 or (k < n and not art.broken_before(k) and art.folded[k].startswith("وال")):
            continue  # حزب العدالة والتنمية: a name of coordinated words
        owner = at.get(j) or at.get(body[0])
        kind = owner and (owner.actor_type or art.gazetteer.actor_type(owner.actor_id))
        if owner is None or kind == "person":  # the party inside a person's office
            start = art.tokens[j].start + (1 if w not in heads else 0)
            owner = Span(start, art.tokens[body[-1]].end, UNKNOWN_PREFIX + _clean(art.doc.text[start : art.tokens[body[-1]].end]),
                         "name", j, body[-1], "organisation")
        elif kind not in ("organisation", "group"):
            continue
        forms.setdefault(tuple(art.folded[t] for t in body), owner)
        if len(body) == 2 and art.folded[body[1]] in generic:
            forms.setdefault((art.folded[body[0]],), owner)
    out: list[Span] = []
    for j in range(n):
        if j in at:
            continue
        for key in sorted((k for k in forms if k[0] in (art.folded[j], art.bare(j))), key=len, reverse=True):
            size = len(key)
            last = j + size - 1
            if tuple(art.folded[j + 1 : j + size]) != key[1:] or any(t in at or art.broken_before(t) for t in range(j + 1, last + 1)):
                continue
            if size == 1 and last + 1 < n and not art.broken_before(last + 1) and art.folded[last + 1].startswith("ال"):
                continue  # الميثاق الوطني للعمل الاجتماعي: another name
            owner = forms[key]
            start = art.tokens[j].start + (1 if art.folded[j] != key[0] else 0)
            out.append(Span(start, art.tokens[last].end, owner.actor_id, "name", j, last,
                            owner.actor_type or art.gazetteer.actor_type(owner.actor_id), owner.affiliation))
            at.update(dict.fromkeys(range(j, last + 1), out[-1]))
            break
    return out


def _known_surname_ends_discovered_name(art: _Article, spans: list[Span]) -> list[Span]:
    """A discovered name right before a known person's surname, opening with his given name (الدكتور
    نايف فلاح مبارك الحجرف: the gazetteer knows نايف فلاح الحجرف): one mention of the known person,
    the middle names his too.

    >>> from framing.actors import find_mentions
    >>> text = "وأوضح الأمين العام لمجلس التعاون الدكتور نايف فلاح مبارك الحجرف أن الإعلان يطوي صفحة الخلاف."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2021-01-05"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[-1]
    ['الأمين العام لمجلس التعاون الدكتور نايف فلاح مبارك الحجرف', 'Nayef Falah Al-Hajraf']
    """
    ordered = sorted(spans, key=lambda x: (x.start, -x.end))
    dropped: set[int] = set()
    for found, known in pairwise(ordered):
        if not found.actor_id.startswith(UNKNOWN_PREFIX) or found.form != "name" or known.first != found.last + 1 \
                or known.actor_id.startswith(UNKNOWN_PREFIX) or art.broken_before(known.first) \
                or (found.actor_type or "person") != "person" or art.gazetteer.actor_type(known.actor_id) != "person" \
                or known.form != "name" or known.first != known.last:
            continue  # عبد السند يمامة الرئيس: a title after a name is another mention
        words = [fold(w) for w in found.actor_id.removeprefix(UNKNOWN_PREFIX).split()]
        given = tuple(words[:2] if words[0] in art.words.connectors else words[:1])
        if any(len(name) > len(given) and tuple(name[: len(given)]) == given for name in art.gazetteer.names(known.actor_id)):
            known.start, known.first, known.form = found.start, found.first, "name"
            dropped.add(id(found))
    return [x for x in spans if id(x) not in dropped] if dropped else spans


def _name_ends_with(art: _Article, person: Span, window: tuple[str, ...]) -> bool:
    """Whether a known person's full name ends with ``window``, the family name another person of
    the article shares (الشيخ صباح الأحمد الجابر الصباح after نواف الأحمد الجابر الصباح was named):
    the name goes on, it is no mention of the other.

    >>> from framing.actors import find_mentions
    >>> text = "وترأس الشيخ نواف الأحمد الجابر الصباح الوفد، مثمناً ما بذله الشيخ صباح الأحمد الجابر الصباح."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2021-01-05"], "text": [text]}))["actor_id"].tolist()
    ['Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'Sabah Al-Ahmad Al-Jaber Al-Sabah']
    """
    if person.actor_id.startswith(UNKNOWN_PREFIX) or (person.actor_type or art.gazetteer.actor_type(person.actor_id)) != "person":
        return False
    return any(len(name) > len(window) and tuple(name[-len(window):]) == window for name in art.gazetteer.names(person.actor_id))


def _key_candidates(by_first: dict, word: str) -> tuple[str, str, list[tuple[str, ...]]]:
    """How :func:`_follow_up` reads a folded word: the word without و or ف (as :meth:`_Article.bare`),
    the definite word after ل (:func:`_article_after_li`), and the keys of ``by_first`` (keys by
    their first word, longest first) that may start at it.

    >>> _key_candidates({"بدران": [("بدران",)], "الرييس": [("الرييس",)]}, "وبدران")
    ('بدران', '', [('بدران',)])
    >>> _key_candidates({"الرييس": [("الرييس",)]}, "للرييس")
    ('للرييس', 'الرييس', [('الرييس',)])
    """
    bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
    lil = _article_after_li(word)
    if word not in by_first and word[1:] not in by_first and lil not in by_first:
        return bare, lil, []  # most words: no key starts with the word, nor with it less its first letter
    candidates = by_first.get(word, []) + (by_first.get(bare, []) if bare != word else []) \
        + (by_first.get(lil, []) if lil else []) + _surnames_after_preposition(by_first, word)
    return bare, lil, candidates


MIN_SURNAME_AFTER_PREPOSITION = 5  # letters of a surname with ل or ب joined to it (لغونزاليس)


def _surnames_after_preposition(by_first: dict, word: str) -> list[tuple[str, ...]]:
    """The one-word surname keys that a folded word holds after a joined ل or ب (مقابل 44 في المائة
    لغونزاليس، ندد بمادورو): the person the article named, governed by the preposition. Surnames of
    four letters or fewer are left alone (ل + a short word is too often something else).

    >>> from framing.actors import find_mentions
    >>> text = "أعلن المرشح إدموندو غونزاليس فوزه. وحصل مادورو على 51 في المائة مقابل 44 في المائة لغونزاليس."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]}))["surface"].tolist()
    ['إدموندو غونزاليس', 'مادورو', 'غونزاليس']
    """
    if len(word) <= MIN_SURNAME_AFTER_PREPOSITION or word[0] not in "لب" or word.startswith(("لل", "بال")):
        return []
    return [w for w in by_first.get(word[1:], []) if len(w) == 1]


def _addressed(art: _Article, j: int) -> bool:
    """Token ``j`` follows a style of address or a vocative (معالي، فخامة، يا: function_words.toml,
    honorific_styles and vocatives) in the same phrase: the title addresses its holder.

    >>> from framing.actors import find_mentions
    >>> text = "وقال وزير الخارجية العراقي فؤاد حسين إن الحرب انتهت. وسئل: معالي الوزير، متى الانسحاب؟"
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]}))
    >>> "الوزير" in m["surface"].tolist()
    False
    """
    return j > 0 and not art.broken_before(j) and art.folded[j - 1] in _ADDRESS_STYLES


_ADDRESS_STYLES = frozenset(fold(w) for w in (*word_class("honorific_styles"), *word_class("vocatives"),
                                                "سيادة", "سعادة"))


def _after_deputy_word(art: _Article, j: int) -> bool:
    """Token ``j`` follows a deputy's word (نائب، وكيل: names.toml, deputy_words) in the same phrase,
    so a title there is the deputy's office, not a mention of its holder.

    >>> from framing.actors import find_mentions
    >>> text = ("وقال رئيس الوزراء الباكستاني شهباز شريف إن بلاده لن تتراجع. "
    ...         "ونفى نائب رئيس الوزراء وزير الخارجية الباكستاني إسحاق دار الاتهامات.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-10"], "text": [text]}))
    >>> m.loc[m["actor_id"] == "Shehbaz Sharif", "surface"].tolist()
    ['رئيس الوزراء الباكستاني شهباز شريف']
    """
    return j > 0 and not art.broken_before(j) and art.bare(j - 1) in art.words.deputy_words


def _article_after_li(word: str) -> str:
    """The definite word that a folded word in لل is, after the preposition ل (للرئيس → الرئيس,
    للبابا → البابا), or "" for another word.

    >>> _article_after_li(fold("للبابا")), _article_after_li(fold("لمصر"))
    ('البابا', '')
    """
    return "ال" + word[2:] if word.startswith("لل") and len(word) >= 5 else ""


NEW_HOLDER_ADJECTIVES = word_class("new_holder_adjectives")  # البابا الجديد، الرئيس الفائز
ELECT_ADJECTIVES = word_class("elect_adjectives")  # only of a holder not yet sworn in
NEXT_HOLDER_DAYS = 100  # from an election to the oath: the United States' 75 days and a little more


def _next_holder_keys(art: _Article, people: list[Span]) -> dict[tuple[str, ...], Span]:
    """The bare titles (:func:`_bare_forms`) of the known people the article names who take up an
    office within :data:`NEXT_HOLDER_DAYS` after its date: «الرئيس الجديد، الرئيس المنتخب» before the
    oath is the elected holder, not the outgoing one who still holds the title.

    >>> from framing.actors import find_mentions
    >>> text = ("فاز بشيرو ديوماي فاي بالرئاسة في السنغال، وهنأه ماكي سال. وعلى الرئيس الجديد أن يصلح القضاء، "
    ...         "وبعث الملك برقية للرئيس المنتخب.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-27"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[-2:]
    [['الرئيس الجديد', 'Bassirou Diomaye Faye'], ['لرئيس المنتخب', 'Bassirou Diomaye Faye']]
    """
    out: dict[tuple[str, ...], Span] = {}
    for s in people:
        if s.form != "name" or s.actor_id.startswith(UNKNOWN_PREFIX):
            continue
        for title, start in art.gazetteer.titles_soon(s.actor_id, art.doc.date, NEXT_HOLDER_DAYS):
            for key in _bare_forms(art.gazetteer, title, start):
                out.setdefault(key, s)
    return out


def _new_holder_adjective(art: _Article, j: int) -> bool:
    """Token ``j`` is "new" after a bare title (البابا الجديد، الرئيسة الجديدة): the holder the
    article reports on, one mention with the title.

    >>> from framing.actors import find_mentions
    >>> text = "هنأ الملك البابا ليو الرابع عشر بانتخابه. ويُنظر إلى البابا الجديد على أنه امتداد لسلفه."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[-1]
    ['البابا الجديد', 'Pope Leo XIV']
    """
    return j < len(art.tokens) and not art.broken_before(j) and art.folded[j] in NEW_HOLDER_ADJECTIVES


def _object_before_continued_cue(art: _Article, j: int) -> bool:
    """A comma, then a reporting verb joined to و at token ``j`` (، وكتب، وقال): the phrase before
    is the object of the act narrated (هنأ الشيخ … البابا الجديد، وكتب), and the cue goes on with
    that act's subject; a description of a holder (البابا الجديد) is left unread there.

    >>> from framing.actors import find_mentions
    >>> text = ("هنأ الملك البابا ليو الرابع عشر بانتخابه. وهنأ الرئيس الفرنسي البابا الجديد، وكتب: «نهنئ قداسته».")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]}))
    >>> "البابا الجديد" in m["surface"].tolist()
    False
    """
    if j >= len(art.tokens) or not {"،", ","} & set(art.doc.text[art.tokens[j - 1].end : art.tokens[j].start]):
        return False
    w = art.folded[j]
    return w[:1] == "و" and art.is_cue(j)


def _role_keys(art: _Article, people: list[Span]) -> tuple[dict[tuple[str, ...], Span], set[int]]:
    """The definite role written right before a person's name (العقيد in «قائد الوحدة العقيد مايكل
    راندريانيرينا», الناطق الرسمي in «الناطق الرسمي باسم الحكومة مصطفى بايتاس»): written again alone
    it is his title mention (docs/annotation.md: a bare title of an office the article gave with a
    name), while no other person of the article was named with it. Also returns the tokens where
    such roles were written before a name (their introductions, not later mentions).

    >>> from framing.actors import find_mentions
    >>> text = ("وأعلن قائد الحرس العقيد أمادو كوليبالي أن الجيش تولى السلطة. وقال العقيد إن الانتخابات ستجرى. "
    ...         "ورحب الرئيس باسكال دوبوا والرئيس جان مارتان بالقرار، وقال الرئيس إنه قلق.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-14"], "text": [text]}))
    >>> m[["surface", "actor_id", "form"]].values.tolist()[1:]  # two presidents: الرئيس is neither
    [['العقيد', 'unknown:أمادو كوليبالي', 'title'], ['الرئيس باسكال دوبوا', 'unknown:باسكال دوبوا', 'name'], ['الرئيس جان مارتان', 'unknown:جان مارتان', 'name']]
    """
    holders, introductions = _role_holders(art, people)
    return {key: next(iter(held.values())) for key, held in holders.items() if len(held) == 1}, introductions


def _role_holders(art: _Article, people: list[Span]) -> tuple[dict[tuple[str, ...], dict[str, Span]], set[int]]:
    """Each definite role written right before a person's name, with the people named after it
    (:func:`_role_keys`), and the tokens where such roles were written."""
    ends = {r.last_token: r for r in art.roles_at.values()}
    holders: dict[tuple[str, ...], dict[str, Span]] = {}
    introductions: set[int] = set()
    for s in people:
        if s.form != "name":
            continue
        if s.actor_id.startswith(UNKNOWN_PREFIX):
            start = s.last - len(s.actor_id.removeprefix(UNKNOWN_PREFIX).split()) + 1
        else:
            start = s.first
            while start in art.roles_at and art.roles_at[start].last_token < s.last:
                start = art.roles_at[start].last_token + 1
        role = ends.get(start - 1)
        if role is None and s.first < start:  # الناطق الرسمي باسم الحكومة مصطفى بايتاس: the first role of the office
            role = art.roles_at.get(s.first) or art.roles_at.get(s.first - 1)
            if role is not None and role.first_token == role.last_token and not _nisba_office(art, role.last_token + 1, start):
                role = None  # one word (الوزير) before a long office may describe several people
        if role is None or start < 1 or art.broken_before(start):
            continue
        for r in (role, _office_before_rank(art, s, role)):
            if r is not None:
                _hold_role(art, r, s, holders, introductions)
    return holders, introductions


def _nisba_office(art: _Article, first: int, start: int) -> bool:
    """The office between a one-word role and a name is a state's adjective alone (السفير الفرنسي
    سيلفان إيتيه): the role names one office, and written again alone (السفير) it is his title.

    >>> from framing.actors import find_mentions
    >>> text = "وغادر السفير الفرنسي سيلفان إيتيه العاصمة. وقال مصدر إن السفير عاش أسابيع صعبة."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-10-10"], "text": [text]}))["actor_id"].tolist()
    ['unknown:سيلفان إيتيه', 'unknown:سيلفان إيتيه']
    """
    if start - first != 1 or art.broken_before(first) or art.broken_before(start):
        return False
    w = art.folded[first]
    return w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) >= MIN_NISBA_LETTERS \
        and not art.is_name_word(first) and w not in NOT_FAMILY_NAMES and w not in art.words.institution_adjectives


def _office_before_rank(art: _Article, s: Span, rank):
    """The role that opens a person's mention when a rank or degree stands before his name
    (المتحدث in «المتحدث باسم الجيش السوداني العميد نبيل عبد الله»): written again alone, it is
    his title as well as the rank is.

    >>> from framing.actors import find_mentions
    >>> text = ("قال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن القوات تقدمت. "
    ...         "وأضاف المتحدث أن المعارك مستمرة.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-06-01"], "text": [text]}))
    >>> m.loc[m["surface"] == "المتحدث", ["actor_id", "form"]].values.tolist()
    [['unknown:نبيل عبد الله', 'title']]
    """
    if rank.first_token != rank.last_token or art.folded[rank.first_token] not in art.words.address_words:
        return None
    first = art.roles_at.get(s.first)
    if first is None or first.last_token >= rank.first_token:
        return None
    return first


def _hold_role(art: _Article, role, s: Span, holders: dict[tuple[str, ...], dict[str, Span]],
               introductions: set[int]) -> None:
    """Record ``s`` as a holder of the definite ``role`` written in his mention (:func:`_role_holders`)."""
    words = list(art.folded[role.first_token : role.last_token + 1])
    words[0] = words[0][_conjunction(art, role.first_token):]  # والرئيس
    while words and words[-1] in OFFICE_WORDS:
        words.pop()  # الناطق الرسمي باسم → الناطق الرسمي
    key = tuple(words)
    introductions.add(role.first_token)
    if not key or not key[0].startswith("ال") or " ".join(key) in art.words.descriptive_roles \
            or key[0] in art.words.first_name_honorifics:
        return
    held = holders.setdefault(key, {})
    same = [a for a in held if _same_person(a, s.actor_id)]
    for a in same:
        if len(a) < len(s.actor_id):
            del held[a]
            held[s.actor_id] = s  # the fuller name of the two (العقيد راندريانيرينا in the headline)
    if not same:
        held[s.actor_id] = s


def _current_holders(art: _Article, held: dict[str, Span]) -> dict[str, Span]:
    """Of the people named after one role, those who still hold an office on the article's date,
    where some do: the pope elected, not his late predecessor named with the same title (البابا
    فرنسيس), is the bare «البابا» of the article.

    >>> from framing.actors import find_mentions
    >>> text = ("هنأ الملك البابا ليو الرابع عشر بانتخابه، وأشاد بسلفه الراحل البابا فرنسيس. "
    ...         "ورحب المجلس بانتخاب البابا، معرباً عن أمله.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]}))
    >>> m.loc[m["surface"] == "البابا", "actor_id"].tolist()
    ['Pope Leo XIV']
    """
    current = {a: s for a, s in held.items() if not art.gazetteer.left_office(a, art.doc.date)}
    return current or held


def _same_person(a: str, b: str) -> bool:
    """Two actor ids of one person: equal, or one discovered name ends the other (راندريانيرينا)."""
    if a == b:
        return True
    if not (a.startswith(UNKNOWN_PREFIX) and b.startswith(UNKNOWN_PREFIX)):
        return False
    x, y = (a.removeprefix(UNKNOWN_PREFIX).split(), b.removeprefix(UNKNOWN_PREFIX).split())
    short, long = sorted((x, y), key=len)
    return long[-len(short):] == short


def _title_keys(art: _Article, people: list[Span]) -> dict[tuple[str, ...], Span]:
    """The titles written right before a known person's name: in «الرئيس المكلف نواف سلام»,
    «الرئيس المكلف» later stands for him. A role and one or two article words that are not roles
    (not a style of address alone: صاحب السمو)."""
    keys: dict[tuple[str, ...], Span] = {}
    for s in people:
        if s.form != "name" or s.actor_id.startswith(UNKNOWN_PREFIX) or art.broken_before(s.first):
            continue
        for first in range(max(0, s.first - 3), s.first):
            role = art.roles_at.get(first)
            if role is None:
                continue
            adjectives = range(role.last_token + 1, s.first)
            if not adjectives or any(
                    art.broken_before(t) or t in art.taken or t in art.roles_at or not art.folded[t].startswith("ال")
                    for t in adjectives):
                continue
            key = tuple(art.folded[first : s.first])
            if len(key) >= 2:
                keys.setdefault(key, s)
            break
    return keys


def _office_head_keys(art: _Article, people: list[Span]) -> dict[tuple[str, ...], Span]:
    """A person's mention that opens with a one-word role and an office of several words
    (رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي): the role and the office's head noun
    (رئيس الهيئة) later stand for him, as the full office would, where nothing qualifies it (not
    وزير الطاقة الكازاخستاني after وزير الطاقة السعودي …); a key two people share stands for neither.

    >>> from framing.actors import find_mentions
    >>> text = ("أعلن رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي، أن اللجان فتحت. "
    ...         "وقال رئيس الهيئة إن نسبة المشاركة مرتفعة.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-08-04"], "text": [text]}))
    >>> m.loc[m["surface"] == "رئيس الهيئة", "actor_id"].tolist()
    ['unknown:حازم بدوي']
    """
    owners: dict[tuple[str, ...], dict[str, Span]] = {}
    for s in people:
        role = art.roles_at.get(s.first)
        if s.form != "name" or role is None or role.last_token != s.first:
            continue
        head = s.first + 1
        if head + 1 >= s.last or art.broken_before(head) or head in art.roles_at or not art.folded[head].startswith("ال") \
                or art.is_name_word(head) or art.broken_before(head + 1) or not art.folded[head + 1].startswith(("ال", "لل")):
            continue
        owners.setdefault((art.folded[s.first], art.folded[head]), {}).setdefault(s.actor_id, s)
    return {key: next(iter(held.values())) for key, held in owners.items() if len(held) == 1}


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text inside quotation marks (the quote finder warns of unbalanced marks).

    >>> _quoted_spans("قال: «يا أخي الرئيس»")
    [(5, 20)]
    """
    from .text import quote_mark_spans

    return [(q.start, q.end) for q in quote_mark_spans(text, warn_unbalanced=False)]


MINISTER_WORDS = frozenset(fold(w) for w in ("وزير", "وزيرة"))


def _minister_keys(art: _Article, people: list[Span]) -> dict[tuple[str, ...], Span]:
    """«الوزير العُماني» for the one minister of that state the article names (بدر البوسعيدي, وزير
    الخارجية العماني): the definite role and the state's adjective that ends his title; a key two
    named ministers share stands for neither.

    >>> from framing.actors import find_mentions
    >>> text = ("التقى وزير الخارجية العماني بدر البوسعيدي الوفد الإيراني. "
    ...         "وقال الوزير العماني إن الأجواء كانت إيجابية.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-04-13"], "text": [text]}))
    >>> m.loc[m["surface"] == "الوزير العماني", ["actor_id", "form"]].values.tolist()
    [['Badr Albusaidi', 'title']]
    """
    owners: dict[tuple[str, ...], dict[str, Span]] = {}
    for s in people:
        if s.form != "name" or s.actor_id.startswith(UNKNOWN_PREFIX):
            continue
        for title in art.gazetteer.titles(s.actor_id, art.doc.date):
            words = [fold(w) for w in title.split()]
            if len(words) >= 3 and words[0] in MINISTER_WORDS and words[-1].startswith("ال"):
                owners.setdefault(("ال" + words[0], words[-1]), {}).setdefault(s.actor_id, s)
    return {key: next(iter(held.values())) for key, held in owners.items() if len(held) == 1}


def _lone_minister_key(art: _Article, people: list[Span]) -> dict[tuple[str, ...], list[Span]]:
    """Bare «الوزير» (or «الوزيرة») with the first mention of each minister the article names: a
    known person whose title on the article's date is a minister's, or a person the article
    introduced by a minister's role (وزير النفط الليبي خليفة عبد الصادق). :func:`_follow_up` reads
    the bare title as the one minister named before it; two named before leave it to neither, and
    an address (معالي الوزير) is no mention.

    >>> from framing.actors import find_mentions
    >>> text = ("قال وزير الخارجية العراقي فؤاد حسين إن بلاده نجت من الحرب. "
    ...         "ووصف الوزير العلاقة مع تركيا بأنها جيدة. وسأله المحاور: معالي الوزير، ماذا عن المياه؟ "
    ...         "وكان وزير الخارجية السوري أسعد الشيباني قد زار بغداد.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-07-20"], "text": [text]}))
    >>> m.loc[m["surface"] == "الوزير", "actor_id"].tolist()
    ['Fuad Hussein']
    """
    ministers: dict[tuple[str, ...], dict[str, Span]] = {}
    for s in sorted(people, key=lambda p: p.start):
        words = [fold(w) for w in art.doc.text[s.start : s.end].split()]
        first = words[0] if words else ""
        first = first[1:] if first[:1] in "وفل" and first[1:] in MINISTER_WORDS | _DEFINITE_MINISTERS else first
        role = first.removeprefix("ال") if first in _DEFINITE_MINISTERS else first
        if role not in MINISTER_WORDS and not s.actor_id.startswith(UNKNOWN_PREFIX):
            role = next((fold(t.split()[0]) for t in art.gazetteer.titles(s.actor_id, art.doc.date)
                         if t.split() and fold(t.split()[0]) in MINISTER_WORDS), "")
        if role in MINISTER_WORDS:
            ministers.setdefault(("ال" + role,), {}).setdefault(s.actor_id, s)
    return {key: list(held.values()) for key, held in ministers.items()}


_DEFINITE_MINISTERS = frozenset("ال" + w for w in MINISTER_WORDS)


def _bare_title_keys(art: _Article, people: list[Span], owners: dict[tuple[str, ...], dict[str, Span]] | None = None
                     ) -> tuple[dict[tuple[str, ...], Span], set[tuple[str, ...]]]:
    """Titles without their state (الأمير، أمير البلاد، وزير الخارجية) for the known people the
    article names, from the titles they hold on its date (أمير قطر → الأمير، أمير البلاد); a bare
    title that two named people share stands for the one of the article's own state
    (:func:`home_state`), else for neither. Also returns the keys resolved through that state."""
    owners = _bare_title_owners(art, people) if owners is None else owners
    keys = {key: next(iter(held.values())) for key, held in owners.items() if len(held) == 1}
    shared = {key: held for key, held in owners.items() if len(held) > 1}
    home = home_state(art, people) if shared else ""
    for key, held in shared.items():
        # سمو الأمير in a Qatari outlet at a summit of emirs: the emir of the article's own state
        own = [s for actor_id, s in held.items() if home and art.gazetteer.affiliation(actor_id) == home]
        if len(own) == 1:
            keys[key] = own[0]
    return keys, set(shared) & set(keys)


def _bare_title_owners(art: _Article, people: list[Span]) -> dict[tuple[str, ...], dict[str, Span]]:
    """Each bare title (:func:`_bare_forms`) of the known people the article names, with its holders."""
    owners: dict[tuple[str, ...], dict[str, Span]] = {}
    for s in people:
        if s.form != "name" or s.actor_id.startswith(UNKNOWN_PREFIX):
            continue
        for title in art.gazetteer.titles(s.actor_id, art.doc.date):
            for key in _bare_forms(art.gazetteer, title, art.doc.date):
                owners.setdefault(key, {}).setdefault(s.actor_id, s)
    return owners


def _nearest_holder(art: _Article, held: dict[str, Span], spans: list[Span], start: int) -> Span | None:
    """Of the people who hold one bare title (two presidents named in an article), the one
    mentioned last before ``start``: a bare «الرئيس» is the president the text was speaking of;
    none when the last two were named in one sentence.

    >>> from framing.actors import find_mentions
    >>> text = ("صوتت الجمعية على عزل الرئيس أندري راجولينا. ورفض الرئيس الاستقالة. "
    ...         "وقال الرئيس إيمانويل ماكرون إنه لا يؤكد شيئاً. وقال الرئيس إن فرنسا لم تتدخل.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-10-14"], "text": [text]}))
    >>> m.loc[m["surface"] == "الرئيس", "actor_id"].tolist()
    ['unknown:أندري راجولينا', 'Emmanuel Macron']
    """
    last: dict[str, Span] = {}
    for x in sorted((x for x in spans if x.actor_id in held and x.end <= start), key=lambda x: x.start):
        last[x.actor_id] = x
    if not last:
        return None
    ranked = sorted(last.values(), key=lambda x: x.start, reverse=True)
    if len(ranked) >= 2 and art.doc.sentence_id(ranked[0].start) == art.doc.sentence_id(ranked[1].start):
        return None  # two holders named in one sentence (الرئيس دوبوا والرئيس مارتان): neither
    return ranked[0]


def home_state(art: _Article, people: list[Span]) -> str:
    """The state an article is written from, as its own words show: a known person named with
    the title of "the country" (تميم بن حمد آل ثاني أمير البلاد), else the state whose official agency
    its dateline credits (الكويت - قنا); "" when neither does, or they disagree.

    >>> from framing.actors import find_mentions
    >>> text = ("شارك الشيخ تميم بن حمد آل ثاني أمير البلاد في القمة برئاسة الشيخ مشعل الأحمد الجابر "
    ...         "الصباح أمير دولة الكويت. وقال سمو الأمير إن القمة ناجحة.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-12-01"], "text": [text]}))
    >>> m.loc[m["surface"] == "الأمير", "actor_id"].tolist()
    ['Tamim bin Hamad Al Thani']
    """
    from .actors import dateline_state

    named = set()
    for s in people:
        if s.form != "name" or s.actor_id.startswith(UNKNOWN_PREFIX):
            continue
        forms = {f for title in art.gazetteer.titles(s.actor_id, art.doc.date)
                 for f in _bare_forms(art.gazetteer, title, art.doc.date) if f[-1] == _THE_COUNTRY}
        # the title right after the name, or after the rest of it (تميم بن حمد آل ثاني أمير البلاد)
        for k in range(s.last + 1, min(s.last + 1 + MAX_NAME_WORDS, len(art.tokens) - 1)):
            if art.broken_before(k):
                break
            if tuple(art.folded[k : k + 2]) in forms:
                named.add(art.gazetteer.affiliation(s.actor_id))
                break
        if _republic_title_before(art, s):
            named.add(art.gazetteer.affiliation(s.actor_id))
    named.discard("")
    if len(named) == 1:
        return named.pop()
    return dateline_state(art.doc.text) if not named else ""


_THE_COUNTRY = fold("البلاد")
_THE_REPUBLIC = (fold("رئيس"), fold("الجمهورية"))


def _republic_title_before(art: _Article, s: Span) -> bool:
    """A known president named after the bare «رئيس الجمهورية», perhaps with an address word
    between (رئيس الجمهورية السيد عبد المجيد تبون): the state's own media name their president so,
    without the state, as they say أمير البلاد.

    >>> from framing.actors import find_mentions
    >>> text = ("تونس - شارك رئيس الجمهورية السيد عبد المجيد تبون في الاجتماع إلى جانب الرئيس التونسي قيس "
    ...         "سعيد، في إطار مبادرة أطلقها رئيس الجمهورية في مارس.")
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-22"], "text": [text]}))["actor_id"].tolist()[-1]
    'Abdelmadjid Tebboune'
    """
    if not any(tuple(fold(w) for w in t.split()[:2]) == _THE_REPUBLIC for t in art.gazetteer.titles(s.actor_id, art.doc.date)):
        return False  # not a president of a republic
    k = s.first
    for first in (k, k - 2, k - 3):
        if first < 0 or tuple(art.folded[first : first + 2]) != _THE_REPUBLIC:
            continue
        between = range(first + 2, k)
        if (first == k and s.last > k + 1) or (first < k and all(
                art.folded[t] in art.words.address_words and not art.broken_before(t) for t in between)
                and not art.broken_before(k)):
            return True
    return False


@cache
def _bare_forms(gazetteer: Gazetteer, title: str, date: str | None) -> tuple[tuple[str, ...], ...]:
    """The folded bare forms of a title: its words before the state or organisation it names.

    >>> from framing.actors import load_gazetteer
    >>> _bare_forms(load_gazetteer(), "أمير دولة قطر", None)
    (('الامير',), ('امير', 'البلاد'), ('امير', 'الدوله'))
    >>> _bare_forms(load_gazetteer(), "وزير الخارجية الإيراني", None)
    (('وزير', 'الخارجيه'),)
    >>> _bare_forms(load_gazetteer(), "رئيس مجلس النواب اللبناني", None)[-1]
    ('رييس', 'المجلس')
    >>> _bare_forms(load_gazetteer(), "رئيس الجمهورية اللبنانية", None)[-1]
    ('رييس', 'الجمهوريه')
    >>> _bare_forms(load_gazetteer(), "الأمين العام لجبهة البوليساريو", None)[-1]
    ('الامين', 'العام', 'للجبهه')
    >>> _bare_forms(load_gazetteer(), "قائد الجيش السوداني", None)[-1]
    ('قايد', 'الجيش')
    >>> _bare_forms(load_gazetteer(), "رئيس المجلس العسكري في النيجر", None)
    (('رييس', 'المجلس', 'العسكري'),)
    """
    words = title.split()
    cut = next((k for k in range(1, len(words)) if _names_a_body(gazetteer, " ".join(words[k:]), date)), None)
    head = [fold(w) for w in words[:cut]] if cut else []
    while head and (head[-1] in COMMON_NOUNS or head[-1] in OFFICE_WORDS):
        head = head[:-1]  # أمير دولة قطر; رئيس المجلس العسكري في النيجر
    if not head or cut is None:
        return ()
    forms = [tuple(head)]
    if len(head) == 1 and not head[0].startswith("ال"):
        forms = [("ال" + head[0],), (head[0], fold("البلاد"))]
        noun = fold(words[cut])
        if noun in COMMON_NOUNS:  # رئيس جمهورية مصر العربية → رئيس الجمهورية
            forms.append((head[0], "ال" + noun))
        elif noun.startswith("ال") and noun[2:] in COMMON_NOUNS:  # رئيس الجمهورية اللبنانية → رئيس الجمهورية
            forms.append((head[0], noun))
        elif noun.startswith("ال") and len(noun) > 4 \
                and _names_a_body(gazetteer, " ".join(words[cut:]), date, kinds=("organisation", "group")):
            forms.append((head[0], noun))  # قائد الجيش السوداني → قائد الجيش; رئيس المجلس الرئاسي الليبي → رئيس المجلس
        elif _names_a_body(gazetteer, " ".join(words[cut:]), date, kinds=("organisation", "group")) \
                and not noun.startswith(("ال", "لل")):
            # رئيس مجلس النواب اللبناني → رئيس المجلس; الأمين العام لحزب الله → الأمين العام للحزب
            forms.append((head[0], "لل" + noun[1:] if noun[:1] == "ل" else "ال" + noun))
    elif len(head) >= 2 and head[0].startswith("ال") and (noun := fold(words[cut]))[:1] == "ل" \
            and not noun.startswith("لل") \
            and _names_a_body(gazetteer, " ".join(words[cut:]), date, kinds=("organisation", "group")):
        forms.append((*head, "لل" + noun[1:]))  # الأمين العام لجبهة البوليساريو → الأمين العام للجبهة
    return tuple(forms)


def _names_a_body(gazetteer: Gazetteer, words: str, date: str | None,
                  kinds: tuple[str, ...] = ("state", "organisation", "group")) -> bool:
    """Whether ``words`` begin with a state, organisation or group of the gazetteer (قطر، المصري)."""
    doc = Document("", words, date)
    for m in doc.matches(gazetteer.matcher):
        alias = gazetteer.resolve(m.entry, date)
        return m.first_token == 0 and alias is not None and gazetteer.actor_type(alias.actor_id) in kinds
    return False


def _bare_title_ends(art: _Article, j: int, at: dict[int, Span]) -> bool:
    """A bare title ends before token ``j``: no adjective (الرئيس التنفيذي), person or state follows.

    Bare titles are read after discovery, which has taken the names that follow a role."""
    if _ends_here(art, j):
        return True
    span = at.get(j)
    if span is not None:  # not another person, nor the state of another office holder (وزير الخارجية الإسباني)
        return (span.actor_type or art.gazetteer.actor_type(span.actor_id)) not in ("person", "state")
    word = art.folded[j]
    if word in _labels_after():
        return True  # أمير البلاد المفدى
    if _feminine_after_masculine(art, j):
        return True  # ورفض الرئيس الاستقالة: the object, not an adjective of the title
    # an adjective or the words of an office: الرئيس التنفيذي، الممثلة العليا للاتحاد للشؤون الخارجية
    return not (word.startswith(("ال", "لل")) or word in OFFICE_WORDS)


def _feminine_after_masculine(art: _Article, j: int) -> bool:
    """A feminine article word (ة) right after a masculine title word: not its adjective, which
    would agree with it, but the verb's object (ورفض الرئيس الاستقالة) or a new phrase.

    >>> from framing.actors import find_mentions
    >>> text = "وأكد الرئيس جوزاف عون أن الخطة ستنفذ. ورفض الرئيس الاستقالة. وقال الرئيس التنفيذي إن الشركة ستنمو."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['جوزاف عون', 'Joseph Aoun'], ['الرئيس', 'Joseph Aoun']]
    """
    word, previous = art.folded[j], art.folded[j - 1]
    return word.startswith("ال") and word.endswith("ه") and not previous.endswith("ه") and not art.broken_before(j)


@cache
def _labels_after() -> frozenset[str]:
    """The one-word labels set after a name (المفدى، الشقيقة), folded (``labels.tsv``)."""
    from .labels import load_labels

    table = load_labels()
    return frozenset(fold(label) for label in table.loc[table["position"] == "after", "label"] if " " not in label)


def _title_over_demonyms(art: _Article, window: tuple[str, ...], person: Span, taken: list[Span], j: int,
                         minister: bool = False) -> bool:
    """Whether a title the article gave a discovered person (الرئيس الكولومبي before غوستافو بيترو)
    is his mention when written again alone, over the state adjective inside it: the role word is
    free and every word taken is a demonym (docs/annotation.md: a bare title of an office the
    article gave with a name is a mention of him).

    >>> from framing.actors import find_mentions
    >>> text = "وقال الرئيس الكولومبي غوستافو بيترو إن القمة ناجحة. واتهم الرئيس الكولومبي واشنطن بالتصعيد."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-09"], "text": [text]}))
    >>> m[["surface", "actor_id", "form"]].values.tolist()[1]
    ['الرئيس الكولومبي', 'unknown:غوستافو بيترو', 'title']
    """
    covered = {t for x in taken for t in range(x.first, x.last + 1)}
    return (len(window) >= 2 and (minister or person.actor_id.startswith(UNKNOWN_PREFIX)) and j not in covered
            and all(x.form == "demonym" for x in taken))


def _surname_not_adjective(art: _Article, span: Span, j: int) -> bool:
    """A state's adjective alone, not after a noun it describes: وقال السوداني, not الجيش السوداني."""
    if span.form != "demonym" or span.first != span.last or art.gazetteer.actor_type(span.actor_id) != "state":
        return False
    return j == 0 or art.broken_before(j) or not (art.folded[j - 1].startswith(("ال", "وال", "لل")) or j - 1 in art.roles_at)


MAX_NAME_KEYS = 20_000  # names whose keys a gazetteer's memo holds before it starts again
_NAME_KEYS: WeakKeyDictionary = WeakKeyDictionary()  # gazetteer -> (function, word classes, actor, name) -> keys


def _keys_of_the_name(keys_of):
    """``keys_of(art, s)`` computed once for a gazetteer, its word classes, an actor and the name as
    written: the keys of a person's name depend on nothing else in the article, and the same people
    come back from article to article. Each call gets its own list.

    >>> from framing.actors import load_gazetteer
    >>> art = _Article(Document("a", "قال موسى فقي محمد", None), load_gazetteer(), name_words(), [], {}, {})
    >>> s = Span(4, 17, "Moussa Faki", "name", 1, 3, "person")
    >>> _surname_keys(art, s) == _surname_keys(art, s) == _surname_keys.__wrapped__(art, s)
    True
    """
    @wraps(keys_of)
    def memoised(art: _Article, s: Span) -> list[tuple[str, ...]]:
        memo = _NAME_KEYS.setdefault(art.gazetteer, {})
        key = (keys_of, art.words, s.actor_id, art.doc.text[s.start : s.end])
        if key not in memo:
            if len(memo) >= MAX_NAME_KEYS:
                memo.clear()
            memo[key] = keys_of(art, s)
        return list(memo[key])
    return memoised


@_keys_of_the_name
def _surname_keys(art: _Article, s: Span) -> list[tuple[str, ...]]:
    """The surnames (بدران، فكي، آل ثاني) and honorific + first name (الأمير فيصل) of a named person."""
    hamza_first: set[str] = set()  # folded first names written with hamza (إلياس) or listed: not an article word
    if s.actor_id.startswith(UNKNOWN_PREFIX):
        written = s.actor_id.removeprefix(UNKNOWN_PREFIX).split()
        names = [[fold(w) for w in written]]
        hamza_first = {fold(w) for w in written[:1] if hamza_initial(w)}
        if len(written) >= 2 and fold(written[0]) in art.words.given_names:
            hamza_first.add(fold(written[0]))  # الصديق الكبير: a given name with the article, no honorific
    else:
        names = art.gazetteer.names(s.actor_id)
    keys: list[tuple[str, ...]] = []
    for name in names:
        while name and name[0] not in hamza_first and (name[0].startswith("ال") or name[0] in art.words.first_name_honorifics):
            name = name[1:]  # الأمير فيصل بن فرحان: the name starts after the honorific
        if len(name) < 2:
            continue
        surname = name[-1]
        if len(name) >= 3 and name[-2] in art.words.connectors:
            if name[-2] == fold("آل"):
                keys.append((name[-2], surname))  # آل ثاني; not عبد العزيز or بن سلمان, parts of other names
            elif name[-2] == _BEN and len(name) == 3 and s.actor_id.startswith(UNKNOWN_PREFIX) \
                    and surname not in art.words.common_given_names and surname not in art.words.given_names:
                keys.append((name[-2], surname))  # عمار بن جامع -> بن جامع, a Maghrebi family name
        elif surname not in art.words.compound_parts and len(surname) >= 3 and surname not in STOP_WORDS \
                and surname not in art.words.common_given_names and surname not in NOT_FAMILY_NAMES:
            keys.append((surname,))
            if len(name) >= 3 and name[-2] not in art.words.connectors and name[-2] not in art.words.common_given_names \
                    and name[-3] not in art.words.connectors:  # عبد السند يمامة: عبد السند is his given name
                keys.append((name[-2], surname))  # a family name of two words: كاظم غريب آبادي -> غريب آبادي
                if _two_foreign_surnames(art, s, name):
                    keys.append((name[-2],))  # إدموندو غونزاليس أوروتيا -> غونزاليس, the father's surname
        elif surname in art.words.compound_parts and len(name) >= 3 and name[-3] not in art.words.connectors \
                and name[-2] not in art.words.connectors:
            keys.append((name[-2], surname))  # a compound family name: ركان ناصر الدين -> ناصر الدين
        if (s.affiliation or art.gazetteer.affiliation(s.actor_id)) in art.words.family_name_first \
                and name[0] not in art.words.connectors and len(name[0]) >= 3:
            keys.append((name[0],))  # وانغ يي -> وانغ: the family name comes first
        first = name[:2] if name[0] in art.words.connectors else name[:1]
        if first[0] not in art.words.connectors or len(first) == 2:
            keys.extend((h, *first) for h in art.words.first_name_honorifics)
    keys.extend(_latin_name_keys(art.doc.text[s.start : s.end]))
    return list(dict.fromkeys(keys))


def _two_letter_surname_keys(art: _Article, s: Span) -> list[tuple[str, ...]]:
    """The surname of two letters of a named person (أمادو با, West African names: Ba, Sy, Ka),
    which :func:`_surname_keys` leaves out as too short: a key read only where it stands as a
    subject or a speaker (:func:`_two_letter_surname_stands`)."""
    if s.actor_id.startswith(UNKNOWN_PREFIX):
        names = [[fold(w) for w in s.actor_id.removeprefix(UNKNOWN_PREFIX).split()]]
    else:
        names = art.gazetteer.names(s.actor_id)
    return [(name[-1],) for name in names if len(name) >= 2 and len(name[-1]) == 2 and name[-1] not in STOP_WORDS
            and name[-2] not in art.words.connectors]


def _two_letter_surname_stands(art: _Article, j: int) -> bool:
    """A surname of two letters at token ``j`` stands as a person: after a reporting verb (وقال با)
    or before a colon («وبا: "أهنئ الفائز"»).

    >>> from framing.actors import find_mentions
    >>> text = "وحصل رئيس الوزراء السابق أمادو با على 35 في المئة. وقال با إنه يهنئ الفائز، وإن الأمر با يعني شيئاً."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-25"], "text": [text]}))["surface"].tolist()[-1]
    'با'
    """
    after = art.doc.text[art.tokens[j].end : art.tokens[j].end + 1]
    return after == ":" or _person_position(art, j, j) in ("subject", "speaker")


def _two_foreign_surnames(art: _Article, s: Span, name: list[str]) -> bool:
    """A discovered name of three words that opens with no listed given name (names.toml) and has
    no connector: a foreign name whose two last words are two surnames, the first of which is used
    alone (إدموندو غونزاليس أوروتيا, then غونزاليس), as Spanish names are.

    >>> from framing.actors import find_mentions
    >>> text = "وتؤكد المعارضة أن مرشحها إيليوتيرو مارتينيث أوروتيا هو الفائز. وقال مارتينيث إن المحاضر تثبت ذلك."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]}))["surface"].tolist()
    ['مرشحها إيليوتيرو مارتينيث أوروتيا', 'مارتينيث']
    """
    return s.actor_id.startswith(UNKNOWN_PREFIX) and len(name) == 3 and name[0] not in art.words.given_names \
        and not any(w in art.words.connectors or w in art.words.given_names for w in name) \
        and not name[1].startswith("ال")


@_keys_of_the_name
def _given_name_surname_keys(art: _Article, s: Span) -> list[tuple[str, ...]]:
    """The surname of a named person that is also a common first name (حسين in فؤاد حسين، عبد
    السلام in محمد عبد السلام), which :func:`_surname_keys` leaves out: it is his mention only
    where it stands alone (:func:`_surname_stands_alone`)."""
    if s.actor_id.startswith(UNKNOWN_PREFIX):
        names = [[fold(w) for w in s.actor_id.removeprefix(UNKNOWN_PREFIX).split()]]
    else:
        names = art.gazetteer.names(s.actor_id)
    keys: list[tuple[str, ...]] = []
    for name in names:
        if len(name) < 2 or name[0].startswith("ال") or name[0] in art.words.first_name_honorifics:
            continue
        if len(name) >= 3 and name[-2] == fold("عبد") and name[-3] not in art.words.connectors:
            keys.append((name[-2], name[-1]))  # محمد عبد السلام -> عبد السلام
        elif name[-1] in art.words.common_given_names and name[-2] not in art.words.connectors:
            keys.append((name[-1],))
    return keys


_BEN = fold("بن")
ADDRESS_TO_SURNAME = frozenset(fold(w) for w in ("السيد", "السيدة"))


def _given_name_keys(art: _Article, s: Span) -> list[tuple[str, ...]]:
    """The given name alone of a person the article discovered by his full name, where it is no
    common word (بيرام for بيرام الداه اعبيد: Mauritanian and Gulf news call people by it), and an
    address with a word of the family name (السيد حساني for عبد العالي حساني شريف). Several people of
    the article with one given name leave it to none (:func:`_follow_up`).

    >>> from framing.actors import find_mentions
    >>> text = ("وقال المرشح بيرام الداه اعبيد إن النتائج مزورة. واحتج أنصار بيرام أمام اللجنة. "
    ...         "وقال المترشح عبد العالي حساني شريف إنها مهزلة، وقد حصل السيد حساني على تسعة بالمئة.")
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-07-03"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[1::2]
    [['بيرام', 'unknown:بيرام الداه اعبيد'], ['السيد حساني', 'unknown:عبد العالي حساني شريف']]
    """
    if not s.actor_id.startswith(UNKNOWN_PREFIX) or s.form != "name":
        return []
    name = [fold(w) for w in s.actor_id.removeprefix(UNKNOWN_PREFIX).split()]
    if len(name) < 2:
        return []
    keys: list[tuple[str, ...]] = []
    if art.words.sure_given_name(name[0]) and name[0] not in art.words.common_given_names:
        keys.append((name[0],))
    start = 2 if name[0] in art.words.connectors else 1
    for w in name[start:]:
        if w not in art.words.connectors and not w.startswith("ال") and len(w) >= 3 and w not in art.words.given_names:
            keys.extend((a, w) for a in ADDRESS_TO_SURNAME)
    return keys


def _surname_stands_alone(art: _Article, j: int, size: int) -> bool:
    """A surname that is also a first name stands for the person named only where no first name
    can be read in it: nothing that could be a name word before it (a line's start, punctuation, a
    verb or a function word) and a comma or colon right after it (وكشف حسين، …؛ «حسين: …» in an
    interview; «عبد السلام: …» in a headline).

    >>> from framing.actors import find_mentions
    >>> text = "قال وزير الخارجية العراقي فؤاد حسين إن الاتفاق صامد. وكشف حسين، في مقابلة، أن حسين علي وصل."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-07-01"], "text": [text]}))["surface"].tolist()
    ['وزير الخارجية العراقي فؤاد حسين', 'حسين']
    """
    last = j + size - 1
    after = art.doc.text[art.tokens[last].end : art.tokens[last + 1].start] if last + 1 < len(art.tokens) else ""
    if after.strip()[:1] not in ("،", ",", ":"):
        return False
    return j == 0 or art.broken_before(j) or not (art.is_name_word(j - 1) or art.folded[j - 1] in art.words.connectors)


def _latin_name_keys(surface: str) -> list[tuple[str, ...]]:
    """Each part of a person's name written in Latin letters (a translated wire): a later part alone
    is a mention of him, whichever part news uses (Anwar for Anwar Ibrahim, Li for Li Qiang, Marcos
    for Bongbong Marcos).

    >>> _latin_name_keys("رئيس الوزراء الماليزي Anwar Ibrahim"), _latin_name_keys("Ferdinand Marcos Jr.")
    ([('Anwar',), ('Ibrahim',)], [('Ferdinand',), ('Marcos',)])
    >>> _latin_name_keys("أنور إبراهيم")
    []
    """
    words: list[str] = []
    for word in reversed(surface.split()):  # the name after its title (رئيس الوزراء الماليزي Anwar Ibrahim)
        if not word.isascii():
            break
        words.insert(0, word)
    if len(words) < 2:
        return []
    return [(fold(w),) for w in words if w.isalpha() and w[:1].isupper() and len(w) >= 2 and w != "Jr"]


def _function_word(art: _Article, j: int) -> bool:
    """Token ``j`` is a function word or a finite verb of the lexicons (كان، إن، قال), whatever else
    it abbreviates: Hebrew Kan is written كان, as the verb "was". Written again, it stands for the
    body only in brackets or quotation marks of its own, or as the subject right after a cue
    (وذكرت كان أن).

    >>> from framing.text import Document
    >>> from framing.actors import load_gazetteer
    >>> doc = Document("a", "ونقلت هيئة البث (كان) عن مسؤول", "2025-01-16")
    >>> art = _Article(doc, load_gazetteer(), name_words(), [], {}, {})
    >>> _function_word(art, 3), _function_word(art, 1)
    (True, False)
    """
    return art.is_stop(j) or finite_verb(art.folded[j])


def _marked_word(art: _Article, j: int) -> bool:
    """Token ``j`` stands in brackets or quotation marks of its own: «كان»، (كان)، "كان".

    >>> from framing.text import Document
    >>> from framing.actors import load_gazetteer
    >>> doc = Document("a", 'قالت (كان) إن الاتفاق كان قريبا وذكرت "كان" ذلك', "2025-01-16")
    >>> art = _Article(doc, load_gazetteer(), name_words(), [], {}, {})
    >>> [_marked_word(art, j) for j in (1, 4, 7)]
    [True, False, True]
    """
    text = art.doc.text
    before = text[art.tokens[j - 1].end if j else 0 : art.tokens[j].start].strip()
    after = text[art.tokens[j].end : art.tokens[j + 1].start if j + 1 < len(art.tokens) else len(text)].strip()
    return bool(before) and bool(after) and before[-1] in "(«\"“" and after[0] in ")»\"”"


def _bracketed_after(art: _Article, s: Span) -> int | None:
    """The token of a one-word abbreviation or nickname right after a span: حركة مجتمع السلم (حمس)."""
    j = s.last + 1
    if j < len(art.tokens) and art.doc.text.find("(", s.end, art.tokens[j].start) < 0:
        return None  # no bracket opens before the next word
    if j >= len(art.tokens) or art.gazetteer.actor_type(s.actor_id) == "state" or s.form == "place" \
            or art.gazetteer.matcher.is_term(art.tokens[j].text):
        return None
    before = art.doc.text[s.end : art.tokens[j].start].strip()
    after = art.doc.text[art.tokens[j].end : art.tokens[j + 1].start if j + 1 < len(art.tokens) else len(art.doc.text)]
    return j if before == "(" and after.strip().startswith(")") else None


def _name_text(art: _Article, name: list[int]) -> str:
    return _clean(art.doc.text[art.tokens[name[0]].start : art.tokens[name[-1]].end])


def _clean(surface: str) -> str:
    """A surface as an id: diacritics and tatweel removed, spaces collapsed; letters as written."""
    return " ".join(normalize_ar(surface, alef=False, alef_maksura=False, teh_marbuta=False, hamza=False,
                                 unicode=False).split())


def discovered_actors(mentions: pd.DataFrame, *, min_articles: int = 1) -> pd.DataFrame:
    """The discovered actors of a corpus, with their names and where they were seen.

    Columns: ``actor_id, type, affiliation, name, forms, mentions, articles, example``: one row
    per actor seen in at least ``min_articles`` articles, most-seen first. ``forms`` are the
    names written for it (its full name, surname, abbreviation), joined by `` | ``; ``example``
    its first mention with the words of its office.
    """
    columns = ["actor_id", "type", "affiliation", "name", "forms", "mentions", "articles", "example"]
    found = mentions[mentions["actor_id"].str.startswith(UNKNOWN_PREFIX)]
    rows = []
    for actor_id, group in found.groupby("actor_id", sort=True):
        name = actor_id.removeprefix(UNKNOWN_PREFIX)
        affiliations = [a for a in group["affiliation"] if isinstance(a, str) and a]
        forms = {name if _clean(surface).endswith(name) else _clean(surface)
                 for surface, form in zip(group["surface"], group["form"], strict=True) if form == "name"}
        rows.append({
            "actor_id": actor_id,
            "type": group["actor_type"].iloc[0],
            "affiliation": max(sorted(set(affiliations)), key=affiliations.count) if affiliations else "",
            "name": name,
            "forms": " | ".join(sorted(forms | {name})),
            "mentions": len(group),
            "articles": group["article_id"].nunique(),
            "example": group["surface"].iloc[0],
        })
    table = pd.DataFrame(rows, columns=columns)
    table = table[table["articles"] >= min_articles]
    order = ["articles", "mentions", "actor_id"]
    return table.sort_values(order, ascending=[False, False, True], kind="stable").reset_index(drop=True)


def gazetteer_entries(discovered: pd.DataFrame, *, corpus: str = "") -> str:
    """Gazetteer entries (TOML, the format of ``actors.toml``) for discovered actors, to review.

    ``discovered`` is :func:`discovered_actors`' table. Each entry keeps the Arabic name as its
    id (to replace with an English one), the type and affiliation found, and the names seen;
    titles are left out, since an office is held for a time the text does not give.

    >>> table = pd.DataFrame({"actor_id": ["unknown:حسام بدران"], "type": ["person"], "affiliation": ["Hamas"],
    ...                       "name": ["حسام بدران"], "forms": ["بدران | حسام بدران"], "mentions": [5], "articles": [2]})
    >>> print(gazetteer_entries(table, corpus="gaza/"))
    # discovered by framing in gaza/: 5 mentions in 2 articles
    [[actor]]
    id = "حسام بدران"
    type = "person"
    affiliation = "Hamas"
    ar = "حسام بدران"
    source = "discovered by framing in gaza/; to review"
    names = ["بدران", "حسام بدران"]
    <BLANKLINE>
    """
    ids = set(discovered["actor_id"])
    blocks = []
    for row in discovered.itertuples(index=False):
        affiliation = row.affiliation or ""
        if affiliation.startswith(UNKNOWN_PREFIX):
            # a discovered organisation: its entry is in this file, or the affiliation is left open
            affiliation = affiliation.removeprefix(UNKNOWN_PREFIX) if affiliation in ids else ""
        where = f"discovered by framing in {corpus}" if corpus else "discovered by framing"
        lines = [
            f"# {where}: {row.mentions} mentions in {row.articles} articles",
            "[[actor]]",
            f"id = {_toml_string(row.name)}",
            f"type = {_toml_string(row.type)}",
            f"affiliation = {_toml_string(affiliation)}",
            f"ar = {_toml_string(row.name)}",
            f"source = {_toml_string(where + '; to review')}",
            "names = [" + ", ".join(_toml_string(f) for f in row.forms.split(" | ")) + "]",
        ]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(str(value), ensure_ascii=False)
