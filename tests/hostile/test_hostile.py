"""Every public reward over the standing hostile corpus (issue 14).

For each reward (the ready rewards of :func:`rewardkit.registry.available_rewards`, plus every
factory of :func:`rewardkit.registry.available_factories` built with typical arguments, plus
one combinator): scoring a hostile completion or a hostile column value never raises, every
score is within the reward's bounds (or ``None``), and the batch path equals the per-item
path. Cases that fail today because of code owned by another branch are marked
``xfail(strict=True)`` with the branch that fixes them, so the marks must go when it merges.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from rewardkit import boxed_correct, combine, gate
from rewardkit.registry import available_factories, available_rewards
from rewardkit.reward import Reward
from tests.hostile import corpus

#: Typical arguments of each factory (a new factory must be added here: a test checks it).
FACTORY_ARGS: dict[str, list[dict[str, Any]]] = {
    "choice_correct": [{}, {"choices": "ABCDE"}],
    "cognitive_behaviors": [{}],
    "cosine_scaled": [{"max_length": 1000}],
    "kimi_length": [{}, {"group": "id"}],
    "length_shaped": [{"target": 500, "max_length": 1000}],
    "overlong_penalty": [{"max_length": 1000, "buffer": 200}],
    "repetition_penalty": [{}],
    "tags": [{"schema": ("think", "answer")}],
}


#: Rewards that score each completion against the others of its group (the whole batch when
#: no group column is given), by design: their batch differs from their per-item scores.
GROUP_RELATIVE = ("kimi_length",)


def _rewards() -> list[tuple[str, Reward]]:
    found: dict[int, tuple[str, Reward]] = {}
    for reward in available_rewards().values():
        found.setdefault(id(reward), (reward.name, reward))
    rewards = list(found.values())
    for factory_name, factory in available_factories().items():
        for arguments in FACTORY_ARGS.get(factory_name, []):
            reward = factory(**arguments)
            rewards.append((f"{factory_name}({arguments})" if arguments else factory_name, reward))
    rewards.append(("combine", combine([boxed_correct, available_rewards()["aha"]], [1.0, 0.5])))
    rewards.append(("gate", gate(available_rewards()["aha"], when=boxed_correct)))
    return rewards


REWARDS = _rewards()
_IDS = [name for name, _ in REWARDS]


def columns_for(reward: Reward, n: int, gold: object = "4") -> dict[str, list[object]]:
    """The dataset columns a reward reads, ``n`` rows of typical values."""
    columns: dict[str, list[object]] = {}
    if reward.gold:
        columns[reward.gold[0]] = [gold] * n
    defaults: dict[str, object] = {"nums": [1, 3, 4], "target": 7, "id": "q1"}
    for name in reward.requires:
        columns[name] = [defaults.get(name, "x")] * n
    return columns


def _check(reward: Reward, items: Sequence[object], columns: dict[str, list[object]]) -> None:
    batch = reward(items, **columns)
    assert len(batch) == len(items)
    one_by_one = [
        reward.score(item, **{name: values[i] for name, values in columns.items()})
        for i, item in enumerate(items)
    ]
    for score in batch:
        assert score is None or (
            isinstance(score, float) and reward.lower <= score <= reward.upper
        ), score
    if not reward.name.startswith(GROUP_RELATIVE):
        assert batch == one_by_one
    else:  # scored against its group: a batch of one item is that item alone
        assert one_by_one == [
            reward([item], **{n: [v[i]] for n, v in columns.items()})[0]
            for i, item in enumerate(items)
        ]


def test_every_factory_has_typical_arguments() -> None:
    assert set(available_factories()) <= set(FACTORY_ARGS)


# --- known failures owned by other branches (remove the marks after merging them) ----------

#: (reward name, case id) -> reason; empty: every case must pass.
KNOWN: dict[tuple[str, str], str] = {}


def _mark(reward_name: str, case: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN.get((reward_name, case))
    return [] if reason is None else [pytest.mark.xfail(strict=True, reason=reason)]


# --- completions ---------------------------------------------------------------------------

_COMPLETIONS = corpus.completions()


@pytest.mark.parametrize(("name", "reward"), REWARDS, ids=_IDS)
def test_hostile_completions(name: str, reward: Reward) -> None:
    items = [completion for _, completion in _COMPLETIONS]
    _check(reward, items, columns_for(reward, len(items)))


# --- gold cells ----------------------------------------------------------------------------

_GOLD_REWARDS = [(name, reward) for name, reward in REWARDS if reward.gold]
_GOLD_CASES = [
    pytest.param(reward, value, id=f"{name}-{case}", marks=_mark(name, f"gold:{case}"))
    for name, reward in _GOLD_REWARDS
    for case, value in corpus.gold_cells()
]
_PROBES = ["\\boxed{4}", "Answer: C", corpus.PKV, ""]


@pytest.mark.parametrize(("reward", "gold"), _GOLD_CASES)
def test_hostile_gold_cells(reward: Reward, gold: object) -> None:
    columns = columns_for(reward, len(_PROBES), gold)
    _check(reward, list(_PROBES), columns)


# --- other columns -------------------------------------------------------------------------

_COLUMN_REWARDS = [(name, reward) for name, reward in REWARDS if reward.requires]


@pytest.mark.parametrize(
    ("reward", "row"),
    [
        pytest.param(reward, row, id=f"{name}-{case}")
        for name, reward in _COLUMN_REWARDS
        for case, row in corpus.column_cells()
        if set(reward.requires) <= set(row)
    ],
)
def test_hostile_column_cells(reward: Reward, row: dict[str, object]) -> None:
    items = ["(1 + 2) * 3 - 4 = 5", "<answer>1 + 2 + 3</answer>", "\ud800", ""]
    _check(reward, items, {name: [value] * len(items) for name, value in row.items()})


# --- hypothesis: corpus pieces combined ----------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus.hostile_texts, corpus.hostile_gold)
def test_combined_corpus_pieces(text: str, gold: object) -> None:
    for _, reward in REWARDS:
        columns = columns_for(reward, 1, gold)
        score = reward.score(text, **{name: values[0] for name, values in columns.items()})
        assert score is None or reward.lower <= score <= reward.upper
        assert not (isinstance(score, float) and math.isnan(score))
