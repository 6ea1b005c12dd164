"""rewardkit.pool: the process pool's records equal the serial records, in order."""

from __future__ import annotations

import gzip
import io
import re
import threading
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit._plan import ScoringPlan
from rewardkit.errors import ConfigError
from rewardkit.formats import encode_records, open_writer, read_unparsed
from rewardkit.jsonl import Line, RawLine, read_lines, read_raw_lines
from rewardkit.pool import (
    FORK_SERIAL_SECONDS,
    SERIAL_SECONDS,
    Scored,
    ScoringPool,
    _plain_jsonl,
    _scan,
    _shipments,
    _span_rows,
    _span_shipments,
    score_serial,
    score_serial_jsonl,
)
from tests.engine_rewards import REWARDS, mixed_rows

PLAN = ScoringPlan(REWARDS)


def _data(count: int) -> bytes:
    return b"\n".join(mixed_rows(count)) + b"\n"


def _lines(count: int) -> list[object]:
    return list(read_lines(io.BytesIO(_data(count))))


def test_serial_records_carry_scores_totals_and_errors() -> None:
    records = list(score_serial(PLAN, _lines(6)))  # type: ignore[arg-type]
    assert [record["line"] for record in records] == [1, 2, 3, 4, 5, 6]
    assert records[0] == {"line": 1, "boxed": 1.0, "exact": 1.0, "picky": 0.5, "total": 2.5}
    assert records[3]["error"] == "line 4: picky: ConfigError: picky: cannot score 'cfg'"
    assert records[5] == {
        "line": 6,
        "boxed": None,
        "exact": None,
        "picky": None,
        "total": None,
        "error": "line 6: not JSON: Expecting value at column 1",
    }


def test_pool_records_equal_serial_records_row_for_row() -> None:
    lines = _lines(3000)
    expected = list(score_serial(PLAN, lines, batch_size=64))  # type: ignore[arg-type]
    with ScoringPool(PLAN, workers=2, chunk_bytes=4096, serial_seconds=0, batch_size=64) as pool:
        pool.start()  # every shipment then goes to a worker
        got = list(pool.score(lines))  # type: ignore[arg-type]
        assert pool.started
    assert got == expected
    assert sum("error" in record for record in got) > 100


def test_pool_parses_raw_lines_in_the_workers_with_the_same_records() -> None:
    raw = list(read_raw_lines(io.BytesIO(_data(1000))))
    assert all(isinstance(row, RawLine) for row in raw)
    expected = list(score_serial(PLAN, _lines(1000)))  # type: ignore[arg-type]
    assert list(score_serial(PLAN, raw, chunk_bytes=3000)) == expected
    with ScoringPool(PLAN, workers=2, chunk_bytes=3000, serial_seconds=0) as pool:
        pool.start()
        assert list(pool.score(raw)) == expected


def test_this_process_scores_while_the_workers_start() -> None:
    lines = _lines(400)
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
        got = list(pool.score(lines))  # type: ignore[arg-type]
        assert pool.started
    assert got == list(score_serial(PLAN, lines, chunk_bytes=2048))  # type: ignore[arg-type]


def test_a_shipment_ends_only_where_the_prompt_changes() -> None:
    rows = [
        RawLine(i + 1, f'{{"prompt": "p{i // 5}", "completion": "{"x" * 90}"}}'.encode())
        for i in range(40)
    ]
    shipments = [shipment for shipment, _ in _shipments(PLAN, rows, 250, 256)]
    assert [len(shipment) for shipment in shipments] == [5] * 8
    assert [row for shipment in shipments for row in shipment] == rows


def test_rows_without_a_prompt_end_a_shipment_at_its_size() -> None:
    rows = [RawLine(i + 1, b'{"completion": "' + b"x" * 90 + b'"}') for i in range(40)]
    shipments = [shipment for shipment, _ in _shipments(PLAN, rows, 250, 256)]
    assert [len(shipment) for shipment in shipments] == [3] * 13 + [1]


def test_a_very_long_prompt_run_is_split_all_the_same() -> None:
    rows = [Line(i + 1, {"prompt": "same", "completion": "x"}, None, 100) for i in range(100)]
    shipments = [shipment for shipment, _ in _shipments(PLAN, rows, 1000, 2)]
    assert [len(shipment) for shipment in shipments] == [10 + 32] * 2 + [16]


def test_pool_keeps_its_workers_between_calls() -> None:
    lines = _lines(200)
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
        pool.start()
        first = list(pool.score(lines))  # type: ignore[arg-type]
        executor = pool._executor
        second = list(pool.score(lines))  # type: ignore[arg-type]
        assert pool._executor is executor
    assert first == second
    assert not pool.started


def test_an_input_scored_within_the_crossover_starts_no_process() -> None:
    lines = _lines(50)
    with ScoringPool(PLAN, workers=2, serial_seconds=60) as pool:
        got = list(pool.score(lines))  # type: ignore[arg-type]
        assert not pool.started
    assert got == list(score_serial(PLAN, lines))  # type: ignore[arg-type]


def test_one_worker_scores_in_this_process() -> None:
    lines = _lines(50)
    with ScoringPool(PLAN, workers=1, serial_seconds=0) as pool:
        assert list(pool.score(lines)) == list(score_serial(PLAN, lines))  # type: ignore[arg-type]
        assert not pool.started


@pytest.mark.parametrize(
    ("argument", "value", "expected"),
    [
        ("workers", 0, "an integer >= 1; got 0"),
        ("workers", True, "an integer >= 1; got True"),
        ("chunk_bytes", -1, "an integer >= 1; got -1"),
        ("batch_size", 1.5, "an integer >= 1; got 1.5"),
        ("serial_seconds", -1, "a number in [0, inf); got -1"),
        ("serial_seconds", float("nan"), "a number in [0, inf); got nan"),
        ("serial_seconds", "1", "a number in [0, inf); got '1'"),
    ],
)
def test_bad_pool_arguments_raise_config_error(argument: str, value: object, expected: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"{argument} must be {expected}")):
        ScoringPool(PLAN, **{argument: value})  # type: ignore[arg-type]


def test_a_pool_works_from_a_thread() -> None:
    lines = _lines(300)
    results: list[list[dict[str, object]]] = []

    def run() -> None:
        with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
            pool.start()
            results.append(list(pool.score(lines)))  # type: ignore[arg-type]

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert results == [list(score_serial(PLAN, lines, chunk_bytes=2048))]  # type: ignore[arg-type]


def test_kept_columns_follow_the_total_in_every_path() -> None:
    lines = _lines(300)
    serial = list(score_serial(PLAN, lines, keep=("answer",)))  # type: ignore[arg-type]
    assert list(serial[0]) == ["line", "boxed", "exact", "picky", "total", "answer"]
    assert serial[0]["answer"] == "0"
    assert serial[5]["answer"] is None  # an unreadable line keeps None
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=0, keep=("answer",)) as pool:
        pool.start()
        assert list(pool.score(lines)) == serial  # type: ignore[arg-type]


def _written(records: list[dict[str, object]], tmp_path: object) -> bytes:
    from pathlib import Path

    path = Path(str(tmp_path)) / "records.jsonl"
    with open_writer(path) as writer:
        writer.write(records)
    return path.read_bytes()


def test_encoded_records_are_the_bytes_the_jsonl_writer_writes(tmp_path: object) -> None:
    records: list[dict[str, object]] = [
        {"line": 1, "aha": 1.0, "total": 1.0, "note": 'é 😀 \ud800 "q" \n'},
        {"line": 2, "aha": None, "total": None, "error": "line 2: not JSON"},
    ]
    assert encode_records(records) == _written(records, tmp_path)
    assert encode_records([]) == b""


