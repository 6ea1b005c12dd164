r"""Backward chaining read from the shape of the work (issue 19, eighth generalisation).

Two structural rules that count in :func:`rewardkit.behaviors` (and so in ``profile``); the
``cognitive_behaviors`` reward does not use them: they infer a goal from the text alone.

8. **A goal related to a value that is then made** (Countdown). The goal is the value of the
   text's last step (a correct step, in a text without LaTeX mathematics). Before that goal is
   first reached, the text relates it to another value *M*, and *M* is then made:

   - in words: "17 is one less than 18", "26 is two more than 24", "98 is just under 100",
     "81 is 9 squared", "64 is twice 32", "45 is half of 90";
   - as an operation on *M* worth the goal, written before *M* exists: "since 8 * 8 = 64",
     "because 7 times 13 is 91", "25 * 4 would give the target";

   and *M* is made after it, from other numbers, without the goal: a step ``12 - 4 = 8``, or
   *M* written as what makes it (``18 = 3 * 6``, ``100 = 4 * 25``); the goal is reached after
   that. One event per value *M*. Not: the relation after *M* is made or after the goal is
   reached (a summary or a check: ``11 + 2 = 13, 13 * 7 = 91. 7 times 13 is 91``), a
   relation whose *M* is never made, a goal that is not the final value.
9. **A necessity chain** (both domains). Two linked requirement clauses in one sentence, the
   first about the goal and the second carrying the requirement to something nearer the
   givens: "the average has to be 85, so the total has to be 425", "if the mean is to be 12,
   their total must be 60", "since the function is supposed to be continuous at x = 2, the
   two one-sided expressions have to agree there", "for that, the product of the slopes has
   to be -1; one slope is 2, so the other must be -1/2". The first clause: a requirement
   ("has to / have to / needs to / is to be / is supposed to / would need / would have to",
   or "must" in a clause opened by "for ... to", "for that / this" or "in order to") with a
   state after it (be, equal, agree, hold, contain, come, ...: not a task such as "find"),
   its subject not "we / I / you / let's" (narration: "we need to find x"), with no ``=``
   before it in the sentence (an inference from a computation: "2x = 6, so x has to be 3")
   and not about a domain ("to be defined / real / valid"); then a link ("so", "then", ";",
   "and", "which means", "hence", "thus", "therefore") and a second requirement ("has to /
   must / needs (to) / would need / should / is forced / forces") with a state or a value
   after it. One event per sentence. Not: "x must be 3, so y must be 5" (an inference),
   "we need to find x, so we must solve ..." (narration), "a prime must have exactly two
   divisors" (a definition, one clause), "the answer has to be an integer, so let's confirm
   the domain" (no second requirement).

Every scan is bounded: at most :data:`MAX_CLAUSES` requirement words and
:data:`MAX_RELATIONS` relations are read per text, and rule 8 reads the steps of
:mod:`rewardkit.reflect.attempts` (bounded there). Both gate on substrings first. Never raise.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from rewardkit._lazy import lazy_compile
from rewardkit.reflect import attempts

__all__ = ["GoalChainEvent", "goal_chain_events", "goal_relations", "necessity_chains"]

#: Requirement words read per text at most (rule 9).
MAX_CLAUSES = 200
#: Relations of the goal to another value read per text at most (rule 8).
MAX_RELATIONS = 40
#: Longest sentence read for a chain (characters).
MAX_SENTENCE_CHARS = 400


class GoalChainEvent(NamedTuple):
    """One event: its rule (8 or 9), where it is in the lowercased text, and what it found."""

    rule: int
    start: int
    end: int
    detail: str

    def describe(self) -> str:
        """A short explanation."""
        return self.detail


# -- rule 9: necessity chains -------------------------------------------------------------

_STATE = (
    r"(?:be|equal|agree|hold|contain|come|match|lie|satisfy|cover|exceed|divide|end|sum|add"
    r"|total|combine|produce|give|reach|fit|vanish|cancel|include|remain|have|make|land"
    r"|appear|occur|happen|stay|share|balance|meet|pass|touch|line|use|get|not)"
)
_REQUIREMENT = lazy_compile(
    r"\b(?:(?P<first>has[ \t]+to|have[ \t]+to|needs[ \t]+to|need[ \t]+to|is[ \t]+to[ \t]+be"
    r"|are[ \t]+to[ \t]+be|is[ \t]+supposed[ \t]+to|are[ \t]+supposed[ \t]+to"
    r"|would[ \t]+need(?:[ \t]+to)?|would[ \t]+have[ \t]+to)"
    r"|(?P<must>must|should|needs|is[ \t]+forced[ \t]+to|are[ \t]+forced[ \t]+to|forces))"
    r"(?=[ \t]+(?P<after>" + _STATE + r"\b|[0-9a-z(\\-]))"
)
_STATE_AFTER = lazy_compile(r"[ \t]+(?:" + _STATE + r"\b|be\b)")
_VALUE_AFTER = lazy_compile(r"[ \t]+(?:[0-9]|\\\(|\$|-[0-9]|[a-z][ \t]*(?:=|>|<))")
_NARRATOR = frozenset(("we", "i", "you", "us", "let's", "lets", "one"))
_DOMAIN = lazy_compile(
    r"\b(?:defined|undefined|domain|valid|real|make[ \t]+sense|well-defined|positive[ \t]+integer"
    r"|an[ \t]+integer)\b"
)
_MUST_OPENER = lazy_compile(
    r"(?:^|[,;:][ \t]*)(?:for[ \t]+(?:that|this)\b|for[ \t][^,;]{1,120}?[ \t]to[ \t]"
    r"|in[ \t]+order[ \t]+to[ \t])"
)
_LINK = lazy_compile(
    r"(?:\bso\b|\bthen\b|;|\bwhich[ \t]+means\b|\bhence\b|\bthus\b|\btherefore\b"
    r"|\bthat[ \t]+means\b)"
)
# after a purpose clause ("to end with 3 reds, the last draw has to be red and ..."), its
# requirements may be listed: "and" links them
_PURPOSE = lazy_compile(
    r"[ \t]*(?:for[ \t]+(?:that|this)\b|for[ \t][^,;]{1,120}?[ \t]to[ \t]"
    r"|in[ \t]+order[ \t]+to[ \t]|to[ \t]+[a-z]+[ \t]"
    r"|if[ \t][^,;]{1,120}?[ \t](?:is|are)[ \t]+to[ \t]+be[ \t])"
)
_AND = lazy_compile(r"\band\b")
_COMPUTED = lazy_compile(r"[ \t]+(?:[a-z]{1,12}[ \t]+)?[0-9.][0-9 \t*+/x.%-]{0,30}=")
_REASON = lazy_compile(r"[ \t]*(?:since|because|as|if|given[ \t]+that)[ \t]")
_BOUNDARY = lazy_compile(r"[.!?](?=[ \t\n]|$)|\n")


def _sentence_start(at: int, boundaries: list[int]) -> int:
    k = bisect.bisect_left(boundaries, at)
    return boundaries[k - 1] + 1 if k else 0


def _subject_narrator(low: str, start: int, at: int) -> bool:
    words = low[max(start, at - 24) : at].split()
    return bool(words) and words[-1].strip(",;:") in _NARRATOR


def necessity_chains(low: str) -> list[GoalChainEvent]:
    """Rule 9's events in a lowercased text (see the module).

    Examples:
        >>> text = "the average has to be 85 so the total has to be 425, so the last test needs 95"
        >>> [e.rule for e in necessity_chains(text)]
        [9]
        >>> necessity_chains("2x = 6, so x has to be 3, so y has to be 5.")  # an inference
        []
        >>> necessity_chains("x must be 3, so y must be 5.")
        []
    """
    if low.count("must") + low.count(" to ") + low.count("need") + low.count("forces") < 2:
        return []
    found = []
    for count, match in enumerate(_REQUIREMENT.finditer(low)):
        if count >= MAX_CLAUSES:
            break
        found.append(match)
    if len(found) < 2:
        return []
    boundaries = [m.start() for m in _BOUNDARY.finditer(low)]
    events: list[GoalChainEvent] = []
    used_sentence = -1
    for i, first in enumerate(found[:-1]):
        at = first.start()
        start = _sentence_start(at, boundaries)
        if start <= used_sentence:
            continue
        k = bisect.bisect_right(boundaries, at)
        end = boundaries[k] if k < len(boundaries) else len(low)
        if end - start > MAX_SENTENCE_CHARS:
            continue
        head = low[start:at]
        if "=" in head or _subject_narrator(low, start, at):
            continue
        # "must / should / needs" opens a chain only after "for ... to", "for that"
        if first.group("first") is None and (
            first.group("must") not in ("must", "should") or not _MUST_OPENER.search(head)
        ):
            continue
        if not first.group().endswith("be") and _STATE_AFTER.match(low, first.end()) is None:
            continue  # "is to be 12" states its value; "has to" needs a state after it
        if _DOMAIN.search(low, start, min(end, first.end() + 30)):
            continue
        purpose = _PURPOSE.match(low, start) is not None
        # "since f is supposed to be continuous at 2, the two sides have to agree": the
        # clause after a reason's comma follows from it
        reason = _REASON.match(low, start) is not None
        for second in found[i + 1 :]:
            if second.start() >= end:
                break
            between = low[first.end() : second.start()]
            if (
                _LINK.search(between) is None
                and not (purpose and _AND.search(between))
                and not (reason and "," in between)
            ):
                continue
            if _COMPUTED.match(low, second.end()):
                continue  # "so she needs 3*15 = 45 eggs": a computation, forwards
            if _subject_narrator(low, first.end(), second.start()) and (
                _VALUE_AFTER.match(low, second.end()) is None
            ):
                continue
            if (
                _STATE_AFTER.match(low, second.end()) is None
                and _VALUE_AFTER.match(low, second.end()) is None
            ):
                continue
            events.append(
                GoalChainEvent(
                    9, at, second.end(), f"`{low[at : second.end()].strip()}`: a requirement chain"
                )
            )
            used_sentence = start
            break
    return events


# -- rule 8: the goal related to a value then made ------------------------------------------

_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_RELATION = lazy_compile(
    r"(?<![0-9.,])([0-9]{1,12})[ \t]+(?:is|was|would[ \t]+be)[ \t]+"
    r"(?:just[ \t]+|only[ \t]+|exactly[ \t]+)?"
    r"(?:"
    r"(?:([0-9]{1,12}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+)?"
    r"(?:more|less|greater|bigger|smaller|higher|lower|fewer)[ \t]+than[ \t]+(?:a[ \t]+)?"
    r"(?P<m1>[0-9]{1,12})"
    r"|(?:under|over|above|below|short[ \t]+of)[ \t]+(?P<m2>[0-9]{1,12})"
    r"|(?P<m3>[0-9]{1,12})[ \t]+(?:squared|cubed|doubled|halved|tripled)"
    r"|(?:twice|double|triple|half[ \t]+of|half)[ \t]+(?P<m4>[0-9]{1,12})"
    r")(?![0-9]|[.,][0-9])"
)
# "7 times 13 is 91", "25 * 4 would give the target": an operation worth the goal, in words
_FORWARD_WORDS = lazy_compile(
    r"(?<![0-9.])([0-9]{1,12})[ \t]*(?:times|\*|x|multiplied[ \t]+by|plus|\+|minus|-"
    r"|divided[ \t]+by|/)[ \t]*([0-9]{1,12})[ \t]+(?:is|gives|makes|equals"
    r"|(?:would|will|should|could|does)[ \t]+(?:give|make|be|equal|produce))"
    r"(?:[ \t]+(?:us|you|me))?[ \t]+(?:the[ \t]+target|exactly[ \t]+)?([0-9]{1,12})?(?![0-9])"
)
_WORD_SIGN = {"times": "*", "x": "*", "multiplied": "*", "plus": "+", "minus": "-", "divided": "/"}
# an operation on two numbers asked about, alone: "could it be 50 + 3?"
_PROPOSED = lazy_compile(
    r"(?<![0-9.=)*/+\-][ \t])(?<![0-9.=)*/+\-])([0-9]{1,12}[ \t]*[-+*/x][ \t]*[0-9]{1,12})[ \t]*\?"
)
_GOAL_FIRST = lazy_compile(r"(?<![0-9.])([0-9]{1,12})[ \t]*=[ \t]*(\(?[0-9][0-9 \t()+*/x-]{2,60})")
_NUMBER_END = lazy_compile(r"[ \t]*([0-9]{1,12})")


_BECAUSE = lazy_compile(r"\b(?:since|because|as)[ \t]+$")


def _because(plain: str, at: int) -> bool:
    """Whether the operation at ``at`` is given as a reason: "since 8 * 8 = 64"."""
    return _BECAUSE.search(plain, max(0, at - 12), at) is not None


def _worded_value(text: str) -> int | None:
    parts = text.replace("multiplied by", "times").replace("divided by", "divided").split()
    numbers = [p for p in parts if p.isdigit()]
    if len(numbers) < 2:
        return None
    a, b = int(numbers[0]), int(numbers[1])
    for part in parts:
        sign = _WORD_SIGN.get(part, part if part in ("*", "+", "-", "/") else None)
        if sign is None:
            continue
        if sign == "*":
            return a * b
        if sign == "+":
            return a + b
        if sign == "-":
            return a - b
        return a // b if b and a % b == 0 else None
    return None


def _relation_value(match: object) -> int | None:
    for name in ("m1", "m2", "m3", "m4"):
        value = match.group(name)  # type: ignore[attr-defined]
        if value is not None:
            return int(value)
    return None


def goal_relations(low: str) -> list[GoalChainEvent]:
    """Rule 8's events in a lowercased text (see the module).

    Examples:
        >>> text = "17 is one less than 18, and 18 = 3 * 6, so 3 * 6 - 1 = 17."
        >>> [e.describe() for e in goal_relations(text)]
        ['`17 is one less than 18`: 18 is then made']
        >>> goal_relations("3 * 6 = 18, and 18 - 1 = 17. 17 is one less than 18.")  # a summary
        []
    """
    if "$" in low or "\\(" in low or "\\[" in low or ("=" not in low and " is " not in low):
        return []
    plain, _ = attempts._plain(low)
    steps = attempts._steps(plain)
    if not steps:
        return []
    last = steps[-1]
    goal = last.result
    if last.value != last.result:
        return []
    first_reach = last.start
    for step in steps:
        if step.result == goal:
            first_reach = step.start
            break
    needle = str(goal)
    if plain.find(needle, 0, last.start) < 0 and "target" not in plain and "?" not in plain:
        return []  # the goal is not written before its final step (most real texts)
    candidates: list[tuple[int, int, int, str]] = []  # (start, end, M, text)
    for count, match in enumerate(_RELATION.finditer(plain, 0, first_reach)):
        if count >= MAX_RELATIONS:
            break
        m = _relation_value(match)
        if int(match.group(1)) == goal and m is not None and m != goal:
            candidates.append((match.start(), match.end(), m, match.group().strip()))
    if "would" in plain or "times" in plain or "because" in plain or "since" in plain:
        for count, match in enumerate(_FORWARD_WORDS.finditer(plain, 0, last.start)):
            if count >= MAX_RELATIONS:
                break
            stated = match.group(3)
            value = _worded_value(match.group())
            if value != goal or (stated is not None and int(stated) != goal):
                continue
            if stated is None and "target" not in match.group():
                continue
            if "would" not in match.group() and not _because(plain, match.start()):
                continue
            candidates.extend(
                (match.start(), match.end(), int(match.group(k)), match.group().strip())
                for k in (1, 2)
            )
    if "?" in plain:  # "could it be 50 + 3?", "what about 56 - 3?": the last step proposed
        for count, match in enumerate(_PROPOSED.finditer(plain, 0, first_reach)):
            if count >= MAX_RELATIONS:
                break
            evaluated = attempts._evaluate(match.group(1))
            if evaluated is not None and evaluated[0] == goal:
                candidates.extend(
                    (match.start(), match.end(), n, match.group(1).strip()) for n in evaluated[1]
                )
    for step in steps:  # the first step reaching the goal, over an operand made later
        if step.start >= first_reach:
            if (
                step.start == first_reach
                and step is not last
                and len(step.operands) == 2
                and _because(plain, step.start)
            ):
                words = plain[step.start : step.end]
                candidates.extend((step.start, step.end, n, words) for n in step.operands)
            break
    if not candidates:
        return []
    events: list[GoalChainEvent] = []
    seen: set[int] = set()
    for start, end, m, text in sorted(candidates):
        if m in seen or m == goal:
            continue
        if any(s.result == m and s.end <= start for s in steps):
            continue  # made before: a summary or a check
        made = _made_after(plain, steps, m, goal, end, last.end)
        if made is None or not _reached_from(steps, goal, m, made[1], made[0]):
            continue
        seen.add(m)
        events.append(GoalChainEvent(8, start, made[0], f"`{text}`: {m} is then made"))
        if len(events) >= MAX_RELATIONS:
            break
    return events


def _made_after(
    plain: str, steps: list[attempts._Step], m: int, goal: int, after: int, before: int
) -> tuple[int, tuple[int, ...]] | None:
    """Where ``m`` is made after ``after`` and before ``before``, and from what; or ``None``."""
    for step in steps:
        if step.start < after:
            continue
        if step.end > before:
            break
        if step.result == m and goal not in step.operands and step.value == step.result:
            return step.end, step.operands
    needle = str(m)
    at = plain.find(needle, after, before)
    for _ in range(MAX_RELATIONS):
        if at < 0:
            return None
        match = _GOAL_FIRST.match(plain, at)
        if match is not None and int(match.group(1)) == m and not plain[at - 1 : at].isdigit():
            evaluated = attempts._evaluate(match.group(2).rstrip(" \t(+*/x-"))
            if evaluated is not None:
                value, operands = evaluated
                if value == m and goal not in operands and len(operands) >= 2:
                    return match.end(), operands
        at = plain.find(needle, at + 1, before)
    return None


def _reached_from(
    steps: list[attempts._Step], goal: int, m: int, made: tuple[int, ...], at: int
) -> bool:
    """Whether a correct step after ``at`` reaches ``goal`` from ``m`` (or from what made it)."""
    for step in steps:
        if step.start < at or step.result != goal or step.value != step.result:
            continue
        if m in step.operands or m in step.inner:
            return True
        needed = Counter(made)
        if not needed - Counter(step.operands):
            return True
    return False


def goal_chain_events(low: str, phrases: Sequence[tuple[int, int]] = ()) -> list[GoalChainEvent]:
    """Rules 8 and 9 together (what :func:`rewardkit.behaviors` counts), in order.

    ``phrases`` are the backward-chaining phrases' spans (sorted): an event overlapping one is
    the phrase's, not a second one.
    """
    events = sorted(goal_relations(low) + necessity_chains(low))
    if not events or not phrases:
        return events
    starts = [start for start, _ in phrases]
    kept = []
    for event in events:
        k = bisect.bisect_left(starts, event.end)
        if k and phrases[k - 1][1] > event.start:
            continue  # the phrase before its end reaches into it
        kept.append(event)
    return kept
