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


def _generated_rows(count: int) -> bytes:
    """JSONL with what the encoded paths must carry unchanged: runs of prompts, blank and
    broken lines, non-ASCII text, a lone surrogate, a missing completion or gold answer."""
    lines = []
    for i in range(count):
        if i % 17 == 5:
            lines.append(b"{broken")
        elif i % 23 == 7:
            lines.append(b"   ")
        elif i % 29 == 3:
            lines.append(json.dumps({"prompt": "p", "answer": "1"}).encode())
        else:
            completion = f"Wait, let me recheck é {i} \\boxed{{{i % 5}}}"
            if i % 31 == 11:
                completion += "\ud800"
            row = {"prompt": f"p{i // 4}", "completion": completion, "answer": str(i % 3)}
            if i % 13 == 4:
                del row["answer"]  # boxed_correct: not applicable (None)
            ascii_only = i % 2 == 0 or i % 31 == 11  # a lone surrogate only as an escape
            lines.append(json.dumps(row, ensure_ascii=ascii_only).encode())
    return b"\n".join(lines) + b"\n"


@pytest.fixture
def eager_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pools start workers at once and wait for them, so every shipment but the first is
    scored (and encoded) by a worker, in small shipments."""
    from rewardkit import pool

    monkeypatch.setattr(pool, "CHUNK_BYTES", 700)
    monkeypatch.setattr(pool, "SERIAL_SECONDS", 0.0)
    monkeypatch.setattr(pool, "FORK_SERIAL_SECONDS", 0.0)
    up = pool.ScoringPool._workers_up

    def wait_up(self: pool.ScoringPool) -> bool:
        self._up.wait()
        return up(self)

    monkeypatch.setattr(pool.ScoringPool, "_workers_up", wait_up)


def _old_path(path: Path, plan: ScoringPlan, keep: tuple[str, ...], explain: bool) -> str:
    """What ``score_file`` wrote before the encoded paths: records, one ``dumps`` each."""
    from rewardkit.formats import read_unparsed
    from rewardkit.pool import ScoringPool
    from rewardkit.runs import dumps

    with ScoringPool(plan, workers=1, keep=keep, explain=explain) as scorer:
        return "".join(dumps(r) + "\n" for r in scorer.score(read_unparsed(str(path))))


def _tally_of(text: str, plan: ScoringPlan) -> tuple[int, list[tuple[str, int, int, object]]]:
    """The failed count, and per column (scored, missing, mean) of the records in ``text``."""
    records = [json.loads(line) for line in text.splitlines()]
    counts: list[tuple[str, int, int, object]] = []
    for name in (*plan.names, "total"):
        values = [r[name] for r in records if "error" not in r]
        scores = [v for v in values if v is not None]
        mean = pytest.approx(sum(scores) / len(scores)) if scores else None
        counts.append((name, len(scores), len(values) - len(scores), mean))
    return sum("error" in r for r in records), counts


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("target", "keep", "explain"),
    [("stdout", (), False), ("file", ("prompt", "answer"), False), ("gz", (), True)],
)
@pytest.mark.usefixtures("eager_workers")
def test_score_file_encoded_paths_write_the_records_path_bytes(
    tmp_path: Path,
    workers: int,
    target: str,
    keep: tuple[str, ...],
    explain: bool,
) -> None:
    source = tmp_path / "gens.jsonl"
    source.write_bytes(_generated_rows(120))
    expected = _old_path(source, PLAN, keep, explain)
    stdout = io.StringIO()
    out = {"stdout": None, "file": str(tmp_path / "o.jsonl"), "gz": str(tmp_path / "o.jsonl.gz")}
    tally = score_file(
        str(source),
        PLAN,
        out=out[target],
        stdout=stdout,
        keep=keep,
        workers=workers,
        explain=explain,
    )
    if target == "stdout":
        written = stdout.getvalue()
    elif target == "gz":
        import gzip

        written = gzip.decompress(Path(out[target] or "").read_bytes()).decode("utf-8")
    else:
        written = Path(out[target] or "").read_text(encoding="utf-8")
    assert written == expected
    failed, counts = _tally_of(expected, PLAN)
    assert tally.failed == failed
    assert [(n, m.scored, m.missing, m.mean) for n, m in tally.means.items()] == counts


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.usefixtures("eager_workers")
def test_score_file_from_stdin_and_gzip_equals_the_records_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import gzip

    data = _generated_rows(90)
    source = tmp_path / "gens.jsonl"
    source.write_bytes(data)
    expected = _old_path(source, PLAN, (), False)
    packed = tmp_path / "gens.jsonl.gz"
    packed.write_bytes(gzip.compress(data))
    from_gzip = io.StringIO()
    score_file(str(packed), PLAN, stdout=from_gzip, workers=workers)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    from_stdin = io.StringIO()
    score_file("-", PLAN, stdout=from_stdin, workers=workers)
    assert from_gzip.getvalue() == expected
    assert from_stdin.getvalue() == expected


def test_score_file_writes_bytes_to_a_binary_stdout(tmp_path: Path) -> None:
    source = tmp_path / "gens.jsonl"
    source.write_bytes(_generated_rows(40))
    binary = io.BytesIO()
    stdout = io.TextIOWrapper(binary, encoding="utf-8")
    stdout.write("before\n")  # pending text is flushed before the records' bytes
    score_file(str(source), PLAN, stdout=stdout)
    stdout.flush()
    expected = "before\n" + _old_path(source, PLAN, (), False)
    assert binary.getvalue() == expected.encode("utf-8")


@pytest.mark.usefixtures("eager_workers")
def test_score_file_on_real_rows_equals_the_records_path(shared_data: Path, tmp_path: Path) -> None:
    lines = (shared_data / "math500_generations.jsonl").read_bytes().splitlines(keepends=True)
    source = tmp_path / "real.jsonl"
    source.write_bytes(b"".join(lines[:400]))
    plan = ScoringPlan((WeightedReward(boxed_correct, 1.0), WeightedReward(aha, 0.5)))
    out = tmp_path / "o.jsonl"
    score_file(str(source), plan, out=str(out), stdout=io.StringIO(), workers=2)
    assert out.read_text(encoding="utf-8") == _old_path(source, plan, (), False)


def _records_parquet(path: Path, records: list[dict[str, object]], plan: ScoringPlan) -> bytes:
    """The Parquet file the records path writes (``open_writer`` with the score columns)."""
    from rewardkit.formats import open_writer

    with open_writer(path, numeric=[*plan.names, "total"], row_group_rows=row_group) as writer:
        writer.write(records)
    return path.read_bytes()


row_group = 50  # small row groups: several, and one cut inside a shipment


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("source_kind", ["jsonl", "gz"])
@pytest.mark.parametrize("keep", [(), ("prompt", "answer")])
@pytest.mark.usefixtures("eager_workers")
def test_score_file_parquet_from_worker_arrow_is_the_records_path_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
    source_kind: str,
    keep: tuple[str, ...],
) -> None:
    pytest.importorskip("pyarrow")
    import gzip

    from rewardkit import formats
    from rewardkit.formats import read_unparsed
    from rewardkit.pool import ScoringPool

    data = _generated_rows(260)
    source = tmp_path / ("gens.jsonl" if source_kind == "jsonl" else "gens.jsonl.gz")
    source.write_bytes(data if source_kind == "jsonl" else gzip.compress(data))
    with ScoringPool(PLAN, workers=1, keep=keep) as scorer:
        records = list(scorer.score(read_unparsed(str(source))))
    expected = _records_parquet(tmp_path / "expected.parquet", records, PLAN)
    opened = formats.open_writer
    monkeypatch.setattr(
        formats,
        "open_writer",
        lambda *args, **options: opened(*args, **{**options, "row_group_rows": row_group}),
    )
    monkeypatch.setattr("rewardkit.runs.open_writer", formats.open_writer)
    out = tmp_path / "o.parquet"
    tally = score_file(
        str(source), PLAN, out=str(out), stdout=io.StringIO(), keep=keep, workers=workers
    )
    assert out.read_bytes() == expected
    failed, counts = _tally_of("".join(json.dumps(r) + "\n" for r in records), PLAN)
    assert tally.failed == failed > 0
    assert [(n, m.scored, m.missing, m.mean) for n, m in tally.means.items()] == counts


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.usefixtures("eager_workers")
def test_a_full_disk_is_a_clear_error_not_a_traceback(gens: Path, workers: int) -> None:
    with pytest.raises(UsageError, match=r"^cannot write '/dev/full': No space left on device$"):
        score_file(str(gens), PLAN, out="/dev/full", stdout=io.StringIO(), workers=workers)
    err = io.StringIO()
    argv = ["score", str(gens), "-r", "boxed_correct", "--out", "/dev/full", "-q"]
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    expected = "rewardkit score: error: cannot write '/dev/full': No space left on device\n"
    assert err.getvalue() == expected


def test_the_command_reports_a_dead_worker_with_status_1(
    gens: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rewardkit.pool import WorkerError

    def dies(*args: object, **options: object) -> None:
        msg = "a worker process stopped while scoring (exit code -9): ..."
        raise WorkerError(msg)

    monkeypatch.setattr("rewardkit.runs.score_file", dies)
    err = io.StringIO()
    code = main(["score", str(gens), "--workers", "2"], stdout=io.StringIO(), stderr=err)
    assert code == 1
    expected = (
        "rewardkit score: error: a worker process stopped while scoring (exit code -9): ...\n"
    )
    assert err.getvalue() == expected


@pytest.mark.usefixtures("eager_workers")
def test_gzip_output_is_made_of_worker_members_and_the_same_file_for_any_workers(
    tmp_path: Path,
) -> None:
    import gzip

    source = tmp_path / "gens.jsonl"
    source.write_bytes(_generated_rows(260))
    files = []
    for workers in (1, 2):
        out = tmp_path / f"o{workers}.jsonl.gz"
        score_file(str(source), PLAN, out=str(out), stdout=io.StringIO(), workers=workers)
        files.append(out.read_bytes())
    assert files[0] == files[1]  # no time in the members: the same bytes
    assert files[0].count(b"\x1f\x8b\x08") > 3  # one member per shipment
    assert gzip.decompress(files[0]).decode("utf-8") == _old_path(source, PLAN, (), False)
    with gzip.open(tmp_path / "o2.jsonl.gz", "rt", encoding="utf-8") as stream:
        assert stream.read() == _old_path(source, PLAN, (), False)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    score_file(str(empty), PLAN, out=str(tmp_path / "e.gz"), stdout=io.StringIO(), workers=2)
    assert gzip.decompress((tmp_path / "e.gz").read_bytes()) == b""


@pytest.mark.parametrize("name", ["o.jsonl", "o.jsonl.gz", "o.parquet"])
def test_an_output_that_cannot_be_created_stops_before_scoring(
    gens: Path, tmp_path: Path, name: str
) -> None:
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    out = tmp_path / "no such folder" / name
    with pytest.raises(UsageError, match=r"^cannot write '.*': .*No such file or directory"):
        score_file(str(gens), PLAN, out=str(out), stdout=io.StringIO(), workers=2)
    assert not out.parent.exists()


@pytest.mark.parametrize("name", ["gens.jsonl", "gens.jsonl.gz"])
def test_score_report_and_filter_give_the_pool_one_size_hint(
    gens: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from rewardkit import pool

    path = gens.with_name(name)
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(gens.read_bytes()))
    hints: list[tuple[str, int | None]] = []
    chunk_bytes_for = pool.chunk_bytes_for

    def fitted(size_hint: int | None) -> int:
        hints.append(("pool", size_hint))
        return chunk_bytes_for(size_hint)

    score, score_source = pool.ScoringPool.score, pool.ScoringPool.score_source

    def scored(self: pool.ScoringPool, rows: object, *, size_hint: int | None = None) -> object:
        hints.append(("score", size_hint))
        return score(self, rows, size_hint=size_hint)  # type: ignore[arg-type]

    def sourced(self: pool.ScoringPool, source: str, *args: object, **options: object) -> object:
        hints.append(("score", pool.input_size(source)))  # score_source reads it itself
        return score_source(self, source, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "chunk_bytes_for", fitted)
    monkeypatch.setattr(pool.ScoringPool, "score", scored)
    monkeypatch.setattr(pool.ScoringPool, "score_source", sourced)
    size = path.stat().st_size
    score_file(str(path), PLAN, stdout=io.StringIO())
    report_files([str(path)], PLAN, Report("boxed_correct", "aha"))
    plan = ScoringPlan((WeightedReward(boxed_correct, 1.0),), required=("prompt",))
    selector = Selector(SelectionRules())
    select_file(str(path), plan, selector, Messages(io.StringIO()), stdout=io.StringIO())
    assert hints == [("pool", size), ("score", size)] * 3
