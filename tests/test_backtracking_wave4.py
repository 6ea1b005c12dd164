"""Structural backtracking, fourth wave (issue 19, ``rewardkit.reflect.switches``): verdicts on
a result, methods dropped in so many words, superseded attempts, spelled-out Countdown
operations, on hand-written rows and near misses; the blind rounds' figures after them,
bounds, both scan backends and the reward's policy (counting only)."""

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
    BT_STRUCT3,
    BT_STRUCT3_CONTROLS,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
)
from tests.test_behaviours import _BLIND_ROUNDS, _assert_round_floor, _found

B = "backtracking"


def _spans(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in method_switches(low) + retried_goals(low)]


@pytest.mark.parametrize("text", [text for text, _ in BT_STRUCT3])
def test_each_row_is_a_structural_backtracking_event(text: str) -> None:
    assert _spans(text), text
    assert behaviors(text)[B] >= 1


@pytest.mark.parametrize("text", BT_STRUCT3_CONTROLS)
def test_near_misses_are_not_backtracking(text: str) -> None:
    assert _spans(text) == []
    assert B not in _found(text)


def test_the_table_covers_both_domains() -> None:
    lows = [lower(normalize(text)) for text, _ in BT_STRUCT3]
    assert len(lows) >= 12
    assert len(BT_STRUCT3_CONTROLS) >= 12
    math = [low for low in lows if "\\(" in low]
    assert sum(bool(method_switches(low)) for low in math) >= 8  # written mathematics
    assert sum(bool(retried_goals(low)) for low in lows) >= 2  # Countdown retries
    assert all(labels == {B} for _, labels in BT_STRUCT3)


def test_a_verdict_on_a_result_then_another_method() -> None:
    low = "solving gives r = -3. that can't be right for a radius; redo it with the chord."
    assert [low[s:e] for s, e in method_switches(low)] == ["can't be right for a radius; redo"]
    # the result is the attempt: with no result or method before it, the verdict is the data's
    assert method_switches("it is impossible to draw two tangents; instead, use the chord.") == []
    # a case closed between the verdict and the switch: the next case, not another method
    low = "x = -2 gives -1, which is impossible in this case; alternatively, if x = 3, ..."
    assert method_switches(low) == []
    # a candidate rejected for another: a check of the roots, not another method
    assert method_switches("so x = -2, which is impossible for a length; take x = 3 instead.") == []
    low = "so t = -4, which makes no sense for a time; instead, the other root, t = 2."
    assert method_switches(low) == []
    # "off by" is a stated difference, not a verdict
    assert method_switches("the sum = 12 is off by 2 as expected; instead we keep it.") == []


def test_a_method_dropped_in_so_many_words_is_its_own_switch() -> None:
    low = "i tried u = sin x and it only got worse, so scrap that. integrating by parts: ..."
    assert [low[s:e] for s, e in method_switches(low)] == ["scrap that"]
    low = "expanding it term by term gets long; let me leave that alone. the binomial theorem"
    assert [low[s:e] for s, e in method_switches(low)] == ["leave that alone"]
    # the object must be the attempt (a pronoun or a method noun), the dropping first-person
    assert method_switches("using the identity, the cross term vanishes, so drop that term.") == []
    assert method_switches("using it, we can drop that, since it is zero, and then f = x.") == []
    assert method_switches("using the table, don't forget the addition: 12 + 3 = 15.") == []
    # nothing after it: no next method
    assert method_switches("i tried it, so scrap that.") == []


def test_an_attempt_superseded_by_a_better_method() -> None:
    low = "my first idea was to list all 36 outcomes, but a quicker way is the complement."
    assert [low[s:e] for s, e in method_switches(low)] == [
        "my first idea was to list all 36 outcomes, but a quicker way"
    ]
    low = "my original plan was a table of values, but the formula is more direct: 3n + 1."
    assert method_switches(low) != []
    # no contrast, an attempt that worked, or no better method: not an event
    assert method_switches("my first idea was to list them; a quicker way is the complement.") == []
    assert method_switches("i first tried x = 2 and it works, but a quicker way is symmetry.") == []
    assert method_switches("my first idea was to factor, but the roots are 1 and -2.") == []


