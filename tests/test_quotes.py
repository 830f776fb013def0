"""framing.quotes: every cue form, every speaker position and type, verb classes, kinds, names in
quotation marks, content spans, and the quote table of the seeds."""

from __future__ import annotations

import csv
import io
import warnings
from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_IDS
from framing.actors import find_mentions, load_gazetteer
from framing.cli import main
from framing.quotes import _Context, find_quotes, load_quote_resources
from framing.text import Document, sentence_spans

A000, A001, A002, A003, A004 = SEED_IDS
SEPT_2025 = "2025-09-04"
JAN_2026 = "2026-01-06"
DOCUMENTED_COLUMNS = [
    "article_id", "quote_id", "speaker", "speaker_id", "speaker_type", "cue", "cue_start", "cue_end",
    "verb_class", "kind", "text", "start", "end", "sentence_id", "attribution", "form",
]

# Sentences of the seeds used by several tests
MACRON_000 = ("وفي بداية لقاء الإليزيه، قال ماكرون إنه «سيسمح بوضع اللمسات الأخيرة على الضمانات الأمنية المتينة"
              " التي ستقدم لأوكرانيا».")
MACRON_PARAGRAPH_000 = (
    MACRON_000 + " وكان قد أعلن، مساء الأربعاء، أن «أوروبا جاهزة للمرة الأولى عند هذا المستوى من الانخراط والقوة»"
    " لدعم أوكرانيا، مضيفاً أن «العمل التحضيري» الذي قام به قادة الأركان الأوروبيون ووزراء الدفاع قد «أنجز»،"
    " وأنه «سيعتمد سياسياً» خلال الاجتماع."
)
STATEMENT_001 = (
    "وجاء في بيان القادة “قد تشمل هذه الالتزامات استخدام القدرات العسكرية والدعم الاستخباراتي واللوجستي"
    " والمبادرات الدبلوماسية وتبني عقوبات إضافية”، مضيفاً أنهم “سيضعون الآن اللمسات الأخيرة على الالتزامات الملزمة”."
)
WITKOFF_001 = (
    "وقال ويتكوف عقب القمة إن الرئيس دونالد ترمب “يدعم بقوة البروتوكولات الأمنية”. وأضاف: “هذه البروتوكولات"
    " الأمنية تهدف إلى ردع أي هجمات أخرى في أوكرانيا… وإذا كانت هناك أي هجمات، فهي (البروتوكولات) تهدف إلى"
    " الدفاع، وستقوم بالأمرين معاً. إنها أقوى مما رآه أي شخص على الإطلاق”."
)
ZELENSKYY_004 = (
    "وقال الرئيس الأوكراني إن هناك حاجة إلى اجتماع مع بوتين. “هذه ليست مسألة رغبة ، هذه مسألة ضرورة” ، قال زيلنسكي."
    " “نحن ندعم أي تنسيق ، اجتماع ثنائي ، اجتماع ثلاثي ، أعتقد أن روسيا تفعل كل شيء لتأجيله”."
)
STARMER_002 = ("ستارمر أكد أن التحالف يملك “تعهدًا غير قابل للكسر تجاه أوكرانيا”، معلنًا أن بعض الدول الأعضاء"
               " ستزود كييف بصواريخ بعيدة المدى لتعزيز قدراتها الدفاعية.")
ESTONIA_002 = "إستونيا: كريستن ميشال قال إن “ضمانات الأمن يجب أن يحددها مقدّموها وطالبوها، وليس روسيا”."
OFFICIAL_003 = ("وقال مسؤول أوروبي رفيع المستوى إن هناك أملاً في أن يسهم ترسيخ ضمانات التحالف في تعزيز التزامات"
                " الولايات المتحدة، والتي تم تحديدها على نطاق واسع في المناقشات الثنائية مع أوكرانيا.")
LEADERS_004 = ("وقال القادة الأوروبيون – الذين انضموا إلى الاجتماع تقريبًا – إن الرئيس الروسي فلاديمير بوتين يجب أن"
               " يعمل الآن من أجل إنهاء القتال ، واقترحت الحكومة الألمانية عقوبات أوروبية على روسيا ستزداد إذا جرت"
               " موسكو أقدامها.")


@pytest.fixture(scope="module")
def resources():
    return load_quote_resources(gazetteer=load_gazetteer())


def article(text: str, date: str | None = SEPT_2025) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["t"], "date": [date], "text": [text]})


@pytest.fixture(scope="module")
def quotes_of(resources):
    def find(text: str, date: str | None = SEPT_2025) -> pd.DataFrame:
        articles = article(text, date)
        return find_quotes(articles, find_mentions(articles, resources.gazetteer), resources)

    return find


def one(quotes: pd.DataFrame, **where) -> pd.Series:
    """The single quote whose columns have the given values."""
    rows = quotes
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, (where, quotes[["cue", "speaker", "text"]].values.tolist())
    return rows.iloc[0]


# ---------------------------------------------------------------------------------------------
# The table


def test_quotes_columns(quotes_of):
    quotes = quotes_of(MACRON_000)
    assert quotes.columns.tolist() == DOCUMENTED_COLUMNS
    assert quotes["quote_id"].tolist() == ["q1"]


def test_quotes_none_in_plain_narration(quotes_of):
    quotes = quotes_of("لم يكن هناك رد فعل فوري من المسؤولين الروس.")
    assert quotes.empty
    assert quotes.columns.tolist() == DOCUMENTED_COLUMNS


def test_quotes_find_quotes_computes_mentions_when_omitted(resources):
    articles = article(MACRON_000)
    with_mentions = find_quotes(articles, find_mentions(articles, resources.gazetteer), resources)
    pd.testing.assert_frame_equal(find_quotes(articles, resources=resources), with_mentions)


# ---------------------------------------------------------------------------------------------
# Cue forms


@pytest.mark.parametrize(
    "text, cue, speaker_id",
    [
        pytest.param(MACRON_000, "قال", "Emmanuel Macron", id="qala"),
        pytest.param("وقالت الشرطة إن الحادثة تخضع الآن للتحقيق.", "قالت", "", id="qalat"),
        pytest.param("على الرغم من أن تفاصيل أي مشاركة أمريكية في ضمانات الأمن لا تزال غير واضحة ، إلا أن كل من"
                     " ماكرون وزيلينسكي قالوا إن واشنطن أعربت عن استعدادها لأن تكون جزءًا من الخطة.",
                     "قالوا", "Emmanuel Macron|Volodymyr Zelenskyy", id="qalu"),
        pytest.param("يقول ماكرون إن أوروبا جاهزة للمرة الأولى عند هذا المستوى من الانخراط والقوة.",
                     "يقول", "Emmanuel Macron", id="yaqulu"),
        pytest.param("أكدت الإدارة الأمريكية مراراً وتكراراً أن على أوروبا أن تتحمل مسؤولية أكبر من أمن أوكرانيا في"
                     " المستقبل.", "أكدت", "United States", id="akkadat"),
        pytest.param("وأعلنت روسيا أنها لن تقبل وجود قوات من دول الناتو على الأراضي الأوكرانية.",
                     "أعلنت", "Russia", id="aalanat"),
    ],
)
def test_quotes_cue_verb_in_any_person(quotes_of, text, cue, speaker_id):
    quote = one(quotes_of(text), cue=cue)
    assert quote["speaker_id"] == speaker_id
    assert text[quote["cue_start"] : quote["cue_end"]] == cue


@pytest.mark.parametrize(
    "text, cue, speaker_id, content",
    [
        pytest.param(MACRON_PARAGRAPH_000, "مضيفاً", "Emmanuel Macron",
                     "«العمل التحضيري» الذي قام به قادة الأركان الأوروبيون ووزراء الدفاع قد «أنجز»، وأنه «سيعتمد سياسياً»"
                     " خلال الاجتماع", id="mudifan"),
        pytest.param("وامتنع ماكرون عن توفير تفاصيل حول طبيعة هذه المساهمات وكيفية توزعها، مؤكداً أنه تم التوصل إليها"
                     " من خلال عمل دقيق لقادة أركان الجيوش الأوروبية.", "مؤكداً", "Emmanuel Macron",
                     "تم التوصل إليها من خلال عمل دقيق لقادة أركان الجيوش الأوروبية", id="muakkidan"),
        pytest.param("كذلك، فإن تصريح بوتين من بكين، الأربعاء، حيث أعلن أن بلاده «ستحقّق أهدافها في أوكرانيا بالسبل"
                     " العسكرية إذا ما أخفقت المفاوضات مع كييف»، مشدداً على أن قوّاته تبقى «في موقع هجومي» على الجبهة"
                     " بكاملها.", "مشدداً", "Vladimir Putin", "قوّاته تبقى «في موقع هجومي» على الجبهة بكاملها",
                     id="mushaddidan"),
        pytest.param("الأمين العام لحلف الناتو، مارك روته، حذر من التعامل “بسذاجة” مع موسكو، مؤكدًا أن روسيا تمثل"
                     " تهديدًا طويل الأمد، وليس أزمة ظرفية.", "مؤكدًا", "Mark Rutte",
                     "روسيا تمثل تهديدًا طويل الأمد، وليس أزمة ظرفية", id="muakkidan-tanwin-on-alif"),
    ],
)
def test_quotes_cue_participle(quotes_of, text, cue, speaker_id, content):
    quote = one(quotes_of(text), cue=cue)
    assert (quote["speaker_id"], quote["text"]) == (speaker_id, content)


@pytest.mark.parametrize(
    "text, cue, speaker_id, content",
    [
        pytest.param("ولخص مارك روته، أمين عام الحلف الأطلسي الوضع بقوله إن حلفاء أوكرانيا ينتظرون الآن «ما يرغب"
                     " الأميركيون في تقديمه بشأن مساهمتهم».", "قوله", "Mark Rutte",
                     "حلفاء أوكرانيا ينتظرون الآن «ما يرغب الأميركيون في تقديمه بشأن مساهمتهم»", id="qawlihi"),
        pytest.param("وحرص الرئيس الفرنسي على تأكيد أن ثلاث دول أوروبية رئيسية (ألمانيا وإيطاليا وبولندا) هي جزء من"
                     " مجموعة الـ26 دولة.", "تأكيد", "Emmanuel Macron",
                     "ثلاث دول أوروبية رئيسية (ألمانيا وإيطاليا وبولندا) هي جزء من مجموعة الـ26 دولة", id="taakid"),
        pytest.param("وإزاء البلبلة التي تحيط بهذا الملف؛ حرص الرئيس الفرنسي، في مؤتمره الصحافي المشترك مع الرئيس"
                     " زيلينسكي، على التأكيد أن «تحالف الراغبين» سيكون جاهزاً لتفعيل هذه الضمانات.", "التأكيد",
                     "Emmanuel Macron", "«تحالف الراغبين» سيكون جاهزاً لتفعيل هذه الضمانات", id="al-taakid"),
        pytest.param("وبرز التشاؤم الأوروبي في قول كير ستارمر إنه «لا يمكن الوثوق» في بوتين.", "قول", "Keir Starmer",
                     "«لا يمكن الوثوق» في بوتين", id="qawl"),
    ],
)
def test_quotes_cue_verbal_noun(quotes_of, text, cue, speaker_id, content):
    quote = one(quotes_of(text), cue=cue)
    assert (quote["speaker_id"], quote["text"], quote["attribution"]) == (speaker_id, content, "explicit")


def test_quotes_cue_passive(quotes_of):
    text = ("بينما نُقل عن وزير الدفاع الألماني أن «لا مؤشرات» تدل على وقف لإطلاق النار أو التوصل لاتفاق سلام قريب،"
            " وأن بوتين «يستخف بالغرب».")
    quote = one(quotes_of(text), cue="نُقل عن")
    assert (quote["speaker"], quote["speaker_id"], quote["speaker_type"]) == (
        "وزير الدفاع الألماني", "Boris Pistorius", "person")
    assert quote["verb_class"] == "neutral"
    assert quote["kind"] == "mixed"
    assert quote["text"].startswith("«لا مؤشرات» تدل على وقف")


@pytest.mark.parametrize(
    "text, cue, speaker, speaker_type, attribution, content",
    [
        pytest.param("وبحسب الخبراء، فإن القمة تمثل اختبارًا لمدى جدية الغرب في ترجمة التزاماته من بيانات تضامنية إلى"
                     " ضمانات مؤسسية.", "بحسب", "الخبراء", "anonymous", "explicit",
                     "القمة تمثل اختبارًا لمدى جدية الغرب في ترجمة التزاماته من بيانات تضامنية إلى ضمانات مؤسسية",
                     id="bihasab"),
        pytest.param("أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي في عام واحد ،"
                     " وفقًا لمسؤول في البيت الأبيض.", "وفقًا", "مسؤول", "anonymous", "after_quote",
                     "أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو من الاتحاد الأوروبي في عام واحد",
                     id="wifqan"),
        pytest.param("ونقلاً عن مسؤول أوروبي رفيع المستوى، فإن هناك أملاً في أن يسهم ترسيخ ضمانات التحالف في تعزيز"
                     " التزامات الولايات المتحدة.", "نقلاً عن", "مسؤول أوروبي رفيع المستوى", "anonymous", "explicit",
                     "هناك أملاً في أن يسهم ترسيخ ضمانات التحالف في تعزيز التزامات الولايات المتحدة", id="naqlan-an"),
        pytest.param(STATEMENT_001, "جاء في", "بيان القادة", "document", "explicit",
                     "قد تشمل هذه الالتزامات استخدام القدرات العسكرية والدعم الاستخباراتي واللوجستي والمبادرات"
                     " الدبلوماسية وتبني عقوبات إضافية", id="jaa-fi-001"),
        pytest.param("وجاء في المسودة التي اطلعت عليها «رويترز»، والتي لا تزال بحاجة للموافقة خلال قمة لقادة التحالف في"
                     " باريس في وقت لاحق اليوم: «يمكن أن تشمل هذه الالتزامات استخدام القدرات العسكرية، وفرض عقوبات"
                     " إضافية».", "جاء في", "المسودة", "document", "explicit",
                     "يمكن أن تشمل هذه الالتزامات استخدام القدرات العسكرية، وفرض عقوبات إضافية", id="jaa-fi-003"),
    ],
)
def test_quotes_cue_attribution_phrase(quotes_of, text, cue, speaker, speaker_type, attribution, content):
    quote = one(quotes_of(text, JAN_2026), cue=cue)
    assert speaker in quote["speaker"]  # the proclitic of لمسؤول: test_quotes_speaker_without_proclitic
    assert (quote["speaker_type"], quote["attribution"], quote["text"]) == (speaker_type, attribution, content)
    assert quote["verb_class"] == "neutral"


@pytest.mark.parametrize(
    "line, speaker, speaker_id, speaker_type, content",
    [
        pytest.param("بريطانيا: بوتين لا يُوثق به", "بريطانيا", "United Kingdom", "institution", "بوتين لا يُوثق به",
                     id="britain-002"),
        pytest.param("الناتو: لا مجال للسذاجة أمام روسيا", "الناتو", "NATO", "institution", "لا مجال للسذاجة أمام روسيا",
                     id="nato-002"),
        pytest.param("ماكرون وزيلينسكي: أميركا جزء من الضمانات الأمنية", "ماكرون وزيلينسكي",
                     "Emmanuel Macron|Volodymyr Zelenskyy", "group", "أميركا جزء من الضمانات الأمنية", id="pair-000"),
        pytest.param("بوتين: القوات الأجنبية في أوكرانيا ستكون أهدافاً مشروعة", "بوتين", "Vladimir Putin", "person",
                     "القوات الأجنبية في أوكرانيا ستكون أهدافاً مشروعة", id="future-verb-after-noun-phrase"),
        pytest.param("مصادر دبلوماسية: واشنطن قد تساهم بالاستخبارات.", "مصادر دبلوماسية", "", "anonymous",
                     "واشنطن قد تساهم بالاستخبارات", id="anonymous-label-live-blog"),
        pytest.param("زيلينسكي: “الشركاء أثبتوا اليوم أن أوروبا قادرة على حماية نفسها”.", "زيلينسكي",
                     "Volodymyr Zelenskyy", "person", "الشركاء أثبتوا اليوم أن أوروبا قادرة على حماية نفسها",
                     id="quoted-statement-ending-in-a-stop"),
    ],
)
def test_quotes_cue_headline_colon(quotes_of, line, speaker, speaker_id, speaker_type, content):
    text = line + "\nرئيس الوزراء البريطاني كير ستارمر، الذي شارك عبر الفيديو، شارك في القمة."
    quote = one(quotes_of(text), attribution="headline")
    assert (quote["cue"], quote["kind"], quote["verb_class"]) == (":", "direct", "neutral")
    assert (quote["speaker"], quote["speaker_id"], quote["speaker_type"], quote["text"]) == (
        speaker, speaker_id, speaker_type, content)
    assert text[quote["cue_start"]] == ":"


def test_quotes_live_blog_entry_after_a_time_stamp(quotes_of):
    # a live-blog entry: clock time, bar, speaker, colon; only the first sentence is the label's
    text = ("بدأ التصويت صباح اليوم.\n\n09:30 | رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي: جميع اللجان فتحت "
            "أبوابها في موعدها.\n\n04:45 | رئيس حزب التحالف الشعبي الاشتراكي مدحت الزاهد: المقاطعة موقف سياسي واضح، "
            "ولن نشارك في انتخابات نتائجها معروفة مسبقاً. واضاف الزاهد ان الحزب \"سيواصل النضال السلمي\".")
    quotes = quotes_of(text, "2025-08-04")
    entries = quotes[quotes["form"] == "label_line"]
    assert entries["text"].tolist() == ["جميع اللجان فتحت أبوابها في موعدها",
                                        "المقاطعة موقف سياسي واضح، ولن نشارك في انتخابات نتائجها معروفة مسبقاً"]
    assert entries["speaker_id"].tolist() == ["unknown:حازم بدوي", "unknown:مدحت الزاهد"]


def test_quotes_label_line_names_the_speaker_of_its_first_person_cue(quotes_of):
    # نثمن has no subject of its own: the label, not the previous entry's speaker, speaks
    text = ("12:00 | وقال الأمين العام للحزب أحمد عبد الجواد إن \"القائمة تعبر عن كل أطياف المجتمع\".\n\n"
            "12:35 | حزب الجبهة الوطنية: نثمن جهود الهيئة الوطنية للانتخابات ونشكر رجال الشرطة على تأمين اللجان.")
    entry = one(quotes_of(text, "2025-08-04"), form="label_line")
    assert entry["speaker"] == "حزب الجبهة الوطنية"
    assert entry["text"].startswith("نثمن جهود")


def test_quotes_interview_headline_names_the_outlet_after_la(quotes_of):
    quote = one(quotes_of("فؤاد حسين لـ«المدار»: لن نسمح بأن يكون العراق ساحة لتصفية الحسابات\nنص المقابلة.",
                          "2025-07-20"), attribution="headline")
    assert (quote["speaker"], quote["speaker_id"]) == ("فؤاد حسين", "Fuad Hussein")


def test_quotes_interview_answers_are_quotes_of_the_interviewee(quotes_of):
    text = ("قال وزير الخارجية العراقي فؤاد حسين إن الوضع صعب.\n\n"
            "المدار: كيف ترى الحدود مع سوريا؟ وهل هي آمنة اليوم بعد كل ما جرى في المنطقة؟\n\n"
            "حسين: الحدود آمنة تماماً، ونحن نعمل مع دمشق على ضبطها ومكافحة التهريب والإرهاب، ولا نخشى أي "
            "تسلل في المرحلة المقبلة. أقول لهم: اقرؤوا الخريطة جيداً. وقلت للوزير عراقجي إن «أمن العراق من أمن إيران».\n\n"
            "المدار: وتركيا؟ هناك شكوى دائمة من شح المياه.\n\n"
            "حسين: المياه قضية وجودية بالنسبة إلينا.")
    quotes = quotes_of(text, "2025-07-20")
    answers = quotes[quotes["form"] == "label_line"]
    assert len(answers) == 2 and set(answers["speaker_id"]) == {"Fuad Hussein"}
    assert answers["text"].iloc[0].startswith("الحدود آمنة") and answers["text"].iloc[0].endswith("«أمن العراق من أمن إيران»")
    assert one(quotes, cue="قلت")["speaker_id"] == "Fuad Hussein"  # not the minister spoken to
    assert "أقول" not in quotes["cue"].tolist()  # the answer itself
    assert not quotes["text"].str.startswith("وتركيا").any()  # the question is the outlet's


def test_quotes_headline_topic_label_is_not_a_quote(quotes_of):
    # seed 002 section head: a topic, not something Macron said
    assert quotes_of("ماكرون: ختام الجلسة مع زيلينسكي وترامب\nالرئيس ماكرون استقبل الرئيس الأوكراني.").empty


def test_quotes_headline_source_credit_is_not_a_quote(quotes_of):
    # a credit line at the foot of an article: two agencies, not a statement
    assert quotes_of("وصل الوفد إلى باريس.\nالمصدر: نوفوستي + تاس").empty


