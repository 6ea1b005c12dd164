"""Tests of rewardkit.reflection: aha, reflection, behaviors, cognitive_behaviors, profile."""

from __future__ import annotations

import json
import pickle
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rewardkit
from rewardkit import ConfigError, Reward
from rewardkit.keywords import (
    BEHAVIOR_PATTERNS,
    BEHAVIORS,
    CHINESE_KEYWORDS,
    ENGLISH_KEYWORDS,
    KEYWORD_SETS,
    RECIPE_KEYWORDS,
    REFLECTION_KEYWORDS,
)
from rewardkit.reflect import (
    STUFFED_CAP,
    WHERE,
    Aha,
    CognitiveBehaviors,
    Profile,
    Reflection,
    aha,
    aha_score,
    behaviors,
    cognitive_behaviors,
    keyword_pattern,
    matching,
    profile,
    reflection,
    reflection_score,
    scan,
    select_region,
)
from rewardkit.reflect.cognitive import _behavior_hits
from rewardkit.reflect.matching import _matcher, _resolve_keywords
from rewardkit.reward import Batch
from tests.strategies import completions, model_text

APOSTROPHES = ["'", "\u2019", "\u2018", "\u02bc", "\u2032", "`", "\u00b4", ""]


def distinct_reasoning(sentences: int) -> str:
    """Reasoning made of distinct sentences (about 25 non-whitespace characters each)."""
    return " ".join(f"Adding {i} to {i * i} gives {i * i + i}." for i in range(1, sentences + 1))


def only(*keywords: str) -> Reward:
    """An aha variant that looks for exactly these phrases."""
    return aha.configure(keywords=keywords)


# --- aha: the recipe's keywords, each with true and false cases --------------------------

AHA_CASES = [
    # aha
    pytest.param("Aha! So x = 2.", 1.0, id="aha-exclaimed"),
    pytest.param("AHA, the triangle is isosceles.", 1.0, id="aha-upper"),
    pytest.param("*Aha!* The pattern repeats.", 1.0, id="aha-markdown-star"),
    pytest.param("_Aha_ the pattern repeats.", 1.0, id="aha-markdown-underscore"),
    pytest.param("Captain Ahab hunts the whale.", 0.0, id="aha-not-in-ahab"),
    pytest.param("The Mahabharata is long.", 0.0, id="aha-not-in-mahabharata"),
    pytest.param("Ahaha, funny.", 0.0, id="aha-not-in-ahaha"),
    pytest.param("a-ha is a band.", 0.0, id="aha-not-a-ha"),
    # but wait
    pytest.param("But wait, the sign flips.", 1.0, id="but-wait"),
    pytest.param("but\n   wait: 3 is odd", 1.0, id="but-wait-line-break"),
    pytest.param("BUT\tWAIT", 1.0, id="but-wait-tab-upper"),
    pytest.param("but\u00a0wait, no", 1.0, id="but-wait-nbsp"),
    pytest.param("but waiting is boring", 0.0, id="but-wait-not-waiting"),
    pytest.param("butwait", 0.0, id="but-wait-glued"),
    pytest.param("but, wait", 0.0, id="but-wait-comma-between"),
    pytest.param("rebut wait", 0.0, id="but-wait-not-rebut"),
    # verify the problem
    pytest.param("Let me verify the problem statement.", 1.0, id="verify-the-problem"),
    pytest.param("verify\nthe  problem", 1.0, id="verify-the-problem-spaces"),
    pytest.param("verify the problems", 0.0, id="verify-the-problem-not-plural"),
    pytest.param("verify a problem", 0.0, id="verify-the-problem-other-article"),
    # try again
    pytest.param("That fails. Try again with n = 3.", 1.0, id="try-again"),
    pytest.param("try   again", 1.0, id="try-again-spaces"),
    pytest.param("retry again", 0.0, id="try-again-not-retry"),
    pytest.param("try against", 0.0, id="try-again-not-against"),
    # let's try
    pytest.param("Let's try x = 2.", 1.0, id="lets-try"),
    pytest.param("Let\u2019s try x = 2.", 1.0, id="lets-try-curly"),
    pytest.param("lets try x = 2", 1.0, id="lets-try-no-apostrophe"),
    pytest.param("LET'S TRY", 1.0, id="lets-try-upper"),
    pytest.param("Let's tryst", 0.0, id="lets-try-not-tryst"),
    pytest.param("outlet's try", 0.0, id="lets-try-not-outlet"),
    pytest.param("let us try", 0.0, id="lets-try-not-let-us"),
    # let's check
    pytest.param("Let's check: 2 + 2 = 4.", 1.0, id="lets-check"),
    pytest.param("lets\ncheck", 1.0, id="lets-check-line-break"),
    pytest.param("let\u00b4s check", 1.0, id="lets-check-acute"),
    pytest.param("let's checkout the store", 0.0, id="lets-check-not-checkout"),
    # to verify
    pytest.param("To verify, plug x = 2 in.", 1.0, id="to-verify"),
    pytest.param("we need to verify it", 1.0, id="to-verify-mid"),
    pytest.param("auto verify", 0.0, id="to-verify-not-auto"),
    pytest.param("to verifying", 0.0, id="to-verify-not-verifying"),
    # recheck
    pytest.param("Recheck the sum.", 1.0, id="recheck"),
    pytest.param("I'll recheck.", 1.0, id="recheck-end"),
    pytest.param("rechecked", 0.0, id="recheck-not-rechecked"),
    pytest.param("re-check", 0.0, id="recheck-recipe-has-no-hyphen-form"),
    # none
    pytest.param("", 0.0, id="empty"),
    pytest.param("The answer is 42.", 0.0, id="plain"),
    pytest.param("wait for it", 0.0, id="wait-alone-is-not-a-recipe-keyword"),
]


@pytest.mark.parametrize(("text", "expected"), AHA_CASES)
def test_aha_table(text: str, expected: float) -> None:
    assert aha_score(text) == expected
    assert aha([text]) == [expected]
    assert aha.score(text) == expected


def test_aha_exports() -> None:
    assert rewardkit.aha is aha
    assert rewardkit.reflection is reflection
    assert rewardkit.behaviors is behaviors
    assert rewardkit.cognitive_behaviors is cognitive_behaviors
    assert rewardkit.aha_score is aha_score
    assert rewardkit.reflection_score is reflection_score
    assert aha.name == "aha"
    assert reflection.name == "reflection"
    assert cognitive_behaviors().name == "cognitive_behaviors"


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
@pytest.mark.parametrize("keyword", ["let's try", "let's check"])
def test_aha_any_apostrophe_or_none(keyword: str, apostrophe: str) -> None:
    text = "So " + keyword.replace("'", apostrophe).upper() + " it."
    assert aha_score(text) == 1.0


@pytest.mark.parametrize("space", [" ", "  ", "\n", "\r\n", "\t", " \n ", "\u00a0", "\u3000"])
@pytest.mark.parametrize("keyword", [k for k in RECIPE_KEYWORDS if " " in k])
def test_aha_any_whitespace_inside_phrases(keyword: str, space: str) -> None:
    assert aha_score("x " + keyword.replace(" ", space) + " y") == 1.0


# --- every built-in keyword: true and false -------------------------------------------


def _is_cjk(phrase: str) -> bool:
    return all("\u3400" <= char <= "\u9fff" for char in phrase)


ALL_KEYWORDS = sorted(set(REFLECTION_KEYWORDS))


