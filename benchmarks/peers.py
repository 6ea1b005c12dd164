"""The peers rewardkit is measured against, reproduced from their public source (not vendored).

Every peer is a plain function ``peer(completion, gold) -> float | None`` scoring one
completion, called in a loop exactly as the recipes do (they have no batch path):

- :func:`mv_trl_accuracy`: TRL's ``trl.rewards.accuracy_reward`` (huggingface/trl @ 9a44e51,
  ``trl/rewards/accuracy_rewards.py``): the gold is parsed per row with
  ``parse(solution, extraction_mode="first_match")`` (default extraction configs, no ``$``
  wrapping), the completion with one ``LatexExtractionConfig`` (boxed tried first, no
  un-anchored extraction, ``NormalizationConfig(nits=False, malformed_operators=False,
  basic_latex=True, boxed="all", units=True)``) and ``float(verify(gold, answer))``; ``None``
  when ``verify`` raises, a normalised string compare when the gold does not parse. Fed the
  ``solution`` column (the full gold solution), as those recipes are.
- :func:`mv_openr1_accuracy`: open-r1's ``accuracy_reward`` (huggingface/open-r1 @ ed89dd9,
  ``src/open_r1/rewards.py``): the gold is parsed with
  ``extraction_config=[LatexExtractionConfig()]``, ``equations=True`` is added to the
  normalisation, the arguments of ``verify`` are swapped, and an unparseable gold scores 1.0.
- :func:`mv_plain`: math-verify as its README shows it, ``verify(parse("$" + gold + "$"),
  parse(completion))`` with default configs: the verdict reference for agreement.
- :func:`naive_aha`: the recipe's reflection reward as usually written,
  ``any(k in text.lower() for k in KEYWORDS)`` (lowercases once per keyword).
- :func:`naive_boxed_number`, :func:`naive_correct`, :func:`naive_seed_total`: the seed-style
  reward set (numeric boxed answer 0.5, correct answer 2.0, reflection keyword 1.0) written the
  way the common recipe does: a non-greedy ``\\\\boxed\\{(.*?)\\}`` regex, ``float()`` for
  "numeric", string equality after ``strip()`` for "correct".

math-verify bounds its work with ``signal.SIGALRM`` (5 s for parsing, 5 s for verifying by
default), so its peers are called from the main thread, as a trainer does. Its loggers are
silenced: on degenerate completions it logs the whole text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = [
    "KEYWORDS",
    "PEERS",
    "math_verify_available",
    "mv_openr1_accuracy",
    "mv_plain",
    "mv_trl_accuracy",
    "naive_aha",
    "naive_boxed_number",
    "naive_correct",
    "naive_seed_total",
]

#: The recipe's reflection keywords.
KEYWORDS = (
    "aha",
    "but wait",
    "verify the problem",
    "try again",
    "let's try",
    "let's check",
    "to verify",
    "recheck",
)


def math_verify_available() -> bool:
    """Whether the math-verify peer can run (``pip install -e .[bench]``)."""
    try:
        _math_verify()
    except ImportError:
        return False
    return True


@cache
def _math_verify() -> dict[str, Any]:
    """Import math-verify once, silence its loggers and build the recipes' configs."""
    from latex2sympy2_extended import NormalizationConfig
    from math_verify import LatexExtractionConfig, parse, verify

    for name in (
        "math_verify",
        "math_verify.parser",
        "math_verify.grader",
        "latex2sympy2_extended",
    ):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    trl_answer = [
        LatexExtractionConfig(
            normalization_config=NormalizationConfig(
                nits=False, malformed_operators=False, basic_latex=True, boxed="all", units=True
            ),
            boxed_match_priority=0,
            try_extract_without_anchor=False,
        )
    ]
    openr1_answer = [
        LatexExtractionConfig(
            normalization_config=NormalizationConfig(
                nits=False,
                malformed_operators=False,
                basic_latex=True,
                equations=True,
                boxed="all",
                units=True,
            ),
            boxed_match_priority=0,
            try_extract_without_anchor=False,
        )
    ]
    return {
        "parse": parse,
        "verify": verify,
        "gold_latex": [LatexExtractionConfig()],
        "trl_answer": trl_answer,
        "openr1_answer": openr1_answer,
    }


def mv_trl_accuracy(completion: str, solution: str) -> float | None:
    """TRL's ``accuracy_reward`` for one row (see the module docstring)."""
    mv = _math_verify()
    gold_parsed = mv["parse"](solution, extraction_mode="first_match")
    if len(gold_parsed) != 0:
        answer_parsed = mv["parse"](
            completion, extraction_config=mv["trl_answer"], extraction_mode="first_match"
        )
        try:
            return float(mv["verify"](gold_parsed, answer_parsed))
        except Exception:
            return None
    return float(completion.strip().lower() == solution.strip().lower())


def mv_openr1_accuracy(completion: str, solution: str) -> float | None:
    """open-r1's ``accuracy_reward`` for one row (see the module docstring)."""
    mv = _math_verify()
    gold_parsed = mv["parse"](
        solution, extraction_mode="first_match", extraction_config=mv["gold_latex"]
    )
    if len(gold_parsed) != 0:
        answer_parsed = mv["parse"](
            completion, extraction_config=mv["openr1_answer"], extraction_mode="first_match"
        )
        try:
            return float(mv["verify"](answer_parsed, gold_parsed))
        except Exception:
            return 0.0
    return 1.0


def mv_plain(completion: str, gold: str) -> float:
    """math-verify's README usage: ``verify(parse("$gold$"), parse(completion))``."""
    mv = _math_verify()
    return float(mv["verify"](mv["parse"]("$" + gold + "$"), mv["parse"](completion)))


def naive_aha(completion: str, gold: str = "") -> float:
    """The recipe's keyword reward as usually written (one ``lower()`` per keyword)."""
    return 1.0 if any(k in completion.lower() for k in KEYWORDS) else 0.0


_NAIVE_BOXED = re.compile(r"\\boxed\{(.*?)\}")


def _naive_answer(completion: str) -> str | None:
    found = _NAIVE_BOXED.findall(completion)
    return found[-1] if found else None


def naive_boxed_number(completion: str, gold: str = "") -> float:
    """Seed-style numeric reward: the last ``\\boxed{...}`` (non-greedy) parses as a float."""
    answer = _naive_answer(completion)
    if answer is None:
        return 0.0
    try:
        float(answer.strip())
    except ValueError:
        return 0.0
    return 1.0


def naive_correct(completion: str, gold: str) -> float:
    """Seed-style correctness: the last boxed answer equals the gold after ``strip()``."""
    answer = _naive_answer(completion)
    return 1.0 if answer is not None and answer.strip() == gold.strip() else 0.0


def naive_seed_total(completion: str, gold: str) -> float:
    """The seed recipe's weighted total: 0.5 numeric + 2.0 correct + 1.0 keyword."""
    return (
        0.5 * naive_boxed_number(completion)
        + 2.0 * naive_correct(completion, gold)
        + 1.0 * naive_aha(completion)
    )


#: Peer name -> (function, which gold it reads: "gold" or "solution").
PEERS: dict[str, tuple[Callable[[str, str], float | None], str]] = {
    "math-verify (TRL accuracy_reward)": (mv_trl_accuracy, "solution"),
    "math-verify (open-r1 accuracy_reward)": (mv_openr1_accuracy, "solution"),
    "math-verify (parse $gold$ + verify)": (mv_plain, "gold"),
    "naive keyword loop": (naive_aha, "gold"),
    "naive seed reward set": (naive_seed_total, "gold"),
}
