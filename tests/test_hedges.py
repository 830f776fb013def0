"""framing.hedges: every subcategory, each disambiguation rule, the two voices, and the rates."""

from __future__ import annotations

import csv
import io
import math

import pandas as pd
import pytest

from conftest import SEED_IDS, SEEDS_DIR
from framing.cli import main
from framing.hedges import HEDGE_COLUMNS, find_hedges, hedge_rates, load_hedge_lexicon, load_hedge_patterns, voice_words
from framing.pipeline import Analyzer
from framing.text import count_words

SEPT_2025 = "2025-09-04"
RATE_COLUMNS = ["article_id", "voice", "words", "hedges", "boosters", "hedges_per_1000", "boosters_per_1000"]
NO_QUOTES = pd.DataFrame(columns=["article_id", "start", "end", "speaker_id", "speaker"])


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def article(text: str, article_id: str = "t") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [article_id], "date": [SEPT_2025], "text": [text]})


@pytest.fixture(scope="module")
def hedges_of(analyzer):
    """The hedge rows of one text, with its quotes found by the pipeline."""

    def find(text: str) -> pd.DataFrame:
        return analyzer.analyze(article(text))["hedges"]

    return find


def cues(hedges: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(zip(hedges["cue"], hedges["category"], hedges["subcategory"], strict=True))


# ---------------------------------------------------------------------------------------------
# The table and the lexicon


def test_hedges_columns(hedges_of):
    hedges = hedges_of("ومن المرجح أن يتغير هذا الموعد ويصبح طموحاً.")
    assert hedges.columns.tolist() == HEDGE_COLUMNS
    row = hedges.iloc[0]
    assert (row["cue"], row["start"], row["end"], row["sentence_id"]) == ("من المرجح", 1, 10, 0)
    assert row["sentence"] == "ومن المرجح أن يتغير هذا الموعد ويصبح طموحاً."


def test_hedges_none_in_plain_text(hedges_of):
    hedges = hedges_of("ووصل ستيف ويتكوف إلى قصر الإليزيه في فرنسا للمشاركة في القمة.")
    assert hedges.empty
    assert hedges.columns.tolist() == HEDGE_COLUMNS


def test_hedges_lexicon_categories():
    lexicon = load_hedge_lexicon()
    assert set(lexicon["category"]) == {"hedge", "booster"}
    assert set(lexicon["subcategory"]) == {"epistemic_modal", "approximator", "vagueness", "attribution_shield",
                                           "epistemic_adjective", "booster"}
    assert (lexicon.loc[lexicon["category"] == "booster", "subcategory"] == "booster").all()


# ---------------------------------------------------------------------------------------------
# Every subcategory, on seed sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # epistemic modal
        pytest.param("ومن المرجح أن يتغير هذا الموعد ويصبح طموحاً.", ("من المرجح", "hedge", "epistemic_modal"), id="min-al-murajjah"),
        pytest.param("إذ إن أي انتهاك، بمجرد اكتشافه، قد يُفعّل بنداً مماثلاً للمادة 5.", ("قد", "hedge", "epistemic_modal"), id="qad-yufaail"),
        pytest.param("يمثل تحديد تاريخ الانضمام أولوية قصوى لأنه يمكن أن يساعد على التخفيف من تأثير التنازلات.",
                     ("يمكن", "hedge", "epistemic_modal"), id="yumkin-an"),
        pytest.param("نحن ندعم أي تنسيق ، اجتماع ثنائي ، أعتقد أن روسيا تفعل كل شيء لتأجيله",
                     ("أعتقد", "hedge", "epistemic_modal"), id="aataqid"),
        # approximator
        pytest.param("النفط الروسي الذي يؤمّن نحو 1.1 مليار دولار لموسكو", ("نحو", "hedge", "approximator"), id="nahwa-number"),
        pytest.param("إنهاء الصراع المستمر منذ ما يقرب من أربع سنوات منذ نوفمبر.", ("ما يقرب من", "hedge", "approximator"), id="ma-yaqrub"),
        pytest.param("وقال القادة الأوروبيون – الذين انضموا إلى الاجتماع تقريبًا – إن بوتين يجب أن يعمل الآن.",
                     ("تقريبًا", "hedge", "approximator"), id="taqriban"),
        # vagueness
        pytest.param("على الرغم من أن تفاصيل أي مشاركة أمريكية في ضمانات الأمن لا تزال غير واضحة ، إلا أن واشنطن أعربت عن استعدادها.",
                     ("لا تزال غير واضحة", "hedge", "vagueness"), id="la-tazal"),
        pytest.param("لكنه أضاف أنه لم يُحدد بعد كيفية عمل آلية المراقبة وكيفية دعم الجيش الأوكراني وتمويله.",
                     ("لم يُحدد بعد", "hedge", "vagueness"), id="lam-yuhaddad"),
        pytest.param("من غير الواضح كيف سيبدو هذا الدعم في الممارسة العملية.", ("من غير الواضح", "hedge", "vagueness"), id="min-ghayr"),
        # attribution shield
        pytest.param("وبحسب الخبراء، فإن القمة تمثل اختبارًا لمدى جدية الغرب.", ("بحسب", "hedge", "attribution_shield"), id="bihasab"),
        pytest.param("أكد ترامب أن روسيا حصلت على مبيعات وقود بقيمة 1.1 مليار يورو ، وفقًا لمسؤول في البيت الأبيض.",
                     ("وفقًا", "hedge", "attribution_shield"), id="wifqan"),
        pytest.param("ومن المقرر أن يتواصل القادة مع ترامب لاحقًا، حيث يُنظر إلى دعمه المباشر باعتباره عنصرًا حاسمًا.",
                     ("يُنظر إلى", "hedge", "attribution_shield"), id="yunzar"),
        pytest.param("وثمة من عدَّ أن الأوربيين سعوا لاقتناص فرصة غيظ ترمب من بوتين.",
                     ("ثمة من عدَّ", "hedge", "attribution_shield"), id="thamma-man"),
        # boosters
        pytest.param("حقيقة الأمر، أن الاجتماع حصل في أجواء متشائمة.", ("حقيقة الأمر", "booster", "booster"), id="haqiqat"),
        pytest.param("والواقع أن إدارة ترمب رفضت، حتى اليوم، الخوض في فرض عقوبات على روسيا.", ("الواقع أن", "booster", "booster"), id="al-waqi"),
        pytest.param("أكدت الإدارة الأمريكية مراراً وتكراراً أن على أوروبا أن تتحمل مسؤولية أكبر.",
                     ("مراراً وتكراراً", "booster", "booster"), id="mirāran"),
        pytest.param("إنها أقوى مما رآه أي شخص على الإطلاق.", ("على الإطلاق", "booster", "booster"), id="ala-al-itlaq"),
        pytest.param("وأن لديهم، بالطبع، قوة ردع هائلة.", ("بالطبع", "booster", "booster"), id="bittab"),
        pytest.param("ومن الواضح أن عليهم الآن أن يذهبوا إلى أبعد من ذلك.", ("من الواضح", "booster", "booster"), id="min-al-wadih"),
        pytest.param("وإشراك الولايات الـ 26 بوضوح شديد في الأمن الدائم لأوكرانيا.", ("بوضوح", "booster", "booster"), id="biwudūh"),
    ],
)
def test_hedges_subcategories(hedges_of, text, expected):
    hedges = hedges_of(text)
    assert expected in cues(hedges)
    row = hedges[hedges["cue"] == expected[0]].iloc[0]
    assert text[row["start"] : row["end"]] == expected[0]


