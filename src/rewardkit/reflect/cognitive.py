"""Cognitive behaviours: :func:`behaviors` counts and the :func:`cognitive_behaviors` reward.

The behaviour pattern families are data (:data:`rewardkit.keywords.BEHAVIOR_PATTERNS`); they are
compiled on first use.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rewardkit._lazy import lazy_compile
from rewardkit._validate import column_name, expecting, field_default, validate_fields
from rewardkit.errors import ConfigError
from rewardkit.keywords import BEHAVIOR_PATTERNS, BEHAVIORS
from rewardkit.reflect.attempts import (
    AttemptEvent,
    GoalEvent,
    countdown_context,
    countdown_events,
)
from rewardkit.reflect.checks import verification_checks
from rewardkit.reflect.goalchain import goal_chain_events
from rewardkit.reflect.graded import (
    _REFLECTION,
    STUFFED_CAP,
    _check_stuffing_options,
    _follow_signature,
    _has_units,
    _reasoning_follows,
    _stuffing_factor,
)
from rewardkit.reflect.matching import _APOSTROPHE, _WORD, _as_tuple, compiled
from rewardkit.reflect.plans import one_method_label, plan_events
from rewardkit.reflect.regions import Where, _check_number, select_region
from rewardkit.reflect.scan import GateScan, PatternScan, ascii_regex, strip_leading
from rewardkit.reflect.switches import method_switches, retried_goals
from rewardkit.reward import Batch, Reward, Sample
from rewardkit.text import lower, normalize

__all__ = ["CognitiveBehaviors", "behaviors", "cognitive_behaviors"]


def _behavior_source(shorthand: str, apostrophe: str = _APOSTROPHE) -> str:
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
            out.append(apostrophe)
        else:
            out.append(char)
    return "".join(out)


#: Characters searched before and after each trigger occurrence of a behaviour pattern.
_BEFORE, _AFTER = 120, 160
#: Past this many trigger occurrences, a behaviour pattern is searched over the whole text.
_MAX_WINDOWS = 64
# The end of a match must be on a word boundary where its last character is a letter or digit.
_END_BOUNDARY = f"(?:(?<!{_WORD})|(?!{_WORD}))"


def _first_chars(items: object) -> tuple[set[str], bool] | None:
    r"""The characters a match of a parsed ``re`` sequence can begin with, and its nullability.

    ``(classes, nullable)``: ``classes`` holds class items (``a``, ``0-9``, ``\s``) of which
    the first character a match consumes is one, unless ``nullable`` (the sequence can match
    the empty string, and its first character, if any, comes from what follows). ``None`` when
    an item is not understood (a negated class, ``.``, a back reference, a case flag): no gate.
    """
    classes: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes from a later item
        if name == "LITERAL":
            classes.add(_class_char(av))
            return classes, False
        if name == "IN":
            for item_op, item_av in av:
                item = str(item_op)
                if item == "LITERAL":
                    classes.add(_class_char(item_av))
                elif item == "RANGE":
                    classes.add(f"{_class_char(item_av[0])}-{_class_char(item_av[1])}")
                elif item == "CATEGORY" and str(item_av) in _CATEGORIES:
                    classes.add(_CATEGORIES[str(item_av)])
                else:
                    return None  # a negated class or a category without a class escape
            return classes, False
        if name in ("BRANCH",):
            nullable = False
            for alternative in av[1]:
                found = _first_chars(alternative)
                if found is None:
                    return None
                classes |= found[0]
                nullable = nullable or found[1]
            if not nullable:
                return classes, False
            continue
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            if name == "SUBPATTERN":
                _, add_flags, del_flags, body = av
                if add_flags or del_flags:
                    return None
            else:
                body = av
            found = _first_chars(body)
            if found is None:
                return None
            classes |= found[0]
            if not found[1]:
                return classes, False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = av
            found = _first_chars(body)
            if found is None:
                return None
            classes |= found[0]
            if low > 0 and not found[1]:
                return classes, False
            continue
        return None  # ANY, NOT_LITERAL, GROUPREF, ...: not understood
    return classes, True


_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_UNI_DIGIT": r"\d",
    "CATEGORY_UNI_SPACE": r"\s",
    "CATEGORY_UNI_WORD": r"\w",
}


def _class_char(code: int) -> str:
    """A character as a class item (escaped so that it stands for itself)."""
    return re.escape(chr(code)) if chr(code) in "\\]^-[" else chr(code)


def gated(source: str) -> str:
    r"""``source`` behind a lookahead on the characters its matches can begin with.

    The same matches at the same positions (a match that consumes a character begins with one
    of those, and a source that can match the empty string is left alone), but ``re`` rejects
    every other start at the first character instead of trying each alternative there: a
    search over a window about 1.5x faster for a pattern led by an alternation of words.

    Examples:
        >>> gated(r"(?:this|that|\d+)\s+works")
        '(?=[\\dt])(?:(?:this|that|\\d+)\\s+works)'
        >>> gated(r"(?:so\s+)?\d+ is")
        '(?=[\\ds])(?:(?:so\\s+)?\\d+ is)'
        >>> gated(r"x?"), gated(r"(?:this|that) works")  # empty matches; re skips itself
        ('x?', '(?:this|that) works')
    """
    try:
        parsed = _parse(source)
    except (re.error, RecursionError):
        return source
    if parsed.state.flags & ~re.UNICODE:  # global flags must stay at the very start
        return source
    if _skips_itself(parsed):
        return source
    found = _first_chars(parsed)
    if found is None or found[1] or not found[0]:
        return source
    return f"(?=[{''.join(sorted(found[0]))}])(?:{source})"


def _skips_itself(parsed: Any) -> bool:
    """Whether ``re`` already skips to the possible starts (a gate would only slow it).

    It does for a leading literal or class, or an alternation whose alternatives all begin
    with a literal.
    """
    items = parsed
    while True:
        if not items:
            return False
        op, av = items[0]
        if str(op) != "SUBPATTERN" or av[1] or av[2]:
            break
        items = av[3]
    name = str(op)
    if name in ("LITERAL", "IN"):
        return True
    return name == "BRANCH" and all(
        alternative and str(alternative[0][0]) == "LITERAL" for alternative in av[1]
    )


def _parse(source: str) -> Any:  # the parsed pattern (re's internal parser)
    parser: Any = getattr(re, "_parser", None)
    if parser is None:  # Python 3.10
        import sre_parse as parser

    return parser.parse(source)


def _compile_gated(source: str) -> re.Pattern[str]:
    """``source`` compiled :func:`gated` (as written if the gated form does not compile)."""
    try:
        return re.compile(gated(source))
    except re.error:
        return re.compile(source)


class _Lazy:
    """A regular expression compiled on its first search (most texts never need most of them).

    It is compiled :func:`gated`: the same matches, found faster.
    """

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer`` of the compiled pattern."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile_gated(self.source)
        return compiled.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search`` of the compiled pattern."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _compile_gated(self.source)
        return compiled.search(text, pos, endpos)


_BehaviorTable = tuple[tuple[str, tuple[tuple[tuple[str, ...], _Lazy], ...]], ...]


@lru_cache(maxsize=1)
def _behavior_table() -> _BehaviorTable:
    return tuple(
        (
            name,
            tuple(
                (triggers, _Lazy(f"(?:{_behavior_source(source)}){_END_BOUNDARY}"))
                for triggers, source in BEHAVIOR_PATTERNS[name]
            ),
        )
        for name in BEHAVIORS
    )


class _Triggers:
    """Where each trigger occurs in one lowercased text, found once and shared by patterns.

    One :class:`~rewardkit.reflect.scan.GateScan` over every trigger of every pattern tells
    which occur at all; the positions of those are then found once (``str.find``) however many
    patterns share the trigger.
    """

    __slots__ = ("_low", "_present", "_ranges")

    def __init__(self, low: str, scan: GateScan) -> None:
        self._low = low
        self._present = {scan.gates[i] for i in scan.present(low, low)}
        self._ranges: dict[str, list[tuple[int, int]]] = {}

    def ranges(self, trigger: str) -> list[tuple[int, int]]:
        """The range around each occurrence of ``trigger`` (at most ``_MAX_WINDOWS + 1``)."""
        found = self._ranges.get(trigger)
        if found is None:
            found = []
            if trigger in self._present:
                low, before, after = self._low, _BEFORE, len(trigger) + _AFTER
                position = low.find(trigger)
                while position >= 0 and len(found) <= _MAX_WINDOWS:
                    found.append((max(0, position - before), position + after))
                    position = low.find(trigger, position + 1)
            self._ranges[trigger] = found
        return found

    def windows(self, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
        """Merged ranges around every occurrence of a trigger (the whole text if too many)."""
        if self._present.isdisjoint(triggers):
            return []
        ranges: list[tuple[int, int]] = []
        for trigger in triggers:
            ranges += self.ranges(trigger)
            if len(ranges) > _MAX_WINDOWS:
                return [(0, len(self._low))]
        return _union(ranges)


@lru_cache(maxsize=1)
def _trigger_scan() -> GateScan:
    """One gate scan over every trigger of every behaviour pattern."""
    triggers = dict.fromkeys(
        trigger
        for name in BEHAVIORS
        for triggers, _ in BEHAVIOR_PATTERNS[name]
        for trigger in triggers
    )
    return GateScan(tuple(triggers))


@lru_cache(maxsize=1)
def _pattern_scan() -> PatternScan:
    """A prefilter of every behaviour pattern, in :func:`_behavior_table` order."""
    return PatternScan(
        tuple(
            _prefilter_source(source) for name in BEHAVIORS for _, source in BEHAVIOR_PATTERNS[name]
        )
    )


#: A pattern's leading ``(?#prefilter:N)``: its prefilter keeps ``N`` required words, not three;
#: ``(?#prefilter:N!)`` drops any leading item, not only frequent words, while they remain.
_PREFILTER_HINT = re.compile(r"\(\?#prefilter:(\d)(!?)\)")


def _prefilter_source(source: str) -> bytes | None:
    r"""The hyperscan prefilter of a behaviour pattern: widened, leading items stripped.

    Examples:
        >>> _prefilter_source(r"(?:this|that) (?:seems|looks) wrong")
        b'(?:this|that)[\\x09-\\x0d\\x1c-\\x20]+(?:seems|looks)[\\x09-\\x0d\\x1c-\\x20]+wrong'
        >>> _prefilter_source(r"(?#prefilter:2)(?:this|that) (?:seems|looks) wrong")
        b'(?:seems|looks)[\\x09-\\x0d\\x1c-\\x20]+wrong'
        >>> _prefilter_source(r"(?#prefilter:1!)(?:let me|we should) find (?:it|them) first")
        b'first'
    """
    hint = _PREFILTER_HINT.match(source)
    widened = _widen(_behavior_source(source[hint.end() :] if hint else source, "['`]?"))
    if hint is None:
        return ascii_regex(strip_leading(widened))
    return ascii_regex(strip_leading(widened, int(hint.group(1)), force=bool(hint.group(2))))


_BOUNDED_REPEAT = re.compile(r"\{(\d+),\d+\}\??")


def _widen(source: str) -> str:
    """``source`` with bounded repeats unbounded (``{0,8}?`` -> ``*``, ``{1,4}`` -> ``+``).

    A superset, as a prefilter must be; hyperscan compiles bounded repeats of word groups
    slowly (seconds for the whole table), unbounded ones fast.
    """
    return _BOUNDED_REPEAT.sub(lambda m: "*" if m.group(1) == "0" else "+", source)


#: Longest behaviour match: a match lies within the trigger window around one of its triggers.
_REACH = _BEFORE + _AFTER + 40


def _end_windows(ends: list[int], length: int) -> list[tuple[int, int]]:
    """Merged ranges that hold every match ending at one of ``ends`` (and its lookahead)."""
    if len(ends) > 4 * _MAX_WINDOWS:
        return [(0, length)]
    return _union([(max(0, end - _REACH), min(length, end + _AFTER)) for end in ends])


def _starts_on_boundary(low: str, start: int) -> bool:
    word = compiled(_WORD)
    return start == 0 or word.match(low, start - 1) is None or word.match(low, start) is None


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of spans (sorted in place) as sorted disjoint spans (touching ones join)."""
    if not spans:
        return []
    spans.sort()
    merged: list[tuple[int, int]] = []
    first, last = spans[0]
    for start, end in spans:
        if start <= last:
            if end > last:
                last = end
        else:
            merged.append((first, last))
            first, last = start, end
    merged.append((first, last))
    return merged


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without overlaps: the longest at each start, then the next after it."""
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


@lru_cache(maxsize=1)
def _flat_table() -> tuple[tuple[int, tuple[str, ...], _Lazy], ...]:
    """Every behaviour pattern as ``(family index, triggers, pattern)``, in table order."""
    return tuple(
        (family, triggers, pattern)
        for family, (_, patterns) in enumerate(_behavior_table())
        for triggers, pattern in patterns
    )


@lru_cache(maxsize=1)
def _unscanned() -> frozenset[int]:
    """Indexes of the patterns the prefilter does not cover (searched near their triggers)."""
    return frozenset(k for k, source in enumerate(_pattern_scan().sources) if source is None)


#: The behaviour prefilter's report for one text: the ends by pattern index, or ``None`` when
#: it is not available (see :meth:`rewardkit.reflect.scan.PatternScan.ends`).
_Ends = dict[int, list[int]] | None
#: A report given to :func:`_behavior_hits` by a caller that scanned the text already.
_Scanned = tuple[_Ends]


def _behavior_hits(
    low: str, *, windows: bool = True, scanned: _Scanned | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Non-overlapping match spans of each behaviour family in the lowercased text.

    ``windows=False`` searches every pattern over the whole text: the reference the windowed
    search is tested against. With the hyperscan prefilter only the patterns it reports are
    searched, near the ends it reports; otherwise each pattern near its triggers.
    ``scanned``: the prefilter's report for ``low`` when the caller scanned it already (see
    :func:`_prefilter_reports`), else the text is scanned here.
    """
    flat = _flat_table()
    spans: list[list[tuple[int, int]]] = [[] for _ in BEHAVIORS]
    ends: _Ends
    if not windows:
        ends = None
    elif scanned is not None:
        ends = scanned[0]
    else:
        ends = _pattern_scan().ends(low)
    found: _Triggers | None = None
    if not windows:
        todo: Iterable[int] = range(len(flat))
    elif ends is None:
        todo = range(len(flat))
        found = _Triggers(low, _trigger_scan())
    else:
        todo = sorted(_unscanned().union(ends))
    for k in todo:
        family, triggers, pattern = flat[k]
        if not windows:
            ranges = [(0, len(low))]
        elif ends is not None and k in ends:
            spans[family] += _confirmed_near(pattern, low, ends[k])
            continue
        else:
            if ends is not None and not any(trigger in low for trigger in triggers):
                continue  # e.g. a pattern of non-ASCII signs on an ASCII text
            if found is None:
                found = _Triggers(low, _trigger_scan())
            ranges = found.windows(triggers)
        spans[family] += _matches_in(pattern, low, ranges)
    hits: dict[str, list[tuple[int, int]]] = {}
    for i, name in enumerate(BEHAVIORS):
        kept = _non_overlapping(spans[i])
        hits[name] = _not_stated(low, kept, name)
    return hits


