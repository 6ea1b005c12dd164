"""Tests for rewardkit.structure: tag scanning, tag schemas, tags() and think_format."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rewardkit import tags, think_format
from rewardkit.errors import ConfigError
from rewardkit.structure import (
    THINK_SCHEMA,
    TagSchema,
    TagSpec,
    check_tags,
    match_blocks,
    scan_tags,
    tags_score,
    think_format_score,
)
from tests.strategies import completions, model_text, tag_soup

# --- scanning ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<a>x</a>", [("a", False), ("a", True)], id="pair"),
        pytest.param("3 < 5 and x<c> c", [], id="raw-less-than-is-text"),
        pytest.param("<a x='1'>", [], id="attributes-not-a-tag"),
        pytest.param("< a>", [], id="space-inside-not-a-tag"),
        pytest.param("<ab><a>", [("a", False)], id="longer-name-not-a-prefix-match"),
        pytest.param("<A></a>", [("a", True)], id="case-sensitive"),
        pytest.param("<<a>>", [("a", False)], id="doubled-brackets"),
        pytest.param("AT&T <b>&amp;</b>", [("b", False), ("b", True)], id="ampersand-is-text"),
    ],
)
def test_scan_tags(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(e.name, e.closing) for e in scan_tags(text, ("a", "b"))] == expected


def test_scan_tags_case_insensitive_reports_declared_spelling() -> None:
    events = scan_tags("<THINK>x</Think>", ("think",), case_sensitive=False)
    assert [(e.name, e.closing) for e in events] == [("think", False), ("think", True)]


def test_scan_tags_positions() -> None:
    (event,) = scan_tags("ab<a>", ("a",))
    assert (event.start, event.end) == (2, 5)


def test_scan_tags_no_names() -> None:
    assert scan_tags("<a>", ()) == []


@pytest.mark.parametrize(
    ("text", "blocks", "strays"),
    [
        pytest.param("<a><b></b></a>", [("a", -1), ("b", 0)], [], id="nested"),
        pytest.param("<a></a><b></b>", [("a", -1), ("b", -1)], [], id="siblings"),
        pytest.param("<a><b></a></b>", [("a", -1)], [("b", False), ("b", True)], id="crossing"),
        pytest.param("<a><a></a>", [("a", -1)], [("a", False)], id="unclosed-outer"),
        pytest.param("</a><a></a>", [("a", -1)], [("a", True)], id="stray-close"),
        pytest.param("<a><b><a></a></b></a>", [("a", -1), ("b", 0), ("a", 1)], [], id="deep"),
    ],
)
def test_match_blocks(
    text: str, blocks: list[tuple[str, int]], strays: list[tuple[str, bool]]
) -> None:
    found, unpaired = match_blocks(scan_tags(text, ("a", "b")))
    assert [(b.name, b.parent) for b in found] == blocks
    assert [(s.name, s.closing) for s in unpaired] == strays


def test_block_offsets() -> None:
    text = "x<a>hello</a>y"
    (block,), _ = match_blocks(scan_tags(text, ("a",)))
    assert text[block.content_start : block.content_end] == "hello"
    assert text[block.start : block.end] == "<a>hello</a>"


# --- think_format ------------------------------------------------------------------------

THINK_CASES = [
    pytest.param("<think>2+2</think><answer>4</answer>", 1.0, id="complete"),
    pytest.param("\n <think>\n2+2\n</think>\n\n<answer>\n4\n</answer>\n ", 1.0, id="whitespace"),
    pytest.param("<think>a\nb\n\nc</think><answer>x\ny</answer>", 1.0, id="multiline-dotall"),
    pytest.param("<think>3 < 5 & 2 > 1</think><answer>4</answer>", 1.0, id="raw-lt-amp-inside"),
    pytest.param("<think>x<br>y</think><answer>4</answer>", 1.0, id="other-tags-are-text"),
    pytest.param("<think></think><answer></answer>", 1.0, id="empty-blocks"),
    pytest.param("<answer>4</answer>", 0.5, id="think-missing"),
    pytest.param("<think>2+2</think>", 0.5, id="answer-missing"),
    pytest.param("<think>a</think><think>b</think><answer>4</answer>", 0.75, id="think-duplicated"),
    pytest.param("<think>a</think><answer>4</answer><answer>5</answer>", 0.75, id="answer-dup"),
    pytest.param(
        "<think>a</think><think>b</think><answer>4</answer><answer>4</answer>",
        0.5,
        id="both-duplicated",
    ),
    pytest.param("<answer>4</answer><think>a</think>", 0.75, id="misordered"),
    pytest.param("Sure! <think>a</think><answer>4</answer>", 0.75, id="text-before"),
    pytest.param("<think>a</think> so <answer>4</answer>", 0.75, id="text-between"),
    pytest.param("<think>a</think><answer>4</answer> Done.", 0.75, id="text-after"),
    pytest.param("<think>a<answer>4</answer></think>", 0.75, id="answer-nested-in-think"),
    pytest.param("<think>a <answer>4</answer>", 0.25, id="think-unclosed"),
    pytest.param("<think>a</think><answer>4", 0.25, id="answer-unclosed-truncated"),
    pytest.param("2+2</think><answer>4</answer>", 0.25, id="prefilled-style-without-option"),
    pytest.param("The answer is 4.", 0.0, id="no-tags"),
    pytest.param("", 0.0, id="empty"),
    pytest.param("<THINK>a</THINK><ANSWER>4</ANSWER>", 0.0, id="upper-case-not-tags"),
    pytest.param("<<<>>>", 0.0, id="angle-soup"),
    pytest.param("<think><think><think>", 0.0, id="only-unclosed"),
]


@pytest.mark.parametrize(("text", "expected"), THINK_CASES)
def test_think_format_score(text: str, expected: float) -> None:
    assert think_format_score(text) == expected
    assert think_format.score(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2+2</think>\n<answer>4</answer>", 1.0, id="starts-inside-think"),
        pytest.param("\n2+2\n</think>\n<answer>4</answer>", 1.0, id="leading-newline"),
        pytest.param("<think>2+2</think><answer>4</answer>", 1.0, id="model-repeats-think"),
        pytest.param("2+2<answer>4</answer>", 0.25, id="think-never-closed"),
        pytest.param("2+2</think>", 0.5, id="answer-missing"),
        pytest.param("2+2</think><think>b</think><answer>4</answer>", 0.75, id="second-think"),
    ],
)
def test_think_format_prefilled(text: str, expected: float) -> None:
    assert think_format_score(text, prefilled=True) == expected
    prefilled = think_format.configure(prefilled=True)
    assert prefilled.score(text) == expected
    assert prefilled.name == "think_format_prefilledTrue"


def test_think_format_prefilled_changes_score() -> None:
    text = "2+2</think><answer>4</answer>"
    assert think_format.score(text) < think_format.configure(prefilled=True).score(text)


def _oracle(text: str) -> bool:
    """The issue's rule as a regex: exactly one think block then one answer block."""
    match = re.fullmatch(r"\s*<think>(.*?)</think>\s*<answer>(.*?)</answer>\s*", text, re.DOTALL)
    if match is None:
        return False
    inner = match.group(1) + match.group(2)
    return not any(tag in inner for tag in ("<think>", "</think>", "<answer>", "</answer>"))


