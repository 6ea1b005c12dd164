"""Unworded backtracking in Countdown (:mod:`rewardkit.reflect.attempts`): cost and counts.

Three measures, in CPU time (``time.process_time``, best of ``--rounds``):

1. **No target (math).** The 2,500 real MATH-500 completions of
   ``../shared/data/math500_generations.jsonl`` (skipped without it): events found (must be 0:
   no text states a Countdown target and no prompt gives one) and the detector's cost per text
   when nothing gives a target, beside ``behaviors()`` for scale.
2. **Generated Countdown completions** (seeded, TinyZero style: a few attempts that miss, with
   and without words between them, then one that hits and the answer): the events found per
   labelled switch (a failed attempt followed by a new one), the events found on
   single-chain controls (must be 0), and the cost per text with the row's target; then the
   same from the completion alone (``inferred_*``: the target and numbers read from its
   ``<answer>``).
3. **Hostile texts** (10,000 equations, an operator run, a flood of ``=``): seconds per text.

``--baseline SRC`` times ``behaviors()`` and ``cognitive_behaviors`` on the MATH-500 texts in
this tree and another one (e.g. ``/tmp/base3/src``), in alternating fresh processes.

Run: ``python benchmarks/bench_attempts.py [--rounds 5] [--baseline /tmp/base3/src]``. Under
pytest the ``bench_*`` function runs once on a tiny corpus so the script cannot rot.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "math500_generations.jsonl"
SRC = Path(__file__).resolve().parents[1] / "src"

WORDS = ("", "", "", "That's not it. ", "Too big. ", "Let me try again. ")


def _chain(numbers: list[int], rng: random.Random) -> tuple[list[str], int, str] | None:
    """A chain of steps over ``numbers`` in a random order: ``a + b = c, c - d = e``.

    Also its whole expression, ``(a + b) - d``.
    """
    order = numbers[:]
    rng.shuffle(order)
    value, steps = order[0], []
    expression = str(order[0])
    for number in order[1:]:
        op = rng.choice("+-*")
        if op == "-" and value < number:
            op = "+"
        result = value + number if op == "+" else value - number if op == "-" else value * number
        steps.append(f"{value} {op} {number} = {result}")
        expression = (
            f"({expression}) {op} {number}" if len(steps) > 1 else f"{expression} {op} {number}"
        )
        value = result
    return steps, value, expression


def countdown_traces(n: int, *, seed: int = 0) -> list[tuple[str, int, list[int], int]]:
    """``(completion, target, numbers, labelled switches)``, seeded.

    Each completion tries 1 to 4 chains over the numbers (in random orders and operators);
    the last one defines the target, so every earlier chain misses it (re-drawn if it hits
    or repeats one) and is followed by a different one: a labelled switch. A quarter of the
    texts are single-chain controls (0 switches).
    """
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        numbers = [rng.randint(2, 60) for _ in range(rng.choice((3, 4)))]
        attempts = 1 if rng.random() < 0.25 else rng.randint(2, 4)
        chains: list[tuple[list[str], int, str]] = []
        while len(chains) < attempts:
            chain = _chain(numbers, rng)
            if chain is None or any(chain[1] == c[1] for c in chains):
                continue
            chains.append(chain)
        target = chains[-1][1]
        body = " ".join(rng.choice(WORDS) + ", ".join(steps) + "." for steps, _, _ in chains)
        text = (
            f"<think> We have {', '.join(map(str, numbers))}. {body} "
            f"So it works. </think> <answer>{chains[-1][2]}</answer>"
        )
        out.append((text, target, numbers, attempts - 1))
    return out


def backward_traces(n: int, *, seed: int = 0) -> list[tuple[str, int, list[int], int]]:
    """``(completion, target, numbers, intermediate values sought)``, seeded.

    Half are backward-chaining traces (the target decomposed into a given number and a value
    still to make, in one of three forms, then that value made from the other numbers, then
    the answer: 1 value sought); the other half are forward solutions restated target first
    (``72 = 8 * (12 - 3)``: nothing left to make, 0).
    """
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        g, a, b = rng.randint(2, 12), rng.randint(20, 60), rng.randint(2, 15)
        sought = a - b
        target = g * sought
        numbers = [g, a, b]
        if len({target, sought, g, a, b}) < 5:
            continue
        if len(out) % 2 == 0:
            forms = (f"{target} = {g} * {sought}", f"{target} / {g} = {sought}")
            form = rng.choice((*forms, f"{target} = {sought} * {g}"))
            text = (
                f"<think> {form}, so we want {sought}. {a} - {b} = {sought}. "
                f"So {g} * ({a} - {b}) = {target}. </think> <answer>{g} * ({a} - {b})</answer>"
            )
            out.append((text, target, numbers, 1))
        else:
            text = (
                f"<think> {a} - {b} = {sought}, {sought} * {g} = {target}. So {target} = "
                f"({a} - {b}) * {g}. </think> <answer>({a} - {b}) * {g}</answer>"
            )
            out.append((text, target, numbers, 0))
    return out


def math_texts(limit: int | None = None) -> list[tuple[str, str]]:
    if not DATA.is_file():
        return []
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [(row["completion"], row["problem"]) for row in rows[:limit]]


def best(function: Callable[[], object], rounds: int, items: int) -> float:
    """CPU microseconds per item, best of ``rounds``."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times) / max(1, items) * 1e6


