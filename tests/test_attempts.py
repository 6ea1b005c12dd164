"""Unworded backtracking in Countdown (issue 19): labelled traces, hostile input, properties.

The rule is in :mod:`rewardkit.reflect.attempts`; these tables are written by hand from the
paper's Countdown setting (TinyZero prompt, completions that try equation after equation).
Time bounds are measured in ``benchmarks/bench_attempts.py``; here hostile inputs must give
sane answers (a hang would stop the suite).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit import behaviors, cognitive_behaviors
from rewardkit.errors import ConfigError
from rewardkit.reflect import STUFFED_CAP
from rewardkit.reflect.attempts import (
    MAX_GOALS,
    MAX_STEPS,
    UNTARGETED_NUMBERS,
    _countdown,
    _declared,
    _evaluate,
    _inferred_target,
    _solution_value,
    _stated_anywhere,
    _steps,
    backward_chaining,
    completion_context,
    countdown_context,
    countdown_events,
    unworded_backtracking,
)
from rewardkit.reflect.cognitive import _behavior_hits
from rewardkit.text import lower, normalize

P = pytest.param
NUMS = (19, 36, 55, 7)
TINYZERO = (
    "Using the numbers [19, 36, 55, 7], create an equation that equals 65. You can use basic "
    "arithmetic operations (+, -, *, /) and each number can only be used once."
)


def events(text: str, **known: object) -> list[str]:
    low = lower(normalize(text))
    return [event.describe() for event in unworded_backtracking(low, **known)]  # type: ignore[arg-type]


# (text, target, numbers, the events expected)
TRUE = [
    P(
        "25 + 3 = 28. 25 - 3 = 22.",
        22,
        (25, 3),
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="two-one-step-attempts",
    ),
    P(
        "55 + 19 = 74, 74 - 7 = 67, 67 + 36 = 103. 55 - 36 = 19, 19 * 7 = 133.",
        65,
        NUMS,
        ["attempt 2 after `67 + 36 = 103` missed 65"],
        id="tinyzero-chains",
    ),
    P(
        "55 + 19 = 74, 74 - 7 = 67. 36 + 19 = 55, 55 + 7 = 62. 55 + 36 = 91, 91 - 19 = 72, "
        "72 - 7 = 65.",
        65,
        NUMS,
        ["attempt 2 after `74 - 7 = 67` missed 65", "attempt 3 after `55 + 7 = 62` missed 65"],
        id="three-attempts-the-last-hits",
    ),
    P(
        "(25 + 3) * 4 = 112. (25 - 3) * 4 = 88.",
        88,
        (25, 3, 4),
        ["attempt 2 after `(25 + 3) * 4 = 112` missed 88"],
        id="whole-equations",
    ),
    P(
        "25 + 3 = 28, 28 * 4 = 112. 25 + 3 = 28, 28 - 6 = 22.",
        22,
        (25, 3, 4, 6),
        ["attempt 2 after `28 * 4 = 112` missed 22"],
        id="back-to-an-earlier-step",
    ),
    P(
        "95 - 44 = 51 + 19 = 70. 95 + 19 = 114, 114 - 44 = 70. 44 + 19 = 63.",
        63,
        (95, 44, 19),
        ["attempt 3 after `114 - 44 = 70` missed 63"],
        id="running-chain-then-a-reordering-then-a-new-one",
    ),
    P(
        "25 × 3 = 75. 25 − 3 = 22.",
        22,
        (25, 3),
        ["attempt 2 after `25 × 3 = 75` missed 22"],
        id="unicode-operators",
    ),
    P(
        "60 - 40 = 20, 20 * 3 = 60. 3 + 60 = 63, 63 * 40 = 2520.",
        220,
        (3, 40, 60),
        ["attempt 2 after `20 * 3 = 60` missed 220"],
        id="a-result-equal-to-a-given-number",
    ),
    P(
        "11 - 4 = 7, 7 - 7 = 0, 0 + 22 = 22. 11 * 4 = 44, 44 * 22 = 968.",
        14,
        (7, 4, 11, 22),
        ["attempt 2 after `0 + 22 = 22` missed 14"],
        id="a-result-that-would-join-two-attempts",
    ),
    P(
        "19 x 7 = 133. 36 + 19 = 55, 55 + 7 = 62.",
        65,
        NUMS,
        ["attempt 2 after `19 x 7 = 133` missed 65"],
        id="x-between-spaces-multiplies",
    ),
    P(
        "The target is 22. 25 + 3 = 28. 25 - 3 = 22.",
        None,
        None,
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="target-stated-numbers-unknown",
    ),
    P(
        "We need to reach 65 with 19, 36, 55 and 7. 55 + 19 = 74, 74 - 7 = 67. "
        "36 + 19 = 55, 55 + 7 = 62.",
        None,
        None,
        ["attempt 2 after `74 - 7 = 67` missed 65"],
        id="we-need-to-reach",
    ),
    P(
        "Okay, so I need to use the numbers 19, 36, 55, and 7 to create an equation that "
        "equals 65. 55 + 19 = 74, 74 - 7 = 67. 36 + 19 = 55, 55 + 7 = 62.",
        None,
        None,
        ["attempt 2 after `74 - 7 = 67` missed 65"],
        id="task-restated-in-the-completion",
    ),
    # a given number the next attempt uses is not the missed attempt's result reused
    P(
        "6 - 1 = 5... no, keep the 6 whole. 5 * 6 = 30, 30 - 1 = 29.",
        29,
        (5, 6, 1),
        ["attempt 2 after `6 - 1 = 5` missed 29"],
        id="result-equal-to-a-given-number",
    ),
    P(
        "7 * 8 = 56, 9 - 1 = 8. 7 * 9 = 63, 63 - 8 = 55, 55 + 1 = 56.",
        56,
        (7, 8, 9, 1),
        ["attempt 3 after `9 - 1 = 8` missed 56"],
        id="missed-result-is-also-given",
    ),
]

FALSE = [
    P("95 - 44 = 51, 51 + 19 = 70, 70 - 5 = 65.", 65, (95, 44, 19, 5), id="one-chain"),
    P("55 + 36 = 91, 91 - 19 = 72, 72 - 7 = 65.", 65, NUMS, id="successful-first-attempt"),
    P(
        "25 - 3 = 22. So the answer is 25 - 3 = 22. <answer>25 - 3</answer>",
        22,
        (25, 3),
        id="success-restated",
    ),
    P(
        "(25 + 3) * 4 = 112. So the answer is (25 + 3) * 4 = 112.",
        88,
        (25, 3, 4),
        id="final-answer-restated-after-a-miss",
    ),
    P(
        "(25 - 3) * 4 = 88. Let me verify: 25 - 3 = 22, 22 * 4 = 88.",
        80,
        (25, 3, 4),
        id="verification-recomputes-the-same-expression",
    ),
    P(
        "(25 + 3) * 4 = 112. Check: 25 + 3 = 28.",
        22,
        (25, 3, 4),
        id="a-part-of-a-missed-attempt-recomputed",
    ),
    P(
        "25 + 3 = 28, 28 * 4 = 112. So 25 + 3 = 28 first.",
        22,
        (25, 3, 4),
        id="the-first-step-of-a-missed-chain-restated",
    ),
    P(
        "95 - 44 = 51 and 19 + 7 = 26, then 51 + 26 = 77.",
        65,
        (95, 44, 19, 7),
        id="sub-results-joined-later",
    ),
    P("95 - 44 = 51. 19 + 7 = 26.", 65, (95, 44, 19, 7), id="parts-that-do-not-restart"),
    P(
        "25 + 3 = 28, 28 - 4 = 24. 24 - 22 = 2, two over.",
        22,
        (25, 3, 4),
        id="how-far-off-is-not-an-attempt",
    ),
    P("25 + 3 = 28. 25 - 3 = 22.", None, None, id="target-unknown"),
    P("25 + 3 = 28. 25 - 3 = 22.", None, (25, 3), id="numbers-without-a-target"),
    P(
        "3 + 4 = 7, so 2 * 7 = 14. Then 14 - 5 = 9 and 6 * 6 = 36, 36 + 9 = 45. "
        "Also 3 * 4 = 12 and 12 + 5 = 17, so 3 + 4 = 7 again.",
        None,
        None,
        id="math-with-many-equations",
    ),
    P("12 + 5 = 17. 12 * 5 = 60.", 22, (25, 3), id="numbers-not-given"),
    P("25 + 3 = 28. 25 + 3 = 28.", 22, (25, 3), id="the-same-attempt-repeated"),
    P("Multiply by 2 to get 10. 3 + 4 = 7. 3 * 4 = 12.", None, None, id="to-get-a-step-result"),
    P(
        "Tim wants to make 4 gallons. 4 * 32 = 128 lemons. 4 * 2 = 8.",
        None,
        None,
        id="a-quantity-is-not-a-target",
    ),
    P(
        "The target is 22. No, the target is 23. 25 + 3 = 28. 25 * 3 = 75.",
        None,
        None,
        id="two-targets",
    ),
    P("x^2 + 3 = 12 and 2x + 3 = 7, 3 + 4 = 7.5.", 22, None, id="not-integer-steps"),
    # a piece made first, then the whole that uses it (the sixteenth session: 13 of the 19
    # structural false switches of the labelled rounds had this shape)
    P("87 is 3 under 90; 4 - 1 = 3. 90 - (4 - 1) = 87.", 87, (90, 4, 1), id="piece-in-parens"),
    P(
        "50 * 3 = 150. 182 - 150 = 32 from 25 and 7: 25 + 7 = 32. So 50 * 3 + 25 + 7 = 182.",
        182,
        (3, 7, 25, 50),
        id="piece-written-inside",
    ),
    P(
        "75 + 25 = 100, and 2 more from 4 / 2. Check: 4 / 2 = 2, 75 + 25 = 100, 100 + 2 = 102.",
        102,
        (75, 25, 2, 4),
        id="piece-remade-on-the-way",
    ),
    P("9 - 2 = 7, and 84 / 7 = 12, 15 - 3 = 12.", 84, (15, 3, 9, 2), id="piece-as-operand"),
]


@pytest.mark.parametrize(("text", "target", "numbers", "expected"), TRUE)
def test_an_attempt_that_misses_then_a_different_one_is_an_event(
    text: str, target: int | None, numbers: tuple[int, ...] | None, expected: list[str]
) -> None:
    assert events(text, target=target, numbers=numbers) == expected


#: The Countdown backtracking example of the paper's judge prompt (kanishkg/cognitive-behaviors,
#: behavioral_evals/gpt_api_eval.py), numbers [20, 7, 11, 78]: "there are 5 instances of
#: backtracking to the initial numbers". The prompt gives no target; any it misses will do.
JUDGE_EXAMPLE = (
    "(78 - 20) - (11 - 7) = 58 - 4 = 54, (54 - 78) + 11 = -24 + 11 = -13, (-13 + 78) - 11 = "
    "65 - 11 = 54, (78 - 58) + 11 = 20 + 11 = 31, (78 - 58) + (20 - 11) = 20 + 9 = 29, "
    "(78 - 20) + (11 - 7) = 58 + 4 = 62, (78 - 11) - (20 - 7) = 67 - 13 = 54, (78 - 20) + "
    "(11 / 7) = 58 + 1.5714 = 59.5714, (78 - 11) / (20 - 7) = 67 / 13 = 5, (78 - 20) + "
    "(11 + 7) = 58"
)


def test_the_judge_prompts_example_has_five_switches() -> None:
    found = events(JUDGE_EXAMPLE, target=36, numbers=(20, 7, 11, 78))
    assert len(found) == 5
    assert found[0] == "attempt 2 after `(78 - 20) - (11 - 7) = 58 - 4 = 54` missed 36"


def test_a_rewritten_expression_is_one_step() -> None:
    low = "(2 + 3) * 4 = 5 * 4 = 20 + 1 = 21. 95 - 44 = 51 + 19 = 70."
    steps = _steps(low)
    assert [(low[s.start : s.end], s.operands, s.result) for s in steps] == [
        ("(2 + 3) * 4 = 5 * 4 = 20", (2, 3, 4), 20),
        ("20 + 1 = 21", (20, 1), 21),
        ("95 - 44 = 51", (95, 44), 51),
        ("51 + 19 = 70", (51, 19), 70),
    ]
    assert _steps("-24 + 11 = -13. (-13 + 78) = 65") == []


@pytest.mark.parametrize(("text", "target", "numbers"), FALSE)
def test_no_event(text: str, target: int | None, numbers: tuple[int, ...] | None) -> None:
    assert events(text, target=target, numbers=numbers) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("25 + 3 = 28. 25 - 3 = 22.", 1, id="unworded"),
        P("25 + 3 = 28, too big. 25 - 3 = 22.", 1, id="worded-counted-once"),
        P("25 + 3 = 28. Scrap that: 25 - 3 = 22.", 1, id="abandoned-in-words-counted-once"),
        P("25 - 3 = 22.", 0, id="first-attempt-hits"),
    ],
)
def test_behaviors_count_an_attempt_switch_once(text: str, expected: int) -> None:
    assert behaviors(text, target=22, numbers=[25, 3])["backtracking"] == expected


def test_behaviors_without_a_target_are_unchanged() -> None:
    text = "25 + 3 = 28. 25 - 3 = 22."
    assert behaviors(text)["backtracking"] == 0
    assert behaviors(text, numbers=[25, 3])["backtracking"] == 0


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        P({"prompt": TINYZERO}, (65, NUMS), id="tinyzero-prompt"),
        P(
            {"prompt": "Using the numbers 19, 36, 55, 7, write an expression that results in 65."},
            (65, NUMS),
            id="paper-eval-prompt",
        ),
        P({"target": 22, "numbers": [25, 3], "prompt": TINYZERO}, (22, (25, 3)), id="cells-win"),
        P({"target": "22"}, (22, None), id="numeric-string"),
        P(
            {"prompt": "Using the numbers 19, 36, 55 and 7, create an equation that equals 65."},
            (65, NUMS),
            id="numbers-joined-by-and",
        ),
        P({"prompt": "Find x such that 3x equals 12."}, (None, None), id="math-prompt"),
        P(
            {"prompt": "The numbers 2, 2, 2 and 3 multiply to 24. Which primes make 2400?"},
            (None, None),
            id="math-prompt-with-numbers",
        ),
        P(
            {"prompt": "The mean of the numbers 3, 4, 5 and x equals 6. Find x."},
            (None, None),
            id="math-prompt-with-numbers-and-equals",
        ),
        P({"target": 2.5, "numbers": "25, 3"}, (None, None), id="not-countdown-cells"),
        P({"target": True, "numbers": [True, 2]}, (None, None), id="booleans"),
        P({"numbers": [25, -3]}, (None, None), id="negative-number"),
        P({"prompt": 65}, (None, None), id="prompt-not-text"),
    ],
)
def test_countdown_context(cells: dict[str, object], expected: object) -> None:
    assert countdown_context(**cells) == expected


# -- the reward --------------------------------------------------------------------------------

REASONING = (
    "We have to combine the numbers with the four operations and use each one once, so I "
    "will look at sums and differences of the two large numbers before the small ones. "
    "A product is likely too large, so the sums come first and the small numbers adjust them. "
)
COUNTDOWN = REASONING + "55 + 19 = 74, 74 - 7 = 67. 36 + 19 = 55, 55 + 7 = 62. 55 - 36 = 19."


def test_the_reward_reads_the_target_from_the_row_and_the_prompt() -> None:
    reward = cognitive_behaviors({"backtracking": 1.0}, saturation=2)
    assert reward.score(COUNTDOWN) == 0.0
    from_row = reward.score(COUNTDOWN, target=65, nums=list(NUMS))
    assert from_row == 1.0
    assert reward([COUNTDOWN], prompts=[TINYZERO]) == [from_row]


def test_the_trainer_passes_the_columns() -> None:
    reward = cognitive_behaviors({"backtracking": 1.0})
    texts = [COUNTDOWN, COUNTDOWN]
    assert reward(texts, target=[65, 1000], nums=[list(NUMS), list(NUMS)]) == [1.0, 1.0]
    assert reward(texts, target=[None, "x"], nums=[None, None]) == [0.0, 0.0]


def test_numpy_cells_are_read() -> None:
    np = pytest.importorskip("numpy")
    reward = cognitive_behaviors({"backtracking": 1.0})
    assert reward.score(COUNTDOWN, target=np.int64(65), nums=np.array(NUMS)) == 1.0


def test_the_column_names_are_options() -> None:
    reward = cognitive_behaviors({"backtracking": 1.0}, target_field="goal", numbers_field="given")
    assert reward.score(COUNTDOWN, goal=65, given=list(NUMS)) == 1.0
    assert reward.score(COUNTDOWN, target=65, nums=list(NUMS)) == 0.0
    assert "target_fieldgoal" in reward.name


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        P("target_field", "", "target_field: expected a column name; got ''", id="empty"),
        P("numbers_field", 3, "numbers_field: expected a column name; got 3", id="not-a-str"),
    ],
)
def test_bad_column_options_raise(option: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        cognitive_behaviors(**{option: value})  # type: ignore[arg-type]


def test_explanations_name_the_attempt_and_equal_the_score() -> None:
    reward = cognitive_behaviors()
    explanation = reward.explain(COUNTDOWN, target=65, nums=list(NUMS))
    assert explanation.score == reward.score(COUNTDOWN, target=65, nums=list(NUMS))
    assert [c["phrase"] for c in explanation.details["counted"]["backtracking"]] == [
        "attempt 2 after `74 - 7 = 67` missed 65",
        "attempt 3 after `55 + 7 = 62` missed 65",
    ]
    assert explanation.details["events"]["backtracking"] == 2


def test_a_flood_of_short_attempts_saturates_and_is_not_reasoning() -> None:
    reward = cognitive_behaviors({"backtracking": 1.0}, saturation=2)
    nums = [25, 3, 4, 6, 7]
    pairs = [(a, b) for a in nums for b in nums if a != b]
    flood = " ".join(f"{a} + {b} = {a + b}. {a} * {b} = {a * b}." for a, b in pairs)
    row = {"target": 1000, "nums": nums}
    # the attempts are phrases, not reasoning: a flood alone is capped as stuffing
    assert reward.score(flood, **row) <= STUFFED_CAP
    explained = reward.explain(REASONING + flood, **row)
    assert len(unworded_backtracking(lower(flood), target=1000, numbers=nums)) >= 30
    # distinct attempts (a + b and b + a are one), saturating at 2 for the score
    assert explained.details["events"]["backtracking"] >= 10
    assert explained.details["stuffed"] is True  # attempts outweigh the reasoning
    assert explained.score <= STUFFED_CAP


def test_the_attempts_count_only_when_backtracking_is_weighted() -> None:
    reward = cognitive_behaviors({"verification": 1.0})
    assert reward.score(COUNTDOWN, target=65, nums=list(NUMS)) == reward.score(COUNTDOWN)


# -- hostile input -----------------------------------------------------------------------------

HOSTILE = [
    P(" ".join(f"{i % 97} + {i % 13} = {i % 97 + i % 13}." for i in range(10_000)), id="10k-eq"),
    P(" ".join(["9" * 5000 + " + 1 = " + "9" * 5000] * 20), id="huge-numbers"),
    P("1 + 1 = " * 20_000, id="eq-flood"),
    P("=" * 100_000, id="equals-signs"),
    P("1 + 1 = 1 " * 20_000, id="false-steps-chained"),
    P("1 / 0 = 1. " * 20_000, id="divisions-by-zero"),
    P("1 +" * 30_000 + " = 2", id="operator-run"),
    P("1 x " * 30_000 + "= 2", id="x-run"),
    P("(1 )+" * 30_000 + " = 2", id="parenthesis-operator-run"),
    P("(" * 50_000 + "1+1=2", id="open-parentheses"),
    P("٢٥ + ٣ = ٢٨. ٢٥ - ٣ = ٢٢. " * 2000, id="arabic-indic-digits"),
    P("25 + 3 = 28. 25 - 3 = 22. " * 5000, id="attempts-repeated"),
    P("1" * 100_000 + " + 1 = 2", id="one-long-number"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_is_read_within_bounds(text: str) -> None:
    low = lower(normalize(text))
    assert len(_steps(low)) <= MAX_STEPS
    found = unworded_backtracking(low, target=22, numbers=[25, 3, 4])
    assert len(found) < MAX_STEPS
    assert all(event.result != event.target for event in found)


def test_unicode_digits_are_not_read_as_numbers() -> None:
    assert _steps("٢٥ + ٣ = ٢٨. ٢٥ - ٣ = ٢٢.") == []
    assert events("２５ + ３ = ２８. ２５ - ３ = ２２.", target=22) == [  # NFKC: ASCII digits
        "attempt 2 after `25 + 3 = 28` missed 22"
    ]


# -- properties --------------------------------------------------------------------------------

arithmetic = st.text(alphabet="0123456789 +-*/()=.,\n", max_size=300)
texts = st.one_of(st.text(max_size=400), arithmetic)


@given(texts, st.one_of(st.none(), st.integers(-5, 200)), st.lists(st.integers(0, 99), max_size=6))
def test_never_raises_and_stays_bounded(text: str, target: int | None, numbers: list[int]) -> None:
    low = lower(normalize(text))
    found = unworded_backtracking(low, target=target, numbers=numbers or None)
    assert len(found) <= max(0, len(_steps(low)) - 1)
    for event in found:
        assert event.result != event.target
        assert 0 <= event.start < event.end <= len(low)


@given(arithmetic)
def test_without_a_target_events_are_the_same_numbers_to_another_value(text: str) -> None:
    low = lower(normalize(text))
    for event in unworded_backtracking(low):
        assert event.target is None
        numbers, value = event.key[:-1], event.key[-1]
        assert len(numbers) >= UNTARGETED_NUMBERS
        assert value != f"={event.result}"  # the attempt before it reached another value
        assert 0 <= event.start < event.end <= len(low)


@given(texts)
def test_without_a_target_behaviors_are_the_pattern_counts(text: str) -> None:
    """A text that states no target: its phrases, rule 6's switches and rule 7's goals."""
    low = lower(normalize(text))
    if _inferred_target(low) is None:
        hits = _behavior_hits(low)
        expected = {name: len(spans) for name, spans in hits.items()}
        expected["backtracking"] += len(unworded_backtracking(low, hits["backtracking"]))
        expected["backward_chaining"] += len(backward_chaining(low, hits["backward_chaining"]))
        assert behaviors(text) == expected


prose = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.\n", max_size=200)


@given(arithmetic, prose, st.integers(1, 99), st.lists(st.integers(0, 99), max_size=5))
def test_adding_a_text_without_steps_changes_no_event(
    text: str, tail: str, target: int, numbers: list[int]
) -> None:
    before = events(text, target=target, numbers=numbers or None)
    assert events(text + " " + tail, target=target, numbers=numbers or None) == before


@given(arithmetic, st.integers(1, 99))
def test_explain_equals_score(text: str, target: int) -> None:
    reward = cognitive_behaviors()
    full = REASONING + text
    assert reward.explain(full, target=target).score == reward.score(full, target=target)


# -- real data ---------------------------------------------------------------------------------


def test_no_event_on_real_math_completions(shared_data: Path) -> None:
    path = shared_data / "math500_generations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2500
    for row in rows:
        low = lower(normalize(row["completion"]))
        # rule 6 (no target) read 3 texts before LaTeX was left out, all enumerating
        # combinations of one set of numbers (factors of 84 grouped, parenthesisations of
        # 2 * 3 * 4 * 5 + 1, sign cases)
        assert unworded_backtracking(low) == []
        assert countdown_context(prompt=row["problem"]) == (None, None)


def test_no_event_on_real_grade_school_solutions(shared_data: Path) -> None:
    """GSM8K solutions are chains of arithmetic, some stating a goal ("your target is 2000")."""
    path = shared_data / "gsm8k_model_solutions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        for text in (row["completion"], row["answer"]):
            assert unworded_backtracking(lower(normalize(text))) == []
        assert countdown_context(prompt=row["question"]) == (None, None)
    path = shared_data / "math_test_full.jsonl"
    problems = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(countdown_context(prompt=p["problem"]) == (None, None) for p in problems)


@given(
    arithmetic,
    st.one_of(st.none(), st.integers(-5, 200), st.text(max_size=5)),
    st.lists(st.integers(0, 99), max_size=6),
)
def test_the_reward_stays_in_bounds_with_any_row(
    text: str, target: object, numbers: list[int]
) -> None:
    reward = cognitive_behaviors()
    score = reward.score(REASONING + text, target=target, nums=numbers)
    assert 0.0 <= score <= 1.0


# -- backward chaining (structural) ------------------------------------------------------------


def goals(text: str, **known: object) -> list[str]:
    low = lower(normalize(text))
    return [event.describe() for event in backward_chaining(low, **known)]  # type: ignore[arg-type]


# (text, target, numbers, the events expected): the target decomposed into a given number and a
# value still to make, then work towards that value
GOAL_TRUE = [
    P(
        "target 42. 42 = 21 * 2, two pieces to build. 12 + 9 = 21. 6 / 3 = 2. "
        "(12 + 9) * (6 / 3) = 42.",
        None,
        None,
        ["`42 = 21 * 2` leaves 21 to make", "`42 = 21 * 2` leaves 2 to make"],
        id="both-parts-made-later-numbers-unknown",
    ),
    # (sixteenth session) the gap a made value leaves, or its excess over the target
    P(
        "12 * 3 = 36. Left to find: 47 - 36 = 11, out of 8, 5, 2. 8 + 5 = 13, 13 - 2 = 11. "
        "So 12 * 3 + 8 + 5 - 2 = 47.",
        47,
        (12, 3, 8, 5, 2),
        ["`47 - 36 = 11` leaves 11 to make"],
        id="the-gap-a-made-value-leaves",
    ),
    P(
        "75 * 5 = 375, and 375 - 356 = 19 to take off. 4 * 9 = 36, 36 / 2 = 18, 18 + 1 = 19. "
        "So 75 * 5 - (4 * 9 / 2 + 1) = 356.",
        356,
        (75, 5, 4, 9, 2, 1),
        ["`375 - 356 = 19` leaves 19 to make"],
        id="a-made-values-excess",
    ),
    P(
        "Since we need 22 and 22 = 25 - 3, we want a 3: 5 - 2 = 3. So 25 - (5 - 2) = 22.",
        22,
        (25, 5, 2),
        ["`22 = 25 - 3` leaves 3 to make"],
        id="the-issues-example",
    ),
    P(
        "72 = 8 * 9. We need 9 from 12 and 3: 12 - 3 = 9. So 8 * (12 - 3) = 72.",
        72,
        (8, 12, 3),
        ["`72 = 8 * 9` leaves 9 to make"],
        id="target-on-the-left",
    ),
    P(
        "88 / 8 = 11, so I need 11 from 14 and 3. 14 - 3 = 11. 8 * (14 - 3) = 88.",
        88,
        (8, 14, 3),
        ["`88 / 8 = 11` leaves 11 to make"],
        id="target-divided-by-a-given-number",
    ),
    P(
        "65 - 7 = 58 is what is left. 19 + 39 = 58, so 19 + 39 + 7 = 65.",
        65,
        (19, 39, 7),
        ["`65 - 7 = 58` leaves 58 to make"],
        id="target-minus-a-given-number",
    ),
    P(
        "88 = 4 * 22. And 22 = 25 - 3. So (25 - 3) * 4 = 88.",
        88,
        (25, 3, 4),
        ["`88 = 4 * 22` leaves 22 to make"],
        id="the-work-is-a-decomposition-of-the-intermediate",
    ),
    P(
        "72 = 8 * 9 or 72 = 6 * 12. 12 - 3 = 9. 6 * 2 = 12.",
        72,
        (8, 6, 12, 3, 2),
        ["`72 = 8 * 9` leaves 9 to make"],
        id="one-event-per-value-sought-only-with-work",
    ),
    P(
        "72 = 8 * 9. 12 - 3 = 9. 72 = 8 * 9 again, 3 * 3 = 9.",
        72,
        (8, 12, 3),
        ["`72 = 8 * 9` leaves 9 to make"],
        id="the-same-value-sought-twice-counts-once",
    ),
    P(
        "The target is 72. 72 = 8 * 9, so 12 - 3 = 9, 8 * 9 = 72.",
        None,
        None,
        ["`72 = 8 * 9` leaves 9 to make"],
        id="stated-target-numbers-unknown",
    ),
    P(
        r"Target 72: \(72 = 8 \times 9\), and \(12 - 3 = 9\).",
        72,
        (8, 12, 3),
        ["`72 = 8 * 9` leaves 9 to make"],
        id="latex",
    ),
    P(
        "72 = 8 * 9, and 12 - 3 is 9.",
        72,
        (8, 12, 3),
        ["`72 = 8 * 9` leaves 9 to make"],
        id="work-stated-in-words",
    ),
    P(
        "Since 24 = 3 * 8, it suffices to produce a 3 and an 8. For the 3: 10 - 7 = 3. For "
        "the 8: 6 + 2 = 8.",
        24,
        (10, 7, 6, 2),
        ["`24 = 3 * 8` leaves 3 to make", "`24 = 3 * 8` leaves 8 to make"],
        id="both-parts-still-to-make",
    ),
    P(
        "40 = 10 * 4, so make a 10 and a 4: 8 + 2 = 10.",
        40,
        (8, 2, 6, 3),
        ["`40 = 10 * 4` leaves 10 to make"],
        id="both-parts-to-make-one-made",
    ),
    P(
        "The target is 71. 80 - 71 = 9, and 3 + 6 = 9. So 80 - (3 + 6) = 71.",
        71,
        (80, 3, 6),
        ["`80 - 71 = 9` leaves 9 to make"],
        id="the-gap-from-a-given-number-down-to-the-target",
    ),
    P(
        "58 is double 29, and 6 - 4 = 2, so 29 * (6 - 4).",
        58,
        (29, 6, 4),
        ["`58 is double 29` leaves 2 to make"],
        id="the-target-as-double-a-given-number",
    ),
    P(
        "46 is 4 short of 50, and 8 / 2 = 4, so 50 - 8 / 2.",
        46,
        (50, 8, 2),
        ["`46 is 4 short of 50` leaves 4 to make"],
        id="the-target-some-short-of-a-given-number",
    ),
    P(
        "21 is 3 more than 18, and 5 - 2 = 3. So 18 + 5 - 2 = 21.",
        21,
        (18, 5, 2),
        ["`21 is 3 more than 18` leaves 3 to make"],
        id="the-target-some-more-than-a-given-number",
    ),
    # tenth session: the value sought decomposed at once in a chain, the target split in words
    P(
        "73 - 1 = 72 = 6 * 12, so a 12 from 10, 9, 7: 10 + 9 - 7 = 12.",
        73,
        (10, 9, 7, 6, 1),
        ["`73 - 1 = 72` leaves 72 to make"],
        id="the-value-sought-decomposed-in-a-chain",
    ),
    P(
        "73 \u2212 1 = 72 = 6 \u00d7 12.",
        73,
        (10, 9, 7, 6, 1),
        ["`73 \u2212 1 = 72` leaves 72 to make"],
        id="the-chain-with-signs-beyond-ascii",
    ),
    P(
        "88 splits as 4 \u00d7 22, and 22 is just 25 \u2212 3. So (25 \u2212 3) \u00d7 4.",
        88,
        (25, 3, 4),
        ["`88 splits as 4 \u00d7 22` leaves 22 to make"],
        id="the-target-split-in-words",
    ),
    P(
        "96 factors as 8 * 12, and 12 = 15 - 3.",
        96,
        (8, 15, 3),
        ["`96 factors as 8 * 12` leaves 12 to make"],
        id="the-target-factored-in-words",
    ),
]

GOAL_FALSE = [
    # how far off a failed attempt is, nothing then made (sixteenth session)
    P(
        "75 + 8 = 83, 83 * 3 = 249, 249 + 4 = 253. 289 - 253 = 36 short. Try 75 * 4 = 300, "
        "300 - 8 = 292, 292 - 3 = 289.",
        289,
        (75, 8, 4, 3),
        id="how-far-off-then-another-attempt",
    ),
    P("72 = 8 * (12 - 3).", 72, (8, 12, 3), id="final-answer-over-all-numbers"),
    P("So the answer: 88 = (25 - 3) * 4.", 88, (25, 3, 4), id="answer-restated-target-first"),
    P("12 - 3 = 9, 8 * 9 = 72.", 72, (8, 12, 3), id="forward-attempt-ending-at-the-target"),
    P("(25 - 3) * 4 = 88. Check: 25 - 3 = 22.", 88, (25, 3, 4), id="a-check-reaching-the-target"),
    P("12 - 3 = 9. 72 = 8 * 9.", 72, (8, 12, 3), id="the-intermediate-made-before-the-equation"),
    P("72 = 8 * 9. 50 + 12 = 62.", 72, (8, 12, 3), id="no-work-towards-the-value"),
    P("72 = 8 * 9. 4 + 5 = 9.", 72, (8, 12, 3), id="work-from-numbers-not-given"),
    P(
        "12 - 3 = 9. 8 * 9 = 72. So 72 = 8 * 9, and 9 = 12 - 3.",
        72,
        (8, 12, 3),
        id="a-forward-solution-summarised-target-first",
    ),
    P("72 = 8 * 9. 12 - 3 = 9.", None, None, id="no-known-target"),
    P("72 = 8 * 9. 12 - 3 = 9.", 70, (8, 12, 3), id="not-the-target"),
    P("72 = 70 + 2. 2 * 1 = 2.", 72, (8, 12, 3), id="no-given-number-in-it"),
    P(
        "88 + 8 = 96. 90 + 6 = 96.",
        88,
        (8, 90, 6),
        id="target-plus-a-number-is-not-a-decomposition",
    ),
    P("88 - 8 = 81. 80 + 1 = 81.", 88, (8, 80, 1), id="a-wrong-decomposition"),
    P("88 / 8 = 11. 11 = 11.", 88, (8, 14, 3), id="a-restatement-is-not-work"),
    P(
        "25 + 3 = 28, 28 - 22 = 6. 2 * 3 = 6.",
        22,
        None,
        id="how-far-off-from-a-result-is-not-a-decomposition",
    ),
    P("The total is 5 + 7 = 12 = 72 = 8 * 9. 12 - 3 = 9.", 72, (8, 12, 3), id="inside-a-chain"),
    P("10 - 7 = 3. 6 + 2 = 8. 3 * 8 = 24.", 24, (10, 7, 6, 2), id="both-parts-made-first"),
    P(
        "(10 - 7) * (6 + 2) = 24. Check: 24 = 3 * 8.",
        24,
        (10, 7, 6, 2),
        id="both-parts-restated-after-the-answer",
    ),
    P("24 = 3 * 8. 4 + 4 = 8.", 24, (10, 7, 6, 2), id="both-parts-work-from-numbers-not-given"),
    P("80 - 71 = 9, far from it. 6 + 2 = 8.", 71, (80, 6, 2), id="a-gap-with-no-work-towards-it"),
    P("80 - 71 = 9. 3 + 6 = 9.", 71, (81, 3, 6), id="a-gap-from-a-number-not-given"),
    P("71 - 80 = 9. 3 + 6 = 9.", 71, (80, 3, 6), id="a-wrong-gap"),
    P("29 * 2 = 58, and 58 is double 29.", 58, (29, 2), id="double-said-after-the-answer"),
    P("58 is double 28, and 6 - 4 = 2.", 58, (28, 6, 4), id="a-wrong-double"),
    P("46 is 4 short of 50. 7 + 1 = 8.", 46, (50, 7, 1), id="short-of-with-no-work-towards-it"),
    P("88 splits as 4 * 22 pieces of cake.", 88, (25, 3, 4), id="a-split-with-no-work-after-it"),
    P("12 - 3 = 9, 8 * 9 = 72 = 72.", 72, (8, 12, 3), id="an-answer-chain-is-not-a-chained-goal"),
    P("73 - 1 = 72. 72 + 1 = 73.", 73, (70, 2, 1), id="the-value-sought-only-undone"),
]


@pytest.mark.parametrize(("text", "target", "numbers", "expected"), GOAL_TRUE)
def test_a_decomposed_target_then_work_is_backward_chaining(
    text: str, target: int | None, numbers: tuple[int, ...] | None, expected: list[str]
) -> None:
    assert goals(text, target=target, numbers=numbers) == expected


@pytest.mark.parametrize(("text", "target", "numbers"), GOAL_FALSE)
def test_no_backward_chaining(
    text: str, target: int | None, numbers: tuple[int, ...] | None
) -> None:
    assert goals(text, target=target, numbers=numbers) == []


# Backward-chaining traces that build the answer from sub-results: tree-shaped work, no switch.
GOAL_SIDE_CONTROLS = [
    P("88 / 8 = 11. 14 - 3 = 11. So 8 * (14 - 3) = 88.", 88, (8, 14, 3), id="target-divided"),
    P("65 - 7 = 58. 19 + 39 = 58. So 19 + 39 + 7 = 65.", 65, (19, 39, 7), id="target-minus"),
    P("3 * 9 = 27. So 50 + 3 * 9 = 77.", 77, (50, 3, 9), id="sub-expression-reused"),
    P(
        "19 + 39 = 58. So 39 + 7 + 19 = 65.",
        65,
        (19, 39, 7),
        id="a-sum-reused-in-another-order",
    ),
    P("3 * 9 = 27. So 9 * 2 * 3 = 54.", 54, (2, 3, 9), id="a-product-reused-in-another-order"),
    P("3 + 9 = 12. So 2 * (9 + 3) = 24.", 24, (2, 3, 9), id="a-sum-reversed-inside-a-product"),
    P("12 - 3 = 9, then 8 * 9 = 72.", 72, (8, 12, 3), id="sub-result-value-used"),
    P(
        "72 = 8 * 9, we want a 9. 12 - 3 = 9. So 8 * (12 - 3) = 72.",
        72,
        (8, 12, 3),
        id="decomposition-then-build",
    ),
    P(
        "88 / 8 = 11. 14 - 3 = 11. So 8 * (14 - 3) = 88.",
        88,
        None,
        id="target-divided-numbers-unknown",
    ),
    P("65 - 7 = 58. 19 + 39 = 58. So 19 + 39 + 7 = 65.", 65, None, id="target-minus-unknown"),
    P("3 * 9 = 27. So 50 + 3 * 9 = 77.", 77, None, id="sub-expression-reused-unknown"),
    P(
        "4 * 5 = 20, 20 + 3 = 23. So 4 * 5 + 3 = 23, and 23 * 2 = 46.",
        46,
        (4, 5, 3, 2),
        id="a-chain-rewritten-whole-then-continued",
    ),
    P(
        "99 - 3 = 96, 96 / 4 = 24. 24 = 96 / 4 = (99 - 3) / 4.",
        24,
        (99, 3, 4),
        id="target-restated-as-the-chain",
    ),
]


@pytest.mark.parametrize(("text", "target", "numbers"), GOAL_SIDE_CONTROLS)
def test_goal_side_arithmetic_and_reused_sub_results_are_not_switches(
    text: str, target: int, numbers: tuple[int, ...] | None
) -> None:
    assert events(text, target=target, numbers=numbers) == []


def test_a_chain_through_the_target_that_goes_on_is_an_attempt() -> None:
    """``87 - 48`` after a step made 87 continues that chain: it is not goal-side."""
    text = "24 + 26 = 50, 50 + 37 = 87, 87 - 48 = 39. 26 + 48 = 74, 74 - 24 = 50, 50 * 37 = 1850."
    for numbers in ((48, 26, 37, 24), None):
        assert events(text, target=87, numbers=numbers) == [
            "attempt 2 after `87 - 48 = 39` missed 87"
        ]
        assert goals(text, target=87, numbers=numbers) == []


def test_a_regrouped_sum_needs_the_same_operation_and_a_true_result() -> None:
    # "3 * 9" is not inside the sum "9 + 2 + 3"; "3 + 9 = 13" is false, so not a part
    assert events("3 * 9 = 27. 9 + 2 + 3 = 14.", target=30, numbers=(2, 3, 9)) == [
        "attempt 2 after `3 * 9 = 27` missed 30"
    ]
    assert events("3 + 9 = 13. 9 + 2 + 3 = 14.", target=30, numbers=(2, 3, 9)) == [
        "attempt 2 after `3 + 9 = 13` missed 30"
    ]


def test_a_sub_expression_is_reused_only_when_it_is_one() -> None:
    # "2 * 3 + 9" contains "3 + 9" but does not compute it: a new attempt from 3 and 9
    assert events("3 + 9 = 12. 2 * 3 + 9 = 15.", target=20, numbers=(2, 3, 9)) == [
        "attempt 2 after `3 + 9 = 12` missed 20"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P(r"\(25 \times 3 = 75\). \(25 - 3 = 22\).", "25 * 3 = 75", id="latex-times"),
        P(r"$25 \cdot 3 = 75$, then $25 - 3 = 22$.", "25 * 3 = 75", id="latex-cdot"),
        P(r"\[75 \div 3 = 25\] \[25 - 3 = 22\]", "75 / 3 = 25", id="latex-div"),
        P("25 × 3 = 75. 25 − 3 = 22.", "25 × 3 = 75", id="unicode-signs"),
        P("75 ÷ 3 = 25. 25 - 3 = 22.", "75 ÷ 3 = 25", id="unicode-division"),
        P("25 + 3 is 28. 25 - 3 gives 22.", "25 + 3 is 28", id="is-and-gives"),
        P("25 + 3, which makes 28. 25 - 3 equals 22.", "25 + 3, which makes 28", id="makes"),
        P("25 + 3 gives us 28, 25 - 3 yields 22.", "25 + 3 gives us 28", id="gives-us"),
    ],
)
def test_other_forms_of_a_step(text: str, expected: str) -> None:
    assert events(text, target=22, numbers=(25, 3, 75)) == [
        f"attempt 2 after `{expected}` missed 22"
    ]


@pytest.mark.parametrize(
    "text",
    [
        P("25 + 3 is 28%. 25 - 3 is 22.", id="a-percentage"),
        P("25 + 3 is 28.5 and 25 - 3 = 22.", id="a-decimal"),
        P("25 + 3 is the sum. 25 - 3 = 22.", id="a-word-after-is"),
        P("25 + 3 this 28. 25 - 3 = 22.", id="not-a-result-word"),
        P(r"25 \timesx 3 = 75. 25 - 3 = 22.", id="not-a-latex-operator"),
    ],
)
def test_forms_that_are_not_steps(text: str) -> None:
    assert events(text, target=22, numbers=(25, 3, 75)) == []


def test_latex_positions_point_into_the_original_text() -> None:
    low = lower(normalize(r"Target 22. \(25 \times 3 = 75\), \(25 \cdot 3 = 75\). \(25 - 3 = 22\)"))
    switches, found = countdown_events(low, target=22, numbers=(25, 3))
    # the switch is from the second attempt (the first restated): both positions map back
    assert [low[s:e] for s, e in switches[0].spans] == [r"25 \cdot 3 = 75", "25 - 3 = 22"]
    assert low[switches[0].start : switches[0].end] == "25 - 3 = 22"
    assert found == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        P(
            "72 = 8 * 9. 12 - 3 = 9. So 8 * (12 - 3) = 72.",
            {"backtracking": 0, "backward_chaining": 1},
            id="structural-only",
        ),
        P(
            # (not "from the target 72: 72 = ...": a pattern family counts that goal
            # decomposition as a phrase of its own)
            "Working backwards from 72: 72 = 8 * 9, so 12 - 3 = 9.",
            {"backtracking": 0, "backward_chaining": 1},
            id="worded-counted-once",
        ),
        P(
            "50 + 12 = 62. 72 = 8 * 9, so 12 - 3 = 9.",
            {"backtracking": 1, "backward_chaining": 1},
            id="a-switch-and-a-decomposition",
        ),
    ],
)
def test_behaviors_count_backward_chaining(text: str, counts: dict[str, int]) -> None:
    found = behaviors(text, target=72, numbers=[8, 12, 3, 50])
    assert {name: found[name] for name in counts} == counts


def test_the_reward_counts_and_explains_backward_chaining() -> None:
    text = REASONING + "72 = 8 * 9. We need 9 from 12 and 3: 12 - 3 = 9. So 8 * (12 - 3) = 72."
    only = cognitive_behaviors(weights={"backward_chaining": 1.0}, saturation=1)
    assert only.score(text, target=72, nums=[8, 12, 3]) == 1.0
    assert only.score(text) == 0.0  # no target known
    explained = only.explain(text, target=72, nums=[8, 12, 3])
    assert explained.details["counted"]["backward_chaining"][0]["phrase"] == (
        "`72 = 8 * 9` leaves 9 to make"
    )
    assert (
        cognitive_behaviors(weights={"backtracking": 1.0}).score(text, target=72, nums=[8, 12, 3])
        == 0.0
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_is_read_within_bounds_for_goals(text: str) -> None:
    low = lower(normalize(text))
    for target in (2, 22, 1):
        found = backward_chaining(low, target=target)
        assert len(found) <= MAX_GOALS
        assert len({event.sought for event in found}) == len(found)


GOAL_HOSTILE = [
    P("72 = 8 * 9. " * 20_000, id="decompositions-repeated"),
    P(" ".join(f"72 = 8 * {i}. {i - 1} + 1 = {i}." for i in range(2, 5000)), id="many-sought"),
    P("72 =" * 50_000, id="goal-equals-flood"),
    P("72 = 1 +" * 30_000 + " 1", id="goal-operator-run"),
    P(r"\times" * 50_000 + "72 = 8 * 9", id="latex-flood"),
    P(
        " ".join(f"72 = 8 * {i} - {8 * i - 72}. {i - 1} + 1 = {i}." for i in range(10, 5000)),
        id="many-values-sought",
    ),
    P(
        " ".join(f"72 = {i} * 9 + {72 - 9 * i}. {i} + 0 = {i}." for i in range(1, 8)) * 2000,
        id="many-goal-equations",
    ),
    P("72 = 8 * 9. " + "1 = 1 + 0. " * 30_000, id="a-value-everywhere"),
    P(
        " ".join(
            f"{i} + {i + 1} + {i + 2} = {3 * i + 3}. {i} + {i + 1} + {i + 2} + 1 = 0."
            for i in range(3000)
        ),
        id="sub-expressions-everywhere",
    ),
]


@pytest.mark.parametrize("text", GOAL_HOSTILE)
def test_hostile_goals_are_bounded(text: str) -> None:
    low = lower(normalize(text))
    for numbers in ((8, 9), None):
        switches, found = countdown_events(low, target=72, numbers=numbers)
        assert len(found) <= MAX_GOALS
        assert len(switches) < MAX_STEPS


def _forward(rng: random.Random) -> tuple[str, int, tuple[int, ...], str]:
    """A random forward chain over 3 numbers: its text, its target and its expression."""
    a, b, c = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 30)
    first = rng.choice(["+", "*"])
    inner = a + b if first == "+" else a * b
    second = rng.choice(["+", "*", "-"])
    target = inner + c if second == "+" else inner * c if second == "*" else inner - c
    expression = f"({a} {first} {b}) {second} {c}"
    text = f"{a} {first} {b} = {inner}, {inner} {second} {c} = {target}."
    return text, target, (a, b, c), expression


@given(st.randoms(use_true_random=False))
def test_a_forward_solution_and_its_restatement_are_no_event(rng: random.Random) -> None:
    text, target, numbers, expression = _forward(rng)
    full = f"{text} So {target} = {expression}. The answer is {expression} = {target}."
    if target > 0 and target not in numbers:
        assert goals(full, target=target, numbers=numbers) == []
        assert events(full, target=target, numbers=numbers) == []


@given(st.randoms(use_true_random=False))
def test_a_generated_backward_trace_is_one_goal_event_and_no_switch(rng: random.Random) -> None:
    g, a, b = rng.randint(2, 12), rng.randint(20, 40), rng.randint(2, 9)
    sought = a - b
    target = g * sought
    numbers = (g, a, b)
    form = rng.choice(
        [f"{target} = {g} * {sought}", f"{target} / {g} = {sought}", f"{target} = {sought} * {g}"]
    )
    text = f"{form}, so we need {sought}. {a} - {b} = {sought}. So {g} * ({a} - {b}) = {target}."
    if len({target, *numbers, sought}) == 5:
        assert goals(text, target=target, numbers=numbers) == [f"`{form}` leaves {sought} to make"]
        assert events(text, target=target, numbers=numbers) == []


def test_no_goal_event_on_real_texts(shared_data: Path) -> None:
    """0 goal events without a target on MATH-500 and GSM8K, and no text states one."""
    for name in ("math500_generations.jsonl", "gsm8k_model_solutions.jsonl"):
        path = shared_data / name
        for line in path.read_text(encoding="utf-8").splitlines():
            low = lower(normalize(json.loads(line)["completion"]))
            switches, goals = countdown_events(low)
            assert goals == []
            assert all(event.target is None for event in switches)  # rule 6 only


tokens = st.lists(
    st.sampled_from(
        [
            "72",
            "8",
            "9",
            "12",
            "3",
            " = ",
            " * ",
            " - ",
            " / ",
            " + ",
            "(",
            ")",
            r"\times ",
            r"\(",
            r"\)",
            " is ",
            ", which makes ",
            ". ",
            "we need ",
            "\n",
            "x",
        ]
    ),
    max_size=60,
).map("".join)


@given(tokens, st.one_of(st.none(), st.sampled_from([72, 9, 8, 0, 3])), st.booleans())
def test_goal_events_are_sane_on_any_token_soup(text: str, target: int | None, known: bool) -> None:
    low = lower(normalize(text))
    numbers = (8, 12, 3) if known else None
    switches, found = countdown_events(low, target=target, numbers=numbers)
    assert [e.describe() for e in switches] == events(text, target=target, numbers=numbers)
    assert len({event.sought for event in found}) == len(found)
    for event in found:
        assert event.sought != event.target
        assert all(0 <= start < end <= len(low) for start, end in event.spans)
        if known:
            assert event.sought not in numbers  # type: ignore[operator]


@given(
    st.integers(0, 10**12 - 1),
    st.sampled_from(["+", "-", "*", "/", "×", "÷", "−", "x"]),
    st.integers(0, 10**12 - 1),
    st.sampled_from(["", " ", "  ", "\t", " \t "]),
    st.sampled_from(["", " ", "\t"]),
)
def test_the_fast_binary_reading_equals_the_countdown_parser(
    left: int, sign: str, right: int, inner: str, outer: str
) -> None:
    """A step's ``a op b`` read without a regex is worth what the Countdown parser says."""
    if sign == "x" and not inner:
        inner = " "  # "x" is an operator only between spaces
    expression = f"{outer}{left}{inner}{sign}{inner}{right}{outer}"
    parsed = _countdown()._parse(expression.replace("x", "*"))  # the parser has no "x"
    expected = None if parsed is None or parsed[0] is None else (parsed[0], tuple(parsed[1]))
    assert _evaluate(expression) == expected


