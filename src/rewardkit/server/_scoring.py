"""Row scoring for the reward server: the one place where rows become scores (private).

Everything here is pure (no I/O) and runs inside the server's worker processes.
:func:`score_rows` is the only function that scores; it is a thin shell over the library's
engine (:func:`rewardkit.scoring.score_rows` with a :class:`~rewardkit.scoring.ScoringPlan`),
so the server, ``rewardkit score`` and :func:`~rewardkit.compose.combine` give a row the same
total.

The OpenRLHF helpers turn a ``/get_reward`` request (full decoded ``query`` strings with special
tokens kept, their ``prompts`` and ``labels``) into rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rewardkit import scoring as engine
from rewardkit.compose import combine
from rewardkit.errors import ConfigError
from rewardkit.registry import WeightedReward
from rewardkit.scoring import ScoringPlan

__all__ = [
    "ASSISTANT_MARKERS",
    "SPECIAL_TOKENS",
    "RowScores",
    "bounds",
    "completion_from_query",
    "label_columns",
    "score_rows",
    "strip_special",
]

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

#: Where a row keeps its completion and prompt (the plan's default fields).
COMPLETION = "completion"
PROMPT = "prompt"


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
    """The range of the weighted total: :attr:`rewardkit.compose.Combined.bounds`."""
    combined = combine([item.reward for item in rewards], [item.weight for item in rewards])
    return (combined.lower, combined.upper)


def score_rows(plan: ScoringPlan, rows: Sequence[Mapping[str, object]]) -> list[RowScores]:
    """Score one request's rows as one Batch with the library's engine.

    :func:`rewardkit.scoring.score_rows` does the work (one
    :class:`~rewardkit.reward.Batch` built by :meth:`~rewardkit.reward.Batch.from_rows`, the
    weighted total of :func:`rewardkit.compose.weighted_sum`), so the server and ``rewardkit
    score`` give a row the same scores. A reward that raises on a row gives that row the
    reward's ``failure`` value (the library's error boundary,
    :meth:`~rewardkit.reward.Reward.score_batch`): one bad row never costs its neighbours
    their scores.

    Args:
        plan: what to score.
        rows: the rows, each checked with :meth:`~rewardkit.scoring.ScoringPlan.problem` first.

    Returns:
        One :class:`RowScores` per row, in order.

    Raises:
        ConfigError: a row lacks a column a reward needs (check with ``plan.problem``).
    """
    if not rows:
        return []
    names = plan.names
    out: list[RowScores] = []
    for record in engine.score_rows(plan, rows, batch_size=len(rows)):
        error = record.get("error")
        if error is not None:
            raise ConfigError(str(error))
        scores = {name: _number(record[name]) for name in names}
        out.append(RowScores(scores, _number(record["total"])))
    return out


def _number(value: object) -> float | None:
    assert value is None or isinstance(value, float)  # what the engine's records hold
    return value


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
