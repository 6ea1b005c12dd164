"""Tag constructs: a linear tag scanner, declarative tag schemas, and ``think_format``.

Pure functions on text; no I/O. The scanner recognises only the tag names it is asked about,
written exactly as ``<name>`` and ``</name>``; everything else, including a raw ``<`` or ``&`` in
reasoning (``3 < 5``, ``AT&T``), is text. One regex pass finds the tags and one stack pass pairs
them, so the work is linear in the length of the text whatever its nesting (no recursion, no
depth limit).

Why not lxml's recovering parser: it is not faster here (see ``benchmarks/bench_structure.py``)
and it is not correct on model output. ``recover=True`` silently deletes a raw ``<`` and ``&``
from text nodes (``"3 < 5"`` becomes ``"3  5"``), turns ``x<y`` into an element that swallows
the following tags, and stops at libxml2's nesting limit (256) without saying so. Strict parsing
fails on most malformed output.

A :class:`TagSchema` declares a construct (which tags, how often, inside which parent, in which
order, and what may stand outside); :func:`tags` turns one into a :class:`~rewardkit.reward.Reward`
and :data:`think_format` is the ready reward for ``<think>...</think><answer>...</answer>``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rewardkit._lazy import lazy_compile
from rewardkit._validate import field_default
from rewardkit.errors import ConfigError
from rewardkit.reward import Reward, Sample, Spec

__all__ = [
    "LAYOUT_PENALTY",
    "THINK_SCHEMA",
    "Block",
    "TagEvent",
    "TagReport",
    "TagSchema",
    "TagSpec",
    "TagsScorer",
    "check_tags",
    "match_blocks",
    "scan_tags",
    "tags",
    "tags_score",
    "think_format",
    "think_format_score",
]

#: Score lost per violated layout rule (nesting, order, text outside) in :func:`tags_score`.
LAYOUT_PENALTY = 0.25
#: Credit of a tag that has a complete block but is duplicated or has stray tags.
_PARTIAL_CREDIT = 0.5
_NAME = lazy_compile(r"[A-Za-z_][A-Za-z0-9_.:-]*\Z")
_TEXT_RULES = ("allow", "forbid", "require")


class TagEvent(NamedTuple):
    """One opening or closing tag found by :func:`scan_tags`.

    Attributes:
        name: the tag name, spelled as it was asked for.
        closing: ``True`` for ``</name>``.
        start: index of the ``<``.
        end: index just past the ``>``.
    """

    name: str
    closing: bool
    start: int
    end: int


class Block(NamedTuple):
    """A complete ``<name>...</name>`` pair found by :func:`match_blocks`.

    Attributes:
        name: the tag name.
        start: index of the opening ``<``.
        content_start: index just past the opening tag.
        content_end: index of the closing tag's ``<``.
        end: index just past the closing tag.
        parent: index (in the block list) of the nearest enclosing block, or -1 at top level.
    """

    name: str
    start: int
    content_start: int
    content_end: int
    end: int
    parent: int


@lru_cache(maxsize=64)
def _tag_pattern(names: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(f"<(/?)({alternation})>", flags)


def scan_tags(text: str, names: Sequence[str], *, case_sensitive: bool = True) -> list[TagEvent]:
    """Find every ``<name>`` and ``</name>`` of the given names, in order.

    Only exact tags count: no attributes, no whitespace inside the angle brackets. Any other
    ``<`` is text. One regex pass: linear in ``len(text)``.

    Args:
        text: the completion text.
        names: the tag names to look for.
        case_sensitive: when ``False``, ``<THINK>`` is also a ``think`` tag (reported under the
            spelling given in ``names``).

    Returns:
        The tags in document order (empty when ``names`` is empty or none occurs).

    Examples:
        >>> [(t.name, t.closing) for t in scan_tags("<a>3 < 5</a><b>", ("a", "b"))]
        [('a', False), ('a', True), ('b', False)]
    """
    if not names:
        return []
    spelled = {n if case_sensitive else n.lower(): n for n in names}
    pattern = _tag_pattern(tuple(sorted(spelled.values())), case_sensitive)
    events = []
    for match in pattern.finditer(text):
        name = match.group(2)
        name = spelled[name if case_sensitive else name.lower()]
        events.append(TagEvent(name, match.group(1) == "/", match.start(), match.end()))
    return events


def match_blocks(events: Sequence[TagEvent]) -> tuple[list[Block], list[TagEvent]]:
    """Pair opening and closing tags into blocks, the way an HTML parser recovers.

    A closing tag closes the innermost open tag of its name; open tags above it are left
    unclosed. A closing tag with no open tag of its name is stray. Blocks found this way never
    cross, so each has a well-defined parent. Linear in ``len(events)``.

    Args:
        events: tags from :func:`scan_tags`, in document order.

    Returns:
        ``(blocks, strays)``: blocks ordered by their opening tag, and the unpaired tags in
        document order.

    Examples:
        >>> events = scan_tags("<a><b>x</a></b>", ("a", "b"))
        >>> blocks, strays = match_blocks(events)
        >>> [(b.name, b.parent) for b in blocks], [(s.name, s.closing) for s in strays]
        ([('a', -1)], [('b', False), ('b', True)])
    """
    stack: list[TagEvent] = []
    open_count: dict[str, int] = {}
    pairs: list[tuple[TagEvent, TagEvent]] = []
    strays: list[TagEvent] = []
    for event in events:
        if not event.closing:
            stack.append(event)
            open_count[event.name] = open_count.get(event.name, 0) + 1
        elif open_count.get(event.name, 0) == 0:
            strays.append(event)
        else:
            while True:
                top = stack.pop()
                open_count[top.name] -= 1
                if top.name == event.name:
                    pairs.append((top, event))
                    break
                strays.append(top)
    strays.extend(stack)
    strays.sort(key=lambda e: e.start)
    pairs.sort(key=lambda p: p[0].start)
    blocks: list[Block] = []
    enclosing: list[int] = []  # indices of blocks that contain the current position
    for opening, closing in pairs:
        while enclosing and blocks[enclosing[-1]].end <= opening.start:
            enclosing.pop()
        parent = enclosing[-1] if enclosing else -1
        blocks.append(
            Block(opening.name, opening.start, opening.end, closing.start, closing.end, parent)
        )
        enclosing.append(len(blocks) - 1)
    return blocks, strays


@dataclass(frozen=True, slots=True, kw_only=True)
class TagSpec:
    """One tag of a :class:`TagSchema`.

    Attributes:
        name: the tag name (letters, digits, ``_ . : -``; not starting with a digit).
        parent: the tag it must sit directly inside, or ``None`` for top level.
        min_count: fewest complete blocks allowed (0 makes the tag optional).
        max_count: most complete blocks allowed, or ``None`` for no limit.

    Counts are over the whole text, not per parent block.
    """

    name: str
    parent: str | None = None
    min_count: int = 1
    max_count: int | None = 1

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: a bad name or cardinality.
        """
        if not isinstance(self.name, str) or not _NAME.match(self.name):
            msg = f"TagSpec.name must be a tag name such as 'think'; got {self.name!r}"
            raise ConfigError(msg)
        if self.parent is not None and (
            not isinstance(self.parent, str) or not _NAME.match(self.parent)
        ):
            msg = f"TagSpec.parent must be a tag name or None; got {self.parent!r}"
            raise ConfigError(msg)
        if isinstance(self.min_count, bool) or not isinstance(self.min_count, int):
            msg = f"TagSpec.min_count must be an int >= 0; got {self.min_count!r}"
            raise ConfigError(msg)
        if self.min_count < 0:
            msg = f"TagSpec.min_count must be an int >= 0; got {self.min_count!r}"
            raise ConfigError(msg)
        if self.max_count is not None and (
            isinstance(self.max_count, bool)
            or not isinstance(self.max_count, int)
            or self.max_count < max(1, self.min_count)
        ):
            msg = (
                f"TagSpec.max_count must be None or an int >= max(1, min_count="
                f"{self.min_count}); got {self.max_count!r}"
            )
            raise ConfigError(msg)


