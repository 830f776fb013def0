"""Clear evaluations the rules used to miss on the development sets (issue 17, recall): sentences of
the genre in, the evaluation out; each test names the rule unit that finds it."""

from __future__ import annotations

import pytest

from framing.sentiment.roles import evaluations


def _targets(text: str, cue: str) -> list[tuple[str, str]]:
    return [(target, polarity) for _, target, polarity, c in evaluations(text) if c == cue]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # vocabulary.GROUP_ANAPHOR_HEADS: a bare class noun of a force or a body stands for the one named before
    ("سيطرت قوات الدعم السريع على الفاشر. غير أن شبكة أطباء السودان أفادت بأن عناصر من الدعم السريع "
     "ارتكبوا مجزرة، متهمة القوات بتصفية الجرحى.", "متهمة", ("Rapid Support Forces", "negative")),
    ("قالت قوات الدعم السريع إن الدعوى محاولة يائسة من قيادة الجيش السوداني، متهمةً الجيش بارتكاب جرائم حرب.",
     "متهمةً", ("Sudanese Armed Forces", "negative")),
])
def test_a_bare_force_noun_stands_for_the_force_named_before(text, cue, expected):
    assert expected in _targets(text, cue)


def test_a_bare_council_named_by_two_councils_stands_for_neither():
    import pandas as pd

    from framing.actors import find_mentions
    from framing.sentiment import anaphor_heads, class_anaphors
    from framing.text import Document

    def anaphors(text):
        articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-01-06"], "text": [text]})
        found = class_anaphors(Document("a", text), find_mentions(articles).to_dict("records"), anaphor_heads())
        return [m["actor_id"] for m in found if m["surface"] == "المجلس"]

    one = "قال المتحدث باسم المجلس الأعلى للدولة إن وفده جاء دون شروط. ونفى وجود أي انقسام داخل المجلس."
    two = ("قال المتحدث باسم المجلس الأعلى للدولة إن وفده جاء دون شروط، متهماً مجلس النواب الليبي بالمماطلة. "
           "ونفى وجود أي انقسام داخل المجلس.")
    assert anaphors(one) == ["High Council of State (Libya)"]
    assert anaphors(two) == []


def test_the_rebel_militia_is_a_label_of_the_armed_group_named_before():
    # labels.tsv, position back: الميليشيا المتمردة
    text = "هاجمت قوات الدعم السريع المدينة. وشدد الوزير على ضرورة «خروج الميليشيا المتمردة من المدن»."
    assert ("Rapid Support Forces", "negative") in _targets(text, "الميليشيا المتمردة")


def test_an_act_of_harm_in_a_relative_clause_with_a_pronoun_subject():
    # predicates._implicit_relative_subject: الفظائع التي يرتكبها -> the clause's subject
    text = "وقالت المتحدثة إن الجيش السوداني يحاول صرف الأنظار عن الفظائع التي يرتكبها في دارفور."
    assert ("Sudanese Armed Forces", "negative") in _targets(text, "الفظائع")
    assert _targets("الجيش السوداني يحاول صرف الأنظار عن الفظائع التي ترتكبها الميليشيات.", "الفظائع") == []


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # merits._quoted_after_li: a quoted merit after a noun of appreciation and لـ
    ('وأعرب الرئيس الليبي محمد المنفي عن تقديره لـ"الموقف الثابت" للجزائر وتونس إزاء الأزمة الليبية.',
     "الموقف الثابت", ("Tunisia", "positive")),
    # merits.heads_a_name: the subject's head in construct is no ب complement
    ('وأشادت بعثة الاتحاد الأوروبي لمراقبة الانتخابات بـ"الأداء المهني" للهيئة المستقلة للانتخاب.',
     "الأداء المهني", ("Independent Election Commission (Jordan)", "positive")),
])
def test_a_quoted_merit_takes_the_target_of_the_praise(text, cue, expected):
    assert expected in _targets(text, cue)
