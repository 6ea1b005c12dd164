"""Subgoal setting, fourth wave (issue 19, brief sub23): rules 7-8 and the widened slots.

Parts counted and taken in turn (rule 7), a plan heading before a verb (rule 8), a list under a
heading in a text with no work (rule 1), "X before VERBing Y" (rule 2), "pair them" (rule 6),
"an intermediate N" (rule 3) and a few more intention markers. Counting only, like rules 1-6.
The floors of subgoal setting after them live here (FIGURES at the end), not in
tests/test_behaviours.py, which other branches edit.
"""

from __future__ import annotations

import re

import pytest

from rewardkit.reflect.plans import plan_events
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    FIFTH_ROUND,
    FIFTH_ROUND_CONTROLS,
    SUB_STRUCT3,
    SUB_STRUCT3_CONTROLS,
    THIRD_ROUND,
    THIRD_ROUND_CONTROLS,
    S,
)
from tests.test_behaviours import _BLIND_ROUNDS, _assert_round_floor, _found, _precision_recall


def _events(text: str) -> int:
    return len(plan_events(lower(normalize(text))))


def test_fourth_wave_table_is_found_and_its_near_misses_are_not() -> None:
    assert {text for text, _ in SUB_STRUCT3}.isdisjoint(SUB_STRUCT3_CONTROLS)
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in SUB_STRUCT3)
    assert 5 <= countdown <= len(SUB_STRUCT3) - 5  # both domains
    assert [(text, _found(text)) for text, labels in SUB_STRUCT3 if _found(text) != labels] == []
    assert [(text, _found(text)) for text in SUB_STRUCT3_CONTROLS if _found(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # rule 7: a count of parts, then a colon and two things to do, or the parts labelled
        ("There are two tasks: finding the radius, and using it in the volume formula.", 1),
        ("The proof has two parts. The first is showing the base case; the second, the step.", 1),
        ("Two stages. Stage one, shrink 96 with the 8. Stage two, add the 3.", 1),
        ("Three things to find: the mean, the median and the mode.", 1),
        # the problem's own parts, givens, a description, a demonstrative, no enumeration
        ("The rope is cut into two parts: one of 3 m and one of 5 m.", 0),
        ("We know two things: the sum is 10, and the product is 21.", 0),
        ("The region consists of two parts: the disk and the strip.", 0),
        ("These two parts meet at x = 1; the first part is linear, the second is not.", 0),
        ("The problem has two parts, and the answer to each is an integer.", 0),
        ("Three things: the mean, the median and the mode.", 0),  # no "to VERB", no intention
        # the count's next sentence opens with "first," and a later one with "then,"
        ("We can break this into two steps. First, we square it. Then, we add 3.", 1),
        ("Let's split it into two parts: x < 1 and x > 1.", 1),  # the writer divides it
        ("We are given two pieces of information: the sum is 13, and the gap is 27.", 0),
        ("There are two main pieces: one with x, and one with y. So, then, we add them.", 0),
        # a process told in a word problem: its items are not operations on the problem
        ("There are two pieces: cutting the cake, and eating it.", 0),
        ("Jim has to do two tasks: washing the car and mowing the lawn.", 0),
        ("The machine runs in three phases: heating, mixing and cooling.", 0),
        # parts of the story, not of the work: no intention, no operation after a label
        ("The proof has two parts. The first is the base case; the second is the step.", 0),
        ("The trip has two parts. The first part is 30 miles and the second part is 40.", 0),
        ("There are three questions on the quiz. The first one is worth 2, the second 3.", 0),
        # rule 8: a plan heading opening a line, then a verb
        ("**Approach.** Reduce to finding cos A first.", 1),
        ("Milestones for this proof: show it is bounded, show it is monotone.", 1),
        ("Approach 2: the identity.", 0),
        ("The plan is to use the quadratic formula.", 0),
        ("We take this approach: it is shorter.", 0),
    ],
)
def test_counted_parts_and_plan_headings_are_plan_events(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a text without any "=": a list counts only right under a heading
        ("To solve this:\n1. Find the roots.\n2. Decide the sign between them.", 1),
        ("### Steps\n- prime factorisation of 360\n- use it to count the divisors", 1),
        ("1. Find the roots.\n2. Decide the sign between them.", 0),
        ("Notes:\n- the prime factorisation of 360\n- the divisors", 0),  # nouns, no plan word
        ("Ingredients:\n- add 2 cups of flour\n- mix well", 0),  # a list told, not a plan
        # free items only under a markdown or bold plan heading, not under a sentence
        ("Let's list the steps:\n1. the number must end in 0.\n2. its digit sum is even.", 0),
        ("**2. Expand and simplify**\n- expand the numerator\n- combine like terms", 0),
        ("Steps 2 to 4 repeat:\n- divide the leading terms\n- multiply back\n- subtract", 0),
    ],
)
def test_a_list_under_a_heading_is_a_plan_without_work_after_it(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let's get h from the slant height before touching the volume.", 1),
        ("I want the first one nailed down before touching the second.", 1),
        ("Let's simplify the radical before substituting it back.", 1),
        # a check, a rule, the problem's time, "anything"
        ("I want to confirm the dice are fair before computing anything.", 0),
        ("We have to multiply before adding.", 0),
        ("The number of coins before finding the extra bag was 53.", 0),
        ("Let's look at it before proceeding.", 0),
    ],
)
def test_one_part_before_the_next_is_an_ordered_intention(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Let me pair them up: (40, 10) and (6, 2). 40 / 10 = 4, 6 * 2 = 12, 4 * 12 = 48.", 1),
        ("The faces pair up as (1, 6), (2, 5) and (3, 4).", 0),
        ("The pairs (1, 6) and (2, 3) multiply to 6.", 0),
        ("I'll aim for an intermediate 50 and then adjust. 25 * 2 = 50, 50 + 7 = 57.", 1),
        ("need lcm of 12 and 18 first then divide 360 by it. lcm = 36", 1),
        ("the two small ones should become a divisor first, then handle the 75.", 1),
        ("the total should be 12 at first, then 24 after the doubling.", 0),
        ("First I'd like to make 7 out of 3 and 4, and then 7 * 8 = 56.", 1),
        ("Our aim is first to show that n is even, and then that n/2 is odd.", 1),
    ],
)
def test_widened_slots_of_rules_2_3_and_6(text: str, found: int) -> None:
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("two parts: finding x, and using it. " * 30_000, 40, id="parts-capped"),
        pytest.param("two parts " * 100_000, 0, id="counts-without-items"),
        pytest.param("two parts. " + "the first is " * 80_000, 0, id="no-second-label"),
        pytest.param("\n**approach.** find x\n" * 50_000, 40, id="headings-capped"),
        pytest.param("plan" * 250_000, 0, id="heading-words-only"),
        pytest.param("to do:\n" + "- find x\n" * 110_000, 1, id="one-headed-list"),
        pytest.param("note:\n- a\n" * 100_000, 0, id="headed-nouns"),
        pytest.param("let's get x before touching y. " * 30_000, 40, id="before-capped"),
        pytest.param("before " * 150_000, 0, id="before-without-gerunds"),
        pytest.param("pair them: (1, 2) and (3, 4). " * 30_000, 40, id="pairs-capped"),
    ],
)
def test_fourth_wave_is_bounded_on_hostile_text(text: str, expected: int) -> None:
    # each ~1 MB; linear by construction (sentences of at most 300 characters, 40 counts,
    # headings and headed lists looked at, a list read over at most 2,000 characters)
    assert len(plan_events(text)) == expected


