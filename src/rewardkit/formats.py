"""Read rows from JSONL, JSONL.gz, Parquet or a saved Hugging Face dataset; write JSONL or Parquet.

An adapter (it does I/O). Every reader yields the same thing, batches of
:class:`rewardkit.jsonl.Line` (a 1-based row number and the row as a dict, or an error), in
order and in bounded memory, so the scoring engine, the process pool and Ray see one kind of
input whatever the file:

- **JSONL** and **JSONL.gz** (gzip recognised by its header): :mod:`rewardkit.jsonl`; a line
  that is not a JSON object is an error row and reading goes on.
- **Parquet** (``.parquet``/``.pq`` or the ``PAR1`` magic; needs ``pyarrow``, the ``parquet``
  extra): read one row group at a time. A row group that cannot be decoded becomes one error row
  per row it holds (its size is in the footer), so nothing is lost silently.
- **A saved** ``datasets`` **dataset** (a folder written by ``Dataset.save_to_disk``, holding
  Arrow stream files and ``state.json``; needs ``pyarrow`` only) or a single ``.arrow`` file.

Writers (:func:`open_writer`) stream records to JSONL (``.gz``: gzip; ``-``: standard output)
or Parquet (``.parquet``). Optional dependencies are imported when first needed; a missing one
raises :class:`~rewardkit.errors.ConfigError` naming the extra to install.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType, TracebackType
from typing import IO, Any, BinaryIO, Literal, cast

from rewardkit.errors import ConfigError
from rewardkit.jsonl import Line, RawLine, open_input, read_lines, read_raw_lines

__all__ = [
    "BATCH_ROWS",
    "Format",
    "RecordWriter",
    "detect_format",
    "encode_arrow",
    "encode_records",
    "open_writer",
    "read_batches",
    "read_rows",
    "read_unparsed",
]

Format = Literal["jsonl", "parquet", "arrow"]

#: Rows per batch the readers yield.
BATCH_ROWS = 1024

_PARQUET_MAGIC = b"PAR1"
_PARQUET_SUFFIXES = (".parquet", ".pq")


def _pyarrow() -> ModuleType:
    try:
        import pyarrow
    except ImportError:
        msg = "reading or writing Parquet/Arrow needs pyarrow: pip install pyarrow"
        raise ConfigError(msg) from None
    return cast(ModuleType, pyarrow)


def detect_format(source: str | Path) -> Format:
    """The format of ``source``: by folder, then suffix, then the Parquet magic bytes.

    Args:
        source: a file, a saved dataset folder, or ``"-"`` (standard input: JSONL).

    Returns:
        ``"arrow"`` for a folder or an ``.arrow`` file, ``"parquet"`` for ``.parquet``/``.pq``
        or a file that starts with ``PAR1``, else ``"jsonl"`` (gzip or not).

    Examples:
        >>> detect_format("-"), detect_format("gens.parquet"), detect_format("gens.jsonl.gz")
        ('jsonl', 'parquet', 'jsonl')
    """
    if str(source) == "-":
        return "jsonl"
    path = Path(source)
    if path.is_dir() or path.suffix == ".arrow":
        return "arrow"
    if path.suffix in _PARQUET_SUFFIXES:
        return "parquet"
    try:
        with path.open("rb") as file:
            if file.read(4) == _PARQUET_MAGIC:
                return "parquet"
    except OSError:
        pass
    return "jsonl"


def read_batches(
    source: str | Path | BinaryIO,
    *,
    format: Format | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Iterator[list[Line]]:
    r"""Read rows in batches of at most ``batch_rows``, numbered from 1, in order.

    Args:
        source: a path (``"-"``: standard input), or an open binary stream of JSONL or Parquet.
        format: the input's format; detected from the path when ``None`` (a stream is JSONL
            unless told).
        batch_rows: the most rows per batch.

    Yields:
        Lists of Lines: a row as a dict, or an error naming the row and the problem.

    Raises:
        OSError: the input cannot be opened.
        ConfigError: ``batch_rows`` is not positive, or pyarrow is needed and missing.

    Examples:
        >>> import io
        >>> stream = io.BytesIO(b'{"completion": "4"}\nnot json\n{"completion": "5"}\n')
        >>> [[line.number for line in batch] for batch in read_batches(stream, batch_rows=2)]
        [[1, 2], [3]]
    """
    if isinstance(batch_rows, bool) or not isinstance(batch_rows, int) or batch_rows < 1:
        msg = f"batch_rows must be a positive integer; got {batch_rows!r}"
        raise ConfigError(msg)
    if not isinstance(source, (str, Path)):
        kind = format or "jsonl"
        if kind == "parquet":
            yield from _parquet_batches(source, batch_rows)
        elif kind == "jsonl":
            yield from _batched(read_lines(source), batch_rows)
        else:
            yield from _arrow_stream_batches(source, 0, batch_rows)
        return
    kind = format or detect_format(source)
    if kind == "parquet":
        yield from _parquet_batches(source, batch_rows)
    elif kind == "arrow":
        yield from _arrow_batches(Path(source), batch_rows)
    else:
        with open_input(source) as stream:
            yield from _batched(read_lines(stream), batch_rows)


def read_rows(
    source: str | Path | BinaryIO,
    *,
    format: Format | None = None,
) -> Iterator[Line]:
    r"""Every row of ``source`` in order (:func:`read_batches`, flattened).

    Examples:
        >>> import io
        >>> [line.record for line in read_rows(io.BytesIO(b'{"a": 1}\n{"a": 2}\n'))]
        [{'a': 1}, {'a': 2}]
    """
    for batch in read_batches(source, format=format):
        yield from batch


def read_unparsed(
    source: str | Path | BinaryIO,
    *,
    format: Format | None = None,
) -> Iterator[Line | RawLine]:
    r"""Like :func:`read_rows`, but JSONL lines come unparsed (for :mod:`rewardkit.pool`).

    Parsing is then the workers' job; Parquet and Arrow rows come parsed (as Lines).

    Examples:
        >>> import io
        >>> list(read_unparsed(io.BytesIO(b'{"a": 1}\n')))
        [RawLine(number=1, raw=b'{"a": 1}\n')]
    """
    kind = format or ("jsonl" if not isinstance(source, (str, Path)) else detect_format(source))
    if kind != "jsonl":
        for batch in read_batches(source, format=kind):
            yield from batch
    elif isinstance(source, (str, Path)):
        with open_input(source) as stream:
            yield from read_raw_lines(stream)
    else:
        yield from read_raw_lines(source)


def _batched(lines: Iterable[Line], size: int) -> Iterator[list[Line]]:
    batch: list[Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _record_batch_lines(batch: Any, first: int) -> list[Line]:
    """The rows of a pyarrow RecordBatch as Lines numbered from ``first + 1``."""
    count = batch.num_rows
    size = batch.nbytes // max(1, count)
    try:
        rows = batch.to_pylist()
    except Exception as error:
        return _error_lines(first, count, f"unreadable row: {type(error).__name__}: {error}")
    return [Line(first + i + 1, row, None, size) for i, row in enumerate(rows)]


def _error_lines(first: int, count: int, problem: str) -> list[Line]:
    return [Line(first + i + 1, None, f"line {first + i + 1}: {problem}") for i in range(count)]


def _parquet_batches(source: str | Path | BinaryIO, batch_rows: int) -> Iterator[list[Line]]:
    pa = _pyarrow()
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(source)
    except (pa.ArrowException, OSError, ValueError) as error:
        if isinstance(error, FileNotFoundError | IsADirectoryError | PermissionError):
            raise
        yield [Line(1, None, f"line 1: unreadable Parquet file: {error}")]
        return
    first = 0
    for group in range(file.num_row_groups):
        count = file.metadata.row_group(group).num_rows
        try:
            table = file.read_row_group(group)
        except (pa.ArrowException, OSError, ValueError) as error:
            problem = f"unreadable Parquet row group {group}: {error}"
            for start in range(0, count, batch_rows):
                yield _error_lines(first + start, min(batch_rows, count - start), problem)
        else:
            done = 0
            for batch in table.to_batches(max_chunksize=batch_rows):
                if batch.num_rows:
                    yield _record_batch_lines(batch, first + done)
                    done += batch.num_rows
        first += count


def _arrow_files(folder: Path) -> list[Path]:
    """The Arrow files of a saved dataset folder, in the order ``state.json`` lists them."""
    if (folder / "dataset_dict.json").is_file():
        splits = json.loads((folder / "dataset_dict.json").read_text()).get("splits", [])
        msg = (
            f"{folder} holds a DatasetDict: name one split folder, e.g. "
            f"{folder / (splits[0] if splits else 'train')}"
        )
        raise ConfigError(msg)
    state = folder / "state.json"
    if state.is_file():
        files = json.loads(state.read_text()).get("_data_files", [])
        return [folder / entry["filename"] for entry in files]
    return sorted(folder.glob("*.arrow"))


def _arrow_batches(source: Path, batch_rows: int) -> Iterator[list[Line]]:
    files = _arrow_files(source) if source.is_dir() else [source]
    first = 0
    for file in files:
        with file.open("rb") as stream:
            for batch in _arrow_stream_batches(stream, first, batch_rows):
                yield batch
                first += len(batch)


def _arrow_stream_batches(stream: BinaryIO, first: int, batch_rows: int) -> Iterator[list[Line]]:
    pa = _pyarrow()
    try:
        reader = pa.ipc.open_stream(stream)
    except pa.ArrowInvalid:
        stream.seek(0)
        reader = pa.ipc.open_file(stream)
        chunks: Iterable[Any] = (reader.get_batch(i) for i in range(reader.num_record_batches))
    else:
        chunks = reader
    try:
        for chunk in chunks:
            for start in range(0, chunk.num_rows, batch_rows):
                lines = _record_batch_lines(chunk.slice(start, batch_rows), first)
                first += len(lines)
                yield lines
    except (pa.ArrowException, OSError) as error:
        yield [Line(first + 1, None, f"line {first + 1}: unreadable Arrow data: {error}")]


# --------------------------------------------------------------------------------------------
# Writers.


class RecordWriter:
    """Writes records (dicts) to JSONL or Parquet; a context manager. Use :func:`open_writer`."""

    def write(self, records: Iterable[Mapping[str, object]]) -> None:
        """Write records in order."""
        raise NotImplementedError

    def write_encoded(self, data: bytes) -> None:
        """Write records already encoded as JSON lines (:func:`encode_records`), in order.

        JSONL output copies the bytes; Parquet output decodes them into records first.
        """
        self.write(json.loads(line) for line in data.split(b"\n") if line)

    def write_arrow(self, data: bytes) -> None:
        """Write records already encoded as Arrow (:func:`encode_arrow`), in order.

        Parquet output takes the columns as they are; JSONL output decodes them into records
        first.
        """
        self.write(_pyarrow().ipc.open_stream(data).read_all().to_pylist())

    def close(self) -> None:
        """Flush and close the output."""

    def __enter__(self) -> RecordWriter:
        """Return the writer itself."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the writer."""
        self.close()


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
#: Records encoded per write by the JSONL writer (bounds the text held at once).
_WRITE_BATCH = 1024


