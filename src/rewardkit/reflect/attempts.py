r"""Countdown structure: unworded backtracking and backward chaining, read from the arithmetic.

A structural detector (issue 19). Countdown completions try equation after equation, often
without a word between them: ``"25 + 3 = 28. 25 - 3 = 22."`` abandons ``25 + 3`` (28 is not
the target 22) for another attempt. The phrase families of :func:`rewardkit.behaviors` see a
switch only after a stated failed check ("too big", "not 22"); this module sees the attempts.

Rule, on the lowercased text:

1. **A known target, or nothing.** The target comes from the caller (an argument, the
   row's ``target`` column, a Countdown prompt: "Using the numbers [19, 36, 55, 7], create
   an equation that equals 65", both numbers and target, an equation or a target named) or
   from the
   completion itself stating it ("the target is 65", "we need to reach 65", "to get 65",
   "an equation that equals 65") in its first :data:`STATED_TARGET_CHARS` characters, or
   anywhere in the unambiguous forms "the target is 65", "target: 65" (a line's label) and,
   in the last :data:`SOLUTION_CHARS` characters, "we need to reach 65 using the numbers";
   statements that disagree give no target. The opening's forms also read "we must hit 58
   (with ...)", "using 11, 8 and 2 to get 86", "to land on 100", a line's label "goal: 35",
   "the answer has to be 39", "need 48 from 2, 3, 8" (the numbers follow) and a line
   "248 from 25, 4, 2, 8" (three or more numbers, nothing else). Without a
   statement, the completion's own
   solution gives it: the value of the last ``<answer>...</answer>`` or ``\boxed{...}`` in
   its last :data:`SOLUTION_CHARS` characters that holds arithmetic over integers (at least
   two; its operands are then the given numbers, each used once), or a correct final step
   the text declares a success ("25 - 3 = 22. that works!", "= 22, which is the target",
   "found it: 25 - 3 = 22"; the numbers of that attempt are then the given ones); all of
   them must agree, and only the attempts before the
   solution are read. Without a target only rule 6 reads the attempts: math solutions
   compute chains of equations all the time. The checks are substring searches (one over
   the whole text, for "target", the others over its opening and its end) before any regex
   runs.
2. **Steps.** Integer arithmetic with a stated integer result: ``25 + 3 = 28``, ``(25 - 3) *
   4 = 88``, a running chain ``95 - 44 = 51 + 19 = 70`` (two steps), an expression rewritten
   on the way ``(78 - 20) - (11 - 7) = 58 - 4 = 54`` (one step); ``+ - * /``, ``× · ÷ −``,
   ``x`` between spaces and LaTeX ``\times \cdot \div``; the result after ``=`` or in words
   right after the expression ("25 + 3 is 28", "gives (us) 28", "equals", "makes", "yields",
   "results in", ", which makes 28"); at most :data:`MAX_STEP_CHARS` characters and 12 digits
   per number, at most :data:`MAX_STEPS` steps kept. A step glued to a letter, a power, a
   decimal, a fraction bar or a minus sign (``2x + 3 = 7``, ``x^2 + 3 = 12``, ``= 2.5``,
   ``-24 + 11``) is not one, nor a result followed by ``%``. A step that writes an earlier
   step's expression inside its own (``3 * 9 = 27. So 50 + 3 * 9 = 77``) uses that step's
   result there (50 and 27), when putting the result back keeps the value. Goal-side
   arithmetic (``target - a`` or ``target / a`` before any step has made the target: what is
   left to make, rule 5) is not a step of any attempt.
3. **Attempts.** A step continues the attempt that produced one of its operands (the latest
   producer of that value whose result is not yet used); otherwise it begins a new attempt.
   Where the given numbers are known, every operand of an attempt is a given number (each
   at most as often as it is given) or a result of the attempt itself; other arithmetic
   (``65 - 63 = 2``, how far off) is not an attempt, and a result that is also a given
   number is read as the given number when continuing would overuse a number.
4. **Events.** Attempt *A* then attempt *B* (in order, *A* ending before *B* begins) is a
   backtracking event when *A*'s last result is not the target and *B* starts again from the
   given numbers: with the numbers known, *A* and *B* together use some number more often
   than it is given; without them, *B* reuses a number *A* used. *B* must be a different
   attempt: not the same numbers with the same result (the final answer restated, a
   verification recomputation of the same expression), not only *A*'s numbers to a result
   *A* reached on its way (a part of it recomputed), and not *A*'s steps repeated and
   continued. *B* must not build on *A*: *A*'s last result among *B*'s results, the values
   of its innermost parentheses or (not a given number) its operands, or *A*'s one step a
   whole sub-expression of one of *B*'s (*A* was a piece *B* needed, :func:`_builds_on`).
   A switch with a backtracking phrase between the two attempts ("too big, scrap that") is
   counted by the phrase, not again here.

5. **Backward chaining.** An equation that decomposes a goal into a given number and a
   value still to make, followed by work towards that value, is one event per value sought
   (:func:`backward_chaining`). Decompositions: the goal on the left, ``72 = 8 * 9`` (an
   expression worth the goal, not going on with ``=`` or an operator, and not right after an
   ``=``), whose numbers include a given one and values not given (those are sought;
   without the numbers known, the values a later step makes; also in words, ``18 is 3 times
   6``, ``50 is 30 plus 20``, ``88 splits as 4 * 22``, ``96 factors as 8 * 12``); or the
   goal as the first operand, ``88 / 8 = 11``, ``65 - 7 = 58`` (correct, the other operand
   given or (sixteenth session) a value made before, whose gap ``47 - 36 = 11`` is then
   made, any without the numbers known; before any step has made the goal; with the numbers
   known also in words,
   ``91 divided by 7 is 13``, ``60 minus 4 leaves 56``); or, with the numbers known, a step
   reaching the goal from a given number and a value neither given nor made yet (``8 * 9 =
   72`` with 9 not given: the decomposition written forwards); or, with the numbers known, the
   goal on the left split into two values neither of which is given (``24 = 3 * 8``: both are
   sought), or the gap from a given number (or a value made before) down to the goal (``80 -
   71 = 9`` with 80 given: 9 is sought); the goal on the left also related in words (``58
   is double 29``, ``46 is 4 short of 50``, ``21 is 3 more than 18``, ``12 is half of 24``).
   Work:
   a later step whose result is the value and that does not use the target, the value
   written as what makes it (``22 = 25 - 3``, ``22 is just 25 - 3``; also chained right after
   the decomposition that leaves it, ``73 - 1 = 72 = 6 * 12``), or a decomposition of the
   value in turn. A
   value made before the decomposition is a summary, not sought. A decomposition with a
   backward-chaining phrase from 60 characters before it to its work ("working backwards:
   ...") is the phrase's event. At most :data:`MAX_GOALS` goal equations read per goal.

6. **No known target: the same numbers again.** Where nothing gives a target (counting only:
   a reward passes ``infer=False``), a complete attempt after another complete attempt over
   the same numbers, to a different value, is a backtracking event: ``(25 - 3) * 4 = 88``
   then ``25 * 4 - 3 = 97``; ``37 - 12 = 25, 25 + 5 = 30`` then ``37 + 12 = 49, 49 + 5 =
   54`` (a restart from the original numbers). Complete: every step true, every result but
   the last used, at least :data:`UNTARGETED_NUMBERS` numbers (not results of the attempt
   itself, each read as written: ``91 - 37 + 5 = 59`` uses 91, 37 and 5 even after ``91 -
   37 = 54``), within the given numbers when they are known; an attempt that goes on past a
   complete state by taking one of its numbers again (``30 - 6 = 24, 24 / 4 = 6. 30 / 6 =
   5``) is regrouped with those numbers as the given ones (rule 3), pure sums left out.
   Not an event: the same value (a restatement, a check, ``2 * 3 * 4 = 24, i.e. 4 * 3 * 2
   = 24``), other numbers, one attempt only adding and the other only multiplying (``3 + 4
   + 5 = 12`` and ``3 * 4 * 5 = 60`` measure one set), a backtracking phrase between the
   two (the phrase's event), and any text of LaTeX mathematics (``$``, ``\(``, ``\[``:
   combinations of one set of numbers there are cases of an analysis).

7. **No known target: the final value as the goal.** Where nothing gives a target (counting
   only, as rule 6), the last step of the text must end a complete attempt (rule 6's sense,
   not only sums nor only products: those decompositions factorise or partition); its value
   is the goal and its numbers the given ones. Rule 5 then reads what comes before the goal
   is first reached from the given numbers (``18 = 6 * 3. 10 - 7 = 3. So (10 - 7) * 6 =
   18.``); a decomposition after it restates or checks the answer (``10 - 7 = 3, 3 * 6 = 18.
   So 18 = (10 - 7) * 6.`` is none). A final answer line without ``= N`` or tags ("answer:
   6 * (10 - 2)", in the last :data:`SOLUTION_CHARS` characters, ending its line, over at
   least three numbers and two operations) gives the goal and numbers instead. Not in texts
   of LaTeX mathematics.

Explanations name the events: ``attempt 2 after `25 + 3 = 28` missed 22`` (``... gave 28``
without a target), `` `72 = 8 * 9` leaves 9 to make ``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise
from types import ModuleType
from typing import NamedTuple

from rewardkit._lazy import lazy_compile
from rewardkit.text import lower, normalize, prompt_text

__all__ = [
    "MAX_GOALS",
    "MAX_STEPS",
    "MAX_STEP_CHARS",
    "SOLUTION_CHARS",
    "STATED_TARGET_CHARS",
    "UNTARGETED_NUMBERS",
    "AttemptEvent",
    "GoalEvent",
    "backward_chaining",
    "completion_context",
    "countdown_context",
    "countdown_events",
    "row_context",
    "unworded_backtracking",
]

#: Steps kept per text at most, of at most 4x as many candidates read (the rest of a flood of
#: equations is ignored).
MAX_STEPS = 400
#: Longest step read (characters of its expression, the ``=`` and the result).
MAX_STEP_CHARS = 120

# An expression of non-negative integers with at least one operator, then "= N". Bounded
# repeats, and one way to split every run of spaces, keep each attempt at a position short;
# it runs only once a target is known.
# An operator with the spaces before it: a sign, or "x" between spaces ("19 x 7").
_OPERATOR = r"(?:[ \t]{0,3}[-+*/\u00d7\u00b7\u00f7\u2212\u2013]|[ \t]{1,3}x(?=[ \t]))"
_NUMBER = r"[0-9]{1,12}"
# A result stated in words, where unambiguous: "19 + 36 is 55", "25 * 3 gives 75", "19 + 36,
# which makes 55" (the word right after the expression, or after ", which / that").
_WORDED = (
    r"(?:,?[ \t]{1,3}(?:which|that|this)[ \t]{1,3}|(?<=[ \t]))"
    r"(?:is|gives(?:[ \t]{1,3}us)?|makes|equals|yields|results[ \t]{1,3}in)(?=[ \t])"
)
_STEP = lazy_compile(
    rf"(?<![0-9a-z_.^\\{{}}\-\u2212])(?:\([ \t]{{0,3}}){{0,32}}{_NUMBER}(?![0-9])"
    rf"(?:(?:[ \t]{{0,3}}\)){{0,32}}{_OPERATOR}"
    rf"(?:[ \t]{{0,3}}\(){{0,32}}[ \t]{{0,3}}{_NUMBER}(?![0-9])){{1,12}}"
    rf"(?:[ \t]{{0,3}}\)){{0,32}}[ \t]{{0,3}}(=|{_WORDED})[ \t]{{0,3}}({_NUMBER})"
    r"(?![0-9a-z_^/%]|[.,][0-9])"
)
_CHAIN_NEXT = lazy_compile(_OPERATOR)
_CHAIN_FIRST = frozenset(" \t-+*/\u00d7\u00b7\u00f7\u2212\u2013")

# Where the completion states the target.
_STATED_TARGET = lazy_compile(
    r"(?:\btarget(?:[ \t]+(?:number|value))?(?:[ \t]+(?:is|of|=)|[ \t]*[:=]|,)?"
    r"|\b(?:need|needs|want|wants|have|has|try|trying|aim|aiming|goal is|is|how)[ \t]+to[ \t]+"
    r"(?:reach|get|make|hit|land[ \t]+on)(?:[ \t]+to)?(?:[ \t]+exactly)?"
    r"|(?:^|[.!?:\n][ \t]*)to[ \t]+(?:reach|get|make|hit|land[ \t]+on)(?:[ \t]+to)?"
    r"|\b(?:we|i|you)[ \t]+(?:must|should|can)[ \t]+(?:reach|hit|land[ \t]+on)"
    r"|\bequation[ \t]+(?:that|which)[ \t]+equals"
    # "using 11, 8 and 2 to get 86", "with 4, 30 and 5 to make 100": the numbers, then the goal
    r"|\b(?:using|with|from)[ \t]+(?:[0-9]{1,12}(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))"
    r"{1,11}[0-9]{1,12}[ \t]*,?[ \t]*to[ \t]+(?:reach|get|make|hit|land[ \t]+on)(?:[ \t]+to)?"
    # a line's label: "**goal:** 35 from 5, 2, 9", "goal: 35"
    r"|^[ \t]*(?:[-#*][ \t]*)*goal[ \t]*(?:\*{1,2}[ \t]*)?:[ \t]*(?:\*{1,2}[ \t]*)?"
    r"|\b(?:answer|result)[ \t]+(?:has[ \t]+to|needs[ \t]+to|must)[ \t]+be"
    # "need 48 from 2, 3, 8": the numbers follow
    r"|\bneed[ \t]+(?=[0-9]{1,12}[ \t]+(?:from|using|with)[ \t]+\[?[0-9]))"
    # the number ends the clause, or the clause goes on to the numbers: "make 4 gallons" is
    # not a target
    r"[ \t]*([0-9]{1,12})(?![.,][0-9])"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$|(?:using|with|from|by|and|exactly)\b))",
    re.MULTILINE,
)
# The task restated as a line's header (sixteenth session): "248 from 25, 4, 2, 8", "456
# using 100 50 8 6 3", "48 | 12 2 6 8 3 (five nums)": a number opening a line, "from", "using"
# or "|", then three or more numbers and nothing else in the sentence but a parenthesis.
_HEADER_TARGET = lazy_compile(
    r"^[ \t]*(?:[-#*>][ \t]*)*(?:(?:okay|ok|alright|right|so|hmm),?[ \t]+)?([0-9]{1,12})"
    r"[ \t]*(?:[ \t](?:from|using)|\|)[ \t]+\[?"
    r"(?:[0-9]{1,12}(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and[ \t]+)?)){2,11}[0-9]{1,12}"
    r"\]?[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*(?:[.:](?=[ \t]|$)|$)",
    re.MULTILINE,
)
_NUMBER_AFTER = lazy_compile(
    r"[a-z]{0,2}(?:[ \t]+(?:number|value|is|of|to|exactly|on|be)){0,3}[ \t]*[:=,*]{0,4}[ \t]*[0-9]"
)
#: Characters of the completion read for a stated target (its opening restates the task).
STATED_TARGET_CHARS = 200
_STATED_WORDS = (
    "target",
    "reach",
    "to get",
    "to make",
    "equal",
    "hit",
    "land on",
    "goal",
    "be",
    "need",
)

# The numbers given, in a prompt or restated: "using the numbers [19, 36, 55, 7]".
_GIVEN = lazy_compile(
    r"\bnumbers[ \t]*(?::[ \t]*)?\[?"
    r"((?:[0-9]{1,12}(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)){1,11}[0-9]{1,12})"
)
_PROMPT_TARGET = lazy_compile(
    r"(?:\bequals|\bresults[ \t]+in|\btarget(?:[ \t]+number)?(?:[ \t]+is|:)?)"
    r"[ \t]*([0-9]{1,12})\b(?![.,][0-9])"
)
#: Characters of a prompt read for the numbers and the target.
_PROMPT_CHARS = 4000
_TRANSLATE = str.maketrans(
    {"\u00d7": "*", "\u00b7": "*", "x": "*", "\u00f7": "/", "\u2212": "-", "\u2013": "-"}
)


class _Step(NamedTuple):
    """One evaluated step (a NamedTuple: texts hold hundreds, built in a loop)."""

    start: int
    end: int
    operands: tuple[int, ...]
    result: int
    value: Fraction | int  # what the expression is worth (the result may be stated wrongly)
    result_at: int  # where the stated result begins
    inner: tuple[int, ...] = ()  # values of its innermost parentheses: (25 + 3) * 4 reaches 28
    expression_end: int = 0  # where its expression ends (before "=" or the word)


@dataclass(frozen=True, slots=True)
class AttemptEvent:
    """One unworded backtracking event: attempt ``number`` after an attempt that missed.

    Attributes:
        number: which attempt of the text begins here (1-based, among attempts).
        failed: the last step of the attempt that missed (as written, spaces collapsed).
        result: that step's stated result.
        target: the target it missed (``None``: no target known, the two attempts use the
            same numbers to different values; module rule 6).
        start: where the new attempt begins (position in the lowercased text).
        end: where the new attempt's first step ends.
        spans: the spans of every step of both attempts (sorted).
        key: the event's identity for de-duplication: the attempt it switches to (its given
            numbers, sorted, and its last result), so switching to the same attempt again
            counts once.
    """

    number: int
    failed: str
    result: int
    target: int | None
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    key: tuple[str, ...]

    def describe(self) -> str:
        """``attempt 2 after `25 + 3 = 28` missed 22`` (``... gave 28`` without a target)."""
        if self.target is None:
            return f"attempt {self.number} after `{self.failed}` gave {self.result}"
        return f"attempt {self.number} after `{self.failed}` missed {self.target}"


@dataclass(frozen=True, slots=True)
class GoalEvent:
    """One structural backward-chaining event: the target decomposed, then work towards a part.

    Attributes:
        equation: the decomposition as written (spaces collapsed): ``72 = 8 * 9``,
            ``88 / 8 = 11``.
        sought: the intermediate value it leaves to make (9, 11).
        target: the target decomposed.
        start: where the decomposition begins (position in the lowercased text).
        end: where it ends.
        spans: the spans of the decomposition and of the first work towards ``sought``.
        key: the event's identity for de-duplication: ``("goal", str(sought))``.
    """

    equation: str
    sought: int
    target: int
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]

    @property
    def key(self) -> tuple[str, ...]:
        """``("goal", "9")``: one event per intermediate value sought."""
        return ("goal", str(self.sought))

    def describe(self) -> str:
        """`` `72 = 8 * 9` leaves 9 to make ``."""
        return f"`{self.equation}` leaves {self.sought} to make"


_COUNTDOWN: ModuleType | None = None


def _countdown() -> ModuleType:
    """The Countdown task module, whose cell readers and parser are reused here.

    Imported at first use (only once a target or numbers are given): importing the tasks
    package costs ``behaviors`` tens of milliseconds it does not need on other texts.
    """
    global _COUNTDOWN  # imported once, at first use
    if _COUNTDOWN is None:
        from rewardkit.tasks import countdown

        _COUNTDOWN = countdown
    return _COUNTDOWN


def _integer(value: object) -> int | None:
    fraction = _countdown()._target_value(value)
    if fraction is None or fraction.denominator != 1:
        return None
    return int(fraction)


def countdown_context(
    *, target: object = None, numbers: object = None, prompt: object = None
) -> tuple[int | None, tuple[int, ...] | None]:
    """The known target and given numbers from a row's cells and its prompt.

    A cell that is missing or not a number (or not a sequence of integers) is unknown; the
    prompt fills what the cells do not (the TinyZero sentence: "Using the numbers [19, 36,
    55, 7], create an equation that equals 65"). Never raises.

    Args:
        target: the row's target cell (an integer, a numeric string, a numpy integer).
        numbers: the row's numbers cell (a sequence or array of integers).
        prompt: the prompt as text, or ``None``.

    Returns:
        ``(target, numbers)``, each ``None`` when unknown.

    Examples:
        >>> countdown_context(prompt="Using the numbers [19, 36, 55, 7], create an "
        ...                   "equation that equals 65.")
        (65, (19, 36, 55, 7))
        >>> countdown_context(target="22", numbers=[25, 3])
        (22, (25, 3))
        >>> countdown_context(target=2.5, numbers="25, 3")
        (None, None)
    """
    known_target = None if target is None else _integer(target)
    given = None if numbers is None else _countdown()._numbers(numbers)
    known_numbers = tuple(given) if given else None
    if known_numbers is not None and any(n < 0 or n >= 10**12 for n in known_numbers):
        known_numbers = None
    if isinstance(prompt, str) and (known_target is None or known_numbers is None):
        # A Countdown prompt asks for an equation or expression (or names the target), with the
        # numbers and the target; a math prompt that says "equals 25" gives nothing.
        head = prompt[:_PROMPT_CHARS].lower()
        countdown = "numbers" in head and (
            "equation" in head or "expression" in head or "target" in head
        )
        match = _GIVEN.search(head) if countdown else None
        if match is not None:
            found = {int(m.group(1)) for m in _PROMPT_TARGET.finditer(head)}
            if len(found) == 1:
                known_target = found.pop() if known_target is None else known_target
                if known_numbers is None:
                    known_numbers = tuple(int(n) for n in re.findall(r"[0-9]+", match.group(1)))
    return known_target, known_numbers


def row_context(
    row: Mapping[str, object],
    *,
    target_field: str = "target",
    numbers_field: str = "nums",
    prompt_field: str = "prompt",
) -> tuple[int | None, tuple[int, ...] | None]:
    """:func:`countdown_context` of a dataset row (its columns, then its prompt in any format).

    The column names default to those of :data:`rewardkit.countdown_correct`. Never raises.

    Examples:
        >>> row_context({"nums": [25, 3], "target": 22, "prompt": "..."})
        (22, (25, 3))
        >>> row_context({"prompt": [{"role": "user", "content": "Using the numbers [25, 3], "
        ...                          "create an equation that equals 22."}]})
        (22, (25, 3))
    """
    prompt = row.get(prompt_field)
    return countdown_context(
        target=row.get(target_field),
        numbers=row.get(numbers_field),
        prompt=None if prompt is None else prompt_text(prompt),
    )


def completion_context(completion: str) -> tuple[int | None, tuple[int, ...] | None]:
    r"""The target and numbers a completion gives by itself (module rule 1), for rows without.

    A statement of the target, else the value of its solution (``<answer>`` or ``\boxed{}``
    holding integer arithmetic: its operands are the numbers) or a final step it declares a
    success. Sources that disagree give nothing. Never raises.

    Examples:
        >>> completion_context("25 + 3 = 28. 25 - 3 = 22. <answer>25 - 3</answer>")
        (22, (25, 3))
        >>> completion_context("25 + 3 = 28. 25 - 3 = 22. That works!")
        (22, None)
        >>> completion_context("3 + 4 = 7 and 3 * 4 = 12, so \\boxed{12}.")
        (None, None)
    """
    inferred = (
        _inferred_target(lower(normalize(completion))) if isinstance(completion, str) else None
    )
    return (None, None) if inferred is None else (inferred.target, inferred.numbers)


def _stated_target(low: str) -> int | None:
    """The target the completion states, when every statement agrees; else ``None``."""
    head = low[:STATED_TARGET_CHARS]
    # The cheap check first: every statement has one of these words (under 1 us); then the
    # statement is searched only around each occurrence of one.
    if not (
        "target" in head
        or "reach" in head
        or "to get" in head
        or "to make" in head
        or "equal" in head
        or "hit" in head
        or "land on" in head
        or "goal" in head
        or "to be" in head
        or "must be" in head
        or "need" in head
        or "from " in head
        or "using " in head
        or "|" in head
    ):
        return None
    words = [word for word in _STATED_WORDS if word in head]
    found: set[int] = set()
    if "from " in head or "using " in head or "|" in head:  # "248 from 25, 4, 2, 8", "48 | 12 2 6"
        found.update(int(m.group(1)) for m in _HEADER_TARGET.finditer(head))
    for word in words:
        at = head.find(word)
        while at >= 0:
            # a number must follow the word closely ("get x = 2" in a math text stops here)
            if _NUMBER_AFTER.match(head, at + len(word)):
                window = (max(0, at - 40), at + 40)
                found.update(int(m.group(1)) for m in _STATED_TARGET.finditer(head, *window))
            at = head.find(word, at + 1)
    return found.pop() if len(found) == 1 else None


# -- the target inferred from anywhere in the completion (issue 19, third round) ---------------

# Unambiguous statements, read anywhere: "the target is 22", "target: 22" (a line's label),
# "we need to reach 22 using the numbers". Not "your daily calorie target is 2000" (GSM8K).
_STATED_ANYWHERE = lazy_compile(
    r"(?:\b(?:the|our)[ \t]+target(?:[ \t]+(?:number|value))?[ \t]+is"
    r"|^[ \t]*(?:[-*][ \t]+)?target(?:[ \t]+(?:number|value))?[ \t]*:"
    r"|\b(?:we|i)[ \t]+(?:need|have|want)[ \t]+to[ \t]+(?:reach|make|get[ \t]+to))"
    r"[ \t]*([0-9]{1,12})(?![.,][0-9])"
    # the clause ends, or (for "need to reach") goes on to the given numbers
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)"
    r"|[ \t]+(?:using|with|from)[ \t]+(?:the[ \t]+(?:given[ \t]+|[a-z]{3,5}[ \t]+)?numbers|\[))",
    re.MULTILINE,
)
#: Characters at the end of a completion read for its solution, a declared success, and "we
#: need to reach N" (the word "target" is searched in the whole text).
SOLUTION_CHARS = 300
_STATED_TAIL_WORDS = ("to reach", "to make", "to get to")
# The solution: the last "<answer>...</answer>" or "\boxed{...}" (no nested braces: a
# brace is not a character of arithmetic).
_SOLUTION_TAGS = (("<answer>", "</answer>"), ("\\boxed{", "}"))
# A final attempt declared a success: "= 22. that works!", "22, which is the target",
# "found it: 25 - 3 = 22".
_SUCCESS_AFTER = lazy_compile(
    r"[ \t]{0,3}[.!,;:]?[ \t]{0,3}(?:\n[ \t]{0,3})?"
    r"(?:(?:and[ \t]+)?(?:that|this|it)(?:[ \t]+|'s[ \t]+)?works\b(?![ \t]+out)"
    r"|(?:which|that)[ \t]+is[ \t]+(?:exactly[ \t]+)?(?:the|our)[ \t]+target\b"
    r"|(?:which|that)[ \t]+(?:hits|matches|reaches)[ \t]+the[ \t]+target\b)"
)
_SUCCESS_WORDS = ("works", "the target", "our target", "found it")
_FOUND_IT = lazy_compile(r"\bfound[ \t]+it[ \t]*[:!.,]?[ \t]*")
#: Characters read before a success phrase for the step it declares.
_SUCCESS_REACH = MAX_STEP_CHARS + 8


class _Inferred(NamedTuple):
    """A target the completion gives: stated, its solution's value, or a declared success."""

    target: int
    numbers: tuple[int, ...] | None  # the operands of the solution, when it is an expression
    limit: int  # the attempts read end here (the solution); len(text) for a statement
    declared: bool = False  # a declared success gives it (its attempt's numbers are given)