@given(st.randoms(use_true_random=False), st.integers(1, 60), st.sampled_from(["-", "/"]))
def test_goal_side_arithmetic_adds_no_switch(rng: random.Random, other: int, sign: str) -> None:
    """A decomposition of the target before a missed attempt and a new one changes no event."""
    second, target, numbers, _ = _forward(rng)
    a, b, _ = numbers
    text = f"{a} + {b} = {a + b}. {second}"  # a first attempt from the same numbers
    if target <= other or (sign == "/" and target % other):
        return  # no whole decomposition "target - a" / "target / a" to write
    if target in (*numbers, other):
        return  # "3 - 1 = 2" with 3 given is also a forward attempt: ambiguous by design
    rest = target // other if sign == "/" else target - other
    with_goal = f"{target} {sign} {other} = {rest}. {text}"
    for known in ((*numbers, other), None):
        assert events(with_goal, target=target, numbers=known) == events(
            text, target=target, numbers=known
        )


# -- the target inferred from the completion alone (issue 19, third round) ---------------------

# (completion, the events expected, with no target nor numbers given)
INFERRED_TRUE = [
    P(
        "25 + 3 = 28. 25 - 3 = 22.\n<answer>25 - 3</answer>",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="answer-tag",
    ),
    P(
        "<think>55 + 19 = 74, 74 - 7 = 67, 67 + 36 = 103. 55 + 36 = 91, 91 - 19 = 72, "
        "72 - 7 = 65.</think>\n<answer>(55 + 36 - 19) - 7</answer>",
        ["attempt 2 after `67 + 36 = 103` missed 65"],
        id="tinyzero-full",
    ),
    P(
        "Try 8 + 12 = 20. Try 8 * 12 = 96, 96 - 3 = 93. So the answer is "
        "$\\boxed{8 \\times (12 - 3)}$.",
        ["attempt 2 after `8 + 12 = 20` missed 72"],
        id="boxed-latex",
    ),
    P(
        "25 + 3 = 28. 25 - 3 = 22. That works!",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="that-works",
    ),
    P(
        "club night\n22 from 25 3 4\n25 + 3 = 28. 25 - 3 = 22, 22 * 4 = 88.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="header-line",
    ),
    P(
        "Okay, 22 from 25, 3, 4. 25 + 3 = 28. 25 - 3 = 22, 22 * 4 = 88.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="header-sentence",
    ),
    P(
        "22 | 25 3 4 (each once)\n25 + 3 = 28. 25 - 3 = 22, 22 * 4 = 88.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="header-line-pipe",
    ),
    P(
        "22 using 25, 3, 4:\n25 + 3 = 28. 25 - 3 = 22, 22 * 4 = 88.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="header-line-using",
    ),
    P(
        "25 + 3 = 28. Then 25 - 3 = 22, which is the target.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="which-is-the-target",
    ),
    P(
        "25 + 3 = 28. Found it: 25 - 3 = 22",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="found-it",
    ),
    P(
        "95 + 44 = 139. 95 - 44 = 51 + 19 = 70, and that works.",
        ["attempt 2 after `95 + 44 = 139` missed 70"],
        id="declared-after-a-running-chain",
    ),
    P(
        "Let me think about this step by step. "
        + "We have a few numbers. " * 12
        + "The target is 22. 25 + 3 = 28. 25 - 3 = 22.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="statement-after-the-opening",
    ),
    P(
        "Some thoughts first. " * 12 + "\nTarget: 22\n25 + 3 = 28. 25 - 3 = 22.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="target-label",
    ),
    P(
        "Some thoughts first. " * 12
        + "We need to reach 22 using the numbers 25 and 3. 25 + 3 = 28. 25 - 3 = 22.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="need-to-reach-using",
    ),
    P(
        "25 + 3 = 28. 25 - 3 = 22. <answer>25 - 3</answer> 20 + 5 = 25. 20 - 5 = 15.",
        ["attempt 2 after `25 + 3 = 28` missed 22"],
        id="only-the-attempts-before-the-answer",
    ),
]

