"""One scan per text for many literal gates: which of them occur.

Every phrase and behaviour pattern has *gates*: lowercase literal substrings one of which occurs
in every text the pattern matches (the lowercased text). A :class:`GateScan` tells, in one call
per text, which gates occur; the exact patterns then run only where a gate occurs.

Two interchangeable backends, tested equal:

- the standard library: ``gate in low`` for each gate (one C-level substring search each);
- `hyperscan <https://pypi.org/project/hyperscan/>`_ when installed (``pip install
  rewardkit[fast]``): one pass over the UTF-8 bytes for all gates at once. On a text that is
  ASCII it scans the original text case-insensitively, which equals searching the lowercased
  text (``str.lower`` maps only ``A-Z`` on ASCII), so a text without a gate is never lowercased.

With hyperscan, finer scans serve the hot paths: :func:`ascii_spans` reports every match of
the phrases' ASCII sources with its leftmost start (the phrase matchers confirm only there),
and :class:`PatternScan` where each behaviour pattern's matches can end. A text beyond ASCII
is scanned as its ASCII stand-in (:func:`stand_in`), one byte per character.

Nothing is compiled at import; a hyperscan database is built on first use per gate tuple and a
scratch space per thread (hyperscan scratch spaces are not thread-safe). Compiled databases are
kept serialized in a cache directory (:func:`cache_directory`), so a worker process loads them
in milliseconds instead of compiling them again. A :class:`GateScan` pickles as its gates only.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import platform
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["GateScan", "fast_backend"]

_FAST: dict[str, bool] = {"enabled": True}


@lru_cache(maxsize=1)
def _hyperscan() -> Any:
    try:
        import hyperscan
    except ImportError:
        return None
    return hyperscan


def fast_backend() -> bool:
    """Whether gate scans use hyperscan (installed and not disabled by :func:`set_fast`)."""
    return _FAST["enabled"] and _hyperscan() is not None


def set_fast(enabled: bool) -> None:
    """Use hyperscan when installed (``True``, the default) or the standard library only."""
    _FAST["enabled"] = enabled


@lru_cache(maxsize=64)
def _database(sources: tuple[bytes, ...]) -> Any:  # a hyperscan.Database
    hyperscan = _hyperscan()
    return _compile(sources, hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_CASELESS)


#: Environment variable naming the directory of compiled hyperscan databases ("" disables it).
CACHE_ENV = "REWARDKIT_CACHE_DIR"


def cache_directory() -> Path | None:
    """Where compiled hyperscan databases are kept between processes, or ``None`` (disabled).

    ``$REWARDKIT_CACHE_DIR`` when set (empty: no cache), else ``$XDG_CACHE_HOME/rewardkit``,
    else ``~/.cache/rewardkit``.
    """
    directory = os.environ.get(CACHE_ENV)
    if directory is not None:
        return Path(directory) if directory else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path("~/.cache").expanduser())
        except RuntimeError:  # no home directory to be found
            return None
    return Path(base) / "rewardkit"


def _cache_file(sources: tuple[bytes, ...], flags: int) -> Path | None:
    directory = cache_directory()
    if directory is None:
        return None
    key = hashlib.sha256()
    version = getattr(_hyperscan(), "__version__", "?")
    key.update(f"{version}|{platform.machine()}|{sys.byteorder}|{flags}|{len(sources)}".encode())
    for source in sources:
        key.update(b"\0" + source)
    return directory / f"hyperscan-{key.hexdigest()[:40]}.db"


def _compile(sources: tuple[bytes, ...], flags: int) -> Any:  # a hyperscan.Database
    """A block-mode database of ``sources`` (one ``flags`` for all), from the cache if there.

    Compiling the behaviour prefilter costs about a CPU second; loading a serialized database
    costs milliseconds, so each worker process pays the compilation only once per machine
    (and rewardkit and hyperscan version). Any cache problem (unwritable directory, a stale or
    damaged file) falls back to compiling; the file is replaced atomically.

    Raises:
        hyperscan.error: the patterns do not compile.
    """
    hyperscan = _hyperscan()
    path = _cache_file(sources, flags)
    if path is not None:
        with contextlib.suppress(Exception):  # any unreadable or stale file: compile instead
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    database = hyperscan.Database()
    database.compile(
        expressions=list(sources),
        ids=list(range(len(sources))),
        elements=len(sources),
        flags=[flags] * len(sources),
    )
    if path is not None:
        partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(hyperscan.dumpb(database))
            partial.replace(path)
        except OSError:  # read-only or full: no cache, and no partial file left behind
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
    return database


def ascii_source(phrase: str, special: Callable[[str], str | None]) -> bytes | None:
    """A hyperscan source for an ASCII text, matching a superset of a phrase's pattern.

    ``special(char)`` gives the ASCII-only regex of a flexible character (whitespace,
    apostrophe, hyphen) or ``None`` for a literal. Word boundaries are left out (a superset).
    ``None`` when a literal is not ASCII: the phrase cannot match an ASCII text at all.
    """
    parts: list[bytes] = []
    for char in phrase:
        flexible = special(char)
        if flexible is not None:
            parts.append(flexible.encode("ascii"))
        elif char.isascii():
            parts.append(b"\\x%02x" % ord(char))
        else:
            return None
    return b"".join(parts)


@lru_cache(maxsize=64)
def _literals(gates: tuple[str, ...]) -> tuple[bytes, ...]:
    return tuple(_literal(gate) for gate in gates)


def utf8_source(phrase: str, special: Callable[[str], list[str] | None]) -> bytes:
    """A hyperscan source over UTF-8 bytes matching a superset of a phrase's pattern.

    ``special(char)`` gives the characters a flexible phrase character may stand for (an empty
    string among them: optional; a trailing ``"+"`` entry: one or more), or ``None`` for a
    literal. Word boundaries are left out (a superset).
    """
    parts: list[bytes] = []
    for char in phrase:
        options = special(char)
        if options is None:
            parts.append(_literal(char))
            continue
        repeat = options[-1] == "+"
        choices = [option for option in options if option not in ("", "+")]
        alternation = b"(?:" + b"|".join(_literal(choice) for choice in choices) + b")"
        if repeat:
            alternation += b"+"
        elif "" in options:
            alternation += b"?"
        parts.append(alternation)
    return b"".join(parts)


def _literal(gate: str) -> bytes:
    """A hyperscan expression matching the gate's UTF-8 bytes literally (every byte escaped)."""
    return b"".join(b"\\x%02x" % byte for byte in gate.encode("utf-8"))


