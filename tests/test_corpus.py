"""framing.corpus: the seeds' metadata, cleaning of the seeds' boilerplate, offsets, bad input, tables."""

from __future__ import annotations

import csv
import fnmatch
import json
import re
import tomllib
from importlib import resources
from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEED_FILES, SEED_IDS
from framing.corpus import bundled_seeds, clean_text, corpus_or_seeds, load_corpus, raw_offset, read_corpus
from framing.errors import EmptyCorpusError, FramingWarning, InputError
from framing.furniture import load_page_furniture
from framing.text import word_tokens

A000, A001, A002, A003, A004 = SEED_IDS
CLEANING_KINDS = {"control", "date", "share", "caption", "repeat", "related", "trailer", "tags", "timestamp",
                  "breadcrumb", "byline"}
CONTROL = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\r]")

HEADLINE_000 = "26 دولة منخرطة في توفير الضمانات الأمنية لأوكرانيا والمساهمة الأميركية قيد البلورة"
DOUBLE_CAPTION_000 = "الرئيسان ماكرون وزيلينسكي خلال مؤتمرهما الصحافي الذي أعقب اجتماع «تحالف الراغبين»"
# caption lines of seed 000 that end in an agency credit, each with the credit
CREDIT_CAPTIONS = [
    pytest.param(
        "الرئيسان الفرنسي إيمانويل ماكرون والأوكراني فولوديمير زيلينسكي خلال مشاركتهما الخميس بقصر الإليزيه"
        " في قمة «تحالف الراغبين» (د.ب.أ)",
        id="dpa",
    ),
    pytest.param(
        "الرئيس الفرنسي إيمانويل ماكرون مستقبلاً رئيسة المفوضية الأوروبية أورسولا فون دير لاين على مدخل قصر"
        " الإليزيه (أ.ب)",
        id="ap",
    ),
    pytest.param(
        "أسقطت الدفاعات الجوية الأوكرانية طائرة روسية مسيرة فوق كييف خلال غارات جوية مكثفة بالطائرات المسيرة"
        " والصواريخ على أوكرانيا (أ.ف.ب)",
        id="afp",
    ),
    pytest.param("ديمتري بيسكوف المتحدث باسم الكرملين (رويترز)", id="reuters"),
    pytest.param("الرئيس الروسي فلاديمير بوتين (إ.ب.أ)", id="epa"),
    # the credits of a state's agency that agency_credits.tsv lists
    pytest.param("وزير الخارجية العماني لدى وصوله إلى طهران للمشاركة في المحادثات (إرنا)", id="irna"),
    pytest.param("أمير البلاد لدى وصوله إلى مقر انعقاد القمة (قنا)", id="qna"),
    pytest.param("الرئيس المصري خلال إلقاء كلمته في افتتاح المؤتمر (أ ش أ)", id="mena"),
]
# sentences of the article bodies that cleaning must keep, whole
BODY_SENTENCES = [
    (A000, "حقيقة الأمر، أن الاجتماع حصل في أجواء متشائمة إزاء نوايا الرئيس الروسي فلاديمير بوتين"),
    (A000, "ماكرون وزيلينسكي: أميركا جزء من الضمانات الأمنية"),
    (A000, "بيد أن الوصول إلى هذا الهدف يفترض زيادة الضغوط على الرئيس بوتين"),
    (A000, "الذي يؤمّن نحو 1.1 مليار دولار لموسكو"),
    (A001, "وقال ويتكوف بعد القمة إن الرئيس دونالد ترمب “يدعم بقوة البروتوكولات الأمنية”."),
    (A002, "رومانيا: الرئيس نيكشور دان أكد أن “الضغط المستمر على روسيا ضرورة”"),
    (A003, "وأعلنت روسيا أنها لن تقبل وجود قوات من دول الناتو على الأراضي الأوكرانية.وجاء في المسودة"),
    (A003, "ومن المرجح أن يتغير هذا الموعد ويصبح طموحاً"),
    (A004, "كييف ، أوكرانيا (AP)-قال الرئيس الفرنسي إيمانويل ماكرون يوم الخميس"),
    (A004, "أعلنت روسيا يوم الخميس أنها تطرد دبلوماسيًا إستونيًا"),
]


def manifest_rows(seeds_dir):
    with open(seeds_dir / "corpus.csv", encoding="utf-8", newline="") as handle:
        return {row["file"].removesuffix(".txt"): row for row in csv.DictReader(handle)}


