"""Decide whether two answer strings are mathematically equivalent.

:func:`is_equivalent` parses both answers with our own small LaTeX parser
(:mod:`rewardkit.equivalence.latex`; never ``eval``/``sympify``/``parse_expr``), turns them into
answers (scalar, set, tuple/interval, matrix, equation, text: :mod:`.compare`) and compares
them: exact rationals first (:mod:`.numbers`), then complex floating point at a few fixed probe
points, all within a time budget enforced without signals (:mod:`.budget`).

Parsed answers and verdicts are cached (bounded LRU caches): in GRPO, the 8-16 completions of
one prompt share one gold answer and often the same final answer.
"""

from __future__ import annotations

import re
from fractions import Fraction

from rewardkit._lazy import lazy_compile
from rewardkit.equivalence import _cache
from rewardkit.equivalence import compare as _compare
from rewardkit.equivalence.budget import DEFAULT_BUDGET, Budget, BudgetExceeded
from rewardkit.equivalence.compare import Answer, answers_equal, parse_answer
from rewardkit.equivalence.explaining import answer_kind, canonical_text, rule_name
from rewardkit.equivalence.latex import MAX_LENGTH, normalize, text_key
from rewardkit.equivalence.numbers import exact_value, free_symbols, numeric_value
from rewardkit.errors import ConfigError

__all__ = [
    "DEFAULT_BUDGET",
    "DEFAULT_REL_TOL",
    "MAX_LENGTH",
    "answer_count",
    "cache_info",
    "can_parse",
    "clear_caches",
    "explain_equivalence",
    "is_equivalent",
    "is_number",
    "validate_options",
]

#: Default relative tolerance of floating-point comparisons (radicals, pi, decimals against
#: non-decimal rationals). Two exact rationals are always compared exactly.
DEFAULT_REL_TOL = 1e-9
#: Sizes of the caches of parsed answers (also of is_number verdicts) and of verdicts.
PARSE_CACHE_SIZE = 8192
VERDICT_CACHE_SIZE = 16384
#: Byte ceilings of the caches (estimated from text length and tree size; docs/answers.md):
#: 32 MiB of parsed answers, 16 MiB of verdicts, 4 MiB of is_number verdicts.
PARSE_CACHE_BYTES = 32 << 20
VERDICT_CACHE_BYTES = 16 << 20
NUMBER_CACHE_BYTES = 4 << 20
#: Estimated bytes of one node of a parsed tree (a tuple, its tag, a Fraction: measured 90-145).
_NODE_BYTES = 160
#: Estimated fixed bytes of one cache entry (key tuple, ordered-dict slot, value).
_ENTRY_BYTES = 240


def _tree_nodes(tree: object) -> int:
    """How many tuples ``tree`` holds, itself included (counted level by level)."""
    count = 0
    level: list[tuple[object, ...]] = [tree] if isinstance(tree, tuple) else []
    while level:
        count += len(level)
        level = [child for item in level for child in item if isinstance(child, tuple)]
    return count


def _text_bytes(args: tuple[object, ...]) -> int:
    total = _ENTRY_BYTES
    for arg in args:
        if isinstance(arg, str):
            total += len(arg) + 50
    return total


def _parse_weight(args: tuple[object, ...], result: object) -> int:
    return _text_bytes(args) + _NODE_BYTES * _tree_nodes(result)


def _flat_weight(args: tuple[object, ...], _result: object) -> int:
    return _text_bytes(args)


_INTEGER = lazy_compile(r"-?\d+")


#: Plain numbers read without the full parser: ``-12``, ``0.5``, ``\\frac{1}{2}``, ``3/4``.
_PLAIN_NUMBER = lazy_compile(
    r"(-)?(?:(\d+(?:\.\d*)?|\.\d+)|\\[dt]?frac\{(\d+)\}\{(\d+)\}|(\d+)/(\d+))"
)


def _literal_value(literal: str) -> Fraction:
    """``Fraction(literal)`` of digits with at most one point (``12``, ``0.5``, ``.5``, ``3.``).

    Integer arithmetic instead of ``Fraction``'s string parser (a regular expression and
    several steps in Python): the same value, a third of the time. Tested equal.
    """
    whole, point, decimals = literal.partition(".")
    if not point:
        return Fraction(int(whole))
    scale = 10 ** len(decimals)
    return Fraction(int(whole or "0") * scale + int(decimals or "0"), scale)


