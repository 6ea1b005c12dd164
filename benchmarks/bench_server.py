"""Load benchmark of the reward server (loopback only, bounded in count and time).

The server (``rewardkit serve --preset aha_grpo``) runs in its own process; N concurrent
clients (one asyncio task each, httpx) send OpenRLHF-shaped ``/get_reward`` requests: batches of
1 (what OpenRLHF sends) and batches of 256. Reported per scenario: requests/s, rows/s, p50/p99
latency, the ratio of rows/s to in-process scoring per worker (the same rows scored by the
library engine, ``rewardkit.scoring.score_rows``, 256 rows per batch, in this process, measured
before and after the load in the same run), and the CPU cost: the server's CPU time per row
(event loop and workers, read from ``/proc``) beside in-process CPU time per row. On a machine
shared with other jobs the wall-clock ratio moves with the load; the CPU ratio does not.
Every request must be answered 200 and every row's reward must equal the in-process total:
nothing lost.

Rows: MATH-500 generations from ``../shared/data`` when present, else a seeded synthetic set.

Run ``python benchmarks/bench_server.py [--workers 1] [--seconds 20]``. Under pytest,
``bench_server_loses_nothing`` runs a tiny load once (no timing claims) so the script cannot rot.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import socket
import statistics
import sys
import time
from pathlib import Path

import httpx

from rewardkit.registry import get_preset
from rewardkit.scoring import ScoringPlan, score_rows

PRESET = "aha_grpo"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "math500_generations.jsonl"
PROMPT = "<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n"


def _rows(count: int) -> list[dict[str, str]]:
    """``count`` rows with problem, completion and answer (real data when available)."""
    rows: list[dict[str, str]] = []
    if DATA.is_file():
        with DATA.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                rows.append({k: str(record[k]) for k in ("problem", "completion", "answer")})
                if len(rows) >= count:
                    break
    rng = random.Random(0)
    while len(rows) < count:
        a, b = rng.randint(2, 99), rng.randint(2, 99)
        text = f"We add {a} and {b}. Wait, let me check: {a} + {b} = {a + b}. \\boxed{{{a + b}}}"
        rows.append({"problem": f"What is {a} + {b}?", "completion": text, "answer": str(a + b)})
    return rows


def _request(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    prompts = [PROMPT.format(q=row["problem"]) for row in rows]
    return {
        "query": [
            p + row["completion"] + "<|im_end|>" for p, row in zip(prompts, rows, strict=True)
        ],
        "prompts": prompts,
        "labels": [row["answer"] for row in rows],
    }


def _in_process(rows: list[dict[str, str]]) -> tuple[float, float, list[float]]:
    """Rows per second and CPU seconds per row scoring in this process (batches of 256), and
    each row's total."""
    plan = ScoringPlan(tuple(get_preset(PRESET)))
    scored = [{"completion": r["completion"], "answer": r["answer"]} for r in rows]
    list(score_rows(plan, scored[:8]))  # warm caches and lazy imports
    start, cpu = time.perf_counter(), time.process_time()
    records = score_rows(plan, scored, batch_size=256)
    totals = [float(r["total"] or 0.0) for r in records]  # type: ignore[arg-type]
    cpu = time.process_time() - cpu
    return len(rows) / (time.perf_counter() - start), cpu / len(rows), totals


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid`` and its live descendants (Linux ``/proc``)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    try:
        while pending:
            current = pending.pop()
            stat = Path(f"/proc/{current}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(c) for c in (task / "children").read_text().split())
    except (OSError, ValueError):
        return None
    return total


def _serve(port: int, workers: int) -> None:
    from rewardkit.server import serve

    serve(["--preset", PRESET, "--port", str(port), "--workers", str(workers), "--no-access-log"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _load(
    url: str, rows: list[dict[str, str]], batch: int, clients: int, seconds: float, limit: int
) -> dict[str, object]:
    """``clients`` tasks send batches round-robin over ``rows`` until ``limit`` or time."""
    latencies: list[float] = []
    answered: list[tuple[int, list[float]]] = []
    failures = 0
    sent = 0
    deadline = time.perf_counter() + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal failures, sent
        while sent < limit and time.perf_counter() < deadline:
            start_row = (sent * batch) % len(rows)
            sent += 1
            chunk = [rows[(start_row + k) % len(rows)] for k in range(batch)]
            began = time.perf_counter()
            response = await http.post(url, json=_request(chunk))
            latencies.append(time.perf_counter() - began)
            if response.status_code != 200:
                failures += 1
                continue
            answered.append((start_row, response.json()["rewards"]))

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=180, limits=limits) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies),
        "failures": failures,
        "answered": answered,
        "elapsed": elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
    }


