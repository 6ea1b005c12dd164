"""Backward chaining from the shape of the work (issue 19, eighth generalisation).

Module rules 8 (the goal related to a value that is then made, Countdown) and 9 (a necessity
chain, both domains) of :mod:`rewardkit.reflect.goalchain`, and their third, fourth and fifth
waves: what each reads and what it leaves, and that they count in ``behaviors``. Each wave's
tables, hostile texts, backends and figures are data rows named after the wave (at the end);
the reward's policy (counting only) is tested once for every wave in tests/test_behaviours.py.
"""

from __future__ import annotations

import pytest

from rewardkit import behaviors
from rewardkit.reflect.goalchain import (
    MAX_CLAUSES,
    MAX_RELATIONS,
    goal_chain_events,
    goal_relations,
    necessity_chains,
)
from rewardkit.reflect.scan import fast_backend
from rewardkit.text import lower
from tests import behaviour_examples
from tests.behaviour_examples import (
    BC_STRUCT,
    BC_STRUCT2,
    BC_STRUCT2_CONTROLS,
    BC_STRUCT3,
    BC_STRUCT3_CONTROLS,
    BC_STRUCT4,
    BC_STRUCT4_CONTROLS,
    BC_STRUCT_CONTROLS,
    ELEVENTH_ROUND,
    FIFTEENTH_ROUND,
    FIFTEENTH_ROUND_CONTROLS,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND,
    SIXTEENTH_ROUND_CONTROLS,
    THIRTEENTH_ROUND,
    TWELFTH_ROUND,
    TWENTY_NINTH_ROUND,
    TWENTY_NINTH_ROUND_CONTROLS,
    WAVE15_C_FORMS,
    WAVE15_C_NEAR_MISSES,
)
from tests.test_behaviours import _on_both_backends

C = "backward_chaining"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17 is one less than 18, and 18 = 3 * 6, so 3 * 6 - 1 = 17.", 18),
        ("98 is just under 100. 100 = 4 * 25, so 4 * 25 - 2 = 98.", 100),
        ("81 is 9 squared, and the other 9 is 10 - 1: 10 - 1 = 9. So 9 * (10 - 1) = 81.", 9),
        ("64 is twice 32: 4 * 8 = 32, so 2 * 4 * 8 = 64.", 32),
        ("Since 8 * 8 = 64, I need another 8: 12 - 4 = 8, 8 * 8 = 64.", 8),
        ("because 7 times 13 is 91, build 13: 11 + 2 = 13, 13 * 7 = 91.", 13),
        ("25 * 4 would give the target. 30 - 5 = 25, and 25 * 4 = 100.", 25),
        ("Could it be 56 - 3? 56 = 7 * 8. So 7 * 8 - 3 = 53.", 56),
    ],
)
def test_rule_8_reads_the_goal_related_to_a_value_then_made(text: str, value: int) -> None:
    events = goal_relations(lower(text))
    assert [event.rule for event in events] == [8]
    assert events[0].detail.endswith(f"{value} is then made")
    assert behaviors(text)[C] >= 1


@pytest.mark.parametrize(
    "text",
    [
        # the relation after the value is made or the goal reached: a summary, a check
        "3 * 6 = 18, and 18 - 1 = 17. 17 is one less than 18.",
        "11 + 2 = 13, 13 * 7 = 91. because 7 times 13 is 91, it works.",
        "7 * 8 = 56, 56 - 3 = 53. Could it be 56 - 3? 56 - 3 = 53.",
        # the value is never made, or the goal is reached without it
        "17 is one less than 18. 3 * 5 + 2 = 17.",
        "98 is just under 100. The answer is 98.",
        # not the final value
        "17 is one less than 18, and 18 = 3 * 6. So 3 * 6 * 2 = 36.",
        # an operation given as a reason that is not the goal's, or with no reason word
        "Since 2 * 3 = 6, we get 6 + 4 = 10, and 10 * 2 = 20.",
        "8 * 8 = 64. 12 - 4 = 8, 8 * 8 = 64.",
        # LaTeX mathematics is not Countdown
        "\\(17\\) is one less than 18, and 18 = 3 * 6, so 3 * 6 - 1 = 17.",
    ],
)
def test_rule_8_leaves_summaries_checks_and_unmade_values(text: str) -> None:
    assert goal_relations(lower(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "the average has to be 85, so the total over 5 tests has to be 425",
        "If the mean is to be 12, their total must be 60; so the fifth has to be 13.",
        "Since f is supposed to be continuous at 2, the two sides have to agree there.",
        "For that, the product of the slopes has to be -1; so the other must be -1/2.",
        "To end with 3 reds, the last draw has to be red and the first four must contain 2.",
        "The result has to be 56, so the last multiplication has to give 56.",
        "The total has to be 60. So the last one has to be 13.",  # the next sentence, linked
        "The total needs to be 60, which means the last one must be 13.",
        "We want P(last is red). For that, the red ball must not be picked first.",
        "We want to end up with 100 dollars, so the starting amount has to be 100 / 1.21.",
        "The question asks for the perimeter, so we need all three sides.",
        "The target is the area. That needs a base and a height.",
    ],
)
def test_rule_9_reads_a_necessity_chain(text: str) -> None:
    assert [event.rule for event in necessity_chains(lower(text))] == [9]
    assert behaviors(text)[C] >= 1