INFERRED_FALSE = [
    P("25 + 3 = 28. 25 - 3 = 22.", id="no-target"),
    P("3 + 4 = 7 and 3 * 4 = 12, so the roots sum to 7. \\boxed{12}", id="vieta-boxed-number"),
    P("3 + 4 = 7 and 3 * 4 = 12. That is the product.", id="vieta-words"),
    P("3 + 4 = 7 and 3 * 4 = 12, so $\\boxed{\\frac{7}{12}}$", id="boxed-fraction"),
    P("2 + 3 = 5. 2 * 3 = 6. \\boxed{2.5 + 1}", id="boxed-decimal"),
    P("2 + 3 = 5. 2 * 3 = 6. \\boxed{2x + 3}", id="boxed-algebra"),
    P("2 + 3 = 5. 2 * 3 = 6. \\boxed{7 / 2}", id="boxed-not-an-integer"),
    P("2 + 3 = 5. 2 * 3 = 6. \\boxed{4 + 4 = 9}", id="boxed-false-statement"),
    P("25 + 3 = 28. 25 - 3 = 22. That works out to 22.", id="works-out"),
    P("25 + 3 = 28. 25 - 3 = 21. That works!", id="declared-wrong-arithmetic"),
    P(
        "Try x = 1: 1 * 2 + 3 = 5, too small. Try x = 2: 2 * 2 + 3 = 7. It works.",
        id="values-of-x-tried-not-numbers",
    ),
    P(
        "Plug in n = 3: 3 * 3 + 4 = 13. Plug in n = 4: 4 * 4 + 4 = 20, which is the target.",
        id="values-of-n-tried",
    ),
    P("25 + 3 = 28. 25 - 3 = 22. That works! <answer>25 + 3</answer>", id="sources-disagree"),
    P(
        "If your daily calorie target is 2000 and you have consumed 1800 calories, then "
        "2000 - 1800 = 200. 1800 + 100 = 1900.",
        id="gsm8k-calorie-target",
    ),
    P("the target is 22. the target is 24. 25 + 3 = 28. 25 - 3 = 22.", id="statements-disagree"),
    # a header needs three numbers after "from" and nothing else on its line
    P("Take 12 from 3, 4, 5 boxes.\n25 + 3 = 28. 25 - 3 = 22.", id="header-with-words"),
    P("22 from 25 and 3\n25 + 3 = 28. 25 - 3 = 22.", id="header-two-numbers"),
]


