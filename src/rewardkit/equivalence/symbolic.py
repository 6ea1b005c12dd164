"""Symbolic fallback: build sympy expressions from our parse tree, never from text.

Used only when numeric probing is inconclusive (every probe point overflowed or left a domain,
as with ``e^{1000}`` against ``(e^{500})^2``) and both trees are small. Expressions are
constructed programmatically (``sympy.Integer``, ``Rational``, ``Symbol``, ``Add``, ``Mul``,
``Pow``, ``sqrt``, ``pi``, ``E``, ``I``...); nothing is ever parsed from text. Trees with more
than :data:`MAX_NODES` nodes or a power whose exponent is large or itself a power (towers) are
refused, so sympy never builds an astronomically large number. sympy is imported on first use.
"""

from __future__ import annotations

import time
from fractions import Fraction
from typing import Any

from rewardkit.equivalence.budget import Budget, BudgetExceeded
from rewardkit.equivalence.latex import Node
from rewardkit.equivalence.numbers import exact_value

__all__ = ["MAX_NODES", "MAX_POWER", "MAX_SYMBOLIC_POWER", "symbolically_equal", "to_sympy"]

#: Largest tree (in nodes) handed to sympy.
MAX_NODES = 40
#: Largest exponent of a number or constant (``e^{1000}``) handed to sympy.
MAX_POWER = 1000
#: Largest exponent of anything else (``(x+1)^{50}``, ``(1+\\sqrt2)^{50}``).
MAX_SYMBOLIC_POWER = 50

_FUNCTIONS = {
    "sqrt": "sqrt",
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "cot": "cot",
    "sec": "sec",
    "csc": "csc",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
    "acot": "acot",
    "sinh": "sinh",
    "cosh": "cosh",
    "tanh": "tanh",
    "ln": "log",
    "log": "log",
    "exp": "exp",
    "floor": "floor",
    "ceil": "ceiling",
}


class _Refused(Exception):  # noqa: N818 - a control-flow signal, not an error
    """The tree is outside what the fallback accepts."""


def _size(node: Node) -> int:
    count = 0
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            count += isinstance(item[0], str)
            stack.extend(child for child in item if isinstance(child, tuple))
    return count


def to_sympy(node: Node) -> Any:
    r"""The sympy expression of a scalar tree, or ``None`` when the fallback refuses it.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> to_sympy(parse_latex("2\\sqrt{3} + x"))
        x + 2*sqrt(3)
        >>> to_sympy(parse_latex("2^{2^{2^{10}}}")) is None
        True
    """
    if _size(node) > MAX_NODES:
        return None
    import sympy

    try:
        return _build(node, sympy)
    except _Refused:
        return None


def _build(node: Node, sympy: Any) -> Any:
    tag = node[0]
    if tag == "num":
        value: Fraction = node[1]  # type: ignore[assignment]
        return sympy.Rational(value.numerator, value.denominator)
    if tag == "sym":
        return sympy.Symbol(str(node[1]), positive=True)
    if tag == "const":
        constant = {"pi": sympy.pi, "e": sympy.E, "i": sympy.I}.get(str(node[1]))
        if constant is None:
            raise _Refused
        return constant
    if tag == "neg":
        return sympy.Mul(-1, _build(node[1], sympy))  # type: ignore[arg-type]
    if tag in {"add", "mul"}:
        items = [_build(item, sympy) for item in node[1]]  # type: ignore[attr-defined]
        return sympy.Add(*items) if tag == "add" else sympy.Mul(*items)
    if tag == "div":
        return sympy.Mul(
            _build(node[1], sympy),  # type: ignore[arg-type]
            sympy.Pow(_build(node[2], sympy), -1),  # type: ignore[arg-type]
        )
    if tag == "pow":
        exponent_node: Node = node[2]  # type: ignore[assignment]
        exact = exact_value(exponent_node)
        if exact is None and any(_has_pow(c) for c in (node[1], exponent_node)):
            raise _Refused  # towers
        base: Node = node[1]  # type: ignore[assignment]
        simple_base = base[0] == "const" or exact_value(base) is not None
        if exact is not None and abs(exact) > (MAX_POWER if simple_base else MAX_SYMBOLIC_POWER):
            raise _Refused
        return sympy.Pow(_build(node[1], sympy), _build(exponent_node, sympy))  # type: ignore[arg-type]
    if tag == "fn" and node[1] in _FUNCTIONS:
        function = getattr(sympy, _FUNCTIONS[str(node[1])])
        return function(_build(node[2], sympy))  # type: ignore[arg-type]
    if tag == "abs":
        return sympy.Abs(_build(node[1], sympy))  # type: ignore[arg-type]
    if tag == "root":
        return sympy.root(_build(node[1], sympy), _build(node[2], sympy))  # type: ignore[arg-type]
    if tag == "pct":
        return sympy.Mul(_build(node[1], sympy), sympy.Rational(1, 100))  # type: ignore[arg-type]
    if tag == "deg":
        return sympy.Mul(_build(node[1], sympy), sympy.pi / 180)  # type: ignore[arg-type]
    raise _Refused


def _has_pow(node: object) -> bool:
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if item[0] in {"pow", "fact"}:
                return True
            stack.extend(child for child in item if isinstance(child, tuple))
    return False


def symbolically_equal(gold: Node, pred: Node, budget: Budget) -> bool:
    """Whether ``simplify(gold - pred) == 0`` for two small trees (``False`` when refused).

    Raises:
        BudgetExceeded: the wall-clock budget ran out before sympy was called.

    Examples:
        >>> from rewardkit.equivalence.latex import parse_latex
        >>> symbolically_equal(parse_latex("e^{1000}"), parse_latex("(e^{500})^2"), Budget(1.0))
        True
    """
    budget.check()
    started = time.monotonic()
    import sympy

    budget.extend(time.monotonic() - started)
    try:
        left, right = to_sympy(gold), to_sympy(pred)
        if left is None or right is None:
            return False
        budget.check()
        return bool(sympy.simplify(left - right) == 0)
    except BudgetExceeded:
        raise
    except Exception:
        return False
