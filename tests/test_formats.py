"""rewardkit.formats: every reader yields the same numbered rows; writers round-trip."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from rewardkit.errors import ConfigError
from rewardkit.formats import (
    detect_format,
    open_writer,
    read_batches,
    read_rows,
    read_unparsed,
)
from rewardkit.jsonl import Line, RawLine

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROWS = [
    {"completion": "so \\boxed{4}", "answer": "4", "tags": ["a", "b"]},
    {"completion": [{"role": "assistant", "content": "wait, \\boxed{5}"}], "answer": "5"},
    {"completion": "no box", "answer": "1"},
]


def _plain(lines: list[object]) -> list[tuple[int, object, object]]:
    return [(line.number, line.record, line.error) for line in lines]  # type: ignore[attr-defined]


def _jsonl(path: Path, rows: list[dict[str, object]], extra: bytes = b"") -> Path:
    path.write_bytes(b"".join(json.dumps(row).encode() + b"\n" for row in rows) + extra)
    return path


def test_jsonl_and_gzip_give_the_same_rows_with_error_rows_kept(tmp_path: Path) -> None:
    plain = _jsonl(tmp_path / "a.jsonl", ROWS, b"not json\n")
    zipped = tmp_path / "a.jsonl.gz"
    zipped.write_bytes(gzip.compress(plain.read_bytes()))
    rows = list(read_rows(plain))
    assert rows == list(read_rows(zipped))
    assert [line.record for line in rows[:3]] == ROWS
    assert rows[3].number == 4
    assert rows[3].error == "line 4: not JSON: Expecting value at column 1"


def test_parquet_rows_equal_the_jsonl_rows(tmp_path: Path) -> None:
    rows = [{**row, "tags": row.get("tags")} for row in ROWS[::2]]  # Arrow: a column per key
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "a.parquet")
    jsonl = _jsonl(tmp_path / "a.jsonl", rows)
    assert detect_format(tmp_path / "a.parquet") == "parquet"
    got = [(line.number, line.record) for line in read_rows(tmp_path / "a.parquet")]
    assert got == [(line.number, line.record) for line in read_rows(jsonl)]


def test_parquet_is_recognised_by_its_magic_bytes_without_a_suffix(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist(ROWS[:1]), tmp_path / "data.bin")
    assert detect_format(tmp_path / "data.bin") == "parquet"
    assert [line.record for line in read_rows(tmp_path / "data.bin")] == ROWS[:1]


def test_parquet_batches_are_numbered_across_row_groups(tmp_path: Path) -> None:
    table = pa.table({"completion": [str(i) for i in range(10)]})
    pq.write_table(table, tmp_path / "a.parquet", row_group_size=4)
    batches = list(read_batches(tmp_path / "a.parquet", batch_rows=3))
    assert [[line.number for line in batch] for batch in batches] == [
        [1, 2, 3],
        [4],
        [5, 6, 7],
        [8],
        [9, 10],
    ]
    assert [line.record for batch in batches for line in batch] == table.to_pylist()


def test_a_corrupt_parquet_row_group_becomes_one_error_row_per_row(tmp_path: Path) -> None:
    table = pa.table({"completion": [f"text number {i} " * 20 for i in range(100)]})
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=50, compression="gzip")
    column = pq.ParquetFile(path).metadata.row_group(0).column(0)
    start = (column.dictionary_page_offset or column.data_page_offset) + 30
    data = bytearray(path.read_bytes())
    for i in range(start, start + 30):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    rows = list(read_rows(path))
    assert [line.number for line in rows] == list(range(1, 101))
    assert all(line.record is None for line in rows[:50])
    assert rows[0].error is not None
    assert rows[0].error.startswith("line 1: unreadable Parquet row group 0:")
    assert [line.record for line in rows[50:]] == table.to_pylist()[50:]


def test_a_file_that_is_not_parquet_is_one_error_row(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    path.write_bytes(b"PAR1 but not really")
    rows = list(read_rows(path))
    assert len(rows) == 1
    assert rows[0].record is None
    assert rows[0].error is not None
    assert rows[0].error.startswith("line 1: unreadable Parquet file:")


def test_a_saved_datasets_folder_reads_like_its_rows(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    rows = [{"completion": f"c{i}", "answer": str(i)} for i in range(7)]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "ds"))
    assert detect_format(tmp_path / "ds") == "arrow"
    got = [(line.number, line.record) for line in read_rows(tmp_path / "ds")]
    assert got == [(i + 1, row) for i, row in enumerate(rows)]


def test_a_dataset_dict_folder_asks_for_a_split(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    split = datasets.Dataset.from_list([{"completion": "x"}])
    datasets.DatasetDict({"train": split}).save_to_disk(str(tmp_path / "dd"))
    with pytest.raises(ConfigError, match="name one split folder"):
        list(read_rows(tmp_path / "dd"))


def test_a_stream_is_read_as_jsonl() -> None:
    stream = io.BytesIO(b'{"a": 1}\n\n[2]\n')
    assert _plain(list(read_rows(stream))) == [
        (1, {"a": 1}, None),
        (3, None, "line 3: expected a JSON object; got list"),
    ]


@pytest.mark.parametrize("batch_rows", [0, -1, 1.5, True])
def test_bad_batch_rows_raise_config_error(batch_rows: object) -> None:
    with pytest.raises(ConfigError, match="batch_rows must be a positive integer"):
        list(read_batches(io.BytesIO(b""), batch_rows=batch_rows))  # type: ignore[arg-type]


RECORDS = [
    {"line": 1, "aha": 1.0, "total": 1.0, "answer": "4"},
    {"line": 2, "aha": None, "total": None, "answer": ["x", 1], "error": "line 2: boom"},
]


def test_parquet_writer_round_trips_scores_and_encodes_other_values(tmp_path: Path) -> None:
    out = tmp_path / "s.parquet"
    with open_writer(out, numeric=("aha", "total"), row_group_rows=1) as writer:
        writer.write(RECORDS[:1])
        writer.write(RECORDS[1:])
    table = pq.read_table(out)
    assert pq.ParquetFile(out).num_row_groups == 2
    assert str(table.schema.field("aha").type) == "double"
    assert str(table.schema.field("line").type) == "int64"
    assert table.to_pylist() == [
        {"line": 1, "aha": 1.0, "total": 1.0, "answer": "4", "error": None},
        {"line": 2, "aha": None, "total": None, "answer": '["x", 1]', "error": "line 2: boom"},
    ]


def test_parquet_writer_refuses_a_key_it_has_no_column_for(tmp_path: Path) -> None:
    with open_writer(tmp_path / "s.parquet", row_group_rows=1) as writer:
        writer.write([{"line": 1}])
        with pytest.raises(ConfigError, match=r"got \['extra'\]"):
            writer.write([{"line": 2, "extra": 1}])


def test_jsonl_writers_plain_and_gzip(tmp_path: Path) -> None:
    for name in ("s.jsonl", "s.jsonl.gz"):
        with open_writer(tmp_path / name) as writer:
            writer.write(RECORDS)
        assert [line.record for line in read_rows(tmp_path / name)] == RECORDS


def test_an_empty_parquet_output_is_still_a_valid_file(tmp_path: Path) -> None:
    with open_writer(tmp_path / "s.parquet"):
        pass
    assert pq.read_table(tmp_path / "s.parquet").num_rows == 0


def test_parquet_to_standard_output_is_refused() -> None:
    with pytest.raises(ConfigError, match="Parquet output needs a file path"):
        open_writer("-", format="parquet")


def test_read_unparsed_leaves_jsonl_lines_as_bytes_and_parses_parquet(tmp_path: Path) -> None:
    jsonl = _jsonl(tmp_path / "a.jsonl", ROWS[2:])
    assert list(read_unparsed(jsonl)) == [RawLine(1, jsonl.read_bytes())]
    pq.write_table(pa.Table.from_pylist(ROWS[2:]), tmp_path / "a.parquet")
    rows = list(read_unparsed(tmp_path / "a.parquet"))
    assert [(type(row), row.number, row.record) for row in rows] == [(Line, 1, ROWS[2])]  # type: ignore[union-attr]
