"""The Reward object: the one adapter between trainers and pure per-text scorers.

Every reward in rewardkit is a :class:`Reward`. A Reward holds a *scorer* (a picklable callable
that scores one :class:`Sample`), its name, its bounds and the dataset columns it reads. Its
``__call__`` is TRL's reward-function signature, so ``GRPOTrainer(reward_funcs=[boxed_correct])``
works as-is. All argument handling lives here and nowhere else:

- completions in the standard (string) or conversational (message list) format are turned into
  text once per call by :func:`rewardkit.text.completion_text`;
- dataset columns arrive as keyword lists aligned with the completions; ``trainer_state``,
  ``log_extra`` and ``log_metric`` are accepted and kept on the :class:`Batch`;
- a reward that needs a gold answer names its columns (``("answer", "solution")`` by default);
  when none is passed it raises :class:`~rewardkit.errors.ConfigError` at once, naming the
  columns it expected and the columns it got;
- exactly one value per completion: a ``float``, or ``None`` for "not applicable";
- the single broad ``except`` of the library sits in :meth:`Reward.score_batch`: whatever a
  scorer raises on one completion, that completion gets the reward's documented failure value.

Scorers are module-level functions wrapped by :class:`TextScorer` / :class:`GoldScorer`, or frozen
dataclasses with a ``__call__(sample)`` (their fields are the reward's options, changed with
:meth:`Reward.configure`). A scorer may also define ``batch(batch) -> list`` to vectorise, or
``score_texts(texts, golds) -> list`` (the texts and gold answers of the batch: no
:class:`Sample` is built); each is tested against the per-item path.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import numbers
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast, runtime_checkable

from rewardkit._lazy import lazy_compile
from rewardkit.errors import ConfigError
from rewardkit.explanation import Explanation, trainer_logging
from rewardkit.text import completion_text, prompt_text

__all__ = [
    "GOLD_COLUMNS",
    "Batch",
    "BatchScorer",
    "GoldScorer",
    "Reward",
    "Sample",
    "Scorer",
    "TextScorer",
]

_log = logging.getLogger("rewardkit")

#: Default gold-answer columns, in order of preference (per row, the first non-empty wins).
GOLD_COLUMNS: tuple[str, ...] = ("answer", "solution")

#: Keyword arguments a trainer passes that are not dataset columns.
_TRAINER_KEYWORDS = frozenset({"trainer_state", "log_extra", "log_metric"})


@dataclass(frozen=True, slots=True)
class Sample:
    """One completion to score, with what the dataset says about it.

    Attributes:
        text: the completion as text (see :func:`rewardkit.text.completion_text`).
        gold: the gold answer as a string, when the reward reads one and the row has it.
        prompt: the prompt as text, when the trainer passed prompts (never scored).
        completion_ids: the completion's token ids, when the trainer passed them.
        row: every dataset column's value for this row.

    Examples:
        >>> Batch.from_trainer(["It is 4."], answer=["4"]).samples(("answer",))[0]
        Sample(text='It is 4.', gold='4', prompt=None, completion_ids=None, row={'answer': '4'})
    """

    text: str
    gold: str | None = None
    prompt: str | None = None
    completion_ids: Sequence[int] | None = None
    row: Mapping[str, object] = field(default_factory=dict)


@runtime_checkable
class Scorer(Protocol):
    """The shape of a scorer: one :class:`Sample` in, one score (or ``None``) out."""

    def __call__(self, sample: Sample, /) -> float | None:
        """Score one sample."""


@runtime_checkable
class BatchScorer(Scorer, Protocol):
    """A scorer with a vectorised path over a whole :class:`Batch`."""

    def batch(self, batch: Batch, /) -> Sequence[float | None]:
        """Score every completion of the batch, in order."""


#: Row keys :meth:`Batch.from_rows` never passes to rewards as dataset columns.
_ROW_NOT_COLUMNS = frozenset({"completions", "prompts", "completion_ids", *_TRAINER_KEYWORDS})


#: Sequence types read without abstract-class checks (``type(x) in`` is exact: no subclass).
_PLAIN_SEQUENCES = (list, tuple)
#: The one element type a plain list of completions may hold to be kept as it is.
_STR_ONLY = frozenset({str})


def _token_ids(value: object) -> list[int] | None:
    if isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return value
    return None


def _is_row_aligned(value: object, n: int) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, (str, bytes, bytearray))
        and len(value) == n
    )


def _as_column(value: object) -> Sequence[object] | None:
    """``value`` as a column: any sequence but text, a 1-D numpy array or a pandas Series.

    Arrays and Series are converted with their ``tolist()`` (no numpy import here); anything
    else (a scalar, text, a 2-D array, a DataFrame) is not a column: ``None``.
    """
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray)):
        return value
    if getattr(value, "ndim", None) == 1 and callable(getattr(value, "tolist", None)):
        converted = value.tolist()  # type: ignore[attr-defined]
        return converted if isinstance(converted, list) else None
    return None


def _type_name(value: object) -> str:
    kind = type(value)
    package = kind.__module__.split(".")[0]
    return kind.__qualname__ if package == "builtins" else f"{package}.{kind.__qualname__}"


def _column_problem(name: str, value: object, n: int) -> str:
    """Why ``value``, passed as ``name``, is not a column aligned with ``n`` completions."""
    column = _as_column(value)
    if column is not None:
        rows = len(column)
        return f"{name!r} has {rows} row{'' if rows == 1 else 's'}, expected {n}"
    shape = getattr(value, "shape", None)
    got = _type_name(value) + (f" of shape {tuple(shape)}" if isinstance(shape, tuple) else "")
    return (
        f"{name!r} got a {got}: pass a 1-D sequence (a list, tuple, 1-D numpy array or "
        f"pandas Series) with one value per completion ({n})"
    )


def _gold_text(value: object) -> str | None:
    """A gold cell as text; ``None`` (not applicable) for anything that is not an answer.

    Strings are kept unless blank; integers (numpy's too) become their digits, unless longer
    than Python converts (``sys.get_int_max_str_digits()``, 4300 by default); finite real
    numbers (floats, numpy floats, ``Fraction``) become ``str(value)``. ``None``, booleans,
    NaN, infinities, bytes, lists, dicts, complex numbers, pandas ``NA`` and other objects
    are missing. Never raises.

    Examples:
        >>> [_gold_text(v) for v in ("4", " ", 4, 10**5000, float("nan"), b"4", ["4"])]
        ['4', None, '4', None, None, None, None]
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    try:
        if isinstance(value, numbers.Integral):
            return str(int(value))
        if isinstance(value, numbers.Real) and math.isfinite(float(value)):
            return str(value)
    except (ValueError, OverflowError, TypeError):  # huge integers, odd Real subclasses
        return None
    return None


class Batch:
    """One trainer call, converted once and shared by every reward that scores it.

    Build it with :meth:`from_trainer` (what :meth:`Reward.__call__` does). Combinators hand the
    same Batch to each of their rewards, so texts and samples are computed once.

    Attributes:
        texts: the completions as text.
        prompts: the prompts as text, or ``None`` when the trainer passed none.
        completion_ids: token ids per completion, or ``None``.
        columns: dataset columns aligned with the completions.
        extras: other keyword arguments (not row-aligned), ``trainer_state`` among them.

    Examples:
        >>> chat = [{"role": "assistant", "content": "4"}]
        >>> batch = Batch.from_trainer([chat, "5"], answer=["4", "4"], trainer_state=None)
        >>> batch.texts, batch.gold(("answer",), "demo"), sorted(batch.extras)
        (('4', '5'), ['4', '4'], ['trainer_state'])
    """

    __slots__ = ("_samples", "columns", "completion_ids", "extras", "prompts", "texts")

    def __init__(
        self,
        texts: Sequence[str],
        *,
        prompts: Sequence[str] | None = None,
        completion_ids: Sequence[Sequence[int] | None] | None = None,
        columns: Mapping[str, Sequence[object]] | None = None,
        extras: Mapping[str, object] | None = None,
    ) -> None:
        """Hold already-converted texts and aligned columns (see :meth:`from_trainer`)."""
        self.texts: tuple[str, ...] = tuple(texts)
        self.prompts = None if prompts is None else tuple(prompts)
        self.completion_ids = None if completion_ids is None else tuple(completion_ids)
        self.columns: dict[str, Sequence[object]] = {} if columns is None else dict(columns)
        self.extras: dict[str, object] = {} if extras is None else dict(extras)
        self._samples: dict[tuple[str, ...], list[Sample]] = {}

    @classmethod
    def from_trainer(
        cls,
        completions: Sequence[object],
        prompts: Sequence[object] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **columns: Any,
    ) -> Batch:
        """Convert TRL's reward-function arguments into a Batch.

        Keyword arguments that are sequences (lists, tuples, 1-D numpy arrays, pandas Series)
        as long as ``completions`` are dataset columns; anything else (``trainer_state``,
        ``log_extra``, ``log_metric``, a scalar, a column of another length) is kept in
        :attr:`extras`, and a reward that needs it says what is wrong with it.

        Raises:
            ConfigError: ``completions`` is not a sequence, or ``prompts`` /
                ``completion_ids`` are not aligned with it.
        """
        # Plain lists and tuples (what most trainers pass) skip the abstract-class checks of
        # the general path; what they accept and the errors they raise are the same.
        plain = type(completions) in _PLAIN_SEQUENCES
        if (
            plain
            and not columns
            and prompts is None
            and completion_ids is None
            and set(map(type, completions)) <= _STR_ONLY
        ):  # strings alone (one text per call is common): what the general path builds
            return cls(cast("Sequence[str]", completions))
        if not plain and (
            isinstance(completions, (str, bytes)) or not isinstance(completions, Sequence)
        ):
            msg = (
                "completions must be a list of completions (strings or message lists); "
                f"got {type(completions).__name__}"
            )
            raise ConfigError(msg)
        n = len(completions)
        for argument, value in (("prompts", prompts), ("completion_ids", completion_ids)):
            if value is None or (type(value) in _PLAIN_SEQUENCES and len(value) == n):
                continue
            if not _is_row_aligned(value, n):
                got = len(value) if isinstance(value, Sequence) else type(value).__name__
                msg = f"{argument} must be a list aligned with the {n} completions; got {got}"
                raise ConfigError(msg)
        aligned: dict[str, Sequence[object]] = {}
        extras: dict[str, object] = {}
        for name, value in columns.items():
            if name in _TRAINER_KEYWORDS:
                column = None
            elif type(value) in _PLAIN_SEQUENCES:
                column = value
            else:
                column = _as_column(value)
            if column is not None and len(column) == n:
                aligned[name] = column
            else:
                extras[name] = value
        if plain and set(map(type, completions)) <= _STR_ONLY:
            texts = cast("Sequence[str]", completions)  # completion_text(c) is c itself
        else:
            texts = [completion_text(c) for c in completions]
        return cls(
            texts,
            prompts=None if prompts is None else [prompt_text(p) for p in prompts],
            completion_ids=completion_ids,
            columns=aligned,
            extras=extras,
        )

    @classmethod
    def from_rows(
        cls,
        rows: Sequence[Mapping[str, object]],
        *,
        completion_field: str = "completion",
        prompt_field: str | None = "prompt",
        extras: Mapping[str, object] | None = None,
    ) -> Batch:
        """Build a Batch from dict rows (JSONL records, a dataset's rows, a server's requests).

        Every key other than the completion and prompt fields becomes a column (a row without
        it holds ``None``, as ``"key": null`` would); prompts are passed when any row has one
        (never with ``prompt_field=None``); a row's ``completion_ids`` (a list of ints) are its
        token ids; ``extras`` are passed as trainer keywords (``trainer_state``, ...).

        Examples:
            >>> rows = [{"completion": "4", "answer": "4", "prompt": "2+2?"}, {"completion": "5"}]
            >>> batch = Batch.from_rows(rows)
            >>> batch.texts, batch.prompts, batch.columns
            (('4', '5'), ('2+2?', ''), {'answer': ['4', None]})
        """
        keys: dict[str, None] = {}
        for row in rows:
            keys.update(dict.fromkeys(row))
        for key in (completion_field, prompt_field, *_ROW_NOT_COLUMNS):
            keys.pop(key, None)  # type: ignore[arg-type]
        has_prompts = prompt_field is not None and any(prompt_field in row for row in rows)
        batch = cls.from_trainer(
            [row.get(completion_field) for row in rows],
            [row.get(prompt_field) for row in rows] if prompt_field and has_prompts else None,
            None,
            **{key: [row.get(key) for row in rows] for key in keys},
        )
        batch.extras.update(extras or {})
        if any("completion_ids" in row for row in rows):
            batch.completion_ids = tuple(_token_ids(row.get("completion_ids")) for row in rows)
        return batch

    def __len__(self) -> int:
        """Number of completions."""
        return len(self.texts)

    @property
    def global_step(self) -> int | None:
        """``trainer_state.global_step`` when the trainer passed a state, else ``None``."""
        state = self.extras.get("trainer_state")
        step = state.get("global_step") if isinstance(state, Mapping) else None
        if step is None:
            step = getattr(state, "global_step", None)
        return step if isinstance(step, int) and not isinstance(step, bool) else None

    def require(self, names: Sequence[str], reward: str) -> None:
        """Raise :class:`ConfigError` unless every column in ``names`` was passed.

        Raises:
            ConfigError: naming the reward, the missing column and the columns passed.
        """
        for name in names:
            if name in self.extras:
                msg = f"{reward}: {_column_problem(name, self.extras[name], len(self.texts))}"
                raise ConfigError(msg)
            if name not in self.columns:
                msg = (
                    f"{reward}: no {name!r} column: expected a list aligned with the "
                    f"completions; got columns {sorted(self.columns)}"
                )
                raise ConfigError(msg)

    def gold(self, names: Sequence[str], reward: str) -> list[str | None]:
        """The gold answer of each row: per row, the first non-empty of the ``names`` columns.

        Raises:
            ConfigError: none of ``names`` was passed as a column; the message says what is
                wrong with the one passed (its length, its type), or names the expected
                columns and those that were passed.

        Examples:
            >>> Batch.from_trainer(["4"] * 5, answer=["4"]).gold(("answer",), "demo")
            Traceback (most recent call last):
            ...
            rewardkit.errors.ConfigError: demo: 'answer' has 1 row, expected 5
        """
        present = [self.columns[name] for name in names if name in self.columns]
        if not present:
            for name in names:
                if name in self.extras:
                    problem = _column_problem(name, self.extras[name], len(self.texts))
                    msg = f"{reward}: {problem}"
                    raise ConfigError(msg)
            expected = ", ".join(repr(name) for name in names)
            msg = (
                f"{reward}: no gold column: expected one of {expected}; "
                f"got columns {sorted(self.columns)}"
            )
            raise ConfigError(msg)
        golds: list[str | None] = []
        for i in range(len(self.texts)):
            value = None
            for column in present:
                value = _gold_text(column[i])
                if value is not None:
                    break
            golds.append(value)
        return golds

    def samples(self, gold: tuple[str, ...] = (), reward: str = "reward") -> list[Sample]:
        """One :class:`Sample` per completion, gold read from the ``gold`` columns (if any).

        Cached per ``gold`` tuple, so rewards sharing a Batch build samples once.
        """
        cached = self._samples.get(gold)
        if cached is not None:
            return cached
        golds = self.gold(gold, reward) if gold else [None] * len(self.texts)
        names = list(self.columns)
        values = [self.columns[name] for name in names]
        prompts = self.prompts
        ids = self.completion_ids
        samples = [
            Sample(
                text,
                golds[i],
                None if prompts is None else prompts[i],
                None if ids is None else ids[i],
                dict(zip(names, (column[i] for column in values), strict=True)),
            )
            for i, text in enumerate(self.texts)
        ]
        self._samples[gold] = samples
        return samples


@dataclass(frozen=True, slots=True)
class TextScorer:
    """Adapt a module-level ``fn(text) -> float | None`` into a :class:`Scorer`."""

    fn: Callable[[str], float | None] = field(metadata={"option": False})
    #: ``explainer(text) -> (score, details)``, sharing ``fn``'s code path (optional).
    explainer: Callable[[str], tuple[float | None, dict[str, object]]] | None = field(
        default=None, metadata={"option": False}
    )

    def __call__(self, sample: Sample, /) -> float | None:
        """Score the sample's text."""
        return self.fn(sample.text)

    def score_texts(
        self,
        texts: Sequence[str],
        golds: Sequence[str | None],  # noqa: ARG002 - the shape every score_texts has
        /,
    ) -> list[float | None]:
        """:meth:`__call__` of each text, without building samples (golds are not read)."""
        fn = self.fn
        return [fn(text) for text in texts]

    def explain(self, sample: Sample, /) -> tuple[float | None, dict[str, object]]:
        """The score and the explainer's details (``{}`` without an explainer)."""
        if self.explainer is None:
            return self.fn(sample.text), {}
        return self.explainer(sample.text)


@dataclass(frozen=True, slots=True)
class GoldScorer:
    """Adapt a module-level ``fn(text, gold) -> float | None`` into a :class:`Scorer`.

    A row without a gold answer scores ``None`` (not applicable).
    """

    fn: Callable[[str, str], float | None] = field(metadata={"option": False})
    #: ``explainer(text, gold) -> (score, details)``, sharing ``fn``'s code path (optional).
    explainer: Callable[[str, str], tuple[float | None, dict[str, object]]] | None = field(
        default=None, metadata={"option": False}
    )

    def __call__(self, sample: Sample, /) -> float | None:
        """Score the sample's text against its gold answer."""
        if sample.gold is None:
            return None
        return self.fn(sample.text, sample.gold)

    def score_texts(
        self, texts: Sequence[str], golds: Sequence[str | None], /
    ) -> list[float | None]:
        """:meth:`__call__` of each (text, gold) pair, without building samples."""
        fn = self.fn
        return [
            None if gold is None else fn(text, gold)
            for text, gold in zip(texts, golds, strict=True)
        ]

    def explain(self, sample: Sample, /) -> tuple[float | None, dict[str, object]]:
        """The score and the explainer's details (``{"gold": None}`` for a row without one)."""
        if sample.gold is None:
            return None, {"gold": None}
        if self.explainer is None:
            return self.fn(sample.text, sample.gold), {}
        return self.explainer(sample.text, sample.gold)


def _short(value: object) -> str:
    text = value.name if isinstance(value, Reward) else repr(value)
    return text if len(text) <= 24 else text[:21] + "..."


def spec_name(base: str, options: Mapping[str, object]) -> str:
    """The full spec of a variant: ``base(key=value, ...)`` over ``options`` (``base`` if none).

    What ``repr`` shows and what ``--reward`` parses; the logged name is :func:`variant_name`.
    A Reward option shows its name; long values are cut to 24 characters.

    Examples:
        >>> spec_name("overlong_penalty", {"max_length": 100, "buffer": 20})
        'overlong_penalty(max_length=100, buffer=20)'
        >>> spec_name("think_format", {})
        'think_format'
    """
    if not options:
        return base
    return f"{base}({', '.join(f'{key}={_short(value)}' for key, value in options.items())})"


_UNSAFE = lazy_compile(r"[^A-Za-z0-9_.\-]+")


def variant_name(base: str, options: Mapping[str, object]) -> str:
    """The one naming rule for a configured variant: ``base_key1value1_key2value2``.

    Safe in every experiment tracker (no ``(``, ``)``, ``,``, ``=``, spaces: MLflow rewrites
    them); a ready reward without options keeps its plain name. A Reward option shows its
    name; other values are made safe with :func:`safe_name` and cut to 24 characters. The
    full spec stays in the reward's ``repr`` (:class:`Spec`).

    Examples:
        >>> variant_name("overlong_penalty", {"max_length": 100, "buffer": 20})
        'overlong_penalty_max_length100_buffer20'
        >>> variant_name("cosine_scaled", {"max_length": 512, "min_wrong": -0.5, "unit": "word"})
        'cosine_scaled_max_length512_min_wrong-0.5_unitword'
        >>> variant_name("think_format", {})
        'think_format'
    """
    parts = [base]
    for key, value in options.items():
        text = (
            value.name
            if isinstance(value, Reward)
            else value
            if isinstance(value, str)
            else repr(value)
        )
        parts.append(f"{key}{safe_name(text)[:24]}")
    return "_".join(parts)


@dataclass(frozen=True, slots=True)
class Spec:
    """How a configured variant was built: the reward it varies and the options it sets.

    ``str(spec)`` is the full spec (``overlong_penalty(max_length=100, buffer=20)``, what
    ``--reward`` parses and ``repr`` shows); :attr:`name` the logged name
    (:func:`variant_name`).

    Examples:
        >>> spec = Spec("overlong_penalty", (("max_length", 100), ("buffer", 20)))
        >>> str(spec), spec.name
        ('overlong_penalty(max_length=100, buffer=20)', 'overlong_penalty_max_length100_buffer20')
        >>> str(spec.updated({"buffer": 10}))
        'overlong_penalty(max_length=100, buffer=10)'
    """

    base: str
    options: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        """The full spec."""
        return spec_name(self.base, dict(self.options))

    @property
    def name(self) -> str:
        """The short, tracker-safe name."""
        return variant_name(self.base, dict(self.options))

    def updated(self, options: Mapping[str, object]) -> Spec:
        """This spec with ``options`` set (changed in place, or added at the end)."""
        return Spec(self.base, tuple({**dict(self.options), **options}.items()))


def safe_name(name: str) -> str:
    """A name every experiment tracker logs unchanged (MLflow rewrites ``(``, ``)``, ``,``, ``=``).

    Runs of other characters become one ``_``; leading and trailing ``_`` are dropped.

    Examples:
        >>> safe_name("overlong_penalty(max_length=100, buffer=20)")
        'overlong_penalty_max_length_100_buffer_20'
        >>> safe_name("combine(2*boxed, think_format)")
        'combine_2_boxed_think_format'
    """
    return _UNSAFE.sub("_", name).strip("_") or "reward"


def child_rewards(scorer: object) -> tuple[Reward, ...]:
    """The rewards a dataclass scorer holds (in a field, or a tuple field), in field order."""
    fields: dict[str, dataclasses.Field[object]] | None = getattr(
        type(scorer), "__dataclass_fields__", None
    )
    found: list[Reward] = []
    for key in fields or {}:
        value = getattr(scorer, key, None)
        if isinstance(value, Reward):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(item for item in value if isinstance(item, Reward))
    return tuple(found)


def _forward_gold(scorer: Scorer, gold: tuple[str, ...]) -> Scorer:
    """``scorer`` with every held reward that reads a gold answer configured to read ``gold``."""

    def moved(value: object) -> object:
        if isinstance(value, Reward) and value.gold:
            return value.configure(name=value.name, gold=gold)
        return value

    fields: dict[str, dataclasses.Field[object]] = type(scorer).__dataclass_fields__  # type: ignore[attr-defined]
    changes: dict[str, object] = {}
    for key, f in fields.items():
        if not f.init:
            continue
        value = getattr(scorer, key)
        if isinstance(value, Reward):
            changes[key] = moved(value)
        elif isinstance(value, tuple) and any(isinstance(item, Reward) for item in value):
            changes[key] = tuple(moved(item) for item in value)
    return cast("Scorer", dataclasses.replace(cast("Any", scorer), **changes))


@dataclass(frozen=True, slots=True, kw_only=True)
class Reward:
    r"""A named, picklable reward with TRL's reward-function signature.

    Attributes:
        name: the name trainers log it under (``rewards/<name>/mean`` in TRL); also its
            ``__name__``.
        scorer: scores one :class:`Sample`; may define ``batch(batch)`` to vectorise.
        gold: the gold-answer columns it reads, in order of preference (``()``: none).
        requires: other dataset columns it needs.
        lower: the lowest score it can give.
        upper: the highest score it can give.
        failure: the score a completion gets when its scorer raises (model output is data,
            never an error).
        summary: its rule in one line (``rewardkit list`` shows it).
        spec: for a configured variant, how it was built (its full spec, shown by ``repr``);
            ``None`` for a ready reward.

    Examples:
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> boxed(["So \\boxed{4}.", "I think 4."])
        [1.0, 0.0]
        >>> boxed.__name__
        'boxed'
    """

    name: str
    scorer: Scorer
    gold: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    lower: float = 0.0
    upper: float = 1.0
    failure: float | None = 0.0
    summary: str = ""
    spec: Spec | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: a field has the wrong type or the bounds are inverted.
        """
        msg = ""
        if not isinstance(self.name, str) or not self.name.strip():
            msg = f"name must be a non-empty string; got {self.name!r}"
        elif not callable(cast("object", self.scorer)):
            msg = f"{self.name}: scorer must be callable; got {self.scorer!r}"
        elif not (math.isfinite(self.lower) and math.isfinite(self.upper)) or (
            self.lower > self.upper
        ):
            msg = (
                f"{self.name}: bounds must be finite with lower <= upper; "
                f"got lower={self.lower!r}, upper={self.upper!r}"
            )
        if not msg and not isinstance(self.scorer, (TextScorer, GoldScorer)):
            self._derive_from_scorer()
        for attribute in ("gold", "requires"):
            value = getattr(self, attribute)
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                msg = (
                    msg
                    or f"{self.name}: {attribute} must be a tuple of column names; got {value!r}"
                )
        if msg:
            raise ConfigError(msg)

    def _derive_from_scorer(self) -> None:
        """Take bounds, gold and required columns from the scorer: their one source of truth.

        A scorer with a ``bounds`` property sets :attr:`lower`/:attr:`upper`; a scorer holding
        rewards (``correct``, ``rewards``...) reads the union of their gold and required
        columns; a scorer's own ``columns`` property (e.g. ``kimi_length``'s ``group``) adds
        to :attr:`requires`.
        """
        bounds = getattr(self.scorer, "bounds", None)
        if isinstance(bounds, tuple) and len(bounds) == 2:
            object.__setattr__(self, "lower", float(bounds[0]))
            object.__setattr__(self, "upper", float(bounds[1]))
        children = child_rewards(self.scorer)
        own = getattr(self.scorer, "columns", ())
        own = tuple(own) if isinstance(own, tuple) else ()
        if children:
            gold = tuple(dict.fromkeys(c for child in children for c in child.gold))
            object.__setattr__(self, "gold", gold)
            needed = (c for child in children for c in child.requires)
            object.__setattr__(self, "requires", tuple(dict.fromkeys((*needed, *own))))
        elif own and isinstance(self.requires, tuple):
            object.__setattr__(self, "requires", tuple(dict.fromkeys((*self.requires, *own))))

    @property
    def __name__(self) -> str:
        """The reward's name, as trainers read it."""
        return self.name

    def __repr__(self) -> str:
        """A short, readable representation, with the full spec of a configured variant.

        Examples:
            >>> from rewardkit import boxed_correct, repetition_penalty
            >>> boxed_correct
            <Reward boxed_correct [0, 1]>
            >>> repetition_penalty(ngram=4)
            <Reward repetition_penalty_ngram4 = repetition_penalty(ngram=4) [-1, 0]>
        """
        spec = "" if self.spec is None or str(self.spec) == self.name else f" = {self.spec}"
        return f"<Reward {self.name}{spec} [{self.lower:g}, {self.upper:g}]>"

    def __call__(
        self,
        completions: Sequence[object],
        prompts: Sequence[object] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **columns: Any,
    ) -> list[float | None]:
        """Score completions with TRL's reward-function signature.

        Args:
            completions: strings, or message lists (conversational format).
            prompts: the prompts (read by some rewards, never scored).
            completion_ids: token ids per completion (used by length rewards).
            **columns: dataset columns as lists aligned with ``completions``, plus
                ``trainer_state``, ``log_extra`` and ``log_metric``.

        Returns:
            One score per completion: a float within ``[lower, upper]``, or ``None`` where the
            reward documents "not applicable".

        Raises:
            ConfigError: a column the reward needs was not passed, or arguments are not aligned.
        """
        if (
            prompts is None
            and completion_ids is None
            and type(completions) in _PLAIN_SEQUENCES
            and len(completions) == 1
            and type(text := completions[0]) is str
            and not (self.gold or self.requires or trainer_logging())
            and (method := getattr(self.scorer, "score_one_text", None)) is not None
        ):
            for name, value in columns.items():
                if type(value) not in _PLAIN_SEQUENCES and name not in _TRAINER_KEYWORDS:
                    break  # a column from_trainer checks: the general path
            else:
                return self._one_text(method, text)
        batch = Batch.from_trainer(completions, prompts, completion_ids, **columns)
        values = self.score_batch(batch)
        if trainer_logging():
            self._log_to_trainer(batch)
        return values

    def _one_text(self, method: Callable[[str], object], text: str) -> list[float | None]:
        """One plain text per call, to a scorer's ``score_one_text`` (``method``): no Batch built.

        Only for a scorer whose ``score_one_text(text)`` is what its batch path gives a batch
        of that one text, reading no column (no ``gold``, no ``requires``), with columns that
        :meth:`Batch.from_trainer` files without a check that could raise (plain lists and
        tuples, trainer keywords) and trainer logging off: :meth:`__call__` checks these. The
        result and the error boundary are the general path's: a scorer that raises gives
        :attr:`failure` (there, the per-item fallback calls it again, and it raises again).
        Tested equal to the general path. The ``aha`` reward called with one completion costs
        about half as much.
        """
        try:
            value = method(text)
        except Exception:  # model output is data, never an error
            _log.debug("%s: scorer raised; scoring %r", self.name, self.failure, exc_info=True)
            return [self.failure]
        if type(value) is float and -math.inf < value < math.inf:
            return [value]  # the common case of _finish, without its call
        return [self._finish(value)]

    def _log_to_trainer(self, batch: Batch) -> None:
        """Pass the scorer's ``trainer_logs`` to TRL's ``log_extra`` / ``log_metric``.

        Never raises: logging is an extra, the scores are already computed.
        """
        log_extra = batch.extras.get("log_extra")
        log_metric = batch.extras.get("log_metric")
        method = getattr(self.scorer, "trainer_logs", None)
        if method is None or not (callable(log_extra) or callable(log_metric)):
            return
        try:
            columns, metrics = method(batch, self.gold, self.name)
            prefix = safe_name(self.name)
            if callable(log_extra):
                for column, cells in columns.items():
                    log_extra(f"{prefix}_{column}", list(cells))
            if callable(log_metric):
                for metric, value in metrics.items():
                    log_metric(f"{prefix}/{metric}", float(value))
        except Exception:  # logging never breaks training
            _log.debug("%s: trainer logging failed", self.name, exc_info=True)

    def explain(
        self,
        completion: object,
        *,
        prompt: object = None,
        completion_ids: Sequence[int] | None = None,
        **row: object,
    ) -> Explanation:
        r"""Score one completion and say why (same arguments as :meth:`score`).

        The explanation's ``score`` is always what :meth:`score` returns for the same
        arguments; its ``details`` keys are documented by each reward family (docs/why.md).

        Examples:
            >>> from rewardkit import boxed_correct
            >>> e = boxed_correct.explain("\\boxed{5}", answer="4")
            >>> e.score, e.details["answer"], e.details["rule"]
            (0.0, '5', 'exact integer')
        """
        batch = Batch.from_trainer(
            [completion],
            None if prompt is None else [prompt],
            None if completion_ids is None else [completion_ids],
            **{name: [value] for name, value in row.items()},
        )
        return self.explain_batch(batch)[0]

    def explain_batch(self, batch: Batch) -> list[Explanation]:
        """Explain every completion of a :class:`Batch` (scores equal :meth:`score_batch`'s).

        Uses the scorer's ``explain_batch`` (combinators) or per-item ``explain`` when it has
        one, inside the same error boundary as :meth:`score_batch` (a scorer that raises gives
        :attr:`failure` and ``details={"error": <exception type>}``); a scorer with neither
        gives its scores with ``details={}``.

        Raises:
            ConfigError: a needed column is missing.
        """
        batch.require(self.requires, self.name)
        method = getattr(self.scorer, "explain_batch", None)
        if method is not None:
            if self.gold:
                batch.gold(self.gold, self.name)
            try:
                pairs = list(method(batch))
            except ConfigError:
                raise
            except Exception:  # the per-item path below is the fallback, as in score_batch
                _log.debug("%s: explain_batch failed", self.name, exc_info=True)
            else:
                if len(pairs) == len(batch):
                    return [self._explained(result) for result in pairs]
        per_item = getattr(self.scorer, "explain", None)
        if per_item is None:
            return [Explanation(value, self.name) for value in self.score_batch(batch)]
        return [self._explain_one(per_item, s) for s in batch.samples(self.gold, self.name)]

    def _explain_one(
        self, method: Callable[[Sample], Sequence[Any]], sample: Sample
    ) -> Explanation:
        try:
            result = method(sample)
        except Exception as error:  # model output is data, never an error
            _log.debug("%s: explain raised", self.name, exc_info=True)
            return Explanation(self.failure, self.name, {"error": type(error).__name__})
        return self._explained(result)

    def _explained(self, result: Sequence[Any]) -> Explanation:
        """``(value, details)`` or ``(value, details, components)`` as a finished Explanation."""
        value, details = result[0], result[1]
        components = tuple(result[2]) if len(result) > 2 else ()
        own = dict(details) if isinstance(details, Mapping) else {}
        return Explanation(self._finish(value), self.name, own, components)

    def score(
        self,
        completion: object,
        *,
        prompt: object = None,
        completion_ids: Sequence[int] | None = None,
        **row: object,
    ) -> float | None:
        r"""Score one completion; ``row`` holds its dataset columns as single values.

        Examples:
            >>> from rewardkit import boxed_correct
            >>> boxed_correct.score(r"so the answer is \boxed{\frac{1}{2}}", answer="0.5")
            1.0
        """
        batch = Batch.from_trainer(
            [completion],
            None if prompt is None else [prompt],
            None if completion_ids is None else [completion_ids],
            **{name: [value] for name, value in row.items()},
        )
        return self.score_batch(batch)[0]

    def score_batch(self, batch: Batch) -> list[float | None]:
        """Score a converted :class:`Batch`: the error boundary of the library.

        Uses the scorer's ``batch`` method when it has one, else its ``score_texts(texts,
        golds)`` (falling back to the per-item path if either raises), else scores each
        :class:`Sample`. A scorer that raises on a completion gives
        that completion :attr:`failure`; a NaN or infinite score is also replaced by
        :attr:`failure`.

        Raises:
            ConfigError: a needed column is missing.
        """
        batch.require(self.requires, self.name)
        batch_method = getattr(self.scorer, "batch", None)
        if batch_method is not None:
            if self.gold:
                batch.gold(self.gold, self.name)  # raises at once when no gold column was passed
            try:
                values = list(batch_method(batch))
            except ConfigError:
                raise
            except Exception:  # the per-item path below is the fallback
                _log.debug("%s: batch path failed; scoring per item", self.name, exc_info=True)
            else:
                if len(values) == len(batch):
                    return [self._finish(value) for value in values]
                _log.debug("%s: batch path returned %d values", self.name, len(values))
        texts_method = getattr(self.scorer, "score_texts", None)
        if texts_method is not None:
            golds = batch.gold(self.gold, self.name) if self.gold else [None] * len(batch)
            try:
                values = list(texts_method(batch.texts, golds))
            except Exception:  # the per-item path below is the fallback, and logs the error
                _log.debug("%s: text path failed; scoring per item", self.name)
            else:
                if len(values) == len(batch):
                    return [self._finish(value) for value in values]
        return [self._score_one(sample) for sample in batch.samples(self.gold, self.name)]

    def _score_one(self, sample: Sample) -> float | None:
        try:
            value = self.scorer(sample)
        except Exception:  # model output is data, never an error
            _log.debug("%s: scorer raised; scoring %r", self.name, self.failure, exc_info=True)
            return self.failure
        return self._finish(value)

    def _finish(self, value: object) -> float | None:
        if value is None:
            return None
        if isinstance(value, (bool, int, float)):
            number = float(value)
            return number if math.isfinite(number) else self.failure
        return self.failure

    def configure(self, *, name: str | None = None, **options: Any) -> Reward:
        """Return a variant of this reward with some options changed.

        ``options`` are the fields of the reward's scorer (see each reward's docs), plus
        ``gold`` (the gold columns) and ``failure``. Unless ``name`` is given, the variant is
        named by :func:`variant_name` over the options of the reward it varies (configuring a
        variant again updates its options, never nests names), so variants never share a
        name in a trainer's logs; its :attr:`spec` keeps the full spec for ``repr``.

        Raises:
            ConfigError: an option the reward does not have, or a value its scorer rejects.

        Examples:
            >>> from rewardkit import boxed_correct
            >>> boxed_correct.configure(gold=("final_answer",)).name
            'boxed_correct_goldfinal_answer'
            >>> from rewardkit import overlong_penalty
            >>> overlong_penalty(max_length=100, buffer=20).configure(buffer=10).name
            'overlong_penalty_max_length100_buffer10'
        """
        if not options and name is None:
            return self
        own: dict[str, Any] = {
            key: options.pop(key) for key in ("gold", "failure") if key in options
        }
        spec = (self.spec or Spec(self.name)).updated({**own, **options})
        if name is None:
            name = spec.name
        if "gold" in own and isinstance(own["gold"], str):
            own["gold"] = (own["gold"],)
        scorer = self.scorer
        if options:
            fields: dict[str, dataclasses.Field[object]] | None = getattr(
                type(scorer), "__dataclass_fields__", None
            )
            allowed = sorted(
                key
                for key, f in (fields or {}).items()
                if f.init and not key.startswith("_") and f.metadata.get("option", True)
            )
            if not allowed:
                msg = f"{self.name}: has no options to configure; got {sorted(options)}"
                raise ConfigError(msg)
            unknown = sorted(set(options) - set(allowed))
            if unknown:
                msg = (
                    f"{self.name}: unknown option {unknown[0]!r}; expected one of "
                    f"{[*allowed, 'failure', 'gold', 'name']}"
                )
                raise ConfigError(msg)
            scorer = dataclasses.replace(cast("Any", scorer), **options)
        if "gold" in own and child_rewards(scorer):
            scorer = _forward_gold(scorer, own["gold"])
        return dataclasses.replace(self, name=name, scorer=scorer, spec=spec, **own)
