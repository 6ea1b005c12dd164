"""Look rewards up by name: plain names, configured calls, config files and presets.

The registry is how text (a command-line option, a config file, a training script's YAML) turns
into :class:`~rewardkit.reward.Reward` objects. It knows nothing of its own: it reads whatever
:mod:`rewardkit` exports, so every public reward is reachable by the name it is logged under.

- A *ready reward* is a :class:`Reward` in ``rewardkit.__all__``; it is found under its
  :attr:`~rewardkit.reward.Reward.name` (and under its export name, when they differ). The
  rewards of a submodule in ``__all__`` (``rewardkit.pkv``) count too, also as ``pkv.format``.
- A *factory* is a public function annotated to return a ``Reward`` that needs no Reward
  argument (combinators such as ``combine``, which need Rewards, are not factories).
- A *spec* is a name, optionally called with literal arguments:
  ``"boxed_correct"``, ``"overlong_penalty(max_length=1024, buffer=128)"``,
  ``"boxed_correct(gold='final_answer')"``. Arguments are parsed with :mod:`ast` and only
  literal nodes are accepted (strings, numbers, booleans, ``None``, tuples, lists, dicts,
  sets, negative numbers); nothing is ever evaluated. Lists become tuples. Calling a ready
  reward with keyword arguments gives :meth:`Reward.configure` variant; calling a factory calls
  it.
- A *config* (TOML or JSON) lists specs with weights; a *preset* comes from
  :mod:`rewardkit.presets`.

Misconfiguration raises :class:`~rewardkit.errors.ConfigError` naming the culprit.
"""

from __future__ import annotations

import ast
import difflib
import importlib
import inspect
import json
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import cast

from rewardkit.errors import ConfigError
from rewardkit.reward import Reward

__all__ = [
    "MAX_SPEC_LENGTH",
    "WeightedReward",
    "available_factories",
    "available_rewards",
    "check_unique",
    "describe",
    "get_preset",
    "get_reward",
    "load_config",
    "parse_config",
    "parse_spec",
    "preset_names",
    "resolve_rewards",
    "signature",
]

#: Longest reward spec accepted, in characters (a spec is typed by a person).
MAX_SPEC_LENGTH = 2000

_Factory = Callable[..., Reward]


@dataclass(frozen=True, slots=True)
class WeightedReward:
    """A reward and the weight of its score in a weighted total.

    Attributes:
        reward: the reward.
        weight: its weight (finite); the total is ``sum(weight * score)`` over the rewards
            that scored (``None`` means "not applicable" and adds nothing).
    """

    reward: Reward
    weight: float = 1.0

    def __post_init__(self) -> None:
        """Validate the weight.

        Raises:
            ConfigError: the weight is not a finite number.
        """
        weight = self.weight
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            msg = f"{self.reward.name}: weight must be a number; got {type(weight).__name__}"
            raise ConfigError(msg)
        if not math.isfinite(weight):
            msg = f"{self.reward.name}: weight must be finite; got {weight!r}"
            raise ConfigError(msg)


def _package() -> ModuleType:
    return importlib.import_module("rewardkit")


def _public(namespace: ModuleType | None) -> list[tuple[str, object]]:
    """``(export name, value)`` for ``__all__``, and ``module.name`` for exported submodules."""
    module = _package() if namespace is None else namespace
    found: list[tuple[str, object]] = []
    for name in getattr(module, "__all__", ()):
        value = getattr(module, name, None)
        if isinstance(value, ModuleType) and value.__name__.rpartition(".")[2] == "presets":
            continue  # presets are reached with get_preset / --preset, not as rewards
        if isinstance(value, ModuleType):
            found.extend(
                (f"{name}.{inner}", getattr(value, inner))
                for inner in getattr(value, "__all__", ())
                if hasattr(value, inner)
            )
        elif value is not None:
            found.append((name, value))
    return found


def _mentions_reward(annotation: object) -> bool:
    if annotation is Reward:
        return True
    return isinstance(annotation, str) and "Reward" in annotation.replace("WeightedReward", "")


