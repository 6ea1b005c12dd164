"""Evaluate parsed answers: exact rationals first, then complex floats at probe points.

Both evaluators walk the tuple tree of :mod:`rewardkit.equivalence.latex` and never evaluate
text. Work is bounded by construction:

- :func:`exact_value` gives a :class:`~fractions.Fraction` or ``None`` (irrational, symbolic, or
  too big): integer powers only up to :data:`MAX_EXPONENT`, and no intermediate result with more
  than :data:`MAX_BITS` bits in its numerator or denominator (so ``2^{2^{2^{2^{2^{10}}}}}`` gives
  ``None`` at once instead of building a number with more bits than atoms in the universe);
- :func:`numeric_value` evaluates in complex floating point with :mod:`cmath`; any overflow,
  domain error or value beyond :data:`MAX_MAGNITUDE` raises :class:`EvalError`.
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Mapping
from fractions import Fraction
from typing import NoReturn

from rewardkit.equivalence.latex import Node

__all__ = [
    "MAX_BITS",
    "MAX_EXPONENT",
    "MAX_MAGNITUDE",
    "EvalError",
    "exact_value",
    "free_symbols",
    "has_decimal",
    "numeric_value",
]

#: Largest integer exponent computed exactly.
MAX_EXPONENT = 10_000
#: Largest numerator or denominator (in bits) an exact result may have.
MAX_BITS = 20_000
#: Largest magnitude a floating-point evaluation may reach.
MAX_MAGNITUDE = 1e250
#: Largest argument of an exact factorial / binomial.
MAX_FACTORIAL = 1_000


class EvalError(ArithmeticError):
    """A node cannot be evaluated numerically (internal; never escapes the package)."""


def _fail(reason: str) -> NoReturn:
    raise EvalError(reason)


def _small(value: Fraction) -> Fraction | None:
    if value.numerator.bit_length() > MAX_BITS or value.denominator.bit_length() > MAX_BITS:
        return None
    return value


def _integer_root(value: int, n: int) -> int | None:
    """The exact ``n``-th root of a non-negative integer, or ``None``."""
    if value < 0:
        return None
    if n == 2:
        root = math.isqrt(value)
        return root if root * root == value else None
    guess = round(value ** (1.0 / n)) if value.bit_length() < 1000 else None
    if guess is None:
        return None
    for candidate in (guess - 1, guess, guess + 1):
        if candidate >= 0 and candidate**n == value:
            return int(candidate)
    return None


def _exact_root(value: Fraction, n: int) -> Fraction | None:
    if n <= 0 or n > 64:
        return None
    negative = value < 0
    if negative and n % 2 == 0:
        return None
    numerator = _integer_root(abs(value.numerator), n)
    denominator = _integer_root(value.denominator, n)
    if numerator is None or denominator is None:
        return None
    root = Fraction(numerator, denominator)
    return -root if negative else root


def _exact_power(base: Fraction, exponent: Fraction) -> Fraction | None:
    if exponent.denominator != 1:
        root = _exact_root(base, exponent.denominator)
        if root is None:
            return None
        base, exponent = root, Fraction(exponent.numerator)
    power = exponent.numerator
    if abs(power) > MAX_EXPONENT:
        return None
    if base == 0:
        return None if power < 0 else Fraction(1 if power == 0 else 0)
    bits = max(base.numerator.bit_length(), base.denominator.bit_length())
    if bits * abs(power) > MAX_BITS:
        return None
    return base**power


def exact_value(node: Node) -> Fraction | None:
    r"""The exact rational value of a tree, or ``None`` when it is not a (small) rational.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> exact_value(parse_latex("\\frac{3}{4} + 0.25"))
        Fraction(1, 1)
        >>> exact_value(parse_latex("\\sqrt{2}")) is None
        True
    """
    tag = node[0]
    if tag == "num":
        return node[1]  # type: ignore[return-value]
    if tag == "neg":
        value = exact_value(node[1])  # type: ignore[arg-type]
        return None if value is None else -value
    if tag in {"add", "mul"}:
        total = Fraction(0 if tag == "add" else 1)
        for item in node[1]:  # type: ignore[attr-defined]
            value = exact_value(item)
            if value is None:
                return None
            total = total + value if tag == "add" else total * value
            if _small(total) is None:
                return None
        return total
    if tag == "div":
        numerator = exact_value(node[1])  # type: ignore[arg-type]
        if numerator is None:
            return None
        denominator = exact_value(node[2])  # type: ignore[arg-type]
        if not denominator:
            return None
        return _small(numerator / denominator)
    if tag == "pow":
        base = exact_value(node[1])  # type: ignore[arg-type]
        if base is None:
            return None
        exponent = exact_value(node[2])  # type: ignore[arg-type]
        return None if exponent is None else _exact_power(base, exponent)
    if (tag == "fn" and node[1] in {"sqrt", "abs"}) or tag in {"abs", "pct", "fact", "root"}:
        return _exact_unary(node)
    if tag == "binom":
        n, k = exact_value(node[1]), exact_value(node[2])  # type: ignore[arg-type]
        if n is None or k is None or n.denominator != 1 or k.denominator != 1:
            return None
        if not 0 <= n <= MAX_FACTORIAL * 10:
            return None
        return Fraction(math.comb(int(n), int(k))) if k >= 0 else Fraction(0)
    return None


def _exact_unary(node: Node) -> Fraction | None:
    tag = node[0]
    argument = node[2] if tag == "fn" else node[1]
    value = exact_value(argument)  # type: ignore[arg-type]
    if value is None:
        return None
    if tag == "fn":
        return _exact_root(value, 2) if node[1] == "sqrt" else abs(value)
    if tag == "abs":
        return abs(value)
    if tag == "pct":
        return value / 100
    if tag == "root":
        index = exact_value(node[2])  # type: ignore[arg-type]
        if index is None or index.denominator != 1:
            return None
        return _exact_root(value, int(index))
    # factorial
    if value.denominator != 1 or not 0 <= value <= MAX_FACTORIAL:
        return None
    return Fraction(math.factorial(int(value)))


def _check(value: complex) -> complex:
    if not (abs(value.real) < MAX_MAGNITUDE and abs(value.imag) < MAX_MAGNITUDE):
        _fail("too large")
    return value + 0j  # turns a -0.0 imaginary part into +0.0 (branch cuts of sqrt, log)


_CMATH = {
    "sqrt": cmath.sqrt,
    "sin": cmath.sin,
    "cos": cmath.cos,
    "tan": cmath.tan,
    "arcsin": cmath.asin,
    "arccos": cmath.acos,
    "arctan": cmath.atan,
    "sinh": cmath.sinh,
    "cosh": cmath.cosh,
    "tanh": cmath.tanh,
    "ln": cmath.log,
    "log": cmath.log,
    "log10": cmath.log10,
    "exp": cmath.exp,
}
_RECIPROCAL = {"cot": cmath.tan, "sec": cmath.cos, "csc": cmath.sin, "acot": None}
_CONSTANTS = {"pi": complex(math.pi), "e": complex(math.e), "i": 1j}


def numeric_value(node: Node, env: Mapping[str, complex]) -> complex:
    r"""Evaluate a tree in complex floating point, symbols taken from ``env``.

    Raises:
        EvalError: the tree holds something that is not a number (a set, text, infinity...),
            a symbol missing from ``env``, or the evaluation overflows or leaves a domain.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> round(numeric_value(parse_latex("2\\sqrt{x}"), {"x": 4 + 0j}).real, 12)
        4.0
    """
    tag = node[0]
    try:
        if tag == "num":
            return complex(float(node[1]))  # type: ignore[arg-type]
        if tag == "sym":
            value = env.get(str(node[1]))
            if value is None:
                _fail("unknown symbol")
            return value
        if tag == "const":
            constant = _CONSTANTS.get(str(node[1]))
            if constant is None:
                _fail("infinity")
            return constant
        if tag == "neg":
            return -numeric_value(node[1], env) + 0j  # type: ignore[arg-type]  # no -0.0 imag
        if tag == "add":
            total = 0j
            for item in node[1]:  # type: ignore[attr-defined]
                total += numeric_value(item, env)
            return _check(total)
        if tag == "mul":
            product = 1 + 0j
            for item in node[1]:  # type: ignore[attr-defined]
                product = _check(product * numeric_value(item, env))
            return product
        if tag == "div":
            exact = exact_value(node) if not free_symbols(node) else None
            if exact is not None:  # 1/2^{1000}: a tiny rational, though 2^{1000} overflows
                return _check(complex(float(exact)))
            return _check(numeric_value(node[1], env) / numeric_value(node[2], env))  # type: ignore[arg-type]
        if tag == "pow":
            return _power(numeric_value(node[1], env), numeric_value(node[2], env))  # type: ignore[arg-type]
        if tag == "fn":
            return _function(str(node[1]), numeric_value(node[2], env))  # type: ignore[arg-type]
        if tag == "log":
            base = numeric_value(node[1], env)  # type: ignore[arg-type]
            return _check(cmath.log(numeric_value(node[2], env)) / cmath.log(base))  # type: ignore[arg-type]
        if tag == "root":
            return _root(numeric_value(node[1], env), numeric_value(node[2], env))  # type: ignore[arg-type]
        if tag == "abs":
            return complex(abs(numeric_value(node[1], env)))  # type: ignore[arg-type]
        if tag == "pct":
            return numeric_value(node[1], env) / 100  # type: ignore[arg-type]
        if tag == "deg":
            return numeric_value(node[1], env) * (math.pi / 180)  # type: ignore[arg-type]
        if tag in {"fact", "binom"}:
            exact = exact_value(node)
            if exact is None:
                _fail("factorial")
            return complex(float(exact))
    except (OverflowError, ZeroDivisionError, ValueError) as error:
        raise EvalError(str(error)) from error
    _fail(f"cannot evaluate {tag!r}")


def _power(base: complex, exponent: complex) -> complex:
    if base.imag == 0 and exponent.imag == 0 and (base.real >= 0 or exponent.real.is_integer()):
        if base.real == 0 and exponent.real < 0:
            _fail("division by zero")
        return _check(complex(math.pow(base.real, exponent.real)))
    if base == 0:
        _fail("zero to a complex power")
    if abs(exponent) > 1e4 and abs(base) != 1:
        _fail("exponent too large")
    return _check(base**exponent)


def _root(value: complex, index: complex) -> complex:
    if index.imag != 0 or index.real == 0:
        _fail("bad root index")
    n = index.real
    if value.imag == 0 and value.real < 0 and n.is_integer() and int(n) % 2 == 1:
        return complex(-((-value.real) ** (1.0 / n)))
    return _power(value, complex(1.0 / n))


def _function(name: str, value: complex) -> complex:
    function = _CMATH.get(name)
    if function is not None:
        return _check(function(value))
    if name in _RECIPROCAL:
        inner = _RECIPROCAL[name]
        if inner is None:  # acot
            return _check(cmath.atan(1 / value))
        return _check(1 / inner(value))
    if name in {"floor", "ceil"} and value.imag == 0:
        rounding = math.floor if name == "floor" else math.ceil
        return complex(rounding(value.real))
    _fail(f"cannot evaluate {name!r}")


def free_symbols(node: Node) -> frozenset[str]:
    r"""The names of the variables in a tree.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> sorted(free_symbols(parse_latex("x^2 + 2xy + \\pi")))
        ['x', 'y']
    """
    names: set[str] = set()
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if item[0] == "sym" and isinstance(item[1], str):
                names.add(item[1])
            else:
                stack.extend([child for child in item if isinstance(child, tuple)])
    return frozenset(names)


def has_decimal(node: Node) -> bool:
    r"""Whether a tree holds a number written with a decimal point (an approximation).

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> has_decimal(parse_latex("0.5")), has_decimal(parse_latex("\\frac12"))
        (True, False)
    """
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if item[0] == "num" and item[2] is True:
                return True
            stack.extend([child for child in item if isinstance(child, tuple)])
    return False
