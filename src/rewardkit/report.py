"""Summaries of scored generations: per-checkpoint reports and text profiles (no I/O).

The library half of ``rewardkit report`` and ``rewardkit profile``; scripts and notebooks use
it directly:

- :func:`step_from_name`: the training step in a checkpoint-style file name, or ``None``.
- :class:`Report`: add one row's scores at a time, grouped by (file, step); :meth:`Report.records`
  returns one plain dict per group, sorted by step.
- :func:`format_report`: those records as a table, Markdown, CSV or JSON text.
- :func:`plot_report`: the same records drawn with matplotlib (the ``plot`` extra).
- :func:`profile_texts` / :func:`format_profile`: reflection phrases, answer sources and
  length percentiles of a stream of completions.
- :func:`behavior_records` / :func:`format_behaviors`: per-file behaviour counts side by side
  (``rewardkit profile --behaviours``).
- :func:`text_table`: the aligned plain-text tables every command prints.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rewardkit.reflect.profiling import Profile

__all__ = [
    "Report",
    "RunningMean",
    "behavior_records",
    "format_behaviors",
    "format_profile",
    "format_report",
    "plot_report",
    "profile_texts",
    "reward_catalogue",
    "step_from_name",
    "text_table",
]

#: Checkpoint-style names: ``ckpt-100``, ``checkpoint_200``, ``step-300``, ``global_step300``.
_CHECKPOINT = re.compile(
    r"(?:^|[^a-z0-9])(?:global[-_]?step|checkpoint|ckpt|step)[-_]?(\d+)(?![0-9])", re.IGNORECASE
)
_SUFFIXES = (".gz", ".jsonl", ".json", ".ndjson", ".txt")


def step_from_name(path: str) -> int | None:
    """The training step in a checkpoint-style file name, or ``None``.

    Only ``ckpt``, ``checkpoint``, ``step`` and ``global_step`` followed by an integer
    (optionally after ``-`` or ``_``) count, at the start of the name or after a separator;
    the last such match wins. Other digits (``llama3-8b``, ``v2``) are never read as a step.

    Examples:
        >>> step_from_name("runs/ckpt-200.jsonl"), step_from_name("step_1500.jsonl.gz")
        (200, 1500)
        >>> step_from_name("run1/checkpoint-300.jsonl"), step_from_name("global_step300.jsonl")
        (300, 300)
        >>> step_from_name("llama3-8b.jsonl") is None, step_from_name("final.jsonl") is None
        (True, True)
    """
    name = Path(path).name
    for suffix in _SUFFIXES:
        name = name.removesuffix(suffix)
    matches = _CHECKPOINT.findall(name)
    return int(matches[-1]) if matches else None


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool]) -> str:
    """An aligned plain-text table; ``right[i]`` right-aligns column ``i``.

    Examples:
        >>> print(text_table(["name", "n"], [["a", "10"], ["bb", "2"]], [False, True]), end="")
        name   n
        a     10
        bb     2
    """
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if align else cell.ljust(width)
            for cell, width, align in zip(cells, widths, right, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)]) + "\n"


def _number(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) and abs(value) < 1e15 else f"{value:.4g}"
    return str(value)


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


@dataclass
class RunningMean:
    """Running mean and counts of one score column (``None``: not applicable).

    Examples:
        >>> mean = RunningMean()
        >>> for value in (1.0, None, 0.5):
        ...     mean.add(value)
        >>> mean.mean, mean.scored, mean.missing
        (0.75, 2, 1)
    """

    total: float = 0.0
    scored: int = 0
    missing: int = 0

    def add(self, value: float | None) -> None:
        """Count one score."""
        if value is None:
            self.missing += 1
        else:
            self.total += value
            self.scored += 1

    @property
    def mean(self) -> float | None:
        """The mean of the scores counted, ``None`` before the first."""
        return self.total / self.scored if self.scored else None


@dataclass
class _Group:
    file: str
    label: str
    step: object
    count: int = 0
    errors: int = 0
    correct: int = 0
    reflection: int = 0
    both: int = 0
    means: dict[str, RunningMean] = field(default_factory=dict)


class Report:
    """Accumulate scored rows into one summary row per (file, step).

    Args:
        correct: the reward whose score above 0 counts a row as correct.
        reflection: the reward whose score above 0 counts a row as reflecting.
        means: rewards whose mean is reported.

    Examples:
        >>> report = Report("boxed_correct", "aha", means=("aha",))
        >>> for scores in ({"boxed_correct": 1.0, "aha": 0.0}, {"boxed_correct": 0.0, "aha": 1.0}):
        ...     report.add("ckpt-100.jsonl", scores, step=100)
        >>> report.add("ckpt-100.jsonl", None, step=100)
        >>> [record] = report.records()
        >>> record["step"], record["count"], record["errors"], record["correct_pct"]
        (100, 2, 1, 50.0)
        >>> record["label"], record["mean aha"]
        ('ckpt-100.jsonl', 0.5)
    """

    def __init__(self, correct: str, reflection: str, *, means: Sequence[str] = ()) -> None:
        """Start an empty report."""
        self.correct = correct
        self.reflection = reflection
        self.means = tuple(means)
        self._groups: dict[tuple[str, object], _Group] = {}

    def start(self, file: str, *, step: object = None, label: str | None = None) -> None:
        """Make sure ``file`` has a row even when it holds no line (an empty file)."""
        self._group(file, step, label)

    def _group(self, file: str, step: object, label: str | None) -> _Group:
        group = self._groups.get((file, step))
        if group is None:
            means = {name: RunningMean() for name in self.means}
            group = _Group(file, label or Path(file).name, step, means=means)
            self._groups[(file, step)] = group
        return group

    def add(
        self,
        file: str,
        scores: Mapping[str, float | None] | None,
        *,
        step: object = None,
        label: str | None = None,
    ) -> None:
        """Count one row of ``file``: its scores, or ``None`` for a line that failed.

        Args:
            file: the file the row came from.
            scores: the row's scores by reward name, ``None`` when the line failed.
            step: the row's step (e.g. :func:`step_from_name` of ``file``; ``None``: none).
            label: the row's label (default: the file's name).
        """
        group = self._group(file, step, label)
        if scores is None:
            group.errors += 1
            return
        group.count += 1
        is_correct = (scores.get(self.correct) or 0.0) > 0.0
        reflects = (scores.get(self.reflection) or 0.0) > 0.0
        group.correct += is_correct
        group.reflection += reflects
        group.both += is_correct and reflects
        for name in self.means:
            group.means[name].add(scores.get(name))

    def records(self) -> list[dict[str, object]]:
        """One record per group, sorted by step (numbers, then text, then no step).

        Groups with the same step keep the order in which they were first seen.
        """
        groups = sorted(self._groups.values(), key=lambda g: _step_key(g.step))
        return [self._record(group) for group in groups]

    def _record(self, group: _Group) -> dict[str, object]:
        record: dict[str, object] = {
            "file": group.file,
            "label": group.label,
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
        for name in self.means:
            mean = group.means[name].mean
            record[f"mean {name}"] = None if mean is None else round(mean, 4)
        return record


def _step_key(step: object) -> tuple[int, float, str]:
    if step is None:
        return (2, 0.0, "")
    if isinstance(step, (int, float)) and not isinstance(step, bool):
        return (0, float(step), "")
    return (1, 0.0, str(step))


def format_report(records: Sequence[Mapping[str, object]], fmt: str = "table") -> str:
    """Report records as text: ``"table"``, ``"markdown"``, ``"csv"`` or ``"json"``.

    Examples:
        >>> report = Report("c", "r")
        >>> report.add("ckpt-5.jsonl", {"c": 1.0, "r": 0.0}, step=5)
        >>> print(format_report(report.records()), end="")
        label         step  count  errors   correct  reflection  correct+reflection
        ckpt-5.jsonl     5      1       0  1 (100%)      0 (0%)              0 (0%)
    """
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
    header = ["label", "step", "count", "errors", "correct", "reflection", "correct+reflection"]
    means = [key for key in (records[0] if records else {}) if key.startswith("mean ")]
    header += means
    rows = []
    for record in records:
        row = [_cell(record["label"]), _cell(record["step"]), _cell(record["count"])]
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
    return text_table(header, rows, right)


def _float(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else math.nan


def plot_report(
    records: Sequence[Mapping[str, object]],
    path: str,
    *,
    means: Sequence[str] = (),
    title: str = "rewardkit report",
) -> None:
    """Draw report records into an image file (needs matplotlib: the ``plot`` extra).

    When every record has a numeric step, the series are drawn against the step; otherwise
    each record is a category on the x axis, named by its label. The figure has a title, and
    its legends sit outside the plotting area, so they never hide data.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    steps = [record["step"] for record in records]
    numeric = bool(steps) and all(
        isinstance(s, (int, float)) and not isinstance(s, bool) for s in steps
    )
    xs: list[float] = [float(s) for s in steps] if numeric else list(range(len(records)))  # type: ignore[arg-type]
    panels = 2 if means else 1
    figure, axes = plt.subplots(panels, 1, figsize=(9, 3.2 * panels), sharex=True, squeeze=False)
    figure.suptitle(title)
    top = axes[0][0]
    for key, label in (
        ("correct_pct", "correct"),
        ("reflection_pct", "has reflection"),
        ("correct_reflection_pct", "correct and reflection"),
    ):
        top.plot(xs, [_float(r[key]) for r in records], marker="o", label=label)
    top.set_ylabel("% of completions")
    top.set_ylim(-3, 103)
    top.grid(alpha=0.3)
    top.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    if means:
        bottom = axes[1][0]
        for name in means:
            bottom.plot(xs, [_float(r[f"mean {name}"]) for r in records], marker="o", label=name)
        bottom.set_ylabel("mean reward")
        bottom.grid(alpha=0.3)
        bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    last = axes[-1][0]
    if numeric:
        last.set_xlabel("step")
    else:
        last.set_xticks(xs, [str(r["label"]) for r in records], rotation=30, ha="right")
    figure.tight_layout()
    figure.savefig(path, dpi=120, bbox_inches="tight")
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


