"""Measure rewardkit against its peers in one process and one run; write benchmarks/RESULTS.md.

Usage (``nox -s bench`` runs the first line)::

    python benchmarks/run.py                      # full run, a few minutes on 2 cores
    python benchmarks/run.py --quick              # small samples, seconds (development, tests)
    python benchmarks/run.py --output /tmp/R.md --mv-sample 200 --mv-budget 60

It also times ``import rewardkit`` against ``import json, numpy`` in fresh interpreters
(``bench_import.py``, ``--import-runs``), and keeps the sections other scripts wrote between
``<!-- bench_...: begin -->`` / ``end -->`` markers (``bench_hostile.py --write``).

Protocol, per (contender, corpus):

1. **latency pass**: each item scored alone (a rewardkit reward is called with a batch of one),
   timed with ``perf_counter``: p50 / p99 / max per item. rewardkit's result caches are cleared
   first (compiled patterns stay, as in a trainer: ``corpus.clear_rewardkit_caches``).
2. **throughput pass**: the corpus scored as a trainer calls a reward, in consecutive batches of
   ``--batch-size`` completions (corpus order keeps the completions of one prompt together), best
   of ``--repeats`` runs, result caches cleared before each run: items/s. Peers without a batch path
   that are expensive (math-verify) get their throughput from the latency pass (their batch is
   the same loop); cheap peers are timed exactly like rewardkit.
3. **memory pass**: the batch path over at most ``--memory-items`` items under ``tracemalloc``:
   peak Python allocation (tracemalloc slows code down, so it never runs during timing).

math-verify is expensive on degenerate completions (it waits for its 5 s SIGALRM timeouts), so it
runs on a seeded random sample of the real corpus (``--mv-sample``, degenerate items included at
their natural rate) and stops after ``--mv-budget`` seconds; every head-to-head ratio is computed
on exactly the items the peer scored.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import gc
import importlib
import math
import os
import platform
import pstats
import random
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import bench_import  # noqa: E402
import corpus as corpora  # noqa: E402
import peers  # noqa: E402
from corpus import Corpus, Item, clear_rewardkit_caches  # noqa: E402

__all__ = ["Contender", "Measure", "main", "measure", "percentile"]

OUTPUT = _HERE / "RESULTS.md"

#: Targets from issue 8 (ratios measured in one run on one machine).
TARGET_BOXED_RATIO = 10.0
TARGET_P99_MS = 50.0
TARGET_MAX_MS = 1000.0
TARGET_PRESET_PER_S = 20_000.0
#: Targets from issue 18 (ratios of CPU time, the two contenders interleaved in one run).
TARGET_PRESET_18 = 25_000.0
TARGET_ANSWER_OVER_BOXED = 1.5
TARGET_AHA_OVER_HONEST = 0.6

#: Scored twice before each latency pass (not timed): lazy imports and compiled patterns.
WARMUP = Item("We add 1 and 1, but wait: so $\\boxed{2}$.", "2", "$\\boxed{2}$", "warmup")


# --- measurement --------------------------------------------------------------------------


@dataclass
class Contender:
    """Something to measure: a rewardkit reward or a peer.

    Attributes:
        name: row label.
        one: scores one item (latency pass).
        batch: scores a list of items as a trainer would call it (throughput pass).
        kind: ``"rewardkit"`` or ``"peer"``.
        loop_only: throughput is taken from the latency pass (expensive peers whose batch
            path is the same loop).
        budget: stop the latency pass after this many seconds (``None``: no limit).
        batch_only: no latency or memory pass (a process pool: per-item calls and the
            parent's allocations mean nothing).
    """

    name: str
    one: Callable[[Item], object]
    batch: Callable[[Sequence[Item]], list[object]]
    kind: str = "rewardkit"
    loop_only: bool = False
    budget: float | None = None
    batch_only: bool = False


@dataclass
class Measure:
    """What one contender did on one corpus."""

    name: str
    corpus: str
    kind: str
    n: int
    items_per_s: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    peak_kib: float | None
    values: list[object] = field(repr=False)
    latencies_ms: list[float] = field(repr=False)
    stopped_early: bool = False
    errors: int = 0
    cpu_items_per_s: float = math.nan


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of an ascending sequence (``nan`` when empty).

    Examples:
        >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
        2.0
        >>> percentile([float(i) for i in range(1, 101)], 99)
        99.0
    """
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _chunks(items: Sequence[Item], size: int) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def measure(
    contender: Contender,
    corpus_name: str,
    items: Sequence[Item],
    *,
    repeats: int = 3,
    memory_items: int = 300,
) -> Measure:
    """Run the latency, throughput and memory passes of one contender on ``items``."""
    for _ in range(0 if contender.batch_only else 2):  # warm up on a trivial item, untimed
        with contextlib.suppress(Exception):
            contender.one(WARMUP)
    clear_rewardkit_caches()
    gc.collect()
    latencies: list[float] = []
    values: list[object] = []
    errors = 0
    stopped = False
    clock = time.perf_counter
    cpu = time.process_time
    cpu_total = 0.0
    started = clock()
    for item in [] if contender.batch_only else items:
        c0 = cpu()
        t0 = clock()
        try:
            value = contender.one(item)
        except Exception:
            value = None
            errors += 1
        latencies.append(clock() - t0)
        cpu_total += cpu() - c0
        values.append(value)
        if contender.budget is not None and clock() - started > contender.budget:
            stopped = len(values) < len(items)
            break
    n = len(items) if contender.batch_only else len(values)
    scored = items[:n]
    if contender.loop_only:
        total = sum(latencies)
    else:
        runs = []
        cpu_runs = []
        for _ in range(max(1, repeats)):
            clear_rewardkit_caches()
            gc.collect()
            c0 = cpu()
            t0 = clock()
            batch_values = contender.batch(scored)
            runs.append(clock() - t0)
            cpu_runs.append(cpu() - c0)
            if contender.batch_only and not values:
                values = batch_values
        total = min(runs)
        cpu_total = min(cpu_runs)
    peak = None
    if contender.batch_only:
        cpu_total = math.nan
    elif memory_items > 0 and not contender.loop_only:
        clear_rewardkit_caches()
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            contender.batch(scored[:memory_items])
            peak = (tracemalloc.get_traced_memory()[1] - base) / 1024
        finally:
            tracemalloc.stop()
    elif memory_items > 0:
        gc.collect()
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            for item in scored[: min(memory_items, 20)]:
                with contextlib.suppress(Exception):
                    contender.one(item)
            peak = (tracemalloc.get_traced_memory()[1] - base) / 1024
        finally:
            tracemalloc.stop()
    ordered = sorted(latencies)
    return Measure(
        name=contender.name,
        corpus=corpus_name,
        kind=contender.kind,
        n=n,
        items_per_s=n / total if total > 0 else math.inf,
        cpu_items_per_s=n / cpu_total if cpu_total > 0 or math.isnan(cpu_total) else math.inf,
        p50_ms=percentile(ordered, 50) * 1e3,
        p99_ms=percentile(ordered, 99) * 1e3,
        max_ms=(ordered[-1] if ordered else math.nan) * 1e3,
        peak_kib=peak,
        values=values,
        latencies_ms=[x * 1e3 for x in latencies],
        stopped_early=stopped,
        errors=errors,
    )


# --- contenders ---------------------------------------------------------------------------


def _reward_contender(name: str, reward: Callable[..., list[object]], batch_size: int) -> Contender:
    """A rewardkit Reward called with TRL's signature (``answer`` column = the gold)."""

    def one(item: Item) -> object:
        return reward([item.completion], answer=[item.gold])[0]

    def batch(items: Sequence[Item]) -> list[object]:
        out: list[object] = []
        for chunk in _chunks(items, batch_size):
            out.extend(reward([i.completion for i in chunk], answer=[i.gold for i in chunk]))
        return out

    return Contender(name, one, batch)


def _preset_contender(
    name: str,
    funcs: Sequence[Callable[..., list[object]]],
    weights: Sequence[float],
    batch_size: int,
) -> Contender:
    """A preset called the way TRL calls ``reward_funcs``: each function, then a weighted sum."""

    def score(chunk: Sequence[Item]) -> list[object]:
        completions = [i.completion for i in chunk]
        answers = [i.gold for i in chunk]
        totals = [0.0] * len(chunk)
        for func, weight in zip(funcs, weights, strict=True):
            for k, value in enumerate(func(completions, answer=answers)):
                if isinstance(value, (int, float)):
                    totals[k] += weight * value
        return list(totals)

    def batch(items: Sequence[Item]) -> list[object]:
        out: list[object] = []
        for chunk in _chunks(items, batch_size):
            out.extend(score(chunk))
        return out

    return Contender(name, lambda item: score([item])[0], batch)


def _function_contender(
    name: str, fn: Callable[[str], object], kind: str = "rewardkit"
) -> Contender:
    def batch(items: Sequence[Item]) -> list[object]:
        return [fn(i.completion) for i in items]

    return Contender(name, lambda item: fn(item.completion), batch, kind=kind)


def _peer_contender(
    name: str, *, loop_only: bool = False, budget: float | None = None
) -> Contender:
    fn, gold_field = peers.PEERS[name]

    def one(item: Item) -> object:
        return fn(item.completion, getattr(item, gold_field))

    def batch(items: Sequence[Item]) -> list[object]:
        return [fn(i.completion, getattr(i, gold_field)) for i in items]

    return Contender(name, one, batch, kind="peer", loop_only=loop_only, budget=budget)


def honest_loop(text: str, gold: str = "") -> float:
    """The recipe's keyword loop with one ``lower()`` per text (issue 18's baseline for ``aha``).

    ``low = text.lower(); any(k in low for k in KEYWORDS)``: the loop as an honest user would
    write it (the ``naive keyword loop`` peer lowercases once per keyword).
    """
    del gold
    low = text.lower()
    return 1.0 if any(k in low for k in peers.KEYWORDS) else 0.0


def honest_contender() -> Contender:
    """:func:`honest_loop` as a peer: a plain loop over the items, in batches or one by one."""
    return _function_contender("honest keyword loop", honest_loop, kind="peer")


def paired_medians(
    a: Contender, b: Contender, items: Sequence[Item], block: int = 50
) -> tuple[float, float]:
    """Median CPU seconds of one item scored alone by ``a`` and by ``b``, blocks interleaved.

    ``a`` scores a block of ``block`` items one at a time, then ``b`` scores the same block,
    each starting with emptied result caches (so neither profits from the other's parsed
    answers and verdicts, and within a block each warms its caches as in the latency pass);
    both medians see the same machine, whatever its load does during the run.
    """
    cpu = time.process_time
    times_a: list[float] = []
    times_b: list[float] = []
    for start in range(0, len(items), block):
        chunk = items[start : start + block]
        for contender, times in ((a, times_a), (b, times_b)):
            clear_rewardkit_caches()
            for item in chunk:
                c0 = cpu()
                with contextlib.suppress(Exception):
                    contender.one(item)
                times.append(cpu() - c0)
    return statistics.median(times_a), statistics.median(times_b)


def workers_contender(workers: int, batch_size: int) -> Contender | None:
    """``presets.aha_grpo`` through the CLI's ``ScoringPool`` (``rewardkit score --workers``).

    The pool as the command builds it: workers start only past the serial crossover.
    """
    try:
        from rewardkit import presets
        from rewardkit.jsonl import Line
        from rewardkit.pool import ScoringPool
        from rewardkit.registry import WeightedReward
        from rewardkit.scoring import ScoringPlan
    except ImportError:
        return None
    funcs, weights = presets.aha_grpo()
    plan = ScoringPlan(
        rewards=tuple(WeightedReward(f, w) for f, w in zip(funcs, weights, strict=True))
    )

    def batch(items: Sequence[Item]) -> list[object]:
        lines = [
            Line(k + 1, {"completion": i.completion, "answer": i.gold, "prompt": i.group})
            for k, i in enumerate(items)
        ]
        with ScoringPool(plan, workers=workers, batch_size=batch_size) as pool:
            return [
                None if "error" in record else {name: record[name] for name in plan.names}
                for record in pool.score(lines)
            ]

    return Contender(
        f"pool.ScoringPool(aha_grpo, workers={workers})",
        lambda item: batch([item])[0],
        batch,
        batch_only=True,
    )


def _load(module: str, attribute: str) -> object | None:
    """``module.attribute`` when it exists yet (rewards land in parallel), else ``None``."""
    try:
        value: object = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError):
        return None
    return value


