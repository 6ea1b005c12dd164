"""A time budget that works in any thread, without signals, and does not depend on load.

The equivalence checker does bounded work by construction (length, depth and exponent caps);
the budget is the last line of defence: the parser and the evaluators call :meth:`Budget.check`
between steps and give up with :class:`BudgetExceeded` once the budget is spent. Nothing here
uses ``signal``, so it works from threads, asyncio tasks and spawned processes alike.

Spent means the calling thread's own CPU time (``time.thread_time``) reached the budget, or the
wall clock reached :data:`WALL_FACTOR` times it. The CPU clock makes a verdict independent of
what else runs: a 4 ms comparison stays a 4 ms comparison on a loaded machine, in a trainer
whose other threads hold the GIL or while another process has the core, where a wall-clock
deadline would have scored a correct answer 0 for time it never used (a false negative). The
wall-clock cap still bounds how long a starved call can take. The cheap wall clock is read
first; the thread's CPU clock (~0.5 µs a read) only once the wall-clock budget has passed.
Waiting for the sympy worker (another process) is bounded by the wall clock alone
(:attr:`Budget.deadline`).
"""

from __future__ import annotations

import time

__all__ = ["DEFAULT_BUDGET", "WALL_FACTOR", "Budget", "BudgetExceeded"]

#: Default budget of one comparison, in seconds of the calling thread's CPU time.
DEFAULT_BUDGET = 0.25

#: A comparison gives up at this many times its budget of wall-clock time, whatever CPU time
#: it has had (a thread starved by other threads or processes cannot hold its caller longer).
WALL_FACTOR = 4.0


class BudgetExceeded(Exception):  # noqa: N818 - reads as an event, like StopIteration
    """The comparison ran out of its time budget (internal; never escapes the package)."""


class Budget:
    """A budget of the calling thread's CPU time, capped at :data:`WALL_FACTOR` x in wall time.

    ``deadline`` is the wall-clock time (``time.monotonic``) at which the budget would be spent
    by a thread that had the CPU all along; waits on other processes use it.

    Examples:
        >>> budget = Budget(1.0)
        >>> budget.check()  # does nothing before the deadline
        >>> Budget(0.0).expired
        True
        >>> waited = Budget(0.01)
        >>> time.sleep(0.02)  # waiting costs no CPU time: a 10 ms budget is not spent by it
        >>> waited.expired
        False
    """

    __slots__ = ("_cpu_limit", "_wall_limit", "deadline")

    def __init__(self, seconds: float) -> None:
        """Start the clocks: the budget is ``seconds`` of this thread's CPU time from now."""
        self.deadline = time.monotonic() + seconds
        self._wall_limit = self.deadline + (WALL_FACTOR - 1.0) * seconds
        self._cpu_limit = time.thread_time() + seconds

    @property
    def expired(self) -> bool:
        """Whether the budget is spent (the thread's CPU time, or the wall-clock cap)."""
        now = time.monotonic()
        if now < self.deadline:
            return False
        return now >= self._wall_limit or time.thread_time() >= self._cpu_limit

    def extend(self, seconds: float) -> None:
        """Give ``seconds`` more (one-off costs such as a first import).

        Examples:
            >>> budget = Budget(0.0)
            >>> budget.extend(60.0)
            >>> budget.expired
            False
        """
        self.deadline += seconds
        self._wall_limit += WALL_FACTOR * seconds
        self._cpu_limit += seconds

    def check(self) -> None:
        """Raise :class:`BudgetExceeded` once the budget is spent.

        Raises:
            BudgetExceeded: the thread's CPU time reached the budget, or the wall clock its cap.
        """
        if time.monotonic() >= self.deadline and self.expired:
            raise BudgetExceeded
