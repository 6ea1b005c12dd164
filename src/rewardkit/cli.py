"""The ``rewardkit`` command: score, report, profile and filter JSONL files of generations.

A thin client of the library: rewards come from :mod:`rewardkit.registry`, input from
:mod:`rewardkit.jsonl`, scores from :meth:`rewardkit.reward.Reward.score_batch`. Each command's
docstring is its ``--help``. Exit status: 0 when every line was read and scored, 1 when some
line failed (its record says why), 2 for usage errors (unknown reward, bad option, unreadable
file), with a message naming the culprit.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, NoReturn, TextIO

from rewardkit._version import __version__
from rewardkit.errors import ConfigError
from rewardkit.jsonl import Line, open_input, read_lines
from rewardkit.registry import (
    WeightedReward,
    check_unique,
    describe,
    get_preset,
    get_reward,
    load_config,
    preset_names,
)
from rewardkit.scoring import BATCH_SIZE, ScoringPlan, score_lines, weighted_total
from rewardkit.text import completion_text, prompt_text

__all__ = ["DEFAULT_REWARDS", "ScoringPlan", "build_parser", "main", "score_lines"]

#: Rewards ``score`` uses when none is named (those available in this installation).
DEFAULT_REWARDS: tuple[str, ...] = ("boxed_correct", "aha")

#: Record keys the command writes itself; no reward or kept field may use them.
_RESERVED = frozenset({"line", "total", "error"})


class UsageError(Exception):
    """A usage error: reported with the command's usage line, exit status 2."""


# --------------------------------------------------------------------------------------------
# Terminal helpers.


class _Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total_bytes: int | None, enabled: bool) -> None:
        self.stream = stream
        self.total = total_bytes
        self.enabled = enabled and _isatty(stream)
        self.lines = 0
        self.bytes = 0
        self.start = time.monotonic()
        self.shown = 0.0

    def update(self, line: Line) -> None:
        self.lines += 1
        self.bytes += line.size
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown < 0.2:
            return
        self.shown = now
        rate = self.lines / max(now - self.start, 1e-9)
        text = f"\r{self.lines:,} lines  {rate:,.0f}/s"
        if self.total:
            text += f"  {min(100.0, 100.0 * self.bytes / self.total):.0f}%"
        self.stream.write(text + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _file_size(path: str) -> int | None:
    if path == "-" or path.endswith(".gz"):
        return None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


def _number(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if align else cell.ljust(width)
            for cell, width, align in zip(cells, widths, right, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)]) + "\n"


@dataclass
class _Stats:
    """Running mean and counts of one score column."""

    total: float = 0.0
    scored: int = 0
    missing: int = 0

    def add(self, value: float | None) -> None:
        if value is None:
            self.missing += 1
        else:
            self.total += value
            self.scored += 1

    @property
    def mean(self) -> float | None:
        return self.total / self.scored if self.scored else None


# --------------------------------------------------------------------------------------------
# Options shared by the commands.


def _split_fields(text: str) -> tuple[str, ...]:
    fields = tuple(part.strip() for part in text.split(",") if part.strip())
    if not fields:
        msg = f"expected comma-separated field names; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return fields


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive integer; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _finite_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        msg = f"expected a number; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _similarity(text: str) -> float | None:
    if text.lower() in ("none", "off"):
        return None
    value = _finite_float(text)
    if not 0.0 < value <= 1.0:
        msg = f"expected a similarity in (0, 1], or 'off'; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _add_fields(parser: argparse.ArgumentParser, *, answer: bool = True) -> None:
    parser.add_argument(
        "--completion-field",
        default="completion",
        metavar="NAME",
        help="column holding the completion, a string or a message list (default: completion)",
    )
    parser.add_argument(
        "--prompt-field",
        default="prompt",
        metavar="NAME",
        help="column holding the prompt (default: prompt)",
    )
    if answer:
        parser.add_argument(
            "--answer-field",
            metavar="NAME",
            help="column holding the gold answer (default: each reward's own, "
            "'answer' then 'solution')",
        )


def _add_rewards(parser: argparse.ArgumentParser, what: str, *, repeatable: bool = True) -> None:
    parser.add_argument(
        "--reward",
        "-r",
        action="append",
        default=[],
        metavar="SPEC",
        help=f"{what}: a name from 'rewardkit list', optionally configured, e.g. "
        "'overlong_penalty(max_length=1024, buffer=128)'"
        + ("; repeatable" if repeatable else "; at most one"),
    )


