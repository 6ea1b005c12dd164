r"""Calibrate the behaviour patterns against an LLM judge (an OpenAI-compatible chat endpoint).

A calibration tool, not a reward: it sends the judge prompts of *Cognitive Behaviors that Enable
Self-Improving Reasoners* (Gandhi et al., 2025) for a seeded sample of texts to a
``/v1/chat/completions`` endpoint (vLLM, SGLang, a hosted API), parses the judge's counts and
reports, per behaviour, the precision and recall of a pattern detector such as
:func:`rewardkit.behaviors` against the judge. This is the one module of rewardkit that does
network I/O; nothing here runs at import, and no reward imports it. It needs ``httpx``
(``pip install 'rewardkit[judge]'``).

The four prompts follow the paper's code (kanishkg/cognitive-behaviors, Apache-2.0:
``pretraining_analysis/prompts/*_v0.txt`` and the Countdown prompts of
``behavioral_evals/api_eval.py``). Changes: the text is introduced as a language model's
chain of reasoning instead of "text from the internet", and each prompt also lists the paper's
Countdown examples, so that one prompt serves math and Countdown.

Examples:
    >>> config = JudgeConfig(url="http://localhost:8000", model="judge")
    >>> config.endpoint
    'http://localhost:8000/v1/chat/completions'
    >>> parse_count("## Does verification?\nyes\n## Number of steps\n<count> 2 </count>")
    2
    >>> parse_count("I think there are two.") is None
    True
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import math
import numbers
import os
import random
import re
from collections import Counter
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from rewardkit.errors import ConfigError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "JUDGE_PROMPTS",
    "AgreementReport",
    "BehaviorAgreement",
    "JudgeConfig",
    "JudgeVerdict",
    "judge_agreement",
    "judge_texts",
    "parse_count",
]

_T = TypeVar("_T")

_SYSTEM = "You are a helpful assistant that analyzes mathematical reasoning."
_TEXT = "{text}"  # replaced with str.replace: a text may hold braces of its own

_FORMAT = """
# Task Format
Format your response in markdown as follows:

## Thoughts
[Brief description describing what behavior was noticed and where {what} occurred]

## {question}
[yes/no]

## Number of {unit}
<count> [1/2/...] </count>

# Task to evaluate for {title}
{text}

