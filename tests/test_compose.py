"""Tests for rewardkit.compose: combine, gate, scale, clip, rename, schedule."""

from __future__ import annotations

import functools
import math
import pickle
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.compose import (
    Combined,
    Ramp,
    Steps,
    clip,
    combine,
    gate,
    rename,
    scale,
    schedule,
)
from rewardkit.errors import ConfigError
from rewardkit.extract import has_boxed
from rewardkit.length import length_shaped, overlong_penalty, repetition_penalty
from rewardkit.reward import Batch, Reward, TextScorer
from tests.rewards import BOXED, ENDS_WITH
from tests.strategies import completions


def _wait_count(text: str) -> float:
    return float(min(text.lower().count("wait"), 3)) / 3


WAITS = Reward(name="waits", scorer=TextScorer(_wait_count))


def _none_unless_digit(text: str) -> float | None:
    return 1.0 if any(c.isdigit() for c in text) else None


SOMETIMES = Reward(name="sometimes", scorer=TextScorer(_none_unless_digit))


def _half_step(step: int) -> float:
    return 0.5 if step >= 10 else 0.0


def _explode(text: str) -> float:
    if "boom" in text:
        raise RuntimeError("bug")
    return 0.5


EXPLODING = Reward(name="exploding", scorer=TextScorer(_explode), failure=-1.0)

PENALTY = repetition_penalty(ngram=1)


def _state(step: int) -> dict[str, object]:
    return {"trainer_state": SimpleNamespace(global_step=step)}


# ---------------------------------------------------------------------------- combine


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(["\\boxed{1} wait"], [2.0 + 1 / 3 + 0.0], id="all-present"),
        pytest.param(["no no"], [0.0 + 0.0 - 0.5], id="penalty-only"),
        pytest.param([""], [0.0], id="empty"),
    ],
)
def test_combine_weighted_sum(texts: list[str], expected: list[float]) -> None:
    total = combine([BOXED, WAITS, PENALTY], [2.0, 1.0, 1.0])
    assert total(texts) == pytest.approx(expected)


def test_combine_none_handling_matches_trl_nansum() -> None:
    total = combine([SOMETIMES, ENDS_WITH], [2.0, 3.0])
    scores = total(["4", "no digit", "no digit here"], answer=["4", "4", None])
    # row 0: both present; row 1: SOMETIMES None skipped; row 2: both None -> None
    assert scores == [5.0, 0.0, None]


def _trl_aggregate(per_func: list[list[float | None]], weights: list[float]) -> list[float]:
    """TRL's GRPOTrainer: None -> NaN, then (rewards * weights).nansum(dim=1)."""
    rows = zip(*per_func, strict=True)
    return [
        sum(0.0 if v is None else v * w for v, w in zip(row, weights, strict=True)) for row in rows
    ]


def test_combine_equals_trl_aggregation_where_any_present() -> None:
    parts = [SOMETIMES, ENDS_WITH, PENALTY]
    weights = [0.5, 2.0, 1.0]
    texts = ["4", "x x", "so 4 4", "", "7 7 7"]
    columns = {"answer": ["4", None, "4", None, "7"]}
    per_func = [part(texts, **columns) for part in parts]
    expected = _trl_aggregate(per_func, weights)
    got = combine(parts, weights)(texts, **columns)
    assert [0.0 if g is None else g for g in got] == pytest.approx(expected)


def test_combine_default_weights_and_bounds() -> None:
    total = combine([BOXED, PENALTY])
    assert total.name == "combine(boxed, repetition_penalty_ngram1)"
    assert (total.lower, total.upper) == (-1.0, 1.0)
    negative = combine([BOXED, PENALTY], [-2.0, 0.5])
    assert (negative.lower, negative.upper) == (-2.5, 0.0)


def test_combine_bounds_include_zero_for_skipped_components() -> None:
    always_positive = length_shaped(1, 10, overlong=0.5, end=0.5, decay="linear")
    assert always_positive.lower == 0.0  # the rise starts at 0 anyway
    floor = Reward(name="floor", scorer=TextScorer(_none_unless_digit), lower=1.0, upper=1.0)
    total = combine([floor, floor], [1.0, 1.0])
    assert (total.lower, total.upper) == (0.0, 2.0)
    assert total(["1", "x"]) == [2.0, None]