def test_plan_events_are_the_same_with_and_without_hyperscan_on_the_fourth_wave() -> None:
    from rewardkit.reflect.scan import set_fast
    from tests.behaviour_examples import FOURTEENTH_ROUND, THIRTEENTH_ROUND

    texts = [text for text, _ in SUB_STRUCT3 + THIRTEENTH_ROUND + FOURTEENTH_ROUND]
    lows = [lower(normalize(text)) for text in [*texts, *SUB_STRUCT3_CONTROLS]]
    fast = [plan_events(low) for low in lows]
    try:
        set_fast(False)
        slow = [plan_events(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(len, fast)) >= 40


#: (precision, recall) of subgoal setting after the fourth wave, text alone and with the
#: Countdown targets (the same). Before it (main at 32de1d4): fourteenth 0.92 / 0.65, twelfth
#: 0.94 / 0.68, thirteenth 0.91 / 0.79, eleventh 0.98 / 0.84 (unchanged), tenth 1.00 / 0.85
#: (unchanged).
FIGURES = {
    "fourteenth": (0.92, 0.69),
    "twelfth": (0.95, 0.78),
    "thirteenth": (0.93, 1.00),
    "eleventh": (0.98, 0.84),
    "tenth": (1.00, 0.85),
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(FIGURES))
def test_fourth_wave_subgoal_floors_on_the_blind_rounds(name: str, read: str) -> None:
    _assert_round_floor(S, _BLIND_ROUNDS[name], read, FIGURES[name])


#: The same on rounds read from the text alone; before: third 0.98 / 0.98, fifth 1.00 / 0.97.
TEXT_FIGURES = {
    "third": (THIRD_ROUND, THIRD_ROUND_CONTROLS, (0.98, 1.00)),
    "fifth": (FIFTH_ROUND, FIFTH_ROUND_CONTROLS, (1.00, 1.00)),
}


@pytest.mark.parametrize("name", list(TEXT_FIGURES))
def test_fourth_wave_subgoal_floors_on_earlier_rounds(name: str) -> None:
    rows, controls, (floor_precision, floor_recall) = TEXT_FIGURES[name]
    precision, recall, misses = _precision_recall(S, rows, controls)
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses
