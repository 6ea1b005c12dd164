"""Tests for rewardkit.jsonl: streaming JSON Lines from files, gzip and stdin."""

from __future__ import annotations

import gzip
import importlib.util
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.jsonl import Line, open_input, parse_line, read_lines


def _read(data: bytes, **options: int) -> list[tuple[int, object, str | None]]:
    return [(x.number, x.record, x.error) for x in read_lines(io.BytesIO(data), **options)]


@pytest.mark.parametrize(
    ("raw", "record", "error"),
    [
        pytest.param(b'{"a": 1}', {"a": 1}, None, id="object"),
        pytest.param(b'  {"a": "\xc3\xa9"}  \r\n', {"a": "é"}, None, id="utf8-crlf"),
        pytest.param(
            b'{"a": NaN}', {"a": pytest.approx(float("nan"), nan_ok=True)}, None, id="nan"
        ),
        pytest.param(b"not json", None, "line 7: not JSON: Expecting value at column 1", id="text"),
        pytest.param(b'{"a": 1', None, "line 7: not JSON: Expecting ',' delimiter", id="truncated"),
        pytest.param(b'{"a": 1}}', None, "line 7: not JSON: Extra data at column 9", id="extra"),
        pytest.param(b"[1, 2]", None, "line 7: expected a JSON object; got list", id="list"),
        pytest.param(b'"s"', None, "line 7: expected a JSON object; got string", id="string"),
        pytest.param(b"3", None, "line 7: expected a JSON object; got number", id="number"),
        pytest.param(b"null", None, "line 7: expected a JSON object; got null", id="null"),
        pytest.param(b"true", None, "line 7: expected a JSON object; got boolean", id="bool"),
        pytest.param(b'{"a": "\xff"}', None, "line 7: not UTF-8 text", id="bad-utf8"),
        pytest.param(b"[" * 100_000, None, "line 7: not JSON", id="deep-nesting"),
        pytest.param(b'{"a": ' + b"9" * 5000 + b"}", None, "line 7: not JSON", id="huge-int"),
    ],
)
def test_parse_line(raw: bytes, record: object, error: str | None) -> None:
    line = parse_line(7, raw)
    assert line.record == record
    if error is None:
        assert line.error is None
    else:
        assert line.error is not None
        assert line.error.startswith(error)
        assert line.record is None


@given(st.binary(max_size=300))
def test_parse_line_never_raises(raw: bytes) -> None:
    line = parse_line(1, raw)
    assert (line.record is None) != (line.error is None)


def test_read_lines_numbers_blank_lines_and_bom() -> None:
    data = b'\xef\xbb\xbf{"a": 1}\n\n   \n{"b": 2}\r\nbad\n{"c": 3}'
    assert _read(data) == [
        (1, {"a": 1}, None),
        (4, {"b": 2}, None),
        (5, None, "line 5: not JSON: Expecting value at column 1"),
        (6, {"c": 3}, None),
    ]


def test_read_lines_empty() -> None:
    assert _read(b"") == []
    assert _read(b"\n\n") == []


def test_read_lines_long_line_is_skipped_not_kept() -> None:
    data = b'{"a": 1}\n{"b": "' + b"x" * 100 + b'"}\n{"c": 3}\n'
    assert _read(data, max_line_bytes=32) == [
        (1, {"a": 1}, None),
        (2, None, "line 2: longer than 32 bytes"),
        (3, {"c": 3}, None),
    ]


def test_read_lines_long_last_line_without_newline() -> None:
    assert _read(b"y" * 100, max_line_bytes=10) == [(1, None, "line 1: longer than 10 bytes")]


def test_line_sizes_are_bytes_read() -> None:
    lines = list(read_lines(io.BytesIO(b'{"a": 1}\n{"b": 22}\n')))
    assert [line.size for line in lines] == [9, 10]
    assert lines[0] == Line(1, {"a": 1}, None, 9)


def test_open_input_plain_and_gzip(tmp_path: Path) -> None:
    data = b'{"a": 1}\n{"a": 2}\n'
    plain = tmp_path / "x.jsonl"
    plain.write_bytes(data)
    zipped = tmp_path / "x.jsonl.gz"
    zipped.write_bytes(gzip.compress(data))
    misnamed = tmp_path / "gzip-without-suffix.jsonl"  # detected by magic bytes, not the name
    misnamed.write_bytes(gzip.compress(data))
    for path in (plain, zipped, misnamed):
        with open_input(path) as stream:
            assert [line.record for line in read_lines(stream)] == [{"a": 1}, {"a": 2}]


