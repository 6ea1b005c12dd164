"""Tests for rewardkit.registry: rewards by name, safe specs, configs and presets."""

from __future__ import annotations

import json
import math
import pickle
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit
from rewardkit.errors import ConfigError
from rewardkit.extract import extract_boxed, has_boxed
from rewardkit.registry import (
    MAX_SPEC_LENGTH,
    WeightedReward,
    available_factories,
    available_rewards,
    check_unique,
    describe,
    get_preset,
    get_reward,
    load_config,
    parse_config,
    parse_spec,
    preset_names,
)
from rewardkit.reward import GoldScorer, Reward, TextScorer
from tests.rewards import BOXED


def _exact(text: str, gold: str) -> float:
    """1.0 when the boxed answer is the gold answer."""
    return 1.0 if extract_boxed(text) == gold else 0.0


EXACT = Reward(name="exact", scorer=GoldScorer(_exact), gold=("answer",))


def boxed_factory(*, weight: float = 1.0, name: str = "boxed_factory") -> Reward:
    """Build a boxed reward (a factory for the tests)."""
    if weight <= 0:
        msg = f"weight must be positive; got {weight!r}"
        raise ConfigError(msg)
    return Reward(name=name, scorer=TextScorer(has_boxed), upper=weight)


def double(reward: Reward) -> Reward:
    """A combinator: not a factory."""
    return reward


def tags_like(schema: tuple[str, ...], strict: bool = False) -> Reward:
    """Positional arguments are passed through."""
    return Reward(name=f"tags_like({','.join(schema)},{strict})", scorer=TextScorer(has_boxed))


def not_a_reward() -> Reward:
    """Annotated as a factory but returns something else."""
    return "oops"  # type: ignore[return-value]


def helper(text: str) -> float:
    """A plain function: not a factory."""
    return 0.0


def _namespace() -> types.ModuleType:
    module = types.ModuleType("demo")
    sub = types.ModuleType("demo.sub")
    sub.inner = Reward(name="sub_inner", scorer=TextScorer(has_boxed))  # type: ignore[attr-defined]
    sub.__all__ = ["inner"]  # type: ignore[attr-defined]
    values = {
        "boxed": BOXED,
        "alias": EXACT,
        "boxed_factory": boxed_factory,
        "double": double,
        "tags_like": tags_like,
        "not_a_reward": not_a_reward,
        "helper": helper,
        "sub": sub,
        "Reward": Reward,
    }
    for key, value in values.items():
        setattr(module, key, value)
    module.__all__ = list(values)  # type: ignore[attr-defined]
    return module


NS = _namespace()


# ------------------------------------------------------------------------------- parse_spec


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param("aha", ("aha", (), {}), id="name"),
        pytest.param("  aha  ", ("aha", (), {}), id="whitespace"),
        pytest.param("aha()", ("aha", (), {}), id="empty-call"),
        pytest.param(
            "overlong_penalty(max_length=1024, buffer=128)",
            ("overlong_penalty", (), {"max_length": 1024, "buffer": 128}),
            id="keywords",
        ),
        pytest.param("f(x=-1.5e3)", ("f", (), {"x": -1500.0}), id="negative-float"),
        pytest.param(
            "tags(['think', 'answer'], strict=True)",
            ("tags", (("think", "answer"),), {"strict": True}),
            id="list-becomes-tuple",
        ),
        pytest.param(
            "f(d={'a': [1, 2]}, n=None)", ("f", (), {"d": {"a": (1, 2)}, "n": None}), id="nested"
        ),
        pytest.param("pkv.format", ("pkv.format", (), {}), id="dotted"),
        pytest.param("pkv.format(x='y')", ("pkv.format", (), {"x": "y"}), id="dotted-call"),
        pytest.param("f(s='a)b,c=d')", ("f", (), {"s": "a)b,c=d"}), id="punctuation-in-string"),
    ],
)
def test_parse_spec(spec: str, expected: tuple[object, ...]) -> None:
    assert parse_spec(spec) == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("", "must not be empty", id="empty"),
        pytest.param("   ", "must not be empty", id="blank"),
        pytest.param("a" * (MAX_SPEC_LENGTH + 1), "at most", id="too-long"),
        pytest.param("aha(", "expected a name or a call", id="syntax"),
        pytest.param("1 + 2", "expected a name or a call", id="expression"),
        pytest.param("'aha'", "expected a name or a call", id="string"),
        pytest.param("f()()", "expected a name or a call", id="call-of-call"),
        pytest.param("x[0]", "expected a name or a call", id="subscript"),
        pytest.param("aha(x=__import__('os'))", "not a literal", id="import"),
        pytest.param("aha(x=open('/tmp/x', 'w'))", "not a literal", id="open"),
        pytest.param("aha(x=y)", "not a literal", id="name-value"),
        pytest.param("aha(x=lambda: 1)", "not a literal", id="lambda"),
        pytest.param("aha(x=1+2)", "not a literal", id="arithmetic"),
        pytest.param("aha(x=[i for i in 'ab'])", "not a literal", id="comprehension"),
        pytest.param("aha(*args)", "*arguments", id="starred"),
        pytest.param("aha(**kw)", "**arguments", id="double-starred"),
        pytest.param("a\x00b", "expected a name or a call", id="nul"),
    ],
)
def test_parse_spec_rejects(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("*", r"\*")):
        parse_spec(spec)


