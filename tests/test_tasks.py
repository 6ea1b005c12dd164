"""Task checks: GSM8K, multiple choice, Countdown and tool use."""

from __future__ import annotations

import json
import pickle
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import rewardkit
from rewardkit import ConfigError, Reward
from rewardkit.tasks import (
    choice_correct,
    choice_score,
    code_blocks,
    countdown_correct,
    countdown_score,
    evaluate_equation,
    extract_choices,
    extract_equation,
    extract_gsm8k_answer,
    gsm8k_correct,
    gsm8k_score,
    gsm8k_value,
    tool_use,
    tool_use_score,
)
from tests.strategies import answer_soup, brace_soup, model_text

HOSTILE_TEXTS = [
    pytest.param("", id="empty"),
    pytest.param("x" * 1_000_000, id="one-megabyte"),
    pytest.param("\x00\ufffd\U0010ffff" * 1000, id="binary-junk"),
    pytest.param("{" * 50_000, id="brace-soup"),
    pytest.param("<answer>" * 20_000 + "</answer>" * 20_000, id="tag-soup"),
    pytest.param("(" * 10_000 + "1" + ")" * 10_000, id="deep-parens"),
    pytest.param("```python\n" * 5_000, id="fence-soup"),
    pytest.param("```python\n" + "(" * 5_000 + "\n```", id="deep-python"),
    pytest.param("#### " * 20_000, id="markers"),
    pytest.param("the answer is " * 20_000, id="phrases"),
    # Each of these made an earlier regex backtrack catastrophically.
    pytest.param("\\boxed{option" + " " * 50_000 + "}", id="option-then-blanks"),
    pytest.param("\\boxed{" + " C)" * 20_000 + "}", id="many-strong-options"),
    pytest.param("```" + "a" * 100_000 + "`", id="fence-info-then-backtick"),
    pytest.param("```python" + " " * 100_000 + "`", id="fence-blanks-then-backtick"),
    pytest.param("#### 5 " + "a " * 20_000 + "5", id="marker-then-words"),
    pytest.param("The answer is " + "1" * 190 + "x5", id="long-digits-then-letter"),
    pytest.param("The answer is 5" + " " * 190 + "%x", id="blanks-before-percent"),
]

# --- GSM8K ---------------------------------------------------------------------------------------

GSM8K = [
    pytest.param("She makes 9 * 2 = $18 a day.\n#### 18", "#### 18", 1.0, id="marker"),
    pytest.param(r"So she makes \boxed{18} dollars.", "18", 1.0, id="boxed"),
    pytest.param(r"\boxed{\$18.00}", "18", 1.0, id="boxed-currency-cents"),
    pytest.param(r"\boxed{18 \text{ dollars}}", "18", 1.0, id="boxed-unit"),
    pytest.param("The answer is 1,234 apples.", "#### 1,234", 1.0, id="phrase-commas"),
    pytest.param("So the total is 1234", "Solution...\n#### 1,234", 1.0, id="last-number"),
    pytest.param("She has 7{,}425{,}000", "7425000", 1.0, id="latex-thousands"),
    pytest.param("A: 26", "... = 26\nA: 26", 1.0, id="gpt3-format"),
    pytest.param("A: -3.50", "#### -3.5", 1.0, id="negative-decimal"),
    pytest.param(r"\boxed{\frac{1}{2}}", "0.5", 1.0, id="fraction-vs-decimal"),
    pytest.param(r"\boxed{x = 12}", "12", 1.0, id="assignment"),
    pytest.param("The answer is 25%.", "#### 25", 1.0, id="percent-as-number"),
    pytest.param(r"\boxed{18}, wait, 20", "18", 1.0, id="box-wins-over-later-number"),
    pytest.param("#### 18\nThe answer is 19.", "18", 1.0, id="marker-before-phrase"),
    pytest.param("She makes 9 * 2 = $18 a day.\n#### 26", "#### 18", 0.0, id="wrong-marker"),
    pytest.param("The answer is 5 or 6.", "#### 6", 0.0, id="hedge"),
    pytest.param(r"\boxed{x}", "18", 0.0, id="boxed-not-a-number"),
    pytest.param(r"\boxed{18} \boxed{19}", "18", 0.0, id="last-box-counts"),
    pytest.param("no numbers here", "18", 0.0, id="no-number"),
    pytest.param("It is 18.0001", "18", 0.0, id="exact-not-close"),
    pytest.param("It is 1e999999999", "18", 0.0, id="huge-exponent"),
    pytest.param("It is 18", "no number in the gold", None, id="gold-not-a-number"),
    # One exact number, not an expression or an approximation (rewardkit.equivalence would
    # accept each of these: gsm8k keeps its own stricter reader).
    pytest.param("#### 2+3", "#### 5", 0.0, id="expression-not-a-number"),
    pytest.param(r"The answer is \boxed{3 \cdot 4}.", "12", 0.0, id="product-not-a-number"),
    pytest.param(r"\boxed{\sqrt{25}}", "5", 0.0, id="radical-not-a-number"),
    pytest.param("A: 0.3333333333", "1/3", 0.0, id="approximation-not-exact"),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), GSM8K)
