"""Adapters from rewardkit rewards to trainers other than TRL.

TRL needs no adapter: every :class:`~rewardkit.reward.Reward` already has TRL's reward-function
signature. The submodules here adapt rewards to other trainers' contracts and import nothing
beyond rewardkit's own dependencies:

- :mod:`rewardkit.integrations.verl`: ``compute_score(data_source, solution_str, ground_truth,
  extra_info=None)``, verl's custom reward function.
"""

__all__: list[str] = []