def _plain(text: str) -> Answer | None:
    match = _PLAIN_NUMBER.fullmatch(text)
    if match is None:
        return None
    sign, literal, numerator, denominator, top, bottom = match.groups()
    if literal is not None:
        value, decimal = _literal_value(literal), "." in literal
    else:
        low = int(denominator if denominator is not None else bottom)
        if low == 0:
            return None
        value, decimal = Fraction(int(numerator if numerator is not None else top), low), False
    return ("scalar", ("num", -value if sign else value, decimal))


#: What reading hostile text may raise inside the parser and evaluators (never escapes).
_UNREADABLE = (ValueError, ArithmeticError, RecursionError, IndexError, KeyError, TypeError)


def _parse(text: str) -> Answer | None:
    plain = _plain(text)
    if plain is not None:
        return plain
    try:
        return parse_answer(text)
    except _UNREADABLE:
        return None


_parsed = _cache.ByteBoundedCache(
    _parse, max_entries=PARSE_CACHE_SIZE, max_bytes=PARSE_CACHE_BYTES, weight=_parse_weight
)


def _compact(text: str) -> str:
    return "".join(normalize(text).split())


#: "or" as a word: alternatives in a prediction are a hedge (unless the gold has them too).
_OR = lazy_compile(r"(?<![A-Za-z\\])or(?![A-Za-z])", re.IGNORECASE)


def _judge(gold: str, pred: str, rel_tol: float, budget: float) -> tuple[bool, str]:
    """``(verdict, rule)``, cached by :data:`_verdict`; raises BudgetExceeded (never cached)."""
    if _OR.search(pred) is not None and _OR.search(gold) is None:
        return (False, "hedge: 'or' in the answer")  # "5 or 6", "2 \\text{ (or maybe 3)}"
    parsed_gold = _parsed(gold)
    parsed_pred = _parsed(pred)
    if parsed_gold is None:
        return (_compact(gold) == _compact(pred), "text match (gold not read as math)")
    letter = choice_letter(gold, exact=True)
    if letter is not None:
        return (choice_letter(pred, exact=False) == letter, "choice letter")
    if parsed_gold[0] == "text" or (parsed_pred is not None and parsed_pred[0] == "text"):
        key = parsed_gold[1] if parsed_gold[0] == "text" else text_key(gold)
        if parsed_pred is not None and parsed_pred[0] == "text" and parsed_pred[1] == key:
            return (bool(key), "text match")  # also x = \text{Evelyn}
        return (bool(key) and key == text_key(pred), "text match")
    if parsed_pred is None:
        return (False, "answer unreadable")
    equal = answers_equal(parsed_gold, parsed_pred, rel_tol, Budget(budget))
    return (equal, _COMPARED)  # the rule is named by explain_equivalence, when asked


#: The rule :func:`_judge` returns for a comparison of two parsed answers: named on demand
#: (:func:`~rewardkit.equivalence.explaining.rule_name`), never on the scoring path.
_COMPARED = ""


_verdict = _cache.ByteBoundedCache(
    _judge, max_entries=VERDICT_CACHE_SIZE, max_bytes=VERDICT_CACHE_BYTES, weight=_flat_weight
)


_CHOICE_ONLY = lazy_compile(r"\(?([A-Z])\)?")
_CHOICE_LEAD = lazy_compile(r"\(([A-Z])\)")
#: Formatting around a choice letter; other commands (``\\neq``, ``\\pm``, ``\\ldots``) stay.
_WRAPPER = lazy_compile(
    r"\\(?:text[a-z]*|math[a-z]*|mbox|emph|boxed|fbox|bf|it|rm|left|right|quad|qquad)"
    r"(?![A-Za-z])|[{}$\s]|\\[,;: !]"
)
#: After a choice letter, words that make it a hedge, a negation or a condition, and "?".
_CHOICE_HEDGE = lazy_compile(
    r"(?i)\b(?:or|not|no|wrong|incorrect|maybe|perhaps|possibly|probably|either|nor|unless|"
    r"except|if|assuming|approximately|but)\b|\?"
)


def choice_letter(text: str, *, exact: bool) -> str | None:
    r"""The multiple-choice letter of an answer: ``(C)``, ``C``, ``\textbf{(C)}``.

    With ``exact=False`` a letter in parentheses followed by the option's text also counts
    (``\text{(C) Plane}``), unless several different letters appear (a hedge).

    Examples:
        >>> choice_letter("\\text{(C)}", exact=True), choice_letter("(E) Hyperbola", exact=False)
        ('C', 'E')
        >>> choice_letter("(C) or (D)", exact=False) is None
        True
    """
    stripped = _WRAPPER.sub("", text)
    match = _CHOICE_ONLY.fullmatch(stripped)
    if match is not None:
        return match.group(1)
    if exact or _CHOICE_HEDGE.search(text) is not None or "\\" in stripped:
        return None  # (C) is wrong, (C) maybe, \\neq (C), (C) \\pm 1: no choice made
    letters = set(_CHOICE_LEAD.findall(stripped))
    if len(letters) == 1 and stripped.startswith("("):
        return str(letters.pop())
    return None


