"""Actors: the gazetteer and the mention finder.

A mention is a name (ماكرون، Macron), a title resolved by the article's date (الرئيس الفرنسي),
a demonym or adjective (الروسي، الأوروبيون) or a metonym (الكرملين، واشنطن). A place named only
as a location (في باريس) is not a mention. People and organisations the gazetteer lacks
(الرئيس نيكشور دان، حركة مجتمع السلم) are found in the text by :mod:`framing.discovery`, with
provisional ids ``unknown:<name>``.

>>> g = load_gazetteer()
>>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-09-04"],
...                                 "text": ["قال الرئيس الأميركي إن بوتين يستخف بالغرب في باريس"]}), g)
>>> m[["actor_id", "form", "surface"]].values.tolist()
[['Donald Trump', 'title', 'الرئيس الأميركي'], ['Vladimir Putin', 'name', 'بوتين'], ['the West', 'name', 'الغرب']]
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from .discovery import UNKNOWN_PREFIX, Span, discover, hamza_initial, name_words
from .errors import InputError
from .lexicon import read_toml, read_tsv
from .matcher import LexiconMatcher
from .text import Document, fold, fold_set
from .words import word_class

MENTION_COLUMNS = ["article_id", "actor_id", "actor_type", "surface", "form", "start", "end", "sentence_id", "affiliation"]
ACTOR_TYPES = {"person", "state", "organisation", "group"}
FORMS = ("name", "title", "demonym", "metonym")
ALIAS_FIELDS = {"names": "name", "latin": "name", "titles": "title", "demonyms": "demonym", "metonyms": "metonym"}

# A state or a place standing for one is a location, not an actor, right after these words, and
# a city or building is a venue after an event noun (قمة باريس، اجتماعات الإليزيه).
LOCATIVES = fold_set("في", "داخل", "بمدينه", "بالعاصمه")
# بالعاصمة الفرنسية: an adjective after these is a place, not the state
PLACE_NOUNS = fold_set("العاصمه", "بالعاصمه", "مدينه", "بمدينه", "المدينه")
LOCATIVE_PAIRS = {(fold(a), fold(b)) for a, b in (("في", "العاصمة"), ("في", "مدينة"), ("إلى", "العاصمة"))}
VENUE_WORDS = fold_set("قمه", "اجتماع", "اجتماعات", "لقاء", "لقاءات", "مؤتمر", "موتمر", "محادثات", "مفاوضات", "الى",
                       # a city naming a document or a process (إعلان باريس، اتفاق مينسك، صيغة نورماندي)
                       "اعلان", "اتفاق", "اتفاقيه", "اتفاقات", "معاهده", "بيان", "صيغه", "مسار", "منتدى", "مذكره")
# مسؤول في البيت الأبيض: after these, في names where the official works, not a place; after the
# nouns of members (أطراف في الإطار التنسيقي، قيادي في الحزب) the body they belong to
OFFICIAL_NOUNS = fold_set("مسؤول", "مسؤوله", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "متحدث", "متحدثه",
                          "مستشار", "مستشاره", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "موظف", "موظفون", "عضو",
                          "أعضاء", "أطراف", "أطرافا", "قادة", "قيادي", "قياديون", "قياديين", "عناصر")
# الرئيسان الفرنسي والأوكراني: a dual role shared by coordinated adjectives, each a title.
DUAL_ROLES = {"الرييسان": "الرئيس", "الرييسين": "الرئيس", "رييسا": "رئيس", "رييسي": "رئيس",
              "الوزيران": "الوزير", "الوزيرين": "الوزير"}
# An agency dateline opening a paragraph ("كييف ، أوكرانيا (AP)-"، "موسكو - (رويترز) -") names
# places, not actors; the agency itself is a mention.
DATELINE = re.compile(
    r"^[ \t]*([^\n()]{1,60}?)[ \t]*[-–—]?[ \t]*\((?:AP|AFP|Reuters|رويترز|أ ف ب|أ\.ف\.ب|ا ف ب|د\.ب\.أ|د ب أ|"
    r"إ ب أ|الأناضول|سبوتنيك|تاس|وام|واس|كونا|قنا)\)", re.MULTILINE)


# A dateline whose credit is in brackets and set off by dashes («تونس – (وات) –»، «بيليم (البرازيل) -
# (أ ف ب) -»): the place (and the state in brackets after it) is no mention; the credit is the
# agency's mention when ``agency_credits.tsv`` lists it (:func:`bracketed_credits`).
BRACKETED_CREDIT = re.compile(
    r"^[ \t]*([^\n()\-–—:«»\"]{1,40}?(?:[ \t]*\([^()\n]{1,25}\))?)[ \t]*[-–—][ \t]*\(([^()\n]{1,40})\)[ \t]*[-–—]",
    re.MULTILINE)
# A byline line: a place, a dash or a colon, then the reporter's name or «وكالات» («بغداد - حيدر
# الكعبي»، «لندن: هالة منصور»، «بروكسل - وكالات:»): the place is where the story was filed, no mention.
BYLINE = re.compile(r"^[ \t]*([^\n()\-–—:«»\".،]{2,30}?)[ \t]*[-–—:][ \t]*([^\n()\-–—:«»\".،]{2,40}?)[ \t]*:?[ \t]*$",
                    re.MULTILINE)
MAX_BYLINE_WORDS = 3

# A site's breadcrumb line (الرئيسية > أفريقيا > مدغشقر) is navigation, not the article's words.
BREADCRUMB = re.compile(r"^[ \t]*(?:الرئيسية|الصفحة الرئيسية)[ \t]*[>»›/|].*$", re.MULTILINE)


@dataclass(frozen=True)
class Alias:
    """One surface form of an actor; titles hold between ``start`` and ``end`` (ISO dates)."""

    actor_id: str
    text: str
    form: str
    start: str = ""
    end: str = ""
    alone: bool = False  # a mention only where no article word follows (مجلس الأمن, not مجلس الأمن القومي)
    noun: bool = False  # a mention only where no article word stands before it (العرب, not القادة العرب)
    adjective: bool = False  # a mention only after a noun it describes (الموقف العربي, not القمة العربية)

    def holds_on(self, date: str | None) -> bool:
        """Whether a title holds on ``date`` (always true for names and for unknown dates)."""
        if not date:
            return not self.end
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


class Gazetteer:
    """The actors (``actors`` table) and their aliases, compiled into one matcher.

    Load one with :func:`load_gazetteer`. ``actors`` has the columns ``actor_id, type,
    affiliation, ar`` (the Arabic label).
    """

    def __init__(self, actors: pd.DataFrame, aliases: list[Alias], roles: list[str], source: str = ""):
        self.actors = actors.reset_index(drop=True)
        self.aliases = aliases
        self.source = source
        self._types = dict(zip(actors["actor_id"], actors["type"], strict=True))
        self._affiliations = {a: f for a, f in zip(actors["actor_id"], actors["affiliation"], strict=True)
                              if isinstance(f, str) and f}
        self._names: dict[str, list[list[str]]] = {}  # each actor's Arabic names, folded word by word
        for alias in aliases:
            if alias.form == "name" and not alias.text.isascii():
                self._names.setdefault(alias.actor_id, []).append([fold(w) for w in alias.text.split()])
        self._titles: dict[str, list[Alias]] = {}
        for alias in aliases:
            if alias.form == "title":
                self._titles.setdefault(alias.actor_id, []).append(alias)
        # one matcher entry per distinct folded alias; it lists every alias that folds to it
        self._entries: dict[str, list[Alias]] = {}
        for alias in aliases:
            self._entries.setdefault(" ".join(fold(w) for w in alias.text.split()), []).append(alias)
        keys = list(self._entries)
        self._keys = keys
        self._resolved: dict[tuple[int, str | None], Alias | None] = {}
        self.matcher = LexiconMatcher(keys, nominal=True)
        # a role may carry a pronoun: رئيسها راشد الغنوشي، الناطق باسمها
        self.roles = LexiconMatcher(roles, enclitics=[True] * len(roles), nominal=True)

    def __len__(self) -> int:
        return len(self.actors)

    def actor_type(self, actor_id: str) -> str:
        return self._types.get(actor_id, "person" if actor_id.startswith(UNKNOWN_PREFIX) else "")

    def affiliation(self, actor_id: str) -> str:
        """The state or organisation a person belongs to ("" if none is known)."""
        return self._affiliations.get(actor_id, "")

    def names(self, actor_id: str) -> list[list[str]]:
        """The folded words of each Arabic name of an actor, longest first.

        >>> load_gazetteer().names("Moussa Faki")[0]
        ['موسي', 'فقي', 'محمد']
        """
        return sorted(self._names.get(actor_id, []), key=len, reverse=True)

    def titles(self, actor_id: str, date: str | None) -> list[str]:
        """The titles an actor holds on ``date``, as written in the gazetteer.

        >>> load_gazetteer().titles("Tamim bin Hamad Al Thani", "2025-03-05")[0]
        'أمير قطر'
        """
        return [a.text for a in self._titles.get(actor_id, []) if a.holds_on(date)]

    def titles_soon(self, actor_id: str, date: str | None, days: int) -> list[tuple[str, str]]:
        """The titles an actor takes up after ``date`` and within ``days`` of it, with the day he
        takes each up: an elected holder before he is sworn in (الرئيس المنتخب).

        >>> load_gazetteer().titles_soon("Bassirou Diomaye Faye", "2024-03-27", 100)[0]
        ('الرئيس السنغالي', '2024-04-02')
        """
        if not date:
            return []
        try:
            last = (datetime.date.fromisoformat(str(date)[:10]) + datetime.timedelta(days=days)).isoformat()
        except ValueError:
            return []
        return [(a.text, a.start) for a in self._titles.get(actor_id, []) if a.start and str(date) < a.start <= last]

    def left_office(self, actor_id: str, date: str | None) -> bool:
        """Whether an actor held dated titles and all of them ended before ``date``: a former holder
        (Pope Francis in May 2025), whom a bare title of the office no longer names.

        >>> g = load_gazetteer()
        >>> g.left_office("Pope Francis", "2025-05-09"), g.left_office("Pope Leo XIV", "2025-05-09")
        (True, False)
        """
        held = self._titles.get(actor_id, [])
        return bool(date) and bool(held) and all(a.end and a.end < str(date) for a in held)

    def held_title(self, actor_id: str, surface: str) -> bool:
        """Whether an actor held, at any date, the title written as ``surface`` (a proclitic و، ل،
        ب on its first word allowed).

        >>> g = load_gazetteer()
        >>> g.held_title("Joe Biden", "والرئيس الأمريكي"), g.held_title("Joe Biden", "رئيس الوزراء البريطاني")
        (True, False)
        """
        words = [fold(w) for w in surface.split()]
        if not words:
            return False
        forms = {tuple(words)} | {(words[0][1:], *words[1:])} if words[0][:1] in "وفلب" else {tuple(words)}
        return any(tuple(fold(w) for w in a.text.split()) in forms for a in self._titles.get(actor_id, []))

    def label(self, actor_id: str, lang: str = "en") -> str:
        """The display label of an actor: its id, or its Arabic label with ``lang="ar"``."""
        if lang == "ar":
            row = self.actors.loc[self.actors["actor_id"] == actor_id, "ar"]
            if len(row) and row.iloc[0]:
                return row.iloc[0]
        return actor_id.removeprefix(UNKNOWN_PREFIX)

    def plus_form(self, name: str, date: str | None) -> Alias | None:
        """The alias of ``name`` + "بلس", the Arabic reading of a "+" written after it (أوبك+ is
        أوبك بلس, OPEC+), if the gazetteer has one.

        >>> load_gazetteer().plus_form("أوبك", None).actor_id
        'OPEC+'
        >>> load_gazetteer().plus_form("ماكرون", None) is None
        True
        """
        key = " ".join(fold(w) for w in name.split()) + " " + fold("بلس")
        holding = [a for a in self._entries.get(key, []) if a.holds_on(date)]
        return holding[0] if holding else None

    def resolve(self, entry: int, date: str | None) -> Alias | None:
        """The alias a matched entry stands for on ``date`` (titles change hands)."""
        key = (entry, date)
        if key not in self._resolved:
            if len(self._resolved) > LexiconMatcher.MAX_MEMO:
                self._resolved.clear()
            candidates = self._entries[self._keys[entry]]
            holding = [a for a in candidates if a.holds_on(date)]
            if not holding and not date:
                holding = candidates[-1:]
            self._resolved[key] = holding[0] if holding else None
        return self._resolved[key]


# The speaker type of a quote, or the source type of an evaluation, that an actor of each type
# gets: a state or an organisation speaks as an institution.
SPEAKER_TYPE_OF_ACTOR = {"person": "person", "state": "institution", "organisation": "institution", "group": "group"}

# The bundled gazetteer: the curated actors of the seed events first (their labels win), then the
# world: every state (generated from CLDR), organisations and movements, office holders.
BUNDLED_GAZETTEER = ("actors.toml", "world/states.toml", "world/organisations.toml", "world/bodies.toml",
                     "world/holders_mena.toml", "world/holders_world.toml")


def load_gazetteer(path: str | Path | None = None, *, extra: str | Path | None = None) -> Gazetteer:
    """Load the bundled gazetteer (``BUNDLED_GAZETTEER``) or a user's own file.

    The bundled files are merged: an id in several of them is one actor with the aliases of all
    (the first file's type, affiliation and label win). ``extra`` adds the entries of another
    file to the loaded ones (its actors replace those with the same id). The format is
    documented in the header of ``framing/data/actors.toml``. The same id twice in one file is
    an error. The bundled gazetteer (no arguments) is built once per process and shared: treat
    it as read-only.

    >>> g = load_gazetteer()
    >>> g.actor_type("Egypt"), g.actor_type("Hamas"), g.actor_type("Abdel Fattah el-Sisi")
    ('state', 'group', 'person')
    >>> load_gazetteer() is g
    True
    """
    if path is None and extra is None:
        return _bundled_gazetteer()
    return _build_gazetteer(path, extra)


@cache
def _bundled_gazetteer() -> Gazetteer:
    return _build_gazetteer(None, None)


def _build_gazetteer(path: str | Path | None, extra: str | Path | None) -> Gazetteer:
    layers = [[path] if path else list(BUNDLED_GAZETTEER)] + ([[extra]] if extra else [])
    rows: dict[str, dict] = {}
    aliases: dict[str, list[Alias]] = {}
    names = []
    for layer in reversed(layers):  # a later layer's aliases come first: they win a shared alias
        merged: dict[str, dict] = {}
        for source in layer:
            name, data = read_toml(source)
            names.append(name)
            for actor in _parse_actors(data, name):
                actor_id = actor["actor_id"]
                if actor_id not in merged:
                    merged[actor_id] = actor
                elif merged[actor_id]["type"] != actor["type"]:
                    raise InputError(name, f"{actor_id}: type {actor['type']!r}, but {merged[actor_id]['type']!r} "
                                           "in an earlier bundled file")
                else:
                    first = merged[actor_id]
                    for key in ("affiliation", "ar"):
                        first[key] = first[key] or actor[key]
                    first["_aliases"] += actor["_aliases"]
        for actor_id, actor in merged.items():
            if actor_id in rows:  # replaced by a later layer
                continue
            aliases[actor_id] = actor.pop("_aliases")
            rows[actor_id] = actor
    frame = pd.DataFrame(list(rows.values()), columns=["actor_id", "type", "affiliation", "ar"])
    frame = frame.sort_values("actor_id", kind="stable")
    roles = read_tsv("roles.tsv", required=["role"])["role"].tolist()
    listed = [a for actor_id in rows for a in aliases[actor_id]]
    return Gazetteer(frame, listed + nisba_forms(listed), roles, source=";".join(names))


def nisba_forms(aliases: list[Alias]) -> list[Alias]:
    """The forms of each one-word demonym (nisba) its row does not list: the feminine plural of a
    feminine one (سودانية → سودانيات، السودانية → السودانيات: نساء سودانيات) and the indefinite
    accusative of a masculine one (فلسطيني → فلسطينيا, read from «قُتل 80 فلسطينياً»). A form that
    spells another alias (ليبي → ليبيا, the state's name) or an ordinary word (function_words.toml,
    ``not_nisba_forms``: مجريات) is left out.

    >>> forms = nisba_forms([Alias("Sudan", "السودانية", "demonym"), Alias("Sudan", "سوداني", "demonym"),
    ...                      Alias("Libya", "ليبي", "demonym"), Alias("Libya", "ليبيا", "name")])
    >>> [a.text for a in forms]
    ['السودانيات', 'سودانيا']
    """
    known = {" ".join(fold(w) for w in a.text.split()) for a in aliases} | word_class("not_nisba_forms")
    out = []
    for a in aliases:
        text = a.text
        if a.form != "demonym" or " " in text or len(text) < 4:
            continue
        if text.endswith("ية"):
            form = text[:-1] + "ات"
        elif text.endswith("ي") and not text.startswith("ال"):
            form = text + "ا"
        else:
            continue
        if fold(form) not in known:
            known.add(fold(form))
            out.append(Alias(a.actor_id, form, "demonym", a.start, a.end, a.alone, a.noun, a.adjective))
    return out


def _parse_actors(data: dict, name: str) -> list[dict]:
    """The [[actor]] entries of one file, checked; the same id twice is an error."""
    actors = data.get("actor")
    if not isinstance(actors, list):
        raise InputError(name, "no [[actor]] entries")
    first: dict[str, int] = {}
    parsed = []
    for i, entry in enumerate(actors, start=1):
        actor = _parse_actor(entry, name, i)
        if actor["actor_id"] in first:
            raise InputError(name, f"[[actor]] #{i} ({actor['actor_id']}): duplicate id; first in "
                                   f"[[actor]] #{first[actor['actor_id']]}")
        first[actor["actor_id"]] = i
        parsed.append(actor)
    return parsed


def _parse_actor(entry: dict, name: str, index: int) -> dict:
    where = f"[[actor]] #{index}"
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"].strip():
        raise InputError(name, f"{where} has no id")
    actor_id = entry["id"].strip()
    kind = entry.get("type", "")
    if kind not in ACTOR_TYPES:
        raise InputError(name, f"{where} ({actor_id}): type {kind!r} is not one of {', '.join(sorted(ACTOR_TYPES))}")
    found: list[Alias] = []
    for field, form in ALIAS_FIELDS.items():
        values = entry.get(field, [])
        if not isinstance(values, list):
            raise InputError(name, f"{where} ({actor_id}): {field} must be a list")
        for value in values:
            if isinstance(value, str):
                value = {"alias": value}
            if not isinstance(value, dict) or not isinstance(value.get("alias"), str) or not value["alias"].strip():
                raise InputError(name, f"{where} ({actor_id}): a {field} entry has no alias text")
            start, end = str(value.get("from", "")), str(value.get("to", ""))
            for date in (start, end):
                if date and not _is_iso_date(date):
                    raise InputError(name, f"{where} ({actor_id}): bad date {date!r} (use YYYY-MM-DD)")
            found.append(Alias(actor_id, value["alias"].strip(), form, start, end, bool(value.get("alone", False)),
                               bool(value.get("noun", False)), bool(value.get("adjective", False))))
    return {
        "actor_id": actor_id,
        "type": kind,
        "affiliation": str(entry.get("affiliation", "")),
        "ar": str(entry.get("ar", "")),
        "_aliases": found,
    }


def _is_iso_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Mentions


def find_mentions(articles: pd.DataFrame, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One row per actor mention in each article's cleaned text.

    Columns: ``article_id, actor_id, actor_type, surface, form (name|title|demonym|metonym),
    start, end, sentence_id``. Offsets index the article's ``text``.
    """
    gazetteer = gazetteer or load_gazetteer()
    rows = []
    for doc in documents(articles):
        rows.extend(mentions_in(doc, gazetteer))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def documents(articles: pd.DataFrame) -> Iterable[Document]:
    """The articles as :class:`Document` objects, in table order."""
    dates = articles["date"] if "date" in articles else [None] * len(articles)
    for article_id, text, date in zip(articles["article_id"], articles["text"], dates, strict=True):
        yield Document(str(article_id), str(text), None if pd.isna(date) else str(date))


def _with_standing_labels(doc: Document, found: list[Span], gazetteer: Gazetteer | None = None) -> list[Span]:
    """The spans with the labels that stand for an actor the article names (الاحتلال for Israel,
    ``labels.tsv``, position ``alone``) added as mentions of form ``label``; a person named with
    his state's title (رئيس وزراء الاحتلال الإسرائيلي بنيامين نتنياهو) names his state."""
    from .labels import alone_entries, labels_in

    entries = alone_entries()
    if not entries:
        return found
    rows = [{"actor_id": s.actor_id, "start": s.start, "end": s.end, "form": s.form,
             "affiliation": s.affiliation or (gazetteer.affiliation(s.actor_id) if gazetteer is not None else "")}
            for s in found if s.form != "place"]
    taken = [(s.start, s.end) for s in found]
    added = []
    for label in labels_in(doc, rows, entries):
        if any(start < label.end and label.start < end for start, end in taken):
            continue
        first = bisect_left(doc.token_starts, label.start)
        last = bisect_left(doc.token_starts, label.end) - 1
        added.append(Span(label.start, label.end, label.actor_id, "label", first, last))
    return sorted(found + added, key=lambda s: (s.start, -s.end)) if added else found


@cache
def _standing_names() -> tuple[tuple[str, str, frozenset[str], bool], ...]:
    """The rows of ``standing_names.tsv``: (folded name, actor id, ids one of which the article must
    name, whether quotation marks are needed), in file order."""
    table = read_tsv("standing_names.tsv", required=["name", "actor_id", "named", "quoted"])
    return tuple((fold(name), actor_id, frozenset(n for n in str(named).split("|") if n), quoted == "yes")
                 for name, actor_id, named, quoted in zip(table["name"], table["actor_id"], table["named"],
                                                          table["quoted"], strict=True))


def _with_standing_names(doc: Document, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """The spans with the short names that stand alone for an actor the article names
    (``standing_names.tsv``: الثنائي after الثنائي الشيعي, المقاومة for Hezbollah) added. An
    actor is named by a mention of its own or as the affiliation of a person (لحزب الله in the
    office of نعيم قاسم).

    >>> text = "ورفض الثنائي الشيعي التشكيلة. وقال مصدر إن الثنائي يراهن على الوقت، وإن «القوات» لن تشارك."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-20"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['الثنائي الشيعي', 'Shia Duo'], ['الثنائي', 'Shia Duo']]
    """
    named = {s.actor_id for s in found if s.form != "place"}
    named |= {s.affiliation or gazetteer.affiliation(s.actor_id) for s in found}
    rows = [r for r in _standing_names() if r[2] & named]
    if not rows:
        return found
    taken = {t for s in found for t in range(s.first, s.last + 1)}
    by_name: dict[str, tuple[str, bool]] = {}
    for name, actor_id, _, quoted in rows:
        by_name.setdefault(name, (actor_id, quoted))
    text, tokens = doc.text, doc.tokens
    added = []
    for i, word in enumerate(doc.folded):
        bare = word[1:] if word[:1] in "وفبل" and word[1:] in by_name else word
        if bare not in by_name or i in taken or _article_word_follows(doc, i):
            continue
        actor_id, quoted = by_name[bare]
        start = tokens[i].start + (1 if bare != word else 0)
        if quoted and not (start > 0 and text[start - 1] in "«\"“" and text[tokens[i].end : tokens[i].end + 1] in ("»", "\"", "”")):
            continue
        added.append(Span(start, tokens[i].end, actor_id, "name", i, i))
    return sorted(found + added, key=lambda s: (s.start, -s.end)) if added else found


@cache
def _agency_dateline() -> tuple[re.Pattern, dict[str, str]]:
    """The dateline pattern of ``agency_credits.tsv`` and its folded credit -> agency map."""
    table = read_tsv("agency_credits.tsv", required=["credit", "actor_id"])
    credits = dict(zip(table["credit"], table["actor_id"], strict=True))
    credits |= {dotted_credit(c): a for c, a in credits.items() if dotted_credit(c)}
    agencies = {_credit_key(credit): actor_id for credit, actor_id in credits.items()}
    alternatives = "|".join(re.escape(c) for c in sorted(credits, key=len, reverse=True))
    pattern = re.compile(rf"^[ \t]*([^\n()\-–—/:«»\"]{{1,40}}?)[ \t]*[-–—/][ \t]*({alternatives})[ \t]*(?::[^\n]*)?$",
                         re.MULTILINE)
    return pattern, agencies


MAX_DOTTED_LETTERS = 4  # initials of an agency written with dots (و.م.ع، د.ب.أ)


def dotted_credit(credit: str) -> str:
    """The credit of an agency's initials written with dots between them ("" for a word credit):
    ومع is also written و.م.ع, and أ ف ب is written أ.ف.ب.

    >>> dotted_credit("ومع"), dotted_credit("أ ف ب"), dotted_credit("رويترز")
    ('و.م.ع', 'أ.ف.ب', '')
    """
    letters = credit.split()
    if len(letters) == 1 and len(credit) <= MAX_DOTTED_LETTERS - 1 and not credit.isascii():
        letters = list(credit)
    if len(letters) < 2 or any(len(w) > 1 for w in letters):
        return ""
    return ".".join(letters)


def agency_datelines(text: str) -> list[tuple[int, int, int, int, str]]:
    """Datelines that credit an agency: (place start, place end, credit start, credit end, agency).

    >>> agency_datelines("القاهرة - قنا" + chr(10) + "تبنى القادة الخطة.")
    [(0, 7, 10, 13, 'Qatar News Agency')]

    The credit may be written with dots (و.م.ع), and the lede may follow its colon on the line:

    >>> [d[4] for d in agency_datelines("الرباط – و.م.ع" + chr(10) + "الكويت - كونا: أدى سمو الأمير اليمين.")]
    ['Maghreb Arabe Presse', 'Kuwait News Agency']
    """
    pattern, agencies = _agency_dateline()
    found = []
    for m in pattern.finditer(text):
        actor_id = agencies.get(_credit_key(m.group(2)))
        if actor_id:
            found.append((m.start(1), m.end(1), m.start(2), m.end(2), actor_id))
    return found


def _credit_key(credit: str) -> str:
    """A credit's folded words, dots read as spaces (أ.ف.ب is أ ف ب).

    >>> _credit_key("أ.ف.ب") == _credit_key("أ ف ب")
    True
    """
    return " ".join(fold(w) for w in credit.replace(".", " ").split())


def bracketed_credits(text: str) -> list[tuple[int, int, int, int, str]]:
    """Datelines with the credit in brackets between dashes: (place start, place end, credit
    start, credit end, agency); the agency is "" when ``agency_credits.tsv`` does not list the credit.

    >>> bracketed_credits("تونس – (وات) – أعلنت الهيئة العليا النتائج.")
    [(0, 4, 8, 11, 'Tunis Afrique Presse')]
    >>> bracketed_credits("بيليم (البرازيل) - (أ ف ب) - بعد أسبوعين")[0][:2]
    (0, 16)
    """
    _, agencies = _agency_dateline()
    return [(m.start(1), m.end(1), m.start(2), m.end(2), agencies.get(_credit_key(m.group(2)), ""))
            for m in BRACKETED_CREDIT.finditer(text)]


def bylines(text: str) -> list[tuple[int, int]]:
    """The place of each byline line (a place, a dash or colon, a reporter's name of two or three
    words or «وكالات»): where the story was filed, no mention.

    >>> text = "بغداد - حيدر الكعبي" + chr(10) + "لندن: هالة منصور" + chr(10) + "ترامب: الحرب ستنتهي"
    >>> [text[a:b] for a, b in bylines(text)]
    ['بغداد', 'لندن']
    >>> bylines("الدعم السريع: دعوى يائسة")
    []
    """
    from .discovery import STOP_WORDS

    out = []
    given = name_words().given_names
    for m in BYLINE.finditer(text):
        place, byline = m.group(1).split(), m.group(2).split()
        if len(place) > MAX_BYLINE_WORDS:
            continue
        agencies = byline == ["وكالات"]
        first = fold(byline[0])
        if not agencies and not (2 <= len(byline) <= MAX_BYLINE_WORDS and not first.startswith("ال")
                                 and first not in STOP_WORDS and all(w.isalpha() for w in byline)
                                 and (first in given or fold(byline[-1]).startswith("ال"))):
            continue  # الدعم السريع: دعوى يائسة: a headline, not a reporter's name
        out.append((m.start(1), m.end(1)))
    return out


# A dateline opening a story's first paragraph: the place (perhaps with its state in brackets), a
# date and an agency in brackets if any, then a dash («بكين، 11 مارس (شينخوا) - أعلنت»، «واشنطن 11
# شباط (بترا)- أكد»، «القاهرة - أكد الأمين العام»).
OPENING_DATELINE = re.compile(
    r"^[ \t]*([^\n\d()\-–—:«»\"،.|]{2,40}?(?:[ \t]*\([^()\n\d]{1,25}\))?)"
    r"[ \t]*(،?[ \t]*\d{1,2}[ \t]+[^\s\d()\-–—]{2,12}(?:[ \t]+\d{4})?)?[ \t]*(\([^()\n]{1,30}\))?"
    r"[ \t]*[-–—]+[ \t]*([^\n]*)$", re.MULTILINE)
MAX_DATELINE_PLACE_WORDS = 3
MIN_LEDE_WORDS = 8  # a place and a dash before a sentence this long open a lede, not a headline


def opening_datelines(text: str) -> list[tuple[int, int]]:
    """The place of each dateline that opens a paragraph: before a date or an agency in brackets
    and a dash (بكين، 11 مارس (شينخوا) -), before a dash and the outlet in marks or a reporter's
    line with a bar (الدوحة - «الخليج 24»، تونس - نادية بن سالم | 17 جويلية 2023), or before a
    dash and a lede of a sentence (القاهرة - أكد الأمين العام لجامعة الدول العربية …). The
    place is where the story was filed, no mention; a headline (روسيا - أوكرانيا: جولة جديدة)
    is none.

    >>> text = "بكين، 11 مارس (شينخوا) - أعلنت المملكة الاتفاق." + chr(10) + "الدوحة - «الخليج 24»"
    >>> [text[a:b] for a, b in opening_datelines(text)]
    ['بكين', 'الدوحة']
    >>> text = "عمّان - أعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب النتائج الأولية أمس."
    >>> [text[a:b] for a, b in opening_datelines(text)]
    ['عمّان']
    >>> opening_datelines("روسيا - أوكرانيا: جولة جديدة من المحادثات في إسطنبول برعاية تركية وأمريكية")
    []

    A speaker and an aside between dashes open a sentence, not a dateline:

    >>> opening_datelines("قال بوتين – المعزول من قبل الزعماء الغربيين – إنه يعتقد أن الحرب ستطول")
    []
    """
    out = []
    for m in OPENING_DATELINE.finditer(text):
        place, rest = m.group(1), m.group(4).split()
        words = place.split()
        if len(words) > MAX_DATELINE_PLACE_WORDS or not rest or (len(words) > 1 and words[0][:1] in "وف"):
            continue  # وقال مركز الحياة - راصد، …: a sentence, no dateline
        if m.group(3) is None and place.endswith(")"):
            place = place[: place.rfind("(")]  # جوهانسبرغ (رويترز) - …: the credit is the agency's mention
        dated = m.group(2) is not None or m.group(3) is not None
        outlet = rest[0][:1] in "«\"" or "|" in rest
        lede = len(rest) >= MIN_LEDE_WORDS and not any(w.endswith(":") for w in rest[:4]) \
            and not any(w in "-–—" for w in rest[:MIN_LEDE_WORDS])  # قال بوتين – المعزول … – إنه: an aside
        if dated or outlet or lede:
            out.append((m.start(1), m.start(1) + len(place.rstrip())))
    return out


@cache
def _agency_states() -> dict[str, str]:
    """Agency id -> the state whose official agency it is (``agency_credits.tsv``, column ``state``)."""
    table = read_tsv("agency_credits.tsv", required=["credit", "actor_id"])
    if "state" not in table:
        return {}
    return {a: s for a, s in zip(table["actor_id"], table["state"].fillna(""), strict=True) if isinstance(s, str) and s}


def dateline_state(text: str) -> str:
    """The state whose official agency the article's datelines credit ("" if none, or several).

    >>> dateline_state("الكويت - قنا" + chr(10) + "شارك سمو الأمير في القمة.")
    'Qatar'
    >>> dateline_state("بغداد - رويترز" + chr(10) + "قال مسؤولون إن الاقتراع انتهى.")
    ''
    """
    states = {_agency_states().get(d[4], "") for d in agency_datelines(text)} - {""}
    return states.pop() if len(states) == 1 else ""


def mentions_in(doc: Document, gazetteer: Gazetteer) -> list[dict]:
    """The mention rows of one document (see :func:`find_mentions`)."""
    text, tokens = doc.text, doc.tokens
    folded = doc.folded
    found: list[Span] = []
    datelines = [(d.start(1), d.end(1)) for d in DATELINE.finditer(text)]
    datelines += [(b.start(), b.end()) for b in BREADCRUMB.finditer(text)]  # no mentions in navigation
    credits = agency_datelines(text)
    # the place is no mention, and the credit is the agency's mention whatever the gazetteer says
    datelines += [(place_start, place_end) for place_start, place_end, _, _, _ in credits]
    datelines += [(start, end) for _, _, start, end, _ in credits]
    for place_start, place_end, start, end, actor_id in bracketed_credits(text):
        datelines.append((place_start, place_end))
        if actor_id:
            datelines.append((start, end))
            credits.append((place_start, place_end, start, end, actor_id))
    datelines += bylines(text)
    datelines += navigation_lines(text) + correspondent_datelines(text) + opening_datelines(text)
    for _, _, start, end, actor_id in credits:
        first = bisect_left(doc.token_starts, start)
        last = bisect_left(doc.token_starts, end) - 1
        found.append(Span(start, end, actor_id, "name", first, last))
    for m in doc.matches(gazetteer.matcher):
        alias = gazetteer.resolve(m.entry, doc.date)
        if alias is None:
            continue
        if datelines and any(start <= m.start and m.end <= end for start, end in datelines):
            continue
        alias = _vowelled_reading(text[m.start : m.end], alias)
        if alias.alone and _article_word_follows(doc, m.last_token):
            continue
        if _not_a_mention(doc, m, alias) or _namesake(gazetteer, doc, m, alias):
            continue
        if alias.noun and _article_word_precedes(doc, m.first_token):
            continue  # القادة العرب: the adjective of the leaders, not the Arabs
        if alias.adjective and not _describes_a_noun(doc, m.first_token):
            continue  # القمة العربية، العالم العربي، يتقن العربية: a name or a language, not the Arabs
        place = alias.form == "metonym" or (alias.form == "name" and gazetteer.actor_type(alias.actor_id) in ("state", "group"))
        city = alias.form == "metonym" or _capital_named(doc, m, alias)
        if place and (_is_location(text, tokens, folded, m.first_token, m.start, venue=city)
                      or (city and _before_capital_word(doc, m.last_token)) or _second_place_after_locative(doc, m)
                      or (city and _witnessing_place(doc, m.first_token))
                      or _after_place_adjective(doc, m.first_token, found) or _motion_place(doc, m.first_token)
                      or _place_by_the_word_before(doc, m.first_token, alias) or _speech_venue(doc, m)):
            found.append(Span(m.start, m.end, alias.actor_id, "place", m.first_token, m.last_token))
            continue
        if alias.form == "demonym":
            title = _dual_title(gazetteer, doc, folded, m, found)
            if title is not None:
                alias = title
            elif (m.first_token > 0 and folded[m.first_token - 1] in PLACE_NOUNS) or _city_adjective(doc, m.first_token) \
                    or (gazetteer.actor_type(alias.actor_id) == "group" and _after_land_noun(doc, m.first_token)) \
                    or _mission_adjective(doc, m.first_token) \
                    or (gazetteer.actor_type(alias.actor_id) == "organisation" and _after_descriptive_role(doc, m.first_token)):
                found.append(Span(m.start, m.end, alias.actor_id, "place", m.first_token, m.last_token))
                continue  # بالعاصمة الفرنسية، مدينة جنيف السويسرية: a place
        end = m.end
        if text[m.end : m.end + 1] == "+" and (plus := gazetteer.plus_form(text[m.start : m.end], doc.date)) is not None:
            alias, end = plus, m.end + 1  # أوبك+ is read أوبك بلس
        found.append(Span(m.start, end, alias.actor_id, alias.form, m.first_token, m.last_token))
    found = _full_name_goes_on(gazetteer, doc, _former_titles(gazetteer, doc, found))
    found = _seats_as_holders(gazetteer, doc, found)
    found = _coordinated_ambiguous_states(gazetteer, doc, found)
    found = _merge_titles_in_a_row(discover(doc, gazetteer, _merge_title_and_name(found, text, gazetteer)), text)
    found = _outside_hashtags(_merge_title_over_ranks(_with_rank_before(doc, gazetteer, found), text), text)
    found = _with_standing_labels(doc, found, gazetteer)
    found = _with_standing_names(doc, gazetteer, found)
    return [
        {
            "article_id": doc.article_id,
            "actor_id": s.actor_id,
            "actor_type": s.actor_type or gazetteer.actor_type(s.actor_id),
            "surface": text[s.start : s.end],
            "form": s.form,
            "start": s.start,
            "end": s.end,
            "sentence_id": doc.sentence_id(s.start),
            "affiliation": s.affiliation or gazetteer.affiliation(s.actor_id),
        }
        for s in found
        if s.form != "place"
    ]


@cache
def _vowelled_names() -> tuple[tuple[str, frozenset[str], Alias], ...]:
    """The rows of ``vowelled_names.tsv``: (spelling, its telling marks, the alias it reads as)."""
    table = read_tsv("vowelled_names.tsv", required=["spelling", "actor_id", "form"])
    return tuple((spelling, frozenset(ch for ch in spelling if unicodedata.category(ch) == "Mn"),
                  Alias(actor_id, spelling, form))
                 for spelling, actor_id, form in zip(table["spelling"], table["actor_id"], table["form"], strict=True))


def _vowelled_reading(surface: str, alias: Alias) -> Alias:
    """The alias a matched name reads as when the text writes the vowel mark that tells apart two
    names folding merges (vowelled_names.tsv): عمّان is Amman (Jordan's capital), not عُمان (Oman).

    >>> text = "وفي ختام المباحثات، أكدت عمّان رفضها التهجير، فيما رحبت سلطنة عُمان بالاتفاق."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-02-11"], "text": [text]}))[
    ...     ["surface", "actor_id", "form"]].values.tolist()
    [['عمّان', 'Jordan', 'metonym'], ['سلطنة عُمان', 'Oman', 'name']]
    """
    for spelling, marks, reading in _vowelled_names():
        if reading.actor_id != alias.actor_id and spelling in "".join(
                ch for ch in surface if unicodedata.category(ch) != "Mn" or ch in marks):
            return reading
    return alias


@cache
def _ambiguous_state_names() -> dict[str, str]:
    """Folded state names the gazetteer leaves out because they are ordinary words (مالي
    "financial", بنين "sons"): ``world/states.tsv``, column ``skip`` -> the state's id."""
    table = read_tsv("world/states.tsv", required=["iso", "skip"])
    ids = _state_ids_by_iso()
    out = {}
    for iso, skip in zip(table["iso"], table["skip"].fillna(""), strict=True):
        for name in (n for n in str(skip).split("|") if n):
            if iso in ids:
                out[fold(name)] = ids[iso]
    return out


@cache
def _ambiguous_forms() -> frozenset[str]:
    """The folded ambiguous state names, alone or with a joined و, ب or ل (ومالي)."""
    return frozenset(p + name for name in _ambiguous_state_names() for p in ("", "و", "ب", "ل"))


@cache
def _state_ids_by_iso() -> dict[str, str]:
    """ISO 3166 code -> state id (``world/states.toml``)."""
    _, data = read_toml("world/states.toml")
    return {entry["iso"]: entry["id"] for entry in data["actor"] if "iso" in entry}


@cache
def _capital_named_states() -> dict[str, str]:
    """Folded name -> state id of ``capital_named_states.tsv``: the states whose capital bears their name."""
    table = read_tsv("capital_named_states.tsv", required=["name", "state"])
    return {fold(n): s for n, s in zip(table["name"], table["state"], strict=True)}


def _capital_named(doc: Document, m, alias: Alias) -> bool:
    """A state's name that is also its capital's (تونس، الجزائر، الكويت): where a capital's metonym
    is a place (a venue after an event noun, with a locative ب, before العاصمة), so is it.

    >>> text = "وقال تبون إن لقاء تونس ليس موجها ضد أحد، وعقد القادة اجتماعهم بتونس بعد قمة بالجزائر العاصمة. ودعت تونس إلى الحوار."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-04-23"], "text": [text]}))
    >>> m[["surface", "start"]].values.tolist()[-1:]
    [['تونس', 99]]
    >>> "الجزائر" in m["surface"].tolist()
    False
    """
    return alias.form == "name" and _capital_named_states().get(fold(doc.text[m.start : m.end])) == alias.actor_id


def _second_place_after_locative(doc: Document, m) -> bool:
    """A place joined by و to a one-word place right after في or داخل (في الجزيرة والخرطوم): the
    preposition governs both, so the second is a location too.

    >>> text = "وارتكبت القوات جرائم في الجزيرة والخرطوم، وقالت الخرطوم إنها سترد."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"], "text": [text]}))["start"].tolist()
    [48]

    Not after a noun of kinship, where the states are those the kinship is owed to:

    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-21"],
    ...                             "text": ["وشكرت الأشقاء في مصر وقطر على جهودهم."]}))["surface"].tolist()
    ['قطر']
    """
    i, text, tokens = m.first_token, doc.text, doc.tokens
    if i < 2 or fold(text[tokens[i].start : m.start]) != "و":
        return False
    spaced = all(text[tokens[t - 1].end : tokens[t].start].isspace() for t in (i - 1, i))
    kin = i >= 3 and _without_conjunction(doc.folded[i - 3]) in word_class("kin_nouns")  # الأشقاء في مصر وقطر
    return spaced and _without_conjunction(doc.folded[i - 2]) in LOCATIVES and not kin


def _witnessing_place(doc: Document, i: int) -> bool:
    """A capital right after a verb of witnessing (function_words.toml ``witness_verbs``: بينما
    شهدت مقديشو مظاهرات): the place where the events happened, not the state.

    >>> text = "بينما شهدت مقديشو مظاهرات حاشدة، وقالت مقديشو إن الاتفاق باطل."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-01-03"], "text": [text]}))["start"].tolist()
    [39]
    """
    if i < 1 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    w = doc.folded[i - 1]
    return w in word_class("witness_verbs") or (w[:1] in "وف" and w[1:] in word_class("witness_verbs"))


CAPITAL_WORDS = fold_set("العاصمة", "العاصمه")


def _before_capital_word(doc: Document, last: int) -> bool:
    """The word after the name is العاصمة with only a space between (الجزائر العاصمة): the city."""
    return last + 1 < len(doc.tokens) and doc.folded[last + 1] in CAPITAL_WORDS \
        and doc.text[doc.tokens[last].end : doc.tokens[last + 1].start].isspace()


def _former_titles(gazetteer: Gazetteer, doc: Document, found: list[Span]) -> list[Span]:
    """A title followed by an adjective of a former holder (function_words.toml ``former_adjectives``:
    الرئيس النيجيري الأسبق) and a name the gazetteer does not hold: not the holder on the article's
    date; discovery reads the former holder's name after it (a known name is merged with the title
    by :func:`_merge_title_and_name`).

    >>> text = "وقاد الوساطة الرئيس النيجيري الأسبق أولوسيغون أوباسانجو، وقال الرئيس النيجيري إن بلاده تدعم الاتفاق."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2022-11-02"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['الرئيس النيجيري الأسبق أولوسيغون أوباسانجو', 'unknown:أولوسيغون أوباسانجو'], ['الرئيس النيجيري', 'Muhammadu Buhari']]
    """
    starts = {s.first for s in found if s.form != "title"}
    former = word_class("former_adjectives")
    n = len(doc.tokens)

    def dropped(s: Span) -> bool:
        j = s.last + 1
        if s.form != "title" or gazetteer.actor_type(s.actor_id) != "person" or j + 1 >= n or doc.folded[j] not in former:
            return False
        spaced = all(doc.text[doc.tokens[t - 1].end : doc.tokens[t].start].isspace() for t in (j, j + 1))
        return spaced and j + 1 not in starts and not doc.folded[j + 1].startswith("ال")

    return [s for s in found if not dropped(s)]


def _full_name_goes_on(gazetteer: Gazetteer, doc: Document, found: list[Span]) -> list[Span]:
    """A known person's name match that the rest of a longer name of his follows (الشيخ مشعل الأحمد
    matched, then الجابر الصباح of مشعل الأحمد الجابر الصباح): one mention over the whole name, and
    the matches inside the rest (the surname الصباح) are words of it.

    >>> text = "أدى صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد اليمين الدستورية."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-12-20"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()[0]
    ['الشيخ مشعل الأحمد الجابر الصباح', 'Mishal Al-Ahmad Al-Jaber Al-Sabah']
    """
    folded, n = doc.folded, len(doc.tokens)
    dropped: set[int] = set()
    for s in found:
        if s.form != "name" or id(s) in dropped or gazetteer.actor_type(s.actor_id) != "person":
            continue
        matched = folded[s.first : s.last + 1]
        for name in gazetteer.names(s.actor_id):
            rest = _rest_of_name(matched, name)
            last = s.last + len(rest)
            if not rest or last >= n or folded[s.last + 1 : last + 1] != rest \
                    or any(not doc.text[doc.tokens[t - 1].end : doc.tokens[t].start].isspace() for t in range(s.last + 1, last + 1)):
                continue
            inside = [o for o in found if o is not s and s.last < o.first and o.last <= last]
            if any(o.actor_id != s.actor_id and gazetteer.actor_type(o.actor_id) != "person" for o in inside):
                break  # a state or a body inside: not the rest of his name
            dropped.update(id(o) for o in inside)
            s.last, s.end = last, doc.tokens[last].end
            break
    return [s for s in found if id(s) not in dropped] if dropped else found


def _rest_of_name(matched: list[str], name: list[str]) -> list[str]:
    """The words of ``name`` after those it shares with the end of ``matched`` (two at least), if
    ``name`` goes on beyond them.

    >>> _rest_of_name(["الشيخ", "مشعل", "الاحمد"], ["مشعل", "الاحمد", "الجابر", "الصباح"])
    ['الجابر', 'الصباح']
    >>> _rest_of_name(["مشعل"], ["مشعل", "الاحمد"])
    []
    """
    for k in range(min(len(matched), len(name) - 1), 1, -1):
        if matched[-k:] == name[:k]:
            return name[k:]
    return []


def _coordinated_ambiguous_states(gazetteer: Gazetteer, doc: Document, found: list[Span]) -> list[Span]:
    """A state name that is also an ordinary word (مالي, left out of the gazetteer) is the state
    when it is coordinated with another state's name: «انسحاب مالي وبوركينا فاسو والنيجر»،
    «النيجر ومالي». After في it is a location, as any state.

    >>> text = "دخل انسحاب مالي وبوركينا فاسو والنيجر حيز التنفيذ، مع دعم مالي أوروبي، وفي مالي احتفالات."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-29"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['مالي', 'Mali'], ['بوركينا فاسو', 'Burkina Faso'], ['النيجر', 'Niger'], ['أوروبي', 'Europe']]
    """
    names = _ambiguous_state_names()
    folded = doc.folded
    hits = [i for i, word in enumerate(folded) if word in _ambiguous_forms()]
    if not hits:
        return found
    states = {s.first: s for s in found if s.form in ("name", "place") and gazetteer.actor_type(s.actor_id) == "state"}
    ends = {s.last: s for s in states.values()}
    added = []
    for i in hits:
        word = folded[i]
        bare = word[1:] if word[:1] in "وبل" and word[1:] in names else word
        if bare not in names or i in states:
            continue
        after = i + 1 < len(folded) and i + 1 in states and folded[i + 1][:1] == "و" and doc.text[
            doc.tokens[i].end : doc.tokens[i + 1].start].isspace()
        before = bare != word and word[:1] == "و" and i - 1 in ends
        if not (after or before):
            continue
        start = doc.tokens[i].start + (1 if bare != word else 0)  # ومالي: the conjunction is outside
        form = "place" if _is_location(doc.text, doc.tokens, folded, i, start, venue=False) else "name"
        added.append(Span(start, doc.tokens[i].end, names[bare], form, i, i))
    return sorted(found + added, key=lambda s: (s.start, -s.end)) if added else found


@cache
def _seats() -> dict[str, tuple[str, str]]:
    """Folded seat -> (state, office title) (``seats.tsv``)."""
    table = read_tsv("seats.tsv", required=["seat", "state", "office"])
    return {" ".join(fold(w) for w in seat.split()): (state, office)
            for seat, state, office in zip(table["seat"], table["state"], table["office"], strict=True)}


def _seats_as_holders(gazetteer: Gazetteer, doc: Document, found: list[Span]) -> list[Span]:
    """Seats of two or more offices of one state in an article (بعبدا and عين التينة) each stand
    for their office's holder on the article's date (``seats.tsv``); a seat alone stays the state's
    metonym.

    >>> text = "وبحسب مصادر عين التينة، فإن رئيس المجلس لم يقطع الجسور مع بعبدا. وأكدت بيروت موقفها."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-08-07"], "text": [text]}))
    >>> m[["surface", "actor_id", "form"]].values.tolist()
    [['عين التينة', 'Nabih Berri', 'metonym'], ['بعبدا', 'Joseph Aoun', 'metonym'], ['بيروت', 'Lebanon', 'metonym']]
    """
    seats = _seats()
    at = {}
    for k, s in enumerate(found):
        if s.form == "metonym":
            seat = seats.get(" ".join(doc.folded[s.first : s.last + 1]))
            if seat is not None and seat[0] == s.actor_id:
                at[k] = seat
    offices: dict[str, set[str]] = {}
    for state, office in at.values():
        offices.setdefault(state, set()).add(office)
    if not any(len(held) >= 2 for held in offices.values()):
        return found
    out = list(found)
    for k, (state, office) in at.items():
        if len(offices[state]) < 2:
            continue
        holder = _holder(gazetteer, office, doc.date)
        if holder:
            s = found[k]
            out[k] = Span(s.start, s.end, holder, "metonym", s.first, s.last)
    return out


def _holder(gazetteer: Gazetteer, title: str, date: str | None) -> str:
    """The actor that holds ``title`` on ``date`` ("" if none).

    >>> _holder(load_gazetteer(), "رئيس مجلس النواب اللبناني", "2025-08-07")
    'Nabih Berri'
    """
    for m in gazetteer.matcher.find_in(title):
        alias = gazetteer.resolve(m.entry, date)
        if m.start == 0 and m.end == len(title) and alias is not None and alias.form == "title":
            return alias.actor_id
    return ""


def _article_word_follows(doc: Document, i: int) -> bool:
    """Whether a word with the article (or لل) follows token ``i`` directly, with no punctuation.

    >>> doc = Document("a", "دعا مجلس الأمن القومي. ودعا مجلس الأمن، أمس. دعا مجلس الأمن إلى", None)
    >>> _article_word_follows(doc, 2), _article_word_follows(doc, 6), _article_word_follows(doc, 10)
    (True, False, False)
    """
    if i + 1 >= len(doc.tokens) or not doc.text[doc.tokens[i].end : doc.tokens[i + 1].start].isspace():
        return False
    return doc.folded[i + 1].startswith(("ال", "لل")) and not hamza_initial(doc.tokens[i + 1].text)  # not إلى


def _article_word_precedes(doc: Document, i: int) -> bool:
    """Whether a word with the article stands right before token ``i``, with no punctuation: the
    noun that a people's plural after it describes (القادة العرب، وزراء الخارجية العرب).

    >>> doc = Document("a", "تبنى القادة العرب الخطة. وقال إن بعض العرب غابوا. العرب غابوا", None)
    >>> _article_word_precedes(doc, 2), _article_word_precedes(doc, 7), _article_word_precedes(doc, 9)
    (True, False, False)
    """
    if i < 1 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    return doc.folded[i - 1].startswith(("ال", "وال")) and not hamza_initial(doc.tokens[i - 1].text)


def _describes_a_noun(doc: Document, i: int) -> bool:
    """Whether token ``i``, a people's adjective (العربي، عربية), describes the common noun right
    before it, with which it agrees in definiteness (الموقف العربي، الدول العربية، زعيم عربي), and
    that noun is no head of a fixed name (function_words.toml, fixed_name_heads: القمة العربية،
    العالم العربي، اللغة العربية). Alone (يتقن العربية، قناة العربية) it names a language or a
    channel, not the people.

    >>> doc = Document("a", "هذا هو الموقف العربي. وقال زعيم عربي إن القمة العربية في العالم العربي. يتقن العربية", None)
    >>> [(t.text, _describes_a_noun(doc, i)) for i, t in enumerate(doc.tokens) if "عرب" in t.text]
    [('العربي', True), ('عربي', True), ('العربية', False), ('العربي', False), ('العربية', False)]
    """
    if i < 1 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    noun = doc.folded[i - 1]
    if noun in word_class("fixed_name_heads") or (noun[:1] in "وف" and noun[1:] in word_class("fixed_name_heads")):
        return False
    definite = noun.startswith(("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وبال")) and not hamza_initial(
        doc.tokens[i - 1].text)
    if doc.folded[i].startswith("ال"):
        return definite
    return not definite and len(noun) > 2 and noun not in word_class("prepositions") and noun.isalpha()


def _is_location(text, tokens, folded, i, start, *, venue: bool) -> bool:
    """A place after في / داخل (or في العاصمة), with a locative ب (بباريس), or a venue."""
    if venue and fold(text[tokens[i].start : start]) in ("ب", "وب", "فب"):
        return not _related_by_ba(folded, i)
    adjacent = i >= 1 and text[tokens[i - 1].end : tokens[i].start].isspace()
    previous = _without_conjunction(folded[i - 1]) if i >= 1 else ""
    if previous == "في" and i >= 2 and _without_conjunction(folded[i - 2]).lstrip("لب") in OFFICIAL_NOUNS:
        return False
    if adjacent and (previous in LOCATIVES or (venue and previous in VENUE_WORDS)):
        return True
    return i >= 2 and (_without_conjunction(folded[i - 2]), folded[i - 1]) in LOCATIVE_PAIRS


# إلى / من / نحو before a place that a word of motion governs (لدى وصوله إلى الكويت، متوجهة نحو تشاد)
GOAL_PREPOSITIONS = fold_set("إلى", "من", "نحو")
MOTION_WINDOW = 3  # words at most between a word of motion and the preposition or the place


@cache
def _motion_words() -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``motion.toml``: (goal or source before إلى / من, destination before the place)."""
    _, data = read_toml("motion.toml")
    return (frozenset(fold(w) for w in data["goal_or_source"]["words"]),
            frozenset(fold(w) for w in data["destination"]["words"]))


def _motion_place(doc: Document, i: int) -> bool:
    """A place named as the goal or the source of someone's movement is where they go or come
    from, not an actor (docs/annotation.md: a place of origin and a visit's destination are
    venues): after إلى or من that a word of motion governs (لدى وصوله إلى الكويت، العودة الطوعية
    إلى سوريا، انسحاب القوات من الخرطوم), or as the object of a visit or a departure (يزور وفد رفيع
    بغداد، يغادر الإليزيه). The word of motion stands at most :data:`MOTION_WINDOW` words before,
    with nothing but spaces between (one clause); a delivery's goal (إرسال أسلحة إلى أوكرانيا) and
    a call to a state (دعا روسيا) stay mentions.

    >>> text = ("بحث الوفد لدى وصوله إلى الكويت العودة إلى سوريا، وأرسل مساعدات إلى أوكرانيا، "
    ...         "ويزور وفد سوري رفيع بغداد، ودعا روسيا إلى الانسحاب من الأراضي الأوكرانية.")
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['أوكرانيا', 'سوري', 'روسيا', 'الأوكرانية']
    """
    goal_or_source, destination = _motion_words()
    folded, tokens, text = doc.folded, doc.tokens, doc.text

    def one_clause(a: int, b: int) -> bool:
        return all(text[tokens[t - 1].end : tokens[t].start].isspace() for t in range(a + 1, b + 1))

    def governed(words: frozenset[str], last: int) -> bool:
        return any((folded[j] in words or (folded[j][:1] in ("و", "ف") and folded[j][1:] in words))
                   and one_clause(j, last + 1)
                   for j in range(max(0, last - MOTION_WINDOW), last + 1))

    previous = folded[i - 1] if i >= 1 else ""
    if previous[:1] in ("و", "ف") and previous[1:] in GOAL_PREPOSITIONS:
        previous = previous[1:]
    if previous in GOAL_PREPOSITIONS and one_clause(i - 1, i) and i >= 2 and governed(goal_or_source, i - 2):
        return True
    return i >= 1 and governed(destination, i - 1)


SPEECH_VENUE_WINDOW = 3  # words at most between a verb of announcing and the من of the place
FROM = fold("من")


def _speech_venue(doc: Document, m) -> bool:
    """A state or a capital after من that names where words were said, not who said them: after a
    verb of announcing in the same clause (function_words.toml, ``announcing_verbs``: الوسطاء يعلنون
    من الدوحة اتفاقاً، قال لقناتنا من واشنطن), or opening a clause and closed by a comma (ومن بيروت،
    بارك الأمين العام ...: the report moves to another capital).

    >>> text = ("الوسطاء يعلنون من الدوحة اتفاقاً. ومن بيروت، بارك الحزب الاتفاق. "
    ...         "وطلب من القاهرة التدخل، وتلقى رسالة من الرياض.")
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-01-16"], "text": [text]}))["surface"].tolist()
    ['القاهرة', 'الرياض']
    """
    i, folded, tokens, text = m.first_token, doc.folded, doc.tokens, doc.text
    if i < 1 or not text[tokens[i - 1].end : tokens[i].start].isspace():
        return False
    previous = folded[i - 1]
    if (previous[1:] if previous[:1] in ("و", "ف") else previous) != FROM:
        return False
    opens = i < 2 or not text[tokens[i - 2].end : tokens[i - 1].start].isspace()
    if opens and previous != FROM and text[m.end : m.end + 1] in ("،", ","):
        return True  # ومن بيروت، ...
    verbs = word_class("announcing_verbs")
    for j in range(i - 2, max(-1, i - 2 - SPEECH_VENUE_WINDOW), -1):
        if not text[tokens[j].end : tokens[j + 1].start].isspace():
            return False
        w = folded[j]
        if w in verbs or (w[:1] in ("و", "ف") and w[1:] in verbs):
            return True
    return False


def _after_place_adjective(doc: Document, i: int, found: list[Span]) -> bool:
    """A capital or state named after a place noun and a state's adjective (العاصمة التركية أنقرة،
    العاصمة العُمانية مسقط) is the place the noun and adjective describe, not an actor: the
    adjective right before it was read as a place (:data:`PLACE_NOUNS`).

    >>> text = "انعقد في العاصمة التركية أنقرة اجتماع، وقالت أنقرة إنها ترحب به."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["start"].tolist()
    [45]
    """
    if i < 2 or not found or found[-1].form != "place" or found[-1].last != i - 1 or found[-1].first != i - 1:
        return False
    gap = doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]
    return gap.isspace() and doc.folded[i - 2] in PLACE_NOUNS


def _after_land_noun(doc: Document, i: int) -> bool:
    """A group's adjective right after a noun of land (function_words.toml, ``land_nouns``) names a
    region: الضفة الغربية، إفريقيا الغربية، شبه الجزيرة العربية are places, not the West or the Arabs.

    >>> text = "رفض تهجير الفلسطينيين من غزة والضفة الغربية. وانتقد الغرب الموقف."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-02-11"], "text": [text]}))["surface"].tolist()
    ['الفلسطينيين', 'الغرب']
    """
    if i == 0 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    w = doc.folded[i - 1]
    forms = {w, w[1:] if w[:1] in "وبل" else w, "ال" + w[2:] if w.startswith("لل") else w}
    return bool(forms & _land_nouns())


@cache
def _land_nouns() -> frozenset[str]:
    return word_class("land_nouns")


# بعثة أممية، البعثة الأممية: a mission the adjective names, a body of its own
MISSION_NOUNS = fold_set("بعثة", "البعثة", "لبعثة", "للبعثة", "وبعثة", "والبعثة", "بالبعثة")


def _mission_adjective(doc: Document, i: int) -> bool:
    """An organisation's or a state's adjective on بعثة names a mission (البعثة الأممية، البعثة
    الأوروبية), a body of its own that the article names in full or leaves bare, not a mention of
    the organisation (docs/annotation.md: a body that holds an adjective is one mention).

    >>> text = "لوحت بالعقوبات الأممية، وقالت البعثة الأممية إنها ستراقب الاتفاق."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['الأممية']
    """
    return i > 0 and doc.folded[i - 1] in MISSION_NOUNS and doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace()


def _after_descriptive_role(doc: Document, i: int) -> bool:
    """An organisation's adjective right after a descriptive role (المبعوث الأممي هانس غروندبرغ) is
    read with the role, not as a mention of its own. The gold counts it a demonym (roles.tsv: the
    actors inside a description stay mentions), but the sentiment reader takes a demonym between a
    cue and a name for the source and the name for the target (رحب المبعوث الأممي X → the UN
    welcomes X); until it reads the role, the adjective stays out. A state's adjective is unchanged.

    >>> text = "رحب المبعوث الأممي هانس غروندبرغ بالاتفاق، وحذر من العقوبات الأممية."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['هانس غروندبرغ', 'الأممية']
    """
    if i < 1 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    return doc.folded[i - 1] in name_words().descriptive_roles


def _city_adjective(doc: Document, i: int) -> bool:
    """A state's adjective after a city named with a place noun (مدينة جنيف السويسرية، بمدينة بيليم
    البرازيلية) says where the city is: a place, not a mention of the state. The city is one word
    or two, with nothing but spaces between the noun, the city and the adjective.

    >>> text = "انطلقت في مدينة جنيف السويسرية جولة جديدة، ورحبت الحكومة السويسرية بالوفود."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-11-22"], "text": [text]}))["surface"].tolist()
    ['السويسرية']
    """
    for size in (1, 2):
        noun = i - size - 1
        if noun < 0 or doc.folded[noun] not in PLACE_NOUNS:
            continue
        gaps = [doc.text[doc.tokens[t - 1].end : doc.tokens[t].start] for t in range(noun + 1, i + 1)]
        city = doc.folded[noun + 1 : i]
        if all(g.isspace() and "\n" not in g for g in gaps) and not any(w.startswith("ال") for w in city):
            return True
    return False


def _without_conjunction(word: str) -> str:
    """وفي → في: a conjunction written onto a short function word."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in LOCATIVES | VENUE_WORDS | {"في"} else word