def test_gsm8k_score(completion: str, gold: str, expected: float | None) -> None:
    assert gsm8k_score(completion, gold) == expected
    assert gsm8k_correct.score(completion, answer=gold) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        pytest.param("1,234", Fraction(1234), id="thousands"),
        pytest.param("$18.00", Fraction(18), id="currency"),
        pytest.param(r"\$18", Fraction(18), id="latex-currency"),
        pytest.param("-3/4", Fraction(-3, 4), id="slash-fraction"),
        pytest.param(r"\dfrac{3}{4}", Fraction(3, 4), id="dfrac"),
        pytest.param("1.5e3", Fraction(1500), id="scientific"),
        pytest.param(r"45^\circ", Fraction(45), id="degrees"),
        pytest.param("**42**", Fraction(42), id="bold"),
        pytest.param("12 cm", Fraction(12), id="unit"),
        pytest.param("she has 5 left", Fraction(5), id="one-number-in-words"),
        pytest.param("5 or 6", None, id="two-numbers"),
        pytest.param("1/0", None, id="zero-denominator"),
        pytest.param("1" * 61, None, id="too-many-digits"),
        pytest.param("1e61", None, id="exponent-too-large"),
        pytest.param("7" * 300, None, id="too-long"),
        pytest.param("x", None, id="letters"),
    ],
)
def test_gsm8k_value(answer: str, expected: Fraction | None) -> None:
    assert gsm8k_value(answer) == expected


def test_gsm8k_reward_signature() -> None:
    completions = ["#### 18", [{"role": "assistant", "content": r"\boxed{18}"}], "#### 17"]
    assert gsm8k_correct(completions, answer=["18"] * 3) == [1.0, 1.0, 0.0]
    assert gsm8k_correct(["#### 18"], solution=["#### 18"]) == [1.0]
    assert gsm8k_correct(["#### 18"], answer=[None]) == [None]
    with pytest.raises(ConfigError, match="no gold column"):
        gsm8k_correct(["#### 18"], question=["q"])


