"""Backward chaining, fifth wave (issue 19, seventh session): rules 8 and 9 widened.

The shapes of rounds 15 and 16's misses: the goal undone by a step and the rest made, a split
framed as the goal's, a decomposition kept whole in the last step with the rest neutralised, a
pure difference, and an earlier state inferred from a later one (counting only, like rules 8
and 9: ``behaviors`` counts them, the reward does not).
"""

from __future__ import annotations

import pytest

from rewardkit import behaviors
from rewardkit.reflect.goalchain import MAX_RELATIONS, goal_chain_events, goal_relations
from rewardkit.text import lower

C = "backward_chaining"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("51 - 2 = 49 = 7 * 7, so 7 * 7 + 2 = 51.", "49 is then made"),
        ("19 - 7 = 12 = 6 * 2. So 6 * 2 + 7 = 19.", "12 is then made"),
        ("Target 12: 12 / 3 = 4, and 4 is 9 - 5, so 3 * (9 - 5) = 12.", "4 is then made"),
    ],
)
def test_the_goal_undone_by_a_step_then_the_rest_made(text: str, detail: str) -> None:
    events = goal_relations(lower(text))
    assert [event.rule for event in events] == [8]
    assert detail in events[0].detail


def test_an_undoing_step_whose_rest_is_made_far_away_is_not_read() -> None:
    filler = " and then some words about the students" * 5
    text = f"360 - 15 = 345.{filler} 90 + 255 = 345. so 15 + 345 = 360."
    assert goal_relations(lower(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Think of 50 as 42 + 8: 42 is 6 * 7.",
        "We need 35 = 30 + 5; 30 = 3 * 10.",
        "For 87, think of it as 48 + 39: 48 is 16 * 3, 39 is 50 - 11.",
    ],
)
def test_a_split_framed_as_the_goals_with_a_part_made(text: str) -> None:
    events = goal_relations(lower(text))
    assert events
    assert events[0].rule == 8
    assert "made" in events[0].detail


@pytest.mark.parametrize(
    "text",
    [
        "Factor 42: 42 = 6 * 7 and 6 = 2 * 3.",  # no frame: a factorisation
        "6 * 7 = 42, so we need 42 = 6 * 7 again.",  # its parts made before
        "18 = 3 * 6 and 10 - 7 = 3.",  # no frame
    ],
)
def test_a_split_without_a_frame_or_after_the_work_is_not_read(text: str) -> None:
    assert goal_relations(lower(text)) == []


def test_a_decomposition_kept_whole_in_the_last_step() -> None:
    events = goal_relations(lower("75 = 3 * 25, leaving 6 and 6 to cancel: 25 * 3 + 6 - 6 = 75"))
    assert [event.detail for event in events] == ["`75 = 3 * 25`: kept whole in the last step"]
    assert goal_relations(lower("64 = 8 * 8, and 8 * 8 = 64.")) == []  # nothing neutralised


def test_a_pure_difference_is_not_a_factorisation() -> None:
    assert goal_relations(lower("17 = 20 - 3, and 3 = 9 - 6, so 20 - (9 - 6) = 17."))
    assert goal_relations(lower("24 = 2 * 12, 12 = 3 * 4, so 2 * 3 * 4 = 24.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "After paying a $15 fee he had $85 left, so he must have started with 85 + 15 = $100.",
        "The machine's last output was 45 and each run triples its input, so the input before "
        "that was 15, and before that 5.",
        "The train has to arrive by 3:00 pm and the trip takes 2 h 45 min, so it must leave by "
        "12:15 pm at the latest.",
    ],
)
def test_an_earlier_state_inferred_from_a_later_one(text: str) -> None:
    events = goal_chain_events(lower(text))
    assert [event.rule for event in events] == [9]
    assert behaviors(text)[C] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The price was $40 before the sale. So before the sale it was $40.",  # restated
        "So let's start with the first term: 3 + 4 = 7.",  # the work's start
        "She started with 20 stickers and gave away 5, so she has 15.",  # no inference
        "It is divisible by 2, so we start dividing by 2: 6432 = 2 * 3216.",  # not a departure
    ],
)
def test_a_restated_or_forward_start_is_not_an_earlier_state(text: str) -> None:
    assert goal_chain_events(lower(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "We want \\(a^2 + b^2 \\ge 2ab\\). That holds exactly when \\((a - b)^2 \\ge 0\\), "
        "which is always true.",
        "We want \\(2^5 > 5^2\\). That is \\(32 > 25\\), which is clearly true.",
        "We're after the diagonal. That needs the side of the square: \\(s = 5\\).",
    ],
)
def test_a_stated_goal_rewritten_until_true_or_after_what_it_needs(text: str) -> None:
    assert [event.rule for event in goal_chain_events(lower(text))] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "We want \\(x^2 + 1 > 0\\) for every x; the question says so.",  # not rewritten
        "After the first step, we need the sum of 3 and 4, which is 7.",  # not a goal's "after"
    ],
)
def test_a_goal_not_rewritten_or_an_after_that_is_not_a_goal_is_not_read(text: str) -> None:
    assert goal_chain_events(lower(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "ok first 16*3 thats 48 then i want to get to 87 so i need 39 more and 50 - 11 is 39",
        "99 / 3 = 33 is a good waypoint; from 33 we need to lose 17, and 7 + 10 = 17.",
        "From 60 we have to lose 9, which is 3 * 3.",
    ],
)
def test_what_the_goal_still_misses_named_then_made(text: str) -> None:
    events = goal_relations(lower(text))
    assert events
    assert events[-1].detail.endswith(": made")


