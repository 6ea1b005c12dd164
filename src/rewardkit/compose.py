"""Combinators: build new named, picklable Rewards out of existing ones.

Every combinator returns a :class:`~rewardkit.reward.Reward` whose scorer is a frozen dataclass
holding the sub-rewards. Its ``batch(batch)`` method calls each sub-reward's
:meth:`~rewardkit.reward.Reward.score_batch` on the *same* :class:`~rewardkit.reward.Batch`, so
completion texts and samples are converted once; every sub-reward keeps its own error boundary,
gold columns and ``None`` ("not applicable") results. Bounds are computed from the sub-rewards'
bounds, and names are readable and distinct from the components' names.

- :func:`combine`: weighted sum, skipping ``None`` components like TRL's ``nansum``.
- :func:`gate`: a reward that only counts where another one passes.
- :func:`scale`, :func:`clip`, :func:`rename`.
- :func:`schedule`: scale by a picklable function of ``trainer_state.global_step``
  (:class:`Ramp`, :class:`Steps`, or any picklable callable).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rewardkit._validate import (
    check_integer,
    check_number,
    check_numbers,
    check_reward,
    field_default,
)
from rewardkit.errors import ConfigError
from rewardkit.explanation import Explanation
from rewardkit.length import _one_row_batch
from rewardkit.reward import Batch, Reward, Sample

#: What a combinator's ``explain_batch`` yields per row: score, details, components.
_Explained = tuple[float | None, dict[str, object], tuple[Explanation, ...]]

__all__ = [
    "Clipped",
    "Combined",
    "Gated",
    "Ramp",
    "Scaled",
    "Scheduled",
    "Steps",
    "clip",
    "combine",
    "gate",
    "rename",
    "scale",
    "schedule",
    "weighted_sum",
]


# ----------------------------------------------------------------------------------- helpers


def _number(value: float) -> str:
    """A short, exact label for a number: ``2`` for 2.0, else the shortest repr."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _distinct(names: Sequence[str]) -> list[str]:
    """Suffix repeated names with ``#2``, ``#3``... so every component is told apart."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return out


def _within(value: float, lower: float, upper: float) -> float:
    return min(max(value, lower), upper)


def _product_bounds(low: float, high: float, f_low: float, f_high: float) -> tuple[float, float]:
    products = (low * f_low, low * f_high, high * f_low, high * f_high)
    return (min(products), max(products))


def _passes(value: float | None, threshold: float | None, reward: Reward) -> bool:
    """A gate's test: ``value >= threshold`` (default: the reward's upper bound); None fails."""
    return value is not None and value >= (reward.upper if threshold is None else threshold)


def _build(
    name: str, scorer: object, parts: Sequence[Reward], bounds: tuple[float, float], summary: str
) -> Reward:
    lower, upper = float(bounds[0]), float(bounds[1])
    gold = tuple(dict.fromkeys(column for part in parts for column in part.gold))
    requires = tuple(dict.fromkeys(column for part in parts for column in part.requires))
    return Reward(
        name=name,
        scorer=scorer,  # type: ignore[arg-type]  # every scorer here implements Scorer
        gold=gold,
        requires=requires,
        lower=lower,
        upper=upper,
        failure=_within(0.0, lower, upper),
        summary=summary,
    )


# ----------------------------------------------------------------------------------- combine


def weighted_sum(values: Sequence[float | None], weights: Sequence[float]) -> float | None:
    """The library's one weighted sum: ``sum(w * v)`` over the values that are not ``None``.

    TRL's rule (``None`` becomes NaN, then ``nansum``), except that a row where every value is
    ``None`` stays ``None`` (TRL warns and counts it 0). Used by :func:`combine`, the presets,
    the CLI, the registry and every integration. Summed exactly (``math.fsum``).

    Examples:
        >>> weighted_sum([1.0, 0.5], [1.0, 2.0]), weighted_sum([1.0, None], [1.0, 2.0])
        (2.0, 1.0)
        >>> weighted_sum([None, None], [1.0, 2.0]) is None
        True
    """
    terms = [w * v for v, w in zip(values, weights, strict=True) if v is not None]
    return math.fsum(terms) if terms else None


def _weighted_sums(
    columns: Sequence[Sequence[float | None]], weights: Sequence[float], rows: int
) -> list[float | None]:
    """Row-wise :func:`weighted_sum` of ``columns`` (one per reward)."""
    return [weighted_sum([column[i] for column in columns], weights) for i in range(rows)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Combined:
    """Scorer of :func:`combine`: a weighted sum of rewards."""

    rewards: tuple[Reward, ...] = ()
    weights: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: no rewards, a non-Reward, weights of another length, or a non-finite
                weight.
        """
        if not isinstance(self.rewards, tuple) or not self.rewards:
            msg = f"rewards must be a non-empty tuple of Rewards; got {self.rewards!r}"
            raise ConfigError(msg)
        for i, reward in enumerate(self.rewards):
            check_reward(reward, f"rewards[{i}]")
        check_numbers(self.weights, "weights", count=len(self.rewards), why="one per reward")

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of sums: each component contributes [min(0, w*lo, w*hi), max(...)].

        0 is included because a component may be ``None`` (skipped) on any row.
        """
        low = high = 0.0
        for reward, weight in zip(self.rewards, self.weights, strict=True):
            ends = (0.0, weight * reward.lower, weight * reward.upper)
            low += min(ends)
            high += max(ends)
        return (low, high)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample (each reward scores a one-row batch)."""
        return self.batch(_one_row_batch(sample))[0]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch: every reward's ``score_batch``, then :func:`weighted_sum` per row."""
        return _weighted_sums(
            [reward.score_batch(batch) for reward in self.rewards], self.weights, len(batch)
        )

    def explain_batch(self, batch: Batch, /) -> list[_Explained]:
        """Each component's explanation, and the weighted sum of their scores per row.

        Details: ``weights`` (one per component, in order), ``skipped`` (components that
        gave ``None``); the components' explanations are the explanation's ``components``.
        """
        columns = [reward.explain_batch(batch) for reward in self.rewards]
        weights = list(self.weights)
        out: list[_Explained] = []
        for i in range(len(batch)):
            parts = tuple(column[i] for column in columns)
            total = weighted_sum([part.score for part in parts], self.weights)
            out.append(
                (
                    total,
                    {"weights": weights, "skipped": [p.name for p in parts if p.score is None]},
                    parts,
                )
            )
        return out


