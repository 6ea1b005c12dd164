r"""Tool-integrated reasoning (START-style): fenced Python calls that parse, never run.

A *call* is a fenced code block of the completion whose info string is a Python language
(```` ```python ````, ```` ```py ````); an *output block* is a fenced block tagged ``output``.
The code is checked with :func:`ast.parse` only: it is never executed, imported or compiled to
bytecode.

Text that came from the prompt never counts. Hint phrases a prompt inserts (START's hint-infer:
"Wait, I can use Python to check ...") are prompt text: when the completion repeats the end of
its prompt (some trainers echo a prefilled hint), the repeated part is skipped; when the prompt
ends inside an open ```` ```python ```` fence, the completion's text up to its first closing
fence is that call's code (the model wrote it). A phrase alone is never a call: only code is.
"""

from __future__ import annotations

import ast
import re
import threading
import warnings
from dataclasses import dataclass

from rewardkit._lazy import lazy_compile
from rewardkit.errors import ConfigError
from rewardkit.reward import Reward, Sample

__all__ = ["CodeBlock", "ToolUseScorer", "code_blocks", "tool_use", "tool_use_score"]

#: Longest code block parsed (characters); a longer one counts as a call that does not parse.
MAX_CODE_LENGTH = 20_000
#: Longest prompt suffix compared with the start of the completion (echo detection).
_ECHO_WINDOW = 1_000
#: Shortest echoed prefix that is skipped.
_MIN_ECHO = 8

