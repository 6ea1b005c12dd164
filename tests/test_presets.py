"""Tests for rewardkit.presets: exact contents, totals on hand-made completions, pickling."""

from __future__ import annotations

import pickle

import pytest

from rewardkit import presets
from rewardkit.answers import answer_correct, boxed_correct, boxed_number
from rewardkit.compose import weighted_sum
from rewardkit.errors import ConfigError
from rewardkit.presets import PRESETS, aha_grpo, as_reward, dapo, pkv_rounds, r1_zero
from rewardkit.reflect import aha
from rewardkit.reward import Reward
from rewardkit.structure import think_format

PKV_COMPLETION = """<competition>
<pirate>Arr, 96 candles need 96 / 4 = 24 hives. But wait, let me recheck: 24 * 4 = 96.</pirate>
<knight>Good sir, each hive yields four candles, so 96 candles require 24 hives.</knight>
<viking>By Odin! Four candles per hive; ninety-six candles: twenty-four hives.</viking>
<result><winner>knight</winner></result>
</competition>
The knight wins with the answer of 24 hives."""


def _trl_total(preset: presets.Preset, completions: list[object], **columns: object) -> list[float]:
    """What TRL's GRPOTrainer computes: each reward, None -> NaN, weighted nansum."""
    rewards, weights = preset
    per_func = [reward(completions, **columns) for reward in rewards]
    return [
        sum(0.0 if v is None else v * w for v, w in zip(row, weights, strict=True))
        for row in zip(*per_func, strict=True)
    ]


# ---------------------------------------------------------------------------- contents


def test_aha_grpo_is_exactly_the_recipe() -> None:
    rewards, weights = aha_grpo()
    assert rewards == [boxed_number, boxed_correct, aha]
    assert weights == [0.5, 2.0, 1.0]
    # new lists each call: a user appending to one does not change the preset
    rewards.append(aha)
    assert len(aha_grpo()[0]) == 3


def test_r1_zero_contents() -> None:
    rewards, weights = r1_zero()
    assert rewards == [think_format, answer_correct]
    assert weights == [1.0, 1.0]
    assert r1_zero(correct=boxed_correct)[0][1] is boxed_correct
    prefilled = r1_zero(prefilled=True)[0][0]
    assert prefilled.name != think_format.name
    assert prefilled(["2+2 is 4</think>\n<answer>4</answer>"]) == [1.0]


def test_dapo_contents() -> None:
    rewards, weights = dapo()
    assert [reward.name for reward in rewards] == [
        "answer_correct",
        "overlong_penalty_max_length20480_buffer4096",
    ]
    assert weights == [2.0, 1.0]
    assert dapo(1024, 256)[0][1].name == "overlong_penalty_max_length1024_buffer256"


def test_pkv_rounds_delegates() -> None:
    from rewardkit import pkv

    for n in (1, 2, 3):
        assert pkv_rounds(n) == tuple(list(part) for part in pkv.rounds(n))
    assert len(pkv_rounds(1)[0]) < len(pkv_rounds(2)[0]) < len(pkv_rounds(3)[0])


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        pytest.param(lambda: dapo(100, 200), "buffer", id="dapo-buffer-over-max"),
        pytest.param(lambda: dapo(0, 0), "max_length", id="dapo-zero"),
        pytest.param(lambda: dapo(correct="x"), "correct", id="dapo-correct"),  # type: ignore[arg-type]
        pytest.param(lambda: r1_zero(correct=len), "correct", id="r1-correct"),  # type: ignore[arg-type]
        pytest.param(lambda: pkv_rounds(4), "n", id="pkv-round-4"),
        pytest.param(lambda: pkv_rounds(0), "n", id="pkv-round-0"),
        pytest.param(lambda: as_reward([boxed_correct]), "preset", id="as-reward-list"),  # type: ignore[arg-type]
        pytest.param(lambda: as_reward(([boxed_correct], [1.0, 2.0])), "weights", id="unaligned"),
    ],
)
def test_bad_arguments_raise_config_error(build: object, argument: str) -> None:
    with pytest.raises(ConfigError, match=argument):
        build()  # type: ignore[operator]


# ------------------------------------------------------------------------------ totals


