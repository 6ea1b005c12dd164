"""Length shaping and repetition penalties.

Every reward here measures a completion's length ``L``:

- in **tokens** (``len(completion_ids)``) when the trainer passes ``completion_ids`` (TRL does);
- otherwise in the ``unit`` chosen when the reward is built: ``"char"`` (``len(text)``, Unicode
  code points) or ``"word"`` (``len(text.split())``, runs of non-whitespace).

The pure functions (:func:`overlong_score`, :func:`cosine_score`, :func:`length_shaped_score`,
:func:`kimi_scores`, :func:`repetition_ratio`) take a length or a sequence; the factories
(:func:`overlong_penalty`, :func:`cosine_scaled`, :func:`length_shaped`, :func:`kimi_length`,
:func:`repetition_penalty`) validate their arguments and return a named, picklable
:class:`~rewardkit.reward.Reward` whose scorer is a frozen dataclass with a numpy ``batch`` path.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rewardkit._validate import (
    column_name,
    field_default,
    integer,
    number,
    one_of,
    optional,
    reward,
    validate_fields,
)
from rewardkit.errors import ConfigError
from rewardkit.explanation import Explanation
from rewardkit.reward import Batch, Reward, Sample, Spec

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    _FloatArray = npt.NDArray[np.float64]

# numpy is imported where a batch is scored, not with the module: importing it starts
# OpenBLAS's thread, and a process with one thread can fork its scoring workers
# (rewardkit.pool) instead of starting a fork server.

__all__ = [
    "CosineScaled",
    "KimiLength",
    "LengthShaped",
    "OverlongPenalty",
    "RepetitionPenalty",
    "completion_length",
    "cosine_scaled",
    "cosine_score",
    "kimi_length",
    "kimi_scores",
    "length_shaped",
    "length_shaped_score",
    "overlong_penalty",
    "overlong_score",
    "repetition_penalty",
    "repetition_ratio",
]

#: Units a length is counted in when no token ids are passed.
Unit = Literal["char", "word"]
_UNITS: tuple[str, ...] = ("char", "word")
_DECAYS: tuple[str, ...] = ("flat", "linear")


# --------------------------------------------------------------------------- validation helpers


#: The declarative checks of the scorer fields below (see :mod:`rewardkit._validate`).
_UNIT = one_of(*_UNITS)
_DECAY = one_of(*_DECAYS)
_THRESHOLD = optional(number())


def _check_unit(unit: object, argument: str = "unit") -> None:
    _UNIT(unit, argument)


def _default_correct() -> Reward:
    """The default answer reward: ``rewardkit.answers.boxed_correct`` (imported lazily)."""
    from rewardkit.answers import boxed_correct  # lazy: answers is a heavier module

    return boxed_correct


def _spec(base: str, scorer: object, *, required: Sequence[str] = ()) -> Spec:
    """The spec of a factory's reward, read from its scorer's fields (defaults stated once).

    Shows the ``required`` fields, then every other field whose value differs from the
    dataclass default (by value and type; a Reward by its name). The logged name is
    ``spec.name`` (:func:`rewardkit.reward.variant_name`), the full spec ``str(spec)``.

    Examples:
        >>> _spec("overlong_penalty", OverlongPenalty(max_length=100, buffer=20, unit="word"),
        ...       required=("max_length", "buffer")).name
        'overlong_penalty_max_length100_buffer20_unitword'
    """
    shown: dict[str, object] = {name: getattr(scorer, name) for name in required}
    for item in dataclasses.fields(scorer):  # type: ignore[arg-type]
        if item.name in shown or not item.init:
            continue
        value = getattr(scorer, item.name)
        if item.default is not dataclasses.MISSING:
            default: object = item.default
        elif item.default_factory is not dataclasses.MISSING:
            default = item.default_factory()
        else:
            shown[item.name] = value
            continue
        if isinstance(value, Reward) and isinstance(default, Reward):
            same = value.name == default.name
        else:
            same = type(value) is type(default) and value == default
        if not same:
            shown[item.name] = value
    return Spec(base, tuple(shown.items()))


# --------------------------------------------------------------------------------- lengths


def completion_length(
    text: str, completion_ids: Sequence[int] | None = None, *, unit: Unit = "char"
) -> int:
    """Return the length of one completion: tokens when ids are given, else ``unit``.

    Rules: ``len(completion_ids)`` when ``completion_ids`` is not ``None``; else ``len(text)``
    (Unicode code points) for ``unit="char"``, ``len(text.split())`` (runs of non-whitespace)
    for ``unit="word"``.

    Args:
        text: the completion text.
        completion_ids: its token ids, when the trainer passed them.
        unit: the unit used without token ids: ``"char"`` or ``"word"``.

    Returns:
        The length, an integer >= 0.

    Raises:
        ConfigError: ``unit`` is not ``"char"`` or ``"word"``.

    Examples:
        >>> completion_length("two words")
        9
        >>> completion_length("two words", unit="word")
        2
        >>> completion_length("two words", [101, 102, 103])
        3
    """
    if completion_ids is not None:
        return len(completion_ids)
    _check_unit(unit)
    return len(text) if unit == "char" else len(text.split())


def _sample_length(sample: Sample, unit: str) -> int:
    if sample.completion_ids is not None:
        return len(sample.completion_ids)
    return len(sample.text) if unit == "char" else len(sample.text.split())


def _length_details(sample: Sample, unit: str) -> dict[str, object]:
    """``length`` and the ``unit`` it was counted in (``token`` when ids were passed)."""
    counted = "token" if sample.completion_ids is not None else unit
    return {"length": _sample_length(sample, unit), "unit": counted}


def _batch_lengths(batch: Batch, unit: str) -> _FloatArray:
    """Lengths of every completion of ``batch`` as a float array (tokens where ids exist)."""
    import numpy as np

    ids = batch.completion_ids
    texts = batch.texts
    if unit == "char":
        if ids is None:
            counts = [len(text) for text in texts]
        else:
            counts = [len(t) if i is None else len(i) for t, i in zip(texts, ids, strict=True)]
    elif ids is None:
        counts = [len(text.split()) for text in texts]
    else:
        counts = [len(t.split()) if i is None else len(i) for t, i in zip(texts, ids, strict=True)]
    return np.asarray(counts, dtype=np.float64)


def _one_row_batch(sample: Sample) -> Batch:
    """A one-completion :class:`Batch` holding ``sample`` (for sub-rewards on the per-item path).

    Trainer extras (``trainer_state``) are not part of a :class:`Sample`, so they are absent.
    """
    return Batch(
        [sample.text],
        prompts=None if sample.prompt is None else [sample.prompt],
        completion_ids=None if sample.completion_ids is None else [sample.completion_ids],
        columns={name: [value] for name, value in sample.row.items()},
    )


def _correctness(
    values: Sequence[float | None], threshold: float | None, reward: Reward
) -> list[bool | None]:
    """Judge answer-reward scores: correct when ``score >= threshold`` (default: its upper bound).

    ``None`` (not applicable, e.g. no gold answer for the row) stays ``None``.
    """
    bar = reward.upper if threshold is None else threshold
    return [None if value is None else value >= bar for value in values]


# ------------------------------------------------------------------------- overlong penalty


def overlong_score(length: float, *, max_length: int, buffer: int) -> float:
    """Return DAPO's soft overlong punishment for a completion of ``length``.

    Rule (Yu et al. 2025, DAPO, eq. 13), with ``m = max_length`` and ``b = buffer``::

        0                      if L <= m - b
        (m - b - L) / b        if m - b < L <= m      (from 0 down to -1)
        -1                     if L > m

    Args:
        length: the completion length (tokens, or the reward's unit).
        max_length: the length at which the penalty reaches -1.
        buffer: the width of the soft zone before ``max_length`` (0: a hard cut-off).

    Returns:
        A score in [-1, 0], non-increasing in ``length``.

    Examples:
        >>> [overlong_score(n, max_length=100, buffer=20) for n in (80, 90, 100, 101)]
        [0.0, -0.5, -1.0, -1.0]
    """
    if length <= max_length - buffer:
        return 0.0
    if length <= max_length:
        return (max_length - buffer - length) / buffer
    return -1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class OverlongPenalty:
    """Scorer of :func:`overlong_penalty` (fields: its options)."""

    max_length: int = field(default=20480, metadata={"check": integer(minimum=1)})
    buffer: int = field(default=4096, metadata={"check": integer(minimum=0)})
    unit: Unit = field(default="char", metadata={"check": _UNIT})

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``max_length`` < 1, ``buffer`` < 0 or > ``max_length``, or an
                unknown ``unit``.
        """
        validate_fields(self)
        if self.buffer > self.max_length:
            msg = f"buffer must be <= max_length ({self.max_length}); got buffer={self.buffer!r}"
            raise ConfigError(msg)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of scores: [-1, 0]."""
        return (-1.0, 0.0)

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return overlong_score(
            _sample_length(sample, self.unit), max_length=self.max_length, buffer=self.buffer
        )

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and its inputs: ``length``, ``unit``, ``max_length``, ``buffer``."""
        details = _length_details(sample, self.unit)
        details.update(max_length=self.max_length, buffer=self.buffer)
        return self(sample), details

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch with numpy: ``clip((m - b - L) / b, -1, 0)`` equals the rule."""
        import numpy as np

        lengths = _batch_lengths(batch, self.unit)
        m, b = float(self.max_length), float(self.buffer)
        if b == 0:
            scores = np.where(lengths <= m, 0.0, -1.0)
        else:
            scores = np.clip((m - b - lengths) / b, -1.0, 0.0)
        return [float(x) for x in scores]


def overlong_penalty(
    max_length: int,
    buffer: int,
    *,
    unit: Unit = field_default(OverlongPenalty, "unit"),
    name: str | None = None,
) -> Reward:
    """Build DAPO's soft overlong punishment as a Reward (see :func:`overlong_score`).

    Lengths are tokens when the trainer passes ``completion_ids`` (TRL does), else ``unit``
    (``"char"``: code points; ``"word"``: whitespace-separated words). Same rule as TRL's
    ``get_soft_overlong_punishment(max_completion_len, soft_punish_cache)``.

    Args:
        max_length: the length at which the penalty reaches -1 (usually the generation limit).
        buffer: the soft zone before ``max_length`` where the penalty falls linearly from 0
            to -1 (DAPO: 4096 of 20480 tokens); 0 gives a hard cut-off.
        unit: the unit used without token ids.
        name: the logged name; default ``overlong_penalty_max_length<M>_buffer<B>`` (the full
            spec is in its ``repr``).

    Returns:
        A Reward scoring in [-1, 0]; never ``None``.

    Raises:
        ConfigError: ``max_length`` < 1, ``buffer`` < 0 or ``buffer > max_length``, or an
            unknown ``unit``.

    Examples:
        >>> penalty = overlong_penalty(max_length=100, buffer=20)
        >>> penalty(["x" * 80, "x" * 90, "x" * 120])
        [0.0, -0.5, -1.0]
        >>> penalty(["short"], completion_ids=[list(range(95))])
        [-0.75]
        >>> penalty.name
        'overlong_penalty_max_length100_buffer20'
        >>> str(penalty.spec)  # the full spec, also in its repr
        'overlong_penalty(max_length=100, buffer=20)'
    """
    scorer = OverlongPenalty(max_length=max_length, buffer=buffer, unit=unit)
    default = _spec("overlong_penalty", scorer, required=("max_length", "buffer"))
    return Reward(
        name=default.name if name is None else name,
        spec=default,
        scorer=scorer,
        summary=f"DAPO soft overlong punishment: 0 up to {max_length - buffer}, "
        f"linear to -1 at {max_length}, -1 beyond",
    )


# ------------------------------------------------------------------------------ cosine scaled


def cosine_score(
    length: float,
    *,
    correct: bool,
    max_length: int,
    min_correct: float = 0.5,
    max_correct: float = 1.0,
    min_wrong: float = -1.0,
    max_wrong: float = -0.5,
) -> float:
    """Return the cosine length-scaled reward (Yeo et al. 2025, "Demystifying Long CoT").

    Rule, with ``p = min(L / max_length, 1)`` and ``c = (1 + cos(pi * p)) / 2`` (1 at L = 0,
    0 at L >= max_length)::

        correct:  min_correct + (max_correct - min_correct) * c   (1.0 short -> 0.5 at the limit)
        wrong:    max_wrong + (min_wrong - max_wrong) * c         (-1.0 short -> -0.5 at the limit)

    clamped to the range of the two values of its branch. Short correct answers earn most;
    short wrong answers lose most (so a model that cannot solve a problem is pushed to think
    longer rather than to guess).

    Args:
        length: the completion length (tokens, or the reward's unit).
        correct: whether the answer is correct.
        max_length: the length at which the curve reaches its end value.
        min_correct: a correct answer's score at ``max_length`` and beyond.
        max_correct: a correct answer's score at length 0.
        min_wrong: a wrong answer's score at length 0.
        max_wrong: a wrong answer's score at ``max_length`` and beyond.

    Returns:
        A score between the two values of its branch; monotone in ``length`` (non-increasing
        for correct answers with the defaults, non-decreasing for wrong ones).

    Examples:
        >>> [cosine_score(n, correct=True, max_length=100) for n in (0, 100)]
        [1.0, 0.5]
        >>> [cosine_score(n, correct=False, max_length=100) for n in (0, 250)]
        [-1.0, -0.5]
        >>> round(cosine_score(50, correct=True, max_length=100), 6)
        0.75
    """
    progress = min(max(length, 0) / max_length, 1.0)
    cosine = (1.0 + math.cos(math.pi * progress)) / 2.0
    if correct:
        low, high = min_correct, max_correct
        value = min_correct + (max_correct - min_correct) * cosine
    else:
        low, high = min_wrong, max_wrong
        value = max_wrong + (min_wrong - max_wrong) * cosine
    return min(max(value, min(low, high)), max(low, high))


@dataclass(frozen=True, slots=True, kw_only=True)
class CosineScaled:
    """Scorer of :func:`cosine_scaled` (fields: its options)."""

    max_length: int = field(default=1000, metadata={"check": integer(minimum=1)})
    correct: Reward = field(default_factory=_default_correct, metadata={"check": reward()})
    threshold: float | None = field(default=None, metadata={"check": _THRESHOLD})
    min_correct: float = field(default=0.5, metadata={"check": number()})
    max_correct: float = field(default=1.0, metadata={"check": number()})
    min_wrong: float = field(default=-1.0, metadata={"check": number()})
    max_wrong: float = field(default=-0.5, metadata={"check": number()})
    unit: Unit = field(default="char", metadata={"check": _UNIT})

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``max_length`` < 1, a non-finite value, ``correct`` not a Reward, or
                an unknown ``unit``.
        """
        validate_fields(self)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of scores: the least and greatest of the four end values."""
        ends = (self.min_correct, self.max_correct, self.min_wrong, self.max_wrong)
        return (float(min(ends)), float(max(ends)))

    def _score(self, length: float, correct: bool) -> float:
        return cosine_score(
            length,
            correct=correct,
            max_length=self.max_length,
            min_correct=self.min_correct,
            max_correct=self.max_correct,
            min_wrong=self.min_wrong,
            max_wrong=self.max_wrong,
        )

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample; ``None`` when the answer reward gives ``None``."""
        verdict = _correctness(
            self.correct.score_batch(_one_row_batch(sample)), self.threshold, self.correct
        )[0]
        if verdict is None:
            return None
        return self._score(_sample_length(sample, self.unit), verdict)

    def explain(
        self, sample: Sample, /
    ) -> tuple[float | None, dict[str, object], tuple[Explanation, ...]]:
        """The score, its inputs and the answer reward's explanation (as the component).

        Keys: ``length``, ``unit``, ``correct`` (the answer reward's verdict), ``max_length``.
        """
        answer = self.correct.explain_batch(_one_row_batch(sample))[0]
        verdict = _correctness([answer.score], self.threshold, self.correct)[0]
        details = _length_details(sample, self.unit)
        details.update(correct=verdict, max_length=self.max_length)
        value = None if verdict is None else self._score(_sample_length(sample, self.unit), verdict)
        return value, details, (answer,)

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch: the answer reward's batch path, then the curve in numpy."""
        import numpy as np

        verdicts = _correctness(self.correct.score_batch(batch), self.threshold, self.correct)
        lengths = _batch_lengths(batch, self.unit)
        progress = np.minimum(lengths / float(self.max_length), 1.0)
        cosine = (1.0 + np.cos(np.pi * progress)) / 2.0
        right = self.min_correct + (self.max_correct - self.min_correct) * cosine
        right = np.clip(
            right,
            min(self.min_correct, self.max_correct),
            max(self.min_correct, self.max_correct),
        )
        wrong = self.max_wrong + (self.min_wrong - self.max_wrong) * cosine
        wrong = np.clip(
            wrong, min(self.min_wrong, self.max_wrong), max(self.min_wrong, self.max_wrong)
        )
        return [
            None if verdict is None else float(right[i] if verdict else wrong[i])
            for i, verdict in enumerate(verdicts)
        ]


def cosine_scaled(
    max_length: int,
    correct: Reward | None = None,
    *,
    min_correct: float = field_default(CosineScaled, "min_correct"),
    max_correct: float = field_default(CosineScaled, "max_correct"),
    min_wrong: float = field_default(CosineScaled, "min_wrong"),
    max_wrong: float = field_default(CosineScaled, "max_wrong"),
    threshold: float | None = field_default(CosineScaled, "threshold"),
    unit: Unit = field_default(CosineScaled, "unit"),
    name: str | None = None,
) -> Reward:
    r"""Build the cosine length-scaled correctness reward (see :func:`cosine_score`).

    Correctness comes from any answer reward (default ``rewardkit.answers.boxed_correct``): a
    completion is correct when that reward scores ``>= threshold`` (default: its upper bound,
    i.e. full marks); when it gives ``None`` (e.g. no gold answer) this reward gives ``None``.
    Lengths are tokens when the trainer passes ``completion_ids``, else ``unit`` (``"char"`` or
    ``"word"``). Same rule as open-r1's ``get_cosine_scaled_reward``.

    Args:
        max_length: the length at which the curve reaches its end values.
        correct: the answer reward that decides correctness (it reads its own gold columns).
        min_correct: a correct answer's score at ``max_length`` and beyond.
        max_correct: a correct answer's score at length 0.
        min_wrong: a wrong answer's score at length 0.
        max_wrong: a wrong answer's score at ``max_length`` and beyond.
        threshold: the answer score that counts as correct (default: ``correct.upper``).
        unit: the unit used without token ids.
        name: the logged name; default ``cosine_scaled(max_length=..., ...)``.

    Returns:
        A Reward scoring within [min of the four values, max of them], or ``None``.

    Raises:
        ConfigError: ``max_length`` < 1, a non-finite value, ``correct`` not a Reward, or an
            unknown ``unit``.

    Examples:
        >>> from rewardkit.extract import has_boxed
        >>> from rewardkit.reward import Reward, TextScorer
        >>> boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))  # "correct" = has a box
        >>> reward = cosine_scaled(max_length=20, correct=boxed)
        >>> texts = ["\\boxed{4}", "x" * 11 + "\\boxed{4}", "4", "x" * 40]
        >>> [round(score, 3) for score in reward(texts)]  # lengths 9, 20, 1 and 40 chars
        [0.789, 0.5, -0.997, -0.5]
    """
    resolved = _default_correct() if correct is None else correct
    scorer = CosineScaled(
        max_length=max_length,
        correct=resolved,
        threshold=threshold,
        min_correct=min_correct,
        max_correct=max_correct,
        min_wrong=min_wrong,
        max_wrong=max_wrong,
        unit=unit,
    )
    default = _spec("cosine_scaled", scorer, required=("max_length",))
    return Reward(
        name=default.name if name is None else name,
        spec=default,
        scorer=scorer,
        failure=None,
        summary=f"cosine length scaling of {resolved.name} up to {max_length}",
    )


# ------------------------------------------------------------------------------ length shaped


def length_shaped_score(
    length: float,
    *,
    target: int,
    max_length: int,
    decay: Literal["flat", "linear"] = "flat",
    end: float = 0.0,
    overlong: float = -1.0,
) -> float:
    """Return a piecewise-linear length score: rise to ``target``, plateau or decay, penalty.

    Rule, with ``t = target`` and ``m = max_length``::

        L / t                                     if L < t            (0 -> 1)
        1                                         if t <= L <= m and decay == "flat"
        1 - (1 - end) * (L - t) / (m - t)         if t <= L <= m and decay == "linear"
                                                  (1 at t, end at m; 1 when m == t)
        overlong                                  if L > m

    Args:
        length: the completion length (tokens, or the reward's unit).
        target: the length where the score first reaches 1.
        max_length: the last length before the ``overlong`` penalty.
        decay: ``"flat"`` (stay at 1) or ``"linear"`` (fall to ``end``) between target and
            max_length.
        end: the score at ``max_length`` under linear decay (<= 1).
        overlong: the score beyond ``max_length`` (<= the score at ``max_length``).

    Returns:
        A score in [min(0, end, overlong), 1]: non-decreasing up to ``target``, non-increasing
        after it.

    Examples:
        >>> [length_shaped_score(n, target=10, max_length=20) for n in (0, 5, 10, 20, 21)]
        [0.0, 0.5, 1.0, 1.0, -1.0]
        >>> [length_shaped_score(n, target=10, max_length=20, decay="linear") for n in (15, 20)]
        [0.5, 0.0]
    """
    if length < target:
        return max(length, 0) / target
    if length <= max_length:
        if decay == "flat" or max_length == target:
            return 1.0
        return 1.0 - (1.0 - end) * (length - target) / (max_length - target)
    return overlong


@dataclass(frozen=True, slots=True, kw_only=True)
class LengthShaped:
    """Scorer of :func:`length_shaped` (fields: its options)."""

    target: int = field(default=1, metadata={"check": integer(minimum=1)})
    max_length: int = field(default=1, metadata={"check": integer(minimum=1)})
    decay: Literal["flat", "linear"] = field(default="flat", metadata={"check": _DECAY})
    end: float = field(default=0.0, metadata={"check": number()})
    overlong: float = field(default=-1.0, metadata={"check": number()})
    unit: Unit = field(default="char", metadata={"check": _UNIT})

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``target`` < 1, ``max_length < target``, an unknown ``decay`` or
                ``unit``, ``end`` > 1, or ``overlong`` above the score at ``max_length``.
        """
        validate_fields(self)
        if self.max_length < self.target:
            msg = f"max_length must be >= target ({self.target}); got {self.max_length!r}"
            raise ConfigError(msg)
        if self.end > 1:
            msg = f"end must be <= 1 (the score decays from 1); got {self.end!r}"
            raise ConfigError(msg)
        at_max = self._at_max()
        if self.overlong > at_max:
            msg = (
                f"overlong must be <= the score at max_length ({at_max:g}), so longer never "
                f"scores higher; got {self.overlong!r}"
            )
            raise ConfigError(msg)

    def _at_max(self) -> float:
        linear = self.decay == "linear" and self.max_length > self.target
        return float(self.end) if linear else 1.0

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of scores: [min(0, score at max_length, overlong), 1]."""
        return (float(min(0.0, self._at_max(), self.overlong)), 1.0)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and its inputs: ``length``, ``unit``, ``target``, ``max_length``, ``decay``."""
        details = _length_details(sample, self.unit)
        details.update(target=self.target, max_length=self.max_length, decay=self.decay)
        return self(sample), details

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return length_shaped_score(
            _sample_length(sample, self.unit),
            target=self.target,
            max_length=self.max_length,
            decay=self.decay,
            end=self.end,
            overlong=self.overlong,
        )

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch with numpy (same piecewise rule)."""
        import numpy as np

        lengths = _batch_lengths(batch, self.unit)
        t, m = float(self.target), float(self.max_length)
        rise = np.maximum(lengths, 0.0) / t
        if self.decay == "flat" or m == t:
            middle = np.ones_like(lengths)
        else:
            middle = 1.0 - (1.0 - self.end) * (lengths - t) / (m - t)
        scores = np.where(lengths < t, rise, np.where(lengths <= m, middle, self.overlong))
        return [float(x) for x in scores]


def length_shaped(
    target: int,
    max_length: int,
    *,
    decay: Literal["flat", "linear"] = field_default(LengthShaped, "decay"),
    end: float = field_default(LengthShaped, "end"),
    overlong: float = field_default(LengthShaped, "overlong"),
    unit: Unit = field_default(LengthShaped, "unit"),
    name: str | None = None,
) -> Reward:
    """Build a piecewise-linear length reward (see :func:`length_shaped_score`).

    Rises linearly from 0 at length 0 to 1 at ``target``, stays at 1 (``decay="flat"``) or
    falls linearly to ``end`` (``decay="linear"``) at ``max_length``, and scores ``overlong``
    beyond. Lengths are tokens when the trainer passes ``completion_ids``, else ``unit``
    (``"char"`` or ``"word"``). With ``overlong=0`` and ``end=0`` it stays in [0, 1] (the
    per-section shaping of the PKV length reward).

    Args:
        target: the length where the score first reaches 1 (>= 1).
        max_length: the last length before the penalty (>= target).
        decay: ``"flat"`` or ``"linear"`` between target and max_length.
        end: the score at ``max_length`` under linear decay (<= 1).
        overlong: the score beyond ``max_length`` (<= the score at ``max_length``).
        unit: the unit used without token ids.
        name: the logged name; default ``length_shaped(target=..., max_length=..., ...)``.

    Returns:
        A Reward scoring in [min(0, end, overlong), 1]; never ``None``.

    Raises:
        ConfigError: ``target`` < 1, ``max_length < target``, unknown ``decay``/``unit``,
            ``end > 1`` or ``overlong`` above the score at ``max_length``.

    Examples:
        >>> shaped = length_shaped(target=4, max_length=8, decay="linear", unit="word")
        >>> shaped(["a b", "a b c d", "a b c d e f", "a b c d e f g h i"])
        [0.5, 1.0, 0.5, -1.0]
    """
    scorer = LengthShaped(
        target=target,
        max_length=max_length,
        decay=decay,
        end=end,
        overlong=overlong,
        unit=unit,
    )
    default = _spec("length_shaped", scorer, required=("target", "max_length"))
    return Reward(
        name=default.name if name is None else name,
        spec=default,
        scorer=scorer,
        summary=f"length rising to 1 at {target}, {decay} to {max_length}, {overlong:g} beyond",
    )


# ------------------------------------------------------------------------------- kimi length


def kimi_scores(lengths: Sequence[float], correct: Sequence[bool | None]) -> list[float | None]:
    """Return the Kimi k1.5 length rewards of ONE group of completions to the same prompt.

    Rule (Kimi Team 2025, "Kimi k1.5", section 2.3.3), with the group's shortest and longest
    lengths ``lo`` and ``hi``::

        lambda_i = 0.5 - (L_i - lo) / (hi - lo)       (0 for every member when hi == lo)
        correct:  lambda_i        wrong:  min(0, lambda_i)        unknown (None):  None

    Args:
        lengths: the group's completion lengths.
        correct: per completion, whether its answer is correct (``None``: unknown).

    Returns:
        One score per completion in [-0.5, 0.5] (wrong answers in [-0.5, 0]), or ``None``.

    Examples:
        >>> kimi_scores([10, 20, 30], [True, True, False])
        [0.5, 0.0, -0.5]
        >>> kimi_scores([10, 30], [False, None])
        [0.0, None]
    """
    if not lengths:
        return []
    low, high = min(lengths), max(lengths)
    scores: list[float | None] = []
    for length, verdict in zip(lengths, correct, strict=True):
        lam = 0.0 if high == low else 0.5 - (length - low) / (high - low)
        scores.append(None if verdict is None else lam if verdict else min(0.0, lam))
    return scores


def _group_key(value: object) -> Hashable:
    try:
        hash(value)
    except TypeError:
        return ("unhashable", repr(value))
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class KimiLength:
    """Scorer of :func:`kimi_length` (fields: its options)."""

    correct: Reward = field(default_factory=_default_correct, metadata={"check": reward()})
    threshold: float | None = field(default=None, metadata={"check": _THRESHOLD})
    group: str | None = field(default=None, metadata={"check": optional(column_name())})
    unit: Unit = field(default="char", metadata={"check": _UNIT})

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``correct`` not a Reward, ``group`` not a column name, or an unknown
                ``unit``.
        """
        validate_fields(self)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of scores: [-0.5, 0.5]."""
        return (-0.5, 0.5)

    @property
    def columns(self) -> tuple[str, ...]:
        """The dataset columns this scorer reads itself: the ``group`` column, if any."""
        return () if self.group is None else (self.group,)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample alone: a group of one, so 0.0 (``None`` when correctness is)."""
        verdicts = _correctness(
            self.correct.score_batch(_one_row_batch(sample)), self.threshold, self.correct
        )
        return kimi_scores([_sample_length(sample, self.unit)], verdicts)[0]

    def keys(self, batch: Batch) -> list[Hashable]:
        """The group key of each completion: the ``group`` column, else the prompt text.

        Without a group column and without prompts, the whole batch is one group.
        """
        if self.group is not None:
            return [_group_key(value) for value in batch.columns[self.group]]
        if batch.prompts is not None:
            return list(batch.prompts)
        return [None] * len(batch)

    def explain_batch(
        self, batch: Batch, /
    ) -> list[tuple[float | None, dict[str, object], tuple[Explanation, ...]]]:
        """The batch scores and each completion's place in its group.

        Keys: ``length``, ``unit``, ``group`` (its key, cut to 40 characters),
        ``group_min``/``group_max`` (the group's length range), ``correct``; the answer
        reward's explanation is the component.
        """
        values = self.batch(batch)
        answers = self.correct.explain_batch(batch)
        lengths = [int(n) for n in _batch_lengths(batch, self.unit)]
        keys = self.keys(batch)
        ranges: dict[Hashable, tuple[int, int]] = {}
        for key, n in zip(keys, lengths, strict=True):
            low, high = ranges.get(key, (n, n))
            ranges[key] = (min(low, n), max(high, n))
        unit = "token" if batch.completion_ids is not None else self.unit
        return [
            (
                value,
                {
                    "length": n,
                    "unit": unit,
                    "group": None if key is None else str(key)[:40],
                    "group_min": ranges[key][0],
                    "group_max": ranges[key][1],
                    "correct": _correctness([answer.score], self.threshold, self.correct)[0],
                },
                (answer,),
            )
            for value, n, key, answer in zip(values, lengths, keys, answers, strict=True)
        ]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch group by group (numpy min/max per group)."""
        import numpy as np

        verdicts = _correctness(self.correct.score_batch(batch), self.threshold, self.correct)
        lengths = _batch_lengths(batch, self.unit)
        codes_of: dict[Hashable, int] = {}
        codes = np.asarray(
            [codes_of.setdefault(key, len(codes_of)) for key in self.keys(batch)],
            dtype=np.intp,
        )
        low = np.full(len(codes_of), np.inf)
        high = np.full(len(codes_of), -np.inf)
        np.minimum.at(low, codes, lengths)
        np.maximum.at(high, codes, lengths)
        span = (high - low)[codes]
        offset = lengths - low[codes]
        lam = np.where(span > 0, 0.5 - offset / np.where(span > 0, span, 1.0), 0.0)
        return [
            None if verdict is None else float(lam[i] if verdict else min(0.0, lam[i]))
            for i, verdict in enumerate(verdicts)
        ]


def kimi_length(
    correct: Reward | None = None,
    *,
    group: str | None = field_default(KimiLength, "group"),
    threshold: float | None = field_default(KimiLength, "threshold"),
    unit: Unit = field_default(KimiLength, "unit"),
    name: str | None = None,
) -> Reward:
    r"""Build Kimi k1.5's group-relative length reward (see :func:`kimi_scores`).

    Completions are grouped by prompt text (or by the ``group`` column, e.g. a problem id);
    within each group the shortest gets lambda = 0.5 and the longest -0.5; correct answers earn
    lambda, wrong ones min(0, lambda) (short wrong answers are not rewarded, long ones are
    penalised). Correctness comes from any answer reward (default
    ``rewardkit.answers.boxed_correct``; correct when it scores ``>= threshold``, default its
    upper bound); rows it scores ``None`` get ``None`` but their length still counts for the
    group's min and max. Lengths are tokens when the trainer passes ``completion_ids``, else
    ``unit`` (``"char"`` or ``"word"``).

    Groups split across processes: a reward only sees the completions passed in one call. TRL
    scores the completions of each process separately, and a group of ``num_generations``
    completions may be spread over several processes; each part is then normalised by its own
    min and max (a part of one completion scores 0). Keep groups whole by making the number of
    completions each process scores (``per_device_train_batch_size * steps_per_generation`` in
    TRL) a multiple of ``num_generations``, or run on one process. Without prompts and without
    a ``group`` column, all completions of the call form one group; scored one at a time
    (:meth:`Reward.score`), a completion is a group of one and scores 0.

    Args:
        correct: the answer reward that decides correctness.
        group: a dataset column holding the group key (default: the prompt text).
        threshold: the answer score that counts as correct (default: ``correct.upper``).
        unit: the unit used without token ids.
        name: the logged name; default ``kimi_length`` (plus non-default options).

    Returns:
        A Reward scoring in [-0.5, 0.5], or ``None`` where correctness is unknown.

    Raises:
        ConfigError: at build time for bad options; on the first call when the ``group`` column
            (or the answer reward's gold column) was not passed.

    Examples:
        >>> from rewardkit.extract import has_boxed
        >>> from rewardkit.reward import Reward, TextScorer
        >>> boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))  # "correct" = has a box
        >>> reward = kimi_length(boxed, unit="word")
        >>> reward(["\\boxed{4}", "so it \\boxed{4}", "so it is not 5", "5"],
        ...        prompts=["p", "p", "p", "q"])
        [0.5, 0.0, -0.5, 0.0]
    """
    resolved = _default_correct() if correct is None else correct
    scorer = KimiLength(correct=resolved, threshold=threshold, group=group, unit=unit)
    default = _spec("kimi_length", scorer)
    return Reward(
        name=default.name if name is None else name,
        spec=default,
        scorer=scorer,
        failure=None,
        summary=f"Kimi k1.5 group-relative length reward on {resolved.name}",
    )


# ------------------------------------------------------------------------ repetition penalty


def repetition_ratio(items: Sequence[Hashable], ngram: int = 3) -> float:
    """Return the fraction of repeated n-grams: ``1 - unique / total`` over ``items``.

    ``total = len(items) - ngram + 1`` contiguous n-grams; a sequence shorter than ``ngram``
    has none and scores 0. Linear time (one set of n-gram tuples).

    Args:
        items: words, characters or token ids.
        ngram: the n-gram size (>= 1).

    Returns:
        A ratio in [0, 1): 0 when no n-gram repeats.

    Examples:
        >>> repetition_ratio("a b c a b c".split(), 3)
        0.25
        >>> repetition_ratio([1, 2], 3)
        0.0
    """
    total = len(items) - ngram + 1
    if total <= 0:
        return 0.0
    unique = len(set(zip(*(items[i:] for i in range(ngram)), strict=False)))
    return 1.0 - unique / total


def _plain_ids(ids: Sequence[int]) -> Sequence[Hashable]:
    """Token ids as hashable Python ints (a tensor or array row hashes by identity otherwise)."""
    tolist = getattr(ids, "tolist", None)
    if callable(tolist) and not isinstance(ids, (list, tuple)):
        plain = tolist()
        if isinstance(plain, list):
            return plain
    return ids


@dataclass(frozen=True, slots=True, kw_only=True)
class RepetitionPenalty:
    """Scorer of :func:`repetition_penalty` (fields: its options)."""

    ngram: int = field(default=3, metadata={"check": integer(minimum=1)})
    max_penalty: float = field(default=-1.0, metadata={"check": number()})
    unit: Unit = field(default="word", metadata={"check": _UNIT})

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``ngram`` < 1, ``max_penalty`` positive or not finite, or an unknown
                ``unit``.
        """
        validate_fields(self)
        if self.max_penalty > 0:
            msg = f"max_penalty must be <= 0 (it is a penalty); got {self.max_penalty!r}"
            raise ConfigError(msg)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of scores: [max_penalty, 0]."""
        return (float(self.max_penalty), 0.0)

    def _ratio(self, sample: Sample) -> float:
        items: Sequence[Hashable]
        if sample.completion_ids is not None:
            items = _plain_ids(sample.completion_ids)
        elif self.unit == "word":
            items = sample.text.lower().split()
        else:
            items = sample.text
        return repetition_ratio(items, self.ngram)

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self._ratio(sample) * self.max_penalty + 0.0  # no -0.0

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and its inputs: ``repeated`` (share of repeated n-grams), ``ngram``."""
        ratio = self._ratio(sample)
        details: dict[str, object] = {"repeated": ratio, "ngram": self.ngram, "unit": self.unit}
        return ratio * self.max_penalty + 0.0, details


def repetition_penalty(
    ngram: int = field_default(RepetitionPenalty, "ngram"),
    max_penalty: float = field_default(RepetitionPenalty, "max_penalty"),
    *,
    unit: Unit = field_default(RepetitionPenalty, "unit"),
    name: str | None = None,
) -> Reward:
    """Build an n-gram repetition penalty (open-r1's ``get_repetition_penalty_reward``).

    Rule: ``(1 - unique / total) * max_penalty`` over the completion's n-grams (see
    :func:`repetition_ratio`): token ids when the trainer passes ``completion_ids``, else
    ``unit``: ``"word"`` (lower-cased, whitespace-separated words) or ``"char"`` (code
    points). A completion shorter than ``ngram`` scores 0.

    Args:
        ngram: the n-gram size (>= 1).
        max_penalty: the score of a completion made only of repeats (<= 0).
        unit: the unit used without token ids.
        name: the logged name; default ``repetition_penalty`` (plus non-default options).

    Returns:
        A Reward scoring in [max_penalty, 0]; never ``None``.

    Raises:
        ConfigError: ``ngram`` < 1, ``max_penalty`` > 0 or not finite, or an unknown ``unit``.

    Examples:
        >>> penalty = repetition_penalty(ngram=2)
        >>> penalty(["the cat sat on the mat", "ha ha ha ha ha", "hi"])
        [0.0, -0.75, 0.0]
    """
    scorer = RepetitionPenalty(ngram=ngram, max_penalty=max_penalty, unit=unit)
    default = _spec("repetition_penalty", scorer)
    return Reward(
        name=default.name if name is None else name,
        spec=default,
        scorer=scorer,
        lower=float(max_penalty),
        upper=0.0,
        summary=f"{ngram}-gram repetition penalty down to {max_penalty:g}",
    )
