"""framing.actors: the gazetteer, each mention form, clitics, spellings, dated titles, locations,
unknown people, and the offsets of every mention on the seeds."""

from __future__ import annotations

import itertools
import textwrap

import pandas as pd
import pytest

from conftest import SEED_IDS, SEEDS_DIR
from framing.actors import MENTION_COLUMNS, find_mentions, load_gazetteer
from framing.cli import main
from framing.discovery import discovered_actors
from framing.errors import InputError
from framing.text import sentence_spans

A000, A001, A002, A003, A004 = SEED_IDS
SEPT_2025 = "2025-09-04"  # the first Paris summit (seeds 000, 002, 004)
JAN_2026 = "2026-01-06"  # the second Paris summit (seeds 001, 003)

# seed 002, "مواقف أوروبية" section: a role word followed by a name
ROMANIA_002 = "رومانيا: الرئيس نيكشور دان أكد أن “الضغط المستمر على روسيا ضرورة”، مشيدًا بمشاركة ممثلين أمريكيين في القمة."


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def article(sentence: str, date: str | None = SEPT_2025, article_id: str = "t") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [article_id], "date": [date], "text": [sentence]})


def mentions_of(sentence: str, gazetteer, date: str | None = SEPT_2025) -> list[tuple[str, str, str]]:
    """(actor_id, form, surface) of each mention, in text order."""
    found = find_mentions(article(sentence, date), gazetteer)
    return list(zip(found["actor_id"], found["form"], found["surface"], strict=True))


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# A gazetteer that knows the states of the Romania line but not Nicușor Dan.
SMALL_GAZETTEER = """\
    [[actor]]
    id = "Romania"
    type = "state"
    names = ["رومانيا"]

    [[actor]]
    id = "Russia"
    type = "state"
    names = ["روسيا"]
    demonyms = ["الروسي", "الروسية"]
    """


# ---------------------------------------------------------------------------------------------
# The table


def test_actors_columns_and_types(gazetteer):
    found = find_mentions(article("وقال ديمتري بيسكوف، إن بوتين «أعرب عن استعداده للانخراط في حوار مع ماكرون»"), gazetteer)
    assert found.columns.tolist() == MENTION_COLUMNS
    assert found["actor_type"].tolist() == ["person", "person", "person"]
    assert found["actor_id"].tolist() == ["Dmitry Peskov", "Vladimir Putin", "Emmanuel Macron"]


def test_actors_empty_article_gives_empty_table(gazetteer):
    found = find_mentions(article("لم يكن هناك رد فعل فوري."), gazetteer)
    assert found.empty
    assert found.columns.tolist() == MENTION_COLUMNS


# ---------------------------------------------------------------------------------------------
# Each form of mention


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("وقال زيلينسكي إن دولتين أوروبيتين (المجر وسلوفاكيا) تواصلان شراء النفط الروسي",
                     ("Volodymyr Zelenskyy", "name", "زيلينسكي"), id="name-person"),
        pytest.param("بيد أن الأوروبيين يريدون مواصلة الضغط على روسيا لحملها على تغيير مقاربتها",
                     ("Russia", "name", "روسيا"), id="name-state"),
        pytest.param("أبرزهم المستشار الألماني، ورئيس الوزراء البريطاني الذي شارك في ترؤس الاجتماع",
                     ("Friedrich Merz", "title", "المستشار الألماني"), id="title"),
        pytest.param("لوقف شراء النفط الروسي وتمويل جهود موسكو الحربية",
                     ("Russia", "demonym", "الروسي"), id="demonym"),
        pytest.param("ويراهن الأوروبيون على «تجاوبهم» مع مطالب ترمب",
                     ("Europe", "demonym", "الأوروبيون"), id="demonym-group"),
        pytest.param("لوقف شراء النفط الروسي وتمويل جهود موسكو الحربية",
                     ("Russia", "metonym", "موسكو"), id="metonym-city"),
        pytest.param("ونبَّهت برلين، في بيان، من أنه «إذا واصلت روسيا كسب الوقت»",
                     ("Germany", "metonym", "برلين"), id="metonym-berlin"),
        pytest.param("وأعلن البيت الأبيض أن واشنطن أعربت عن استعدادها لأن تكون جزءًا من الخطة",
                     ("United States", "metonym", "البيت الأبيض"), id="metonym-building"),
        pytest.param("المتحدث باسم الكرملين لوكالة أنباء «ريا نوفوستي»",
                     ("Dmitry Peskov", "title", "المتحدث باسم الكرملين"), id="title-over-metonym"),
    ],
)
def test_actors_each_form(gazetteer, sentence, expected):
    assert expected in mentions_of(sentence, gazetteer)


def test_actors_longest_match_title_not_demonym(gazetteer):
    # docs/annotation.md: الرئيس الأوكراني is a title of Zelenskyy, not a demonym of Ukraine
    found = mentions_of("وقال الرئيس الأوكراني إن هناك حاجة إلى اجتماع مع بوتين.", gazetteer)
    assert found[0] == ("Volodymyr Zelenskyy", "title", "الرئيس الأوكراني")
    assert not any(actor == "Ukraine" for actor, _, _ in found)


def test_actors_metonym_kremlin_is_russia(gazetteer):
    assert mentions_of("الكرملين", gazetteer) == [("Russia", "metonym", "الكرملين")]


# ---------------------------------------------------------------------------------------------
# Clitics: the span is the name without its proclitics, with its article


@pytest.mark.parametrize(
    "sentence, token, surface, actor",
    [
        pytest.param("طالب زيلينسكي بقمة تجمعه وبوتين", "وبوتين", "بوتين", "Vladimir Putin", id="wa"),
        pytest.param("أبدى بوتين استعداده للحوار لماكرون", "لماكرون", "ماكرون", "Emmanuel Macron", id="li"),
        pytest.param("لم يصدر رد فعل فوري من موسكو والكرملين", "والكرملين", "الكرملين", "Russia", id="wa-al"),
        pytest.param("وستيف ويتكوف، الممثل الشخصي لـترمب.", "لـترمب", "ترمب", "Donald Trump", id="li-tatweel"),
        pytest.param("ماكرون وزيلينسكي: أميركا جزء من الضمانات الأمنية", "وزيلينسكي", "زيلينسكي", "Volodymyr Zelenskyy", id="seed-000"),
        pytest.param("للدعم الأميركي المستمر لأوكرانيا بمجرد انتهاء الصراع", "لأوكرانيا", "أوكرانيا", "Ukraine", id="li-state"),
    ],
)
def test_actors_clitic_span_excludes_proclitic(gazetteer, sentence, token, surface, actor):
    found = find_mentions(article(sentence), gazetteer)
    row = found[found["actor_id"] == actor].iloc[-1]
    token_end = sentence.index(token) + len(token)
    assert (row["surface"], row["start"], row["end"]) == (surface, token_end - len(surface), token_end)


# ---------------------------------------------------------------------------------------------
# Spelling variants and Latin names


@pytest.mark.parametrize(
    "sentence, surface, actor",
    [
        pytest.param("وأراد الأوروبيون تحفيز ترمب على التحرك بشكل حاسم", "ترمب", "Donald Trump", id="trump-tarmab"),
        pytest.param("قبل إطلاع الإعلام على مخرجات الجلسة عقب المحادثات مع ترامب", "ترامب", "Donald Trump", id="trump-taramb"),
        pytest.param("أحدها على انفراد مع فولوديمير زيلينسكي", "فولوديمير زيلينسكي", "Volodymyr Zelenskyy", id="zelenskyy-ya"),
        pytest.param("عقدت زيلنسكي أيضًا اجتماعًا مغلقًا", "زيلنسكي", "Volodymyr Zelenskyy", id="zelenskyy-short"),
        pytest.param("ولخص مارك روته، أمين عام الحلف الأطلسي الوضع", "مارك روته", "Mark Rutte", id="rutte-ta"),
        pytest.param("قال الأمين العام لحلف الناتو مارك روتي إن هناك حاجة", "مارك روتي", "Mark Rutte", id="rutte-ti"),
        pytest.param("كما دعا روت العالم إلى “عدم أن يكون ساذجًا في روسيا”.", "روت", "Mark Rutte", id="rutte-t"),
        pytest.param("بحضور المستشار الألماني فريدريش ميرتس بقاعة مؤتمرات", "فريدريش ميرتس", "Friedrich Merz", id="merz-merts"),
        pytest.param("إن المستشار الألماني فريدريش ميرز وضع ثلاثة “مجالات عمل”", "فريدريش ميرز", "Friedrich Merz", id="merz-merz"),
    ],
)
def test_actors_spelling_variants(gazetteer, sentence, surface, actor):
    found = find_mentions(article(sentence), gazetteer)
    rows = found[(found["actor_id"] == actor) & (found["form"] == "name")]
    assert len(rows) == 1
    assert rows.iloc[0]["surface"].endswith(surface)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("يقول Macron و Zelenskyy منا يدعم الخطة",
                     [("Emmanuel Macron", "name", "Macron"), ("Volodymyr Zelenskyy", "name", "Zelenskyy")], id="headline-004"),
        pytest.param("عقدت زيلنسكي أيضًا اجتماعًا مغلقًا مع Witkoff.",
                     [("Volodymyr Zelenskyy", "name", "زيلنسكي"), ("Steve Witkoff", "name", "Witkoff")], id="witkoff-004"),
    ],
)
def test_actors_latin_names_inside_arabic(gazetteer, sentence, expected):
    assert mentions_of(sentence, gazetteer) == expected


