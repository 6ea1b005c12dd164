"""Precision wave (issue 19, seventh session): sentences that only state something (a
behaviour's or a check's name defined, the task's own demand restated, a given returned to for
the ordinary work, a notation chosen "instead of" another, one method named as the plan, a goal
needed first and reached at once with nothing after it, narration, a rule of the game) are not
behaviours; the behaviours' real uses of the same words still are. Floors in FIGURES."""

from __future__ import annotations

import pytest

from rewardkit import behaviors, cognitive_behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect.cognitive import _behavior_table, _not_stated
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    ELEVENTH_ROUND,
    ELEVENTH_ROUND_CONTROLS,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
    NINTH_ROUND_B,
    NINTH_ROUND_B_CONTROLS,
    PREC_FORMS,
    PREC_FORMS_CONTROLS,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
)
from tests.test_behaviours import _found, _precision_recall

V, B, S, C = BEHAVIORS


@pytest.mark.parametrize(("text", "labels"), PREC_FORMS)
def test_the_behaviours_real_uses_of_the_words_still_count(
    text: str, labels: frozenset[str]
) -> None:
    assert labels <= _found(text), text


@pytest.mark.parametrize("text", PREC_FORMS_CONTROLS)
def test_a_sentence_that_only_states_something_is_no_behaviour(text: str) -> None:
    assert _found(text) == set(), text


def test_the_table_covers_every_class_and_both_sides() -> None:
    assert len(PREC_FORMS) >= 40
    assert len(PREC_FORMS_CONTROLS) >= 50
    for name in (V, B, S):
        assert sum(name in labels for _, labels in PREC_FORMS) >= 10, name
    texts = [text for text, _ in PREC_FORMS] + list(PREC_FORMS_CONTROLS)
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A sanity check, in a written proof, is a short test that a value is plausible.", V),
        ("Backtracking is a method that drops a candidate as soon as it cannot lead anywhere.", B),
        ("We are asked to verify that the identity holds for every n.", V),
        ("Our task is to check that 17 is prime.", V),
        ("We need the width first; since the area is 24 and the length 6, the width is 4.", S),
        ("The approach is to use Vieta's formulas.", S),
    ],
)
def test_the_shared_filter_drops_the_stated_phrase(text: str, name: str) -> None:
    low = lower(normalize(text))
    assert behaviors(text)[name] == 0
    # the pattern alone still matches: the sentence filter is what drops it
    family = dict(zip(BEHAVIORS, _behavior_table(), strict=True))[name][1]
    assert any(pattern.search(low) for _, pattern in family), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the check's own subject is definite: the text's check, not a definition
        ("The check is quick: 9 * 7 = 63, so the answer is right.", V),
        # the check follows the task's demand after a comma: the text's own check
        ("We are asked to find x, so let me verify that x = 3 works: 3 * 3 = 9.", V),
        # a later step follows the goal needed first
        ("We need to find x first, then y = 2x + 1 = 9.", S),
        # the goal's reason follows it
        ("Let me aim for a multiple of 7 first, because 91 is 7 * 13.", S),
        # a given returned to after a failed path
        ("That fails. Let's go back to the original equation and try elimination.", B),
        # a goal with a modal is still the writer's goal (the fifteenth round, blind: the
        # rule-of-the-game guard had taken it for "intermediate results must be integers")
        ("I think the intermediate goal should be a counting interpretation: show it.", S),
        ("The intermediate target should be 12, then double it.", S),
    ],
)
def test_near_misses_of_the_filter_still_count(text: str, name: str) -> None:
    assert behaviors(text)[name] >= 1, text


def test_the_filter_keeps_every_span_of_ordinary_work() -> None:
    low = lower(normalize("Let me verify: 3 * 3 = 9. First, find x; then y = 2x."))
    spans = [(0, 13), (27, 32)]
    for name in BEHAVIORS:
        assert _not_stated(low, list(spans), name) == spans
    assert _not_stated(low, [], V) == []


