"""Developer tasks: ``nox -s tests``, ``lint``, ``typecheck``, ``docs``, ``bench``, ``build``."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite: unit tests, doctests, and each benchmark once, untimed."""
    session.install("-e", ".[dev,bench]")
    session.run(
        "pytest",
        "--hypothesis-profile=ci",
        "--benchmark-disable",
        "--cov=rewardkit",
        "--cov-report=term",
        *session.posargs,
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
    """Build the wheel and sdist and check them with twine."""
    session.install("build", "twine")
    session.run("rm", "-rf", "dist", external=True)
    session.run("python", "-m", "build")
    session.run("twine", "check", "--strict", "dist/*")
