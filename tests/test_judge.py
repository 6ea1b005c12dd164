"""rewardkit.judge against a stand-in OpenAI-compatible server started on a loopback port.

The stand-in answers from the text under evaluation: "yes" for a behaviour when the text holds
that behaviour's keyword (see ``KEYWORDS``), and misbehaves on request: ``FLAKY`` (HTTP 500 on
the first try of each prompt), ``RATE`` (429 with Retry-After first), ``DOWN`` (always 503),
``BAD`` (400), ``SLOW`` (answers after the client's timeout), ``MALFORMED`` (a body that is not
JSON), ``RAMBLE`` (an answer without a count).
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import rewardkit
from rewardkit import ConfigError, judge
from rewardkit.judge import (
    JUDGE_PROMPTS,
    AgreementReport,
    JudgeConfig,
    JudgeVerdict,
    judge_agreement,
    judge_texts,
    parse_count,
)

BEHAVIORS = ("verification", "backtracking", "subgoal_setting", "backward_chaining")
KEYWORDS = {
    "verification": "check",
    "backtracking": "try again",
    "subgoal_setting": "first",
    "backward_chaining": "work backward",
}
QUESTIONS = {
    "## Does verification?": "verification",
    "## Does backtrack?": "backtracking",
    "## Does subgoal setting?": "subgoal_setting",
    "## Does the text exhibit backward chaining?": "backward_chaining",
}


class StandIn:
    """The server's state: requests seen, in flight, and the release of slow answers."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: Counter[str] = Counter()  # by prompt
        self.inflight = 0
        self.max_inflight = 0
        self.authorization: set[str | None] = set()
        self.release = threading.Event()
        self.url = ""

    @property
    def total(self) -> int:
        return sum(self.requests.values())


def _text_of(prompt: str) -> str:
    start = prompt.index("\n", prompt.index("# Task to evaluate for ")) + 1
    return prompt[start : prompt.rindex("\n\n# Response")]


