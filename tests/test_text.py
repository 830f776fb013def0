"""framing.text: normalisation, word tokens, sentences and quotation-mark spans, on the seeds."""

from __future__ import annotations

import unicodedata
import warnings
from itertools import pairwise

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED_FILES, SEED_IDS
from framing.errors import FramingWarning
from framing.text import count_words, fold, normalize_ar, quote_mark_spans, sentence_spans, word_tokens

STEPS = ("unicode", "dediac", "alef", "alef_maksura", "teh_marbuta", "tatweel", "hamza")
SEED_TEXTS = {f.stem: f.read_text(encoding="utf-8") for f in SEED_FILES}
SEED_TOKENS = sorted({t.text for text in SEED_TEXTS.values() for t in word_tokens(text)})


def only(step: str) -> dict[str, bool]:
    return {s: s == step for s in STEPS}


def all_but(step: str) -> dict[str, bool]:
    return {s: s != step for s in STEPS}


# ---------------------------------------------------------------------------------------------
# normalize_ar and fold

# (step, a word of the seeds, the word with only that step applied, the character the step removes)
STEP_EXAMPLES = [
    ("unicode", unicodedata.normalize("NFD", "آخر"), "آخر", "\u0653"),  # decomposed madda, composed
    ("dediac", "قوّاته", "قواته", "\u0651"),
    ("dediac", "اجتماعاً", "اجتماعا", "\u064b"),
    ("dediac", "سيليِنا", "سيلينا", "\u0650"),
    ("tatweel", "لـترمب", "لترمب", "\u0640"),
    ("alef", "الإيجابية", "الايجابية", "إ"),
    ("alef", "أوكرانيا", "اوكرانيا", "أ"),
    ("alef", "آمنين", "امنين", "آ"),
    ("alef_maksura", "على", "علي", "ى"),
    ("teh_marbuta", "دولة", "دوله", "ة"),
    ("hamza", "الرئيسان", "الرييسان", "ئ"),
    ("hamza", "مؤتمرهما", "موتمرهما", "ؤ"),
]


@pytest.mark.parametrize("step, word, expected, removed", STEP_EXAMPLES)
def test_text_normalize_step_alone(step, word, expected, removed):
    assert removed in word
    assert normalize_ar(word, **only(step)) == expected


@pytest.mark.parametrize("step, word, expected, removed", STEP_EXAMPLES)
def test_text_normalize_step_switched_off(step, word, expected, removed):
    """With one step off, the others still run and that step's character survives."""
    out = normalize_ar(word, **all_but(step))
    assert removed in out
    assert out != normalize_ar(word)


def test_text_normalize_all_off_is_identity():
    for text in SEED_TEXTS.values():
        assert normalize_ar(text, **{s: False for s in STEPS}) == text


@pytest.mark.parametrize(
    "step, camel",
    [
        ("unicode", normalize_unicode),
        ("dediac", dediac_ar),
        ("alef", normalize_alef_ar),
        ("alef_maksura", normalize_alef_maksura_ar),
        ("teh_marbuta", normalize_teh_marbuta_ar),
    ],
)
@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_normalize_wraps_camel_tools(step, camel, article_id):
    text = SEED_TEXTS[article_id]
    assert normalize_ar(text, **only(step)) == camel(text)


ARABIC_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),  # Arabic, with its marks
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),  # presentation forms A
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),  # presentation forms B
        st.sampled_from(list(" \n.،«»“”\"abcXYZ019")),
    ),
    max_size=40,
)
# letters the steps fold, next to the combining madda and hamzas that Unicode composes with them
FOLDABLE_TEXT = st.text(alphabet="اأإآٱىيئؤوةهـ\u0653\u0654\u0655\u064b\u0651ﻻ ", max_size=12)
ARABIC_TEXT = ARABIC_TEXT | FOLDABLE_TEXT | st.lists(st.sampled_from(SEED_TOKENS), max_size=6).map(" ".join)
FLAGS = st.fixed_dictionaries({s: st.booleans() for s in STEPS})


@settings(max_examples=1000)
@given(ARABIC_TEXT, FLAGS)
def test_text_normalize_idempotent(text, flags):
    once = normalize_ar(text, **flags)
    assert normalize_ar(once, **flags) == once


def test_text_normalize_idempotent_composed_hamza():
    """ي + a combining hamza: the first pass must not leave something Unicode composes again."""
    for text in ("ي\u0654", "أ\u0654", "ى\u0654", "و\u0640\u0654"):
        once = normalize_ar(text)
        assert normalize_ar(once) == once
        assert fold(text) == once


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_fold_agrees_with_normalize_ar_on_seeds(article_id):
    tokens = {t.text for t in word_tokens(SEED_TEXTS[article_id])}
    disagree = {t: (fold(t), normalize_ar(t)) for t in tokens if fold(t) != normalize_ar(t)}
    assert not disagree


@given(ARABIC_TEXT)
def test_text_fold_agrees_with_normalize_ar(text):
    assert fold(text) == normalize_ar(text)