def test_quotes_headline_without_actor_label_is_not_a_quote(quotes_of):
    # seed 002 headline: "قمة باريس" names a place and event, not a speaker
    assert quotes_of("قمة باريس: “تحالف الراغبين” يضع اللمسات الأخيرة على ضمانات أمنية قوية لأوكرانيا").empty


# ---------------------------------------------------------------------------------------------
# Speaker positions


def test_quotes_speaker_before_cue(quotes_of):
    quote = one(quotes_of(STARMER_002), cue="أكد")
    assert (quote["speaker"], quote["speaker_id"], quote["attribution"]) == ("ستارمر", "Keir Starmer", "explicit")
    assert STARMER_002.index("ستارمر") < quote["cue_start"]


def test_quotes_speaker_after_cue(quotes_of):
    quote = one(quotes_of(MACRON_000), cue="قال")
    assert (quote["speaker"], quote["speaker_id"], quote["attribution"]) == ("ماكرون", "Emmanuel Macron", "explicit")
    assert MACRON_000.index("ماكرون") > quote["cue_start"]


def test_quotes_speaker_after_quote(quotes_of):
    quote = one(quotes_of(ZELENSKYY_004), attribution="after_quote")
    assert (quote["cue"], quote["speaker"], quote["speaker_id"], quote["kind"]) == (
        "قال", "زيلنسكي", "Volodymyr Zelenskyy", "direct")
    assert quote["text"] == "هذه ليست مسألة رغبة ، هذه مسألة ضرورة"
    assert quote["end"] < quote["cue_start"]


def test_quotes_quoted_sentence_without_cue_continues(quotes_of):
    quotes = quotes_of(ZELENSKYY_004)
    quote = one(quotes, attribution="continuation")
    assert (quote["cue"], quote["speaker_id"], quote["kind"]) == ("", "Volodymyr Zelenskyy", "direct")
    assert quote["text"].startswith("نحن ندعم أي تنسيق")
    assert len(quotes) == 3


def test_quotes_continuation_wa_adafa(quotes_of):
    quotes = quotes_of(WITKOFF_001, JAN_2026)
    assert quotes["cue"].tolist() == ["قال", "أضاف"]
    quote = one(quotes, cue="أضاف")
    assert (quote["speaker"], quote["speaker_id"], quote["attribution"], quote["kind"]) == (
        "ويتكوف", "Steve Witkoff", "continuation", "direct")


def test_quotes_continuation_across_paragraph(quotes_of):
    text = ("قال كيريل دميترييف، المبعوث الخاص للرئيس الروسي فلاديمير بوتين، إن روسيا والولايات المتحدة تجريان"
            " مناقشات بناءة ستستمر في ميامي.\n\nوأضاف: «تسير المناقشات على نحو بناء. بدأت في وقت سابق وستستمر اليوم،"
            " وستستمر غداً أيضاً».")
    quote = one(quotes_of(text), cue="أضاف")
    assert (quote["speaker_id"], quote["attribution"]) == ("Kirill Dmitriev", "continuation")


def test_quotes_continuation_after_speech_adverbial(quotes_of):
    # seed 003: "في خطابه للأمة، أول من أمس،" stands between the speaker and إن
    text = ("وقال زيلينسكي في خطابه للأمة، أول من أمس، إن الاجتماعات في أوروبا يجب أن تشكل إضافة إلى جهود الدفاع عن"
            " أوكرانيا وتعزيز الجهود المبذولة لإنهاء الحرب.\n\nوأضاف «ستستعد أوكرانيا لكلا السيناريوهين: الدبلوماسية،"
            " التي نتبعها، أو المزيد من الدفاع النشط. أوكرانيا ترغب في السلام».")
    quotes = quotes_of(text, JAN_2026)
    first = one(quotes, cue="قال")
    assert first["speaker_id"] == "Volodymyr Zelenskyy"
    assert first["text"].startswith("الاجتماعات في أوروبا يجب أن تشكل")
    assert one(quotes, cue="أضاف")["speaker_id"] == "Volodymyr Zelenskyy"


@pytest.mark.parametrize(
    "text, speaker, speaker_id, kind",
    [
        pytest.param(ESTONIA_002, "كريستن ميشال", "Kristen Michal", "direct", id="estonia"),
        pytest.param("رومانيا: الرئيس نيكشور دان أكد أن “الضغط المستمر على روسيا ضرورة”، مشيدًا بمشاركة ممثلين"
                     " أمريكيين في القمة.", "الرئيس نيكشور دان", "Nicușor Dan", "direct", id="romania"),
        pytest.param("لاتفيا: رئيسة الوزراء إفيكا سيليِنا رأت أن “روسيا لا تريد السلام”، داعية إلى توحيد الجهود"
                     " لردعها.", "رئيسة الوزراء إفيكا سيليِنا", "Evika Siliņa", "direct", id="latvia"),
    ],
)
def test_quotes_country_label_then_speaker(quotes_of, text, speaker, speaker_id, kind):
    quote = quotes_of(text).iloc[0]
    assert (quote["speaker"], quote["speaker_id"], quote["speaker_type"], quote["kind"], quote["attribution"]) == (
        speaker, speaker_id, "person", kind, "explicit")


def test_quotes_participle_continues_label_speaker(quotes_of):
    text = "رومانيا: الرئيس نيكشور دان أكد أن “الضغط المستمر على روسيا ضرورة”، مشيدًا بمشاركة ممثلين أمريكيين في القمة."
    quote = one(quotes_of(text), cue="مشيدًا")
    assert (quote["speaker_id"], quote["verb_class"], quote["attribution"]) == ("Nicușor Dan", "praising", "continuation")


# ---------------------------------------------------------------------------------------------
# Speaker types


@pytest.mark.parametrize(
    "text, cue, speaker, speaker_id, speaker_type",
    [
        pytest.param(MACRON_000, "قال", "ماكرون", "Emmanuel Macron", "person", id="person"),
        pytest.param("وقال مكتب ستارمر إن رئيس الوزراء البريطاني “شدد على أن المجموعة لديها تعهد غير قابل للكسر"
                     " لأوكرانيا”.", "قال", "مكتب ستارمر", "United Kingdom", "institution", id="office"),
        pytest.param(LEADERS_004, "اقترحت", "الحكومة الألمانية", "Germany", "institution", id="government"),
        pytest.param("ونبَّهت برلين، في بيان، من أنه «إذا واصلت روسيا كسب الوقت، فإن أوروبا ستزيد من ضغط العقوبات"
                     " لزيادة فرص الحل الدبلوماسي».", "نبَّهت", "برلين", "Germany", "institution", id="capital"),
        pytest.param(LEADERS_004, "قال", "القادة الأوروبيون", "Europe", "group", id="group"),
        pytest.param("وقال الحلفاء إن أوروبا ستزيد من ضغط العقوبات.", "قال", "الحلفاء", "", "group", id="allies"),
        pytest.param(OFFICIAL_003, "قال", "مسؤول أوروبي رفيع المستوى", "", "anonymous", id="anonymous"),
        pytest.param("وذكر بيان لقادة التحالف أيضاً أن الحلفاء سيشاركون في آلية مقترحة لمراقبة وقف إطلاق النار.",
                     "ذكر", "بيان", "", "document", id="statement"),
        pytest.param("وقال البيان “إذا استمر الجانب الروسي في اللعب لفترة من الوقت ، فإن أوروبا ستزيد من ضغط العقوبات”.",
                     "قال", "البيان", "", "document", id="the-statement"),
    ],
)
def test_quotes_speaker_types(quotes_of, text, cue, speaker, speaker_id, speaker_type):
    quote = one(quotes_of(text), cue=cue)
    assert quote["speaker"].startswith(speaker)
    assert (quote["speaker_id"], quote["speaker_type"]) == (speaker_id, speaker_type)


def test_quotes_speaker_document_draft(quotes_of):
    text = ("وجاء في المسودة التي اطلعت عليها «رويترز»: «يمكن أن تشمل هذه الالتزامات استخدام القدرات العسكرية"
            " والدعم الاستخباراتي واللوجستي».")
    quote = one(quotes_of(text, JAN_2026), cue="جاء في")
    assert (quote["speaker"], quote["speaker_id"], quote["speaker_type"]) == ("المسودة", "", "document")


def test_quotes_speaker_without_proclitic(quotes_of):
    # "وفقًا لمسؤول": the speaker is مسؤول, without the preposition لـ
    text = "أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو في عام واحد ، وفقًا لمسؤول في البيت الأبيض."
    quote = one(quotes_of(text), cue="وفقًا")
    assert quote["speaker"].startswith("مسؤول")


@pytest.mark.parametrize("speaker, speaker_id", [
    ("ماريا زاخاروفا", "Maria Zakharova"),
    ("المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا", "Maria Zakharova"),  # seven words after عن
])
def test_quotes_agency_reports_the_speaker_after_an(quotes_of, speaker, speaker_id):
    # "نقلت وكالة X عن Y قولها": Y said it; the agency passes it on
    quote = one(quotes_of(f"ونقلت وكالة «نوفوستي» عن {speaker} قولها إن الدول الغربية «تلعب بالنار»."), cue="قولها")
    assert (quote["speaker"], quote["speaker_id"]) == (speaker, speaker_id)


def test_quotes_aide_of_the_president_is_the_speaker(quotes_of):
    # مساعد الرئيس الروسي يوري أوشاكوف: the aide speaks; the president is the genitive of his role
    quote = one(quotes_of("وأفاد مساعد الرئيس الروسي يوري أوشاكوف بأن الاتصالات مستمرة."), cue="أفاد")
    assert (quote["speaker_id"], quote["speaker_type"]) == ("Yuri Ushakov", "person")


@pytest.mark.parametrize("opener", ["غير أن", "بيد أن"])
def test_quotes_subject_after_however(quotes_of, opener):
    quote = one(quotes_of(f"{opener} مصادر دبلوماسية أفادت بأن الصيغة النهائية للبيان جاءت أقل طموحاً."), cue="أفادت")
    assert (quote["speaker"], quote["speaker_type"]) == ("مصادر دبلوماسية", "anonymous")


def test_quotes_impersonal_formula_is_not_a_quote(quotes_of):
    # ويُذكر أن (it is noted that): the author's background; the quote is Russia's, cued by أعلنت
    quotes = quotes_of("ويذكر أن روسيا أعلنت في أكثر من مناسبة أنها لن تقبل بأي وجود عسكري في أوكرانيا.")
    assert quotes[["speaker_id", "cue"]].values.tolist() == [["Russia", "أعلنت"]]


# ---------------------------------------------------------------------------------------------
# Verb classes


@pytest.mark.parametrize(
    "verb, verb_class",
    [
        ("قال", "neutral"),
        ("ذكر", "neutral"),
        ("أكد", "assertive"),
        ("شدد على", "assertive"),
        ("أعلن", "announcing"),
        ("أوضح", "explanatory"),
        ("حذر من", "directive"),
        ("رأى", "evaluative"),
        ("اعتبر", "evaluative"),
        ("زعم", "distancing"),
        ("ادعى", "distancing"),
        ("اعترف ب", "admitting"),
        ("نفى", "denying"),
    ],
)
def test_quotes_verb_class(quotes_of, verb, verb_class):
    # seed 000: "وأوضح ماكرون أن الأوروبيين سيفرضون عقوبات جديدة", with the verb varied
    words = verb.split()
    lead = "و" + words[0]
    tail = (words[1] + ("" if words[1] == "ب" else " ")) if len(words) > 1 else ""
    text = f"{lead} ماكرون {tail}أن الأوروبيين سيفرضون عقوبات جديدة «بالتنسيق مع الولايات المتحدة»."
    quote = one(quotes_of(text), cue=words[0])
    assert (quote["verb_class"], quote["speaker_id"]) == (verb_class, "Emmanuel Macron")
    assert quote["text"].startswith("الأوروبيين سيفرضون عقوبات جديدة")


def test_quotes_verb_class_praising(quotes_of):
    text = ("لكن المسؤولين الأوروبيين أشادوا بمشاركة المبعوثين الأميركيين وتصريحاتهما القوية، وعدوها دليلاً على دعم"
            " واشنطن للإطار الأمني.")
    quote = one(quotes_of(text, JAN_2026), cue="أشادوا")
    assert (quote["verb_class"], quote["speaker_type"]) == ("praising", "anonymous")


def test_quotes_same_content_different_stance(quotes_of):
    neutral = one(quotes_of("وقال ماكرون إن أوروبا جاهزة."), cue="قال")
    distancing = one(quotes_of("وزعم ماكرون أن أوروبا جاهزة."), cue="زعم")
    assert (neutral["verb_class"], distancing["verb_class"]) == ("neutral", "distancing")
    assert neutral["text"] == distancing["text"] == "أوروبا جاهزة"


# ---------------------------------------------------------------------------------------------
# Kinds


@pytest.mark.parametrize(
    "text, cue, kind, content",
    [
        pytest.param(ESTONIA_002, "قال", "direct", "ضمانات الأمن يجب أن يحددها مقدّموها وطالبوها، وليس روسيا", id="direct"),
        pytest.param(OFFICIAL_003, "قال", "indirect",
                     "هناك أملاً في أن يسهم ترسيخ ضمانات التحالف في تعزيز التزامات الولايات المتحدة، والتي تم تحديدها"
                     " على نطاق واسع في المناقشات الثنائية مع أوكرانيا", id="indirect"),
        pytest.param(STARMER_002, "أكد", "mixed", "التحالف يملك “تعهدًا غير قابل للكسر تجاه أوكرانيا”", id="mixed"),
    ],
)
def test_quotes_kind(quotes_of, text, cue, kind, content):
    quote = one(quotes_of(text), cue=cue)
    assert (quote["kind"], quote["text"]) == (kind, content)


def test_quotes_direct_content_excludes_marks(quotes_of):
    quote = one(quotes_of(MACRON_000), cue="قال")
    assert quote["kind"] == "direct"
    assert MACRON_000[quote["start"] - 1] == "«" and MACRON_000[quote["end"]] == "»"


def test_quotes_direct_quote_over_several_sentences_is_one(quotes_of):
    quote = one(quotes_of(WITKOFF_001, JAN_2026), cue="أضاف")
    assert quote["text"].startswith("هذه البروتوكولات الأمنية")
    assert quote["text"].endswith("إنها أقوى مما رآه أي شخص على الإطلاق")


# ---------------------------------------------------------------------------------------------
# Not quotes


@pytest.mark.parametrize(
    "text, expected_content",
    [
        pytest.param("وقال الرئيس الأوكراني فولوديمير زيلينسكي في رسالة عبر تطبيق “تليجرام” عقب الاجتماع إن الاتفاقيات"
                     " “دليل على مدى جدية أوروبا وتحالف الراغبين في العمل من أجل أمن حقيقي”.",
                     "الاتفاقيات “دليل على مدى جدية أوروبا وتحالف الراغبين في العمل من أجل أمن حقيقي”", id="telegram"),
        pytest.param("وقد أثار ذلك سخط ترمب الذي قال لموقع «ذا ديلي كولر» الأميركي، الثلاثاء: «أنا محبط جداً من الرئيس"
                     " بوتين... آلاف الأشخاص يموتون، إنها حرب لا معنى لها».",
                     "أنا محبط جداً من الرئيس بوتين... آلاف الأشخاص يموتون، إنها حرب لا معنى لها", id="daily-caller"),
    ],
)
def test_quotes_name_in_quotation_marks_is_not_content(quotes_of, text, expected_content):
    quotes = quotes_of(text)
    assert quotes["text"].tolist() == [expected_content]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وتشارك 35 دولة في اجتماع «تحالف الراغبين»، وهو تجمع يضم دولاً غربية تعمل على إنهاء النزاع.",
                     id="coalition-name"),
        pytest.param("الاجتماع، كما كان مقرراً، جاء «هجيناً»؛ إذ شارك فيه، حضورياً سبع رؤساء دول وحكومات.", id="scare-quotes"),
        pytest.param("ولم يحظ البيان بتأييد صريح من الولايات المتحدة.", id="no-cue"),
        pytest.param("ولم يقل ماكرون إن الأوروبيين سيفرضون عقوبات جديدة.", id="negated-cue"),
        pytest.param("شهد قصر الإليزيه في باريس انعقاد قمة موسعة لتحالف “الراغبين” بمشاركة قادة أوروبيين، في مسعى لإقرار"
                     " ضمانات أمنية “قوية وملزمة” لدعم أوكرانيا في مواجهة الحرب الروسية المستمرة.", id="iqrar-ratify"),
        pytest.param("«تحالف الراغبين» الداعم لأوكرانيا عقد الخميس اجتماعاً حاسماً، غرضه الأول تأكيد جهوزية «التحالف»"
                     " لتقديم الضمانات الأمنية التي تطلبها أوكرانيا.", id="taakid-confirmation"),
    ],
)
def test_quotes_not_a_quote(quotes_of, text):
    quotes = quotes_of(text)
    assert quotes.empty, quotes[["cue", "speaker", "text"]].values.tolist()


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("وقال مكتب ستارمر بعد الاجتماع إن رئيس الوزراء البريطاني «شدد على أن المجموعة لديها تعهد لا يمكن"
                     " كسره تجاه أوكرانيا».", "مكتب ستارمر", id="office-000"),
        pytest.param("وقال ويتكوف بعد القمة إن الرئيس دونالد ترمب “يدعم بقوة البروتوكولات الأمنية”.", "ويتكوف",
                     id="witkoff-001"),
    ],
)
def test_quotes_baad_after_is_not_a_cue(quotes_of, text, speaker):
    # بعد "after" is ب + عد: the cue is قال
    quotes = quotes_of(text)
    assert quotes["cue"].tolist() == ["قال"]
    assert quotes.iloc[0]["speaker"] == speaker


# ---------------------------------------------------------------------------------------------
# Content spans


def test_quotes_content_stops_at_line_end(quotes_of):
    text = ("وقال ماكرون: “سيتم الانتهاء من أعمال التخطيط مع الولايات المتحدة”.\nسبق أن أصر ماكرون ورئيس الوزراء"
            " البريطاني كير ستارمر ، الذي يقود “تحالف الراغبين” ، على أن أي قوة “طمأنة” أوروبية في أوكرانيا تحتاج إلى"
            " دعم الولايات المتحدة.")
    quotes = quotes_of(text)
    first = one(quotes, cue="قال")
    assert first["text"] == "سيتم الانتهاء من أعمال التخطيط مع الولايات المتحدة"
    second = one(quotes, cue="أصر")
    assert second["speaker_id"] == "Emmanuel Macron|Keir Starmer"
    assert second["text"] == "أي قوة “طمأنة” أوروبية في أوكرانيا تحتاج إلى دعم الولايات المتحدة"


def test_quotes_indirect_content_stops_at_line_end(quotes_of):
    text = ("وقالت الشرطة إن الحادثة تخضع الآن للتحقيق\nطائرة مسيرة روسية تطير فوق جنود أوكرانيين خلال إحدى الهجمات"
            " الروسية على العاصمة كييف")
    assert one(quotes_of(text), cue="قالت")["text"] == "الحادثة تخضع الآن للتحقيق"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        pytest.param(STATEMENT_001, "جاء في", "قد تشمل هذه الالتزامات استخدام القدرات العسكرية والدعم الاستخباراتي"
                     " واللوجستي والمبادرات الدبلوماسية وتبني عقوبات إضافية", id="direct-001"),
        pytest.param(MACRON_PARAGRAPH_000, "أعلن",
                     "«أوروبا جاهزة للمرة الأولى عند هذا المستوى من الانخراط والقوة» لدعم أوكرانيا", id="mixed-000"),
        pytest.param(STARMER_002, "أكد", "التحالف يملك “تعهدًا غير قابل للكسر تجاه أوكرانيا”", id="mualinan-002"),
        pytest.param("لاتفيا: رئيسة الوزراء إفيكا سيليِنا رأت أن “روسيا لا تريد السلام”، داعية إلى توحيد الجهود لردعها.",
                     "رأت", "روسيا لا تريد السلام", id="daiyatan-002"),
    ],
)
def test_quotes_content_stops_before_comma_participle(quotes_of, text, cue, content):
    assert one(quotes_of(text), cue=cue)["text"] == content


def test_quotes_macron_paragraph_three_quotes(quotes_of):
    quotes = quotes_of(MACRON_PARAGRAPH_000)
    assert quotes["cue"].tolist() == ["قال", "أعلن", "مضيفاً"]
    assert quotes["attribution"].tolist() == ["explicit", "continuation", "continuation"]
    assert quotes["kind"].tolist() == ["direct", "mixed", "mixed"]
    assert set(quotes["speaker_id"]) == {"Emmanuel Macron"}
    assert quotes["quote_id"].tolist() == ["q1", "q2", "q3"]


