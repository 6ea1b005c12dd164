"""Symbolic fallback: sympy in a worker process that is killed when the budget runs out.

Used only when numeric probing is inconclusive (every probe point overflowed or left a domain,
as with ``e^{1000}`` against ``(e^{500})^2``) and both trees have at most :data:`MAX_NODES`
nodes. sympy cannot be interrupted (one ``simplify`` may run for minutes or exhaust memory), so
it never runs in the calling process: the parse trees (tuples of strings and fractions, never
text) are sent to a small persistent worker (:mod:`._sandbox`) which builds the sympy
expressions programmatically and answers with one byte. When the budget expires first, the
worker is killed, reaped and replaced, and the pair is remembered so that asking again answers
``False`` at once. No ``signal`` is used, so this works from any thread, inside a running
asyncio loop and in child processes (``spawn``, ``fork``, ``forkserver``).

- **One worker per process** (plus a warm spare that replaces it at once when it is killed),
  started on first need (the start is asynchronous: a call that finds
  the worker still importing sympy gives up within its own budget) or ahead of time with
  :func:`warm_up`, which training scripts should call once so the first verdicts do not depend
  on start-up time. Calls from many threads are serialised by a lock; a call that cannot get the
  lock within its budget gives up (sympy is rarely needed, so one worker suffices).
- **Fallback.** When no worker can be started (no ``sys.executable``, a sandbox that forbids
  processes, sympy missing), the fallback answers ``False`` ("inconclusive") and retries the
  start after :data:`RETRY_AFTER` seconds; it never calls sympy in-process.
- **Clean exit.** The worker is stopped at interpreter exit (``atexit``) and exits by itself when
  its input closes or its parent dies. A ``fork`` child does not share its parent's worker: it
  starts its own when it needs one.
"""

from __future__ import annotations

import atexit
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from rewardkit.equivalence import _sandbox
from rewardkit.equivalence.budget import Budget, BudgetExceeded
from rewardkit.equivalence.latex import Node

__all__ = [
    "MAX_NODES",
    "MAX_POWER",
    "MAX_SYMBOLIC_POWER",
    "RETRY_AFTER",
    "shutdown",
    "symbolically_equal",
    "to_sympy",
    "warm_up",
    "worker_pid",
]

#: Largest tree (in nodes) handed to sympy.
MAX_NODES = 40
#: Largest exponent of a number or constant (``e^{1000}``) handed to sympy.
MAX_POWER = _sandbox.MAX_POWER
#: Largest exponent of anything else (``(x+1)^{50}``, ``(1+\\sqrt2)^{50}``).
MAX_SYMBOLIC_POWER = _sandbox.MAX_SYMBOLIC_POWER
#: Seconds before a failed worker start is tried again.
RETRY_AFTER = 30.0
#: How many pairs that ran away (killed the worker) are remembered and refused at once.
RUNAWAY_MEMORY = 256

_BOOT = (
    "import sys; sys.path[:] = [p for p in sys.path if p]; import importlib.util as u; "
    "s = u.spec_from_file_location('rewardkit_sympy_worker', sys.argv[1]); "
    "m = u.module_from_spec(s); s.loader.exec_module(m); m.serve(int(sys.argv[2]))"
)


def _size(node: Node) -> int:
    count = 0
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            count += isinstance(item[0], str)
            stack.extend([child for child in item if isinstance(child, tuple)])
    return count


def to_sympy(node: Node) -> Any:
    r"""The sympy expression of a scalar tree, or ``None`` when the fallback refuses it.

    A debugging aid that imports sympy in *this* process; the checker itself never does.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> to_sympy(parse_latex("2\\sqrt{3} + x"))
        x + 2*sqrt(3)
        >>> to_sympy(parse_latex("2^{2^{2^{10}}}")) is None
        True
    """
    if _size(node) > MAX_NODES:
        return None
    import sympy

    try:
        return _sandbox.build(node, sympy)
    except _sandbox.Refused:
        return None