@pytest.mark.parametrize(("text", "expected"), INFERRED_TRUE)
def test_a_target_inferred_from_the_completion(text: str, expected: list[str]) -> None:
    assert events(text) == expected
    assert behaviors(text)["backtracking"] >= 1


@pytest.mark.parametrize("text", INFERRED_FALSE)
def test_no_target_inferred_no_event(text: str) -> None:
    assert events(text) == []


def test_the_answer_gives_the_numbers() -> None:
    """With the numbers from the answer, a step over other numbers is not an attempt."""
    low = lower(normalize("25 + 3 = 28. 25 - 3 = 22. <answer>25 - 3</answer>"))
    assert _inferred_target(low) == (22, (25, 3), low.index("</answer>") + len("</answer>"), False)
    text = "10 + 2 = 12. 25 - 3 = 22. <answer>25 - 3</answer>"  # 10 and 2 are not given
    assert events(text) == []


def test_a_given_target_wins_over_the_inferred_one() -> None:
    text = "25 + 3 = 28. 25 - 3 = 22. <answer>25 - 3</answer>"
    assert events(text, target=28) == []
    assert events(text, target=22) == ["attempt 2 after `25 + 3 = 28` missed 22"]


@pytest.mark.parametrize(
    "text",
    [
        P("<answer>" + "1 + " * 100_000 + "1</answer>", id="huge-answer"),
        P("\\boxed{" + "(" * 50_000 + "1 + 1" + ")" * 50_000 + "}", id="deep-boxed"),
        P("1 + 1 = 2. that works! " * 20_000, id="works-flood"),
        P("found it: " * 30_000 + "1 + 1 = 2", id="found-it-flood"),
        P("the target is 5. " * 20_000 + "1 + 1 = 2. 1 * 1 = 1.", id="statement-flood"),
        P("<answer>" * 30_000 + "1 + 1", id="open-tags"),
        P("9" * 5000 + " + 1 = " + "9" * 5000 + ". that works", id="huge-declared"),
    ],
)
def test_hostile_inference_is_bounded(text: str) -> None:
    low = lower(normalize(text))
    inferred = _inferred_target(low)
    assert inferred is None or 0 <= inferred.limit <= len(low)
    found = unworded_backtracking(low)
    assert len(found) < MAX_STEPS
    behaviors(text)


