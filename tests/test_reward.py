"""Tests for rewardkit.reward: the one adapter between trainers and scorers."""

from __future__ import annotations

import math
import multiprocessing
import pickle
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rewardkit.errors import ConfigError
from rewardkit.extract import has_boxed
from rewardkit.reward import Batch, GoldScorer, Reward, Sample, TextScorer
from tests.rewards import BOXED
from tests.strategies import completions


def _exact(text: str, gold: str) -> float:
    return 1.0 if text.strip() == gold.strip() else 0.0


EXACT = Reward(name="exact", scorer=GoldScorer(_exact), gold=("answer", "solution"))


def _explode(text: str) -> float:
    if "boom" in text:
        raise RuntimeError("scorer bug")
    if "nan" in text:
        return math.nan
    if "str" in text:
        return "oops"  # type: ignore[return-value]
    return 0.5


EXPLODING = Reward(name="exploding", scorer=TextScorer(_explode), failure=-1.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Threshold:
    """A configurable scorer: 1.0 when the text is at least ``minimum`` characters long."""

    minimum: int = 3
    high: float = 1.0

    def __post_init__(self) -> None:
        if self.minimum < 0:
            msg = f"minimum must be >= 0; got {self.minimum}"
            raise ConfigError(msg)

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, self.high)

    def __call__(self, sample: Sample, /) -> float:
        return self.high if len(sample.text) >= self.minimum else 0.0


LONG = Reward(name="long", scorer=_Threshold())


@dataclass(frozen=True, slots=True)
class _Batched:
    """Per-item: length parity; batch path: the same, or a failure on demand."""

    fail: bool = False
    short: bool = False

    def __call__(self, sample: Sample, /) -> float:
        return float(len(sample.text) % 2)

    def batch(self, batch: Batch, /) -> list[float | None]:
        if self.fail:
            raise RuntimeError("vectorised path bug")
        values: list[float | None] = [float(len(t) % 2) for t in batch.texts]
        return values[:-1] if self.short else values


class TestTrainerSignature:
    def test_standard_and_conversational(self) -> None:
        got = BOXED(["\\boxed{1}", [{"role": "assistant", "content": "\\boxed{2}"}], "none"])
        assert got == [1.0, 1.0, 0.0]

    def test_keyword_call_as_trl_does(self) -> None:
        state = SimpleNamespace(global_step=3)
        got = EXACT(
            prompts=["p1", "p2"],
            completions=["4", "5"],
            completion_ids=[[1], [2]],
            answer=["4", "4"],
            trainer_state=state,
            log_extra=lambda *a: None,
            log_metric=lambda *a: None,
        )
        assert got == [1.0, 0.0]

    def test_name_and_repr(self) -> None:
        assert BOXED.__name__ == "boxed"
        assert repr(BOXED) == "<Reward boxed [0, 1]>"

    def test_empty_batch(self) -> None:
        assert BOXED([]) == []

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            pytest.param({"completions": "abc"}, "completions must be a list", id="string"),
            pytest.param({"completions": None}, "got NoneType", id="none"),
            pytest.param(
                {"completions": ["a", "b"], "prompts": ["p"]},
                "prompts must be a list aligned with the 2 completions; got 1",
                id="prompts-misaligned",
            ),
            pytest.param(
                {"completions": ["a"], "completion_ids": 5},
                "completion_ids must be a list aligned with the 1 completions; got int",
                id="ids-not-a-list",
            ),
        ],
    )
    def test_bad_arguments_raise_config_error(
        self, kwargs: dict[str, object], message: str
    ) -> None:
        with pytest.raises(ConfigError, match=message):
            BOXED(**kwargs)  # type: ignore[arg-type]


