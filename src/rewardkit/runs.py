r"""Runs over files of generations: read rows, score them, write records, count what failed.

What every front end that works on files needs, argument parsing apart: checking inputs before
any output is opened (:func:`check_readable`, :func:`check_columns`), reading rows
(:func:`read`), writing records that never fail to encode (:func:`record_output`,
:func:`dumps`), a progress line (:class:`Progress`), per-line messages capped at ten
(:class:`Messages`), and whole runs: :func:`score_file` (``rewardkit score``),
:func:`report_files` (``rewardkit report``), :func:`select_file` (``rewardkit filter``) and
:func:`completion_texts` (``rewardkit profile``). The command line is a thin argparse layer
over this module; scripts call it directly:

    >>> import io, json, tempfile, pathlib
    >>> from rewardkit import boxed_correct
    >>> from rewardkit.registry import WeightedReward
    >>> from rewardkit.scoring import ScoringPlan
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "gens.jsonl").write_text(
    ...     json.dumps({"completion": "so \\boxed{4}", "answer": "4"}) + "\n")
    >>> plan = ScoringPlan((WeightedReward(boxed_correct, 1.0),))
    >>> out = io.StringIO()
    >>> tally = score_file(str(folder / "gens.jsonl"), plan, stdout=out)
    >>> out.getvalue()
    '{"line": 1, "boxed_correct": 1.0, "total": 1.0}\n'
    >>> tally.failed
    0

Problems with the inputs or options of a run (an unreadable file, a missing column, an output
that would overwrite its input, a missing optional dependency) raise :class:`UsageError`
before any output is written; a row that cannot be read or scored is data: its record says why.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import itertools
import json
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TextIO

from rewardkit import pool
from rewardkit.errors import ConfigError, RewardkitError
from rewardkit.formats import RecordWriter, detect_format, open_writer, read_unparsed
from rewardkit.jsonl import Line, RawLine, open_input
from rewardkit.registry import resolve_rewards
from rewardkit.report import Report, RunningMean, behavior_records, step_from_name, text_table
from rewardkit.scoring import BATCH_SIZE, ScoringPlan
from rewardkit.selection import Selector, pair_record, sft_record
from rewardkit.text import completion_text, prompt_text

if TYPE_CHECKING:
    from rewardkit.explain import CheckpointExamples

__all__ = [
    "FIRST_ROWS",
    "MAX_MESSAGES",
    "PYARROW_HINT",
    "RAY_HINT",
    "RESERVED",
    "Emit",
    "Messages",
    "Progress",
    "Row",
    "Streams",
    "Tally",
    "UsageError",
    "behaviour_records_of",
    "check_columns",
    "check_keep",
    "check_readable",
    "checkpoint_rows",
    "completion_texts",
    "dumps",
    "file_size",
    "is_parquet",
    "isatty",
    "output",
    "parsed",
    "read",
    "record_output",
    "report_examples_of",
    "report_files",
    "report_plan",
    "require",
    "safe_text",
    "score_file",
    "score_file_with_ray",
    "scoring_pool",
    "select_file",
    "to_terminal",
    "write",
]

#: One input row as the readers give it: parsed, or (JSONL) a line still to be parsed.
Row = Line | RawLine

#: Writes one record (see :func:`record_output`).
Emit = Callable[[Mapping[str, object]], None]

#: Readable rows looked at before deciding that a file lacks a column altogether.
FIRST_ROWS = 5

#: Per-line messages written before the rest are only counted.
MAX_MESSAGES = 10

#: What to install for Parquet and Arrow input or output (works wherever pip does).
PYARROW_HINT = "pip install pyarrow"

#: What :func:`score_file_with_ray` needs (installs Ray Data from PyPI, wherever pip works).
RAY_HINT = "pip install 'ray[data]'"

#: Keys of a scored record that no reward name or kept column may take.
RESERVED = ("line", "total", "error")


class UsageError(RewardkitError):
    """A run cannot start: an unreadable input, a missing column, an output over its input.

    The command line reports it with the command's name and exit status 2.

    Examples:
        >>> check_readable(["/no/such/file.jsonl"])
        Traceback (most recent call last):
        ...
        rewardkit.runs.UsageError: cannot read '/no/such/file.jsonl': No such file or directory
    """


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
    r"""Write ``text`` through :func:`safe_text`.

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> write(out, "\ud800")
        >>> out.getvalue()
        '\\ud800'
    """
    stream.write(safe_text(text))


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps(record: Mapping[str, object]) -> str:
    r"""One JSON line (no newline); non-ASCII text as is, lone surrogates escaped.

    Examples:
        >>> dumps({"text": "é\ud800"})
        '{"text": "é\\ud800"}'
    """
    return safe_text(_ENCODER.encode(record))


class Messages:
    r"""Per-line messages: the first :data:`MAX_MESSAGES`, then a count of the rest.

    Examples:
        >>> import io
        >>> out = io.StringIO()
        >>> messages = Messages(out, limit=1)
        >>> messages.add("line 1: not JSON"); messages.add("line 2: not JSON")
        >>> messages.close()
        >>> out.getvalue(), messages.count
        ('line 1: not JSON\n... and 1 more\n', 2)
    """

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
    """Whether ``stream`` is a terminal (``False`` for anything without ``isatty``).

    Examples:
        >>> import io
        >>> isatty(io.StringIO())
        False
    """
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Progress:
    """A one-line counter drawn on a terminal and cleared at the end.

    Drawn only when ``stream`` is a terminal and records do not go to that terminal too
    (``records_to_terminal``), so it never mixes with output.

    Examples:
        >>> import io
        >>> progress = Progress(io.StringIO(), None, enabled=True, records_to_terminal=False)
        >>> progress.update(Line(1, {}, size=10)); progress.lines, progress.bytes
        (1, 10)
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

    @classmethod
    def of_run(cls, path: str, out: str | None, streams: Streams, *, enabled: bool) -> Progress:
        """The progress line of a run over ``path`` on ``streams.stderr``.

        Towards ``path``'s size (:func:`file_size`), and not drawn when the records go to
        ``out`` (``None``: ``streams.stdout``) on the same terminal (:func:`to_terminal`).
        """
        total, records = file_size(path), to_terminal(out, streams.stdout)
        return cls(streams.stderr, total, enabled=enabled, records_to_terminal=records)

    def update(self, row: Row) -> None:
        """Count one row (:meth:`advance`)."""
        self.advance(1, row.size if isinstance(row, Line) else len(row.raw))

    def advance(self, lines: int, size: int) -> None:
        """Count ``lines`` rows of ``size`` input bytes; redraw at most five times a second."""
        self.lines += lines
        self.bytes += size
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