@dataclass(frozen=True, slots=True, kw_only=True)
class TagSchema:
    """A tag construct: which tags, how often, where, in which order, what may stand outside.

    Attributes:
        tags: the tags, in their required order among siblings; a parent must be declared
            before its children.
        ordered: siblings must appear in the order of ``tags``.
        before: text before the first top-level block: ``"allow"``, ``"forbid"`` (whitespace
            only) or ``"require"`` (some non-whitespace text).
        between: text between consecutive top-level blocks, same choices.
        after: text after the last top-level block, same choices.
        case_sensitive: ``<THINK>`` is not a ``think`` tag unless this is ``False``.

    Text *inside* a block is always allowed.

    Examples:
        >>> schema = TagSchema(tags=(TagSpec(name="think"), TagSpec(name="answer")),
        ...                    before="forbid", between="forbid", after="forbid")
        >>> schema.names
        ('think', 'answer')
    """

    tags: tuple[TagSpec, ...] = ()
    ordered: bool = True
    before: str = "allow"
    between: str = "allow"
    after: str = "allow"
    case_sensitive: bool = True
    _index: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: no tags, duplicate names, an undeclared or later-declared parent, or a
                text rule that is not one of ``allow``, ``forbid``, ``require``.
        """
        if not isinstance(self.tags, tuple) or not self.tags:
            msg = f"TagSchema.tags must be a non-empty tuple of TagSpec; got {self.tags!r}"
            raise ConfigError(msg)
        index: dict[str, int] = {}
        for i, item in enumerate(self.tags):
            spec: object = item
            if not isinstance(spec, TagSpec):
                msg = f"TagSchema.tags[{i}] must be a TagSpec; got {spec!r}"
                raise ConfigError(msg)
            if spec.name in index:
                msg = f"TagSchema.tags: tag {spec.name!r} is declared twice"
                raise ConfigError(msg)
            if spec.parent is not None and spec.parent not in index:
                msg = (
                    f"TagSchema.tags[{i}]: parent {spec.parent!r} of {spec.name!r} must be "
                    f"declared before it; declared so far: {sorted(index)}"
                )
                raise ConfigError(msg)
            index[spec.name] = i
        for attribute in ("before", "between", "after"):
            value = getattr(self, attribute)
            if value not in _TEXT_RULES:
                msg = f"TagSchema.{attribute} must be one of {list(_TEXT_RULES)}; got {value!r}"
                raise ConfigError(msg)
        for attribute in ("ordered", "case_sensitive"):
            if not isinstance(getattr(self, attribute), bool):
                msg = f"TagSchema.{attribute} must be a bool; got {getattr(self, attribute)!r}"
                raise ConfigError(msg)
        object.__setattr__(self, "_index", index)

    @property
    def names(self) -> tuple[str, ...]:
        """The tag names, in declaration order."""
        return tuple(spec.name for spec in self.tags)

    @classmethod
    def sequence(cls, *names: str, strict: bool = False) -> TagSchema:
        """A schema of required top-level tags, each once, in the given order.

        Args:
            *names: the tag names.
            strict: forbid non-whitespace text before, between and after the blocks.

        Raises:
            ConfigError: no names, or a bad or repeated name.

        Examples:
            >>> TagSchema.sequence("reasoning", "answer", strict=True).between
            'forbid'
        """
        rule = "forbid" if strict else "allow"
        return cls(
            tags=tuple(TagSpec(name=n) for n in names), before=rule, between=rule, after=rule
        )


@dataclass(frozen=True, slots=True)
class TagReport:
    """What :func:`check_tags` found, and the score it gives.

    Attributes:
        score: the score of :func:`tags_score`, in [0, 1].
        counts: complete blocks per declared tag.
        strays: unpaired tags per declared tag.
        credits: the per-tag credit (1.0, 0.5 or 0.0) per declared tag.
        violations: the layout rules broken, among ``"nesting"``, ``"order"``, ``"text"``.
    """

    score: float
    counts: dict[str, int]
    strays: dict[str, int]
    credits: dict[str, float]
    violations: tuple[str, ...]


def _text_ok(text: str, rule: str) -> bool:
    if rule == "forbid":
        return not text.strip()
    if rule == "require":
        return bool(text.strip())
    return True


def check_tags(text: str, schema: TagSchema, *, prefilled: bool = False) -> TagReport:
    """Check ``text`` against ``schema`` and explain the score (see :func:`tags_score`).

    Args:
        text: the completion text.
        schema: the construct to check.
        prefilled: the chat template already wrote the opening tag of the schema's first tag,
            so the completion starts inside it (``"...</think><answer>4</answer>"``). If the
            completion writes that opening tag again at its very start, it is not doubled.

    Returns:
        A :class:`TagReport`; never raises on any text.

    Examples:
        >>> report = check_tags("<answer>4</answer><think>hm</think>", THINK_SCHEMA)
        >>> report.score, report.violations
        (0.75, ('order',))
    """
    names = schema.names
    first = names[0]
    if prefilled and not text.lstrip().startswith(f"<{first}>"):
        text = f"<{first}>{text}"
    events = scan_tags(text, names, case_sensitive=schema.case_sensitive)
    counts = dict.fromkeys(names, 0)
    stray_counts = dict.fromkeys(names, 0)
    if not events:
        return TagReport(0.0, counts, stray_counts, dict.fromkeys(names, 0.0), ())
    blocks, strays = match_blocks(events)
    for block in blocks:
        counts[block.name] += 1
    for stray in strays:
        stray_counts[stray.name] += 1
    credits: dict[str, float] = {}
    for spec in schema.tags:
        n, s = counts[spec.name], stray_counts[spec.name]
        too_many = spec.max_count is not None and n > spec.max_count
        if n < spec.min_count:
            credits[spec.name] = 0.0
        elif too_many or s:
            credits[spec.name] = _PARTIAL_CREDIT if n else 0.0
        else:
            credits[spec.name] = 1.0
    violations: list[str] = []
    index = schema._index
    specs = schema.tags
    if any(
        specs[index[b.name]].parent != (blocks[b.parent].name if b.parent >= 0 else None)
        for b in blocks
    ):
        violations.append("nesting")
    if schema.ordered:
        last_seen: dict[int, int] = {}  # parent block index -> last sibling's schema index
        for b in blocks:
            position = index[b.name]
            if position < last_seen.get(b.parent, -1):
                violations.append("order")
                break
            last_seen[b.parent] = position
    top = [b for b in blocks if b.parent < 0]
    if top:
        gaps = [text[a.end : b.start] for a, b in itertools.pairwise(top)]
        between_ok = all(_text_ok(gap, schema.between) for gap in gaps)
        if not (
            _text_ok(text[: top[0].start], schema.before)
            and between_ok
            and _text_ok(text[top[-1].end :], schema.after)
        ):
            violations.append("text")
    mean = sum(credits.values()) / len(credits)
    score = max(0.0, mean - LAYOUT_PENALTY * len(violations))
    return TagReport(score, counts, stray_counts, credits, tuple(violations))


def tags_score(text: str, schema: TagSchema, *, prefilled: bool = False) -> float:
    r"""Score how well ``text`` follows a tag ``schema``.

    Rule:

    1. Only the schema's tags count, written exactly ``<name>`` / ``</name>``
       (:func:`scan_tags`); they are paired into blocks (:func:`match_blocks`).
    2. No schema tag at all: **0.0**.
    3. Each declared tag earns a credit: **1.0** when its number of complete blocks is within
       ``[min_count, max_count]`` and none of its tags is unpaired; **0.5** when it has at
       least one complete block but too many (duplicated) or an unpaired tag; **0.0** when it
       has fewer complete blocks than ``min_count`` (missing, or never closed).
    4. Each broken layout rule costs :data:`LAYOUT_PENALTY` (0.25): *nesting* (a block not
       directly inside its declared parent), *order* (siblings out of schema order, when
       ``ordered``), *text* (text before / between / after the top-level blocks breaking the
       ``before`` / ``between`` / ``after`` rule).
    5. Score = max(0, mean credit - 0.25 x broken rules).

    Args:
        text: the completion text.
        schema: the construct to check.
        prefilled: see :func:`check_tags`.

    Returns:
        A score in [0, 1]: 1.0 for a construct that follows the schema exactly; never raises.

    Examples:
        >>> tags_score("<think>2+2</think>\n<answer>4</answer>", THINK_SCHEMA)
        1.0
        >>> tags_score("<answer>4</answer>", THINK_SCHEMA)
        0.5
    """
    return check_tags(text, schema, prefilled=prefilled).score


#: ``<think>...</think>`` then ``<answer>...</answer>``, only whitespace around them.
THINK_SCHEMA = TagSchema(
    tags=(TagSpec(name="think"), TagSpec(name="answer")),
    before="forbid",
    between="forbid",
    after="forbid",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class TagsScorer:
    """Scorer of :func:`tags` and :data:`think_format`: :func:`tags_score` against ``schema``.

    Its fields are the options of ``reward.configure(...)``.

    Attributes:
        schema: the construct to check (default :data:`THINK_SCHEMA`).
        prefilled: the chat template prefilled the opening tag of the schema's first tag.

    Examples:
        >>> from rewardkit import think_format
        >>> think_format.score("<think>2+2</think><answer>4</answer>")
        1.0
        >>> think_format.configure(prefilled=True).score("2+2</think><answer>4</answer>")
        1.0
    """

    schema: TagSchema = THINK_SCHEMA
    prefilled: bool = False

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: ``schema`` is not a TagSchema or ``prefilled`` not a bool.
        """
        schema: object = self.schema
        prefilled: object = self.prefilled
        if not isinstance(schema, TagSchema):
            msg = f"schema must be a TagSchema; got {schema!r}"
            raise ConfigError(msg)
        if not isinstance(prefilled, bool):
            msg = f"prefilled must be a bool; got {self.prefilled!r}"
            raise ConfigError(msg)

    def __call__(self, sample: Sample, /) -> float:
        """Score one completion."""
        return tags_score(sample.text, self.schema, prefilled=self.prefilled)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and its :func:`check_tags` report (keys: docs/structure.md).

        Keys: ``found`` (complete blocks per tag), ``missing`` (tags with fewer blocks than
        their ``min_count``), ``duplicated`` (more than ``max_count``), ``unpaired`` (unpaired
        tags per tag), ``credits`` (per tag), ``violations`` (``nesting``, ``order``,
        ``text``: each costs 0.25).
        """
        report = check_tags(sample.text, self.schema, prefilled=self.prefilled)
        specs = self.schema.tags
        return report.score, {
            "found": report.counts,
            "missing": [t.name for t in specs if report.counts[t.name] < t.min_count],
            "duplicated": [
                t.name
                for t in specs
                if t.max_count is not None and report.counts[t.name] > t.max_count
            ],
            "unpaired": {name: n for name, n in report.strays.items() if n},
            "credits": report.credits,
            "violations": list(report.violations),
        }


def tags(
    schema: TagSchema | Sequence[str],
    *,
    name: str | None = None,
    prefilled: bool = field_default(TagsScorer, "prefilled"),
) -> Reward:
    """Build a Reward scoring completions against a tag schema (rule: :func:`tags_score`).

    Args:
        schema: a :class:`TagSchema`, or tag names for :meth:`TagSchema.sequence` (required,
            ordered, top-level, any text around them).
        name: the reward's name; default ``"tags(<name>,<name>...)"``.
        prefilled: the chat template prefilled the opening tag of the first declared tag.

    Returns:
        A Reward in [0, 1]; failure value 0.0.

    Raises:
        ConfigError: a bad schema, name or ``prefilled``.

    Examples:
        >>> plan = tags(["plan", "code"])
        >>> plan.name, plan.score("<plan>loop</plan> then <code>for x in y: pass</code>")
        ('tags_schemaplan_code', 1.0)
        >>> plan.score("<code>print()</code>")
        0.5
    """
    if not isinstance(schema, TagSchema):
        if isinstance(schema, str) or not isinstance(schema, Sequence):
            msg = f"schema must be a TagSchema or a sequence of tag names; got {schema!r}"
            raise ConfigError(msg)
        schema = TagSchema.sequence(*schema)
    spec = Spec("tags", (("schema", list(schema.names)),))
    return Reward(
        name=spec.name if name is None else name,
        spec=spec,
        scorer=TagsScorer(schema=schema, prefilled=prefilled),
        summary="tag construct: mean per-tag credit minus 0.25 per layout rule broken",
    )


def think_format_score(text: str, *, prefilled: bool = False) -> float:
    r"""Score the ``<think>...</think><answer>...</answer>`` format.

    :func:`tags_score` with :data:`THINK_SCHEMA` (each tag once, think first, only whitespace
    before, between and after; contents may span lines). Exact values:

    - **1.0**: exactly one think block followed by one answer block.
    - **0.75**: one tag duplicated (``<think>`` twice); or text outside the blocks; or the
      blocks in the wrong order; or the answer nested inside the think block.
    - **0.5**: one block missing or never closed, with the other correct; or both duplicated.
    - **0.25**: one block missing and text outside (e.g. an unclosed ``<think>``).
    - **0.0**: no think/answer tag at all.

    Args:
        text: the completion text.
        prefilled: the chat template ended the prompt with ``<think>``, so the completion
            starts inside the think block (``"2+2 is 4</think><answer>4</answer>"`` scores 1.0).

    Returns:
        A score in [0, 1]; never raises.

    Examples:
        >>> think_format_score("<think>\n2+2\n</think>\n<answer>\n4\n</answer>\n")
        1.0
        >>> think_format_score("<think>a</think><think>b</think><answer>4</answer>")
        0.75
        >>> think_format_score("2+2</think><answer>4</answer>", prefilled=True)
        1.0
        >>> think_format_score("The answer is 4.")
        0.0
    """
    return tags_score(text, THINK_SCHEMA, prefilled=prefilled)


#: ``<think>...</think><answer>...</answer>`` format reward (:func:`think_format_score`);
#: ``think_format.configure(prefilled=True)`` for templates that prefill ``<think>``.
think_format = Reward(
    name="think_format",
    scorer=TagsScorer(schema=THINK_SCHEMA),
    summary="1.0 for one <think> block then one <answer> block, less when duplicated/missing",
)
