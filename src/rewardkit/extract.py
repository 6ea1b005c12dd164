r"""Extract final answers from model output: boxed answers first.

Pure functions on text; no I/O. Every function here is total (it never raises on any string)
and linear in the length of its input, including on 100k-character texts made of thousands of
nested or unclosed braces, dollar signs or digits.

Priorities of :func:`extract_answer`, highest first:

1. ``boxed``: the last complete ``\boxed{...}`` / ``\fbox{...}`` (:func:`extract_boxed`);
2. ``phrase`` / ``gsm8k``: the last explicit marker, an answer phrase ("the answer is",
   "final answer:", "Answer:") or a GSM8K line (``#### 42``, ``A: 42``)
   (:func:`extract_marked_answer`);
3. ``math``: a completion that is only an answer (``\frac{10}{9}``, ``$\frac13 $``; source
   ``number`` when it is a plain number), else the
   last LaTeX math span (``$...$``, ``$$...$$``, ``\(...\)``, ``\[...\]``), whole
   (:func:`extract_last_math`);
4. ``number``: the last number (:func:`extract_last_number`), also when it is written after
   the last math span ("the units digit of \(18^6\) is 4." gives ``4``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from rewardkit._lazy import lazy_compile

__all__ = [
    "ANSWER_SOURCES",
    "extract_answer",
    "extract_answer_with_source",
    "extract_boxed",
    "extract_final_boxes",
    "extract_last_math",
    "extract_last_number",
    "extract_marked_answer",
    "has_boxed",
    "has_hedge_after_box",
    "has_hedged_boxes",
]

_BOX_COMMANDS = ("\\boxed", "\\fbox")
# A box command (not a prefix of a longer command name), or a brace.
# Escaped braces and backslashes (``\{``, ``\}``, ``\\``) are literal characters in LaTeX,
# not groups: they are matched as tokens of their own so that they are skipped.
# Every alternative starts with a literal character, so the regex engine skips ahead to the
# next backslash or brace instead of trying the whole pattern at each position (3x faster).
_BOX_TOKEN = lazy_compile(r"\\(?:(?:boxed|fbox)(?![A-Za-z])\s*(\{)?|([\\{}]))|\{|\}")
_BRACE = lazy_compile(r"\\[\\{}]|\{|\}")
# The argument of ``\boxed 5`` (no braces): a run up to whitespace, ``$`` or a brace.
_BARE_ARGUMENT = lazy_compile(r"[^\s${}\\]+|\\[A-Za-z]+")
_SPACES = lazy_compile(r"\s*")
#: How many unclosed last boxes (truncated completions) are stepped over before falling back to
#: one forward pass over the braces (each step is linear, so the total stays linear).
_MAX_STEPS = 8


def _last_command(text: str, end: int) -> int:
    r"""Start of the last ``\boxed``/``\fbox`` of ``text[:end]`` (not a longer command's prefix)."""
    while True:
        start = text.rfind("\\boxed", 0, end)
        after = start + 6
        fbox = text.rfind("\\fbox", start + 1, end)  # only a later \fbox matters
        if fbox >= 0:
            start, after = fbox, fbox + 5
        if start < 0:
            return -1
        if after >= end or not text[after].isalpha():
            return start
        end = start  # a longer command (\boxedx): look before it


def _first_command(text: str, end: int) -> int:
    r"""Where a forward pass over ``text[:end]`` may start: the first box command's backslash.

    No box starts before it, and a brace before it cannot close a box, so skipping the text
    before it changes nothing, unless it follows a backslash (``\\boxed``: where the tokens
    fall depends on what precedes it), then the pass starts at 0. -1: no box command.
    """
    first = -1
    for command in _BOX_COMMANDS:
        position = text.find(command, 0, end)
        if position >= 0 and (first < 0 or position < first):
            first = position
    if first > 0 and text[first - 1] == "\\":
        return 0
    return first


def _close(text: str, open_brace: int, end: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``open_brace`` in ``text[:end]``, or -1."""
    close = text.find("}", open_brace + 1, end)
    if close < 0:
        return -1
    if text.find("{", open_brace + 1, close) < 0 and text.find("\\", open_brace + 1, close) < 0:
        return close  # a flat argument, such as ``42``
    depth = 0
    for match in _BRACE.finditer(text, open_brace, end):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return match.start()
    return -1


def _bare(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The un-braced argument of the box command ending at ``start``, and where it ends."""
    match = _BARE_ARGUMENT.match(text, start, end)
    if match is None:
        return None
    return match.group(), match.end()


def _scan(text: str, end: int) -> str | None:
    """General path: one forward pass over braces; the complete box that ends last wins."""
    first = _first_command(text, end)
    if first < 0:
        return None
    best: tuple[int, str] | None = None  # (end, content)
    stack: list[bool] = []  # per open brace: does it open a box?
    opens: list[int] = []
    for match in _BOX_TOKEN.finditer(text, first, end):
        token = match.group()
        if match.group(2) is not None:  # \{, \} or \\: a literal character
            continue
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
            bare = _bare(text, match.end(), end)
            if bare is not None and (best is None or bare[1] >= best[0]):
                best = (bare[1], bare[0])
    return None if best is None else best[1].strip()


def _alone(text: str, start: int, end: int) -> bool:
    r"""Whether the box command at ``start`` is the last one in ``text[:end]`` for every pass.

    True when no box command name occurs after it (not even ``\boxedé``, which the backward
    search skips but the forward pass reads as a box) and it does not follow a backslash.
    """
    return (
        (start == 0 or text[start - 1] != "\\")
        and text.find("\\boxed", start + 1, end) < 0
        and text.find("\\fbox", start + 1, end) < 0
    )


def _ends_at(text: str, start: int) -> bool:
    r"""Whether a box command token (``\boxed`` and spaces) ends exactly at ``start``.

    Its bare argument would then be the command at ``start`` (``\boxed \boxed{``).
    """
    previous = -1
    for command in _BOX_COMMANDS:
        position = text.rfind(command, 0, start)
        if position >= 0:
            previous = max(previous, position + len(command))
    return previous >= 0 and _SPACES.fullmatch(text, previous, start) is not None


class _TextMemo:
    """Results of one function of a text, keyed by the text *object* (its ``id``).

    The rewards of a GRPO step are called one after the other on the same completion strings
    (``boxed_number`` then ``boxed_correct`` both read the last box): the second call finds the
    first one's result without hashing or reading the text again. Each entry holds its text,
    so an ``id`` cannot be reused while its entry lives, and a hit is checked with ``is``.
    Bounded by entries and by the characters of the texts held; when either is exceeded, it
    starts over. Thread-safe (each step is one atomic dict operation); ``cache_clear()``
    empties it.
    """

    __slots__ = ("_chars", "_entries")

    #: Most entries, and most characters of the texts the entries hold.
    MAX_ENTRIES = 4096
    MAX_CHARS = 1 << 23

    def __init__(self) -> None:
        self._entries: dict[int, tuple[str, str | None]] = {}
        self._chars = 0

    def get(self, text: str) -> tuple[str, str | None] | None:
        """The entry of this very text object, or ``None``."""
        entry = self._entries.get(id(text))
        return entry if entry is not None and entry[0] is text else None

    def put(self, text: str, result: str | None) -> None:
        """Remember ``result`` for this text object."""
        self._chars += len(text)
        if len(self._entries) >= self.MAX_ENTRIES or self._chars > self.MAX_CHARS:
            self.cache_clear()
            self._chars = len(text)
        self._entries[id(text)] = (text, result)

    def cache_clear(self) -> None:
        """Forget every entry (benchmarks clear it with the other caches)."""
        self._entries = {}
        self._chars = 0


_last_box_memo = _TextMemo()


def extract_boxed(text: str) -> str | None:
    r"""Return the content of the last complete ``\boxed{...}`` or ``\fbox{...}`` in ``text``.

    Rules:

    - "Last" means the complete box that *ends* last; of nested boxes the outermost wins, so
      ``\boxed{\boxed{1}+1}`` gives ``\boxed{1}+1``.
    - Braces nest: ``\boxed{\frac{1}{2}}`` gives ``\frac{1}{2}``.
    - ``\boxed 5`` (no braces) gives the run of characters after the space, up to whitespace,
      ``$`` or a brace (or one command such as ``\pi``).
    - An unclosed box (a truncated completion) is ignored: the previous complete box counts.
    - Escaped braces ``\{`` and ``\}`` are literal characters, not groups:
      ``\boxed{\left\{x\right.}`` gives ``\left\{x\right.`` and ``\boxed{\}}`` gives ``\}``.
    - ``\boxedfoo`` is another command, not a box. Surrounding ``$...$`` does not matter.
    - The content is stripped of surrounding whitespace; an empty box gives ``""``.

    Linear time: one backward search and one brace walk in the usual case (a truncated last box
    is stepped over, up to 8 times), otherwise one forward pass over the braces from the first
    box command.

    Args:
        text: the completion text.

    Returns:
        The box content, or ``None`` when there is no complete box.

    Examples:
        >>> extract_boxed("First \\boxed{3}, then $\\boxed{\\frac{1}{2}}$.")
        '\\frac{1}{2}'
        >>> extract_boxed("so \\boxed 5")
        '5'
        >>> extract_boxed("\\fbox{A} and a truncated \\boxed{12")
        'A'
        >>> extract_boxed("no box here") is None
        True
    """
    entry = _last_box_memo.get(text)
    if entry is not None:
        return entry[1]
    boxed = _extract_boxed(text)
    _last_box_memo.put(text, boxed)
    return boxed


def _extract_boxed(text: str) -> str | None:
    """:func:`extract_boxed`, computed (not remembered)."""
    end = len(text)
    for step in range(_MAX_STEPS):
        start = _last_command(text, end)
        if start < 0:
            if step:  # the forward pass may still read a box (``\\boxedé``)
                break
            return None
        # After a step, the backward search must agree with the forward pass on which box is last.
        alone = _alone(text, start, end)
        if step and not alone:
            break
        match = _BOX_TOKEN.match(text, start, end)
        if match is None:  # pragma: no cover - _last_command only returns box commands
            return None
        if match.group(1) is not None:
            close = _close(text, match.end() - 1, end)
            # Fast path: a complete last box that no earlier box can enclose (no "}" after it).
            if close >= 0:
                if text.find("}", close + 1, end) < 0:
                    return text[match.end() : close].strip()
                break
        else:
            bare = _bare(text, match.end(), end)
            if text.find("}", match.end() if bare is None else bare[1], end) >= 0:
                break
            if bare is not None:
                return bare[0].strip()
        # The last box is unclosed (a truncated completion) or an empty ``\boxed``: no brace
        # after it closes an earlier box, so the answer is the last box of the text before it.
        if not alone or _ends_at(text, start):
            break
        end = start
    return _scan(text, end)


#: Most boxes :func:`extract_final_boxes` returns, and the longest text between two of them.
MAX_FINAL_BOXES = 16
FINAL_BOX_GAP = 60


# Between two boxes of one final run: no retraction or alternative ("no", "or", "wait").
_HEDGE_GAP = lazy_compile(
    r"\b(?:no|not|or|wrong|incorrect|maybe|perhaps|wait|actually|but|instead|either|finally|"
    r"so|then|thus|therefore|hence|final|answer|check)\b",
    re.IGNORECASE,
)


def _outer_boxes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of every complete outermost box, in order (one forward pass)."""
    first = _first_command(text, len(text))
    if first < 0:
        return []
    boxes: list[tuple[int, int, str]] = []
    stack: list[int] = []  # per open brace: the box command's start, or -1
    opens: list[int] = []
    for match in _BOX_TOKEN.finditer(text, first):
        token = match.group()
        if match.group(2) is not None:
            continue
        if token == "{":
            stack.append(-1)
            opens.append(match.end())
        elif token == "}":
            if stack:
                command = stack.pop()
                start = opens.pop()
                if command >= 0 and all(item < 0 for item in stack):
                    boxes.append((command, match.end(), text[start : match.start()].strip()))
        elif match.group(1) is not None:
            stack.append(match.start())
            opens.append(match.end())
        elif not stack:
            bare = _bare(text, match.end(), len(text))
            if bare is not None:
                boxes.append((match.start(), bare[1], bare[0].strip()))
    return boxes


class _Unsure(Exception):  # noqa: N818 - a control-flow signal: only the forward pass can tell
    """The backward walk met a case the forward pass decides (bare or unclosed boxes nearby)."""


def _braced_box(text: str, start: int, end: int) -> tuple[int, int, str]:
    """``(start, end, content)`` of the complete braced box whose command is at ``start``."""
    if start > 0 and text[start - 1] == "\\":
        raise _Unsure
    match = _BOX_TOKEN.match(text, start, end)
    if match is None or match.group(1) is None:
        raise _Unsure  # a bare box (``\boxed 5``)
    close = _close(text, match.end() - 1, end)
    if close < 0:
        raise _Unsure
    return (start, close + 1, text[match.end() : close].strip())


def _tail_boxes(text: str, limit: int) -> list[tuple[int, int, str]]:
    """The last boxes (at most ``limit``), walking back from the end of the text.

    The last box is the one :func:`extract_boxed`'s fast path returns (complete, no ``}``
    after it); each earlier one must close the last ``}`` before the next box, at most 60
    characters before it, with no brace in between (so neither encloses the other). Like
    :func:`extract_boxed`, a box left open earlier in the text (a malformed completion) does
    not hide them. Cost: the boxes' length, not the text's. Anything else (a bare box, a brace
    between two boxes) raises :class:`_Unsure`.
    """
    boxes, sure = _tail_walk(text, limit)
    if not sure:
        raise _Unsure
    return boxes


def _tail_walk(
    text: str, limit: int, *, repeats: bool = True
) -> tuple[list[tuple[int, int, str]], bool]:
    r""":func:`_tail_boxes`'s walk: the boxes found, and whether it ended sure of them.

    When unsure, the boxes are those found before the walk met what it cannot decide: they
    are the last ones of the text as the walk with a smaller ``limit`` finds them (the steps
    are the same up to there), so one walk serves every limit up to ``limit``.

    A box written again right before itself (``\boxed{7}\boxed{7}``, degenerate outputs)
    is taken without the general step when no backslash precedes the copy: the last box
    holds one box command, so every test of the step reads the same characters and gives the
    same box (``repeats=False``: always the general step, the oracle of the tests).
    """
    end = len(text)
    start = _last_command(text, end)
    if start < 0 or not _alone(text, start, end):
        return [], False
    try:
        last = _braced_box(text, start, end)
    except _Unsure:
        return [], False
    if text.find("}", last[1], end) >= 0:
        return [], False
    boxes = [last]
    copy = text[last[0] : last[1]]  # one box command: the last box is alone (_alone)
    while len(boxes) < limit:
        first = boxes[0][0]
        if (
            repeats
            and first - len(copy) >= 0
            and text.startswith(copy, first - len(copy))
            and (first - len(copy) == 0 or text[first - len(copy) - 1] != "\\")
        ):
            boxes.insert(0, (first - len(copy), first, last[2]))
            continue
        reach = max(0, first - FINAL_BOX_GAP - 1)
        brace = text.rfind("}", reach, first)
        command = _last_command(text, first)
        if brace < 0:
            if command >= reach:
                return boxes, False  # a bare box, or an unclosed one, just before
            break  # no box ends within reach: the run starts here
        if command < 0 or command > brace or "{" in text[brace + 1 : first]:
            return boxes, False
        try:
            box = _braced_box(text, command, first)
        except _Unsure:
            return boxes, False
        if box[1] != brace + 1:
            return boxes, False  # the brace closes something else (``$\frac{1}{2}$`` between)
        boxes.insert(0, box)
    return boxes, True


def _last_boxes(text: str, limit: int) -> list[tuple[int, int, str]]:
    """The last boxes (at most ``limit``) of the final-run rules: from the end when possible.

    Falls back to the forward pass (:func:`_outer_boxes`) where :func:`_tail_boxes` is unsure.
    """
    try:
        return _tail_boxes(text, limit)
    except _Unsure:
        return _outer_boxes(text)[-limit:]


def extract_final_boxes(text: str) -> list[str]:
    r"""Return the contents of the final run of boxes: ``\boxed{7} and \boxed{-5}``.

    Rules: the last complete box and the boxes before it that are separated from the next one
    by at most 60 characters (``", "``, ``" and "``, ``\quad \text{and} \quad``) holding no
    retraction or alternative ("no", "not", "or", "wait", "actually", "but", ``=``...) form the
    final run; repeated contents count once; at most 16 boxes. Used by the correctness rewards
    when the gold is a list of several values (see docs/extraction.md); one box gives a list
    of one.

    Args:
        text: the completion text.

    Returns:
        The contents in order of appearance, or ``[]`` when there is no complete box.

    Examples:
        >>> extract_final_boxes("so \\boxed{7} and \\boxed{-5}.")
        ['7', '-5']
        >>> extract_final_boxes("first \\boxed{1}. " + "Much later, " * 9 + "\\boxed{2}")
        ['2']
    """
    return _final_run(text, _last_boxes(text, MAX_FINAL_BOXES + 1))


def _final_run(text: str, boxes: list[tuple[int, int, str]]) -> list[str]:
    """:func:`extract_final_boxes` of the text's last boxes (at most 17, from the end)."""
    if not boxes:
        return []
    run = [boxes[-1]]
    for box in reversed(boxes[:-1]):
        gap = text[box[1] : run[0][0]]
        if len(gap) > FINAL_BOX_GAP or len(run) >= MAX_FINAL_BOXES or _HEDGE_GAP.search(gap):
            break
        run.insert(0, box)
    contents: list[str] = []
    for _, _, content in run:
        if content not in contents:
            contents.append(content)
    return contents


