"""Graded reflection: :data:`reflection` and :func:`reflection_score`, resisting stuffing.

Also the content measures every graded reward shares (content units, the signature of what
follows a phrase, reasoning characters and the stuffing factor).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from rewardkit._validate import expecting, number
from rewardkit.errors import ConfigError
from rewardkit.keywords import REFLECTION_KEYWORDS
from rewardkit.reflect.matching import (
    _SENTENCE_END,
    _SIGNATURE_UNITS,
    _UNIT,
    _WORD,
    STUFFED_CAP,
    Keywords,
    Patterns,
    _as_tuple,
    _Hit,
    _Matcher,
    _matcher,
    _resolve_keywords,
    _resolve_patterns,
    compiled,
    user_pattern,
)
from rewardkit.reflect.regions import Where, _check_number, _check_where, select_region
from rewardkit.reward import Batch, Reward, Sample
from rewardkit.text import lower, normalize

__all__ = ["STUFFED_CAP", "Reflection", "reflection", "reflection_score"]


class _Event(NamedTuple):
    start: int
    end: int
    key: str  # canonical text of the event's first phrase
    weight: float


def _events(low: str, hits: Sequence[_Hit], matcher: _Matcher, min_following: int) -> list[_Event]:
    """Merge hits into events: hits separated by fewer than ``min_following`` units join."""
    events: list[_Event] = []
    start = end = -1
    key = ""
    weight = 0.0
    for hit in hits:
        if start >= 0 and (hit.start <= end or not _has_units(low, end, hit.start, min_following)):
            end = max(end, hit.end)
            weight = max(weight, matcher.weights[hit.phrase])
            continue
        if start >= 0:
            events.append(_Event(start, end, key, weight))
        start, end, key, weight = (
            hit.start,
            hit.end,
            matcher.keys[hit.phrase],
            matcher.weights[hit.phrase],
        )
    if start >= 0:
        events.append(_Event(start, end, key, weight))
    return events


#: :data:`_UNIT` on a lowercased ASCII text, where it means exactly this (no CJK, no marks,
#: no ``×``/``÷``; ``\w`` is ``[a-z0-9_]``): a plain class the engine scans several times faster.
_UNIT_ASCII = r"[a-z0-9]+|[=+*/^<>]"


def _unit_pattern(low: str) -> re.Pattern[str]:
    """The content-unit pattern for ``low`` (``str.isascii`` is a flag test: free)."""
    return compiled(_UNIT_ASCII if low.isascii() else _UNIT)


#: :data:`_UNIT_ASCII` (and :data:`_UNIT`) as a whole unit: a run of letters and digits that
#: the next character does not continue, so no match is a piece of a longer unit. The
#: alternatives are disjoint: a text can be cut into units one way only, so a range with too
#: few units fails in one pass (two alternatives for the same word made that exponential in
#: ``count``).
_WHOLE_UNIT_ASCII = r"(?:[a-z0-9]+(?![a-z0-9])|[=+*/^<>])"
_NOT_UNIT_ASCII = r"[^a-z0-9=+*/^<>]"
_WHOLE_UNIT = (
    rf"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|{_WORD}+(?!{_WORD})"
    r"|[=+*/^<>\u00d7\u00f7])"
)
#: A character no unit of :data:`_UNIT` begins with.
_NOT_UNIT = (
    rf"(?:(?!{_WORD}|[a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff=+*/^<>\u00d7\u00f7])[\s\S])"
)


@lru_cache(maxsize=32)
def _units_pattern(count: int, ascii_only: bool) -> re.Pattern[str]:
    """``count`` units, each after the characters before it that begin none (one match)."""
    if ascii_only:
        return re.compile(f"(?:{_NOT_UNIT_ASCII}*{_WHOLE_UNIT_ASCII}){{{count}}}")
    return re.compile(f"(?:{_NOT_UNIT}*{_WHOLE_UNIT}){{{count}}}")


def _has_units(low: str, start: int, end: int, count: int) -> bool:
    """Whether ``low[start:end]`` holds at least ``count`` content units.

    One match of a pattern of ``count`` whole units, each after the characters that begin
    none: every unit is whole, so the only way to match is the units :func:`_unit_pattern` finds,
    in order, and the match fails exactly when fewer than ``count`` are in the range.
    """
    if count <= 0:
        return True
    return _units_pattern(count, low.isascii()).match(low, start, end) is not None


#: A mathematical statement: a digit or a closing bracket next to an arithmetic sign or a
#: relation and an operand, an equation or inequality between two terms, or a LaTeX command.
_MATH = (
    r"[0-9)\]}]\s*(?:[+*/^=<>\u00d7\u00f7\u2264\u2265\u2260]|\\(?:times|cdot|div)\b)\s*-?[\w(\\]"
    r"|[\w)\]}]\s*(?:[=<>\u2264\u2265\u2260]|\\(?:le|ge|leq|geq|neq|approx)\b)\s*-?[\w(\\]"
    r"|\\(?:frac|dfrac|sqrt|cdot|times|pi|sum|prod|int|binom|angle|log|sin|cos|tan|equiv)\b"
)
#: Words of two or more letters (any script but CJK, which :data:`_CJK` counts per character).
_WORD_ASCII = r"[a-z]{2,}"
_WORD_ANY = r"[^\W\d_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}"
_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
#: Distinct words (or CJK characters) a sentence without mathematics needs to be reasoning.
_MIN_WORDS = 3
#: Grammatical words of English; a sentence of words needs one (word salad and lorem ipsum
#: have none). Sentences in other scripts need only the distinct words.
_GRAMMAR = frozenset(
    [
        "an",
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "so",
        "then",
        "thus",
        "hence",
        "if",
        "since",
        "because",
        "but",
        "and",
        "or",
        "not",
        "no",
        "we",
        "us",
        "our",
        "me",
        "my",
        "you",
        "to",
        "of",
        "on",
        "for",
        "with",
        "by",
        "as",
        "at",
        "from",
        "which",
        "what",
        "how",
        "why",
        "there",
        "here",
        "can",
        "cannot",
        "should",
        "must",
        "would",
        "could",
        "does",
        "did",
        "has",
        "have",
        "had",
        "than",
        "when",
        "where",
        "let",
        "all",
        "each",
    ]
)
#: Characters of follow-up text read to decide whether it is reasoning.
_FOLLOW_READ = 300


def _is_reasoning(piece: str) -> bool:
    r"""Whether ``piece`` (lowercased) reads as reasoning rather than filler.

    Rule: it holds at least 3 distinct words of two or more letters, among them a grammatical
    English word (:data:`_GRAMMAR`) and a word that is not one (``"the problem asks"``); or,
    outside ASCII, 3 distinct words of another script or 3 distinct CJK characters; or a
    mathematical statement (:data:`_MATH`: ``"391 / 17 = 23"``, ``"x = -2"``,
    ``"\\frac{1}{2}"``). Numbers alone (``"1 2 3"``), one- or two-word sentences, grammatical
    words alone (``"it is so"``) and word salad without grammar (lorem ipsum) are not reasoning.
    """
    words_in, sign_in, statement_in = _reasoning_tests()
    if piece.isascii():
        # The words before the first space after 24 characters first, then the rest only if
        # those do not suffice (the rule only grows with more words, and a space ends a word,
        # so the answer is that of the whole sentence): long sentences cost a few words.
        cut = piece.find(" ", _FIRST_WORDS)
        if cut < 0:
            words = set(words_in(piece))
        else:
            words = set(words_in(piece, 0, cut))
            if len(words) >= _MIN_WORDS and _grammatical(words):
                return True
            words.update(words_in(piece, cut))
        if len(words) >= _MIN_WORDS and _grammatical(words):
            return True
    else:
        words = set(compiled(_WORD_ANY).findall(piece))
        if len(words) >= _MIN_WORDS and (
            _grammatical(words) or not all(word.isascii() for word in words)
        ):
            return True
        if len(set(compiled(_CJK).findall(piece))) >= _MIN_WORDS:
            return True
    if "\\" not in piece and sign_in(piece) is None:
        return False  # cheap: no sign, no LaTeX, no statement
    return statement_in(piece) is not None


_Search = Callable[[str], re.Match[str] | None]


@lru_cache(maxsize=1)
def _reasoning_tests() -> tuple[Callable[..., list[str]], _Search, _Search]:
    """The patterns of :func:`_is_reasoning`, compiled on first use.

    ASCII words, a sign that a statement needs, a statement: fetched once per sentence.
    """
    return (
        re.compile(_WORD_ASCII).findall,
        re.compile(_MATH_SIGN).search,
        re.compile(_MATH).search,
    )


#: A sign a mathematical statement needs (any of them, or a backslash, must be in a piece).
_MATH_SIGN = "[=<>+*/^\u00d7\u00f7\u2264\u2265\u2260]"


def _reasoning_follows(low: str, start: int, end: int) -> bool:
    """Whether a sentence of reasoning (:func:`_is_reasoning`) follows within ``_FOLLOW_READ``.

    A short window is read first (most real follow-ups pass there); the full one only if not.
    """
    end = min(end, start + _FOLLOW_READ)
    short = start + _FOLLOW_READ // 4
    judged = 0
    if short < end:
        pieces = _sentences(low[start:short])
        if any(map(_is_reasoning, pieces)):
            return True
        # All but the last piece of a prefix are pieces of the whole (a ". " inside the prefix
        # parts both alike): judged already.
        judged = len(pieces) - 1
    return any(map(_is_reasoning, _sentences(low[start:end])[judged:]))


#: Characters of a sentence whose words are read first (up to the next space).
_FIRST_WORDS = 24


def _grammatical(words: set[str]) -> bool:
    """Whether ``words`` hold a grammatical English word and a word that is not one."""
    return not words.isdisjoint(_GRAMMAR) and not words <= _GRAMMAR


def _follow_signature(low: str, start: int, end: int) -> tuple[str | None, ...]:
    """What follows a phrase, numbers as ``0``: up to 6 content units within the range.

    It stops at the end of the next sentence, but only once 3 units are read:
    two reflections that both begin "... that." stay apart. Numbers read as ``0``, so
    near-identical follow-ups (``"x = 1"``, ``"x = 2"``) share a signature.

    The result identifies the units of :func:`_follow_signature_units` (two follow-ups in one
    text get equal results exactly when they have equal units): in an ASCII text, the groups
    of one match of :func:`_signature_pattern` (per unit, the unit if it is not a number, or
    ``""`` in the second group if it is); in any other text, the units themselves.
    """
    if not low.isascii():
        return _follow_signature_units(low, start, end)
    match = _signature_pattern().match(low, start, end)
    return () if match is None else match.groups()


#: One unit of an ASCII text that no letter or digit continues, captured in the first group
#: unless it is a number (then an empty second group).
_CAPTURED_UNIT_ASCII = r"(?:([a-z0-9]*[a-z][a-z0-9]*(?![a-z0-9])|[=+*/^<>])|[0-9]+(?![a-z0-9])())"
#: Between two units of an ASCII text, characters that end no sentence (:data:`_SENTENCE_END`
#: finds none in them): no line break, and a run of ``.``/``!``/``?`` only before a character
#: that is neither whitespace nor the start of a unit.
_SAME_SENTENCE_ASCII = (
    r"[^a-z0-9=+*/^<>.!?\n]*(?:[.!?]+(?=[^a-z0-9=+*/^<>\s.!?])[^a-z0-9=+*/^<>.!?\n]*)*"
)


@lru_cache(maxsize=1)
def _signature_pattern() -> re.Pattern[str]:
    """The signature of an ASCII follow-up as one match (the rule of the loop, whole units).

    Up to 3 units whatever parts them, then up to 3 more while no sentence ends between them.
    Each unit is optional in turn: the match takes every unit it can and never backtracks
    into an earlier one (what follows it always matches).
    """
    first = f"(?:{_NOT_UNIT_ASCII}*{_CAPTURED_UNIT_ASCII})?" * _MIN_WORDS
    more = f"(?:{_SAME_SENTENCE_ASCII}{_CAPTURED_UNIT_ASCII})?" * (_SIGNATURE_UNITS - _MIN_WORDS)
    return re.compile(first + more)


def _follow_signature_units(low: str, start: int, end: int) -> tuple[str, ...]:
    """The units of :func:`_follow_signature`, one by one (the rule as written; any text)."""
    units: list[str] = []
    previous = start
    sentence_end = compiled(_SENTENCE_END).search
    for match in _unit_pattern(low).finditer(low, start, end):
        at = match.start()
        if (
            len(units) >= _MIN_WORDS
            and at > previous
            and low[previous:at] != " "  # nothing or one space between units ends no sentence
            and sentence_end(low, previous, at)
        ):
            break
        unit = match.group()
        units.append("0" if unit.isdigit() else unit)
        if len(units) >= _SIGNATURE_UNITS:
            break
        previous = match.end()
    return tuple(units)


def _reasoned_chars(
    low: str, spans: Sequence[tuple[int, int]], distinct_limit: float, all_limit: float
) -> tuple[int, int]:
    """Non-whitespace characters of the reasoning sentences outside ``spans``: (distinct, all).

    Sentences are cut as :func:`_sentences` cuts them (phrases replaced by line breaks); a
    sentence counts only if :func:`_is_reasoning` says so. The first number counts each
    distinct sentence once, the second every occurrence.
    Sentences are read in order until both limits are reached (both numbers only grow, so
    the first sentences that reach them decide). They are cut lazily from a prefix of the
    text (512 characters, then 4x larger): the prepared text of a prefix is a prefix of the
    prepared text of the whole, so a sentence whose end is inside the prefix is a sentence
    of the whole, and a text whose first sentences suffice costs only those.
    """
    distinct = every = 0
    verdicts: dict[str, int] = {}
    read = _FIRST_READ
    done = 0  # sentences read
    while True:
        whole = read >= len(low)
        if whole:
            pieces = _prepared(low, spans).split(". ")
        else:  # the last piece of a prefix may go on past it
            text = _prepared(low[:read], [(a, min(b, read)) for a, b in spans if a < read])
            pieces = text.split(". ")[:-1]
        for piece in map(str.strip, pieces[done:]):
            chars = verdicts.get(piece)
            if chars is None:
                chars = _content_chars(piece) if _is_reasoning(piece) else 0
                verdicts[piece] = chars
                distinct += chars
            every += chars
            if distinct >= distinct_limit and every >= all_limit:
                return distinct, every
        if whole:
            return distinct, every
        done = len(pieces)
        read *= 4


def _prepared(low: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text :func:`_sentences` splits at ``". "``: spans and line breaks made separators."""
    return _without(low, spans).replace("\u3002", ". ").replace("\n", ". ")


