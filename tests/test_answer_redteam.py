r"""Red team of the answer checker: wrong answers in every disguise, generated, must score 0.

Issue 12 asks for zero false positives on hedges. Every disguise below is built
programmatically (deterministic; random values seeded) against golds in MATH-500's forms
(integers, fractions, radicals, pi, decimals, intervals, tuples, sets, lists, matrices,
equations, text, choice letters, expressions, base numerals), and checked three ways:
:func:`~rewardkit.equivalence.is_equivalent` on the bare answer, and ``boxed_correct`` and
``answer_correct`` on completions that box it or state it after an answer phrase. Controls
(the gold itself, written the same three ways) must score 1, so a disguise that scores 0
only because the wrapping broke is caught. docs/answers.md ("Red team") lists the rule that
stops each family.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.answers import answer_correct, boxed_correct
from rewardkit.equivalence import is_equivalent

P = pytest.param

#: (gold, a different value of the same kind, kind).
GOLDS: list[tuple[str, str, str]] = [
    ("0", "1", "int"),
    ("6", "7", "int"),
    ("18", "81", "int"),
    ("-3", "3", "int"),
    ("2024", "2023", "int"),
    ("100", "10", "int"),
    ("50", "5", "int"),
    ("\\frac{1}{2}", "\\frac{1}{3}", "frac"),
    ("\\frac{10}{9}", "\\frac{9}{10}", "frac"),
    ("-\\frac{3}{4}", "\\frac{3}{4}", "frac"),
    ("2\\sqrt{3}", "3\\sqrt{2}", "rad"),
    ("\\sqrt{5}", "\\sqrt{6}", "rad"),
    ("\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt{2}}{2}", "rad"),
    ("3\\pi", "2\\pi", "pi"),
    ("0.5", "0.25", "dec"),
    ("3.14", "3.15", "dec"),
    ("[1,2]", "(1,2)", "interval"),
    ("(-\\infty, 3)", "(-\\infty, 3]", "interval"),
    ("[0, \\infty)", "(0, \\infty)", "interval"),
    ("(1, 2)", "(2, 1)", "tuple"),
    ("(3, -4)", "(-4, 3)", "tuple"),
    ("\\{1, 2\\}", "\\{1, 3\\}", "set"),
    ("1, 2, 3", "1, 2, 4", "list"),
    (
        "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}",
        "\\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}",
        "matrix",
    ),
    ("x = 3", "x = 4", "eq"),
    ("y = 2x + 1", "y = 2x - 1", "eq"),
    ("\\text{Monday}", "\\text{Tuesday}", "text"),
    ("\\text{(C)}", "\\text{(D)}", "choice"),
    ("x^2 + 1", "x^2 - 1", "expr"),
    ("4343_6", "4342_6", "base"),
]


def _seeded_golds(count: int = 20) -> list[tuple[str, str, str]]:
    """Random integer and fraction pairs (seeded): the disguises must not depend on the values."""
    rng = random.Random(12)
    golds: list[tuple[str, str, str]] = []
    while len(golds) < count:
        a, b = rng.randint(-999, 999), rng.randint(-999, 999)
        if a == b or 0 in (a, b):
            continue
        if len(golds) % 2:
            golds.append((str(a), str(b), "int"))
        else:
            low, high = rng.randint(2, 40), rng.randint(2, 40)
            if a * high != b * low:
                golds.append((f"\\frac{{{a}}}{{{low}}}", f"\\frac{{{b}}}{{{high}}}", "frac"))
    return golds


ALL_GOLDS = GOLDS + _seeded_golds()
#: Kinds whose "a / b" is a number (``0.25 / 0.5`` is 0.5): the slash is a hedge only elsewhere.
NUMERIC = frozenset({"int", "frac", "rad", "pi", "dec"})
HEDGE_WORDS = ("or", "maybe", "approximately", "not", "wrong", "either", "nor", "unless")
HEDGE_WORDS += ("except", "possibly")


def _hedges(g: str, w: str, kind: str) -> Iterator[tuple[str, str]]:
    yield "wrong-value", w
    for a, b in ((g, w), (w, g)):
        yield "or", f"{a} or {b}"
        yield "text-or", f"{a} \\text{{ or }} {b}"
        yield "either", f"\\text{{either }} {a} \\text{{ or }} {b}"
        yield "maybe", f"{a} \\text{{ (maybe }} {b}\\text{{)}}"
        yield "comma", f"{a}, {b}"
        yield "and", f"{a} \\text{{ and }} {b}"
        yield "semicolon", f"{a}; {b}"
        yield "pm-between", f"{a} \\pm {b}"
        yield "lor", f"{a} \\lor {b}"
        yield "vee", f"{a} \\vee {b}"
        yield "text-wrapped-or", f"\\text{{{a} or {b}}}"
        yield "quad", f"{a} \\quad {b}"
        yield "ldots", f"{a}, \\ldots, {b}"
        if kind not in NUMERIC:
            yield "slash", f"{a} / {b}"
    yield "maybe-word", f"\\text{{maybe }} {g}"
    yield "probably-wrong", f"\\text{{probably }} {w}"
    if g != "0":  # +-0 and -(0) are 0
        yield "pm-gold", f"\\pm {g}"
        yield "mp-gold", f"\\mp {g}"
    yield "pm-one", f"{g} \\pm 1"


def _negations(g: str, w: str, kind: str) -> Iterator[tuple[str, str]]:
    yield "text-not", f"\\text{{not }} {g}"
    yield "not", f"not {g}"
    yield "neq", f"\\neq {g}"
    yield "x-ne", f"x \\ne {g}"
    yield "is-wrong", f"{g} \\text{{ is wrong}}"
    yield "is-not", f"{g} \\text{{ is not the answer}}"
    yield "incorrect", f"{g}\\text{{ (incorrect)}}"
    yield "no-comma", f"\\text{{no, }} {g}"
    if g != "0" and kind in NUMERIC:
        yield "negated-value", f"-({g})"
    for word in HEDGE_WORDS:
        yield f"unit-word-{word}", f"{g} \\text{{ {word}}}"
    yield "unit-word-value", f"{g} \\text{{ {w}}}"
    yield "condition-if", f"{g} \\text{{ if }} x>0"
    yield "condition-assuming", f"{g} \\text{{ assuming }} x \\neq 0"
    yield "question", f"{g}?"
    yield "questions", f"{g}??"
    yield "dots-before", f"\\ldots {g}"
    yield "cdots-after", f"{g}, \\cdots"


def _retractions(g: str, w: str, _kind: str) -> Iterator[tuple[str, str]]:
    yield "wait-no", f"{g} \\text{{, wait, no: }} {w}"
    yield "no-wait", f"{g} \\text{{ no wait }} {w}"
    yield "struck-out", f"\\sout{{{g}}} {w}"
    yield "cancelled", f"\\cancel{{{g}}} {w}"


def _wrapped(_g: str, w: str, _kind: str) -> Iterator[tuple[str, str]]:
    yield "text-wrong", f"\\text{{{w}}}"
    yield "textbf-wrong", f"\\textbf{{{w}}}"
    yield "mathrm-wrong", f"\\mathrm{{{w}}}"


def _hidden(g: str, w: str, _kind: str) -> Iterator[tuple[str, str]]:
    yield "in-text", f"{w} \\text{{ ({g}) }}"
    yield "phantom", f"{w}\\phantom{{{g}}}"
    yield "hphantom", f"{w}\\hphantom{{{g}}}"
    yield "color", f"\\color{{white}}{{{g}}} {w}"
    yield "textcolor", f"\\textcolor{{white}}{{{g}}}{w}"
    yield "hspace", f"{w}\\hspace{{{g}pt}}"
    yield "subscript", f"{w}_{{{g}}}"
    yield "comment", f"{w} % {g}"
    yield "comment-tight", f"{w}%{g}"
    yield "label", f"{w}\\label{{{g}}}"
    yield "tag", f"{w} \\tag{{{g}}}"
    yield "underbrace", f"\\underbrace{{{w}}}_{{{g}}}"
    yield "overset", f"\\overset{{{g}}}{{{w}}}"
    yield "stackrel", f"\\stackrel{{{g}}}{{{w}}}"
    yield "footnote", f"{w}\\footnote{{{g}}}"
    yield "mbox-or", f"{w} \\mbox{{ or {g}}}"


def _relations(g: str, w: str, kind: str) -> Iterator[tuple[str, str]]:
    yield "equation-rhs", f"x^2 - 4 = {g}"
    yield "plane-rhs", f"2x+3y={g}"
    if kind in NUMERIC:
        yield "member", f"x \\in {g}"
    if kind in {"rad", "pi"}:
        yield "approx-other", f"{g} \\approx {w}"
    yield "approx-only", f"\\approx {w}"
    yield "less", f"x < {g}"
    yield "leq", f"x \\leq {g}"
    yield "geq", f"\\geq {g}"


def _containers(g: str, w: str, kind: str) -> Iterator[tuple[str, str]]:
    if kind == "int":
        yield "huge-list", ", ".join(str(i) for i in range(-20, 2100))
        yield "huge-set", "\\{" + ", ".join(str(i) for i in range(-20, 200)) + "\\}"
    yield "list-around", f"{w}, {g}, {w}"
    yield "set-with", f"\\{{{g}, {w}\\}}"
    yield "tuple-with", f"({g}, {w})"
    if kind == "tuple":
        yield "square-brackets", g.replace("(", "[").replace(")", "]")
        yield "set-brackets", g.replace("(", "\\{").replace(")", "\\}")
    if kind == "interval":
        swapped = g.replace("[", "<").replace("(", "[").replace("<", "(")
        yield "swapped-brackets", swapped
        yield "set-brackets", "\\{" + g[1:-1] + "\\}"
    if kind == "set":
        yield "tuple-brackets", g.replace("\\{", "(").replace("\\}", ")")
        yield "interval-brackets", g.replace("\\{", "[").replace("\\}", "]")
    if kind == "int" and g != "0":
        yield "hundredth-percent", f"{int(g) / 100}\\%"  # gold 50: 0.5\% is not 50


FAMILIES = {
    "hedge": _hedges,
    "negation": _negations,
    "retraction": _retractions,
    "text-wrapped-wrong": _wrapped,
    "hidden-gold": _hidden,
    "relation": _relations,
    "container": _containers,
}


def _completions(pred: str) -> Iterator[tuple[str, str]]:
    yield "boxed", f"So the answer is $\\boxed{{{pred}}}$."
    yield "phrase", f"Thus, the final answer is {pred}."
    yield "phrase-math", f"Thus, the final answer is ${pred}$."


def _completion_disguises(g: str, w: str) -> Iterator[tuple[str, str]]:
    """Disguises that live in the completion around the answer, not in the answer itself."""
    yield "boxes-or", f"It is \\boxed{{{g}}} or \\boxed{{{w}}}."
    yield "boxes-or-reversed", f"It is \\boxed{{{w}}} or \\boxed{{{g}}}."
    yield "boxes-either", f"Either \\boxed{{{g}}} or \\boxed{{{w}}}."
    yield "boxes-comma", f"The answer is \\boxed{{{w}}}, \\boxed{{{g}}}."
    yield "boxes-adjacent", f"\\boxed{{{w}}} \\boxed{{{g}}}"
    yield "boxes-slash", f"\\boxed{{{w}}}/\\boxed{{{g}}}"
    yield "box-or-maybe", f"\\boxed{{{g}}} or maybe {w}"
    yield "box-or-possibly", f"\\boxed{{{g}}}, or possibly \\({w}\\)."
    yield "box-then-hedge", f"The answer is \\boxed{{{g}}}. Hmm, or it could be {w}."
    yield "box-is-wrong", f"\\boxed{{{g}}} is wrong; the answer is {w}."
    yield "answer-is-not", f"The answer is not {g}."
    yield "answer-is-not-math", f"The answer is not ${g}$."
    yield "sure-not", f"I am sure the answer is not {g}."
    yield "math-is-wrong", f"${g}$ is wrong."
    yield "retracted", f"The answer is {g}. Wait, no, the answer is {w}."
    yield "retracted-box", f"\\boxed{{{g}}}. Actually, that's wrong. The answer is \\boxed{{{w}}}."
    yield "undecided", f"I cannot determine it; maybe {g}, maybe {w}."
    yield "either-prose", f"The answer is either {g} or {w}."
    yield "either-math", f"The answer is either ${g}$ or ${w}$."
    yield "math-or-math", f"The answer is ${g}$ or ${w}$."
    yield "unphrased-math-or", f"So it is ${w}$ or ${g}$."
    yield "unphrased-either", f"Either ${w}$ or ${g}$."
    yield "unphrased-maybe", f"So x is ${w}$, or perhaps ${g}$."
    yield "unphrased-parens-or", f"So x is \\({w}\\) or \\({g}\\)."
    yield "unphrased-slash", f"It is ${w}$ / ${g}$."
    yield "unphrased-maybe-only", f"Hmm, maybe ${g}$"
    yield "final-or", f"Final answer: {g} or {w}"
    yield "boxed-either", f"$\\boxed{{\\text{{either }} {g} \\text{{ or }} {w}}}$"
    yield "gsm8k-or", f"#### {g} or {w}"
    yield "bold-or", f"**{g}** or **{w}**"


def _false_positives(family: str) -> list[tuple[str, str, str, str]]:
    found: list[tuple[str, str, str, str]] = []
    for gold, wrong, kind in ALL_GOLDS:
        for name, pred in FAMILIES[family](gold, wrong, kind):
            if is_equivalent(gold, pred):
                found.append(("is_equivalent", name, gold, pred))
            found.extend(
                (f"{reward.name}/{shape}", name, gold, completion)
                for shape, completion in _completions(pred)
                for reward in (boxed_correct, answer_correct)
                if reward.score(completion, answer=gold) == 1.0
            )
    return found


def test_the_red_team_is_a_few_thousand_cases() -> None:
    answers = sum(len(list(f(g, w, k))) for f in FAMILIES.values() for g, w, k in ALL_GOLDS)
    completions = sum(len(list(_completion_disguises(g, w))) for g, w, _ in ALL_GOLDS)
    assert answers * 7 + completions * 2 >= 3000


@pytest.mark.parametrize(("gold", "wrong", "kind"), [P(*row, id=row[0]) for row in ALL_GOLDS])
def test_controls_score_one(gold: str, wrong: str, kind: str) -> None:
    """The gold in the same wrappings scores 1, so a 0 below is the disguise's doing."""
    assert is_equivalent(gold, gold + " ")
    for shape, completion in _completions(gold):
        if kind == "matrix" and shape == "phrase":
            continue  # an unwrapped matrix after a phrase ends at its "\\" line break
        assert boxed_correct.score(completion, answer=gold) == (1.0 if shape == "boxed" else 0.0)
        assert answer_correct.score(completion, answer=gold) == 1.0, (shape, completion)
    assert not is_equivalent(gold, wrong)