def rewardkit_contenders(batch_size: int) -> tuple[dict[str, Contender], list[str]]:
    """The rewardkit rewards that exist in this checkout, and the names of those missing."""
    found: dict[str, Contender] = {}
    missing: list[str] = []
    extract_boxed = _load("rewardkit.extract", "extract_boxed")
    if extract_boxed is not None:
        found["extract_boxed"] = _function_contender(
            "extract_boxed (extraction only)",
            extract_boxed,  # type: ignore[arg-type]
        )
    for label, module, attribute in (
        ("boxed_correct", "rewardkit.answers", "boxed_correct"),
        ("answer_correct", "rewardkit.answers", "answer_correct"),
        ("gsm8k_correct", "rewardkit.tasks", "gsm8k_correct"),
        ("boxed_number", "rewardkit.answers", "boxed_number"),
        ("aha", "rewardkit.reflect", "aha"),
    ):
        reward = _load(module, attribute) or _load("rewardkit", attribute)
        if reward is None:
            missing.append(label)
        else:
            found[label] = _reward_contender(label, reward, batch_size)  # type: ignore[arg-type]
    preset = _load("rewardkit.presets", "aha_grpo")
    if preset is None:
        missing.append("presets.aha_grpo")
    else:
        made = preset()  # type: ignore[operator]
        if isinstance(made, tuple) and len(made) == 2:
            funcs, weights = made
            found["aha_grpo"] = _preset_contender(
                "presets.aha_grpo (3 rewards, weighted)", funcs, weights, batch_size
            )
        else:
            found["aha_grpo"] = _reward_contender("presets.aha_grpo", made, batch_size)
        as_reward = _load("rewardkit.presets", "as_reward")
        if as_reward is not None and isinstance(made, tuple):
            found["aha_grpo_combined"] = _reward_contender(
                "presets.as_reward(aha_grpo()) (one Batch)",
                as_reward(made),  # type: ignore[operator]
                batch_size,
            )
    return found, missing


