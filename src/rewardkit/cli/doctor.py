"""``rewardkit doctor``: which rewardkit is imported, the interpreter and the optional extras."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit._doctor import diagnose, doctor_text
from rewardkit.cli import _common as common


def run(args: argparse.Namespace, io_: common.Io) -> int:  # noqa: ARG001 - same signature for all
    """Say which rewardkit Python imports, from which distribution, and which extras work.

    Prints the version, the imported rewardkit/__init__.py, the distribution that installed
    it, every installed distribution claiming the import package 'rewardkit', the Python and
    platform, and for each optional extra whether its module is importable (with the pip
    command when not). Exit status 1 when two distributions claim 'rewardkit' (the last line
    then says how to keep only this one), else 0.

    Examples:
      rewardkit doctor
    """
    found = diagnose()
    runs.write(io_.stdout, doctor_text(found) + "\n")
    return 1 if found.conflict is not None else 0


COMMAND = common.Command("doctor", run)