# Before the last box: an alternative to the box before it ("\\boxed{6} or \\boxed{7}").
_ALTERNATIVE_GAP = lazy_compile(r"\b(?:or|either|maybe|perhaps)\b", re.IGNORECASE)


def has_hedged_boxes(text: str) -> bool:
    r"""Whether the last box is offered as an alternative to the box before it.

    True when the text between the last two complete boxes is at most 60 characters and holds
    "or", "either", "maybe" or "perhaps": ``\boxed{6} or \boxed{7}`` commits to neither, so
    the correctness rewards score it 0.0 (a retraction such as ``\boxed{1} no \boxed{2}``
    commits to the last box).

    Examples:
        >>> has_hedged_boxes("\\boxed{6} or \\boxed{7}")
        True
        >>> has_hedged_boxes("\\boxed{6} no, \\boxed{7}")
        False
    """
    if text.count("\\boxed") + text.count("\\fbox") < 2:
        return False
    return _alternative_pair(text, _last_boxes(text, 2))


def _alternative_pair(text: str, boxes: list[tuple[int, int, str]]) -> bool:
    """:func:`has_hedged_boxes` of the text's last two boxes."""
    if len(boxes) < 2:
        return False
    gap = text[boxes[-2][1] : boxes[-1][0]]
    return len(gap) <= FINAL_BOX_GAP and _ALTERNATIVE_GAP.search(gap) is not None


#: After the last box: an alternative to it or a verdict against it ("or maybe 7", "is wrong").
_HEDGE_AFTER = lazy_compile(
    r"\b(?:or|maybe|perhaps|possibly|either|wrong|incorrect|unsure)\b"
    r"|\bnot\s+(?:sure|certain|correct|right|the\s+answer)\b"
    # (fifteenth session) "not 100% sure", "not entirely certain"; "It could also be 7." (not
    # "could also be written as 12/2": a value must follow)
    r"|\bnot\s+(?:100\s*%|entirely|completely|fully|totally|quite|very|so|too)\s+"
    r"(?:sure|certain|confident)\b"
    r"|\b(?:could|might|may)\s+also\s+be\s+(?=[-$\\(]|\d)",
    re.IGNORECASE,
)
#: How far after the last box :func:`has_hedge_after_box` reads.
HEDGE_AFTER_LIMIT = 200
#: (fourteenth session) After the last box: a retraction ("Correction: the answer is 7",
#: "Actually no, it should be 7", "wait, 7"), which hedges the box when a different number ends
#: the paragraph (:func:`_retracted`).
_RETRACTION = lazy_compile(
    r"\b(?:correction|actually|wait|oops|scratch\s+that|i\s+mean|sorry|no,|no\s+wait|"
    r"alternatively|otherwise)(?!\w)",
    re.IGNORECASE,
)


def _retracted(text: str, brace: int, end: int, stop: int) -> bool:
    r"""Whether a retraction after a box holding a plain number ends on another number.

    ``text[brace + 1 : end]`` is the box's content and ``text[end + 1 : stop]`` its paragraph:
    "\boxed{6}. Correction: the answer is 7." retracts 6; "\boxed{6}. Wait, let me check:
    2 * 3 = 6." does not (the paragraph ends on the box's number). Only a box holding a plain
    number is compared, and only with a plain number.
    """
    retraction = _RETRACTION.search(text, end + 1, stop)
    if retraction is None:
        return False
    boxed = _NUMBER.fullmatch(text[brace + 1 : end].strip().strip("$").strip())
    if boxed is None:
        return False
    numbers = list(_NUMBER.finditer(text, retraction.end(), stop))  # at most 200 characters
    if not numbers:
        return False
    last = numbers[-1]
    try:
        return Fraction(_number_text(last).rstrip("%")) != Fraction(_number_text(boxed).rstrip("%"))
    except (ValueError, ZeroDivisionError):
        return _number_text(last) != _number_text(boxed)


def has_hedge_after_box(text: str) -> bool:
    r"""Whether the text right after the last box offers an alternative or rejects the box.

    Reads the paragraph of the last complete box (up to a blank line, at most 200 characters
    after the box) for "or", "maybe", "perhaps", "possibly", "either", "wrong", "incorrect",
    "unsure", "not sure/certain/correct/right/the answer", "not 100% / entirely / quite ...
    sure", "could / might / may also be" before a value: ``\boxed{6} or maybe 7`` and
    ``\boxed{6} is wrong`` commit to nothing, so the correctness rewards score them 0.0; so does
    a retraction ending on another number (``\boxed{6}. Correction: 7.``, :func:`_retracted`). An
    unclosed box after it (a truncated completion) leaves that box counted and is read across
    (``\boxed{6} or maybe 7 \boxed{`` is hedged). A
    later paragraph ("Alternatively, checking ...", "as x approaches infinity or ...") is an
    explanation, not a hedge.

    Examples:
        >>> has_hedge_after_box("\\boxed{6}, or possibly 7."), has_hedge_after_box("\\boxed{6}.")
        (True, False)
        >>> has_hedge_after_box("\\boxed{6}. I hope it is correct.")
        False
    """
    return _hedge_after(text, max(text.rfind("\\boxed"), text.rfind("\\fbox")))


def _hedge_after(text: str, start: int) -> bool:
    """:func:`has_hedge_after_box`, the last box command starting at ``start`` (-1: none)."""
    for _ in range(_MAX_STEPS):
        if start < 0:
            return False
        brace = text.find("{", start)
        end = _close(text, brace, len(text)) if brace >= 0 else -1
        if end >= 0 or brace < 0:
            break
        # an unclosed last box (a truncated completion) leaves the previous box counted: its
        # paragraph is read up to and across the unclosed one ("\boxed{6} or maybe 7 \boxed{")
        start = max(text.rfind("\\boxed", 0, start), text.rfind("\\fbox", 0, start))
    if end < 0 or len(text) - end < 3:
        return False
    limit = min(len(text), end + 1 + HEDGE_AFTER_LIMIT)
    paragraph = text.find("\n\n", end + 1, limit)
    stop = limit if paragraph < 0 else paragraph
    if _HEDGE_AFTER.search(text, end + 1, stop) is not None:
        return True
    return _retracted(text, brace, end, stop)


def _box_answer_hedged(text: str) -> bool:
    r"""Whether the last box is hedged or is one of several: the correctness rewards' check.

    Exactly ``has_hedge_after_box(text)`` (``\boxed{6} or maybe 7``), or, for a text with two
    box commands or more, ``has_hedged_boxes(text)`` (``\boxed{6} or \boxed{7}``) or
    ``len(extract_final_boxes(text)) > 1`` (``\boxed{6}, \boxed{7}``), computed with one
    search for the box commands and one walk back over the final boxes (the forward pass only
    where that walk is unsure) instead of a scan per check.

    Examples:
        >>> _box_answer_hedged("\\boxed{6} or \\boxed{7}")
        True
        >>> _box_answer_hedged("\\boxed{6}, \\boxed{7}"), _box_answer_hedged("so \\boxed{6}.")
        (True, False)
    """
    boxed = text.rfind("\\boxed")
    fbox = text.rfind("\\fbox")
    if _hedge_after(text, max(boxed, fbox)):
        return True
    several = (
        (boxed >= 0 and fbox >= 0)
        or (boxed >= 0 and text.rfind("\\boxed", 0, boxed) >= 0)
        or (fbox >= 0 and text.rfind("\\fbox", 0, fbox) >= 0)
    )  # text.count("\\boxed") + text.count("\\fbox") >= 2, without counting them all
    if not several:
        return False
    boxes, sure = _tail_walk(text, MAX_FINAL_BOXES + 1)
    outer = None
    if sure or len(boxes) >= 2:
        last_two = boxes[-2:]  # what the walk with limit 2 finds (has_hedged_boxes)
    else:
        outer = _outer_boxes(text)
        last_two = outer[-2:]
    if _alternative_pair(text, last_two):
        return True
    if not sure:
        boxes = (_outer_boxes(text) if outer is None else outer)[-(MAX_FINAL_BOXES + 1) :]
    return len(_final_run(text, boxes)) > 1


def has_boxed(text: str) -> float:
    r"""Return 1.0 when ``text`` has a complete, non-empty box (see :func:`extract_boxed`).

    Examples:
        >>> has_boxed("\\boxed{7}"), has_boxed("\\boxed{}"), has_boxed("7")
        (1.0, 0.0, 0.0)
    """
    return 1.0 if extract_boxed(text) else 0.0


# --- Explicit answers, math spans and numbers -------------------------------------------------

#: The sources :func:`extract_answer_with_source` reports, in priority order.
ANSWER_SOURCES: tuple[str, ...] = ("tag", "boxed", "phrase", "gsm8k", "math", "number", "none")

#: Longest answer (in characters) taken after an answer phrase or GSM8K marker.
ANSWER_SPAN_LIMIT = 300
#: How many answer phrases, from the last one back, are tried before giving up on phrases.
_PHRASE_TRIES = 16
# How far before and after an "answer" hit a phrase may reach ("**Final Answer:**\n").
_PHRASE_BEFORE = 24
_PHRASE_AFTER = 48

