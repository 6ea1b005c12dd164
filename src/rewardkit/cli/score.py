"""``rewardkit score``: one JSON record per input line."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.cli._common import option
from rewardkit.pool import WorkerError
from rewardkit.scoring import ScoringPlan


def run(args: argparse.Namespace, io_: common.Io) -> int:
    r"""Score every row of a file of generations; one record per row.

    The input is JSONL (.gz allowed, or - for stdin), Parquet, or a folder saved by
    datasets' save_to_disk (Parquet and Arrow need pyarrow: pip install pyarrow). Records
    are JSONL, or Parquet when --out ends with .parquet. Each input row is an object with a
    completion (a string or a message list), a gold answer for the rewards that need one,
    and anything else. Each record holds the input line (row) number, every reward's score
    under the reward's name (null: not applicable, e.g. no gold answer: a missing key reads
    as null), the weighted total and the --keep fields. A line that is not JSON, whose
    completion is not a string or message list, or that lacks a needed column gets a record
    with an "error" naming the line and the problem, and the exit status is 1. When none of
    the first 5 rows has the completion column (or a gold column a reward needs), the
    command stops at once, listing the keys it saw. A summary table (mean of each reward,
    counts) goes to stderr.

    --explain adds to each scored record an "explain" object: per reward, why it gave its
    score ({"score": ..., "name": ..., "details": {...}}, the keys listed in docs/why.md),
    computed on the same batches as the scores, which stay exactly as without --explain.
    It works with --workers too (the workers explain what they score).

    --workers N scores with N processes (the same records, in order); an input that scores in
    under a CPU-second never starts one. --engine ray runs the same scoring on Ray Data
    (a local Ray, or the cluster at --ray-address) and writes a folder of record files to
    --out, in input order (needs Ray: pip install 'ray[data]').

    Without --reward/--config/--preset the rewards are boxed_correct (the last \boxed{}
    answer is equivalent to the gold answer) and aha (a reflection phrase), weight 1 each.

    Examples:
      rewardkit score examples/completions.jsonl --keep answer
      rewardkit score gens.jsonl.gz -r aha -r 'overlong_penalty(max_length=1024, buffer=256)'
      rewardkit score gens.jsonl --preset aha_grpo --keep prompt,answer --out scores.jsonl
      zcat gens.jsonl.gz | rewardkit score - --config rewards.toml --workers 2
      rewardkit score gens.parquet --preset aha_grpo --out scores.parquet
      rewardkit score examples/completions.jsonl -r boxed_correct --explain
      rewardkit score gens/ --engine ray --ray-address auto --out scores/
    """
    rewards = common.rewards_from(args)
    keep: tuple[str, ...] = args.keep or ()
    plan = ScoringPlan(rewards, args.completion_field, args.prompt_field)
    runs.check_keep(keep, plan, explain=args.explain)
    runs.check_readable([args.file])
    if args.engine == "ray":
        return _score_with_ray(plan, args, io_)
    progress = runs.Progress.of_run(args.file, args.out, io_, enabled=not args.quiet)
    try:
        tally = runs.score_file(
            args.file,
            plan,
            out=args.out,
            stdout=io_.stdout,
            keep=keep,
            explain=args.explain,
            progress=progress,
            **common.run_options(args),
        )
    except WorkerError as error:  # a process died: the output is incomplete
        runs.write(io_.stderr, f"rewardkit score: error: {error}\n")
        return 1
    if not args.quiet:
        runs.write(io_.stderr, tally.summary())
    return 1 if tally.failed else 0


def _score_with_ray(plan: ScoringPlan, args: argparse.Namespace, io_: common.Io) -> int:
    """``--engine ray``: :func:`rewardkit.integrations.ray.score_with_ray` into ``--out``."""
    refusals = (
        (args.file == "-", "reads files, not stdin: give a file or a folder of files"),
        (args.out in (None, "-"), "writes a folder of record files: pass --out FOLDER"),
        (bool(args.keep), "does not support --keep yet; score with the default engine"),
        (args.explain, "does not support --explain yet; score with the default engine"),
    )
    for refused, why in refusals:
        if refused:
            msg = f"--engine ray {why}"
            raise runs.UsageError(msg)
    address = args.ray_address
    runs.score_file_with_ray(
        args.file, plan, out=args.out, address=address, **common.run_options(args)
    )
    if not args.quiet:
        runs.write(io_.stderr, f"wrote the records to the folder {args.out!r} (Ray Data)\n")
    return 0


OPTIONS = (
    *common.INPUT,
    common.rewards_option("reward to score with"),
    option("--config", metavar="FILE", help="rewards and weights from a .toml or .json file"),
    option("--preset", metavar="NAME", help="a preset's rewards and weights"),
    common.out_option(
        "write records here: JSONL (.gz allowed), or Parquet for .parquet "
        "(default: stdout; with --engine ray, a folder)"
    ),
    common.keep_option("input fields copied into each record, e.g. prompt,answer"),
    *common.FIELDS,
    *common.RUN_OPTIONS,
    option(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this machine, --workers processes (default); ray: Ray Data, "
        "--workers scoring actors",
    ),
    option(
        "--ray-address",
        metavar="ADDR",
        help="with --engine ray: the cluster to join, e.g. auto or ray://head:10001 "
        "(default: RAY_ADDRESS, else a local Ray)",
    ),
    option(
        "--explain",
        action="store_true",
        help="add an 'explain' object to each record: why each reward gave its score",
    ),
    *common.QUIET,
)

COMMAND = common.Command("score", run, OPTIONS)