def raw_span(removed, start, end):
    """Raw offsets of a cleaned-text span [start, end): an end maps after its last character."""
    return raw_offset(removed, start), raw_offset(removed, end - 1) + 1


# ---------------------------------------------------------------------------------------------
# The seeds and their metadata


def test_corpus_seeds_are_package_data(seeds_dir, repo_root):
    """A wheel installs seeds/ as framing/data/seeds/, every file of it; a checkout finds it as is."""
    setup = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "framing.data.seeds" in setup["packages"]
    assert setup["package-dir"]["framing.data.seeds"] == seeds_dir.name
    patterns = setup["package-data"]["framing.data.seeds"]
    for path in seeds_dir.iterdir():
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.name
    assert bundled_seeds().resolve() == seeds_dir.resolve()
    assert corpus_or_seeds(None) == bundled_seeds() and corpus_or_seeds("x").name == "x"


def test_corpus_seeds_metadata(seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir.parent)
    articles = load_corpus("seeds")
    assert articles["article_id"].tolist() == [f.stem for f in SEED_FILES]
    assert len(articles) == 5
    manifest = manifest_rows(seeds_dir)
    for row in articles.itertuples():
        meta = manifest[row.article_id]
        assert (row.outlet, row.date, row.event, row.language) == (
            meta["outlet"],
            meta["date"],
            meta["event"],
            meta["language"],
        )
        assert row.source.endswith(f"{row.article_id}.txt")


@pytest.mark.parametrize(
    "article_id, outlet, event",
    [
        (A000, "Asharq Al-Awsat", "paris-2025-09-04"),
        (A001, None, "paris-2026-01-06"),
        (A002, None, "paris-2025-09-04"),
        (A003, None, "paris-2026-01-06"),
        (A004, "Associated Press", "paris-2025-09-04"),
    ],
)
def test_corpus_seed_outlet_and_event(seed_corpus, article_id, outlet, event):
    row = seed_corpus.articles.set_index("article_id").loc[article_id]
    assert row["event"] == event
    assert row["date"] == event.removeprefix("paris-")
    if outlet:
        assert row["outlet"].startswith(outlet)


@pytest.mark.parametrize("name", [f.name for f in SEED_FILES])
def test_corpus_seeds_identical_to_shared(repo_root, name):
    shared = repo_root.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared is not there")
    assert (repo_root / "seeds" / name).read_bytes() == (shared / name).read_bytes()


def test_corpus_read_is_deterministic(seeds_dir, seed_corpus):
    again = read_corpus(seeds_dir)
    pd.testing.assert_frame_equal(again.articles, seed_corpus.articles)
    pd.testing.assert_frame_equal(again.cleaning, seed_corpus.cleaning)


# ---------------------------------------------------------------------------------------------
# Cleaning the seeds


def _text(corpus, article_id):
    return corpus.articles.set_index("article_id").loc[article_id, "text"]


def _cleaning(corpus, article_id):
    return corpus.cleaning[corpus.cleaning["article_id"] == article_id]


def test_corpus_clean_caption_printed_twice(seed_corpus, seed_raw):
    assert seed_raw[A000].count(DOUBLE_CAPTION_000 + "\n" + DOUBLE_CAPTION_000) == 1
    assert DOUBLE_CAPTION_000 not in _text(seed_corpus, A000)
    rows = _cleaning(seed_corpus, A000)
    captions = rows[rows["removed"].str.strip() == DOUBLE_CAPTION_000]
    assert captions["kind"].tolist() == ["caption", "caption"]


def test_corpus_clean_repeated_headline(seed_corpus, seed_raw):
    assert seed_raw[A000].count(HEADLINE_000) == 2
    text = _text(seed_corpus, A000)
    assert text.count(HEADLINE_000) == 1
    # the first copy is the one kept: it is the one the gold annotations point at
    assert text.startswith(HEADLINE_000) and seed_raw[A000].startswith(HEADLINE_000)
    removed = list(zip(*(_cleaning(seed_corpus, A000)[c] for c in ("start", "end", "kind")), strict=True))
    assert raw_span(removed, 0, len(HEADLINE_000)) == (0, len(HEADLINE_000))
    assert seed_corpus.articles.set_index("article_id").loc[A000, "title"] == HEADLINE_000


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_corpus_clean_share_markers(seed_corpus, seed_raw, article_id):
    text = _text(seed_corpus, article_id)
    assert "TT" not in {line.strip() for line in text.splitlines()}
    rows = _cleaning(seed_corpus, article_id)
    assert set(rows.loc[rows["kind"] == "share", "removed"].str.strip()) <= {"TT"}