_tag_soup = st.lists(
    st.sampled_from(["<think>", "</think>", "<answer>", "</answer>", " ", "\n", "x", "<", ">"]),
    max_size=12,
).map("".join)


@given(_tag_soup)
def test_think_format_full_score_iff_regex_oracle(text: str) -> None:
    assert (think_format_score(text) == 1.0) == _oracle(text)


_plain = st.text(max_size=60).filter(lambda s: "<think>" not in s and "</think>" not in s)
_plain = _plain.filter(lambda s: "<answer>" not in s and "</answer>" not in s)
_space = st.text(alphabet=" \t\n\r", max_size=3)


@given(_space, _plain, _space, _plain, _space)
def test_think_format_any_contents_score_one(
    before: str, think: str, between: str, answer: str, after: str
) -> None:
    text = f"{before}<think>{think}</think>{between}<answer>{answer}</answer>{after}"
    assert think_format_score(text) == 1.0


@given(st.one_of(model_text, _tag_soup))
def test_think_format_bounds_and_total(text: str) -> None:
    for prefilled in (False, True):
        assert 0.0 <= think_format_score(text, prefilled=prefilled) <= 1.0


@given(st.lists(completions, max_size=4))
def test_think_format_batch_equals_per_item(batch: list[object]) -> None:
    assert think_format(batch) == [think_format.score(c) for c in batch]


