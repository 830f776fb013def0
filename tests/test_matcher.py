"""framing.matcher: clitic-aware, leftmost-longest lexicon matching with exact spans."""

from __future__ import annotations

from itertools import pairwise

import pytest

from conftest import SEED_FILES
from framing.matcher import LexiconMatcher, token_stems
from framing.text import fold, word_tokens

SEED_TEXTS = {f.stem: f.read_text(encoding="utf-8") for f in SEED_FILES}


def found(matcher: LexiconMatcher, text: str) -> list[tuple[str, str]]:
    """(matched words, entry) pairs."""
    return [(text[m.start : m.end], matcher.terms[m.entry]) for m in matcher.find_in(text)]


# ---------------------------------------------------------------------------------------------
# Proclitics


@pytest.mark.parametrize(
    "text, entry, span",
    [
        ("وقال ويتكوف بعد القمة إن الرئيس دونالد ترمب", "قال", "قال"),
        ("فأكد ماكرون أن 26 دولة أكدت مساهمتها", "أكد", "أكد"),
        ("وأن لديهم، بالطبع، قوة ردع هائلة", "بالطبع", "بالطبع"),
        ("وللرئيس الفرنسي إيمانويل ماكرون", "الرئيس", "لرئيس"),  # و + ل + (ا)لرئيس: the article's lam stays
        ("أبدى بوتين استعداده للحوار مع نظيره الفرنسي وقال لماكرون", "ماكرون", "ماكرون"),
        ("وفق ما صرح المتحدث باسم الكرملين والكرملين", "الكرملين", "الكرملين"),
        ("شدد على ذلك زيلينسكي وبوتين", "بوتين", "بوتين"),
        ("الممثل الشخصي لـترمب.", "ترمب", "ترمب"),  # 000: the tatweel goes with the clitic
        ("وَبوتين", "بوتين", "بوتين"),
        ("ورئيس الوزراء البريطاني كير ستارمر", "رئيس الوزراء", "رئيس الوزراء"),
    ],
)
def test_matcher_proclitics(text, entry, span):
    tokens = word_tokens(text)
    matches = LexiconMatcher([entry]).find_in(text)
    assert matches and {text[m.start : m.end] for m in matches} == {span}
    for m in matches:  # the span leaves out the proclitics, and only them
        token = tokens[m.first_token]
        assert token.start <= m.start < token.end and m.end == tokens[m.last_token].end
        assert text[token.start : m.start] in ("", "و", "ف", "ل", "ول", "لـ", "وَ")


@pytest.mark.parametrize("text", ["بالطبع", "وبالطبع"])
def test_matcher_clitic_inside_entry(text):
    """An entry that itself starts with a clitic letter (بالطبع) matches whole, and after و."""
    assert found(LexiconMatcher(["بالطبع"]), text) == [("بالطبع", "بالطبع")]


@pytest.mark.parametrize("word", ["وللرئيس", "بوتين", "والكرملين", "فلماكرون"])
def test_matcher_token_stems_start_with_token(word):
    stems = token_stems(fold(word), enclitics=False)
    assert stems[0] == (fold(word), 0, False)
    pre = [p for _, p, _ in stems]
    assert pre == sorted(pre)  # the shortest proclitic first
    assert all(fold(word).endswith(stem.removeprefix("ال")) for stem, _, _ in stems)


# ---------------------------------------------------------------------------------------------
# Enclitics


def test_matcher_enclitics_only_where_allowed():
    text = "ولخص مارك روته، أمين عام الحلف الأطلسي الوضع بقوله إن حلفاء أوكرانيا ينتظرون"  # 000
    assert found(LexiconMatcher(["قول"]), text) == []
    assert found(LexiconMatcher(["قول"], enclitics=[True]), text) == [("قوله", "قول")]


def test_matcher_enclitics_per_entry():
    """A name takes no pronoun: روت (004's spelling of Rutte) is not روته + nothing."""
    matcher = LexiconMatcher(["قول", "روت"], enclitics=[True, False])
    text = "ولخص مارك روته الوضع بقوله إن"
    assert found(matcher, text) == [("قوله", "قول")]


def test_matcher_enclitic_teh_marbuta():
    matcher = LexiconMatcher(["رغبة صادقة", "رغبة"], enclitics=[False, True])
    assert found(matcher, "أكد رغبته في السلام") == [("رغبته", "رغبة")]