class TestGold:
    def test_missing_gold_column_names_expected_and_passed(self) -> None:
        with pytest.raises(ConfigError) as info:
            EXACT(["4"], prompt=["p"], question=["q"])
        assert str(info.value) == (
            "exact: no gold column: expected one of 'answer', 'solution'; "
            "got columns ['prompt', 'question']"
        )
        assert isinstance(info.value, ValueError)

    def test_solution_fallback_per_row(self) -> None:
        got = EXACT(["4", "5", "6"], answer=["4", None, "  "], solution=["x", "5", "6"])
        assert got == [1.0, 1.0, 1.0]

    def test_row_without_gold_is_not_applicable(self) -> None:
        assert EXACT(["4", "4"], answer=["4", None]) == [1.0, None]

    def test_numeric_gold_cells_become_text(self) -> None:
        assert EXACT(["4", "2.5", "nan"], answer=[4, 2.5, math.nan]) == [1.0, 1.0, None]

    def test_configured_gold_column(self) -> None:
        variant = EXACT.configure(gold="final")
        assert variant.gold == ("final",)
        assert variant(["7"], final=["7"]) == [1.0]
        with pytest.raises(ConfigError, match="expected one of 'final'"):
            variant(["7"], answer=["7"])

    def test_required_column(self) -> None:
        needs = Reward(name="needs", scorer=TextScorer(has_boxed), requires=("nums",))
        with pytest.raises(ConfigError, match=r"needs: no 'nums' column.*got columns \['target'\]"):
            needs(["x"], target=[3])


class TestErrorBoundary:
    def test_scorer_exception_gives_failure(self) -> None:
        assert EXPLODING(["fine", "boom", "fine"]) == [0.5, -1.0, 0.5]

    def test_non_finite_or_wrong_type_gives_failure(self) -> None:
        assert EXPLODING(["nan", "str"]) == [-1.0, -1.0]

    def test_batch_path_used_and_equal_to_per_item(self) -> None:
        texts = ["", "a", "ab", "abc"]
        batched = Reward(name="b", scorer=_Batched())
        per_item = [batched._score_one(s) for s in Batch(texts).samples()]
        assert batched(texts) == per_item == [0.0, 1.0, 0.0, 1.0]

    @pytest.mark.parametrize("scorer", [_Batched(fail=True), _Batched(short=True)], ids=str)
    def test_broken_batch_path_falls_back_to_per_item(self, scorer: _Batched) -> None:
        assert Reward(name="b", scorer=scorer)(["a", "ab"]) == [1.0, 0.0]


class TestConfigure:
    def test_variant_has_readable_distinct_name_and_new_bounds(self) -> None:
        variant = LONG.configure(minimum=5, high=2.0)
        assert variant.name == "long_minimum5_high2.0"
        assert (variant.lower, variant.upper) == (0.0, 2.0)
        assert variant(["abcd", "abcde"]) == [0.0, 2.0]
        assert LONG(["abcd"]) == [1.0]

    def test_explicit_name(self) -> None:
        assert LONG.configure(minimum=1, name="short_ok").__name__ == "short_ok"

    def test_no_change_is_identity(self) -> None:
        assert LONG.configure() is LONG

    def test_unknown_option(self) -> None:
        with pytest.raises(ConfigError, match=r"long: unknown option 'maximum'; expected one of"):
            LONG.configure(maximum=3)

    def test_invalid_value_is_rejected_by_scorer(self) -> None:
        with pytest.raises(ConfigError, match="minimum must be >= 0"):
            LONG.configure(minimum=-1)

    def test_plain_function_scorer_has_no_options(self) -> None:
        with pytest.raises(ConfigError, match="boxed: has no options"):
            BOXED.configure(threshold=1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"name": ""}, "name must be a non-empty string", id="empty-name"),
        pytest.param({"name": "x", "scorer": 3}, "scorer must be callable", id="scorer"),
        pytest.param({"name": "x", "lower": 1.0, "upper": 0.0}, "lower <= upper", id="bounds"),
        pytest.param({"name": "x", "upper": math.inf}, "finite", id="infinite"),
        pytest.param({"name": "x", "gold": "answer"}, "gold must be a tuple", id="gold-str"),
        pytest.param({"name": "x", "requires": ["a"]}, "requires must be a tuple", id="requires"),
    ],
)
def test_bad_reward_definition(kwargs: dict[str, object], message: str) -> None:
    kwargs.setdefault("scorer", TextScorer(has_boxed))
    with pytest.raises(ConfigError, match=message):
        Reward(**kwargs)  # type: ignore[arg-type]


