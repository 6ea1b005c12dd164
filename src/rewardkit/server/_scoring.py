"""Row scoring for the reward server: the one place where rows become scores (private).

Everything here is pure (no I/O) and picklable, and runs inside the server's worker processes.
:func:`score_rows` is the only function that scores; it is built on the public API
(:meth:`rewardkit.reward.Reward.score_batch`, :class:`rewardkit.reward.Batch`) and the weighted
sum of :mod:`rewardkit.compose`, so the server's total of a row is exactly what the
:func:`~rewardkit.compose.combine` of the same rewards gives.

The OpenRLHF helpers turn a ``/get_reward`` request (full decoded ``query`` strings with special
tokens kept, their ``prompts`` and ``labels``) into rows.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rewardkit.compose import _weighted_sums
from rewardkit.errors import ConfigError
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch, Reward

__all__ = [
    "ASSISTANT_MARKERS",
    "SPECIAL_TOKENS",
    "RowScores",
    "bounds",
    "completion_from_query",
    "label_columns",
    "row_problem",
    "score_rows",
    "strip_special",
]

_log = logging.getLogger("rewardkit.server")

#: Special tokens and chat-template markers removed from a completion before it is scored
#: (end-of-turn, end-of-text and padding tokens of the common chat templates). Content tags
#: such as ``<think>`` are *not* here: rewards read them.
SPECIAL_TOKENS: tuple[str, ...] = (
    "<|im_end|>",
    "<|im_start|>",
    "<|endoftext|>",
    "<|end_of_text|>",
    "<|eot_id|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|begin_of_text|>",
    "<|end|>",
    "<|assistant|>",
    "<|user|>",
    "<|system|>",
    "<|return|>",
    "<|pad|>",
    "<end_of_turn>",
    "<start_of_turn>",
    "<｜end▁of▁sentence｜>",
    "<｜begin▁of▁sentence｜>",
    "<｜Assistant｜>",
    "<｜User｜>",
    "</s>",
    "<s>",
    "<eos>",
    "<bos>",
    "<pad>",
    "[PAD]",
)

#: Where an assistant turn starts in the common chat templates (last one wins). Used only when
#: the prompt cannot be found in the query.
ASSISTANT_MARKERS: tuple[str, ...] = (
    "<|im_start|>assistant",
    "<|start_header_id|>assistant<|end_header_id|>",
    "<start_of_turn>model",
    "<｜Assistant｜>",
    "<|assistant|>",
    "[/INST]",
)

#: Characters of the prompt's tail searched for when the query does not start with the prompt
#: (OpenRLHF truncates long prompts from the left before generating).
_PROMPT_TAIL = 256

#: Keys of the row dict that are not dataset columns.
COMPLETION = "completion"
PROMPT = "prompt"
_NOT_COLUMNS = frozenset(
    {COMPLETION, PROMPT, "completion_ids", "trainer_state", "log_extra", "log_metric"}
)


@dataclass(frozen=True, slots=True)
class RowScores:
    """The scores of one row.

    Attributes:
        scores: each reward's value by name (``None``: not applicable).
        total: the weighted sum over the rewards that apply; ``None`` when none applies.
    """

    scores: dict[str, float | None]
    total: float | None


def bounds(rewards: Sequence[WeightedReward]) -> tuple[float, float]:
    """The range of the weighted total: each reward adds ``[min(0, w*lo, w*hi), max(...)]``.

    0 is included per reward because a reward may not apply to a row. Same rule as
    :attr:`rewardkit.compose.Combined.bounds`.
    """
    low = high = 0.0
    for item in rewards:
        ends = (0.0, item.weight * item.reward.lower, item.weight * item.reward.upper)
        low += min(ends)
        high += max(ends)
    return (low, high)


def row_problem(
    rewards: Sequence[WeightedReward], row: Mapping[str, object], completion: str = COMPLETION
) -> str | None:
    """Why ``row`` cannot be scored (a missing column), or ``None`` when it can."""
    if completion not in row:
        return f"missing column {completion!r}"
    for item in rewards:
        reward = item.reward
        if reward.gold and not any(name in row for name in reward.gold):
            expected = " or ".join(repr(name) for name in reward.gold)
            return f"missing column {expected} (the gold answer {reward.name} reads)"
        for name in reward.requires:
            if name not in row:
                return f"missing column {name!r} (read by {reward.name})"
    return None


def _one_reward(
    reward: Reward, batch: Batch, rows: Sequence[Mapping[str, object]]
) -> list[float | None]:
    """One reward's values; a batch that raises is rescored row by row (failure per row)."""
    try:
        return reward.score_batch(batch)
    except ConfigError:
        raise
    except Exception:  # a reward bug: isolate it to the rows that trigger it
        _log.warning("%s: batch scoring raised; rescoring row by row", reward.name, exc_info=True)
    values: list[float | None] = []
    for row in rows:
        try:
            values.append(reward.score_batch(_batch([row]))[0])
        except Exception:  # noqa: PERF203 - the row gets the reward's failure value
            _log.warning("%s: a row raised; scoring %r", reward.name, reward.failure, exc_info=True)
            values.append(reward.failure)
    return values