prose_and_math = st.text(alphabet="0123456789 +-*/()=.,\n<>abcdeforstwhiknug:!\\{}", max_size=300)


@given(st.one_of(prose_and_math, texts))
def test_inference_never_raises_and_events_miss_the_inferred_target(text: str) -> None:
    low = lower(normalize(text))
    inferred = _inferred_target(low)
    for event in unworded_backtracking(low):
        assert inferred is not None
        assert event.target == inferred.target != event.result
        assert event.end <= inferred.limit


@given(st.sampled_from([p.values[0] for p in INFERRED_TRUE + INFERRED_FALSE]), prose)
def test_inferred_explain_equals_score(text: str, extra: str) -> None:
    reward = cognitive_behaviors()
    completion = f"{extra} {text}"
    assert reward.explain(completion).score == reward([completion])[0]


def test_inferred_counts_on_real_texts(shared_data: Path) -> None:
    """No MATH-500 or GSM8K text gives a target in the new forms (0 before, 0 now)."""
    sources = 0
    for name, fields in (
        ("math500_generations.jsonl", ("completion",)),
        ("gsm8k_model_solutions.jsonl", ("completion", "answer")),
    ):
        path = shared_data / name
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for field in fields:
                low = lower(normalize(row[field]))
                anywhere = _stated_anywhere(low, True, 0)  # every form, over the whole text
                declared = _declared(low, 0)
                boxed = [_solution_value(m) for m in re.findall(r"\\boxed\{([^{}]{1,300})\}", low)]
                tags = [
                    _solution_value(m) for m in re.findall(r"<answer>(.{1,300}?)</answer>", low)
                ]
                sources += bool(anywhere or declared or any(boxed) or any(tags))
                assert all(e.target is None for e in unworded_backtracking(low))  # rule 6 only
                assert backward_chaining(low) == []
    assert sources == 0


