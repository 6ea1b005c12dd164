"""``rewardkit serve``: the reward server (:mod:`rewardkit.server`) from the command line."""

from __future__ import annotations

import argparse

from rewardkit import runs, server
from rewardkit.cli import _common as common

#: What to install when the server's dependencies are missing (works wherever pip does).
SERVER_HINT = "pip install starlette uvicorn"


def run(args: argparse.Namespace, io_: common.Io) -> int:  # noqa: ARG001 - same signature for all
    """Serve rewards over HTTP for trainers that score remotely (OpenRLHF and others).

    Routes: OpenRLHF's POST /get_reward, rewardkit's POST /score, GET /rewards and GET
    /health. Scoring runs in --workers processes; with --token-file every route but /health
    needs 'Authorization: Bearer <token>'. Binding an address other than loopback without a
    token prints a warning. Ctrl-C or SIGTERM drains requests in flight, then stops. Needs
    Starlette and uvicorn (pip install starlette uvicorn). See docs/deploying.md.

    Examples:
      rewardkit serve --preset r1_zero --port 8000 --workers 4
      rewardkit serve -r boxed_correct -r aha --host 0.0.0.0 --token-file /etc/rewardkit/token
    """
    runs.require("starlette", "uvicorn", message="the reward server needs {name}: " + SERVER_HINT)
    return server.run(args)


COMMAND = common.Command("serve", run, arguments=server.add_arguments)
