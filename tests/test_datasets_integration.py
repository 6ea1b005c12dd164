"""rewardkit.integrations.datasets: Dataset.map scores equal the serial engine's records."""

from __future__ import annotations

import pytest

from rewardkit._plan import ScoringPlan
from rewardkit.errors import ConfigError
from rewardkit.integrations.datasets import score_dataset
from rewardkit.jsonl import Line
from rewardkit.pool import score_serial
from tests.engine_rewards import PICKY, REWARDS
from tests.rewards import BOXED

datasets = pytest.importorskip("datasets")


def _rows(count: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(count):
        text = f"step {i} so \\boxed{{{i % 7}}} thus {i % 3}"
        if i % 13 == 4:
            text = "cfg " + text  # PICKY rejects the row
        rows.append({"completion": text, "answer": str(i % 5), "prompt": f"p{i // 4}"})
    return rows


def test_scores_equal_the_serial_records_row_for_row() -> None:
    rows = _rows(300)
    plan = ScoringPlan(REWARDS)
    scored = score_dataset(datasets.Dataset.from_list(rows), plan, batch_size=64, num_proc=2)
    lines = [Line(i + 1, row) for i, row in enumerate(rows)]
    expected = list(score_serial(plan, lines, batch_size=64))
    got = scored.to_list()
    assert len(got) == 300
    for row, record, out in zip(rows, expected, got, strict=True):
        assert {key: out[key] for key in row} == row
        assert {key: out[key] for key in record if key != "line"} == {
            key: value for key, value in record.items() if key != "line"
        }
        assert out["error"] == record.get("error")
    assert sum(out["error"] is not None for out in got) == sum(i % 13 == 4 for i in range(300))
    assert got[4]["error"] == "line 5: picky: ConfigError: picky: cannot score 'cfg'"


def test_score_columns_are_float_even_when_a_batch_has_no_score() -> None:
    rows = [{"completion": "cfg"}] * 3 + [{"completion": "fine"}]
    scored = score_dataset(datasets.Dataset.from_list(rows), [PICKY], batch_size=3)
    assert str(scored.features["picky"].dtype) == "float64"
    assert scored["picky"] == [None, None, None, 0.5]


def test_a_column_clash_raises_config_error() -> None:
    ds = datasets.Dataset.from_list([{"completion": "x", "total": 1}])
    with pytest.raises(ConfigError, match="dataset already has a column 'total'"):
        score_dataset(ds, [BOXED])


@pytest.mark.parametrize(
    ("rewards", "message"),
    [([], "at least one reward"), (["boxed"], "must be Rewards or WeightedRewards; got str")],
)
def test_bad_rewards_raise_config_error(rewards: list[object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        score_dataset(datasets.Dataset.from_list([{"completion": "x"}]), rewards)  # type: ignore[arg-type]