def test_gsm8k_agrees_with_openai_labels(shared_data: Path) -> None:
    """gsm8k_correct against OpenAI's is_correct on 5,276 GPT-3 solutions (observed: 100%)."""
    with (shared_data / "gsm8k_model_solutions.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    scores = gsm8k_correct([r["completion"] for r in rows], answer=[r["answer"] for r in rows])
    agree = sum(
        (score == 1.0) == row["is_correct"] for score, row in zip(scores, rows, strict=True)
    )
    assert agree / len(rows) >= 0.999


def test_gsm8k_gold_solutions_are_correct(shared_data: Path) -> None:
    with (shared_data / "gsm8k_test_gold.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    for row in rows:
        assert gsm8k_score(row["answer"], str(row["final_answer"])) == 1.0, row["answer"]
        assert extract_gsm8k_answer(row["answer"]) is not None


# --- multiple choice -------------------------------------------------------------------------

CHOICES = [
    pytest.param(r"\boxed{C}", "C", 1.0, id="boxed"),
    pytest.param(r"$\boxed{\text{(C)}}$", "C", 1.0, id="boxed-text-parens"),
    pytest.param("The correct option is (C).", "C", 1.0, id="parens-last-line"),
    pytest.param("C) 42", "C", 1.0, id="letter-paren"),
    pytest.param("Answer: C", "C", 1.0, id="answer-colon"),
    pytest.param("**Answer:** C", "C", 1.0, id="bold-answer"),
    pytest.param("the answer is option C", "C", 1.0, id="option-word"),
    pytest.param(r"So the answer is \textbf{(C)}", "C", 1.0, id="textbf"),
    pytest.param("The answer is: **C. 42**", "C", 1.0, id="letter-dot-value"),
    pytest.param("Answer: c", "C", 1.0, id="lower-case"),
    pytest.param("I think it is C.", "C", 1.0, id="final-letter"),
    pytest.param("The answer is C because A is wrong.", "C", 1.0, id="reason-names-other"),
    pytest.param("The answer is C and not D", "C", 1.0, id="and-not"),
    pytest.param("Answer: C", "(C)", 1.0, id="gold-in-parens"),
    pytest.param("Answer: C", "C) 42", 1.0, id="gold-with-text"),
    pytest.param("Answer: C", "2", 1.0, id="gold-index-mmlu"),
    pytest.param("Answer: B", "C", 0.0, id="wrong"),
    pytest.param("The answer is C or D", "C", 0.0, id="hedge-or"),
    pytest.param("The answer is (A) and (C)", "C", 0.0, id="hedge-and"),
    pytest.param(r"\boxed{B, C}", "C", 0.0, id="hedge-boxed-list"),
    pytest.param("Between (B) and (C), I choose (C).", "C", 0.0, id="hedge-last-line"),
    pytest.param(r"\boxed{42}", "C", 0.0, id="value-not-letter"),
    pytest.param("A good guess would be fine", "A", 0.0, id="article-not-option"),
    pytest.param("the answer is a prime", "A", 0.0, id="lower-article"),
    pytest.param("The answer is E", "E", None, id="gold-not-an-option"),
    pytest.param("", "C", 0.0, id="empty"),
    # hedges and negations (issue 14.3): naming two options or ruling the gold out is wrong
    pytest.param(r"\boxed{(C) or D}", "C", 0.0, id="hedge-boxed-paren-or"),
    pytest.param(r"\boxed{(C) or D}", "D", 0.0, id="hedge-boxed-paren-or-gold-second"),
    pytest.param(r"\boxed{(C) (D)}", "C", 0.0, id="hedge-boxed-two-parens"),
    pytest.param(r"\boxed{(C) (D)}", "D", 0.0, id="hedge-boxed-two-parens-gold-second"),
    pytest.param("C (or D)", "C", 0.0, id="hedge-or-in-parens-last-line"),
    pytest.param("C (or D)", "D", 0.0, id="hedge-or-in-parens-last-line-gold-second"),
    pytest.param("The answer is C (or D)", "C", 0.0, id="hedge-or-in-parens-phrase"),
    pytest.param("Answer: (C) [or (D)]", "C", 0.0, id="hedge-or-in-brackets"),
    pytest.param("not C", "C", 0.0, id="negated-last-line"),
    pytest.param("The answer is not C", "C", 0.0, id="negated-phrase"),
    pytest.param(r"\boxed{\text{not } C}", "C", 0.0, id="negated-boxed"),
    pytest.param("The answer isn't (C).", "C", 0.0, id="negated-contraction"),
    pytest.param("Answer: neither C nor D", "D", 0.0, id="neither-nor"),
    pytest.param("Answer: anything other than C", "C", 0.0, id="other-than"),
    pytest.param("It is not A, it is (C).", "C", 1.0, id="negated-other-then-gold"),
    pytest.param("The answer is C, not D", "C", 1.0, id="gold-then-negated-other"),
    # fourteenth session: a verb between the negation and the option, a verdict after it
    pytest.param("So the answer can't be C.", "C", 0.0, id="cant-be"),
    pytest.param("The answer cannot be (C).", "C", 0.0, id="cannot-be"),
    pytest.param("(C) is incorrect.", "C", 0.0, id="verdict-incorrect"),
    pytest.param("C is wrong", "C", 0.0, id="verdict-wrong"),
    pytest.param("Option C is out.", "C", 0.0, id="verdict-out"),
    pytest.param("Answer: C was ruled out", "C", 0.0, id="verdict-ruled-out"),
    pytest.param("I'd rule out A, so (C).", "C", 1.0, id="rule-out-other-then-gold"),
    pytest.param("We eliminate A and B, so (C).", "C", 1.0, id="eliminate-others-then-gold"),
    pytest.param("A is wrong, so the answer is C.", "C", 1.0, id="other-wrong-then-gold"),
    pytest.param("(C) is the right one.", "C", 1.0, id="verdict-for-it"),
    # an option written with its content reads as the option; contents are never compared
    pytest.param("Answer: C. x = 42", "C", 1.0, id="letter-dot-equation"),
    pytest.param("Answer: (C) 4^x", "C", 1.0, id="paren-letter-power"),
    pytest.param(r"\boxed{(C) 4^x}", "C", 1.0, id="boxed-paren-letter-power"),
    pytest.param(r"\boxed{C. x = 42}", "C", 1.0, id="boxed-letter-dot-equation"),
    pytest.param("Answer: C. x = 42", "D", 0.0, id="letter-dot-equation-wrong-gold"),
    pytest.param("Answer: (C) 4^x", "B", 0.0, id="paren-letter-power-wrong-gold"),
    pytest.param("Answer: (C) 4^x", "(C) 4^x", 1.0, id="gold-with-content"),
    pytest.param("Answer: 4^x", "(C) 4^x", 0.0, id="content-only-against-letter-gold"),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), CHOICES)
def test_choice_score(completion: str, gold: str, expected: float | None) -> None:
    assert choice_score(completion, gold) == expected
    assert choice_correct().score(completion, answer=gold) == expected


def test_choice_more_options_and_digits() -> None:
    assert choice_score("The answer is E", "E", "ABCDE") == 1.0
    assert choice_score("Answer: (3)", "3", "1234") == 1.0
    assert choice_score("Answer: (3)", "2", "1234") == 0.0
    assert extract_choices(r"\boxed{B \text{ or } D}") == {"B", "D"}


def test_choice_factory_names_and_options() -> None:
    assert choice_correct().name == "choice_correct"
    assert choice_correct(choices="ABCDE").name == "choice_correct_choicesABCDE"
    assert choice_correct(choices=("a", "b")).scorer.choices == ("A", "B")  # type: ignore[attr-defined]
    variant = choice_correct().configure(choices="ABCDE")
    assert variant.score("Answer: E", answer="E") == 1.0
    assert variant.name != choice_correct().name


@pytest.mark.parametrize(
    "choices",
    [
        pytest.param("", id="empty"),
        pytest.param("A", id="one"),
        pytest.param("AAB", id="duplicate"),
        pytest.param("Aa", id="duplicate-case"),
        pytest.param(("AB", "C"), id="multi-char"),
        pytest.param("A B", id="space"),
        pytest.param((1, 2), id="not-strings"),
    ],
)
def test_choice_bad_choices(choices: object) -> None:
    with pytest.raises(ConfigError, match="choices"):
        choice_correct(choices=choices)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="choices"):
        choice_correct().configure(choices=choices)