@pytest.mark.parametrize(
    ("completion", "answer", "expected"),
    [
        pytest.param("But wait, let's check. \\boxed{4}", "4", 3.5, id="correct-number-reflects"),
        pytest.param("\\boxed{4}", "4", 2.5, id="correct-number"),
        pytest.param("\\boxed{5}", "4", 0.5, id="wrong-number"),
        pytest.param("Let's try again. \\boxed{five}", "4", 1.0, id="reflects-no-number"),
        pytest.param("The answer is 4.", "4", 0.0, id="unboxed"),
        pytest.param("", "4", 0.0, id="empty"),
        pytest.param("\\boxed{\\frac{1}{2}}", "0.5", 2.5, id="equivalent-fraction"),
        pytest.param("\\boxed{4}", None, 0.5, id="no-gold-skipped"),
    ],
)
def test_aha_grpo_totals(completion: str, answer: str | None, expected: float) -> None:
    preset = aha_grpo()
    assert _trl_total(preset, [completion], answer=[answer]) == [pytest.approx(expected)]
    assert as_reward(preset)([completion], answer=[answer]) == [pytest.approx(expected)]


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        pytest.param("<think>\n2+2=4\n</think>\n<answer>4</answer>", 2.0, id="format-and-right"),
        pytest.param("<think>\n2+2=5\n</think>\n<answer>5</answer>", 1.0, id="format-wrong"),
        pytest.param("The answer is \\boxed{4}.", 1.0, id="right-no-format"),
        pytest.param("no tags, no answer", 0.0, id="nothing"),
        pytest.param(
            [{"role": "assistant", "content": "<answer>4</answer>", "reasoning_content": "2+2"}],
            2.0,
            id="conversational-reasoning-content",
        ),
    ],
)
def test_r1_zero_totals(completion: object, expected: float) -> None:
    preset = r1_zero()
    assert _trl_total(preset, [completion], answer=["4"]) == [expected]


@pytest.mark.parametrize(
    ("completion", "tokens", "expected"),
    [
        pytest.param("so \\boxed{4}", 50, 2.0, id="right-short"),
        pytest.param("so \\boxed{4}", 80, 2.0, id="right-at-buffer-start"),
        pytest.param("so \\boxed{4}", 90, 1.5, id="right-in-buffer"),
        pytest.param("so \\boxed{4}", 100, 1.0, id="right-at-limit"),
        pytest.param("so \\boxed{5}", 50, 0.0, id="wrong-short"),
        pytest.param("so \\boxed{5}", 120, -1.0, id="wrong-truncated"),
    ],
)
def test_dapo_totals(completion: str, tokens: int, expected: float) -> None:
    preset = dapo(max_length=100, buffer=20)
    total = _trl_total(preset, [completion], completion_ids=[[0] * tokens], answer=["4"])
    assert total == [expected]


def test_dapo_gap_equals_paper() -> None:
    """DAPO's +1/-1: a right answer beats a wrong one of the same length by 2."""
    preset = dapo(max_length=100, buffer=20)
    ids = [[0] * 90, [0] * 90]
    right, wrong = _trl_total(
        preset, ["\\boxed{4}", "\\boxed{5}"], completion_ids=ids, answer=["4"] * 2
    )
    assert right - wrong == 2.0


def test_pkv_round_totals() -> None:
    for n in (1, 2, 3):
        preset = pkv_rounds(n)
        total = _trl_total(preset, [PKV_COMPLETION], answer=["24"])[0]
        assert total == as_reward(preset)([PKV_COMPLETION], answer=["24"])[0]
        combined = as_reward(preset)
        assert combined.lower <= total <= combined.upper
    # round 1 on a complete, correct construct: every format reward and correctness is full
    rewards, weights = pkv_rounds(1)
    assert _trl_total((rewards, weights), [PKV_COMPLETION], answer=["24"]) == [
        pytest.approx(sum(weights))
    ]
    assert _trl_total((rewards, weights), ["24"], answer=["24"])[0] < sum(weights)


# -------------------------------------------------------------------- registry, pickle


def test_presets_table_names() -> None:
    assert sorted(PRESETS) == [
        "aha_grpo",
        "dapo",
        "pkv_round1",
        "pkv_round2",
        "pkv_round3",
        "r1_zero",
    ]
    assert PRESETS["aha_grpo"]() == list(zip(*aha_grpo(), strict=True))


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_pickles_and_has_distinct_names(name: str) -> None:
    pairs = PRESETS[name]()
    names = [reward.name for reward, _ in pairs]
    assert len(names) == len(set(names))
    for reward, weight in pairs:
        assert isinstance(reward, Reward)
        assert isinstance(weight, float)
        clone = pickle.loads(pickle.dumps(reward))
        texts = ["\\boxed{4} but wait", "<think>x</think><answer>4</answer>"]
        assert clone(texts, answer=["4", "4"]) == reward(texts, answer=["4", "4"])
    combined = pickle.loads(pickle.dumps(as_reward(tuple(map(list, zip(*pairs, strict=True))))))  # type: ignore[arg-type]
    parts = [reward(["\\boxed{4}"], answer=["4"])[0] for reward, _ in pairs]
    expected = weighted_sum(parts, [weight for _, weight in pairs])
    assert expected is not None  # \boxed{4} with gold 4 is scored by at least one reward
    assert combined(["\\boxed{4}"], answer=["4"]) == [pytest.approx(expected)]


def test_registry_reads_presets() -> None:
    from rewardkit.registry import get_preset, preset_names

    assert set(preset_names()) == set(PRESETS)
    items = get_preset("aha_grpo")
    assert [(item.reward.name, item.weight) for item in items] == [
        ("boxed_number", 0.5),
        ("boxed_correct", 2.0),
        ("aha", 1.0),
    ]
