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
