"""The server's scoring pool: worker processes fed from the event loop without blocking it.

Requests wait in a queue; a dispatcher hands them to the workers, packing several small
requests into one task (up to ``max_task_rows`` rows) while every worker is busy, so a flood of
OpenRLHF's one-row requests costs one inter-process round trip per task, not per request. Each
request is still scored as its own :class:`~rewardkit.reward.Batch` (a request's score never
depends on which requests it travelled with). At most one task per worker is in flight.

A worker that dies (killed, out of memory) breaks the pool: the pool is replaced and the task
is retried once on the new one; a second death fails that task's requests with
:class:`WorkerDiedError` (the server answers 503, which OpenRLHF's client retries).

A task still running after ``timeout`` seconds is stuck (a reward that loops or waits): its
worker cannot be interrupted, so the pool's workers are killed and replaced, the task's
requests fail with :class:`ScoringTimeoutError` (the server answers 504), and the other tasks
that were in flight on the killed workers are retried once on the new pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from rewardkit.scoring import ScoringPlan
from rewardkit.server._scoring import RowScores, score_rows

__all__ = ["ScoringPool", "ScoringTimeoutError", "WorkerDiedError"]

Rows = Sequence[Mapping[str, object]]

_WORKER_PLAN: list[ScoringPlan] = []


def _init(plan: ScoringPlan) -> None:
    _WORKER_PLAN[:] = [plan]


def _work(jobs: Sequence[Rows]) -> list[list[RowScores]]:
    plan = _WORKER_PLAN[0]
    return [score_rows(plan, rows) for rows in jobs]


def _pid() -> int:
    return os.getpid()


class WorkerDiedError(RuntimeError):
    """A scoring worker died twice while scoring the same requests."""


class ScoringTimeoutError(RuntimeError):
    """Scoring a task took longer than the pool's timeout; its workers were replaced."""


@dataclass(slots=True)
class _Job:
    rows: Rows
    future: asyncio.Future[list[RowScores]]


class ScoringPool:
    """``workers`` spawned processes scoring with ``plan``; use from one event loop."""

    def __init__(
        self,
        plan: ScoringPlan,
        workers: int,
        *,
        max_task_rows: int = 256,
        timeout: float = 60.0,
    ) -> None:
        """Configure the pool (nothing starts before :meth:`start`)."""
        self.plan = plan
        self.timeout = timeout
        self.workers = workers
        self.max_task_rows = max_task_rows
        self._executor: ProcessPoolExecutor | None = None
        self._queue: deque[_Job] = deque()
        self._wake: asyncio.Event | None = None
        self._slots: asyncio.Semaphore | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self.restarts = 0

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init,
            initargs=(self.plan,),
        )

    async def start(self) -> None:
        """Start the workers (each imports rewardkit once) and the dispatcher."""
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(self.workers)
        self._executor = self._new_executor()
        await self._warm(self._executor)
        self._dispatcher = asyncio.create_task(self._dispatch())

    async def _warm(self, executor: ProcessPoolExecutor) -> None:
        futures = [executor.submit(_pid) for _ in range(self.workers)]
        await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))

    def pids(self) -> list[int]:
        """Process ids of the current workers."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}
        return [int(pid) for pid in processes]

    async def score(self, rows: Rows) -> list[RowScores]:
        """Score one request's rows (one Batch) in a worker.

        Raises:
            WorkerDiedError: the workers died twice on this task.
        """
        if self._wake is None:
            msg = "the scoring pool is not started"
            raise RuntimeError(msg)
        future: asyncio.Future[list[RowScores]] = asyncio.get_running_loop().create_future()
        self._queue.append(_Job(rows, future))
        self._wake.set()
        return await future

    async def _dispatch(self) -> None:
        assert self._wake is not None  # set in start
        assert self._slots is not None
        while True:
            await self._wake.wait()
            await self._slots.acquire()
            jobs: list[_Job] = []
            count = 0
            while self._queue and (
                not jobs or count + len(self._queue[0].rows) <= self.max_task_rows
            ):
                job = self._queue.popleft()
                if job.future.done():  # the client went away
                    continue
                jobs.append(job)
                count += len(job.rows)
            if not self._queue:
                self._wake.clear()
            if not jobs:
                self._slots.release()
                continue
            task = asyncio.create_task(self._run(jobs))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, jobs: list[_Job]) -> None:
        assert self._slots is not None  # set in start
        try:
            results = await self._submit([job.rows for job in jobs])
        except Exception as error:  # handed to every waiting request
            for job in jobs:
                if not job.future.done():
                    job.future.set_exception(error)
        else:
            for job, result in zip(jobs, results, strict=True):
                if not job.future.done():
                    job.future.set_result(result)
        finally:
            self._slots.release()

    async def _submit(self, payload: list[Rows]) -> list[list[RowScores]]:
        for attempt in (1, 2):
            executor = self._executor
            assert executor is not None  # set in start
            try:
                future = asyncio.wrap_future(executor.submit(_work, payload))
                return await asyncio.wait_for(future, self.timeout)
            except BrokenProcessPool:
                if attempt == 2:
                    break
                await self._replace(executor)
            except (TimeoutError, asyncio.TimeoutError):  # distinct classes before 3.11
                self._kill(executor)
                await self._replace(executor)
                msg = (
                    f"scoring took longer than the timeout of {self.timeout:g} s "
                    "(a stuck reward); the workers were replaced"
                )
                raise ScoringTimeoutError(msg) from None
        msg = "a scoring worker died twice on this request"
        raise WorkerDiedError(msg)

    def _kill(self, executor: ProcessPoolExecutor) -> None:
        """Kill ``executor``'s workers (a stuck worker cannot be interrupted)."""
        if self._executor is not executor:  # already replaced
            return
        processes = getattr(executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()  # SIGKILL; the executor then reports itself broken

    async def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._executor is not broken:  # another task replaced it already
            return
        self.restarts += 1
        fresh = self._new_executor()
        self._executor = fresh
        broken.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(BrokenProcessPool):
            await self._warm(fresh)

    async def close(self) -> None:
        """Finish the tasks in flight, then stop the workers."""
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._dispatcher
        for job in self._queue:
            job.future.cancel()
        self._queue.clear()
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, True)
