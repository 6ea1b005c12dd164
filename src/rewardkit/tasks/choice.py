r"""Multiple choice: the option the completion commits to, against the gold option.

The *final answer* of a completion is, in order: its last complete ``\boxed{}``; else the
answer after its last explicit answer phrase ("Answer: C", "the answer is option C"); else its
last non-empty line. In that final answer an option is written as a bare letter (``C``,
``C.``, ``**C**``), in brackets (``(C)``, ``[C]``), as ``C)`` or ``C:``, as ``option C`` /
``choice C``, or in a LaTeX wrapper (``\textbf{(C)}``, ``\text{C}``). Rules, in order of
precedence:

- **Hedges are wrong.** A final answer that names two different options is wrong: ``C or D``,
  ``(A) and (C)``, ``\boxed{(C) or D}``, ``\boxed{(C) (D)}``, ``C (or D)``.
- **Negations rule an option out.** An option right after ``not``, ``n't``, ``cannot``,
  ``never``, ``neither``, ``nor``, ``except``, ``excluding``, ``exclude``, ``other than``,
  ``rather than``, ``rule out`` or ``eliminate`` (a ``be`` / ``is`` between them allowed: ``can't
  be C``), or right before a verdict against it (``(C) is incorrect``, ``C is wrong``, ``C was
  ruled out``), is not named: ``not C`` names nothing (0.0 for gold C, and for any other gold);
  ``C and not D`` names C.
- **An option with its content reads as the option.** ``C. x = 42``, ``(C) 4^x``, ``C) 42``
  name C; the text after the letter is not read.
- **Letters, never contents.** The options' texts are not known to the reward, so the letter is
  all that is compared: a final answer that gives only the content (``\boxed{42}``) scores 0.0
  even when 42 is option C's content, and ``C. x = 41`` scores 1.0 for gold C even when option
  C reads ``x = 42``. A gold written with its content (``C) 42``) is read as its letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rewardkit._lazy import lazy_compile
from rewardkit.errors import ConfigError
from rewardkit.extract import _last_phrase, extract_boxed
from rewardkit.reward import Reward, Sample, Spec

__all__ = ["DEFAULT_CHOICES", "ChoiceScorer", "choice_correct", "choice_score", "extract_choices"]

#: The options of :func:`choice_correct` by default.
DEFAULT_CHOICES = "ABCD"
#: How much of the end of the text the last-line fallback reads.
_TAIL = 300

_WRAPPER = lazy_compile(r"\\(?:text|textbf|textrm|mathrm|mathbf|mbox)\s*\{([^{}]*)\}")
_DECORATION = lazy_compile(r"[\s$*_`'\".:;,!()\[\]{}]+")
# Strong forms: (C), [C], option C, choice C, "C)" or "C:" or "C." starting the answer.
_STRONG = lazy_compile(
    r"[(\[]\s*([A-Za-z0-9])\s*[)\]]"
    r"|\b(?:option|choice)\s*(?:[(\[]\s*)?([A-Za-z0-9])\b"
    r"|(?:^|(?<=\s)|(?<=\*))([A-Z0-9])\s*[):](?!\S{0,16}[=+])",
    re.IGNORECASE,
)
# A bare capital letter or digit standing alone, as in "C and D", "C or D", "C, D".
_BARE = lazy_compile(r"(?<![A-Za-z0-9\\])([A-Z0-9])(?![A-Za-z0-9])")
_OPTION = r"(?:(?i:option|choice)\s*)?(?:[(\[]\s*([A-Za-z0-9])\s*[)\]]|([A-Z0-9])(?![A-Za-z0-9]))"
# An answer that starts with an option ("C because A is wrong" names C) ...
_LEAD = lazy_compile(r"[\s*_`'\"$:]*" + _OPTION)
# ... unless a second option is joined to it ("C or D", "(A) and (C)", "B, D", "C (or D)"),
# or a second bracketed option follows it ("(C) (D)").
_MORE = lazy_compile(
    r"\s*[(\[]?\s*(?:,|/|&|(?i:or|and|nor)\b)\s*" + _OPTION + r"|\s*[(\[]\s*([A-Za-z0-9])\s*[)\]]"
)
# An option after a negation ("not C", "isn't (C)", "neither C nor D") is ruled out, not named.
# (fourteenth session) also "can't be C", "cannot be (C)", "is not C", "rule out C", "eliminate
# C", "excluding C"
_NEGATED = lazy_compile(
    r"(?i:\bnot|n[’']t|\bcannot|\bnever|\bneither|\bnor|\bexcept|\bexcluding|\bexclude|"
    r"\b(?:other|rather)\s+than|\brul(?:e|es|ed|ing)\s+out|\beliminat(?:e|es|ed|ing))"
    r"\s*[:,]?\s*(?i:(?:be|is|was|equal|equals)\s+)?" + _OPTION
)
# (fourteenth session) An option followed by a verdict against it: "(B) is incorrect", "C is
# wrong", "option D was ruled out" names nothing.
_REJECTED = lazy_compile(
    r"(?:(?i:option|choice)\s*)?(?:[(\[]\s*([A-Za-z0-9])\s*[)\]]|(?<![A-Za-z0-9\\])([A-Z0-9])"
    r"(?![A-Za-z0-9]))\s*(?i:is|was|seems|looks|would\s+be|must\s+be|can\s+be|should\s+be)\s+"
    r"(?i:wrong|incorrect|false|not\b|a\s+mistake|ruled\s+out|eliminated|excluded|out\b|"
    r"impossible|invalid|a\s+trap|a\s+distractor)"
)
# A lone capital (or digit) ending the last line: "I think it is C."
_FINAL = lazy_compile(r"(?<![A-Za-z0-9\\])([A-Z0-9])[\s.!*)\]]*\Z")


def _normalise_choices(choices: str | Sequence[str]) -> tuple[str, ...]:
    options = tuple(choices)
    if (
        len(options) < 2
        or not all(isinstance(o, str) and len(o) == 1 and o.isalnum() for o in options)
        or len({o.upper() for o in options}) != len(options)
    ):
        message = (
            "choices must be at least two distinct single letters or digits (case-insensitive), "
            f"e.g. 'ABCD'; got {choices!r}"
        )
        raise ConfigError(message)
    return tuple(o.upper() for o in options)


def _group(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g).upper()


def _options_in(answer: str, choices: tuple[str, ...], *, bare: bool) -> set[str]:
    """The distinct options an answer names, less the options it negates."""
    answer = _WRAPPER.sub(r" \1 ", answer)
    negated = {_group(m) for m in _NEGATED.finditer(answer)}
    negated |= {_group(m) for m in _REJECTED.finditer(answer)}
    return _named_in(answer, choices, bare=bare) - negated


def _named_in(answer: str, choices: tuple[str, ...], *, bare: bool) -> set[str]:
    """The distinct options an answer names (strong forms always; bare letters if asked)."""
    whole = _DECORATION.sub("", answer).upper()
    if whole in choices:
        return {whole}
    lead = _LEAD.match(answer)
    if lead is not None and _group(lead) in choices:
        first = _group(lead)
        more = _MORE.match(answer, lead.end())
        if more is not None and _group(more) in choices:
            return {first, _group(more)}  # a hedge, even on a last line ("C (or D)")
        if bare or lead.group(1) is not None:
            return {first}
        # else a bare capital opening the last line may be a word ("A good guess")
    found = {_group(m) for m in _STRONG.finditer(answer)}
    if bare:
        found |= {m.group(1) for m in _BARE.finditer(answer)}
    else:
        final = _FINAL.search(answer)
        if final is not None:
            found.add(final.group(1))
    return found & set(choices)


def extract_choices(text: str, choices: str | Sequence[str] = DEFAULT_CHOICES) -> frozenset[str]:
    r"""Return the options a completion names in its final answer (see the module rules).

    In a boxed answer or after an answer phrase, bare capitals count too (``C or D``); in the
    last-line fallback only the strong forms (``(C)``, ``C)``, ``option C``...) count, so that
    an English "A" or "I" is not read as an option. Letters are case-insensitive in the strong
    forms.

    Args:
        text: the completion text.
        choices: the options, e.g. ``"ABCD"``.

    Returns:
        The options named (upper case): one for a committed answer, several for a hedge, none
        when there is no answer.

    Raises:
        ConfigError: ``choices`` is not at least two distinct single letters or digits.

    Examples:
        >>> sorted(extract_choices(r"so the answer is \textbf{(C)}"))
        ['C']
        >>> sorted(extract_choices(r"\boxed{B \text{ or } D}"))
        ['B', 'D']
        >>> sorted(extract_choices("A quick check.\nI pick (A)"))
        ['A']
    """
    options = _normalise_choices(choices)
    boxed = extract_boxed(text)
    if boxed is not None:
        return frozenset(_options_in(boxed, options, bare=True))
    phrase = _last_phrase(text)
    if phrase is not None:
        named = _options_in(phrase[1], options, bare=True)
        if named:
            return frozenset(named)
    tail = text[-_TAIL:].rstrip()
    last_line = tail[tail.rfind("\n") + 1 :]
    return frozenset(_options_in(last_line, options, bare=False))


def _gold_option(gold: str, choices: tuple[str, ...]) -> str | None:
    named = _options_in(gold, choices, bare=True)
    if len(named) == 1:
        return next(iter(named))
    stripped = gold.strip()
    if not named and stripped.isdigit() and not any(c.isdigit() for c in choices):
        index = int(stripped)
        if index < len(choices):
            return choices[index]
    return None


def choice_score(
    text: str, gold: str, choices: str | Sequence[str] = DEFAULT_CHOICES
) -> float | None:
    r"""Score a multiple-choice completion: 1.0 when it names exactly the gold option.

    The gold is an option (``C``, ``(C)``, ``C) 42``), or a 0-based index (``2`` for ``C``,
    as in MMLU) when the options are not digits.

    Args:
        text: the completion text.
        gold: the gold option.
        choices: the options.

    Returns:
        1.0 when :func:`extract_choices` names only the gold option, else 0.0 (no option,
        another option, or a hedge naming several); ``None`` when the gold is not an option.

    Raises:
        ConfigError: bad ``choices``.

    Examples:
        >>> choice_score("Answer: C", "C"), choice_score("Answer: C or D", "C")
        (1.0, 0.0)
        >>> choice_score("The answer is (B).", "1")
        1.0
        >>> choice_score("C (or D)", "C"), choice_score("not C", "C"), choice_score("(C) 4^x", "C")
        (0.0, 0.0, 1.0)
    """
    return _choice(text, gold, _normalise_choices(choices), None)


def _choice(
    text: str, gold: str, options: tuple[str, ...], trace: dict[str, object] | None
) -> float | None:
    expected = _gold_option(gold, options)
    if trace is not None:
        trace.update(named=[], gold=gold, gold_option=expected)
    if expected is None:
        return None
    named = extract_choices(text, options)
    if trace is not None:
        trace["named"] = sorted(named)
    return 1.0 if named == {expected} else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceScorer:
    """Scorer of :func:`choice_correct`; its field is the reward's option.

    Attributes:
        choices: the options, single upper-case letters or digits.
    """

    choices: tuple[str, ...] = tuple(DEFAULT_CHOICES)

    def __post_init__(self) -> None:
        """Validate and normalise ``choices``.

        Raises:
            ConfigError: not at least two distinct single letters or digits.
        """
        object.__setattr__(self, "choices", _normalise_choices(self.choices))

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample against its gold option (``None`` without one)."""
        if sample.gold is None:
            return None
        return choice_score(sample.text, sample.gold, self.choices)

    def explain(self, sample: Sample, /) -> tuple[float | None, dict[str, object]]:
        """The score, the options named and the gold option (``named``, ``gold_option``).

        1.0 only when ``named`` is exactly ``[gold_option]``; several named is a hedge; a gold
        that is no option (``gold_option`` ``None``) gives ``None`` and reads no option.
        """
        trace: dict[str, object] = {"named": [], "gold": None, "gold_option": None}
        if sample.gold is None:
            return None, trace
        return _choice(sample.text, sample.gold, self.choices, trace), trace


