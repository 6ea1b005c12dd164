"""What every command shares: I/O streams, options, reward selection, output and messages."""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from rewardkit import pool
from rewardkit.errors import ConfigError
from rewardkit.formats import detect_format, open_writer, read_unparsed
from rewardkit.jsonl import Line, RawLine, open_input
from rewardkit.registry import WeightedReward, resolve_rewards
from rewardkit.scoring import BATCH_SIZE, ScoringPlan

#: One input row as the readers give it: parsed, or (JSONL) a line still to be parsed.
Row = Line | RawLine

#: Rewards ``score`` uses when none is named (those available in this installation).
DEFAULT_REWARDS: tuple[str, ...] = ("boxed_correct", "aha")

#: Record keys the command writes itself; no reward or kept field may use them.
RESERVED = frozenset({"line", "total", "error"})

#: Readable rows looked at before deciding that a file lacks a column altogether.
FIRST_ROWS = 5

#: Per-line messages written to stderr before the rest are only counted.
MAX_MESSAGES = 10


class UsageError(Exception):
    """A usage error: reported with the command's name, exit status 2."""


@dataclass
class Io:
    """The streams a command writes to (tests pass ``io.StringIO`` objects)."""

    stdout: TextIO
    stderr: TextIO


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, what it runs and the options it adds to its parser.

    ``run``'s docstring is the command's ``--help`` (first line: the summary).
    """

    name: str
    run: Callable[[argparse.Namespace, Io], int]
    arguments: Callable[[argparse.ArgumentParser], None]


# -- text that can always be written -----------------------------------------------------------


def safe_text(text: str) -> str:
    r"""``text`` with lone surrogates written as ``\udXXX`` escapes, so UTF-8 output never fails.

    JSON can hold a lone surrogate (``"\ud800"``) that UTF-8 cannot encode. Inside a JSON
    string the escape written here is the same JSON value, so records round-trip exactly; in
    tables it shows the code point. Other text is returned unchanged.

    Examples:
        >>> safe_text('{"a": "\ud800"}')
        '{"a": "\\ud800"}'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def write(stream: TextIO, text: str) -> None:
    """Write ``text`` through :func:`safe_text`."""
    stream.write(safe_text(text))


class Messages:
    """Per-line messages for stderr: the first :data:`MAX_MESSAGES`, then a count of the rest."""

    def __init__(self, stream: TextIO, limit: int = MAX_MESSAGES) -> None:
        """Write to ``stream``."""
        self.stream = stream
        self.limit = limit
        self.count = 0

    def add(self, message: str) -> None:
        """Write ``message`` (or only count it once the limit is reached)."""
        self.count += 1
        if self.count <= self.limit:
            write(self.stream, message + "\n")

    def close(self) -> None:
        """Say how many messages were not shown."""
        if self.count > self.limit:
            write(self.stream, f"... and {self.count - self.limit} more\n")


# -- terminal helpers --------------------------------------------------------------------------


def isatty(stream: IO[str]) -> bool:
    """Whether ``stream`` is a terminal (``False`` for anything without ``isatty``)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Progress:
    """A one-line counter drawn on stderr and cleared at the end.

    Drawn only when stderr is a terminal and records do not go to that terminal too
    (``records_to_terminal``), so it never mixes with output.
    """

    def __init__(
        self, stream: TextIO, total_bytes: int | None, *, enabled: bool, records_to_terminal: bool
    ) -> None:
        """Count towards ``total_bytes`` (``None``: unknown)."""
        self.stream = stream
        self.total = total_bytes
        self.enabled = enabled and isatty(stream) and not records_to_terminal
        self.lines = 0
        self.bytes = 0
        self.start = time.monotonic()
        self.shown = 0.0

    def update(self, row: Row) -> None:
        """Count one row; redraw at most five times a second."""
        self.lines += 1
        self.bytes += row.size if isinstance(row, Line) else len(row.raw)
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown < 0.2:
            return
        self.shown = now
        rate = self.lines / max(now - self.start, 1e-9)
        text = f"\r{self.lines:,} lines  {rate:,.0f}/s"
        if self.total:
            text += f"  {min(100.0, 100.0 * self.bytes / self.total):.0f}%"
        self.stream.write(text + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line."""
        if self.enabled and self.lines:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def file_size(path: str) -> int | None:
    """The size of a plain JSONL file, for the progress percentage (``None``: unknown).

    Unknown for standard input, gzip, Parquet and Arrow (their rows' sizes are not file bytes).
    """
    if path == "-" or path.endswith(".gz") or detect_format(path) != "jsonl":
        return None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


# -- options -----------------------------------------------------------------------------------


def split_fields(text: str) -> tuple[str, ...]:
    """``"a, b"`` -> ``("a", "b")`` (argparse type)."""
    fields = tuple(part.strip() for part in text.split(",") if part.strip())
    if not fields:
        msg = f"expected comma-separated field names; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return fields