def _confirmed_near(pattern: _Lazy, low: str, ends: list[int]) -> list[tuple[int, int]]:
    """The spans of ``pattern``'s matches around the prefilter's reported ``ends`` for it.

    Every match ends at a reported end. With one end, at most one non-empty match fits in the
    window (two would overlap), and the first the engine finds is the one finditer would
    yield: one search. Non-empty matches starting on a word boundary, as :func:`_matches_in`.
    """
    length = len(low)
    if len(ends) > 1:
        return _matches_in(pattern, low, _end_windows(ends, length))
    m = pattern.search(low, max(0, ends[0] - _REACH), min(length, ends[0] + _AFTER))
    if m is None:
        return []
    m_start, m_end = m.span()
    return [(m_start, m_end)] if m_end > m_start and _starts_on_boundary(low, m_start) else []


def _matches_in(pattern: _Lazy, low: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``pattern``'s non-empty matches in ``ranges`` starting on a word boundary."""
    found: list[tuple[int, int]] = []
    for start, end in ranges:
        for m in pattern.finditer(low, start, end):
            m_start, m_end = m.span()
            if m_end > m_start and _starts_on_boundary(low, m_start):
                found.append((m_start, m_end))
    return found


def _prefilter_reports(lows: list[str]) -> list[_Scanned]:
    """The behaviour prefilter's report for each text (see :func:`_behavior_hits`), in order."""
    scan = _pattern_scan()
    return [(scan.ends(low),) for low in lows]


# Precision wave (seventh session): a phrase inside a sentence that only STATES something is
# not the behaviour, whatever the family. The sentence is read back to its start (the last
# ". ", "; ", "! ", "? " or line break, at most _CLAUSE_BACK characters back).
_CLAUSE_BACK = 200
# The behaviours' names and a check's, as a definition's subject may name them (bare "check"
# only as the first: a list of names is of the behaviours).
_NAMES = (
    r"backtracking|backward[- ]chaining|backward reasoning|working backwards?|verification"
    r"|verifying|checking|(?:sanity|reality|cross|double)[- ]?check(?:ing)?",
    r"subgoals?|sub-goals?|subgoal setting|goal setting|decomposition",
)
# A behaviour's (or a check's) name as the subject of a definition: "Backtracking is a search
# technique ...", "A sanity check, in a written solution, is a quick test ...", "In Countdown,
# working backwards means ...", "A subgoal refers to ...". Not "the check is that 3 * 3 = 9"
# (the text's own check: a definite subject) nor "verifying this is easy" (an object).
_DEFINITION = lazy_compile(
    r"[\s*#>-]*(?:in [^,.;\n]{1,50}, )?(?:(?:a|an) )?(?:(?!(?:the|this|that|these|our|my|its"
    r"|their|your|another|each|every|one|final|last|next|first|second)\b)[a-z-]+ ){0,2}?"
    rf"(?:{_NAMES[0]}|check|{_NAMES[1]})"
    # (the ninth session's second backward-chaining wave: the names listed, "subgoal setting and
    # backward chaining are related planning ideas", "verification, backtracking and subgoal
    # setting are kinds of ...")
    rf"(?:(?:,|,? and|,? or) (?:{_NAMES[0]}|{_NAMES[1]}))*"
    # "a verification step in a proof is ...", "backward chaining, also called ..., starts"
    r"(?: (?:steps?|process|method|strategy|technique|stage))?(?: (?:in|of|for|during)"
    r" [^,.;\n]{1,40}?)?(?:, (?:also )?(?:called|known as|or) [^,.;\n]{1,60}, [a-z]+\b|(?:,"
    r" [^,.;\n]{1,60},)? (?:(?:is|are) (?:a|an|when|where|what|how|the (?:process|act|practice"
    r"|technique|method|idea|habit|strategy|name) of|(?:closely )?related (?:planning |search"
    r" |problem-solving |reasoning )?(?:ideas|concepts|techniques|strategies|methods|notions)"
    r"|(?:two |three |four )?(?:kinds|types|forms|examples) of)\b|refers? to\b|means?\b|(?:is|are)"
    r" (?:defined|called|known)\b|describes?\b|consists? (?:of|in)\b))"
)
# A sentence with a number or an equation in it is work, not a definition ("a quick check is
# a good idea: 3 * 4 = 12, which matches").
_WORKED = lazy_compile(r"[^.!?;\n]{0,300}?[\d=]")
# The task's own demand restated ("we are asked to verify that ...", "the problem asks us to
# show ...", "our task is to check ..."): the phrase must follow it closely, with no comma.
_TASK = lazy_compile(
    r"\b(?:(?:ask(?:ed|s)?|says)(?: us| you| me)?|(?:wants|requires|tells|instructs) (?:us|you|me))"
    r" to\b|\b(?:task|job|assignment)(?: here)? is to\b"
)
# A subgoal whose only step is done at once and that nothing follows ("we need to find x
# first; from 3x = 12, x = 4."), or one method named ("the plan is to use the quadratic
# formula."): the rest of the text, when short, holds no later step.
_FIRST_END = lazy_compile(
    r"\bfirst$|\b(?:need|needs|have to|has to|must)\b.*\bfirst\b|\bfirst (?:need|have to|must)\b"
)
_REASON = lazy_compile(r",? (?:because|since|as|before|so that)\b")  # the goal's reason follows
_DONE = lazy_compile(r"=|\b(?:is|are|gives?|equals?) [-+$]?\\?\(?\d")
_ONE_METHOD = lazy_compile(
    r"(?:the|our|my) (?:plan|strategy|approach|idea|method|key|trick)(?: here)? (?:is|will be) to"
    r" (?:use|apply|try)\b(?:[^.!?;:\n]|\.(?=\d)){0,60}[.!?]?\s*\Z"
)
_LATER_STEP = lazy_compile(
    r"\b(?:then|next|now|after|afterwards|second|secondly|finally|later|once|with (?:this|that"
    r"|it)|using|plug|substitut|so that|to (?:find|get|compute|make|solve|obtain))\b"
)
_REST_SHORT = 160
# A first step that only reads the problem ("our first step is to read the problem carefully").
_READING = lazy_compile(
    r"\s*(?:to )?(?:first )?(?:carefully )?(?:read|re-?read|understand|restate|rephrase|parse)"
    r" (?:the (?:problem|question|statement|task)|what)\b"
)
# A given returned to for its work when nothing comes before it ("Let's go back to the
# original equation: 2x + 3 = 11, ..." as the text's first sentence): there is no path to
# leave. Alone ("Let's go back to the original equation.") it still counts.
_BACK_TO_GIVEN = lazy_compile(
    r"[\s*#>-]*(?:(?:let's|let me|let us|we|i|we'll|i'll|now,?|so,?) )?(?:go|going|come|coming)"
    r" back to the (?:original |given )?(?:equation|expression|problem|setup|statement|question"
    r"|definition|system|formula|original|given)\b"
    r"(?![^\n.!?;]*\b(?:instead|try|different|another|wrong|mistake|again|fails?|failed)\b)"
    # and its ordinary work follows ("...: 2x + 3 = 11, so x = 4"), or a reading of it
    r"(?:[^\n.!?;:,]{0,40}[:,]|[^\n.!?;:,]{0,20}? to (?:see|read|recall|check|find out) what\b)"
)


def _clause_start(low: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after ``". "``, ``"; "``, a line break...)."""
    back = max(0, start - _CLAUSE_BACK)
    end = start
    while True:
        mark = max(
            low.rfind(".", back, end),
            low.rfind(";", back, end),
            low.rfind("\n", back, end),
            low.rfind("!", back, end),
            low.rfind("?", back, end),
        )
        if mark < 0:
            return back
        if low[mark] == "\n" or low[mark + 1 : mark + 2].isspace():
            return mark + 1
        end = mark  # "3.5", "e.g.": not a sentence's end


# (fourteenth session) The Countdown task restated as the text's opening ("Okay, so I need to
# make 69 using 15, 3, and 8.", "so the task is to make 69 with 15, 3 and 8"): a number to make
# and the numbers to make it from, in the text's first sentence, before any work.
_TASK_OPENING = lazy_compile(
    r"\b(?:need|needs|have|has|want|wants|trying|asked|supposed|going|got|is|are)\s+to\s+"
    r"(?:make|reach|get|form|hit|obtain|create|produce|build)\s+(?:exactly\s+)?\$?\d+\$?\s+"
    r"(?:using|with|from|out\s+of|by\s+combining)\s+(?:the\s+|all\s+|these\s+)?"
    r"(?:(?:four|three|five|six|given)\s+)?(?:numbers?\s*:?\s*)?[\[({]?\s*\$?\d+\$?\s*,"
)


def _opening_task(low: str, clause: int, start: int, end: int) -> bool:
    """Whether the phrase at ``start`` restates the task in the text's first sentence."""
    if any(ch.isdigit() or ch == "=" for ch in low[:start]):
        return False  # work or numbers before it: not the opening
    task = _TASK_OPENING.search(low, clause, min(len(low), end + 80))
    return task is not None and task.start() <= end


def _task_restated(low: str, begin: int, start: int) -> bool:
    """The task's demand ends right before the phrase at ``start``, with no comma between."""
    task = _TASK.search(low, begin, min(len(low), start + 12))
    return task is not None and task.start() <= start and "," not in low[task.end() : start]


# (sixteenth session, from the thirty-second round's controls: a textbook's and a teacher's
# register) a section's title naming a method, and a lesson's agenda
_HEADING = lazy_compile(
    r"[\s*#>-]*(?:section|chapter|lesson|unit|topic|\u00a7)\s*[0-9]+(?:\.[0-9]+)*[.:)]?\s+"
)
_AGENDA = lazy_compile(
    r"[\s*#>-]*(?:the |my |our )?(?:plan|agenda|outline|schedule) for (?:today|tonight|this"
    r" (?:week|lesson|session|class|lecture|term)|the (?:lesson|session|class|week|lecture|term)"
    r"|(?:today|tomorrow)['\u2019]s (?:lesson|session|class|lecture))\b"
)


# the game's rules told: "combine the numbers with +, -, x and / so the result equals the
# target, using each number once" (sixteenth session)
_RULES = lazy_compile(
    r"\b(?:combine|use|using) (?:the |these |your |all (?:the )?)?(?:numbers|cards|tiles)\b"
    r"|\beach (?:given |of the )?(?:number|card|tile)s?\b"
)


#: Characters past a phrase read for the rest of its sentence (:func:`_rules_stated`).
_RULES_REACH = 300


def _rules_stated(low: str, clause: int, end: int) -> bool:
    """Whether the sentence from ``clause`` tells the game's rules, with no number or equation.

    The sentence is read to its end, at most :data:`_RULES_REACH` characters past the phrase
    (bounded: a flood of phrases without a full stop costs linear time).
    """
    limit = min(len(low), end + _RULES_REACH)
    stop = min((i for i in (low.find(c, end, limit) for c in ".!?\n") if i >= 0), default=limit)
    sentence = low[clause:stop]
    return _RULES.search(sentence) is not None and not any(
        ch.isdigit() or ch == "=" for ch in sentence
    )


def _not_stated(low: str, spans: list[tuple[int, int]], name: str) -> list[tuple[int, int]]:
    """``spans`` without the phrases of a sentence that only states something.

    Dropped: a definition of a behaviour's name, the task's demand restated, a given returned to
    as the text's first sentence (backtracking), a subgoal done at once with nothing after it
    (see the patterns above), a section's title, a lesson's agenda (subgoal). Linear: one
    bounded look back per span.
    """
    if not spans:
        return spans
    kept: list[tuple[int, int]] = []
    subgoal, backtracking, length = name == "subgoal_setting", name == "backtracking", len(low)
    for start, end in spans:
        clause = _clause_start(low, start)
        if _DEFINITION.match(low, clause) is not None and _WORKED.match(low, clause) is None:
            continue
        if (
            backtracking
            and clause < 16
            and low[:clause].strip(" \t\n*#>-") == ""
            and _BACK_TO_GIVEN.match(low, clause) is not None
        ):
            continue
        if subgoal and one_method_label(low, start):
            continue  # "**Approach:** use adding work rates.": one method named
        heading = _HEADING.match(low, clause)
        if heading is not None and heading.end() >= start:
            continue  # "Section 4.3 Working backwards.": a section's title (sixteenth session)
        if name == "verification" and _rules_stated(low, clause, end):
            continue  # "combine the numbers ... so the result is exactly the target": the rules
        if subgoal and _AGENDA.match(low, clause) is not None:
            continue  # "Plan for today's session: twenty minutes on vectors, then ...": a lesson's
        if clause < 200 and _opening_task(low, clause, start, end):
            continue  # "Okay, so I need to make 69 using 15, 3, and 8.": the task, restated
        near = low[max(clause, start - 60) : start + 12]
        if ("ask" in near or "s to" in near or "u to" in near) and _task_restated(
            low, max(clause, start - 60), start
        ):
            continue
        if subgoal and (
            _READING.match(low, end) is not None
            or (
                length - end <= _REST_SHORT
                and _LATER_STEP.search(low, end) is None
                and (
                    (
                        _FIRST_END.search(low, start, end) is not None
                        and _REASON.match(low, end) is None
                        and _DONE.search(low, end) is not None
                    )
                    or _ONE_METHOD.match(low, start) is not None
                )
            )
        ):
            continue
        kept.append((start, end))
    return kept


def behaviors(text: str, *, target: object = None, numbers: object = None) -> dict[str, int]:
    """Count the four cognitive behaviours in ``text``.

    Each behaviour is a family of patterns (:data:`rewardkit.keywords.BEHAVIOR_PATTERNS`)
    matched on the lowercased text with word boundaries; the count is the number of
    non-overlapping matches of the family. Raw counts: repeats are counted (the
    :func:`cognitive_behaviors` reward de-duplicates them).

    - ``verification``: checking an intermediate result against a target, a known value or
      the problem ("let's verify this by ...", "that gives 30, which is over the target",
      "no, 17 is not 24", "45 + 3 = 48, too big", "plugging it back in", "this works.").
    - ``backtracking``: abandoning an approach for another ("that route fails, let me use
      substitution instead", "scrap that", "try another ordering of the numbers", "I made a
      mistake").
    - ``subgoal_setting``: intermediate goals ("first get to 12, then double it", "we'll do
      this in two parts", "the key is to isolate x, after which ...").
    - ``backward_chaining``: reasoning from the goal ("since we need 22 and 22 = 25 - 3, we
      want a 3", "for the result to be zero, what must hold?", "working back from the
      answer").

    Problem clarification ("let's confirm the domain"), plain step numbering ("Step 1:
    12 * 2 = 24"), restating the question and a substitution that solves rather than checks
    are not behaviours. See ``docs/reflection.md`` for every family and its limits.

    Countdown attempts: with a known target (``target``, or one the text states) an attempt
    that misses it followed by a different attempt is also backtracking, without words
    (:func:`rewardkit.reflect.attempts.unworded_backtracking`: ``"25 + 3 = 28. 25 - 3 =
    22."`` with target 22); ``numbers`` are the given numbers, when known. Without any
    target, a complete attempt over the same three or more numbers as an earlier one, to
    another value, is one too (``"(25 - 3) * 4 = 88. 25 * 4 - 3 = 97."``). With a known
    target, an equation that decomposes it into a given number and a value still to make,
    followed by work towards that value, is backward chaining (``"72 = 8 * 9"`` then ``"12 - 3
    = 9"``: :func:`rewardkit.reflect.attempts.backward_chaining`).

    The shape of the work counts too (counting only, as the attempts without a target: the
    :func:`cognitive_behaviors` reward does not count these): a value judged, a question
    about a computed value answered, a chain recomputed, as verification
    (:func:`rewardkit.reflect.checks.verification_checks`); a plan list before the work, two
    intended steps ordered in one sentence, a Countdown number named as a goal or as needed
    and made later, a quantity needed on the way to another, the Countdown numbers split into
    groups, as subgoal setting (:func:`rewardkit.reflect.plans.plan_events`); the goal
    related to a value that is then made, or two linked requirements from the goal, as
    backward chaining (:func:`rewardkit.reflect.goalchain.goal_chain_events`); a method
    judged and replaced by another, as backtracking
    (:func:`rewardkit.reflect.switches.method_switches`).

    Args:
        text: the completion text.
        target: the Countdown target, when known (an integer or a numeric string).
        numbers: the given Countdown numbers, when known.

    Returns:
        ``{"verification": n, "backtracking": n, "subgoal_setting": n, "backward_chaining": n}``
        with counts >= 0, in that order; never raises.

    Examples:
        >>> behaviors("First, we need to find x. 8*35 is 280, which is too high. "
        ...           "This doesn't work, let me try a different approach. "
        ...           "Working backwards from the target 32, we need 4*8.")
        {'verification': 1, 'backtracking': 2, 'subgoal_setting': 1, 'backward_chaining': 1}
    """
    low = lower(normalize(text))
    hits = _behavior_hits(low)
    counts = {name: len(spans) for name, spans in hits.items()}
    switches, goals = countdown_events(
        low, hits["backtracking"], hits["backward_chaining"], target=target, numbers=numbers
    )
    counts["backtracking"] += len(switches)
    counts["backward_chaining"] += len(goals)
    # structural verification, counting only (rewardkit.reflect.checks)
    counts["verification"] += len(verification_checks(low, hits["verification"]))
    # rules 8 and 9 (rewardkit.reflect.goalchain): counting only, the reward does not use them
    # (an event inside a phrase or a rule 5-7 decomposition is theirs: "72 = 8 * 9" once)
    read = sorted(hits["backward_chaining"] + [(goal.start, goal.end) for goal in goals])
    chains = goal_chain_events(low, read)
    counts["backward_chaining"] += len(chains)
    # plans read from their shape (counting only); a number needed right after a goal's
    # decomposition is the backward chaining's step, not a subgoal of its own
    phrases = hits["subgoal_setting"]
    counts["subgoal_setting"] += sum(
        not any(s < e2 and s2 < e for s2, e2 in phrases)
        for s, e in plan_events(
            low, target=target, goal_spans=read + [(c.start, c.end) for c in chains]
        )
    )
    # method switches read from their shape, counting only (rewardkit.reflect.switches)
    done = hits["backtracking"] + [(e.spans[0][0] if e.spans else e.start, e.end) for e in switches]
    methods = method_switches(low, done)
    counts["backtracking"] += len(methods) + len(retried_goals(low, done + methods))
    return counts


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
#: Distinct events for a behaviour's full credit, by default (the factory's short form).
_SATURATION = 2
_DEFAULT_BEHAVIOR_SATURATION = tuple((name, _SATURATION) for name in BEHAVIORS)


@dataclass(frozen=True, slots=True, kw_only=True)
class CognitiveBehaviors:
    """Scorer of :func:`cognitive_behaviors`: weighted, saturating behaviour counts in [0, 1].

    Rule, on the region chosen by ``where``, lowercased:

    1. Per behaviour, its pattern matches (as in :func:`behaviors`) are *events* when, as in
       :class:`Reflection`, at least ``min_following`` content units follow their group of
       phrases before the next group and a sentence of that follow-up is reasoning (a
       mathematical statement, or 3 distinct words with an English grammatical word); an event
       is identified by its follow-up (6 content units, numbers read as ``0``), so a repeat or
       a near-identical follow-up (``x = 1``, ``x = 2``) counts once per behaviour.
    2. ``credit(b) = min(events(b), saturation[b]) / saturation[b]``.
    3. ``score = sum(weight[b] * credit(b)) / sum(weight[b])`` over the weighted behaviours.
    4. As in :class:`Reflection`: times ``min(1, reasoning / min_reasoning)``, where reasoning
       is the non-whitespace characters of the distinct reasoning sentences outside behaviour
       matches and reflection keywords (:data:`rewardkit.keywords.REFLECTION_KEYWORDS`), and
       at most 0.1 when those phrases make up more than ``max_density`` of the phrases plus
       the reasoning sentences (filler that is not reasoning does not dilute).

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
        target_field: the row column holding the Countdown target; default ``"target"``.
        numbers_field: the row column holding the given Countdown numbers; default ``"nums"``.

    Countdown attempts (:mod:`rewardkit.reflect.attempts`): where the target is known (the
    row's ``target_field`` or the prompt's "create an equation that equals N"; never the
    completion naming its own, which a policy could write anywhere), an attempt that misses
    it followed by a different attempt is a backtracking event without words, identified by
    the attempt it switches to (its numbers and its last result: switching to the same
    attempt again counts once); the steps of both attempts then count as phrases in rule 4,
    not as reasoning, so an attempt costs what a phrase costs. Likewise a decomposition of the
    target into a given number and a value still to make, followed by work towards it
    (``"72 = 8 * 9"`` then ``"12 - 3 = 9"``), is a backward-chaining event, one per value
    sought.

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
    target_field: str = field(default="target", metadata={"check": expecting(column_name())})
    numbers_field: str = field(default="nums", metadata={"check": expecting(column_name())})
    _weight_of: dict[str, float] = field(init=False, repr=False, compare=False, hash=False)
    _saturation_of: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Validate the options (mappings are accepted and stored as tuples).

        Raises:
            ConfigError: naming the option, what was expected and what was received.
        """
        validate_fields(self)
        object.__setattr__(self, "weights", _weights_tuple(_as_tuple(self.weights)))
        object.__setattr__(self, "saturation", _saturation_tuple(_as_tuple(self.saturation)))
        _check_stuffing_options(
            self.where, self.min_following, self.min_reasoning, self.max_density
        )
        # read by every call: built once (the scorer is frozen; explanations get copies)
        object.__setattr__(self, "_weight_of", dict(self.weights))
        object.__setattr__(self, "_saturation_of", dict(self.saturation))

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def _region(self, text: str) -> str:
        """The normalised, lowercased region of ``text`` the rule reads (``where``)."""
        return lower(select_region(normalize(text), self.where))

    def score_text(self, text: str) -> float:
        """Score one text (see the class docstring for the rule)."""
        return self._score(self._region(text), None)

    def batch(self, batch: Batch, /) -> list[float]:
        """Score a batch: each item as :meth:`__call__` does.

        Without Countdown columns or prompts no per-item samples are built, and the texts go
        through the behaviour prefilter one after another before any is scored: its hyperscan
        database (~2 MB) stays in the processor's caches for the whole batch instead of being
        read back after each text's rule (same scores).
        """
        columns = batch.columns
        if (
            batch.prompts is None
            and self.target_field not in columns
            and self.numbers_field not in columns
        ):
            lows = [self._region(text) for text in batch.texts]
            reports = _prefilter_reports(lows)
            return [
                self._score(low, None, scanned=report)
                for low, report in zip(lows, reports, strict=True)
            ]
        return [self(sample) for sample in batch.samples()]

    def _score(
        self,
        low: str,
        trace: dict[str, object] | None,
        known: _Known = (None, None),
        *,
        scanned: _Scanned | None = None,
    ) -> float:
        weights, saturation = self._weight_of, self._saturation_of
        hits = _behavior_hits(low, scanned=scanned)
        attempts = _attempt_events(low, hits, weights, known)
        counted: dict[str, list[dict[str, object]]] = {}
        discounted: list[dict[str, object]] = []
        if trace is not None:
            weights, saturation = dict(weights), dict(saturation)
            counted = {name: [] for name in BEHAVIORS}
            trace.update(
                region=self.where,
                region_chars=len(low),
                matches={
                    name: [[_phrase(low, start, end)[:60], start] for start, end in spans[:5]]
                    for name, spans in hits.items()
                },
                counted=counted,
                discounted=discounted,
                events=dict.fromkeys(BEHAVIORS, 0),
                weights=weights,
                saturation=saturation,
                reasoning_scale=1.0,
                stuffed=False,
            )
        if not attempts and not any(spans for name, spans in hits.items() if weights.get(name)):
            return 0.0
        # Behaviour phrases and reflection keywords are phrases, not content: as in reflection,
        # phrases closer than min_following units form one group, and a match counts only if
        # content follows its group before the next group.
        spans = [span for found in hits.values() for span in found]
        spans.extend([(hit.start, hit.end) for hit in _REFLECTION.matcher.hits(low)])
        phrases = _union(spans)
        groups = _Groups(low, phrases, self.min_following)
        distinct: dict[str, set[tuple[str | None, ...]]] = {name: set() for name in BEHAVIORS}
        for name, found in hits.items():
            if not weights.get(name):
                continue
            events = distinct[name]
            for start, end in found:
                if trace is None and len(events) >= saturation[name]:
                    break  # saturated: more events cannot change the score
                follow_up = groups.follow_up(start)
                if follow_up is None:
                    if trace is not None:
                        _record(discounted, name, low, start, end, groups.why(start, end))
                    continue
                if trace is not None:
                    if follow_up in events:
                        _record(discounted, name, low, start, end, "repeated")
                    elif len(counted[name]) < _LISTED:
                        phrase = _phrase(low, start, end)[:60]
                        counted[name].append({"phrase": phrase, "start": start, "end": end})
                events.add(follow_up)
        if attempts:
            _count_attempts(attempts, distinct, counted, trace)
        if trace is not None:
            trace["events"] = {name: len(events) for name, events in distinct.items()}
        total = sum(weights.values())
        score = sum(
            weights[name] * min(len(events), saturation[name]) / saturation[name]
            for name, events in distinct.items()
            if events
        )
        if score == 0.0:
            return 0.0
        if attempts:  # an attempt's steps are phrases, not reasoning (the cheapest maximum)
            phrases = _union(phrases + [span for event in attempts for span in event.spans])
        scale, stuffed = _stuffing_factor(low, phrases, self.min_reasoning, self.max_density)
        if trace is not None:
            trace.update(reasoning_scale=scale, stuffed=stuffed)
        score = min(1.0, score / total) * scale
        return min(score, STUFFED_CAP) if stuffed else score

    def _known(self, sample: Sample) -> _Known:
        """The sample's Countdown target and numbers (row columns, then the prompt)."""
        return countdown_context(
            target=sample.row.get(self.target_field),
            numbers=sample.row.get(self.numbers_field),
            prompt=sample.prompt,
        )

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        low = self._region(sample.text)
        return self._score(low, None, self._known(sample))

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and why (keys: docs/reflection.md, "Explanations").

        Keys: ``region`` (``where``), ``region_chars`` (length of the lowercased region
        read), ``matches`` (per behaviour, up to 5 raw ``[phrase, start]``, as
        :func:`behaviors` counts them), ``counted`` (per behaviour, up to 10 matches that
        formed a distinct event: ``phrase``, ``start``, ``end``; an unworded Countdown switch
        is named ``attempt 2 after `25 + 3 = 28` missed 22``, a decomposition of the target
        `` `72 = 8 * 9` leaves 9 to make ``), ``discounted`` (up to 20
        weighted matches that did not, with ``behaviour`` and ``why``: ``no content after
        it``, ``followed only by other phrases`` or ``repeated``), ``events`` (distinct
        events per behaviour), ``weights``, ``saturation``, ``reasoning_scale`` (below
        ``min_reasoning`` characters of reasoning) and ``stuffed`` (phrases over
        ``max_density``: capped at ``STUFFED_CAP``); the last two are 1.0 and ``False`` when
        no event counted. Positions are in the lowercased region.

        Examples:
            >>> from rewardkit import cognitive_behaviors
            >>> text = " ".join(f"{i} * 7 = {i * 7}." for i in range(30))
            >>> text += " Let me verify: 42/7 = 6. Let me verify: 42/7 = 6. Scrap that. So 6."
            >>> e = cognitive_behaviors().explain(text)
            >>> e.score == cognitive_behaviors().score(text)
            True
            >>> e.details["events"]["verification"], e.details["counted"]["verification"]
            (1, [{'phrase': 'let me verify', 'start': 393, 'end': 406}])
            >>> [(d["phrase"], d["why"]) for d in e.details["discounted"]]
            [('let me verify', 'repeated'), ('scrap that', 'no content after it')]
        """
        trace: dict[str, object] = {}
        low = self._region(sample.text)
        return self._score(low, trace, self._known(sample)), trace


_Known = tuple[int | None, tuple[int, ...] | None]


def _attempt_events(
    low: str, hits: dict[str, list[tuple[int, int]]], weights: dict[str, float], known: _Known
) -> list[AttemptEvent | GoalEvent]:
    """Unworded backtracking and structural backward-chaining events, of weighted behaviours."""
    backtracking, backward = weights.get("backtracking"), weights.get("backward_chaining")
    if not (backtracking or backward):
        return []
    switches, goals = countdown_events(
        low,
        hits["backtracking"],
        hits["backward_chaining"],
        target=known[0],
        numbers=known[1],
        infer=False,  # only the row's or the prompt's target: a completion cannot name its own
    )
    return [*(switches if backtracking else ()), *(goals if backward else ())]


def _count_attempts(
    attempts: list[AttemptEvent | GoalEvent],
    distinct: dict[str, set[tuple[str | None, ...]]],
    counted: dict[str, list[dict[str, object]]],
    trace: dict[str, object] | None,
) -> None:
    """Add the structural events to their behaviour's distinct events (and the explanation)."""
    for event in attempts:
        if isinstance(event, GoalEvent):
            name, key = "backward_chaining", event.key
        else:
            name, key = "backtracking", ("attempt", *event.key)
        events = distinct[name]
        listed = counted.get(name, [])
        if trace is not None and key not in events and len(listed) < _LISTED:
            listed.append({"phrase": event.describe(), "start": event.start, "end": event.end})
        events.add(key)


#: Matches listed per behaviour in ``counted``, and in all in ``discounted`` (4x).
_LISTED = 10
_NO_CONTENT = "no content after it"


def _phrase(low: str, start: int, end: int) -> str:
    return " ".join(low[start:end].split())


def _record(
    discounted: list[dict[str, object]], name: str, low: str, start: int, end: int, why: str
) -> None:
    """Add a discounted match to the explanation (up to ``2 * _LISTED``)."""
    if len(discounted) < 2 * _LISTED:
        discounted.append(
            {"behaviour": name, "phrase": _phrase(low, start, end)[:60], "start": start, "why": why}
        )


class _Groups:
    """The phrase groups of one text and what follows them, found for the phrases asked about.

    A group is a run of phrases (sorted, disjoint) that fewer than ``min_following`` content
    units part; the group of a phrase ends where a gap to its right holds that many, so only
    the gaps to the right of the phrases asked about are read (not every gap of the text).
    What follows a group is its follow-up (:meth:`follow_up`), found once per group.
    """

    __slots__ = ("_follow_ups", "_last", "low", "min_following", "phrases", "starts")

    def __init__(self, low: str, phrases: list[tuple[int, int]], min_following: int) -> None:
        self.low = low
        self.phrases = phrases
        self.min_following = min_following
        self.starts = [start for start, _ in phrases]
        self._last: dict[int, int] = {}  # phrase -> last phrase of its group
        self._follow_ups: dict[int, tuple[str | None, ...] | None] = {}  # by a group's last phrase

    def _group(self, position: int) -> tuple[int, int, bool]:
        """The group of the phrase at ``position``: (end, next group's start, whether last).

        The next group's start is the text's end for the last group.
        """
        phrases = self.phrases
        first = bisect.bisect_right(self.starts, position) - 1
        last = self._last.get(first)
        if last is None:
            last, final = first, len(phrases) - 1
            while last < final and not _has_units(
                self.low, phrases[last][1], phrases[last + 1][0], self.min_following
            ):
                last += 1
            # every phrase of the run has this group (sixteenth session: recorded for each, a
            # flood of phrases costs one walk, not one per phrase: 140 KB of "let me verify
            # this." took 6.6 s)
            for k in range(first, last + 1):
                self._last[k] = last
        if last + 1 < len(phrases):
            return phrases[last][1], phrases[last + 1][0], False
        return phrases[last][1], len(self.low), True

    def follow_up(self, position: int) -> tuple[str | None, ...] | None:
        """What follows the group of the phrase at ``position`` (None: no content, no reasoning).

        As in :class:`Reflection`: at least ``min_following`` units before the next group, a
        reasoning sentence among them, and the event identified by the follow-up (numbers read
        as 0), so the same or a near-identical follow-up counts once per behaviour.
        """
        group_end, following_end, last = self._group(position)
        if group_end in self._follow_ups:
            return self._follow_ups[group_end]
        low, min_following = self.low, self.min_following
        found: tuple[str | None, ...] | None = None
        # Groups stay apart only where min_following units part them: only the last one may
        # lack the content after it.
        content = not last or _has_units(low, group_end, following_end, min_following)
        if content and (not min_following or _reasoning_follows(low, group_end, following_end)):
            found = _follow_signature(low, group_end, following_end)
        self._follow_ups[group_end] = found
        return found

    def why(self, position: int, end: int) -> str:
        """Why a match (from ``position`` to ``end``) formed no event (explanations only)."""
        group_end, following_end, _ = self._group(position)
        if end < group_end:
            return "followed only by other phrases"
        if not _has_units(self.low, group_end, following_end, self.min_following):
            return _NO_CONTENT
        return "no reasoning after it"


_COGNITIVE = Reward(
    name="cognitive_behaviors",
    scorer=CognitiveBehaviors(),
    summary="weighted share of 4 cognitive behaviours (verify, backtrack, subgoal, backward), "
    "each saturating at 2 distinct events",
)


def cognitive_behaviors(
    weights: Mapping[str, float] | None = None,
    *,
    saturation: int | Mapping[str, int] = _SATURATION,
    where: str = field_default(CognitiveBehaviors, "where"),
    min_following: int = field_default(CognitiveBehaviors, "min_following"),
    min_reasoning: int = field_default(CognitiveBehaviors, "min_reasoning"),
    max_density: float = field_default(CognitiveBehaviors, "max_density"),
    target_field: str = field_default(CognitiveBehaviors, "target_field"),
    numbers_field: str = field_default(CognitiveBehaviors, "numbers_field"),
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
        target_field: the row column holding the Countdown target (read when present).
        numbers_field: the row column holding the given Countdown numbers (read when present).
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
        'cognitive_behaviors_weightsbacktracking_2.0_saturation1'
    """
    options: dict[str, object] = {}
    if weights is not None:
        options["weights"] = dict(weights) if isinstance(weights, Mapping) else weights
    given = {
        "saturation": saturation,
        "where": where,
        "min_following": min_following,
        "min_reasoning": min_reasoning,
        "max_density": max_density,
        "target_field": target_field,
        "numbers_field": numbers_field,
    }
    defaults = cognitive_behaviors.__kwdefaults__ or {}  # stated once: the signature
    options.update(
        (option, value)
        for option, value in given.items()
        if value != defaults[option] or type(value) is not type(defaults[option])
    )
    if not options:
        return _COGNITIVE if name is None else _COGNITIVE.configure(name=name)
    return _COGNITIVE.configure(name=name, **options)
