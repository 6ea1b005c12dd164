"""Tests for rewardkit.text: every completion and prompt format a trainer passes."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit.text import (
    _drop_marks_on_ascii,
    _invisible,
    _marks,
    completion_text,
    lower,
    normalize,
    prompt_text,
)
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


# --- normalize ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("plain ascii\n", "plain ascii\n", id="ascii-unchanged"),
        pytest.param("wa\u200bit", "wait", id="zero-width-space"),
        pytest.param("re\u00adcheck", "recheck", id="soft-hyphen"),
        pytest.param("\u2800\u2800x\u2800", "x", id="braille-blank"),
        pytest.param("\u202eright-to-left\u202c", "right-to-left", id="direction-marks"),
        pytest.param("w\u0335a\u0335i\u0335t\u0335", "wait", id="marks-on-ascii-letters"),
        pytest.param("\uff37\uff41\uff49\uff54\uff0c", "Wait,", id="full-width"),
        pytest.param("caf\u00e9 na\u0308ive", "caf\u00e9 n\u00e4ive", id="letters-kept"),
        pytest.param("\u0430ha", "\u0430ha", id="cyrillic-look-alike-kept"),
        pytest.param("x\ufe0f\U000e0101y", "xy", id="variation-selectors"),
        pytest.param("\ud800 lone", "\ud800 lone", id="lone-surrogate"),
    ],
)
def test_normalize_table(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_format_constant_covers_the_running_unicode_database() -> None:
    import re
    import sys
    import unicodedata

    from rewardkit.text import _FORMAT

    pattern = re.compile(f"[{_FORMAT}]")
    missing = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not pattern.match(chr(code))
    ]
    assert missing == []


@given(st.text())
def test_normalize_is_idempotent_and_total(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def _reference_normalize(text: str) -> str:
    """The rule of :func:`normalize` applied to the whole text, step by step."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    text = _invisible().sub("", text)
    return _marks().sub(_drop_marks_on_ascii, text)


# Characters where NFKC and the removals have work to do: combining marks (in and out of
# canonical order), compatibility characters, two-part vowel signs and Hangul jamo that compose
# with what precedes them, invisible characters, and ASCII between them.
_TRICKY = (
    "ae<=>1 \n"
    "\u0301\u0300\u0323\u0338\u0327\u0335\u034f\u200b\u00ad\ufe0f"
    "\u00e9\u00b2\u00bd\ufb01\uff41\u2460\u2126\u212b\u00a0\u3000"
    "\u0b47\u0b3e\u09c7\u09be\u1100\u1161\u11a8\uac00\u3131\u03c0\u00d7"
)


@settings(max_examples=500)
@given(st.text(alphabet=_TRICKY, max_size=24) | st.text(max_size=24))
def test_normalize_equals_the_whole_text_rule(text: str) -> None:
    assert normalize(text) == _reference_normalize(text)


def test_no_ascii_character_composes_with_what_follows_or_precedes_it() -> None:
    # what normalize's NFKC shortcut (text._nfkc_stable) relies on, in the running Unicode
    seconds = set()
    for code in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    assert not any(char.isascii() for char in seconds)
    starters = [char for char in seconds if unicodedata.combining(char) == 0]
    assert starters  # the two-part vowel signs
    for char in starters:
        for code in range(128):
            pair = chr(code) + char
            assert unicodedata.normalize("NFC", pair) == pair


def test_normalize_equals_the_whole_text_rule_on_real_completions(shared_data: Path) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["completion"] for line in handle]
    others = [text for text in texts if not text.isascii()]
    assert len(others) > 100
    for text in others:
        assert normalize(text) == _reference_normalize(text)


_CASES = "aZ \u03a3\u03c3\u0130\u212a\u1e9e\u00df\u00c9\u00e9\u03b8\u0398\u00b2\u00d7\u03c0\ud800"


@settings(max_examples=500)
@given(st.text(alphabet=_CASES, max_size=24) | st.text(max_size=24))
def test_lower_equals_str_lower(text: str) -> None:
    assert lower(text) == text.lower()


def test_lower_equals_str_lower_on_real_completions(shared_data: Path) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [normalize(json.loads(line)["completion"]) for line in handle]
    others = [text for text in texts if not text.isascii()]
    assert len(others) > 100
    for text in others:
        assert lower(text) == text.lower()
