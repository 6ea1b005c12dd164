"""Tests for rewardkit.length: exact boundary tables, properties, batch == per-item, pickling."""

from __future__ import annotations

import importlib.util
import math
import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.errors import ConfigError
from rewardkit.extract import has_boxed
from rewardkit.length import (
    completion_length,
    cosine_scaled,
    cosine_score,
    kimi_length,
    kimi_scores,
    length_shaped,
    length_shaped_score,
    overlong_penalty,
    overlong_score,
    repetition_penalty,
    repetition_ratio,
)
from rewardkit.reward import Batch, Reward, Sample, TextScorer
from tests.rewards import BOXED, ENDS_WITH
from tests.strategies import completions, model_text


def _ids(n: int) -> list[int]:
    return list(range(n))


def _per_item(reward: Reward, batch: Batch) -> list[float | None]:
    return [reward.scorer(sample) for sample in batch.samples(reward.gold, reward.name)]


def _batch_path(reward: Reward, batch: Batch) -> list[float | None]:
    """The batch path: the scorer's numpy ``batch`` method where it has one."""
    method = getattr(reward.scorer, "batch", None)
    return list(method(batch)) if method is not None else reward.score_batch(batch)


# ------------------------------------------------------------------------------ lengths


@pytest.mark.parametrize(
    ("text", "ids", "unit", "expected"),
    [
        pytest.param("", None, "char", 0, id="empty-char"),
        pytest.param("", None, "word", 0, id="empty-word"),
        pytest.param("  \n\t ", None, "word", 0, id="whitespace-word"),
        pytest.param("  \n\t ", None, "char", 5, id="whitespace-char"),
        pytest.param("héllo wörld", None, "char", 11, id="unicode-char"),
        pytest.param("a  b\nc\td", None, "word", 4, id="mixed-whitespace-words"),
        pytest.param("🙂🙂", None, "char", 2, id="astral-code-points"),
        pytest.param("long text here", [], "char", 0, id="ids-win-empty"),
        pytest.param("x", [7] * 12, "word", 12, id="ids-win"),
    ],
)
def test_completion_length(text: str, ids: list[int] | None, unit: str, expected: int) -> None:
    assert completion_length(text, ids, unit=unit) == expected  # type: ignore[arg-type]


def test_completion_length_bad_unit() -> None:
    with pytest.raises(ConfigError, match="unit"):
        completion_length("x", unit="token")  # type: ignore[arg-type]


# ---------------------------------------------------------------------- overlong penalty

# max_length=100, buffer=20: 0 up to 80, linear to -1 at 100, -1 beyond.
OVERLONG_TABLE = [
    pytest.param(0, 0.0, id="zero"),
    pytest.param(79, 0.0, id="below-buffer"),
    pytest.param(80, 0.0, id="buffer-start"),
    pytest.param(81, -0.05, id="first-in-buffer"),
    pytest.param(90, -0.5, id="mid-buffer"),
    pytest.param(99, -0.95, id="last-in-buffer"),
    pytest.param(100, -1.0, id="at-max"),
    pytest.param(101, -1.0, id="over-max"),
    pytest.param(10**6, -1.0, id="far-over"),
]


@pytest.mark.parametrize(("length", "expected"), OVERLONG_TABLE)
def test_overlong_score_table(length: int, expected: float) -> None:
    assert overlong_score(length, max_length=100, buffer=20) == expected


@pytest.mark.parametrize(("length", "expected"), OVERLONG_TABLE)
def test_overlong_penalty_units(length: int, expected: float) -> None:
    chars = overlong_penalty(100, 20)
    words = overlong_penalty(100, 20, unit="word")
    assert chars(["x" * length]) == [expected]
    assert words([" ".join(["w"] * length)]) == [expected]
    # token ids win over either unit
    assert chars(["tiny"], completion_ids=[_ids(length)]) == [expected]
    assert words(["x " * 5000], completion_ids=[_ids(length)]) == [expected]


