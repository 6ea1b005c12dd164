"""``rewardkit profile``: reflection phrases, behaviours, answer sources and lengths of files."""

from __future__ import annotations

import argparse

from rewardkit import runs
from rewardkit.cli import _common as common
from rewardkit.cli._common import option
from rewardkit.report import format_behaviors, format_profile, profile_texts

#: What to install for ``--judge``.
HTTPX_HINT = "--judge needs httpx: pip install httpx"


def run(args: argparse.Namespace, io_: common.Io) -> int:
    """Profile files of generations: reflection, behaviours, answer extraction and length.

    Three tables: how many completions use each reflection keyword and cognitive behaviour
    (rewardkit.reflect.profile: texts in which it occurs, their share, total occurrences),
    how the final answer was found (tag / boxed / phrase / gsm8k / math / number / none, by
    rewardkit.extract.extract_answer_with_source), and the length distribution in
    characters and whitespace-separated words (min, p10, median, p90, max, mean). Lines that
    are not JSON or lack the completion column are reported on stderr (the first 10, then a
    count; exit status 1). The input is JSONL (.gz allowed), Parquet or a saved datasets
    folder (pyarrow needed for the last two: pip install pyarrow).

    --behaviours takes several files (e.g. one per checkpoint) and prints one row per file
    with, for each of the four cognitive behaviours (verification, backtracking, subgoal
    setting, backward chaining), the number and share of completions that show it, so the
    behaviours can be watched as they appear over training. Countdown files: a row's target
    and nums columns (or its prompt) let a missed attempt followed by a different one count
    as backtracking without words.

    --judge URL measures the behaviour patterns against an LLM judge: it sends the judge
    prompts of the cognitive-behaviours paper, for a seeded sample of --judge-sample
    completions of one file, to an OpenAI-compatible chat endpoint (vLLM, SGLang, a hosted
    API; --judge-model names the model) and prints, per behaviour, how often the judge and
    the patterns found it, the patterns' precision and recall against the judge, and the
    rows that could not be judged (exit status 1 when some could not). It needs httpx
    (pip install httpx). Answers are cached in --judge-cache-dir.

    Examples:
      rewardkit profile examples/completions.jsonl
      rewardkit profile ckpt-300.jsonl.gz --format json --out profile.json
      rewardkit profile ckpt-100.jsonl ckpt-200.jsonl ckpt-300.jsonl --behaviours
      rewardkit profile ckpt-300.jsonl --judge http://localhost:8000 --judge-model judge
    """
    if args.judge is None:
        stray = [
            f"--judge-{name.replace('_', '-')}"
            for name in ("model", "sample", "seed", "cache_dir", "api_key_env")
            if getattr(args, f"judge_{name}") is not None
        ]
        if stray:
            msg = f"{stray[0]} is an option of --judge URL; pass --judge too"
            raise runs.UsageError(msg)
    elif args.behaviours:
        msg = "--judge and --behaviours are separate reports; run one, then the other"
        raise runs.UsageError(msg)
    if len(args.files) > 1 and not args.behaviours:
        what = "--judge" if args.judge is not None else "a profile"
        msg = f"{what} reads one FILE (got {len(args.files)}); --behaviours compares several"
        raise runs.UsageError(msg)
    if args.judge is not None:
        return _judge(args, io_)
    runs.check_readable(args.files)
    messages = runs.Messages(io_.stderr)
    if args.behaviours:
        records = runs.behaviour_records_of(
            args.files, args.completion_field, messages, args.prompt_field
        )
        messages.close()
        common.print_result(args, io_, records, format_behaviors(records))
        return 1 if messages.count else 0
    result = profile_texts(runs.completion_texts(args.files[0], args.completion_field, messages))
    messages.close()
    result["failed"] = messages.count
    common.print_result(args, io_, result, format_profile(result))
    return 1 if messages.count else 0


def _judge(args: argparse.Namespace, io_: common.Io) -> int:
    if args.judge_model is None:
        msg = "--judge needs --judge-model NAME (the model the server serves)"
        raise runs.UsageError(msg)
    runs.require("httpx", message=HTTPX_HINT)
    from rewardkit import behaviors
    from rewardkit.judge import JudgeConfig, judge_agreement

    settings = common.picked(
        args, "api_key_env", "concurrency", "timeout", "cache_dir", prefix="judge_"
    )
    config = JudgeConfig(url=args.judge, model=args.judge_model, **settings)
    path = args.files[0]
    runs.check_readable([path])
    messages = runs.Messages(io_.stderr)
    texts = list(runs.completion_texts(path, args.completion_field, messages))
    messages.close()
    sample = 200 if args.judge_sample is None else args.judge_sample
    seed = 0 if args.judge_seed is None else args.judge_seed
    report = judge_agreement(texts, behaviors, config, sample=sample, seed=seed)
    common.print_result(args, io_, report.to_dict(), report.format() + "\n")
    return 1 if messages.count or report.rows_failed else 0


#: The title of the ``--judge`` options' group.
JUDGE = "judge (calibrate the behaviour patterns)"

OPTIONS = (
    option(
        "files",
        nargs="+",
        metavar="FILE",
        help="JSONL (.gz allowed), Parquet, or a saved datasets folder; several with --behaviours",
    ),
    option("--format", choices=("table", "json"), default="table"),
    common.out_option("write the profile here (default: stdout)"),
    *common.TEXT_FIELDS,
    option(
        "--behaviours",
        "--behaviors",
        action="store_true",
        help="per file, how many completions show each cognitive behaviour",
    ),
    *common.grouped(
        JUDGE,
        option(
            "--judge",
            metavar="URL",
            help="an OpenAI-compatible server, e.g. http://localhost:8000",
        ),
        option("--judge-model", metavar="NAME", help="the judge model's name"),
        option(
            "--judge-sample",
            type=common.positive_int,
            metavar="K",
            help="completions sampled for the judge (default: 200)",
        ),
        option(
            "--judge-seed",
            type=common.integer,
            metavar="S",
            help="the sampling seed (default: 0)",
        ),
        option(
            "--judge-cache-dir",
            metavar="DIR",
            help="keep the judge's answers in this folder",
        ),
        option(
            "--judge-api-key-env",
            metavar="VAR",
            help="environment variable holding the API key (sent as a bearer token)",
        ),
        option(
            "--judge-concurrency",
            type=common.positive_int,
            default=8,
            metavar="N",
            help="requests in flight at most (default: 8)",
        ),
        option(
            "--judge-timeout",
            type=common.finite_float,
            default=60.0,
            metavar="SECONDS",
            help="seconds a request may take (default: 60)",
        ),
    ),
)

COMMAND = common.Command("profile", run, OPTIONS)
