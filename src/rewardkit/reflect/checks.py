r"""Verification read from the shape of the work: checks of a computed value (issue 19).

A structural detector, like :mod:`rewardkit.reflect.attempts` for Countdown. The phrase
families of :func:`rewardkit.behaviors` see a check that names itself ("let me verify",
"plugging it back in"); these rules see a value the text computed and then *checks*, without
naming the check. On the lowercased, normalised text:

1. **A verdict on a computed value.** A value computed or stated (after ``=``, "is",
   "gives", "makes", "equals", "get", "that's") followed at once, in the same or the next
   clause, by a verdict of a closed generic class: over / under / short (optionally "two
   over", "just short"), "too big" and its kin, "exactly what", "spot on", "that's it", "not
   it", "bingo", "yes", "yep", "nope", "good", "perfect", "correct", "wrong", "works",
   "holds", "checks out", "matches", "consistent", "lands on it", "neither works" (after "81
   or 87"); the verdict must end its clause: ``"21 + 5 = 26, two over."``, ``"= 3^2, so the
   pattern holds"``, ``"(6 + 5) * 4 = 44 — bingo"``. A computed value restated at once as a
   sentence's subject with a verdict is one too: ``"95 - 11 = 84. 84 is exactly what we
   wanted"``. Not a verdict: "= 26 over 3" (a fraction), "f(x) = 0 holds for all x" (the
   verdict word does not end its clause), "So the answer is 47. 47." (no verdict).
2. **A yes/no question about a value, answered with evidence.** A question opening with an
   auxiliary ("is", "does", "can", ...) whose subject is a number, or a pronoun ("is it
   consistent?") standing for the value the sentence before computed, followed within
   :data:`ANSWER_CHARS` characters by an equation that contains that number (``"Does 42 really
   divide both? 84 = 2 * 42 ..."``), when the number was computed or proposed in the
   :data:`EARLIER_CHARS` characters before the question (``"= 42"``) or the answer opens
   with a verdict ("yes", "no", ...: ``"wait is 91 prime? no, 91 = 7*13"``). Not one: a
   question about the problem answered in words ("Is x = 0 allowed? No, x must be
   positive."), an open question ("What is 12 * 3? 12 * 3 = 36.").
3. **A recomputation.** The same true arithmetic fact (operands, operation and result:
   ``9 * 5 = 45``, ``9 times 5 is 45``, a chained ``..., plus 2 makes 47``) stated twice, the
   second time written differently (another operator spelling or operand order, words for
   signs): ``"9 * 5 = 45 and 45 + 2 = 47. Going through it once more: 9 times 5 is 45, plus
   2 makes 47"``. A fact copied verbatim (a summary that repeats an equation) is not one, nor
   a fact whose numbers are all below 4.

Counting only: :func:`rewardkit.behaviors` (and ``profile``) count these events; the
``cognitive_behaviors`` reward does not (its events go through the phrase rules: follow-up
content, anti-stuffing). Bounded: at most :data:`MAX_EVENTS` events, :data:`MAX_QUESTIONS`
questions and :data:`MAX_FACTS` facts are read, every regex has bounded repetitions; a text
without ``=``, "is", "gives", "makes", "equals" or "?" costs one substring test per rule.
"""

from __future__ import annotations

import re
from fractions import Fraction

from rewardkit._lazy import lazy_compile

__all__ = ["MAX_EVENTS", "verification_checks"]

#: Events returned at most per text.
MAX_EVENTS = 64
#: Questions read at most per text (rule 2).
MAX_QUESTIONS = 64
#: Arithmetic facts read at most per text (rule 3).
MAX_FACTS = 400
#: Characters after a question in which its evidence must start (rule 2).
ANSWER_CHARS = 200
#: Characters before a question in which its number must have been computed (rule 2).
EARLIER_CHARS = 600