# ---------------------------------------------------------------------------------------------
# Titles resolved by the article's date


@pytest.mark.parametrize(
    "date, holder",
    [("2024-06-01", "Joe Biden"), (SEPT_2025, "Donald Trump"), (JAN_2026, "Donald Trump")],
)
def test_actors_title_us_president_by_date(gazetteer, date, holder):
    sentence = "أشار الرئيس الأمريكي إلى أنه سيكون هناك اتفاق أمني «قوي» لأوكرانيا"
    found = mentions_of(sentence, gazetteer, date)
    assert found[0] == (holder, "title", "الرئيس الأمريكي")


@pytest.mark.parametrize(
    "date, holder",
    [("2025-09-04", "Petr Fiala"), ("2025-09-30", "Petr Fiala"), ("2026-01-06", "Andrej Babiš"), ("2026-01-31", "Andrej Babiš")],
)
def test_actors_title_czech_prime_minister_by_date(gazetteer, date, holder):
    sentence = "حيث أعلن رئيس وزراء التشيك وجود “إجماع كامل” داخل التحالف بشأن دعم أوكرانيا."
    found = mentions_of(sentence, gazetteer, date)
    assert found[0] == (holder, "title", "رئيس وزراء التشيك")


@pytest.mark.parametrize(
    "sentence, date, holder",
    [
        ("وقال وزير الخارجية التونسي إن بلاده ترفض التدخل", "2015-06-01", "Taïeb Baccouche"),
        ("وقال وزير الخارجية التونسي إن بلاده ترفض التدخل", "2020-05-01", "Noureddine Erray"),
        ("وقال وزير الخارجية الموريتاني إن بلاده ترفض التدخل", "2023-05-01", "Mohamed Salem Ould Merzoug"),
    ],
)
def test_actors_foreign_ministers_of_arab_league_states_by_date(gazetteer, sentence, date, holder):
    # world/holders_mena.toml: the foreign ministers of 2015-2026 that the list lacked
    assert mentions_of(sentence, gazetteer, date)[0][0] == holder


def test_actors_no_title_held_by_two_actors_on_one_day():
    """The dated titles of the bundled gazetteer never overlap: a title resolves to one holder."""
    from framing.actors import BUNDLED_GAZETTEER
    from framing.lexicon import read_toml

    ranges: dict[str, list[tuple[str, str, str]]] = {}
    for source in BUNDLED_GAZETTEER:
        for actor in read_toml(source)[1].get("actor", []):
            for title in actor.get("titles", []):
                if isinstance(title, dict) and "from" in title:
                    ranges.setdefault(title["alias"], []).append((title["from"], title.get("to", "9999"), actor["id"]))
    clashes = [(alias, a, b) for alias, spans in ranges.items() for a, b in itertools.pairwise(sorted(spans))
               if a[2] != b[2] and b[0] <= a[1]]
    assert clashes == []


def test_actors_title_date_comes_from_each_article(gazetteer):
    sentence = "أشار الرئيس الأميركي إلى أنه سيكون هناك اتفاق أمني"
    articles = pd.DataFrame({"article_id": ["old", "new"], "date": ["2024-06-01", SEPT_2025], "text": [sentence] * 2})
    found = find_mentions(articles, gazetteer)
    assert dict(zip(found["article_id"], found["actor_id"], strict=True)) == {"old": "Joe Biden", "new": "Donald Trump"}


# ---------------------------------------------------------------------------------------------
# Title + name: one mention of form name


@pytest.mark.parametrize(
    "sentence, surface, actor",
    [
        pytest.param("الرئيس الفرنسي إيمانويل ماكرون افتتح الجلسة بتأكيد أن الهدف هو “تثبيت ما أنجز”",
                     "الرئيس الفرنسي إيمانويل ماكرون", "Emmanuel Macron", id="macron-002"),
        pytest.param("من جانبها، أعلنت رئيسة المفوضية الأوروبية أورسولا فون دير لاين أن «تحالف الراغبين» سيعمل",
                     "رئيسة المفوضية الأوروبية أورسولا فون دير لاين", "Ursula von der Leyen", id="von-der-leyen-000"),
        pytest.param("رئيس الوزراء البريطاني كير ستارمر، الذي شارك عبر الفيديو، شدد على أن “بوتين لا يمكن الوثوق به”",
                     "رئيس الوزراء البريطاني كير ستارمر", "Keir Starmer", id="starmer-002"),
        pytest.param("وقال الرئيس الفنلندي ألكساندر ستوب لوسائل الإعلام الفنلندية",
                     "الرئيس الفنلندي ألكساندر ستوب", "Alexander Stubb", id="stubb-004"),
    ],
)
def test_actors_title_and_name_merge(gazetteer, sentence, surface, actor):
    found = find_mentions(article(sentence), gazetteer)
    rows = found[found["actor_id"] == actor]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["surface"], row["form"]) == (surface, "name")
    assert sentence[row["start"] : row["end"]] == surface


def test_actors_title_then_other_actor_name_not_merged(gazetteer):
    # seed 000: Macron's name and Meloni's title side by side stay two mentions
    found = mentions_of("مع الرئيس ماكرون ورئيسة الوزراء الإيطالية", gazetteer)
    assert found == [("Emmanuel Macron", "name", "ماكرون"), ("Giorgia Meloni", "title", "رئيسة الوزراء الإيطالية")]


# ---------------------------------------------------------------------------------------------
# Location exception


@pytest.mark.parametrize(
    "sentence, place",
    [
        pytest.param("خرج المجتمعون في باريس بنتائج يمكن وصفها بـ«الإيجابية»", "باريس", id="fi-paris"),
        pytest.param("وقال إن 26 من الدول قد التزمت بنشر قوات في أوكرانيا", "أوكرانيا", id="fi-ukraine"),
        pytest.param("إمكانية نشر القوات داخل أوكرانيا أو بالقرب منها", "أوكرانيا", id="dakhil-ukraine"),
        pytest.param("يعني التهرب لأن مقترحه بحصولها في موسكو", "موسكو", id="fi-moscow"),
        pytest.param("خلال اجتماعهم به في البيت الأبيض يوم 18 أغسطس", "البيت الأبيض", id="fi-white-house"),
        pytest.param("ويشارك الرئيس الأوكراني أيضاً في الاجتماع بالعاصمة الفرنسية", "الفرنسية", id="bi-capital"),
        pytest.param("وفي أوكرانيا، يحظر عرض الرموز الروسية، بسبب الغزو الشامل للبلاد", "أوكرانيا", id="wa-fi-ukraine"),
    ],
)
def test_actors_location_is_not_a_mention(gazetteer, sentence, place):
    found = find_mentions(article(sentence), gazetteer)
    assert place not in found["surface"].tolist()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("بيد أن الأوروبيين يريدون مواصلة الضغط على روسيا لحملها على تغيير مقاربتها",
                     ("Russia", "name", "روسيا"), id="ala-russia"),
        pytest.param("بهدف تأكيد الضمانات الأمنية لطمأنة كييف في حال وقف إطلاق النار مع روسيا",
                     ("Ukraine", "metonym", "كييف"), id="object-kyiv"),
        pytest.param("في مسعى لإقرار ضمانات أمنية “قوية وملزمة” لدعم أوكرانيا في مواجهة الحرب الروسية",
                     ("Ukraine", "name", "أوكرانيا"), id="verbal-noun-ukraine"),
        pytest.param("ضمانات أمنية قوية لأوكرانيا", ("Ukraine", "name", "أوكرانيا"), id="li-ukraine"),
        pytest.param("إذا واصلت موسكو رفض إحلال السلام في أوكرانيا", ("Russia", "metonym", "موسكو"), id="subject-moscow"),
    ],
)
def test_actors_place_after_other_preposition_is_a_mention(gazetteer, sentence, expected):
    assert expected in mentions_of(sentence, gazetteer)


@pytest.mark.parametrize(
    "sentence, place",
    [
        pytest.param("أكد أمير قطر لدى وصوله إلى الكويت دعم بلاده للقرارات", "الكويت", id="arrival-kuwait"),
        pytest.param("اتفق الجانبان على آلية جديدة للعودة الطوعية إلى سوريا", "سوريا", id="return-syria"),
        pytest.param("ما زال الخلاف قائماً حول ترتيبات انسحاب القوات من الخرطوم", "الخرطوم", id="withdrawal-khartoum"),
        pytest.param("ومن المحتمل أن يزور وفد سوري رفيع بغداد قريباً", "بغداد", id="visit-baghdad"),
        pytest.param("الرئيس الأوكراني يغادر الإليزيه من دون تصريحات", "الإليزيه", id="leaves-elysee"),
        pytest.param("وصفه المعلق بأنه رجل قادم من مدريد يسمي الأشياء بأسمائها", "مدريد", id="coming-from-madrid"),
    ],
)
def test_actors_goal_or_source_of_movement_is_a_place(gazetteer, sentence, place):
    # docs/annotation.md: a place of origin and a visit's destination are venues
    assert place not in find_mentions(article(sentence), gazetteer)["surface"].tolist()


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("قررت الحكومة إرسال أسلحة إلى أوكرانيا", ("Ukraine", "name", "أوكرانيا"), id="delivery-goal"),
        pytest.param("ودعا الوزير روسيا إلى الانسحاب", ("Russia", "name", "روسيا"), id="call-to-withdraw"),
        pytest.param("وطالب الوفد بانسحاب روسيا من الأراضي المحتلة", ("Russia", "name", "روسيا"), id="withdrawing-state"),
    ],
)
def test_actors_state_near_a_word_of_motion_stays_a_mention(gazetteer, sentence, expected):
    assert expected in mentions_of(sentence, gazetteer)


