"""Exceptions raised by rewardkit.

Model output never raises: it scores the documented failure value. Only misconfiguration
raises, as :class:`ConfigError`, which is also a :class:`ValueError` so that callers who catch
the built-in keep working.
"""

from __future__ import annotations

__all__ = ["ConfigError", "RewardkitError"]


class RewardkitError(Exception):
    """Base class of every exception rewardkit raises on purpose.

    Examples:
        >>> from rewardkit import ConfigError, RewardkitError
        >>> issubclass(ConfigError, RewardkitError)
        True
    """


class ConfigError(RewardkitError, ValueError):
    """A reward, factory or command was configured wrongly.

    The message names the argument or column, what was expected and what was received.

    Examples:
        >>> from rewardkit import ConfigError
        >>> issubclass(ConfigError, ValueError)
        True
    """