# Response
"""

_INTRO = (
    "# Task Description\n"
    "You will be provided with a chain of reasoning that a language model generated while "
    "solving a problem.\n"
)


def _prompt(body: str, *, what: str, question: str, unit: str, title: str) -> str:
    fmt = _FORMAT.replace("{what}", what).replace("{question}", question)
    return _INTRO + body + fmt.replace("{unit}", unit).replace("{title}", title)


#: The judge prompt of each behaviour (``{text}`` marks where the text goes), adapted from the
#: paper's prompts (kanishkg/cognitive-behaviors, Apache-2.0; see the module docstring).
JUDGE_PROMPTS: Mapping[str, str] = {
    "verification": _prompt(
        "Evaluate whether the text contains any verification steps. We want to mark instances "
        "where the writer explicitly checks their own work, such as by comparing the result to "
        "a known value or by checking the result of a calculation.\n\n"
        "Verification steps in mathematics might look like:\n"
        '- "Let\'s check our answer by substituting x = 3 back into the original equation."\n'
        "- \"To verify this is correct, I'll differentiate the antiderivative and confirm it "
        'matches the original function."\n'
        "- \"Let's test our formula with a simple case: when n = 1, we get f(1) = 2, which "
        'matches our expected result."\n'
        "- \"To ensure this solution is valid, I'll check if it satisfies all the given "
        'constraints."\n\n'
        "In the game of Countdown (reach a target number from given numbers), a verification "
        "step checks the current result against the target, for example: 'This sequence "
        "results in 1, which is not equal to 22' or 'Since 25 is not equal to 22'.\n\n"
        "If you find any verification steps, please count them and provide the count between "
        "the tags <count> </count>. If the text does not contain any verification steps, "
        "please provide a count of 0 as <count>0</count>.\n",
        what="answer verification may have",
        question="Does verification?",
        unit="answer verification steps",
        title="Verification",
    ),
    "backtracking": _prompt(
        "Evaluate whether the text contains any backtracking behavior, where the writer "
        "realizes a path won't work and explicitly goes back to try a different approach. An "
        'example of backtracking is: "Let me try again", "Wait", "I made a mistake", or "we '
        'need to try a different sequence of operations". We want to mark instances where the '
        "writer abandons a thought and backtracks to a previous computation.\n\n"
        "Backtracking in mathematics might look like:\n"
        '- "I started with the wrong formula. Let\'s use integration by parts instead."\n'
        '- "This approach leads to a contradiction. Going back to the original equation..."\n'
        '- "I see the error in my calculation. Let\'s recalculate using..."\n'
        "- \"This algebraic manipulation isn't simplifying as expected. Let's try factoring "
        'differently."\n\n'
        "Count the number of distinct backtracking instances and provide the count between "
        "the tags <count> </count>. If the writer does not backtrack, please provide a count "
        "of 0 as <count>0</count>.\n",
        what="backtracking",
        question="Does backtrack?",
        unit="backtrack steps",
        title="backtracking",
    ),
    "subgoal_setting": _prompt(
        "Evaluate whether the text contains any explicit subgoal setting, where the writer "
        "breaks down the problem into smaller, intermediate goals.\n\n"
        "Subgoal setting in mathematics might look like:\n"
        '- "First, we need to find the derivative of f(x), then we can determine where it '
        'equals zero."\n'
        "- \"To solve this system of equations, let's first isolate x in the first equation, "
        'then substitute it into the second."\n'
        "- \"Let's tackle this proof in three parts: (1) prove for the base case, (2) establish "
        'the induction hypothesis, and (3) prove the inductive step."\n'
        "- \"To calculate this integral, I'll first use substitution to simplify, then apply "
        'the power rule."\n'
        "In the game of Countdown, an example of subgoal setting is: \"First, I'll try to get "
        'close to 12, then..."\n\n'
        "If you find any subgoal steps, please count them and provide the count between the "
        "tags <count> </count>. If the text does not contain any subgoal setting, please "
        "provide a count of 0 as <count>0</count>.\n",
        what="subgoal setting may have",
        question="Does subgoal setting?",
        unit="subgoal setting steps",
        title="Subgoal Setting",
    ),
    "backward_chaining": _prompt(
        "Evaluate whether the text contains any backward-chaining behavior, where the writer "
        "is working towards a goal but starts from the goal and works backward.\n\n"
        "Backward-chaining in mathematics might look like:\n"
        "- \"To solve this equation, let's start with what we want to prove: x = 4. Working "
        "backward, if x = 4, then x² - 5x + 4 = 0 must be true. Let's verify this.\"\n"
        "- \"If we want to find a function whose derivative is 2x + 3, let's start with the "
        "desired result and work backward. The derivative of x² + 3x + C would give us "
        '2x + 3."\n'
        "- \"To prove this triangle is a right triangle, I'll start by assuming the Pythagorean "
        'theorem holds (c² = a² + b²) and check if our side lengths satisfy this condition."\n'
        '- "To determine the initial velocity, I know the ball reaches a height of 20 meters. '
        "Working backward from this final state using the kinematic equation h = vt - 0.5gt², "
        'I can solve for the initial velocity v."\n'
        "In the game of Countdown, examples of backward chaining are, when the target is 24 "
        "and the numbers are 12 and 2: \"Let's work backwards from the target. 24/2 = 12. So, "
        '12*2=24." and, when the target is 22 and the numbers are 25 and 3: "Since the target '
        'is 22, and 22 + 3 = 25, ...".\n\n'
        "Count the number of distinct backward-chaining instances and provide the count "
        "between the tags <count></count>. If the reasoning does not contain any "
        "backward-chaining behavior, provide a count of 0 as <count>0</count>.\n",
        what="backward chaining may have",
        question="Does the text exhibit backward chaining?",
        unit="backward chaining instances",
        title="backward chaining",
    ),
}

#: The behaviours, in the order of :func:`rewardkit.behaviors` and of every report.
_BEHAVIORS: tuple[str, ...] = tuple(JUDGE_PROMPTS)

_THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_COUNT = re.compile(r"<count>\s*\[?\s*(\d{1,9})\s*\]?\s*</count>", re.IGNORECASE)
_YES_NO = re.compile(
    r"^\s*#+\s*does\b[^\n]*\?\s*\n(?:\s*\n)*\s*\[?\s*\**\s*(yes|no)\b",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_ANSWER = 100_000  # characters of a judge answer that are parsed
_MAX_DELAY = 60.0  # seconds: the longest back-off or Retry-After honoured
_RETRY_STATUS = frozenset({408, 409, 425, 429})


def parse_count(answer: str) -> int | None:
    r"""The judge's count in ``answer``, or ``None`` when the answer cannot be read.

    Rule: drop ``<think>...</think>`` blocks (and everything up to a lone ``</think>``); the
    count is the last ``<count>N</count>`` tag (``<count> [2] </count>`` is read too). When the
    answer also says yes or no under a ``## Does ...?`` heading and that contradicts the count
    (``no`` with a count above 0, ``yes`` with 0), the answer is unreadable.

    Args:
        answer: the judge's reply (the message content).

    Returns:
        The count (``>= 0``), or ``None`` when there is no count tag, the answer is not a
        string, or it contradicts itself; never raises.

    Examples:
        >>> parse_count("<think>maybe <count>9</count></think>## Thoughts\nok\n<count>1</count>")
        1
        >>> parse_count("## Does backtrack?\nno\n## Number of backtrack steps\n<count>2</count>")
        >>> parse_count("<count>zero</count>") is None
        True
    """
    if not isinstance(answer, str):
        return None  # type: ignore[unreachable]  # callers may pass anything
    text = answer[:_MAX_ANSWER]
    text = _THINK.sub("", text)
    closing = text.lower().rfind("</think>")
    if closing >= 0:
        text = text[closing + len("</think>") :]
    counts = _COUNT.findall(text)
    if not counts:
        return None
    count = int(counts[-1])
    said = _YES_NO.findall(text)
    if said and (said[-1].lower() == "yes") != (count > 0):
        return None
    return count


@dataclass(frozen=True, slots=True, kw_only=True)
class JudgeConfig:
    """Where and how to ask the judge.

    Args:
        url: the server's base URL (``http://host:8000``), its ``/v1`` root or the full
            ``/v1/chat/completions`` address; http or https.
        model: the model name the server expects.
        api_key_env: the name of an environment variable holding the API key (sent as a
            bearer token); read when the requests start, never stored. ``None``: no key.
        concurrency: requests in flight at most.
        timeout: seconds a request may take, wall clock (connect to last byte).
        retries: further attempts after a request times out, cannot connect, or gets HTTP 429
            or 5xx (also 408, 409, 425); other statuses fail at once.
        backoff: seconds before the first retry; doubled on each further retry (at most 60 s).
            A ``Retry-After`` header in seconds is honoured when longer (also at most 60 s).
        max_tokens: the judge's answer length limit (raise it for a reasoning judge).
        cache_dir: a folder for the on-disk answer cache (``judge-cache.jsonl``); ``None``: the
            in-process cache only.

    Raises:
        ConfigError: an argument is outside the ranges above.

    Examples:
        >>> JudgeConfig(url="localhost:8000", model="m")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: url must be an http(s) URL such as \
