"""The claims of docs/migration.md, checked against the peers' published formulas.

TRL and open-r1 are not dependencies, so their formulas are restated here from their sources
(TRL ``trl/rewards/other_rewards.py`` and ``accuracy_rewards.py``; open-r1
``src/open_r1/rewards.py``) as small reference functions; where the page says "the same values",
rewardkit must agree with them exactly on token ids. math-verify is the ``bench`` extra: the
comparisons the page attributes to it run only when it is installed.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit import cosine_scaled, is_equivalent, overlong_penalty, repetition_penalty


def trl_soft_overlong(length: int, max_completion_len: int, soft_punish_cache: int) -> float:
    """TRL's get_soft_overlong_punishment (DAPO eq. 13) for one completion."""
    if length <= max_completion_len - soft_punish_cache:
        return 0.0
    if length <= max_completion_len:
        return (max_completion_len - soft_punish_cache - length) / soft_punish_cache
    return -1.0


def trl_cosine(length: int, correct: bool, max_len: int) -> float:
    """TRL's get_cosine_scaled_reward with its default bounds, clamped past max_len."""
    progress = min(length / max_len, 1.0)
    cosine = math.cos(progress * math.pi)
    low, high = (0.5, 1.0) if correct else (-0.5, -1.0)
    return low + 0.5 * (high - low) * (1.0 + cosine)


def ngram_penalty(items: list[object], ngram_size: int, max_penalty: float) -> float:
    """TRL's (token ids) and open-r1's (lower-cased words) repetition penalty."""
    if len(items) < ngram_size:
        return 0.0
    ngrams = list(zip(*[items[i:] for i in range(ngram_size)], strict=False))
    return (1 - len(set(ngrams)) / len(ngrams)) * max_penalty


@given(
    lengths=st.lists(st.integers(0, 300), min_size=1, max_size=8),
    max_length=st.integers(1, 200),
    data=st.data(),
)
def test_overlong_penalty_equals_trl_soft_overlong_punishment(lengths, max_length, data):
    buffer = data.draw(st.integers(1, max_length))
    reward = overlong_penalty(max_length=max_length, buffer=buffer)
    got = reward([""] * len(lengths), completion_ids=[[0] * n for n in lengths])
    expected = [trl_soft_overlong(n, max_length, buffer) for n in lengths]
    assert got == pytest.approx(expected, abs=1e-12)


@given(length=st.integers(0, 400), correct=st.booleans(), max_len=st.integers(1, 200))
def test_cosine_scaled_equals_trl_cosine_scaled_reward(length, correct, max_len):
    text = r"\boxed{4}" if correct else r"\boxed{5}"
    got = cosine_scaled(max_length=max_len)([text], completion_ids=[[0] * length], answer=["4"])
    assert got == pytest.approx([trl_cosine(length, correct, max_len)], abs=1e-12)


@given(
    ids=st.lists(st.integers(0, 4), max_size=40),
    ngram=st.integers(1, 5),
    max_penalty=st.floats(-2.0, 0.0),
)
def test_repetition_penalty_on_ids_equals_trl(ids, ngram, max_penalty):
    got = repetition_penalty(ngram=ngram, max_penalty=max_penalty)([""], completion_ids=[ids])
    assert got == pytest.approx([ngram_penalty(ids, ngram, max_penalty)], abs=1e-12)


@given(
    words=st.lists(st.sampled_from(["the", "The", "cat", "CAT", "sat", "ha"]), max_size=30),
    ngram=st.integers(1, 4),
)
def test_repetition_penalty_on_words_equals_open_r1(words, ngram):
    text = " ".join(words)
    got = repetition_penalty(ngram=ngram, max_penalty=-1.0)([text])
    expected = ngram_penalty(text.lower().split(), ngram, -1.0)
    assert got == pytest.approx([expected], abs=1e-12)


@pytest.mark.parametrize(
    ("gold", "pred", "math_verify", "rewardkit"),
    [
        pytest.param(r"\frac{1}{3}", "0.333333", True, False, id="six-decimal-rounding"),
        pytest.param(r"\frac{1}{3}", "1/3", True, True, id="fraction"),
        pytest.param(r"\{1, 2\}", r"\{2, 1\}", True, True, id="set-order"),
    ],
)
def test_migration_page_verdicts(gold, pred, math_verify, rewardkit):
    assert is_equivalent(gold, pred) is rewardkit
    peer = pytest.importorskip("math_verify")
    assert peer.verify(peer.parse(f"${gold}$"), peer.parse(f"${pred}$")) is math_verify
