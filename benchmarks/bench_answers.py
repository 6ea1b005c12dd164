"""Answer checking: ``boxed_correct`` vs math-verify (``parse`` + ``verify``) on real completions.

Both contenders score the same (completion, gold) pairs end to end, as a trainer calls them:

- ``boxed_correct``: rewardkit's reward, called in batches of 16 (a GRPO group) with its caches
  cleared before each run, so every gold and prediction is parsed afresh;
- ``math-verify``: ``verify(parse("$" + gold + "$"), parse(completion))`` per completion, the
  way the TRL and Open-R1 recipes call it.

The corpus is a seeded sample of ``../shared/data/math500_generations.jsonl`` (real outputs of
five models, degenerate ones included at their natural rate) when present, else a generated
corpus of boxed answers in varied notations.

Run ``python benchmarks/bench_answers.py [--items 500]`` for items/s and median microseconds
per item of ``boxed_correct``, ``answer_correct`` and math-verify, measured in one run, with
two ratios each: the throughput ratio (total time) and the median per-item ratio. Each item is
timed alone (the best of 3 passes for rewardkit, caches cleared before each pass; one pass for
math-verify). math-verify stops ``parse``/``verify`` after 5 s (SIGALRM); the ~1% of real
completions that hit it (degenerate outputs with hundreds of boxes) dominate its total time,
so the throughput ratio says little about a typical completion: the median per-item ratio
does. Under pytest the ``bench_*`` functions run once with benchmarking disabled so they
cannot rot (math-verify is skipped when it is not installed).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rewardkit import answer_correct, boxed_correct
from rewardkit.equivalence import clear_caches

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "math500_generations.jsonl"
GROUP = 16

Pairs = list[tuple[str, str]]

_FORMS = (
    ("\\frac{1}{2}", "0.5"),
    ("7425000", "7{,}425{,}000"),
    ("(x+1)^2", "x^2+2x+1"),
    ("2\\sqrt{3}", "\\sqrt{12}"),
    ("\\{1,2,3\\}", "3, 1, 2"),
    ("(-\\infty, 2) \\cup (3, \\infty)", "(-\\infty,2)\\cup(3,\\infty)"),
    ("\\text{(C)}", "C"),
    ("42", "41"),
)


def generated(n: int, *, seed: int = 0) -> Pairs:
    """A seeded corpus of completions ending in a boxed answer written in varied notations."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(n):
        gold, pred = rng.choice(_FORMS)
        body = " ".join(f"Step {k}: we compute {rng.randrange(99)} + 1." for k in range(20))
        pairs.append((f"{body}\nTherefore the answer is $\\boxed{{{pred}}}$.", gold))
    return pairs


def corpus(n: int, *, seed: int = 0, max_chars: int | None = None) -> Pairs:
    """``n`` (completion, gold) pairs: a seeded sample of the real corpus, else generated."""
    if not DATA.is_file():
        return generated(n, seed=seed)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    if max_chars is not None:
        rows = [row for row in rows if len(row["completion"]) <= max_chars]
    rng = random.Random(seed)
    sample = rng.sample(rows, min(n, len(rows)))
    return [(row["completion"], row["answer"]) for row in sample]


def run_rewardkit(pairs: Pairs) -> list[float | None]:
    """Score with boxed_correct in GRPO-sized batches, caches cleared first."""
    clear_caches()
    scores: list[float | None] = []
    for start in range(0, len(pairs), GROUP):
        chunk = pairs[start : start + GROUP]
        scores += boxed_correct([c for c, _ in chunk], answer=[g for _, g in chunk])
    return scores


def run_math_verify(pairs: Pairs) -> list[float]:
    """Score with math-verify's parse + verify, one completion at a time."""
    from math_verify import parse, verify

    return [float(verify(parse(f"${gold}$"), parse(completion))) for completion, gold in pairs]


def bench_boxed_correct(benchmark: Callable[..., object]) -> None:
    pairs = corpus(64, max_chars=20_000)
    benchmark(run_rewardkit, pairs)


def bench_math_verify(benchmark: Callable[..., object]) -> None:
    pytest.importorskip("math_verify")
    pairs = corpus(16, max_chars=20_000)
    benchmark(run_math_verify, pairs)


def bench_generated_corpus_scores() -> None:
    scores = run_rewardkit(generated(len(_FORMS) * 4, seed=1))
    assert set(scores) <= {0.0, 1.0}
    assert 0.0 in scores
    assert 1.0 in scores


def _time(
    fn: Callable[[Pairs], list[float | None]], pairs: Pairs, repeats: int
) -> tuple[float, list[float | None]]:
    best, scores = float("inf"), []
    for _ in range(repeats):
        start = time.perf_counter()
        scores = fn(pairs)
        best = min(best, time.perf_counter() - start)
    return best, scores


#: math-verify's own per-call timeout (``parse`` and ``verify`` each, via SIGALRM).
MATH_VERIFY_TIMEOUT = 5.0


def per_item(score: Callable[[str, str], object], pairs: Pairs, repeats: int) -> list[float]:
    """Seconds per item (the best of ``repeats``), caches cleared before each pass."""
    best = [float("inf")] * len(pairs)
    for _ in range(repeats):
        clear_caches()
        for k, (completion, gold) in enumerate(pairs):
            start = time.perf_counter()
            score(completion, gold)
            best[k] = min(best[k], time.perf_counter() - start)
    return best


def _math_verify_item(completion: str, gold: str) -> float:
    from math_verify import parse, verify

    return float(verify(parse(f"${gold}$"), parse(completion)))


def _line(name: str, times: list[float]) -> str:
    total = sum(times)
    return (
        f"{name:15s}: {len(times) / total:9.0f} items/s, "
        f"median {statistics.median(times) * 1e6:9.1f} us/item"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    pairs = corpus(args.items, seed=args.seed)
    source = DATA.name if DATA.is_file() else "generated corpus"
    print(f"corpus: {len(pairs)} items from {source}")
    boxed = per_item(lambda c, g: boxed_correct.score(c, answer=g), pairs, repeats=3)
    answer = per_item(lambda c, g: answer_correct.score(c, answer=g), pairs, repeats=3)
    print(_line("boxed_correct", boxed))
    print(_line("answer_correct", answer))
    per_item_ratio = statistics.median(a / b for a, b in zip(answer, boxed, strict=True))
    print(
        f"answer/boxed   : throughput {sum(answer) / sum(boxed):.2f}x, "
        f"median per-item ratio {per_item_ratio:.2f}x"
    )
    try:
        import math_verify  # noqa: F401
    except ImportError:
        print("math-verify is not installed: no ratio")
        return 0
    logging.getLogger("math_verify").setLevel(logging.CRITICAL)  # it logs each timeout's input
    verify = per_item(_math_verify_item, pairs, repeats=1)
    print(_line("math-verify", verify))
    timeouts = sum(t >= MATH_VERIFY_TIMEOUT * 0.9 for t in verify)
    print(
        f"math-verify / boxed_correct: throughput {sum(verify) / sum(boxed):.1f}x, "
        f"median per-item ratio "
        f"{statistics.median(v / b for v, b in zip(verify, boxed, strict=True)):.1f}x"
    )
    print(
        f"math-verify timeouts: {timeouts} items near its {MATH_VERIFY_TIMEOUT:.0f} s limit hold "
        f"{sum(t for t in verify if t >= MATH_VERIFY_TIMEOUT * 0.9) / sum(verify):.0%} of its "
        "time (degenerate outputs with hundreds of boxes): the throughput ratio counts them, "
        "the median per-item ratio does not"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
