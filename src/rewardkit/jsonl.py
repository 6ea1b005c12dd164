"""Stream JSON Lines: plain files, gzip files and standard input, in constant memory.

This is the command line's input layer (an adapter: it does I/O). A file is read one line at a
time, so memory does not grow with the file. Nothing in the input is an exception: a line that
is not JSON, not a JSON object, not UTF-8 or absurdly long comes out as a :class:`Line` whose
:attr:`~Line.error` names the line number and the problem, and reading goes on.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple, cast

_fast_loads: Callable[[bytes], object] | None
try:  # the `fast` extra: the same records, about twice as fast to read (see parse_line)
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - exercised by the sessions without it
    _fast_loads = None

__all__ = [
    "MAX_LINE_BYTES",
    "Line",
    "RawLine",
    "open_input",
    "open_stream",
    "parse_line",
    "read_lines",
    "read_raw_lines",
]

#: Longest line read, in bytes; a longer line is skipped with an error (bounds memory).
MAX_LINE_BYTES = 64 * 1024 * 1024

_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_GZIP_HEADER = 10  # bytes in a gzip member header
_CHUNK = 1024 * 1024
_DECODER = json.JSONDecoder()
#: orjson reads an integer outside [-2**63, 2**64) as a float, where json keeps it exact.
_INEXACT = float(2**63)
#: Longest line orjson reads: it holds about 13 times a line's size while it reads one
#: (measured with tracemalloc on a line of one long string; json about twice), so a longer
#: line, rare in generations, is read by json and memory stays bounded by the lines' bytes.
_FAST_MAX_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number and either its record or an error.

    Attributes:
        number: the line number in the (decompressed) input, counting from 1.
        record: the JSON object on the line, or ``None`` when it could not be read.
        error: ``"line N: <problem>"`` when the line could not be read, else ``None``.
        size: the line's length in bytes (as read, before decompression is undone for gzip).
    """

    number: int
    record: dict[str, object] | None
    error: str | None = None
    size: int = 0


def parse_line(number: int, raw: bytes) -> Line:
    r"""Parse one line of bytes into a :class:`Line` (never raises).

    Args:
        number: the line number, for the error message.
        raw: the line's bytes (a trailing newline and surrounding whitespace are ignored).

    With orjson installed (the ``fast`` extra) a line of up to 256 KiB is read by orjson
    first, about twice as fast on real rows (a longer one by json: orjson holds ~13 times a
    line's size while reading it); a line it rejects, or whose object holds a float of
    magnitude ``2**63`` or more (orjson reads a longer integer as a float), is read again by
    json. The records and the error messages are json's either way (property-tested).

    Returns:
        A Line with the object, or with an error such as ``"line 3: not JSON: Expecting
        value at column 1"``.

    Examples:
        >>> parse_line(1, b'{"completion": "4"}\n').record
        {'completion': '4'}
        >>> parse_line(2, b'{"completion": ').error
        'line 2: not JSON: Expecting value at column 16'
        >>> parse_line(3, b'[1, 2]').error
        'line 3: expected a JSON object; got list'
    """
    if _fast_loads is not None and len(raw) <= _FAST_MAX_BYTES:
        try:
            value = _fast_loads(raw)
        except (ValueError, RecursionError):
            pass  # json below gives the error (or, for NaN or a lone surrogate, the value)
        else:
            if isinstance(value, dict) and not _maybe_inexact(value):
                return Line(number, value, None, len(raw))
    try:
        value = _DECODER.decode(raw.decode("utf-8"))
    except json.JSONDecodeError as error:
        # CPython ends some messages with " at" ("Invalid control character at"): drop it.
        problem = error.msg.removesuffix(" at")
        return Line(number, None, f"line {number}: not JSON: {problem} at column {error.colno}")
    except UnicodeDecodeError:
        return Line(number, None, f"line {number}: not UTF-8 text")
    except (ValueError, RecursionError) as error:
        return Line(number, None, f"line {number}: not JSON: {error}")
    if not isinstance(value, dict):
        return Line(number, None, f"line {number}: expected a JSON object; got {_kind(value)}")
    return Line(number, value, None, len(raw))


def _maybe_inexact(record: dict[str, object]) -> bool:
    """Whether orjson's ``record`` holds a float as large as an integer it reads inexactly.

    Such a float may be a long integer of the line (json keeps it an ``int``), so the line
    is read again by json. Every other value orjson returns is the one json returns.
    """
    stack: list[object] = [record]
    while stack:
        item = stack.pop()
        values = item.values() if isinstance(item, dict) else item
        for value in cast("list[object]", values):
            kind = type(value)
            if kind is float:
                if abs(cast(float, value)) >= _INEXACT:
                    return True
            elif kind is dict or kind is list:
                stack.append(value)
    return False


