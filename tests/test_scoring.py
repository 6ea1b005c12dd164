"""The library scoring engine: ScoringPlan, score_rows and Batch.from_rows (issue 13.4)."""

from __future__ import annotations

import pickle

import pytest

from rewardkit.compose import combine
from rewardkit.length import kimi_length
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch, Reward, TextScorer
from rewardkit.scoring import ScoringPlan, score_rows
from tests.rewards import BOXED, ENDS_WITH

PLAN = ScoringPlan((WeightedReward(BOXED, 1.0), WeightedReward(ENDS_WITH, 0.5)))


def test_score_rows_gives_one_record_per_row_in_order() -> None:
    rows = [
        {"completion": "\\boxed{4} 4", "answer": "4"},
        {"completion": "5", "answer": "4"},
        {"completion": "no box 4", "answer": "4"},
    ]
    assert list(score_rows(PLAN, rows, batch_size=2)) == [
        {"boxed": 1.0, "exact": 1.0, "total": 1.5},
        {"boxed": 0.0, "exact": 0.0, "total": 0.0},
        {"boxed": 0.0, "exact": 1.0, "total": 0.5},
    ]


def test_score_rows_reads_any_iterable_lazily() -> None:
    rows = ({"completion": str(i), "answer": str(i)} for i in range(1000))
    records = score_rows(PLAN, rows, batch_size=10)
    assert next(records) == {"boxed": 0.0, "exact": 1.0, "total": 0.5}
    assert sum(1 for _ in records) == 999


def test_score_rows_error_records_name_the_row_and_problem() -> None:
    rows = [{"completion": "4"}, None, {"answer": "4"}]
    records = list(score_rows(PLAN, rows))
    assert [record["error"] for record in records] == [
        "row 0: missing column 'answer' (the gold answer exact reads)",
        "row 1: not a JSON object (a mapping); got NoneType",
        "row 2: missing column 'completion'",
    ]
    assert all(record["total"] is None and record["boxed"] is None for record in records)


def test_score_rows_null_gold_is_not_applicable() -> None:
    rows = [{"completion": "4", "answer": "4"}, {"completion": "4", "answer": None}]
    plan = ScoringPlan((WeightedReward(ENDS_WITH, 1.0),))
    assert list(score_rows(plan, rows)) == [
        {"exact": 1.0, "total": 1.0},
        {"exact": None, "total": None},
    ]


def test_score_rows_keeps_a_prompt_group_in_one_batch() -> None:
    plan = ScoringPlan((WeightedReward(kimi_length(BOXED, unit="word"), 1.0),))
    rows = [{"completion": "\\boxed{4}" + " x" * i, "prompt": "p"} for i in range(3)]
    assert [r["total"] for r in score_rows(plan, rows, batch_size=1)] == [0.5, 0.0, -0.5]


def test_plan_is_picklable() -> None:
    plan = ScoringPlan((WeightedReward(combine([BOXED, ENDS_WITH]), 2.0),), "text", "question")
    copy = pickle.loads(pickle.dumps(plan))
    assert copy == plan
    rows = [{"text": "\\boxed{4} 4", "answer": "4"}]
    assert list(score_rows(copy, rows)) == [{"combine(boxed, exact)": 2.0, "total": 4.0}]


def test_batch_from_rows_columns_prompts_and_token_ids() -> None:
    rows = [
        {"completion": "a b", "prompt": "p", "answer": "4", "completion_ids": [1, 2, 3]},
        {"completion": "c", "id": 7, "completion_ids": "not ids"},
    ]
    batch = Batch.from_rows(rows)
    assert batch.texts == ("a b", "c")
    assert batch.prompts == ("p", "")
    assert batch.columns == {"answer": ["4", None], "id": [None, 7]}
    assert batch.completion_ids == ([1, 2, 3], None)


@pytest.mark.parametrize("field", ["text", "response"])
def test_batch_from_rows_reads_the_named_completion_field(field: str) -> None:
    assert Batch.from_rows([{field: "x", "completion": "y"}], completion_field=field).columns == {
        "completion": ["y"]
    }


def _raises_on_boom(text: str) -> float:
    if "boom" in text:
        msg = "scorer bug"
        raise RuntimeError(msg)
    return 0.5


#: 0.5, except that it raises on a completion containing "boom" (failure value -1.0).
FRAGILE = Reward(
    name="fragile", scorer=TextScorer(_raises_on_boom), failure=-1.0, lower=-1.0, upper=1.0
)


def test_a_reward_raising_on_one_row_gives_that_row_its_failure_value() -> None:
    # the reward server's rule, from the library's one error boundary (Reward.score_batch)
    plan = ScoringPlan((WeightedReward(BOXED, 1.0), WeightedReward(FRAGILE, 1.0)))
    rows = [{"completion": "boom \\boxed{1}"}, {"completion": "\\boxed{1}"}]
    assert list(score_rows(plan, rows)) == [
        {"boxed": 1.0, "fragile": -1.0, "total": 0.0},
        {"boxed": 1.0, "fragile": 0.5, "total": 1.5},
    ]