def test_hedges_span_is_cue_only(hedges_of):
    text = "وتشارك 35 دولة في اجتماع «تحالف الراغبين»، وهو تجمع يعمل على إنهاء النزاع المستمر منذ نحو 4 سنوات."
    row = hedges_of(text).iloc[0]
    assert (row["cue"], text[row["end"] :].startswith(" 4 سنوات")) == ("نحو", True)


# ---------------------------------------------------------------------------------------------
# Disambiguation rules


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وجاء في بيان القادة “قد تشمل هذه الالتزامات استخدام القدرات العسكرية”.", id="qad-tashmal"),
        pytest.param("إذ إن أي انتهاك، بمجرد اكتشافه، قد يُفعّل بنداً مماثلاً للمادة 5.", id="qad-yufaail"),
        pytest.param("قد تشمل وجودًا عسكريًا دائمًا أو ترتيبات أمنية مشتركة.", id="qad-tashmal-002"),
    ],
)
def test_hedges_qad_imperfect_is_hedge(hedges_of, text):
    assert cues(hedges_of(text)) == [("قد", "hedge", "epistemic_modal")]


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("مضيفاً أن «العمل التحضيري» الذي قام به قادة الأركان الأوروبيون ووزراء الدفاع قد «أنجز»، وأنه «سيعتمد سياسياً».",
                     "قد", id="qad-anjaz-in-marks"),
        pytest.param("وقال إن 26 من الدول قد التزمت بنشر قوات في أوكرانيا.", "قد", id="qad-iltazamat"),
        pytest.param("وقد أثار ذلك سخط ترمب الذي قال لموقع «ذا ديلي كولر» الأميركي.", "وقد", id="wa-qad-athara"),
        pytest.param("وقال عراقجي إن المحادثات قد تقدمت بشكل جيد جداً.", "قد", id="qad-taqaddamat-feminine-perfect"),
        pytest.param("ولم تكن الأجواء هادئة. فقد نقلت صحيفة محلية عن متحدث باسم التحالف انتقاده للنتائج.", "فقد",
                     id="fa-qad-naqalat"),
        pytest.param("وقد ندد رئيس الحكومة بالغارات الأخيرة على القرى الحدودية.", "وقد", id="wa-qad-naddada"),
        pytest.param("وتعد الجماعة من أنشط الفصائل في المنطقة، وقد تبنت في ديسمبر الماضي هجوماً على مركز للشرطة.",
                     "وقد", id="wa-qad-tabannat-weak-form-v"),
    ],
)
def test_hedges_qad_perfect_is_booster(hedges_of, text, cue):
    hedges = hedges_of(text)
    assert cues(hedges) == [("قد", "booster", "booster")]
    row = hedges.iloc[0]
    assert text[row["start"] : row["end"]] == "قد"
    assert text[row["end"] - len(cue) : row["end"]] == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وكان قد أعلن، مساء الأربعاء، أن «أوروبا جاهزة للمرة الأولى عند هذا المستوى من الانخراط والقوة».", id="kana-qad"),
        pytest.param("كما أكدت شرطة كييف عبر قناتها على «تليغرام» اليوم السبت، وذلك بعد أن كانت قد نفت في البداية صحة هذه المعلومات.",
                     id="kanat-qad"),
        pytest.param("وكانت مقاطع فيديو للطائرة المسيرة قد انتشرت على الشبكات الإلكترونية.", id="kanat-subject-qad"),
        pytest.param("وكانت منظمة البلدان المصدرة للبترول (أوبك) قد وجهت الأسبوع الماضي رسالة إلى الدول الأعضاء.",
                     id="kanat-subject-in-brackets-qad"),
        pytest.param("وكان الرئيس، 78 عاماً، والمدعوم من طرف الجيش وأحزاب الأغلبية، قد جعل من الإصلاح شعاراً لحملته.",
                     id="kana-long-subject-with-commas-qad"),
    ],
)
def test_hedges_kana_qad_is_not_a_booster(hedges_of, text):
    assert [c for c in cues(hedges_of(text)) if c[0] == "قد"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("وقال العقيد للصحافيين: «لقد تحملنا المسؤولية».", [("لقد", "booster", "booster")], id="laqad-tahammalna"),
        pytest.param("وأكدت مصادر أن الرئيس فقد السيطرة على الجيش منذ أيام.", [], id="faqada-lost-the-control"),
        pytest.param("في ليلة حين فقد ثلاثة شبان حياتهم في الاحتجاجات.", [], id="faqada-three-young-men"),
        pytest.param("فقد التزمت الحكومة بالموعد المحدد.", [("قد", "booster", "booster")], id="fa-qad-iltazamat"),
        pytest.param("ويعد رد رئيس الوزراء، الذي فقد حزبه عدداً من مقاعده، اختباراً لقدرته.", [], id="alladhi-faqada"),
        pytest.param("وقال المحلل إن الغضب كان يتراكم منذ سنوات. النظام فقد شرعيته منذ زمن بعيد.", [],
                     id="subject-faqada"),
    ],
)
def test_hedges_qad_before_a_noun_is_lost_and_laqad_is_a_booster(hedges_of, text, expected):
    # فقد "lost" before a noun is no قد; لقد comes only before a perfect, even one that starts with ت
    assert cues(hedges_of(text)) == expected


