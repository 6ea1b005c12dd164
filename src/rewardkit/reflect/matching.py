r"""Keyword matching: the rule a phrase compiles to, and the compiled matcher of a configuration.

Nothing is compiled at import: :func:`compiled` compiles a pattern source on first use, and
:func:`_matcher` builds (and caches) the matcher of one keyword/pattern configuration the first
time a reward of that configuration scores a text.
"""

from __future__ import annotations

import bisect
import contextlib
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rewardkit.errors import ConfigError
from rewardkit.keywords import KEYWORD_SETS
from rewardkit.reflect.scan import (
    MAX_SPANS,
    GateScan,
    ascii_source,
    ascii_spans,
    fast_backend,
    scan_sources,
    stand_in,
    utf8_source,
)

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
# A unit of content: a run of letters/digits, one CJK character, or an arithmetic sign. The
# first alternative is only a faster way to the same match (a run of ASCII letters and digits
# that no other letter, digit or mark continues): the class test of _WORD is slow per character.
_UNIT = (
    rf"[a-z0-9]+(?!{_WORD})|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|{_WORD}+"
    r"|[=+*/^<>\u00d7\u00f7]"
)
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


class _Hit(NamedTuple):
    start: int
    end: int
    phrase: int  # which phrase (or pattern) of the matcher


@dataclass(frozen=True, slots=True)
class _Group:
    """Phrases sharing a literal prefix: one pattern ``prefix(?:(rest1)|(rest2)|...)``."""

    gates: tuple[str, ...]  # search only if one occurs in the text
    gate_ids: frozenset[int]  # their indexes in the matcher's gate scan
    pattern: re.Pattern[str]
    indexes: tuple[int, ...]  # phrase index of each capture group
    prefix: str  # the literal every match starts with

    def finditer(self, low: str, start: int = 0, end: int | None = None) -> Iterator[_Hit]:
        """``pattern.finditer(low, start, end)`` as hits, found with ``str.find`` + ``match``.

        Equal to the regex engine's scan (every match starts with :attr:`prefix`, and matches do
        not overlap: the next candidate is at or after the previous match's end) but several
        times faster, because ``str.find`` skips to each candidate far faster than the engine's
        own prefix search. A prefix shorter than 3 characters (``"i"``, ``"to"``) occurs so often
        that the engine's own scan is as fast: it is used there.
        """
        if end is None:
            end = len(low)
        prefix, match, indexes = self.prefix, self.pattern.match, self.indexes
        if len(prefix) < _MIN_GATE:  # a short prefix occurs too often: let the engine scan
            for found in self.pattern.finditer(low, start, end):
                yield _Hit(found.start(), found.end(), indexes[(found.lastindex or 1) - 1])
            return
        position = low.find(prefix, start, end)
        while position >= 0:
            matched = match(low, position, end)
            if matched is None:
                position = low.find(prefix, position + 1, end)
            else:
                yield _Hit(position, matched.end(), indexes[(matched.lastindex or 1) - 1])
                position = low.find(prefix, max(matched.end(), position + 1), end)

    def finditer_near(
        self, low: str, windows: Sequence[tuple[int, int]], end: int | None = None
    ) -> Iterator[_Hit]:
        """:meth:`finditer` where every match starts inside one of ``windows``.

        ``windows`` (``[start, stop)`` ranges, any order) must hold the start of every match
        (:meth:`_Matcher.windows` finds them); then this equals ``finditer(low, 0, end)``:
        the same candidates in the same order (occurrences of :attr:`prefix`), minus those
        where no match can start, each tried only at or after the previous match's end.
        """
        if end is None:
            end = len(low)
        prefix, match, indexes = self.prefix, self.pattern.match, self.indexes
        positions: set[int] = set()
        for start, stop in windows:
            position = low.find(prefix, start, stop)
            while position >= 0:
                positions.add(position)
                position = low.find(prefix, position + 1, stop)
        after = 0
        for position in sorted(positions):
            if position < after:
                continue  # inside the previous match: finditer never tries it
            matched = match(low, position, end)
            if matched is not None:
                after = matched.end()
                yield _Hit(position, after, indexes[(matched.lastindex or 1) - 1])

    def occurs_near(self, text: str, windows: Sequence[tuple[int, int]]) -> bool:
        """Whether :meth:`finditer_near` would find a match, on an ASCII ``text`` in any case.

        On ASCII text the group's pattern matches the lowercased text at a position exactly
        where its case-insensitive copy matches the text there (its literals are lowercase,
        its classes hold no letter or hold both cases), so only each window is lowercased, to
        find the occurrences of :attr:`prefix` in it.
        """
        prefix, match = self.prefix, _caseless(self.pattern).match
        for start, stop in windows:
            window = text[start:stop].lower()
            position = window.find(prefix)
            while position >= 0:
                if match(text, start + position) is not None:
                    return True
                position = window.find(prefix, position + 1)
        return False

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


