"""The speed paths of the reflection engine (issue 18) give exactly what the plain rules give."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit import aha, aha_score, cognitive_behaviors
from rewardkit.reflect.cognitive import _flat_table, gated
from rewardkit.reward import Batch
from rewardkit.text import normalize
from tests.hostile import corpus as hostile

# Pieces of regular expressions like the behaviour patterns' (words, optional and repeated
# groups, classes, lookarounds, anchors), combined at random below.
_ATOMS = (
    "this",
    "that",
    "it",
    "is",
    r"\s+",
    r"\s*",
    r"\d+",
    r"[-+]?\d+",
    r"[^\s.!?;]+",
    "[,:]",
    r"(?<=\n)",
    r"(?<![a-z])",
    r"(?=\s)",
    r"(?!\s+not)",
    "^",
    r"\b",
    "x?",
    "(?:so|then)?",
    "",
)
_TEXT = st.text(alphabet="thisaxn0123 ,.:\n-+", max_size=60)


def _regex() -> st.SearchStrategy[str]:
    atom = st.sampled_from(_ATOMS)
    group = st.lists(atom, min_size=1, max_size=4).map("".join)
    branch = st.lists(group, min_size=1, max_size=3).map(lambda gs: "(?:" + "|".join(gs) + ")")
    quantified = st.tuples(branch, st.sampled_from(("", "?", "*", "+", "{1,3}", "{0,2}?"))).map(
        "".join
    )
    return st.lists(st.one_of(atom, quantified), min_size=1, max_size=4).map("".join)


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@settings(max_examples=400, deadline=None)
@given(source=_regex(), text=_TEXT, pos=st.integers(0, 5))
def test_a_gated_pattern_finds_the_same_matches(source: str, text: str, pos: int) -> None:
    try:
        plain = re.compile(source)
    except re.error:
        return
    assert _spans(re.compile(gated(source)), text, pos) == _spans(plain, text, pos)


@pytest.mark.parametrize(
    ("source", "gate"),
    [
        (r"(?:this|that|\d+)\s+works", r"[\dt]"),
        (r"(?:so\s+)?\d+ is", r"[\ds]"),
        (r"(?:(?<=\n)|^)\s*plan:", r"[\sp]"),
        (r"(?:x|y)?(?:1|2)", "[12xy]"),
    ],
)
def test_the_gate_is_the_set_of_first_characters(source: str, gate: str) -> None:
    assert gated(source) == f"(?={gate})(?:{source})"


@pytest.mark.parametrize(
    "source",
    [
        "x?",  # can match the empty string
        r"(?:a|)b?",  # likewise
        r"\.x|.y",  # a leading dot: any character
        r"[^a]b|cb",  # a negated class
        "(?i:this|that) x",  # a case flag
        "(a)?\\1b|c",  # a back reference
        "this|that",  # re skips to the first letters itself
        "(?:verify|check) it",  # likewise
        r"[ab]c",  # likewise (a leading class)
        r"(?a)(?:x|\d)+y",  # a global flag (which must stay at the start)
        r"(?s)(?:x|\d)+.y",
    ],
)
def test_patterns_the_gate_leaves_alone(source: str) -> None:
    assert gated(source) == source


def test_every_behaviour_pattern_gated_matches_alike_on_real_completions(
    shared_data: Path,
) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [normalize(json.loads(line)["completion"]).lower() for line in handle][::10]
    assert len(texts) > 100
    for _, _, pattern in _flat_table():
        plain, fast = re.compile(pattern.source), re.compile(gated(pattern.source))
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), pattern.source[:60]


def test_some_behaviour_patterns_are_gated() -> None:
    # the gate is for patterns led by an alternation of groups: the table has such patterns
    assert any(gated(p.source) != p.source for _, _, p in _flat_table())


class _List(list):  # type: ignore[type-arg]
    """A list that is not a plain list: Batch.from_trainer takes its general path."""


@given(st.lists(st.text(max_size=20), max_size=5))
def test_plain_strings_build_the_batch_the_general_path_builds(texts: list[str]) -> None:
    fast, general = Batch.from_trainer(list(texts)), Batch.from_trainer(_List(texts))
    for batch in (fast, general):
        assert batch.texts == tuple(texts)
    assert (fast.prompts, fast.completion_ids, fast.columns, fast.extras) == (
        general.prompts,
        general.completion_ids,
        general.columns,
        general.extras,
    )


_PHRASES = st.sampled_from(("but wait", "Let’s check", "aha", "recheck", "x = 2.", "wait", "\n"))


@settings(max_examples=200)
@given(st.lists(st.lists(_PHRASES, max_size=6).map(" ".join), min_size=1, max_size=4))
def test_aha_scores_one_text_per_call_as_in_a_batch(texts: list[str]) -> None:
    assert [aha([text])[0] for text in texts] == aha(texts) == [aha_score(t) for t in texts]


# --- the follow-up and stuffing rules (issue 19's speed target) ---------------------------

_BEHAVIOUR_PIECES = st.sampled_from(
    (
        "Let me verify: 3 * 7 = 21.",
        "That is too high.",
        "Scrap that, let me try another approach.",
        "First, we need to find x, then we double it.",
        "Working backwards from the target 24, we need 4 * 6.",
        "Wait, let me check again.",
        "The sum is 12 and the product is 35.",
        "so x = 5",
        "\n",
        "ok.",
    )
)
_BEHAVIOUR_TEXTS = st.lists(_BEHAVIOUR_PIECES, min_size=1, max_size=24).map(" ".join)
#: Saturation 1 stops at the first event of a behaviour: the shortcut taken most often.
_REWARDS = (cognitive_behaviors(), cognitive_behaviors(saturation=1))


def _scored_as_explained(text: str) -> None:
    # explain() runs the full rule (every match's follow-up, no shortcut): the oracle of the
    # scoring path.
    for reward in _REWARDS:
        assert reward.score(text) == reward.explain(text).score, text[:80]


@settings(max_examples=300, deadline=None)
@given(_BEHAVIOUR_TEXTS)
def test_cognitive_score_equals_the_full_rule_on_generated_text(text: str) -> None:
    _scored_as_explained(text)


@settings(max_examples=100, deadline=None)
@given(hostile.hostile_texts)
def test_cognitive_score_equals_the_full_rule_on_hostile_pieces(text: str) -> None:
    _scored_as_explained(text)


def test_cognitive_score_equals_the_full_rule_on_the_hostile_corpus() -> None:
    for _, text in hostile.texts():
        if len(text) <= 200_000:
            _scored_as_explained(text)


def test_cognitive_score_equals_the_full_rule_on_real_completions(shared_data: Path) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["completion"] for line in handle][::5]
    assert len(texts) > 400
    for text in texts:
        _scored_as_explained(text)