# --- Countdown -------------------------------------------------------------------------------

NUMS = [3, 4, 5, 25]
COUNTDOWN = [
    pytest.param("<answer>(25 - 5) * 3 / 4</answer>", 1.0, id="correct"),
    pytest.param("<think>hmm</think>\n<answer> 3 * (25 - 5) / 4 </answer>", 1.0, id="reordered"),
    pytest.param("<answer>(25 - 5) * 3 / 4 = 15</answer>", 1.0, id="with-result"),
    pytest.param("<answer>(25 − 5) × 3 ÷ 4</answer>", 1.0, id="unicode-operators"),
    pytest.param("<answer>1</answer> then <answer>(25-5)*3/4</answer>", 1.0, id="last-block"),
    pytest.param("<answer>25 - 5 - 4 - 3</answer>", 0.1, id="wrong-value"),
    pytest.param("<answer>(25 - 5) * 3 / 4 = 16</answer>", 0.1, id="wrong-stated-result"),
    pytest.param("<answer>(25 - 5) * 3 / 4 = 15 = 15</answer>", 0.0, id="two-equals"),
    pytest.param("<answer>(25 - 5 - 5)</answer>", 0.1, id="number-reused-and-missing"),
    pytest.param("<answer>(25 - 5) * 3 / 4 * 1</answer>", 0.1, id="extra-number"),
    pytest.param("<answer>(25 - 5) * 3</answer>", 0.1, id="number-missing"),
    pytest.param("<answer>(20) * 3 / 4</answer>", 0.1, id="number-not-given"),
    pytest.param("<answer>25 / (5 - 5) + 3 * 4</answer>", 0.1, id="division-by-zero"),
    pytest.param("<answer>5 ** 2 - 3 - 4 - 3</answer>", 0.0, id="power-stars"),
    pytest.param("<answer>5 ^ 2 - 3 - 4 - 3</answer>", 0.0, id="power-caret"),
    pytest.param("<answer>-3 + 25 - 5 - 4</answer>", 0.0, id="unary-minus"),
    pytest.param("<answer>2.5 * 4 + 5</answer>", 0.0, id="decimal"),
    pytest.param("<answer>__import__('os')</answer>", 0.0, id="python-code"),
    pytest.param("<answer>(25 - 5) * 3 / 4 +</answer>", 0.0, id="dangling-operator"),
    pytest.param("<answer>((25 - 5) * 3 / 4</answer>", 0.0, id="unbalanced"),
    pytest.param("<answer>25 5 3 4</answer>", 0.0, id="no-operators"),
    pytest.param("<answer></answer>", 0.0, id="empty-answer"),
    pytest.param("(25 - 5) * 3 / 4", 0.0, id="no-tag"),
    pytest.param("<answer>(25 - 5) * 3 / 4", 0.0, id="unclosed-tag"),
    pytest.param("<answer>" + "(" * 40 + "3" + ")" * 40 + "</answer>", 0.0, id="too-deep"),
    pytest.param("<answer>" + "3+" * 200 + "3</answer>", 0.0, id="too-long"),
    pytest.param("<answer>1234567890123 - 4</answer>", 0.0, id="too-many-digits"),
]