def test_matcher_enclitics_on_multiword_last_word_only():
    matcher = LexiconMatcher(["قوة ردع"], enclitics=[True])
    assert found(matcher, "لديهم قوة ردعها") == [("قوة ردعها", "قوة ردع")]
    assert found(matcher, "لديهم قوتها ردع") == []


# ---------------------------------------------------------------------------------------------
# Multi-word entries, longest match


@pytest.mark.parametrize(
    "terms",
    [["الرئيس", "الرئيس الفرنسي"], ["الرئيس الفرنسي", "الرئيس"]],
    ids=["short-first", "long-first"],
)
def test_matcher_longest_match(terms):
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون يوم الخميس"
    assert found(LexiconMatcher(terms), text) == [("الرئيس الفرنسي", "الرئيس الفرنسي")]


def test_matcher_longest_match_title():
    """المتحدث باسم الكرملين is one title (docs/annotation.md), not a mention of الكرملين."""
    matcher = LexiconMatcher(["الكرملين", "المتحدث باسم الكرملين", "ماكرون"])
    text = "مع نظيره الفرنسي إيمانويل ماكرون، وفق ما صرح المتحدث باسم الكرملين لوكالة أنباء"
    assert found(matcher, text) == [("ماكرون", "ماكرون"), ("المتحدث باسم الكرملين", "المتحدث باسم الكرملين")]


def test_matcher_multiword_with_proclitic():
    matcher = LexiconMatcher(["الرئيس الفرنسي"])
    assert found(matcher, "وقال للرئيس الفرنسي") == [("لرئيس الفرنسي", "الرئيس الفرنسي")]


def test_matcher_matches_do_not_overlap():
    matcher = LexiconMatcher(["الرئيس الفرنسي", "الفرنسي إيمانويل ماكرون", "ماكرون"])
    matches = matcher.find_in("الرئيس الفرنسي إيمانويل ماكرون")
    assert [m.entry for m in matches] == [0, 2]
    assert all(a.end <= b.start for a, b in pairwise(matches))


def test_matcher_folding_variants():
    """Terms and text are folded alike: alef, hamza seats, teh marbuta, diacritics."""
    matcher = LexiconMatcher(["الولايات المتحدة", "رئيسة الوزراء", "الأمريكية"])
    text = "رئيسةُ الوزراء الإيطالية والولايات المتحده والامريكيّة"
    assert [e for _, e in found(matcher, text)] == ["رئيسة الوزراء", "الولايات المتحدة", "الأمريكية"]


# ---------------------------------------------------------------------------------------------
# What must not match


@pytest.mark.parametrize(
    "text",
    [
        "الرئيس، الفرنسي",  # punctuation between the words
        "الرئيس: الفرنسي",
        "الرئيس.الفرنسي",
        "الرئيس\nالفرنسي",  # a line break: a headline's last word and the next line's first
        "الرئيس (الفرنسي)",
    ],
)
def test_matcher_no_match_across_punctuation(text):
    matcher = LexiconMatcher(["الرئيس الفرنسي"])
    assert found(matcher, text) == []


def test_matcher_no_match_across_punctuation_falls_back():
    matcher = LexiconMatcher(["كييف أوكرانيا", "كييف"])
    assert found(matcher, "كييف ، أوكرانيا (AP)-قال الرئيس الفرنسي") == [("كييف", "كييف")]  # 004


@pytest.mark.parametrize(
    "entry, text",
    [
        ("روت", "ووصل المبعوث إلى بيروت"),
        ("روت", "البروتوكولات الأمنية"),  # 001
        ("قال", "مقالات ذات صلة"),  # 000
        ("ماكرون", "الماكرونية"),
        ("دان", "في لندن والسودان"),
        ("أمن", "ضمانات الأمنية"),
        ("روسيا", "الروسية"),
        ("بوتين", "البوتينية"),
    ],
)
def test_matcher_no_partial_word(entry, text):
    assert found(LexiconMatcher([entry]), text) == []