def test_the_filter_is_bounded_on_a_hostile_input() -> None:
    text = ("We are asked to verify " * 40 + "that it holds. ") * 500
    text += "A sanity check is a test. " * 5_000 + "We need x first; x = 4."
    counts = behaviors(text)
    assert counts[V] == 0
    assert counts[S] == 0


def test_the_reward_does_not_count_a_definition() -> None:
    reward = cognitive_behaviors()
    defined = "A sanity check, in a written solution, is a quick test that a result is plausible."
    checked = "As a sanity check, plugging x = 2 back in gives 4 - 4 = 0, which holds."
    nothing, from_defined, from_checked = reward(["", defined, checked])
    assert from_defined == nothing
    assert from_checked > nothing


#: (precision, recall) floors per behaviour after the precision wave, text alone; the rounds'
#: controls flagged before -> after: ninth B 1 -> 0, eleventh 1 -> 0, twelfth 5 -> 0,
#: thirteenth 1 -> 0, fourteenth 3 -> 0; PREC_FORMS 39 -> 0 of 56. Recall is unchanged on every
#: round and table (the floors of tests/test_behaviours.py hold as they were).
FIGURES = {
    "prec-forms": (PREC_FORMS, PREC_FORMS_CONTROLS, {V: 1.0, B: 1.0, S: 1.0, C: 1.0}, 0),
    "ninth-b": (NINTH_ROUND_B, NINTH_ROUND_B_CONTROLS, {}, 0),
    "eleventh": (ELEVENTH_ROUND, ELEVENTH_ROUND_CONTROLS, {}, 0),
    "twelfth": (TWELFTH_ROUND, TWELFTH_ROUND_CONTROLS, {}, 0),
    "thirteenth": (THIRTEENTH_ROUND, THIRTEENTH_ROUND_CONTROLS, {}, 0),
    "fourteenth": (FOURTEENTH_ROUND, FOURTEENTH_ROUND_CONTROLS, {}, 0),
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_precision_wave_figures(name: str) -> None:
    rows, controls, floors, max_flagged = FIGURES[name]
    flagged = [text for text in controls if _found(text)]
    assert len(flagged) <= max_flagged, flagged
    for behavior, floor in floors.items():
        precision, recall, misses = _precision_recall(behavior, rows, controls)
        assert round(precision, 2) >= floor, misses
        assert round(recall, 2) >= floor, misses


# Tenth session, from the twenty-first and twenty-second rounds' flagged controls: target
# practice is no check of a value against a goal, and a presentation chosen "instead of
# writing" a chain of steps is no method left; the checks and abandonments beside them stay.
_TENTH_STATES = [
    "An archer hits the target with probability 0.7 on each shot, so P(2 of 3) = 0.441.",
    "A player hits the target 18 times out of 24 shots: a rate of 75%.",
    "The dart hits the target once in every four throws.",
    "Instead of writing a chain of steps I'll give one line: 35 / 5 * 8 + 2 = 58.",
    "Instead of writing it all out, here is the table of values.",
]
_TENTH_KEEPS = [
    ("25 * 4 - 3 = 97, which hits the target.", V),
    ("So 4 * (5 * 6 - 5) = 100: that hits 100 with all six numbers.", V),
    ("12 * 8 = 96 hits the target exactly.", V),
    ("Instead of expanding, let me factor: x^2 - 1 = (x - 1)(x + 1).", B),
]


@pytest.mark.parametrize("text", _TENTH_STATES)
def test_target_practice_and_a_presentation_chosen_are_no_behaviour(text: str) -> None:
    assert _found(text) == set(), text


@pytest.mark.parametrize(("text", "name"), _TENTH_KEEPS)
def test_a_value_hitting_the_target_and_a_method_left_still_count(text: str, name: str) -> None:
    assert name in _found(text), text
