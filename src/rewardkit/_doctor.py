"""Which rewardkit is imported, and from which distribution: ``rewardkit --version`` and ``doctor``.

rewardkit is published as the distribution :data:`DISTRIBUTION` (``pip install rewardkit-rl``)
and imported as ``rewardkit``. PyPI refuses the distribution name ``rewardkit`` (it equals the
existing ``reward-kit`` once ``-``, ``_`` and ``.`` are removed), and another distribution,
``harbor-rewardkit``, installs a top-level ``rewardkit`` package of its own. When both are
installed, whichever Python finds first is imported; :func:`diagnose` says which one that is,
and :func:`version_text` and :func:`doctor_text` print it with a warning line.

The rule: a distribution *claims* the import package ``rewardkit`` when its ``top_level.txt``
names it or one of its recorded files lies under ``rewardkit/``; it *owns* the imported copy
when one of its recorded files is the imported ``rewardkit/__init__.py``, or when it is an
editable install (``direct_url.json`` with ``"editable": true``) of a directory that contains
that file. Nothing is imported to find out (optional extras are looked up with
:func:`importlib.util.find_spec`), and nothing here raises on a broken installation: unreadable
metadata counts as "no claim".

Examples:
    >>> from rewardkit._doctor import diagnose
    >>> diagnose().module_path.endswith("__init__.py")
    True
"""

from __future__ import annotations

import importlib.util
import json
import platform
import shlex
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

import rewardkit
from rewardkit._version import __version__

__all__ = ["DISTRIBUTION", "EXTRAS", "Diagnostics", "diagnose", "doctor_text", "version_text"]

#: The name rewardkit is published under on PyPI (``pip install rewardkit-rl``).
DISTRIBUTION = "rewardkit-rl"

#: The import package's name, shared with other distributions (see the module docstring).
PACKAGE = "rewardkit"

