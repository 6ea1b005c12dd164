"""``rewardkit report``: one summary row per file (or per step) of generations."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.cli._common import option
from rewardkit.explain import format_examples
from rewardkit.report import format_report, plot_report

#: The hint when ``--plot`` cannot import matplotlib.
MATPLOTLIB_HINT = "--plot needs matplotlib: pip install matplotlib"


def run(args: argparse.Namespace, io_: common.Io) -> int:
    """Summarise files of generations (e.g. one per checkpoint), one row per file.

    Files are JSONL (.gz allowed), Parquet or saved datasets folders (pyarrow needed for
    the last two: pip install pyarrow).

    Columns: the row's label (the file name, or --label), its step, the count of scored rows,
    failed lines, rows counted correct (the --correct reward, default boxed_correct, scores
    above 0), rows with reflection (the --reflection reward, default aha, scores above 0),
    rows with both (counts and percentages of count) and the mean of each --reward. The step
    is read only from checkpoint-style file names (ckpt-100, checkpoint-200, step_300,
    global_step300; not llama3-8b), or from the column --step-field, which makes one row per
    step value within a file. Rows are sorted by step (ckpt-20 before ckpt-100); rows
    without a step keep their order, last. --plot draws the percentages (and means) against
    the step, or per label when some row has no step; it needs matplotlib
    (pip install matplotlib).

    Examples:
      rewardkit report ckpt-100.jsonl ckpt-200.jsonl ckpt-300.jsonl --format markdown
      rewardkit report run/*.jsonl.gz -r 'overlong_penalty(max_length=4096, buffer=512)'
      rewardkit report base.jsonl tuned.jsonl --label base --label tuned --plot cmp.png
      rewardkit report ckpt-100.jsonl ckpt-200.jsonl --examples 2 --seed 7

    --examples K shows, per row of the report (a checkpoint), K sampled completions that
    newly earned the reflection reward (no completion of the same prompt earned it at the
    previous checkpoint) and K that earned correctness, each with its row number in its file
    and its explanation (rewardkit.explain.report_examples; --seed S makes another draw). They
    follow the table (table and Markdown formats) or appear under "examples" in each JSON
    record; not with --format csv. The files' rows are held in memory for this.
    """
    runs.check_readable(args.files)
    labels: list[str] = args.label or []
    if labels and len(labels) != len(args.files):
        msg = f"--label given {len(labels)} times for {len(args.files)} files; give one per file"
        raise runs.UsageError(msg)
    if args.plot:
        runs.require("matplotlib", message=MATPLOTLIB_HINT)
    if args.examples and args.format == "csv":
        msg = "--examples is not available with --format csv; use table, markdown or json"
        raise runs.UsageError(msg)
    plan, report = runs.report_plan(
        args.correct, args.reflection, args.reward, **common.picked(args, *common.FIELD_NAMES)
    )
    failed = runs.report_files(
        args.files,
        plan,
        report,
        labels=labels,
        step_field=args.step_field,
        **common.run_options(args),
    )
    records = report.records()
    examples = ""
    if args.examples:
        picked = runs.report_examples_of(
            args.files, plan, report, k=args.examples, seed=args.seed, step_field=args.step_field
        )
        if args.format == "json":
            for record, checkpoint in zip(records, picked, strict=True):
                record["examples"] = checkpoint.to_dict()
        else:
            examples = "\n" + format_examples(picked)
    with runs.output(args.out, io_.stdout) as out:
        runs.write(out, format_report(records, args.format) + examples)
    if args.plot:
        plot_report(records, args.plot, means=report.means, title=args.title)
        runs.write(io_.stderr, f"wrote {args.plot}\n")
    return 1 if failed else 0


OPTIONS = (
    *common.INPUTS,
    common.rewards_option("reward whose mean is reported"),
    option("--correct", default="boxed_correct", metavar="SPEC", help="correctness reward"),
    option("--reflection", default="aha", metavar="SPEC", help="reflection reward"),
    option("--format", choices=("table", "csv", "json", "markdown"), default="table"),
    option("--plot", metavar="PNG", help="draw the series into this image"),
    option("--title", default="rewardkit report", metavar="TEXT", help="the plot's title"),
    option("--step-field", metavar="NAME", help="column holding the step"),
    option(
        "--label",
        action="append",
        metavar="TEXT",
        help="a file's label (default: its name); once per file, in order",
    ),
    option(
        "--examples",
        type=common.positive_int,
        metavar="K",
        help="per checkpoint, K completions that newly earned reflection and K correct ones, "
        "with their explanations",
    ),
    option(
        "--seed", type=int, default=0, metavar="S", help="the --examples sampling seed (default: 0)"
    ),
    common.out_option("write the report here (default: stdout)"),
    *common.FIELDS,
    *common.RUN_OPTIONS,
)

COMMAND = common.Command("report", run, OPTIONS)
