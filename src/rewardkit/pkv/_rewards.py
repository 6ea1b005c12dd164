"""The PKV rewards and the three training rounds.

The Reward objects carry a ``_reward`` suffix here, so that no name in this module shadows a
builtin or another module; :mod:`rewardkit.pkv` exports them as ``pkv.format``, ``pkv.length``...
"""

from __future__ import annotations

from rewardkit.errors import ConfigError
from rewardkit.pkv._construct import (
    PkvFormat,
    PkvLength,
    correct_score,
    explain_correct,
    explain_persona_reflection,
    explain_structure,
    explain_winner,
    persona_reflection_score,
    structure_score,
    winner_score,
)
from rewardkit.pkv._copying import PkvOriginality
from rewardkit.reward import GOLD_COLUMNS, GoldScorer, Reward, TextScorer

__all__ = [
    "correct_reward",
    "format_reward",
    "length_reward",
    "originality_reward",
    "reflection_reward",
    "rounds",
    "structure_reward",
    "winner_reward",
]

#: The 12 construct tags placed, not duplicated, not missing (:func:`structure_score`).
structure_reward = Reward(
    name="pkv_structure",
    scorer=TextScorer(structure_score, explain_structure),
    summary="1/12 per placed tag, -1/12 per duplicated, -1/6 per missing; clipped to [0, 1]",
)

#: The exact construct layout: 1.0 / 0.5 / 0.0 (:func:`format_score`).
format_reward = Reward(
    name="pkv_format",
    scorer=PkvFormat(),
    summary="1.0 exact construct and final answer, 0.5 tags in order but layout varies, else 0",
)

#: The judge's verdict: 1.0 / 0.5 / 0.0 (:func:`winner_score`).
winner_reward = Reward(
    name="pkv_winner",
    scorer=TextScorer(winner_score, explain_winner),
    summary="1.0 winner is exactly one persona, 0.5 one persona plus other text, else 0",
)

#: Persona copying: +0.5 / -0.5 per copy (:func:`originality_score`), in [-1.0, 0.5].
originality_reward = Reward(
    name="pkv_originality",
    scorer=PkvOriginality(),
    lower=-1.0,
    upper=0.5,
    summary="+0.5 when no persona copies another, -0.5 per copying persona (fuzzy)",
)

#: Per-persona length, linear rise then fall, averaged (:func:`length_score`).
length_reward = Reward(
    name="pkv_length",
    scorer=PkvLength(),
    summary="per-persona length: linear rise to optimum, linear fall to max_length, averaged",
)

#: Self-reflection inside the persona sections (:func:`persona_reflection_score`).
reflection_reward = Reward(
    name="pkv_reflection",
    scorer=TextScorer(persona_reflection_score, explain_persona_reflection),
    summary="reflection_score of each persona's section, averaged over the three personas",
)

#: The final answer: +1 / 0 / -1 on a tag leak (:func:`correct_score`), in [-1, 1].
correct_reward = Reward(
    name="pkv_correct",
    scorer=GoldScorer(correct_score, explain_correct),
    gold=GOLD_COLUMNS,
    lower=-1.0,
    upper=1.0,
    summary="+1 final answer equivalent to gold, 0 otherwise, -1 if a construct tag leaks",
)

#: Reward weights per round: the format group sums to 1.0, as much as correctness.
_ROUND_WEIGHTS: tuple[tuple[tuple[Reward, float], ...], ...] = (
    ((structure_reward, 0.25), (format_reward, 0.5), (winner_reward, 0.25), (correct_reward, 1.0)),
    ((reflection_reward, 0.25), (originality_reward, 0.5)),
    ((length_reward, 0.25),),
)


def rounds(n: int) -> tuple[list[Reward], list[float]]:
    """Return the rewards and weights of GRPO round ``n`` of PKV training.

    Each round adds to the previous one:

    ===== ================================================= ========================
    round rewards added                                     weights
    ===== ================================================= ========================
    1     structure, format, winner, correct (format and    0.25, 0.5, 0.25, 1.0
          correctness)
    2     reflection, originality                           0.25, 0.5
    3     length                                            0.25
    ===== ================================================= ========================

    The format rewards together weigh as much as correctness (1.0), so a model cannot earn
    more by formatting a wrong answer well than by answering correctly; originality weighs
    0.5, so copying a persona (-0.5 to -1.0) costs up to 0.5 after weighting.

    Args:
        n: the round, 1, 2 or 3.

    Returns:
        ``(rewards, weights)``: new lists, aligned, ready for
        ``GRPOTrainer(reward_funcs=rewards, args=GRPOConfig(reward_weights=weights))``.

    Raises:
        ConfigError: ``n`` is not 1, 2 or 3.

    Examples:
        >>> rewards, weights = rounds(2)
        >>> [r.name.removeprefix("pkv_") for r in rewards]
        ['structure', 'format', 'winner', 'correct', 'reflection', 'originality']
        >>> weights
        [0.25, 0.5, 0.25, 1.0, 0.25, 0.5]
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(_ROUND_WEIGHTS):
        msg = f"pkv.rounds: n must be the round number 1, 2 or 3; got {n!r}"
        raise ConfigError(msg)
    pairs = [pair for added in _ROUND_WEIGHTS[:n] for pair in added]
    return [reward for reward, _ in pairs], [weight for _, weight in pairs]
