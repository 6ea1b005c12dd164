"""Shared test configuration: hypothesis profiles and the optional real-data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Import the package before pytest collects doctests from its files, so that a module whose
# name is shadowed by a top-level export (``rewardkit.reflection`` is the reward) is loaded once.
import rewardkit  # noqa: F401

# The structural rules' shared test helpers assert too: rewrite them as the tests are.
pytest.register_assert_rewrite("tests._structural")

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

#: ../shared/data beside the project root; absent on a user's machine.
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared real-data folder, or skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session", autouse=True)
def _sympy_worker_warm() -> None:
    """Start the sympy worker once, as a training script should (docs/answers.md, "Time and
    memory bounds"): otherwise the first comparisons needing sympy find it still starting."""
    from rewardkit.equivalence.symbolic import warm_up

    warm_up(wait=60.0)