_WARNINGS_LOCK = threading.Lock()
# Unambiguous on purpose: the info word, then optionally one blank and the rest of the line,
# so a line that fails (a backtick after the info string) is rejected in linear time.
_FENCE = lazy_compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)(?:[ \t][^\n`]*)?$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """A complete fenced block.

    Attributes:
        language: the info string's first word, lower case (``""`` when none).
        code: the block's content.
        start: index of the opening fence.
        end: index just past the closing fence.
    """

    language: str
    code: str
    start: int
    end: int


def _scan(text: str) -> tuple[list[CodeBlock], str | None]:
    """Complete blocks, and the language of a block left open at the end (else ``None``)."""
    blocks: list[CodeBlock] = []
    opening: re.Match[str] | None = None
    for fence in _FENCE.finditer(text):
        if opening is None:
            opening = fence
        elif (
            not fence.group(2)
            and fence.group(1)[0] == opening.group(1)[0]
            and len(fence.group(1)) >= len(opening.group(1))
        ):
            content = text[opening.end() + 1 : fence.start()]
            blocks.append(
                CodeBlock(opening.group(2).lower(), content, opening.start(), fence.end())
            )
            opening = None
    return blocks, None if opening is None else opening.group(2).lower()


def code_blocks(text: str) -> list[CodeBlock]:
    r"""Return the complete fenced blocks of ``text``, in order (an unclosed one is dropped).

    A fence is a line of three or more backticks (or tildes), indented at most three spaces;
    an opening fence may carry an info string, a closing fence may not and is at least as long
    as its opening fence.

    Examples:
        >>> [(b.language, b.code) for b in code_blocks("```python\nx = 1\n```\n```output\n1\n```")]
        [('python', 'x = 1\n'), ('output', '1\n')]
    """
    return _scan(text)[0]


def _parses(code: str) -> bool:
    r"""Whether ``code`` parses as Python (never executed).

    ``ast.parse`` warns about valid code (``"\d"`` in a string) and a caller's ``error``
    filter would turn that into a SyntaxError, so warnings are ignored while parsing. The
    process-wide warning filters are saved and restored by ``catch_warnings``, which is not
    thread-safe: a lock keeps two of our parses from interleaving (an interleaving could leave
    the filters at "ignore" for good).
    """
    if len(code) > MAX_CODE_LENGTH:
        return False
    try:
        with _WARNINGS_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _echo_length(prompt: str, completion: str) -> int:
    """Length of the longest suffix of ``prompt`` (>= 8 chars) that starts ``completion``."""
    if not prompt or not completion:
        return 0
    tail = prompt[-_ECHO_WINDOW:]
    first = completion[0]
    position = tail.find(first)
    while 0 <= position <= len(tail) - _MIN_ECHO:
        if completion.startswith(tail[position:]):
            return len(tail) - position
        position = tail.find(first, position + 1)
    return 0


def _completion_blocks(
    text: str, prompt: str | None, languages: tuple[str, ...]
) -> tuple[str, int, bool]:
    """The completion text to scan: echoed prompt text removed, a prefilled fence restored.

    Returns ``(text to scan, characters of echoed prompt skipped, whether a fence was
    restored)``.
    """
    echoed = 0
    prefilled = False
    if prompt:
        echoed = _echo_length(prompt, text)
        text = text[echoed:]
        _, open_language = _scan(prompt[-MAX_CODE_LENGTH:])
        if open_language is not None and open_language in languages:
            text = f"```{open_language}\n" + text
            prefilled = True
    return text, echoed, prefilled


def tool_use_score(
    text: str,
    prompt: str | None = None,
    *,
    min_calls: int = 1,
    max_calls: int | None = None,
    require_output: bool = False,
    languages: tuple[str, ...] = ("python", "py", "python3"),
) -> float:
    r"""Score tool use: 1.0 when the completion makes an allowed number of valid Python calls.

    Rule: 1.0 when the number of calls (complete fenced blocks tagged with one of
    ``languages``) is between ``min_calls`` and ``max_calls`` (inclusive; ``None``: no
    maximum), every call parses with :func:`ast.parse` (at most 20,000 characters; never
    run), and, with ``require_output``, every call is followed (whitespace aside) by an
    ```` ```output ```` block; else 0.0. Prompt text never counts (see the module notes).

    Args:
        text: the completion text.
        prompt: the prompt text, when known.
        min_calls: fewest calls rewarded.
        max_calls: most calls rewarded, or ``None``.
        require_output: whether each call needs an output block right after it.
        languages: info strings that mark a call (lower case).

    Returns:
        1.0 or 0.0.

    Examples:
        >>> call = "Wait, I can check.\n```python\nprint(2 + 2)\n```\n```output\n4\n```\nSo 4."
        >>> tool_use_score(call), tool_use_score(call, require_output=True)
        (1.0, 1.0)
        >>> tool_use_score("```python\nprint(2 +\n```")  # does not parse
        0.0
        >>> tool_use_score("Wait, I can use Python to check this.")  # a phrase is not a call
        0.0
        >>> prompt = "Solve 2+2. Wait, I can use Python to check.\n```python\n"
        >>> tool_use_score("print(2 + 2)\n```\nIt is 4.", prompt)  # prefilled fence
        1.0
    """
    return _tool_use(text, prompt, min_calls, max_calls, require_output, languages, None)


def _tool_use(
    text: str,
    prompt: str | None,
    min_calls: int,
    max_calls: int | None,
    require_output: bool,
    languages: tuple[str, ...],
    trace: dict[str, object] | None,
) -> float:
    """:func:`tool_use_score`; with ``trace``, also why (every check is run and recorded)."""
    scanned, echoed, prefilled = _completion_blocks(text, prompt, languages)
    blocks = code_blocks(scanned)
    calls = [i for i, block in enumerate(blocks) if block.language in languages]
    count_ok = len(calls) >= min_calls and (max_calls is None or len(calls) <= max_calls)
    if trace is None and not count_ok:
        return 0.0
    unparsed: list[int] = []
    for n, i in enumerate(calls):
        if not _parses(blocks[i].code):
            if trace is None:
                return 0.0
            unparsed.append(n)
    no_output: list[int] = []
    if require_output:
        for n, i in enumerate(calls):
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if (
                after is None
                or after.language != "output"
                or scanned[blocks[i].end : after.start].strip()
            ):
                if trace is None:
                    return 0.0
                no_output.append(n)
    if trace is not None:
        trace.update(
            echoed=echoed,
            prefilled=prefilled,
            calls=len(calls),
            min_calls=min_calls,
            max_calls=max_calls,
            unparsed=unparsed,
            no_output=no_output,
        )
    return 1.0 if count_ok and not unparsed and not no_output else 0.0


_LANGUAGE = lazy_compile(r"[a-z0-9_+.-]+")


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolUseScorer:
    r"""Scorer of :data:`tool_use`; its fields are the reward's options.

    Attributes:
        min_calls: fewest calls rewarded (>= 0).
        max_calls: most calls rewarded (>= ``min_calls``), or ``None`` for no maximum.
        require_output: whether each call needs an ```` ```output ```` block right after it.
        languages: info strings that mark a call (non-empty, lower case).

    Examples:
        >>> from rewardkit import tool_use
        >>> call = "```python\nprint(2 + 2)\n```\n"
        >>> tool_use([call, call + "```output\n4\n```", "I can use Python."])
        [1.0, 1.0, 0.0]
        >>> tool_use.configure(require_output=True).score(call)
        0.0
    """

    min_calls: int = 1
    max_calls: int | None = None
    require_output: bool = False
    languages: tuple[str, ...] = ("python", "py", "python3")

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: a count is not a non-negative integer, ``max_calls < min_calls``,
                ``require_output`` is not a bool, or ``languages`` is not a non-empty tuple
                of lower-case words.
        """
        min_calls: object = self.min_calls
        max_calls: object = self.max_calls
        require_output: object = self.require_output
        languages: object = self.languages
        message = ""
        if not _is_count(min_calls):
            message = f"min_calls must be an integer >= 0; got {min_calls!r}"
        elif max_calls is not None and not (
            isinstance(max_calls, int) and _is_count(max_calls) and max_calls >= self.min_calls
        ):
            message = (
                f"max_calls must be None or an integer >= min_calls ({min_calls}); "
                f"got {max_calls!r}"
            )
        elif not isinstance(require_output, bool):
            message = f"require_output must be a bool; got {require_output!r}"
        elif (
            not isinstance(languages, tuple)
            or not languages
            or not all(isinstance(x, str) and _LANGUAGE.fullmatch(x) for x in languages)
        ):
            message = (
                "languages must be a non-empty tuple of lower-case info strings such as "
                f"('python',); got {languages!r}"
            )
        if message:
            raise ConfigError(message)

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample (its prompt, when present, is read but never scored)."""
        return tool_use_score(
            sample.text,
            sample.prompt,
            min_calls=self.min_calls,
            max_calls=self.max_calls,
            require_output=self.require_output,
            languages=self.languages,
        )

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        r"""The score and why (keys: docs/tasks.md, "Explanations").

        Keys: ``calls`` (complete fenced blocks in ``languages``), ``min_calls``,
        ``max_calls``, ``unparsed`` (0-based numbers of the calls that do not parse),
        ``no_output`` (calls without an output block right after them; always ``[]``
        without ``require_output``), ``echoed`` (characters of prompt text the completion
        repeats, skipped), ``prefilled`` (whether the prompt opened the first call's fence).

        Examples:
            >>> from rewardkit import tool_use
            >>> bad = "```python\nprint(2 +\n```\n```python\nx = 1\n```"
            >>> e = tool_use.explain(bad)
            >>> e.score, e.details["calls"], e.details["unparsed"]
            (0.0, 2, [0])
            >>> e = tool_use.configure(require_output=True).explain("```py\nx = 1\n```")
            >>> e.score, e.details["no_output"]
            (0.0, [0])
        """
        trace: dict[str, object] = {}
        score = _tool_use(
            sample.text,
            sample.prompt,
            self.min_calls,
            self.max_calls,
            self.require_output,
            self.languages,
            trace,
        )
        return score, trace


tool_use = Reward(
    name="tool_use",
    scorer=ToolUseScorer(),
    summary="1.0 when the completion's fenced Python calls parse (never run), >= 1 call",
)