def test_corpus_clean_share_marker_in_body_of_000(seed_corpus, seed_raw):
    """000 has TT lines in its body (one) and in the related block (the rest)."""
    rows = _cleaning(seed_corpus, A000)
    share = rows[rows["kind"] == "share"]
    assert share["removed"].str.strip().tolist() == ["TT"]
    related_start = rows.loc[rows["kind"] == "related", "start"].item()
    assert seed_raw[A000][:related_start].count("\nTT\n") == 1


@pytest.mark.parametrize("caption", CREDIT_CAPTIONS)
def test_corpus_clean_credit_caption(caption):
    """A caption line ending in an agency credit goes; the body around it stays."""
    before = "«تحالف الراغبين» الداعم لأوكرانيا عقد الخميس اجتماعاً حاسماً."
    after = "وقالت الشرطة إن الحادثة تخضع الآن للتحقيق."
    raw = f"{before}\n\n{caption}\n\n{after}\n"
    cleaned = clean_text(raw)
    assert caption not in cleaned.text
    assert before in cleaned.text and after in cleaned.text
    kinds = {kind for start, end, kind in cleaned.removed if caption in raw[start:end]}
    assert kinds == {"caption"}


@pytest.mark.parametrize("caption", CREDIT_CAPTIONS[:2])
def test_corpus_clean_credit_caption_in_000(seed_corpus, seed_raw, caption):
    assert caption in seed_raw[A000]
    assert caption not in _text(seed_corpus, A000)


@pytest.mark.parametrize(
    "line",
    [
        # a credit inside a line, not at its end: the AP dateline of 004
        "كييف ، أوكرانيا (AP)-قال الرئيس الفرنسي إيمانويل ماكرون يوم الخميس إن 26 من حلفاء أوكرانيا",
        # «رويترز» as a source in the body of 003
        "وجاء في المسودة التي اطلعت عليها «رويترز»، والتي لا تزال بحاجة للموافقة",
    ],
)
def test_corpus_clean_keeps_credit_inside_a_line(line):
    assert clean_text(line + "\n").text == line + "\n"


def test_corpus_clean_related_block(seed_corpus, seed_raw):
    raw, text = seed_raw[A000], _text(seed_corpus, A000)
    assert "مقالات ذات صلة" in raw and "مقالات ذات صلة" not in text
    rows = _cleaning(seed_corpus, A000)
    related = rows[rows["kind"] == "related"]
    assert len(related) == 1
    assert related["start"].item() == raw.index("مقالات ذات صلة")
    assert related["end"].item() == len(raw)  # everything after it goes too
    last_body = "ومجدداً، طالب زيلينسكي بقمة تجمعه مع بوتين عادَّاً أن مقترحه بحصولها في موسكو يعني التهرب وعدم الرغبة في حصولها."
    assert text.rstrip().endswith(last_body)
    for only_in_related in ("تليغرام", "play-circle", "«الشرق الأوسط» (موسكو)"):
        assert only_in_related in raw and only_in_related not in text


# page furniture of the development pages (tests/fixtures/events6), each with the kind it is
FURNITURE_LINES = [
    ("ma1_madagascar", "الرئيسية > أفريقيا > مدغشقر", "breadcrumb"),
    ("ma1_madagascar", "نُشر في: 15/10/2025 - 10:42 | آخر تحديث: 15/10/2025 - 18:05", "timestamp"),
    ("ma1_madagascar", "شارك: فيسبوك | إكس | واتساب | نسخ الرابط", "share"),
    ("ma2_caucasus", "رمز الخبر: 4521873 | 9 أغسطس 2025 - 14:35", "timestamp"),
    ("ma2_caucasus", "الكلمات الدالة: أرمينيا، أذربيجان، ممر زنغزور، دونالد ترامب", "tags"),
    ("mb1_lebanon_arms", "الرئيسية > أخبار لبنان > سياسة", "breadcrumb"),
    ("mb1_lebanon_arms", "منذ ساعتين | آخر تحديث: منذ 15 دقيقة", "timestamp"),
    ("mb2_morocco_genz", "كتبه: حمزة المتوكل", "byline"),
    ("mb2_morocco_genz", "السبت 11 أكتوبر 2025 - 12:47", "timestamp"),
    ("mb2_morocco_genz", "تابعونا على واتساب", "share"),
]


