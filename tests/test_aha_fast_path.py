"""``aha`` on one ASCII text: the one-call path equals the span-window path (issue 18)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from rewardkit import aha, aha_score
from rewardkit.keywords import RECIPE_KEYWORDS
from rewardkit.reflect.recipe import _AHA
from rewardkit.reflect.scan import fast_backend, set_fast

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
