r"""Self-reflection ("aha moment") and cognitive-behaviour rewards.

Four things, each a pure function first and a :class:`~rewardkit.reward.Reward` built on it:

- :data:`aha` / :func:`aha_score`: the common GRPO recipe's reflection reward, exactly: 1.0 when
  any of its eight phrases (:data:`rewardkit.keywords.RECIPE_KEYWORDS`) occurs, else 0.0, but
  matched correctly: case-insensitive, on word boundaries, any apostrophe or none, any whitespace
  inside a phrase.
- :data:`reflection` / :func:`reflection_score`: a graded reflection reward in [0, 1] that
  resists keyword stuffing (see :class:`Reflection` for the exact rule and options).
- :func:`behaviors`: counts of the four cognitive behaviours (verification, backtracking,
  subgoal setting, backward chaining), and :func:`cognitive_behaviors`, a reward factory with
  per-behaviour weights and saturation.
- :func:`profile`: how often each keyword and behaviour occurs over many texts.

Matching is done on the lowercased text (``str.lower`` once per text). Phrases sharing a first
word are compiled into one pattern that starts with that word, searched only when a plain
substring test finds the longest word of one of its phrases. On real completions this is faster
than the naive ``any(k in text.lower() for k in KEYWORDS)`` loop while being exact. The batch
paths share the compiled patterns; a batch of short texts is joined by ``"\x00"`` (which no
phrase pattern can cross) and each pattern searched once over it. They are tested equal to the
per-item paths.

Pure functions on text; no I/O; every function is linear in the length of its input.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from rewardkit.errors import ConfigError
from rewardkit.keywords import (
    BEHAVIOR_PATTERNS,
    BEHAVIORS,
    KEYWORD_SETS,
    RECIPE_KEYWORDS,
    REFLECTION_KEYWORDS,
)
from rewardkit.reward import Batch, Reward, Sample
from rewardkit.text import completion_text

__all__ = [
    "STUFFED_CAP",
    "WHERE",
    "Aha",
    "CognitiveBehaviors",
    "FeatureCount",
    "Profile",
    "Reflection",
    "aha",
    "aha_score",
    "behaviors",
    "cognitive_behaviors",
    "keyword_pattern",
    "profile",
    "reflection",
    "reflection_score",
    "select_region",
]

Where = Literal["all", "think", "before_answer", "after_answer"]
#: Where a reward looks: the whole text, inside ``<think>`` blocks, before or after the answer.
WHERE: tuple[str, ...] = ("all", "think", "before_answer", "after_answer")

Keywords = str | tuple[str | tuple[str, float], ...]
Patterns = tuple[str | tuple[str, float], ...]

# --- matching primitives ------------------------------------------------------------------

_APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4"
_APOSTROPHE = f"[{_APOSTROPHES}]?"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
_HYPHEN = rf"[{_HYPHENS}\s]?"
_SPECIAL_RUN = re.compile(rf"[\s{re.escape(_APOSTROPHES + _HYPHENS)}]+")
# Scripts without word boundaries (CJK ideographs, kana, CJK punctuation and full-width forms).
_CJK = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A letter or digit of a script with word boundaries, or a combining mark (part of a letter);
# not "_", which markdown uses for emphasis.
_WORD = rf"(?:[^\W_{_CJK}]|[\u0300-\u036f])"
_WORD_RE = re.compile(_WORD)
# A unit of content: a run of letters/digits, one CJK character, or an arithmetic sign.
_UNIT = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|{_WORD}+|[=+*/^<>\u00d7\u00f7]")
_SEPARATOR = "\x00"
#: Batches whose texts average fewer characters than this are searched joined.
_JOIN_BELOW = 700
# The end of a sentence: a full stop, question or exclamation mark before whitespace, a line
# break, or a CJK full stop.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[.!?]$|\n|[\u3002\uff01\uff1f]")
_THINK_OPEN, _THINK_CLOSE = "<think>", "</think>"
_ANSWER_MARKERS = ("<answer>", "\\boxed", "\\fbox")
#: Units of a reflection event's following content that identify it (for de-duplication).
_SIGNATURE_UNITS = 6
#: The most a stuffed completion (density above ``max_density``) can score.
STUFFED_CAP = 0.1


def _is_special(char: str) -> bool:
    return char.isspace() or char in _APOSTROPHES or char in _HYPHENS


def keyword_pattern(keyword: str) -> str:
    r"""Return the regular expression (over lowercased text) that a keyword phrase compiles to.

    Rules: the phrase is lowercased and its whitespace runs collapsed; a space matches any run of
    whitespace (``\s+``, line breaks included); an apostrophe (any of ``'’‘ʼ′`´``) matches any
    apostrophe or none; a hyphen or dash matches a hyphen, a dash, one whitespace character or
    nothing; other characters match themselves. A phrase whose first (last) character is a
    letter or digit of a script with word boundaries must not be preceded (followed) by one,
    so ``"aha"`` does not match in ``"ahab"``; CJK phrases match as substrings. The pattern
    starts with the phrase's leading literal run, so the regex engine scans for it quickly.

    Args:
        keyword: the phrase.

    Returns:
        The pattern source (compile it without flags and search the lowercased text).

    Raises:
        ConfigError: the phrase is empty or blank, or contains a NUL character.

    Examples:
        >>> import re
        >>> pattern = re.compile(keyword_pattern("Let's check"))
        >>> texts = ["LET’S\nCHECK it", "lets check", "let's checkers"]
        >>> [bool(pattern.search(text.lower())) for text in texts]
        [True, True, False]
    """
    prefix, lookbehind, rest = _keyword_parts(keyword)
    return re.escape(prefix) + lookbehind + rest


def _keyword_parts(keyword: str) -> tuple[str, str, str]:
    """(leading literal run, its word-boundary lookbehind, pattern of the rest)."""
    phrase = " ".join(keyword.lower().split()) if isinstance(keyword, str) else ""
    if not phrase or _SEPARATOR in phrase:
        msg = f"keywords: each keyword must be a non-empty phrase without NUL; got {keyword!r}"
        raise ConfigError(msg)
    prefix_end = 0
    while prefix_end < len(phrase) and not _is_special(phrase[prefix_end]):
        prefix_end += 1
    prefix = phrase[:prefix_end]
    lookbehind = ""
    if prefix and _WORD_RE.match(prefix[0]):
        lookbehind = f"(?<!{_WORD}{re.escape(prefix)})"
    parts: list[str] = []
    for char in phrase[prefix_end:]:
        if char.isspace():
            parts.append(r"\s+")
        elif char in _APOSTROPHES:
            parts.append(_APOSTROPHE)
        elif char in _HYPHENS:
            parts.append(_HYPHEN)
        else:
            parts.append(re.escape(char))
    if _WORD_RE.match(phrase[-1]):
        parts.append(f"(?!{_WORD})")
    return prefix, lookbehind, "".join(parts)


def _anchor(phrase: str) -> str:
    """The longest literal run of a phrase (the last of equals): in every text it matches."""
    runs = _SPECIAL_RUN.split(" ".join(phrase.lower().split()))
    return max(reversed(runs), key=len)


_HAS_CJK = re.compile(f"[{_CJK}]")


class _Hit(NamedTuple):
    start: int
    end: int
    phrase: int  # which phrase (or pattern) of the matcher


@dataclass(frozen=True, slots=True)
class _Group:
    """Phrases sharing a literal prefix: one pattern ``prefix(?:(rest1)|(rest2)|...)``."""

    gates: tuple[str, ...]  # search only if one occurs in the text
    cjk: bool  # search only if the text has a CJK character
    pattern: re.Pattern[str]
    indexes: tuple[int, ...]  # phrase index of each capture group

    def wanted(self, low: str, cjk: _CjkCheck) -> bool:
        """Whether the group may match in ``low`` (a cheap, sound test)."""
        if self.cjk and not cjk.has(low):
            return False
        return any(gate in low for gate in self.gates)

    def candidates(self, joined: str, starts: Sequence[int]) -> list[int]:
        """Indexes of the joined texts in which a gate occurs."""
        found: set[int] = set()
        for gate in self.gates:
            position = joined.find(gate)
            while position >= 0:
                i = bisect.bisect_right(starts, position) - 1
                found.add(i)
                if i + 1 >= len(starts):
                    break
                position = joined.find(gate, starts[i + 1])
        return sorted(found)


class _CjkCheck:
    """Whether a text has a CJK character, computed at most once per text."""

    __slots__ = ("_value",)

    def __init__(self) -> None:
        self._value: bool | None = None

    def has(self, low: str) -> bool:
        if self._value is None:
            self._value = _HAS_CJK.search(low) is not None
        return self._value


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Compiled keyword phrases and regex patterns."""

    keys: tuple[str, ...]  # canonical text of each phrase / pattern
    weights: tuple[float, ...]
    groups: tuple[_Group, ...]  # keyword phrases grouped by literal prefix
    patterns: tuple[tuple[int, re.Pattern[str]], ...]  # user regexes, searched one by one
    singles: tuple[tuple[str, re.Pattern[str]], ...]  # (anchor, pattern) of each phrase

    def any(self, low: str) -> bool:
        """Whether any phrase or pattern occurs in the lowercased text (the hot path of aha)."""
        has_cjk: bool | None = None
        for group in self.groups:
            if group.cjk:
                if has_cjk is None:
                    has_cjk = _HAS_CJK.search(low) is not None
                if not has_cjk:
                    continue
            for gate in group.gates:
                if gate in low:
                    if group.pattern.search(low) is not None:
                        return True
                    break
        if not self.patterns:
            return False
        return any(pattern.search(low) is not None for _, pattern in self.patterns)

    def any_many(self, lows: Sequence[str]) -> list[bool]:
        """:meth:`any` for each text: joined when they are short, one by one when long.

        Joining saves per-call overhead on short texts (as fast for ``any``, 2x faster for
        :meth:`hits_many` on 300-character GSM8K solutions) but costs a copy that a long text
        does not repay (6 KB completions: one by one is 1.2x faster); the crossover is near
        :data:`_JOIN_BELOW` characters on average.
        """
        if sum(map(len, lows)) < _JOIN_BELOW * len(lows):
            return self.any_batch(lows)
        return [self.any(low) for low in lows]

    def any_batch(self, lows: Sequence[str]) -> list[bool]:
        """:meth:`any` for each text, scanning the joined texts once per group."""
        return self.any_joined(_join(lows))

    def any_joined(self, texts: _Joined) -> list[bool]:
        """:meth:`any` for each of the joined lowercased texts."""
        joined, starts, lengths = texts
        found = [False] * len(starts)
        cjk = _CjkCheck()
        for group in self.groups:
            if not group.wanted(joined, cjk):
                continue
            search = group.pattern.search
            for i in group.candidates(joined, starts):  # the texts in which a gate occurs
                if not found[i] and search(joined, starts[i], starts[i] + lengths[i]):
                    found[i] = True
        if self.patterns:
            for i, start in enumerate(starts):
                if not found[i]:
                    low = joined[start : start + lengths[i]]
                    found[i] = any(pattern.search(low) is not None for _, pattern in self.patterns)
        return found

    def hits(self, low: str) -> list[_Hit]:
        """Every phrase and pattern occurrence in the lowercased text, sorted by position."""
        return self.hits_batch([low])[0]

    def hits_many(self, lows: Sequence[str]) -> list[list[_Hit]]:
        """:meth:`hits` for each text: joined when they are short (see :meth:`any_many`)."""
        if sum(map(len, lows)) < _JOIN_BELOW * len(lows):
            return self.hits_batch(lows)
        return [self.hits(low) for low in lows]

    def hits_batch(self, lows: Sequence[str]) -> list[list[_Hit]]:
        """:meth:`hits` for each text, scanning the joined texts once per group."""
        return self.hits_joined(_join(lows), lows)

    def hits_joined(self, texts: _Joined, lows: Sequence[str]) -> list[list[_Hit]]:
        """:meth:`hits` for each of the joined lowercased texts (``lows``: the same, apart)."""
        joined, starts, lengths = texts
        found: list[list[_Hit]] = [[] for _ in lows]
        cjk = _CjkCheck()
        single = len(lows) == 1
        for group in self.groups:
            if not group.wanted(joined, cjk):
                continue
            indexes = group.indexes
            for i in [0] if single else group.candidates(joined, starts):
                offset = starts[i]
                found[i].extend(
                    _Hit(m.start() - offset, m.end() - offset, indexes[(m.lastindex or 1) - 1])
                    for m in group.pattern.finditer(joined, offset, offset + lengths[i])
                )
        for i, low in enumerate(lows):
            for index, pattern in self.patterns:
                found[i].extend(
                    _Hit(m.start(), m.end(), index)
                    for m in pattern.finditer(low)
                    if m.end() > m.start()
                )
            found[i].sort()
        return found

    def count(self, low: str) -> list[int]:
        """Occurrences of each phrase and pattern, counted separately (overlaps included)."""
        counts = [
            sum(1 for _ in pattern.finditer(low)) if anchor in low else 0
            for anchor, pattern in self.singles
        ]
        counts.extend(
            sum(1 for m in pattern.finditer(low) if m.end() > m.start())
            for _, pattern in self.patterns
        )
        return counts


class _Joined(NamedTuple):
    """Texts joined by NUL (no phrase pattern can cross it), with where each starts."""

    text: str
    starts: list[int]
    lengths: list[int]


def _join(lows: Sequence[str]) -> _Joined:
    """Join lowercased texts."""
    lengths = [len(low) for low in lows]
    if len(lows) == 1:
        return _Joined(lows[0], [0], lengths)
    return _Joined(_SEPARATOR.join(lows), _offsets(lengths), lengths)


def _offsets(lengths: Sequence[int]) -> list[int]:
    starts: list[int] = []
    position = 0
    for length in lengths:
        starts.append(position)
        position += length + 1
    return starts


def _entries(items: Sequence[str | tuple[str, float]], argument: str) -> list[tuple[str, float]]:
    """Normalise ``"phrase"`` / ``("phrase", weight)`` items; raise ConfigError on bad ones."""
    entries: list[tuple[str, float]] = []
    for item in items:
        if isinstance(item, str):
            entries.append((item, 1.0))
            continue
        if (
            isinstance(item, Sequence)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], (int, float))
            and not isinstance(item[1], bool)
            and math.isfinite(item[1])
            and item[1] >= 0
        ):
            entries.append((item[0], float(item[1])))
            continue
        msg = f"{argument}: expected a string or a (string, weight >= 0) pair; got {item!r}"
        raise ConfigError(msg)
    return entries