def _stated_anywhere(low: str, anywhere: bool, tail: int) -> set[int]:
    """The targets stated in the unambiguous forms, "target" anywhere, the others in the tail.

    ``anywhere``: the text holds "target"; ``tail``: where the last characters begin.
    """
    found: set[int] = set()
    for word in ("target",) * anywhere + _STATED_TAIL_WORDS:
        at = low.find(word, 0 if word == "target" else tail)
        for _ in range(200):  # occurrences read per word
            if at < 0:
                break
            window = (max(0, at - 40), at + len(word) + 24)
            found.update(int(m.group(1)) for m in _STATED_ANYWHERE.finditer(low, *window))
            at = low.find(word, at + 1)
    return found


_SOLUTION_CHARACTERS = "0123456789 \t+-*/()=\u00d7\u00f7\u2212"
_SOLUTION_FIRST = frozenset("0123456789( \t\n")
_OPERATORS = "+-*/\u00d7\u00f7\u2212"
_OPERATOR_SET = frozenset(_OPERATORS + "\\")  # LaTeX operators begin with a backslash


def _solution_value(content: str) -> tuple[int, tuple[int, ...]] | None:
    """An answer's integer value and operands, when it is arithmetic over integers."""
    plain = (
        _LATEX_OPERATOR.sub(lambda m: _LATEX_SIGN[m.group()], content)
        if "\\" in content
        else content
    ).strip()
    # only integers, operators, parentheses and one "= N" the parser checks; the ends first
    if not plain or plain.strip(_SOLUTION_CHARACTERS) or not any(c in _OPERATORS for c in plain):
        return None
    if any(c not in _SOLUTION_CHARACTERS for c in plain):
        return None
    parsed = _countdown()._parse(plain)
    if parsed is None or parsed[0] is None or len(parsed[1]) < 2:
        return None
    value, operands = parsed
    if value.denominator != 1 or not 0 <= value < 10**12:
        return None  # a target of at most 12 digits, as every number read (rule 2)
    if any(n < 0 or n >= 10**12 for n in operands):
        return None
    return int(value), tuple(operands)