def test_an_inferred_target_has_at_most_12_digits() -> None:
    product = "*".join(["999999999999"] * 8)
    assert completion_context(f"\\boxed{{{product}}}") == (None, None)
    assert completion_context("\\boxed{999999 * 999999}") == (999998000001, (999999, 999999))


def test_the_reward_reads_no_target_from_the_completion() -> None:
    # Counting infers the completion's own target; the reward takes it only from the row or
    # the prompt: a completion that names a target ("Target: 50.") and writes a few missed
    # sums would otherwise earn backtracking on any dataset (a door for reward hacking).
    reward = cognitive_behaviors()
    text = "25 + 3 = 28. 25 - 3 = 22. <answer>25 - 3</answer>"
    assert behaviors(text)["backtracking"] == 1
    assert reward.explain(text).details["counted"]["backtracking"] == []
    from_row = reward.explain(text, target=22, nums=[25, 3])
    assert [c["phrase"] for c in from_row.details["counted"]["backtracking"]] == [
        "attempt 2 after `25 + 3 = 28` missed 22"
    ]
    assert from_row.score == reward.score(text, target=22, nums=[25, 3]) > reward.score(text)
    base = REASONING + "So the answer is 12."
    hack = "Target: 50.\n1 + 2 = 3. 1 + 4 = 5. 1 + 6 = 7.\n" + base
    assert behaviors(hack)["backtracking"] > 0
    assert reward([hack]) == reward([base]) == [0.0]


