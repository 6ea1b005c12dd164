"""The scoring engine: rows in, one record per row out, in order (no I/O).

A :class:`ScoringPlan` says what to score (weighted rewards) and where a row keeps its
completion and prompt. It is picklable, so a process pool, a reward server or a distributed
engine sends it once to each worker. Rows are scored in chunks, one
:class:`~rewardkit.reward.Batch` (:meth:`~rewardkit.reward.Batch.from_rows`) per chunk, so
texts are converted once and group-relative rewards see a prompt's completions together.

- :func:`score_rows`: any iterable of dict rows -> one record per row (``{name: score, ...,
  "total": ...}``, or the same with ``"error"``).
- :func:`score_lines`: :class:`~rewardkit.jsonl.Line` input, in this process (processes:
  :class:`rewardkit.pool.ScoringPool`, which ``rewardkit score --workers N`` uses).
- :func:`weighted_total`: the plan's weighted sum of one row's scores
  (:func:`rewardkit.compose.weighted_sum`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rewardkit._validate import Check, column_name, validate_fields
from rewardkit.compose import weighted_sum
from rewardkit.jsonl import Line
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch

__all__ = [
    "BATCH_BYTES",
    "BATCH_SIZE",
    "GROUP_SLACK",
    "MissingColumn",
    "Outcome",
    "Scores",
    "ScoringPlan",
    "score_chunk",
    "score_lines",
    "score_rows",
    "weighted_total",
]

#: Rows scored together in one :class:`~rewardkit.reward.Batch` (one task for a worker).
BATCH_SIZE = 256

#: A chunk of input lines ends once it holds this many bytes of input, whatever its row count,
#: so memory follows bytes, not rows (40 lines of 10 MB are scored one at a time).
BATCH_BYTES = 16 * 1024 * 1024

#: A chunk grows past ``batch_size`` to keep a prompt's rows together, up to this many times.
GROUP_SLACK = 16

#: One row's scores, by reward name (``None``: not applicable).
Scores = dict[str, float | None]
#: One row's result: ``(scores, None)`` or ``(None, "problem")``.
Outcome = tuple[Scores | None, str | None]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class MissingColumn:
    """A column none of the rows looked at holds (:meth:`ScoringPlan.missing_column`).

    Attributes:
        columns: the column expected (any one of them, for gold answers).
        reader: the reward that reads it, ``None`` for the completion column.
        keys: the keys the rows have, sorted.
        suggestion: for the completion column, the key most likely to hold completions (the
            one with the longest text or a list), or ``None``.
    """

    columns: tuple[str, ...]
    reader: str | None
    keys: tuple[str, ...]
    suggestion: str | None = None


def _likely_completion(rows: Sequence[Mapping[str, object]]) -> str | None:
    lengths: dict[str, int] = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, (str, list)):
                size = len(value) if isinstance(value, str) else 1_000_000
                lengths[key] = max(lengths.get(key, 0), size)
    return max(lengths, key=lambda key: lengths[key]) if lengths else None


_REWARDS = Check(
    "a tuple of WeightedReward",
    lambda value: (
        isinstance(value, tuple) and all(isinstance(item, WeightedReward) for item in value)
    ),
)
_COLUMNS = Check(
    "a tuple of column names",
    lambda value: (
        isinstance(value, tuple) and all(isinstance(item, str) and item for item in value)
    ),
)


@dataclass(frozen=True, slots=True)
class ScoringPlan:
    """What to score and where to find it in a row; picklable, sent once to each worker.

    Attributes:
        rewards: the rewards and their weights.
        completion_field: the column holding the completion (string or message list).
        prompt_field: the column holding the prompt (passed to rewards as ``prompts``).
        required: extra columns every row must have (e.g. the prompt for ``filter``).

    Examples:
        >>> from rewardkit import boxed_correct
        >>> plan = ScoringPlan((WeightedReward(boxed_correct, 2.0),))
        >>> plan.names
        ('boxed_correct',)
        >>> ScoringPlan((boxed_correct,))
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: rewards must be a tuple of WeightedReward; got (<Reward ...>,)
        >>> plan.problem({"completion": 4})
        "column 'completion' is a number; expected a string or a message list"
        >>> plan.problem({"completion": "4"}) is None  # no gold: scored None, as "answer": null
        True
    """

    rewards: tuple[WeightedReward, ...] = field(metadata={"check": _REWARDS})
    completion_field: str = field(default="completion", metadata={"check": column_name()})
    prompt_field: str = field(default="prompt", metadata={"check": column_name()})
    required: tuple[str, ...] = field(default=(), metadata={"check": _COLUMNS})

    def __post_init__(self) -> None:
        """Validate the fields (see :mod:`rewardkit._validate`)."""
        validate_fields(self)

    @property
    def names(self) -> tuple[str, ...]:
        """The rewards' names, in order (the keys of a record's scores)."""
        return tuple(item.reward.name for item in self.rewards)

    def missing_column(self, rows: Sequence[Mapping[str, object]]) -> MissingColumn | None:
        """A column that none of ``rows`` (e.g. a file's first rows) has, or ``None``.

        The completion column is checked first, then each reward's gold columns (any one
        will do). A file whose first rows lack a column is most likely misnamed, not sparse:
        callers stop early instead of reporting every row.

        Examples:
            >>> from rewardkit import boxed_correct
            >>> plan = ScoringPlan((WeightedReward(boxed_correct),))
            >>> plan.missing_column([{"response": "so 4", "answer": "4", "id": 1}])
            MissingColumn(columns=('completion',), reader=None, keys=('answer', 'id', \
'response'), suggestion='response')
            >>> plan.missing_column([{"completion": "4", "final": "4"}]).columns
            ('answer', 'solution')
        """
        if not rows:
            return None
        keys = tuple(sorted({key for row in rows for key in row}))
        if not any(self.completion_field in row for row in rows):
            return MissingColumn((self.completion_field,), None, keys, _likely_completion(rows))
        for item in self.rewards:
            gold = item.reward.gold
            if gold and not any(name in row for row in rows for name in gold):
                return MissingColumn(gold, item.reward.name, keys)
        return None

    def problem(self, row: Mapping[str, object]) -> str | None:
        """Why ``row`` cannot be scored, or ``None``.

        A row needs its completion, a string or a message list (a number or ``null`` is a
        problem, not an empty text), the ``required`` columns and each reward's required
        columns. A missing gold column is not a problem: it reads as ``null``, and rewards
        that need a gold answer score the row ``None`` (not applicable).
        """
        for name in (self.completion_field, *self.required):
            if name not in row:
                return f"missing column {name!r}"
        completion = row[self.completion_field]
        if not isinstance(completion, (str, list, dict)):
            kind = _json_kind(completion)
            return (
                f"column {self.completion_field!r} is {kind}; expected a string or a message list"
            )
        for item in self.rewards:
            reward = item.reward
            for name in reward.requires:
                if name not in row:
                    return f"missing column {name!r} (read by {reward.name})"
        return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return f"a {type(value).__name__}"


def weighted_total(
    rewards: Sequence[WeightedReward], scores: Mapping[str, float | None]
) -> float | None:
    """``sum(weight * score)`` over the rewards that scored; ``None`` when none did.

    A ``None`` score ("not applicable") adds nothing, as in TRL's ``nansum``
    (:func:`rewardkit.compose.weighted_sum`).

    Examples:
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> a = Reward(name="a", scorer=TextScorer(has_boxed))
        >>> b = Reward(name="b", scorer=TextScorer(has_boxed))
        >>> plan = [WeightedReward(a, 1.0), WeightedReward(b, 0.5)]
        >>> weighted_total(plan, {"a": 1.0, "b": 0.5})
        1.25
        >>> weighted_total(plan, {"a": 1.0, "b": None}), weighted_total(plan, {"a": None})
        (1.0, None)
    """
    return weighted_sum(
        [scores.get(item.reward.name) for item in rewards], [item.weight for item in rewards]
    )


class _RewardFailedError(Exception):
    pass


def _score_batch(plan: ScoringPlan, rows: Sequence[Mapping[str, object]]) -> list[Scores]:
    batch = Batch.from_rows(
        rows, completion_field=plan.completion_field, prompt_field=plan.prompt_field
    )
    for item in plan.rewards:  # no gold column in any row: every row reads null
        gold = item.reward.gold
        if gold and not any(name in batch.columns for name in gold):
            batch.columns[gold[0]] = [None] * len(rows)
    results: list[Scores] = [{} for _ in rows]
    for item in plan.rewards:
        reward = item.reward
        try:
            values = reward.score_batch(batch)
        except Exception as error:
            message = f"{reward.name}: {type(error).__name__}: {error}"
            raise _RewardFailedError(message) from error
        for result, value in zip(results, values, strict=True):
            result[reward.name] = value
    return results


def _score_records(
    plan: ScoringPlan, records: Sequence[Mapping[str, object] | None]
) -> list[Outcome]:
    """Score rows (``None``: unreadable, left to the caller): one outcome per row, in order.

    Rows lacking a needed column get their problem; the others are scored together in one
    Batch; if that fails, each row is scored alone so one bad row cannot take its neighbours
    with it.
    """
    outcomes: list[Outcome] = []
    valid: list[int] = []
    for record in records:
        if record is None:
            outcomes.append((None, "unreadable"))
            continue
        problem = plan.problem(record)
        outcomes.append((None, problem))
        if problem is None:
            valid.append(len(outcomes) - 1)
    if not valid:
        return outcomes
    rows = [records[i] or {} for i in valid]
    try:
        scored = _score_batch(plan, rows)
    except Exception:
        for i, row in zip(valid, rows, strict=True):
            try:
                outcomes[i] = (_score_batch(plan, [row])[0], None)
            except Exception as error:  # noqa: PERF203 - reported in the row's record
                outcomes[i] = (None, str(error))
    else:
        for i, scores in zip(valid, scored, strict=True):
            outcomes[i] = (scores, None)
    return outcomes


def score_chunk(plan: ScoringPlan, lines: Sequence[Line]) -> list[Outcome]:
    """Score a chunk of input lines: one ``(scores, error)`` per line, in order.

    Args:
        plan: what to score.
        lines: input lines from :func:`rewardkit.jsonl.read_lines`.

    Returns:
        ``(scores, None)`` for a scored line, ``(None, "line N: <problem>")`` otherwise.
    """
    outcomes = _score_records(plan, [line.record for line in lines])
    for i, (line, (scores, error)) in enumerate(zip(lines, outcomes, strict=True)):
        if line.record is None:
            outcomes[i] = (None, line.error or f"line {line.number}: unreadable")
        elif error is not None:
            outcomes[i] = (scores, f"line {line.number}: {error}")
    return outcomes


def _chunks(
    items: Iterable[_T],
    size: int,
    key: Callable[[_T], object],
    weight: Callable[[_T], int] | None = None,
    max_weight: int = BATCH_BYTES,
) -> Iterator[list[_T]]:
    """Chunks of ``size`` items, never splitting a run of items with the same ``key``.

    A run longer than ``size * GROUP_SLACK`` is split all the same, and a chunk whose items
    ``weight`` (bytes) reach ``max_weight`` ends at once, group or not: memory stays bounded
    by rows and by bytes.

    Examples:
        >>> [len(c) for c in _chunks(range(10), 4, key=lambda i: i)]
        [4, 4, 2]
        >>> [len(c) for c in _chunks(range(10), 4, key=lambda i: 0, weight=lambda i: 10,
        ...  max_weight=25)]
        [3, 3, 3, 1]
    """
    chunk: list[_T] = []
    last: object = None
    total = 0
    for item in items:
        current = key(item)
        if len(chunk) >= size and (current != last or len(chunk) >= size * GROUP_SLACK):
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        last = current
        if weight is not None:
            total += weight(item)
            if total >= max_weight:
                yield chunk
                chunk, total = [], 0
    if chunk:
        yield chunk


def score_rows(
    plan: ScoringPlan, rows: Iterable[object], *, batch_size: int = BATCH_SIZE
) -> Iterator[dict[str, object]]:
    r"""Score dict rows in order, in constant memory: one record per row.

    A record holds every reward's score under its name (``None``: not applicable) and the
    weighted ``total`` (:func:`weighted_total`). A row that is not a mapping, lacks a needed
    column or whose scoring raises gets the same keys, all ``None``, plus ``"error": "row I:
    <problem>"`` (``I`` counts rows from 0). Chunks of ``batch_size`` rows never split a run
    of rows with the same prompt (up to ``GROUP_SLACK`` times that size).

    Args:
        plan: what to score (picklable: build it once, send it to workers).
        rows: any iterable of mappings (JSONL records, a dataset's rows, a server's requests).
        batch_size: rows per :class:`~rewardkit.reward.Batch`.

    Yields:
        One record per row, in input order.

    Examples:
        >>> from rewardkit import boxed_correct
        >>> plan = ScoringPlan((WeightedReward(boxed_correct, 2.0),))
        >>> rows = [{"completion": "so \\boxed{4}", "answer": "4"}, {"completion": "4"},
        ...         {"completion": None}, 7]
        >>> good, no_gold, null, wrong = score_rows(plan, rows)
        >>> good, no_gold
        ({'boxed_correct': 1.0, 'total': 2.0}, {'boxed_correct': None, 'total': None})
        >>> null["error"]
        "row 2: column 'completion' is null; expected a string or a message list"
        >>> wrong["error"]
        'row 3: not a JSON object (a mapping); got int'
    """
    names = plan.names
    prompt_field = plan.prompt_field

    def prompt(item: tuple[int, object]) -> object:
        row = item[1]
        return row.get(prompt_field) if isinstance(row, Mapping) else None

    for chunk in _chunks(enumerate(rows), batch_size, prompt):
        records = [row if isinstance(row, Mapping) else None for _, row in chunk]
        outcomes = _score_records(plan, records)
        for (index, row), (scores, error) in zip(chunk, outcomes, strict=True):
            record: dict[str, object] = {
                name: None if scores is None else scores.get(name) for name in names
            }
            record["total"] = None if scores is None else weighted_total(plan.rewards, scores)
            if error is not None:
                if not isinstance(row, Mapping):
                    error = f"not a JSON object (a mapping); got {type(row).__name__}"
                record["error"] = f"row {index}: {error}"
            yield record


def _pair(
    chunk: Sequence[Line], outcomes: Sequence[Outcome]
) -> Iterator[tuple[Line, Scores | None, str | None]]:
    for line, (scores, error) in zip(chunk, outcomes, strict=True):
        yield line, scores, error


def score_lines(
    lines: Iterable[Line],
    plan: ScoringPlan,
    *,
    batch_size: int = BATCH_SIZE,
    batch_bytes: int = BATCH_BYTES,
) -> Iterator[tuple[Line, Scores | None, str | None]]:
    """Score input lines in order, in constant memory, in this process.

    Lines are scored in chunks of ``batch_size`` (one :class:`~rewardkit.reward.Batch` each).
    A chunk never ends inside a run of consecutive lines with the same prompt (up to
    ``GROUP_SLACK * batch_size`` lines), so group-relative rewards such as ``kimi_length`` see
    every completion of a prompt when the file keeps them together, whatever the batch size.
    To score with several processes, use :class:`rewardkit.pool.ScoringPool` (the one process
    pool: ``rewardkit score --workers N``), whose records equal these scores.

    A chunk also ends as soon as its lines hold ``batch_bytes`` bytes of input, so the lines
    held at once total at most ``batch_bytes`` plus one line: memory follows bytes, not rows.

    Args:
        lines: input lines.
        plan: what to score.
        batch_size: lines per chunk.
        batch_bytes: input bytes per chunk, at most (plus one line).

    Yields:
        ``(line, scores, error)`` per input line, in order.
    """
    prompt_field = plan.prompt_field

    def prompt(line: Line) -> object:
        return None if line.record is None else line.record.get(prompt_field)

    chunks = _chunks(lines, batch_size, prompt, lambda line: line.size, batch_bytes)
    for chunk in chunks:
        yield from _pair(chunk, score_chunk(plan, chunk))