# --- the run ------------------------------------------------------------------------------


@dataclass
class Run:
    """Everything one run measured, for the report."""

    args: argparse.Namespace
    measures: list[Measure] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    corpora: list[Corpus] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    agreement: list[tuple[str, str, str, int, int, int, int]] = field(default_factory=list)
    disagreements: list[tuple[str, str, Item, object, object]] = field(default_factory=list)
    labelled: list[tuple[str, int, int]] = field(default_factory=list)
    profiles: list[tuple[str, list[tuple[str, int, float, float, float]]]] = field(
        default_factory=list
    )
    seconds: float = 0.0
    load: list[tuple[float, float, float]] = field(default_factory=list)
    paired: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: Issue 18: (label, corpus) -> (time ratio in batches, ratio of per-item medians), interleaved.
    timed: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    imports: dict[str, float] = field(default_factory=dict)

    def find(self, name: str, corpus: str) -> Measure | None:
        for m in self.measures:
            if m.corpus == corpus and m.name.startswith(name):
                return m
        return None


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _record(run: Run, contender: Contender, corpus: str, items: Sequence[Item]) -> Measure:
    m = measure(
        contender, corpus, items, repeats=run.args.repeats, memory_items=run.args.memory_items
    )
    run.measures.append(m)
    _log(
        f"  {corpus:<14} {m.name:<45} n={m.n:<5} {m.items_per_s:>10,.0f}/s "
        f"{m.cpu_items_per_s:>10,.0f}/cpu-s "
        f"p50={m.p50_ms:.3f}ms p99={m.p99_ms:.3f}ms max={m.max_ms:.1f}ms"
    )
    return m