@pytest.fixture(scope="module")
def events6_corpus(repo_root):
    return read_corpus(repo_root / "tests" / "fixtures" / "events6")


@pytest.mark.parametrize(("article_id", "line", "kind"), FURNITURE_LINES, ids=lambda v: str(v)[:20])
def test_corpus_clean_page_furniture(events6_corpus, article_id, line, kind):
    rows = events6_corpus.cleaning[events6_corpus.cleaning["article_id"] == article_id]
    assert kind in [k for k, removed in zip(rows["kind"], rows["removed"], strict=True) if removed.strip() == line]
    text = events6_corpus.articles.set_index("article_id").loc[article_id, "text"]
    assert line not in text


def test_corpus_clean_page_furniture_keeps_headlines(events6_corpus):
    titles = events6_corpus.articles.set_index("article_id")["title"]
    assert titles["mb1_lebanon_arms"].startswith("عاجل | مجلس الوزراء يقرّ")  # not the breadcrumb
    assert titles["mb2_morocco_genz"].startswith("بعد خطاب الملك")
    text = events6_corpus.articles.set_index("article_id").loc["mb2_morocco_genz", "text"]
    assert "إقرأ أيضا" not in text and "التهراوي يعد" not in text  # the related block, to the end
    assert text.rstrip().split("\n")[-1].startswith("وفي بيان نشرته على ديسكورد، أعلنت الحركة")


@pytest.mark.parametrize("line", [
    "شارك الرئيس الفرنسي في القمة عبر الفيديو",
    "كتب ترامب على منصته أن الاتفاق قريب",
    "كتب ترامب:",
    "في 11 أكتوبر قتل 3 متظاهرين",
    "الكلمات التي استخدمها الوزير: قاسية",
    "اقرأ أيضاً ما قاله الوزير في مؤتمره",
])
def test_corpus_clean_keeps_sentences_that_look_like_furniture(line):
    assert clean_text(f"عنوان الخبر\n{line}\nوقال الوزير إن الاتفاق صامد.").text.split("\n")[1] == line


@pytest.mark.parametrize("label", ["الكلمات المفاتيح", "كلمات مفتاحية", "الكلمات الدلالية", "الوسوم"])
def test_corpus_clean_keywords_line_in_any_wording(label):
    cleaned = clean_text(f"عنوان الخبر\nوقال الوزير إن الاتفاق صامد.\n{label}: الانتخابات، نبيل عمار، تونس\n")
    assert "نبيل عمار" not in cleaned.text and "الاتفاق صامد" in cleaned.text


def test_corpus_clean_related_link_line_in_body_drops_only_that_line():
    cleaned = clean_text("عنوان\nقال الوزير إن الاتفاق صامد.\nاقرأ أيضاً: ترامب يلتقي الشرع\nوأضاف أن المحادثات تستمر.")
    assert cleaned.text == "عنوان\nقال الوزير إن الاتفاق صامد.\nوأضاف أن المحادثات تستمر."
    assert [kind for _, _, kind in cleaned.removed] == ["related"]


