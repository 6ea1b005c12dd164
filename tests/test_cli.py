"""End-to-end tests of the ``rewardkit`` command line: exact output on small files."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import gzip
import io
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rewardkit
from rewardkit import pool as pool_module
from rewardkit._doctor import diagnose, doctor_text, version_text
from rewardkit.cli import ScoringPlan, main, score_lines, step_from_name, weighted_total
from rewardkit.errors import ConfigError
from rewardkit.extract import extract_boxed
from rewardkit.jsonl import read_lines
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch, GoldScorer, Reward, TextScorer
from tests.rewards import BOXED

ROOT = Path(__file__).resolve().parents[1]
#: The package's own exports, before the fixture below adds the test rewards.
PUBLIC = list(rewardkit.__all__)
EXAMPLE = ROOT / "examples" / "completions.jsonl"


def _exact(text: str, gold: str) -> float:
    """1.0 when the boxed answer is the gold answer."""
    return 1.0 if extract_boxed(text) == gold else 0.0


def _wait(text: str) -> float:
    """1.0 when the text says 'wait'."""
    return 1.0 if "wait" in text.lower() else 0.0


EXACT = Reward(name="exact", scorer=GoldScorer(_exact), gold=("answer", "solution"))
WAIT = Reward(name="wait", scorer=TextScorer(_wait))


@pytest.fixture(autouse=True)
def test_rewards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Export three small rewards from rewardkit for the duration of a test."""
    for reward in (BOXED, EXACT, WAIT):
        monkeypatch.setattr(rewardkit, reward.name, reward, raising=False)
    monkeypatch.setattr(rewardkit, "__all__", [*rewardkit.__all__, "boxed", "exact", "wait"])


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(*argv: str, stdin: bytes | None = None) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        if stdin is not None:
            saved = sys.stdin
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
            stack.callback(setattr, sys, "stdin", saved)
        code = main(list(argv))
    return Result(code, out.getvalue(), err.getvalue())


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


ROWS = [
    '{"prompt": "1+1?", "completion": "It is \\\\boxed{2}.", "answer": "2", "id": "a"}',
    '{"prompt": "1+1?", "completion": [{"role": "assistant", "content": "Wait. \\\\boxed{3}"}],'
    ' "answer": "2", "id": "b"}',
    "this is not json",
    '{"prompt": "2+2?", "answer": "4", "id": "d"}',
    '{"prompt": "2+2?", "completion": "4", "answer": "4", "id": "e"}',
]
SMALL = "\n".join(ROWS) + "\n"

SMALL_OUT = """\
{"line": 1, "boxed": 1.0, "exact": 1.0, "total": 2.0}
{"line": 2, "boxed": 1.0, "exact": 0.0, "total": 1.0}
{"line": 3, "boxed": null, "exact": null, "total": null, "error": "line 3: not JSON: Expecting value at column 1"}
{"line": 4, "boxed": null, "exact": null, "total": null, "error": "line 4: missing column 'completion'"}
{"line": 5, "boxed": 0.0, "exact": 0.0, "total": 0.0}
"""  # noqa: E501