@given(_tag_soup)
def test_think_format_no_tags_scores_zero(text: str) -> None:
    stripped = re.sub(r"</?(?:think|answer)>", "", text)
    if not scan_tags(stripped, ("think", "answer")):
        assert think_format_score(stripped) == 0.0


def test_think_format_conversational() -> None:
    standard = "<think>2+2</think><answer>4</answer>"
    assert think_format([[{"role": "assistant", "content": standard}]]) == [1.0]
    reasoning = [{"role": "assistant", "content": "<answer>4</answer>", "reasoning_content": "2+2"}]
    assert think_format([reasoning]) == [1.0]
    assert think_format([[{"role": "user", "content": standard}]]) == [0.0]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<think>" * 200_000, id="1MB-nesting"),
        pytest.param("</think>" * 150_000, id="1MB-stray-closes"),
        pytest.param("<think><answer>" * 80_000 + "</think>" * 80_000, id="crossing-nesting"),
        pytest.param("<" * 500_000 + ">" * 500_000, id="angle-brackets"),
        pytest.param("<think>" + "x" * 1_000_000 + "</think><answer>4</answer>", id="1MB-think"),
        pytest.param("\x00\ud800<think>\U0001f600</think>\x7f", id="control-and-surrogate"),
    ],
)
def test_think_format_hostile_input(text: str) -> None:
    for prefilled in (False, True):
        assert 0.0 <= think_format_score(text, prefilled=prefilled) <= 1.0


# --- generic schemas ---------------------------------------------------------------------

NESTED = TagSchema(
    tags=(
        TagSpec(name="plan"),
        TagSpec(name="steps"),
        TagSpec(name="step", parent="steps", min_count=1, max_count=None),
        TagSpec(name="note", min_count=0),
    ),
    after="require",
)


@pytest.mark.parametrize(
    ("text", "expected", "violations"),
    [
        pytest.param(
            "<plan>p</plan><steps><step>1</step><step>2</step></steps> done", 1.0, (), id="ok"
        ),
        pytest.param(
            "<plan>p</plan><steps><step>1</step></steps><note>n</note> ok", 1.0, (), id="optional"
        ),
        pytest.param(
            "<plan>p</plan><steps><step>1</step></steps>", 0.75, ("text",), id="after-required"
        ),
        pytest.param(
            "<plan>p</plan><steps></steps><step>1</step> x", 0.75, ("nesting",), id="bad-parent"
        ),
        pytest.param(
            "<steps><step>1</step></steps><plan>p</plan> x", 0.75, ("order",), id="misordered"
        ),
        pytest.param("<plan>p</plan><steps></steps> x", 0.75, (), id="step-missing"),
        pytest.param(
            "<plan>p</plan><steps><step>1</step></steps><note>a</note><note>b</note> x",
            0.875,
            (),
            id="note-max-once",
        ),
    ],
)
def test_nested_schema(text: str, expected: float, violations: tuple[str, ...]) -> None:
    report = check_tags(text, NESTED)
    assert report.score == expected
    assert report.violations == violations
    assert tags(NESTED).score(text) == expected


