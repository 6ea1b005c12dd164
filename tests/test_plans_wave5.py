"""Subgoal setting, fifth wave (issue 19, brief sub24): the shapes of rounds 15 and 16's misses.

A quantity wanted first or needed things in an order (rule 5), an auxiliary question taken up
(rule 9), the numbers split into pairs (rule 6), list items labelled in order (rule 10), a list
of goals with no heading (rule 1), a plan heading after a sentence (rule 8), "it's enough to /
and VERB ... at the end / a chain of steps" (rule 2) and parts not counted (rule 7). Counting
only, like rules 1-8. The floors of subgoal setting after them live here (FIGURES at the end).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from rewardkit.reflect.plans import plan_events
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    FIFTEENTH_ROUND,
    FIFTEENTH_ROUND_CONTROLS,
    FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FIFTEENTH_ROUND_COUNTDOWN,
    SIXTEENTH_ROUND,
    SIXTEENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
    SIXTEENTH_ROUND_COUNTDOWN,
    SUB_STRUCT4,
    SUB_STRUCT4_CONTROLS,
    S,
)
from tests.test_behaviours import _BLIND_ROUNDS, _assert_round_floor, _found


def _events(text: str) -> int:
    return len(plan_events(lower(normalize(text))))


def test_fifth_wave_table_is_found_and_its_near_misses_are_not() -> None:
    assert {text for text, _ in SUB_STRUCT4}.isdisjoint(SUB_STRUCT4_CONTROLS)
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in SUB_STRUCT4)
    assert 5 <= countdown <= len(SUB_STRUCT4) - 5  # both domains
    assert [(text, _found(text)) for text, labels in SUB_STRUCT4 if _found(text) != labels] == []
    # near misses of a plan: no subgoal (one is a check: verification there is right)
    assert [text for text in SUB_STRUCT4_CONTROLS if S in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rule 5: wanted first ("before" a part), needed in an order, a possessive
        ("Before anything about the area, I want the actual side lengths.", 1),
        ("What I need before anything else is the length of the altitude.", 1),
        ("We need a, b and then c, in that order, because c depends on the other two.", 1),
        ("To find her savings, we first need her income after tax, and then the expenses.", 1),
        ("We need an equation for each, then solve the pair.", 1),
        ("I'd like the radius first; the volume follows from it.", 1),
        ("We would like the probability that both are red.", 0),
        # the goal itself, a state wanted before the work, a reason, a thing's own needs
        ("We want the probability that both are red.", 0),
        ("I want the units straight before computing anything.", 0),
        ("To find x, we need the smallest base because the exponent is smaller.", 0),
        ("That needs the side of the square, and the side comes from the area.", 0),
    ],
)
def test_wanted_and_ordered_quantities_are_rule_5(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rule 9: a smaller / simpler / intermediate goal, taken up by a verb or a colon
        ("Before solving, I'd like to settle a smaller question: can a square lie there?", 1),
        ("The cleanest route is to settle a simpler question first: how many pairings cross?", 1),
        ("Intermediate aim: an 8 from 64 and 8 (64 / 8).", 1),
        ("The expected count is easier with intermediate unknowns: let E be the first.", 1),
        # not taken up, a comparison, a hedge, the past, a rule of the game
        ("This is a simpler problem than the last one.", 0),
        ("Maybe a smaller target would be easier: 50?", 0),
        ("The intermediate goal was 12, but we overshot it.", 0),
        ("Negative intermediate results are allowed here: go on.", 0),
    ],
)
def test_an_auxiliary_question_taken_up_is_rule_9(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rule 6, second form
        ("I'll split the four numbers into two pairs and turn each pair into a 10.", 1),
        ("Group the numbers into two groups: one for the product, one for the sum.", 1),
        ("The numbers split naturally into two pairs of equal sum.", 0),
        ("Maybe split the numbers into two pairs instead.", 0),
        ("We split the numbers into two pairs, which did not work.", 0),
        # rule 10: the first item labelled "first", the next "second / then / next"
        ("- first: 50 * 3 = 150\n- then combine what's left: 10 + 7 = 17", 1),
        ("- first piece: 3 * 6 = 18\n- second piece: make the 5s cancel", 1),
        ("- first: 3 * 4 = 12\n- 12 + 5 = 17", 0),
        ("- the first term is 3\n- the second term is 6", 0),
        # rule 1 in a text without "=" nor a heading: items naming goals
        ("- Find where the two lines meet.\n- Find where each meets the x-axis.", 1),
        ("- add the flour\n- stir the milk", 0),  # not goals: a recipe
        ("- found the slope\n- found the intercept", 0),
        # rule 1: "halve" leads an item
        (
            "### Approach\n1. Combine 98 and 28 into 70.\n2. Halve it.\n3. Add 11.\n(98 - 28) = 70",
            1,
        ),
    ],
)
def test_splits_ordinal_items_and_goal_lists(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rule 8: a plan heading after a sentence, with a colon and a verb
        ("Task: reach 60 with 6, 3, 2 and 10. Sub-steps: get 60 out of 10 and 6, then 1.", 1),
        ("We could go on. The plan is to use the formula.", 0),  # no colon
        ("That was quick. Steps: 3 in total.", 0),  # no verb
        # rule 2: "it's enough / convenient to", "and VERB ... at the end", a chain of steps
        ("By symmetry it's enough to handle one slice, and multiply back at the end.", 1),
        ("Set up coordinates, get the slopes, and then the angle between them.", 1),
        ("I'm going to tackle the numerator, then the denominator.", 1),
        ("Let me deal with the numerator on its own and the denominator afterwards.", 1),
        ("Let me compute the product, then the answer is 100.", 0),  # a result told
        ("We found the base, then the height.", 0),  # no intention
        ("First we found the slope, got the intercept, and then the line.", 0),  # a recap
        ("Let me test that numerically before relying on it.", 0),  # a check
        # rule 7: parts not counted, then a colon
        ("It's convenient to count in pieces: first the colourings, next the matches.", 1),
        ("Let's get the pieces: the probability of one sequence, and how many there are.", 1),
        ("The cake was cut in pieces: first Ann took one, then Ben.", 0),
        ("Here are the parts: a frame and two wheels.", 0),
    ],
)
def test_headings_intentions_and_uncounted_parts(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("settle a smaller question: x. " * 40_000, 40, id="auxiliary-capped"),
        pytest.param("smaller " * 130_000, 0, id="auxiliary-words-only"),
        pytest.param("i'll split the numbers into two pairs. " * 30_000, 40, id="splits-capped"),
        pytest.param("- first: a\n- then b\n" * 60_000, 40, id="ordinal-capped"),
        pytest.param("- first: " + "a" * 1_000_000, 0, id="ordinal-long-line"),
        pytest.param("- find x\n" * 120_000, 1, id="one-goal-list"),
        pytest.param("ok. steps: find x. " * 60_000, 40, id="mid-headings-capped"),
        pytest.param("let's do it in pieces: first a, then b. " * 30_000, 40, id="pieces-capped"),
        pytest.param("i want the x first. " * 60_000, 40, id="wanted-capped"),
    ],
)
def test_fifth_wave_is_bounded_on_hostile_text(text: str, expected: int) -> None:
    # each ~1 MB; linear by construction (sentences of at most 300 characters, 40 of each
    # anchor looked at, a list read over at most 2,000 lines)
    assert len(plan_events(text)) == expected


def test_plan_events_are_the_same_with_and_without_hyperscan_on_the_fifth_wave() -> None:
    from rewardkit.reflect.scan import set_fast

    texts = [text for text, _ in SUB_STRUCT4 + FIFTEENTH_ROUND + SIXTEENTH_ROUND]
    lows = [lower(normalize(text)) for text in [*texts, *SUB_STRUCT4_CONTROLS]]
    fast = [plan_events(low) for low in lows]
    try:
        set_fast(False)
        slow = [plan_events(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(len, fast)) >= 60


_ROUNDS: dict[str, tuple[Any, ...]] = {
    **_BLIND_ROUNDS,
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
}

#: (precision, recall) of subgoal setting after the fifth wave, text alone and with the
#: Countdown targets (the same). Before it (main at 973abd9): fifteenth 0.88 / 0.59, sixteenth
#: 0.93 / 0.80, fourteenth 0.92 / 0.69, twelfth 0.95 / 0.78, thirteenth 0.93 / 1.00 and
#: eleventh 0.98 / 0.84 (both unchanged).
FIGURES = {
    "fifteenth": (0.92, 0.71),
    "sixteenth": (0.95, 0.89),
    "fourteenth": (0.93, 0.73),
    "twelfth": (0.95, 0.84),
    "thirteenth": (0.93, 1.00),
    "eleventh": (0.98, 0.84),
    "sub_struct4": (1.00, 1.00),
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", [name for name in FIGURES if name in _ROUNDS])
def test_fifth_wave_subgoal_floors_on_the_blind_rounds(name: str, read: str) -> None:
    _assert_round_floor(S, _ROUNDS[name], read, FIGURES[name])


def test_fifth_wave_table_figures() -> None:
    found = [S in _found(text) for text, _ in SUB_STRUCT4]
    flagged = [S in _found(text) for text in SUB_STRUCT4_CONTROLS]
    recall = sum(found) / len(found)
    precision = sum(found) / (sum(found) + sum(flagged))
    assert (round(precision, 2), round(recall, 2)) >= FIGURES["sub_struct4"]