def positive_int(text: str) -> int:
    """An integer >= 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive integer; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def finite_float(text: str) -> float:
    """A finite number (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        msg = f"expected a number; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def add_fields(parser: argparse.ArgumentParser, *, answer: bool = True) -> None:
    """``--completion-field``, ``--prompt-field`` and (with ``answer``) ``--answer-field``."""
    parser.add_argument(
        "--completion-field",
        default="completion",
        metavar="NAME",
        help="column holding the completion, a string or a message list (default: completion)",
    )
    parser.add_argument(
        "--prompt-field",
        default="prompt",
        metavar="NAME",
        help="column holding the prompt (default: prompt)",
    )
    if answer:
        parser.add_argument(
            "--answer-field",
            metavar="NAME",
            help="column holding the gold answer (default: each reward's own, "
            "'answer' then 'solution')",
        )


def add_rewards(parser: argparse.ArgumentParser, what: str, *, repeatable: bool = True) -> None:
    """``--reward/-r SPEC``."""
    parser.add_argument(
        "--reward",
        "-r",
        action="append",
        default=[],
        metavar="SPEC",
        help=f"{what}: a name from 'rewardkit list', optionally configured, e.g. "
        "'overlong_penalty(max_length=1024, buffer=128)'"
        + ("; repeatable" if repeatable else "; at most one"),
    )


def add_input(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """The input argument: ``FILE`` (``FILE ...`` with ``many``)."""
    what = "JSONL (.gz allowed), Parquet, or a saved datasets folder"
    if many:
        parser.add_argument("files", nargs="+", metavar="FILE", help=f"{what} files")
    else:
        parser.add_argument("file", metavar="FILE", help=f"{what}; - for stdin (JSONL)")


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """``--workers`` and ``--batch-size``."""
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        metavar="N",
        help="score with N processes (default: 1); results are identical and in order. "
        "Inputs that score in under a CPU-second stay in this process",
    )
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"rows scored together (default: {BATCH_SIZE})",
    )


def add_out(parser: argparse.ArgumentParser, what: str = "write here (default: stdout)") -> None:
    """``--out/-o FILE``."""
    parser.add_argument("--out", "-o", metavar="FILE", help=what)


# -- rewards -----------------------------------------------------------------------------------


def rewards_from(
    args: argparse.Namespace, *, default: Sequence[str] = DEFAULT_REWARDS
) -> tuple[WeightedReward, ...]:
    """The rewards named by ``--preset``, ``--config`` and ``--reward``, else ``default``."""
    return resolve_rewards(
        args.reward,
        preset=getattr(args, "preset", None),
        config=getattr(args, "config", None),
        default=default,
        answer_field=getattr(args, "answer_field", None),
        reserved=tuple(RESERVED),
    )


# -- input -------------------------------------------------------------------------------------


#: What to install for Parquet and Arrow input or output (works wherever pip does).
PYARROW_HINT = "pip install pyarrow"


def _need_pyarrow(what: str) -> None:
    try:
        import pyarrow  # noqa: F401 - optional dependency, imported here only to check
    except ImportError:
        msg = f"{what} needs pyarrow: {PYARROW_HINT}"
        raise UsageError(msg) from None


def check_readable(paths: Sequence[str]) -> None:
    """Raise :class:`UsageError` naming the first input that cannot be read.

    A path must be a readable file or a saved ``datasets`` folder; Parquet and Arrow inputs
    need pyarrow, checked here so a missing one stops the command before any output.
    """
    for path in paths:
        if path == "-":
            continue
        folder = Path(path)
        markers = ("state.json", "dataset_dict.json")
        if folder.is_dir() and not (
            any((folder / name).is_file() for name in markers) or any(folder.glob("*.arrow"))
        ):
            msg = (
                f"cannot read {path!r}: Is a directory, and not a saved datasets folder "
                "(no state.json or .arrow files)"
            )
            raise UsageError(msg)
        try:
            if not folder.is_dir():
                with open_input(path) as stream:
                    stream.read(0)
        except OSError as error:
            msg = f"cannot read {path!r}: {error.strerror or error}"
            raise UsageError(msg) from None
        kind = detect_format(path)
        if kind != "jsonl":
            _need_pyarrow(f"reading {path!r} ({'Parquet' if kind == 'parquet' else 'Arrow'})")


def read(path: str, progress: Progress | None = None) -> Iterator[Row]:
    """The rows of ``path`` (:func:`rewardkit.formats.read_unparsed`), counted by ``progress``.

    JSONL lines come unparsed (the scoring pool parses them where they are scored); Parquet
    and Arrow rows come parsed. A read error becomes :class:`UsageError`.
    """
    try:
        for row in read_unparsed(path):
            if progress is not None:
                progress.update(row)
            yield row
    except OSError as error:
        msg = f"cannot read {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None


def parsed(row: Row) -> Line:
    """``row`` as a parsed :class:`~rewardkit.jsonl.Line`."""
    return row if isinstance(row, Line) else row.parse()


