"""Scale: rows per second vs input size for serial, a 2-worker pool and Ray local, with peak RSS.

The input is the real MATH-500 corpus (``../shared/data/math500_generations.jsonl``: 2,500
completions, mean 2.8 KB, degenerate outputs included) cycled to the wanted number of rows, or the
seeded GRPO-shaped batch from :mod:`corpus` when the real file is absent. Each row keeps the
columns a scorer reads (``completion``, ``answer``) and the prompt (``prompt``), as a dump of
generations has them.

Every measurement is one whole pipeline in a fresh process (so peak RSS is that pipeline's):
read the JSONL file -> score -> write JSONL records, timed by wall clock. Modes:

- ``serial``: :func:`rewardkit.pool.score_serial` in the process;
- ``workers``: exactly ``rewardkit score FILE <rewards> --workers 2 --out OUT``
  (:func:`rewardkit.cli.main`, hence :func:`rewardkit.runs.score_file`: the column check,
  then :meth:`~rewardkit.pool.ScoringPool.score_source`, where the workers read their lines
  from the file and encode their records and this process writes their bytes and sums the
  summary; the crossover applies: a small input is scored serially);
- ``workers-parquet``: the same command with ``--out OUT.parquet`` (the workers encode each
  shipment as Arrow, this process writes the row groups);
- ``workers-records``: :meth:`~rewardkit.pool.ScoringPool.score` (this process reads and
  ships the lines, and encodes the records the workers send back), with the file's size as
  the size hint;
- ``ray``: :func:`rewardkit.integrations.ray.score_with_ray` on ``ray.init(num_cpus=2)``
  (start-up of the local Ray instance included).

Every mode's output must hold the serial records (checked, reported: "identical bytes" when the
file is byte for byte the serial one).

Run ``python benchmarks/bench_scale.py`` (10k and 100k rows, ``aha_grpo`` and
``cognitive_behaviors``, all modes) or e.g. ``--rows 1000000 --modes serial workers``. Under
pytest ``bench_scale_tiny`` runs a tiny size once, in process, and checks the identity only.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import multiprocessing.forkserver as forkserver
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import data_dir, grpo_batch  # noqa: E402
from rewardkit._plan import ScoringPlan  # noqa: E402
from rewardkit.formats import open_writer, read_rows, read_unparsed  # noqa: E402
from rewardkit.pool import ScoringPool, score_serial  # noqa: E402
from rewardkit.registry import WeightedReward, get_preset, get_reward  # noqa: E402

REWARDS = ("aha_grpo", "cognitive_behaviors")
MODES = ("serial", "workers", "workers-parquet", "workers-records", "ray")


def plan_for(rewards: str) -> ScoringPlan:
    """``aha_grpo`` is a preset; anything else is a reward spec."""
    if rewards == "aha_grpo":
        return ScoringPlan(get_preset("aha_grpo"))
    return ScoringPlan((WeightedReward(get_reward(rewards)),))


def base_rows() -> list[dict[str, str]]:
    """The real rows (or the seeded batch), reduced to the columns a generations dump has."""
    folder = data_dir()
    path = folder / "math500_generations.jsonl" if folder else None
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        return [
            {"prompt": r["problem"], "completion": r["completion"], "answer": r["answer"]}
            for r in rows
        ]
    return [
        {"prompt": item.group, "completion": item.completion, "answer": item.gold}
        for item in grpo_batch()
    ]


def make_input(path: Path, rows: int) -> Path:
    """Write ``rows`` rows, cycling the base rows (a line that is not JSON every 10,000)."""
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(islice(cycle(base_rows()), rows)):
            out.write("not json\n" if i % 10_000 == 9_999 else json.dumps(row) + "\n")
    return path


def run_pipeline(mode: str, rewards: str, source: Path, out: Path) -> dict[str, object]:
    """One pipeline in this process: read -> score -> write; returns rows, seconds, RSS."""
    plan = plan_for(rewards)
    names = [item.reward.name for item in plan.rewards]
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    rows = 0
    startup = 0.0
    worker_rss: list[float] = []
    worker_cpu: list[float] = []
    if mode == "ray":
        import ray
        from rewardkit.integrations.ray import score_with_ray

        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        startup = time.perf_counter() - start
        try:
            score_with_ray(plan, source, out)
            rows = sum(1 for _ in _records(out))
        finally:
            ray.shutdown()
    else:
        counted: list[int] = []

        def count(records: Iterator[dict[str, object]]) -> Iterator[dict[str, object]]:
            for record in records:
                counted.append(1)
                yield record

        if mode == "serial":
            with open_writer(out, numeric=[*names, "total"]) as writer:
                writer.write(count(score_serial(plan, read_unparsed(source))))
        elif mode in ("workers", "workers-parquet"):  # the command, as a user runs it
            from rewardkit import runs
            from rewardkit.cli import main as command

            make_pool = runs.scoring_pool

            def measured_pool(*args: Any, **options: Any) -> ScoringPool:
                pool = make_pool(*args, **options)
                _measure_on_close(pool, worker_cpu, worker_rss)
                return pool

            runs.scoring_pool = measured_pool
            args = [str(source), *reward_options(rewards), "--workers", "2", "--out", str(out)]
            try:
                command(["score", *args], stdout=io.StringIO(), stderr=io.StringIO())
            finally:
                runs.scoring_pool = make_pool
            counted.extend(1 for _ in _records(out))
        else:  # records back to this process, encoded here
            with ScoringPool(plan, workers=2) as pool:
                _measure_on_close(pool, worker_cpu, worker_rss)
                size = source.stat().st_size
                with open_writer(out, numeric=[*names, "total"]) as writer:
                    writer.write(count(pool.score(read_unparsed(source), size_hint=size)))
        rows = len(counted)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "rows": rows,
        "seconds": seconds,
        "startup": startup,
        "rss_mb": usage.ru_maxrss / 1024,
        "worker_rss_mb": max(worker_rss or [0.0]),
        "cpu": [
            usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime,
            *worker_cpu,
        ],
    }


def _measure_on_close(pool: ScoringPool, cpu: list[float], rss: list[float]) -> None:
    """Before ``pool`` stops its workers, add their CPU seconds and peak RSS to the lists.

    The fork server's CPU (its one import of rewardkit) counts as the first worker's start-up.
    """
    close = pool.close

    def measured_close() -> None:
        executor = pool._executor
        pids = list(executor._processes) if executor is not None else []
        worker_cpu = [_cpu_seconds(pid) for pid in pids]
        server = getattr(forkserver._forkserver, "_forkserver_pid", None)
        if server is not None and worker_cpu:
            worker_cpu[0] += _cpu_seconds(server)
        cpu.extend(worker_cpu)
        rss.extend(_peak_rss_mb(pid) for pid in pids)
        close()

    pool.close = measured_close  # type: ignore[method-assign]


def reward_options(rewards: str) -> list[str]:
    """The command's options for :func:`plan_for`'s rewards."""
    return ["--preset", rewards] if rewards == "aha_grpo" else ["--reward", rewards]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a live process (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a live process in MB (Linux /proc; 0.0 elsewhere)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(mode: str, rewards: str, source: Path, out: Path) -> dict[str, object]:
    """Run one pipeline in a fresh interpreter and return its measurements."""
    command = [sys.executable, __file__, "--child", mode, rewards, str(source), str(out)]
    # On PYTHONPATH (as if installed), so the pool's fork server can preload rewardkit.
    path = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _records(path: Path) -> Iterator[dict[str, object] | None]:
    """The records of an output file, or of a folder of them (Ray) in file-name order."""
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    for file in files:
        for line in read_rows(file):
            yield line.record


def _canonical(path: Path) -> list[str]:
    """The output's records, sorted keys (Ray writes a folder of files).

    A Parquet record has every column: its ``error`` is ``None`` where the JSONL record has
    none, so that key is dropped before comparing.
    """
    records = (
        {k: v for k, v in record.items() if not (k == "error" and v is None)}
        for record in _records(path)
        if record is not None
    )
    return [json.dumps(record, sort_keys=True) for record in records]


def _compare(got: list[str], expected: list[str]) -> str:
    """``identical``, or how many records differ and the first one (for the report)."""
    if got == expected:
        return "identical"
    differ = [i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b]
    first = differ[0] if differ else min(len(got), len(expected))
    return (
        f"DIFFERENT: {len(differ)} of {len(expected)} records ({len(got)} vs "
        f"{len(expected)} rows); first at index {first}: {got[first : first + 1]} vs "
        f"{expected[first : first + 1]}"
    )


def machine() -> str:
    """One line describing the machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load {load:.1f} at start"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    parser.add_argument("--rewards", nargs="+", default=list(REWARDS))
    parser.add_argument("--child", nargs=4, metavar=("MODE", "REWARDS", "SOURCE", "OUT"))
    args = parser.parse_args(argv)
    if args.child:
        mode, rewards, source, out = args.child
        print(json.dumps(run_pipeline(mode, rewards, Path(source), Path(out))))
        return
    print(f"machine: {machine()}")
    print(
        "| rewards | rows | mode | rows/s (wall) | vs serial | CPU s main + workers | "
        "main CPU / serial CPU | idle 2-core estimate rows/s | vs serial | "
        "peak RSS main / worker (MB) | output |"
    )
    print("|---|---:|---|---:|---:|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            source = make_input(Path(tmp) / f"in-{rows}.jsonl", rows)
            for rewards in args.rewards:
                serial_rate = None
                serial_estimate = None
                serial_digest = None
                serial_bytes: bytes | None = None
                serial_cpu: float | None = None
                for mode in args.modes:
                    suffix = ".parquet" if mode == "workers-parquet" else ".jsonl"
                    out = Path(tmp) / f"out-{mode}-{rows}-{rewards}{suffix}"  # Ray: a folder
                    result = measure(mode, rewards, source, out)
                    rate = rows / float(result["seconds"])  # type: ignore[arg-type]
                    cpu = [float(c) for c in result["cpu"]]  # type: ignore[attr-defined]
                    # On an idle 2-core machine: the busiest process, or the total on 2 cores.
                    estimate = rows / max(max(cpu), sum(cpu) / 2) if mode != "ray" else float("nan")
                    same = _canonical(out)
                    data = out.read_bytes() if out.is_file() else None
                    if mode == "serial":
                        serial_rate, serial_estimate, serial_digest = rate, estimate, same
                        serial_bytes, serial_cpu = data, sum(cpu)
                    ratio = f"{rate / serial_rate:.2f}x" if serial_rate else "-"
                    est_ratio = f"{estimate / serial_estimate:.2f}x" if serial_estimate else "-"
                    cpu_text = " + ".join(f"{c:.1f}" for c in cpu) if mode != "ray" else "-"
                    share = f"{cpu[0] / serial_cpu:.0%}" if serial_cpu and mode != "ray" else "-"
                    check = "-" if serial_digest is None else _compare(same, serial_digest)
                    if check == "identical" and data is not None:
                        check = "identical bytes" if data == serial_bytes else "same records"
                    label = f"ray (init {result['startup']:.1f} s)" if mode == "ray" else mode
                    print(
                        f"| {rewards} | {rows:,} | {label} | {rate:,.0f} | {ratio} | {cpu_text} | "
                        f"{share} | {estimate:,.0f} | {est_ratio if mode != 'ray' else '-'} | "
                        f"{result['rss_mb']:.0f} / {result['worker_rss_mb']:.0f} | {check} |",
                        flush=True,
                    )


def bench_scale_tiny(tmp_path: Path) -> None:
    """A tiny run of the serial and pool pipelines: identical records, every row accounted."""
    source = make_input(tmp_path / "in.jsonl", 300)
    plan = plan_for("aha_grpo")
    serial = list(score_serial(plan, read_unparsed(source), chunk_bytes=64 * 1024))
    with ScoringPool(plan, workers=2, serial_seconds=0, chunk_bytes=64 * 1024) as pool:
        parallel = list(pool.score(read_unparsed(source)))
        encoded = b"".join(scored.data for scored in pool.score_source(source))
    assert parallel == serial
    assert len(serial) == 300
    with open_writer(tmp_path / "serial.jsonl") as writer:
        writer.write(serial)
    assert encoded == (tmp_path / "serial.jsonl").read_bytes()
    run_pipeline("workers", "aha_grpo", source, tmp_path / "command.jsonl")  # the command
    assert (tmp_path / "command.jsonl").read_bytes() == encoded
    if importlib.util.find_spec("pyarrow") is not None:
        run_pipeline("workers-parquet", "aha_grpo", source, tmp_path / "command.parquet")
        assert _canonical(tmp_path / "command.parquet") == _canonical(tmp_path / "serial.jsonl")


if __name__ == "__main__":
    main()
