"""Scale: rows per second vs input size for serial, a 2-worker pool and Ray local, with peak RSS.

The input is the real MATH-500 corpus (``../shared/data/math500_generations.jsonl``: 2,500
completions, mean 2.8 KB, degenerate outputs included) cycled to the wanted number of rows, or the
seeded GRPO-shaped batch from :mod:`corpus` when the real file is absent. Each row keeps the
columns a scorer reads (``completion``, ``answer``) and the prompt (``prompt``), as a dump of
generations has them.

Every measurement is one whole pipeline in a fresh process (so peak RSS is that pipeline's):
read the JSONL file -> score -> write JSONL records, timed by wall clock from after the
interpreter has imported rewardkit's modules (the command's plan is built inside the time; the
output's rows are counted after it). Modes:

- ``serial``: exactly ``rewardkit score FILE <rewards> --workers 1 --out OUT``
  (:func:`rewardkit.cli.main` in the process: what a user runs without workers);
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
  (start-up of the local Ray instance included);
- ``pair``: the machine's ceiling for two processes. Two independent ``serial`` pipelines, each
  in its own fresh process, on the two halves of the same input (cut at a row), started at the
  same time; their time is the slower one's. Nothing is shared or shipped, so its speed-up over
  ``serial`` is what two cores give this job at that moment (on a shared or virtual machine,
  less than 2x and moving from minute to minute: cache and memory bandwidth, noisy
  neighbours, SMT siblings). The other modes' speed-ups are reported beside it and as a share
  of it (``workers`` at 90% of ``pair``: the pool loses 10% to its own costs).

Every mode's output must hold the serial records (checked, reported: "identical bytes" when the
file is byte for byte the serial one; ``pair`` writes two files numbered from 1 and is not
compared).

With ``--repeat N`` the modes run in turn (serial, pair, workers, ..., then again N times), so
each round's ratios compare runs a few seconds apart, and the table gives the medians of the
rounds (rates, and each round's ratios to its own serial run and to its own pair run), with
the range of the speed-up over serial in brackets. The load average is printed at the start
and the end.

Run ``python benchmarks/bench_scale.py`` (10k and 100k rows, ``aha_grpo`` and
``cognitive_behaviors``, all modes) or e.g. ``--rows 100000 --modes serial pair workers
--repeat 3``. Under pytest ``bench_scale_tiny`` runs a tiny size once, in process, and checks
the identity only.
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
import statistics
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
MODES = ("serial", "pair", "workers", "workers-parquet", "workers-records", "ray")


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

        if mode in ("serial", "workers", "workers-parquet"):  # the command, as a user runs it
            from rewardkit import runs
            from rewardkit.cli import main as command

            make_pool = runs.scoring_pool

            def measured_pool(*args: Any, **options: Any) -> ScoringPool:
                pool = make_pool(*args, **options)
                _measure_on_close(pool, worker_cpu, worker_rss)
                return pool

            runs.scoring_pool = measured_pool
            workers = "1" if mode == "serial" else "2"
            args = [str(source), *reward_options(rewards), "--workers", workers, "--out", str(out)]
            try:
                command(["score", *args], stdout=io.StringIO(), stderr=io.StringIO())
            finally:
                runs.scoring_pool = make_pool
        else:  # records back to this process, encoded here
            with ScoringPool(plan, workers=2) as pool:
                _measure_on_close(pool, worker_cpu, worker_rss)
                size = source.stat().st_size
                with open_writer(out, numeric=[*names, "total"]) as writer:
                    writer.write(count(pool.score(read_unparsed(source), size_hint=size)))
        rows = len(counted)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    if mode in ("serial", "workers", "workers-parquet"):  # counted after the clock stops
        rows = sum(1 for _ in _records(out))
    return {
        "rows": rows,
        "seconds": seconds,
        "startup": startup,
        # This process's own peak (/proc: reset by exec); ru_maxrss would keep the parent's.
        "rss_mb": _peak_rss_mb(os.getpid()) or usage.ru_maxrss / 1024,
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


def _child(mode: str, rewards: str, source: Path, out: Path) -> subprocess.Popen[str]:
    """Start one pipeline in a fresh interpreter (its last stdout line: the measurements)."""
    command = [sys.executable, __file__, "--child", mode, rewards, str(source), str(out)]
    # On PYTHONPATH (as if installed), so the pool's fork server can preload rewardkit.
    path = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    env = {**_installed_env(), "PYTHONPATH": path}
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _installed_env() -> dict[str, str]:
    """This environment, but reading bytecode as an installed package does.

    ``pip install`` compiles a package's ``.pyc`` files; a source tree run with
    ``PYTHONDONTWRITEBYTECODE`` set (as on some CI machines) compiles every module in every
    process instead, which inflates the start of the workers and the fork server
    (~0.1-0.4 CPU-s each). :func:`compile_sources` compiles the tree once, before any round.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def compile_sources() -> None:
    """Compile rewardkit's sources to bytecode once (``__pycache__``, ignored by git)."""
    command = [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "rewardkit")]
    subprocess.run(command, check=True, env=_installed_env(), stdout=subprocess.DEVNULL)


