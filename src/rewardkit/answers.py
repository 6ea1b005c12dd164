"""Rewards for final-answer correctness: ``boxed_correct``, ``answer_correct``, ``boxed_number``.

Each is a :class:`~rewardkit.reward.Reward` built on pure functions:
:func:`rewardkit.extract.extract_boxed` / :func:`rewardkit.extract.extract_answer` pick the
predicted answer, :func:`gold_answer` the reference, and
:func:`rewardkit.equivalence.is_equivalent` decides. Options (``rel_tol``, ``budget``) are the
fields of the frozen scorer dataclasses, changed with ``reward.configure(...)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rewardkit._lazy import lazy_compile
from rewardkit.equivalence import (
    DEFAULT_BUDGET,
    DEFAULT_REL_TOL,
    MAX_LENGTH,
    answer_count,
    can_parse,
    explain_equivalence,
    is_equivalent,
    is_number,
    validate_options,
)
from rewardkit.extract import (
    _box_answer_hedged,
    extract_answer,
    extract_answer_with_source,
    extract_boxed,
    extract_final_boxes,
)
from rewardkit.reward import GOLD_COLUMNS, Batch, Reward, Sample, TextScorer

__all__ = [
    "AnswerCorrect",
    "BoxedCorrect",
    "answer_correct",
    "boxed_correct",
    "boxed_number",
    "boxed_number_score",
    "gold_answer",
]


#: The last line of a multi-line gold solution that gives its answer: ``A: 18``, ``Answer: 18``.
_ANSWER_LINE = lazy_compile(r"(?im)^[ \t]*(?:A|Answer|Final answer)[ \t]*:[ \t]*(\S.*?)\s*\Z")


#: A solution whose boxes are alternatives, not a list (its last box is the gold).
_ALTERNATIVES = lazy_compile(
    r"(?i)\beither\b|\balso\s+accept|\bis\s+also\s+(?:a\s+)?(?:correct|valid)"
)


def gold_answer(gold: str) -> str | None:
    r"""The answer part of a gold cell.

    Rules, in order: a gold that holds a ``\boxed{}`` (a full solution, as in MATH's
    ``solution`` column) gives its last complete box, or its final run of boxes joined by
    commas (``\boxed{1}, \boxed{2}`` gives ``1, 2``: see
    :func:`~rewardkit.extract.extract_final_boxes`) unless the solution calls them
    alternatives ("either", "also accepted": then the last box); a GSM8K solution gives the
    text after its last ``####``; a multi-line solution whose last line is ``A: ...`` /
    ``Answer: ...`` / ``Final answer: ...`` gives that answer; anything else is the answer
    itself, stripped.

    Args:
        gold: the gold column's value.

    Returns:
        The answer string, or ``None`` when it is empty (or a solution's box is unclosed).

    Examples:
        >>> gold_answer("So the area is $\\boxed{12}$.")
        '12'
        >>> gold_answer("She pays 3 + 4 = 7 dollars.\n#### 7")
        '7'
        >>> gold_answer("3 + 4 = 7 apples.\nA: 7")
        '7'
        >>> gold_answer(" \\frac{1}{2} ")
        '\\frac{1}{2}'
    """
    if not isinstance(gold, str):
        return None  # type: ignore[unreachable]  # a column may hold anything
    if "\\boxed" in gold or "\\fbox" in gold:
        if _ALTERNATIVES.search(gold):  # "Either point is a correct answer": not a list
            return extract_boxed(gold) or None
        boxes = [box for box in extract_final_boxes(gold) if box]
        return ", ".join(boxes) if boxes else None
    if "####" in gold:
        tail = gold.rsplit("####", 1)[1].strip()
        return tail.splitlines()[0].strip() if tail else None
    if "\n" in gold.strip():
        match = _ANSWER_LINE.search(gold)
        if match is not None:
            return match.group(1).strip() or None
    return gold.strip() or None


def _reference(gold: str) -> tuple[str, int] | None:
    """The gold cell's answer and its number of values, or ``None`` when it cannot be scored."""
    reference = gold_answer(gold)
    if reference is None or not can_parse(reference):
        return None
    return reference, answer_count(reference)


def _verdict(
    text: str,
    pred: str | None,
    gold: str | None,
    rel_tol: float,
    budget: float,
    trace: dict[str, object] | None = None,
) -> float | None:
    """The verdict of both correctness rewards; fills ``trace`` (when given) with its reasons."""
    if gold is None:
        if trace is not None:
            trace["rule"] = "no gold -> None"
        return None
    if trace is not None:
        trace["gold_answer"] = gold_answer(gold)
    reference = _reference(gold)
    if reference is None:
        if trace is not None:
            trace["rule"] = "unparseable gold -> None"
        return None
    return _decided(text, pred, reference[0], reference[1], rel_tol, budget, trace)


def _decided(
    text: str,
    pred: str | None,
    reference: str,
    count: int,
    rel_tol: float,
    budget: float,
    trace: dict[str, object] | None = None,
    equal: bool | None = None,
) -> float:
    """:func:`_verdict` for a scorable gold (its answer ``reference`` holds ``count`` values).

    ``equal``, when given, is ``is_equivalent(reference, pred)`` already decided.
    """
    if pred is not None:
        if trace is not None:
            reasons = explain_equivalence(reference, pred, rel_tol=rel_tol, budget=budget)
            equal = reasons["verdict"] is True
            trace.update((key, reasons[key]) for key in ("kind", "canonical", "rule"))
            trace["units_dropped"] = reasons["units_dropped"]
        elif equal is None:
            equal = is_equivalent(reference, pred, rel_tol=rel_tol, budget=budget)
        if equal:
            # \boxed{6} or \boxed{7}, \boxed{6} or maybe 7: a hedge; \boxed{6}, \boxed{7}:
            # the last box alone is one of several offered
            hedged = _box_answer_hedged(text)
            if trace is not None:
                trace["hedged"] = hedged
            return 0.0 if hedged else 1.0
    elif trace is not None:
        trace["rule"] = "no answer extracted"
    if count > 1 and ("\\boxed" in text or "\\fbox" in text):
        # a gold list of n values against a final run of exactly n boxes: \boxed{7}, \boxed{-5}
        boxes = extract_final_boxes(text)
        if len(boxes) == count and all(boxes):
            joined = ", ".join(boxes)
            equal = is_equivalent(reference, joined, rel_tol=rel_tol, budget=budget)
            if trace is not None:
                trace["answer"] = joined
                trace["source"] = "final run of boxes"
                trace["rule"] = f"{count} boxes against a list of {count} values"
            return 1.0 if equal else 0.0
    return 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class _ExtractedCorrect:
    """The scorer both correctness rewards share: extract the answer, compare it with the gold.

    Subclasses choose the extraction (:meth:`_extract`); the options, their validation and the
    verdict are the same for all of them.
    """

    rel_tol: float = DEFAULT_REL_TOL
    budget: float = DEFAULT_BUDGET

    def __post_init__(self) -> None:
        """Validate the options.

        Raises:
            ConfigError: ``rel_tol`` is not in [0, 1) or ``budget`` not in (0, 60] seconds.
        """
        validate_options(self.rel_tol, self.budget)

    def _extract(self, text: str) -> str | None:
        raise NotImplementedError

    def _extract_with_source(self, text: str) -> tuple[str | None, str]:
        raise NotImplementedError

    def __call__(self, sample: Sample, /) -> float | None:
        """1.0 if the extracted answer is equivalent to the gold, 0.0 if not, None if n/a."""
        if sample.gold is None:
            return None
        text = sample.text
        return _verdict(text, self._extract(text), sample.gold, self.rel_tol, self.budget)

    def score_texts(
        self, texts: Sequence[str], golds: Sequence[str | None], /
    ) -> list[float | None]:
        """:meth:`__call__` of each (text, gold) pair, without building samples.

        A GRPO group shares its gold (and often its answer): each distinct gold cell is read
        once per batch, each distinct (gold, answer) pair decided once.
        """
        references: dict[str, tuple[str, int] | None] = {}
        decided: dict[tuple[str, str], bool] = {}
        rel_tol, budget = self.rel_tol, self.budget
        scores: list[float | None] = []
        for text, gold in zip(texts, golds, strict=True):
            if gold is None:
                scores.append(None)
                continue
            if gold in references:
                reference = references[gold]
            else:
                reference = references[gold] = _reference(gold)
            if reference is None:
                scores.append(None)
                continue
            pred = self._extract(text)
            equal = None
            if pred is not None:
                pair = (reference[0], pred)
                equal = decided.get(pair)
                if equal is None:
                    equal = decided[pair] = is_equivalent(
                        reference[0], pred, rel_tol=rel_tol, budget=budget
                    )
            scores.append(
                _decided(text, pred, reference[0], reference[1], rel_tol, budget, equal=equal)
            )
        return scores

    def explain(self, sample: Sample, /) -> tuple[float | None, dict[str, object]]:
        """The score of :meth:`__call__` and its reasons (keys: docs/answers.md, "Explanations").

        Keys: ``answer``, ``source`` (tag / boxed / phrase / gsm8k / math / number / none), ``gold``
        (the cell as read), ``gold_answer`` (its answer part), ``kind``, ``canonical``
        (``{"gold", "answer"}``), ``rule``, ``units_dropped``, ``hedged``.
        """
        text = sample.text
        answer, source = self._extract_with_source(text)
        trace: dict[str, object] = {"answer": answer, "source": source, "gold": sample.gold}
        if sample.gold is None:
            trace["rule"] = "no gold -> None"
            return None, trace
        value = _verdict(text, answer, sample.gold, self.rel_tol, self.budget, trace)
        return value, trace

    def trainer_logs(
        self, batch: Batch, gold: tuple[str, ...], name: str
    ) -> tuple[dict[str, list[str]], dict[str, float]]:
        """Columns (``answer``, ``gold``) and a metric (``no_answer``) for the trainer's logs."""
        answers = [self._extract(text) for text in batch.texts]
        golds = batch.gold(gold, name) if gold else [None] * len(batch)
        shown = [gold_answer(cell) if cell is not None else None for cell in golds]
        missing = sum(answer is None for answer in answers)
        return (
            {
                "answer": ["" if a is None else a[:200] for a in answers],
                "gold": ["" if g is None else g[:200] for g in shown],
            },
            {"no_answer": missing / len(answers) if answers else 0.0},
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class BoxedCorrect(_ExtractedCorrect):
    r"""Scorer of :data:`boxed_correct`: the last ``\boxed{}`` against the gold answer.

    Rule: 1.0 if the completion's last complete ``\boxed{}`` (:func:`extract_boxed`) is
    equivalent (:func:`~rewardkit.equivalence.is_equivalent`) to the gold answer, else 0.0.
    The gold comes from the ``answer`` column, falling back to ``solution``; a gold that is a
    full solution uses its own box (:func:`gold_answer`). ``None`` (not applicable) when the row
    has no gold or the gold cannot be parsed as an answer; 0.0 when the completion has no
    complete box.

    Examples:
        >>> boxed_correct(["so \\boxed{\\frac{1}{2}}", "\\boxed{0.6}", "none"], answer=["0.5"] * 3)
        [1.0, 0.0, 0.0]
        >>> boxed_correct.score("\\boxed{0.333}", answer="\\frac13")
        0.0
        >>> boxed_correct.configure(rel_tol=0.01).score("\\boxed{0.333}", answer="\\frac13")
        1.0
        >>> boxed_correct.score("\\boxed{4}", answer="\\frac{")  # unparseable gold

    Attributes:
        rel_tol: relative tolerance of floating-point comparisons (see
            :func:`~rewardkit.equivalence.is_equivalent`).
        budget: seconds of CPU time one comparison may take (rewardkit.equivalence.budget).
    """

    def _extract(self, text: str) -> str | None:
        return extract_boxed(text)

    def _extract_with_source(self, text: str) -> tuple[str | None, str]:
        boxed = extract_boxed(text)
        return boxed, "none" if boxed is None else "boxed"


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerCorrect(_ExtractedCorrect):
    r"""Scorer of :data:`answer_correct`: :func:`~rewardkit.extract.extract_answer` vs the gold.

    Rule: as :class:`BoxedCorrect`, with the answer extracted by
    :func:`~rewardkit.extract.extract_answer` (boxed first, then answer phrases, GSM8K ``####``,
    the last math span, the last number); 0.0 when nothing is extracted.

    Examples:
        >>> answer_correct(["The answer is 7,000.", "\boxed{7000}", "?"], answer=["7000"] * 3)
        [1.0, 1.0, 0.0]
        >>> answer_correct.score("So 3 + 4 = 7.\n#### 7", answer="7")
        1.0

    Attributes:
        rel_tol: relative tolerance of floating-point comparisons.
        budget: seconds of CPU time one comparison may take (rewardkit.equivalence.budget).
    """

    def _extract(self, text: str) -> str | None:
        return extract_answer(text)

    def _extract_with_source(self, text: str) -> tuple[str | None, str]:
        return extract_answer_with_source(text)


def boxed_number_score(text: str) -> float:
    r"""1.0 if the last ``\boxed{}`` of ``text`` holds one number, of any form, else 0.0.

    Numbers are what :func:`rewardkit.equivalence.is_number` accepts: integers, decimals,
    fractions, mixed numbers, percentages, scientific notation, radicals, pi/e expressions,
    complex numbers; units and currency are ignored.

    Examples:
        >>> boxed_number(["\\boxed{2\\sqrt{3}}", "\\boxed{\\text{Monday}}"])
        [1.0, 0.0]
        >>> boxed_number_score("\\boxed{\\frac{3}{4}}"), boxed_number_score("\\boxed{x+1}")
        (1.0, 0.0)
        >>> boxed_number_score("no box: 42")
        0.0
    """
    boxed = extract_boxed(text)
    return 1.0 if boxed is not None and len(boxed) <= MAX_LENGTH and is_number(boxed) else 0.0


def _explain_boxed_number(text: str) -> tuple[float, dict[str, object]]:
    """:func:`boxed_number_score` and the box it read (``answer``, ``source``)."""
    boxed = extract_boxed(text)
    source = "none" if boxed is None else "boxed"
    return boxed_number_score(text), {"answer": boxed, "source": source}


#: 1.0 if the last ``\\boxed{}`` is equivalent to the gold answer, else 0.0 (see BoxedCorrect).
boxed_correct = Reward(
    name="boxed_correct",
    scorer=BoxedCorrect(),
    gold=GOLD_COLUMNS,
    summary="1.0 if the last \\boxed{} answer is equivalent to the gold answer, else 0.0",
)

#: Like boxed_correct, with extract_answer (see AnswerCorrect).
answer_correct = Reward(
    name="answer_correct",
    scorer=AnswerCorrect(),
    gold=GOLD_COLUMNS,
    summary="1.0 if the extracted final answer is equivalent to the gold answer, else 0.0",
)

#: 1.0 if the last ``\\boxed{}`` holds one number of any form (see boxed_number_score).
boxed_number = Reward(
    name="boxed_number",
    scorer=TextScorer(boxed_number_score, _explain_boxed_number),
    summary="1.0 if the last \\boxed{} holds a number of any form, else 0.0",
)
