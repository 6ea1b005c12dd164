"""The library scoring engine: ScoringPlan, score_rows and Batch.from_rows (issue 13.4)."""

from __future__ import annotations

import io
import pickle

import pytest

from rewardkit.compose import combine
from rewardkit.errors import ConfigError
from rewardkit.jsonl import read_lines
from rewardkit.length import kimi_length
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch, Reward, TextScorer
from rewardkit.scoring import ScoringPlan, score_lines, score_rows
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
    rows = [{"completion": 4, "answer": "4"}, None, {"answer": "4"}]
    records = list(score_rows(PLAN, rows))
    assert [record["error"] for record in records] == [
        "row 0: column 'completion' is a number; expected a string or a message list",
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


def test_score_rows_missing_gold_key_is_null() -> None:
    plan = ScoringPlan((WeightedReward(ENDS_WITH, 1.0),))
    with_key = [{"completion": "4", "answer": None}, {"completion": "4", "answer": "4"}]
    without = [{"completion": "4"}, {"completion": "4", "answer": "4"}]
    assert list(score_rows(plan, without)) == list(score_rows(plan, with_key))
    # a whole batch without the key: every row reads null, none fails
    assert list(score_rows(plan, [{"completion": "4"}] * 2)) == [{"exact": None, "total": None}] * 2


def test_score_lines_batches_are_bounded_by_bytes() -> None:
    big = b'{"completion": "' + b"x" * 100_000 + b'", "prompt": "p"}\n'
    lines = list(read_lines(io.BytesIO(big * 10)))
    seen: list[int] = []

    class Counting:
        """Records how many rows each batch holds."""

        def __call__(self, sample: object) -> float:
            return 0.0

        def batch(self, batch: Batch) -> list[float]:
            seen.append(len(batch))
            return [0.0] * len(batch)

    plan = ScoringPlan((WeightedReward(Reward(name="n", scorer=Counting())),))
    outcomes = list(score_lines(lines, plan, batch_bytes=250_000))
    assert len(outcomes) == 10
    assert seen == [3, 3, 3, 1]  # one prompt, 256 rows allowed: bytes end each batch


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


def _peak_bytes(batch_bytes: int) -> int:
    import tracemalloc

    line = b'{"completion": "' + b"x" * 1_000_000 + b'", "prompt": "p"}\n'
    stream = io.BytesIO(line * 30)  # built before tracing: the file, not what is held
    plan = ScoringPlan((WeightedReward(Reward(name="n", scorer=_Len())),))
    tracemalloc.start()
    try:
        count = sum(1 for _ in score_lines(read_lines(stream), plan, batch_bytes=batch_bytes))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30
    return peak


class _Len:
    """A cheap scorer: the text's length in MB."""

    def __call__(self, sample: object) -> float:
        return len(sample.text) / 1e6  # type: ignore[attr-defined]


def test_score_lines_memory_follows_bytes_not_rows() -> None:
    # 30 lines of 1 MB with one prompt: by rows alone they would all be held at once.
    bounded = _peak_bytes(batch_bytes=2_000_000)
    unbounded = _peak_bytes(batch_bytes=10**12)
    assert bounded < 12_000_000, bounded
    assert unbounded > 30_000_000, unbounded  # the same run without the byte bound


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(
            {"rewards": [WeightedReward(BOXED)]},
            "rewards must be a tuple of WeightedReward; got [",
            id="list",
        ),
        pytest.param(
            {"rewards": (BOXED,)}, "rewards must be a tuple of WeightedReward; got (", id="bare"
        ),
        pytest.param(
            {"rewards": (), "completion_field": ""},
            "completion_field must be a column name; got ''",
            id="empty-field",
        ),
        pytest.param(
            {"rewards": (), "required": ("prompt", 3)},
            "required must be a tuple of column names; got ('prompt', 3)",
            id="required",
        ),
    ],
)
def test_scoring_plan_refuses_bad_fields(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        ScoringPlan(**kwargs)  # type: ignore[arg-type]
    assert str(error.value).startswith(message)


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