def test_overlong_matches_trl_rule() -> None:
    # TRL's get_soft_overlong_punishment(max_completion_len=100, soft_punish_cache=20)
    def trl(n: int) -> float:
        if n <= 80:
            return 0.0
        if n <= 100:
            return (80 - n) / 20
        return -1.0

    reward = overlong_penalty(100, 20)
    ids = [_ids(n) for n in range(0, 130)]
    assert reward(["x"] * len(ids), completion_ids=ids) == [trl(len(i)) for i in ids]


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        pytest.param(100, 0.0, id="at-max"),
        pytest.param(101, -1.0, id="just-over"),
    ],
)
def test_overlong_zero_buffer_is_hard_cutoff(length: int, expected: float) -> None:
    reward = overlong_penalty(100, 0)
    assert reward(["x" * length]) == [expected]
    assert overlong_score(length, max_length=100, buffer=0) == expected


def test_overlong_buffer_equal_to_max() -> None:
    reward = overlong_penalty(10, 10)
    assert reward(["", "xxxxx", "x" * 10]) == [0.0, -0.5, -1.0]


# ---------------------------------------------------------------------------- cosine


@pytest.mark.parametrize(
    ("length", "correct", "expected"),
    [
        pytest.param(0, True, 1.0, id="correct-empty"),
        pytest.param(100, True, 0.5, id="correct-at-limit"),
        pytest.param(1000, True, 0.5, id="correct-beyond"),
        pytest.param(0, False, -1.0, id="wrong-empty"),
        pytest.param(100, False, -0.5, id="wrong-at-limit"),
        pytest.param(1000, False, -0.5, id="wrong-beyond"),
    ],
)
def test_cosine_score_ends(length: int, correct: bool, expected: float) -> None:
    assert cosine_score(length, correct=correct, max_length=100) == expected


@pytest.mark.parametrize(
    ("length", "correct", "expected"),
    [
        pytest.param(50, True, 0.75, id="correct-mid"),
        pytest.param(50, False, -0.75, id="wrong-mid"),
        pytest.param(25, True, 0.5 + 0.5 * (1 + math.cos(math.pi / 4)) / 2, id="correct-quarter"),
        pytest.param(
            75, False, -0.5 - 0.5 * (1 + math.cos(3 * math.pi / 4)) / 2, id="wrong-3-quarters"
        ),
    ],
)
def test_cosine_score_inside(length: int, correct: bool, expected: float) -> None:
    assert cosine_score(length, correct=correct, max_length=100) == pytest.approx(expected)


def test_cosine_custom_values() -> None:
    kwargs = {"min_correct": 0.0, "max_correct": 2.0, "min_wrong": -3.0, "max_wrong": 0.0}
    assert cosine_score(0, correct=True, max_length=10, **kwargs) == 2.0
    assert cosine_score(10, correct=True, max_length=10, **kwargs) == 0.0
    assert cosine_score(0, correct=False, max_length=10, **kwargs) == -3.0
    assert cosine_score(10, correct=False, max_length=10, **kwargs) == 0.0
    reward = cosine_scaled(10, BOXED, **kwargs)
    assert (reward.lower, reward.upper) == (-3.0, 2.0)


def test_cosine_scaled_reward_units_and_ids() -> None:
    chars = cosine_scaled(20, BOXED)
    words = cosine_scaled(4, BOXED, unit="word")
    boxed9 = "\\boxed{4}"  # 9 characters, 1 word
    assert chars(["x" * 11 + boxed9, "", "y" * 50]) == [0.5, -1.0, -0.5]
    assert words(["a b c " + boxed9, "", "a b c d e"]) == [0.5, -1.0, -0.5]
    # token ids: a correct answer in 0 tokens earns max_correct
    assert chars([boxed9, "wrong"], completion_ids=[[], _ids(20)]) == [1.0, -0.5]


def test_cosine_correctness_from_gold_reward() -> None:
    reward = cosine_scaled(10, ENDS_WITH)
    assert reward.gold == ("answer",)
    assert reward(["4", "5", "4"], answer=["4", "4", None], completion_ids=[[], [], []]) == [
        1.0,
        -1.0,
        None,  # no gold answer: correctness unknown, not applicable
    ]
    with pytest.raises(ConfigError, match="gold"):
        reward(["4"])


def test_cosine_threshold() -> None:
    half = Reward(name="half", scorer=TextScorer(_half_if_x))
    strict = cosine_scaled(10, half)  # correct only at half.upper == 1.0
    loose = cosine_scaled(10, half, threshold=0.5)
    assert strict(["x"], completion_ids=[[]]) == [-1.0]
    assert loose(["x"], completion_ids=[[]]) == [1.0]