def encode_records(records: Iterable[Mapping[str, object]]) -> bytes:
    r"""Records as JSON lines in UTF-8, byte for byte as ``rewardkit score`` writes them.

    Non-ASCII text is written as is; a lone surrogate (valid in JSON, not in UTF-8) as its
    ``\udXXX`` escape, which is the same JSON value. A value JSON has no type for is written
    as its ``str``. :func:`open_writer`'s JSONL writer writes these bytes, and
    :meth:`rewardkit.pool.ScoringPool.score_jsonl` has its workers encode them.

    Examples:
        >>> encode_records([{"line": 1, "aha": 1.0, "note": "é\ud800"}])
        b'{"line": 1, "aha": 1.0, "note": "\xc3\xa9\\ud800"}\n'
    """
    text = "".join([_ENCODER.encode(record) + "\n" for record in records])
    return text.encode("utf-8", "backslashreplace")


class _JsonlWriter(RecordWriter):
    def __init__(self, path: str | Path) -> None:
        self._owned = str(path) != "-"
        self._text: IO[str] | None = None
        if not self._owned:
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:  # a text-only stdout (replaced by a test or an embedding app)
                self._text = sys.stdout
            self._out: IO[bytes] | None = buffer
        elif str(path).endswith(".gz"):
            self._out = cast(BinaryIO, gzip.open(path, "wb"))  # noqa: SIM115 - closed in close()
        else:
            self._out = Path(path).open("wb")  # noqa: SIM115 - closed in close()

    def write(self, records: Iterable[Mapping[str, object]]) -> None:
        batch: list[Mapping[str, object]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= _WRITE_BATCH:
                self.write_encoded(encode_records(batch))
                batch = []
        if batch:
            self.write_encoded(encode_records(batch))

    def write_encoded(self, data: bytes) -> None:
        if self._out is not None:
            self._out.write(data)
        elif self._text is not None:
            self._text.write(data.decode("utf-8"))

    def close(self) -> None:
        if self._out is None:
            return
        if self._owned:
            self._out.close()
        else:
            self._out.flush()


class _ParquetWriter(RecordWriter):
    """Columns: ``line`` int64, the ``numeric`` ones float64, others strings (JSON if not text).

    The schema is fixed by the first row group (columns in their key order, plus ``error``,
    the one key our records carry only sometimes); a later record with a key outside it raises
    :class:`ConfigError` rather than losing the value.
    """

    def __init__(self, path: str | Path, numeric: Collection[str], row_group_rows: int) -> None:
        self._pa = _pyarrow()
        self._path = path
        self._numeric = frozenset(numeric)
        self._rows = row_group_rows
        self._writer: Any = None
        self._schema: Any = None
        self._pending: list[Mapping[str, object]] = []

        self._tables: list[Any] = []  # Arrow tables written as they are (write_arrow)
        self._table_rows = 0

    def write(self, records: Iterable[Mapping[str, object]]) -> None:
        if self._tables:
            self._flush_tables(final=True)
        for record in records:
            self._pending.append(record)
            if len(self._pending) >= self._rows:
                self._flush()

    def write_arrow(self, data: bytes) -> None:
        """Buffer the table; write a row group per ``row_group_rows`` rows, as :meth:`write`.

        Row groups hold the same rows as the records would (one table of ``row_group_rows``
        rows each), so the file is byte for byte the one :meth:`write` gives. The table's
        columns must be those :meth:`write` would choose (:func:`encode_arrow` with the
        record keys in order); the first row group fixes the schema, as for records.
        """
        if self._pending:
            self._flush()
        table = self._pa.ipc.open_stream(data).read_all()
        if self._schema is None:
            self._open(table.schema)
        elif not table.schema.equals(self._schema):
            self._tables = []
            first, got = self._schema.names, table.schema.names
            msg = f"Arrow columns must match the first ones {first}; got {got}"
            raise ConfigError(msg)
        self._tables.append(table)
        self._table_rows += table.num_rows
        if self._table_rows >= self._rows:
            self._flush_tables(final=False)

    def _flush_tables(self, *, final: bool) -> None:
        if not self._tables:
            return
        table = self._pa.concat_tables(self._tables)
        start = 0
        while table.num_rows - start >= self._rows or (final and start < table.num_rows):
            group = table.slice(start, self._rows).combine_chunks()
            self._writer.write_table(group)
            start += group.num_rows
        rest = table.slice(start)
        self._tables = [rest] if rest.num_rows else []
        self._table_rows = rest.num_rows

    def _open(self, schema: Any) -> None:
        import pyarrow.parquet as pq

        self._schema = schema
        self._writer = pq.ParquetWriter(self._path, self._schema)

    def _flush(self) -> None:
        if not self._pending:
            return
        pa = self._pa
        if self._schema is None:
            names: dict[str, None] = {}
            for record in self._pending:
                names.update(dict.fromkeys(record))
            names.setdefault("error")
            self._open(_schema(pa, names, self._numeric))
        known = set(self._schema.names)
        for record in self._pending:
            if not known.issuperset(record):
                extra = sorted(set(record) - known)
                self._pending = []
                msg = f"record keys must match the first records' {sorted(known)}; got {extra}"
                raise ConfigError(msg)
        self._writer.write_table(_table(pa, self._schema, self._pending))
        self._pending = []

    def close(self) -> None:
        self._flush()
        self._flush_tables(final=True)
        if self._writer is None:  # nothing written: still leave a valid (empty) file
            import pyarrow.parquet as pq

            self._schema = self._pa.schema([("line", self._pa.int64())])
            self._writer = pq.ParquetWriter(self._path, self._schema)
        self._writer.close()


def _schema(pa: Any, names: Iterable[str], numeric: Collection[str]) -> Any:
    """The Parquet columns of records: ``line`` int64, ``numeric`` float64, others strings."""
    return pa.schema(
        [
            (
                name,
                pa.int64() if name == "line" else pa.float64() if name in numeric else pa.string(),
            )
            for name in names
        ]
    )


def _table(pa: Any, schema: Any, records: Sequence[Mapping[str, object]]) -> Any:
    """``records`` as an Arrow table of ``schema`` (string columns: JSON text if not text)."""
    columns = []
    for field in schema:
        values = [record.get(field.name) for record in records]
        if pa.types.is_string(field.type):
            values = [_text(value) for value in values]
        columns.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def encode_arrow(
    records: Sequence[Mapping[str, object]], columns: Sequence[str], numeric: Collection[str] = ()
) -> bytes:
    """Records as an Arrow IPC stream, with the columns and types of the Parquet writer.

    ``columns`` are the record keys in order (``error`` included: ``null`` where a record
    has none); ``line`` is int64, ``numeric`` columns float64, the rest strings (JSON text
    for values that are not strings), as :func:`open_writer` stores them. A Parquet writer's
    :meth:`~RecordWriter.write_arrow` writes these bytes without decoding a record, which is
    how :meth:`rewardkit.pool.ScoringPool.score_source` workers hand over Parquet output.

    Raises:
        ConfigError: pyarrow is not installed.

    Examples:
        >>> import pyarrow as pa
        >>> data = encode_arrow([{"line": 1, "aha": 1.0}], ["line", "aha", "error"], ["aha"])
        >>> pa.ipc.open_stream(data).read_all().to_pylist()
        [{'line': 1, 'aha': 1.0, 'error': None}]
    """
    pa = _pyarrow()
    table = _table(pa, _schema(pa, columns, frozenset(numeric)), records)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return cast(bytes, sink.getvalue().to_pybytes())


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return _ENCODER.encode(value)


def open_writer(
    path: str | Path,
    *,
    format: Literal["jsonl", "parquet"] | None = None,
    numeric: Collection[str] = (),
    row_group_rows: int = 65_536,
) -> RecordWriter:
    r"""A streaming writer of records to ``path``: Parquet for ``.parquet``/``.pq``, else JSONL.

    Args:
        path: the output file (``"-"``: standard output, JSONL; ``.gz``: gzip JSONL).
        format: ``"jsonl"`` or ``"parquet"``; from the suffix when ``None``.
        numeric: Parquet only: the columns stored as float64 (scores and totals); ``line`` is
            int64; every other column is a string (JSON text for values that are not strings).
        row_group_rows: Parquet only: rows buffered per row group (bounds memory).

    Returns:
        A :class:`RecordWriter`; use it in a ``with`` block.

    Raises:
        ConfigError: an unknown format, or Parquet without pyarrow.
        OSError: the file cannot be created.

    Examples:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "scores.jsonl"
        >>> with open_writer(out) as writer:
        ...     writer.write([{"line": 1, "aha": 1.0, "total": 1.0}])
        >>> out.read_text()
        '{"line": 1, "aha": 1.0, "total": 1.0}\n'
    """
    kind: str = format or ("parquet" if Path(str(path)).suffix in _PARQUET_SUFFIXES else "jsonl")
    if kind == "parquet":
        if str(path) == "-":
            msg = "Parquet output needs a file path; got '-' (standard output)"
            raise ConfigError(msg)
        return _ParquetWriter(path, numeric, row_group_rows)
    if kind != "jsonl":
        msg = f"format must be 'jsonl' or 'parquet'; got {kind!r}"
        raise ConfigError(msg)
    return _JsonlWriter(path)