@lru_cache(maxsize=128)
def _matcher(
    keywords: tuple[tuple[str, float], ...], patterns: tuple[tuple[str, float], ...]
) -> _Matcher:
    keys: list[str] = []
    weights: list[float] = []
    by_prefix: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    seen: dict[str, int] = {}
    singles: list[tuple[str, re.Pattern[str]]] = []
    for phrase, weight in keywords:
        prefix, lookbehind, rest = _keyword_parts(phrase)
        source = re.escape(prefix) + lookbehind + rest
        if source in seen:  # the same phrase twice: keep the larger weight
            index = seen[source]
            weights[index] = max(weights[index], weight)
            continue
        seen[source] = index = len(keys)
        keys.append(" ".join(phrase.lower().split()))
        weights.append(weight)
        by_prefix.setdefault((prefix, lookbehind), []).append((rest, index, _anchor(phrase)))
        singles.append((_anchor(phrase), re.compile(source)))
    groups = []
    for (prefix, lookbehind), members in by_prefix.items():
        members.sort(key=lambda member: -len(keys[member[1]]))  # longest phrase first
        alternatives = "|".join(f"({rest})" for rest, _, _ in members)
        pattern = re.compile(f"{re.escape(prefix)}{lookbehind}(?:{alternatives})")
        cjk = bool(prefix) and _HAS_CJK.match(prefix) is not None
        # A substring test is faster than the regex engine's scan: search only where a
        # member's anchor occurs (a CJK group also needs a CJK character, tested once).
        gates = tuple(dict.fromkeys(anchor for _, _, anchor in members))
        groups.append(_Group(gates, cjk, pattern, tuple(index for _, index, _ in members)))
    compiled = []
    for source, weight in patterns:
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except (re.error, TypeError, ValueError) as error:
            msg = f"patterns: {source!r} is not a valid regular expression: {error}"
            raise ConfigError(msg) from None
        if pattern.fullmatch("") is not None:
            msg = f"patterns: {source!r} matches the empty string; expected a phrase pattern"
            raise ConfigError(msg)
        compiled.append((len(keys), pattern))
        keys.append(source)
        weights.append(weight)
    return _Matcher(tuple(keys), tuple(weights), tuple(groups), tuple(compiled), tuple(singles))