def run(
    workers: int, seconds: float, scenarios: list[tuple[int, int, int]]
) -> list[dict[str, object]]:
    """Start the server, run each ``(batch, clients, max_requests)`` scenario, check totals."""
    rows = _rows(512)
    before, cpu_before, totals = _in_process(rows)
    port = _free_port()
    process = multiprocessing.get_context("spawn").Process(target=_serve, args=(port, workers))
    process.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or not process.is_alive():
                msg = "the server did not start"
                raise RuntimeError(msg)
            time.sleep(0.1)
        results = []
        for batch, clients, limit in scenarios:
            cpu_start = _cpu_seconds(process.pid or 0)
            out = asyncio.run(_load(url + "/get_reward", rows, batch, clients, seconds, limit))
            cpu_end = _cpu_seconds(process.pid or 0)
            lost = out["failures"]
            for start_row, rewards in out["answered"]:  # type: ignore[attr-defined]
                expected = [totals[(start_row + k) % len(rows)] for k in range(batch)]
                lost += sum(abs(a - b) > 1e-9 for a, b in zip(rewards, expected, strict=True))
            elapsed = float(out["elapsed"])  # type: ignore[arg-type]
            count = int(out["requests"]) * batch  # type: ignore[call-overload]
            server_cpu = None
            if cpu_start is not None and cpu_end is not None:
                server_cpu = (cpu_end - cpu_start) / count
            results.append(
                {
                    "batch": batch,
                    "clients": clients,
                    "requests": out["requests"],
                    "req/s": out["requests"] / elapsed,  # type: ignore[operator]
                    "rows/s": count / elapsed,
                    "p50 ms": 1000 * float(out["p50"]),  # type: ignore[arg-type]
                    "p99 ms": 1000 * float(out["p99"]),  # type: ignore[arg-type]
                    "server CPU us/row": None if server_cpu is None else 1e6 * server_cpu,
                    "lost": lost,
                }
            )
        after, cpu_after, _ = _in_process(rows)
        baseline, cpu_row = (before + after) / 2, min(cpu_before, cpu_after)
        for result in results:
            rows_per_s = float(result["rows/s"])
            result["in-process rows/s"] = baseline
            result["ratio per worker"] = rows_per_s / workers / baseline
            result["in-process CPU us/row"] = 1e6 * cpu_row
            server_us = result["server CPU us/row"]
            result["CPU ratio"] = None if server_us is None else 1e6 * cpu_row / float(server_us)
            result["lost"] = result.pop("lost")
        return results
    finally:
        process.terminate()
        process.join(30)


def bench_server_loses_nothing() -> None:
    results = run(workers=1, seconds=10, scenarios=[(1, 4, 20), (256, 2, 2)])
    assert all(r["lost"] == 0 for r in results)
    assert [r["requests"] for r in results] == [20, 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=20.0, help="cap per scenario")
    args = parser.parse_args()
    scenarios = [(1, 16, 3000), (256, 4, 120)]
    results = run(args.workers, args.seconds, scenarios)
    keys = list(results[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    print(f"# {args.workers} worker(s), load average {os.getloadavg()[0]:.1f} at the end")
    for r in results:
        cells = [f"{v:.3g}" if isinstance(v, float) else str(v) for v in r.values()]
        print("| " + " | ".join(cells) + " |")
    sys.exit(1 if any(r["lost"] for r in results) else 0)


if __name__ == "__main__":
    main()
