"""Score a Hugging Face ``datasets.Dataset`` and get it back with score columns.

:func:`score_dataset` runs the same scoring engine as ``rewardkit score`` through
``Dataset.map(batched=True, num_proc=N)``: each map batch is scored as the command scores a
chunk (rows with the same prompt in one batch, a row that cannot be scored gets an error and
``None`` scores, its neighbours are unaffected), and the dataset comes back with one float
column per reward, ``total`` (the weighted sum, TRL's ``None`` rule) and ``error`` (``None``
for a scored row). ``datasets`` is an optional dependency (``pip install 'rewardkit[datasets]'``);
this module imports it only when called.

Group-relative rewards (e.g. ``kimi_length``) compare the completions of one prompt *within a
map batch*: keep a prompt's rows contiguous and ``batch_size`` a multiple of the group size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rewardkit._plan import ScoringPlan, score_records
from rewardkit.errors import ConfigError
from rewardkit.jsonl import Line
from rewardkit.registry import WeightedReward
from rewardkit.reward import Reward

__all__ = ["score_dataset"]


class _MapScorer:
    """The function given to ``Dataset.map``: picklable, holds the plan (built once)."""

    def __init__(self, plan: ScoringPlan, columns: Sequence[str]) -> None:
        self.plan = plan
        self.columns = tuple(columns)

    def __call__(self, batch: dict[str, list[Any]], indices: list[int]) -> dict[str, list[Any]]:
        keys = list(batch)
        columns = zip(*batch.values(), strict=True)
        rows = [dict(zip(keys, values, strict=True)) for values in columns]
        lines = [Line(index + 1, row) for index, row in zip(indices, rows, strict=True)]
        records = score_records(self.plan, lines)
        return {name: [record.get(name) for record in records] for name in self.columns}


def _plan(
    rewards: ScoringPlan | Sequence[Reward | WeightedReward],
    completion_field: str,
    prompt_field: str,
) -> ScoringPlan:
    if isinstance(rewards, ScoringPlan):
        return rewards
    if isinstance(rewards, (Reward, WeightedReward)):
        rewards = [rewards]
    items = []
    for item in rewards:
        value: object = item
        if isinstance(value, Reward):
            items.append(WeightedReward(value))
        elif isinstance(value, WeightedReward):
            items.append(value)
        else:
            msg = f"rewards must be Rewards or WeightedRewards; got {type(value).__name__}"
            raise ConfigError(msg)
    if not items:
        msg = "rewards must name at least one reward; got none"
        raise ConfigError(msg)
    return ScoringPlan(tuple(items), completion_field, prompt_field)


def score_dataset(
    dataset: Any,
    rewards: ScoringPlan | Sequence[Reward | WeightedReward],
    *,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
    num_proc: int | None = None,
    batch_size: int = 256,
) -> Any:
    """Return ``dataset`` with a score column per reward, ``total`` and ``error``.

    Args:
        dataset: a ``datasets.Dataset`` with a completion column (a string or a message list)
            and the gold columns the rewards read.
        rewards: the rewards (weight 1), :class:`~rewardkit.registry.WeightedReward` s, or a
            scoring plan.
        completion_field: the column holding the completion.
        prompt_field: the column holding the prompt (passed to rewards as ``prompts``).
        num_proc: processes for ``Dataset.map`` (``None``: this process).
        batch_size: rows per map batch (one scoring batch).

    Returns:
        A new ``Dataset``: the original columns plus float64 ``<reward name>`` columns and
        ``total``, and a string ``error`` column (``None`` where the row was scored).

    Raises:
        ConfigError: no reward, an output column already in the dataset, or a bad argument.

    Examples:
        >>> import datasets
        >>> from rewardkit import aha
        >>> ds = datasets.Dataset.from_list([{"completion": "Let me recheck: 4. Aha!"}])
        >>> score_dataset(ds, [aha]).to_list()
        [{'completion': 'Let me recheck: 4. Aha!', 'aha': 1.0, 'total': 1.0, 'error': None}]
    """
    import datasets

    plan = _plan(rewards, completion_field, prompt_field)
    names = [item.reward.name for item in plan.rewards]
    columns = [*names, "total", "error"]
    clash = [name for name in columns if name in dataset.column_names]
    if clash:
        msg = (
            f"dataset already has a column {clash[0]!r}; expected none of {columns}; "
            f"got columns {dataset.column_names}"
        )
        raise ConfigError(msg)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        msg = f"batch_size must be a positive integer; got {batch_size!r}"
        raise ConfigError(msg)
    features = dataset.features.copy()
    for name in [*names, "total"]:
        features[name] = datasets.Value("float64")
    features["error"] = datasets.Value("string")
    return dataset.map(
        _MapScorer(plan, columns),
        batched=True,
        batch_size=batch_size,
        with_indices=True,
        num_proc=num_proc,
        features=features,
        desc="rewardkit",
    )