def test_combine_distinct_names_for_same_named_components() -> None:
    other_boxed = Reward(name="boxed", scorer=TextScorer(_wait_count))
    total = combine([BOXED, other_boxed], [1.0, 0.5])
    assert total.name == "combine(boxed, 0.5*boxed#2)"
    assert combine([BOXED], [1.0]).name != BOXED.name
    assert combine([BOXED], [1.0]).name != combine([BOXED], [2.0]).name
    assert combine([BOXED], [1 / 3]).name != combine([BOXED], [0.3333333]).name


def test_combine_component_error_boundaries_kept() -> None:
    total = combine([EXPLODING, BOXED], [1.0, 1.0])
    assert total(["boom \\boxed{1}", "\\boxed{1}"]) == [0.0, 1.5]  # -1.0 failure + 1.0


def test_combine_missing_gold_is_config_error() -> None:
    with pytest.raises(ConfigError, match="gold"):
        combine([ENDS_WITH, BOXED])(["4"])


def test_combine_shares_the_batch() -> None:
    batch = Batch.from_trainer(["\\boxed{1} 1", "x"], answer=["1", "1"])
    total = combine([ENDS_WITH, ENDS_WITH, BOXED], [1.0, 1.0, 1.0])
    assert total.score_batch(batch) == [3.0, 0.0]
    assert batch._samples == {}  # text and gold scorers read batch.texts: no Sample is built
    per_sample = Reward(
        name="per_sample", scorer=lambda sample: float(sample.gold == "1"), gold=("answer",)
    )
    assert combine([per_sample, per_sample, BOXED]).score_batch(batch) == [3.0, 2.0]
    assert list(batch._samples) == [("answer",)]  # samples built once per gold tuple


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        pytest.param(lambda: combine([]), "rewards", id="empty"),
        pytest.param(lambda: combine(BOXED), "rewards", id="not-a-list"),  # type: ignore[arg-type]
        pytest.param(lambda: combine([has_boxed]), r"rewards\[0\]", id="plain-function"),  # type: ignore[list-item]
        pytest.param(lambda: combine([BOXED], [1.0, 2.0]), "weights", id="too-many-weights"),
        pytest.param(lambda: combine([BOXED, BOXED], [1.0]), "weights", id="too-few-weights"),
        pytest.param(lambda: combine([BOXED], [math.nan]), r"weights\[0\]", id="nan-weight"),
        pytest.param(lambda: combine([BOXED], ["1"]), r"weights\[0\]", id="str-weight"),  # type: ignore[list-item]
        pytest.param(lambda: combine([BOXED], "1"), "weights", id="str-weights"),  # type: ignore[arg-type]
        pytest.param(lambda: gate(BOXED, when="x"), "when", id="gate-when"),  # type: ignore[arg-type]
        pytest.param(lambda: gate(1, when=BOXED), "reward", id="gate-reward"),  # type: ignore[arg-type]
        pytest.param(
            lambda: gate(BOXED, when=BOXED, threshold=math.inf), "threshold", id="gate-threshold"
        ),
        pytest.param(lambda: scale(BOXED, math.inf), "factor", id="scale-inf"),
        pytest.param(lambda: clip(BOXED), "neither", id="clip-nothing"),
        pytest.param(lambda: clip(BOXED, 1.0, 0.0), "lower", id="clip-inverted"),
        pytest.param(lambda: clip(BOXED, math.nan), "lower", id="clip-nan"),
        pytest.param(lambda: rename(BOXED, ""), "name", id="rename-empty"),
        pytest.param(lambda: rename(BOXED, 3), "name", id="rename-int"),  # type: ignore[arg-type]
        pytest.param(lambda: schedule(BOXED, lambda step: 1.0), "picklable", id="lambda"),
        pytest.param(lambda: schedule(BOXED, 3), "fn", id="not-callable"),  # type: ignore[arg-type]
        pytest.param(
            lambda: schedule(BOXED, _half_step, factor_range=(1.0, 0.0)),
            "factor_range",
            id="range-inverted",
        ),
        pytest.param(lambda: Ramp(start_step=10, end_step=5), "end_step", id="ramp-inverted"),
        pytest.param(lambda: Ramp(start_step=-1), "start_step", id="ramp-negative"),
        pytest.param(lambda: Ramp(end=math.nan), "end", id="ramp-nan"),
        pytest.param(lambda: Steps(boundaries=(5, 5), values=(0, 1, 2)), "increasing", id="dup"),
        pytest.param(lambda: Steps(boundaries=(5,), values=(1.0,)), "values", id="steps-count"),
        pytest.param(lambda: Steps(boundaries=(1.5,), values=(0, 1)), "boundaries", id="float"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_raise_config_error(build: object, argument: str) -> None:
    with pytest.raises(ConfigError, match=argument):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: combine([BOXED, len]),  # type: ignore[list-item]
            "rewards[1] must be a rewardkit Reward (wrap a plain function with rewardkit.Reward"
            " first); got builtin_function_or_method",
            id="callable-not-reward",
        ),
        pytest.param(
            lambda: combine([BOXED, 3]),  # type: ignore[list-item]
            "rewards[1] must be a rewardkit Reward; got int",
            id="not-reward",
        ),
        pytest.param(
            lambda: combine([BOXED], [math.nan]),
            "weights[0] must be a finite number; got nan",
            id="weight-nan",
        ),
        pytest.param(
            lambda: combine([BOXED], [True]),
            "weights[0] must be a finite number; got True",
            id="weight-bool",
        ),
        pytest.param(
            lambda: combine([BOXED], ["1"]),  # type: ignore[list-item]
            "weights[0] must be a finite number; got '1'",
            id="weight-str",
        ),
        pytest.param(
            lambda: gate(BOXED, when=len),  # type: ignore[arg-type]
            "when must be a rewardkit Reward (wrap a plain function with rewardkit.Reward"
            " first); got builtin_function_or_method",
            id="gate-when",
        ),
        pytest.param(
            lambda: scale(BOXED, math.inf), "factor must be a finite number; got inf", id="scale"
        ),
        pytest.param(
            lambda: clip(BOXED, lower=math.nan), "lower must be a finite number; got nan", id="clip"
        ),
        pytest.param(
            lambda: Ramp(start_step=-1), "start_step must be an integer >= 0; got -1", id="ramp"
        ),
        pytest.param(
            lambda: Ramp(end_step=1.5),  # type: ignore[arg-type]
            "end_step must be an integer >= 0; got 1.5",
            id="ramp-float",
        ),
        pytest.param(
            lambda: Ramp(end_step=True), "end_step must be an integer >= 0; got True", id="bool"
        ),
        pytest.param(
            lambda: Steps(boundaries=(1.5,), values=(0, 1)),  # type: ignore[arg-type]
            "boundaries[0] must be an integer >= 0; got 1.5",
            id="steps-boundary",
        ),
        pytest.param(
            lambda: Steps(boundaries=(1,), values=(0, math.inf)),
            "values[1] must be a finite number; got inf",
            id="steps-value",
        ),
        pytest.param(
            lambda: schedule(BOXED, Ramp(), factor_range=(math.nan, 1.0)),
            "factor_range[0] must be a finite number; got nan",
            id="factor-range",
        ),
        pytest.param(
            lambda: combine([BOXED], [1, 2]),
            "weights must be a tuple of 1 numbers (one per reward); got (1.0, 2.0)",
            id="weights-count",
        ),
        pytest.param(
            lambda: Combined(rewards=(BOXED,), weights=[1.0]),  # type: ignore[arg-type]
            "weights must be a tuple of 1 numbers (one per reward); got [1.0]",
            id="weights-list",
        ),
        pytest.param(
            lambda: Combined(rewards=(BOXED,), weights=(math.nan,)),
            "weights[0] must be a finite number; got nan",
            id="weights-nan",
        ),
        pytest.param(
            lambda: Steps(boundaries=(1,), values=(1.0,)),
            "values must be a tuple of 2 numbers (one more than boundaries); got (1.0,)",
            id="values-count",
        ),
        pytest.param(
            lambda: Steps(boundaries=(1,), values=[1.0, 2.0]),  # type: ignore[arg-type]
            "values must be a tuple of 2 numbers (one more than boundaries); got [1.0, 2.0]",
            id="values-list",
        ),
        pytest.param(
            lambda: Steps(values=("a",)),  # type: ignore[arg-type]
            "values[0] must be a finite number; got 'a'",
            id="values-str",
        ),
    ],
)
def test_bad_argument_messages_are_exact(build: object, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        build()  # type: ignore[operator]
    assert str(raised.value) == message


def test_numpy_numbers_are_accepted() -> None:
    assert Ramp(end_step=np.int64(5)).end_step == 5
    assert scale(BOXED, np.float32(2)).name == "scale(boxed, 2)"


def test_schedule_closure_is_config_error() -> None:
    factor = 0.5

    def local(step: int) -> float:
        return factor

    with pytest.raises(ConfigError, match="picklable"):
        schedule(BOXED, local)


# ------------------------------------------------------------------------------- gate


@pytest.mark.parametrize(
    ("text", "answer", "expected"),
    [
        pytest.param("wait wait wait 4", "4", 1.0, id="correct-keeps-bonus"),
        pytest.param("wait wait wait 5", "4", 0.0, id="wrong-loses-bonus"),
        pytest.param("5", "4", 0.0, id="wrong-no-bonus"),
        pytest.param("wait 4", None, 0.0, id="no-gold-does-not-pass"),
    ],
)
def test_gate_reflection_only_when_correct(text: str, answer: str | None, expected: float) -> None:
    gated = gate(WAITS, when=ENDS_WITH)
    assert gated([text], answer=[answer]) == [pytest.approx(expected)]


def test_gate_keeps_penalties_and_none() -> None:
    gated = gate(PENALTY, when=BOXED)
    assert gated(["no no"]) == [-0.5]  # a penalty still applies when the gate fails
    assert (gated.lower, gated.upper) == (-1.0, 0.0)
    none_gate = gate(SOMETIMES, when=BOXED)
    assert none_gate(["x", "1", "\\boxed{1}"]) == [None, 0.0, 1.0]


def test_gate_threshold_and_otherwise() -> None:
    gated = gate(BOXED, when=WAITS, threshold=1 / 3, otherwise=-0.5)
    assert gated.name == f"gate(boxed, when=waits>={1 / 3!r}, otherwise=-0.5)"
    assert gated(["\\boxed{1} wait", "\\boxed{1}", "x"]) == [1.0, -0.5, -0.5]
    assert (gated.lower, gated.upper) == (-0.5, 1.0)


def test_gate_same_name_components() -> None:
    gated = gate(BOXED, when=BOXED)
    assert gated.name == "gate(boxed, when=boxed#2)"
    assert gated.name != BOXED.name


# ------------------------------------------------------------------ scale, clip, rename


def test_scale() -> None:
    penalty = overlong_penalty(10, 5)
    doubled = scale(penalty, 2.0)
    assert doubled(["x" * 20, ""]) == [-2.0, 0.0]
    assert (doubled.lower, doubled.upper) == (-2.0, 0.0)
    flipped = scale(penalty, -1.0)
    assert (flipped.lower, flipped.upper) == (0.0, 1.0)
    assert flipped(["x" * 20]) == [1.0]
    assert scale(SOMETIMES, 3.0)(["x", "1"]) == [None, 3.0]
    assert scale(BOXED, 0.5).name == "scale(boxed, 0.5)"


def test_clip() -> None:
    clipped = clip(WAITS, upper=0.5)
    assert clipped(["wait " * 3, "wait", ""]) == [0.5, pytest.approx(1 / 3), 0.0]
    assert (clipped.lower, clipped.upper) == (0.0, 0.5)
    assert clipped.name == "clip(waits, None, 0.5)"
    lifted = clip(PENALTY, lower=-0.25)
    assert (lifted.lower, lifted.upper) == (-0.25, 0.0)
    assert lifted(["a a a a"]) == [-0.25]
    both = clip(BOXED, 2.0, 3.0)  # entirely above the reward's range
    assert (both.lower, both.upper) == (2.0, 2.0)
    assert clip(SOMETIMES, 0.0, 0.5)(["x"]) == [None]


def test_rename() -> None:
    renamed = rename(BOXED, "has_box")
    assert renamed.__name__ == "has_box"
    assert renamed.scorer is BOXED.scorer
    assert renamed(["\\boxed{1}"]) == BOXED(["\\boxed{1}"])


# --------------------------------------------------------------------------- schedule


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        pytest.param(0, 0.0, id="before"),
        pytest.param(100, 0.0, id="start"),
        pytest.param(150, 0.5, id="middle"),
        pytest.param(200, 1.0, id="end"),
        pytest.param(10**6, 1.0, id="after"),
    ],
)
def test_ramp_table(step: int, expected: float) -> None:
    assert Ramp(start_step=100, end_step=200)(step) == expected
    warm = schedule(BOXED, Ramp(start_step=100, end_step=200))
    assert warm(["\\boxed{1}"], **_state(step)) == [expected]


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        pytest.param(0, 0.0, id="first"),
        pytest.param(9, 0.0, id="before-boundary"),
        pytest.param(10, 0.5, id="at-boundary"),
        pytest.param(19, 0.5, id="before-second"),
        pytest.param(20, 1.0, id="at-second"),
        pytest.param(10**6, 1.0, id="after"),
    ],
)
def test_steps_table(step: int, expected: float) -> None:
    steps = Steps(boundaries=(10, 20), values=(0.0, 0.5, 1.0))
    assert steps(step) == expected
    assert schedule(BOXED, steps)(["\\boxed{1}"], **_state(step)) == [expected]