def _dual_title(gazetteer: Gazetteer, doc: Document, folded: list[str], m, found: list[Span]) -> Alias | None:
    """The title a demonym forms with a preceding dual role (الرئيسين الفرنسي والأوكراني)."""
    i = m.first_token
    role = None
    if i >= 1 and folded[i - 1] in DUAL_ROLES:
        role = DUAL_ROLES[folded[i - 1]]
    elif found and found[-1].form == "title" and found[-1].last == i - 1 and folded[i].startswith("وال"):
        # the second adjective of the pair: the role word stands before the first one
        j = found[-1].first - 1
        role = DUAL_ROLES.get(folded[j]) if j >= 0 else None
    if role is None:
        return None
    adjective = doc.text[m.start : m.end]
    for match in gazetteer.matcher.find_in(f"{role} {adjective}"):
        alias = gazetteer.resolve(match.entry, doc.date)
        if alias is not None and alias.form == "title" and match.start == 0:
            return alias
    return None


def _merge_titles_in_a_row(found: list[Span], text: str) -> list[Span]:
    """Two titles of one person in a row, or joined by و, are one title mention (docs/annotation.md:
    ولي العهد رئيس مجلس الوزراء، شيخ الأزهر الشريف ورئيس مجلس حكماء المسلمين).

    >>> text = "وبعث الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، برقية."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-05-09"], "text": [text]}))
    >>> m[["surface", "form"]].values.tolist()
    [['الأمير محمد بن سلمان', 'name'], ['ولي العهد رئيس مجلس الوزراء', 'title']]
    """
    out: list[Span] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.actor_id == f.actor_id and prev.form == f.form == "title" \
                and prev.end <= f.start and text[prev.end : f.start].strip() in ("", "و"):
            out[-1] = Span(prev.start, f.end, f.actor_id, "title", prev.first, f.last, prev.actor_type or f.actor_type,
                           prev.affiliation or f.affiliation, prev.covers or f.covers)
            continue
        out.append(f)
    return out


