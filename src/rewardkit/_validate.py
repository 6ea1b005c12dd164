"""Argument checks shared by the factories and scorer dataclasses (private).

One rule and one :class:`~rewardkit.errors.ConfigError` message per kind of argument, so that
``combine(weights=[nan])`` and ``cosine_scaled(min_wrong=nan)`` are refused alike. Every message
names the argument, what was expected and what was received.
"""

from __future__ import annotations

import math
import numbers

from rewardkit.errors import ConfigError
from rewardkit.reward import Reward

__all__ = ["check_integer", "check_number", "check_numbers", "check_reward"]

_WRAP_HINT = " (wrap a plain function with rewardkit.Reward first)"


def check_reward(value: object, argument: str, *, wrap_hint: bool = True) -> Reward:
    """Return ``value`` when it is a :class:`~rewardkit.reward.Reward`.

    Args:
        value: the argument's value.
        argument: its name in the message (``"reward"``, ``"rewards[1]"``).
        wrap_hint: when ``value`` is callable, suggest wrapping it in a Reward.

    Returns:
        ``value``, typed as a Reward.

    Raises:
        ConfigError: ``value`` is not a Reward.

    Examples:
        >>> check_reward(len, "when")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: when must be a rewardkit Reward (wrap a plain function \
with rewardkit.Reward first); got builtin_function_or_method
        >>> check_reward(3, "correct", wrap_hint=False)
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: correct must be a rewardkit Reward; got int
    """
    if not isinstance(value, Reward):
        hint = _WRAP_HINT if wrap_hint and callable(value) else ""
        msg = f"{argument} must be a rewardkit Reward{hint}; got {type(value).__name__}"
        raise ConfigError(msg)
    return value


def check_number(value: object, argument: str) -> float:
    """Return ``value`` as a float when it is a finite real number (not a bool).

    Any :class:`numbers.Real` counts (``int``, ``float``, ``Fraction``, numpy scalars).

    Args:
        value: the argument's value.
        argument: its name in the message.

    Returns:
        ``float(value)``.

    Raises:
        ConfigError: ``value`` is a bool, not a real number, NaN or infinite.

    Examples:
        >>> check_number(2, "weight")
        2.0
        >>> check_number(float("nan"), "weights[0]")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: weights[0] must be a finite number; got nan
    """
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not math.isfinite(float(value))
    ):
        msg = f"{argument} must be a finite number; got {value!r}"
        raise ConfigError(msg)
    return float(value)


def check_numbers(value: object, argument: str, *, count: int, why: str) -> tuple[float, ...]:
    """Return ``value`` as floats when it is a tuple of ``count`` finite numbers.

    Args:
        value: the argument's value.
        argument: its name in the messages (items are named ``argument[i]``).
        count: how many numbers it must hold.
        why: why that many, shown in parentheses (``"one per reward"``).

    Returns:
        The numbers as floats (see :func:`check_number`).

    Raises:
        ConfigError: ``value`` is not a tuple, has another length, or an item is not a finite
            number.

    Examples:
        >>> check_numbers((1, 0.5), "weights", count=2, why="one per reward")
        (1.0, 0.5)
        >>> check_numbers([1.0], "values", count=2, why="one more than boundaries")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: values must be a tuple of 2 numbers (one more than \
boundaries); got [1.0]
    """
    if not isinstance(value, tuple) or len(value) != count:
        msg = f"{argument} must be a tuple of {count} numbers ({why}); got {value!r}"
        raise ConfigError(msg)
    return tuple(check_number(item, f"{argument}[{i}]") for i, item in enumerate(value))


def check_integer(value: object, argument: str, *, minimum: int) -> int:
    """Return ``value`` as an int when it is an integer ``>= minimum`` (not a bool).

    Any :class:`numbers.Integral` counts (``int``, numpy integers); ``10.0`` does not.

    Args:
        value: the argument's value.
        argument: its name in the message.
        minimum: the least value allowed.

    Returns:
        ``int(value)``.

    Raises:
        ConfigError: ``value`` is a bool, not an integer, or below ``minimum``.

    Examples:
        >>> check_integer(3, "ngram", minimum=1)
        3
        >>> check_integer(1.5, "end_step", minimum=0)
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: end_step must be an integer >= 0; got 1.5
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or int(value) < minimum:
        msg = f"{argument} must be an integer >= {minimum}; got {value!r}"
        raise ConfigError(msg)
    return int(value)