@pytest.mark.parametrize(
    "sentence, surface",
    [
        pytest.param("لوحت مجدداً بإعادة فرض العقوبات الأممية قبل نهاية الشهر", "الأممية", id="sanctions"),
        pytest.param("ما أدى إلى تفشي الجوع في المدينة، وفق ما وثقته تقارير أممية عدة", "أممية", id="reports"),
        pytest.param("تواصل مناوراتها اليائسة لعرقلة المسار الأممي", "الأممي", id="process"),
    ],
)
def test_actors_un_adjective_is_a_demonym(gazetteer, sentence, surface):
    assert ("United Nations", "demonym", surface) in mentions_of(sentence, gazetteer)


def test_actors_un_adjective_on_a_mission_is_no_mention_of_the_un(gazetteer):
    found = mentions_of("وطالبت البعثة الأممية في بيان بإشراك الأطراف كلها", gazetteer)
    assert not [f for f in found if f[0] == "United Nations"]


def test_actors_location_and_mention_in_one_sentence(gazetteer):
    # seed 000: في أوكرانيا is a place, the Russian forces are Russia
    found = mentions_of("إذا واصلت موسكو رفض إحلال السلام في أوكرانيا", gazetteer)
    assert found == [("Russia", "metonym", "موسكو")]


# ---------------------------------------------------------------------------------------------
# Unknown people


def test_actors_unknown_name_gets_provisional_id(tmp_path):
    small = load_gazetteer(write(tmp_path, "small.toml", SMALL_GAZETTEER))
    found = find_mentions(article(ROMANIA_002), small)
    unknown = found[found["actor_id"].str.startswith("unknown:")]
    assert unknown["actor_id"].tolist() == ["unknown:نيكشور دان"]
    row = unknown.iloc[0]
    assert (row["surface"], row["form"], row["actor_type"]) == ("الرئيس نيكشور دان", "name", "person")
    assert ROMANIA_002[row["start"] : row["end"]] == row["surface"]
    assert found["actor_id"].tolist() == ["Romania", "unknown:نيكشور دان", "Russia"]


def test_actors_known_name_not_provisional(gazetteer):
    found = find_mentions(article(ROMANIA_002), gazetteer)
    assert "Nicușor Dan" in found["actor_id"].tolist()
    assert not found["actor_id"].str.startswith("unknown:").any()


def test_actors_unknown_names_table(tmp_path):
    small = load_gazetteer(write(tmp_path, "small.toml", SMALL_GAZETTEER))
    articles = pd.DataFrame({"article_id": ["a", "b"], "date": [SEPT_2025] * 2, "text": [ROMANIA_002, ROMANIA_002 + " " + ROMANIA_002]})
    table = discovered_actors(find_mentions(articles, small))
    assert table.columns.tolist() == ["actor_id", "type", "affiliation", "name", "forms", "mentions", "articles", "example"]
    assert table.values.tolist() == [["unknown:نيكشور دان", "person", "", "نيكشور دان", "نيكشور دان", 3, 2, "الرئيس نيكشور دان"]]


def test_actors_unknown_name_not_a_prepositional_phrase(tmp_path):
    # seed 002: "الأمين العام لحلف الناتو، مارك روته" — لحلف is "of the alliance", not a name
    small = load_gazetteer(write(tmp_path, "small.toml", SMALL_GAZETTEER))
    sentence = "الأمين العام لحلف الناتو، مارك روته، حذر من التعامل “بسذاجة” مع موسكو"
    names = discovered_actors(find_mentions(article(sentence), small))["name"].tolist()
    assert not [n for n in names if n.startswith("لحلف")], names


