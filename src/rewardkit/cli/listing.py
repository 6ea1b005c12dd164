"""``rewardkit list``: the rewards, the factories with their signatures, the presets."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.report import reward_catalogue


def run(args: argparse.Namespace, io_: common.Io) -> int:  # noqa: ARG001 - same signature for all
    """List every reward with the columns it reads, every factory with its signature, presets.

    A reward name can be passed to --reward as is. A factory is called with keyword
    arguments, e.g. --reward 'overlong_penalty(max_length=1024, buffer=128)'. "reads" lists
    the columns a row needs besides the completion (a|b: the first of them present).

    Examples:
      rewardkit list
    """
    runs.write(io_.stdout, reward_catalogue())
    return 0


COMMAND = common.Command("list", run)
