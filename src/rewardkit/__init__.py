"""rewardkit: correct, fast and total reward functions for GRPO-style RL fine-tuning.

Every reward is a :class:`~rewardkit.reward.Reward` with TRL's reward-function signature::

    from rewardkit import aha, boxed_correct
    trainer = GRPOTrainer(..., reward_funcs=[boxed_correct, aha])

This module only re-exports; see the submodules for the rules.
"""

from rewardkit import pkv
from rewardkit._version import __version__
from rewardkit.errors import ConfigError, RewardkitError
from rewardkit.extract import extract_answer, extract_boxed
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
    "choice_correct",
    "completion_text",
    "countdown_correct",
    "extract_answer",
    "extract_boxed",
    "gsm8k_correct",
    "pkv",
    "tags",
    "think_format",
    "tool_use",
]
