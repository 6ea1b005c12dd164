"""``rewardkit explain``, ``score --explain``, ``report --examples`` and ``profile`` modes.

Exact output on small files; the judge runs against the stand-in server of test_judge.py.
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from rewardkit import judge
from tests.test_cli import run
from tests.test_judge import stand_in  # noqa: F401 - the stand-in server fixture

ROWS = [
    {"prompt": "q1", "completion": "So \\boxed{4}.", "answer": "4"},
    {"prompt": "q1", "completion": "But wait, 2+2 is 4. \\boxed{4}", "answer": "4"},
    {"prompt": "q2", "completion": "\\boxed{5}", "answer": "4"},
]


def _write(path: Path, rows: list[dict[str, object]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + extra, encoding="utf-8")
    return path


@pytest.fixture
def gens(tmp_path: Path) -> Path:
    return _write(tmp_path / "gens.jsonl", ROWS, "not json\n")


# ------------------------------------------------------------------------------ explain


def test_explain_prints_each_rewards_explanation(gens: Path) -> None:
    result = run("explain", str(gens), "--line", "3", "-r", "boxed_correct", "-r", "aha")
    assert result.code == 0
    assert result.out == (
        f"{gens}:3\n"
        "boxed_correct = 0\n"
        "  answer: 5\n"
        "  source: boxed\n"
        "  gold: 4\n"
        "  gold_answer: 4\n"
        "  kind: number\n"
        '  canonical: {"gold": "4", "answer": "5"}\n'
        "  rule: exact integer\n"
        "  units_dropped: false\n"
        "aha = 0\n"
        "  region: all\n"
        "  phrases: []\n"
        "  count: 0\n"
    )


def test_explain_json_is_the_explanations_dicts(gens: Path) -> None:
    result = run("explain", str(gens), "--line", "1", "-r", "boxed_correct", "--json")
    [explained] = json.loads(result.out)
    assert result.code == 0
    assert explained["name"] == "boxed_correct"
    assert explained["score"] == 1.0
    assert explained["details"]["answer"] == "4"


def test_explain_reads_parquet(gens: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    path = tmp_path / "gens.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), path)
    from_parquet = run("explain", str(path), "--line", "2", "--json")
    from_jsonl = run("explain", str(gens), "--line", "2", "--json")
    assert from_parquet.code == 0
    assert from_parquet.out == from_jsonl.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["--line", "4"],
            "line must name a line holding a JSON object in '{gens}'; got 4",
            id="not-json",
        ),
        pytest.param(
            ["--line", "9"],
            "line must name a line holding a JSON object in '{gens}'; got 9",
            id="past-the-end",
        ),
        pytest.param(["--line", "0"], "line must be a positive integer; got 0", id="zero"),
        pytest.param(
            ["--line", "1", "--completion-field", "text"], "missing column 'text'", id="column"
        ),
        pytest.param(
            ["--line", "1", "--answer-field", "gold", "-r", "boxed_correct"],
            "missing column 'gold' (the gold answer boxed_correct reads)",
            id="gold-column",
        ),
    ],
)
def test_explain_bad_line_or_column_exits_2(gens: Path, argv: list[str], message: str) -> None:
    result = run("explain", str(gens), *argv)
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"rewardkit explain: error: {message.format(gens=gens)}\n"


# ------------------------------------------------------------------------ score --explain


@pytest.mark.parametrize("workers", ["1", "2"])
def test_score_explain_adds_only_explain_to_the_records(
    gens: Path, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rewardkit import pool

    monkeypatch.setattr(pool, "SERIAL_SECONDS", 0.0)  # start the workers at once
    monkeypatch.setattr(pool, "FORK_SERIAL_SECONDS", 0.0)
    monkeypatch.setattr(pool, "CHUNK_BYTES", 1)  # one row per shipment: every row travels
    argv = ["score", str(gens), "-r", "boxed_correct", "-r", "aha", "-q", "--workers", workers]
    plain = [json.loads(line) for line in run(*argv).out.splitlines()]
    result = run(*argv, "--explain")
    explained = [json.loads(line) for line in result.out.splitlines()]
    assert result.code == 1  # the line that is not JSON
    assert [{k: v for k, v in r.items() if k != "explain"} for r in explained] == plain
    assert ["explain" in r for r in explained] == [True, True, True, False]
    for record in explained[:3]:
        for name in ("boxed_correct", "aha"):
            assert record["explain"][name]["score"] == record[name]
            assert record["explain"][name]["name"] == name
    assert explained[1]["explain"]["aha"]["details"]["phrases"][0]["phrase"] == "but wait"


def test_score_explain_refuses_keep_explain(gens: Path) -> None:
    result = run("score", str(gens), "--explain", "--keep", "explain")
    assert result.code == 2
    assert result.err == (
        "rewardkit score: error: --keep field 'explain' clashes with a key of the output record\n"
    )


# ---------------------------------------------------------------------- report --examples


def test_report_examples_follow_the_table(tmp_path: Path) -> None:
    first = _write(tmp_path / "ckpt-1.jsonl", [ROWS[0], ROWS[2]])
    second = _write(tmp_path / "ckpt-2.jsonl", ROWS)
    result = run("report", str(second), str(first), "--examples", "1")
    assert result.code == 0
    table, _, examples = result.out.partition("\n\n")
    assert table.splitlines()[1].startswith("ckpt-1.jsonl ")
    assert examples == (
        "== ckpt-1.jsonl: 0 newly earned reflection, 1 correct\n"
        "-- earned correctness: row 1\n"
        "completion (end): So \\boxed{4}.\n"
        "boxed_correct = 1\n"
        "  answer: 4\n"
        "  source: boxed\n"
        "  gold: 4\n"
        "  gold_answer: 4\n"
        "  kind: number\n"
        '  canonical: {"gold": "4", "answer": "4"}\n'
        "  rule: identical text\n"
        "  units_dropped: false\n"
        "  hedged: false\n"
        "== ckpt-2.jsonl: 1 newly earned reflection, 2 correct\n"
        "-- newly earned reflection: row 2\n"
        "completion (end): But wait, 2+2 is 4. \\boxed{4}\n"
        "aha = 1\n"
        "  region: all\n"
        '  phrases: [{"phrase": "but wait", "start": 0}]\n'
        "  count: 1\n"
        "-- earned correctness: row 1\n"
        "completion (end): So \\boxed{4}.\n"
        "boxed_correct = 1\n"
        "  answer: 4\n"
        "  source: boxed\n"
        "  gold: 4\n"
        "  gold_answer: 4\n"
        "  kind: number\n"
        '  canonical: {"gold": "4", "answer": "4"}\n'
        "  rule: identical text\n"
        "  units_dropped: false\n"
        "  hedged: false\n"
    )


def test_report_examples_json_and_seed(tmp_path: Path) -> None:
    path = _write(tmp_path / "ckpt-5.jsonl", ROWS * 3)
    argv = ["report", str(path), "--examples", "2", "--format", "json"]
    [record] = json.loads(run(*argv).out)
    examples = record["examples"]
    assert examples["new_reflection"] == 3
    assert examples["correct"] == 6
    assert len(examples["reflection_examples"]) == 2
    assert len(examples["correct_examples"]) == 2
    for example in examples["correct_examples"]:
        assert example["explanation"]["score"] == 1.0
        assert ROWS[(example["line"] - 1) % 3]["completion"] == example["completion"]
    draws = {run(*argv, "--seed", str(seed)).out for seed in range(6)}
    assert len(draws) > 1
    assert run(*argv, "--seed", "3").out == run(*argv, "--seed", "3").out


def test_report_examples_refuse_csv(gens: Path) -> None:
    result = run("report", str(gens), "--examples", "1", "--format", "csv")
    assert result.code == 2
    assert result.err == (
        "rewardkit report: error: --examples is not available with --format csv; "
        "use table, markdown or json\n"
    )


# ------------------------------------------------------------------ profile --behaviours

BACKTRACK = {"completion": "25 + 3 = 28, too big. Scrap that: 25 - 3 = 22."}


def test_profile_behaviours_side_by_side(tmp_path: Path) -> None:
    early = _write(tmp_path / "ckpt-1.jsonl", [{"completion": "x = 2."}])
    late = _write(tmp_path / "ckpt-2.jsonl", [BACKTRACK, {"completion": "x = 2."}])
    result = run("profile", str(early), str(late), "--behaviours")
    assert result.code == 0
    assert result.out == (
        "file" + " " * (len(str(early)) - 4) + "  texts  verification  backtracking"
        "  subgoal_setting  backward_chaining\n"
        f"{early}      1        0 (0%)        0 (0%)           0 (0%)             0 (0%)\n"
        f"{late}      2       1 (50%)       1 (50%)           0 (0%)             0 (0%)\n"
    )
    records = json.loads(
        run("profile", str(early), str(late), "--behaviours", "--format", "json").out
    )
    assert [r["label"] for r in records] == [str(early), str(late)]
    assert records[1]["behaviors"]["backtracking"] == {
        "texts": 1,
        "rate": 0.5,
        "occurrences": 1,
    }


def test_profile_behaviours_names_the_file_of_a_bad_line(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.jsonl", [BACKTRACK])
    bad = _write(tmp_path / "b.jsonl", [BACKTRACK], "not json\n")
    result = run("profile", str(good), str(bad), "--behaviours", "--format", "json")
    assert result.code == 1
    assert result.err == f"{bad}: line 2: not JSON: Expecting value at column 1\n"
    assert [r["failed"] for r in json.loads(result.out)] == [0, 1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(
            ["{f}", "{f}"], "a profile reads one FILE (got 2); --behaviours compares several"
        ),
        pytest.param(
            ["{f}", "--judge-model", "m"],
            "--judge-model is an option of --judge URL; pass --judge too",
        ),
        pytest.param(
            ["{f}", "--judge", "http://127.0.0.1:9"],
            "--judge needs --judge-model NAME (the model the server serves)",
        ),
        pytest.param(
            ["{f}", "--judge", "http://127.0.0.1:9", "--behaviours"],
            "--judge and --behaviours are separate reports; run one, then the other",
        ),
        pytest.param(
            ["{f}", "--judge", "localhost:8000", "--judge-model", "m"],
            "url must be an http(s) URL such as 'http://localhost:8000'; got 'localhost:8000'",
        ),
    ],
)
def test_profile_usage_errors(gens: Path, argv: list[str], message: str) -> None:
    result = run("profile", *(arg.format(f=gens) for arg in argv))
    assert result.code == 2
    assert result.err == f"rewardkit profile: error: {message}\n"


# ---------------------------------------------------------------------- profile --judge


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty judge cache per test, and loopback without a proxy."""
    monkeypatch.setattr(judge, "_memory", {})
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def test_profile_judge_reports_agreement(stand_in, tmp_path: Path) -> None:  # noqa: F811
    # The stand-in says "yes" to verification when the text says "check".
    rows = [
        {"completion": "25 + 3 = 28. Let me check: 28 is too big."},
        {"completion": "x = 2, check done."},
        {"completion": "x = 2."},
    ]
    path = _write(tmp_path / "gens.jsonl", rows)
    argv = ["profile", str(path), "--judge", stand_in.url, "--judge-model", "stand-in"]
    result = run(*argv, "--judge-sample", "3", "--format", "json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["model"] == "stand-in"
    assert (report["rows_total"], report["rows_sampled"], report["rows_judged"]) == (3, 3, 3)
    assert (
        report["behaviors"]["verification"]["judge_only"]
        + report["behaviors"]["verification"]["both"]
        == 2
    )
    text = run(*argv, "--judge-sample", "2", "--judge-seed", "1")
    assert text.code == 0
    assert text.out.startswith("judge stand-in: 2 of 3 rows sampled, 2 judged, 0 failed\n")
    assert stand_in.total == 4 * 3  # four prompts per row; the second run hit the cache


def test_profile_judge_failed_rows_exit_1(stand_in, tmp_path: Path) -> None:  # noqa: F811
    path = _write(tmp_path / "gens.jsonl", [{"completion": "BAD"}, {"completion": "x"}])
    argv = ["profile", str(path), "--judge", stand_in.url, "--judge-model", "stand-in"]
    result = run(*argv, "--format", "json")
    assert result.code == 1
    report = json.loads(result.out)
    assert (report["rows_judged"], report["rows_failed"]) == (1, 1)


def test_profile_judge_without_httpx(gens: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_httpx(name: str, *args: object, **kwargs: object) -> object:
        if name == "httpx":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_httpx)
    result = run("profile", str(gens), "--judge", "http://127.0.0.1:9", "--judge-model", "m")
    assert result.code == 2
    assert result.err == "rewardkit profile: error: --judge needs httpx: pip install httpx\n"
