"""rewardkit: correct, fast and total reward functions for GRPO-style RL fine-tuning.

Every reward is a :class:`~rewardkit.reward.Reward` with TRL's reward-function signature::

    from rewardkit import aha, boxed_correct
    trainer = GRPOTrainer(..., reward_funcs=[boxed_correct, aha])

This module only re-exports; see the submodules for the rules.
"""

from rewardkit import pkv, presets
from rewardkit._version import __version__
from rewardkit.answers import answer_correct, boxed_correct, boxed_number
from rewardkit.compose import clip, combine, gate, rename, scale, schedule
from rewardkit.equivalence import is_equivalent, is_number
from rewardkit.errors import ConfigError, RewardkitError
from rewardkit.extract import extract_answer, extract_boxed
from rewardkit.length import (
    cosine_scaled,
    kimi_length,
    length_shaped,
    overlong_penalty,
    repetition_penalty,
)
from rewardkit.reflect import (
    aha,
    aha_score,
    behaviors,
    cognitive_behaviors,
    reflection,
    reflection_score,
)
from rewardkit.reward import Batch, Reward, Sample
from rewardkit.structure import tags, think_format
from rewardkit.tasks import choice_correct, countdown_correct, gsm8k_correct, tool_use
from rewardkit.text import completion_text

__all__ = [
    "Batch",
    "ConfigError",
    "Reward",
    "RewardkitError",
    "Sample",
    "__version__",
    "aha",
    "aha_score",
    "answer_correct",
    "behaviors",
    "boxed_correct",
    "boxed_number",
    "choice_correct",
    "clip",
    "cognitive_behaviors",
    "combine",
    "completion_text",
    "cosine_scaled",
    "countdown_correct",
    "extract_answer",
    "extract_boxed",
    "gate",
    "gsm8k_correct",
    "is_equivalent",
    "is_number",
    "kimi_length",
    "length_shaped",
    "overlong_penalty",
    "pkv",
    "presets",
    "reflection",
    "reflection_score",
    "rename",
    "repetition_penalty",
    "scale",
    "schedule",
    "tags",
    "think_format",
    "tool_use",
]
