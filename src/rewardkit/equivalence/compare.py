r"""Turn parse trees into answers (scalar, set, tuple, matrix, equation, text) and compare them.

An *answer* is a tuple whose first item is its kind:

- ``("scalar", node)``: one value (``("scalar", node, name)`` when given as ``name = node``,
  a solved form); ``("alts", (node, ...))``: one value read several ways
  (``25\%`` is 1/4 or 25);
- ``("set", answers)``: unordered (bare lists ``1, 2``, ``\{1, 2\}``, ``\pm``, unions);
- ``("seq", open, close, answers)``: ordered, brackets included (tuples, intervals, vectors);
- ``("matrix", rows)``; ``("eq", lhs, rhs)``: an equation; ``("text", key)``; ``("opaque", node)``.

Scalars are compared exactly when both are rationals, then numerically in complex floating point
at a few fixed probe points for their variables (:data:`PROBES`), within ``rel_tol``.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from itertools import product
from typing import TypeVar

from rewardkit.equivalence.budget import Budget
from rewardkit.equivalence.latex import MAX_ITEMS, Node, ParseError, parse_latex, text_key
from rewardkit.equivalence.numbers import (
    EvalError,
    exact_value,
    free_symbols,
    has_decimal,
    numeric_value,
)

__all__ = ["ABS_TOL", "PROBES", "UNITS", "Answer", "answers_equal", "is_unit", "parse_answer"]

Answer = tuple[object, ...]

#: Absolute tolerance of floating-point comparisons, used only when one side evaluates to
#: exactly 0.0 (rounding noise of an expression equal to zero). Written numbers are compared
#: exactly or relatively, never against this: ``1.325e-27`` is not ``0``.
ABS_TOL = 1e-12
#: A decimal gold with at least this many significant digits (``3.89``, ``6630.0``) or written in
#: scientific notation (``1.3e-27``) is read as rounded (see :func:`_rounding`).
ROUNDED_DIGITS = 3

#: The closed list of units: a ``\text{...}`` next to a value is dropped only when every word
#: of it is one of these (also with ``^2``/``^3``, ``/``, "per", "square", "sq", "cubic").
_UNIT_WORDS = """
    m cm mm km nm um µm in inch inches ft foot feet yd yard yards mi mile miles meter meters
    metre metres centimeter centimeters centimetre centimetres millimeter millimeters kilometer
    kilometers kilometre kilometres light-year light-years au
    l ml liter liters litre litres gallon gallons gal quart quarts pint pints cup cups cc
    g mg kg gram grams kilogram kilograms milligram milligrams lb lbs pound pounds oz ounce
    ounces ton tons tonne tonnes
    s ms sec secs second seconds min mins minute minutes h hr hrs hour hours day days week
    weeks month months year years yr yrs
    mph kph kmh km/h m/s
    deg degree degrees ° rad rads radian radians °c °f k kelvin celsius fahrenheit å
    n j kj w kw mw v a ma ohm ohms ω hz khz mhz ghz pa kpa atm mol mmol ev kev mev cal kcal t
    dollar dollars cent cents euro euros yuan rupee rupees usd $ € £ ¥
    unit units acre acres hectare hectares ha
    way ways people person persons student students child children item items object objects
    piece pieces time times step steps move moves point points term terms digit digits
    number numbers integer integers solution solutions side sides edge edges vertex vertices
    face faces triangle triangles handshake handshakes game games match matches round rounds
    seat seats box boxes ball balls marble marbles card cards coin coins book books page pages
    letter letters word words cookie cookies apple apples candy candies bag bags grade grades
