r"""Self-reflection ("aha moment") and cognitive-behaviour rewards.

Four things, each a pure function first and a :class:`~rewardkit.reward.Reward` built on it:

- :data:`aha` / :func:`aha_score` (:mod:`rewardkit.reflect.recipe`): the common GRPO recipe's
  reflection reward, exactly: 1.0 when any of its eight phrases
  (:data:`rewardkit.keywords.RECIPE_KEYWORDS`) occurs, else 0.0, but matched correctly:
  case-insensitive, on word boundaries, any apostrophe or none, any whitespace inside a phrase.
- :data:`reflection` / :func:`reflection_score` (:mod:`rewardkit.reflect.graded`): a graded
  reflection reward in [0, 1] that resists keyword stuffing (see :class:`Reflection`).
- :func:`behaviors` and :func:`cognitive_behaviors` (:mod:`rewardkit.reflect.cognitive`):
  counts of the four cognitive behaviours and a reward with per-behaviour weights and saturation.
- :func:`profile` (:mod:`rewardkit.reflect.profiling`): how often each keyword and behaviour
  occurs over many texts.

Matching (:mod:`rewardkit.reflect.matching`) is done on the lowercased text; nothing is compiled
at import: each configuration compiles its phrases the first time it scores (cached, shared by
equal configurations). Regions (:mod:`rewardkit.reflect.regions`) choose the part of a text a
reward reads. Pure functions on text; no I/O; every function is linear in the length of its
input (user patterns are bounded by a time budget).

Examples:
    >>> from rewardkit.reflect import aha_score
    >>> aha_score("But wait, x = 3.")
    1.0
"""

from rewardkit.reflect.cognitive import CognitiveBehaviors, behaviors, cognitive_behaviors
from rewardkit.reflect.graded import STUFFED_CAP, Reflection, reflection, reflection_score
from rewardkit.reflect.matching import keyword_pattern
from rewardkit.reflect.profiling import FeatureCount, Profile, profile
from rewardkit.reflect.recipe import Aha, aha, aha_score
from rewardkit.reflect.regions import WHERE, select_region

__all__ = [
    "STUFFED_CAP",
    "WHERE",
    "Aha",
    "CognitiveBehaviors",
    "FeatureCount",
    "Profile",
    "Reflection",
    "aha",
    "aha_score",
    "behaviors",
    "cognitive_behaviors",
    "keyword_pattern",
    "profile",
    "reflection",
    "reflection_score",
    "select_region",
]
