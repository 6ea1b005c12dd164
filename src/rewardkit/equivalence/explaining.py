"""Names for what :func:`rewardkit.equivalence.is_equivalent` did: kinds, rules, canonical text.

These functions describe parsed answers; they never decide equivalence (that is
:func:`rewardkit.equivalence.compare.answers_equal`'s job, on the same parsed answers).
"""

from __future__ import annotations

from rewardkit.equivalence.compare import Answer, _rounding
from rewardkit.equivalence.latex import Node
from rewardkit.equivalence.numbers import exact_value, free_symbols, has_decimal, numeric_value

__all__ = ["answer_kind", "canonical_text", "rule_name"]

#: Longest canonical text kept (longer forms are cut with "...").
CANONICAL_LENGTH = 120

_KINDS = {
    "assign": "equation",
    "eq": "equation",
    "matrix": "matrix",
    "text": "text",
    "opaque": "text",
    "builder": "set",
    "worked": "number",
}


def _scalar_kind(node: object) -> str:
    if isinstance(node, tuple) and node and node[0] == "base":
        return "number"
    try:
        return "expression" if free_symbols(node) else "number"  # type: ignore[arg-type]
    except (TypeError, IndexError, ValueError, RecursionError):
        return "expression"


def answer_kind(answer: Answer | None) -> str:
    """The kind of a parsed answer: number, expression, set, list, tuple, interval, ....

    ``unreadable`` for ``None``.
    """
    if answer is None:
        return "unreadable"
    tag = answer[0]
    if tag == "scalar":
        return _scalar_kind(answer[1])
    if tag == "alts":
        return _scalar_kind(answer[1][1])  # type: ignore[index]
    if tag == "set":
        return "list" if answer[2:] == ("list",) else "set"
    if tag == "seq":
        return "tuple" if answer[1:3] == ("(", ")") else "interval"
    return _KINDS.get(str(tag), str(tag))


def _number(value: complex) -> str:
    if value.imag == 0:
        return f"{value.real:.12g}"
    return f"{value.real:.12g}{value.imag:+.12g}i"


def _node_text(node: Node) -> str:
    exact = exact_value(node)
    if exact is not None:
        return str(exact)
    if free_symbols(node):
        return f"expression in {', '.join(sorted(free_symbols(node)))}"
    try:
        return "~" + _number(numeric_value(node, {}))
    except (ValueError, ArithmeticError, TypeError, IndexError, KeyError, RecursionError):
        return str(node[0])


def _render(answer: Answer) -> str:
    tag = answer[0]
    if tag == "scalar":
        return _node_text(answer[1])  # type: ignore[arg-type]
    if tag == "alts":
        return " or ".join(_node_text(node) for node in answer[1])  # type: ignore[attr-defined]
    if tag == "set":
        items = ", ".join(_render(item) for item in answer[1])  # type: ignore[attr-defined]
        return items if answer[2:] == ("list",) else "{" + items + "}"
    if tag == "seq":
        items = ", ".join(_render(item) for item in answer[3])  # type: ignore[attr-defined]
        return f"{answer[1]}{items}{answer[2]}"
    if tag == "matrix":
        rows = answer[1]
        return "[" + "; ".join(", ".join(_render(c) for c in row) for row in rows) + "]"  # type: ignore[attr-defined]
    if tag == "text":
        return f"text {answer[1]!r}"
    if tag == "eq":
        return f"{_node_text(answer[1])} = {_node_text(answer[2])}"  # type: ignore[arg-type]
    if tag == "assign":
        return ", ".join(f"{name} = {_render(value)}" for name, value in answer[1])  # type: ignore[attr-defined]
    if tag == "worked":
        return _node_text(answer[1][-1])  # type: ignore[index]
    return str(tag)


def canonical_text(answer: Answer | None) -> str | None:
    r"""A parsed answer as short canonical text: ``1/2``, ``{1, 2}``, ``(0, 1]``, ``~1.414``.

    Exact rationals print as fractions, other constants as ``~`` and 12 significant digits,
    expressions in variables as ``expression in x, y``. ``None`` for an unreadable answer.

    Examples:
        >>> from rewardkit.equivalence import _parsed
        >>> canonical_text(_parsed("\\{3, \\frac{1}{2}\\}")), canonical_text(_parsed("(0, 1]"))
        ('{3, 1/2}', '(0, 1]')
    """
    if answer is None:
        return None
    try:
        text = _render(answer)
    except (ValueError, ArithmeticError, TypeError, IndexError, KeyError, RecursionError):
        text = str(answer[0])
    return text if len(text) <= CANONICAL_LENGTH else text[: CANONICAL_LENGTH - 3] + "..."


def _scalar_rule(gold: Node, pred: Node, rel_tol: float) -> str:
    """The rule :func:`~rewardkit.equivalence.compare.scalars_equal` applies to two scalars."""
    if gold[0] == "base" or pred[0] == "base":
        return "numeral in a base"
    exact_gold = exact_value(gold)
    exact_pred = None if exact_gold is None else exact_value(pred)
    if _rounding(gold) is not None and not free_symbols(pred):
        if exact_pred is not None and exact_gold == exact_pred:
            return "exact rational"
        return "gold rounded (half a unit of its last digit)"
    if exact_gold is not None and exact_pred is not None:
        if exact_gold != exact_pred and (has_decimal(pred) or has_decimal(gold)):
            return f"decimal within rel_tol={rel_tol:g}"
        return "exact rational"
    return f"numeric probe (rel_tol={rel_tol:g})"


_RULES = {
    "set": "members unordered",
    "seq": "items in order",
    "matrix": "entry by entry",
    "eq": "equation up to sides and sign",
    "assign": "labelled value",
    "worked": "worked computation, every side equal",
    "builder": "set-builder text",
}


def rule_name(gold: Answer, pred: Answer, rel_tol: float) -> str:
    """Name the rule that compares two parsed answers (the outermost one)."""
    kinds = {gold[0], pred[0]}
    if kinds <= {"scalar", "alts"}:
        first_gold = gold[1] if gold[0] == "scalar" else gold[1][0]  # type: ignore[index]
        first_pred = pred[1] if pred[0] == "scalar" else pred[1][0]  # type: ignore[index]
        try:
            return _scalar_rule(first_gold, first_pred, rel_tol)  # type: ignore[arg-type]
        except (ValueError, ArithmeticError, TypeError, IndexError, RecursionError):
            return f"numeric probe (rel_tol={rel_tol:g})"
    for tag in ("matrix", "assign", "worked", "eq", "set", "seq", "builder"):
        if tag in kinds:
            return _RULES[tag]
    return f"{gold[0]} against {pred[0]}"
