"""Run the benchmark harness on tiny corpora so it cannot rot (no timing assertions)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import
import corpus
import peers
import run
import tune_prefilter

MV = peers.math_verify_available()
needs_math_verify = pytest.mark.skipif(not MV, reason="math-verify is not installed")


# --- statistics ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        pytest.param([5.0], 50, 5.0, id="one-value"),
        pytest.param([1.0, 2.0, 3.0, 4.0], 50, 2.0, id="median-nearest-rank"),
        pytest.param([1.0, 2.0, 3.0, 4.0], 100, 4.0, id="max"),
        pytest.param([float(i) for i in range(1, 101)], 99, 99.0, id="p99-of-100"),
        pytest.param([float(i) for i in range(1, 1001)], 99, 990.0, id="p99-of-1000"),
    ],
)
def test_percentile(values: list[float], q: float, expected: float) -> None:
    assert run.percentile(values, q) == expected


def test_percentile_of_nothing_is_nan() -> None:
    assert math.isnan(run.percentile([], 50))


# --- the generated GRPO batch -------------------------------------------------------------


def test_grpo_batch_is_seeded_and_grpo_shaped() -> None:
    a = corpus.grpo_batch(6, seed=3)
    assert a == corpus.grpo_batch(6, seed=3)
    assert a.items != corpus.grpo_batch(6, seed=4).items
    groups: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for item in a.items:
        groups.setdefault(item.group, set()).add(item.gold)
        sizes[item.group] = sizes.get(item.group, 0) + 1
    assert len(groups) == 6
    assert all(len(golds) == 1 for golds in groups.values())
    assert all(8 <= size <= 16 for size in sizes.values())
    assert 1_500 < a.mean_chars() < 3_500


def test_grpo_batch_mixes_right_wrong_and_reflective() -> None:
    items = corpus.grpo_batch(16, seed=0).items
    verdicts = [peers.naive_correct(i.completion, i.gold) for i in items]
    reflective = [peers.naive_aha(i.completion) for i in items]
    assert 0 < sum(verdicts) < len(items)
    assert 0 < sum(reflective) < len(items)
    assert any(i.completion.count("\\boxed") > 50 for i in items)  # degenerate outputs


# --- the peers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("But wait, that is wrong.", 1.0, id="but-wait"),
        pytest.param("LET'S CHECK the sum.", 1.0, id="uppercase"),
        pytest.param("Captain Ahab sails.", 1.0, id="substring-flaw-ahab"),
        pytest.param("let’s check with a curly apostrophe", 0.0, id="curly-apostrophe-missed"),
        pytest.param("The answer is 4.", 0.0, id="no-keyword"),
        pytest.param("", 0.0, id="empty"),
    ],
)
def test_naive_aha_reproduces_the_recipe(text: str, expected: float) -> None:
    assert peers.naive_aha(text) == expected


@pytest.mark.parametrize(
    ("text", "gold", "number", "correct"),
    [
        pytest.param("so \\boxed{42}", "42", 1.0, 1.0, id="integer"),
        pytest.param("so \\boxed{ 4.5 }", "4.5", 1.0, 1.0, id="spaces-stripped"),
        pytest.param("so \\boxed{\\frac{1}{2}}", "\\frac{1}{2}", 0.0, 0.0, id="nested-cut"),
        pytest.param("so \\boxed{0.5}", "\\frac{1}{2}", 1.0, 0.0, id="no-equivalence"),
        pytest.param("\\boxed{1} then \\boxed{2}", "2", 1.0, 1.0, id="last-box"),
        pytest.param("no box, 42", "42", 0.0, 0.0, id="no-box"),
    ],
)
def test_naive_seed_set_reproduces_the_recipe(
    text: str, gold: str, number: float, correct: float
) -> None:
    assert peers.naive_boxed_number(text) == number
    assert peers.naive_correct(text, gold) == correct
    expected = 0.5 * number + 2.0 * correct + peers.naive_aha(text)
    assert peers.naive_seed_total(text, gold) == expected


@needs_math_verify
@pytest.mark.parametrize(
    ("peer", "completion", "gold", "expected"),
    [
        pytest.param(peers.mv_trl_accuracy, "My answer is \\boxed{\\frac{1}{3}}", "\\frac{1}{3}",
                     1.0, id="trl-doc-right"),
        pytest.param(peers.mv_trl_accuracy, "My answer is \\boxed{\\frac{1}{2}}", "\\frac{1}{3}",
                     0.0, id="trl-doc-wrong"),
        pytest.param(peers.mv_trl_accuracy, "It is \\boxed{0.5}.", "So $\\boxed{\\frac12}$.",
                     1.0, id="trl-solution-gold"),
        pytest.param(peers.mv_trl_accuracy, "The answer is 0.5", "So $\\boxed{\\frac12}$.",
                     0.0, id="trl-needs-an-anchor"),
        pytest.param(peers.mv_openr1_accuracy, "It is \\boxed{0.5}.", "So $\\boxed{\\frac12}$.",
                     1.0, id="openr1-right"),
        pytest.param(peers.mv_openr1_accuracy, "It is \\boxed{3}.", "no latex gold", 1.0,
                     id="openr1-unparseable-gold-scores-1"),
        pytest.param(peers.mv_plain, "so the answer is $\\frac{1}{2}$", "0.5", 1.0,
                     id="plain-right"),
        pytest.param(peers.mv_plain, "so the answer is $3$", "0.5", 0.0, id="plain-wrong"),
    ],
)  # fmt: skip
def test_math_verify_peers_reproduce_the_recipes(
    peer: object, completion: str, gold: str, expected: float
) -> None:
    assert peer(completion, gold) == expected  # type: ignore[operator]


# --- the measurement ----------------------------------------------------------------------


def _items(n: int) -> list[corpus.Item]:
    return [
        corpus.Item(f"step {k}. \\boxed{{{k}}}", str(k), str(k), f"g{k // 4}") for k in range(n)
    ]


def test_measure_scores_every_item_in_order() -> None:
    items = _items(10)
    contender = run.Contender(
        "last box",
        one=lambda item: peers.naive_correct(item.completion, item.gold),
        batch=lambda batch: [peers.naive_correct(i.completion, i.gold) for i in batch],
    )
    m = run.measure(contender, "toy", items, repeats=2, memory_items=5)
    assert (m.n, m.corpus, m.kind, m.stopped_early, m.errors) == (10, "toy", "rewardkit", False, 0)
    assert m.values == [1.0] * 10
    assert len(m.latencies_ms) == 10
    assert m.items_per_s > 0
    assert m.p50_ms <= m.p99_ms <= m.max_ms
    assert m.peak_kib is not None


def test_measure_stops_at_the_budget_and_counts_errors() -> None:
    def boom(item: corpus.Item) -> float:
        raise ValueError(item.gold)

    contender = run.Contender("boom", one=boom, batch=list, kind="peer", loop_only=True, budget=0.0)
    m = run.measure(contender, "toy", _items(5), memory_items=0)
    assert (m.n, m.errors, m.stopped_early, m.values) == (1, 1, True, [None])


def _measure(name: str, corpus_name: str, per_s: float, *, kind: str = "rewardkit",
             p99: float = 1.0, top: float = 2.0) -> run.Measure:  # fmt: skip
    m = run.Measure(name, corpus_name, kind, 100, per_s, 0.5, p99, top, None, [], [])
    m.cpu_items_per_s = per_s
    return m


@pytest.mark.parametrize(
    ("boxed", "peer", "p99", "top", "preset", "expected"),
    [
        pytest.param(2000.0, 100.0, 10.0, 500.0, 30_000.0, ["met"] * 3, id="all-met"),
        pytest.param(900.0, 100.0, 10.0, 500.0, 30_000.0, ["missed", "met", "met"], id="ratio"),
        pytest.param(2000.0, 100.0, 60.0, 500.0, 30_000.0, ["met", "missed", "met"], id="p99"),
        pytest.param(2000.0, 100.0, 10.0, 1500.0, 30_000.0, ["met", "missed", "met"], id="max"),
        pytest.param(2000.0, 100.0, 10.0, 500.0, 10_000.0, ["met", "met", "missed"], id="preset"),
    ],
)
def test_targets_are_judged_against_issue_8(
    boxed: float, peer: float, p99: float, top: float, preset: float, expected: list[str]
) -> None:
    result = run.Run(run.parse_args(["--quick"]))
    result.measures = [
        _measure("math-verify (TRL accuracy_reward)", "math500 sample", peer, kind="peer"),
        _measure("boxed_correct", "math500 sample", boxed),
        _measure("boxed_correct", "math500", boxed, p99=p99, top=top),
        _measure("presets.aha_grpo (3 rewards, weighted)", "grpo", preset),
        _measure("aha", "grpo", 50_000.0),
        _measure("naive keyword loop", "grpo", 40_000.0, kind="peer"),
    ]
    rows = run.targets(result)
    assert [row[2].strip("*") for row in (rows[0], rows[2], rows[3])] == expected
    assert rows[1][2] == "n/a"  # no agreement measured
    assert rows[4][2] == "n/a"  # no math500 rows for aha
    assert rows[5][2] == "**met**"


# --- end to end ---------------------------------------------------------------------------


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A folder shaped like ../shared/data with a handful of rows (no degenerate ones)."""
    gold = [
        {"unique_id": "u1", "answer": "\\frac{1}{2}", "solution": "Half: $\\boxed{\\frac{1}{2}}$."},
        {"unique_id": "u2", "answer": "7", "solution": "So $\\boxed{7}$."},
    ]
    generations = [
        {"model": m, "unique_id": g["unique_id"], "problem": "p", "answer": g["answer"],
         "completion": f"Let's check. So the answer is $\\boxed{{{c}}}$."}
        for g in gold
        for m, c in (("a", g["answer"]), ("b", "0.5"), ("c", "3"))
    ]  # fmt: skip
    gsm8k = [
        {"question": "q1", "answer": "3 + 4 = 7\nA: 7", "method": "m", "completion": "A: 7",
         "is_correct": True},
        {"question": "q2", "answer": "1,000 - 1\nA: 999", "method": "m",
         "completion": "so 998\nA: 998", "is_correct": False},
    ]  # fmt: skip
    for name, rows in (
        ("math500_gold.jsonl", gold),
        ("math500_generations.jsonl", generations),
        ("gsm8k_model_solutions.jsonl", gsm8k),
    ):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_loaders_read_the_shared_data_format(tiny_data: Path) -> None:
    math500 = corpus.load_math500(tiny_data)
    gsm8k = corpus.load_gsm8k(tiny_data)
    assert math500 is not None
    assert gsm8k is not None
    assert len(math500) == 6
    assert math500.items[0].solution == "Half: $\\boxed{\\frac{1}{2}}$."
    assert [i.gold for i in gsm8k.items] == ["7", "999"]
    assert [i.label for i in gsm8k.items] == [True, False]
    assert corpus.load_math500(tiny_data / "absent") is None