def test_matcher_invariants_on_seeds():
    """Over every seed, each match reads as its entry once proclitics (and enclitics) are off."""
    terms = ["ماكرون", "زيلينسكي", "بوتين", "ترمب", "ترامب", "أوكرانيا", "روسيا", "الكرملين", "الرئيس الفرنسي",
             "الرئيس الأوكراني", "الولايات المتحدة", "تحالف الراغبين", "قال", "أكد", "أضاف", "قد", "نحو"]
    matcher = LexiconMatcher(terms)
    total = 0
    for text in SEED_TEXTS.values():
        tokens = word_tokens(text)
        for m in matcher.find_in(text):
            entry = terms[m.entry]
            words = [text[m.start : tokens[m.first_token].end]] + [t.text for t in tokens[m.first_token + 1 : m.last_token + 1]]
            assert (tokens[m.last_token].end, len(words)) == (m.end, len(entry.split()))
            assert [fold(w) for w in words[1:]] == [fold(w) for w in entry.split()[1:]]
            first = fold(words[0])
            assert first == fold(entry.split()[0]) or (fold(entry.split()[0]) == "ال" + first[1:] and first[0] == "ل")
            assert tokens[m.first_token].end >= m.start >= tokens[m.first_token].start
            total += 1
    assert total > 100


def test_matcher_equal_terms_kept_once():
    matcher = LexiconMatcher(["أوكرانيا", "اوكرانيا"])
    assert [m.entry for m in matcher.find_in("دعم أوكرانيا")] == [0]
    assert len(matcher) == 2


def test_matcher_enclitics_flags_length():
    with pytest.raises(ValueError):
        LexiconMatcher(["قال", "أكد"], enclitics=[True])


def test_document_matches_share_token_texts_and_equal_find_in():
    """Document.matches gives each matcher the tokens' texts computed once; the matches are those
    of the matcher on the text alone, for every bundled matcher and every seed."""
    from framing.pipeline import Analyzer
    from framing.text import Document

    matchers = Analyzer().matchers()
    assert len(matchers) == 7
    for name, text in SEED_TEXTS.items():
        doc = Document(name, text)
        for matcher in matchers:
            assert doc.matches(matcher) == matcher.find_in(text)
    assert sum(len(doc.matches(m)) for m in matchers) > 100


def test_matcher_equal_length_entries_first_in_lexicon_wins():
    """Two entries of the same length match the same words, one through its pronoun: the first in
    the lexicon's order wins, whichever it is."""
    text = "وأكد دعم موقفه الثابت"
    assert [m.entry for m in LexiconMatcher(["دعم موقف", "دعم موقفه"], enclitics=[True, False]).find_in(text)] == [0]
    assert [m.entry for m in LexiconMatcher(["دعم موقفه", "دعم موقف"], enclitics=[False, True]).find_in(text)] == [0]


def test_matcher_falls_back_to_the_shorter_entry_a_longer_one_begins_with():
    matcher = LexiconMatcher(["الرئيس الفرنسي", "الرئيس الفرنسي إيمانويل ماكرون"])
    assert found(matcher, "قال الرئيس الفرنسي إيمانويل بونتان") == [("الرئيس الفرنسي", "الرئيس الفرنسي")]
    assert found(matcher, "قال الرئيس الفرنسي إيمانويل ماكرون") == [
        ("الرئيس الفرنسي إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون")]


def test_lexicon_set_equals_each_matcher_alone():
    """One pass of every bundled matcher together gives each matcher's own matches, and the folded
    forms of its memo are fold's, on the seeds and the development sets."""
    from conftest import REPO_ROOT
    from framing.matcher import LexiconSet
    from framing.pipeline import Analyzer

    matchers = Analyzer().matchers()
    together = LexiconSet(matchers)
    texts = list(SEED_TEXTS.values()) + [p.read_text(encoding="utf-8") for name in ("events", "events2", "events3")
                                         for p in sorted((REPO_ROOT / "tests" / "fixtures" / name).glob("*.txt"))]
    total = 0
    for text in texts:
        tokens = word_tokens(text)
        table = together.analyse([t.text for t in tokens])
        assert [folded for folded, _ in table] == [fold(t.text) for t in tokens]
        each = together.find(text, tokens, table)
        assert each == [m.find_in(text) for m in matchers]
        total += sum(map(len, each))
    assert len(texts) > 10 and total > 1000


def test_multiword_entry_ending_in_ta_marbuta_takes_a_pronoun_after_ta():
    # a multi-word entry whose last noun ends in ة is written with ت before a pronoun, as one-word
    # entries are (وجهة نظر → وجهة نظره; في رواية → في روايته)
    m = LexiconMatcher(["في رواية", "على حد تعبير"], enclitics=[True, True])
    assert [x.entry for x in m.find_in("وفي روايتها للأحداث")] == [0]
    assert [x.entry for x in m.find_in("على حد تعبيره")] == [1]
    assert m.find_in("في روايات كثيرة") == []