def test_open_input_truncated_gzip_reports_and_stops(tmp_path: Path) -> None:
    data = b"".join(b'{"n": %d}\n' % i for i in range(2000))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(data)[:-40])
    with open_input(path) as stream:
        lines = list(read_lines(stream))
    assert lines[-1].error is not None
    assert "unreadable input" in lines[-1].error
    assert all(line.error is None for line in lines[:-1])


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_open_input_stdin(monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    data = b'{"a": 1}\n'
    payload = gzip.compress(data) if compress else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    with open_input("-") as stream:
        assert [line.record for line in read_lines(stream)] == [{"a": 1}]


def test_open_input_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), open_input(tmp_path / "missing.jsonl"):
        pass
    with pytest.raises(IsADirectoryError), open_input(tmp_path):
        pass


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"\x1f\x8b", id="magic-only"),
        pytest.param(b"\x1f\x8b {}", id="magic-then-text"),
        pytest.param(b"\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03", id="not-deflate"),
        pytest.param(b"\x1f\x8b\x08\xe0\x00\x00\x00\x00\x00\x03", id="reserved-flags"),
    ],
)
def test_open_input_gzip_magic_alone_is_plain_text(tmp_path: Path, head: bytes) -> None:
    # Nothing is lost to a failed decompression: every line is read and reported.
    path = tmp_path / "odd.jsonl"
    path.write_bytes(head + b'\n{"completion": "x"}\n')
    with open_input(path) as stream:
        lines = list(read_lines(stream))
    assert [line.number for line in lines] == [1, 2]
    assert lines[0].error is not None
    assert lines[1].record == {"completion": "x"}


def _json_only(number: int, raw: bytes) -> Line:
    """``parse_line`` with the standard library alone (as without the ``fast`` extra)."""
    import rewardkit.jsonl as module

    fast, module._fast_loads = module._fast_loads, None
    try:
        return parse_line(number, raw)
    finally:
        module._fast_loads = fast


def _same(one: Line, other: Line) -> bool:
    """Equal lines, floats compared by their repr (``-0.0`` against ``0.0``, NaN)."""
    import json

    def canonical(line: Line) -> tuple[object, ...]:
        record = json.dumps(line.record, sort_keys=True) if line.record is not None else None
        return (line.number, record, line.error, line.size)

    return canonical(one) == canonical(other)


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)

#: The comparisons of the fast path with json mean something only where orjson is installed.
_needs_orjson = pytest.mark.skipif(
    importlib.util.find_spec("orjson") is None, reason="orjson (the fast extra) not installed"
)

_EDGE_LINES = [
    b'{"a": 18446744073709551616}',  # beyond 64 bits: orjson gives a float
    b'{"a": -9223372036854775809}',
    b'{"a": [1, {"b": 99999999999999999999999}]}',
    b'{"a": 1e400}',  # infinity: orjson rejects, json reads inf
    b'{"a": NaN, "b": Infinity}',
    b'{"a": "\\ud800"}',  # a lone surrogate: json keeps it
    b'{"a": "\xed\xa0\x80"}',  # a surrogate encoded in UTF-8: not UTF-8
    b'{"a": 1, "a": 2}',
    b'\xef\xbb\xbf{"a": 1}',
    b'{"a": -0.0, "b": -0}',
    b'{"a": 1.5e-400}',
    b'{"a": 9.3e18}',  # a float large enough to be re-read
    b"{} {}",
    b"[" * 2000,
    b'  {"a": 1}  \r\n',
]


@_needs_orjson
@pytest.mark.parametrize("raw", _EDGE_LINES)
def test_parse_line_fast_path_equals_json_on_edge_lines(raw: bytes) -> None:
    assert _same(parse_line(3, raw), _json_only(3, raw))


@_needs_orjson
@given(_JSON_VALUES, st.sampled_from(["", " ", "\n", "\r\n"]))
def test_parse_line_fast_path_equals_json_on_generated_json(value: object, end: str) -> None:
    import json

    raw = (json.dumps({"v": value}) + end).encode("utf-8")
    assert _same(parse_line(2, raw), _json_only(2, raw))


@_needs_orjson
@given(st.binary(max_size=200))
def test_parse_line_fast_path_equals_json_on_any_bytes(raw: bytes) -> None:
    assert _same(parse_line(2, raw), _json_only(2, raw))


def test_long_integer_stays_exact() -> None:
    line = parse_line(1, b'{"answer": 123456789012345678901234567890}')
    assert line.record is not None
    answer = line.record["answer"]
    assert type(answer) is int
    assert answer == 123456789012345678901234567890


def test_parse_line_holds_a_few_times_a_long_line_at_most() -> None:
    # orjson holds ~13x a line while reading it: lines past 256 KiB go to json (~2x), so the
    # pool's memory bound by bytes holds for the longest lines too.
    import tracemalloc

    size = 1_000_000
    raw = b'{"completion": "' + b"x" * size + b'"}'
    tracemalloc.start()
    try:
        line = parse_line(1, raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert line.record is not None
    assert peak <= 3 * size, peak