# "the answer is", "final answer:", "Answer:", "answer is: $...$", "**Final Answer:**", and
# "**Final Answer**" or "## Final Answer" alone on its line (a heading).
_PHRASE = lazy_compile(
    r"\banswer\b(?:\*\*)?[ \t]*(?:is\b[ \t]*:?|:)(?:\*\*)?"
    r"|(?:^|\*\*|#)[ \t]*final[ \t]+answer(?:\*\*)?(?:[ \t]*:)?(?:\*\*)?[ \t]*(?=\r?\n)",
    re.IGNORECASE | re.MULTILINE,
)
# Between a phrase and its answer: "the answer is definitely 5", "the answer is option C".
_FILLER = lazy_compile(
    r"(?:\s|\*|:|(?:indeed|definitely|clearly|simply|just|actually|then|therefore|thus|"
    r"probably|likely|exactly|now|option|choice)\b)*",
    re.IGNORECASE,
)
# A phrase followed by one of these announced no answer ("our answer is correct").
_NOT_AN_ANSWER = lazy_compile(
    r"(?:correct|incorrect|wrong|right|not|unclear|undefined|as follows|below|above|"
    r"the same|that|this|still|given|to|a|an)\b",
    re.IGNORECASE,
)
# GSM8K's "#### 42" and the few-shot "A: 42" at the start of a line, the answer starting like a
# number (so "#### Step 2" Markdown headings and "A: option text" lines are not markers).
_MARKER = lazy_compile(r"^[ \t]*(?:####|A:)[ \t]*(?=[-−+.0-9]|\\?\$)", re.MULTILINE)
# Where a plain-text answer ends: end of line, end of sentence, ";".
_SPAN_END = lazy_compile(r"\n|\.(?=\s|\*|$)|;")
_LINE_END = lazy_compile(r"\n|\.(?=\s|\*|$)")
#: Right after an answer's math span: another value offered beside it ("$5$ or $6$", "$5$; $6$").
_ALTERNATIVE_AFTER = lazy_compile(r"[ \t]*(?:,[ \t]*)?(?:(?:or|either|maybe|perhaps)\b|;|/)", re.I)
#: Right after a last value: a verdict against it ("$5$ is wrong.", "5 is not the answer").
_REJECTED_AFTER = lazy_compile(
    r"[\s,]*(?:is|was|seems|would\s+be)\s+(?:wrong|incorrect|not\b|false|a\s+mistake)", re.I
)
_MATH_TOKEN = lazy_compile(r"\\\\|\\\$|\$\$|\$|\\\(|\\\)|\\\[|\\\]")
_MATH_OPENERS = {"$$": "$$", "\\(": "\\)", "\\[": "\\]"}
# A number: sign, currency, thousands separators ("," or "{,}"), decimals, a "/" fraction, an
# exponent and a percent sign. ASCII digits only. A "-" right after a word character or a
# closing bracket is an operator ("5-3", "x-3"), not a sign.
_NUMBER = lazy_compile(
    r"(?P<sign>(?<![\w)\]}])[-−][ \t]?)?(?:\\?\$[ \t]?(?P<sign2>-)?)?"
    r"(?:(?P<int>[0-9]{1,3}(?:(?:,|\{,\})[0-9]{3})+(?![0-9])|[0-9]+)(?P<frac>\.[0-9]+)?"
    r"|(?P<point>\.[0-9]+))"
    r"(?:/(?P<den>[0-9]+))?(?P<exp>[eE][-+]?[0-9]+)?(?P<percent>[ \t]?\\?%)?"
    r"(?P<base>_\{?[0-9]{1,2}\}?)?"
)
# Characters a number's text is made of (scanned backwards from the last digit).
_NUMBER_CHARS = "0123456789.,/{}eE+-−_"
# A number, then plain words ("9 customers", "$18 per day"): the answer is the number.
# Words are separated by mandatory blanks, so a failing match cannot re-split a word.
_NUMBER_THEN_WORDS = lazy_compile(
    r"[ \t]+[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,7}[ \t]*"
)


def _number_text(match: re.Match[str]) -> str:
    """A matched number without currency, spaces or thousands separators."""
    sign = "-" if match.group("sign") or match.group("sign2") else ""
    whole = (match.group("int") or "").replace("{,}", "").replace(",", "")
    body = whole + (match.group("frac") or match.group("point") or "")
    if match.group("den"):
        body += "/" + match.group("den")
    body += match.group("exp") or ""
    if match.group("percent"):
        body += "%"
    if match.group("base"):
        body += match.group("base")  # 4343_6: a numeral in base 6
    return sign + body


def extract_last_number(text: str) -> str | None:
    r"""Return the last number in ``text``, normalised, or ``None`` when there is none.

    Rules:

    - Integers, decimals (``3.5``, ``.5``), fractions written with a slash (``1/2``),
      scientific notation (``1.5e-3``) and percentages (``45%``, ``45\\%``) are numbers.
    - Thousands separators (``1,234``, ``7{,}425{,}000``) and currency signs (``$18``,
      ``\\$18``) are dropped; a percent sign is kept; the unicode minus becomes ``-``.
    - A ``-`` is a sign only when it does not follow a word character or a closing bracket:
      the last number of ``5-3`` is ``3``, of ``x = -3`` is ``-3``.
    - A base subscript is kept: ``4343_6`` and ``4343_{6}`` are numerals in base 6.
    - Only ASCII digits count; a final ``.`` ends a sentence (``is 3.`` gives ``3``).
    - A last number inside a word (letters on both sides: ``AZYUK2A``) is no number: ``None``;
      Chinese, Japanese and Korean letters do not make a word around it (``是192公斤`` is 192).

    Scans backwards from the last digit: linear time, and constant work past it.

    Args:
        text: the completion text.

    Returns:
        The number as plain text (``"-3"``, ``"1234"``, ``"1/2"``, ``"45%"``), or ``None``.

    Examples:
        >>> extract_last_number("She pays $1,234.50 for 3 items, so -3.")
        '-3'
        >>> extract_last_number("That is 45% of \\$18, or 1/2 of it")
        '1/2'
        >>> extract_last_number("no digits") is None
        True
    """
    found = _last_number(text)
    return None if found is None else _number_text(found)


#: How far from the end :func:`_last_digit` looks first (each next window is 4 times longer).
_DIGIT_WINDOW = 256
#: Byte translation: an ASCII digit becomes ``0``, any other byte a blank.
_DIGIT_MARKS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))


def _last_digit(text: str) -> int:
    """The index of the last ASCII digit of ``text``, or -1.

    Read in windows from the end, 256 characters then four times longer each time, stopping
    at the first window holding a digit (a completion usually ends near its last number):
    each window is marked as bytes, one per character (digits ``0``, anything else a blank:
    only ASCII digits count, so a non-ASCII character may stand as ``?``), and searched once.
    """
    end, size = len(text), _DIGIT_WINDOW
    while end > 0:
        start = max(0, end - size)
        window = text[start:end].encode("ascii", "replace").translate(_DIGIT_MARKS)
        last = window.rfind(b"0")
        if last >= 0:
            return start + last
        end, size = start, size * 4
    return -1


def _last_number(text: str) -> re.Match[str] | None:
    """The match of the last number (see :func:`extract_last_number`)."""
    last = _last_digit(text)
    if last < 0:
        return None
    end = last + 1
    start, floor = end, max(0, end - 64)
    while start > floor and text[start - 1] in _NUMBER_CHARS:
        start -= 1  # len(text[:end].rstrip(_NUMBER_CHARS)), without copying the text
    if start == floor > 0:
        start = len(text[:end].rstrip(_NUMBER_CHARS))
    found = None
    for match in _NUMBER.finditer(text, max(0, start - 8), min(len(text), end + 4)):
        found = match
    if (
        found is not None
        and found.start() > 0
        and _spaced_letter(text[found.start() - 1])
        and _spaced_letter(text[found.end() : found.end() + 1])
    ):
        return None  # inside a word ("AZYUK2A"): not a number
    return found


def _spaced_letter(char: str) -> bool:
    """A letter of a script that spaces its words: a number between two is inside a word.

    Chinese, Japanese and Korean write a number against the words around it
    (``是192公斤``, ``99颗``, ``192킬로그램``): there it is a number, not part of a word.
    """
    return char.isalpha() and ord(char) < 0x2E80


def _balanced(text: str) -> bool:
    return text.count("{") == text.count("}")


def _last_equation(expression: str) -> str:
    """A math span as the answer: the whole of it, so that an equation stays an equation.

    ``$x^2 - 4 = 0$`` is no answer of 0; the comparison reads labels (``x = 5``, ``BC^2 = 19``)
    and worked values (``2 + 3 = 5``, every side equal). Trailing punctuation goes.
    """
    return expression.strip().rstrip(".,;").strip()


_SPACED_COMMAND = lazy_compile(r"[ \t]+\\[A-Za-z]")


# One step of :func:`_math_spans` outside a span, in the tokens of :data:`_MATH_TOKEN` (a
# backslash and the character after it are always one step): a whole closed ``\(...\)``,
# ``\[...\]`` or ``$$...$$`` span; a ``$`` and what runs to the next lone ``$`` (skipping
# ``\$`` and ``$$``, which a ``$`` span ignores), for the caller to check; an opener that never
# closes; a lone ``$``; a token that does nothing out of a span. Each body is an unrolled loop
# (linear time, no nested quantifier), and both branches start with a literal, so the search
# skips to the next backslash or ``$``.
_MATH_UNIT = lazy_compile(
    r"\\(?:\((?P<paren>[^\\]*(?:\\[^)][^\\]*)*)\\\)"
    r"|\[(?P<bracket>[^\\]*(?:\\[^\]][^\\]*)*)\\\]"
    r"|(?P<unclosed>[(\[])"
    r"|[\\$)\]])"
    r"|\$(?:\$(?P<double>[^\\$]*(?:(?:\\[\s\S]|\$(?!\$))[^\\$]*)*)\$\$"
    r"|(?P<unclosed_double>\$)"
    r"|(?P<single>[^\\$]*(?:(?:\\[\s\S]|\$\$)[^\\$]*)*)\$(?!\$)"
    r"|(?P<dollar>))"
)