def combine(
    rewards: Sequence[Reward], weights: Sequence[float] | None = None, *, name: str | None = None
) -> Reward:
    r"""Build the weighted sum of several rewards as one Reward.

    Rule, per completion: ``sum(w_i * r_i for the components r_i that are not None)``; when
    every component is ``None`` the sum is ``None``. This matches TRL's aggregation of
    ``reward_funcs`` with ``reward_weights`` (``None`` becomes NaN, then ``nansum``), except that
    an all-``None`` row stays ``None`` instead of becoming 0 (TRL then warns and treats it as
    NaN, which its ``nansum`` turns into 0 again). Each component reads its own columns and keeps
    its own error boundary.

    Args:
        rewards: the rewards to add (at least one).
        weights: one finite weight per reward (default: all 1.0).
        name: the logged name; default ``combine(0.5*a, 2*b, c)`` (weight 1 is not shown;
            repeated component names get ``#2``, ``#3``...).

    Returns:
        A Reward whose bounds are the sum of the components' weighted bounds (each widened to
        include 0, for skipped components).

    Raises:
        ConfigError: no rewards, a component that is not a Reward, or weights of the wrong
            length or not finite.

    Examples:
        >>> from rewardkit.extract import has_boxed
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.length import repetition_penalty
        >>> boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> total = combine([boxed, repetition_penalty(ngram=1)], [2.0, 1.0])
        >>> total.name
        'combine(2*boxed, repetition_penalty_ngram1)'
        >>> total(["\\boxed{4}", "no no"])
        [2.0, -0.5]
        >>> total.lower, total.upper
        (-1.0, 2.0)
    """
    if isinstance(rewards, Reward) or not isinstance(rewards, Sequence):
        msg = f"rewards must be a list of Rewards; got {type(rewards).__name__}"
        raise ConfigError(msg)
    parts = tuple(rewards)
    if weights is None:
        weights = [1.0] * len(parts)
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Sequence):
        msg = f"weights must be a list of numbers; got {type(weights).__name__}"
        raise ConfigError(msg)
    scorer = Combined(
        rewards=parts,
        weights=tuple(check_number(w, f"weights[{i}]") for i, w in enumerate(weights)),
    )
    if name is None:
        labels = _distinct([reward.name for reward in parts])
        terms = [
            label if weight == 1 else f"{_number(weight)}*{label}"
            for label, weight in zip(labels, scorer.weights, strict=True)
        ]
        name = f"combine({', '.join(terms)})"
    return _build(name, scorer, parts, scorer.bounds, "weighted sum: " + name)


