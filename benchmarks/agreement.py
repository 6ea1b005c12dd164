"""Compare rewardkit's verdicts with math-verify's on real MATH-500 completions.

Usage::

    python benchmarks/agreement.py [--data ../shared/data/math500_generations.jsonl]
                                   [--cache /tmp/mv_verdicts.json] [--show 40]

For each completion it computes:

- ``rk``: rewardkit's ``boxed_correct`` verdict (last ``\\boxed{}`` against the gold answer);
- ``mv_boxed``: math-verify's ``verify(parse("$gold$"), parse("$\\boxed{pred}$"))`` on the same
  extracted box (so both judge the same pair of strings: an equivalence comparison);
- ``mv``: math-verify's own end-to-end verdict ``verify(parse("$gold$"), parse(completion))``
  (its own extraction falls back to the last LaTeX expression when there is no box).

It prints the agreement counts and the distinct disagreeing (gold, prediction) pairs, so that
each can be read and decided. math-verify's verdicts are cached in a JSON file (they take
minutes and use ``signal`` timeouts, so this script must run on the main thread).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rewardkit.answers import gold_answer
from rewardkit.equivalence import is_equivalent
from rewardkit.extract import extract_answer, extract_boxed

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "math500_generations.jsonl"


def _math_verify(gold: str, completion: str, pred: str | None) -> tuple[bool, bool]:
    from math_verify import parse, verify

    gold_parsed = parse(f"${gold}$")
    full = bool(verify(gold_parsed, parse(completion)))
    boxed = pred is not None and bool(verify(gold_parsed, parse(f"$\\boxed{{{pred}}}$")))
    return full, boxed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/rewardkit_mv_verdicts.json"))
    parser.add_argument("--show", type=int, default=60, help="disagreements to print")
    parser.add_argument("--end-to-end", action="store_true", help="also list answer_correct's")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no data at {args.data}")
        return 0
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    cache: dict[str, list[bool]] = {}
    if args.cache.is_file():
        cache = json.loads(args.cache.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    disagreements: Counter[tuple[str, str, bool, bool]] = Counter()
    end_to_end: Counter[tuple[str, str, bool, bool]] = Counter()
    for row in rows:
        gold = gold_answer(row["answer"]) or ""
        pred = extract_boxed(row["completion"])
        key = f"{row['model']}|{row['unique_id']}"
        if key not in cache:
            cache[key] = list(_math_verify(gold, row["completion"], pred))
        mv_full, mv_boxed = cache[key]
        rk = pred is not None and is_equivalent(gold, pred)
        counts["rows"] += 1
        counts["no box"] += pred is None
        counts["rk correct"] += rk
        counts["mv_boxed correct"] += mv_boxed
        counts["mv end-to-end correct"] += mv_full
        counts["agree with mv_boxed"] += rk == mv_boxed
        answer = extract_answer(row["completion"])
        rk_answer = answer is not None and is_equivalent(gold, answer)
        counts["rk answer_correct correct"] += rk_answer
        counts["answer_correct agrees with mv end-to-end"] += rk_answer == mv_full
        if rk_answer != mv_full:
            end_to_end[(gold, (answer or "")[:160], rk_answer, mv_full)] += 1
        if pred is not None and rk != mv_boxed:
            disagreements[(gold, pred[:160], rk, mv_boxed)] += 1
    args.cache.write_text(json.dumps(cache), encoding="utf-8")
    for name, value in counts.items():
        print(f"{name:>28}: {value}")
    print(f"{'distinct disagreements':>28}: {len(disagreements)} (boxed_correct vs mv_boxed)")
    for (gold, pred, rk, mv), n in sorted(disagreements.items(), key=lambda x: (x[0][2], x[0][0])):
        if args.show <= 0:
            break
        args.show -= 1
        print(f"rk={int(rk)} mv={int(mv)} x{n}  gold={gold!r}  pred={pred!r}")
    if args.end_to_end:
        print(f"answer_correct vs mv end-to-end: {len(end_to_end)} distinct disagreements")
        for (gold, pred, rk, mv), n in sorted(end_to_end.items(), key=lambda x: x[0][2]):
            print(f"rk={int(rk)} mv={int(mv)} x{n}  gold={gold!r}  extracted={pred!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