def _is_factory(value: object) -> bool:
    if isinstance(value, (Reward, type)) or not callable(value):
        return False
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        return False
    returns = signature.return_annotation
    if not (returns is Reward or (isinstance(returns, str) and returns.split(".")[-1] == "Reward")):
        return False
    return not any(
        _mentions_reward(p.annotation)
        and (p.default is inspect.Parameter.empty or p.kind is inspect.Parameter.VAR_POSITIONAL)
        for p in signature.parameters.values()
    )


def available_rewards(namespace: ModuleType | None = None) -> dict[str, Reward]:
    """Every ready reward exported by ``namespace`` (default :mod:`rewardkit`), by name.

    Each reward is listed under its :attr:`Reward.name`; a reward exported under another
    name is also found under that name.

    Args:
        namespace: the module whose ``__all__`` is read.

    Returns:
        Names mapped to rewards, sorted by name.

    Examples:
        >>> import types
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> module = types.ModuleType("demo")
        >>> module.boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> module.__all__ = ["boxed"]
        >>> available_rewards(module)
        {'boxed': <Reward boxed [0, 1]>}
    """
    found: dict[str, Reward] = {}
    for export, value in _public(namespace):
        if isinstance(value, Reward):
            found.setdefault(value.name, value)
            found.setdefault(export, value)
    return dict(sorted(found.items()))


def available_factories(namespace: ModuleType | None = None) -> dict[str, _Factory]:
    """Every reward factory exported by ``namespace`` (default :mod:`rewardkit`), by name.

    A factory is a public function annotated to return ``Reward`` that needs no Reward
    argument: a function with a required (or ``*args``) parameter annotated with a Reward is a
    combinator (``combine``, ``gate``), not a factory.

    Args:
        namespace: the module whose ``__all__`` is read.

    Returns:
        Names mapped to factories, sorted by name.

    Examples:
        >>> import types
        >>> from rewardkit.reward import Reward
        >>> def boxed_reward(weight: float = 1.0) -> Reward: ...
        >>> def doubled(reward: Reward) -> Reward: ...
        >>> module = types.ModuleType("demo")
        >>> module.boxed_reward, module.doubled = boxed_reward, doubled
        >>> module.__all__ = ["boxed_reward", "doubled"]
        >>> list(available_factories(module))
        ['boxed_reward']
    """
    found = {
        name: cast(_Factory, value) for name, value in _public(namespace) if _is_factory(value)
    }
    return dict(sorted(found.items()))


def _clip(text: str) -> str:
    """``repr(text)``, cut to 80 characters for messages."""
    shown = repr(text)
    return shown if len(shown) <= 80 else shown[:76] + "...'"


def _literal(node: ast.expr, spec: str) -> object:
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        source = ast.get_source_segment(spec, node) or ast.dump(node)
        msg = (
            f"reward {_clip(spec)}: argument {source!r} is not a literal; expected a string, "
            "number, boolean, None, tuple, list or dict"
        )
        raise ConfigError(msg) from None
    return _tuples(value)