"""
UNITS = frozenset(_UNIT_WORDS.split())
_UNIT_JOINERS = frozenset(
    {"per", "square", "sq", "cubic", "/", "^", "2", "3", "{", "}", "^2", "^3"}
)
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
#: Values given to variables when two expressions are compared numerically (three points).
PROBES: tuple[tuple[float, ...], ...] = (
    (0.6180339887, 1.3247179572, 2.2360679775, 0.4142135624, 1.7320508076, 2.7182818285),
    (1.4142135624, 0.5772156649, 1.6180339887, 2.6457513111, 0.8660254038, 1.2020569032),
    (2.0943951024, 1.1892071150, 0.7071067812, 1.9129311828, 2.4494897428, 0.3183098862),
)
#: Most alternatives a ``\\pm`` expansion may produce.
MAX_EXPANSIONS = 8

_ORDER = frozenset({"<", "<=", ">", ">="})
_ONE_HUNDRED: Node = ("num", Fraction(100), False)


# --- from trees to answers ----------------------------------------------------------------------


def parse_answer(text: str) -> Answer:
    r"""Parse an answer string into an answer tuple.

    Raises:
        ParseError: the text is not answer-LaTeX we can read.

    Examples:
        >>> parse_answer("x = 3")
        ('scalar', ('num', Fraction(3, 1), False), ('sym', 'x'))
        >>> parse_answer("\\text{ The East }")
        ('text', 'east')
    """
    return _answer(parse_latex(text))


def _answer(node: Node) -> Answer:
    tag = node[0]
    if tag in {"list", "set", "union"}:
        items = node[1]
        assert isinstance(items, tuple)
        if tag == "list" and len(items) == 1:
            return _answer(items[0])
        if tag == "list" and not items:
            message = "empty"
            raise ParseError(message)
        if len(items) > MAX_ITEMS:
            message = "too many items"
            raise ParseError(message)
        assignments = _assignments(items) if tag == "list" else None
        if assignments is not None:
            return ("assign", assignments)
        members: list[Answer] = []
        for item in items:
            answer = _answer(item)
            if answer[0] == "set" and item[0] not in {"set", "list", "union"}:
                members.extend(answer[1])  # type: ignore[arg-type]  # 1 \\pm 2 in a list
            else:
                members.append(answer)
        if tag == "list":
            return ("set", tuple(members), "list")  # a bare list also matches a tuple, in order
        return ("set", tuple(members))
    if tag == "seq":
        items = node[3]
        assert isinstance(items, tuple)
        return ("seq", node[1], node[2], tuple(_answer(item) for item in items))
    if tag == "matrix":
        rows = node[1]
        assert isinstance(rows, tuple)
        return ("matrix", tuple(tuple(_answer(cell) for cell in row) for row in rows))
    if tag == "rel":
        return _relation(node[1])  # type: ignore[arg-type]
    if tag == "text":
        return ("text", text_key(str(node[1])))
    if tag == "builder":
        return ("builder", node[1])
    node = _drop_units(node)
    if node[0] == "text":
        return ("text", text_key(str(node[1])))
    if _has_node(node, "text", "builder"):
        return ("opaque", node)  # 2 \\text{ (or maybe 3)}: words that are not units
    if node[0] == "deg":
        node = node[1]  # type: ignore[assignment]
    if node[0] == "pct":
        inner: Node = node[1]  # type: ignore[assignment]
        return ("alts", (("div", inner, _ONE_HUNDRED), inner))
    expansions = _expand(node)
    if len(expansions) > 1:
        return ("set", tuple(("scalar", item) for item in expansions))
    return ("scalar", expansions[0])


def _assignments(items: tuple[Node, ...]) -> tuple[tuple[str, Answer], ...] | None:
    """``x = 1, y = 2``: values of distinct variables (compared by name, or in order)."""
    pairs: list[tuple[str, Answer]] = []
    for item in items:
        chain = item[1] if item[0] == "rel" else ()
        if len(chain) != 3 or chain[1] != "=" or chain[0][0] != "sym":  # type: ignore[arg-type, index]
            return None
        pairs.append((str(chain[0][1]), _answer(chain[2])))  # type: ignore[index]
    if len({name for name, _ in pairs}) != len(pairs):
        return None
    return tuple(pairs)


def is_unit(text: str) -> bool:
    r"""Whether a ``\text{}`` content is a unit of :data:`UNITS` (dropped next to a value).

    Every word must be a unit, a power (``^2``) or a joiner (``/``, per, square, sq, cubic);
    case is ignored. Words such as "or", "not", "maybe", "wrong" are never units.

    Examples:
        >>> is_unit(" cm^2"), is_unit("km/h"), is_unit("square units"), is_unit(" (or maybe 3)")
        (True, True, True, False)
    """
    words = (
        text.lower().replace("/", " / ").replace("^", " ^").replace("{", " ").replace("}", " ")
    ).split()
    return bool(words) and all(
        word in UNITS or word in _UNIT_JOINERS or word.rstrip(".") in UNITS for word in words
    )


def _unit(node: object) -> bool:
    r"""A unit factor: ``\text{cm}``, ``\text{cm}^2``."""
    if not isinstance(node, tuple):
        return False
    if node[0] == "pow":
        return _unit(node[1])
    return node[0] == "text" and is_unit(str(node[1]))


def _drop_units(node: Node) -> Node:
    r"""Drop unit factors (:data:`UNITS`, ordinal suffixes) from a product with other factors."""
    if node[0] == "mul":
        factors = [_drop_units(f) for f in node[1] if not _unit(f)]  # type: ignore[attr-defined]
        if factors and len(factors) < len(node[1]):  # type: ignore[arg-type]
            return factors[0] if len(factors) == 1 else ("mul", tuple(factors))
    if node[0] == "pow" and _unit(node[1]):
        return node[1]  # type: ignore[return-value]
    if (
        node[0] == "pow"
        and isinstance(node[2], tuple)
        and node[2][0] == "text"
        and str(node[2][1]).strip() in _ORDINALS
    ):  # 12^{\\text{th}}
        return _drop_units(node[1])  # type: ignore[arg-type]
    return node


def _expand(node: Node) -> list[Node]:
    r"""Expand every ``a \pm b`` into its two values (at most :data:`MAX_EXPANSIONS`)."""
    if not isinstance(node, tuple) or not _has_node(node, "pm"):
        return [node]
    if node[0] == "pm":
        lefts = _expand(node[1])  # type: ignore[arg-type]
        rights = _expand(node[2])  # type: ignore[arg-type]
        out: list[Node] = []
        for left, right in product(lefts, rights):
            out.append(("add", (left, right)))
            out.append(("add", (left, ("neg", right))))
        if len(out) > MAX_EXPANSIONS:
            message = "too many \\pm"
            raise ParseError(message)
        return out
    options: list[list[object]] = []
    size = 1
    for child in node[1:]:
        if isinstance(child, tuple) and child and isinstance(child[0], str):
            option: list[object] = list(_expand(child))
        elif isinstance(child, tuple):  # the items of an add or mul
            option = [tuple(c) for c in product(*(_expand(item) for item in child))]
        else:
            option = [child]
        size *= len(option)
        if size > MAX_EXPANSIONS:
            message = "too many \\pm"
            raise ParseError(message)
        options.append(option)
    return [(node[0], *combination) for combination in product(*options)]


def _has_node(node: object, kind: str, other: str | None = None) -> bool:
    """Whether a tree holds a node of ``kind`` (``"pm"``, ``"abs"``, ...), or of ``other``.

    Level by level: the tags of a level are compared at once, children gathered in one step.
    """
    level: list[tuple[object, ...]] = [node] if isinstance(node, tuple) else []
    while level:
        tags = [item[0] for item in level if item]
        if kind in tags or (other is not None and other in tags):
            return True
        level = [child for item in level for child in item if isinstance(child, tuple)]
    return False


def _is_name(node: object) -> bool:
    r"""A left-hand side that names the answer: ``x``, ``f(x)``, ``\cos \angle RPS``, ``AB``."""
    if not isinstance(node, tuple):
        return False
    tag = node[0]
    if tag == "sym":
        return node[1] not in _NOT_NAMES  # \\neq x = 3, \\ldots x = 3: no label
    if tag == "const" and node[1] in {"e", "i"}:
        return True
    if tag == "pow":  # f^{-1}(x) =, BC^2 = (a segment's name, not a^2 + b = 0)
        exponent, base = node[2], node[1]
        return _is_name(base) and (
            exponent == ("neg", ("num", Fraction(1), False))
            or (
                isinstance(exponent, tuple)
                and exponent[0] == "num"
                and isinstance(base, tuple)
                and base[0] == "mul"
            )
        )
    if tag == "abs":  # |AB| =
        return _is_name(node[1])
    if tag == "div":  # \\frac{NO}{BO} =
        return _is_name(node[1]) and _is_name(node[2])
    if tag == "mul":  # AB, f(0): a name, then names or numbers (its arguments)
        items = node[1]
        return (
            isinstance(items, tuple)
            and not _spells_negation(items)
            and _is_name(items[0])
            and all(_is_name(item) or item[0] == "num" or _squared(item) for item in items[1:])
        )
    if tag == "fn":
        return _is_name(node[2])
    if tag in {"list", "seq"}:
        items = node[-1]
        return isinstance(items, tuple) and bool(items) and all(_is_name(i) for i in items)
    return False


#: Symbols the parser keeps that are no names: relations and dots read as atoms.
_NOT_NAMES = frozenset(
    {"\\neq", "\\ne", "\\geq", "\\leq", "\\ge", "\\le", "\\not", "\\neg", "\\lnot", "..."}
)
#: Words that negate what follows: ``not x = 3`` (read as the letters n, o, t, x) is no label.
_NEGATION_WORDS = ("not", "never")


def _spells_negation(items: tuple[object, ...]) -> bool:
    """Whether a product of letters starts with a negation word (``not x``, ``no x``)."""
    letters = ""
    for item in items:
        if not (isinstance(item, tuple) and item[0] == "sym" and len(str(item[1])) == 1):
            break
        letters += str(item[1]).lower()
    return any(letters.startswith(word) and len(letters) > len(word) for word in _NEGATION_WORDS)


def _approximates(exact: Node, approx: Node) -> bool:
    r"""Whether ``approx`` rounds or truncates ``exact`` (``\frac{\sqrt3}{3} \approx 0.577``).

    A decimal may differ by one unit of its last digit (rounded or truncated); any other
    number by a relative 1e-9. Sides that are not numbers (``x \approx 0.58``) are not checked.
    """
    try:
        if free_symbols(exact) or free_symbols(approx):
            return True
        left, right = numeric_value(exact, {}), numeric_value(approx, {})
    except (EvalError, ValueError, ArithmeticError, TypeError, RecursionError):
        return True  # unreadable: the comparison of the exact value decides
    slack = 1e-9 * max(abs(left), abs(right))
    if approx[0] == "num" and approx[2]:
        slack = max(slack, 10.0 ** -_decimal_places(approx[1]))  # one unit of its last digit
    elif approx[0] == "neg" and approx[1][0] == "num" and approx[1][2]:  # type: ignore[index]
        slack = max(slack, 10.0 ** -_decimal_places(approx[1][1]))  # type: ignore[index]
    return abs(left - right) <= slack * (1 + 1e-9)


def _decimal_places(value: object) -> int:
    """Digits after the point of a decimal held as a Fraction (``0.577`` gives 3)."""
    if not isinstance(value, Fraction):
        return 0
    denominator, places = value.denominator, 0
    while denominator > 1 and places < 400:
        if denominator % 10 == 0:
            denominator //= 10
        elif denominator % 5 == 0:
            denominator //= 5
        elif denominator % 2 == 0:
            denominator //= 2
        else:
            break
        places += 1
    return places


def _squared(node: Node) -> bool:
    """``C^2`` inside ``BC^2``: a letter to a number power, the end of a segment's name."""
    return (
        node[0] == "pow"
        and isinstance(node[1], tuple)
        and node[1][0] == "sym"
        and isinstance(node[2], tuple)
        and node[2][0] == "num"
    )