def _declared(low: str, tail: int) -> list[tuple[int, int]]:
    """``(target, end)`` of each final attempt the text declares a success, from ``tail`` on."""
    found: list[tuple[int, int]] = []
    for word in _SUCCESS_WORDS:
        at = low.find(word, tail)
        for _ in range(50):  # occurrences read per word
            if at < 0:
                break
            if word == "found it":
                match = _FOUND_IT.match(low, at)
                step = _STEP.match(low, match.end()) if match is not None else None
                if step is not None and step.group(1) == "=":
                    evaluated = _evaluate(low[match.end() if match else at : step.start(1)])
                    if evaluated is not None and evaluated[0] == int(step.group(2)):
                        found.append((int(step.group(2)), step.end()))
            else:
                position = max(0, at - _SUCCESS_REACH)
                for _ in range(_SUCCESS_REACH):  # steps read (a running chain goes on)
                    step = _STEP.search(low, position, at)
                    if step is None:
                        break
                    position = step.start(2)
                    success = _SUCCESS_AFTER.match(low, step.end())
                    if success is None or success.end() < at:
                        continue
                    evaluated = _evaluate(low[step.start() : step.start(1)])
                    if evaluated is not None and evaluated[0] == int(step.group(2)):
                        found.append((int(step.group(2)), step.end()))
            at = low.find(word, at + 1)
    return found


