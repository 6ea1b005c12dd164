"""Task checks: GSM8K, multiple choice, the Countdown numbers game, tool use.

Pure per-text functions first (``gsm8k_score``, ``choice_score``, ``countdown_score``,
``tool_use_score``), then the Rewards built on them (``gsm8k_correct``, the
``choice_correct(choices=...)`` factory, ``countdown_correct``, ``tool_use``).
"""

from rewardkit.tasks.choice import ChoiceScorer, choice_correct, choice_score, extract_choices
from rewardkit.tasks.countdown import (
    CountdownScorer,
    countdown_correct,
    countdown_score,
    evaluate_equation,
    extract_equation,
)
from rewardkit.tasks.gsm8k import extract_gsm8k_answer, gsm8k_correct, gsm8k_score, gsm8k_value
from rewardkit.tasks.tools import (
    CodeBlock,
    ToolUseScorer,
    code_blocks,
    tool_use,
    tool_use_score,
)

__all__ = [
    "ChoiceScorer",
    "CodeBlock",
    "CountdownScorer",
    "ToolUseScorer",
    "choice_correct",
    "choice_score",
    "code_blocks",
    "countdown_correct",
    "countdown_score",
    "evaluate_equation",
    "extract_choices",
    "extract_equation",
    "extract_gsm8k_answer",
    "gsm8k_correct",
    "gsm8k_score",
    "gsm8k_value",
    "tool_use",
    "tool_use_score",
]
