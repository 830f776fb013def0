"""What the target rules share: a document with its mentions indexed by token, its quotes and its
cues (:class:`_Context`), and the clause helpers (a clause ends at punctuation; quotation marks do
not end it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..quotes import QuoteSpan
from ..text import QUOTE_MARKS, Document, fold
from .cues import Cue
from .vocabulary import (
    AUTHOR_ASIDE_OPENERS,
    AUTHOR_ASIDE_TIMES,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    JOINED_PREPOSITIONS,
    MEMBER_NOUNS,
    PARTITIVE_FROM,
    PREPOSITIONS,
    SIDE_NOUNS,
    role_heads,
)


class _Context:
    """A document with its mentions indexed by token and its quotes, for the target rules."""

    def __init__(self, doc: Document, mentions: list[dict], quote_spans: Sequence[tuple],
                 intensifiers: AbstractSet[str] = frozenset()):
        self.doc = doc
        self.intensifiers = intensifiers
        self.cues: list[Cue] = []
        self.reporting_verbs: set[str] = set()  # verbs of a report nested in a quote (SentimentScorer's)
        self.cue_at: dict[int, Cue] = {}  # token -> the cue covering it
        self.cue_tokens: set[int] = set()  # tokens of the document's cues (a speech act's object stops there)
        self.folded = doc.folded
        self.starts = starts = doc.token_starts
        self.mentions: list[dict] = []
        self.at_token: dict[int, int] = {}  # token -> index of the mention covering it
        for start, end, m in sorted(((int(m["start"]), int(m["end"]), m) for m in mentions),
                                    key=lambda x: (x[0], -x[1])):
            first = bisect_right(starts, start) - 1  # the token holding its start (وبوتين)
            if first < 0 or doc.tokens[first].end <= start:
                continue
            last = max(bisect_left(starts, end) - 1, first)
            covered = range(first, last + 1)
            if not self.at_token.keys().isdisjoint(covered):
                continue
            index = len(self.mentions)
            self.mentions.append({**m, "first_token": first, "last_token": last,
                                  "governed": self._governed(first, start)})
            self.at_token.update(dict.fromkeys(covered, index))
        self.quotes = sorted(QuoteSpan(int(q[0]), int(q[1]), *q[2:]) for q in quote_spans)
        self.actor_ids = {m["actor_id"] for m in self.mentions}
        self.actor_types = {str(m["actor_id"]): str(m.get("actor_type", "")) for m in self.mentions}
        # Indexes of the quotes, so that finding a cue's quote is a bisection, not a scan of them all:
        # their starts, the longest, and their order by end (the first of equal ends last).
        self._quote_starts = [q.start for q in self.quotes]
        self._longest_quote = max((q.end - q.start for q in self.quotes), default=0)
        self._by_end = sorted(range(len(self.quotes)), key=lambda i: (self.quotes[i].end, -i))
        self._ends = [self.quotes[i].end for i in self._by_end]

    def _governed(self, first: int, start: int) -> bool:
        """Whether a mention is the object of a preposition (لأوكرانيا، بالغرب، على روسيا); not the
        group after من and a noun of its members, which acts through them (عناصر من الدعم السريع).

        >>> from framing.sentiment import SentimentScorer
        >>> t = "قالت الشبكة إن عناصر من الدعم السريع ارتكبوا مجزرة، وإن الهجوم على الجيش فشل"
        >>> ctx = SentimentScorer().context(Document("a", t, "2025-01-01"), [
        ...     {"actor_id": "Rapid Support Forces", "start": 24, "end": 36},
        ...     {"actor_id": "Sudanese Armed Forces", "start": t.index("الجيش"), "end": t.index(" فشل")}])
        >>> [(m["surface"] if "surface" in m else m["actor_id"], m["governed"]) for m in ctx.mentions]
        [('Rapid Support Forces', False), ('Sudanese Armed Forces', True)]
        """
        prefix = fold(self.doc.text[self.doc.tokens[first].start : start])
        if prefix[:1] in "وف" and len(prefix) > 1:
            prefix = prefix[1:]
        if prefix[:1] in JOINED_PREPOSITIONS:
            return True
        if first <= 0 or self.folded[first - 1] not in PREPOSITIONS or _break_between(self.doc, first - 1, first):
            return False
        return not (self.folded[first - 1] == PARTITIVE_FROM and first > 1
                    and self.folded[first - 2] in MEMBER_NOUNS and not _break_between(self.doc, first - 2, first - 1))

    def voice(self, offset: int) -> tuple[str, str]:
        """(source id, source type) of words at ``offset``: the innermost quote's speaker, else the author."""
        quote = self.quote_of(offset)
        if quote is None or _author_aside(self, quote, offset):
            return "author", "author"
        return quote.speaker or "unknown", quote.speaker_type or "unknown"

    def quote_of(self, offset: int) -> QuoteSpan | None:
        """The innermost quote whose content holds ``offset``."""
        near = self.quotes[bisect_left(self._quote_starts, offset - self._longest_quote)
                           : bisect_right(self._quote_starts, offset)]  # only these can hold it
        inside = [q for q in near if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None

    def _last_quote_ending_by(self, offset: int) -> QuoteSpan | None:
        """The quote with the latest end at or before ``offset`` (the first such in order)."""
        k = bisect_right(self._ends, offset) - 1
        return self.quotes[self._by_end[k]] if k >= 0 else None

    def token_bounds(self, quote: QuoteSpan | None) -> tuple[int, int]:
        """The first and last token a target may be (the quote's content, else the document)."""
        if quote is None:
            return 0, len(self.doc.tokens) - 1
        return bisect_left(self.starts, quote.start), bisect_left(self.starts, quote.end) - 1

    def sentence_bounds(self, cue: Cue | int) -> tuple[int, int]:
        """The first and last token of the sentence of a cue (or of a character offset)."""
        sentence = self.doc.sentence_of(cue if isinstance(cue, int) else cue.start)
        return bisect_left(self.starts, sentence.start), bisect_left(self.starts, sentence.end) - 1

    def quote_before(self, offset: int, max_sentences: int = 2) -> QuoteSpan | None:
        """The last quote ending at or before ``offset``, at most ``max_sentences`` sentences back."""
        last = self._last_quote_ending_by(offset)
        if last is None:
            return None
        distance = self.doc.sentence_id(offset) - self.doc.sentence_id(max(last[1] - 1, 0))
        return last if distance <= max_sentences else None

    def cued_quote(self, cue: Cue) -> QuoteSpan | None:
        """The quote whose reporting cue is this speech act (فأشاد بـ«الدور المحوري»: the quotes
        module has found its speaker)."""
        first = self.doc.tokens[cue.cue_first].start
        return next((q for q in self.quotes if first <= q.cue_start < cue.end and q.speaker), None)

    def continued_quote(self, cue: Cue) -> QuoteSpan | None:
        """The quote a subjectless speech act continues: the last one before it in its sentence
        (..., مشيداً بـ), or, for a cue opening its sentence (وشكر), in the two sentences before."""
        sentence_id = self.doc.sentence_id(cue.start)
        first_token = self.sentence_bounds(cue)[0]
        last = self._last_quote_ending_by(cue.start)
        if last is None:
            return None
        distance = sentence_id - self.doc.sentence_id(max(last[1] - 1, 0))
        if distance == 0 or (cue.first - first_token <= 1 and distance <= 2):
            return last
        return None


def _author_aside(ctx: _Context, quote: QuoteSpan, offset: int) -> bool:
    """Whether the words at ``offset`` in an indirect quote stand in the author's gloss on it
    (علماً أن ...، في إشارة إلى ...، وذلك غداة ...: see the class author_aside_openers), out of
    quotation marks (:func:`_out_of_marks`): the outlet's words, not the speaker's.

    >>> from framing.sentiment.roles import evaluations
    >>> evaluations("وقال أردوغان إن بلاده طوت صفحة مؤلمة، وذلك غداة إحراق عناصر من تنظيم بي كا كا الإرهابي أسلحتهم.")[-1][:2]
    ('author', "Kurdistan Workers' Party")
    >>> evaluations("وقال أردوغان إن تنظيم بي كا كا الإرهابي سلّم أسلحته.")[-1][:2]
    ('Recep Tayyip Erdoğan', "Kurdistan Workers' Party")
    """
    first, last = bisect_left(ctx.starts, quote.start), bisect_left(ctx.starts, offset)
    for k in range(first, min(last, len(ctx.folded) - 1)):
        word, following = ctx.folded[k], ctx.folded[k + 1]
        if word not in AUTHOR_ASIDE_OPENERS:
            continue
        if (following in COMPLEMENTIZERS and word.endswith("علما")) or following in AUTHOR_ASIDE_TIMES \
                or (word == "اشاره" and k > first and ctx.folded[k - 1] == "في"):
            return _out_of_marks(ctx.doc.text, max(quote.start - 1, 0), ctx.doc.tokens[k].start, offset)
    return False


def _out_of_marks(text: str, start: int, opener: int, offset: int) -> bool:
    """Whether the words from ``opener`` to ``offset`` stand outside quotation marks: the marks from
    ``start`` to the opener are closed (an even number), and none stands after it.

    >>> t = 'إن بلاده "طوت صفحة مؤلمة"، وذلك غداة الاجتماع'
    >>> _out_of_marks(t, 0, t.index("وذلك"), len(t)), _out_of_marks(t, 0, t.index("صفحة"), len(t))
    (True, False)
    """
    marks = sum(c in QUOTE_MARKS for c in text[start:opener])
    return marks % 2 == 0 and not any(c in QUOTE_MARKS for c in text[opener:offset])


def _break_between(doc: Document, i: int, j: int) -> bool:
    gap = doc.text[doc.tokens[i].end : doc.tokens[j].start]
    return not CLAUSE_BREAKS.isdisjoint(gap)


def _steps_after(ctx: _Context, last: int, bounds: tuple[int, int], limit: int):
    """Token indices after ``last`` in the same clause and bounds, at most ``limit`` of them."""
    j = last + 1
    while j <= bounds[1] and j < len(ctx.doc.tokens) and j - last <= limit and not _break_between(ctx.doc, j - 1, j):
        yield j
        j += 1


def _mention_after(ctx: _Context, j: int) -> int | None:
    """The mention that starts at token ``j``."""
    mi = ctx.at_token.get(j)
    return mi if mi is not None and ctx.mentions[mi]["first_token"] == j else None


MAX_TITLE = 3  # words of a title before a name the actors module leaves outside the mention


def _named_after_title(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The mention that starts at token ``j``, or the person named after a title that starts there
    (أبداها الرئيس بوتين، أبداها رئيسا الوزراء مودي وشريف: the title, in the singular or the dual,
    and the words of its office stand before the name, which alone is the mention).

    >>> [_title_head(fold(w)) for w in ("رئيسا", "الرئيس", "القمة")]
    [True, True, False]
    """
    mi = _mention_after(ctx, j)
    if mi is not None or not _title_head(ctx.folded[j]):
        return mi
    return _person_after_title(ctx, j, bounds)


def _person_after_title(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The first mention within a title's length after token ``j``, if it is a person's and starts
    on its word (the title and the words of its office stand before the name)."""
    for k in _steps_after(ctx, j, bounds, MAX_TITLE):
        mi = ctx.at_token.get(k)
        if mi is not None:
            person = ctx.mentions[mi]
            return mi if person["first_token"] == k and person.get("actor_type") == "person" else None
    return None


def _title_head(word: str) -> bool:
    """Whether a folded word opens a title (roles.tsv), as written or in the dual (رئيسا، وزيرا)."""
    heads = role_heads()
    return word in heads or (word.endswith("ا") and word[:-1] in heads)


def _with_coordinated(ctx: _Context, mi: int, bounds: tuple[int, int]) -> list[int]:
    """A mention and the actors coordinated with it by و right after it (أوروبا وتحالف الراغبين),
    or, for an adjective of a state, the adjectives stacked after it (العدوان الأمريكي السعودي)."""
    out = [mi]
    while True:
        last = ctx.mentions[out[-1]]["last_token"]
        nxt = last + 1
        if nxt > bounds[1] or nxt >= len(ctx.doc.tokens) or _break_between(ctx.doc, last, nxt):
            break
        following = _mention_after(ctx, nxt)
        stacked = following is not None and ctx.mentions[following].get("form") == "demonym" \
            and ctx.mentions[out[-1]].get("form") == "demonym"  # العدوان الأمريكي السعودي
        if following is None:
            following = _titled_conjunct(ctx, out[-1], nxt, bounds)
            if following is None:
                following = _first_name_conjunct(ctx, out[-1], nxt, bounds)
            if following is None:
                following = _side_conjunct(ctx, nxt, bounds)
            stacked = following is not None
        if following is None and _adjective_before_conjunct(ctx, out[-1], nxt, bounds):
            nxt += 1  # دولة قطر الشقيقة والولايات المتحدة: past the first conjunct's adjective
            following = _mention_after(ctx, nxt)
        if following is None or not (ctx.folded[nxt].startswith("و") or stacked):
            break
        out.append(following)
    return out


def _adjective_before_conjunct(ctx: _Context, mi: int, j: int, bounds: tuple[int, int]) -> bool:
    """Whether token ``j``, right after the name of mention ``mi``, is a definite adjective of it
    (الشقيقة، الصديقة) followed by an actor joined by و, so the coordination goes on past it.

    >>> from framing.sentiment.roles import evaluations
    >>> sorted({t for _, t, _, c in evaluations("وأعربت عن تقديرها للجهود التي بذلتها قطر الشقيقة والولايات المتحدة.")})
    ['Qatar', 'United States']
    """
    k = j + 1
    return (ctx.mentions[mi].get("form") == "name" and j not in ctx.at_token and ctx.folded[j].startswith("ال")
            and k <= bounds[1] and k < len(ctx.folded) and ctx.folded[k].startswith("و")
            and _mention_after(ctx, k) is not None and not _break_between(ctx.doc, j - 1, k))


def _titled_conjunct(ctx: _Context, mi: int, j: int, bounds: tuple[int, int]) -> int | None:
    """The person named after و and a title at token ``j``, after the person of mention ``mi``
    (أمير قطر والرئيس السيسي: the title after و stands outside the second mention).

    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, c in evaluations("موجهاً الشكر إلى أمير قطر والرئيس السيسي على جهودهما.") if c == "الشكر")
    ['Abdel Fattah el-Sisi', 'Tamim bin Hamad Al Thani']
    """
    word = ctx.folded[j]
    if ctx.mentions[mi].get("actor_type") != "person" or word[:1] != "و" or not _title_head(word[1:]):
        return None
    return _person_after_title(ctx, j, bounds)


def _side_conjunct(ctx: _Context, j: int, bounds: tuple[int, int]) -> int | None:
    """The state whose demonym follows a side noun joined by و at token ``j`` (والجانب الإماراتي،
    والوفد الإيراني): the side noun stands outside the demonym's mention, and the list goes on
    through it.

    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, c in evaluations('وأشاد بـ"كفاءة المفاوض المصري والجانب الإماراتي".') if c == "أشاد")
    ['Egypt', 'United Arab Emirates']
    """
    k = j + 1
    word = ctx.folded[j]
    if word[:1] != "و" or word[1:] not in SIDE_NOUNS or j in ctx.at_token or k > bounds[1] or k >= len(ctx.folded) \
            or _break_between(ctx.doc, j, k):
        return None
    following = _mention_after(ctx, k)
    return following if following is not None and ctx.mentions[following].get("form") == "demonym" else None


def _first_name_conjunct(ctx: _Context, mi: int, j: int, bounds: tuple[int, int]) -> int | None:
    """The person whose first name, joined by و at token ``j`` right after the person of mention
    ``mi``, the actors module left outside his mention (حازم عمر وفريد زهران وعبد السند يمامة, where
    only زهران and السند يمامة are the mentions): a list of persons goes on through it.

    >>> from framing.sentiment.roles import evaluations
    >>> sorted(t for _, t, _, c in evaluations("وأشاد بالمرشحين ماكرون وعبد زيلينسكي.") if c == "أشاد")
    ['Emmanuel Macron', 'Volodymyr Zelenskyy']
    """
    k = j + 1
    if ctx.mentions[mi].get("actor_type") != "person" or ctx.folded[j][:1] != "و" or j in ctx.at_token \
            or k > bounds[1] or k >= len(ctx.folded) or _break_between(ctx.doc, j, k):
        return None
    following = _mention_after(ctx, k)
    return following if following is not None and ctx.mentions[following].get("actor_type") == "person" else None


def _with_coordinated_before(ctx: _Context, mi: int, bounds: tuple[int, int]) -> list[int]:
    """A subject and the actors coordinated with it before it (ماكرون وزيلينسكي)."""
    out = [mi]
    k = ctx.mentions[mi]["first_token"]
    while ctx.folded[k].startswith("و") and k - 1 >= bounds[0] and not _break_between(ctx.doc, k - 1, k):
        previous = ctx.at_token.get(k - 1)
        if previous is None or ctx.mentions[previous]["governed"]:
            break
        out.append(previous)
        k = ctx.mentions[previous]["first_token"]
    return out


def _clause_start(ctx: _Context, j: int) -> int:
    """The first token of the clause that holds token ``j``."""
    while j > 0 and not _break_between(ctx.doc, j - 1, j):
        j -= 1
    return j