def test_hedges_approximators_of_nearness_and_what_everyone_knows(hedges_of):
    found = cues(hedges_of("ونددوا بإنفاق ما يقارب 5 مليارات على الملاعب، والجميع يعلم أن الأمر مقصود."))
    assert found == [("ما يقارب", "hedge", "approximator"), ("الجميع يعلم", "booster", "booster")]
    assert cues(hedges_of("وقال إن موقفه يقارب موقف الحكومة.")) == []  # no quantity follows
    assert cues(hedges_of("وفاز الرئيس بنسبة تقارب 89 بالمئة من الأصوات.")) == [("تقارب", "hedge", "approximator")]
    assert cues(hedges_of("ورحب الوزير بالتقارب بين البلدين.")) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("دلالات القمة: نحو مرحلة جديدة من المواجهة", id="nahwa-marhala"),
        pytest.param("وثمة من عدَّ أن الأوربيين سعوا لاجتذابه نحو سياسة متشددة إزاء روسيا.", id="nahwa-siyasa"),
        pytest.param("وضع ثلاثة “مجالات عمل” ، بما في ذلك العمل نحو قمة تشمل زيلنسكي.", id="nahwa-qimma"),
        pytest.param("وتتجه الأنظار نحو العام المقبل.", id="nahwa-al-am"),
    ],
)
def test_hedges_nahwa_towards_is_not_a_hedge(hedges_of, text):
    assert [c for c in cues(hedges_of(text)) if c[0] == "نحو"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("النفط الروسي الذي يؤمّن نحو 1.1 مليار دولار لموسكو", id="digits"),
        pytest.param("إنهاء النزاع المستمر منذ نحو 4 سنوات.", id="digit"),
        pytest.param("إنهاء النزاع المستمر منذ نحو أربع سنوات.", id="number-word"),
        # the hundreds, spelt with hamza on its seat or with alif (numbers.tsv), and their plural
        pytest.param("وقُتل في القصف نحو مئة مدني.", id="mia"),
        pytest.param("ووصل إلى المدينة نحو مائة وخمسين نازحاً.", id="maa"),
        pytest.param("وشارك في المسيرة نحو مئات من الطلاب.", id="miat"),
        pytest.param("وتراجعت الأسعار نحو نصف قيمتها.", id="half"),
        # the construct dual, without its ن, and a fraction with the article
        pytest.param("وقال إن نحو مليوني فلسطيني يدفعون ثمن الحرب.", id="construct-dual-million"),
        pytest.param("ظهر نحو اثني عشر عسكرياً على قناة التلفزيون فجر اليوم.", id="ithnay-ashar"),
        pytest.param("وتراجعت عائدات الطاقة بنحو الثلث خلال العام الماضي.", id="definite-third"),
    ],
)
def test_hedges_nahwa_before_quantity_is_hedge(hedges_of, text):
    assert cues(hedges_of(text)) == [("نحو", "hedge", "approximator")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وبرز التشاؤم الأوروبي في قول كير ستارمر إنه «لا يمكن الوثوق» في بوتين.", id="la-yumkin-000"),
        pytest.param("رئيس الوزراء البريطاني كير ستارمر شدد على أن “بوتين لا يمكن الوثوق به”.", id="la-yumkin-002"),
        pytest.param("إن رئيس الوزراء البريطاني «شدد على أن المجموعة لديها تعهد لا يمكن كسره تجاه أوكرانيا».", id="la-yumkin-kasr"),
        pytest.param("لا معنى لأي اتفاق ينهي الحرب ما لم يتضمن التزامات واضحة.", id="la-mana"),
    ],
)
def test_hedges_negated_ability_is_not_a_hedge(hedges_of, text):
    assert [c for c in cues(hedges_of(text)) if c[1] == "hedge"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("إن الاجتماعات في أوروبا يجب أن تشكل إضافة إلى جهود الدفاع عن أوكرانيا.", id="yajib-003"),
        pytest.param("مؤكدًا أن الضمانات يجب أن توفر ردعًا حقيقيًا.", id="yajib-002"),
        pytest.param("و “يجب الاتفاق على وقف إطلاق النار هناك”.", id="yajib-004"),
    ],
)
def test_hedges_obligation_is_not_a_hedge(hedges_of, text):
    assert hedges_of(text).empty


@pytest.mark.parametrize(
    "text, is_hedge",
    [
        pytest.param("لأنه يمكن أن يساعد على التخفيف من تأثير التنازلات الإقليمية.", True, id="yumkin-an"),
        pytest.param("«يمكن أن تشمل هذه الالتزامات استخدام القدرات العسكرية»", True, id="yumkin-an-quoted"),
        pytest.param("خرج المجتمعون في باريس بنتائج يمكن وصفها بـ«الإيجابية».", False, id="yumkin-masdar"),
        pytest.param("موقف أوكراني وأوروبي وأمريكي مشترك يمكن نقله لاحقاً إلى روسيا.", False, id="yumkin-naqlihi"),
    ],
)
def test_hedges_yumkin_only_before_an(hedges_of, text, is_hedge):
    assert cues(hedges_of(text)) == ([("يمكن", "hedge", "epistemic_modal")] if is_hedge else [])


# ---------------------------------------------------------------------------------------------
# Voices


def test_hedges_quoted_voice_credited_to_speaker_id(hedges_of):
    text = "“نحن ندعم أي تنسيق ، اجتماع ثنائي ، اجتماع ثلاثي ، أعتقد أن روسيا تفعل كل شيء لتأجيله” ، قال زيلنسكي."
    row = hedges_of(text).iloc[0]
    assert (row["cue"], row["voice"], row["speaker_id"]) == ("أعتقد", "quoted", "Volodymyr Zelenskyy")


def test_hedges_quoted_voice_in_indirect_speech(hedges_of):
    # seed 000: قد outside the «» fragment but inside Macron's indirect content
    text = ("وفي بداية لقاء الإليزيه، قال ماكرون إنه «سيسمح بوضع اللمسات الأخيرة على الضمانات الأمنية». وكان قد أعلن،"
            " مساء الأربعاء، أن «أوروبا جاهزة» لدعم أوكرانيا، مضيفاً أن «العمل التحضيري» الذي قام به قادة الأركان"
            " الأوروبيون ووزراء الدفاع قد «أنجز»، وأنه «سيعتمد سياسياً» خلال الاجتماع.")
    hedges = hedges_of(text)
    assert list(zip(hedges["cue"], hedges["category"], hedges["voice"], hedges["speaker_id"], strict=True)) == [
        ("قد", "booster", "quoted", "Emmanuel Macron")]
    assert text[: hedges.iloc[0]["end"]].endswith("ووزراء الدفاع قد")