def profile_texts(texts: Iterable[str], *, failed: int = 0) -> dict[str, object]:
    r"""Profile completions: reflection features, how answers were found, length percentiles.

    Streams ``texts`` once (constant memory but for two integer arrays of lengths).

    Args:
        texts: the completions as text.
        failed: lines the caller could not read, reported as ``"failed"``.

    Returns:
        ``{"count", "failed", "reflection", "answers", "length_chars", "length_words"}``.

    Examples:
        >>> result = profile_texts(["wait, so \\boxed{4}", "42"])
        >>> result["count"], result["answers"], result["length_chars"]["max"]
        (2, {'boxed': 1, 'number': 1}, 18)
    """
    # Imported here: only profiles build the profile tables (import cost, issue 13.6).
    from rewardkit.extract import extract_answer_with_source
    from rewardkit.reflect import profile as reflection_profile

    sources: Counter[str] = Counter()
    chars: array[int] = array("q")
    words: array[int] = array("q")

    def measured() -> Iterator[str]:
        for text in texts:
            chars.append(len(text))
            words.append(len(text.split()))
            sources[extract_answer_with_source(text)[1]] += 1
            yield text

    reflection = reflection_profile(measured()).to_dict()
    return {
        "count": len(chars),
        "failed": failed,
        "reflection": reflection,
        "answers": dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
        "length_chars": _percentiles(chars),
        "length_words": _percentiles(words),
    }


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
    aha = reflection.get("aha")
    aha = aha if isinstance(aha, int) else 0
    mean = reflection.get("reflection_mean")
    head = (
        f"aha on {aha} ({_cell(_percent(aha, count))}%), mean reflection score "
        f"{_number(mean if isinstance(mean, float) else None)}\n"
    )
    table = text_table(
        ["reflection", "kind", "texts", "share", "count"],
        [list(row[2:]) for row in rows],
        [False, False, True, True, True],
    )
    return head + table


