"""framing.words: the one file of Arabic function words that quotes, hedges and sentiment share."""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import sys
import tomllib

import pandas as pd
import pytest

from conftest import REPO_ROOT
from framing import hedges, quotes, sentiment, words
from framing.errors import InputError
from framing.hedges import find_hedges
from framing.lexicon import data_file
from framing.manifest import run_manifest
from framing.quotes import find_quotes
from framing.text import fold, word_tokens
from framing.words import function_words, spellings, word_class

# The sentiment rules are a package: every module of it is checked.
RULE_MODULES = ("quotes.py", "hedges.py",
                *sorted(f"sentiment/{p.name}" for p in (REPO_ROOT / "framing" / "sentiment").glob("*.py")))
# The module constants each rule module takes from the file, and the class each one is.
SHARED = {
    quotes: {"COMPLEMENTIZERS": "complementizers", "CLAUSE_BREAKERS": "clause_breakers",
             "PREPOSITIONS": "prepositions_of_content", "MODALS": "modals", "RELATIVES": "relative_pronouns",
             "CLAUSE_OPENERS": "subject_openers", "NEGATORS": "negators_before_cue", "TOPIC_NEGATORS": "negators",
             "CONNECTORS": "connectors"},
    hedges: {"NEGATORS": "negators_before_hedge", "PAST_AUXILIARIES": "past_auxiliaries",
             "COMPLEMENTIZERS": "complementizers_after_cue"},
    sentiment: {"PREPOSITIONS": "prepositions", "JOINED_PREPOSITIONS": "joined_prepositions",
                "CLAUSE_OPENERS": "clause_openers", "COMPLEMENTIZERS": "complementizers",
                "RELATIVES": "relative_pronouns", "PRONOUN_SUBJECTS": "pronoun_subjects",
                "SHARED_SUBJECT": "shared_subject_conjunctions", "DESCRIBED_PRONOUNS": "described_pronouns",
                "ENCLITIC_PRONOUNS": "enclitic_pronouns", "OBJECT_PRONOUNS": "object_pronouns",
                "DEMONSTRATIVES": "demonstratives", "QUANTIFIERS": "quantifiers",
                "SPEECH_PLACES": "speech_place_prepositions", "COPULA_PRONOUNS": "copula_pronouns",
                "CONTINUATION_AFTER_LA": "not_negated_after_la",
                "POSSESSIVE_PREPOSITIONS": "possessive_prepositions", "WITHIN_PREPOSITIONS": "group_prepositions"},
}
# A narrower class and the general class it must stay inside.
SUBSETS = [
    ("complementizers_after_cue", "complementizers"),
    ("prepositions_of_content", "prepositions"),
    ("possessive_prepositions", "prepositions"),
    ("group_prepositions", "prepositions"),
    ("speech_place_prepositions", "prepositions"),
    ("negators", "negators_before_cue"),
    ("negators", "negators_before_hedge"),
    ("relative_pronouns", "clause_openers"),
    ("complementizers", "clause_openers"),
    ("complementizers", "subject_openers"),
    ("past_auxiliaries", "subject_openers"),
    ("clause_breakers", "connectors"),
    ("relative_pronouns", "quotes.STOPS"),
    ("prepositions", "quotes.STOPS"),
    ("demonstratives", "quotes.STOPS"),
]


# ---------------------------------------------------------------------------------------------
# The file


def test_words_file_loads_every_class_non_empty_and_documented():
    text = data_file(words.FILE).read_text(encoding="utf-8")
    classes = function_words()
    assert set(classes) == set(tomllib.loads(text))
    assert {"negators", "complementizers", "prepositions", "clause_openers", "demonstratives",
            "relative_pronouns", "enclitic_pronouns", "copula_pronouns", "object_pronouns"} <= set(classes)
    lines = text.splitlines()
    for name, folded in classes.items():
        assert folded, name
        header = lines.index(f"[{name}]")
        assert lines[header - 1].startswith("# "), f"[{name}] has no comment above it"