def _math_spans(text: str) -> tuple[int, int, int] | None:
    r"""(content start, content end, span end) of the last complete, non-empty math span.

    One forward pass over the delimiters. ``\\$`` is an escaped dollar and ``\\\\`` a
    line break. A ``$`` opens a span only before a non-space, and closes one only after a
    non-space and not before a digit (so ``$18 and $20`` is currency, not math); a ``$`` that
    cannot close but can open starts a new span. A ``$`` followed by spaces and a command
    (``$ \begin{pmatrix}...\end{pmatrix} $``) opens a span that a ``$`` after a space closes.

    Each span is read whole by one regex step (:data:`_MATH_UNIT`); a ``$`` span whose next
    lone ``$`` cannot close it (currency, a spaced command) is read token by token, as
    :func:`_math_spans_by_tokens` (the rule as written, the oracle of the tests) reads all.
    """
    best: tuple[int, int, int] | None = None
    position = 0
    search_unit = _MATH_UNIT.search
    while True:
        unit = search_unit(text, position)
        if unit is None:
            return best
        kind = unit.lastgroup
        position = unit.end()
        if kind is None:
            continue
        if kind == "unclosed" or kind == "unclosed_double":
            return best  # an unclosed opener hides the rest of the text
        if kind == "single":  # "$x$": opens before a non-space, closes after one
            begin, close = unit.span(kind)
            if (
                not text[begin].isspace()
                and not text[close - 1].isspace()
                and not text[position : position + 1].isdigit()
            ):
                best = begin, close, position
                continue
            kind, position = "dollar", begin
        if kind != "dollar":
            if unit.group(kind).strip():
                best = unit.start(kind), unit.end(kind), position
            continue
        spaced = _SPACED_COMMAND.match(text, position) is not None
        if not spaced and (position >= len(text) or text[position].isspace()):
            continue  # "$ " opens nothing
        found = _dollar_span(text, position, spaced)
        if found is None:
            return best  # an unclosed "$" hides the rest of the text
        if found[1] > found[0]:
            best = found
        position = found[2]


def _dollar_span(text: str, content: int, spaced: bool) -> tuple[int, int, int] | None:
    """The ``$`` span opened before ``content``, read token by token, or ``None`` if unclosed."""
    search_token = _MATH_TOKEN.search
    position = content
    while True:  # inside $...$: only a "$" token counts
        token = search_token(text, position)
        if token is None:
            return None
        position = token.end()
        if token.group() != "$":
            continue
        before = text[token.start() - 1]
        after = text[position : position + 1]
        if (spaced or not before.isspace()) and not after.isdigit():
            return content, token.start(), position
        if after and not after.isspace():
            content = position  # restart: the earlier "$" was a currency sign


def _math_spans_by_tokens(text: str) -> tuple[int, int, int] | None:
    """:func:`_math_spans` as the rule is written, token by token (the oracle of its tests)."""
    best: tuple[int, int, int] | None = None
    opener = ""
    content = 0
    spaced = False
    for match in _MATH_TOKEN.finditer(text):
        token = match.group()
        if token in ("\\\\", "\\$"):
            continue
        if not opener:
            spaced = token == "$" and _SPACED_COMMAND.match(text, match.end()) is not None
            if (
                token in _MATH_OPENERS
                or spaced
                or (token == "$" and match.end() < len(text) and not text[match.end()].isspace())
            ):
                opener, content = token, match.end()
            continue
        if token == "$" and opener == "$":
            before = text[match.start() - 1]
            after = text[match.end() : match.end() + 1]
            if (spaced or not before.isspace()) and not after.isdigit():
                if match.start() > content:
                    best = (content, match.start(), match.end())
                opener = ""
            elif after and not after.isspace():
                content = match.end()  # restart: the earlier "$" was a currency sign
            continue
        if token == _MATH_OPENERS.get(opener):
            if text[content : match.start()].strip():
                best = (content, match.start(), match.end())
            opener = ""
    return best


#: Completions longer than this look for their last math span in a tail first.
TAIL_SEARCH = 3000

# A backslash before a delimiter whose count decides whether a tail may be searched alone:
# \[, \], \(, \) and an escaped \$ (the group is the delimiter).
_BALANCE_TOKEN = lazy_compile(r"\\([][()$])")


def _head_balanced(text: str, cut: int) -> bool:
    r"""Whether ``text[:cut]`` closes every ``\[``, ``\(`` and ``$`` it opens, by counts.

    The rule: ``\[`` as often as ``\]``, ``\(`` as often as ``\)``, and an even number of
    ``$`` that are not ``\$``. The characters after those backslashes are listed in one regex
    pass (each pair starts at a backslash and none ends with one, so every backslash is tried
    and each pair found once) and joined, then counted one character at a time: about half
    the time of five two-character ``str.count`` over the text.
    """
    after = "".join(_BALANCE_TOKEN.findall(text, 0, cut))
    return (
        after.count("[") == after.count("]")
        and after.count("(") == after.count(")")
        and (text.count("$", 0, cut) - after.count("$")) % 2 == 0
    )


def _last_math_span(text: str) -> tuple[int, int, int] | None:
    r""":func:`_math_spans` of the text, searched backward in growing tails.

    A tail starts at a blank line at least 750, 3,000, 12,000 then 48,000 characters before
    the end, and is used only when the text before it closes every ``\(``, ``\[`` and
    ``$`` it opens (counted by :func:`_head_balanced`), so no span crosses the break: the
    tail's last span is the text's last span, found without parsing the long reasoning before
    it. The whole text is scanned when no tail holds a span.
    """
    if len(text) <= TAIL_SEARCH:
        return _math_spans(text)
    for back in (TAIL_SEARCH // 4, TAIL_SEARCH, TAIL_SEARCH * 4, TAIL_SEARCH * 16):
        if back * 2 >= len(text):
            break
        cut = text.rfind("\n\n", 0, len(text) - back)
        if cut <= 0:
            break
        if _head_balanced(text, cut):
            found = _math_spans(text[cut:])
            if found is not None:
                return found[0] + cut, found[1] + cut, found[2] + cut
    return _math_spans(text)


def extract_last_math(text: str) -> str | None:
    r"""Return the last LaTeX math span of ``text``, whole (an equation stays an equation).

    Rules:

    - Spans are ``$...$``, ``$$...$$``, ``\\(...\\)`` and ``\\[...\\]``; the last
      complete, non-empty one counts; an unclosed span is ignored.
    - ``\\$`` is an escaped dollar. A ``$`` opens a span only before a non-space and closes
      one only after a non-space and not before a digit, so currency (``$18 and $20``) is not
      math.
    - The result is the whole span, stripped of spaces and trailing punctuation: ``$x = 5$``
      gives ``x = 5`` (a labelled answer, equivalent to 5) and ``$x^2 - 4 = 0$`` gives the
      equation, which is no answer of 0 (see docs/answers.md).

    Args:
        text: the completion text.

    Returns:
        The span's answer part, or ``None`` when there is no complete math span.

    Examples:
        >>> extract_last_math("We get $x = 5$ and then \\(y = \\frac{1}{2}\\).")
        'y = \\frac{1}{2}'
        >>> extract_last_math("It costs $18 and $20 in total.") is None
        True
    """
    span = _math_spans(text)
    if span is None:
        return None
    return _last_equation(text[span[0] : span[1]])


def _math_at(text: str, start: int) -> str | None:
    """The content of the math span opening exactly at ``start``, if it closes in range."""
    span = _math_span_at(text, start)
    return None if span is None else span[0]


def _math_span_at(text: str, start: int) -> tuple[str, int] | None:
    """The content of the math span opening at ``start`` and the index after its closer."""
    for opener, closer in (("$$", "$$"), ("\\(", "\\)"), ("\\[", "\\]"), ("$", "$")):
        if text.startswith(opener, start):
            begin = start + len(opener)
            close = text.find(closer, begin, begin + ANSWER_SPAN_LIMIT)
            if close < 0:
                return None
            if opener == "$" and (
                text[begin : begin + 1].isspace()
                or text[close - 1].isspace()
                or text[close + 1 : close + 2].isdigit()
            ):
                return None  # currency ("$18 and $5"), not math: read as plain text
            return text[begin:close].strip(), close + len(closer)
    return None


#: Number words read as numbers after an answer phrase ("the answer is three").
_NUMBER_WORD_LIST = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS = {word: str(value) for value, word in enumerate(_NUMBER_WORD_LIST.split())}
# A sentence that states an answer inside an answer phrase: "The largest $n$ is 34".
_STATED = lazy_compile(r"\bis\b[ \t]*(?:\*\*)?[ \t]*(?=\S)", re.IGNORECASE)
# Words that make a prose answer a guess or a hedge ("I am not sure, maybe 3").
_UNSURE = lazy_compile(
    r"\b(?:not|no|maybe|perhaps|or|either|unsure|guess|probably|possibly|might|could)\b",
    re.IGNORECASE,
)
# A sentence (a capitalised word of two letters or more): "The largest $n$ is 34".
_SENTENCE_START = lazy_compile(r"[A-Z][a-z]+[ \t]")
# Prose: two words of letters in a row.
_PROSE_WORDS = lazy_compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}")
# A negated phrase: "the answer is not 18".
_NEGATED = lazy_compile(r"not\b", re.IGNORECASE)


def _alone_in(span: str, start: int, end: int) -> bool:
    """Whether ``span[start:end]`` stands alone: blanks or the span's ends on both sides."""
    return span[start - 1 : start] in {"", " ", "\t"} and span[end : end + 1] in {"", " ", "\t"}