def validate_options(rel_tol: float, budget: float) -> None:
    """Check the options of :func:`is_equivalent` (and of the rewards built on it).

    Raises:
        ConfigError: ``rel_tol`` is not a number in [0, 1), or ``budget`` is not a number of
            seconds in (0, 60].

    Examples:
        >>> validate_options(1e-9, 0.25)
        >>> validate_options(2.0, 0.25)
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: rel_tol must be a number in [0, 1); got 2.0
    """
    if isinstance(rel_tol, bool) or not isinstance(rel_tol, (int, float)) or not 0 <= rel_tol < 1:
        message = f"rel_tol must be a number in [0, 1); got {rel_tol!r}"
        raise ConfigError(message)
    if isinstance(budget, bool) or not isinstance(budget, (int, float)) or not 0 < budget <= 60:
        message = f"budget must be a number of seconds in (0, 60]; got {budget!r}"
        raise ConfigError(message)


def is_equivalent(
    gold: str,
    pred: str,
    *,
    rel_tol: float = DEFAULT_REL_TOL,
    budget: float = DEFAULT_BUDGET,
) -> bool:
    r"""Whether ``pred`` is mathematically equivalent to the ``gold`` answer.

    Rules (docs/answers.md has the full table): numbers compare exactly as rationals in any
    notation (``0.5`` = ``\frac12`` = ``1/2`` = ``50\%``; ``25\%`` also matches ``25``;
    thousands separators, mixed numbers, scientific notation); a gold in scientific notation
    or with 3+ significant digits is rounded (half a unit of its last digit); units of a
    closed list, currency, degrees and LaTeX noise are ignored; radicals, pi, e, complex
    numbers and expressions in variables compare numerically at fixed probe points within
    ``rel_tol`` (relative); labels (``x = 3``, ``BC^2 = 19``) match the value, other
    equations never their right-hand side; lists and sets compare unordered, tuples and
    intervals ordered with their brackets; matrices entry by entry; equations up to sides
    and sign; text with its punctuation, case aside. A hedge (``5, 6`` where one value is
    expected, "or" in the prediction, words next to a value that are not units) is not
    equivalent.

    Args:
        gold: the reference answer (e.g. ``"\frac{1}{2}"``).
        pred: the predicted answer (e.g. a ``\boxed{}`` content).
        rel_tol: relative tolerance of floating-point comparisons; two exact rationals are
            compared exactly unless one is written as a decimal.
        budget: seconds of the calling thread's CPU time the comparison may take (and at most
            ``WALL_FACTOR`` times that in wall-clock time); past it the answer is ``False``.

    Returns:
        ``True`` when equivalent; ``False`` otherwise, including for unreadable input, input
        longer than ``MAX_LENGTH`` characters and comparisons that run out of budget. Never
        raises on any ``gold``/``pred``.

    Raises:
        ConfigError: ``rel_tol`` or ``budget`` is out of range.

    Examples:
        >>> is_equivalent("\\frac{1}{2}", "0.5")
        True
        >>> is_equivalent("7425000", "7{,}425{,}000")
        True
        >>> is_equivalent("\\{1,2,3\\}", "3, 1, 2")
        True
        >>> is_equivalent("(1, 2)", "(2, 1)")
        False
        >>> is_equivalent("5", "5 or 6"), is_equivalent("2", "2 \\text{ (or maybe 3)}")
        (False, False)
        >>> is_equivalent("0", "1.325e-27"), is_equivalent("1.3e-27", "1.325e-27")
        (False, True)
    """
    if rel_tol != DEFAULT_REL_TOL or budget != DEFAULT_BUDGET:
        validate_options(rel_tol, budget)
    if not isinstance(gold, str) or not isinstance(pred, str):
        return False  # type: ignore[unreachable]  # callers may pass anything
    return _decide(gold.strip(), pred.strip(), float(rel_tol), float(budget))[0]