@dataclass(frozen=True, slots=True)
class _Matcher:
    """Compiled keyword phrases and regex patterns.

    Hot path: one :class:`~rewardkit.reflect.scan.GateScan` per text finds which gates occur
    (few shared literals chosen by :func:`_choose_gates`); only the groups with a gate present
    are searched, each with one pattern.
    """

    keys: tuple[str, ...]  # canonical text of each phrase / pattern
    weights: tuple[float, ...]
    groups: tuple[_Group, ...]  # keyword phrases grouped by literal prefix
    patterns: tuple[tuple[int, regex.Pattern[str]], ...]  # user regexes, searched one by one
    singles: tuple[tuple[str, str], ...]  # (anchor, pattern source) of each phrase (profile)
    scan: GateScan
    #: UTF-8 sources of the phrases with a literal beyond ASCII, and the group of each: they
    #: have no source over the ASCII stand-in of a text (see :meth:`windows`).
    wide_sources: tuple[bytes, ...] = ()
    wide_groups: tuple[int, ...] = ()

    def windows(
        self, text: str, low: str | None = None, limit: int = MAX_SPANS
    ) -> dict[int, list[tuple[int, int]]] | None:
        """Per group index, ranges of ``low`` that hold the start of every match of the group.

        One hyperscan scan of the phrases' ASCII sources (a superset of each phrase: no word
        boundaries), reporting each match's leftmost start and end (:func:`ascii_spans`): a
        phrase match ``[p, e)`` is a source match, so ``p`` lies in a reported ``[start, e)``.
        An ASCII ``text`` (any case) is scanned as it is; any other is scanned as the ASCII
        stand-in of ``low`` (its lowercase, required then), one byte per character, on which
        the sources match wherever the phrases match ``low``; phrases with a literal beyond
        ASCII are looked for in its UTF-8 bytes, and their groups get all of ``low``. A group
        without a range cannot match. ``None``: not available (no hyperscan, a text beyond
        ASCII without ``low``, or more than ``limit`` source matches).
        """
        if not self.groups or not fast_backend():
            return None
        if text.isascii():
            data = text.encode("ascii")
        elif low is None:
            return None
        else:
            data = stand_in(low)
        spans = ascii_spans(self.scan.ascii_sources, data, limit)
        if spans is None:
            return None
        found = self._by_group(spans)
        if low is not None and self.wide_sources and not low.isascii():
            everywhere = [(0, len(low))]
            for index in scan_sources(self.wide_sources, low.encode("utf-8", "surrogatepass")):
                found[self.wide_groups[index]] = everywhere
        return found

    def any(self, text: str, low: str | None = None) -> bool:
        """Whether any phrase or pattern occurs in ``text`` (the hot path of aha).

        ``low`` is ``text.lower()`` if the caller has it; otherwise the text is lowercased only
        when a phrase may occur in it (or user patterns must run).
        """
        if low is None and text.isascii():
            quick = self._any_ascii(text)
            if quick is not None:
                return quick
        windows = self.windows(text) if text.isascii() else None
        if windows is not None:
            return self._any_near(text, windows, low)
        if not fast_backend():  # substring tests, stopping at the first group that matches
            if low is None:
                low = text.lower()
            for group in self.groups:
                if any(gate in low for gate in group.gates):
                    for _ in group.finditer(low):
                        return True
        elif present := self.scan.present(text, low):
            if low is None:
                low = text.lower()
            for group in self.groups:
                if not present.isdisjoint(group.gate_ids):
                    for _ in group.finditer(low):
                        return True
        return self._any_pattern(text, low)

    def _any_ascii(self, text: str) -> bool | None:
        """:meth:`any` of an ASCII ``text`` (no ``low``) in one call; ``None``: take :meth:`any`.

        The steps of :meth:`windows` then :meth:`_any_near` for that case, without their calls
        (a single-text ``aha`` call spent more in them than in the scan): the span scan of the
        phrases' ASCII sources, each group's pattern tried near its spans, then the user
        patterns. ``None`` exactly where :meth:`windows` gives ``None`` (no hyperscan, no span
        database, more than :data:`MAX_SPANS` source matches). Tested equal to that path.
        """
        if not self.groups or not fast_backend():
            return None
        data = text.encode("ascii")
        if not self.scan.any_gate(data):  # most texts: no gate word, so no phrase
            return self._any_pattern(text, None)
        found = ascii_spans(self.scan.ascii_sources, data)
        if found is None:
            return None
        if found:
            groups = self.groups
            windows = self._by_group(found)
            if any(groups[i].occurs_near(text, ranges) for i, ranges in windows.items()):
                return True
        return self._any_pattern(text, None)

    def _by_group(self, spans: Iterable[tuple[int, int, int]]) -> dict[int, list[tuple[int, int]]]:
        """The ``(source, start, end)`` matches of the span scan as ranges per group index."""
        base, gates, count = len(self.scan.gates), self.scan.ascii_gates, len(self.groups)
        found: dict[int, list[tuple[int, int]]] = {}
        for source, start, end in spans:
            group = gates[source] - base
            if group < count:
                found.setdefault(group, []).append((start, end))
        return found

    def _any_near(
        self, text: str, windows: dict[int, list[tuple[int, int]]], low: str | None = None
    ) -> bool:
        """:meth:`any`, given the :meth:`windows` of the text."""
        if windows:
            if low is None and text.isascii():  # no need to lowercase it all
                groups = self.groups
                if any(groups[i].occurs_near(text, ranges) for i, ranges in windows.items()):
                    return True
                return self._any_pattern(text, low)
            if low is None:
                low = text.lower()
            for index, ranges in windows.items():
                for _ in self.groups[index].finditer_near(low, ranges):
                    return True
        return self._any_pattern(text, low)

    def _any_pattern(self, text: str, low: str | None) -> bool:
        """Whether a user pattern occurs in the text."""
        if not self.patterns:
            return False
        if low is None:
            low = text.lower()
        return any(user_hits(pattern, low) for _, pattern in self.patterns)

    def any_many(self, texts: Sequence[str]) -> list[bool]:
        """:meth:`any` for each text (any case), one scan for all the ASCII ones.

        With hyperscan, the ASCII texts are scanned joined (:meth:`joined_windows`: one
        call for them instead of one per text), the others one by one. Otherwise short texts
        are searched joined (as fast for ``any``, 2x faster for :meth:`hits_many` on
        300-character GSM8K solutions) and long ones one by one (the copy does not repay:
        6 KB completions are 1.2x faster one by one); the crossover is near
        :data:`_JOIN_BELOW` characters on average.
        """
        per_text = self.joined_windows(texts)
        if per_text is not None:
            return [
                self.any(text) if windows is None else self._any_near(text, windows)
                for text, windows in zip(texts, per_text, strict=True)
            ]
        if sum(map(len, texts)) < _JOIN_BELOW * len(texts):
            return self.any_batch([text.lower() for text in texts])
        return [self.any(text) for text in texts]

    def joined_windows(
        self, texts: Sequence[str]
    ) -> list[dict[int, list[tuple[int, int]]] | None] | None:
        """The :meth:`windows` of each ASCII text, from one scan of them joined by NUL.

        No phrase source matches a NUL, so no span crosses from one text into the next. A
        text beyond ASCII gets ``None`` (the caller scans it alone). ``None`` for all: not
        available (fewer than two ASCII texts, no hyperscan, or more than :data:`MAX_SPANS`
        source matches per text).
        """
        chosen = [i for i, text in enumerate(texts) if text.isascii()]
        if len(chosen) < 2:
            return None
        joined = _join([texts[i] for i in chosen])
        windows = self.windows(joined.text, limit=MAX_SPANS * len(chosen))
        if windows is None:
            return None
        starts = joined.starts
        found: list[dict[int, list[tuple[int, int]]]] = [{} for _ in chosen]
        for index, ranges in windows.items():
            for start, end in ranges:
                i = bisect.bisect_right(starts, start) - 1
                offset = starts[i]
                found[i].setdefault(index, []).append((start - offset, end - offset))
        per_text: list[dict[int, list[tuple[int, int]]] | None] = [None] * len(texts)
        for i, windows_of_text in zip(chosen, found, strict=True):
            per_text[i] = windows_of_text
        return per_text

    def any_batch(self, lows: Sequence[str]) -> list[bool]:
        """:meth:`any` for each text, scanning the joined texts once per group."""
        return self.any_joined(_join(lows))

    def any_joined(self, texts: _Joined) -> list[bool]:
        """:meth:`any` for each of the joined lowercased texts."""
        joined, starts, lengths = texts
        found = [False] * len(starts)
        present = self.scan.present(joined, joined)
        for group in self.groups:
            if present.isdisjoint(group.gate_ids):
                continue
            for i in group.candidates(joined, starts):  # the texts in which a gate occurs
                if not found[i]:
                    for _ in group.finditer(joined, starts[i], starts[i] + lengths[i]):
                        found[i] = True
                        break
        if self.patterns:
            for i, start in enumerate(starts):
                if not found[i]:
                    low = joined[start : start + lengths[i]]
                    found[i] = any(user_hits(pattern, low) for _, pattern in self.patterns)
        return found

    def hits(self, low: str) -> list[_Hit]:
        """Every phrase and pattern occurrence in the lowercased text, sorted by position."""
        windows = self.windows(low, low)
        if windows is not None:
            return self._hits_near(low, windows)
        found: list[_Hit] = []
        if present := self.scan.present(low, low):
            for group in self.groups:
                if not present.isdisjoint(group.gate_ids):
                    found.extend(group.finditer(low))
        for index, pattern in self.patterns:
            found.extend(_Hit(start, end, index) for start, end in user_hits(pattern, low))
        found.sort()
        return found

    def _hits_near(self, low: str, windows: dict[int, list[tuple[int, int]]]) -> list[_Hit]:
        """:meth:`hits`, given the :meth:`windows` of the text."""
        found: list[_Hit] = []
        for group, ranges in windows.items():
            found.extend(self.groups[group].finditer_near(low, ranges))
        for index, pattern in self.patterns:
            found.extend(_Hit(start, end, index) for start, end in user_hits(pattern, low))
        found.sort()
        return found

    def hits_many(self, lows: Sequence[str]) -> list[list[_Hit]]:
        """:meth:`hits` for each text: one scan for all, or joined (see :meth:`any_many`)."""
        per_text = self.joined_windows(lows)
        if per_text is not None:
            return [
                self.hits(low) if windows is None else self._hits_near(low, windows)
                for low, windows in zip(lows, per_text, strict=True)
            ]
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
        present = self.scan.present(joined, joined)
        single = len(lows) == 1
        for group in self.groups:
            if present.isdisjoint(group.gate_ids):
                continue
            for i in [0] if single else group.candidates(joined, starts):
                offset = starts[i]
                found[i].extend(
                    _Hit(hit.start - offset, hit.end - offset, hit.phrase)
                    for hit in group.finditer(joined, offset, offset + lengths[i])
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


@lru_cache(maxsize=256)
def _caseless(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitively (see :meth:`_Group.occurs_near`)."""
    return re.compile(pattern.pattern, re.IGNORECASE)


def _runs(phrase: str) -> list[str]:
    """The literal runs of a phrase: every match contains each of them verbatim."""
    return [run for run in compiled(_SPECIAL_RUN).split(" ".join(phrase.lower().split())) if run]


#: Gates shorter than this are avoided (a one-letter gate occurs in every text).
_MIN_GATE = 3


def choose_gates(phrases: Sequence[str]) -> list[str]:
    """One gate per phrase, shared where possible (a greedy set cover over literal runs).

    A gate of a phrase is a literal run of some phrase that occurs inside one of its own runs,
    so every text the phrase matches (lowercased) contains its gate. Greedy: the run that gates
    the most phrases not yet gated, ties to the longer (more selective) run.

    Examples:
        >>> choose_gates(["recheck", "let's check", "but wait", "wait"])
        ['check', 'check', 'wait', 'wait']
    """
    runs = []
    for phrase in phrases:
        own = _runs(phrase) or [phrase]
        runs.append([run for run in own if len(run) >= _MIN_GATE] or [max(own, key=len)])
    candidates = sorted({run for phrase_runs in runs for run in phrase_runs}, key=len)
    covers = {
        candidate: {
            i for i, phrase_runs in enumerate(runs) if any(candidate in r for r in phrase_runs)
        }
        for candidate in candidates
    }
    gate_of: dict[int, str] = {}
    while len(gate_of) < len(phrases):
        best = max(candidates, key=lambda c: (len(covers[c] - gate_of.keys()), len(c)))
        for i in covers[best] - gate_of.keys():
            gate_of[i] = best
    return [gate_of[i] for i in range(len(phrases))]


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
    phrase_gates = choose_gates(keys)
    ascii_sources: list[bytes] = []
    ascii_gates: list[int] = []
    gates = tuple(dict.fromkeys(phrase_gates))
    gate_index = {gate: i for i, gate in enumerate(gates)}
    # Ids a gate scan reports: literal gate i is i; on an ASCII text, a phrase's own source
    # reports len(gates) + its group's index, so only that group is searched.
    group_of: dict[int, int] = {}
    groups: list[_Group] = []
    for (prefix, lookbehind), members in by_prefix.items():
        members.sort(key=lambda member: -len(keys[member[1]]))  # longest phrase first
        alternatives = "|".join(f"({rest})" for rest, _, _ in members)
        pattern = re.compile(f"{re.escape(prefix)}{lookbehind}(?:{alternatives})")
        group_gates = tuple(dict.fromkeys(phrase_gates[index] for _, index, _ in members))
        group_of.update((index, len(groups)) for _, index, _ in members)
        ids = {gate_index[gate] for gate in group_gates} | {len(gates) + len(groups)}
        groups.append(
            _Group(
                group_gates,
                frozenset(ids),
                pattern,
                tuple(index for _, index, _ in members),
                prefix,
            )
        )
    utf8_sources: list[bytes] = []
    utf8_gates: list[int] = []
    wide_sources: list[bytes] = []
    wide_groups: list[int] = []
    for index, phrase in enumerate(keys):
        ascii_bytes = ascii_source(phrase, _ascii_special)
        if ascii_bytes is not None:
            ascii_sources.append(ascii_bytes)
            ascii_gates.append(len(gates) + group_of[index])
        else:
            wide_sources.append(utf8_source(phrase, _utf8_special))
            wide_groups.append(group_of[index])
        utf8_sources.append(utf8_source(phrase, _utf8_special))
        utf8_gates.append(len(gates) + group_of[index])
    if not ascii_sources:
        ascii_sources.append(b"\\x00")  # a harmless stand-in: no phrase can match ASCII text
        ascii_gates.append(len(gates))
    caseless = all(char.isascii() or char.upper() == char == char.lower() for char in "".join(keys))
    scan = GateScan(
        gates,
        tuple(ascii_sources),
        tuple(ascii_gates),
        tuple(utf8_sources),
        tuple(utf8_gates),
        utf8_raw=caseless,
    )
    user = []
    for source, weight in patterns:
        user.append((len(keys), user_pattern(source)))
        keys.append(source)
        weights.append(weight)
    return _Matcher(
        tuple(keys),
        tuple(weights),
        tuple(groups),
        tuple(user),
        tuple(singles),
        scan,
        tuple(wide_sources),
        tuple(wide_groups),
    )


#: ``\s`` of ``re`` on ASCII: tab to carriage return, the four separators, and space.
_ASCII_SPACE = r"[\x09-\x0d\x1c-\x20]"


@lru_cache(maxsize=1)
def _spaces() -> tuple[str, ...]:
    r"""Every character ``\s`` matches in a ``str`` pattern (``str.isspace``; all below U+3001)."""
    return tuple(char for char in map(chr, range(0x3001)) if char.isspace())


def _utf8_special(char: str) -> list[str] | None:
    """The characters a flexible phrase character stands for (see :func:`keyword_pattern`)."""
    if char.isspace():
        return [*_spaces(), "+"]
    if char in _APOSTROPHES:
        return [*_APOSTROPHES, ""]
    if char in _HYPHENS:
        return [*_HYPHENS, *_spaces(), ""]
    return None


def _ascii_special(char: str) -> str | None:
    """The ASCII-text regex of a flexible phrase character (see :func:`keyword_pattern`).

    Also right on the ASCII stand-in of any text (:func:`~rewardkit.reflect.scan.stand_in`),
    where every whitespace character reads as a space, every apostrophe as ``'`` and a dash
    as the stand-in of a sign (DEL).
    """
    if char.isspace():
        return _ASCII_SPACE + "+"
    if char in _APOSTROPHES:
        return r"[\x27\x60]?"
    if char in _HYPHENS:
        return r"(?:-|\x7f|" + _ASCII_SPACE + ")?"
    return None


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