def format_profile(result: Mapping[str, object]) -> str:
    """A :func:`profile_texts` result as three plain-text tables."""
    count = result["count"]
    count = count if isinstance(count, int) else 0
    parts = [f"{count} completions, {result['failed']} failed lines\n\n"]
    reflection = result["reflection"]
    if isinstance(reflection, Mapping):
        parts.append(_features_table(reflection, count))
    answers = result["answers"]
    if isinstance(answers, Mapping):
        rows = [[str(k), str(v), f"{_cell(_percent(int(v), count))}%"] for k, v in answers.items()]
        parts.append(
            "\n" + text_table(["answer found by", "count", "share"], rows, [False, True, True])
        )
    rows = []
    for key, label in (("length_chars", "characters"), ("length_words", "words")):
        stats = result[key]
        if isinstance(stats, Mapping):
            rows.append(
                [label, *(_cell(stats[k]) for k in ("min", "p10", "p50", "p90", "max", "mean"))]
            )
    header = ["length", "min", "p10", "p50", "p90", "max", "mean"]
    parts.append("\n" + text_table(header, rows, [False] + [True] * 6))
    return "".join(parts)


def behavior_records(
    profiles: Sequence[tuple[str, Profile]], *, failed: Sequence[int] = ()
) -> list[dict[str, object]]:
    """One plain record per profiled file: its texts and each behaviour's counts.

    Args:
        profiles: ``(label, profile)`` pairs, in the order to show (e.g. by checkpoint).
        failed: lines each file could not give a text for (default: 0 each).

    Returns:
        ``[{"label", "texts", "failed", "behaviors": {name: {"texts", "rate",
        "occurrences"}}}]``, behaviours in :meth:`Profile.behaviors` order.

    Examples:
        >>> from rewardkit.reflect import profile
        >>> text = "25 + 3 = 28, too big. Scrap that: 25 - 3 = 22."
        >>> [record] = behavior_records([("ckpt-1", profile([text, "x = 2."]))])
        >>> record["texts"], record["behaviors"]["backtracking"]
        (2, {'texts': 1, 'rate': 0.5, 'occurrences': 1})
    """
    return [
        {
            "label": label,
            "texts": result.texts,
            "failed": failed[i] if i < len(failed) else 0,
            "behaviors": {
                name: {"texts": count.texts, "rate": count.rate, "occurrences": count.occurrences}
                for name, count in result.behaviors().items()
            },
        }
        for i, (label, result) in enumerate(profiles)
    ]


