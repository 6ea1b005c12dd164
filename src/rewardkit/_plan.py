"""The one adapter between the scale layer (formats, pool, datasets, Ray) and the scoring engine.

Everything in :mod:`rewardkit.pool`, :mod:`rewardkit.integrations.datasets` and
:mod:`rewardkit.integrations.ray` scores through :func:`score_records` and batches through
:func:`batches`, so moving the engine (:mod:`rewardkit.scoring`) changes only this file.

A *record* is what ``rewardkit score`` writes for one input row: ``{"line": N, <reward name>:
score, ..., "total": weighted total}``, plus ``"error"`` (and ``None`` scores) when the row could
not be read or scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rewardkit.jsonl import Line
from rewardkit.scoring import BATCH_SIZE, ScoringPlan, _chunks, score_chunk, weighted_total

__all__ = ["BATCH_SIZE", "Record", "ScoringPlan", "batches", "score_records"]

Record = dict[str, object]


def score_records(
    plan: ScoringPlan, lines: Sequence[Line], keep: Sequence[str] = ()
) -> list[Record]:
    """Score one batch of rows: one record per row, in order (never raises on row content).

    ``keep`` names input columns copied into each record after ``total`` (``None`` when the
    row lacks one), as ``rewardkit score --keep`` does.
    """
    names = [item.reward.name for item in plan.rewards]
    records: list[Record] = []
    for line, (scores, error) in zip(lines, score_chunk(plan, lines), strict=True):
        record: Record = {"line": line.number}
        for name in names:
            record[name] = None if scores is None else scores.get(name)
        record["total"] = None if scores is None else weighted_total(plan.rewards, scores)
        row = line.record or {}
        for name in keep:
            record[name] = row.get(name)
        if error is not None:
            record["error"] = error
        records.append(record)
    return records


def batches(
    plan: ScoringPlan, lines: Iterable[Line], batch_size: int = BATCH_SIZE
) -> Iterator[list[Line]]:
    """The engine's batches of ``lines`` (runs of one prompt are kept together)."""
    field = plan.prompt_field

    def prompt(line: Line) -> object:
        return None if line.record is None else line.record.get(field)

    return _chunks(lines, batch_size, prompt)