@pytest.mark.parametrize(
    "text",
    [
        "2x = 6, so x has to be 3, so y has to be 5.",  # an inference after a computation
        "x must be 3, so y must be 5.",  # "must" alone infers
        "We need to find x, so we have to solve 3x + 1 = 10.",  # narration
        "We have to be careful, so we need to check each case.",
        "A prime must have exactly two divisors, so 1 is not prime.",  # one clause
        "The answer has to be an integer, so let's confirm the domain.",
        "For the root to be real, the radicand has to be non-negative, so x must be >= 2.",
        "Two students have to be included and two have to be excluded.",  # parallel
        "She needs to bake 4 cakes, so she needs 3 * 4 = 12 eggs.",  # computed forwards
        "2 + 3 = 5. So the answer has to be 5. Then y must be 2.",  # opens with "so"
        "For this, the value has to be checked.",  # a task
        "For that, we must be careful.",  # a narrator
        "We want to find x, so we have to solve 3x + 1 = 10.",  # a goal, then a task
        "The target is 24, so we need 24 from 3, 4 and 6.",  # the task restated
    ],
)
def test_rule_9_leaves_inference_narration_definitions_and_domains(text: str) -> None:
    assert necessity_chains(lower(text)) == []


def test_an_event_inside_a_counted_phrase_is_the_phrase() -> None:
    low = "the average has to be 85, so the total has to be 425"
    (event,) = goal_chain_events(low)
    assert goal_chain_events(low, [(event.start, event.start + 5)]) == []
    assert goal_chain_events(low, [(0, 3)]) == [event]


_TOKENS = (
    *(
        "17",
        "18",
        "3",
        "6",
        "1",
        "100",
        "98",
        "2",
        "(",
        ")",
        "=",
        "*",
        "-",
        "+",
        "/",
        "?",
        ".",
        ",",
    ),
    *("is", "one", "less", "than", "just", "under", "squared", "twice", "half", "of", "since"),
    *("because", "would", "give", "the", "target", "has", "to", "be", "so", "must", "needs"),
    *("for", "that", "this", "then", ";", "\n", "x", "\\times", "$", "\\(", "×", "−", "is to be"),
)


def test_token_soup_never_raises_and_events_stay_in_the_text() -> None:
    import random

    rng = random.Random(19)
    for _ in range(3000):
        text = " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 60)))
        low = lower(text)
        for event in goal_chain_events(low):
            assert event.rule in (8, 9)
            assert 0 <= event.start <= event.end <= len(low)
        assert behaviors(text)[C] >= 0


# -- third wave (issue 19): new slots of rules 8 and 9 -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("72 = 8 * 9. the 9 has to be 14 - 5. so 8 * (14 - 5) = 72.", 9),
        ("34 could be 40 - 6, and 40 = 5 * 8, so 5 * 8 - 6 = 34.", 40),
        ("65? that's 5 * 13. 13 = 4 + 9, so 5 * (4 + 9) = 65.", 13),
        ("84 is 7 times 12, and 12 is just 9 + 3, so 7 * (9 + 3)", 12),
        ("the target is two less than 30, and 30 = 5 * 6, so 5 * 6 - 2 = 28.", 30),
        ("the target 51 lies just above 50, and 50 = 2 * 25. so 2 * 25 + 1 = 51.", 50),
    ],
)
def test_rule_8_reads_the_goal_taken_apart_before_its_numbers_are_made(
    text: str, value: int
) -> None:
    events = goal_relations(text)
    assert [event.rule for event in events] == [8]
    assert f"{value} is then made" in events[0].describe()


