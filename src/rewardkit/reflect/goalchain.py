r"""Backward chaining read from the shape of the work (issue 19, eighth generalisation).

Two structural rules that count in :func:`rewardkit.behaviors` (and so in ``profile``); the
``cognitive_behaviors`` reward does not use them: they infer a goal from the text alone.

8. **A goal related to a value that is then made** (Countdown). The goal is the value of the
   text's last step (a correct step, in a text without LaTeX mathematics). Before that goal is
   first reached, the text relates it to another value *M*:

   - in words: "17 is one less than 18", "26 is two more than 24", "98 is just under 100",
     "44 is 4 short of 48", "35 is 5 away from 40", "81 is 9 squared", "64 is twice 32",
     "45 is half of 90";
   - as an operation on *M* worth the goal, given as a reason or asked about, before *M*
     exists: "since 8 * 8 = 64", "because 7 times 13 is 91", "25 * 4 would give the
     target", "could it be 56 - 3?";

   - (third wave) the goal taken apart as an operation before its numbers are made:
     "81 = 9 * 9", "27 could be 30 - 3", "44? that's 4 * 11", "91 is 7 times 13" (not when
     the work reaches a pure product or sum: a factorisation); "the target is one more
     than 63", "the target 26 sits just above 25";

   *M* is then made from other numbers, without the goal (a step ``12 - 4 = 8``, *M*
   written as what makes it: ``18 = 3 * 6``, ``100 = 4 * 25``, or a bare operation worth
   it: "the other has to be 12 - 3"), and a later step reaches the goal from *M* or from
   what made it (a text ending on an expression without ``=``, "so 13 * (5 + 2)", has that
   expression as its last step). One event per value *M*. (Sixteenth session) the gap
   between a value and the goal named, the goal as the object ("95 is just 2 above 93",
   "900, which overshoots 888 by 12", "24 exceeds 19 by exactly 5"): the gap is *M*; and
   in any words, a number written alone just after a step that takes the step's result to
   the goal by one operation ("4 x 100 = 400, ... owe me exactly 30", :func:`_anchored_gaps`).
   Not: the relation after *M* is made or after the goal is reached (a summary or a check:
   ``11 + 2 = 13, 13 * 7 = 91. because 7 times 13 is 91, ...``), a relation whose *M* is
   never made, a goal that is not the final value, an operation on *M* not given as a reason
   (``8 * 8 = 64. 12 - 4 = 8``).
9. **A necessity chain** (both domains). Two linked requirement clauses, the first about the
   goal and the second carrying the requirement to something nearer the givens: "the average
   has to be 85, so the total has to be 425", "if the mean is to be 12, their total must be
   60", "since the function is supposed to be continuous at x = 2, the two one-sided
   expressions have to agree there", "for that, the product of the slopes has to be -1; one
   slope is 2, so the other must be -1/2". The first clause: a requirement ("has to / have
   to / needs to / is to be / is supposed to / would need / would have to", or "must /
   should" after "for ... to", "for that / this" or "in order to") with a state after it
   (be, equal, agree, hold, contain, come, ...: not a task such as "find"), its subject not
   "we / I / you / let's" (narration: "we need to find x"), with no ``=`` before it in its
   sentence and the sentence not opening with "so / then / thus / hence / therefore" (an
   inference), not about a domain ("to be defined / real / valid"); then a link ("so",
   "then", ";", "which / that / this means", "hence", "thus", "therefore"; "and" after a
   purpose clause, "," after a reason clause) and a second requirement ("has to / must /
   needs (to) / would need / should / is forced / forces") with a state or a value after it
   but no computation ("so she needs 3 * 4 = 12 eggs"), in the same sentence or in the next
   one when "so / hence / thus / therefore / this means" opens it. A sentence ends at ``.``,
   ``!``, ``?`` or a line end (a decimal point too). One event per sentence. Not: "x must be
   3, so y must be 5" (an inference), "we need to find x, so we must solve ..."
   (narration), "a prime must have exactly two divisors" (one clause), "the answer has to be
   an integer, so let's confirm the domain" (no second requirement), "two students have to
   be included and two have to be excluded" (conditions listed). Also one requirement alone
   after "for that," / "for this," opening its sentence (the goal named before), and a
   stated goal ("the question asks for", "we want the ...", "the target is") followed by a
   link and a requirement or a part it needs ("so we need all three sides", "that needs a
   base and a height"), not a task ("so we have to solve") nor the task restated.
   Third wave: an adverb before the state ("must all be"); one requirement alone after a
   purpose naming the goal at the sentence's start ("to get an area of 24 ..., the other
   side has to be 3", "for the game to last 4 rounds, round 4 must be ..."; not "for a /
   any / every ... to", a general rule, nor a narrator's "you'd need"); the second
   requirement after a link inside the next sentence ("the known digits give 22, so the
   missing digit must be 5"); "we want \(...\)" and "we need the total to end in 0" as
   stated goals.
   Fourth wave: after a goal's purpose at a sentence's (or clause's) start ("to show / make /
   get ...", "for ... to <verb>", "for area \(9\pi\)", "for infinitely many solutions"), a
   narrator's need of a condition (a relation right after it, "we'd need \(c = 25\)", or a
   property of a closed class, "we need \(f\) injective") or a sufficient one ("it's enough
   to show"); not a task, a thing, a case, a general rule or a domain. A relation that needs
   another ("\(A = 4\pi r^2\) needs \(r\)", "which needs \(AE = CE\)"); "we need \(...\)"
   with a relation as a stated goal, and a stated goal rewritten until it holds ("that is
   ..., which always holds"); "only if" carried on by a link to a requirement; "if I can
   ..., I'm done".

   (fourth wave, rule 8) the goal's operation after its purpose ("to hit 54 I'd like 6 * 9"),
   the goal with an operand missing ("what times 7 is 63?"), and a number named and then
   made inside the final step ("60 = 15 * 4, ... the 4: 15 * (2 + 2) = 60").

   (fifth wave, rule 8) the goal undone by a step, the rest made right after ("51 - 2 = 49 =
   7 * 7 ... 7 * 7 + 2 = 51"); a split framed as the goal's, a part then made, no final step
   needed ("think of it as 48 + 39: 48 is 16 * 3", "we need 26 = 24 + 2 ... 8 * 3 = 24"); a
   decomposition kept whole in the last step, the rest neutralised ("75 = 3 * 25 ... 25 * 3 +
   6 - 6 = 75"); a pure difference is not a factorisation; what the goal still misses, named
   and made right after ("i need 39 more and 50 - 11 is 39"). (rule 9) an earlier state inferred
   from a later one, worth a number not written before ("so she must have started with 85 +
   15 = 100", "so before that it was 15", "so it must leave by 12:15"); a goal rewritten
   "exactly when" ... "which is always true"; "we're after the ..." as a stated goal.

Cost: one scan per text (:func:`_present`: with hyperscan, the rules' own shapes, each a
superset of what its rule reads; otherwise literal gates), then the rules only where their
shape occurs; rule 8 reads the steps of :mod:`rewardkit.reflect.attempts` (bounded there)
only when a cue names the final value of the text's tail. Bounds: at most
:data:`MAX_CLAUSES` requirement words and :data:`MAX_RELATIONS` relations, questions and
reasons per text, sentences of at most :data:`MAX_SENTENCE_CHARS` characters. Never raises.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from rewardkit._lazy import lazy_compile
from rewardkit.reflect import attempts
from rewardkit.reflect.scan import fast_backend, scan_sources

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

#: A purpose naming a goal at a sentence's start: "to get an area of 24", "to end up with"
_GOAL_VERB = (
    r"to[ \t]+(?:get|end[ \t]+up|reach|hit|make|obtain|arrive[ \t]+at|come[ \t]+out|land[ \t]+on"
    # (fourth wave) a state to secure: "to ensure that f meets every line, ... must"
    r"|ensure|guarantee|keep)\b"
)
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
# an adverb may come between ("rounds 1 to 3 must all be losses": third wave)
_ADVERB = r"(?:(?:all|also|both|each|then|therefore|still|always|only|now|again|itself)[ \t]+)?"
_STATE_AFTER = lazy_compile(r"[ \t]+" + _ADVERB + r"(?:" + _STATE + r"\b|be\b)")
_VALUE_AFTER = lazy_compile(r"[ \t]+(?:[0-9]|\\\(|\$|-[0-9]|[a-z][ \t]*(?:=|>|<))")
_NARRATOR = frozenset(
    ("we", "i", "you", "us", "let's", "lets", "we'd", "i'd", "you'd", "we'll", "i'll", "you'll")
)
_DOMAIN = lazy_compile(
    r"\b(?:defined|undefined|domain|valid|real|make[ \t]+sense|well-defined|positive[ \t]+integer"
    r"|an[ \t]+integer)\b"
)
_MUST_OPENER = lazy_compile(
    r"(?:^[ \t\n]*|[,;:][ \t]*)(?:for[ \t]+(?:that|this)\b|for[ \t][^,;]{1,120}?[ \t]to[ \t]"
    r"|in[ \t]+order[ \t]+to[ \t]|" + _GOAL_VERB + r")"
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
#: What ends a sentence (a decimal point too: a limit).
_MARKS = (".", "!", "?", "\n")


#: Literal keys of the requirement words (each match of :data:`_REQUIREMENT` holds one, at
#: most 4 characters after its start): found with ``str.find``, then matched there.
_REQUIREMENT_KEYS = (
    *("has", "have", "need", "is to be", "are to be", "supposed", "would"),
    *("must", "should", "forced", "forces"),
)


def _requirements(low: str) -> list[re.Match[str]]:
    """The matches of :data:`_REQUIREMENT` in order (the first :data:`MAX_CLAUSES`)."""
    found: dict[int, re.Match[str]] = {}
    for key in _REQUIREMENT_KEYS:
        at = low.find(key)
        for _ in range(MAX_CLAUSES):  # the first of each key, then the first of all
            if at < 0:
                break
            match = _REQUIREMENT.search(low, max(0, at - 4), at + len(key) + 20)
            if match is not None and match.start() <= at:
                found.setdefault(match.start(), match)
            at = low.find(key, at + len(key))
    return [found[start] for start in sorted(found)[:MAX_CLAUSES]]


_TASK_AFTER = lazy_compile(
    r"[ \t]+(?:be[ \t]+)?(?:checked|verified|found|computed|calculated|determined|solved"
    r"|considered|used|applied|done|careful|evaluated|simplified|rewritten|converted)\b"
)
_FOR_THAT = lazy_compile(r"[ \t\n]*for[ \t]+(?:that|this)[ \t]*,")
# a sentence opened by a goal's purpose: "to get an area of 24 with one side 8, the other
# side has to be 3", "for the game to last 4 rounds, round 4 must be the first win"
# a count of solutions asked for: "for infinitely many solutions", "for exactly one root"
# (fourth wave)
_SOLUTION_COUNT = (
    r"for[ \t]+(?:(?:infinitely[ \t]+many|no|exactly|unique|single|double|one|two|three|distinct"
    r"|real|equal|repeated)[ \t]+){1,3}(?:solutions?|roots?|intersection[ \t]+points?"
    r"|points[ \t]+of[ \t]+intersection)\b"
)
_GOAL_PURPOSE = lazy_compile(
    r"[ \t\n]*(?:"
    + _SOLUTION_COUNT  # first: its own "to" is the requirement's
    + r"|"
    + _GOAL_VERB
    + r"|for[ \t][^,;]{1,120}?[ \t]to[ \t]+[a-z]+"
    + r")"
)
# "for a number to be a perfect cube, ...": a general rule (a definition), not this goal's
_GENERAL = lazy_compile(r"[ \t\n]*for[ \t]+(?:an?|any|every|each|all)[ \t]")
# the next sentence with a link inside it: "the known digits give 22, so the digit must be 5"
_NEXT_INNER = lazy_compile(
    r"[.!?\n][ \t\n]*[^.!?\n=]{0,80}?(?:,[ \t]*|[ \t])(?:so|hence|thus|therefore)\b"
)
_INFERRED = lazy_compile(r"[ \t\n]*(?:so|then|thus|hence|therefore)\b")
_NEXT_LINK = lazy_compile(
    r"[.!?\n][ \t\n]*(?:so|hence|thus|therefore|this[ \t]+means|that[ \t]+means)\b"
)


def _second(
    low: str,
    found: list[re.Match[str]],
    after: int,
    end: int,
    *,
    purpose: bool = False,
    reason: bool = False,
    linked: bool = False,
) -> re.Match[str] | None:
    """The second requirement of a chain, after ``after`` and before ``end``.

    It must be linked to the first: a link word between, "and" after a purpose, "," after a
    reason, or ``linked`` (the sentence opened by a link).
    """
    for second in found:
        if second.start() < after:
            continue
        if second.start() >= end:
            break
        between = low[after : second.start()]
        if not (
            linked
            or _LINK.search(between)
            or (purpose and _AND.search(between))
            or (reason and "," in between)
        ):
            continue
        if _COMPUTED.match(low, second.end()):
            continue  # "so she needs 3*15 = 45 eggs": a computation, forwards
        if _subject_narrator(low, after, second.start()) and (
            _VALUE_AFTER.match(low, second.end()) is None
        ):
            continue
        if (
            _STATE_AFTER.match(low, second.end()) is not None
            or _VALUE_AFTER.match(low, second.end()) is not None
        ):
            return second
    return None


def _sentence(low: str, at: int) -> tuple[int, int] | None:
    """The sentence around ``at`` (start, end), or ``None`` if longer than the longest read.

    A sentence ends at ``.``, ``!``, ``?`` or a line end (:data:`_MARKS`).
    """
    low_end = max(0, at - MAX_SENTENCE_CHARS)
    start = max(low.rfind(mark, low_end, at) for mark in _MARKS) + 1
    if start == 0 and low_end > 0:
        return None
    ends = [found for mark in _MARKS if (found := low.find(mark, at, at + MAX_SENTENCE_CHARS)) >= 0]
    end = min(ends) if ends else len(low)
    if end - start > MAX_SENTENCE_CHARS:
        return None
    return start, end


def _subject_narrator(low: str, start: int, at: int) -> bool:
    words = low[max(start, at - 24) : at].split()
    return bool(words) and words[-1].strip(",;:") in _NARRATOR


def necessity_chains(low: str, present: set[int] | None = None) -> list[GoalChainEvent]:
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
    if present is None:
        present = _present(low)
    if _CHAIN_CUE not in present and _GOAL_CUE not in present:
        return []  # no two requirement words in one sentence (one scan, with hyperscan)
    found = _requirements(low)
    events: list[GoalChainEvent] = []
    used_sentence = -1
    for i, first in enumerate(found if _CHAIN_CUE in present else ()):
        at = first.start()
        bounds = _sentence(low, at)
        if bounds is None or bounds[0] <= used_sentence:
            continue
        start, end = bounds
        head = low[start:at]
        if "=" in head or _subject_narrator(low, start, at) or _INFERRED.match(head):
            continue  # after a computation, a narrator, or opening with "so": an inference
        # "must / should / needs" opens a chain only after "for ... to", "for that"
        if first.group("first") is None and (
            first.group("must") not in ("must", "should") or not _MUST_OPENER.search(head)
        ):
            continue
        if _TASK_AFTER.match(low, first.end()):
            continue  # "the value has to be checked": a task, not a requirement
        if not first.group().endswith("be") and _STATE_AFTER.match(low, first.end()) is None:
            continue  # "is to be 12" states its value; "has to" needs a state after it
        if _DOMAIN.search(low, start, min(end, first.end() + 30)):
            continue
        purpose = _PURPOSE.match(low, start) is not None
        # "since f is supposed to be continuous at 2, the two sides have to agree": the
        # clause after a reason's comma follows from it
        reason = _REASON.match(low, start) is not None
        second = _second(low, found[i + 1 :], first.end(), end, purpose=purpose, reason=reason)
        if second is None:
            # "the average has to be 85. so the total has to be 425": the next sentence, when
            # a link opens it
            linked = _NEXT_LINK.match(low, end)
            following = None if linked is None else _sentence(low, linked.end())
            if linked is not None and following is not None:
                second = _second(low, found[i + 1 :], linked.end(), following[1], linked=True)
        if second is None:
            inner = _NEXT_INNER.match(low, end)
            following = None if inner is None else _sentence(low, inner.end())
            if inner is not None and following is not None:
                second = _second(low, found[i + 1 :], inner.end(), following[1], linked=True)
        if second is not None:
            end_at, detail = second.end(), "a requirement chain"
        elif _FOR_THAT.match(low, start):
            # "start from what's asked: the probability that the last ball is red. for that,
            # the red ball must not be picked ...": the goal is the sentence before, the
            # requirement its first link
            end_at, detail = first.end(), "a requirement of the goal named before"
        elif (
            (purposed := _GOAL_PURPOSE.match(low, start)) is not None
            and purposed.end() <= at  # not the requirement's own "to"
            and not _GENERAL.match(low, start)
        ):
            end_at, detail = first.end(), "a requirement of the goal in its purpose"
        else:
            continue
        events.append(GoalChainEvent(9, at, end_at, f"`{low[at:end_at].strip()}`: {detail}"))
        used_sentence = start
    if "which" in low and ("hold" in low or "follow" in low or "true" in low):
        events.extend(_sufficient_chains(low, events))
    used = {event.start for event in events}
    if _GOAL_CUE in present:
        events.extend(_goal_stated(low, found, used))
    return sorted(events)


_SUFFICIENT = (
    r"(?:holds|follows|is[ \t]+true|is[ \t]+satisfied|would[ \t]+follow)[ \t]+"
    r"(?:if|when|as[ \t]+soon[ \t]+as|provided|from)"
)
# the goal reduced to a condition, and that to another: "... holds if ..., which holds if ...",
# "that follows if d is equidistant ..., which follows from d lying on the bisector"
_SUFFICIENT_CHAIN = lazy_compile(
    r"\b"
    + _SUFFICIENT
    + r"\b[^.!?\n]{1,200}?,?[ \t]*which[ \t]+(?:in[ \t]+turn[ \t]+)?"
    + _SUFFICIENT
    + r"\b"
)


def _sufficient_chains(low: str, events: list[GoalChainEvent]) -> list[GoalChainEvent]:
    """Rule 9 as two linked sufficient conditions (third wave), outside ``events``."""
    found = []
    for match in islice(_SUFFICIENT_CHAIN.finditer(low), MAX_RELATIONS):
        if any(e.start < match.end() and match.start() < e.end for e in events):
            continue
        found.append(
            GoalChainEvent(
                9, match.start(), match.end(), f"`{match.group()}`: sufficient conditions"
            )
        )
    return found


#: The goal stated: "the question asks for", "we want the ...", "the target is".
_GOAL_STATED = lazy_compile(
    r"\b(?:the[ \t]+(?:question|problem)[ \t]+asks[ \t]+(?:for|us[ \t]+to[ \t]+find)"
    r"|we(?:'re|[ \t]+are)[ \t]+asked[ \t]+(?:for|to[ \t]+find)"
    r"|(?:we|i)[ \t]+want[ \t]+(?:to[ \t]+(?:end[ \t]+up[ \t]+with|get|reach|have|make)|the|an?)\b"
    r"|(?:we|i)[ \t]+want[ \t]+(?=\\\(|\$)"
    r"|(?:we|i)[ \t]+need[ \t]+(?:the|this|that|its|their)[ \t][a-z' \t]{1,40}?[ \t]to[ \t]+"
    r"(?:be|end|equal|come|reach|have|lie|stay|hold)\b"
    r"|the[ \t]+(?:goal|target|aim)[ \t]+is|what[ \t]+we[ \t]+(?:want|need)[ \t]+is"
    # "we're after the diagonal" (fifth wave)
    r"|(?:we(?:'re|[ \t]+are)|i(?:'m|[ \t]+am))[ \t]+after[ \t]+(?:the|an?)\b"
    # "we need \(P(X \ge 1) = 0.75\), so \(P(X = 0)\) must be 0.25" (fourth wave)
    r"|(?:we|i)[ \t]+need[ \t]+(?=\\\(|\$))"
)
# what the goal needs, said of a part: "we need the height", "that requires a base"
_NEEDS_PART = lazy_compile(
    r"\b(?:(?:we|i)[ \t]+(?:need|want)|(?:that|this|which|it)[ \t]+(?:needs|requires))[ \t]+"
    r"(?:the|a|an|all|both|its|their|each|another|one|two|three)\b"
    # a value needed, after a reason: "since we want the vertex at 2 ..., we need \(b = -4a\)"
    r"|\b(?:we|i)[ \t]+need[ \t]+(?=\\\(|\$)"
)


_GOAL_KEYS = ("asks", "asked", "want", "goal", "target", "aim", "what we", "need", "after")
_SPLIT_KEYS = ("want", "goal", "target", "aim", "need", "reach")  # a split's frame (fifth wave)


def _near_keys(low: str, pattern: re.Pattern[str], keys: tuple[str, ...]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that hold one of ``keys`` (found with ``str.find``), in order.

    At most :data:`MAX_RELATIONS` occurrences of each key are read, and as many matches kept.
    """
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        at = low.find(key)
        for _ in range(MAX_RELATIONS):
            if at < 0:
                break
            match = pattern.search(low, max(0, at - 24), at + len(key) + 48)
            if match is not None and match.start() <= at < match.end():
                found.setdefault(match.start(), match)
            at = low.find(key, at + len(key))
    return [found[start] for start in sorted(found)][:MAX_RELATIONS]


