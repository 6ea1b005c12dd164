"""``rewardkit filter``: SFT rows or DPO pairs from scored generations."""

from __future__ import annotations

import argparse
from collections import Counter

from rewardkit.cli._common import (
    RESERVED,
    Command,
    Io,
    Messages,
    UsageError,
    add_fields,
    add_input,
    add_out,
    add_rewards,
    add_run_options,
    check_columns,
    check_readable,
    finite_float,
    positive_int,
    read,
    record_output,
    score,
    split_fields,
    write,
)
from rewardkit.registry import resolve_rewards
from rewardkit.scoring import ScoringPlan
from rewardkit.selection import (
    DROP_REASONS,
    SelectionRules,
    Selector,
    pair_record,
    sft_record,
)
from rewardkit.text import completion_text, prompt_text


def run(args: argparse.Namespace, io_: Io) -> int:
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
    specs = args.reward or ["boxed_correct"]
    if len(specs) > 1:
        msg = f"filter takes one --reward; got {len(specs)}: {', '.join(specs)}"
        raise UsageError(msg)
    rewards = resolve_rewards(specs, answer_field=args.answer_field, reserved=tuple(RESERVED))
    name = rewards[0].reward.name
    prompt_field, completion_field = args.prompt_field, args.completion_field
    plan = ScoringPlan(rewards, completion_field, prompt_field, required=(prompt_field,))
    check_readable([args.file])
    selector = Selector(
        SelectionRules(
            threshold=args.threshold,
            dedupe=args.dedupe,
            max_per_prompt=args.max_per_prompt,
            pairs=args.pairs,
        )
    )
    messages_form = args.format == "messages"
    keep: tuple[str, ...] = args.keep or ()
    columns = tuple(dict.fromkeys((prompt_field, completion_field, *keep)))
    clash = [column for column in columns if column in (name, "line", "total", "error")]
    if clash:
        msg = f"column {clash[0]!r} clashes with a key of the scored record; rename it"
        raise UsageError(msg)
    errors = Messages(io_.stderr)
    lines = check_columns(read(args.file), args.file, plan)
    with record_output(args.out, io_.stdout, [args.file]) as emit:
        for scored in score(lines, plan, args, columns):
            error = scored.get("error")
            if error is not None:
                errors.add(str(error))
                continue
            row = {column: scored[column] for column in columns}
            prompt, completion = row[prompt_field], row[completion_field]
            reward_score = scored[name]
            assert reward_score is None or isinstance(reward_score, float)
            outcome = selector.offer(
                prompt_text(prompt),
                completion_text(completion),
                reward_score,
                prompt=prompt,
                row=row,
            )
            if outcome == "kept":
                record = sft_record(prompt, completion, messages=messages_form)
                record.update({key: row.get(key) for key in keep})
                emit(record)
        for prompt, good, bad in selector.pairs():
            assert isinstance(good, dict)  # rows, as offered
            assert isinstance(bad, dict)
            record = pair_record(
                prompt, good[completion_field], bad[completion_field], messages=messages_form
            )
            record.update({key: good.get(key) for key in keep})
            emit(record)
    errors.close()
    if not args.quiet:
        write(io_.stderr, _summary(selector.counts, errors.count, args.pairs, selector.prompts))
    return 1 if errors.count else 0


def _summary(counts: Counter[str], failed: int, pairs: bool, prompts: int) -> str:
    dropped = ", ".join(f"{counts[key]} {key}" for key in DROP_REASONS if counts[key])
    if pairs:
        head = f"wrote {counts['pairs']} pairs from {counts['read']} rows ({prompts} prompts)"
    else:
        head = f"kept {counts['kept']} of {counts['read']} rows ({prompts} prompts)"
    tail = f"; dropped {dropped}" if dropped else ""
    return f"{head}{tail}; {failed} failed lines\n"


def _similarity(text: str) -> float | None:
    if text.lower() in ("none", "off"):
        return None
    value = finite_float(text)
    if not 0.0 < value <= 1.0:
        msg = f"expected a similarity in (0, 1], or 'off'; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``filter``."""
    add_input(parser)
    add_rewards(parser, "reward deciding what passes (default: boxed_correct)", repeatable=False)
    parser.add_argument(
        "--threshold", type=finite_float, default=1.0, help="pass mark (default: 1.0)"
    )
    parser.add_argument(
        "--dedupe",
        type=_similarity,
        default=0.9,
        metavar="SIM",
        help="drop completions at least this similar to a kept one of the same prompt "
        "(default: 0.9; 'off' to keep all)",
    )
    parser.add_argument("--max-per-prompt", type=positive_int, metavar="K")
    parser.add_argument("--pairs", action="store_true", help="write (prompt, chosen, rejected)")
    parser.add_argument(
        "--format", choices=("prompt-completion", "messages"), default="prompt-completion"
    )
    parser.add_argument(
        "--keep", type=split_fields, metavar="A,B", help="input fields copied into each record"
    )
    add_out(parser, "write here: JSONL (.gz allowed), or Parquet for .parquet (default: stdout)")
    add_fields(parser)
    add_run_options(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")


COMMAND = Command("filter", run, arguments)
