r"""Our own small parser of answer-LaTeX: text in, a tree of plain tuples out.

Nothing here evaluates text: no ``eval``, ``sympify`` or ``parse_expr``. :func:`parse_latex`
normalises the string (:func:`normalize`), splits it into tokens with one regular expression and
parses them by recursive descent with a depth cap. The tree is made of tuples whose first item
is a tag:

=================================  ==========================================================
``("num", Fraction, decimal)``     a number literal; ``decimal`` when written with a point
``("sym", name)``                  a variable (``x``, ``x_1``, ``\theta``)
``("const", name)``                ``pi``, ``e``, ``i`` or ``inf``
``("add", items)``, ``("mul", items)``, ``("neg", a)``, ``("div", a, b)``, ``("pow", a, b)``
``("fn", name, a)``                ``sin``, ``sqrt``, ``ln`` ... applied to ``a``
``("log", base, a)``, ``("root", a, n)``, ``("fact", a)``, ``("binom", n, k)``, ``("abs", a)``
``("pm", a, b)``                   ``a \pm b``
``("deg", a)``, ``("pct", a)``     ``a^\circ`` and ``a\%``
``("base", digits, base)``         ``2516_8``
``("text", raw)``                  ``\text{...}`` content (units, words, choice letters)
``("builder", source)``            a set-builder ``\{x \mid ...\}``, its compact source
``("seq", open, close, items)``    a bracketed list: tuple, interval, vector
``("set", items)``, ``("list", items)``, ``("union", items)``, ``("matrix", rows)``
``("rel", chain)``                 ``a = b``, ``a < x \le b`` as ``(a, "<", x, "<=", b)``
=================================  ==========================================================

Bounded work by construction: inputs longer than :data:`MAX_LENGTH` characters, nesting deeper
than :data:`MAX_DEPTH` and trees deeper than :data:`MAX_TREE_DEPTH` are rejected with
:class:`ParseError`; everything else is one linear pass.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NoReturn

from rewardkit._lazy import lazy_compile

__all__ = [
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_LENGTH",
    "MAX_TREE_DEPTH",
    "Node",
    "ParseError",
    "normalize",
    "parse_latex",
    "text_key",
]

#: Longest answer (characters, after stripping) the parser reads.
MAX_LENGTH = 1000
#: Deepest nesting of groups the parser follows.
MAX_DEPTH = 40
#: Deepest tree the evaluators will walk.
MAX_TREE_DEPTH = 60
#: Most items in one list, set, tuple or matrix.
MAX_ITEMS = 64
#: Longest repeating block of a repeating decimal (``0.\\overline{142857}``).
MAX_REPEAT = 50

Node = tuple[object, ...]
_Token = tuple[str, str, int]  # kind ("n" number, "c" command, "l" letter, "o" other), text, start


class ParseError(ValueError):
    """The text is not answer-LaTeX we can read (internal; never escapes the package)."""


def _fail(reason: str) -> NoReturn:
    raise ParseError(reason)


# --- normalisation -----------------------------------------------------------------------------

_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("\u2212", "-"),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u00d7", "\\times "),
    ("\u22c5", "\\cdot "),
    ("\u00b7", "\\cdot "),
    ("\u00f7", "\\div "),
    ("\u03c0", "\\pi "),
    ("\u221a", "\\sqrt"),
    ("\u221e", "\\infty "),
    ("\u2264", "\\le "),
    ("\u2265", "\\ge "),
    ("\u2260", "\\ne "),
    ("\u00b1", "\\pm "),
    ("\u222a", "\\cup "),
    ("\u2208", "\\in "),
    ("\u2103", "\u00b0C"),
    ("\u2109", "\u00b0F"),
    ("\u00b2", "^2"),
    ("\u00b3", "^3"),
    ("\u00bd", "\\frac{1}{2}"),
    ("\u2153", "\\frac{1}{3}"),
    ("\u2154", "\\frac{2}{3}"),
    ("\u00bc", "\\frac{1}{4}"),
    ("\u00be", "\\frac{3}{4}"),
    ("\u212b", "\u00c5"),
    ("\u00c5", "\\text{\u00c5}"),
    ("\u00a0", " "),
    ("\u2009", " "),
    ("\\displaystyle", " "),
    ("\\textstyle", " "),
    ("\\dfrac", "\\frac"),
    ("\\tfrac", "\\frac"),
    ("\\cfrac", "\\frac"),
    ("\\dbinom", "\\binom"),
    ("\\tbinom", "\\binom"),
    ("\\$", " "),
    ("$", " "),
    ("\\%", "%"),
    ("\\degree", "\u00b0"),
    ("\\qquad", " "),
    ("\\quad", " "),
    ("\\hline", " "),
)
#: Greek letters written as unicode characters, read as their LaTeX commands.
_GREEK_LETTERS = dict(
    zip(
        "\u03b1\u03b2\u03b3\u03b4\u03b5\u03b6\u03b7\u03b8\u03bb\u03bc\u03bd\u03be\u03c1\u03c3\u03c4\u03c6\u03c7\u03c8\u03c9\u0394\u03a9",
        (
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "lambda",
            "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "Delta",
            "Omega",
        ),
        strict=True,
    )
)  # fmt: skip
_UNICODE_GREEK = lazy_compile("[" + "".join(_GREEK_LETTERS) + "]")
_UNICODE_ROOT = lazy_compile(r"\u221a\s*(\d+(?:\.\d+)?|[A-Za-z])")
#: A doubled backslash before a command name (``\\\\frac``), outside matrices: one backslash.
_DOUBLED_COMMAND = lazy_compile(r"\\\\(?=[A-Za-z])")
_SIZING = lazy_compile(r"\\(?:left|right|bigg|Bigg|big|Big)[lrm]?(?![A-Za-z])\.?")
_DEGREES = lazy_compile(r"\^\s*(?:\{\s*\\circ\s*\}|\\circ(?![A-Za-z]))|\\circ(?![A-Za-z])")
_TEMPERATURE = lazy_compile(r"\u00b0\s*(?:\\text\{\s*)?([CF])\b\}?")
_THIN_THOUSANDS = lazy_compile(r"(?<=\d)(?:,\\!\s*|\{,\}|\\[,! ])(?=\d{3}(?!\d))")
_SPACING = lazy_compile(r"(\\\\)|\\[,;:>! ]|~")
_THOUSANDS = lazy_compile(r"(?<![\d.,])([1-9]\d{0,2})((?:,\d{3})+|(?: \d{3})+)(?![\d,])")
_SCIENTIFIC = lazy_compile(r"(?<![A-Za-z\d.\\])(\d+(?:\.\d+)?)[eE]([-+]?\d+)(?![\d.A-Za-z])")
_WORD_SEPARATORS = lazy_compile(
    r"(?:,\s*)?(?:\\(?:text|mbox|textrm|mathrm)\s*\{\s*(?:or|and)\s*\}"
    r"|(?<=\S)\s+(?:or|and)\s+(?=\S)|(?<=[)\]])\s*(?:or|and)\s*(?=[(\[]))"
)
#: ``28 percent``, ``28 pct``, ``28 percentage``: a percent sign.
_PERCENT_WORDS = lazy_compile(r"(?<=[\d}])\s*(?:\\text\{\s*)?(?:percentage|percent|pct)\b\s*\}?")
#: A time of day: ``1:58 am``, ``1:58 p.m.`` (kept as the text ``1:58 am``, never a ratio).
_CLOCK = lazy_compile(
    r"(?<![\d:])(\d{1,2}:\d{2})\s*(?:\\text\{\s*)?([ap])\.?\s*m\b\.?\s*\}?", re.IGNORECASE
)
_UNIT_WORDS = (
    "cm|mm|km|m|inches|inch|in|feet|foot|ft|yards|yard|yd|miles|mile|meters|meter|units|unit|"
    "degrees|degree|dollars|dollar|cents|cent|hours|hour|minutes|minute|seconds|second|days|day|"
    "square units|sq units|sq|mph|pounds|lbs|kg|g|"
    # (twelfth session, from other graders' tests: "10 weeks", "2\pi cm")
    "weeks|week|months|month|years|year|hrs|hr|mins|min|secs|sec|kilometers|kilometer|"
    "centimeters|centimeter|millimeters|millimeter|liters|liter|litres|litre|ml|gallons|gallon|"
    "grams|gram|ounces|ounce|oz"
)
_TRAILING_UNIT = lazy_compile(
    rf"(?:(?<=[\d}}])|(?<=\\pi))\s+(?:{_UNIT_WORDS})(?:\s*\^\s*\{{?[23]\}}?)?\s*\.?$"
)


def _plain_thousands(text: str) -> str:
    r"""Drop plain-comma thousands separators (``7,425,000``) outside brackets only.

    Inside ``(...)``, ``[...]`` or ``\{...\}`` a comma separates items: ``(12,102)`` is a
    pair, not 12102.
    """
    if "," not in text and " " not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _THOUSANDS.finditer(text):
        prefix = text[: match.start()]
        depth = sum(prefix.count(c) for c in "([") - sum(prefix.count(c) for c in ")]")
        depth += prefix.count("\\{") - prefix.count("\\}")
        if depth <= 0:
            out.append(text[last : match.start()])
            out.append(match.group(1) + match.group(2).replace(",", "").replace(" ", ""))
            last = match.end()
    out.append(text[last:])
    return "".join(out)


def normalize(text: str) -> str:
    r"""Normalise answer-LaTeX before tokenising.

    Rules: unicode operators to commands (``−`` to ``-``, ``×`` to ``\times``, ``π`` to
    ``\pi``...), ``\dfrac``/``\tfrac`` to ``\frac``, drop ``$``, ``\$``, ``\displaystyle``,
    ``\left``/``\right`` and spacing commands, thousands separators (``7,425,000``,
    ``7{,}425{,}000``, ``10,\!080``, ``10\,080``), ``^\circ`` to ``°``, scientific notation
    (``1.5e-3`` to ``1.5\times10^{-3}``), ``or``/``and`` between answers to commas, and a
    trailing unit word after a number (``12 cm``).

    Examples:
        >>> normalize("\\$7{,}425{,}000")
        '7425000'
        >>> normalize("\\left( \\dfrac12, 45^\\circ \\right)")
        '( \\frac12, 45° )'
    """
    if "\\\\" in text and "\\begin" not in text:
        text = _DOUBLED_COMMAND.sub(r"\\", text)  # \\\\le from a doubly escaped string: \\le
    text = _THIN_THOUSANDS.sub("", text)
    text = text.replace("{,}", ",")
    if _UNICODE_GREEK.search(text):
        text = _UNICODE_GREEK.sub(lambda m: "\\" + _GREEK_LETTERS[m.group()] + " ", text)
    if "\u221a" in text:  # √53 is the root of 53, not \\sqrt53 = 3\\sqrt5
        text = _UNICODE_ROOT.sub(r"\\sqrt{\1}", text)
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    text = _SIZING.sub(" ", text)
    text = _DEGREES.sub("\u00b0", text)
    if "\u00b0" in text:
        text = _TEMPERATURE.sub(r" \\text{°\1}", text)
    text = _SPACING.sub(lambda m: m.group(1) or " ", text)
    text = _WORD_SEPARATORS.sub(",", text)
    text = _PERCENT_WORDS.sub("%", text)
    text = _CLOCK.sub(lambda m: f"\\text{{{m.group(1)} {m.group(2).lower()}m}}", text)
    text = _plain_thousands(text)
    text = _SCIENTIFIC.sub(r"\1\\times10^{\2}", text)
    text = _TRAILING_UNIT.sub("", text)
    # a closing line break (``185 \\``) or a stray backslash is no part of the answer
    return text.strip().rstrip(".").rstrip("\\ \t\n").strip()


_TEXT_COMMANDS = lazy_compile(
    r"\\(?:text[a-z]*|mbox|mathrm|mathbf|mathit|emph|hbox)\s*(?=\{)|[{}$]"
)
_TEXT_SPACES = lazy_compile(r"(?:\s|\\[,;: ]|~)+")
#: Words a text answer may start with that do not change it.
ARTICLES = frozenset({"the", "a", "an"})


def text_key(text: str) -> str:
    r"""The comparison key of a text answer: case, spacing and a leading article aside.

    Text wrappers (``\text{}``, ``\textbf{}``...), braces and ``$`` are dropped, letters are
    lower-cased, runs of spaces become one, a leading article (the, a, an) and a final period
    go. Punctuation, brackets and words such as "or" and "not" are kept: ``\text{(1,2)}`` is
    not ``[1,2]`` and ``\text{1 or 2}`` is not ``12``.

    Examples:
        >>> text_key("\\textbf{(C)}"), text_key("\\text{ The East }")
        ('(c)', 'east')
        >>> text_key("\\text{1 or 2}")
        '1 or 2'
    """
    text = _TEXT_COMMANDS.sub("", text).lower()
    words = _TEXT_SPACES.sub(" ", text).strip().rstrip(".").split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


# --- tokens -------------------------------------------------------------------------------------

_TOKEN = lazy_compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|(\\[A-Za-z]+|\\.)|([A-Za-z]+)|(\S))", re.DOTALL)
_WORD_FUNCTIONS = frozenset(
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh",
        "tanh", "log", "ln", "exp", "sqrt", "pi",
    }
)  # fmt: skip


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        number, command, letters, other = match.groups()
        start = match.start(match.lastindex or 0)
        if number is not None:
            tokens.append(("n", number, start))
        elif command is not None:
            tokens.append(("c", command, start))
        elif letters is not None:
            if letters in _WORD_FUNCTIONS:
                tokens.append(("c", "\\" + letters, start))
            else:
                tokens.extend(("l", ch, start + k) for k, ch in enumerate(letters))
        elif other is not None:
            tokens.append(("o", other, start))
    return tokens


# --- the parser ---------------------------------------------------------------------------------

_FUNCTIONS = frozenset(
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh",
        "tanh", "ln", "log", "lg", "exp", "arccot",
    }
)  # fmt: skip
_GREEK = frozenset(
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
        "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau",
        "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda",
        "Xi", "Sigma", "Phi", "Psi", "Omega", "ell",
    }
)  # fmt: skip
_PLAIN_TEXT = frozenset(
    {"text", "textrm", "mbox", "textnormal", "textit", "emph", "textsf", "texttt", "hbox"}
)
_WRAPPERS = frozenset(
    {
        "mathbf", "textbf", "boldsymbol", "bm", "mathit", "mathrm", "operatorname", "mathsf",
        "mathbb", "mathcal", "mathnormal", "pmb", "textup", "underline", "mathtt",
    }
)  # fmt: skip
_INVERSES = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "cot": "acot"}
_DECORATIONS = frozenset({"overline", "vec", "hat", "bar", "tilde", "widehat", "overrightarrow"})
_RELATIONS = {
    "=": "=",
    "<": "<",
    ">": ">",
    "\\le": "<=",
    "\\leq": "<=",
    "\\leqslant": "<=",
    "\\ge": ">=",
    "\\geq": ">=",
    "\\geqslant": ">=",
    "\\ne": "!=",
    "\\neq": "!=",
    "\\approx": "~",
    "\\sim": "~",
    "\\simeq": "~",
    "\\lt": "<",
    "\\gt": ">",
    "\\equiv": "=",
    "\\in": "in",
    "\\to": "=",
    "\\rightarrow": "=",
    "\\Rightarrow": "=",
    "\\implies": "=",
}
_NOT_ATOMS = frozenset(
    {
        "\\times", "\\cdot", "\\ast", "\\div", "\\pm", "\\mp", "\\cup", "\\cap", "\\end",
        "\\\\", "\\}", "\\rangle", "\\rfloor", "\\rceil", "\\setminus", "\\colon", "\\|",
        "\\rbrace", "\\wedge", "\\vee", "\\land", "\\lor", "\\mid",
    }
) | frozenset(_RELATIONS)  # fmt: skip
_MULTIPLY = frozenset({"*", "\\times", "\\cdot", "\\ast"})
_DIVIDE = frozenset({"/", "\\div"})
_CLOSERS = frozenset({")", "]"})
_REPEAT = frozenset({"\\overline", "\\bar", "\\dot"})
_ZERO: Node = ("num", Fraction(0), False)
_SIMPLE_NUMBER = lazy_compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*")


def _mul(factors: list[Node]) -> Node:
    return factors[0] if len(factors) == 1 else ("mul", tuple(factors))


def _is_number_power(node: Node) -> bool:
    """Whether ``node`` is a power of a number: ``2^6``, not ``x^2`` nor ``6``."""
    base = node[1] if node[0] == "pow" else None
    return isinstance(base, tuple) and base[0] == "num"


def _number(text: str) -> Node:
    if not any(ch.isdigit() for ch in text):
        _fail(f"bad number {text!r}")
    return ("num", Fraction(text), "." in text)


class _Parser:
    __slots__ = ("depth", "in_abs", "pos", "source", "tokens")

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokens(source)
        self.pos = 0
        self.depth = 0
        self.in_abs = 0

    # token helpers
    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def peek_text(self) -> str | None:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None

    def next(self) -> _Token:
        if self.pos >= len(self.tokens):
            _fail("unexpected end")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, text: str) -> None:
        token = self.next()
        if token[1] != text:
            _fail(f"expected {text!r}, got {token[1]!r}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            _fail("nested too deeply")

    # grammar
    def parse(self) -> Node:
        if self.tokens and self.tokens[0][1] in {"=", "\\approx", "\\sim"}:
            self.pos = 1  # "= 36", "\approx 36": the value after a dangling relation
        if self.pos >= len(self.tokens):
            _fail("empty")
        items = self.parse_list(frozenset())
        if self.pos != len(self.tokens):
            _fail(f"unexpected {self.tokens[self.pos][1]!r}")
        return items[0] if len(items) == 1 else ("list", tuple(items))

    def parse_list(self, closers: frozenset[str]) -> list[Node]:
        self.enter()
        items = [self.parse_union()]
        while self.peek_text() in {",", ";"}:
            self.pos += 1
            if self.peek_text() is None or self.peek_text() in closers:
                break
            items.append(self.parse_union())
            if len(items) > MAX_ITEMS:
                _fail("too many items")
        self.depth -= 1
        return items

    def parse_union(self) -> Node:
        parts = [self.parse_relation()]
        while self.peek_text() == "\\cup":
            self.pos += 1
            parts.append(self.parse_relation())
        return parts[0] if len(parts) == 1 else ("union", tuple(parts))

    def relation(self) -> tuple[str, int] | None:
        """The relation at the current token and how many tokens it spans (no side effect)."""
        text = self.peek_text()
        if text is None:
            return None
        following = self.tokens[self.pos + 1][1] if self.pos + 1 < len(self.tokens) else ""
        if text in {"<", ">", "!"} and following == "=":
            return ("!=" if text == "!" else text + "="), 2
        op = _RELATIONS.get(text)
        return None if op is None else (op, 1)

    def parse_relation(self) -> Node:
        chain: list[object] = [self.parse_ratio()]
        found = self.relation()
        while found is not None:
            self.pos += found[1]
            chain += [found[0], self.parse_ratio()]
            if len(chain) > 2 * MAX_ITEMS:
                _fail("relation chain too long")
            found = self.relation()
        return chain[0] if len(chain) == 1 else ("rel", tuple(chain))  # type: ignore[return-value]

    def parse_ratio(self) -> Node:
        r"""``a : b`` (also ``\colon``): a ratio or a time, as ``("seq", ":", ":", items)``."""
        items = [self.parse_expr()]
        while self.peek_text() in {":", "\\colon"}:
            self.pos += 1
            items.append(self.parse_expr())
            if len(items) > MAX_ITEMS:
                _fail("ratio too long")
        return items[0] if len(items) == 1 else ("seq", ":", ":", tuple(items))

    def parse_expr(self) -> Node:
        terms = [self.parse_term()]
        node: Node | None = None
        while True:
            text = self.peek_text()
            if text == "+":
                self.pos += 1
                terms.append(self.parse_term())
            elif text == "-":
                self.pos += 1
                terms.append(("neg", self.parse_term()))
            elif text in {"\\pm", "\\mp"}:
                self.pos += 1
                right = self.parse_term()
                left = terms[0] if len(terms) == 1 else ("add", tuple(terms))
                node = ("pm", left, right if text == "\\pm" else ("neg", right))
                terms = [node]
            else:
                break
        return terms[0] if len(terms) == 1 else ("add", tuple(terms))

    def starts_atom(self, token: _Token | None) -> bool:
        if token is None:
            return False
        kind, text, _ = token
        if kind in {"n", "l"}:
            return True
        if kind == "c":
            return text not in _NOT_ATOMS
        if text == "|":
            return self.in_abs == 0
        return text in {"(", "{", "["}

    def parse_term(self) -> Node:
        factors = [self.parse_unary()]
        while True:
            token = self.peek()
            if token is None:
                break
            text = token[1]
            if text in _MULTIPLY:
                self.pos += 1
                factors.append(self.parse_unary())
            elif text in _DIVIDE:
                self.pos += 1
                right = self.parse_unary()
                factors = [("div", _mul(factors), right)]
            elif self.starts_atom(token):
                previous = factors[-1]
                if token[0] == "n" and previous[0] in {"num", "pow", "pct", "deg", "base"}:
                    if _is_number_power(previous):
                        # a product of powers of numbers, as a factorisation is written:
                        # 2^6 3^5 5^4, 2^{6}3^{5}; not 2^6 3 (a power, then a number)
                        start = self.pos
                        power = self.parse_power()
                        if _is_number_power(power):
                            factors.append(power)
                            continue
                        self.pos = start
                    factors[-1] = self.juxtaposed(previous)  # 4 4/9, never 4 * 4/9
                    continue
                factor = self.parse_power()
                if (
                    text[1:] in _PLAIN_TEXT
                    and "'text'" not in repr(factor)
                    and previous[0] in {"num", "pow", "pct", "deg", "base"}
                ):
                    _fail("juxtaposed numbers")  # 1 \\text{ (0) } is no product 1 * 0
                if (
                    len(factors) == 1
                    and previous[0] == "num"
                    and not previous[2]
                    and factor[0] == "div"
                    and _is_proper_fraction(factor)
                ):
                    factors = [("add", (previous, factor))]  # mixed number 3\frac12
                else:
                    factors.append(factor)
            else:
                break
            if len(factors) > 4 * MAX_ITEMS:
                _fail("term too long")
        return _mul(factors)

    def juxtaposed(self, previous: Node) -> Node:
        """A number right after a number: only a mixed number ``4 4/9`` (= 40/9) reads."""
        if previous[0] == "num" and not previous[2]:
            start = self.pos
            numerator = self.next()
            if self.peek_text() == "/" and numerator[0] == "n":
                self.pos += 1
                denominator = self.next()
                fraction: Node = ("div", _number(numerator[1]), _number(denominator[1]))
                if denominator[0] == "n" and _is_proper_fraction(fraction):
                    if self.peek() is not None and self.peek()[0] in {"n", "l"}:  # type: ignore[index]
                        _fail("juxtaposed numbers")
                    return ("add", (previous, fraction))
            self.pos = start
        _fail("juxtaposed numbers")

    def parse_unary(self) -> Node:
        text = self.peek_text()
        if text == "-":
            self.pos += 1
            self.enter()
            node: Node = ("neg", self.parse_term())  # -1\\frac12 is -(1\\frac12)
            self.depth -= 1
            return node
        if text == "+":
            self.pos += 1
            return self.parse_unary()
        if text in {"\\pm", "\\mp"}:
            self.pos += 1
            return ("pm", _ZERO, self.parse_unary())
        return self.parse_power()

    def parse_power(self) -> Node:
        node = self.parse_postfix()
        while self.peek_text() == "^":
            self.pos += 1
            node = ("pow", node, self.parse_script())
            node = self.parse_suffixes(node)
        return node

    def parse_postfix(self) -> Node:
        return self.parse_suffixes(self.parse_atom())

    def parse_suffixes(self, node: Node) -> Node:
        while True:
            text = self.peek_text()
            if text == "!" and self.relation() is None:  # 5! but not 5 != 3
                self.pos += 1
                node = ("fact", node)
            elif text == "_":
                self.pos += 1
                node = _subscript(node, self.parse_script())
            elif text == "\u00b0":
                self.pos += 1
                node = ("deg", node)
            elif text == "%":
                self.pos += 1
                node = ("pct", node)
            elif text in {"'", "\\prime"}:
                self.pos += 1
                node = ("sym", f"{_name(node)}'")
            else:
                return node

    def parse_script(self) -> Node:
        """The argument of ``^`` or ``_``: a group or a single character."""
        token = self.peek()
        if token is None:
            _fail("missing script")
        if token[1] == "-":
            self.pos += 1
            return ("neg", self.parse_script())
        return self.parse_argument()

    def parse_argument(self) -> Node:
        """A command argument: ``{...}``, one digit, one letter or one command atom."""
        kind, text, start = self.next()
        if text == "{":
            return self.parse_group("}")
        if kind == "n":
            if len(text) > 1:  # \frac12: the argument is one digit
                self.pos -= 1
                self.tokens[self.pos] = ("n", text[1:], start + 1)
                return _number(text[0])
            return _number(text)
        if kind == "l":
            return _letter(text)
        if kind == "c" and text not in _NOT_ATOMS:
            self.pos -= 1
            return self.parse_atom()
        if text == "\u00b0":
            return ("degmark",)
        _fail(f"bad argument {text!r}")

    def parse_group(self, closer: str) -> Node:
        if self.peek_text() == closer:
            self.pos += 1
            return ("list", ())
        items = self.parse_list(frozenset({closer}))
        self.expect(closer)
        return items[0] if len(items) == 1 else ("list", tuple(items))

    def raw_group(self) -> str:
        """The source text of the next ``{...}`` group, skipping its tokens."""
        self.expect("{")
        start = self.tokens[self.pos - 1][2] + 1
        depth = 1
        while self.pos < len(self.tokens):
            text = self.tokens[self.pos][1]
            self.pos += 1
            if text == "{":
                depth += 1
            elif text == "}":
                depth -= 1
                if depth == 0:
                    return self.source[start : self.tokens[self.pos - 1][2]]
        _fail("unclosed group")

    def parse_atom(self) -> Node:
        self.enter()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self) -> Node:
        kind, text, _ = self.next()
        if kind == "n":
            if "." in text and self.peek_text() in _REPEAT:
                return self.repeating(text)
            return _number(text)
        if kind == "l":
            return _letter(text)
        if text in {"(", "["}:
            if self.peek_text() in _CLOSERS:
                _fail("empty brackets")
            items = self.parse_list(_CLOSERS)
            close = self.next()[1]
            if close not in _CLOSERS:
                _fail(f"unclosed {text!r}")
            if len(items) == 1 and (text + close) in {"()", "[]"}:
                return items[0]
            return ("seq", text, close, tuple(items))
        if text == "{":
            return self.parse_group("}")
        if text == "|" or text == "\\|":
            self.in_abs += 1
            inner = self.parse_expr()
            self.in_abs -= 1
            self.expect(text)
            return ("abs", inner)
        if kind != "c":
            _fail(f"unexpected {text!r}")
        name = text[1:]
        if name == "frac":
            return ("div", self.parse_argument(), self.parse_argument())
        if name == "sqrt":
            if self.peek_text() == "[":
                self.pos += 1
                index = self.parse_group("]")
                return ("root", self.parse_argument(), index)
            return ("fn", "sqrt", self.parse_argument())
        if name in {"binom", "choose"}:
            return ("binom", self.parse_argument(), self.parse_argument())
        if name == "pi":
            return ("const", "pi")
        if name in {"infty", "infin", "infinity"}:
            return ("const", "inf")
        if name in {"imath", "jmath"}:
            return ("const", "i")
        if name in _FUNCTIONS:
            return self.parse_function(name)
        if name in _PLAIN_TEXT:
            return _text_node(self.raw_group())
        if name in _WRAPPERS:
            if self.peek_text() != "{":
                return self.parse_argument()
            start = self.pos
            raw = self.raw_group()
            if raw.strip().isalpha() and len(raw.strip()) > 1:
                if name == "operatorname" and raw.strip() in _FUNCTIONS:
                    return self.parse_function(raw.strip())
                return ("text", raw)
            self.pos = start + 1
            return self.parse_group("}")
        if name in _DECORATIONS:
            return ("fn", name, self.parse_argument())
        if name in {"{", "lbrace"}:
            if self.peek_text() in {"\\}", "\\rbrace"}:
                self.pos += 1
                return ("set", ())
            builder = self.set_builder()
            if builder is not None:
                return builder
            items = self.parse_list(frozenset({"\\}", "\\rbrace"}))
            if self.next()[1] not in {"\\}", "\\rbrace"}:
                _fail("unclosed set")
            return ("set", tuple(items))
        if name == "langle":
            items = self.parse_list(frozenset({"\\rangle"}))
            self.expect("\\rangle")
            return ("seq", "(", ")", tuple(items))
        if name in {"lfloor", "lceil"}:
            inner = self.parse_expr()
            self.expect("\\rfloor" if name == "lfloor" else "\\rceil")
            return ("fn", "floor" if name == "lfloor" else "ceil", inner)
        if name == "begin":
            return self.parse_environment()
        if name in {"cdots", "ldots", "dots", "cdot"}:
            return ("sym", "...")
        if name in {"emptyset", "varnothing"}:
            return ("set", ())
        if len(name) > 1 and name.isalpha():
            return ("sym", name if name in _GREEK else "\\" + name)
        _fail(f"unexpected {text!r}")

    def set_builder(self) -> Node | None:
        r"""``\{x \mid x = 3k, k \in \mathbb{Z}\}``: a set-builder, kept as its compact source.

        Compared as written (spaces aside); ``None`` when the set has no top-level ``|``,
        ``\mid`` or ``:`` (a plain set).
        """
        depth = 0
        for index in range(self.pos, len(self.tokens)):
            text = self.tokens[index][1]
            if text in {"{", "(", "[", "\\{", "\\lbrace"}:
                depth += 1
            elif text in {"}", ")", "]"}:
                depth -= 1
            elif text in {"\\}", "\\rbrace"}:
                if depth == 0:
                    return None
                depth -= 1
            elif depth == 0 and text in {"|", "\\mid", ":", "\\colon"}:
                break
        else:
            return None
        start = self.tokens[self.pos][2]
        depth = 0
        for index in range(self.pos, len(self.tokens)):
            text = self.tokens[index][1]
            if text in {"\\{", "\\lbrace"}:
                depth += 1
            elif text in {"\\}", "\\rbrace"}:
                if depth == 0:
                    body = self.source[start : self.tokens[index][2]]
                    self.pos = index + 1
                    return ("builder", "".join(body.replace("\\mid", "|").split()))
                depth -= 1
        _fail("unclosed set")

    def repeating(self, text: str) -> Node:
        r"""``0.\overline{3}`` (also ``\bar``, ``\dot``): a repeating decimal, exactly."""
        self.pos += 1
        digits = self.raw_group().strip() if self.peek_text() == "{" else self.next()[1]
        if not digits.isdigit() or len(digits) > MAX_REPEAT:
            _fail("bad repeating decimal")
        decimals = len(text.split(".", 1)[1])
        period = Fraction(int(digits), (10 ** len(digits) - 1) * 10**decimals)
        return ("num", Fraction(text) + period, False)

    def parse_function(self, name: str) -> Node:
        power: Node | None = None
        base: Node | None = None
        for _ in range(2):
            if self.peek_text() == "^":
                self.pos += 1
                power = self.parse_script()
            elif self.peek_text() == "_" and name == "log":
                self.pos += 1
                base = self.parse_script()
        if self.peek_text() == "(":
            argument = self.parse_postfix()  # \\sin(x)^2 is (\\sin x)^2: the caller reads ^2
        else:
            factors = [self.parse_power()]
            while True:
                token = self.peek()
                if token is None or token[0] not in {"n", "l"}:
                    break
                factors.append(self.parse_power())
            argument = _mul(factors)
        name = {"lg": "log10", "arccot": "acot"}.get(name, name)
        if power == ("neg", ("num", Fraction(1), False)) and name in _INVERSES:
            name, power = _INVERSES[name], None  # \sin^{-1} x is arcsin x
        node: Node = ("log", base, argument) if base is not None else ("fn", name, argument)
        return node if power is None else ("pow", node, power)

    def parse_environment(self) -> Node:
        environment = self.raw_group().strip()
        if environment == "array" and self.peek_text() == "{":
            self.raw_group()
        rows: list[tuple[Node, ...]] = []
        row: list[Node] = []
        while True:
            text = self.peek_text()
            if text is None:
                _fail("unclosed environment")
            if text == "\\end":
                self.pos += 1
                self.raw_group()
                if row:
                    rows.append(tuple(row))
                break
            if text in {"&", "\\\\"}:
                self.pos += 1
                if text == "\\\\":
                    if row:
                        rows.append(tuple(row))
                    row = []
                continue
            row.append(self.parse_union())
            if len(row) > MAX_ITEMS or len(rows) > MAX_ITEMS:
                _fail("matrix too large")
            if self.peek_text() not in {"&", "\\\\", "\\end"}:
                _fail("bad matrix cell")
        if not rows:
            _fail("empty matrix")
        return ("matrix", tuple(rows))


def _is_proper_fraction(node: Node) -> bool:
    numerator, denominator = node[1], node[2]
    return (
        isinstance(numerator, tuple)
        and isinstance(denominator, tuple)
        and numerator[0] == "num"
        and denominator[0] == "num"
        and not numerator[2]
        and not denominator[2]
        and 0 < numerator[1] < denominator[1]
    )


def _letter(letter: str) -> Node:
    if letter == "e":
        return ("const", "e")
    if letter == "i":
        return ("const", "i")
    return ("sym", letter)


def _name(node: Node) -> str:
    if node[0] == "sym":
        return str(node[1])
    if node[0] == "const":
        return {"pi": "\\pi", "inf": "\\infty"}.get(str(node[1]), str(node[1]))
    if node[0] == "num":
        value = node[1]
        return str(value)
    _fail("bad name")


def _subscript(node: Node, script: Node) -> Node:
    if node[0] == "num" and not node[2] and script[0] == "num" and not script[2]:
        return ("base", str(node[1]), int(script[1]))  # type: ignore[call-overload]
    if node[0] in {"sym", "const"}:
        try:
            return ("sym", f"{_name(node)}_{_name(script)}")
        except ParseError:
            return ("sym", f"{_name(node)}_{script!r}")
    if node[0] in {"text", "fn", "log"}:
        return node
    _fail("bad subscript")


_WORD = lazy_compile(r"(?<!\\)[A-Za-z]{2,}")


def _text_node(raw: str) -> Node:
    r"""``\text{...}``: math when it holds no word (``\text{(1,2)}`` is the pair), else text."""
    if _SIMPLE_NUMBER.fullmatch(raw):
        return _number(raw.strip())
    if raw.strip() and not raw.strip().isalpha() and _WORD.search(raw) is None:
        source = normalize(raw)
        if source:
            try:
                return _Parser(source).parse()
            except (ParseError, RecursionError, IndexError):
                pass
    return ("text", raw)


def _depth(node: Node) -> int:
    """Height of the tree, iteratively (no recursion on hostile input), level by level.

    Stops at the first level past :data:`MAX_TREE_DEPTH` (returning that level).
    """
    height = 0
    level: list[tuple[object, ...]] = [node] if isinstance(node, tuple) else []
    while level:
        height += 1
        if height > MAX_TREE_DEPTH:
            return height
        level = [child for item in level for child in item if isinstance(child, tuple)]
    return height


def parse_latex(text: str) -> Node:
    r"""Parse one answer string into a tree (see the module docstring for the node tags).

    Args:
        text: the answer, e.g. the content of a ``\boxed{}``.

    Returns:
        The tree.

    Raises:
        ParseError: the text is empty, too long, too deep, or not answer-LaTeX.

    Examples:
        >>> parse_latex("3\\frac12")[0]  # a mixed number: 3 + 1/2
        'add'
        >>> parse_latex("x=2")
        ('rel', (('sym', 'x'), '=', ('num', Fraction(2, 1), False)))
    """
    if len(text) > MAX_LENGTH:
        _fail("too long")
    source = normalize(text)
    if not source:
        _fail("empty")
    try:
        tree = _Parser(source).parse()
    except (RecursionError, IndexError) as error:
        raise ParseError(str(error)) from error
    if _depth(tree) > MAX_TREE_DEPTH:
        _fail("tree too deep")
    return tree