def _rewards_from(
    args: argparse.Namespace, *, default: Sequence[str] = DEFAULT_REWARDS
) -> tuple[WeightedReward, ...]:
    items: list[WeightedReward] = []
    preset = getattr(args, "preset", None)
    if preset:
        items.extend(get_preset(preset))
    config = getattr(args, "config", None)
    if config:
        items.extend(load_config(config))
    items.extend(WeightedReward(get_reward(spec)) for spec in args.reward)
    if not items:
        items = [WeightedReward(get_reward(name)) for name in _default_names(default)]
    return _finish_rewards(items, getattr(args, "answer_field", None))


def _default_names(default: Sequence[str]) -> list[str]:
    from rewardkit.registry import available_rewards

    known = available_rewards()
    names = [name for name in default if name in known]
    if not names:
        msg = (
            f"no reward given and the default rewards ({', '.join(default)}) are not "
            "available; name one with --reward (see 'rewardkit list')"
        )
        raise ConfigError(msg)
    return names


def _finish_rewards(
    items: Sequence[WeightedReward], answer_field: str | None
) -> tuple[WeightedReward, ...]:
    if answer_field:
        items = [
            replace(item, reward=item.reward.configure(name=item.reward.name, gold=(answer_field,)))
            if item.reward.gold
            else item
            for item in items
        ]
    check_unique(items)
    for item in items:
        if item.reward.name in _RESERVED:
            msg = f"reward name {item.reward.name!r} clashes with a key the record has already"
            raise ConfigError(msg)
    return tuple(items)


@contextmanager
def _output(path: str | None, stdout: TextIO, inputs: Sequence[str] = ()) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield stdout
        return
    file = Path(path)
    for source in inputs:
        if source != "-" and file.exists() and file.samefile(source):
            msg = f"--out {path!r} is the input file: it would be overwritten before it is read"
            raise UsageError(msg)
    try:
        if file.name.endswith(".gz"):
            stream: TextIO = gzip.open(file, "wt", encoding="utf-8")  # noqa: SIM115
        else:
            stream = file.open("w", encoding="utf-8")
    except OSError as error:
        msg = f"cannot write {path!r}: {error.strerror or error}"
        raise UsageError(msg) from None
    with stream:
        yield stream


def _check_readable(paths: Sequence[str]) -> None:
    for path in paths:
        if path == "-":
            continue
        try:
            with open_input(path) as stream:
                stream.read(0)
        except OSError as error:
            msg = f"cannot read {path!r}: {error.strerror or error}"
            raise UsageError(msg) from None


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dumps(record: Mapping[str, object]) -> str:
    return _ENCODER.encode(record)


def _lines(path: str, progress: _Progress | None = None) -> Iterator[Line]:
    with open_input(path) as stream:
        for line in read_lines(stream):
            if progress is not None:
                progress.update(line)
            yield line


# --------------------------------------------------------------------------------------------
# Commands.


@dataclass
class _Io:
    stdout: TextIO
    stderr: TextIO


def cmd_score(args: argparse.Namespace, io_: _Io) -> int:
    r"""Score every line of a JSONL file of generations; one JSON record per line.

    Each input line is a JSON object with a completion (a string or a message list), a gold
    answer for the rewards that need one, and anything else. Each output line holds the input
    line number, every reward's score under the reward's name (null: not applicable), the
    weighted total and the --keep fields. A line that is not JSON or lacks a needed column
    gets a record with an "error" naming the line and the problem, and the exit status is 1.
    A summary table (mean of each reward, counts) goes to stderr.

    Without --reward/--config/--preset the rewards are boxed_correct (the last \boxed{}
    answer is equivalent to the gold answer) and aha (a reflection phrase), weight 1 each.

    Examples:
      rewardkit score examples/completions.jsonl --keep answer
      rewardkit score gens.jsonl.gz -r aha -r 'overlong_penalty(max_length=1024, buffer=256)'
      rewardkit score gens.jsonl --preset aha_grpo --keep prompt,answer --out scores.jsonl
      zcat gens.jsonl.gz | rewardkit score - --config rewards.toml --workers 2
    """
    rewards = _rewards_from(args)
    keep: tuple[str, ...] = args.keep or ()
    clash = [
        name for name in keep if name in _RESERVED or any(name == r.reward.name for r in rewards)
    ]
    if clash:
        msg = f"--keep field {clash[0]!r} clashes with a key of the output record"
        raise UsageError(msg)
    plan = ScoringPlan(rewards, args.completion_field, args.prompt_field)
    _check_readable([args.file])
    names = [item.reward.name for item in rewards]
    stats = {name: _Stats() for name in [*names, "total"]}
    failed = 0
    progress = _Progress(io_.stderr, _file_size(args.file), not args.quiet)
    with _output(args.out, io_.stdout, [args.file]) as out:
        try:
            lines = _lines(args.file, progress)
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
                out.write(_dumps(record) + "\n")
        finally:
            progress.close()
    if not args.quiet:
        io_.stderr.write(_score_summary(stats, failed))
    return 1 if failed else 0