@pytest.mark.parametrize(
    "text",
    [
        "factor 60: 60 = 5 * 12 and 12 = 3 * 4, so 5 * 3 * 4 = 60.",  # a pure product
        "8 * (14 - 5) = 72. 72 = 8 * 9, and 14 - 5 = 9.",  # after the goal is reached
        "30 = 5 * 6. 6 = 2 + 4. so 5 * 2 + 4 - 1 = 13.",  # not the final value
        "9 + 3 = 12, 12 * 7 = 84. <answer> (9 + 3) * 7 </answer>",  # forwards
        "72 = 8 * 9. so 8 * (14 - 5) = 72.",  # the 9 never made
    ],
)
def test_rule_8_leaves_factorisations_summaries_and_other_values(text: str) -> None:
    assert goal_relations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "for the team to win, the last two games must both be wins, so game 3 must also be won.",
        "to get a total of 50 with three bags of 12, the fourth bag has to hold 14.",
        "the mean has to be 7 for the set to balance. the other four add to 26, so the fifth "
        "number must be 9.",
        "we need the product to be even, so one of the two factors has to be even.",
        "the claim follows if the sum is even, which follows from both terms being odd.",
        "since we want the tangent at \\(x = 1\\) to be flat, we need \\(b = -2a\\).",
    ],
)
def test_rule_9_reads_the_widened_slots(text: str) -> None:
    assert [event.rule for event in necessity_chains(text)] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "for a fraction to terminate, its denominator should have only 2 and 5 as factors.",
        "to get the answer, you'd need to use a calculator.",
        "to make the table, the values have to be computed first.",
        "2x = 6, so x has to be 3. the other factor is 5, so y must be 2.",
        "we need the area first, so we have to compute the base.",
        "the formula holds if n is even, which is the case for n = 4.",
    ],
)
def test_rule_9_leaves_general_rules_narration_tasks_and_inferences(text: str) -> None:
    assert necessity_chains(text) == []


def test_a_decomposition_read_by_rules_5_to_7_counts_once() -> None:
    text = "72 = 8 * 9. We need 9 from 12 and 3: 12 - 3 = 9. So 8 * (12 - 3) = 72."
    assert goal_relations(lower(text))  # rule 8 reads it too
    assert behaviors(text, target=72, numbers=[8, 12, 3])[C] == 1
    assert behaviors(text)[C] == 1


# -- fourth wave (seventh session) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # a goal's purpose, then a narrator's need of a condition (a relation right after it)
        ("To make it a perfect square we'd need \\(c = 9\\).", "a condition of the goal"),
        ("For the lines to meet at a right angle we need \\(m_1 m_2 = -1\\).", "a condition"),
        ("For a total of 40 I'd need x = 8, which is allowed.", "a condition of the goal"),
        # a goal's purpose, then a sufficient condition
        ("To show the set is closed, it's enough to show it contains its limits.", "condition"),
        # a relation that needs another
        ("Since \\(x^2 + x = 12\\) needs \\((x + 4)(x - 3) = 0\\), x = 3.", "requirement"),
        ("We need \\(2^n > 1000\\), which requires \\(n \\ge 10\\).", "a relation's requirement"),
        # a stated goal written as a relation, linked to a requirement
        ("We need \\(x + y = 10\\), so y has to be 10 - x.", "a goal's requirement"),
        # "in order to", a value in words, a goal that is an optimum or a count of real roots
        ("In order to have two real roots, we need \\(d > 0\\).", "a condition of the goal"),
        ("To make it a perfect square we need c to be 25.", "a condition of the goal"),
        ("To maximize the area we need \\(x = y\\).", "a condition of the goal"),
        # one requirement after a state to secure
        ("To ensure the product is even, one factor has to be even.", "in its purpose"),
        ("To keep the sum at 10, the other number must be 4.", "in its purpose"),
        # a property of a named object needed after a purpose (a closed class)
        ("To prove \\(m = n\\) we need \\(h\\) injective.", "a condition of the goal"),
        # a condition needed by "which"
        ("We must show the triangles match, which needs \\(AB = DE\\).", "a condition needed"),
        # a count of solutions as the goal's purpose
        ("For no solutions the slopes have to agree, so \\(2a = 6\\).", "in its purpose"),
        # the goal rewritten until it holds
        (
            "We want \\(a + b \\ge 2\\). That is \\(a + 1/a \\ge 2\\), which always holds.",
            "requirement",
        ),
        # a necessary condition carried on
        ("The total is odd only if one term is odd, so x must be odd.", "necessary condition"),
        # the goal reduced to what is enough for it
        ("If we can show that \\(f\\) is injective, then we're done.", "enough for the goal"),
        ("So if I can produce a 3 from 6 and 2 I'm done.", "enough for the goal"),
    ],
)
def test_fourth_wave_rule_9_reads_a_goals_condition(text: str, detail: str) -> None:
    events = goal_chain_events(lower(text))
    assert [event.rule for event in events] == [9]
    assert detail in events[0].detail
    assert behaviors(text)[C] >= 1


