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

Nothing is compiled at import; a hyperscan database is built on first use per gate tuple and a
scratch space per thread (hyperscan scratch spaces are not thread-safe). A :class:`GateScan`
pickles as its gates only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
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
    flags = hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_CASELESS
    database = hyperscan.Database()
    database.compile(
        expressions=list(sources),
        ids=list(range(len(sources))),
        elements=len(sources),
        flags=[flags] * len(sources),
    )
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


def _literal(gate: str) -> bytes:
    """A hyperscan expression matching the gate's UTF-8 bytes literally (every byte escaped)."""
    return b"".join(b"\\x%02x" % byte for byte in gate.encode("utf-8"))


_LOCAL = threading.local()


def _scratch(sources: tuple[bytes, ...], database: Any) -> Any:
    """This thread's scratch space for the database of ``sources``."""
    scratches: dict[tuple[bytes, ...], Any] = _LOCAL.__dict__.setdefault("scratches", {})
    scratch = scratches.get(sources)
    if scratch is None:
        scratch = scratches[sources] = _hyperscan().Scratch(database)
    return scratch


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
    #: each phrase, and the gate each one stands for. A phrase source that matches reports its
    #: gate, so fewer groups are confirmed than with the gates alone.
    ascii_sources: tuple[bytes, ...] = ()
    ascii_gates: tuple[int, ...] = ()

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
            if low is None:
                low = text.lower()
            return self._scan(low.encode("utf-8", "surrogatepass"))
        if low is None:
            low = text.lower()
        return {i for i, gate in enumerate(self.gates) if gate in low}

    def _scan(self, data: bytes) -> set[int]:
        return _scan(_literals(self.gates), data)


def _scan(sources: tuple[bytes, ...], data: bytes) -> set[int]:
    """Indexes of the hyperscan ``sources`` that match somewhere in ``data``."""
    database = _database(sources)
    found: set[int] = set()

    def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:  # noqa: ARG001
        found.add(index)

    database.scan(data, match_event_handler=on_match, scratch=_scratch(sources, database))
    return found