def _inferred_target(low: str) -> _Inferred | None:
    r"""The target the completion gives, when every source of it agrees (``None``: none).

    In order: a statement (the opening's forms, or the unambiguous ones anywhere); else the
    value of its solution (the last ``<answer>`` or ``\boxed{}`` holding arithmetic over
    integers, whose operands are then the numbers) and the final attempts it declares a
    success, which must all agree. The cheap checks first: a few substring searches.
    """
    stated = _stated_target(low)
    begin = max(0, len(low) - SOLUTION_CHARS)
    tail = low[begin:]  # one copy, then substring tests without calls
    anywhere = "target" in low
    found = (
        _stated_anywhere(low, anywhere, begin)
        if anywhere
        or (" to " in tail and ("to reach" in tail or "to make" in tail or "to get to" in tail))
        else set()
    )
    if stated is not None:
        found.add(stated)
    if found:
        return _Inferred(found.pop(), None, len(low)) if len(found) == 1 else None
    values: set[int] = set()
    numbers: tuple[int, ...] | None = None
    limit = 0
    for tag, closing in _SOLUTION_TAGS:
        at = tail.rfind(tag)
        if at < 0:
            continue
        at += len(tag)
        close = tail.find(closing, at)
        content = tail[at:close] if close >= 0 else ""
        if content[:1] not in _SOLUTION_FIRST or _OPERATOR_SET.isdisjoint(content):
            continue  # none, or a "\\boxed{\\frac..." or "\\boxed{5}" (most math answers)
        solved = _solution_value(content)
        if solved is not None:
            values.add(solved[0])
            numbers = solved[1] if numbers is None else numbers
            limit = max(limit, begin + close + len(closing))
    if "works" in tail or "found it" in tail or (anywhere and "target" in tail):
        for value, end in _declared(low, begin):
            values.add(value)
            limit = max(limit, end)
    if len(values) != 1:
        return None
    return _Inferred(values.pop(), numbers, limit, numbers is None)


_BINARY = lazy_compile(
    r"[ \t]*([0-9]{1,12})[ \t]*(?:[-+*/]|(?<=[ \t])x(?=[ \t]))[ \t]*([0-9]{1,12})[ \t]*"
)


def _evaluate(expression: str) -> tuple[Fraction | int, tuple[int, ...]] | None:
    """The value and numbers of a well-formed expression; ``None`` if not, or on a division by 0.

    ``a op b`` (most steps) is read directly; anything longer by the Countdown parser.
    """
    if not expression.isascii() or "x" in expression:
        expression = expression.translate(_TRANSLATE)
    parts = expression.split() if expression.isascii() else ()
    if len(parts) == 3 and parts[1] in _SIGNS and parts[0].isdigit() and parts[2].isdigit():
        # "25 + 3", the common form, without a regex (ASCII only: "²".isdigit() is true)
        left, right, sign = int(parts[0]), int(parts[2]), parts[1]
    else:
        binary = _BINARY.fullmatch(expression)
        if binary is None:
            parsed = _countdown()._parse(expression)
            if parsed is None or parsed[0] is None:
                return None
            return parsed[0], tuple(parsed[1])
        left, right = int(binary.group(1)), int(binary.group(2))
        sign = expression.strip(" \t0123456789")
    if sign == "/":
        return (Fraction(left, right), (left, right)) if right else None
    value = left + right if sign == "+" else left - right if sign == "-" else left * right
    return value, (left, right)


_SIGNS = frozenset("+-*/")
_INNERMOST = lazy_compile(r"\(([^()]{1,60})\)")


def _inner_values(low: str, start: int, end: int) -> tuple[int, ...]:
    """The whole-number values of the innermost parenthesised parts of ``low[start:end]``."""
    values = []
    for match in _INNERMOST.finditer(low, start, end):
        evaluated = _evaluate(match.group(1))
        if evaluated is not None and evaluated[0] == int(evaluated[0]):
            values.append(int(evaluated[0]))
    return tuple(values)


_LATEX_OPERATOR = lazy_compile(r"\\(?:times|cdot|div)(?![a-z])")
_LATEX_SIGN = {"\\times": "*", "\\cdot": "*", "\\div": "/"}


def _plain(low: str) -> tuple[str, list[tuple[int, int]]]:
    """``low`` with the LaTeX times, cdot and div as ``* * /``, and where positions moved.

    The map lists ``(position in the plain text, characters removed before it)``.
    """
    if "\\" not in low:
        return low, []
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    at = removed = 0
    for match in _LATEX_OPERATOR.finditer(low):
        start, end = match.span()
        parts.append(low[at:start])
        sign = _LATEX_SIGN[match.group()]
        parts.append(sign)
        removed += end - start - len(sign)
        shifts.append((end - removed, removed))
        at = end
    if not shifts:
        return low, []
    parts.append(low[at:])
    return "".join(parts), shifts


def _back(position: int, shifts: list[tuple[int, int]]) -> int:
    """A position of the plain text in the original (see :func:`_plain`)."""
    if not shifts:
        return position
    k = bisect.bisect_right(shifts, (position, 1 << 62))
    return position + (shifts[k - 1][1] if k else 0)


def _reused(low: str, steps: list[_Step]) -> list[_Step]:
    """Steps that write an earlier step's expression inside theirs read its result instead.

    ``3 * 9 = 27. So 50 + 3 * 9 = 77``: the second step uses 50 and 27 (the same attempt,
    tree-shaped), not 50, 3 and 9 again. The part must be a whole sub-expression: put back as
    its result in parentheses, the expression keeps its value.
    """
    if all(len(step.operands) == 2 for step in steps):
        return steps  # no step can hold another (most Countdown texts)
    out: list[_Step] = []
    compact: list[str] = []
    for step in steps:
        text = "".join(low[step.start : step.expression_end].split())
        if len(step.operands) > 2:
            for k in range(len(out) - 1, max(-1, len(out) - 9), -1):
                part = compact[k].strip("()")
                at = text.find(part)
                if at < 0 and _chain_sign(part) and len(out[k].operands) == 2:
                    # "3 + 9 = 12. So 2 * (9 + 3) = 24": a sum or product written the other way
                    part = _chain_sign(part).join(str(n) for n in reversed(out[k].operands))
                    at = text.find(part)
                if len(out[k].operands) >= len(step.operands):
                    continue
                operands = _put_back(text, part, at, out[k].result, step.value)
                if operands is not None:
                    step = step._replace(operands=operands)
                    break
            else:
                step = _regrouped(step, text, out[max(0, len(out) - 8) :], compact[-8:])
        out.append(step)
        compact.append(text)
    return out