#: Like-for-like pairs whose disagreements are listed: (rewardkit reward, peer).
LISTED_PAIRS = (
    ("boxed_correct", "math-verify (TRL accuracy_reward)"),
    ("answer_correct", "math-verify (parse $gold$ + verify)"),
)


def _compare(run: Run, corpus: str, ours: Measure, theirs: Measure, items: Sequence[Item]) -> None:
    n = min(ours.n, theirs.n)
    both = only_ours = only_theirs = neither = 0
    listed = (ours.name, theirs.name) in LISTED_PAIRS
    budget = run.args.disagreements
    for k in range(n):
        a, b = ours.values[k] == 1.0, theirs.values[k] == 1.0
        both += a and b
        only_ours += a and not b
        only_theirs += b and not a
        neither += not a and not b
        if a != b and listed and budget > 0:
            budget -= 1
            run.disagreements.append(
                (ours.name, theirs.name, items[k], ours.values[k], theirs.values[k])
            )
    run.agreement.append((corpus, ours.name, theirs.name, both, only_ours, only_theirs, neither))


def _answer_of(text: str) -> str | None:
    extract_boxed = _load("rewardkit.extract", "extract_boxed")
    value = extract_boxed(text) if extract_boxed is not None else None  # type: ignore[operator]
    return None if value is None else str(value)[:60]


def _sample(items: Sequence[Item], size: int, seed: int) -> list[Item]:
    """A seeded random sample, kept in corpus order (groups stay together)."""
    if size >= len(items):
        return list(items)
    chosen = sorted(random.Random(seed).sample(range(len(items)), size))
    return [items[k] for k in chosen]


