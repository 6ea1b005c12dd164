"""The reward server's ASGI application (Starlette): routes, limits, authentication, logs.

Routes:

- ``POST /get_reward``: OpenRLHF's remote reward protocol. Request ``{"query": [str],
  "prompts": [str], "labels": [...]}``; response ``{"rewards": [float], "scores": [float],
  "extra_logs": {name: float}}``. See :func:`openrlhf_response` for the exact rules.
- ``POST /score``: rewardkit's own JSON. Request ``{"rows": [{"completion": str | messages,
  "prompt": ..., <columns>}], "explain": false}``; response ``{"rows": [{"scores": {name:
  value | null}, "total": value | null}], "bounds": [low, high]}``.
- ``GET /rewards``: the rewards, weights and bounds this server scores with.
- ``GET /health``: ``{"status": "ok"}`` (never needs the token, for load balancers).

Errors are JSON ``{"error": message}``: 400 for a body that is not JSON or lacks a field (the
message names it), 401 without the right bearer token, 413 for a body over ``max_body_bytes``,
422 for more rows than ``max_rows``, 503 when a scoring worker died twice on the request, 504
when scoring took longer than ``timeout`` (the workers are replaced, the server stays up). A
reward that fails on a row never fails the request: that row gets the reward's failure value.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

try:
    import orjson
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
except ModuleNotFoundError as error:  # pragma: no cover - depends on the installation
    msg = "the reward server needs the 'server' extra: pip install 'rewardkit[server]'"
    raise ModuleNotFoundError(msg) from error

from rewardkit._version import __version__
from rewardkit.scoring import ScoringPlan
from rewardkit.server._pool import ScoringPool, ScoringTimeoutError, WorkerDiedError
from rewardkit.server._scoring import (
    COMPLETION,
    PROMPT,
    RowScores,
    completion_from_query,
    label_columns,
)
from rewardkit.server.settings import ServerSettings

__all__ = ["create_app", "openrlhf_response"]

_log = logging.getLogger("rewardkit.server")
_access = logging.getLogger("rewardkit.server.access")

#: extra_logs key: the fraction of rows whose completion could not be located in the query.
UNLOCATED = "rewardkit/unlocated"

ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]


class _ProblemError(Exception):
    """A request the server refuses: an HTTP status and a message naming the problem."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _json(data: object, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    # orjson: 2.7x faster than json on a 256-row OpenRLHF body (benchmarks/bench_server.py)
    body = orjson.dumps(data)
    return Response(body, status, headers=dict(headers or {}), media_type="application/json")


def _authorized(request: Request, token: str | None) -> bool:
    if token is None:
        return True
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    expected = token.encode()
    # compare_digest runs in time independent of where the strings differ
    match = hmac.compare_digest(given.strip().encode(), expected)
    return scheme.lower() == "bearer" and match


#: Largest body orjson parses. orjson holds ~13x a body while parsing it (measured with
#: tracemalloc: 335 MB for a 25 MB body of real rows; json 55 MB), so a larger body, far
#: beyond a trainer's usual batch, is parsed by json: memory stays ~2x the body.
_ORJSON_MAX_BYTES = 2 * 1024 * 1024


