"""Collection rules for the optional extras: ``pytest`` collects without ``plot`` or ``bench``.

Modules that import an optional package at top level (a docs plotting script, a benchmark
against lxml) are skipped at collection when that package is not installed; the tests that
need it call ``pytest.importorskip`` themselves.
"""

from __future__ import annotations

import importlib.util

import pytest


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # ValueError: sys.modules[module] is None (blocked)
        return False


#: Files pytest must not import when their optional dependency is missing.
collect_ignore = [
    path
    for path, module in (
        ("docs/scripts/plot_shaping.py", "matplotlib"),
        ("benchmarks/bench_structure.py", "lxml"),
        ("docs/scripts/sphinx_roles.py", "griffe"),
        ("src/rewardkit/integrations/datasets.py", "datasets"),  # its doctest builds a Dataset
    )
    if not _installed(module)
]


#: Doctests that need an optional package (by doctest name): skipped when it is missing.
DOCTEST_NEEDS = {"rewardkit.formats.encode_arrow": "pyarrow"}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a doctest whose optional package is not installed (see :data:`DOCTEST_NEEDS`)."""
    module = DOCTEST_NEEDS.get(item.name)
    if module is not None and not _installed(module):
        pytest.skip(f"needs {module}")