'http://localhost:8000'; got 'localhost:8000'
    """

    url: str
    model: str
    api_key_env: str | None = None
    concurrency: int = 8
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0
    max_tokens: int = 512
    cache_dir: str | os.PathLike[str] | None = None

    def __post_init__(self) -> None:
        """Validate every field (see the class docstring)."""
        parts = urlsplit(self.url) if isinstance(self.url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            msg = f"url must be an http(s) URL such as 'http://localhost:8000'; got {self.url!r}"
            raise ConfigError(msg)
        if not isinstance(self.model, str) or not self.model.strip():
            msg = f"model must be a non-empty string; got {self.model!r}"
            raise ConfigError(msg)
        if self.api_key_env is not None and (
            not isinstance(self.api_key_env, str) or not self.api_key_env
        ):
            msg = (
                "api_key_env must be an environment variable name or None; "
                f"got {self.api_key_env!r}"
            )
            raise ConfigError(msg)
        for name, minimum in (("concurrency", 1), ("retries", 0), ("max_tokens", 1)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
                msg = f"{name} must be an integer >= {minimum}; got {value!r}"
                raise ConfigError(msg)
        for name, expected in (("timeout", "> 0"), ("backoff", ">= 0")):
            value = getattr(self, name)
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if (
                not number
                or not math.isfinite(value)
                or value < 0
                or (value == 0 and name == "timeout")
            ):
                msg = f"{name} must be a finite number of seconds {expected}; got {value!r}"
                raise ConfigError(msg)
        folder: object = self.cache_dir  # typed, but callers may pass anything
        if folder is not None and not isinstance(folder, (str, os.PathLike)):
            msg = f"cache_dir must be a folder path or None; got {folder!r}"
            raise ConfigError(msg)

    @property
    def endpoint(self) -> str:
        """The chat-completions address derived from :attr:`url`."""
        base = self.url.rstrip("/")
        if base.endswith("/chat/completions"):
            return base
        if base.endswith("/v1"):
            return base + "/chat/completions"
        return base + "/v1/chat/completions"


@dataclass(frozen=True, slots=True)
class JudgeVerdict:
    """The judge's answers for one text.

    Attributes:
        counts: per behaviour, the judge's count, or ``None`` when its answer was unreadable
            (no count tag, a self-contradiction, or a malformed response body).
        answers: per behaviour, the judge's raw reply, or ``None`` for a malformed body.

    Examples:
        >>> verdict = JudgeVerdict(counts={"verification": 2, "backtracking": None}, answers={})
        >>> verdict.present("verification"), verdict.present("backtracking")
        (True, None)
    """

    counts: Mapping[str, int | None]
    answers: Mapping[str, str | None] = field(repr=False)

    def present(self, behavior: str) -> bool | None:
        """Whether the judge saw ``behavior`` (count > 0); ``None`` when unreadable."""
        count = self.counts.get(behavior)
        return None if count is None else count > 0


@dataclass(frozen=True, slots=True)
class BehaviorAgreement:
    """The patterns against the judge for one behaviour (the judge is the reference).

    Attributes:
        behavior: the behaviour's name.
        both: rows where both saw it (true positives).
        patterns_only: rows only the patterns flagged (false positives).
        judge_only: rows only the judge flagged (false negatives).
        neither: rows neither flagged.
        unparsed: judged rows whose answer for this behaviour was unreadable (left out).

    Examples:
        >>> row = BehaviorAgreement(behavior="verification", both=6, patterns_only=2,
        ...                         judge_only=4, neither=8, unparsed=1)
        >>> row.precision, row.recall, row.agreement
        (0.75, 0.6, 0.7)
    """

    behavior: str
    both: int
    patterns_only: int
    judge_only: int
    neither: int
    unparsed: int

    @property
    def precision(self) -> float | None:
        """``both / (both + patterns_only)``; ``None`` when the patterns flagged no row."""
        flagged = self.both + self.patterns_only
        return self.both / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        """``both / (both + judge_only)``; ``None`` when the judge flagged no row."""
        seen = self.both + self.judge_only
        return self.both / seen if seen else None

    @property
    def agreement(self) -> float | None:
        """The fraction of compared rows on which both agree; ``None`` when none compared."""
        rows = self.both + self.patterns_only + self.judge_only + self.neither
        return (self.both + self.neither) / rows if rows else None


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Per-behaviour agreement of a pattern detector with the judge over a sample of rows.

    Attributes:
        rows_total: the rows offered.
        rows_sampled: the rows sent to the judge.
        rows_judged: sampled rows with every request answered (their answers may still be
            unreadable for some behaviours: see :attr:`BehaviorAgreement.unparsed`).
        rows_failed: sampled rows left out because a request failed after its retries.
        failures: why requests failed, with counts (``{"timeout": 2, "HTTP 500": 1}``).
        behaviors: one :class:`BehaviorAgreement` per behaviour.
        model: the judge's model name.
    """

    rows_total: int
    rows_sampled: int
    rows_judged: int
    rows_failed: int
    failures: Mapping[str, int]
    behaviors: tuple[BehaviorAgreement, ...]
    model: str = ""

    @classmethod
    def from_verdicts(
        cls,
        detected: Sequence[Mapping[str, int]],
        verdicts: Sequence[JudgeVerdict | None],
        *,
        rows_total: int | None = None,
        failures: Mapping[str, int] | None = None,
        model: str = "",
    ) -> AgreementReport:
        """Compare pattern counts with the judge's verdicts, row by row.

        Args:
            detected: the pattern counts of each row (``behaviors(text)``).
            verdicts: the judge's verdict of each row (``None``: the row failed).
            rows_total: the rows the sample was drawn from (default: ``len(verdicts)``).
            failures: failure reasons with counts, copied into the report.
            model: the judge's model name, copied into the report.

        Returns:
            The report; a behaviour counts as present when its count is above 0.

        Raises:
            ConfigError: ``detected`` and ``verdicts`` differ in length.

        Examples:
            >>> verdict = JudgeVerdict(
            ...     counts={"verification": 1, "backtracking": 0,
            ...             "subgoal_setting": None, "backward_chaining": 0},
            ...     answers={})
            >>> labels = {"verification": 2, "backtracking": 1,
            ...           "subgoal_setting": 0, "backward_chaining": 0}
            >>> report = AgreementReport.from_verdicts([labels, labels], [verdict, None])
            >>> report.rows_judged, report.rows_failed
            (1, 1)
            >>> [(b.behavior, b.precision, b.recall) for b in report.behaviors][:2]
            [('verification', 1.0, 1.0), ('backtracking', 0.0, None)]
        """
        if len(detected) != len(verdicts):
            msg = (
                f"detected must hold one row per verdict; got {len(detected)} rows "
                f"for {len(verdicts)} verdicts"
            )
            raise ConfigError(msg)
        tallies = {name: Counter[str]() for name in _BEHAVIORS}
        judged = 0
        for labels, verdict in zip(detected, verdicts, strict=True):
            if verdict is None:
                continue
            judged += 1
            for name in _BEHAVIORS:
                judge = verdict.present(name)
                if judge is None:
                    tallies[name]["unparsed"] += 1
                    continue
                patterns = labels.get(name, 0) > 0
                cell = {(True, True): "both", (True, False): "patterns_only"}.get(
                    (patterns, judge), "judge_only" if judge else "neither"
                )
                tallies[name][cell] += 1
        return cls(
            rows_total=len(verdicts) if rows_total is None else rows_total,
            rows_sampled=len(verdicts),
            rows_judged=judged,
            rows_failed=len(verdicts) - judged,
            failures=dict(failures or {}),
            behaviors=tuple(
                BehaviorAgreement(
                    behavior=name,
                    both=tally["both"],
                    patterns_only=tally["patterns_only"],
                    judge_only=tally["judge_only"],
                    neither=tally["neither"],
                    unparsed=tally["unparsed"],
                )
                for name, tally in tallies.items()
            ),
            model=model,
        )

    def to_dict(self) -> dict[str, object]:
        """The report as plain JSON-ready data (rates included, ``None`` when undefined).

        Examples:
            >>> report = AgreementReport.from_verdicts([], [])
            >>> report.to_dict()["rows_judged"], report.to_dict()["behaviors"]["backtracking"]
            (0, {'both': 0, 'patterns_only': 0, 'judge_only': 0, 'neither': 0, 'unparsed': 0, \
'precision': None, 'recall': None, 'agreement': None})
        """
        return {
            "model": self.model,
            "rows_total": self.rows_total,
            "rows_sampled": self.rows_sampled,
            "rows_judged": self.rows_judged,
            "rows_failed": self.rows_failed,
            "failures": dict(self.failures),
            "behaviors": {
                b.behavior: {
                    "both": b.both,
                    "patterns_only": b.patterns_only,
                    "judge_only": b.judge_only,
                    "neither": b.neither,
                    "unparsed": b.unparsed,
                    "precision": b.precision,
                    "recall": b.recall,
                    "agreement": b.agreement,
                }
                for b in self.behaviors
            },
        }

    def format(self) -> str:
        """The report as a plain-text table, one row per behaviour (``-``: undefined rate).

        Examples:
            >>> print(AgreementReport.from_verdicts([], [], rows_total=10).format())
            judge: 0 of 10 rows sampled, 0 judged, 0 failed
            behaviour          judge  patterns  both  precision  recall  agreement  unparsed
            verification           0         0     0          -       -          -         0
            backtracking           0         0     0          -       -          -         0
            subgoal_setting        0         0     0          -       -          -         0
            backward_chaining      0         0     0          -       -          -         0
        """

        def rate(value: float | None) -> str:
            return "-" if value is None else f"{value:.2f}"

        failures = ", ".join(f"{why}: {n}" for why, n in sorted(self.failures.items()))
        judge = f"judge {self.model}" if self.model else "judge"
        lines = [
            f"{judge}: {self.rows_sampled} of {self.rows_total} rows sampled, "
            f"{self.rows_judged} judged, {self.rows_failed} failed"
            + (f" ({failures})" if failures else ""),
            f"{'behaviour':<17} {'judge':>6} {'patterns':>9} {'both':>5} {'precision':>10} "
            f"{'recall':>7} {'agreement':>10} {'unparsed':>9}",
        ]
        lines.extend(
            f"{b.behavior:<17} {b.both + b.judge_only:>6} {b.both + b.patterns_only:>9} "
            f"{b.both:>5} {rate(b.precision):>10} {rate(b.recall):>7} "
            f"{rate(b.agreement):>10} {b.unparsed:>9}"
            for b in self.behaviors
        )
        return "\n".join(lines)


