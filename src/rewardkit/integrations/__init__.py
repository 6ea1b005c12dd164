"""Adapters from rewardkit rewards to trainers other than TRL.

TRL needs no adapter: every :class:`~rewardkit.reward.Reward` already has TRL's reward-function
signature. The submodules here adapt rewards to other trainers' contracts and to data tools;
each imports its optional dependency only when called:

- :mod:`rewardkit.integrations.verl`: ``compute_score(data_source, solution_str, ground_truth,
  extra_info=None)``, verl's custom reward function.
- :mod:`rewardkit.integrations.datasets`: ``score_dataset``, score a Hugging Face
  ``datasets.Dataset`` with ``Dataset.map`` (extra ``datasets``).
- :mod:`rewardkit.integrations.ray`: ``score_with_ray``, score files on a Ray cluster with Ray
  Data (extra ``ray``).
"""

__all__: list[str] = []
