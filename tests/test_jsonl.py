"""Tests for rewardkit.jsonl: streaming JSON Lines from files, gzip and stdin."""

from __future__ import annotations

import gzip
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