def test_workers_encode_the_same_bytes_as_serial_records(tmp_path: object) -> None:
    lines = _lines(2000)
    records = list(score_serial(PLAN, lines, keep=("answer",)))  # type: ignore[arg-type]
    expected = _written(records, tmp_path)
    options = {"chunk_bytes": 4096, "keep": ("answer",)}
    serial = list(score_serial_jsonl(PLAN, lines, **options))  # type: ignore[arg-type]
    with ScoringPool(PLAN, workers=2, serial_seconds=0, **options) as pool:  # type: ignore[arg-type]
        got = list(pool.score_jsonl(lines))  # type: ignore[arg-type]
        assert pool.started
    for chunks in (serial, got):
        assert b"".join(scored.data for scored in chunks) == expected
        assert sum(scored.rows for scored in chunks) == 2000
        assert sum(scored.failed for scored in chunks) == sum("error" in r for r in records)


def test_scored_columns_sum_count_and_miss_like_the_records() -> None:
    lines = _lines(500)
    records = list(score_serial(PLAN, lines))  # type: ignore[arg-type]
    good = [record for record in records if "error" not in record]
    chunks = list(score_serial_jsonl(PLAN, lines, chunk_bytes=2048))  # type: ignore[arg-type]
    assert len(chunks) > 3
    assert all(isinstance(scored, Scored) for scored in chunks)
    for name in ("boxed", "exact", "picky", "total"):
        values = [record[name] for record in good]
        numbers = [value for value in values if value is not None]
        total = sum(scored.columns[name][0] for scored in chunks)
        assert total == pytest.approx(sum(numbers))  # type: ignore[arg-type]
        assert sum(scored.columns[name][1] for scored in chunks) == len(numbers)
        assert sum(scored.columns[name][2] for scored in chunks) == len(values) - len(numbers)
    assert any(scored.columns["exact"][2] for scored in chunks)  # rows without gold: None


def test_a_size_hint_starts_the_workers_once_the_first_shipments_predict_the_crossover() -> None:
    lines = _lines(300)
    expected = list(score_serial(PLAN, lines, chunk_bytes=2048))  # type: ignore[arg-type]
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=1.0) as pool:
        # 300 rows score in far less than 1 CPU-second: without a hint, no process starts.
        assert list(pool.score(lines)) == expected  # type: ignore[arg-type]
        assert not pool.started
        # A hint of 1 TB says the rest would take far longer: the workers start at once.
        assert list(pool.score(lines, size_hint=10**12)) == expected  # type: ignore[arg-type]
        assert pool.started
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=1.0) as pool:
        # The hint is the input's real size: not worth a process.
        size = sum(len(row) + 1 for row in mixed_rows(300))
        assert list(pool.score(lines, size_hint=size)) == expected  # type: ignore[arg-type]
        assert not pool.started


_PIECES = [
    b'{"prompt": "p0", "completion": "aaaa"}',
    b'{"prompt": "p0", "completion": "bbbbbbbbbbbb"}',
    b'{"prompt": "p1", "completion": "cc"}',
    b'{"completion": "no prompt"}',
    b"not json",
    b"",
    b"  ",
    b" \t\r",
    b"[1]",
    b'{"prompt": "p1", "completion": "' + b"z" * 150 + b'"}',
]


@st.composite
def _jsonl_files(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.sampled_from(_PIECES), max_size=60))
    ending = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = ending.join(lines)
    if draw(st.booleans()):
        data += ending
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return data


@given(
    data=_jsonl_files(),
    chunk_bytes=st.integers(1, 400),
    first_bytes=st.integers(1, 400),
    batch_size=st.integers(1, 4),
    max_line_bytes=st.sampled_from([100, 10_000]),
    read_bytes=st.sampled_from([1, 7, 64, 1 << 20]),
)
def test_spans_cut_a_file_as_shipments_cut_its_lines(
    data: bytes,
    chunk_bytes: int,
    first_bytes: int,
    batch_size: int,
    max_line_bytes: int,
    read_bytes: int,
) -> None:
    with mock.patch("rewardkit.pool.FIRST_CHUNK_BYTES", first_bytes):
        lines = read_raw_lines(io.BytesIO(data), max_line_bytes=max_line_bytes)
        expected = list(_shipments(PLAN, lines, chunk_bytes, batch_size))
        found = _scan(io.BytesIO(data), max_line_bytes, read_bytes)
        got = [
            (_span_rows(io.BytesIO(data), pieces), size)
            for pieces, size in _span_shipments(PLAN, found, chunk_bytes, batch_size)
        ]
    assert got == expected