def _goal_stated(low: str, found: list[re.Match[str]], used: set[int]) -> list[GoalChainEvent]:
    """Rule 9 from a stated goal: the goal, a link, then a requirement of a part.

    "we want to end up with 100 dollars, so the starting amount has to be 100 / 1.21", "the
    question asks for the perimeter, so we need all three sides", "the target is the area.
    that needs a base and a height". Not after ``=`` in its sentence; the requirement as in a
    chain (a state or a value after it, no computation) or a part needed.
    """
    events = []
    for match in _near_keys(low, _GOAL_STATED, _GOAL_KEYS):
        bounds = _sentence(low, match.start())
        if bounds is None or "=" in low[bounds[0] : match.start()]:
            continue
        if match.group().endswith("need ") and _MATH_RELATION.match(low, match.end()) is None:
            continue  # "we need \(k^2\) to be ...": a stated goal is a relation (fourth wave)
        end = bounds[1]
        second = _second(low, found, match.end(), end)
        part = _NEEDS_PART.search(low, match.end(), end)
        reason = _REASON.match(low, bounds[0]) is not None and match.start() - bounds[0] < 24
        # "since we want ..., we need ...": the reason's comma links them
        if (
            part is not None
            and _LINK.search(low, match.end(), part.start()) is None
            and not (reason and "," in low[match.end() : part.start()])
        ):
            part = None
        if second is None and part is None:
            linked = _NEXT_LINK.match(low, end)
            following = None if linked is None else _sentence(low, linked.end())
            if linked is not None and following is not None:
                second = _second(low, found, linked.end(), following[1], linked=True)
            inner = _NEXT_INNER.match(low, end) if second is None else None
            following = None if inner is None else _sentence(low, inner.end())
            if inner is not None and following is not None:
                second = _second(low, found, inner.end(), following[1], linked=True)
            # "the target is the area. that needs a base and a height"
            rest = low[end + 1 : end + 41]
            pronoun = _NEEDS_PART.match(low, end + 1 + len(rest) - len(rest.lstrip()))
            if pronoun is not None and pronoun.group().split()[0] in ("that", "this", "it"):
                part = pronoun
        ends = [m.end() for m in (second, part) if m is not None]
        if not ends and match.group().endswith(("want ", "need ")):
            # "we want \(a^2 + b^2 \ge 2ab\). that is ..., which always holds": the goal
            # rewritten until it holds (fourth wave)
            holds = _reduced_until_it_holds(low, match.end())
            ends = [] if holds is None else [holds]
        if not ends or match.start() in used:
            continue
        stop = min(ends)
        events.append(
            GoalChainEvent(
                9,
                match.start(),
                stop,
                f"`{low[match.start() : stop].strip()}`: a goal's requirement",
            )
        )
    return events


# -- rule 9, fourth wave: a goal's condition stated after its purpose -------------------------

