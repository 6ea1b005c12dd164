"""A wall-clock budget that works in any thread, without signals.

The equivalence checker does bounded work by construction (length, depth and exponent caps);
the budget is the last line of defence: the parser and the evaluators call :meth:`Budget.check`
between steps and give up with :class:`BudgetExceeded` once the deadline has passed. Nothing
here uses ``signal``, so it works from threads, asyncio tasks and spawned processes alike.
"""

from __future__ import annotations

import time

__all__ = ["DEFAULT_BUDGET", "Budget", "BudgetExceeded"]

#: Default wall-clock budget of one comparison, in seconds.
DEFAULT_BUDGET = 0.25


class BudgetExceeded(Exception):  # noqa: N818 - reads as an event, like StopIteration
    """The comparison ran out of its wall-clock budget (internal; never escapes the package)."""


class Budget:
    """A deadline on the monotonic clock.

    Examples:
        >>> budget = Budget(1.0)
        >>> budget.check()  # does nothing before the deadline
        >>> Budget(0.0).expired
        True
    """

    __slots__ = ("deadline",)

    def __init__(self, seconds: float) -> None:
        """Start the clock: the deadline is ``seconds`` from now."""
        self.deadline = time.monotonic() + seconds

    @property
    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() >= self.deadline

    def extend(self, seconds: float) -> None:
        """Move the deadline ``seconds`` later (one-off costs such as a first import).

        Examples:
            >>> budget = Budget(0.0)
            >>> budget.extend(60.0)
            >>> budget.expired
            False
        """
        self.deadline += seconds

    def check(self) -> None:
        """Raise :class:`BudgetExceeded` once the deadline has passed.

        Raises:
            BudgetExceeded: the deadline has passed.
        """
        if time.monotonic() >= self.deadline:
            raise BudgetExceeded