# ---------------------------------------------------------------------------------------------
# Word tokens


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_word_tokens_offsets(article_id):
    text = SEED_TEXTS[article_id]
    tokens = word_tokens(text)
    assert tokens and count_words(text) == len(tokens)
    previous_end = 0
    letters_outside = []
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
        assert previous_end <= tok.start < tok.end
        assert not any(unicodedata.category(ch).startswith(("P", "Z")) for ch in tok.text)
        letters_outside += [ch for ch in text[previous_end : tok.start] if ch.isalnum()]
        previous_end = tok.end
    letters_outside += [ch for ch in text[previous_end:] if ch.isalnum()]
    assert not letters_outside  # no letter or digit is dropped


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_word_tokens_match_camel_tools(article_id):
    for line in SEED_TEXTS[article_id].splitlines():
        camel = [w for w in simple_word_tokenize(line) if any(ch.isalnum() for ch in w)]
        assert [t.text for t in word_tokens(line)] == camel


@pytest.mark.parametrize(
    "text, expected",
    [
        ("الممثل الشخصي لـترمب.", ["الممثل", "الشخصي", "لـترمب"]),
        ("مجموعة الـ26 دولة", ["مجموعة", "الـ26", "دولة"]),
        ("أطلق مجهولون طائرة مسيَّرة", ["أطلق", "مجهولون", "طائرة", "مسيَّرة"]),
        ("يقول Macron و Zelenskyy منا", ["يقول", "Macron", "و", "Zelenskyy", "منا"]),
    ],
)
def test_text_word_tokens_examples(text, expected):
    assert [t.text for t in word_tokens(text)] == expected


# ---------------------------------------------------------------------------------------------
# Sentences


def sentences(text):
    return [s.text for s in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "الاجتماع، كما كان مقرراً، جاء «هجيناً»؛ إذ شارك فيه، حضورياً سبع رؤساء دول وحكومات.",
            ["الاجتماع، كما كان مقرراً، جاء «هجيناً»؛", "إذ شارك فيه، حضورياً سبع رؤساء دول وحكومات."],
            id="semicolon",
        ),
        pytest.param(
            "هل ستشمل الضمانات «تعهدات ملزمة»؟ روسيا لا تريد السلام! وقال ويتكوف بعد القمة",
            ["هل ستشمل الضمانات «تعهدات ملزمة»؟", "روسيا لا تريد السلام!", "وقال ويتكوف بعد القمة"],
            id="question-exclamation",
        ),
        pytest.param(
            "مراقبة وقف إطلاق النار\nوذكر بيان لقادة التحالف أيضاً أن الحلفاء سيشاركون في آلية مقترحة.",
            ["مراقبة وقف إطلاق النار", "وذكر بيان لقادة التحالف أيضاً أن الحلفاء سيشاركون في آلية مقترحة."],
            id="line-break",
        ),
        pytest.param(
            "وأعلنت روسيا أنها لن تقبل وجود قوات من دول الناتو على الأراضي الأوكرانية.وجاء في المسودة",
            ["وأعلنت روسيا أنها لن تقبل وجود قوات من دول الناتو على الأراضي الأوكرانية.", "وجاء في المسودة"],
            id="missing-space",
        ),
        pytest.param(
            "ساهم مراسلو أسوشيتد برس من جميع أنحاء العالم في هذا التقرير.أعلنت روسيا يوم الخميس",
            ["ساهم مراسلو أسوشيتد برس من جميع أنحاء العالم في هذا التقرير.", "أعلنت روسيا يوم الخميس"],
            id="missing-space-004",
        ),
        pytest.param(
            "وأضاف: «تسير المناقشات على نحو بناء. بدأت في وقت سابق وستستمر اليوم، وستستمر غداً أيضاً».",
            ["وأضاف: «تسير المناقشات على نحو بناء.", "بدأت في وقت سابق وستستمر اليوم، وستستمر غداً أيضاً»."],
            id="closing-mark",
        ),
    ],
)
def test_text_sentence_boundaries(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "استفاد الرئيس ترمب من الاتصال الأوروبي بعد ظهر الخميس لتذكير هؤلاء بأن عليهم أن يتوقفوا عن شراء"
            " النفط الروسي الذي يؤمّن نحو 1.1 مليار دولار لموسكو، ويسهم في تمويل المجهود الحربي الروسي.",
            id="decimal-000",
        ),
        pytest.param(
            "أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي في عام واحد ،"
            " وفقًا لمسؤول في البيت الأبيض.",
            id="decimal-004",
        ),
        pytest.param(
            "الرئيسان الفرنسي إيمانويل ماكرون والأوكراني فولوديمير زيلينسكي خلال مشاركتهما الخميس بقصر"
            " الإليزيه في قمة «تحالف الراغبين» (د.ب.أ)",
            id="dpa",
        ),
        pytest.param(
            "أسقطت الدفاعات الجوية الأوكرانية طائرة روسية مسيرة فوق كييف خلال غارات جوية مكثفة بالطائرات"
            " المسيرة والصواريخ على أوكرانيا (أ.ف.ب)",
            id="afp",
        ),
        pytest.param("الرئيس الروسي فلاديمير بوتين (إ.ب.أ)", id="epa"),
    ],
)
def test_text_sentence_not_split_inside(text):
    assert sentences(text) == [text]