def test_actors_cli_unknown_lists_provisional_names(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "romania.txt").write_text(ROMANIA_002 + "\n", encoding="utf-8")
    toml = write(tmp_path, "small.toml", SMALL_GAZETTEER)
    code = main(["actors", str(folder), "--gazetteer", str(toml), "--unknown", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "actor_id,type,affiliation,name,forms,mentions,articles,example"
    assert lines[1:] == ["unknown:نيكشور دان,person,,نيكشور دان,نيكشور دان,1,1,الرئيس نيكشور دان"]


def test_actors_cli_unknown_empty_with_bundled_gazetteer(seeds_dir, capsys):
    code = main(["actors", str(seeds_dir), "--unknown", "--format", "csv"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert out.splitlines() == ["actor_id,type,affiliation,name,forms,mentions,articles,example"]


def test_actors_cli_mentions_csv(seeds_dir, capsys, seed_corpus):
    code = main(["actors", str(seeds_dir), "--format", "csv"])
    out, _ = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ",".join(MENTION_COLUMNS)
    assert len(lines) - 1 == len(find_mentions(seed_corpus.articles))
    assert {line.split(",", 1)[0] for line in lines[1:]} == set(SEED_IDS)


# ---------------------------------------------------------------------------------------------
# Loading gazetteers


def test_actors_gazetteer_bundled_loads(gazetteer):
    assert len(gazetteer) > 100
    assert set(gazetteer.actors["type"]) == {"person", "state", "organisation", "group"}
    for actor in ("Emmanuel Macron", "Russia", "NATO", "Europe", "Coalition of the Willing"):
        assert actor in set(gazetteer.actors["actor_id"])


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param('[[actor]]\nid = "Romania"\ntype = "state\n', "not valid TOML", id="bad-toml"),
        pytest.param('[[actor]]\ntype = "person"\nnames = ["نيكشور دان"]\n', "has no id", id="missing-id"),
        pytest.param('[[actor]]\nid = "Nicușor Dan"\ntype = "president"\n', "type 'president'", id="bad-type"),
        pytest.param('[[actor]]\nid = "Nicușor Dan"\ntype = "person"\n'
                     'titles = [{ alias = "الرئيس الروماني", from = "2025-13-01" }]\n', "bad date '2025-13-01'", id="bad-date"),
        pytest.param('[[actor]]\nid = "Nicușor Dan"\ntype = "person"\nnames = "نيكشور دان"\n', "names must be a list", id="names-not-list"),
        pytest.param('title = "no actors"\n', "no [[actor]] entries", id="no-actors"),
    ],
)
def test_actors_gazetteer_errors_name_the_file(tmp_path, text, words):
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gazetteer(path)
    assert str(path) in str(info.value)
    assert info.value.path == str(path)
    assert words in str(info.value)
    assert info.value.exit_code == 2


def test_actors_gazetteer_bad_toml_names_the_line(tmp_path):
    # the TOML error is on line 3 (an unterminated string): the error says so
    path = tmp_path / "mine.toml"
    path.write_text('[[actor]]\nid = "Romania"\ntype = "state\nnames = ["رومانيا"]\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gazetteer(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3: ")


def test_actors_gazetteer_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_gazetteer(tmp_path / "absent.toml")


def test_actors_cli_bad_gazetteer_exit_code(tmp_path, seeds_dir, capsys):
    path = tmp_path / "mine.toml"
    path.write_text('[[actor]]\ntype = "person"\n', encoding="utf-8")
    code = main(["actors", str(seeds_dir), "--gazetteer", str(path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"error: {path}: ")
    assert "Traceback" not in err


def test_actors_gazetteer_extra_adds_entries(tmp_path):
    small = write(tmp_path, "small.toml", SMALL_GAZETTEER)
    dan = write(tmp_path, "dan.toml", """\
        [[actor]]
        id = "Nicușor Dan"
        type = "person"
        affiliation = "Romania"
        names = ["نيكشور دان"]
        """)
    merged = load_gazetteer(small, extra=dan)
    assert sorted(merged.actors["actor_id"]) == ["Nicușor Dan", "Romania", "Russia"]
    assert str(dan) in merged.source and str(small) in merged.source
    found = find_mentions(article(ROMANIA_002), merged)
    assert found["actor_id"].tolist() == ["Romania", "Nicușor Dan", "Russia"]
    assert found.iloc[1]["surface"] == "نيكشور دان"


def test_actors_gazetteer_extra_on_bundled(tmp_path, gazetteer):
    extra = write(tmp_path, "extra.toml", """\
        [[actor]]
        id = "OSCE"
        type = "organisation"
        names = ["منظمة الأمن والتعاون في أوروبا"]
        """)
    assert "OSCE" not in set(gazetteer.actors["actor_id"])
    merged = load_gazetteer(extra=extra)
    assert len(merged) == len(gazetteer) + 1
    found = mentions_of("وقالت منظمة الأمن والتعاون في أوروبا إن روسيا لا تريد السلام", merged)
    assert found == [("OSCE", "name", "منظمة الأمن والتعاون في أوروبا"), ("Russia", "name", "روسيا")]


def test_actors_gazetteer_extra_wins_on_id_clash(tmp_path):
    small = write(tmp_path, "small.toml", SMALL_GAZETTEER)
    extra = write(tmp_path, "extra.toml", """\
        [[actor]]
        id = "Russia"
        type = "state"
        names = ["روسيا"]
        metonyms = ["موسكو"]
        """)
    merged = load_gazetteer(small, extra=extra)
    assert sorted(merged.actors["actor_id"]) == ["Romania", "Russia"]
    found = mentions_of("لوقف شراء النفط الروسي وتمويل جهود موسكو الحربية", merged)
    assert found == [("Russia", "metonym", "موسكو")]  # الروسي was only in the replaced entry


# ---------------------------------------------------------------------------------------------
# Offsets and sentences on every seed


@pytest.fixture(scope="module")
def seed_mentions(gazetteer):
    from framing.corpus import read_corpus

    corpus = read_corpus(SEEDS_DIR)
    return corpus.articles, find_mentions(corpus.articles, gazetteer)


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_actors_surface_is_text_slice_on_seeds(seed_mentions, article_id):
    articles, mentions = seed_mentions
    text = articles.set_index("article_id").loc[article_id, "text"]
    rows = mentions[mentions["article_id"] == article_id]
    assert len(rows) > 10
    for start, end, surface in zip(rows["start"], rows["end"], rows["surface"], strict=True):
        assert text[start:end] == surface
        assert surface == surface.strip() and surface


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_actors_sentence_id_matches_sentence_spans(seed_mentions, article_id):
    articles, mentions = seed_mentions
    text = articles.set_index("article_id").loc[article_id, "text"]
    sentences = sentence_spans(text)
    rows = mentions[mentions["article_id"] == article_id]
    for start, end, sid in zip(rows["start"], rows["end"], rows["sentence_id"], strict=True):
        assert sentences[sid].start <= start and end <= sentences[sid].end


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_actors_mentions_sorted_and_disjoint(seed_mentions, article_id):
    _, mentions = seed_mentions
    rows = mentions[mentions["article_id"] == article_id]
    starts, ends = rows["start"].tolist(), rows["end"].tolist()
    assert starts == sorted(starts)
    assert all(e <= s for e, s in zip(ends[:-1], starts[1:], strict=True))


def test_actors_forms_and_types_are_known(seed_mentions, gazetteer):
    _, mentions = seed_mentions
    assert set(mentions["form"]) == {"name", "title", "demonym", "metonym"}
    assert set(mentions["actor_type"]) <= {"person", "state", "organisation", "group"}
    assert set(mentions["actor_id"]) <= set(gazetteer.actors["actor_id"])


def test_actors_deterministic(seed_mentions, gazetteer):
    articles, mentions = seed_mentions
    again = find_mentions(articles, gazetteer)
    pd.testing.assert_frame_equal(mentions, again)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("بحسب ما أفاد مسؤول في البيت الأبيض.", [("البيت الأبيض", "United States")]),  # where he works
        ("واستقبله الرئيس في البيت الأبيض.", []),  # a place
        ('ووقع القادة "إعلان باريس" أمس.', []),  # a document named after a city
        ("باريس - (أ ف ب) - أعلن قصر الإليزيه أن القمة انتهت.", [("أ ف ب", "Agence France-Presse"),
                                                              ("قصر الإليزيه", "France")]),
        ("ونقلت وكالة نوفوستي عن مصدر قوله إن الاجتماع انتهى.", [("وكالة نوفوستي", "RIA Novosti")]),
    ],
)
def test_actors_workplace_documents_and_agencies(gazetteer, sentence, expected):
    assert [(surface, actor) for actor, _, surface in mentions_of(sentence, gazetteer)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("وترأس الوفد وزير الخارجية، فيما ترأس نائبه الجلسة الثانية.", id="tarassa-presided"),
        pytest.param("ولم يتغير مجرى التحقيق، وتابع الخبراء بمجرى النهر.", id="majra-course"),
        pytest.param("وأشار إلى العبء الملقى على عاتق الحكومة.", id="mulqa-cast"),
        pytest.param("ويبدأ الشهر القمري الجديد، بحسب التقويم القمري.", id="qamari-lunar"),
        pytest.param("وعاد الوفد باكراً، وبقي المبنى سليماً، كما كان في عهد ستالين.", id="proclitic-readings"),
        pytest.param("وتتمثل الشروط فيما يلي، وهي كمايلي: محرك بخاري جديد.", id="mayli-bukhari"),
        pytest.param("وقالت المغنية سيلينا غوميز إن الحفل ألغي.", id="selena"),
    ],
)
def test_actors_ordinary_words_are_not_mentions(gazetteer, sentence):
    # aliases that fold to ordinary words (ترأس، مجرى، الملقى، القمري، ما يلي، بخاري) or that a
    # proclitic reading finds inside one (ب + اكرا، س + ليما، س + تالين) are not in the gazetteer
    assert mentions_of(sentence, gazetteer, date="2022-01-10") == []


def test_actors_costa_rica_in_two_words_is_not_costa(gazetteer):
    assert mentions_of("وأعلنت كوستا ريكا دعمها للقرار.", gazetteer) == [("Costa Rica", "name", "كوستا ريكا")]


# -- the world gazetteer -------------------------------------------------------------------------


def test_actors_world_gazetteer_finds_actors_of_another_summit(gazetteer):
    text = ("وقال الرئيس المصري عبد الفتاح السيسي إن القاهرة والدوحة تدعمان الاتفاق، "
            "فيما رحبت حركة حماس والمسؤولون القطريون في شرم الشيخ")
    found = mentions_of(text, gazetteer, date="2025-10-13")
    assert ("Abdel Fattah el-Sisi", "name", "الرئيس المصري عبد الفتاح السيسي") in found
    assert ("Egypt", "metonym", "القاهرة") in found
    assert ("Qatar", "metonym", "الدوحة") in found
    assert ("Qatar", "demonym", "القطريون") in found
    assert any(actor == "Hamas" for actor, _, _ in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the longer name wins: the Iranian Kurdish party, the Iraqi faction, the OPEC fund
        ("وهاجم الحرس الثوري مقار الحزب الديمقراطي الكردستاني الإيراني.",
         [("الحرس الثوري", "Islamic Revolutionary Guard Corps"),
          ("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan")]),
        ("وتبنت حركة حزب الله النجباء الهجوم.", [("حركة حزب الله النجباء", "Harakat Hezbollah al-Nujaba")]),
        ("وقدّم صندوق أوبك للتنمية الدولية قرضاً.", [("صندوق أوبك للتنمية الدولية", "OPEC Fund for International Development")]),
        # a parliament named with its state's adjective; its speaker's title is longer and wins
        ("وقال رئيس مجلس النواب اللبناني نبيه بري إن البرلمان اللبناني سيجتمع.",
         [("رئيس مجلس النواب اللبناني نبيه بري", "Nabih Berri"), ("البرلمان اللبناني", "Parliament of Lebanon")]),
        # Turkey's AKP is named with its adjective; the bare shared name is no alias
        ("وفاز حزب العدالة والتنمية التركي، ورحبت يونامي بالانتخابات.",
         [("حزب العدالة والتنمية التركي", "Justice and Development Party (Turkey)"),
          ("يونامي", "United Nations Assistance Mission for Iraq")]),
    ],
)
def test_actors_bodies_longest_match(gazetteer, sentence, expected):
    assert [(surface, actor) for actor, _, surface in mentions_of(sentence, gazetteer, date="2025-10-13")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("وأشعل المحتجون النار وجرى إيقاد الشموع صوناً لذكرى الضحايا.", id="kindling-protecting"),
        pytest.param("ووصل الوفد إلى النهضة بعد نهضة اقتصادية، وأعرب عن أمل كبير.", id="delegation-renaissance-hope"),
        pytest.param("واجتمع مجلس النواب لمناقشة دولة القانون.", id="generic-parliament-rule-of-law"),
    ],
)
def test_actors_bodies_ordinary_words_are_not_mentions(gazetteer, sentence):
    assert [m for m in mentions_of(sentence, gazetteer, date="2025-10-13") if not m[0].startswith("unknown:")] == []


def test_actors_world_states_are_up_to_date_with_their_generator():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_world_gazetteer.py"
    assert subprocess.run([sys.executable, str(script), "--check"]).returncode == 0


def test_actors_bundled_files_share_no_alias_between_actors(gazetteer):
    from collections import defaultdict

    from framing.text import fold

    holders = defaultdict(list)
    for alias in gazetteer.aliases:
        holders[" ".join(fold(w) for w in alias.text.split())].append(alias)
    clashes = []
    for key, aliases in holders.items():
        for i, a in enumerate(aliases):
            for b in aliases[i + 1:]:
                if a.actor_id == b.actor_id:
                    continue
                dated = a.form == b.form == "title"
                overlap = (not a.end or not b.start or b.start <= a.end) and (not b.end or not a.start or a.start <= b.end)
                if not dated or overlap:
                    clashes.append((key, a.actor_id, b.actor_id))
    assert clashes == []


