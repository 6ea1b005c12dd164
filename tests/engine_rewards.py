"""Stand-in rewards for the scale tests: picklable by reference, so worker processes load them."""

from __future__ import annotations

from rewardkit.errors import ConfigError
from rewardkit.registry import WeightedReward
from rewardkit.reward import Batch, Reward
from tests.rewards import BOXED, ENDS_WITH


class Picky:
    """A scorer whose batch path rejects a whole batch when one text says 'cfg'."""

    def __call__(self, sample: object) -> float:
        return 1.0

    def batch(self, batch: Batch) -> list[float]:
        if any("cfg" in text for text in batch.texts):
            msg = "picky: cannot score 'cfg'"
            raise ConfigError(msg)
        return [0.5] * len(batch)


PICKY = Reward(name="picky", scorer=Picky())

#: Three rewards with weights: a text rule, a gold rule and one that fails on some rows.
REWARDS = (WeightedReward(BOXED), WeightedReward(ENDS_WITH, 0.5), WeightedReward(PICKY, 2.0))


def mixed_rows(count: int) -> list[bytes]:
    """``count`` JSONL lines: scorable rows, rows a reward rejects, and unreadable lines."""
    lines = []
    for i in range(count):
        if i % 17 == 5:
            lines.append(b"not json")
        elif i % 23 == 7:
            lines.append(b'{"completion": "no gold here"}')
        elif i % 29 == 3:
            lines.append(b'{"completion": "cfg \\\\boxed{1}", "answer": "1"}')
        else:
            text = f"step {i} " * (i % 50) + f"so \\\\boxed{{{i % 7}}} thus {i % 3}"
            lines.append(f'{{"completion": "{text}", "answer": "{i % 5}"}}'.encode())
    return lines