SMALL_SUMMARY = """\
reward   mean  scored  n/a
boxed   0.667       3    0
exact   0.333       3    0
total   1.000       3    0
5 lines: 3 scored, 2 failed
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.jsonl"
    path.write_text(SMALL, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------ score


def test_score_exact_output(small: Path) -> None:
    result = run("score", str(small), "-r", "boxed", "-r", "exact")
    assert result.out == SMALL_OUT
    assert result.err == SMALL_SUMMARY
    assert result.code == 1


def test_score_gzip_and_stdin_give_the_same_records(small: Path, tmp_path: Path) -> None:
    zipped = tmp_path / "small.jsonl.gz"
    zipped.write_bytes(gzip.compress(SMALL.encode()))
    assert run("score", str(zipped), "-r", "boxed", "-r", "exact").out == SMALL_OUT
    data = SMALL.encode()
    assert run("score", "-", "-r", "boxed", "-r", "exact", stdin=data).out == SMALL_OUT
    piped_gzip = gzip.compress(data)
    assert run("score", "-", "-r", "boxed", "-r", "exact", stdin=piped_gzip).out == SMALL_OUT


def test_score_all_good_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text(ROWS[0] + "\n" + ROWS[4] + "\n", encoding="utf-8")
    result = run("score", str(path), "-r", "exact", "-q")
    assert result.code == 0
    assert result.err == ""
    assert records(result.out) == [
        {"line": 1, "exact": 1.0, "total": 1.0},
        {"line": 2, "exact": 0.0, "total": 0.0},
    ]


def test_score_keep_fields_and_out_file(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl"
    result = run("score", str(small), "-r", "boxed", "--keep", "id,prompt", "--out", str(out))
    assert result.out == ""
    lines = records(out.read_text(encoding="utf-8"))
    assert lines[0] == {"line": 1, "boxed": 1.0, "total": 1.0, "id": "a", "prompt": "1+1?"}
    assert lines[2]["id"] is None  # not JSON: nothing to keep
    assert lines[3] == {
        "line": 4,
        "boxed": None,
        "total": None,
        "id": "d",
        "prompt": "2+2?",
        "error": "line 4: missing column 'completion'",
    }


def test_score_gzip_output(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.jsonl.gz"
    run("score", str(small), "-r", "boxed", "-r", "exact", "-o", str(out), "-q")
    assert gzip.decompress(out.read_bytes()).decode() == SMALL_OUT


def test_score_field_options(tmp_path: Path) -> None:
    path = tmp_path / "renamed.jsonl"
    path.write_text(
        '{"q": "1+1?", "response": "\\\\boxed{2}", "final": "2"}\n'
        '{"q": "1+1?", "response": "\\\\boxed{2}", "answer": "2"}\n',
        encoding="utf-8",
    )
    result = run(
        "score",
        str(path),
        "-r",
        "exact",
        "--completion-field",
        "response",
        "--answer-field",
        "final",
        "--prompt-field",
        "q",
        "-q",
    )
    assert records(result.out) == [
        {"line": 1, "exact": 1.0, "total": 1.0},
        {"line": 2, "exact": None, "total": None},  # no 'final' key: read as null
    ]
    assert result.code == 0


def test_score_no_gold_column_in_first_rows_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "nogold.jsonl"
    path.write_text('{"completion": "\\\\boxed{2}", "id": 1}\n' * 2, encoding="utf-8")
    result = run("score", str(path), "-r", "boxed", "-r", "exact", "-q")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"rewardkit score: error: the first 2 rows of {str(path)!r} have no 'answer' or "
        "'solution' column (the gold answer exact reads; keys seen: 'completion', 'id'); "
        "pass --answer-field NAME, or other --reward\n"
    )


def test_score_missing_gold_key_is_null(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"completion": "\\\\boxed{2}", "answer": "2"}\n'
        '{"completion": "\\\\boxed{2}"}\n'
        '{"completion": "\\\\boxed{2}", "answer": null}\n',
        encoding="utf-8",
    )
    result = run("score", str(path), "-r", "exact", "-q")
    assert records(result.out) == [
        {"line": 1, "exact": 1.0, "total": 1.0},
        {"line": 2, "exact": None, "total": None},
        {"line": 3, "exact": None, "total": None},
    ]
    assert result.code == 0


def test_score_no_completion_column_stops_early_with_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "renamed.jsonl"
    row = '{"answer": "2", "response": "so \\\\boxed{2}", "id": 7}\n'
    path.write_text(row * 8, encoding="utf-8")
    result = run("score", str(path), "-r", "exact", "--out", str(tmp_path / "out.jsonl"))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"rewardkit score: error: the first 5 rows of {str(path)!r} have no 'completion' "
        "column (keys seen: 'answer', 'id', 'response'); pass --completion-field response\n"
    )
    assert not (tmp_path / "out.jsonl").exists()  # stopped before opening the output


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        pytest.param("3", "a number", id="number"),
        pytest.param("null", "null", id="null"),
        pytest.param("true", "a boolean", id="bool"),
    ],
)
def test_score_non_string_completion_is_an_error_record(
    tmp_path: Path, value: str, kind: str
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"completion": "\\\\boxed{2}", "answer": "2"}\n'
        f'{{"completion": {value}, "answer": "2"}}\n',
        encoding="utf-8",
    )
    result = run("score", str(path), "-r", "exact", "-q")
    assert records(result.out) == [
        {"line": 1, "exact": 1.0, "total": 1.0},
        {
            "line": 2,
            "exact": None,
            "total": None,
            "error": f"line 2: column 'completion' is {kind}; expected a string or a message list",
        },
    ]
    assert result.code == 1


def test_score_null_gold_is_not_applicable(tmp_path: Path) -> None:
    path = tmp_path / "null.jsonl"
    path.write_text('{"completion": "\\\\boxed{2}", "answer": null}\n', encoding="utf-8")
    result = run("score", str(path), "-r", "boxed", "-r", "exact")
    assert records(result.out) == [{"line": 1, "boxed": 1.0, "exact": None, "total": 1.0}]
    assert result.err == (
        "reward   mean  scored  n/a\n"
        "boxed   1.000       1    0\n"
        "exact       -       0    1\n"
        "total   1.000       1    0\n"
        "1 lines: 1 scored, 0 failed\n"
    )
    assert result.code == 0


def test_score_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    result = run("score", str(path), "-r", "boxed")
    assert (result.code, result.out) == (0, "")
    assert result.err.endswith("0 lines: 0 scored, 0 failed\n")


def test_score_configured_reward_and_weights(small: Path, tmp_path: Path) -> None:
    config = tmp_path / "rewards.toml"
    config.write_text("[rewards]\nboxed = 0.5\nexact = 2\n", encoding="utf-8")
    result = run("score", str(small), "--config", str(config), "-q")
    assert [r["total"] for r in records(result.out)] == [2.5, 0.5, None, None, 0.0]
    result = run("score", str(small), "-r", "exact(gold=('solution', 'answer'))", "-q")
    assert list(records(result.out)[0]) == ["line", "exact_goldsolution_answer", "total"]


def test_score_factory_reward(tmp_path: Path) -> None:
    path = tmp_path / "tags.jsonl"
    path.write_text('{"completion": "<plan>a</plan><code>b</code>"}\n', encoding="utf-8")
    result = run("score", str(path), "-r", "tags(['plan', 'code'])", "-q")
    assert records(result.out) == [{"line": 1, "tags_schemaplan_code": 1.0, "total": 1.0}]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["-r", "boxd"], "unknown reward 'boxd' (did you mean 'boxed'?)", id="unknown-reward"
        ),
        pytest.param(["-r", "boxed(x=open('f'))"], "is not a literal", id="unsafe-spec"),
        pytest.param(["-r", "boxed", "-r", "boxed"], "'boxed' is given twice", id="duplicate"),
        pytest.param(["-r", "boxed", "--keep", "total"], "--keep field 'total'", id="keep-clash"),
        pytest.param(["--config", "missing.toml"], "cannot read config", id="missing-config"),
        pytest.param(["--preset", "no_such"], "unknown preset 'no_such'", id="unknown-preset"),
        pytest.param(["--workers", "0"], "--workers: expected a positive integer", id="workers"),
        pytest.param(["-r", "boxed(name='total')"], "clashes with a key", id="reserved-name"),
        pytest.param(["--frobnicate"], "unrecognized arguments: --frobnicate", id="bad-option"),
    ],
)
def test_score_usage_errors(small: Path, argv: list[str], message: str) -> None:
    result = run("score", str(small), *argv)
    assert result.code == 2
    assert message in result.err
    assert result.out == ""


def test_score_unreadable_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("score", str(tmp_path / "nope.jsonl"), "-r", "boxed")
    assert result.code == 2
    assert result.err == (
        f"rewardkit score: error: cannot read '{tmp_path / 'nope.jsonl'}': "
        "No such file or directory\n"
    )
    result = run("score", str(tmp_path), "-r", "boxed")
    assert (result.code, result.err) == (
        2,
        f"rewardkit score: error: cannot read '{tmp_path}': Is a directory, and not a saved "
        "datasets folder (no state.json or .arrow files)\n",
    )


def test_score_unwritable_output_is_a_usage_error(small: Path, tmp_path: Path) -> None:
    result = run("score", str(small), "-r", "boxed", "--out", str(tmp_path / "no" / "x.jsonl"))
    assert result.code == 2
    assert "cannot write" in result.err


@settings(max_examples=25, deadline=None)
@given(st.lists(st.binary(max_size=80) | st.sampled_from(ROWS).map(str.encode), max_size=8))
def test_score_any_bytes_gives_one_record_per_line(lines: list[bytes]) -> None:
    data = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines)
    result = run("score", "-", "-r", "boxed", "-r", "exact", "-q", stdin=data)
    out = records(result.out)
    first = [line.record for line in read_lines(io.BytesIO(data)) if line.record is not None][:5]
    if first and not (
        any("completion" in row for row in first)
        and any("answer" in row or "solution" in row for row in first)
    ):  # the first rows lack a needed column: stopped before any record
        assert (result.code, out) == (2, [])
        assert "; pass --" in result.err
        return
    # A UTF-8 byte-order mark opening the input is not content.
    stripped = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    expected = [i + 1 for i, line in enumerate(stripped) if line.strip()]
    assert [r["line"] for r in out] == expected
    assert result.code == (1 if any("error" in r for r in out) else 0)
    for record in out:
        assert ("error" in record) == (record["total"] is None)


def test_out_must_not_be_the_input(small: Path) -> None:
    before = small.read_bytes()
    for command in ("score", "filter"):
        result = run(command, str(small), "-r", "boxed", "--out", str(small))
        assert result.code == 2
        assert "is the input file" in result.err
    assert small.read_bytes() == before


def test_score_workers_identical_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = []
    for i in range(300):
        if i % 97 == 5:
            lines.append("{broken")
        else:
            completion = f"Wait, {i}" if i % 3 else f"\\\\boxed{{{i}}}"
            lines.append(f'{{"completion": "{completion}", "answer": "{i}"}}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = run("score", str(path), "-r", "boxed", "-q", "--batch-size", "16")
    parallel = run("score", str(path), "-r", "boxed", "-q", "--workers", "2", "--batch-size", "16")
    assert parallel.out == serial.out
    assert parallel.code == serial.code == 1
    assert [r["line"] for r in records(parallel.out)] == list(range(1, 301))


def test_group_relative_reward_does_not_depend_on_batch_size() -> None:
    # kimi_length compares the lengths of a prompt's completions: chunks keep a prompt whole.
    outputs = {
        run("score", str(EXAMPLE), "-r", "kimi_length", "-q", "--batch-size", size).out
        for size in ("1", "2", "5", "256")
    }
    assert len(outputs) == 1
    scores = [r["kimi_length"] for r in records(outputs.pop())]
    assert scores[:3] == [0.5, -0.5, 0.0]  # the shortest correct, longest correct, wrong


def test_score_lines_rows_fail_alone() -> None:
    def _boom(text: str) -> float:
        raise RuntimeError(text)

    class Exploding:
        """A scorer whose batch path raises something that is not a scorer error."""

        def __call__(self, sample: object) -> float:
            return 1.0

    plan = ScoringPlan((WeightedReward(BOXED),))
    data = b'{"completion": "\\\\boxed{1}"}\n{"completion": 3}\n'
    outcomes = list(score_lines(read_lines(io.BytesIO(data)), plan))
    assert [(scores, error) for _, scores, error in outcomes] == [
        ({"boxed": 1.0}, None),
        (None, "line 2: column 'completion' is a number; expected a string or a message list"),
    ]


class _Picky:
    """A scorer whose batch path rejects a whole batch when one text says 'cfg'."""

    def __call__(self, sample: object) -> float:
        return 1.0

    def batch(self, batch: Batch) -> list[float]:
        if any("cfg" in text for text in batch.texts):
            msg = "picky: cannot score 'cfg'"
            raise ConfigError(msg)
        return [0.5] * len(batch)


def test_score_chunk_failure_falls_back_to_rows() -> None:
    plan = ScoringPlan((WeightedReward(Reward(name="picky", scorer=_Picky())),))
    data = b'{"completion": "ok"}\n{"completion": "cfg"}\n{"completion": "fine"}\n'
    outcomes = [(s, e) for _, s, e in score_lines(read_lines(io.BytesIO(data)), plan)]
    assert outcomes == [
        ({"picky": 0.5}, None),
        (None, "line 2: picky: ConfigError: picky: cannot score 'cfg'"),
        ({"picky": 0.5}, None),
    ]


def test_score_passes_token_ids(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(
        '{"completion": "a b c d e", "completion_ids": [1, 2, 3, 4, 5]}\n'
        '{"completion": "a b c d e", "completion_ids": [1]}\n'
        '{"completion": "a b c d e", "completion_ids": "junk"}\n'
        '{"completion": "a b c d e"}\n',
        encoding="utf-8",
    )
    spec = "overlong_penalty(max_length=6, buffer=4, unit='word', name='overlong')"
    result = run("score", str(path), "-r", spec, "-q")
    # tokens where ids are given (5 and 1), words otherwise (5)
    assert [r["overlong"] for r in records(result.out)] == [-0.75, 0.0, -0.75, -0.75]


def test_score_required_columns(tmp_path: Path) -> None:
    path = tmp_path / "countdown.jsonl"
    path.write_text('{"completion": "1+2", "target": 3}\n', encoding="utf-8")
    result = run("score", str(path), "-r", "countdown_correct", "-q")
    assert records(result.out)[0]["error"] == (
        "line 1: missing column 'nums' (read by countdown_correct)"
    )


def test_weighted_total_skips_not_applicable() -> None:
    plan = [WeightedReward(BOXED, 2.0), WeightedReward(EXACT, -1.0)]
    assert weighted_total(plan, {"boxed": 1.0, "exact": 1.0}) == 1.0
    assert weighted_total(plan, {"boxed": 0.5, "exact": None}) == 1.0
    assert weighted_total(plan, {"boxed": None, "exact": None}) is None


def test_score_progress_only_on_a_terminal(small: Path) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Tty()
    main(["score", str(small), "-r", "boxed"], stdout=io.StringIO(), stderr=err)
    # progress per shipment (the file's 5 lines are one), then cleared
    assert err.getvalue().startswith("\r5 lines  ")
    assert "\r\x1b[Kreward   mean" in err.getvalue()
    quiet = Tty()
    main(["score", str(small), "-r", "boxed", "-q"], stdout=io.StringIO(), stderr=quiet)
    assert quiet.getvalue() == ""
    plain = io.StringIO()
    main(["score", str(small), "-r", "boxed", "-q"], stdout=io.StringIO(), stderr=plain)
    assert plain.getvalue() == ""


# ----------------------------------------------------------------------------------- report


def _checkpoint(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps({"completion": c, "answer": a}) + "\n" for c, a in rows),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def checkpoints(tmp_path: Path) -> list[Path]:
    first = _checkpoint(
        tmp_path / "ckpt-100.jsonl",
        [("\\boxed{1}", "1"), ("\\boxed{2}", "3"), ("no box", "1"), ("wait \\boxed{5}", "4")],
    )
    second = _checkpoint(
        tmp_path / "ckpt-20.jsonl",
        [("Wait, \\boxed{1}", "1"), ("wait: \\boxed{3}", "3")],
    )
    return [first, second]


REPORT_ARGS = ("--correct", "exact", "--reflection", "wait", "-r", "boxed")


def test_report_table(checkpoints: list[Path]) -> None:
    result = run("report", *map(str, checkpoints), *REPORT_ARGS)
    assert result.code == 0
    assert result.out == textwrap.dedent(
        """\
        label           step  count  errors   correct  reflection  correct+reflection  mean boxed
        ckpt-20.jsonl     20      2       0  2 (100%)    2 (100%)            2 (100%)           1
        ckpt-100.jsonl   100      4       0   1 (25%)     1 (25%)              0 (0%)        0.75
        """
    )


def test_report_markdown_csv_json(checkpoints: list[Path]) -> None:
    paths = [str(p) for p in checkpoints]
    markdown = run("report", *paths, *REPORT_ARGS, "--format", "markdown").out
    assert markdown.splitlines()[:2] == [
        "| label | step | count | errors | correct | reflection | correct+reflection "
        "| mean boxed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    assert markdown.splitlines()[3] == (
        "| ckpt-100.jsonl | 100 | 4 | 0 | 1 (25%) | 1 (25%) | 0 (0%) | 0.75 |"
    )
    rows = list(
        csv.DictReader(io.StringIO(run("report", *paths, *REPORT_ARGS, "--format", "csv").out))
    )
    assert rows[0] == {
        "file": paths[1],
        "label": "ckpt-20.jsonl",
        "step": "20",
        "count": "2",
        "errors": "0",
        "correct": "2",
        "correct_pct": "100.0",
        "reflection": "2",
        "reflection_pct": "100.0",
        "correct_reflection": "2",
        "correct_reflection_pct": "100.0",
        "mean boxed": "1.0",
    }
    data = json.loads(run("report", *paths, *REPORT_ARGS, "--format", "json").out)
    assert data[1] == {
        "file": paths[0],
        "label": "ckpt-100.jsonl",
        "step": 100,
        "count": 4,
        "errors": 0,
        "correct": 1,
        "correct_pct": 25.0,
        "reflection": 1,
        "reflection_pct": 25.0,
        "correct_reflection": 0,
        "correct_reflection_pct": 0.0,
        "mean boxed": 0.75,
    }


def test_report_step_field_groups_rows(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    path.write_text(
        '{"step": 200, "completion": "\\\\boxed{1}", "answer": "1"}\n'
        '{"step": 100, "completion": "\\\\boxed{2}", "answer": "1"}\n'
        '{"step": 200, "completion": "wait \\\\boxed{1}", "answer": "1"}\n'
        "{oops\n",
        encoding="utf-8",
    )
    result = run(
        "report",
        str(path),
        "--correct",
        "exact",
        "--reflection",
        "wait",
        "--step-field",
        "step",
        "--format",
        "json",
    )
    data = json.loads(result.out)
    assert [(r["step"], r["count"], r["correct"], r["errors"]) for r in data] == [
        (100, 1, 0, 0),
        (200, 2, 2, 0),
        (None, 0, 0, 1),
    ]
    assert result.code == 1


def test_report_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "ckpt-5.jsonl"
    path.write_bytes(b"")
    data = json.loads(run("report", str(path), *REPORT_ARGS, "--format", "json").out)
    assert data == [
        {
            "file": str(path),
            "label": "ckpt-5.jsonl",
            "step": 5,
            "count": 0,
            "errors": 0,
            "correct": 0,
            "correct_pct": None,
            "reflection": 0,
            "reflection_pct": None,
            "correct_reflection": 0,
            "correct_reflection_pct": None,
            "mean boxed": None,
        }
    ]


def test_report_plot(checkpoints: list[Path], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "aha.png"
    result = run("report", *map(str, checkpoints), *REPORT_ARGS, "--plot", str(png))
    assert result.code == 0
    assert result.err == f"wrote {png}\n"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_plot_without_matplotlib(
    checkpoints: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    result = run("report", str(checkpoints[0]), *REPORT_ARGS, "--plot", str(tmp_path / "x.png"))
    assert result.code == 2
    assert result.err == (
        "rewardkit report: error: --plot needs matplotlib: pip install matplotlib\n"
    )
    assert result.out == ""


def test_report_unreadable_file(checkpoints: list[Path], tmp_path: Path) -> None:
    result = run("report", str(checkpoints[0]), str(tmp_path / "gone.jsonl"), *REPORT_ARGS)
    assert result.code == 2
    assert "gone.jsonl" in result.err
    assert result.out == ""


@pytest.mark.parametrize(
    ("name", "step"),
    [
        pytest.param("ckpt-200.jsonl", 200, id="ckpt"),
        pytest.param("run3/checkpoint_1500.jsonl.gz", 1500, id="gz"),
        pytest.param("step-10-of-7.ndjson", 10, id="step-not-last-integer"),
        pytest.param("global_step300.jsonl", 300, id="global-step"),
        pytest.param("run1/checkpoint-200.jsonl", 200, id="checkpoint"),
        pytest.param("qwen2-ckpt_40.jsonl", 40, id="ckpt-after-model"),
        pytest.param("llama3-8b.jsonl", None, id="model-digits"),
        pytest.param("gens-2024-05-01.jsonl", None, id="date"),
        pytest.param("mystep5.jsonl", None, id="not-a-word"),
        pytest.param("final.jsonl", None, id="none"),
        pytest.param("-", None, id="stdin"),
    ],
)
def test_step_from_name(name: str, step: int | None) -> None:
    assert step_from_name(name) == step


# ---------------------------------------------------------------------------------- profile


def test_profile_json(small: Path) -> None:
    result = run("profile", str(small), "--format", "json")
    assert result.code == 1
    assert result.err == (
        "line 3: not JSON: Expecting value at column 1\nline 4: missing column 'completion'\n"
    )
    data = json.loads(result.out)
    assert data["count"] == 3
    assert data["failed"] == 2
    assert data["answers"] == {"boxed": 2, "number": 1}
    assert data["length_chars"] == {
        "min": 1,
        "p10": 1,
        "p50": 15,
        "p90": 16,
        "max": 16,
        "mean": 10.7,
    }
    features = {f["name"]: f for f in data["reflection"]["features"]}
    assert features["wait"]["texts"] == 1


def test_profile_table(small: Path) -> None:
    out = run("profile", str(small)).out
    assert out.startswith("3 completions, 2 failed lines\n\n")
    assert (
        "\nanswer found by  count  share\n"
        "boxed                2  66.7%\n"
        "number               1  33.3%\n"
    ) in out
    assert out.endswith(
        "length      min  p10  p50  p90  max  mean\n"
        "characters    1    1   15   16   16  10.7\n"
        "words         1    1    2    3    3     2\n"
    )


def test_profile_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    result = run("profile", str(path), "--format", "json")
    assert result.code == 0
    assert json.loads(result.out)["length_words"]["p50"] is None


# ----------------------------------------------------------------------------------- filter


@pytest.fixture
def generations(tmp_path: Path) -> Path:
    rows = [
        ("p1", "First, 2. So \\boxed{2}.", "2"),
        ("p1", "First, 2. So \\boxed{2}!", "2"),  # near-duplicate of the first
        ("p1", "Another path: 1+1 = \\boxed{2}", "2"),
        ("p1", "Wrong: \\boxed{3}", "2"),
        ("p2", "\\boxed{5}", "4"),
        ("p2", "Carefully: \\boxed{4}", "4"),
        ("p2", "Also wrong \\boxed{6}", "4"),
        ("p3", "\\boxed{9}", "9"),
    ]
    path = tmp_path / "gens.jsonl"
    path.write_text(
        "".join(json.dumps({"prompt": p, "completion": c, "answer": a}) + "\n" for p, c, a in rows)
        + "{broken\n",
        encoding="utf-8",
    )
    return path


def test_filter_keeps_correct_deduplicated(generations: Path) -> None:
    result = run("filter", str(generations), "-r", "exact")
    assert records(result.out) == [
        {"prompt": "p1", "completion": "First, 2. So \\boxed{2}."},
        {"prompt": "p1", "completion": "Another path: 1+1 = \\boxed{2}"},
        {"prompt": "p2", "completion": "Carefully: \\boxed{4}"},
        {"prompt": "p3", "completion": "\\boxed{9}"},
    ]
    assert result.err == (
        "line 9: not JSON: Expecting property name enclosed in double quotes at column 2\n"
        "kept 4 of 8 rows (3 prompts); dropped 3 below threshold, 1 near-duplicates; "
        "1 failed lines\n"
    )
    assert result.code == 1


def test_filter_max_per_prompt_no_dedupe_messages(generations: Path) -> None:
    result = run(
        "filter",
        str(generations),
        "-r",
        "exact",
        "--dedupe",
        "off",
        "--max-per-prompt",
        "1",
        "--format",
        "messages",
        "--keep",
        "answer",
        "-q",
    )
    assert records(result.out) == [
        {
            "messages": [
                {"role": "user", "content": "p1"},
                {"role": "assistant", "content": "First, 2. So \\boxed{2}."},
            ],
            "answer": "2",
        },
        {
            "messages": [
                {"role": "user", "content": "p2"},
                {"role": "assistant", "content": "Carefully: \\boxed{4}"},
            ],
            "answer": "4",
        },
        {
            "messages": [
                {"role": "user", "content": "p3"},
                {"role": "assistant", "content": "\\boxed{9}"},
            ],
            "answer": "9",
        },
    ]


def test_filter_pairs(generations: Path) -> None:
    result = run("filter", str(generations), "-r", "exact", "--pairs")
    assert records(result.out) == [
        {"prompt": "p1", "chosen": "First, 2. So \\boxed{2}.", "rejected": "Wrong: \\boxed{3}"},
        {
            "prompt": "p1",
            "chosen": "Another path: 1+1 = \\boxed{2}",
            "rejected": "Wrong: \\boxed{3}",
        },
        {"prompt": "p2", "chosen": "Carefully: \\boxed{4}", "rejected": "\\boxed{5}"},
        {"prompt": "p2", "chosen": "Carefully: \\boxed{4}", "rejected": "Also wrong \\boxed{6}"},
    ]
    assert result.err.endswith(
        "wrote 4 pairs from 8 rows (3 prompts); dropped 1 near-duplicates; 1 failed lines\n"
    )


def test_filter_threshold_and_requires_prompt(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"prompt": "p", "completion": "wait", "answer": "1"}\n'
        '{"completion": "wait", "answer": "1"}\n',
        encoding="utf-8",
    )
    result = run("filter", str(path), "-r", "wait", "--threshold", "0.5")
    assert records(result.out) == [{"prompt": "p", "completion": "wait"}]
    assert "line 2: missing column 'prompt'" in result.err
    assert result.code == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["-r", "exact", "-r", "boxed"], "filter takes one --reward", id="two"),
        pytest.param(["--dedupe", "1.5"], "expected a similarity in (0, 1]", id="dedupe"),
        pytest.param(["--threshold", "nan"], "expected a number", id="threshold"),
        pytest.param(["--max-per-prompt", "0"], "expected a positive integer", id="max"),
    ],
)
def test_filter_usage_errors(generations: Path, argv: list[str], message: str) -> None:
    result = run("filter", str(generations), *argv)
    assert result.code == 2
    assert message in result.err


# ------------------------------------------------------------------------------ list / help


def test_list() -> None:
    result = run("list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["reward", "reads", "rule"]
    assert any(re.fullmatch(r"boxed +- +1\.0 if a box", line) for line in lines)
    assert any(
        re.fullmatch(r"exact +answer\|solution +1\.0 when .* is the gold answer\.", line)
        for line in lines
    )
    assert any(
        re.fullmatch(r"countdown_correct +nums, target +Countdown: .*", line) for line in lines
    )
    assert "  overlong_penalty(max_length, buffer, *, unit='char')" in lines
    assert "  tags(schema, *, prefilled=False)" in lines
    exports = (getattr(rewardkit, name) for name in rewardkit.__all__)
    for reward in (r for r in exports if isinstance(r, Reward)):
        assert any(line.split()[0] == reward.name for line in lines[1:] if line), reward.name


@pytest.mark.parametrize("command", ["score", "report", "profile", "filter", "list"])
def test_help_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.code == 0
    assert "Examples:" in result.out
    assert f"rewardkit {command}" in result.out


def test_no_command_prints_help() -> None:
    result = run()
    assert result.code == 2
    assert "commands:" in result.err


def test_version() -> None:
    result = run("--version")
    assert (result.code, result.out) == (0, version_text() + "\n")
    assert result.out.startswith(f"rewardkit {rewardkit.__version__} (")


def test_doctor(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("doctor")
    assert (result.code, result.out, result.err) == (0, doctor_text() + "\n", "")
    conflict = dataclasses.replace(diagnose(), claimants=("harbor-rewardkit", "rewardkit-rl"))
    monkeypatch.setattr("rewardkit.cli.doctor.diagnose", lambda: conflict)
    result = run("doctor")
    assert (result.code, result.out) == (1, doctor_text(conflict) + "\n")
    assert result.out.splitlines()[-1] == conflict.conflict


def test_python_dash_m(small: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "rewardkit", "score", str(small), "-r", "think_format", "-q"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 1
    assert completed.stderr == ""
    assert len(completed.stdout.splitlines()) == 5


# ------------------------------------------------------------------------------ example file


def test_example_file_is_valid() -> None:
    rows = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 20
    assert all({"prompt", "completion", "answer"} <= set(row) for row in rows)
    assert any(isinstance(row["completion"], list) for row in rows)


def test_readme_command() -> None:
    """`rewardkit score examples/completions.jsonl` (the README's main command) exits 0."""
    result = run("score", str(EXAMPLE))
    assert result.code == 0, result.err
    lines = records(result.out)
    assert [r["line"] for r in lines] == list(range(1, len(lines) + 1))
    assert all("error" not in r and r["total"] is not None for r in lines)


# ------------------------------------------------------------------------------ memory


MEMORY_PROBE = """
import resource, sys
from rewardkit.cli import main
main(["score", sys.argv[1], "-r", "think_format", "-q", "--out", sys.argv[2]])  # warm up
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code = main(["score", sys.argv[3], "-r", "think_format", "-q", "--out", sys.argv[2]])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(code, after - before)
"""


def test_score_100k_lines_in_bounded_memory(tmp_path: Path) -> None:
    small, big, out = tmp_path / "small.jsonl", tmp_path / "big.jsonl", tmp_path / "out.jsonl"
    padding = "x" * 400
    with big.open("w", encoding="utf-8") as file:
        for i in range(100_000):
            row = {"prompt": f"q{i}", "completion": f"<think>{padding}</think><answer>{i}</answer>"}
            file.write(json.dumps(row) + "\n")
    small.write_text(json.dumps({"completion": "x"}) + "\n", encoding="utf-8")
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(small), str(out), str(big)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    code, growth_kib = map(int, probe.stdout.split())
    assert code == 0
    assert big.stat().st_size > 45_000_000
    # Holding the rows (or the records) would grow the peak by far more than the file's size.
    assert growth_kib < 20_000, f"peak RSS grew by {growth_kib} KiB"
    with out.open("rb") as file:
        assert sum(1 for _ in file) == 100_000


# --------------------------------------------------------------------------- docs/cli.md


DOCS = ROOT / "docs" / "cli.md"
_CONSOLE = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def console_run(command: str) -> str:
    """Run one ``$ ...`` line of a console block from the project root; stdout then stderr."""
    argv = shlex.split(command)
    if argv[0] == "cat":
        return (ROOT / argv[1]).read_text(encoding="utf-8")
    assert argv[0] == "rewardkit", command
    expanded: list[str] = []
    for arg in argv[1:]:
        if "*" in arg:
            expanded.extend(str(p.relative_to(ROOT)) for p in sorted(ROOT.glob(arg)))
        else:
            expanded.append(arg)
    result = run(*expanded)
    return result.out + result.err


def console_blocks(text: str) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` for every ``$ `` line of the console blocks."""
    found: list[tuple[str, list[str]]] = []
    for block in _CONSOLE.finditer(text):
        for line in block.group(1).splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            else:
                found[-1][1].append(line)
    return found


def _line_matches(expected: str, actual: str) -> bool:
    if "..." not in expected:
        return expected == actual
    pattern = ".*".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual) is not None


def lines_match(expected: list[str], actual: list[str]) -> bool:
    """Line by line; a line ``...`` stands for any lines, ``...`` in a line for any text."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(lines_match(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return (
        bool(actual)
        and _line_matches(expected[0], actual[0])
        and lines_match(expected[1:], actual[1:])
    )


def fill_docs() -> None:
    """Rewrite the outputs of docs/cli.md's console blocks (keeping ``...`` lines)."""
    text = DOCS.read_text(encoding="utf-8")

    def block(match: re.Match[str]) -> str:
        lines = []
        for command, expected in console_blocks("```console\n" + match.group(1) + "```"):
            actual = console_run(command).splitlines()
            keep = expected if expected and lines_match(expected, actual) else actual
            lines += [f"$ {command}", *keep]
        return "```console\n" + "\n".join(lines) + "\n```"

    DOCS.write_text(_CONSOLE.sub(block, text), encoding="utf-8")


@pytest.mark.parametrize(
    ("command", "expected"),
    [pytest.param(c, e, id=c[:60]) for c, e in console_blocks(DOCS.read_text(encoding="utf-8"))],
)
def test_docs_console_output(
    command: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rewardkit, "__all__", PUBLIC)  # the package's rewards only
    monkeypatch.chdir(ROOT)
    actual = console_run(command).splitlines()
    assert lines_match(expected, actual), "\n".join(actual)


def test_lines_match() -> None:
    assert lines_match(["a", "...", "d"], ["a", "b", "c", "d"])
    assert lines_match(["a", "...", "b"], ["a", "b"])
    assert lines_match(["x ... z"], ["x y z"])
    assert not lines_match(["a", "...", "d"], ["a", "b"])
    assert not lines_match(["x ... z"], ["x y"])
    assert not lines_match([], ["a"])


@pytest.mark.parametrize("command", ["score", "report", "profile", "filter", "list"])
def test_help_examples_are_valid_commands(command: str) -> None:
    from rewardkit.cli import build_parser
    from rewardkit.registry import get_reward

    help_text = run(command, "--help").out
    examples = help_text.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert examples
    for example in examples:
        argv = shlex.split(example.split("|")[-1])
        assert argv[:2] == ["rewardkit", command], example
        args = build_parser().parse_args(argv[1:])
        for spec in getattr(args, "reward", []):
            get_reward(spec)


# ------------------------------------------------- hostile files and terminals (14.5, 17.3-6)

SURROGATE_ROWS = (
    '{"completion": "\\ud800 \\\\boxed{4}", "answer": "4", "prompt": "p\\udc00", '
    '"step": "s\\ud800"}\n'
    '{"completion": "wait \\\\boxed{5}", "answer": "4", "prompt": "p\\udc00", "step": 1}\n'
)


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(("score", "--keep", "prompt,completion", "-q"), id="score-keep"),
        pytest.param(("filter", "-q", "--dedupe", "off"), id="filter"),
        pytest.param(("filter", "-q", "--pairs", "--format", "messages"), id="filter-pairs"),
        pytest.param(("report", "--step-field", "step"), id="report-table"),
        pytest.param(("report", "--step-field", "step", "--format", "json"), id="report-json"),
        pytest.param(("report", "--step-field", "step", "--format", "csv"), id="report-csv"),
    ],
)
def test_lone_surrogates_never_crash_the_output(tmp_path: Path, argv: tuple[str, ...]) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text(SURROGATE_ROWS, encoding="utf-8")
    out = tmp_path / "out.txt"
    command, *options = argv
    result = run(command, str(path), *options, "--out", str(out))
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")  # valid UTF-8: surrogates written as \\udXXX
    assert "\\ud800" in text or "\\udc00" in text
    if command in ("score", "filter"):
        lines = [json.loads(line) for line in text.splitlines()]
        assert len(lines) == (2 if command == "score" else 1)  # one passes, one fails
        if command == "score":  # the JSON escape is the same value: records round-trip
            assert [r["prompt"] for r in lines] == ["p\udc00", "p\udc00"]
            assert lines[0]["completion"] == "\ud800 \\boxed{4}"


def test_lone_surrogates_on_a_real_stdout(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text(SURROGATE_ROWS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "rewardkit", "score", str(path), "--keep", "prompt", "-q"],
        capture_output=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"},
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert [json.loads(line)["prompt"] for line in result.stdout.splitlines()] == ["p\udc00"] * 2


def test_report_labels_files_without_a_checkpoint_name(tmp_path: Path) -> None:
    base = _checkpoint(tmp_path / "llama3-8b.jsonl", [("\\boxed{1}", "1")])
    tuned = _checkpoint(tmp_path / "llama3-8b-sft.jsonl", [("wait \\boxed{2}", "1")])
    result = run("report", str(base), str(tuned), *REPORT_ARGS)
    assert [line.split() for line in result.out.splitlines()] == [
        [
            "label",
            "step",
            "count",
            "errors",
            "correct",
            "reflection",
            "correct+reflection",
            "mean",
            "boxed",
        ],
        ["llama3-8b.jsonl", "-", "1", "0", "1", "(100%)", "0", "(0%)", "0", "(0%)", "1"],
        ["llama3-8b-sft.jsonl", "-", "1", "0", "0", "(0%)", "1", "(100%)", "0", "(0%)", "1"],
    ]
    labelled = run("report", str(base), str(tuned), *REPORT_ARGS, "--label", "base")
    assert (labelled.code, labelled.err) == (
        2,
        "rewardkit report: error: --label given 1 times for 2 files; give one per file\n",
    )
    labelled = run(
        "report", str(base), str(tuned), *REPORT_ARGS, "--label", "base", "--label", "sft"
    )
    assert [line.split()[0] for line in labelled.out.splitlines()] == ["label", "base", "sft"]


def test_report_plot_has_a_title_and_legends_outside(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from matplotlib import pyplot as plt

    from rewardkit import report as report_module

    figures = []
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(plt, "close", figures.append)
    try:
        base = _checkpoint(tmp_path / "base.jsonl", [("\\boxed{1}", "1")])
        tuned = _checkpoint(tmp_path / "tuned.jsonl", [("wait \\boxed{2}", "1")])
        png = tmp_path / "plot.png"
        result = run(
            "report", str(base), str(tuned), *REPORT_ARGS, "--plot", str(png), "--title", "runs"
        )
    finally:
        monkeypatch.undo()
    assert result.code == 0
    assert png.stat().st_size > 0
    [figure] = figures
    assert figure._suptitle.get_text() == "runs"
    for axes in figure.axes:
        anchor = axes.get_legend().get_bbox_to_anchor().transformed(axes.transAxes.inverted())
        assert anchor.x0 > 1.0  # right of the plotting area
    ticks = [tick.get_text() for tick in figure.axes[-1].get_xticklabels()]
    assert ticks == ["base.jsonl", "tuned.jsonl"]  # categories, no invented steps
    plt.close(figure)
    assert report_module.step_from_name(str(base)) is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_stderr_and_cleared(small: Path, tmp_path: Path) -> None:
    out, err = _Terminal(), _Terminal()
    main(["score", str(small), "-r", "boxed"], stdout=out, stderr=err)
    assert "\r" not in err.getvalue()  # records go to the same terminal: no progress line
    err = _Terminal()
    main(["score", str(small), "-r", "boxed", "-o", str(tmp_path / "o.jsonl")], stderr=err)
    progress, _, summary = err.getvalue().rpartition("\r\x1b[K")
    assert progress.startswith("\r5 lines")  # drawn per shipment (one here) ...
    assert summary.startswith("reward ")  # ... then cleared before the summary
    plain = io.StringIO()
    main(["score", str(small), "-r", "boxed", "-o", str(tmp_path / "p.jsonl")], stderr=plain)
    assert "\r" not in plain.getvalue()


def test_broken_pipe_exits_quietly_with_141(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"completion": "\\\\boxed{4}", "answer": "4"}\n' * 20_000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "rewardkit", "score", str(path), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    with process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert json.loads(process.stdout.readline())["line"] == 1
        process.stdout.close()  # what `| head -1` does
        assert (process.wait(timeout=60), process.stderr.read()) == (141, b"")


def test_profile_caps_repeated_line_messages(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"completion": "4"}\n' + "{oops\n" * 13, encoding="utf-8")
    result = run("profile", str(path), "--format", "json")
    expected = [
        f"line {n}: not JSON: Expecting property name enclosed in double quotes at column 2"
        for n in range(2, 12)
    ]
    assert result.err.splitlines() == [*expected, "... and 3 more"]
    assert (result.code, json.loads(result.out)["failed"]) == (1, 13)


def test_filter_caps_repeated_line_messages(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(
        '{"completion": "\\\\boxed{4}", "answer": "4", "prompt": "p"}\n' + "[]\n" * 12,
        encoding="utf-8",
    )
    result = run("filter", str(path), "-r", "exact")
    assert result.err.splitlines() == [
        *(f"line {n}: expected a JSON object; got list" for n in range(2, 12)),
        "... and 2 more",
        "kept 1 of 1 rows (1 prompts); 12 failed lines",
    ]


def test_invalid_control_character_message_says_at_once() -> None:
    [line] = read_lines(io.BytesIO(b'{"a": "x\ty"}\n'))
    assert line.error == "line 1: not JSON: Invalid control character at column 9"


def test_config_in_another_format_names_the_accepted_ones(small: Path, tmp_path: Path) -> None:
    config = tmp_path / "rewards.yaml"
    config.write_text("boxed: 1\n", encoding="utf-8")
    result = run("score", str(small), "--config", str(config))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"rewardkit score: error: config {str(config)!r}: unsupported format '.yaml'; "
        "accepted: .toml (TOML) or .json (JSON)\n"
    )


def test_one_row_without_the_completion_column(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text('{"text": "so \\\\boxed{2}", "answer": "2"}\n{oops\n', encoding="utf-8")
    result = run("profile", str(path))
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        f"rewardkit profile: error: {str(path)!r} has no 'completion' column "
        "(keys seen: 'answer', 'text'); pass --completion-field text\n"
    )


# ------------------------------------------------------------- formats, the pool, serve


#: Rows a Parquet column can hold (one type per column): no message lists, no broken line.
PARQUET_ROWS: list[dict[str, object]] = [
    {"prompt": "1+1?", "completion": "It is \\boxed{2}.", "answer": "2", "id": "a"},
    {"prompt": "1+1?", "completion": "Wait. \\boxed{3}", "answer": "2", "id": "b"},
    {"prompt": "2+2?", "completion": None, "answer": "4", "id": "d"},  # Parquet has no gaps
    {"prompt": "2+2?", "completion": "4", "answer": "4", "id": "e"},
]


def _parquet(path: Path, rows: list[dict[str, object]]) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _parquet_records(path: Path) -> list[dict[str, object]]:
    pq = pytest.importorskip("pyarrow.parquet")
    return list(pq.read_table(path).to_pylist())


def test_score_reads_parquet_and_saved_datasets_like_jsonl(tmp_path: Path) -> None:
    expected = run("score", str(_jsonl(tmp_path / "a.jsonl", PARQUET_ROWS)), "-r", "boxed")
    parquet = _parquet(tmp_path / "a.parquet", PARQUET_ROWS)
    assert run("score", str(parquet), "-r", "boxed") == expected
    datasets = pytest.importorskip("datasets")
    folder = tmp_path / "saved"
    datasets.Dataset.from_list(PARQUET_ROWS).save_to_disk(str(folder))
    assert run("score", str(folder), "-r", "boxed") == expected
    assert expected.code == 1  # the row without a completion
    assert records(expected.out)[2]["error"] == (
        "line 3: column 'completion' is null; expected a string or a message list"
    )


def test_score_writes_parquet_with_the_same_records(small: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "scores.parquet"
    result = run(
        "score", str(small), "-r", "boxed", "-r", "exact", "--keep", "id", "--out", str(out)
    )
    assert (result.code, result.out, result.err) == (1, "", SMALL_SUMMARY)
    jsonl = run("score", str(small), "-r", "boxed", "-r", "exact", "--keep", "id", "-q")
    expected = [{**record, "error": record.get("error")} for record in records(jsonl.out)]
    assert _parquet_records(out) == expected


def test_missing_pyarrow_is_one_line_with_the_install_hint(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parquet = _parquet(tmp_path / "a.parquet", PARQUET_ROWS)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run("score", str(parquet), "-r", "boxed")
    assert (result.code, result.out, result.err) == (
        2,
        "",
        f"rewardkit score: error: reading '{parquet}' (Parquet) needs pyarrow: "
        "pip install pyarrow\n",
    )
    out = tmp_path / "out.parquet"
    for command in ("score", "filter"):
        result = run(command, str(small), "-r", "boxed", "--out", str(out))
        assert (result.code, result.err) == (
            2,
            f"rewardkit {command}: error: --out '{out}' (Parquet) needs pyarrow: "
            "pip install pyarrow\n",
        )
    assert not out.exists()
    result = run("profile", str(parquet))
    assert result.err == (
        f"rewardkit profile: error: reading '{parquet}' (Parquet) needs pyarrow: "
        "pip install pyarrow\n"
    )


def test_report_and_profile_read_parquet_like_jsonl(tmp_path: Path) -> None:
    jsonl = _jsonl(tmp_path / "a.jsonl", PARQUET_ROWS)
    parquet = _parquet(tmp_path / "a.parquet", PARQUET_ROWS)
    reports = [
        run("report", str(path), "--label", "x", "-r", "boxed", "--format", "json")
        for path in (jsonl, parquet)
    ]
    assert [report.code for report in reports] == [1, 1]  # the null completion
    rows = [json.loads(report.out) for report in reports]
    assert [row.pop("file") for [row] in rows] == [str(jsonl), str(parquet)]
    assert rows[0] == rows[1]
    assert [(row["label"], row["count"], row["errors"]) for row in rows[0]] == [("x", 3, 1)]
    profile = run("profile", str(jsonl), "--format", "json")
    assert run("profile", str(parquet), "--format", "json") == profile
    assert json.loads(profile.out)["count"] == 4


def test_filter_reads_and_writes_parquet(generations: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in generations.read_text().splitlines()[:-1]]
    parquet = _parquet(tmp_path / "gens.parquet", rows)
    expected = run("filter", str(generations), "-r", "exact", "--keep", "answer", "-q")
    out = tmp_path / "sft.parquet"
    result = run("filter", str(parquet), "-r", "exact", "--keep", "answer", "--out", str(out))
    assert (result.code, result.out) == (0, "")
    assert result.err == (
        "kept 4 of 8 rows (3 prompts); dropped 3 below threshold, 1 near-duplicates; "
        "0 failed lines\n"
    )
    assert [
        {key: value for key, value in row.items() if key != "error"}
        for row in _parquet_records(out)
    ] == records(expected.out)


def test_filter_column_clashing_with_the_record_is_a_usage_error(generations: Path) -> None:
    result = run("filter", str(generations), "-r", "exact", "--keep", "total")
    assert (result.code, result.err) == (
        2,
        "rewardkit filter: error: column 'total' clashes with a key of the scored record; "
        "rename it\n",
    )


class _CountingPool(pool_module.ScoringPool):
    started_any: ClassVar[list[bool]] = []

    def close(self) -> None:
        type(self).started_any.append(self.started)
        super().close()


@pytest.mark.parametrize("command", ["score", "filter", "report"])
def test_workers_start_processes_and_give_the_serial_output(
    command: str, generations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = generations.with_name("many.jsonl")
    path.write_text(generations.read_text() * 40, encoding="utf-8")
    argv = [command, str(path), "-r", "exact", "-q", "--batch-size", "7"]
    if command == "report":
        argv.remove("-q")
    serial = run(*argv)
    monkeypatch.setattr(pool_module, "SERIAL_SECONDS", 0.0)
    monkeypatch.setattr(pool_module, "FORK_SERIAL_SECONDS", 0.0)
    monkeypatch.setattr(pool_module, "CHUNK_BYTES", 1024)
    monkeypatch.setattr("rewardkit.runs.pool.ScoringPool", _CountingPool)
    _CountingPool.started_any.clear()
    parallel = run(*argv, "--workers", "2")
    assert _CountingPool.started_any == [True]  # worker processes did the scoring
    assert parallel == serial
    assert serial.code == 1  # the broken lines


def test_serve_without_rewards_is_a_usage_error() -> None:
    result = run("serve")
    assert (result.code, result.out, result.err) == (
        2,
        "",
        "rewardkit serve: error: no rewards: expected --preset NAME, --config FILE or "
        "--reward SPEC; got none\n",
    )


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])
def test_serve_without_its_dependencies_says_what_to_install(
    missing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    result = run("serve", "--preset", "r1_zero")
    assert (result.code, result.err) == (
        2,
        f"rewardkit serve: error: the reward server needs {missing}: "
        "pip install starlette uvicorn\n",
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    "entry", [["rewardkit", "serve"], ["rewardkit.server"]], ids=["serve", "server"]
)
def test_serve_answers_over_http(entry: list[str]) -> None:
    httpx = pytest.importorskip("httpx")
    pytest.importorskip("uvicorn")
    port = _free_port()
    command = [sys.executable, "-m", *entry, "-r", "boxed_correct", "--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(command, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health.status_code == 200
        reply = httpx.post(
            f"http://127.0.0.1:{port}/get_reward",
            json={"query": ["Q: 1+1? A: \\boxed{2}"], "prompts": ["Q: 1+1? A: "], "labels": ["2"]},
            timeout=60,
        )
        assert reply.json()["rewards"] == [1.0]
    finally:
        server.terminate()
        server.wait(timeout=60)
        assert server.stderr is not None
        server.stderr.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["-"],
            "--engine ray reads files, not stdin: give a file or a folder of files",
            id="stdin",
        ),
        pytest.param(
            [], "--engine ray writes a folder of record files: pass --out FOLDER", id="out"
        ),
        pytest.param(
            ["--out", "x", "--keep", "id"],
            "--engine ray does not support --keep yet; score with the default engine",
            id="keep",
        ),
    ],
)
def test_engine_ray_usage_errors(small: Path, argv: list[str], message: str) -> None:
    source = argv.pop(0) if argv[:1] == ["-"] else str(small)
    result = run("score", source, "-r", "boxed", "--engine", "ray", *argv, stdin=b"")
    assert (result.code, result.out, result.err) == (2, "", f"rewardkit score: error: {message}\n")


def test_engine_ray_without_ray_says_what_to_install(
    small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    out = tmp_path / "scores"
    result = run("score", str(small), "-r", "boxed", "--engine", "ray", "--out", str(out))
    assert (result.code, result.err) == (
        2,
        "rewardkit score: error: --engine ray needs Ray Data: pip install 'ray[data]'\n",
    )
    assert not out.exists()
