"""The ``rewardkit`` command: score, explain, report, profile and filter generations; serve.

A thin client of the library: rewards come from :mod:`rewardkit.registry`; reading, scoring
and writing files from :mod:`rewardkit.runs`; reports and profiles from
:mod:`rewardkit.report`, SFT/DPO sets from :mod:`rewardkit.selection`. One module per command
(``rewardkit.cli.score`` ...), each with a ``COMMAND``: its ``run`` function, whose docstring
is its ``--help``, and its table of options (:func:`rewardkit.cli._common.option`). To add a
command, write such a module and list it in :data:`COMMANDS`.

Exit status: 0 when every line was read and scored, 1 when some line failed (its record says
why), 2 for usage errors (unknown reward, bad option, unreadable file), with a message naming
the culprit, 130 on Ctrl-C, 141 when the reader of the output went away (``| head``).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import textwrap
from collections.abc import Sequence
from typing import NoReturn, TextIO

from rewardkit._doctor import version_text
from rewardkit.cli import doctor, explain, listing, profile, report, score, serve
from rewardkit.cli import filter as filter_command
from rewardkit.cli._common import DEFAULT_REWARDS, Command, Io, add_options
from rewardkit.errors import ConfigError
from rewardkit.report import step_from_name
from rewardkit.runs import UsageError, write
from rewardkit.scoring import ScoringPlan, score_lines, weighted_total

__all__ = [
    "COMMANDS",
    "DEFAULT_REWARDS",
    "ScoringPlan",
    "build_parser",
    "main",
    "score_lines",
    "step_from_name",
    "weighted_total",
]

#: The subcommands, in the order ``--help`` lists them.
COMMANDS: tuple[Command, ...] = tuple(
    module.COMMAND
    for module in (score, explain, report, profile, filter_command, listing, serve, doctor)
)

#: Exit status when the output's reader went away: 128 + SIGPIPE, as a shell reports it.
BROKEN_PIPE = 141


class _Version(argparse.Action):
    """``--version``: :func:`rewardkit._doctor.version_text`, worked out only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        write(sys.stdout, version_text() + "\n")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The ``rewardkit`` argument parser (one subcommand per entry of :data:`COMMANDS`)."""
    parser = _Parser(
        prog="rewardkit",
        description="Score, report, profile and filter files of model generations "
        "(JSONL, Parquet, saved datasets); serve rewards over HTTP.",
        epilog="example: rewardkit score examples/completions.jsonl\n"
        "run 'rewardkit COMMAND --help' for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        default=argparse.SUPPRESS,
        help="print the version, the distribution and the path of the rewardkit imported",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        summary, _, body = (command.run.__doc__ or "").partition("\n")
        sub = subparsers.add_parser(
            command.name,
            help=summary.strip(),
            description=summary.strip() + "\n\n" + textwrap.dedent(body).strip("\n"),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_options(sub, command.options)
        if command.arguments is not None:
            command.arguments(sub)
        sub.set_defaults(command=command)
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
        0 when every line was scored, 1 when some line failed, 2 for a usage error, 130 when
        interrupted, 141 when the output's reader went away.
    """
    io_ = Io(stdout or sys.stdout, stderr or sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2
    command: Command | None = getattr(args, "command", None)
    if command is None:
        parser.print_help(io_.stderr)
        return 2
    prog = f"rewardkit {command.name}"
    try:
        return int(command.run(args, io_))
    except (UsageError, ConfigError) as error:
        write(io_.stderr, f"{prog}: error: {error}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (``rewardkit score big.jsonl | head``): stop quietly.
        _silence(io_.stdout)
        return BROKEN_PIPE
    except KeyboardInterrupt:
        io_.stderr.write(f"\n{prog}: interrupted\n")
        return 130


def _silence(stream: TextIO) -> None:
    """Point ``stream``'s descriptor at /dev/null, so flushing it at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
