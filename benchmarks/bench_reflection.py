"""Reflection keywords: ``aha`` vs the recipe's honest loop, on long real completions.

Contenders, each scoring the same completions:

- ``honest`` (the baseline every ratio is against): the recipe's loop with one ``lower()``
  per text, ``low = text.lower(); any(k in low for k in KEYWORDS)``;
- ``naive``: the loop as usually written, ``any(k in text.lower() for k in KEYWORDS)``
  (lowercases once per keyword: a straw man, shown for reference only);
- ``aha_score``: rewardkit's pure function, per completion (word boundaries, any apostrophe,
  any whitespace inside a phrase);
- ``aha``: rewardkit's reward called in batches of 16 (a GRPO group), which takes the batch
  path (each phrase group searched once over the joined batch);
- ``reflection``, ``cognitive_behaviors``: the graded rewards, batches of 16 (for scale).

The corpus is the long completions (>= 2,000 characters) of
``../shared/data/math500_generations.jsonl`` (real outputs of five models) when present, else a
seeded generated corpus of ~2,500-character solutions with reflection phrases in some;
``--short`` measures the ~300-character GPT-3 solutions of ``gsm8k_model_solutions.jsonl``
instead (where the batch path joins the texts).

``--baseline SRC`` times another rewardkit tree (its ``src`` folder; 0.1 is commit ``9cf07e0``:
``git worktree add /tmp/rk01 9cf07e0``) against this one on the same completions, in
alternating fresh processes (``--rounds``), and prints both and the speed-ups.

``--stages`` prints where ``cognitive_behaviors`` spends its time, stage by stage.

Run ``python benchmarks/bench_reflection.py [--items 1000] [--short]`` for, per contender, CPU
microseconds per item (throughput in batches, best of 5) and the median per-item time (each text
scored alone), with both ratios to the honest loop, measured in one run. ``--standard`` turns
the hyperscan scan off (the standard-library path; same scores). A few long completions cost
far more than the median (a 14 KB one costs ~10x the median), so report the median ratio beside
the throughput ratio. Under pytest the ``bench_*``
functions run once with benchmarking disabled so they cannot rot.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rewardkit import aha, aha_score, cognitive_behaviors, reflection
from rewardkit.keywords import RECIPE_KEYWORDS

try:
    from rewardkit.reflect.scan import fast_backend, set_fast
except ImportError:  # a tree before the scan module (--baseline of 0.1): no backend switch

    def fast_backend() -> bool:
        return False

    def set_fast(enabled: bool) -> None:
        del enabled


DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "math500_generations.jsonl"
SHORT = DATA.with_name("gsm8k_model_solutions.jsonl")
GROUP = 16
MIN_CHARS = 2000

_SENTENCES = (
    "We write the condition as an equation and collect the terms in x on the left.",
    "Subtracting 7 from both sides gives 3x = 21, so x = 7.",
    "The sum of the first n odd numbers is n^2, which we use for the second part.",
    "By the Pythagorean theorem the hypotenuse is sqrt(9 + 16) = 5.",
    "Multiplying numerator and denominator by the conjugate removes the radical.",
    "Each of the 12 people shakes hands with 11 others, and each handshake is counted twice.",
    "The remainder of 2^10 modulo 7 is 2, because 2^3 = 8 is 1 modulo 7.",
)
_REFLECTIONS = (
    "But wait, the problem asks for the perimeter, not the area.",
    "Let’s check the arithmetic once more: 3 * 7 = 21, it holds.",
    "Hmm, that does not look right. Let's try a different approach.",
    "Lets verify the problem statement again: the numbers are positive.",
    "To verify, we plug x = 7 back in and both sides agree.",
)


def generated(n: int, *, seed: int = 0) -> list[str]:
    """``n`` seeded ~2,500-character solutions; 40% carry a reflection phrase."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [rng.choice(_SENTENCES) for _ in range(30)]
        if rng.random() < 0.4:
            parts.insert(rng.randrange(len(parts)), rng.choice(_REFLECTIONS))
        texts.append(" ".join(parts))
    return texts


def corpus(
    n: int, *, seed: int = 0, short: bool = False, sizes: tuple[int, int] | None = None
) -> list[str]:
    """``n`` long (or short) completions: a seeded sample of the real corpus, else generated.

    ``sizes``: only completions of that many characters (inclusive range) from the real corpus.
    """
    path = SHORT if short else DATA
    if not path.is_file():
        return generated(n, seed=seed)
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    minimum = 0 if short else MIN_CHARS
    low, high = sizes if sizes is not None else (minimum, 1 << 30)
    texts = [str(row["completion"]) for row in rows if low <= len(row["completion"]) <= high]
    rng = random.Random(seed)
    return rng.sample(texts, min(n, len(texts)))