def test_global_step_from_object_or_mapping() -> None:
    assert Batch.from_trainer(["a"], trainer_state=SimpleNamespace(global_step=7)).global_step == 7
    assert Batch.from_trainer(["a"], trainer_state={"global_step": 2}).global_step == 2
    assert Batch.from_trainer(["a"]).global_step is None
    assert (
        Batch.from_trainer(["a"], trainer_state=SimpleNamespace(global_step=True)).global_step
        is None
    )


def test_columns_and_extras_are_split() -> None:
    batch = Batch.from_trainer(["a", "b"], nums=[[1], [2]], scalar=3, wrong=[1, 2, 3])
    assert set(batch.columns) == {"nums"}
    assert set(batch.extras) == {"scalar", "wrong"}
    assert batch.samples()[1].row == {"nums": [2]}


def test_score_single_item() -> None:
    assert EXACT.score("4", answer="4") == 1.0
    assert LONG.score([{"role": "assistant", "content": "abcdef"}]) == 1.0


@pytest.mark.parametrize("reward", [BOXED, EXACT, LONG, LONG.configure(minimum=9)], ids=repr)
def test_pickle_round_trip(reward: Reward) -> None:
    clone = pickle.loads(pickle.dumps(reward))
    assert clone == reward
    assert clone.__name__ == reward.__name__
    assert clone(["\\boxed{1}"], answer=["1"]) == reward(["\\boxed{1}"], answer=["1"])


@given(st.lists(completions, max_size=5))
def test_one_value_per_completion_within_bounds(items: list[object]) -> None:
    for reward in (BOXED, LONG, EXPLODING):
        values = reward(items)
        assert len(values) == len(items)
        for value in values:
            assert value is not None
            assert min(reward.lower, reward.failure or 0.0) <= value <= reward.upper


def test_from_threads() -> None:
    texts = [f"\\boxed{{{i}}}" if i % 2 else "nothing" for i in range(200)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: BOXED([t])[0], texts))
    assert results == BOXED(texts)


def test_from_spawned_process() -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        result = pool.submit(BOXED, ["\\boxed{1}", "x"]).result(timeout=120)
    assert result == [1.0, 0.0]


# --- columns as users pass them (issue 17.3) -------------------------------------------------

FIVE = ["\\boxed{4}"] * 5


@pytest.mark.parametrize(
    "column",
    [
        pytest.param(lambda: ("4", "4", "5", "4", "4"), id="tuple"),
        pytest.param(lambda: __import__("numpy").array(["4", "4", "5", "4", "4"]), id="numpy-1d"),
        pytest.param(lambda: __import__("numpy").array([4, 4, 5, 4, 4]), id="numpy-int"),
        pytest.param(lambda: __import__("pandas").Series(["4", "4", "5", "4", "4"]), id="series"),
    ],
)
def test_columns_accept_tuples_arrays_and_series(column: object) -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("pandas")
    assert EXACT(["4", "4", "4", "4", "5"], answer=column()) == [1.0, 1.0, 0.0, 1.0, 0.0]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(["4"], "exact: 'answer' has 1 row, expected 5", id="short-list"),
        pytest.param(("4",) * 6, "exact: 'answer' has 6 rows, expected 5", id="long-tuple"),
        pytest.param(
            "4",
            "exact: 'answer' got a str: pass a 1-D sequence (a list, tuple, 1-D numpy array "
            "or pandas Series) with one value per completion (5)",
            id="scalar",
        ),
    ],
)
def test_column_errors_say_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        EXACT(FIVE, answer=value)
    assert str(error.value) == message


def test_column_errors_for_arrays_name_the_shape() -> None:
    numpy = pytest.importorskip("numpy")
    with pytest.raises(ConfigError) as error:
        EXACT(FIVE[:2], answer=numpy.zeros((2, 3)))
    assert str(error.value) == (
        "exact: 'answer' got a numpy.ndarray of shape (2, 3): pass a 1-D sequence (a list, "
        "tuple, 1-D numpy array or pandas Series) with one value per completion (2)"
    )
    with pytest.raises(ConfigError, match=r"^exact: 'answer' has 3 rows, expected 5$"):
        EXACT(FIVE, answer=numpy.array(["4", "4", "4"]))