def _decide(gold: str, pred: str, rel_tol: float, budget: float) -> tuple[bool, str]:
    """The one code path of :func:`is_equivalent`: ``(verdict, rule that decided)``.

    The rule of a comparison of two parsed answers is ``_COMPARED`` (named on demand).
    """
    if gold == pred:
        return (bool(gold), "identical text" if gold else "empty answer")
    if not gold or not pred:
        return (False, "empty answer")
    if len(gold) > MAX_LENGTH or len(pred) > MAX_LENGTH:
        return (False, f"longer than {MAX_LENGTH} characters")
    if _INTEGER.fullmatch(gold) and _INTEGER.fullmatch(pred):
        return (int(gold) == int(pred), "exact integer")
    try:
        return _verdict(gold, pred, rel_tol, budget)
    except BudgetExceeded:
        return (False, "budget exhausted")
    except _UNREADABLE:  # pragma: no cover - defensive: model text is data, never an error
        return (False, "answer unreadable")


def explain_equivalence(
    gold: str,
    pred: str,
    *,
    rel_tol: float = DEFAULT_REL_TOL,
    budget: float = DEFAULT_BUDGET,
) -> dict[str, object]:
    r""":func:`is_equivalent` with its reasons: verdict, deciding rule, kind, canonical forms.

    Shares :func:`is_equivalent`'s code path (and caches), so ``verdict`` is always what
    :func:`is_equivalent` returns. ``rule`` is one of: ``identical text``, ``exact integer``,
    ``exact rational``, ``gold rounded (half a unit of its last digit)``, ``decimal within
    rel_tol=...``, ``numeric probe (rel_tol=...)``, ``members unordered``, ``items in order``,
    ``entry by entry``, ``equation up to sides and sign``, ``labelled value``, ``text match``,
    ``text match (gold not read as math)``, ``choice letter``, ``hedge: 'or' in the answer``,
    ``answer unreadable``, ``empty answer``, ``longer than 1000 characters``, ``budget
    exhausted``. ``kind`` is the gold's kind (number, expression, set, list, tuple,
    interval, matrix, equation, text, choice); ``canonical`` holds both parsed forms as text
    (``None`` where unreadable); ``units_dropped`` says a unit word, a degree sign or a
    currency sign was ignored in a number.

    Examples:
        >>> e = explain_equivalence("\\frac{1}{2}", "0.5")
        >>> e["verdict"], e["rule"], e["kind"], e["canonical"]
        (True, 'exact rational', 'number', {'gold': '1/2', 'answer': '1/2'})
        >>> explain_equivalence("2", "2 or 3")["rule"]
        "hedge: 'or' in the answer"
        >>> e = explain_equivalence("\\sqrt{2}", "1.41421356237")
        >>> e["verdict"], e["rule"]
        (True, 'numeric probe (rel_tol=1e-09)')
        >>> explain_equivalence("1.3e-27", "1.325e-27")["rule"]
        'gold rounded (half a unit of its last digit)'
        >>> explain_equivalence("5", "5 \\text{ cm}")["units_dropped"]
        True
    """
    if rel_tol != DEFAULT_REL_TOL or budget != DEFAULT_BUDGET:
        validate_options(rel_tol, budget)
    gold = gold.strip() if isinstance(gold, str) else ""
    pred = pred.strip() if isinstance(pred, str) else ""
    verdict, rule = _decide(gold, pred, float(rel_tol), float(budget))
    parsed_gold = _parsed(gold) if 0 < len(gold) <= MAX_LENGTH else None
    parsed_pred = _parsed(pred) if 0 < len(pred) <= MAX_LENGTH else None
    if rule == _COMPARED and parsed_gold is not None and parsed_pred is not None:
        rule = rule_name(parsed_gold, parsed_pred, float(rel_tol))
    kind = answer_kind(parsed_gold)
    if rule == "choice letter":
        kind = "choice"
    return {
        "verdict": verdict,
        "rule": rule,
        "kind": kind,
        "canonical": {"gold": canonical_text(parsed_gold), "answer": canonical_text(parsed_pred)},
        "units_dropped": any(_has_unit(text) for text in (gold, pred) if len(text) <= MAX_LENGTH),
    }


def _has_unit(text: str) -> bool:
    """Whether ``text`` holds a word that reading it as a number ignored (a unit, currency)."""
    plain = _COMMAND.sub(" ", _TEXT_OPEN.sub(" ", text))
    return bool(_WORD.search(plain) or _SYMBOL_UNIT.search(text)) and is_number(text)