def _batch(rows: Sequence[Mapping[str, object]]) -> Batch:
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    for key in _NOT_COLUMNS:
        keys.pop(key, None)
    has_prompts = any(PROMPT in row for row in rows)
    return Batch.from_trainer(
        [row[COMPLETION] for row in rows],
        [row.get(PROMPT) for row in rows] if has_prompts else None,
        None,
        **{key: [row.get(key) for row in rows] for key in keys},
    )


def score_rows(
    rewards: Sequence[WeightedReward], rows: Sequence[Mapping[str, object]]
) -> list[RowScores]:
    """Score rows: each reward over the whole batch, then the weighted total per row.

    Each row is a mapping with the completion under ``"completion"`` (a string or a message
    list), optionally the prompt under ``"prompt"``, and dataset columns (the gold answer under
    ``"answer"``, ...). The rows of one call form one :class:`~rewardkit.reward.Batch`, so
    group-relative rewards see them together. A reward that raises on the batch is rescored
    row by row, and a row on which it still raises gets that reward's ``failure`` value: one
    bad row never costs its neighbours their scores.

    Args:
        rewards: the rewards and their weights (distinct names).
        rows: the rows, each checked by :func:`row_problem` first.

    Returns:
        One :class:`RowScores` per row, in order.

    Raises:
        ConfigError: a row lacks a column a reward needs (check with :func:`row_problem`).
    """
    if not rows:
        return []
    batch = _batch(rows)
    columns = [_one_reward(item.reward, batch, rows) for item in rewards]
    totals = _weighted_sums(columns, [item.weight for item in rewards], len(rows))
    names = [item.reward.name for item in rewards]
    return [
        RowScores(dict(zip(names, (column[i] for column in columns), strict=True)), totals[i])
        for i in range(len(rows))
    ]


# ------------------------------------------------------------------------------- OpenRLHF


def _strip_pattern(tokens: Sequence[str]) -> re.Pattern[str] | None:
    if not tokens:
        return None
    ordered = sorted(set(tokens), key=len, reverse=True)
    return re.compile("|".join(re.escape(token) for token in ordered))


_PATTERNS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def strip_special(text: str, tokens: tuple[str, ...]) -> str:
    """``text`` without any of ``tokens``, and without surrounding whitespace."""
    pattern = _PATTERNS.get(tokens)
    if pattern is None and tokens not in _PATTERNS:
        pattern = _PATTERNS[tokens] = _strip_pattern(tokens)
    return (text if pattern is None else pattern.sub("", text)).strip()


def completion_from_query(
    query: str, prompt: str | None, tokens: tuple[str, ...] = SPECIAL_TOKENS
) -> str | None:
    r"""The completion inside an OpenRLHF query (prompt + response, special tokens kept).

    Rule: when the query starts with the prompt, what follows it; else what follows the last
    occurrence of the prompt's last 256 characters (OpenRLHF truncates long prompts from the
    left); else what follows the last assistant marker of a known chat template
    (:data:`ASSISTANT_MARKERS`). Then every one of ``tokens`` is removed and whitespace is
    stripped. ``None`` when the completion cannot be located: the server never scores prompt
    text as if the model had written it (a prompt's worked example must not earn a reward).

    Examples:
        >>> q = "<|im_start|>user\n1+1?<|im_end|>\n<|im_start|>assistant\n2<|im_end|>"
        >>> completion_from_query(q, "<|im_start|>user\n1+1?<|im_end|>\n<|im_start|>assistant\n")
        '2'
        >>> completion_from_query(q, None)
        '2'
        >>> completion_from_query("no template here", "another prompt") is None
        True
    """
    start: int | None = None
    if prompt:
        if query.startswith(prompt):
            start = len(prompt)
        else:
            tail = prompt[-_PROMPT_TAIL:]
            found = query.rfind(tail)
            if found >= 0:
                start = found + len(tail)
    if start is None:
        for marker in ASSISTANT_MARKERS:
            found = query.rfind(marker)
            if found >= 0 and (start is None or found + len(marker) > start):
                start = found + len(marker)
    if start is None:
        return None
    return strip_special(query[start:], tokens)


def label_columns(label: object, gold_columns: Sequence[str]) -> dict[str, object]:
    """The dataset columns an OpenRLHF ``label`` stands for.

    A mapping label (or a string holding a JSON object, e.g. Countdown's
    ``{"target": 24, "numbers": [...]}``) gives its items as columns; any other label is the
    gold answer, placed under every gold column the rewards read and under ``"label"``.

    Examples:
        >>> label_columns("72", ("answer", "solution"))
        {'label': '72', 'answer': '72', 'solution': '72'}
        >>> label_columns('{"target": 24, "numbers": [1, 2]}', ("answer",))
        {'label': '{"target": 24, "numbers": [1, 2]}', 'target': 24, 'numbers': [1, 2]}
    """
    columns: dict[str, object] = {"label": label}
    mapping: object = label
    if isinstance(label, str) and label.lstrip().startswith("{"):
        try:
            mapping = json.loads(label)
        except (ValueError, RecursionError):
            mapping = label
    if isinstance(mapping, Mapping):
        columns.update({str(key): value for key, value in mapping.items()})
    else:
        columns.update(dict.fromkeys(gold_columns, label))
    return columns