def _half_if_x(text: str) -> float:
    return 0.5 if "x" in text else 0.0


# ---------------------------------------------------------------------- length shaped

SHAPED_FLAT = [
    pytest.param(0, 0.0, id="zero"),
    pytest.param(5, 0.5, id="half-target"),
    pytest.param(9, 0.9, id="below-target"),
    pytest.param(10, 1.0, id="target"),
    pytest.param(15, 1.0, id="plateau"),
    pytest.param(20, 1.0, id="max"),
    pytest.param(21, -1.0, id="over"),
]
SHAPED_LINEAR = [
    pytest.param(0, 0.0, id="zero"),
    pytest.param(10, 1.0, id="target"),
    pytest.param(15, 0.5, id="mid-decay"),
    pytest.param(20, 0.0, id="max"),
    pytest.param(21, -1.0, id="over"),
]


@pytest.mark.parametrize(("length", "expected"), SHAPED_FLAT)
def test_length_shaped_flat(length: int, expected: float) -> None:
    assert length_shaped_score(length, target=10, max_length=20) == expected
    reward = length_shaped(10, 20)
    assert reward(["x" * length]) == [expected]
    assert length_shaped(10, 20, unit="word")(["w " * length]) == [expected]
    assert reward(["?"], completion_ids=[_ids(length)]) == [expected]


@pytest.mark.parametrize(("length", "expected"), SHAPED_LINEAR)
def test_length_shaped_linear(length: int, expected: float) -> None:
    assert length_shaped_score(length, target=10, max_length=20, decay="linear") == expected
    reward = length_shaped(10, 20, decay="linear")
    assert reward(["x" * length]) == [expected]
    assert length_shaped(10, 20, decay="linear", unit="word")(["w " * length]) == [expected]
    assert reward(["?"], completion_ids=[_ids(length)]) == [expected]


def test_length_shaped_pkv_style_stays_in_unit_interval() -> None:
    reward = length_shaped(600, 1800, decay="linear", end=0.0, overlong=0.0)
    assert (reward.lower, reward.upper) == (0.0, 1.0)
    assert reward(["x" * 300, "x" * 600, "x" * 1200, "x" * 5000]) == [0.5, 1.0, 0.5, 0.0]


def test_length_shaped_target_equals_max() -> None:
    reward = length_shaped(10, 10, decay="linear", end=0.5, overlong=-0.5)
    assert reward(["x" * 9, "x" * 10, "x" * 11]) == [0.9, 1.0, -0.5]


def test_length_shaped_custom_end_and_bounds() -> None:
    reward = length_shaped(10, 30, decay="linear", end=-0.5, overlong=-2.0)
    assert (reward.lower, reward.upper) == (-2.0, 1.0)
    assert reward(["x" * 20, "x" * 30]) == [0.25, -0.5]


# -------------------------------------------------------------------------------- kimi


@pytest.mark.parametrize(
    ("lengths", "correct", "expected"),
    [
        pytest.param([10, 20, 30], [True, True, True], [0.5, 0.0, -0.5], id="all-correct"),
        pytest.param([10, 20, 30], [False, False, False], [0.0, 0.0, -0.5], id="all-wrong"),
        pytest.param([10, 10, 10], [True, False, True], [0.0, 0.0, 0.0], id="ties-zero"),
        pytest.param([7], [True], [0.0], id="group-of-one"),
        pytest.param([0, 100], [None, True], [None, -0.5], id="unknown-counts-for-range"),
        pytest.param([], [], [], id="empty"),
    ],
)
def test_kimi_scores(
    lengths: list[int], correct: list[bool | None], expected: list[float | None]
) -> None:
    assert kimi_scores(lengths, correct) == expected


def test_kimi_length_groups_by_prompt() -> None:
    reward = kimi_length(BOXED, unit="word")
    texts = ["\\boxed{1}", "a b \\boxed{1}", "a b c d e", "\\boxed{1}", "a"]
    prompts = ["p", "p", "p", "q", "q"]
    # group p: lengths 1, 3, 5; group q: lengths 1, 1 (tie)
    assert reward(texts, prompts=prompts) == [0.5, 0.0, -0.5, 0.0, 0.0]


def test_kimi_length_conversational_prompts() -> None:
    reward = kimi_length(BOXED)
    prompt = [{"role": "user", "content": "2+2?"}]
    completions = [[{"role": "assistant", "content": "\\boxed{4}"}], "x" * 100]
    assert reward(completions, prompts=[prompt, prompt]) == [0.5, -0.5]