def _names_a_value(node: object) -> bool:
    """A sum of names (``a + b``, ``m - n``): the left side of an answer like ``a + b = 5``."""
    if not isinstance(node, tuple):
        return False
    if node[0] == "add":
        return all(_names_a_value(item) for item in node[1])
    if node[0] == "neg":
        return _names_a_value(node[1])
    return _is_name(node)


def _applies_function(node: Node) -> bool:
    r"""Whether a tree applies sin, log, ... (``\sin(x) = a`` is an equation, not a label)."""
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if (item[0] == "fn" and item[1] in _FUNCTIONS) or item[0] == "log":
                return True
            stack.extend([child for child in item if isinstance(child, tuple)])
    return False


_FUNCTIONS = frozenset(
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "acot", "sinh",
        "cosh", "tanh", "ln", "log", "log10", "exp", "sqrt", "floor", "ceil",
    }
)  # fmt: skip


#: Tags of trees that hold several values (never a scalar side of a worked computation).
_CONTAINERS = frozenset({"seq", "set", "list", "union", "matrix", "builder", "text"})


def _relation(chain: tuple[object, ...]) -> Answer:
    if "~" in chain:
        # a \\approx b: the exact value before the approximation counts, the rest is ignored
        # (x \\approx 0.58 keeps its value: the label x alone is no value)
        first = chain.index("~")
        if first == 1 and _is_name(chain[0]):
            chain = tuple("=" if item == "~" else item for item in chain)
        else:
            if not all(
                _approximates(chain[i - 1], chain[i + 1])  # type: ignore[arg-type]
                for i in range(1, len(chain) - 1, 2)
                if chain[i] == "~"
            ):
                return ("opaque", ("rel", chain))  # 2\\sqrt3 \\approx 4.24: a different value
            chain = chain[:first]
            if len(chain) == 1:
                return _answer(chain[0])  # type: ignore[arg-type]
    operators = chain[1::2]
    terms: list[Node] = list(chain[0::2])  # type: ignore[arg-type]
    if "~" in operators:
        return ("opaque", ("rel", chain))
    if all(op in {"=", "in"} for op in operators):
        if _is_name(terms[0]) and not _applies_function(terms[0]):
            rest = terms[1:]
            while len(rest) > 1 and _is_name(rest[0]):
                rest = rest[1:]
            if any(free_symbols(term) for term in rest[:-1]):
                # x = 3x = 4, x = 3 \\pm x = 4: an equation in x, not worked steps to a value
                return ("opaque", ("rel", chain))
            value = _answer(rest[-1])
            if "in" in operators and value[0] in {"scalar", "alts"}:
                return ("opaque", ("rel", chain))  # x \\in 6: membership of a number is no value
            if value[0] == "scalar" and len(terms) == 2 and terms[0][0] == "sym":
                return (*value, terms[0])  # y = 2x + 1: the value, labelled (a solved form)
            return value
        if (
            all(op == "=" for op in operators)
            and not any(t[0] in _CONTAINERS for t in terms)
            and not any(free_symbols(t) for t in terms)
        ):
            return ("worked", tuple(terms))  # 18 \times 2 = 36: a computation and its value
        if len(terms) > 2 and all(op == "=" for op in operators) and _names_a_value(terms[0]):
            return _relation(chain[2:])  # a + b + c = 11 + 9 + 0 = 20
        if len(terms) == 2:
            if _is_name(terms[1]) and operators[0] == "=":
                return _answer(terms[0])
            return ("eq", terms[0], terms[1])
    if all(op in _ORDER for op in operators):
        interval = _interval(terms, operators)  # type: ignore[arg-type]
        if interval is not None:
            return interval
    return ("opaque", ("rel", chain))