@pytest.mark.parametrize(
    "text, first_cue, content_start, new_clause, second_speaker",
    [
        pytest.param("وقال زيلينسكي إن دولتين أوروبيتين (المجر وسلوفاكيا) تواصلان شراء النفط الروسي في حينا تفيد معلومات"
                     " أخرى بأن الغاز الروسي المسال ما زال يتدفق في بعض الأسواق الأوروبية.", "قال",
                     "دولتين أوروبيتين (المجر وسلوفاكيا) تواصلان شراء النفط الروسي", "تفيد معلومات أخرى", "معلومات أخرى",
                     id="tufid-000"),
        pytest.param("أعلنت روسيا يوم الخميس أنها تطرد دبلوماسيًا إستونيًا في خطوة من أجل الحلم بعد أن أعلنت إستونيا"
                     " شخصية دبلوماسية روسية غير مرغوبة الشهر الماضي.", "أعلنت",
                     "تطرد دبلوماسيًا إستونيًا", "أعلنت إستونيا", "إستونيا", id="aalanat-004"),
    ],
)
def test_quotes_content_stops_before_new_speaker(quotes_of, text, first_cue, content_start, new_clause, second_speaker):
    # the gold rows of seeds 000 and 004 split these sentences into two quotes
    quotes = quotes_of(text)
    first = quotes.iloc[0]
    assert first["cue"] == first_cue
    assert first["text"].startswith(content_start)
    assert new_clause not in first["text"]
    assert second_speaker in quotes["speaker"].tolist()


def test_quotes_content_not_across_second_clause(quotes_of):
    quotes = quotes_of(LEADERS_004)
    leaders = one(quotes, cue="قال")
    assert leaders["text"] == "الرئيس الروسي فلاديمير بوتين يجب أن يعمل الآن من أجل إنهاء القتال"
    government = one(quotes, cue="اقترحت")
    assert government["start"] > leaders["end"]


# ---------------------------------------------------------------------------------------------
# The seeds


@pytest.fixture(scope="module")
def seed_quotes(resources):
    from conftest import SEEDS_DIR
    from framing.corpus import read_corpus

    articles = read_corpus(SEEDS_DIR).articles
    return articles, find_quotes(articles, find_mentions(articles, resources.gazetteer), resources)


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_quotes_text_is_article_slice_on_seeds(seed_quotes, article_id):
    articles, quotes = seed_quotes
    text = articles.set_index("article_id").loc[article_id, "text"]
    rows = quotes[quotes["article_id"] == article_id]
    assert len(rows) >= 8
    for row in rows.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.text and row.text == row.text.strip()
        if row.cue_start >= 0:
            assert text[row.cue_start : row.cue_end] == row.cue
        else:
            assert (row.cue, row.attribution) == ("", "continuation")


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_quotes_ids_and_sentences_on_seeds(seed_quotes, article_id):
    articles, quotes = seed_quotes
    text = articles.set_index("article_id").loc[article_id, "text"]
    rows = quotes[quotes["article_id"] == article_id]
    assert rows["quote_id"].tolist() == [f"q{i}" for i in range(1, len(rows) + 1)]
    assert rows["start"].tolist() == sorted(rows["start"])
    sentences = sentence_spans(text)
    for start, sid in zip(rows["start"], rows["sentence_id"], strict=True):
        assert sentences[sid].start <= start < sentences[sid].end


def test_quotes_labels_are_documented_values(seed_quotes):
    _, quotes = seed_quotes
    assert set(quotes["kind"]) == {"direct", "indirect", "mixed"}
    assert set(quotes["speaker_type"]) <= {"person", "institution", "group", "anonymous", "document", "unknown"}
    assert set(quotes["attribution"]) <= {"explicit", "continuation", "after_quote", "headline"}
    assert set(quotes["verb_class"]) <= {"neutral", "assertive", "announcing", "explanatory", "directive",
                                         "evaluative", "distancing", "admitting", "denying", "praising"}


def test_quotes_no_overlapping_contents_on_seeds(seed_quotes):
    _, quotes = seed_quotes
    for _, rows in quotes.groupby("article_id"):
        spans = sorted(zip(rows["start"], rows["end"], strict=True))
        assert all(end <= start for (_, end), (start, _) in pairwise(spans))