def test_schedule_reads_global_step_from_mapping_and_object() -> None:
    curriculum = schedule(BOXED, _half_step)
    assert curriculum(["\\boxed{1}"], trainer_state={"global_step": 10}) == [0.5]
    assert curriculum(["\\boxed{1}"], **_state(3)) == [0.0]
    assert curriculum(["\\boxed{1}"]) == [0.0]  # no trainer state: step 0
    assert (curriculum.lower, curriculum.upper) == (0.0, 1.0)
    assert curriculum.name == "schedule(boxed, tests.test_compose._half_step)"


def test_schedule_factor_range_clamps_and_bounds() -> None:
    grow = schedule(BOXED, Ramp(start_step=0, end_step=10, start=1.0, end=3.0))
    assert (grow.lower, grow.upper) == (0.0, 3.0)
    assert grow(["\\boxed{1}"], **_state(5)) == [2.0]
    capped = schedule(
        BOXED, Ramp(start_step=0, end_step=10, start=1.0, end=3.0), factor_range=(0, 2)
    )
    assert capped(["\\boxed{1}"], **_state(10)) == [2.0]
    penalty = schedule(PENALTY, functools.partial(max, 0.25))  # picklable partial of a builtin
    assert (penalty.lower, penalty.upper) == (-1.0, 0.0)
    assert penalty(["a a"], **_state(0)) == [-0.125]


