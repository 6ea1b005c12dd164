"""Structural verification, fifth wave (issue 19, ``rewardkit.reflect.checks``): the slots
widened after the fifteenth and sixteenth blind rounds, on hand-written rows and near misses,
the rounds' figures after it, its bounds and its backends."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from rewardkit import behaviors
from rewardkit.reflect.checks import MAX_EVENTS, verification_checks
from rewardkit.reflect.scan import fast_backend, set_fast
from rewardkit.text import lower, normalize
from tests.behaviour_examples import (
    FIFTEENTH_ROUND,
    FIFTEENTH_ROUND_CONTROLS,
    FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FIFTEENTH_ROUND_COUNTDOWN,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
    FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FOURTEENTH_ROUND_COUNTDOWN,
    SIXTEENTH_ROUND,
    SIXTEENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
    SIXTEENTH_ROUND_COUNTDOWN,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
    TWELFTH_ROUND_CONTROLS_COUNTDOWN,
    TWELFTH_ROUND_COUNTDOWN,
    VER_STRUCT5,
    VER_STRUCT5_CONTROLS,
)
from tests.test_behaviours import _assert_round_floor, _found

V = "verification"


def _events(text: str) -> list[str]:
    low = lower(normalize(text))
    return [low[start:end] for start, end in verification_checks(low)]


@pytest.mark.parametrize("text", [text for text, _ in VER_STRUCT5])
def test_each_fifth_wave_row_is_a_structural_check(text: str) -> None:
    assert _events(text), text
    assert V in _found(text)


@pytest.mark.parametrize("text", VER_STRUCT5_CONTROLS)
def test_fifth_wave_near_misses_are_not_checks(text: str) -> None:
    assert _events(text) == []
    assert _found(text) == set()


def test_the_fifth_wave_table_covers_its_shapes_and_both_domains() -> None:
    texts = [text for text, _ in VER_STRUCT5]
    assert len(texts) >= 25
    assert len(VER_STRUCT5_CONTROLS) >= 15
    assert sum("\\(" in text for text in texts) >= 4  # LaTeX math
    assert sum(" * " in text or " + " in text for text in texts) >= 10  # Countdown-like steps
    assert all(labels == {V} for _, labels in VER_STRUCT5)


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


#: Verification after the fifth wave (precision, recall), text alone and with the Countdown
#: targets; before it (the fourth wave, measured blind): fifteenth 0.88 / 0.68, sixteenth
#: 0.94 / 0.72. Both rounds were read for this wave, so these figures are no longer blind.
FIGURES = {
    "fifteenth": (0.92, 0.87),
    "sixteenth": (0.95, 0.89),
    # read again for the shapes the misses share (before: 0.98 / 0.96, 0.96 / 0.96, 0.96 / 0.93)
    "fourteenth": (0.98, 0.98),
    "thirteenth": (0.96, 0.98),
    "twelfth": (0.96, 0.94),
}
#: Controls of the fifteenth and sixteenth rounds flagged verification at most (as before the
#: fifth wave: the phrase families' flags, "we are asked to verify that ...").
FLAGGED_CONTROLS = {
    "fifteenth": 2, "sixteenth": 2, "fourteenth": 0, "thirteenth": 0, "twelfth": 2,
}  # fmt: skip
_ROUNDS = {
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
    "fourteenth": (
        FOURTEENTH_ROUND,
        FOURTEENTH_ROUND_COUNTDOWN,
        FOURTEENTH_ROUND_CONTROLS,
        FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
    ),
    "thirteenth": (
        THIRTEENTH_ROUND,
        (None,) * len(THIRTEENTH_ROUND),
        THIRTEENTH_ROUND_CONTROLS,
        (None,) * len(THIRTEENTH_ROUND_CONTROLS),
    ),
    "twelfth": (
        TWELFTH_ROUND,
        TWELFTH_ROUND_COUNTDOWN,
        TWELFTH_ROUND_CONTROLS,
        TWELFTH_ROUND_CONTROLS_COUNTDOWN,
    ),
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(_ROUNDS))
def test_verification_keeps_its_fifth_wave_figures(name: str, read: str) -> None:
    _assert_round_floor(V, _ROUNDS[name], read, FIGURES[name])


@pytest.mark.parametrize("name", list(_ROUNDS))
def test_the_fifth_wave_flags_no_more_controls(name: str) -> None:
    flagged = [text for text in _ROUNDS[name][2] if behaviors(text)[V]]
    assert len(flagged) <= FLAGGED_CONTROLS[name], flagged


def test_fifth_wave_hostile_inputs_are_bounded_and_never_raise() -> None:
    repeated = (
        "4 + 5 = 9. same number both ways. \\(\\sqrt{4} = 2\\) vs \\(-2\\), reject. 6 * 7 = 42 "
        "yes </think> 30 + 12 = 42 hmm too high by 3. that's 52 — well under 90. 13 and 6 give "
        "19 or 78 or 7, nothing close to 50. = 52, with 8 still unused. = 60 km, consistent. "
        "an 8 from 10 and 3 isn't possible (10 - 3 = 7). 4, 9 lies on it because 2 * 2 = 4. "
    )
    text = repeated * (1_000_000 // len(repeated))
    low = lower(normalize(text))
    events = verification_checks(low)
    assert 0 < len(events) <= MAX_EVENTS
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(events))
    # values without a verdict, "vs" and units without one, interjections alone
    assert verification_checks("= 5 vs 6 km hmm, " * 60_000) == []
    assert verification_checks("gives 1 or 2 or 3 or " * 50_000) == []
    assert len(verification_checks("= 5 nah " * 120_000)) <= MAX_EVENTS
    assert verification_checks("1 is not prime (" * 60_000) == []


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_standard_library_backend_finds_the_fifth_wave_events(shared_data: Path) -> None:
    texts = [text for text, _ in VER_STRUCT5] + list(VER_STRUCT5_CONTROLS)
    texts += [text for text, _ in FIFTEENTH_ROUND + SIXTEENTH_ROUND]
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
    assert sum(map(bool, fast)) >= 130