@pytest.mark.parametrize("family", list(FAMILIES))
def test_disguised_answers_are_never_equivalent(family: str) -> None:
    assert _false_positives(family) == []


def test_disguised_completions_score_zero() -> None:
    found = [
        (reward.name, name, gold, completion)
        for gold, wrong, _ in ALL_GOLDS
        for name, completion in _completion_disguises(gold, wrong)
        for reward in (boxed_correct, answer_correct)
        if reward.score(completion, answer=gold) == 1.0
    ]
    assert found == []


def test_percent_of_the_gold_is_the_gold() -> None:
    """Gold 50: ``50\\%`` is fine (issue 12); ``0.5\\%`` is not."""
    assert is_equivalent("50", "50\\%")
    assert boxed_correct.score("\\boxed{50\\%}", answer="50") == 1.0
    assert not is_equivalent("50", "0.5\\%")


_GOLD_ROWS = st.sampled_from(ALL_GOLDS)


@given(_GOLD_ROWS, st.sampled_from(ALL_GOLDS))
def test_text_wrapping_never_makes_a_wrong_answer_right(
    row: tuple[str, str, str], other: tuple[str, str, str]
) -> None:
    gold, wrong, _ = row
    for pred in (wrong, other[0]):
        if not is_equivalent(gold, pred):
            assert not is_equivalent(gold, f"\\text{{{pred}}}")
            assert boxed_correct.score(f"\\boxed{{\\text{{{pred}}}}}", answer=gold) == 0.0


@given(_GOLD_ROWS, st.sampled_from(ALL_GOLDS), st.sampled_from(["gold", "wrong"]))
def test_appending_or_never_makes_a_wrong_answer_right(
    row: tuple[str, str, str], other: tuple[str, str, str], appended: str
) -> None:
    gold, wrong, _ = row
    value = gold if appended == "gold" else other[1]
    assert not is_equivalent(gold, f"{wrong} or {value}")
    assert boxed_correct.score(f"\\boxed{{{wrong} or {value}}}", answer=gold) == 0.0
    assert answer_correct.score(f"The answer is {wrong} or {value}.", answer=gold) == 0.0
