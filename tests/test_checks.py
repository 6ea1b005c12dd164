"""Structural verification (issue 19, ``rewardkit.reflect.checks``): the rules of every wave
on hand-written rows and near misses, the figures of the rounds after each wave, the controls
they flag, their bounds and their backends. Each wave's tables, inputs and figures are data
rows named after the wave; the waves' own readings keep a test each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rewardkit import behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect import checks, cognitive
from rewardkit.reflect.checks import MAX_EVENTS, verification_checks
from rewardkit.reflect.scan import fast_backend
from rewardkit.text import lower, normalize
from tests._structural import (
    assert_bounded,
    assert_table_covers,
    control_params,
    math500_completions,
    read_spans,
    row_params,
    text_round,
    wave_params,
)
from tests.behaviour_examples import (
    FIFTEENTH_ROUND,
    FIFTH_ROUND,
    FIFTH_ROUND_CONTROLS,
    FORM_TABLE,
    FORM_TABLE_CONTROLS,
    FOURTEENTH_ROUND,
    SEVENTH_ROUND,
    SEVENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    VER_STRUCT,
    VER_STRUCT2,
    VER_STRUCT2_CONTROLS,
    VER_STRUCT3,
    VER_STRUCT3_CONTROLS,
    VER_STRUCT4,
    VER_STRUCT4_CONTROLS,
    VER_STRUCT5,
    VER_STRUCT5_CONTROLS,
    VER_STRUCT_CONTROLS,
)
from tests.test_behaviours import _BLIND_ROUNDS, _assert_round_floor, _found, _on_both_backends

V = "verification"


def _events(text: str) -> list[str]:
    return read_spans(verification_checks, text)


#: The hand-written tables of each wave: its rows (each a check) and its near misses (none).
_TABLES = {
    "first": (VER_STRUCT, VER_STRUCT_CONTROLS),
    "second": (VER_STRUCT2, VER_STRUCT2_CONTROLS),
    "third": (VER_STRUCT3, VER_STRUCT3_CONTROLS),
    "fourth": (VER_STRUCT4, VER_STRUCT4_CONTROLS),
    "fifth": (VER_STRUCT5, VER_STRUCT5_CONTROLS),
}


@pytest.mark.parametrize("text", row_params(_TABLES))
def test_each_row_of_every_wave_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    # (a Countdown verdict such as "no good" is a failure statement of backtracking too)
    assert V in _found(text)


@pytest.mark.parametrize("text", control_params(_TABLES))
def test_the_near_misses_of_every_wave_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


#: What each wave's table must hold besides its labels: at least so many rows (and 15 near
#: misses), and the forms of its rules in both domains (a test on a row, how many rows at least).
_COVERAGE = [
    pytest.param(
        "first",
        15,
        (
            (lambda text: "?" in text, 3),  # rule 2
            (lambda text: " times " in text or " plus " in text, 2),  # rule 3
            (lambda text: text.split()[1] in "+-*/", 4),  # Countdown-like steps
        ),
        id="first",
    ),
    pytest.param(
        "second",
        15,
        (
            (lambda text: "?" in text, 2),  # a question judged in words
            (lambda text: "target" in text or "goal" in text, 3),  # Countdown
            (lambda text: "\\(" in text, 4),  # LaTeX math
        ),
        id="second",
    ),
    pytest.param(
        "third",
        15,
        (
            (lambda text: "\\(" in text, 4),  # LaTeX math
            (lambda text: text.split()[1] in "+-*/", 4),  # Countdown-like steps
        ),
        id="third",
    ),
    pytest.param(
        "fourth",
        25,
        (
            (lambda text: "\\(" in text, 3),  # LaTeX math
            (lambda text: " * " in text or " - " in text, 6),  # Countdown-like steps
        ),
        id="fourth",
    ),
    pytest.param(
        "fifth",
        25,
        (
            (lambda text: "\\(" in text, 4),  # LaTeX math
            (lambda text: " * " in text or " + " in text, 10),  # Countdown-like steps
        ),
        id="fifth",
    ),
]


@pytest.mark.parametrize(("wave", "least_rows", "forms"), _COVERAGE)
def test_each_wave_table_covers_its_forms_and_both_domains(
    wave: str, least_rows: int, forms: tuple[tuple[Callable[[str], bool], int], ...]
) -> None:
    rows, controls = _TABLES[wave]
    assert_table_covers(rows, controls, (least_rows, 15), forms, V)


# The readings of each wave, on its own sentences.


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


def test_positions_are_those_of_the_literals() -> None:
    low = "so 7 * 3 = 21, too small. is 21 it? 21 = 7 * 3. 4 times 5 is 20."
    for literal, places in checks._positions(low).items():
        assert all(low.startswith(literal, place) for place in places), literal


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


def test_the_fifth_wave_events_are_the_checks_themselves() -> None:
    # two results agreeing, judged in one word (not "the same number of elements")
    assert _events("4 + 5 + 6 = 15. same number both ways.") == ["= 15. same number both ways"]
    assert _events("the two sets have the same number of elements.") == []
    assert _events("135 / 9 = 15. it fits.") == ["= 15. it fits"]
    assert _events("5 shirts * 6 pants = 30 outfits.") == []  # "fits" is not read in a word
    assert _events("8 * 5 = 40. confirmed, 40.") == ["= 40. confirmed"]
    # a candidate kept or rejected against another value; "not equal" after a math span
    assert _events("\\(\\sqrt{4} = 2\\) vs \\(-2\\), reject.") == ["= 2\\) vs \\(-2\\), reject"]
    assert _events("compare 5 vs 7 to see the pattern.") == []
    assert _events("\\(2 g(x) = 2x + 2\\), not equal.") == ["= 2x + 2\\), not equal"]
    # a unit, then the verdict at once
    assert _events("240 / 4 = 60 km, consistent.") == ["= 60 km, consistent"]
    # Countdown's scratch: no punctuation after "nah", a tag, an interjection, a restated value
    assert _events("8 + 9 + 10 = 27 nah try products") == ["= 27 nah"]
    assert _events("6 * 7 = 42 yes </think>") == ["= 42 yes"]
    assert _events("30 + 12 + 9 = 51 hmm too high by 3") == ["= 51 hmm too high by 3"]
    assert _events("40 + 8 = 48. yes that's 48") == ["= 48. yes that's 48"]
    assert _events("the party had 12 guests, yes that's what she said.") == []
    # the value against the target, said apart from it
    assert _events("that gives 75... hmm, the target was 80, so i'm five short.") == [
        "gives 75... hmm, the target was 80, so i'm five short"
    ]
    assert _events("that's 52 — well under 90.") == ["that's 52 — well under"]
    assert _events("5 * 8 = 40. that equals the target of 40.") == [
        "= 40. that equals the target of 40"
    ]
    assert _events("the target is 40, so we need 40 from 5, 8 and 9.") == []
    assert _events("13 and 6 give 19 or 78 or 7, nothing close to 50.") == [
        "give 19 or 78 or 7, nothing close to 5"  # (the span ends at the number's first digit)
    ]
    assert _events("3 + 5 + 7 is just 15, nowhere near.") == ["is just 15, nowhere near"]
    assert _events("the price is just 15 dollars for members.") == []
    assert _events("24 + 25 + 3 = 52, with 8 still unused, no good.") == [
        "= 52, with 8 still unused"
    ]
    assert _events("12 + 36 = 48 yep thats the number we want") == [
        "= 48 yep thats the number we want"
    ]


def test_a_verdict_then_its_arithmetic_evidence_is_a_check() -> None:
    # the evidence at once: in brackets, after "because / since / as" or a colon
    assert _events("2, 6, 12, 20 isn't geometric (\\(\\frac62 = 3\\) but ...)") == [
        "isn't geometric (\\(\\frac62 = 3"
    ]
    assert _events("an 8 from 10 and 3 isn't possible (10 - 3 = 7).") == [
        "isn't possible (10 - 3 = 7"
    ]
    assert _events("(5, 7) lies on it because \\(2 \\cdot 5 - 3 = 7\\).") == [
        "lies on it because \\(2 \\cdot 5 - 3 = 7"
    ]
    assert _events("with x = 4 and 2/3, both stand: \\(|8 - 3| = 5 = 4 + 1\\)") == [
        "both stand: \\(|8 - 3| = 5"
    ]
    # "works / fails / holds" before a colon or a bracket, "is not on the line", "satisfies all
    # three equations"
    assert _events("with x = 3 the guess works: 3 * 4 + 1 = 13.") == ["works: 3 * 4 + 1 = 1"]
    assert _events("n = 5 fails (5 * 5 - 1 = 24).") == ["fails (5 * 5 - 1 = 2"]
    assert _events("(1, 2) is not on the line, since 2 * 1 + 3 = 5.") == [
        "is not on the line, since 2 * 1 + 3 = 5"
    ]
    # not a verdict with a reason that is no arithmetic, nor one with no evidence, nor evidence
    # far from its verdict
    assert _events("splitting 24 as 6 * 4 doesn't work (6 = 9 - 3 uses the 3 twice).") == []
    assert _events("the 2 lemmas are not on the list: see the 3 cases above, 1 + 1 = 2.") == []
    assert _events("here x = 3 is not possible (since x = 2 is required).") == []
    assert _events("17 is not prime (see the table on page 3).") == []
    assert _events("17 is not prime, so we stop.") == []


def test_a_question_about_an_operand_is_not_about_a_value() -> None:
    # "(m+1)^2" names no value: the answer "no. so n^2 = m(m+1) ..." is no check of "1"
    text = (
        "the left side is n^2 and the right side m(m+1). can a square lie strictly between m^2 "
        "and (m+1)^2? no. so n^2 = m(m+1) forces m = 0."
    )
    assert _events(text) == []


def test_a_modular_value_questioned_and_recomputed_is_a_check() -> None:
    text = (
        "since 3^4 = 81 \\equiv 1 \\pmod 5, 3^9 \\equiv 3. is that so? 3^9 = 19683 = "
        "5 \\cdot 3936 + 3. right, remainder 3."
    )
    assert _events(text) == ["is that so? 3^9 = 19683 = 5 \\cdot 3936 + 3. right, remainder 3."]
    assert _events("the modulus is 7 and 3 \\equiv 10 \\pmod 7. is that so? it is.") == []


#: The rounds the figures are measured on: rows, their Countdown instances, controls, theirs
#: (the thirteenth read from its text alone, as when these figures were measured).
_ROUNDS = {
    "fifth": text_round(FIFTH_ROUND, FIFTH_ROUND_CONTROLS),
    "seventh": text_round(SEVENTH_ROUND, SEVENTH_ROUND_CONTROLS),
    "form": text_round(FORM_TABLE, FORM_TABLE_CONTROLS),
    "thirteenth": text_round(THIRTEENTH_ROUND, THIRTEENTH_ROUND_CONTROLS),
    **{
        name: _BLIND_ROUNDS[name]
        for name in ("tenth", "eleventh", "twelfth", "fourteenth", "fifteenth", "sixteenth")
    },
}

#: Verification after each wave (precision, recall) on the rounds, text alone and with the
#: Countdown targets. Kept here rather than in tests/test_behaviours.py's tables, which other
#: branches edit.
FIGURES = {
    # before the first wave (docs/reflection.md): eleventh 0.85 / 0.58, tenth 0.96 / 0.96,
    # form table 1.00 / 0.96
    "first": {
        "eleventh": (0.90, 0.92),
        "tenth": (0.96, 0.98),
        "form": (1.00, 1.00),
    },
    # before it, the first wave's figures: twelfth 0.94 / 0.63, eleventh 0.90 / 0.92, seventh
    # 0.95 / 0.77, fifth 1.00 / 0.93
    "second": {
        "twelfth": (0.95, 0.87),
        "eleventh": (0.90, 0.92),
        "seventh": (0.95, 0.79),
        "fifth": (1.00, 0.95),
    },
    # before it, the second wave's figures: thirteenth 0.94 / 0.72, twelfth 0.95 / 0.87,
    # eleventh 0.90 / 0.92
    "third": {
        "thirteenth": (0.95, 0.91),
        "twelfth": (0.96, 0.93),
        "eleventh": (0.90, 0.92),
    },
    # before it, the third wave's figures: fourteenth 0.98 / 0.73 (the last blind round, studied
    # for this wave), thirteenth 0.95 / 0.91, twelfth 0.96 / 0.93, eleventh 0.90 / 0.92,
    # seventh 0.95 / 0.79
    "fourth": {
        "fourteenth": (0.98, 0.96),
        "thirteenth": (0.96, 0.96),
        "twelfth": (0.96, 0.93),
        "eleventh": (0.90, 0.98),
        "seventh": (0.95, 0.82),
    },
    # before it (the fourth wave, measured blind): fifteenth 0.88 / 0.68, sixteenth 0.94 /
    # 0.72. Both rounds were read for this wave, so these figures are no longer blind.
    "fifth": {
        "fifteenth": (0.92, 0.87),
        "sixteenth": (0.95, 0.89),
        # read again for the shapes the misses share (before: 0.98 / 0.96, 0.96 / 0.96, 0.96 /
        # 0.93)
        "fourteenth": (0.98, 0.98),
        "thirteenth": (0.96, 0.98),
        "twelfth": (0.96, 0.94),
    },
}
#: Controls of the rounds flagged verification at most, after each wave (the fifth wave's as
#: before it: the phrase families' flags, "we are asked to verify that ...").
FLAGGED_CONTROLS = {
    "second": {"twelfth": 2},
    "third": {"thirteenth": 0},
    "fourth": {"fourteenth": 0},
    "fifth": {"fifteenth": 2, "sixteenth": 2, "fourteenth": 0, "thirteenth": 0, "twelfth": 2},
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize(("name", "figures"), wave_params(FIGURES))
def test_verification_keeps_each_waves_figures_on_the_rounds(
    name: str, figures: tuple[float, float], read: str
) -> None:
    _assert_round_floor(V, _ROUNDS[name], read, figures)


@pytest.mark.parametrize(("name", "most"), wave_params(FLAGGED_CONTROLS))
def test_each_wave_flags_no_more_controls_of_the_rounds(name: str, most: int) -> None:
    flagged = [text for text in _ROUNDS[name][2] if behaviors(text)[V]]
    assert len(flagged) <= most, flagged


#: Each wave's hostile inputs: a text of its forms repeated to 1 MB (events found, at most
#: MAX_EVENTS, in order, never overlapping), texts with none, texts capped at MAX_EVENTS and
#: texts with some.
_HOSTILE = [
    pytest.param(
        "9 * 5 = 45, 45 + 2 = 47, two over. is 47 it? no, 47 = 45 + 2. "
        "9 times 5 is 45, plus 2 makes 47. ",
        ("1 = " * 250_000, "?" * 1_000_000),
        (),
        (("= 12, yes. " + "é" * 50) * 15_000,),  # the non-ASCII path
        id="first",
    ),
    pytest.param(
        "31 + 28 comes to 59, and we needed 50, so that's nine over. "
        "\\(y = x + 2\\), consistent with the rest. they are 8 and 24, and 24 is indeed 3 * 8. "
        "so r = 4. is the radius 4? so yes. 12 and 12, so the two counts agree. ",
        # long gaps without a verdict, math spans that never close, a connective after every
        # value
        ("= 5, and " + "x " * 500_000 + "holds.", "= \\(" + "a" * 1_000_000),
        ("= 1, so that's it. " * 50_000,),
        (),
        id="second",
    ),
    pytest.param(
        "77 - 8 = 69. not 43. the ratio is about \\(0.4999\\). consistent. "
        "1024 = 7·146 + 2. yep. it gives \\$60, which is exactly what was paid. "
        "so 3 * 3 = 9, and the claim holds up. 24 * 3 = 72, exactly our number. ",
        # values and sums without a verdict, a "not" after every value, dollars without a number
        ("= 1 + 2 · 3 - " * 80_000, "= \\$" * 200_000),
        ("= 5, not 6. " * 80_000,),
        (),
        id="third",
    ),
    pytest.param(
        "7 + 8 + 9 = 24 (too low). 9 + 3 = 12, no. 31 + 2 = 33 (not prime). so x = 2 is not a "
        "root. \\(36\\pi\\) seems too large. lhs = 12 and rhs = 12. it is 62 mph, which is "
        "plausible. = 3$ are integers, so that's settled. gave 2,880, far more than 90. ",
        # leads without values, closings without values, sides without a second side
        ("is the so it's settled, " * 40_000, "the left side is 7 and " * 40_000),
        ("= 5 (no) " * 100_000,),
        (),
        id="fourth",
    ),
    pytest.param(
        "4 + 5 = 9. same number both ways. \\(\\sqrt{4} = 2\\) vs \\(-2\\), reject. 6 * 7 = 42 "
        "yes </think> 30 + 12 = 42 hmm too high by 3. that's 52 — well under 90. 13 and 6 give "
        "19 or 78 or 7, nothing close to 50. = 52, with 8 still unused. = 60 km, consistent. "
        "an 8 from 10 and 3 isn't possible (10 - 3 = 7). 4, 9 lies on it because 2 * 2 = 4. ",
        # values without a verdict, "vs" and units without one, interjections alone
        (
            "= 5 vs 6 km hmm, " * 60_000,
            "gives 1 or 2 or 3 or " * 50_000,
            "1 is not prime (" * 60_000,
        ),
        ("= 5 nah " * 120_000,),
        (),
        id="fifth",
    ),
]


@pytest.mark.parametrize(("repeated", "silent", "capped", "found"), _HOSTILE)
def test_each_waves_hostile_inputs_are_bounded_and_never_raise(
    repeated: str, silent: tuple[str, ...], capped: tuple[str, ...], found: tuple[str, ...]
) -> None:
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    assert_bounded(verification_checks(low), MAX_EVENTS)
    for hostile in silent:
        assert verification_checks(hostile) == []
    for hostile in capped:
        assert len(verification_checks(hostile)) <= MAX_EVENTS
    for hostile in found:
        assert verification_checks(hostile)
    counts = behaviors(text[:200_000])
    assert set(counts) == set(BEHAVIORS)


#: Each wave's texts for the two backends: its tables, the round it was made for, a slice of
#: the real generations (where its new hits are), and how many texts must have a check.
_BACKENDS = [
    pytest.param("first", (), (0, 600), 20, id="first"),
    pytest.param("second", TWELFTH_ROUND, (1500, 2500), 80, id="second"),
    pytest.param("third", THIRTEENTH_ROUND, (1500, 2000), 60, id="third"),
    pytest.param("fourth", FOURTEENTH_ROUND, (1500, 2000), 100, id="fourth"),
    pytest.param("fifth", FIFTEENTH_ROUND + SIXTEENTH_ROUND, (1500, 2000), 130, id="fifth"),
]


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
@pytest.mark.parametrize(("wave", "round_rows", "generations", "least"), _BACKENDS)
def test_the_standard_library_backend_finds_each_waves_events(
    shared_data: Path,
    wave: str,
    round_rows: tuple[tuple[str, frozenset[str]], ...],
    generations: tuple[int, int],
    least: int,
) -> None:
    rows, controls = _TABLES[wave]
    texts = [text for text, _ in rows] + list(controls)
    texts += [text for text, _ in round_rows]
    texts += math500_completions(shared_data)[slice(*generations)]
    lows = [lower(normalize(text)) for text in texts]
    fast, slow = _on_both_backends(verification_checks, lows)
    assert fast == slow
    assert sum(map(bool, fast)) >= least
