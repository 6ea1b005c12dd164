"""Every score explains itself (issue 15): ``explain(...).score == score(...)`` and the details."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings

from rewardkit import (
    answer_correct,
    boxed_correct,
    clip,
    combine,
    gate,
    scale,
    think_format,
)
from rewardkit.equivalence import explain_equivalence, is_equivalent
from rewardkit.explanation import (
    Explanation,
    compact_fields,
    set_trainer_logging,
    trainer_logging,
)
from rewardkit.reward import Reward, Sample, TextScorer
from tests.hostile import corpus
from tests.hostile.test_hostile import REWARDS, columns_for

_IDS = [name for name, _ in REWARDS]
#: Every hostile completion (1 MB ones and message lists included).
_TEXTS = [completion for _, completion in corpus.completions()]


def _row(reward: Reward, i: int, columns: dict[str, list[object]]) -> dict[str, object]:
    return {name: values[i] for name, values in columns.items()}


# --- the score of an explanation is the score ------------------------------------------------


@pytest.mark.parametrize(("name", "reward"), REWARDS, ids=_IDS)
def test_explain_score_equals_score_on_the_hostile_corpus(name: str, reward: Reward) -> None:
    columns = columns_for(reward, len(_TEXTS))
    for i, text in enumerate(_TEXTS):
        row = _row(reward, i, columns)
        explanation = reward.explain(text, **row)
        assert explanation.score == reward.score(text, **row), (name, str(text)[:80])
        assert explanation.name == reward.name
        json.dumps(explanation.to_dict())  # plain JSON data


@pytest.mark.parametrize(("name", "reward"), REWARDS, ids=_IDS)
def test_explain_score_equals_score_on_hostile_gold_cells(name: str, reward: Reward) -> None:
    if not reward.gold:
        pytest.skip("reads no gold")
    for case, gold in corpus.gold_cells():
        columns = columns_for(reward, 1, gold)
        row = _row(reward, 0, columns)
        text = "so \\boxed{4}"
        explained = _outcome(lambda text=text, row=row: reward.explain(text, **row).score)
        assert explained == _outcome(lambda text=text, row=row: reward.score(text, **row)), case


def _outcome(call: Callable[[], object]) -> object:
    """The value of ``call()``, or the type of what it raised (until branch core's 14.4 fix)."""
    try:
        return call()
    except Exception as error:  # both paths must fail alike
        return type(error)


@pytest.mark.parametrize(
    "reward", [boxed_correct, answer_correct], ids=["boxed_correct", "answer_correct"]
)
@settings(max_examples=60)
@given(text=corpus.hostile_texts, gold=corpus.hostile_gold)
def test_explain_score_equals_score_on_generated_inputs(
    reward: Reward, text: str, gold: object
) -> None:
    explained = _outcome(lambda: reward.explain(text, answer=gold).score)
    assert explained == _outcome(lambda: reward.score(text, answer=gold))


def _real_rows(shared_data: Path, limit: int) -> list[dict[str, object]]:
    rows = []
    with (shared_data / "math500_generations.jsonl").open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % 10 == 0:
                rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


@pytest.mark.parametrize(("name", "reward"), REWARDS, ids=_IDS)
def test_explain_score_equals_score_on_real_data(
    name: str, reward: Reward, shared_data: Path
) -> None:
    rows = _real_rows(shared_data, 60)
    for row in rows:
        text = str(row["completion"])
        columns = {key: row.get(key, "x") for key in (*reward.gold[:1], *reward.requires)}
        if reward.gold:
            columns[reward.gold[0]] = row["answer"]
        columns.update({k: v for k, v in {"nums": [1, 3, 4], "target": 7}.items() if k in columns})
        assert reward.explain(text, **columns).score == reward.score(text, **columns)


def test_explain_batch_equals_score_batch_for_combinators() -> None:
    reward = combine([boxed_correct, gate(think_format, when=boxed_correct)], [1.0, 0.5])
    texts = ["<think>a</think> \\boxed{4}", "\\boxed{5}", "none", "<think>b</think>\\boxed{4}"]
    answers = ["4", "4", None, "4"]
    assert [e.score for e in reward.explain_batch(_batch(texts, answers))] == reward(
        texts, answer=answers
    )


def _batch(texts: list[str], answers: list[str | None]):  # type: ignore[no-untyped-def]
    from rewardkit.reward import Batch

    return Batch.from_trainer(texts, answer=answers)


# --- the error boundary ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Raising:
    def __call__(self, sample: Sample, /) -> float:
        raise ValueError(sample.text)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        raise ValueError(sample.text)


@dataclass(frozen=True, slots=True)
class _NaN:
    def __call__(self, sample: Sample, /) -> float:
        return float("nan")

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        return float("nan"), {"why": "nan"}


def test_a_scorer_that_raises_explains_with_the_failure_score_and_the_error_type() -> None:
    reward = Reward(name="raising", scorer=_Raising(), failure=-1.0, lower=-1.0)
    explanation = reward.explain("x")
    assert explanation.score == reward.score("x") == -1.0
    assert explanation.details == {"error": "ValueError"}


def test_a_non_finite_score_is_finished_as_in_score() -> None:
    reward = Reward(name="nan", scorer=_NaN(), failure=0.0)
    explanation = reward.explain("x")
    assert explanation.score == reward.score("x") == 0.0
    assert explanation.details == {"why": "nan"}


def test_a_scorer_without_explain_gives_empty_details() -> None:
    reward = Reward(name="len", scorer=TextScorer(lambda text: float(len(text) > 2)))
    explanation = reward.explain("abc")
    assert (explanation.score, explanation.details, explanation.components) == (1.0, {}, ())


def test_explain_raises_config_error_without_a_gold_column() -> None:
    from rewardkit.errors import ConfigError

    with pytest.raises(ConfigError, match="no gold column"):
        boxed_correct.explain("\\boxed{4}", question="q")


# --- answers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reward", "text", "gold", "expected"),
    [
        pytest.param(
            boxed_correct,
            "so \\boxed{\\frac{1}{2}}",
            "0.5",
            {
                "answer": "\\frac{1}{2}",
                "source": "boxed",
                "rule": "exact rational",
                "kind": "number",
            },
            id="exact-rational",
        ),
        pytest.param(
            boxed_correct,
            "\\boxed{\\sqrt{2}/2}",
            "\\frac{\\sqrt2}{2}",
            {"rule": "numeric probe (rel_tol=1e-09)", "kind": "number"},
            id="numeric-probe",
        ),
        pytest.param(
            boxed_correct,
            "no box here: 4",
            "4",
            {"answer": None, "source": "none", "rule": "no answer extracted"},
            id="no-answer",
        ),
        pytest.param(
            boxed_correct,
            "\\boxed{4}",
            "\\frac{",
            {"gold_answer": "\\frac{", "rule": "unparseable gold -> None"},
            id="unparseable-gold",
        ),
        pytest.param(
            answer_correct,
            "So she pays 7 dollars.\n#### 7",
            "She pays 3 + 4 = 7.\n#### 7",
            {"answer": "7", "source": "gsm8k", "gold_answer": "7", "rule": "identical text"},
            id="gsm8k",
        ),
        pytest.param(
            answer_correct,
            "The answer is 5 \\text{ cm}",
            "5",
            {"answer": "5 \\text{ cm}", "source": "phrase", "units_dropped": True},
            id="unit-dropped",
        ),
        pytest.param(
            boxed_correct,
            "\\boxed{\\{3, 1, 2\\}}",
            "\\{1,2,3\\}",
            {
                "rule": "members unordered",
                "kind": "set",
                "canonical": {"gold": "{1, 2, 3}", "answer": "{3, 1, 2}"},
            },
            id="set",
        ),
        pytest.param(
            boxed_correct,
            "\\boxed{5 or 6}",
            "5",
            {"rule": "hedge: 'or' in the answer"},
            id="hedge",
        ),
    ],
)
def test_answer_explanations(
    reward: Reward, text: str, gold: str, expected: dict[str, object]
) -> None:
    explanation = reward.explain(text, answer=gold)
    assert explanation.score == reward.score(text, answer=gold)
    assert {key: explanation.details.get(key) for key in expected} == expected


