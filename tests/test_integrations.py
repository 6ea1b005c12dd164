"""Tests for rewardkit.integrations.verl: verl's custom reward contract."""

from __future__ import annotations

import asyncio
import math
import pickle
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.errors import ConfigError
from rewardkit.integrations import verl
from rewardkit.integrations.verl import VerlScore, make_compute_score
from rewardkit.reward import GoldScorer, Reward, Sample, TextScorer


def _exact(text: str, gold: str) -> float:
    return 1.0 if text.strip() == gold.strip() else 0.0


def _length(text: str) -> float:
    return min(len(text), 10) / 10


def _maybe(text: str) -> float | None:
    return None if "n/a" in text else 0.5


EXACT = Reward(name="exact", scorer=GoldScorer(_exact), gold=("answer", "solution"))
LENGTH = Reward(name="length", scorer=TextScorer(_length))
MAYBE = Reward(name="maybe", scorer=TextScorer(_maybe))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Countdown:
    """1.0 when the text names the target and mentions every number (a columns reader)."""

    def __call__(self, sample: Sample, /) -> float:
        target, numbers = sample.row["target"], sample.row["numbers"]
        assert isinstance(numbers, list)
        words = sample.text.split()
        return float(str(target) in words and all(str(n) in words for n in numbers))


COUNTDOWN = Reward(name="countdown", scorer=_Countdown(), requires=("target", "numbers"))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Recorder:
    """Scores 0.0 and exposes what it saw through the sample's row (for column tests)."""

    column: str = "answer"

    def __call__(self, sample: Sample, /) -> float:
        value = sample.row.get(self.column)
        return float(value) if isinstance(value, (int, float)) else -1.0


def _reads(column: str) -> Reward:
    return Reward(name=f"reads_{column}", scorer=_Recorder(column=column), lower=-1.0, upper=1e9)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(lambda f: f("math", "42", "42"), 1.0, id="positional"),
        pytest.param(lambda f: f("math", "41", "42"), 0.0, id="positional-wrong"),
        pytest.param(
            lambda f: f(data_source="math", solution_str="42", ground_truth="42", extra_info=None),
            1.0,
            id="naive-manager-keywords",
        ),
        pytest.param(
            lambda f: f(data_source="math", solution_str="42", ground_truth=42, extra_info={}),
            1.0,
            id="integer-ground-truth",
        ),
        pytest.param(
            lambda f: f(data_source="m", solution_str="42", ground_truth=np.int64(42)),
            1.0,
            id="numpy-ground-truth",
        ),
        pytest.param(
            lambda f: f("m", [{"role": "assistant", "content": "42"}], "42"),
            1.0,
            id="message-list-solution",
        ),
        pytest.param(
            lambda f: f("m", "42", "42", {"split": "train"}, reward_scale=2),
            1.0,
            id="reward-kwargs-accepted",
        ),
        pytest.param(lambda f: f("m", "42", None), 0.0, id="no-ground-truth-not-applicable"),
    ],
)
def test_call_shapes(call, expected):
    result = call(make_compute_score(EXACT))
    assert isinstance(result, float)
    assert result == expected


def test_ground_truth_overrides_extra_info_gold():
    compute = make_compute_score(EXACT)
    assert compute("m", "42", "42", {"answer": "7"}) == 1.0
    assert compute("m", "7", "42", {"answer": "7"}) == 0.0


def test_ground_truth_fills_configured_gold_columns():
    custom = EXACT.configure(gold=("final_answer",))
    compute = make_compute_score(custom)
    assert compute.gold_columns == ("final_answer",)
    assert compute("gsm8k", "18", "18") == 1.0
    assert compute("gsm8k", "17", "18") == 0.0


def test_every_rewards_gold_columns_are_filled():
    compute = make_compute_score([EXACT, EXACT.configure(gold=("label",), name="label_exact")])
    assert compute.gold_columns == ("answer", "solution", "label")
    assert compute("m", "3", "3") == 2.0


def test_mapping_ground_truth_becomes_columns():
    compute = make_compute_score(COUNTDOWN)
    truth = {"target": 24, "numbers": np.array([3, 8])}
    assert compute("countdown", "3 * 8 = 24", truth) == 1.0
    assert compute("countdown", "3 + 8 = 11", truth) == 0.0


def test_extra_info_becomes_columns():
    compute = make_compute_score(COUNTDOWN)
    assert compute("countdown", "3 * 8 = 24", None, {"target": 24, "numbers": [3, 8]}) == 1.0


def test_data_source_and_ground_truth_columns():
    assert make_compute_score(_reads("data_source"))(7, "x", "1") == 7.0
    assert make_compute_score(_reads("ground_truth"))("m", "x", 5) == 5.0
    assert make_compute_score(_reads("ground_truth"))("m", "x", np.float32(2.5)) == 2.5


def test_gold_columns_only_for_rewards_that_read_gold():
    assert make_compute_score(_reads("answer")).gold_columns == ()
    assert make_compute_score(_reads("answer"))("m", "x", 3) == -1.0
    assert make_compute_score(_reads("answer"))("m", "x", 3, {"answer": 4}) == 4.0


