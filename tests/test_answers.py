"""Tests for rewardkit.answers: boxed_correct, answer_correct, boxed_number, gold_answer."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit
from rewardkit.answers import (
    AnswerCorrect,
    BoxedCorrect,
    answer_correct,
    boxed_correct,
    boxed_number,
    boxed_number_score,
    gold_answer,
)
from rewardkit.errors import ConfigError
from tests.strategies import brace_soup, completions, model_text

P = pytest.param
REWARDS = [boxed_correct, answer_correct, boxed_number]

# --- gold_answer ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        P("42", "42", id="plain"),
        P("  \\frac{1}{2} ", "\\frac{1}{2}", id="stripped"),
        P("So the area is $\\boxed{12}$.", "12", id="math-solution"),
        P("First \\boxed{1}, finally \\boxed{2}.", "2", id="last-box"),
        P("Natalia sold 48/2 = 24 clips.\n#### 72", "72", id="gsm8k-solution"),
        P("#### 1,000\n", "1,000", id="gsm8k-thousands"),
        P("3 + 4 = 7 apples.\nA: 7\n", "7", id="few-shot-answer-line"),
        P("So x = 2.\nFinal answer: \\frac12", "\\frac12", id="final-answer-line"),
        P("A: 7", "A: 7", id="one-line-kept"),
        P("", None, id="empty"),
        P("   ", None, id="blank"),
        P("unclosed \\boxed{12", None, id="unclosed-box"),
        P("####", None, id="gsm8k-empty"),
    ],
)
def test_gold_answer(gold: str, expected: str | None) -> None:
    assert gold_answer(gold) == expected


def test_gold_answer_non_string() -> None:
    assert gold_answer(None) is None  # type: ignore[arg-type]


# --- boxed_correct --------------------------------------------------------------------------------

BOXED_CASES = [
    P("so \\boxed{\\frac{1}{2}}", "0.5", 1.0, id="fraction-vs-decimal"),
    P("$\\boxed{7{,}425{,}000}$", "7425000", 1.0, id="thousands"),
    P("\\boxed{x = 3}", "3", 1.0, id="assignment"),
    P("\\boxed{3, 1, 2}", "\\{1,2,3\\}", 1.0, id="unordered-set"),
    P("\\boxed{\\text{(C)}}", "C", 1.0, id="choice"),
    P("\\boxed{4}", "5", 0.0, id="wrong"),
    P("\\boxed{5 \\text{ or } 6}", "5", 0.0, id="hedge"),
    P("The answer is 4.", "4", 0.0, id="no-box"),
    P("\\boxed{4} then truncated \\boxed{5", "4", 1.0, id="unclosed-last-box-ignored"),
    P("\\boxed{1} ... final \\boxed{2}", "2", 1.0, id="last-box-wins"),
    P("\\boxed{1} ... final \\boxed{2}", "1", 0.0, id="earlier-box-ignored"),
    P("\\boxed{}", "4", 0.0, id="empty-box"),
    P("", "4", 0.0, id="empty-completion"),
    P("\\boxed{4}", "The sum is $2+2=\\boxed{4}$.", 1.0, id="gold-is-a-solution"),
    P("\\boxed{4}", "\\frac{", None, id="unparseable-gold"),
    P("\\boxed{4}", "unclosed \\boxed{4", None, id="gold-solution-unclosed"),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), BOXED_CASES)
def test_boxed_correct(completion: str, gold: str, expected: float | None) -> None:
    assert boxed_correct.score(completion, answer=gold) == expected


def test_reward_score_docstring_example() -> None:
    assert boxed_correct.score("so the answer is \\boxed{\\frac{1}{2}}", answer="0.5") == 1.0


def test_solution_column_fallback() -> None:
    scores = boxed_correct(
        ["\\boxed{4}", "\\boxed{4}", "\\boxed{4}"],
        answer=["4", None, ""],
        solution=["x", "so $\\boxed{4}$", "so $\\boxed{5}$"],
    )
    assert scores == [1.0, 1.0, 0.0]


def test_no_gold_in_row_is_none() -> None:
    assert boxed_correct(["\\boxed{4}"], answer=[None]) == [None]


def test_missing_gold_column_raises() -> None:
    with pytest.raises(ConfigError, match="'answer', 'solution'"):
        boxed_correct(["\\boxed{4}"], question=["2+2?"])


def test_conversational_completions() -> None:
    completions_ = [
        [{"role": "assistant", "content": "It is $\\boxed{\\dfrac{1}{2}}$."}],
        [{"role": "assistant", "content": "\\boxed{2}", "reasoning_content": "\\boxed{1/2}"}],
    ]
    assert boxed_correct(completions_, answer=["1/2", "1/2"]) == [1.0, 0.0]


def test_trainer_keywords_are_accepted() -> None:
    scores = boxed_correct(
        ["\\boxed{4}"], ["2+2?"], None, answer=["4"], trainer_state=None, log_extra=None
    )
    assert scores == [1.0]


def test_numeric_gold_cells() -> None:
    assert boxed_correct(["\\boxed{4}", "\\boxed{0.5}"], answer=[4, 0.5]) == [1.0, 1.0]


# --- answer_correct -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        P("\\boxed{7000}", "7000", 1.0, id="boxed"),
        P("The answer is 7,000.", "7000", 1.0, id="phrase"),
        P("So she has 3 + 4 = 7 apples.\n#### 7", "7", 1.0, id="gsm8k"),
        P("Thus $x = \\frac{3}{4}$.", "0.75", 1.0, id="math-span"),
        P("I think it is 8.", "7", 0.0, id="wrong-number"),
        P("no idea", "7", 0.0, id="nothing"),
        P("The answer is 7.", "\\frac{", None, id="unparseable-gold"),
    ],
)
def test_answer_correct(completion: str, gold: str, expected: float | None) -> None:
    assert answer_correct.score(completion, answer=gold) == expected


# --- boxed_number ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        P("\\boxed{42}", 1.0, id="integer"),
        P("\\boxed{-3.5}", 1.0, id="decimal"),
        P("\\boxed{\\frac{3}{4}}", 1.0, id="fraction"),
        P("\\boxed{75\\%}", 1.0, id="percent"),
        P("\\boxed{2\\sqrt{3}}", 1.0, id="radical"),
        P("\\boxed{\\$18}", 1.0, id="currency"),
        P("\\boxed{12\\pi}", 1.0, id="pi"),
        P("\\boxed{x+1}", 0.0, id="expression"),
        P("\\boxed{1, 2}", 0.0, id="list"),
        P("\\boxed{(0, 1]}", 0.0, id="interval"),
        P("\\boxed{\\text{Monday}}", 0.0, id="text"),
        P("\\boxed{}", 0.0, id="empty-box"),
        P("42", 0.0, id="no-box"),
        P("\\boxed{" + "1" * 5000 + "}", 0.0, id="too-long"),
    ],
)
def test_boxed_number(completion: str, expected: float) -> None:
    assert boxed_number_score(completion) == expected
    assert boxed_number([completion]) == [expected]


_NUMBER_FORMS = st.sampled_from(
    [
        "42",
        "-3.5",
        "\\frac{3}{4}",
        "75\\%",
        "2\\sqrt{3}",
        "x+1",
        "1, 2",
        "\\text{A}",
        "(0, 1]",
        "1/0",
    ]
)


@given(st.one_of(_NUMBER_FORMS, brace_soup), st.sampled_from(["", " ", "\n\t"]))
def test_number_check_cache_gives_the_uncached_verdict(answer: str, padding: str) -> None:
    """boxed_number's is_number caches verdicts by stripped text: cold, warm, padded agree."""
    from rewardkit.equivalence import MAX_LENGTH, _is_number, clear_caches, is_number

    clear_caches()
    cold = is_number(answer)
    stripped = answer.strip()
    integer = stripped.removeprefix("-").isascii() and stripped.removeprefix("-").isdigit()
    uncached = integer or (
        bool(stripped) and len(stripped) <= MAX_LENGTH and _is_number.__wrapped__(stripped)
    )
    assert cold == uncached
    assert is_number(answer) == cold
    assert is_number(padding + answer + padding) == cold


