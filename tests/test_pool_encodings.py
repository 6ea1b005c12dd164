"""The encodings the pool's workers hand over: Arrow for Parquet output, gzip members."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit.errors import ConfigError
from rewardkit.formats import encode_arrow, encode_records, open_writer
from rewardkit.pool import _gzip

pytest.importorskip("pyarrow")

COLUMNS = ("line", "aha", "total", "note", "error")
NUMERIC = ("aha", "total")

_score = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False), st.integers(-5, 5))
_note = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.integers(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@st.composite
def _records(draw: st.DrawFn) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for number in range(1, draw(st.integers(0, 40)) + 1):
        if draw(st.booleans()) and number % 3 == 0:
            records.append(
                {"line": number, "aha": None, "total": None, "note": None, "error": "bad"}
            )
        else:
            record = {"line": number, "aha": draw(_score), "total": draw(_score)}
            records.append({**record, "note": draw(_note)})
    return records


@settings(deadline=None, max_examples=40)
@given(
    records=_records(),
    cuts=st.lists(st.integers(1, 15), max_size=6),
    row_group_rows=st.integers(1, 12),
)
def test_arrow_tables_write_the_parquet_file_the_records_write(
    records: list[dict[str, object]], cuts: list[int], row_group_rows: int
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        expected, got = Path(folder) / "records.parquet", Path(folder) / "arrow.parquet"
        options = {"numeric": NUMERIC, "row_group_rows": row_group_rows}
        with open_writer(expected, **options) as writer:  # type: ignore[arg-type]
            writer.write(records)
        with open_writer(got, **options) as writer:  # type: ignore[arg-type]
            start = 0
            for size in [*cuts, len(records)]:  # shipments of any size, then the rest
                if start < len(records):
                    writer.write_arrow(
                        encode_arrow(records[start : start + size], COLUMNS, NUMERIC)
                    )
                start += size
        if records:
            assert got.read_bytes() == expected.read_bytes()


def test_arrow_with_other_columns_than_the_first_is_refused(tmp_path: Path) -> None:
    first = encode_arrow([{"line": 1, "aha": 1.0}], ("line", "aha", "error"), ("aha",))
    other = encode_arrow([{"line": 2, "reflection": 1.0}], ("line", "reflection", "error"))
    with open_writer(tmp_path / "o.parquet", numeric=["aha"]) as writer:
        writer.write_arrow(first)
        with pytest.raises(ConfigError, match="Arrow columns must match the first ones"):
            writer.write_arrow(other)


def test_a_jsonl_writer_decodes_arrow_into_records(tmp_path: Path) -> None:
    records = [{"line": 1, "aha": 1.0, "error": None}, {"line": 2, "aha": None, "error": "x"}]
    with open_writer(tmp_path / "o.jsonl") as writer:
        writer.write_arrow(encode_arrow(records, ("line", "aha", "error"), ("aha",)))
    assert (tmp_path / "o.jsonl").read_bytes() == encode_records(records)


@given(st.lists(st.binary(max_size=200), max_size=5))
def test_gzip_members_one_after_another_read_as_the_bytes_joined(parts: list[bytes]) -> None:
    data = b"".join(_gzip(part) for part in parts)
    assert gzip.decompress(data) == b"".join(parts)
    assert all(_gzip(part) == _gzip(part) for part in parts)  # no time stamp: deterministic
    with gzip.open(io.BytesIO(data)) as stream:
        assert stream.read() == b"".join(parts)