def _answer_after(text: str, start: int) -> str | None:
    """The answer written at ``start`` (after a phrase or marker), cleaned, or ``None``."""
    start = _FILLER.match(text, start).end()  # type: ignore[union-attr]  # always matches
    if start >= len(text) or _NOT_AN_ANSWER.match(text, start):
        return None
    if text.startswith("**", start):
        close = text.find("**", start + 2, start + ANSWER_SPAN_LIMIT)
        if close > start + 2:
            return _answer_after(text[:close] + "\n", start + 2)
    math_span = _math_span_at(text, start)
    if math_span is not None:
        math, after = math_span
        if math and _ALTERNATIVE_AFTER.match(text, after):
            # "the answer is $5$ or $6$", "$5$; $6$": the whole statement, a hedge to the checker
            end = _SPAN_END.search(text, after + 1, after + ANSWER_SPAN_LIMIT)
            return text[start : end.start() if end else after + ANSWER_SPAN_LIMIT].strip()
        return math or None
    limit = min(len(text), start + ANSWER_SPAN_LIMIT)
    end_match = _SPAN_END.search(text, start, limit)
    if end_match is not None and end_match.group() == ";":
        # "the answer is 5; 6": what follows the semicolon on the line belongs to the answer
        line_end = _LINE_END.search(text, end_match.end(), limit)
        end_match = line_end
    span = text[start : end_match.start() if end_match else limit]
    span = span.strip().rstrip(".,:;!*").strip()
    if span.startswith("$") and span.endswith("$") and len(span) > 1:
        span = span.strip("$").strip()
    if span.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[span.lower()]
    stated = _STATED.search(span)
    if stated is not None and _SENTENCE_START.match(span):
        # "The final answer is $28\\%$", "The largest $n$ is 34": what the sentence states
        return _answer_after(span + "\n", stated.end())
    if (
        _PROSE_WORDS.search(span)
        and "$" not in span
        and "\\" not in span
        and _UNSURE.search(span) is None
    ):
        numbers = list(_NUMBER.finditer(span))
        if len(numbers) == 1 and _alone_in(span, *numbers[0].span(0)):
            return _number_text(numbers[0])  # "Jane started growing Sphere 3 hours ago"
    number = _NUMBER.match(span)
    if number is not None and number.start() == 0:
        rest = span[number.end() :]
        words = _NUMBER_THEN_WORDS.fullmatch(rest)
        if not rest or words is not None:
            return span[: number.end()].strip()
    return span or None


#: The only character whose ``str.lower`` is longer than itself (``"\u0130".lower()`` is
#: ``"i\u0307"``): a text holding it is lower-cased with shifted positions.
_LONG_LOWER = "\u0130"


def _phrase_ends(text: str) -> list[int]:
    """Ends of the last answer phrases (at most 16), in text order.

    Fast path: the text lower-cased then ``rfind("answer")`` from the end, the phrase pattern
    tried only around each hit (at most 64 hits). The text is lower-cased as bytes, one byte
    per character: an ASCII text as is, any other with ``?`` for each non-ASCII character
    (no non-ASCII character lower-cases to a letter of "answer", so the hits are those of
    ``str.lower``, at the same positions, three times faster on such text).
    ``re.IGNORECASE`` over the whole text is several times slower; it is the fallback when
    lower-casing changes the text's length (:data:`_LONG_LOWER`).
    """
    if text.isascii():
        data = text.encode("ascii").lower()
    elif _LONG_LOWER in text:
        return [match.end() for match in _PHRASE.finditer(text)][-_PHRASE_TRIES:]
    else:
        data = text.encode("ascii", "replace").lower()

    ends: list[int] = []
    position = len(text)
    for _ in range(4 * _PHRASE_TRIES):
        position = data.rfind(b"answer", 0, position)
        if position < 0:
            break
        window = (max(0, position - _PHRASE_BEFORE), position + _PHRASE_AFTER)
        for match in _PHRASE.finditer(text, *window):
            if match.start() <= position < match.end():
                ends.append(match.end())
                break
        if len(ends) == _PHRASE_TRIES:
            break
    return ends[::-1]


def _last_phrase(text: str, ends: list[int] | None = None) -> tuple[int, str] | None:
    """(position, answer) of the last answer phrase followed by an answer.

    ``ends``: :func:`_phrase_ends` of ``text``, when the caller has them already.
    """
    for end in reversed(_phrase_ends(text) if ends is None else ends):
        answer = _answer_after(text, end)
        if answer is not None:
            return end, answer
    return None


def _last_statement(text: str) -> tuple[int, str | None] | None:
    """Like :func:`_last_phrase`, but a negated last phrase gives ``(position, None)``.

    "The answer is not 18.": the completion states no answer, and no later fallback may read
    the negated value.
    """
    ends = _phrase_ends(text)
    if ends:
        start = _FILLER.match(text, ends[-1]).end()  # type: ignore[union-attr]  # always matches
        if _NEGATED.match(text, start):
            return ends[-1], None
    return _last_phrase(text, ends)


def _last_answer_colon(text: str, end: int) -> int:
    """``text.rfind("A:", 0, end)``, read at the colons from ``end`` back.

    Each colon is found by a one-character search. Long completions hold few colons, and a
    two-character search reads the whole text several times slower; past 32 colons, the
    two-character search.
    """
    colon = text.rfind(":", 0, end)
    for _ in range(32):
        if colon < 0:
            return -1
        if colon > 0 and text[colon - 1] == "A":
            return colon - 1
        colon = text.rfind(":", 0, colon)
    return text.rfind("A:", 0, colon + 1)


def _last_marker(text: str) -> tuple[int, str] | None:
    """(position, answer) of the last GSM8K ``####`` / ``A:`` line followed by an answer."""
    for end in _marker_ends(text):
        answer = _answer_after(text, end)
        if answer is not None:
            return end, answer
    return None


def _marker_ends(text: str) -> Iterator[int]:
    """Ends of the last 16 :data:`_MARKER` matches, the last first, found backward.

    A match lies on one line and starts at the line's start (``^``, blanks, then ``####`` or
    ``A:``), so the matches are those of the lines holding ``####`` or ``A:``, each tried at
    its start: found with ``str.rfind`` from the end, instead of the multi-line pattern tried
    at every character of the text (a Markdown completion holds ``####`` headings).
    """
    found = 0
    # one-character tests first: a search for "#" or ":" is a memchr, many times faster
    hashes = text.rfind("####") if "#" in text else -1
    colon = _last_answer_colon(text, len(text))
    while found < _PHRASE_TRIES:
        hit = max(hashes, colon)
        if hit < 0:
            return
        line = text.rfind("\n", 0, hit) + 1
        match = _MARKER.match(text, line)
        if match is not None:
            found += 1
            yield match.end()
        # each search reads the text before the line once: linear time whatever the lines
        if hashes >= line:
            hashes = text.rfind("####", 0, line)
        if colon >= line:
            colon = _last_answer_colon(text, line)


def extract_marked_answer(text: str) -> tuple[str | None, str]:
    r"""Return the answer after the last explicit marker, and which kind of marker it was.

    Markers (case-insensitive):

    - ``phrase``: "the answer is", "final answer is", "answer is:", "Final answer:",
      "Answer:", "**Final Answer:**", and a "Final Answer" heading alone on its line;
      fillers are skipped ("the answer is definitely 5", "the answer is option C"); a phrase
      followed by "correct", "wrong", "not", "that", "as follows"... announces no answer and
      the previous phrase is tried (at most 16).
    - ``gsm8k``: a line starting with ``####`` or ``A:`` whose answer starts like a number
      (``#### 1,234``, ``A: $18``; Markdown ``#### Step 2`` is not a marker).

    Of phrases and GSM8K lines, the one written last wins. The answer is the math span right
    after the marker (``$...$``, ``\\(...\\)``, ``\\[...\\]``), else the text up to the end of the
    line or sentence (at most 300 characters), trailing punctuation removed; a number followed
    only by words (``9 customers``, ``$18 per day``) gives the number as written.

    Args:
        text: the completion text.

    Returns:
        ``(answer, "phrase" | "gsm8k")``, or ``(None, "none")`` when no marker announces one.

    Examples:
        >>> extract_marked_answer("So, the final answer is \\(\\sqrt{53}\\).")
        ('\\sqrt{53}', 'phrase')
        >>> extract_marked_answer("She makes 9 * 2 = 18 a day.\n#### 18")
        ('18', 'gsm8k')
        >>> extract_marked_answer("I think that's the final answer.")
        (None, 'none')
    """
    answer, source, _ = _marked(text)
    return answer, source


def _marked(text: str) -> tuple[str | None, str, bool]:
    """:func:`extract_marked_answer`, and whether the last statement is a negated phrase."""
    phrase = _last_statement(text)
    marker = _last_marker(text)
    if marker is not None and (phrase is None or marker[0] > phrase[0]):
        return marker[1], "gsm8k", False
    if phrase is not None and phrase[1] is not None:
        return phrase[1], "phrase", False
    return None, "none", phrase is not None