def test_parse_spec_rejects_non_string() -> None:
    with pytest.raises(ConfigError, match="must be a string; got int"):
        parse_spec(3)  # type: ignore[arg-type]


def test_parse_spec_never_evaluates(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    with pytest.raises(ConfigError):
        parse_spec(f"aha(x=open({str(target)!r}, 'w'))")
    with pytest.raises(ConfigError):
        get_reward(f"boxed_factory(weight=open({str(target)!r}, 'w'))", namespace=NS)
    assert not target.exists()


@given(st.text(max_size=200))
def test_parse_spec_only_raises_config_error(spec: str) -> None:
    try:
        name, args, kwargs = parse_spec(spec)
    except ConfigError:
        return
    assert name.replace(".", "").replace("_", "a").isalnum() or name.isidentifier()
    assert isinstance(args, tuple)
    assert isinstance(kwargs, dict)


def test_parse_spec_deep_nesting_is_config_error() -> None:
    with pytest.raises(ConfigError):
        parse_spec("f(x=" + "[" * 900 + "]" * 900 + ")")


# ------------------------------------------------------------------- available_* / describe


def test_available_rewards_by_name_and_export() -> None:
    found = available_rewards(NS)
    assert found["boxed"] is BOXED
    assert found["exact"] is EXACT
    assert found["alias"] is EXACT  # exported under another name
    assert found["sub_inner"] is NS.sub.inner  # type: ignore[attr-defined]
    assert found["sub.inner"] is NS.sub.inner  # type: ignore[attr-defined]
    assert list(found) == sorted(found)


def test_available_factories_excludes_combinators_and_helpers() -> None:
    assert list(available_factories(NS)) == ["boxed_factory", "not_a_reward", "tags_like"]


def test_available_rewards_of_the_package_are_its_rewards() -> None:
    exported = [getattr(rewardkit, name) for name in rewardkit.__all__]
    rewards = [value for value in exported if isinstance(value, Reward)]
    assert rewards, "rewardkit exports no reward"
    found = available_rewards()
    for reward in rewards:
        assert found[reward.name] is reward


def test_describe_uses_summary_then_docstring() -> None:
    rows = dict(describe(NS))
    assert rows["boxed"] == "1.0 if a box"
    assert rows["exact"] == "1.0 when the boxed answer is the gold answer."
    assert rows["boxed_factory(...)"] == "Build a boxed reward (a factory for the tests)."
    assert "alias" not in rows  # listed once, under its own name
    assert list(rows) == sorted(rows)


def test_describe_dataclass_scorer_uses_class_docstring() -> None:
    rewards = [r for r in available_rewards().values() if not r.summary]
    for reward in rewards:
        assert dict(describe())[reward.name], reward.name


def test_describe_lists_every_package_reward_with_a_rule() -> None:
    rows = dict(describe())
    for reward in available_rewards().values():
        assert rows[reward.name].strip(), reward.name


# -------------------------------------------------------------------------------- get_reward


def test_get_reward_ready() -> None:
    assert get_reward("boxed", namespace=NS) is BOXED
    assert get_reward("sub.inner", namespace=NS) is NS.sub.inner  # type: ignore[attr-defined]


def test_get_reward_configured_variant() -> None:
    variant = get_reward("exact(gold='final')", namespace=NS)
    assert variant.gold == ("final",)
    assert variant.name == "exact_goldfinal"
    assert repr(variant).startswith("<Reward exact_goldfinal = exact(gold='final') ")


def test_get_reward_factory() -> None:
    reward = get_reward("boxed_factory(weight=2.0)", namespace=NS)
    assert reward.upper == 2.0
    assert get_reward("boxed_factory", namespace=NS).name == "boxed_factory"
    assert get_reward("tags_like(['a', 'b'], True)", namespace=NS).name == "tags_like(a,b,True)"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("boxd", r"unknown reward 'boxd' \(did you mean 'boxed'\?\)", id="typo"),
        pytest.param("zzz", r"unknown reward 'zzz'; expected one of: alias, boxed", id="unknown"),
        pytest.param("boxed(1)", "takes options by keyword only", id="positional-on-ready"),
        pytest.param("boxed(max=1)", "has no options to configure", id="no-options"),
        pytest.param("boxed_factory(weight=-1)", "weight must be positive", id="factory-rejects"),
        pytest.param("boxed_factory(size=3)", "unexpected keyword argument 'size'", id="bad-kw"),
        pytest.param("not_a_reward", "returned str, not a Reward", id="not-a-reward"),
        pytest.param("double", "unknown reward 'double'", id="combinator"),
    ],
)
def test_get_reward_errors(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        get_reward(spec, namespace=NS)


def test_get_reward_package() -> None:
    assert get_reward("think_format") is rewardkit.think_format
    assert get_reward("think_format(prefilled=True)").name == "think_format_prefilledTrue"
    assert get_reward("tags(['plan', 'code'])").name == "tags_schemaplan_code"
    assert get_reward("pkv.format").name == "pkv_format"


def test_get_reward_result_is_picklable() -> None:
    reward = get_reward("tags(['plan', 'code'])")
    clone = pickle.loads(pickle.dumps(reward))
    assert clone.score("<plan>a</plan><code>b</code>") == reward.score(
        "<plan>a</plan><code>b</code>"
    )


# ---------------------------------------------------------------------------- configs


def test_weighted_reward_validates() -> None:
    assert WeightedReward(BOXED).weight == 1.0
    for bad in (math.nan, math.inf, "1", True):
        with pytest.raises(ConfigError, match="boxed: weight must be"):
            WeightedReward(BOXED, bad)  # type: ignore[arg-type]


def test_parse_config_short_form() -> None:
    result = parse_config({"rewards": {"boxed": 1, "exact(gold='final')": -0.5}}, namespace=NS)
    assert [(w.reward.name, w.weight) for w in result] == [
        ("boxed", 1.0),
        ("exact_goldfinal", -0.5),
    ]


def test_parse_config_long_and_list_forms() -> None:
    data = {
        "reward": [
            {"name": "boxed_factory", "weight": 0.5, "options": {"weight": 3, "name": "bf"}},
            {"name": "exact"},
        ],
        "rewards": ["boxed"],
    }
    result = parse_config(data, namespace=NS)
    assert [(w.reward.name, w.weight) for w in result] == [
        ("boxed", 1.0),
        ("bf", 0.5),
        ("exact", 1.0),
    ]
    assert result[1].reward.upper == 3.0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({}, "no rewards", id="empty"),
        pytest.param({"rewards": {}}, "no rewards", id="empty-table"),
        pytest.param({"reward": "boxed"}, "must be a table or a list; got str", id="bad-section"),
        pytest.param({"weights": {}}, "unknown key 'weights'", id="unknown-key"),
        pytest.param({"rewards": {"boxed": "high"}}, "weight must be a finite", id="str-weight"),
        pytest.param({"rewards": {"boxed": True}}, "weight must be a finite", id="bool-weight"),
        pytest.param({"rewards": {"nope": 1}}, "unknown reward 'nope'", id="unknown-reward"),
        pytest.param({"rewards": [3]}, "expected a reward name or a table", id="bad-entry"),
        pytest.param({"rewards": [{"weight": 1}]}, "'name' must be", id="no-name"),
        pytest.param({"rewards": [{"name": "boxed", "w": 1}]}, "unknown key 'w'", id="bad-key"),
        pytest.param(
            {"rewards": [{"name": "boxed", "options": 3}]}, "'options' must be", id="bad-options"
        ),
        pytest.param({"rewards": ["boxed", "boxed"]}, "'boxed' is given twice", id="duplicate"),
        pytest.param({"preset": 3}, "'preset' must be a preset name", id="bad-preset"),
    ],
)
def test_parse_config_errors(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data, namespace=NS)


