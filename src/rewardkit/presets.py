r"""Ready-made reward sets that reproduce published GRPO recipes.

Each preset is a function returning ``(reward_funcs, reward_weights)``: two new, aligned lists
to pass straight to TRL::

    from rewardkit import presets
    reward_funcs, reward_weights = presets.aha_grpo()
    trainer = GRPOTrainer(..., reward_funcs=reward_funcs,
                          args=GRPOConfig(..., reward_weights=reward_weights))

Keeping the rewards separate (rather than one :func:`~rewardkit.compose.combine`) lets TRL log
each one (``rewards/boxed_correct/mean`` is the accuracy). :func:`as_reward` makes one combined
Reward for frameworks that take a single reward function. :data:`PRESETS` maps each preset's
command-line name (``rewardkit score --preset NAME``) to its default configuration.

Examples:
    >>> reward_funcs, reward_weights = aha_grpo()
    >>> [reward.name for reward in reward_funcs], reward_weights
    (['boxed_number', 'boxed_correct', 'aha'], [0.5, 2.0, 1.0])
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType

from rewardkit import pkv
from rewardkit.answers import answer_correct, boxed_correct, boxed_number
from rewardkit.compose import combine
from rewardkit.errors import ConfigError
from rewardkit.length import overlong_penalty
from rewardkit.reflect import aha
from rewardkit.reward import Reward
from rewardkit.structure import think_format

__all__ = ["PRESETS", "aha_grpo", "as_reward", "dapo", "pkv_rounds", "r1_zero"]

#: A preset: rewards and their weights, aligned.
Preset = tuple[list[Reward], list[float]]


def _check_correct(correct: object) -> Reward:
    if not isinstance(correct, Reward):
        msg = f"correct must be a rewardkit Reward; got {type(correct).__name__}"
        raise ConfigError(msg)
    return correct


def aha_grpo() -> Preset:
    r"""The "aha moment" GRPO recipe: numeric boxed answer 0.5, correct 2.0, reflection 1.0.

    Follows the widely copied GRPO demo for GSM8K (W. Brown's ``grpo_demo.py``, January 2025:
    2.0 for a correct answer, 0.5 for a numeric one) with the reflection bonus that "aha moment"
    reproductions of DeepSeek-R1-Zero add (1.0 when the completion uses one of the recipe's
    reflection phrases such as "but wait" or "let's check"). Rewards: ``boxed_number`` (the
    last ``\boxed{}`` holds a number), ``boxed_correct`` (it equals the gold ``answer``, else
    ``solution``), ``aha`` (:mod:`rewardkit.reflect`). Total per completion in [0, 3.5].

    Reward hacking: ``aha`` pays for the phrase, not for reflecting; consider
    ``gate(aha, when=boxed_correct)`` (see :func:`~rewardkit.compose.gate`) once the model
    starts sprinkling "wait" into wrong answers.

    Returns:
        ``([boxed_number, boxed_correct, aha], [0.5, 2.0, 1.0])`` (new lists).

    Examples:
        >>> funcs, weights = aha_grpo()
        >>> totals = as_reward((funcs, weights))
        >>> totals(["But wait, let's check: 2+2 = 4. \\boxed{4}", "\\boxed{5}"], answer=["4", "4"])
        [3.5, 0.5]
    """
    return [boxed_number, boxed_correct, aha], [0.5, 2.0, 1.0]


def r1_zero(*, correct: Reward | None = None, prefilled: bool = False) -> Preset:
    r"""DeepSeek-R1-Zero's rule-based rewards: think/answer format plus accuracy, weight 1 each.

    Follows DeepSeek-AI (2025), "DeepSeek-R1", section 2.2.2: an *accuracy reward* (the final
    answer checked by rules) and a *format reward* (reasoning inside ``<think>...</think>``, then
    the answer inside ``<answer>...</answer>``), no neural reward model; equal weights as in
    open-r1's GRPO recipe. Rewards: ``think_format`` (:mod:`rewardkit.structure`; 1.0 for one
    think block then one answer block) and ``answer_correct`` (the final answer, boxed or not,
    equivalent to the gold). Total per completion in [0, 2].

    Args:
        correct: the accuracy reward (default ``answer_correct``; ``boxed_correct`` when the
            prompt asks for a boxed answer).
        prefilled: the chat template ends the prompt with ``<think>`` (the completion starts
            inside the think block), as DeepSeek-R1's template does.

    Returns:
        ``([think_format, correct], [1.0, 1.0])`` (new lists).

    Raises:
        ConfigError: ``correct`` is not a Reward.

    Examples:
        >>> funcs, weights = r1_zero()
        >>> [reward.name for reward in funcs], weights
        (['think_format', 'answer_correct'], [1.0, 1.0])
        >>> as_reward((funcs, weights))(["<think>2+2</think>\n<answer>4</answer>"], answer=["4"])
        [2.0]
    """
    accuracy = answer_correct if correct is None else _check_correct(correct)
    fmt = think_format.configure(prefilled=True) if prefilled else think_format
    return [fmt, accuracy], [1.0, 1.0]


def dapo(max_length: int = 20480, buffer: int = 4096, *, correct: Reward | None = None) -> Preset:
    r"""DAPO's rewards: rule-based correctness plus the soft overlong punishment.

    Follows Yu et al. (2025), "DAPO: an open-source LLM reinforcement learning system at
    scale", section 3.4 and eq. 13: correctness is +1/-1 and completions within ``buffer``
    tokens of ``max_length`` lose up to 1 (see :func:`~rewardkit.length.overlong_penalty`);
    the paper's defaults are 20480 and 4096 tokens. Correctness here is ``answer_correct``
    (0/1) with weight 2.0: the same gap of 2 between a right and a wrong answer as DAPO's +1/-1,
    shifted by a constant, which group-normalised advantages ignore (and the logged mean stays
    the accuracy). Lengths are tokens when the trainer passes ``completion_ids`` (TRL does),
    else characters. Total per completion in [-1, 2].

    Args:
        max_length: the generation limit, in tokens.
        buffer: the soft zone before it.
        correct: the correctness reward (default ``answer_correct``).

    Returns:
        ``([correct, overlong_penalty(max_length, buffer)], [2.0, 1.0])`` (new lists).

    Raises:
        ConfigError: bad lengths (see :func:`~rewardkit.length.overlong_penalty`) or
            ``correct`` not a Reward.

    Examples:
        >>> funcs, weights = dapo(max_length=100, buffer=20)
        >>> [reward.name for reward in funcs], weights
        (['answer_correct', 'overlong_penalty_max_length100_buffer20'], [2.0, 1.0])
        >>> as_reward((funcs, weights))(["so \\boxed{4}"] * 2, answer=["4", "4"],
        ...                              completion_ids=[[0] * 50, [0] * 90])
        [2.0, 1.5]
    """
    accuracy = answer_correct if correct is None else _check_correct(correct)
    return [accuracy, overlong_penalty(max_length, buffer)], [2.0, 1.0]


def pkv_rounds(n: int) -> Preset:
    """The PKV (pirate-knight-viking) curriculum: the rewards of GRPO round ``n`` (1, 2 or 3).

    Delegates to :func:`rewardkit.pkv.rounds`: round 1 scores format and correctness, round 2
    adds reflection and originality, round 3 adds length (see :mod:`rewardkit.pkv` and the PKV
    recipe in the docs).

    Args:
        n: the round, 1, 2 or 3.

    Returns:
        ``(rewards, weights)`` of that round (new lists).

    Raises:
        ConfigError: ``n`` is not 1, 2 or 3.

    Examples:
        >>> funcs, weights = pkv_rounds(1)
        >>> len(funcs) == len(weights) < len(pkv_rounds(3)[0])
        True
    """
    rewards, weights = pkv.rounds(n)
    return list(rewards), list(weights)


def as_reward(preset: Preset, *, name: str | None = None) -> Reward:
    """Combine a preset into one Reward: the weighted sum (:func:`~rewardkit.compose.combine`).

    For frameworks that take a single reward function; with TRL prefer passing the lists, so
    each reward is logged.

    Args:
        preset: ``(rewards, weights)`` as a preset returns them.
        name: the logged name (default ``combine(...)``).

    Returns:
        The combined Reward.

    Raises:
        ConfigError: ``preset`` is not a pair of aligned lists of rewards and weights.

    Examples:
        >>> as_reward(aha_grpo()).name
        'combine(0.5*boxed_number, 2*boxed_correct, aha)'
    """
    pair: object = preset
    if not isinstance(pair, tuple) or len(pair) != 2:
        msg = f"preset must be a (rewards, weights) pair; got {type(pair).__name__}"
        raise ConfigError(msg)
    rewards, weights = preset
    return combine(rewards, weights, name=name)


def _pairs(factory: Callable[..., Preset], *args: int) -> list[tuple[Reward, float]]:
    rewards, weights = factory(*args)
    return list(zip(rewards, weights, strict=True))


#: Presets by command-line name, each a zero-argument callable giving ``(reward, weight)``
#: pairs in its default configuration (``dapo``: 20480 and 4096 tokens).
PRESETS: Mapping[str, Callable[[], list[tuple[Reward, float]]]] = MappingProxyType(
    {
        "aha_grpo": functools.partial(_pairs, aha_grpo),
        "dapo": functools.partial(_pairs, dapo),
        "pkv_round1": functools.partial(_pairs, pkv_rounds, 1),
        "pkv_round2": functools.partial(_pairs, pkv_rounds, 2),
        "pkv_round3": functools.partial(_pairs, pkv_rounds, 3),
        "r1_zero": functools.partial(_pairs, r1_zero),
    }
)