def test_actors_every_affiliation_is_an_actor(gazetteer):
    ids = set(gazetteer.actors["actor_id"])
    affiliations = set(gazetteer.actors["affiliation"]) - {""}
    assert affiliations - ids == set()


def test_actors_agency_credited_in_a_dateline_is_its_mention():
    from framing.actors import find_mentions

    text = "القاهرة - قنا\n\nتبنى القادة العرب الخطة المصرية. وفي قنا بصعيد مصر احتفل السكان."
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-05"], "text": [text]}))
    rows = list(zip(found["surface"], found["actor_id"], found["form"], strict=True))
    assert rows[0] == ("قنا", "Qatar News Agency", "name")  # the place القاهرة is no mention
    assert [r for r in rows if r[0] == "قنا"] == [rows[0]]  # the city of Qena in the text is not the agency


def test_actors_standing_label_is_a_mention_where_the_actor_is_named():
    from framing.actors import find_mentions

    named = "قصفت إسرائيل المدينة، وقال إن الاحتلال لن ينجح في تهجير السكان."
    unnamed = "وقال إن الاحتلال لن ينجح في تهجير السكان."
    found = find_mentions(pd.DataFrame({"article_id": ["a", "b"], "date": ["2025-03-05"] * 2, "text": [named, unnamed]}))
    labels = found[found["form"] == "label"]
    assert labels[["article_id", "surface", "actor_id"]].values.tolist() == [["a", "الاحتلال", "Israel"]]


def test_actors_plus_after_a_name_reads_plus(gazetteer):
    """أوبك+ is OPEC+ (أوبك بلس), not OPEC; أوبك alone stays OPEC."""
    found = mentions_of("اتفقت مجموعة أوبك+ على تمديد الخفض، فيما قالت أوبك إن الطلب سيرتفع.", gazetteer, "2024-12-05")
    assert ("OPEC+", "name", "أوبك+") in found
    assert ("OPEC", "name", "أوبك") in found


def test_actors_gulf_adjective_is_the_gcc(gazetteer):
    found = mentions_of("اختتمت القمة الخليجية أعمالها بالدعوة إلى تعزيز العمل الخليجي المشترك.", gazetteer, "2024-12-01")
    assert [(a, s) for a, _, s in found] == [("Gulf Cooperation Council", "الخليجية"), ("Gulf Cooperation Council", "الخليجي")]


def test_actors_dateline_state():
    from framing.actors import dateline_state

    assert dateline_state("القاهرة - أ ش أ\nأكد الرئيس أن مصر لن تسمح بالتهجير.") == "Egypt"
    assert dateline_state("الكويت - قنا\nشارك سمو الأمير في القمة.") == "Qatar"
    assert dateline_state("لندن - رويترز\nقالت مصادر إن الاجتماع انتهى.") == ""


def test_security_council_alone_is_the_un_council():
    g = load_gazetteer()
    def ids(text):
        return find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]}), g)["actor_id"].tolist()
    assert ids("ودعا مجلس الأمن إلى وقف القتال.") == ["United Nations Security Council"]
    assert "United Nations Security Council" not in ids("وقال أمين مجلس الأمن القومي التركي إن الوضع خطير.")
    assert ids("وحذر مجلس الأمن الروسي من التصعيد.") == ["Russia"]


def test_breadcrumb_line_holds_no_mentions():
    text = "الرئيسية > أخبار لبنان > سياسة\n\nأقر مجلس الوزراء اللبناني الخطة في لبنان وقال إن لبنان ملتزم."
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]}))
    assert found["start"].min() > text.index("\n")
    assert len(found) >= 2


def test_bracketed_credit_dateline_is_the_agency_and_no_place():
    """events2 fb2_tunisia and events3 ga3_cop30: «تونس – (وات) –» is a mention of the agency, not of
    Tunisia; «بيليم (البرازيل) - (أ ف ب) -» holds no mention of Brazil."""
    tunis = "تونس – (وات) – أعلنت الهيئة العليا المستقلة للانتخابات، مساء الاثنين، أن تونس ستنظم الاقتراع."
    belem = "بيليم (البرازيل) - (أ ف ب) - بعد أسبوعين من المفاوضات الشاقة أقرت البرازيل الحزمة."
    rows = mentions_of(tunis, load_gazetteer(), "2024-10-07")
    assert rows[0] == ("Tunis Afrique Presse", "name", "وات")
    assert [r for r in rows if r[0] == "Tunisia"] == [("Tunisia", "name", "تونس")]  # the one in the sentence
    rows = mentions_of(belem, load_gazetteer(), "2025-11-22")
    assert rows[0] == ("Agence France-Presse", "name", "أ ف ب")
    assert [r[2] for r in rows if r[0] == "Brazil"] == ["البرازيل"]
    assert find_mentions(article(belem, "2025-11-22"))["start"].tolist()[-1] > belem.index("أقرت")


def test_byline_place_is_no_mention():
    """events2 fa2_iraq, events3 ga3_cop30, heldout h02_gulf: the place of a byline line is where the
    story was filed; a headline colon after an actor is not a byline."""
    for byline in ("بغداد - حيدر الكعبي", "لندن: هالة منصور", "بروكسل - وكالات:"):
        text = byline + "\n\nقالت الحكومة إن الاقتراع انتهى."
        assert mentions_of(text, load_gazetteer(), "2025-11-12") == []
    assert mentions_of("موسكو: الحرب مستمرة\n\nقال الكرملين إن الحرب مستمرة.", load_gazetteer())[0][2] == "موسكو"


def test_seats_of_two_offices_are_their_holders():
    """events6 mb1_lebanon_arms: عين التينة and بعبدا set against each other are the speaker of
    parliament and the president; events3 gb1_lebanon: قصر بعبدا alone is Lebanon."""
    text = ("وبحسب مصادر عين التينة، فإن رئيس المجلس لم يقطع الجسور مع بعبدا، لكنه \"قد يلجأ إلى خيارات "
            "أخرى\" إذا مضت الحكومة في الجدول الزمني.")
    rows = mentions_of(text, load_gazetteer(), "2025-08-07")
    assert [(a, s) for a, f, s in rows if f == "metonym"] == [("Nabih Berri", "عين التينة"), ("Joseph Aoun", "بعبدا")]
    alone = "أكد الوزراء لدى وصولهم إلى قصر بعبدا قبيل الجلسة أن الحكومة ستقر الخطة، فيما قال مصدر إن قصر بعبدا يرحب."
    assert [a for a, _, _ in mentions_of(alone, load_gazetteer(), "2025-08-07")] == ["Lebanon"]


def test_capitals_and_seats_added_to_the_gazetteer():
    """heldout h02_gulf, events2 fb2_tunisia, events3 gb1_lebanon and gb3_turkey: بودابست, قرطاج,
    حارة حريك and نظام الأسد are mentions; مذكرة بودابست names a document."""
    g = load_gazetteer()
    assert mentions_of("قبل أن توافق بودابست في اللحظة الأخيرة مقابل استثناءات", g) == [("Hungary", "metonym", "بودابست")]
    assert mentions_of("والأحزاب تطالب بإلغاء المسار، فيما تلتزم قرطاج الصمت", g, "2024-10-07") == [
        ("Tunisia", "metonym", "قرطاج")]
    assert mentions_of("مؤكداً أن القوات لن تشارك في حكومة تُدار من حارة حريك.", g, "2025-01-20")[-1][0] == "Hezbollah"
    assert mentions_of("منذ الإطاحة بنظام الأسد تجاوز 500 ألف.", g, "2025-11-20") == [
        ("Bashar al-Assad", "name", "نظام الأسد")]
    assert mentions_of("وحذر من تكرار أخطاء مذكرة بودابست.", g) == []


def test_ambiguous_state_name_coordinated_with_a_state():
    """events eb2_sahel: مالي (also "financial") is Mali beside Burkina Faso and Niger; دعم مالي is
    financial support."""
    text = ("أصبح انسحاب مالي وبوركينا فاسو والنيجر من المجموعة الاقتصادية لدول غرب أفريقيا نهائياً، "
            "بعدما عرضت المجموعة دعماً مالياً ودعم مالي إضافي للدول الثلاث.")
    rows = mentions_of(text, load_gazetteer(), "2025-01-29")
    assert [s for a, _, s in rows if a == "Mali"] == ["مالي"]
    assert rows[0] == ("Mali", "name", "مالي")