# --- configuration --------------------------------------------------------------------------------


def test_configure_rel_tol() -> None:
    loose = boxed_correct.configure(rel_tol=0.01)
    assert loose.name == "boxed_correct_rel_tol0.01"
    assert loose.score("\\boxed{0.333}", answer="\\frac13") == 1.0
    assert boxed_correct.score("\\boxed{0.333}", answer="\\frac13") == 0.0


def test_configure_budget() -> None:
    quick = answer_correct.configure(budget=0.05)
    assert quick.score("\\boxed{(x+1)^2}", answer="x^2+2x+1") == 1.0


@pytest.mark.parametrize(
    ("options", "needle"),
    [
        P({"rel_tol": -1.0}, "rel_tol", id="negative-tol"),
        P({"rel_tol": 1.0}, "rel_tol", id="tol-one"),
        P({"rel_tol": True}, "rel_tol", id="tol-bool"),
        P({"rel_tol": "0.1"}, "rel_tol", id="tol-string"),
        P({"budget": 0.0}, "budget", id="zero-budget"),
        P({"budget": -1}, "budget", id="negative-budget"),
        P({"budget": float("nan")}, "budget", id="nan-budget"),
        P({"budget": 3600}, "budget", id="hour-budget"),
        P({"budget": "1"}, "budget", id="string-budget"),
        P({"tolerance": 0.1}, "unknown option", id="unknown-option"),
    ],
)
@pytest.mark.parametrize("reward", [boxed_correct, answer_correct], ids=["boxed", "answer"])
def test_bad_configuration_raises(
    reward: rewardkit.Reward, options: dict[str, object], needle: str
) -> None:
    with pytest.raises(ConfigError, match=needle):
        reward.configure(**options)