def bench(args: argparse.Namespace) -> Run:
    """Run every measurement; returns what the report needs."""
    run = Run(args)
    run.load.append(_loadavg())
    started = time.perf_counter()
    if args.import_runs > 0:
        _log(f"import time: {args.import_runs} fresh interpreters per contender")
        run.imports = bench_import.measure(args.import_runs)
    found, run.missing = rewardkit_contenders(args.batch_size)
    mv = args.math_verify and peers.math_verify_available()
    if args.math_verify and not mv:
        run.notes.append(
            "math-verify is not installed (`pip install -e .[bench]`): its rows are absent."
        )

    folder = None if args.no_data else (Path(args.data) if args.data else corpora.data_dir())
    math500 = corpora.load_math500(folder) if folder else None
    gsm8k = corpora.load_gsm8k(folder) if folder else None
    grpo = corpora.grpo_batch(args.grpo_prompts, seed=args.seed, chars=2000)
    if math500 is None:
        run.notes.append("../shared/data is absent: only the generated GRPO batch was measured.")

    # 1. Answer checking on the real MATH-500 completions.
    if math500 is not None:
        items = list(math500.items)
        if args.quick:
            items = _sample(items, args.quick_items, args.seed)
        full = Corpus("math500", tuple(items), math500.description)
        run.corpora.append(full)
        _log(f"math500: {len(items)} completions")
        sample = _sample(items, args.mv_sample, args.seed + 1)
        head = Corpus("math500 sample", tuple(sample), "seeded random sample for math-verify")
        peer_ms: list[Measure] = []
        if mv:
            for name in args.mv_peers:
                peer_ms.append(
                    _record(
                        run,
                        _peer_contender(name, loop_only=True, budget=args.mv_budget),
                        head.name,
                        sample,
                    )
                )
                if peer_ms[-1].stopped_early:
                    run.notes.append(
                        f"{name} stopped after its {args.mv_budget:g} s budget: "
                        f"{peer_ms[-1].n} of {len(sample)} sampled items scored."
                    )
        scored = min((m.n for m in peer_ms), default=len(sample))
        head_items = sample[:scored]
        run.corpora.append(Corpus(head.name, tuple(head_items), head.description))
        for key in ("extract_boxed", "boxed_correct", "answer_correct"):
            if key in found:
                ours = _record(run, found[key], head.name, head_items)
                if key != "extract_boxed":
                    for theirs in peer_ms:
                        _compare(run, head.name, ours, theirs, head_items)
        if len(peer_ms) >= 2:
            _compare(run, head.name, peer_ms[0], peer_ms[1], head_items)
        for key in ("boxed_correct", "aha", "aha_grpo", "aha_grpo_combined"):
            if key in found:
                _record(run, found[key], "math500", items)
        pools = [
            _record(run, pool, "math500", items)
            for workers in ((1, args.workers) if args.workers > 1 else ())
            if (pool := workers_contender(workers, args.batch_size)) is not None
        ]
        if len(pools) == 2:
            same = "identical to" if pools[0].values == pools[1].values else "DIFFERENT from"
            run.notes.append(
                f"`{pools[1].name}`: scores {same} the serial path on all {pools[1].n} "
                "completions; a spawn pool pays its start-up (importing rewardkit in each worker) "
                "once per call, so it only pays off on sympy-heavy or very large batches."
            )
        _record(run, _peer_contender("naive keyword loop"), "math500", items)
        _record(run, honest_contender(), "math500", items)
        _record(run, _peer_contender("naive seed reward set"), "math500", items)

    # 2. GSM8K: the only corpus with correctness labels.
    if gsm8k is not None:
        items = _sample(list(gsm8k.items), args.gsm8k_items, args.seed)
        run.corpora.append(Corpus("gsm8k", tuple(items), gsm8k.description))
        _log(f"gsm8k: {len(items)} completions")
        rows = [
            _record(run, found[key], "gsm8k", items)
            for key in ("gsm8k_correct", "answer_correct")
            if key in found
        ]
        if mv:
            rows.append(
                _record(
                    run,
                    _peer_contender(
                        "math-verify (parse $gold$ + verify)", loop_only=True, budget=args.mv_budget
                    ),
                    "gsm8k",
                    items,
                )
            )
        for m in rows:
            right = sum((m.values[k] == 1.0) == bool(items[k].label) for k in range(m.n))
            run.labelled.append((m.name, right, m.n))

    # 3. The generated GRPO batch (~2,000 characters per completion).
    run.corpora.append(grpo)
    _log(f"grpo: {len(grpo)} completions")
    for key in ("aha_grpo", "aha_grpo_combined", "aha", "boxed_correct", "extract_boxed"):
        if key in found:
            _record(run, found[key], "grpo", list(grpo.items))
    _record(run, _peer_contender("naive keyword loop"), "grpo", list(grpo.items))
    _record(run, honest_contender(), "grpo", list(grpo.items))
    _record(run, _peer_contender("naive seed reward set"), "grpo", list(grpo.items))

    grpo_items = list(grpo.items)
    math_items = list(run.corpora[0].items) if math500 is not None else grpo_items

    # 4. aha against the naive loop, interleaved (the two are close: a plain back-to-back
    # comparison would mostly measure the machine's load changing).
    if "aha" in found:
        loop = _peer_contender("naive keyword loop")
        for corpus_name, corpus_items in (("math500", math_items), ("grpo", grpo_items)):
            if corpus_name == "math500" and math500 is None:
                continue
            run.paired[corpus_name] = paired_ratio(
                found["aha"], loop, corpus_items, 2 * args.repeats
            )

    # 4b. Issue 18's ratio targets, each pair interleaved: batch after batch for the time ratio,
    # item after item for the medians (back-to-back runs measure the machine's load as much
    # as the code: its CPU time per unit of work moves by up to 1.6x within minutes).
    if math500 is not None and {"answer_correct", "boxed_correct"} <= found.keys():
        head_items = list(run.corpora[1].items)
        answer, boxed = found["answer_correct"], found["boxed_correct"]
        time_ratio = paired_ratio(boxed, answer, head_items, 2 * args.repeats)[0]
        boxed_median, answer_median = paired_medians(boxed, answer, head_items)
        run.timed[("answer_correct / boxed_correct", "math500 sample")] = (
            time_ratio,
            answer_median / boxed_median if boxed_median > 0 else math.nan,
        )
    if "aha" in found:
        honest = honest_contender()
        for corpus_name, corpus_items in (("math500", math_items), ("grpo", grpo_items)):
            if corpus_name == "math500" and math500 is None:
                continue
            time_ratio = paired_ratio(honest, found["aha"], corpus_items, 2 * args.repeats)[0]
            honest_median, aha_median = paired_medians(honest, found["aha"], corpus_items)
            run.timed[("aha / honest keyword loop", corpus_name)] = (
                time_ratio,
                aha_median / honest_median if honest_median > 0 else math.nan,
            )

    # 5. Where a target is missed, profile the reward on the corpus of that target.
    for (_, _, status), (key, corpus_name, corpus_items) in zip(
        targets(run),
        (
            ("boxed_correct", "math500", math_items),
            ("boxed_correct", "math500", math_items),
            ("boxed_correct", "math500", math_items),
            ("aha_grpo", "grpo", grpo_items),
            ("aha", "math500", math_items),
            ("aha", "grpo", grpo_items),
        ),
        strict=True,
    ):
        title = f"`{key}` on {corpus_name}"
        wanted = args.profile or "missed" in status
        if wanted and key in found and title not in {t for t, _ in run.profiles}:
            run.profiles.append((title, profile(found[key], corpus_items)))

    run.seconds = time.perf_counter() - started
    run.load.append(_loadavg())
    return run


def paired_ratio(
    a: Contender, b: Contender, items: Sequence[Item], repeats: int
) -> tuple[float, float]:
    """Throughput of ``a`` over ``b``, runs interleaved (a, b, a, b, ...), best of each.

    Interleaving makes a close comparison robust to the machine's load changing during the run.

    Returns:
        (ratio of items per CPU-second, ratio of items per wall-clock second).
    """
    best = {"a": [math.inf, math.inf], "b": [math.inf, math.inf]}
    for _ in range(max(1, repeats)):
        for key, contender in (("a", a), ("b", b)):
            clear_rewardkit_caches()
            gc.collect()
            c0, t0 = time.process_time(), time.perf_counter()
            contender.batch(items)
            cpu, wall = time.process_time() - c0, time.perf_counter() - t0
            best[key] = [min(best[key][0], cpu), min(best[key][1], wall)]
    return best["b"][0] / best["a"][0], best["b"][1] / best["a"][1]


def _loadavg() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on this platform
        return (math.nan, math.nan, math.nan)


def profile(
    contender: Contender, items: Sequence[Item], top: int = 12
) -> list[tuple[str, int, float, float, float]]:
    """cProfile of the batch path, top functions by own time.

    Returns:
        (function, calls, own µs per call, share of all own time, cumulative share).
    """
    clear_rewardkit_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    contender.batch(items)
    profiler.disable()
    stats = pstats.Stats(profiler)
    table = stats.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in table.values()) or 1.0
    rows = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    out = []
    for (filename, line, function), (_, calls, own, cumulative, _) in rows:
        where = filename
        for marker in ("/src/", "/lib/python"):
            if marker in filename:
                where = filename.split(marker, 1)[1]
        out.append(
            (
                f"{where}:{line}({function})",
                calls,
                own / max(calls, 1) * 1e6,
                own / total,
                cumulative / total,
            )
        )
    return out


