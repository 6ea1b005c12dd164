"""Benchmark corpora: the real completions in ``../shared/data`` and a seeded GRPO-shaped batch.

Three corpora, each a list of :class:`Item`:

- ``math500``: ``math500_generations.jsonl`` (2,500 MATH-500 completions from five models,
  truncated and degenerate outputs included), joined by ``unique_id`` with
  ``math500_gold.jsonl`` so each item also carries the full gold *solution* (what TRL's and
  open-r1's ``accuracy_reward`` read from their ``solution`` column).
- ``gsm8k``: ``gsm8k_model_solutions.jsonl`` (GPT-3 solutions ending with ``A: N``, no box) with
  OpenAI's ``is_correct`` label; gold is the final number of the reference solution.
- ``grpo``: generated here, seeded and deterministic: groups of 8-16 completions per prompt
  sharing one gold answer, ~2,000 characters each, with the mix a GRPO step meets (equivalent
  answer forms, wrong answers, missing and truncated boxes, reflection phrases in some).

The real files are read from ``../shared/data`` beside the project root, or from the folder
named by ``REWARDKIT_BENCH_DATA``; when absent (as on a user's machine) only ``grpo`` exists.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "RESULT_CACHE_MODULES",
    "Corpus",
    "Item",
    "clear_rewardkit_caches",
    "data_dir",
    "degenerate_score",
    "grpo_batch",
    "load_gsm8k",
    "load_math500",
]

#: The project root (benchmarks/..).
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Item:
    """One completion to score.

    Attributes:
        completion: the model output (standard format: a string).
        gold: the short gold answer (``answer`` column).
        solution: the full gold solution when the source has one, else ``gold``.
        group: the prompt the completion answers (GRPO groups share it).
        model: which model wrote it (``"synthetic"`` for the generated batch).
        label: a human/OpenAI correctness label when the source has one.
    """

    completion: str
    gold: str
    solution: str
    group: str
    model: str = ""
    label: bool | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    """A named list of items, with a one-line description for RESULTS.md."""

    name: str
    items: tuple[Item, ...]
    description: str

    def __len__(self) -> int:
        return len(self.items)

    def mean_chars(self) -> float:
        return sum(len(i.completion) for i in self.items) / max(1, len(self.items))


def data_dir() -> Path | None:
    """The shared data folder, or ``None`` when it is absent."""
    env = os.environ.get("REWARDKIT_BENCH_DATA")
    path = Path(env) if env else ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_math500(folder: Path) -> Corpus | None:
    """MATH-500 generations with their gold answers and gold solutions, or ``None``."""
    path = folder / "math500_generations.jsonl"
    if not path.is_file():
        return None
    solutions: dict[str, str] = {}
    gold_path = folder / "math500_gold.jsonl"
    if gold_path.is_file():
        solutions = {str(r["unique_id"]): str(r["solution"]) for r in _read_jsonl(gold_path)}
    items = tuple(
        Item(
            completion=str(r["completion"]),
            gold=str(r["answer"]),
            solution=solutions.get(str(r["unique_id"]), str(r["answer"])),
            group=str(r["unique_id"]),
            model=str(r["model"]),
        )
        for r in _read_jsonl(path)
    )
    return Corpus(
        "math500",
        items,
        "MATH-500 completions from 5 models (real, degenerate outputs included)",
    )


_GSM8K_FINAL = re.compile(r"(?:####|A:)\s*([^\n]+?)\s*$")


def load_gsm8k(folder: Path) -> Corpus | None:
    """GPT-3 GSM8K solutions with OpenAI's correctness label, or ``None``."""
    path = folder / "gsm8k_model_solutions.jsonl"
    if not path.is_file():
        return None
    items = []
    for r in _read_jsonl(path):
        answer = str(r["answer"])
        match = _GSM8K_FINAL.search(answer)
        gold = match.group(1).replace(",", "") if match else answer
        items.append(
            Item(
                completion=str(r["completion"]),
                gold=gold,
                solution=answer,
                group=str(r["question"]),
                model=str(r["method"]),
                label=bool(r["is_correct"]),
            )
        )
    return Corpus("gsm8k", tuple(items), "GSM8K GPT-3 solutions (real, `A: N`, labelled)")


# --- the generated GRPO batch -------------------------------------------------------------

_SENTENCES = (
    "We start by writing down what the problem gives us and what it asks for.",
    "Let $x$ be the unknown quantity, so the condition becomes $3x + 7 = 2x + {a}$.",
    "Subtracting $2x$ from both sides gives $x + 7 = {a}$, hence $x = {b}$.",
    "Next we compute the sum $\\sum_{{k=1}}^{{{a}}} k = \\frac{{{a}({a}+1)}}{{2}}$.",
    "The area of the triangle is $\\frac{{1}}{{2}} \\cdot {a} \\cdot {b}$ square units.",
    "Using the identity $(a+b)^2 = a^2 + 2ab + b^2$ we expand the left-hand side.",
    "Since ${a}$ and ${b}$ are coprime, the fraction is already in lowest terms.",
    "This gives a quadratic equation, $t^2 - {a}t + {b} = 0$, whose roots we find below.",
    "By the Pythagorean theorem, $c = \\sqrt{{{a}^2 + {b}^2}}$.",
    "We substitute back into the original equation to make sure nothing went wrong.",
    "Therefore the probability is the number of favourable outcomes over the total.",
    "Multiplying both sides by ${a}$ clears the denominator.",
    "Now each of the {a} people shakes hands with {b} others, counted twice.",
    "The remainder when ${a}^{{{b}}}$ is divided by 7 cycles with period 3.",
)
_REFLECTIONS = (
    "But wait, I should double-check that step.",
    "Let's check the arithmetic once more: it holds.",
    "Hmm, that does not look right. Let's try a different approach.",
    "Aha, the two cases are symmetric, so we only need one of them.",
    "To verify, we plug the value back in and both sides agree.",
    "Let me recheck the sign in the second term.",
)


