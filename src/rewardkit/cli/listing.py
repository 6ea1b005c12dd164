"""``rewardkit list``: the rewards, the factories with their signatures, the presets."""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.registry import available_factories, available_rewards, describe, preset_names
from rewardkit.report import text_table
from rewardkit.reward import Reward


def run(args: argparse.Namespace, io_: common.Io) -> int:  # noqa: ARG001 - same signature for all
    """List every reward with the columns it reads, every factory with its signature, presets.

    A reward name can be passed to --reward as is. A factory is called with keyword
    arguments, e.g. --reward 'overlong_penalty(max_length=1024, buffer=128)'. "reads" lists
    the columns a row needs besides the completion (a|b: the first of them present).

    Examples:
      rewardkit list
    """
    rules = dict(describe())
    rewards = {reward.name: reward for reward in available_rewards().values()}
    rows = [[name, _reads(reward), rules.get(name, "")] for name, reward in sorted(rewards.items())]
    if rows:
        runs.write(io_.stdout, text_table(["reward", "reads", "rule"], rows, [False, False, False]))
    else:
        runs.write(io_.stdout, "no rewards are installed\n")
    factories = available_factories()
    if factories:
        runs.write(io_.stdout, "\nfactories (--reward 'NAME(option=value, ...)'):\n")
        for name, factory in sorted(factories.items()):
            rule = rules.get(f"{name}(...)", "")
            runs.write(io_.stdout, f"  {name}{signature(factory)}\n      {rule}\n")
    presets = preset_names()
    if presets:
        runs.write(io_.stdout, f"\npresets (--preset NAME): {', '.join(presets)}\n")
    return 0


def _reads(reward: Reward) -> str:
    columns = ["|".join(reward.gold)] if reward.gold else []
    columns += list(reward.requires)
    return ", ".join(columns) or "-"


def signature(factory: Callable[..., object]) -> str:
    """A factory's parameters as a user writes them: no annotations, no ``name``.

    Examples:
        >>> def overlong_penalty(max_length: int, buffer: int, *, unit: str = "char",
        ...                      name: str | None = None) -> None: ...
        >>> signature(overlong_penalty)
        "(max_length, buffer, *, unit='char')"
    """
    parts: list[str] = []
    star = False
    for parameter in inspect.signature(factory).parameters.values():
        if parameter.name == "name":
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = parameter.name
        if parameter.default is not inspect.Parameter.empty:
            text += f"={parameter.default!r}"
        parts.append(text)
    return f"({', '.join(parts)})"


def arguments(parser: argparse.ArgumentParser) -> None:
    """``list`` has no options."""


COMMAND = common.Command("list", run, arguments)