@pytest.mark.parametrize(
    "text",
    [
        # a task as the purpose, a thing needed, a need with no purpose
        "To find \\(x\\), we need \\(3x = 12\\) solved, which gives 4.",
        "To make the cake we need the flour.",
        "To show it, we need to use induction on \\(n = 1\\).",
        "We need \\(x > 0\\) for the logarithm; then \\(x = 4\\).",
        # a case or a general rule
        "For \\(x = 2\\) we need \\(y = 5\\).",
        "For any triangle we need \\(a + b > c\\).",
        # "needs" after mathematics without a relation, or in words; a stated goal not a relation
        "The term \\(\\sqrt{x}\\) needs \\(x \\ge 0\\).",
        "The equation needs \\(x = 1\\) checked.",
        "We need \\(k^2\\) to be even, so k must be even.",
        # a property outside the closed class; a domain; a domain's sign after "which"
        "To prove \\(m = n\\) we need \\(h\\) first.",
        "For the logarithm to be defined, we need \\(x > 0\\).",
        "We take the square root, which requires \\(x \\ge 0\\).",
        # a stated goal not rewritten; "if and only if"; no finishing clause
        "We want \\(x = 2\\). At the end it holds.",
        "n is even if and only if n^2 is even, so n must be even.",
        "If we can, we factor it first.",
        # a narrator's task after a state to secure
        "To ensure accuracy, we must check each step.",
        # a task as the purpose ("to make a table", "to get x alone"); a formula's precondition
        "To make the table, we need \\(n = 1, 2, 3\\).",
        "To get \\(x\\) alone, we need \\(3x = 12\\) divided by 3.",
        "We use the formula \\(S = n(n+1)/2\\), which requires \\(n \\ge 1\\).",
        # a domain as the purpose
        "For the square root to be real we need \\(x \\ge 1\\).",
        # a clarification or a step label, not a goal's purpose
        "To make sure I read it right, we need \\(n = 5\\) terms.",
        "To get started, we need \\(x = 0\\).",
        "For step 2 we need \\(a = 1\\).",
    ],
)
def test_fourth_wave_rule_9_leaves_tasks_cases_and_things(text: str) -> None:
    assert goal_chain_events(lower(text)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the goal's operation after its purpose, then its number made
        ("To hit 48 I'd like 6 * 8. 11 - 3 = 8, and 6 * 8 = 48.", 8),
        ("To make 35, 5 * 7 would do; 7 = 10 - 3, so 5 * 7 = 35.", 7),
        # the number the goal needs, made inside the final step's parentheses
        ("60 = 15 * 4, and the two 2s give the 4: 15 * (2 + 2) = 60.", 4),
        ("Target 56. 56 = 7 * 8, and the 8 is 5 + 3, so 7 * (5 + 3) = 56.", 8),
        # the goal with an operand missing, that operand then made
        ("What times 7 is 63? 9. And 9 = 12 - 3, so 7 * (12 - 3) = 63.", 9),
        ("4 times what gives 52? 13 = 10 + 3, so 4 * (10 + 3) = 52.", 13),
    ],
)
def test_fourth_wave_rule_8_reads_the_goals_operation_and_its_number_made(
    text: str, value: int
) -> None:
    events = goal_relations(lower(text))
    assert [event.rule for event in events] == [8]
    assert events[0].detail.endswith(f"{value} is then made")


