r"""GSM8K: the completion's final number against the gold solution's ``#### N``.

Numbers are compared exactly, as :class:`fractions.Fraction`: ``1,234`` = ``1234``,
``$18.00`` = ``18``, ``18 dollars`` = ``18``, ``\frac{1}{2}`` = ``0.5``. This module owns its
small number reader (integers, thousands separators, decimals, ``a/b`` and ``\frac{a}{b}``,
scientific notation, currency, percent, trailing unit words); it never calls ``eval``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from rewardkit._lazy import lazy_compile
from rewardkit.extract import _last_marker, _last_phrase, extract_boxed, extract_last_number
from rewardkit.reward import GoldScorer, Reward

__all__ = ["explain_gsm8k", "extract_gsm8k_answer", "gsm8k_correct", "gsm8k_score", "gsm8k_value"]

#: Longest answer text read as a number (longer answers are not numbers: ``None``).
MAX_NUMBER_TEXT = 200
#: Most digits in one number, and largest exponent magnitude in scientific notation.
MAX_DIGITS = 60
MAX_EXPONENT = 60

_WRAPPER = lazy_compile(r"\\(?:text|textbf|textrm|mathrm|mathbf|mbox|operatorname)\s*\{([^{}]*)\}")
_FRAC = lazy_compile(
    r"\\[dt]?frac\s*\{\s*([-−]?[0-9]+(?:\.[0-9]+)?)\s*\}\s*\{\s*([0-9]+(?:\.[0-9]+)?)\s*\}"
)
_DEGREES = lazy_compile(r"\^\s*\{?\s*\\circ\s*\}?")
_NOISE = lazy_compile(r"\\[,!;: ]|\\left|\\right|\\displaystyle|\\\$|\\%|\*\*|[${}~]")
_VALUE = lazy_compile(
    r"(?P<sign>[-−+])?[ \t]*"
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"(?:[ \t]*/[ \t]*(?P<den>[0-9]+(?:\.[0-9]+)?))?"
    r"(?P<exp>[eE][-+]?[0-9]+)?"
    r"(?:[ \t]*%)?(?:[ \t]*(?P<unit>[A-Za-z][A-Za-z'/-]*(?:[ .][A-Za-z'/-]+)*))?[ \t.]*"
)
_ANY_NUMBER = lazy_compile(r"[0-9]+(?:[.,][0-9]+)*")


def _fraction(match: re.Match[str]) -> Fraction | None:
    number = match.group("number").replace(",", "")
    exponent = match.group("exp") or ""
    if len(number) > MAX_DIGITS or (exponent and abs(int(exponent[1:])) > MAX_EXPONENT):
        return None
    value = Fraction(number + exponent)
    den = match.group("den")
    if den is not None:
        if len(den) > MAX_DIGITS or Fraction(den) == 0:
            return None
        value /= Fraction(den)
    return -value if match.group("sign") in ("-", "−") else value


def _clean(answer: str) -> str:
    text = _WRAPPER.sub(r" \1", answer)
    text = _FRAC.sub(r"\1/\2", text)
    text = _DEGREES.sub("", text)
    text = _NOISE.sub("", text.replace("{,}", ","))
    if "=" in text:
        text = text.rsplit("=", 1)[1]
    return text.strip()


def gsm8k_value(answer: str) -> Fraction | None:
    r"""Read an answer as an exact number, or ``None`` when it is not one number.

    Rules: LaTeX wrappers (``\text{}``, ``\mathrm{}``...), ``\frac{a}{b}``, ``$``, ``\$``,
    ``\%``, ``^\circ``, bold ``**`` and spacing commands are removed; of ``x = 5`` the part
    after the last ``=`` is read. The rest must be one number (sign, ``1,234`` separators,
    decimals, ``a/b``, exponent up to 60), optionally followed by ``%`` and unit words
    (``18 dollars``). Otherwise, when the text holds exactly one number, that number is the
    value (``she has 5 left``); two or more (``5 or 6``) is a hedge: ``None``. Texts over 200
    characters and numbers over 60 digits are ``None``. A percent is read as its number
    (GSM8K golds write ``25`` for 25%).

    Args:
        answer: an extracted answer.

    Returns:
        The value as a Fraction, or ``None``.

    Examples:
        >>> gsm8k_value("$1,234.00"), gsm8k_value("18 dollars"), gsm8k_value(r"\frac{1}{2}")
        (Fraction(1234, 1), Fraction(18, 1), Fraction(1, 2))
        >>> gsm8k_value("5 or 6") is None
        True
    """
    if len(answer) > MAX_NUMBER_TEXT:
        return None
    text = _clean(answer)
    match = _VALUE.fullmatch(text)
    if match is not None:
        return _fraction(match)
    numbers = _ANY_NUMBER.findall(text)
    if len(numbers) == 1:
        only = extract_last_number(text)
        if only is not None:
            match = _VALUE.fullmatch(only)
            if match is not None:
                return _fraction(match)
    return None


def extract_gsm8k_answer(text: str) -> str | None:
    r"""Return the final answer of a GSM8K completion or gold solution.

    Order (the first found wins): the last complete ``\boxed{}``; the last ``#### N`` (or
    few-shot ``A: N``) line; the last explicit answer phrase ("the answer is", "Answer:");
    the last number (see :mod:`rewardkit.extract`).

    Args:
        text: a completion or a GSM8K solution.

    Returns:
        The answer text, or ``None`` when there is no number at all.

    Examples:
        >>> extract_gsm8k_answer("She sells 16 - 3 - 4 = <<16-3-4=9>>9 eggs.\n#### 9")
        '9'
        >>> extract_gsm8k_answer("So the answer is $18.")
        '$18'
    """
    boxed = extract_boxed(text)
    if boxed is not None:
        return boxed
    for found in (_last_marker(text), _last_phrase(text)):
        if found is not None:
            return found[1]
    return extract_last_number(text)


@lru_cache(maxsize=4096)
def _gold_value(gold: str) -> Fraction | None:
    value = gsm8k_value(gold)
    if value is not None:
        return value
    answer = extract_gsm8k_answer(gold)
    return None if answer is None else gsm8k_value(answer)


def gsm8k_score(completion: str, gold: str) -> float | None:
    r"""Score a GSM8K completion: 1.0 when its final number equals the gold number.

    The gold may be a number (``1,234``) or GSM8K's whole solution ending in ``#### 1,234``
    (or ``A: 1,234``). The completion's answer is found by :func:`extract_gsm8k_answer` and
    read by :func:`gsm8k_value`; values are compared exactly.

    Args:
        completion: the completion text.
        gold: the gold answer or solution.

    Returns:
        1.0 or 0.0; ``None`` when the gold has no number (not applicable).

    Examples:
        >>> gsm8k_score("9 * 2 = 18, so she makes \\$18.00 a day.", "... = 18\n#### 18")
        1.0
        >>> gsm8k_score(r"The answer is \boxed{1,234}.", "1234")
        1.0
        >>> gsm8k_score("The answer is 5 or 6.", "#### 6")
        0.0
    """
    return _gsm8k(completion, gold, None)


def _gsm8k(completion: str, gold: str, trace: dict[str, object] | None) -> float | None:
    gold_value = _gold_value(gold)
    answer = None if gold_value is None else extract_gsm8k_answer(completion)
    if trace is not None:
        value = None if answer is None else gsm8k_value(answer)
        trace.update(
            answer=answer,
            answer_value=None if value is None else str(value),
            gold=gold,
            gold_value=None if gold_value is None else str(gold_value),
        )
    if gold_value is None:
        return None
    if answer is None:
        return 0.0
    return 1.0 if gsm8k_value(answer) == gold_value else 0.0


def explain_gsm8k(completion: str, gold: str) -> tuple[float | None, dict[str, object]]:
    r""":func:`gsm8k_score` and why: ``answer``, ``answer_value``, ``gold``, ``gold_value``.

    Examples:
        >>> explain_gsm8k("So she makes $18.00.", "#### 18")[1]["answer_value"]
        '18'
    """
    trace: dict[str, object] = {}
    return _gsm8k(completion, gold, trace), trace


gsm8k_correct = Reward(
    name="gsm8k_correct",
    scorer=GoldScorer(gsm8k_score, explain_gsm8k),
    gold=("answer", "solution"),
    summary="1.0 when the completion's final number equals the gold's #### number",
)
