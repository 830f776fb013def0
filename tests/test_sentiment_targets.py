"""Targets that follow the sentence's structure: a news sentence in, (source, target) of the act out."""

from __future__ import annotations

import pytest

from framing.sentiment.roles import evaluations


def pairs(text: str, cue: str) -> list[tuple[str, str]]:
    """(source, target) of each evaluation whose cue is ``cue``."""
    return [(source, target) for source, target, _, c in evaluations(text, date="2024-01-01") if c == cue]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a title and its office before the subject's name: he congratulates, the others are congratulated
    ("وهنأ رئيس الوزراء ماكرون زيلينسكي بنجاح المؤتمر.", "هنأ", [("Emmanuel Macron", "Volodymyr Zelenskyy")]),
    # the head of a body before its state: the body praises, the actor after ب is praised
    ("وأشادت حكومة قطر بالدور الذي تقوم به مصر.", "أشادت", [("Qatar", "Egypt")]),
    ("وهنأت حكومة قطر الرئيس بوتين بفوزه.", "هنأت", [("Qatar", "Vladimir Putin")]),
    # a resumptive pronoun after the verb: the subject follows it
    ("في وقت يتهم فيه مسؤولون فلسطينيون حكومة نتنياهو بعرقلة إدخال المساعدات.", "يتهم",
     [("State of Palestine", "Benjamin Netanyahu")]),
])
def test_sentiment_speech_act_subject_is_no_target(text, cue, expected):
    assert pairs(text, cue) == expected


def test_sentiment_list_goes_on_through_a_first_name_outside_the_mention():
    targets = {t for _, t in pairs("وأشاد بالمرشحين ماكرون وعبد زيلينسكي.", "أشاد")}
    assert targets == {"Emmanuel Macron", "Volodymyr Zelenskyy"}


@pytest.mark.parametrize(("text", "cue", "target"), [
    # the described object: an indefinite head in the construct state, past a long subject name
    ("ووصف الرئيس التركي رجب طيب أردوغان صمت الدول الغربية إزاء ما يحدث بأنه «وصمة عار».", "وصمة عار", "the West"),
    # a possessive pronoun that cannot be the (feminine) subject's: the one named before
    ("وهنأ الملك سلمان الرئيس السيسي، فيما وصفت أبوظبي فوزه بأنه «تجديد للثقة في قيادة حكيمة».", "حكيمة",
     "Abdel Fattah el-Sisi"),
])
def test_sentiment_described_object(text, cue, target):
    assert [t for _, t in pairs(text, cue)] == [target]


def test_sentiment_possessed_body_stands_for_the_subject_before():
    text = "وزار نتنياهو واشنطن أمس، في وقت يتهم فيه مسؤولون فلسطينيون حكومته بعرقلة إدخال المساعدات."
    assert pairs(text, "يتهم") == [("State of Palestine", "Benjamin Netanyahu")]