#: A goal rewritten (a closed class of equivalence words), then said to hold
_REDUCED = lazy_compile(
    r"\b(?:that[ \t]+is|that's|i\.e\.|equivalently|equivalent[ \t]+to|the[ \t]+same[ \t]+as"
    r"|(?:becomes|reduces[ \t]+to|rearranges[ \t]+to|simplifies[ \t]+to)"
    # "that holds exactly when ..." (fifth wave)
    r"|exactly[ \t]+when|if[ \t]+and[ \t]+only[ \t]+if|iff)"
)
_HOLDS = lazy_compile(
    r"\b(?:which|this|that)[ \t]+(?:always[ \t]+|clearly[ \t]+|certainly[ \t]+|then[ \t]+"
    r"|obviously[ \t]+|trivially[ \t]+)?holds\b"
    # "which is always true" (fifth wave)
    r"|\b(?:which|this|that)[ \t]+is[ \t]+(?:always[ \t]+|clearly[ \t]+|certainly[ \t]+"
    r"|obviously[ \t]+|trivially[ \t]+)?true\b"
    r"|\b(?:holds|is[ \t]+true|is[ \t]+satisfied)[ \t]+(?:if|when|whenever|as[ \t]+soon[ \t]+as"
    r"|provided)\b"
)
#: How far after a stated goal its rewriting is read (characters; not past a blank line)
REDUCTION_CHARS = 300


def _reduced_until_it_holds(low: str, at: int) -> int | None:
    """Where a goal stated as a relation at ``at`` is rewritten and said to hold, or ``None``.

    The relation right after "we want / need", a rewriting word after it ("that is", "i.e.",
    "equivalently", "becomes" ...), then "which (always) holds" or "holds as soon as / if"
    within :data:`REDUCTION_CHARS` characters, not past a blank line.
    """
    if _MATH_RELATION.match(low, at) is None:
        return None
    stop = min(len(low), at + REDUCTION_CHARS)
    blank = low.find("\n\n", at, stop)
    stop = stop if blank < 0 else blank
    reduced = _REDUCED.search(low, at, stop)
    if reduced is None:
        return None
    holds = _HOLDS.search(low, reduced.end(), stop)
    return None if holds is None else holds.end()


#: A goal's purpose: "to show", "to make x^2 + 10x + c a perfect square", "for area 9 pi"
_CONDITION_PURPOSE = lazy_compile(
    r"[ \t\n*]*(?:in[ \t]+order[ \t]+)?(?:to[ \t]+(?:show|prove|conclude|establish|ensure"
    r"|guarantee|make|get|have|obtain|reach|hit|achieve|satisfy|maximi[sz]e|minimi[sz]e)\b"
    # "to make sure", "to get started", "to get this straight": a clarification, not a goal
    r"(?![ \t]+(?:(?:it|this|that|things)[ \t]+)?(?:sure|certain|clear|straight|right|started"
    r"|going|ready|an[ \t]+idea|a[ \t]+feel|a[ \t]+sense)\b)"
    # "to make a table", "to get x alone": a task, not a goal's state
    r"(?![ \t]+(?:(?:an?|the|this|that|our|my)[ \t]+)?(?:table|list|chart|graph|plot|sketch"
    r"|diagram|substitution|guess|start|progress|things|it[ \t]+easier|this[ \t]+easier"
    r"|(?:[a-z]|\\\([^)\n]{1,8}\\\))[ \t]+(?:alone|by[ \t]+itself))\b)"
    # "for the two lines to meet", "for area \(9\pi\)": a goal of this problem, not a case
    r"|for[ \t]+(?!(?:any|every|each|all|some|example|instance|now|part|case)\b)"
    r"(?:(?!an?\b)[^,;=]{1,120}?[ \t]to[ \t]+[a-z]+"
    r"|(?:(?:an?|the)[ \t]+)?(?!(?:step|question|problem|item|line|equation|row|round|turn"
    r"|stage|iteration|trial|exercise|method|approach|option|choice|example|case|part)\b)"
    r"(?:[a-z]+[ \t]+){1,3}(?:\\\(|\$|[0-9]))"
    r"|" + _SOLUTION_COUNT + r")"
)
# a domain as the purpose ("for the root to be real"), not "to have two real roots"
_PURPOSE_DOMAIN = lazy_compile(
    r"\b(?:defined|undefined|domain|valid|make[ \t]+sense|well-defined|(?:be|is|are)[ \t]+real)\b"
)
#: What the purpose needs: a narrator's need of a condition, or a sufficient one
_CONDITION = lazy_compile(
    r"(?:^|[ \t,])(?:(?P<need>(?:we|i)(?:'d|[ \t]+would)?[ \t]+(?:need|want|require))[ \t]+"
    r"|(?P<enough>it(?:'s|[ \t]+is)[ \t]+(?:enough|sufficient)[ \t]+to|(?:it[ \t]+)?suffices"
    r"[ \t]+to)[ \t])"
)
#: Properties a condition may state of a named object (fourth wave): a closed class
_PREDICATE = (
    r"(?:even|odd|positive|negative|nonnegative|nonzero|zero|prime|integral|rational"
    r"|irrational|injective|surjective|bijective|one-to-one|onto|continuous|differentiable"
    r"|bounded|increasing|decreasing|monotonic|periodic|symmetric|parallel|perpendicular"
    r"|congruent|similar|divisible|coprime|invertible|convergent|constant)"
)
#: A relation inside LaTeX mathematics ("\(c = 25\)", "\(\lim f(x) = 1\)") or plain ("r = 3")
_MATH_RELATION_SOURCE = (
    r"(?:\\\(|\$)(?:(?!\\\)|\$)[^\n]){0,160}?(?:=|<|>|\\le|\\ge|\\ne|\\equiv|\\mid|\\sim"
    r"|\\cong|\\parallel|\\perp)"
    r"|[a-z][ \t]*(?:=|<|>|\u2264|\u2265)[ \t]*[0-9a-z(\\-]"
)
_MATH_RELATION = lazy_compile(_MATH_RELATION_SOURCE)
#: A relation, or a property of what the mathematics names: "we need \(f\) injective"
_MATH_CONDITION = lazy_compile(
    _MATH_RELATION_SOURCE
    + r"|(?:\\\(|\$)[^\n$]{1,40}?(?:\\\)|\$)[ \t]+(?:to[ \t]+be[ \t]+)?"
    + _PREDICATE
    + r"\b"
    # a value given in words: "we'd need \(c\) to be 25", "we need x to equal 4"
    r"|(?:(?:\\\(|\$)[^\n$]{1,40}?(?:\\\)|\$)|[a-z])[ \t]+to[ \t]+(?:be|equal)[ \t]+"
    r"(?:-?[0-9]|\\\(|\$)"
)


def _purpose_conditions(low: str, used: list[GoalChainEvent]) -> list[GoalChainEvent]:
    r"""Rule 9 as a goal's purpose and what it needs (fourth wave).

    A sentence (or a clause after ``;`` / ``:``) opened by a goal's purpose ("to show /
    prove / conclude / make / get ...", "for ... to <verb>", "for area \\(9\\pi\\)") followed
    by a narrator's need of a condition ("we'd need \\(c = 25\\)", "I need \\(\\lim f = 1\\)":
    a relation right after the need) or by a sufficient condition ("it's enough to show",
    "it suffices to"). Not a task ("to find x we need ..."), a case ("for x = 2 ..."), a
    general rule ("for any n ..."), nor a need of a thing ("we need the radius").
    """
    events: list[GoalChainEvent] = []
    for key in ("need", "want", "require", "enough", "sufficient", "suffices"):
        at = low.find(key)
        for _ in range(MAX_RELATIONS):
            if at < 0 or len(events) >= MAX_RELATIONS:
                break
            event = _purpose_condition(low, at)
            if event is not None and not any(
                e.start < event.end and event.start < e.end for e in used + events
            ):
                events.append(event)
            at = low.find(key, at + len(key))
    return events


def _purpose_condition(low: str, at: int) -> GoalChainEvent | None:
    """The event whose condition word is at ``at`` (see :func:`_purpose_conditions`)."""
    condition = _CONDITION.search(low, max(0, at - 16), at + 24)
    if condition is None or not condition.start() <= at < condition.end():
        return None
    bounds = _sentence(low, at)
    if bounds is None:
        return None
    start = max(bounds[0], low.rfind(";", bounds[0], at) + 1, low.rfind(":", bounds[0], at) + 1)
    purpose = _CONDITION_PURPOSE.match(low, start)
    if purpose is None or purpose.end() > condition.start():
        return None
    if _PURPOSE_DOMAIN.search(low, start, condition.start()):
        return None  # "for the logarithm to be defined, we need x > 0": a domain
    if condition.group("need") is not None:
        relation = _MATH_CONDITION.match(low, condition.end())
        if relation is None:
            return None  # "we need the radius", "we need to find ...": not a condition
        end = relation.end()
    else:
        end = condition.end()
    return GoalChainEvent(
        9, start, end, f"`{low[start:end].strip()}`: a condition of the goal in its purpose"
    )


#: The goal reduced to what is enough for it: "if we can show ..., we're done"
_DONE_IF = lazy_compile(
    r"\bif[ \t]+(?:i|we)[ \t]+can[ \t]+(?:get|show|prove|make|write|express|reduce|bring|turn"
    r"|put|rewrite|establish|produce|build|form|obtain|reach|find)\b[^.!?\n]{1,160}?,?[ \t]*"
    r"(?:then[ \t]+)?(?:(?:i'm|we're|i[ \t]+am|we[ \t]+are|(?:i|we)(?:'d|[ \t]+would)[ \t]+be)"
    r"[ \t]+done"
    r"|(?:the[ \t]+(?:result|claim|statement|answer|inequality|identity)|it)[ \t]+follows)\b"
)


def _done_if(low: str, used: list[GoalChainEvent]) -> list[GoalChainEvent]:
    """Rule 9 as the goal reduced to what is enough for it (fourth wave).

    "if I can get the expression into the form 3^k I'm done", "if we can show that f is
    injective, the result follows": the narrator names a condition that would finish the
    goal. Not "if we can, we ..." without the finishing clause.
    """
    events: list[GoalChainEvent] = []
    for match in islice(_DONE_IF.finditer(low), MAX_RELATIONS):
        if any(e.start < match.end() and match.start() < e.end for e in used):
            continue
        events.append(
            GoalChainEvent(9, match.start(), match.end(), f"`{match.group()}`: enough for the goal")
        )
    return events


_ONLY_IF_BEFORE = lazy_compile(r"(?:\bif|,)[ \t]*(?:and|,)?[ \t]*$")


def _only_if_chains(low: str, used: list[GoalChainEvent]) -> list[GoalChainEvent]:
    r"""Rule 9 as a necessary condition carried on (fourth wave).

    "the answer is an integer only if the division by 7 is exact, so \(3n + 2\) must be a
    multiple of 7": "only if" (not "if and only if"), then a link and a requirement with a
    state or a value, as a chain's second clause. Not after ``=``, a narrator or an opening
    "so / then" in its sentence.
    """
    found: list[re.Match[str]] | None = None
    events: list[GoalChainEvent] = []
    at = low.find("only if")
    for _ in range(MAX_RELATIONS):
        if at < 0:
            break
        bounds = _sentence(low, at)
        if bounds is not None and not _ONLY_IF_BEFORE.search(low, max(0, at - 12), at):
            start, end = bounds
            head = low[start:at]
            if "=" not in head and not _INFERRED.match(head):
                if found is None:
                    found = _requirements(low)
                second = _second(low, found, at + len("only if"), end)
                if second is not None and not any(
                    e.start < second.end() and at < e.end for e in used
                ):
                    events.append(
                        GoalChainEvent(
                            9,
                            at,
                            second.end(),
                            f"`{low[at : second.end()].strip()}`: a necessary condition carried on",
                        )
                    )
        at = low.find("only if", at + 7)
    return events


#: A relation that needs another: "since \(A = 4\pi r^2\) needs \(r\)", "\(0.9^n \le 0.01\),
#: which needs \(n \ge 44\)"
_NEEDS_KEYS = ("needs", "requires")
_RELATION_NEEDS = lazy_compile(
    r"(?:\\\)|\$)[ \t]*,?[ \t]+(?:which[ \t]+)?(?:needs|requires)[ \t]+(?:\\\(|\$)"
    # "so we need to show those are congruent, which needs \(ae = ce\)": a condition needed
    r"|(?P<which>\bwhich[ \t]+(?:needs|requires)[ \t]+)"
    r"(?=\\\(|\$)"
)
# before "which needs": a goal's clause ("so we need to show those are congruent, which needs
# ..."), not a formula's precondition ("we use \(S = n(n+1)/2\), which requires \(n \ge 1\)")
_GOAL_WORD = lazy_compile(
    r"\b(?:need|needs|want|show|prove|conclude|establish|goal|target|has[ \t]+to|have[ \t]+to"
    r"|must)\b"
)


