"""Stand-in rewards shared by the tests: tiny, exact rules that are easy to reason about."""

from __future__ import annotations

from rewardkit.extract import has_boxed
from rewardkit.reward import GoldScorer, Reward, TextScorer

#: 1.0 when the text has a complete, non-empty box.
BOXED = Reward(name="boxed", scorer=TextScorer(has_boxed), summary="1.0 if a box")


def ends_with(text: str, gold: str) -> float:
    """1.0 when the text ends with the gold answer (whitespace aside)."""
    return 1.0 if text.rstrip().endswith(gold.strip()) else 0.0


#: 1.0 when the completion ends with its ``answer`` (the only gold column it reads).
ENDS_WITH = Reward(name="exact", scorer=GoldScorer(ends_with), gold=("answer",))