def test_text_sentence_abbreviation_then_sentence():
    text = "الرئيس الروسي فلاديمير بوتين (إ.ب.أ) قال. وأضاف زيلينسكي"
    assert sentences(text) == ["الرئيس الروسي فلاديمير بوتين (إ.ب.أ) قال.", "وأضاف زيلينسكي"]


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_sentence_spans_cover_tokens(article_id):
    text = SEED_TEXTS[article_id]
    spans = sentence_spans(text)
    assert all(text[s.start : s.end] == s.text == s.text.strip() for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert all("\n" not in s.text for s in spans)
    for tok in word_tokens(text):  # every word sits inside exactly one sentence
        assert sum(s.start <= tok.start and tok.end <= s.end for s in spans) == 1


@given(st.lists(st.sampled_from(SEED_TOKENS + [".", "؟", "!", "؛", "\n", "»", "1.1", "(د.ب.أ)"]), max_size=30).map(" ".join))
def test_text_sentence_spans_property(text):
    spans = sentence_spans(text)
    assert all(text[s.start : s.end] == s.text and s.text == s.text.strip() for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    inside = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in inside for t in word_tokens(text) for i in range(t.start, t.end))


# ---------------------------------------------------------------------------------------------
# Quotation marks


def quoted(text, **kwargs):
    return [(text[slice(*q.inner)], q.open_mark, q.closed) for q in quote_mark_spans(text, **kwargs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "أن الضمانات الأمنية لأوكرانيا ستشمل «تعهدات ملزمة» لدعم البلاد",
            [("تعهدات ملزمة", "«", True)],
            id="guillemets",
        ),
        pytest.param(
            "وجاء هذا التعهد في باريس خلال قمة “تحالف الراغبين” الذي يتكون في معظمه من دول أوروبية",
            [("تحالف الراغبين", "“", True)],
            id="curly",
        ),
        pytest.param(
            'وجاء هذا التعهد في باريس خلال قمة "تحالف الراغبين" الذي يتكون في معظمه من دول أوروبية',
            [("تحالف الراغبين", '"', True)],
            id="straight",
        ),
        pytest.param(
            'إن الاتفاقيات "دليل على مدى جدية أوروبا" و"تحالف الراغبين"',
            [("دليل على مدى جدية أوروبا", '"', True), ("تحالف الراغبين", '"', True)],
            id="straight-twice",
        ),
        pytest.param(
            "«قمة باريس: “تحالف الراغبين” يضع اللمسات الأخيرة»",
            [("قمة باريس: “تحالف الراغبين” يضع اللمسات الأخيرة", "«", True), ("تحالف الراغبين", "“", True)],
            id="nested",
        ),
    ],
)
def test_text_quote_mark_spans(text, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error", FramingWarning)
        assert quoted(text) == expected


def test_text_quote_mark_spans_nested_order():
    text = "«قمة باريس: “تحالف الراغبين” يضع اللمسات الأخيرة»"
    outer, inner = quote_mark_spans(text)
    assert outer.start < inner.start < inner.end < outer.end
    assert (text[outer.start], text[outer.end - 1]) == ("«", "»")


def test_text_quote_mark_unclosed_in_seed_000():
    raw = SEED_TEXTS[SEED_IDS[0]]
    line = next(line for line in raw.splitlines() if "«لذا" in line)
    with pytest.warns(FramingWarning, match=r"^000: unbalanced quotation mark « at character \d+"):
        spans = quote_mark_spans(line, source="000")
    assert [(line[slice(*q.inner)], q.closed) for q in spans] == [
        ("أعرب عن استعداده للانخراط في حوار مع ماكرون", True),
        (line[line.index("«لذا") + 1 :], False),  # runs to the end of its line
    ]
    with pytest.warns(FramingWarning, match="unbalanced"):
        whole = quote_mark_spans(raw)
    unclosed = [q for q in whole if not q.closed]
    assert len(unclosed) == 1
    assert raw[unclosed[0].start : unclosed[0].end] == line[line.index("«لذا") :]


def test_text_quote_mark_stray_closing():
    text = "ماكرون» قال إن «الضمانات الأمنية متينة»"
    with pytest.warns(FramingWarning, match="unbalanced quotation mark »"):
        assert quoted(text) == [("الضمانات الأمنية متينة", "«", True)]


def test_text_quote_marks_do_not_cross_lines():
    text = "وأضاف «ستستعد أوكرانيا لكلا السيناريوهين\nأوكرانيا ترغب في السلام»."
    with pytest.warns(FramingWarning):
        spans = quote_mark_spans(text)
    assert [(q.start, q.closed) for q in spans] == [(text.index("«"), False)]
    assert "\n" not in text[spans[0].start : spans[0].end]


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_text_quote_mark_spans_on_seeds(article_id):
    text = SEED_TEXTS[article_id]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)
        spans = quote_mark_spans(text)
    assert spans
    for q in spans:
        if q.closed:
            assert text[q.start] == q.open_mark and text[q.end - 1] in "»”\"“›❞"
        assert "\n" not in text[q.start : q.end]