_LOCAL = threading.local()
#: The characters beyond ASCII whose lowercase has an ASCII letter (``İ`` -> ``i̇``, Kelvin ``K``):
#: a caseless byte scan of the original text would miss what ``str.lower`` makes of them.
_LOWERS_TO_ASCII = ("\u0130", "\u212a")


def _scratch(database: Any) -> Any:
    """This thread's scratch space for ``database``, found by its identity."""
    scratches: dict[int, tuple[Any, Any]] | None = getattr(_LOCAL, "scratches", None)
    if scratches is None:
        scratches = _LOCAL.scratches = {}
    entry = scratches.get(id(database))
    if entry is None or entry[0] is not database:
        if len(scratches) >= _IDENTITY_CACHE:
            scratches.clear()
        entry = scratches[id(database)] = (database, _hyperscan().Scratch(database))
    return entry[1]


#: Entries of the identity caches (:func:`_by_identity`, :func:`_scratch`) before they are
#: emptied: far more than there are configurations in a process.
_IDENTITY_CACHE = 256
_BY_IDENTITY: dict[tuple[int, int], tuple[object, Any]] = {}


def clear_databases() -> None:
    """Forget every compiled database in this process (the next scan loads or compiles it)."""
    _database.cache_clear()
    _span_database.cache_clear()
    _prefilter_database.cache_clear()
    _gate_database.cache_clear()
    _BY_IDENTITY.clear()


def _by_identity(build: Callable[[Any], Any], key: Any) -> Any:
    """``build(key)`` (a cached builder), looked up by the identity of ``key``.

    The builders are cached by value, which hashes a tuple of about a hundred byte strings on
    every look-up (microseconds per scan); a scan passes the same tuple object every time, so
    its identity finds the result in one dictionary look-up. The entry keeps ``key`` alive,
    so its identity cannot be reused while the entry exists.
    """
    slot = (id(build), id(key))
    entry = _BY_IDENTITY.get(slot)
    if entry is not None and entry[0] is key:
        return entry[1]
    value = build(key)
    if len(_BY_IDENTITY) >= _IDENTITY_CACHE:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[slot] = (key, value)
    return value


