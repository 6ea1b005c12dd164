"""What the package declares matches what it imports (issue 13.7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: Blocks the optional packages, then collects what would import them.
_COLLECT_WITHOUT = """
import sys
for name in ("matplotlib", "lxml"):
    sys.modules[name] = None
import pytest
sys.exit(pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", *sys.argv[1:]]))
"""


def _names(requirements: list[str]) -> set[str]:
    return {
        req.split(";")[0].split(">")[0].split("[")[0].split("=")[0].strip() for req in requirements
    }


def test_lxml_is_a_bench_extra_not_a_runtime_dependency() -> None:
    assert "lxml" not in _names(PROJECT["dependencies"])
    assert "lxml" in _names(PROJECT["optional-dependencies"]["bench"])


def test_tomli_is_declared_for_python_before_3_11() -> None:
    assert "tomli>=2; python_version<'3.11'" in PROJECT["dependencies"]


@pytest.mark.parametrize("path", ["docs", "benchmarks"])
def test_collection_succeeds_without_matplotlib_and_lxml(path: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _COLLECT_WITHOUT, path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
