"""``rewardkit explain``: why each reward gave one row its score."""

from __future__ import annotations

import argparse
import json

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.cli._common import option
from rewardkit.explain import explain_line, format_explanation


def run(args: argparse.Namespace, io_: common.Io) -> int:
    r"""Explain the scores of one row of a file: each reward's score and why.

    The row is line N of a JSONL file (.gz allowed; 1-based, as an editor counts), or row N
    of a Parquet file or saved datasets folder (pyarrow needed: pip install pyarrow), numbered
    as rewardkit score numbers its records. Each reward prints its score and its details:
    for answer rewards the answer extracted and where it came from, the gold as read, both
    parsed forms and the rule that decided; for reflection the phrases that counted and the
    region read (docs/why.md lists every reward's keys). --json prints a list of
    {"score", "name", "details"} objects instead. A line that does not exist, is not a JSON
    object or lacks a column a reward needs is a usage error (exit status 2).

    Without --reward the rewards are boxed_correct and aha.

    Examples:
      rewardkit explain examples/completions.jsonl --line 2
      rewardkit explain gens.jsonl.gz --line 120 -r boxed_correct --json
      rewardkit explain gens.parquet --line 7 -r 'overlong_penalty(max_length=1024, buffer=128)'
    """
    runs.check_readable([args.file])
    rewards = [item.reward for item in common.rewards_from(args)]
    fields = common.picked(args, "completion_field", "prompt_field")
    explanations = explain_line(args.file, args.line, rewards, **fields)
    if args.json:
        text = json.dumps([e.to_dict() for e in explanations], ensure_ascii=False, indent=2)
        runs.write(io_.stdout, text + "\n")
    else:
        runs.write(io_.stdout, format_explanation(explanations, title=f"{args.file}:{args.line}"))
    return 0


OPTIONS = (
    option("file", metavar="FILE", help=common.INPUT_HELP),
    option(
        "--line",
        type=int,
        required=True,
        metavar="N",
        help="the row to explain, 1-based (a JSONL file's line number)",
    ),
    common.rewards_option("reward to explain"),
    *common.FIELDS,
    option("--json", action="store_true", help="print the explanations as a JSON list"),
)

COMMAND = common.Command("explain", run, OPTIONS)