def test_explain_equivalence_verdict_is_is_equivalent() -> None:
    pairs = [("\\frac12", "0.5"), ("3", "4"), ("(1,2)", "(2,1)"), ("x+1", "1+x"), ("", "1")]
    for gold, pred in pairs:
        assert explain_equivalence(gold, pred)["verdict"] is is_equivalent(gold, pred)


@settings(max_examples=80)
@given(gold=corpus.hostile_texts, pred=corpus.hostile_texts)
def test_explain_equivalence_agrees_with_is_equivalent_on_generated_text(
    gold: str, pred: str
) -> None:
    assert explain_equivalence(gold, pred)["verdict"] is is_equivalent(gold, pred)


# --- composition -------------------------------------------------------------------------------


def test_combined_explain_returns_its_components_explanations() -> None:
    reward = combine([boxed_correct, think_format], [2.0, 1.0])
    explanation = reward.explain("<think>a</think> \\boxed{4}", answer="4")
    assert [c.name for c in explanation.components] == ["boxed_correct", "think_format"]
    assert explanation.details["weights"] == [2.0, 1.0]
    assert explanation.score == 2.0 * 1.0 + explanation.components[1].score  # type: ignore[operator]


def test_gate_explains_its_decision() -> None:
    reward = gate(think_format, when=boxed_correct)
    closed = reward.explain("<think>a</think> \\boxed{5}", answer="4")
    opened = reward.explain("<think>a</think> \\boxed{4}", answer="4")
    assert (closed.details["gate"], opened.details["gate"]) == ("closed", "open")
    assert closed.score == 0.0


