"""The recipe's reflection reward, matched correctly: :data:`aha` and :func:`aha_score`."""

from __future__ import annotations

from dataclasses import dataclass, field

from rewardkit.errors import ConfigError
from rewardkit.keywords import RECIPE_KEYWORDS
from rewardkit.reflect.matching import (
    Keywords,
    _as_tuple,
    _Matcher,
    _matcher,
    _resolve_keywords,
)
from rewardkit.reflect.regions import Where, _check_where, select_region
from rewardkit.reward import Batch, Reward, Sample

__all__ = ["Aha", "aha", "aha_score"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Aha:
    r"""Scorer of :data:`aha`: 1.0 when any keyword phrase occurs in the region, else 0.0.

    The recipe's rule, matched correctly (see :func:`keyword_pattern`): case-insensitive, on word
    boundaries (``"Ahab"`` and ``"Mahabharata"`` are not ``"aha"``), any apostrophe or none
    (``"let’s check"``, ``"lets check"``), any whitespace inside a phrase. Keyword stuffing is
    *not* resisted: that is the recipe's reward; use :data:`reflection` for a resistant one.

    Attributes:
        keywords: the phrases (``"phrase"`` or ``("phrase", weight)``; weights are ignored), or
            the name of a built-in set (``"recipe"``, ``"english"``, ``"chinese"``, ``"all"``).
            Default: :data:`rewardkit.keywords.RECIPE_KEYWORDS`.
        where: where to look, one of :data:`WHERE` (default ``"all"``).

    Examples:
        >>> from rewardkit import aha
        >>> aha(["Aha! x = 3.", "Captain Ahab", "Let’s check: 2+2=4", "lets\ncheck", "no"])
        [1.0, 0.0, 1.0, 1.0, 0.0]
        >>> aha.configure(keywords="chinese").score("等等，让我再想想")
        1.0
    """

    keywords: Keywords = RECIPE_KEYWORDS
    where: Where = "all"
    _entries: tuple[tuple[str, float], ...] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _compiled: _Matcher | None = field(
        init=False, default=None, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        """Validate the options (the phrases are compiled on first use).

        Raises:
            ConfigError: an unknown keyword set, a bad phrase, no phrase, or a bad ``where``.
        """
        object.__setattr__(self, "keywords", _as_tuple(self.keywords))
        _check_where(self.where)
        entries = _resolve_keywords(self.keywords)
        if not entries:
            msg = "keywords: expected at least one phrase; got ()"
            raise ConfigError(msg)
        object.__setattr__(self, "_entries", entries)

    @property
    def matcher(self) -> _Matcher:
        """The compiled phrases, built on first use (shared by equal configurations)."""
        found = self._compiled
        if found is None:
            found = _matcher(self._entries, ())
            object.__setattr__(self, "_compiled", found)
        return found

    @property
    def bounds(self) -> tuple[float, float]:
        """The score range: (0.0, 1.0)."""
        return (0.0, 1.0)

    def score_text(self, text: str) -> float:
        """Score one text."""
        matcher = self._compiled
        if matcher is None:
            matcher = self.matcher
        region = text if self.where == "all" else select_region(text, self.where)
        return 1.0 if matcher.any(region) else 0.0

    #: What ``Reward`` calls for one completion, without building a Batch: reads no column.
    score_one_text = score_text

    def __call__(self, sample: Sample, /) -> float:
        """Score one sample."""
        return self.score_text(sample.text)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score and the phrases found (keys: docs/reflection.md, "Explanations").

        Keys: ``region`` (``where``), ``phrases`` (up to 10 occurrences: ``phrase``, ``start``;
        positions in the lowercased region), ``count`` (all occurrences). Stuffing is not
        resisted: one phrase is enough.
        """
        region = select_region(sample.text, self.where)
        value = 1.0 if self.matcher.any(region) else 0.0
        low = region.lower()
        hits = self.matcher.hits(low) if value else []
        phrases = [{"phrase": low[h.start : h.end][:60], "start": h.start} for h in hits[:10]]
        return value, {"region": self.where, "phrases": phrases, "count": len(hits)}

    def batch(self, batch: Batch, /) -> list[float]:
        """Score a batch (see :meth:`_Matcher.any_many`); equal to the per-item path."""
        if len(batch.texts) == 1:  # one text per call: the per-item path (same score), no join
            return [self.score_text(batch.texts[0])]
        regions = [select_region(text, self.where) for text in batch.texts]
        return [1.0 if hit else 0.0 for hit in self.matcher.any_many(regions)]


_AHA = Aha()


def aha_score(text: str) -> float:
    r"""Return 1.0 if any of the recipe's reflection phrases occurs in ``text``, else 0.0.

    The phrases are :data:`rewardkit.keywords.RECIPE_KEYWORDS`: ``aha``, ``but wait``,
    ``verify the problem``, ``try again``, ``let's try``, ``let's check``, ``to verify``,
    ``recheck``. Matching is case-insensitive, on word boundaries, with any apostrophe or none
    and any whitespace inside a phrase (see :func:`keyword_pattern`).

    Args:
        text: the completion text.

    Returns:
        1.0 or 0.0; never raises.

    Examples:
        >>> aha_score("But wait, the sign is wrong.")
        1.0
        >>> aha_score("Mahabharata")
        0.0
        >>> aha_score("Let’s\n  try x = 2.")
        1.0
    """
    return 1.0 if _AHA.matcher.any(text) else 0.0


#: The recipe's reflection reward: 1.0 when any recipe phrase occurs, else 0.0 (see :class:`Aha`).
aha = Reward(
    name="aha",
    scorer=_AHA,
    summary="1.0 if any of the recipe's 8 reflection phrases occurs (word boundaries), else 0.0",
)
