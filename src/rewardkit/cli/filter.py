"""``rewardkit filter``: SFT rows or DPO pairs from scored generations."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.cli._common import option
from rewardkit.scoring import ScoringPlan
from rewardkit.selection import SelectionRules, Selector


def run(args: argparse.Namespace, io_: common.Io) -> int:
    """Keep the good completions, for STaR/RFT-style fine-tuning (or DPO pairs with --pairs).

    A completion passes when the --reward (default boxed_correct) scores at least
    --threshold (default 1.0). Within each prompt, a completion whose similarity to one
    already kept (rapidfuzz ratio, 0-1) is at least --dedupe (default 0.9; 'off' keeps all)
    is dropped, and at most --max-per-prompt are kept. Output is JSONL ready for SFT:
    {"prompt", "completion"} as in the input (strings or message lists), or {"messages"} with
    --format messages, plus the --keep fields; Parquet when --out ends with .parquet (message
    lists stored as JSON text). The input is JSONL (.gz allowed), Parquet or a saved datasets
    folder (pyarrow needed for Parquet and Arrow: pip install pyarrow). Failed lines are
    listed on stderr (the first 10, then a count).

    With --pairs: for each prompt, (prompt, chosen, rejected) records for DPO or verifier
    training, chosen from the passing and rejected from the failing completions (each
    deduplicated): pair k is (chosen[k mod C], rejected[k mod R]) for k < max(C, R), capped by
    --max-per-prompt. Prompts appear in order of first appearance. --pairs holds the kept
    texts in memory until the end of the input.

    The rules live in rewardkit.selection (Selector, SelectionRules) for use from Python.

    Examples:
      rewardkit filter gens.jsonl --out sft.jsonl --max-per-prompt 4
      rewardkit filter gens.jsonl --pairs --out dpo.jsonl
      rewardkit filter gens.jsonl -r 'answer_correct' --threshold 1 --dedupe 0.8 --format messages
    """
    if len(args.reward) > 1:
        msg = f"filter takes one --reward; got {len(args.reward)}: {', '.join(args.reward)}"
        raise runs.UsageError(msg)
    rewards = common.rewards_from(args, default=("boxed_correct",))
    prompt_field = args.prompt_field
    plan = ScoringPlan(rewards, args.completion_field, prompt_field, required=(prompt_field,))
    runs.check_readable([args.file])
    rules = common.picked(args, "threshold", "dedupe", "max_per_prompt", "pairs")
    selector = Selector(SelectionRules(**rules))
    errors = runs.Messages(io_.stderr)
    runs.select_file(
        args.file,
        plan,
        selector,
        errors,
        out=args.out,
        stdout=io_.stdout,
        keep=args.keep or (),
        as_messages=args.format == "messages",
        **common.run_options(args),
    )
    errors.close()
    if not args.quiet:
        runs.write(io_.stderr, selector.summary(errors.count))
    return 1 if errors.count else 0


def _similarity(text: str) -> float | None:
    if text.lower() in ("none", "off"):
        return None
    value = common.finite_float(text)
    if not 0.0 < value <= 1.0:
        msg = f"expected a similarity in (0, 1], or 'off'; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


OPTIONS = (
    *common.INPUT,
    common.rewards_option("reward deciding what passes (default: boxed_correct)", repeatable=False),
    option("--threshold", type=common.finite_float, default=1.0, help="pass mark (default: 1.0)"),
    option(
        "--dedupe",
        type=_similarity,
        default=0.9,
        metavar="SIM",
        help="drop completions at least this similar to a kept one of the same prompt "
        "(default: 0.9; 'off' to keep all)",
    ),
    option("--max-per-prompt", type=common.positive_int, metavar="K"),
    option("--pairs", action="store_true", help="write (prompt, chosen, rejected)"),
    option("--format", choices=("prompt-completion", "messages"), default="prompt-completion"),
    common.keep_option("input fields copied into each record"),
    common.out_option("write here: JSONL (.gz allowed), or Parquet for .parquet (default: stdout)"),
    *common.FIELDS,
    *common.RUN_OPTIONS,
    *common.QUIET,
)

COMMAND = common.Command("filter", run, OPTIONS)