def test_kimi_length_group_column_overrides_prompt() -> None:
    reward = kimi_length(BOXED, group="problem")
    texts = ["\\boxed{1}", "\\boxed{1}" + "x" * 9]
    # same problem id, different prompt texts (e.g. shuffled few-shot examples): one group
    assert reward(texts, prompts=["a", "b"], problem=[7, 7]) == [0.5, -0.5]
    assert reward(texts, prompts=["a", "a"], problem=[7, 8]) == [0.0, 0.0]
    with pytest.raises(ConfigError, match="problem"):
        reward(texts, prompts=["a", "a"])


def test_kimi_length_unhashable_group_values() -> None:
    reward = kimi_length(BOXED, group="tags")
    texts = ["\\boxed{1}", "\\boxed{1}xx", "\\boxed{1}"]
    assert reward(texts, tags=[["a"], ["a"], ["b"]]) == [0.5, -0.5, 0.0]


def test_kimi_length_without_prompts_is_one_group() -> None:
    reward = kimi_length(BOXED)
    assert reward(["\\boxed{1}", "\\boxed{1}xx"]) == [0.5, -0.5]
    assert reward.score("\\boxed{1}xx") == 0.0  # a group of one


def test_kimi_length_split_group_differs() -> None:
    """A group split over two calls (two processes) is normalised per part."""
    reward = kimi_length(BOXED)
    texts = ["\\boxed{1}", "\\boxed{1}x", "\\boxed{1}xx", "\\boxed{1}xxx"]
    whole = reward(texts, prompts=["p"] * 4)
    parts = reward(texts[:2], prompts=["p"] * 2) + reward(texts[2:], prompts=["p"] * 2)
    assert whole[0] == 0.5
    assert whole[3] == -0.5
    assert parts == [0.5, -0.5, 0.5, -0.5]


def test_kimi_length_gold_and_none() -> None:
    reward = kimi_length(ENDS_WITH)
    assert reward(["4", "so 4", "so it 5"], prompts=["p"] * 3, answer=["4", None, "4"]) == [
        0.5,
        None,
        -0.5,
    ]


def test_kimi_batch_matches_reference() -> None:
    reward = kimi_length(BOXED)
    texts = [("\\boxed{1}" if i % 3 else "") + "x" * ((i * 7) % 13) for i in range(40)]
    prompts = [f"p{i % 5}" for i in range(40)]
    got = reward(texts, prompts=prompts)
    expected: list[float | None] = [None] * 40
    for key in set(prompts):
        rows = [i for i, p in enumerate(prompts) if p == key]
        scores = kimi_scores(
            [len(texts[i]) for i in rows], [bool(has_boxed(texts[i])) for i in rows]
        )
        for i, score in zip(rows, scores, strict=True):
            expected[i] = score
    assert got == pytest.approx(expected)


# -------------------------------------------------------------------------- repetition


@pytest.mark.parametrize(
    ("items", "ngram", "expected"),
    [
        pytest.param(["a", "b", "c", "a", "b", "c"], 3, 0.25, id="two-of-four-trigrams-repeat"),
        pytest.param(["a", "b", "c", "d"], 3, 0.0, id="no-repeat"),
        pytest.param(["a", "a", "a", "a"], 1, 0.75, id="unigrams"),
        pytest.param(["a", "a"], 3, 0.0, id="shorter-than-n"),
        pytest.param(["a", "b", "c"], 3, 0.0, id="exactly-n"),
        pytest.param([], 1, 0.0, id="empty"),
        pytest.param([1, 2, 1, 2, 1, 2], 2, 0.6, id="token-ids"),
    ],
)
def test_repetition_ratio(items: list[object], ngram: int, expected: float) -> None:
    assert repetition_ratio(items, ngram) == pytest.approx(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the cat sat on the mat", 0.0, id="distinct"),
        pytest.param("ha ha ha ha ha", -0.75, id="loop"),
        pytest.param("Ha HA ha hA ha", -0.75, id="case-folded"),
        pytest.param("hi", 0.0, id="shorter-than-n"),
        pytest.param("", 0.0, id="empty"),
    ],
)
def test_repetition_penalty_words(text: str, expected: float) -> None:
    assert repetition_penalty(ngram=2)([text]) == [expected]


