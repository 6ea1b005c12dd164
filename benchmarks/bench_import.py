"""Import time: ``import rewardkit`` against ``import json, numpy``, in fresh processes.

Each sample starts a new interpreter (``python -c``) that times its own import with
``perf_counter`` (interpreter start-up excluded), alternating the two contenders so that load
on the machine hits both alike. Reports the median of each and their ratio, measured in one run.
Target (issue 13.6): ``import rewardkit`` within 1.5x of ``import json, numpy``.

Run ``python benchmarks/bench_import.py [--runs 15]``. Under pytest the ``bench_*`` function
runs a tiny sample once so the script cannot rot.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
TARGET = 1.5
STATEMENTS = {"json, numpy": "import json, numpy", "rewardkit": "import rewardkit"}
_PROGRAM = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"


def import_seconds(statement: str) -> float:
    """Seconds one fresh interpreter takes to run ``statement`` (an import)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    output = subprocess.run(
        [sys.executable, "-c", _PROGRAM.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return float(output.strip())


def measure(runs: int) -> dict[str, float]:
    """Median import seconds of each contender over ``runs`` interleaved fresh processes."""
    for statement in STATEMENTS.values():  # warm the bytecode caches once
        import_seconds(statement)
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            samples[name].append(import_seconds(statement))
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the medians and the ratio; exit status 0 either way (timing never gates)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per contender")
    args = parser.parse_args(argv)
    medians = measure(args.runs)
    ratio = medians["rewardkit"] / medians["json, numpy"]
    for name, seconds in medians.items():
        print(f"import {name:<12} median {seconds * 1000:7.1f} ms over {args.runs} runs")
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"ratio rewardkit / (json, numpy): {ratio:.2f}x ({verdict} the {TARGET}x target)")
    return 0


def bench_import_ratio(benchmark: Callable[..., object]) -> None:
    benchmark(measure, 1)


if __name__ == "__main__":
    raise SystemExit(main())