@pytest.mark.parametrize(("completion", "expected"), COUNTDOWN)
def test_countdown(completion: str, expected: float) -> None:
    assert countdown_score(completion, NUMS, 15) == expected
    assert countdown_correct.score(completion, nums=NUMS, target=15) == expected


def test_countdown_options_and_columns() -> None:
    assert countdown_score("<answer>25-5-4-3</answer>", NUMS, 15, format_score=0.0) == 0.0
    assert countdown_score("<eq>(25-5)*3/4</eq>", NUMS, 15, tag="eq") == 1.0
    assert countdown_score("So:\n(25-5)*3/4\n", NUMS, 15, tag=None) == 1.0
    strict = countdown_correct.configure(format_score=0.0)
    assert strict.score("<answer>25-5-4-3</answer>", nums=NUMS, target=15) == 0.0
    text = "<answer>(25-5)*3/4</answer>"
    assert countdown_correct.score(text, nums=np.array(NUMS), target=np.int64(15)) == 1.0
    assert countdown_correct.score(text, nums=NUMS, target="15") == 1.0
    assert countdown_correct.score(text, nums="3 4 5 25", target=15) is None
    assert countdown_correct.score(text, nums=NUMS, target=None) is None
    assert countdown_correct.score(text, nums=[3, 4, 5, True], target=15) is None
    with pytest.raises(ConfigError, match="nums"):
        countdown_correct([text], target=[15])