def _resolve_keywords(keywords: object) -> tuple[tuple[str, float], ...]:
    if isinstance(keywords, str):
        if keywords not in KEYWORD_SETS:
            msg = (
                f"keywords: unknown keyword set {keywords!r}; expected one of "
                f"{sorted(KEYWORD_SETS)} or a tuple of phrases"
            )
            raise ConfigError(msg)
        return tuple((phrase, 1.0) for phrase in KEYWORD_SETS[keywords])
    if not isinstance(keywords, Sequence):
        msg = f"keywords: expected a keyword-set name or a tuple of phrases; got {keywords!r}"
        raise ConfigError(msg)
    return tuple(_entries(keywords, "keywords"))


def _resolve_patterns(patterns: object) -> tuple[tuple[str, float], ...]:
    if not isinstance(patterns, Sequence) or isinstance(patterns, str):
        msg = f"patterns: expected a tuple of regular expressions; got {patterns!r}"
        raise ConfigError(msg)
    return tuple(_entries(patterns, "patterns"))


def _as_tuple(value: object) -> object:
    """Lists (from JSON or a config file) become tuples, so options stay hashable."""
    if isinstance(value, list):
        return tuple(_as_tuple(item) for item in value)
    return value


# --- regions ------------------------------------------------------------------------------


