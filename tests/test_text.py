"""Tests for rewardkit.text: every completion and prompt format a trainer passes."""

from __future__ import annotations

import pytest
from hypothesis import given

from rewardkit.text import completion_text, prompt_text
from tests.strategies import completions


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        pytest.param("plain", "plain", id="string"),
        pytest.param("", "", id="empty-string"),
        pytest.param(b"caf\xc3\xa9 \xff", "café \ufffd", id="bytes-invalid-utf8"),
        pytest.param([{"role": "assistant", "content": "It is 4."}], "It is 4.", id="message"),
        pytest.param({"role": "assistant", "content": "single"}, "single", id="bare-mapping"),
        pytest.param(
            [{"role": "assistant", "content": "a"}, {"role": "assistant", "content": "b"}],
            "a\nb",
            id="several-assistant-messages",
        ),
        pytest.param(
            [
                {"role": "assistant", "content": "call"},
                {"role": "tool", "content": "TOOL OUTPUT"},
                {"role": "assistant", "content": "done"},
            ],
            "call\ndone",
            id="tool-messages-not-scored",
        ),
        pytest.param(
            [{"role": "user", "content": "prompt text"}, {"role": "assistant", "content": "x"}],
            "x",
            id="user-messages-not-scored",
        ),
        pytest.param(
            [{"role": "assistant", "content": "4", "reasoning_content": "2+2"}],
            "<think>\n2+2\n</think>\n4",
            id="reasoning_content",
        ),
        pytest.param(
            [{"role": "assistant", "content": "4", "thinking": "hmm"}],
            "<think>\nhmm\n</think>\n4",
            id="thinking-key",
        ),
        pytest.param(
            [{"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "image"}]}],
            "a",
            id="content-parts",
        ),
        pytest.param([{"content": "no role"}], "no role", id="missing-role"),
        pytest.param([{"role": "assistant", "content": None}], "", id="null-content"),
        pytest.param(None, "", id="none"),
        pytest.param(42, "", id="number"),
        pytest.param(["a", "b"], "a\nb", id="list-of-strings"),
    ],
)
def test_completion_text(completion: object, expected: str) -> None:
    assert completion_text(completion) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        pytest.param("What is 2+2?", "What is 2+2?", id="string"),
        pytest.param(
            [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}],
            "S\nU",
            id="every-role-counts",
        ),
        pytest.param({"role": "user", "content": "U"}, "U", id="bare-mapping"),
        pytest.param(b"bytes", "bytes", id="bytes"),
        pytest.param(None, "", id="none"),
    ],
)
def test_prompt_text(prompt: object, expected: str) -> None:
    assert prompt_text(prompt) == expected


@given(completions)
def test_completion_text_is_total(completion: object) -> None:
    assert isinstance(completion_text(completion), str)
    assert isinstance(prompt_text(completion), str)