@dataclass(frozen=True, slots=True)
class GateScan:
    """Which of some literal gates occur in a text (see the module docstring).

    Attributes:
        gates: the lowercase literal gates.

    Examples:
        >>> scan = GateScan(("wait", "check"))
        >>> sorted(scan.present("But WAIT, let me think."))
        [0]
    """

    gates: tuple[str, ...]
    #: Optional, for texts that are ASCII: hyperscan sources (bytes, ASCII only) of a superset of
    #: each phrase, and the id each reports (a gate index or any other id the caller defines),
    #: so a caller can confirm only what matched rather than all that shares a gate.
    ascii_sources: tuple[bytes, ...] = ()
    ascii_gates: tuple[int, ...] = ()
    #: The same for any lowercased text, over its UTF-8 bytes (see :func:`utf8_source`).
    utf8_sources: tuple[bytes, ...] = ()
    utf8_gates: tuple[int, ...] = ()
    #: Whether the UTF-8 sources may scan the original text case-insensitively (their non-ASCII
    #: literals have no case), so a text need not be lowercased first.
    utf8_raw: bool = False

    def present(self, text: str, low: str | None = None) -> set[int]:
        """Indexes of the gates that occur in ``text.lower()`` (``low``, when given).

        Args:
            text: the text (any case).
            low: ``text.lower()`` when the caller already has it.
        """
        if not self.gates:
            return set()
        if fast_backend():
            if text.isascii():
                if self.ascii_sources:
                    found = _scan(self.ascii_sources, text.encode("ascii"))
                    return {self.ascii_gates[i] for i in found}
                return self._scan(text.encode("ascii"))
            if low is None and self.utf8_raw and not any(char in text for char in _LOWERS_TO_ASCII):
                low = text  # caseless bytes of the text = bytes of its lowercase, here
            if low is None:
                low = text.lower()
            data = low.encode("utf-8", "surrogatepass")
            if self.utf8_sources:
                return {self.utf8_gates[i] for i in _scan(self.utf8_sources, data)}
            return self._scan(data)
        if low is None:
            low = text.lower()
        return {i for i, gate in enumerate(self.gates) if gate in low}

    def any_gate(self, data: bytes) -> bool:
        """Whether any gate occurs in the ASCII bytes ``data``, caseless (hyperscan only).

        One scan of the literal gates alone, each reported once at most: on a 2.8 KB
        completion about half the time of a scan of the phrases' ASCII sources, whose runs of
        whitespace and spans take more work. A phrase can match only where one of its gates
        occurs, so ``False`` rules out every phrase at once.
        """
        if not self.gates:
            return False
        database = _by_identity(_gate_database, self.gates)
        found: list[int] = []
        database.scan(data, match_event_handler=_note, context=found, scratch=_scratch(database))
        return bool(found)

    def _scan(self, data: bytes) -> set[int]:
        return _scan(_by_identity(_literals, self.gates), data)


def _note(index: int, start: int, end: int, flags: int, context: list[int]) -> None:  # noqa: ARG001
    """A scan's match handler: adds the index to the list given as the scan's context."""
    context.append(index)


@lru_cache(maxsize=64)
def _gate_database(gates: tuple[str, ...]) -> Any:  # a hyperscan.Database
    """The literal-gate database of ``gates`` (:func:`_database` of their literals)."""
    return _database(_literals(gates))


def scan_sources(sources: tuple[bytes, ...], data: bytes) -> set[int]:
    """Indexes of the caseless hyperscan ``sources`` that match somewhere in ``data``."""
    return _scan(sources, data)


def _scan(sources: tuple[bytes, ...], data: bytes) -> set[int]:
    """Indexes of the hyperscan ``sources`` that match somewhere in ``data``."""
    database = _by_identity(_database, sources)
    found: set[int] = set()

    def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:  # noqa: ARG001
        found.add(index)

    database.scan(data, match_event_handler=on_match, scratch=_scratch(database))
    return found


#: Most matches a span scan reports per text before it gives up (the caller then takes its
#: other path): a hostile text of one phrase repeated costs a bounded number of callbacks.
MAX_SPANS = 256


