"""``rewardkit score --engine ray`` on a local Ray instance: the records of the serial command."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rewardkit.cli import main
from rewardkit.formats import read_rows
from tests.engine_rewards import mixed_rows

ray = pytest.importorskip("ray")
pq = pytest.importorskip("pyarrow.parquet")

pytestmark = [
    pytest.mark.ray,
    # Ray's own deprecations (its DataContext touches deprecated options), not ours.
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray"),
    pytest.mark.filterwarnings("ignore::FutureWarning:ray"),
]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _records_in(folder: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for file in sorted(folder.iterdir()):
        if file.suffix == ".parquet":
            for row in pq.read_table(file).to_pylist():
                if row["error"] is None:
                    del row["error"]
                records.append(row)
        else:
            records.extend(line.record or {} for line in read_rows(file))
    return records


@pytest.mark.usefixtures("local_ray")
@pytest.mark.parametrize("output", ["scores", "scores.parquet"])
def test_engine_ray_writes_the_serial_records_row_for_row(tmp_path: Path, output: str) -> None:
    source = tmp_path / "gens.jsonl.gz"
    source.write_bytes(gzip.compress(b"\n".join(mixed_rows(2000)) + b"\n"))
    rewards = ["-r", "boxed_correct", "-r", "aha", "-r", "think_format"]
    code, out, _ = _run("score", str(source), *rewards, "-q")
    expected = [json.loads(line) for line in out.splitlines()]
    folder = tmp_path / output
    code_ray, out_ray, err_ray = _run(
        "score",
        str(source),
        *rewards,
        "--engine",
        "ray",
        "--batch-size",
        "300",
        "--out",
        str(folder),
    )
    assert (code, code_ray, out_ray) == (1, 0, "")
    # Ray Data may log its progress on stderr first: our line is the last.
    assert err_ray.endswith(f"wrote the records to the folder {str(folder)!r} (Ray Data)\n")
    assert _records_in(folder) == expected
    assert sum("error" in record for record in expected) > 100