def test_countdown_scores_only_the_completion() -> None:
    prompt = "Use 3 4 5 25 to make 15. Example: <answer>(25 - 5) * 3 / 4</answer>"
    assert countdown_correct(["I give up"], prompts=[prompt], nums=[NUMS], target=[15]) == [0.0]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        pytest.param({"format_score": 1.5}, "format_score", id="score-above-one"),
        pytest.param({"format_score": -0.1}, "format_score", id="negative-score"),
        pytest.param({"format_score": "0.1"}, "format_score", id="score-string"),
        pytest.param({"tag": "<answer>"}, "tag", id="tag-with-brackets"),
        pytest.param({"tag": ""}, "tag", id="empty-tag"),
        pytest.param({"tags": "x"}, "unknown option", id="unknown-option"),
    ],
)
def test_countdown_bad_options(options: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        countdown_correct.configure(**options)


@pytest.mark.parametrize(
    ("equation", "expected"),
    [
        pytest.param("1 + 2 * 3", Fraction(7), id="precedence"),
        pytest.param("(1 + 2) * 3", Fraction(9), id="parentheses"),
        pytest.param("8 - 3 - 2", Fraction(3), id="left-associative-minus"),
        pytest.param("8 / 4 / 2", Fraction(1), id="left-associative-divide"),
        pytest.param("1 / 3", Fraction(1, 3), id="exact-fraction"),
        pytest.param("1 / 3 * 3", Fraction(1), id="exact-not-float"),
        pytest.param("1 / (2 - 2)", None, id="division-by-zero"),
        pytest.param("2 ** 3", None, id="power"),
        pytest.param("1 + 1 = 2", Fraction(2), id="true-stated-result"),
        pytest.param("1 + 1 = 3", None, id="false-stated-result"),
        pytest.param("1 + 1 = x", None, id="stated-result-not-a-number"),
        pytest.param("()", None, id="empty-parens"),
        pytest.param("", None, id="empty"),
    ],
)
def test_evaluate_equation(equation: str, expected: Fraction | None) -> None:
    assert evaluate_equation(equation) == expected


def test_extract_equation() -> None:
    assert extract_equation("<answer> 1+2 </answer>") == "1+2"
    assert extract_equation("</answer><answer>1") is None
    assert extract_equation("text", tag=None) == "text"
    assert extract_equation("   ", tag=None) is None


@st.composite
def expressions(draw: st.DrawFn) -> tuple[str, list[int], Fraction]:
    """A random fully parenthesised expression using each drawn number exactly once."""
    nums = draw(st.lists(st.integers(min_value=1, max_value=100), min_size=1, max_size=6))
    items: list[tuple[str, Fraction]] = [(str(n), Fraction(n)) for n in draw(st.permutations(nums))]
    while len(items) > 1:
        i = draw(st.integers(min_value=0, max_value=len(items) - 2))
        (left, a), (right, b) = items[i], items[i + 1]
        op = draw(st.sampled_from("+-*/"))
        assume(not (op == "/" and b == 0))
        value = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else a}[op]
        space = draw(st.sampled_from(["", " "]))
        items[i : i + 2] = [(f"({left}{space}{op}{space}{right})", value)]
    return items[0][0], nums, items[0][1]


@given(expressions())
def test_valid_expression_hitting_target_scores_one(case: tuple[str, list[int], Fraction]) -> None:
    equation, nums, value = case
    assert evaluate_equation(equation) == value
    assume(value.denominator == 1)
    target = int(value)
    assert countdown_score(f"<answer>{equation}</answer>", nums, target) == 1.0
    assert countdown_correct([f"<answer>{equation}</answer>"], nums=[nums], target=[target]) == [
        1.0
    ]


@given(
    st.one_of(model_text, answer_soup),
    st.lists(st.integers(min_value=0, max_value=100), max_size=6),
    st.integers(),
)
def test_countdown_is_total_and_bounded(text: str, nums: list[int], target: int) -> None:
    for completion in (text, f"<answer>{text}</answer>"):
        assert countdown_score(completion, nums, target) in (0.0, 0.1, 1.0)


# --- tool use --------------------------------------------------------------------------------