def test_schedule_nan_factor_is_low_end() -> None:
    odd = schedule(BOXED, functools.partial(math.copysign, math.nan))
    assert odd(["\\boxed{1}"], **_state(1)) == [0.0]


def test_ramp_and_steps_labels_distinguish() -> None:
    names = {
        schedule(BOXED, Ramp(start_step=0, end_step=10)).name,
        schedule(BOXED, Ramp(start_step=0, end_step=20)).name,
        schedule(BOXED, Ramp(start_step=0, end_step=10, start=0.5)).name,
        schedule(BOXED, Steps(boundaries=(10,), values=(0.0, 1.0))).name,
        schedule(BOXED, Steps(boundaries=(10,), values=(0.5, 1.0))).name,
    }
    assert len(names) == 5


# ---------------------------------------------------------------- pickling and formats

ALL = [
    combine([BOXED, ENDS_WITH, PENALTY], [0.5, 2.0, 1.0]),
    gate(WAITS, when=ENDS_WITH),
    scale(PENALTY, 0.5),
    clip(WAITS, upper=0.5),
    rename(BOXED, "renamed"),
    schedule(BOXED, Ramp(start_step=0, end_step=10)),
    schedule(BOXED, Steps(boundaries=(5,), values=(0.0, 1.0))),
    schedule(BOXED, _half_step),
    combine([gate(WAITS, when=ENDS_WITH), schedule(PENALTY, Ramp())], [1.0, 2.0]),
]