_TEXT_OPEN = lazy_compile(r"\\(?:text|mbox|mathrm|textbf|operatorname)\s*\{")
_COMMAND = lazy_compile(r"\\[A-Za-z]+")
_WORD = lazy_compile(r"[A-Za-z]{2,}")
_SYMBOL_UNIT = lazy_compile(r"\\circ|\u00b0|\\\$")


def clear_caches() -> None:
    """Empty the caches of parsed answers, verdicts and numbers (benchmarks; freeing memory).

    Examples:
        >>> clear_caches()
    """
    _parsed.cache_clear()
    _verdict.cache_clear()
    _is_number.cache_clear()
    _compare._facts.cache_clear()


def cache_info() -> dict[str, tuple[int, int, int, int]]:
    r"""Hits, misses, maximum and current size of the ``parse``, ``verdict``, ``number`` caches.

    Examples:
        >>> clear_caches()
        >>> _ = is_equivalent("\frac12", "0.5"), is_equivalent("\frac12", "0.5")
        >>> cache_info()["verdict"]
        (1, 1, 16384, 1)
    """
    return {
        name: (info.hits, info.misses, info.maxsize or 0, info.currsize)
        for name, info in (
            ("parse", _parsed.cache_info()),
            ("verdict", _verdict.cache_info()),
            ("number", _is_number.cache_info()),
        )
    }


def answer_count(text: str) -> int:
    r"""How many values a bare list answer holds (``-5, 7`` gives 2); 1 for anything else.

    Examples:
        >>> answer_count("-5, 7"), answer_count("\\{1, 2\\}"), answer_count("(1, 2)")
        (2, 1, 1)
    """
    if not isinstance(text, str):
        return 1  # type: ignore[unreachable]  # callers may pass anything
    if len(text.strip()) > MAX_LENGTH:
        return 1
    parsed = _parsed(text.strip())
    if parsed is not None and parsed[0] == "assign":  # y_1 = ..., y_2 = ...
        return len(parsed[1])  # type: ignore[arg-type]
    if parsed is None or parsed[0] != "set" or parsed[2:] != ("list",):
        return 1
    return len(parsed[1])  # type: ignore[arg-type]


def can_parse(text: str) -> bool:
    r"""Whether ``text`` reads as an answer (what a gold answer must do to be scored).

    Examples:
        >>> can_parse("\\frac{3}{4}"), can_parse("\\text{Monday}"), can_parse("(1, 2")
        (True, True, False)
    """
    if not isinstance(text, str):
        return False  # type: ignore[unreachable]
    text = text.strip()
    return bool(text) and len(text) <= MAX_LENGTH and _parsed(text) is not None


def is_number(text: str) -> bool:
    r"""Whether ``text`` is one number, in any notation.

    Integers, decimals, fractions, mixed numbers, percentages, scientific notation, radicals,
    expressions in pi and e, complex numbers and numerals in a base (``2516_8``) count; units,
    currency and ``x =`` are ignored. Variables, lists, intervals and text are not numbers.

    Args:
        text: the candidate answer.

    Returns:
        ``True`` for one finite number; never raises.

    Examples:
        >>> [is_number(t) for t in ["42", "-3.5", "\\frac{1}{2}", "75\\%", "2\\sqrt{3}"]]
        [True, True, True, True, True]
        >>> [is_number(t) for t in ["x+1", "1, 2", "(0, 1)", "\\text{Monday}", ""]]
        [False, False, False, False, False]
    """
    if not isinstance(text, str):
        return False  # type: ignore[unreachable]
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return True
    if not text or len(text) > MAX_LENGTH:
        return False
    return _is_number(text)


def _number(text: str) -> bool:
    """Cached :func:`is_number` of a stripped, non-empty text of at most ``MAX_LENGTH``."""
    answer = _parsed(text)
    if answer is None or answer[0] not in {"scalar", "alts"}:
        return False
    node = answer[1] if answer[0] == "scalar" else answer[1][1]  # type: ignore[index]
    if node[0] == "num" or node[0] == "base":  # type: ignore[index]
        # a number literal has no free symbol and its exact value (the rule below): a number
        return True
    if free_symbols(node) or exact_value(node) is not None:  # type: ignore[arg-type]
        return not free_symbols(node)  # type: ignore[arg-type]
    try:
        numeric_value(node, {})  # type: ignore[arg-type]
    except _UNREADABLE:
        return False
    return True


_is_number = _cache.ByteBoundedCache(
    _number, max_entries=PARSE_CACHE_SIZE, max_bytes=NUMBER_CACHE_BYTES, weight=_flat_weight
)