# -------------------------------------------------------------------------------------- gate


@dataclass(frozen=True, slots=True, kw_only=True)
class Gated:
    """Scorer of :func:`gate`: a reward that counts only where another passes."""

    reward: Reward | None = None
    when: Reward | None = None
    threshold: float | None = None
    otherwise: float = 0.0

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``reward`` or ``when`` not a Reward, or a non-finite number.
        """
        check_reward(self.reward, "reward")
        check_reward(self.when, "when")
        if self.threshold is not None:
            check_number(self.threshold, "threshold")
        check_number(self.otherwise, "otherwise")

    @property
    def bounds(self) -> tuple[float, float]:
        """The range: [min(lower, otherwise), upper] of the gated reward."""
        reward = check_reward(self.reward, "reward")
        return (min(reward.lower, self.otherwise), reward.upper)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample (both rewards score a one-row batch)."""
        return self.batch(_one_row_batch(sample))[0]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch: both rewards' ``score_batch``, then the gate per completion."""
        reward = check_reward(self.reward, "reward")
        when = check_reward(self.when, "when")
        values = reward.score_batch(batch)
        tests = when.score_batch(batch)
        return [
            None
            if value is None
            else value
            if _passes(test, self.threshold, when)
            else min(value, self.otherwise)
            for value, test in zip(values, tests, strict=True)
        ]

    def explain_batch(self, batch: Batch, /) -> list[_Explained]:
        """The gated reward's and the gate's explanations, and the gate's decision.

        Details: ``gate`` (``"open"``, ``"closed"`` or ``"n/a"`` when the reward is ``None``),
        ``threshold`` (the gate's pass mark: its ``threshold``, else the ``when`` reward's
        upper bound), ``otherwise``.
        """
        reward = check_reward(self.reward, "reward")
        when = check_reward(self.when, "when")
        values = reward.explain_batch(batch)
        tests = when.explain_batch(batch)
        bar = when.upper if self.threshold is None else self.threshold
        out: list[_Explained] = []
        for value, test in zip(values, tests, strict=True):
            passed = _passes(test.score, self.threshold, when)
            if value.score is None:
                score, decision = None, "n/a"
            else:
                score = value.score if passed else min(value.score, self.otherwise)
                decision = "open" if passed else "closed"
            details = {"gate": decision, "threshold": bar, "otherwise": self.otherwise}
            out.append((score, details, (value, test)))
        return out