@pytest.mark.parametrize(
    "answer",
    [
        "<answer>25 - 3</answer>",
        "<answer>\n25 - 3\n</answer>",
        "<answer> (25 - 3) </answer>",
        "\\boxed{25 - 3}",
        "\\boxed{(25 - 3)}",
        "\\boxed{25 - 3 = 22}",
    ],
)
def test_forms_of_the_solution(answer: str) -> None:
    assert events(f"25 + 3 = 28. 25 - 3 = 22. {answer}") == [
        "attempt 2 after `25 + 3 = 28` missed 22"
    ]


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        P("Found it: (25 - 3) * 4 = 88", (88, None), id="found-it"),
        P("<answer>(25 - 3) * 4</answer>", (88, (25, 3, 4)), id="answer"),
        P("<answer>7 / 2</answer>", (None, None), id="not-an-integer"),
        P(None, (None, None), id="not-text"),
        P(b"<answer>25 - 3</answer>", (None, None), id="bytes"),
    ],
)
def test_completion_context(completion: object, expected: object) -> None:
    assert completion_context(completion) == expected  # type: ignore[arg-type]


# -- rule 6: no known target, the same numbers again (issue 19, seventh generalisation) --------

UNTARGETED_TRUE = [
    P(
        "(25 - 3) * 4 = 88\n25 * 4 - 3 = 97\n25 * 3 + 4 = 79",
        [
            "attempt 2 after `(25 - 3) * 4 = 88` gave 88",
            "attempt 3 after `25 * 4 - 3 = 97` gave 97",
        ],
        id="expressions",
    ),
    P(
        "37 - 12 = 25, 25 + 5 = 30, way below. 37 + 12 = 49, 49 + 5 = 54.",
        ["attempt 2 after `25 + 5 = 30` gave 30"],
        id="chains",
    ),
    P(
        "91 - 37 = 54, 54 - 5 = 49. 91 - 37 + 5 = 59.",
        ["attempt 2 after `54 - 5 = 49` gave 49"],
        id="restart-writing-a-part-again",
    ),
    P(
        "5 + 5 + 12 = 22. 5 * 12 - 5 = 55.",
        ["attempt 2 after `5 + 5 + 12 = 22` gave 22"],
        id="twice",
    ),
    P(
        "50 - 13 - 4 = 33. 50 - 13 = 37. 50 - 13 + 4 = 41.",
        ["attempt 3 after `50 - 13 - 4 = 33` gave 33"],
        id="a-part-between",
    ),
    P(
        "13 * 4 - 2 gives 50. 13 * 2 + 4 gives 30.",
        ["attempt 2 after `13 * 4 - 2 gives 50` gave 50"],
    ),
]
UNTARGETED_TRUE += [
    P(
        "40 - 8 = 32, 32 / 4 = 8. 40 / 8 = 5, 5 * 4 = 20.",
        ["attempt 2 after `32 / 4 = 8` gave 8"],
        id="restart-from-a-number-equal-to-the-result",
    ),
]
UNTARGETED_FALSE = [
    P("37 - 12 = 25, 25 + 5 = 30.", id="one-chain"),
    P("2 * 3 * 4 = 24, i.e. 4 * 3 * 2 = 24.", id="rearranged"),
    P("25 - 3 = 22, 22 * 4 = 88, so (25 - 3) * 4 = 88.", id="recomputed"),
    P("The sum is 3 + 4 + 5 = 12 and the product is 3 * 4 * 5 = 60.", id="sum-and-product"),
    P("2 * 2 = 4, 4 * 3 * 7 = 84; 2 + 2 + 3 + 7 = 14.", id="product-chain-and-sum"),
    P("5 + 6 + 7 = 18. 5 + 6 + 8 = 19.", id="other-numbers"),
    P("25 + 3 = 28. 25 - 3 = 22.", id="two-numbers"),
    P("5 + 5 + 12 = 23. 5 * 12 - 5 = 55.", id="a-false-step"),
    P(
        "For \\((1, 3, 11)\\): \\(1 + 3 + 11 = 15\\). For \\((3, 1, 11)\\): \\(3 * 1 + 11 = 14\\).",
        id="latex-cases",
    ),
    P("$12 + 15 + 3 = 30$ and $15 * 3 - 12 = 33$", id="latex-dollars"),
    P("25 / 5 = 5 pens, 5 / 1 = 5 pens, so 25 + 5 + 1 = 31 pens.", id="a-total-after-a-chain"),
    P("40 - 8 = 32, 32 / 4 = 8, 8 * 40 = 320.", id="one-chain-reusing-a-number"),
]


@pytest.mark.parametrize(("text", "expected"), UNTARGETED_TRUE)
def test_complete_attempts_over_the_same_numbers_without_a_target(
    text: str, expected: list[str]
) -> None:
    assert events(text) == expected
    assert behaviors(text)["backtracking"] >= 1


@pytest.mark.parametrize("text", UNTARGETED_FALSE)
def test_no_attempt_switch_without_a_target(text: str) -> None:
    assert events(text) == []


def test_a_phrase_between_counts_once() -> None:
    assert behaviors("12 + 15 + 3 = 30. Scrap that. 15 * 3 - 12 = 33.")["backtracking"] == 1


def test_the_given_numbers_bound_rule_6() -> None:
    text = "(25 - 3) * 4 = 88\n25 * 4 - 3 = 97"
    assert events(text, numbers=[25, 3, 4]) == ["attempt 2 after `(25 - 3) * 4 = 88` gave 88"]
    assert events(text, numbers=[25, 4, 9]) == []  # 3 is not given


def test_the_reward_counts_no_untargeted_switch() -> None:
    # Rule 6 is counting (behaviors); the reward reads attempts only against the row's or the
    # prompt's target (rules 1 to 5), as for a target the completion names itself.
    reward = cognitive_behaviors()
    text = REASONING + "(25 - 3) * 4 = 88\n25 * 4 - 3 = 97\n25 * 3 + 4 = 79"
    assert behaviors(text)["backtracking"] == 2
    assert reward.explain(text).details["counted"]["backtracking"] == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_without_a_target_is_read_within_bounds(text: str) -> None:
    found = unworded_backtracking(lower(normalize(text)))
    assert len(found) < MAX_STEPS
    assert all(event.target is None for event in found)


@pytest.mark.parametrize(
    "text",
    [
        P("1 + 2 + 3 = 6. 1 * 2 + 3 = 5. " * 5000, id="alternating-attempts"),
        P(" ".join(f"{i} + {i + 1} + {i + 2} = {3 * i + 3}." for i in range(20_000)), id="new"),
        P("(1 + 2) * 3 = 9 " * 20_000, id="one-attempt-repeated"),
        P("1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 = 78. " * 3000, id="long-sums"),
    ],
)
def test_hostile_untargeted_attempts_are_bounded(text: str) -> None:
    found = unworded_backtracking(lower(normalize(text)))
    assert len(found) < MAX_STEPS
    for event in found:
        assert event.target is None
        assert len(event.key) - 1 >= UNTARGETED_NUMBERS


@pytest.mark.parametrize(
    ("text", "target"),
    [
        P("We must hit 58 with 19, 3 and 1.", 58, id="must-hit"),
        P("Using 11, 8 and 2 to get 86: 11 * 8 = 88", 86, id="using-numbers-to-get"),
        P("To land on 100 with 4, 30 and 5, multiply first.", 100, id="to-land-on"),
        P("**Goal:** 35 from 5, 2, 9", 35, id="goal-label"),
        P("The answer has to be 39.", 39, id="answer-has-to-be"),
        P("Need 48 from 2, 3, 8.", 48, id="need-from-numbers"),
    ],
)
def test_wider_stated_targets(text: str, target: int) -> None:
    assert completion_context(text) == (target, None)