def _score_summary(stats: Mapping[str, _Stats], failed: int) -> str:
    rows = [[name, _number(s.mean), str(s.scored), str(s.missing)] for name, s in stats.items()]
    scored = stats["total"].scored + stats["total"].missing
    text = _table(["reward", "mean", "scored", "n/a"], rows, [False, True, True, True])
    return text + f"{scored + failed} lines: {scored} scored, {failed} failed\n"


# -- report ----------------------------------------------------------------------------------

_STEP = re.compile(r"(\d+)")


def step_from_name(path: str) -> int | None:
    """The checkpoint step in a file name: its last integer, ignoring the suffixes.

    Examples:
        >>> step_from_name("runs/ckpt-200.jsonl"), step_from_name("step_1500.jsonl.gz")
        (200, 1500)
        >>> step_from_name("final.jsonl") is None
        True
    """
    name = Path(path).name
    for suffix in (".gz", ".jsonl", ".json", ".ndjson", ".txt"):
        name = name.removesuffix(suffix)
    numbers = _STEP.findall(name)
    return int(numbers[-1]) if numbers else None


@dataclass
class _Group:
    file: str
    step: object
    count: int = 0
    errors: int = 0
    correct: int = 0
    reflection: int = 0
    both: int = 0
    means: dict[str, _Stats] = field(default_factory=dict)


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _report_record(group: _Group, extra: Sequence[str]) -> dict[str, object]:
    record: dict[str, object] = {
        "file": group.file,
        "step": group.step,
        "count": group.count,
        "errors": group.errors,
        "correct": group.correct,
        "correct_pct": _percent(group.correct, group.count),
        "reflection": group.reflection,
        "reflection_pct": _percent(group.reflection, group.count),
        "correct_reflection": group.both,
        "correct_reflection_pct": _percent(group.both, group.count),
    }
    for name in extra:
        mean = group.means[name].mean
        record[f"mean {name}"] = None if mean is None else round(mean, 4)
    return record