@pytest.mark.parametrize(
    "text",
    [
        "To make 48: 6 * 8 = 48.",  # the step itself, forwards
        "To get 12, 3 * 4. Then 12 + 5 = 17.",  # not the final value
        "90 = 9 * 10, and 9 * 10 = 90.",  # nothing made
        "56 = 7 * 8, and 7 * (5 + 3) = 56 is one way; 7 * (6 + 3) = 63.",  # not the final value
        "15 * (2 + 2) = 60. 60 = 15 * 4.",  # the decomposition after the goal is reached
        "7 * 9 = 63. What times 7 is 63? 9, as found.",  # asked after the goal is reached
        "What times 7 is 63? 9. 9 = 12 - 3, and 9 * 2 = 18.",  # not the final value
    ],
)
def test_fourth_wave_rule_8_leaves_forward_steps_and_other_values(text: str) -> None:
    assert goal_relations(lower(text)) == []


# -- fifth wave (seventh session): the shapes of rounds 15 and 16's misses -------------------


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


#: The gap between a value and the goal named, then made (sixteenth session).
GAPS = [
    "4 * 6 = 24 is the obvious one, and 24 exceeds 19 by exactly 5. And 3 + 2 is 5. "
    "Result: 4 * 6 - (3 + 2) = 24 - 5 = 19.",
    "19 * 5 = 95, which is just 2 above 93. I'd want 8 and 6 to make it: 8 - 6 = 2. "
    "So 19 * 5 - (8 - 6) = 93.",
    "12 * 25 = 300, which sits 12 under 312. The 2 and 6 give 2 * 6 = 12. "
    "12 * 25 + 2 * 6 = 300 + 12 = 312.",
    "100 times 9 is 900, which overshoots 888 by 12. 3 * 4 = 12. So 100 * 9 - 3 * 4 = 888.",
    "75 * 6 = 450 overshoots the target by 17, and 8 + 9 = 17, so 75 * 6 - (8 + 9) = 433.",
    "25 * 4 = 100 falls short of 107 by seven; 10 - 3 = 7, so 25 * 4 + 10 - 3 = 107.",
]
#: Near misses: the gap made before it is named (a summary), never made, a value that is
#: not the final one, or no number after the relation.
GAP_NEAR_MISSES = [
    "3 * 4 = 12. 100 * 9 = 900, which overshoots 888 by 12. So 900 - 12 = 888.",
    "95 is just 2 above 93, and the 2 is given: 19 * 5 - 2 = 93.",
    "20 * 5 = 100 exceeds 90 by 10, and 6 + 4 = 10, so 20 * 5 + 6 + 4 = 110.",
    "It is 5 more than what we had. 3 + 2 = 5, so 20 + 5 = 25.",
    "The hall seats 40, which is 10 above the 30 chairs; 6 + 4 = 10, so 4 * 10 = 40.",
]


#: The gap a step leaves to the goal, named alone in any words, then made (sixteenth session).
ANCHORED_GAPS = [
    "Target 430. 4 x 100 = 400, which means the 7, 3 and 9 owe me exactly 30. 7 x 3 = 21, "
    "21 + 9 = 30. 4 x 100 + 7 x 3 + 9 = 430.",
    "52 from 3 7 8 6. 7*8 = 56 -> want a 4 out of 3 and 6? no. 6*8 = 48, so 4 to find: "
    "7-3 = 4. 6*8 + 7 - 3 = 52",
    "we want 180, so aim at 12 times 15. thing one is the 12: 16 - 4 = 12, thing two is "
    "the 15: 9 + 6 = 15. (16 - 4) * (9 + 6) = 180",
]
#: Near misses: a quantity made from itself (GSM8K's "70 * 1 = 70"), numbers listed (given
#: ones), a gap made before it is named, a goal named only at the end.
ANCHORED_GAP_NEAR_MISSES = [
    "He needs 30 * 8 = 240 ounces for the suckers. He needs 70 for the fudge: 70 * 1 = 70. "
    "He needs 240 + 70 = 310 ounces, 310 in all.",
    "Target 120. 8 * 3 = 24 as a base, then turn the 5 and 10 into a multiplier: "
    "10 - 5 = 5, and 24 * 5 = 120.",
    "Target 430. 7 x 3 = 21, plus 9 is 30. 4 x 100 = 400, then the 30: 400 + 30 = 430.",
    "4 x 100 = 400, and 30 more: 7 x 3 = 21, 21 + 9 = 30, 400 + 30 = 430.",
]


