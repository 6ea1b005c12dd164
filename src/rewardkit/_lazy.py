"""Regular expressions compiled on first use, to keep ``import rewardkit`` cheap.

Compiling the ~80 module-level patterns of the core modules took about a third of the import
time of rewardkit (issue 13.6). :func:`lazy_compile` stands in for :func:`re.compile` at module
level: it returns a proxy that compiles on the first attribute access and then stores the
compiled pattern's methods on itself, so a later ``PATTERN.search`` is one instance-dict lookup,
no slower than on a :class:`re.Pattern`. Two threads racing on the first use both compile the
same pattern; either result is correct. The proxy only serves attribute access
(``PATTERN.search(text)``, ``PATTERN.pattern``); do not pass it where the :mod:`re` module
expects a real pattern (``re.sub(PATTERN, ...)``, ``isinstance``).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy_compile"]

_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """A :class:`re.Pattern` that is compiled on the first attribute access."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet in the instance dict, i.e. before the first compile.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    r"""Like :func:`re.compile`, but compiled on the first use of the returned pattern.

    Args:
        pattern: The regular expression.
        flags: :mod:`re` flags, as for :func:`re.compile`.

    Returns:
        An object that behaves as the compiled pattern for attribute access.

    Examples:
        >>> import re
        >>> number = lazy_compile(r"\d+", re.ASCII)
        >>> number.findall("3 apples and 12 pears")
        ['3', '12']
        >>> number.pattern, number.flags == re.compile(r"\d+", re.ASCII).flags
        ('\\d+', True)
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
