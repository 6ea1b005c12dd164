"""Build fine-tuning sets from scored generations: SFT rows and DPO pairs (no I/O).

The library half of ``rewardkit filter`` (named ``selection``, not ``datasets``, so it never
reads as the Hugging Face package). Feed a :class:`Selector` one scored completion at a
time; it decides what to keep, per prompt:

- a completion passes when its score is at least :attr:`SelectionRules.threshold`;
- a completion at least :attr:`SelectionRules.dedupe` similar (rapidfuzz ``ratio``, 0-1) to
  one already kept for the same prompt is dropped;
- at most :attr:`SelectionRules.max_per_prompt` are kept per prompt;
- with :attr:`SelectionRules.pairs`, passing and failing completions are both kept and
  :meth:`Selector.pairs` pairs them up for DPO.

:func:`sft_record` and :func:`pair_record` shape the output rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from rewardkit._validate import boolean, number, optional, positive_integer, validate_fields
from rewardkit.text import completion_text

__all__ = ["SelectionRules", "Selector", "is_near_duplicate", "pair_record", "sft_record"]

#: Reasons a completion is not kept, in the order summaries list them.
DROP_REASONS = ("below threshold", "not applicable", "near-duplicates", "over --max-per-prompt")


@dataclass(frozen=True, slots=True, kw_only=True)
class SelectionRules:
    """What :class:`Selector` keeps.

    Attributes:
        threshold: the pass mark: a score ``>= threshold`` passes.
        dedupe: drop a completion this similar (0-1, rapidfuzz ``ratio``) to one kept for the
            same prompt; ``None`` keeps all.
        max_per_prompt: keep at most this many per prompt (pairs: at most this many pairs);
            ``None``: no cap.
        pairs: keep failing completions too, for :meth:`Selector.pairs`.

    Examples:
        >>> SelectionRules(dedupe=1.5)
        Traceback (most recent call last):
        ...
        rewardkit.errors.ConfigError: dedupe must be a number in (0, 1], or None; got 1.5
    """

    threshold: float = field(default=1.0, metadata={"check": number()})
    dedupe: float | None = field(
        default=0.9, metadata={"check": optional(number(above=0.0, at_most=1.0))}
    )
    max_per_prompt: int | None = field(
        default=None, metadata={"check": optional(positive_integer())}
    )
    pairs: bool = field(default=False, metadata={"check": boolean()})

    def __post_init__(self) -> None:
        """Validate the fields (see :mod:`rewardkit._validate`)."""
        validate_fields(self)


def is_near_duplicate(text: str, kept: Sequence[str], threshold: float | None) -> bool:
    """Whether ``text`` is at least ``threshold`` similar to one of ``kept`` (``None``: never).

    Examples:
        >>> is_near_duplicate("the answer is 4", ["The answer is 4"], 0.9)
        True
        >>> is_near_duplicate("the answer is 4", ["something else"], 0.9)
        False
    """
    if threshold is None or not kept:
        return False
    from rapidfuzz.fuzz import ratio

    cutoff = threshold * 100.0
    return any(ratio(text, other, score_cutoff=cutoff) >= cutoff for other in kept)


class Selector:
    """Decide, one scored completion at a time, what goes into an SFT or DPO set.

    Memory: the kept texts of every prompt (for deduplication), and with ``pairs`` the kept
    rows until :meth:`pairs` is read.

    Examples:
        >>> selector = Selector(SelectionRules(max_per_prompt=1))
        >>> [selector.offer("p", "x = 4", 1.0), selector.offer("p", "x = 4!", 1.0)]
        ['kept', 'near-duplicates']
        >>> [selector.offer("p", "other", 0.0), selector.offer("q", "y", None)]
        ['below threshold', 'not applicable']
        >>> selector.counts["kept"], selector.prompts
        (1, 1)
    """

    def __init__(self, rules: SelectionRules | None = None) -> None:
        """Start with nothing kept."""
        self.rules = rules or SelectionRules()
        self.counts: Counter[str] = Counter()
        self._texts: dict[str, tuple[list[str], list[str]]] = {}
        self._rows: dict[str, tuple[object, list[object], list[object]]] = {}

    @property
    def prompts(self) -> int:
        """Distinct prompts with a completion past the threshold (any scored one with pairs)."""
        return len(self._texts)

    def offer(
        self,
        key: str,
        text: str,
        score: float | None,
        *,
        prompt: object = None,
        row: object = None,
    ) -> str:
        """Offer one completion; return ``"kept"`` or why not (one of :data:`DROP_REASONS`).

        Args:
            key: the prompt as text (completions are grouped by it).
            text: the completion as text (compared for deduplication).
            score: its score (``None``: not applicable, never kept).
            prompt: the prompt as written in the input (kept for :meth:`pairs`).
            row: the input row (kept for :meth:`pairs`).
        """
        rules = self.rules
        self.counts["read"] += 1
        if score is None:
            return self._count("not applicable")
        passed = score >= rules.threshold
        if not rules.pairs and not passed:
            return self._count("below threshold")
        kept_pass, kept_fail = self._texts.setdefault(key, ([], []))
        kept = kept_pass if passed else kept_fail
        if is_near_duplicate(text, kept, rules.dedupe):
            return self._count("near-duplicates")
        if (
            not rules.pairs
            and rules.max_per_prompt is not None
            and len(kept) >= rules.max_per_prompt
        ):
            return self._count("over --max-per-prompt")
        kept.append(text)
        if rules.pairs:
            _, chosen, rejected = self._rows.setdefault(key, (prompt, [], []))
            (chosen if passed else rejected).append(row)
            return "held"
        return self._count("kept")

    def summary(self, failed: int = 0) -> str:
        r"""One line: what was kept (or paired) of what was read, what was dropped and why.

        ``failed`` counts the input lines that could not be read or scored.

        Examples:
            >>> selector = Selector()
            >>> [selector.offer("p", "x = 4", 1.0), selector.offer("p", "x = 5", 0.0)]
            ['kept', 'below threshold']
            >>> selector.summary(failed=1)
            'kept 1 of 2 rows (1 prompts); dropped 1 below threshold; 1 failed lines\n'
        """
        counts, prompts = self.counts, self.prompts
        dropped = ", ".join(f"{counts[key]} {key}" for key in DROP_REASONS if counts[key])
        if self.rules.pairs:
            head = f"wrote {counts['pairs']} pairs from {counts['read']} rows ({prompts} prompts)"
        else:
            head = f"kept {counts['kept']} of {counts['read']} rows ({prompts} prompts)"
        tail = f"; dropped {dropped}" if dropped else ""
        return f"{head}{tail}; {failed} failed lines\n"

    def _count(self, reason: str) -> str:
        self.counts[reason] += 1
        return reason

    def pairs(self) -> Iterator[tuple[object, object, object]]:
        """``(prompt, chosen_row, rejected_row)`` per pair, prompts in order of appearance.

        For a prompt with C passing and R failing completions (both > 0), pair k is
        ``(chosen[k mod C], rejected[k mod R])`` for ``k < max(C, R)``, capped by
        ``max_per_prompt``.

        Examples:
            >>> selector = Selector(SelectionRules(pairs=True, dedupe=None))
            >>> for text, score in [("a", 1.0), ("b", 0.0), ("c", 0.0)]:
            ...     _ = selector.offer("p", text, score, prompt="P", row=text)
            >>> list(selector.pairs())
            [('P', 'a', 'b'), ('P', 'a', 'c')]
        """
        for prompt, chosen, rejected in self._rows.values():
            n = max(len(chosen), len(rejected)) if chosen and rejected else 0
            if self.rules.max_per_prompt is not None:
                n = min(n, self.rules.max_per_prompt)
            for k in range(n):
                self.counts["pairs"] += 1
                yield prompt, chosen[k % len(chosen)], rejected[k % len(rejected)]


def _as_messages(value: object, role: str) -> list[object]:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, Mapping):
        return [dict(value)]
    return [{"role": role, "content": value if isinstance(value, str) else completion_text(value)}]


def sft_record(prompt: object, completion: object, *, messages: bool = False) -> dict[str, object]:
    """An SFT row: ``{"prompt", "completion"}`` as given, or ``{"messages"}`` (chat form).

    Examples:
        >>> sft_record("2+2?", "4", messages=True)
        {'messages': [{'role': 'user', 'content': '2+2?'}, {'role': 'assistant', 'content': '4'}]}
    """
    if messages:
        return {"messages": _as_messages(prompt, "user") + _as_messages(completion, "assistant")}
    return {"prompt": prompt, "completion": completion}


def pair_record(
    prompt: object, chosen: object, rejected: object, *, messages: bool = False
) -> dict[str, object]:
    """A DPO row ``{"prompt", "chosen", "rejected"}``, in chat form with ``messages``.

    Examples:
        >>> pair_record("2+2?", "4", "5")
        {'prompt': '2+2?', 'chosen': '4', 'rejected': '5'}
    """
    if messages:
        return {
            "prompt": _as_messages(prompt, "user"),
            "chosen": _as_messages(chosen, "assistant"),
            "rejected": _as_messages(rejected, "assistant"),
        }
    return {"prompt": prompt, "chosen": chosen, "rejected": rejected}