def test_standing_names_where_the_article_names_the_actor():
    """events ed1_cairo, events3 gb1_lebanon and gb2_iran: المقاومة for the Palestinian factions in a
    Gaza story and for Hezbollah in a Lebanese one; الثنائي, الترويكا and «القوات» after their full names."""
    g = load_gazetteer()
    gaza = ("وقال عضو المكتب السياسي لحركة حماس حسام بدران إن \"أهلنا في غزة والمقاومة أفشلوا أهداف العدوان\"، "
            "فيما بارك الأمين العام لحزب الله الشيخ نعيم قاسم للمقاومة الفلسطينية هذا الانتصار.")
    assert [s for a, _, s in mentions_of(gaza, g, "2025-01-16") if a == "Palestinian resistance"] == [
        "المقاومة", "لمقاومة الفلسطينية"]
    lebanon = "وأكد الأمين العام لحزب الله نعيم قاسم أن \"المقاومة هي التي حمت لبنان\"، وأن المقاومة الشعبية باقية."
    assert [s for a, _, s in mentions_of(lebanon, g, "2025-01-20") if a == "Hezbollah"][-1:] == ["المقاومة"]
    duo = ("وسلام يصطدم بفيتو الثنائي الشيعي على وزارة المال. ويرى محللون أن الثنائي \"ربما يراهن على عامل الوقت\"، "
           "فيما حمّل بري حزب القوات اللبنانية المسؤولية، مؤكداً أن \"القوات\" لن تشارك، وأن القوات الدولية باقية.")
    rows = mentions_of(duo, g, "2025-01-20")
    assert [s for a, _, s in rows if a == "Shia Duo"] == ["الثنائي الشيعي", "الثنائي"]
    assert [s for a, _, s in rows if a == "Lebanese Forces"] == ["حزب القوات اللبنانية", "القوات"]
    assert mentions_of("قال إن الترويكا ليست وسيطاً نزيهاً.", g, "2025-07-25") == []  # E3 not named


def test_israel_accusative_and_indefinite_zionist_adjective():
    """events ed1_cairo and ee1_muscat: أسيراً إسرائيلياً and تحريض صهيوني are demonyms of Israel."""
    g = load_gazetteer()
    assert mentions_of("ستشهد إطلاق سراح 33 أسيراً إسرائيلياً مقابل مئات الأسرى.", g, "2025-01-16") == [
        ("Israel", "demonym", "إسرائيلياً")]
    assert mentions_of("جولة مفاوضات وسط تهديدات أمريكية وتحريض صهيوني", g, "2025-04-13")[-1] == ("Israel", "demonym", "صهيوني")


def test_capital_and_city_after_a_place_noun_and_an_adjective_are_places():
    """events ee1_muscat, events2 fa1_libya, events3 ga3_cop30 and gb3_turkey: العاصمة التركية أنقرة
    and مدينة جنيف السويسرية say where something happens; the state acting later is a mention."""
    g = load_gazetteer()
    assert mentions_of("انعقد في العاصمة التركية أنقرة اجتماع، وقالت أنقرة إنها ترحب به.", g, "2025-11-22") == [
        ("Turkey", "metonym", "أنقرة")]
    assert mentions_of("اختتمت في العاصمة العُمانية مسقط، مساء السبت، الجولة الأولى.", g, "2025-04-12") == []
    assert mentions_of("انطلقت في مدينة جنيف السويسرية جولة، ورحبت الحكومة السويسرية بالوفود.", g, "2025-11-22") == [
        ("Switzerland", "demonym", "السويسرية")]
    assert mentions_of("اختتم المؤتمر أعماله في مدينة بيليم البرازيلية فجر السبت.", g, "2025-11-22") == []


def test_popes_and_the_holy_see():
    """events10 rb1_pope_reactions: the pope by his regnal name, his predecessor, and the Holy See
    (الكرسي الرسولي) as the Vatican."""
    g = load_gazetteer()
    text = "وهنأ شيخ الأزهر البابا ليو الرابع عشر بانتخابه، وقال الكرسي الرسولي إن البابا الراحل فرنسيس أوصى بالسلام."
    assert [(a, s) for a, _, s in mentions_of(text, g, "2025-05-09")] == [
        ("Ahmed el-Tayeb", "شيخ الأزهر"), ("Pope Leo XIV", "البابا ليو الرابع عشر"),
        ("Vatican City", "الكرسي الرسولي"), ("Pope Francis", "البابا الراحل فرنسيس")]


def test_a_bare_title_goes_to_its_holder_not_to_a_predecessor_named_with_it():
    """events10 rb1_pope_reactions: after البابا ليو الرابع عشر and البابا فرنسيس (who died before the
    article), a bare البابا, and البابا الجديد, are the pope elected."""
    g = load_gazetteer()
    text = ("بعث الملك برقية تهنئة إلى البابا ليو الرابع عشر، وذكّر بسلفه البابا فرنسيس. "
            "ودعا الرئيس البابا إلى زيارة بلاده، فيما يرى مراقبون في البابا الجديد امتداداً لنهج سلفه.")
    found = [(a, s) for a, _, s in mentions_of(text, g, "2025-05-10")]
    assert found[-2:] == [("Pope Leo XIV", "البابا"), ("Pope Leo XIV", "البابا الجديد")]
    assert ("Pope Francis", "البابا فرنسيس") in found
    before = [(a, s) for a, _, s in mentions_of(text.replace("البابا ليو الرابع عشر", "الكنيسة"), g, "2025-03-10")]
    assert ("Pope Francis", "البابا") in before  # in March 2025 Francis was the pope


def test_lula_alone_once_the_article_names_him():
    """events2 fa3_celac and events3 ga3_cop30: لولا stands for Lula da Silva after his full name or
    title; the particle لولا "were it not for" before an article word is not a mention."""
    g = load_gazetteer()
    text = "قال الرئيس البرازيلي لولا دا سيلفا إن القمة مهمة. وأبلغ لولا نظيره رغبته في عقد قمة. ولولا الدعم لما نجحت."
    assert [s for a, _, s in mentions_of(text, g, "2025-11-08") if a == "Luiz Inácio Lula da Silva"] == [
        "الرئيس البرازيلي لولا دا سيلفا", "لولا"]
    assert mentions_of("ولولا الدعم الدولي لما صمدت الهدنة.", g, "2025-11-08") == []


def test_a_body_after_a_noun_of_its_members_is_no_place():
    """events10 ra1_baghdad_summit_editorial: أطرافاً في الإطار التنسيقي are members of the bloc,
    which is a mention; في before a continent still makes a place."""
    g = load_gazetteer()
    found = mentions_of("والجواب أن أطرافاً في الإطار التنسيقي رفعوا أصواتهم ضد حضوره.", g, "2025-05-18")
    assert found == [("Coordination Framework", "name", "الإطار التنسيقي")]
    found = mentions_of("وقال قيادي في حماس إن الحركة موافقة، فيما يعيش نصف السكان في أفريقيا.", g, "2025-05-18")
    assert [(a, s) for a, _, s in found] == [("Hamas", "حماس")]


def test_leaders_and_regions_named_in_news_of_the_maghreb_and_the_kurds():
    """events4 da3_sahara, events14 vb1_pkk_disarmament, events16 wb2_ankara_declaration: the
    Polisario leader by his titles and name, the Kurdistan Region in the Kurdish spelling, a PKK
    co-chair, Somalia's president by his short names and its foreign minister, whose name ends in
    the short name of Moussa Faki."""
    g = load_gazetteer()
    text = ("ونقلت الوكالة عن رئيس الجمهورية العربية الصحراوية الديمقراطية، إبراهيم غالي قوله إن الكفاح مستمر. "
            "وأعربت رئاسة إقليم كوردستان عن ترحيبها، وقرأت بسه هوزات بياناً.")
    found = [(a, s) for a, _, s in mentions_of(text, g, "2025-11-01")]
    assert found[:2] == [("Brahim Ghali", "رئيس الجمهورية العربية الصحراوية الديمقراطية"),
                         ("Brahim Ghali", "إبراهيم غالي")]
    assert ("Kurdistan Region", "إقليم كوردستان") in found and ("Besê Hozat", "بسه هوزات") in found
    text = ("وأشكر أخي الرئيس حسن شيخ على سعة صدره. أما شيخ محمود فأكد التزامه. "
            "واتصل الوزير بنظيره الصومالي أحمد معلم فقي.")
    found = [(a, s) for a, _, s in mentions_of(text, g, "2024-12-12")]
    assert [s for a, s in found if a == "Hassan Sheikh Mohamud"][-1] == "شيخ محمود"
    assert ("Ahmed Moallim Fiqi", "أحمد معلم فقي") in found and "Moussa Faki" not in [a for a, _ in found]


def test_two_titles_of_one_person_in_a_row_are_one_mention():
    """events10 rb1_pope_reactions, events4 db3_g20: ولي العهد رئيس مجلس الوزراء after the crown
    prince's name, and two titles joined by و, are one title mention; a name then a title stay two."""
    g = load_gazetteer()
    text = "وبعث الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، برقية مماثلة."
    assert mentions_of(text, g, "2025-05-09") == [
        ("Mohammed bin Salman", "name", "الأمير محمد بن سلمان"),
        ("Mohammed bin Salman", "title", "ولي العهد رئيس مجلس الوزراء")]
    text = "وهنأ الإمام الأكبر أحمد الطيب، شيخ الأزهر الشريف ورئيس مجلس حكماء المسلمين، البابا."
    assert ("Ahmed el-Tayeb", "title", "شيخ الأزهر الشريف ورئيس مجلس حكماء المسلمين") in mentions_of(text, g, "2025-05-09")