def test_missing_required_column_raises_config_error():
    compute = make_compute_score(COUNTDOWN)
    with pytest.raises(ConfigError, match=r"countdown: no 'target' column"):
        compute("countdown", "3 * 8 = 24", "24")


def test_weighted_sum_skips_not_applicable():
    compute = make_compute_score([EXACT, LENGTH, MAYBE], weights=[2.0, 1.0, -1.0])
    assert compute("m", "42", "42") == pytest.approx(2.0 + 0.2 - 0.5)
    assert compute("m", "n/a", "42") == pytest.approx(0.3)


def test_all_not_applicable_scores_zero():
    assert make_compute_score(MAYBE)("m", "n/a", None) == 0.0


def test_details_dict_for_reward_extra_info():
    compute = make_compute_score([EXACT, MAYBE], weights=[1.0, 0.5], details=True)
    result = compute("m", "n/a", "n/a")
    assert isinstance(result, Mapping)
    assert result["score"] == 1.0
    assert result["exact"] == 1.0
    assert math.isnan(result["maybe"])
    assert list(result) == ["score", "exact", "maybe"]


def test_batch_manager_signature():
    compute = make_compute_score([EXACT, LENGTH])
    scores = compute.batch(
        data_sources=["a", "b", "c"],
        solution_strs=["42", "x", "ten chars!"],
        ground_truths=["42", "42", None],
        extra_infos=[None, {"i": 1}, {}],
        some_reward_kwarg=True,
    )
    assert scores == [pytest.approx(1.2), pytest.approx(0.1), pytest.approx(1.0)]


def test_batch_ragged_columns_are_padded_with_none():
    compute = make_compute_score(COUNTDOWN)
    scores = compute.batch(
        solution_strs=["3 * 8 = 24", "2 2 4"],
        ground_truths=[{"target": 24, "numbers": [3, 8]}, {"target": 4, "numbers": [2, 2]}],
    )
    assert scores == [1.0, 1.0]


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"solution_strs": ["a"], "ground_truths": ["a", "b"]}, id="ground-truths"),
        pytest.param({"solution_strs": ["a"], "data_sources": "ab"}, id="data-sources-string"),
        pytest.param({"solution_strs": ["a"], "extra_infos": 3}, id="extra-infos-scalar"),
        pytest.param({"solution_strs": "abc"}, id="solution-strs-string"),
    ],
)
def test_batch_misaligned_raises(arguments):
    with pytest.raises(ConfigError, match="must be a list aligned with"):
        make_compute_score(EXACT).batch(**arguments)


def test_batch_accepts_numpy_object_arrays():
    compute = make_compute_score(EXACT)
    scores = compute.batch(
        data_sources=np.array(["a", "b"], dtype=object),
        solution_strs=["1", "2"],
        ground_truths=np.array(["1", "1"], dtype=object),
    )
    assert scores == [1.0, 0.0]


@given(
    texts=st.lists(st.text(max_size=40), max_size=6),
    truths=st.lists(st.one_of(st.none(), st.text(max_size=5), st.integers()), max_size=6),
)
def test_batch_equals_per_item(texts, truths):
    truths = (truths + [None] * len(texts))[: len(texts)]
    compute = make_compute_score([EXACT, LENGTH, MAYBE], weights=[1.0, 0.5, 0.25], details=True)
    batched = compute.batch(solution_strs=texts, ground_truths=truths)
    single = [compute("m", text, truth) for text, truth in zip(texts, truths, strict=True)]
    assert len(batched) == len(single)
    for a, b in zip(batched, single, strict=True):
        assert isinstance(a, Mapping)
        assert isinstance(b, Mapping)
        assert a.keys() == b.keys()
        for key in a:
            assert a[key] == b[key] or (math.isnan(a[key]) and math.isnan(b[key]))


@given(text=st.text(), truth=st.one_of(st.none(), st.text(), st.integers(), st.floats()))
def test_never_raises_and_stays_in_weighted_bounds(text, truth):
    compute = make_compute_score([EXACT, LENGTH], weights=[1.0, -2.0])
    score = compute("m", text, truth)
    assert isinstance(score, float)
    assert -2.0 <= score <= 1.0


def test_picklable():
    compute = make_compute_score([EXACT, COUNTDOWN], weights=[1, 0.5], details=True)
    clone = pickle.loads(pickle.dumps(compute))
    assert clone == compute
    assert clone("m", "3 8 24", {"target": 24, "numbers": [3, 8], "answer": "x"}) == {
        "score": 0.5,
        "exact": 0.0,
        "countdown": 1.0,
    }


def test_repr_names_rewards_and_weights():
    assert repr(make_compute_score([EXACT, LENGTH], weights=[1, 0.5])) == (
        "<verl compute_score 1*exact, 0.5*length>"
    )