def gate(
    reward: Reward,
    *,
    when: Reward,
    threshold: float | None = field_default(Gated, "threshold"),
    otherwise: float = field_default(Gated, "otherwise"),
    name: str | None = None,
) -> Reward:
    r"""Build a reward that only counts where ``when`` passes.

    Rule, per completion: ``reward`` where ``when >= threshold`` (default threshold:
    ``when.upper``, i.e. full marks); elsewhere ``min(reward, otherwise)`` (default 0: a bonus
    is withheld, a penalty still applies). So the gated reward never exceeds ``reward``. Where
    ``reward`` is ``None`` the result is ``None``; where ``when`` is ``None`` (e.g. no gold
    answer) the gate does not pass. Typical use: reflection only counts when the answer is
    correct, ``gate(aha, when=boxed_correct)``, so the model cannot farm "wait, let me
    re-check" on wrong answers.

    Args:
        reward: the reward to gate.
        when: the reward that must pass.
        threshold: the ``when`` score that passes (default: ``when.upper``).
        otherwise: the cap applied where the gate does not pass.
        name: the logged name; default ``gate(reward, when=other)`` (plus ``>=threshold``
            and ``otherwise`` when given; ``when`` is suffixed ``#2`` if it has the same name).

    Returns:
        A Reward in [min(reward.lower, otherwise), reward.upper], or ``None``.

    Raises:
        ConfigError: ``reward`` or ``when`` is not a Reward, or a number is not finite.

    Examples:
        >>> from rewardkit.extract import has_boxed
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.length import length_shaped
        >>> boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> shaped = length_shaped(target=10, max_length=100)
        >>> gated = gate(shaped, when=boxed)
        >>> gated.name
        'gate(length_shaped_target10_max_length100, when=boxed)'
        >>> gated(["\\boxed{12345}", "no box at all", "x" * 200])
        [1.0, 0.0, -1.0]
    """
    scorer = Gated(reward=reward, when=when, threshold=threshold, otherwise=otherwise)
    if name is None:
        label, other = _distinct([reward.name, when.name])
        test = other if threshold is None else f"{other}>={_number(float(threshold))}"
        extra = "" if otherwise == 0 else f", otherwise={_number(float(otherwise))}"
        name = f"gate({label}, when={test}{extra})"
    return _build(name, scorer, (reward, when), scorer.bounds, f"{reward.name} if {when.name}")


# ------------------------------------------------------------------------ scale, clip, rename


@dataclass(frozen=True, slots=True, kw_only=True)
class Scaled:
    """Scorer of :func:`scale`: a reward times a constant."""

    reward: Reward | None = None
    factor: float = 1.0

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``reward`` not a Reward or ``factor`` not finite.
        """
        check_reward(self.reward, "reward")
        check_number(self.factor, "factor")

    @property
    def bounds(self) -> tuple[float, float]:
        """The range: the reward's bounds times ``factor`` (swapped when negative)."""
        reward = check_reward(self.reward, "reward")
        return _product_bounds(reward.lower, reward.upper, self.factor, self.factor)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample."""
        return self.batch(_one_row_batch(sample))[0]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch."""
        values = check_reward(self.reward, "reward").score_batch(batch)
        return [None if value is None else value * self.factor + 0.0 for value in values]

    def explain_batch(self, batch: Batch, /) -> list[_Explained]:
        """The reward's explanation and the factor (details: ``factor``)."""
        parts = check_reward(self.reward, "reward").explain_batch(batch)
        return [
            (
                None if p.score is None else p.score * self.factor + 0.0,
                {"factor": self.factor},
                (p,),
            )
            for p in parts
        ]


