"""Extract final answers from model output: boxed answers first.

Pure functions on text; no I/O. Every function here is linear in the length of its input,
including on 100k-character texts made of thousands of nested or unclosed braces.
"""

from __future__ import annotations

import re

__all__ = ["extract_boxed", "has_boxed"]

_BOX_COMMANDS = ("\\boxed", "\\fbox")
# A box command (not a prefix of a longer command name), or a brace.
_BOX_TOKEN = re.compile(r"\\(?:boxed|fbox)(?![A-Za-z])\s*(\{)?|[{}]")
_BRACE = re.compile(r"[{}]")
# The argument of ``\boxed 5`` (no braces): a run up to whitespace, ``$`` or a brace.
_BARE_ARGUMENT = re.compile(r"[^\s${}\\]+|\\[A-Za-z]+")


def _last_command(text: str) -> int:
    """Start of the last ``\\boxed``/``\\fbox`` that is not a prefix of a longer command."""
    found = {command: text.rfind(command) for command in _BOX_COMMANDS}
    while True:
        command = max(found, key=found.__getitem__)
        start = found[command]
        if start < 0:
            return -1
        after = start + len(command)
        if after >= len(text) or not text[after].isalpha():
            return start
        found[command] = text.rfind(command, 0, start)


def _close(text: str, open_brace: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``open_brace``, or -1 when it is unclosed."""
    depth = 0
    for match in _BRACE.finditer(text, open_brace):
        if match.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return match.start()
    return -1


def _bare(text: str, start: int) -> tuple[str, int] | None:
    """The un-braced argument of the box command ending at ``start``, and where it ends."""
    match = _BARE_ARGUMENT.match(text, start)
    if match is None:
        return None
    return match.group(), match.end()


def _scan(text: str) -> str | None:
    """General path: one forward pass over braces; the complete box that ends last wins."""
    best: tuple[int, str] | None = None  # (end, content)
    stack: list[bool] = []  # per open brace: does it open a box?
    opens: list[int] = []
    for match in _BOX_TOKEN.finditer(text):
        token = match.group()
        if token == "{":
            stack.append(False)
            opens.append(match.end())
        elif token == "}":
            if stack:
                is_box = stack.pop()
                start = opens.pop()
                if is_box and (best is None or match.start() >= best[0]):
                    best = (match.start(), text[start : match.start()])
        elif match.group(1) is not None:  # \boxed{ : a box opens
            stack.append(True)
            opens.append(match.end())
        else:  # \boxed 5 : a box with a bare argument
            bare = _bare(text, match.end())
            if bare is not None and (best is None or bare[1] >= best[0]):
                best = (bare[1], bare[0])
    return None if best is None else best[1].strip()


def extract_boxed(text: str) -> str | None:
    """Return the content of the last complete ``\\boxed{...}`` or ``\\fbox{...}`` in ``text``.

    Rules:

    - "Last" means the complete box that *ends* last; of nested boxes the outermost wins, so
      ``\\boxed{\\boxed{1}+1}`` gives ``\\boxed{1}+1``.
    - Braces nest: ``\\boxed{\\frac{1}{2}}`` gives ``\\frac{1}{2}``.
    - ``\\boxed 5`` (no braces) gives the run of characters after the space, up to whitespace,
      ``$`` or a brace (or one command such as ``\\pi``).
    - An unclosed box (a truncated completion) is ignored: the previous complete box counts.
    - ``\\boxedfoo`` is another command, not a box. Surrounding ``$...$`` does not matter.
    - The content is stripped of surrounding whitespace; an empty box gives ``""``.

    Linear time: one backward search and one brace walk in the usual case, one forward pass
    over the braces otherwise.

    Args:
        text: the completion text.

    Returns:
        The box content, or ``None`` when there is no complete box.

    Examples:
        >>> extract_boxed("First \\\\boxed{3}, then $\\\\boxed{\\\\frac{1}{2}}$.")
        '\\\\frac{1}{2}'
        >>> extract_boxed("so \\\\boxed 5")
        '5'
        >>> extract_boxed("\\\\fbox{A} and a truncated \\\\boxed{12")
        'A'
        >>> extract_boxed("no box here") is None
        True
    """
    start = _last_command(text)
    if start < 0:
        return None
    match = _BOX_TOKEN.match(text, start)
    if match is None:  # pragma: no cover - _last_command only returns box commands
        return None
    if match.group(1) is not None:
        open_brace = match.end() - 1
        close = _close(text, open_brace)
        # Fast path: a complete last box that no earlier box can enclose (no "}" after it).
        if close >= 0 and text.find("}", close + 1) < 0:
            return text[open_brace + 1 : close].strip()
    else:
        bare = _bare(text, match.end())
        if bare is not None and text.find("}", bare[1]) < 0:
            return bare[0].strip()
    return _scan(text)


def has_boxed(text: str) -> float:
    """Return 1.0 when ``text`` has a complete, non-empty box (see :func:`extract_boxed`).

    Examples:
        >>> has_boxed("\\\\boxed{7}"), has_boxed("\\\\boxed{}"), has_boxed("7")
        (1.0, 0.0, 0.0)
    """
    return 1.0 if extract_boxed(text) else 0.0
