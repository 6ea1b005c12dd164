"""Profile many completions: how often each reflection keyword and behaviour occurs.

Its per-phrase tables are built only when :func:`profile` runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from rewardkit.errors import ConfigError
from rewardkit.keywords import BEHAVIORS, REFLECTION_KEYWORDS
from rewardkit.reflect.cognitive import behaviors
from rewardkit.reflect.graded import _REFLECTION
from rewardkit.reflect.matching import Keywords, _as_tuple, _matcher, _resolve_keywords
from rewardkit.reflect.recipe import _AHA
from rewardkit.text import completion_text, normalize

__all__ = ["FeatureCount", "Profile", "profile"]


@dataclass(frozen=True, slots=True)
class FeatureCount:
    """How often one keyword or behaviour occurs over a set of texts.

    Attributes:
        name: the keyword phrase or behaviour name.
        kind: ``"keyword"`` or ``"behavior"``.
        texts: number of texts in which it occurs at least once.
        occurrences: total number of occurrences.
        rate: ``texts`` divided by the number of texts profiled (0.0 when none).
    """

    name: str
    kind: str
    texts: int
    occurrences: int
    rate: float


@dataclass(frozen=True, slots=True)
class Profile:
    """The result of :func:`profile`: per-keyword and per-behaviour frequencies.

    Attributes:
        texts: number of texts profiled.
        aha: number of texts on which :data:`aha` scores 1.0.
        reflection_mean: mean :data:`reflection` score.
        features: one :class:`FeatureCount` per keyword (in list order) then per behaviour.
    """

    texts: int
    aha: int
    reflection_mean: float
    features: tuple[FeatureCount, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: texts, aha, aha_rate, reflection_mean, features (list of dicts)."""
        return {
            "texts": self.texts,
            "aha": self.aha,
            "aha_rate": self.aha / self.texts if self.texts else 0.0,
            "reflection_mean": self.reflection_mean,
            "features": [dataclasses.asdict(feature) for feature in self.features],
        }

    def behaviors(self) -> dict[str, FeatureCount]:
        """The four behaviours' counts, by name, in :data:`rewardkit.keywords.BEHAVIORS` order.

        One call per file (e.g. per checkpoint) shows the behaviours appear over training.

        Examples:
            >>> result = profile(["25 + 3 = 28, too big. Scrap that: 25 - 3 = 22.", "x = 2."])
            >>> for name, count in result.behaviors().items():
            ...     print(name, count.texts, count.occurrences)
            verification 1 1
            backtracking 1 1
            subgoal_setting 0 0
            backward_chaining 0 0
        """
        return {f.name: f for f in self.features if f.kind == "behavior"}

    def format_table(self, *, all_features: bool = False, behaviors_only: bool = False) -> str:
        """A plain-text table, behaviours then keywords, most frequent first.

        Features that never occur are left out unless ``all_features`` is true; keywords are
        left out when ``behaviors_only`` is true (``rewardkit profile --behaviours``).
        """
        rows = [
            f
            for f in self.features
            if (all_features or f.occurrences) and not (behaviors_only and f.kind != "behavior")
        ]
        rows.sort(key=lambda f: (f.kind != "behavior", -f.texts, -f.occurrences, f.name))
        width = max([len(f.name) for f in rows] + [len("feature")])
        lines = [
            f"{self.texts} texts; aha on {self.aha} ({self.aha / max(1, self.texts):.1%}); "
            f"mean reflection {self.reflection_mean:.3f}",
            f"{'feature':<{width}}  {'kind':<8}  {'texts':>6}  {'rate':>6}  {'count':>6}",
        ]
        lines.extend(
            f"{f.name:<{width}}  {f.kind:<8}  {f.texts:>6}  {f.rate:>6.1%}  {f.occurrences:>6}"
            for f in rows
        )
        return "\n".join(lines)


def profile(
    texts: Iterable[object],
    *,
    keywords: Keywords = REFLECTION_KEYWORDS,
    targets: Iterable[tuple[object, object]] | None = None,
) -> Profile:
    """Count how often each keyword and behaviour occurs over many completions.

    Each text is any completion format (:func:`rewardkit.text.completion_text`). Keyword
    occurrences are counted per phrase as :func:`keyword_pattern` matches them (all of the
    text), behaviours as :func:`behaviors` counts them; ``aha`` and ``reflection`` are scored
    with their defaults.

    Args:
        texts: completions (strings or message lists), e.g. a file's ``completion`` column.
        keywords: the phrases to count, or a built-in set name; default
            :data:`rewardkit.keywords.REFLECTION_KEYWORDS`.
        targets: per text, the Countdown ``(target, numbers)`` :func:`behaviors` reads for
            unworded backtracking (``(None, None)`` when unknown); default none known.

    Returns:
        A :class:`Profile` (``.to_dict()`` for JSON, ``.format_table()`` to print).

    Raises:
        ConfigError: a bad keyword list.

    Examples:
        >>> result = profile(["But wait, x = 2. Let me verify this by plugging it back in.", "x"])
        >>> result.texts, result.aha
        (2, 1)
        >>> [(f.name, f.occurrences) for f in result.features if f.occurrences][:3]
        [('but wait', 1), ('wait', 1), ('verify this', 1)]
        >>> print(result.format_table())
        2 texts; aha on 1 (50.0%); mean reflection 0.038
        feature        kind       texts    rate   count
        verification   behavior       1   50.0%       2
        but wait       keyword        1   50.0%       1
        let me verify  keyword        1   50.0%       1
        verify this    keyword        1   50.0%       1
        wait           keyword        1   50.0%       1
    """
    entries = _resolve_keywords(_as_tuple(keywords))
    if not entries:
        msg = "keywords: expected at least one phrase; got ()"
        raise ConfigError(msg)
    matcher = _matcher(entries, ())
    text_counts = [0] * len(matcher.keys)
    occurrences = [0] * len(matcher.keys)
    behavior_texts = dict.fromkeys(BEHAVIORS, 0)
    behavior_occurrences = dict.fromkeys(BEHAVIORS, 0)
    n = aha_count = 0
    reflection_total = 0.0
    known = iter(targets) if targets is not None else None
    for item in texts:
        target, numbers = next(known, (None, None)) if known is not None else (None, None)
        text = normalize(completion_text(item))
        low = text.lower()
        n += 1
        for index, count in enumerate(matcher.count(low)):
            occurrences[index] += count
            text_counts[index] += count > 0
        for name, count in behaviors(text, target=target, numbers=numbers).items():
            behavior_occurrences[name] += count
            behavior_texts[name] += count > 0
        aha_count += _AHA.matcher.any(text, low)
        reflection_total += _REFLECTION._score(low, _REFLECTION.matcher.hits(low))
    features = [
        FeatureCount(
            key, "keyword", text_counts[i], occurrences[i], text_counts[i] / n if n else 0.0
        )
        for i, key in enumerate(matcher.keys)
    ]
    features.extend(
        FeatureCount(
            name,
            "behavior",
            behavior_texts[name],
            behavior_occurrences[name],
            behavior_texts[name] / n if n else 0.0,
        )
        for name in BEHAVIORS
    )
    return Profile(n, aha_count, reflection_total / n if n else 0.0, tuple(features))