def _put_back(
    text: str, part: str, at: int, result: int, value: Fraction | int
) -> tuple[int, ...] | None:
    """The operands of ``text`` with ``part`` (found at ``at``) read as its ``result``.

    ``None`` unless ``part`` is a whole sub-expression of ``text``: shorter, not glued to a
    digit, and put back as ``(result)`` the expression keeps its ``value`` (``3 + 9`` is not
    one of ``2 * 3 + 9``).
    """
    end = at + len(part)
    if len(part) >= len(text) or at < 0:
        return None
    if (at and text[at - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
        return None
    evaluated = _evaluate(f"{text[:at]}({result}){text[end:]}")
    return evaluated[1] if evaluated is not None and evaluated[0] == value else None


def _chain_sign(compact: str) -> str:
    """``+`` or ``*`` when ``compact`` is a sum or a product of numbers only; else ``""``."""
    signs = set(compact.translate(_TRANSLATE)) - _DIGITS
    return signs.pop() if len(signs) == 1 and signs <= {"+", "*"} else ""


_DIGITS = frozenset("0123456789")


def _regrouped(step: _Step, text: str, earlier: list[_Step], compact: list[str]) -> _Step:
    """A sum (or product) that holds an earlier sum's numbers in any order uses its result.

    ``19 + 39 = 58. 39 + 7 + 19 = 65``: 58 and 7 (addition and multiplication are
    associative and commutative; the earlier result must be its true value).
    """
    sign = _chain_sign(text)
    if not sign:
        return step
    for previous, written in zip(reversed(earlier), reversed(compact), strict=True):
        if (
            _chain_sign(written) != sign
            or previous.value != previous.result
            or len(previous.operands) >= len(step.operands)
        ):
            continue
        rest = list(step.operands)
        for value in previous.operands:
            if value not in rest:
                break
            rest.remove(value)
        else:
            return step._replace(operands=(*rest, previous.result))
    return step


def _steps(low: str) -> list[_Step]:
    """Every evaluated step of ``low`` in order (at most :data:`MAX_STEPS`)."""
    steps: list[_Step] = []
    position = 0
    search = _STEP.search
    for _ in range(4 * MAX_STEPS):  # matches read, steps kept or not
        if len(steps) >= MAX_STEPS:
            break
        match = search(low, position)
        if match is None:
            break
        start, end = match.span()
        position = match.start(2)  # a running chain's next step begins at this result
        if end - start > MAX_STEP_CHARS:
            continue
        expression_end = match.start(1)
        expression = low[start:expression_end]
        # "(25 + 3 = 28)": a parenthesis opened before the step is not part of it
        for _ in range(expression.count("(") - expression.count(")")):
            skip = expression.index("(") + 1
            start += skip
            expression = expression[skip:]
        evaluated = _evaluate(expression)
        if evaluated is None:
            continue  # unbalanced, or a division by zero
        value, operands = evaluated
        result, result_at = int(match.group(2)), match.start(2)
        previous = steps[-1] if steps else None
        if (
            previous is not None
            and previous.result_at == start
            and previous.value != previous.result
            and value == previous.value
            and end - previous.start <= MAX_STEP_CHARS
        ):
            # "(78 - 20) - (11 - 7) = 58 - 4 = 54": the middle rewrites the expression (its
            # stated "result" 58 is not its value); one step, worth the last result
            start, operands = previous.start, previous.operands
            steps.pop()
        inner = _inner_values(low, start, expression_end) if "(" in expression else ()
        steps.append(_Step(start, end, operands, result, value, result_at, inner, expression_end))
        # a running chain goes on with spaces or an operator (most steps end with "," or ".")
        if low[end : end + 1] not in _CHAIN_FIRST or _CHAIN_NEXT.match(low, end) is None:
            position = end
    return steps


@dataclass(slots=True)
class _Attempt:
    steps: list[_Step]
    # numbers used that are not the attempt's own results
    given: Counter[int]
    # results of the attempt not yet used by a later step of it
    open_results: list[int]


def _attempts(steps: list[_Step], numbers: tuple[int, ...] | None) -> list[_Attempt]:
    """Group steps into attempts (rule 3), in order of their first step."""
    attempts: list[_Attempt] = []
    owner: dict[int, list[int]] = {}  # result value -> attempts with that result open, in order
    allowed = Counter(numbers) if numbers is not None else None
    dropped: set[int] = set()
    for step in steps:
        operands = step.operands
        if allowed is not None and not _readable(operands, allowed, owner):
            continue  # an operand neither given nor a result: other arithmetic (65 - 63 = 2)
        linkable = None if allowed is None else _links(operands, attempts, owner, allowed)
        joined: int | None = None
        used: list[int] = []
        for value in operands:
            holders = owner.get(value)
            if holders and (linkable is None or holders[-1] in linkable):
                k = holders.pop()  # the latest producer of that value
                attempts[k].open_results.remove(value)
                if joined is None:
                    joined = k
                elif k != joined:  # a step joining two attempts: merge the later into one
                    _merge(attempts, owner, joined, k, dropped)
                    joined = min(joined, k)
            else:
                used.append(value)
        if joined is None:
            k = len(attempts)
            given: Counter[int] = Counter()
            attempts.append(_Attempt([step], given, [step.result]))
        else:
            k = joined
            attempts[k].steps.append(step)
            given = attempts[k].given
            attempts[k].open_results.append(step.result)
        for value in used:  # Counter.update, without its checks (a hot loop)
            given[value] = given.get(value, 0) + 1
        owner.setdefault(step.result, []).append(k)
        if allowed is not None:
            for value in used:
                if given[value] > allowed[value]:
                    dropped.add(k)  # uses a number more often than given: not an attempt
                    break
    return [a for k, a in enumerate(attempts) if k not in dropped and a.steps]


def _readable(
    operands: tuple[int, ...], allowed: Counter[int], owner: dict[int, list[int]]
) -> bool:
    """Every operand is a given number or an open result (a loop: no generator per step)."""
    for value in operands:  # noqa: SIM110
        if value not in allowed and not owner.get(value):
            return False
    return True


def _unlinked(
    operands: tuple[int, ...], owner: dict[int, list[int]], reading: set[int]
) -> list[int]:
    """The operands a step takes from the given numbers when it continues ``reading``."""
    unlinked: list[int] = []
    taken: dict[int, int] = {}
    for value in operands:
        holders = owner.get(value)
        i = taken.get(value, 0)
        if holders and i < len(holders) and holders[-1 - i] in reading:
            taken[value] = i + 1
        else:
            unlinked.append(value)
    return unlinked


def _links(
    operands: tuple[int, ...],
    attempts: list[_Attempt],
    owner: dict[int, list[int]],
    allowed: Counter[int],
) -> set[int] | None:
    """Which attempts a step may continue, when a result is also a given number (``None``: all).

    ``60 - 40 = 20, 20 * 3 = 60. 3 + 60 = 63`` with 3, 40, 60 given: read as continuing from
    the result 60, the step would use the 3 twice; read from the given numbers, it is valid.
    Readings, in order: continue every attempt whose result it uses; only the latest of them;
    none (a new attempt). The first that uses no number more often than it is given wins (the
    first, when none does: that attempt is then dropped).
    """
    candidates: set[int] = set()
    for value in operands:
        holders = owner.get(value)
        if holders:
            candidates.add(holders[-1])
    if not candidates:
        return None
    if len(candidates) == 1:  # the common case, without counters: is continuing valid?
        given = attempts[next(iter(candidates))].given
        unlinked = _unlinked(operands, owner, candidates)
        for value in unlinked:
            if given[value] + unlinked.count(value) > allowed[value]:
                break
        else:
            return None
    readings = (
        [candidates, {max(candidates)}, set()] if len(candidates) > 1 else [candidates, set()]
    )
    for reading in readings:
        usage: Counter[int] = Counter()
        for k in reading:
            usage.update(attempts[k].given)
        usage.update(_unlinked(operands, owner, reading))
        if all(count <= allowed[n] for n, count in usage.items()):
            return None if reading is candidates else reading
    return None


def _merge(
    attempts: list[_Attempt], owner: dict[int, list[int]], a: int, b: int, dropped: set[int]
) -> None:
    """Merge attempts ``a`` and ``b`` into the earlier of the two (a tree of sub-results)."""
    keep, gone = min(a, b), max(a, b)
    kept, other = attempts[keep], attempts[gone]
    kept.steps = sorted(kept.steps + other.steps, key=lambda s: s.start)
    kept.given.update(other.given)
    kept.open_results.extend(other.open_results)
    other.steps, other.given, other.open_results = [], Counter(), []
    for holders in owner.values():
        holders[:] = sorted(keep if k == gone else k for k in holders)
    if gone in dropped:
        dropped.add(keep)


def _step_key(step: _Step) -> tuple[tuple[int, ...], int]:
    return tuple(sorted(step.operands)), step.result


def _restarts(a: _Attempt, b: _Attempt, allowed: Counter[int] | None) -> bool:
    """Whether ``b`` starts again from the given numbers after ``a`` (rule 4)."""
    if allowed is None:
        return not a.given.keys().isdisjoint(b.given)
    first = a.given
    return any(first[n] + count > allowed[n] for n, count in b.given.items())


def _different(a: _Attempt, b: _Attempt) -> bool:
    """``b`` is not ``a`` restated, recomputed (or a part of it), or repeated and continued."""
    # dict equality: every count is positive, and Counter's own == is a slow Python loop
    if a.steps[-1].result == b.steps[-1].result and dict.__eq__(a.given, b.given):
        return False
    first = a.given
    if all(first.get(n, 0) >= count for n, count in b.given.items()):
        # only a's numbers: is b's result one a reached on its way?
        reached = {v for step in a.steps for v in (step.result, *step.inner)}
        if b.steps[-1].result in reached:
            return False
    if len(b.steps) < len(a.steps):
        return True  # not a's steps repeated: too short
    return any(_step_key(s) != _step_key(t) for s, t in zip(a.steps, b.steps, strict=False))


def _builds_on(plain: str, a: _Attempt, b: _Attempt, allowed: Counter[int] | None) -> bool:
    """``b`` makes ``a``'s value on its way: ``a`` was a piece of ``b``, not an attempt left.

    ``"87 is 3 under 90; 4 - 1 = 3. 90 - (4 - 1) = 87"``: the first step makes the 3 the
    second one needs. ``a``'s last result is one of ``b``'s results, the value of one of its
    innermost parentheses or (when it is not a given number) an operand of ``b``, or ``a``'s
    one step is a whole sub-expression of one of ``b``'s (``50 * 3 = 150 ... 50 * 3 + 25 + 7
    = 182``; as :func:`_reused` reads one).
    A given number ``b`` uses is not ``a``'s result: ``"6 - 1 = 5... no. 5 * 6 = 30"``.
    """
    value = a.steps[-1].result
    operand = allowed is not None and value not in allowed
    for step in b.steps:
        if value == step.result or value in step.inner or (operand and value in step.operands):
            return True
    if len(a.steps) != 1:
        return False
    piece = a.steps[0]
    part = _compact(plain, piece).strip("()")
    for step in b.steps:
        text = _compact(plain, step)
        if _put_back(text, part, text.find(part), piece.result, step.value) is not None:
            return True
    return False


def _compact(plain: str, step: _Step) -> str:
    """A step's first expression without spaces, one sign per operator (``4-1``).

    The first: a rewritten step (``3 * 10 - (8 - 7) = 30 - 1 = 29``) is worth its first.
    """
    written = plain[step.start : step.expression_end].split("=", 1)[0]
    return "".join(written.translate(_TRANSLATE).split())


def _identity(attempt: _Attempt) -> tuple[str, ...]:
    """An attempt as its given numbers (sorted) and its last result: ``("3", "25", "=22")``."""
    return (*(str(n) for n in sorted(attempt.given.elements())), f"={attempt.steps[-1].result}")


def unworded_backtracking(
    low: str,
    phrases: Sequence[tuple[int, int]] = (),
    *,
    target: object = None,
    numbers: object = None,
) -> list[AttemptEvent]:
    """The unworded backtracking events of a lowercased text (see the module's rule).

    Args:
        low: the normalised, lowercased text.
        phrases: spans of backtracking phrases already counted (sorted); a switch with one
            between the two attempts is theirs, not an event here.
        target: the known target (``None``: the one the text states, if any).
        numbers: the given numbers (``None``: the ones the text restates, if any).

    Returns:
        The events in order; without a known target, only rule 6's. Never raises.

    Examples:
        >>> [e.describe() for e in unworded_backtracking("25 + 3 = 28. 25 - 3 = 22.", target=22)]
        ['attempt 2 after `25 + 3 = 28` missed 22']
        >>> unworded_backtracking("25 + 3 = 28. 25 - 3 = 22.")  # no target, two numbers
        []
        >>> text = "(25 - 3) * 4 = 88. 25 * 4 - 3 = 97."  # no target, the same three numbers
        >>> [e.describe() for e in unworded_backtracking(text)]
        ['attempt 2 after `(25 - 3) * 4 = 88` gave 88']
        >>> unworded_backtracking("95 - 44 = 51, 51 + 19 = 70.", target=70, numbers=[95, 44, 19])
        []
    """
    return countdown_events(low, phrases, target=target, numbers=numbers)[0]


def backward_chaining(
    low: str,
    phrases: Sequence[tuple[int, int]] = (),
    *,
    target: object = None,
    numbers: object = None,
) -> list[GoalEvent]:
    """The structural backward-chaining events of a lowercased text (see the module's rule 5).

    Args:
        low: the normalised, lowercased text.
        phrases: spans of backward-chaining phrases already counted (sorted); a decomposition
            with one from its start to the work it leads to is theirs, not an event here.
        target: the known target (``None``: the one the text states, if any).
        numbers: the given numbers (``None``: the ones the text restates, if any).

    Returns:
        The events in order, one per intermediate value sought; without a known target, the
        final complete attempt's value is the goal (rule 7). Never raises.

    Examples:
        >>> text = "72 = 8 * 9, so we want a 9: 12 - 3 = 9. So 8 * (12 - 3) = 72."
        >>> [e.describe() for e in backward_chaining(text, target=72, numbers=[8, 12, 3])]
        ['`72 = 8 * 9` leaves 9 to make']
        >>> backward_chaining("72 = 8 * (12 - 3).", target=72, numbers=[8, 12, 3])  # an answer
        []
        >>> backward_chaining("88 / 8 = 11. 14 - 3 = 11.")  # no target, no final attempt
        []
        >>> text = "88 / 8 = 11. 14 - 3 = 11. So (14 - 3) * 8 = 88."  # its final value
        >>> [e.describe() for e in backward_chaining(text)]
        ['`88 / 8 = 11` leaves 11 to make']
    """
    return countdown_events(low, (), phrases, target=target, numbers=numbers)[1]


def countdown_events(
    low: str,
    phrases: Sequence[tuple[int, int]] = (),
    goal_phrases: Sequence[tuple[int, int]] = (),
    *,
    target: object = None,
    numbers: object = None,
    infer: bool = True,
) -> tuple[list[AttemptEvent], list[GoalEvent]]:
    """Both structural events in one pass: unworded backtracking and backward chaining.

    ``phrases`` are the backtracking phrases' spans, ``goal_phrases`` the backward-chaining
    ones (both sorted). Without a ``target``, the completion's own (:func:`completion_context`)
    is used when ``infer`` is true (counting, as :func:`~rewardkit.reflect.cognitive.behaviors`
    does), and without one either, rules 6 and 7; a reward passes ``infer=False``, since a
    completion that names its own target (or writes attempts over any numbers, or ends on any
    value) could otherwise earn events on any dataset. Never raises.

    Examples:
        >>> text = "The target is 72. 50 + 12 = 62. 72 = 8 * 9, so 12 - 3 = 9, 8 * 9 = 72."
        >>> [[e.describe() for e in found] for found in countdown_events(text)]
        [['attempt 2 after `50 + 12 = 62` missed 72'], ['`72 = 8 * 9` leaves 9 to make']]
    """
    known_target = None if target is None else _integer(target)
    given = _countdown()._numbers(numbers) if numbers is not None else None
    known_numbers = tuple(given) if given else None
    declared = False
    if known_target is None:
        if not infer:
            return [], []
        inferred = _inferred_target(low)
        if inferred is None:  # rule 6: the same numbers again, to another value
            return _untargeted(low, phrases, goal_phrases, known_numbers)
        known_target = inferred.target
        if known_numbers is None:
            known_numbers = inferred.numbers
        low = low[: inferred.limit]  # the attempts before the solution
        declared = inferred.declared
    if known_numbers is None:
        match = _GIVEN.search(low, 0, _PROMPT_CHARS)  # numbers the completion restates
        if match is not None:
            known_numbers = tuple(int(n) for n in re.findall(r"[0-9]+", match.group(1)))
            declared = False
    plain, shifts = _plain(low)
    steps = _reused(plain, _steps(plain))
    if declared and known_numbers is None:
        # the attempt declared a success used the given numbers ("x = 1: 1 * 2 + 3 = 5. x =
        # 2: 2 * 2 + 3 = 7. it works." tries values of x, not numbers: 1 is not given)
        known_numbers = _success_numbers(steps, len(plain))
        if known_numbers is None:
            return [], []
    allowed = None if known_numbers is None else Counter(known_numbers)
    goals = _goal_events(plain, steps, known_target, allowed, goal_phrases, shifts)
    if allowed is None or known_target not in allowed:
        # goal-side arithmetic (88 / 8 = 11, what is left to make) is never an attempt
        steps = _without_goal_side(plain, steps, known_target)
    if len(steps) < 2:
        return [], goals
    attempts = _attempts(steps, known_numbers)
    events: list[AttemptEvent] = []
    phrase_starts = [start for start, _ in phrases]
    for number, (a, b) in enumerate(pairwise(attempts), start=2):
        last = a.steps[-1]
        first = b.steps[0]
        if last.result == known_target or last.start >= first.start:
            continue
        if not (_restarts(a, b, allowed) and _different(a, b)) or _builds_on(plain, a, b, allowed):
            continue
        if _phrase_between(
            phrase_starts, phrases, _back(last.start, shifts), _back(first.end, shifts)
        ):
            continue
        events.append(_attempt_event(plain, shifts, number, a, b, known_target))
    return events, goals


def _attempt_event(
    plain: str,
    shifts: list[tuple[int, int]],
    number: int,
    a: _Attempt,
    b: _Attempt,
    target: int | None,
) -> AttemptEvent:
    """The event of attempt ``b`` (the ``number``-th) after ``a``, in the lowercased text."""
    last, first = a.steps[-1], b.steps[0]
    spans = tuple(sorted((s.start, s.end) for s in (*a.steps, *b.steps)))
    if shifts:
        spans = tuple((_back(start, shifts), _back(end, shifts)) for start, end in spans)
    return AttemptEvent(
        number,
        " ".join(plain[last.start : last.end].split()),
        last.result,
        target,
        _back(first.start, shifts),
        _back(first.end, shifts),
        spans,
        _identity(b),
    )


#: Numbers an attempt uses at least (given numbers, not its own results) for rule 6.
UNTARGETED_NUMBERS = 3


def _complete(attempt: _Attempt, allowed: Counter[int] | None) -> bool:
    """Rule 6: every step true, one final value, at least 3 numbers (of the given ones)."""
    if len(attempt.open_results) != 1 or sum(attempt.given.values()) < UNTARGETED_NUMBERS:
        return False
    if allowed is not None and any(count > allowed[n] for n, count in attempt.given.items()):
        return False
    return all(step.value == step.result for step in attempt.steps)


def _untargeted(
    low: str,
    phrases: Sequence[tuple[int, int]],
    goal_phrases: Sequence[tuple[int, int]],
    numbers: tuple[int, ...] | None,
) -> tuple[list[AttemptEvent], list[GoalEvent]]:
    """Rules 6 and 7 (no target known): the same numbers again, and the final value's goals."""
    if "=" not in low and " is " not in low and "gives" not in low and "makes" not in low:
        return [], []  # no step can be read (the words of every worded result but the rarest)
    if "$" in low or "\\(" in low or "\\[" in low:
        # LaTeX mathematics: combinations of one set of numbers there are cases of an
        # analysis (every MATH-500 text this rule read otherwise), not Countdown attempts
        return [], []
    plain, shifts = _plain(low)
    # the numbers as written: "91 - 37 = 54, 54 - 5 = 49. 91 - 37 + 5 = 59" starts again from
    # 91, 37 and 5 (rule 2 would read the second as 54 and 5, a sub-result reused)
    steps = _steps(plain)
    allowed = None if numbers is None else Counter(numbers)
    answer = _answer_line(plain, allowed) if "answer" in plain[-SOLUTION_CHARS:] else None
    if answer is not None:  # "answer: 6 * (10 - 2)": its value is the goal
        goal, operands, at = answer
        before = [step for step in steps if step.start < at]
        goals = _goals_before(plain, shifts, before, goal, Counter(operands), at, goal_phrases)
    else:
        goals = []
    if not steps:
        return [], goals
    attempts = _attempts(steps, numbers)
    if answer is None:
        goals = _final_goals(plain, shifts, steps, attempts, allowed, goal_phrases)
    if len(steps) < 2:
        return [], goals
    return _same_again(plain, shifts, steps, attempts, allowed, phrases, numbers), goals


def _final_goals(
    plain: str,
    shifts: list[tuple[int, int]],
    steps: list[_Step],
    attempts: list[_Attempt],
    allowed: Counter[int] | None,
    goal_phrases: Sequence[tuple[int, int]],
) -> list[GoalEvent]:
    """Rule 7: the goal is the value of the text's final complete attempt; its decompositions.

    The last step of the text must end a complete attempt (rule 6: every step true, one
    final value, at least :data:`UNTARGETED_NUMBERS` numbers, not only sums or only
    products); its value is the goal and its numbers the given ones. Only what comes before
    the first step that reaches the goal is read (a decomposition after it restates or checks
    the answer), with rule 5's conditions: a decomposition of the goal leaving a value that is
    not a given number, then work making that value from the given numbers.
    """
    last = steps[-1]
    goal = last.result
    needle = str(goal)
    at = plain.find(needle, 0, last.start)
    if at < 0:
        return []  # the goal is not written before its final step (most real texts)
    for step in steps:  # loops, not generators: most texts stop at these cheap tests
        if step is last:
            break
        if step.operands[0] == goal or step.result == goal:
            break  # "88 / 8 = 11", "8 * 9 = 72": the goal as a first operand, or reached
    else:
        # a decomposition needs "goal =" or "goal is" before the goal is reached
        for _ in range(_GOAL_OCCURRENCES):  # occurrences read, as rule 5 reads them
            rest = plain[at + len(needle) : at + len(needle) + 4].lstrip(" \t")
            if rest[:1] == "=" or rest[:2] == "is":
                break
            at = plain.find(needle, at + 1, last.start)
            if at < 0:
                return []
        else:
            return []
    final = None
    for attempt in attempts:
        if attempt.steps[-1] is last:
            final = attempt
            break
    if final is None or not _complete(final, allowed):
        return []
    if goal in final.given or len(_signs(plain, final)) < 2:
        # the goal is a number it uses ("2 + 3 - 3 = 2"), or a pure product or sum: its
        # decompositions factorise or partition ("24 = 2 * 12, 12 = 3 * 4, 2 * 3 * 4 = 24")
        return []
    return _goals_before(plain, shifts, steps, goal, Counter(final.given), last.start, goal_phrases)


def _goals_before(
    plain: str,
    shifts: list[tuple[int, int]],
    steps: list[_Step],
    goal: int,
    given: Counter[int],
    limit: int,
    goal_phrases: Sequence[tuple[int, int]],
) -> list[GoalEvent]:
    """Rule 5's events towards ``goal`` before it is first reached (and before ``limit``)."""
    # what comes before the goal is first reached (from the given numbers and results made
    # earlier): a decomposition after that restates or checks the answer
    end = limit
    made: set[int] = set()
    for step in steps:
        if step.start >= limit:
            break
        if step.result == goal and all(v in given or v in made for v in step.operands):
            end = step.start
            break
        made.add(step.result)
    if plain.find(str(goal), 0, end) < 0:
        return []
    kept = _reused(plain, [step for step in steps if step.end <= end])
    return _goal_events(plain[:end], kept, goal, given, goal_phrases, shifts)


# A final answer line without "= N" or tags: "answer: 6 * (10 - 2)", "**answer:** 7 * (12 - 3)."
_ANSWER_LINE = lazy_compile(
    r"answer(?:[ \t]*\*\*)?(?:[ \t]+is)?[ \t]*:?[ \t]*(?:\*\*[ \t]*)?"
    r"([0-9(][0-9 \t()+*/\u00d7\u00f7\u2212-]{2,120}?)"
    r"[ \t]*(?:\*\*)?[ \t]*[.!]?[ \t]*(?:\n|$)"
)


def _answer_line(
    plain: str, allowed: Counter[int] | None
) -> tuple[int, tuple[int, ...], int] | None:
    """The value, numbers and position of a final answer line holding arithmetic (rule 7).

    The last "answer" of the last :data:`SOLUTION_CHARS` characters, followed by an
    expression over at least :data:`UNTARGETED_NUMBERS` integers (not only sums nor only
    products) that ends its line; ``None`` otherwise.
    """
    at = plain.rfind("answer", max(0, len(plain) - SOLUTION_CHARS))
    match = _ANSWER_LINE.match(plain, at) if at >= 0 else None
    if match is None:
        return None
    content = match.group(1)
    signs = set(content.translate(_TRANSLATE)) & _SIGNS
    if len(signs) < 2:
        return None  # one operation only (a total, a factorisation), as for a final attempt
    solved = _solution_value(content)
    if solved is None or len(solved[1]) < UNTARGETED_NUMBERS or solved[0] in solved[1]:
        return None
    operands = Counter(solved[1])
    if allowed is not None and any(count > allowed[n] for n, count in operands.items()):
        return None
    return solved[0], solved[1], at


def _same_again(
    plain: str,
    shifts: list[tuple[int, int]],
    steps: list[_Step],
    attempts: list[_Attempt],
    allowed: Counter[int] | None,
    phrases: Sequence[tuple[int, int]],
    numbers: tuple[int, ...] | None,
) -> list[AttemptEvent]:
    """Rule 6's events: complete attempts over the same numbers to different values."""
    events = _same_numbers(plain, shifts, attempts, allowed, phrases)
    if events or numbers is not None:
        return events
    # "30 - 6 = 24, 24 / 4 = 6. 30 / 6 = 5, 5 * 4 = 20": the second chain reads as going on
    # from the 6 it makes, using 30 again; with the numbers of the first complete chain as the
    # given ones, it starts again (rule 3 reads a result equal to a given number so)
    guessed = _restarted_numbers(attempts)
    if guessed is None:
        return events
    regrouped = _attempts(steps, guessed)
    # not a total of the numbers (GSM8K: "25 / 5 = 5, 5 / 1 = 5. 25 + 5 + 1 = 31 pens")
    regrouped = [a for a in regrouped if _signs(plain, a) != {"+"}]
    return _same_numbers(plain, shifts, regrouped, Counter(guessed), phrases)


def _restarted_numbers(attempts: list[_Attempt]) -> tuple[int, ...] | None:
    """The numbers of the first attempt that goes on past a complete state by reusing one.

    Complete: one open result, every step true, at least :data:`UNTARGETED_NUMBERS` numbers;
    the next step then takes one of those numbers again (a restart read as a continuation).
    """
    for attempt in attempts:
        if len(attempt.steps) < 2 or sum(attempt.given.values()) <= UNTARGETED_NUMBERS:
            continue  # a complete state and a number taken again need more
        given: Counter[int] = Counter()
        open_results: list[int] = []
        complete: Counter[int] | None = None
        for step in attempt.steps:
            if step.value != step.result:
                break
            fresh = []
            for value in step.operands:
                if value in open_results:
                    open_results.remove(value)
                else:
                    fresh.append(value)
            if complete is not None:
                if any(complete[value] for value in fresh):
                    return tuple(sorted(complete.elements()))
                break
            given.update(fresh)
            open_results.append(step.result)
            if len(open_results) == 1 and sum(given.values()) >= UNTARGETED_NUMBERS:
                complete = given
    return None


def _same_numbers(
    plain: str,
    shifts: list[tuple[int, int]],
    attempts: list[_Attempt],
    allowed: Counter[int] | None,
    phrases: Sequence[tuple[int, int]],
) -> list[AttemptEvent]:
    """Rule 6's events among ``attempts``: complete, the same numbers, different values."""
    latest: dict[tuple[int, ...], _Attempt] = {}  # the last complete attempt over each multiset
    events: list[AttemptEvent] = []
    phrase_starts = [start for start, _ in phrases]
    for number, b in enumerate(attempts, start=1):
        if not _complete(b, allowed):
            continue
        used = tuple(sorted(b.given.elements()))
        a = latest.get(used)
        latest[used] = b
        if a is None:
            continue
        last, first = a.steps[-1], b.steps[0]
        if last.result == b.steps[-1].result or last.end > first.start:
            continue  # the same value (restated, checked, rearranged), or not one after the other
        if _sum_and_product(plain, a, b):
            continue
        if _phrase_between(
            phrase_starts, phrases, _back(last.start, shifts), _back(first.end, shifts)
        ):
            continue
        events.append(_attempt_event(plain, shifts, number, a, b, None))
    return events


def _sum_and_product(plain: str, a: _Attempt, b: _Attempt) -> bool:
    """One only adds and the other only multiplies: two measures of a set, not two attempts.

    ``6 * 2 * 7 = 84 and a sum of 6 + 2 + 7 = 15`` describes {6, 2, 7}; it tries nothing.
    """
    signs = [_signs(plain, attempt) for attempt in (a, b)]
    return len(signs[0]) == len(signs[1]) == 1 and signs[0] | signs[1] == {"+", "*"}


def _signs(plain: str, attempt: _Attempt) -> set[str]:
    """The operators an attempt's steps use (``x``, ``×`` and ``·`` read as ``*``)."""
    signs: set[str] = set()
    for step in attempt.steps:
        signs.update(plain[step.start : step.expression_end].translate(_TRANSLATE))
    return signs & _SIGNS


def _success_numbers(steps: list[_Step], end: int) -> tuple[int, ...] | None:
    """The numbers of the attempt whose step ending at ``end`` is declared a success."""
    for attempt in _attempts(steps, None):
        if any(step.end == end for step in attempt.steps):
            numbers = tuple(sorted(attempt.given.elements()))
            return numbers if len(numbers) >= 2 else None
    return None


def _sign(plain: str, step: _Step) -> str:
    """The operator of a binary step, as written (``""`` for a longer expression)."""
    if len(step.operands) != 2:
        return ""
    return "".join(plain[step.start : step.expression_end].split()).strip("()0123456789")


_MINUS = ("-", "\u2212", "\u2013")
_DIVIDE = ("/", "\u00f7")


def _goal_side(plain: str, step: _Step, goal: int) -> bool:
    """``goal - a`` or ``goal / a``: what is left to make, before any step has made ``goal``."""
    return step.operands[0] == goal and _sign(plain, step) in (*_MINUS, *_DIVIDE)


def _without_goal_side(plain: str, steps: list[_Step], target: int) -> list[_Step]:
    """The steps that are not goal-side arithmetic on the target (rule 2)."""
    kept: list[_Step] = []
    made = False  # once a step has made the target, "target - a" goes on from that result
    for step in steps:
        if not made and step.operands[0] == target and _goal_side(plain, step, target):
            continue
        made = made or step.result == target
        kept.append(step)
    return kept


# An operator of a goal's decomposition: a sign, or a word ("18 is 3 times 6").
_GOAL_OPERATOR = rf"(?:{_OPERATOR}|[ \t]{{1,3}}(?:times|plus|minus)(?=[ \t]))"
# "72 = 8 * 9", "18 is 3 times 6": a goal value, "=" or "is", then an expression that does
# not go on ("= 72", "+ 1").
_GOAL_EXPRESSION = lazy_compile(
    # (tenth session: "88 splits as 4 * 22", "22 is just 25 - 3", "96 factors as 8 * 12")
    rf"(?:[ \t]{{0,3}}=|[ \t]{{1,3}}(?:is(?:[ \t]{{1,3}}(?:just|simply|exactly|really))?"
    rf"|(?:splits|factors|breaks)[ \t]{{1,3}}(?:as|into)|can[ \t]{{1,3}}be[ \t]{{1,3}}written"
    rf"[ \t]{{1,3}}as)(?=[ \t]))[ \t]{{0,3}}"
    rf"((?:\([ \t]{{0,3}}){{0,32}}{_NUMBER}(?![0-9])"
    rf"(?:(?:[ \t]{{0,3}}\)){{0,32}}{_GOAL_OPERATOR}"
    rf"(?:[ \t]{{0,3}}\(){{0,32}}[ \t]{{0,3}}{_NUMBER}(?![0-9])){{1,12}}"
    rf"(?:[ \t]{{0,3}}\)){{0,32}})"
    r"(?![ \t]{0,3}(?:[0-9=(^]|[-+*/\u00d7\u00b7\u00f7\u2212\u2013][ \t]{0,3}[0-9(])|[.,][0-9])"
)
_GOAL_BEFORE = frozenset("0123456789abcdefghijklmnopqrstuvwxyz_.^\\{}-=+*/\u2212")
#: Goal equations read per goal value, and backward-chaining events per text, at most.
MAX_GOALS = 40
#: Occurrences of a goal value read per search for ``goal = ...`` (a text full of "1"s).
_GOAL_OCCURRENCES = 2000


# The goal related to a number in words, after it: "58 is double 29", "46 is 4 short of 50",
# "21 is 3 more than 18", "12 is half of 24" (the goal first; what it leaves is read as for
# ``58 = 2 * 29``, ``46 = 50 - 4``).
_WORDED_GOAL = lazy_compile(
    rf"[ \t]{{1,3}}is[ \t]{{1,3}}(?:(double|twice|triple|thrice|half[ \t]{{1,3}}of)[ \t]{{1,3}}"
    rf"({_NUMBER})|({_NUMBER})[ \t]{{1,3}}(short[ \t]{{1,3}}of|less[ \t]{{1,3}}than|more"
    rf"[ \t]{{1,3}}than|below|above|under|over)[ \t]{{1,3}}({_NUMBER}))(?![0-9]|[.,][0-9])"
)
_SIGN_WORD = lazy_compile(r"times|plus|minus")
_WORD_SIGN = {"times": "*", "plus": "+", "minus": "-"}


def _sign_of_word(match: re.Match[str]) -> str:
    return _WORD_SIGN[match.group()]


def _worded_goal(match: re.Match[str]) -> tuple[Fraction | int, tuple[int, ...]]:
    """The value and numbers of a :data:`_WORDED_GOAL` relation (``double 29``: 58, (2, 29))."""
    word, number, amount, relation, base = match.groups()
    if word is not None:
        n = int(number)
        if word.startswith("half"):
            return Fraction(n, 2), (n, 2)
        factor = 2 if word in ("double", "twice") else 3
        return factor * n, (factor, n)
    a, b = int(amount), int(base)
    if relation.startswith(("more", "above", "over")):
        return b + a, (b, a)
    return b - a, (b, a)


class _Goal(NamedTuple):
    """An equation that decomposes a goal value: what is left to make."""

    start: int
    end: int
    sought: tuple[int, ...]  # the intermediate values it leaves to make


def _goal_left(
    plain: str, goal: int, begin: int, *, chained: bool = False
) -> list[tuple[int, int, Fraction | int, tuple[int, ...]]]:
    """Every ``goal = expression`` from ``begin`` on: (start, end, value, numbers).

    ``chained``: also right after an ``=`` (``73 - 1 = 72 = 6 * 12``: the value sought, just
    derived from the target, decomposed at once); only for a value already sought (rule 5's
    work), never for the target itself (``8 * (12 - 3) = 72 = ...`` is an answer going on).
    """
    found: list[tuple[int, int, Fraction | int, tuple[int, ...]]] = []
    needle = str(goal)
    at = plain.find(needle, begin)
    for _ in range(_GOAL_OCCURRENCES):  # occurrences of the goal read, equations or not
        if at < 0 or len(found) >= MAX_GOALS:
            break
        after = at + len(needle)
        if (at == 0 or plain[at - 1] not in _GOAL_BEFORE) and (
            after == len(plain) or not plain[after].isdigit()
        ):
            # right after an "=" only when chained ("73 - 1 = 72 = 6 * 12")
            blocked = not chained and plain[max(0, at - 4) : at].rstrip(" \t").endswith("=")
            match = None if blocked else _GOAL_EXPRESSION.match(plain, after)
            if match is not None and match.end() - at <= MAX_STEP_CHARS:
                expression = match.group(1)
                if "t" in expression or "s" in expression:  # times, plus, minus
                    expression = _SIGN_WORD.sub(_sign_of_word, expression)
                evaluated = _evaluate(expression)
                if evaluated is not None:
                    found.append((at, match.end(), evaluated[0], evaluated[1]))
            elif match is None and not blocked:
                worded = _WORDED_GOAL.match(plain, after)
                if worded is not None:
                    found.append((at, worded.end(), *_worded_goal(worded)))
        at = plain.find(needle, after)
    return found


def _decompositions(
    plain: str,
    steps: list[_Step],
    goal: int,
    allowed: Counter[int] | None,
    begin: int,
    *,
    forwards: bool = True,
) -> list[_Goal]:
    """The equations from ``begin`` on that leave something to make towards ``goal`` (rule 5).

    ``forwards``: also a step reaching ``goal`` from a given number and a value not yet made
    (``8 * 9 = 72``); not as work towards a value sought (every step with an operand not
    given would be work then).
    """
    goals: list[_Goal] = []
    for start, end, value, leaves in _goal_left(plain, goal, begin, chained=not forwards):
        if value != goal:
            continue
        if allowed is not None:
            sought = tuple(v for v in leaves if v not in allowed and v != goal)
            if sought and len(sought) < len(leaves):
                goals.append(_Goal(start, end, sought))
            elif forwards and len(leaves) == 2 == len(sought):
                # both parts still to make: "since 24 = 3 * 8, produce a 3 and an 8", neither
                # given; each counts when work towards it follows (_goal_events)
                goals.append(_Goal(start, end, sought))
        else:
            # without the numbers, a leaf is sought when a later step makes it
            later = {s.result for s in steps if s.start >= end}
            sought = tuple(v for v in leaves if v in later and v != goal)
            if sought and len(sought) < len(leaves):
                goals.append(_Goal(start, end, sought))
            elif forwards and len(leaves) == 2 == len(sought):
                # (sixteenth session) both parts made later, as with the numbers known: "42 =
                # 21 * 2. two pieces to build then", then "12 + 9 = 21", "6 / 3 = 2"
                goals.append(_Goal(start, end, sought))
    if allowed is not None and forwards and ("divided by" in plain or "minus" in plain):
        goals += _worded_goal_side(plain, steps, goal, allowed, begin)
    earlier: set[int] = set()
    for step in steps:
        operands = step.operands
        if (
            step.start >= begin
            and len(operands) == 2
            and operands[0] == goal
            and goal not in earlier
        ):
            other, result = operands[1], step.result
            sign = _sign(plain, step)
            fits = (sign in _MINUS and step.value == goal - other) or (
                sign in _DIVIDE and other and step.value == Fraction(goal, other)
            )
            # the other operand given, or (sixteenth session) a value made before: the gap a
            # made value leaves, "12 * 3 = 36 ... 47 - 36 = 11", sought when work towards it
            # follows (not "289 - 253 = 36 shy" after a failed attempt: nothing makes the 36);
            # without the numbers known, any
            given = allowed is None or other in allowed or other in earlier
            new = result not in allowed if allowed is not None else result != other
            if fits and given and new and step.value == result and result not in (goal, 0):
                goals.append(_Goal(step.start, step.end, (result,)))
        elif (
            forwards
            and allowed is not None
            and step.start >= begin
            and len(operands) == 2
            and operands[1] == goal
            and goal not in earlier
            and _sign(plain, step) in _MINUS
        ):
            # the gap from a given number down to the goal: "80 - 71 = 9" with 80 given and 9
            # not (80 - 9 = 71: a 9 is what is left to make)
            first, result = operands[0], step.result
            if (
                (first in allowed or first in earlier)  # (a made value's excess: sixteenth)
                and step.value == first - goal == result
                and result not in allowed
                and result not in (goal, 0)
            ):
                goals.append(_Goal(step.start, step.end, (result,)))
        elif (
            forwards
            and allowed is not None
            and step.start >= begin
            and len(operands) == 2
            and step.result == goal
            and step.value == goal
            and goal not in earlier
        ):
            # the goal reached from a value not yet made: "8 * 9 = 72" with 8 given and 9 not
            # (a decomposition written forwards; the work then makes the 9)
            missing = [v for v in operands if v not in allowed and v not in earlier]
            other = operands[1] if operands[0] in missing else operands[0]
            if len(missing) == 1 and missing[0] not in (goal, 0) and other in allowed:
                goals.append(_Goal(step.start, step.end, (missing[0],)))
        earlier.add(step.result)
    return sorted(goals)


# "91 divided by 7 is 13", "65 minus 7 leaves 58": the goal as a first operand, in words.
_WORDED_GOAL_SIDE = lazy_compile(
    r"[ \t]{1,3}(divided[ \t]{1,3}by|minus)[ \t]{1,3}([0-9]{1,12})(?![0-9])[ \t]{0,3}"
    r"(?:=|(?:is|gives|leaves|equals|makes)(?=[ \t]))[ \t]{0,3}([0-9]{1,12})(?![0-9]|[.,][0-9])"
)


def _worded_goal_side(
    plain: str, steps: list[_Step], goal: int, allowed: Counter[int], begin: int
) -> list[_Goal]:
    """Rule 5's goal-side decomposition written in words, before any step has made the goal.

    ``91 divided by 7 is 13`` with 7 given and 13 not: 13 is left to make (correct only).
    """
    made = next((step.start for step in steps if step.result == goal), len(plain))
    found: list[_Goal] = []
    needle = str(goal)
    at = plain.find(needle, begin, made)
    for _ in range(_GOAL_OCCURRENCES):
        if at < 0 or len(found) >= MAX_GOALS:
            break
        after = at + len(needle)
        if at == 0 or plain[at - 1] not in _GOAL_BEFORE:
            match = _WORDED_GOAL_SIDE.match(plain, after)
            if match is not None:
                other, result = int(match.group(2)), int(match.group(3))
                fits = (
                    goal - other == result
                    if match.group(1) == "minus"
                    else other != 0 and goal == other * result
                )
                if fits and other in allowed and result not in allowed and result not in (0, goal):
                    found.append(_Goal(at, match.end(), (result,)))
        at = plain.find(needle, after, made)
    return found


def _goal_events(
    plain: str,
    steps: list[_Step],
    target: int,
    allowed: Counter[int] | None,
    phrases: Sequence[tuple[int, int]],
    shifts: list[tuple[int, int]],
) -> list[GoalEvent]:
    """Rule 5: decompositions of the target followed by work towards what they leave."""
    if str(target) not in plain:
        return []
    events: list[GoalEvent] = []
    phrase_starts = [start for start, _ in phrases]
    tried: set[int] = set()
    for goal in _decompositions(plain, steps, target, allowed, 0):
        for value in goal.sought:
            if len(events) >= MAX_GOALS or len(tried) >= 2 * MAX_GOALS:
                return events
            if value in tried or any(
                step.result == value for step in steps if step.start < goal.start
            ):
                continue  # sought already (work after a later equation is work after this
                # one), or made before: a summary, not a goal
            tried.add(value)
            work = _work(plain, steps, value, target, allowed, goal.end)
            if work is None:
                continue
            start, end = _back(goal.start, shifts), _back(goal.end, shifts)
            if _phrase_between(phrase_starts, phrases, max(0, start - 60), _back(work[1], shifts)):
                continue
            events.append(
                GoalEvent(
                    " ".join(plain[goal.start : goal.end].split()),
                    value,
                    target,
                    start,
                    end,
                    ((start, end), (_back(work[0], shifts), _back(work[1], shifts))),
                )
            )
    return events


def _work(
    plain: str,
    steps: list[_Step],
    value: int,
    target: int,
    allowed: Counter[int] | None,
    after: int,
) -> tuple[int, int] | None:
    """The span of the first work towards ``value`` after ``after`` (``None``: none).

    Work is a step making it (with the numbers known, from given numbers and results of
    earlier steps), the value written as what makes it (``22 = 25 - 3``), or a decomposition
    of it in turn (``9 - 4 = 5``).
    """
    earlier: set[int] = set()
    for step in steps:
        if (
            step.start >= after
            and step.result == value
            and target not in step.operands
            # with the numbers known, Countdown work: from given numbers and earlier results
            and (allowed is None or all(v in allowed or v in earlier for v in step.operands))
        ):
            return step.start, step.end
        earlier.add(step.result)
    # (from the value itself when the decomposition ends with it: "73 - 1 = 72 = 6 * 12")
    needle = str(value)
    written = after - len(needle) if plain.endswith(needle, 0, after) else after
    for start, end, made, _ in _goal_left(plain, value, written, chained=True):
        if made == value:  # "22 = 25 - 3": the value written as what makes it
            return start, end
    nested = _decompositions(plain, steps, value, allowed, after, forwards=False)
    return (nested[0].start, nested[0].end) if nested else None


def _phrase_between(
    starts: list[int], phrases: Sequence[tuple[int, int]], low_end: int, high_end: int
) -> bool:
    k = bisect.bisect_left(starts, low_end)
    return k < len(phrases) and phrases[k][0] < high_end
