"""The speed paths of the reflection engine (issue 18) give exactly what the plain rules give."""

from __future__ import annotations

import bisect
import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit import aha, aha_score, cognitive_behaviors
from rewardkit.reflect.cognitive import (
    CognitiveBehaviors,
    _behavior_hits,
    _flat_table,
    gated,
)
from rewardkit.reflect.graded import (
    _FOLLOW_READ,
    _GRAMMAR,
    _MATH,
    _REFLECTION,
    STUFFED_CAP,
    _content_chars,
    _follow_signature,
    _follow_signature_units,
    _has_units,
    _is_reasoning,
    _reasoning_follows,
    _sentences,
    _unit_pattern,
    _without,
)
from rewardkit.reflect.regions import select_region
from rewardkit.reward import Batch
from rewardkit.text import lower, normalize
from tests.hostile import corpus as hostile


# The rule as written, the reference the fast paths are tested against: content units counted
# one by one (at most ``limit``), and phrase groups merged where fewer than ``min_following``
# units part them.
def _units(low: str, start: int, end: int, limit: int) -> int:
    count = 0
    if limit <= 0:
        return 0
    for _ in _unit_pattern(low).finditer(low, start, end):
        count += 1
        if count >= limit:
            break
    return count


def _phrase_groups(
    low: str, phrases: list[tuple[int, int]], min_following: int
) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    for start, end in phrases:
        if groups and _units(low, groups[-1][1], start, min_following) < min_following:
            groups[-1] = (groups[-1][0], max(groups[-1][1], end))
        else:
            groups.append((start, end))
    return groups


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


# --- the rule after the matches (issue 19's speed target): fast paths against the rule ----
#
# The reference below is the rule as it was written before the fast paths (every phrase group
# of the text, units counted one by one, the follow-up's units as a tuple, every sentence of
# the text cut at once): the oracle of the scoring path.


def _reference_union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of spans as sorted disjoint spans (the rule as written; touching ones join)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _reference_reasoning_follows(low: str, start: int, end: int) -> bool:
    end = min(end, start + _FOLLOW_READ)
    short = start + _FOLLOW_READ // 4
    if short < end and any(map(_is_reasoning, _sentences(low[start:short]))):
        return True
    return any(map(_is_reasoning, _sentences(low[start:end])))


def _reference_grammatical_words(piece: str) -> bool:
    words: set[str] = set()
    grammar = other = False
    for word in re.findall("[a-z]{2,}", piece):
        words.add(word)
        grammar, other = grammar or word in _GRAMMAR, other or word not in _GRAMMAR
        if grammar and other and len(words) >= 3:
            return True
    return False


def _reference_stuffing(
    low: str, spans: list[tuple[int, int]], min_reasoning: int, max_density: float
) -> tuple[float, bool]:
    phrase_chars = sum(_content_chars(low[start:end]) for start, end in spans)
    needed = 0.0
    if max_density < 1:
        needed = phrase_chars * (1 / max_density - 1) if max_density > 0 else math.inf
    verdicts = {
        piece: _content_chars(piece) if _is_reasoning(piece) else 0
        for piece in _sentences(_without(low, spans))
    }
    distinct = sum(verdicts.values())
    every = sum(verdicts[piece] for piece in _sentences(_without(low, spans)))
    scale = min(1.0, distinct / min_reasoning) if min_reasoning > 0 else 1.0
    return scale, phrase_chars > 0 and every < needed


def _reference_score(scorer: CognitiveBehaviors, text: str) -> float:
    low = lower(select_region(normalize(text), scorer.where))
    weights, saturation = dict(scorer.weights), dict(scorer.saturation)
    following = scorer.min_following
    hits = _behavior_hits(low)
    if not any(spans for name, spans in hits.items() if weights.get(name)):
        return 0.0
    spans = [span for found in hits.values() for span in found]
    spans += [(hit.start, hit.end) for hit in _REFLECTION.matcher.hits(low)]
    phrases = _reference_union(spans)
    groups = _phrase_groups(low, phrases, following)
    starts = [start for start, _ in groups]
    follow_ups: dict[int, tuple[str, ...] | None] = {}
    distinct: dict[str, set[tuple[str, ...]]] = {name: set() for name in hits}
    for name, found in hits.items():
        if not weights.get(name):
            continue
        for start, _ in found:  # every match: no saturation shortcut
            k = bisect.bisect_right(starts, start) - 1
            if k not in follow_ups:
                group_end = groups[k][1]
                following_end = groups[k + 1][0] if k + 1 < len(groups) else len(low)
                follow_ups[k] = None
                if k + 1 == len(groups) and _units(low, group_end, len(low), following) < (
                    following
                ):
                    continue
                if following and not _reference_reasoning_follows(low, group_end, following_end):
                    continue
                follow_ups[k] = _follow_signature_units(low, group_end, following_end)
            if follow_ups[k] is not None:
                distinct[name].add(follow_ups[k])  # type: ignore[arg-type]
    total = sum(weights.values())
    score = sum(
        weights[name] * min(len(events), saturation[name]) / saturation[name]
        for name, events in distinct.items()
        if events
    )
    if score == 0.0:
        return 0.0
    scale, stuffed = _reference_stuffing(low, phrases, scorer.min_reasoning, scorer.max_density)
    score = min(1.0, score / total) * scale
    return min(score, STUFFED_CAP) if stuffed else score


_CONFIGS = (
    cognitive_behaviors(),
    cognitive_behaviors(saturation=1),
    cognitive_behaviors(min_following=0),
    cognitive_behaviors(min_following=5, max_density=0.2, min_reasoning=50),
    cognitive_behaviors({"backtracking": 1.0, "verification": 2.0}, max_density=1.0),
)


