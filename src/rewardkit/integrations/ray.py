"""Score files of generations on a Ray cluster with Ray Data: the same plan, the same records.

:func:`score_with_ray` is a Ray Data pipeline and nothing more: *read* -> ``map_batches`` with
a callable class (each Ray worker builds the rewards once, by unpickling the plan in its
constructor, and scores many batches) -> *write*. Ray does the distribution, scheduling,
back-pressure, retries and spilling; rewardkit adds no layer of its own.

Two readers and one writer are Ray Data's own extension points (a ``FileBasedDatasource`` and a
``BlockBasedFileDatasink``) rather than ``read_json``/``write_json``, because those would lose
what the serial engine promises: ``read_json`` fails the whole job on one line that is not JSON
(here it becomes that row's error record, with its line number), and ``write_json`` goes through
pandas, which rounds floats to 10 digits (here each record is encoded as ``rewardkit score``
encodes it). Parquet output uses ``write_parquet``. Each input file is read by one task, in
bounded memory, and its rows numbered from 1 as the serial readers number them.

A folder is read file by file (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, ``.parquet``, ``.pq``,
``.arrow``), and each file's rows are numbered from 1 (the serial reader numbers the Arrow files
of a saved ``datasets`` folder as one sequence).

The output is a folder of files (one or more per input block), written in input order. A run
of one prompt's rows is scored together only within a Ray block: group-relative rewards (e.g.
``kimi_length``) need a prompt's rows in one block (keep files grouped by prompt).

Ray is an optional dependency (``pip install 'ray[data]'``; the ``ray`` extra), imported when
called.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Literal

from rewardkit._plan import BATCH_SIZE, Record, ScoringPlan
from rewardkit.errors import ConfigError
from rewardkit.formats import BATCH_ROWS, detect_format, read_unparsed
from rewardkit.jsonl import Line, RawLine, open_stream
from rewardkit.pool import _score_here

__all__ = ["score_with_ray"]

#: Row kinds in the blocks read from files: a JSONL line, a pickled row, a read error.
_RAW, _PICKLED, _ERROR = 0, 1, 2

_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        msg = "score_with_ray needs Ray Data: pip install 'ray[data]'"
        raise ConfigError(msg) from None
    return ray


def _block(rows: list[Line | RawLine]) -> Any:
    import pyarrow as pa

    kinds: list[int] = []
    numbers: list[int] = []
    data: list[bytes] = []
    errors: list[str | None] = []
    for row in rows:
        numbers.append(row.number)
        if isinstance(row, RawLine):
            kinds.append(_RAW)
            data.append(row.raw)
            errors.append(None)
        elif row.record is None:
            kinds.append(_ERROR)
            data.append(b"")
            errors.append(row.error)
        else:
            kinds.append(_PICKLED)
            data.append(pickle.dumps(row.record, protocol=pickle.HIGHEST_PROTOCOL))
            errors.append(None)
    return pa.table(
        {
            "kind": pa.array(kinds, pa.int8()),
            "number": pa.array(numbers, pa.int64()),
            "data": pa.array(data, pa.binary()),
            "read_error": pa.array(errors, pa.string()),
        }
    )


#: Files read from a folder (a saved ``datasets`` folder also holds ``state.json``).
_EXTENSIONS = ["jsonl", "jsonl.gz", "ndjson", "parquet", "pq", "arrow"]


def _datasource(paths: list[str]) -> Any:
    from ray.data.datasource import FileBasedDatasource

    class RowsDatasource(FileBasedDatasource):
        """Rows of JSONL(.gz), Parquet or Arrow files, numbered, error rows kept."""

        def _open_input_source(self, filesystem: Any, path: str, **_: Any) -> Any:
            # Random access (Parquet needs it) and no decompression by file name: the JSONL
            # reader recognises gzip by its header, as the serial reader does.
            return filesystem.open_input_file(path)

        def _read_stream(self, f: Any, path: str) -> Iterator[Any]:
            kind = detect_format(path) if not path.endswith(".arrow") else "arrow"
            if kind == "jsonl" and f.read(4) == b"PAR1":
                kind = "parquet"
            f.seek(0)
            batch: list[Line | RawLine] = []
            with open_stream(f) if kind == "jsonl" else nullcontext(f) as stream:
                for row in read_unparsed(stream, format=kind):
                    batch.append(row)
                    if len(batch) >= BATCH_ROWS:
                        yield _block(batch)
                        batch = []
            if batch:
                yield _block(batch)

    folders = any(Path(path).is_dir() or path.endswith("/") for path in paths)
    return RowsDatasource(paths, file_extensions=_EXTENSIONS if folders else None)


def _rows(batch: Any) -> list[Line | RawLine]:
    rows: list[Line | RawLine] = []
    columns = zip(
        batch.column("kind").to_pylist(),
        batch.column("number").to_pylist(),
        batch.column("data").to_pylist(),
        batch.column("read_error").to_pylist(),
        strict=True,
    )
    for kind, number, data, error in columns:
        if kind == _RAW:
            rows.append(RawLine(number, data))
        elif kind == _PICKLED:
            rows.append(Line(number, pickle.loads(data), None, len(data)))
        else:
            rows.append(Line(number, None, error))
    return rows


class _Scorer:
    """The ``map_batches`` callable class: one per Ray worker, the rewards built once."""

    def __init__(self, plan_bytes: bytes, batch_size: int) -> None:
        self.plan: ScoringPlan = pickle.loads(plan_bytes)
        self.batch_size = batch_size
        self.names = [item.reward.name for item in self.plan.rewards]

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        records = _score_here(self.plan, _rows(batch), self.batch_size)
        columns: dict[str, Any] = {"line": pa.array([r["line"] for r in records], pa.int64())}
        for name in [*self.names, "total"]:
            columns[name] = pa.array([r.get(name) for r in records], pa.float64())
        columns["error"] = pa.array([r.get("error") for r in records], pa.string())
        return pa.table(columns)


def _jsonl_datasink(path: str) -> Any:
    from ray.data.datasource import BlockBasedFileDatasink

    class JsonlDatasink(BlockBasedFileDatasink):
        """Records as ``rewardkit score`` writes them (no ``error`` key on a scored row)."""

        def write_block_to_file(self, block: Any, file: Any) -> None:
            lines = []
            for row in block.to_arrow().to_pylist():
                record: Record = dict(row)
                if record.get("error") is None:
                    record.pop("error", None)
                lines.append(_ENCODER.encode(record) + "\n")
            file.write("".join(lines).encode("utf-8"))

    return JsonlDatasink(path, file_format="jsonl")


def score_with_ray(
    plan: ScoringPlan,
    source: str | Path | list[str | Path],
    out: str | Path,
    *,
    output_format: Literal["jsonl", "parquet"] | None = None,
    batch_size: int = BATCH_SIZE,
    concurrency: int | tuple[int, int] | None = None,
    num_cpus: float = 1.0,
) -> None:
    """Score files of generations with Ray Data and write the records to the folder ``out``.

    Connect to a cluster first (``ray.init(address="auto")``); without that, Ray starts a local
    instance. Every worker process must be able to import rewardkit (install it in the
    cluster's environment, or pass ``runtime_env={"pip": ["rewardkit"]}`` to ``ray.init``).

    Args:
        plan: what to score (pickled once, unpickled once per worker).
        source: a JSONL/JSONL.gz/Parquet/Arrow file, a folder of them, or a list of either.
        out: the output folder (created by Ray).
        output_format: ``"jsonl"`` or ``"parquet"``; ``"parquet"`` when ``out`` ends with
            ``.parquet``, else ``"jsonl"``.
        batch_size: rows per ``map_batches`` call (one or more engine batches).
        concurrency: scoring workers (an int, or ``(min, max)`` for autoscaling); ``None``:
            Ray's default.
        num_cpus: CPUs reserved per scoring worker.

    Raises:
        ConfigError: Ray is not installed, or an argument is invalid.

    The records equal those of :func:`rewardkit.pool.score_serial`, in order across the
    output files (by name), error records included.
    """
    ray = _ray()
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        msg = f"batch_size must be a positive integer; got {batch_size!r}"
        raise ConfigError(msg)
    kind = output_format or ("parquet" if str(out).endswith(".parquet") else "jsonl")
    if kind not in ("jsonl", "parquet"):
        msg = f"output_format must be 'jsonl' or 'parquet'; got {kind!r}"
        raise ConfigError(msg)
    sources = source if isinstance(source, list) else [source]
    paths = [str(Path(item).resolve()) for item in sources]
    context = ray.data.DataContext.get_current()
    keep_order = context.execution_options.preserve_order
    context.execution_options.preserve_order = True
    try:
        dataset = ray.data.read_datasource(_datasource(paths))
        scored = dataset.map_batches(
            _Scorer,
            fn_constructor_args=(pickle.dumps(plan), batch_size),
            batch_size=batch_size,
            batch_format="pyarrow",
            concurrency=concurrency,
            num_cpus=num_cpus,
        )
        if kind == "parquet":
            scored.write_parquet(str(out))
        else:
            scored.write_datasink(_jsonl_datasink(str(out)))
    finally:
        context.execution_options.preserve_order = keep_order