_INFINITY: Answer = ("scalar", ("const", "inf"))
_MINUS_INFINITY: Answer = ("scalar", ("neg", ("const", "inf")))


def _interval(terms: list[Node], operators: list[str]) -> Answer | None:
    r"""``x > 3`` as ``(3, \infty)``, ``-1 \le x < 2`` as ``[-1, 2)``."""
    if len(terms) == 2:
        op = operators[0]
        flip = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
        if terms[0][0] == "neg" and _is_name(terms[0][1]) and not _is_name(terms[1]):
            terms, op = [terms[0][1], ("neg", terms[1])], flip[op]  # type: ignore[list-item]
        if _is_name(terms[0]) and not _is_name(terms[1]):
            bound, op = terms[1], op
        elif _is_name(terms[1]) and not _is_name(terms[0]):
            bound, op = terms[0], {"<": ">", "<=": ">=", ">": "<", ">=": "<="}[op]
        else:
            return None
        value = _answer(bound)
        if op in {"<", "<="}:
            return ("seq", "(", ")" if op == "<" else "]", (_MINUS_INFINITY, value))
        return ("seq", "(" if op == ">" else "[", ")", (value, _INFINITY))
    if len(terms) == 3 and _is_name(terms[1]):
        first, second = operators
        if first in {"<", "<="} and second in {"<", "<="}:
            low, high = terms[0], terms[2]
            return (
                "seq",
                "(" if first == "<" else "[",
                ")" if second == "<" else "]",
                (_answer(low), _answer(high)),
            )
        if first in {">", ">="} and second in {">", ">="}:
            return (
                "seq",
                "(" if second == ">" else "[",
                ")" if first == ">" else "]",
                (_answer(terms[2]), _answer(terms[0])),
            )
    return None


# --- comparing answers --------------------------------------------------------------------------


def answers_equal(gold: Answer, pred: Answer, rel_tol: float, budget: Budget) -> bool:
    """Whether two answers are equivalent (see the module docstring for the rules).

    Raises:
        BudgetExceeded: the time budget ran out.
    """
    budget.check()
    if gold == pred:
        return True
    kind, other = gold[0], pred[0]
    if kind == "alts" or other == "alts":
        golds = gold[1] if kind == "alts" else (gold[1],)
        preds = pred[1] if other == "alts" else (pred[1],)
        if kind == "alts" and other == "alts":  # two percents: 0.75% is not 75%
            return scalars_equal(golds[1], preds[1], rel_tol, budget)  # type: ignore[index]
        if (kind == "alts" or kind == "scalar") and (other == "alts" or other == "scalar"):
            return any(
                scalars_equal(g, p, rel_tol, budget)
                for g in golds  # type: ignore[attr-defined]
                for p in preds  # type: ignore[attr-defined]
            )
        return False
    if kind == "scalar" and other == "scalar":
        return scalars_equal(gold[1], pred[1], rel_tol, budget)  # type: ignore[arg-type]
    if kind == "set" and other == "set":  # a value written twice is still one member
        golds = tuple(dict.fromkeys(gold[1]))  # type: ignore[call-overload]
        return _same_items(golds, tuple(dict.fromkeys(pred[1])), rel_tol, budget)  # type: ignore[call-overload]
    if kind == "set" and gold[2:] == ("list",) and other == "seq" and pred[1:3] == ("(", ")"):
        # a bare gold list (-5, 7) also matches a tuple of the same values, in any order
        return _same_items(gold[1], pred[3], rel_tol, budget)  # type: ignore[arg-type]
    if kind == "assign" or other == "assign":
        return _assignments_equal(gold, pred, rel_tol, budget)
    if kind == "set" or other == "set":
        # {5} is 5, and so is "3/4 or 0.75" for 3/4: a list of one value written several ways
        items: tuple[Answer, ...] = gold[1] if kind == "set" else pred[1]  # type: ignore[assignment]
        single = pred if kind == "set" else gold
        if kind == "set":
            return bool(items) and all(answers_equal(i, single, rel_tol, budget) for i in items)
        # the values offered must be one value (``\frac34, 0.75``), not several that the gold's
        # tolerance each admits (``12.46, 12.54`` or ``120 \pm 0.01`` for ``12.5`` / ``120.0``)
        return (
            bool(items)
            and all(answers_equal(single, i, rel_tol, budget) for i in items)
            and all(answers_equal(items[0], i, 0.0, budget) for i in items[1:])
        )
    if kind == "seq" and other == "seq":
        same = _endpoints_equal if _is_interval(gold) else answers_equal
        return (
            gold[1:3] == pred[1:3]
            and len(gold[3]) == len(pred[3])  # type: ignore[arg-type]
            and all(
                same(g, p, rel_tol, budget)
                for g, p in zip(gold[3], pred[3], strict=True)  # type: ignore[call-overload]
            )
        )
    if kind == "matrix" or other == "matrix":
        return _matrices_equal(gold, pred, rel_tol, budget)
    if kind == "worked" or other == "worked":
        return _worked_equal(gold, pred, rel_tol, budget)
    if other == "eq" and kind != "eq" and pred[1][0] in _CONTAINERS:  # type: ignore[index]
        # (\frac{0 + 40}{2}, 40) = (20, 40): a worked tuple, every side equal to the gold
        return all(answers_equal(gold, _answer(side), rel_tol, budget) for side in pred[1:3])  # type: ignore[arg-type]
    if kind == "eq" and other == "scalar" and len(pred) == 3:  # 2x + 4y = 3 vs y = ...
        return answers_equal(gold, ("eq", pred[2], pred[1]), rel_tol, budget)
    if other == "eq" and kind == "scalar" and len(gold) == 3:
        return answers_equal(("eq", gold[2], gold[1]), pred, rel_tol, budget)
    if kind in {"scalar", "alts"} and other == "eq":
        if _names_a_value(pred[1]):  # a + b = 5 for a gold of 5
            return answers_equal(gold, _answer(pred[2]), rel_tol, budget)  # type: ignore[arg-type]
        # 19x - 4x - 80 = 15x - 80: a worked simplification, every side equal to the gold
        # (x^2 - 4 = 0 is no answer of 0: its left side is not 0)
        return all(answers_equal(gold, ("scalar", side), rel_tol, budget) for side in pred[1:3])
    if other in {"scalar", "alts"} and kind == "eq" and _names_a_value(gold[1]):
        return answers_equal(_answer(gold[2]), pred, rel_tol, budget)  # type: ignore[arg-type]
    if kind == "eq" and other == "eq":
        left: Node = ("add", (gold[1], ("neg", gold[2])))
        right: Node = ("add", (pred[1], ("neg", pred[2])))
        # up to sides and sign; up to a constant factor only when one of them is solved for a
        # variable (y = -x/2 + 3/4 for 2x + 4y - 3 = 0). Two normal forms must agree up to
        # sign: 20x - 28y + 44z + 16 = 0 is not the normalised 5x - 7y + 11z + 4 = 0.
        if scalars_equal(left, right, rel_tol, budget) or scalars_equal(
            left, ("neg", right), rel_tol, budget
        ):
            return True
        solved = any(side[0] == "sym" for side in (*gold[1:3], *pred[1:3]))  # type: ignore[index]
        return solved and _proportional(left, right, rel_tol, budget)
    if kind == "builder" and other == "builder":
        return gold[1] == pred[1]
    return False