def cmd_report(args: argparse.Namespace, io_: _Io) -> int:
    """Summarise files of generations (e.g. one per checkpoint), one row per file.

    Columns: count of scored rows, failed lines, rows counted correct (the --correct reward,
    default boxed_correct, scores above 0), rows with reflection (the --reflection reward,
    default aha, scores above 0), rows with both — counts and percentages of count — and the
    mean of each --reward. The step is the last integer of the file name (ckpt-200.jsonl:
    200), or the value of --step-field, which makes one row per step value within a file.
    Rows are sorted by step (ckpt-20 before ckpt-100); rows without a step come last.
    --plot draws the percentages (and means) against the step; it needs matplotlib
    (pip install 'rewardkit[plot]').

    Examples:
      rewardkit report ckpt-100.jsonl ckpt-200.jsonl ckpt-300.jsonl --format markdown
      rewardkit report run/*.jsonl.gz -r 'overlong_penalty(max_length=4096, buffer=512)'
      rewardkit report ckpt-*.jsonl --plot aha.png
    """
    _check_readable(args.files)
    if args.plot:
        _require_matplotlib()
    correct = get_reward(args.correct)
    reflection = get_reward(args.reflection)
    extra = [WeightedReward(get_reward(spec)) for spec in args.reward]
    items = [WeightedReward(correct), WeightedReward(reflection), *extra]
    unique = list({item.reward.name: item for item in items}.values())
    rewards = _finish_rewards(unique, args.answer_field)
    plan = ScoringPlan(rewards, args.completion_field, args.prompt_field)
    extra_names = [item.reward.name for item in extra]
    correct_name, reflection_name = correct.name, reflection.name
    groups: list[_Group] = []
    failed = 0
    for path in args.files:
        by_step: dict[object, _Group] = {}
        file_step = None if args.step_field else step_from_name(path)
        for line, scores, error in score_lines(
            _lines(path), plan, workers=args.workers, batch_size=args.batch_size
        ):
            step: object = file_step
            if args.step_field:
                value = (line.record or {}).get(args.step_field)
                step = value if isinstance(value, (int, float, str)) else None
            group = by_step.get(step)
            if group is None:
                group = _Group(path, step, means={n: _Stats() for n in extra_names})
                by_step[step] = group
            if error is not None or scores is None:
                group.errors += 1
                failed += 1
                continue
            group.count += 1
            is_correct = (scores.get(correct_name) or 0.0) > 0.0
            reflects = (scores.get(reflection_name) or 0.0) > 0.0
            group.correct += is_correct
            group.reflection += reflects
            group.both += is_correct and reflects
            for name in extra_names:
                group.means[name].add(scores.get(name))
        if not by_step:
            by_step[file_step] = _Group(path, file_step, means={n: _Stats() for n in extra_names})
        groups.extend(by_step.values())
    groups.sort(key=lambda g: _step_key(g.step))  # stable: files without a step keep their order
    records = [_report_record(group, extra_names) for group in groups]
    with _output(args.out, io_.stdout) as out:
        out.write(_format_report(records, args.format))
    if args.plot:
        _plot(records, extra_names, args.plot)
        io_.stderr.write(f"wrote {args.plot}\n")
    return 1 if failed else 0


def _step_key(step: object) -> tuple[int, float, str]:
    if step is None:
        return (2, 0.0, "")
    if isinstance(step, (int, float)):
        return (0, float(step), "")
    return (1, 0.0, str(step))


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) and abs(value) < 1e15 else f"{value:.4g}"
    return str(value)