def _result(child: subprocess.Popen[str]) -> dict[str, Any]:
    stdout, stderr = child.communicate()
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args, stdout, stderr)
    return json.loads(stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(mode: str, rewards: str, source: Path, out: Path) -> dict[str, Any]:
    """Run one pipeline in a fresh interpreter and return its measurements."""
    return _result(_child(mode, rewards, source, out))


def measure_pair(rewards: str, halves: tuple[Path, Path], out: Path) -> dict[str, Any]:
    """Two ``serial`` pipelines at the same time, one per half: the machine's 2-process ceiling.

    Rows are summed; the time is the slower pipeline's; CPU is one figure per process.
    """
    children = [
        _child("serial", rewards, half, out.with_name(f"{out.stem}-{i}{out.suffix}"))
        for i, half in enumerate(halves)
    ]
    results = [_result(child) for child in children]
    return {
        "rows": sum(int(r["rows"]) for r in results),
        "seconds": max(float(r["seconds"]) for r in results),
        "startup": 0.0,
        "rss_mb": max(float(r["rss_mb"]) for r in results),
        "worker_rss_mb": 0.0,
        "cpu": [float(r["cpu"][0]) for r in results],
    }


def split_halves(source: Path) -> tuple[Path, Path]:
    """The input's first and second halves (by rows), as two files beside it.

    Streamed, line by line, so this process never holds the input.
    """
    with source.open("rb") as handle:
        middle = sum(1 for _ in handle) // 2
    halves = (
        source.with_name(f"{source.stem}-a.jsonl"),
        source.with_name(f"{source.stem}-b.jsonl"),
    )
    with source.open("rb") as handle, halves[0].open("wb") as first, halves[1].open("wb") as second:
        for i, line in enumerate(handle):
            (first if i < middle else second).write(line)
    return halves


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
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the modes, interleaved")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "REWARDS", "SOURCE", "OUT"))
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error(f"--repeat must be an integer >= 1; got {args.repeat}")
    if args.child:
        mode, rewards, source, out = args.child
        print(json.dumps(run_pipeline(mode, rewards, Path(source), Path(out))))
        return
    modes = list(args.modes)
    if "serial" not in modes:
        modes.insert(0, "serial")  # every ratio is to the serial run of the same round
    compile_sources()
    print(
        f"machine: {machine()}; {args.repeat} round(s) per size, modes interleaved; "
        "rewardkit's bytecode compiled once, as an install has it"
    )
    print(
        "| rewards | rows | mode | rows/s (wall) | vs serial [range] | share of pair's speed-up | "
        "CPU s main + workers | main CPU / serial CPU | idle 2-core estimate rows/s | "
        "vs serial | peak RSS main / worker (MB) | output |"
    )
    print("|---|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---|")
    rounds_seen: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            source = make_input(Path(tmp) / f"in-{rows}.jsonl", rows)
            halves = split_halves(source) if "pair" in modes else None
            for rewards in args.rewards:
                rounds = [
                    _round(modes, rewards, rows, source, halves, Path(tmp))
                    for _ in range(args.repeat)
                ]
                for mode in modes:
                    print(_row(rewards, rows, mode, [r[mode] for r in rounds]), flush=True)
                rounds_seen.append(_rounds_line(rewards, rows, modes, rounds))
    print(f"load average at the end: {_load()}")
    print("Each round's speed-up over its serial run (wall):")
    for line in rounds_seen:
        print(line)


def _rounds_line(
    rewards: str, rows: int, modes: list[str], rounds: list[dict[str, dict[str, Any]]]
) -> str:
    """``- rewards, rows: round 1: pair 1.40x, workers 1.35x; round 2: ...``."""
    parts = [
        f"round {i}: " + ", ".join(f"{m} {r[m]['ratio']:.2f}x" for m in modes if m != "serial")
        for i, r in enumerate(rounds, 1)
    ]
    return f"- {rewards}, {rows:,} rows: " + "; ".join(parts)


def _round(
    modes: list[str],
    rewards: str,
    rows: int,
    source: Path,
    halves: tuple[Path, Path] | None,
    tmp: Path,
) -> dict[str, dict[str, Any]]:
    """One run of each mode, in order; each result gains its ratios to this round's runs."""
    results: dict[str, dict[str, Any]] = {}
    serial: dict[str, Any] = {}
    for mode in modes:
        suffix = ".parquet" if mode == "workers-parquet" else ".jsonl"
        out = tmp / f"out-{mode}-{rows}-{rewards}{suffix}"  # Ray: a folder
        if mode == "pair":
            assert halves is not None
            result = measure_pair(rewards, halves, out)
        else:
            result = measure(mode, rewards, source, out)
        rate = rows / float(result["seconds"])
        cpu = [float(c) for c in result["cpu"]]
        # On an idle 2-core machine: the busiest process, or the total on 2 cores.
        estimate = rows / max(max(cpu), sum(cpu) / 2) if mode != "ray" else float("nan")
        result.update(rate=rate, cpu=cpu, estimate=estimate)
        if mode == "serial":
            serial = result
            result["records"] = _canonical(out)
            result["bytes"] = out.read_bytes()
            result["check"] = "-"
        elif mode == "pair":
            result["check"] = "- (two files)"
        else:
            same = _canonical(out)
            data = out.read_bytes() if out.is_file() else None
            check = _compare(same, serial["records"])
            if check == "identical" and data is not None:
                check = "identical bytes" if data == serial["bytes"] else "same records"
            result["check"] = check
        result["ratio"] = rate / serial["rate"]
        result["estimate_ratio"] = estimate / serial["estimate"]
        result["share"] = cpu[0] / sum(serial["cpu"])
        results[mode] = result
    for result in results.values():
        result.pop("records", None)
        result.pop("bytes", None)
        if "pair" in results:
            result["of_pair"] = result["ratio"] / results["pair"]["ratio"]
    return results


def _row(rewards: str, rows: int, mode: str, runs: list[dict[str, Any]]) -> str:
    """One table row: the medians of a mode's rounds."""

    def median(key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)

    ratios = [float(run["ratio"]) for run in runs]
    ratio = f"{median('ratio'):.2f}x"
    if len(runs) > 1:
        ratio += f" [{min(ratios):.2f}-{max(ratios):.2f}]"
    of_pair = (
        f"{median('of_pair'):.0%}"
        if "of_pair" in runs[0] and mode not in ("serial", "pair")
        else "-"
    )
    cpu = [statistics.median(run["cpu"][i] for run in runs) for i in range(len(runs[0]["cpu"]))]
    ray = mode == "ray"
    cpu_text = "-" if ray else " + ".join(f"{c:.1f}" for c in cpu)
    share = "-" if ray or mode == "pair" else f"{median('share'):.0%}"
    estimate = "-" if ray else f"{median('estimate'):,.0f}"
    estimate_ratio = "-" if ray else f"{median('estimate_ratio'):.2f}x"
    checks = sorted({str(run["check"]) for run in runs})
    label = f"ray (init {median('startup'):.1f} s)" if ray else mode
    return (
        f"| {rewards} | {rows:,} | {label} | {median('rate'):,.0f} | {ratio} | {of_pair} | "
        f"{cpu_text} | {share} | {estimate} | {estimate_ratio} | "
        f"{median('rss_mb'):.0f} / {median('worker_rss_mb'):.0f} | {'; '.join(checks)} |"
    )


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


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