def select_region(text: str, where: str = "all") -> str:
    r"""Return the part of ``text`` a reward looks at.

    Rules:

    - ``"all"``: the whole text.
    - ``"think"``: the contents of every ``<think>…</think>`` block, joined by newlines; an
      unclosed ``<think>`` runs to the end; text before a ``</think>`` that no ``<think>``
      opened counts too (the prompt prefilled the tag). No think block: ``""``.
    - ``"before_answer"`` / ``"after_answer"``: the text before / from the final answer, which
      starts at the last ``<answer>`` tag, or else at the last ``\boxed`` / ``\fbox``. Without
      a final answer, all of the text is "before" and nothing is "after".

    Args:
        text: the completion text.
        where: one of :data:`WHERE`.

    Returns:
        The region (a substring or a join of substrings); never raises on any text.

    Raises:
        ConfigError: ``where`` is not one of :data:`WHERE`.

    Examples:
        >>> select_region("<think>wait, 2+2=4</think>It is 4.", "think")
        'wait, 2+2=4'
        >>> select_region("x = 2, so \\boxed{2}. Let me verify: 2+2=4.", "after_answer")
        '\\boxed{2}. Let me verify: 2+2=4.'
    """
    if where == "all":
        return text
    if where == "think":
        parts: list[str] = []
        position = 0
        first_close = text.find(_THINK_CLOSE)
        first_open = text.find(_THINK_OPEN)
        if first_close >= 0 and (first_open < 0 or first_close < first_open):
            parts.append(text[:first_close])
            position = first_close + len(_THINK_CLOSE)
        while (start := text.find(_THINK_OPEN, position)) >= 0:
            start += len(_THINK_OPEN)
            end = text.find(_THINK_CLOSE, start)
            if end < 0:
                parts.append(text[start:])
                break
            parts.append(text[start:end])
            position = end + len(_THINK_CLOSE)
        return "\n".join(parts)
    if where in ("before_answer", "after_answer"):
        answer = text.rfind(_ANSWER_MARKERS[0])
        if answer < 0:
            answer = max(text.rfind(marker) for marker in _ANSWER_MARKERS[1:])
        if where == "before_answer":
            return text if answer < 0 else text[:answer]
        return "" if answer < 0 else text[answer:]
    msg = f"where: expected one of {list(WHERE)}; got {where!r}"
    raise ConfigError(msg)


def _check_where(where: object) -> None:
    if where not in WHERE:
        msg = f"where: expected one of {list(WHERE)}; got {where!r}"
        raise ConfigError(msg)


def _check_number(name: str, value: object, *, low: float, integer: bool = False) -> None:
    kinds = (int,) if integer else (int, float)
    if (
        isinstance(value, bool)
        or not isinstance(value, kinds)
        or not math.isfinite(value)
        or value < low
    ):
        expected = "an integer" if integer else "a finite number"
        msg = f"{name}: expected {expected} >= {low:g}; got {value!r}"
        raise ConfigError(msg)