def _format_report(records: Sequence[Mapping[str, object]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        keys = list(records[0]) if records else ["file"]
        writer = csv.DictWriter(buffer, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({k: "" if v is None else v for k, v in record.items()})
        return buffer.getvalue()
    header = ["file", "step", "count", "errors", "correct", "reflection", "correct+reflection"]
    means = [key for key in (records[0] if records else {}) if key.startswith("mean ")]
    header += means
    rows = []
    for record in records:
        row = [_cell(record["file"]), _cell(record["step"]), _cell(record["count"])]
        row.append(_cell(record["errors"]))
        for key in ("correct", "reflection", "correct_reflection"):
            pct = record[f"{key}_pct"]
            row.append(f"{record[key]} ({_cell(pct)}%)" if pct is not None else f"{record[key]}")
        row += [_cell(record[key]) for key in means]
        rows.append(row)
    right = [False] + [True] * (len(header) - 1)
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |"]
        lines.append("|" + "|".join("---:" if r else "---" for r in right) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    return _table(header, rows, right)


def _require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401 - optional extra
    except ImportError:
        msg = "--plot needs matplotlib: pip install 'rewardkit[plot]'"
        raise UsageError(msg) from None


def _float(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else math.nan


def _plot(records: Sequence[Mapping[str, object]], means: Sequence[str], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = [record["step"] for record in records]
    numeric = all(isinstance(s, (int, float)) for s in steps)
    xs: list[float] = [float(s) for s in steps] if numeric else list(range(len(records)))  # type: ignore[arg-type]
    panels = 2 if means else 1
    figure, axes = plt.subplots(panels, 1, figsize=(7, 3.2 * panels), sharex=True, squeeze=False)
    top = axes[0][0]
    for key, label in (
        ("correct_pct", "correct"),
        ("reflection_pct", "has reflection"),
        ("correct_reflection_pct", "correct and reflection"),
    ):
        ys = [_float(r[key]) for r in records]
        top.plot(xs, ys, marker="o", label=label)
    top.set_ylabel("% of completions")
    top.set_ylim(-3, 103)
    top.legend(loc="best", fontsize="small")
    top.grid(alpha=0.3)
    if means:
        bottom = axes[1][0]
        for name in means:
            ys = [_float(r[f"mean {name}"]) for r in records]
            bottom.plot(xs, ys, marker="o", label=name)
        bottom.set_ylabel("mean reward")
        bottom.legend(loc="best", fontsize="small")
        bottom.grid(alpha=0.3)
    last = axes[-1][0]
    if numeric:
        last.set_xlabel("step")
    else:
        last.set_xticks(xs, [Path(str(r["file"])).name for r in records], rotation=30, ha="right")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


# -- profile ---------------------------------------------------------------------------------


def _percentiles(values: array[int]) -> dict[str, float | int | None]:
    if not values:
        return dict.fromkeys(("min", "p10", "p50", "p90", "max", "mean"))
    ordered = sorted(values)
    n = len(ordered)

    def at(q: float) -> int:
        return ordered[min(n - 1, int(q * (n - 1) + 0.5))]

    return {
        "min": ordered[0],
        "p10": at(0.1),
        "p50": at(0.5),
        "p90": at(0.9),
        "max": ordered[-1],
        "mean": round(sum(ordered) / n, 1),
    }


def cmd_profile(args: argparse.Namespace, io_: _Io) -> int:
    """Profile a file of generations: reflection, answer extraction and length.

    Three tables: how many completions use each reflection keyword and cognitive behaviour
    (rewardkit.reflect.profile: texts in which it occurs, their share, total occurrences),
    how the final answer was found (boxed / phrase / gsm8k / math / number / none, by
    rewardkit.extract.extract_answer_with_source), and the length distribution in
    characters and whitespace-separated words (min, p10, median, p90, max, mean). Lines that
    are not JSON or lack the completion column are reported on stderr (exit status 1).

    Examples:
      rewardkit profile examples/completions.jsonl
      rewardkit profile ckpt-300.jsonl.gz --format json --out profile.json
    """
    _check_readable([args.file])
    # Imported here: only ``profile`` builds the profile tables (import cost, issue 13.6).
    from rewardkit.extract import extract_answer_with_source
    from rewardkit.reflect import profile as reflection_profile

    sources: Counter[str] = Counter()
    chars: array[int] = array("q")
    words: array[int] = array("q")
    failed = 0

    def texts() -> Iterator[str]:
        nonlocal failed
        for line in _lines(args.file):
            row = line.record
            if row is None or args.completion_field not in row:
                failed += 1
                missing = f"line {line.number}: missing column {args.completion_field!r}"
                io_.stderr.write((line.error or missing) + "\n")
                continue
            text = completion_text(row[args.completion_field])
            chars.append(len(text))
            words.append(len(text.split()))
            sources[extract_answer_with_source(text)[1]] += 1
            yield text

    reflection = reflection_profile(texts()).to_dict()
    result: dict[str, object] = {
        "count": len(chars),
        "failed": failed,
        "reflection": reflection,
        "answers": dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
        "length_chars": _percentiles(chars),
        "length_words": _percentiles(words),
    }
    with _output(args.out, io_.stdout) as out:
        if args.format == "json":
            out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(_profile_text(result))
    return 1 if failed else 0


def _features_table(reflection: Mapping[str, object], count: int) -> str:
    features = reflection.get("features")
    rows = []
    for feature in features if isinstance(features, list) else []:
        if isinstance(feature, Mapping) and feature.get("occurrences"):
            texts = int(feature.get("texts") or 0)
            rows.append(
                (
                    feature.get("kind") != "behavior",
                    -texts,
                    str(feature.get("name")),
                    str(feature.get("kind")),
                    str(texts),
                    f"{_cell(_percent(texts, count))}%",
                    str(feature.get("occurrences")),
                )
            )
    rows.sort()
    aha = int(reflection.get("aha") or 0)  # type: ignore[call-overload]
    mean = reflection.get("reflection_mean")
    head = (
        f"aha on {aha} ({_cell(_percent(aha, count))}%), mean reflection score "
        f"{_number(mean if isinstance(mean, float) else None)}\n"
    )
    table = _table(
        ["reflection", "kind", "texts", "share", "count"],
        [list(row[2:]) for row in rows],
        [False, False, True, True, True],
    )
    return head + table


def _profile_text(result: Mapping[str, object]) -> str:
    count = result["count"]
    assert isinstance(count, int)
    parts = [f"{count} completions, {result['failed']} failed lines\n\n"]
    reflection = result["reflection"]
    if isinstance(reflection, Mapping):
        parts.append(_features_table(reflection, count))
    else:
        parts.append("reflection: rewardkit.reflect.profile is not available\n")
    answers = result["answers"]
    if isinstance(answers, Mapping):
        rows = [[str(k), str(v), f"{_cell(_percent(int(v), count))}%"] for k, v in answers.items()]
        parts.append(
            "\n" + _table(["answer found by", "count", "share"], rows, [False, True, True])
        )
    else:
        parts.append("\nanswers: rewardkit.extract.extract_answer_with_source is not available\n")
    rows = []
    for key, label in (("length_chars", "characters"), ("length_words", "words")):
        stats = result[key]
        assert isinstance(stats, Mapping)
        rows.append(
            [label, *(_cell(stats[k]) for k in ("min", "p10", "p50", "p90", "max", "mean"))]
        )
    header = ["length", "min", "p10", "p50", "p90", "max", "mean"]
    parts.append("\n" + _table(header, rows, [False] + [True] * 6))
    return "".join(parts)


# -- filter ----------------------------------------------------------------------------------


def _as_messages(value: object, role: str) -> list[object]:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, Mapping):
        return [dict(value)]
    return [{"role": role, "content": value if isinstance(value, str) else completion_text(value)}]


def _is_duplicate(text: str, kept: Sequence[str], threshold: float | None) -> bool:
    if threshold is None:
        return False
    from rapidfuzz.fuzz import ratio

    cutoff = threshold * 100.0
    return any(ratio(text, other, score_cutoff=cutoff) >= cutoff for other in kept)


def cmd_filter(args: argparse.Namespace, io_: _Io) -> int:
    """Keep the good completions, for STaR/RFT-style fine-tuning (or DPO pairs with --pairs).

    A completion passes when the --reward (default boxed_correct) scores at least
    --threshold (default 1.0). Within each prompt, a completion whose similarity to one
    already kept (rapidfuzz ratio, 0-1) is at least --dedupe (default 0.9; 'off' keeps all)
    is dropped, and at most --max-per-prompt are kept. Output is JSONL ready for SFT:
    {"prompt", "completion"} as in the input (strings or message lists), or {"messages"} with
    --format messages, plus the --keep fields.

    With --pairs: for each prompt, (prompt, chosen, rejected) records for DPO or verifier
    training, chosen from the passing and rejected from the failing completions (each
    deduplicated): pair k is (chosen[k mod C], rejected[k mod R]) for k < max(C, R), capped by
    --max-per-prompt. Prompts appear in order of first appearance. --pairs holds the kept
    texts in memory until the end of the input.

    Examples:
      rewardkit filter gens.jsonl --out sft.jsonl --max-per-prompt 4
      rewardkit filter gens.jsonl --pairs --out dpo.jsonl
      rewardkit filter gens.jsonl -r 'answer_correct' --threshold 1 --dedupe 0.8 --format messages
    """
    specs = args.reward or ["boxed_correct"]
    if len(specs) > 1:
        msg = f"filter takes one --reward; got {len(specs)}: {', '.join(specs)}"
        raise UsageError(msg)
    rewards = _finish_rewards([WeightedReward(get_reward(specs[0]))], args.answer_field)
    name = rewards[0].reward.name
    plan = ScoringPlan(
        rewards, args.completion_field, args.prompt_field, required=(args.prompt_field,)
    )
    _check_readable([args.file])
    keep: tuple[str, ...] = args.keep or ()
    counts: Counter[str] = Counter()
    groups: dict[str, tuple[list[str], list[str]]] = {}
    pair_rows: dict[str, tuple[object, list[Mapping[str, object]], list[Mapping[str, object]]]] = {}
    errors: list[str] = []
    with _output(args.out, io_.stdout, [args.file]) as out:
        for line, scores, error in score_lines(
            _lines(args.file), plan, workers=args.workers, batch_size=args.batch_size
        ):
            if error is not None or scores is None or line.record is None:
                counts["failed"] += 1
                if len(errors) < 10:
                    errors.append(error or f"line {line.number}: unreadable")
                continue
            row = line.record
            counts["read"] += 1
            value = scores.get(name)
            key = prompt_text(row[args.prompt_field])
            text = completion_text(row[args.completion_field])
            passed = value is not None and value >= args.threshold
            if value is None:
                counts["not applicable"] += 1
                continue
            if not args.pairs and not passed:
                counts["below threshold"] += 1
                continue
            kept_pass, kept_fail = groups.setdefault(key, ([], []))
            kept = kept_pass if passed else kept_fail
            if _is_duplicate(text, kept, args.dedupe):
                counts["near-duplicates"] += 1
                continue
            if not args.pairs:
                if args.max_per_prompt is not None and len(kept) >= args.max_per_prompt:
                    counts["over --max-per-prompt"] += 1
                    continue
                kept.append(text)
                counts["kept"] += 1
                out.write(_dumps(_sft_record(row, args, keep)) + "\n")
                continue
            kept.append(text)
            prompt, chosen, rejected = pair_rows.setdefault(key, (row[args.prompt_field], [], []))
            (chosen if passed else rejected).append(row)
        if args.pairs:
            for prompt, chosen, rejected in pair_rows.values():
                n = max(len(chosen), len(rejected)) if chosen and rejected else 0
                if args.max_per_prompt is not None:
                    n = min(n, args.max_per_prompt)
                for k in range(n):
                    good, bad = chosen[k % len(chosen)], rejected[k % len(rejected)]
                    out.write(_dumps(_pair_record(prompt, good, bad, args, keep)) + "\n")
                    counts["pairs"] += 1
    for message in errors:
        io_.stderr.write(message + "\n")
    if not args.quiet:
        io_.stderr.write(_filter_summary(counts, args.pairs, len(groups)))
    return 1 if counts["failed"] else 0


def _sft_record(
    row: Mapping[str, object], args: argparse.Namespace, keep: Sequence[str]
) -> dict[str, object]:
    prompt, completion = row[args.prompt_field], row[args.completion_field]
    record: dict[str, object]
    if args.format == "messages":
        record = {"messages": _as_messages(prompt, "user") + _as_messages(completion, "assistant")}
    else:
        record = {"prompt": prompt, "completion": completion}
    record.update({name: row.get(name) for name in keep})
    return record


def _pair_record(
    prompt: object,
    good: Mapping[str, object],
    bad: Mapping[str, object],
    args: argparse.Namespace,
    keep: Sequence[str],
) -> dict[str, object]:
    record: dict[str, object] = {
        "prompt": prompt,
        "chosen": good[args.completion_field],
        "rejected": bad[args.completion_field],
    }
    if args.format == "messages":
        record = {
            "prompt": _as_messages(prompt, "user"),
            "chosen": _as_messages(record["chosen"], "assistant"),
            "rejected": _as_messages(record["rejected"], "assistant"),
        }
    record.update({name: good.get(name) for name in keep})
    return record


def _filter_summary(counts: Counter[str], pairs: bool, prompts: int) -> str:
    dropped = ", ".join(
        f"{counts[key]} {key}"
        for key in ("below threshold", "not applicable", "near-duplicates", "over --max-per-prompt")
        if counts[key]
    )
    if pairs:
        head = f"wrote {counts['pairs']} pairs from {counts['read']} rows ({prompts} prompts)"
    else:
        head = f"kept {counts['kept']} of {counts['read']} rows ({prompts} prompts)"
    tail = f"; dropped {dropped}" if dropped else ""
    return f"{head}{tail}; {counts['failed']} failed lines\n"


# -- list ------------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, io_: _Io) -> int:  # noqa: ARG001 - same signature for all
    """List every reward (and reward factory) with its one-line rule, then the presets.

    A name can be passed to --reward as is; a factory, listed as name(...), is called with
    keyword arguments, e.g. --reward 'overlong_penalty(max_length=1024, buffer=128)'.

    Examples:
      rewardkit list
    """
    rows = [[name, rule] for name, rule in describe()]
    if rows:
        io_.stdout.write(_table(["reward", "rule"], rows, [False, False]))
    else:
        io_.stdout.write("no rewards are installed\n")
    presets = preset_names()
    if presets:
        io_.stdout.write(f"\npresets (--preset NAME): {', '.join(presets)}\n")
    return 0


# --------------------------------------------------------------------------------------------
# The parser.


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _command(
    subparsers: argparse._SubParsersAction[_Parser],
    name: str,
    function: Callable[[argparse.Namespace, _Io], int],
) -> _Parser:
    doc = function.__doc__ or ""
    summary, _, body = doc.partition("\n")
    parser = subparsers.add_parser(
        name,
        help=summary.strip(),
        description=summary.strip() + "\n\n" + _dedent(body),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(command=function)
    return parser


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="score with N processes (default: 1); results are identical and in order",
    )
    parser.add_argument(
        "--batch-size",
        type=_positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"rows scored together (default: {BATCH_SIZE})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``rewardkit`` argument parser (one subcommand per command)."""
    parser = _Parser(
        prog="rewardkit",
        description="Score, report, profile and filter JSONL files of model generations.",
        epilog="example: rewardkit score examples/completions.jsonl\n"
        "run 'rewardkit COMMAND --help' for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rewardkit {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    score = _command(subparsers, "score", cmd_score)
    score.add_argument("file", metavar="FILE", help="JSONL file (.gz allowed), or - for stdin")
    _add_rewards(score, "reward to score with")
    score.add_argument("--config", metavar="FILE", help="TOML or JSON file of rewards and weights")
    score.add_argument("--preset", metavar="NAME", help="a preset's rewards and weights")
    score.add_argument("--out", "-o", metavar="FILE", help="write records here (default: stdout)")
    score.add_argument(
        "--keep",
        type=_split_fields,
        metavar="A,B",
        help="input fields copied into each record, e.g. prompt,answer",
    )
    _add_fields(score)
    _add_run_options(score)
    score.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")

    report = _command(subparsers, "report", cmd_report)
    report.add_argument("files", nargs="+", metavar="FILE", help="JSONL files (.gz allowed)")
    _add_rewards(report, "reward whose mean is reported")
    report.add_argument(
        "--correct", default="boxed_correct", metavar="SPEC", help="correctness reward"
    )
    report.add_argument("--reflection", default="aha", metavar="SPEC", help="reflection reward")
    report.add_argument("--format", choices=("table", "csv", "json", "markdown"), default="table")
    report.add_argument("--plot", metavar="PNG", help="draw the series against the step")
    report.add_argument("--step-field", metavar="NAME", help="column holding the step")
    report.add_argument("--out", "-o", metavar="FILE", help="write the report here")
    _add_fields(report)
    _add_run_options(report)

    profile = _command(subparsers, "profile", cmd_profile)
    profile.add_argument("file", metavar="FILE", help="JSONL file (.gz allowed), or - for stdin")
    profile.add_argument("--format", choices=("table", "json"), default="table")
    profile.add_argument("--out", "-o", metavar="FILE", help="write the profile here")
    _add_fields(profile, answer=False)

    filter_ = _command(subparsers, "filter", cmd_filter)
    filter_.add_argument("file", metavar="FILE", help="JSONL file (.gz allowed), or - for stdin")
    _add_rewards(filter_, "reward deciding what passes (default: boxed_correct)", repeatable=False)
    filter_.add_argument(
        "--threshold", type=_finite_float, default=1.0, help="pass mark (default: 1.0)"
    )
    filter_.add_argument(
        "--dedupe",
        type=_similarity,
        default=0.9,
        metavar="SIM",
        help="drop completions at least this similar to a kept one of the same prompt "
        "(default: 0.9; 'off' to keep all)",
    )
    filter_.add_argument("--max-per-prompt", type=_positive_int, metavar="K")
    filter_.add_argument("--pairs", action="store_true", help="write (prompt, chosen, rejected)")
    filter_.add_argument(
        "--format", choices=("prompt-completion", "messages"), default="prompt-completion"
    )
    filter_.add_argument(
        "--keep", type=_split_fields, metavar="A,B", help="input fields copied into each record"
    )
    filter_.add_argument("--out", "-o", metavar="FILE", help="write here (default: stdout)")
    _add_fields(filter_)
    _add_run_options(filter_)
    filter_.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")

    _command(subparsers, "list", cmd_list)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the ``rewardkit`` command line; return its exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdout: where records and reports go (default: ``sys.stdout``).
        stderr: where progress, summaries and errors go (default: ``sys.stderr``).

    Returns:
        0 when every line was scored, 1 when some line failed, 2 for a usage error.
    """
    io_ = _Io(stdout or sys.stdout, stderr or sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2
    command = getattr(args, "command", None)
    if command is None:
        parser.print_help(io_.stderr)
        return 2
    prog = f"rewardkit {command.__name__.removeprefix('cmd_')}"
    try:
        return int(command(args, io_))
    except (UsageError, ConfigError) as error:
        io_.stderr.write(f"{prog}: error: {error}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (``rewardkit score big.jsonl | head``): stop quietly.
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        io_.stderr.write(f"\n{prog}: interrupted\n")
        return 130


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
