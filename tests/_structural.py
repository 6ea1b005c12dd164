"""Helpers shared by the tests of the structural rules (issue 19): ``rewardkit.reflect.checks``,
``plans``, ``goalchain`` and ``switches`` (tests/test_checks.py, test_plans.py,
test_goalchain.py, test_switches.py). Each wave's tables and figures stay in its test file; this
module holds what those files do alike with them.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from rewardkit.text import lower, normalize
from tests.test_behaviours import _BLIND_ROUNDS

Rows = tuple[tuple[str, frozenset[str]], ...]
Spans = list[tuple[int, int]]


def read_spans(read: Callable[[str], Spans], text: str) -> list[str]:
    """The text of each span ``read`` finds in ``text``, lowercased and normalised."""
    low = lower(normalize(text))
    return [low[start:end] for start, end in read(low)]


def text_round(
    rows: Rows, controls: tuple[str, ...]
) -> tuple[Rows, tuple[None, ...], tuple[str, ...], tuple[None, ...]]:
    """A round read from its text alone: its rows, no Countdown instances, its controls, none."""
    return rows, (None,) * len(rows), controls, (None,) * len(controls)


def blind_rounds(*names: str) -> tuple[Rows, tuple[str, ...]]:
    """The rows and the controls of the named blind rounds, one after the other."""
    rows: Rows = ()
    controls: tuple[str, ...] = ()
    for name in names:
        rows += _BLIND_ROUNDS[name][0]
        controls += _BLIND_ROUNDS[name][2]
    return rows, controls


def row_params(tables: Mapping[str, tuple[Rows, tuple[str, ...]]]) -> list[Any]:
    """The text of each row of every wave's table, named ``wave-index``."""
    return [
        pytest.param(text, id=f"{wave}-{index}")
        for wave, (rows, _) in tables.items()
        for index, (text, _) in enumerate(rows)
    ]


def control_params(tables: Mapping[str, tuple[Rows, tuple[str, ...]]]) -> list[Any]:
    """Each near miss of every wave's table, named ``wave-index``."""
    return [
        pytest.param(text, id=f"{wave}-{index}")
        for wave, (_, controls) in tables.items()
        for index, text in enumerate(controls)
    ]


def wave_params(figures: Mapping[str, Mapping[str, object]]) -> list[Any]:
    """``(round, value)`` for every round of every wave's figures, named ``wave-round``."""
    return [
        pytest.param(name, value, id=f"{wave}-{name}")
        for wave, rounds in figures.items()
        for name, value in rounds.items()
    ]


def assert_table_covers(
    rows: Rows,
    controls: tuple[str, ...],
    least: tuple[int, int],
    forms: Iterable[tuple[Callable[[str], bool], int]],
    behavior: str,
) -> None:
    """A wave's table has at least ``least`` rows and near misses, at least so many rows of
    each form, and every row is labelled ``behavior`` alone."""
    texts = [text for text, _ in rows]
    assert len(texts) >= least[0]
    assert len(controls) >= least[1]
    for form, at_least in forms:
        assert sum(map(form, texts)) >= at_least
    assert all(labels == {behavior} for _, labels in rows)


def assert_bounded(events: Spans, most: int, what: str = "") -> None:
    """Some events and at most ``most``, in order, never overlapping (``what`` on a failure)."""
    assert 0 < len(events) <= most, what
    assert events == sorted(events)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))


def math500_completions(shared_data: Path) -> list[str]:
    """The real completions of tests' shared data (math500_generations.jsonl), in order."""
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["completion"] for line in handle]