# --- aha ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Aha:
    r"""Scorer of :data:`aha`: 1.0 when any keyword phrase occurs in the region, else 0.0.

    The recipe's rule, matched correctly (see :func:`keyword_pattern`): case-insensitive, on word
    boundaries (``"Ahab"`` and ``"Mahabharata"`` are not ``"aha"``), any apostrophe or none
    (``"let’s check"``, ``"lets check"``), any whitespace inside a phrase. Keyword stuffing is
    *not* resisted: that is the recipe's reward; use :data:`reflection` for a resistant one.

    Attributes:
        keywords: the phrases (``"phrase"`` or ``("phrase", weight)``; weights are ignored), or
            the name of a built-in set (``"recipe"``, ``"english"``, ``"chinese"``, ``"all"``).
            Default: :data:`rewardkit.keywords.RECIPE_KEYWORDS`.
        where: where to look, one of :data:`WHERE` (default ``"all"``).

    Examples:
        >>> from rewardkit import aha
        >>> aha(["Aha! x = 3.", "Captain Ahab", "Let’s check: 2+2=4", "lets\ncheck", "no"])
        [1.0, 0.0, 1.0, 1.0, 0.0]
        >>> aha.configure(keywords="chinese").score("等等，让我再想想")
        1.0
    """

    keywords: Keywords = RECIPE_KEYWORDS
    where: Where = "all"
    _matcher: _Matcher = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Validate the options and compile the phrases.

        Raises:
            ConfigError: an unknown keyword set, a bad phrase, no phrase, or a bad ``where``.
        """
        object.__setattr__(self, "keywords", _as_tuple(self.keywords))
        _check_where(self.where)
        entries = _resolve_keywords(self.keywords)
        if not entries:
            msg = "keywords: expected at least one phrase; got ()"
            raise ConfigError(msg)
        object.__setattr__(self, "_matcher", _matcher(entries, ()))

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def score_text(self, text: str) -> float:
        """Score one text."""
        region = select_region(text, self.where)
        return 1.0 if self._matcher.any(region.lower()) else 0.0

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self.score_text(sample.text)

    def batch(self, batch: Batch, /) -> list[float]:
        """Score a batch (see :meth:`_Matcher.any_many`); equal to the per-item path."""
        lows = [select_region(text, self.where).lower() for text in batch.texts]
        return [1.0 if hit else 0.0 for hit in self._matcher.any_many(lows)]


_AHA = Aha()


def aha_score(text: str) -> float:
    r"""Return 1.0 if any of the recipe's reflection phrases occurs in ``text``, else 0.0.

    The phrases are :data:`rewardkit.keywords.RECIPE_KEYWORDS`: ``aha``, ``but wait``,
    ``verify the problem``, ``try again``, ``let's try``, ``let's check``, ``to verify``,
    ``recheck``. Matching is case-insensitive, on word boundaries, with any apostrophe or none
    and any whitespace inside a phrase (see :func:`keyword_pattern`).

    Args:
        text: the completion text.

    Returns:
        1.0 or 0.0; never raises.

    Examples:
        >>> aha_score("But wait, the sign is wrong.")
        1.0
        >>> aha_score("Mahabharata")
        0.0
        >>> aha_score("Let’s\n  try x = 2.")
        1.0
    """
    return 1.0 if _AHA._matcher.any(text.lower()) else 0.0


#: The recipe's reflection reward: 1.0 when any recipe phrase occurs, else 0.0 (see :class:`Aha`).
aha = Reward(
    name="aha",
    scorer=_AHA,
    summary="1.0 if any of the recipe's 8 reflection phrases occurs (word boundaries), else 0.0",
)

# --- reflection ---------------------------------------------------------------------------


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
        if start >= 0 and (
            hit.start <= end or _units(low, end, hit.start, min_following) < min_following
        ):
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


def _units(low: str, start: int, end: int, limit: int) -> int:
    """Number of content units in ``low[start:end]``, counting at most ``limit``."""
    count = 0
    if limit <= 0:
        return 0
    for _ in _UNIT.finditer(low, start, end):
        count += 1
        if count >= limit:
            break
    return count


def _signature(low: str, start: int, end: int) -> tuple[str, ...]:
    """What follows a phrase: up to 6 content units of the next sentence, within the range."""
    units: list[str] = []
    previous = start
    for match in _UNIT.finditer(low, start, end):
        if units and _SENTENCE_END.search(low, previous, match.start()):
            break
        units.append(match.group())
        if len(units) >= _SIGNATURE_UNITS:
            break
        previous = match.end()
    return tuple(units)


def _content_chars(text: str) -> int:
    """Characters that are not whitespace (cheap: a few ``str.count`` calls)."""
    return len(text) - sum(text.count(space) for space in " \n\t\r\f\v\u00a0\u3000")


def _reasoning_chars(low: str, spans: Sequence[tuple[int, int]]) -> int:
    """Non-whitespace characters outside ``spans`` (sorted, disjoint), once per distinct sentence.

    The text without the spans is cut into sentences at every ``". "``, ``"。"`` and line
    break; identical sentences (surrounding whitespace stripped) count once, so pasting one
    again adds no reasoning. Only C-level string methods: linear and fast.
    """
    if spans:
        parts = []
        position = 0
        for start, end in spans:
            parts.append(low[position:start])
            position = end
        parts.append(low[position:])
        low = "\n".join(parts)
    sentences = low.replace("\u3002", ". ").replace("\n", ". ").split(". ")
    return _content_chars("".join(set(map(str.strip, sentences))))


def _stuffing_factor(
    low: str, spans: Sequence[tuple[int, int]], min_reasoning: int, max_density: float
) -> tuple[float, bool]:
    """(scale for the amount of reasoning, whether the density cap applies).

    ``spans`` (sorted, disjoint) are the phrases; the density is the share of non-whitespace
    characters inside them, the reasoning the distinct characters outside them.
    """
    content = _content_chars(low)
    phrase_chars = sum(_content_chars(low[start:end]) for start, end in spans)
    scale = 1.0
    if min_reasoning > 0:
        scale = min(1.0, _reasoning_chars(low, spans) / min_reasoning)
    stuffed = content > 0 and phrase_chars / content > max_density
    return scale, stuffed


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
    3. *Real content*: an event counts only if at least ``min_following`` content units follow
       it before the next event or the end of the region.
    4. *Repeats count once*: in ``mode="count"`` (default) an event is identified by its key and
       the first 6 units of the sentence that follows it, so an identical reflection repeated
       counts once; in
       ``mode="presence"`` each key counts once however often it occurs.
    5. *Saturation*: ``events = min(sum of the weights of distinct counted events,
       saturation) / saturation``.
    6. *Reasoning around it*: the score is ``events * min(1, reasoning / min_reasoning)`` where
       ``reasoning`` is the number of non-whitespace characters outside events, each distinct
       sentence counted once (pasting a sentence again adds no reasoning).
    7. *Density cap*: when events cover more than ``max_density`` of the non-whitespace
       characters, the score is at most 0.1.

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
    _matcher: _Matcher = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Validate the options and compile the phrases and patterns.

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
        _check_where(self.where)
        _check_number("min_following", self.min_following, low=0, integer=True)
        _check_number("min_reasoning", self.min_reasoning, low=0, integer=True)
        _check_number("max_density", self.max_density, low=0)
        if self.max_density > 1:
            msg = f"max_density: expected a number in [0, 1]; got {self.max_density!r}"
            raise ConfigError(msg)
        object.__setattr__(self, "_matcher", _matcher(entries, pattern_entries))

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def score_text(self, text: str) -> float:
        """Score one text (see the class docstring for the rule)."""
        low = select_region(text, self.where).lower()
        return self._score(low, self._matcher.hits(low))

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self.score_text(sample.text)

    def batch(self, batch: Batch, /) -> list[float]:
        """Score a batch (see :meth:`_Matcher.hits_many`); equal to the per-item path."""
        lows = [select_region(text, self.where).lower() for text in batch.texts]
        return [
            self._score(low, hits)
            for low, hits in zip(lows, self._matcher.hits_many(lows), strict=True)
        ]

    def _score(self, low: str, hits: Sequence[_Hit]) -> float:
        if not hits:
            return 0.0
        events = _events(low, hits, self._matcher, self.min_following)
        counted: dict[object, float] = {}
        for i, event in enumerate(events):
            following_end = events[i + 1].start if i + 1 < len(events) else len(low)
            if _units(low, event.end, following_end, self.min_following) < self.min_following:
                continue
            identity: object = event.key
            if self.mode == "count":
                identity = (event.key, _signature(low, event.end, following_end))
            counted[identity] = max(counted.get(identity, 0.0), event.weight)
        if not counted:
            return 0.0
        score = min(sum(counted.values()), self.saturation) / self.saturation
        scale, stuffed = _stuffing_factor(
            low,
            [(event.start, event.end) for event in events],
            self.min_reasoning,
            self.max_density,
        )
        score *= scale
        return min(score, STUFFED_CAP) if stuffed else score


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

# --- cognitive behaviours -----------------------------------------------------------------


def _behavior_source(shorthand: str) -> str:
    r"""Expand the pattern shorthand: outside ``[...]``, space = ``\s+``, apostrophe = any/none."""
    out: list[str] = []
    in_class = escaped = False
    for char in shorthand:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == " ":
            out.append(r"\s+")
        elif char == "'":
            out.append(_APOSTROPHE)
        else:
            out.append(char)
    return "".join(out)


#: Characters searched before and after each trigger occurrence of a behaviour pattern.
_BEFORE, _AFTER = 120, 160
#: Past this many trigger occurrences, a behaviour pattern is searched over the whole text.
_MAX_WINDOWS = 64
# The end of a match must be on a word boundary where its last character is a letter or digit.
_END_BOUNDARY = f"(?:(?<!{_WORD})|(?!{_WORD}))"
_BehaviorTable = tuple[tuple[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]], ...]


@lru_cache(maxsize=1)
def _behavior_table() -> _BehaviorTable:
    return tuple(
        (
            name,
            tuple(
                (triggers, re.compile(f"(?:{_behavior_source(source)}){_END_BOUNDARY}"))
                for triggers, source in BEHAVIOR_PATTERNS[name]
            ),
        )
        for name in BEHAVIORS
    )


def _windows(low: str, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Merged ranges around every occurrence of a trigger (the whole text if too many)."""
    occurrences = sum(low.count(trigger) for trigger in triggers)
    if occurrences == 0:
        return []
    if occurrences > _MAX_WINDOWS:
        return [(0, len(low))]
    ranges: list[tuple[int, int]] = []
    for trigger in triggers:
        position = low.find(trigger)
        while position >= 0:
            ranges.append((max(0, position - _BEFORE), position + len(trigger) + _AFTER))
            position = low.find(trigger, position + 1)
    return _union(ranges)