def naive(texts: Sequence[str]) -> list[float]:
    """The recipe's loop as usually written."""
    return [1.0 if any(k in text.lower() for k in RECIPE_KEYWORDS) else 0.0 for text in texts]


def honest(texts: Sequence[str]) -> list[float]:
    """The recipe's loop with one ``lower()`` per text."""
    scores = []
    for text in texts:
        low = text.lower()
        scores.append(1.0 if any(k in low for k in RECIPE_KEYWORDS) else 0.0)
    return scores


def per_item(texts: Sequence[str]) -> list[float]:
    """rewardkit's pure ``aha_score``, one text at a time."""
    return [aha_score(text) for text in texts]


def _in_groups(reward: Callable[[list[str]], list[float | None]]) -> Callable[..., list[object]]:
    def run(texts: Sequence[str]) -> list[object]:
        scores: list[object] = []
        for start in range(0, len(texts), GROUP):
            scores += reward(list(texts[start : start + GROUP]))
        return scores

    return run


batched_aha = _in_groups(aha)
batched_reflection = _in_groups(reflection)
batched_cognitive = _in_groups(cognitive_behaviors())

CONTENDERS: dict[str, Callable[[Sequence[str]], list[object]]] = {
    "honest": honest,  # type: ignore[dict-item]
    "naive": naive,  # type: ignore[dict-item]
    "aha_score": per_item,  # type: ignore[dict-item]
    "aha (batch 16)": batched_aha,
    "reflection (batch 16)": batched_reflection,
    "cognitive_behaviors (batch 16)": batched_cognitive,
}


def bench_honest_loop(benchmark: Callable[..., object]) -> None:
    benchmark(honest, corpus(64))


def bench_aha_per_item(benchmark: Callable[..., object]) -> None:
    benchmark(per_item, corpus(64))


def bench_aha_batch(benchmark: Callable[..., object]) -> None:
    benchmark(batched_aha, corpus(64))


def bench_reflection_batch(benchmark: Callable[..., object]) -> None:
    benchmark(batched_reflection, corpus(32))


def bench_cognitive_batch(benchmark: Callable[..., object]) -> None:
    benchmark(batched_cognitive, corpus(16))


def bench_aha_batch_short(benchmark: Callable[..., object]) -> None:
    benchmark(batched_aha, corpus(256, short=True))


def bench_stages_time_every_stage() -> None:
    found = stages(corpus(GROUP, sizes=(2000, 4000)))
    assert set(found) >= {"behaviour prefilter scan", "whole rule", "rest of the rule"}
    assert all(seconds >= 0 for name, seconds in found.items() if name != "rest of the rule")


def bench_aha_agrees_with_its_batch_path_and_mostly_with_naive() -> None:
    texts = corpus(200) + corpus(100, short=True)
    scores = per_item(texts)
    assert batched_aha(texts) == scores
    assert 1.0 in scores
    if DATA.is_file():  # real outputs: the two differ only on rare apostrophes and boundaries
        agree = sum(a == b for a, b in zip(naive(texts), scores, strict=True))
        assert agree >= 0.95 * len(texts)


def bench_aha_finds_what_naive_misses_on_generated_text() -> None:
    # The generated corpus writes some phrases with a curly or missing apostrophe ("Let’s
    # check", "Lets verify"), which the naive loop misses by construction: every disagreement
    # must be aha finding a phrase the naive loop cannot, never the reverse.
    texts = generated(300, seed=1)
    scores = per_item(texts)
    assert batched_aha(texts) == scores
    disagreements = [
        (text, mine)
        for text, mine, theirs in zip(texts, scores, naive(texts), strict=True)
        if mine != theirs
    ]
    assert disagreements, "the generated corpus should exercise apostrophe variants"
    assert all(mine == 1.0 for _, mine in disagreements)
    assert all("Let’s check" in text or "Lets verify" in text for text, _ in disagreements)