# --- the report ---------------------------------------------------------------------------


def _git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=_HERE,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    """One line describing where the numbers were measured."""
    return (
        f"{os.cpu_count()} CPUs ({_cpu_model()}), Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.release()}"
    )


def _fmt_load(load: Sequence[tuple[float, float, float]]) -> str:
    if not load:
        return "unknown"
    return " at the start, ".join(f"{one:.1f}" for one, _, _ in load[:2]) + (
        " at the end" if len(load) > 1 else ""
    )


def _fmt_rate(value: float) -> str:
    if math.isnan(value):
        return "-"
    return "inf" if math.isinf(value) else f"{value:,.0f}"


def _fmt_ms(value: float) -> str:
    if math.isnan(value):
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def _fmt_mem(kib: float | None) -> str:
    if kib is None:
        return "-"
    return f"{kib / 1024:.1f} MiB" if kib >= 1024 else f"{kib:.0f} KiB"


def _ratio(a: Measure | None, b: Measure | None) -> float | None:
    if a is None or b is None or b.items_per_s <= 0 or math.isinf(a.items_per_s):
        return None
    return a.items_per_s / b.items_per_s


def _status(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def targets(run: Run) -> list[tuple[str, str, str]]:
    """(target, measured, status) rows."""
    rows: list[tuple[str, str, str]] = []
    ours = run.find("boxed_correct", "math500 sample")
    peer = run.find("math-verify (TRL", "math500 sample")
    ratio = _ratio(ours, peer)
    measured = "-"
    if ours is not None and peer is not None and ratio is not None:
        measured = (
            f"{ratio:,.1f}x ({_fmt_rate(ours.items_per_s)} vs {_fmt_rate(peer.items_per_s)} "
            f"items/s, n={peer.n})"
        )
    rows.append(
        (
            f"`boxed_correct` >= {TARGET_BOXED_RATIO:g}x math-verify (TRL recipe) items/s, "
            "real corpus",
            measured,
            _status(None if ratio is None else ratio >= TARGET_BOXED_RATIO),
        )
    )
    pair = next(
        (
            row
            for row in run.agreement
            if row[1] == "boxed_correct" and row[2].startswith("math-verify (TRL")
        ),
        None,
    )
    measured = "-"
    if pair is not None:
        _, _, _, both, only_ours, only_theirs, neither = pair
        n = both + only_ours + only_theirs + neither
        measured = (
            f"agree on {(both + neither) / max(n, 1):.1%} of {n}; only rewardkit says correct: "
            f"{only_ours}, only math-verify: {only_theirs}"
        )
    rows.append(
        (
            "... with equal or better agreement (no labels: disagreements are read by hand)",
            measured,
            "see disagreements" if pair is not None else "n/a",
        )
    )
    full = run.find("boxed_correct", "math500")
    measured, ok = "-", None
    if full is not None:
        measured = f"p99 {_fmt_ms(full.p99_ms)} ms, max {_fmt_ms(full.max_ms)} ms (n={full.n})"
        ok = full.p99_ms < TARGET_P99_MS and full.max_ms < TARGET_MAX_MS
    rows.append(
        (
            f"`boxed_correct` p99 < {TARGET_P99_MS:g} ms and max < {TARGET_MAX_MS:g} ms per item, "
            "every real completion",
            measured,
            _status(ok),
        )
    )
    preset = run.find("presets.aha_grpo", "grpo")
    rows.append(
        (
            f"`presets.aha_grpo` >= {TARGET_PRESET_PER_S:,.0f} completions/s of ~2,000 chars, "
            "one core (judged per CPU-second: one core's work, whatever else the machine runs)",
            "-"
            if preset is None
            else f"{_fmt_rate(preset.cpu_items_per_s)} per CPU-s "
            f"({_fmt_rate(preset.items_per_s)} /s wall clock)",
            _status(None if preset is None else preset.cpu_items_per_s >= TARGET_PRESET_PER_S),
        )
    )
    for corpus in ("math500", "grpo"):
        aha, loop = run.find("aha", corpus), run.find("naive keyword loop", corpus)
        ratio = _ratio(aha, loop)
        cpu_ratio = None
        if aha is not None and loop is not None and loop.cpu_items_per_s > 0:
            cpu_ratio = aha.cpu_items_per_s / loop.cpu_items_per_s
        if corpus in run.paired:
            cpu_ratio, ratio = run.paired[corpus]
        rows.append(
            (
                f"`aha` no slower than the naive keyword loop ({corpus}; judged per CPU-second, "
                "runs interleaved)",
                "-"
                if ratio is None or cpu_ratio is None
                else f"{cpu_ratio:.2f}x the loop's items per CPU-s ({ratio:.2f}x wall clock)",
                _status(None if cpu_ratio is None else cpu_ratio >= 1.0),
            )
        )
    return rows


def targets_18(run: Run) -> list[tuple[str, str, str]]:
    """(target, measured, status) rows of issue 18, with the margin each is met or missed by.

    Ratios are of CPU time, the two contenders interleaved (:func:`paired_ratio` for batches,
    :func:`paired_medians` for one item at a time); a ratio target is met when both are.
    """
    rows: list[tuple[str, str, str]] = []
    preset = run.find("presets.aha_grpo", "grpo")
    honest = run.find("honest keyword loop", "grpo")
    measured = "-"
    if preset is not None:
        measured = (
            f"{_fmt_rate(preset.cpu_items_per_s)} per CPU-s "
            f"({preset.cpu_items_per_s / TARGET_PRESET_18 - 1:+.0%} of the target)"
        )
        if honest is not None:
            measured += (
                f"; the honest keyword loop did {_fmt_rate(honest.cpu_items_per_s)} per CPU-s "
                "in the same run (the machine's speed)"
            )
    rows.append(
        (
            f"`presets.aha_grpo` >= {TARGET_PRESET_18:,.0f} completions per CPU-second (grpo)",
            measured,
            _status(None if preset is None else preset.cpu_items_per_s >= TARGET_PRESET_18),
        )
    )
    for (label, corpus), limit in (
        (("answer_correct / boxed_correct", "math500 sample"), TARGET_ANSWER_OVER_BOXED),
        (("aha / honest keyword loop", "math500"), TARGET_AHA_OVER_HONEST),
        (("aha / honest keyword loop", "grpo"), TARGET_AHA_OVER_HONEST),
    ):
        first, second = label.split(" / ")
        timed = run.timed.get((label, corpus))
        measured, ok = "-", None
        if timed is not None:
            in_batches, median = timed
            measured = (
                f"{in_batches:.2f}x in batches, {median:.2f}x by per-item median "
                f"(margin {1 - max(in_batches, median) / limit:+.0%})"
            )
            ok = in_batches <= limit and median <= limit
        rows.append(
            (
                f"`{first}` at most {limit:g}x the time of `{second}` ({corpus}; CPU time, "
                "interleaved)",
                measured,
                _status(ok),
            )
        )
    return rows


def report(run: Run) -> str:
    """The Markdown of RESULTS.md."""
    args = run.args
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        "Written by `python benchmarks/run.py` (`nox -s bench`); do not edit by hand. "
        "Method: [docs/performance.md](../docs/performance.md).",
        "",
        f"- Date: {now}; rewardkit {_version('rewardkit')} at commit `{_git_commit()}`; "
        f"math-verify {_version('math-verify')}.",
        f"- Machine: {machine()}. Shared and noisy: load average {_fmt_load(run.load)} "
        "of the run (other jobs on the same cores), so wall-clock figures are pessimistic and "
        "move by tens of percent between runs; items per CPU-second are steadier; ratios are "
        "measured in the same run, back to back.",
        f"- Run: {'quick (small samples)' if args.quick else 'full'}; batch size "
        f"{args.batch_size}; best of {args.repeats} throughput runs; seed {args.seed}; "
        f"math-verify sample {args.mv_sample} items, budget {args.mv_budget:g} s per peer; "
        f"took {run.seconds:,.0f} s.",
        "",
        "## Targets (issue 8)",
        "",
        "| target | measured | status |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {m} | {s} |" for t, m, s in targets(run)]
    lines += [
        "",
        "## Targets (issue 18)",
        "",
        "Ratios of CPU time with the two contenders interleaved in this run (batch after batch, "
        "item after item): this machine's speed moves by up to 1.6x within minutes, so a ratio "
        "of two back-to-back rows of the tables below mostly measures that.",
        "",
        "| target | measured | status |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {m} | {s} |" for t, m, s in targets_18(run)]
    if run.missing:
        lines += [
            "",
            "Not measured (not in this checkout yet): "
            + ", ".join(f"`{name}`" for name in run.missing)
            + ".",
        ]
    lines += ["", "## Corpora", "", "| corpus | items | mean chars | what |", "|---|---|---|---|"]
    lines += [
        f"| {c.name} | {len(c):,} | {c.mean_chars():,.0f} | {c.description} |" for c in run.corpora
    ]
    for corpus in dict.fromkeys(m.corpus for m in run.measures):
        rows = [m for m in run.measures if m.corpus == corpus]
        peer_rows = [m for m in rows if m.kind == "peer"]
        lines += [
            "",
            f"## {corpus}",
            "",
            "| reward / peer | n | items/s | items/CPU-s | p50 ms | p99 ms | max ms | peak mem | "
            + " | ".join(f"x {p.name}" for p in peer_rows)
            + (" |" if peer_rows else "|"),
            "|---|---|---|---|---|---|---|---|" + "---|" * len(peer_rows),
        ]
        for m in rows:
            name = f"rewardkit `{m.name}`" if m.kind == "rewardkit" else m.name
            if m.stopped_early:
                name += " (budget)"
            ratios = []
            for p in peer_rows:
                r = _ratio(m, p)
                ratios.append("-" if r is None or p is m else f"{r:,.1f}x")
            lines.append(
                f"| {name} | {m.n:,} | {_fmt_rate(m.items_per_s)} | "
                f"{_fmt_rate(m.cpu_items_per_s)} | {_fmt_ms(m.p50_ms)} | "
                f"{_fmt_ms(m.p99_ms)} | {_fmt_ms(m.max_ms)} | {_fmt_mem(m.peak_kib)} | "
                + " | ".join(ratios)
                + (" |" if ratios else "|")
            )
    if run.agreement:
        lines += [
            "",
            "## Verdict agreement (same items)",
            "",
            "No human labels exist for MATH-500 completions: this counts where two checkers agree "
            "and lists where they do not (read them to decide who is right).",
            "",
            "| corpus | A | B | agree | both 1 | only A 1 | only B 1 | both 0 |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for corpus, a, b, both, only_a, only_b, neither in run.agreement:
            n = both + only_a + only_b + neither
            agree = (both + neither) / n if n else math.nan
            lines.append(
                f"| {corpus} | {a} | {b} | {agree:.1%} ({both + neither}/{n}) | {both} | "
                f"{only_a} | {only_b} | {neither} |"
            )
    if run.labelled:
        lines += [
            "",
            "## Accuracy against labels (GSM8K, OpenAI's `is_correct`)",
            "",
            "| checker | agrees with label |",
            "|---|---|",
        ]
        lines += [
            f"| {name} | {right / n:.1%} ({right}/{n}) |" for name, right, n in run.labelled if n
        ]
    if run.disagreements:
        lines += [
            "",
            f"## Disagreements to read (like-for-like pairs, first {args.disagreements} of each)",
            "",
            "| rewardkit | peer | problem | model | gold | last boxed | ours | peer's |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for mine, peer_name, item, our_value, peer_value in run.disagreements:
            lines.append(
                f"| {mine} | {peer_name} | {item.group} | {item.model} | `{_cell(item.gold)}` | "
                f"`{_cell(_answer_of(item.completion))}` | {our_value} | {peer_value} |"
            )
    for title, functions in run.profiles:
        lines += [
            "",
            f"## Profile: {title} (cProfile, own time; profiling inflates small calls)",
            "",
            "| function | calls | own µs per call | own time | with callees |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| `{_cell(where, 80)}` | {calls:,} | {per_call:,.1f} | {share:.0%} | {cum:.0%} |"
            for where, calls, per_call, share, cum in functions
        ]
    if run.imports:
        lines += ["", bench_import.section(run.imports, args.import_runs).rstrip("\n")]
    if run.notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in run.notes]
    lines += [
        "",
        "Per-item latency is a batch of one through the full TRL-signature adapter (rewardkit) "
        "or one call of the peer. Peak memory is the Python allocation peak under tracemalloc "
        f"while scoring at most {args.memory_items} items (20 for math-verify).",
        "",
    ]
    return "\n".join(lines)


def _cell(value: object, width: int = 40) -> str:
    text = "None" if value is None else str(value)
    text = text.replace("|", "\\|").replace("`", "'").replace("\n", " ")
    return text if len(text) <= width else text[: width - 3] + "..."


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--output", default=str(OUTPUT), help="Markdown file to write")
    p.add_argument("--quick", action="store_true", help="small samples (development, tests)")
    p.add_argument("--data", help="folder with the real corpora (default ../shared/data)")
    p.add_argument("--no-data", action="store_true", help="ignore the real corpora")
    p.add_argument("--no-math-verify", dest="math_verify", action="store_false")
    p.add_argument("--openr1", action="store_true", help="also measure open-r1's variant")
    p.add_argument("--mv-sample", type=int, default=600, help="items math-verify scores")
    p.add_argument("--mv-budget", type=float, default=150.0, help="seconds per math-verify peer")
    p.add_argument("--gsm8k-items", type=int, default=1000)
    p.add_argument("--grpo-prompts", type=int, default=128, help="prompts in the GRPO batch")
    p.add_argument("--quick-items", type=int, default=60, help="math500 items with --quick")
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--memory-items", type=int, default=300)
    p.add_argument("--disagreements", type=int, default=15, help="disagreements to list")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=2, help="process pool size measured (0: skip)")
    p.add_argument("--profile", action="store_true", help="profile every target's reward")
    p.add_argument(
        "--import-runs", type=int, default=9, help="fresh interpreters per import (0: skip)"
    )
    args = p.parse_args(argv)
    if args.quick:
        args.mv_sample = min(args.mv_sample, 20)
        args.mv_budget = min(args.mv_budget, 20.0)
        args.gsm8k_items = min(args.gsm8k_items, 40)
        args.grpo_prompts = min(args.grpo_prompts, 4)
        args.repeats = 1
        args.memory_items = min(args.memory_items, 20)
        args.workers = 0
        args.import_runs = min(args.import_runs, 1)
    args.mv_peers = [
        "math-verify (TRL accuracy_reward)",
        *(["math-verify (open-r1 accuracy_reward)"] if args.openr1 else []),
        "math-verify (parse $gold$ + verify)",
    ]
    return args


def _keep_marked_sections(old: str, new: str) -> str:
    """``new`` plus each ``<!-- bench_X: begin -->`` ... ``end -->`` block of ``old`` it lacks.

    Other scripts (``bench_hostile.py --write``) own such blocks; a run must not erase them.
    """
    kept = []
    for start in re.finditer(r"<!-- (bench_\w+): begin -->", old):
        end = f"<!-- {start.group(1)}: end -->"
        stop = old.find(end, start.end())
        if stop >= 0 and start.group(0) not in new:
            kept.append(old[start.start() : stop + len(end)])
    return new if not kept else new.rstrip("\n") + "\n\n" + "\n\n".join(kept) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and write the report; returns the exit status."""
    args = parse_args(argv)
    run = bench(args)
    text = report(run)
    output = Path(args.output)
    if output.exists():
        text = _keep_marked_sections(output.read_text(encoding="utf-8"), text)
    output.write_text(text, encoding="utf-8")
    _log(f"wrote {args.output} in {run.seconds:,.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
