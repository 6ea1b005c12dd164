"""Import time: ``import rewardkit`` against ``import json, numpy``, in fresh processes.

Each sample starts a new interpreter (``python -c``) that times its own import with
``perf_counter`` (interpreter start-up excluded), alternating the two contenders so that load
on the machine hits both alike. Reports the median of each and their ratio, measured in one run.
Target (issue 13.6): ``import rewardkit`` within 1.5x of ``import json, numpy``.

``import rewardkit`` imports its exports lazily (on first use), so two more contenders keep the
measure honest: ``from rewardkit import aha, boxed_correct`` (what a training script writes)
and ``import rewardkit`` followed by every export (the whole public surface, what
``import rewardkit`` cost before the exports were lazy).

Run ``python benchmarks/bench_import.py [--runs 15] [--write]``; ``benchmarks/run.py`` also
measures it and writes the same section into RESULTS.md (``--write`` replaces just that section).
Under pytest the ``bench_*`` function runs a tiny sample once so the script cannot rot.
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
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
BEGIN = "<!-- bench_import: begin -->"
END = "<!-- bench_import: end -->"
TARGET = 1.5
STATEMENTS = {
    "json, numpy": "import json, numpy",
    "rewardkit": "import rewardkit",
    "aha, boxed_correct": "from rewardkit import aha, boxed_correct",
    "every export": "import rewardkit; [getattr(rewardkit, n) for n in rewardkit.__all__]",
}

#: Contenders shown by their statement rather than as ``import <name>``.
_SHOWN_AS_STATEMENT = ("aha, boxed_correct", "every export")
_PROGRAM = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"


#: Name of the optional third contender: rewardkit from another source tree (``--baseline``).
BASELINE = "rewardkit (baseline)"


def import_seconds(statement: str, src: Path = SRC) -> float:
    """Seconds one fresh interpreter takes to run ``statement`` (an import) with ``src`` first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    output = subprocess.run(
        [sys.executable, "-c", _PROGRAM.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return float(output.strip())


def measure(runs: int, baseline: Path | None = None) -> dict[str, float]:
    """Median import seconds of each contender over ``runs`` interleaved fresh processes.

    ``baseline``: a ``src`` folder of another rewardkit version (e.g. ``git archive`` of an
    older commit), measured in the same interleaved runs as a third contender.
    """
    contenders = {name: (statement, SRC) for name, statement in STATEMENTS.items()}
    if baseline is not None:
        contenders[BASELINE] = (STATEMENTS["rewardkit"], baseline)
    for statement, src in contenders.values():  # warm the bytecode caches once
        import_seconds(statement, src)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, (statement, src) in contenders.items():
            samples[name].append(import_seconds(statement, src))
    return {name: statistics.median(values) for name, values in samples.items()}


def section(medians: dict[str, float], runs: int, note: str = "") -> str:
    """The Markdown section of RESULTS.md for one measurement, between its markers."""
    ratio = medians["rewardkit"] / medians["json, numpy"]
    status = "**met**" if ratio <= TARGET else "**missed**"
    lines = [
        BEGIN,
        "## Import time (issue 13.6)",
        "",
        f"Median of {runs} fresh interpreters per contender, run alternately "
        "(`benchmarks/bench_import.py`); each times its own import, interpreter start-up "
        "excluded.",
        "",
        "| import | median ms |",
        "|---|---:|",
        *(f"| `{_label(name)}` | {seconds * 1000:.1f} |" for name, seconds in medians.items()),
        "",
        f"Ratio rewardkit / (json, numpy): {ratio:.2f}x; target <= {TARGET}x: {status}.",
        *(
            f"Ratio `{STATEMENTS[name]}` / (json, numpy): "
            f"{medians[name] / medians['json, numpy']:.2f}x."
            for name in _SHOWN_AS_STATEMENT
            if name in medians
        ),
        *(
            [f"Baseline (`{note}`) in the same runs: {baseline:.2f}x."]
            if (baseline := medians.get(BASELINE, 0.0) / medians["json, numpy"])
            else []
        ),
        END,
    ]
    return "\n".join(lines) + "\n"


def _label(name: str) -> str:
    return STATEMENTS[name] if name in _SHOWN_AS_STATEMENT else f"import {name}"


def write(text: str, path: Path = RESULTS) -> None:
    """Replace (or append) the marked import section of ``path`` with ``text``."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in old and END in old:
        head, _, rest = old.partition(BEGIN)
        _, _, tail = rest.partition(END + "\n")
        new = head + text + tail
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Print the medians and the ratio; exit status 0 either way (timing never gates)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per contender")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    parser.add_argument("--baseline", type=Path, help="src folder of another rewardkit to compare")
    parser.add_argument("--baseline-name", default="", help="how the section names the baseline")
    args = parser.parse_args(argv)
    medians = measure(args.runs, args.baseline)
    ratio = medians["rewardkit"] / medians["json, numpy"]
    for name, seconds in medians.items():
        print(f"{_label(name):<42} median {seconds * 1000:7.1f} ms over {args.runs} runs")
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"ratio rewardkit / (json, numpy): {ratio:.2f}x ({verdict} the {TARGET}x target)")
    for name in _SHOWN_AS_STATEMENT:
        print(f"ratio {name} / (json, numpy): {medians[name] / medians['json, numpy']:.2f}x")
    if args.write:
        write(section(medians, args.runs, args.baseline_name or str(args.baseline)))
    return 0


def bench_import_ratio(benchmark: Callable[..., object]) -> None:
    benchmark(measure, 1)


if __name__ == "__main__":
    raise SystemExit(main())