def _kind(value: object) -> str:
    names = {list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _is_gzip_header(head: bytes) -> bool:
    r"""Whether ``head`` opens a gzip member: magic, deflate method, reserved flag bits clear.

    Two magic bytes alone are not enough: a plain input that happens to start with them must be
    read as lines (and reported line by line), not lost to a failed decompression.

    Examples:
        >>> import gzip
        >>> _is_gzip_header(gzip.compress(b"{}")[:10]), _is_gzip_header(b"\x1f\x8b\n{}")
        (True, False)
    """
    return (
        len(head) >= _GZIP_HEADER
        and head.startswith(_GZIP_MAGIC + b"\x08")
        and not head[3] & 0b1110_0000
    )


def _peekable(stream: BinaryIO) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


@contextmanager
def open_input(path: str | Path) -> Iterator[BinaryIO]:
    """Open an input for reading as bytes: ``"-"`` is standard input; gzip is detected.

    Compression is recognised by its gzip header (not the file name), so ``.jsonl.gz`` files and
    gzip piped into standard input both work; an input that merely starts with the two magic
    bytes is read as plain lines.

    Args:
        path: a file path, or ``"-"`` for standard input.

    Yields:
        A binary stream of the decompressed input.

    Raises:
        OSError: the file cannot be opened (missing, a directory, no permission).
    """
    if str(path) == "-":
        raw: BinaryIO = sys.stdin.buffer
        owned = False
    else:
        file = Path(path)
        if file.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(file))
        raw = file.open("rb")
        owned = True
    try:
        with open_stream(raw) as stream:
            yield stream
    finally:
        if owned:
            raw.close()


@contextmanager
def open_stream(raw: BinaryIO) -> Iterator[BinaryIO]:
    """A binary stream, decompressed when it opens with a gzip header (the caller closes ``raw``).

    Examples:
        >>> import gzip, io
        >>> with open_stream(io.BytesIO(gzip.compress(b"{}"))) as stream:
        ...     stream.read()
        b'{}'
    """
    buffered = _peekable(raw)
    if _is_gzip_header(buffered.peek(_GZIP_HEADER)[:_GZIP_HEADER]):
        with gzip.GzipFile(fileobj=buffered, mode="rb") as unzipped:
            yield cast(BinaryIO, unzipped)
    else:
        yield cast(BinaryIO, buffered)


class RawLine(NamedTuple):
    """One non-blank input line not parsed yet: its 1-based number and its bytes.

    A process pool ships these (cheap to pickle) and parses them in the workers.
    """

    number: int
    raw: bytes

    def parse(self) -> Line:
        """The parsed :class:`Line` (as :func:`read_lines` would have yielded it)."""
        return parse_line(self.number, self.raw)


def read_lines(stream: BinaryIO, *, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Line]:
    r"""Read JSON Lines from a binary stream, one :class:`Line` per non-blank line.

    Blank lines (only whitespace) are skipped but counted, so line numbers match an editor's. A
    UTF-8 byte order mark at the start is ignored. A line longer than ``max_line_bytes`` is
    skipped in chunks and reported. A stream that breaks (a truncated or corrupt gzip file)
    yields one error line and stops.

    Args:
        stream: the input, as bytes.
        max_line_bytes: the longest line parsed.

    Yields:
        One Line per non-blank input line, in order.

    Examples:
        >>> import io
        >>> lines = read_lines(io.BytesIO(b'{"a": 1}\n\nnot json\n'))
        >>> [(line.number, line.record, line.error) for line in lines]
        [(1, {'a': 1}, None), (3, None, 'line 3: not JSON: Expecting value at column 1')]
    """
    for item in read_raw_lines(stream, max_line_bytes=max_line_bytes):
        yield item if isinstance(item, Line) else parse_line(item.number, item.raw)


def read_raw_lines(
    stream: BinaryIO, *, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[Line | RawLine]:
    r"""Like :func:`read_lines`, but a readable line comes unparsed, as a :class:`RawLine`.

    Lines that cannot even be read (too long, a broken stream) come as error :class:`Line` s.

    Examples:
        >>> import io
        >>> list(read_raw_lines(io.BytesIO(b'{"a": 1}\n\n[2]')))
        [RawLine(number=1, raw=b'{"a": 1}\n'), RawLine(number=3, raw=b'[2]')]
    """
    number = 0
    while True:
        number += 1
        try:
            raw = stream.readline(max_line_bytes)
            if not raw:
                return
            if len(raw) >= max_line_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(_CHUNK)
                    size += len(raw)
                yield Line(number, None, f"line {number}: longer than {max_line_bytes} bytes", size)
                continue
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
        except (OSError, EOFError, zlib.error) as error:
            yield Line(number, None, f"line {number}: unreadable input: {error}")
            return
        if raw.strip():
            yield RawLine(number, raw)