def _handler(state: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = payload["messages"][-1]["content"]
            with state.lock:
                state.requests[prompt] += 1
                tries = state.requests[prompt]
                state.inflight += 1
                state.max_inflight = max(state.max_inflight, state.inflight)
                state.authorization.add(self.headers.get("Authorization"))
            try:
                self._answer(payload, prompt, tries)
            finally:
                with state.lock:
                    state.inflight -= 1

        def _answer(self, payload: dict, prompt: str, tries: int) -> None:
            text = _text_of(prompt)
            behavior = next(b for q, b in QUESTIONS.items() if q in prompt)
            if "PARALLEL" in text:
                time.sleep(0.05)
            if "SLOW" in text:
                state.release.wait(5)
                return None
            if "DOWN" in text:
                return self._send(503, b"{}")
            if "BAD" in text:
                return self._send(400, b'{"error": "bad request"}')
            if "FLAKY" in text and tries == 1:
                return self._send(500, b"{}")
            if "RATE" in text and tries == 1:
                return self._send(429, b"{}", {"Retry-After": "0"})
            if "MALFORMED" in text:
                return self._send(200, b'{"choices": [ not json')
            if "RAMBLE" in text:
                content = "## Thoughts\nHard to say, maybe a few."
            else:
                count = text.count(KEYWORDS[behavior])
                content = (
                    f"## Thoughts\nlooked for {behavior}\n\n## Does it?\n"
                    f"{'yes' if count else 'no'}\n\n## Number of steps\n<count>{count}</count>"
                )
            body = {
                "model": payload["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
            }
            return self._send(200, json.dumps(body).encode())

    return Handler


@pytest.fixture
def stand_in():
    state = StandIn()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # a client that timed out hung up
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch):
    """Each test starts with an empty in-process cache, and talks to loopback without a proxy."""
    monkeypatch.setattr(judge, "_memory", {})
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


def config_for(state: StandIn, **overrides: object) -> JudgeConfig:
    settings: dict[str, object] = {"url": state.url, "model": "stand-in", "backoff": 0.0}
    settings.update(overrides)
    return JudgeConfig(**settings)  # type: ignore[arg-type]


def keyword_detect(text: str) -> dict[str, int]:
    """A pattern detector that sees verification as 'verify' and backtracking as 'try again'."""
    return {
        "verification": text.count("verify"),
        "backtracking": text.count("try again"),
        "subgoal_setting": 0,
        "backward_chaining": 0,
    }


# --- the prompts and the parser ---------------------------------------------------------------


def test_prompts_cover_the_behaviours_of_the_detector():
    assert tuple(JUDGE_PROMPTS) == tuple(rewardkit.behaviors("")) == BEHAVIORS


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_prompt_holds_one_text_slot_and_the_count_protocol(behavior):
    prompt = JUDGE_PROMPTS[behavior]
    assert prompt.count("{text}") == 1
    assert "<count>0</count>" in prompt
    assert sum(question in prompt for question in QUESTIONS) == 1


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        pytest.param("<count>3</count>", 3, id="bare"),
        pytest.param("## Number of steps\n<count> 0 </count>", 0, id="spaces-zero"),
        pytest.param("<count> [2] </count>", 2, id="template-brackets"),
        pytest.param("<COUNT>4</COUNT>", 4, id="upper-case"),
        pytest.param("first <count>1</count> then revised <count>2</count>", 2, id="last-wins"),
        pytest.param("<think>hm <count>7</count></think>\n<count>1</count>", 1, id="think-dropped"),
        pytest.param("reasoning <count>7</count> ...</think><count>0</count>", 0, id="lone-close"),
        pytest.param(
            "## Does verification?\nyes\n\n## Number\n<count>2</count>", 2, id="yes-agrees"
        ),
        pytest.param("## Does backtrack?\n**no**\n## Number\n<count>0</count>", 0, id="no-agrees"),
        pytest.param("## Does backtrack?\nno\n## Number\n<count>2</count>", None, id="no-but-2"),
        pytest.param(
            "## Does verification?\nyes\n## Number\n<count>0</count>", None, id="yes-but-0"
        ),
        pytest.param("There are two verification steps.", None, id="no-tag"),
        pytest.param("<count>two</count>", None, id="words"),
        pytest.param("<count>-1</count>", None, id="negative"),
        pytest.param("<count>1.5</count>", None, id="fraction"),
        pytest.param("<think><count>3</count></think>", None, id="only-in-thinking"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="not-a-string"),
    ],
)
def test_parse_count(answer, expected):
    assert parse_count(answer) == expected


def test_parse_count_is_total_on_hostile_answers():
    for answer in ("<count>" * 10_000, "\x00\ud800<count>1</count>", "<count>9" + "9" * 50):
        parse_count(answer)  # no exception, whatever the value


# --- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        pytest.param({"url": "localhost:8000"}, "url must be an http(s) URL", id="no-scheme"),
        pytest.param({"url": "ftp://host"}, "url must be an http(s) URL", id="ftp"),
        pytest.param({"url": 8000}, "url must be an http(s) URL", id="not-str"),
        pytest.param({"model": " "}, "model must be a non-empty string", id="blank-model"),
        pytest.param({"api_key_env": ""}, "api_key_env must be", id="empty-env"),
        pytest.param({"concurrency": 0}, "concurrency must be an integer >= 1; got 0", id="c0"),
        pytest.param({"concurrency": True}, "concurrency must be an integer", id="c-bool"),
        pytest.param({"retries": -1}, "retries must be an integer >= 0; got -1", id="r-neg"),
        pytest.param({"retries": 1.0}, "retries must be an integer", id="r-float"),
        pytest.param({"max_tokens": 0}, "max_tokens must be an integer >= 1", id="tokens"),
        pytest.param({"timeout": 0}, "timeout must be a finite number of seconds > 0", id="t0"),
        pytest.param({"timeout": float("inf")}, "timeout must be a finite", id="t-inf"),
        pytest.param({"timeout": "5"}, "timeout must be a finite", id="t-str"),
        pytest.param({"backoff": -0.5}, "backoff must be a finite number of seconds >= 0", id="b"),
        pytest.param({"backoff": float("nan")}, "backoff must be a finite", id="b-nan"),
        pytest.param({"cache_dir": 3}, "cache_dir must be a folder path or None; got 3", id="d"),
    ],
)
def test_bad_config_raises(overrides, message):
    settings = {"url": "http://127.0.0.1:8000", "model": "m", **overrides}
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        JudgeConfig(**settings)