def test_spelled_operations_are_compared_only_under_another_operator() -> None:
    text = "19 plus 6 is 25 thats 3 over so no. 19 minus 6 is 13 and 13 plus 9 is 22"
    assert [text[s:e] for s, e in retried_goals(text)] == [
        "19 plus 6 is 25 thats 3 over so no. 19 minus 6"
    ]
    # the same value from other operands, spelled out, is a recomputation
    assert retried_goals("7 times 8 is 56. is 56 more than 60? no. 50 plus 6 is 56.") == []
    assert retried_goals("7 * 8 = 56. is 56 more than 60? no. 50 + 6 = 56.") != []


def test_an_unmakeable_decomposition_before_another_operator_is_a_retry() -> None:
    text = "target 17. 17 + 5 = 22 = 2 * 11? i don't have 11. 17 - 5 = 12 = 3 * 4."
    assert [text[s:e] for s, e in retried_goals(text)] == [
        "17 + 5 = 22 = 2 * 11? i don't have 11. 17 - 5"
    ]
    assert retried_goals("target 17. 17 + 5 = 22 = 2 * 11? i don't have 11.") == []


#: Floors (precision, recall) of backtracking after the fourth wave, text alone and with the
#: Countdown targets. Before it (main at 32de1d4), text alone: fourteenth 0.97 / 0.74,
#: thirteenth 0.98 / 0.95, twelfth 0.94 / 0.89, eleventh 0.96 / 1.00; with the targets:
#: 0.97 / 0.74, 1.00 / 0.98, 0.94 / 0.89, 0.96 / 0.96. All four rounds' misses were read while
#: the wave was made: these figures are not blind.
FIGURES: dict[str, dict[str, tuple[float, float]]] = {
    "fourteenth": {"text": (0.98, 0.98), "targets": (0.98, 0.98)},
    "thirteenth": {"text": (0.98, 1.00), "targets": (1.00, 1.00)},
    "twelfth": {"text": (0.94, 0.93), "targets": (0.94, 0.93)},
    "eleventh": {"text": (0.96, 1.00), "targets": (0.96, 0.96)},
}
#: Controls flagged (any behaviour) on each round, which the fourth wave does not raise.
CONTROLS_FLAGGED = {"fourteenth": 3, "thirteenth": 1, "twelfth": 5, "eleventh": 1}


@pytest.mark.parametrize(
    ("name", "read"), [(name, read) for name in FIGURES for read in ("text", "targets")]
)
def test_backtracking_keeps_its_fourth_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(B, _BLIND_ROUNDS[name], read, FIGURES[name][read])


@pytest.mark.parametrize("name", list(CONTROLS_FLAGGED))
def test_the_fourth_wave_flags_no_more_controls(name: str) -> None:
    controls: tuple[Any, ...] = _BLIND_ROUNDS[name][2]
    assert sum(bool(_found(text)) for text in controls) <= CONTROLS_FLAGGED[name]


def test_hostile_inputs_are_bounded_and_never_raise() -> None:
    dropped = "i tried it, so scrap that. next. "
    events = method_switches(dropped * (1_000_000 // len(dropped)))
    assert 0 < len(events) <= 40
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    superseded = "my first idea was x, but a quicker way is y. "
    events = method_switches(superseded * (1_000_000 // len(superseded)))
    assert 0 < len(events) <= 40
    spelled = "12 plus 5 is 17, too much. 12 minus 5 is 7. "
    events = retried_goals(spelled * (1_000_000 // len(spelled)))
    assert 0 < len(events) <= 40
    assert retried_goals("1 plus " * 150_000) == []
    assert method_switches("impossible. " * 80_000 + "instead") == []
    assert set(behaviors((superseded + dropped) * 2_000)) == set(BEHAVIORS)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_same_events() -> None:
    texts = [text for text, _ in BT_STRUCT3] + list(BT_STRUCT3_CONTROLS)
    texts += [text for text, _ in FOURTEENTH_ROUND] + list(FOURTEENTH_ROUND_CONTROLS)
    lows = [lower(normalize(text)) for text in texts]
    fast = [method_switches(low) for low in lows]
    set_fast(False)
    try:
        slow = [method_switches(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert any(fast)
