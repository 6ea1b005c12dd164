"""rewardkit.integrations.ray on a local Ray instance: records equal the serial records."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from rewardkit._plan import ScoringPlan
from rewardkit.formats import read_rows, read_unparsed
from rewardkit.pool import score_serial
from tests.engine_rewards import REWARDS, mixed_rows

ray = pytest.importorskip("ray")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

pytestmark = [
    pytest.mark.ray,
    # Ray's own deprecations (its DataContext touches deprecated options), not ours.
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray"),
    pytest.mark.filterwarnings("ignore::FutureWarning:ray"),
]

PLAN = ScoringPlan(REWARDS)


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


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
@pytest.mark.parametrize("output", ["out", "out.parquet"])
def test_ray_records_equal_the_serial_records_row_for_row(tmp_path: Path, output: str) -> None:
    source = tmp_path / "gens.jsonl.gz"
    source.write_bytes(gzip.compress(b"\n".join(mixed_rows(3000)) + b"\n"))
    expected = list(score_serial(PLAN, read_unparsed(source)))
    score_with_ray = pytest.importorskip("rewardkit.integrations.ray").score_with_ray
    score_with_ray(PLAN, source, tmp_path / output, batch_size=200)
    got = _records_in(tmp_path / output)
    assert got == expected
    assert sum("error" in record for record in got) > 100


@pytest.mark.usefixtures("local_ray")
def test_ray_reads_parquet_rows_with_their_numbers(tmp_path: Path) -> None:
    rows = [line.record for line in read_rows(io.BytesIO(b"\n".join(mixed_rows(400))))]
    table = pa.Table.from_pylist(
        [{"completion": r["completion"], "answer": r.get("answer")} for r in rows if r]
    )
    pq.write_table(table, tmp_path / "gens.parquet", row_group_size=100)
    expected = list(score_serial(PLAN, read_unparsed(tmp_path / "gens.parquet")))
    score_with_ray = pytest.importorskip("rewardkit.integrations.ray").score_with_ray
    score_with_ray(PLAN, tmp_path / "gens.parquet", tmp_path / "out")
    assert _records_in(tmp_path / "out") == expected


@pytest.mark.usefixtures("local_ray")
def test_ray_reads_only_data_files_from_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "gens"
    folder.mkdir()
    (folder / "part-0.jsonl").write_bytes(b"\n".join(mixed_rows(50)) + b"\n")
    (folder / "state.json").write_text('{"_data_files": []}')
    expected = list(score_serial(PLAN, read_unparsed(folder / "part-0.jsonl")))
    score_with_ray = pytest.importorskip("rewardkit.integrations.ray").score_with_ray
    score_with_ray(PLAN, folder, tmp_path / "out")
    assert _records_in(tmp_path / "out") == expected
