"""A persistent process pool that scores rows in order, in constant memory, when it pays.

Scoring is CPU-bound Python, so more than one core needs more than one process. Three things
decide whether processes pay off, and this module does each of them once:

- **Start-up is paid once.** :class:`ScoringPool` starts its workers on first need. In a
  process with a single thread on Linux (the command line's case) they are forked from it:
  that takes milliseconds, and they inherit rewardkit and the rewards' compiled patterns.
  Otherwise (another thread is running, whose locks a fork would copy held; or another
  platform) they come from a ``forkserver`` that has imported rewardkit, or by ``spawn``:
  both safe from threads. Each receives the scoring plan once (its initializer), and the
  same workers serve every later :meth:`ScoringPool.score` call until
  :meth:`~ScoringPool.close`. On 100k real rows of ``aha_grpo`` forking took ``--workers 2``
  from 1.65x to 1.75x serial (94% of two independent processes' speed-up).
- **Large tasks, parsed by the workers.** Rows travel in *shipments* of about ``chunk_bytes`` of
  input, so the per-task cost of a process pool (a pipe round trip) is spread over hundreds of
  rows. JSONL lines travel as their bytes (:class:`~rewardkit.jsonl.RawLine`): the workers parse
  them. A shipment ends only where the prompt changes (up to ``GROUP_SLACK * batch_size`` more
  rows), so a group-relative reward sees a prompt's whole run of completions, as in the serial
  path.
- **A main process that is nearly free.** :meth:`ScoringPool.score_jsonl` has the workers
  encode their records (:class:`Scored`: JSONL bytes and the counts a summary needs), so this
  process writes bytes and decodes nothing. :meth:`ScoringPool.score_source` goes further for
  a plain JSONL file: this process only finds each shipment's line spans (the same cuts as the
  row path, looking at line ends only) and the workers read the lines from the file
  themselves, so the input is neither copied nor sent through a pipe. On 20k real rows of
  ``aha_grpo`` with the workers up, this process then uses ~7% of the serial CPU time (reading
  lines, shipping them and encoding the records sent back: ~16%).
- **Serial below the crossover.** The pool scores in this process first, and starts workers only
  once that has taken the crossover's CPU time (:meth:`ScoringPool.crossover`: 0.25 s where
  the workers are forked, 1 s where they start from a fork server or are spawned): an input
  that scores faster never starts a process, whatever its rewards cost per row. Starting from
  a fork server costs about 0.3-0.4 CPU seconds (the server's import of rewardkit, then ~0.01 s
  per worker and its rewards' lazy compilation, 0.01 s for ``aha_grpo``, 0.12 s for
  ``cognitive_behaviors``; measured with ``benchmarks/bench_scale.py``), which a shorter input
  could not repay; forking takes milliseconds and the workers inherit the compiled rewards, so
  a quarter of a second of work repays it (measured: docs/performance.md). When the
  input's size is known (``size_hint``; :meth:`~ScoringPool.score_source` reads it from the
  file), the first shipments scored here predict the rest and the workers start at once if it
  passes the crossover, instead of after spending it. Past the crossover, this process keeps
  scoring shipments itself only until the first worker is up, so start-up time is not lost
  waiting.

Output is identical to :func:`score_serial` by construction: both cut the rows into the same
shipments and score each with the same function (the engine's batches within a shipment); the
encoded paths write the bytes :func:`rewardkit.formats.encode_records` writes for those records.
At most ``2 * workers`` shipments are in flight and results are yielded in input order, so
memory stays bounded whatever the input size.
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal, NoReturn, TypeVar, cast

from rewardkit._plan import BATCH_SIZE, Record, ScoringPlan, batches, score_records
from rewardkit._validate import check_integer, number
from rewardkit.errors import ConfigError, RewardkitError
from rewardkit.formats import detect_format, encode_arrow, encode_records, read_unparsed
from rewardkit.jsonl import MAX_LINE_BYTES, Line, RawLine, parse_line
from rewardkit.scoring import GROUP_SLACK

__all__ = [
    "CHUNK_BYTES",
    "FIRST_CHUNK_BYTES",
    "FORK_SERIAL_SECONDS",
    "SERIAL_SECONDS",
    "Scored",
    "ScoringPool",
    "WorkerError",
    "chunk_bytes_for",
    "input_size",
    "score_serial",
    "score_serial_jsonl",
]

#: Input bytes per task sent to a worker (the first :data:`_FIRST_SHIPMENTS` tasks: at most
#: :data:`FIRST_CHUNK_BYTES`). Measured on 100k real rows (3.3 KB each) of ``aha_grpo`` with
#: the workers up: 4 MiB instead of 1 MiB cuts the main process's CPU by ~0.1 s (fewer
#: tasks for the executor's threads: ~0.5 ms of CPU each); the last task's imbalance between
#: two workers is then at most ~0.1 s of ``aha_grpo`` (~0.35 s of ``cognitive_behaviors``).
CHUNK_BYTES = 4 << 20
#: The size of the first shipments: the crossover's probes, scored in this process.
FIRST_CHUNK_BYTES = 1 << 20
_FIRST_SHIPMENTS = 2
#: :func:`chunk_bytes_for` cuts a known input into about this many shipments (2 workers:
#: 32 each, so the last one's imbalance is small and start-up overlaps little of the work).
_SHIPMENTS_PER_INPUT = 64
#: CPU seconds of in-process scoring before workers start (the crossover; see the module doc)
#: when they start from a fork server or are spawned (~0.3-0.4 CPU-s to start).
SERIAL_SECONDS = 1.0
#: The crossover when the workers are forked from this process (:func:`_fork_safe`: a few
#: milliseconds to start). Measured on real rows of ``aha_grpo``, whole command, ``--workers 2``
#: vs 1 (docs/performance.md, fourteenth session).
FORK_SERIAL_SECONDS = 0.25

Row = Line | RawLine
Shipment = list[Row]

#: ``serial_seconds``: a finite number >= 0 (:mod:`rewardkit._validate`'s message).
_NON_NEGATIVE = number(at_least=0)

_WORKER_PLAN: list[tuple[ScoringPlan, int, tuple[str, ...], bool]] = []
_UNSET = object()
_T = TypeVar("_T")
_S = TypeVar("_S")
_P = TypeVar("_P")
#: With a size hint, the first shipment scored in this process starts the workers when it
#: predicts this many times the crossover (it also pays the rewards' lazy compilation, up to
#: 0.12 s for cognitive_behaviors); the second when it predicts the crossover.
_FIRST_PROBE_MARGIN = 4.0
#: Reward modules the fork server imports besides ``rewardkit.pool`` (a module that fails to
#: import is skipped). Measured with 2 workers and ``aha_grpo`` (median of 7 fresh runs):
#: worker CPU until each has scored a first row 0.10 -> 0.05 s, fork server 0.19 -> 0.23 s,
#: so ~0.025 s less per worker and workers up sooner, for ~0.04 s once off the main core.
_PRELOAD = (
    "rewardkit.presets",
    "rewardkit.answers",
    "rewardkit.reflect",
    "rewardkit.pkv",
    "rewardkit.tasks",
)
#: What the fork server also imports when the workers encode Arrow: pyarrow, and pandas,
#: which ``pyarrow.array`` imports on its first call when it is installed (~0.4 CPU-s, in
#: every worker otherwise). A module that is not installed is skipped.
_ARROW_PRELOAD = ("pyarrow", "pandas")
#: An input of this many bytes or more (by its size hint) starts the fork server (not the
#: workers) before its first row is scored: ~5,000 real rows, ~0.35 CPU-s of ``aha_grpo``.
_PRESTART_BYTES = 16 << 20


class WorkerError(RewardkitError, RuntimeError):
    """A worker process stopped while it held rows (killed, out of memory, a native crash).

    Rows are data and never stop a worker (a reward that raises gives an error record); this
    is the process dying under them. The pool stops its other workers, so the next input
    starts new ones; the records of the rows the dead worker held are lost, hence the error
    rather than a silent gap in the output.
    """


@dataclass(frozen=True, slots=True)
class Scored:
    """One shipment's records, encoded where they were scored (:meth:`ScoringPool.score_jsonl`).

    The main process then only writes :attr:`data`; the counts let it summarise the run
    without decoding a record.

    Attributes:
        data: the records as JSON lines (:func:`rewardkit.formats.encode_records`), in input
            order; with ``encoding="arrow"``, as an Arrow IPC stream
            (:func:`rewardkit.formats.encode_arrow`, the Parquet writer's columns).
        rows: how many records :attr:`data` holds.
        failed: how many of them carry ``"error"``.
        columns: per score column (the plan's reward names, then ``"total"``), over the
            records without ``"error"``: ``(sum of the scores, scored, missing)`` where
            ``missing`` counts ``None`` scores (not applicable).
        size: the input bytes the shipment held, for a progress counter (its non-blank
            lines; a line that could not be read counts at least 64).
    """

    data: bytes
    rows: int
    failed: int
    columns: dict[str, tuple[float, int, int]]
    size: int = 0


def _sized(results: Iterable[tuple[Scored, int]]) -> Iterator[Scored]:
    """Each result with its shipment's input size (set here: workers do not know it)."""
    for scored, size in results:
        yield replace(scored, size=size)


#: Output encodings of :meth:`ScoringPool.score_source` and :meth:`ScoringPool.score_jsonl`.
Encoding = Literal["jsonl", "gzip", "arrow"]
#: How a worker encodes its records: ``"jsonl"``, ``"gzip"`` (JSONL as one gzip member), or
#: Arrow with the columns named (:func:`rewardkit.formats.encode_arrow`).
Form = Literal["jsonl", "gzip"] | tuple[str, ...]


def _gzip(data: bytes) -> bytes:
    """``data`` as one gzip member, as ``gzip.open`` compresses (level 9), without a time.

    Members written one after another make one gzip file (RFC 1952) that reads as the
    bytes joined; no time in the header keeps the file the same from run to run.
    """
    return gzip.compress(data, compresslevel=9, mtime=0)


def _scored(plan: ScoringPlan, records: list[Record], form: Form = "jsonl") -> Scored:
    """Encode ``records`` and count what a summary needs (in the process that scored them)."""
    counts: dict[str, tuple[float, int, int]] = {}
    good = [record for record in records if "error" not in record]
    scores = (*plan.names, "total")
    for name in scores:
        values = [record.get(name) for record in good]
        numbers = [value for value in values if isinstance(value, (int, float))]
        counts[name] = (float(sum(numbers)), len(numbers), len(values) - len(numbers))
    if isinstance(form, tuple):
        data = encode_arrow(records, form, scores)
    else:
        data = encode_records(records)
        data = _gzip(data) if form == "gzip" else data
    return Scored(data, len(records), len(records) - len(good), counts)


def _worker_init(
    plan: ScoringPlan, batch_size: int, keep: tuple[str, ...], explain: bool = False
) -> None:
    _WORKER_PLAN[:] = [(plan, batch_size, keep, explain)]


#: A shipment as sent to a worker: line numbers, raw lines, and the rows already parsed (by
#: index). Plain lists pickle ~3x faster than a list of RawLine tuples.
Packed = tuple[list[int], list[bytes], dict[int, Line]]


def _pack(shipment: Shipment) -> Packed:
    numbers: list[int] = []
    raws: list[bytes] = []
    parsed: dict[int, Line] = {}
    for index, row in enumerate(shipment):
        numbers.append(row.number)
        if isinstance(row, Line):
            raws.append(b"")
            parsed[index] = row
        else:
            raws.append(row.raw)
    return numbers, raws, parsed


def _unpack(packed: Packed) -> Shipment:
    numbers, raws, parsed = packed
    return [
        parsed[index] if index in parsed else RawLine(number, raw)
        for index, (number, raw) in enumerate(zip(numbers, raws, strict=True))
    ]


def _score_shipment(packed: Packed) -> list[Record]:
    plan, batch_size, keep, explain = _WORKER_PLAN[0]
    return _score_here(plan, _unpack(packed), batch_size, keep, explain=explain)


def _score_shipment_encoded(job: tuple[Packed, Form]) -> Scored:
    packed, form = job
    plan, batch_size, keep, explain = _WORKER_PLAN[0]
    records = _score_here(plan, _unpack(packed), batch_size, keep, explain=explain)
    return _scored(plan, records, form)


def _ping() -> None:
    """A no-op task: its completion says a worker is up."""


def _score_here(
    plan: ScoringPlan,
    shipment: Shipment,
    batch_size: int,
    keep: Sequence[str] = (),
    *,
    explain: bool = False,
) -> list[Record]:
    lines = [row if isinstance(row, Line) else row.parse() for row in shipment]
    out: list[Record] = []
    for batch in batches(plan, lines, batch_size):
        records = score_records(plan, batch, keep)
        if explain:
            _add_explanations(plan, batch, records)
        out.extend(records)
    return out


def _add_explanations(plan: ScoringPlan, batch: Sequence[Line], records: list[Record]) -> None:
    """Add ``"explain"`` to each scored record: the batch's rows explained as one chunk.

    The rows explained are those the engine scored together (the batch without its failed
    rows), so a group-relative reward explains the score it gave.
    """
    from rewardkit.explain import explain_rows  # only ``score --explain`` pays its import

    scored = [i for i, record in enumerate(records) if "error" not in record]
    rows = [batch[i].record or {} for i in scored]
    explained = explain_rows(
        [item.reward for item in plan.rewards],
        rows,
        completion_field=plan.completion_field,
        prompt_field=plan.prompt_field,
        chunk_size=max(1, len(rows)),
    )
    for i, explanation in zip(scored, explained, strict=True):
        records[i]["explain"] = explanation


def _prompt(row: Row, field: str) -> object:
    line = row if isinstance(row, Line) else row.parse()
    return None if line.record is None else line.record.get(field)


def _size(row: Row) -> int:
    return max(64, row.size) if isinstance(row, Line) else len(row.raw)


def _limit(chunk_bytes: int, index: int) -> int:
    """The size of shipment ``index`` (from 0): the first :data:`_FIRST_SHIPMENTS` are small.

    Small first shipments keep the crossover's probe (scored in this process) short; later
    ones are large, so the pool's per-task cost is spread over more rows.
    """
    return chunk_bytes if index >= _FIRST_SHIPMENTS else min(chunk_bytes, FIRST_CHUNK_BYTES)


def _shipments(
    plan: ScoringPlan, rows: Iterable[Row], chunk_bytes: int, batch_size: int
) -> Iterator[tuple[Shipment, int]]:
    """Shipments of about ``chunk_bytes``, each ending where the prompt changes.

    The first shipments are smaller (:func:`_limit`). Past its size a shipment takes rows
    while they continue the last row's prompt (at most ``GROUP_SLACK * batch_size`` of them),
    parsing only those rows to read the prompt. A row without a prompt belongs to no run:
    the shipment ends before it.
    """
    field = plan.prompt_field
    shipment: Shipment = []
    size = 0
    extra = 0
    last: object = _UNSET
    index = 0
    limit = _limit(chunk_bytes, index)
    for row in rows:
        if size >= limit:
            if last is _UNSET:
                last = _prompt(shipment[-1], field)
            current = _prompt(row, field)
            if current is None or current != last or extra >= GROUP_SLACK * batch_size:
                yield shipment, size
                shipment, size, extra, last = [], 0, 0, _UNSET
                index += 1
                limit = _limit(chunk_bytes, index)
            else:
                extra += 1
        shipment.append(row)
        size += _size(row)
    if shipment:
        yield shipment, size


# -- JSONL files by spans ----------------------------------------------------------------------
#
# A plain JSONL file need not travel through a pipe: this process finds where each shipment
# starts and ends (the cuts of :func:`_shipments` over :func:`~rewardkit.jsonl.read_raw_lines`)
# and the worker reads those bytes from the file itself. A shipment is then a few numbers.

#: Bytes this process reads at a time while it looks for line ends. Measured on 100k real
#: rows (326 MB, 3.3 KB lines), interleaved, CPU of the whole cut: 1 MiB buffered reads
#: 0.11-0.16 s, 256 KiB unbuffered 0.10-0.14 (a read that fits in the cache is walked while
#: it is there), 4 MiB 0.23. A line longer than this is read on in growing pieces.
_READ_BYTES = 256 << 10
_WHITESPACE = frozenset(b" \t\n\r\x0b\x0c")
_BOM = b"\xef\xbb\xbf"

#: A run of whole input lines: ``(file offset, length in bytes, number of its first line)``.
Span = tuple[int, int, int]
#: A shipment of a JSONL file: spans of lines, and the error rows of lines too long to read.
Pieces = list[Span | Line]
#: What :func:`_scan` finds: first number, file offset, length, the (last) line's bytes (a
#: view) or its error row, last number.
_Found = tuple[int, int, int, memoryview | Line, int]


def chunk_bytes_for(size_hint: int | None) -> int:
    """The shipment size for an input of ``size_hint`` bytes: about 1/64 of it, within bounds.

    Between :data:`FIRST_CHUNK_BYTES` and :data:`CHUNK_BYTES` (``CHUNK_BYTES`` when the size
    is unknown). Large shipments spread the pool's per-task cost; an input of a few hundred
    shipments' worth gets them, while a smaller one keeps enough shipments for the workers to
    share evenly (10k real rows, 33 MB, with 4 MiB shipments: 10 of them, the idle 2-core
    estimate 0.84x serial instead of 0.97x with 1 MiB ones). It depends on the input only,
    never on ``workers``, so ``--workers 1`` and ``--workers 2`` cut the same shipments.

    Examples:
        >>> chunk_bytes_for(None) == CHUNK_BYTES, chunk_bytes_for(10) == FIRST_CHUNK_BYTES
        (True, True)
        >>> chunk_bytes_for(100 << 20) // 1024  # 100 MiB: 1.6 MiB per shipment
        1600
    """
    if size_hint is None:
        return CHUNK_BYTES
    return min(CHUNK_BYTES, max(FIRST_CHUNK_BYTES, size_hint // _SHIPMENTS_PER_INPUT))


def input_size(source: str | Path) -> int | None:
    """The size in bytes of the file ``source``: the pool's size hint (``None``: not a file).

    ``None`` for standard input (``"-"``), a folder (a saved dataset) or a path that cannot
    be read.

    Examples:
        >>> input_size("-") is None
        True
    """
    if str(source) == "-":
        return None
    try:
        info = Path(source).stat()
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _plain_jsonl(source: str | Path) -> bool:
    """Whether ``source`` is a regular, uncompressed JSONL file (the workers can read it)."""
    if input_size(source) is None:  # standard input, a folder, an unreadable path
        return False
    path = Path(source)
    try:
        if detect_format(path) != "jsonl":
            return False
        with path.open("rb") as handle:
            return not handle.read(2).startswith(b"\x1f\x8b")
    except OSError:
        return False


def _scan(
    handle: BinaryIO, max_line_bytes: int = MAX_LINE_BYTES, read_bytes: int = _READ_BYTES
) -> Generator[_Found, int | None, None]:
    """The rows of :func:`~rewardkit.jsonl.read_raw_lines`, as file offsets (no line copied).

    Same numbering (blank lines counted, not yielded), same byte order mark rule (dropped
    from line 1, its offset moved past it) and same error row for a line longer than
    ``max_line_bytes`` (its size: the whole line). A line's first byte says whether it can
    be blank; only those that start with whitespace are looked at further.

    Each item is ``(first number, offset, length, last line's bytes or error row, last
    number)``: one row, or, when the consumer sends ``need`` (bytes), a *run*: the whole
    lines up to the one holding the ``need``-th byte (or up to a line that starts with
    whitespace, which may be blank), never line 1, none too long; otherwise the next row.
    A run is walked as the file is read, so memory holds about one read (``read_bytes``)
    whatever the run's size.
    """

    def more(left: int) -> int:
        """Bytes to read on after ``left`` bytes of a partial line.

        As many again (copying stays linear in a long line's size), at least ``read_bytes``,
        and no more than the longest line needs.
        """
        return max(read_bytes, min(left, max_line_bytes - left))

    view = memoryview(b"")
    buf = b""
    base = 0  # file offset of buf[0]
    pos = 0
    eof = False
    number = 0
    need: int | None = None
    while True:
        if need and number:  # try a run of lines ending past ``need`` bytes
            # Walked one memchr per line, reading on as needed; the bytes walked are dropped,
            # so memory holds about one read whatever the run's size.
            offset = base + pos
            size = 0
            count = 0
            last = -1  # where the run's last line starts in buf (-1: it is in ``kept``)
            kept = view[0:0]
            while True:
                target = pos + need - size - 1  # the run ends with the line holding it
                careful = len(buf) - pos > max_line_bytes  # may hold a line too long
                line, end, find = pos, len(buf), buf.find
                done = blocked = False
                while line < end and buf[line] not in _WHITESPACE:
                    stop = find(b"\n", line) + 1
                    if not stop:
                        break  # a partial line: read on
                    if careful and stop - line > max_line_bytes:
                        blocked = True
                        break
                    count += 1
                    last = line
                    line = stop
                    if stop > target:
                        done = True
                        break
                else:
                    blocked = line < end  # a line that may be blank
                size += line - pos
                pos = line
                if done or blocked or eof or len(buf) - pos >= max_line_bytes:
                    break  # the row path takes what is left
                data = handle.read(more(len(buf) - pos))
                if not data:
                    eof = True
                    break
                if last >= 0:  # a copy: the old buffer is freed now
                    kept, last = memoryview(bytes(view[last:pos])), -1
                base += pos
                view.release()
                buf = buf[pos:] + data
                view = memoryview(buf)
                pos = 0
            if count:
                first = number + 1
                number += count
                raw = view[last:pos] if last >= 0 else kept
                need = yield first, offset, size, raw, number
                continue
        end = buf.find(b"\n", pos)
        if end < 0 and not eof and len(buf) - pos < max_line_bytes:
            data = handle.read(more(len(buf) - pos))
            if data:
                base += pos
                buf = buf[pos:] + data
                view = memoryview(buf)
                pos = 0
                continue
            eof = True
        if pos >= len(buf):
            return
        number += 1
        offset = base + pos
        if end >= 0 and end + 1 - pos <= max_line_bytes:
            length = end + 1 - pos
        elif end < 0 and eof and len(buf) - pos < max_line_bytes:
            length = len(buf) - pos
        else:  # too long: skip to its end, one error row of its whole size
            length = 0
            while end < 0 and not eof:
                length += len(buf) - pos
                base += len(buf)
                buf, pos = handle.read(read_bytes), 0
                eof = not buf
                end = buf.find(b"\n")
            stop = end + 1 if end >= 0 else len(buf)
            length += stop - pos
            pos = stop
            view = memoryview(buf)
            problem = f"line {number}: longer than {max_line_bytes} bytes"
            need = yield number, offset, length, Line(number, None, problem, length), number
            continue
        start = pos
        pos += length
        if number == 1 and buf.startswith(_BOM):
            start += len(_BOM)
            offset += len(_BOM)
            length -= len(_BOM)
        if start >= pos or (buf[start] in _WHITESPACE and not buf[start:pos].strip()):
            continue  # a blank line: counted, not a row
        need = yield number, offset, length, view[start:pos], number


def _span_shipments(
    plan: ScoringPlan,
    found: Generator[_Found, int | None, None],
    chunk_bytes: int,
    batch_size: int,
) -> Iterator[tuple[Pieces, int]]:
    """:func:`_shipments` over the rows :func:`_scan` finds: the same cuts, as spans.

    Below the shipment's size it asks the scanner for a run of lines at once; past it, rows come
    one by one, since the prompt of each decides whether the shipment goes on.
    """
    field = plan.prompt_field

    def prompt(row: _Found) -> object:
        raw = row[3]
        if isinstance(raw, Line):
            return None
        record = parse_line(row[4], bytes(raw)).record
        return None if record is None else record.get(field)

    pieces: Pieces = []
    span: list[int] = []  # [offset, end offset, first number] of the open span
    size = 0
    extra = 0
    last: object = _UNSET
    previous: _Found | None = None
    index = 0
    limit = _limit(chunk_bytes, index)
    row = next(found, None)
    while row is not None:
        if size >= limit:
            if last is _UNSET:
                last = prompt(previous) if previous is not None else None
            current = prompt(row)
            if current is None or current != last or extra >= GROUP_SLACK * batch_size:
                if span:
                    pieces.append((span[0], span[1] - span[0], span[2]))
                yield pieces, size
                pieces, span, size, extra, last = [], [], 0, 0, _UNSET
                index += 1
                limit = _limit(chunk_bytes, index)
            else:
                extra += 1
        first, offset, length, raw, _ = row
        if isinstance(raw, Line):
            if span:
                pieces.append((span[0], span[1] - span[0], span[2]))
                span = []
            pieces.append(raw)
            size += max(64, length)
        else:
            if span:
                span[1] = offset + length
            else:
                span = [offset, offset + length, first]
            size += length
        previous = row
        try:
            row = found.send(limit - size if size < limit else None)
        except StopIteration:
            row = None
    if span:
        pieces.append((span[0], span[1] - span[0], span[2]))
    if pieces:
        yield pieces, size


def _span_rows(handle: BinaryIO, pieces: Pieces) -> Shipment:
    """The rows of a shipment of spans, read from ``handle`` (as :func:`_scan` found them).

    Each line is cut from its span once (its bytes, newline included, as
    :func:`~rewardkit.jsonl.read_raw_lines` gives them); only a line that starts with
    whitespace is looked at further (it may be blank: counted, not a row). Measured on real
    rows: ~2.2-3.1 us a row against ~3.4-4.4 when each line was split, stripped and joined to
    its newline again.
    """
    rows: Shipment = []
    append = rows.append
    for piece in pieces:
        if isinstance(piece, Line):
            append(piece)
            continue
        offset, length, number = piece
        handle.seek(offset)
        data = handle.read(length)
        find = data.find
        start, end = 0, len(data)
        while start < end:
            stop = find(b"\n", start) + 1 or end
            if data[start] not in _WHITESPACE or data[start:stop].strip():
                append(RawLine(number, data[start:stop]))
            number += 1
            start = stop
    return rows


#: The file a worker reads spans from, by (path, device, inode): one open file at a time.
_WORKER_FILES: dict[tuple[str, int, int], BinaryIO] = {}


def _worker_file(path: str, identity: tuple[int, int]) -> BinaryIO:
    """The worker's open handle on ``path``, which must be the file the main process scans.

    Raises:
        OSError: ``path`` is now another file (replaced since the main process opened it).
    """
    key = (path, *identity)
    handle = _WORKER_FILES.get(key)
    if handle is None:
        for other in _WORKER_FILES.values():
            other.close()
        _WORKER_FILES.clear()
        handle = Path(path).open("rb")  # noqa: SIM115 - kept open for the next shipments
        info = os.fstat(handle.fileno())
        if (info.st_dev, info.st_ino) != identity:
            handle.close()
            msg = f"{path!r} was replaced by another file while it was being scored"
            raise OSError(msg)
        _WORKER_FILES[key] = handle
    return handle


def _score_spans_encoded(job: tuple[str, tuple[int, int], Pieces, Form]) -> Scored:
    path, identity, pieces, form = job
    plan, batch_size, keep, explain = _WORKER_PLAN[0]
    rows = _span_rows(_worker_file(path, identity), pieces)
    return _scored(plan, _score_here(plan, rows, batch_size, keep, explain=explain), form)


def _context(extra: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """``fork`` if :func:`_fork_safe`, else ``forkserver`` with rewardkit preloaded, or ``spawn``.

    The last two are safe to use from threads (``fork`` is not). The fork server imports
    rewardkit once and forks every worker from itself, so a worker starts with rewardkit
    imported instead of importing it again (~0.6 CPU-seconds each). It also imports the modules
    the common rewards live in (:data:`_PRELOAD`): rewardkit's exports are lazy, so otherwise
    each worker imports them when it unpickles the plan; and ``extra`` (:data:`_ARROW_PRELOAD`
    when the workers encode Arrow: ~0.5 CPU-s once instead of once per worker). The preload
    counts only for the server's start: it serves every later pool of the process.
    """
    if _fork_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["rewardkit.pool", *_PRELOAD, *extra])
        return context
    return multiprocessing.get_context("spawn")


def _fork_safe() -> bool:
    """Whether workers can be forked from this process: Linux, and one thread in it.

    ``fork`` copies only the calling thread: a lock another thread holds (Python's or a
    native library's: an Arrow or BLAS thread pool, CUDA) stays held in the child forever.
    With a single OS thread in the process (``/proc/self/task``, which counts native threads
    too) there is no other thread to hold one. Elsewhere (macOS, where system libraries are
    not fork-safe; Windows) the answer is no.
    """
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        return sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
    except OSError:
        return False


def _prestart_server(extra: Sequence[str] = ()) -> None:
    """Start the fork server now (it imports rewardkit on another core); workers come later.

    Only the server starts: it serves every later pool of this process, and costs ~0.3
    CPU-seconds once, off this process's core. No-op where there is no fork server.
    """
    if _context(extra).get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def score_serial(
    plan: ScoringPlan,
    rows: Iterable[Row],
    *,
    chunk_bytes: int = CHUNK_BYTES,
    batch_size: int = BATCH_SIZE,
    keep: Sequence[str] = (),
) -> Iterator[Record]:
    """Score rows in this process: one record per row, in order (the oracle of the pool).

    Args:
        plan: what to score.
        rows: parsed :class:`~rewardkit.jsonl.Line` s or unparsed
            :class:`~rewardkit.jsonl.RawLine` s (from :func:`rewardkit.formats.read_unparsed`).
        chunk_bytes: input bytes per shipment (as in :class:`ScoringPool`).
        batch_size: rows per engine batch.
        keep: input columns copied into each record after ``total``.

    Yields:
        ``{"line": N, <reward>: score, ..., "total": t}``, with ``"error"`` for a row that
        could not be read or scored.

    Examples:
        >>> from rewardkit.jsonl import parse_line
        >>> from rewardkit.registry import WeightedReward, get_reward
        >>> plan = ScoringPlan((WeightedReward(get_reward("aha")),))
        >>> good, bad = b'{"completion": "Let me recheck: 4. Aha!"}', b"[]"
        >>> lines = [parse_line(1, good), parse_line(2, bad)]
        >>> for record in score_serial(plan, lines):
        ...     print(record)
        {'line': 1, 'aha': 1.0, 'total': 1.0}
        {'line': 2, 'aha': None, 'total': None, 'error': 'line 2: expected a JSON object; got list'}
    """
    for shipment, _ in _shipments(plan, rows, chunk_bytes, batch_size):
        yield from _score_here(plan, shipment, batch_size, keep)


def score_serial_jsonl(
    plan: ScoringPlan,
    rows: Iterable[Row],
    *,
    chunk_bytes: int = CHUNK_BYTES,
    batch_size: int = BATCH_SIZE,
    keep: Sequence[str] = (),
) -> Iterator[Scored]:
    """:func:`score_serial`, encoded per shipment as :meth:`ScoringPool.score_jsonl` yields it.

    Examples:
        >>> from rewardkit.jsonl import parse_line
        >>> from rewardkit.registry import WeightedReward, get_reward
        >>> plan = ScoringPlan((WeightedReward(get_reward("aha")),))
        >>> good = b'{"completion": "Let me recheck: 4. Aha!"}'
        >>> lines = [parse_line(1, good), parse_line(2, b"[]")]
        >>> [scored] = score_serial_jsonl(plan, lines)
        >>> scored.rows, scored.failed, scored.columns["aha"]
        (2, 1, (1.0, 1, 0))
    """
    for shipment, size in _shipments(plan, rows, chunk_bytes, batch_size):
        yield replace(_scored(plan, _score_here(plan, shipment, batch_size, keep)), size=size)


class ScoringPool:
    """Score rows with ``workers`` processes; a context manager that keeps its workers.

    Args:
        plan: what to score (sent once to each worker).
        workers: processes to use; ``1`` scores in this process.
        chunk_bytes: input bytes per task sent to a worker.
        serial_seconds: CPU seconds of scoring in this process before workers start (``0``:
            start them at once). ``None`` (the default): :data:`FORK_SERIAL_SECONDS` where the
            workers would be forked (:func:`_fork_safe`, decided for each input), else
            :data:`SERIAL_SECONDS`, each read from this module when an input starts.
        batch_size: rows per engine batch (as in the serial path).
        keep: input columns copied into each record after ``total`` (``--keep``).
        explain: also add ``"explain"`` to each scored record: ``{reward name:
            Explanation.to_dict()}`` (:func:`rewardkit.explain.explain_rows` over the rows
            scored together), as ``rewardkit score --explain`` writes.

    Raises:
        ConfigError: ``workers``, ``chunk_bytes`` or ``batch_size`` is not an integer >= 1,
            or ``serial_seconds`` is not a finite number >= 0.

    Examples:
        >>> from rewardkit.jsonl import parse_line
        >>> from rewardkit.registry import WeightedReward, get_reward
        >>> plan = ScoringPlan((WeightedReward(get_reward("aha")),))
        >>> lines = [parse_line(1, b'{"completion": "Let me recheck: 4. Aha!"}')]
        >>> with ScoringPool(plan, workers=2) as pool:  # a tiny input: scored serially
        ...     [record["aha"] for record in pool.score(lines)]
        [1.0]
    """

    def __init__(
        self,
        plan: ScoringPlan,
        *,
        workers: int = 2,
        chunk_bytes: int = CHUNK_BYTES,
        serial_seconds: float | None = None,
        batch_size: int = BATCH_SIZE,
        keep: Sequence[str] = (),
        explain: bool = False,
    ) -> None:
        """Check the arguments; no process starts until an input needs one."""
        self.plan = plan
        self.workers = check_integer(workers, "workers", minimum=1)
        self.chunk_bytes = check_integer(chunk_bytes, "chunk_bytes", minimum=1)
        self.serial_seconds: float | None = (
            None
            if serial_seconds is None
            else cast("float", _NON_NEGATIVE(serial_seconds, "serial_seconds"))
        )
        self.batch_size = check_integer(batch_size, "batch_size", minimum=1)
        self.keep = tuple(keep)
        self.explain = bool(explain)
        self._executor: ProcessPoolExecutor | None = None
        self._probes: list[Future[None]] = []
        self._starter: threading.Thread | None = None
        self._up = threading.Event()
        self._failure: list[BaseException] = []
        self._preload: tuple[str, ...] = ()  # what the fork server imports besides _PRELOAD

    def crossover(self) -> float:
        """CPU seconds scored in this process before workers start, for the next input.

        ``serial_seconds`` when given; else :data:`FORK_SERIAL_SECONDS` where the workers
        would be forked now (:func:`_fork_safe`), :data:`SERIAL_SECONDS` where they would start
        from a fork server or be spawned.
        """
        if self.serial_seconds is not None:
            return self.serial_seconds
        return FORK_SERIAL_SECONDS if _fork_safe() else SERIAL_SECONDS

    @property
    def started(self) -> bool:
        """Whether the worker processes are starting or running."""
        return self._starter is not None or self._up.is_set()

    def _launch(self) -> None:
        """Start the workers: forked here when that is safe, else from a thread.

        Forking a process with one thread (:func:`_fork_safe`) takes milliseconds and the
        workers inherit rewardkit and the rewards' compiled patterns, so it is done at once in
        the calling thread. Otherwise the workers come from the fork server, whose start
        blocks for its import, so a thread starts them while this process scores on.
        """
        if self.started:
            return
        context = _context(self._preload)

        def launch() -> None:
            try:
                executor = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=context,
                    initializer=_worker_init,
                    initargs=(self.plan, self.batch_size, self.keep, self.explain),
                )
                self._executor = executor
                # With fork, the first submit forks every worker, before the executor
                # starts its own threads.
                self._probes = [executor.submit(_ping) for _ in range(self.workers)]
                wait(self._probes, return_when=FIRST_COMPLETED)
                for probe in self._probes:
                    if probe.done():
                        probe.result()  # a worker that cannot start raises here
            except BaseException as error:
                self._failure.append(error)
            finally:
                self._up.set()

        if context.get_start_method() == "fork":
            launch()
            return
        self._starter = threading.Thread(target=launch, name="rewardkit-pool-start", daemon=True)
        self._starter.start()

    def _workers_up(self) -> bool:
        if not self._up.is_set():
            return False
        if self._failure:
            if isinstance(self._failure[0], BrokenProcessPool):
                self._crashed()  # a worker died starting (e.g. unpickling the plan)
            raise self._failure[0]
        return True

    def score(self, rows: Iterable[Row], *, size_hint: int | None = None) -> Iterator[Record]:
        """Score rows: one record per row, in input order, equal to :func:`score_serial`'s.

        Args:
            rows: parsed Lines or unparsed RawLines (cheaper: the workers parse them), e.g.
                from :func:`rewardkit.formats.read_unparsed`.
            size_hint: the input's size in bytes when known (a plain file's size): the pool
                then starts its workers as soon as the first shipments predict that the rest
                takes the crossover (:meth:`crossover`) or more, instead of after spending it.

        Yields:
            ``{"line": N, <reward>: score, ..., "total": t}``, with ``"error"`` for a row that
            could not be read or scored.
        """
        shipments = _shipments(self.plan, rows, self.chunk_bytes, self.batch_size)
        for records, _ in self._run(shipments, size_hint, self._here, _score_shipment, _pack):
            yield from records

    def score_jsonl(
        self, rows: Iterable[Row], *, size_hint: int | None = None, encoding: Encoding = "jsonl"
    ) -> Iterator[Scored]:
        """Score rows into encoded records: the workers encode, this process only writes.

        Writing each :attr:`Scored.data` in turn gives, byte for byte, the JSONL file that
        :meth:`score`'s records written by :func:`rewardkit.formats.open_writer` (or by
        ``rewardkit score``) would be; no record is decoded in this process. With
        ``encoding="arrow"`` each :attr:`Scored.data` is an Arrow IPC stream of the records
        with the Parquet writer's columns (:meth:`arrow_columns`): a Parquet writer's
        :meth:`~rewardkit.formats.RecordWriter.write_arrow` writes, byte for byte, the file
        :meth:`score`'s records would give. With ``encoding="gzip"`` each is the JSONL bytes
        compressed as one gzip member: written one after another they make a ``.gz`` file
        that reads as the JSONL file (gzip members concatenate), compressed where the rows
        were scored rather than in this process.

        Args:
            rows: as for :meth:`score`.
            size_hint: as for :meth:`score`.
            encoding: ``"jsonl"``, ``"gzip"`` or ``"arrow"`` (needs pyarrow; not with
                ``explain``).

        Yields:
            One :class:`Scored` per shipment, in input order.

        Raises:
            ConfigError: ``encoding`` is not one of the three, or ``"arrow"`` with
                ``explain``.
        """
        form = self._form(encoding)
        yield from _sized(
            self._run(
                _shipments(self.plan, rows, self.chunk_bytes, self.batch_size),
                size_hint,
                lambda shipment: _scored(self.plan, self._here(shipment), form),
                _score_shipment_encoded,
                lambda shipment: (_pack(shipment), form),
            )
        )

    def arrow_columns(self) -> tuple[str, ...]:
        """The columns of the records, in the order the Parquet writer stores them.

        ``line``, the rewards, ``total``, the kept columns, then ``error`` (the order
        :func:`rewardkit.formats.open_writer` takes from the records' keys).

        Examples:
            >>> from rewardkit.registry import WeightedReward, get_reward
            >>> plan = ScoringPlan((WeightedReward(get_reward("aha")),))
            >>> ScoringPool(plan, keep=("id",)).arrow_columns()
            ('line', 'aha', 'total', 'id', 'error')
        """
        return ("line", *self.plan.names, "total", *self.keep, "error")

    def _form(self, encoding: object) -> Form:
        if encoding == "jsonl" or encoding == "gzip":
            return encoding
        if encoding != "arrow":
            msg = f"encoding must be one of ['jsonl', 'gzip', 'arrow']; got {encoding!r}"
            raise ConfigError(msg)
        if self.explain:
            msg = "encoding must be 'jsonl' with explain (explanations go in JSON); got 'arrow'"
            raise ConfigError(msg)
        self._preload = _ARROW_PRELOAD
        return self.arrow_columns()

    def score_source(
        self, source: str | Path, rows: Iterable[Row] | None = None, *, encoding: Encoding = "jsonl"
    ) -> Iterator[Scored]:
        """Score a file (any format :func:`rewardkit.formats.read_unparsed` reads), encoded.

        For a plain JSONL file the workers read their lines from the file themselves: this
        process only finds where each shipment starts and ends (looking at one byte per line),
        so it neither copies the input nor sends it through a pipe. Other inputs (gzip, stdin,
        Parquet, Arrow) go through :meth:`score_jsonl`. Either way the file's size
        (:func:`input_size`) is the size hint, and the bytes equal those of
        :meth:`score_jsonl` over ``read_unparsed(source)``.

        Args:
            source: a file path (``"-"``: standard input).
            rows: the rows of ``source`` when the caller has started reading them (standard
                input cannot be read twice); scored in place of ``read_unparsed(source)``
                unless the workers read the file themselves (then they are not used).
            encoding: as for :meth:`score_jsonl`.

        Yields:
            One :class:`Scored` per shipment, in input order.

        Raises:
            OSError: the file cannot be read.
            ConfigError: as for :meth:`score_jsonl`.
        """
        form = self._form(encoding)
        size = input_size(source)
        if not _plain_jsonl(source):
            rows = read_unparsed(source) if rows is None else rows
            yield from self.score_jsonl(rows, size_hint=size, encoding=encoding)
            return
        path = str(Path(source).resolve())
        # Unbuffered: the scan reads large pieces itself (a buffer would copy them again).
        with Path(path).open("rb", buffering=0) as scanned, Path(path).open("rb") as handle:
            info = os.fstat(scanned.fileno())
            identity = (info.st_dev, info.st_ino)
            yield from _sized(
                self._run(
                    _span_shipments(self.plan, _scan(scanned), self.chunk_bytes, self.batch_size),
                    size,
                    lambda pieces: _scored(self.plan, self._here(_span_rows(handle, pieces)), form),
                    _score_spans_encoded,
                    lambda pieces: (path, identity, pieces, form),
                )
            )

    def _here(self, shipment: Shipment) -> list[Record]:
        return _score_here(self.plan, shipment, self.batch_size, self.keep, explain=self.explain)

    def _run(
        self,
        shipments: Iterable[tuple[_S, int]],
        size_hint: int | None,
        here: Callable[[_S], _T],
        remote: Callable[[_P], _T],
        pack: Callable[[_S], _P],
    ) -> Iterator[tuple[_T, int]]:
        """Score each shipment with ``here`` (this process) or ``remote`` (a worker), in order.

        Yields each result with the shipment's size in bytes.
        """
        if self.workers <= 1:
            for shipment, size in shipments:
                yield here(shipment), size
            return
        crossover = 0.0 if self.started else self.crossover()
        if size_hint is not None and size_hint >= _PRESTART_BYTES and crossover > 0:
            _prestart_server(self._preload)  # a large input: likely past the crossover
        spent = 0.0  # CPU seconds this process has spent scoring this input
        done = 0  # input bytes scored in this process
        probes = 0  # shipments scored in this process
        pending: deque[tuple[Future[_T], int]] = deque()
        for shipment, size in shipments:
            if not pending and not self.started:
                if spent >= crossover:
                    self._launch()
                else:  # below the crossover so far: no process started
                    begin = time.process_time()
                    result = here(shipment)
                    cost = time.process_time() - begin
                    spent += cost
                    done += size
                    probes += 1
                    margin = _FIRST_PROBE_MARGIN if probes == 1 else 1.0
                    predicted = cost * max(0, (size_hint or 0) - done)
                    if predicted >= margin * crossover * size:
                        self._launch()  # the rest will pass the crossover: start now
                    yield result, size
                    continue
            if not pending and not self._workers_up():
                # Workers still starting: score here rather than wait (order is kept, as
                # nothing is in flight).
                yield here(shipment), size
                continue
            assert self._executor is not None  # set before the workers are up
            try:
                pending.append((self._executor.submit(remote, pack(shipment)), size))
            except BrokenProcessPool:
                self._crashed()
            if len(pending) >= 2 * self.workers:
                future, done_size = pending.popleft()
                yield self._result(future), done_size
        while pending:
            future, done_size = pending.popleft()
            yield self._result(future), done_size

    def _result(self, future: Future[_T]) -> _T:
        try:
            return future.result()
        except BrokenProcessPool:
            self._crashed()

    def _crashed(self) -> NoReturn:
        """Stop the broken pool (the next input starts new workers) and say what happened."""
        processes = self._executor._processes if self._executor is not None else None
        stopped = list((processes or {}).values())
        self.close()
        for process in stopped:  # a dead worker may not be reaped yet: its exit code is None
            process.join(timeout=1.0)
        codes = sorted({p.exitcode for p in stopped if p.exitcode not in (None, 0)})
        how = f" (exit code {', '.join(map(str, codes))})" if codes else ""
        msg = (
            f"a worker process stopped while scoring{how}: out of memory, killed, or a crash "
            "in native code; the records of the rows it held were not written"
        )
        raise WorkerError(msg)

    def start(self, *, wait: bool = True) -> None:
        """Start the workers now (instead of on the first large input).

        Args:
            wait: block until every worker is up (it then scores every shipment).

        Raises:
            WorkerError: with ``wait``, a worker died while starting.
        """
        self._launch()
        if wait:
            self._up.wait()
            self._workers_up()
            for probe in self._probes:
                self._result(probe)

    def close(self) -> None:
        """Stop the workers (they are started again on the next large input)."""
        if self._starter is not None:
            self._starter.join()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
        self._probes = []
        self._starter = None
        self._up.clear()
        self._failure.clear()

    def __enter__(self) -> ScoringPool:
        """Return the pool itself."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the workers."""
        self.close()