def test_corpus_page_furniture_from_a_user_file(tmp_path):
    text = resources.files("framing.data").joinpath("page_furniture.toml").read_text(encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(text.replace('"Tags",', '"Tags", "هاشتاغات",'), encoding="utf-8")
    own = load_page_furniture(mine)
    raw = "عنوان\nقال الوزير إن الاتفاق صامد.\nهاشتاغات: السودان، جدة"
    assert clean_text(raw).text.endswith("هاشتاغات: السودان، جدة")
    assert clean_text(raw, own).text == "عنوان\nقال الوزير إن الاتفاق صامد.\n"


def test_corpus_page_furniture_bad_file_names_it(tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text("[related]\nheaders = []\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"mine\.toml"):
        load_page_furniture(bad)


def test_corpus_clean_trailer_of_004(seed_corpus, seed_raw):
    raw, text = seed_raw[A004], _text(seed_corpus, A004)
    assert "___" in raw and "___" not in text
    assert "Petrequin" not in text and "أسوشيتد برس" not in text
    assert text.rstrip().endswith("غير مرغوبة الشهر الماضي.")


def test_corpus_clean_date_prefix_of_003(seed_corpus, seed_raw):
    raw, text = seed_raw[A003], _text(seed_corpus, A003)
    assert raw.lstrip().startswith("date 2026-01-06 ")
    assert text.startswith("يلتقي مسؤولو عدد من الدول الأوروبية")
    assert "date 2026" not in text
    rows = _cleaning(seed_corpus, A003)
    assert rows["kind"].tolist() == ["date"]
    assert rows["removed"].item().strip() == "date 2026-01-06"


def test_corpus_date_prefix_used_without_manifest(copy_seeds):
    folder = copy_seeds("no-manifest", ids=["003"], manifest=False)
    assert not (folder / "corpus.csv").exists()
    corpus = read_corpus(folder)
    row = corpus.articles.iloc[0]
    assert (row["article_id"], row["date"], row["outlet"]) == (A003, "2026-01-06", "unknown")
    assert not row["text"].startswith("date")


def test_corpus_manifest_date_wins_over_prefix(copy_seeds):
    folder = copy_seeds("manifest", ids=["003"])
    manifest = folder / "corpus.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("2026-01-06", "2026-01-07"), encoding="utf-8")
    assert read_corpus(folder).articles.loc[0, "date"] == "2026-01-07"


def test_corpus_date_prefix_bad_date_is_skipped(tmp_path, seed_raw):
    folder = tmp_path / "bad-prefix"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_raw[A003].replace("2026-01-06", "2026-13-06", 1), encoding="utf-8")
    (folder / "b.txt").write_text(seed_raw[A002], encoding="utf-8")
    with pytest.warns(FramingWarning, match="2026-13-06"):
        corpus = read_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["b"]
    assert corpus.skipped["article_id"].tolist() == ["a"]
    with pytest.raises(InputError, match="bad date '2026-13-06'"):
        read_corpus(folder, strict=True)


@pytest.mark.parametrize("article_id, sentence", BODY_SENTENCES)
def test_corpus_clean_keeps_body(seed_corpus, seed_raw, article_id, sentence):
    assert sentence in seed_raw[article_id]
    assert sentence in _text(seed_corpus, article_id)


@pytest.mark.parametrize("article_id", [A001, A002])
def test_corpus_clean_leaves_clean_articles_alone(seed_corpus, seed_raw, article_id):
    assert _cleaning(seed_corpus, article_id).empty
    assert _text(seed_corpus, article_id) == seed_raw[article_id]


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_corpus_cleaning_table_offsets(seed_corpus, seed_raw, article_id):
    raw = seed_corpus.articles.set_index("article_id").loc[article_id, "raw_text"]
    assert raw == seed_raw[article_id]  # the raw text is the file decoded, nothing stripped
    rows = _cleaning(seed_corpus, article_id)
    assert set(rows["kind"]) <= CLEANING_KINDS
    previous_end = 0
    pieces = []
    for row in rows.itertuples():
        assert raw[row.start : row.end] == row.removed
        assert previous_end <= row.start < row.end <= len(raw)  # sorted and disjoint
        pieces.append(raw[previous_end : row.start])
        previous_end = row.end
    pieces.append(raw[previous_end:])
    # cleaning only deletes: the text is the raw text less the listed spans
    assert "".join(pieces) == _text(seed_corpus, article_id)


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_corpus_raw_offset_maps_every_seed_token(seed_corpus, seed_raw, article_id):
    raw, text = seed_raw[article_id], _text(seed_corpus, article_id)
    rows = _cleaning(seed_corpus, article_id)
    tokens = word_tokens(text)
    assert tokens
    for tok in tokens:
        start, end = raw_span(rows, tok.start, tok.end)
        assert raw[start:end] == tok.text


# ---------------------------------------------------------------------------------------------
# Offsets map back exactly, for any text (property)

SEED_LINES = sorted(
    {line.strip() for f in SEED_FILES for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
)
BOILERPLATE = ["TT", "", "مقالات ذات صلة", "___", "الرئيس الروسي فلاديمير بوتين (إ.ب.أ)", "ديمتري بيسكوف (رويترز)"]


@st.composite
def scraped_articles(draw):
    """Seed lines with scraped boilerplate, zero-width characters and CRLF line ends."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(["seed", "seed", "boilerplate", "duplicate"]))
        if kind == "seed":
            lines.append(draw(st.sampled_from(SEED_LINES))[: draw(st.integers(1, 300))])
        elif kind == "boilerplate" or not lines:
            lines.append(draw(st.sampled_from(BOILERPLATE)))
        else:  # a line printed twice, or the headline again further down
            lines.append(draw(st.sampled_from(lines)))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    raw = newline.join(lines) + draw(st.sampled_from(["", newline]))
    if draw(st.booleans()):
        raw = "date 2025-09-04 " + raw
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.sampled_from(["\u200b", "\u200f", "\u200e", "\ufeff"])) + raw[at:]
    return raw


@given(scraped_articles())
def test_corpus_raw_offset_property(raw):
    cleaned = clean_text(raw)
    text, removed = cleaned.text, cleaned.removed
    # removed spans are sorted, disjoint, and deleting them gives the text
    assert all(a[1] <= b[0] for a, b in pairwise(removed))
    kept, pos = [], 0
    for start, end, _ in removed:
        kept.append(raw[pos:start])
        pos = end
    assert "".join(kept) + raw[pos:] == text
    # every character of the text maps back to the same character
    for i, ch in enumerate(text):
        assert raw[raw_offset(removed, i)] == ch
    # every word token maps back to a raw span reading the same word
    for tok in word_tokens(text):
        start, end = raw_span(removed, tok.start, tok.end)
        span = raw[start:end]
        if CONTROL.search(span):  # a zero-width character inside the word itself
            assert CONTROL.sub("", span) == tok.text
            assert span[0] == tok.text[0] and span[-1] == tok.text[-1]
        else:
            assert span == tok.text


def test_corpus_raw_offset_zero_width_after_word():
    """The end of a word right before a deleted character stays before it."""
    raw = "قال\u200f ماكرون\u200b\r\nTT\r\nإن"
    cleaned = clean_text(raw)
    assert cleaned.text == "قال ماكرون\nإن"
    spans = [raw[slice(*raw_span(cleaned.removed, t.start, t.end))] for t in word_tokens(cleaned.text)]
    assert spans == ["قال", "ماكرون", "إن"]


# ---------------------------------------------------------------------------------------------
# Bad input, through the library


def _folder(tmp_path, files: dict[str, bytes | str], manifest: str | None = None):
    folder = tmp_path / "bad"
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if manifest is not None:
        (folder / "corpus.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_corpus_non_utf8_reports_byte_offset(tmp_path, seed_raw):
    data = seed_raw[A000].encode("cp1256", errors="replace")
    assert data.startswith(b"26 ")  # so the first bad byte is byte 3
    folder = _folder(tmp_path, {"cp.txt": data, "good.txt": seed_raw[A002]})
    with pytest.warns(FramingWarning, match=r"cp\.txt: not valid utf-8 \(byte 3"):
        corpus = read_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["good"]
    problem = corpus.skipped.set_index("article_id").loc["cp", "problem"]
    assert "byte 3" in problem and "--encoding" in problem
    with pytest.raises(InputError, match=r"byte 3.*--encoding cp1256") as info:
        read_corpus(folder, strict=True)
    assert info.value.path.endswith("cp.txt") and info.value.exit_code == 2


def test_corpus_cp1256_with_encoding(tmp_path, seed_raw, seed_corpus):
    # 002 is the seed whose characters all exist in windows-1256
    folder = _folder(tmp_path, {f"{A002}.txt": seed_raw[A002].encode("cp1256")})
    corpus = read_corpus(folder, encoding="cp1256", strict=True)
    assert corpus.articles.loc[0, "text"] == _text(seed_corpus, A002)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\u200b\n".encode()], ids=["empty", "whitespace", "zero-width"])
def test_corpus_empty_article(tmp_path, seed_raw, content):
    folder = _folder(tmp_path, {"blank.txt": content, "good.txt": seed_raw[A001]})
    with pytest.warns(FramingWarning, match=r"blank\.txt"):
        corpus = read_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["good"]
    assert corpus.skipped["article_id"].tolist() == ["blank"]
    with pytest.raises(InputError, match=r"blank\.txt"):
        read_corpus(folder, strict=True)


def test_corpus_duplicate_ids_in_table(tmp_path, seed_raw):
    table = tmp_path / "dup.csv"
    pd.DataFrame({"article_id": ["a", "a"], "text": [seed_raw[A001], seed_raw[A002]]}).to_csv(table, index=False)
    for strict in (False, True):
        with pytest.raises(InputError, match="duplicate article id 'a'") as info:
            read_corpus(table, strict=strict)
        assert info.value.exit_code == 2 and "dup.csv" in str(info.value)


def test_corpus_duplicate_ids_in_folder(tmp_path, seed_raw):
    """a.txt in the folder and sub/a.txt, both listed by the manifest, have the same id."""
    manifest = "file,outlet,date,event,language,notes\na.txt,X,,,ar,\nsub/a.txt,Y,,,ar,\n"
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001], "sub/a.txt": seed_raw[A002]}, manifest)
    with pytest.raises(InputError, match="duplicate article id 'a'"):
        read_corpus(folder)


def test_corpus_duplicate_file_in_manifest(tmp_path, seed_raw):
    manifest = "file,outlet,date,event,language,notes\na.txt,X,,,ar,\na.txt,Y,,,ar,\n"
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001]}, manifest)
    with pytest.raises(InputError, match=r"duplicate file \'a\.txt\'") as info:
        read_corpus(folder)
    assert info.value.line == 3 and info.value.path.endswith("corpus.csv")


def test_corpus_manifest_row_file_missing(tmp_path, seed_raw):
    manifest = "file,outlet,date,event,language,notes\na.txt,X,2025-09-04,e,ar,\ngone.txt,Y,2025-09-04,e,ar,\n"
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001]}, manifest)
    with pytest.warns(FramingWarning, match=r"corpus\.csv:3: file 'gone.txt' not found"):
        corpus = read_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["a"]
    assert corpus.skipped.loc[0, "source"].endswith("corpus.csv:3")
    with pytest.raises(InputError, match=r"gone\.txt"):
        read_corpus(folder, strict=True)


@pytest.mark.parametrize("bad", ["2025-13-01", "04/09/2025", "yesterday"])
def test_corpus_manifest_bad_date(tmp_path, seed_raw, bad):
    manifest = f"file,outlet,date,event,language,notes\na.txt,X,2025-09-04,e,ar,\nb.txt,Y,{bad},e,ar,\n"
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001], "b.txt": seed_raw[A002]}, manifest)
    with pytest.warns(FramingWarning, match=rf"corpus\.csv:3: bad date '{re.escape(bad)}'"):
        corpus = read_corpus(folder)
    assert corpus.articles["article_id"].tolist() == ["a"]
    with pytest.raises(InputError) as info:
        read_corpus(folder, strict=True)
    assert info.value.exit_code == 2
    assert "corpus.csv:3: bad date" in str(info.value) and "YYYY-MM-DD" in str(info.value)


def test_corpus_binary_file(tmp_path, seed_raw):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    folder = _folder(tmp_path, {"image.txt": png, "good.txt": seed_raw[A001]})
    with pytest.warns(FramingWarning, match="image.txt: binary"):
        corpus = read_corpus(folder)
    assert corpus.skipped["article_id"].tolist() == ["image"]
    with pytest.raises(InputError, match="binary"):
        read_corpus(folder, strict=True)


def test_corpus_manifest_without_file_column(tmp_path, seed_raw):
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001]}, "name,outlet\na.txt,X\n")
    for strict in (False, True):
        with pytest.raises(InputError, match="missing column 'file'") as info:
            read_corpus(folder, strict=strict)
        assert info.value.path.endswith("corpus.csv") and info.value.line == 1


def test_corpus_path_does_not_exist(tmp_path):
    with pytest.raises(InputError, match="no such file or folder") as info:
        read_corpus(tmp_path / "nowhere")
    assert info.value.exit_code == 2


def test_corpus_html_page(tmp_path, seed_raw):
    body = seed_raw[A002].splitlines()[0]
    page = f'<!DOCTYPE html>\n<html lang="ar"><head><title>قمة</title></head>\n<body><p>{body}</p></body></html>\n'
    folder = _folder(tmp_path, {"page.txt": page, "good.txt": seed_raw[A001]})
    with pytest.warns(FramingWarning, match="page.txt: an HTML page"):
        corpus = read_corpus(folder)
    assert corpus.skipped["article_id"].tolist() == ["page"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_corpus_byte_order_mark(tmp_path, seed_raw, seed_corpus, codec):
    data = seed_raw[A001].encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    folder = _folder(tmp_path, {f"{A001}.txt": data})
    corpus = read_corpus(folder, strict=True)
    assert corpus.articles.loc[0, "text"] == _text(seed_corpus, A001)
    # a byte-order mark is honoured whatever the encoding says
    assert read_corpus(folder, strict=True, encoding="cp1256").articles.loc[0, "text"] == _text(seed_corpus, A001)


def test_corpus_truncated_utf16_is_bad_input(tmp_path):
    folder = _folder(tmp_path, {"odd.txt": "نص".encode("utf-16") + b"\x41"})
    with pytest.raises(InputError, match=r"odd\.txt"):
        read_corpus(folder, strict=True)


def test_corpus_unknown_encoding(tmp_path, seed_raw):
    folder = _folder(tmp_path, {"a.txt": seed_raw[A001]})
    with pytest.raises(InputError, match="unknown encoding 'klingon'") as info:
        read_corpus(folder, encoding="klingon")
    assert info.value.exit_code == 2


def test_corpus_every_article_bad(tmp_path):
    folder = _folder(tmp_path, {"a.txt": b"", "b.txt": b"\x00\x01\x02", "c.txt": "<html><body>x</body></html>"})
    with (
        pytest.warns(FramingWarning),
        pytest.raises(EmptyCorpusError, match=r"no article to analyse \(3 skipped\)") as info,
    ):
        read_corpus(folder)
    assert info.value.exit_code == 3


# ---------------------------------------------------------------------------------------------
# Tables


def _seed_table(seed_raw, seeds_dir) -> pd.DataFrame:
    manifest = manifest_rows(seeds_dir)
    return pd.DataFrame(
        [
            {
                "article_id": article_id,
                "outlet": manifest[article_id]["outlet"],
                "date": manifest[article_id]["date"],
                "event": manifest[article_id]["event"],
                "text": raw,
            }
            for article_id, raw in seed_raw.items()
        ]
    )


def _write(frame: pd.DataFrame, path):
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in frame.to_dict("records")), encoding="utf-8")
    else:
        frame.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_corpus_table_same_as_folder(tmp_path, seed_raw, seeds_dir, seed_corpus, suffix):
    path = _write(_seed_table(seed_raw, seeds_dir), tmp_path / f"seeds{suffix}")
    corpus = read_corpus(path, strict=True)
    columns = ["article_id", "outlet", "date", "event", "title", "text", "raw_text"]
    pd.testing.assert_frame_equal(corpus.articles[columns], seed_corpus.articles[columns])
    pd.testing.assert_frame_equal(corpus.cleaning, seed_corpus.cleaning)


def test_corpus_jsonl_missing_keys(tmp_path, seed_raw):
    """Keys left out of a JSONL row are missing values, not the string 'nan'."""
    path = tmp_path / "partial.jsonl"
    rows = [{"article_id": "a", "outlet": "X", "date": "2025-09-04", "text": seed_raw[A001]}, {"article_id": "b", "text": seed_raw[A002]}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    articles = read_corpus(path, strict=True).articles.set_index("article_id")
    assert articles.loc["b", "outlet"] == "unknown"
    assert pd.isna(articles.loc["b", "date"]) and pd.isna(articles.loc["b", "event"])
    assert "nan" not in articles.astype(str).loc["b"].tolist()


def test_corpus_parquet_date_column(tmp_path, seed_raw, seeds_dir):
    frame = _seed_table(seed_raw, seeds_dir).assign(date=lambda f: pd.to_datetime(f["date"]))
    articles = read_corpus(_write(frame, tmp_path / "dated.parquet"), strict=True).articles
    assert articles["date"].tolist() == [r["date"] for r in manifest_rows(seeds_dir).values()]


def test_corpus_table_without_text_column(tmp_path):
    path = tmp_path / "notext.csv"
    pd.DataFrame({"article_id": ["a"], "words": ["نص"]}).to_csv(path, index=False)
    with pytest.raises(InputError, match="no text column"):
        read_corpus(path)


def test_corpus_jsonl_invalid_line(tmp_path, seed_raw):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps({"text": seed_raw[A001]}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON") as info:
        read_corpus(path)
    assert info.value.line == 2
