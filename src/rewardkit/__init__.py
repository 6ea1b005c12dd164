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
from rewardkit.text import completion_text

__all__ = [
    "Batch",
    "ConfigError",
    "Reward",
    "RewardkitError",
    "Sample",
    "__version__",
    "completion_text",
    "extract_answer",
    "extract_boxed",
    "pkv",
    "tags",
    "think_format",
]