def _proportional(left: Node, right: Node, rel_tol: float, budget: Budget) -> bool:
    """Whether ``left = c * right`` for one non-zero constant ``c`` at every probe point.

    Both must be expressions in the same variables; a factor that is itself a variable
    (``x (x - 1) = 0`` against ``x - 1 = 0``) changes the solutions and is never allowed.
    """
    names = sorted(free_symbols(left) | free_symbols(right))
    if not names or free_symbols(left) != free_symbols(right) or len(names) > len(PROBES[0]):
        return False
    if _steps(left) or _steps(right) or _has_node(left, "abs") or _has_node(right, "abs"):
        return False
    ratios: list[complex] = []
    for point in PROBES:
        budget.check()
        env = {name: complex(point[k]) for k, name in enumerate(names)}
        try:
            a = numeric_value(left, env)
            b = numeric_value(right, env)
        except EvalError:
            return False
        if a == 0 or b == 0:
            return False
        ratios.append(a / b)
    return all(_close(ratio, ratios[0], rel_tol) for ratio in ratios)


def _worked_equal(gold: Answer, pred: Answer, rel_tol: float, budget: Budget) -> bool:
    """``2 + 3 = 5`` against a value: every side of the chain must equal it."""
    if gold[0] == pred[0] == "worked":
        return scalars_equal(gold[1][-1], pred[1][-1], rel_tol, budget)  # type: ignore[index]
    worked, value = (gold, pred) if gold[0] == "worked" else (pred, gold)
    if value[0] not in {"scalar", "alts"}:
        return False
    terms: tuple[Node, ...] = worked[1]  # type: ignore[assignment]
    if worked is gold:
        return all(answers_equal(("scalar", term), value, rel_tol, budget) for term in terms)
    if not answers_equal(value, ("scalar", terms[-1]), rel_tol, budget):
        return False
    # the computation before the value may restate the question (\sin^2 18^\circ + ...):
    # it must still equal the value, numerically
    return (
        value[0] == "scalar"
        and all(
            _numerically_equal(value[1], term, rel_tol, budget)  # type: ignore[arg-type]
            for term in terms[:-1]
        )
    )


def _assignments_equal(gold: Answer, pred: Answer, rel_tol: float, budget: Budget) -> bool:
    """``x = 1, y = 2`` against the same assignments (by name), a tuple (in order) or a set."""
    if gold[0] == pred[0] == "assign":
        golds = dict(gold[1])  # type: ignore[call-overload]
        preds = dict(pred[1])  # type: ignore[call-overload]
        return golds.keys() == preds.keys() and all(
            answers_equal(golds[name], preds[name], rel_tol, budget) for name in golds
        )
    assigned, other = (gold, pred) if gold[0] == "assign" else (pred, gold)
    values = tuple(value for _, value in assigned[1])  # type: ignore[attr-defined]
    if other[0] == "seq" and other[1] == "(" and other[2] == ")":
        ordered = other[3]
        return len(ordered) == len(values) and all(  # type: ignore[arg-type]
            answers_equal(g, p, rel_tol, budget)
            for g, p in zip(ordered, values, strict=True)  # type: ignore[call-overload]
        )
    if other[0] == "set":
        # a bare list stands for the values in the assignments' order (``1, 2`` for ``x = 1,
        # y = 2``): in any order, one list would match every permutation of the values
        # as written: a value listed twice is a value given twice (``1, 1`` for ``x = 1, y = 1``)
        listed: tuple[Answer, ...] = other[1]  # type: ignore[assignment]
        golds, preds = (values, listed) if assigned is gold else (listed, values)
        return len(listed) == len(values) and all(
            answers_equal(g, p, rel_tol, budget) for g, p in zip(golds, preds, strict=True)
        )
    return False


