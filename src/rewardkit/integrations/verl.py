"""verl's custom reward function, built from any rewardkit reward or combination.

verl (volcengine/verl) scores each response with a *custom reward function* named in its config
(``custom_reward_function.path`` / ``custom_reward_function.name``). Its reward managers call it
with keyword arguments, one response at a time (``naive`` manager)::

    compute_score(data_source=..., solution_str=..., ground_truth=..., extra_info=...)

or, with the ``batch`` reward manager, once per batch with plural names::

    compute_score(data_sources=..., solution_strs=..., ground_truths=..., extra_infos=...)

plus any ``custom_reward_function.reward_kwargs``. verl's reward loop
(``reward_model.use_reward_loop``) awaits the function when it is a coroutine function
(``inspect.iscoroutinefunction``), else runs it in a thread pool;
:meth:`VerlScore.score_async` (and :data:`compute_score_async`) is that coroutine form. verl
expects a float per response, or a dict with the float under ``"score"`` whose other keys it
logs as extra reward information.

:func:`make_compute_score` adapts rewardkit rewards to that contract. Each call becomes one
:class:`~rewardkit.reward.Batch` whose columns are, per row and in this order (later wins):

1. the items of ``extra_info`` when it is a mapping (e.g. ``numbers`` for a Countdown reward);
2. the items of ``ground_truth`` when it is a mapping (verl's Countdown data stores
   ``{"target": ..., "numbers": [...]}`` there);
3. ``data_source``, and ``ground_truth`` itself under ``"ground_truth"``;
4. when ``ground_truth`` is not a mapping, ``ground_truth`` under every gold column the rewards
   read (``answer`` and ``solution`` by default): verl's ground truth *is* the gold answer.

NumPy scalars and arrays (verl reads its data from parquet) become Python values first.

The score is the weighted sum ``sum(weight * value)`` over the rewards, skipping rewards that
return ``None`` ("not applicable"), exactly as TRL's ``nansum`` does; ``0.0`` when every reward
returns ``None``.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rewardkit.answers import boxed_correct
from rewardkit.compose import weighted_sum
from rewardkit.errors import ConfigError
from rewardkit.explanation import compact_fields
from rewardkit.reward import Batch, Reward

__all__ = [
    "VerlScore",
    "compute_score",
    "compute_score_async",
    "compute_score_batch",
    "make_compute_score",
]

#: The key under which a ``details=True`` score carries the weighted total (verl reads it).
SCORE_KEY = "score"

#: The row key that carries the response into :meth:`Batch.from_rows`.
_SOLUTION = "solution_str"


def _plain(value: object) -> object:
    """A NumPy scalar or array as the equivalent Python value; anything else unchanged."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


def _row_columns(
    data_source: object,
    ground_truth: object,
    extra_info: object,
    gold_columns: Sequence[str],
) -> dict[str, object]:
    """The dataset columns of one verl row (see the module docstring for the order)."""
    row: dict[str, object] = {}
    extra_info = _plain(extra_info)
    if isinstance(extra_info, Mapping):
        row.update({str(key): _plain(value) for key, value in extra_info.items()})
    ground_truth = _plain(ground_truth)
    if isinstance(ground_truth, Mapping):
        row.update({str(key): _plain(value) for key, value in ground_truth.items()})
    row["data_source"] = _plain(data_source)
    row["ground_truth"] = ground_truth
    if not isinstance(ground_truth, Mapping):
        row.update(dict.fromkeys(gold_columns, ground_truth))
    return row


def _aligned(name: str, values: object, n: int) -> list[object]:
    """``values`` as a list of ``n`` items; ``None`` means ``n`` times ``None``.

    Raises:
        ConfigError: ``values`` is not a sequence of ``n`` items.
    """
    if values is None:
        return [None] * n
    values = _plain(values)
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence) or len(values) != n:
        got = len(values) if isinstance(values, Sequence) else type(values).__name__
        msg = f"{name} must be a list aligned with the {n} solution_strs; got {got}"
        raise ConfigError(msg)
    return list(values)