@pytest.mark.parametrize("reward", ALL, ids=[reward.name for reward in ALL])
def test_pickle_round_trip(reward: Reward) -> None:
    copy = pickle.loads(pickle.dumps(reward))
    assert copy.name == reward.name
    texts = ["wait \\boxed{4} 4", "no no no", ""]
    kwargs = {"answer": ["4", "4", None], **_state(7)}
    assert copy(texts, **kwargs) == reward(texts, **kwargs)


def test_conversational_completions() -> None:
    total = combine([BOXED, WAITS], [1.0, 3.0])
    message = [{"role": "assistant", "content": "wait... \\boxed{2}"}]
    assert total([message, "plain"]) == [2.0, 0.0]


# --------------------------------------------------------------------------- properties

weights = st.floats(min_value=-10, max_value=10, allow_nan=False)
PARTS = [BOXED, ENDS_WITH, WAITS, SOMETIMES, PENALTY, EXPLODING]


@given(texts=st.lists(completions, max_size=6), weight=weights)
def test_combine_single_equals_reward_times_weight(texts: list[object], weight: float) -> None:
    for part in PARTS:
        answer = ["4"] * len(texts)
        plain = part(texts, answer=answer)
        assert combine([part], [1.0])(texts, answer=answer) == plain
        scaled = combine([part], [weight])(texts, answer=answer)
        assert scaled == [None if p is None else pytest.approx(p * weight) for p in plain]


