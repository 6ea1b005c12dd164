"""The reflect options are checked by rewardkit._validate, with the package's messages."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rewardkit import ConfigError, Reward, aha, cognitive_behaviors, reflection

WHERE = "['all', 'think', 'before_answer', 'after_answer']"

#: (option, value, exact message) for each of the four shared options.
BAD = [
    pytest.param("where", "ALL", f"where: expected one of {WHERE}; got 'ALL'", id="where-case"),
    pytest.param("where", None, f"where: expected one of {WHERE}; got None", id="where-none"),
    pytest.param(
        "min_following", 1.5, "min_following: expected an integer >= 0; got 1.5", id="following"
    ),
    pytest.param(
        "min_following", True, "min_following: expected an integer >= 0; got True", id="bool"
    ),
    pytest.param(
        "min_following",
        np.int64(2),
        "min_following: expected an integer >= 0; got np.int64(2)",
        id="numpy-int",
    ),
    pytest.param(
        "min_reasoning", -1, "min_reasoning: expected an integer >= 0; got -1", id="reasoning"
    ),
    pytest.param(
        "max_density", math.nan, "max_density: expected a finite number >= 0; got nan", id="nan"
    ),
    pytest.param(
        "max_density", "0.5", "max_density: expected a finite number >= 0; got '0.5'", id="text"
    ),
    pytest.param(
        "max_density", 1.5, "max_density: expected a number in [0, 1]; got 1.5", id="density>1"
    ),
]


@pytest.mark.parametrize("reward", [reflection, cognitive_behaviors()], ids=lambda r: r.name)
@pytest.mark.parametrize(("option", "value", "message"), BAD)
def test_shared_option_messages(reward: Reward, option: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        reward.configure(**{option: value})
    assert str(info.value) == message


def test_aha_where_message() -> None:
    with pytest.raises(ConfigError) as info:
        aha.configure(where="nowhere")
    assert str(info.value) == f"where: expected one of {WHERE}; got 'nowhere'"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(0, "saturation: expected a number > 0; got 0", id="zero"),
        pytest.param(-1, "saturation: expected a finite number >= 0; got -1", id="negative"),
    ],
)
def test_reflection_saturation_messages(value: object, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        reflection.configure(saturation=value)
    assert str(info.value) == message


def test_good_options_are_accepted() -> None:
    options = {"where": "think", "min_following": 0, "min_reasoning": 10, "max_density": 1}
    assert reflection.configure(**options).scorer.max_density == 1
    assert cognitive_behaviors().configure(**options).scorer.where == "think"
