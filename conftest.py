"""Collection rules for the optional extras: ``pytest`` collects without ``plot`` or ``bench``.

Modules that import an optional package at top level (a docs plotting script, a benchmark
against lxml) are skipped at collection when that package is not installed; the tests that
need it call ``pytest.importorskip`` themselves.
"""

from __future__ import annotations

import importlib.util


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