def test_boxed_number_has_no_options() -> None:
    with pytest.raises(ConfigError, match="no options"):
        boxed_number.configure(rel_tol=0.1)


@pytest.mark.parametrize("scorer", [BoxedCorrect, AnswerCorrect])
def test_scorer_validates_directly(scorer: type[BoxedCorrect]) -> None:
    with pytest.raises(ConfigError):
        scorer(rel_tol=2.0)


@pytest.mark.parametrize(
    ("reward", "scorer", "text"),
    [
        P(boxed_correct, "BoxedCorrect(rel_tol=1e-09, budget=0.25)", "so 7", id="boxed"),
        P(answer_correct, "AnswerCorrect(rel_tol=1e-09, budget=0.25)", "so 7", id="answer"),
    ],
)
def test_scorers_keep_their_class_repr_and_options(
    reward: rewardkit.Reward, scorer: str, text: str
) -> None:
    assert repr(reward.scorer) == scorer
    variant = reward.configure(rel_tol=0.01, budget=1.0)
    assert type(variant.scorer) is type(reward.scorer)
    assert repr(variant.scorer) == scorer.replace("1e-09", "0.01").replace("0.25", "1.0")
    clone = pickle.loads(pickle.dumps(variant.scorer))
    assert clone == variant.scorer
    assert type(clone) is type(variant.scorer)


def test_boxed_and_answer_scorers_differ_only_in_extraction() -> None:
    assert BoxedCorrect() != AnswerCorrect()
    assert boxed_correct.score("so the answer is 7", answer="7") == 0.0  # no box
    assert answer_correct.score("so the answer is 7", answer="7") == 1.0
    for reward in (boxed_correct, answer_correct):
        assert reward.score("\\boxed{7}", answer="7") == 1.0
        assert reward.score("\\boxed{8}", answer="7") == 0.0
        assert reward.score("\\boxed{7}", answer="\\frac{") is None  # unparseable gold
        assert reward.score("\\boxed{7}", answer=None) is None  # no gold for this row


# --- the Reward contract ------------------------------------------------------------------------


def test_names_are_distinct_and_exported() -> None:
    names = [reward.__name__ for reward in REWARDS]
    assert names == ["boxed_correct", "answer_correct", "boxed_number"]
    for name in [*names, "is_equivalent", "is_number"]:
        assert name in rewardkit.__all__
        assert hasattr(rewardkit, name)


@pytest.mark.parametrize("reward", [*REWARDS, boxed_correct.configure(rel_tol=0.1)])
def test_picklable(reward: rewardkit.Reward) -> None:
    clone = pickle.loads(pickle.dumps(reward))
    assert clone.name == reward.name
    assert clone(["\\boxed{4}"], answer=["4"]) == reward(["\\boxed{4}"], answer=["4"])


@given(completions, st.sampled_from(["4", "\\frac12", "(1, 2]", "\\text{(C)}", "x^2"]))
def test_rewards_stay_in_bounds(completion: object, gold: str) -> None:
    for reward in REWARDS:
        (score,) = reward([completion], answer=[gold])
        assert score is None or reward.lower <= score <= reward.upper
        assert score is not None or reward is not boxed_number


@given(st.lists(st.one_of(model_text, brace_soup.map(lambda s: "\\boxed{" + s + "}")), max_size=6))
def test_batch_equals_per_item(texts: list[str]) -> None:
    golds = ["\\frac{1}{2}"] * len(texts)
    for reward in REWARDS:
        batch = reward(texts, answer=golds)
        assert batch == [reward.score(t, answer=g) for t, g in zip(texts, golds, strict=True)]


