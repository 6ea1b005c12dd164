"""Argument checks shared by the factories and configuration dataclasses (private).

One rule and one :class:`~rewardkit.errors.ConfigError` message per kind of argument, so that
``combine(weights=[nan])`` and ``cosine_scaled(min_wrong=nan)`` are refused alike. Every message
has one format, ``"<argument> must be <expected>; got <value>"``.

Declarative use (attrs style): a dataclass field states its check in its metadata and
``__post_init__`` calls :func:`validate_fields`, which checks every field in order and stores
the converted value (a frozen dataclass too)::

    threshold: float = field(default=1.0, metadata={"check": number()})
    dedupe: float | None = field(default=0.9, metadata={"check": optional(number(above=0.0))})

The check kinds: :func:`number`, :func:`integer` / :func:`positive_integer`, :func:`boolean`,
:func:`one_of`, :func:`column_name`, :func:`reward`, and :func:`optional` around any of
them. Checks that relate two fields (``buffer <= max_length``) stay in ``__post_init__``, after
:func:`validate_fields`.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from rewardkit.errors import ConfigError
from rewardkit.reward import Reward

__all__ = [
    "EXPECTED_FORMAT",
    "MESSAGE_FORMAT",
    "Check",
    "at_least",
    "boolean",
    "check_integer",
    "check_number",
    "check_numbers",
    "check_reward",
    "column_name",
    "expecting",
    "field_default",
    "integer",
    "number",
    "one_of",
    "optional",
    "positive_integer",
    "reward",
    "validate_fields",
]


#: The message of a refused argument: ``"max_per_prompt must be an integer >= 1; got 0"``.
MESSAGE_FORMAT = "{argument} must be {expected}; got {received}"

#: The message format of :mod:`rewardkit.reflect`'s options, which its tests pin:
#: ``"where: expected one of ['all', ...]; got 'x'"`` (see :func:`expecting`).
EXPECTED_FORMAT = "{argument}: expected {expected}; got {received}"


def _same(value: object) -> object:
    return value


@dataclass(frozen=True, slots=True)
class Check:
    """One kind of check: what is expected, a test, a conversion, how to show what was received.

    Examples:
        >>> number(above=0.0, at_most=1.0)(0.5, "dedupe")
        0.5
        >>> integer(minimum=1)(0, "ngram")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: ngram must be an integer >= 1; got 0
    """

    expected: str
    test: Callable[[object], bool]
    convert: Callable[[object], object] = _same
    received: Callable[[object], str] = repr
    message: str = MESSAGE_FORMAT

    def __call__(self, value: object, argument: str) -> object:
        """Return ``value`` converted, or raise :class:`ConfigError` naming ``argument``."""
        if not self.test(value):
            received = self.received(value)
            msg = self.message.format(argument=argument, expected=self.expected, received=received)
            raise ConfigError(msg)
        return self.convert(value)


def _is_real(value: object) -> bool:
    return (
        not isinstance(value, bool)
        and isinstance(value, numbers.Real)
        and math.isfinite(float(value))
    )


def number(
    *, above: float | None = None, at_least: float | None = None, at_most: float | None = None
) -> Check:
    """A finite real number (not a bool), optionally bounded; converted to ``float``."""
    if above is None and at_least is None and at_most is None:
        expected = "a finite number"
    else:
        low = (
            f"({above:g}"
            if above is not None
            else f"[{at_least:g}"
            if at_least is not None
            else "(-inf"
        )
        high = "inf)" if at_most is None else f"{at_most:g}]"
        expected = f"a number in {low}, {high}"

    def test(value: object) -> bool:
        if not _is_real(value):
            return False
        x = float(value)  # type: ignore[arg-type]
        return (
            (above is None or x > above)
            and (at_least is None or x >= at_least)
            and (at_most is None or x <= at_most)
        )

    return Check(expected, test, lambda value: float(value))  # type: ignore[arg-type]


def integer(*, minimum: int) -> Check:
    """An integer ``>= minimum`` (any :class:`numbers.Integral`, not a bool); ``int``."""
    return Check(
        f"an integer >= {minimum}",
        lambda value: (
            not isinstance(value, bool)
            and isinstance(value, numbers.Integral)
            and int(value) >= minimum
        ),
        lambda value: int(value),  # type: ignore[call-overload]
    )


def at_least(low: float, *, integer: bool = False) -> Check:
    """An ``int`` (with ``integer``) or a finite ``int``/``float``, ``>= low``; not converted.

    Stricter than :func:`number` and :func:`integer` about types (no bool, no numpy scalar):
    the reflect options' rule.

    Examples:
        >>> at_least(0, integer=True)(3, "min_following")
        3
        >>> expecting(at_least(0))(float("nan"), "max_density")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: max_density: expected a finite number >= 0; got nan
    """
    kinds: tuple[type, ...] = (int,) if integer else (int, float)
    expected = f"{'an integer' if integer else 'a finite number'} >= {low:g}"
    return Check(
        expected,
        lambda value: (
            not isinstance(value, bool)
            and isinstance(value, kinds)
            and math.isfinite(value)  # type: ignore[arg-type]  # an int or a float
            and value >= low  # type: ignore[operator]
        ),
    )


def expecting(check: Check) -> Check:
    """``check`` with its message in :data:`EXPECTED_FORMAT`.

    Examples:
        >>> expecting(one_of("all", "think"))("nowhere", "where")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: where: expected one of ['all', 'think']; got 'nowhere'
    """
    return dataclasses.replace(check, message=EXPECTED_FORMAT)


def positive_integer() -> Check:
    """An integer >= 1."""
    return integer(minimum=1)


def boolean() -> Check:
    """``True`` or ``False`` (not ``0``/``1``)."""
    return Check("True or False", lambda value: isinstance(value, bool))


def one_of(*choices: object) -> Check:
    """One of ``choices``."""
    return Check(f"one of {list(choices)!r}", lambda value: value in choices)


def column_name() -> Check:
    """A non-empty string naming a dataset column."""
    return Check("a column name", lambda value: isinstance(value, str) and bool(value))


def reward() -> Check:
    """A :class:`~rewardkit.reward.Reward`."""
    return Check(
        "a rewardkit Reward",
        lambda value: isinstance(value, Reward),
        received=lambda value: type(value).__name__,
    )


def optional(check: Check) -> Check:
    """``None``, or what ``check`` accepts."""
    return Check(
        f"{check.expected}, or None",
        lambda value: value is None or check.test(value),
        lambda value: None if value is None else check.convert(value),
        check.received,
    )


def validate_fields(instance: object) -> None:
    """Run the ``"check"`` of every dataclass field of ``instance``; store converted values.

    Raises:
        ConfigError: the first field whose value its check refuses, named by the field.
    """
    for f in dataclasses.fields(instance):  # type: ignore[arg-type]
        check = f.metadata.get("check")
        if check is not None:
            value = getattr(instance, f.name)
            converted = check(value, f.name)
            if converted is not value:
                object.__setattr__(instance, f.name, converted)


def field_default(cls: type, name: str) -> Any:
    """The default of the dataclass field ``name`` of ``cls``: a factory's default, stated once.

    A factory whose options are its scorer's fields takes their defaults from the scorer
    (``unit: Unit = field_default(OverlongPenalty, "unit")``), so a default is written in
    one place; ``inspect.signature`` and the API reference show the value.

    Raises:
        TypeError: ``cls`` has no field ``name`` with a plain default (a programming error).

    Examples:
        >>> from rewardkit.length import OverlongPenalty
        >>> field_default(OverlongPenalty, "unit")
        'char'
    """
    for item in dataclasses.fields(cls):
        if item.name == name and item.default is not dataclasses.MISSING:
            return item.default
    msg = f"{cls.__name__} has no field {name!r} with a plain default"
    raise TypeError(msg)


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
    return cast("float", _FINITE(value, argument))


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
    return cast("int", integer(minimum=minimum)(value, argument))


_FINITE = number()
