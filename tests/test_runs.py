"""rewardkit.runs: file runs as library calls, equal to what the commands write."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rewardkit import aha, boxed_correct
from rewardkit.cli import main
from rewardkit.registry import WeightedReward
from rewardkit.report import Report
from rewardkit.runs import (
    Messages,
    UsageError,
    completion_texts,
    report_files,
    score_file,
    select_file,
)
from rewardkit.scoring import ScoringPlan
from rewardkit.selection import SelectionRules, Selector

ROWS = [
    {"prompt": "p", "completion": "Let’s check: 2+2=4, so \\boxed{4}", "answer": "4"},
    {"prompt": "p", "completion": "so \\boxed{5}", "answer": "4"},
    {"prompt": "q", "completion": "so \\boxed{7}", "answer": "7"},
]
PLAN = ScoringPlan((WeightedReward(boxed_correct, 1.0), WeightedReward(aha, 1.0)))


@pytest.fixture
def gens(tmp_path: Path) -> Path:
    path = tmp_path / "gens.jsonl"
    text = "".join(json.dumps(row) + "\n" for row in ROWS) + "not json\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_score_file_writes_what_rewardkit_score_writes(gens: Path) -> None:
    out, cli_out = io.StringIO(), io.StringIO()
    tally = score_file(str(gens), PLAN, stdout=out)
    code = main(["score", str(gens), "--quiet"], stdout=cli_out, stderr=io.StringIO())
    assert out.getvalue() == cli_out.getvalue()
    assert (tally.failed, code) == (1, 1)
    assert tally.means["boxed_correct"].mean == pytest.approx(2 / 3)


def test_score_file_checks_columns_before_opening_the_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"response": "so \\boxed{4}"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(UsageError, match="--completion-field response"):
        score_file(str(source), PLAN, out=str(out), stdout=io.StringIO())
    assert not out.exists()


def test_score_file_refuses_to_overwrite_its_input(gens: Path) -> None:
    with pytest.raises(UsageError, match="is the input file"):
        score_file(str(gens), PLAN, out=str(gens), stdout=io.StringIO())


def test_select_file_keeps_the_passing_completions(gens: Path) -> None:
    plan = ScoringPlan((WeightedReward(boxed_correct, 1.0),), required=("prompt",))
    selector, messages, out = Selector(SelectionRules()), Messages(io.StringIO()), io.StringIO()
    select_file(str(gens), plan, selector, messages, stdout=out)
    kept = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["completion"] for row in kept] == [ROWS[0]["completion"], ROWS[2]["completion"]]
    assert messages.count == 1
    assert selector.summary(messages.count) == (
        "kept 2 of 3 rows (2 prompts); dropped 1 below threshold; 1 failed lines\n"
    )


def test_report_files_counts_failed_rows_and_fills_the_report(gens: Path) -> None:
    report = Report("boxed_correct", "aha")
    assert report_files([str(gens)], PLAN, report) == 1
    (record,) = report.records()
    counts = ("count", "errors", "correct", "reflection", "correct_reflection")
    assert [record[key] for key in counts] == [3, 1, 2, 1, 1]


def test_completion_texts_sends_bad_lines_to_messages(gens: Path) -> None:
    stream = io.StringIO()
    messages = Messages(stream)
    texts = list(completion_texts(str(gens), "completion", messages, named=True))
    assert texts == [row["completion"] for row in ROWS]
    assert stream.getvalue().startswith(f"{gens}: line 4")


def test_report_files_refuses_a_step_field_the_record_uses(gens: Path) -> None:
    message = "--step-field 'total' clashes with a key of the scored record"
    with pytest.raises(UsageError) as info:
        report_files([str(gens)], PLAN, Report("boxed_correct", "aha"), step_field="total")
    assert str(info.value) == message
    err = io.StringIO()
    code = main(["report", str(gens), "--step-field", "total"], stdout=io.StringIO(), stderr=err)
    assert (code, err.getvalue()) == (2, f"rewardkit report: error: {message}\n")
