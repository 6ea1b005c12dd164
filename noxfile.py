"""Developer tasks: ``nox -s tests``, ``tests_versions`` (3.10 and 3.12), ``lint``,
``typecheck``, ``docs``, ``bench``, ``build``, ``integration``, ``ray``."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = "3.11"

#: What the integration session installs after torch (versions it was verified with).
INTEGRATION_DEPS = (
    "trl==1.16.*",
    "transformers==5.23.*",
    "datasets==5.2.*",
    "accelerate==1.15.*",
    "tokenizers==0.23.*",
)


def _cache_env(session: nox.Session) -> dict[str, str]:
    """The compiled-pattern cache (``REWARDKIT_CACHE_DIR``) inside the session, not in ``~``."""
    return {"REWARDKIT_CACHE_DIR": str(Path(session.create_tmp()) / "rewardkit-cache")}


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite: unit tests, doctests, and each benchmark once, untimed."""
    session.install("-e", ".[dev,bench,plot,server,fast,parquet,datasets]")
    session.run(
        "pytest",
        "-m",
        "not ray",
        "--hypothesis-profile=ci",
        "--benchmark-disable",
        "--cov=rewardkit",
        "--cov-report=term",
        *session.posargs,
        env=_cache_env(session),
    )


@nox.session(name="tests_versions", python=["3.10", "3.12"])
def tests_versions(session: nox.Session) -> None:
    """The unit tests and doctests on the oldest and newest supported Pythons (run by CI).

    Installs only ``.[dev]``: optional extras (``plot``, ``bench``) are skipped where absent.
    """
    session.install("-e", ".[dev]")
    session.run(
        "pytest",
        "-m",
        "not ray",
        "--hypothesis-profile=ci",
        "-p",
        "no:cacheprovider",
        "tests",
        "src/rewardkit",
        *session.posargs,
        env=_cache_env(session),
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Measure rewardkit against its peers and write benchmarks/RESULTS.md."""
    session.install("-e", ".[dev,bench]")
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build the wheel and sdist, check them, and run the README's command from the wheel."""
    session.install("build", "twine")
    session.run("rm", "-rf", "dist", external=True)
    session.run("python", "-m", "build")
    session.run("twine", "check", "--strict", "dist/*")
    # The distribution is rewardkit-rl (PyPI refuses "rewardkit", see docs/installation.md);
    # the import package stays rewardkit.
    wheel = str(next(Path("dist").glob("rewardkit_rl-*.whl")))
    session.run("python", "-c", _CHECK_WHEEL, wheel)
    # A fresh virtualenv with only the wheel (and its runtime dependencies) installed.
    venv = Path(session.create_tmp()) / "wheel-venv"
    session.run("python", "-m", "venv", "--clear", str(venv))
    bin_dir = venv / "bin"
    session.run(str(bin_dir / "python"), "-m", "pip", "install", "--quiet", wheel, external=True)
    session.run(str(bin_dir / "python"), "-c", _CHECK_VERSION, external=True)
    session.run(str(bin_dir / "rewardkit"), "score", "examples/completions.jsonl", external=True)


#: The wheel ships py.typed (argument: the wheel's path).
_CHECK_WHEEL = """
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
assert "rewardkit/py.typed" in names, "py.typed is missing from the wheel"
"""

#: Installed from the wheel, the distribution rewardkit-rl owns the imported ``rewardkit``.
_CHECK_VERSION = """
import importlib.metadata, rewardkit
from rewardkit._doctor import diagnose
assert importlib.metadata.version("rewardkit-rl") == rewardkit.__version__
assert importlib.metadata.packages_distributions()["rewardkit"] == ["rewardkit-rl"]
found = diagnose()
assert found.owners == ("rewardkit-rl",) and found.conflict is None, found
print("rewardkit", rewardkit.__version__, "installed from the wheel of rewardkit-rl")
"""


@nox.session(python=PYTHON)
def integration(session: nox.Session) -> None:
    """Train TRL's GRPOTrainer for 2 steps with rewardkit rewards (CPU, offline, tiny model)."""
    # torch first, pinned: 2.13.0 is the CPU build on this machine's disk. Anything that pulls
    # an unpinned torch later finds it satisfied instead of downloading a multi-GB CUDA build.
    session.install("torch==2.13.0")
    session.install(*INTEGRATION_DEPS)
    session.install("-e", ".[dev]")
    session.run(
        "pytest",
        "-m",
        "integration",
        "-p",
        "no:cacheprovider",
        "tests/integration",
        *session.posargs,
        env={"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"},
    )


@nox.session(python=PYTHON)
def ray(session: nox.Session) -> None:
    """Run the Ray Data engine's tests on a local Ray instance (ray.init(num_cpus=2))."""
    session.install("-e", ".[dev,ray,parquet]")
    session.run("pytest", "-m", "ray", "-p", "no:cacheprovider", "tests/ray", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site with mkdocs --strict (into site/), then check it.

    The CLI reference is generated from the commands' --help during the build, by the mkdocs
    hook docs/scripts/gen_cli_reference.py; the docstrings' Sphinx roles become cross-references
    (a broken one fails the build) by the griffe extension docs/scripts/sphinx_roles.py, and
    docs/scripts/check_site.py fails on any role left as literal text in the HTML.
    """
    session.install("-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site")
    session.run("python", "docs/scripts/check_site.py", "site")
