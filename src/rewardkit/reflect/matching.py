r"""Keyword matching: the rule a phrase compiles to, and the compiled matcher of a configuration.

Nothing is compiled at import: :func:`compiled` compiles a pattern source on first use, and
:func:`matcher` builds (and caches) the matcher of one keyword/pattern configuration the first
time a reward of that configuration scores a text.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rewardkit.errors import ConfigError
from rewardkit.keywords import KEYWORD_SETS

if TYPE_CHECKING:
    import regex

__all__ = ["keyword_pattern"]

Keywords = str | tuple[str | tuple[str, float], ...]
Patterns = tuple[str | tuple[str, float], ...]


@lru_cache(maxsize=64)
def compiled(source: str) -> re.Pattern[str]:
    """``re.compile(source)``, compiled on first use and cached (no flags)."""
    return re.compile(source)


# --- matching primitives ------------------------------------------------------------------

_APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4"
_APOSTROPHE = f"[{_APOSTROPHES}]?"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
_HYPHEN = rf"[{_HYPHENS}\s]?"
_SPECIAL_RUN = rf"[\s{re.escape(_APOSTROPHES + _HYPHENS)}]+"
# Scripts without word boundaries (CJK ideographs, kana, CJK punctuation and full-width forms).
_CJK = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A letter or digit of a script with word boundaries, or a combining mark (part of a letter);
# not "_", which markdown uses for emphasis.
_WORD = rf"(?:[^\W_{_CJK}]|[\u0300-\u036f])"
# A unit of content: a run of letters/digits, one CJK character, or an arithmetic sign.
_UNIT = rf"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|{_WORD}+|[=+*/^<>\u00d7\u00f7]"
_SEPARATOR = "\x00"
#: Batches whose texts average fewer characters than this are searched joined.
_JOIN_BELOW = 700
# The end of a sentence: a full stop, question or exclamation mark before whitespace, a line
# break, or a CJK full stop.
_SENTENCE_END = r"[.!?](?=\s)|[.!?]$|\n|[\u3002\uff01\uff1f]"
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


def check_phrase(keyword: object) -> str:
    """The phrase lowercased, whitespace collapsed (no regex: cheap at construction).

    Raises:
        ConfigError: the phrase is empty or blank, or contains a NUL character.
    """
    phrase = " ".join(keyword.lower().split()) if isinstance(keyword, str) else ""
    if not phrase or _SEPARATOR in phrase:
        msg = f"keywords: each keyword must be a non-empty phrase without NUL; got {keyword!r}"
        raise ConfigError(msg)
    return phrase


def _keyword_parts(keyword: str) -> tuple[str, str, str]:
    """(leading literal run, its word-boundary lookbehind, pattern of the rest)."""
    phrase = check_phrase(keyword)
    prefix_end = 0
    while prefix_end < len(phrase) and not _is_special(phrase[prefix_end]):
        prefix_end += 1
    prefix = phrase[:prefix_end]
    lookbehind = ""
    if prefix and compiled(_WORD).match(prefix[0]):
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
    if compiled(_WORD).match(phrase[-1]):
        parts.append(f"(?!{_WORD})")
    return prefix, lookbehind, "".join(parts)


def _anchor(phrase: str) -> str:
    """The longest literal run of a phrase (the last of equals): in every text it matches."""
    runs = compiled(_SPECIAL_RUN).split(" ".join(phrase.lower().split()))
    return max(reversed(runs), key=len)


_HAS_CJK = f"[{_CJK}]"


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
            self._value = compiled(_HAS_CJK).search(low) is not None
        return self._value


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Compiled keyword phrases and regex patterns."""

    keys: tuple[str, ...]  # canonical text of each phrase / pattern
    weights: tuple[float, ...]
    groups: tuple[_Group, ...]  # keyword phrases grouped by literal prefix
    patterns: tuple[tuple[int, regex.Pattern[str]], ...]  # user regexes, searched one by one
    singles: tuple[tuple[str, str], ...]  # (anchor, pattern source) of each phrase (profile)

    def any(self, low: str) -> bool:
        """Whether any phrase or pattern occurs in the lowercased text (the hot path of aha)."""
        has_cjk: bool | None = None
        for group in self.groups:
            if group.cjk:
                if has_cjk is None:
                    has_cjk = compiled(_HAS_CJK).search(low) is not None
                if not has_cjk:
                    continue
            for gate in group.gates:
                if gate in low:
                    if group.pattern.search(low) is not None:
                        return True
                    break
        if not self.patterns:
            return False
        return any(user_hits(pattern, low) for _, pattern in self.patterns)

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
                    found[i] = any(user_hits(pattern, low) for _, pattern in self.patterns)
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
                found[i].extend(_Hit(start, end, index) for start, end in user_hits(pattern, low))
            found[i].sort()
        return found

    def count(self, low: str) -> list[int]:
        """Occurrences of each phrase and pattern, counted separately (overlaps included)."""
        counts = [
            sum(1 for _ in re.compile(source).finditer(low)) if anchor in low else 0
            for anchor, source in self.singles
        ]
        counts.extend(len(user_hits(pattern, low)) for _, pattern in self.patterns)
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
    singles: list[tuple[str, str]] = []
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
        singles.append((_anchor(phrase), source))
    groups = []
    for (prefix, lookbehind), members in by_prefix.items():
        members.sort(key=lambda member: -len(keys[member[1]]))  # longest phrase first
        alternatives = "|".join(f"({rest})" for rest, _, _ in members)
        pattern = re.compile(f"{re.escape(prefix)}{lookbehind}(?:{alternatives})")
        cjk = bool(prefix) and compiled(_HAS_CJK).match(prefix) is not None
        # A substring test is faster than the regex engine's scan: search only where a
        # member's anchor occurs (a CJK group also needs a CJK character, tested once).
        gates = tuple(dict.fromkeys(anchor for _, _, anchor in members))
        groups.append(_Group(gates, cjk, pattern, tuple(index for _, index, _ in members)))
    user = []
    for source, weight in patterns:
        user.append((len(keys), user_pattern(source)))
        keys.append(source)
        weights.append(weight)
    return _Matcher(tuple(keys), tuple(weights), tuple(groups), tuple(user), tuple(singles))