def test_repetition_penalty_chars_ids_and_scale() -> None:
    chars = repetition_penalty(ngram=2, unit="char", max_penalty=-0.5)
    assert chars(["abab"]) == [-0.5 * (1 - 2 / 3)]
    assert chars(["abcd"]) == [0.0]
    words = repetition_penalty(ngram=2)
    # token ids win over words
    assert words(["a b c d"], completion_ids=[[5, 5, 5, 5, 5]]) == [-0.75]
    assert repetition_penalty(max_penalty=0.0)(["x x x x x"]) == [0.0]


def test_repetition_penalty_array_ids_hash_by_value() -> None:
    np = pytest.importorskip("numpy")
    reward = repetition_penalty(ngram=2)
    sample_ids = np.array([5, 5, 5, 5, 5])
    assert reward.scorer(Sample("x", completion_ids=sample_ids)) == -0.75


def test_repetition_penalty_defaults_match_open_r1() -> None:
    reward = repetition_penalty()
    text = "I think so. I think so. I think so."
    words = text.lower().split()
    trigrams = list(zip(words, words[1:], words[2:], strict=False))
    expected = (1 - len(set(trigrams)) / len(trigrams)) * -1.0
    assert reward([text]) == [pytest.approx(expected)]
    assert (reward.lower, reward.upper) == (-1.0, 0.0)