def test_required_column_errors_say_what_is_wrong() -> None:
    needs = Reward(name="needs", scorer=TextScorer(has_boxed), requires=("nums",))
    with pytest.raises(ConfigError) as error:
        needs(FIVE, nums=[[1, 2]])
    assert str(error.value) == "needs: 'nums' has 1 row, expected 5"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(10**5000, None, id="int-huge"),
        pytest.param(float("nan"), None, id="nan"),
        pytest.param(float("inf"), None, id="inf"),
        pytest.param(b"4", None, id="bytes"),
        pytest.param(["4"], None, id="list"),
        pytest.param({"answer": "4"}, None, id="dict"),
        pytest.param(4, 1.0, id="int"),
        pytest.param(4.0, 0.0, id="float-text-differs"),  # "4.0" vs "4": this scorer is exact
    ],
)
def test_odd_gold_cells_are_documented_none(cell: object, expected: float | None) -> None:
    assert EXACT(["4"], answer=[cell]) == [expected]


def test_numpy_and_pandas_gold_cells() -> None:
    numpy = pytest.importorskip("numpy")
    pandas = pytest.importorskip("pandas")
    cells = [numpy.int64(4), numpy.float64("nan"), pandas.NA, numpy.str_("4")]
    assert EXACT(["4"] * 4, answer=cells) == [1.0, None, None, 1.0]


# --- fast paths of the adapter (issue 18) ----------------------------------------------------


class _Rows(Sequence[object]):
    """A sequence that is neither a list nor a tuple: :meth:`Batch.from_trainer`'s general path."""

    def __init__(self, items: list[object]) -> None:
        self._items = items

    def __getitem__(self, index: int) -> object:  # type: ignore[override]
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)


_CELLS = st.one_of(st.sampled_from(["4", "\\frac12", "0.5", " ", "x+1"]), st.none(), st.integers())
_COLUMN = st.one_of(st.lists(_CELLS, max_size=4), st.sampled_from(["4", 4, None]))


def _read(build: object) -> object:
    """What a Batch holds (sequences as lists), or the ConfigError it raised."""
    try:
        batch = build()  # type: ignore[operator]
    except ConfigError as error:
        return ("error", str(error))
    return (
        list(batch.texts),
        None if batch.prompts is None else list(batch.prompts),
        None if batch.completion_ids is None else list(batch.completion_ids),
        {name: list(column) for name, column in batch.columns.items()},
        {
            name: list(value) if isinstance(value, _Rows) else value
            for name, value in batch.extras.items()
        },
    )


@given(
    st.lists(completions, max_size=4),
    st.one_of(st.none(), st.lists(st.text(max_size=5), max_size=4)),
    st.dictionaries(st.sampled_from(["answer", "solution", "trainer_state"]), _COLUMN),
)
def test_plain_lists_read_as_any_sequence(
    items: list[object], prompts: list[str] | None, columns: dict[str, object]
) -> None:
    """The plain-list fast path of from_trainer keeps what the general path keeps, and raises
    the same errors."""

    def wrapped(value: object) -> object:
        return _Rows(value) if isinstance(value, list) else value

    fast = _read(lambda: Batch.from_trainer(items, prompts, None, **columns))
    general = _read(
        lambda: Batch.from_trainer(
            _Rows(items),  # type: ignore[arg-type]
            wrapped(prompts),  # type: ignore[arg-type]
            None,
            **{name: wrapped(value) for name, value in columns.items()},
        )
    )
    assert fast == general
    assert _read(lambda: Batch.from_trainer(tuple(items), prompts, **columns)) == fast


def _answers() -> list[Reward]:
    from rewardkit import answer_correct, boxed_correct, boxed_number

    return [boxed_correct, answer_correct, boxed_number, EXACT, EXPLODING]