def test_scale_and_clip_explain_factor_and_clamp() -> None:
    reward = clip(scale(boxed_correct, 3.0), upper=2.0)
    explanation = reward.explain("\\boxed{4}", answer="4")
    assert explanation.score == 2.0
    assert explanation.details["clipped"] is True
    assert explanation.components[0].details["factor"] == 3.0


# --- the object ----------------------------------------------------------------------------------


def test_explanation_is_frozen_picklable_and_prints_lines() -> None:
    explanation = boxed_correct.explain("\\boxed{4}", answer="4")
    assert pickle.loads(pickle.dumps(explanation)) == explanation
    lines = str(explanation).splitlines()
    assert lines[0] == "boxed_correct = 1"
    assert "  rule: identical text" in lines
    with pytest.raises(AttributeError):
        explanation.score = 0.0  # type: ignore[misc]


def test_compact_fields_keep_numbers_and_short_strings_only() -> None:
    explanation = Explanation(
        1.0, "r", {"n": 3, "ok": True, "long": "x" * 100, "nested": {"a": 1}, "s": "hi"}
    )
    assert compact_fields(explanation) == {"n": 3.0, "ok": 1.0, "s": "hi"}


# --- trainer logging ---------------------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.columns: dict[str, list[object]] = {}
        self.metrics: dict[str, float] = {}

    def log_extra(self, column: str, values: list[object]) -> None:
        self.columns[column] = values

    def log_metric(self, name: str, value: float) -> None:
        self.metrics[name] = value


@pytest.fixture
def logging_on():  # type: ignore[no-untyped-def]
    set_trainer_logging(True)
    yield
    set_trainer_logging(False)


def test_trainer_logging_is_off_by_default() -> None:
    recorder = _Recorder()
    boxed_correct(
        ["\\boxed{4}"],
        answer=["4"],
        log_extra=recorder.log_extra,
        log_metric=recorder.log_metric,
    )
    assert not trainer_logging()
    assert (recorder.columns, recorder.metrics) == ({}, {})


@pytest.mark.usefixtures("logging_on")
def test_answer_rewards_log_answer_and_gold_columns_and_the_no_answer_share() -> None:
    recorder = _Recorder()
    scores = boxed_correct(
        ["\\boxed{4}", "no box", "\\boxed{5}", "\\boxed{1/2}"],
        answer=["4", "4", "#### 4", "\\frac12"],
        log_extra=recorder.log_extra,
        log_metric=recorder.log_metric,
    )
    assert scores == [1.0, 0.0, 0.0, 1.0]
    assert recorder.columns == {
        "boxed_correct_answer": ["4", "", "5", "1/2"],
        "boxed_correct_gold": ["4", "4", "4", "\\frac12"],
    }
    assert recorder.metrics == {"boxed_correct/no_answer": 0.25}


@pytest.mark.usefixtures("logging_on")
def test_a_failing_logger_never_breaks_scoring() -> None:
    def broken(*args: object) -> None:
        raise RuntimeError(args)

    assert boxed_correct(["\\boxed{4}"], answer=["4"], log_extra=broken, log_metric=broken) == [1.0]


# --- reflection, structure, PKV, shaping ---------------------------------------------------