# ------------------------------------------------------------------------ bad arguments


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        pytest.param(lambda: overlong_penalty(100, 101), "buffer", id="buffer-over-max"),
        pytest.param(lambda: overlong_penalty(100, -1), "buffer", id="negative-buffer"),
        pytest.param(lambda: overlong_penalty(0, 0), "max_length", id="zero-max"),
        pytest.param(lambda: overlong_penalty(100.0, 10), "max_length", id="float-max"),  # type: ignore[arg-type]
        pytest.param(lambda: overlong_penalty(True, 0), "max_length", id="bool-max"),
        pytest.param(lambda: overlong_penalty(100, 10, unit="token"), "unit", id="bad-unit"),  # type: ignore[arg-type]
        pytest.param(lambda: cosine_scaled(0, BOXED), "max_length", id="cosine-zero-max"),
        pytest.param(lambda: cosine_scaled(10, "boxed"), "correct", id="cosine-not-reward"),  # type: ignore[arg-type]
        pytest.param(
            lambda: cosine_scaled(10, BOXED, min_correct=math.nan), "min_correct", id="nan"
        ),
        pytest.param(
            lambda: cosine_scaled(10, BOXED, threshold=math.inf), "threshold", id="inf-threshold"
        ),
        pytest.param(lambda: length_shaped(0, 10), "target", id="zero-target"),
        pytest.param(lambda: length_shaped(10, 5), "max_length", id="max-below-target"),
        pytest.param(lambda: length_shaped(10, 20, decay="cosine"), "decay", id="bad-decay"),  # type: ignore[arg-type]
        pytest.param(lambda: length_shaped(10, 20, end=1.5), "end", id="end-over-one"),
        pytest.param(lambda: length_shaped(10, 20, overlong=1.5), "overlong", id="overlong-up"),
        pytest.param(
            lambda: length_shaped(10, 20, decay="linear", end=-0.5, overlong=0.0),
            "overlong",
            id="overlong-above-end",
        ),
        pytest.param(lambda: kimi_length(BOXED, group=""), "group", id="empty-group"),
        pytest.param(lambda: kimi_length(BOXED, unit="chars"), "unit", id="kimi-unit"),  # type: ignore[arg-type]
        pytest.param(lambda: kimi_length(42), "correct", id="kimi-not-reward"),  # type: ignore[arg-type]
        pytest.param(lambda: repetition_penalty(ngram=0), "ngram", id="ngram-zero"),
        pytest.param(lambda: repetition_penalty(ngram=-2), "ngram", id="ngram-negative"),
        pytest.param(lambda: repetition_penalty(max_penalty=0.5), "max_penalty", id="bonus"),
        pytest.param(lambda: repetition_penalty(max_penalty=-math.inf), "max_penalty", id="inf"),
    ],
)
def test_bad_arguments_raise_config_error(build: object, argument: str) -> None:
    with pytest.raises(ConfigError, match=argument):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: overlong_penalty(0, 0), "max_length must be an integer >= 1; got 0", id="max"
        ),
        pytest.param(
            lambda: overlong_penalty(10, -1), "buffer must be an integer >= 0; got -1", id="buffer"
        ),
        pytest.param(
            lambda: overlong_penalty(10.0, 1),  # type: ignore[arg-type]
            "max_length must be an integer >= 1; got 10.0",
            id="float",
        ),
        pytest.param(
            lambda: cosine_scaled(10, len),  # type: ignore[arg-type]
            "correct must be a rewardkit Reward; got builtin_function_or_method",
            id="callable-not-reward",
        ),
        pytest.param(
            lambda: cosine_scaled(10, 3),  # type: ignore[arg-type]
            "correct must be a rewardkit Reward; got int",
            id="not-reward",
        ),
        pytest.param(
            lambda: cosine_scaled(10, BOXED, min_wrong=math.nan),
            "min_wrong must be a finite number; got nan",
            id="nan",
        ),
        pytest.param(
            lambda: cosine_scaled(10, BOXED, threshold=math.inf),
            "threshold must be a finite number, or None; got inf",
            id="threshold-inf",
        ),
        pytest.param(
            lambda: cosine_scaled(10, BOXED, threshold="1"),  # type: ignore[arg-type]
            "threshold must be a finite number, or None; got '1'",
            id="threshold-str",
        ),
        pytest.param(
            lambda: kimi_length(len),  # type: ignore[arg-type]
            "correct must be a rewardkit Reward; got builtin_function_or_method",
            id="kimi-not-reward",
        ),
        pytest.param(
            lambda: length_shaped(1, 2, end=True),
            "end must be a finite number; got True",
            id="bool",
        ),
        pytest.param(
            lambda: repetition_penalty(ngram=0), "ngram must be an integer >= 1; got 0", id="ngram"
        ),
        pytest.param(
            lambda: repetition_penalty(max_penalty=math.nan),
            "max_penalty must be a finite number; got nan",
            id="max-penalty",
        ),
    ],
)
def test_bad_argument_messages_are_exact(build: object, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        build()  # type: ignore[operator]
    assert str(raised.value) == message


def test_numpy_integers_are_accepted() -> None:
    assert overlong_penalty(np.int64(10), 1).scorer.max_length == 10  # type: ignore[attr-defined]


def test_configure_validates_and_rebounds() -> None:
    base = repetition_penalty()
    stronger = base.configure(max_penalty=-2.0)
    assert (stronger.lower, stronger.upper) == (-2.0, 0.0)
    assert stronger.name != base.name
    with pytest.raises(ConfigError, match="ngram"):
        base.configure(ngram=0)
    with pytest.raises(ConfigError, match="buffer"):
        overlong_penalty(100, 10).configure(buffer=200)


# ------------------------------------------------------------------------------ names


def test_names_are_readable_and_distinct() -> None:
    rewards = [
        overlong_penalty(100, 20),
        overlong_penalty(100, 10),
        overlong_penalty(100, 20, unit="word"),
        cosine_scaled(100, BOXED),
        cosine_scaled(200, BOXED),
        cosine_scaled(100, ENDS_WITH),
        length_shaped(10, 20),
        length_shaped(10, 20, decay="linear"),
        kimi_length(BOXED),
        kimi_length(BOXED, group="id"),
        repetition_penalty(),
        repetition_penalty(ngram=2),
    ]
    names = [reward.name for reward in rewards]
    assert len(set(names)) == len(names)
    assert names[0] == "overlong_penalty_max_length100_buffer20"
    assert str(rewards[0].spec) == "overlong_penalty(max_length=100, buffer=20)"
    assert names[3] == "cosine_scaled_max_length100_correctboxed"
    assert names[8] == "kimi_length_correctboxed"
    assert not any(set("(),= ") & set(name) for name in names)  # MLflow-safe
    assert names[10] == "repetition_penalty"
    assert overlong_penalty(100, 20, name="overlong").name == "overlong"


# ------------------------------------------------------------------- pickling, formats

ALL_REWARDS = [
    overlong_penalty(100, 20),
    cosine_scaled(50, BOXED),
    cosine_scaled(50, ENDS_WITH, unit="word"),
    length_shaped(10, 40, decay="linear"),
    kimi_length(BOXED),
    kimi_length(ENDS_WITH, group="id", unit="word"),
    repetition_penalty(),
    repetition_penalty(ngram=1, unit="char"),
]
REWARD_IDS = [reward.name for reward in ALL_REWARDS]


@pytest.mark.parametrize("reward", ALL_REWARDS, ids=REWARD_IDS)
def test_pickle_round_trip(reward: Reward) -> None:
    copy = pickle.loads(pickle.dumps(reward))
    assert copy == reward
    texts = ["\\boxed{1} wait wait wait", "x" * 45]
    columns = {"answer": ["1", "1"], "id": [1, 1]}
    assert copy(texts, prompts=["p", "p"], **columns) == reward(
        texts, prompts=["p", "p"], **columns
    )


@pytest.mark.parametrize("reward", ALL_REWARDS, ids=REWARD_IDS)
def test_hostile_inputs_stay_in_bounds(reward: Reward) -> None:
    texts = [
        "",
        "\x00\xff\ufffd" * 1000,
        "{" * 100_000,
        "ha " * 300_000,  # ~1 MB of repetition
        "<think>" * 5000,
        "\\boxed{" * 3000,
    ]
    scores = reward(texts, prompts=["p"] * len(texts), answer=["1"] * 6, id=[0] * 6)
    for score in scores:
        assert score is None or reward.lower <= score <= reward.upper


# --------------------------------------------------------------------------- properties

lengths = st.integers(min_value=0, max_value=5000)


@given(a=lengths, b=lengths, m=st.integers(1, 3000), data=st.data())
def test_overlong_monotone_non_increasing(a: int, b: int, m: int, data: st.DataObject) -> None:
    buffer = data.draw(st.integers(0, m))
    low, high = sorted((a, b))
    assert overlong_score(low, max_length=m, buffer=buffer) >= overlong_score(
        high, max_length=m, buffer=buffer
    )
    assert -1.0 <= overlong_score(a, max_length=m, buffer=buffer) <= 0.0


@given(a=lengths, b=lengths, m=st.integers(1, 3000))
def test_cosine_monotone(a: int, b: int, m: int) -> None:
    low, high = sorted((a, b))
    right = [cosine_score(n, correct=True, max_length=m) for n in (low, high)]
    wrong = [cosine_score(n, correct=False, max_length=m) for n in (low, high)]
    assert right[0] >= right[1]
    assert wrong[0] <= wrong[1]
    assert all(0.5 <= x <= 1.0 for x in right)
    assert all(-1.0 <= x <= -0.5 for x in wrong)
    # a correct answer always beats a wrong one
    assert min(right) > max(wrong)


@given(
    a=lengths,
    b=lengths,
    target=st.integers(1, 1000),
    extra=st.integers(0, 2000),
    decay=st.sampled_from(["flat", "linear"]),
)
def test_length_shaped_unimodal(a: int, b: int, target: int, extra: int, decay: str) -> None:
    kwargs = {"target": target, "max_length": target + extra, "decay": decay}
    low, high = sorted((a, b))
    s_low, s_high = (length_shaped_score(n, **kwargs) for n in (low, high))  # type: ignore[arg-type]
    if high <= target:
        assert s_low <= s_high
    if low >= target:
        assert s_low >= s_high
    assert -1.0 <= s_low <= 1.0


@given(
    lengths=st.lists(st.integers(0, 10_000), max_size=12),
    data=st.data(),
)
def test_kimi_scores_properties(lengths: list[int], data: st.DataObject) -> None:
    correct = data.draw(
        st.lists(st.sampled_from([True, False, None]), min_size=len(lengths), max_size=len(lengths))
    )
    scores = kimi_scores(lengths, correct)
    for length, verdict, score in zip(lengths, correct, scores, strict=True):
        if verdict is None:
            assert score is None
            continue
        assert score is not None
        assert -0.5 <= score <= 0.5
        if not verdict:
            assert score <= 0.0
        if length == min(lengths) and verdict:
            assert score >= 0.0


@given(text=model_text)
def test_repetition_bounds(text: str) -> None:
    for ngram in (1, 2, 3, 5):
        ratio = repetition_ratio(text.split(), ngram)
        assert 0.0 <= ratio < 1.0


def _ids_for(texts: list[str]) -> list[list[int]]:
    return [[ord(c) % 7 for c in text[:300]] for text in texts]


@given(texts=st.lists(completions, max_size=8), with_ids=st.booleans())
def test_batch_equals_per_item(texts: list[object], with_ids: bool) -> None:
    batch = Batch.from_trainer(
        texts,
        completion_ids=_ids_for([str(t) for t in texts]) if with_ids else None,
        answer=["1"] * len(texts),
    )
    for reward in ALL_REWARDS:
        if isinstance(reward.scorer, type(kimi_length(BOXED).scorer)):
            continue  # group-relative: tested against kimi_scores above
        assert _batch_path(reward, batch) == pytest.approx(_per_item(reward, batch), abs=1e-12)


@given(texts=st.lists(completions, max_size=8))
def test_rewards_in_bounds_and_never_raise(texts: list[object]) -> None:
    for reward in ALL_REWARDS:
        scores = reward(
            texts, prompts=["p"] * len(texts), answer=["1"] * len(texts), id=[0] * len(texts)
        )
        assert len(scores) == len(texts)
        for score in scores:
            assert score is None or reward.lower <= score <= reward.upper


# ------------------------------------------------------------------------- docs plots


def test_plot_script_draws_every_curve(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    script = Path(__file__).resolve().parents[1] / "docs" / "scripts" / "plot_shaping.py"
    spec = importlib.util.spec_from_file_location("plot_shaping", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main([str(tmp_path)])
    assert [path.name for path in written] == [
        "shaping-overlong.svg",
        "shaping-cosine.svg",
        "shaping-length-shaped.svg",
        "shaping-kimi.svg",
        "shaping-repetition.svg",
        "shaping-schedules.svg",
    ]
    for path in written:
        assert path.read_text(encoding="utf-8").lstrip().startswith("<?xml")
        committed = script.parents[1] / "img" / path.name
        assert committed.is_file(), f"{committed} is not committed: run the script"


def test_kimi_length_token_ids_win() -> None:
    reward = kimi_length(BOXED, unit="word")
    texts = ["\\boxed{1} " + "w " * 50, "\\boxed{1}", "no box"]
    # by words the first is longest; by tokens it is shortest
    ids = [[0] * 10, [0] * 30, [0] * 50]
    assert reward(texts, prompts=["p"] * 3, completion_ids=ids) == [0.5, 0.0, -0.5]
    assert reward(texts, prompts=["p"] * 3) == [-0.5, 0.5, 0.0]


@given(
    rows=st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 400), st.booleans()), min_size=1, max_size=24
    )
)
def test_kimi_batch_equals_grouped_reference(rows: list[tuple[int, int, bool]]) -> None:
    texts = ["\\boxed{1}" if boxed else "none" for _, _, boxed in rows]
    prompts = [f"prompt {group}" for group, _, _ in rows]
    ids = [[0] * length for _, length, _ in rows]
    got = kimi_length(BOXED)(texts, prompts=prompts, completion_ids=ids)
    expected: list[float | None] = [None] * len(rows)
    for key in set(prompts):
        members = [i for i, prompt in enumerate(prompts) if prompt == key]
        scores = kimi_scores([rows[i][1] for i in members], [rows[i][2] for i in members])
        for i, score in zip(members, scores, strict=True):
            expected[i] = score
    assert got == pytest.approx(expected, abs=1e-12)


ends = st.floats(min_value=-5, max_value=5, allow_nan=False)


@given(a=lengths, b=lengths, m=st.integers(1, 3000), values=st.tuples(ends, ends, ends, ends))
def test_cosine_any_end_values_bounded_and_monotone(
    a: int, b: int, m: int, values: tuple[float, float, float, float]
) -> None:
    min_correct, max_correct, min_wrong, max_wrong = values
    kwargs = {
        "max_length": m,
        "min_correct": min_correct,
        "max_correct": max_correct,
        "min_wrong": min_wrong,
        "max_wrong": max_wrong,
    }
    low, high = sorted((a, b))
    for correct, start, stop in ((True, max_correct, min_correct), (False, min_wrong, max_wrong)):
        s_low, s_high = (cosine_score(n, correct=correct, **kwargs) for n in (low, high))
        assert min(start, stop) <= s_low <= max(start, stop)
        # moves monotonically from its value at length 0 towards its value at max_length
        if stop <= start:
            assert s_low >= s_high
        else:
            assert s_low <= s_high