def measure(rounds: int, *, items: int | None = None, traces: int = 400) -> dict[str, object]:
    from rewardkit import behaviors, cognitive_behaviors
    from rewardkit.reflect.attempts import countdown_events, unworded_backtracking
    from rewardkit.text import lower, normalize

    report: dict[str, object] = {}
    math = math_texts(items)
    if math:
        lows = [lower(normalize(text)) for text, _ in math]
        report["math_texts"] = len(lows)
        report["math_events"] = sum(len(unworded_backtracking(low)) for low in lows)
        report["math_goal_events"] = sum(len(countdown_events(low)[1]) for low in lows)
        report["math_us_detector"] = best(
            lambda: [unworded_backtracking(low) for low in lows], rounds, len(lows)
        )
        report["math_us_behaviors"] = best(
            lambda: [behaviors(text) for text, _ in math], rounds, len(math)
        )
        reward = cognitive_behaviors()
        texts = [text for text, _ in math]
        prompts = [prompt for _, prompt in math]
        report["math_us_reward_with_prompts"] = best(
            lambda: reward(texts, prompts=prompts), rounds, len(texts)
        )
    generated = countdown_traces(traces)
    found = labelled = control_events = over = 0
    for text, target, numbers, switches in generated:
        # a switch counts whether the detector or a phrase between the attempts found it
        counted = behaviors(text, target=target, numbers=numbers)["backtracking"]
        events = len(unworded_backtracking(lower(text), target=target, numbers=numbers))
        over += events > switches
        if switches:
            found += min(counted, switches)
            labelled += switches
        else:
            control_events += counted - behaviors(text)["backtracking"]
    report["countdown_texts"] = len(generated)
    report["countdown_switches_found"] = f"{found} / {labelled}"
    report["countdown_control_events"] = control_events
    report["countdown_texts_over_counted"] = over
    # the completion alone: the target (and the numbers) inferred from its <answer>
    found = control_events = over = 0
    for text, _, _, switches in generated:
        events = len(unworded_backtracking(lower(text)))
        over += events > switches
        if switches:
            found += min(events, switches)
        else:
            control_events += events
    report["inferred_switches_found"] = f"{found} / {labelled}"
    report["inferred_control_events"] = control_events
    report["inferred_texts_over_counted"] = over
    report["inferred_us_detector"] = best(
        lambda: [unworded_backtracking(lower(text)) for text, _, _, _ in generated],
        rounds,
        len(generated),
    )
    report["countdown_us_detector"] = best(
        lambda: [
            unworded_backtracking(lower(text), target=target, numbers=numbers)
            for text, target, numbers, _ in generated
        ],
        rounds,
        len(generated),
    )
    report["countdown_us_both_detectors"] = best(
        lambda: [
            countdown_events(lower(text), target=target, numbers=numbers)
            for text, target, numbers, _ in generated
        ],
        rounds,
        len(generated),
    )
    backward = backward_traces(traces)
    goals_found = goals_labelled = goal_controls = switches_on_backward = 0
    for text, target, numbers, sought in backward:
        switches, goals = countdown_events(lower(text), target=target, numbers=numbers)
        switches_on_backward += len(switches)
        if sought:
            goals_found += min(len(goals), sought)
            goals_labelled += sought
        else:
            goal_controls += len(goals)
    report["backward_texts"] = len(backward)
    report["backward_goals_found"] = f"{goals_found} / {goals_labelled}"
    report["backward_control_goal_events"] = goal_controls
    report["backward_switch_events"] = switches_on_backward
    hostile = {
        "10k equations": " ".join(
            f"{i % 97} + {i % 13} = {i % 97 + i % 13}." for i in range(10_000)
        ),
        "operator run": "(1 )+" * 30_000 + " = 2",
        "= flood": "1 + 1 = " * 20_000,
    }
    for name, text in hostile.items():
        report[f"hostile_s {name}"] = round(
            best(lambda text=text: unworded_backtracking(text, target=22), 1, 1) / 1e6, 3
        )
    return report