@pytest.mark.parametrize(
    "text",
    [
        "100 - 80 = 20, so she needs 20 more, and 4 * 5 = 20.",  # computed before named
        "We need 12 more, 12 + 3 = 15.",  # not worth it
        "We need 7 more apples.",  # never made
    ],
)
def test_a_remainder_computed_before_or_not_made_is_not_read(text: str) -> None:
    assert goal_relations(lower(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "51 - 2 = 49 = 7 * 7, " * 40_000,
        "think of 50 as 42 + 8: 42 is 6 * 7. " * 25_000,
        "75 = 3 * 25, " * 60_000 + "25 * 3 + 6 - 6 = 75",
        "so before that it was 15, " * 40_000,
        "so it must leave by 5" * 50_000,
        "i need 3 more, and 1 + 2 is 3. " * 30_000,
    ],
)
def test_fifth_wave_hostile_texts_are_bounded(text: str) -> None:
    events = goal_chain_events(lower(text))
    assert len(events) <= 4 * MAX_RELATIONS + 200
    assert all(0 <= event.start <= event.end <= len(text) for event in events)


def test_fifth_wave_gate_scan_and_literal_gates_agree() -> None:
    from rewardkit.reflect.scan import fast_backend, set_fast
    from tests.behaviour_examples import (
        BC_STRUCT4,
        BC_STRUCT4_CONTROLS,
        FIFTEENTH_ROUND,
        FIFTEENTH_ROUND_CONTROLS,
        SIXTEENTH_ROUND,
        SIXTEENTH_ROUND_CONTROLS,
    )

    if not fast_backend():
        pytest.skip("hyperscan is not installed")
    texts = [row[0] for row in BC_STRUCT4 + FIFTEENTH_ROUND + SIXTEENTH_ROUND]
    texts += list(BC_STRUCT4_CONTROLS + FIFTEENTH_ROUND_CONTROLS + SIXTEENTH_ROUND_CONTROLS)
    lows = [lower(text) for text in texts]
    fast = [goal_chain_events(low) for low in lows]
    set_fast(False)
    try:
        slow = [goal_chain_events(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(len, fast)) >= len(BC_STRUCT4)


#: Backward chaining after the fifth wave, text alone: round -> (recall floor, most controls
#: flagged for backward chaining). Measured 0.68 (41/60) on the fifteenth round (0.50
#: before), 0.85 (39/46) on the sixteenth (0.63), 0.95 (41/43) on the fourteenth (0.93), 0.92
#: (49/53) on the twelfth (unchanged); 1.00 (19/19) on BC_STRUCT4 (0.11 before).
FIGURES = {
    "FIFTEENTH_ROUND": (0.68, 0),
    "SIXTEENTH_ROUND": (0.84, 1),
    "FOURTEENTH_ROUND": (0.95, 0),
    "TWELFTH_ROUND": (0.92, 0),
    "THIRTEENTH_ROUND": (0.94, 0),
    "BC_STRUCT4": (1.00, 0),
}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_fifth_wave_figures(name: str) -> None:
    import tests.behaviour_examples as examples

    rows = getattr(examples, name)
    controls = getattr(examples, f"{name}_CONTROLS")
    positives = [row[0] for row in rows if C in row[1]]
    found = sum(1 for text in positives if behaviors(text)[C])
    flagged = sum(1 for text in controls if behaviors(text)[C])
    floor, most = FIGURES[name]
    assert found / len(positives) >= floor
    assert flagged <= most