@pytest.mark.parametrize(
    ("url", "endpoint"),
    [
        ("http://h:8000", "http://h:8000/v1/chat/completions"),
        ("http://h:8000/", "http://h:8000/v1/chat/completions"),
        ("https://api.example.com/v1", "https://api.example.com/v1/chat/completions"),
        ("http://h/v1/chat/completions", "http://h/v1/chat/completions"),
    ],
)
def test_endpoint_from_url(url, endpoint):
    assert JudgeConfig(url=url, model="m").endpoint == endpoint


def test_api_key_is_read_from_the_environment_and_sent(stand_in, monkeypatch):
    monkeypatch.setenv("RK_TEST_JUDGE_KEY", "sekret")
    config = config_for(stand_in, api_key_env="RK_TEST_JUDGE_KEY")
    assert "sekret" not in repr(config)
    asyncio.run(judge_texts(["x"], config))
    assert stand_in.authorization == {"Bearer sekret"}


def test_unset_api_key_raises_before_any_request(stand_in, monkeypatch):
    monkeypatch.delenv("RK_TEST_JUDGE_KEY", raising=False)
    config = config_for(stand_in, api_key_env="RK_TEST_JUDGE_KEY")
    with pytest.raises(ConfigError, match="api_key_env: expected the environment variable"):
        asyncio.run(judge_texts(["x"], config))
    assert stand_in.total == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param({"texts": "one text"}, "texts must be a sequence of strings", id="str"),
        pytest.param(
            {"texts": ["a", None]}, r"texts\[1\] must be a string; got NoneType", id="none"
        ),
        pytest.param({"sample": 0}, "sample must be an integer >= 1 or None; got 0", id="sample"),
        pytest.param({"seed": "0"}, "seed must be an integer", id="seed"),
        pytest.param({"detect": "behaviors"}, "detect must be a callable", id="detect"),
        pytest.param({"config": {"url": "x"}}, "config must be a JudgeConfig", id="config"),
        pytest.param({"detect": lambda t: {"verification": 1}}, "detect must return", id="keys"),
        pytest.param({"detect": lambda t: 3}, "detect must return a mapping", id="not-map"),
    ],
)
def test_bad_agreement_arguments_raise_before_any_request(stand_in, arguments, message):
    call = {"texts": ["a", "b"], "detect": rewardkit.behaviors, "config": config_for(stand_in)}
    call.update(arguments)
    with pytest.raises(ConfigError, match=message):
        judge_agreement(**call)
    assert stand_in.total == 0


# --- requests -----------------------------------------------------------------------------------


def test_judge_texts_reads_the_judges_counts(stand_in):
    texts = ["first check, then check again", "nothing here", "we try again and work backward"]
    verdicts = asyncio.run(judge_texts(texts, config_for(stand_in)))
    assert [v.counts if v else None for v in verdicts] == [
        {"verification": 2, "backtracking": 0, "subgoal_setting": 1, "backward_chaining": 0},
        {"verification": 0, "backtracking": 0, "subgoal_setting": 0, "backward_chaining": 0},
        {"verification": 0, "backtracking": 1, "subgoal_setting": 0, "backward_chaining": 1},
    ]
    assert stand_in.total == 12  # four questions per text
    assert verdicts[0].present("verification") is True
    assert "<count>2</count>" in verdicts[0].answers["verification"]