CALL = "```python\nprint(2 + 2)\n```\n"
OUTPUT = "```output\n4\n```\n"
TOOL_USE = [
    pytest.param("Wait, I can check.\n" + CALL + OUTPUT + "So 4.", {}, 1.0, id="call-and-output"),
    pytest.param(CALL, {}, 1.0, id="call-without-output"),
    pytest.param(CALL, {"require_output": True}, 0.0, id="output-required"),
    pytest.param(CALL + OUTPUT, {"require_output": True}, 1.0, id="output-present"),
    pytest.param(CALL + "text\n" + OUTPUT, {"require_output": True}, 0.0, id="text-before-output"),
    pytest.param(CALL + OUTPUT + CALL, {"require_output": True}, 0.0, id="last-call-no-output"),
    pytest.param("```py\nx = 1\n```", {}, 1.0, id="py-tag"),
    pytest.param("```Python\nx = 1\n```", {}, 1.0, id="tag-case"),
    pytest.param("````python\nx = 1\n````", {}, 1.0, id="four-backticks"),
    pytest.param("```python\nx = 1\n````", {}, 1.0, id="longer-closing-fence"),
    pytest.param("````python\nx = 1\n```\n````", {}, 0.0, id="short-fence-is-content"),
    pytest.param("```python\nprint(2 +\n```", {}, 0.0, id="syntax-error"),
    pytest.param(CALL + "```python\nif:\n```", {}, 0.0, id="one-bad-call"),
    pytest.param("```python\nprint(1)\n", {}, 0.0, id="unclosed"),
    pytest.param("```\nprint(1)\n```", {}, 0.0, id="untagged-block"),
    pytest.param("```bash\nls\n```", {}, 0.0, id="other-language"),
    pytest.param("Wait, I can use Python to check this.", {}, 0.0, id="hint-phrase-only"),
    pytest.param("no tools", {"min_calls": 0}, 1.0, id="zero-calls-allowed"),
    pytest.param(CALL * 3, {"max_calls": 2}, 0.0, id="too-many-calls"),
    pytest.param(CALL * 2, {"min_calls": 2, "max_calls": 2}, 1.0, id="exact-count"),
    pytest.param("```python\nx = '\\d'\n```", {}, 1.0, id="syntax-warning-is-valid"),
    pytest.param("```python\n" + "x = 1\n" * 5_000 + "```", {}, 0.0, id="too-long"),
    pytest.param("```python\n" + "(" * 2_000 + "\n```", {}, 0.0, id="too-deep"),
    pytest.param("```python\nx = '\x00'\n```", {}, 0.0, id="nul-byte-invalid"),
]


@pytest.mark.parametrize(("completion", "options", "expected"), TOOL_USE)
def test_tool_use(completion: str, options: dict[str, object], expected: float) -> None:
    assert tool_use_score(completion, **options) == expected  # type: ignore[arg-type]
    assert tool_use.configure(**options).score(completion) == expected


HINT = "Solve 2+2.\nWait, I can use Python to check this.\n"


@pytest.mark.parametrize(
    ("prompt", "completion", "expected"),
    [
        pytest.param(
            HINT + "```python\n", "print(2 + 2)\n```\nIt is 4.", 1.0, id="prefilled-fence"
        ),
        pytest.param(HINT + "```python\n", "print(2 +\n```\nIt is 4.", 0.0, id="prefilled-bad"),
        pytest.param(
            HINT, "Wait, I can use Python to check this.\nIt is 4.", 0.0, id="echoed-hint"
        ),
        pytest.param(HINT, "Wait, I can use Python to check this.\n" + CALL, 1.0, id="echo-call"),
        pytest.param(HINT + CALL, "It is 4.", 0.0, id="call-in-prompt-only"),
        pytest.param(
            HINT + "```python\n",
            "Wait, I can use Python to check this.\n```python\nprint(4)\n```",
            1.0,
            id="echoed-prefill",
        ),
    ],
)
def test_tool_use_prompt_text_never_counts(prompt: str, completion: str, expected: float) -> None:
    assert tool_use_score(completion, prompt) == expected
    assert tool_use([completion], prompts=[prompt]) == [expected]