def _weighted_totals(
    per_reward: Sequence[Sequence[float | None]], weights: Sequence[float], rows: int
) -> list[float]:
    """Per row, the library's one weighted sum; 0.0 where no reward applies (verl needs a number).

    See :func:`~rewardkit.compose.weighted_sum`.
    """
    totals = (weighted_sum([scores[i] for scores in per_reward], weights) for i in range(rows))
    return [0.0 if total is None else total for total in totals]


@dataclass(frozen=True, slots=True)
class VerlScore:
    """A picklable verl custom reward function over one or more rewardkit rewards.

    Build it with :func:`make_compute_score`. Call it as verl's ``naive`` reward manager does
    (one response), or use :meth:`batch` for verl's ``batch`` reward manager.

    Attributes:
        rewards: the rewards, in order.
        weights: one finite weight per reward.
        details: return ``{"score": total, <reward name>: value, ...}`` instead of the total;
            a reward's ``None`` ("not applicable") is reported as NaN.
        explain: also add each reward's explanation, compact (numbers and strings of at most
            64 characters, :func:`rewardkit.explanation.compact_fields`), under
            ``<reward name>.<key>`` (implies ``details``).
    """

    rewards: tuple[Reward, ...]
    weights: tuple[float, ...]
    details: bool = False
    explain: bool = False

    @property
    def gold_columns(self) -> tuple[str, ...]:
        """Every gold column the rewards read, in order of first appearance."""
        names: dict[str, None] = {}
        for reward in self.rewards:
            names.update(dict.fromkeys(reward.gold))
        return tuple(names)

    def __repr__(self) -> str:
        """A short, readable representation."""
        parts = ", ".join(
            f"{weight:g}*{reward.name}"
            for reward, weight in zip(self.rewards, self.weights, strict=True)
        )
        return f"<verl compute_score {parts}>"

    def __call__(
        self,
        data_source: object = None,
        solution_str: object = "",
        ground_truth: object = None,
        extra_info: object = None,
        **reward_kwargs: Any,
    ) -> float | dict[str, float]:
        """Score one response with verl's custom reward signature.

        Args:
            data_source: the row's ``data_source`` (kept as a column).
            solution_str: the decoded response (a message list is also accepted).
            ground_truth: the gold answer, or a mapping of columns (e.g. Countdown's
                ``{"target": ..., "numbers": [...]}``).
            extra_info: a mapping of further columns, or ``None``.
            **reward_kwargs: verl's ``custom_reward_function.reward_kwargs``; kept as trainer
                extras, never columns.

        Returns:
            The weighted total (or, with ``details``, a dict with it under ``"score"``).

        Raises:
            ConfigError: a reward needs a column the row does not have.
        """
        row = _row_columns(data_source, ground_truth, extra_info, self.gold_columns)
        return self._finish(self._batch([row], [solution_str], reward_kwargs))[0]

    def batch(
        self,
        data_sources: object = None,
        solution_strs: Sequence[object] = (),
        ground_truths: object = None,
        extra_infos: object = None,
        **reward_kwargs: Any,
    ) -> list[float | dict[str, float]]:
        """Score a batch with the signature of verl's ``batch`` reward manager.

        Args:
            data_sources: one ``data_source`` per response, or ``None``.
            solution_strs: the decoded responses.
            ground_truths: one ground truth per response, or ``None``.
            extra_infos: one ``extra_info`` per response, or ``None``.
            **reward_kwargs: verl's ``custom_reward_function.reward_kwargs``.

        Returns:
            One score (or details dict) per response, in order.

        Raises:
            ConfigError: the arguments are not aligned, or a reward needs a missing column.
        """
        solutions = _aligned("solution_strs", solution_strs, len(solution_strs))
        n = len(solutions)
        rows = [
            _row_columns(source, truth, extra, self.gold_columns)
            for source, truth, extra in zip(
                _aligned("data_sources", data_sources, n),
                _aligned("ground_truths", ground_truths, n),
                _aligned("extra_infos", extra_infos, n),
                strict=True,
            )
        ]
        return self._finish(self._batch(rows, solutions, reward_kwargs))

    def _batch(
        self,
        rows: Sequence[Mapping[str, object]],
        solutions: Sequence[object],
        reward_kwargs: Mapping[str, object],
    ) -> Batch:
        """The one :meth:`Batch.from_rows` over the rows, each with its response."""
        batch = Batch.from_rows(
            [{**row, _SOLUTION: solution} for row, solution in zip(rows, solutions, strict=True)],
            completion_field=_SOLUTION,
            prompt_field=None,
            extras=reward_kwargs,
        )
        for name in ("data_source", "ground_truth", *self.gold_columns):  # even with no rows
            batch.columns.setdefault(name, [None] * len(rows))
        return batch

    async def score_async(
        self,
        data_source: object = None,
        solution_str: object = "",
        ground_truth: object = None,
        extra_info: object = None,
        **reward_kwargs: Any,
    ) -> float | dict[str, float]:
        """:meth:`__call__` as a coroutine, for verl's reward loop (``async def`` detected).

        The scoring runs in a worker thread (:func:`asyncio.to_thread`), so the reward loop's
        event loop keeps serving other requests while a response is scored.
        """
        return await asyncio.to_thread(
            self, data_source, solution_str, ground_truth, extra_info, **reward_kwargs
        )

    async def batch_async(
        self,
        data_sources: object = None,
        solution_strs: Sequence[object] = (),
        ground_truths: object = None,
        extra_infos: object = None,
        **reward_kwargs: Any,
    ) -> list[float | dict[str, float]]:
        """:meth:`batch` as a coroutine (scored in a worker thread)."""
        return await asyncio.to_thread(
            self.batch, data_sources, solution_strs, ground_truths, extra_infos, **reward_kwargs
        )

    def _finish(self, batch: Batch) -> list[float | dict[str, float]]:
        if self.explain:
            return self._explained(batch)  # type: ignore[return-value]
        per_reward = [reward.score_batch(batch) for reward in self.rewards]
        totals = _weighted_totals(per_reward, self.weights, len(batch))
        results: list[float | dict[str, float]] = []
        for i, total in enumerate(totals):
            values = [scores[i] for scores in per_reward]
            if not self.details:
                results.append(total)
                continue
            detail = {SCORE_KEY: total}
            for reward, value in zip(self.rewards, values, strict=True):
                detail[reward.name] = math.nan if value is None else value
            results.append(detail)
        return results

    def _explained(self, batch: Batch) -> list[dict[str, float | str]]:
        """The ``details`` dict plus each reward's compact explanation fields."""
        per_reward = [reward.explain_batch(batch) for reward in self.rewards]
        scores = [[e.score for e in explanations] for explanations in per_reward]
        totals = _weighted_totals(scores, self.weights, len(batch))
        results: list[dict[str, float | str]] = []
        for i, total in enumerate(totals):
            detail: dict[str, float | str] = {SCORE_KEY: total}
            for reward, explanations in zip(self.rewards, per_reward, strict=True):
                value = explanations[i].score
                detail[reward.name] = math.nan if value is None else value
                detail.update(compact_fields(explanations[i], prefix=f"{reward.name}."))
            results.append(detail)
        return results