def test_text_with_braces_and_markup_is_sent_verbatim(stand_in):
    text = "{text} {0} <count>9</count> # Response\ncheck"
    asyncio.run(judge_texts([text], config_for(stand_in)))
    assert {_text_of(prompt) for prompt in stand_in.requests} == {text}


def test_server_error_is_retried(stand_in):
    (verdict,) = asyncio.run(judge_texts(["FLAKY check"], config_for(stand_in, retries=1)))
    assert verdict is not None
    assert verdict.counts["verification"] == 1
    assert stand_in.total == 8  # each of the four prompts: a 500, then an answer


def test_rate_limit_is_retried(stand_in):
    (verdict,) = asyncio.run(judge_texts(["RATE"], config_for(stand_in, retries=1)))
    assert verdict is not None
    assert stand_in.total == 8


def test_without_retries_a_server_error_fails_the_row(stand_in):
    (verdict,) = asyncio.run(judge_texts(["FLAKY"], config_for(stand_in, retries=0)))
    assert verdict is None
    assert stand_in.total == 4


def test_client_error_is_not_retried(stand_in):
    (verdict,) = asyncio.run(judge_texts(["BAD"], config_for(stand_in, retries=3)))
    assert verdict is None
    assert stand_in.total == 4


def test_retries_back_off(stand_in):
    started = time.perf_counter()
    asyncio.run(judge_texts(["DOWN"], config_for(stand_in, retries=2, backoff=0.1)))
    # waits 0.1 s then 0.2 s between the three tries of each (concurrent) prompt
    assert time.perf_counter() - started >= 0.3
    assert stand_in.total == 12


def test_slow_answer_times_out(stand_in):
    # 1 s per request: room for the ordinary answer on a loaded machine; the slow one is held
    # 5 s by the stand-in, so two timed-out tries (~2 s) end well before it would answer.
    config = config_for(stand_in, timeout=1.0, retries=1)
    started = time.perf_counter()
    verdicts = asyncio.run(judge_texts(["SLOW", "check"], config))
    assert time.perf_counter() - started < 4.5
    assert verdicts[0] is None
    assert verdicts[1] is not None
    assert verdicts[1].counts["verification"] == 1


def test_malformed_and_rambling_answers_are_unparsed_not_errors(stand_in):
    verdicts = asyncio.run(judge_texts(["MALFORMED", "RAMBLE"], config_for(stand_in)))
    malformed, ramble = verdicts
    assert malformed is not None
    assert ramble is not None
    assert set(malformed.counts.values()) == {None}
    assert set(malformed.answers.values()) == {None}
    assert set(ramble.counts.values()) == {None}
    assert all("Hard to say" in answer for answer in ramble.answers.values())
    assert malformed.present("verification") is None


def test_concurrency_is_limited(stand_in):
    texts = [f"PARALLEL {i}" for i in range(4)]
    asyncio.run(judge_texts(texts, config_for(stand_in, concurrency=2)))
    assert stand_in.total == 16
    assert stand_in.max_inflight == 2


# --- the cache ----------------------------------------------------------------------------------


def test_memory_cache_makes_a_second_run_free(stand_in):
    config = config_for(stand_in)
    first = asyncio.run(judge_texts(["check", "first"], config))
    assert stand_in.total == 8
    second = asyncio.run(judge_texts(["first", "check"], config))
    assert stand_in.total == 8
    assert [v.counts for v in second] == [v.counts for v in reversed(first)]


def test_a_text_repeated_in_one_run_is_asked_once(stand_in):
    verdicts = asyncio.run(judge_texts(["check", "check", "FLAKY", "FLAKY"], config_for(stand_in)))
    assert stand_in.total == 4 + 8  # "check" once; "FLAKY" once, with its retry
    assert verdicts[0] == verdicts[1]
    assert verdicts[2] == verdicts[3]


