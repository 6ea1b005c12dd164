"""Structural backtracking, fifth wave (issue 19, ``rewardkit.reflect.switches``): the shapes of
the fifteenth and sixteenth rounds' misses (wider verdict and switch slots, rejected Countdown
results retried on an operand, superseded setups, tentative attempts replaced), on hand-written
paraphrases and near misses; the rounds' figures after them, bounds, both scan backends and the
reward's policy (counting only)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from rewardkit import behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect.scan import fast_backend, set_fast
from rewardkit.reflect.switches import method_switches, retried_goals
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    BT_STRUCT4,
    BT_STRUCT4_CONTROLS,
    FIFTEENTH_ROUND,
    FIFTEENTH_ROUND_CONTROLS,
    FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FIFTEENTH_ROUND_COUNTDOWN,
    SIXTEENTH_ROUND,
    SIXTEENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
    SIXTEENTH_ROUND_COUNTDOWN,
)
from tests.test_behaviours import _BLIND_ROUNDS, _assert_round_floor, _found

B = "backtracking"

_ROUNDS: dict[str, tuple[Any, ...]] = {
    "fifteenth": (
        FIFTEENTH_ROUND,
        FIFTEENTH_ROUND_COUNTDOWN,
        FIFTEENTH_ROUND_CONTROLS,
        FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "sixteenth": (
        SIXTEENTH_ROUND,
        SIXTEENTH_ROUND_COUNTDOWN,
        SIXTEENTH_ROUND_CONTROLS,
        SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "table": (
        BT_STRUCT4,
        (None,) * len(BT_STRUCT4),
        BT_STRUCT4_CONTROLS,
        (None,) * len(BT_STRUCT4_CONTROLS),
    ),
    **{name: _BLIND_ROUNDS[name] for name in ("fourteenth", "thirteenth", "twelfth")},
}


def _spans(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in method_switches(low) + retried_goals(low)]


@pytest.mark.parametrize("text", [text for text, _ in BT_STRUCT4])
def test_each_row_is_a_structural_backtracking_event(text: str) -> None:
    assert _spans(text), text
    assert behaviors(text)[B] >= 1


@pytest.mark.parametrize("text", BT_STRUCT4_CONTROLS)
def test_near_misses_are_not_backtracking(text: str) -> None:
    assert _spans(text) == []
    assert B not in _found(text)


def test_the_table_covers_both_domains_and_the_four_shapes() -> None:
    lows = [lower(normalize(text)) for text, _ in BT_STRUCT4]
    assert len(lows) >= 18
    assert len(BT_STRUCT4_CONTROLS) >= 13
    math = [low for low in lows if "\\(" in low]
    assert sum(bool(method_switches(low)) for low in math) >= 5  # written mathematics
    assert sum(bool(retried_goals(low)) for low in lows) >= 6  # Countdown retries
    assert all(labels == {B} for _, labels in BT_STRUCT4)


def test_wider_verdict_and_switch_slots() -> None:
    low = "adding them gives 39, and the 3 can't bring that up to 72. what if i multiply: 8 * 9"
    assert [low[s:e] for s, e in method_switches(low)] == ["can't bring that up to 72. what if"]
    low = "testing mod 3 gives nothing here. mod 4 then: squares are 0 or 1."
    assert [low[s:e] for s, e in method_switches(low)] == ["gives nothing here. mod 4 then:"]
    low = "by combinations, 120. but combinations were the wrong tool. use permutations: 720."
    assert method_switches(low) != []
    # a verdict with no switch, a switch with no verdict, "nothing new" is not a verdict
    assert method_switches("the integral is getting complicated, but it works: pi/4.") == []
    assert method_switches("what if the triangle is obtuse? then the area is still bh/2.") == []
    assert method_switches("the method gives nothing new. the answer is 4 instead of 5.") == []
    # "the correct approach" denied is a verdict, not the next method
    assert method_switches("that is too large, so it might not be the correct approach.") == []
    # a value "rather than" another is a correction, not another method
    low = "91 = 7 * 13, so my count is one too high, 25 rather than 26."
    assert method_switches(low) == []


def test_a_rejected_result_retried_on_one_of_its_operands() -> None:
    text = "33 * 4 = 132, no. (33 + 17) - 6 + 4 = 48"
    assert [text[s:e] for s, e in retried_goals(text)] == ["33 * 4 = 132, no. (33 + 17"]
    text = "33 + 2 = 35 not 39\nneed 39 so 39 - 33 = 6"
    assert retried_goals(text) != []
    # a number after "not" written before as a result: a correction of it, not a rejection
    assert retried_goals("12 * 4 = 48. with 13: 13 * 4 = 52, not 48; 13 + 5 = 18.") == []
    assert retried_goals("with 13: 13 * 4 = 52, not 48; 13 + 5 = 18.") != []
    # the result built on, other numbers, no rejection, a wrong stated value
    assert retried_goals("13 * 4 = 52, too much, so 52 / 4 = 13.") == []
    assert retried_goals("33 * 4 = 132, no. 17 + 6 = 23.") == []
    assert retried_goals("33 * 4 = 132. 33 + 17 = 50.") == []
    assert retried_goals("33 * 4 = 130, no. 33 + 17 = 50.") == []


def test_the_same_numbers_again_to_another_value() -> None:
    text = "(100 - 17) * 2 / 4 = 41.5\n100 - 17 * 2 + 4 = 70"
    assert [text[s:e] for s, e in retried_goals(text)] == [text]
    text = "70 + 29 = 99, 99 - 13 = 86, 86 + 2 = 88. 70 + 29 - 13 - 2 = 84."
    assert [text[s:e] for s, e in retried_goals(text)] == [text[:-1]]
    # two numbers only, other numbers, the same value, sums or products only, a +/- pair
    assert retried_goals("7 * 8 = 56. 7 + 8 = 15.") == []
    assert retried_goals("6 * 4 - 3 = 21. 6 * 4 - 2 = 22.") == []
    assert retried_goals("6 * 4 - 3 = 21. 6 * (4 - 3) + 15 = 21.") == []
    assert retried_goals("1 + 2 + 3 + 4 = 10. recount: 1 + 2 + 3 + 4 = 11.") == []
    assert retried_goals("2 + 3 + 4 = 9 and 2 * 3 * 4 = 24.") == []
    assert retried_goals("a = (1 + 3) / 2 = 2 or a = (1 - 3) / 2 = -1.") == []
    # LaTeX mathematics is not read
    assert retried_goals("\\(6 * 4 - 3 = 21\\), \\(6 - 4 * 3 = -6\\)") == []


def test_a_superseded_setup_and_a_tentative_attempt_replaced() -> None:
    low = "at first i assumed the tip was pre-tax, but it is on the total. so redo it: 86.40."
    assert [low[s:e] for s, e in method_switches(low)] == [
        "at first i assumed the tip was pre-tax, but it is on the total. so redo it"
    ]
    low = "i set it up as a discount, but it is the price paid. so 24 / 0.4 = 60, not 24 / 0.6."
    assert method_switches(low) != []
    low = "let u = x^2; there is no x to absorb du. take x = tan t instead, and the integral is t."
    assert method_switches(low) != []
    # an assumption that worked; no restart; "instead of"; a sentence going on with the attempt
    assert method_switches("at first i assumed x = 2, and it works, but redo it anyway.") == []
    assert method_switches("at first i computed the area as 12, but that is 12 sq ft.") == []
    assert method_switches("let u = x + 1, and we integrate u^2 instead of (x+1)^2.") == []
    assert method_switches("let x = 3. then y = 5 instead, as the second equation says.") == []


#: Floors (precision, recall) of backtracking after the fifth wave, text alone and with the
#: Countdown targets. Before it (main at 973abd9), text alone: fifteenth 0.96 / 0.70,
#: sixteenth 0.90 / 0.82, fourteenth 0.98 / 0.98, thirteenth 0.98 / 1.00, twelfth 0.94 / 0.93;
#: with the targets: 0.96 / 0.71, 0.90 / 0.80, 0.98 / 0.98, 1.00 / 1.00, 0.94 / 0.93. The
#: fifteenth and sixteenth rounds' misses were read while the wave was made: their figures
#: here are not blind.
FIGURES: dict[str, dict[str, tuple[float, float]]] = {
    "fifteenth": {"text": (0.97, 0.98), "targets": (0.97, 0.97)},
    "sixteenth": {"text": (0.91, 1.00), "targets": (0.91, 0.98)},
    "table": {"text": (1.00, 1.00), "targets": (1.00, 1.00)},  # written with the rules
    "fourteenth": {"text": (0.98, 0.98), "targets": (0.98, 0.98)},
    "thirteenth": {"text": (0.98, 1.00), "targets": (1.00, 1.00)},
    "twelfth": {"text": (0.94, 0.95), "targets": (0.94, 0.95)},
}
#: Controls flagged (any behaviour) on each round, which the fifth wave does not raise.
CONTROLS_FLAGGED = {"fifteenth": 6, "sixteenth": 6, "fourteenth": 3, "thirteenth": 1, "twelfth": 5}


@pytest.mark.parametrize(
    ("name", "read"), [(name, read) for name in FIGURES for read in ("text", "targets")]
)
def test_backtracking_keeps_its_fifth_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(B, _ROUNDS[name], read, FIGURES[name][read])


@pytest.mark.parametrize("name", list(CONTROLS_FLAGGED))
def test_the_fifth_wave_flags_no_more_controls(name: str) -> None:
    controls: tuple[Any, ...] = _ROUNDS[name][2]
    assert sum(bool(_found(text)) for text in controls) <= CONTROLS_FLAGGED[name]


def test_hostile_inputs_are_bounded_and_never_raise() -> None:
    rejected = "33 * 4 = 132, no. (33 + 17) - 6 = 44. "
    events = retried_goals(rejected * (1_000_000 // len(rejected)))
    assert 0 < len(events) <= 40
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    tentative = "let u = x. use v instead. "
    events = method_switches(tentative * (1_000_000 // len(tentative)))
    assert 0 < len(events) <= 40
    superseded = "at first i assumed x, but redo it. "
    events = method_switches(superseded * (1_000_000 // len(superseded)))
    assert 0 < len(events) <= 40
    assert retried_goals("1 = 1, not 2. " * 80_000) == []
    assert retried_goals("1 + 1 + 1 = x. " * 70_000) == []  # near the "=", never a value
    again = "(3 + 5) * 2 = 16. 3 + 5 * 2 = 13. "
    events = retried_goals(again * (1_000_000 // len(again)))
    assert 0 < len(events) <= 40
    assert method_switches("mod 3 then: " * 80_000) == []
    assert set(behaviors((tentative + superseded + rejected) * 2_000)) == set(BEHAVIORS)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_same_events() -> None:
    texts = [text for text, _ in BT_STRUCT4] + list(BT_STRUCT4_CONTROLS)
    texts += [text for text, _ in FIFTEENTH_ROUND + SIXTEENTH_ROUND]
    texts += list(FIFTEENTH_ROUND_CONTROLS + SIXTEENTH_ROUND_CONTROLS)
    lows = [lower(normalize(text)) for text in texts]
    lows.append("12 × 3 + 5 = 41 dollars. per ticket: (3 + 5) × 12 = 96.")
    fast = [(method_switches(low), retried_goals(low)) for low in lows]
    set_fast(False)
    try:
        slow = [(method_switches(low), retried_goals(low)) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert any(switches for switches, _ in fast)
    assert fast[-1][1] != []  # "×" is read by both backends
