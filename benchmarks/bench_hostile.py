"""Max and p99 latency of every public reward over the standing hostile corpus (issue 14).

Usage::

    python benchmarks/bench_hostile.py                 # print a markdown table
    python benchmarks/bench_hostile.py --write         # also put it in benchmarks/RESULTS.md
    python benchmarks/bench_hostile.py --check         # exit 1 if a call exceeds --limit seconds

Each completion of ``tests/hostile/corpus.py`` (three of them 1 MB) is scored alone, as a batch
of one, timed with ``perf_counter``; the gold column is ``"4"``. The rewards are those of
``tests/hostile/test_hostile.py`` (every ready reward, every factory with typical arguments, one
``combine`` and one ``gate``). ``--check`` is the bounded-work promise: every call returns in
under ``--limit`` seconds (1 s by default) on a loaded 2-core machine; it is a benchmark, not a
unit test, so it never runs in the test session.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT), str(_ROOT / "src")]

from tests.hostile import corpus  # noqa: E402
from tests.hostile.test_hostile import REWARDS, columns_for  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BEGIN = "<!-- bench_hostile: begin -->"
END = "<!-- bench_hostile: end -->"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 100)) - 1))
    return ordered[rank]


def measure(repeats: int = 1) -> list[tuple[str, float, float, float, str]]:
    """``(reward, p50 ms, p99 ms, max ms, slowest case)`` per reward."""
    rows = []
    items = corpus.completions()
    for name, reward in REWARDS:
        row = {key: values[0] for key, values in columns_for(reward, 1).items()}
        times: list[tuple[float, str]] = []
        for case, completion in items:
            best = float("inf")
            for _ in range(repeats):
                start = time.perf_counter()
                reward([completion], **{key: [value] for key, value in row.items()})
                best = min(best, time.perf_counter() - start)
            times.append((best, case))
        seconds = [t for t, _ in times]
        worst = max(times)
        rows.append(
            (
                name,
                1000 * _percentile(seconds, 50),
                1000 * _percentile(seconds, 99),
                1000 * worst[0],
                worst[1],
            )
        )
    return rows


def table(rows: list[tuple[str, float, float, float, str]]) -> str:
    """The rows as a markdown section."""
    lines = [
        "## Hostile corpus: latency per call",
        "",
        f"{len(corpus.completions())} hostile completions per reward (3 of them 1 MB), each "
        f"scored alone; Python {platform.python_version()}, {platform.machine()}. "
        "Produced by `python benchmarks/bench_hostile.py --write`.",
        "",
        "| reward | p50 ms | p99 ms | max ms | slowest case |",
        "|---|---:|---:|---:|---|",
    ]
    lines += [f"| `{n}` | {a:.2f} | {b:.1f} | {c:.1f} | {case} |" for n, a, b, c, case in rows]
    return "\n".join(lines) + "\n"


def write(section: str, path: Path = RESULTS) -> None:
    """Replace (or append) the marked hostile section of ``path``."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{BEGIN}\n{section}{END}\n"
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END + "\n")
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure, print, optionally write and check; the exit code is 1 when a check fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--check", action="store_true", help="fail if a call exceeds --limit")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds per call (--check)")
    parser.add_argument("--repeats", type=int, default=1, help="best of N per call")
    args = parser.parse_args(argv)
    rows = measure(args.repeats)
    section = table(rows)
    print(section)
    if args.write:
        write(section)
    slow = [(n, c, case) for n, _, _, c, case in rows if c > 1000 * args.limit]
    for name, milliseconds, case in slow:
        print(f"SLOW: {name} took {milliseconds:.0f} ms on {case}", file=sys.stderr)
    return 1 if args.check and slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