def test_a_title_with_the_name_of_a_former_holder_is_that_person():
    """A title written before the name of someone who held it at another time (الرئيس الأمريكي
    جو بايدن in 2025) is one name mention of him, as is the title with السابق; the holder on the
    date keeps the bare title."""
    g = load_gazetteer()
    text = ("وكان الرئيس الأمريكي جو بايدن قد وقع القانون عام 2022، وقال الرئيس الأمريكي السابق جو بايدن "
            "إنه فخور به، فيما انتقده الرئيس الأمريكي.")
    assert [(a, s) for a, _, s in mentions_of(text, g, "2025-06-01")] == [
        ("Joe Biden", "الرئيس الأمريكي جو بايدن"), ("Joe Biden", "الرئيس الأمريكي السابق جو بايدن"),
        ("Donald Trump", "الرئيس الأمريكي")]


def test_a_deputy_s_office_is_not_the_holder_s_bare_title():
    """events4 da2_kashmir: in نائب رئيس الوزراء وزير الخارجية الباكستاني إسحاق دار, رئيس الوزراء is
    the deputy's office, not Shehbaz Sharif, whom the article named before."""
    g = load_gazetteer()
    text = ("وقال رئيس الوزراء الباكستاني شهباز شريف إن بلاده لن تتراجع. "
            "ونفى نائب رئيس الوزراء وزير الخارجية الباكستاني إسحاق دار الاتهامات، وأكد رئيس الوزراء أن الرد سيأتي.")
    found = [(a, s) for a, _, s in mentions_of(text, g, "2025-05-10")]
    assert [s for a, s in found if a == "Shehbaz Sharif"] == ["رئيس الوزراء الباكستاني شهباز شريف", "رئيس الوزراء"]
    assert found[1][0] == "Ishaq Dar"


def test_the_arabs_as_a_collective():
    """events10 ra1_baghdad_summit_editorial: العرب are the Arabs; the adjective inside a fixed name
    (القمة العربية، جامعة الدول العربية) is not."""
    g = load_gazetteer()
    text = "وقال إن بعض العرب غابوا عن القمة العربية، فيما أعلنت جامعة الدول العربية دعمها."
    assert [(a, s) for a, _, s in mentions_of(text, g, "2025-05-18")] == [
        ("Arabs", "العرب"), ("Arab League", "جامعة الدول العربية")]


@pytest.mark.parametrize(("sentence", "surfaces"), [
    # events19 za2_king_white_house, events23 ca2_riyadh_summit: the adjective on a common noun
    ("هذا هو الموقف العربي الموحد\".", ["العربي"]),
    ("مضيفاً أن الدول العربية ستنتظر الخطة التي ستقدمها مصر.", ["العربية"]),
    ("ومن المرجح أن يعقد القادة العرب قمة طارئة في القاهرة.", ["العرب"]),
    ("وقال دبلوماسي عربي شارك في الاجتماعات التحضيرية إن النقاش كان صعباً.", ["عربي"]),
    # events ec1_opec, events3 ga1_arab_summit: inside a fixed name, or alone (a language)
    ("«أرامكو» تخفض سعر الخام العربي الخفيف لآسيا في يناير", []),
    ("انتهت القمة العربية الرابعة والثلاثون في بغداد، وهو يتقن العربية والفرنسية.", []),
])
def test_the_arab_adjective_on_a_common_noun_is_a_demonym(sentence, surfaces):
    """docs/annotation.md (events10): the adjective on a common noun is a demonym of the Arabs
    (صندوق عربي، قادة عرب), not inside a fixed name (القمة العربية) nor alone."""
    found = [(a, s) for a, _, s in mentions_of(sentence, load_gazetteer(), "2025-02-11") if a == "Arabs"]
    assert [s for _, s in found] == surfaces


def test_houthi_labels_stand_for_the_coalition_and_the_government_only_where_named(gazetteer):
    """Houthi outlets' house labels: تحالف العدوان names the Saudi-led coalition; bare العدوان and
    المرتزقة stand for it and for the Presidential Leadership Council only in an article naming them."""
    text = ("قال المرتضى إن تحالف العدوان ومرتزقته يماطلون. وأكد أن ما يسمى «مجلس القيادة الرئاسي» "
            "لا يملك قراره، وأن المرتزقة أداة بيد العدوان.")
    found = mentions_of(text, gazetteer, "2023-04-14")
    assert ("Saudi-led coalition", "name", "تحالف العدوان") in found
    assert ("Presidential Leadership Council", "label", "المرتزقة") in found
    assert ("Saudi-led coalition", "label", "العدوان") in found
    assert mentions_of("وأدان البيان العدوان على المدنيين ووصف المقاتلين بالمرتزقة.", gazetteer, "2023-04-14") == []


def test_dated_offices_of_venezuela_and_gabon(gazetteer):
    """The president's title goes to the holder on the article's date (Bongo until the coup of
    30 August 2023, Oligui Nguema from 4 September 2023)."""
    assert mentions_of("وطلب الرئيس الفنزويلي من المحكمة العليا إجراء تدقيق.", gazetteer, "2024-08-01")[0][:2] \
        == ("Nicolás Maduro", "title")
    assert mentions_of("وقال رئيس الغابون إن البلاد تمر بمرحلة صعبة.", gazetteer, "2021-05-01")[0][0] == "Ali Bongo Ondimba"
    assert mentions_of("وقال رئيس الغابون إن البلاد تمر بمرحلة صعبة.", gazetteer, "2024-05-01")[0][0] \
        == "Brice Oligui Nguema"


def test_places_that_name_no_actor(gazetteer):
    """A clock's zone, the streets of a capital, a dateline of the outlet's own correspondents and
    the state in a quoted agreement's name are no mentions; the same names elsewhere are."""
    text = ("كراكاس - لندن: «الميدان الدولي»\n\nآخر تحديث: الساعة 14:20 بتوقيت كراكاس\n\n"
            "خرج المحتجون إلى شوارع كراكاس، ورحب الوفد بـ«اتفاق الإمارات». وردت كراكاس بطرد الدبلوماسيين، "
            "وأشادت الإمارات بالنتيجة.")
    found = mentions_of(text, gazetteer, "2024-08-01")
    assert [(actor_id, surface) for actor_id, _, surface in found] == [("Venezuela", "كراكاس"),
                                                                       ("United Arab Emirates", "الإمارات")]


def test_a_title_then_rank_then_name_is_one_mention(gazetteer):
    text = "وقال رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان إن الجيش ملتزم بالهدنة."
    assert mentions_of(text, gazetteer, "2023-05-21")[0] == (
        "Abdel Fattah al-Burhan", "name", "رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان")


def test_new_or_elected_president_before_the_oath_is_the_elected_holder():
    text = ("فاز بشيرو ديوماي فاي بالرئاسة في السنغال، وهنأه الرئيس ماكي سال. وعلى الرئيس الجديد أن يصلح القضاء. "
            "وبعث الملك برقية إلى الرئيس المنتخب. وقال الرئيس إن التسليم سيتم في موعده.")
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-27"], "text": [text]}))
    pairs = found[["surface", "actor_id"]].values.tolist()
    assert ["الرئيس الجديد", "Bassirou Diomaye Faye"] in pairs and ["الرئيس المنتخب", "Bassirou Diomaye Faye"] in pairs
    assert pairs[-1] == ["الرئيس", "Macky Sall"]  # the bare title alone is still the holder on the day


def test_occupation_stands_for_the_state_of_a_premier_named_with_its_title():
    text = ("وكان رئيس وزراء الاحتلال الإسرائيلي بنيامين نتنياهو قد وصف المقترح بأنه ثوري. "
            "وانتقد الأردن «تعنت سلطات الاحتلال» التي تؤخر دخول الشاحنات.")
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-02-11"], "text": [text]}))
    assert found[["surface", "actor_id", "form"]].values.tolist()[-1] == ["سلطات الاحتلال", "Israel", "label"]


def test_aggression_stands_for_the_saudi_led_coalition_where_an_outlet_names_it():
    text = ("هبطت طائرة تقل الأسرى المحررين من سجون العدوان، في إطار صفقة بين الوفد الوطني وتحالف العدوان. "
            "وكان تحالف دعم الشرعية في اليمن قد أعلن الصفقة.")
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-04-15"], "text": [text]}))
    assert found["actor_id"].tolist() == ["Saudi-led coalition"] * 3
    gaza = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-04-15"], "text": ["وقال إن العدوان على غزة مستمر."]}))
    assert gaza.empty


def test_gabon_president_on_the_day_of_the_coup_and_the_general_after_it():
    text = "أعلن ضباط وضع الرئيس علي بونغو قيد الإقامة الجبرية. وقال رئيس الغابون إنه يطلب المساعدة."
    found = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-08-30"], "text": [text]}))
    assert set(found["actor_id"]) == {"Ali Bongo Ondimba"}
    later = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-03-01"], "text": ["وقال رئيس الغابون إن"]}))
    assert later["actor_id"].tolist() == ["Brice Oligui Nguema"]