def test_main_writes_the_report(tiny_data: Path, tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    assert run.main(["--quick", "--data", str(tiny_data), "--output", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    for heading in ("## Targets (issue 8)", "## Corpora", "## math500", "## gsm8k", "## grpo"):
        assert heading in text
    assert "naive keyword loop" in text
    assert "naive seed reward set" in text
    assert "## Import time (issue 13.6)" in text
    assert "Ratio rewardkit / (json, numpy): " in text
    if MV:
        assert "math-verify (TRL accuracy_reward)" in text
        assert "## Verdict agreement" in text
        assert "## Accuracy against labels" in text


def test_main_runs_without_data(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    argv = ["--quick", "--no-data", "--no-math-verify", "--profile", "--output", str(output)]
    assert run.main(argv) == 0
    text = output.read_text(encoding="utf-8")
    assert "## grpo" in text
    assert "## math500" not in text
    assert "../shared/data is absent" in text
    found, _missing = run.rewardkit_contenders(batch_size=8)
    if "aha_grpo" in found:
        assert "## Profile: `aha_grpo` on grpo" in text


def test_main_keeps_the_sections_other_scripts_wrote(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    hostile = "<!-- bench_hostile: begin -->\n## Hostile corpus\nrow\n<!-- bench_hostile: end -->"
    stale_import = bench_import.section({"json, numpy": 1.0, "rewardkit": 9.0}, 3)
    output.write_text(f"# old report\n\n{hostile}\n\n{stale_import}", encoding="utf-8")
    argv = ["--quick", "--no-data", "--no-math-verify", "--output", str(output)]
    assert run.main(argv) == 0
    text = output.read_text(encoding="utf-8")
    assert "# old report" not in text
    assert text.count(hostile) == 1
    assert text.count(bench_import.BEGIN) == 1  # the fresh measurement replaced the stale one
    assert "9.00x" not in text


@pytest.mark.parametrize(
    ("rewardkit_seconds", "ratio", "status"),
    [
        pytest.param(0.14, "1.40x", "**met**", id="within-target"),
        pytest.param(0.16, "1.60x", "**missed**", id="over-target"),
    ],
)
def test_import_section_judges_the_ratio_against_the_target(
    rewardkit_seconds: float, ratio: str, status: str
) -> None:
    text = bench_import.section({"json, numpy": 0.1, "rewardkit": rewardkit_seconds}, 9)
    assert text.startswith(bench_import.BEGIN)
    assert text.rstrip("\n").endswith(bench_import.END)
    assert f"Ratio rewardkit / (json, numpy): {ratio}; target <= 1.5x: {status}." in text


def test_import_section_reports_a_baseline_measured_in_the_same_runs() -> None:
    medians = {"json, numpy": 0.1, "rewardkit": 0.13, bench_import.BASELINE: 0.17}
    text = bench_import.section(medians, 9, "2240f72")
    assert "| `import rewardkit (baseline)` | 170.0 |" in text
    assert "Baseline (`2240f72`) in the same runs: 1.70x." in text
    assert "Baseline" not in bench_import.section({"json, numpy": 0.1, "rewardkit": 0.13}, 9)


def test_import_write_replaces_only_its_own_section(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text("# head\n", encoding="utf-8")
    bench_import.write(bench_import.section({"json, numpy": 0.1, "rewardkit": 0.2}, 9), path)
    bench_import.write(bench_import.section({"json, numpy": 0.1, "rewardkit": 0.12}, 9), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# head\n")
    assert text.count(bench_import.BEGIN) == 1
    assert "1.20x" in text
    assert "2.00x" not in text


def test_measured_rewardkit_contenders_score_within_bounds() -> None:
    found, _missing = run.rewardkit_contenders(batch_size=8)
    items = list(corpus.grpo_batch(2, seed=1).items)
    assert "extract_boxed" in found
    for key, contender in found.items():
        values = contender.batch(items)
        assert len(values) == len(items), key
        if key != "extract_boxed":
            assert all(v is None or isinstance(v, float) for v in values), key
        assert values == [contender.one(i) for i in items], key  # batch == per item


def test_agreement_row_counts_both_directions() -> None:
    result = run.Run(run.parse_args(["--quick"]))
    result.agreement = [
        ("math500 sample", "boxed_correct", "math-verify (TRL accuracy_reward)", 90, 3, 2, 5),
    ]
    row = run.targets(result)[1]
    assert row[1] == ("agree on 95.0% of 100; only rewardkit says correct: 3, only math-verify: 2")
    assert row[2] == "see disagreements"


def test_cli_pool_contender_scores_every_line_in_order() -> None:
    contender = run.workers_contender(1, batch_size=8)
    if contender is None:
        pytest.skip("rewardkit.cli is not in this checkout")
    items = list(corpus.grpo_batch(2, seed=2).items)
    m = run.measure(contender, "grpo", items, repeats=1, memory_items=0)
    assert (m.n, m.latencies_ms, m.peak_kib) == (len(items), [], None)
    assert math.isnan(m.p99_ms)
    assert math.isnan(m.cpu_items_per_s)
    found, _missing = run.rewardkit_contenders(batch_size=8)
    if "aha_grpo" in found:
        expected = found["aha_grpo"].batch(items)
        weights = {"boxed_number": 0.5, "boxed_correct": 2.0, "aha": 1.0}
        totals = [
            sum(weights[name] * (value or 0.0) for name, value in scores.items())  # type: ignore[union-attr]
            for scores in m.values
        ]
        assert totals == expected


def test_clear_rewardkit_caches_empties_the_answer_caches() -> None:
    equivalence = pytest.importorskip("rewardkit.equivalence")
    assert equivalence.is_equivalent("\\frac{1}{2}", "0.5")
    cached = [
        value
        for value in vars(equivalence).values()
        if callable(getattr(value, "cache_info", None))
    ]
    if not any(f.cache_info().currsize for f in cached):
        pytest.skip("rewardkit.equivalence keeps no functools cache")
    assert run.clear_rewardkit_caches() >= 1
    assert all(f.cache_info().currsize == 0 for f in cached)


def test_clear_rewardkit_caches_keeps_compiled_patterns() -> None:
    matching = pytest.importorskip("rewardkit.reflect.matching")
    from rewardkit import aha

    assert aha(["But wait, let me check."]) == [1.0]
    built = matching.compiled.cache_info().currsize
    assert built >= 1
    run.clear_rewardkit_caches()
    assert matching.compiled.cache_info().currsize == built


def test_paired_ratio_is_b_time_over_a_time() -> None:
    items = _items(20)
    fast = run.Contender("fast", one=lambda item: 1.0, batch=lambda batch: [1.0] * len(batch))

    def slow_batch(batch: object) -> list[object]:
        return [sum(range(2_000)) for _ in range(20)]

    slow = run.Contender("slow", one=lambda item: 1.0, batch=slow_batch)
    cpu, wall = run.paired_ratio(fast, slow, items, repeats=2)
    assert cpu > 1.0
    assert wall > 1.0


@pytest.mark.parametrize(
    ("preset", "answer", "aha", "expected"),
    [
        pytest.param(27_500.0, (1.3, 1.4), (0.5, 0.55), ["met"] * 4, id="all-met"),
        pytest.param(24_000.0, (1.3, 1.4), (0.5, 0.55), ["missed"] + ["met"] * 3, id="preset"),
        pytest.param(27_500.0, (1.3, 1.6), (0.5, 0.55), ["met", "missed", "met", "met"], id="med"),
        pytest.param(27_500.0, (1.3, 1.4), (0.7, 0.55), ["met"] * 2 + ["missed"] * 2, id="aha"),
    ],
)
def test_issue_18_targets_need_both_ratios(
    preset: float, answer: tuple[float, float], aha: tuple[float, float], expected: list[str]
) -> None:
    result = run.Run(run.parse_args(["--quick"]))
    result.measures = [_measure("presets.aha_grpo (3 rewards, weighted)", "grpo", preset)]
    result.timed = {
        ("answer_correct / boxed_correct", "math500 sample"): answer,
        ("aha / honest keyword loop", "math500"): aha,
        ("aha / honest keyword loop", "grpo"): aha,
    }
    rows = run.targets_18(result)
    assert [row[2].strip("*") for row in rows] == expected
    assert "margin" in rows[1][1]


def test_issue_18_targets_not_measured_are_na() -> None:
    rows = run.targets_18(run.Run(run.parse_args(["--quick"])))
    assert [row[2] for row in rows] == ["n/a"] * 4


def test_paired_medians_time_each_contender_on_every_item() -> None:
    items = _items(30)
    seen: list[str] = []

    def slow_one(item: corpus.Item) -> object:
        seen.append(item.gold)
        return sum(range(20_000))

    fast = run.Contender("fast", one=lambda item: 1.0, batch=lambda batch: [1.0] * len(batch))
    slow = run.Contender("slow", one=slow_one, batch=lambda batch: [])
    fast_median, slow_median = run.paired_medians(fast, slow, items, block=7)
    assert seen == [item.gold for item in items]
    assert slow_median > fast_median >= 0.0


def test_honest_loop_is_the_recipe_loop_with_one_lower() -> None:
    texts = ["But WAIT, x = 2.", "Let's Check it.", "no phrase here", "RECHECK"]
    for text in texts:
        expected = 1.0 if any(k in text.lower() for k in peers.KEYWORDS) else 0.0
        assert run.honest_loop(text) == expected


def test_prefilter_candidates_include_the_default_strip_and_are_distinct() -> None:
    source = r"(?:let me|we should) (?:check|verify) (?:this|it) again"
    found = tune_prefilter.candidates(source)
    assert "" in found  # the default: three required items kept
    assert len(set(found.values())) == len(found)
    assert found[""] != found["1!"]  # one item kept, any leading item dropped
    assert found["1!"].endswith(b"again")


@pytest.mark.skipif(not tune_prefilter.scan.fast_backend(), reason="hyperscan is not installed")
def test_the_prefilter_tuner_proposes_only_cheaper_sound_choices() -> None:
    lows = tune_prefilter.corpus(12)
    proposals = tune_prefilter.tune(lows, indexes=list(range(20)))
    sources = [
        source
        for name in tune_prefilter.cognitive.BEHAVIORS
        for _, source in tune_prefilter.BEHAVIOR_PATTERNS[name]
    ]
    for old, best in proposals:
        assert best.cost_us < 0.9 * old.cost_us
        assert best.hint != old.hint
        assert best.hint in tune_prefilter.candidates(sources[best.index])
