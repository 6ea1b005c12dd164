"""Tests for rewardkit.server: the real server (uvicorn) on a loopback port, driven over HTTP."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from rewardkit import aha, boxed_correct, combine  # noqa: E402
from rewardkit.errors import ConfigError  # noqa: E402
from rewardkit.registry import WeightedReward  # noqa: E402
from rewardkit.reward import Reward, Sample  # noqa: E402
from rewardkit.server import ServerSettings, add_arguments, build_settings  # noqa: E402
from rewardkit.server._scoring import (  # noqa: E402
    SPECIAL_TOKENS,
    completion_from_query,
    label_columns,
    strip_special,
)
from rewardkit.server.app import create_app  # noqa: E402
from rewardkit.server.command import warn_if_exposed  # noqa: E402
from rewardkit.server.settings import is_loopback  # noqa: E402
from tests.rewards import ENDS_WITH  # noqa: E402

TOKEN = "s3cret-token"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Flaky:
    """0.5 normally; raises on 'boom'; sleeps on 'SLOW' (to be in flight while we act); on
    'HANG' sleeps far longer than the scoring timeout of the test that sends it (a stuck reward).
    Workers import it from this module (spawned processes unpickle it by reference)."""

    def __call__(self, sample: Sample, /) -> float:
        if "boom" in sample.text:
            msg = "scorer bug"
            raise RuntimeError(msg)
        if "SLOW" in sample.text:
            time.sleep(1.5)
        if "HANG" in sample.text:
            time.sleep(60)
        return 0.5


FLAKY = Reward(name="flaky", scorer=_Flaky(), failure=-1.0, lower=-1.0, upper=1.0)
REWARDS = (
    WeightedReward(boxed_correct, 2.0),
    WeightedReward(aha, 1.0),
    WeightedReward(ENDS_WITH, 1.0),
    WeightedReward(FLAKY, 0.5),
)
#: The same rewards combined in process: the oracle for the server's totals.
ORACLE = combine([item.reward for item in REWARDS], [item.weight for item in REWARDS])

QWEN = "<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n"
LLAMA = (
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n{q}<|eot_id|>"
    "<|start_header_id|>assistant<|end_header_id|>\n\n"
)

#: Real-looking rows: (prompt template, question, response, gold).
ROWS = [
    (QWEN, "What is 6 * 7?", "6 * 7 = 42, so the answer is \\boxed{42}", "42"),
    (QWEN, "Simplify 2/4.", "Wait, let me double-check: 2/4 = 1/2. \\boxed{\\frac{1}{2}}", "0.5"),
    (LLAMA, "Solve x + 1 = 3.", "x = 3 - 1 = 2. The answer is \\boxed{3}", "2"),
    (LLAMA, "What is 10 / 4?", "10 / 4 = 2.5\n\nAnswer: 2.5", "2.5"),
    (QWEN, "Name a prime.", "I am not sure.", "2"),
]


@dataclass
class Served:
    url: str
    app: object
    server: uvicorn.Server

    def client(self, token: str | None = TOKEN) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)


@contextmanager
def running(settings: ServerSettings) -> Iterator[Served]:
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=20
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive(), "the server failed to start"
        assert time.monotonic() < deadline, "the server did not start in 30 s"
        time.sleep(0.02)
    try:
        yield Served(f"http://127.0.0.1:{port}", app, server)
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    settings = ServerSettings(rewards=REWARDS, token=TOKEN, max_rows=8, max_body_bytes=64_000)
    with running(settings) as handle:
        yield handle


def _openrlhf(rows: list[tuple[str, str, str, str]], end: str = "<|im_end|>") -> dict[str, list]:
    prompts = [template.format(q=question) for template, question, _, _ in rows]
    return {
        "query": [p + response + end for p, (_, _, response, _) in zip(prompts, rows, strict=True)],
        "prompts": prompts,
        "labels": [gold for *_, gold in rows],
    }


def test_get_reward_matches_in_process_scores(served):
    with served.client() as client:
        response = client.post("/get_reward", json=_openrlhf(ROWS))
    assert response.status_code == 200
    body = response.json()
    expected = ORACLE([r for _, _, r, _ in ROWS], answer=[g for *_, g in ROWS])
    assert body["rewards"] == pytest.approx(expected)
    low, high = ORACLE.lower, ORACLE.upper
    assert body["scores"] == pytest.approx([(r - low) / (high - low) for r in expected])
    assert all(0.0 <= s <= 1.0 for s in body["scores"])
    means = {
        item.reward.name: sum(values) / len(values)
        for item in REWARDS
        if (
            values := [
                v
                for v in item.reward([r for _, _, r, _ in ROWS], answer=[g for *_, g in ROWS])
                if v is not None
            ]
        )
    }
    assert body["extra_logs"] == pytest.approx({**means, "rewardkit/unlocated": 0.0})


def test_get_reward_one_row_batches_as_openrlhf_sends_them(served):
    with served.client() as client:
        answers = [client.post("/get_reward", json=_openrlhf([row])).json() for row in ROWS]
    expected = ORACLE([r for _, _, r, _ in ROWS], answer=[g for *_, g in ROWS])
    assert [a["rewards"] for a in answers] == [[pytest.approx(e)] for e in expected]


@pytest.mark.parametrize(
    "end",
    [
        pytest.param("<|im_end|>", id="qwen-end"),
        pytest.param("<|im_end|><|endoftext|>", id="qwen-end-eos"),
        pytest.param("<|eot_id|>", id="llama-eot"),
        pytest.param("</s><pad><pad>", id="eos-padding"),
    ],
)
def test_special_tokens_are_stripped_before_scoring(served, end):
    # ENDS_WITH gives 1.0 only when the completion ends with the gold: a leftover token fails it
    row = (QWEN, "Say 7.", "The number is 7", "7")
    with served.client() as client:
        body = client.post("/get_reward", json=_openrlhf([row], end=end)).json()
    assert body["extra_logs"]["exact"] == 1.0


def test_prompt_text_is_never_scored_as_the_completion(served):
    # the prompt has a worked example with the right box; the query lost the prompt entirely
    payload = {
        "query": ["garbled \\boxed{42}"],
        "prompts": ["Example: \\boxed{42}"],
        "labels": ["42"],
    }
    with served.client() as client:
        body = client.post("/get_reward", json=payload).json()
    assert body["rewards"] == [0.0]
    assert body["extra_logs"]["rewardkit/unlocated"] == 1.0


def test_left_truncated_prompt_is_still_stripped():
    prompt = QWEN.format(q="x" * 1000 + " Box 42 please, like \\boxed{41}.")
    query = prompt[300:] + "\\boxed{42}<|im_end|>"
    assert completion_from_query(query, prompt) == "\\boxed{42}"


def test_strip_special_on_real_chat_template_tails():
    text = "We get \\boxed{[1, 2)} and 1<2. <|im_end|><|endoftext|><pad><pad>"
    assert strip_special(text, SPECIAL_TOKENS) == "We get \\boxed{[1, 2)} and 1<2."


def test_json_object_labels_become_columns():
    assert label_columns({"target": 24}, ("answer",)) == {"label": {"target": 24}, "target": 24}
    assert label_columns("{not json", ("answer",))["answer"] == "{not json"


def test_score_route_with_messages_and_explanations(served):
    rows = [
        {"completion": [{"role": "assistant", "content": "so \\boxed{42}"}], "answer": "42"},
        {"completion": "no box", "answer": "42"},
    ]
    with served.client() as client:
        body = client.post("/score", json={"rows": rows, "explain": True}).json()
    expected = ORACLE(["so \\boxed{42}", "no box"], answer=["42", "42"])
    assert [row["total"] for row in body["rows"]] == pytest.approx(expected)
    assert body["rows"][0]["scores"]["boxed_correct"] == 1.0
    first = body["rows"][0]["explanation"][0]
    assert first == {
        "reward": "boxed_correct",
        "rule": boxed_correct.summary,
        "value": 1.0,
        "weight": 2.0,
        "contribution": 2.0,
        "bounds": [0.0, 1.0],
    }
    assert body["bounds"] == [ORACLE.lower, ORACLE.upper]


def test_rewards_and_health_routes(served):
    with served.client() as client:
        listed = client.get("/rewards").json()
        health = client.get("/health").json()
    assert [(r["name"], r["weight"]) for r in listed["rewards"]] == [
        (item.reward.name, item.weight) for item in REWARDS
    ]
    assert health["status"] == "ok"


def test_reward_error_on_one_row_gives_that_row_the_failure_value(served):
    rows = [
        {"completion": "boom \\boxed{1}", "answer": "1"},
        {"completion": "\\boxed{1}", "answer": "1"},
    ]
    with served.client() as client:
        response = client.post("/score", json={"rows": rows})
    assert response.status_code == 200
    scores = [row["scores"]["flaky"] for row in response.json()["rows"]]
    assert scores == [FLAKY.failure, 0.5]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        pytest.param({}, 401, id="no-token"),
        pytest.param({"Authorization": "Bearer wrong"}, 401, id="wrong-token"),
        pytest.param({"Authorization": f"Basic {TOKEN}"}, 401, id="wrong-scheme"),
        pytest.param({"Authorization": f"Bearer {TOKEN}"}, 200, id="right-token"),
    ],
)
def test_bearer_token(served, headers, status):
    with httpx.Client(base_url=served.url, headers=headers) as client:
        assert client.get("/rewards").status_code == status
        assert client.get("/health").status_code == 200  # load balancers need no token


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        pytest.param(b"{nope", 400, "not valid JSON", id="malformed-json"),
        pytest.param(b"[1, 2]", 400, "must be a JSON object", id="not-an-object"),
        pytest.param(b'{"prompts": [], "labels": []}', 400, "missing field 'query'", id="no-query"),
        pytest.param(
            b'{"query": ["a"], "labels": ["1"]}', 400, "missing field 'prompts'", id="no-prompts"
        ),
        pytest.param(
            b'{"query": ["a"], "prompts": ["a"]}', 400, "missing field 'labels'", id="no-labels"
        ),
        pytest.param(
            b'{"query": [1], "prompts": ["a"], "labels": ["1"]}',
            400,
            "field 'query' must be",
            id="non-string",
        ),
        pytest.param(
            b'{"query": ["a", "b"], "prompts": ["a"], "labels": ["1", "2"]}',
            400,
            "'prompts' has 1 items",
            id="misaligned",
        ),
        pytest.param(
            json.dumps({"query": ["a"] * 9, "prompts": ["a"] * 9, "labels": ["1"] * 9}).encode(),
            422,
            "limit is 8",
            id="too-many-rows",
        ),
        pytest.param(
            json.dumps({"query": ["a" * 70_000], "prompts": ["a"], "labels": ["1"]}).encode(),
            413,
            "limit",
            id="too-large",
        ),
    ],
)
def test_bad_requests_get_clear_errors_and_the_server_stays_up(served, body, status, message):
    with served.client() as client:
        response = client.post("/get_reward", content=body)
        assert response.status_code == status
        assert message in response.json()["error"]
        assert client.post("/get_reward", json=_openrlhf(ROWS[:1])).status_code == 200


def test_score_request_without_any_gold_column_is_a_400_naming_it(served):
    with served.client() as client:
        response = client.post("/score", json={"rows": [{"completion": "x"}]})
        assert response.status_code == 400
        assert "rows: no row has column 'answer' or 'solution'" in response.json()["error"]
        # One row without its gold among rows with it reads as null: not applicable (None).
        rows = [{"completion": "\\boxed{4}", "answer": "4"}, {"completion": "x"}]
        response = client.post("/score", json={"rows": rows})
        assert response.status_code == 200
        assert response.json()["rows"][1]["scores"]["boxed_correct"] is None


def test_worker_killed_mid_request_is_recovered(served):
    pool = served.app.state.pool
    result: dict[str, object] = {}

    def slow_request() -> None:
        with served.client() as client:
            rows = [{"completion": "SLOW \\boxed{2}", "answer": "2"}]
            result["response"] = client.post("/score", json={"rows": rows})

    thread = threading.Thread(target=slow_request)
    thread.start()
    time.sleep(0.5)  # the request is now in a worker
    restarts = pool.restarts
    for pid in pool.pids():
        os.kill(pid, signal.SIGKILL)
    thread.join(30)
    response = result["response"]
    assert response.status_code == 200
    assert response.json()["rows"][0]["scores"]["flaky"] == 0.5
    assert pool.restarts == restarts + 1
    with served.client() as client:
        assert client.post("/get_reward", json=_openrlhf(ROWS[:1])).status_code == 200


def test_stuck_scoring_gets_504_and_the_workers_are_replaced():
    settings = ServerSettings(rewards=REWARDS, timeout=1.0)
    with running(settings) as handle, handle.client(None) as client:
        pool = handle.app.state.pool
        old = set(pool.pids())
        began = time.monotonic()
        response = client.post("/score", json={"rows": [{"completion": "HANG", "answer": "1"}]})
        waited = time.monotonic() - began
        assert response.status_code == 504
        assert "longer than the timeout of 1 s" in response.json()["error"]
        assert waited < 30  # answered at the timeout, not when the stuck reward would return
        assert pool.restarts == 1
        assert not old & set(pool.pids())  # the stuck worker is gone
        rows = [{"completion": "\\boxed{1}", "answer": "1"}]
        after = client.post("/score", json={"rows": rows})
        assert after.status_code == 200
        assert after.json()["rows"][0]["scores"]["boxed_correct"] == 1.0


def test_graceful_shutdown_drains_requests_in_flight(caplog):
    settings = ServerSettings(rewards=REWARDS)
    result: dict[str, object] = {}
    with (
        caplog.at_level(logging.INFO, logger="rewardkit.server.access"),
        running(settings) as handle,
    ):

        def slow_request() -> None:
            with handle.client(None) as client:
                rows = [{"completion": "SLOW", "answer": "2"}]
                result["response"] = client.post("/score", json={"rows": rows})

        thread = threading.Thread(target=slow_request)
        thread.start()
        time.sleep(0.5)
        handle.server.should_exit = True  # what SIGTERM does
        thread.join(30)
    assert result["response"].status_code == 200
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name.endswith("access")]
    assert {"method": "POST", "path": "/score", "status": 200, "rows": 1}.items() <= records[
        -1
    ].items()


# ---------------------------------------------------------------------- settings and options


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(list(argv))


def test_build_settings_from_options(tmp_path: Path):
    token = tmp_path / "token"
    token.write_text("abc123\n")
    settings = build_settings(
        _args(
            "--preset",
            "aha_grpo",
            "--reward",
            "think_format",
            "--token-file",
            str(token),
            "--workers",
            "2",
        )
    )
    assert [item.reward.name for item in settings.rewards] == [
        "boxed_number",
        "boxed_correct",
        "aha",
        "think_format",
    ]
    assert settings.token == "abc123"
    assert settings.workers == 2
    assert "abc123" not in repr(settings)


def test_build_settings_needs_rewards():
    with pytest.raises(ConfigError, match="no rewards: expected --preset"):
        build_settings(_args())


def test_empty_token_file_is_refused(tmp_path: Path):
    token = tmp_path / "token"
    token.write_text("  \n")
    with pytest.raises(ConfigError, match="token_file"):
        build_settings(_args("--reward", "aha", "--token-file", str(token)))


@pytest.mark.parametrize(
    ("host", "token", "exposed"),
    [
        ("127.0.0.1", None, False),
        ("::1", None, False),
        ("localhost", None, False),
        ("0.0.0.0", None, True),
        ("0.0.0.0", "t", False),
        ("10.1.2.3", None, True),
    ],
)
def test_exposed_when_non_loopback_without_token(host, token, exposed):
    settings = ServerSettings(rewards=REWARDS, host=host, token=token)
    assert settings.exposed is exposed
    assert is_loopback(host) is (host in ("127.0.0.1", "::1", "localhost"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"rewards": ()}, "rewards must be a non-empty tuple", id="no-rewards"),
        pytest.param({"workers": 0}, "workers must be an integer >= 1; got 0", id="workers"),
        pytest.param({"port": 70000}, "port must be an integer <= 65535", id="port"),
        pytest.param({"max_rows": True}, "max_rows must be an integer", id="bool-rows"),
        pytest.param({"token": ""}, "token must be a non-empty string", id="empty-token"),
        pytest.param({"special_tokens": ["<s>"]}, "special_tokens must be a tuple", id="tokens"),
        pytest.param({"graceful_timeout": -1}, "graceful_timeout must be", id="graceful"),
        pytest.param({"timeout": 0}, "timeout must be a finite number of seconds > 0", id="zero"),
        pytest.param({"timeout": float("inf")}, "timeout must be a finite", id="infinite"),
    ],
)
def test_bad_settings_raise_config_error(changes, message):
    arguments = {"rewards": REWARDS, **changes}
    with pytest.raises(ConfigError, match=message):
        ServerSettings(**arguments)


def _stderr_until_started(argv: list[str]) -> str:
    """Start ``python -m rewardkit.server ARGV``; its stderr up to "startup complete"."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "rewardkit.server", *argv],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ) as process:
        stream = process.stderr
        assert stream is not None
        reader = threading.Thread(target=lambda: lines.extend(stream), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 60
            while not any("Application startup complete" in line for line in lines):
                assert process.poll() is None, "".join(lines)
                assert time.monotonic() < deadline, "".join(lines)
                time.sleep(0.05)
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(30)
            reader.join(10)
    return "".join(lines)


@pytest.mark.parametrize(
    ("options", "warned"),
    [
        pytest.param([], True, id="all-interfaces-no-token"),
        pytest.param(["--token-file", "TOKEN"], False, id="all-interfaces-with-token"),
    ],
)
def test_binding_all_interfaces_without_a_token_prints_a_loud_warning(tmp_path, options, warned):
    token = tmp_path / "token"
    token.write_text(TOKEN)
    options = [str(token) if option == "TOKEN" else option for option in options]
    argv = ["--reward", "aha", "--host", "0.0.0.0", "--port", "0", "--no-access-log", *options]
    stderr = _stderr_until_started(argv)
    message = "WARNING: serving on 0.0.0.0 without a token: anyone who can reach this address"
    assert (message in stderr) is warned


def test_warn_if_exposed_logs_for_exposed_settings_only(caplog):
    with caplog.at_level(logging.WARNING, logger="rewardkit.server"):
        assert warn_if_exposed(ServerSettings(rewards=REWARDS, host="10.1.2.3")) is True
        assert warn_if_exposed(ServerSettings(rewards=REWARDS, host="127.0.0.1")) is False
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        "WARNING: serving on 10.1.2.3 without a token: anyone who can reach this address can "
        "use this server. Bind 127.0.0.1, or pass --token-file."
    ]


def test_a_body_past_the_orjson_bound_is_parsed_by_json_with_the_same_result(served, monkeypatch):
    # orjson holds ~13x a body while parsing it: past the bound json parses it (~2x).
    import rewardkit.server.app as app_module

    body = json.dumps(_openrlhf(ROWS)).encode()
    with served.client() as client:
        fast = client.post("/get_reward", content=body)
        monkeypatch.setattr(app_module, "_ORJSON_MAX_BYTES", len(body) - 1)
        slow = client.post("/get_reward", content=body)
        bad = client.post("/get_reward", content=body[:-1])
        deep = client.post("/get_reward", content=b"[" * 50_000)
    assert fast.status_code == slow.status_code == 200
    assert slow.json() == fast.json()
    assert bad.status_code == 400
    assert "not valid JSON" in bad.json()["error"]
    assert deep.status_code == 400
    assert "not valid JSON" in deep.json()["error"]