def _tuples(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def parse_spec(spec: str) -> tuple[str, tuple[object, ...], dict[str, object]]:
    """Parse a reward spec into its name, positional and keyword arguments, safely.

    The spec is a name (``aha``, or ``pkv.format`` for a reward of an exported submodule), or
    a call of one with literal arguments. It is parsed with
    :func:`ast.parse` and every argument with :func:`ast.literal_eval`; attribute access,
    names as values, ``*args``/``**kwargs`` and anything else are rejected. Lists become
    tuples (options are tuples by convention).

    Args:
        spec: e.g. ``"overlong_penalty(max_length=1024, buffer=128)"``; at most
            :data:`MAX_SPEC_LENGTH` characters.

    Returns:
        ``(name, args, kwargs)``.

    Raises:
        ConfigError: the spec is not a name or a call of a name with literal arguments.

    Examples:
        >>> parse_spec("aha")
        ('aha', (), {})
        >>> parse_spec("overlong_penalty(max_length=1024, buffer=128)")
        ('overlong_penalty', (), {'max_length': 1024, 'buffer': 128})
        >>> parse_spec("tags(['think', 'answer'], strict=True)")
        ('tags', (('think', 'answer'),), {'strict': True})
        >>> parse_spec("aha(x=__import__('os'))")
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: reward "aha(x=__import__('os'))": ... is not a literal...
    """
    given: object = spec
    if not isinstance(given, str):
        msg = f"reward spec must be a string; got {type(given).__name__}"
        raise ConfigError(msg)
    text = spec.strip()
    if not text:
        msg = "reward spec must not be empty"
        raise ConfigError(msg)
    if len(text) > MAX_SPEC_LENGTH:
        msg = f"reward spec must be at most {MAX_SPEC_LENGTH} characters; got {len(text)}"
        raise ConfigError(msg)
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        msg = f"reward {_clip(spec)}: expected a name or a call like 'name(option=value)'"
        raise ConfigError(msg) from None
    node = tree.body
    name = _dotted(node)
    if name is not None:
        return name, (), {}
    function = _dotted(node.func) if isinstance(node, ast.Call) else None
    if not isinstance(node, ast.Call) or function is None:
        msg = f"reward {_clip(spec)}: expected a name or a call like 'name(option=value)'"
        raise ConfigError(msg)
    args: list[object] = []
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            msg = f"reward {_clip(spec)}: *arguments are not allowed"
            raise ConfigError(msg)
        args.append(_literal(arg, text))
    kwargs: dict[str, object] = {}
    for keyword in node.keywords:
        if keyword.arg is None:
            msg = f"reward {_clip(spec)}: **arguments are not allowed"
            raise ConfigError(msg)
        kwargs[keyword.arg] = _literal(keyword.value, text)
    return function, tuple(args), kwargs


def _dotted(node: ast.expr) -> str | None:
    """``a`` or ``a.b.c`` for a name or a chain of attributes of a name, else ``None``."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _unknown(name: str, known: Sequence[str], canonical: set[str]) -> ConfigError:
    """The error for an unknown name: the closest known name, then the canonical names."""
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    shown = [k for k in known if k in canonical or "." not in k]
    listing = ", ".join(shown) if shown else "none are installed"
    return ConfigError(f"unknown reward {name!r}{hint}; expected one of: {listing}")


def get_reward(spec: str, *, namespace: ModuleType | None = None) -> Reward:
    """Return the reward a spec names (see :func:`parse_spec`).

    - A ready reward by name: the reward itself; with keyword arguments, its
      :meth:`Reward.configure` variant (positional arguments are an error).
    - A factory by name: the factory called with the arguments (a bare factory name calls it
      with none). A string given for a parameter annotated with a Reward is itself a spec:
      ``cosine_scaled(max_length=1024, correct='answer_correct')``.

    Args:
        spec: a reward name, or a call of one with literal arguments.
        namespace: the module whose exports are searched (default :mod:`rewardkit`).

    Returns:
        The reward.

    Raises:
        ConfigError: unknown name (the message lists the known ones and the closest), bad
            arguments, or a value the reward rejects.

    Examples:
        >>> import types
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> module = types.ModuleType("demo")
        >>> module.boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> module.__all__ = ["boxed"]
        >>> get_reward("boxed", namespace=module)
        <Reward boxed [0, 1]>
        >>> get_reward("boxd", namespace=module)
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: unknown reward 'boxd' (did you mean 'boxed'?); expected ...
    """
    name, args, kwargs = parse_spec(spec)
    rewards = available_rewards(namespace)
    if name in rewards:
        if args:
            msg = (
                f"reward {_clip(spec)}: {name} takes options by keyword only; "
                f"got {len(args)} positional argument(s)"
            )
            raise ConfigError(msg)
        return rewards[name].configure(**kwargs) if kwargs else rewards[name]  # type: ignore[arg-type]
    factories = available_factories(namespace)
    if name not in factories:
        raise _unknown(name, sorted({*rewards, *factories}), {r.name for r in rewards.values()})
    factory = factories[name]
    try:
        bound = inspect.signature(factory).bind(*args, **kwargs)
    except TypeError as error:
        msg = f"reward {_clip(spec)}: {error}"
        raise ConfigError(msg) from None
    parameters = inspect.signature(factory).parameters
    for key, value in bound.arguments.items():
        if isinstance(value, str) and _mentions_reward(parameters[key].annotation):
            bound.arguments[key] = get_reward(value, namespace=namespace)
    try:
        reward = factory(*bound.args, **bound.kwargs)
    except ConfigError:
        raise
    except TypeError as error:
        msg = f"reward {_clip(spec)}: {error}"
        raise ConfigError(msg) from None
    built: object = reward
    if not isinstance(built, Reward):
        msg = f"reward {_clip(spec)}: the factory returned {type(built).__name__}, not a Reward"
        raise ConfigError(msg)
    return reward


_ROLE = re.compile(r":[a-z]+:`~?(?:[\w.]*\.)?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


def signature(factory: Callable[..., object]) -> str:
    """A factory's parameters as a user writes them in a spec: no annotations, no ``name``.

    Examples:
        >>> def overlong_penalty(max_length: int, buffer: int, *, unit: str = "char",
        ...                      name: str | None = None) -> None: ...
        >>> signature(overlong_penalty)
        "(max_length, buffer, *, unit='char')"
    """
    parts: list[str] = []
    star = False
    for parameter in inspect.signature(factory).parameters.values():
        if parameter.name == "name":
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = parameter.name
        if parameter.default is not inspect.Parameter.empty:
            text += f"={parameter.default!r}"
        parts.append(text)
    return f"({', '.join(parts)})"


def _plain(text: str) -> str:
    """Docstring markup as plain text: ``:func:`~a.b``` becomes ``b``, double backquotes go."""
    return _LITERAL.sub(r"\1", _ROLE.sub(r"\1", text))


def _first_doc_line(value: object) -> str:
    doc = inspect.getdoc(value) or ""
    return _plain(doc.strip().splitlines()[0].strip()) if doc.strip() else ""


def _summary(reward: Reward) -> str:
    if reward.summary.strip():
        return reward.summary.strip().splitlines()[0]
    scorer: object = reward.scorer
    for attribute in ("fn", "func", "function"):
        inner = getattr(scorer, attribute, None)
        if callable(inner):
            scorer = inner
            break
    else:
        scorer = type(scorer)
    return _first_doc_line(scorer)


def describe(namespace: ModuleType | None = None) -> list[tuple[str, str]]:
    """Every reward and factory with its one-line rule, for ``rewardkit list``.

    The rule is the reward's :attr:`~Reward.summary`, else the first line of its scorer's (or
    the factory's) docstring. Factories are listed as ``name(...)``. A reward exported under
    two names is listed once, under its own name.

    Args:
        namespace: the module whose exports are listed (default :mod:`rewardkit`).

    Returns:
        ``(name, rule)`` pairs sorted by name.

    Examples:
        >>> import types
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> module = types.ModuleType("demo")
        >>> module.boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> module.__all__ = ["boxed"]
        >>> describe(module)
        [('boxed', 'Return 1.0 when text has a complete, non-empty box (see extract_boxed).')]
    """
    rows: dict[str, str] = {}
    for reward in available_rewards(namespace).values():
        rows.setdefault(reward.name, _summary(reward))
    for name, factory in available_factories(namespace).items():
        rows.setdefault(f"{name}(...)", _first_doc_line(factory))
    return sorted(rows.items())


def _weight(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        msg = f"{where}: weight must be a finite number; got {value!r}"
        raise ConfigError(msg)
    return float(value)


def _entry(entry: object, where: str, namespace: ModuleType | None) -> WeightedReward:
    if isinstance(entry, str):
        return WeightedReward(get_reward(entry, namespace=namespace))
    if not isinstance(entry, Mapping):
        msg = f"{where}: expected a reward name or a table with 'name'; got {type(entry).__name__}"
        raise ConfigError(msg)
    unknown = sorted(set(entry) - {"name", "weight", "options"})
    if unknown:
        msg = f"{where}: unknown key {unknown[0]!r}; expected 'name', 'weight' or 'options'"
        raise ConfigError(msg)
    spec = entry.get("name")
    if not isinstance(spec, str):
        msg = f"{where}: 'name' must be a reward name; got {spec!r}"
        raise ConfigError(msg)
    options = entry.get("options", {})
    if not isinstance(options, Mapping):
        msg = f"{where}: 'options' must be a table; got {type(options).__name__}"
        raise ConfigError(msg)
    reward = get_reward(spec, namespace=namespace)
    if options:
        name, args, kwargs = parse_spec(spec)
        merged = {**kwargs, **{str(k): _tuples(v) for k, v in options.items()}}
        literal = ", ".join([*(repr(a) for a in args), *(f"{k}={v!r}" for k, v in merged.items())])
        reward = get_reward(f"{name}({literal})", namespace=namespace)
    return WeightedReward(reward, _weight(entry.get("weight", 1.0), where))


def parse_config(
    data: Mapping[str, object], *, namespace: ModuleType | None = None
) -> tuple[WeightedReward, ...]:
    """Build weighted rewards from a parsed config.

    Accepted shapes (TOML shown; JSON is the same data)::

        preset = "aha_grpo"            # optional: the preset's rewards come first

        [rewards]                      # short form: spec = weight
        boxed_correct = 1.0
        "overlong_penalty(max_length=1024)" = 0.5

        [[reward]]                     # long form: one table per reward
        name = "aha"
        weight = 0.2
        options = { }                  # keyword arguments, merged into the spec's

    ``rewards`` may also be a list of specs (weight 1) or of long-form tables.

    Args:
        data: the parsed config.
        namespace: the module whose exports are searched (default :mod:`rewardkit`).

    Returns:
        The weighted rewards, in the order written.

    Raises:
        ConfigError: an unknown key or reward, a bad weight, no reward at all, or two rewards
            with the same name.

    Examples:
        >>> import types
        >>> from rewardkit.reward import Reward, TextScorer
        >>> from rewardkit.extract import has_boxed
        >>> module = types.ModuleType("demo")
        >>> module.boxed = Reward(name="boxed", scorer=TextScorer(has_boxed))
        >>> module.__all__ = ["boxed"]
        >>> parse_config({"rewards": {"boxed": 0.5}}, namespace=module)
        (WeightedReward(reward=<Reward boxed [0, 1]>, weight=0.5),)
    """
    given: object = data
    if not isinstance(given, Mapping):
        msg = f"config must be a table; got {type(given).__name__}"
        raise ConfigError(msg)
    unknown = sorted(set(data) - {"preset", "rewards", "reward"})
    if unknown:
        msg = f"config: unknown key {unknown[0]!r}; expected 'preset', 'rewards' or 'reward'"
        raise ConfigError(msg)
    result: list[WeightedReward] = []
    preset = data.get("preset")
    if preset is not None:
        if not isinstance(preset, str):
            msg = f"config: 'preset' must be a preset name; got {preset!r}"
            raise ConfigError(msg)
        result.extend(get_preset(preset))
    for key in ("rewards", "reward"):
        section = data.get(key)
        if section is None:
            continue
        if isinstance(section, Mapping):
            for spec, weight in section.items():
                where = f"config: {key}.{spec}"
                reward = get_reward(str(spec), namespace=namespace)
                result.append(WeightedReward(reward, _weight(weight, where)))
        elif isinstance(section, list):
            for i, entry in enumerate(section):
                result.append(_entry(entry, f"config: {key}[{i}]", namespace))
        else:
            msg = f"config: {key!r} must be a table or a list; got {type(section).__name__}"
            raise ConfigError(msg)
    if not result:
        msg = "config: no rewards: expected a 'rewards' table or a 'preset'"
        raise ConfigError(msg)
    check_unique(result)
    return tuple(result)


def check_unique(rewards: Sequence[WeightedReward]) -> None:
    """Raise :class:`ConfigError` when two rewards share a name (their scores would collide).

    Raises:
        ConfigError: naming the duplicated reward.
    """
    seen: set[str] = set()
    for item in rewards:
        if item.reward.name in seen:
            msg = (
                f"reward {item.reward.name!r} is given twice; configure one of them with "
                "a distinct name"
            )
            raise ConfigError(msg)
        seen.add(item.reward.name)


def resolve_rewards(
    specs: Sequence[str] = (),
    *,
    preset: str | None = None,
    config: str | Path | None = None,
    default: Sequence[str] = (),
    answer_field: str | None = None,
    reserved: Sequence[str] = (),
) -> tuple[WeightedReward, ...]:
    """The weighted rewards a command line or a request names, checked and ready to score.

    The rewards of ``preset``, then of the ``config`` file, then one per spec (weight 1), in
    that order; when none is named, the ``default`` names that this installation has. With
    ``answer_field``, every reward that reads a gold answer reads that column instead
    (keeping its name). Names must be unique and not in ``reserved``.

    Raises:
        ConfigError: an unknown reward, preset or option, an unreadable config, nothing to
            score, a duplicate or reserved name.

    Examples:
        >>> [(item.reward.name, item.weight) for item in resolve_rewards(["aha"])]
        [('aha', 1.0)]
        >>> resolve_rewards(default=["boxed_correct"], answer_field="final")[0].reward.gold
        ('final',)
    """
    items: list[WeightedReward] = []
    if preset:
        items.extend(get_preset(preset))
    if config:
        items.extend(load_config(config))
    items.extend(WeightedReward(get_reward(spec)) for spec in specs)
    if not items:
        known = available_rewards()
        names = [name for name in default if name in known]
        if not names:
            msg = (
                f"no reward given and the default rewards ({', '.join(default)}) are not "
                "available; name one with --reward (see 'rewardkit list')"
            )
            raise ConfigError(msg)
        items = [WeightedReward(known[name]) for name in names]
    if answer_field:
        items = [
            WeightedReward(
                item.reward.configure(name=item.reward.name, gold=(answer_field,)), item.weight
            )
            if item.reward.gold
            else item
            for item in items
        ]
    check_unique(items)
    for item in items:
        if item.reward.name in reserved:
            msg = f"reward name {item.reward.name!r} clashes with a key the record has already"
            raise ConfigError(msg)
    return tuple(items)


def _toml(text: str, path: Path) -> Mapping[str, object]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 only
        try:
            import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:
            msg = (
                f"{path}: reading TOML on Python 3.10 needs the 'tomli' package "
                "(pip install tomli), or write the config as JSON"
            )
            raise ConfigError(msg) from None
    try:
        return cast(Mapping[str, object], tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        msg = f"{path}: not valid TOML: {error}"
        raise ConfigError(msg) from None


#: The config file suffixes :func:`load_config` reads.
_CONFIG_FORMATS = (".toml", ".json")


def load_config(
    path: str | Path, *, namespace: ModuleType | None = None
) -> tuple[WeightedReward, ...]:
    """Read a TOML (``.toml``) or JSON (``.json``) config; see :func:`parse_config`.

    Args:
        path: the config file.
        namespace: the module whose exports are searched (default :mod:`rewardkit`).

    Returns:
        The weighted rewards, in the order written.

    Raises:
        ConfigError: the file has another suffix (YAML is not read), cannot be read or parsed,
            or :func:`parse_config` rejects it.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in _CONFIG_FORMATS:
        msg = (
            f"config {str(file)!r}: unsupported format {suffix or '(no suffix)'!r}; "
            "accepted: .toml (TOML) or .json (JSON)"
        )
        raise ConfigError(msg)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        msg = f"cannot read config {str(file)!r}: {error}"
        raise ConfigError(msg) from None
    data: object
    if file.suffix.lower() == ".toml":
        data = _toml(text, file)
    else:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as error:
            msg = f"{file}: not valid JSON: {error}"
            raise ConfigError(msg) from None
    if not isinstance(data, Mapping):
        msg = f"{file}: expected a table/object at the top; got {type(data).__name__}"
        raise ConfigError(msg)
    try:
        return parse_config(data, namespace=namespace)
    except ConfigError as error:
        msg = f"{file}: {error}"
        raise ConfigError(msg) from None


def _presets_module() -> ModuleType | None:
    try:
        return importlib.import_module("rewardkit.presets")
    except ModuleNotFoundError as error:
        if error.name in ("rewardkit.presets", "rewardkit"):
            return None
        raise


def preset_names() -> list[str]:
    """Names of the presets :mod:`rewardkit.presets` defines (empty when it is absent).

    Returns:
        Sorted preset names.
    """
    module = _presets_module()
    if module is None:
        return []
    presets = getattr(module, "PRESETS", None)
    if isinstance(presets, Mapping):
        return sorted(str(name) for name in presets)
    return sorted(name for name in getattr(module, "__all__", ()) if not name.isupper())


def _as_weighted(value: object, name: str) -> tuple[WeightedReward, ...]:
    if isinstance(value, Reward):
        parts = getattr(value.scorer, "rewards", None)
        weights = getattr(value.scorer, "weights", None)
        if isinstance(parts, tuple) and all(isinstance(p, Reward) for p in parts):
            if not isinstance(weights, tuple) or len(weights) != len(parts):
                weights = (1.0,) * len(parts)
            return tuple(WeightedReward(p, float(w)) for p, w in zip(parts, weights, strict=True))
        return (WeightedReward(value),)
    if isinstance(value, Mapping):
        return tuple(
            WeightedReward(r if isinstance(r, Reward) else get_reward(str(r)), _weight(w, name))
            for r, w in value.items()
        )
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(part, list) for part in value)
        and len(value[0]) == len(value[1])
        and all(isinstance(r, Reward) for r in value[0])
    ):
        return tuple(
            WeightedReward(r, _weight(w, name)) for r, w in zip(value[0], value[1], strict=True)
        )
    if isinstance(value, Sequence) and not isinstance(value, str):
        items: list[WeightedReward] = []
        for item in value:
            if isinstance(item, WeightedReward):
                items.append(item)
            elif isinstance(item, Reward):
                items.append(WeightedReward(item))
            elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Reward):
                items.append(WeightedReward(item[0], _weight(item[1], name)))
            else:
                msg = f"preset {name!r}: cannot read entry {item!r}"
                raise ConfigError(msg)
        return tuple(items)
    msg = f"preset {name!r}: cannot read {type(value).__name__}"
    raise ConfigError(msg)


