"""The public surface: ``__all__`` is exactly it, and every exported reward keeps the contract."""

from __future__ import annotations

import importlib
import inspect
import logging
import pickle
import pkgutil
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rewardkit
from rewardkit import Reward
from rewardkit.reward import TextScorer
from tests.strategies import brace_soup, completions, model_text

#: Submodules deliberately exported as namespaces (``from rewardkit import pkv``).
EXPORTED_MODULES = {"pkv", "presets"}


def _exported_rewards() -> list[Reward]:
    exports = (getattr(rewardkit, name) for name in rewardkit.__all__)
    return [value for value in exports if isinstance(value, Reward)]


def _docstring(value: object) -> str:
    """The docstring that documents an export; for a Reward, its scorer's."""
    if isinstance(value, Reward):
        scorer = value.scorer
        function = getattr(scorer, "fn", None)
        return inspect.getdoc(function if function is not None else type(scorer)) or ""
    return inspect.getdoc(value) or ""


def test_all_is_exactly_the_public_surface() -> None:
    public = {
        name
        for name in dir(rewardkit)  # the lazily imported exports too
        if not name.startswith("_")
        and (not isinstance(getattr(rewardkit, name), types.ModuleType) or name in EXPORTED_MODULES)
    }
    assert set(rewardkit.__all__) - {"__version__"} == public
    assert len(rewardkit.__all__) == len(set(rewardkit.__all__))
    assert list(rewardkit.__all__) == sorted(rewardkit.__all__)


@pytest.mark.parametrize("name", sorted(set(rewardkit.__all__) - {"__version__"}))
def test_every_export_has_a_runnable_example(name: str) -> None:
    assert ">>>" in _docstring(getattr(rewardkit, name)), f"{name} has no doctest"


def test_reward_names_are_distinct_and_summarised() -> None:
    rewards = _exported_rewards()
    names = [reward.__name__ for reward in rewards]
    assert len(names) == len(set(names)), names
    for reward in rewards:
        assert reward.summary, f"{reward.name} has no one-line summary"


@pytest.mark.parametrize("reward", _exported_rewards(), ids=lambda r: r.name)
def test_every_exported_reward_pickles(reward: Reward) -> None:
    clone = pickle.loads(pickle.dumps(reward))
    assert clone.__name__ == reward.__name__
    assert clone(["\\boxed{2}"], **_columns(1, "2")) == reward(["\\boxed{2}"], **_columns(1, "2"))


def _columns(n: int, gold: str) -> dict[str, list[object]]:
    """Every column any exported reward may read, with plausible values."""
    return {
        "answer": [gold] * n,
        "solution": [gold] * n,
        "nums": [[1, 2, 3]] * n,
        "target": [6] * n,
    }


@settings(max_examples=60)
@given(st.lists(completions, min_size=1, max_size=4), st.one_of(model_text, brace_soup))
def test_every_exported_reward_is_total_and_bounded(items: list[object], gold: str) -> None:
    for reward in _exported_rewards():
        values = reward(items, prompts=["p"] * len(items), **_columns(len(items), gold))
        assert len(values) == len(items)
        for value in values:
            if value is not None:
                assert reward.lower <= value <= reward.upper, (reward.name, value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\\boxed{" * 5000, id="unclosed-boxes"),
        pytest.param("{" * 50_000 + "}" * 50_000, id="deep-braces"),
        pytest.param("<think>" * 5000, id="unclosed-tags"),
        pytest.param("but wait " * 20_000, id="keyword-stuffing"),
        pytest.param("\x00\ud800\uffff" * 1000, id="binary-junk"),
        pytest.param("2^{2^{2^{2^{2^{10}}}}}", id="power-tower"),
        pytest.param("x" * 1_000_000, id="one-megabyte"),
    ],
)
def test_every_exported_reward_survives_hostile_text(
    text: str, caplog: pytest.LogCaptureFixture
) -> None:
    for reward in _exported_rewards():
        hostile = [text, f"\\boxed{{{text}}}"]
        with caplog.at_level(logging.DEBUG, logger="rewardkit"):
            values = reward(hostile, prompts=["p", "p"], **_columns(2, text[:200] or "1"))
        assert len(values) == 2
        assert all(v is None or reward.lower <= v <= reward.upper for v in values), reward.name
    # The adapter's error boundary hides a scorer that raises; its debug log does not.
    caught = [r.getMessage() for r in caplog.records if r.exc_info is not None]
    assert caught == []


def test_the_error_boundary_is_visible_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    def explode(text: str) -> float:
        raise ZeroDivisionError(text)

    reward = Reward(name="explode", scorer=TextScorer(explode), failure=-1.0)
    with caplog.at_level(logging.DEBUG, logger="rewardkit"):
        assert reward(["a"]) == [-1.0]
    assert [r.getMessage() for r in caplog.records if r.exc_info is not None] == [
        "explode: scorer raised; scoring -1.0"
    ]


def _submodules() -> list[str]:
    return sorted(module.name for module in pkgutil.walk_packages(rewardkit.__path__, "rewardkit."))


def test_names_never_shadow_modules() -> None:
    """No export, and no package attribute, is named like a module it does not stand for.

    ``rewardkit.tasks.tool_use`` used to be both a module and the reward it defines, so
    ``import rewardkit.tasks.tool_use`` gave the module or the reward depending on the order
    of imports. Every exported name that is also the last part of a module's name must be that
    module, and so must a package's attribute named like one of its submodules.
    """
    modules = _submodules()
    clashes = [
        f"rewardkit.{name} vs module {module}"
        for name in rewardkit.__all__
        for module in modules
        if module.rsplit(".", 1)[1] == name
        and getattr(rewardkit, name) is not importlib.import_module(module)
    ]
    for module in modules:
        package, _, leaf = module.rpartition(".")
        value = getattr(importlib.import_module(package), leaf, None)
        if value is not None and not isinstance(value, types.ModuleType):
            clashes.append(f"{package}.{leaf} ({type(value).__name__}) vs module {module}")
    assert clashes == []
    assert {name for name in rewardkit.__all__ if f"rewardkit.{name}" in modules} == (
        EXPORTED_MODULES
    )


def test_tool_use_is_the_reward_everywhere() -> None:
    from rewardkit import tasks
    from rewardkit.tasks import tools

    assert rewardkit.tool_use is tasks.tool_use is tools.tool_use
    assert isinstance(tasks.tool_use, Reward)