def make_compute_score(
    rewards: Reward | Sequence[Reward],
    weights: Sequence[float] | None = None,
    *,
    details: bool = False,
    explain: bool = False,
) -> VerlScore:
    r"""Build verl's ``compute_score`` from a reward or a weighted list of rewards.

    The score is ``sum(weight * value)`` over the rewards that apply (``None`` is skipped), and
    ``0.0`` when none applies. See the module docstring for how verl's ``ground_truth`` and
    ``extra_info`` become the columns rewards read.

    Args:
        rewards: one :class:`~rewardkit.reward.Reward` (a combination built with
            :mod:`rewardkit.compose` is one too) or a non-empty list of them with distinct names.
        weights: one finite weight per reward; default ``1.0`` each.
        details: return ``{"score": total, <reward name>: value}`` per response, which verl
            logs as extra reward information.
        explain: also return each reward's compact explanation (numbers and short strings)
            under ``<reward name>.<key>``, e.g. ``boxed_correct.answer``,
            ``boxed_correct.rule`` (implies ``details``).

    Returns:
        A picklable callable with verl's custom reward signature; its ``batch`` method has the
        signature of verl's ``batch`` reward manager.

    Raises:
        ConfigError: no rewards, something that is not a Reward, duplicate names, or weights
            that are not one finite number per reward.

    Examples:
        >>> from rewardkit.answers import boxed_correct
        >>> from rewardkit.integrations.verl import make_compute_score
        >>> compute_score = make_compute_score(boxed_correct)
        >>> compute_score("openai/gsm8k", "so the answer is \\boxed{72}", "72")
        1.0
        >>> compute_score(data_source="math", solution_str="I give up", ground_truth="72")
        0.0
        >>> explained = make_compute_score(boxed_correct, explain=True)
        >>> result = explained("math", "so \\boxed{72}", "72")
        >>> result["score"], result["boxed_correct.answer"], result["boxed_correct.rule"]
        (1.0, '72', 'identical text')
    """
    candidates: object = (rewards,) if isinstance(rewards, Reward) else rewards
    if (
        isinstance(candidates, (str, bytes))
        or not isinstance(candidates, Sequence)
        or not candidates
    ):
        msg = f"rewards must be a Reward or a non-empty list of Rewards; got {rewards!r}"
        raise ConfigError(msg)
    items: list[Reward] = []
    for item in candidates:
        if not isinstance(item, Reward):
            msg = f"rewards must be rewardkit Rewards; got {item!r}"
            raise ConfigError(msg)
        items.append(item)
    names = [item.name for item in items]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        msg = f"rewards must have distinct names; got {duplicates[0]!r} twice"
        raise ConfigError(msg)
    given: object = [1.0] * len(items) if weights is None else weights
    if (
        isinstance(given, (str, bytes))
        or not isinstance(given, Sequence)
        or len(given) != len(items)
    ):
        msg = f"weights must be a list of {len(items)} numbers; got {weights!r}"
        raise ConfigError(msg)
    values: list[float] = []
    for weight in given:
        if (
            isinstance(weight, bool)
            or not isinstance(weight, (int, float))
            or not math.isfinite(weight)
        ):
            msg = f"weights must be finite numbers; got {weight!r}"
            raise ConfigError(msg)
        values.append(float(weight))
    flag: object = details
    if not isinstance(flag, bool):
        msg = f"details must be True or False; got {details!r}"
        raise ConfigError(msg)
    explaining: object = explain
    if not isinstance(explaining, bool):
        msg = f"explain must be True or False; got {explain!r}"
        raise ConfigError(msg)
    return VerlScore(tuple(items), tuple(values), flag or explaining, explaining)


#: verl's default-named custom reward: :data:`~rewardkit.answers.boxed_correct` against
#: ``ground_truth`` (point ``custom_reward_function.path`` at a file that imports it).
compute_score = make_compute_score(boxed_correct)

#: The same, for verl's ``batch`` reward manager (``custom_reward_function.name``).
compute_score_batch = compute_score.batch

#: The same as a coroutine function, for verl's reward loop (which awaits ``async def``
#: rewards directly instead of running them in its thread pool).
compute_score_async = compute_score.score_async
