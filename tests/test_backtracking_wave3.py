"""Structural backtracking, third wave (issue 19, ``rewardkit.reflect.switches``): the widened
slots of the method-switch rule and the Countdown-shaped retries (``retried_goals``) on
hand-written rows and near misses, the blind rounds' figures after them, bounds, both scan
backends and the reward's policy (counting only)."""

from __future__ import annotations

import itertools

import pytest

from rewardkit import behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect.scan import fast_backend, set_fast
from rewardkit.reflect.switches import method_switches, retried_goals
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    BT_STRUCT2,
    BT_STRUCT2_CONTROLS,
    ELEVENTH_ROUND,
    ELEVENTH_ROUND_CONTROLS,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
)
from tests.test_behaviours import _found, _precision_recall

B = "backtracking"


def _events(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in method_switches(low) + retried_goals(low)]


@pytest.mark.parametrize("text", [text for text, _ in BT_STRUCT2])
def test_each_row_is_a_structural_backtracking_event(text: str) -> None:
    assert _events(text), text
    assert behaviors(text)[B] >= 1


@pytest.mark.parametrize("text", BT_STRUCT2_CONTROLS)
def test_near_misses_are_not_backtracking(text: str) -> None:
    assert _events(text) == []
    assert B not in _found(text)


def test_the_table_covers_both_domains() -> None:
    texts = [text for text, _ in BT_STRUCT2]
    assert len(texts) >= 10
    assert len(BT_STRUCT2_CONTROLS) >= 10
    lows = [lower(normalize(text)) for text in texts]
    assert sum(bool(method_switches(low)) for low in lows) >= 5  # written mathematics
    assert sum(bool(retried_goals(low)) for low in lows) >= 4  # Countdown work
    assert all(labels == {B} for _, labels in BT_STRUCT2)


def test_a_goal_decomposed_again_after_a_verdict_is_a_retry() -> None:
    text = "35 = 40 - 5 would need a 40, and 10 and 3 can't make 40. 35 = 7 * 5 instead."
    assert [text[s:e] for s, e in retried_goals(text)] == [
        "40 - 5 would need a 40, and 10 and 3 can't make 40. 35 = 7 * 5"
    ]
    # the same decompositions listed with no verdict between them are not
    assert retried_goals("35 = 40 - 5 or 35 = 7 * 5; we have a 7.") == []


def test_the_same_operands_under_another_operator_after_a_verdict_is_a_retry() -> None:
    text = "71 + 2 = 73, that's 4 over 69. 71 - 2 = 69."
    assert [text[s:e] for s, e in retried_goals(text)] == ["71 + 2 = 73, that's 4 over 69. 71 - 2"]
    assert retried_goals("71 + 2 = 73 and 71 - 2 = 69 are both odd.") == []


def test_a_retry_is_not_read_inside_chains_latex_or_calculator_notes() -> None:
    assert retried_goals("1 + 2 + 3 = 6, no. 1 + 5 = 6.") == []  # a chain is not an operation
    assert retried_goals("\\(2 + 4 = 6\\), no. \\(1 + 5 = 6\\).") == []
    assert retried_goals("2+4=<<2+4=6>>6, no. 1+5=<<1+5=6>>6.") == []
    assert retried_goals("2 + 4 = 6, no. 1 + 5 = 6.") != []


def test_the_widened_slots_of_the_method_switch() -> None:
    low = "i tried induction. i'm stuck at the step. approach 2: telescoping."
    assert [low[s:e] for s, e in method_switches(low)] == ["stuck at the step. approach 2"]
    # a widened switch needs a verdict before it, a widened verdict a switch after it
    assert method_switches("using polar coordinates. back to cartesian for the area.") == []
    assert method_switches("using polar coordinates, i'm stuck on the bounds for now.") == []
    low = "i keep getting stuck with the substitution. approach 2: integrate by parts."
    assert method_switches(low) != []  # the method named after the verdict, before the switch
    assert method_switches("the method gives nothing new. the answer is 4 instead of 5.") == []


def test_events_already_counted_are_not_counted_again() -> None:
    low = lower(normalize("40 + 8 = 48, too much for 32. 40 - 8 = 32, done."))
    spans = retried_goals(low)
    assert spans != []
    assert retried_goals(low, spans) == []


#: Floors (precision, recall) of backtracking, text alone, after the third wave.
FIGURES = {
    "thirteenth": (0.97, 0.95),
    "twelfth": (0.94, 0.89),
    "eleventh": (0.94, 1.0),
}
_ROUNDS = {
    "thirteenth": (THIRTEENTH_ROUND, THIRTEENTH_ROUND_CONTROLS),
    "twelfth": (TWELFTH_ROUND, TWELFTH_ROUND_CONTROLS),
    "eleventh": (ELEVENTH_ROUND, ELEVENTH_ROUND_CONTROLS),
}
#: Controls flagged (any behaviour) on each round, which the third wave must not raise.
CONTROLS_FLAGGED = {"thirteenth": 1, "twelfth": 5, "eleventh": 2}


@pytest.mark.parametrize("name", list(_ROUNDS))
def test_backtracking_keeps_its_third_wave_figures(name: str) -> None:
    rows, controls = _ROUNDS[name]
    precision, recall, misses = _precision_recall(B, rows, controls, _found)
    floor_precision, floor_recall = FIGURES[name]
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses
    assert sum(bool(_found(text)) for text in controls) <= CONTROLS_FLAGGED[name]


def test_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = "12 + 5 = 17, too much. 12 - 5 = 7. "
    text = repeated * (1_000_000 // len(repeated))
    events = retried_goals(text)
    assert 0 < len(events) <= 40
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    assert retried_goals("1 + 1, no. " * 100_000) == []
    assert retried_goals("9" * 1_000_000 + " + 1") == []
    stuck = "i tried it. stuck. " * 50_000 + "back to algebra"
    assert len(method_switches(stuck)) <= 1
    assert set(behaviors(text[:200_000])) == set(BEHAVIORS)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_same_events() -> None:
    texts = [text for text, _ in BT_STRUCT2] + list(BT_STRUCT2_CONTROLS)
    texts += [text for text, _ in THIRTEENTH_ROUND] + list(THIRTEENTH_ROUND_CONTROLS)
    lows = [lower(normalize(text)) for text in texts]
    fast = [method_switches(low) for low in lows]
    set_fast(False)
    try:
        slow = [method_switches(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
