"""``aha`` on one ASCII text: the one-call path equals the span-window path (issue 18).

A text without any gate word is answered by the literal gate scan alone."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from rewardkit import aha, aha_score
from rewardkit.keywords import RECIPE_KEYWORDS
from rewardkit.reflect import matching
from rewardkit.reflect.recipe import _AHA
from rewardkit.reflect.scan import GateScan, fast_backend, set_fast

_PIECES = st.one_of(
    st.sampled_from(RECIPE_KEYWORDS),
    st.sampled_from(RECIPE_KEYWORDS).map(str.upper),
    st.sampled_from(RECIPE_KEYWORDS).map(lambda k: k.replace(" ", "\n  ").replace("'", "`")),
    st.sampled_from(["Mahabharata", "recheckable", "but waiting", "x = 2.", "aha!", "let s try"]),
    st.text(alphabet="abcdehikrstwy '`\t\n.,!-", max_size=12),
)
_ASCII_TEXTS = st.lists(_PIECES, max_size=12).map(" ".join)


@given(_ASCII_TEXTS)
@example("But wait, the sign is wrong.")
@example("Mahabharata")
@example("aha " * 300)  # more source matches than a span scan reports: the other path
def test_one_call_path_equals_the_window_path(text: str) -> None:
    matcher = _AHA.matcher
    quick = matcher._any_ascii(text)
    windows = matcher.windows(text)
    if windows is None:
        assert quick is None  # any() takes its other path (the next test checks the score)
    else:
        assert quick == matcher._any_near(text, windows) == matcher.any(text)


@given(_ASCII_TEXTS)
def test_aha_equals_the_standard_library_path(text: str) -> None:
    fast = aha_score(text), aha([text])[0]
    was = fast_backend()
    set_fast(False)
    try:
        standard = aha_score(text)
    finally:
        set_fast(was)
    assert fast == (standard, standard)


needs_hyperscan = pytest.mark.skipif(not fast_backend(), reason="needs hyperscan")


@needs_hyperscan
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The area is 12, so the answer is 12.", False),
        ("Mahabharata", True),  # "aha" inside a word: a gate, though no phrase
        ("WAIT. Recheck it.", True),
        ("", False),
    ],
)
def test_any_gate_reports_whether_a_gate_word_occurs(text: str, expected: bool) -> None:
    assert _AHA.matcher.scan.any_gate(text.encode("ascii")) is expected


@needs_hyperscan
def test_no_gates_means_no_gate_occurs() -> None:
    assert GateScan(()).any_gate(b"aha but wait") is False


@needs_hyperscan
def test_a_text_without_a_gate_word_skips_the_span_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_span_scan(*args: object, **kwargs: object) -> None:
        raise AssertionError("the span scan ran on a text without a gate word")

    monkeypatch.setattr(matching, "ascii_spans", no_span_scan)
    assert _AHA.matcher._any_ascii("The area is 12, so the answer is 12.") is False
    with pytest.raises(AssertionError, match="span scan ran"):
        _AHA.matcher._any_ascii("But wait, the area is 13.")