def _scored_as_the_rule(text: str) -> None:
    for reward in _CONFIGS:
        assert reward.score(text) == _reference_score(reward.scorer, text), (reward.name, text[:80])


@settings(max_examples=300, deadline=None)
@given(_BEHAVIOUR_TEXTS)
def test_cognitive_score_equals_the_reference_rule_on_generated_text(text: str) -> None:
    _scored_as_the_rule(text)


@settings(max_examples=100, deadline=None)
@given(hostile.hostile_texts)
def test_cognitive_score_equals_the_reference_rule_on_hostile_pieces(text: str) -> None:
    _scored_as_the_rule(text)


def test_cognitive_score_equals_the_reference_rule_on_the_hostile_corpus() -> None:
    for _, text in hostile.texts():
        if len(text) <= 200_000:
            _scored_as_the_rule(text)


def test_cognitive_score_equals_the_reference_rule_on_real_completions(shared_data: Path) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["completion"] for line in handle][::5]
    assert len(texts) > 400
    for text in texts:
        _scored_as_the_rule(text)


def test_the_cognitive_batch_path_equals_the_per_item_path(shared_data: Path) -> None:
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["completion"] for line in handle][:300:3]
    for reward in _CONFIGS[:2]:
        assert reward(texts) == [reward.score(text) for text in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(hostile.hostile_texts, min_size=2, max_size=6))
def test_the_cognitive_batch_path_equals_the_per_item_path_on_hostile_batches(
    texts: list[str],
) -> None:
    # A batch of plain texts is scanned by the behaviour prefilter first, text after text, and
    # then scored: the same scores as each text alone.
    for reward in _CONFIGS[:2]:
        assert reward(texts) == [reward.score(text) for text in texts]


def test_the_cognitive_batch_path_equals_the_per_item_path_on_the_hostile_corpus() -> None:
    texts = [text for _, text in hostile.texts() if len(text) <= 200_000]
    assert len(texts) > 10
    for reward in _CONFIGS[:2]:
        assert reward(texts) == [reward.score(text) for text in texts]


# Units, sentence ends, digits, letters beyond ASCII (a combining mark, CJK, kana), signs.
_UNIT_TEXT = st.lists(
    st.sampled_from(
        [
            *"ab1 .=+\n_,!?-)x\t\x1c",
            *("12", " . ", ".\n", "..", "?)", "abc", "3.5", "a1", "1a", "...x", ".) ", "! "),
            *("\u00e9", "e\u0301", "\u4e2d", "\u3042", "\u00d7", "\u3002"),
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_UNIT_TEXT, st.integers(0, 40), st.integers(0, 45), st.integers(0, 7))
def test_has_units_is_the_unit_count_reaching_the_count(
    text: str, start: int, end: int, count: int
) -> None:
    for low in (text, text.encode("ascii", "ignore").decode()):
        assert _has_units(low, start, end, count) == (_units(low, start, end, count) >= count)


@pytest.mark.parametrize("count", [24, 40, 400])
def test_has_units_fails_in_one_pass_and_a_large_min_following_scores(count: int) -> None:
    # A range beyond ASCII with one unit fewer than asked: each word can be cut into units one
    # way only, so the match fails without trying 2 ** count cuttings (count 24 took seconds
    # when two alternatives matched the same ASCII word), and a reward with a large
    # min_following scores such a text at once.
    low = "\u2014 " + " ".join(["ab"] * (count - 1))
    assert not _has_units(low, 0, len(low), count)
    assert _has_units(low + " cd", 0, len(low) + 3, count)
    reward = cognitive_behaviors(min_following=count)
    text = "Let me compute \u2014 but wait, let me verify: " + low + " and so on."
    assert 0.0 <= reward.score(text) <= 1.0


def _units_of(groups: tuple[str | None, ...]) -> tuple[str, ...]:
    """The units an ASCII signature stands for (a unit, or ``""`` after it for a number)."""
    units: list[str] = []
    for i in range(0, len(groups), 2):
        word, number = groups[i], groups[i + 1]
        if word is None and number is None:
            assert not any(groups[i:]), groups  # the units present come first
            break
        units.append("0" if word is None else word)
    return tuple(units)


@settings(max_examples=1000, deadline=None)
@given(_UNIT_TEXT, st.integers(0, 40), st.integers(0, 45))
def test_the_signature_of_one_match_has_the_units_of_the_loop(
    text: str, start: int, end: int
) -> None:
    expected = _follow_signature_units(text, start, end)
    found = _follow_signature(text, start, end)
    assert (_units_of(found) if text.isascii() else found) == expected  # type: ignore[arg-type]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "is", "x", "so", "value", "prime", " ", ",", "1", "ab", "\n", "=", "\\frac"]
        ),
        max_size=30,
    ).map("".join)
)
def test_reading_the_first_words_first_keeps_the_reasoning_rule(piece: str) -> None:
    # the rule as written: every word in order until it holds, then a statement
    expected = _reference_grammatical_words(piece) or re.search(_MATH, piece) is not None
    assert _is_reasoning(piece) == expected


@settings(max_examples=500, deadline=None)
@given(_UNIT_TEXT, st.integers(0, 40), st.integers(0, 400))
def test_reasoning_follows_as_the_reference_reads_it(text: str, start: int, end: int) -> None:
    text = text * 8  # past the short window
    assert _reasoning_follows(text, start, end) == _reference_reasoning_follows(text, start, end)