@pytest.mark.parametrize(
    "text",
    [
        "I need 3 more apples.",
        "We need 4 from the store.",
        "The answer has to be an integer.",
        "Our goal is to find 2 values.",
        "You must hit 5 keys to open it, then 6.",
        "We must hit 58 with 19, but we must hit 60 with 20.",  # two statements disagree
    ],
)
def test_not_stated_targets(text: str) -> None:
    assert completion_context(text) == (None, None)


# -- backward chaining from the text alone (module rule 7, brief bc19) -------------------------

# (text, the goal events expected): no target given; the goal is the final attempt's value
UNTARGETED_GOALS = [
    P("18 = 6 * 3. 10 - 7 = 3. So (10 - 7) * 6 = 18.", ["`18 = 6 * 3` leaves 3 to make"], id="eq"),
    P(
        "39 = 42 - 3, and 6 * 7 = 42. So 6 * 7 - 3 = 39.",
        ["`39 = 42 - 3` leaves 42 to make"],
        id="a-difference",
    ),
    P(
        "96 = 8 * 12. 12 = 3 + 9. 8 * (3 + 9) = 96.",
        ["`96 = 8 * 12` leaves 12 to make"],
        id="work-written-value-first-one-final-step",
    ),
    P(
        "18 is 3 times 6. 10 - 7 = 3. So (10 - 7) * 6 = 18.",
        ["`18 is 3 times 6` leaves 3 to make"],
        id="in-words",
    ),
    P(
        "50 is 30 plus 20. 4 * 5 = 20. So 30 + 4 * 5 = 50.",
        ["`50 is 30 plus 20` leaves 20 to make"],
        id="plus-in-words",
    ),
    P(
        "75 / 5 = 15. 9 + 6 = 15. (9 + 6) * 5 = 75.",
        ["`75 / 5 = 15` leaves 15 to make"],
        id="goal-divided",
    ),
    P(
        "100 - 4 = 96. 8 * 12 = 96. 8 * 12 + 4 = 100.",
        ["`100 - 4 = 96` leaves 96 to make"],
        id="goal-minus",
    ),
    P(
        "6 * 3 = 18, and 10 - 7 = 3. So (10 - 7) * 6 = 18.",
        ["`6 * 3 = 18` leaves 3 to make"],
        id="written-forwards-from-a-value-not-made",
    ),
    P(
        "48 = 6 * 8\n10 - 2 = 8\n6 * (10 - 2) = 48\nThat is the answer.",
        ["`48 = 6 * 8` leaves 8 to make"],
        id="lines-then-words",
    ),
]


UNTARGETED_GOALS += [
    P(
        "91 divided by 7 is 13, and 5 + 8 is 13, so (5 + 8) * 7 = 91.",
        ["`91 divided by 7 is 13` leaves 13 to make"],
        id="goal-divided-in-words",
    ),
    P(
        "60 minus 4 leaves 56. 7 * 8 = 56. So 7 * 8 + 4 = 60.",
        ["`60 minus 4 leaves 56` leaves 56 to make"],
        id="goal-minus-in-words",
    ),
    P(
        "48 = 6 * 8. 10 - 2 = 8.\nAnswer: 6 * (10 - 2)",
        ["`48 = 6 * 8` leaves 8 to make"],
        id="an-answer-line",
    ),
    P(
        "72 = 8 * 9, and 9 = 12 - 3.\n**Answer:** 8 * (12 - 3).",
        ["`72 = 8 * 9` leaves 9 to make"],
        id="an-answer-label-and-work-value-first",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNTARGETED_GOALS)
def test_without_a_target_the_final_value_is_the_goal(text: str, expected: list[str]) -> None:
    assert goals(text) == expected
    assert behaviors(text)["backward_chaining"] == 1
    assert behaviors(text)["backtracking"] == 0


UNTARGETED_NOT_GOALS = [
    P("10 - 7 = 3, 3 * 6 = 18. So 18 = (10 - 7) * 6.", id="forwards-then-restated"),
    P("10 - 7 = 3. 18 = 3 * 6. So (10 - 7) * 6 = 18.", id="work-before-the-decomposition"),
    P("12 - 3 = 9, 8 * 9 = 72. So 8 * (12 - 3) = 72.", id="reached-forwards-from-a-value-made"),
    P(
        "36 - 24 = 12. 12 + 11 = 23. 33 / 3 = 11. 4 * 3 = 12, 12 + 11 = 23.",
        id="reached-from-a-made-value-and-a-number-not-given",
    ),
    P("(10 - 7) * 6 = 18. Again: 18 = 3 * 6, 10 - 7 = 3, 3 * 6 = 18.", id="after-the-goal"),
    P("Factor 24: 24 = 2 * 12 and 12 = 3 * 4, so 2 * 3 * 4 = 24.", id="a-factorisation"),
    P("15 = 5 + 10, 10 = 3 + 7, so 5 + 3 + 7 = 15.", id="a-partition"),
    P("8 = 2 * 4. 4 - 2 = 2. So 2 * 4 + 4 - 2 - 4 = 8.", id="the-goal-is-a-number-used"),
    P("18 = 3 * 6 and 10 - 7 = 3.", id="no-final-attempt-of-three-numbers"),
    P("20 = 4 * 5. 9 - 4 = 5. So 9 * 4 - 6 = 30.", id="another-number-decomposed"),
    P("18 = 6 * 3. 10 - 7 = 3. So (10 - 7) * 6 = 19.", id="a-false-final-step"),
    P(r"\(18 = 6 \times 3\). \(10 - 7 = 3\). So \((10 - 7) \times 6 = 18\).", id="latex"),
    P("$18 = 6 * 3$. 10 - 7 = 3. So (10 - 7) * 6 = 18.", id="a-dollar-sign"),
    P("18 = 6 * 3. 7 - 4 = 3. So (10 - 7) * 6 = 18.", id="work-from-other-numbers"),
    P("18 is 3 times 6 = 18. 10 - 7 = 3. So (10 - 7) * 6 = 18.", id="decomposition-goes-on"),
]


UNTARGETED_NOT_GOALS += [
    P("(30 - 9) * 4 = 84. 84 divided by 4 is 21, and 30 - 9 = 21.", id="in-words-after-the-goal"),
    P("84 divided by 4 is 20. 30 - 10 = 20. So (30 - 9) * 4 = 84.", id="in-words-wrong"),
    P("65 minus 7 leaves 58. 19 + 39 = 58. So 19 + 39 + 7 = 65.", id="in-words-a-pure-sum"),
    P("10 - 2 = 8, 8 * 6 = 48. 48 = 6 * 8.\nAnswer: 6 * (10 - 2)", id="answer-after-forwards"),
    P("24 = 2 * 12, 12 = 3 * 4.\nAnswer: 2 * 3 * 4", id="answer-a-product"),
    P("48 = 6 * 8. 10 - 2 = 8.\nAnswer: 6 * (10 - 2) and more words.", id="answer-goes-on"),
]


@pytest.mark.parametrize("text", UNTARGETED_NOT_GOALS)
def test_without_a_target_not_goal_first(text: str) -> None:
    assert goals(text) == []


def test_the_reward_does_not_read_the_final_value_as_a_target() -> None:
    text = REASONING + "18 = 6 * 3. 10 - 7 = 3. So (10 - 7) * 6 = 18."
    assert behaviors(text)["backward_chaining"] == 1  # counting reads the text alone
    only = cognitive_behaviors(weights={"backward_chaining": 1.0}, saturation=1)
    assert only.score(text) == 0.0  # the reward: infer=False
    assert only.score(text, target=18, nums=[10, 7, 6]) == 1.0  # the row's target: rule 5
    low = lower(normalize(text))
    assert countdown_events(low, infer=False) == ([], [])
    assert len(countdown_events(low)[1]) == 1


UNTARGETED_HOSTILE = [
    P(
        " ".join(f"72 = 8 * {i}. {i - 1} + 1 = {i}." for i in range(2, 5000))
        + " (12 - 3) * 8 = 72.",
        id="many-sought",
    ),
    P("72 = 8 * 9. " * 20_000 + "12 - 3 = 9. (12 - 3) * 8 = 72.", id="decompositions-repeated"),
    P("72 = 1 +" * 30_000 + " 1. (12 - 3) * 8 = 72.", id="goal-operator-run"),
    P("1 + 2 = 3. " * 10_000 + "(12 - 3) * 8 = 72.", id="steps-flood"),
    P("72 divided by 8 is 9, 72 minus 1 is 71. " * 5_000 + "(12 - 3) * 8 = 72.", id="words-flood"),
    P("72 " * 50_000 + "= 8 * 9. 12 - 3 = 9. (12 - 3) * 8 = 72.", id="goal-value-flood"),
]


@pytest.mark.parametrize("text", UNTARGETED_HOSTILE)
def test_without_a_target_hostile_goals_are_bounded(text: str) -> None:
    low = lower(normalize(text))
    switches, found = countdown_events(low)
    assert len(found) <= MAX_GOALS
    assert len({event.sought for event in found}) == len(found)
    assert all(event.target == 72 for event in found) or not found
    assert len(switches) < MAX_STEPS


@given(st.randoms(use_true_random=False))
def test_without_a_target_a_backward_trace_is_one_goal_and_a_forward_one_none(
    rng: random.Random,
) -> None:
    g, a, b = rng.randint(2, 12), rng.randint(20, 40), rng.randint(2, 9)
    sought = a - b
    target = g * sought
    form = rng.choice([f"{target} = {g} * {sought}", f"{target} / {g} = {sought}"])
    backward = f"{form}. {a} - {b} = {sought}. So {g} * ({a} - {b}) = {target}."
    forward = f"{a} - {b} = {sought}, {g} * {sought} = {target}. So {target} = {g} * ({a} - {b})."
    if len({target, g, a, b, sought}) == 5:
        assert goals(backward) == [f"`{form}` leaves {sought} to make"]
        assert goals(forward) == []
        assert events(backward) == events(forward) == []


def test_an_answer_line_over_other_numbers_than_given_is_no_goal() -> None:
    text = "48 = 6 * 8. 10 - 2 = 8.\nAnswer: 6 * (10 - 2)"
    assert goals(text, numbers=(6, 10, 2)) == ["`48 = 6 * 8` leaves 8 to make"]
    assert goals(text, numbers=(6, 9, 2)) == []