def test_quotes_cli_csv(seeds_dir, seed_quotes, capsys):
    code = main(["quotes", str(seeds_dir), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == DOCUMENTED_COLUMNS
    assert {row["article_id"] for row in rows} == {path.stem for path in seeds_dir.glob("*.txt")}
    _, quotes = seed_quotes
    assert len(rows) == len(quotes)
    assert [row["text"] for row in rows] == quotes["text"].tolist()


# ---------------------------------------------------------------------------------------------
# The extractor's indexes of quotation marks and mentions agree with a plain scan

_PIECES = st.lists(st.sampled_from(["قال", " ", "«", "»", "“", "”", '"', "ماكرون", "،", "\n", "إن", "أوروبا"]),
                   max_size=40)


@given(_PIECES, st.integers(0, 200), st.integers(0, 200))
def test_quotes_mark_and_mention_indexes_match_a_scan(resources, pieces, a, b):
    text = "".join(pieces)
    doc = Document("p", text)
    mentions = [{"start": t.start, "end": t.end, "actor_id": "Emmanuel Macron", "actor_type": "person"}
                for t in doc.tokens if t.text == "ماكرون"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ctx = _Context(doc, mentions, resources)
    marks = ctx.marks
    start, end = min(a, b), max(a, b)
    containing = [q for q in marks if q.start < a < q.end]
    assert ctx.marks_containing(a) == containing
    assert ctx.mark_containing(a) == (containing[0] if containing else None)
    assert ctx.marks_within(start, end) == [q for q in marks if start <= q.start < end]
    assert ctx.mark_starting_at(a) == next((q for q in marks if q.start == a), None)
    assert sorted(ctx.marks_ending_before(a), key=marks.index) == [q for q in marks if q.end <= a]
    assert [q.end for q in ctx.marks_ending_before(a)] == sorted((q.end for q in marks if q.end <= a), reverse=True)
    assert ctx.mentions_within(start, end) == [m for m in mentions if m["start"] >= start and m["end"] <= end]


# ---------------------------------------------------------------------------------------------
# Reports of reports (docs/guidelines.md): the agency's report and the words inside it


def test_quotes_report_of_a_report_is_two_nested_quotes(quotes_of):
    text = ("وذكرت وكالة «إرنا» الإيرانية أن وزير الخارجية عباس عراقجي قال إن \"صمود الشعب الفلسطيني أجبر "
            "الاحتلال على القبول بوقف إطلاق النار\"، معرباً عن تقدير بلاده للدور الذي أدته قطر.")
    found = quotes_of(text, "2025-01-16")
    outer = one(found, cue="ذكرت")
    inner = one(found, cue="قال")
    assert outer["speaker_id"] == "Islamic Republic News Agency"
    assert inner["speaker_id"] == "Abbas Araghchi"
    assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"]
    # the participle goes on with the inner speaker's words
    assert one(found, cue="معرباً")["speaker_id"] == "Abbas Araghchi"


@pytest.mark.parametrize("text, inner_cue", [
    # a relative clause of the reported words: the gas is said to fund the war, by Trump
    ("وقال ترامب إن أوروبا يجب أن تتوقف عن شراء الغاز الروسي الذي قال إنه يمول الحرب.", None),
    # an impersonal belief inside the reported words, not a report by the EU
    ("وأعلن الاتحاد الأوروبي فرض عقوبات على مصارف يُعتقد أنها تساعد الكرملين.", None),
    # an action the reported words describe, not a saying verb
    ("وقال ماكرون إن 26 دولة أكدت مساهمتها في نشر قوة طمأنة.", None),
])
def test_quotes_not_a_nested_report(quotes_of, text, inner_cue):
    found = quotes_of(text)
    assert len(found) == 1, found[["cue", "speaker", "text"]].values.tolist()


def test_quotes_relayed_report_is_the_agency_around_the_speaker(quotes_of):
    text = ("ونقلت وكالة «تاس» عن نائب وزير الخارجية الروسي ميخائيل بوغدانوف قوله إن موسكو "
            "«مستعدة لتعزيز التعاون العسكري» مع دول الساحل.")
    found = quotes_of(text, "2025-07-07")
    outer, inner = one(found, cue="نقلت"), one(found, cue="قوله")
    assert (outer["speaker_id"], outer["speaker_type"]) == ("TASS", "institution")
    assert inner["speaker_id"] == "unknown:ميخائيل بوغدانوف"
    assert text[outer["start"] : outer["end"]].startswith("نائب وزير الخارجية الروسي")
    assert outer["end"] == inner["end"] and outer["start"] < inner["start"]


def test_quotes_the_one_described_is_not_the_speaker(quotes_of):
    text = ("أما الأمين العام للأمم المتحدة أنطونيو غوتيريش، فأشاد بالدور المحوري للاتحاد، "
            "ووصف فكي بأنه \"صوت شجاع للقارة\".")
    assert one(quotes_of(text, "2025-02-16"), cue="وصف")["speaker_id"] == "António Guterres"
    # with a subject and an object after the verb, the subject speaks
    assert one(quotes_of("ووصف ماكرون بوتين بأنه «غير جدير بالثقة»."), cue="وصف")["speaker_id"] == "Emmanuel Macron"


def test_quotes_a_farewell_speech_is_not_a_call(quotes_of):
    # كلمة وداعية: "farewell", spelt like و + داعية ("calling")
    found = quotes_of("وفي كلمة وداعية أمام القمة، وجّه فكي الشكر لإثيوبيا على حسن الضيافة.", "2025-02-16")
    assert "وداعية" not in set(found["cue"])


def test_quotes_a_place_opening_the_sentence_is_not_its_subject(quotes_of):
    text = ("ومن بيروت، بارك الأمين العام لحزب الله الشيخ نعيم قاسم للشعب الفلسطيني \"هذا الانتصار\"، "
            "معتبراً أن \"المقاومة فرضت إرادتها\".")
    assert one(quotes_of(text, "2025-01-16"), cue="معتبراً")["speaker_id"] == "Naim Qassem"


def test_quotes_a_describing_verb_with_its_object_pronoun_keeps_the_speaker_after_it(quotes_of):
    text = "وهي تصريحات وصفتها موسكو بأنها «هراء»."
    assert one(quotes_of(text), cue="وصفتها")["speaker_id"] == "Russia"


# ---------------------------------------------------------------------------------------------
# The forms news gives quotes in (issue: nominal complements, lists, label lines, communiqués)


@pytest.mark.parametrize(
    "text, cue, speaker_id, content, form",
    [
        pytest.param("وأكد وزير الخارجية الفرنسي جان نويل بارو دعم بلاده الكامل للمبادرة العربية.", "أكد",
                     "Jean-Noël Barrot", "دعم بلاده الكامل للمبادرة العربية", "nominal", id="assertive-noun-phrase"),
        pytest.param("وجدد ماكرون رفضه أي تدخل خارجي في شؤون لبنان.", "جدد", "Emmanuel Macron",
                     "رفضه أي تدخل خارجي في شؤون لبنان", "nominal", id="renewed-refusal"),
        pytest.param("وأبدى أردوغان استعداد بلاده للوساطة بين الطرفين.", "أبدى", "Recep Tayyip Erdoğan",
                     "استعداد بلاده للوساطة بين الطرفين", "nominal", id="expressed-readiness"),
        pytest.param("وقال ماكرون إن «أوروبا جاهزة». وحذّر من خطورة التصعيد في جنوب لبنان.", "حذّر", "Emmanuel Macron",
                     "خطورة التصعيد في جنوب لبنان", "continuation", id="continuation-after-preposition"),
        pytest.param("وقال ماكرون إن «أوروبا جاهزة»، مبدياً استعداد فرنسا لاستضافة قمة جديدة.", "مبدياً",
                     "Emmanuel Macron", "استعداد فرنسا لاستضافة قمة جديدة", "participle", id="participle-noun-phrase"),
    ],
)
def test_quotes_nominal_complement(quotes_of, text, cue, speaker_id, content, form):
    quote = one(quotes_of(text), cue=cue)
    assert (quote["speaker_id"], quote["text"], quote["kind"], quote["form"]) == (speaker_id, content, "indirect", form)


def test_quotes_nominal_needs_a_speaker_or_a_preposition(quotes_of):
    """A verb with no subject after a quote takes a noun phrase as its words only after a
    preposition: وجدد العقد (renewed the contract) reports nothing."""
    quotes = quotes_of("وقال ماكرون إن «أوروبا جاهزة». وجدد العقد مع الشركة لثلاث سنوات.")
    assert quotes["cue"].tolist() == ["قال"]


def test_quotes_thanks_after_the_verb(quotes_of):
    """وجّه X الشكر لـY على Z: X thanks, Y is thanked (not the speaker)."""
    quotes = quotes_of("وقال بوريطة إن «الحوار هو السبيل». ووجّه الشكر لإسبانيا على حسن الضيافة.")
    quote = one(quotes, cue="وجّه الشكر")
    assert (quote["speaker_id"], quote["verb_class"], quote["form"]) == ("Nasser Bourita", "praising", "continuation")
    assert quote["text"].endswith("على حسن الضيافة")


LIST_ARTICLE = (
    "وأشاد الأمين العام للأمم المتحدة أنطونيو غوتيريش بـ\"الدور المحوري\" للاتحاد الأفريقي. ومما جاء في كلمته:\n"
    "- أفريقيا لا تزال من دون مقعد دائم في مجلس الأمن، وهذا ظلم تاريخي يجب تصحيحه.\n"
    "- على صندوق النقد الدولي أن يكف عن معاقبة الدول الأفريقية.\n"
    "\n"
    "وفي ختام القمة تسلم الرئيس الأنغولي الرئاسة الدورية."
)


def test_quotes_list_items(quotes_of):
    quotes = quotes_of(LIST_ARTICLE)
    items = quotes[quotes["form"] == "list_item"]
    assert items["text"].tolist() == ["أفريقيا لا تزال من دون مقعد دائم في مجلس الأمن، وهذا ظلم تاريخي يجب تصحيحه",
                                      "على صندوق النقد الدولي أن يكف عن معاقبة الدول الأفريقية"]
    assert set(items["speaker_id"]) == {"António Guterres"}
    assert set(items["cue"]) == {"جاء في"} and set(items["kind"]) == {"direct"}
    assert set(items["attribution"]) == {"continuation"}
    assert "ومما" not in quotes["text"].tolist()  # the introducing line is no quote of its own


def test_quotes_list_with_the_speaker_named(quotes_of):
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحافي:\n1. أوروبا جاهزة لتقديم الضمانات.\n2. روسيا لا تريد السلام."
    items = quotes_of(text)
    assert items["text"].tolist() == ["أوروبا جاهزة لتقديم الضمانات", "روسيا لا تريد السلام"]
    assert set(items["speaker_id"]) == {"Emmanuel Macron"} and set(items["form"]) == {"list_item"}



def test_quotes_list_after_what_he_said(quotes_of):
    text = ("وقال وزير الخارجية الصيني وانغ يي إن الاتفاق «انتصار للحوار». ومما قاله وانغ:\n"
            "- العالم ليس حكراً على قوى بعينها.\n- الصين ستواصل أداء دور بنّاء في المنطقة.\n\nوقال آخرون")
    items = quotes_of(text)
    items = items[items["form"] == "list_item"]
    assert items["text"].tolist() == ["العالم ليس حكراً على قوى بعينها", "الصين ستواصل أداء دور بنّاء في المنطقة"]
    assert set(items["speaker_id"]) == {"Wang Yi"} and set(items["cue"]) == {"مما قاله"}


LABEL_LINES = (
    "تبون يفوز بعهدة ثانية... ومنافساه يطعنان في الأرقام\n\n"
    "- الرباط: نحترم خيار الشعب الجزائري ونأمل أن تفتح العهدة الجديدة صفحة حسن جوار\n"
    "- الاتحاد الأفريقي: نهنئ الشعب الجزائري على اقتراع جرى \"في أجواء سلمية\"\n"
    "- بوريطة: المغرب شريك موثوق وليس حارساً لحدود أوروبا\n\n"
    "أعلنت السلطة المستقلة للانتخابات فوز الرئيس."
)


def test_quotes_label_lines(quotes_of):
    quotes = quotes_of(LABEL_LINES, "2024-09-08")
    lines = quotes[quotes["form"] == "label_line"]
    assert lines["speaker"].tolist() == ["الرباط", "الاتحاد الأفريقي", "بوريطة"]
    assert lines["speaker_id"].tolist() == ["Morocco", "African Union", "Nasser Bourita"]
    assert lines["kind"].tolist() == ["direct", "mixed", "direct"]  # a quoted fragment makes it mixed
    assert set(lines["attribution"]) == {"headline"} and set(lines["cue"]) == {":"}
    assert lines["text"].iloc[2] == "المغرب شريك موثوق وليس حارساً لحدود أوروبا"  # a nominal sentence states


COMMUNIQUE = (
    "وجاء في البيان الختامي أن قادة دول المجلس يدينون بأشد العبارات العدوان على قطاع غزة، ويطالبون بوقف فوري"
    " لإطلاق النار. كما دعا مجلس الأمن الدولي إلى الاضطلاع بمسؤولياته، مرحباً باتفاق وقف إطلاق النار في لبنان.\n\n"
    "وشدد على دعم سيادة الإمارات على جزرها الثلاث.\n\n"
    "وحسب البيان الختامي، سيعقد القادة قمتهم المقبلة في البحرين."
)


def test_quotes_communique(quotes_of):
    """A final statement reported through many cues keeps the document as speaker, and the
    institution a directive verb calls on is not the speaker."""
    quotes = quotes_of(COMMUNIQUE, "2024-12-01")
    assert quotes["cue"].tolist() == ["جاء في", "دعا", "مرحباً", "شدد", "حسب"]
    assert set(quotes["speaker_type"]) == {"document"}
    assert quotes["text"].tolist()[1] == "الاضطلاع بمسؤولياته"
    assert quotes["text"].tolist()[4] == "سيعقد القادة قمتهم المقبلة في البحرين"
    assert quotes["form"].tolist() == ["according_to", "continuation", "participle", "continuation", "according_to"]


def test_quotes_document_before_its_phrase(quotes_of):
    text = "وأصدر المترشحون بياناً مشتركاً جاء فيه أن الأرقام المعلنة شابها \"غموض وتناقض\"."
    quote = one(quotes_of(text), cue="جاء فيه")
    assert (quote["speaker"], quote["speaker_type"], quote["kind"]) == ("بياناً مشتركاً", "document", "mixed")
    assert quote["text"] == "الأرقام المعلنة شابها \"غموض وتناقض\""


def test_quotes_continuation_after_a_comma(quotes_of):
    """، كما شددت على… after a participle clause continues the document; a coordinated imperfect
    inside the reported words (أن القادة يدينون…، ويطالبون بـ…) stays part of them."""
    text = ("وجاء في الاستنتاجات أن الاتحاد «سيواصل دعم الشركاء»، داعية إلى تعبئة «كل الأدوات المتاحة» لهذا الغرض،"
            " كما شددت على ضرورة احترام «القانون الدولي» في كل الإجراءات.")
    quotes = quotes_of(text)
    assert quotes["cue"].tolist() == ["جاء في", "داعية", "شددت"]
    assert quotes["text"].tolist()[1:] == ["تعبئة «كل الأدوات المتاحة» لهذا الغرض",
                                           "ضرورة احترام «القانون الدولي» في كل الإجراءات"]
    assert set(quotes["speaker"]) == {"الاستنتاجات"}
    inside = quotes_of("وجاء في الاستنتاجات أن المجلس الأوروبي «يرحب بمقترح المفوضية»، ويدعو إلى «تسريع عمليات الترحيل».")
    assert inside["cue"].tolist() == ["جاء في"]


def test_quotes_noun_phrase_ends_at_a_comma(quotes_of):
    """أشاد بـ«…»، قبل أن يغادر: the أن of a later clause does not open the content."""
    text = ("من جانبه، أشاد وزير الخارجية الإسباني خوسيه مانويل ألباريس بـ«المستوى الاستثنائي» للتعاون مع المغرب،"
            " قبل أن يغادر إلى مدريد.")
    quote = one(quotes_of(text), cue="أشاد")
    assert quote["text"].startswith("«المستوى الاستثنائي» للتعاون مع المغرب")
    assert (quote["kind"], quote["form"], quote["verb_class"]) == ("mixed", "nominal", "praising")


def test_quotes_headline_with_a_second_item_and_a_venue(quotes_of):
    """A headline's second item after «..» is the outlet's own; a venue after the speaker
    (لافروف من ريو:) is not part of the speaker."""
    quotes = quotes_of("لافروف من ريو: «بريكس» لا تبني تحالفاً ضد أحد بل بديلاً أكثر عدلاً\n\n"
                       "ماكرون: لن نقبل أن تتحول أوكرانيا إلى منطقة عازلة.. وزيلينسكي يشكر الحلفاء\n\nنص الخبر.")
    heads = quotes[quotes["form"] == "headline"]
    assert heads["speaker"].tolist() == ["لافروف", "ماكرون"]
    assert heads["speaker_id"].tolist() == ["Sergey Lavrov", "Emmanuel Macron"]
    assert heads["text"].tolist()[1] == "لن نقبل أن تتحول أوكرانيا إلى منطقة عازلة"


def test_quotes_speaker_phrase_runs_over_an_organisation_named_in_quotation_marks():
    from framing.quotes import find_quotes

    text = "وقالت الباحثة في معهد «تشاتام هاوس» ليلى الزين إن المؤتمر \"ربما أنقذ مسار التعددية\"."
    rows = find_quotes(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-23"], "text": [text]}))
    assert rows[["speaker", "speaker_id"]].values.tolist() == [
        ["الباحثة في معهد «تشاتام هاوس» ليلى الزين", "unknown:ليلى الزين"]]


# -- speakers on events the gazetteer was not written for ---------------------------------------

def test_quotes_honorific_pronoun_is_the_person_last_quoted(quotes_of):
    """ووجّه سموه الشكر: سموه stands for the emir quoted before, not a speaker of its own."""
    quotes = quotes_of("وقال أمير قطر الشيخ تميم بن حمد آل ثاني إن «قطر لن تتخلى عن غزة». "
                       "ووجّه سموه الشكر إلى الرئيس السيسي على كرم الضيافة.", "2025-03-05")
    quote = one(quotes, cue="الشكر")
    assert quote["speaker_id"] == "Tamim bin Hamad Al Thani"
    assert quote["speaker_type"] == "person"


def test_quotes_subject_between_complementizer_and_verb(quotes_of):
    """ذكرت الوكالة أن عراقجي قال للبوسعيدي: Araghchi speaks; the one after لـ is spoken to, and the
    one after أبلغ is told."""
    quotes = quotes_of("وذكرت وكالة تسنيم للأنباء أن عراقجي قال للبوسعيدي في ختام اللقاء: «لقد كنت وسيطاً نزيهاً».",
                       "2025-04-13")
    assert one(quotes, cue="قال")["speaker_id"] == "Abbas Araghchi"
    quotes = quotes_of("ووصف البيت الأبيض المحادثات بأنها «بنّاءة»، زاعماً أن ويتكوف أبلغ عراقجي بأن الرئيس "
                       "يفضّل «حل الخلافات عبر الحوار».", "2025-04-13")
    assert one(quotes, cue="أبلغ")["speaker_id"] == "Steve Witkoff"


def test_quotes_subject_before_qad(quotes_of):
    """وكان X قد اتهم Y: X, written before قد, accuses; Y after the verb is accused."""
    quotes = quotes_of("وكان وزير الخارجية الأمريكي ماركو روبيو قد اتهم كاراكاس مراراً بـ«التواطؤ مع عصابات المخدرات».",
                       "2025-11-09")
    assert one(quotes, cue="اتهم")["speaker_id"] == "Marco Rubio"


def test_quotes_organisation_in_quotation_marks_after_its_verb(quotes_of):
    """وأعلنت «إيكواس» في بيان أنها…: the quoted name is the subject, not a continuation."""
    quotes = quotes_of("وقال رئيس مفوضية «إيكواس» عمر أليو توراي إن «الباب سيبقى مفتوحاً». "
                       "وأعلنت «إيكواس» في بيان أنها ستواصل الاعتراف بجوازات السفر.", "2025-01-30")
    assert one(quotes, cue="أعلنت")["speaker_id"] == "Economic Community of West African States"


def test_quotes_thanker_before_the_one_thanked(quotes_of):
    """وشكر الرئيس البرازيلي لولا الوفود على…: the first noun phrase thanks, the second is thanked;
    the participle after it continues the one who thanked."""
    quotes = quotes_of("وشارك في المؤتمر نحو 50 ألف شخص، بحسب أرقام الأمم المتحدة.\n\nوشكر الرئيس البرازيلي لويس "
                       "إيناسيو لولا دا سيلفا الوفود على \"روح المسؤولية\"، قائلاً: \"من المؤسف أن أكبر مسبب "
                       "للانبعاثات اختار أن يدير ظهره للعالم\".", "2025-11-23")
    assert one(quotes, cue="شكر")["speaker_id"] == "Luiz Inácio Lula da Silva"
    assert one(quotes, cue="قائلاً")["speaker_id"] == "Luiz Inácio Lula da Silva"


def test_quotes_bare_head_noun_is_the_actor_named_with_it(quotes_of):
    """الوزير، المفوضية: the nearest actor named before with that head noun."""
    quotes = quotes_of("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن «الحل في السودان سياسي». "
                       "ووجّه الوزير الشكر إلى الولايات المتحدة على «شراكتها الصادقة».", "2025-05-20")
    assert one(quotes, cue="الشكر")["speaker_id"] == "Faisal bin Farhan Al Saud"


def test_quotes_participle_describes_the_subject_of_its_clause(quotes_of):
    """A participle with no quote before it in its sentence is said by the subject of the verb that
    opens the sentence, not by the speaker of the paragraph before."""
    quotes = quotes_of("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن «الاتفاق خطوة».\n\n"
                       "وفي كواليس المفاوضات، وجّهت مصادر أوروبية أصابع الاتهام إلى المملكة العربية السعودية، "
                       "قائلة إنها \"عرقلت أي صياغة تذكر الوقود الأحفوري\".", "2025-11-23")
    quote = one(quotes, cue="قائلة")
    assert (quote["speaker"], quote["speaker_type"], quote["speaker_id"]) == ("مصادر أوروبية", "anonymous", "")


@pytest.mark.parametrize("text, cue", [
    ("وقالت ثلاثة مصادر في المجموعة إن الاجتماع استمر أقل من ساعة.", "قالت"),
    ("ويتوقع بعض المحللين أن يتجاوز الفائض مليوني برميل يوميا.", "يتوقع"),
    ("وقال مندوبون إن الاجتماع كان سلسا.", "قال"),
    ("في حين رأى فيها ناشطون \"خيبة أمل كبيرة\".", "رأى"),
])
def test_quotes_anonymous_speakers(quotes_of, text, cue):
    quote = one(quotes_of("وأكد ماكرون أن «أوروبا جاهزة».\n\n" + text), cue=cue)
    assert (quote["speaker_type"], quote["speaker_id"]) == ("anonymous", "")


def test_quotes_name_beginning_with_b_after_a_praising_verb(quotes_of):
    """رحّبت بعثة …: بـ of بعثة is a letter of the name, so the mission speaks."""
    quotes = quotes_of("ونقلت وكالة تسنيم الإيرانية عن السفير الإيراني في بغداد محمد كاظم آل صادق قوله إن طهران "
                       "«تحترم خيار الشعب العراقي».\n\nورحّبت بعثة الأمم المتحدة لمساعدة العراق (يونامي) بـ«سير "
                       "العملية الانتخابية بسلاسة»، داعيةً القوى الفائزة إلى «الإسراع في تشكيل حكومة».", "2025-11-13")
    assert one(quotes, cue="رحّبت")["speaker_id"] == "United Nations Assistance Mission for Iraq"
    assert one(quotes, cue="داعيةً")["speaker_id"] == "United Nations Assistance Mission for Iraq"


def test_quotes_title_written_again_ends_the_speaker_phrase(quotes_of):
    """واتهم الرئيس الكولومبي إدارة الرئيس الأمريكي دونالد ترامب: Petro, titled again, accuses; Trump
    is accused."""
    quotes = quotes_of("وقال الرئيس الكولومبي غوستافو بيترو إن «أمريكا اللاتينية ليست حديقة خلفية لأحد». واتهم "
                       "الرئيس الكولومبي إدارة الرئيس الأمريكي دونالد ترامب بـ«انتهاك القانون الدولي».", "2025-11-09")
    assert one(quotes, cue="اتهم")["speaker_id"] == "unknown:غوستافو بيترو"


def test_quotes_relayed_source_with_an_aside(quotes_of):
    """نقلت رويترز عن مفاوض أوروبي، طلب عدم كشف هويته، قوله: the negotiator speaks, and his request
    not to be named is no quote."""
    quotes = quotes_of("ونقلت وكالة رويترز عن مفاوض أوروبي، طلب عدم كشف هويته، قوله إن الوفد السعودي "
                       "\"هدد بتعطيل الجلسة الختامية\" إذا أُدرجت خريطة الطريق.", "2025-11-23")
    quote = one(quotes, cue="قوله")
    assert (quote["speaker"], quote["speaker_type"]) == ("مفاوض أوروبي", "anonymous")
    assert "طلب" not in set(quotes["cue"])


def test_quotes_state_body_of_a_state_agencys_article(quotes_of):
    """وزارة الخارجية alone under «القاهرة - أ ش أ» is Egypt's; with no such credit it has no id."""
    text = "وأعلن الرئيس السيسي أن المؤتمر سيعقد في يناير.\n\nومن جانبها، أكدت وزارة الخارجية أن الخروقات تهدد الاتفاق."
    quote = one(quotes_of("القاهرة - أ ش أ\n\n" + text, "2025-11-20"), cue="أكدت")
    assert (quote["speaker_id"], quote["speaker_type"]) == ("Egypt", "institution")
    assert one(quotes_of(text, "2025-11-20"), cue="أكدت")["speaker_id"] == ""


def test_quotes_people_of_a_nation_and_the_media_addressed(quotes_of):
    """يرى فلسطينيون: anonymous people, not the State of Palestine; قال لوسائل الإعلام: the media are
    spoken to, the spokesman before the verb speaks."""
    quote = one(quotes_of("ويرى فلسطينيون في القطاع أن حياتهم لم تتغير كثيراً منذ توقيع الاتفاق.", "2025-11-20"),
                cue="يرى")
    assert (quote["speaker_type"], quote["speaker_id"]) == ("anonymous", "")
    quote = one(quotes_of("المتحدث باسم الكرملين دميتري بيسكوف قال لوسائل الإعلام الرسمية ان موسكو «لم تتم دعوتها».",
                          "2025-09-04"), cue="قال")
    assert quote["speaker_id"] == "Dmitry Peskov"


def test_quotes_the_group_described_is_not_the_speaker(quotes_of):
    """ووصفت قادة التحالف بأنهم «دعاة حرب»: the leaders are described; the ministry quoted before speaks."""
    quotes = quotes_of("وقالت وزارة الخارجية الروسية في بيان إن أي وحدات غربية ستكون «أهدافاً مشروعة»، "
                       "ووصفت قادة التحالف بأنهم «دعاة حرب».")
    quote = one(quotes, cue="وصفت")
    assert quote["speaker_id"] == "Russia"


def test_quotes_relayed_quote_with_an_aside_before_the_complementizer(quotes_of):
    """نقلت الوكالة عن تبون قوله، في أول تعليق له بعد إعلان النتائج، إن …: Tebboune's words, inside the
    agency's report; the verbal noun in the aside (إعلان النتائج) reports nothing."""
    quotes = quotes_of("ونقلت وكالة الأنباء الجزائرية الرسمية عن الرئيس عبد المجيد تبون قوله، في أول تعليق له بعد "
                       "إعلان النتائج، إن \"الجزائر ماضية نحو بناء اقتصاد قوي\".", "2024-09-09")
    inner = one(quotes, cue="قوله")
    assert (inner["speaker_id"], inner["text"]) == ("Abdelmadjid Tebboune", "الجزائر ماضية نحو بناء اقتصاد قوي")
    assert one(quotes, cue="نقلت")["speaker_id"] == "Algeria Press Service"
    assert "إعلان" not in set(quotes["cue"])


def test_quotes_blame_and_accusation_of_a_lone_object(quotes_of):
    """وحمّل حزب القوات مسؤولية …، واتهم «إيكواس» بـ…: the one blamed or accused stands after the verb;
    the speaker is the one quoted before, and the charge is the content."""
    quotes = quotes_of("وقال رئيس مجلس النواب نبيه بري إن التأليف يتعثر، وحمّل حزب القوات اللبنانية مسؤولية "
                       "\"التشويش المتعمد على مسار التأليف\".", "2025-02-01")
    blame = one(quotes, cue="حمّل")
    assert (blame["speaker_id"], blame["text"]) == ("Nabih Berri", "التشويش المتعمد على مسار التأليف")
    quotes = quotes_of("وقال وزير الخارجية المالي إن بلاده لن تعود، واتهم «إيكواس» بالخضوع لنفوذ فرنسا.", "2025-01-30")
    assert one(quotes, cue="اتهم")["text"].endswith("الخضوع لنفوذ فرنسا")
    assert "إيكواس" not in one(quotes, cue="اتهم")["speaker"]


def test_quotes_holding_responsible_needs_someone_held(quotes_of):
    """دعا إلى تحمّل مسؤولياتها (to bear its responsibilities) blames no one: no quote of تحمّل."""
    quotes = quotes_of("ودعا الرئيس اللبناني جوزاف عون المجتمع الدولي إلى تحمّل مسؤولياتها كاملة.", "2025-02-01")
    assert "تحمّل" not in set(quotes["cue"])


def test_quotes_styles_of_address_and_joined_people(quotes_of):
    """معالي ناصر بوريطة speaks (not the one quoted before); two presidents joined by و, each with
    his role, speak together."""
    quotes = quotes_of("وقالت كايا كالاس إن الهجرة ملف إنساني. وأوضح معالي ناصر بوريطة، وزير الشؤون الخارجية، أن بلاده "
                       "أحبطت آلاف المحاولات.", "2025-10-01")
    assert one(quotes, cue="أوضح")["speaker_id"] == "Nasser Bourita"
    quotes = quotes_of("وكان الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر قد أعلنا أن "
                       "«أوروبا جاهزة».")
    assert one(quotes, cue="أعلنا")["speaker_id"] == "Emmanuel Macron|Keir Starmer"


def test_quotes_byline_is_no_quote(quotes_of):
    """كتب: طوني أبي خليل names the author; it reports nobody's words."""
    quotes = quotes_of("عون: لن نسمح لأحد بخطف ولادة الحكومة\n\nكتب: طوني أبي خليل\n\nقال الرئيس اللبناني جوزاف عون "
                       "إن الحكومة ستتشكل قريباً.", "2025-02-01")
    assert "كتب" not in set(quotes["cue"])


def test_quotes_wire_order_clause_before_said(quotes_of):
    """«…، قال Emmanuel Macron، في ما وصفه بأنه "خطوة حاسمة"»: the clause before قال is Macron's, and
    so is what he called it."""
    quotes = quotes_of("باريس (Reuters) - وقع زعماء فرنسا و بريطانيا و أوكرانيا يوم الثلاثاء على إعلان النوايا بشأن "
                       "نشر قوات في أوكرانيا، قال Emmanuel Macron، في ما وصفه بأنه \"خطوة حاسمة\" نحو الضمانات الأمنية.",
                       JAN_2026)
    said = one(quotes, cue="قال")
    assert said["speaker_id"] == "Emmanuel Macron" and said["text"].startswith("وقع زعماء")
    assert one(quotes, cue="وصفه")["speaker_id"] == "Emmanuel Macron"


def test_quotes_counted_as_is_no_cue(quotes_of):
    """يُعد / تُعد "is counted as" with no object pronoun reports nobody's words; يعده مسؤولون does."""
    quotes = quotes_of("ويُعد الاتحاد الأوروبي الشريك التجاري الأول للمملكة، إذ تتجاوز المبادلات بينهما 60 مليار يورو "
                       "سنوياً. وتُعد مصر من أكثر دول العالم معاناة من الشح المائي.", "2025-10-01")
    assert quotes.empty
    quotes = quotes_of("وتقترح خطة السلام الانضمام بحلول يناير 2027، وهو ما يعده مسؤولون عدة في المفوضية الأوروبية "
                       "غير واقعي وغير قابل للتنفيذ.")
    judged = one(quotes, cue="يعده")
    assert judged["speaker_type"] == "anonymous" and judged["text"].startswith("غير واقعي")


def test_quotes_what_a_speaker_calls_or_sees(quotes_of):
    """ما سمّاه «…»، ما يراه خصومه …، كلام يراه كثيرون …: a view given in a relative clause of ما is a
    quote of the one who holds it (named after the verb, else the person before it)."""
    quotes = quotes_of("في رد عملي على خطة الرئيس الأمريكي دونالد ترمب الرامية إلى تهجير سكان القطاع وتحويله إلى ما "
                       "سماه \"ريفييرا الشرق الأوسط\".", "2025-03-05")
    assert one(quotes, cue="سماه")[["speaker_id", "text"]].tolist() == ["Donald Trump", "ريفييرا الشرق الأوسط"]
    quotes = quotes_of("بعدما عاد الثنائي الشيعي إلى التمسك بحقيبة المال، في ما يراه خصومه محاولة مكشوفة لإعادة إنتاج "
                       "معادلة التعطيل.", "2025-02-01")
    seen = one(quotes, cue="يراه")
    assert seen["speaker"] == "خصومه" and seen["text"].startswith("محاولة مكشوفة")


def test_quotes_what_it_called_inside_a_reported_object(quotes_of):
    """نددت الجمعية … بما سمّته «…»: the label is the object of the condemnation, whose quote keeps it."""
    quotes = quotes_of("في المقابل، نددت الجمعية المغربية لحقوق الإنسان، في بيان لمكتبها المركزي، بما سمته \"المقاربة "
                       "الأمنية القمعية\" في التعامل مع احتجاجات سلمية.", "2025-10-11")
    assert "المقاربة الأمنية القمعية" in one(quotes, cue="نددت")["text"]


def test_quotes_several_is_no_pronoun(quotes_of):
    """عدة "several" is not عدّه "he counted it": it stays in the speaker phrase."""
    quotes = quotes_of("وقال مسؤولون عدة إن الاتفاق صامد.")
    assert one(quotes, cue="قال")["speaker"] == "مسؤولون عدة"


def test_quotes_bare_title_before_its_holder_is_named(quotes_of):
    """A bare المتحدث before Hamas's spokesman is first named opens another person's office: the
    Qatari spokesman speaks (statements set, sa2)."""
    quotes = quotes_of("وقال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري، في مؤتمر صحافي، إن المحادثات \"حققت "
                       "تقدماً ملموساً\". وأضاف الأنصاري أن أكثر من 300 فلسطيني قُتلوا منذ بدء الهدنة.\n\n"
                       "من جهته، قال المتحدث باسم حركة حماس حازم قاسم إن الحركة \"ملتزمة بالاتفاق\".", "2025-11-20")
    assert quotes[quotes["cue"] == "قال"]["speaker_id"].tolist() == ["Majed al-Ansari", "Hazem Qassem"]


def test_quotes_a_document_stipulates(quotes_of):
    """تنص الحزمة على…، ونص البيان المشترك … على…: the subject of نصّ is a document whatever its noun."""
    quotes = quotes_of("وتنص الحزمة على مضاعفة تمويل التكيّف ثلاث مرات بحلول عام 2035، من دون خط أساس واضح.", "2025-11-23")
    assert one(quotes, cue="تنص")[["speaker", "speaker_type"]].tolist() == ["الحزمة", "document"]
    quotes = quotes_of("ونص البيان المشترك الصادر في ختام الاجتماع على إطلاق حوار سنوي رفيع المستوى حول الهجرة والتنقل.")
    stipulated = one(quotes, cue="نص")
    assert stipulated["speaker_type"] == "document" and stipulated["text"].startswith("إطلاق حوار سنوي")


def test_quotes_accused_before_a_detached_bi(quotes_of):
    """واتهم باشينيان بـ"…": the one accused stands before بـ written apart; the speaker is the one before."""
    quotes = quotes_of("وفي يريفان، انتقد تحالف «أرمينيا» المعارض ما وصفه بـ\"اتفاق الاستسلام\"، واتهم باشينيان بـ\"بيع "
                       "سيونيك للأمريكيين\" و\"التفريط بالسيادة الوطنية\".", "2025-08-09")
    accused = one(quotes, cue="اتهم")
    assert accused["speaker_id"] != "Nikol Pashinyan" and accused["text"].startswith("\"بيع سيونيك")


def test_quotes_adverb_heading_is_no_speaker(quotes_of):
    """أميركياً، سارع …: the accusative heading before a comma is "on the American side", not a speaker."""
    quotes = quotes_of("أميركياً، سارع وزير الخارجية ماركو روبيو إلى الإشادة بالقرار، موجهاً التهنئة إلى الرئيسين "
                       "عون وسلام.", "2025-08-07")
    assert one(quotes, cue="التهنئة")["speaker_id"] == "Marco Rubio"


def test_quotes_replied_that(quotes_of):
    """ردّت X بأن «…» reports X's words; في رد عملي على … is the noun, no cue."""
    quotes = quotes_of("وردّ المتحدث باسم الكرملين دميتري بيسكوف بأن المجموعة \"لم تعمل يوماً ضد دول ثالثة\".",
                       "2025-07-07")
    replied = one(quotes, cue="ردّ")
    assert replied["speaker_id"] == "Dmitry Peskov" and replied["text"].startswith("المجموعة")
    quotes = quotes_of("وتبنت القمة الخطة المصرية، في رد عملي على خطة الرئيس الأمريكي دونالد ترمب الرامية إلى تهجير "
                       "سكان القطاع وتحويله إلى ما سماه \"ريفييرا الشرق الأوسط\".", "2025-03-05")
    assert "رد" not in set(quotes["cue"]) and one(quotes, cue="سماه")["speaker_id"] == "Donald Trump"


def test_quotes_quoted_sentence_then_the_writers_clause(quotes_of):
    """قال X: «…»، قبل أن يختم كلمته بالتأكيد على أن …: the quoted sentence ends at its mark, and the
    closing words are X's too (no one spoken of inside the quotation speaks)."""
    quotes = quotes_of("وقال غوتيريش مخاطباً لورينسو: \"سيدي الرئيس، أنت تتسلم المسؤولية في لحظة صعبة\"، قبل أن يختم "
                       "كلمته بالتأكيد على أن الأمم المتحدة \"ستبقى شريكاً ثابتاً\" لأفريقيا.", "2025-02-15")
    assert one(quotes, cue="مخاطباً")["text"] == "سيدي الرئيس، أنت تتسلم المسؤولية في لحظة صعبة"
    assert one(quotes, cue="التأكيد")["speaker_id"] == "António Guterres"


def test_quotes_without_announcing_is_no_quote(quotes_of):
    """من دون أن يعلن أي خطوة: nothing was announced."""
    quotes = quotes_of("وفي تصريحات لافتة، اعترف وزير الخارجية المصري بدر عبد العاطي بأن \"الخروقات الإسرائيلية تهدد "
                       "بنسف الاتفاق\"، من دون أن يعلن أي خطوة عملية للرد عليها.", "2025-11-20")
    assert quotes["cue"].tolist() == ["اعترف"]


def test_quotes_relayed_words_of_an_office_and_its_holder(quotes_of):
    """ونقلت وكالة تسنيم عن مستشار قائد الثورة … علي أكبر ولايتي قوله إن …: an office the lexicons do
    not hold, ending with its holder's name, is the inner speaker; the leader's title inside it is the
    genitive of his adviser's office."""
    quotes = quotes_of("ونقلت وكالة تسنيم عن مستشار قائد الثورة الإسلامية للشؤون الدولية علي أكبر ولايتي قوله إن "
                       "الممر \"لن يتحول إلى معبر لترامب، بل سيصبح مقبرة لمرتزقته\"، مؤكداً أن إيران ستمنع المشروع.",
                       "2025-08-09")
    assert one(quotes, cue="نقلت")["speaker_id"] == "Tasnim News Agency"
    assert one(quotes, cue="قوله")["speaker_id"] == "Ali Akbar Velayati"
    assert one(quotes, cue="مؤكداً")["speaker_id"] == "Ali Akbar Velayati"


def test_quotes_relayed_verbal_noun_takes_its_object(quotes_of):
    """نقلت الوكالة عن النيابة العامة إعلانها فتح «بحث قضائي»: the relayed announcement is a quote."""
    quotes = quotes_of("ونقلت وكالة المغرب العربي للأنباء عن النيابة العامة بأكادير إعلانها فتح \"بحث قضائي لتحديد "
                       "ملابسات ما وقع\".", "2025-10-11")
    announced = one(quotes, cue="إعلانها")
    assert announced["speaker"].startswith("النيابة العامة") and announced["text"].startswith("فتح")


def test_quotes_approved_is_no_admission(quotes_of):
    """أقرّ مجلس الوزراء «الأهداف» "approved"; أقرّ بأن … and اعترف بوقوع … are admissions."""
    quotes = quotes_of("أقرّ مجلس الوزراء اللبناني مساء اليوم الخميس \"الأهداف\" الواردة في مقدمة الورقة الأميركية.",
                       "2025-08-07")
    assert "أقرّ" not in set(quotes["cue"])
    quotes = quotes_of("وأقرّ وزير الخارجية بأن المحادثات كانت صعبة.")
    assert one(quotes, cue="أقرّ")["text"] == "المحادثات كانت صعبة"


def test_quotes_body_without_its_state_speaks_for_the_articles_state(quotes_of):
    """وزارة الداخلية named without its state, in an article about Morocco, speaks for Morocco."""
    quotes = quotes_of("تتواصل الاحتجاجات في المغرب منذ أسبوعين. وطالب المحتجون المغاربة الحكومة المغربية بإصلاح "
                       "المستشفيات في المغرب. وزعمت وزارة الداخلية أن العناصر \"اضطرت لاستعمال السلاح الوظيفي\".",
                       "2025-10-11")
    assert one(quotes, cue="زعمت")["speaker_id"] == "Morocco"


def test_quotes_ministry_of_a_named_government_speaks_for_that_government(quotes_of):
    """وزارة الصحة في حكومة الاستقرار الوطني (Derna floods, rival Libyan governments): the government
    named after في, not the state."""
    quotes = quotes_of("ارتفعت حصيلة ضحايا الفيضانات في درنة إلى أكثر من 5300 قتيل، فيما لا يزال نحو 10 آلاف "
                       "شخص في عداد المفقودين، بحسب وزارة الصحة في حكومة الاستقرار الوطني.", "2023-09-13")
    source = one(quotes, cue="بحسب")
    assert (source["speaker_id"], source["speaker_type"]) == ("Government of National Stability", "institution")


def test_quotes_ministry_named_by_its_portfolio_speaks_for_the_articles_state(quotes_of):
    """وزارة الصحة العامة, no state named, in an article about Morocco: Morocco's ministry."""
    quotes = quotes_of("تتواصل الاحتجاجات في المغرب منذ أسبوعين. وطالب المحتجون المغاربة الحكومة المغربية بإصلاح "
                       "المستشفيات في المغرب. وأعلنت وزارة الصحة العامة أن المستشفيات \"تعمل بكامل طاقتها\".",
                       "2025-10-11")
    assert one(quotes, cue="أعلنت")["speaker_id"] == "Morocco"


def test_quotes_counted_plural_of_states_is_the_states_named_together_before(quotes_of):
    """وكانت الدول الثلاث قد اتهمت «إيكواس» after مالي وبوركينا فاسو والنيجر, with Abuja named between:
    the three states together, a group speaker."""
    quotes = quotes_of("أعلنت مالي وبوركينا فاسو والنيجر انسحابها الفوري من المجموعة الاقتصادية لدول غرب أفريقيا. "
                       "وأفاد مصدر دبلوماسي في أبوجا بأن قمة استثنائية للمجموعة قد تُعقد الشهر المقبل.\n\n"
                       "وكانت الدول الثلاث قد اتهمت «إيكواس» بالخضوع لنفوذ فرنسا.", "2024-01-29")
    accused = one(quotes, cue="اتهمت")
    assert (accused["speaker_id"], accused["speaker_type"]) == ("Mali|Burkina Faso|Niger", "group")


def test_quotes_diplomats_spelt_with_ya_are_anonymous(quotes_of):
    """ديبلوماسيين غربيين (a Levantine spelling of دبلوماسيين): unnamed sources, not the West."""
    quotes = quotes_of("ونقلت الوكالة عن ديبلوماسيين غربيين قولهم ان الطرفين ربما يحتاجان الى عدة اسابيع اخرى.",
                       "2025-04-20")
    said = one(quotes, cue="قولهم")
    assert (said["speaker_id"], said["speaker_type"]) == ("", "anonymous")


def test_quotes_unnamed_presidency_spokesman_speaks_for_the_presidents_state(quotes_of):
    """المتحدث باسم رئاسة الجمهورية after the Egyptian president, in a round-up of many states: Egypt."""
    quotes = quotes_of("وهنأ الملك الأردني عبد الله الثاني البابا الجديد.\nمن جهته، هنأ الرئيس المصري عبد الفتاح السيسي "
                       "البابا. وقال المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس يتطلع إلى تعزيز التعاون.",
                       "2025-05-09")
    said = one(quotes, cue="قال")
    assert (said["speaker_id"], said["speaker_type"]) == ("Egypt", "institution")


def test_quotes_label_line_channel_is_not_the_speaker(quotes_of):
    """11:20 | وزارة الداخلية، في بيان: "…": the ministry speaks; في بيان is how."""
    quotes = quotes_of("تتواصل الانتخابات في مصر.\n\n11:20 | وزارة الداخلية، في بيان: \"الحالة الأمنية مستقرة ولم ترد أي "
                       "بلاغات عن معوقات\".", "2025-08-04")
    label = one(quotes, cue=":")
    assert label["speaker"] == "وزارة الداخلية"


def test_quotes_shortened_title_label_is_the_person_named_with_it(quotes_of):
    """رئيس الهيئة: … after رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي is Badawy speaking."""
    quotes = quotes_of("09:30 | رئيس الهيئة الوطنية للانتخابات المستشار حازم بدوي: جميع اللجان فتحت أبوابها.\n\n"
                       "04:00 | رئيس الهيئة: نسبة المشاركة مرتفعة ولا يوجد أي شك في نزاهة العملية.", "2025-08-04")
    later = quotes[quotes["text"].str.startswith("نسبة المشاركة")].iloc[0]
    assert later["speaker_id"] == quotes.iloc[0]["speaker_id"] != ""


def test_quotes_prosecution_at_a_city_speaks_for_the_articles_state(quotes_of):
    """النيابة العامة بأكادير, in an article about Morocco: the Moroccan state's prosecution."""
    quotes = quotes_of("تتواصل الاحتجاجات في المغرب. وطالب المحتجون المغاربة الحكومة المغربية بإصلاح المستشفيات في "
                       "المغرب. وأعلنت النيابة العامة بأكادير أن التحقيق \"سيحدد ملابسات ما وقع\".", "2025-10-11")
    assert one(quotes, cue="أعلنت")["speaker_id"] == "Morocco"


def test_quotes_party_named_after_its_head_in_quotation_marks_speaks(quotes_of):
    """زعم حزب «…» المعارض، في بيان، أن …: the party is the speaker, its adjective part of the phrase."""
    quotes = quotes_of("وزعم حزب «الأمل الجديد» المعارض، في بيان، أن البلاد تتعرض \"لانقلاب مكتمل الأركان\".")
    said = one(quotes, cue="زعم")
    assert (said["speaker"], said["speaker_id"]) == ("حزب «الأمل الجديد» المعارض", "unknown:الأمل الجديد")


def test_quotes_bare_party_head_refers_back_to_the_party(quotes_of):
    """وانتقد الحزب … after حزب «الأمل الجديد»: the party named before, not the last speaker."""
    quotes = quotes_of("وقالت المتحدثة باسم الحكومة سلمى العلي إن الوضع \"مستقر\". وزعم حزب «الأمل الجديد» في بيان أن "
                       "البلاد تتعرض \"لانقلاب\". وانتقد الحزب \"صمت\" البرلمان إزاء ما جرى.")
    assert one(quotes, cue="انتقد")["speaker_id"] == "unknown:الأمل الجديد"


def test_quotes_relative_clause_after_the_speaker_is_not_the_content(quotes_of):
    """انتقد التحالف، الذي يتزعمه …، ما وصفه بـ…: the words after the relative clause are the content."""
    quotes = quotes_of("وانتقد تحالف «الوطن» المعارض، الذي يتزعمه الرئيس الأسبق، ما وصفه بـ\"اتفاق الاستسلام\".")
    assert one(quotes, cue="انتقد")["text"] == "ما وصفه بـ\"اتفاق الاستسلام\""


def test_quotes_verb_after_a_relayed_report_goes_on_with_the_relayed_speaker(quotes_of):
    """نقلت الوكالة عن X قوله إن …، لكنه اعترف بأن …: X admits, not the agency that relays him."""
    quotes = quotes_of("ونقلت وكالة «سبوتنيك» عن وزير الخارجية الروسي سيرغي لافروف قوله إن المحادثات كانت \"مفيدة\"، "
                       "لكنه اعترف بأن الطرفين \"لم يتفقا على كل شيء\".")
    assert one(quotes, cue="اعترف")["speaker_id"] == one(quotes, cue="قوله")["speaker_id"] == "Sergey Lavrov"


def test_quotes_honorific_pronoun_with_nobody_quoted_is_the_person_styled_so(quotes_of):
    """وأكد سموه … after صاحب السمو الأمير فيصل بن فرحان (not the prince on whose behalf he went)."""
    quotes = quotes_of("ترأس صاحب السمو الأمير فيصل بن فرحان وزير الخارجية، نيابة عن صاحب السمو الملكي الأمير محمد بن "
                       "سلمان ولي العهد، وفد المملكة في القمة.\n\nوأكد سموه في كلمته أن المملكة \"تؤمن بالتعاون\". "
                       "كما أشاد سموه بـ\"الجهود الكبيرة\" التي بذلتها جنوب أفريقيا.", "2025-11-23")
    assert one(quotes, cue="أكد")["speaker_id"] == "Faisal bin Farhan Al Saud"
    assert one(quotes, cue="أشاد")["speaker_id"] == "Faisal bin Farhan Al Saud"


def test_quotes_nominal_object_after_an_aside_or_an_adverb(quotes_of):
    """شدد الوزير، في البيان ذاته، على…؛ يطالب الوزير أساساً بـ…؛ أكد فيها حرص…: the object after them."""
    quotes = quotes_of("وشدد وزير الخارجية المصري بدر عبد العاطي، في البيان ذاته، على حماية المدنيين.")
    assert one(quotes, cue="شدد")["text"] == "حماية المدنيين"
    quotes = quotes_of("ويطالب وزير الخارجية المصري بدر عبد العاطي أساساً بتحسين خدمات الصحة والتعليم.")
    assert one(quotes, cue="يطالب")["text"] == "تحسين خدمات الصحة والتعليم"
    quotes = quotes_of("وبعث الملك برقية تهنئة إلى البابا، أكد فيها حرص المملكة على مد جسور الحوار.")
    assert one(quotes, cue="أكد")["text"] == "حرص المملكة على مد جسور الحوار"


def test_quotes_protesters_are_a_group_speaker(quotes_of):
    """ويطالب المحتجون بتحسين…: the protesters speak, as a group."""
    quotes = quotes_of("ويطالب المحتجون بتحسين خدمات الصحة والتعليم.")
    said = one(quotes, cue="يطالب")
    assert (said["speaker"], said["speaker_type"]) == ("المحتجون", "group")


def test_comment_clause_with_a_cue_ends_the_words_before_and_names_its_own_speaker(quotes_of):
    # ، وهو ما V-ه X: the comment clause's cue has its own quote, and a participle after it is X's
    q = quotes_of('ونددت وزارة الخارجية بـ"الغموض" في الأرقام المعلنة، وهو ما اعتبره مراقبون "تلاعباً بالنتائج".')
    assert q[["speaker", "text"]].values.tolist() == [
        ["وزارة الخارجية", '"الغموض" في الأرقام المعلنة'], ["مراقبون", "تلاعباً بالنتائج"]]
    q = quotes_of("رصد مراقبون حشداً للناخبين أمام اللجان، وهو ما نفته مصادر في الحزب الحاكم، قائلة إن "
                  "«هذه ادعاءات لا أساس لها».")
    assert one(q, cue="قائلة")["speaker"] == "مصادر"


def test_verbal_noun_after_a_verb_first_clause_is_its_subjects(quotes_of):
    q = quotes_of("وتتابع الحكومة المحادثات بقلق، إذ جدد وزير الخارجية مطالبته بوقف التخصيب، محذراً من أن "
                  "أي اتفاق آخر «لن يكون مقبولاً».")
    assert q["speaker"].tolist() == ["وزير الخارجية", "وزير الخارجية"]


def test_subject_after_the_verb_past_an_addressee_or_a_wire_waw(quotes_of):
    # أكد لنا X: the one spoken to stands between the verb and its subject
    q = quotes_of("وقد أكد لنا الجانب الأمريكي أكثر من مرة أن «الاتفاق لم يتغير».")
    assert one(q, cue="أكد")["speaker_id"] == "United States"
    # و قد اعلنت X: a waw written apart, قد opens the clause and the subject follows the verb
    q = quotes_of("و قالت منظمة العفو الدولية ان التحقيق ضروري. و قد اعلنت الحكومة ان القطع اجراء مؤقت.")
    assert q["speaker"].tolist() == ["منظمة العفو الدولية", "الحكومة"]
    # اربيل (رويترز) - و كان X قد اعلن: the agency of the dateline is not the subject
    q = quotes_of("اربيل (رويترز) - و كان الحزب الديمقراطي قد اعلن في ايار انه قرر حل نفسه.")
    assert q["speaker"].tolist() == ["الحزب الديمقراطي"]


def test_circles_with_an_adjective_of_belonging_are_anonymous_speakers(quotes_of):
    q = quotes_of('ورأت أوساط إيرانية في ذلك "تناقضاً واضحاً" في الموقف الأمريكي.')
    assert q[["speaker", "speaker_type"]].values.tolist() == [["أوساط إيرانية", "anonymous"]]


def test_thanking_verb_with_an_aside_before_the_one_thanked(quotes_of):
    q = quotes_of('وشكر رئيس الإقليم، في تدوينة على منصة "إكس"، "جميع الأطراف التي ساهمت في الاتفاق"، '
                  'معتبراً أن الإقليم "عامل استقرار".')
    assert q[["speaker", "text"]].values.tolist() == [
        ["رئيس الإقليم", "جميع الأطراف التي ساهمت في الاتفاق"], ["رئيس الإقليم", 'الإقليم "عامل استقرار"']]


def test_channel_aside_after_a_verb_and_its_subject_takes_no_speaker(quotes_of):
    # بحسب ما نقل عنه زواره: how the report came, not a quote of the visitors; the next cue goes on with him
    q = quotes_of('من جهته، شدد الرئيس، بحسب ما نقل عنه زواره، على أن "زمن السلاح انتهى". '
                  'ووجّه الشكر إلى فرنسا على "وقوفها إلى جانب لبنان".')
    assert q[["speaker", "cue"]].values.tolist() == [["الرئيس", "شدد"], ["الرئيس", "وجّه الشكر"]]


def test_feminine_head_noun_of_a_construct_runs_on_to_its_genitive(quotes_of):
    # وزارة خارجية X: the ة of وزارة is no pronoun, so the indefinite خارجية is part of the speaker
    q = quotes_of("وقالت وزارة خارجية أرض الصومال في بيان إن الاتفاق «لا يعنيها في شيء».")
    assert q[["speaker", "speaker_id"]].values.tolist() == [["وزارة خارجية أرض الصومال", "Somaliland"]]


def test_headline_statement_with_a_nominal_or_dual_predicate_is_a_quote(quotes_of):
    text = ("الهيئة الوطنية للانتخابات: الإقبال مرتفع في معظم المحافظات\n\n"
            "وقالت الهيئة إن التصويت يجري بهدوء.")
    q = quotes_of(text)
    assert one(q, cue=":")["text"] == "الإقبال مرتفع في معظم المحافظات"
    q = quotes_of("أردوغان: السودان وتشاد اتفقا على فتح صفحة جديدة\n\nوقال أردوغان إن اللقاء كان مثمراً.")
    assert one(q, cue=":")["text"] == "السودان وتشاد اتفقا على فتح صفحة جديدة"
    # a topic after the colon stays a heading
    q = quotes_of("أردوغان: القمة الثلاثية في أنقرة\n\nوقال أردوغان إن اللقاء كان مثمراً.")
    assert ":" not in q["cue"].tolist()


def test_headline_construct_subject_with_a_verb_is_a_statement(quotes_of):
    # a construct (قمة العُلا) followed by a verb states; a construct alone names a topic
    text = ("ولي العهد: قمة العُلا تعيد اللحمة الخليجية.. والقادة يوقعون «بيان العلا»\n\n"
            "وقال ولي العهد السعودي الأمير محمد بن سلمان إن القمة ناجحة.")
    head = one(quotes_of(text, "2021-01-05"), cue=":")
    assert (head["text"], head["speaker_id"]) == ("قمة العُلا تعيد اللحمة الخليجية", "Mohammed bin Salman")
    q = quotes_of("ولي العهد: قمة العُلا في ختام أعمالها\n\nوقال ولي العهد السعودي الأمير محمد بن سلمان إن القمة ناجحة.",
                  "2021-01-05")
    assert ":" not in q["cue"].tolist()


def test_outlet_in_marks_after_la_is_the_one_spoken_to(quotes_of):
    # قال takes a clause: a short name in marks glued to لـ is the outlet, not the quoted words
    text = ("وقال مصدر أمني باكستاني لـ«الرأي الدولي»، مشترطاً عدم الكشف عن هويته، إن الضربات طالت "
            "«سبعة مواقع على الأقل» لجماعتين مسلحتين.")
    q = one(quotes_of(text, "2024-01-18"), cue="قال")
    assert (q["speaker_type"], q["text"]) == ("anonymous", "الضربات طالت «سبعة مواقع على الأقل» لجماعتين مسلحتين")
    # a cue that takes a noun phrase keeps the words in marks after لـ as its content
    q = quotes_of("وأعرب رئيس المجلس الرئاسي الليبي محمد المنفي عن تقديره لـ«الموقف الثابت» للجزائر وتونس.",
                  "2024-04-22")
    assert "الموقف الثابت" in one(q, cue="أعرب")["text"]


def test_list_after_a_long_speaker_phrase_and_a_channel(quotes_of):
    text = ("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان في مؤتمر صحفي:\n\n"
            "- المملكة تدعم الحل السياسي في اليمن.\n- لا بديل عن الحوار بين الأطراف.\n\nوكان الوزير قد وصل أمس.")
    q = quotes_of(text)
    items = q[q["form"] == "list_item"]
    assert items["text"].tolist() == ["المملكة تدعم الحل السياسي في اليمن", "لا بديل عن الحوار بين الأطراف"]
    assert set(items["speaker_id"]) == {"Faisal bin Farhan Al Saud"}


def test_list_of_a_speech_named_by_its_pronoun_is_the_speech_givers(quotes_of):
    # nobody quoted before: كلمته is the speech of the person who gave it in the sentence before
    text = ("وألقى الرئيس المصري عبد الفتاح السيسي كلمة في افتتاح القمة. وأبرز ما جاء في كلمته:\n\n"
            "- مصر لن تقبل بتهجير الفلسطينيين.\n- الحل العادل هو إقامة الدولة الفلسطينية.\n")
    q = quotes_of(text, "2025-03-04")
    assert q["speaker_id"].tolist() == ["Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"]
    # words announcing the list are not the speaker's
    q = quotes_of("وتعهد الرئيس المنتخب بما يلي:\n- محاربة الفساد.\n- إصلاح القضاء.\n", "2024-03-27")
    assert set(q["speaker"]) == {"الرئيس المنتخب"}


def test_list_with_ordinal_bullets_and_the_text_of_a_document(quotes_of):
    q = quotes_of("وأكد البيان الختامي ما يلي:\nأولاً: دعم وحدة السودان.\nثانياً: رفض التدخل الخارجي.\n")
    assert q[["speaker_type", "text"]].values.tolist() == [["document", "دعم وحدة السودان"],
                                                           ["document", "رفض التدخل الخارجي"]]
    q = quotes_of("وجاء في نص الإعلان:\n- الالتزام بوقف إطلاق النار.\n- تبادل الأسرى.\n")
    assert set(q["speaker"]) == {"الإعلان"} and len(q) == 2


def test_list_introduced_in_the_next_sentence_is_not_the_earlier_cues(quotes_of):
    text = ("وفي كلمته الافتتاحية، أكد الرئيس الصيني شي جين بينغ أن المنظمة قوية، داعياً إلى \"حوكمة عالمية أكثر عدلاً\". "
            "وأبرز ما جاء في كلمته:\n- علينا أن نعارض عقلية الحرب الباردة.\n- الصين مستعدة لتقاسم فرص سوقها.\n")
    q = quotes_of(text)
    assert one(q, cue="داعياً")["text"] == "حوكمة عالمية أكثر عدلاً"
    assert (q["form"] == "list_item").sum() == 2


def test_participle_plural_ends_the_nominal_content_before_it(quotes_of):
    q = quotes_of("ويطالب المحتجون بتحسين خدمات الصحة، منددين بإنفاق المليارات على الملاعب.")
    assert q["cue"].tolist() == ["يطالب", "منددين"]
    assert one(q, cue="يطالب")["text"].endswith("خدمات الصحة")
    assert one(q, cue="منددين")["text"].endswith("إنفاق المليارات على الملاعب")


def test_person_named_between_commas_after_his_role_is_the_speaker(quotes_of):
    q = quotes_of("وقال المحلل في معهد الدراسات السياسية بجامعة بغداد، سامر الحلبي، إن الاتفاق «هش».")
    assert one(q, cue="قال")["speaker_id"] == "unknown:سامر الحلبي"


def test_cue_during_a_narrated_act_speaks_for_its_doer_not_the_object(quotes_of):
    q = quotes_of("وأجرى وزير الخارجية السعودي فيصل بن فرحان اتصالاً هاتفياً بنظيره الأمريكي ماركو روبيو، "
                  "أكد خلاله حرص المملكة على التهدئة.")
    assert one(q, cue="أكد")["speaker_id"] == "Faisal bin Farhan Al Saud"


def test_office_called_on_after_a_communique_is_not_its_speaker(quotes_of):
    text = ('وقال البرلمان في بيان إن القرار "باطل". وأضاف البيان أن المجلس "لن يعترف بأي إدارة مفروضة"، '
            'ودعا النائب العام إلى "ملاحقة المقتحمين".')
    q = quotes_of(text)
    assert one(q, cue="دعا")["speaker"] == "البيان"


def test_bare_noun_object_after_a_phrase_of_time_or_an_aside(quotes_of):
    q = quotes_of("وكان الوزير قد أعلن في وقت لاحق رفضه للخطة الأمريكية.")
    assert one(q, cue="أعلن")["text"] == "رفضه للخطة الأمريكية"
    q = quotes_of("وأعلنت الحكومة، في مؤتمر صحفي، فوز المرشح المستقل بالمقعد.")
    assert one(q, cue="أعلنت")["text"] == "فوز المرشح المستقل بالمقعد"
    # an adjective after the phrase of channel is no object
    q = quotes_of("وأعلن الوزير في مؤتمر صحفي مشترك مع نظيره الفرنسي.")
    assert q.empty


def test_titled_subject_between_complementizer_and_verb_wins_over_the_one_told(quotes_of):
    q = quotes_of("وأكدت مصادر مطلعة أن رئيس الأركان الفريق أول خالد الحربي أبلغ الرئيس أن الجيش «لن يتدخل».")
    assert one(q, cue="أبلغ")["speaker"] == "رئيس الأركان الفريق أول خالد الحربي"


def test_object_of_a_describing_verb_after_a_title_is_not_part_of_the_speaker(quotes_of):
    q = quotes_of("قال وزير الخارجية العراقي فؤاد حسين إن الحوار مستمر. "
                  "ووصف الوزير العلاقة مع الكويت بأنها «في أحسن أحوالها».")
    assert one(q, cue="وصف")[["speaker", "speaker_id"]].tolist() == ["الوزير", "Fuad Hussein"]
    # an indefinite title heads a construct: the definite word after it is its genitive
    q = quotes_of("ووصفت كبيرة الدبلوماسيين في الاتحاد الأوروبي كايا كالاس الهجوم بأنه «وحشي».")
    assert one(q, cue="وصفت")["speaker_id"] == "Kaja Kallas"


def test_unnamed_survivor_relayed_by_a_channel_gives_two_rows(quotes_of):
    q = quotes_of('ونقلت قناة «الجزيرة» عن ناجٍ من المدينة قوله إن المسلحين "أطلقوا النار على الجميع".')
    assert one(q, cue="قوله")[["speaker", "speaker_type"]].tolist() == ["ناجٍ", "anonymous"]
    assert one(q, cue="نقلت")["speaker_id"] == "Al Jazeera"


def test_list_introduced_after_a_relative_clause_on_its_speaker(quotes_of):
    text = ("وجاء في بيان لحملة المرشح المستقل، الذي خاض السباق من منفاه في الخارج:\n\n"
            "- نرفض النتائج المعلنة جملة وتفصيلاً.\n- سنطعن في النتائج أمام القضاء.\n\nوانتهى الاقتراع مساء الأحد.")
    q = quotes_of(text)
    assert q[q["form"] == "list_item"]["text"].tolist() == ["نرفض النتائج المعلنة جملة وتفصيلاً",
                                                             "سنطعن في النتائج أمام القضاء"]


def test_noun_with_a_pronoun_that_reads_as_a_blaming_verb_stops_nothing(quotes_of):
    # حملته "his campaign" is no حمّلته "she blamed him": no responsibility follows it
    q = quotes_of("وقال المرشح من مقر حملته في العاصمة إن النتائج «انتصار للشعب».")
    assert q[["cue", "text"]].values.tolist() == [["قال", "النتائج «انتصار للشعب»"]]


def test_name_in_marks_after_an_organisation_head_is_no_content(quotes_of):
    q = quotes_of('وقالت منظمة "نحن هنا"، التي منعت من المراقبة، إن الهيئة "فقدت حيادها".')
    assert q["text"].tolist() == ['الهيئة "فقدت حيادها"']


def test_issuer_of_a_communique_speaks_in_its_relative_clause(quotes_of):
    q = quotes_of("وأصدرت أحزاب المعارضة بياناً مشتركاً نددت فيه بـ«التلاعب بالنتائج».")
    assert one(q, cue="نددت")[["speaker", "speaker_type"]].tolist() == ["أحزاب المعارضة", "group"]


def test_blamed_phrase_with_adjectives_before_the_responsibility_word(quotes_of):
    q = quotes_of("ورأى الأمين العام أن الإقبال «مقبول»، وحمّل أحزاب المعارضة المقاطِعة مسؤولية «تيئيس الناخبين».")
    assert one(q, cue="حمّل")["speaker"] == "الأمين العام"


def test_attribution_after_a_quoted_clause_is_a_second_row_over_the_same_words(quotes_of):
    q = quotes_of("وبعث الرئيس السيسي برقية تهنئة، أكد فيها حرص مصر على تعزيز التعاون، "
                  "بحسب ما نقلته وكالة أنباء الشرق الأوسط.")
    assert q["text"].tolist() == ["حرص مصر على تعزيز التعاون"] * 2
    assert one(q, cue="أكد")["speaker_id"] == "Abdel Fattah el-Sisi"


def test_anonymity_aside_stops_no_words_of_the_source(quotes_of):
    q = quotes_of("واعتبر قيادي في الحركة، طلب عدم ذكر اسمه، أن الاتفاق «خطوة أولى».")
    assert q[["speaker", "speaker_type", "text"]].values.tolist() == [["قيادي", "anonymous", "الاتفاق «خطوة أولى»"]]
    q = quotes_of("وبحسب مصدر في الهيئة، طلب عدم الكشف عن هويته، فإن الهيئة تدرس مراجعة آليات التصويت.")
    assert q["text"].tolist() == ["الهيئة تدرس مراجعة آليات التصويت"]


def test_role_in_apposition_after_the_speaker_is_skipped(quotes_of):
    q = quotes_of("ويرى الدكتور سامر الحلبي، أستاذ العلوم السياسية بجامعة دمشق، أن القمة «رسالة واضحة».")
    assert q["text"].tolist() == ["القمة «رسالة واضحة»"]


def test_person_in_a_relative_clause_on_the_subject_does_not_speak(quotes_of):
    text = ("وفي بغداد، انتقد ائتلاف «دولة القانون» المعارض، الذي يتزعمه رئيس الوزراء الأسبق نوري المالكي، "
            "ما وصفه بـ«الصفقة»، واتهم الحكومة بـ«التفريط بالسيادة».")
    q = quotes_of(text)
    assert "المالكي" not in one(q, cue="اتهم")["speaker"]


def test_quotes_verbal_noun_with_pronoun_is_the_object_of_the_verb(quotes_of):
    # وجددت دعوتها إلى…: the verbal noun of saying belongs to the cue, the words follow it, and the
    # verb with no subject continues the speaker of the clause before
    text = ('وفي مؤتمر صحفي، أعلنت الحكومة أنها "ستواصل الحوار حتى تلبية المطالب"، '
            'وجددت دعوتها إلى "وقف الإضراب في القطاع العام".')
    q = one(quotes_of(text), cue="جددت")
    assert q["speaker"] == "الحكومة"
    assert q["text"] == "وقف الإضراب في القطاع العام"


def test_quotes_clause_opening_with_sur_an_ma_has_its_verb_after_ma(quotes_of):
    # وسرعان ما أصدرت X بياناً … ندد فيه: the issuer speaks in the communiqué; سرعان is no verb
    text = 'وسرعان ما أصدرت أحزاب المعارضة بياناً مشتركاً نددت فيه بـ"تزوير" نتائج الاقتراع.'
    q = one(quotes_of(text), cue="نددت")
    assert q["speaker"] == "أحزاب المعارضة"


def test_quotes_election_campaign_staff_speak(quotes_of):
    text = 'وقالت مديرية الحملة الانتخابية للمرشح المستقل إن "الأرقام المعلنة غير منطقية".'
    q = one(quotes_of(text), cue="قالت")
    assert q["speaker"].startswith("مديرية الحملة الانتخابية")
    assert q["speaker_type"] == "institution"


def test_quotes_speaker_of_a_narrated_act_is_its_subject_not_its_object(quotes_of):
    # استقبل X وزيرَ … Y، وقال: the و of وزير is a letter of the word, not a conjunction joining Y to X
    text = ('واستقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية الأمريكي ماركو روبيو في الإليزيه، '
            'وقال إن "أوروبا لن تتخلى عن أوكرانيا".')
    q = one(quotes_of(text), cue="قال")
    assert q["speaker_id"] == "Emmanuel Macron"


def test_quotes_verbal_noun_object_in_quotation_marks_after_its_preposition(quotes_of):
    # دعوته إلى «…»: the quoted words after the preposition, without their marks
    text = 'ونقلت وكالة رويترز عن ماكرون دعوته إلى "هدنة فورية في غزة".'
    q = one(quotes_of(text), cue="دعوته")
    assert q["text"] == "هدنة فورية في غزة"


def test_quotes_spokesman_phrase_runs_over_bism(quotes_of):
    # الناطق باسم الوفد الحكومي: باسم joins the spokesman to his body, the phrase does not stop at it
    text = "وردّ الناطق باسم الوفد الحكومي بأن «من يقصف المدنيين في ماسيسي هو آخر من يحق له الحديث»."
    q = one(quotes_of(text), cue="ردّ")
    assert q["speaker"] == "الناطق باسم الوفد الحكومي"


def test_quotes_unnamed_spokesman_of_the_government_speaks_for_its_state(quotes_of):
    text = ("واشنطن 11 شباط (بترا)- أكد الملك عبدالله الثاني موقف الأردن. وفي عمّان، قال الناطق الرسمي "
            "باسم الحكومة إن الحكومة ستواصل تنفيذ التوجيهات.")
    q = one(quotes_of(text), cue="قال")
    assert (q["speaker_id"], q["speaker_type"]) == ("Jordan", "institution")


def test_quotes_nested_report_with_its_content_after_a_preposition(quotes_of):
    # أشار البيان إلى أن جلالة الملك حذر من…: the king's warning is a quote inside the statement's
    text = "وأشار البيان إلى أن جلالة الملك حذر من خطورة تصاعد اعتداءات المستوطنين في الضفة الغربية."
    q = one(quotes_of(text), cue="حذر")
    assert q["text"] == "خطورة تصاعد اعتداءات المستوطنين في الضفة الغربية"
    assert q["speaker"] == "جلالة الملك"


def test_quotes_highlight_line_of_a_surname_the_article_names_later(quotes_of):
    # - شمخاني: …: a one-word label on a highlight line is a speaker, even before the actor layer reads him
    text = ("السعودية وإيران تعلنان من بكين استئناف علاقاتهما\n\n- شمخاني: المحادثات كانت صريحة وبنّاءة\n\n"
            "وقال أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني إن الاتفاق خطوة مهمة.")
    q = one(quotes_of(text), form="label_line")
    assert q["text"] == "المحادثات كانت صريحة وبنّاءة"
    assert q["speaker"] == "شمخاني"


def test_quotes_complaint_verb_is_an_evaluative_cue(quotes_of):
    text = 'لكن المسؤول شكا من أن "الفصائل المدعومة من إيران عرقلت كل محاولة للتهدئة".'
    q = one(quotes_of(text), cue="شكا")
    assert q["verb_class"] == "evaluative"
    assert "الفصائل المدعومة من إيران" in q["text"]


def test_quotes_bare_opposition_is_a_group_speaker(quotes_of):
    text = 'وأعلن المركز فوز الرئيس بولاية ثالثة، في اقتراع قالت المعارضة إنه شابه "تزوير واسع".'
    q = one(quotes_of(text), cue="قالت")
    assert (q["speaker"], q["speaker_type"]) == ("المعارضة", "group")


def test_quotes_kama_thamman_is_the_verb_of_praise(quotes_of):
    # كما ثمّن البيان: after كما the 3ms form is the verb "commended", not ثمن "price"
    text = "وأكد البيان احترام سيادة الدول. كما ثمّن البيان دور الولايات المتحدة في التوصل إلى اتفاق وقف إطلاق النار."
    q = one(quotes_of(text), verb_class="praising")
    assert q["speaker"] == "البيان"
    assert q["text"].startswith("دور الولايات المتحدة")


def test_quotes_negative_complementizer_stays_in_the_content(quotes_of):
    # مرجحاً ألا تؤثر: ألا is أن and لا; the negation is part of what was said
    text = ('وقال مركز الحياة - راصد، في تقريره الأولي، إن فرقه الميدانية رصدت "مخالفات محدودة" في عدد من '
            "الدوائر، مرجحاً ألا تؤثر هذه المخالفات على النتائج النهائية.")
    q = one(quotes_of(text), cue="مرجحاً")
    assert q["text"] == "ألا تؤثر هذه المخالفات على النتائج النهائية"


def test_quotes_feminine_participle_of_lafata_with_its_preposition(quotes_of):
    # لافتةً إلى أن: the participle, where لافتة alone would be a banner
    text = ('وأشادت بعثة الاتحاد الأوروبي لمراقبة الانتخابات بـ"الأداء المهني" للهيئة المستقلة للانتخاب، '
            'لافتةً إلى أن الاقتراع جرى "بشكل منظم وهادئ".')
    q = one(quotes_of(text), form="participle")
    assert q["text"] == 'الاقتراع جرى "بشكل منظم وهادئ"'


def test_quotes_continuation_verb_takes_a_bare_noun_object(quotes_of):
    # كما أكد أهمية…: no subject after the verb, and أهمية cannot be one: the object is the content
    text = ('وأضاف وزير الخارجية التركي مولود جاويش أوغلو أن بلاده "لا تطمع في أراضي أي دولة".\n'
            "كما أكد أهمية تهيئة الظروف لعودة آمنة وطوعية للاجئين السوريين.")
    q = one(quotes_of(text), cue="أكد")
    assert q["text"] == "أهمية تهيئة الظروف لعودة آمنة وطوعية للاجئين السوريين"
    assert q["form"] == "continuation"


def test_quotes_participle_of_pointing_out_takes_a_noun_phrase(quotes_of):
    text = ('وأعلن مجلس الوزراء الصومالي، عقب اجتماع طارئ، أن المذكرة "لاغية وباطلة"، '
            "مشيراً إلى استدعاء سفير البلاد في إثيوبيا للتشاور.")
    q = one(quotes_of(text), cue="مشيراً")
    assert q["text"] == "استدعاء سفير البلاد في إثيوبيا للتشاور"
    assert q["speaker"] == "مجلس الوزراء الصومالي"


def test_quotes_object_after_a_month_and_its_adjective_of_time(quotes_of):
    text = ("وكانت الهيئة قد أعلنت في أكتوبر الماضي رفضها طلبات الطعن. وكان رئيس النظام السوري بشار الأسد قد "
            "اشترط في مارس/آذار الماضي انسحاب القوات التركية قبل أي لقاء مع الرئيس رجب طيب أردوغان.")
    q = one(quotes_of(text), cue="اشترط")
    assert q["text"].startswith("انسحاب القوات التركية")


def test_quotes_conformity_with_a_law_is_no_attribution(quotes_of):
    text = "ويُعد مجلس النواب العشرون أول مجلس يُنتخب وفق قانون الانتخاب الجديد الذي خصص 41 مقعداً للقوائم الحزبية."
    assert quotes_of(text).empty


def test_quotes_highlight_lines_under_the_headline_name_their_speakers(quotes_of):
    # - الهلال الأحمر الليبي: …، - عميد بلدية درنة: …: highlight lines whose labels no lexicon reads whole
    text = ("درنة تحت الركام: آلاف القتلى والمفقودين\n\n- الهلال الأحمر الليبي: عدد المفقودين قد يتجاوز 10 آلاف\n"
            "- عميد بلدية درنة: الحصيلة قد تصل إلى 20 ألف ضحية\n\n"
            "ارتفعت حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة شرقي ليبيا إلى أكثر من 5300 قتيل بحسب وزارة الصحة.")
    found = quotes_of(text)
    lines = found[found["form"] == "label_line"]
    assert lines["speaker"].tolist() == ["الهلال الأحمر الليبي", "عميد بلدية درنة"]
    assert lines["speaker_type"].tolist()[0] == "institution"


def test_quotes_highlight_line_with_a_role_alone_is_a_person(quotes_of):
    text = ("درنة تحت الركام: آلاف القتلى والمفقودين\n\n- عميد بلدية درنة: الحصيلة قد تصل إلى 20 ألف ضحية\n\n"
            "ارتفعت حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة شرقي ليبيا إلى أكثر من 5300 قتيل بحسب وزارة الصحة.")
    lines = quotes_of(text)
    assert lines[lines["form"] == "label_line"]["speaker_type"].tolist() == ["person"]


def test_quotes_list_of_other_stories_is_no_highlight(quotes_of):
    # a bulleted line after the first paragraph links another story: its label is read only as before
    text = ("ارتفعت حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة شرقي ليبيا إلى أكثر من 5300 قتيل بحسب وزارة الصحة.\n\n"
            "اقرأ أيضاً:\n- الهيئة الوطنية للانتخابات: لا تمديد للتصويت في الخارج")
    assert (quotes_of(text)["form"] != "label_line").all()


def test_quotes_role_alone_after_a_cue_is_a_person(quotes_of):
    # وقال النائب العام: a role whose holder the article does not name is a person with no id
    found = quotes_of("وقال النائب العام إن التحقيق في انهيار السدين ما زال جارياً وإن المسؤولين سيحاسبون.")
    assert found[["speaker", "speaker_id", "speaker_type"]].values.tolist() == [["النائب العام", "", "person"]]


def test_quotes_unnamed_spokesman_of_a_ministry_speaks_for_it(quotes_of):
    # المتحدث باسم الوزارة after وزارة الخارجية الصينية: the ministry's state, an institution speaker
    found = quotes_of("وقالت وزارة الخارجية الصينية إن بكين ترحب بالاتفاق. "
                      "وقال المتحدث باسم الوزارة إن الصين مستعدة لدعم تنفيذه.")
    assert found[["speaker_id", "speaker_type"]].values.tolist() == [["China", "institution"]] * 2


def test_quotes_unread_name_after_the_verb_is_a_new_speaker(quotes_of):
    # events19: «وقال با في رسالة نشرها على حسابه: "…"» and «فرد وانغ: "…"»: the name after the verb is
    # the speaker, not the one quoted before
    text = ('وخلال المراسم، توجّه العيبان إلى وزير الخارجية الصيني بالقول: "أنتم شريك صادق وبلدكم أثبت أنه وسيط". '
            'فرد وانغ: "الفضل لشجاعتكم وشجاعة أشقائكم الإيرانيين".\n\n'
            'أظهر المرشح الخاسر قدراً محترماً من الروح الرياضية. '
            'وقال با في رسالة نشرها على حسابه: "أهنئ بشيرو ديوماي فاي على فوزه الواضح".')
    found = quotes_of(text, "2024-03-25")
    assert found[["speaker", "speaker_id", "speaker_type"]].values.tolist()[-2:] == [
        ["وانغ", "Wang Yi", "person"], ["با", "unknown:با", "person"]]


def test_quotes_adverb_after_the_verb_is_no_speaker(quotes_of):
    # وقال مازحاً: an adverb of manner, not a name: the speaker of the previous quote goes on
    text = 'وقال الرئيس الفرنسي إيمانويل ماكرون إن "القمة ناجحة". وأضاف مازحاً: "لن نترك هذا المكان قبل الاتفاق".'
    found = quotes_of(text)
    assert found["speaker_id"].tolist() == ["Emmanuel Macron"] * 2


def test_quotes_according_to_a_definite_body_drops_the_preposition(quotes_of):
    # وفقاً للهيئة: ل + الهيئة; the speaker's words start after the preposition and the body is an institution
    found = quotes_of("وبلغت نسبة المشاركة في الانتخابات الرئاسية 28.8 بالمئة، وفقاً للهيئة.")
    assert found[["speaker", "speaker_type"]].values.tolist() == [["هيئة", "institution"]]


def test_quotes_role_and_unread_name_after_the_verb_across_an_aside(quotes_of):
    # events21: «إذ قالت كبيرة مفاوضيه آن راسموسن، ممثلة ساموا، إن «…»»: the negotiator speaks, not the
    # alliance of the sentence before; آن is her name, not أن
    text = ("في المقابل، أبدى تحالف الدول الجزرية الصغيرة (أوسيس) تحفظه على النص، إذ قالت كبيرة مفاوضيه "
            "آن راسموسن، ممثلة ساموا، إن «تصحيح المسار الضروري لم يتحقق بعد».")
    said = one(quotes_of(text, "2023-12-13"), cue="قالت")
    assert (said["speaker"], said["speaker_type"]) == ("كبيرة مفاوضيه آن راسموسن", "person")


def test_quotes_unread_subject_after_its_verb_needs_no_subject_before(quotes_of):
    # events6: «غير أن مصادر مطلعة أكدت لموقعنا أن …»: the sources stand before their verb; لموقعنا is
    # the one told
    text = "تلتزم قيادة الجيش الصمت، غير أن مصادر مطلعة أكدت لموقعنا أن قائد الجيش أبلغ الرئيس بموقفه."
    assert quotes_of(text)["speaker"].tolist()[0] == "مصادر مطلعة"


def test_quotes_document_described_by_its_verb_speaks(quotes_of):
    # events10: «صادقوا على إعلان يدعو المجتمع الدولي إلى …»: the declaration calls, not the leaders;
    # «بياناً يدعو فيه»: the council calls in its statement
    text = ("تحدث القادة والمندوبون عن «الإبادة»، ثم صادقوا على إعلان يدعو المجتمع الدولي إلى «تحمّل مسؤولياته». "
            "وأصدر مجلس الأمن الدولي بياناً يدعو فيه الأطراف إلى وقف فوري لإطلاق النار.")
    found = quotes_of(text, "2025-05-17")
    assert found[["speaker", "speaker_type"]].values.tolist() == [
        ["إعلان", "document"], ["مجلس الأمن الدولي", "institution"]]


def test_quotes_according_to_a_relaying_agency_names_both(quotes_of):
    # events19: «وبحسب ما نقلته وكالة المغرب العربي للأنباء عن مصدر دبلوماسي، فإن …»: the agency's
    # report (outer) of the diplomatic source's words (inner)
    text = ('وبحسب ما نقلته وكالة المغرب العربي للأنباء عن مصدر دبلوماسي، فإن الرباط "قد تستقبل فاي '
            'في أول جولة إفريقية له".')
    found = quotes_of(text, "2024-03-25")
    assert found[["speaker", "speaker_type", "cue", "form"]].values.tolist() == [
        ["وكالة المغرب العربي للأنباء", "institution", "بحسب ما", "according_to"],
        ["مصدر دبلوماسي", "anonymous", "نقلته", "verb"]]
    assert found["text"].tolist()[0].startswith("مصدر دبلوماسي")


def test_quotes_unread_name_before_a_channel_in_quotation_marks(quotes_of):
    # events25: «وكتب براك على منصة «إكس» أنه …»: the envoy writes, not the reports quoted before
    text = ("حيث أفادت التقارير بأن الشيباني التقى ديرمر، بحضور المبعوث الأميركي إلى سوريا توم براك.\n\n"
            'وكتب براك على منصة «إكس» أنه التقى "السوريين والإسرائيليين في باريس".')
    wrote = one(quotes_of(text, "2025-07-20"), cue="كتب")
    assert (wrote["speaker_id"], wrote["speaker_type"]) == ("unknown:توم براك", "person")


def test_quotes_relayed_words_across_a_long_relative_aside(quotes_of):
    # events25: «ونقلت كونا عن ولي عهد الكويت …، الذي ترأس وفد بلاده إلى القمة، قوله إن»: the crown
    # prince's words, relayed by the agency
    text = ("ونقلت وكالة الأنباء الكويتية (كونا) عن ولي عهد الكويت الشيخ مشعل الأحمد الجابر الصباح، الذي ترأس "
            "وفد بلاده إلى القمة، قوله إن «المصالحة ثمرة حكمة خادم الحرمين الشريفين وأخيه أمير قطر».")
    said = one(quotes_of(text, "2021-01-05"), cue="قوله")
    assert said["speaker_id"] == "Mishal Al-Ahmad Al-Jaber Al-Sabah"


def test_quotes_role_then_a_name_the_actor_layer_lacks(quotes_of):
    # events25: «وزير العدل المكلف معاوية عثمان محمد خير»: the name after the office is the speaker's id
    found = quotes_of("وقال وزير العدل المكلف معاوية عثمان محمد خير إن السودان قدم أدلة دامغة إلى المحكمة.",
                      "2025-04-10")
    assert found[["speaker_id", "speaker_type"]].values.tolist() == [["unknown:معاوية عثمان محمد خير", "person"]]


def test_quotes_bare_ministry_takes_the_state_of_the_ministry_named_before(quotes_of):
    # events25: «وأكدت الخارجية أن …» after «أعلنت وزارة الخارجية السورية»: Syria's
    text = ("وقال وزير الخارجية الإسرائيلي إن اللقاء مهم. وأعلنت وزارة الخارجية السورية أن اللقاء تناول "
            "التطورات الأمنية. وأكدت الخارجية أن سوريا لن تكون منصة لتهديد أي دولة.")
    assert one(quotes_of(text, "2025-07-20"), cue="أكدت")["speaker_id"] == "Syria"


def test_quotes_others_and_followers_are_anonymous(quotes_of):
    # events25: «فيما دعا آخرون حكومة كاكار إلى التريث»، «بحسب متابعين»
    text = ("ورأى قادة أحزاب باكستانية أن الرد «كان ضرورياً لاستعادة الردع»، فيما دعا آخرون الحكومة إلى التريث. "
            "وتراجعت حدة التوتر في الأيام التالية، بحسب متابعين.")
    found = quotes_of(text, "2024-01-19")
    assert found["speaker_type"].tolist()[1:] == ["anonymous", "anonymous"]


def test_quotes_bare_role_takes_the_name_written_after_it_before(quotes_of):
    # events25: «الوزير» after «وزير العدل المكلف معاوية عثمان محمد خير»: the same man
    text = ("وقال وزير العدل المكلف معاوية عثمان محمد خير إن السودان قدم أدلة دامغة إلى المحكمة. "
            "وأضاف الوزير أن الإمارات «تتحمل المسؤولية».")
    assert quotes_of(text, "2025-04-10")["speaker_id"].tolist() == ["unknown:معاوية عثمان محمد خير"] * 2


def test_quotes_verbal_noun_after_a_label_is_what_the_label_speaks_of(quotes_of):
    # heldout2: «الخارجية الروسية: تصريحات ماكرون “استفزازية”»: Russia's foreign ministry judges Macron's words
    text = ("19:20\nرئيس الوزراء البولندي دونالد توسك يرحب بنتائج القمة، ويعتبر أن وحدة الأوروبيين “أقوى رد”.\n\n"
            "19:40\nالخارجية الروسية: تصريحات ماكرون “استفزازية” وتعكس “انفصالاً تاماً عن الواقع”.")
    assert quotes_of(text)["speaker_id"].tolist()[-1] == "Russia"


def test_quotes_according_to_an_unnamed_record_is_a_document(quotes_of):
    # events6: «وفق حصيلة رسمية»: figures, not a person
    found = quotes_of("وقُتل ما لا يقل عن 22 شخصاً في الأيام الأولى للاحتجاجات، وفق حصيلة رسمية.")
    assert found["speaker_type"].tolist() == ["document"]


def test_quotes_people_of_a_vox_pop_are_anonymous(quotes_of):
    # «وقال شاهد عيان»، «وقالت امرأة نازحة»: people described, not named; not the speaker before
    text = ("وقال الرئيس الفرنسي إيمانويل ماكرون إن القمة ناجحة. وقال شاهد عيان إن الدبابات دخلت المدينة. "
            "وقالت امرأة نازحة إن أطفالها بلا طعام.")
    assert quotes_of(text)[["speaker_id", "speaker_type"]].values.tolist()[1:] == [["", "anonymous"]] * 2


# -- speakers of lists and continuations in forms the development sets lack (issues 16 and 25) --


@pytest.mark.parametrize(("text", "speaker_id"), [
    # Moroccan outlet: the speech and its owner after the attribution phrase
    ("وفي ما يلي أبرز ما جاء في خطاب الملك محمد السادس:\n- المغرب متمسك بوحدته الترابية.\n"
     "- الحكم الذاتي هو الحل الوحيد للنزاع.\n", "Mohammed VI of Morocco"),
    # Algerian daily: ومما جاء في كلمة + title and name
    ("ومما جاء في كلمة الرئيس عبد المجيد تبون:\n- الجزائر لن تتخلى عن فلسطين.\n- الحل في ليبيا ليبي.\n",
     "Abdelmadjid Tebboune"),
    # Tunisian wire: the agency relays the president's words
    ("ونقلت وكالة الأنباء الرسمية عن الرئيس قيس سعيد قوله:\n- تونس ليست للبيع.\n"
     "- لن نقبل بأن نكون حرساً لحدود غيرنا.\n", "Kais Saied"),
    # Jordanian daily: وجاء فيه refers back to the speech the king gave
    ("وألقى الملك عبد الله الثاني خطاباً أمام الجمعية العامة. وجاء فيه:\n- الأردن لن يكون وطناً بديلاً.\n"
     "- لا سلام من دون دولة فلسطينية.\n", "Abdullah II of Jordan"),
])
def test_quotes_list_speaker_after_the_phrase_or_before_the_pronoun(quotes_of, text, speaker_id):
    items = quotes_of(text)
    assert len(items) == 2 and set(items["form"]) == {"list_item"}
    assert set(items["speaker_id"]) == {speaker_id}


@pytest.mark.parametrize("text", [
    # Gulf outlet: the communiqué named in the sentence before
    "وأصدرت وزارة الخارجية القطرية بياناً مساء الأحد. وجاء فيه:\n- قطر تدين بشدة الاعتداء.\n- الدوحة تطالب بتحقيق دولي.\n",
    # wire: a leaked memorandum speaks
    "وقالت المذكرة التي اطلعت عليها رويترز:\n- الاتحاد الأوروبي سيقدم 105 ملايين يورو.\n- تونس تتعهد بمراقبة حدودها البحرية.\n",
])
def test_quotes_list_of_a_document(quotes_of, text):
    items = quotes_of(text)
    assert len(items) == 2 and set(items["speaker_type"]) == {"document"}


def test_quotes_list_items_with_their_own_labels(quotes_of):
    text = ("وتوالت ردود الفعل الدولية على الاتفاق، ومما جاء فيها:\n"
            "- وزير الخارجية الفرنسي جان نويل بارو: فرنسا ترحب بهذه الخطوة الشجاعة.\n"
            "- الخارجية الروسية: موسكو تدعم كل حل سياسي للأزمة.\n")
    q = quotes_of(text)
    assert q["speaker_id"].tolist() == ["Jean-Noël Barrot", "Russia"]
    assert q["text"].tolist() == ["فرنسا ترحب بهذه الخطوة الشجاعة", "موسكو تدعم كل حل سياسي للأزمة"]


def test_quotes_pronoun_of_a_list_agrees_with_its_antecedent(quotes_of):
    text = ("وقال الوزير أيمن الصفدي إن الأردن يرحب بالاتفاق. وتوالت ردود الفعل على الاتفاق، ومما جاء فيها:\n"
            "- الحرب يجب أن تنتهي الآن.\n- على المجتمع الدولي أن يتحرك.\n")
    items = quotes_of(text)
    items = items[items["form"] == "list_item"]
    assert "document" not in set(items["speaker_type"])  # فيها: the reactions, not the agreement


def test_quotes_continuation_after_a_nested_report(quotes_of):
    text = ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترفض التصعيد، مذكراً بأن الرئيس الأمريكي دونالد ترامب "
            "أكد له أن الحرب ستنتهي قريباً. وتابع أن تركيا مستعدة للوساطة.")
    q = quotes_of(text)
    assert one(q, cue="تابع")["speaker_id"] == "Recep Tayyip Erdoğan"
    assert one(q, cue="أكد")["speaker_id"] == "Donald Trump"


def test_quotes_continuation_after_a_relayed_report(quotes_of):
    text = ("ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله إن موسكو منفتحة على الحوار. "
            "وأضاف أن الشروط لم تتغير.")
    assert one(quotes_of(text), cue="أضاف")["speaker_id"] == "Dmitry Peskov"


def test_quotes_continuation_agrees_with_the_one_reported(quotes_of):
    text = ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترفض التصعيد، مذكراً بأن رئيسة الوزراء الإيطالية جورجيا ميلوني "
            "أكدت له أن الحرب ستنتهي قريباً. وتابعت أن روما مستعدة للوساطة.")
    q = quotes_of(text)
    assert one(q, cue="تابعت")["speaker_id"] != "Recep Tayyip Erdoğan"


def test_quotes_hearsay_circles_are_anonymous(quotes_of):
    q = quotes_of("وبحسب ما يتردد في أوساط دبلوماسية، فإن الاجتماع قد يعقد الشهر المقبل.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [["أوساط دبلوماسية", "anonymous"]]


def test_quotes_mouthpiece_aside_is_no_content(quotes_of):
    q = quotes_of("وقالت الولايات المتحدة، على لسان وزير خارجيتها ماركو روبيو، إن واشنطن لن تتراجع. "
                  "وأكدت الحكومة الأردنية، على لسان الناطق باسمها، أن الانتخابات ستجرى في موعدها.")
    assert q["text"].tolist() == ["واشنطن لن تتراجع", "الانتخابات ستجرى في موعدها"]
    assert q["speaker_id"].tolist() == ["United States", "Jordan"]


def test_quotes_came_from_the_mouth_of(quotes_of):
    q = quotes_of("وجاء على لسان وزير الخارجية الجزائري أحمد عطاف أن الجزائر ترفض أي تدخل أجنبي في ليبيا.")
    assert q[["speaker_id", "text"]].values.tolist() == [["Ahmed Attaf", "الجزائر ترفض أي تدخل أجنبي في ليبيا"]]


def test_quotes_outlet_in_marks_before_the_cue_is_no_quote(quotes_of):
    q = quotes_of("وفي تصريح خاص لـ«العربي الجديد»، أكد القيادي في حركة فتح عباس زكي أن المصالحة ممكنة.")
    assert q["text"].tolist() == ["المصالحة ممكنة"]


def test_quotes_royal_court_speaks_for_its_state(quotes_of):
    q = quotes_of("وقال الديوان الملكي السعودي في بيان إن خادم الحرمين الشريفين سيخضع لفحوص طبية.")
    assert q[["speaker_id", "speaker_type"]].values.tolist() == [["Saudi Arabia", "institution"]]


def test_quotes_list_of_a_statement_issued(quotes_of):
    text = "وأصدرت وزارة الخارجية السعودية بياناً جاء فيه:\n- المملكة تدين الهجوم.\n- الرياض تطالب بمحاسبة المسؤولين.\n"
    assert set(quotes_of(text)["speaker_type"]) == {"document"}


def test_quotes_list_of_the_speech_named_before(quotes_of):
    text = ("وأكد الرئيس عبد المجيد تبون في كلمته أمام القمة أن الجزائر لن تتخلى عن فلسطين. ورحب وزير الخارجية "
            "الليبي بالموقف الجزائري.\n\nوفي ما يلي أبرز ما جاء في الكلمة:\n- الحل في ليبيا ليبي.\n- لا للتدخل الأجنبي.\n")
    items = quotes_of(text)
    assert set(items[items["form"] == "list_item"]["speaker_id"]) == {"Abdelmadjid Tebboune"}


@pytest.mark.parametrize(("text", "speaker_id"), [
    # a meeting: the participle describes the verb's subject, not its object
    ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب ستستمر. وفي المقابل، التقى الرئيس الفرنسي "
     "إيمانويل ماكرون العاهل الأردني الملك عبد الله الثاني في باريس، مؤكداً ضرورة وقف إطلاق النار.",
     "Emmanuel Macron"),
    # a contrasting clause after a quote: its subject, not the speaker quoted before
    ("وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تدعم المفاوضات، في حين رفض الكرملين المقترح "
     "الأمريكي، معتبراً أنه لا يلبي المطالب الروسية.", "Russia"),
])
def test_quotes_participle_of_a_narrated_clause(quotes_of, text, speaker_id):
    q = quotes_of(text)
    assert q[q["form"] == "participle"]["speaker_id"].tolist() == [speaker_id]


def test_quotes_participle_after_a_comment_clause(quotes_of):
    text = ("وأكد رئيس مجلس السيادة السوداني عبد الفتاح البرهان أن الجيش سيواصل القتال. وهو ما رفضته قوات "
            "الدعم السريع، مؤكدة أنها ستدافع عن مواقعها.")
    assert one(quotes_of(text), form="participle")["speaker"] == "قوات الدعم السريع"


def test_quotes_continuation_agrees_in_gender(quotes_of):
    # Gulf outlet: the ministry's statement, a diplomat's remark between, then the ministry again
    text = ("وقالت وزارة الخارجية السعودية إن المملكة تدين الهجوم. وقال السفير الأمريكي إن واشنطن تتابع "
            "التطورات. وأضافت أن الرياض تطالب بتحقيق دولي.")
    assert one(quotes_of(text), cue="أضافت")["speaker_id"] == "Saudi Arabia"


def test_quotes_office_of_the_prime_minister_speaks_for_its_state(quotes_of):
    text = ("بغداد - وصل رئيس الوزراء العراقي محمد شياع السوداني إلى واشنطن. وقال المكتب الإعلامي لرئيس "
            "الوزراء إن الزيارة تأتي تلبية لدعوة رسمية.")
    assert quotes_of(text)["speaker_id"].tolist() == ["Iraq"]


def test_quotes_list_after_a_participle_with_its_announcer(quotes_of):
    # Egyptian daily (events27 ag1): the object that announces the list is not the speaker's
    text = ("وقال رئيس الوزراء المصري مصطفى مدبولي إن الصفقة شراكة استثمارية.\n\nواستعرض رئيس الوزراء أبرز بنود "
            "الاتفاق قائلاً:\n- تحصل مصر على 24 مليار دولار.\n- المشروع سيوفر فرص عمل.\n")
    items = quotes_of(text)
    items = items[items["form"] == "list_item"]
    assert set(items["speaker"]) == {"رئيس الوزراء"} and set(items["speaker_id"]) == {"Mostafa Madbouly"}


@pytest.mark.parametrize(("text", "speaker", "speaker_id"), [
    # Egyptian economic site (events27 ag1): a degree, then a name no actor reads, a comma
    ("في المقابل، حذرت الدكتورة نادية السباعي، الباحثة في المركز المصري للدراسات، من «الإفراط في التفاؤل».",
     "الدكتورة نادية السباعي", "unknown:نادية السباعي"),
    # Sudanese site (events27 ah3): the abbreviated degree د. ends no sentence
    ("ويرى المحلل السياسي د. عثمان الطاهر أن استعادة القصر «تحمل رمزية كبيرة».",
     "المحلل السياسي د. عثمان الطاهر", "unknown:عثمان الطاهر"),
])
def test_quotes_name_after_a_degree(quotes_of, text, speaker, speaker_id):
    assert quotes_of(text)[["speaker", "speaker_id"]].values.tolist()[0] == [speaker, speaker_id]


def test_quotes_family_name_read_as_another_person_or_a_demonym(quotes_of):
    # Moroccan site and Emirati agency (events27 ah1, ag1): الغزواني is a gazetteer surname, السويدي
    # a demonym; after a discovered name each is that person's family name, and so later alone
    text = ("ويرى الدكتور رشيد الغزواني، الباحث في العلاقات الدولية، أن القرار «سيادي». وأضاف الغزواني أن "
            "الدول الأربع «تملك فرقاً متخصصة». ونقلت وكالة أنباء الإمارات عن الرئيس التنفيذي للشركة محمد حسن "
            "السويدي قوله إن المدينة «ستتحول إلى مركز عالمي».")
    ids = quotes_of(text)["speaker_id"].tolist()
    assert ids[:2] == ["unknown:رشيد الغزواني"] * 2 and ids[-1] == "unknown:محمد حسن السويدي"


def test_quotes_description_of_a_body_known_by_a_name(quotes_of):
    # pan-African site (events27 ag3): المجلس العسكري الحاكم، المعروف باسم … is the named council
    text = ("وقال المجلس العسكري الحاكم، المعروف باسم المجلس الوطني لحماية الوطن (CNSP)، في بيان، إن الانسحاب "
            "«يتم بالتنسيق الكامل». ووصف المجلس العسكري رحيل السفير بأنه «لحظة تاريخية».")
    assert set(quotes_of(text)["speaker_id"]) == {"unknown:المجلس الوطني لحماية الوطن"}


def test_quotes_bare_ministry_after_the_ministry_named_in_full(quotes_of):
    # Moroccan site (events27 ah1): الوزارة points back to وزارة الداخلية, the dateline's state's
    text = ("الرباط – و.م.ع\n\nأعلنت وزارة الداخلية، مساء الأحد، أن السلطات المغربية قبلت عروض دعم أربع دول. "
            "وأوضحت الوزارة، في بيان، أن «عدم التنسيق قد يؤدي إلى نتائج عكسية».")
    assert quotes_of(text)["speaker_id"].tolist() == ["Morocco", "Morocco"]


def test_quotes_list_a_document_contains(quotes_of):
    # Sudanese site (events27 ah3): وتضمن بيان … النقاط التالية: then one point a line
    text = ("وتضمن بيان القيادة العامة للقوات المسلحة النقاط التالية:\n- استعادة القصر الجمهوري.\n"
            "- تأمين الجسور الرئيسية المؤدية إلى وسط العاصمة.\n\nجنود من الجيش في الخرطوم.")
    items = quotes_of(text)
    assert items["form"].tolist() == ["list_item", "list_item"] and set(items["cue"]) == {"تضمن"}


def test_quotes_contains_without_a_clause_is_no_quote(quotes_of):
    assert quotes_of("وتضمنت الحزمة مساعدات عسكرية بقيمة مليار دولار.").empty


def test_quotes_nisba_plural_subject(quotes_of):
    # Egyptian site (events27 ag1): bankers speak after the economist, not she again
    text = ("وقالت الدكتورة نادية السباعي إن «الحكومة أغرقت البلاد في الديون». وقال مصرفيون في بنوك حكومية، "
            "طلبوا عدم ذكر أسمائهم، إن السوق الموازية شهدت تراجعاً حاداً.")
    q = one(quotes_of(text), cue="قال")
    assert (q["speaker"], q["speaker_type"]) == ("مصرفيون", "anonymous")


def test_quotes_contains_before_a_condition_is_no_quote(quotes_of):
    # Qatari site (events19 za1): على أن opens a condition, not the agreement's words
    text = ("ويتضمن الاتفاق ثمانية بروتوكولات، وُقّع اثنان منها في وقت سابق، على أن تُستكمل المفاوضات حول "
            "البروتوكولات الستة المتبقية خلال الأسابيع المقبلة.")
    assert quotes_of(text).empty


@pytest.mark.parametrize(("text", "speaker_id", "content"), [
    # Moroccan site (events27 ah1): the ministry's short name in quotation marks, then its verb;
    # the interior ministry of the state the article is about
    ("زلزال الحوز: المغرب يقبل مساعدات أربع دول.. و«الداخلية» تؤكد أن تقييم الحاجيات متواصل",
     "Morocco", "تقييم الحاجيات متواصل"),
    # Sudanese site (events27 ah3): a body's name in quotation marks
    ("الجيش يعلن استعادة القصر الجمهوري بالخرطوم.. و«الدعم السريع» تتوعد بمواصلة القتال",
     "Rapid Support Forces", "بمواصلة القتال"),
])
def test_quotes_headline_subject_in_quotation_marks(quotes_of, text, speaker_id, content):
    assert quotes_of(text)[["speaker_id", "text"]].values.tolist()[-1] == [speaker_id, content]


def test_quotes_bare_head_in_the_headline_points_forward(quotes_of):
    # Sudanese site (events27 ah3): الجيش in the headline is the army the first paragraph names
    text = ("الجيش يعلن استعادة القصر الجمهوري بالخرطوم\n\nأعلن الجيش السوداني، صباح الجمعة، استعادة السيطرة "
            "الكاملة على القصر الجمهوري وسط الخرطوم، بعد نحو عامين من سيطرة قوات الدعم السريع عليه.")
    assert quotes_of(text, "2025-03-21")["speaker_id"].tolist() == ["Sudanese Armed Forces"] * 2


def test_quotes_quoted_words_before_their_verb_stay_quoted(quotes_of):
    # a long quotation before its verb, no comma: the words, not the subject
    text = "«لن نتراجع عن أي شبر من أرض الوطن» يقول البرهان في خطابه."
    assert "لن نتراجع" in quotes_of(text)["text"].iloc[0]


def test_quotes_one_of_a_group_speaks_anonymously(quotes_of):
    # Sudanese site (events27 ah3): not the body quoted before, but one of the residents
    text = ("وقالت قوات الدعم السريع إن المعركة لم تنته. وقالت إحدى ساكنات حي الثورة، طلبت عدم ذكر اسمها، "
            "لـ«النيلين بوست»: «بكينا من الفرح، لكننا لا نعرف متى نعود إلى بيوتنا».")
    q = quotes_of(text, "2025-03-21").iloc[-1]
    assert (q["speaker"], q["speaker_id"], q["speaker_type"]) == ("إحدى ساكنات حي الثورة", "", "anonymous")


def test_quotes_trailing_source_of_a_later_clause(quotes_of):
    # Moroccan site (events27 ah1): بحسب covers the clause في وقت opens, أعلنت keeps its own words
    text = ("الرباط – و.م.ع\n\nأعلنت وزارة الداخلية، مساء الأحد، أن السلطات المغربية استجابت لعروض دعم "
            "قدمتها أربع دول، في وقت تجاوزت فيه حصيلة ضحايا الزلزال أكثر من 2100 قتيل، بحسب آخر أرقام الوزارة.")
    q = quotes_of(text, "2023-09-11")
    assert q[["cue", "speaker_id"]].values.tolist() == [["أعلنت", "Morocco"], ["بحسب", ""]]
    assert q["text"].iloc[1].startswith("تجاوزت") and q["text"].iloc[0].endswith("أربع دول")


def test_quotes_indefinite_spokesman_before_his_name(quotes_of):
    # Yemeni outlet (events27 ah2): ناطق in construct with his movement, then his office and name
    text = ("ووصف ناطق أنصار الله رئيس الوفد الوطني محمد عبدالسلام العدوان بأنه \"حماقة كبرى\"، وقال في "
            "تصريح لقناة المسيرة إن الرد قادم.")
    assert set(quotes_of(text, "2024-01-12")["speaker_id"]) == {"Mohammed Abdulsalam"}


def test_quotes_bare_title_skips_a_man_named_in_reported_words(quotes_of):
    # Algerian site (events29 ak1): the Israeli minister named in the statement's list is spoken of
    text = ("أعلن وزير الشؤون الخارجية الجزائري رمطان لعمامرة قطع العلاقات مع المغرب.\n\n"
            "ومن أبرز ما ورد في البيان الذي تلاه الوزير:\n- دعم الرباط لحركة الماك\n"
            "- استقبال وزير الخارجية الإسرائيلي في الرباط\n\nوشدد الوزير على أن القطيعة «لا تمس المواطنين».")
    assert quotes_of(text, "2021-08-24")["speaker_id"].tolist()[-1] == "Ramtane Lamamra"


def test_quotes_former_holder_of_a_title(quotes_of):
    # pan-African site (events29 al2): الرئيس النيجيري الأسبق is not Nigeria's president of the day
    text = ("وأعلن الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، الممثل الأعلى للاتحاد الأفريقي، أن الطرفين "
            "«اتفقا رسمياً على الوقف الدائم للأعمال العدائية».")
    assert quotes_of(text, "2022-11-02")["speaker_id"].tolist() == ["unknown:أولوسيغون أوباسانجو"]


def test_quotes_unnamed_spokeswoman_of_a_body(quotes_of):
    # pan-African site (events29 al2): متحدثة باسم برنامج الأغذية العالمي speaks for the programme
    text = ("وفي جنيف، قالت متحدثة باسم برنامج الأغذية العالمي إن البرنامج «جاهز لإرسال القوافل»، مشيرة "
            "إلى أن نحو 13 مليون شخص في شمال إثيوبيا يحتاجون إلى مساعدات غذائية.")
    assert set(quotes_of(text, "2022-11-02")["speaker_id"]) == {"World Food Programme"}


@pytest.mark.parametrize(("text", "speaker_id", "content"), [
    # subheads in the body of a pan-African and a Yemeni article (events29 al2, events27 ah2)
    ("اتفاق بريتوريا\n\nوقال رئيس الوزراء الإثيوبي آبي أحمد إن الاتفاق تاريخي ويجب احترامه من جميع الأطراف.\n\n"
     "آبي أحمد: «التزامنا بالسلام ثابت»\n\nوفي أديس أبابا، رحب آبي أحمد بالاتفاق.", "Abiy Ahmed", "التزامنا بالسلام ثابت"),
    ("محكمة العدل الدولية\n\nالدعم السريع: دعوى يائسة\n\nوفي أول تعليق لها، قالت قوات الدعم السريع، في بيان، "
     "إن الدعوى «محاولة يائسة».", "Rapid Support Forces", "دعوى يائسة"),
])
def test_quotes_short_subhead_statement(quotes_of, text, speaker_id, content):
    q = quotes_of(text, "2022-11-02")
    assert [speaker_id, content] in q[["speaker_id", "text"]].values.tolist()


def test_quotes_subhead_naming_a_topic_is_no_quote(quotes_of):
    text = "القمة العربية\n\nماكرون: الانتخابات الرئاسية\n\nوقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا تدعم الحوار."
    assert quotes_of(text, "2024-05-01")["cue"].tolist() == ["قال"]


@pytest.mark.parametrize(("text", "content"), [
    # Algerian site (events29 ak1): an aside of time and occasion between the verb and its object
    ("وكان العاهل المغربي الملك محمد السادس قد دعا، في خطاب العرش أواخر جويلية الماضي، إلى فتح الحدود "
     "المغلقة منذ أكثر من 27 عاماً.", "فتح الحدود المغلقة منذ أكثر من 27 عاماً"),
    # Pakistani-Iranian round-up (events25 ac3): a time aside with no preposition before أنه
    ("وكان الحرس الثوري الإيراني قد أعلن، مساء الثلاثاء، أنه دمر «مقرين لجماعة جيش العدل الإرهابية».",
     "دمر «مقرين لجماعة جيش العدل الإرهابية»"),
    # Yemeni outlet (events27 ah2): «في بيان» inside the aside is no object with ب
    ("وأعلن الرئيس الأمريكي جو بايدن، في بيان نشره البيت الأبيض، أن الضربات جاءت رداً على هجمات.",
     "الضربات جاءت رداً على هجمات"),
    # Kuwaiti paper (events27 ag2): a verbal noun before a style of address
    ("وأعلنت الحكومة الكويتية، في اجتماع استثنائي، مناداة سمو الشيخ مشعل الأحمد أميراً للبلاد.",
     "مناداة سمو الشيخ مشعل الأحمد أميراً للبلاد"),
])
def test_quotes_object_after_an_aside_between_commas(quotes_of, text, content):
    assert quotes_of(text, "2023-12-16")["text"].tolist() == [content]


def test_quotes_directive_joined_to_a_clause_of_the_same_subject(quotes_of):
    # Algerian site (events29 ak1): the League calls on the two states, feminine verbs both
    text = ("وأعربت جامعة الدول العربية عن \"بالغ قلقها\" إزاء التطورات، ودعت الجزائر والمغرب إلى \"ضبط النفس "
            "وتغليب لغة الحوار\".")
    assert quotes_of(text, "2021-08-25")["speaker_id"].tolist() == ["Arab League", "Arab League"]


def test_quotes_continuation_after_a_second_speaker_in_the_sentence(quotes_of):
    # Tunisian crisis round-up (events29 al1): the spokesman thanks, not the agency that opens the sentence
    text = ("ونقلت وكالة الأناضول عن الغنوشي قوله إن «المؤسسات ما زالت قائمة»، فيما قال المتحدث باسم الحركة "
            "فتحي العيادي إن سعيّد «يجرّ البلاد نحو المجهول»، ووجه الشكر لـ«كل الأحرار في العالم، وفي مقدمتهم "
            "تركيا، على وقوفهم مع الشرعية».")
    q = quotes_of(text, "2021-07-26").iloc[-1]
    assert (q["cue"], q["speaker"]) == ("وجه الشكر", "المتحدث باسم الحركة فتحي العيادي")


def test_quotes_list_after_what_the_speaker_said(quotes_of):
    # Lebanese election (events29 ak2): وأبرز ما قاله مولوي في المؤتمر الصحافي: then his sentences
    text = ("وقال وزير الداخلية بسام مولوي إن نسبة الاقتراع بلغت 41 في المئة.\n\n"
            "وأبرز ما قاله مولوي في المؤتمر الصحافي:\n- لم نسجل أي خرق أمني جدي في كل الدوائر.\n"
            "- الطعون حق لكل مرشح أمام المجلس الدستوري.\n\nوبحسب النتائج الرسمية، حصد الحزب مقاعد.")
    q = quotes_of(text, "2022-05-16")
    items = q[q["form"] == "list_item"]
    assert items["speaker"].tolist() == ["مولوي", "مولوي"]


def test_quotes_salute_as_a_speech_act(quotes_of):
    # Sudanese outlet (events27 ah3): توجه بالتحية إلى… salutes, like وجّه الشكر
    text = ("وأكد الفريق أول عبد الفتاح البرهان أنه \"لا تراجع\". وتوجه البرهان بالتحية إلى \"الشعب السوداني "
            "الصابر الذي وقف خلف جيشه\".")
    q = quotes_of(text, "2025-03-21").iloc[-1]
    assert (q["cue"], q["speaker_id"], q["verb_class"]) == ("التحية", "Abdel Fattah al-Burhan", "praising")


def test_quotes_speaker_after_a_style_of_address(quotes_of):
    # Moroccan feature (events27 ah1): الحاج before a name discovery reads, then an aside with وهو
    text = "وفي دوار تيخت، يقول الحاج إبراهيم أيت علي، وهو في السبعين من عمره، إن «الجبل ابتلع كل شيء»."
    q = quotes_of(text, "2023-09-12")
    assert q[["speaker", "speaker_id"]].values.tolist() == [["الحاج إبراهيم أيت علي", "unknown:إبراهيم أيت علي"]]


def test_quotes_participle_after_turning_to_someone(quotes_of):
    # Egyptian site (events31 ao2): ثم توجه إلى الرئيس السيسي قائلاً: Erdoğan speaks to him
    text = ("وقال الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية.\n\nمن جانبه، وصف الرئيس التركي رجب طيب أردوغان "
            "مصر بأنها \"شريك لا غنى عنه\"، ثم توجه إلى الرئيس السيسي قائلاً: \"أخي العزيز، لقد أظهرت حكمة كبيرة\".")
    assert quotes_of(text, "2024-02-14")["speaker_id"].tolist()[-1] == "Recep Tayyip Erdoğan"


def test_quotes_view_in_a_relative_clause_of_the_sentence_subject(quotes_of):
    # Egyptian site (events27 ag1): في صفقة وصفها بأنها «…»: the prime minister describes the deal
    text = ("أعلن رئيس الوزراء المصري مصطفى مدبولي توقيع اتفاق مع الإمارات لتنمية مدينة رأس الحكمة، في صفقة "
            "وصفها بأنها «أكبر صفقة استثمار مباشر في تاريخ مصر».")
    q = quotes_of(text, "2024-02-23")
    assert q[["cue", "speaker_id", "text"]].values.tolist() == [
        ["أعلن", "Mostafa Madbouly", "توقيع اتفاق مع الإمارات لتنمية مدينة رأس الحكمة"],
        ["وصفها", "Mostafa Madbouly", "أكبر صفقة استثمار مباشر في تاريخ مصر"]]


def test_quotes_boasted_is_distancing(quotes_of):
    # Yemeni outlet (events27 ah2): تبجحت, a hostile verb of the partisan press
    text = "من جهتها، تبجحت داونينغ ستريت بأن المشاركة البريطانية \"محدودة وضرورية ومتناسبة\"."
    q = quotes_of(text, "2024-01-12")
    assert q[["speaker_id", "verb_class"]].values.tolist() == [["United Kingdom", "distancing"]]


def test_quotes_role_with_its_pronoun_takes_no_genitive(quotes_of):
    # Syrian opposition channel (events31 ap1): مديرها رائد الصالح accuses الأمم المتحدة, who is no part of him
    text = ("وقالت منظمة الدفاع المدني السوري (الخوذ البيضاء) في بيان إن فرقها عملت «طوال 108 ساعات». "
            "واتهم مديرها رائد الصالح الأمم المتحدة بـ«التقاعس والانحياز».")
    q = quotes_of(text, "2023-02-14").iloc[-1]
    assert (q["cue"], q["speaker"], q["text"]) == ("اتهم", "مديرها رائد الصالح", "التقاعس والانحياز")


def test_quotes_no_nearer_speaker_inside_a_report_without_its_complementizer(quotes_of):
    # seed 004 (machine translation): وقال ستوب…، في المحادثة…، أكد ترامب…، وقال إن: still Stubb's report
    text = ("وقال الرئيس الفنلندي ألكساندر ستوب لوسائل الإعلام الفنلندية ، في المحادثة الهاتفية مع الزعماء "
            "الأوروبيين ، أكد ترامب على الحاجة إلى الضغط الاقتصادي على روسيا ، وقال إن أوروبا يجب أن تتوقف عن "
            "شراء النفط والغاز الروسي.")
    assert quotes_of(text, "2025-09-05")["speaker_id"].tolist()[-1] == "Alexander Stubb"