# --- the cache -------------------------------------------------------------------------------

_CACHE_FILE = "judge-cache.jsonl"
_MEMORY_LIMIT = 100_000
_memory: dict[str, str] = {}


def _cache_key(model: str, prompt: str) -> str:
    """sha256 of the model name and the full prompt (which holds the text)."""
    return hashlib.sha256(f"{model}\x00{prompt}".encode("utf-8", "surrogatepass")).hexdigest()


def _load_disk(folder: Path) -> dict[str, str]:
    """The answers stored in ``folder``; unreadable lines are skipped."""
    path = folder / _CACHE_FILE
    found: dict[str, str] = {}
    if not path.is_file():
        return found
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if (
                isinstance(entry, dict)
                and isinstance(entry.get("key"), str)
                and isinstance(entry.get("answer"), str)
            ):
                found[entry["key"]] = entry["answer"]
    return found


def _remember(key: str, answer: str) -> None:
    if len(_memory) >= _MEMORY_LIMIT:
        _memory.pop(next(iter(_memory), ""), None)  # oldest first; another thread may race
    _memory[key] = answer


# --- the requests ----------------------------------------------------------------------------


class _FailedError(Exception):
    """A request that failed for good (after its retries); the message is the reason."""


_MALFORMED = object()  # an answered request whose body is not a chat completion