def test_hedges_quoted_voice_without_actor_id_uses_speaker_words(hedges_of):
    text = "وجاء في بيان القادة “قد تشمل هذه الالتزامات استخدام القدرات العسكرية”."
    row = hedges_of(text).iloc[0]
    assert (row["voice"], row["speaker_id"]) == ("quoted", "بيان القادة")


def test_hedges_quoted_voice_institution(hedges_of):
    text = ("وقال مكتب ستارمر إن رئيس الوزراء البريطاني «شدد على أن المجموعة لديها تعهد لا يمكن كسره تجاه أوكرانيا،"
            " ومن الواضح أن عليهم الآن أن يذهبوا إلى أبعد من ذلك».")
    hedges = hedges_of(text)
    assert list(zip(hedges["cue"], hedges["voice"], hedges["speaker_id"], strict=True)) == [("من الواضح", "quoted", "United Kingdom")]


def test_hedges_author_and_quoted_in_one_article(hedges_of):
    text = ("ومن المرجح أن يتغير هذا الموعد ويصبح طموحاً. وقال روت “نحن نعرف ما يحاول بوتين القيام به والأدلة"
            " الموجودة في أوكرانيا”.")
    hedges = hedges_of(text)
    assert list(zip(hedges["cue"], hedges["voice"], hedges["speaker_id"], strict=True)) == [
        ("من المرجح", "author", ""), ("نعرف", "quoted", "Mark Rutte")]


def test_hedges_shield_outside_marks_is_the_outlets_voice():
    # a quote whose content runs over بحسب (outside the marks) leaves the shield to the outlet; a hedge
    # in the same span stays the speaker's, and so does a shield inside the marks
    text = 'وأضاف أن "الاحتلال يراهن على الوقت، وربما على تعب اللاجئين" في المخيمات بحسب تقديرات المفوضية.'
    quotes = pd.DataFrame({"article_id": ["t"], "start": [text.index('"') + 1], "end": [len(text) - 1],
                           "speaker_id": [""], "speaker": ["الباحث"], "cue_start": [0]})
    hedges = find_hedges(article(text), quotes)
    voices = dict(zip(hedges["cue"], hedges["voice"], strict=True))
    assert voices["ربما"] == "quoted" and voices["بحسب"] == "author"
    inside = 'وقال الوزير: "الاقتصاد ينمو بحسب الأرقام الرسمية".'
    quotes = pd.DataFrame({"article_id": ["t"], "start": [inside.index('"') + 1], "end": [len(inside) - 2],
                           "speaker_id": [""], "speaker": ["الوزير"], "cue_start": [0]})
    assert find_hedges(article(inside), quotes)["voice"].tolist() == ["quoted"]


def test_hedges_voice_from_given_quote_spans():
    text = "قد تشمل الالتزامات نحو 4 آلاف جندي، وقد التزمت الدول."
    end = text.index("،")
    quotes = pd.DataFrame({"article_id": ["t"], "start": [0], "end": [end], "speaker_id": [""], "speaker": ["بيان القادة"]})
    hedges = find_hedges(article(text), quotes)
    assert list(zip(hedges["cue"], hedges["voice"], hedges["speaker_id"], strict=True)) == [
        ("قد", "quoted", "بيان القادة"), ("نحو", "quoted", "بيان القادة"), ("قد", "author", "")]
    assert find_hedges(article(text), NO_QUOTES)["voice"].tolist() == ["author"] * 3


# ---------------------------------------------------------------------------------------------
# Rates: per 1,000 words of each voice, from the rows

RATE_A = "وجاء في بيان القادة “قد تشمل هذه الالتزامات استخدام القدرات العسكرية”. ومن المرجح أن يتغير هذا الموعد."
RATE_B = "والواقع أن إدارة ترمب رفضت، حتى اليوم، الخوض في فرض عقوبات على روسيا."


@pytest.fixture(scope="module")
def rate_case(analyzer):
    articles = pd.DataFrame({
        "article_id": ["a", "b"], "outlet": ["Outlet X", "Outlet X"], "event": ["e", "e"],
        "date": [SEPT_2025] * 2, "text": [RATE_A, RATE_B],
    })
    tables = analyzer.analyze(articles)
    return articles, tables["hedges"], tables["quotes"]


def test_hedges_rate_case_rows(rate_case):
    # 17 words in A, of which 7 quoted ("قد تشمل هذه الالتزامات استخدام القدرات العسكرية"); 13 words in B
    _, hedges, quotes = rate_case
    assert quotes["text"].tolist() == ["قد تشمل هذه الالتزامات استخدام القدرات العسكرية"]
    assert list(zip(hedges["article_id"], hedges["category"], hedges["voice"], strict=True)) == [
        ("a", "hedge", "quoted"), ("a", "hedge", "author"), ("b", "booster", "author")]


def test_hedges_voice_words(rate_case):
    articles, _, quotes = rate_case
    words = voice_words(articles, quotes)
    assert words.values.tolist() == [["a", "author", 10], ["a", "quoted", 7], ["b", "author", 13], ["b", "quoted", 0]]


def test_hedges_rates_per_article(rate_case):
    articles, hedges, quotes = rate_case
    rates = hedge_rates(hedges, articles, quotes)
    assert rates.columns.tolist() == RATE_COLUMNS
    assert rates[RATE_COLUMNS[:5]].values.tolist() == [
        ["a", "author", 10, 1, 0], ["a", "quoted", 7, 1, 0], ["b", "author", 13, 0, 1], ["b", "quoted", 0, 0, 0]]
    assert rates["hedges_per_1000"].tolist()[:3] == [100.0, 142.86, 0.0]
    assert rates["boosters_per_1000"].tolist()[:3] == [0.0, 0.0, 76.92]
    # no quoted words in B: no rate
    assert math.isnan(rates["hedges_per_1000"].iloc[3]) and math.isnan(rates["boosters_per_1000"].iloc[3])


def test_hedges_rates_per_outlet(rate_case):
    articles, hedges, quotes = rate_case
    rates = hedge_rates(hedges, articles, quotes, by="outlet")
    assert rates.columns.tolist() == ["event", "outlet", *RATE_COLUMNS[1:]]
    assert rates.values.tolist() == [
        ["e", "Outlet X", "author", 23, 1, 1, 43.48, 43.48],
        ["e", "Outlet X", "quoted", 7, 1, 0, 142.86, 0.0],
    ]


