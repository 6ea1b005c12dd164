r"""Explain rows and files: ``rewardkit explain``, ``score --explain``, ``report --examples``.

- :func:`explain_rows`: dict rows in, one ``{reward name: explanation dict}`` per row out
  (what ``score --explain`` adds to each record as ``"explain"``).
- :func:`explain_line` / :func:`format_explanation`: one row of a file (JSONL, Parquet, a saved
  datasets folder), explained by each reward, as human text (``rewardkit explain FILE --line N``).
- :func:`report_examples` / :func:`format_examples`: per checkpoint, up to ``k`` sampled
  completions that newly earned the reflection reward and ``k`` that earned correctness, with
  their explanations (``report --examples K``).

Examples:
    >>> from rewardkit import boxed_correct
    >>> rows = [{"completion": "so \\boxed{4}", "answer": "4"}]
    >>> [record["boxed_correct"]["score"] for record in explain_rows([boxed_correct], rows)]
    [1.0]
"""

from __future__ import annotations

import random
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from rewardkit.errors import ConfigError
from rewardkit.explanation import Explanation
from rewardkit.formats import read_rows
from rewardkit.jsonl import Line
from rewardkit.reward import Batch, Reward

__all__ = [
    "CheckpointExamples",
    "Example",
    "explain_line",
    "explain_row",
    "explain_rows",
    "format_examples",
    "format_explanation",
    "report_examples",
]

#: Rows explained together in one Batch by :func:`explain_rows`.
CHUNK = 256


def _missing(rewards: Sequence[Reward], row: Mapping[str, object], completion_field: str) -> str:
    if completion_field not in row:
        return f"missing column {completion_field!r}"
    for reward in rewards:
        if reward.gold and not any(name in row for name in reward.gold):
            expected = " or ".join(repr(name) for name in reward.gold)
            return f"missing column {expected} (the gold answer {reward.name} reads)"
        for name in reward.requires:
            if name not in row:
                return f"missing column {name!r} (read by {reward.name})"
    return ""


def explain_row(
    rewards: Sequence[Reward],
    row: Mapping[str, object],
    *,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
) -> list[Explanation]:
    r"""Each reward's explanation of one dict row.

    Raises:
        ConfigError: the row lacks a column a reward needs (naming it).

    Examples:
        >>> from rewardkit import boxed_correct
        >>> explain_row([boxed_correct], {"completion": "\\boxed{5}", "answer": "4"})[0].score
        0.0
    """
    problem = _missing(rewards, row, completion_field)
    if problem:
        raise ConfigError(problem)
    batch = Batch.from_rows([row], completion_field=completion_field, prompt_field=prompt_field)
    return [reward.explain_batch(batch)[0] for reward in rewards]