def _content(body: bytes) -> str | object:
    """The first choice's message content, or ``_MALFORMED``."""
    try:
        data = json.loads(body)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return _MALFORMED
    return content if isinstance(content, str) else _MALFORMED


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    try:
        seconds = float(value)
    except ValueError:
        return 0.0
    return min(seconds, _MAX_DELAY) if math.isfinite(seconds) and seconds > 0 else 0.0


async def _ask(
    client: httpx.AsyncClient,
    config: JudgeConfig,
    prompt: str,
    semaphore: asyncio.Semaphore,
    headers: Mapping[str, str],
) -> str | object:
    """One prompt to the judge with retries: its content, ``_MALFORMED``, or raise _FailedError."""
    import httpx

    # ASCII JSON: a lone surrogate or NUL in model output is escaped, never an encoding error
    payload = {
        "model": config.model,
        "messages": [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": prompt},
        ],
        "temperature": 0.0,
        "max_tokens": config.max_tokens,
    }
    body = json.dumps(payload, ensure_ascii=True).encode("ascii")
    headers = {"Content-Type": "application/json", **headers}
    reason = "no attempt"
    for attempt in range(config.retries + 1):
        wait = 0.0
        async with semaphore:
            try:
                response = await asyncio.wait_for(
                    client.post(config.endpoint, content=body, headers=headers),
                    timeout=config.timeout,
                )
            except (asyncio.TimeoutError, httpx.TimeoutException):
                reason = "timeout"
            except httpx.HTTPError as error:
                reason = type(error).__name__
            else:
                if response.status_code == 200:
                    return _content(response.content)
                reason = f"HTTP {response.status_code}"
                if response.status_code < 500 and response.status_code not in _RETRY_STATUS:
                    raise _FailedError(reason)
                wait = _retry_after(response)
        if attempt < config.retries:
            await asyncio.sleep(max(wait, min(config.backoff * 2**attempt, _MAX_DELAY)))
    raise _FailedError(reason)


