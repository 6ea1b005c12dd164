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

``--same-process`` (with ``--baseline``) loads both trees in this one process instead (each
tree's ``rewardkit`` modules kept apart and swapped into ``sys.modules`` before it runs) and
times them run after run, in alternating order: the ratio is the median of the per-round
ratios. On a shared machine whose speed moves by up to 1.6x within minutes (measured: the same
tree's ``aha_grpo`` gave 14,700-27,900 per CPU-second in fresh processes of one afternoon),
fresh processes seconds apart mostly compare the machine; runs interleaved in one process do
not. Run::

    python benchmarks/bench_hotpath.py --baseline /tmp/base3/src --same-process --rounds 9
"""

from __future__ import annotations

import argparse
import contextlib
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


def bench_hotpath_same_process() -> None:
    """Run the in-process A/B once under pytest (this tree against itself) so it cannot rot."""
    import rewardkit

    table = same_process({"this tree": SRC, "baseline": SRC}, 1)
    assert table["aha_grpo grpo /CPU-s"]["ratio"] > 0
    assert all(row["this tree"] > 0 and row["baseline"] > 0 for row in table.values())
    assert sys.modules["rewardkit"] is rewardkit  # the caller's modules are back


def bench_hotpath_figures() -> None:
    """Run the measurement once under pytest (one repeat) so the script cannot rot."""
    figures = child(1)
    assert figures["aha_grpo grpo /CPU-s"] > 0
    assert all(value > 0 for value in figures.values())


_PACKAGE = "rewardkit"


def _own(name: str) -> bool:
    return name == _PACKAGE or name.startswith(_PACKAGE + ".")


class _Tree:
    """One rewardkit tree loaded in this process, its modules kept apart from the other's."""

    def __init__(self, src: Path) -> None:
        self.src = str(src)
        self.modules: dict[str, object] = {}
        self.activate()
        import rewardkit.presets  # noqa: F401 - loads the tree

        self.capture()

    def activate(self) -> None:
        """Make this tree's modules the ones ``import rewardkit`` finds (lazy imports too)."""
        for name in [name for name in sys.modules if _own(name)]:
            del sys.modules[name]
        sys.modules.update(self.modules)  # type: ignore[arg-type]
        sys.path[:] = [entry for entry in sys.path if entry not in _TREE_PATHS]
        sys.path.insert(0, self.src)
        _TREE_PATHS.add(self.src)

    def capture(self) -> None:
        """Keep the modules this tree imported lazily while it ran."""
        self.modules.update({name: m for name, m in sys.modules.items() if _own(name)})

    def clear(self) -> None:
        """Empty this tree's result caches (as :func:`corpus.clear_rewardkit_caches`)."""
        from corpus import RESULT_CACHE_MODULES

        for name, module in self.modules.items():
            if name.startswith(RESULT_CACHE_MODULES):
                for value in list(vars(module).values()):
                    clear = getattr(value, "cache_clear", None)
                    if callable(clear):
                        with contextlib.suppress(Exception):
                            clear()


_TREE_PATHS: set[str] = set()


def same_process(trees: dict[str, Path], rounds: int) -> dict[str, dict[str, float]]:
    """Time every figure of both trees in this process, interleaved; medians and ratios.

    Returns:
        ``{figure: {"this tree": per CPU-s, "baseline": per CPU-s, "ratio": median of the
        per-round ratios}}`` (rates: the best round).
    """
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    before = {name: m for name, m in sys.modules.items() if _own(name)}
    path = list(sys.path)
    try:
        return _interleaved(trees, rounds)
    finally:  # the caller's rewardkit again (under pytest: the one the other tests use)
        for name in [name for name in sys.modules if _own(name)]:
            del sys.modules[name]
        sys.modules.update(before)
        sys.path[:] = path
        _TREE_PATHS.clear()


def _interleaved(trees: dict[str, Path], rounds: int) -> dict[str, dict[str, float]]:
    """:func:`same_process` once the caller's modules are saved."""
    import random

    from corpus import data_dir, grpo_batch, load_math500

    loaded = {name: _Tree(src) for name, src in trees.items()}
    grpo = grpo_batch(128).items
    folder = data_dir()
    real = load_math500(folder) if folder is not None else None
    math500 = real.items if real is not None else ()
    chosen = sorted(random.Random(1).sample(range(len(math500)), min(600, len(math500))))
    sample = [math500[k] for k in chosen]

    def preset_run(items: Sequence[object]) -> Callable[[], None]:
        from rewardkit import presets

        funcs, weights = presets.aha_grpo()
        comps = [i.completion for i in items]  # type: ignore[attr-defined]
        golds = [i.gold for i in items]  # type: ignore[attr-defined]

        def run() -> None:
            for start in range(0, len(comps), BATCH):
                chunk, answers = comps[start : start + BATCH], golds[start : start + BATCH]
                totals = [0.0] * len(chunk)
                for func, weight in zip(funcs, weights, strict=True):
                    for k, value in enumerate(func(chunk, answer=answers)):
                        if isinstance(value, (int, float)):
                            totals[k] += weight * value

        return run

    def reward_run(name: str, items: Sequence[object]) -> Callable[[], None]:
        import rewardkit

        reward = getattr(rewardkit, name)
        comps = [i.completion for i in items]  # type: ignore[attr-defined]
        golds = [i.gold for i in items]  # type: ignore[attr-defined]

        def run() -> None:
            for start in range(0, len(comps), BATCH):
                reward(comps[start : start + BATCH], answer=golds[start : start + BATCH])

        return run

    makers: dict[str, tuple[Callable[[], Callable[[], None]], int]] = {
        "aha_grpo grpo /CPU-s": (lambda: preset_run(grpo), len(grpo))
    }
    if sample:
        makers["aha_grpo math500 /CPU-s"] = (lambda: preset_run(math500), len(math500))
        for name in ("boxed_correct", "answer_correct"):
            makers[f"{name} sample /CPU-s"] = (
                lambda name=name: reward_run(name, sample),  # type: ignore[misc]
                len(sample),
            )
    runs: dict[str, dict[str, Callable[[], None]]] = {}
    for name, tree in loaded.items():
        tree.activate()
        runs[name] = {figure: make() for figure, (make, _) in makers.items()}
        for run in runs[name].values():
            run()  # warm-up: lazy imports, compiled patterns, scanner databases
        tree.capture()
    seconds: dict[str, dict[str, list[float]]] = {f: {n: [] for n in loaded} for f in makers}
    for round_ in range(rounds):
        for figure in makers:
            order = list(loaded) if round_ % 2 == 0 else list(reversed(loaded))
            for name in order:
                tree = loaded[name]
                tree.activate()
                tree.clear()
                gc.collect()
                start = time.process_time()
                runs[name][figure]()
                seconds[figure][name].append(time.process_time() - start)
                tree.capture()
    out: dict[str, dict[str, float]] = {}
    for figure, (_, n) in makers.items():
        mine, theirs = seconds[figure]["this tree"], seconds[figure]["baseline"]
        out[figure] = {
            "this tree": n / min(mine),
            "baseline": n / min(theirs),
            "ratio": statistics.median(b / a for a, b in zip(mine, theirs, strict=True)),
        }
    return out


def main() -> None:
    """Parse the arguments, run the rounds and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="src folder of another rewardkit")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (best kept)")
    parser.add_argument(
        "--same-process",
        action="store_true",
        help="with --baseline: both trees in this process, runs interleaved (shared machines)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.repeats)))
        return
    if args.same_process:
        if args.baseline is None:
            parser.error("--same-process needs --baseline")
        table = same_process({"this tree": SRC, "baseline": args.baseline.resolve()}, args.rounds)
        lines = [
            "| figure (best round; ratio: median of rounds) | this tree | baseline | ratio |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {figure} | {row['this tree']:,.1f} | {row['baseline']:,.1f} | {row['ratio']:.3f}x |"
            for figure, row in table.items()
        ]
        print("\n".join(lines))
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
