"""``import rewardkit`` stays cheap (issue 13.6): a structural guard, not a timing test.

The timing lives in ``benchmarks/bench_import.py``; here a fresh interpreter imports rewardkit
and reports which heavy optional modules it loaded, and the lazily compiled patterns are checked
against :func:`re.compile` as the oracle.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import rewardkit
from rewardkit._lazy import lazy_compile

#: Loaded at first use only; none of them may be paid by ``import rewardkit``.
HEAVY = ("sympy", "rapidfuzz", "hyperscan", "pyarrow", "starlette", "httpx", "matplotlib")

_PROBE = """
import json, sys
import rewardkit
print(json.dumps({"file": rewardkit.__file__, "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def fresh_import() -> dict[str, object]:
    """``rewardkit.__file__`` and ``sorted(sys.modules)`` after a fresh ``import rewardkit``."""
    source_root = str(Path(rewardkit.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source_root, env.get("PYTHONPATH")]))
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=env
    )
    report: dict[str, object] = json.loads(completed.stdout)
    return report


def test_the_fresh_interpreter_imported_this_rewardkit(fresh_import: dict[str, object]) -> None:
    assert Path(str(fresh_import["file"])).resolve() == Path(rewardkit.__file__).resolve()


@pytest.mark.parametrize("name", HEAVY)
def test_import_rewardkit_does_not_import(fresh_import: dict[str, object], name: str) -> None:
    modules = fresh_import["modules"]
    assert isinstance(modules, list)
    loaded = [module for module in modules if module == name or module.startswith(f"{name}.")]
    assert loaded == []


_CASES = [
    pytest.param(r"\d+", 0, "3 apples and 12 pears", id="digits"),
    pytest.param(r"(?P<word>[a-z]+)\s*=\s*(\d)", re.IGNORECASE, "X = 1; y=2", id="named-group"),
    pytest.param(r"^#+[ \t]*(.*)$", re.MULTILINE, "# a\ntext\n## b", id="multiline"),
    pytest.param(r"\\boxed\{", 0, "no box here", id="no-match"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), _CASES)
def test_lazy_compile_behaves_as_re_compile(pattern: str, flags: int, text: str) -> None:
    lazy, compiled = lazy_compile(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == compiled.pattern
    assert lazy.flags == compiled.flags
    assert lazy.groups == compiled.groups
    assert lazy.groupindex == compiled.groupindex
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("<>", text) == compiled.sub("<>", text)
    assert lazy.subn("<>", text) == compiled.subn("<>", text)
    assert lazy.split(text) == compiled.split(text)
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(lazy, method)(text), getattr(compiled, method)(text)
        assert (found and found.group(0)) == (expected and expected.group(0))


def test_lazy_compile_defers_the_compile_to_the_first_use() -> None:
    lazy = lazy_compile(r"deferred-\d")
    assert "search" not in vars(lazy)
    assert lazy.search("a deferred-7") is not None
    assert "search" in vars(lazy)


def test_lazy_compile_reports_a_bad_pattern_at_first_use() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def _modules_after(statement: str) -> list[str]:
    source_root = str(Path(rewardkit.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source_root, env.get("PYTHONPATH")]))
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    modules: list[str] = json.loads(completed.stdout)
    return modules


def test_import_rewardkit_imports_its_exports_lazily() -> None:
    loaded = [m for m in _modules_after("import rewardkit") if m.startswith("rewardkit.")]
    assert loaded == ["rewardkit._version", "rewardkit.errors"]


def test_aha_and_boxed_correct_do_not_pay_for_the_rest() -> None:
    modules = _modules_after("from rewardkit import aha, boxed_correct")
    assert "rewardkit.reflect.recipe" in modules  # the probe imported what it asked for
    for absent in ("numpy", "rewardkit.compose", "rewardkit.length", "rewardkit.presets"):
        assert absent not in modules


def test_an_export_is_imported_on_first_use_and_kept() -> None:
    from rewardkit.answers import boxed_correct

    assert rewardkit.boxed_correct is boxed_correct
    assert "boxed_correct" in vars(rewardkit)
    assert "boxed_correct" in dir(rewardkit)
    with pytest.raises(AttributeError, match="no attribute 'no_such_reward'"):
        _ = rewardkit.no_such_reward  # type: ignore[attr-defined]