def _client(config: JudgeConfig) -> httpx.AsyncClient:
    try:
        import httpx  # optional dependency, imported at first use
    except ModuleNotFoundError as error:  # pragma: no cover - httpx is in the dev extra
        msg = "the judge needs httpx: pip install 'rewardkit[judge]'"
        raise ModuleNotFoundError(msg) from error
    limits = httpx.Limits(
        max_connections=config.concurrency, max_keepalive_connections=config.concurrency
    )
    return httpx.AsyncClient(timeout=config.timeout, limits=limits)


def _headers(config: JudgeConfig) -> dict[str, str]:
    if config.api_key_env is None:
        return {}
    key = os.environ.get(config.api_key_env)
    if not key:
        msg = (
            f"api_key_env: expected the environment variable {config.api_key_env!r} to hold "
            "the API key; got it unset or empty"
        )
        raise ConfigError(msg)
    return {"Authorization": f"Bearer {key}"}


def _check_texts(texts: object) -> list[str]:
    if isinstance(texts, str) or not isinstance(texts, Sequence):
        msg = f"texts must be a sequence of strings; got {type(texts).__name__}"
        raise ConfigError(msg)
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            msg = f"texts[{index}] must be a string; got {type(text).__name__}"
            raise ConfigError(msg)
    return list(texts)