@pytest.mark.parametrize("text", GAPS + ANCHORED_GAPS)
def test_the_gap_named_in_words_or_left_by_a_step_then_made(text: str) -> None:
    events = goal_relations(lower(text))
    assert [e.rule for e in events] == [8]
    assert "is then made" in events[0].detail


@pytest.mark.parametrize("text", GAP_NEAR_MISSES + ANCHORED_GAP_NEAR_MISSES)
def test_a_gap_made_before_from_itself_listed_or_not_to_the_goal_is_not_read(text: str) -> None:
    assert goal_relations(lower(text)) == []


def test_the_gap_gate_scan_and_the_literal_gates_agree() -> None:
    if not fast_backend():
        pytest.skip("hyperscan is not installed")
    rows, near_misses = GAPS + ANCHORED_GAPS, GAP_NEAR_MISSES + ANCHORED_GAP_NEAR_MISSES
    lows = [lower(text) for text in rows + near_misses]
    fast, slow = _on_both_backends(goal_chain_events, lows)
    assert fast == slow
    assert sum(map(len, fast)) >= len(rows)


# -- every wave: its tables, hostile texts, both backends and figures, as rows named after it --


@pytest.mark.parametrize(
    ("rows", "controls"),
    [
        pytest.param(BC_STRUCT2, BC_STRUCT2_CONTROLS, id="third"),
        pytest.param(BC_STRUCT3, BC_STRUCT3_CONTROLS, id="fourth"),
    ],
)
def test_each_waves_rows_have_an_event_and_near_misses_none(
    rows: tuple[tuple[str, frozenset[str]], ...], controls: tuple[str, ...]
) -> None:
    missed = [text for text, _ in rows if not goal_chain_events(lower(text))]
    assert missed == []
    fired = [text for text in controls if goal_chain_events(lower(text))]
    assert fired == []
    assert not [text for text in controls if behaviors(text)[C]]