def score(
    rows: Iterable[Row], plan: ScoringPlan, args: argparse.Namespace, keep: Sequence[str] = ()
) -> Iterator[dict[str, object]]:
    """Score ``rows`` with ``--workers`` processes (:class:`rewardkit.pool.ScoringPool`).

    Yields one record per row, in order: ``{"line": N, <reward>: score, ..., "total": t,
    <keep>: value, ...}``, with ``"error"`` for a row that could not be read or scored, and
    ``"explain"`` for a scored row when ``args.explain`` is set.
    """
    with scoring_pool(plan, args, keep) as scorer:
        yield from scorer.score(rows)


def scoring_pool(
    plan: ScoringPlan, args: argparse.Namespace, keep: Sequence[str] = ()
) -> pool.ScoringPool:
    """The one process pool of the command line, sized by ``--workers``.

    The crossover and shipment size are read from :mod:`rewardkit.pool` at each call.
    """
    return pool.ScoringPool(
        plan,
        workers=args.workers,
        batch_size=args.batch_size,
        keep=keep,
        explain=bool(getattr(args, "explain", False)),
        chunk_bytes=pool.CHUNK_BYTES,
        serial_seconds=pool.SERIAL_SECONDS,
    )


def check_columns(lines: Iterable[Row], path: str, plan: ScoringPlan) -> Iterator[Row]:
    """``lines`` unchanged, after checking the first readable rows for the needed columns.

    When none of the first :data:`FIRST_ROWS` readable rows has the completion column or a
    gold column a reward reads (:meth:`ScoringPlan.missing_column`), stop before any output
    with a :class:`UsageError` listing the keys seen and the option to pass. The first rows
    are read at once (before any output is opened), the rest lazily.
    """
    iterator = iter(lines)
    head: list[Row] = []
    rows: list[Mapping[str, object]] = []
    for line in iterator:
        head.append(line)
        record = parsed(line).record
        if record is not None:
            rows.append(record)
            if len(rows) >= FIRST_ROWS:
                break
    missing = plan.missing_column(rows)
    if missing is not None:
        where = f"the first {len(rows)} rows of {path!r} have" if len(rows) > 1 else f"{path!r} has"
        seen = ", ".join(repr(key) for key in missing.keys)
        expected = " or ".join(repr(column) for column in missing.columns)
        if missing.reader is None:
            option = f"--completion-field {missing.suggestion or 'NAME'}"
            msg = f"{where} no {expected} column (keys seen: {seen}); pass {option}"
        else:
            msg = (
                f"{where} no {expected} column (the gold answer {missing.reader} reads; "
                f"keys seen: {seen}); pass --answer-field NAME, or other --reward"
            )
        raise UsageError(msg)
    return itertools.chain(head, iterator)


# -- output ------------------------------------------------------------------------------------


@contextmanager
def output(path: str | None, stdout: TextIO, inputs: Sequence[str] = ()) -> Iterator[TextIO]:
    """``stdout``, or the file ``path`` (gzip for ``.gz``), refusing to overwrite an input."""
    if path is None or path == "-":
        yield stdout
        return
    file = Path(path)
    _refuse_input(file, path, inputs)
    try:
        if file.name.endswith(".gz"):
            stream: TextIO = gzip.open(file, "wt", encoding="utf-8")  # noqa: SIM115
        else:
            stream = file.open("w", encoding="utf-8")
    except OSError as error:
        msg = f"cannot write {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None
    with stream:
        yield stream


def is_parquet(path: str | None) -> bool:
    """Whether ``--out path`` asks for Parquet (``.parquet`` or ``.pq``)."""
    return path is not None and Path(path).suffix in (".parquet", ".pq")


@contextmanager
def record_output(
    path: str | None,
    stdout: TextIO,
    inputs: Sequence[str] = (),
    numeric: Sequence[str] = (),
) -> Iterator[Callable[[Mapping[str, object]], None]]:
    """A function writing one record: JSONL (:func:`output`), or Parquet for ``--out x.parquet``.

    Parquet (:func:`rewardkit.formats.open_writer`) stores ``numeric`` columns as float64,
    ``line`` as int64 and the rest as strings; it needs pyarrow.
    """
    if path is None or not is_parquet(path):
        with output(path, stdout, inputs) as out:

            def emit(record: Mapping[str, object]) -> None:
                out.write(dumps(record) + "\n")

            yield emit
        return
    _need_pyarrow(f"--out {path!r} (Parquet)")
    _refuse_input(Path(path), path, inputs)
    try:
        writer = open_writer(path, format="parquet", numeric=numeric)
    except OSError as error:
        msg = f"cannot write {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None
    except ConfigError as error:
        raise UsageError(str(error)) from None
    with writer:
        yield lambda record: writer.write((record,))


def _refuse_input(file: Path, path: str, inputs: Sequence[str]) -> None:
    for source in inputs:
        if source != "-" and file.exists() and file.samefile(source):
            msg = f"--out {path!r} is the input file: it would be overwritten before it is read"
            raise UsageError(msg)


def to_terminal(path: str | None, stdout: TextIO) -> bool:
    """Whether records written to ``path`` end up on a terminal."""
    return (path is None or path == "-") and isatty(stdout)


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps(record: Mapping[str, object]) -> str:
    """One JSON line (no newline); non-ASCII text as is, lone surrogates escaped."""
    return safe_text(_ENCODER.encode(record))