async def _judge(
    texts: Sequence[str], config: JudgeConfig
) -> tuple[list[JudgeVerdict | None], Counter[str]]:
    """The verdicts of ``texts`` and the reasons of failed requests."""
    headers = _headers(config)
    folder = None if config.cache_dir is None else Path(config.cache_dir)
    disk = {} if folder is None else _load_disk(folder)
    prompts = [[JUDGE_PROMPTS[name].replace(_TEXT, text) for name in _BEHAVIORS] for text in texts]
    keys = [[_cache_key(config.model, prompt) for prompt in row] for row in prompts]
    failures: Counter[str] = Counter()
    semaphore = asyncio.Semaphore(config.concurrency)
    new: dict[str, str] = {}
    asked: dict[str, asyncio.Task[str | object]] = {}  # a prompt repeated in this run: once

    async def answer(client: httpx.AsyncClient, key: str, prompt: str) -> str | object:
        cached = _memory.get(key, disk.get(key))
        if cached is not None:
            _remember(key, cached)
            return cached
        if key not in asked:
            asked[key] = asyncio.ensure_future(ask(client, key, prompt))
        return await asked[key]

    async def ask(client: httpx.AsyncClient, key: str, prompt: str) -> str | object:
        try:
            content = await _ask(client, config, prompt, semaphore, headers)
        except _FailedError as error:
            failures[str(error)] += 1
            raise
        if isinstance(content, str):
            _remember(key, content)
            new[key] = content
        return content

    async def row(client: httpx.AsyncClient, index: int) -> JudgeVerdict | None:
        outcomes = await asyncio.gather(
            *(answer(client, k, p) for k, p in zip(keys[index], prompts[index], strict=True)),
            return_exceptions=True,
        )
        if any(isinstance(outcome, BaseException) for outcome in outcomes):
            for outcome in outcomes:
                if isinstance(outcome, BaseException) and not isinstance(outcome, _FailedError):
                    raise outcome
            return None
        answers = {
            n: o if isinstance(o, str) else None for n, o in zip(_BEHAVIORS, outcomes, strict=True)
        }
        counts = {n: None if a is None else parse_count(a) for n, a in answers.items()}
        return JudgeVerdict(counts=counts, answers=answers)

    try:
        async with _client(config) as client:
            verdicts = list(await asyncio.gather(*(row(client, i) for i in range(len(texts)))))
    finally:
        if folder is not None and new:
            folder.mkdir(parents=True, exist_ok=True)
            with (folder / _CACHE_FILE).open("a", encoding="utf-8") as out:
                out.writelines(
                    json.dumps({"key": key, "answer": value}) + "\n" for key, value in new.items()
                )
    return verdicts, failures


async def judge_texts(texts: Sequence[str], config: JudgeConfig) -> list[JudgeVerdict | None]:
    """Ask the judge the paper's four questions about each text.

    Each text costs four requests (one per behaviour, as in the paper), unless the cache holds
    the answer: answers are cached by ``sha256(model + prompt)`` (the prompt holds the text) in
    this process and, with ``config.cache_dir``, in a JSON-lines file there, read at the start
    and appended at the end; a text repeated in ``texts`` is asked once. A request that fails for
    good is not cached.

    Args:
        texts: the texts to judge.
        config: the endpoint and the request policy.

    Returns:
        One verdict per text, in order; ``None`` for a text whose requests did not all get an
        answer (after the retries). An answer that cannot be read is a ``None`` count inside
        the verdict, never an exception.

    Raises:
        ConfigError: ``texts`` is not a sequence of strings, ``config`` is not a
            :class:`JudgeConfig`, or its ``api_key_env`` names an unset variable.

    Examples:
        A server that cannot be reached fails the row; nothing raises:

        >>> import asyncio
        >>> config = JudgeConfig(url="http://127.0.0.1:9", model="m", retries=0, timeout=5)
        >>> asyncio.run(judge_texts(["Let me check: 3 * 4 = 12."], config))
        [None]
    """
    rows = _check_texts(texts)
    _check_config(config)
    verdicts, _ = await _judge(rows, config)
    return verdicts