def test_parse_config_rejects_non_mapping() -> None:
    with pytest.raises(ConfigError, match="config must be a table; got list"):
        parse_config([], namespace=NS)  # type: ignore[arg-type]


def test_check_unique() -> None:
    check_unique([WeightedReward(BOXED), WeightedReward(EXACT)])
    with pytest.raises(ConfigError, match="given twice"):
        check_unique([WeightedReward(BOXED), WeightedReward(BOXED, 2.0)])


def test_load_config_toml(tmp_path: Path) -> None:
    path = tmp_path / "rewards.toml"
    path.write_text(
        "[rewards]\nboxed = 1.0\n\"exact(gold='final')\" = 0.25\n\n"
        '[[reward]]\nname = "boxed_factory"\nweight = 2\noptions = { name = "bf" }\n',
        encoding="utf-8",
    )
    result = load_config(path, namespace=NS)
    assert [(w.reward.name, w.weight) for w in result] == [
        ("boxed", 1.0),
        ("exact_goldfinal", 0.25),
        ("bf", 2.0),
    ]


def test_load_config_json(tmp_path: Path) -> None:
    path = tmp_path / "rewards.json"
    path.write_text(json.dumps({"rewards": {"boxed": 0.5}}), encoding="utf-8")
    assert load_config(path, namespace=NS) == (WeightedReward(BOXED, 0.5),)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        pytest.param("bad.toml", "[rewards\n", "bad.toml: not valid TOML", id="toml-syntax"),
        pytest.param("bad.json", "{", "bad.json: not valid JSON", id="json-syntax"),
        pytest.param("list.json", "[1]", "list.json: expected a table", id="json-list"),
        pytest.param("u.json", '{"rewards": {"x": 1}}', "u.json: unknown reward 'x'", id="unk"),
    ],
)
def test_load_config_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path, namespace=NS)


