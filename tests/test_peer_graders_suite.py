"""Other projects' answer-grader tests, ported as a table (tests/data/peer_graders_suite.jsonl).

Collected in the twelfth session from the public test files of 16 projects (licences: MIT for
hendrycks/math, QwenLM/Qwen2.5-Math's evaluation, EleutherAI/lm-evaluation-harness and
huggingface/lighteval; Apache-2.0 for the others: NVIDIA/NeMo-Skills, modelscope/evalscope,
inclusionAI/AReaL, rllm-org/rllm, THUDM/slime, huggingface/trl, huggingface/open-r1,
OpenRLHF/OpenRLHF, thinking-machines-lab/tinker-cookbook, open-compass/opencompass,
volcengine/verl, allenai/open-instruct). Only cases with an explicit verdict that compare two
answers are kept (not normaliser tests; math-verify's own suite is in
``test_mathverify_suite.py``; a repository without a licence, MARIO_EVAL, is left out): 248
distinct (gold, prediction) pairs, the ``source`` of each row naming the file.

Each row keeps the project's verdict (``theirs``) beside ours (``expected``); where they
differ, ``note`` says why: one of our documented policies (values, not forms; lists unordered;
rounded golds; units of a closed list), a tolerance or format option of theirs, or ``gap:`` (a
known miss, expected to fail strictly). docs/answers.md has the summary. A boxed gold goes
through :func:`~rewardkit.answers.gold_answer`, as the rewards do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rewardkit.equivalence import is_equivalent

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "peer_graders_suite.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


def _param(index: int, case: dict[str, object]) -> object:
    note = str(case["note"])
    marks = [pytest.mark.xfail(strict=True, reason=note)] if note.startswith("gap:") else []
    project = str(case["source"]).split(":", 1)[0].replace("/", "-")
    return pytest.param(case, id=f"{index}-{project}", marks=marks)


@pytest.mark.parametrize("case", [_param(index, case) for index, case in enumerate(CASES)])
def test_peer_grader_case(case: dict[str, object]) -> None:
    assert int(is_equivalent(str(case["gold"]), str(case["pred"]))) == case["expected"]


def test_differences_are_explained() -> None:
    """Every row where our verdict differs from the project's says why."""
    unexplained = [
        case for case in CASES if case["expected"] != case["theirs"] and not case["note"]
    ]
    assert unexplained == []
    gaps = [case for case in CASES if str(case["note"]).startswith("gap:")]
    assert all(case["expected"] == case["theirs"] for case in gaps)


def test_agreement_with_the_projects() -> None:
    """At least 90% of the projects' own verdicts are ours (228 of 248 when ported)."""
    agree = sum(case["expected"] == case["theirs"] for case in CASES)
    gaps = sum(str(case["note"]).startswith("gap:") for case in CASES)
    assert len(CASES) == 248
    assert agree - gaps >= 0.9 * len(CASES)