class Streams(Protocol):
    """Where a front end writes: records and reports (``stdout``), the rest (``stderr``)."""

    stdout: TextIO
    stderr: TextIO


def file_size(path: str) -> int | None:
    """The size of a plain JSONL file, for the progress percentage (``None``: unknown).

    Unknown for standard input, gzip, Parquet and Arrow (their rows' sizes are not file bytes).
    The pool's size hint is another fact, :func:`rewardkit.pool.input_size` (any file's size).

    Examples:
        >>> file_size("-") is None
        True
    """
    if path == "-" or path.endswith(".gz") or detect_format(path) != "jsonl":
        return None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


def to_terminal(path: str | None, stdout: TextIO) -> bool:
    """Whether records written to ``path`` (``None`` or ``-``: ``stdout``) end up on a terminal.

    Examples:
        >>> import io
        >>> to_terminal(None, io.StringIO())
        False
    """
    return (path is None or path == "-") and isatty(stdout)


# -- input -------------------------------------------------------------------------------------


def require(*modules: str, message: str) -> None:
    """Raise :class:`UsageError` with ``message`` unless every one of ``modules`` imports.

    ``{name}`` in ``message`` becomes the name of the module that is missing.

    Examples:
        >>> require("json", message="needs {name}")
        >>> require("no_such_module_here", message="needs {name}: pip install it")
        Traceback (most recent call last):
        ...
        rewardkit.runs.UsageError: needs no_such_module_here: pip install it
    """
    try:
        for module in modules:
            __import__(module)  # the import statement's hook: tests can refuse a module
    except ImportError as error:
        raise UsageError(message.format(name=error.name or "")) from None