def scale(reward: Reward, factor: float, *, name: str | None = None) -> Reward:
    """Build ``reward`` multiplied by ``factor`` (``None`` stays ``None``).

    Args:
        reward: the reward to scale.
        factor: a finite number (negative flips the bounds).
        name: the logged name; default ``scale(reward, factor)``.

    Returns:
        A Reward with bounds ``factor * [lower, upper]`` (ordered).

    Raises:
        ConfigError: ``reward`` is not a Reward or ``factor`` is not finite.

    Examples:
        >>> from rewardkit.length import overlong_penalty
        >>> half = scale(overlong_penalty(max_length=10, buffer=5), 0.5)
        >>> half.name, half(["x" * 20]), (half.lower, half.upper)
        ('scale(overlong_penalty_max_length10_buffer5, 0.5)', [-0.5], (-0.5, 0.0))
    """
    scorer = Scaled(reward=reward, factor=factor)
    if name is None:
        name = f"scale({reward.name}, {_number(float(factor))})"
    return _build(name, scorer, (reward,), scorer.bounds, f"{reward.name} times {factor:g}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Clipped:
    """Scorer of :func:`clip`: a reward clamped into [lower, upper]."""

    reward: Reward | None = None
    lower: float | None = None
    upper: float | None = None

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``reward`` not a Reward, neither bound given, a non-finite bound, or
                ``lower > upper``.
        """
        check_reward(self.reward, "reward")
        if self.lower is None and self.upper is None:
            msg = "clip needs lower, upper or both; got neither"
            raise ConfigError(msg)
        if self.lower is not None:
            check_number(self.lower, "lower")
        if self.upper is not None:
            check_number(self.upper, "upper")
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            msg = f"lower must be <= upper ({self.upper!r}); got lower={self.lower!r}"
            raise ConfigError(msg)

    def _clamp(self, value: float) -> float:
        if self.lower is not None and value < self.lower:
            value = self.lower
        if self.upper is not None and value > self.upper:
            value = self.upper
        return float(value)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range: the reward's bounds, each clamped."""
        reward = check_reward(self.reward, "reward")
        return (self._clamp(reward.lower), self._clamp(reward.upper))

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample."""
        return self.batch(_one_row_batch(sample))[0]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch."""
        values = check_reward(self.reward, "reward").score_batch(batch)
        return [None if value is None else self._clamp(value) for value in values]

    def explain_batch(self, batch: Batch, /) -> list[_Explained]:
        """The reward's explanation and the clamp (details: ``lower``, ``upper``, ``clipped``)."""
        parts = check_reward(self.reward, "reward").explain_batch(batch)
        out: list[_Explained] = []
        for p in parts:
            score = None if p.score is None else self._clamp(p.score)
            details: dict[str, object] = {
                "lower": self.lower,
                "upper": self.upper,
                "clipped": score != p.score,
            }
            out.append((score, details, (p,)))
        return out


def clip(
    reward: Reward,
    lower: float | None = field_default(Clipped, "lower"),
    upper: float | None = field_default(Clipped, "upper"),
    *,
    name: str | None = None,
) -> Reward:
    """Build ``reward`` clamped into ``[lower, upper]`` (either may be omitted).

    Args:
        reward: the reward to clip.
        lower: the least score (``None``: unbounded below).
        upper: the greatest score (``None``: unbounded above).
        name: the logged name; default ``clip(reward, lower, upper)``.

    Returns:
        A Reward whose bounds are the reward's bounds clamped; ``None`` stays ``None``.

    Raises:
        ConfigError: ``reward`` is not a Reward, neither bound is given, a bound is not finite,
            or ``lower > upper``.

    Examples:
        >>> from rewardkit.length import overlong_penalty
        >>> soft = clip(overlong_penalty(max_length=10, buffer=10), lower=-0.5)
        >>> soft(["x" * 5, "x" * 20]), soft.name
        ([-0.5, -0.5], 'clip(overlong_penalty_max_length10_buffer10, -0.5, None)')
    """
    scorer = Clipped(reward=reward, lower=lower, upper=upper)
    if name is None:
        ends = ["None" if end is None else _number(float(end)) for end in (lower, upper)]
        name = f"clip({reward.name}, {ends[0]}, {ends[1]})"
    return _build(name, scorer, (reward,), scorer.bounds, f"{reward.name} clipped")


def rename(reward: Reward, name: str) -> Reward:
    """Return ``reward`` under another name (its ``__name__``, as trainers log it).

    Args:
        reward: the reward.
        name: the new name (non-empty).

    Returns:
        The same reward (same scorer, bounds and columns) with ``name``.

    Raises:
        ConfigError: ``reward`` is not a Reward or ``name`` is empty or not a string.

    Examples:
        >>> from rewardkit.length import repetition_penalty
        >>> rename(repetition_penalty(), "no_loops").__name__
        'no_loops'
    """
    check_reward(reward, "reward")
    if not isinstance(name, str) or not name.strip():
        msg = f"name must be a non-empty string; got {name!r}"
        raise ConfigError(msg)
    return dataclasses.replace(reward, name=name)


# ---------------------------------------------------------------------------------- schedule


@dataclass(frozen=True, slots=True, kw_only=True)
class Ramp:
    """A linear ramp of a factor over training steps (picklable, for :func:`schedule`).

    Rule: ``start`` up to ``start_step``, then linear to ``end`` at ``end_step``, then ``end``.

    Examples:
        >>> ramp = Ramp(start_step=100, end_step=200)
        >>> [ramp(step) for step in (0, 100, 150, 200, 1000)]
        [0.0, 0.0, 0.5, 1.0, 1.0]
    """

    start_step: int = 0
    end_step: int = 1000
    start: float = 0.0
    end: float = 1.0

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: a negative or non-integer step, ``end_step < start_step``, or a
                non-finite value.
        """
        for argument in ("start_step", "end_step"):
            check_integer(getattr(self, argument), argument, minimum=0)
        if self.end_step < self.start_step:
            msg = f"end_step must be >= start_step ({self.start_step}); got {self.end_step!r}"
            raise ConfigError(msg)
        check_number(self.start, "start")
        check_number(self.end, "end")

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of factors."""
        return (float(min(self.start, self.end)), float(max(self.start, self.end)))

    @property
    def label(self) -> str:
        """A short label for reward names: ``ramp(start@start_step, end@end_step)``."""
        return (
            f"ramp({_number(float(self.start))}@{self.start_step}, "
            f"{_number(float(self.end))}@{self.end_step})"
        )

    def __call__(self, step: int) -> float:
        """The factor at ``step``."""
        if step <= self.start_step:
            return float(self.start)
        if step >= self.end_step:
            return float(self.end)
        progress = (step - self.start_step) / (self.end_step - self.start_step)
        return float(self.start + (self.end - self.start) * progress)


@dataclass(frozen=True, slots=True, kw_only=True)
class Steps:
    """A piecewise-constant factor over training steps (picklable, for :func:`schedule`).

    Rule: ``values[i]`` where ``boundaries[i-1] <= step < boundaries[i]`` (``values[0]`` before
    the first boundary, ``values[-1]`` from the last one on).

    Examples:
        >>> steps = Steps(boundaries=(100, 200), values=(0.0, 0.5, 1.0))
        >>> [steps(step) for step in (0, 99, 100, 199, 200)]
        [0.0, 0.0, 0.5, 0.5, 1.0]
    """

    boundaries: tuple[int, ...] = ()
    values: tuple[float, ...] = (1.0,)

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: boundaries not strictly increasing non-negative integers, or not one
                more value than boundaries, or a non-finite value.
        """
        boundaries: object = self.boundaries
        if not isinstance(boundaries, tuple):
            msg = f"boundaries must be a tuple of integers >= 0; got {boundaries!r}"
            raise ConfigError(msg)
        for i, boundary in enumerate(self.boundaries):
            check_integer(boundary, f"boundaries[{i}]", minimum=0)
        if any(a >= b for a, b in zip(self.boundaries, self.boundaries[1:], strict=False)):
            msg = f"boundaries must be strictly increasing; got {self.boundaries!r}"
            raise ConfigError(msg)
        check_numbers(
            self.values,
            "values",
            count=len(self.boundaries) + 1,
            why="one more than boundaries",
        )

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of factors."""
        return (float(min(self.values)), float(max(self.values)))

    @property
    def label(self) -> str:
        """A short label for reward names: ``steps(v0, v1@b0, v2@b1)``."""
        parts = [_number(float(self.values[0]))]
        parts += [
            f"{_number(float(v))}@{b}"
            for b, v in zip(self.boundaries, self.values[1:], strict=True)
        ]
        return f"steps({', '.join(parts)})"

    def __call__(self, step: int) -> float:
        """The factor at ``step``."""
        return float(self.values[bisect.bisect_right(self.boundaries, step)])


def _function_label(fn: Callable[[int], float]) -> str:
    label = getattr(fn, "label", None)
    if isinstance(label, str):
        return label
    qualname = getattr(fn, "__qualname__", None)
    module = getattr(fn, "__module__", None)
    if isinstance(qualname, str):
        return qualname if module in (None, "__main__") else f"{module}.{qualname}"
    return repr(fn)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scheduled:
    """Scorer of :func:`schedule`: a reward times ``fn(global_step)``."""

    reward: Reward | None = None
    fn: Callable[[int], float] = dataclasses.field(default_factory=Ramp)
    factor_range: tuple[float, float] = (0.0, 1.0)

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``reward`` not a Reward, ``fn`` not callable or not picklable, or a
                bad ``factor_range``.
        """
        check_reward(self.reward, "reward")
        fn: object = self.fn
        if not callable(fn):
            msg = f"fn must be a callable step -> factor; got {type(fn).__name__}"
            raise ConfigError(msg)
        try:
            pickle.dumps(self.fn)
        except Exception as error:  # any failure means "not picklable"
            msg = (
                "fn must be picklable (a module-level function or a frozen dataclass such as "
                f"rewardkit.compose.Ramp or Steps; not a lambda or closure); got {self.fn!r}: "
                f"{error}"
            )
            raise ConfigError(msg) from None
        if (
            not isinstance(self.factor_range, tuple)
            or len(self.factor_range) != 2
            or check_number(self.factor_range[0], "factor_range[0]")
            > check_number(self.factor_range[1], "factor_range[1]")
        ):
            msg = (
                "factor_range must be a (low, high) pair with low <= high; "
                f"got {self.factor_range!r}"
            )
            raise ConfigError(msg)

    def factor(self, step: int | None) -> float:
        """The factor at ``step`` (0 when unknown), clamped into ``factor_range``.

        A non-finite factor counts as the low end of the range.
        """
        value = float(self.fn(0 if step is None else step))
        low, high = self.factor_range
        return float(low) if not math.isfinite(value) else _within(value, low, high)

    @property
    def bounds(self) -> tuple[float, float]:
        """The range: the reward's bounds times the factor range."""
        reward = check_reward(self.reward, "reward")
        return _product_bounds(reward.lower, reward.upper, *self.factor_range)

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample; a :class:`Sample` carries no trainer state, so step 0."""
        return self.batch(_one_row_batch(sample))[0]

    def batch(self, batch: Batch, /) -> list[float | None]:
        """Score a batch at ``batch.global_step``."""
        factor = self.factor(batch.global_step)
        values = check_reward(self.reward, "reward").score_batch(batch)
        return [None if value is None else value * factor + 0.0 for value in values]

    def explain_batch(self, batch: Batch, /) -> list[_Explained]:
        """The reward's explanation and the schedule (details: ``step``, ``factor``)."""
        step = batch.global_step
        factor = self.factor(step)
        parts = check_reward(self.reward, "reward").explain_batch(batch)
        details: dict[str, object] = {"step": step, "factor": factor}
        return [(None if p.score is None else p.score * factor + 0.0, details, (p,)) for p in parts]


def schedule(
    reward: Reward,
    fn: Callable[[int], float],
    *,
    factor_range: tuple[float, float] | None = None,
    name: str | None = None,
) -> Reward:
    """Build ``reward`` scaled by ``fn(trainer_state.global_step)``: a curriculum.

    Rule, per call: ``factor = clamp(fn(step), *factor_range)``, then ``reward * factor``
    (``None`` stays ``None``). ``step`` is ``trainer_state.global_step`` as TRL passes it; when
    no trainer state is passed (scoring outside a trainer) the step is 0, so pass
    ``trainer_state={"global_step": n}`` to evaluate at step ``n``. ``fn`` must be picklable
    (trainers copy rewards to worker processes): use :class:`Ramp`, :class:`Steps`, a
    module-level function, or a frozen dataclass.

    Args:
        reward: the reward to schedule.
        fn: ``step -> factor``.
        factor_range: the range factors are clamped into (so the bounds hold); default
            ``fn.bounds`` when ``fn`` has them (Ramp, Steps), else ``(0.0, 1.0)``.
        name: the logged name; default ``schedule(reward, <fn label>)``.

    Returns:
        A Reward whose bounds are the reward's bounds times the factor range.

    Raises:
        ConfigError: ``reward`` is not a Reward, ``fn`` is not callable or not picklable, or
            ``factor_range`` is not an ordered pair of finite numbers.

    Examples:
        >>> from rewardkit.length import repetition_penalty
        >>> warm = schedule(repetition_penalty(ngram=1), Ramp(start_step=0, end_step=100))
        >>> warm.name
        'schedule(repetition_penalty_ngram1, ramp(0@0, 1@100))'
        >>> warm(["no no"], trainer_state={"global_step": 50})
        [-0.25]
        >>> warm(["no no"])  # no trainer state: step 0
        [0.0]
    """
    if factor_range is None:
        bounds = getattr(fn, "bounds", None)
        factor_range = bounds if isinstance(bounds, tuple) else (0.0, 1.0)
    scorer = Scheduled(reward=reward, fn=fn, factor_range=factor_range)
    if name is None:
        name = f"schedule({reward.name}, {_function_label(fn)})"
    return _build(name, scorer, (reward,), scorer.bounds, f"{reward.name} on a schedule")
