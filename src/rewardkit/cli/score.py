"""``rewardkit score``: one JSON record per input line."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from rewardkit.cli._common import (
    RESERVED,
    Command,
    Io,
    Progress,
    UsageError,
    add_fields,
    add_out,
    add_rewards,
    add_run_options,
    check_columns,
    check_readable,
    dumps,
    file_size,
    output,
    read,
    rewards_from,
    split_fields,
    to_terminal,
    write,
)
from rewardkit.report import RunningMean, text_table
from rewardkit.scoring import ScoringPlan, score_lines, weighted_total


def run(args: argparse.Namespace, io_: Io) -> int:
    r"""Score every line of a JSONL file of generations; one JSON record per line.

    Each input line is a JSON object with a completion (a string or a message list), a gold
    answer for the rewards that need one, and anything else. Each output line holds the input
    line number, every reward's score under the reward's name (null: not applicable, e.g. no
    gold answer: a missing key reads as null), the weighted total and the --keep fields. A
    line that is not JSON, whose completion is not a string or message list, or that lacks a
    needed column gets a record with an "error" naming the line and the problem, and the
    exit status is 1. When none of the first 5 rows has the completion column (or a gold
    column a reward needs), the command stops at once, listing the keys it saw. A summary
    table (mean of each reward, counts) goes to stderr.

    Without --reward/--config/--preset the rewards are boxed_correct (the last \boxed{}
    answer is equivalent to the gold answer) and aha (a reflection phrase), weight 1 each.

    Examples:
      rewardkit score examples/completions.jsonl --keep answer
      rewardkit score gens.jsonl.gz -r aha -r 'overlong_penalty(max_length=1024, buffer=256)'
      rewardkit score gens.jsonl --preset aha_grpo --keep prompt,answer --out scores.jsonl
      zcat gens.jsonl.gz | rewardkit score - --config rewards.toml --workers 2
    """
    rewards = rewards_from(args)
    keep: tuple[str, ...] = args.keep or ()
    clash = [
        name for name in keep if name in RESERVED or any(name == r.reward.name for r in rewards)
    ]
    if clash:
        msg = f"--keep field {clash[0]!r} clashes with a key of the output record"
        raise UsageError(msg)
    plan = ScoringPlan(rewards, args.completion_field, args.prompt_field)
    check_readable([args.file])
    names = [item.reward.name for item in rewards]
    stats = {name: RunningMean() for name in [*names, "total"]}
    failed = 0
    progress = Progress(
        io_.stderr,
        file_size(args.file),
        enabled=not args.quiet,
        records_to_terminal=to_terminal(args.out, io_.stdout),
    )
    lines = check_columns(read(args.file, progress), args.file, plan)
    with output(args.out, io_.stdout, [args.file]) as out:
        try:
            for line, scores, error in score_lines(
                lines, plan, workers=args.workers, batch_size=args.batch_size
            ):
                record: dict[str, object] = {"line": line.number}
                for name in names:
                    record[name] = None if scores is None else scores.get(name)
                total = None if scores is None else weighted_total(rewards, scores)
                record["total"] = total
                row = line.record or {}
                for name in keep:
                    record[name] = row.get(name)
                if error is not None:
                    record["error"] = error
                    failed += 1
                else:
                    for name in names:
                        stats[name].add(record[name])  # type: ignore[arg-type]
                    stats["total"].add(total)
                out.write(dumps(record) + "\n")
        finally:
            progress.close()
    if not args.quiet:
        write(io_.stderr, _summary(stats, failed))
    return 1 if failed else 0


def _summary(stats: Mapping[str, RunningMean], failed: int) -> str:
    rows = [
        [name, "-" if s.mean is None else f"{s.mean:.3f}", str(s.scored), str(s.missing)]
        for name, s in stats.items()
    ]
    scored = stats["total"].scored + stats["total"].missing
    text = text_table(["reward", "mean", "scored", "n/a"], rows, [False, True, True, True])
    return text + f"{scored + failed} lines: {scored} scored, {failed} failed\n"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``score``."""
    parser.add_argument("file", metavar="FILE", help="JSONL file (.gz allowed), or - for stdin")
    add_rewards(parser, "reward to score with")
    parser.add_argument(
        "--config", metavar="FILE", help="rewards and weights from a .toml or .json file"
    )
    parser.add_argument("--preset", metavar="NAME", help="a preset's rewards and weights")
    add_out(parser, "write records here (default: stdout)")
    parser.add_argument(
        "--keep",
        type=split_fields,
        metavar="A,B",
        help="input fields copied into each record, e.g. prompt,answer",
    )
    add_fields(parser)
    add_run_options(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")


COMMAND = Command("score", run, arguments)