@lru_cache(maxsize=64)
def _span_database(sources: tuple[bytes, ...]) -> Any:  # a hyperscan.Database or None
    hyperscan = _hyperscan()
    try:
        return _compile(sources, hyperscan.HS_FLAG_SOM_LEFTMOST | hyperscan.HS_FLAG_CASELESS)
    except hyperscan.error:  # a pattern hyperscan cannot track the start of: no span scans
        return None


def ascii_spans(
    sources: tuple[bytes, ...], data: bytes, limit: int = MAX_SPANS
) -> list[tuple[int, int, int]] | None:
    """Every match of the caseless ``sources`` in ``data``: (source index, start, end).

    For each end at which a source matches, hyperscan reports the leftmost start of a match
    ending there; so every match of a source starts at or after a reported start and ends at
    a reported end: ``[start, end)`` holds the starts of all matches ending at ``end``.
    ``None``: not available (no hyperscan, or the sources do not compile for start tracking)
    or more than ``limit`` matches (the caller takes its other path).
    """
    if not fast_backend():
        return None
    database = _by_identity(_span_database, sources)
    if database is None:
        return None
    found: list[tuple[int, int, int]] = []

    def on_match(index: int, start: int, end: int, flags: int, context: object) -> bool:  # noqa: ARG001
        found.append((index, start, end))
        return len(found) > limit  # True stops the scan

    try:
        database.scan(data, match_event_handler=on_match, scratch=_scratch(database))
    except _hyperscan().ScanTerminated:
        return None
    return found


@dataclass(frozen=True, slots=True)
class PatternScan:
    """Where some regular expressions may match a text, in one hyperscan pass.

    Each pattern is compiled in hyperscan's prefilter mode (lookarounds and other constructs it
    cannot run are widened), so it matches a superset of what the ``re`` pattern matches: every
    ``re`` match ends where the prefilter reports an end, and a pattern without a reported end
    cannot match. Only with hyperscan (see :meth:`ends`).

    Attributes:
        sources: per pattern, its hyperscan source (ASCII bytes, see :func:`ascii_regex`) or
            ``None`` when it has none (the caller searches it by other means).
    """

    sources: tuple[bytes | None, ...]

    def ends(self, low: str) -> dict[int, list[int]] | None:
        """Where the widened patterns' matches end in ``low``, by pattern index.

        Every match of a ``re`` pattern ends at one of the offsets listed for it (a pattern
        that is not listed cannot match). Patterns without a hyperscan source are not listed:
        the caller searches them by other means. ``None``: not available (no hyperscan or a
        pattern set hyperscan cannot compile). A non-ASCII text is scanned as its ASCII
        stand-in (:data:`_STAND_IN`), character for character.
        """
        if not fast_backend():
            return None
        usable, sources = _by_identity(_usable, self.sources)
        database = _by_identity(_prefilter_database, sources)
        if database is None:
            return None
        found: dict[int, list[int]] = {}

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:  # noqa: ARG001
            found.setdefault(usable[index], []).append(end)

        database.scan(
            stand_in(low),
            match_event_handler=on_match,
            scratch=_scratch(database),
        )
        return found


@lru_cache(maxsize=16)
def _usable(sources: tuple[bytes | None, ...]) -> tuple[tuple[int, ...], tuple[bytes, ...]]:
    """The indexes of the sources there are, and those sources."""
    usable = tuple(i for i, source in enumerate(sources) if source is not None)
    present = tuple(source for source in sources if source is not None)
    return usable, present


class _StandIn(dict[int, int]):
    r"""``str.translate`` table: each character to one ASCII character a prefilter accepts.

    ASCII stays itself. Otherwise: whitespace to a space, an apostrophe look-alike to ``'``,
    a decimal digit to ``0``, any other word character to ``a`` (so ``\w``, ``\b`` and
    ``[^\s...]`` see it as ``re`` does), anything else to DEL (``\x7f``: no word, no space).
    A non-ASCII character matches no ASCII literal, so a pattern of ASCII literals, ``\s``,
    ``\d``, ``\w`` and negated classes matches the stand-in wherever it matches the text.
    """

    def __missing__(self, code: int) -> int:
        char = chr(code)
        if code < 128:
            mapped = code
        elif char.isspace():
            mapped = ord(" ")
        elif char in "\u2019\u2018\u02bc\u2032\u00b4":
            mapped = ord("'")
        elif char.isdecimal():
            mapped = ord("0")
        elif char.isalnum() or char == "_" or _WORD_CHAR.match(char):
            mapped = ord("a")
        else:
            mapped = 0x7F
        if len(self) < _STAND_IN_CACHE:
            self[code] = mapped
        return mapped