@pytest.mark.parametrize(
    ("text", "most"),
    [
        # a chain has two requirements
        *(
            pytest.param(text, MAX_RELATIONS + MAX_CLAUSES // 2, id=f"first-{index}")
            for index, text in enumerate(
                [
                    "the total has to be 9, so x must be 4; " * 30_000,  # one sentence of 1 MB
                    "the total has to be 9, so x must be 4. " * 30_000,  # a chain a sentence
                    "17 is one less than 18. " * 40_000 + "18 = 3 * 6, so 3 * 6 - 1 = 17.",
                    "has to be so must be " * 50_000,
                    "8 * 8 = 64? 64 is twice 32. " * 35_000,
                ]
            )
        ),
        *(
            pytest.param(text, MAX_RELATIONS + MAX_CLAUSES, id=f"third-{index}")
            for index, text in enumerate(
                [
                    "72 = 8 * 9. that's 8 * 9. " * 40_000 + "8 * (14 - 5) = 72",
                    "12 - 3 " * 150_000 + "so 8 * (12 - 3)",
                    "to get 5, the rest has to be 4. so the next must be 3. " * 20_000,
                ]
            )
        ),
        *(
            pytest.param(text, 3 * MAX_RELATIONS + MAX_CLAUSES, id=f"fourth-{index}")
            for index, text in enumerate(
                [
                    "to make it so we'd need \\(c = 9\\). " * 30_000,
                    "for x to hold it's enough to " * 40_000,
                    "\\(a = 1\\) needs \\(b\\), which requires \\(c = 2\\) " * 20_000,
                    "to hit 48 i'd like 6 * 8. 6 * (5 + 3) = 48. " * 25_000,
                    "\\(" * 500_000,
                    "if we can show it " * 60_000,
                    "x only if y, so z must be 1. " * 30_000,
                    "we want \\(x = 1\\). that is " * 30_000,
                    "what times 7 is 63? " * 50_000,
                ]
            )
        ),
        *(
            pytest.param(text, 4 * MAX_RELATIONS + 200, id=f"fifth-{index}")
            for index, text in enumerate(
                [
                    "51 - 2 = 49 = 7 * 7, " * 40_000,
                    "think of 50 as 42 + 8: 42 is 6 * 7. " * 25_000,
                    "75 = 3 * 25, " * 60_000 + "25 * 3 + 6 - 6 = 75",
                    "so before that it was 15, " * 40_000,
                    "so it must leave by 5" * 50_000,
                    "i need 3 more, and 1 + 2 is 3. " * 30_000,
                ]
            )
        ),
        *(
            pytest.param(text, 4 * MAX_RELATIONS + 200, id=f"sixth-{index}")
            for index, text in enumerate(
                [
                    "130 / 13 = 10, 8 + 2. " * 40_000 + "13 * (8 + 2) = 130",
                    "33 minus 1 leaves 32, 4 * 8 = 32. " * 30_000 + "4 * 8 + 1 = 33",
                    "half of 26 is 13 " * 60_000 + "2 * (10 + 3) = 26",
                    "add 6 to 22 and you get 28 " * 40_000 + "4 * 7 - 6 = 22",
                    "19 + 5 = 24 " * 80_000 + "8 * 3 - 5 = 19",
                ]
            )
        ),
    ],
)
def test_each_waves_hostile_texts_are_bounded(text: str, most: int) -> None:
    events = goal_chain_events(lower(text))
    assert len(events) <= most
    assert all(event.rule in (8, 9) for event in events)
    assert all(0 <= event.start <= event.end <= len(text) for event in events)


@pytest.mark.parametrize(
    ("table", "rows", "controls"),
    [
        pytest.param(BC_STRUCT, ELEVENTH_ROUND, BC_STRUCT_CONTROLS, id="first"),
        pytest.param(BC_STRUCT2, TWELFTH_ROUND + THIRTEENTH_ROUND, BC_STRUCT2_CONTROLS, id="third"),
        pytest.param(
            BC_STRUCT3,
            FOURTEENTH_ROUND,
            BC_STRUCT3_CONTROLS + FOURTEENTH_ROUND_CONTROLS,
            id="fourth",
        ),
        pytest.param(
            BC_STRUCT4,
            FIFTEENTH_ROUND + SIXTEENTH_ROUND,
            BC_STRUCT4_CONTROLS + FIFTEENTH_ROUND_CONTROLS + SIXTEENTH_ROUND_CONTROLS,
            id="fifth",
        ),
        pytest.param(
            WAVE15_C_FORMS,
            TWENTY_NINTH_ROUND,
            tuple(text for text, _ in WAVE15_C_NEAR_MISSES) + TWENTY_NINTH_ROUND_CONTROLS,
            id="sixth",
        ),
    ],
)
def test_the_gate_scan_and_the_literal_gates_give_each_waves_events(
    table: tuple[tuple[str, frozenset[str]], ...],
    rows: tuple[tuple[str, frozenset[str]], ...],
    controls: tuple[str, ...],
) -> None:
    if not fast_backend():
        pytest.skip("hyperscan is not installed")
    lows = [lower(text) for text, _ in table + rows] + [lower(text) for text in controls]
    fast, slow = _on_both_backends(goal_chain_events, lows)
    assert fast == slow
    assert sum(map(len, fast)) >= len(table)  # not vacuous: the rows have events


#: Backward chaining after each wave, text alone: round -> (recall floor, most controls flagged
#: for backward chaining), the round named as in tests/behaviour_examples.py.
FIGURES = {
    # measured 0.89 (33/37) on the thirteenth round (0.78 before), 0.74 (39/53) on the twelfth
    # (0.49 before), 0.90 (37/41) on the eleventh (unchanged)
    "third": {
        "THIRTEENTH_ROUND": (0.89, 0),
        "TWELFTH_ROUND": (0.73, 0),
        "ELEVENTH_ROUND": (0.90, 1),
        "BC_STRUCT2": (1.00, 0),
    },
    # measured 0.93 (40/43) on the fourteenth round (0.77 before), 0.92 (49/53) on the twelfth
    # (0.74), 0.95 (35/37) on the thirteenth (0.89), 0.90 (37/41) on the eleventh (unchanged),
    # 0.94 (32/34) on the fifth (0.91)
    "fourth": {
        "FOURTEENTH_ROUND": (0.93, 0),
        "TWELFTH_ROUND": (0.92, 0),
        "THIRTEENTH_ROUND": (0.94, 0),
        "ELEVENTH_ROUND": (0.90, 1),
        "FIFTH_ROUND": (0.94, 0),
        "BC_STRUCT3": (1.00, 0),
    },
    # measured 0.68 (41/60) on the fifteenth round (0.50 before), 0.85 (39/46) on the
    # sixteenth (0.63), 0.95 (41/43) on the fourteenth (0.93), 0.92 (49/53) on the twelfth
    # (unchanged); 1.00 (19/19) on BC_STRUCT4 (0.11 before)
    "fifth": {
        "FIFTEENTH_ROUND": (0.68, 0),
        "SIXTEENTH_ROUND": (0.84, 1),
        "FOURTEENTH_ROUND": (0.95, 0),
        "TWELFTH_ROUND": (0.92, 0),
        "THIRTEENTH_ROUND": (0.94, 0),
        "BC_STRUCT4": (1.00, 0),
    },
}


@pytest.mark.parametrize(
    ("name", "floor", "most"),
    [
        pytest.param(name, floor, most, id=f"{wave}-{name}")
        for wave, rounds in FIGURES.items()
        for name, (floor, most) in sorted(rounds.items())
    ],
)
def test_backward_chaining_keeps_each_waves_figures(name: str, floor: float, most: int) -> None:
    rows = getattr(behaviour_examples, name)
    controls = getattr(behaviour_examples, f"{name}_CONTROLS")
    positives = [row[0] for row in rows if C in row[1]]
    found = sum(1 for text in positives if behaviors(text)[C])
    flagged = sum(1 for text in controls if behaviors(text)[C])
    assert found / len(positives) >= floor
    assert flagged <= most


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("130 / 13 = 10 , the 8 and the 2 make a 10 , 8 + 2 . 13 * (8 + 2) = 130", 10),
        ("the last move is minus 5 , so 19 + 5 = 24 , and 8 * 3 = 24 . 8 * 3 - 5 = 19", 24),
        ("33 minus the 1 leaves 32 , and 4 * 8 = 32 . so 4 * 8 + 1 = 33", 32),
        ("81 divided by 3 is 27 , and 30 - 3 = 27 . so (30 - 3) * 3 = 81", 27),
        ("half of 26 is 13 , that's 10 + 3 . 2 * (10 + 3) = 26", 13),
        ("add 6 to 22 and you get 28 , which is 4 * 7 , so 4 * 7 - 6 = 22", 28),
    ],
)
def test_the_goal_undone_then_the_rest_made_is_backward_chaining(text: str, value: int) -> None:
    # sixth wave (fifteenth session): the value the goal leaves, made afterwards, is the event
    events = goal_chain_events(lower(text))
    assert [event.rule for event in events] == [8]
    assert f"{value} is then made" in events[0].detail


@pytest.mark.parametrize(
    "text",
    [
        # the goal is also a given number the last step uses: forward work from it
        "numbers 3, 16 and 24: 24 minus 16 is 8, and 8 times 3 is 24. so 3 * (24 - 16) = 24",
        # a check after the answer, not before the rest is made
        "8 + 2 = 10 , 13 * 10 = 130 . check: 130 / 13 = 10 ok",
        # the arithmetic of the words is wrong
        "33 minus the 1 leaves 31 , 4 * 8 = 32 , 4 * 8 + 1 = 33",
        # the rest is made too far after the undoing (a long solution's total found again)
        "360 - 15 = 345 students. " + "the parts are listed here. " * 12 + "300 + 45 = 345, "
        "so 345 + 15 = 360",
    ],
)
def test_an_undoing_that_is_no_plan_from_the_goal_has_no_event(text: str) -> None:
    assert goal_chain_events(lower(text)) == []
