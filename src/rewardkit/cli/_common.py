"""What every command shares: I/O streams, options and reward selection.

Reading, scoring and writing are library code (:mod:`rewardkit.runs`); this module only turns
options into its arguments.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from rewardkit.registry import WeightedReward, resolve_rewards
from rewardkit.runs import output, write
from rewardkit.scoring import BATCH_SIZE

#: Rewards ``score`` uses when none is named (those available in this installation).
DEFAULT_REWARDS: tuple[str, ...] = ("boxed_correct", "aha")

#: Record keys the command writes itself; no reward or kept field may use them.
RESERVED = frozenset({"line", "total", "error"})


@dataclass
class Io:
    """The streams a command writes to (tests pass ``io.StringIO`` objects)."""

    stdout: TextIO
    stderr: TextIO


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, what it runs and the options it adds to its parser.

    ``run``'s docstring is the command's ``--help`` (first line: the summary).
    """

    name: str
    run: Callable[[argparse.Namespace, Io], int]
    arguments: Callable[[argparse.ArgumentParser], None]


# -- options -----------------------------------------------------------------------------------


def split_fields(text: str) -> tuple[str, ...]:
    """``"a, b"`` -> ``("a", "b")`` (argparse type)."""
    fields = tuple(part.strip() for part in text.split(",") if part.strip())
    if not fields:
        msg = f"expected comma-separated field names; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return fields


def positive_int(text: str) -> int:
    """An integer >= 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive integer; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def finite_float(text: str) -> float:
    """A finite number (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        msg = f"expected a number; got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def add_fields(parser: argparse.ArgumentParser, *, answer: bool = True) -> None:
    """``--completion-field``, ``--prompt-field`` and (with ``answer``) ``--answer-field``."""
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


def add_rewards(parser: argparse.ArgumentParser, what: str, *, repeatable: bool = True) -> None:
    """``--reward/-r SPEC``."""
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


def add_input(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """The input argument: ``FILE`` (``FILE ...`` with ``many``)."""
    what = "JSONL (.gz allowed), Parquet, or a saved datasets folder"
    if many:
        parser.add_argument("files", nargs="+", metavar="FILE", help=f"{what} files")
    else:
        parser.add_argument("file", metavar="FILE", help=f"{what}; - for stdin (JSONL)")


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """``--workers`` and ``--batch-size``."""
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        metavar="N",
        help="score with N processes (default: 1); results are identical and in order. "
        "Inputs that score in under a CPU-second stay in this process",
    )
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"rows scored together (default: {BATCH_SIZE})",
    )


def add_out(parser: argparse.ArgumentParser, what: str = "write here (default: stdout)") -> None:
    """``--out/-o FILE``."""
    parser.add_argument("--out", "-o", metavar="FILE", help=what)


# -- rewards -----------------------------------------------------------------------------------


def rewards_from(
    args: argparse.Namespace, *, default: Sequence[str] = DEFAULT_REWARDS
) -> tuple[WeightedReward, ...]:
    """The rewards named by ``--preset``, ``--config`` and ``--reward``, else ``default``."""
    return resolve_rewards(
        args.reward,
        preset=getattr(args, "preset", None),
        config=getattr(args, "config", None),
        default=default,
        answer_field=getattr(args, "answer_field", None),
        reserved=tuple(RESERVED),
    )


# -- output ------------------------------------------------------------------------------------


def run_options(args: argparse.Namespace) -> dict[str, int]:
    """``--workers`` and ``--batch-size`` as keyword arguments of :mod:`rewardkit.runs`."""
    return {"workers": args.workers, "batch_size": args.batch_size}


def print_result(args: argparse.Namespace, io_: Io, data: object, text: str) -> None:
    """``data`` as indented JSON (``--format json``), else ``text``, to ``--out`` or stdout."""
    with output(args.out, io_.stdout) as out:
        if args.format == "json":
            write(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            write(out, text)