def test_report_counts() -> None:
    report = check_tags("<think>a</think><think>b<answer>", THINK_SCHEMA)
    assert report.counts == {"think": 1, "answer": 0}
    assert report.strays == {"think": 1, "answer": 1}
    assert report.credits == {"think": 0.5, "answer": 0.0}


def test_unordered_schema() -> None:
    schema = TagSchema(tags=(TagSpec(name="a"), TagSpec(name="b")), ordered=False)
    assert tags_score("<b></b><a></a>", schema) == 1.0
    assert tags_score("<b></b><a></a>", TagSchema.sequence("a", "b")) == 0.75


def test_between_require() -> None:
    schema = TagSchema(tags=(TagSpec(name="a"), TagSpec(name="b")), between="require")
    assert tags_score("<a></a> and <b></b>", schema) == 1.0
    assert tags_score("<a></a>\n<b></b>", schema) == 0.75


def test_case_insensitive_schema() -> None:
    schema = TagSchema(tags=(TagSpec(name="think"),), case_sensitive=False)
    assert tags_score("<THINK>x</think>", schema) == 1.0


def test_tags_factory_from_names() -> None:
    reward = tags(["reasoning", "answer"])
    assert reward.name == "tags_schemareasoning_answer"
    assert (reward.lower, reward.upper) == (0.0, 1.0)
    assert reward(["<reasoning>r</reasoning> <answer>a</answer>", "<answer>a</answer>", ""]) == [
        1.0,
        0.5,
        0.0,
    ]
    assert tags(("a",), name="only_a").name == "only_a"


def test_tags_prefilled() -> None:
    reward = tags(TagSchema.sequence("scratch", "final", strict=True), prefilled=True)
    assert reward.score("notes</scratch><final>4</final>") == 1.0


def test_sequence_strict() -> None:
    schema = TagSchema.sequence("a", "b", strict=True)
    assert (schema.before, schema.between, schema.after) == ("forbid",) * 3
    assert tags_score("x<a></a><b></b>", schema) == 0.75