def test_tool_use_never_runs_code(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    code = f"```python\nopen({str(marker)!r}, 'w').write('x')\n```"
    assert tool_use_score(code) == 1.0
    assert not marker.exists()


def test_code_blocks() -> None:
    blocks = code_blocks("```python\nx = 1\n```\ntext\n~~~output\n1\n~~~\n```python\nopen")
    assert [(b.language, b.code) for b in blocks] == [("python", "x = 1\n"), ("output", "1\n")]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        pytest.param({"min_calls": -1}, "min_calls", id="negative-min"),
        pytest.param({"min_calls": 1.5}, "min_calls", id="float-min"),
        pytest.param({"min_calls": True}, "min_calls", id="bool-min"),
        pytest.param({"max_calls": 0}, "max_calls", id="max-below-min"),
        pytest.param({"max_calls": "3"}, "max_calls", id="string-max"),
        pytest.param({"require_output": 1}, "require_output", id="int-flag"),
        pytest.param({"languages": ["python"]}, "languages", id="list-languages"),
        pytest.param({"languages": ()}, "languages", id="no-languages"),
        pytest.param({"languages": ("Python",)}, "languages", id="upper-case-language"),
    ],
)
def test_tool_use_bad_options(options: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        tool_use.configure(**options)


@given(st.one_of(model_text, brace_soup, answer_soup), st.one_of(st.none(), model_text))
def test_tool_use_is_total(text: str, prompt: str | None) -> None:
    assert tool_use_score(text, prompt) in (0.0, 1.0)


# --- every task reward -----------------------------------------------------------------------

REWARDS = [
    pytest.param(gsm8k_correct, {"answer": "18"}, id="gsm8k_correct"),
    pytest.param(choice_correct(), {"answer": "C"}, id="choice_correct"),
    pytest.param(choice_correct(choices="ABCDE"), {"answer": "E"}, id="choice_correct-ABCDE"),
    pytest.param(countdown_correct, {"nums": NUMS, "target": 15}, id="countdown_correct"),
    pytest.param(tool_use, {}, id="tool_use"),
]


@pytest.mark.parametrize(("reward", "row"), REWARDS)
def test_rewards_are_picklable(reward: Reward, row: dict[str, object]) -> None:
    copy = pickle.loads(pickle.dumps(reward))
    assert copy.name == reward.name
    text = r"\boxed{18} <answer>(25-5)*3/4</answer>" + "\n" + CALL
    assert copy.score(text, **row) == reward.score(text, **row)


@pytest.mark.parametrize(("reward", "row"), REWARDS)
@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_rewards_survive_hostile_text(reward: Reward, row: dict[str, object], text: str) -> None:
    score = reward.score(text, **row)
    assert score is not None
    assert reward.lower <= score <= reward.upper


@pytest.mark.parametrize(("reward", "row"), REWARDS)
@given(texts=st.lists(st.one_of(model_text, brace_soup, answer_soup), min_size=1, max_size=4))
def test_rewards_batch_equals_per_item(
    reward: Reward, row: dict[str, object], texts: list[str]
) -> None:
    columns = {name: [value] * len(texts) for name, value in row.items()}
    scores = reward(texts, **columns)
    assert scores == [reward.score(text, **row) for text in texts]
    assert all(s is not None and reward.lower <= s <= reward.upper for s in scores)


def test_distinct_names_and_exports() -> None:
    names = [gsm8k_correct.name, choice_correct().name, countdown_correct.name, tool_use.name]
    assert len(set(names)) == len(names)
    for name in ("gsm8k_correct", "choice_correct", "countdown_correct", "tool_use"):
        assert name in rewardkit.__all__
    assert rewardkit.gsm8k_correct is gsm8k_correct


# --- threads and processes -------------------------------------------------------------------

_CONCURRENT_TEXTS = [
    "#### 18",
    r"\boxed{C}",
    "<answer>(25 - 5) * 3 / 4</answer>",
    "```python\nx = '\\d'\n```",
    "```python\nprint(2 +\n```",
    "Answer: D or C",
]


def _score_all(text: str) -> list[float | None]:
    return [
        gsm8k_correct.score(text, answer="18"),
        choice_correct().score(text, answer="C"),
        countdown_correct.score(text, nums=NUMS, target=15),
        tool_use.score(text),
    ]


def test_rewards_from_a_thread_pool() -> None:
    import warnings
    from concurrent.futures import ThreadPoolExecutor

    filters = list(warnings.filters)
    serial = [_score_all(text) for text in _CONCURRENT_TEXTS * 20]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(_score_all, _CONCURRENT_TEXTS * 20))
    assert threaded == serial
    assert warnings.filters == filters  # tool_use leaves the warning filters as they were


def test_rewards_in_a_spawned_process() -> None:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        spawned = pool.map(_score_all, _CONCURRENT_TEXTS)
    assert spawned == [_score_all(text) for text in _CONCURRENT_TEXTS]