def explain_rows(
    rewards: Sequence[Reward],
    rows: Iterable[Mapping[str, object]],
    *,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
    chunk_size: int = CHUNK,
) -> Iterator[dict[str, object]]:
    """One record per row: ``{reward name: Explanation.to_dict()}``, or ``{"error": ...}``.

    Rows are explained in chunks of ``chunk_size`` (one :class:`~rewardkit.reward.Batch` each,
    so group-relative rewards see their group: pass the chunks the scores came from to get the
    same scores); a row lacking a needed column gets ``{"error": "missing column ..."}``.

    Raises:
        ConfigError: ``chunk_size`` is not a positive integer.
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        msg = f"chunk_size must be a positive integer; got {chunk_size!r}"
        raise ConfigError(msg)
    chunk: list[Mapping[str, object]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= chunk_size:
            yield from _explain_chunk(rewards, chunk, completion_field, prompt_field)
            chunk = []
    if chunk:
        yield from _explain_chunk(rewards, chunk, completion_field, prompt_field)


def _explain_chunk(
    rewards: Sequence[Reward],
    rows: Sequence[Mapping[str, object]],
    completion_field: str,
    prompt_field: str,
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = [{} for _ in rows]
    valid: list[int] = []
    for i, row in enumerate(rows):
        problem = _missing(rewards, row, completion_field)
        if problem:
            out[i] = {"error": problem}
        else:
            valid.append(i)
    if not valid:
        return out
    batch = Batch.from_rows(
        [rows[i] for i in valid], completion_field=completion_field, prompt_field=prompt_field
    )
    for reward in rewards:
        for i, explanation in zip(valid, reward.explain_batch(batch), strict=True):
            out[i][reward.name] = explanation.to_dict()
    return out


def explain_line(
    path: str | Path,
    line: int,
    rewards: Sequence[Reward],
    *,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
) -> list[Explanation]:
    """Each reward's explanation of row ``line`` (1-based, as an editor counts) of a file.

    The file is read by :func:`rewardkit.formats.read_rows`: JSONL (``.gz`` allowed), Parquet
    or a saved datasets folder, numbered as ``rewardkit score`` numbers its records.

    Raises:
        ConfigError: ``line`` is not a positive integer, the file has no such line, the line
            is not a JSON object, it lacks a column a reward needs, or pyarrow is needed and
            missing.
        OSError: the file cannot be opened.
    """
    if isinstance(line, bool) or not isinstance(line, int) or line < 1:
        msg = f"line must be a positive integer; got {line!r}"
        raise ConfigError(msg)
    with closing(cast("Generator[Line, None, None]", read_rows(path))) as rows:
        for item in rows:
            if item.number < line:
                continue
            if item.number > line or item.record is None:
                break
            return explain_row(
                rewards, item.record, completion_field=completion_field, prompt_field=prompt_field
            )
    msg = f"line must name a line holding a JSON object in {str(path)!r}; got {line}"
    raise ConfigError(msg)


def format_explanation(
    explanations: Sequence[Explanation], *, title: str = "", completion: str = ""
) -> str:
    r"""Human text: an optional title, the completion's last 300 characters, each explanation.

    Examples:
        >>> print(format_explanation([Explanation(1.0, "demo", {"length": 3})], title="line 1"))
        line 1
        demo = 1
          length: 3
        <BLANKLINE>
    """
    parts: list[str] = []
    if title:
        parts.append(title)
    if completion:
        tail = completion if len(completion) <= 300 else "..." + completion[-300:]
        parts.append("completion (end): " + tail.replace("\n", "\\n"))
    parts.extend(str(explanation) for explanation in explanations)
    return "\n".join(parts) + "\n"


@dataclass(frozen=True, slots=True)
class Example:
    """One sampled completion of a checkpoint: its row index, its text and why it scored."""

    index: int
    completion: str
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class CheckpointExamples:
    """The examples :func:`report_examples` picked at one checkpoint.

    Attributes:
        label: the checkpoint's label (a file name, a step).
        reflection: completions that newly earned the reflection reward.
        correct: completions that earned the correctness reward.
        new_reflection: how many completions newly earned the reflection reward (sampled from).
        correct_count: how many earned correctness (sampled from).
    """

    label: str
    reflection: tuple[Example, ...] = ()
    correct: tuple[Example, ...] = ()
    new_reflection: int = 0
    correct_count: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """The examples as JSON-ready data (``report --examples --format json``).

        Each example is ``{"line": index + 1, "completion": ..., "explanation": {...}}``.

        Examples:
            >>> CheckpointExamples("ckpt-100", new_reflection=3).to_dict()
            {'new_reflection': 3, 'correct': 0, 'reflection_examples': [], 'correct_examples': []}
        """

        def listed(examples: Sequence[Example]) -> list[dict[str, object]]:
            return [
                {
                    "line": example.index + 1,
                    "completion": example.completion,
                    "explanation": example.explanation.to_dict(),
                }
                for example in examples
            ]

        return {
            "new_reflection": self.new_reflection,
            "correct": self.correct_count,
            "reflection_examples": listed(self.reflection),
            "correct_examples": listed(self.correct),
        }


def _key(row: Mapping[str, object], prompt_field: str, index: int) -> object:
    value = row.get(prompt_field)
    if value is None:
        return ("row", index)  # no prompt: every completion is its own question
    return value if isinstance(value, str) else repr(value)


def report_examples(
    checkpoints: Sequence[tuple[str, Sequence[Mapping[str, object]]]],
    *,
    correct: Reward,
    reflection: Reward,
    k: int,
    seed: int = 0,
    completion_field: str = "completion",
    prompt_field: str = "prompt",
) -> list[CheckpointExamples]:
    r"""Per checkpoint (in the order given: sort them by step), ``k`` sampled examples of each kind.

    A completion *earns* a reward when it scores above 0. It *newly* earns the reflection
    reward when no completion of the same prompt (``prompt_field``) earned it at the previous
    checkpoint (at the first checkpoint, every earner is new; rows without a prompt are their
    own question). Samples are drawn with ``random.Random(seed)``, so a report is
    reproducible. Rows lacking a needed column are skipped.

    Raises:
        ConfigError: ``k`` is not a positive integer.

    Examples:
        >>> from rewardkit import aha, boxed_correct
        >>> rows = [{"prompt": "q", "completion": "\\boxed{4}", "answer": "4"}]
        >>> picked = report_examples([("ckpt-1", rows)], correct=boxed_correct, reflection=aha, k=1)
        >>> [e.explanation.score for e in picked[0].correct], picked[0].new_reflection
        ([1.0], 0)
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        msg = f"k must be a positive integer; got {k!r}"
        raise ConfigError(msg)
    rng = random.Random(seed)
    rewards = (correct, reflection)
    previous: set[object] = set()
    out: list[CheckpointExamples] = []
    for label, rows in checkpoints:
        usable = [
            (i, row) for i, row in enumerate(rows) if not _missing(rewards, row, completion_field)
        ]
        batch = Batch.from_rows(
            [row for _, row in usable], completion_field=completion_field, prompt_field=prompt_field
        )
        correct_values = correct.score_batch(batch) if usable else []
        reflection_values = reflection.score_batch(batch) if usable else []
        earned: set[object] = set()
        new_reflection: list[int] = []
        correct_rows: list[int] = []
        for j, (i, row) in enumerate(usable):
            key = _key(row, prompt_field, i)
            if (reflection_values[j] or 0.0) > 0.0:
                earned.add(key)
                if key not in previous:
                    new_reflection.append(j)
            if (correct_values[j] or 0.0) > 0.0:
                correct_rows.append(j)
        previous = earned
        picks = []
        for chosen, reward in ((new_reflection, reflection), (correct_rows, correct)):
            sample = sorted(rng.sample(chosen, min(k, len(chosen))))
            explained = reward.explain_batch(batch) if sample else []
            picks.append(tuple(Example(usable[j][0], batch.texts[j], explained[j]) for j in sample))
        out.append(
            CheckpointExamples(
                label,
                reflection=picks[0],
                correct=picks[1],
                new_reflection=len(new_reflection),
                correct_count=len(correct_rows),
            )
        )
    return out


def format_examples(report: Sequence[CheckpointExamples]) -> str:
    """Human text for :func:`report_examples`: per checkpoint, each example and its reasons."""
    parts: list[str] = []
    for checkpoint in report:
        parts.append(
            f"== {checkpoint.label}: {checkpoint.new_reflection} newly earned reflection, "
            f"{checkpoint.correct_count} correct"
        )
        for title, examples in (
            ("newly earned reflection", checkpoint.reflection),
            ("earned correctness", checkpoint.correct),
        ):
            parts.extend(
                format_explanation(
                    [example.explanation],
                    title=f"-- {title}: row {example.index + 1}",
                    completion=example.completion,
                ).rstrip("\n")
                for example in examples
            )
    return "\n".join(parts) + "\n"
