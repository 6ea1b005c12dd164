r"""The PKV competition construct: three personas reason, a judge picks a winner, then an answer.

A completion in this construct looks like::

    <competition>
    <pirate> ... </pirate>
    <knight> ... </knight>
    <viking> ... </viking>
    <result> ... judge's analysis ...
    <winner>pirate</winner>
    </result>
    </competition>
    Final answer in a professional tone, using the winner's information.

and is trained over three GRPO rounds (:func:`rounds`). Each reward below is a
:class:`~rewardkit.reward.Reward` built on a pure per-text function of the same concern.
Tags are found by :func:`rewardkit.structure.scan_tags` (exact, case-sensitive ``<name>`` and
``</name>``; any other ``<`` or ``&`` is text), so every reward is linear in the length of the
completion and never raises on malformed output. Import it as a module::

    from rewardkit import pkv
    rewards, weights = pkv.rounds(1)
    trainer = GRPOTrainer(..., reward_funcs=rewards, args=GRPOConfig(reward_weights=weights))

Examples:
    >>> from rewardkit import pkv
    >>> text = ("<competition><pirate>Arr, 2+2=4.</pirate><knight>Sire, four.</knight>"
    ...         "<viking>Two and two: 4!</viking><result>All agree.<winner>pirate</winner>"
    ...         "</result></competition>\nThe answer is 4.")
    >>> pkv.format.score(text), pkv.winner.score(text), pkv.correct.score(text, answer="4")
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

from rewardkit.pkv._construct import (
    CANONICAL,
    PERSONAS,
    SCHEMA,
    TAG_NAMES,
    PkvFormat,
    PkvLength,
    correct_score,
    extract_final_answer,
    extract_winner,
    final_part,
    format_score,
    has_tag_leak,
    length_score,
    persona_reflection_score,
    persona_sections,
    structure_score,
    winner_score,
)
from rewardkit.pkv._copying import (
    COPY_THRESHOLD,
    VOICE_WORDS,
    PkvOriginality,
    originality_score,
    section_similarity,
    skeleton,
)
from rewardkit.pkv._rewards import correct_reward as correct
from rewardkit.pkv._rewards import format_reward as format
from rewardkit.pkv._rewards import length_reward as length
from rewardkit.pkv._rewards import originality_reward as originality
from rewardkit.pkv._rewards import reflection_reward as reflection
from rewardkit.pkv._rewards import rounds
from rewardkit.pkv._rewards import structure_reward as structure
from rewardkit.pkv._rewards import winner_reward as winner

__all__ = [
    "CANONICAL",
    "COPY_THRESHOLD",
    "PERSONAS",
    "SCHEMA",
    "TAG_NAMES",
    "VOICE_WORDS",
    "PkvFormat",
    "PkvLength",
    "PkvOriginality",
    "correct",
    "correct_score",
    "extract_final_answer",
    "extract_winner",
    "final_part",
    "format",
    "format_score",
    "has_tag_leak",
    "length",
    "length_score",
    "originality",
    "originality_score",
    "persona_reflection_score",
    "persona_sections",
    "reflection",
    "rounds",
    "section_similarity",
    "skeleton",
    "structure",
    "structure_score",
    "winner",
    "winner_score",
]