@pytest.mark.parametrize("keyword", ALL_KEYWORDS)
def test_every_keyword_matches_in_a_sentence(keyword: str) -> None:
    reward = only(keyword)
    if _is_cjk(keyword):
        assert reward.score(f"所以答案是4。{keyword}，2+2=4。") == 1.0
    else:
        assert reward.score(f"So x = 4. {keyword.capitalize()}: 2 + 2 = 4.") == 1.0
        assert reward.score(f"so x = 4.\n{keyword.upper()}\n2 + 2 = 4") == 1.0


@pytest.mark.parametrize("keyword", ALL_KEYWORDS)
def test_every_keyword_is_not_found_when_broken(keyword: str) -> None:
    reward = only(keyword)
    if _is_cjk(keyword):  # a character inserted in the middle breaks a CJK phrase
        broken = keyword[0] + "的" + keyword[1:]
        assert reward.score(f"所以{broken}，2+2=4。") == 0.0
    else:  # glued to letters on both sides: not on word boundaries
        assert reward.score(f"x{keyword}y") == 0.0
        assert reward.score(f"So x = 4. {keyword[:-1]} 2 + 2 = 4.") == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("等等，我算错了。", 1.0, id="zh-wait"),
        pytest.param("让我再想想：x = 3 不对。", 1.0, id="zh-think-again"),
        pytest.param("我们再检查一下这个结果。", 1.0, id="zh-check-again"),
        pytest.param("现在验证一下：2+2=4。", 1.0, id="zh-verify"),
        pytest.param("重新计算面积。", 1.0, id="zh-recompute"),
        pytest.param("Wait，让我再想想。", 1.0, id="mixed-en-zh"),
        pytest.param("所以答案是4。", 0.0, id="zh-plain"),
        pytest.param("计算面积，得到12。", 0.0, id="zh-compute-is-not-recompute"),
        pytest.param("我们检查结果。", 0.0, id="zh-check-without-yixia"),
    ],
)
def test_chinese_keywords(text: str, expected: float) -> None:
    assert aha.configure(keywords="all").score(text) == expected


def test_keyword_sets() -> None:
    assert set(KEYWORD_SETS) == {"recipe", "english", "chinese", "all"}
    assert set(RECIPE_KEYWORDS) <= set(ENGLISH_KEYWORDS)
    assert REFLECTION_KEYWORDS == ENGLISH_KEYWORDS + CHINESE_KEYWORDS
    for phrase in ("recheck", "rethink", "reconsider", "re-examine", "double-check"):
        assert phrase in ENGLISH_KEYWORDS or phrase in RECIPE_KEYWORDS
    for phrase in ("等等", "让我再想想", "再检查一下", "验证一下", "重新计算"):
        assert phrase in CHINESE_KEYWORDS
    for phrases in KEYWORD_SETS.values():
        assert len(phrases) == len(set(phrases))
        assert all(phrase == phrase.lower().strip() for phrase in phrases)


@pytest.mark.parametrize(
    ("keyword", "text", "expected"),
    [
        pytest.param("double-check", "double check", True, id="hyphen-as-space"),
        pytest.param("double-check", "doublecheck", True, id="hyphen-dropped"),
        pytest.param("double-check", "double\u2013check", True, id="hyphen-as-dash"),
        pytest.param("double-check", "double -- check", False, id="hyphen-not-two-dashes"),
        pytest.param("re-examine", "reexamine", True, id="re-examine-joined"),
        pytest.param("re-examine", "pre-examine", False, id="re-examine-not-pre"),
        pytest.param("that's not right", "That\u2019s not right", True, id="curly"),
        pytest.param("hold on", "hold one", False, id="hold-on-not-hold-one"),
        pytest.param("wait", "Wait!", True, id="wait"),
        pytest.param("wait", "awaited", False, id="wait-not-awaited"),
        pytest.param("wait", "wait_time", True, id="underscore-is-a-boundary"),
        pytest.param("wait", "wait2", False, id="digit-is-not-a-boundary"),
        pytest.param("wait", "Wait等等", True, id="cjk-is-a-boundary"),
        pytest.param("aha", "İaha", False, id="dotted-capital-i-lowercases-longer"),
        pytest.param("c++", "use c++ here", True, id="regex-characters-escaped"),
        pytest.param("c++", "use cc here", False, id="regex-characters-literal"),
    ],
)
def test_keyword_matching_rules(keyword: str, text: str, expected: bool) -> None:
    assert bool(re.search(keyword_pattern(keyword), text.lower())) is expected
    assert only(keyword).score(text) == float(expected)


# --- the fast matcher against a plain reference ---------------------------------------


def _reference_any(keywords: tuple[str, ...], text: str) -> bool:
    low = text.lower()
    return any(re.search(keyword_pattern(k), low) for k in keywords)


def _reference_count(keywords: tuple[str, ...], text: str) -> list[int]:
    low = text.lower()
    return [len(re.findall(keyword_pattern(k), low)) for k in dict.fromkeys(keywords)]