def _goal_before(low: str, at: int) -> bool:
    """Whether a goal word occurs in the 200 characters before ``at`` (not past a blank line)."""
    start = max(0, at - 200)
    blank = low.rfind("\n\n", start, at)
    return _GOAL_WORD.search(low, start if blank < 0 else blank, at) is not None


_GOAL_CLAUSE = lazy_compile(
    r"\b(?:need|needs|want|show|prove|conclude|establish|goal|target|has[ \t]+to|have[ \t]+to"
    r"|must)\b[^.!?\n]*$"
)
# "which requires \(x \neq 0\)": a domain, not a goal's condition
_DOMAIN_SIGN = lazy_compile(r"\\neq?\b|\\geq?[ \t]*0\b|>[ \t]*0\b|\u2260")
_RELATION_SIGNS = ("=", "<", ">", "\\le", "\\ge", "\\ne", "\\equiv", "\\mid")


def relation_needs(low: str) -> list[GoalChainEvent]:
    r"""Rule 9 as a relation that needs another (fourth wave).

    A mathematical relation (LaTeX with ``=``, ``<``, ``\\le`` ...) said to need or require
    more mathematics: "since \\(A = 4\\pi r^2\\) needs \\(r\\)", "\\(0.9^n \\le 0.01\\), which
    needs \\(n \\ge 44\\)": the goal's relation read back to what it requires. Not a thing
    that needs a value ("\\(x\\) needs \\(...\\)": no relation), nor a need in words.

    Examples:
        >>> [e.rule for e in relation_needs("since \\(a = 4\\pi r^2\\) needs \\(r\\), ...")]
        [9]
        >>> relation_needs("the term \\(x\\) needs \\(x > 0\\)")
        []
    """
    events: list[GoalChainEvent] = []
    for key in _NEEDS_KEYS:
        at = low.find(key)
        for _ in range(MAX_RELATIONS):
            if at < 0 or len(events) >= MAX_RELATIONS:
                break
            match = _RELATION_NEEDS.search(low, max(0, at - 16), at + len(key) + 6)
            if (
                match is not None
                and match.group("which") is not None
                and match.start() < at
                and _GOAL_CLAUSE.search(low, max(0, match.start() - 120), match.start())
            ):
                needed = _MATH_RELATION.match(low, match.end())
                domain = needed is not None and _DOMAIN_SIGN.search(
                    low, match.end(), needed.end() + 6
                )
                if needed is not None and not domain:
                    events.append(
                        GoalChainEvent(
                            9,
                            match.start(),
                            needed.end(),
                            f"`{low[match.start() : needed.end()].strip()}`: a condition needed",
                        )
                    )
            elif match is not None and match.start() < at < match.end():
                opened = max(
                    low.rfind("\\(", max(0, match.start() - 160), match.start()),
                    low.rfind("$", max(0, match.start() - 160), match.start()),
                )
                math = low[opened : match.start()] if opened >= 0 else ""
                # "\(S = n(n+1)/2\), which requires \(n \ge 1\)": a formula's precondition
                # unless a goal was named shortly before ("**goal:** ... so ..., which needs")
                joined = "," in low[match.start() : at] or "which" in low[match.start() : at]
                if any(sign in math for sign in _RELATION_SIGNS) and (
                    not joined or _goal_before(low, opened)
                ):
                    events.append(
                        GoalChainEvent(
                            9,
                            opened,
                            match.end(),
                            f"`{low[opened : match.end()].strip()}`: a relation's requirement",
                        )
                    )
            at = low.find(key, at + len(key))
    return events


# -- rule 8: the goal related to a value then made ------------------------------------------