def _run(coroutine: Coroutine[object, object, _T]) -> _T:
    """Run ``coroutine`` to completion, on a helper thread when this thread runs a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _check_config(config: object) -> None:
    if not isinstance(config, JudgeConfig):
        msg = f"config must be a JudgeConfig; got {type(config).__name__}"
        raise ConfigError(msg)


def _check_labels(labels: object, index: int) -> Mapping[str, int]:
    if not isinstance(labels, Mapping) or any(
        isinstance(labels.get(name), bool) or not isinstance(labels.get(name), numbers.Integral)
        for name in _BEHAVIORS
    ):
        msg = (
            f"detect must return a mapping of {list(_BEHAVIORS)} to counts; "
            f"got {labels!r} for texts[{index}]"
        )
        raise ConfigError(msg)
    return labels


def judge_agreement(
    texts: Sequence[str],
    detect: Callable[[str], Mapping[str, int]],
    config: JudgeConfig,
    *,
    sample: int | None = 200,
    seed: int = 0,
) -> AgreementReport:
    """Measure a pattern detector against the judge on a seeded sample of texts.

    Draws ``sample`` rows with ``random.Random(seed)`` (all rows when ``sample`` is ``None`` or
    at least ``len(texts)``), runs ``detect`` on them first (so a wrong detector fails before
    any request), judges them with :func:`judge_texts` and compares row by row: a behaviour is
    present when its count is above 0; the judge is the reference.

    Synchronous. Called from a thread that runs an event loop (a notebook, an async server),
    it runs its own loop on a helper thread and blocks the caller until done; in async code,
    ``await judge_texts(...)`` and build the report with
    :meth:`AgreementReport.from_verdicts` instead.

    Args:
        texts: the texts (completions) to sample from.
        detect: the pattern detector, e.g. :func:`rewardkit.behaviors`; it must return a count
            for each of the four behaviours.
        config: the judge endpoint and request policy.
        sample: rows to judge (``>= 1``), or ``None`` for all.
        seed: the sampling seed.

    Returns:
        The :class:`AgreementReport`; failed rows and unreadable answers are counted in it.

    Raises:
        ConfigError: a bad argument, or ``detect`` returned something else than counts.

    Examples:
        >>> from rewardkit import behaviors
        >>> config = JudgeConfig(url="http://127.0.0.1:9", model="m", retries=0, timeout=5)
        >>> report = judge_agreement(["a", "b", "c"], behaviors, config, sample=2)
        >>> report.rows_sampled, report.rows_failed, dict(report.failures)
        (2, 2, {'ConnectError': 8})
    """
    rows = _check_texts(texts)
    if sample is not None and (
        isinstance(sample, bool) or not isinstance(sample, int) or sample < 1
    ):
        msg = f"sample must be an integer >= 1 or None; got {sample!r}"
        raise ConfigError(msg)
    if isinstance(seed, bool) or not isinstance(seed, int):
        msg = f"seed must be an integer; got {seed!r}"
        raise ConfigError(msg)
    given: tuple[object, object] = (detect, config)  # typed, but callers may pass anything
    if not callable(given[0]):
        msg = f"detect must be a callable text -> counts; got {type(detect).__name__}"
        raise ConfigError(msg)
    _check_config(given[1])
    picked = list(range(len(rows)))
    if sample is not None and sample < len(rows):
        picked = sorted(random.Random(seed).sample(picked, sample))
    chosen = [rows[i] for i in picked]
    detected = [_check_labels(detect(text), i) for i, text in zip(picked, chosen, strict=True)]
    verdicts, failures = _run(_judge(chosen, config))
    return AgreementReport.from_verdicts(
        detected, verdicts, rows_total=len(rows), failures=failures, model=config.model
    )