def _gold_forms(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """A gold answer and equivalent forms a model may write."""
    kind = rng.randrange(5)
    if kind == 0:
        n = rng.randrange(2, 5000)
        return str(n), (str(n), f"{n:,}" if n >= 1000 else str(n), f"{n}.0")
    if kind == 1:
        p, q = rng.randrange(1, 20), rng.choice((2, 3, 4, 5, 7, 8))
        return f"\\frac{{{p}}}{{{q}}}", (
            f"\\frac{{{p}}}{{{q}}}",
            f"{p}/{q}",
            f"\\dfrac{{{p}}}{{{q}}}",
        )
    if kind == 2:
        p = rng.randrange(1, 99)
        return f"0.{p:02d}", (f"0.{p:02d}", f"\\frac{{{p}}}{{100}}", f"{p}\\%")
    if kind == 3:
        n = rng.randrange(2, 30)
        return f"{n}\\sqrt{{2}}", (f"{n}\\sqrt{{2}}", f"{n}\\sqrt2", f"\\sqrt{{{2 * n * n}}}")
    n = rng.randrange(2, 9)
    return f"{n}\\pi", (f"{n}\\pi", f"{n} \\pi", f"\\pi \\cdot {n}")


def _body(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        sentence = rng.choice(_SENTENCES).format(a=rng.randrange(2, 60), b=rng.randrange(2, 60))
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)


def grpo_batch(
    prompts: int = 64, *, seed: int = 0, chars: int = 2000, group_sizes: tuple[int, int] = (8, 16)
) -> Corpus:
    """A seeded GRPO-shaped batch: ``prompts`` groups of 8-16 completions sharing a gold.

    Per completion: ~``chars`` characters of reasoning; 50% end with the gold in some equivalent
    form inside ``\\boxed{}``, 25% with a wrong boxed answer, 10% with an unboxed answer, 10% are
    truncated mid-box and 5% repeat a box hundreds of times (degenerate); 40% contain a
    reflection phrase.
    """
    rng = random.Random(seed)
    items: list[Item] = []
    for p in range(prompts):
        gold, forms = _gold_forms(rng)
        for _ in range(rng.randint(*group_sizes)):
            body = _body(rng, chars - 60)
            if rng.random() < 0.4:
                cut = rng.randrange(len(body) // 4, len(body))
                body = f"{body[:cut]} {rng.choice(_REFLECTIONS)} {body[cut:]}"
            roll = rng.random()
            if roll < 0.5:
                tail = f"So the answer is $\\boxed{{{rng.choice(forms)}}}$."
            elif roll < 0.75:
                tail = f"So the answer is $\\boxed{{{rng.randrange(1, 999)}}}$."
            elif roll < 0.85:
                tail = f"The final answer is {forms[0]}."
            elif roll < 0.95:
                tail = f"So the answer is $\\boxed{{\\frac{{{rng.randrange(1, 9)}}}"
            else:
                tail = "\\boxed{" + "}\\boxed{".join([forms[0]] * rng.randrange(100, 400)) + "}"
            items.append(Item(f"{body}\n\n{tail}", gold, gold, f"p{p}", "synthetic"))
    return Corpus(
        "grpo",
        tuple(items),
        f"generated GRPO batch: {prompts} prompts x 8-16 completions, ~{chars} chars, seed {seed}",
    )


def degenerate_score(text: str) -> int:
    """How degenerate a completion looks: boxes and braces per kilobyte plus its length in KB."""
    return text.count("\\boxed") * 100 + text.count("{") + len(text) // 1000


#: Modules whose caches hold *results* (parsed answers, verdicts, per-text extractions): emptied
#: before every timed run, so a run does not profit from the previous one. Every other rewardkit
#: cache holds something *built* from the configuration (compiled patterns, hyperscan databases,
#: character tables): a trainer builds it once per process, and so does a benchmark (its warm-up
#: call), so those stay.
RESULT_CACHE_MODULES = ("rewardkit.equivalence", "rewardkit.extract", "rewardkit.answers")


def clear_rewardkit_caches() -> int:
    """Call ``cache_clear()`` on every result cache of the loaded rewardkit modules.

    Result caches live in :data:`RESULT_CACHE_MODULES`; compiled patterns and scanner
    databases elsewhere are kept, as in a trainer's process.
    """
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(RESULT_CACHE_MODULES) or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                with contextlib.suppress(Exception):
                    clear()
                    cleared += 1
    return cleared