@pytest.mark.parametrize(
    ("build", "match"),
    [
        pytest.param(lambda: TagSpec(name="1bad"), "TagSpec.name", id="bad-name"),
        pytest.param(lambda: TagSpec(name="a b"), "TagSpec.name", id="space-in-name"),
        pytest.param(lambda: TagSpec(name="a", parent="<b>"), "TagSpec.parent", id="bad-parent"),
        pytest.param(lambda: TagSpec(name="a", min_count=-1), "min_count", id="negative-min"),
        pytest.param(lambda: TagSpec(name="a", min_count=True), "min_count", id="bool-min"),
        pytest.param(lambda: TagSpec(name="a", max_count=0), "max_count", id="zero-max"),
        pytest.param(
            lambda: TagSpec(name="a", min_count=3, max_count=2), "max_count", id="max-below-min"
        ),
        pytest.param(lambda: TagSchema(tags=()), "non-empty tuple", id="no-tags"),
        pytest.param(lambda: TagSchema(tags=["a"]), "non-empty tuple", id="list-not-tuple"),
        pytest.param(lambda: TagSchema(tags=("a",)), r"tags\[0\] must be a TagSpec", id="str"),
        pytest.param(
            lambda: TagSchema(tags=(TagSpec(name="a"), TagSpec(name="a"))),
            "declared twice",
            id="duplicate",
        ),
        pytest.param(
            lambda: TagSchema(tags=(TagSpec(name="b", parent="a"), TagSpec(name="a"))),
            "declared before",
            id="parent-after-child",
        ),
        pytest.param(
            lambda: TagSchema(tags=(TagSpec(name="a"),), after="never"),
            "TagSchema.after",
            id="bad-text-rule",
        ),
        pytest.param(
            lambda: TagSchema(tags=(TagSpec(name="a"),), ordered="yes"),
            "TagSchema.ordered",
            id="bad-ordered",
        ),
        pytest.param(lambda: tags("think"), "sequence of tag names", id="str-schema"),
        pytest.param(lambda: tags(42), "sequence of tag names", id="int-schema"),
        pytest.param(lambda: tags(()), "non-empty tuple", id="empty-names"),
        pytest.param(lambda: tags(["a"], prefilled="yes"), "prefilled", id="bad-prefilled"),
        pytest.param(
            lambda: think_format.configure(prefilled=1), "prefilled must be a bool", id="cfg-int"
        ),
        pytest.param(lambda: think_format.configure(schema="x"), "TagSchema", id="cfg-schema"),
        pytest.param(lambda: think_format.configure(strict=True), "unknown option", id="cfg-opt"),
    ],
)
def test_bad_configuration(build: object, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        build()  # type: ignore[operator]


def test_configure_schema() -> None:
    variant = think_format.configure(schema=TagSchema.sequence("reasoning", "answer"))
    assert variant.score("<reasoning>r</reasoning><answer>4</answer>") == 1.0


@pytest.mark.parametrize(
    "reward",
    [
        pytest.param(think_format, id="think_format"),
        pytest.param(think_format.configure(prefilled=True), id="prefilled"),
        pytest.param(tags(NESTED, name="nested"), id="nested-schema"),
    ],
)
def test_pickle_round_trip(reward: object) -> None:
    clone = pickle.loads(pickle.dumps(reward))
    text = "2+2</think><answer>4</answer> <plan>p</plan>"
    assert clone.score(text) == reward.score(text)  # type: ignore[attr-defined]
    assert clone.name == reward.name  # type: ignore[attr-defined]


# --- properties of arbitrary schemas ------------------------------------------------------

_NAMES = ("a", "b", "c", "d")
_RULES = st.sampled_from(["allow", "forbid", "require"])


@st.composite
def schemas(draw: st.DrawFn) -> TagSchema:
    """Random schemas over up to four tags, each with a parent declared before it."""
    names = _NAMES[: draw(st.integers(1, len(_NAMES)))]
    specs = []
    for i, name in enumerate(names):
        parent = draw(st.sampled_from([None, *names[:i]]))
        min_count = draw(st.integers(0, 1))
        max_count = draw(st.sampled_from([None, 1, 2]))
        specs.append(TagSpec(name=name, parent=parent, min_count=min_count, max_count=max_count))
    return TagSchema(
        tags=tuple(specs),
        ordered=draw(st.booleans()),
        before=draw(_RULES),
        between=draw(_RULES),
        after=draw(_RULES),
        case_sensitive=draw(st.booleans()),
    )


def _render(schema: TagSchema) -> str:
    """A construct that follows ``schema`` exactly: every tag once, in order, in its parent."""
    gap = {"allow": " y ", "forbid": "\n", "require": " x "}

    def block(name: str) -> str:
        inner = "".join(block(s.name) for s in schema.tags if s.parent == name)
        return f"<{name}>text{inner}</{name}>"

    top = [block(s.name) for s in schema.tags if s.parent is None]
    return gap[schema.before] + gap[schema.between].join(top) + gap[schema.after]


@given(schemas(), tag_soup(_NAMES), st.booleans())
def test_any_schema_bounds_and_total(schema: TagSchema, text: str, prefilled: bool) -> None:
    report = check_tags(text, schema, prefilled=prefilled)
    assert 0.0 <= report.score <= 1.0
    assert set(report.violations) <= {"nesting", "order", "text"}
    if not prefilled and not scan_tags(text, schema.names, case_sensitive=schema.case_sensitive):
        assert report.score == 0.0


@given(schemas())
def test_any_schema_rendered_exactly_scores_one(schema: TagSchema) -> None:
    assert tags_score(_render(schema), schema) == 1.0


@given(schemas(), st.data())
def test_any_schema_dropping_a_required_tag_costs(schema: TagSchema, data: st.DataObject) -> None:
    required = [s.name for s in schema.tags if s.min_count > 0]
    assume(required)
    name = data.draw(st.sampled_from(required))
    text = _render(schema).replace(f"<{name}>", "").replace(f"</{name}>", "")
    assert tags_score(text, schema) < 1.0