def _starts_on_boundary(low: str, start: int) -> bool:
    return (
        start == 0 or _WORD_RE.match(low, start - 1) is None or _WORD_RE.match(low, start) is None
    )


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of spans, as sorted disjoint spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without overlaps: the longest at each start, then the next after it."""
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _behavior_hits(low: str, *, windows: bool = True) -> dict[str, list[tuple[int, int]]]:
    """Non-overlapping match spans of each behaviour family in the lowercased text.

    ``windows=False`` searches every pattern over the whole text: the reference the windowed
    search is tested against.
    """
    result: dict[str, list[tuple[int, int]]] = {}
    whole = [(0, len(low))]
    for name, patterns in _behavior_table():
        spans: list[tuple[int, int]] = []
        for triggers, pattern in patterns:
            for start, end in _windows(low, triggers) if windows else whole:
                spans.extend(
                    (m.start(), m.end())
                    for m in pattern.finditer(low, start, end)
                    if m.end() > m.start() and _starts_on_boundary(low, m.start())
                )
        result[name] = _non_overlapping(spans)
    return result


def behaviors(text: str) -> dict[str, int]:
    """Count the four cognitive behaviours in ``text``.

    Each behaviour is a family of patterns (:data:`rewardkit.keywords.BEHAVIOR_PATTERNS`)
    matched on the lowercased text with word boundaries; the count is the number of
    non-overlapping matches of the family. Raw counts: repeats are counted (the
    :func:`cognitive_behaviors` reward de-duplicates them).

    - ``verification``: checking an intermediate result ("let's verify this by ...",
      "8*35 is 280, which is too high", "plugging it back in", "this checks out").
    - ``backtracking``: abandoning an approach ("this doesn't work, let me try a different
      approach", "I made a mistake", "let me start over").
    - ``subgoal_setting``: decomposing the problem ("first, we need to find ..., then we can
      ...", "our next goal is to ...").
    - ``backward_chaining``: reasoning from the goal ("working backwards from the target 32,
      we need ...", "to get 24, we need ...").

    Args:
        text: the completion text.

    Returns:
        ``{"verification": n, "backtracking": n, "subgoal_setting": n, "backward_chaining": n}``
        with counts >= 0, in that order; never raises.

    Examples:
        >>> behaviors("First, we need to find x. 8*35 is 280, which is too high. "
        ...           "This doesn't work, let me try a different approach. "
        ...           "Working backwards from the target 32, we need 4*8.")
        {'verification': 1, 'backtracking': 2, 'subgoal_setting': 1, 'backward_chaining': 1}
    """
    return {name: len(spans) for name, spans in _behavior_hits(text.lower()).items()}


def _behaviour_pairs(
    argument: str, value: object, shape: str, item: str
) -> list[tuple[str, object]]:
    """``value`` as (behaviour, setting) pairs: a mapping or a sequence of pairs, names known.

    Raises:
        ConfigError: ``value`` is not of that ``shape``, a pair is not an ``item`` pair, or a
            name is not a behaviour.
    """
    if isinstance(value, Mapping):
        value = tuple(value.items())
    if not isinstance(value, Sequence) or isinstance(value, str):
        msg = f"{argument}: expected {shape}; got {value!r}"
        raise ConfigError(msg)
    pairs: list[tuple[str, object]] = []
    for pair in value:
        if not (isinstance(pair, Sequence) and not isinstance(pair, str) and len(pair) == 2):
            msg = f"{argument}: expected (behaviour, {item}) pairs; got {pair!r}"
            raise ConfigError(msg)
        name, setting = pair
        if name not in BEHAVIORS:
            msg = f"{argument}: unknown behaviour {name!r}; expected one of {list(BEHAVIORS)}"
            raise ConfigError(msg)
        pairs.append((name, setting))
    return pairs


def _weights_tuple(weights: object) -> tuple[tuple[str, float], ...]:
    out: dict[str, float] = {}
    for name, weight in _behaviour_pairs(
        "weights", weights, "a mapping of behaviour to weight", "weight"
    ):
        _check_number(f"weights[{name!r}]", weight, low=0)
        out[name] = float(weight)  # type: ignore[arg-type]
    if not any(out.values()):
        normalised = tuple(weights.items()) if isinstance(weights, Mapping) else weights
        msg = f"weights: expected at least one weight > 0; got {normalised!r}"
        raise ConfigError(msg)
    return tuple((name, out[name]) for name in BEHAVIORS if name in out)


def _saturation_tuple(saturation: object) -> tuple[tuple[str, int], ...]:
    if isinstance(saturation, (int, float)) and not isinstance(saturation, bool):
        saturation = tuple((name, saturation) for name in BEHAVIORS)
    out = dict.fromkeys(BEHAVIORS, 2)
    shape = "an integer or a mapping of behaviour to integer"
    for name, count in _behaviour_pairs("saturation", saturation, shape, "count"):
        _check_number(f"saturation[{name!r}]", count, low=1, integer=True)
        out[name] = int(count)  # type: ignore[call-overload]
    return tuple((name, out[name]) for name in BEHAVIORS)


_DEFAULT_BEHAVIOR_WEIGHTS = tuple((name, 1.0) for name in BEHAVIORS)
_DEFAULT_BEHAVIOR_SATURATION = tuple((name, 2) for name in BEHAVIORS)


@dataclass(frozen=True, slots=True, kw_only=True)
class CognitiveBehaviors:
    """Scorer of :func:`cognitive_behaviors`: weighted, saturating behaviour counts in [0, 1].

    Rule, on the region chosen by ``where``, lowercased:

    1. Per behaviour, its pattern matches (as in :func:`behaviors`) that are followed by at
       least ``min_following`` content units before the next match of the same behaviour are
       *events*; an event is identified by its text (whitespace collapsed) and the first 6
       content units of the sentence after it, so an identical sentence repeated counts once.
    2. ``credit(b) = min(events(b), saturation[b]) / saturation[b]``.
    3. ``score = sum(weight[b] * credit(b)) / sum(weight[b])`` over the weighted behaviours.
    4. As in :class:`Reflection`: times ``min(1, reasoning / min_reasoning)``, where reasoning
       is the non-whitespace characters outside behaviour matches and reflection keywords
       (:data:`rewardkit.keywords.REFLECTION_KEYWORDS`), each distinct sentence counted once,
       and at most 0.1 when those cover more
       than ``max_density`` of the non-whitespace characters.

    Attributes:
        weights: ``(behaviour, weight)`` pairs; behaviours not listed weigh 0. Default: all
            four weigh 1.0.
        saturation: ``(behaviour, count)`` pairs: distinct events for full credit (default 2
            each).
        where: one of :data:`WHERE`; default ``"all"``.
        min_following: content units that must follow a match; default 3 (0 disables).
        min_reasoning: non-whitespace characters of reasoning for full score; default 200.
        max_density: largest share of non-whitespace characters matches may cover; default 0.5
            (behaviour phrases are longer than reflection keywords).

    Examples:
        >>> from rewardkit import cognitive_behaviors
        >>> reward = cognitive_behaviors(weights={"verification": 1.0}, saturation=1)
        >>> text = " ".join(f"{i} * 7 = {i * 7}." for i in range(30))
        >>> text += " Let me verify by plugging x = 42 back in: 42/7 = 6."
        >>> reward([text, "Let me verify this. " * 30])
        [1.0, 0.0]
    """

    weights: tuple[tuple[str, float], ...] = _DEFAULT_BEHAVIOR_WEIGHTS
    saturation: tuple[tuple[str, int], ...] = _DEFAULT_BEHAVIOR_SATURATION
    where: Where = "all"
    min_following: int = 3
    min_reasoning: int = 200
    max_density: float = 0.5

    def __post_init__(self) -> None:
        """Validate the options (mappings are accepted and stored as tuples).

        Raises:
            ConfigError: naming the option, what was expected and what was received.
        """
        object.__setattr__(self, "weights", _weights_tuple(_as_tuple(self.weights)))
        object.__setattr__(self, "saturation", _saturation_tuple(_as_tuple(self.saturation)))
        _check_where(self.where)
        _check_number("min_following", self.min_following, low=0, integer=True)
        _check_number("min_reasoning", self.min_reasoning, low=0, integer=True)
        _check_number("max_density", self.max_density, low=0)
        if self.max_density > 1:
            msg = f"max_density: expected a number in [0, 1]; got {self.max_density!r}"
            raise ConfigError(msg)

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def score_text(self, text: str) -> float:
        """Score one text (see the class docstring for the rule)."""
        low = select_region(text, self.where).lower()
        weights = dict(self.weights)
        saturation = dict(self.saturation)
        hits = _behavior_hits(low)
        distinct: dict[str, set[tuple[str, tuple[str, ...]]]] = {name: set() for name in BEHAVIORS}
        for name, spans in hits.items():
            if not weights.get(name):
                continue
            for i, (start, end) in enumerate(spans):  # sorted, non-overlapping
                following_end = spans[i + 1][0] if i + 1 < len(spans) else len(low)
                if _units(low, end, following_end, self.min_following) < self.min_following:
                    continue
                phrase = " ".join(low[start:end].split())
                distinct[name].add((phrase, _signature(low, end, len(low))))
        total = sum(weights.values())
        score = sum(
            weights[name] * min(len(events), saturation[name]) / saturation[name]
            for name, events in distinct.items()
            if events
        )
        if score == 0.0:
            return 0.0
        # Behaviour phrases and reflection keywords are not reasoning.
        spans = [span for found in hits.values() for span in found]
        spans.extend((hit.start, hit.end) for hit in _REFLECTION._matcher.hits(low))
        scale, stuffed = _stuffing_factor(low, _union(spans), self.min_reasoning, self.max_density)
        score = min(1.0, score / total) * scale
        return min(score, STUFFED_CAP) if stuffed else score

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self.score_text(sample.text)


_COGNITIVE = Reward(
    name="cognitive_behaviors",
    scorer=CognitiveBehaviors(),
    summary="weighted share of 4 cognitive behaviours (verify, backtrack, subgoal, backward), "
    "each saturating at 2 distinct events",
)


def cognitive_behaviors(
    weights: Mapping[str, float] | None = None,
    *,
    saturation: int | Mapping[str, int] = 2,
    where: str = "all",
    min_following: int = 3,
    min_reasoning: int = 200,
    max_density: float = 0.5,
    name: str | None = None,
) -> Reward:
    """Return a reward for the four cognitive behaviours, weighted and saturating.

    See :class:`CognitiveBehaviors` for the exact rule. With no arguments: all four behaviours
    weigh 1.0 and each earns full credit at 2 distinct events, so the score is the mean credit.

    Args:
        weights: behaviour -> weight (>= 0, at least one > 0); behaviours not listed weigh 0.
            Default: all four 1.0. Keys: ``verification``, ``backtracking``,
            ``subgoal_setting``, ``backward_chaining``.
        saturation: distinct events for full credit: one integer >= 1 for all behaviours, or a
            mapping behaviour -> integer (unlisted behaviours keep 2).
        where: one of :data:`WHERE`.
        min_following: content units that must follow a behaviour phrase for it to count.
        min_reasoning: non-whitespace characters of reasoning for full score.
        max_density: largest share of the text behaviour phrases may cover before the 0.1 cap.
        name: the reward's name; default ``"cognitive_behaviors"`` or
            ``"cognitive_behaviors(<changed options>)"``.

    Returns:
        A :class:`~rewardkit.reward.Reward` in [0, 1].

    Raises:
        ConfigError: an unknown behaviour, a negative or non-finite weight, all weights zero, a
            saturation below 1, or another bad option.

    Examples:
        >>> cognitive_behaviors().name
        'cognitive_behaviors'
        >>> cognitive_behaviors({"backtracking": 2.0}, saturation=1).name
        "cognitive_behaviors(weights={'backtracking': 2.0}, saturation=1)"
    """
    options: dict[str, object] = {}
    if weights is not None:
        options["weights"] = dict(weights) if isinstance(weights, Mapping) else weights
    options.update(
        (option, value)
        for option, value, default in (
            ("saturation", saturation, 2),
            ("where", where, "all"),
            ("min_following", min_following, 3),
            ("min_reasoning", min_reasoning, 200),
            ("max_density", max_density, 0.5),
        )
        if value != default or type(value) is not type(default)
    )
    if not options:
        return _COGNITIVE if name is None else _COGNITIVE.configure(name=name)
    return _COGNITIVE.configure(name=name, **options)


# --- profile ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeatureCount:
    """How often one keyword or behaviour occurs over a set of texts.

    Attributes:
        name: the keyword phrase or behaviour name.
        kind: ``"keyword"`` or ``"behavior"``.
        texts: number of texts in which it occurs at least once.
        occurrences: total number of occurrences.
        rate: ``texts`` divided by the number of texts profiled (0.0 when none).
    """

    name: str
    kind: str
    texts: int
    occurrences: int
    rate: float


@dataclass(frozen=True, slots=True)
class Profile:
    """The result of :func:`profile`: per-keyword and per-behaviour frequencies.

    Attributes:
        texts: number of texts profiled.
        aha: number of texts on which :data:`aha` scores 1.0.
        reflection_mean: mean :data:`reflection` score.
        features: one :class:`FeatureCount` per keyword (in list order) then per behaviour.
    """

    texts: int
    aha: int
    reflection_mean: float
    features: tuple[FeatureCount, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: texts, aha, aha_rate, reflection_mean, features (list of dicts)."""
        return {
            "texts": self.texts,
            "aha": self.aha,
            "aha_rate": self.aha / self.texts if self.texts else 0.0,
            "reflection_mean": self.reflection_mean,
            "features": [dataclasses.asdict(feature) for feature in self.features],
        }

    def format_table(self, *, all_features: bool = False) -> str:
        """A plain-text table, behaviours then keywords, most frequent first.

        Features that never occur are left out unless ``all_features`` is true.
        """
        rows = [f for f in self.features if all_features or f.occurrences]
        rows.sort(key=lambda f: (f.kind != "behavior", -f.texts, -f.occurrences, f.name))
        width = max([len(f.name) for f in rows] + [len("feature")])
        lines = [
            f"{self.texts} texts; aha on {self.aha} ({self.aha / max(1, self.texts):.1%}); "
            f"mean reflection {self.reflection_mean:.3f}",
            f"{'feature':<{width}}  {'kind':<8}  {'texts':>6}  {'rate':>6}  {'count':>6}",
        ]
        lines.extend(
            f"{f.name:<{width}}  {f.kind:<8}  {f.texts:>6}  {f.rate:>6.1%}  {f.occurrences:>6}"
            for f in rows
        )
        return "\n".join(lines)


def profile(
    texts: Iterable[object],
    *,
    keywords: Keywords = REFLECTION_KEYWORDS,
) -> Profile:
    """Count how often each keyword and behaviour occurs over many completions.

    Each text is any completion format (:func:`rewardkit.text.completion_text`). Keyword
    occurrences are counted per phrase as :func:`keyword_pattern` matches them (all of the
    text), behaviours as :func:`behaviors` counts them; ``aha`` and ``reflection`` are scored
    with their defaults.

    Args:
        texts: completions (strings or message lists), e.g. a file's ``completion`` column.
        keywords: the phrases to count, or a built-in set name; default
            :data:`rewardkit.keywords.REFLECTION_KEYWORDS`.

    Returns:
        A :class:`Profile` (``.to_dict()`` for JSON, ``.format_table()`` to print).

    Raises:
        ConfigError: a bad keyword list.

    Examples:
        >>> result = profile(["But wait, x = 2. Let me verify this by plugging it back in.", "x"])
        >>> result.texts, result.aha
        (2, 1)
        >>> [(f.name, f.occurrences) for f in result.features if f.occurrences][:3]
        [('but wait', 1), ('wait', 1), ('verify this', 1)]
        >>> print(result.format_table())
        2 texts; aha on 1 (50.0%); mean reflection 0.038
        feature        kind       texts    rate   count
        verification   behavior       1   50.0%       2
        but wait       keyword        1   50.0%       1
        let me verify  keyword        1   50.0%       1
        verify this    keyword        1   50.0%       1
        wait           keyword        1   50.0%       1
    """
    entries = _resolve_keywords(_as_tuple(keywords))
    if not entries:
        msg = "keywords: expected at least one phrase; got ()"
        raise ConfigError(msg)
    matcher = _matcher(entries, ())
    text_counts = [0] * len(matcher.keys)
    occurrences = [0] * len(matcher.keys)
    behavior_texts = dict.fromkeys(BEHAVIORS, 0)
    behavior_occurrences = dict.fromkeys(BEHAVIORS, 0)
    n = aha_count = 0
    reflection_total = 0.0
    for item in texts:
        text = completion_text(item)
        low = text.lower()
        n += 1
        for index, count in enumerate(matcher.count(low)):
            occurrences[index] += count
            text_counts[index] += count > 0
        for name, count in behaviors(text).items():
            behavior_occurrences[name] += count
            behavior_texts[name] += count > 0
        aha_count += _AHA._matcher.any(low)
        reflection_total += _REFLECTION._score(low, _REFLECTION._matcher.hits(low))
    features = [
        FeatureCount(
            key, "keyword", text_counts[i], occurrences[i], text_counts[i] / n if n else 0.0
        )
        for i, key in enumerate(matcher.keys)
    ]
    features.extend(
        FeatureCount(
            name,
            "behavior",
            behavior_texts[name],
            behavior_occurrences[name],
            behavior_texts[name] / n if n else 0.0,
        )
        for name in BEHAVIORS
    )
    return Profile(n, aha_count, reflection_total / n if n else 0.0, tuple(features))
