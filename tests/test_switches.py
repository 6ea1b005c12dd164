"""Structural backtracking (issue 19, ``rewardkit.reflect.switches``): the method-switch rule on
hand-written rows and near misses, the figures of the blind rounds after it, its bounds and the
reward's policy (counting only)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from rewardkit import behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect import cognitive
from rewardkit.reflect.scan import fast_backend, set_fast
from rewardkit.reflect.switches import method_switches
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    BT_STRUCT,
    BT_STRUCT_CONTROLS,
    EIGHTH_ROUND,
    EIGHTH_ROUND_CONTROLS,
    ELEVENTH_ROUND,
    ELEVENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
)
from tests.test_behaviours import _found, _precision_recall

B = "backtracking"


def _events(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in method_switches(low)]


@pytest.mark.parametrize("text", [text for text, _ in BT_STRUCT])
def test_each_row_is_a_method_switch(text: str) -> None:
    assert _events(text), text
    assert behaviors(text)[B] >= 1


@pytest.mark.parametrize("text", BT_STRUCT_CONTROLS)
def test_near_misses_are_not_switches(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_table_covers_both_domains() -> None:
    assert len(BT_STRUCT) >= 10
    assert len(BT_STRUCT_CONTROLS) >= 10
    texts = [text for text, _ in BT_STRUCT]
    assert sum("\\" in text for text in texts) >= 5  # written mathematics
    assert sum("\\" not in text and " * " in text for text in texts) >= 2  # Countdown work
    assert all(labels == {B} for _, labels in BT_STRUCT)


def test_the_event_runs_from_the_verdict_to_the_switch() -> None:
    text = "option 1 was to expand it all. too slow. option 2: use the binomial theorem."
    assert _events(text) == ["too slow. option 2"]
    # the nearest verdict before the switch opens the event
    text = "using the formula is messy. it is hopeless. instead, count the complement."
    assert _events(text) == ["hopeless. instead"]


def test_each_slot_is_needed() -> None:
    whole = "i tried listing the cases, and it is hopeless. instead, count the complement."
    assert _events(whole)
    # (a) no method before the verdict
    assert _events("it is hopeless. instead, count the complement.") == []
    # (b) no verdict
    assert _events("i tried listing the cases. instead, count the complement.") == []
    # (c) no switch
    assert _events("i tried listing the cases, and it is hopeless. count the complement.") == []
    # (a) may be the verdict's subject pointing back at a method
    assert _events("but that seems inefficient. alternatively, pair the terms.")
    assert _events("the numbers seem inefficient. alternatively, pair the terms.") == []
    # the verdict overruled: the method is kept
    assert _events("i tried listing the cases; hopeless, but let's proceed. instead ...") == []


def test_a_phrase_already_counted_is_not_counted_again() -> None:
    low = "using the formula is messy. that approach fails. let's try another approach instead."
    phrases = cognitive._behavior_hits(low)[B]
    assert phrases
    assert method_switches(low) != []
    assert method_switches(low, phrases) == []
    assert behaviors(low)[B] == len(phrases)


#: Backtracking after the method-switch rule (precision, recall), text alone; before it
#: (docs/reflection.md): twelfth 0.93 / 0.69, eleventh 0.93 / 0.83, eighth 0.96 / 0.81. The
#: lead may move these floors into tests/test_behaviours.py's figures when merging.
FIGURES = {
    "twelfth": (0.94, 0.84),
    "eleventh": (0.94, 0.96),
    "eighth": (0.96, 0.84),
}
_ROUNDS = {
    "twelfth": (TWELFTH_ROUND, TWELFTH_ROUND_CONTROLS),
    "eleventh": (ELEVENTH_ROUND, ELEVENTH_ROUND_CONTROLS),
    "eighth": (EIGHTH_ROUND, EIGHTH_ROUND_CONTROLS),
}


@pytest.mark.parametrize("name", list(_ROUNDS))
def test_backtracking_keeps_its_figures_on_the_rounds(name: str) -> None:
    rows, controls = _ROUNDS[name]
    precision, recall, misses = _precision_recall(B, rows, controls, _found)
    floor_precision, floor_recall = FIGURES[name]
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


def test_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = "i tried listing them, too many cases. instead, count the complement. "
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = method_switches(low)
    assert 0 < len(events) <= 40
    assert events == sorted(events)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    assert method_switches("instead " * 125_000) == []
    assert method_switches("too many " * 110_000 + "instead") == []
    assert method_switches(("hopeless, redo. " + "é" * 50) * 15_000) == []
    counts = behaviors(text[:200_000])
    assert set(counts) == set(BEHAVIORS)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_same_events(shared_data: Path) -> None:
    texts = [text for text, _ in BT_STRUCT] + list(BT_STRUCT_CONTROLS)
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["completion"] for line in handle]
    lows = [lower(normalize(text)) for text in texts]
    fast = [method_switches(low) for low in lows]
    set_fast(False)
    try:
        slow = [method_switches(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(bool, fast)) >= len(BT_STRUCT) + 10