def test_reflection_explains_counted_and_discounted_events() -> None:
    from rewardkit import reflection

    text = " ".join(f"{i} + 2 = {i + 2}." for i in range(40))
    event = " Wait, I made an error: x = -2, since the root is negative."
    explanation = reflection.explain(text + event + event + " Wait.")
    details = explanation.details
    assert explanation.score == reflection.score(text + event + event + " Wait.")
    assert [e["phrase"] for e in details["counted"]] == ["wait, i made an error"]  # type: ignore[index, union-attr]
    assert [e["why"] for e in details["discounted"]] == ["repeated", "no content after it"]  # type: ignore[index, union-attr]
    assert (details["region"], details["stuffed"]) == ("all", False)


def test_reflection_explains_the_stuffing_cap() -> None:
    from rewardkit import reflection

    text = "but wait, the value is 4. " * 200 + "the answer is 4"
    details = reflection.explain(text).details
    assert details["stuffed"] is True
    assert reflection.score(text) <= 0.1


def test_think_format_explains_missing_duplicated_and_violations() -> None:
    explanation = think_format.explain("<think>a</think><think>b</think>x<answer>4")
    assert explanation.details["missing"] == ["answer"]
    assert explanation.details["duplicated"] == ["think"]
    assert explanation.details["unpaired"] == {"answer": 1}
    assert explanation.details["violations"] == ["text"]


def test_pkv_rewards_explain_tags_similarities_lengths_and_leaks() -> None:
    from rewardkit import pkv

    copied = corpus.PKV.replace("Sire, four candles per hive: 24 hives.", "Arr, 96 / 4 = 24 hives.")
    originality = pkv.originality.explain(copied).details
    assert originality["copies"] == ["knight~pirate"]
    assert originality["similarity"]["knight~pirate"] == 1.0  # type: ignore[index]
    structure = pkv.structure.explain(corpus.PKV.replace("</viking>", "")).details
    assert (structure["missing"], structure["found"]) == (["</viking>"], 11)
    lengths = pkv.length.explain(corpus.PKV).details
    assert lengths["lengths"] == {"pirate": 23, "knight": 38, "viking": 26}
    leak = pkv.correct.explain(corpus.PKV + " <winner>", answer="24")
    assert (leak.score, leak.details["tag_leak"]) == (-1.0, True)


def test_length_rewards_explain_their_inputs() -> None:
    from rewardkit import cosine_scaled, kimi_length, overlong_penalty, repetition_penalty

    penalty = overlong_penalty(max_length=100, buffer=20).explain("x" * 90)
    assert (penalty.score, penalty.details["length"], penalty.details["unit"]) == (-0.5, 90, "char")
    tokens = overlong_penalty(max_length=100, buffer=20).explain("x", completion_ids=[1] * 95)
    assert (tokens.details["length"], tokens.details["unit"]) == (95, "token")
    cosine = cosine_scaled(max_length=100).explain("\\boxed{4}", answer="4")
    assert cosine.details["correct"] is True
    assert cosine.components[0].name == "boxed_correct"
    kimi = kimi_length().explain_batch(_batch(["\\boxed{4}", "so \\boxed{4}"], ["4", "4"]))
    assert [(e.details["group_min"], e.details["group_max"]) for e in kimi] == [(9, 12)] * 2
    repeated = repetition_penalty().explain("a b c a b c a b c")
    assert repeated.score == -float(repeated.details["repeated"])  # type: ignore[arg-type]


def test_aha_cognitive_choice_and_gsm8k_explain_what_they_found() -> None:
    from rewardkit import aha, choice_correct, cognitive_behaviors, gsm8k_correct

    found = aha.explain("But wait, the sign is wrong. Let me recheck.").details
    assert [p["phrase"] for p in found["phrases"]] == ["but wait", "recheck"]  # type: ignore[index, union-attr]
    behaviours = cognitive_behaviors().explain("8*35 is 280, which is too high. So 7.").details
    assert behaviours["matches"]["verification"] == [["is too high", 19]]  # type: ignore[index]
    hedge = choice_correct().explain("Answer: C or D", answer="C")
    assert (hedge.score, hedge.details["named"], hedge.details["gold_option"]) == (
        0.0,
        ["C", "D"],
        "C",
    )
    gsm8k = gsm8k_correct.explain("So she makes \\$18.00 a day.", answer="... = 18\n#### 18")
    assert (gsm8k.score, gsm8k.details["answer_value"], gsm8k.details["gold_value"]) == (
        1.0,
        "18",
        "18",
    )


