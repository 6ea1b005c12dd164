"""The answer-checking hot path (issue 18): ``presets.aha_grpo`` and ``answer_correct`` per CPU-s.

What ``benchmarks/run.py`` measures for its ``aha_grpo`` target, in seconds instead of minutes,
and A/B against another rewardkit tree in interleaved fresh processes (the only fair comparison
on a shared machine):

- ``aha_grpo grpo`` / ``aha_grpo math500``: the preset called the way TRL calls
  ``reward_funcs`` (each reward on the same batch of 128, then the weighted sum) on the
  generated GRPO batch (128 prompts, as ``run.py``) and on the 2,500 real MATH-500 completions;
- ``boxed_correct`` / ``answer_correct`` on the seeded 600-item ``math500 sample`` of ``run.py``:
  throughput in batches of 128 and the median CPU time of one completion scored alone.

Every figure is per CPU-second (``time.process_time``), the best of ``--repeats`` runs, every
rewardkit cache cleared before each run (as ``run.py`` does). Run::

    python benchmarks/bench_hotpath.py                        # this tree only
    python benchmarks/bench_hotpath.py --baseline ../main/src --rounds 5

With ``--baseline`` each round runs one fresh process per tree, alternating, and the table gives
the median over rounds of each figure and the ratio of medians.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
BATCH = 128


def _clear_caches() -> None:
    from corpus import clear_rewardkit_caches  # benchmarks/ is on sys.path: see child()

    clear_rewardkit_caches()


def _best_rate(run: Callable[[], object], n: int, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        _clear_caches()
        gc.collect()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return n / best if best > 0 else float("inf")


def _median_us(one: Callable[[int], object], n: int) -> float:
    _clear_caches()
    times = []
    for k in range(n):
        start = time.process_time()
        one(k)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1e6


def child(repeats: int) -> dict[str, float]:
    """Measure this process's rewardkit (whatever ``sys.path`` finds) and return the figures."""
    sys.path.insert(0, str(HERE))
    import random

    from corpus import data_dir, grpo_batch, load_math500
    from rewardkit import answer_correct, boxed_correct, presets

    funcs, weights = presets.aha_grpo()

    def preset(completions: Sequence[str], golds: Sequence[str]) -> None:
        for start in range(0, len(completions), BATCH):
            chunk = completions[start : start + BATCH]
            answers = golds[start : start + BATCH]
            totals = [0.0] * len(chunk)
            for func, weight in zip(funcs, weights, strict=True):
                for k, value in enumerate(func(chunk, answer=answers)):
                    if isinstance(value, (int, float)):
                        totals[k] += weight * value

    def batched(reward: Callable[..., object], comps: Sequence[str], golds: Sequence[str]) -> None:
        for start in range(0, len(comps), BATCH):
            reward(comps[start : start + BATCH], answer=golds[start : start + BATCH])

    preset(["\\boxed{1}"], ["1"])  # warm-up: lazy imports and compiled patterns
    out: dict[str, float] = {}
    grpo = grpo_batch(128)
    comps = [i.completion for i in grpo.items]
    golds = [i.gold for i in grpo.items]
    out["aha_grpo grpo /CPU-s"] = _best_rate(lambda: preset(comps, golds), len(comps), repeats)
    folder = data_dir()
    math500 = load_math500(folder) if folder is not None else None
    if math500 is not None:
        comps = [i.completion for i in math500.items]
        golds = [i.gold for i in math500.items]
        out["aha_grpo math500 /CPU-s"] = _best_rate(
            lambda: preset(comps, golds), len(comps), repeats
        )
        chosen = sorted(random.Random(1).sample(range(len(math500.items)), 600))
        sample = [math500.items[k] for k in chosen]
        comps = [i.completion for i in sample]
        golds = [i.gold for i in sample]
        for name, reward in (("boxed_correct", boxed_correct), ("answer_correct", answer_correct)):
            out[f"{name} sample /CPU-s"] = _best_rate(
                lambda r=reward: batched(r, comps, golds), len(comps), repeats
            )
            out[f"{name} sample median us"] = _median_us(
                lambda k, r=reward: r([comps[k]], answer=[golds[k]]), len(comps)
            )
    return out


def _spawn(src: Path, repeats: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", "--repeats", str(repeats)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench_hotpath_figures() -> None:
    """Run the measurement once under pytest (one repeat) so the script cannot rot."""
    figures = child(1)
    assert figures["aha_grpo grpo /CPU-s"] > 0
    assert all(value > 0 for value in figures.values())


def main() -> None:
    """Parse the arguments, run the rounds and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="src folder of another rewardkit")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (best kept)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.repeats)))
        return
    trees = {"this tree": SRC}
    if args.baseline is not None:
        trees["baseline"] = args.baseline.resolve()
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, src in trees.items():
            results[name].append(_spawn(src, args.repeats))
    keys = list(results["this tree"][0])
    medians = {
        name: {key: statistics.median(run[key] for run in runs) for key in keys}
        for name, runs in results.items()
    }
    header = "| figure (median of rounds) | " + " | ".join(trees) + " |"
    if args.baseline is not None:
        header += " ratio |"
    lines = [header, "|---" * (len(trees) + 1 + (args.baseline is not None)) + "|"]
    for key in keys:
        cells = [f"{medians[name][key]:,.1f}" for name in trees]
        if args.baseline is not None:
            cells.append(f"{medians['this tree'][key] / medians['baseline'][key]:.2f}x")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
