"""``rewardkit profile``: reflection phrases, answer sources and lengths of a file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

from rewardkit.cli._common import (
    Command,
    Io,
    Messages,
    add_fields,
    add_input,
    add_out,
    check_columns,
    check_readable,
    output,
    parsed,
    read,
    write,
)
from rewardkit.report import format_profile, profile_texts
from rewardkit.scoring import ScoringPlan
from rewardkit.text import completion_text


def run(args: argparse.Namespace, io_: Io) -> int:
    """Profile a file of generations: reflection, answer extraction and length.

    Three tables: how many completions use each reflection keyword and cognitive behaviour
    (rewardkit.reflect.profile: texts in which it occurs, their share, total occurrences),
    how the final answer was found (boxed / phrase / gsm8k / math / number / none, by
    rewardkit.extract.extract_answer_with_source), and the length distribution in
    characters and whitespace-separated words (min, p10, median, p90, max, mean). Lines that
    are not JSON or lack the completion column are reported on stderr (the first 10, then a
    count; exit status 1). The input is JSONL (.gz allowed), Parquet or a saved datasets
    folder (pyarrow needed for the last two: pip install pyarrow).

    Examples:
      rewardkit profile examples/completions.jsonl
      rewardkit profile ckpt-300.jsonl.gz --format json --out profile.json
    """
    check_readable([args.file])
    field = args.completion_field
    messages = Messages(io_.stderr)

    def texts() -> Iterator[str]:
        for item in check_columns(read(args.file), args.file, ScoringPlan((), field)):
            line = parsed(item)
            row = line.record
            if row is None or field not in row:
                messages.add(line.error or f"line {line.number}: missing column {field!r}")
                continue
            yield completion_text(row[field])

    result = profile_texts(texts())
    messages.close()
    result["failed"] = messages.count
    with output(args.out, io_.stdout) as out:
        if args.format == "json":
            write(out, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            write(out, format_profile(result))
    return 1 if messages.count else 0


def arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``profile``."""
    add_input(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    add_out(parser, "write the profile here (default: stdout)")
    add_fields(parser, answer=False)


COMMAND = Command("profile", run, arguments)