# Right before the last number: it is offered as an alternative ("6 or 7", "or maybe 7").
_ALTERNATIVE_BEFORE = lazy_compile(r"\b(?:or|either|maybe|perhaps)\W*$", re.IGNORECASE)
# Right before the last math span: it is offered as an alternative ("$6$ or $7$", "$6$ / $7$").
_SPAN_ALTERNATIVE_BEFORE = lazy_compile(
    r"(?:\b(?:or|either|maybe|perhaps|possibly)\W*|[$)\]][ \t]*/[ \t]*)$", re.IGNORECASE
)
# Right before the last number or math span (fourteenth session): a negation or a bound, so the
# value is not what the text answers ("It is 7, not 6.", "the result isn't 6", "at least 6",
# "cannot be 6", "\neq 6", "more than 6"). A correction keeps the value before it: "so it is 6,
# not 7" answers 6 (:data:`_CORRECTED`).
_NEGATED_BEFORE = lazy_compile(
    r"(?:\b(?:not|never|no\s+longer|cannot|can\s*not|rather\s+than|instead\s+of|except|"
    r"other\s+than|at\s+(?:least|most)|(?:more|less|fewer|greater|smaller|larger|bigger|higher|"
    r"lower)\s+than|exceeds?|exceeding|below|above|under|over|beyond|unequal\s+to)|n[’']t|"
    r"\u2260|\u2264|\u2265|\\neq?\b|\\n?[lg]eq?\b|\\not\b|!=)"
    r"[ \t]*(?:(?:be|equal|equals|be\s+equal|even|quite|exactly|just|possibly|to)[ \t]+)*"
    r"(?:to[ \t]+)?(?:the[ \t]+(?:number|value)[ \t]+)?[$(\\]*[ \t]*$",
    re.IGNORECASE,
)
# A correction: the value before ", not" / "and not" / "rather than" / "instead of" is the one
# stated ("so it is 6, not 7", "6 rather than 7"): what follows that value, up to the end. The
# value itself is read as every number is (:data:`_NUMBER`: "1,234, not 7" is 1234).
_CORRECTED = lazy_compile(
    r"\$?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and[ \t]+)?)"
    r"(?:not|rather\s+than|instead\s+of)[ \t]*[$(]*[ \t]*$",
    re.IGNORECASE,
)
_NEGATION_REACH = 48
#: How far before a correction its value is read from (a longer number is cut).
_CORRECTED_REACH = 40


def _negated_answer(text: str, start: int) -> tuple[str | None, str] | None:
    """The answer when the value at ``start`` follows a negation or a bound, else ``None``.

    ``None``: read the value. ``("6", "number")``: "so it is 6, not 7", the value stated
    before the negated one. ``(None, "none")``: negated or bounded, no value ("isn't 6").
    """
    begin = max(0, start - _NEGATION_REACH)
    if _NEGATED_BEFORE.search(text, begin, start) is None:
        return None
    tail = _CORRECTED.search(text, begin, start)
    if tail is not None:
        before = list(_NUMBER.finditer(text, max(0, tail.start() - _CORRECTED_REACH), tail.start()))
        if before and before[-1].end() == tail.start():
            stated = before[-1]
            # the stated value passes a last number's checks: "6 or 5, not 7" and "maybe 6, not
            # 7" hedge, "not 6, not 7" denies both
            at = stated.start()
            if not (
                _ALTERNATIVE_BEFORE.search(text, max(0, at - 24), at)
                or _NEGATED_BEFORE.search(text, max(0, at - _NEGATION_REACH), at)
            ):
                return _number_text(stated), "number"
    return None, "none"


_FINAL_PHRASE = lazy_compile(r"final\s+answer", re.IGNORECASE)
# Fewer characters after a box than "answer is 1" hold no answer phrase.
_SHORTEST_PHRASE = 11
# "326.5 is the correct sum of 313.9 and 12.6": a value stated first, then the numbers restated
# from the problem.
_STATED_FIRST = lazy_compile(
    r"(?:^|(?<=[\s(]))(-?[0-9][0-9,]*(?:\.[0-9]+)?)[ \t]+is[ \t]+(?:the[ \t]+)?"
    r"(?:correct|final|right|exact)\b",
    re.IGNORECASE,
)