keyword_text = st.lists(
    st.one_of(
        st.sampled_from(ALL_KEYWORDS),
        st.sampled_from(["x", "Ahab", "re", "let", "us", "'s", "\u2019", "-", "2+2=4", "的"]),
        st.text(alphabet=" \n\t.,!", min_size=1, max_size=3),
        model_text.map(lambda t: t[:30]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150)
@given(keyword_text)
def test_matcher_agrees_with_reference(text: str) -> None:
    matcher = _matcher(_resolve_keywords(REFLECTION_KEYWORDS), ())
    low = text.lower()
    assert matcher.any(low) == _reference_any(REFLECTION_KEYWORDS, text)
    assert matcher.count(low) == _reference_count(REFLECTION_KEYWORDS, text)
    for hit in matcher.hits(low):  # every hit is a real match of its phrase
        phrase = matcher.keys[hit.phrase]
        assert re.compile(keyword_pattern(phrase)).match(low, hit.start).end() == hit.end


# --- properties -----------------------------------------------------------------------

REWARDS = [aha, reflection, cognitive_behaviors()]


@settings(max_examples=80)
@given(st.lists(completions, max_size=4))
def test_rewards_are_total_and_bounded(items: list[object]) -> None:
    for reward in REWARDS:
        values = reward(items)
        assert len(values) == len(items)
        assert all(v is not None and reward.lower <= v <= reward.upper for v in values)


@settings(max_examples=100)
@given(model_text)
def test_pure_functions_never_raise(text: str) -> None:
    assert aha_score(text) in (0.0, 1.0)
    assert 0.0 <= reflection_score(text) <= 1.0
    counts = behaviors(text)
    assert list(counts) == list(BEHAVIORS)
    assert all(isinstance(n, int) and n >= 0 for n in counts.values())


@settings(max_examples=100)
@given(model_text, st.sampled_from(RECIPE_KEYWORDS), model_text)
def test_inserting_a_keyword_never_lowers_aha(before: str, keyword: str, after: str) -> None:
    original = before + after
    inserted = f"{before} {keyword} {after}"
    assert aha_score(inserted) == 1.0
    assert aha_score(inserted) >= aha_score(original)


@pytest.fixture(params=["joined", "one-by-one"])
def batch_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Force the batch paths to join the texts, or to search them one by one."""
    monkeypatch.setattr(matching, "_JOIN_BELOW", 10**9 if request.param == "joined" else 0)
    return str(request.param)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.one_of(model_text, keyword_text), max_size=8))
def test_batch_equals_per_item(batch_mode: str, texts: list[str]) -> None:
    for reward in (
        aha,
        reflection,
        aha.configure(keywords="all"),
        reflection.configure(where="think", patterns=(r"\bhmm+\b",)),
    ):
        batch = Batch(texts)
        assert reward.scorer.batch(batch) == [reward.scorer(s) for s in batch.samples()]


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(REFLECTION_KEYWORDS), min_size=1, max_size=40),
    st.lists(
        st.sampled_from([" ", ", ", ". ", "! ", "\n", "... ", "? "]), min_size=40, max_size=40
    ),
    st.lists(st.sampled_from(["x", "so", "then", "2", "=", "4"]), max_size=4),
)
def test_keyword_stuffing_scores_at_most_cap(
    phrases: list[str], separators: list[str], filler: list[str]
) -> None:
    text = "".join(p + s for p, s in zip(phrases, separators, strict=False)) + " ".join(filler)
    assert reflection_score(text) <= STUFFED_CAP


BEHAVIOR_PHRASES = [
    "let me verify",
    "which is too high",
    "this doesn't work",
    "let me try a different approach",
    "first, we need to find",
    "then we can compute",
    "working backwards",
    "i made a mistake",
]


@settings(max_examples=60)
@given(
    st.lists(st.sampled_from(BEHAVIOR_PHRASES), min_size=1, max_size=40),
    st.lists(st.sampled_from([" ", ", ", ". ", "! ", "\n"]), min_size=40, max_size=40),
    st.lists(st.sampled_from(["x", "so", "then", "2", "=", "4"]), max_size=4),
)
def test_behavior_stuffing_scores_at_most_cap(
    phrases: list[str], separators: list[str], filler: list[str]
) -> None:
    text = "".join(p + s for p, s in zip(phrases, separators, strict=False)) + " ".join(filler)
    assert cognitive_behaviors().score(text) <= STUFFED_CAP


CONTENT_WORDS = ["x", "is", "5", "=", "+", "so", "the", "sum", "2", "works", "area", "3"]


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(REFLECTION_KEYWORDS),
            st.lists(st.sampled_from(CONTENT_WORDS), min_size=3, max_size=8).map(" ".join),
        ),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=2, max_value=6),
)
def test_repeated_identical_reflections_count_once(
    blocks: list[tuple[str, str]], times: int
) -> None:
    variant = reflection.configure(min_reasoning=0, max_density=1.0)
    once = "".join(f"{phrase}: {content}. " for phrase, content in blocks)
    assert variant.score(once * times) == pytest.approx(variant.score(once))


# --- reflection: stuffing fixtures and genuine solutions --------------------------------

GENUINE = {
    "cubes": (
        "We need the smallest n with n^2 > 200. Since 14^2 = 196 and 15^2 = 225, n = 15. "
        "Wait, the problem asks for n^3 > 200, not n^2. Cubes: 5^3 = 125 and 6^3 = 216, "
        "so n = 6. Let me double-check: 216 > 200 and 125 < 200, so 6 is the smallest. "
        "Let me verify that no smaller cube works: 4^3 = 64 and 3^3 = 27. The answer is 6."
    ),
    "issue-example": (
        "The train covers 120 km in 2 hours, so its speed is 120 / 2 = 60 km/h, answer b. "
        "Wait, let me think again: the question asks for the speed in m/s, not km/h. "
        "60 km/h is 60000 m per 3600 s, which is 16.67 m/s, answer c. "
        "Let me check once more: 16.67 * 3600 = 60012 m, about 60 km, so c is right. "
        "The answer is c."
    ),
    "think-tags": (
        "<think>Let x be the number of apples. Then 3x + 4 = 19 gives 3x = 15 and x = 5. "
        "Hold on, the statement says 4 apples were eaten, so 3x - 4 = 19 and 3x = 23, "
        "which is not an integer. Let me re-read the problem: 4 apples were added, so "
        "3x + 4 = 19 is right after all and x = 5. To verify: 3 * 5 + 4 = 19.</think>"
        "<answer>5</answer>"
    ),
    "chinese": (
        "设这个数为x，则2x + 6 = 20，所以2x = 14，x = 7。等等，题目说的是减去6，"
        "所以应该是2x - 6 = 20，2x = 26，x = 13。再检查一下：2乘13等于26，26减6等于20，"
        "结果正确。验证一下另一种理解：如果是加6，x = 7，与题意不符。所以答案是13。"
        "我们把每一步都写清楚，确认没有遗漏任何条件，最后的答案是13。"
    ),
}

STUFFED = {
    "keyword-list": (
        "Aha! But wait, let's check. Let's try again. Recheck. To verify the problem, "
        "verify the problem. Let's try. Let's check. Aha. The answer is 5."
    ),
    "one-phrase-repeated": "Wait, let me check again: 2+2=4. " * 50,
    "tail-after-answer": "The answer is 5. " + "Wait. " * 100,
    "padding-phrases-only": "Hmm. " * 5 + "Let me double-check. Let me re-verify. " * 20,
    "interleaved-counters": "".join(f"Wait, {i}. " for i in range(60)),
    "chinese-stuffing": "等等，让我再想想。再检查一下。验证一下。" * 20,
    "think-stuffing": "<think>" + "But wait, let me recheck! " * 30 + "</think>The answer is 7.",
    "phrases-then-garbage": "Let me verify. Let me double-check. Recheck. " * 10 + "x" * 40,
    "short-genuine-looking": "Wait, 2 + 2 = 4, yes.",
    "one-sentence-pasted": "Hmm, wait: 2+2=4 so x is 4. " * 10,
    "reasoning-then-stuffed-tail": (
        "Expanding (x + 1)^2 gives x^2 + 2x + 1, and subtracting x^2 leaves 2x + 1 = 9, "
        "so x = 4. "
        + "But wait, let me double-check! Let me recheck! Let me verify! Let me reconsider! "
        * 4
    ),
}


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_reflection_scores_high(name: str) -> None:
    score = reflection_score(GENUINE[name])
    assert score >= 0.6, score
    assert aha.configure(keywords="all").score(GENUINE[name]) == 1.0


@pytest.mark.parametrize("name", sorted(STUFFED))
def test_stuffed_reflection_scores_at_most_cap(name: str) -> None:
    assert reflection_score(STUFFED[name]) <= STUFFED_CAP
    assert cognitive_behaviors().score(STUFFED[name]) <= STUFFED_CAP


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_pasting_a_solution_again_earns_nothing_more(name: str) -> None:
    text = GENUINE[name]
    assert reflection_score("\n".join([text] * 5)) == pytest.approx(reflection_score(text))
    assert cognitive_behaviors().score("\n".join([text] * 5)) == pytest.approx(
        cognitive_behaviors().score(text)
    )


def test_genuine_beats_stuffed_clearly() -> None:
    worst_genuine = min(reflection_score(text) for text in GENUINE.values())
    best_stuffed = max(reflection_score(text) for text in STUFFED.values())
    assert worst_genuine - best_stuffed >= 0.5
    # ... while the recipe's aha cannot tell them apart.
    assert aha_score(STUFFED["keyword-list"]) == 1.0


def test_phrase_must_be_followed_by_content() -> None:
    base = distinct_reasoning(12)
    assert reflection_score(base + "Let me double-check.") == 0.0
    assert reflection_score(base + "Let me double-check: 391 / 17 = 23.") > 0.0


def test_identical_reflections_count_once_distinct_ones_add_up() -> None:
    base = distinct_reasoning(12)
    same = base + "Let me double-check: 391 / 17 = 23. " * 3
    distinct = base + (
        "Let me double-check: 391 / 17 = 23. "
        "Let me double-check another way: 17 * 25 - 17 * 2 = 425 - 34 = 391. "
        "Let me double-check the digits: 3 + 9 + 1 = 13 and 1 + 7 = 8, 2 + 3 = 5, 8 * 5 = 40. "
    )
    assert reflection_score(same) == pytest.approx(1 / 3)
    assert reflection_score(distinct) == pytest.approx(1.0)
    presence = reflection.configure(mode="presence")
    assert presence.score(distinct) == pytest.approx(1 / 3)  # one distinct phrase


def test_little_reasoning_scales_down() -> None:
    text = (
        "x = 3 solves x^2 = 9 and x > 0 is not required. "
        "Wait, I made an error: x = -3 also solves x^2 = 9, so both roots count."
    )
    assert 0.0 < reflection_score(text) < 1 / 3
    assert reflection.configure(min_reasoning=0).score(text) == pytest.approx(1 / 3)


# --- reflection options ----------------------------------------------------------------

LONG = distinct_reasoning(12)


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        pytest.param(
            {"keywords": ("hmm",)}, LONG + "Hmm, 2x = 6 means x = 3.", 1 / 3, id="custom-keyword"
        ),
        pytest.param(
            {"keywords": (("hmm", 3.0),)}, LONG + "Hmm, 2x = 6 means x = 3.", 1.0, id="weight"
        ),
        pytest.param(
            {"keywords": (), "patterns": (r"\bhm+\b",)},
            LONG + "Hmmm, 2x = 6 means x = 3.",
            1 / 3,
            id="pattern",
        ),
        pytest.param(
            {"patterns": ((r"\bhm+\b", 2.0),)},
            LONG + "Hmmm, 2x = 6 means x = 3.",
            2 / 3,
            id="pattern-weight",
        ),
        pytest.param({"saturation": 1}, LONG + "Wait, 2x = 6 means x = 3.", 1.0, id="saturation-1"),
        pytest.param(
            {"keywords": "chinese"}, LONG + "Wait, 2x = 6 means x = 3.", 0.0, id="set-by-name"
        ),
        pytest.param(
            {"where": "think"}, LONG + "Wait, 2x = 6 means x = 3.", 0.0, id="think-absent"
        ),
        pytest.param(
            {"where": "think", "min_reasoning": 0},
            "<think>Wait, 2x = 6 means x = 3.</think>" + LONG,
            1 / 3,
            id="think-present",
        ),
        pytest.param(
            {"where": "before_answer"},
            LONG + "\\boxed{3}. Wait, 2x = 6 means x = 3.",
            0.0,
            id="before-answer-excludes-after",
        ),
        pytest.param(
            {"where": "after_answer", "min_reasoning": 0},
            LONG + "\\boxed{3}. Wait, 2x = 6 means x = 3.",
            1 / 3,
            id="after-answer",
        ),
        pytest.param(
            {"min_following": 0}, LONG + "So x = 3. Let me double-check.", 1 / 3, id="no-following"
        ),
        pytest.param(
            {"max_density": 0.0, "min_reasoning": 0},
            "Wait, 2x = 6 means x = 3.",
            STUFFED_CAP,
            id="density-cap",
        ),
    ],
)
def test_reflection_options(options: dict[str, object], text: str, expected: float) -> None:
    variant = reflection.configure(**options)
    assert variant.score(text) == pytest.approx(expected)
    assert variant.name.startswith("reflection_")  # a tracker-safe variant name
    assert str(variant.spec).startswith("reflection(")  # the full spec
    assert (variant.lower, variant.upper) == (0.0, 1.0)
    clone = pickle.loads(pickle.dumps(variant))
    assert clone.score(text) == pytest.approx(expected)


def test_lists_are_accepted_as_tuples() -> None:
    variant = reflection.configure(keywords=["hmm", ["aha", 2.0]], patterns=[r"\bugh\b"])
    assert variant.scorer.keywords == ("hmm", ("aha", 2.0))
    assert isinstance(variant.scorer.patterns, tuple)
    assert hash(variant.scorer) == hash(variant.scorer)


def test_extending_a_builtin_set() -> None:
    mine = reflection.configure(keywords=(*ENGLISH_KEYWORDS, "hmm", ("on reflection", 2.0)))
    assert mine.score(LONG + "On reflection, 2x = 6 means x = 3.") == pytest.approx(2 / 3)


BAD_OPTIONS = [
    pytest.param(Reflection, {"keywords": "klingon"}, "keywords", id="unknown-set"),
    pytest.param(Reflection, {"keywords": ("",)}, "keywords", id="empty-phrase"),
    pytest.param(Reflection, {"keywords": ("a\x00b",)}, "keywords", id="nul-phrase"),
    pytest.param(Reflection, {"keywords": (("x", -1.0),)}, "keywords", id="negative-weight"),
    pytest.param(Reflection, {"keywords": (("x", float("nan")),)}, "keywords", id="nan-weight"),
    pytest.param(Reflection, {"keywords": (1,)}, "keywords", id="not-a-string"),
    pytest.param(Reflection, {"keywords": 3}, "keywords", id="not-a-sequence"),
    pytest.param(Reflection, {"keywords": (), "patterns": ()}, "keywords", id="nothing"),
    pytest.param(Reflection, {"patterns": ("(",)}, "patterns", id="bad-regex"),
    pytest.param(Reflection, {"patterns": ("a*",)}, "patterns", id="empty-match"),
    pytest.param(Reflection, {"patterns": "abc"}, "patterns", id="pattern-string"),
    pytest.param(Reflection, {"mode": "sum"}, "mode", id="mode"),
    pytest.param(Reflection, {"saturation": 0}, "saturation", id="saturation-zero"),
    pytest.param(Reflection, {"saturation": True}, "saturation", id="saturation-bool"),
    pytest.param(Reflection, {"where": "middle"}, "where", id="where"),
    pytest.param(Reflection, {"min_following": -1}, "min_following", id="min-following"),
    pytest.param(Reflection, {"min_reasoning": 1.5}, "min_reasoning", id="min-reasoning"),
    pytest.param(Reflection, {"max_density": 2.0}, "max_density", id="max-density"),
    pytest.param(Aha, {"keywords": ()}, "keywords", id="aha-nothing"),
    pytest.param(Aha, {"where": "end"}, "where", id="aha-where"),
    pytest.param(CognitiveBehaviors, {"weights": {"humor": 1.0}}, "weights", id="cb-behaviour"),
    pytest.param(CognitiveBehaviors, {"weights": {"verification": -1}}, "weights", id="cb-neg"),
    pytest.param(CognitiveBehaviors, {"weights": {"verification": 0}}, "weights", id="cb-zero"),
    pytest.param(CognitiveBehaviors, {"weights": "verification"}, "weights", id="cb-string"),
    pytest.param(CognitiveBehaviors, {"weights": (("verification",),)}, "weights", id="cb-pair"),
    pytest.param(CognitiveBehaviors, {"saturation": 0}, "saturation", id="cb-saturation"),
    pytest.param(
        CognitiveBehaviors, {"saturation": {"backtracking": 1.5}}, "saturation", id="cb-sat-float"
    ),
    pytest.param(CognitiveBehaviors, {"saturation": {"x": 2}}, "saturation", id="cb-sat-name"),
    pytest.param(CognitiveBehaviors, {"saturation": "2"}, "saturation", id="cb-sat-string"),
    pytest.param(CognitiveBehaviors, {"saturation": ((1,),)}, "saturation", id="cb-sat-pair"),
    pytest.param(CognitiveBehaviors, {"where": 3}, "where", id="cb-where"),
    pytest.param(CognitiveBehaviors, {"max_density": -0.1}, "max_density", id="cb-density"),
    pytest.param(CognitiveBehaviors, {"max_density": 1.1}, "max_density", id="cb-density-high"),
]


@pytest.mark.parametrize(("scorer", "options", "argument"), BAD_OPTIONS)
def test_bad_options_raise_config_error(
    scorer: type, options: dict[str, object], argument: str
) -> None:
    with pytest.raises(ConfigError, match=argument):
        scorer(**options)


def test_configure_rejects_unknown_option() -> None:
    with pytest.raises(ConfigError, match="unknown option 'keyword'"):
        reflection.configure(keyword=("x",))
    with pytest.raises(ConfigError, match="where"):
        select_region("x", "nowhere")
    with pytest.raises(ConfigError, match="keywords"):
        profile(["x"], keywords=())


# --- regions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        pytest.param("abc", "all", "abc", id="all"),
        pytest.param("<think>a</think>b<think>c</think>", "think", "a\nc", id="think-two"),
        pytest.param("a</think>b", "think", "a", id="think-prefilled"),
        pytest.param("x<think>abc", "think", "abc", id="think-unclosed"),
        pytest.param("no tags", "think", "", id="think-none"),
        pytest.param("<think>" * 3, "think", "<think><think>", id="think-soup"),
        pytest.param("a \\boxed{1} b \\boxed{2} c", "before_answer", "a \\boxed{1} b ", id="bef"),
        pytest.param("a \\boxed{1} b \\boxed{2} c", "after_answer", "\\boxed{2} c", id="aft"),
        pytest.param("r <answer>\\boxed{2}</answer>", "before_answer", "r ", id="answer-tag"),
        pytest.param("a \\fbox{2} c", "after_answer", "\\fbox{2} c", id="fbox"),
        pytest.param("no answer", "before_answer", "no answer", id="before-no-answer"),
        pytest.param("no answer", "after_answer", "", id="after-no-answer"),
    ],
)
def test_select_region(text: str, where: str, expected: str) -> None:
    assert select_region(text, where) == expected


def test_where_values_are_documented() -> None:
    assert WHERE == ("all", "think", "before_answer", "after_answer")


def test_conversational_and_reasoning_content() -> None:
    messages = [
        {"role": "user", "content": "But wait, is this a trick?"},
        {"role": "assistant", "content": "It is 4.", "reasoning_content": "Let's check: 2+2=4"},
    ]
    assert aha([messages]) == [1.0]  # the reasoning is scored, the user message is not
    assert aha.configure(where="think")([messages]) == [1.0]
    assert aha([[{"role": "user", "content": "But wait"}]]) == [0.0]


# --- behaviours ------------------------------------------------------------------------

BEHAVIOR_CASES = [
    # verification: true
    ("verification", "Let's verify this result by substituting x = 3.", True),
    ("verification", "8*35 is 280, which is too high.", True),
    ("verification", "Plugging x = 2 back into the equation gives 7 = 7.", True),
    ("verification", "Let me check if 91 is prime: 91 = 7 * 13.", True),
    ("verification", "To confirm this, compute 12 * 12 = 144.", True),
    ("verification", "So 3 + 4 = 7, which matches the given total.", True),
    ("verification", "Both sides equal 10, which is correct.", True),
    ("verification", "A quick sanity check: the area must be positive.", True),
    ("verification", "Double-checking the sum gives 45 again.", True),
    ("verification", "We can verify this by multiplying back: 6 * 7 = 42.", True),
    # verification: false
    ("verification", "Check the definition of a prime number.", False),
    ("verification", "The check was for $45.", False),
    ("verification", "This is too hard to compute by hand, so we use a formula.", False),
    ("verification", "Verifying identities is a standard exercise.", False),
    ("verification", "He made sure to bring a pencil.", False),
    # backtracking: true
    ("backtracking", "This doesn't work, let me try a different approach.", True),
    ("backtracking", "That didn't lead anywhere.", True),
    ("backtracking", "I made a mistake in the second step.", True),
    ("backtracking", "Let me start over with a cleaner setup.", True),
    ("backtracking", "My previous answer was wrong.", True),
    ("backtracking", "Instead, let's use the law of cosines.", True),
    ("backtracking", "This approach fails for n = 1.", True),
    ("backtracking", "Let's go back to the original equation.", True),
    # backtracking: false
    ("backtracking", "This works because the function is increasing.", False),
    ("backtracking", "We use a different letter for the second variable.", False),
    ("backtracking", "The mistake in the problem statement is a typo we ignore.", False),
    ("backtracking", "It does not matter which root we take.", False),
    # subgoal_setting: true
    ("subgoal_setting", "First, we need to find the radius of the circle.", True),
    ("subgoal_setting", "Then we can compute the area from the radius.", True),
    ("subgoal_setting", "Our next goal is to eliminate y.", True),
    ("subgoal_setting", "Let's break the problem down into two cases.", True),
    ("subgoal_setting", "Once we know the slope, we can write the line.", True),
    ("subgoal_setting", "To find the volume, we first need the height.", True),
    ("subgoal_setting", "Step 1: factor the numerator.", True),
    # subgoal_setting: false
    ("subgoal_setting", "The first term is 3.", False),
    ("subgoal_setting", "Then the answer is 12.", False),
    ("subgoal_setting", "Her goal was to win.", False),
    ("subgoal_setting", "Step 2 repeats the same idea.", False),
    # backward_chaining: true
    ("backward_chaining", "Working backwards from the target 32, we need 4 * 8.", True),
    ("backward_chaining", "Let's reason backward from the answer.", True),
    ("backward_chaining", "Starting from the goal, the last move must be a multiplication.", True),
    ("backward_chaining", "To get 24, we need 4 * 6 or 3 * 8.", True),
    ("backward_chaining", "For the sum to be even, we need both terms odd.", True),
    ("backward_chaining", "What do we need to reach 100?", True),
    # backward_chaining: false
    ("backward_chaining", "Read the number backwards: 321.", False),
    ("backward_chaining", "The target audience is students.", False),
    ("backward_chaining", "We start from the first equation and simplify.", False),
    ("backward_chaining", "To get started, write down the given facts.", False),
]


@pytest.mark.parametrize(
    ("behavior", "text", "expected"),
    [
        pytest.param(*case, id=f"{case[0]}-{'true' if case[2] else 'false'}-{i}")
        for i, case in enumerate(BEHAVIOR_CASES)
    ],
)
def test_behavior_table(behavior: str, text: str, expected: bool) -> None:
    counts = behaviors(text)
    assert (counts[behavior] > 0) is expected, counts
    assert behaviors(text.upper().replace("\u2019", "'"))[behavior] == counts[behavior]


def test_behavior_examples_of_the_issue() -> None:
    text = (
        "Let's verify this result by plugging in. 8*35 is 280, which is too high. "
        "This doesn't work, let me try a different approach. First we need to find the sum, "
        "then we can divide. Working backwards from the target 32, we need 4 * 8."
    )
    counts = behaviors(text)
    assert all(counts[name] >= 1 for name in BEHAVIORS), counts


def test_behavior_counts_repeat_and_do_not_overlap() -> None:
    text = "Let me verify this by plugging x = 2 back in. " * 3
    assert behaviors(text)["verification"] == 6  # two patterns per sentence, no overlap
    assert behaviors("working backwards from the goal")["backward_chaining"] == 1


def test_behavior_patterns_shape() -> None:
    assert tuple(BEHAVIOR_PATTERNS) == BEHAVIORS
    for patterns in BEHAVIOR_PATTERNS.values():
        for triggers, source in patterns:
            assert triggers
            assert all(trigger and trigger == trigger.lower() for trigger in triggers)
            re.compile(source)


@settings(max_examples=100)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [case[1] for case in BEHAVIOR_CASES]
                + ["x" * 150, "\n", "it ", "which is ", "we need ", "backwards ", "42"]
            ),
            model_text.map(lambda t: t[:50]),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_windowed_behavior_search_equals_whole_text_search(text: str) -> None:
    low = text.lower()
    assert _behavior_hits(low) == _behavior_hits(low, windows=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("can " * 20_000, id="many-triggers"),
        pytest.param("let me verify this by " * 5000, id="dense-phrases"),
        pytest.param("1 = 1, " * 20_000, id="dense-numbers"),
        pytest.param("x" * 300_000, id="long-word"),
    ],
)
def test_behaviors_on_hostile_text(text: str) -> None:
    counts = behaviors(text)
    assert all(n >= 0 for n in counts.values())
    assert 0.0 <= cognitive_behaviors().score(text) <= STUFFED_CAP or "verify" not in text


# --- cognitive_behaviors ----------------------------------------------------------------

SOLUTION = (
    "We want to reach 24 from 3, 4, 5 and 6. Working backwards from the target 24, we need "
    "a product such as 4 * 6 or 3 * 8. First, we need to find a way to get 4 and 6 together. "
    "Try 4 * 6 = 24, but then 3 and 5 are unused; 3 + 5 = 8 and 24 + 8 = 32, which is too high. "
    "This doesn't work, let me try a different approach. To get 24, we need 3 * 8, and 8 can "
    "come from 6 + 5 - 3. Then we need to use 4: 5 + 4 - 6 = 3 would reuse numbers. "
    "Let me verify this by plugging in: (6 + 5 - 3) * ... uses 3 twice, so that fails too. "
    "The four numbers add up to 18, and their product is 360."
)


def test_cognitive_default_rewards_all_four() -> None:
    reward = cognitive_behaviors()
    assert reward is cognitive_behaviors()  # the default is one shared Reward
    score = reward.score(SOLUTION)
    assert 0.5 <= score <= 1.0
    assert reward.score("The answer is 24.") == 0.0


def test_cognitive_weights_and_saturation() -> None:
    verify_only = cognitive_behaviors({"verification": 1.0}, saturation=1)
    assert verify_only.score(SOLUTION) == 1.0
    backward = cognitive_behaviors({"backward_chaining": 1.0}, saturation={"backward_chaining": 4})
    assert backward.score(SOLUTION) == pytest.approx(0.75)  # 3 distinct events of 4
    mixed = cognitive_behaviors({"verification": 3.0, "subgoal_setting": 1.0}, saturation=1)
    assert mixed.score(SOLUTION) == pytest.approx(1.0)
    assert verify_only.name != backward.name != mixed.name
    assert cognitive_behaviors(name="cb").name == "cb"
    assert cognitive_behaviors(where="think").score(SOLUTION) == 0.0
    configured = cognitive_behaviors().configure(weights={"backtracking": 1.0}, saturation=1)
    assert configured.score(SOLUTION) == 1.0
    assert pickle.loads(pickle.dumps(configured)).score(SOLUTION) == 1.0


def test_cognitive_repeated_sentence_counts_once() -> None:
    reasoning = distinct_reasoning(12)
    once = reasoning + "This doesn't work, let me try a different approach with 17 * 25."
    many = reasoning + "This doesn't work, let me try a different approach with 17 * 25. " * 5
    reward = cognitive_behaviors({"backtracking": 1.0}, saturation=4)
    assert reward.score(many) <= reward.score(once)


# --- profile ---------------------------------------------------------------------------


def test_profile_counts_keywords_and_behaviors() -> None:
    texts = [
        "But wait, x = 2. Let me verify this by plugging it back in.",
        [{"role": "assistant", "content": "Let’s check: 2+2=4. But wait, also 3."}],
        "The answer is 5.",
    ]
    result = profile(texts)
    assert isinstance(result, Profile)
    assert result.texts == 3
    assert result.aha == 2
    by_name = {(f.kind, f.name): f for f in result.features}
    assert by_name["keyword", "but wait"].texts == 2
    assert by_name["keyword", "but wait"].occurrences == 2
    assert by_name["keyword", "let's check"].occurrences == 1
    assert by_name["keyword", "but wait"].rate == pytest.approx(2 / 3)
    assert by_name["behavior", "verification"].texts == 2  # "let's check:" verifies
    assert by_name["keyword", "aha"].occurrences == 0
    data = json.loads(json.dumps(result.to_dict()))
    assert data["texts"] == 3
    assert data["aha_rate"] == pytest.approx(2 / 3)
    table = result.format_table()
    assert "but wait" in table
    assert "aha " not in table.split("\n", 2)[2]  # unseen features left out
    assert "aha " in result.format_table(all_features=True)


def test_profile_of_nothing_and_custom_keywords() -> None:
    empty = profile([])
    assert (empty.texts, empty.aha, empty.reflection_mean) == (0, 0, 0.0)
    assert empty.to_dict()["aha_rate"] == 0.0
    assert "0 texts" in empty.format_table()
    custom = profile(["hmm, hmm"], keywords=("hmm",))
    assert [(f.name, f.occurrences) for f in custom.features if f.kind == "keyword"] == [("hmm", 2)]


# --- real completions ------------------------------------------------------------------


def _generations(shared_data: Path, limit: int | None = None) -> list[str]:
    path = shared_data / "math500_generations.jsonl"
    if not path.is_file():
        pytest.skip("math500_generations.jsonl is absent")
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [str(row["completion"]) for row in rows[:limit]]


def test_aha_against_the_naive_recipe_on_real_completions(shared_data: Path) -> None:
    texts = _generations(shared_data)
    disagreements = []
    for text in texts:
        naive = any(k in text.lower() for k in RECIPE_KEYWORDS)
        if float(naive) != aha_score(text):
            disagreements.append(text)
    # Every disagreement is a phrase the naive loop misses (curly/missing apostrophe, line
    # break) or finds inside a longer word; there are few.
    assert len(disagreements) <= len(texts) // 50
    for text in disagreements:
        low = text.lower()
        assert aha_score(text) == 1.0 or any(k in low for k in RECIPE_KEYWORDS)


def test_batch_paths_on_real_completions(shared_data: Path, batch_mode: str) -> None:
    texts = _generations(shared_data, 400)
    for reward in (aha, reflection):
        for start in range(0, len(texts), 64):
            batch = Batch(texts[start : start + 64])
            assert reward.scorer.batch(batch) == [reward.scorer(s) for s in batch.samples()]


def test_behavior_windows_on_real_completions(shared_data: Path) -> None:
    for text in _generations(shared_data, 300):
        low = text.lower()
        assert _behavior_hits(low) == _behavior_hits(low, windows=False)


def test_profile_on_real_completions(shared_data: Path) -> None:
    result = profile(_generations(shared_data)[::5])
    by_name = {(f.kind, f.name): f for f in result.features}
    assert result.texts == 500
    assert by_name["keyword", "wait"].texts > 0
    assert by_name["behavior", "verification"].texts > 0
    assert 0.0 < result.reflection_mean < 1.0


def test_duplicate_phrases_keep_the_larger_weight() -> None:
    variant = reflection.configure(keywords=("hmm", ("Hmm", 3.0), "hmm"))
    assert variant.score(LONG + "Hmm, 2x = 6 means x = 3.") == pytest.approx(1.0)


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["hmm, x", "nothing", "HMMM", "but wait"], id="mixed"),
        pytest.param(["", "", ""], id="empty"),
        pytest.param(["İ but wait", "ugh İ"], id="lowercase-longer"),
    ],
)
def test_matcher_batch_with_patterns_equals_per_item(texts: list[str]) -> None:
    matcher = _matcher(_resolve_keywords(("but wait",)), ((r"\bhm+\b", 1.0), (r"ugh", 1.0)))
    lows = [text.lower() for text in texts]
    assert matcher.any_batch(lows) == [matcher.any(low) for low in lows]
    assert matcher.hits_batch(lows) == [matcher.hits(low) for low in lows]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param(
            {"weights": {"humor": 1.0}},
            "weights: unknown behaviour 'humor'; expected one of "
            "['verification', 'backtracking', 'subgoal_setting', 'backward_chaining']",
            id="weights-name",
        ),
        pytest.param(
            {"weights": "verification"},
            "weights: expected a mapping of behaviour to weight; got 'verification'",
            id="weights-shape",
        ),
        pytest.param(
            {"weights": (("verification",),)},
            "weights: expected (behaviour, weight) pairs; got ('verification',)",
            id="weights-pair",
        ),
        pytest.param(
            {"weights": {"verification": 0}},
            "weights: expected at least one weight > 0; got (('verification', 0),)",
            id="weights-all-zero",
        ),
        pytest.param(
            {"saturation": "2"},
            "saturation: expected an integer or a mapping of behaviour to integer; got '2'",
            id="saturation-shape",
        ),
        pytest.param(
            {"saturation": ((1,),)},
            "saturation: expected (behaviour, count) pairs; got (1,)",
            id="saturation-pair",
        ),
        pytest.param(
            {"saturation": {"verification": 1.5}},
            "saturation['verification']: expected an integer >= 1; got 1.5",
            id="saturation-count",
        ),
    ],
)
def test_cognitive_behaviors_option_messages(options: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        cognitive_behaviors().configure(**options)
    assert str(info.value) == message


# --- user patterns: bounded by a time budget ----------------------------------------------


def test_catastrophic_user_pattern_cannot_hang() -> None:
    # (a|aa)+b backtracks exponentially on a run of a's without b: with `re` this text would
    # take ~2**80 steps. The regex module's timeout bounds each search, in any thread.
    reward = reflection.configure(patterns=(r"(a|aa)+b",), min_reasoning=0, min_following=0)
    text = "hmm " + "a" * 80
    results: list[list[float | None]] = []
    worker = threading.Thread(target=lambda: results.append(reward([text, "aab then more"])))
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "a catastrophic user pattern hung the reward"
    assert results[0][0] == 0.0  # nothing found within the budget
    assert results[0][1] is not None
    assert results[0][1] > 0.0  # the same pattern still matches where it can


def test_user_pattern_timeout_keeps_matches_found_before_it() -> None:
    pattern = matching.user_pattern(r"(a|aa)+b")
    assert matching.user_hits(pattern, "ab xx " + "a" * 80) == [(0, 2)]


# --- the fast scan (hyperscan) equals the standard-library scan -----------------------------

_SCAN_HOSTILE = [
    "RECHEC\u212a the sum",  # Kelvin sign: lowercases to an ASCII k
    "L\u0130ST: let me verify this",  # dotted capital I: lowercases to i + a combining dot
    "but\u00a0wait, x = 3\u3000then",  # non-ASCII whitespace inside a phrase
    "let\u2019s\u2003check it now",
    "re\u2013check the sum; re check; recheck",
    "我们等等再想想，让我检查一下",
    "BUT WAIT, LET'S CHECK: 2+2=4. To Verify, plug it back in.",
    "\ud800 but wait \x00 let us verify this \x1c wait",
    "captain ahab and the Mahabharata",
]


def _both_backends(function: Callable[[], object]) -> tuple[object, object]:
    try:
        scan.set_fast(False)
        slow = function()
    finally:
        scan.set_fast(True)
    return slow, function()


@pytest.mark.skipif(not scan.fast_backend(), reason="hyperscan is not installed")
@settings(max_examples=100)
@given(st.one_of(keyword_text, st.sampled_from(_SCAN_HOSTILE)))
def test_fast_scan_equals_standard_scan(text: str) -> None:
    low = text.lower()
    for matcher in (
        _matcher(_resolve_keywords(REFLECTION_KEYWORDS), ()),
        _matcher(_resolve_keywords(RECIPE_KEYWORDS), ()),
    ):
        slow, fast = _both_backends(lambda m=matcher: (m.any(text), m.any(low, low), m.hits(low)))
        assert fast == slow
    slow, fast = _both_backends(lambda: _behavior_hits(low))
    assert fast == slow


@pytest.mark.skipif(not scan.fast_backend(), reason="hyperscan is not installed")
def test_fast_scan_equals_standard_scan_on_real_completions(shared_data: Path) -> None:
    texts = _generations(shared_data, 300)
    for reward in (aha, reflection, cognitive_behaviors()):
        slow, fast = _both_backends(lambda r=reward: r(texts))
        assert fast == slow


def test_gate_scan_pickles_as_its_gates() -> None:
    gates = scan.GateScan(("wait", "check"))
    assert pickle.loads(pickle.dumps(gates)) == gates
    assert pickle.loads(pickle.dumps(gates)).present("WAIT") == {0}


# --- normalisation: content is what a reader sees (issue 14.1) -----------------------------


def test_invisible_padding_does_not_hide_stuffing() -> None:
    stuffed = "but wait " * 200 + "the answer is 4" + "\u200b" * 5000
    assert reflection([stuffed])[0] <= STUFFED_CAP  # was 0.33 before normalisation


def test_invisible_padding_is_not_reasoning() -> None:
    short = "wait 1 2 3. wait 4 5 6. wait 7 8 9."
    padded = short + "\u200b" * 200 + "\u2800" * 200 + "\u00ad" * 200
    assert reflection_score(padded) == reflection_score(short)
    assert reflection_score(padded) <= STUFFED_CAP  # was 1.0 with 35 visible characters


def test_keyword_hidden_by_invisible_characters_is_the_keyword() -> None:
    plain = "x = 3. Wait, the root is negative, so x = -3 and the sum is 0 here."
    hidden = plain.replace("Wait", "Wa\u200bi\u00adt")
    assert reflection_score(hidden) == reflection_score(plain) > 0
    checked = plain.replace("Wait", "Let me verify this")
    assert behaviors(checked.replace("verify", "ver\u200bify")) == behaviors(checked)
    assert behaviors(checked)["verification"] == 1


def test_look_alike_letters_are_not_the_keyword() -> None:
    plain = "x = 3. Wait, the root is negative, so x = -3 and the sum is 0 here."
    look_alike = plain.replace("Wait", "W\u0430it")  # Cyrillic a
    assert reflection_score(look_alike) == 0.0
    assert reflection_score(plain) > 0


def test_cognitive_phrase_followed_only_by_reflection_phrases_is_not_an_event() -> None:
    reward = cognitive_behaviors({"verification": 1.0}, saturation=1, min_reasoning=0)
    filler = "Let me verify this. Wait, hold on. "
    assert reward([filler * 3])[0] == 0.0
    real = "Let me verify this: wait, 6 * 7 = 42 and 42 / 7 = 6, so x = 6."
    assert reward([real])[0] == 1.0  # phrases then content: one event, as in reflection


# The cheapest maximum must cost reasoning, not filler (issue 14 item 1; benchmarks/cheapest.py).
_HEAD = "Wait, 1 2 3. Let me double-check: 4 5 6. Hold on, 7 8 9. "
_LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed eiusmod tempor incididunt. "
    "Ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation. "
)
FILLER = {
    "numbered-words": _HEAD + " ".join(f"{i}." for i in range(10, 104)),
    "numbers-after-phrases": " ".join(f"Wait, {i} {i + 1} {i + 2}." for i in range(0, 300, 3)),
    "repeated-phrase": "The answer is 6. " + "But wait, let me double-check: x = 6. " * 40,
    "lorem-ipsum": " ".join(f"{p} {_LOREM}" for p in ("Wait,", "Hold on,", "Let me verify,")),
    "grammar-words-only": "Wait, it is so. Hold on, we do it. Let me check, as if we. " * 3,
    "one-word-sentences": "Wait, yes. Hold on, no. " + " ".join(f"Word{i}." for i in range(80)),
}
GENUINE_SHORT = {
    "arithmetic-check": (
        "We need 17 * 23. 17 * 20 = 340 and 17 * 3 = 51, so 17 * 23 = 391. "
        "Let me double-check: 391 / 17 = 23, since 17 * 23 = 391. The answer is 391."
    ),
    "misread-problem": (
        "The area of the 3 by 4 rectangle is 12. Wait, the problem asks for the perimeter, "
        "not the area. The perimeter is 2 * (3 + 4) = 14, so the answer is 14."
    ),
    "words-only-reflection": (
        "Since 2^10 = 1024 and 1024 > 1000, ten doublings suffice. Hold on, the question "
        "wants the first power above 1000, and 2^9 = 512 is below it, so ten is right."
    ),
}


@pytest.mark.parametrize("name", sorted(FILLER))
def test_filler_earns_at_most_the_cap(name: str) -> None:
    assert reflection_score(FILLER[name]) <= STUFFED_CAP


@pytest.mark.parametrize("name", sorted(GENUINE_SHORT))
def test_genuine_short_reasoning_with_one_reflection_earns_credit(name: str) -> None:
    details = reflection.explain(GENUINE_SHORT[name]).details
    assert len(details["counted"]) == 1  # type: ignore[arg-type]
    assert reflection_score(GENUINE_SHORT[name]) > STUFFED_CAP  # above every filler text


def test_near_identical_follow_ups_count_once() -> None:
    base = distinct_reasoning(12)
    near = base + " ".join(f"Wait, x = {i}." for i in range(1, 4))
    assert reflection_score(near) == pytest.approx(1 / 3)
    pasted = base + "Wait, the sum is 7. Hold on, the sum is 7. Let me check: the sum is 7."
    assert reflection_score(pasted) == pytest.approx(1 / 3)


_FILLERS = st.one_of(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=60).map(
        lambda ns: " ".join(f"{n}." for n in ns)
    ),
    st.sampled_from(["Wait. ", "But wait! ", "Let me double-check. ", "Hmm. "]).map(
        lambda p: p * 5
    ),
    st.just(_LOREM),
)


@given(text=st.text(max_size=300), filler=_FILLERS, glue=st.sampled_from(["\n", ". ", "\n\n"]))
def test_appending_filler_never_raises_the_score(text: str, filler: str, glue: str) -> None:
    assert reflection_score(text + glue + filler) <= reflection_score(text) + 1e-9
    genuine = GENUINE_SHORT["misread-problem"]
    assert reflection_score(genuine + glue + filler) <= reflection_score(genuine) + 1e-9


# cognitive_behaviors: the same rule (issue 14 item 1; benchmarks/cheapest.py).
_BEHAVIOUR_PHRASES = (
    "Let me verify this by plugging in:",
    "This works:",
    "I made a mistake:",
    "Scrap that:",
    "First, we need to find",
    "We will do this in two parts:",
    "Working backwards from the target:",
    "Working backwards from 4:",
)
_SALAD = ("it is red", "we saw blue", "so the cat", "then a dog", "it was big", "and the sun")
COGNITIVE_FILLER = {
    # the old cheapest maximum (1.0 at 405 visible characters)
    "numbered": " ".join(f"{p} {i} {i} {i}." for i, p in enumerate(_BEHAVIOUR_PHRASES, 1))
    + " "
    + " ".join(f"{i}." for i in range(10, 84)),
    # each phrase a whole match, then lorem ipsum (words left of a phrase's sentence outside
    # its match, as "from the target", do read as reasoning: docs/reflection.md)
    "lorem-ipsum": " ".join(
        f"{p}: {_LOREM}"
        for p in (
            *("Let me verify", "This works", "I made a mistake", "Scrap that"),
            *("First, we need to find", "We will do this in two parts", "Working backwards"),
        )
    ),
    "grammar-words": " ".join(
        f"{p} {s}." for p, s in zip(_BEHAVIOUR_PHRASES, [*_SALAD, "this is", "so it"], strict=True)
    )
    + " "
    + " ".join(f"It is x{i}." for i in range(60)),
    "block-pasted": " ".join(
        [" ".join(f"{p} x + {i} = {i + 5}." for i, p in enumerate(_BEHAVIOUR_PHRASES))] * 8
    ),
}
_DEFAULT_COGNITIVE = CognitiveBehaviors()
COGNITIVE_GENUINE = (
    "First, we need to find two numbers whose product is 24. "
    "Working backwards from the target: 24 = 3 * 8, so the rest must make 1. "
    "Let me verify this by plugging in: 6 - 5 = 1 and 3 * 8 * 1 = 24. "
    "This works: every number is used once. "
    "I made a mistake: the rule says we use each number exactly once with + - * /. "
    "Scrap that reading, since 3 * 8 * (6 - 5) still uses each one once. "
    "We will do this in two parts: the product 24, then the factor 1. "
    "Working backwards from 1, it must be 6 - 5, and nothing else is left."
)


@pytest.mark.parametrize("name", sorted(COGNITIVE_FILLER))
def test_cognitive_filler_earns_at_most_the_cap(name: str) -> None:
    assert sum(behaviors(COGNITIVE_FILLER[name]).values()) >= 7  # the phrases are there
    assert _DEFAULT_COGNITIVE.score_text(COGNITIVE_FILLER[name]) <= STUFFED_CAP


def test_cognitive_genuine_short_reasoning_earns_full_credit() -> None:
    assert _DEFAULT_COGNITIVE.score_text(COGNITIVE_GENUINE) == 1.0
    first_half = COGNITIVE_GENUINE.split(" This works:")[0]
    assert STUFFED_CAP < _DEFAULT_COGNITIVE.score_text(first_half) < 1.0


def test_cognitive_counts_only_reasoning_after_a_phrase() -> None:
    reward = CognitiveBehaviors(weights=(("backtracking", 1.0),), min_reasoning=0, max_density=1.0)
    real = "I made a mistake: 6 * 7 = 42 here. Scrap that: we must use the 5 first."
    assert reward.score_text(real) == 1.0
    numbers = "I made a mistake: 6 7 42 48. Scrap that: we must use the 5 first."
    assert behaviors(numbers)["backtracking"] == 2
    assert reward.score_text(numbers) == 0.5  # "6 7 42 48" is content but not reasoning


def test_cognitive_near_identical_follow_ups_count_once() -> None:
    reward = CognitiveBehaviors(weights=(("verification", 1.0),), min_reasoning=0, max_density=1.0)
    near = "Let me verify this: x = 1. Let me check: x = 2."
    assert behaviors(near)["verification"] == 2
    assert reward.score_text(near) == 0.5
    different = "Let me verify this: x = 1. Let me check: the sum 3 + 4 is 7."
    assert reward.score_text(different) == 1.0


@given(text=st.text(max_size=300), filler=_FILLERS, glue=st.sampled_from(["\n", ". ", "\n\n"]))
def test_cognitive_appending_filler_never_raises_the_score(
    text: str, filler: str, glue: str
) -> None:
    score = _DEFAULT_COGNITIVE.score_text
    assert score(text + glue + filler) <= score(text) + 1e-9
    assert score(COGNITIVE_GENUINE + glue + filler) <= score(COGNITIVE_GENUINE) + 1e-9