# --- rewardkit.explain: rows, lines, checkpoint examples ------------------------------------


def test_explain_rows_gives_one_record_per_row_with_errors_for_missing_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rewardkit import explain as explain_module

    monkeypatch.setattr(explain_module, "CHUNK", 2)
    rows: list[dict[str, object]] = [
        {"completion": "\\boxed{4}", "answer": "4"},
        {"completion": "\\boxed{5}"},
        {"completion": "\\boxed{5}", "answer": "5"},
        {"answer": "4"},
        {"completion": "none", "answer": "4"},
    ]
    records = list(explain_module.explain_rows([boxed_correct, think_format], rows))
    assert [r.get("error") for r in records] == [
        None,
        "missing column 'answer' or 'solution' (the gold answer boxed_correct reads)",
        None,
        "missing column 'completion'",
        None,
    ]
    assert [r["boxed_correct"]["score"] for r in records if "error" not in r] == [1.0, 1.0, 0.0]  # type: ignore[index]
    assert records[0]["think_format"]["score"] == think_format.score("\\boxed{4}")  # type: ignore[index]


def test_explain_line_counts_lines_as_an_editor_and_refuses_bad_lines(tmp_path: Path) -> None:
    from rewardkit.errors import ConfigError
    from rewardkit.explain import explain_line, format_explanation

    path = tmp_path / "ckpt.jsonl"
    path.write_text(
        '{"completion": "\\\\boxed{3}", "answer": "4"}\n\nnot json\n'
        '{"completion": "\\\\boxed{4}", "answer": "4"}\n',
        encoding="utf-8",
    )
    [explanation] = explain_line(path, 4, [boxed_correct])
    assert (explanation.score, explanation.details["answer"]) == (1.0, "4")
    assert format_explanation([explanation], title="line 4").startswith(
        "line 4\nboxed_correct = 1\n  answer: 4\n  source: boxed\n"
    )
    for bad in (3, 9, 0):
        with pytest.raises(ConfigError, match="line must"):
            explain_line(path, bad, [boxed_correct])


def test_report_examples_picks_new_reflection_and_correct_completions() -> None:
    from rewardkit import aha
    from rewardkit.explain import format_examples, report_examples

    def row(prompt: str, completion: str) -> dict[str, object]:
        return {"prompt": prompt, "completion": completion, "answer": "4"}

    first = [row("q1", "But wait, \\boxed{4}"), row("q2", "\\boxed{5}")]
    second = [row("q1", "Let me recheck. \\boxed{4}"), row("q2", "But wait, \\boxed{3}")]
    report = report_examples(
        [("ckpt-1", first), ("ckpt-2", second)], correct=boxed_correct, reflection=aha, k=5
    )
    assert [(c.new_reflection, c.correct_count) for c in report] == [(1, 1), (1, 1)]
    assert [e.index for e in report[1].reflection] == [1]  # q1 reflected already at ckpt-1
    assert report[1].reflection[0].explanation.details["phrases"][0]["phrase"] == "but wait"  # type: ignore[index]
    text = format_examples(report)
    assert text.startswith("== ckpt-1: 1 newly earned reflection, 1 correct\n")
    assert "-- newly earned reflection: row 2" in text
    again = report_examples(
        [("ckpt-1", first), ("ckpt-2", second)], correct=boxed_correct, reflection=aha, k=5
    )
    assert again == report


# --- verl ------------------------------------------------------------------------------------


def test_verl_explain_adds_compact_fields_and_keeps_the_score() -> None:
    from rewardkit.integrations.verl import make_compute_score

    plain = make_compute_score([boxed_correct, think_format], [1.0, 0.5])
    explained = make_compute_score([boxed_correct, think_format], [1.0, 0.5], explain=True)
    text = "<think>a</think> so \\boxed{\\frac{1}{2}}"
    result = explained("math", text, "0.5")
    assert isinstance(result, dict)
    assert result["score"] == plain("math", text, "0.5")
    assert result["boxed_correct.answer"] == "\\frac{1}{2}"
    assert result["boxed_correct.rule"] == "exact rational"
    assert result["boxed_correct.hedged"] == 0.0
    assert all(isinstance(v, (float, str)) for v in result.values())
    assert all(len(v) <= 64 for v in result.values() if isinstance(v, str))