def test_load_config_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"cannot read config .*missing\.toml"):
        load_config(tmp_path / "missing.toml")


# ---------------------------------------------------------------------------- presets


def test_unknown_preset() -> None:
    with pytest.raises(ConfigError, match="unknown preset 'no_such_preset'"):
        get_preset("no_such_preset")


def test_presets_are_weighted_rewards() -> None:
    names = preset_names()
    if not names:
        pytest.skip("rewardkit.presets is not available yet")
    for name in names:
        items = get_preset(name)
        assert items
        assert all(isinstance(item, WeightedReward) for item in items)
        check_unique(items)


def test_preset_aha_grpo_weights() -> None:
    items = get_preset("aha_grpo")
    assert [(item.reward.name, item.weight) for item in items] == [
        ("boxed_number", 0.5),
        ("boxed_correct", 2.0),
        ("aha", 1.0),
    ]


def test_preset_with_arguments() -> None:
    items = get_preset("dapo(max_length=100, buffer=40)")
    assert "overlong_penalty_max_length100_buffer40" in [item.reward.name for item in items]
    with pytest.raises(ConfigError, match="unexpected keyword argument 'max_len'"):
        get_preset("dapo(max_len=100)")
    with pytest.raises(ConfigError, match=r"unknown preset 'dap' \(did you mean 'dapo'\?\)"):
        get_preset("dap")
    with pytest.raises(ConfigError, match="unknown preset 'PRESETS'"):
        get_preset("PRESETS(x=1)")


def test_config_preset_then_rewards() -> None:
    result = parse_config({"preset": "aha_grpo", "rewards": {"think_format": 0.25}})
    assert [item.reward.name for item in result] == [
        "boxed_number",
        "boxed_correct",
        "aha",
        "think_format",
    ]


def test_factory_reward_parameter_from_a_spec() -> None:
    reward = get_reward("cosine_scaled(max_length=200, correct='answer_correct')")
    assert reward.scorer.correct is rewardkit.answer_correct  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="unknown reward 'nope'"):
        get_reward("cosine_scaled(max_length=200, correct='nope')")