@pytest.mark.parametrize("name", sorted(function_words()))
def test_words_every_word_is_one_token_and_folds(name):
    written = spellings(name)
    assert len(written) == len(set(written)), f"{name}: a word written twice"
    for word in written:
        assert [t.text for t in word_tokens(word)] == [word], f"{name}: {word!r} is not one word"
        assert re.fullmatch(r"[\u0621-\u064A\u064B-\u065F\u0670]+", word), f"{name}: {word!r} is not Arabic letters"
    assert word_class(name) == frozenset(fold(w) for w in written)
    assert all(fold(w) == w for w in word_class(name))  # ready for Document.folded


def test_words_classes_fold_hamza_and_alef_forms_together():
    assert fold("إن") in word_class("complementizers") and fold("أن") == fold("إن")
    assert fold("إلى") == "الي"
    assert "الي" in word_class("prepositions") and "الي" in word_class("prepositions_of_content")
    assert fold("إياهم") in word_class("object_pronouns")


@pytest.mark.parametrize(("narrow", "wide"), SUBSETS, ids=[f"{a}<={b}" for a, b in SUBSETS])
def test_words_narrower_classes_stay_inside_the_general_one(narrow, wide):
    whole = quotes.STOPS if wide == "quotes.STOPS" else word_class(wide)
    assert word_class(narrow) <= whole


def test_words_narrower_classes_leave_out_what_their_rule_must_not_read():
    # ما before a reporting verb is "what" (حسب ما أفاد): not a negator there, but before a hedge
    assert "ما" not in word_class("negators_before_cue") and "ما" in word_class("negators_before_hedge")
    # the hedge rules before_an and evidential read أن with a pronoun of the third person or of "we"
    # (يوضح أننا), never بأن or وأن
    assert word_class("complementizers_after_cue") == {"ان", "انه", "انها", "اننا", "انهم"}
    assert word_class("prepositions_of_content") == {fold(w) for w in ("إلى", "على", "عن", "من")}


def test_words_unknown_class_names_the_classes():
    with pytest.raises(KeyError, match=r"no class 'conjunctions'.*complementizers"):
        word_class("conjunctions")
    with pytest.raises(KeyError):
        spellings("conjunctions")


BROKEN = [
    ('[a]\nwords = ["لا", "لم"]\ninclude = ["b"]\n', "includes 'b', which is no class", 1),
    ('[a]\ninclude = ["b"]\n[b]\ninclude = ["a"]\n', "class 'b' includes itself (a -> b -> a)", 3),
    ('[a]\nwords = ["من دون"]\n', "'من دون' is not one word", 1),
    ('[x]\nwords = ["لا"]\n[a]\nword = ["لا"]\n', "unknown key 'word'", 3),
    ('[a]\nwords = "لا"\n', "words must be a list of strings", 1),
    ('[a]\nwords = []\n', "class 'a' has no words", 1),
    ('[a]\nwords = ["لا"\n', "not valid TOML", None),
]


@pytest.mark.parametrize(("text", "message", "line"), BROKEN, ids=[b[1] for b in BROKEN])
def test_words_broken_file_names_the_file_and_line(monkeypatch, tmp_path, text, message, line):
    path = tmp_path / words.FILE
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(words, "data_file", lambda name: path)
    function_words.cache_clear()
    words._spellings.cache_clear()
    try:
        with pytest.raises(InputError, match=re.escape(message)) as error:
            function_words()
    finally:
        monkeypatch.undo()
        function_words.cache_clear()
        words._spellings.cache_clear()
    assert error.value.path == f"framing/data/{words.FILE}"
    if line is not None:
        assert error.value.line == line
    assert function_words()["negators"]  # the bundled file again


# ---------------------------------------------------------------------------------------------
# The modules use it, and keep no copy


@pytest.mark.parametrize("module", list(SHARED), ids=lambda m: m.__name__)
def test_words_modules_take_their_classes_from_the_file(module):
    for constant, name in SHARED[module].items():
        assert getattr(module, constant) == word_class(name), f"{module.__name__}.{constant}"
    # quotes and sentiment read the same complementizers and relative pronouns now
    assert sentiment.COMPLEMENTIZERS == quotes.COMPLEMENTIZERS and sentiment.RELATIVES == quotes.RELATIVES


