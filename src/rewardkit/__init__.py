"""rewardkit: correct, fast and total reward functions for GRPO-style RL fine-tuning.

Every reward is a :class:`~rewardkit.reward.Reward` with TRL's reward-function signature::

    from rewardkit import aha, boxed_correct
    trainer = GRPOTrainer(..., reward_funcs=[boxed_correct, aha])

This module only re-exports, lazily: a name is imported from its submodule on first use
(PEP 562), so ``from rewardkit import aha, boxed_correct`` pays only for what those two need.
See the submodules for the rules.
"""

import importlib
import typing

from rewardkit._version import __version__
from rewardkit.errors import ConfigError, RewardkitError

if typing.TYPE_CHECKING:  # the eager form, for type checkers and readers
    from rewardkit import pkv, presets
    from rewardkit.answers import answer_correct, boxed_correct, boxed_number
    from rewardkit.compose import clip, combine, gate, rename, scale, schedule
    from rewardkit.equivalence import is_equivalent, is_number
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

#: Where each lazily imported export lives (a submodule itself where the value is ``None``).
_EXPORTS: dict[str, str | None] = {
    "pkv": None,
    "presets": None,
    "answer_correct": "rewardkit.answers",
    "boxed_correct": "rewardkit.answers",
    "boxed_number": "rewardkit.answers",
    "clip": "rewardkit.compose",
    "combine": "rewardkit.compose",
    "gate": "rewardkit.compose",
    "rename": "rewardkit.compose",
    "scale": "rewardkit.compose",
    "schedule": "rewardkit.compose",
    "is_equivalent": "rewardkit.equivalence",
    "is_number": "rewardkit.equivalence",
    "extract_answer": "rewardkit.extract",
    "extract_boxed": "rewardkit.extract",
    "cosine_scaled": "rewardkit.length",
    "kimi_length": "rewardkit.length",
    "length_shaped": "rewardkit.length",
    "overlong_penalty": "rewardkit.length",
    "repetition_penalty": "rewardkit.length",
    "aha": "rewardkit.reflect",
    "aha_score": "rewardkit.reflect",
    "behaviors": "rewardkit.reflect",
    "cognitive_behaviors": "rewardkit.reflect",
    "reflection": "rewardkit.reflect",
    "reflection_score": "rewardkit.reflect",
    "Batch": "rewardkit.reward",
    "Reward": "rewardkit.reward",
    "Sample": "rewardkit.reward",
    "tags": "rewardkit.structure",
    "think_format": "rewardkit.structure",
    "choice_correct": "rewardkit.tasks",
    "countdown_correct": "rewardkit.tasks",
    "gsm8k_correct": "rewardkit.tasks",
    "tool_use": "rewardkit.tasks",
    "completion_text": "rewardkit.text",
}


def __getattr__(name: str) -> object:
    """Import export ``name`` from its submodule on first use, then keep it here."""
    if name not in _EXPORTS:
        msg = f"module 'rewardkit' has no attribute {name!r}"
        raise AttributeError(msg)
    module = _EXPORTS[name]
    value = (
        importlib.import_module(f"rewardkit.{name}")
        if module is None
        else getattr(importlib.import_module(module), name)
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names and every export, imported or not."""
    return sorted({*globals(), *__all__})
