"""Worst-case latency of answer checking on a generated hostile corpus, by family.

Families (seeded, generated here): overflowing constants times radicals, exponential towers,
huge symbolic powers, tiny exponents such as ``2^{1/2^{1000}}``, long sums and products, deep
nesting. Every item is checked both ways with ``is_equivalent`` and as a completion with
``boxed_correct``, at the default budget, caches cleared before each family; the report gives
max and p99 latency per family and how many times the sympy worker was killed and replaced.

It also measures the byte ceiling of the caches (issue 14.6): 20,000 distinct 1,000-character
answers parsed through ``is_number``, reporting the peak RSS growth (``tracemalloc`` would make
this run 10x slower; the test run and tests/test_bounded.py check the bound with it, scaled down).

Run ``python benchmarks/bench_bounded.py [--items 40]``. Under pytest the ``bench_*`` functions
run once on a small corpus and *assert* that no call exceeds the budget plus
:data:`SLACK` seconds (a bound, asserted in a benchmark as the house rules ask, never in a unit
test), and that the caches hold at most their ceiling.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator

from rewardkit import boxed_correct
from rewardkit.equivalence import (
    DEFAULT_BUDGET,
    NUMBER_CACHE_BYTES,
    PARSE_CACHE_BYTES,
    _is_number,
    _parsed,
    clear_caches,
    is_equivalent,
    is_number,
)
from rewardkit.equivalence.symbolic import shutdown, warm_up, worker_pid

#: Allowed excess over the budget of one call (killing and reaping the worker, a loaded host).
SLACK = 1.0

Pairs = list[tuple[str, str]]


def _squared(primes: list[int]) -> str:
    """``(\\sqrt{p_1} + ... + \\sqrt{p_n})^2`` expanded: sympy needs seconds to see it is equal."""
    cross = [f"2\\sqrt{{{a * b}}}" for i, a in enumerate(primes) for b in primes[i + 1 :]]
    return "+".join([str(sum(primes)), *cross])


def overflow_radicals(rng: random.Random) -> tuple[str, str]:
    big = rng.choice([500, 800, 1000, 5000])
    primes = rng.sample([2, 3, 5, 7, 11, 13], rng.randint(2, 5))
    radicals = "+".join(f"\\sqrt{{{p}}}" for p in primes)
    half = rng.randint(5, 40)
    pred = f"e^{{{big}}}({radicals})^{{{2 * half}}}"
    equal = f"e^{{{big}}}({_squared(primes)})^{{{half}}}"
    return rng.choice(["4", pred, f"e^{{{big}}}", "\\sqrt{2}", equal, equal]), pred


def towers(rng: random.Random) -> tuple[str, str]:
    base = rng.choice(["2", "9", "e", "10", "x", "\\pi"])
    depth = rng.randint(3, 6)
    pred = "^".join([base] * depth) if rng.random() < 0.3 else base
    if "^" not in pred:
        for _ in range(depth):
            pred = f"{base}^{{{pred}}}"
    return rng.choice(["1", "x", pred, "e^{1000}"]), pred


def symbolic_powers(rng: random.Random) -> tuple[str, str]:
    names = rng.sample(["x", "y", "z", "w", "a", "b"], rng.randint(1, 5))
    power = rng.choice([50, 99, 1000, 100000])
    factor = rng.choice(["", "e^{1000x}", "e^{500}"])
    pred = f"{factor}({'+'.join(names)}+1)^{{{power}}}"
    return rng.choice(["x", pred, f"{factor}({'+'.join(reversed(names))}+1)^{{{power}}}"]), pred


def tiny_exponents(rng: random.Random) -> tuple[str, str]:
    k = rng.choice([64, 100, 1000, 5000])
    value = f"2^{{\\frac{{1}}{{2^{{{k}}}}}}}"
    if rng.random() < 0.5:
        return "[1,+\\infty)", f"[{value}, \\infty)"
    return rng.choice(["1", "2", value]), value


def long_sums(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(50, 300)
    if rng.random() < 0.5:
        pred = "+".join(f"\\frac{{1}}{{{rng.randint(2, 10**6)}}}" for _ in range(n // 4))
    else:
        pred = "\\cdot".join(rng.choice(["x", "(x+1)", "\\sqrt{x}", "e^{x}"]) for _ in range(n))
    return rng.choice(["1", "x", pred]), pred[:1000]


def deep_nesting(rng: random.Random) -> tuple[str, str]:
    depth = rng.randint(20, 200)
    opener, closer = rng.choice([("\\sqrt{", "}"), ("(", ")"), ("{", "}"), ("\\frac{1}{1+", "}")])
    pred = opener * depth + "2" + closer * depth
    return rng.choice(["2", "1", pred]), pred[:1000]


FAMILIES: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "overflow x radicals": overflow_radicals,
    "exponential towers": towers,
    "huge symbolic powers": symbolic_powers,
    "tiny exponents": tiny_exponents,
    "long sums/products": long_sums,
    "deep nesting": deep_nesting,
}


def corpus(items: int, *, seed: int = 0) -> dict[str, Pairs]:
    """``items`` seeded (gold, pred) pairs per family."""
    rng = random.Random(seed)
    return {name: [make(rng) for _ in range(items)] for name, make in FAMILIES.items()}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def measure(pairs: Pairs) -> tuple[list[float], int]:
    """Per-call latencies (both directions and the reward) and worker replacements."""
    clear_caches()
    latencies: list[float] = []
    kills = 0
    for gold, pred in pairs:
        calls: tuple[tuple[Callable[..., object], tuple[str, ...], dict[str, str]], ...] = (
            (is_equivalent, (gold, pred), {}),
            (is_equivalent, (pred, gold), {}),
            (boxed_correct.score, (f"\\boxed{{{pred}}}",), {"answer": gold}),
        )
        for function, positional, keywords in calls:
            pid = worker_pid()
            start = time.perf_counter()
            function(*positional, **keywords)
            latencies.append(time.perf_counter() - start)
            kills += pid is not None and worker_pid() != pid
    return latencies, kills


def report(items: int) -> dict[str, tuple[float, float, int]]:
    """Max latency, p99 latency (seconds) and worker replacements per family."""
    warm_up(wait=60.0)
    results = {}
    for name, pairs in corpus(items).items():
        latencies, kills = measure(pairs)
        results[name] = (max(latencies), _percentile(latencies, 99), kills)
    return results


def _answers(count: int, length: int = 1_000) -> Iterator[str]:
    rng = random.Random(14)
    for _ in range(count):
        yield "+".join(str(rng.randint(1, 999)) for _ in range(length // 3))[:length].rstrip("+")


def cache_bytes_traced(count: int) -> int:
    """Bytes held (tracemalloc) after ``count`` distinct 1,000-char answers (slow: ~25 ms each)."""
    clear_caches()
    tracemalloc.start()
    try:
        for text in _answers(count):
            is_number(text)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        clear_caches()
    return held


def cache_rss_growth(count: int) -> tuple[int, int]:
    """Peak RSS growth and the caches' own estimate, in bytes, after ``count`` answers."""
    import resource  # POSIX; the full run only

    clear_caches()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for text in _answers(count):
        is_number(text)
    growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
    estimate = _parsed.bytes + _is_number.bytes
    clear_caches()
    return growth, estimate