def _arabic_literals(node: ast.AST) -> list[str] | None:
    """The strings of a tuple, list or set literal, or of a fold_set(...) call, when all are Arabic."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = node.elts
    elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "fold_set":
        items = node.args
    else:
        return None
    strings = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    if len(strings) != len(items) or not all(re.search("[\u0621-\u064A]", s) for s in strings):
        return None
    return strings


@pytest.mark.parametrize("filename", RULE_MODULES)
def test_words_no_module_keeps_its_own_copy_of_a_class(filename):
    """No list of three or more words in quotes.py, hedges.py or sentiment.py lies wholly inside
    one class of the file (a copy that could drift), and the constants named after a class
    (COMPLEMENTIZERS, NEGATORS, PREPOSITIONS ...) are never literal lists."""
    tree = ast.parse((REPO_ROOT / "framing" / filename).read_text(encoding="utf-8"))
    classes = function_words()
    copies = []
    for node in ast.walk(tree):
        strings = _arabic_literals(node)
        if strings and len(strings) >= 3:
            folded = {fold(s) for s in strings}
            inside = [name for name, words_ in classes.items() if folded <= words_]
            if inside:
                copies.append((node.lineno, strings, inside))
    assert copies == []
    named = re.compile(r"COMPLEMENTIZERS|NEGATORS|PREPOSITIONS|RELATIVES|DEMONSTRATIVES|CLAUSE_OPENERS|"
                       r"CONNECTORS|CLAUSE_BREAKERS|MODALS|PRONOUNS|QUANTIFIERS|AUXILIARIES|PRONOUN_SUBJECTS")
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and named.search(t.id) for t in node.targets):
            value = node.value
            assert isinstance(value, ast.Call) and getattr(value.func, "id", "") == "word_class", \
                f"{filename}:{node.lineno}: {ast.unparse(node.targets[0])} is not read from function_words.toml"


# ---------------------------------------------------------------------------------------------
# The rules read the classes


def _quotes(text: str) -> list[tuple[str, str]]:
    articles = pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"], "text": [text]})
    return [(q["cue"], q["text"]) for q in find_quotes(articles).to_dict("records")]


def test_words_negators_before_cue_and_complementizers_in_quotes():
    assert _quotes("وقال ماكرون إن أوروبا جاهزة.") == [("قال", "أوروبا جاهزة")]
    assert _quotes("ولم يقل ماكرون إن أوروبا جاهزة.") == []  # negated: nothing was said
    assert _quotes("وقال ماكرون بأنها جاهزة للحرب.") == [("قال", "جاهزة للحرب")]  # بأنها opens the content


def test_words_negators_and_complementizers_after_cue_in_hedges():
    def cues(text):
        articles = pd.DataFrame({"article_id": ["a"], "text": [text]})
        return find_hedges(articles, pd.DataFrame(columns=["article_id", "start", "end", "speaker_id", "speaker"]))[
            "cue"].tolist()

    assert cues("يمكن أن تنتهي الحرب.") == ["يمكن"]
    assert cues("لا يمكن أن تنتهي الحرب.") == []  # negated ability
    assert cues("يمكن لنا أن نرى.") == []  # before_an: أن right after يمكن


# ---------------------------------------------------------------------------------------------
# Packaging and manifests


def test_words_file_is_package_data_and_hashed_in_run_manifests(seeds_dir):
    setup = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "framing.data" in setup["packages"]
    assert any(fnmatch.fnmatch(words.FILE, pattern) for pattern in setup["package-data"]["framing.data"])
    assert f"framing/data/{words.FILE}" in run_manifest(seeds_dir, {})["lexicons"]


def test_words_import_loads_no_command_line():
    code = "import sys, framing.words; print('framing.cli' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT)
    assert done.stdout.strip() == "False"