def _merge_title_and_name(found: list[Span], text: str, gazetteer: Gazetteer | None = None) -> list[Span]:
    """A title directly followed by the same actor's name is one mention, of form name; so is a
    title followed by the name of a person who held it at another time than the article's date
    (الرئيس الأمريكي جو بايدن in 2025, الرئيس الأمريكي السابق جو بايدن, an adjective of a former
    holder between them: function_words.toml, former_adjectives): the name says whom the title
    meant, not the holder on the date.

    >>> text = "وكان الرئيس الأمريكي جو بايدن قد وقع القانون، وانتقده الرئيس الأمريكي دونالد ترامب."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-06-01"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['الرئيس الأمريكي جو بايدن', 'Joe Biden'], ['الرئيس الأمريكي دونالد ترامب', 'Donald Trump']]
    >>> text = "وقال رئيس الوزراء العراقي السابق حيدر العبادي إن الحكومة فشلت."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-05-01"], "text": [text]}))["surface"].tolist()
    ['رئيس الوزراء العراقي السابق حيدر العبادي']
    """
    out: list[Span] = []
    for f in found:
        if out:
            prev = out[-1]
            gap = text[prev.end : f.start].split()
            former = bool(gap) and all(fold(w) in word_class("former_adjectives") for w in gap)
            if prev.form == "title" and f.form == "name" and (not gap or former) and (
                    prev.actor_id == f.actor_id
                    or (gazetteer is not None and gazetteer.held_title(f.actor_id, text[prev.start : prev.end]))):
                out[-1] = Span(prev.start, f.end, f.actor_id, "name", prev.first, f.last)
                continue
        out.append(f)
    return out