async def _read_json(request: Request, limit: int) -> object:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _ProblemError(413, f"request body is {int(length)} bytes; the limit is {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _ProblemError(413, f"request body exceeds the limit of {limit} bytes")
    try:
        if len(body) <= _ORJSON_MAX_BYTES:
            return orjson.loads(body)
        return json.loads(body)
    except ValueError as error:  # orjson.JSONDecodeError and json's are ValueErrors
        raise _ProblemError(400, f"request body is not valid JSON: {error}") from None
    except RecursionError:
        raise _ProblemError(400, "request body is not valid JSON: nested too deeply") from None


def _object(data: object) -> Mapping[str, object]:
    if not isinstance(data, dict):
        raise _ProblemError(400, f"request body must be a JSON object; got {type(data).__name__}")
    return data


def _list(data: Mapping[str, object], name: str, what: str, *, strings: bool) -> list[object]:
    if name not in data:
        raise _ProblemError(400, f"missing field {name!r}: expected {what}")
    value = data[name]
    if not isinstance(value, list) or (strings and not all(isinstance(v, str) for v in value)):
        got = type(value).__name__
        if isinstance(value, list):
            got = "a list with " + ", ".join(sorted({type(v).__name__ for v in value}))
        raise _ProblemError(400, f"field {name!r} must be {what}; got {got}")
    return value


def _check_rows(count: int, limit: int) -> None:
    if count > limit:
        raise _ProblemError(422, f"{count} rows in one request; the limit is {limit} (max_rows)")


def openrlhf_response(
    settings: ServerSettings, results: Sequence[RowScores | None]
) -> dict[str, object]:
    """OpenRLHF's response for scored rows (``None``: the completion was not located).

    - ``rewards``: the weighted total per row; ``0.0`` when no reward applies to the row or its
      completion could not be located in the query (0 always lies within the bounds).
    - ``scores``: ``(reward - low) / (high - low)`` with ``[low, high]`` the bounds of the
      weighted total (:attr:`ServerSettings.bounds`), so always within ``[0, 1]``
      (OpenRLHF's dynamic filtering compares it with ``--algo.dynamic_filtering_range``,
      default ``0 1``); ``0.0`` when ``low == high``.
    - ``extra_logs``: per reward, its mean over the rows it applies to (``0.0`` when it
      applies to none), plus ``"rewardkit/unlocated"``, the fraction of rows whose completion
      could not be located.
    """
    low, high = settings.bounds
    rewards = [0.0 if r is None or r.total is None else r.total for r in results]
    span = high - low
    scores = [min(max((r - low) / span, 0.0), 1.0) if span > 0 else 0.0 for r in rewards]
    logs: dict[str, float] = {}
    for item in settings.rewards:
        name = item.reward.name
        values = [value for r in results if r is not None and (value := r.scores[name]) is not None]
        logs[name] = sum(values) / len(values) if values else 0.0
    unlocated = sum(r is None for r in results)
    logs[UNLOCATED] = unlocated / len(results) if results else 0.0
    return {"rewards": rewards, "scores": scores, "extra_logs": logs}


def _explain(settings: ServerSettings, result: RowScores) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for item in settings.rewards:
        value = result.scores[item.reward.name]
        out.append(
            {
                "reward": item.reward.name,
                "rule": item.reward.summary,
                "value": value,
                "weight": item.weight,
                "contribution": None if value is None else item.weight * value,
                "bounds": [item.reward.lower, item.reward.upper],
            }
        )
    return out


def create_app(settings: ServerSettings) -> Starlette:
    """The reward server as an ASGI application (run it with uvicorn, see :func:`serve`).

    The scoring pool starts with the application (its lifespan) and stops after the requests
    in flight are answered.

    Args:
        settings: what to score and how.

    Returns:
        A Starlette application; ``app.state.pool`` is its :class:`ScoringPool`.
    """
    plan = ScoringPlan(settings.rewards, completion_field=COMPLETION, prompt_field=PROMPT)
    pool = ScoringPool(plan, settings.workers, timeout=settings.timeout)
    needs_labels = any(item.reward.gold or item.reward.requires for item in settings.rewards)
    gold_columns = settings.gold_columns
    special_tokens = settings.special_tokens

    async def guarded(
        request: Request, handler: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if not _authorized(request, settings.token):
            return _json(
                {"error": "missing or wrong bearer token (Authorization: Bearer <token>)"},
                401,
                {"WWW-Authenticate": "Bearer"},
            )
        try:
            return await handler(request)
        except _ProblemError as problem:
            return _json({"error": problem.message}, problem.status)
        except WorkerDiedError as error:
            return _json({"error": str(error)}, 503, {"Retry-After": "1"})
        except ScoringTimeoutError as error:
            return _json({"error": str(error)}, 504)

    async def get_reward(request: Request) -> Response:
        data = _object(await _read_json(request, settings.max_body_bytes))
        queries = _list(data, "query", "a list of strings (prompt + response)", strings=True)
        _check_rows(len(queries), settings.max_rows)
        prompts = _list(data, "prompts", "a list of strings aligned with 'query'", strings=True)
        labels: list[object] = [None] * len(queries)
        if needs_labels or "labels" in data:
            labels = _list(data, "labels", "a list aligned with 'query'", strings=False)
        for name, values in (("prompts", prompts), ("labels", labels)):
            if len(values) != len(queries):
                msg = f"field {name!r} has {len(values)} items; 'query' has {len(queries)}"
                raise _ProblemError(400, msg)
        request.state.rows = len(queries)
        rows: list[dict[str, object]] = []
        located: list[int] = []
        for i, (query, prompt, label) in enumerate(zip(queries, prompts, labels, strict=True)):
            assert isinstance(query, str)  # checked by _list
            assert isinstance(prompt, str)
            completion = completion_from_query(query, prompt, special_tokens)
            if completion is None:
                continue
            row: dict[str, object] = {COMPLETION: completion, PROMPT: prompt}
            row.update(label_columns(label, gold_columns))
            problem = plan.problem(row)
            if problem is not None:
                raise _ProblemError(400, f"labels[{i}]: {problem}")
            rows.append(row)
            located.append(i)
        scored = await pool.score(rows) if rows else []
        results: list[RowScores | None] = [None] * len(queries)
        for i, result in zip(located, scored, strict=True):
            results[i] = result
        return _json(openrlhf_response(settings, results))

    async def score(request: Request) -> Response:
        data = _object(await _read_json(request, settings.max_body_bytes))
        rows = _list(data, "rows", "a list of row objects", strings=False)
        _check_rows(len(rows), settings.max_rows)
        explain = data.get("explain", False)
        if not isinstance(explain, bool):
            raise _ProblemError(400, f"field 'explain' must be true or false; got {explain!r}")
        request.state.rows = len(rows)
        checked: list[Mapping[str, object]] = []
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise _ProblemError(400, f"rows[{i}] must be an object; got {type(row).__name__}")
            problem = plan.problem(row)
            completion = row.get(COMPLETION)
            if problem is None and not isinstance(completion, (str, list)):
                problem = f"'completion' must be a string or a message list; got {completion!r}"
            if problem is not None:
                raise _ProblemError(400, f"rows[{i}]: {problem}")
            checked.append(row)
        # A missing gold key reads as null (not applicable), as in the CLI; a request in which
        # no row has a reward's gold column is a client's mistake, named before scoring.
        missing = plan.missing_column(checked)
        if missing is not None:
            expected = " or ".join(repr(name) for name in missing.columns)
            reader = f" (read by {missing.reader})" if missing.reader else ""
            raise _ProblemError(400, f"rows: no row has column {expected}{reader}")
        scored = await pool.score(checked) if checked else []
        out: list[dict[str, object]] = []
        for result in scored:
            record: dict[str, object] = {"scores": result.scores, "total": result.total}
            if explain:
                record["explanation"] = _explain(settings, result)
            out.append(record)
        return _json({"rows": out, "bounds": list(settings.bounds)})

    async def rewards(_: Request) -> Response:
        low, high = settings.bounds
        return _json(
            {
                "rewards": [
                    {
                        "name": item.reward.name,
                        "weight": item.weight,
                        "bounds": [item.reward.lower, item.reward.upper],
                        "gold": list(item.reward.gold),
                        "requires": list(item.reward.requires),
                        "rule": item.reward.summary,
                    }
                    for item in settings.rewards
                ],
                "bounds": [low, high],
                "version": __version__,
            }
        )

    async def health(_: Request) -> Response:
        return _json({"status": "ok", "workers": settings.workers, "restarts": pool.restarts})

    def route(handler: Callable[[Request], Awaitable[Response]]) -> Callable[..., Any]:
        async def endpoint(request: Request) -> Response:
            return await guarded(request, handler)

        return endpoint

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    app = Starlette(
        routes=[
            Route("/get_reward", route(get_reward), methods=["POST"]),
            Route("/score", route(score), methods=["POST"]),
            Route("/rewards", route(rewards), methods=["GET"]),
            Route("/health", health, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = settings
    if settings.access_log:
        app.add_middleware(_AccessLog)
    return app


class _AccessLog:
    """ASGI middleware: one JSON line per HTTP request on ``rewardkit.server.access``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_status(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            client = scope.get("client") or ("", 0)
            state = scope.get("state") or {}
            record = {
                "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "client": str(client[0]),
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": status,
                "rows": state.get("rows"),
                "ms": round((time.perf_counter() - start) * 1000, 2),
            }
            _access.info(json.dumps(record, separators=(",", ":")))