HOSTILE = [
    P("\\boxed{" + "{" * 5000 + "}" * 5000 + "}", id="deep-braces"),
    P("\\boxed{}. " * 3000, id="thousands-of-empty-boxes"),
    P("\\boxed{2^{2^{2^{2^{2^{10}}}}}}", id="power-tower"),
    P("\\boxed{" + "\\frac{1}{" * 400 + "}", id="unclosed-fracs"),
    P("\x00\xff\ud7ff" * 1000, id="binary-junk"),
    P("\\boxed{" + "9" * 100_000 + "}", id="huge-number"),
    P("\\boxed{" + "x+" * 600 + "x}", id="long-expression"),
]


@pytest.mark.parametrize("completion", HOSTILE)
def test_hostile_completions_score_zero(completion: str) -> None:
    assert boxed_correct([completion], answer=["7"]) == [0.0]
    assert answer_correct([completion], answer=["7"]) == [0.0]
    assert boxed_number([completion]) in ([0.0], [1.0])


# --- threads, asyncio, processes ----------------------------------------------------------------

WORK = [
    ("\\boxed{\\frac{1}{2}}", "0.5", 1.0),
    ("\\boxed{(x+1)^2}", "x^2+2x+1", 1.0),
    ("\\boxed{3}", "4", 0.0),
    ("\\boxed{2\\sqrt{3}}", "\\sqrt{12}", 1.0),
] * 8


def test_from_a_thread_pool() -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(boxed_correct, [text], answer=[gold]) for text, gold, _ in WORK]
        results = [future.result()[0] for future in futures]
    assert results == [expected for _, _, expected in WORK]


def test_from_asyncio() -> None:
    async def score_all() -> list[list[float | None]]:
        calls = [asyncio.to_thread(boxed_correct, [t], answer=[g]) for t, g, _ in WORK]
        return await asyncio.gather(*calls)

    assert [r[0] for r in asyncio.run(score_all())] == [expected for _, _, expected in WORK]


def test_from_a_spawned_process() -> None:
    context = multiprocessing.get_context("spawn")
    texts = [text for text, _, _ in WORK[:4]]
    golds = [gold for _, gold, _ in WORK[:4]]
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result = pool.submit(boxed_correct, texts, answer=golds).result(timeout=120)
    assert result == [expected for _, _, expected in WORK[:4]]


# --- real data ----------------------------------------------------------------------