def _unknown_preset(name: str, known: Sequence[str]) -> ConfigError:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConfigError(f"unknown preset {name!r}{hint}; expected one of: {', '.join(known)}")


def get_preset(name: str) -> tuple[WeightedReward, ...]:
    """The weighted rewards of a preset from :mod:`rewardkit.presets`.

    A preset that is a combined reward is split into its parts and weights, so each part is
    scored and reported under its own name.

    Args:
        name: the preset's name, e.g. ``"aha_grpo"``, or a call of the preset's function with
            literal arguments (parsed like a reward spec), e.g.
            ``"dapo(max_length=4096, buffer=512)"``.

    Returns:
        The preset's weighted rewards.

    Raises:
        ConfigError: presets are not available, or no preset has that name.
    """
    module = _presets_module()
    if module is None:
        msg = f"unknown preset {name!r}: this version of rewardkit has no presets"
        raise ConfigError(msg)
    base, args, kwargs = parse_spec(name)
    known = preset_names()
    if args or kwargs:
        function = getattr(module, base, None)
        if base not in known or not callable(function):
            raise _unknown_preset(base, known)
        try:
            value: object = function(*args, **kwargs)
        except TypeError as error:
            msg = f"preset {_clip(name)}: {error}"
            raise ConfigError(msg) from None
        result = _as_weighted(value, name)
        check_unique(result)
        return result
    if name not in known:
        raise _unknown_preset(name, known)
    presets = getattr(module, "PRESETS", None)
    value = presets[name] if isinstance(presets, Mapping) else getattr(module, name)
    if callable(value) and not isinstance(value, Reward):
        value = value()
    result = _as_weighted(value, name)
    check_unique(result)
    return result