def bench_hostile_corpus_is_bounded() -> None:
    results = report(items=6)
    worst = max(result[0] for result in results.values())
    assert worst <= DEFAULT_BUDGET + SLACK, results


#: The reproducers of issue 12 section 1.
REPRODUCERS: tuple[Callable[[], object], ...] = (
    lambda: boxed_correct.score(
        r"\boxed{e^{1000}(\sqrt{2}+\sqrt{3}+\sqrt{5}+\sqrt{7})^{50}}", answer="4"
    ),
    lambda: boxed_correct.score(r"\boxed{e^{1000x}(x+y+z+w+1)^{50}}", answer="x"),
    lambda: is_equivalent(r"[1,+\infty)", r"[2^{\frac{1}{2^{1000}}}, \infty)"),
)


def reproducer_latencies() -> list[tuple[float, float]]:
    """(cold, warm) seconds of each reproducer: cold with no worker running, then warm."""
    results = []
    for reproduce in REPRODUCERS:
        shutdown()
        clear_caches()
        start = time.perf_counter()
        reproduce()
        cold = time.perf_counter() - start
        warm_up(wait=60.0)
        clear_caches()
        start = time.perf_counter()
        reproduce()
        results.append((cold, time.perf_counter() - start))
    return results


def bench_issue_12_reproducers_answer_within_the_budget() -> None:
    for cold, warm in reproducer_latencies():
        assert cold <= DEFAULT_BUDGET + SLACK
        assert warm <= DEFAULT_BUDGET + SLACK


def bench_caches_hold_at_most_their_ceiling() -> None:
    ceiling = 1 << 20  # scaled down (as the count is) so that the test run stays short
    saved = _parsed._max_bytes, _is_number._max_bytes
    _parsed._max_bytes = _is_number._max_bytes = ceiling
    try:
        held = cache_bytes_traced(count=150)
    finally:
        _parsed._max_bytes, _is_number._max_bytes = saved
    assert held <= 1.5 * 2 * ceiling


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40, help="pairs per family")
    parser.add_argument("--cache-items", type=int, default=20_000, help="distinct answers")
    args = parser.parse_args()
    print(f"budget {DEFAULT_BUDGET} s; {args.items} pairs per family, 3 calls per pair")
    for k, (cold, warm) in enumerate(reproducer_latencies(), 1):
        print(f"issue 12 reproducer {k}: {cold * 1e3:.1f} ms cold, {warm * 1e3:.1f} ms warm")
    print(f"{'family':<24}{'max ms':>10}{'p99 ms':>10}{'kills':>7}")
    for name, (worst, p99, kills) in report(args.items).items():
        print(f"{name:<24}{worst * 1e3:>10.1f}{p99 * 1e3:>10.1f}{kills:>7}")
    started = time.perf_counter()
    growth, estimate = cache_rss_growth(args.cache_items)
    ceiling = PARSE_CACHE_BYTES + NUMBER_CACHE_BYTES
    print(
        f"caches after {args.cache_items} distinct 1,000-char answers: peak RSS +"
        f"{growth / 2**20:.1f} MiB, estimate {estimate / 2**20:.1f} MiB "
        f"(ceiling {ceiling / 2**20:.0f} MiB), {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