def test_the_first_shipments_are_small_and_the_rest_large() -> None:
    rows = list(read_raw_lines(io.BytesIO(_data(3000))))
    with mock.patch("rewardkit.pool.FIRST_CHUNK_BYTES", 1000):
        sizes = [size for _, size in _shipments(PLAN, rows, 8000, 256)]
    assert all(1000 <= size < 2000 for size in sizes[:2])
    assert all(size >= 8000 for size in sizes[2:-1])
    assert len(sizes) > 4


def test_a_plain_jsonl_file_is_read_by_the_workers_with_the_same_bytes(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + _data(1500).replace(b"\n", b"\n\n", 3) + b'{"completion": "x"}'
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    expected = b"".join(
        scored.data for scored in score_serial_jsonl(PLAN, read_unparsed(path), chunk_bytes=4096)
    )
    assert _plain_jsonl(path)
    with ScoringPool(PLAN, workers=2, chunk_bytes=4096, serial_seconds=0) as pool:
        got = list(pool.score_source(path))
        assert pool.started
    assert b"".join(scored.data for scored in got) == expected
    assert sum(scored.rows for scored in got) == 1501
    serial_sizes = [s.size for s in score_serial_jsonl(PLAN, read_unparsed(path), chunk_bytes=4096)]
    assert [scored.size for scored in got] == serial_sizes  # the same shipments
    assert sum(serial_sizes) == len(data) - 3 - 3  # all but the byte order mark, blank lines
    zipped = tmp_path / "in.jsonl.gz"
    zipped.write_bytes(gzip.compress(data))
    assert not _plain_jsonl(zipped)
    with ScoringPool(PLAN, workers=1) as pool:
        assert b"".join(scored.data for scored in pool.score_source(zipped)) == expected


def test_the_scanner_finds_runs_of_lines_below_the_shipment_size() -> None:
    data = _data(400)
    rows = list(read_raw_lines(io.BytesIO(data)))
    shipments = list(_span_shipments(PLAN, _scan(io.BytesIO(data)), 4096, 256))
    spans = [piece for pieces, _ in shipments for piece in pieces if isinstance(piece, tuple)]
    assert len(shipments) > 5
    assert len(spans) < len(shipments) * 2  # one span per shipment, not one per line
    assert sum(len(_span_rows(io.BytesIO(data), pieces)) for pieces, _ in shipments) == len(rows)


def test_workers_reading_a_file_explain_and_keep_as_this_process_does(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_data(300))
    options = {"chunk_bytes": 2048, "keep": ("answer",), "explain": True}
    with ScoringPool(PLAN, workers=1, **options) as pool:  # type: ignore[arg-type]
        records = list(pool.score(read_unparsed(path)))
    assert "explain" in records[0]
    assert records[0]["answer"] == "0"
    with ScoringPool(PLAN, workers=2, serial_seconds=0, **options) as pool:  # type: ignore[arg-type]
        got = b"".join(scored.data for scored in pool.score_source(path))
        assert pool.started
    assert got == encode_records(records)


def test_a_large_size_hint_starts_the_fork_server_before_the_first_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rewardkit import pool as pool_module

    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(pool_module, "_prestart_server", lambda extra=(): calls.append(extra))
    lines = _lines(50)
    with ScoringPool(PLAN, workers=2, serial_seconds=1e9) as pool:
        list(pool.score(lines, size_hint=1 << 20))  # type: ignore[arg-type]
        assert calls == []  # 1 MiB: no
        list(pool.score(lines, size_hint=1 << 30))  # type: ignore[arg-type]
        assert calls == [()]  # 1 GiB: the server, not the workers (below the crossover)
        assert not pool.started


def test_workers_encoding_arrow_start_the_fork_server_with_pyarrow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("pyarrow")
    from rewardkit import pool as pool_module

    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(pool_module, "_prestart_server", lambda extra=(): calls.append(extra))
    with ScoringPool(PLAN, workers=2, serial_seconds=1e9) as pool:
        list(pool.score_jsonl(_lines(50), size_hint=1 << 30, encoding="arrow"))  # type: ignore[arg-type]
        assert calls == [("pyarrow", "pandas")]  # workers encoding Arrow: imported once
        assert not pool.started


def test_a_file_replaced_between_two_calls_is_read_afresh(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    with ScoringPool(PLAN, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
        pool.start()  # every shipment goes to a worker, which keeps the file open
        for count in (300, 200):
            fresh = tmp_path / f"fresh-{count}.jsonl"
            rows = mixed_rows(count) if count == 300 else mixed_rows(count)[::-1]
            fresh.write_bytes(b"\n".join(rows) + b"\n")
            fresh.replace(path)  # a new file (inode) under the same name
            expected = list(score_serial(PLAN, read_unparsed(path), chunk_bytes=2048))
            got = b"".join(scored.data for scored in pool.score_source(path))
            assert got == encode_records(expected)
            assert pool.started


class _DiesInAWorker:
    """A scorer that ends the process it runs in when that is a worker (a native crash)."""

    def __call__(self, sample: object) -> float:
        import multiprocessing
        import os

        if multiprocessing.parent_process() is not None:
            os._exit(3)
        return 1.0


def test_a_worker_that_dies_raises_worker_error_and_the_pool_recovers(tmp_path: Path) -> None:
    from rewardkit.pool import WorkerError
    from rewardkit.registry import WeightedReward
    from rewardkit.reward import Reward

    plan = ScoringPlan((WeightedReward(Reward(name="dies", scorer=_DiesInAWorker())),))
    path = tmp_path / "in.jsonl"
    path.write_bytes(_data(200))
    with ScoringPool(plan, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
        pool.start()
        with pytest.raises(WorkerError, match=r"a worker process stopped .*\(exit code [^)]*\b3\)"):
            list(pool.score_source(path))
        assert not pool.started  # stopped: the next input starts new workers
        pool.start()  # new ones, which die the same way on the records path
        with pytest.raises(WorkerError, match=r"\(exit code [^)]*\b3\)"):
            list(pool.score(read_unparsed(path)))
    with ScoringPool(plan, workers=1) as pool:  # in this process the scorer is harmless
        assert len(list(pool.score(read_unparsed(path)))) == 200


@given(st.one_of(st.none(), st.integers(0, 1 << 40)), st.integers(0, 1 << 40))
def test_shipments_fit_the_input_within_bounds(size: int | None, more: int) -> None:
    from rewardkit.pool import CHUNK_BYTES, FIRST_CHUNK_BYTES, chunk_bytes_for

    chunk = chunk_bytes_for(size)
    assert FIRST_CHUNK_BYTES <= chunk <= CHUNK_BYTES
    if size is None:
        assert chunk == CHUNK_BYTES
    else:
        assert chunk <= chunk_bytes_for(size + more)  # larger inputs, larger shipments
        assert chunk in (FIRST_CHUNK_BYTES, CHUNK_BYTES) or abs(chunk * 64 - size) < 64


def test_score_file_fits_the_shipments_to_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rewardkit import pool as pool_module
    from rewardkit.runs import score_file

    sizes: list[int] = []
    made = pool_module.ScoringPool.__init__

    def init(self: ScoringPool, *args: object, **options: object) -> None:
        made(self, *args, **options)  # type: ignore[arg-type]
        sizes.append(self.chunk_bytes)

    monkeypatch.setattr(pool_module.ScoringPool, "__init__", init)
    monkeypatch.setattr(pool_module, "FIRST_CHUNK_BYTES", 100)
    path = tmp_path / "in.jsonl"
    path.write_bytes(_data(300))
    score_file(str(path), PLAN, stdout=io.StringIO())
    assert sizes == [len(_data(300)) // 64]


def _dies_when_loaded_elsewhere(pid: int) -> _DiesInAWorker:
    import os

    if os.getpid() != pid:  # unpickled in another process: a worker starting
        os._exit(4)
    return _DiesInAWorker()


class _DiesOnLoad(_DiesInAWorker):
    """A scorer whose unpickling ends a worker process: a worker that dies starting."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        import os

        return _dies_when_loaded_elsewhere, (os.getpid(),)


def test_a_worker_that_dies_starting_raises_worker_error() -> None:
    from rewardkit.pool import WorkerError
    from rewardkit.registry import WeightedReward
    from rewardkit.reward import Reward

    plan = ScoringPlan((WeightedReward(Reward(name="dies", scorer=_DiesOnLoad())),))
    with ScoringPool(plan, workers=2, serial_seconds=0) as pool:
        with pytest.raises(WorkerError, match=r"a worker process stopped"):
            pool.start()
        assert not pool.started


def _line_rule_files() -> dict[str, bytes]:
    """Files that exercise each line rule of the span cut, at many cuts (small shipments)."""
    rows = mixed_rows(400)
    same = [
        b'{"prompt": "p", "completion": "cfg %d \\\\boxed{1}", "answer": "1"}' % i
        for i in range(60)
    ]
    other = [
        b'{"prompt": "q%d", "completion": "so \\\\boxed{2}", "answer": "2"}' % i for i in range(60)
    ]
    long_text = b"x" * (600 << 10)  # longer than a read of the scan: read on in growing pieces
    return {
        "blank lines at cuts": b"".join(
            row + b"\n" + b"\n  \n\t\r\n" * (i % 3 == 0) for i, row in enumerate(rows)
        ),
        "byte order mark": b"\xef\xbb\xbf" + b"\n".join(rows) + b"\n",
        "byte order mark then a blank line": b"\xef\xbb\xbf\n" + b"\n".join(rows) + b"\n",
        "CRLF": b"\r\n".join(rows) + b"\r\n",
        "no final newline": b"\n".join(rows),
        "a cut inside a run of one prompt": b"\n".join([*other[:20], *same, *other[20:], *same])
        + b"\n",
        "a line longer than a read": b"\n".join(
            [*rows[:50], b'{"completion": "' + long_text + b'", "answer": "1"}', *rows[50:]]
        ),
        "lines starting with whitespace": b"\n".join(b"  " + row for row in rows) + b"\n",
    }


@pytest.mark.parametrize("case", list(_line_rule_files()))
def test_workers_reading_a_file_equal_serial_for_every_line_rule(tmp_path: Path, case: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_line_rule_files()[case])
    options = {"chunk_bytes": 700, "batch_size": 3}
    serial = list(score_serial_jsonl(PLAN, read_unparsed(path), **options))  # type: ignore[arg-type]
    with ScoringPool(PLAN, workers=2, serial_seconds=0, **options) as pool:  # type: ignore[arg-type]
        got = list(pool.score_source(path))
        assert pool.started
    assert b"".join(s.data for s in got) == b"".join(s.data for s in serial)
    assert [s.size for s in got] == [s.size for s in serial]  # the same shipments
    assert len(got) >= 5  # many cuts


def test_a_line_too_long_across_reads_is_one_error_row_of_its_size() -> None:
    data = b'{"completion": "a"}\n' + b"y" * 1000 + b"\n" + b'{"completion": "b"}'
    lines = list(read_raw_lines(io.BytesIO(data), max_line_bytes=300))
    expected = list(_shipments(PLAN, lines, 64, 2))
    found = _scan(io.BytesIO(data), 300, 64)
    shipments = list(_span_shipments(PLAN, found, 64, 2))
    got = [(_span_rows(io.BytesIO(data), pieces), size) for pieces, size in shipments]
    assert got == expected
    errors = [row for pieces, _ in shipments for row in pieces if isinstance(row, Line)]
    assert errors == [Line(2, None, "line 2: longer than 300 bytes", 1001)]


@given(
    lines=st.lists(
        st.binary(max_size=12).map(lambda b: b.replace(b"\n", b""))
        | st.sampled_from([*_PIECES, b"  {}", b"\t[1]", b"\x0c"]),
        max_size=30,
    ),
    ending=st.sampled_from([b"\n", b"\r\n"]),
    final=st.booleans(),
    first=st.integers(1, 5),
)
def test_a_span_gives_the_rows_reading_its_lines_gives(
    lines: list[bytes], ending: bytes, final: bool, first: int
) -> None:
    data = ending.join(lines) + (ending if final and lines else b"")
    # Read after a blank first line (no byte order mark rule), renumbered from ``first``.
    rows = read_raw_lines(io.BytesIO(b"\n" + data))
    expected = [RawLine(row.number - 2 + first, row.raw) for row in rows]
    assert _span_rows(io.BytesIO(data), [(0, len(data), first)]) == expected


#: Run in a fresh interpreter (one thread, as the command line is): score 300 mixed rows with
#: two workers started at once, print the start method the workers came from and whether their
#: records (and the bytes of the workers reading a file themselves) equal the serial ones.
#: The argument ``thread`` keeps a second thread alive while the pool starts. Also the default
#: crossover (by the start method) and one given explicitly.
_START_METHOD_SCRIPT = """
import io, json, os, sys, tempfile, threading
from rewardkit._plan import ScoringPlan
from rewardkit.jsonl import read_lines
from rewardkit.pool import ScoringPool, _fork_safe, score_serial, score_serial_jsonl
from tests.engine_rewards import REWARDS, mixed_rows

stop = threading.Event()
if sys.argv[1] == "thread":
    threading.Thread(target=stop.wait).start()
plan = ScoringPlan(REWARDS)
data = b"\\n".join(mixed_rows(300)) + b"\\n"
lines = list(read_lines(io.BytesIO(data)))
path = os.path.join(tempfile.mkdtemp(), "in.jsonl")
with open(path, "wb") as handle:
    handle.write(data)
threads = len(os.listdir("/proc/self/task"))
safe = _fork_safe()
crossover = ScoringPool(plan, workers=2).crossover()
given = ScoringPool(plan, workers=2, serial_seconds=3).crossover()
with ScoringPool(plan, workers=2, chunk_bytes=2048, serial_seconds=0) as pool:
    pool.start()
    method = pool._executor._mp_context.get_start_method()
    same = list(pool.score(lines)) == list(score_serial(plan, lines, chunk_bytes=2048))
    read = b"".join(scored.data for scored in pool.score_source(path))
    same = same and read == b"".join(
        scored.data for scored in score_serial_jsonl(plan, lines, chunk_bytes=2048)
    )
stop.set()
print(json.dumps({"threads": threads, "safe": safe, "method": method, "same": same,
                  "crossover": crossover, "given": given}))
"""

_LINUX_FORK = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="fork is used on Linux only"
)


def _start_method_run(mode: str) -> dict[str, object]:
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    done = subprocess.run(
        [sys.executable, "-c", _START_METHOD_SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@_LINUX_FORK
@pytest.mark.parametrize(
    ("mode", "threads", "method"),
    [("alone", 1, "fork"), ("thread", 2, "forkserver")],
    ids=["one thread: forked", "another thread: from the fork server"],
)
def test_workers_are_forked_only_from_one_thread_with_the_same_records(
    mode: str, threads: int, method: str
) -> None:
    # the default crossover follows the start method: a quarter of a CPU-second repays a fork
    # (milliseconds), a second repays the fork server's start; an explicit one is kept
    assert _start_method_run(mode) == {
        "threads": threads,
        "safe": threads == 1,
        "method": method,
        "same": True,
        "crossover": FORK_SERIAL_SECONDS if method == "fork" else SERIAL_SECONDS,
        "given": 3,
    }


@_LINUX_FORK
def test_importing_the_rewards_and_the_command_starts_no_thread() -> None:
    """numpy (OpenBLAS starts a thread) is imported where a batch needs it, not before."""
    import os
    import subprocess
    import sys

    script = (
        "import os, sys\n"
        "import rewardkit.presets, rewardkit.answers, rewardkit.reflect, rewardkit.pkv\n"
        "import rewardkit.tasks, rewardkit.length, rewardkit.cli\n"
        "print(len(os.listdir('/proc/self/task')), 'numpy' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(root / "src")},
        check=True,
    )
    assert done.stdout.split() == ["1", "False"]