# a value: 42, -3, 2.5, 3/4, 4^2, \frac{1}{3}, optionally in $...$ or \( ... \)
_VALUE = (
    r"(?:\\frac\{-?\d{1,12}\}\{\d{1,12}\}|-?\d{1,12}(?:\.\d{1,12})?(?:\^\d{1,3}|/\d{1,12})?)"
    r"(?:\s?\\?pi)?"
)
_CLAUSE_END = r"(?=\s{0,3}(?:[.,;:!)—–]|-{1,2}|\\\)|\$|$|\n| and | but | so ))"
_VERDICT = (
    r"(?:(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,4}|a bit|a little"
    r"|just|slightly|way|still) )?(?:over|under|short)"
    r"|too (?:big|small|high|low|large|much|many|few)"
    r"|that(?:'s| is|s) (?:it|the one)|not it|bingo|yes|yep|nope|good|perfect|correct|wrong"
    r"|works|holds|checks out|matches|consistent|lands on (?:it|the target))"
    + _CLAUSE_END
    # verdicts that need no clause end
    + r"|exactly (?:what|the (?:target|goal|number))|spot on"
    r"|neither (?:works|of (?:which|them|those)|one works|does))"
)
# rule 1: a computed value, then a verdict ending its clause
_VERDICT_AFTER = lazy_compile(
    r"(?:=|\b(?:is|gives|makes|equals|get|got|that's|thats))\s{0,3}(?:\$|\\\()?\s{0,2}"
    + _VALUE
    + r"(?:\s{0,2}(?:or|and)\s{0,2}"
    + _VALUE
    + r")?\s{0,2}(?:\\\)|\$)?\s{0,3}(?:[.,;:!]|—|–|-{1,2})?\s{0,3}"
    r"(?:(?:which|and that|so that|so it|so this|so the [a-z]{1,20}|so)\s(?:is\s|'s\s)?"
    r"|that(?:'s|s| is)\s|it(?:'s| is)\s)?" + _VERDICT
)
# rule 1: "= 84. 84 is exactly what we wanted"
_RESTATED = lazy_compile(
    r"=\s{0,3}(-?\d{1,12})\s{0,2}[.,;]?\s{1,3}\1,?\s(?:is |it is )?"
    r"(?:exactly|precisely|indeed|right on|what we (?:want|need)|the target)"
)
# rule 2: a yes/no question (a sentence opening with an auxiliary, ending in "?")
_QUESTION = lazy_compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n))\s{0,3}(?:(?:wait|but|so|and|hmm|ok|okay|now),?\s{1,3})?"
    r"((?:is|are|does|do|did|was|were|can|could|will|would|should|has|have)\s[^.?!\n]{1,120})"
    r"\?"
)
_EXISTENCE = lazy_compile(r"(?:is|are|was|were) there\b")
_PRONOUN = lazy_compile(r"[a-z']{2,7}\s(?:it|that|this|they|these)\b")
_NUMBER = lazy_compile(r"(?<![\w.^])-?\d{1,12}(?![\w^])")
_OPENING_VERDICT = lazy_compile(
    r"\s{0,3}(?:yes|no|yep|nope|yeah|indeed|not quite|it does|it is|it doesn't|it isn't)\b"
)
_ARITHMETIC = lazy_compile(r"=|\\equiv")
_COMPUTED_FORM = r"(?:=|\bis|\bgives|\bget|\bmakes|\bequals|\bbe)\s{{0,3}}\$?\s{{0,2}}{}(?![\w.^])"
_SENTENCE_VALUE = lazy_compile(r"(?:=|\bis|\bgives|\bget)\s{0,3}\$?\s{0,2}(-?\d{1,12})(?![\w.^])")
# rule 3: an arithmetic fact, digits with a sign or a word, its result after "=" or a verb
_SIGN = (
    r"\+|-|\*|×|·|÷|/|\\times|\\cdot|\\div|(?<=\s)x(?=\s)|plus|minus|times|multiplied by"
    r"|divided by"
)
_FACT = lazy_compile(
    r"(?<![\w.^/\\])(\d{1,12})\s{0,2}(" + _SIGN + r")\s{0,2}(\d{1,12})\s{0,2}"
    r"(=|is|equals|makes|gives)\s{0,2}(\d{1,12})(?![\w.^/])"
)
_CHAINED = lazy_compile(
    r"(?:\s{1,3}|,|\.|\band\b|\bthen\b){0,6}(?:(\d{1,12})\s{0,2})?(" + _SIGN + r")\s{0,2}"
    r"(\d{1,12})\s{0,2}(?:=|is|equals|makes|gives)\s{0,2}(\d{1,12})(?![\w.^/])"
)
_SIGNS = {
    "+": "+", "plus": "+", "-": "-", "minus": "-", "*": "*", "×": "*", "·": "*", "x": "*",
    "\\times": "*", "\\cdot": "*", "times": "*", "multiplied by": "*", "/": "/", "÷": "/",
    "\\div": "/", "divided by": "/",
}  # fmt: skip
_Fact = tuple[str, int, int, int]


