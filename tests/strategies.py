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


def tag_soup(names: tuple[str, ...], max_pieces: int = 30) -> st.SearchStrategy[str]:
    """Text made of the opening and closing tags of ``names``, stray brackets and short text."""
    tag_pieces = [f"<{name}>" for name in names] + [f"</{name}>" for name in names]
    piece = st.one_of(
        st.sampled_from(tag_pieces),
        st.sampled_from(["<", ">", "</", "<<", ">>", " ", "\n", "&"]),
        st.text(max_size=10),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


#: Fragments answer extractors and task checks react to: phrases, markers, boxes, math
#: delimiters, numbers, option forms, code fences and blank runs.
ANSWER_PIECES = (
    "the answer is ",
    "Final Answer",
    "**Final Answer:**",
    "answer: ",
    "Answer:",
    "#### ",
    "\nA: ",
    "\\boxed{",
    "\\boxed ",
    "\\fbox{",
    "{",
    "}",
    "\\{",
    "\\}",
    "$",
    "$$",
    "\\(",
    "\\)",
    "\\[",
    "\\]",
    "\\$",
    "=",
    "-",
    "−",
    "1,234",
    "3.5",
    "1/2",
    "45%",
    "1e5",
    "0",
    "7",
    "C)",
    "(C)",
    "option ",
    "B",
    " or ",
    " and ",
    "\\text{",
    "\\frac{1}{2}",
    "```python\n",
    "```\n",
    "```output\n",
    "<answer>",
    "</answer>",
    "(",
    ")",
    "*",
    "/",
    "+",
    "**",
    " ",
    "  ",
    "\n",
    "\t",
    "a",
    "İ",
    ".",
    ",",
    ":",
    "`",
)
answer_soup = st.lists(
    st.one_of(st.sampled_from(ANSWER_PIECES), st.text(max_size=5)), max_size=60
).map("".join)