def test_every_math500_gold_scores_its_own_box(shared_data: Path) -> None:
    rows = [
        json.loads(line)
        for line in (shared_data / "math500_gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts = [f"The answer is $\\boxed{{{row['answer']}}}$." for row in rows]
    assert boxed_correct(texts, answer=[row["answer"] for row in rows]) == [1.0] * len(rows)
    # the solution column holds a full solution: its box is the gold
    assert boxed_correct(texts, solution=[row["solution"] for row in rows]).count(1.0) >= 495


def test_answer_correct_matches_gsm8k_labels(shared_data: Path) -> None:
    lines = (shared_data / "gsm8k_model_solutions.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines[::4]]
    scores = answer_correct([r["completion"] for r in rows], answer=[r["answer"] for r in rows])
    agree = sum((s == 1.0) == bool(r["is_correct"]) for s, r in zip(scores, rows, strict=True))
    assert agree >= 0.995 * len(rows)  # all 5,276 agree at the time of writing


def test_math500_generations_score_in_bounds(shared_data: Path) -> None:
    lines = (shared_data / "math500_generations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines[::10]]
    scores = boxed_correct([r["completion"] for r in rows], answer=[r["answer"] for r in rows])
    assert set(scores) <= {0.0, 1.0}
    assert 0.4 < sum(scores) / len(scores) < 0.8  # about 61% of the full corpus is correct


# --- issue 12: several answers, hedges --------------------------------------------------------

SEVERAL = [
    P("\\boxed{7} and \\boxed{-5}", "-5, 7", 1.0, id="two-boxes-for-a-list"),
    P("\\boxed{1}, \\boxed{2}, \\boxed{3}", "1, 2, 3", 1.0, id="three-boxes"),
    P("So the roots are \\boxed{(1, 2, 3)}", "1, 2, 3", 1.0, id="tuple-for-a-list"),
    P("They are $19, 46, \\text{ and } 82$.", "19, 46, 82", 1.0, id="and-list-unboxed"),
    P("\\boxed{19, 46, and 82}", "19, 46, 82", 1.0, id="and-list-boxed"),
    P("\\boxed{7} and \\boxed{-5} and \\boxed{3}", "-5, 7", 0.0, id="extra-box"),
    P("\\boxed{7}", "-5, 7", 0.0, id="one-of-two"),
    P("\\boxed{1} no no no \\boxed{2}", "1", 0.0, id="retraction-hedge"),
    P("\\boxed{1} no no no \\boxed{2}", "1, 2", 0.0, id="retraction-not-a-list"),
    P("\\boxed{1} or \\boxed{2}", "1, 2", 0.0, id="alternative-not-a-list"),
    P("\\boxed{1} \\boxed{2}", "1", 0.0, id="two-boxes-one-gold"),
    P(
        "$y_1 = \\boxed{2x}$ and $y_2 = \\boxed{3x}$",
        "y_1 = 2x, y_2 = 3x",
        1.0,
        id="assignments-in-boxes",
    ),
    P("The answer is not 18.", "18", 0.0, id="negated-statement"),
    P("The answer is 2 \\text{ (or maybe 3)}", "2", 0.0, id="hedged-statement"),
    P("The answer is three.", "3", 1.0, id="number-word"),
    P("\\frac{10}{9}", "10/9", 1.0, id="completion-is-the-answer"),
    P("4343_6", "4343_6", 1.0, id="base-subscript"),
    P("In base 6 the number is 4343_6.", "4343_6", 1.0, id="base-subscript-in-prose"),
    P("In base 6 the number is 4343_{6}.", "4343_6", 1.0, id="base-subscript-braced"),
    P("In base 6 the number is 4343_6.", "6", 0.0, id="base-subscript-not-its-base"),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), SEVERAL)
def test_answer_correct_several_answers_and_hedges(
    completion: str, gold: str, expected: float
) -> None:
    assert answer_correct.score(completion, answer=gold) == expected


def test_boxed_correct_reads_a_final_run_of_boxes() -> None:
    assert boxed_correct.score("\\boxed{7} and \\boxed{-5}", answer="-5, 7") == 1.0
    assert boxed_correct.score("\\boxed{7} then \\boxed{-5}", answer="-5, 7") == 0.0


def test_gold_solutions_with_several_boxes() -> None:
    assert gold_answer("the answers are $\\boxed{-2}$ and $\\boxed{1}$.") == "-2, 1"
    # boxes the solution calls alternatives are not a list: the last one is the gold
    either = "$\\boxed{(10, 0)}$ and $\\boxed{(0,0)}.$ (Either point is an acceptable answer.)"
    assert gold_answer(either) == "(0,0)"


@given(st.integers(-50, 50), st.integers(-50, 50), st.sampled_from([" or ", " no no ", ", wait, "]))
def test_a_hedge_between_boxes_never_scores(right: int, wrong: int, between: str) -> None:
    completion = f"\\boxed{{{right}}}{between}\\boxed{{{wrong}}}"
    if right != wrong:
        assert answer_correct.score(completion, answer=str(right)) == 0.0
        assert answer_correct.score(completion, answer=f"{right}, {wrong}") == 0.0


# Hedged answers to "6" or "7": none may score with either gold (issue 12: zero false positives).
HEDGES = [
    r"\boxed{6 \text{ or } 7}",
    r"\boxed{6, 7}",
    r"\boxed{6 \text{ (or 7)}}",
    r"\boxed{\text{6 or 7}}",
    r"\boxed{\text{either 6 or 7}}",
    r"\boxed{6 \text{ or maybe } 7}",
    r"\boxed{6} or \boxed{7}",
    r"\boxed{6 \lor 7}",
    r"\boxed{6 \vee 7}",
    r"\boxed{\{6, 7\}}",
    r"\boxed{6 \text{ and } 7}",
    r"\boxed{[6, 7]}",
    r"\boxed{6 \text{ if } x>0}",
    r"\boxed{\text{not } 6}",
    r"\boxed{6 \text{ is wrong}}",
    r"\boxed{6 \text{ (incorrect)}}",
    r"\boxed{\neg 6}",
    r"\boxed{\text{not 6}}",
    r"\boxed{x \neq 6}",
    r"\boxed{\text{6 or 7}}",
    r"\boxed{6 \; \text{or} \; 7}",
    r"\boxed{6\ \mathrm{or}\ 7}",
    r"\boxed{6 \text{ OR } 7}",
    r"\boxed{6 | 7}",
    r"\boxed{6 \text{ but also } 7}",
    r"\boxed{6 \\ 7}",
    r"\boxed{6 \quad 7}",
    r"\boxed{6\,7}",
    r"\boxed{6 \text{ cm or } 7}",
    r"\boxed{6 \text{ cm}, 7 \text{ cm}}",
    r"\boxed{\begin{cases} 6 \\ 7 \end{cases}}",
    r"\boxed{6 \text{ or }}",
    r"\boxed{\text{(6)} \text{ or } 7}",
    r"\boxed{6 \pm 1}",
    r"\boxed{6 \text{ maybe}}",
    r"\boxed{\textbf{6 or 7}}",
    r"\boxed{6 \mathrm{~or~} 7}",
    r"\boxed{6 \mbox{ or } 7}",
    r"\boxed{6\text{/}7}",
    r"\boxed{6 \text{ not } 7}",
    r"\boxed{\text{no}, 6}",
    r"\boxed{6?}",
    r"\boxed{6 \text{ (?)}}",
    "The answer is 6 or 7.",
    "The answer is not 6.",
    "The answer is either 6 or 7",
    "Final answer: 6, 7",
    "6 or 7",
    "$6 \\text{ or } 7$",
    r"\boxed{7} \boxed{6} \boxed{5}",
    r"\boxed{6 \cup 7}",
    r"\boxed{6; 7}",
    r"\boxed{6 \text{ or } 6.5}",
    r"\boxed{\text{6 (or 7)}}",
    r"\boxed{(6)\text{ or }(7)}",
    r"\boxed{6 \text{ wrong}}",
    r"\boxed{6 \text{ is not the answer}}",
    r"\boxed{6\text{ or }7\text{ cm}}",
    r"\boxed{6 / \text{or} / 7}",
    # (twelfth session, a red team) an unclosed box after the last complete one does not
    # switch the hedge check off
    r"\boxed{6} or maybe 7 \boxed{",
    r"\boxed{6} or \boxed{7",
    # (fourteenth session) a retraction after the box ending on another number
    r"So \boxed{6}. Correction: the answer is 7.",
    r"\boxed{6} Actually no, it should be 7.",
    r"The answer is \boxed{6}. Wait, 7.",
    r"\boxed{6}. Oops, I mean 7.",
    r"\boxed{6}. Alternatively 7.",
    # (fifteenth session) a second value offered, or doubt, in words after the box
    r"\boxed{6}. It could also be 7.",
    r"\boxed{6}. It might also be $7$.",
    r"\boxed{6}. I'm not 100% sure though.",
    r"\boxed{6}. I am not entirely certain.",
    # (fifteenth session) two answer blocks offered in a row
    "<answer>6</answer><answer>7</answer>",
    "<answer>6</answer>\n<answer>7</answer>",
]


#: A retraction word after the box that ends on the box's own value is no retraction.
NOT_RETRACTED = [
    P(r"\boxed{6}. Wait, let me double-check: 2 * 3 = 6. Yes.", "6", 1.0, id="rechecked"),
    P(r"\boxed{6}. Actually, this matches the 6 from before.", "6", 1.0, id="same-number"),
    P(r"\boxed{0.5}. Wait: 1/2, yes.", "0.5", 1.0, id="same-value-other-form"),
    P(r"\boxed{6}. Alternatively, 2 * 3 = 6 as well.", "6", 1.0, id="alternative-check"),
    P("\\boxed{6}\n\nWait, 7 was the other case.", "6", 1.0, id="next-paragraph"),
    P(r"\boxed{\frac{1}{2}}. Actually 0.5.", "\\frac{1}{2}", 1.0, id="not-a-plain-number"),
    P(r"\boxed{6}. This could also be written as 12/2.", "6", 1.0, id="also-written-as"),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), NOT_RETRACTED)
def test_a_retraction_ending_on_the_boxed_value_keeps_the_box(
    completion: str, gold: str, expected: float
) -> None:
    assert boxed_correct.score(completion, answer=gold) == expected
    assert answer_correct.score(completion, answer=gold) == expected


@pytest.mark.parametrize("completion", HEDGES)
def test_hedges_never_score(completion: str) -> None:
    for gold in ("6", "7"):
        assert boxed_correct.score(completion, answer=gold) == 0.0
        assert answer_correct.score(completion, answer=gold) == 0.0


def test_a_retraction_commits_to_the_last_box() -> None:
    assert answer_correct.score("\\boxed{6} no no no \\boxed{7}", answer="7") == 1.0
    assert answer_correct.score("\\boxed{6} no no no \\boxed{7}", answer="6") == 0.0
