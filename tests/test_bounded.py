"""Time and memory bounds: the sympy worker process, its kill-and-replace, and byte-bounded caches.

Latency is asserted in benchmarks/bench_bounded.py, never here: these tests check behaviour
(verdicts, which process answered, that a runaway worker is replaced, that memory stays bounded).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import random
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from rewardkit import boxed_correct
from rewardkit.equivalence import _parsed, clear_caches, is_equivalent
from rewardkit.equivalence import symbolic as sym

P = pytest.param
SRC = Path(__file__).resolve().parents[1] / "src"

#: sympy takes seconds on this one (checked: over 8 s): the worker must be killed and replaced.
RUNAWAY = (
    r"e^{1000}(\sqrt{2}+\sqrt{3}+\sqrt{5}+\sqrt{7})^{50}",
    r"e^{1000}(17+2\sqrt{6}+2\sqrt{10}+2\sqrt{14}+2\sqrt{15}+2\sqrt{21}+2\sqrt{35})^{25}",
)


@pytest.fixture(autouse=True)
def _warm() -> None:
    clear_caches()
    assert sym.warm_up(wait=60.0)


# --- the sympy path still decides what needs it ----------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        P("e^{1000}", "(e^{500})^2", True, id="overflow-equal"),
        P("e^{1000}", "e^{999}", False, id="overflow-different"),
        P("e^{1000}x", "x e^{1000}", True, id="overflow-with-variable"),
        P("e^{1000}(\\sqrt{2}+\\sqrt{3})^{2}", "e^{1000}(5+2\\sqrt{6})", True, id="radicals"),
        P("e^{1000x}(x+y+1)^{50}", "e^{1000x}(x+y+1)^{25}(x+y+1)^{25}", True, id="symbolic-pow"),
        P("e^{1000}", "e^{1000}+1", False, id="off-by-one"),
    ],
)
def test_symbolic_fallback_verdicts(gold: str, pred: str, expected: bool) -> None:
    assert is_equivalent(gold, pred, budget=10.0) is expected
    assert is_equivalent(pred, gold, budget=10.0) is expected


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        P(
            r"\boxed{e^{1000}(\sqrt{2}+\sqrt{3}+\sqrt{5}+\sqrt{7})^{50}}",
            "4",
            id="issue12-radicals",
        ),
        P(r"\boxed{e^{1000x}(x+y+z+w+1)^{50}}", "x", id="issue12-symbolic"),
    ],
)
def test_issue_12_reproducers_are_wrong(completion: str, gold: str) -> None:
    assert boxed_correct.score(completion, answer=gold) == 0.0


def test_tiny_exponent_interval_is_not_the_closed_interval_at_one() -> None:
    # an endpoint needs sympy's proof (unproven is False); a scalar follows rel_tol
    # (docs/answers.md, "Tiny differences")
    assert not is_equivalent(r"[1,+\infty)", r"[2^{\frac{1}{2^{1000}}}, \infty)")
    assert is_equivalent("1", r"2^{\frac{1}{2^{1000}}}")


# --- the worker: killed and replaced, and what happens without one ----------------------------


def test_runaway_kills_the_worker_and_the_next_call_works() -> None:
    before = sym.worker_pid()
    assert sym._spare is not None
    spare = sym._spare.process.pid
    assert is_equivalent(*RUNAWAY, budget=0.3) is False
    after = sym.worker_pid()
    assert after == spare  # the warm spare took over at once
    assert not Path(f"/proc/{before}").exists() or sys.platform != "linux"  # reaped, no zombie
    assert is_equivalent("e^{1000}", "(e^{500})^2", budget=10.0)
    # the pair that ran away is refused at once from now on, without killing another worker
    assert is_equivalent(*RUNAWAY, budget=0.3) is False
    assert sym.worker_pid() == after


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_kills_and_restarts_leak_no_file_descriptors() -> None:
    def open_fds() -> int:
        return len(list(Path("/proc/self/fd").iterdir()))

    before = open_fds()
    for _ in range(3):
        sym._runaways.clear()
        assert is_equivalent(*RUNAWAY, budget=0.3) is False
        assert sym.warm_up(wait=60.0)
    sym.shutdown()
    assert sym.warm_up(wait=60.0)
    for _ in range(100):  # the reader threads of killed workers close their pipe on EOF
        if open_fds() <= before:
            break
        time.sleep(0.05)
    assert open_fds() <= before


def test_a_worker_killed_from_outside_is_replaced() -> None:
    pid = sym.worker_pid()
    assert pid is not None
    worker = sym._worker
    assert worker is not None
    worker.process.kill()
    worker.process.wait()
    assert is_equivalent("e^{1000}", "(e^{500})^2", budget=10.0)
    assert sym.worker_pid() not in {None, pid}


def test_a_dead_spare_is_replaced_and_the_worker_kept() -> None:
    worker, spare = sym._worker, sym._spare
    assert worker is not None
    assert spare is not None
    spare.process.kill()
    spare.process.wait()
    assert is_equivalent("e^{1000}", "(e^{500})^2", budget=10.0)
    assert sym._worker is worker
    assert sym._spare is not None
    assert sym._spare is not spare
    assert sym._spare.process.poll() is None


def test_without_a_worker_the_fallback_is_inconclusive(monkeypatch: pytest.MonkeyPatch) -> None:
    sym.shutdown()
    monkeypatch.setattr(sys, "executable", str(Path("/nonexistent/python")))
    assert is_equivalent("e^{1000}", "(e^{500})^2", budget=10.0) is False  # never in-process
    assert sym.worker_pid() is None
    assert "sympy" not in sys.modules or sym.worker_pid() is None
    monkeypatch.undo()
    sym._retry_at = 0.0  # what waiting RETRY_AFTER seconds would do
    clear_caches()
    assert is_equivalent("e^{1000}", "(e^{500})^2", budget=60.0)


def test_no_signal_anywhere_in_the_package() -> None:
    sources = (SRC / "rewardkit").rglob("*.py")
    offenders = [
        path.name
        for path in sources
        if "import signal" in (text := path.read_text()) or "signal." in text
    ]
    assert offenders == []


def test_sympy_is_not_imported_by_the_checker() -> None:
    code = (
        "import sys; from rewardkit.equivalence import is_equivalent as f; "
        "from rewardkit.equivalence.symbolic import warm_up; warm_up(60.0); "
        "assert f('e^{1000}', '(e^{500})^2'); print('sympy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_the_worker_stops_at_interpreter_exit() -> None:
    code = (
        "from rewardkit.equivalence import symbolic as s; s.warm_up(60.0); "
        "print(s.worker_pid(), s._spare.process.pid)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        check=True,
    )
    pids = [int(pid) for pid in result.stdout.split()]
    assert len(pids) == 2
    if sys.platform == "linux":
        assert not any(Path(f"/proc/{pid}").exists() for pid in pids)


def test_rewards_still_pickle_with_a_live_worker() -> None:
    assert sym.worker_pid() is not None
    reward = boxed_correct.configure(budget=10.0)
    clone = pickle.loads(pickle.dumps(reward))
    assert clone.score(r"\boxed{(e^{500})^2}", answer="e^{1000}") == 1.0


# --- callers: threads, asyncio, child processes -----------------------------------------------

CASES = [("e^{1000}", "(e^{500})^2", True), ("e^{1000}", "e^{999}", False)] * 4


def _check_cases() -> list[bool]:
    return [is_equivalent(g, p, budget=30.0) is expected for g, p, expected in CASES]


def test_many_threads_at_once() -> None:
    results: list[list[bool]] = []
    threads = [threading.Thread(target=lambda: results.append(_check_cases())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == 8
    assert all(all(result) for result in results)


def test_inside_a_running_event_loop_and_from_to_thread() -> None:
    async def main() -> tuple[list[bool], list[bool]]:
        direct = _check_cases()
        threaded = await asyncio.to_thread(_check_cases)
        return direct, threaded

    direct, threaded = asyncio.run(main())
    assert all(direct)
    assert all(threaded)


def _child() -> tuple[bool, bool]:
    # the budget covers the child's own worker start-up (no warm_up in the child)
    return (
        is_equivalent("e^{1000}", "(e^{500})^2", budget=60.0),
        is_equivalent("e^{1000}", "e^{999}", budget=60.0),
    )


@pytest.mark.parametrize("method", ["spawn", "fork", "forkserver"])
def test_from_a_child_process(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available here")
    context = multiprocessing.get_context(method)
    with context.Pool(1) as pool:
        assert pool.apply(_child) == (True, False)
    assert is_equivalent("e^{1000}", "(e^{500})^2")  # the parent's worker is untouched


# --- caches bounded by bytes ------------------------------------------------------------------


def _long_sum(rng: random.Random) -> str:
    return "+".join(str(rng.randint(1, 999)) for _ in range(250))[:999].rstrip("+")


def test_parse_cache_stays_under_its_byte_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    ceiling = 1 << 20
    monkeypatch.setattr(_parsed, "_max_bytes", ceiling)
    rng = random.Random(12)
    texts = [_long_sum(rng) for _ in range(300)]  # ~36 KB each when parsed: ~10 MB unbounded
    clear_caches()
    tracemalloc.start()
    try:
        for text in texts:
            _parsed(text)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _parsed.bytes <= ceiling
    assert held <= 1.5 * ceiling  # the estimate does not undercount what is really held
    assert 0 < _parsed.cache_info().currsize < len(texts)
    assert _parsed(texts[-1]) is not None  # recent entries kept