def test_verl_explain_must_be_a_bool() -> None:
    from rewardkit.errors import ConfigError
    from rewardkit.integrations.verl import make_compute_score

    with pytest.raises(ConfigError, match="explain must be True or False; got 'yes'"):
        make_compute_score(boxed_correct, explain="yes")  # type: ignore[arg-type]


@pytest.mark.usefixtures("logging_on")
def test_reflection_logs_the_share_capped_as_stuffing() -> None:
    from rewardkit import reflection

    recorder = _Recorder()
    stuffed = "but wait, the value is 4. " * 200 + "the answer is 4"
    reflection(
        [stuffed, "no reflection here"],
        log_extra=recorder.log_extra,
        log_metric=recorder.log_metric,
    )
    assert (recorder.columns, recorder.metrics) == ({}, {"reflection/stuffed": 0.5})


def test_countdown_explains_value_and_numbers_used() -> None:
    from rewardkit import countdown_correct

    wrong = countdown_correct.explain("<answer>25 - 5 - 5</answer>", nums=[3, 4, 5, 25], target=15)
    assert (wrong.score, wrong.details["value"], wrong.details["uses_each_number_once"]) == (
        0.1,
        "15",
        False,
    )
    odd = countdown_correct.explain("<answer>1</answer>", nums="x", target=15)
    assert (odd.score, odd.details["well_formed"]) == (None, False)


# --- tool_use, pkv.format, pkv.reflection, cognitive_behaviors (issue 15 follow-up) -------------

_CALL = "```python\nprint(2 + 2)\n```\n"
_BROKEN = "```python\nprint(2 +\n```\n"
_OUTPUT = "```output\n4\n```\n"


@pytest.mark.parametrize(
    ("options", "text", "prompt", "expected"),
    [
        pytest.param({}, _CALL, None, {"calls": 1, "unparsed": [], "no_output": []}, id="ok"),
        pytest.param({}, "I can use Python.", None, {"calls": 0, "min_calls": 1}, id="no-call"),
        pytest.param({}, _CALL + _BROKEN, None, {"calls": 2, "unparsed": [1]}, id="unparsed"),
        pytest.param(
            {"max_calls": 1}, _CALL + _CALL, None, {"calls": 2, "max_calls": 1}, id="too-many"
        ),
        pytest.param(
            {"require_output": True},
            _CALL + _OUTPUT + _CALL + "text\n" + _OUTPUT,
            None,
            {"calls": 2, "no_output": [1]},
            id="no-output",
        ),
        pytest.param(
            {},
            "print(2 + 2)\n```\nSo 4.",
            "Solve 2+2.\n```python\n",
            {"calls": 1, "prefilled": True, "echoed": 0},
            id="prefilled",
        ),
        pytest.param(
            {},
            "Wait, I can use Python to check.\nSo 4.",
            "Solve. Wait, I can use Python to check.",
            {"calls": 0, "echoed": 32, "prefilled": False},
            id="echoed-hint",
        ),
    ],
)
def test_tool_use_explanations(
    options: dict[str, object], text: str, prompt: str | None, expected: dict[str, object]
) -> None:
    from rewardkit import tool_use

    reward = tool_use.configure(**options) if options else tool_use
    explanation = reward.explain(text, prompt=prompt)
    assert explanation.score == reward.score(text, prompt=prompt)
    assert {key: explanation.details.get(key) for key in expected} == expected


_LAYOUT = (
    "<competition>\n<pirate>a</pirate>\n<knight>b</knight>\n<viking>c</viking>\n"
    "<result>so<winner>pirate</winner></result>\n</competition>\nIt is 4."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _LAYOUT,
            {"score": 1.0, "in_order": True, "stray_text": [], "final_answer": True},
            id="exact",
        ),
        pytest.param(
            "thinking " + _LAYOUT.replace("</result>", "more</result>"),
            {
                "score": 0.5,
                "stray_text": ["before <competition>", "between </winner> and </result>"],
            },
            id="stray-text",
        ),
        pytest.param(
            _LAYOUT.replace("It is 4.", ""),
            {"score": 0.5, "stray_text": [], "final_answer": False},
            id="no-final-answer",
        ),
        pytest.param(
            _LAYOUT.replace("</viking>", ""),
            {
                "score": 0.0,
                "tags": 11,
                "in_order": False,
                "first_mismatch": "tag 7: expected </viking>, found <result>",
            },
            id="missing-tag",
        ),
        pytest.param(
            _LAYOUT + "<winner>",
            {"score": 0.0, "first_mismatch": "tag 13: expected the end, found <winner>"},
            id="extra-tag",
        ),
    ],
)
def test_pkv_format_explanations(text: str, expected: dict[str, object]) -> None:
    from rewardkit import pkv

    explanation = pkv.format.explain(text)
    assert explanation.score == pkv.format.score(text)
    got = {"score": explanation.score, **explanation.details}
    assert {key: got.get(key) for key in expected} == expected