def _content_chars(text: str) -> int:
    """Characters that are not whitespace (cheap: a few ``str.count`` calls)."""
    if text.isascii():
        if text.isprintable():  # no control character: the space is the only whitespace
            return len(text) - text.count(" ")
        return len(text) - sum(map(text.count, _ASCII_SPACES))
    return len(text) - sum(map(text.count, _SPACES))


_SPACES = " \n\t\r\f\v\u00a0\u3000"
_ASCII_SPACES = " \n\t\r\f\v"
#: Characters of text read at first when a bound on the content suffices (grows 4x up to all).
_FIRST_READ = 512


def _sentences(text: str) -> list[str]:
    """Sentences cut at every ``". "``, ``"。"`` and line break, whitespace stripped."""
    return list(map(str.strip, text.replace("\u3002", ". ").replace("\n", ". ").split(". ")))


def _without(low: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with the spans replaced by line breaks (sentences never run across a phrase)."""
    if not spans:
        return low
    parts = []
    position = 0
    for start, end in spans:
        parts.append(low[position:start])
        position = end
    parts.append(low[position:])
    return "\n".join(parts)


def _stuffing_factor(
    low: str, spans: Sequence[tuple[int, int]], min_reasoning: int, max_density: float
) -> tuple[float, bool]:
    """(scale for the amount of reasoning, whether the density cap applies).

    ``spans`` (sorted, disjoint) are the phrases. The reasoning is the non-whitespace
    characters of the distinct reasoning sentences outside them (:func:`_reasoned_chars`);
    the density is the share of the phrases' characters among the phrases plus every
    reasoning sentence outside them, so filler that is not reasoning cannot dilute phrases
    below the cap. Shared by :class:`Reflection` and ``CognitiveBehaviors``.
    """
    phrase_chars = _content_chars("".join([low[start:end] for start, end in spans]))
    needed = 0.0
    if max_density < 1:
        needed = phrase_chars * (1 / max_density - 1) if max_density > 0 else math.inf
    distinct, every = _reasoned_chars(low, spans, min_reasoning, needed)
    scale = min(1.0, distinct / min_reasoning) if min_reasoning > 0 else 1.0
    return scale, phrase_chars > 0 and every < needed


#: ``max_density`` at most 1, once it is a number >= 0 (:mod:`rewardkit._validate`).
_DENSITY_CHECK = expecting(number(at_least=0.0, at_most=1.0))


def _check_stuffing_options(
    where: object, min_following: object, min_reasoning: object, max_density: object
) -> None:
    """Validate the region and anti-stuffing options shared by both graded rewards.

    ``reflection`` and ``cognitive_behaviors`` take the same four: one set of checks and
    messages for both.

    Raises:
        ConfigError: naming the option, what was expected and what was received.
    """
    _check_where(where)
    _check_number("min_following", min_following, low=0, integer=True)
    _check_number("min_reasoning", min_reasoning, low=0, integer=True)
    _check_number("max_density", max_density, low=0)
    _DENSITY_CHECK(max_density, "max_density")


@dataclass(frozen=True, slots=True, kw_only=True)
class Reflection:
    """Scorer of :data:`reflection`: graded self-reflection in [0, 1], resisting keyword stuffing.

    Rule, on the region chosen by ``where``, lowercased:

    1. *Hits*: every occurrence of a keyword phrase (matched as :func:`keyword_pattern` says)
       or of a regex pattern (case-insensitive).
    2. *Events*: hits that overlap, or are separated by fewer than ``min_following`` content
       units (runs of letters/digits, single CJK characters, arithmetic signs), merge into one
       event ("Wait, let me double-check" is one event). An event's key is its first phrase;
       its weight the largest weight of its phrases.
    3. *Real content, and reasoning*: an event counts only if at least ``min_following``
       content units follow it before the next event or the end of the region, and a sentence
       of that follow-up (first 300 characters) is reasoning (:func:`_is_reasoning`: a
       mathematical statement, or 3 distinct words with an English grammatical word and
       another word; numbers alone and word salad are not).
    4. *Repeats count once*: in ``mode="count"`` (default) an event is identified by the first
       6 content units after it (to the end of the sentence once 3 are read), numbers read as
       ``0``, so a reflection repeated, the same follow-up after another phrase and
       near-identical follow-ups (``x = 1``, ``x = 2``) count once; in ``mode="presence"``
       each key counts once however often it occurs.
    5. *Saturation*: ``events = min(sum of the weights of distinct counted events,
       saturation) / saturation``.
    6. *Reasoning around it*: the score is ``events * min(1, reasoning / min_reasoning)`` where
       ``reasoning`` is the number of non-whitespace characters of the sentences outside events
       that are reasoning, each distinct sentence counted once.
    7. *Density cap*: when events make up more than ``max_density`` of the non-whitespace
       characters of events plus reasoning sentences, the score is at most 0.1 (filler that is
       not reasoning does not dilute).

    So a completion made mostly of reflection phrases, or with little reasoning, scores at most
    0.1; a phrase with nothing after it scores nothing.

    Attributes:
        keywords: phrases (``"phrase"`` or ``("phrase", weight)``) or a built-in set name
            (``"recipe"``, ``"english"``, ``"chinese"``, ``"all"``). Default:
            :data:`rewardkit.keywords.REFLECTION_KEYWORDS` (English and Chinese).
        patterns: regular expressions (``"regex"`` or ``("regex", weight)``), matched
            case-insensitively on the lowercased text. Default: none.
        mode: ``"count"`` (distinct events) or ``"presence"`` (distinct phrases).
        saturation: distinct events (total weight) for full score; default 3.
        where: one of :data:`WHERE`; default ``"all"``.
        min_following: content units that must follow an event; default 3 (0 disables).
        min_reasoning: non-whitespace characters of reasoning for full score; default 200.
        max_density: largest share of non-whitespace characters events may cover before the
            0.1 cap; default 0.25.

    Examples:
        >>> genuine = (
        ...     "We need the smallest n with n^2 > 200. Since 14^2 = 196 and 15^2 = 225, n = 15. "
        ...     "Wait, the problem asks for n^3 > 200, not n^2. Cubes: 5^3 = 125 and 6^3 = 216, "
        ...     "so n = 6. Let me double-check: 216 > 200 and 125 < 200, so 6 is the smallest. "
        ...     "Let me verify that no smaller cube works: 4^3 = 64 and 3^3 = 27. The answer is 6.")
        >>> stuffed = "The answer is 6. " + "But wait, let me double-check. Aha! Let's try. " * 3
        >>> reflection([genuine, stuffed])  # the recipe's aha gives both 1.0
        [1.0, 0.0]
        >>> round(reflection.configure(saturation=6).score(genuine), 3)
        0.5
    """

    keywords: Keywords = REFLECTION_KEYWORDS
    patterns: Patterns = ()
    mode: Literal["count", "presence"] = "count"
    saturation: float = 3.0
    where: Where = "all"
    min_following: int = 3
    min_reasoning: int = 200
    max_density: float = 0.25
    _entries: tuple[tuple[str, float], ...] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _pattern_entries: tuple[tuple[str, float], ...] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _compiled: _Matcher | None = field(
        init=False, default=None, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        """Validate the options (user patterns are compiled now, phrases on first use).

        Raises:
            ConfigError: naming the option, what was expected and what was received.
        """
        object.__setattr__(self, "keywords", _as_tuple(self.keywords))
        object.__setattr__(self, "patterns", _as_tuple(self.patterns))
        entries = _resolve_keywords(self.keywords)
        pattern_entries = _resolve_patterns(self.patterns)
        if not entries and not pattern_entries:
            msg = "keywords, patterns: expected at least one phrase or pattern; got none"
            raise ConfigError(msg)
        if self.mode not in ("count", "presence"):
            msg = f"mode: expected 'count' or 'presence'; got {self.mode!r}"
            raise ConfigError(msg)
        _check_number("saturation", self.saturation, low=0)
        if self.saturation <= 0:
            msg = f"saturation: expected a number > 0; got {self.saturation!r}"
            raise ConfigError(msg)
        _check_stuffing_options(
            self.where, self.min_following, self.min_reasoning, self.max_density
        )
        for source, _ in pattern_entries:
            user_pattern(source)  # raises ConfigError now rather than on first use
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_pattern_entries", pattern_entries)

    @property
    def matcher(self) -> _Matcher:
        """The compiled phrases and patterns, built on first use (shared by equal configs)."""
        found = self._compiled
        if found is None:
            found = _matcher(self._entries, self._pattern_entries)
            object.__setattr__(self, "_compiled", found)
        return found

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def score_text(self, text: str) -> float:
        """Score one text (see the class docstring for the rule)."""
        low = lower(select_region(normalize(text), self.where))
        return self._score(low, self.matcher.hits(low))

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self.score_text(sample.text)

    def batch(self, batch: Batch, /) -> list[float]:
        """Score a batch (see :meth:`_Matcher.hits_many`); equal to the per-item path."""
        lows = [lower(select_region(normalize(text), self.where)) for text in batch.texts]
        return [
            self._score(low, hits)
            for low, hits in zip(lows, self.matcher.hits_many(lows), strict=True)
        ]

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score of :meth:`__call__` and why (keys: docs/reflection.md, "Explanations").

        Keys: ``region`` (what was read), ``counted`` (events that counted: ``phrase``,
        ``start``, ``end``, ``weight``; positions in the region, lowercased), ``discounted``
        (the others, with ``why``: ``no content after it``, ``no reasoning after it`` or
        ``repeated``), ``saturation``,
        ``reasoning_scale`` (below ``min_reasoning`` characters) and ``stuffed`` (phrases over
        ``max_density``: capped at ``STUFFED_CAP``).
        """
        low = lower(select_region(normalize(sample.text), self.where))
        trace: dict[str, object] = {"region": self.where, "region_chars": len(low)}
        return self._score(low, self.matcher.hits(low), trace), trace

    def trainer_logs(
        self, batch: Batch, gold: tuple[str, ...], name: str
    ) -> tuple[dict[str, list[str]], dict[str, float]]:
        """A batch metric for the trainer: ``stuffed``, the share capped as stuffing."""
        del gold, name  # reads no gold; the Reward names the metric
        stuffed = [self.explain(sample)[1].get("stuffed") is True for sample in batch.samples()]
        return {}, {"stuffed": sum(stuffed) / len(stuffed) if stuffed else 0.0}

    def _score(
        self, low: str, hits: Sequence[_Hit], trace: dict[str, object] | None = None
    ) -> float:
        if not hits:
            return 0.0
        events = _events(low, hits, self.matcher, self.min_following)
        counted: dict[object, float] = {}
        kept: list[dict[str, object]] = []
        dropped: list[dict[str, object]] = []
        last = len(events) - 1
        for i, event in enumerate(events):
            following_end = events[i + 1].start if i < last else len(low)
            # Events stay apart only where min_following units part them (_events): only the
            # last one may lack the content after it.
            if i == last and not _has_units(low, event.end, len(low), self.min_following):
                if trace is not None:
                    dropped.append(_event_record(low, event, "no content after it"))
                continue
            if self.min_following and not _reasoning_follows(low, event.end, following_end):
                if trace is not None:
                    dropped.append(_event_record(low, event, "no reasoning after it"))
                continue
            identity: object = event.key
            if self.mode == "count":
                identity = _follow_signature(low, event.end, following_end)
            if trace is not None:
                record = _event_record(low, event, "repeated" if identity in counted else "")
                (dropped if identity in counted else kept).append(record)
            counted[identity] = max(counted.get(identity, 0.0), event.weight)
        if trace is not None:
            trace.update(counted=kept, discounted=dropped, saturation=self.saturation)
        if not counted:
            return 0.0
        score = min(sum(counted.values()), self.saturation) / self.saturation
        spans = [(event.start, event.end) for event in events]
        scale, stuffed = _stuffing_factor(low, spans, self.min_reasoning, self.max_density)
        if trace is not None:
            trace.update(reasoning_scale=scale, stuffed=stuffed)
        score *= scale
        return min(score, STUFFED_CAP) if stuffed else score


def _event_record(low: str, event: _Event, why: str) -> dict[str, object]:
    record: dict[str, object] = {
        "phrase": low[event.start : event.end][:60],
        "start": event.start,
        "end": event.end,
        "weight": event.weight,
    }
    if why:
        record["why"] = why
    return record


_REFLECTION = Reflection()


def reflection_score(text: str) -> float:
    """Return the default :data:`reflection` score of ``text``, in [0, 1].

    See :class:`Reflection` for the rule: distinct reflection events (a phrase followed by at
    least 3 units of content, identical repeats once), saturating at 3, scaled down below 200
    characters of reasoning, and capped at 0.1 when phrases cover more than 25% of the text.

    Args:
        text: the completion text.

    Returns:
        A score in [0, 1]; 0.0 when no phrase counts; never raises.

    Examples:
        >>> reflection_score("Wait, wait, wait. Let me recheck. " * 20)
        0.0
        >>> text = " ".join(f"{i} + 2 = {i + 2}." for i in range(40))
        >>> text += " Wait, I made an error: x = -2, since the root is negative."
        >>> round(reflection_score(text), 3)
        0.333
    """
    return _REFLECTION.score_text(text)


#: Graded self-reflection in [0, 1] with anti-stuffing defaults (see :class:`Reflection`).
reflection = Reward(
    name="reflection",
    scorer=_REFLECTION,
    summary="distinct reflection events followed by content, saturating at 3; stuffing <= 0.1",
)