_BOXES = st.lists(
    st.sampled_from(
        [
            *("\\boxed{4}", "\\boxed{\\frac12}", "\\boxed{5}", " or 5", ", \\boxed{1}", "boom"),
            *("nan", "The answer is 4.", "$0.5$", "wait", " ", "\\boxed{", "\\boxed{1, 2}", "str"),
        ]
    ),
    max_size=6,
).map("".join)
_GOLDS = st.one_of(
    st.sampled_from(["4", "0.5", "1, 2", "\\frac{", "So it is \\boxed{4}.", "x"]), st.none()
)


@given(st.lists(st.tuples(st.one_of(_BOXES, st.text(max_size=30)), _GOLDS), max_size=8))
def test_text_path_equals_the_per_sample_path(rows: list[tuple[str, str | None]]) -> None:
    """score_texts (no Sample built, one gold read per batch) gives the per-item scores."""
    batch = Batch.from_trainer([text for text, _ in rows], answer=[gold for _, gold in rows])
    for reward in _answers():
        assert getattr(reward.scorer, "score_texts", None) is not None
        per_item = [reward._score_one(s) for s in batch.samples(reward.gold, reward.name)]
        assert reward.score_batch(batch) == per_item


# --- one text per call (issue 18): the path without a Batch equals the general path ----------


@dataclass(frozen=True)
class _OneText:
    """A scorer offering ``score_one_text``; raises on texts holding ``boom``."""

    def score_one_text(self, text: str) -> float:
        if "boom" in text:
            raise ValueError(text)
        return float(len(text) % 3) / 2

    def batch(self, batch: Batch) -> list[float]:
        return [self.score_one_text(text) for text in batch.texts]

    def __call__(self, sample: Sample) -> float:
        return self.score_one_text(sample.text)


_COLUMN_SETS = st.sampled_from(
    [
        {},
        {"answer": ["4"]},
        {"answer": ("4",), "trainer_state": None},
        {"answer": ["4", "5"]},  # not aligned: an extra
        {"answer": "4"},  # a scalar: an extra, and not a plain list (the general path)
        {"log_extra": print},
    ]
)


@given(st.text(max_size=300) | completions, _COLUMN_SETS, st.booleans())
def test_one_text_per_call_equals_the_general_path(
    text: str, columns: dict[str, object], wrap_in_tuple: bool
) -> None:
    from rewardkit import aha

    reward = Reward(scorer=_OneText(), name="one_text", failure=-1.0)
    completions_ = (text,) if wrap_in_tuple else [text]
    for scored in (aha, aha.configure(where="think"), aha.configure(where="after_answer"), reward):
        general = scored.score_batch(Batch.from_trainer([text], **columns))
        assert scored(completions_, **columns) == general
    assert reward(["boom"]) == reward.score_batch(Batch.from_trainer(["boom"])) == [-1.0]


@dataclass(frozen=True)
class _Returns:
    """A scorer offering ``score_one_text`` that returns one fixed value."""

    value: object

    def score_one_text(self, text: str) -> object:
        del text
        return self.value

    def __call__(self, sample: Sample) -> object:
        return self.value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.5, 0.5),
        (-0.0, -0.0),
        (1, 1.0),
        (True, 1.0),
        (float("nan"), -1.0),
        (float("inf"), -1.0),
        (float("-inf"), -1.0),
        (None, None),
        ("0.5", -1.0),
    ],
)
def test_one_text_path_finishes_every_kind_of_value_as_the_general_path(
    value: object, expected: float | None
) -> None:
    reward = Reward(scorer=_Returns(value), name="returns", failure=-1.0)  # type: ignore[arg-type]
    general = reward.score_batch(Batch.from_trainer(["text"]))
    assert reward(["text"]) == general == [expected]


def test_one_text_path_is_skipped_for_rewards_reading_columns() -> None:
    reward = Reward(scorer=_OneText(), name="one_text_gold", gold=("answer",))
    with pytest.raises(ConfigError, match="answer"):
        reward(["text"])  # the general path checks the gold column
