"""The PKV construct's layout, sections and final answer: pure per-text scorers.

The rewards built on them live in :mod:`rewardkit.pkv._rewards`; import everything from
:mod:`rewardkit.pkv`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import cast

from rewardkit._lazy import lazy_compile
from rewardkit.answers import gold_answer
from rewardkit.equivalence import explain_equivalence, is_equivalent
from rewardkit.errors import ConfigError
from rewardkit.extract import extract_answer_with_source, extract_last_number
from rewardkit.reflect import Reflection, reflection, reflection_score
from rewardkit.reward import Sample
from rewardkit.structure import TagEvent, TagSchema, TagSpec, match_blocks, scan_tags

#: The three personas, in the order they speak.
PERSONAS: tuple[str, ...] = ("pirate", "knight", "viking")
#: The construct's tag names.
TAG_NAMES: tuple[str, ...] = ("competition", *PERSONAS, "result", "winner")
#: The 12 tags of a complete construct, in document order: ``(name, closing)``.
CANONICAL: tuple[tuple[str, bool], ...] = (
    ("competition", False),
    ("pirate", False),
    ("pirate", True),
    ("knight", False),
    ("knight", True),
    ("viking", False),
    ("viking", True),
    ("result", False),
    ("winner", False),
    ("winner", True),
    ("result", True),
    ("competition", True),
)
#: The construct as a generic :class:`~rewardkit.structure.TagSchema` (for
#: :func:`rewardkit.structure.tags`): each tag once, personas and result inside competition,
#: winner inside result, a final answer required after it.
SCHEMA = TagSchema(
    tags=(
        TagSpec(name="competition"),
        TagSpec(name="pirate", parent="competition"),
        TagSpec(name="knight", parent="competition"),
        TagSpec(name="viking", parent="competition"),
        TagSpec(name="result", parent="competition"),
        TagSpec(name="winner", parent="result"),
    ),
    before="forbid",
    after="require",
)

_ORDER = {key: i for i, key in enumerate(CANONICAL)}
_PLACED = 1 / len(CANONICAL)
_DUPLICATED = 1 / len(CANONICAL)
_MISSING = 2 / len(CANONICAL)
_PERSONA_WORD = lazy_compile(r"\b(pirate|knight|viking)\b")


def _events(text: str) -> list[TagEvent]:
    return scan_tags(text, TAG_NAMES)


def _longest_increasing(values: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for value in values:
        position = bisect.bisect_left(tails, value)
        if position == len(tails):
            tails.append(value)
        else:
            tails[position] = value
    return len(tails)


def structure_score(text: str) -> float:
    """Score the presence and placement of the construct's 12 tags.

    Rule (each of the 12 opening and closing tags of competition, pirate, knight, viking,
    result and winner counts once; see :data:`CANONICAL`):

    - **+1/12** per correctly placed tag: the tags, taken at their first occurrence, that
      belong to the largest set whose document order agrees with :data:`CANONICAL` (a longest
      increasing subsequence). In a complete construct all 12 are placed: 12/12 = 1.0.
    - **-1/12** per duplicated tag: each of the 12 that occurs more than once (once per tag,
      however many copies).
    - **-1/6** per missing tag: each of the 12 that does not occur.
    - Clipped to [0, 1].

    Only a complete construct (each tag once, in order) scores 1.0: a duplicated, missing or
    misplaced tag always costs at least 1/12 (the clip never absorbs one). Deleting every
    occurrence of a tag never raises the score (its +1/12 and the placement of the others can
    only go down, and the -1/6 outweighs the -1/12 it stops paying). :func:`format_score` is
    the strict check of the layout between the tags.

    Args:
        text: the completion text.

    Returns:
        A score in [0, 1]; 0.0 without any construct tag. Never raises.

    Examples:
        >>> full = ("<competition><pirate>a</pirate><knight>b</knight><viking>c</viking>"
        ...         "<result>d<winner>pirate</winner></result></competition> 4")
        >>> structure_score(full)
        1.0
        >>> structure_score(full.replace("</viking>", ""))  # 11/12 - 2/12
        0.75
        >>> structure_score(full + "<winner>")  # 12/12 - 1/12
        0.9166666667
        >>> structure_score("no tags at all")
        0.0
    """
    return _structure(text, None)


def _tag_text(key: tuple[str, bool]) -> str:
    return f"</{key[0]}>" if key[1] else f"<{key[0]}>"


def _structure(text: str, trace: dict[str, object] | None) -> float:
    first: dict[tuple[str, bool], int] = {}
    count: dict[tuple[str, bool], int] = {}
    for event in _events(text):
        key = (event.name, event.closing)
        count[key] = count.get(key, 0) + 1
        first.setdefault(key, event.start)
    placed = _longest_increasing([_ORDER[key] for key in sorted(first, key=first.__getitem__)])
    duplicated = sum(1 for n in count.values() if n > 1)
    missing = len(CANONICAL) - len(count)
    score = _PLACED * placed - _DUPLICATED * duplicated - _MISSING * missing
    if trace is not None:
        trace.update(
            found=len(count),
            placed=placed,
            misordered=len(count) - placed,
            duplicated=[_tag_text(key) for key, n in count.items() if n > 1],
            missing=[_tag_text(key) for key in _ORDER if key not in count],
        )
    return round(min(1.0, max(0.0, score)), 10)


def explain_structure(text: str) -> tuple[float, dict[str, object]]:
    """:func:`structure_score` and its counts (keys: docs/structure.md, "Explanations").

    Keys: ``found`` (distinct tags of the 12), ``placed`` (in canonical order),
    ``misordered`` (found but not placed), ``duplicated`` and ``missing`` (the tags).

    Examples:
        >>> score, why = explain_structure("<competition><pirate>a</pirate></competition>")
        >>> score, why["placed"], why["missing"][:2]
        (0.0, 4, ['<knight>', '</knight>'])
    """
    trace: dict[str, object] = {}
    return _structure(text, trace), trace


def _blank(text: str) -> bool:
    return not text.strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class PkvFormat:
    """Scorer of :data:`format` (rule: :func:`format_score`).

    Attributes:
        preamble: allow text before ``<competition>`` (for instance a ``<think>`` block from a
            reasoning model) without losing the exact-layout score.
    """

    preamble: bool = False

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: ``preamble`` is not a bool.
        """
        preamble: object = self.preamble
        if not isinstance(preamble, bool):
            msg = f"pkv.format: preamble must be a bool; got {preamble!r}"
            raise ConfigError(msg)

    def __call__(self, sample: Sample, /) -> float:
        """Score one completion."""
        return format_score(sample.text, preamble=self.preamble)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and why (:func:`explain_format`)."""
        return explain_format(sample.text, preamble=self.preamble)


def format_score(text: str, *, preamble: bool = False) -> float:
    r"""Score the exact layout of the construct.

    Rule:

    - **1.0**: the construct tags occurring in the text are exactly the 12 of
      :data:`CANONICAL`, each once, in that order (so the personas and the result sit inside
      the competition and the winner inside the result); only whitespace stands before
      ``<competition>`` (unless ``preamble``), between ``<competition>`` and ``<pirate>``,
      between the persona blocks, between ``</viking>`` and ``<result>``, after ``</winner>``
      up to ``</result>`` and between ``</result>`` and ``</competition>``; and a non-blank
      final answer follows ``</competition>``. The judge's analysis goes inside ``<result>``,
      before ``<winner>``.
    - **0.5**: the 12 tags occur each once in that order, but the layout differs (stray text
      between blocks, analysis after the winner, no final answer, ...).
    - **0.0**: otherwise (a tag missing, duplicated or out of order).

    Args:
        text: the completion text.
        preamble: allow any text before ``<competition>``.

    Returns:
        1.0, 0.5 or 0.0. Never raises.

    Examples:
        >>> full = ("<competition>\n<pirate>a</pirate>\n<knight>b</knight>\n<viking>c</viking>"
        ...         "\n<result>so<winner>pirate</winner></result>\n</competition>\nIt is 4.")
        >>> format_score(full)
        1.0
        >>> format_score(full.replace("It is 4.", ""))
        0.5
        >>> format_score(full.replace("<knight>b</knight>", ""))
        0.0
    """
    return _format(text, preamble, None)


#: The blank gaps of the exact layout: (index of the tag before, index of the tag after).
_GAPS = ((0, 1), (2, 3), (4, 5), (6, 7), (9, 10), (10, 11))


def _first_mismatch(events: list[TagEvent]) -> str:
    """Where the construct tags first differ from :data:`CANONICAL`, in words."""
    for i, key in enumerate(CANONICAL):
        if i >= len(events):
            return f"tag {i + 1}: expected {_tag_text(key)}, found the end"
        found = _key(events[i])
        if found != key:
            return f"tag {i + 1}: expected {_tag_text(key)}, found {_tag_text(found)}"
    return f"tag {len(CANONICAL) + 1}: expected the end, found {_tag_text(_key(events[12]))}"


def _key(event: TagEvent) -> tuple[str, bool]:
    return (event.name, event.closing)


def _format(text: str, preamble: bool, trace: dict[str, object] | None) -> float:
    events = _events(text)
    in_order = len(events) == len(CANONICAL) and all(
        _key(e) == key for e, key in zip(events, CANONICAL, strict=True)
    )
    if trace is not None:
        trace.update(
            tags=len(events),
            in_order=in_order,
            first_mismatch=None if in_order else _first_mismatch(events),
            stray_text=[],
            final_answer=False,
        )
    if not in_order:
        return 0.0
    stray = [] if preamble or _blank(text[: events[0].start]) else ["before <competition>"]
    stray.extend(
        f"between {_tag_text(CANONICAL[a])} and {_tag_text(CANONICAL[b])}"
        for a, b in _GAPS
        if not _blank(text[events[a].end : events[b].start])
    )
    final_answer = not _blank(text[events[-1].end :])
    if trace is not None:
        trace.update(stray_text=stray, final_answer=final_answer)
    return 1.0 if not stray and final_answer else 0.5


def explain_format(text: str, *, preamble: bool = False) -> tuple[float, dict[str, object]]:
    r""":func:`format_score` and why (keys: docs/structure.md, "Explanations").

    Keys: ``tags`` (construct tags found, with repeats), ``in_order`` (exactly the 12 of
    :data:`CANONICAL`, each once, in order), ``first_mismatch`` (where the tags first
    differ from it, else ``None``), ``stray_text`` (the gaps that must be blank but hold
    text), ``final_answer`` (non-blank text after ``</competition>``).

    Examples:
        >>> full = ("<competition><pirate>a</pirate>!<knight>b</knight><viking>c</viking>"
        ...         "<result>so<winner>pirate</winner></result></competition>")
        >>> score, why = explain_format(full)
        >>> score, why["stray_text"], why["final_answer"]
        (0.5, ['between </pirate> and <knight>'], False)
        >>> explain_format(full.replace("<knight>b</knight>", ""))[1]["first_mismatch"]
        'tag 4: expected <knight>, found <viking>'
    """
    trace: dict[str, object] = {}
    return _format(text, preamble, trace), trace


def _winner_content(text: str) -> str | None:
    """Content of the last complete ``<winner>`` block, or ``None``."""
    blocks, _ = match_blocks(scan_tags(text, ("winner",)))
    if not blocks:
        return None
    block = blocks[-1]
    return text[block.content_start : block.content_end]


def _named_personas(content: str) -> tuple[str, set[str]]:
    normal = " ".join(content.lower().split())
    return normal, set(_PERSONA_WORD.findall(normal))


def winner_score(text: str) -> float:
    r"""Score the judge's verdict in ``<winner>``.

    Rule, on the content of the last complete ``<winner>...</winner>`` block, lower-cased with
    whitespace collapsed and stripped:

    - **1.0**: exactly ``pirate``, ``knight`` or ``viking``.
    - **0.5**: exactly one of the three names as a whole word, plus other text
      (``"The Pirate"``, ``"pirate!"``, ``"pirate, clearly pirate"``).
    - **0.0**: no winner block, none of the names, or two or more different names.

    Args:
        text: the completion text.

    Returns:
        1.0, 0.5 or 0.0. Never raises.

    Examples:
        >>> winner_score("<winner> Knight\n</winner>"), winner_score("<winner>the knight</winner>")
        (1.0, 0.5)
        >>> winner_score("<winner>knight or viking</winner>"), winner_score("no verdict")
        (0.0, 0.0)
    """
    return _winner(text, None)


def _winner(text: str, trace: dict[str, object] | None) -> float:
    content = _winner_content(text)
    if trace is not None:
        trace.update(winner=None if content is None else content.strip()[:60], named=[])
    if content is None:
        return 0.0
    normal, names = _named_personas(content)
    if trace is not None:
        trace["named"] = sorted(names)
    if normal in PERSONAS:
        return 1.0
    return 0.5 if len(names) == 1 else 0.0


def explain_winner(text: str) -> tuple[float, dict[str, object]]:
    """:func:`winner_score` and why: ``winner`` (the block's text), ``named`` (personas in it).

    Examples:
        >>> explain_winner("<winner>knight or viking</winner>")
        (0.0, {'winner': 'knight or viking', 'named': ['knight', 'viking']})
    """
    trace: dict[str, object] = {}
    return _winner(text, trace), trace


def extract_winner(text: str) -> str | None:
    """Return the persona the judge named in the last ``<winner>`` block.

    Args:
        text: the completion text.

    Returns:
        ``"pirate"``, ``"knight"`` or ``"viking"`` when the block names exactly one of them
        (:func:`winner_score` > 0), else ``None``.

    Examples:
        >>> extract_winner("<winner>The Viking</winner>")
        'viking'
        >>> extract_winner("<winner>nobody</winner>") is None
        True
    """
    content = _winner_content(text)
    if content is None:
        return None
    _, names = _named_personas(content)
    return names.pop() if len(names) == 1 else None


def persona_sections(text: str) -> dict[str, str]:
    """Return each persona's section: the content of its first complete block, stripped.

    Args:
        text: the completion text.

    Returns:
        A mapping from persona name to section text; a persona without a complete block is
        absent. Never raises.

    Examples:
        >>> persona_sections("<pirate> Arr, 4. </pirate><knight>Verily 4")
        {'pirate': 'Arr, 4.'}
    """
    blocks, _ = match_blocks(scan_tags(text, PERSONAS))
    sections: dict[str, str] = {}
    for block in blocks:
        if block.name not in sections:
            sections[block.name] = text[block.content_start : block.content_end].strip()
    return sections


# --- length ------------------------------------------------------------------------------


def _shape(length: int, optimum: int, max_length: int) -> float:
    if length <= optimum:
        return length / optimum
    if length >= max_length:
        return 0.0
    return 1.0 - (length - optimum) / (max_length - optimum)


def length_score(text: str, *, optimum: int = 600, max_length: int = 1800) -> float:
    """Score the length of each persona's section, averaged over the three personas.

    Rule, per persona, on ``L`` = the number of characters of its section (stripped; 0 when the
    section is missing): ``L / optimum`` up to ``optimum`` (a linear rise from 0 to 1), then
    ``1 - (L - optimum) / (max_length - optimum)`` (a linear fall to 0 at ``max_length``), 0.0
    beyond. The score is the mean of the three.

    Args:
        text: the completion text.
        optimum: the section length that scores 1.0 (characters).
        max_length: the section length from which a section scores 0.0 (characters).

    Returns:
        A score in [0, 1]. Never raises.

    Examples:
        >>> sections = "<pirate>{}</pirate><knight>{}</knight><viking>{}</viking>"
        >>> length_score(sections.format("a" * 600, "b" * 300, "c" * 1200))
        0.6666666666666666
        >>> length_score("no sections")
        0.0
    """
    sections = persona_sections(text)
    return sum(_shape(len(sections.get(p, "")), optimum, max_length) for p in PERSONAS) / len(
        PERSONAS
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PkvLength:
    """Scorer of :data:`length` (rule: :func:`length_score`).

    Attributes:
        optimum: the section length that scores 1.0, in characters (> 0).
        max_length: the section length from which a section scores 0.0 (> ``optimum``).
    """

    optimum: int = 600
    max_length: int = 1800

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: not integers, or not ``0 < optimum < max_length``.
        """
        optimum: object = self.optimum
        max_length: object = self.max_length
        for argument, value in (("optimum", optimum), ("max_length", max_length)):
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                msg = f"pkv.length: {argument} must be a positive int; got {value!r}"
                raise ConfigError(msg)
        if self.max_length <= self.optimum:
            msg = (
                f"pkv.length: max_length must be greater than optimum={self.optimum}; "
                f"got {self.max_length!r}"
            )
            raise ConfigError(msg)

    def __call__(self, sample: Sample, /) -> float:
        """Score one completion."""
        return length_score(sample.text, optimum=self.optimum, max_length=self.max_length)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and each section's length against the optimum (docs/structure.md).

        Keys: ``lengths`` (characters per persona, 0 when missing), ``scores`` (per persona),
        ``optimum``, ``max_length``.
        """
        sections = persona_sections(sample.text)
        lengths = {p: len(sections.get(p, "")) for p in PERSONAS}
        return length_score(sample.text, optimum=self.optimum, max_length=self.max_length), {
            "lengths": lengths,
            "scores": {
                p: round(_shape(n, self.optimum, self.max_length), 4) for p, n in lengths.items()
            },
            "optimum": self.optimum,
            "max_length": self.max_length,
        }


# --- the final answer --------------------------------------------------------------------

_LEAK = lazy_compile(r"<\s*/?\s*(?:competition|pirate|knight|viking|result|winner)\s*/?\s*>", re.I)
#: "answer of 24", "solution is 24", "total: 24": an answer word, a linking phrase, a number.
_ANSWER_PHRASE = lazy_compile(
    r"\b(?:answer|solution|result|total)s?\b"
    r"(?:\s+(?:of|is|was|would\s+be|will\s+be|equals|comes\s+to)|\s*[:=])"
    r"\s*(?:approximately\s+|about\s+|exactly\s+|only\s+|just\s+)?(?:\\?\$\s*)?"
    r"(-?\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+)?\s*%?)",
    re.IGNORECASE,
)
_MARKED_SOURCES = frozenset({"tag", "boxed", "phrase", "gsm8k"})


def final_part(text: str) -> str:
    r"""Return the text after the last ``</competition>`` (``""`` when there is none).

    Examples:
        >>> final_part("<competition>...</competition>\nWe need 24 hives.")
        '\nWe need 24 hives.'
    """
    end = text.rfind("</competition>")
    return "" if end < 0 else text[end + len("</competition>") :]


def has_tag_leak(text: str) -> bool:
    """Return ``True`` when a construct tag appears in ``text``.

    Lenient on purpose: any case, whitespace inside the brackets and self-closing forms
    (``< Winner >``, ``<pirate/>``) count.

    Examples:
        >>> has_tag_leak("The </Winner> is 24."), has_tag_leak("3 < 4 and result > 2")
        (True, False)
    """
    return _LEAK.search(text) is not None


def _answer_in(part: str) -> str | None:
    answer, source = extract_answer_with_source(part)
    if source in _MARKED_SOURCES:
        return answer
    phrase = None
    for phrase in _ANSWER_PHRASE.finditer(part):  # noqa: B007 - the last match wins
        pass
    if phrase is not None:
        number = extract_last_number(phrase.group(1))
        if number is not None:
            return number
    return answer if source != "none" else None


def extract_final_answer(text: str) -> str | None:
    r"""Return the final answer of a PKV completion.

    Rules, in order:

    1. In the final part (after the last ``</competition>``, see :func:`final_part`): a
       ``\boxed{}`` answer, an explicit marker (``the answer is``, ``Final answer:``,
       ``####``; :func:`rewardkit.extract.extract_answer_with_source`), then the last PKV
       answer phrase (``answer of 24``, ``solution is 24``, ``total: 24``), then the last math
       span or number.
    2. When the final part has none of these: the same rules in the winner's section (the
       persona named by :func:`extract_winner`).

    Args:
        text: the completion text.

    Returns:
        The answer text, or ``None``. Never raises.

    Examples:
        >>> extract_final_answer("</competition> The pirate wins this competition with "
        ...     "their answer of 24 hives needed to make 96 candles.")
        '24'
        >>> extract_final_answer("<pirate>So 24 hives.</pirate><winner>pirate</winner>"
        ...     "</competition> The pirate is right.")
        '24'
    """
    answer = _answer_in(final_part(text))
    if answer is not None:
        return answer
    persona = extract_winner(text)
    if persona is None:
        return None
    return _answer_in(persona_sections(text).get(persona, ""))


def correct_score(text: str, gold: str) -> float:
    r"""Score the final answer against the gold answer.

    Rule:

    - **-1.0** when a construct tag leaks into the final part (after the last
      ``</competition>``; :func:`has_tag_leak`), whatever the answer.
    - **+1.0** when the answer of :func:`extract_final_answer` (the final part first, the
      winner's section when the final part has no answer) is equivalent to the gold answer
      (:func:`rewardkit.equivalence.is_equivalent`; a full-solution gold is reduced to its
      answer by :func:`rewardkit.answers.gold_answer`).
    - **0.0** otherwise (wrong, or no answer found).

    Args:
        text: the completion text.
        gold: the gold answer (or a full solution ending in ``\boxed{}`` or ``#### N``).

    Returns:
        1.0, 0.0 or -1.0: the range is [-1, 1]. Never raises.

    Examples:
        >>> done = "<winner>pirate</winner></result></competition>\n"
        >>> correct_score(done + "The pirate wins this competition with their answer of "
        ...               "24 hives needed to make 96 candles.", "24")
        1.0
        >>> correct_score(done + "We need 25 hives.", "24")
        0.0
        >>> correct_score(done + "<pirate>24</pirate>", "24")
        -1.0
    """
    return _correct(text, gold, None)


def _correct(text: str, gold: str, trace: dict[str, object] | None) -> float:
    leak = has_tag_leak(final_part(text))
    if trace is not None:
        trace["tag_leak"] = leak
    if leak:
        return -1.0
    reference = gold_answer(gold)
    answer = extract_final_answer(text)
    if trace is not None:
        trace.update(answer=answer, gold=gold, gold_answer=reference)
    if reference is None or answer is None:
        return 0.0
    if trace is None:
        return 1.0 if is_equivalent(reference, answer) else 0.0
    reasons = explain_equivalence(reference, answer)
    trace.update(rule=reasons["rule"], canonical=reasons["canonical"])
    return 1.0 if reasons["verdict"] is True else 0.0


def explain_correct(text: str, gold: str) -> tuple[float, dict[str, object]]:
    """:func:`correct_score` and why: ``tag_leak``, ``answer``, ``gold``, ``gold_answer``, ``rule``.

    Examples:
        >>> explain_correct("</competition> The answer is 24.", "24")[1]["rule"]
        'identical text'
    """
    trace: dict[str, object] = {}
    return _correct(text, gold, trace), trace


def persona_reflection_score(text: str) -> float:
    """Score self-reflection within each persona's section, averaged over the three personas.

    Rule: :func:`rewardkit.reflect.reflection_score` of each persona's section
    (:func:`persona_sections`; a missing section scores 0.0), averaged. Reflection phrases
    outside the persona sections (in the result or the final answer) do not count.

    Args:
        text: the completion text.

    Returns:
        A score in [0, 1]. Never raises.

    Examples:
        >>> section = "x = 2. " * 40 + "Wait, I made an error: x = -2, since the root is negative."
        >>> text = f"<pirate>{section}</pirate><knight>x is -2.</knight><viking></viking>"
        >>> from rewardkit.reflect import Reflection, reflection, reflection_score
        >>> persona_reflection_score(text) == reflection_score(section) / 3 > 0
        True
        >>> persona_reflection_score("Wait, let me recheck. " * 10)
        0.0
    """
    sections = persona_sections(text)
    return sum(reflection_score(sections.get(p, "")) for p in PERSONAS) / len(PERSONAS)


def explain_persona_reflection(text: str) -> tuple[float, dict[str, object]]:
    """:func:`persona_reflection_score` and why (keys: docs/reflection.md, "Explanations").

    Keys: ``sections`` (per persona with a section: ``chars``, ``score``, ``counted`` (the
    phrases of the events that counted), ``discounted`` (``[phrase, why]`` of the others),
    ``reasoning_scale``, ``stuffed``; as :data:`rewardkit.reflect.reflection` explains them,
    1.0 and ``False`` when no event counted),
    ``missing`` (personas without a complete section: 0.0 each).

    Examples:
        >>> section = "x = 2. " * 40 + "Wait, I made an error: x = -2, since the root is negative."
        >>> score, why = explain_persona_reflection(
        ...     f"<pirate>{section}</pirate><knight>Wait.</knight>")
        >>> score == persona_reflection_score(f"<pirate>{section}</pirate><knight>Wait.</knight>")
        True
        >>> why["sections"]["pirate"]["counted"], why["sections"]["knight"]["discounted"]
        (['wait, i made an error'], [['wait', 'no content after it']])
        >>> why["missing"]
        ['viking']
    """
    scorer = cast(Reflection, reflection.scorer)
    sections = persona_sections(text)
    total = 0.0
    found: dict[str, object] = {}
    for persona in PERSONAS:
        section = sections.get(persona)
        if section is None:
            continue  # scores 0.0
        score, trace = scorer.explain(Sample(section))
        total += score
        counted = cast(list[dict[str, object]], trace.get("counted", []))
        discounted = cast(list[dict[str, object]], trace.get("discounted", []))
        found[persona] = {
            "chars": len(section),
            "score": score,
            "counted": [event["phrase"] for event in counted],
            "discounted": [[event["phrase"], event["why"]] for event in discounted],
            "reasoning_scale": trace.get("reasoning_scale", 1.0),
            "stuffed": trace.get("stuffed", False),
        }
    missing = [persona for persona in PERSONAS if persona not in sections]
    return total / len(PERSONAS), {"sections": found, "missing": missing}
