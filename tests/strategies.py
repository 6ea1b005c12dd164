"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

from hypothesis import strategies as st

#: Any text a model might emit, including control characters and astral code points.
model_text = st.text(max_size=2000)

#: Text dense in the characters answer parsers care about.
brace_soup = st.text(alphabet="{}\\boxedfrac$()[]^_ 0123456789", max_size=400)

#: Completions in either trainer format.
completions = st.one_of(
    model_text,
    st.lists(
        st.fixed_dictionaries(
            {
                "role": st.sampled_from(["assistant", "user", "system", "tool"]),
                "content": model_text,
            }
        ),
        max_size=3,
    ),
)
