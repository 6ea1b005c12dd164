"""Cost of ``reward.explain(...)`` against ``reward.score(...)``, per public reward (issue 15).

Usage::

    python benchmarks/bench_explain.py [--rows 200] [--repeats 3]

Texts are the first ``--rows`` completions of ``../shared/data/math500_generations.jsonl``
(gold from its ``answer`` column), or the hostile corpus's texts under 20 kB when the data is
absent. For each reward of ``tests/hostile/test_hostile.py`` the two contenders run in
alternating passes over all texts, one completion per call, with the equivalence caches cleared
before each pass (so neither reuses the other's verdicts); the best pass of ``--repeats`` is
kept. Times are CPU time (``time.process_time``: other processes on a shared machine do not
count). Reported: CPU milliseconds per pass of each and the ratio explain / score. Target:
about 2x or less. Under pytest the ``bench_*`` function runs a tiny sample once so the script
cannot rot.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT), str(_ROOT / "src")]

from tests.hostile import corpus  # noqa: E402
from tests.hostile.test_hostile import REWARDS, columns_for  # noqa: E402

from rewardkit.equivalence import clear_caches  # noqa: E402
from rewardkit.reward import Reward  # noqa: E402

DATA = _ROOT.parent / "shared" / "data" / "math500_generations.jsonl"


def texts_and_golds(rows: int) -> list[tuple[str, str]]:
    """``(completion, gold)`` pairs: real completions when present, else the hostile corpus."""
    if DATA.is_file():
        pairs = []
        with DATA.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                pairs.append((str(record["completion"]), str(record["answer"])))
                if len(pairs) >= rows:
                    break
        return pairs
    texts = [text for _, text in corpus.texts() if len(text) <= 20_000]
    return [(text, "4") for text in texts[:rows]]


def _row(reward: Reward, gold: str) -> dict[str, object]:
    row: dict[str, object] = {key: values[0] for key, values in columns_for(reward, 1).items()}
    if reward.gold:
        row[reward.gold[0]] = gold
    return row


def _pass(reward: Reward, pairs: list[tuple[str, str]], explain: bool) -> float:
    clear_caches()
    call = reward.explain if explain else reward.score
    rows = [_row(reward, gold) for _, gold in pairs]
    start = time.process_time()
    for (text, _), row in zip(pairs, rows, strict=True):
        call(text, **row)
    return time.process_time() - start


def measure(rows: int, repeats: int) -> list[tuple[str, float, float]]:
    """``(reward, score seconds, explain seconds)`` per reward: best pass of ``repeats``."""
    pairs = texts_and_golds(rows)
    out = []
    for name, reward in REWARDS:
        score_best = explain_best = float("inf")
        for _ in range(repeats):
            score_best = min(score_best, _pass(reward, pairs, explain=False))
            explain_best = min(explain_best, _pass(reward, pairs, explain=True))
        out.append((name, score_best, explain_best))
    return out


def table(results: list[tuple[str, float, float]]) -> str:
    """A markdown table of the results."""
    lines = [
        "| reward | score (CPU ms/pass) | explain (CPU ms/pass) | explain / score |",
        "|---|---:|---:|---:|",
    ]
    for name, score, explain in results:
        ratio = explain / score if score > 0 else float("nan")
        lines.append(f"| `{name}` | {score * 1e3:.1f} | {explain * 1e3:.1f} | {ratio:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the table (exit status 0: timing never gates)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200, help="completions per pass")
    parser.add_argument("--repeats", type=int, default=3, help="passes per contender")
    args = parser.parse_args(argv)
    source = DATA.name if DATA.is_file() else "hostile corpus"
    print(f"{args.rows} completions of {source}, best of {args.repeats} passes\n")
    print(table(measure(args.rows, args.repeats)))
    return 0


def bench_explain() -> None:
    """Run a tiny sample once (pytest collects ``bench_*``), untimed."""
    results = measure(rows=2, repeats=1)
    assert [name for name, _, _ in results] == [name for name, _ in REWARDS]
    assert "explain / score" in table(results)


if __name__ == "__main__":
    raise SystemExit(main())
