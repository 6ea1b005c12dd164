"""What every command shares: I/O streams, options and reward selection.

Reading, scoring and writing are library code (:mod:`rewardkit.runs`); this module only turns
options into its arguments. Options are declared as data (:func:`option`), in tables shared by
the commands, and added to a parser by :func:`add_options`.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO, TypeVar

from rewardkit import runs
from rewardkit.registry import WeightedReward, resolve_rewards
from rewardkit.runs import output, write
from rewardkit.scoring import BATCH_SIZE

#: Rewards ``score`` uses when none is named (those available in this installation).
DEFAULT_REWARDS: tuple[str, ...] = ("boxed_correct", "aha")

#: Record keys the command writes itself; no reward or kept field may use them.
RESERVED = frozenset(runs.RESERVED)

#: The options of :data:`FIELDS`, as keyword arguments of the library.
FIELD_NAMES = ("answer_field", "completion_field", "prompt_field")

#: One option: ``add_argument``'s flags and keywords (``group``: the title of its group).
Option = tuple[tuple[str, ...], dict[str, Any]]

_T = TypeVar("_T")


@dataclass
class Io:
    """The streams a command writes to (tests pass ``io.StringIO`` objects)."""

    stdout: TextIO
    stderr: TextIO


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, what it runs and its options.

    ``run``'s docstring is the command's ``--help`` (first line: the summary); ``options``
    are added in order, then ``arguments`` (a function adding more) when given.
    """

    name: str
    run: Callable[[argparse.Namespace, Io], int]
    options: Sequence[Option] = ()
    arguments: Callable[[argparse.ArgumentParser], None] | None = None


def option(*flags: str, **settings: Any) -> Option:
    """One option of a table: the flags and keywords of ``parser.add_argument``."""
    return flags, settings


def grouped(title: str, *options: Option) -> tuple[Option, ...]:
    """``options`` in the argument group ``title`` of the help."""
    return tuple((flags, {**settings, "group": title}) for flags, settings in options)


def add_options(parser: argparse.ArgumentParser, options: Iterable[Option]) -> None:
    """Add ``options`` to ``parser`` in order (an option with ``group`` to that group)."""
    groups: dict[str, Any] = {}
    for flags, settings in options:
        keywords = dict(settings)
        title = keywords.pop("group", None)
        if title is not None and title not in groups:
            groups[title] = parser.add_argument_group(title)
        (groups[title] if title is not None else parser).add_argument(*flags, **keywords)


# -- option types ------------------------------------------------------------------------------


def checked(
    convert: Callable[[str], _T], accept: Callable[[_T], bool], what: str
) -> Callable[[str], _T]:
    """An argparse type: ``convert(text)`` if that works and ``accept`` s it.

    Otherwise the error is ``expected <what>; got '<text>'``.
    """

    def parse(text: str) -> _T:
        try:
            value = convert(text)
        except ValueError:
            value = None
        if value is None or not accept(value):
            msg = f"expected {what}; got {text!r}"
            raise argparse.ArgumentTypeError(msg)
        return value

    return parse


def _fields(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


#: ``"a, b"`` -> ``("a", "b")``.
split_fields = checked(_fields, bool, "comma-separated field names")
#: An integer >= 1.
positive_int = checked(int, lambda value: value >= 1, "a positive integer")
#: A finite number.
finite_float = checked(float, math.isfinite, "a number")
#: Any integer.
integer = checked(int, lambda _: True, "an integer")


# -- shared options ----------------------------------------------------------------------------

#: The input of a one-file command and of a many-file one.
INPUT_HELP = "JSONL (.gz allowed), Parquet, or a saved datasets folder"
INPUT = (option("file", metavar="FILE", help=f"{INPUT_HELP}; - for stdin (JSONL)"),)
INPUTS = (option("files", nargs="+", metavar="FILE", help=f"{INPUT_HELP} files"),)

#: ``--completion-field`` and ``--prompt-field`` (``FIELDS`` adds ``--answer-field``).
TEXT_FIELDS = (
    option(
        "--completion-field",
        default="completion",
        metavar="NAME",
        help="column holding the completion, a string or a message list (default: completion)",
    ),
    option(
        "--prompt-field",
        default="prompt",
        metavar="NAME",
        help="column holding the prompt (default: prompt)",
    ),
)
FIELDS = (
    *TEXT_FIELDS,
    option(
        "--answer-field",
        metavar="NAME",
        help="column holding the gold answer (default: each reward's own, "
        "'answer' then 'solution')",
    ),
)

#: ``--workers`` and ``--batch-size``.
RUN_OPTIONS = (
    option(
        "--workers",
        type=positive_int,
        default=1,
        metavar="N",
        help="score with N processes (default: 1); results are identical and in order. "
        "Inputs that score in under a CPU-second stay in this process",
    ),
    option(
        "--batch-size",
        type=positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"rows scored together (default: {BATCH_SIZE})",
    ),
)

QUIET = (option("--quiet", "-q", action="store_true", help="no summary on stderr"),)


def rewards_option(what: str, *, repeatable: bool = True) -> Option:
    """``--reward/-r SPEC``, ``what`` first in its help."""
    return option(
        "--reward",
        "-r",
        action="append",
        default=[],
        metavar="SPEC",
        help=f"{what}: a name from 'rewardkit list', optionally configured, e.g. "
        "'overlong_penalty(max_length=1024, buffer=128)'"
        + ("; repeatable" if repeatable else "; at most one"),
    )


def out_option(what: str = "write here (default: stdout)") -> Option:
    """``--out/-o FILE``."""
    return option("--out", "-o", metavar="FILE", help=what)


def keep_option(what: str) -> Option:
    """``--keep A,B``."""
    return option("--keep", type=split_fields, metavar="A,B", help=what)


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


def picked(args: argparse.Namespace, *names: str, prefix: str = "") -> dict[str, Any]:
    """The options ``names`` of ``args`` as keyword arguments: ``{name: args.<prefix><name>}``."""
    return {name: getattr(args, prefix + name) for name in names}


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