@given(texts=st.lists(completions, max_size=6), data=st.data())
def test_combinators_in_bounds_and_batch_equals_per_item(
    texts: list[object], data: st.DataObject
) -> None:
    chosen = data.draw(st.lists(st.sampled_from(PARTS), min_size=1, max_size=3))
    ws = data.draw(st.lists(weights, min_size=len(chosen), max_size=len(chosen)))
    rewards = [
        combine(chosen, ws),
        gate(chosen[0], when=chosen[-1]),
        scale(chosen[0], ws[0]),
        clip(chosen[0], -0.5, 0.5),
        schedule(chosen[0], Ramp(start_step=0, end_step=4)),
    ]
    batch = Batch.from_trainer(texts, answer=["4"] * len(texts))
    for reward in rewards:
        scores = reward.score_batch(batch)
        per_item = [reward.scorer(sample) for sample in batch.samples(reward.gold, reward.name)]
        assert scores == pytest.approx(per_item)
        for score in scores:
            assert score is None or reward.lower - 1e-9 <= score <= reward.upper + 1e-9


@given(texts=st.lists(completions, min_size=1, max_size=6), data=st.data())
def test_gate_never_exceeds_its_reward(texts: list[object], data: st.DataObject) -> None:
    reward = data.draw(st.sampled_from(PARTS))
    when = data.draw(st.sampled_from(PARTS))
    threshold = data.draw(st.none() | st.floats(-1, 1))
    otherwise = data.draw(st.floats(-2, 2))
    gated = gate(reward, when=when, threshold=threshold, otherwise=otherwise)
    answer = ["4"] * len(texts)
    for plain, got in zip(reward(texts, answer=answer), gated(texts, answer=answer), strict=True):
        assert (plain is None) == (got is None)
        if plain is not None and got is not None:
            assert got <= plain