#: Optional features: ``(extra, module it needs, pip requirements, what it enables)``.
EXTRAS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("fast", "hyperscan", ("hyperscan",), "one-pass scans for the reflection rewards"),
    ("fast", "orjson", ("orjson",), "reading input lines about twice as fast"),
    ("parquet", "pyarrow", ("pyarrow",), "Parquet and Arrow input, --out x.parquet"),
    ("server", "uvicorn", ("starlette", "uvicorn"), "rewardkit serve"),
    ("ray", "ray", ("ray[data]",), "rewardkit score --engine ray"),
    ("judge", "httpx", ("httpx",), "rewardkit profile --judge"),
    ("plot", "matplotlib", ("matplotlib",), "rewardkit report --plot"),
    ("trl", "trl", ("trl",), "TRL's GRPOTrainer"),
    ("bench", "math_verify", ("math-verify[antlr4_13_2]",), "benchmarks against math-verify"),
    ("docs", "mkdocs", ("mkdocs-material", "mkdocstrings[python]"), "building the documentation"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostics:
    """What :func:`diagnose` found about the running rewardkit.

    Attributes:
        version: ``rewardkit.__version__`` of the imported copy.
        module_path: the imported ``rewardkit/__init__.py``.
        owners: the distributions whose records include the imported copy, sorted: usually
            one; none for a source checkout on ``PYTHONPATH``; two when both wrote the same
            ``rewardkit/__init__.py`` (the one installed last wins).
        claimants: every installed distribution that claims the ``rewardkit`` import package,
            sorted.
        python: the interpreter's version and path.
        platform: :func:`platform.platform`.
        extras: ``(extra, module, available)`` for each of :data:`EXTRAS`.
    """

    version: str
    module_path: str
    owners: tuple[str, ...]
    claimants: tuple[str, ...]
    python: str
    platform: str
    extras: tuple[tuple[str, str, bool], ...]

    @property
    def origin(self) -> str:
        """Where the imported copy comes from, in words."""
        if not self.owners:
            return "not installed, imported from a source tree"
        if len(self.owners) == 1:
            return self.owners[0]
        return f"{' or '.join(self.owners)}: each recorded this file, the last installed wrote it"

    @property
    def conflict(self) -> str | None:
        """The warning line when two or more distributions claim ``rewardkit``, else ``None``.

        The fix it proposes removes every claimant and reinstalls rewardkit: uninstalling only
        the other one could delete files the two share.
        """
        if len(self.claimants) < 2:
            return None
        return (
            f"WARNING: {len(self.claimants)} installed distributions provide the import package "
            f"'rewardkit': {', '.join(self.claimants)}. Python imports {self.module_path} "
            f"({self.origin}). To keep only this library: pip uninstall -y "
            f"{' '.join(self.claimants)} && pip install {DISTRIBUTION}"
        )


def _claims(distribution: metadata.Distribution) -> bool:
    try:
        top_level = distribution.read_text("top_level.txt")
        if top_level is not None and PACKAGE in top_level.split():
            return True
        files = distribution.files or ()
        return any(file.parts[:1] == (PACKAGE,) for file in files)
    except Exception:  # broken metadata is "no claim", never a crash
        return False


def _editable_root(distribution: metadata.Distribution) -> Path | None:
    try:
        text = distribution.read_text("direct_url.json")
        if text is None:
            return None
        info = json.loads(text)
        if not info.get("dir_info", {}).get("editable"):
            return None
        url = urlparse(info["url"])
        if url.scheme != "file":
            return None
        return Path(unquote(url.path)).resolve()
    except Exception:  # broken metadata is "not editable"
        return None


def _owns(distribution: metadata.Distribution, module: Path) -> bool:
    try:
        for file in distribution.files or ():
            if (
                file.parts == (PACKAGE, "__init__.py")
                and Path(str(distribution.locate_file(file))).resolve() == module
            ):
                return True
    except Exception:  # broken metadata owns nothing
        return False
    root = _editable_root(distribution)
    return root is not None and module.is_relative_to(root)


def _name(distribution: metadata.Distribution) -> str:
    try:
        return str(distribution.metadata["Name"] or "?")
    except Exception:  # unreadable metadata has no name
        return "?"


def diagnose(
    *,
    module_path: str | None = None,
    distributions: Iterable[metadata.Distribution] | None = None,
) -> Diagnostics:
    """Find which rewardkit is imported and which installed distributions claim its name.

    Args:
        module_path: the ``rewardkit/__init__.py`` to explain (default: the imported one).
        distributions: the installed distributions to inspect (default: all of them, from
            :func:`importlib.metadata.distributions`).

    Returns:
        A :class:`Diagnostics`; its :attr:`~Diagnostics.conflict` is the warning line when
        two distributions claim ``rewardkit``.

    Examples:
        >>> found = diagnose()
        >>> found.version == rewardkit.__version__
        True
        >>> [module for _, module, _ in found.extras][:3]
        ['hyperscan', 'orjson', 'pyarrow']
    """
    path = module_path if module_path is not None else str(rewardkit.__file__)
    module = Path(path).resolve()
    pool = list(metadata.distributions() if distributions is None else distributions)
    claimants: set[str] = set()
    owners: set[str] = set()
    for distribution in pool:
        owns = _owns(distribution, module)
        if owns or _claims(distribution):
            claimants.add(_name(distribution))
        if owns:
            owners.add(_name(distribution))
    extras = tuple(
        (extra, module_name, importlib.util.find_spec(module_name) is not None)
        for extra, module_name, _, _ in EXTRAS
    )
    return Diagnostics(
        version=__version__,
        module_path=str(module),
        owners=tuple(sorted(owners)),
        claimants=tuple(sorted(claimants)),
        python=f"{platform.python_version()} ({sys.executable})",
        platform=platform.platform(),
        extras=extras,
    )


def version_text(found: Diagnostics | None = None) -> str:
    """The text of ``rewardkit --version``: version, distribution and path, then any warning.

    Examples:
        >>> version_text().startswith(f"rewardkit {rewardkit.__version__} (")
        True
    """
    found = diagnose() if found is None else found
    line = f"rewardkit {found.version} ({found.origin}; {found.module_path})"
    return line if found.conflict is None else f"{line}\n{found.conflict}"


def doctor_text(found: Diagnostics | None = None) -> str:
    """The report of ``rewardkit doctor``: installation, interpreter and optional extras.

    Examples:
        >>> print(doctor_text())  # doctest: +ELLIPSIS
        rewardkit ...
        imported from: .../rewardkit/__init__.py
        ...
    """
    found = diagnose() if found is None else found
    lines = [
        f"rewardkit {found.version}",
        f"imported from: {found.module_path}",
        f"distribution: {found.origin}",
        f"distributions claiming 'rewardkit': {', '.join(found.claimants) or 'none'}",
        f"python: {found.python}",
        f"platform: {found.platform}",
    ]
    requirements = {
        (extra, module_name): (requirement, purpose)
        for extra, module_name, requirement, purpose in EXTRAS
    }
    for extra, module_name, available in found.extras:
        requirement, purpose = requirements.get((extra, module_name), ((module_name,), ""))
        state = "available" if available else f"missing: pip install {shlex.join(requirement)}"
        lines.append(f"extra [{extra}] {module_name}: {state} - {purpose}")
    if found.conflict is not None:
        lines.append(found.conflict)
    return "\n".join(lines)