def verification_checks(
    low: str, phrases: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of the structural verification events of ``low`` (rules 1-3 of the module).

    Args:
        low: the lowercased, normalised text.
        phrases: spans the phrase families already count as verification; an event that
            overlaps one is not returned again.

    Returns:
        The events' ``(start, end)`` spans, in order, at most :data:`MAX_EVENTS`; never
        raises.

    Examples:
        >>> text = "7 * 3 = 21, 21 + 5 = 26, two over. does 26 work? no, 26 = 24 + 2."
        >>> [text[start:end] for start, end in verification_checks(text)]
        ['= 26, two over', 'does 26 work? no, 26 = 24 + 2.']
        >>> verification_checks("so the answer is 47. 47.")
        []
    """
    spans: list[tuple[int, int]] = []
    if "=" in low or "is" in low or "gives" in low or "makes" in low or "get" in low:
        spans.extend(_verdicts(low))
    if "?" in low:
        spans.extend(_questions(low))
    if "=" in low or " is " in low:
        spans.extend(_recomputations(low))
    if not spans:
        return []
    taken = sorted(phrases or ())
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if out and start < out[-1][1]:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end))
        if len(out) >= MAX_EVENTS:
            break
    return out


def _verdicts(low: str) -> list[tuple[int, int]]:
    """Rule 1: a computed value followed by a closed-class verdict."""
    spans: list[tuple[int, int]] = []
    for pattern in (_VERDICT_AFTER, _RESTATED):
        for match in pattern.finditer(low):
            spans.append(match.span())
            if len(spans) >= MAX_EVENTS:
                return spans
    return spans


def _questions(low: str) -> list[tuple[int, int]]:
    """Rule 2: a yes/no question about a computed value, answered with an equation."""
    spans: list[tuple[int, int]] = []
    for count, match in enumerate(_QUESTION.finditer(low)):
        if count >= MAX_QUESTIONS or len(spans) >= MAX_EVENTS:
            break
        question = match.group(1)
        if _EXISTENCE.match(question):
            continue  # "is there a smaller one?": a search, not a check of a value
        start, end = match.start(1), match.end()
        subjects = [n.group() for n in _NUMBER.finditer(question)][:4]
        before = low[max(0, start - EARLIER_CHARS) : start]
        if not subjects and _PRONOUN.match(question):
            last = None
            for value in _SENTENCE_VALUE.finditer(before[-200:]):
                last = value.group(1)
            subjects = [last] if last is not None else []
        if not subjects:
            continue
        answer = _answer(low, end)
        if _ARITHMETIC.search(answer) is None:
            continue
        opens = _OPENING_VERDICT.match(answer) is not None
        for subject in subjects:
            token = re.compile(r"(?<![\w.^])" + re.escape(subject) + r"(?![\w^])")
            if token.search(answer) is None:
                continue
            if opens or re.search(_COMPUTED_FORM.format(re.escape(subject)), before):
                spans.append((start, end + len(answer)))
                break
    return spans


def _answer(low: str, end: int) -> str:
    """The one or two sentences after a question (at most :data:`ANSWER_CHARS` characters)."""
    answer = low[end : end + ANSWER_CHARS]
    stops = [m.end() for m in re.finditer(r"[.!?;](?:\s|$)", answer)]
    return answer[: stops[1]] if len(stops) > 1 else answer


def _recomputations(low: str) -> list[tuple[int, int]]:
    """Rule 3: a chain of two true facts stated again, written differently."""
    seen: dict[_Fact, str] = {}
    spans: list[tuple[int, int]] = []
    facts = 0
    position = 0
    while facts < MAX_FACTS and len(spans) < MAX_EVENTS:
        match = _FACT.search(low, position)
        if match is None:
            break
        position = match.end()
        left, sign, right, result = match.group(1, 2, 3, 5)
        chain = [(left, sign, right, result, match.start(), match.end())]
        chained = _CHAINED.match(low, match.end())
        while chained is not None and len(chain) < 8:
            operand, sign, right, result = chained.groups()
            if operand is not None and operand != chain[-1][3]:
                break  # another computation, not this chain's next step
            # "9 * 5 = 45 and 45 + 2 = 47", "9 times 5 is 45, plus 2 makes 47"
            chain.append((chain[-1][3], sign, right, result, chained.start(), chained.end()))
            position = chained.end()
            chained = _CHAINED.match(low, position)
        facts += len(chain)
        again = 0
        for left, sign, right, result, start, end in chain:
            fact = _fact(left, sign, right, result)
            surface = "".join(low[start:end].split())
            if fact is None:
                again = 0
                continue
            earlier = seen.setdefault(fact, surface)
            again = again + 1 if earlier != surface else 0
            if again == 2:
                spans.append((chain[0][4], end))
                seen.clear()  # one event per recomputed chain
                break
    return spans


def _fact(left: str, sign: str, right: str, result: str) -> _Fact | None:
    """A true fact's key (operands of ``+`` and ``*`` sorted); ``None`` if false or trivial."""
    op = _SIGNS.get(sign)
    a, b, c = int(left), int(right), int(result)
    if op is None or max(a, b, c) < 4:
        return None
    if op == "+":
        true = a + b == c
    elif op == "-":
        true = a - b == c
    elif op == "*":
        true = a * b == c
    else:
        true = b != 0 and Fraction(a, b) == c
    if not true:
        return None
    if op in "+*" and a > b:
        a, b = b, a
    return op, a, b, c
