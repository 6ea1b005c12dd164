"""Structural verification (issue 19, ``rewardkit.reflect.checks``): its rules on hand-written
rows and near misses, the figures of the blind rounds after it, its bounds and its backends."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from rewardkit import behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect import checks, cognitive
from rewardkit.reflect.checks import MAX_EVENTS, verification_checks
from rewardkit.reflect.scan import fast_backend, set_fast
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    ELEVENTH_ROUND,
    ELEVENTH_ROUND_CONTROLS,
    ELEVENTH_ROUND_CONTROLS_COUNTDOWN,
    ELEVENTH_ROUND_COUNTDOWN,
    FIFTH_ROUND,
    FIFTH_ROUND_CONTROLS,
    FORM_TABLE,
    FORM_TABLE_CONTROLS,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
    FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FOURTEENTH_ROUND_COUNTDOWN,
    SEVENTH_ROUND,
    SEVENTH_ROUND_CONTROLS,
    TENTH_ROUND,
    TENTH_ROUND_CONTROLS,
    TENTH_ROUND_CONTROLS_COUNTDOWN,
    TENTH_ROUND_COUNTDOWN,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
    TWELFTH_ROUND_CONTROLS_COUNTDOWN,
    TWELFTH_ROUND_COUNTDOWN,
    VER_STRUCT,
    VER_STRUCT2,
    VER_STRUCT2_CONTROLS,
    VER_STRUCT3,
    VER_STRUCT3_CONTROLS,
    VER_STRUCT4,
    VER_STRUCT4_CONTROLS,
    VER_STRUCT_CONTROLS,
)
from tests.test_behaviours import _assert_round_floor, _found

V = "verification"


def _events(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in verification_checks(low)]


@pytest.mark.parametrize("text", [text for text, _ in VER_STRUCT])
def test_each_row_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    assert behaviors(text)[V] >= 1


@pytest.mark.parametrize("text", VER_STRUCT_CONTROLS)
def test_near_misses_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_table_covers_every_rule_and_both_domains() -> None:
    assert len(VER_STRUCT) >= 15
    assert len(VER_STRUCT_CONTROLS) >= 15
    texts = [text for text, _ in VER_STRUCT]
    assert sum("?" in text for text in texts) >= 3  # rule 2
    assert sum(" times " in text or " plus " in text for text in texts) >= 2  # rule 3
    assert sum(text.split()[1] in "+-*/" for text in texts) >= 4  # Countdown-like steps
    assert all(labels == {V} for _, labels in VER_STRUCT)


def test_the_events_are_the_checks_themselves() -> None:
    assert _events("7 * 3 = 21, 21 + 5 = 26, two over.") == ["= 26, two over"]
    assert _events("95 - 11 = 84. 84 is exactly what we wanted.") == ["= 84. 84 is exactly"]
    assert _events("That gives 42. Does 42 divide 126? 126 = 3 * 42.") == [
        "does 42 divide 126? 126 = 3 * 42."
    ]
    # a phrase already counted is not counted again
    low = "let me verify: 7 * 3 = 21, too small."
    phrases = cognitive._behavior_hits(low)[V]
    assert phrases
    assert len(verification_checks(low, phrases)) < len(verification_checks(low))


#: Verification after the structural rules (precision, recall), text alone and with the
#: Countdown targets; before them (docs/reflection.md): eleventh 0.85 / 0.58, tenth 0.96 /
#: 0.96, form table 1.00 / 0.96.
FIGURES = {
    "eleventh": (0.90, 0.92),
    "tenth": (0.96, 0.98),
    "form": (1.00, 1.00),
}
_ROUNDS = {
    "eleventh": (
        ELEVENTH_ROUND,
        ELEVENTH_ROUND_COUNTDOWN,
        ELEVENTH_ROUND_CONTROLS,
        ELEVENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "tenth": (
        TENTH_ROUND,
        TENTH_ROUND_COUNTDOWN,
        TENTH_ROUND_CONTROLS,
        TENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "form": (
        FORM_TABLE,
        (None,) * len(FORM_TABLE),
        FORM_TABLE_CONTROLS,
        (None,) * len(FORM_TABLE_CONTROLS),
    ),
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(_ROUNDS))
def test_verification_keeps_its_figures_on_the_rounds(name: str, read: str) -> None:
    _assert_round_floor(V, _ROUNDS[name], read, FIGURES[name])


def test_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = "9 * 5 = 45, 45 + 2 = 47, two over. is 47 it? no, 47 = 45 + 2. "
    repeated += "9 times 5 is 45, plus 2 makes 47. "
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = verification_checks(low)
    assert 0 < len(events) <= MAX_EVENTS
    assert events == sorted(events)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    assert verification_checks("1 = " * 250_000) == []
    assert verification_checks("?" * 1_000_000) == []
    assert verification_checks(("= 12, yes. " + "é" * 50) * 15_000)  # the non-ASCII path
    counts = behaviors(text[:200_000])
    assert set(counts) == set(BEHAVIORS)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_same_events(shared_data: Path) -> None:
    texts = [text for text, _ in VER_STRUCT] + list(VER_STRUCT_CONTROLS)
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["completion"] for line in handle][:600]
    lows = [lower(normalize(text)) for text in texts]
    fast = [verification_checks(low) for low in lows]
    set_fast(False)
    try:
        slow = [verification_checks(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(bool, fast)) >= 20


def test_positions_are_those_of_the_literals() -> None:
    low = "so 7 * 3 = 21, too small. is 21 it? 21 = 7 * 3. 4 times 5 is 20."
    for literal, places in checks._positions(low).items():
        assert all(low.startswith(literal, place) for place in places), literal


# Second wave (brief ver21): the rules added after the twelfth round.


@pytest.mark.parametrize("text", [text for text, _ in VER_STRUCT2])
def test_each_second_wave_row_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    assert behaviors(text)[V] >= 1


@pytest.mark.parametrize("text", VER_STRUCT2_CONTROLS)
def test_second_wave_near_misses_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_second_wave_table_covers_its_forms_and_both_domains() -> None:
    texts = [text for text, _ in VER_STRUCT2]
    assert len(texts) >= 15
    assert len(VER_STRUCT2_CONTROLS) >= 15
    assert sum("?" in text for text in texts) >= 2  # a question judged in words
    assert sum("target" in text or "goal" in text for text in texts) >= 3  # Countdown
    assert sum("\\(" in text for text in texts) >= 4  # LaTeX math
    assert all(labels == {V} for _, labels in VER_STRUCT2)


def test_the_second_wave_events_are_the_checks_themselves() -> None:
    # a verdict after a connective clause; "over" only as an amount ("that's eight over")
    assert _events("31 + 28 = 59, and we needed 50, so that's nine over.") == [
        "= 59, and we needed 50, so that's nine over"
    ]
    assert _events("x = 1, so the game is over.") == []
    # a verdict of the comparing kind, after a value or a math span
    assert _events("9 + 7 = 16, 16 + 1 = 17, neither is 20.") == ["= 17, neither is 20"]
    assert _events("so c = 33, which matches my earlier result.") == ["= 33, which matches"]
    assert _events("then 2 * 7 = 14, same as before.") == ["= 14, same as"]
    assert _events("= 14, which is greater than 9.") == []  # a bound, often a search
    assert _events("then \\(g'(x) = 2x + 1\\), consistent with the integrand.") == [
        "= 2x + 1\\), consistent with the"
    ]
    # a math span ends at its first closing: "= x + 2\\), i got \\((1, 2)\\)" is not one span
    assert _events("from \\(y = x + 2\\), i got \\((1, 3)\\), which seems correct.") == []
    # a value restated after "and" and judged
    assert _events("they will be 8 and 24, and 24 is indeed three times 8.") == [
        "and 24, and 24 is indeed"
    ]
    # a short question about a computed value, judged in words (not a long one, nor one
    # whose number was not computed before)
    assert _events("so r = 4. is the radius 4? the chord of 8 is a diameter, so yes.") == [
        "is the radius 4? the chord of 8 is a diameter, so yes."
    ]
    assert _events("is the radius 4? the chord of 8 is a diameter, so yes.") == []
    long = "so n = 4. is it possible that the digits repeat when the base is above 4? no."
    assert _events(long) == []


#: Verification after the second wave (precision, recall), text alone and with the Countdown
#: targets (before it, the first wave's figures: twelfth 0.94 / 0.63, eleventh 0.90 / 0.92,
#: seventh 0.95 / 0.77, fifth 1.00 / 0.93).
#: Kept here rather than in tests/test_behaviours.py's tables, which other branches edit.
SECOND_WAVE_FIGURES = {
    "twelfth": (0.95, 0.87),
    "eleventh": (0.90, 0.92),
    "seventh": (0.95, 0.79),
    "fifth": (1.00, 0.95),
}
#: Controls of the twelfth round flagged verification at most, after the second wave.
SECOND_WAVE_FLAGGED_CONTROLS = 2
_SECOND_WAVE_ROUNDS = {
    "twelfth": (
        TWELFTH_ROUND,
        TWELFTH_ROUND_COUNTDOWN,
        TWELFTH_ROUND_CONTROLS,
        TWELFTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "eleventh": _ROUNDS["eleventh"],
    "seventh": (
        SEVENTH_ROUND,
        (None,) * len(SEVENTH_ROUND),
        SEVENTH_ROUND_CONTROLS,
        (None,) * len(SEVENTH_ROUND_CONTROLS),
    ),
    "fifth": (
        FIFTH_ROUND,
        (None,) * len(FIFTH_ROUND),
        FIFTH_ROUND_CONTROLS,
        (None,) * len(FIFTH_ROUND_CONTROLS),
    ),
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(_SECOND_WAVE_ROUNDS))
def test_verification_keeps_its_second_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(V, _SECOND_WAVE_ROUNDS[name], read, SECOND_WAVE_FIGURES[name])


def test_the_second_wave_flags_no_more_twelfth_round_controls() -> None:
    flagged = [text for text in TWELFTH_ROUND_CONTROLS if behaviors(text)[V]]
    assert len(flagged) <= SECOND_WAVE_FLAGGED_CONTROLS, flagged


def test_second_wave_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = (
        "31 + 28 comes to 59, and we needed 50, so that's nine over. "
        "\\(y = x + 2\\), consistent with the rest. they are 8 and 24, and 24 is indeed 3 * 8. "
        "so r = 4. is the radius 4? so yes. 12 and 12, so the two counts agree. "
    )
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = verification_checks(low)
    assert 0 < len(events) <= MAX_EVENTS
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    # long gaps without a verdict, math spans that never close, a connective after every value
    assert verification_checks("= 5, and " + "x " * 500_000 + "holds.") == []
    assert verification_checks("= \\(" + "a" * 1_000_000) == []
    assert len(verification_checks("= 1, so that's it. " * 50_000)) <= MAX_EVENTS


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_second_wave_events(shared_data: Path) -> None:
    texts = [text for text, _ in VER_STRUCT2] + list(VER_STRUCT2_CONTROLS)
    texts += [text for text, _ in TWELFTH_ROUND]
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["completion"] for line in handle][1500:2500]  # its new hits
    lows = [lower(normalize(text)) for text in texts]
    fast = [verification_checks(low) for low in lows]
    set_fast(False)
    try:
        slow = [verification_checks(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(bool, fast)) >= 80


@pytest.mark.parametrize("text", [text for text, _ in VER_STRUCT3])
def test_each_third_wave_row_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    assert behaviors(text)[V] >= 1


@pytest.mark.parametrize("text", VER_STRUCT3_CONTROLS)
def test_third_wave_near_misses_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_third_wave_table_covers_its_forms_and_both_domains() -> None:
    texts = [text for text, _ in VER_STRUCT3]
    assert len(texts) >= 15
    assert len(VER_STRUCT3_CONTROLS) >= 15
    assert sum("\\(" in text for text in texts) >= 4  # LaTeX math
    assert sum(text.split()[1] in "+-*/" for text in texts) >= 4  # Countdown-like steps
    assert all(labels == {V} for _, labels in VER_STRUCT3)


def test_the_third_wave_events_are_the_checks_themselves() -> None:
    # the verdict class widened: "holds up", "stands", "fine" (ending their clause)
    assert _events("so 3 * 3 = 9, and the claim holds up.") == ["= 9, and the claim holds up"]
    assert _events("the beam = 4 m holds up the roof.") == []
    assert _events("pairs of 101, thats 5050 again fine") == ["thats 5050 again fine"]
    # a number it is not: the value compared with another number, ending its clause
    assert _events("77 - 8 = 69. not 43.") == ["= 69. not 43"]
    assert _events("(9 - 6) * 2 = 6, which isn't 3.") == ["= 6, which isn't 3"]
    assert _events("2 * 9 = 18, not even close to 92.") == ["= 18, not even close to 92"]
    assert _events("so n = 5, not 6 teams.") == []
    # "exactly our number"; a value in dollars, approximate, a short sum
    assert _events("24 * 3 = 72, exactly our number.") == ["= 72, exactly our number"]
    assert _events("it gives \\$60, which is exactly what was paid.") == [
        "gives \\$60, which is exactly what"
    ]
    assert _events("the ratio is about \\(0.4999\\). consistent.") == [
        "is about \\(0.4999\\). consistent"
    ]
    assert _events("1024 = 7·146 + 2. yep, 2") == ["= 7·146 + 2. yep"]
    # a verdict after "was" / "is"
    assert _events("so \\(x = 4\\) is correct.") == ["= 4\\) is correct"]
    assert _events("so x = 4 is a root.") == []
    # "no luck", "not quite": negative verdicts that need no clause end
    assert _events("but 16 - 9 + 3 = 10. no luck yet.") == ["= 10. no luck"]
    # Countdown's rule that every number be used: a number named left over or unused
    assert _events("4 * 8 - 3 = 29 but the 7 is left over.") == ["= 29 but the 7 is left over"]
    assert _events("8 * 15 = 120, leaving 7 unused.") == ["= 120, leaving 7 unused"]
    assert _events("the total is 20, so 8 are left over.") == []


#: Verification after the third wave (precision, recall), text alone and with the Countdown
#: targets (before it, the second wave's figures: thirteenth 0.94 / 0.72, twelfth 0.95 /
#: 0.87, eleventh 0.90 / 0.92). Kept here, not in tests/test_behaviours.py.
THIRD_WAVE_FIGURES = {
    "thirteenth": (0.95, 0.91),
    "twelfth": (0.96, 0.93),
    "eleventh": (0.90, 0.92),
}
#: Controls of the thirteenth round flagged verification at most, after the third wave.
THIRD_WAVE_FLAGGED_CONTROLS = 0
_THIRD_WAVE_ROUNDS = {
    "thirteenth": (
        THIRTEENTH_ROUND,
        (None,) * len(THIRTEENTH_ROUND),
        THIRTEENTH_ROUND_CONTROLS,
        (None,) * len(THIRTEENTH_ROUND_CONTROLS),
    ),
    "twelfth": _SECOND_WAVE_ROUNDS["twelfth"],
    "eleventh": _ROUNDS["eleventh"],
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(_THIRD_WAVE_ROUNDS))
def test_verification_keeps_its_third_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(V, _THIRD_WAVE_ROUNDS[name], read, THIRD_WAVE_FIGURES[name])


def test_the_third_wave_flags_no_thirteenth_round_control() -> None:
    flagged = [text for text in THIRTEENTH_ROUND_CONTROLS if behaviors(text)[V]]
    assert len(flagged) <= THIRD_WAVE_FLAGGED_CONTROLS, flagged


def test_third_wave_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = (
        "77 - 8 = 69. not 43. the ratio is about \\(0.4999\\). consistent. "
        "1024 = 7·146 + 2. yep. it gives \\$60, which is exactly what was paid. "
        "so 3 * 3 = 9, and the claim holds up. 24 * 3 = 72, exactly our number. "
    )
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = verification_checks(low)
    assert 0 < len(events) <= MAX_EVENTS
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    # values and sums without a verdict, a "not" after every value, dollars without a number
    assert verification_checks("= 1 + 2 · 3 - " * 80_000) == []
    assert verification_checks("= \\$" * 200_000) == []
    assert len(verification_checks("= 5, not 6. " * 80_000)) <= MAX_EVENTS


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_third_wave_events(shared_data: Path) -> None:
    texts = [text for text, _ in VER_STRUCT3] + list(VER_STRUCT3_CONTROLS)
    texts += [text for text, _ in THIRTEENTH_ROUND]
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["completion"] for line in handle][1500:2000]
    lows = [lower(normalize(text)) for text in texts]
    fast = [verification_checks(low) for low in lows]
    set_fast(False)
    try:
        slow = [verification_checks(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(bool, fast)) >= 60


@pytest.mark.parametrize("text", [text for text, _ in VER_STRUCT4])
def test_each_fourth_wave_row_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    # (a Countdown verdict such as "no good" is a failure statement of backtracking too)
    assert V in _found(text)


@pytest.mark.parametrize("text", VER_STRUCT4_CONTROLS)
def test_fourth_wave_near_misses_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_fourth_wave_table_covers_its_forms_and_both_domains() -> None:
    texts = [text for text, _ in VER_STRUCT4]
    assert len(texts) >= 25
    assert len(VER_STRUCT4_CONTROLS) >= 15
    assert sum("\\(" in text for text in texts) >= 3  # LaTeX math
    assert sum(" * " in text or " - " in text for text in texts) >= 6  # Countdown-like steps
    assert all(labels == {V} for _, labels in VER_STRUCT4)


def test_the_fourth_wave_events_are_the_checks_themselves() -> None:
    # the verdict class: "no", "ok" (not after a sentence end or a comma), "off" after a
    # clause, "in the right ballpark", "satisfied" after a value compared at once
    assert _events("k = 3: 9 + 3 = 12, no.") == ["= 12, no"]
    assert _events("k = 3. 9 + 3 = 12. no, the sum is even.") == []
    assert _events("so 4 * 4 = 16 ok") == ["= 16 ok"]
    assert _events("it gives 12, ok?") == []
    assert _events("the answer is 4, okay.") == []
    assert _events(
        "it gives 120, but each ring is counted 5 times over its turns, so it's off."
    ) == ["gives 120, but each ring is counted 5 times over its turns, so it's off"]
    assert _events("38 × 39 is about 40 × 37 = 1,480, so it's in the right ballpark.") == [
        "= 1,480, so it's in the right ballpark"
    ]
    assert _events("22^2 = 484 < 500, satisfied.") == ["= 484 < 500, satisfied"]
    # a verdict in brackets
    assert _events("7 + 8 + 9 = 24 (too low)") == ["= 24 (too low"]
    # a property the value lacks (any form); an admissibility only as a verdict on the value
    assert _events("31 + 2 = 33 (not prime)") == ["= 33 (not prime"]
    assert _events("25 - 1 = 24 and 25 - 4 = 21 aren't squares.") == ["= 21 aren't squares"]
    assert _events("since 12 is not prime, we factor it.") == []
    assert _events("so n = 94/7, which is not an integer.") == ["= 94/7, which is not an integer"]
    assert _events("k = 0 gives kx = 0, which is not positive.") == ["= 0, which is not positive"]
    assert _events("therefore, \\(x = 2\\) is not a root.") == [
        "therefore, \\(x = 2\\) is not a root"
    ]
    assert _events("here n = 0 is not allowed.") == []
    # confirming, matching after "add up to", an intensified comparison after "gave"
    assert _events("the remainder is 1, confirming the factor.") == ["is 1, confirming the"]
    assert _events("they add up to 18, which matches our count.") == ["add up to 18, which matches"]
    assert _events("that gave 720, way more than the choices allow.") == ["gave 720, way more"]
    assert _events("adding everything gives 23, nowhere near.") == ["gives 23, nowhere near"]
    # a value judged with no lead: "seems / looks ...", "is about right" only
    assert _events("\\(36\\pi\\) seems too large for a cone that small.") == [
        "\\(36\\pi\\) seems too large"
    ]
    assert _events("a value of 8 is about right.") == ["8 is about right"]
    assert _events("a price of 20 is reasonable.") == []
    # a closing after a clause about the value, the two sides of an equation
    assert _events("= 3$ are integers and 2, 3 share no factor, so that's settled.") == [
        "= 3$ are integers and 2, 3 share no factor, so that's settled"
    ]
    assert _events("lhs = 12 and rhs = 12.") == ["lhs = 12 and rhs = 12"]
    assert _events("the left side is 7 and the right side is 8.") == []
    # a unit after the value, not a verb; a math span after "gives"
    assert _events("the speed is 62 mph, which is plausible.") == ["is 62 mph, which is plausible"]
    assert _events("for i = 2 are the same as before") == []
    assert _events("differentiating back gives \\(3x^2 - 2x\\), which is the integrand, fine.") == [
        "gives \\(3x^2 - 2x\\), which is the integrand, fine"
    ]
    # "is right" (not "turn right"), "exceeds", "close to", the target said equal to the value
    # (not a goal set: "the target is 24, so we need 24")
    assert _events("so 8 * 12 = 96 is right.") == ["= 96 is right"]
    assert _events("= 90, and turn right.") == []
    assert _events("gives 84, which exceeds the 80 we can store.") == [
        "gives 84, which exceeds the"
    ]
    assert _events("3.1 × 5 ≈ 15.5, close to the 15.7 we computed.") == ["≈ 15.5, close to the"]
    assert _events("so 9 * 8 - 4 = 68, and the target is 68.") == ["= 68, and the target is 68"]
    assert _events("the target is 24, so we need 24 from 3, 4 and 6.") == []
    assert _events("so 9 * 8 - 4 = 68, and the target is 70.") == []
    # the same value reached again by a computation (not two assignments), "same" after a
    # separator (not "the reason is the same"), a tested value concluded to fail or work
    assert _events("it gives 10, and 1 + 2 + 3 + 4 = 10 as well.") == [
        "gives 10, and 1 + 2 + 3 + 4 = 10 as well"
    ]
    assert _events("x = 5 and y = 5 too.") == []
    assert _events("(2 + 3)^2 = 25 and 4 + 12 + 9 = 25. same.") == ["= 25. same"]
    assert _events("the answer is 5 and the reason is the same.") == []
    assert _events("composite, so n = 6 fails.") == ["so n = 6 fails"]
    # Countdown's verdicts: an amount said apart from its value ("one short of 62"; not "44 is
    # 4 short of 48", a decomposition), "no good", "doesn't work", "that fails", "->"
    assert _events("= 61. one short of 62.") == ["= 61. one short of 62"]
    assert _events("44 is 4 short of 48, and 48 = 6 * 8.") == []
    assert _events("= 27, no good.") == ["= 27, no good"]
    assert _events("= 27, doesn't work.") == ["= 27, doesn't work"]
    assert _events("= 27, that fails.") == ["= 27, that fails"]
    assert _events("= 31 -> too high") == ["= 31 -> too high"]


#: Verification after the fourth wave (precision, recall), text alone and with the Countdown
#: targets (before it, the third wave's figures: fourteenth 0.98 / 0.73, the last blind round,
#: studied for this wave; thirteenth 0.95 / 0.91, twelfth 0.96 / 0.93, eleventh 0.90 / 0.92,
#: seventh 0.95 / 0.79). Kept here, not in tests/test_behaviours.py.
FOURTH_WAVE_FIGURES = {
    "fourteenth": (0.98, 0.96),
    "thirteenth": (0.96, 0.96),
    "twelfth": (0.96, 0.93),
    "eleventh": (0.90, 0.98),
    "seventh": (0.95, 0.82),
}
#: Controls of the fourteenth round flagged verification at most, after the fourth wave.
FOURTH_WAVE_FLAGGED_CONTROLS = 0
_FOURTH_WAVE_ROUNDS = {
    "fourteenth": (
        FOURTEENTH_ROUND,
        FOURTEENTH_ROUND_COUNTDOWN,
        FOURTEENTH_ROUND_CONTROLS,
        FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "thirteenth": _THIRD_WAVE_ROUNDS["thirteenth"],
    "twelfth": _SECOND_WAVE_ROUNDS["twelfth"],
    "eleventh": _ROUNDS["eleventh"],
    "seventh": _SECOND_WAVE_ROUNDS["seventh"],
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(_FOURTH_WAVE_ROUNDS))
def test_verification_keeps_its_fourth_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(V, _FOURTH_WAVE_ROUNDS[name], read, FOURTH_WAVE_FIGURES[name])


def test_the_fourth_wave_flags_no_fourteenth_round_control() -> None:
    flagged = [text for text in FOURTEENTH_ROUND_CONTROLS if behaviors(text)[V]]
    assert len(flagged) <= FOURTH_WAVE_FLAGGED_CONTROLS, flagged


def test_fourth_wave_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = (
        "7 + 8 + 9 = 24 (too low). 9 + 3 = 12, no. 31 + 2 = 33 (not prime). so x = 2 is not a "
        "root. \\(36\\pi\\) seems too large. lhs = 12 and rhs = 12. it is 62 mph, which is "
        "plausible. = 3$ are integers, so that's settled. gave 2,880, far more than 90. "
    )
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = verification_checks(low)
    assert 0 < len(events) <= MAX_EVENTS
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    # leads without values, closings without values, sides without a second side
    assert verification_checks("is the so it's settled, " * 40_000) == []
    assert verification_checks("the left side is 7 and " * 40_000) == []
    assert len(verification_checks("= 5 (no) " * 100_000)) <= MAX_EVENTS


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_fourth_wave_events(shared_data: Path) -> None:
    texts = [text for text, _ in VER_STRUCT4] + list(VER_STRUCT4_CONTROLS)
    texts += [text for text, _ in FOURTEENTH_ROUND]
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["completion"] for line in handle][1500:2000]
    lows = [lower(normalize(text)) for text in texts]
    fast = [verification_checks(low) for low in lows]
    set_fast(False)
    try:
        slow = [verification_checks(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(bool, fast)) >= 100