def _vector(answer: Answer) -> tuple[Answer, ...] | None:
    if answer[0] == "matrix":
        rows: tuple[tuple[Answer, ...], ...] = answer[1]  # type: ignore[assignment]
        if len(rows) == 1:
            return rows[0]
        if all(len(row) == 1 for row in rows):
            return tuple(row[0] for row in rows)
        return None
    if answer[0] == "seq" and answer[1] == "(" and answer[2] == ")":
        return answer[3]  # type: ignore[return-value]
    return None


def _matrices_equal(gold: Answer, pred: Answer, rel_tol: float, budget: Budget) -> bool:
    if gold[0] == "matrix" and pred[0] == "matrix":
        grows: tuple[tuple[Answer, ...], ...] = gold[1]  # type: ignore[assignment]
        prows: tuple[tuple[Answer, ...], ...] = pred[1]  # type: ignore[assignment]
        return (
            len(grows) == len(prows)
            and all(len(g) == len(p) for g, p in zip(grows, prows, strict=True))
            and all(
                answers_equal(g, p, rel_tol, budget)
                for grow, prow in zip(grows, prows, strict=True)
                for g, p in zip(grow, prow, strict=True)
            )
        )
    gvector, pvector = _vector(gold), _vector(pred)
    if gvector is None or pvector is None or len(gvector) != len(pvector):
        return False
    return all(answers_equal(g, p, rel_tol, budget) for g, p in zip(gvector, pvector, strict=True))


def _same_items(
    golds: tuple[Answer, ...], preds: tuple[Answer, ...], rel_tol: float, budget: Budget
) -> bool:
    """Multiset equality: every gold item matches a distinct predicted item."""
    if len(golds) != len(preds) or len(golds) > MAX_ITEMS:
        return False
    unused = list(preds)
    for gold in golds:
        for index, pred in enumerate(unused):
            if answers_equal(gold, pred, rel_tol, budget):
                del unused[index]
                break
        else:
            return False
    return True


def _infinity_sign(node: Node) -> int:
    if node == ("const", "inf"):
        return 1
    if node[0] == "neg" and node[1] == ("const", "inf"):
        return -1
    return 0


def _base_digits(node: Node) -> str | None:
    if node[0] == "base":
        return str(node[1])
    if node[0] == "num" and not node[2] and node[1] >= 0:  # type: ignore[operator]
        return str(node[1])
    return None


def scalars_equal(gold: Node, pred: Node, rel_tol: float, budget: Budget) -> bool:
    """Whether two scalar trees are equal: exactly, then numerically at the probe points.

    Raises:
        BudgetExceeded: the time budget ran out.
    """
    if gold[0] == "num" and pred[0] == "num":
        return _numbers_equal(gold, pred, rel_tol)
    return _scalars_equal(gold, pred, rel_tol, budget)


def _numbers_equal(gold: Node, pred: Node, rel_tol: float) -> bool:
    """:func:`_scalars_equal` of two plain numbers (``("num", value, decimal)``), directly.

    The rules that apply to two numbers, in the same order: a rounded gold takes any value
    within half a unit of its last digit; otherwise equal values are equal, and a decimal on
    either side allows ``rel_tol`` (relative, exactly). Tested equal to the general path.
    """
    value: Fraction = gold[1]  # type: ignore[assignment]
    other: Fraction = pred[1]  # type: ignore[assignment]
    rounded = _rounding(gold)
    if rounded is not None:
        return abs(other - rounded[0]) <= rounded[1]
    if value == other:
        return True
    if gold[2] is True or pred[2] is True:  # has_decimal of a number
        if value.denominator == 1 and other.denominator != 1 and gold[2] is not True:
            return False  # an integer gold: a decimal with a fractional part is another number
        return _relatively_close(value, other, rel_tol)
    return False


def _relatively_close(a: Fraction, b: Fraction, rel_tol: float) -> bool:
    """``abs(a - b) <= Fraction(rel_tol) * max(abs(a), abs(b))``, in integers.

    With ``a = p/q``, ``b = r/s`` (``q, s > 0``) and ``Fraction(rel_tol) = n/d``, both sides
    times ``q * s * d`` give ``|p*s - r*q| * d <= n * max(|p|*s, |r|*q)``: the same verdict
    without normalising three fractions (``Fraction(1e-9)`` has an 82-bit denominator), about
    a tenth of the time. Tested equal to the fraction formula.
    """
    p, q = a.numerator, a.denominator
    r, s = b.numerator, b.denominator
    n, d = rel_tol.as_integer_ratio()
    return abs(p * s - r * q) * d <= n * max(abs(p) * s, abs(r) * q)


class _TreeFacts:
    """What the scalar rule reads of a tree, remembered per tree *object*.

    Parsed answers are cached, so a GRPO group's gold is the same tree object in every
    comparison of the group (against each distinct prediction): whether it applies a function
    to a constant (:func:`_unevaluated`), its exact value, its free symbols and its value at
    the probe point of constants are computed once, not once per comparison. Keyed by ``id``
    with the tree held (an ``id`` cannot be reused while its entry lives; a hit is checked
    with ``is``); starts over past :attr:`MAX_ENTRIES`; ``cache_clear()`` empties it (with
    the other caches: :func:`rewardkit.equivalence.clear_caches`). The functions are pure,
    so the verdicts are those of calling them each time (tested).
    """

    __slots__ = ("_entries", "_values")

    MAX_ENTRIES = 4096

    def __init__(self) -> None:
        self._entries: dict[int, tuple[Node, _Facts]] = {}
        self._values: dict[int, tuple[Node, complex | None]] = {}

    def of(self, node: Node) -> _Facts:
        """``(_unevaluated(node), exact_value(node), free_symbols(node))``."""
        return self._remembered(self._entries, node, _tree_facts)

    def constant_value(self, node: Node) -> complex | None:
        """``numeric_value(node, {})``, or ``None`` where it raises :class:`EvalError`."""
        return self._remembered(self._values, node, _constant_value)

    def _remembered(
        self, store: dict[int, tuple[Node, _V]], node: Node, compute: Callable[[Node], _V]
    ) -> _V:
        """``compute(node)``, from ``store`` when this tree object is in it."""
        entry = store.get(id(node))
        if entry is not None and entry[0] is node:
            return entry[1]
        value = compute(node)
        if len(store) >= self.MAX_ENTRIES:
            store.clear()
        store[id(node)] = (node, value)
        return value

    def cache_clear(self) -> None:
        """Forget every tree."""
        self._entries.clear()
        self._values.clear()