def check_readable(paths: Sequence[str]) -> None:
    """Raise :class:`UsageError` naming the first input that cannot be read.

    A path must be a readable file or a saved ``datasets`` folder (``-``: standard input);
    Parquet and Arrow inputs need pyarrow, checked here so a missing one stops the run before
    any output.
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
            what = "Parquet" if kind == "parquet" else "Arrow"
            require("pyarrow", message=f"reading {path!r} ({what}) needs pyarrow: {PYARROW_HINT}")


def read(path: str, progress: Progress | None = None) -> Generator[Row, None, None]:
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
    """``row`` as a parsed :class:`~rewardkit.jsonl.Line`.

    Examples:
        >>> parsed(RawLine(3, b'{"a": 1}')).record
        {'a': 1}
    """
    return row if isinstance(row, Line) else row.parse()


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


def completion_texts(
    path: str, field: str, messages: Messages, *, named: bool = False
) -> Iterator[str]:
    """The completions of ``path`` as text; unreadable lines go to ``messages``.

    With ``named``, each message starts with the path (several files are read).
    """
    for text, _ in completion_rows(path, field, messages, named=named):
        yield text


def completion_rows(
    path: str, field: str, messages: Messages, *, named: bool = False
) -> Iterator[tuple[str, Mapping[str, object]]]:
    """:func:`completion_texts`, each with its row (the other columns)."""
    prefix = f"{path}: " if named else ""
    for item in check_columns(read(path), path, ScoringPlan((), field)):
        line = parsed(item)
        row = line.record
        if row is None or field not in row:
            messages.add(prefix + (line.error or f"line {line.number}: missing column {field!r}"))
            continue
        yield completion_text(row[field]), row


# -- output ------------------------------------------------------------------------------------


def is_parquet(path: str | None) -> bool:
    """Whether an output ``path`` asks for Parquet (``.parquet`` or ``.pq``).

    Examples:
        >>> is_parquet("scores.parquet"), is_parquet("scores.jsonl"), is_parquet(None)
        (True, False, False)
    """
    return path is not None and Path(path).suffix in (".parquet", ".pq")


def _refuse_input(file: Path, path: str, inputs: Sequence[str]) -> None:
    for source in inputs:
        if source != "-" and file.exists() and file.samefile(source):
            msg = f"--out {path!r} is the input file: it would be overwritten before it is read"
            raise UsageError(msg)


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


@contextmanager
def record_output(
    path: str | None,
    stdout: TextIO,
    inputs: Sequence[str] = (),
    numeric: Sequence[str] = (),
) -> Iterator[Emit]:
    """A function writing one record: JSONL (:func:`output`), or Parquet for ``x.parquet``.

    Parquet (:func:`rewardkit.formats.open_writer`) stores ``numeric`` columns as float64,
    ``line`` as int64 and the rest as strings; it needs pyarrow.
    """
    if path is None or not is_parquet(path):
        with output(path, stdout, inputs) as out:

            def emit(record: Mapping[str, object]) -> None:
                out.write(dumps(record) + "\n")

            yield emit
        return
    with _parquet_output(path, inputs, numeric) as writer:
        yield lambda record: writer.write((record,))


@contextmanager
def _parquet_output(
    path: str, inputs: Sequence[str], numeric: Sequence[str]
) -> Iterator[RecordWriter]:
    """The Parquet writer of :func:`record_output`, with its checks and messages."""
    require("pyarrow", message=f"--out {path!r} (Parquet) needs pyarrow: {PYARROW_HINT}")
    _refuse_input(Path(path), path, inputs)
    try:
        writer = open_writer(path, format="parquet", numeric=numeric)
    except OSError as error:
        msg = f"cannot write {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None
    except ConfigError as error:
        raise UsageError(str(error)) from None
    with writer:
        yield writer


# -- runs --------------------------------------------------------------------------------------


def scoring_pool(
    plan: ScoringPlan,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    keep: Sequence[str] = (),
    explain: bool = False,
    size_hint: int | None = None,
) -> pool.ScoringPool:
    """The one process pool of a run (:class:`rewardkit.pool.ScoringPool`).

    The crossover and shipment size are read from :mod:`rewardkit.pool` at each call; with
    the input's size (``size_hint``), the shipments fit it (:func:`rewardkit.pool.chunk_bytes_for`).
    """
    return pool.ScoringPool(
        plan,
        workers=workers,
        batch_size=batch_size,
        keep=keep,
        explain=explain,
        chunk_bytes=pool.chunk_bytes_for(size_hint),
    )


class Tally:
    """The mean of every reward and of the total over scored records, and the failed count.

    Examples:
        >>> tally = Tally(["aha"])
        >>> tally.add({"aha": 1.0, "total": 1.0}); tally.add({"error": "line 2: not JSON"})
        >>> print(tally.summary(), end="")
        reward  mean   scored  n/a
        aha     1.000       1    0
        total   1.000       1    0
        2 lines: 1 scored, 1 failed
    """

    def __init__(self, names: Iterable[str]) -> None:
        """Count the rewards ``names`` and ``total``."""
        self.means = {name: RunningMean() for name in [*names, "total"]}
        self.failed = 0

    def add(self, record: Mapping[str, object]) -> None:
        """Count one record: failed when it has ``"error"``, else each score."""
        if "error" in record:
            self.failed += 1
            return
        for name, mean in self.means.items():
            mean.add(record[name])  # type: ignore[arg-type]

    def add_scored(self, scored: pool.Scored) -> None:
        """Count one shipment of encoded records by its counts (no record is decoded)."""
        self.failed += scored.failed
        for name, (total, count, missing) in scored.columns.items():
            mean = self.means[name]
            mean.total += total
            mean.scored += count
            mean.missing += missing

    def summary(self) -> str:
        """A table of the means, then the count of lines, scored and failed."""
        rows = [
            [name, "-" if s.mean is None else f"{s.mean:.3f}", str(s.scored), str(s.missing)]
            for name, s in self.means.items()
        ]
        scored = self.means["total"].scored + self.means["total"].missing
        text = text_table(["reward", "mean", "scored", "n/a"], rows, [False, True, True, True])
        return text + f"{scored + self.failed} lines: {scored} scored, {self.failed} failed\n"


def check_keep(keep: Sequence[str], plan: ScoringPlan, *, explain: bool = False) -> None:
    """Raise :class:`UsageError` when a kept column would overwrite a key of the record.

    The keys: the plan's reward names, :data:`RESERVED` and (with ``explain``) ``explain``.

    Examples:
        >>> from rewardkit.registry import WeightedReward, get_reward
        >>> check_keep(["total"], ScoringPlan((WeightedReward(get_reward("aha")),)))
        Traceback (most recent call last):
        ...
        rewardkit.runs.UsageError: --keep field 'total' clashes with a key of the output record
    """
    taken = {*plan.names, *RESERVED, *(("explain",) if explain else ())}
    clash = [name for name in keep if name in taken]
    if clash:
        msg = f"--keep field {clash[0]!r} clashes with a key of the output record"
        raise UsageError(msg)


def score_file(
    path: str,
    plan: ScoringPlan,
    *,
    out: str | None = None,
    stdout: TextIO,
    keep: Sequence[str] = (),
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    explain: bool = False,
    progress: Progress | None = None,
) -> Tally:
    """Score every row of ``path`` and write one record per row to ``out`` (else ``stdout``).

    Records (in input order): ``{"line": N, <reward>: score, ..., "total": t, <keep>: value,
    ...}``, with ``"error"`` for a row that could not be read or scored and ``"explain"`` with
    ``explain``. ``out`` is JSONL (``.gz`` allowed: one gzip member per shipment, compressed
    by the workers) or Parquet (``.parquet``). The input and the needed columns are checked
    before ``out`` is opened.

    Returns:
        the :class:`Tally` of the records written.

    Raises:
        UsageError: an unreadable input, a missing column, ``out`` is the input or cannot be
            written (a full disk).
        rewardkit.pool.WorkerError: a worker process died (the output is incomplete).
    """
    check_readable([path])
    tally = Tally(plan.names)
    size = pool.input_size(path)
    scorer = scoring_pool(
        plan, workers=workers, batch_size=batch_size, keep=keep, explain=explain, size_hint=size
    )
    try:
        if is_parquet(out) and explain:  # explanations are JSON: the records path
            rows = check_columns(read(path, progress), path, plan)
            with record_output(out, stdout, [path], list(tally.means)) as emit, scorer:
                for record in scorer.score(rows, size_hint=size):
                    tally.add(record)
                    emit(record)
            return tally
        lines = read(path)
        rows = check_columns(lines, path, plan)
        # A plain JSONL file is read by the workers themselves (rows then serve the check
        # only); anything else is scored from ``rows``: the pool decides (score_source).
        # Workers encode the records (JSONL bytes, gzip members for .gz, Arrow for Parquet):
        # nothing is decoded or compressed here; each shipment's counts make the summary.
        with _writing(out), contextlib.ExitStack() as stack:
            stack.enter_context(scorer)  # closed (workers stopped) whatever fails below
            stack.callback(lines.close)
            if is_parquet(out):
                assert out is not None
                writer = stack.enter_context(_parquet_output(out, [path], list(tally.means)))
                shipments = scorer.score_source(path, rows, encoding="arrow")
                write_bytes: Callable[[bytes], object] = writer.write_arrow
            elif out is not None and out.endswith(".gz"):  # gzip members, made by the workers
                binary = stack.enter_context(_binary_output(out, [path]))
                shipments = scorer.score_source(path, rows, encoding="gzip")
                write_bytes = binary.write
            else:
                shipments = scorer.score_source(path, rows)
                write_bytes = _byte_writer(stack.enter_context(output(out, stdout, [path])))
            for scored in _reading(path, shipments):
                write_bytes(scored.data)
                tally.add_scored(scored)
                if progress is not None:
                    progress.advance(scored.rows, scored.size)
    finally:
        if progress is not None:
            progress.close()
    return tally


@contextmanager
def _binary_output(path: str, inputs: Sequence[str]) -> Iterator[IO[bytes]]:
    """The file ``path`` opened to write bytes (gzip members), refusing to overwrite an input.

    A file left without a member (no rows) gets an empty one, so it is a valid gzip file.
    """
    file = Path(path)
    _refuse_input(file, path, inputs)
    try:
        stream = file.open("wb")
    except OSError as error:
        msg = f"cannot write {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None
    with stream:
        yield stream
        if not stream.tell():
            stream.write(gzip.compress(b"", mtime=0))


@contextmanager
def _writing(out: str | None) -> Iterator[None]:
    """An error writing ``out`` (a full disk) as :class:`UsageError`; a closed pipe passes."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        where = "the output" if out is None or out == "-" else repr(out)
        msg = f"cannot write {where}: {error.strerror or error}"
        raise UsageError(msg) from None