_RELATION = lazy_compile(
    r"(?:(?<![0-9.,])([0-9]{1,12})|\btarget)[ \t]+(?:is|was|would[ \t]+be|sits|lies)[ \t]+"
    r"(?:just[ \t]+|only[ \t]+|exactly[ \t]+)?"
    r"(?:"
    r"(?:([0-9]{1,12}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+)?"
    r"(?:more|less|greater|bigger|smaller|higher|lower|fewer)[ \t]+than[ \t]+(?:a[ \t]+)?"
    r"(?P<m1>[0-9]{1,12})"
    r"|(?:([0-9]{1,12}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+)?"
    r"(?:under|over|above|below|short[ \t]+of|shy[ \t]+of|away[ \t]+from|off|close[ \t]+to"
    r"|near)[ \t]+(?P<m2>[0-9]{1,12})"
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
_WORD_OPERATOR = r"(?:times|\*|x|multiplied[ \t]+by|plus|\+|minus|-|divided[ \t]+by|/)"
_WORD_SIGN = {"times": "*", "x": "*", "multiplied": "*", "plus": "+", "minus": "-", "divided": "/"}
# an operation on two numbers asked about, alone: "could it be 50 + 3?"
_PROPOSED = lazy_compile(
    r"(?<![0-9.=)*/+\-][ \t])(?<![0-9.=)*/+\-])([0-9]{1,12}[ \t]*[-+*/x][ \t]*[0-9]{1,12})[ \t]*\?"
)
# the goal written as an operation on two numbers, before either is made: "81 = 9 * 9",
# "27 could be 30 - 3", "44? that's 4 * 11" (third wave; read as an asked last step)
# (matched only where the final value or "that" / "it's" is: see _decompositions)
_DECOMPOSED = lazy_compile(
    r"(?:[0-9]{1,12}[ \t]*(?:=|is|could[ \t]+be|would[ \t]+be|might[ \t]+be)"
    r"|that'?s|that[ \t]+is|it'?s)[ \t]+(?:just[ \t]+|probably[ \t]+)?"
    r"([0-9]{1,12}[ \t]*(?:[-+*/x\u00d7\u2212]|[ \t](?:times|plus|minus)[ \t])[ \t]*[0-9]{1,12})"
    r"(?![0-9]|[ \t]*(?:[-+*/x=(\u00d7\u2212]|times|plus|minus)|[.,][0-9])"
)
# the goal's operation after its purpose: "to hit 54 I'd like 6 * 9", "to make 60, 15 * 4"
# (fourth wave; read as an asked last step, without the pure product's exclusion: the purpose
# names the goal)
_PURPOSED = lazy_compile(
    r"\bto[ \t]+(?:hit|get|make|reach|obtain)[ \t]+[0-9]{1,12}[ \t]*,?[ \t]+"
    r"(?:(?:i|we)(?:'d|[ \t]+would|[ \t]+could|[ \t]+can)?[ \t]+(?:like|want|need|use|do|try)"
    r"[ \t]+)?"
    r"([0-9]{1,12}[ \t]*(?:[-+*/x\u00d7\u2212]|[ \t](?:times|plus|minus)[ \t])[ \t]*[0-9]{1,12})"
    r"(?![0-9]|[ \t]*(?:[-+*/x=(\u00d7\u2212]|times|plus|minus)|[.,][0-9])"
)
# the goal with one operand missing: "what times 7 is 63?", "7 times what gives 63"
# (fourth wave)
_MISSING = lazy_compile(
    r"\bwhat[ \t]+(?P<op1>times|plus|\*|\+|x)[ \t]*(?P<n1>[0-9]{1,12})[ \t]+"
    r"(?:is|gives|makes|equals|would[ \t]+(?:be|give|make))[ \t]+(?P<g1>[0-9]{1,12})(?![0-9])"
    r"|(?<![0-9.])(?P<n2>[0-9]{1,12})[ \t]*(?P<op2>times|plus|\*|\+|x)[ \t]+what[ \t]+"
    r"(?:is|gives|makes|equals|would[ \t]+(?:be|give|make))[ \t]+(?P<g2>[0-9]{1,12})(?![0-9])"
)


# the gap between a value and the goal, named before the gap is made: "95 is just 2 above
# 93", "900, which overshoots 888 by 12", "24 exceeds 19 by exactly 5", "300, which sits 12
# under 312" (sixteenth session; the gap is the value then made, the goal the object)
_GAP_COUNT = r"[0-9]{1,12}|one|two|three|four|five|six|seven|eight|nine|ten"
_GAP = lazy_compile(
    r"(?:(?<![0-9.,])[0-9]{1,12}|\bwhich|\bthat|\bit)[ \t]+(?:"
    r"(?:is|sits|lies|falls|lands|comes[ \t]+out)[ \t]+(?:just[ \t]+|only[ \t]+|exactly[ \t]+)?"
    rf"(?P<k1>{_GAP_COUNT})[ \t]+(?:above|over|under|below|short[ \t]+of|shy[ \t]+of"
    r"|more[ \t]+than|less[ \t]+than|beyond|past)[ \t]+(?:the[ \t]+target[ \t]+(?:of[ \t]+)?)?"
    r"(?P<g1>[0-9]{1,12})?"
    r"|(?:exceeds|overshoots|undershoots|misses|tops|(?:is|falls|comes[ \t]+up)[ \t]+short"
    r"(?:[ \t]+of)?)(?:[ \t]+the[ \t]+target(?:[ \t]+of)?)?(?:[ \t]+(?P<g2>[0-9]{1,12}))?"
    r"[ \t]+by[ \t]+(?:just[ \t]+|only[ \t]+|exactly[ \t]+)?"
    rf"(?P<k2>{_GAP_COUNT})"
    r")(?![0-9]|[.,][0-9])"
)
_GAP_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_GAP_WORDS.update({"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10})


def _gaps(plain: str) -> list[tuple[int, int, int, int | None]]:
    """The gaps named: (start, end, gap, the goal named or ``None`` for the target), in order.

    A named goal must follow the relation ("95 is 2 above 93"); without one the relation is
    read only after "by" ("overshoots by 12": the target is meant), or with "the target".
    """
    found = []
    for match in _first(_GAP.finditer(plain)):
        count = match.group("k1") or match.group("k2")
        gap = _GAP_WORDS.get(count) or int(count)
        named = match.group("g1") or match.group("g2")
        if named is None and match.group("k1") is not None and "target" not in match.group():
            continue  # "it is 5 more than": the object is not a number
        found.append((match.start(), match.end(), gap, None if named is None else int(named)))
    return found


def _missing_operands(plain: str) -> list[tuple[int, int, int, int]]:
    """The goal with a missing operand: (start, end, goal, the operand it needs), in order."""
    found = []
    for match in islice(_MISSING.finditer(plain), MAX_RELATIONS):
        known = int(match.group("n1") or match.group("n2"))
        worth = int(match.group("g1") or match.group("g2"))
        sign = match.group("op1") or match.group("op2")
        if sign in ("times", "*", "x"):
            if known == 0 or worth % known:
                continue
            needed = worth // known
        else:
            needed = worth - known
        if needed > 0:
            found.append((match.start(), match.end(), worth, needed))
    return found


_BARE_OPERATION = lazy_compile(
    r"(?<![0-9.=*/+(\-\u00d7\u2212])(?<![0-9.=*/+(\-\u00d7\u2212][ \t])"
    r"[0-9]{1,12}[ \t]*[-+*/x\u00d7\u2212][ \t]*[0-9]{1,12}"
    r"(?![0-9)]|[ \t]*[-+*/x=)\u00d7\u2212]|[.,][0-9])"
)
_GOAL_FIRST = lazy_compile(r"(?<![0-9.])([0-9]{1,12})[ \t]*=[ \t]*(\(?[0-9][0-9 \t()+*/x-]{2,60})")


_BECAUSE = lazy_compile(r"\b(?:since|because)[ \t]+$")


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


_SIGN_CHARACTERS = frozenset("+-*/x\u00d7\u2212")


def _unordered(plain: str, step: attempts._Step) -> bool:
    """Whether ``step`` is not a pure product or sum (fifth wave: "25 - (12 - 9)" counts)."""
    expression = plain[step.start : step.expression_end or step.result_at]
    signs = {"*" if c in "x\u00d7" else "-" if c == "\u2212" else c for c in expression}
    signs &= _SIGN_CHARACTERS
    return len(signs) >= 2 or bool(signs & _UNDOING)


# the text's last expression, with no "=" after it: "so 13 * (5 + 2)", "<answer> 7 * (12 - 3)"
_FINAL_EXPRESSION = lazy_compile(
    r"(?<![0-9.=a-z])(?:\([ \t]*)*[0-9]{1,12}(?:[ \t]*(?:\)[ \t]*)*[-+*/x\u00d7\u2212][ \t]*"
    r"(?:\([ \t]*)*[0-9]{1,12}){2,8}(?:[ \t]*\))*(?=[^0-9=]{0,60}$)"
)
_INNERMOST = lazy_compile(r"\(([^()]{3,40})\)")


def _final_expression(plain: str) -> attempts._Step | None:
    """The expression that ends the text (of three numbers or more) as a step, or ``None``."""
    at = max(0, len(plain) - TAIL_CHARS)
    match = None
    for found in islice(_FINAL_EXPRESSION.finditer(plain, at), MAX_RELATIONS):
        match = found
    if match is None or match.end() < len(plain) - 60:
        return None
    evaluated = attempts._evaluate(match.group())
    if evaluated is None or evaluated[0] != int(evaluated[0]):
        return None
    value, operands = int(evaluated[0]), evaluated[1]
    inner = []
    for part in _INNERMOST.findall(match.group()):
        worth = attempts._evaluate(part)
        if worth is not None and worth[0] == int(worth[0]):
            inner.append(int(worth[0]))
    return attempts._Step(
        match.start(), match.end(), operands, value, value, match.end(), tuple(inner), match.end()
    )


_WORD_SIGNS = (" times ", " * "), (" plus ", " + "), (" minus ", " - ")


def _evaluate_words(expression: str) -> tuple[Fraction | int, tuple[int, ...]] | None:
    """:func:`attempts._evaluate` of an operation that may be in words ("7 times 13")."""
    for word, sign in _WORD_SIGNS:
        expression = expression.replace(word, sign)
    return attempts._evaluate(expression)


def _subject(match: re.Match[str]) -> int | None:
    """The value a relation is about; ``None`` for "the target"."""
    subject = match.group(1)
    return None if subject is None else int(subject)


def _relation_value(match: re.Match[str]) -> int | None:
    for name in ("m1", "m2", "m3", "m4"):
        value = match.group(name)
        if value is not None:
            return int(value)
    return None


# a goal split into two parts, one of which is then made: "26 = 24 + 2 ... 8 * 3 = 24",
# "30 as 24 + 6: 24 = 6 * 4", "think of it as 48 + 39: 48 is 16 * 3" (fifth wave)
_SPLIT = lazy_compile(
    r"(?:(?<![0-9.=*/+\-\u00d7\u2212][ \t])(?<![0-9.=*/+\-\u00d7\u2212])([0-9]{1,12})[ \t]*"
    r"(?:=|is|as)|\bit[ \t]+as)[ \t]+(?:just[ \t]+)?"
    r"([0-9]{1,12})[ \t]*([-+*/x\u00d7\u2212]|[ \t](?:times|plus|minus)[ \t])[ \t]*([0-9]{1,12})"
    r"(?![0-9]|[ \t]*(?:[-+*/x=(\u00d7\u2212]|times|plus|minus)|[.,][0-9])"
)


_AS = lazy_compile(r"\bas\b")


def _split_framed(plain: str, match: re.Match[str]) -> bool:
    """Whether a split is framed as the goal's (see :func:`_split_goals`).

    "30 as 24 + 6", "think of it as 48 + 39", or a goal word earlier in its sentence ("we need
    26 = 24 + 2"); not "factor 60: 60 = 5 * 12".
    """
    if _AS.search(plain, match.start(), match.start(2)) is not None:
        return True
    start = max(0, match.start() - SPLIT_FRAME_CHARS)
    window = plain[start : match.start()]
    cut = max(window.rfind(mark) for mark in _MARKS)
    window = window[cut + 1 :]
    return any(key in window for key in _SPLIT_KEYS)


#: Characters before a split read for its goal word (fifth wave).
SPLIT_FRAME_CHARS = 60


def _split_goals(plain: str) -> list[GoalChainEvent]:
    """Rule 8's fifth wave: a goal split into two parts, one part then made.

    The split comes before either part is made and before the value is computed (not a summary),
    framed as the goal's (:func:`_split_framed`); the part is made from other numbers.
    """
    matches = _first(_SPLIT.finditer(plain))
    if not matches:
        return []
    steps = attempts._steps(plain)
    events: list[GoalChainEvent] = []
    for match in matches:
        evaluated = _evaluate_words(f"{match.group(2)} {match.group(3).strip()} {match.group(4)}")
        if evaluated is None or evaluated[0] != int(evaluated[0]) or evaluated[0] <= 0:
            continue
        goal = int(evaluated[0])
        if match.group(1) is not None and int(match.group(1)) != goal:
            continue
        if not _split_framed(plain, match):
            continue
        parts = [int(match.group(2)), int(match.group(4))]
        before = {s.result for s in steps if s.end <= match.start()} | {
            n for s in steps if s.end <= match.start() for n in s.operands
        }
        if goal in before or any(part in before for part in parts):
            continue  # a summary or a check of work done
        for part in parts:
            if part in (goal, 0, 1):
                continue
            made = _made_after(plain, steps, part, goal, match.end(), len(plain))
            if made is not None and not set(parts) & set(made[1]):
                text = match.group().strip()
                events.append(GoalChainEvent(8, match.start(), made[0], f"`{text}`: {part} made"))
                break
        if len(events) >= MAX_RELATIONS:
            break
    return events


# what is still missing from the goal, named before it is made: "i need 39 more", "we need to
# lose 17", "i.e. lose 7", "remove 11" (fifth wave)
_REMAINDER = lazy_compile(
    r"\b(?:needs?[ \t]+(?:another[ \t]+)?(?P<n1>[0-9]{1,12})[ \t]+more"
    r"|(?:lose|remove|shed|knock[ \t]+off|take[ \t]+away)[ \t]+(?:another[ \t]+)?"
    r"(?P<n2>[0-9]{1,12}))(?![0-9]|[.,][0-9]|[ \t]*[-+*/x=])"
)
# the remainder made right after: ", and 50 - 11 is 39", ", which is 7 + 4", ": 7 + 10 = 17"
_REMAINDER_MADE = lazy_compile(
    r"[ \t]*(?:[,:;][ \t]*)?(?:(?:and|which[ \t]+is|so)[ \t]+)?"
    r"([0-9]{1,12}[ \t]*(?:[-+*/x\u00d7\u2212]|[ \t](?:times|plus|minus)[ \t])[ \t]*[0-9]{1,12})"
    r"(?![0-9]|[ \t]*[-+*/x(\u00d7\u2212])"
)


def _remainders(plain: str) -> list[GoalChainEvent]:
    """Rule 8's fifth wave: what the goal still misses, named, then made right after.

    The amount is written nowhere before its cue (not a difference computed and then named),
    and the operation after it is worth it without using it.
    """
    events: list[GoalChainEvent] = []
    for match in _first(_REMAINDER.finditer(plain)):
        needed = match.group("n1") or match.group("n2")
        made = _REMAINDER_MADE.match(plain, match.end())
        if made is None or _named(plain, needed, 0, match.start()):
            continue
        evaluated = _evaluate_words(made.group(1))
        if evaluated is None or evaluated[0] != int(needed) or int(needed) in evaluated[1]:
            continue
        events.append(GoalChainEvent(8, match.start(), made.end(), f"`{match.group()}`: made"))
    return events


def goal_relations(low: str, present: set[int] | None = None) -> list[GoalChainEvent]:
    """Rule 8's events in a lowercased text (see the module), with the fifth wave's splits."""
    if "$" in low or "\\(" in low or "\\[" in low:
        return []  # LaTeX mathematics is not Countdown
    if present is None:
        present = _present(low)
    events = _goal_relations(low, present)
    if _SPLIT_CUE not in present and _REMAINDER_CUE not in present:
        return events
    plain, _ = attempts._plain(low)
    starts = [(e.start, e.end) for e in events]
    found = _split_goals(plain) if _SPLIT_CUE in present else []
    if _REMAINDER_CUE in present:
        found += _remainders(plain)
    for event in found:
        if not any(s < event.end and event.start < e for s, e in starts):
            events.append(event)
    return sorted(events)


def _goal_relations(low: str, present: set[int]) -> list[GoalChainEvent]:
    """Rule 8's events in a lowercased text (see the module).

    Examples:
        >>> text = "17 is one less than 18, and 18 = 3 * 6, so 3 * 6 - 1 = 17."
        >>> [e.describe() for e in goal_relations(text)]
        ['`17 is one less than 18`: 18 is then made']
        >>> goal_relations("3 * 6 = 18, and 18 - 1 = 17. 17 is one less than 18.")  # a summary
        []
    """
    # (the public wrapper has left LaTeX texts out and read the cues)
    # the relations first, each behind a substring test (most texts have none: no steps read)
    if not present - {_CHAIN_CUE, _PURPOSE_CUE, _NEEDS_CUE}:
        return []
    plain, _ = attempts._plain(low)  # positions below are the plain text's
    tail = _tail_goal(plain)  # the final value, read once for every test below
    inverse = _INVERSE_CUE in present and _goal_before_sign(plain, tail, _UNDOING)
    relations = _first(_RELATION.finditer(plain)) if _RELATION_CUE in present else []
    forward = _forward(plain) if _FORWARD_CUE in present else []
    proposed = _first(_PROPOSED.finditer(plain)) if _PROPOSED_CUE in present else []
    decomposed = _decompositions(plain, tail) if _DECOMPOSED_CUE in present else []
    purposed = _first(_PURPOSED.finditer(plain)) if _PURPOSED_CUE in present else []
    missing = _missing_operands(plain) if _PROPOSED_CUE in present else []
    gaps = _gaps(plain) if _GAP_CUE in present else []
    reasons = _reason_steps(plain) if _REASON_CUE in present else []
    reason = bool(reasons)
    undone = _UNDONE_CUE in present and _undone_possible(plain, tail)
    anchored = _UNDONE_CUE in present and _goal_named_before(plain, tail)
    if not (
        relations
        or forward
        or proposed
        or reasons
        or decomposed
        or purposed
        or missing
        or gaps
        or inverse
        or undone
        or anchored
    ):
        return []
    if (
        not inverse
        and not undone
        and not anchored
        and not _goal_named(
            plain, tail, relations, forward, proposed + decomposed + purposed, reasons
        )
        and (not missing or tail not in {worth for _, _, worth, _ in missing})
        and (not gaps or tail not in {goal for *_, goal in gaps} | {None})
    ):
        return []  # no cue names the final value: the steps are not read
    steps = attempts._steps(plain)
    final = _final_expression(plain)
    if final is not None and (not steps or steps[-1].end <= final.start):
        steps.append(final)  # "the expression 4 * (20 + 4) gets there": the last step
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
    candidates: list[tuple[int, int, int, str]] = []  # (start, end, M, text)
    kept: list[GoalChainEvent] = []  # events without an M to make (fifth wave)
    for match in relations:
        m = _relation_value(match)
        if match.start() < first_reach and _subject(match) in (goal, None) and m is not None:
            # "one more than 63 = 7 * 9": m may be made right where the relation names it
            named = max(match.start(name) for name in ("m1", "m2", "m3", "m4"))
            candidates.append((match.start(), named, m, match.group().strip()))
    for start, end, worth, m in missing:  # "what times 7 is 63?": the missing 9
        if worth == goal and start < first_reach:
            candidates.append((start, end, m, plain[start:end].strip()))
    for start, end, gap, object_ in gaps:  # "900 overshoots 888 by 12": the 12 (sixteenth session)
        if object_ in (goal, None) and start < first_reach:
            candidates.append((start, end, gap, plain[start:end].strip()))
    for match in forward:
        if match.start() >= last.start:
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
            (match.start(), match.end(), int(match.group(k)), match.group().strip()) for k in (1, 2)
        )
    for step in steps:  # "51 - 2 = 49": the goal undone by a step, the rest then made (fifth wave)
        if step.start >= first_reach:
            break
        if (
            _undoes(plain, step, goal)
            and _REST_MADE.match(plain, step.end)
            and _made_after(
                plain, steps, step.result, goal, step.result_at, step.end + UNDONE_REACH
            )
        ):
            # "19 - 7 = 12 = 6 * 2": the rest may be made right where the step ends
            words = plain[step.start : step.end]
            candidates.append((step.start, step.result_at, step.result, words))
    if undone and goal not in last.operands:
        # (not when the goal is also a given number the last step uses: "24 minus 16 is 8, and
        # 8 times 3 is 24", numbers 3, 16 and 24, is forward work from the 24)
        candidates += _undone_candidates(plain, steps, goal, first_reach)
    if anchored:
        candidates += _anchored_gaps(plain, steps, goal, first_reach)
    if decomposed and goal not in last.operands:
        # "75 = 3 * 25 ... 25 * 3 + 6 - 6 = 75": both operands kept and the rest neutralised
        # (fifth wave): the decomposition is the last step's core, the other numbers added to it
        for match in decomposed:
            if match.start() >= first_reach:
                break
            evaluated = _evaluate_words(match.group(1))
            if (
                evaluated is not None
                and evaluated[0] == goal
                and len(last.operands) > 2
                and not Counter(evaluated[1]) - Counter(last.operands)
                and not any(s.result in evaluated[1] for s in steps if s.start < last.start)
            ):
                kept.append(
                    GoalChainEvent(
                        8,
                        match.start(),
                        match.end(),
                        f"`{match.group().strip()}`: kept whole in the last step",
                    )
                )
                break
    if decomposed and goal not in last.operands and _unordered(plain, last):
        # "81 = 9 * 9", "27 could be 30 - 3" before either number is made; not a pure product
        # or sum reached ("24 = 2 * 12, 12 = 3 * 4, 2 * 3 * 4 = 24": a factorisation)
        proposed = sorted(proposed + decomposed, key=lambda match: match.start())
    purposed_at = {match.start() for match in purposed}
    if purposed:
        proposed = sorted(proposed + purposed, key=lambda match: match.start())
    for match in proposed:  # "could it be 50 + 3?", "what about 56 - 3?": the last step asked
        if match.start() >= first_reach:
            break
        evaluated = _evaluate_words(match.group(1))
        if evaluated is not None and evaluated[0] == goal:
            candidates.extend(
                (match.start(), match.end(), n, match.group(1).strip()) for n in evaluated[1]
            )
    for step in steps:  # the first step reaching the goal, given as a reason
        if step.start >= first_reach:
            if (
                reason
                and step.start == first_reach
                and step is not last
                and len(step.operands) == 2
                and _because(plain, step.start)
            ):
                words = plain[step.start : step.end]
                candidates.extend((step.start, step.end, n, words) for n in step.operands)
            break
    if not candidates:
        return kept
    events: list[GoalChainEvent] = kept
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
        # a purpose's operation is placed where its number is made: the number it needs may
        # be a plan of its own ("so what's needed is a 6 out of 2 and 3"), read by the subgoal
        # rules, not the decomposition's step (plans.py reads spans just before a plan)
        at = made[0] if start in purposed_at else start
        events.append(GoalChainEvent(8, at, made[0], f"`{text}`: {m} is then made"))
        if len(events) >= MAX_RELATIONS:
            break
    return sorted(events)


# the rest made right after the step that undoes the goal: "= 7 * 7", ", which is 5 * 5",
# "and 4 is 9 - 5" (fifth wave)
_REST_MADE = lazy_compile(
    r"[ \t]*(?:=|,?[ \t]*which[ \t]+is|,?[ \t]*and[ \t]+[0-9]+[ \t]+is)[ \t]*[0-9]+[ \t]*"
    r"(?:[-+*/x\u00d7\u2212]|times|plus|minus)"
)
#: Characters after a step that undoes the goal within which the rest must be made (fifth
#: wave: "51 - 2 = 49 = 7 * 7", not a total's part found again pages later).
UNDONE_REACH = 80

_UNDOING = frozenset("-/\u2212")


def _undoes(plain: str, step: attempts._Step, goal: int, signs: frozenset[str] = _UNDOING) -> bool:
    """Whether ``step`` takes a number from the goal or divides it ("51 - 2 = 49", "60 / 5 = 12").

    A correct step of two numbers, the goal first, worth another positive number (fifth wave);
    ``signs``: the operations that count (the sixth wave adds "+").
    """
    if len(step.operands) != 2 or step.operands[0] != goal or step.value != step.result:
        return False
    if step.result <= 0 or step.result == goal:
        return False
    after = plain[step.start : step.expression_end or step.result_at].lstrip(" \t(")
    after = after[len(str(goal)) :].lstrip(" \t")
    return after[:1] in signs


# Sixth wave (fifteenth session, from the twenty-ninth round's misses): the goal undone before
# the rest is made, the rest made anywhere before the last step ("130 / 13 = 10, meaning the 8
# and the 2 have to be turned into a 10 ... 13 * (8 + 2) = 130", "the piece before it must be
# 19 + 5 = 24, and 8 * 3 = 24"), also in words ("33 minus the 1 leaves 32", "81 divided by 3
# is 27", "half of 26 is 13", "add 6 to 22 and you get 28"). The candidate's value is then
# checked as every relation's is: made from other numbers after it, the goal reached from it.
_UNDONE_WORDS = lazy_compile(
    r"(?<![0-9.])(?P<g1>[0-9]{1,6})[ \t]+(?:minus|take[ \t]+away|less)[ \t]+(?:the[ \t]+)?"
    r"(?P<n1>[0-9]{1,6})[ \t]+(?:leaves|is|gives|makes|=)[ \t]+(?:us[ \t]+)?(?P<m1>[0-9]{1,6})\b"
    r"|(?<![0-9.])(?P<g2>[0-9]{1,6})[ \t]+(?:divided[ \t]+by|over)[ \t]+(?:the[ \t]+)?"
    r"(?P<n2>[0-9]{1,6})[ \t]+(?:is|gives|makes|leaves|=)[ \t]+(?P<m2>[0-9]{1,6})\b"
    r"|\bhalf[ \t]+(?:of[ \t]+)?(?P<g3>[0-9]{1,6})[ \t]+is[ \t]+(?P<m3>[0-9]{1,6})\b"
    r"|\badd(?:ing)?[ \t]+(?:the[ \t]+)?(?P<n4>[0-9]{1,6})[ \t]+to[ \t]+(?P<g4>[0-9]{1,6})[ \t]+"
    r"(?:and[ \t]+you[ \t]+get|gives|makes|is|to[ \t]+get)[ \t]+(?P<m4>[0-9]{1,6})\b"
)
_UNDONE_WORD_KEYS = ("minus", "take away", "less", "divided", "over", "half", "add")
#: A step undoing the goal: its sign after the goal (the fifth wave's and addition).
_UNDOING_ANY = frozenset("-/+\u2212")


def _undone_possible(plain: str, tail: int | None) -> bool:
    """Whether the final value ``tail`` may be undone (before a sign, or an undoing word)."""
    if any(key in plain for key in _UNDONE_WORD_KEYS):
        return tail is not None
    return _goal_before_sign(plain, tail, _UNDOING_ANY)


def _undone_candidates(
    plain: str, steps: list[attempts._Step], goal: int, first_reach: int
) -> list[tuple[int, int, int, str]]:
    """Rule 8's sixth wave: ``(start, end, M, words)`` for each undoing of the goal before it."""
    found: list[tuple[int, int, int, str]] = []
    for step in steps:
        if step.start >= first_reach or len(found) >= MAX_RELATIONS:
            break
        if _undoes(plain, step, goal, _UNDOING_ANY) and _made_soon(
            plain, steps, step.result, goal, step.end
        ):
            found.append((step.start, step.end, step.result, plain[step.start : step.end]))
    if not any(key in plain for key in _UNDONE_WORD_KEYS):
        return found
    for match in islice(_UNDONE_WORDS.finditer(plain, 0, first_reach), MAX_RELATIONS):
        rest = _undone_value(match)
        if (
            rest is not None
            and rest[0] == goal
            and 0 < rest[1] != goal
            and _made_soon(plain, steps, rest[1], goal, match.end())
        ):
            found.append((match.start(), match.end(), rest[1], match.group()))
    return found


def _goal_named_before(plain: str, tail: int | None) -> bool:
    """Whether the final value ``tail`` is written before the text's end too (a goal named)."""
    return tail is not None and len(_named_at(plain, str(tail), 0, len(plain), 2)) >= 2


def _named_at(plain: str, needle: str, start: int, end: int, most: int) -> list[int]:
    """Where the number ``needle`` is written alone between ``start`` and ``end``.

    The first ``most`` such places, among the first :data:`MAX_RELATIONS` occurrences.
    """
    found: list[int] = []
    at = plain.find(needle, start, end)
    for _ in range(MAX_RELATIONS):
        if at < 0 or len(found) >= most:
            break
        before, after = plain[at - 1 : at], plain[at + len(needle) : at + len(needle) + 1]
        if not (before.isdigit() or before == "." or after.isdigit()):
            found.append(at)
        at = plain.find(needle, at + 1, end)
    return found


# a number written alone, not an operand: no operator or "=" after it ("owe me exactly 30",
# "need +1 from 4 and 5", "want a 4 out of 3 and 6")
_BARE_NUMBER = lazy_compile(
    r"(?<![0-9.,/^])[0-9]{1,12}(?![0-9]|[.,][0-9]|[ \t]*(?:[-+*/x=^(\u00d7\u2212\u00f7]"
    r"|times\b|plus\b|minus\b))"
)
_LISTED = lazy_compile(r"[ \t]*(?:,|and\b|&)[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?[0-9]")
_BREAKS = lazy_compile(r"[.!?]+[ \t\n]+|\n+")
#: Numbers read per text at most for the gap a step leaves (sixteenth session).
MAX_GAP_NUMBERS = 200
#: Characters from a step to the gap it leaves named (sixteenth session).
GAP_REACH = 160


def _anchored_gaps(
    plain: str, steps: list[attempts._Step], goal: int, first_reach: int
) -> list[tuple[int, int, int, str]]:
    """The gap a step leaves to the goal, named alone and then made (sixteenth session).

    ``"4 x 100 = 400, which means the 7, 3 and 9 owe me exactly 30 ... 7 x 3 = 21, 21 + 9 =
    30"``: a number written alone (not a step's operand or result) within :data:`GAP_REACH`
    characters after a step, in its sentence or the next, that takes the step's result to
    the goal by one operation (``400 + 30 = 430``; ``56 - 4``, ``6 * 4``, ``96 / 4``), before
    the goal is first reached, and made from other numbers (not from itself: ``70 * 1 =
    70``) within :data:`UNDONE_WORDS_REACH` characters after it: ``(start, end, gap,
    words)`` each.
    """
    found: list[tuple[int, int, int, str]] = []
    starts = [step.start for step in steps]
    for match in islice(_BARE_NUMBER.finditer(plain, 0, first_reach), MAX_GAP_NUMBERS):
        at = match.start()
        i = bisect.bisect_right(starts, at) - 1
        if i < 0 or at < steps[i].end or at - steps[i].end > GAP_REACH:
            continue  # inside a step, or no step just before it
        gap, made = int(match.group()), steps[i].result
        if gap in (0, goal, made) or made == goal or _LISTED.match(plain, match.end()):
            continue  # ("turn the 5 and 10 into a multiplier": numbers listed are given ones)
        if len(_BREAKS.findall(plain, steps[i].end, at)) > 1:
            continue  # the step's sentence or the next one ("3 + 9 = 12. trying something
            # else. subgoal: make 68": a new subgoal, not what the step left)
        if goal not in (made + gap, made - gap, made * gap) and made != goal * gap:
            continue
        made_by = _made_after(
            plain, steps, gap, goal, match.end(), match.end() + UNDONE_WORDS_REACH
        )
        if made_by is not None and gap not in made_by[1]:  # not "70 * 1 = 70": the gap itself
            found.append((at, match.end(), gap, plain[steps[i].start : match.end()]))
            if len(found) >= MAX_RELATIONS:
                break
    return found


#: Characters after an undoing of the goal within which the rest must be made (sixth wave:
#: twice the fifth wave's reach, a terse trace makes the rest a clause or two later; a long
#: solution's "360 - 15 = 345" whose 345 comes back paragraphs later is no plan from the goal).
UNDONE_WORDS_REACH = 160


def _made_soon(plain: str, steps: list[attempts._Step], m: int, goal: int, end: int) -> bool:
    """Whether ``m`` is made within :data:`UNDONE_WORDS_REACH` characters after ``end``."""
    return _made_after(plain, steps, m, goal, end, end + UNDONE_WORDS_REACH) is not None


def _undone_value(match: re.Match[str]) -> tuple[int, int] | None:
    """``(goal, rest)`` of a worded undoing whose arithmetic holds ("33 minus 1 leaves 32")."""
    if match.group("g1"):
        goal, rest = int(match.group("g1")), int(match.group("m1"))
        return (goal, rest) if goal - int(match.group("n1")) == rest else None
    if match.group("g2"):
        goal, rest, number = int(match.group("g2")), int(match.group("m2")), int(match.group("n2"))
        return (goal, rest) if number and goal == rest * number else None
    if match.group("g3"):
        goal, rest = int(match.group("g3")), int(match.group("m3"))
        return (goal, rest) if goal == 2 * rest else None
    goal, rest = int(match.group("g4")), int(match.group("m4"))
    return (goal, rest) if goal + int(match.group("n4")) == rest else None


def _goal_before_sign(plain: str, goal: int | None, signs: frozenset[str]) -> bool:
    """Whether the final value ``goal`` is written right before one of ``signs``.

    ``str.find`` only: a minus or a division sign for the fifth wave, a plus too for the sixth.
    """
    if goal is None:
        return False
    needle = str(goal)
    at = plain.find(needle)
    for _ in range(MAX_RELATIONS):
        if at < 0:
            return False
        end = at + len(needle)
        if not plain[at - 1 : at].isdigit() and plain[end : end + 3].lstrip(" \t")[:1] in signs:
            return True
        at = plain.find(needle, end)
    return False


#: Characters at the end of a text read first for its final value (rule 8's cheap test).
TAIL_CHARS = 240


def _decompositions(plain: str, goal: int | None) -> list[re.Match[str]]:
    """The matches of :data:`_DECOMPOSED` at the final value ``goal`` or at "that" / "it's".

    Each is looked for where its key is (``str.find``, at most :data:`MAX_RELATIONS` of each):
    a scan of the whole text for the pattern cost more than the rest of the rule. In order.
    """
    keys = ("that", "it's") if goal is None else (str(goal), "that", "it's")
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        at = plain.find(key)
        for _ in range(MAX_RELATIONS):
            if at < 0:
                break
            if not (key[0].isdigit() and at and plain[at - 1] in "0123456789."):
                match = _DECOMPOSED.match(plain, at)
                if match is not None:
                    found.setdefault(at, match)
            at = plain.find(key, at + 1)
    return [found[start] for start in sorted(found)]


def _tail_goal(plain: str) -> int | None:
    """The text's final value: its last step's result, or what its final expression is worth."""
    cut = plain.rfind("\n", 0, max(0, len(plain) - TAIL_CHARS)) + 1
    cut = max(cut, plain.rfind(" ", 0, max(0, len(plain) - TAIL_CHARS)) + 1)
    tail = attempts._steps(plain[cut:])
    final = _final_expression(plain)
    if final is not None and (not tail or cut + tail[-1].end <= final.start):
        return final.result  # "... so 13 * (5 + 2)": the text ends on an expression
    return tail[-1].result if tail else None


def _goal_named(
    plain: str,
    goal: int | None,
    relations: list[re.Match[str]],
    forward: list[re.Match[str]],
    proposed: list[re.Match[str]],
    reasons: list[int],
) -> bool:
    """Whether a cue can be about the final value ``goal`` (read from the text's tail only)."""
    if goal is None:
        return False
    if any(_subject(match) in (goal, None) for match in relations):
        return True
    for at in reasons:  # "since 8 * 8 = 64": a step worth the final value
        step = attempts._STEP.match(plain, at)
        if step is not None and int(step.group(2)) == goal:
            return True
    for match in proposed:
        evaluated = _evaluate_words(match.group(1))
        if evaluated is not None and evaluated[0] == goal:
            return True
    return any(_worded_value(match.group()) == goal for match in forward)


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
            break
        match = _GOAL_FIRST.match(plain, at)
        if match is not None and int(match.group(1)) == m and not plain[at - 1 : at].isdigit():
            evaluated = attempts._evaluate(match.group(2).rstrip(" \t(+*/x-"))
            if evaluated is not None:
                value, operands = evaluated
                if value == m and goal not in operands and len(operands) >= 2:
                    return match.end(), operands
        at = plain.find(needle, at + 1, before)
    # "the other has to be 12 - 3", "15 - 2 is": an operation worth m, not a step (third wave)
    for match in islice(_BARE_OPERATION.finditer(plain, after, before), MAX_RELATIONS):
        evaluated = attempts._evaluate(match.group())
        if evaluated is not None and evaluated[0] == m and goal not in evaluated[1]:
            return match.end(), evaluated[1]
    # "60 = 15 * 4, and the two 2s can supply the 4: 15 * (2 + 2) = 60": m named again, then
    # made inside the step that reaches the goal, as one of its parenthesised groups (fourth
    # wave; not "72 = 8 * 9. so 8 * (14 - 5) = 72": the 9 is not named as a number to make)
    for step in steps:
        if step.start < after or step.end > before:
            continue
        if (
            m in step.inner
            and step.result == goal
            and step.value == step.result
            and _named(plain, needle, after, step.start)
        ):
            return step.start, step.operands
    return None


def _named(plain: str, needle: str, start: int, end: int) -> bool:
    """Whether the number ``needle`` is written alone between ``start`` and ``end``."""
    return bool(_named_at(plain, needle, start, end, 1))


def _reached_from(
    steps: list[attempts._Step], goal: int, m: int, made: tuple[int, ...], at: int
) -> bool:
    """Whether a correct step after ``at`` reaches ``goal`` from ``m`` (or from what made it).

    What made ``m`` is read one level down too: ``7 x 3 = 21, 21 + 9 = 30`` made the 30 from
    7, 3 and 9, as ``4 x 100 + 7 x 3 + 9 = 430`` writes it (sixteenth session).
    """
    needed = Counter(made)
    deeper: Counter[int] = Counter()
    for value in made:
        maker = next((s for s in reversed(steps) if s.end <= at and s.result == value), None)
        deeper.update(
            maker.operands if maker is not None and value not in maker.operands else (value,)
        )
    for step in steps:
        if step.start < at or step.result != goal or step.value != step.result:
            continue
        if m in step.operands or m in step.inner:
            return True
        operands = Counter(step.operands)
        if not needed - operands or not deeper - operands:
            return True
    return False


# -- the gate: one scan per text for both rules ------------------------------------------------


_RELATION_CUE, _FORWARD_CUE, _PROPOSED_CUE, _REASON_CUE, _CHAIN_CUE, _GOAL_CUE = range(6)
_DECOMPOSED_CUE = 6
_PURPOSE_CUE, _NEEDS_CUE = 7, 8  # rule 9's fourth wave
_PURPOSED_CUE = 9  # rule 8's fourth wave
_INVERSE_CUE = 10  # rule 8's fifth wave: a step that undoes (its first number is then read)
_EARLIER_CUE = 11  # rule 9's fifth wave: an earlier state inferred
_SPLIT_CUE = 12  # rule 8's fifth wave: a split framed as the goal's
_REMAINDER_CUE = 13  # rule 8's fifth wave: what the goal still misses
_UNDONE_CUE = 14  # rule 8's sixth wave: the goal undone, the rest made anywhere
_GAP_CUE = 15  # rule 8, sixteenth session: the gap between a value and the goal
_PURPOSE_CONDITION_KEYS = ("need", "want", "require", "enough", "sufficient", "suffices")
# Literal gates (the standard library's path, and texts beyond ASCII): each group is a
# superset of what its rule's patterns need.
_GATE_GROUPS = (
    (
        _RELATION_CUE,
        (
            *(" than ", "under", "over", "above", "below", "short of", "squared", "cubed"),
            *("double", "halved", "tripled", "twice", "triple", "half", "shy of", "away from"),
            *(" off ", "close to", "near"),
        ),
    ),
    (_FORWARD_CUE, ("would", "since", "because", "as ", "target")),
    (_PROPOSED_CUE, ("?", "what")),
    (_REASON_CUE, ("since", "because")),
    (
        _CHAIN_CUE,
        (
            *("has to", "have to", "need", "to be", "supposed", "must", "should", "force"),
            *("want", "requires", "which"),
        ),
    ),
    (_GOAL_CUE, _GOAL_KEYS),
    (_DECOMPOSED_CUE, ("=", "is ", "be ", "that", "it's")),
    (_PURPOSE_CUE, (*_PURPOSE_CONDITION_KEYS, "only if", "done", "follows")),
    (_NEEDS_CUE, _NEEDS_KEYS),
    (_PURPOSED_CUE, ("to hit", "to get", "to make", "to reach", "to obtain")),
    (_INVERSE_CUE, ("-", "/", "\u2212")),
    (_SPLIT_CUE, ("as ", *_SPLIT_KEYS)),
    (_REMAINDER_CUE, ("need", "lose", "remove", "shed", "knock", "take away")),
    (_UNDONE_CUE, ("-", "/", "+", "\u2212", "minus", "divided", "over", "half", "add")),
    (_EARLIER_CUE, ("before", "started", "began", "begun", "latest", " by ")),
    (
        _GAP_CUE,
        (
            *("above", "over", "under", "below", "short", "shy", " than", "beyond", "past"),
            *("exceeds", "undershoots", "misses", "tops"),
        ),
    ),
)
_GATE_WORDS = tuple(word for _, words in _GATE_GROUPS for word in words)
_GATE_GROUP = tuple(group for group, words in _GATE_GROUPS for _ in words)
_SENTENCE = r"[^.!?\n]*"  # within one sentence (rule 9's boundaries)
# With hyperscan, one pass over an ASCII text for the rules' own shapes (a superset of each)
_GATE_SOURCES = (
    (
        _RELATION_CUE,
        r"(?:[0-9]|target)[ \t]+(?:is|was|would[ \t]+be|sits|lies)[ \t]+[^\n]{0,30}"
        r"(?:than|under|over|above|below"
        r"|short[ \t]+of|squared|cubed|doubled|halved|tripled|twice|double|triple|half"
        r"|shy[ \t]+of|away[ \t]+from|off|close[ \t]+to|near)",
    ),
    (
        _FORWARD_CUE,
        # given as a reason ("since 8 * 8 is 64"), or what an operation "would give"
        r"(?:since|because)[ \t]+[0-9]+[ \t]*" + _WORD_OPERATOR + r"[ \t]*[0-9]+[ \t]+"
        r"(?:is|gives|makes|equals|(?:would|will|should|could|does)[ \t])"
        r"|[0-9][ \t]*" + _WORD_OPERATOR + r"[ \t]*[0-9]+[ \t]+would[ \t]",
    ),
    (
        _PROPOSED_CUE,
        r"[0-9][ \t]*[-+*/x][ \t]*[0-9]+[ \t]*\?"
        # the goal with an operand missing: "what times 7 is 63" (fourth wave)
        r"|what[ \t]+(?:times|plus|[*+x])[ \t]*[0-9]"
        r"|[0-9][ \t]*(?:times|plus|[*+x])[ \t]+what[ \t]",
    ),
    (
        _DECOMPOSED_CUE,
        r"(?:[0-9][ \t]*(?:=|is|(?:could|would|might)[ \t]+be)|that'?s|that[ \t]+is|it'?s)"
        r"[ \t]+(?:just[ \t]+|probably[ \t]+)?[0-9]+[ \t]*"
        r"(?:[-+*/x]|\xc3\x97|\xe2\x88\x92|times|plus|minus)"
        r"[ \t]*[0-9]",
    ),
    # a step given as a reason: "since 8 * 8 = 64" (any sign: "\times", "×", "−" in UTF-8)
    (
        _REASON_CUE,
        r"(?:since|because)[ \t]+\(?[0-9]+[ \t]*(?:[^0-9a-z \t\n]{1,3}|x|\\[a-z]+)[ \t]*"
        r"[0-9]+[ \t]*\)?[ \t]*(?:=|is|gives|makes|equals|yields|results)",
    ),
    (
        _CHAIN_CUE,
        # a first requirement with its state (or "must / should" after a purpose), a link,
        # a second requirement: rule 9's shape, without its exclusions
        r"(?:(?:(?:has|have|needs?)[ \t]+to|(?:is|are)[ \t]+supposed[ \t]+to"
        r"|would[ \t]+(?:need(?:[ \t]+to)?|have[ \t]+to))[ \t]+" + _ADVERB + _STATE + r"[^a-z]"
        r"|(?:is|are)[ \t]+to[ \t]+be[ \t]"
        # ("must / should" only after "for ... to" or "in order to": checked afterwards)
        r"|(?:must|should)[ \t]+"
        + _ADVERB
        + _STATE
        + r"[^a-z])"
        + _SENTENCE
        + r"(?:[.!?\n][^.!?\n]*)?(?:so|then|;|which[ \t]+means|hence|thus|therefore"
        r"|(?:that|this)[ \t]+means|,|and)"
        + _SENTENCE
        + r"(?:has[ \t]+to|have[ \t]+to|must|needs?|should|forced[ \t]+to|forces)"
        # "for that, the red ball must not be picked": one requirement of the goal named before
        r"|for[ \t]+(?:that|this)[ \t]*,"
        + _SENTENCE
        + r"(?:(?:has|have|needs?)[ \t]+to|must|should|supposed|would|to[ \t]+be)"
        # a sentence opened by a goal's purpose, then one requirement (third wave)
        r"|(?:^|[.!?\n:])[ \t\n]*(?:"
        + _GOAL_VERB
        + r"|for[ \t][^.!?\n,;]{1,120}[ \t]to[ \t]|"
        + _SOLUTION_COUNT
        + r")"
        + _SENTENCE
        + r"(?:(?:has|have|needs?)[ \t]+to|must|should|supposed|would)"
        # two sufficient conditions linked by "which" (third wave)
        r"|" + _SUFFICIENT + _SENTENCE + r"which[ \t]+(?:in[ \t]+turn[ \t]+)?" + _SUFFICIENT,
    ),
    (
        _GOAL_CUE,
        # the goal stated, then what it needs (rule 9 from a stated goal)
        r"(?:asks[ \t]+(?:for|us)|asked[ \t]+(?:for|to)|want[ \t]|(?:goal|target|aim)[ \t]+is"
        r"|after[ \t]+(?:the|an?)[ \t]"
        r"|we[ \t]+need[ \t]+is|need[ \t]+(?:the|this|that|its|their)[ \t]|need[ \t]+(?:\\\(|\$))"
        + _SENTENCE
        + r"(?:[.!?\n][^.!?\n]*)?(?:so|then|;|which[ \t]+means|hence|thus|therefore"
        r"|(?:that|this|it)[ \t]+(?:means|needs|requires)|,)",
    ),
    (
        _PURPOSE_CUE,
        # a goal's purpose, then what it needs (rule 9, fourth wave)
        r"(?:^|[.!?\n;:])[ \t\n*]*(?:in[ \t]+order[ \t]+)?(?:to[ \t]+(?:show|prove|conclude"
        r"|establish|ensure|guarantee|make|get|have|obtain|reach|hit|achieve|satisfy|maximi[sz]e"
        r"|minimi[sz]e)|for[ \t])" + _SENTENCE + r"(?:need|want|require|enough|sufficient|suffices)"
        # the goal reduced to what is enough: "if i can get it into the form 3^k, i'm done"
        r"|if[ \t]+(?:i|we)[ \t]+can[ \t]" + _SENTENCE + r"(?:done|follows)"
        # a necessary condition carried on: "... only if ..., so ... must be ..."
        r"|only[ \t]+if"
        + _SENTENCE
        + r"(?:so|then|;|which[ \t]+means|hence|thus|therefore|(?:that|this)[ \t]+means)"
        + _SENTENCE
        + r"(?:has[ \t]+to|have[ \t]+to|must|needs?|should|forced[ \t]+to|forces)",
    ),
    (
        _NEEDS_CUE,
        r"(?:\\\)|\$|\bwhich)[ \t]*,?[ \t]+(?:which[ \t]+)?(?:needs|requires)[ \t]+(?:\\\(|\$)",
    ),
    (
        _PURPOSED_CUE,
        r"to[ \t]+(?:hit|get|make|reach|obtain)[ \t]+[0-9]+[ \t]*,?[ \t]+[^\n]{0,24}[0-9][ \t]*"
        r"(?:[-+*/x]|\xc3\x97|\xe2\x88\x92|times|plus|minus)",
    ),
    (
        _INVERSE_CUE,
        r"[0-9][ \t]*(?:[-/]|\xe2\x88\x92)[ \t]*[0-9]+[ \t]*=[ \t]*[0-9]+[ \t]*"
        r"(?:=|,?[ \t]*which[ \t]+is|,?[ \t]*and[ \t]+[0-9]+[ \t]+is)[ \t]*[0-9]+[ \t]*"
        r"(?:[-+*/x]|\xc3\x97|\xe2\x88\x92|times|plus|minus)",
    ),
    (
        _REMAINDER_CUE,
        r"(?:needs?[ \t]+(?:another[ \t]+)?[0-9]+[ \t]+more|(?:lose|remove|shed|knock[ \t]+off"
        r"|take[ \t]+away)[ \t]+(?:another[ \t]+)?[0-9])",
    ),
    (
        _UNDONE_CUE,
        r"[0-9][ \t]*(?:[-+/]|\xe2\x88\x92)[ \t]*[0-9]+[ \t]*=[ \t]*[0-9]"
        r"|[0-9][ \t]+(?:minus|take[ \t]+away|less|divided[ \t]+by|over)[ \t]"
        r"|half[ \t]+(?:of[ \t]+)?[0-9]|add(?:ing)?[ \t]+(?:the[ \t]+)?[0-9]+[ \t]+to[ \t]+[0-9]",
    ),
    (
        _SPLIT_CUE,
        r"(?:[0-9][ \t]*|it[ \t]+)as[ \t]+[0-9]+[ \t]*"
        r"(?:[-+*/x]|\xc3\x97|\xe2\x88\x92|times|plus|minus)"
        r"|(?:want|goal|target|aim|need|reach)[^.!?\n]{0,60}[0-9][ \t]*(?:=|is)[ \t]+"
        r"(?:just[ \t]+)?[0-9]+[ \t]*(?:[-+*/x]|\xc3\x97|\xe2\x88\x92|times|plus|minus)",
    ),
    (
        _GAP_CUE,
        r"(?:[0-9]|which|that|it)[ \t]+(?:is|sits|lies|falls|lands|comes[ \t]+out)[ \t]+"
        r"[^\n]{0,20}(?:above|over|under|below|short|shy|than|beyond|past)"
        r"|(?:exceeds|overshoots|undershoots|misses|tops|short)[^\n]{0,40}[ \t]by[ \t]",
    ),
    (
        _EARLIER_CUE,
        r"(?:so|thus|hence|therefore|means)[^.!?\n]{0,80}(?:before[ \t]+(?:that|this|then|the[ \t])"
        r"|(?:started|begun|began)[ \t]+(?:with|out)|at[ \t]+the[ \t]+latest"
        r"|(?:leave|set[ \t]+off|depart)[^.!?\n]{0,20}[ \t]by[ \t]+[0-9])",
    ),
)


@lru_cache(maxsize=1)
def _sources() -> tuple[bytes, ...]:
    return tuple(source.encode("ascii") for _, source in _GATE_SOURCES)


def _present(low: str) -> set[int]:
    """The cue groups that occur in ``low`` (a superset of where each rule can fire).

    With hyperscan, one scan of the rules' shapes over the text's UTF-8 bytes (the sources are
    ASCII: every other character is bytes none of them names); otherwise the literal gates.
    """
    if fast_backend():
        found = scan_sources(_sources(), low.encode("utf-8", "surrogatepass"))
        return {_GATE_SOURCES[index][0] for index in found}
    return {group for word, group in zip(_GATE_WORDS, _GATE_GROUP, strict=True) if word in low}


def _reason_steps(plain: str) -> list[int]:
    """Where a step may begin right after "since" or "because" (``str.find``, no regex)."""
    found: list[int] = []
    for word in ("since ", "because "):
        at = plain.find(word)
        while at >= 0 and len(found) < MAX_RELATIONS:
            start = at + len(word)
            start += len(plain) - start - len(plain[start:].lstrip(" \t"))
            if plain[start : start + 1] == "(":
                start += 1
            if plain[start : start + 1].isdigit():
                found.append(start - (plain[start - 1 : start] == "("))
            at = plain.find(word, at + 1)
    return sorted(found)


def _forward(plain: str) -> list[re.Match[str]]:
    """The matches of :data:`_FORWARD_WORDS` near "would", "since" or "because"."""
    found: dict[int, re.Match[str]] = {}
    for word, before, after in (("would ", 40, 60), ("since ", 0, 80), ("because ", 0, 80)):
        at = plain.find(word)
        while at >= 0 and len(found) < MAX_RELATIONS:
            match = _FORWARD_WORDS.search(plain, max(0, at - before), at + after)
            if match is not None and match.end() < at + after:
                found.setdefault(match.start(), match)
            at = plain.find(word, at + 1)
    return [found[start] for start in sorted(found)]


def _first(matches: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The first :data:`MAX_RELATIONS` of ``matches``."""
    return list(islice(matches, MAX_RELATIONS))


# -- rule 9, fifth wave: an earlier state inferred from a later one ---------------------------

# "so before the raise it was 64", "so she must have started with 700", "so the input before
# that was 15", "so it must leave by 12:15 at the latest": an inference ("so / thus / hence /
# therefore / which means") naming an earlier state than the one given
_EARLIER_STATE = lazy_compile(
    r"\b(?:so|thus|hence|therefore|which[ \t]+means)\b[^.!?\n]{0,80}?"
    r"(?:\bbefore[ \t]+(?:that|this|then|the[ \t]+[a-z]{3,12})\b"
    r"|\b(?:started|begun|began)[ \t]+(?:with|out[ \t]+with)\b"
    r"|\bat[ \t]+the[ \t]+latest\b"
    r"|\b(?:leave|set[ \t]+off|depart)[^.!?\n]{0,20}?[ \t]by[ \t]+[0-9])"
)
_NUMBER = lazy_compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?")
_EARLIER_STATE_KEYS = ("before", "started", "began", "begun", "latest", " by ")


def _earlier_states(low: str) -> list[GoalChainEvent]:
    """Rule 9's fifth wave: an earlier state inferred from a later one, worth a new number.

    A number after the cue is written nowhere before it (derived, not a given restated):
    "so before the discount it was $50" with the $50 given is not one.
    """
    events: list[GoalChainEvent] = []
    for key in _EARLIER_STATE_KEYS:
        if key in low:
            break
    else:
        return events
    for match in _first(_EARLIER_STATE.finditer(low)):
        end = match.end()
        while end < len(low) and end - match.end() < MAX_SENTENCE_CHARS and low[end] not in "!?\n":
            if low[end] == "." and not low[end + 1 : end + 2].isdigit():
                break
            end += 1
        earlier = set(
            _NUMBER.findall(low, max(0, match.start() - 4 * MAX_SENTENCE_CHARS), match.start())
        )
        new = [n for n in _NUMBER.findall(low, match.end(), end) if n not in earlier]
        if not new or float(new[-1]) == 0:
            continue
        last = new[-1]
        events.append(GoalChainEvent(9, match.start(), end, f"`{match.group()}`: {last}"))
        if len(events) >= MAX_RELATIONS:
            break
    return events


def goal_chain_events(low: str, phrases: Sequence[tuple[int, int]] = ()) -> list[GoalChainEvent]:
    """Rules 8 and 9 together (what :func:`rewardkit.behaviors` counts), in order.

    ``phrases`` are the backward-chaining phrases' spans (sorted): an event overlapping one is
    the phrase's, not a second one.
    """
    present = _present(low)
    if not present:
        return []
    events = sorted(goal_relations(low, present) + necessity_chains(low, present))
    if _EARLIER_CUE in present:
        spans = [(e.start, e.end) for e in events]
        for event in _earlier_states(low):
            if not any(s < event.end and event.start < e for s, e in spans):
                events.append(event)
        events.sort()
    if _NEEDS_CUE in present:
        events = sorted(events + relation_needs(low))
    if _PURPOSE_CUE in present:
        events = sorted(events + _purpose_conditions(low, events))
        if "only if" in low:
            events = sorted(events + _only_if_chains(low, events))
        if "done" in low or "follows" in low:
            events = sorted(events + _done_if(low, events))
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