def test_pkv_format_preamble_option_reaches_the_explanation() -> None:
    from rewardkit import pkv

    reward = pkv.format.configure(preamble=True)
    explanation = reward.explain("<think>x</think>" + _LAYOUT)
    assert (explanation.score, explanation.details["stray_text"]) == (1.0, [])


def test_pkv_reflection_explains_each_section() -> None:
    from rewardkit import pkv

    section = "x = 2. " * 40 + "Wait, I made an error: x = -2, since the root is negative."
    text = f"<pirate>{section}</pirate><knight>Wait. Let me recheck.</knight>"
    explanation = pkv.reflection.explain(text)
    details = explanation.details
    assert explanation.score == pkv.reflection.score(text) > 0
    assert details["missing"] == ["viking"]
    sections = details["sections"]
    assert sections["pirate"]["counted"] == ["wait, i made an error"]  # type: ignore[index]
    assert sections["pirate"]["chars"] == len(section)  # type: ignore[index]
    assert sections["knight"]["score"] == 0.0  # type: ignore[index]
    assert sections["knight"]["discounted"] == [["wait. let me recheck", "no content after it"]]  # type: ignore[index]


_WORK = " ".join(f"{i} * 7 = {i * 7}." for i in range(30))


@pytest.mark.parametrize(
    ("text", "counted", "discounted"),
    [
        pytest.param(
            _WORK + " Let me verify: 42/7 = 6, so x = 42.",
            {"verification": ["let me verify"]},
            [],
            id="counted",
        ),
        pytest.param(
            _WORK + " Let me verify: 42/7 = 6. Let me verify: 42/7 = 6.",
            {"verification": ["let me verify"]},
            [("verification", "let me verify", "repeated")],
            id="repeated",
        ),
        pytest.param(
            _WORK + " This doesn't work. Let me verify.",
            {},
            [
                ("verification", "let me verify", "no content after it"),
                ("backtracking", "this doesn't work", "followed only by other phrases"),
            ],
            id="no-content-and-only-phrases",
        ),
    ],
)
def test_cognitive_behaviors_explanations(
    text: str, counted: dict[str, list[str]], discounted: list[tuple[str, str, str]]
) -> None:
    from rewardkit import cognitive_behaviors

    explanation = cognitive_behaviors().explain(text)
    details = explanation.details
    assert explanation.score == cognitive_behaviors().score(text)
    got = {
        name: [m["phrase"] for m in matches]
        for name, matches in details["counted"].items()  # type: ignore[attr-defined]
        if matches
    }
    assert got == counted
    assert sorted((d["behaviour"], d["phrase"], d["why"]) for d in details["discounted"]) == sorted(  # type: ignore[attr-defined]
        discounted
    )
    assert (details["region"], details["region_chars"]) == ("all", len(text.lower()))


def test_cognitive_behaviors_explains_the_stuffing_cap_and_the_region() -> None:
    from rewardkit import cognitive_behaviors

    # distinct reasoning after each group, but phrases cover most of the text: the density cap
    stuffed = " ".join(
        "Let me verify this. Let me double check this. That is too high. "
        f"Let me try again: {c} = 2."
        for c in "abcdefghijklmnopqrstuvwxyz"
    )
    details = cognitive_behaviors().explain(stuffed).details
    assert details["stuffed"] is True
    assert details["events"]["verification"] > 2  # type: ignore[index]
    assert cognitive_behaviors().score(stuffed) <= 0.1
    reward = cognitive_behaviors(where="think")
    inside = "<think>" + _WORK + " Let me verify: 42/7 = 6, so x = 42.</think> The answer is 42."
    explained = reward.explain(inside)
    assert explained.score == reward.score(inside)
    assert explained.details["region"] == "think"
    assert explained.details["region_chars"] < len(inside)