def _reading(path: str, shipments: Iterator[pool.Scored]) -> Iterator[pool.Scored]:
    """``shipments``, with an error reading ``path`` as :class:`UsageError` (as :func:`read`)."""
    try:
        yield from shipments
    except OSError as error:
        msg = f"cannot read {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None


def _byte_writer(stream: TextIO) -> Callable[[bytes], object]:
    """Write UTF-8 JSONL bytes to ``stream``: to its binary buffer when it has one in UTF-8.

    A text-only stream (``io.StringIO``) or one in another encoding gets the decoded text,
    which is what :func:`write` would have written.
    """
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None) or ""
    if buffer is None or codecs.lookup(encoding).name != "utf-8":
        return lambda data: stream.write(data.decode("utf-8"))
    stream.flush()
    return buffer.write  # type: ignore[no-any-return]


def score_file_with_ray(
    path: str,
    plan: ScoringPlan,
    *,
    out: str,
    address: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> None:
    """:func:`score_file` on Ray Data: the records of ``path`` into the folder ``out``.

    Joins the cluster at ``address`` (``None``: ``RAY_ADDRESS``, else a local Ray) unless this
    process is connected already; ``workers`` > 1 sets the scoring actors. Parquet records
    for an ``out`` ending with ``.parquet`` or ``.pq``, else JSONL
    (:func:`rewardkit.integrations.ray.score_with_ray`).

    Raises:
        UsageError: Ray Data is not installed, or ``address`` is given while this process is
            connected to Ray already.
    """
    require("ray", message=f"--engine ray needs Ray Data: {RAY_HINT}")
    import ray
    from rewardkit.integrations.ray import score_with_ray

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    elif address is not None:
        msg = "--ray-address given, but this process is already connected to Ray"
        raise UsageError(msg)
    score_with_ray(
        plan,
        path,
        out,
        output_format="parquet" if is_parquet(out) else "jsonl",
        batch_size=batch_size,
        concurrency=workers if workers > 1 else None,
    )


def report_plan(
    correct: str,
    reflection: str,
    means: Sequence[str] = (),
    *,
    answer_field: str | None = None,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
) -> tuple[ScoringPlan, Report]:
    """The plan and the empty :class:`~rewardkit.report.Report` of ``rewardkit report``.

    ``correct``, ``reflection`` and ``means`` are reward specs (each scored once): the
    correctness and reflection rewards, and those whose means are reported.

    Examples:
        >>> plan, report = report_plan("boxed_correct", "aha", ["aha"])
        >>> plan.names, report.correct, report.means
        (('boxed_correct', 'aha'), 'boxed_correct', ('aha',))
    """
    specs = list(dict.fromkeys([correct, reflection, *means]))
    rewards = resolve_rewards(specs, answer_field=answer_field, reserved=RESERVED)
    plan = ScoringPlan(rewards, completion_field, prompt_field)
    name = {spec: item.reward.name for spec, item in zip(specs, rewards, strict=True)}
    return plan, Report(name[correct], name[reflection], means=[name[spec] for spec in means])


def report_examples_of(
    paths: Sequence[str],
    plan: ScoringPlan,
    report: Report,
    *,
    k: int,
    seed: int = 0,
    step_field: str | None = None,
) -> list[CheckpointExamples]:
    """Per record of ``report`` (by step), ``k`` sampled examples (``report --examples K``).

    :func:`rewardkit.explain.report_examples` over each checkpoint's rows
    (:func:`checkpoint_rows`), with the report's correctness and reflection rewards.
    """
    from rewardkit.explain import report_examples

    rewards = {item.reward.name: item.reward for item in plan.rewards}
    return report_examples(
        checkpoint_rows(paths, report.records(), step_field, plan.completion_field),
        correct=rewards[report.correct],
        reflection=rewards[report.reflection],
        k=k,
        seed=seed,
        completion_field=plan.completion_field,
        prompt_field=plan.prompt_field,
    )


def report_files(
    paths: Sequence[str],
    plan: ScoringPlan,
    report: Report,
    *,
    labels: Sequence[str] = (),
    step_field: str | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Score every row of ``paths`` into ``report``; return the count of failed rows.

    Each file's step comes from its name (:func:`rewardkit.report.step_from_name`), or per row
    from ``step_field``; ``labels`` (one per path) name the rows of the report.

    Raises:
        UsageError: ``step_field`` is a key of the scored record, or an input cannot be read.
    """
    if step_field is not None and step_field in (*plan.names, *RESERVED):
        msg = f"--step-field {step_field!r} clashes with a key of the scored record"
        raise UsageError(msg)
    failed = 0
    keep = (step_field,) if step_field else ()
    sizes = [pool.input_size(path) for path in paths]
    total = None if None in sizes else sum(size or 0 for size in sizes)
    scorer = scoring_pool(plan, workers=workers, batch_size=batch_size, keep=keep, size_hint=total)
    with scorer:
        for i, path in enumerate(paths):
            label = labels[i] if labels else None
            file_step = None if step_field else step_from_name(path)
            rows = 0
            lines = check_columns(read(path), path, ScoringPlan((), plan.completion_field))
            for record in scorer.score(lines, size_hint=sizes[i]):
                rows += 1
                step = _step(record, step_field) if step_field else file_step
                scores: dict[str, float | None] | None = None
                if "error" in record:
                    failed += 1
                else:
                    scores = {name: record[name] for name in plan.names}  # type: ignore[misc]
                report.add(path, scores, step=step, label=label)
            if not rows:  # an empty file still gets its row
                report.start(path, step=file_step, label=label)
    return failed


def _step(row: Mapping[str, object], field: str) -> object:
    value = row.get(field)
    return value if isinstance(value, (int, float, str)) else None


def checkpoint_rows(
    paths: Sequence[str],
    records: Sequence[Mapping[str, object]],
    step_field: str | None,
    completion_field: str,
) -> list[tuple[str, list[Mapping[str, object]]]]:
    """One ``(label, rows)`` per report record, in the report's order (by step).

    Each checkpoint's rows are its file's rows, with ``{}`` standing in for a row that is
    unreadable or belongs to another step, so a row's index + 1 is its line in the file.
    """
    empty: Mapping[str, object] = {}
    by_file: dict[str, list[Mapping[str, object]]] = {}
    for path in dict.fromkeys(paths):
        lines = check_columns(read(path), path, ScoringPlan((), completion_field))
        by_file[path] = [parsed(item).record or empty for item in lines]
    checkpoints = []
    for record in records:
        path, step = str(record["file"]), record["step"]
        rows = by_file.get(path, [])
        if step_field is not None:
            rows = [row if _step(row, step_field) == step else empty for row in rows]
        label = str(record["label"])
        if step_field is not None and step is not None:
            label += f" (step {step})"
        checkpoints.append((label, rows))
    return checkpoints


def select_file(
    path: str,
    plan: ScoringPlan,
    selector: Selector,
    messages: Messages,
    *,
    out: str | None = None,
    stdout: TextIO,
    keep: Sequence[str] = (),
    as_messages: bool = False,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> None:
    """Offer every scored row of ``path`` to ``selector``; write SFT records or DPO pairs.

    The plan's one reward decides. Rows that fail go to ``messages``. Kept rows become
    :func:`rewardkit.selection.sft_record` records, written to ``out`` (JSONL or Parquet, else
    ``stdout``) as they come; with pairs (``selector.rules.pairs``) the
    :func:`rewardkit.selection.pair_record` records follow at the end. ``keep`` fields are
    copied into each record. The input and its columns are checked before ``out`` is opened.

    Raises:
        UsageError: an unreadable input, a missing column, an input column that clashes with
            a key of the scored record.
    """
    check_readable([path])
    name = plan.names[0]
    prompt_field, completion_field = plan.prompt_field, plan.completion_field
    columns = tuple(dict.fromkeys((prompt_field, completion_field, *keep)))
    clash = [column for column in columns if column in (name, "line", "total", "error")]
    if clash:
        msg = f"column {clash[0]!r} clashes with a key of the scored record; rename it"
        raise UsageError(msg)
    lines = check_columns(read(path), path, plan)
    size = pool.input_size(path)
    scorer = scoring_pool(
        plan, workers=workers, batch_size=batch_size, keep=columns, size_hint=size
    )
    with record_output(out, stdout, [path]) as emit, scorer:
        for scored in scorer.score(lines, size_hint=size):
            error = scored.get("error")
            if error is not None:
                messages.add(str(error))
                continue
            row = {column: scored[column] for column in columns}
            prompt, completion = row[prompt_field], row[completion_field]
            reward_score = scored[name]
            assert reward_score is None or isinstance(reward_score, float)
            outcome = selector.offer(
                prompt_text(prompt),
                completion_text(completion),
                reward_score,
                prompt=prompt,
                row=row,
            )
            if outcome == "kept":
                record = sft_record(prompt, completion, messages=as_messages)
                record.update({key: row.get(key) for key in keep})
                emit(record)
        for prompt, good, bad in selector.pairs():
            assert isinstance(good, dict)  # rows, as offered
            assert isinstance(bad, dict)
            chosen, rejected = good[completion_field], bad[completion_field]
            record = pair_record(prompt, chosen, rejected, messages=as_messages)
            record.update({key: good.get(key) for key in keep})
            emit(record)


def behaviour_records_of(
    paths: Sequence[str], completion_field: str, messages: Messages, prompt_field: str = "prompt"
) -> list[dict[str, object]]:
    """Per file, how many completions show each cognitive behaviour (``profile --behaviours``).

    :func:`rewardkit.reflect.profile` over each file's completions, as
    :func:`rewardkit.report.behavior_records`; unreadable lines go to ``messages``, named by
    their file when there are several. A Countdown row's ``target`` / ``nums`` columns and
    its prompt give the target of unworded backtracking
    (:func:`rewardkit.reflect.attempts.row_context`).
    """
    from rewardkit.reflect import profile
    from rewardkit.reflect.attempts import row_context

    profiles, failed = [], []
    for path in paths:
        before = messages.count
        rows = completion_rows(path, completion_field, messages, named=len(paths) > 1)
        texts, known = itertools.tee(rows)
        profiles.append(
            (
                path,
                profile(
                    (text for text, _ in texts),
                    targets=(row_context(row, prompt_field=prompt_field) for _, row in known),
                ),
            )
        )
        failed.append(messages.count - before)
    return behavior_records(profiles, failed=failed)
