"""Why a completion got its score: the :class:`Explanation` every reward can give.

``reward.explain(completion, **columns)`` (same argument forms as ``reward.score``) returns an
:class:`Explanation`: the score, the reward's name and ``details``, a plain JSON-able dict whose
keys each reward family documents (docs/why.md lists them all). The score is always the one
``reward.score`` returns for the same arguments: the :class:`~rewardkit.reward.Reward` applies
the same finishing rules and the same error boundary to both.

A scorer takes part by defining ``explain(sample) -> (value, details)`` next to its
``__call__``, sharing its code path (the value is what ``__call__`` returns); combinators define
``explain_batch(batch)``. A scorer without either explains itself with ``details={}``.

This module also holds the trainer-logging switch (:func:`set_trainer_logging`): when on, and
the trainer passes ``log_extra`` / ``log_metric`` (TRL >= 1.16), rewards log a few columns and
batch metrics that explain their mean.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "Explanation",
    "compact_fields",
    "set_trainer_logging",
    "trainer_logging",
]

#: Longest string kept by :func:`compact_fields` (verl logs extras per sample).
COMPACT_STRING = 64


def _plain(value: object) -> object:
    """``value`` as plain JSON data (tuples become lists, other objects their ``str``)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return str(value)


def _short(value: object, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True, slots=True)
class Explanation:
    r"""A score, the reward that gave it, and why.

    Attributes:
        score: the score, exactly as the reward returns it (``None``: not applicable).
        name: the reward's name.
        details: plain JSON-able data whose keys the reward family documents (``{}`` when the
            reward gives no details).
        components: the explanations of the rewards a combinator holds, in order.

    Examples:
        >>> from rewardkit import boxed_correct
        >>> e = boxed_correct.explain("so \\boxed{0.5}", answer="\\frac12")
        >>> e.score, e.details["answer"], e.details["rule"]
        (1.0, '0.5', 'exact rational')
        >>> print(e)
        boxed_correct = 1
          answer: 0.5
          source: boxed
          gold: \frac12
          gold_answer: \frac12
          kind: number
          canonical: {"gold": "1/2", "answer": "1/2"}
          rule: exact rational
          units_dropped: false
          hedged: false
    """

    score: float | None
    name: str
    details: Mapping[str, object] = field(default_factory=dict)
    components: tuple[Explanation, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The explanation as plain JSON data (what the CLI and the server emit).

        Examples:
            >>> Explanation(0.5, "demo", {"length": 3}).to_dict()
            {'score': 0.5, 'name': 'demo', 'details': {'length': 3}}
        """
        out: dict[str, object] = {
            "score": self.score,
            "name": self.name,
            "details": _plain(self.details),
        }
        if self.components:
            out["components"] = [component.to_dict() for component in self.components]
        return out

    def lines(self, indent: int = 0) -> list[str]:
        """The human lines of :meth:`__str__`, indented by ``indent`` spaces."""
        pad = " " * indent
        score = "None (not applicable)" if self.score is None else f"{self.score:g}"
        out = [f"{pad}{self.name} = {score}"]
        out.extend(f"{pad}  {key}: {_short(_plain(value))}" for key, value in self.details.items())
        for component in self.components:
            out.extend(component.lines(indent + 2))
        return out

    def __str__(self) -> str:
        """A few human lines: ``name = score``, then one ``key: value`` line per detail."""
        return "\n".join(self.lines())


def compact_fields(explanation: Explanation, *, prefix: str = "") -> dict[str, float | str]:
    """The explanation's numbers and short strings, flat (for verl's ``compute_score`` extras).

    Booleans become 0.0/1.0, strings longer than 64 characters and nested data are left out;
    components add their own fields under ``<component name>.``.

    Examples:
        >>> compact_fields(Explanation(1.0, "r", {"answer": "4", "hedged": False, "xs": [1]}))
        {'answer': '4', 'hedged': 0.0}
    """
    out: dict[str, float | str] = {}
    for key, value in explanation.details.items():
        name = f"{prefix}{key}"
        if isinstance(value, bool) or (isinstance(value, (int, float)) and math.isfinite(value)):
            out[name] = float(value)
        elif isinstance(value, str) and len(value) <= COMPACT_STRING:
            out[name] = value
    for component in explanation.components:
        out.update(compact_fields(component, prefix=f"{prefix}{component.name}."))
    return out


_LOGGING = {"on": False}


def set_trainer_logging(enabled: bool) -> None:
    """Turn trainer logging on or off for this process (off by default).

    When on, and the trainer passes ``log_extra`` and ``log_metric`` (TRL >= 1.16), answer
    rewards add two columns to TRL's completions table, ``<name>_answer`` (the extracted
    answer) and ``<name>_gold`` (the gold as read), and rewards that can explain their mean
    log a batch metric (``<name>/no_answer``: the share with no extractable answer;
    ``<name>/stuffed``: the share capped as stuffing). ``<name>`` is the reward's
    :func:`~rewardkit.reward.safe_name`. Off by default: TRL gathers every extra column across
    processes at each step. A process-wide switch: set it in each training process.

    Examples:
        >>> set_trainer_logging(True); trainer_logging()
        True
        >>> set_trainer_logging(False); trainer_logging()
        False
    """
    _LOGGING["on"] = bool(enabled)


def trainer_logging() -> bool:
    """Whether trainer logging is on (see :func:`set_trainer_logging`)."""
    return _LOGGING["on"]