#: Characters whose stand-in is remembered (a hostile text cannot grow the table further).
_STAND_IN_CACHE = 1 << 14


_WORD_CHAR = re.compile(r"\w")
_STAND_IN = _StandIn()


_STAND_IN_ERRORS = "rewardkit.stand-in"


def _stand_in_errors(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the stand-ins of a run of non-ASCII characters (:func:`stand_in`)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return error.object[error.start : error.end].translate(_STAND_IN), error.end


@lru_cache(maxsize=1)
def _register_stand_in() -> None:
    codecs.register_error(_STAND_IN_ERRORS, _stand_in_errors)


def stand_in(text: str) -> bytes:
    r"""``text.translate(_STAND_IN)`` as ASCII bytes: one byte per character (:class:`_StandIn`).

    ASCII runs are encoded by the codec at C speed and only the runs of other characters go
    through the table (``str.translate`` with a mapping costs a dictionary look-up per
    character: 14x slower on a 5 KB completion with a few non-ASCII signs); a text with many
    non-ASCII characters (which may form as many runs) goes through the table whole.

    Examples:
        >>> stand_in("x\u2009\u2264 \u00e9t\u00e9 \u0663")
        b'x \x7f ata 0'
    """
    if text.isascii():
        return text.encode("ascii")
    # The handler costs a call per run of non-ASCII characters, the table a look-up per
    # character (~8x cheaper): with many such characters (a bound on the runs), the table.
    if _RUNS_PER_CHAR * (len(text.encode("utf-8", "surrogatepass")) - len(text)) > len(text):
        return text.translate(_STAND_IN).encode("ascii")
    _register_stand_in()
    return text.encode("ascii", _STAND_IN_ERRORS)


#: A run handled by the codec error handler costs about as much as this many look-ups.
_RUNS_PER_CHAR = 8


@lru_cache(maxsize=16)
def _prefilter_database(sources: tuple[bytes, ...]) -> Any:  # a hyperscan.Database or None
    hyperscan = _hyperscan()
    try:
        return _compile(sources, hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY)
    except hyperscan.error:
        return None


#: ``\s`` of ``re`` restricted to ASCII (tab to carriage return, four separators, space).
ASCII_SPACE_CLASS = r"\x09-\x0d\x1c-\x20"


def ascii_regex(source: str) -> bytes | None:
    r"""A hyperscan source equivalent on ASCII text to a ``re`` source, or ``None``.

    ``\s`` becomes its ASCII members (inside or outside a class); any other non-ASCII
    character makes the pattern unusable here (``None``).

    Examples:
        >>> ascii_regex(r"a\s+[^\s.]b")
        b'a[\\x09-\\x0d\\x1c-\\x20]+[^\\x09-\\x0d\\x1c-\\x20.]b'
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source):
            pair = source[i : i + 2]
            if pair == r"\s":
                out.append(ASCII_SPACE_CLASS if in_class else f"[{ASCII_SPACE_CLASS}]")
            else:
                out.append(pair)
            i += 2
            continue
        if in_class and char == "]":
            in_class = False
        elif not in_class and char == "[":
            in_class = True
            out.append(char)
            i += 1
            if source[i : i + 1] == "^":
                out.append("^")
                i += 1
            if source[i : i + 1] == "]":  # a leading "]" is a literal in a class
                out.append("]")
                i += 1
            continue
        out.append(char)
        i += 1
    result = "".join(out)
    return result.encode("ascii") if result.isascii() else None


def _class_end(source: str, i: int) -> int:
    """The index after the ``[...]`` class that starts at ``source[i]``."""
    i += 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":  # a leading "]" is a literal
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _atom_end(source: str, i: int) -> int:
    """The index after the atom (escape, class, group or character) at ``source[i]``."""
    char = source[i]
    if char == "\\":
        return i + 2
    if char == "[":
        return _class_end(source, i)
    if char != "(":
        return i + 1
    depth = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        depth += 1 if char == "(" else -1 if char == ")" else 0
        i += 1
        if depth == 0:
            break
    return i


def _split(source: str) -> tuple[list[str], list[list[str]]]:
    """A regex source's top-level alternatives, each as its items (quantifiers attached)."""
    alternatives: list[list[str]] = [[]]
    i = 0
    while i < len(source):
        if source[i] == "|":
            alternatives.append([])
            i += 1
            continue
        end = _atom_end(source, i)
        while end < len(source) and source[end] in "?*+{":
            if source[end] == "{":
                close = source.find("}", end)
                end = len(source) if close < 0 else close + 1
            else:
                end += 1
        item, items = source[i:end], alternatives[-1]
        if item.isalnum() and items and items[-1].isalnum():
            items[-1] += item  # a run of letters is one word item
        else:
            items.append(item)
        i = end
    return ["".join(items) for items in alternatives], alternatives


def _optional(item: str) -> bool:
    """Whether an item may match the empty string (its quantifier allows none, or a lookaround)."""
    quantifier = item[_atom_end(item, 0) :]
    return quantifier.startswith(("?", "*", "{0,")) or item.startswith(
        ("(?=", "(?!", "(?<=", "(?<!")
    )


def _anchor(item: str) -> bool:
    """Whether an item is required and holds a word of two letters or more."""
    return not _optional(item) and re.search("[a-z]{2}", re.sub(r"\\\\.", " ", item)) is not None


#: Words so frequent in any text that a scanner meets one at every other word.
_FREQUENT = frozenset(
    (
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "it",
        "its",
        "which",
        "what",
        "is",
        "are",
        "was",
        "be",
        "been",
        "'s",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "as",
        "or",
        "and",
        "but",
        "so",
        "if",
        "we",
        "i",
        "you",
        "our",
        "my",
        "us",
        "me",
        "let",
        "can",
        "will",
        "would",
        "should",
        "=",
        ",",
        ":",
    )
)


#: Required word items a stripped prefilter keeps (fewer fire too often: more windows to search).
_MIN_ANCHORS = 3


def _common(item: str) -> bool:
    """A leading item worth dropping from a prefilter (see :func:`strip_leading`).

    Optional, whitespace, or an alternation with a frequent word among its alternatives
    (such as ``(?:this|that|it)``).
    """
    if _optional(item) or item.startswith(("\\s", " ")):
        return True
    if not item.startswith("(?:") or not item.endswith(")"):
        return False
    alternatives, _ = _split(item[3:-1])
    words = {
        re.sub(r"\\s[+*]?|\\|\[[^]]*\][?*+]?|\(\?:|[()?]", " ", a).strip() for a in alternatives
    }
    return len(alternatives) > 1 and not words.isdisjoint(_FREQUENT)


def strip_leading(source: str, anchors: int = _MIN_ANCHORS, *, force: bool = False) -> str:
    r"""A prefilter source whose matches end wherever the matches of ``source`` end.

    Every match of a sequence ``A B`` ends where a match of ``B`` ends, so dropping leading
    items keeps a prefilter of match ends sound. Per top-level alternative, leading items that
    are optional, whitespace, or an alternation with a frequent word (:data:`_FREQUENT`) are
    dropped while ``anchors`` required items with words remain (three by default): a scanner
    meets those leading words everywhere, and a shorter rest would in general report too many
    ends to search near (a pattern whose rest is rare may ask for fewer: a smaller database).
    With ``force`` any leading item is dropped while they remain, not only frequent ones
    (equally sound).

    Examples:
        >>> print(strip_leading(r"(?:this|that|it) (?:is|was) not (?:correct|right)\.|nope"))
        (?:is|was) not (?:correct|right)\.|nope
        >>> print(strip_leading(r"(?:this|that) (?:seems|looks) wrong"))
        (?:this|that) (?:seems|looks) wrong
        >>> print(strip_leading(r"(?:this|that) (?:seems|looks) wrong", anchors=2))
        (?:seems|looks) wrong
        >>> print(strip_leading(r"(?:let me|we should) find it first", anchors=3, force=True))
        find it first
    """
    _, alternatives = _split(source)
    out: list[str] = []
    for items in alternatives:
        k = 0
        while (
            k + 1 < len(items)
            and (force or _common(items[k]))
            and sum(map(_anchor, items[k + 1 :])) >= anchors
        ):
            k += 1
        out.append("".join(items[k:]))
    return "|".join(out)