def choice_correct(choices: str | Sequence[str] = DEFAULT_CHOICES) -> Reward:
    r"""Build a multiple-choice reward (see :func:`choice_score`); gold column ``answer``.

    Args:
        choices: the options, e.g. ``"ABCDE"`` (letters or digits, case-insensitive).

    Returns:
        A Reward scoring 1.0 or 0.0 (``None`` when the gold is not an option), named
        ``choice_correct`` for the default options, else ``choice_correct_choicesABCDE``.

    Raises:
        ConfigError: ``choices`` is not at least two distinct single letters or digits.

    Examples:
        >>> reward = choice_correct(choices="ABCDE")
        >>> reward([r"\boxed{E}", "the answer is option E", "(D) or (E)"], answer=["E"] * 3)
        [1.0, 1.0, 0.0]
        >>> reward.name
        'choice_correct_choicesABCDE'
        >>> reward
        <Reward choice_correct_choicesABCDE = choice_correct(choices='ABCDE') [0, 1]>
    """
    scorer = ChoiceScorer(choices=tuple(choices) if not isinstance(choices, tuple) else choices)
    joined = "".join(scorer.choices)
    spec = Spec("choice_correct", () if joined == DEFAULT_CHOICES else (("choices", joined),))
    return Reward(
        name=spec.name,
        spec=spec if spec.options else None,
        scorer=scorer,
        gold=("answer",),
        summary=f"1.0 when the final answer names exactly the gold option of {joined}",
    )