def test_cache_is_keyed_by_model(stand_in):
    asyncio.run(judge_texts(["check"], config_for(stand_in, model="a")))
    asyncio.run(judge_texts(["check"], config_for(stand_in, model="b")))
    assert stand_in.total == 8


def test_disk_cache_survives_the_process_cache(stand_in, tmp_path, monkeypatch):
    config = config_for(stand_in, cache_dir=tmp_path / "cache")
    first = asyncio.run(judge_texts(["check", "try again"], config))
    assert stand_in.total == 8
    monkeypatch.setattr(judge, "_memory", {})  # as in a new process
    second = asyncio.run(judge_texts(["check", "try again"], config))
    assert stand_in.total == 8
    assert [v.counts for v in second] == [v.counts for v in first]
    lines = (tmp_path / "cache" / "judge-cache.jsonl").read_text().splitlines()
    assert len(lines) == 8


def test_failures_and_malformed_bodies_are_not_cached(stand_in, tmp_path):
    config = config_for(stand_in, cache_dir=tmp_path, retries=0)
    asyncio.run(judge_texts(["FLAKY", "MALFORMED"], config))
    assert stand_in.total == 8
    asyncio.run(judge_texts(["FLAKY", "MALFORMED"], config))
    # the FLAKY prompts now succeed (second try) and are cached; MALFORMED is asked again
    assert stand_in.total == 16
    assert len((tmp_path / "judge-cache.jsonl").read_text().splitlines()) == 4


def test_corrupt_cache_lines_are_skipped(stand_in, tmp_path):
    (tmp_path / "judge-cache.jsonl").write_text('not json\n{"key": 1}\n[]\n{"key": "k"}\n')
    (verdict,) = asyncio.run(judge_texts(["check"], config_for(stand_in, cache_dir=tmp_path)))
    assert verdict is not None
    assert verdict.counts["verification"] == 1


# --- agreement ----------------------------------------------------------------------------------

TEXTS = [
    "let me check and verify",  # verification: both
    "verify only",  # verification: patterns only
    "check only",  # verification: judge only
    "try again please",  # backtracking: both
    "nothing at all",  # neither
]


def test_agreement_against_the_judge(stand_in):
    report = judge_agreement(TEXTS, keyword_detect, config_for(stand_in), sample=None)
    assert (report.rows_total, report.rows_sampled, report.rows_judged, report.rows_failed) == (
        5,
        5,
        5,
        0,
    )
    verification, backtracking, subgoal, _ = report.behaviors
    assert (verification.both, verification.patterns_only, verification.judge_only) == (1, 1, 1)
    assert verification.neither == 2
    assert verification.precision == 0.5
    assert verification.recall == 0.5
    assert verification.agreement == 0.6
    assert (backtracking.precision, backtracking.recall) == (1.0, 1.0)
    assert subgoal.precision is None
    assert subgoal.recall is None
    assert subgoal.agreement == 1.0


def test_agreement_counts_failed_rows_and_unparsed_answers(stand_in):
    texts = [*TEXTS, "DOWN", "BAD", "MALFORMED"]
    report = judge_agreement(texts, keyword_detect, config_for(stand_in, retries=1), sample=None)
    assert (report.rows_sampled, report.rows_judged, report.rows_failed) == (8, 6, 2)
    assert report.failures == {"HTTP 503": 4, "HTTP 400": 4}
    assert all(b.unparsed == 1 for b in report.behaviors)
    assert report.behaviors[0].precision == 0.5  # the failed and unparsed rows are left out
    assert "2 failed (HTTP 400: 4, HTTP 503: 4)" in report.format()


