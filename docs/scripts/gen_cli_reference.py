"""Generate the CLI reference from the commands' ``--help`` (an mkdocs hook and a script).

In ``docs/cli-reference.md`` a line ``<!-- cli-help: COMMAND -->`` is replaced, at build time,
by the ``--help`` text of ``rewardkit COMMAND`` (``<!-- cli-help: rewardkit -->`` for the
top-level help), so the reference can never drift from the code. mkdocs runs it as a hook
(``hooks:`` in ``mkdocs.yml``); ``python docs/scripts/gen_cli_reference.py`` prints the
expanded page, to read it without building the site.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

#: Help is wrapped at this width whatever the terminal (argparse reads ``COLUMNS``).
WIDTH = 100

MARKER = re.compile(r"^<!-- cli-help: ([a-z-]+) -->$", re.MULTILINE)
PAGE = "cli-reference.md"


def command_help(command: str) -> str:
    """The ``--help`` text of ``rewardkit COMMAND`` (``"rewardkit"``: the top-level help)."""
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(WIDTH)
    try:
        from rewardkit.cli import build_parser

        argv = ["--help"] if command == "rewardkit" else [command, "--help"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            build_parser().parse_args(argv)
        if not out.getvalue():
            msg = f"unknown rewardkit command {command!r} in {PAGE}"
            raise ValueError(msg)
        return out.getvalue()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def expand(markdown: str) -> str:
    """Replace every ``<!-- cli-help: COMMAND -->`` line by that command's help, fenced."""

    def block(match: re.Match[str]) -> str:
        text = command_help(match.group(1)).rstrip()
        return f"```text\n{text}\n```"

    return MARKER.sub(block, markdown)


def on_page_markdown(markdown: str, page: object, **kwargs: object) -> str:
    """mkdocs hook: expand the markers of the CLI reference page."""
    del kwargs
    source = getattr(getattr(page, "file", None), "src_uri", "")
    return expand(markdown) if source == PAGE else markdown


if __name__ == "__main__":
    sys.stdout.write(expand((Path(__file__).parents[1] / PAGE).read_text(encoding="utf-8")))