class _Worker:
    """One worker process, its pipes and the thread that reads its replies."""

    __slots__ = ("process", "ready", "replies")

    def __init__(self) -> None:
        if not sys.executable:
            message = "no Python executable to start the sympy worker"
            raise OSError(message)
        environment = dict(os.environ, PYTHONHASHSEED="0")  # reproducible sympy verdicts
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(Path(_sandbox.__file__)), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=environment,
        )
        self.ready = False
        self.replies: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        threading.Thread(target=self._pump, name="rewardkit-sympy-pump", daemon=True).start()

    def _pump(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        with stream:
            while byte := stream.read(1):
                self.replies.put(byte)
        self.replies.put(b"")  # end of file: the worker is gone

    def wait_ready(self, timeout: float) -> bool | None:
        """``True`` once sympy is imported, ``False`` if still starting, ``None`` if dead."""
        if self.ready:
            return True
        try:
            byte = self.replies.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            return False
        self.ready = byte == b"R"
        return True if self.ready else None

    def ask(self, payload: bytes, timeout: float) -> bytes | None:
        """The reply to one request, or ``None`` when the worker died or timed out."""
        stream = self.process.stdin
        assert stream is not None
        try:
            stream.write(struct.pack(">I", len(payload)) + payload)
            stream.flush()
            reply = self.replies.get(timeout=max(timeout, 0.0))
        except (OSError, ValueError, queue.Empty):
            return None
        return reply or None

    def stop(self, grace: float) -> None:
        """Close the input, wait ``grace`` seconds for the worker to exit, then kill and reap."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_lock = threading.Lock()
_worker: _Worker | None = None
_spare: _Worker | None = None
_retry_at = 0.0
_runaways: OrderedDict[tuple[Node, Node], None] = OrderedDict()
#: Workers inherited through ``fork``: never used nor closed in the child (their buffered pipes
#: may have been locked by a parent thread at the time of the fork); kept alive so that no
#: finaliser touches them.
_inherited: list[_Worker] = []


def _after_fork_in_child() -> None:
    global _lock, _worker, _spare
    _lock = threading.Lock()
    _inherited.extend(worker for worker in (_worker, _spare) if worker is not None)
    _worker = _spare = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _current() -> _Worker | None:
    """The live worker, started if needed; ``None`` when none can be started (lock held).

    A warm spare is kept beside it, so that a worker killed on a runaway is replaced by one
    that has already imported sympy, and the next comparison does not find it starting.
    """
    global _worker, _spare, _retry_at
    if _spare is not None and _spare.process.poll() is not None:
        _spare.stop(grace=0.0)  # reap a spare that died; another is started below
        _spare = None
    if _worker is not None and _worker.process.poll() is not None:
        _discard(grace=0.0)  # it died (killed from outside?): the spare takes over
    if _worker is None:
        if _spare is not None:
            _worker, _spare = _spare, None
        elif time.monotonic() < _retry_at:
            return None
    try:
        if _worker is None:
            _worker = _Worker()
        if _spare is None and time.monotonic() >= _retry_at:
            _spare = _Worker()
    except (OSError, ValueError, subprocess.SubprocessError):
        if _worker is None:
            _retry_at = time.monotonic() + RETRY_AFTER
    return _worker


def _broken() -> None:
    """The worker exited before it was ready (sympy missing or broken): back off."""
    global _retry_at
    _discard(grace=0.0)
    _retry_at = time.monotonic() + RETRY_AFTER


def _discard(grace: float, *, spare: bool = False) -> None:
    global _worker, _spare
    if _worker is not None:
        worker, _worker = _worker, None
        worker.stop(grace)
    if spare and _spare is not None:
        worker, _spare = _spare, None
        worker.stop(grace)


def warm_up(wait: float = 0.0) -> bool:
    """Start the sympy worker now (outside the hot path) and wait up to ``wait`` seconds for it.

    Also waits, within the same ``wait``, for the warm spare that replaces a killed worker.

    Call it once before training so that the first comparisons that need sympy do not find
    the worker still importing it (they would give up within their budget, and score 0.0).

    Returns:
        Whether the worker is ready (sympy imported). ``False`` with ``wait=0`` just means it
        is starting; ``False`` after a long wait means no worker can run here.

    Examples:
        >>> warm_up(wait=60.0)
        True
    """
    deadline = time.monotonic() + wait
    if not _lock.acquire(timeout=max(wait, 0.0)):
        return False
    try:
        worker = _current()
        if worker is None:
            return False
        ready = worker.wait_ready(deadline - time.monotonic())
        if ready is None:
            _broken()
        elif ready and _spare is not None:
            _spare.wait_ready(deadline - time.monotonic())  # best effort: it absorbs a kill
        return bool(ready)
    finally:
        _lock.release()


def worker_pid() -> int | None:
    """The process id of the live sympy worker, or ``None`` (diagnostics and tests).

    Examples:
        >>> warm_up(wait=60.0) and worker_pid() is not None
        True
    """
    worker = _worker
    return worker.process.pid if worker is not None and worker.process.poll() is None else None


def shutdown() -> None:
    """Stop the sympy worker and its spare (at exit too; the next need starts new ones).

    Examples:
        >>> shutdown()
        >>> worker_pid() is None
        True
    """
    if _lock.acquire(timeout=2.0):
        try:
            _discard(grace=0.5, spare=True)
        finally:
            _lock.release()


atexit.register(shutdown)


def symbolically_equal(gold: Node, pred: Node, budget: Budget) -> bool:
    """Whether ``simplify(gold - pred) == 0``, decided by the worker within ``budget``.

    Returns:
        ``True`` when sympy proves the difference is 0; ``False`` when it proves it is not, the
        trees are refused (too big, towers, huge powers), the pair ran away before, or no worker
        can run ("inconclusive").

    Raises:
        BudgetExceeded: the budget ran out (the worker was still starting, busy with another
            thread's request, or ran away and was killed and replaced).

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> _ = warm_up(wait=60.0)
        >>> symbolically_equal(parse_latex("e^{1000}"), parse_latex("(e^{500})^2"), Budget(5.0))
        True
    """
    budget.check()
    if _size(gold) > MAX_NODES or _size(pred) > MAX_NODES:
        return False
    key = (gold, pred)
    if key in _runaways:
        return False
    payload = pickle.dumps(key, protocol=pickle.HIGHEST_PROTOCOL)
    lock = _lock
    if not lock.acquire(timeout=max(budget.deadline - time.monotonic(), 0.0)):
        raise BudgetExceeded
    try:
        worker = _current()
        if worker is None:
            return False
        ready = worker.wait_ready(budget.deadline - time.monotonic())
        if ready is None:
            _broken()
            return False
        if not ready:
            raise BudgetExceeded
        reply = worker.ask(payload, budget.deadline - time.monotonic())
        if reply is None:  # ran away (or died): kill, reap, replace at once
            _runaways[key] = None
            while len(_runaways) > RUNAWAY_MEMORY:
                _runaways.popitem(last=False)
            _discard(grace=0.0)
            _current()
            raise BudgetExceeded
        return reply == b"T"
    finally:
        lock.release()