#: ``(_unevaluated, exact_value, free_symbols)`` of a tree.
_Facts = tuple[bool, Fraction | None, frozenset[str]]
_V = TypeVar("_V")


def _tree_facts(node: Node) -> _Facts:
    return _unevaluated(node), exact_value(node), free_symbols(node)


def _constant_value(node: Node) -> complex | None:
    try:
        return numeric_value(node, {})
    except EvalError:
        return None


_facts = _TreeFacts()


def _scalars_equal(gold: Node, pred: Node, rel_tol: float, budget: Budget) -> bool:
    """:func:`scalars_equal`, every rule in order (the general path)."""
    if gold == pred:
        return True
    if gold[0] == "base" or pred[0] == "base":
        if gold[0] == pred[0]:
            return gold[1:] == pred[1:]
        digits = _base_digits(gold)
        return digits is not None and digits == _base_digits(pred)
    sign = _infinity_sign(gold) or _infinity_sign(pred)
    if sign:
        return _infinity_sign(gold) == _infinity_sign(pred)
    gold_facts, pred_facts = _facts.of(gold), _facts.of(pred)
    if gold_facts[0] != pred_facts[0]:  # _unevaluated
        return False  # \\cos(\\pi/3) is a restated question, not the computed 1/2
    rounded = _rounding(gold)
    if rounded is not None and not pred_facts[2]:
        return _within(rounded, pred)
    exact_gold = gold_facts[1]
    if exact_gold is not None:
        exact_pred = pred_facts[1]
        if exact_pred is not None:
            if exact_gold == exact_pred:
                return True
            if has_decimal(pred) or has_decimal(gold):  # relative, exactly: 1e-27 is not 0
                if (
                    exact_gold.denominator == 1
                    and exact_pred.denominator != 1
                    and not has_decimal(gold)
                ):
                    return False  # an integer gold: 1000000007.5 is neither 10^9 + 7 nor + 8
                return _relatively_close(exact_gold, exact_pred, rel_tol)
            return False
    gold_names, pred_names = gold_facts[2], pred_facts[2]
    if bool(gold_names) != bool(pred_names):
        return False  # a constant is not an expression in variables that happens to equal it
    budget.check()
    return _numerically_equal(gold, pred, rel_tol, budget, (gold_names, pred_names))


def _is_interval(answer: Answer) -> bool:
    r"""A pair with a square bracket or an infinite end: ``[1, 2)``, ``(-\infty, 3)``."""
    items = answer[3]
    if not isinstance(items, tuple) or len(items) != 2:
        return False
    if answer[1] == "[" or answer[2] == "]":
        return True
    return any(item[0] == "scalar" and _infinity_sign(item[1]) for item in items)


def _endpoints_equal(gold: Answer, pred: Answer, rel_tol: float, budget: Budget) -> bool:
    r"""Interval endpoints: equal exactly, by the decimal rules, or proven by sympy.

    Floating point cannot tell ``1`` from ``2^{1/2^{1000}}`` (they differ by 1e-301), and an
    endpoint decides which numbers belong: two endpoints that are not both exact rationals
    and agree only numerically are sent to sympy; unproven (refused, no worker, out of
    budget) is not equal. A false negative beats a false positive here.
    """
    if gold == pred:
        return True
    if not answers_equal(gold, pred, rel_tol, budget):
        return False
    if gold[0] != "scalar" or pred[0] != "scalar" or len(gold) != 2 or len(pred) != 2:
        return True
    left, right = gold[1], pred[1]
    if _rounding(left) is not None or _infinity_sign(left) or _infinity_sign(right):  # type: ignore[arg-type]
        return True
    if exact_value(left) is not None and exact_value(right) is not None:  # type: ignore[arg-type]
        return True
    if has_decimal(left) or has_decimal(right):  # type: ignore[arg-type]
        return True  # a written decimal is an approximation by choice (the scalar rule decided)
    from rewardkit.equivalence.symbolic import symbolically_equal  # lazy: import cost

    return symbolically_equal(left, right, budget)  # type: ignore[arg-type]