#: Wall-clock budget of one user pattern over one text, in seconds (see :func:`user_hits`).
PATTERN_TIMEOUT = 0.05


@lru_cache(maxsize=128)
def user_pattern(source: str) -> regex.Pattern[str]:
    """Compile a user-supplied pattern with the ``regex`` module (case-insensitive).

    ``regex`` rather than ``re`` for one reason: its searches take a ``timeout``, which works in
    any thread (no ``signal``), so a pattern that backtracks catastrophically on some text
    cannot hang a trainer (see :func:`user_hits`).

    Raises:
        ConfigError: the pattern does not compile, or it matches the empty string.
    """
    import regex

    try:
        pattern = regex.compile(source, regex.IGNORECASE)
    except (regex.error, TypeError, ValueError) as error:
        msg = f"patterns: {source!r} is not a valid regular expression: {error}"
        raise ConfigError(msg) from None
    if pattern.fullmatch("") is not None:
        msg = f"patterns: {source!r} matches the empty string; expected a phrase pattern"
        raise ConfigError(msg)
    return pattern


def user_hits(pattern: regex.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Non-empty match spans of a user pattern, found within :data:`PATTERN_TIMEOUT` seconds.

    A search that runs out of time keeps the matches found so far: a pathological pattern
    costs at most the budget per text, and the text is scored on what was found (never an
    error: model output must not raise).
    """
    spans: list[tuple[int, int]] = []
    with contextlib.suppress(TimeoutError):  # extend() keeps the matches found before it
        spans.extend(
            (m.start(), m.end())
            for m in pattern.finditer(low, timeout=PATTERN_TIMEOUT)
            if m.end() > m.start()
        )
    return spans


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
    entries = tuple(_entries(keywords, "keywords"))
    for phrase, _ in entries:
        check_phrase(phrase)
    return entries


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