@cache
def _rank_before() -> re.Pattern:
    """A degree or rank of ``names.toml`` (degrees_and_ranks) that ends right before a name."""
    _, data = read_toml("names.toml")
    words = sorted(data.get("degrees_and_ranks", []), key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(rf"(?:^|(?<=[\s«\"“(]))و?({alternatives})[ \t]+$")


def _with_rank_before(doc: Document, gazetteer: Gazetteer, found: list[Span]) -> list[Span]:
    """A person's name mention with a degree or rank right before it starts at the rank
    (docs/annotation.md: a rank and the name are one mention): الدكتور رشيد الغزواني، د. عثمان
    الطاهر، اللواء خليفة حفتر.

    >>> text = "وقال اللواء خليفة حفتر إن الجيش مستعد، وأكد د. عثمان الطاهر، المحلل السياسي، أن الحل بعيد."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-03-01"], "text": [text]}))["surface"].tolist()
    ['اللواء خليفة حفتر', 'د. عثمان الطاهر']
    """
    out: list[Span] = []
    for s in found:
        kind = s.actor_type or gazetteer.actor_type(s.actor_id)
        rank = _rank_before().search(doc.text, max(0, s.start - 40), s.start) if s.form == "name" and kind == "person" else None
        if rank is not None and not (out and out[-1].end > rank.start(1)):
            first = bisect_left(doc.token_starts, rank.start(1))
            s = Span(rank.start(1), s.end, s.actor_id, s.form, first, s.last, s.actor_type, s.affiliation, s.covers)
        out.append(s)
    return out


MAX_TITLE_GAP_WORDS = 4  # words of rank or office between a person's title and his name


def _merge_title_over_ranks(found: list[Span], text: str) -> list[Span]:
    """A person's title and his name with only words of rank or of a second office between them,
    no punctuation and no function word, are one mention of form name, as a title right before the
    name is (docs/annotation.md: the office and the name are one mention): رئيس مجلس السيادة قائد
    الجيش الفريق أول عبد الفتاح البرهان، قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو.

    >>> text = "وقال قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو إن الهدنة صامدة."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-05-21"], "text": [text]}))
    >>> m[["surface", "form"]].values.tolist()
    [['قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو', 'name']]

    A title right before a name mention that already holds a second title is one mention too:

    >>> text = "وقال رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان إن الجيش سينتصر."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-06-01"], "text": [text]}))
    >>> m[["surface", "form"]].values.tolist()
    [['رئيس مجلس السيادة قائد الجيش الفريق أول عبد الفتاح البرهان', 'name']]
    """
    out: list[Span] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.form == "title" and f.form == "name" and prev.actor_id == f.actor_id \
                and prev.end <= f.start and (text[prev.end : f.start].isspace() or _rank_gap(text[prev.end : f.start])):
            out[-1] = Span(prev.start, f.end, f.actor_id, "name", prev.first, f.last, prev.actor_type or f.actor_type,
                           prev.affiliation or f.affiliation, prev.covers or f.covers)
            continue
        out.append(f)
    return out


def _rank_gap(gap: str) -> bool:
    """The text between a title and a name holds at most four Arabic words and none of them is a
    function word: a rank (الفريق أول) or a second office (قائد الجيش), not a clause.

    >>> _rank_gap(" قائد الجيش الفريق أول "), _rank_gap(" إن "), _rank_gap("، ")
    (True, False, False)
    """
    words = gap.split()
    stops = _gap_stop_words()
    return 0 < len(words) <= MAX_TITLE_GAP_WORDS and all(
        all("\u0621" <= c <= "\u064a" for c in w) and fold(w) not in stops for w in words)


@cache
def _gap_stop_words() -> frozenset[str]:
    """The function words that end a title: a clause or a phrase begins after them."""
    return frozenset(fold(w) for w in set().union(*map(word_class, (
        "prepositions", "complementizers", "relative_pronouns", "demonstratives", "negators", "clause_openers",
        "personal_pronouns", "quantifiers"))))


HAMZA_LETTERS = frozenset("أإآؤئء")
SHORT_ALIAS_LETTERS = 3


def _hamza_against_short_alias(surface: str, alias: str) -> bool:
    """A short alias of one word written without hamza (وام, the Emirati agency) and a surface that
    carries one (وأم "and Umm", وأم درمان): folding made them one word, the writing keeps them
    apart. Longer aliases are matched whatever the hamza, as writers often leave it out.

    >>> _hamza_against_short_alias("وأم", "وام"), _hamza_against_short_alias("وام", "وام")
    (True, False)
    >>> _hamza_against_short_alias("إسرائيل", "اسرائيل")
    False
    """
    letters = [c for c in alias if "\u0621" <= c <= "\u064a"]
    return " " not in alias.strip() and len(letters) <= SHORT_ALIAS_LETTERS and not HAMZA_LETTERS & set(alias) \
        and bool(HAMZA_LETTERS & set(surface))


def _kaf_on_bare_alef(text: str, start: int, alias: str) -> bool:
    """A name that opens with hamza on its alef (أكار) matched after a ك read as the preposition "like"
    on a bare alef (كاكار, the Pakistani prime minister Kakar): the writing keeps the hamza after
    the preposition (كأكار), so the ك is the name's own first letter.

    >>> _kaf_on_bare_alef("حكومة كاكار", 7, "أكار"), _kaf_on_bare_alef("كأكار", 1, "أكار")
    (True, False)
    """
    return start > 0 and text[start - 1] == "ك" and (start == 1 or not text[start - 2].isalpha()) \
        and text[start : start + 1] == "ا" and alias[:1] in "أإآ"


# A breadcrumb of any site: short segments joined by > or › on a line of their own (المسيرة نت >
# محلي، أخبار > عربي > السودان).
NAVIGATION = re.compile(r"^[ \t]*[^\n>›]{1,30}?(?:[ \t]+[>›][ \t]+[^\n>›]{1,30}?)+[ \t]*$", re.MULTILINE)
MAX_NAVIGATION_SEGMENT_WORDS = 3


def navigation_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the breadcrumb lines of a page (``المسيرة نت > محلي``): segments of at most
    three words joined by ``>`` or ``›``, navigation and no part of the article's words.

    >>> navigation_lines("المسيرة نت > محلي\\n\\nقال الرئيس إن x > y في المعادلة.")
    [(0, 17)]
    """
    out = []
    for m in NAVIGATION.finditer(text):
        segments = re.split(r"[>›]", m.group(0))
        if all(0 < len(seg.split()) <= MAX_NAVIGATION_SEGMENT_WORDS for seg in segments):
            out.append((m.start(), m.end()))
    return out


def in_hashtag(text: str, start: int) -> bool:
    """Whether the word at ``start`` belongs to a hashtag (#اتفاق_الإمارات، #الجابر): the page's
    tags, not the article's words.

    >>> in_hashtag("#COP28 #اتفاق_الإمارات", 13), in_hashtag("رحبت الإمارات", 5)
    (True, False)
    """
    begin = start
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin : begin + 1] == "#"


def _quoted_thing_name(doc: Document, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` close a name in quotation marks that a word of a document or an
    event opens (VENUE_WORDS: «اتفاق الإمارات»، "إعلان جدة"): the name of a thing, not its state.

    >>> text = "وأقر المؤتمر «اتفاق الإمارات» بتوافق 200 دولة، ورحبت الإمارات بالنتيجة."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-12-13"], "text": [text]}))
    >>> m[["surface", "start"]].values.tolist()
    [['الإمارات', 53]]
    """
    if first < 1 or _without_conjunction(doc.folded[first - 1]) not in VENUE_WORDS:
        return False
    text = doc.text
    before = text[: doc.tokens[first - 1].start].rstrip(" \t")
    after = text[doc.tokens[last].end :].lstrip(" \t")
    return before[-1:] in OPENING_MARKS and after[:1] in CLOSING_MARKS


OPENING_MARKS = frozenset("«\"“")
CLOSING_MARKS = frozenset("»\"”")


def _not_a_mention(doc: Document, m, alias: Alias) -> bool:
    """A gazetteer match that is no mention whatever its form: a short hamza-less alias met by a
    word with hamza (وأم درمان, not the agency وام), a word of a hashtag (#اتفاق_الإمارات), or the
    state in a quoted thing's name («اتفاق الإمارات»)."""
    return _hamza_against_short_alias(doc.text[m.start : m.end], alias.text) or in_hashtag(doc.text, m.start) \
        or _quoted_thing_name(doc, m.first_token, m.last_token) or _kaf_on_bare_alef(doc.text, m.start, alias.text)


def _namesake(gazetteer: Gazetteer, doc: Document, m, alias: Alias) -> bool:
    """A known person's surname alone (العبادي) right after a given name that is none of his names
    (خالد العبادي, not حيدر العبادي): another person of the same family name, whom discovery reads
    as a name of his own. Only a sure given name of the list counts (names.toml), not a word that
    is also common (أمين، سعيد).

    >>> from framing.actors import find_mentions
    >>> text = "وقال الناطق باسم حزب الميثاق الوطني خالد العبادي إن حزبه يحترم إرادة الناخبين."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))["actor_id"].tolist()
    ['unknown:خالد العبادي']
    >>> text = "وقال حيدر العبادي إن الحكومة فشلت، وأضاف العبادي أن الحل سياسي."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-09-11"], "text": [text]}))["actor_id"].tolist()
    ['Haider al-Abadi', 'Haider al-Abadi']

    After a degree, a given name that is also a common word opens the namesake's name too:

    >>> text = "ويرى الدكتور رشيد الغزواني، الباحث في العلاقات الدولية، أن المغرب لا يقبل الوصاية."
    >>> find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-09-12"], "text": [text]}))["surface"].tolist()
    ['الدكتور رشيد الغزواني', 'المغرب']
    """
    i = m.first_token
    if alias.form != "name" or m.last_token != i or i == 0 or gazetteer.actor_type(alias.actor_id) != "person" \
            or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    before = doc.folded[i - 1]
    words = name_words()
    given = before if words.sure_given_name(before) else before[1:] if before[:1] == "و" else ""
    sure = words.sure_given_name(given)
    if not sure and i >= 2 and doc.folded[i - 2] in words.address_words and before in words.given_names \
            and doc.text[doc.tokens[i - 2].end : doc.tokens[i - 1].start].isspace():
        given, sure = before, True  # الدكتور رشيد الغزواني: after a degree a common given name is a given name
    return sure and not any(given in name for name in gazetteer.names(alias.actor_id))


def _place_by_the_word_before(doc: Document, i: int, alias: Alias) -> bool:
    """A state or a capital made a place by the word before it: a time zone (بتوقيت بكين), for a
    capital a part of the city (شوارع ليبرفيل), or a part or an area (قلب دمشق، وسط أفريقيا)."""
    return _after_noun_of(doc, i, "time_zone_nouns") or (alias.form == "metonym" and _after_noun_of(
        doc, i, "city_part_nouns")) or _after_noun_of(doc, i, "area_nouns", joined=True)


def _after_noun_of(doc: Document, i: int, nouns: str, *, joined: bool = False) -> bool:
    """Token ``i`` follows, with only white space between, a word of the class ``nouns`` of
    function_words.toml: the noun of a time zone (time_zone_nouns: بتوقيت بكين, the clock's place),
    of the parts of a city (city_part_nouns: شوارع ليبرفيل, the city, not its state) or of a part or
    an area (area_nouns: قلب دمشق، وسط أفريقيا), with ``joined`` also after a joined preposition or
    conjunction (بوسط، وشمال). Each makes the name after it a place, not an actor.

    >>> text = "نُشر في 2025-09-01 الساعة 18:30 بتوقيت بكين. ورحبت بكين بالقرار."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2025-09-01"], "text": [text]}))
    >>> m[["surface", "start"]].values.tolist()
    [['بكين', 51]]
    >>> text = "وحمل الجنود قائدهم في شوارع كراكاس، وردت كراكاس بطرد الدبلوماسيين."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]}))
    >>> m[["surface", "actor_id"]].values.tolist()
    [['كراكاس', 'Venezuela']]
    >>> text = "وتقع المدينة في قلب دمشق، والباحث متخصص في شؤون وسط أفريقيا. وقالت دمشق إن أفريقيا شريك."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2023-08-30"], "text": [text]}))
    >>> m["surface"].tolist()
    ['دمشق', 'أفريقيا']
    """
    if i < 1 or not doc.text[doc.tokens[i - 1].end : doc.tokens[i].start].isspace():
        return False
    word, words = doc.folded[i - 1], word_class(nouns)
    return word in words or (joined and len(word) > 3 and word[0] in "وبل" and word[1:] in words)


def _outside_hashtags(found: list[Span], text: str) -> list[Span]:
    """The spans that are no word of a hashtag (#الجابر after the article named Sultan Al Jaber)."""
    return [s for s in found if not in_hashtag(text, s.start)]


# A correspondent's dateline on a line of its own: short segments joined by dashes, the last one
# perhaps after a colon (كراكاس - لندن: «الميدان الدولي»، جدة – «السودان الآن» – وكالات).
DATELINE_LINE = re.compile(r"^[ \t]*[^\n\d:.،]{1,40}?(?:[ \t]+[-–—][ \t]+[^\n\d:.،]{1,40}?)+[ \t]*(?::[^\n\d.،]{1,40})?$",
                           re.MULTILINE)
MAX_DATELINE_WORDS = 8


def correspondent_datelines(text: str) -> list[tuple[int, int]]:
    """The places and outlet names of a dateline line the outlet writes for its own correspondents
    (``كراكاس - لندن: «الميدان الدولي»``, ``جدة – «السودان الآن» – وكالات``): every segment before a
    colon (the places the story was filed from) and every segment in quotation marks (the outlet's
    name). An agency credited after a dash (``دبي – وام``) stays a mention.

    >>> text = "كراكاس - لندن: «الميدان الدولي»\\n\\nوردت كراكاس بطرد الدبلوماسيين."
    >>> [text[a:b] for a, b in correspondent_datelines(text)]
    ['كراكاس - لندن', '«الميدان الدولي»']
    >>> correspondent_datelines("دبي – وام"), correspondent_datelines("بوتين - ترامب: قمة بلا نتائج")
    ([], [])
    """
    out = []
    for m in DATELINE_LINE.finditer(text):
        line = m.group(0)
        if len(line.split()) > MAX_DATELINE_WORDS:
            continue
        colon = line.find(":")
        if colon > 0 and QUOTED_OUTLET.fullmatch(line[colon + 1 :].strip()):
            out.append((m.start(), m.start() + len(line[:colon].rstrip())))  # the places, before «the outlet»
        out.extend((m.start() + q.start(), m.start() + q.end()) for q in QUOTED_OUTLET.finditer(line))
    return out


QUOTED_OUTLET = re.compile(r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"")


RELATION_WINDOW = 2  # words at most between a noun of relation and the ب of its partner


def _related_by_ba(folded: list[str], i: int) -> bool:
    """Token ``i`` (a capital with ب) is the partner of a noun of relation a word or two before it
    (تربطها علاقات جيدة بكراكاس, function_words.toml, relation_nouns): the state, not a place.

    >>> text = "وهي دول تربطها علاقات جيدة بكراكاس، وقد اجتمع وزراؤها بكراكاس أمس."
    >>> m = find_mentions(pd.DataFrame({"article_id": ["a"], "date": ["2024-08-01"], "text": [text]}))
    >>> m[["surface", "start"]].values.tolist()
    [['كراكاس', 28]]
    """
    nouns = word_class("relation_nouns")
    return any(folded[k] in nouns for k in range(max(0, i - RELATION_WINDOW), i))