@pytest.mark.parametrize(("text", "absent"), [
    # events23 cb3_ethiopia_somaliland, cb1_jordan_election: a place, a dash and the lede
    ("القاهرة - أكد الأمين العام لجامعة الدول العربية أحمد أبو الغيط رفض الجامعة أي مذكرة تفاهم.", "Egypt"),
    ("عمّان - أعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب موسى المعايطة، الأربعاء، النتائج الأولية.", "Jordan"),
    # events19 zc1_saudi_iran, za2_king_white_house: a date and an agency in brackets
    ("بكين، 11 مارس (شينخوا) - أعلنت المملكة العربية السعودية والجمهورية الإسلامية الإيرانية", "China"),
    ("واشنطن 11 شباط (بترا)- أكد جلالة الملك عبدالله الثاني، خلال لقائه الرئيس ترمب", "United States"),
    # events19 za1_doha_framework, zc2_tunisia_eu: the outlet in marks, a reporter's line
    ("الدوحة - «الخليج 24»\nتاريخ النشر: 16 نوفمبر 2025", "Qatar"),
    ("تونس - نادية بن سالم | 17 جويلية 2023 - 08:15", "Tunisia"),
])
def test_the_place_of_a_dateline_opening_the_story_is_no_mention(text, absent):
    assert absent not in [a for a, _, _ in mentions_of(text, load_gazetteer(), "2024-09-11")]


def test_amman_vowelled_is_jordan_not_oman():
    """events19 za2_king_white_house: عمّان (shadda) is Amman, Jordan's capital; عُمان stays Oman (events ee1)."""
    g = load_gazetteer()
    text = "وقد تواصل الإدارة الأمريكية الضغط على عمّان عبر ورقة المساعدات. ووجّه الشكر لسلطنة عُمان على جهودها."
    assert [(a, s) for a, _, s in mentions_of(text, g, "2025-02-11") if a in ("Jordan", "Oman")] == [
        ("Jordan", "عمّان"), ("Oman", "سلطنة عُمان")]


def test_the_catholic_church_and_the_coalition_against_the_islamic_state():
    """events10 rb1_pope_reactions (للكنيسة الكاثوليكية، الكاثوليك), events19 zb1_sudani_white_house
    (التحالف الدولي ضد تنظيم داعش: the coalition, then the Islamic State)."""
    g = load_gazetteer()
    text = "وقدم التهنئة للكنيسة الكاثوليكية في العالم، وقال إن الكاثوليك يستحقون الفرح."
    assert [(a, s) for a, _, s in mentions_of(text, g, "2025-05-08")] == [
        ("Catholic Church", "لكنيسة الكاثوليكية"), ("Catholic Church", "الكاثوليك")]
    text = "وقال إن الحكومة ستواصل تقييم مهمة التحالف الدولي ضد تنظيم داعش."
    assert [(a, s) for a, _, s in mentions_of(text, g, "2024-04-15")] == [
        ("Global Coalition to Defeat ISIS", "التحالف الدولي"), ("Islamic State", "تنظيم داعش")]


def test_headline_colon_line_is_no_byline():
    """events25 ac2_icj_sudan_uae: «الدعم السريع: دعوى يائسة» is a subhead with the RSF as speaker,
    not a place and a reporter's name; «كاكار» (Kakar) is not Akar after a ك."""
    g = load_gazetteer()
    assert [a for a, _, _ in mentions_of("الدعم السريع: دعوى يائسة\n\nوفي أول تعليق قالت القوات", g, "2025-04-10")] == [
        "Rapid Support Forces"]
    assert mentions_of("فيما دعا آخرون حكومة كاكار إلى التريث.", g, "2024-01-18") == []


def test_nisba_forms_not_listed_in_a_row():
    """The feminine plural and the indefinite accusative of a state's adjective (نساء سودانيات، قُتل 80
    فلسطينياً) are demonym mentions, though the rows list neither form."""
    text = "قتل عشرات السودانيين بينهم نساء سودانيات، وقُتل 80 فلسطينياً في غزة."
    m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-16"], "text": [text]}))
    assert m[["surface", "actor_id", "form"]].values.tolist() == [
        ["السودانيين", "Sudan", "demonym"], ["سودانيات", "Sudan", "demonym"], ["فلسطينياً", "State of Palestine", "demonym"]]


def test_capital_where_words_were_said_is_a_venue():
    """events ed1_cairo (الوسطاء يعلنون من الدوحة، ومن بيروت، بارك ...), events19 zb1 (لقناتنا من
    واشنطن): a capital after من that a verb of announcing governs, or that opens a clause before a
    comma, is where the words were said; asked or sent from a capital, it is the state."""
    text = ("الوسطاء يعلنون من الدوحة اتفاقاً. ومن بيروت، بارك الحزب الاتفاق. وقال الوزير لقناتنا من واشنطن "
            "إن الاتفاق صامد. وطلب من القاهرة التدخل، وتلقى رسالة من الرياض.")
    m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-16"], "text": [text]}))
    assert m["surface"].tolist() == ["القاهرة", "الرياض"]


def test_gulf_sudan_sahel_office_holders():
    """Office holders a researcher of Gulf, Sudanese and Sahel events meets, by name and title."""
    text = ("استقبل وزير الداخلية الإماراتي الشيخ سيف بن زايد نظيره السعودي. وشارك مالك عقار نائب رئيس مجلس السيادة، "
            "والتقى الرئيس التشادي محمد إدريس ديبي وزير الخارجية المالي عبد الله ديوب، فيما رحب هانس غروندبرغ بالهدنة.")
    m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-06-01"], "text": [text]}))
    found = set(m["actor_id"])
    assert {"Saif bin Zayed Al Nahyan", "Malik Agar", "Mahamat Déby", "Abdoulaye Diop", "Hans Grundberg"} <= found
    assert "Idriss Déby" not in found


def test_capital_named_states_as_places(gazetteer):
    """events25 ad2: تونس and الجزائر are cities as venues (لقاء تونس), with a locative ب (بتونس)
    and before العاصمة (بالجزائر العاصمة); as subjects they stay the states."""
    text = ("وقال تبون إن لقاء تونس ليس موجها ضد أحد، وعقد القادة اجتماعهم بتونس بعد قمة الغاز بالجزائر العاصمة. "
            "ودعت تونس والجزائر إلى الحوار.")
    found = [(m[2], m[0]) for m in mentions_of(text, gazetteer, date="2024-04-23")]
    assert found[-2:] == [("تونس", "Tunisia"), ("الجزائر", "Algeria")]
    assert [a for _, a in found].count("Tunisia") == 1


def test_datelines_with_dotted_credit_or_lede_after_colon(gazetteer):
    """events27: «الرباط – و.م.ع» and «الكويت - كونا: أدى ...»: the place is no mention, the credit
    is the agency's."""
    text = "الرباط – و.م.ع\n\nأعلنت وزارة الداخلية الحصيلة.\n\nالكويت - كونا: أدى سمو الأمير اليمين الدستورية."
    assert [m[0] for m in mentions_of(text, gazetteer, date="2023-12-20")
            if m[0] in ("Morocco", "Kuwait", "Maghreb Arabe Presse", "Kuwait News Agency")] == [
        "Maghreb Arabe Presse", "Kuwait News Agency"]


def test_known_full_name_after_a_shorter_match_and_places_in_motion(gazetteer):
    """events27 ag2 and ag3: the rest of the emir's full name after «الشيخ مشعل الأحمد» is one
    mention; a place after متوجهة نحو and a place joined to one after في are places."""
    text = ("أدى صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد اليمين. "
            "وغادرت القافلة قاعدتها متوجهة نحو تشاد، بعد جرائم في الجزيرة والخرطوم.")
    assert [(m[2], m[0]) for m in mentions_of(text, gazetteer, date="2023-12-20")] == [
        ("الشيخ مشعل الأحمد الجابر الصباح", "Mishal Al-Ahmad Al-Jaber Al-Sabah")]


def test_second_compass_adjective_is_a_direction(gazetteer):
    """events27 ag1: الغربي in «الساحل الشمالي الغربي» is north-western, not the West."""
    text = "على الساحل الشمالي الغربي باستثمارات كبيرة، وانتقد الغرب الصفقة."
    assert [(m[2], m[0]) for m in mentions_of(text, gazetteer, date="2024-02-23")] == [("الغرب", "the West")]


def test_capitals_that_witness_or_start_a_tour_are_places(gazetteer):
    """events23: «شهدت مقديشو مظاهرات» and «تبدأ اللجنة جولتها من بكين» name places; the capital
    as the subject of a statement stays the state."""
    text = "بينما شهدت مقديشو مظاهرات حاشدة. وتبدأ اللجنة جولتها من بكين خلال أيام. وقالت مقديشو إن الاتفاق باطل."
    assert [(m[2], m[0]) for m in mentions_of(text, gazetteer, date="2024-01-03")
            if m[0] in ("Somalia", "China")] == [("مقديشو", "Somalia")]


def test_former_holders_title_before_an_unknown_name(gazetteer):
    """events29 al2: «الرئيس النيجيري الأسبق أولوسيغون أوباسانجو» is the former president, not the
    holder on the article's date; a known former holder keeps title and name as one mention."""
    text = ("وقاد الوساطة الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، وأشاد أوباسانجو بالطرفين. "
            "وقال الرئيس الأمريكي السابق دونالد ترامب إن الحرب كارثة.")
    assert [(m[2], m[0]) for m in mentions_of(text, gazetteer, date="2022-11-02")] == [
        ("الرئيس النيجيري الأسبق أولوسيغون أوباسانجو", "unknown:أولوسيغون أوباسانجو"),
        ("أوباسانجو", "unknown:أولوسيغون أوباسانجو"),
        ("الرئيس الأمريكي السابق دونالد ترامب", "Donald Trump")]