def format_behaviors(records: Sequence[Mapping[str, object]]) -> str:
    """:func:`behavior_records` as a table: one row per file, one column per behaviour.

    A cell is the number of texts showing the behaviour and their share of the file's texts.

    Examples:
        >>> from rewardkit.reflect import profile
        >>> late = profile(["25 + 3 = 28, too big. Scrap that: 25 - 3 = 22.", "x = 2."])
        >>> records = behavior_records([("ckpt-1", profile(["x = 2."])), ("ckpt-2", late)])
        >>> print(format_behaviors(records), end="")
        file    texts  verification  backtracking  subgoal_setting  backward_chaining
        ckpt-1      1        0 (0%)        0 (0%)           0 (0%)             0 (0%)
        ckpt-2      2       1 (50%)       1 (50%)           0 (0%)             0 (0%)
    """
    names: list[str] = []
    for record in records:
        found = record.get("behaviors")
        if isinstance(found, Mapping):
            names.extend(name for name in found if name not in names)
    rows = []
    for record in records:
        total = record.get("texts")
        total = total if isinstance(total, int) else 0
        found = record.get("behaviors")
        row = [_cell(record.get("label")), str(total)]
        for name in names:
            count = found.get(name) if isinstance(found, Mapping) else None
            texts = count.get("texts") if isinstance(count, Mapping) else None
            texts = texts if isinstance(texts, int) else 0
            row.append(f"{texts} ({_cell(_percent(texts, total) or 0)}%)")
        rows.append(row)
    return text_table(["file", "texts", *names], rows, [False] + [True] * (len(names) + 1))


def reward_catalogue() -> str:
    """``rewardkit list``: every reward and the columns it reads, factories, presets.

    One table of the ready rewards (name, the columns a row needs besides the completion,
    ``a|b`` meaning the first present, and the rule), then each factory with its
    :func:`rewardkit.registry.signature` and rule, then the preset names.

    Examples:
        >>> text = reward_catalogue()
        >>> text.startswith("reward "), "  tags(schema, *, prefilled=False)" in text
        (True, True)
    """
    from rewardkit.registry import (
        available_factories,
        available_rewards,
        describe,
        preset_names,
        signature,
    )

    rules = dict(describe())
    rewards = {reward.name: reward for reward in available_rewards().values()}
    rows = []
    for name, reward in sorted(rewards.items()):
        columns = ["|".join(reward.gold)] if reward.gold else []
        rows.append([name, ", ".join([*columns, *reward.requires]) or "-", rules.get(name, "")])
    header = ["reward", "reads", "rule"]
    text = text_table(header, rows, [False] * 3) if rows else "no rewards are installed\n"
    factories = available_factories()
    if factories:
        text += "\nfactories (--reward 'NAME(option=value, ...)'):\n"
        for name, factory in sorted(factories.items()):
            rule = rules.get(f"{name}(...)", "")
            text += f"  {name}{signature(factory)}\n      {rule}\n"
    presets = preset_names()
    if presets:
        text += f"\npresets (--preset NAME): {', '.join(presets)}\n"
    return text