def test_hedges_rates_follow_the_rows(rate_case):
    # the rates are computed from the hedge rows given: drop one and its rate drops
    articles, hedges, quotes = rate_case
    fewer = hedges[~((hedges["article_id"] == "a") & (hedges["voice"] == "author"))]
    rates = hedge_rates(fewer, articles, quotes).set_index(["article_id", "voice"])
    assert rates.loc[("a", "author"), "hedges"] == 0
    assert rates.loc[("a", "author"), "hedges_per_1000"] == 0.0
    assert rates.loc[("a", "quoted"), "hedges_per_1000"] == 142.86


# ---------------------------------------------------------------------------------------------
# The seeds


@pytest.fixture(scope="module")
def seed_tables(analyzer):
    from framing.corpus import read_corpus

    articles = read_corpus(SEEDS_DIR).articles
    return articles, analyzer.analyze(articles)


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_hedges_rows_on_seeds(seed_tables, article_id):
    articles, tables = seed_tables
    text = articles.set_index("article_id").loc[article_id, "text"]
    hedges = tables["hedges"][tables["hedges"]["article_id"] == article_id]
    quotes = tables["quotes"][tables["quotes"]["article_id"] == article_id]
    assert len(hedges) >= 3
    spans = list(zip(quotes["start"], quotes["end"], quotes["speaker_id"].where(quotes["speaker_id"] != "", quotes["speaker"]), strict=True))
    for row in hedges.itertuples():
        assert text[row.start : row.end] == row.cue
        assert row.cue in row.sentence and row.sentence in text
        inside = [who for s, e, who in spans if s <= row.start < e]
        assert row.voice == ("quoted" if inside else "author")
        assert row.speaker_id == (inside[0] if inside else "")


def test_hedges_seed_004_quoted_rutte(seed_tables):
    _, tables = seed_tables
    hedges = tables["hedges"]
    rutte = hedges[(hedges["article_id"] == SEED_IDS[4]) & (hedges["speaker_id"] == "Mark Rutte")]
    assert {"أبدًا", "نعرف"} <= set(rutte["cue"])
    assert set(rutte["voice"]) == {"quoted"}