def _rounding(gold: Node) -> tuple[Fraction, Fraction] | None:
    r"""``(value, half unit)`` of a gold written as a rounded decimal, else ``None``.

    Rounded golds: scientific notation (``1.3e-27``, ``6.63\times10^{-34}``: any number of
    digits) and plain decimals with at least :data:`ROUNDED_DIGITS` significant digits
    (``3.89``, ``0.0123``). Integers (``6630``) and short decimals (``0.5``) are exact.
    """
    sign = 1
    if gold[0] == "neg":
        gold, sign = gold[1], -1  # type: ignore[assignment]
    scale = Fraction(1)
    scientific = False
    if gold[0] == "mul" and len(gold[1]) == 2:  # type: ignore[arg-type]
        mantissa: Node
        power: Node
        mantissa, power = gold[1]  # type: ignore[misc]
        if (
            power[0] == "pow"
            and power[1] == ("num", Fraction(10), False)
            and isinstance(power[2], tuple)
        ):
            exponent = exact_value(power[2])
            if exponent is None or exponent.denominator != 1 or abs(exponent) > 400:
                return None
            gold, scale, scientific = mantissa, Fraction(10) ** int(exponent), True
    if gold[0] != "num" or not gold[2]:
        return None
    value: Fraction = gold[1]  # type: ignore[assignment]
    places = _exact_places(value.denominator)
    if places is None:
        return None
    # written with a point, so at least one decimal place: "120.0" is 120 to a tenth, not to
    # a unit (its trailing zeros are lost in the value; more of them only narrow it further)
    places = max(places, 1)
    digits = len(str(abs(value.numerator) * 10**places // value.denominator))
    if not scientific and digits < ROUNDED_DIGITS:
        return None
    return sign * value * scale, Fraction(1, 2 * 10**places) * scale


def _exact_places(denominator: int) -> int | None:
    """The fewest decimal places that write ``n / denominator`` exactly (lowest terms), or None.

    ``None`` past 40 places, or when the denominator has a prime factor other than 2 and 5. A
    fraction in lowest terms times ``10**k`` is an integer exactly when its denominator divides
    ``10**k``, that is ``k`` is at least its count of 2s and of 5s: the answer of the loop
    ``while (value * 10**places).denominator != 1`` without a ``Fraction`` per step. Tested
    equal to that loop.
    """
    twos = (denominator & -denominator).bit_length() - 1
    rest = denominator >> twos
    fives = 0
    while rest % 5 == 0 and fives <= 40:
        rest //= 5
        fives += 1
    places = max(twos, fives)
    return places if rest == 1 and places <= 40 else None


def _within(rounded: tuple[Fraction, Fraction], pred: Node) -> bool:
    """Whether ``pred`` rounds to the gold: within half a unit of its last written digit."""
    value, half = rounded
    exact = exact_value(pred)
    if exact is not None:
        return abs(exact - value) <= half
    try:
        number = numeric_value(pred, {})
    except EvalError:
        return False
    if abs(number.imag) > abs(float(half)):
        return False
    return abs(number.real - float(value)) <= float(half) * (1 + 1e-12)


#: Functions whose value at a constant counts as computed (a closed form).
CLOSED_FORM_FUNCTIONS = frozenset({"sqrt", "abs", "floor", "ceil", "exp"})


def _unevaluated(node: Node) -> bool:
    """Whether a tree applies a function (sin, log, ...) to a constant: an unevaluated value."""
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if (
                (item[0] == "fn" and item[1] not in CLOSED_FORM_FUNCTIONS) or item[0] == "log"
            ) and not free_symbols(item):
                return True
            stack.extend([child for child in item if isinstance(child, tuple)])
    return False


def _close(a: complex, b: complex, rel_tol: float) -> bool:
    """Relative closeness; the absolute :data:`ABS_TOL` only when one side is exactly 0.0."""
    if a == 0 or b == 0:
        return abs(a - b) <= ABS_TOL
    return abs(a - b) <= rel_tol * max(abs(a), abs(b))


def _numerically_equal(
    gold: Node,
    pred: Node,
    rel_tol: float,
    budget: Budget,
    symbols: tuple[frozenset[str], frozenset[str]] | None = None,
) -> bool:
    """Whether two trees agree at the probe points (``symbols``: their free symbols, if known)."""
    gold_names, pred_names = (
        (free_symbols(gold), free_symbols(pred)) if symbols is None else symbols
    )
    names = sorted(gold_names | pred_names)
    if len(names) > len(PROBES[0]) * 4:
        return False
    if names and (_steps(gold) or _steps(pred)):
        return False  # floor/ceil agree at many points where they differ elsewhere
    points = PROBES if names else PROBES[:1]
    alias = _integration_constant(gold_names, pred_names)
    if names:
        agreed = _agreements(gold, pred, names, points, 1.0, rel_tol, budget, alias)
    else:  # _agreements at the one point of constants, their values remembered per tree
        budget.check()
        a = _facts.constant_value(gold)
        b = None if a is None else _facts.constant_value(pred)
        agreed = 0 if a is None or b is None else (1 if _close(a, b, rel_tol) else None)
    if agreed is None:
        return False
    if agreed == 0:  # every point overflowed or left a domain: ask sympy, small trees only
        # Imported here: it loads subprocess and queue, which `import rewardkit` need not pay.
        from rewardkit.equivalence.symbolic import symbolically_equal

        return symbolically_equal(gold, pred, budget)
    if not (agreed == len(points) or agreed >= 2):
        return False
    if names and (_has_node(gold, "abs") or _has_node(pred, "abs")):
        # Positive probes cannot tell |x| from x: with |...| in play, probe negatives too.
        return _agreements(gold, pred, names, PROBES, -1.0, rel_tol, budget, alias) is not None
    return True


def _steps(node: Node) -> bool:
    r"""Whether a tree holds ``\lfloor``/``\lceil`` (step functions probes cannot judge)."""
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple) and item:
            if item[0] == "fn" and item[1] in {"floor", "ceil"}:
                return True
            stack.extend([child for child in item if isinstance(child, tuple)])
    return False


def _integration_constant(golds: frozenset[str], preds: frozenset[str]) -> tuple[str, str] | None:
    """``("C", "c")`` when one side uses ``C`` and the other ``c`` (a constant of integration).

    ``golds``, ``preds``: the free symbols of the two trees.
    """
    for upper, lower in (("C", "c"), ("c", "C")):
        if upper in golds and lower in preds and lower not in golds and upper not in preds:
            return upper, lower
    return None


def _agreements(
    gold: Node,
    pred: Node,
    names: list[str],
    points: tuple[tuple[float, ...], ...],
    sign: float,
    rel_tol: float,
    budget: Budget,
    alias: tuple[str, str] | None = None,
) -> int | None:
    """At how many probe points (scaled by ``sign``) the two trees agree; ``None`` if any differs.

    Points where either side overflows or leaves its domain are skipped. ``alias``: the
    constant of integration one side names ``C`` and the other ``c``
    (:func:`_integration_constant`), given the value of the first.

    Raises:
        BudgetExceeded: the time budget ran out.
    """
    agreed = 0
    for point in points:
        budget.check()
        env = {
            name: sign * complex(point[k % len(point)] + k // len(point))
            for k, name in enumerate(names)
        }
        if alias is not None:
            env[alias[1]] = env[alias[0]]
        try:
            a = numeric_value(gold, env)
            b = numeric_value(pred, env)
        except EvalError:
            continue
        if not _close(a, b, rel_tol):
            return None
        agreed += 1
    return agreed