_CHILD = """
import json, sys, time
sys.path.insert(0, {src!r})
from rewardkit import behaviors, cognitive_behaviors
rows = [json.loads(line) for line in open({data!r}, encoding="utf-8")][:{items}]
texts = [row["completion"] for row in rows]
prompts = [row["problem"] for row in rows]
reward = cognitive_behaviors()
behaviors(texts[0]); reward(texts[:16], prompts=prompts[:16])
out = {{}}
start = time.process_time(); [behaviors(t) for t in texts]
out["behaviors"] = (time.process_time() - start) / len(texts) * 1e6
start = time.process_time()
for i in range(0, len(texts), 16):
    reward(texts[i:i + 16], prompts=prompts[i:i + 16])
out["cognitive_behaviors"] = (time.process_time() - start) / len(texts) * 1e6
print(json.dumps(out))
"""


_EVENTS_CHILD = """
import json, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {here!r})
from bench_attempts import countdown_traces
from rewardkit.reflect.attempts import unworded_backtracking
from rewardkit.text import lower, normalize
traces = [trace for s in range(5) for trace in countdown_traces(400, seed=s)]
texts = [(lower(normalize(t)), tg, n) for t, tg, n, _ in traces]
events = [[e.describe() for e in unworded_backtracking(low, target=tg, numbers=n)]
          for low, tg, n in texts]
events += [[e.describe() for e in unworded_backtracking(low, target=tg)] for low, tg, _ in texts]
best = 1e9
for _ in range({rounds}):
    start = time.process_time()
    for low, tg, n in texts:
        unworded_backtracking(low, target=tg, numbers=n)
    best = min(best, time.process_time() - start)
print(json.dumps({{"events": events, "us": best / len(texts) * 1e6}}))
"""


def against_events(baseline: str, rounds: int) -> None:
    """The old rule's events equal this tree's on 4,000 generated texts; their cost."""
    runs = {}
    for name, src in {"this tree": str(SRC), "baseline": baseline}.items():
        code = _EVENTS_CHILD.format(src=src, here=str(Path(__file__).parent), rounds=rounds)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        runs[name] = json.loads(done.stdout)
    ours, theirs = runs["this tree"]["events"], runs["baseline"]["events"]
    differ = sum(a != b for a, b in zip(ours, theirs, strict=True))
    print(f"generated texts whose events differ from the baseline: {differ} / {len(ours)}")
    print(
        f"unworded_backtracking CPU us per generated text: this tree "
        f"{runs['this tree']['us']:.1f}, baseline {runs['baseline']['us']:.1f}"
    )


def against(baseline: str, rounds: int, items: int) -> None:
    """``behaviors`` and ``cognitive_behaviors`` in this tree and ``baseline``, alternating."""
    trees = {"this tree": str(SRC), "baseline": baseline}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, src in trees.items():
            code = _CHILD.format(src=src, data=str(DATA), items=items)
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            runs[name].append(json.loads(done.stdout))
    print(f"CPU us per item, {items} MATH-500 completions, min / median of {rounds} runs")
    for key in ("behaviors", "cognitive_behaviors"):
        cells = []
        for name in trees:
            values = [run[key] for run in runs[name]]
            cells.append(f"{name} {min(values):7.1f} / {statistics.median(values):7.1f}")
        print(f"  {key:20s} " + "   ".join(cells))


def bench_attempts_runs_on_a_tiny_corpus() -> None:
    report = measure(1, items=5, traces=20)
    assert report["countdown_control_events"] == 0
    assert report["countdown_texts_over_counted"] == 0
    assert report["inferred_control_events"] == 0
    assert report["inferred_texts_over_counted"] == 0
    assert report["backward_control_goal_events"] == 0
    assert report["backward_switch_events"] == 0
    if "math_events" in report:
        assert report["math_events"] == 0
        assert report["math_goal_events"] == 0


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--items", type=int, default=None, help="MATH-500 texts (default all)")
    parser.add_argument("--baseline", help="another tree's src folder, timed alternately")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(SRC))
    for key, value in measure(args.rounds, items=args.items).items():
        print(f"{key:32s} {value:.2f}" if isinstance(value, float) else f"{key:32s} {value}")
    if args.baseline:
        against_events(args.baseline, args.rounds)
        against(args.baseline, args.rounds, args.items or 500)


if __name__ == "__main__":
    main()
