r"""Countdown: reach the target with each given number once, using + - * / and parentheses.

The equation is read from the completion only (never the prompt), from its last complete
``<answer>...</answer>`` block by default, and evaluated by a small recursive-descent parser
over exact :class:`fractions.Fraction` values: no ``eval``, no powers, bounded length and depth.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from rewardkit._lazy import lazy_compile
from rewardkit.errors import ConfigError
from rewardkit.reward import Reward, Sample

__all__ = [
    "CountdownScorer",
    "countdown_correct",
    "countdown_score",
    "evaluate_equation",
    "extract_equation",
]

#: Longest equation read (characters); longer ones are malformed.
MAX_EQUATION_LENGTH = 300
#: Deepest parenthesis nesting accepted.
MAX_DEPTH = 32
#: Most digits in one number of the equation.
MAX_NUMBER_DIGITS = 12
#: Default score of a well-formed equation that misses (TinyZero's recipe).
FORMAT_SCORE = 0.1

_TOKEN = lazy_compile(r"\s*(?:([0-9]+)|(.))", re.DOTALL)
_TRANSLATE = str.maketrans({"×": "*", "·": "*", "÷": "/", "−": "-", "–": "-", "\u2009": " "})
_RESULT = lazy_compile(r"\s*[0-9]+(?:\.0*)?\s*")


class _MalformedError(Exception):
    """The equation does not parse (internal; never escapes this module)."""


class _Parser:
    """Recursive descent over tokens; division by zero gives ``None`` (no value).

    Grammar: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
    factor := NUMBER | '(' expr ')'.
    """

    __slots__ = ("depth", "numbers", "position", "tokens")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0
        self.numbers: list[int] = []

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def expression(self) -> Fraction | None:
        value = self.term()
        while self.peek() in ("+", "-"):
            op = operator.add if self.tokens[self.position] == "+" else operator.sub
            self.position += 1
            right = self.term()
            value = None if value is None or right is None else op(value, right)
        return value

    def term(self) -> Fraction | None:
        value = self.factor()
        while self.peek() in ("*", "/"):
            divide = self.tokens[self.position] == "/"
            self.position += 1
            right = self.factor()
            if value is None or right is None or (divide and right == 0):
                value = None
            else:
                value = value / right if divide else value * right
        return value

    def factor(self) -> Fraction | None:
        token = self.peek()
        if token is None:
            raise _MalformedError
        self.position += 1
        if token == "(":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _MalformedError
            value = self.expression()
            if self.peek() != ")":
                raise _MalformedError
            self.position += 1
            self.depth -= 1
            return value
        if token.isdigit():
            if len(token) > MAX_NUMBER_DIGITS:
                raise _MalformedError
            self.numbers.append(int(token))
            return Fraction(int(token))
        raise _MalformedError


def _parse(equation: str) -> tuple[Fraction | None, list[int]] | None:
    """(value, numbers used), or None when malformed.

    The value is None when the expression divides by zero or its stated result is false.
    """
    if len(equation) > MAX_EQUATION_LENGTH:
        return None
    text = equation.translate(_TRANSLATE)
    stated = None
    if "=" in text:
        text, _, right = text.partition("=")
        if "=" in right or not _RESULT.fullmatch(right):
            return None
        stated = Fraction(right.strip())
    if not text.strip():
        return None
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        number, symbol = match.groups()
        if number is not None:
            tokens.append(number)
        elif symbol is not None and not symbol.isspace():
            if symbol not in "+-*/()":
                return None
            tokens.append(symbol)
    parser = _Parser(tokens)
    try:
        value = parser.expression()
    except _MalformedError:
        return None
    if parser.position != len(tokens):
        return None
    if stated is not None and value != stated:
        value = None
    return value, parser.numbers


def evaluate_equation(equation: str) -> Fraction | None:
    r"""Evaluate an arithmetic expression exactly, or return ``None``.

    Grammar: non-negative integers (at most 12 digits), binary ``+ - * /`` with the usual
    precedence and left associativity, and parentheses (at most 32 deep); ``×``, ``·``, ``÷``
    and the unicode minus are read as operators. No unary signs, no decimals, no powers
    (``**``, ``^``), nothing else. An optional ``= N`` after the expression (N a whole number)
    is allowed; when it is false (``1 + 1 = 3``) the equation has no value. At most 300
    characters.

    Args:
        equation: the equation text.

    Returns:
        The exact value; ``None`` when malformed, when it divides by zero or when its stated
        result is false.

    Examples:
        >>> evaluate_equation("(25 - 5) * 3 / 4")
        Fraction(15, 1)
        >>> evaluate_equation("7 / (3 - 3)") is None, evaluate_equation("2 ** 3") is None
        (True, True)
    """
    parsed = _parse(equation)
    return None if parsed is None else parsed[0]


def extract_equation(text: str, tag: str | None = "answer") -> str | None:
    r"""Return the equation of a Countdown completion.

    With a ``tag``, the content of the last complete ``<tag>...</tag>`` block; with
    ``tag=None``, the last non-empty line.

    Args:
        text: the completion text.
        tag: the tag name holding the equation, or ``None``.

    Returns:
        The stripped equation, or ``None`` when there is no block (or no text).

    Examples:
        >>> extract_equation("<think>...</think><answer> (1 + 2) * 3 </answer>")
        '(1 + 2) * 3'
        >>> extract_equation("<answer>1 + 2") is None
        True
    """
    if tag is None:
        stripped = text.rstrip()
        line = stripped[stripped.rfind("\n") + 1 :].strip()
        return line or None
    close = text.rfind(f"</{tag}>")
    if close < 0:
        return None
    opening = f"<{tag}>"
    start = text.rfind(opening, 0, close)
    if start < 0:
        return None
    return text[start + len(opening) : close].strip()


def _target_value(target: object) -> Fraction | None:
    if isinstance(target, bool):
        return None
    if isinstance(target, int):
        return Fraction(target)
    if isinstance(target, float):
        return Fraction(target) if math.isfinite(target) else None
    if isinstance(target, str) and re.fullmatch(r"\s*-?[0-9]{1,15}\s*", target):
        return Fraction(int(target))
    index = getattr(target, "__index__", None)  # numpy integers
    if callable(index):
        value = index()
        if isinstance(value, int):
            return Fraction(value)
    return None


def _numbers(nums: object) -> list[int] | None:
    if isinstance(nums, (str, bytes)) or not isinstance(nums, Sequence):
        tolist = getattr(nums, "tolist", None)  # numpy arrays
        nums = tolist() if callable(tolist) else None
        if not isinstance(nums, list):
            return None
    values = []
    for number in nums:
        if isinstance(number, bool):
            return None
        try:
            values.append(operator.index(number))
        except TypeError:
            return None
    return values


def countdown_score(
    text: str,
    nums: Sequence[int],
    target: int | Fraction,
    *,
    tag: str | None = "answer",
    format_score: float = FORMAT_SCORE,
) -> float:
    r"""Score a Countdown completion.

    Rule: the equation (:func:`extract_equation`) scores 1.0 when it is well formed
    (:func:`evaluate_equation`), uses each number of ``nums`` exactly once (as a multiset: no
    number reused, missing or added) and equals ``target`` exactly; ``format_score`` when it
    is well formed but misses (wrong value, wrong numbers, division by zero, a false stated
    result such as ``... = 16``); 0.0 when there
    is no equation or it is malformed.

    Args:
        text: the completion text (the prompt is never read).
        nums: the given numbers.
        target: the target.
        tag: the tag holding the equation (``None``: the last line).
        format_score: the score of a well-formed miss.

    Returns:
        1.0, ``format_score`` or 0.0.

    Examples:
        >>> countdown_score("<answer>(25 - 5) * 3 / 4</answer>", [3, 4, 5, 25], 15)
        1.0
        >>> countdown_score("<answer>25 - 5 - 4 - 3</answer>", [3, 4, 5, 25], 15)
        0.1
        >>> countdown_score("<answer>25 - 5 - 5</answer>", [3, 4, 5, 25], 15)
        0.1
        >>> countdown_score("<answer>5 ** 2</answer>", [3, 4, 5, 25], 15)
        0.0
    """
    return _countdown(text, nums, target, tag, format_score, None)


def _countdown(
    text: str,
    nums: Sequence[int],
    target: Fraction | int,
    tag: str | None,
    format_score: float,
    trace: dict[str, object] | None,
) -> float:
    equation = extract_equation(text, tag)
    parsed = None if equation is None else _parse(equation)
    if trace is not None:
        trace.update(equation=equation, well_formed=parsed is not None, target=str(target))
    if parsed is None:
        return 0.0
    value, used = parsed
    if trace is not None:
        trace.update(
            value=None if value is None else str(value),
            numbers_used=[str(n) for n in used],
            uses_each_number_once=Counter(used) == Counter(nums),
        )
    if value is not None and value == target and Counter(used) == Counter(nums):
        return 1.0
    return format_score


@dataclass(frozen=True, slots=True, kw_only=True)
class CountdownScorer:
    """Scorer of :data:`countdown_correct`; its fields are the reward's options.

    Attributes:
        tag: the tag holding the equation (``None``: the completion's last line).
        format_score: the score of a well-formed equation that misses, in [0, 1].

    Examples:
        >>> from rewardkit import countdown_correct
        >>> countdown_correct(["<answer>(25 - 5) * 3 / 4</answer>", "<answer>25-5</answer>"],
        ...                   nums=[[3, 4, 5, 25]] * 2, target=[15, 15])
        [1.0, 0.1]
        >>> countdown_correct.configure(format_score=0.0).score(
        ...     "<answer>25-5</answer>", nums=[3, 4, 5, 25], target=15)
        0.0
    """

    tag: str | None = "answer"
    format_score: float = FORMAT_SCORE

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``tag`` is not a tag name or ``None``, or ``format_score`` is not a
                number in [0, 1].
        """
        if self.tag is not None and (
            not isinstance(self.tag, str) or not re.fullmatch(r"[A-Za-z_][\w.:-]*", self.tag)
        ):
            message = f"tag must be a tag name such as 'answer', or None; got {self.tag!r}"
            raise ConfigError(message)
        if (
            isinstance(self.format_score, bool)
            or not isinstance(self.format_score, (int, float))
            or not 0.0 <= self.format_score <= 1.0
        ):
            message = f"format_score must be a number in [0, 1]; got {self.format_score!r}"
            raise ConfigError(message)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample; ``None`` when its ``nums``/``target`` cells are not numbers."""
        nums = _numbers(sample.row.get("nums"))
        target = _target_value(sample.row.get("target"))
        if nums is None or target is None:
            return None
        return countdown_score(
            sample.text, nums, target, tag=self.tag, format_score=float(self.format_score)
        )

    def explain(self, sample: Sample, /) -> tuple[float | None, dict[str, object]]:
        """The score and why (keys: docs/tasks.md, "Explanations").

        Keys: ``equation``, ``well_formed``, ``target``, ``value``, ``numbers_used``,
        ``uses_each_number_once``.
        """
        nums = _numbers(sample.row.get("nums"))
        target = _target_value(sample.row.get("target"))
        if nums is None or target is None:
            return None, {"equation": None, "well_formed": False, "target": None}
        trace: dict[str, object] = {}
        value = _countdown(sample.text, nums, target, self.tag, float(self.format_score), trace)
        return value, trace


countdown_correct = Reward(
    name="countdown_correct",
    scorer=CountdownScorer(),
    requires=("nums", "target"),
    summary="Countdown: 1.0 for an exact equation using each number once, 0.1 if well formed",
)
