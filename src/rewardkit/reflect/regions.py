"""Regions: which part of a completion a reflection reward looks at, and option checks."""

from __future__ import annotations

from typing import Literal

from rewardkit._validate import at_least, expecting, one_of
from rewardkit.errors import ConfigError
from rewardkit.reflect.matching import _ANSWER_MARKERS, _THINK_CLOSE, _THINK_OPEN

__all__ = ["WHERE", "select_region"]

Where = Literal["all", "think", "before_answer", "after_answer"]
#: Where a reward looks: the whole text, inside ``<think>`` blocks, before or after the answer.
WHERE: tuple[str, ...] = ("all", "think", "before_answer", "after_answer")


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


#: The check of ``where`` (:mod:`rewardkit._validate`; this package's message format).
_WHERE_CHECK = expecting(one_of(*WHERE))


def _check_where(where: object) -> None:
    _WHERE_CHECK(where, "where")


def _check_number(name: str, value: object, *, low: float, integer: bool = False) -> None:
    expecting(at_least(low, integer=integer))(value, name)