#: The non-ASCII characters ``re.IGNORECASE`` matches with an ASCII letter: dotted and dotless
#: I, long s, Kelvin sign.
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _absent(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether none of ``words`` (lower-case ASCII) occurs in ``text[start:]``, case aside.

    Decided on the tail lower-cased, each non-ASCII character read as ``?``: ``re.IGNORECASE``
    matches an ASCII letter with no other character but :data:`_ASCII_FOLDS`; ``False``
    (unknown: run the pattern) when the tail holds one of those.
    """
    tail = text[start:]
    if tail.isascii():
        low = tail.lower()
    elif any(fold in tail for fold in _ASCII_FOLDS):
        return False
    else:
        low = tail.encode("ascii", "replace").decode("ascii").lower()
    return not any(word in low for word in words)


def _stated_first(text: str) -> str | None:
    """The value of a last sentence that states it first ("326.5 is the correct sum of ...").

    Only when that sentence is the last one holding a digit.
    """
    found = None
    begin = max(0, len(text) - ANSWER_SPAN_LIMIT)
    if _absent(text, begin, ("is ", "is\t")) or _absent(
        text, begin, ("correct", "final", "right", "exact")
    ):
        return None  # the pattern needs "is", a blank, and one of these words
    for match in _STATED_FIRST.finditer(text, begin):
        found = match
    if found is None:
        return None
    end = _SPAN_END.search(text, found.end())
    if end is not None and any(ch.isdigit() for ch in text[end.end() :]):
        return None
    return found.group(1).replace(",", "")


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` is inside a fenced code block or on a quoted (``>``) line."""
    if text.find("`", 0, position) >= 0 and text.count("```", 0, position) % 2 == 1:
        return True
    line_start = text.rfind("\n", 0, position) + 1
    return text.startswith(">", line_start) or text.startswith(" >", line_start)


def _final_answer_after_box(text: str) -> str | None:
    r"""A "final answer" phrase written after the last box command, and its answer, if any.

    ``... = \boxed{255} ... Final Answer: The final answer is $10,455$.``: the statement that
    closes the completion is its answer; a box inside the reasoning is an intermediate result.
    When the last box is inside a code block or a quoted prompt line, any answer phrase after
    it counts ("the answer is 7").
    """
    last_box = text.rfind("\\boxed")
    last_box = max(last_box, text.rfind("\\fbox", max(last_box, 0)))
    tail_start = text.find("}", last_box)
    if tail_start < 0 or len(text) - tail_start < _SHORTEST_PHRASE:
        return None  # the usual case: the completion ends with its box
    tail = text[tail_start + 1 :]
    final = not _absent(tail, 0, ("final",)) and _FINAL_PHRASE.search(tail) is not None
    if not final and not _quoted(text, last_box):
        return None
    if "\\boxed" in tail or "\\fbox" in tail:
        return None
    phrase = _last_statement(tail)
    if phrase is None or phrase[1] is None or "$" in phrase[1] or '"' in phrase[1]:
        return None
    if not any(ch.isdigit() or ch == "\\" for ch in phrase[1]):
        return None  # "Final answer: see above": no value stated
    return phrase[1]


def extract_answer_with_source(text: str) -> tuple[str | None, str]:
    r"""Return the final answer of ``text`` and where it was found.

    Tries, in order (the first that finds an answer wins):

    1. ``"boxed"``: :func:`extract_boxed` (an empty box counts: ``""``), unless a "final
       answer" phrase after the last box states another answer (``\boxed{255} ... Final
       Answer: The final answer is $10,455$.`` gives ``10,455``, source ``"phrase"``);
    2. ``"phrase"`` / ``"gsm8k"``: :func:`extract_marked_answer`, the later marker winning;
    3. ``"math"``: :func:`extract_last_math`, unless a number is written after that span;
    4. ``"number"``: a last sentence that states its value first ("326.5 is the correct sum
       of 313.9 and 12.6" gives ``326.5``), else :func:`extract_last_number` (so "the units
       digit of \(18^6\) is 4."
       gives ``4``, and "Thus $y = \frac{3}{4}$." gives ``y = \frac{3}{4}``);
    5. ``"none"``: nothing found.

    Args:
        text: the completion text.

    Returns:
        ``(answer, source)`` with source in :data:`ANSWER_SOURCES`; ``(None, "none")`` when no
        answer is found. Never raises.

    Examples:
        >>> extract_answer_with_source("So $x=2$, and the answer is \\boxed{2}.")
        ('2', 'boxed')
        >>> extract_answer_with_source("Final answer: 12 apples")
        ('12', 'phrase')
        >>> extract_answer_with_source("Thus $y = \\frac{3}{4}$.")
        ('y = \\frac{3}{4}', 'math')
        >>> extract_answer_with_source("She has 7 left")
        ('7', 'number')
        >>> extract_answer_with_source("no idea")
        (None, 'none')
    """
    return _answer_with_source(text)


def _closer_after(text: str, start: int) -> bool:
    r"""Whether a math span's closing delimiter (``$``, ``\)``, ``\]``) occurs from ``start``.

    A span ending after a number closes after it: a number never ends with ``$``, ``)`` or
    ``]``, so no closer overlaps its end.
    """
    return (
        text.find("$", start) >= 0 or text.find("\\)", start) >= 0 or text.find("\\]", start) >= 0
    )


def _answer_with_source(text: str, *, shortcut: bool = True) -> tuple[str | None, str]:
    """:func:`extract_answer_with_source`; ``shortcut=False`` always searches the last span.

    ``shortcut=False`` is the rule as written, the oracle of the tests.
    """
    tag = _answer_tag(text)
    if tag is not None:
        return _tag_answer(text, *tag, shortcut=shortcut)
    boxed = extract_boxed(text)
    if boxed is not None:
        later = _final_answer_after_box(text)
        return (later, "phrase") if later is not None else (boxed, "boxed")
    marked, source, negated = _marked(text)
    if marked is not None:
        return marked, source
    if negated:
        return None, "none"  # "The answer is not 18.": no stray number instead
    alone = _only_answer(text)
    if alone is not None:  # a plain number is a "number", anything else "math"
        return alone, "number" if _NUMBER.fullmatch(alone) else "math"
    stated = _stated_first(text)
    if stated is not None:
        return stated, "number"
    number = _last_number(text)
    if number is not None and shortcut and not _closer_after(text, number.end()):
        # No math span can end after the last number, so the number decides whatever the
        # last span is: long unboxed completions ending in a number skip the span search.
        span = None
    else:
        span = _last_math_span(text)
    if span is not None and (number is None or number.end() <= span[2]):
        if _REJECTED_AFTER.match(text, span[2]):
            return None, "none"  # "$5$ is wrong.": no answer, and no stray number instead
        opener = len(text[: span[0]].rstrip("$([\\"))  # the span's opening delimiter
        if _SPAN_ALTERNATIVE_BEFORE.search(text, max(0, opener - 32), opener):
            return None, "none"  # "$6$ or $7$", "maybe $7$", "$6$ / $7$": an alternative
        denied = _negated_answer(text, opener)
        if denied is not None:  # "It is $7$, not $6$.": no answer; "$6$, not $7$": the first
            return denied
        return _last_equation(text[span[0] : span[1]]), "math"
    if number is not None:
        if _declined(text, number.start(), number.end()):
            return None, "none"  # "6 or 7", "6 is wrong": an alternative or a verdict against it
        run = _latex_run(text, number.start(), number.end())
        start, end = (number.start(), number.end()) if run is None else run
        if run is not None and _declined(text, start, end):
            return None, "none"  # "maybe \frac{1}{2}", "\frac{1}{2} is wrong"
        denied = _negated_answer(text, start)
        if denied is not None:  # "It is 7, not 6.", "isn't 6", "at least 6": none; "6, not 7": 6
            return denied
        if run is not None:  # "so it is \sqrt{2}": the expression, not its last number
            return _last_equation(text[start:end]), "math"
        return _number_text(number), "number"
    return None, "none"


def _declined(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` is rejected after it or offered beside another."""
    return (
        _REJECTED_AFTER.match(text, end) is not None
        or _ALTERNATIVE_BEFORE.search(text, max(0, start - 24), start) is not None
    )


# --- The last number inside undelimited LaTeX (fifteenth session) ------------------------------
# "so x = \frac{1}{2}", "it is \sqrt{2}", "2^{10}", "a_{10}" written without $ or \( \): the
# last number is part of an expression, whose value is not that number (reading 2 from
# \frac{1}{2} made a wrong answer of 1/2 right against a gold of 2).
#: A LaTeX sign in a run around the last number: a command, a power or a subscript.
_LATEX_SIGN = lazy_compile(r"\\[A-Za-z]|\^|_")
#: How far a run around the last number is read, each way (a longer one is cut there).
_RUN_REACH = 160
#: Trailing characters that end a sentence, not an expression.
_RUN_TRAIL = ".,;:!?*"


def _latex_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    r"""The undelimited LaTeX expression holding the number at ``text[start:end]``, or ``None``.

    The run is the blank-free text around the number, widened across blanks until its braces
    balance (``\frac{1}{2 + 3}``), without trailing sentence punctuation or markdown bold. It
    is an expression when it holds more than the number and a LaTeX sign (a command, ``^`` or
    ``_``): ``\sqrt{2}``, ``2^{10}``, ``x_2``, ``\pi/2``. ``None``: the number stands alone
    (``18``, ``\$18``, ``45\%``, ``4343_6``, ``{"answer": 5}``) or the braces never balance.

    Examples:
        >>> text = r"so it is \frac{1}{2}."
        >>> text[slice(*_latex_run(text, 18, 19))]
        '\\frac{1}{2}'
        >>> _latex_run("it is 18.", 6, 8) is None
        True
    """
    floor, ceiling = max(0, start - _RUN_REACH), min(len(text), end + _RUN_REACH)
    left, right = start, end
    while left > floor and not text[left - 1].isspace():
        left -= 1
    while right < ceiling and not text[right].isspace():
        right += 1
    for _ in range(_MAX_STEPS):
        run = text[left:right]
        opened, closed = run.count("{"), run.count("}")
        if opened > closed and right < ceiling:  # widen right across the next blanks and word
            while right < ceiling and text[right].isspace():
                right += 1
            while right < ceiling and not text[right].isspace():
                right += 1
        elif closed > opened and left > floor:
            while left > floor and text[left - 1].isspace():
                left -= 1
            while left > floor and not text[left - 1].isspace():
                left -= 1
        else:
            break
    run = text[left:right]
    if run.count("{") != run.count("}"):
        return None
    while right > end and text[right - 1] in _RUN_TRAIL:
        right -= 1
    while left < start and text[left] == "*":
        left += 1
    if (left, right) == (start, end) or _LATEX_SIGN.search(text, left, right) is None:
        return None
    if _NUMBER.fullmatch(text, left, right) is not None:
        return None  # the number with its own signs (\$18, 45\%, 4343_{6})
    return left, right


# --- The answer block of the R1-Zero format (fifteenth session) --------------------------------
_TAG_OPEN = "<answer>"
_TAG_CLOSE = "</answer>"


def _answer_tag(text: str) -> tuple[int, int] | None:
    r"""The content bounds of the last complete ``<answer>...</answer>``, when it decides.

    It decides unless a box command comes after it (``<answer>7</answer> ... \boxed{6}``: the
    later commitment, the box, is read as before). An unclosed block (a truncated completion)
    is no block.
    """
    if "<" not in text:  # one memchr: most completions hold no "<" at all
        return None
    close = text.rfind(_TAG_CLOSE)
    if close < 0:
        return None
    opened = text.rfind(_TAG_OPEN, 0, close)
    if opened < 0:
        return None
    after = close + len(_TAG_CLOSE)
    if text.find("\\boxed", after) >= 0 or text.find("\\fbox", after) >= 0:
        return None
    return opened + len(_TAG_OPEN), close


def _tag_answer(
    text: str, start: int, end: int, *, shortcut: bool = True
) -> tuple[str | None, str]:
    r"""The answer of the ``<answer>`` block ``text[start:end]`` (source ``"tag"``).

    The block is the completion's commitment: its content alone is read, never the reasoning
    before it. Content that is only math (no word of prose; ``=`` allowed, a label such as
    ``x = 5`` is read by the comparison) is the answer whole; content with a box or prose is
    read by the other rules (``The answer is 12.`` gives ``12``, ``6 or 7`` gives none). An
    earlier block within 60 characters that says something else makes a run of answers: none.
    """
    previous = text.rfind(_TAG_CLOSE, 0, start)
    if previous >= 0:
        earlier = text.rfind(_TAG_OPEN, 0, previous)
        gap = text[previous + len(_TAG_CLOSE) : start - len(_TAG_OPEN)]
        if (
            earlier >= 0
            and len(gap) <= FINAL_BOX_GAP
            and text[earlier + len(_TAG_OPEN) : previous].strip() != text[start:end].strip()
        ):
            return None, "none"  # <answer>6</answer><answer>7</answer>: two answers offered
    content = text[start:end]
    body = None if "\\boxed" in content or "\\fbox" in content else _alone_body(content)
    if body is not None:
        if not body:
            return None, "none"
        if _PROSE.search(body) is None:
            return _last_equation(body), "tag"
    answer, _ = _answer_with_source(content, shortcut=shortcut)
    return (answer, "tag") if answer is not None else (None, "none")


#: Longest completion read whole as an answer (``\frac{10}{9}``, ``$\frac13 $``, ``1 000``).
ALONE_LIMIT = 200
_ALONE = lazy_compile(r"\s*(?:\$\$|\$|\\\[|\\\()?(?P<body>[^$]*?)(?:\$\$|\$|\\\]|\\\))?\s*\.?\s*")
_BOLD_ALONE = lazy_compile(r"(?:\*\*|__)(.+?)(?:\*\*|__)")
# What an answer alone may not hold: words of prose (two letters or more outside commands), or
# any letter of a script other than Latin and Greek (Cyrillic, Arabic, Hebrew, Indic, Thai,
# Chinese, Japanese, Korean: "体重是192公斤。" is a sentence, not an answer alone).
_PROSE = lazy_compile(
    r"(?<![\\A-Za-z{])[A-Za-z]{2,}(?![A-Za-z}])"
    r"|[\u0400-\u1cff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]"
)


def _only_answer(text: str) -> str | None:
    """The whole completion when it is only an answer (math, no prose), else ``None``."""
    if not text.strip():
        return None
    body = _alone_body(text)
    if not body or _PROSE.search(body) or "=" in body:
        return None
    return body


def _alone_body(text: str) -> str | None:
    """A short text's body without its math delimiters or markdown bold, else ``None``.

    ``None`` when the text is longer than :data:`ALONE_LIMIT` or is not one body between
    delimiters (:data:`_ALONE`); the body may be empty.
    """
    if len(text) > ALONE_LIMIT:
        return None
    match = _ALONE.fullmatch(text)
    if match is None:
        return None
    body = match.group("body").strip()
    bold = _BOLD_ALONE.fullmatch(body)
    if bold is not None:  # **73**: markdown bold around the whole answer
        body = bold.group(1).strip()
    return body


def extract_answer(text: str) -> str | None:
    r"""Return the final answer of ``text``: boxed, else marked, else math, else a number.

    See :func:`extract_answer_with_source` for the exact order.

    Args:
        text: the completion text.

    Returns:
        The answer as text, or ``None`` when nothing looks like one. Never raises.

    Examples:
        >>> extract_answer("The answer is $\\frac{1}{2}$.")
        '\\frac{1}{2}'
        >>> extract_answer("#### 1,234")
        '1,234'
        >>> extract_answer("I got 3 then 4.")
        '4'
    """
    return extract_answer_with_source(text)[0]
