"""Sources of sentiment (who evaluates): real news sentences of the development sets, (source,
target, polarity) of the evaluations a cue yields."""

from __future__ import annotations

import pytest

from framing.sentiment.roles import evaluations


def sources(text: str, cue: str, date: str = "2024-01-01") -> list[tuple[str, str, str]]:
    """(source, target, polarity) of each evaluation whose cue is ``cue``."""
    return [(source, target, polarity) for source, target, polarity, c in evaluations(text, date=date) if c == cue]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # appreciation expressed in the author's voice is the expresser's: the subject between the verb
    # and the feeling, or the subject before the verb
    ("18:45 | أعربت وزيرة الخزانة الأميركية جانيت يلين، خلال لقائها الوفد العراقي، عن تقديرها لـ\"الجهود الجادة\" "
     "التي يبذلها البنك المركزي العراقي.", "عن تقديرها", [("unknown:جانيت يلين", "unknown:البنك المركزي العراقي", "positive")]),
    ("أما السيد المنفي فأعرب عن تقديره لـ\"الموقف الثابت\" للجزائر وتونس.", "أعرب عن تقديره",
     [("السيد المنفي", "Algeria", "positive"), ("السيد المنفي", "Tunisia", "positive")]),
    # ... but "our appreciation" is the voice it is said in
    ("وقال الوزير: \"نعرب عن تقديرنا لمصر\".", "عن تقديرنا", [("الوزير", "Egypt", "positive")]),
])
def test_sentiment_source_of_expressed_gratitude(text, cue, expected):
    assert sources(text, cue) == expected


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a speech act whose subject, inside a quote, is the speaker's own state is said in his voice
    ("ونقلت وكالة «إرنا» الإيرانية عن وزير الخارجية عباس عراقجي قوله إن طهران «تثمّن موقف بريكس الرافض للعدوان».",
     "تثمّن", "Abbas Araghchi"),
    # another state is its own source
    ("وقال وزير الخارجية الإيراني عباس عراقجي إن قطر «تثمّن» موقف بريكس.", "تثمّن", "Qatar"),
])
def test_sentiment_speaker_voices_his_state(text, cue, source):
    assert {s for s, _, _ in sources(text, cue)} == {source}


@pytest.mark.parametrize(("text", "cue", "source"), [
    # the author's gloss on reported words (علماً أن، في إشارة إلى، وذلك غداة) is the outlet's
    ("وقال أدرعي إن الغارة استهدفت \"عنصرين في حزب الله\"، علماً أن الخروقات الإسرائيلية تجاوزت 4 آلاف خرق.",
     "الخروقات", "author"),
    ("وتابع الرئيس أن الانتخابات جرت في ظروف إقليمية بالغة الصعوبة، في إشارة إلى العدوان الإسرائيلي المستمر على "
     "قطاع غزة.", "العدوان", "author"),
    # ... but inside quotation marks it is the speaker's
    ("وقال الرئيس إن \"الانتخابات جرت في ظروف صعبة، في إشارة إلى العدوان الإسرائيلي\".", "العدوان", "الرئيس"),
])
def test_sentiment_author_aside_in_a_quote(text, cue, source):
    assert {s for s, _, _ in sources(text, cue)} == {source}