def _time(fn: Callable[[Sequence[str]], list[object]], texts: Sequence[str], repeats: int) -> float:
    """Best CPU seconds of ``repeats`` runs over all texts."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn(texts)
        best = min(best, time.process_time() - start)
    return best


def _median_item(fn: Callable[[Sequence[str]], list[object]], texts: Sequence[str]) -> float:
    """Median CPU seconds to score one text alone."""
    times = []
    for text in texts:
        start = time.process_time()
        fn([text])
        times.append(time.process_time() - start)
    return statistics.median(times)


_FIRST_USE = """
import sys, time
start = time.process_time()
from rewardkit import cognitive_behaviors
imported = time.process_time()
cognitive_behaviors()(["Let me verify this: 3 * 7 = 21, which is too high. " * 8])
print(imported - start, time.process_time() - imported)
"""


def first_use(cache: str) -> tuple[float, float]:
    """CPU seconds of (import, first ``cognitive_behaviors`` call) in a fresh process.

    ``cache``: the hyperscan database cache directory (``""``: no cache, compile).
    """
    import os
    import subprocess

    env = {**os.environ, "REWARDKIT_CACHE_DIR": cache}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_USE], env=env, capture_output=True, text=True, check=True
    )
    imported, first = map(float, out.stdout.split())
    return imported, first


def stages(texts: Sequence[str]) -> dict[str, float]:
    """Where ``cognitive_behaviors`` spends its time: per stage, the median over the texts of
    the best of 3 CPU times (this tree only; private functions, read by ``--stages``).

    ``rest of the rule`` is the whole rule's median minus the stages before it: the grouping of
    phrases, the follow-up of each group (reasoning, signature) and the stuffing measures.
    """
    from rewardkit.reflect.cognitive import _COGNITIVE, _behavior_hits, _pattern_scan
    from rewardkit.reflect.graded import _REFLECTION
    from rewardkit.reflect.regions import select_region
    from rewardkit.text import normalize

    scorer = _COGNITIVE.scorer
    lows = [select_region(normalize(text), "all").lower() for text in texts]
    steps: dict[str, Callable[[str, str], object]] = {
        "normalize, region, lower": lambda text, low: select_region(normalize(text), "all").lower(),
        "behaviour prefilter scan": lambda text, low: _pattern_scan().ends(low),
        "behaviour patterns (scan + exact)": lambda text, low: _behavior_hits(low),
        "reflection keywords": lambda text, low: _REFLECTION.matcher.hits(low),
        "whole rule": lambda text, low: scorer._score(low, None),  # type: ignore[attr-defined]
        "reward call, one text": lambda text, low: _COGNITIVE([text]),
    }
    for text in texts[:GROUP]:
        _COGNITIVE([text])  # first use compiles: not timed
    medians: dict[str, float] = {}
    for name, step in steps.items():
        times = []
        for text, low in zip(texts, lows, strict=True):
            best = float("inf")
            for _ in range(3):
                start = time.process_time()
                step(text, low)
                best = min(best, time.process_time() - start)
            times.append(best)
        medians[name] = statistics.median(times)
    medians["rest of the rule"] = (
        medians["whole rule"]
        - medians["behaviour patterns (scan + exact)"]
        - medians["reflection keywords"]
    )
    medians.update(_in_one_pass(lows))
    return medians


def _in_one_pass(lows: Sequence[str]) -> dict[str, float]:
    """The rule's steps timed in one pass over each text, as the reward runs them.

    Each step alone and repeated runs with warm caches; in one pass the hyperscan scan
    evicts what the Python steps after it use, so those cost more there: the shares of this
    split are the ones to optimise by. Median over the texts of each step's best of 3.
    "phrase groups" merges the phrases; each match's group is found with its follow-up
    (the reward reads only the gaps to the right of the matches), so it is timed there.
    """
    from rewardkit.reflect.cognitive import _COGNITIVE, _behavior_hits, _Groups, _union
    from rewardkit.reflect.graded import _REFLECTION, _stuffing_factor

    scorer: Any = _COGNITIVE.scorer
    clock = time.process_time
    names = (
        "one pass: behaviour patterns",
        "one pass: reflection keywords",
        "one pass: phrase groups",
        "one pass: follow-ups",
        "one pass: stuffing measures",
    )
    rows = []
    for low in lows:
        best = [float("inf")] * len(names)
        for _ in range(3):
            t0 = clock()
            hits = _behavior_hits(low)
            t1 = clock()
            spans = [span for found in hits.values() for span in found]
            spans.extend((hit.start, hit.end) for hit in _REFLECTION.matcher.hits(low))
            t2 = clock()
            phrases = _union(spans)
            t3 = clock()
            groups = _Groups(low, phrases, scorer.min_following)
            follow_ups = [groups.follow_up(start) for found in hits.values() for start, _ in found]
            t4 = clock()
            if any(follow_up is not None for follow_up in follow_ups):
                _stuffing_factor(low, phrases, scorer.min_reasoning, scorer.max_density)
            t5 = clock()
            steps = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)
            best = [min(b, step) for b, step in zip(best, steps, strict=True)]
        rows.append(best)
    return {name: statistics.median(row[i] for row in rows) for i, name in enumerate(names)}


def measure(texts: Sequence[str], repeats: int) -> dict[str, tuple[float, float]]:
    """Per contender: (CPU seconds per item in batches, best of ``repeats``; median alone)."""
    for fn in CONTENDERS.values():
        fn(texts[:GROUP])  # first use compiles: not timed
    return {
        name: (_time(fn, texts, repeats) / len(texts), _median_item(fn, texts))
        for name, fn in CONTENDERS.items()
    }


def against(baseline: str, argv: list[str], rounds: int) -> None:
    """Time this tree and another one (``baseline``: its ``src`` folder) in alternating
    fresh processes on the same completions; print the medians and the speed-ups."""
    import json
    import os
    import subprocess

    trees = {"this tree": str(Path(__file__).resolve().parents[1] / "src"), "baseline": baseline}
    runs: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": src}
            out = subprocess.run(
                [sys.executable, __file__, *argv, "--child"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            runs[name].append(json.loads(out.stdout.splitlines()[-1]))
    print(f"median of {rounds} alternating runs per tree; baseline: {baseline}")
    print(f"{'contender':32s} {'this tree':>22s} {'baseline':>22s}   speed-up (throughput, median)")
    for contender in runs["this tree"][0]:
        mine, theirs = (
            [statistics.median(run[contender][k] for run in runs[name]) for k in (0, 1)]
            for name in trees
        )
        print(
            f"{contender:32s} {mine[0] * 1e6:8.1f} / {mine[1] * 1e6:7.1f} us"
            f" {theirs[0] * 1e6:8.1f} / {theirs[1] * 1e6:7.1f} us"
            f"   {theirs[0] / mine[0]:5.2f}x {theirs[1] / mine[1]:5.2f}x"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--short", action="store_true", help="short GSM8K solutions instead")
    parser.add_argument("--standard", action="store_true", help="no hyperscan (same scores)")
    parser.add_argument(
        "--sizes", type=int, nargs=2, metavar=("MIN", "MAX"), help="completion lengths to use"
    )
    parser.add_argument(
        "--first-use", action="store_true", help="also time import + first call in new processes"
    )
    parser.add_argument(
        "--baseline",
        metavar="SRC",
        help="the src folder of another rewardkit tree to time against (e.g. 0.1: "
        "git worktree add /tmp/rk01 9cf07e0, then --baseline /tmp/rk01/src)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per tree")
    parser.add_argument(
        "--stages", action="store_true", help="where cognitive_behaviors spends its time"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = tuple(args.sizes) if args.sizes else None
    if args.child:  # one tree's timings, as JSON, for --baseline
        import json

        set_fast(not args.standard)
        texts = corpus(args.items, seed=args.seed, short=args.short, sizes=sizes)  # type: ignore[arg-type]
        print(json.dumps(measure(texts, args.repeats)))
        return 0
    if args.baseline:
        own = sys.argv[1:] if argv is None else argv
        passed = [
            a
            for i, a in enumerate(own)
            if not a.startswith("--baseline") and (i == 0 or own[i - 1] != "--baseline")
        ]
        against(args.baseline, passed, args.rounds)
        return 0
    if args.stages:
        set_fast(not args.standard)
        texts = corpus(args.items, seed=args.seed, short=args.short, sizes=sizes)  # type: ignore[arg-type]
        print(f"cognitive_behaviors on {len(texts)} completions, median of best-of-3 CPU times")
        for name, seconds in stages(texts).items():
            print(f"{name:36s} {seconds * 1e6:8.1f} us")
        return 0
    if args.first_use:
        import tempfile

        with tempfile.TemporaryDirectory() as cache:
            for label, directory in (("no cache", ""), ("cold cache", cache), ("warm", cache)):
                imported, first = first_use(directory)
                print(f"first use ({label:10s}): import {imported:.2f} s, first call {first:.2f} s")
    set_fast(not args.standard)
    texts = corpus(args.items, seed=args.seed, short=args.short, sizes=sizes)  # type: ignore[arg-type]
    path = SHORT if args.short else DATA
    source = path.name if path.is_file() else "generated corpus"
    mean = sum(map(len, texts)) / max(1, len(texts))
    print(f"corpus: {len(texts)} completions from {source}, mean {mean:.0f} characters")
    print(f"scan backend: {'hyperscan' if fast_backend() else 'standard library'}")
    timings = measure(texts, args.repeats)
    base, base_median = timings["honest"]
    for name, (seconds, median) in timings.items():
        print(
            f"{name:32s} {seconds * 1e6:9.1f} us/item {seconds / base:6.2f}x"
            f"   median {median * 1e6:8.1f} us {median / base_median:6.2f}x the honest loop"
        )
    naive_scores, scores = naive(texts), per_item(texts)
    differ = sum(a != b for a, b in zip(naive_scores, scores, strict=True))
    print(f"aha differs from the naive loop on {differ}/{len(texts)} completions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