def test_hedges_cli_rates(seeds_dir, seed_tables, capsys):
    code = main(["hedges", str(seeds_dir), "--rates", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == RATE_COLUMNS
    assert [(r["article_id"], r["voice"]) for r in rows] == [(a, v) for a in SEED_IDS for v in ("author", "quoted")]
    articles, tables = seed_tables
    hedges = tables["hedges"]
    for row in rows:
        mine = hedges[(hedges["article_id"] == row["article_id"]) & (hedges["voice"] == row["voice"])]
        assert int(row["hedges"]) == (mine["category"] == "hedge").sum()
        assert int(row["boosters"]) == (mine["category"] == "booster").sum()
        words = int(row["words"])
        if words:
            assert float(row["hedges_per_1000"]) == round(int(row["hedges"]) * 1000 / words, 2)
    for article_id, text in zip(articles["article_id"], articles["text"], strict=True):
        assert sum(int(r["words"]) for r in rows if r["article_id"] == article_id) == count_words(text)


def test_hedges_cli_rows(seeds_dir, seed_tables, capsys):
    code = main(["hedges", str(seeds_dir), "--format", "csv"])
    out, _ = capsys.readouterr()
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == HEDGE_COLUMNS
    assert len(rows) == len(seed_tables[1]["hedges"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بيد أن الوقائع تؤكد أن المساهمة الأميركية ضرورية.", [("تؤكد", "booster", "booster")]),
        ("وقال إن ما تحقق في باريس يثبت أن الشركاء يفون بوعودهم.", [("يثبت", "booster", "booster")]),
        ("وتؤكد فرنسا أن القوة جاهزة.", []),  # a speaker: a reporting verb, not a booster
        ("وأكد ماكرون أن القوة جاهزة.", []),
        ("الوقائع لا تؤكد أن القوة جاهزة.", []),  # negated
        ("الوقائع تؤكد ضرورة التنسيق.", []),  # no أن: a noun object
    ],
)
def test_hedges_evidential_verb_with_a_thing_as_subject_is_a_booster(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("فالأمن لم يعد ممكناً الاتكال فيه على المظلة الأميركية.", []),  # لم يعد: "no longer"
        ("ويُعد الاتفاق خطوة أولى.", []),  # يُعد "counts as, is" (docs/guidelines.md): no hedge
        ("وإن كان من غير المؤكد أن تحظى القوة بقبول موسكو.", [("من غير المؤكد", "hedge", "vagueness")]),
    ],
)
def test_hedges_negated_and_no_longer(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize("text, cue", [
    ("في حين لم يُحسم بعد حجم المشاركة الأميركية.", "لم يُحسم بعد"),
    ("الأسئلة الأصعب حول الأراضي ما تزال مفتوحة.", "ما تزال مفتوحة"),
])
def test_hedges_not_yet_settled(hedges_of, text, cue):
    assert cues(hedges_of(text)) == [(cue, "hedge", "vagueness")]


# ---------------------------------------------------------------------------------------------
# The extended guidelines: epistemic adjectives, boosters with a gap, a verbal noun


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وناقش الطرفان وقفاً محتملاً لإطلاق النار.", [("محتملاً", "hedge", "epistemic_adjective")]),
        ("ودعا إلى التحقيق في الانتهاكات المحتملة.", [("المحتملة", "hedge", "epistemic_adjective")]),
        ("وقال: «لا يوجد أي شك في أن الاتفاق صامد».", [("لا يوجد أي شك", "booster", "booster")]),
        ("وأضاف أن الموقف «في غاية الوضوح».", [("في غاية", "booster", "booster")]),
        ("ونفى الاتهامات جملة وتفصيلاً، مؤكداً أنها غير مقبولة بتاتاً.",
         [("جملة وتفصيلاً", "booster", "booster"), ("بتاتاً", "booster", "booster")]),
        # بالتأكيد على as a verbal noun, "by stressing", is no booster; the adverb is
        ("واختتم الوزير كلمته بالتأكيد على أن الحوار مستمر.", []),
        ("وقال إن موسكو «منفتحة بالتأكيد على حل سياسي».", [("بالتأكيد", "booster", "booster")]),
    ],
)
def test_hedges_extended_guidelines(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ومن المرجح أن يعلق المجلس عضوية البلاد خلال اجتماع طارئ يُنتظر أن يُعقد غداً.",
         [("من المرجح", "hedge", "epistemic_modal"), ("يُنتظر", "hedge", "epistemic_modal")]),
        ("ومن المنتظر أن يبت المجلس الدستوري في الطعون خلال أيام.", [("من المنتظر", "hedge", "epistemic_modal")]),
        ("ومن غير المتوقع أن يحضر الرئيس القمة.", [("من غير المتوقع", "hedge", "epistemic_modal")]),
        ("وينتظر السكان وصول المساعدات منذ أسابيع.", []),  # ينتظر + noun: "waits for"
    ],
)
def test_hedges_expectation_words(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # degree words that stress a negation (as بتاتاً، إطلاقاً), only in a negated clause
        ("وقال إن من يستهدف الوسيط «لا يريد السلام أصلاً».", [("أصلاً", "booster", "booster")]),
        ("وكان الاجتماع مقرراً أصلاً يوم الإثنين.", []),
        ("وقال إن بلاده «لم تغادر طاولة التفاوض قط».", [("قط", "booster", "booster")]),
        ("ولا يشارك فقط في القمة بل يقودها.", []),
        ("وأكد أن قطر «لن تقبل بأي حال بتهجيرهم من أرضهم».", [("بأي حال", "booster", "booster")]),
        # negated, بالضرورة is "not necessarily": a hedge
        ("ويرى الباحث أن الفوز «لا يعني بالضرورة ولاية ثانية».", [("بالضرورة", "hedge", "epistemic_modal")]),
        ("وقال إن الحوار هو بالضرورة الطريق الوحيد.", [("بالضرورة", "booster", "booster")]),
        # what is no secret, what everyone knows, the truth is that
        ("ولا يخفى أن هذا الخطاب يتجاهل أسباب الحرب.", [("لا يخفى", "booster", "booster")]),
        ("وقال إن الوزير لا يخفي قلقه من التصعيد.", []),
        ("وسط فتور شعبي لم يعد خافياً على أحد.", [("لم يعد خافياً", "booster", "booster")]),
        ("والجواب الذي يعرفه الجميع أن الفصائل رفضت الحضور.", [("يعرفه الجميع", "booster", "booster")]),
        ("وقال: الهند زعمت ذلك، والحقيقة أنها قتلت مدنيين.", [("الحقيقة", "booster", "booster")]),
        # bare مراراً "repeatedly" is frequency, not certainty; the doublet is a booster
        ("واتهمت الوزارة الحكومة مراراً بالتواطؤ.", []),
        ("وحذرت الوزارة مراراً وتكراراً من التصعيد.", [("مراراً وتكراراً", "booster", "booster")]),
    ],
)
def test_hedges_negation_stressed_and_what_is_no_secret(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ولم يمكن التحقق من الأعداد في ظل انقطاع شبه كامل للاتصالات.", [("شبه", "hedge", "approximator")]),
        ("وتقع المدينة في شبه جزيرة صغيرة.", []),
        ("وبلغ عدد العائدين مليون شخص، وسط تقديرات بأن العدد أكبر.", [("تقديرات", "hedge", "epistemic_adjective")]),
        ("وقال: «إذا انتُهك وقف إطلاق النار فسنعرف، وسنحاسب المنتهكين».", []),  # future knowing
        ("وقال: «نحن نعرف ما يحاول القيام به».", [("نعرف", "booster", "booster")]),
        ("واختتمت المملكة مشاركتها بالتأكيد على دعمها لجهود الإصلاح.", []),  # "by stressing"
        ("وقالت إن السلع ستُعامل وفق قواعد المجموعة.", []),                  # conformity to rules
        ("وقال إن القرار اتُّخذ وفق صلاحيات المجلس.", []),
        ("أوشاكوف: القمة كانت إيجابية لكنها لم تحسم ملف وقف إطلاق النار", []),  # not settled: a fact
    ],
)
def test_hedges_almost_estimates_and_what_is_no_hedge(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ويُعتقد أن عدد الموقوفين تجاوز 300 شخص، وهو رقم لم يتم التحقق منه بشكل مستقل.",
         [("يُعتقد", "hedge", "epistemic_modal"), ("لم يتم التحقق منه بشكل مستقل", "hedge", "vagueness")]),
        ("وقال إن الإعلان «يوضح أننا سنكون هناك لأوكرانيا على المدى الطويل».", [("يوضح", "booster", "booster")]),
        ("وأعرب الرئيس عن اعتقاده بأن الاتفاق سيصمد.", [("اعتقاده", "hedge", "epistemic_adjective")]),
    ],
)
def test_hedges_unverified_shown_and_believed(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وانتهى الاجتماع وسط غموض حول مصير الاتفاق.", [("غموض", "hedge", "vagueness")]),
        ("ولا يزال الغموض يلف موعد الانتخابات.", [("الغموض", "hedge", "vagueness")]),
        ('وأصدرت الحملات بياناً نددت فيه بـ"الغموض والتناقض" في الأرقام المعلنة.', []),
    ],
)
def test_hedges_uncertainty_framed_as_a_state_of_the_facts(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


def test_hedges_expectation_verb_cueing_a_quote_is_the_speakers_hedge(hedges_of):
    # توقّع "expected" that reports a prediction: a hedge in the predicting speaker's voice, of
    # subcategory epistemic_modal (docs/annotation.md, events23; متوقعاً stays epistemic_adjective)
    hedges = hedges_of("وتوقع الخبير نوري الزليتني أن تضغط واشنطن وروما لدفع الطرفين نحو تسوية.")
    assert cues(hedges) == [("توقع", "hedge", "epistemic_modal")]
    assert hedges.iloc[0]["voice"] == "quoted"


# -- what the extended guidelines rule out (negated possibility, a refuted belief, conformity) ---


@pytest.mark.parametrize("text", [
    "وقال إن الحل في السودان لا يمكن أن يكون عسكرياً.",       # negated possibility: a categorical claim
    "ولا يمكن أن يوافق عليه أي فلسطيني.",                      # ... with و on the negator
    "وقال إنه لم يكن بالإمكان التوصل إلى اتفاق من دون الوسطاء.",  # ... through a form of كان
    "كان يُعتقد لسنوات أنه مستحيل، لكن الوسطاء نجحوا.",          # a past belief the report sets aside
    "وجرت الانتخابات وفق القانون الانتخابي الجديد.",             # conformity to a rule, not a source
    # events27 ah1: dependence on a condition, not a source
    "وقالت إن السلطات ستلجأ إلى عروض أخرى حسب تطور الاحتياجات.",
    "وأشاد بقدرة الدولة على إدارة الأزمة وفق أولوياتها.",
    "وتوزع المساعدات بحسب الحاجة في كل دوار.",
    "ومن المقرر أن يكون الوفد قد وصل إلى جدة.",                  # a compound perfect, not emphasis
    "لم يكن أحد يتوقع، قبل أسابيع قليلة، أن يخرج المرشح من السجن.",  # a past expectation set aside
    "وندد البيان بالحكم غير المسؤول وغير المتوقع.",              # "unpredictable": an evaluation
    "وقال الوزير إن الحكومة لن توقع أي اتفاق من دون ضمانات.",     # توقّع "sign"
])
def test_hedges_traps_of_the_extended_guidelines_stay_silent(hedges_of, text):
    assert cues(hedges_of(text)) == []


def test_hedges_the_same_words_still_hedge_where_they_should(hedges_of):
    found = cues(hedges_of("يُعتقد أن الاتفاق قريب، ووفق مصادر دبلوماسية قد يُوقع الأسبوع المقبل."))
    assert [(c, cat) for c, cat, _ in found] == [("يُعتقد", "hedge"), ("وفق", "hedge"), ("قد", "hedge")]


# ---------------------------------------------------------------------------------------------
# Phrases with a gap (framing/data/hedge_patterns.toml)


@pytest.mark.parametrize("pattern", load_hedge_patterns(), ids=lambda p: p.name)
def test_hedges_every_pattern_fires_on_its_example(pattern):
    """Each pattern of the bundled file finds its own example, with its category, and has a source."""
    rows = find_hedges(article(pattern.attributes["example"]), NO_QUOTES)
    assert (pattern.attributes["category"], pattern.attributes["subcategory"]) in set(
        zip(rows["category"], rows["subcategory"], strict=True))
    assert pattern.attributes["source"].strip()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقال: «لا يساورني أدنى شك في أن الاتفاق سيصمد».", [("لا يساورني أدنى شك", "booster", "booster")]),
        ("وأضاف أنه لم يعد لدينا أي شك في نواياهم.", [("لم يعد لدينا أي شك", "booster", "booster")]),
        ("وقال: «ليس هناك أدنى شك في ذلك».", [("ليس هناك أدنى شك", "booster", "booster")]),
        ("ولا يوجد شك في أن الحوار هو الطريق.", [("لا يوجد شك", "booster", "booster")]),
        ("ولم يُحدد موعد القمة المقبلة بعد.", [("لم يُحدد موعد القمة المقبلة بعد", "hedge", "vagueness")]),
        # the phrase is one booster, not لا شك inside it
        ("وقال الوزير إنه لا شك لديه، ولا يوجد أي شك لدى حكومته.",
         [("لا شك", "booster", "booster"), ("لا يوجد أي شك", "booster", "booster")]),
    ],
)
def test_hedges_phrases_with_a_gap(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize("text", [
    "لا تزال هناك شكوك حول الاتفاق.",                    # doubts remain: no booster
    "لا يساورني، بعد كل ما جرى، أدنى شك.",                # the gap stops at punctuation
    "لا أحد من الوزراء الحاضرين في القاعة يملك أي شك.",   # more words than the gap allows
])
def test_hedges_phrases_with_a_gap_stay_within_their_bounds(hedges_of, text):
    assert [c for c in cues(hedges_of(text)) if "شك" in c[0]] == []


def test_hedges_user_patterns_replace_the_bundled_ones(tmp_path):
    """A user's pattern file is used instead of the bundled one (a phrase of its own, and no
    bundled phrase)."""
    from framing.hedges import HedgeFinder

    mine = tmp_path / "my_phrases.toml"
    mine.write_text('[[pattern]]\nname = "hard_to_say"\ncategory = "hedge"\nsubcategory = "vagueness"\n'
                    'source = "my own"\nparts = [{ words = ["يصعب"] }, { words = ["القول"], gap = 1 }]\n',
                    encoding="utf-8")
    finder = HedgeFinder(load_hedge_lexicon(), load_hedge_patterns(mine))
    rows = find_hedges(article("ويصعب حقاً القول إن الاتفاق صامد، ولا يوجد أي شك في ذلك."), NO_QUOTES, finder)
    # حقاً lies inside the user's phrase; the bundled لا يوجد أي شك is not in the user's file
    assert cues(rows) == [("يصعب حقاً القول", "hedge", "vagueness")]


# ---------------------------------------------------------------------------------------------
# The lexicon's sources, and entries drawn from the literature


def test_hedges_every_entry_names_its_source():
    """Every row of the bundled lexicon has a source, and each work it names is in the file's
    REFERENCES (a section of the guidelines or of the annotation notes counts as a work)."""
    from framing.lexicon import data_file
    from framing.text import fold, word_tokens

    header = data_file("hedges.tsv").read_text(encoding="utf-8").split("# REFERENCES")[1].split("# REPLACING")[0]
    lexicon = load_hedge_lexicon()
    assert (lexicon["source"].str.strip() != "").all()
    for source in lexicon["source"]:
        for work in source.split(";"):
            name = work.split("(")[0].strip()
            name = name.split("§")[0].strip() + (" §X" if "§" in name else "")
            assert name in header, f"{name!r} is not in REFERENCES"
    folded = [tuple(fold(t.text) for t in word_tokens(cue)) for cue in lexicon["cue"]]
    assert len(folded) == len(set(folded))  # a cue occurs once after normalisation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ومن غير المرجح أن يُوقع الاتفاق هذا الشهر.", [("من غير المرجح", "hedge", "epistemic_modal")]),
        ("وسيُعقد الاجتماع على الأغلب في القاهرة.", [("على الأغلب", "hedge", "epistemic_modal")]),
        ("وقال الوزير: «في رأيي أن الحل سياسي».", [("في رأيي", "hedge", "epistemic_modal")]),
        ("ويُشاع أن الوزير سيستقيل.", [("يُشاع", "hedge", "attribution_shield")]),
        ("وترددت أنباء عن استقالة الوزير.", [("ترددت أنباء", "hedge", "attribution_shield")]),
        ("وتتأخر المساعدات أحياناً عن موعدها.", [("أحياناً", "hedge", "approximator")]),
        ("وكادت الهدنة تنهار أمس.", [("كادت", "hedge", "approximator")]),
        ("وتستعد العاصمة للقمة المرتقبة.", [("المرتقبة", "hedge", "epistemic_adjective")]),
        ("ونجاح الخطة مشكوك فيه.", [("مشكوك", "hedge", "epistemic_adjective")]),
        ("وبطبيعة الحال ستشارك مصر في القمة.", [("بطبيعة الحال", "booster", "booster")]),
        ("وقال إن دور الوسطاء لا يمكن إنكاره.", [("لا يمكن إنكاره", "booster", "booster")]),
        # رفضاً قاطعاً is the manner of the refusal (docs/annotation.md, events9): only مطلقاً
        ("وأكد رفضاً قاطعاً للخطة، وقال: «لن نقبل ذلك مطلقاً».",
         [("مطلقاً", "booster", "booster")]),
        ("وقال: «لن نتنازل بأي حال من الأحوال».", [("بأي حال من الأحوال", "booster", "booster")]),
        ("وقالت الوزيرة: «ندرك أن الطريق طويل».", [("ندرك", "booster", "booster")]),
    ],
)
def test_hedges_entries_from_the_literature(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


@pytest.mark.parametrize("text", [
    "وقالت الحكومة إنها لن توقع أي اتفاق قبل الانتخابات.",   # توقع "sign", not "expected"
    "وتحدث الوزير عن الأمن فقط.",                            # فقط "only": no قط
    "وقال الوزير إننا لا ندرك حجم الأزمة.",                   # negated knowing: no booster
    "وانتهت الجلسة في أقرب وقت ممكن.",                        # ممكن "as soon as possible"
])
def test_hedges_literature_homographs_stay_silent(hedges_of, text):
    assert cues(hedges_of(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("ويرى مراقبون أن الاتفاق هش.", []),  # an anonymous speaker's words: a quote, not a hedge
    ("ويقول محللون إن الهدنة لن تصمد.", []),
    ("ويرى البعض أن الاتفاق هش.", [("يرى البعض", "hedge", "attribution_shield")]),  # no speaker at all
])
def test_hedges_unnamed_speakers_and_no_speaker(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected


def test_hedges_hedge_that_cues_a_quote_is_the_speakers(hedges_of):
    text = ("وأوضح الباحث في مركز الدراسات السياسية كريم عبد النور أن الحوار مستمر، مرجحاً أن تبصر الحكومة النور "
            "قبل نهاية الشهر. وستُعقد الجولة المقبلة في مسقط، بحسب مصادر مطلعة.")
    rows = hedges_of(text).set_index("cue")
    assert rows.loc["مرجحاً", "voice"] == "quoted"  # the researcher deems it likely
    assert rows.loc["مرجحاً", "speaker_id"] == "unknown:كريم عبد النور"
    assert rows.loc["بحسب", "voice"] == "author"  # the outlet's shield


# -- session 22: a third party's belief, manner of a refusal, a dispute not settled, "what was said" --


@pytest.mark.parametrize("text", [
    # a third party's belief the speaker sets aside (events10 ra2, events6 ma2)
    "وقال الوزير: أعتقد أن العراق كان قريباً من الحرب أكثر مما يظن الناس.",
    "وقال: هناك فصائل لا تزال تعتقد أن قرار الحرب يُتخذ خارج مؤسسات الدولة، وهذا أمر مرفوض.",
    'وقال النائب إن رئيس الوزراء "ربما يعتقد أنه اشترى السلام، لكنه سلّم مفاتيح الجنوب".',
    # the manner of a refusal (events23 ca2, docs/annotation.md events9)
    "وقال ولي العهد إن المملكة «تؤكد رفضها القاطع لهذه الحرب».",
    "وجاء في البيان أن القادة يرفضون رفضاً قاطعاً أي تهجير.",
    # a dispute not yet settled: an unfinished process (events10 ra2)
    "لكنه أقر بأن ملف المياه «لم يُحسم بعد».",
    # "all that was said", not the shield قيل إن (events10 ra2)
    "وقد أثبتت القمة نجاحها رغم كل ما قيل عنها.",
    # an emphatic adverb in a clause left open (events21 ka1)
    "وتتجه الأنظار إلى مساء الإثنين لمعرفة ما إذا كانت البنادق ستصمت فعلاً.",
])
def test_hedges_session22_lookalikes_are_none(hedges_of, text):
    found = cues(hedges_of(text))
    assert not [c for c in found if c[0] in ("يظن", "تعتقد", "يعتقد", "القاطع", "قاطعاً", "لم يُحسم بعد", "قيل", "فعلاً")], found


@pytest.mark.parametrize(("text", "expected"), [
    # the impersonal passive, unvowelled after a conjunction or vowelled after a noun (events14, heldout)
    ("فيما يعتقد أن نحو 40 ألف شخص قتلوا في الصراع.", ("يعتقد", "hedge", "epistemic_modal")),
    ("إلى جانب مصارف في دول ثالثة يُعتقد أنها تساعد الكرملين.", ("يُعتقد", "hedge", "epistemic_modal")),
    # what is not yet decided about a thing stays vagueness (heldout2 hb5)
    ("في حين لم يُحسم بعد حجم المشاركة الأميركية.", ("لم يُحسم بعد", "hedge", "vagueness")),
    # a conclusive proof is certainty
    ("وقال إن لديه دليلاً قاطعاً على التدخل.", ("قاطعاً", "booster", "booster")),
])
def test_hedges_session22_readings_kept(hedges_of, text, expected):
    assert expected in cues(hedges_of(text))


def test_hedges_active_considering_verb_with_a_speaker_is_no_shield(hedges_of):
    # عدّ with a named subject reports his view (a quote cue), unlike agentless عُدّ (events23 cb1)
    text = 'من جهته، عدّ الأمين العام لحزب جبهة العمل الإسلامي وائل السقا النتائج "تفويضاً شعبياً" لبرنامج الحزب.'
    assert not [c for c in cues(hedges_of(text)) if c[0] == "عدّ"]


def test_hedges_background_clause_after_a_report_is_the_authors(hedges_of):
    # ، وذلك عقب ... نحو 7 ساعات: the writer's background to the reported clause (events16 wb2)
    hedges = hedges_of("أعلن الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، توصل الصومال وإثيوبيا إلى "
                       "\"إعلان أنقرة\"، وذلك عقب محادثات استمرت نحو 7 ساعات.")
    row = hedges[hedges["cue"] == "نحو"].iloc[0]
    assert row["voice"] == "author"


@pytest.mark.parametrize(("text", "expected"), [
    # after a verb of refusal, بشكل قاطع is the manner of the refusal (events29 ak1, events eb1)
    ('وقالت في بيان إن المملكة "ترفض بشكل قاطع الذرائع الزائفة".', []),
    ("ونفى المتحدث بصورة قاطعة وجود أي اتصالات.", []),
    # elsewhere it marks certainty
    ("وأكد الوزير بشكل قاطع أن الاتفاق سيوقع الأسبوع المقبل.", [("بشكل قاطع", "booster", "booster")]),
])
def test_hedges_categorically_after_a_refusal_is_manner(hedges_of, text, expected):
    assert cues(hedges_of(text)) == expected