@pytest.mark.parametrize(
    ("rewards", "weights", "details", "message"),
    [
        pytest.param([], None, False, "non-empty list of Rewards", id="empty"),
        pytest.param("exact", None, False, "non-empty list of Rewards", id="string"),
        pytest.param(_exact, None, False, "non-empty list of Rewards", id="plain-function"),
        pytest.param([EXACT, _exact], None, False, "must be rewardkit Rewards", id="not-reward"),
        pytest.param([EXACT, EXACT], None, False, "distinct names; got 'exact'", id="duplicate"),
        pytest.param([EXACT], [1.0, 2.0], False, "list of 1 numbers", id="weights-length"),
        pytest.param([EXACT], 1.0, False, "list of 1 numbers", id="weights-scalar"),
        pytest.param([EXACT], [math.nan], False, "finite numbers", id="weights-nan"),
        pytest.param([EXACT], [True], False, "finite numbers", id="weights-bool"),
        pytest.param([EXACT], ["1"], False, "finite numbers", id="weights-string"),
        pytest.param([EXACT], None, "yes", "True or False", id="details"),
    ],
)
def test_bad_arguments_raise_config_error(rewards, weights, details, message):
    with pytest.raises(ConfigError, match=message):
        make_compute_score(rewards, weights, details=details)


def test_default_compute_score_is_boxed_correct():
    assert isinstance(verl.compute_score, VerlScore)
    assert [reward.name for reward in verl.compute_score.rewards] == ["boxed_correct"]
    assert verl.compute_score("math", "so \\boxed{\\frac{1}{2}}", "0.5") == 1.0
    assert verl.compute_score("math", "so \\boxed{3}", "0.5") == 0.0
    assert verl.compute_score_batch(
        data_sources=["math", "math"],
        solution_strs=["\\boxed{2}", "2"],
        ground_truths=["2", "2"],
        extra_infos=[None, None],
    ) == [1.0, 0.0]


# ------------------------------------------------------------ verl's call shapes, sync and async


def test_async_form_is_a_coroutine_function_verl_awaits():
    import inspect

    assert inspect.iscoroutinefunction(verl.compute_score_async)
    assert not inspect.iscoroutinefunction(verl.compute_score)
    score = make_compute_score([EXACT, LENGTH], [1.0, 0.5])
    # the reward loop's naive manager: keyword arguments, extra_info with its own additions
    extra_info = {"index": 3, "num_turns": None, "rollout_reward_scores": {}}
    call = {"data_source": "gsm8k", "solution_str": "72", "ground_truth": "72"}
    awaited = asyncio.run(score.score_async(**call, extra_info=extra_info))
    assert awaited == score(**call, extra_info=extra_info) == 1.0 + 0.5 * 0.2


def test_async_form_pickles_for_ray_workers():
    score = make_compute_score([EXACT, LENGTH], [1.0, 0.5])
    restored = pickle.loads(pickle.dumps(score.score_async))
    assert asyncio.run(restored("s", "72", "72")) == score("s", "72", "72")


def test_batch_reward_manager_call_shape():
    # BatchRewardManager: numpy object arrays for data_sources and extra_infos, a list of
    # ground truths, each extra_info carrying rollout_reward_scores; reward_kwargs as keywords
    score = make_compute_score([EXACT, LENGTH], [1.0, 0.5])
    texts = ["72", "71", "seventy-two"]
    extras = np.array([{"rollout_reward_scores": {}} for _ in texts], dtype=object)
    batch = score.batch(
        data_sources=np.array(["gsm8k"] * 3, dtype=object),
        solution_strs=texts,
        ground_truths=["72", "72", "72"],
        extra_infos=extras,
        some_reward_kwarg=1,
    )
    assert batch == [score("gsm8k", t, "72", {"rollout_reward_scores": {}}) for t in texts]
    assert asyncio.run(score.batch_async(["gsm8k"] * 3, texts, ["72"] * 3, list(extras))) == batch


# ------------------------------------------------------- TRL: plain rewards in TRL's contexts


def _score_in_child(texts: list[str]) -> list[float | None]:
    from rewardkit import boxed_correct

    return boxed_correct(texts, answer=["4"] * len(texts))


def test_rewards_work_in_a_spawned_child_process():
    # TRL's async trainer scores in a spawned child: the reward must pickle and import there
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from rewardkit import boxed_correct

    texts = ["so \\boxed{4}", "\\boxed{5}"]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        in_child = pool.submit(_score_in_child, texts).result(timeout=60)
        passed = pool.submit(boxed_correct, texts, answer=["4", "4"]).result(timeout=60)
    assert in_child == passed == [1.0, 0.0]


def test_rewards_work_through_asyncio_to_thread():
    # how TRL calls a sync reward beside async ones: concurrently, in worker threads
    from rewardkit import boxed_correct

    async def main() -> list[list[float | None]]:
        calls = [
            asyncio.to_thread(boxed_correct, [f"\\boxed{{{i}}}"], answer=[str(i)]) for i in range(8)
        ]
        return await asyncio.gather(*calls)

    assert asyncio.run(main()) == [[1.0]] * 8