def test_seeded_sample(stand_in):
    texts = [f"text {i} check" for i in range(30)]
    config = config_for(stand_in)
    first = judge_agreement(texts, rewardkit.behaviors, config, sample=5, seed=3)
    assert (first.rows_total, first.rows_sampled, first.rows_judged) == (30, 5, 5)
    asked = set(stand_in.requests)
    assert len(asked) == 20
    judge_agreement(texts, rewardkit.behaviors, config, sample=5, seed=3)
    assert set(stand_in.requests) == asked  # the same rows, answered from the cache
    assert stand_in.total == 20
    judge_agreement(texts, rewardkit.behaviors, config, sample=5, seed=4)
    assert set(stand_in.requests) != asked


def test_sample_larger_than_the_texts_takes_them_all(stand_in):
    report = judge_agreement(TEXTS, keyword_detect, config_for(stand_in), sample=1000)
    assert report.rows_sampled == 5


def test_agreement_from_inside_a_running_loop(stand_in):
    async def notebook_cell() -> AgreementReport:
        return judge_agreement(TEXTS, keyword_detect, config_for(stand_in), sample=None)

    report = asyncio.run(notebook_cell())
    assert report.rows_judged == 5


def test_report_to_dict_is_json_and_matches_the_report(stand_in):
    report = judge_agreement(TEXTS, keyword_detect, config_for(stand_in), sample=None)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["model"] == "stand-in"
    assert data["rows_judged"] == 5
    assert list(data["behaviors"]) == list(BEHAVIORS)
    assert data["behaviors"]["verification"]["precision"] == 0.5
    assert data["behaviors"]["subgoal_setting"]["recall"] is None


def test_report_format_is_a_table():
    verdict = JudgeVerdict(
        counts={"verification": 2, "backtracking": 0, "subgoal_setting": 0, "backward_chaining": 1},
        answers={},
    )
    labels = {"verification": 1, "backtracking": 1, "subgoal_setting": 0, "backward_chaining": 0}
    report = AgreementReport.from_verdicts([labels, labels], [verdict, verdict], model="m")
    assert report.format() == (
        "judge m: 2 of 2 rows sampled, 2 judged, 0 failed\n"
        "behaviour          judge  patterns  both  precision  recall  agreement  unparsed\n"
        "verification           2         2     2       1.00    1.00       1.00         0\n"
        "backtracking           0         2     0       0.00       -       0.00         0\n"
        "subgoal_setting        0         0     0          -       -       1.00         0\n"
        "backward_chaining      2         0     0          -    0.00       0.00         0"
    )


def test_from_verdicts_refuses_mismatched_lengths():
    with pytest.raises(ConfigError, match="detected must hold one row per verdict"):
        AgreementReport.from_verdicts([{}], [])


def test_import_does_not_touch_the_network_or_httpx():
    code = "import sys, rewardkit.judge; print('httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_docs_example_output_is_current(monkeypatch, capsys):
    """docs/judge.md prints a table after its example; the example must still print it."""
    page = (Path(__file__).resolve().parents[1] / "docs" / "judge.md").read_text("utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
    namespace: dict[str, object] = {"__name__": "docs_judge"}
    for code in blocks:
        if not code.lstrip().startswith(">>>"):
            exec(compile(code, "docs/judge.md", "exec"), namespace)  # our own documentation
    shown = re.search(r"^prints\n\n```text\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
    assert shown is not None
    assert capsys.readouterr().out == shown.group(1)


def test_hostile_texts_are_judged_without_error(stand_in):
    texts = ["\ud800 lone surrogate check", "NUL \x00 check", "\u202e rtl", "check " * 40_000]
    verdicts = asyncio.run(judge_texts(texts, config_for(stand_in)))
    assert [v.counts["verification"] if v else None for v in verdicts] == [1, 1, 0, 40_000]


def test_judge_texts_refuses_a_config_that_is_not_one():
    with pytest.raises(ConfigError, match="config must be a JudgeConfig; got dict"):
        asyncio.run(judge_texts(["a"], {"url": "http://127.0.0.1:1"}))  # type: ignore[arg-type]
