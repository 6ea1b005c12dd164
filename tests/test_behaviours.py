"""Cognitive behaviours v2 (issue 19): precision and recall of the pattern families.

The examples (``tests/behaviour_examples.py``) are hand-labelled from the paper's definitions,
in math and Countdown forms; the controls are problem clarification, plain step numbering,
restating the question and substitution that is not a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rewardkit import behaviors, cognitive_behaviors
from rewardkit.keywords import BEHAVIORS
from rewardkit.reflect import profile, scan
from rewardkit.reflect.cognitive import _behavior_hits, _behavior_table, _pattern_scan
from rewardkit.reflect.scan import fast_backend, set_fast, strip_leading
from tests.behaviour_examples import (
    BC_STRUCT,
    BC_STRUCT_CONTROLS,
    BROADENING_PROBE_CONTROLS,
    BROADENING_PROBES,
    CD_FORMS,
    CD_FORMS_CONTROLS,
    CD_FORMS_CONTROLS_COUNTDOWN,
    CD_FORMS_COUNTDOWN,
    CONTROLS,
    EIGHTEENTH_ROUND,
    EIGHTEENTH_ROUND_CONTROLS,
    EIGHTEENTH_ROUND_CONTROLS_COUNTDOWN,
    EIGHTEENTH_ROUND_COUNTDOWN,
    EIGHTH_ROUND,
    EIGHTH_ROUND_CONTROLS,
    ELEVENTH_ROUND,
    ELEVENTH_ROUND_CONTROLS,
    ELEVENTH_ROUND_CONTROLS_COUNTDOWN,
    ELEVENTH_ROUND_COUNTDOWN,
    FIFTEENTH_ROUND,
    FIFTEENTH_ROUND_CONTROLS,
    FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FIFTEENTH_ROUND_COUNTDOWN,
    FIFTH_ROUND,
    FIFTH_ROUND_CONTROLS,
    FORM_TABLE,
    FORM_TABLE_CONTROLS,
    FOURTEENTH_ROUND,
    FOURTEENTH_ROUND_CONTROLS,
    FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
    FOURTEENTH_ROUND_COUNTDOWN,
    FOURTH_ROUND,
    FOURTH_ROUND_CONTROLS,
    HELD_OUT,
    HELD_OUT_CONTROLS,
    NINETEENTH_ROUND,
    NINETEENTH_ROUND_CONTROLS,
    NINETEENTH_ROUND_CONTROLS_COUNTDOWN,
    NINETEENTH_ROUND_COUNTDOWN,
    NINTH_ROUND_A,
    NINTH_ROUND_A_CONTROLS,
    NINTH_ROUND_A_CONTROLS_COUNTDOWN,
    NINTH_ROUND_A_COUNTDOWN,
    NINTH_ROUND_B,
    NINTH_ROUND_B_CONTROLS,
    NINTH_ROUND_B_CONTROLS_COUNTDOWN,
    NINTH_ROUND_B_COUNTDOWN,
    PAPER_PROMPT_EXAMPLES,
    POSITIVES,
    PRIMING_ROUND,
    PRIMING_ROUND_CONTROLS,
    PRIMING_ROUND_CONTROLS_COUNTDOWN,
    PRIMING_ROUND_COUNTDOWN,
    PRIMING_ROUND_SOURCE,
    SEVENTEENTH_ROUND,
    SEVENTEENTH_ROUND_CONTROLS,
    SEVENTEENTH_ROUND_CONTROLS_COUNTDOWN,
    SEVENTEENTH_ROUND_COUNTDOWN,
    SEVENTH_ROUND,
    SEVENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND,
    SIXTEENTH_ROUND_CONTROLS,
    SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
    SIXTEENTH_ROUND_COUNTDOWN,
    SIXTH_ROUND,
    SIXTH_ROUND_CONTROLS,
    TENTH_ROUND,
    TENTH_ROUND_CONTROLS,
    TENTH_ROUND_CONTROLS_COUNTDOWN,
    TENTH_ROUND_COUNTDOWN,
    THIRD_ROUND,
    THIRD_ROUND_CONTROLS,
    THIRTEENTH_ROUND,
    THIRTEENTH_ROUND_CONTROLS,
    THIRTEENTH_ROUND_CONTROLS_COUNTDOWN,
    THIRTEENTH_ROUND_COUNTDOWN,
    THIRTIETH_ROUND,
    THIRTIETH_ROUND_CONTROLS,
    THIRTIETH_ROUND_CONTROLS_COUNTDOWN,
    THIRTIETH_ROUND_COUNTDOWN,
    THIRTY_FIRST_ROUND,
    THIRTY_FIRST_ROUND_CONTROLS,
    THIRTY_FIRST_ROUND_CONTROLS_COUNTDOWN,
    THIRTY_FIRST_ROUND_COUNTDOWN,
    THIRTY_FOURTH_ROUND,
    THIRTY_FOURTH_ROUND_CONTROLS,
    THIRTY_FOURTH_ROUND_CONTROLS_COUNTDOWN,
    THIRTY_FOURTH_ROUND_COUNTDOWN,
    THIRTY_SECOND_ROUND,
    THIRTY_SECOND_ROUND_CONTROLS,
    THIRTY_SECOND_ROUND_CONTROLS_COUNTDOWN,
    THIRTY_SECOND_ROUND_COUNTDOWN,
    THIRTY_THIRD_ROUND,
    THIRTY_THIRD_ROUND_CONTROLS,
    THIRTY_THIRD_ROUND_CONTROLS_COUNTDOWN,
    THIRTY_THIRD_ROUND_COUNTDOWN,
    TWELFTH_ROUND,
    TWELFTH_ROUND_CONTROLS,
    TWELFTH_ROUND_CONTROLS_COUNTDOWN,
    TWELFTH_ROUND_COUNTDOWN,
    TWENTIETH_ROUND,
    TWENTIETH_ROUND_CONTROLS,
    TWENTIETH_ROUND_CONTROLS_COUNTDOWN,
    TWENTIETH_ROUND_COUNTDOWN,
    TWENTY_FIFTH_ROUND,
    TWENTY_FIFTH_ROUND_CONTROLS,
    TWENTY_FIFTH_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_FIFTH_ROUND_COUNTDOWN,
    TWENTY_FIRST_ROUND,
    TWENTY_FIRST_ROUND_CONTROLS,
    TWENTY_FIRST_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_FIRST_ROUND_COUNTDOWN,
    TWENTY_FOURTH_ROUND,
    TWENTY_FOURTH_ROUND_CONTROLS,
    TWENTY_FOURTH_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_FOURTH_ROUND_COUNTDOWN,
    TWENTY_NINTH_ROUND,
    TWENTY_NINTH_ROUND_CONTROLS,
    TWENTY_NINTH_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_NINTH_ROUND_COUNTDOWN,
    TWENTY_SECOND_ROUND,
    TWENTY_SECOND_ROUND_CONTROLS,
    TWENTY_SECOND_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_SECOND_ROUND_COUNTDOWN,
    TWENTY_SEVENTH_ROUND,
    TWENTY_SEVENTH_ROUND_CONTROLS,
    TWENTY_SEVENTH_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_SEVENTH_ROUND_COUNTDOWN,
    TWENTY_SIXTH_ROUND,
    TWENTY_SIXTH_ROUND_CONTROLS,
    TWENTY_SIXTH_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_SIXTH_ROUND_COUNTDOWN,
    TWENTY_THIRD_ROUND,
    TWENTY_THIRD_ROUND_CONTROLS,
    TWENTY_THIRD_ROUND_CONTROLS_COUNTDOWN,
    TWENTY_THIRD_ROUND_COUNTDOWN,
    VB_FORMS,
    VB_FORMS_CONTROLS,
    B,
    C,
    S,
    V,
)

MIN_RECALL = 0.7
MIN_PRECISION = 0.85
MAX_CONTROL_FALSE_POSITIVES = 2


def _found(text: str) -> set[str]:
    return {name for name, count in behaviors(text).items() if count}


def test_example_tables_are_large_enough() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in POSITIVES) >= 25, name
    assert len(CONTROLS) >= 50
    texts = [text for text, _ in POSITIVES] + list(CONTROLS)
    assert len(set(texts)) == len(texts)  # no duplicated example


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_precision_and_recall_per_behaviour(behavior: str) -> None:
    rows = [(text, labels) for text, labels in POSITIVES]
    rows += [(text, frozenset()) for text in CONTROLS]
    true_positive = false_positive = false_negative = 0
    misses: list[str] = []
    for text, labels in rows:
        hit = behavior in _found(text)
        if hit and behavior in labels:
            true_positive += 1
        elif hit:
            false_positive += 1
            misses.append(f"false positive: {text}")
        elif behavior in labels:
            false_negative += 1
            misses.append(f"false negative: {text}")
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert recall >= MIN_RECALL, (recall, misses)
    assert precision >= MIN_PRECISION, (precision, misses)


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_second_round_sentences_keep_the_targets(behavior: str) -> None:
    # Written before the second generalisation (its commit records the recall before it).
    rows = [*HELD_OUT, *((text, frozenset()) for text in HELD_OUT_CONTROLS)]
    hits = [(behavior in _found(text), behavior in labels, text) for text, labels in rows]
    true_positive = sum(hit and label for hit, label, _ in hits)
    positives = sum(label for _, label, _ in hits)
    flagged = sum(hit for hit, _, _ in hits)
    misses = [text for hit, label, text in hits if hit != label]
    assert true_positive / positives >= MIN_RECALL, misses
    assert true_positive / flagged >= MIN_PRECISION, misses


def test_second_round_controls_draw_at_most_two_false_positives() -> None:
    flagged = [(text, _found(text)) for text in HELD_OUT_CONTROLS if _found(text)]
    assert len(flagged) <= MAX_CONTROL_FALSE_POSITIVES, flagged


def test_controls_draw_at_most_two_false_positives() -> None:
    flagged = [(text, _found(text)) for text in CONTROLS if _found(text)]
    assert len(flagged) <= MAX_CONTROL_FALSE_POSITIVES, flagged


def _precision_recall(
    behavior: str,
    rows: tuple[tuple[str, frozenset[str]], ...],
    controls: tuple[str, ...],
    found: Callable[[str], set[str]] = _found,
) -> tuple[float, float, list[str]]:
    labelled = [*rows, *((text, frozenset[str]()) for text in controls)]
    hits = [(behavior in found(text), behavior in labels, text) for text, labels in labelled]
    true_positive = sum(hit and label for hit, label, _ in hits)
    positives = sum(label for _, label, _ in hits)
    flagged = sum(hit for hit, _, _ in hits)
    misses = [text for hit, label, text in hits if hit != label]
    return true_positive / max(1, flagged), true_positive / positives, misses


def test_third_and_fourth_round_tables_are_large_enough_and_distinct() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in THIRD_ROUND) >= 40, name
        assert sum(name in labels for _, labels in FOURTH_ROUND) >= 20, name
    assert len(THIRD_ROUND_CONTROLS) >= 60
    assert len(FOURTH_ROUND_CONTROLS) >= 30
    rounds = (POSITIVES, HELD_OUT, THIRD_ROUND, FOURTH_ROUND, BROADENING_PROBES)
    rounds += (FIFTH_ROUND, SIXTH_ROUND, SEVENTH_ROUND, EIGHTH_ROUND)
    texts = [text for rows in rounds for text, _ in rows]
    texts += [*CONTROLS, *HELD_OUT_CONTROLS, *THIRD_ROUND_CONTROLS, *FOURTH_ROUND_CONTROLS]
    texts += [*BROADENING_PROBE_CONTROLS, *FIFTH_ROUND_CONTROLS, *SIXTH_ROUND_CONTROLS]
    texts += [*SEVENTH_ROUND_CONTROLS, *EIGHTH_ROUND_CONTROLS]
    assert len(set(texts)) == len(texts)  # no example is in two rounds


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_third_round_keeps_the_targets(behavior: str) -> None:
    # Written before the third generalisation; tuned on since (docs/reflection.md has the
    # figures measured before it).
    precision, recall, misses = _precision_recall(behavior, THIRD_ROUND, THIRD_ROUND_CONTROLS)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_fourth_round_held_out_precision(behavior: str) -> None:
    # The held-out round: its recall is a measurement (docs/reflection.md), below the target
    # for some behaviours; precision, the reward-hacking side, must hold on it.
    precision, _, misses = _precision_recall(behavior, FOURTH_ROUND, FOURTH_ROUND_CONTROLS)
    assert precision >= MIN_PRECISION, misses


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_broadening_probes_keep_the_targets(behavior: str) -> None:
    # Three probe sets written during the second broadening, each measured before the
    # families it prompted (docs/reflection.md); tuned on since.
    rows, controls = BROADENING_PROBES, BROADENING_PROBE_CONTROLS
    precision, recall, misses = _precision_recall(behavior, rows, controls)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


def test_fifth_and_sixth_round_tables_are_large_enough() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in FIFTH_ROUND) >= 20, name
        assert sum(name in labels for _, labels in SIXTH_ROUND) >= 20, name
    assert len(FIFTH_ROUND_CONTROLS) >= 50
    assert len(SIXTH_ROUND_CONTROLS) >= 50


def test_seventh_round_table_is_large_enough() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in SEVENTH_ROUND) >= 20, name
    assert len(SEVENTH_ROUND_CONTROLS) >= 80


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_seventh_round_keeps_the_targets(behavior: str) -> None:
    # Real completions labelled blind, the held-out measure of the third generalisation
    # (docs/reflection.md has the figures measured before the fourth); tuned on since.
    precision, recall, misses = _precision_recall(behavior, SEVENTH_ROUND, SEVENTH_ROUND_CONTROLS)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


#: The eighth round (real completions labelled blind, problems disjoint from rounds 6-7) was held
#: out: measured after the fourth generalisation and not tuned on until the sixth read its
#: misses with every round's (its forms, not its sentences). These are its figures (precision,
#: recall); the issue's targets (0.85, 0.7) are not all met on it (docs/reflection.md). A change
#: may raise them; one that lowers them is a regression on real text.
EIGHTH_ROUND_FIGURES = {
    V: (0.91, 0.68),  # 0.89 / 0.51 before the sixth generalisation (a candidate judged)
    B: (0.96, 0.75),  # 0.95 / 0.59 before it (mistakes located, then corrected)
    # 0.72 / 0.61 before the sixth generalisation (two-step plans), 0.74 / 0.67 before the
    # ninth session's subgoal forms (two steps announced, cases, "once you ...", a first step)
    S: (0.77, 0.78),
    C: (0.95, 0.60),  # 0.92 / 0.34 before it (optima as goals, "we first identify ...")
}
#: Its 119 real controls: 14 drew a behaviour when it was measured.
EIGHTH_ROUND_FLAGGED_CONTROLS = 14


def test_eighth_round_table_is_large_enough() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in EIGHTH_ROUND) >= 30, name
    assert len(EIGHTH_ROUND_CONTROLS) >= 100


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_eighth_round_held_out_figures_do_not_regress(behavior: str) -> None:
    precision, recall, misses = _precision_recall(behavior, EIGHTH_ROUND, EIGHTH_ROUND_CONTROLS)
    floor_precision, floor_recall = EIGHTH_ROUND_FIGURES[behavior]
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


def test_eighth_round_controls_draw_no_more_than_measured() -> None:
    flagged = [(text, _found(text)) for text in EIGHTH_ROUND_CONTROLS if _found(text)]
    assert len(flagged) <= EIGHTH_ROUND_FLAGGED_CONTROLS, flagged


def test_ninth_round_set_a_table_is_large_enough() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in NINTH_ROUND_A) >= 25, name
    assert len(NINTH_ROUND_A_CONTROLS) >= 50
    assert len(NINTH_ROUND_A_COUNTDOWN) == len(NINTH_ROUND_A)
    assert len(NINTH_ROUND_A_CONTROLS_COUNTDOWN) == len(NINTH_ROUND_A_CONTROLS)
    countdown = sum(instance is not None for instance in NINTH_ROUND_A_COUNTDOWN)
    assert 30 <= countdown <= len(NINTH_ROUND_A) - 30  # both domains


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_ninth_round_set_a_keeps_the_targets(behavior: str) -> None:
    # Written blind from the paper's definitions, measured before the fifth generalisation
    # (docs/reflection.md has the figures), tuned on since. Backtracking is at the target with
    # every worded form found: its 9 misses are unworded Countdown attempt sequences.
    precision, recall, misses = _precision_recall(behavior, NINTH_ROUND_A, NINTH_ROUND_A_CONTROLS)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


#: The ninth round's set B was held out (written blind with set A, not tuned on until the
#: sixth generalisation (by form) read its misses with every other round's). Before the fifth
#: generalisation (commit c2e6e92, text alone, precision / recall): verification 0.95 / 0.68,
#: backtracking 1.00 / 0.58, subgoal 0.95 / 0.67, backward 1.00 / 0.36; after it (held out):
#: text recall 0.71 / 0.58 / 0.67 / 0.39, with the Countdown targets 0.71 / 0.94 / 0.67 /
#: 0.50. Below: after the sixth, read from the text alone and with each Countdown row's target
#: and numbers given. A change may raise these; one that lowers them is a regression.
NINTH_ROUND_B_FIGURES = {
    # backward chaining 0.82 -> 0.89 from the text alone, 0.86 -> 0.89 with the targets:
    # module rule 7 and the goal-side decomposition in words (brief bc19); 0.89 -> 0.93 (both
    # reads) after the ninth session's backward-chaining forms (the target moved by a gap to a
    # value split at once, "45 is the target. 45 + 5 = 50 = 2 * 25")
    "text": {V: (0.97, 0.97), B: (1.00, 1.00), S: (0.97, 1.00), C: (1.00, 0.93)},
    "targets": {V: (0.97, 0.97), B: (1.00, 1.00), S: (0.97, 1.00), C: (1.00, 0.93)},
}
#: Its 54 controls: one drew a behaviour when it was measured (a clarification read as a plan).
NINTH_ROUND_B_FLAGGED_CONTROLS = 1


def _found_in_row(text: str, countdown: tuple[int, tuple[int, ...]] | None) -> set[str]:
    if countdown is None:
        return _found(text)
    counts = behaviors(text, target=countdown[0], numbers=list(countdown[1]))
    return {name for name, count in counts.items() if count}


def _assert_round_floor(
    behavior: str,
    table: tuple[Any, ...],
    read: str,
    floor: tuple[float, float],
) -> None:
    """A round's (precision, recall) for one behaviour is at least ``floor``.

    ``table`` starts with the rows, their Countdown instances, the controls and theirs;
    ``read`` is "text" (the text alone) or "targets" (with each row's Countdown instance).
    """
    rows, row_instances, controls, control_instances = table[:4]
    countdown = dict(zip([text for text, _ in rows], row_instances, strict=True))
    countdown.update(zip(controls, control_instances, strict=True))
    precision, recall, misses = _precision_recall(
        behavior,
        rows,
        controls,
        lambda text: _found_in_row(text, countdown[text] if read == "targets" else None),
    )
    floor_precision, floor_recall = floor
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


#: The tenth round was written blind while the sixth generalisation was being made, and held
#: out: measured before it (commit e1a3463) and after it, never tuned on. Before (text alone,
#: precision / recall): verification 0.94 / 0.64, backtracking 1.00 / 0.49, subgoal 0.95 /
#: 0.51, backward 0.83 / 0.54, 1 of 66 controls flagged; with the Countdown targets
#: backtracking 1.00 / 0.74, backward 0.85 / 0.62. After the sixth: 0.94 / 0.66, 1.00 / 0.49,
#: 0.91 / 0.54, 0.85 / 0.59, 2 controls (targets: backtracking 0.74, backward 0.62). The
#: seventh generalisation was then tuned on its misses (no longer blind): below, after it.
TENTH_ROUND_FIGURES = {
    "text": {V: (0.96, 0.98), B: (1.00, 1.00), S: (1.00, 0.85), C: (1.00, 0.95)},
    "targets": {V: (0.96, 0.98), B: (1.00, 1.00), S: (1.00, 0.85), C: (1.00, 0.95)},
}
#: Its 66 controls: two drew a behaviour when it was measured, none since the seventh
#: generalisation (tuned on its misses).
TENTH_ROUND_FLAGGED_CONTROLS = 0

#: The eleventh round was written blind while the seventh generalisation was being made (words
#: of all four behaviours, the Countdown structure), and held out: measured before it (commit
#: ea6f600) and after it, never tuned on. Before (text alone, precision / recall):
#: verification 0.84 / 0.56, backtracking 0.91 / 0.63, subgoal 0.88 / 0.45, backward 0.96 /
#: 0.63, 2 of 70 controls flagged; with the Countdown targets backtracking 0.93 / 0.80. Below:
#: after it. Only the structural rule moved it (backtracking from the text alone 0.63 -> 0.83);
#: the word families tuned on the tenth round's misses moved it by one row (docs/reflection.md,
#: "Measured and limits"). The eighth generalisation's structural rules were then designed from
#: its misses (no longer blind): verification 0.58 -> 0.92, subgoal setting 0.45 -> 0.71,
#: backward chaining 0.63 -> 0.90, backtracking 0.83 -> 0.96 (math switches). The ninth
#: session's backward-chaining forms (read from its misses too): backward chaining 0.97 / 0.90
#: -> 0.98 / 0.98 (a search aimed at the goal, "I'd want" after the goal, the total the goal
#: needs against what is there).
ELEVENTH_ROUND_FIGURES = {
    # (backward chaining 0.98 -> 1.00 after the ninth session's second backward-chaining wave)
    "text": {V: (0.90, 0.92), B: (0.94, 1.00), S: (0.98, 0.84), C: (0.98, 1.00)},
    "targets": {V: (0.90, 0.92), B: (0.94, 0.96), S: (0.98, 0.84), C: (0.98, 1.00)},
}
#: Its 70 controls: two drew a behaviour when it was measured (before and after).
ELEVENTH_ROUND_FLAGGED_CONTROLS = 2

#: The twelfth round was written blind while the eighth generalisation (structural rules:
#: rewardkit.reflect.checks, plans, goalchain) was being made, and held out: measured before it
#: (commit 480dfdd) and after it. Before (text alone, precision / recall): verification 0.93 /
#: 0.59, backtracking 0.93 / 0.69, subgoal 0.90 / 0.36, backward 0.92 / 0.45, 5 of 91 controls
#: flagged; with the Countdown targets backward 0.88 / 0.43. Below: after it, subgoal
#: setting's recall after the ninth session's subgoal forms (0.84 -> 0.86, precision 0.98), and
#: backward chaining after the ninth session's backward-chaining forms (0.92 -> 0.96 recall in
#: both reads, precision 0.96 / 0.94: "start from what the probability has to be", "run this one
#: in reverse", "undoing the tripling").
TWELFTH_ROUND_FIGURES = {
    "text": {V: (0.96, 0.93), B: (0.94, 0.89), S: (0.94, 0.86), C: (0.96, 0.96)},
    "targets": {V: (0.96, 0.93), B: (0.94, 0.89), S: (0.94, 0.86), C: (0.94, 0.96)},
}
#: Its 91 controls: five drew a behaviour when it was measured (before and after).
TWELFTH_ROUND_FLAGGED_CONTROLS = 5

#: The thirteenth round was written blind after the first wave of the eighth generalisation and
#: held out through its second wave: measured before it (480dfdd), after the first wave (7185d20)
#: and after the second (9685371). Text alone, precision / recall, before -> first -> second:
#: verification 0.94 / 0.65 -> 0.94 / 0.70 -> 0.94 / 0.72, backtracking 0.97 / 0.74 (all three),
#: subgoal 0.93 / 0.67 -> 0.94 / 0.74 -> same, backward 1.00 / 0.73 -> 1.00 / 0.78 -> same; 1 of
#: 75 controls flagged throughout; with the Countdown targets backtracking 1.00 / 0.76. A third
#: wave of verification, backtracking and backward chaining was then designed from its misses
#: (no longer blind): verification 0.72 -> 0.91, backtracking 0.74 -> 0.95, backward 0.78 -> 0.89.
#: Subgoal setting's second wave (written without it) moved it 0.74 -> 0.79, precision 0.94 ->
#: 0.91: two numbers needed right after a goal decomposition, labelled backward chaining only.
#: The ninth session's backward-chaining forms: backward 0.95 -> 0.97 ("1 stone at the end,
#: and before that 5").
THIRTEENTH_ROUND_FIGURES = {
    "text": {V: (0.95, 0.91), B: (0.98, 0.95), S: (0.91, 0.79), C: (1.00, 0.97)},
    "targets": {V: (0.95, 0.91), B: (1.00, 0.98), S: (0.91, 0.79), C: (1.00, 0.97)},
}
#: Its 75 controls: one drew a behaviour when it was measured.
THIRTEENTH_ROUND_FLAGGED_CONTROLS = 1

#: The fourteenth round was written blind after the second wave of the eighth generalisation and
#: held out through its third: measured before it (480dfdd), after the first two waves
#: (86d1a3a) and after the third (3f59288). Text alone, precision / recall, before -> after the
#: first two -> after the third: verification 0.98 / 0.71 -> 0.98 / 0.73 -> same, backtracking
#: 0.95 / 0.70 -> same -> 0.95 / 0.74, subgoal 0.87 / 0.53 -> 0.89 / 0.65 -> same, backward
#: 0.97 / 0.67 -> 0.97 / 0.70 -> 0.97 / 0.77; 6 of 79 controls flagged throughout (the same
#: with the Countdown targets). Three of the six were the behaviours' names defined
#: ("Backtracking means ..."), then no longer read as the behaviours: below, after that.
FOURTEENTH_ROUND_FIGURES = {
    "text": {V: (0.98, 0.73), B: (0.97, 0.74), S: (0.92, 0.65), C: (1.00, 0.77)},
    "targets": {V: (0.98, 0.73), B: (0.97, 0.74), S: (0.92, 0.65), C: (1.00, 0.77)},
}
#: Its 79 controls: six drew a behaviour when it was measured, three since.
FOURTEENTH_ROUND_FLAGGED_CONTROLS = 3

#: The fifteenth and sixteenth rounds were written blind in the seventh session and measured
#: before the fourth wave of structural rules (32de1d4) and after it and the precision wave
#: (21e6ed0), then studied by the fifth wave. Text alone, precision / recall, before -> after
#: the fourth wave and the precision wave: fifteenth verification 0.88 / 0.62 -> 0.90 / 0.68,
#: backtracking 0.96 / 0.68 -> 0.96 / 0.70, subgoal 0.90 / 0.57 -> 0.92 / 0.58, backward 0.97 /
#: 0.50 -> same, 6 -> 3 of 83 controls flagged; sixteenth 0.94 / 0.71 -> 0.98 / 0.72, 0.90 /
#: 0.82 -> 0.92 / 0.82, 0.92 / 0.76 -> 0.93 / 0.80, 0.97 / 0.63 -> same, 6 -> 3 of 97. Below:
#: after the fifth wave (studied, so no longer blind) and the merge's subgoal fix, then after
#: the sixth wave (phrase families by form, designed from the misses of rounds 15 to 17): text
#: recall, fifth -> sixth, fifteenth verification 0.87 -> 0.93, subgoal 0.71 -> 0.72, backward
#: 0.68 -> 0.85; sixteenth 0.89 -> 0.91, 0.89 -> same, 0.85 -> 0.93 (precision the same or up).
#: The fifteenth's subgoal recall after the ninth session's subgoal forms: 0.72 -> 0.74. Then
#: the ninth session's backward-chaining forms (both reads): fifteenth backward 0.87 -> 0.95,
#: sixteenth 0.93 -> 0.96, precision 0.98 both, controls unchanged.
FIFTEENTH_ROUND_FIGURES = {
    "text": {V: (0.93, 0.93), B: (0.96, 0.98), S: (0.94, 0.74), C: (0.98, 0.95)},
    "targets": {V: (0.93, 0.93), B: (0.96, 0.96), S: (0.94, 0.74), C: (0.98, 0.95)},
}
FIFTEENTH_ROUND_FLAGGED_CONTROLS = 3
SIXTEENTH_ROUND_FIGURES = {
    "text": {V: (0.98, 0.91), B: (0.93, 1.00), S: (0.95, 0.89), C: (0.98, 0.96)},
    "targets": {V: (0.98, 0.91), B: (0.93, 0.98), S: (0.95, 0.89), C: (0.98, 0.96)},
}
SIXTEENTH_ROUND_FLAGGED_CONTROLS = 3

#: The seventeenth round was written blind while the fifth wave was made and held out through
#: it: measured before the session's waves (32de1d4), after the fourth wave and the precision
#: wave (21e6ed0) and after the fifth (b7593d8). Text alone, precision / recall, before ->
#: after the fourth and precision waves -> after the fifth: verification 0.91 / 0.70 -> 0.89 /
#: 0.70 -> 0.89 / 0.72, backtracking 0.97 / 0.68 -> same -> same (with the Countdown targets
#: 0.92 / 0.72 throughout), subgoal 0.88 / 0.68 -> 0.90 / 0.68 -> 0.91 / 0.71, backward 0.97 /
#: 0.74 -> 0.97 / 0.77 -> same; 3 -> 2 -> 2 of 77 controls flagged. The sixth wave was then
#: designed from its misses with the fifteenth's and sixteenth's, so it is no longer blind:
#: text recall after it, verification 0.72 -> 0.78, subgoal 0.71 -> 0.83, backward 0.77 ->
#: 0.88 (the same with the Countdown targets), 2 of 77 controls flagged. Below: after the sixth,
#: and backtracking's recall after the eighth session's backtracking phrase forms (0.68 -> 0.72,
#: targets 0.72 -> 0.77; precision unchanged), then after the ninth session's (designed from
#: the nineteenth round's misses, which moved this round by nothing, then from this round's
#: too, so studied): 0.72 -> 0.87, targets 0.77 -> 0.91
#: (precision 0.96 -> 0.98, targets 0.91 -> 0.93); verification's recall after the ninth
#: session's verification forms (designed from the nineteenth round's misses and two of this
#: round's, so studied): 0.78 -> 0.83; subgoal setting's after the ninth session's subgoal
#: forms (0.92 / 0.83 -> 0.93 / 0.90, the same with the targets).
SEVENTEENTH_ROUND_FIGURES = {
    "text": {V: (0.90, 0.83), B: (0.98, 0.87), S: (0.93, 0.90), C: (0.97, 0.88)},
    "targets": {V: (0.90, 0.83), B: (0.93, 0.91), S: (0.93, 0.90), C: (0.97, 0.88)},
}
SEVENTEENTH_ROUND_FLAGGED_CONTROLS = 2

#: The eighteenth round was written blind in the eighth session (160 rows, 70 controls) and
#: measured before the sixth wave of phrase families (1eda966), text alone, precision /
#: recall: verification 0.99 / 0.97, backtracking 0.98 / 0.80, subgoal 0.95 / 0.77, backward
#: 1.00 / 0.64 (with the Countdown targets backtracking 0.81, backward 0.66); 0 of 70 controls
#: flagged. After the sixth wave (blind for it): backward 0.66 (0.67 with the targets), the
#: rest unchanged, 0 controls flagged. Then its backward-chaining misses were read (no longer
#: blind): rule 5 of rewardkit.reflect.attempts also reads a goal split into two values to
#: make, the gap from a given number down to the target, and the target related to a number
#: in words ("58 is double 29", "46 is 4 short of 50"). Below: after that, and backtracking's
#: recall after the backtracking phrase forms designed from its misses (0.80 -> 0.95, targets
#: 0.81 -> 0.95; precision 0.98 unchanged, 0 controls flagged), subgoal setting's after the
#: subgoal phrase forms designed from its misses (0.95 / 0.77 -> 0.96 / 0.96, the same with the
#: targets, 0 controls flagged), and backward chaining's after the ninth session's
#: backward-chaining forms designed from its misses (0.67 -> 0.93, targets 0.74 -> 1.00;
#: precision 1.00 unchanged, 0 controls flagged); the second backward-chaining wave
#: then 0.93 -> 0.95 text alone.
EIGHTEENTH_ROUND_FIGURES = {
    "text": {V: (0.99, 0.97), B: (0.98, 0.95), S: (0.96, 0.96), C: (1.00, 0.95)},
    "targets": {V: (0.99, 0.97), B: (0.98, 0.95), S: (0.96, 0.96), C: (1.00, 1.00)},
}
EIGHTEENTH_ROUND_FLAGGED_CONTROLS = 0

#: The nineteenth round was written blind in the ninth session (170 rows, 70 controls) and
#: measured at the session's start (8380b96), text alone, precision / recall: verification 0.97
#: / 0.78, backtracking 0.94 / 0.59, subgoal 1.00 / 0.61, backward 0.95 / 0.50 (with the
#: Countdown targets subgoal 0.97 / 0.59); 4 of 70 controls flagged. The session's subgoal and
#: backward-chaining waves were made without it (blind for them): subgoal 0.61 -> 0.66 (targets
#: 0.59 -> 0.64), backward 0.50 -> 0.53. Its verification and backtracking misses were then read
#: (no longer blind for those two): the ninth session's verification and backtracking forms,
#: verification 0.78 -> 0.97, backtracking 0.59 -> 0.93 (precision 0.99 and 1.00), 2 of 70
#: controls flagged. Below: after all four waves, then after the second waves designed from its
#: misses (no longer blind for them): subgoal setting 0.66 -> 1.00 (targets 0.64 -> 1.00;
#: precision 1.00, with the targets 0.97 -> 0.98; its 21 misses were one round's wording, no
#: older round moved), backward chaining 0.53 -> 0.92, precision 0.95 -> 1.00 (the same with the
#: targets); its two flagged controls (a definition listing the behaviours' names, a task
#: restated) no longer flagged.
NINETEENTH_ROUND_FIGURES = {
    "text": {V: (0.99, 0.97), B: (1.00, 0.93), S: (1.00, 1.00), C: (1.00, 0.92)},
    "targets": {V: (0.99, 0.97), B: (1.00, 0.93), S: (0.98, 1.00), C: (1.00, 0.92)},
}
NINETEENTH_ROUND_FLAGGED_CONTROLS = 0

#: The twentieth round was written blind in the tenth session (170 rows, 70 controls), asked
#: for the forms a detector finds hardest: backward chaining and subgoal setting mostly without
#: the words "need", "goal", "first", "target" or "backward" (2 of its 64 backward-chaining rows
#: and 3 of its 58 subgoal rows hold one), terse verification and backtracking. Measured at the
#: session's start (42f1e4c), precision / recall, the same with the Countdown targets:
#: verification 0.96 / 0.79, backtracking 0.97 / 0.72, subgoal 0.95 / 0.36, backward 1.00 /
#: 0.42; 1 of 70 controls flagged ("Parentheses first: (2 + 1) = 3, then 5 x 3 = 15.", as
#: subgoal setting). The tenth session's backward-chaining wave (WAVE11_C, from this round's
#: misses) took backward chaining from 1.00 / 0.42 to 1.00 / 0.81 (both readings); its subgoal
#: wave (WAVE11_S) took subgoal setting from 0.95 / 0.36 to 1.00 / 0.95 (text and targets) and
#: the flagged controls from 1 to 0; its verification and backtracking waves (WAVE11_V,
#: WAVE11_B) took verification from 0.96 / 0.79 to 0.98 / 0.96 and backtracking from 0.97 /
#: 0.72 to 0.98 / 0.96 (both readings; no older round moved).
#: (Rule 5's chained and worded decompositions, read from the twenty-second round, then took
#: backward chaining 0.81 -> 0.83.)
TWENTIETH_ROUND_FIGURES = {
    "text": {V: (0.98, 0.96), B: (0.98, 0.96), S: (1.00, 0.95), C: (1.00, 0.83)},
    "targets": {V: (0.98, 0.96), B: (0.98, 0.96), S: (1.00, 0.95), C: (1.00, 0.83)},
}
TWENTIETH_ROUND_FLAGGED_CONTROLS = 0

#: The twenty-first round was written blind in the tenth session (170 rows, 70 controls), in the
#: natural mix of real reasoning models: about a third of its rows use the common words ("need",
#: "first", "check", "instead", "target"), the rest other wording, terse and verbose voices,
#: long rows with the behaviour once in the middle of ordinary work. Measured at the session's
#: start (8a90af8), precision / recall, text alone: verification 0.95 / 0.83, backtracking 1.00
#: / 0.73, subgoal 0.91 / 0.65, backward 1.00 / 0.47 (with the Countdown targets backtracking
#: 0.98 / 0.75); 2 of 70 controls flagged. Below: after the session's subgoal and backward-
#: chaining waves from the twentieth round, made without it (blind for them): subgoal 0.65 ->
#: 0.68, backward 0.47 -> 0.51; and after its verification and backtracking waves from the
#: twentieth round (blind for them too): verification 0.83 -> 0.86, backtracking 0.73 -> 0.75
#: (targets 0.75 -> 0.77). The session's second backward-chaining wave (WAVE12_C, from this
#: round's misses) took backward chaining from 1.00 / 0.51 to 1.00 / 0.90 (both readings); its
#: second subgoal wave (WAVE12_S, from this round's misses) subgoal setting from 0.91 / 0.68 to
#: 0.96 / 0.87 (both readings) and the flagged controls from 2 to 1 ("Take 10 from 100, leaving
#: 90, then add the 5: 95." is forward work told).
#: (The target-practice fix then took verification's precision 0.95 -> 0.97.)
TWENTY_FIRST_ROUND_FIGURES = {
    "text": {V: (0.97, 0.86), B: (1.00, 0.75), S: (0.96, 0.87), C: (1.00, 0.90)},
    "targets": {V: (0.97, 0.86), B: (0.98, 0.77), S: (0.96, 0.87), C: (1.00, 0.90)},
}
#: (Later in the session the precision fix for target practice unflagged its last control, "An
#: archer hits the target with probability 0.7 ...": 1 -> 0.)
TWENTY_FIRST_ROUND_FLAGGED_CONTROLS = 0

#: The twenty-second round was written blind in the tenth session (170 rows, 70 controls) after
#: its writer read the paper's own Countdown judge and priming prompts: rows as small RL-trained
#: models write inside <think> (attempt after attempt, one-line plans, goals worked back from
#: the target) and distilled-R1 math, about half with the common words. It was measured after
#: all six of the session's waves (efffedc), none of which had read it: precision / recall, text
#: alone, verification 0.98 / 0.80, backtracking 0.96 / 0.83, subgoal 0.93 / 0.75, backward
#: 0.97 / 0.48 (targets 0.51); 3 of 70 controls flagged. The same round on the session's start
#: (8a90af8): 0.79, 0.76, 0.70, 0.44 (targets 0.48), 3 controls. Then its backward-chaining
#: misses were read (no longer blind for that): rule 5 of rewardkit.reflect.attempts reads the
#: value sought decomposed at once in a chain and the target split in words, 0.48 -> 0.51
#: (targets 0.51 -> 0.54); and the target-practice and "instead of writing" fixes unflagged two
#: controls (3 -> 1) and a verification false positive (precision 0.98 -> 1.00). Four phrase
#: forms from its math misses (the goal hit, worked from what is asked or the required result,
#: a process reversed step by step, the input that produces a value; in WAVE12_C): backward
#: chaining 0.51 -> 0.59 (targets 0.54 -> 0.62).
TWENTY_SECOND_ROUND_FIGURES = {
    "text": {V: (1.00, 0.80), B: (0.98, 0.83), S: (0.93, 0.75), C: (0.97, 0.59)},
    "targets": {V: (1.00, 0.80), B: (0.98, 0.83), S: (0.93, 0.75), C: (0.97, 0.62)},
}
TWENTY_SECOND_ROUND_FLAGGED_CONTROLS = 1
#: The twenty-third round, written blind in the twelfth session (competition math, proofs,
#: Countdown in several styles, word problems; 170 rows, 70 controls). Measured before anything
#: read it (0d6d16d), precision / recall, text alone and with the targets alike: verification
#: 1.00 / 0.83, backtracking 0.96 / 0.96, subgoal 0.84 / 0.70, backward 0.97 / 0.67; 1 of 70
#: controls flagged. Then its subgoal and backward-chaining misses were read (no longer blind
#: for those two): "it is enough to" a subgoal only where "suffices to" is one (opening a
#: sentence), which took six false subgoals of "to prove X it is enough to show Y" away, and
#: the twelfth session's two waves (WAVE13_S, WAVE13_C): subgoal 0.84 / 0.70 -> 0.93 / 0.89,
#: backward 0.97 / 0.67 -> 0.98 / 0.83.
TWENTY_THIRD_ROUND_FIGURES = {
    "text": {V: (1.00, 0.83), B: (0.96, 0.96), S: (0.93, 0.89), C: (0.98, 0.83)},
    "targets": {V: (1.00, 0.83), B: (0.96, 0.96), S: (0.93, 0.89), C: (0.98, 0.83)},
}
TWENTY_THIRD_ROUND_FLAGGED_CONTROLS = 1
#: The twenty-fourth round, written blind in the twelfth session after its two waves (the
#: natural mix of reasoning-model output: long traces with a behaviour once or twice among
#: ordinary work, RL-style Countdown, informal and non-native English; 170 rows, 70 controls).
#: Measured before anything read it, on the tree with the session's waves (ad17cd5),
#: precision / recall, text alone and with the targets alike: verification 0.98 / 0.77,
#: backtracking 0.96 / 0.85, subgoal 0.94 / 0.69, backward 0.98 / 0.73; no control flagged.
#: The same round on the tree before the waves (0d6d16d): the same, but subgoal 0.94 / 0.71 and
#: backward 1.00 / 0.73: the waves gained nothing on it and cost one row, "since 30 = 2 * 3 * 5,
#: it is enough to prove divisibility by 2, by 3, and by 5 separately" (a subgoal read as a goal's
#: one requirement); sufficiency that lists parts to do one by one is a subgoal again. Only that
#: row was read: the round stays unseen for the next waves.
#: Fourteenth session, still unread: "work from the 500:" / "undo it: 10 - 6" took one more
#: row, backward 1.00 / 0.73 -> 1.00 / 0.75.
TWENTY_FOURTH_ROUND_FIGURES = {
    "text": {V: (0.98, 0.77), B: (0.96, 0.85), S: (0.94, 0.71), C: (1.00, 0.75)},
    "targets": {V: (0.98, 0.77), B: (0.96, 0.85), S: (0.94, 0.71), C: (1.00, 0.75)},
}
TWENTY_FOURTH_ROUND_FLAGGED_CONTROLS = 0
#: The twenty-fifth round, written blind in the thirteenth session (subgoal setting and
#: backward chaining as people write them: plans in every register, goal-first reasoning in
#: math, proofs, word problems and Countdown; 170 rows, 80 subgoal and 89 backward; 70
#: controls). Measured before anything read it (8f31797's patterns), precision / recall, text
#: alone and with the targets alike: verification 0.99 / 0.97, backtracking 0.98 / 0.81,
#: subgoal 0.94 / 0.80, backward 0.97 / 0.71; 2 of 70 controls flagged. The first round
#: measured blind at recall >= 0.7 and precision >= 0.85 for all four behaviours. Still
#: unread: the fourteenth session's subgoal wave (from the twenty-sixth round) took its subgoal
#: setting 0.94 / 0.80 -> 0.94 / 0.84 (three more rows found, no false one) sight unseen.
TWENTY_FIFTH_ROUND_FIGURES = {
    "text": {V: (0.99, 0.97), B: (0.98, 0.81), S: (0.94, 0.84), C: (0.97, 0.71)},
    "targets": {V: (0.99, 0.97), B: (0.98, 0.81), S: (0.94, 0.84), C: (0.97, 0.71)},
}
TWENTY_FIFTH_ROUND_FLAGGED_CONTROLS = 2
#: The twenty-sixth round, written blind in the thirteenth session (small models and messy
#: traces: repeated "Let me try", bare equations with a verdict word, typos, run-ons, markdown;
#: 91 of 170 rows Countdown with targets 10-999; 70 controls). Measured before anything read it
#: (0f38459), precision / recall: verification 1.00 / 0.89, backtracking 0.89 / 0.71, subgoal
#: 0.83 / 0.58, backward 1.00 / 0.62; 3 of 70 controls flagged. With the targets the same but
#: backtracking 0.89 / 0.73, subgoal 0.81 / 0.58 and backward 1.00 / 0.60 (a Countdown check
#: against the target reads one goal-first line as a check only). Then its subgoal misses
#: were read (no longer blind for subgoal setting) for the fourteenth session's wave
#: (WAVE14_S: plan labels and their items, bare imperative chains, a markdown plan heading over
#: bare items): subgoal 0.83 / 0.58 -> 0.88 / 0.84 (targets 0.81 / 0.58 -> 0.86 / 0.84); and
#: its backtracking and backward misses for a few phrases (WAVE14_BC: "forget logs,",
#: "dropping that.", "plugging in is out;", "... instead:", "reverse the rule:", "undo it: 10
#: - 6", "work from the 500:"): backtracking 0.89 / 0.71 -> 0.89 / 0.77 (targets 0.90 / 0.79),
#: backward 1.00 / 0.62 -> 1.00 / 0.70 (targets 1.00 / 0.68).
TWENTY_SIXTH_ROUND_FIGURES = {
    "text": {V: (1.00, 0.89), B: (0.89, 0.77), S: (0.88, 0.84), C: (1.00, 0.70)},
    "targets": {V: (1.00, 0.89), B: (0.90, 0.79), S: (0.86, 0.84), C: (1.00, 0.68)},
}
TWENTY_SIXTH_ROUND_FLAGGED_CONTROLS = 3
#: The twenty-seventh round, written blind in the fourteenth session after its wave (long
#: reasoning-model traces in R1 / QwQ style, 400-2,000 characters, a behaviour once or twice
#: among forward work; 70 of 170 rows Countdown; 70 controls, long traces too). Measured before
#: anything read it (9475c5e), precision / recall, text alone and with the targets alike:
#: verification 0.91 / 0.94, backtracking 0.86 / 0.91, subgoal 0.81 / 0.83, backward 0.85 /
#: 0.70; 18 of 70 controls flagged (long texts give a phrase more places to fire). On the tree
#: before the session's wave (fb55304) the same but subgoal 0.81 / 0.81. Then its flagged
#: controls were read (no longer blind for precision) for the session's precision fixes
#: (WAVE14_PRECISION_*: bookkeeping after "first", the rules of the game, a bank check, a
#: question about the target, terms reordered; and, from probes and the twenty-eighth round's
#: controls, the Countdown task restated as the opening and one method under a plan label):
#: controls flagged 18 -> 8, precision verification 0.91 -> 0.94, backtracking 0.86 -> 0.87,
#: subgoal 0.81 -> 0.88, backward 0.85 -> 0.88; recall unchanged.
TWENTY_SEVENTH_ROUND_FIGURES = {
    "text": {V: (0.94, 0.94), B: (0.87, 0.91), S: (0.88, 0.83), C: (0.88, 0.70)},
    "targets": {V: (0.94, 0.94), B: (0.87, 0.91), S: (0.88, 0.83), C: (0.88, 0.70)},
}
TWENTY_SEVENTH_ROUND_FLAGGED_CONTROLS = 8
#: The twenty-ninth round, written blind in the fifteenth session (small RL-trained models in
#: the TinyZero register: terse lower-case traces in <think> / <answer>, spaced punctuation;
#: 85 of 170 rows Countdown, 85 math; 70 controls, half Countdown), in two halves by two
#: writers. Measured before anything read it (e4a63d4), precision / recall, text alone and with
#: the targets alike: verification 0.97 / 0.77, backtracking 0.97 / 0.84, subgoal 0.93 / 0.60,
#: backward 1.00 / 0.55; 1 of 70 controls flagged (the Countdown half alone: subgoal 0.91 /
#: 0.65, backward 1.00 / 0.66; the math half: 0.94 / 0.55 and 1.00 / 0.42). Then its misses
#: were read for the session's wave (WAVE15_S, WAVE15_C, WAVE15_VB): verification 0.77 ->
#: 0.90, backtracking 0.84 -> 0.93, subgoal 0.60 -> 0.79, backward 0.55 -> 0.68, precision and
#: controls unchanged.
TWENTY_NINTH_ROUND_FIGURES = {
    "text": {V: (0.98, 0.90), B: (0.97, 0.93), S: (0.94, 0.79), C: (1.00, 0.68)},
    "targets": {V: (0.98, 0.90), B: (0.97, 0.93), S: (0.94, 0.79), C: (1.00, 0.68)},
}
TWENTY_NINTH_ROUND_FLAGGED_CONTROLS = 1
#: The thirtieth round, written blind in the fifteenth session after the twenty-ninth's waves
#: (mid-size reasoning models, R1-distilled / QwQ / Phi-4-reasoning style, 250-1,200
#: characters; 70 of 150 rows Countdown, 80 math; 60 controls), in two halves by two writers.
#: Measured before anything read it (c1a9b67), precision / recall, text alone: verification
#: 0.96 / 0.71, backtracking 0.92 / 0.76, subgoal 1.00 / 0.73, backward 0.97 / 0.50 (with the
#: targets: backtracking 0.86 / 0.84); 1 of 60 controls flagged. The same on the tree before
#: the session's behaviour waves (20879c7): those waves found nothing new here. Then its
#: misses were read for the session's second wave (WAVE15B): verification 0.71 -> 0.93,
#: backtracking 0.76 -> 0.87, backward 0.50 -> 0.71 (older rounds gain a few rows each, no
#: false one).
THIRTIETH_ROUND_FIGURES = {  # (sixteenth session: B, S and C rise a little)
    "text": {V: (0.97, 0.93), B: (0.95, 0.87), S: (1.00, 0.75), C: (0.98, 0.73)},
    "targets": {V: (0.97, 0.93), B: (0.93, 0.96), S: (1.00, 0.75), C: (0.98, 0.73)},
}
THIRTIETH_ROUND_FLAGGED_CONTROLS = 1
#: The thirty-first round, written blind in the fifteenth session after both waves (frontier
#: chat assistants reasoning out loud: fluent prose, bullet points, LaTeX in part of the math,
#: 300-1,500 characters; 60 of 140 rows Countdown, 80 math; 60 controls), in two halves by two
#: writers. Measured before anything read it (f079fd0), precision / recall, text alone:
#: verification 0.93 / 0.88, backtracking 0.79 / 0.89, subgoal 0.85 / 0.73, backward 0.94 /
#: 0.45 (with the targets: backtracking 0.77 / 0.91, backward 0.94 / 0.48); 5 of 60 controls
#: flagged. On the tree before the session's behaviour waves (20879c7) the same but
#: verification 0.87 and backtracking 0.87 recall: the waves reached one row each. Its false
#: hits and flagged controls were read for precision fixes (a recheck by another route is no
#: backtracking, "writing X instead would describe the same value", "easy to check by hand
#: later", "it is 72 − 2, not 2 − 72"): controls 5 -> 2, precision verification 0.93 -> 0.96,
#: backtracking 0.79 -> 0.84; its misses were not read.
# (sixteenth session: backtracking precision 0.84 -> 0.91 with the pieces a later attempt
# builds on, backward chaining 0.45 -> 0.48 with the gaps; subgoal precision 0.85 -> 0.83: this
# writer labels "so the question becomes: can we make 8 from 3 and 5?" backward chaining only,
# the thirtieth and thirty-second rounds' writers label the same form subgoal setting)
THIRTY_FIRST_ROUND_FIGURES = {
    "text": {V: (0.96, 0.90), B: (0.91, 0.89), S: (0.83, 0.73), C: (0.94, 0.50)},
    "targets": {V: (0.96, 0.90), B: (0.93, 0.91), S: (0.83, 0.73), C: (0.95, 0.53)},
}
THIRTY_FIRST_ROUND_FLAGGED_CONTROLS = 2

#: The thirty-second round, written blind in the sixteenth session by two writers (people, not
#: models: tutors and textbook solutions; forum posts, scratch work and teachers' notes).
#: Measured blind on the session's start (cbeb00c), text alone: V 0.76 (0.92), B 0.77 (0.85),
#: S 0.56 (0.89), C 0.48 (0.95), 4/70 controls. The floors are the figures after the session's
#: waves, which read both halves.
THIRTY_SECOND_ROUND_FIGURES = {
    "text": {V: (0.92, 0.76), B: (0.96, 0.78), S: (0.94, 0.61), C: (0.98, 0.60)},
    "targets": {V: (0.92, 0.76), B: (0.96, 0.80), S: (0.94, 0.60), C: (0.98, 0.61)},
}
THIRTY_SECOND_ROUND_FLAGGED_CONTROLS = 2

#: The thirty-third round, written blind in the sixteenth session by two writers (every register
#: at once, stock phrases banned), after the session's first waves. Measured blind (651fa08),
#: text alone: V 0.74 (0.95), B 0.73 (0.90), S 0.57 (0.89), C 0.43 (0.94), 6/70 controls (on
#: the session's start: S 0.56, C 0.35, B precision 0.88). The floors are the figures after the
#: precision fixes its flagged controls gave and the waves its misses gave (read).
THIRTY_THIRD_ROUND_FIGURES = {
    "text": {V: (0.99, 0.84), B: (0.94, 0.73), S: (0.94, 0.72), C: (0.95, 0.48)},
    "targets": {V: (0.99, 0.84), B: (0.92, 0.77), S: (0.94, 0.71), C: (0.95, 0.47)},
}
THIRTY_THIRD_ROUND_FLAGGED_CONTROLS = 0

#: The thirty-fourth round, written blind in the sixteenth session by two writers (the paper's
#: setting: 90 Countdown rows, every register, stock phrases banned), after all the session's
#: waves but the last. Measured blind (36a97c3), text alone: V 0.88 (0.91), B 0.66 (0.81),
#: S 0.47 (0.92), C 0.58 (1.00), 7/70 controls (on the session's start: B 0.64 (0.76), S 0.44,
#: C 0.51, 8/70). The floors are the figures after the precision fixes and the subgoal wave its
#: false hits and misses gave (read).
THIRTY_FOURTH_ROUND_FIGURES = {
    "text": {V: (0.92, 0.88), B: (0.83, 0.66), S: (0.96, 0.59), C: (1.00, 0.59)},
    "targets": {V: (0.92, 0.88), B: (0.82, 0.69), S: (0.96, 0.60), C: (1.00, 0.61)},
}
THIRTY_FOURTH_ROUND_FLAGGED_CONTROLS = 5

#: The blind rounds measured with their Countdown instances: rows, their instances, controls,
#: theirs, the floors (precision, recall) and the controls flagged when measured.
_BLIND_ROUNDS = {
    "ninth-b": (
        NINTH_ROUND_B,
        NINTH_ROUND_B_COUNTDOWN,
        NINTH_ROUND_B_CONTROLS,
        NINTH_ROUND_B_CONTROLS_COUNTDOWN,
        NINTH_ROUND_B_FIGURES,
        NINTH_ROUND_B_FLAGGED_CONTROLS,
    ),
    "tenth": (
        TENTH_ROUND,
        TENTH_ROUND_COUNTDOWN,
        TENTH_ROUND_CONTROLS,
        TENTH_ROUND_CONTROLS_COUNTDOWN,
        TENTH_ROUND_FIGURES,
        TENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "eleventh": (
        ELEVENTH_ROUND,
        ELEVENTH_ROUND_COUNTDOWN,
        ELEVENTH_ROUND_CONTROLS,
        ELEVENTH_ROUND_CONTROLS_COUNTDOWN,
        ELEVENTH_ROUND_FIGURES,
        ELEVENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twelfth": (
        TWELFTH_ROUND,
        TWELFTH_ROUND_COUNTDOWN,
        TWELFTH_ROUND_CONTROLS,
        TWELFTH_ROUND_CONTROLS_COUNTDOWN,
        TWELFTH_ROUND_FIGURES,
        TWELFTH_ROUND_FLAGGED_CONTROLS,
    ),
    "thirteenth": (
        THIRTEENTH_ROUND,
        THIRTEENTH_ROUND_COUNTDOWN,
        THIRTEENTH_ROUND_CONTROLS,
        THIRTEENTH_ROUND_CONTROLS_COUNTDOWN,
        THIRTEENTH_ROUND_FIGURES,
        THIRTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "fourteenth": (
        FOURTEENTH_ROUND,
        FOURTEENTH_ROUND_COUNTDOWN,
        FOURTEENTH_ROUND_CONTROLS,
        FOURTEENTH_ROUND_CONTROLS_COUNTDOWN,
        FOURTEENTH_ROUND_FIGURES,
        FOURTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "fifteenth": (
        FIFTEENTH_ROUND,
        FIFTEENTH_ROUND_COUNTDOWN,
        FIFTEENTH_ROUND_CONTROLS,
        FIFTEENTH_ROUND_CONTROLS_COUNTDOWN,
        FIFTEENTH_ROUND_FIGURES,
        FIFTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "sixteenth": (
        SIXTEENTH_ROUND,
        SIXTEENTH_ROUND_COUNTDOWN,
        SIXTEENTH_ROUND_CONTROLS,
        SIXTEENTH_ROUND_CONTROLS_COUNTDOWN,
        SIXTEENTH_ROUND_FIGURES,
        SIXTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "seventeenth": (
        SEVENTEENTH_ROUND,
        SEVENTEENTH_ROUND_COUNTDOWN,
        SEVENTEENTH_ROUND_CONTROLS,
        SEVENTEENTH_ROUND_CONTROLS_COUNTDOWN,
        SEVENTEENTH_ROUND_FIGURES,
        SEVENTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "eighteenth": (
        EIGHTEENTH_ROUND,
        EIGHTEENTH_ROUND_COUNTDOWN,
        EIGHTEENTH_ROUND_CONTROLS,
        EIGHTEENTH_ROUND_CONTROLS_COUNTDOWN,
        EIGHTEENTH_ROUND_FIGURES,
        EIGHTEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "nineteenth": (
        NINETEENTH_ROUND,
        NINETEENTH_ROUND_COUNTDOWN,
        NINETEENTH_ROUND_CONTROLS,
        NINETEENTH_ROUND_CONTROLS_COUNTDOWN,
        NINETEENTH_ROUND_FIGURES,
        NINETEENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twentieth": (
        TWENTIETH_ROUND,
        TWENTIETH_ROUND_COUNTDOWN,
        TWENTIETH_ROUND_CONTROLS,
        TWENTIETH_ROUND_CONTROLS_COUNTDOWN,
        TWENTIETH_ROUND_FIGURES,
        TWENTIETH_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-first": (
        TWENTY_FIRST_ROUND,
        TWENTY_FIRST_ROUND_COUNTDOWN,
        TWENTY_FIRST_ROUND_CONTROLS,
        TWENTY_FIRST_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_FIRST_ROUND_FIGURES,
        TWENTY_FIRST_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-second": (
        TWENTY_SECOND_ROUND,
        TWENTY_SECOND_ROUND_COUNTDOWN,
        TWENTY_SECOND_ROUND_CONTROLS,
        TWENTY_SECOND_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_SECOND_ROUND_FIGURES,
        TWENTY_SECOND_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-third": (
        TWENTY_THIRD_ROUND,
        TWENTY_THIRD_ROUND_COUNTDOWN,
        TWENTY_THIRD_ROUND_CONTROLS,
        TWENTY_THIRD_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_THIRD_ROUND_FIGURES,
        TWENTY_THIRD_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-fourth": (
        TWENTY_FOURTH_ROUND,
        TWENTY_FOURTH_ROUND_COUNTDOWN,
        TWENTY_FOURTH_ROUND_CONTROLS,
        TWENTY_FOURTH_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_FOURTH_ROUND_FIGURES,
        TWENTY_FOURTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-fifth": (
        TWENTY_FIFTH_ROUND,
        TWENTY_FIFTH_ROUND_COUNTDOWN,
        TWENTY_FIFTH_ROUND_CONTROLS,
        TWENTY_FIFTH_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_FIFTH_ROUND_FIGURES,
        TWENTY_FIFTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-sixth": (
        TWENTY_SIXTH_ROUND,
        TWENTY_SIXTH_ROUND_COUNTDOWN,
        TWENTY_SIXTH_ROUND_CONTROLS,
        TWENTY_SIXTH_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_SIXTH_ROUND_FIGURES,
        TWENTY_SIXTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-seventh": (
        TWENTY_SEVENTH_ROUND,
        TWENTY_SEVENTH_ROUND_COUNTDOWN,
        TWENTY_SEVENTH_ROUND_CONTROLS,
        TWENTY_SEVENTH_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_SEVENTH_ROUND_FIGURES,
        TWENTY_SEVENTH_ROUND_FLAGGED_CONTROLS,
    ),
    "twenty-ninth": (
        TWENTY_NINTH_ROUND,
        TWENTY_NINTH_ROUND_COUNTDOWN,
        TWENTY_NINTH_ROUND_CONTROLS,
        TWENTY_NINTH_ROUND_CONTROLS_COUNTDOWN,
        TWENTY_NINTH_ROUND_FIGURES,
        TWENTY_NINTH_ROUND_FLAGGED_CONTROLS,
    ),
    "thirtieth": (
        THIRTIETH_ROUND,
        THIRTIETH_ROUND_COUNTDOWN,
        THIRTIETH_ROUND_CONTROLS,
        THIRTIETH_ROUND_CONTROLS_COUNTDOWN,
        THIRTIETH_ROUND_FIGURES,
        THIRTIETH_ROUND_FLAGGED_CONTROLS,
    ),
    "thirty-first": (
        THIRTY_FIRST_ROUND,
        THIRTY_FIRST_ROUND_COUNTDOWN,
        THIRTY_FIRST_ROUND_CONTROLS,
        THIRTY_FIRST_ROUND_CONTROLS_COUNTDOWN,
        THIRTY_FIRST_ROUND_FIGURES,
        THIRTY_FIRST_ROUND_FLAGGED_CONTROLS,
    ),
    "thirty-second": (
        THIRTY_SECOND_ROUND,
        THIRTY_SECOND_ROUND_COUNTDOWN,
        THIRTY_SECOND_ROUND_CONTROLS,
        THIRTY_SECOND_ROUND_CONTROLS_COUNTDOWN,
        THIRTY_SECOND_ROUND_FIGURES,
        THIRTY_SECOND_ROUND_FLAGGED_CONTROLS,
    ),
    "thirty-third": (
        THIRTY_THIRD_ROUND,
        THIRTY_THIRD_ROUND_COUNTDOWN,
        THIRTY_THIRD_ROUND_CONTROLS,
        THIRTY_THIRD_ROUND_CONTROLS_COUNTDOWN,
        THIRTY_THIRD_ROUND_FIGURES,
        THIRTY_THIRD_ROUND_FLAGGED_CONTROLS,
    ),
    "thirty-fourth": (
        THIRTY_FOURTH_ROUND,
        THIRTY_FOURTH_ROUND_COUNTDOWN,
        THIRTY_FOURTH_ROUND_CONTROLS,
        THIRTY_FOURTH_ROUND_CONTROLS_COUNTDOWN,
        THIRTY_FOURTH_ROUND_FIGURES,
        THIRTY_FOURTH_ROUND_FLAGGED_CONTROLS,
    ),
}


@pytest.mark.parametrize("name", list(_BLIND_ROUNDS))
def test_blind_round_tables_are_large_enough_and_new(name: str) -> None:
    rows, countdown, controls, controls_countdown, _, _ = _BLIND_ROUNDS[name]
    for behavior in BEHAVIORS:
        assert sum(behavior in labels for _, labels in rows) >= 25, behavior
    assert len(controls) >= 50
    assert len(countdown) == len(rows)
    assert len(controls_countdown) == len(controls)
    earlier = {text for text, _ in NINTH_ROUND_A} | set(NINTH_ROUND_A_CONTROLS)
    for before in list(_BLIND_ROUNDS)[: list(_BLIND_ROUNDS).index(name)]:
        earlier_rows, _, earlier_controls, _, _, _ = _BLIND_ROUNDS[before]
        earlier |= {text for text, _ in earlier_rows} | set(earlier_controls)
    assert earlier.isdisjoint({text for text, _ in rows})
    # a few controls repeat earlier ones, written blind: the issue's own example of step
    # numbering ("Step 1: 12 * 2 = 24 ..."), a definition, a final answer line; the fifteenth
    # and sixteenth rounds' writers reached for the issue's own control sentences more often
    assert len(earlier & set(controls)) <= {
        "eleventh": 2,
        "twelfth": 3,
        "thirteenth": 3,
        "fourteenth": 2,
        "fifteenth": 6,
        "sixteenth": 7,
        "seventeenth": 2,
        "twenty-second": 1,  # the brief's own substitution that is not a check
        "twenty-fourth": 1,  # a definition of a prime, word for word
        "twenty-fifth": 1,  # the same definition of a prime
        "twenty-sixth": 2,  # that definition again, and a one-line conversion of 3/8
    }.get(name, 0)


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("behavior", BEHAVIORS)
@pytest.mark.parametrize("name", list(_BLIND_ROUNDS))
def test_blind_round_figures_do_not_regress(name: str, behavior: str, read: str) -> None:
    figures = _BLIND_ROUNDS[name][4]
    _assert_round_floor(behavior, _BLIND_ROUNDS[name], read, figures[read][behavior])


@pytest.mark.parametrize("name", list(_BLIND_ROUNDS))
def test_blind_round_controls_draw_no_more_than_measured(name: str) -> None:
    _, _, controls, _, _, measured = _BLIND_ROUNDS[name]
    flagged = [(text, _found(text)) for text in controls if _found(text)]
    assert len(flagged) <= measured, flagged


def test_form_table_covers_both_domains_and_every_behaviour() -> None:
    for name in BEHAVIORS:
        assert sum(name in labels for _, labels in FORM_TABLE) >= 8, name
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in FORM_TABLE)
    assert 10 <= countdown <= len(FORM_TABLE) - 10  # both domains
    assert len(FORM_TABLE_CONTROLS) >= 30
    assert {text for text, _ in FORM_TABLE}.isdisjoint(FORM_TABLE_CONTROLS)


@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_form_table_keeps_the_targets(behavior: str) -> None:
    # Written for the forms of the earlier rounds' misses before their families (tuned on):
    # each form with true sentences here and false ones (narration, methods, plain steps)
    # among the controls.
    precision, recall, misses = _precision_recall(behavior, FORM_TABLE, FORM_TABLE_CONTROLS)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


def test_form_table_controls_draw_at_most_two_false_positives() -> None:
    flagged = [(text, _found(text)) for text in FORM_TABLE_CONTROLS if _found(text)]
    assert len(flagged) <= MAX_CONTROL_FALSE_POSITIVES, flagged


@pytest.mark.parametrize("behavior", BEHAVIORS)
@pytest.mark.parametrize(
    ("rows", "controls"),
    [(FIFTH_ROUND, FIFTH_ROUND_CONTROLS), (SIXTH_ROUND, SIXTH_ROUND_CONTROLS)],
    ids=["fifth", "sixth"],
)
def test_fifth_and_sixth_rounds_keep_the_targets(
    behavior: str, rows: tuple[tuple[str, frozenset[str]], ...], controls: tuple[str, ...]
) -> None:
    # Written blind (fifth) and cut from real completions (sixth), measured before the third
    # generalisation (docs/reflection.md has the figures); tuned on since.
    precision, recall, misses = _precision_recall(behavior, rows, controls)
    assert recall >= MIN_RECALL, misses
    assert precision >= MIN_PRECISION, misses


@pytest.mark.parametrize(
    "controls",
    [
        THIRD_ROUND_CONTROLS,
        FOURTH_ROUND_CONTROLS,
        BROADENING_PROBE_CONTROLS,
        FIFTH_ROUND_CONTROLS,
        SIXTH_ROUND_CONTROLS,
        SEVENTH_ROUND_CONTROLS,
        NINTH_ROUND_A_CONTROLS,
    ],
    ids=["third", "fourth", "probes", "fifth", "sixth", "seventh", "ninth-a"],
)
def test_later_round_controls_draw_at_most_two_false_positives(controls: tuple[str, ...]) -> None:
    flagged = [(text, _found(text)) for text in controls if _found(text)]
    assert len(flagged) <= MAX_CONTROL_FALSE_POSITIVES, flagged


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # third-round families, one sentence each (not from the example tables)
        pytest.param("18 + 9 = 27, which is bigger than 25.", V, id="value-than-n"),
        pytest.param("That makes 90, way more than 31.", V, id="way-more"),
        pytest.param("Both ways, we get the same answer.", V, id="same-answer"),
        pytest.param("Hmm, that can't be right.", V, id="cant-be-right"),
        pytest.param("Then y = -3, which is not allowed.", V, id="not-allowed"),
        pytest.param("Does x = 4 satisfy the second equation?", V, id="does-satisfy"),
        pytest.param("So f(2) = 0. Good.", V, id="verdict"),
        pytest.param("10 * 5 = 50, no. 10 + 5 = 15.", V, id="value-no"),
        pytest.param("That lands right on the target.", V, id="on-target"),
        pytest.param("Reality check: a length can't be negative.", V, id="reality-check"),
        pytest.param("Cross-checking with the table, it is 12.", V, id="cross-checking"),
        pytest.param("Instead of that, subtract the 4.", B, id="instead-of-that"),
        pytest.param("Rather than continuing by hand, use the formula.", B, id="rather-than"),
        pytest.param("We'll try again with 9 and 3.", B, id="try-again"),
        pytest.param("I don't think this gets us to 50.", B, id="dont-think"),
        pytest.param("On reflection, the cases overlap.", B, id="on-reflection"),
        pytest.param("Undo that last division.", B, id="undo"),
        pytest.param("Attempt 3: 8 * 3 = 24.", B, id="attempt-n"),
        pytest.param("Maybe I'm overcomplicating this.", B, id="overcomplicating"),
        pytest.param("This is a dead-end.", B, id="dead-end"),
        pytest.param("Our strategy: pair the large numbers.", S, id="strategy-colon"),
        pytest.param("We consider two cases.", S, id="two-cases"),
        pytest.param("If we can get 6 from 2 and 3, we are done.", S, id="if-we-can-get"),
        pytest.param("I need to find the height first.", S, id="x-first"),
        pytest.param("Before expanding, we need to factor out 2.", S, id="before-gerund"),
        pytest.param("Now, our task is to bound the error.", S, id="now-our-task"),
        pytest.param("Once we know r, the area is easy.", S, id="once-easy"),
        pytest.param("We (1) find the roots and (2) test each.", S, id="numbered-plan"),
        pytest.param("Let's break it down:", S, id="break-down"),
        pytest.param("Compute both integrals separately.", S, id="separately"),
        pytest.param("We can reduce the problem to a quadratic.", S, id="reduce"),
        pytest.param("Start with the hardest part.", S, id="hardest-part"),
        pytest.param("My first target is 60.", S, id="first-target"),
        pytest.param("The target is 42, and 42 = 6 * 7.", C, id="target-decomposed"),
        pytest.param("The answer must be divisible by 4.", C, id="answer-must-be"),
        pytest.param("Which number, when added to 17, gives 30?", C, id="which-number-when"),
        pytest.param("What is needed for the sum to be odd?", C, id="what-is-needed"),
        pytest.param("To satisfy both conditions, x must be 2.", C, id="to-satisfy"),
        pytest.param("The last steps must be multiplications.", C, id="last-steps"),
        pytest.param("We need 5 more to reach 20.", C, id="n-more"),
        pytest.param("For the limit to exist, the top must vanish.", C, id="comma-subject"),
    ],
)
def test_third_round_forms(text: str, behavior: str) -> None:
    assert behavior in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # forms rejected after reading their hits in real MATH-500 completions
        pytest.param("(1, 3, 2): same as above, 11.", id="same-as-above"),
        pytest.param("Maybe I'm overthinking it, but it seems clear.", id="overthinking"),
        pytest.param("No need to overcomplicate it.", id="no-need-to-overcomplicate"),
        pytest.param("This means we need to solve the congruence.", id="this-means-we-need"),
        pytest.param("Alternatively, perhaps I can use vectors.", id="alternatively"),
        pytest.param("Let's compute that:\n\nFirst, 3^6 = 729.", id="first-next-line"),
        pytest.param("Let's solve the first and third equations.", id="the-first"),
        pytest.param("Consider the case n = 1 separately.", id="one-case-separately"),
        pytest.param("We must use the 5 first.", id="must-first"),
    ],
)
def test_rejected_third_round_forms(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # second broadening (issue 19): one sentence per family, not from the example tables
        pytest.param("First, 9 * 9 = 81, that seems right.", V, id="seems-right"),
        pytest.param("Then 4^3 = 64, correct.", V, id="value-comma-verdict"),
        pytest.param("Both sides are equal, so x = 3 works.", V, id="both-sides"),
        pytest.param("Wait, let me double-check my arithmetic.", V, id="check-my-work"),
        pytest.param("So 8 * 9 = 72. Is that 70? No.", V, id="is-that-n"),
        pytest.param("That leaves 18, one more than the 17 we need.", V, id="n-more-than"),
        pytest.param("This agrees with the estimate from the graph.", V, id="agrees-estimate"),
        pytest.param("It is even, which rules it out.", V, id="rules-out"),
        pytest.param("The mean is 4.5, which is plausible.", V, id="plausible"),
        pytest.param("Now check the third equation: 2 + 2 = 4.", V, id="check-nth"),
        pytest.param("Testing y = 1 in the original equation works.", V, id="test-in-original"),
        pytest.param("Plug in n = 2: 4 + 2 = 6, which indeed holds.", V, id="plug-indeed"),
        pytest.param("So x = 7. Works.", V, id="verdict-works"),
        pytest.param("Does 13 divide 91? Yes.", V, id="question-divide"),
        pytest.param("Total 50, exactly what we need.", V, id="exactly-what"),
        pytest.param("Let me check if this makes sense.", V, id="makes-sense"),
        pytest.param("9 * 3 = 27 instead of 25.", V, id="instead-of-n"),
        pytest.param("That hits 75 on the nose.", V, id="hits-n"),
        pytest.param("Multiplying first was a bad idea.", B, id="bad-idea"),
        pytest.param("Let's abandon the coordinate method.", B, id="abandon"),
        pytest.param("My previous attempt didn't pan out.", B, id="previous-attempt"),
        pytest.param("Instead of guessing, set up an equation.", B, id="instead-of-guessing"),
        pytest.param("Time to change tactics.", B, id="change-tactics"),
        pytest.param("Perhaps completing the square would work better.", B, id="work-better"),
        pytest.param("Hmm, perhaps there's a simpler method.", B, id="simpler-method"),
        pytest.param("This is getting too messy.", B, id="too-messy"),
        pytest.param("I was on the wrong track.", B, id="wrong-track"),
        pytest.param("Let me re-examine the second step.", B, id="re-examine"),
        pytest.param("50 + 50 overshoots. 50 + 25 = 75.", B, id="overshoots-then"),
        pytest.param("So that doesn't work.", B, id="doesnt-work"),
        pytest.param("This line of reasoning fails.", B, id="line-fails"),
        pytest.param("We must know the radius before we can find the area.", S, id="before-we-can"),
        pytest.param("Plan: solve for a, then find b.", S, id="plan-colon"),
        pytest.param("Get the total first and use it for the mean.", S, id="first-and-use"),
        pytest.param("Let's build the answer piece by piece.", S, id="piece-by-piece"),
        pytest.param("There are two quantities to find.", S, id="n-things"),
        pytest.param(
            "The simplest way is to count the complement, then subtract.", S, id="easiest"
        ),
        pytest.param("Goal 1: isolate the square root.", S, id="goal-1"),
        pytest.param("Computing the sum first and then dividing is easier.", S, id="gerund-first"),
        pytest.param("We solve it in two stages.", S, id="in-stages"),
        pytest.param("All that remains is to add the two areas.", S, id="remains"),
        pytest.param("It helps to first find the median.", S, id="to-first"),
        pytest.param("To leave a remainder of 2, n must be odd.", C, id="to-get-a-of"),
        pytest.param("To make the fraction zero, the numerator must vanish.", C, id="to-make"),
        pytest.param("If the sum is to equal 30, each term must be 10.", C, id="is-to-be"),
        pytest.param("Which operation on 20 and 5 gives 4?", C, id="which-operation"),
        pytest.param("The product has to be odd, so both factors are odd.", C, id="has-to-be-so"),
        pytest.param("Reasoning from the target backwards, 30 = 5 * 6.", C, id="from-target-back"),
        pytest.param("Start from 36: 36 = 4 * 9.", C, id="start-from-n"),
        pytest.param("The only way to get zero is for x to be 1.", C, id="only-way"),
    ],
)
def test_second_broadening_forms(text: str, behavior: str) -> None:
    assert behavior in _found(text)
    if fast_backend():  # the standard-library path (searched near the triggers) finds it too
        try:
            set_fast(False)
            assert behavior in _found(text)
        finally:
            set_fast(True)


@pytest.mark.parametrize(
    "text",
    [
        # forms rejected or narrowed after reading their hits in real MATH-500 completions
        pytest.param(
            "Substituting y = 2 into the first equation, x = 1.", id="substitute-to-solve"
        ),
        pytest.param("Drawing a red marble first and then a green one.", id="first-and-then"),
        pytest.param("Also, x >= 2, as given.", id="restated-constraint"),
        pytest.param("If there is to be a fair split, each gets 5.", id="if-there-is-to-be"),
        pytest.param("This seems complicated, but I can expand it.", id="complicated-but"),
        pytest.param("So g is a shift of f. That makes sense.", id="makes-sense-after-prose"),
        pytest.param("Starting again: 9801 + 99 = 9900.", id="starting-again-is-a-recheck"),
        pytest.param("Hmm, 52 is not divisible by 3, and 5 is even.", id="no-verdict"),
        pytest.param("From the problem, we know two things: the sum is 11.", id="givens-listed"),
        pytest.param("So x - 9 + 9 = 74 + 9, simplifying this, we get 83.", id="we-get"),
    ],
)
def test_rejected_second_broadening_forms(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # third generalisation (issue 19): one sentence per family, not from the example tables
        pytest.param("Hmm, that doesn't seem right.", V, id="doesnt-seem-right"),
        pytest.param("Is 3 the answer? Does that make sense?", V, id="does-that-make-sense"),
        pytest.param("So y = 4, which doesn't satisfy y < 3.", V, id="doesnt-satisfy"),
        pytest.param("Then a = 2, which contradicts a > 5.", V, id="contradicts"),
        pytest.param("So t = 1, which is not greater than 2.", V, id="not-greater-than"),
        pytest.param("But y >= 0, so y = -3 is extraneous.", V, id="extraneous"),
        pytest.param("We discard x = -1 since lengths are positive.", V, id="discard"),
        pytest.param("So $k = 2$ is not a valid solution.", V, id="not-valid-latex"),
        pytest.param("This value of $x$ does not satisfy $x > 1$.", V, id="does-not-satisfy"),
        pytest.param("Adding the rows again gives 36, so it checks out.", V, id="checks-out"),
        pytest.param("Quick test with n = 2: 2 + 2 = 4.", V, id="quick-test"),
        pytest.param("This is getting messy. Maybe a substitution helps.", B, id="messy-maybe"),
        pytest.param("Instead of expanding, let's factor.", B, id="instead-of-gerund"),
        pytest.param("Never mind the induction.", B, id="never-mind"),
        pytest.param("Maybe I should try a different form for y.", B, id="different-form"),
        pytest.param("We need to find r and then compute the area.", S, id="and-then"),
        pytest.param("Let's handle each inequality separately.", S, id="each-separately"),
        pytest.param("We split the region into two rectangles.", S, id="split-region"),
        pytest.param("First, I need to find the radius.", S, id="first-i-need"),
        pytest.param("Before tackling the sum, we find each term.", S, id="before-tackling"),
        pytest.param("To find the area, we first need to find the height.", C, id="goal-then-need"),
        pytest.param("To find the volume, I need the height of the cone.", C, id="need-the"),
        pytest.param(
            "f must have degree 2 in order for the product to have degree 5.", C, id="in-order-for"
        ),
        pytest.param("We need this to be negative for the root to exist.", C, id="need-this-for"),
        pytest.param("To prove x > 0, it suffices to show x^2 > 0.", C, id="to-prove-suffices"),
        pytest.param("If the final step is a product, the factors are 6 and 4.", C, id="if-final"),
        pytest.param("For the line to be tangent to the circle, we set d = r.", C, id="we-set"),
    ],
)
def test_third_generalisation_forms(text: str, behavior: str) -> None:
    assert behavior in _found(text)


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # fixed false positives of rounds 5 and 6, and forms rejected after reading their hits
        # in real MATH-500 completions (the behaviour named is the one no longer found)
        pytest.param("To solve this problem, we need to use inclusion-exclusion.", S, id="method"),
        pytest.param("To solve the problem, we first recognize a property.", S, id="recognize"),
        pytest.param("We start by using the binomial symmetry.", S, id="start-by-using"),
        pytest.param("Splitting the fraction into two parts:", S, id="algebra-into-parts"),
        pytest.param("Step 1: Expand the left-hand side.", S, id="step-1-operation"),
        pytest.param("So x = -4 fails and must be discarded.", B, id="candidate-fails"),
        pytest.param("Wait, that doesn't seem right.", B, id="verdict-not-backtracking"),
        pytest.param("Alternatively, I can check it with the formula.", B, id="alternatively"),
        pytest.param("It is complicated, but maybe expanding works.", B, id="complicated-but"),
        pytest.param("To find the answer, we need to find x.", C, id="goal-is-the-answer"),
        pytest.param("They would need 12 / 1.5 = 8 meals.", C, id="would-need-computation"),
        pytest.param("Find the smallest C that satisfies the inequality.", V, id="that-satisfies"),
    ],
)
def test_rejected_third_generalisation_forms(text: str, behavior: str) -> None:
    assert behavior not in _found(text)


#: Fifth generalisation: the forms behind the ninth round's misses, one sentence each (not from
#: the tables), then paraphrases of them written afterwards (a probe of the generalisation).
FIFTH_GENERALISATION_FORMS = [
    pytest.param("45 + 12 = 57, matches 57.", V, id="comma-matches-n"),
    pytest.param("The count agrees with Pascal's rule.", V, id="agrees-with-named-rule"),
    pytest.param("So 60 - 17 = 43; the target is 34, so it misses.", V, id="it-misses"),
    pytest.param("<think> 7 * 8 = 56, correct </think>", V, id="verdict-before-tag"),
    pytest.param("\\(f(2) = 5\\), not 0, so 2 is not a root.", V, id="latex-not-n"),
    pytest.param("Let me make sure the answer is reasonable first.", V, id="make-sure-plausible"),
    pytest.param("(6 - 2) * 6 = 24. Exactly right.", V, id="exactly-right"),
    pytest.param("The product should be 12; indeed 3 * 4 = 12.", V, id="semicolon-indeed"),
    pytest.param("Both equations hold, so the system is consistent.", V, id="so-consistent"),
    pytest.param("One more time. Check: 3 * 12 + 4 = 40.", V, id="check-colon-value"),
    pytest.param("I'll back out of it and use induction.", B, id="back-out"),
    pytest.param("Listing cases isn't paying off, so I'll use a formula.", B, id="paying-off"),
    pytest.param("20 + 5 = 25. Going through 30 instead: 30 - 5 = 25.", B, id="instead-colon"),
    pytest.param("Scrap the division and add first: 6 + 2 = 8.", B, id="scrap-the"),
    pytest.param("8 + 6 = 14, not 24. Another pairing: 6 * 4 = 24.", B, id="another-pairing"),
    pytest.param("6 * 8 = 48, too big. Let me try adding 8 first: 6 + 8 = 14.", B, id="try"),
    pytest.param("That got messy. Starting again with a substitution.", B, id="again-with-a"),
    pytest.param("<think> plan: add the small ones, then multiply </think>", S, id="tag-plan"),
    pytest.param("There are two intermediate results to find.", S, id="intermediate-plural"),
    pytest.param("I'll list the divisors of 36 before anything else.", S, id="before-else"),
    pytest.param("First compute the radius, then the area is immediate.", S, id="then-easy"),
    pytest.param("We can plan in three steps.", S, id="plan-in-steps"),
    pytest.param("The count splits nicely into two cases.", S, id="splits-nicely"),
    pytest.param("Step one, find the slope of the line.", S, id="step-one-comma"),
    pytest.param("The first milestone is a product of two of them.", S, id="milestone-a"),
    pytest.param("To find the perimeter we need the side length.", S, id="to-find-no-comma"),
    pytest.param("With the slope known, the next goal is its intercept.", S, id="next-goal"),
    pytest.param("Let's reach 48 backwards.", C, id="reach-backwards"),
    pytest.param("Looking at the target from the end, 48 = 6 * 8.", C, id="from-the-end"),
    pytest.param(
        "For the sum \\(x + y + z\\) to be odd, an odd number of them must be odd.",
        C,
        id="for-eight-words-to",
    ),
    pytest.param("Target 30 is 6 more than 24.", C, id="target-more-than"),
    pytest.param("Target 40. 40 = 8 * 5, so the rest should give 5.", C, id="target-dot"),
    pytest.param("36 / 4 = 9, and 9 = 17 - 8.", C, id="quotient-decomposed"),
    pytest.param("I'll reverse the direction and start from 50.", C, id="reverse-direction"),
    pytest.param("We want the curve to be symmetric, which means b is 0.", C, id="want-means"),
    # paraphrases of the same forms, written after them (a probe of the generalisation)
    pytest.param("So 9 * 6 = 54, right on 54.", V, id="right-on-n"),
    pytest.param("That's 61, off by one.", V, id="off-by-word"),
    pytest.param("The two methods give the same result, 3/8.", V, id="give-the-same"),
    pytest.param("Step 1 is finding the roots of the quadratic.", S, id="step-1-is-gerund"),
    pytest.param("Working from 64 backwards, 64 = 8 * 8.", C, id="from-n-backwards"),
    pytest.param("Which pair multiplies to 48? 6 and 8.", C, id="which-pair"),
    pytest.param("What value of k makes the lines parallel?", C, id="what-value-makes"),
    pytest.param("Going in reverse from 30: 30 = 6 * 5.", C, id="in-reverse"),
]


@pytest.mark.parametrize(("text", "behavior"), FIFTH_GENERALISATION_FORMS)
def test_fifth_generalisation_forms(text: str, behavior: str) -> None:
    assert behavior in _found(text)


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        *FIFTH_GENERALISATION_FORMS,
        # found by whole-text search but not near the family's trigger words before the
        # fifth generalisation (the standard-library path missed them)
        pytest.param("Quick test with n = 2: 2 + 2 = 4.", V, id="quick-test-with"),
        pytest.param("For the line to be tangent to the circle, we set d = r.", C, id="we-set"),
        pytest.param(
            "That doesn't immediately help. Maybe there's another way.", B, id="adverb-help"
        ),
    ],
)
def test_standard_library_path_finds_the_forms_near_their_triggers(
    text: str, behavior: str
) -> None:
    # every match contains one of its pattern's trigger words: the windowed search of the
    # standard-library path (no hyperscan) equals a search of the whole text
    low = text.lower()
    was_fast = fast_backend()
    try:
        set_fast(False)
        windowed = _behavior_hits(low)
    finally:
        set_fast(was_fast)
    assert windowed == _behavior_hits(low, windows=False)
    assert windowed[behavior]


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # near misses of the fifth generalisation's forms, and forms rejected after reading their
        # hits in real MATH-500 completions (the behaviour named is the one not found)
        pytest.param("Starting again with the equation: 2x + 3 = 7.", B, id="recompute"),
        pytest.param("Swapping the balls doesn't create a new arrangement.", B, id="arrangement"),
        pytest.param("Scratch the surface of the problem first.", B, id="scratch-the"),
        pytest.param("This misses the point of the question.", V, id="misses-the-point"),
        pytest.param("To solve the problem we need the formula for the area.", S, id="method"),
        pytest.param("The target is 24. 6 * 4 = 24.", C, id="forward-to-target"),
        pytest.param("3 + 4 = 7, and then 7 * 2 = 14.", C, id="forward-chain"),
    ],
)
def test_rejected_fifth_generalisation_forms(text: str, behavior: str) -> None:
    assert behavior not in _found(text)


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # the forms named in issue 19, one per family
        pytest.param("That gives 30, which is over the target.", V, id="over"),
        pytest.param("No, 17 is not 24.", V, id="not-n"),
        pytest.param("45 + 3 = 48, too big.", V, id="too-big"),
        pytest.param("(25 - 3) = 22, this works.", V, id="works"),
        pytest.param("That is too low.", V, id="too-low"),
        pytest.param("We get 21, not equal to 22.", V, id="not-equal"),
        pytest.param("That route fails, let me use substitution instead.", B, id="route"),
        pytest.param("Scrap that.", B, id="scrap"),
        pytest.param("Try another ordering of the numbers.", B, id="ordering"),
        pytest.param("First get to 12, then double it.", S, id="first-then"),
        pytest.param("We'll do this in two parts.", S, id="parts"),
        pytest.param("The key is to isolate x, after which we divide.", S, id="key"),
        pytest.param("Since we need 22 and 22 = 25 - 3, we want a 3.", C, id="want"),
        pytest.param("For the result to be zero, what must hold?", C, id="for-to"),
        pytest.param("Working back from the answer, x = 4.", C, id="back"),
    ],
)
def test_issue_forms(text: str, behavior: str) -> None:
    assert behavior in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Let's confirm the domain.", id="confirm-domain"),
        pytest.param("We need to check whether complex roots count.", id="check-whether"),
        pytest.param("Step 1: 12 * 2 = 24.", id="step-numbering"),
        pytest.param("We must reach 24 using 3, 4, 5 and 6.", id="restating"),
        pytest.param("Substituting y = 2x into the second equation gives 5x = 10.", id="subst"),
        pytest.param("Don't forget that x > 0.", id="dont-forget"),
        pytest.param("For the logarithm to be defined, we need x > 0.", id="defined"),
        pytest.param("Our goal is to find the area of the triangle.", id="goal-restated"),
    ],
)
def test_not_behaviours(text: str) -> None:
    assert _found(text) == set()


def test_counts_are_case_and_apostrophe_insensitive() -> None:
    for text, _ in POSITIVES:
        assert behaviors(text.upper()) == behaviors(text), text
        assert behaviors(text.replace("'", "\u2019")) == behaviors(text), text


def test_windowed_search_equals_whole_text_search_on_examples() -> None:
    rows = (*POSITIVES, *HELD_OUT, *THIRD_ROUND, *FOURTH_ROUND, *BROADENING_PROBES)
    rows += (*FIFTH_ROUND, *SIXTH_ROUND, *SEVENTH_ROUND, *NINTH_ROUND_A)
    rows += (*NINTH_ROUND_B, *FORM_TABLE, *TENTH_ROUND)
    controls = (*CONTROLS, *THIRD_ROUND_CONTROLS, *FOURTH_ROUND_CONTROLS)
    controls += (*FIFTH_ROUND_CONTROLS, *SIXTH_ROUND_CONTROLS, *SEVENTH_ROUND_CONTROLS)
    controls += (*NINTH_ROUND_A_CONTROLS, *NINTH_ROUND_B_CONTROLS, *FORM_TABLE_CONTROLS)
    controls += TENTH_ROUND_CONTROLS
    low = (" ".join(text for text, _ in rows) + "\n" + "\n".join(controls)).lower()
    assert _behavior_hits(low) == _behavior_hits(low, windows=False)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_behaviour_prefilter_compiles_with_hyperscan() -> None:
    # A pattern set hyperscan cannot compile sends every text down the standard-library path
    # (the same scores, several times slower) without a word: a speed regression caught here.
    assert _pattern_scan().ends("let me verify: 2 + 2 = 4, which is correct.") is not None


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_hyperscan_and_pure_paths_agree_on_examples() -> None:
    rows = (*POSITIVES, *HELD_OUT, *THIRD_ROUND, *FOURTH_ROUND, *BROADENING_PROBES)
    rows += (*FIFTH_ROUND, *SIXTH_ROUND, *SEVENTH_ROUND, *EIGHTH_ROUND, *NINTH_ROUND_A)
    rows += (*NINTH_ROUND_B, *FORM_TABLE, *TENTH_ROUND)
    controls = (*FIFTH_ROUND_CONTROLS, *SIXTH_ROUND_CONTROLS, *SEVENTH_ROUND_CONTROLS)
    controls += (*EIGHTH_ROUND_CONTROLS, *NINTH_ROUND_A_CONTROLS, *NINTH_ROUND_B_CONTROLS)
    controls += (*FORM_TABLE_CONTROLS, *TENTH_ROUND_CONTROLS)
    rows += tuple((text, frozenset[str]()) for text in controls)
    joined = " ".join(text for text, _ in rows).lower()
    try:
        set_fast(False)
        pure = _behavior_hits(joined)
    finally:
        set_fast(True)
    assert _behavior_hits(joined) == pure


def test_a_behaviour_phrase_followed_only_by_phrases_is_not_an_event() -> None:
    reward = cognitive_behaviors({B: 1.0}, saturation=1, min_reasoning=0)
    assert reward(["Scrap that. Wait. Scrap that. Hold on."])[0] == 0.0
    real = "Scrap that: 75 - 25 = 50 and 50 / 2 = 25, one more than 24, then 100 / 4 = 25."
    assert reward([real])[0] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("(25 - 3) = 22, this workshop is closed.", id="word-continues"),
        pytest.param("so 17 is not 245678 and not 24", id="number-continues"),
        pytest.param(
            "x" * 400 + " that gives 30, which is over the target " + "y" * 400, id="long"
        ),
        pytest.param("first get to 12, then " + "double it " * 40, id="many-words"),
        pytest.param("≠ ✓ 3 ≠ 4. check — 5", id="non-ascii"),
        pytest.param("Let\u2019s verify this:\u00a0x = 3 is right. Voilà.", id="unicode-space"),
        pytest.param(
            "Ça ne marche pas: this doesn\u2019t work, try another approach.", id="accents"
        ),
        pytest.param("i made a bête mistake; 17 is not ٢٤, so scrap that.", id="unicode-word"),
    ],
)
def test_prefiltered_search_equals_whole_text_search(text: str) -> None:
    low = text.lower()
    assert _behavior_hits(low) == _behavior_hits(low, windows=False)


def test_pattern_scan_ends_cover_every_match() -> None:
    low = " ".join(text for text, _ in (*POSITIVES, *HELD_OUT) if text.isascii()).lower()
    ends = _pattern_scan().ends(low)
    if ends is None:
        pytest.skip("hyperscan is not installed")  # pragma: no cover
    patterns = [pattern for _, family in _behavior_table() for _, pattern in family]
    for k, pattern in enumerate(patterns):
        if _pattern_scan().sources[k] is None:
            continue
        for match in pattern.finditer(low):
            assert match.end() in ends.get(k, []), (k, match.group())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("25 + 3 = 28, too big. 25 - 3 = 22.", 1, id="too-big-then-attempt"),
        pytest.param("44 + 19 = 63, not 60. 44 + 19 - 7 = 56.", 1, id="not-n-then-attempt"),
        pytest.param("75 - 45 = 30, over the target. Try 75 - 53 = 22.", 1, id="over-then-try"),
        pytest.param("25 + 3 = 28. 25 - 3 = 22.", 0, id="no-failed-check"),
        pytest.param("x is not 0, and 3 + 4 = 7.", 0, id="condition-not-check"),
        pytest.param("45 + 3 = 48, too big.", 0, id="failed-check-alone"),
    ],
)
def test_unworded_backtracking_after_a_failed_check(text: str, expected: int) -> None:
    assert behaviors(text)["backtracking"] == expected


def test_profile_reports_behaviour_counts_per_file() -> None:
    early = profile(["x = 2, so the answer is 2."] * 3)
    late = profile(["45 + 3 = 48, too big. Scrap that, try 45 - 3 = 42.", "x = 2."])
    assert [count.texts for count in early.behaviors().values()] == [0, 0, 0, 0]
    counts = late.behaviors()
    assert list(counts) == list(BEHAVIORS)
    assert (counts[V].texts, counts[B].texts, counts[B].rate) == (1, 1, 0.5)
    table = late.format_table(behaviors_only=True)
    rows = [line.split() for line in table.splitlines()[2:]]
    assert sorted(row[0] for row in rows) == ["backtracking", "verification"]
    assert all(row[1] == "behavior" for row in rows)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            r"(?:this|it) (?:is|was) not (?:right|true)", r"(?:is|was) not (?:right|true)", id="two"
        ),
        pytest.param(r"(?:this|it) (?:works|holds)", r"(?:this|it) (?:works|holds)", id="one-left"),
        pytest.param(
            r"(?:verify|check) (?:the|our) answer",
            r"(?:verify|check) (?:the|our) answer",
            id="rare",
        ),
        pytest.param(
            r"(?:a )?(?:is|was) far too (?:big|small)", r"far too (?:big|small)", id="optional"
        ),
        pytest.param(
            r"(?=x)(?:it|this) is not (?:zero|one)|nope",
            r"is not (?:zero|one)|nope",
            id="lookahead",
        ),
        pytest.param(r"[(](?:is|it)[)] ab cd", r"[(](?:is|it)[)] ab cd", id="class-paren"),
    ],
)
def test_strip_leading_drops_only_frequent_leading_items(source: str, expected: str) -> None:
    assert strip_leading(source) == expected


def test_stripped_prefilter_reports_every_match_end() -> None:
    # Dropping leading items keeps every match end of the full pattern among the reported ends.
    low = " ".join(text for text, _ in POSITIVES if text.isascii()).lower()
    for _, family in _behavior_table():
        for _, pattern in family:
            stripped = re.compile(strip_leading(pattern.source))
            ends = {m.end() for m in stripped.finditer(low)} | {
                m.end() for start in range(len(low)) if (m := stripped.match(low, start))
            }
            for match in pattern.finditer(low):
                assert match.end() in ends, (pattern.source, match.group())


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_compiled_databases_are_cached_and_damage_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(scan.CACHE_ENV, str(tmp_path))
    low = " ".join(text for text, _ in POSITIVES).lower()
    expected = _pattern_scan().ends(low)
    sources = tuple(source for source in _pattern_scan().sources if source is not None)
    scan.clear_databases()
    try:
        compiled = scan._prefilter_database(sources)  # compiles and writes the cache
        files = list(tmp_path.glob("hyperscan-*.db"))
        assert len(files) == 1
        scan.clear_databases()
        loaded = scan._prefilter_database(sources)  # loads
        assert loaded is not compiled
        assert _pattern_scan().ends(low) == expected
        files[0].write_bytes(b"damaged")
        scan.clear_databases()
        assert _pattern_scan().ends(low) == expected  # compiles again
        assert files[0].read_bytes() != b"damaged"  # and replaces the damaged file
        monkeypatch.setenv(scan.CACHE_ENV, "")
        assert scan.cache_directory() is None
    finally:
        scan.clear_databases()


def test_every_match_holds_one_of_its_triggers() -> None:
    # The standard-library path searches a pattern only near its triggers: a match without
    # one would be found by the hyperscan path alone.
    texts = [text for text, _ in (*POSITIVES, *HELD_OUT)] + [*CONTROLS, *HELD_OUT_CONTROLS]
    texts += [text for text, _ in (*NINTH_ROUND_B, *FORM_TABLE)] + [*FORM_TABLE_CONTROLS]
    texts += [text for text, _ in TENTH_ROUND] + [*TENTH_ROUND_CONTROLS]
    low = "\n".join(texts).lower()
    for _, family in _behavior_table():
        for triggers, pattern in family:
            for match in pattern.finditer(low):
                assert any(trigger in match.group() for trigger in triggers), match.group()


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_an_unwritable_cache_directory_only_costs_the_compilation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(scan.CACHE_ENV, str(blocker / "cache"))
    low = " ".join(text for text, _ in POSITIVES).lower()
    expected = _pattern_scan().ends(low)
    scan.clear_databases()
    try:
        assert _pattern_scan().ends(low) == expected
        assert sorted(tmp_path.iterdir()) == [blocker]
    finally:
        scan.clear_databases()


def test_no_home_directory_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(scan.CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home(self: Path) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "expanduser", no_home)
    assert scan.cache_directory() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert scan.cache_directory() == Path("/somewhere/rewardkit")


def _rows_missed(
    rows: tuple[tuple[str, frozenset[str]], ...],
    instances: tuple[tuple[int, tuple[int, ...]] | None, ...],
    controls: tuple[str, ...],
    control_instances: tuple[tuple[int, tuple[int, ...]] | None, ...],
    read: str,
) -> list[tuple[str, list[str]]]:
    """The rows and controls whose behaviours found differ from their labels, with what was found
    (``read``: ``"text"`` alone, or ``"targets"`` with each row's Countdown instance)."""
    labelled = [(text, labels, cd) for (text, labels), cd in zip(rows, instances, strict=True)]
    labelled += [
        (text, frozenset(), cd) for text, cd in zip(controls, control_instances, strict=True)
    ]
    missed = []
    for text, labels, countdown in labelled:
        found = _found_in_row(text, countdown if read == "targets" else None)
        if found != labels:
            missed.append((text, sorted(found)))
    return missed


#: The Countdown structure forms (issue 19, seventh generalisation): before it (text alone,
#: recall) backtracking 1 of 16, backward chaining 0 of 3; after it, every row from the text
#: alone, and every row but one with its instance given (``81 / 9 = 9, 9 * 4 = 36. 81 - 9 *
#: 4 = 45`` reads 81 and 36 against a known target: rule 4's reading of a reused part); since
#: the fifth wave of backtracking (the same numbers again, text alone), that row too.
@pytest.mark.parametrize("read", ["text", "targets"])
def test_countdown_structure_forms(read: str) -> None:
    missed = _rows_missed(
        CD_FORMS, CD_FORMS_COUNTDOWN, CD_FORMS_CONTROLS, CD_FORMS_CONTROLS_COUNTDOWN, read
    )
    assert [text for text, _ in missed] == [], missed


#: The seventh generalisation of verification and backtracking (issue 19, brief vb19):
#: (precision, recall) floors after it, text alone. Before it: tenth round verification
#: 0.94 / 0.66, backtracking 1.00 / 0.49; eighth round verification 0.91 / 0.68,
#: backtracking 0.96 / 0.75; seventh 0.94 / 0.70, 1.00 / 0.86; sixth 0.96 / 0.77, 0.94 / 0.91;
#: fifth 1.00 / 0.89, 0.94 / 0.88 (each round's controls counted). All were public when this
#: was written: tuned on, none of them blind.
VB_FLOORS = {
    "tenth": (TENTH_ROUND, TENTH_ROUND_CONTROLS, {V: (0.95, 0.95), B: (1.00, 0.83)}),
    "fifth": (FIFTH_ROUND, FIFTH_ROUND_CONTROLS, {V: (1.00, 0.93), B: (0.94, 0.94)}),
    "sixth": (SIXTH_ROUND, SIXTH_ROUND_CONTROLS, {V: (0.96, 0.82), B: (0.94, 0.91)}),
    "seventh": (SEVENTH_ROUND, SEVENTH_ROUND_CONTROLS, {V: (0.95, 0.77), B: (1.00, 0.92)}),
    "eighth": (EIGHTH_ROUND, EIGHTH_ROUND_CONTROLS, {V: (0.92, 0.74), B: (0.96, 0.81)}),
    "forms": (VB_FORMS, VB_FORMS_CONTROLS, {V: (1.00, 1.00), B: (1.00, 1.00)}),
}


@pytest.mark.parametrize("behavior", [V, B])
@pytest.mark.parametrize("name", list(VB_FLOORS))
def test_seventh_generalisation_verification_backtracking_floors(name: str, behavior: str) -> None:
    rows, controls, floors = VB_FLOORS[name]
    precision, recall, misses = _precision_recall(behavior, rows, controls, _found)
    floor_precision, floor_recall = floors[behavior]
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


def test_vb_forms_cover_both_domains_and_draw_no_control() -> None:
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in VB_FORMS)
    assert 8 <= countdown <= len(VB_FORMS) - 8  # both domains
    assert {text for text, _ in VB_FORMS}.isdisjoint(VB_FORMS_CONTROLS)
    assert [text for text in VB_FORMS_CONTROLS if _found(text)] == []


@pytest.mark.parametrize(
    ("text", "behavior"),
    [
        # near misses kept out after reading real completions and the controls (the behaviour
        # named is the one not found)
        pytest.param("For the fraction we need \\(x - 2 \\neq 0\\).", V, id="neq-condition"),
        pytest.param("It does give a nice pattern.", V, id="does-give-no-value"),
        pytest.param("The box is too big for 2 shelves.", V, id="too-big-for-a-number"),
        pytest.param("Scratch the surface first.", B, id="scratch-the-surface"),
        pytest.param("Just checking the setup: the target is 38.", V, id="checking-the-setup"),
    ],
)
def test_seventh_generalisation_rejected_forms(text: str, behavior: str) -> None:
    assert behavior not in _found(text)


def test_vb_forms_matches_hold_one_of_their_triggers() -> None:
    # as test_every_match_holds_one_of_its_triggers, on this table and its controls
    low = "\n".join([text for text, _ in VB_FORMS] + list(VB_FORMS_CONTROLS)).lower()
    for _, family in _behavior_table():
        for triggers, pattern in family:
            for match in pattern.finditer(low):
                assert any(trigger in match.group() for trigger in triggers), match.group()


def test_subgoal_and_backward_forms_table_keeps_the_targets() -> None:
    # Written for the seventh generalisation (subgoal setting, backward chaining): the forms
    # the tenth round missed, in new words and both domains, with their false friends.
    from tests.behaviour_examples import SC_FORMS, SC_FORMS_CONTROLS

    assert {text for text, _ in SC_FORMS}.isdisjoint(SC_FORMS_CONTROLS)
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in SC_FORMS)
    assert 4 <= countdown <= len(SC_FORMS) - 4  # both domains
    for behavior in (S, C):
        assert sum(behavior in labels for _, labels in SC_FORMS) >= 12, behavior
        precision, recall, misses = _precision_recall(behavior, SC_FORMS, SC_FORMS_CONTROLS)
        assert recall >= 0.9, misses
        assert precision >= 0.95, misses
    flagged = [(text, _found(text)) for text in SC_FORMS_CONTROLS if _found(text)]
    assert not flagged, flagged
    # every match holds one of its triggers (the windowed search finds it)
    low = "\n".join([text for text, _ in SC_FORMS] + [*SC_FORMS_CONTROLS]).lower()
    for _, family in _behavior_table():
        for triggers, pattern in family:
            for match in pattern.finditer(low):
                assert any(trigger in match.group() for trigger in triggers), match.group()


#: Backward chaining from the text alone (issue 19, brief bc19; module rule 7 of
#: rewardkit.reflect.attempts): before it 4 of the 20 rows were found from the text alone (13
#: with the instance given); after it every row, from the text and with the instance given,
#: and no control draws a behaviour either way.
@pytest.mark.parametrize("read", ["text", "targets"])
def test_backward_chaining_from_the_text_alone_forms(read: str) -> None:
    from tests.behaviour_examples import (
        CD2_FORMS,
        CD2_FORMS_CONTROLS,
        CD2_FORMS_CONTROLS_COUNTDOWN,
        CD2_FORMS_COUNTDOWN,
    )

    assert len(CD2_FORMS_COUNTDOWN) == len(CD2_FORMS)
    assert len(CD2_FORMS_CONTROLS_COUNTDOWN) == len(CD2_FORMS_CONTROLS)
    assert {text for text, _ in CD2_FORMS}.isdisjoint(CD2_FORMS_CONTROLS)
    missed = _rows_missed(
        CD2_FORMS, CD2_FORMS_COUNTDOWN, CD2_FORMS_CONTROLS, CD2_FORMS_CONTROLS_COUNTDOWN, read
    )
    assert missed == []


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_prefilter_hints_change_the_strip_and_keep_every_match_end() -> None:
    # A pattern's leading "(?#prefilter:N)" or "(?#prefilter:N!)" (spd19; tuned per pattern in
    # the eighth session) keeps N required items of its prefilter instead of three (and with
    # "!" drops any leading item): a source unlike the default strip, and every match of the
    # pattern still ends where its prefilter has a match end. The ends are hyperscan's own (it
    # reports every end of every alternative; re would report one end per start). Without
    # hyperscan there is no prefilter (the patterns are searched near their trigger words).
    from rewardkit.keywords import BEHAVIOR_PATTERNS
    from rewardkit.reflect.cognitive import _PREFILTER_HINT, _prefilter_source

    low = " ".join(text for text, _ in POSITIVES if text.isascii()).lower()
    hinted = 0
    for (_, family), name in zip(_behavior_table(), BEHAVIORS, strict=True):
        for (_, pattern), (_, source) in zip(family, BEHAVIOR_PATTERNS[name], strict=True):
            hint = _PREFILTER_HINT.match(source)
            if hint is None:
                assert "(?#prefilter" not in source, source
                continue
            hinted += 1
            assert 1 <= int(hint.group(1)) <= 6
            prefilter = _prefilter_source(source)
            default = _prefilter_source(source[hint.end() :])
            assert prefilter is not None
            assert default is not None
            assert prefilter != default, source
            ends = _prefilter_ends(prefilter, low)
            for match in pattern.finditer(low):
                assert match.end() in ends, (source, match.group())
    assert hinted >= 40


def _prefilter_ends(prefilter: bytes, low: str) -> set[int]:
    """Every offset of ``low`` (ASCII) at which a match of the hyperscan prefilter source ends."""
    ends: set[int] = set()
    _prefilter_database((prefilter,)).scan(
        low.encode("ascii"), match_event_handler=lambda *m: ends.add(m[2])
    )
    return ends


#: Texts on which hyperscan's prefilter database of all behaviour patterns once reported none of
#: its patterns, though one of them matched and its own database reported it (an engine fault
#: that needs a phrase starting at offset 15 after particular bytes, and three particular
#: patterns in the database; real text met it once in 7,776 completions). The pattern sources
#: are now shaped so that the database does not meet it (``(?#prefilter:2!)`` on the plan
#: family led by "let's / we need to"), and these rows keep it that way.
_PREFILTER_FAULT_TEXTS = (
    "0lo\r 000000000 i made a mistake in the second step.",
    "hello world 12 i made a mistake in the second step.",
    "aaaaaaaaaaaaaa i made a mistake in the second step.",
)


def _prefilter_database(sources: tuple[bytes, ...]) -> Any:  # a hyperscan.Database
    """One hyperscan database of ``sources`` compiled here in prefilter mode (ids: indexes)."""
    import hyperscan

    database = hyperscan.Database()
    flags = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY
    database.compile(
        expressions=list(sources),
        ids=list(range(len(sources))),
        elements=len(sources),
        flags=[flags] * len(sources),
    )
    return database


def _prefilter_reports(sources: tuple[bytes, ...], texts: list[bytes]) -> list[set[int]]:
    """Per text, the indexes of ``sources`` that one prefilter database of them reports."""
    database = _prefilter_database(sources)
    reports = []
    for data in texts:
        found: set[int] = set()
        database.scan(data, match_event_handler=lambda i, *_, found=found: found.add(i))
        reports.append(found)
    return reports


def _missed_by_the_whole_database(texts: list[str]) -> list[tuple[str, list[int]]]:
    """Texts on which a pattern's own prefilter fires but the database of all of them does not."""
    sources = tuple(source for source in _pattern_scan().sources if source is not None)
    data = [scan.stand_in(text.lower()) for text in texts]
    whole = _prefilter_reports(sources, data)
    alone = [_prefilter_reports((source,), data) for source in sources]
    return [
        (text, missed)
        for n, text in enumerate(texts)
        if (missed := [k for k in range(len(sources)) if alone[k][n] and k not in whole[n]])
    ]


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_windowed_search_finds_the_known_prefilter_faults() -> None:
    for text in _PREFILTER_FAULT_TEXTS:
        low = text.lower()
        assert _behavior_hits(low) == _behavior_hits(low, windows=False)


@pytest.mark.skipif(not fast_backend(), reason="hyperscan is not installed")
def test_the_whole_prefilter_reports_what_each_pattern_reports_on_real_text(
    shared_data: Path,
) -> None:
    import json

    texts = []
    for name in ("math500_generations.jsonl", "gsm8k_model_solutions.jsonl"):
        with (shared_data / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["completion"] for line in handle if line.strip()]
    # (each pattern's own database is compiled here: ~20 s, only where the real data is)
    assert _missed_by_the_whole_database([*texts, *_PREFILTER_FAULT_TEXTS]) == []


#: Subgoal setting read from the plan's shape (issue 19, eighth generalisation, brief sub20;
#: ``rewardkit.reflect.plans``): the floors (precision, recall) of subgoal setting after it.
#: Before it: eleventh round 0.96 / 0.45 (text alone and with the targets), tenth 1.00 / 0.82
#: (the rules were designed from the eleventh round's misses: it is no longer blind for them).
SUB_STRUCT_FLOORS = {
    "eleventh": {"text": (0.97, 0.71), "targets": (0.97, 0.71)},
    "tenth": {"text": (1.00, 0.85), "targets": (1.00, 0.85)},
}


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("name", list(SUB_STRUCT_FLOORS))
def test_plan_shapes_raise_subgoal_recall_on_the_blind_rounds(name: str, read: str) -> None:
    _assert_round_floor(S, _BLIND_ROUNDS[name], read, SUB_STRUCT_FLOORS[name][read])


#: The same on rounds read from the text alone (rows labelled without Countdown instances);
#: before: eighth 0.73 / 0.65, fourth 1.00 / 0.96, third 0.98 / 0.95.
SUB_STRUCT_TEXT_FLOORS = {
    "eighth": (EIGHTH_ROUND, EIGHTH_ROUND_CONTROLS, (0.74, 0.67)),
    "fourth": (FOURTH_ROUND, FOURTH_ROUND_CONTROLS, (1.00, 1.00)),
    "third": (THIRD_ROUND, THIRD_ROUND_CONTROLS, (0.98, 0.98)),
}


@pytest.mark.parametrize("name", list(SUB_STRUCT_TEXT_FLOORS))
def test_plan_shapes_raise_subgoal_recall_on_earlier_rounds(name: str) -> None:
    rows, controls, (floor_precision, floor_recall) = SUB_STRUCT_TEXT_FLOORS[name]
    precision, recall, misses = _precision_recall(S, rows, controls)
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


def test_plan_shapes_table_is_found_and_its_near_misses_are_not() -> None:
    from tests.behaviour_examples import SUB_STRUCT, SUB_STRUCT_CONTROLS

    assert {text for text, _ in SUB_STRUCT}.isdisjoint(SUB_STRUCT_CONTROLS)
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in SUB_STRUCT)
    assert 5 <= countdown <= len(SUB_STRUCT) - 5  # both domains
    assert [(text, _found(text)) for text, labels in SUB_STRUCT if _found(text) != labels] == []
    assert [(text, _found(text)) for text in SUB_STRUCT_CONTROLS if _found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 1: a plan list before the work; not after it, not a heading with its work
        pytest.param("- find the slope\n- use it to write the line\nslope = 2", 1, id="list"),
        pytest.param("slope = 2\n- find the slope\n- use it to write the line", 0, id="after"),
        pytest.param("1. **find x:** it is 2\n2. **use it:** ok\nx = 2", 0, id="headings"),
        pytest.param("2. find x\n3. use it\nx = 2", 0, id="not-from-one"),
        pytest.param("- find x\n- use it to get y", 0, id="no-work-after"),
        # rule 2: intentions in order, in one sentence, before any equation
        pytest.param("let's do the even terms on their own, then the odd ones.", 1, id="own"),
        pytest.param("i'll factor first and then cancel.", 1, id="first-then"),
        pytest.param("first we factored, then we cancelled.", 0, id="recap"),
        pytest.param("maybe i can factor first and then cancel.", 0, id="hedge"),
        pytest.param("first, note that x > 0, then y > 0.", 0, id="note"),
        pytest.param("let's compute 3 + 4 = 7 first, then double it.", 0, id="work-first"),
        pytest.param("let me try another way. let's factor first, then cancel.", 0, id="switch"),
        # rule 3: a number named as a goal and made later; not the target, not made before
        pytest.param("make 10 from 4 and 6. 4 + 6 = 10, 10 * 7 = 70.", 1, id="goal"),
        pytest.param("4 + 6 = 10. make 10 from 4 and 6. 10 * 7 = 70.", 0, id="made-before"),
        pytest.param("make 70 from 4, 6 and 7. 4 + 6 = 10, 10 * 7 = 70.", 0, id="target"),
        pytest.param("make 10 from 4 and 6.", 0, id="never-made"),
        pytest.param("make 10 from $4$ and 6. 4 + 6 = 10, 10 * 7 = 70.", 0, id="latex"),
    ],
)
def test_plan_events_rules(text: str, expected: int) -> None:
    from rewardkit.reflect.plans import plan_events

    assert len(plan_events(text)) == expected


def test_plan_events_take_a_known_target() -> None:
    from rewardkit.reflect.plans import plan_events

    text = "make 10 from 4 and 6. 4 + 6 = 10. 10 * 7 = 70. 70 + 1 = 71."
    assert len(plan_events(text)) == 1
    assert plan_events(text, target=10) == []
    assert plan_events(text, target="10") == []
    assert len(plan_events(text, target=True)) == 1  # not a target: ignored


def test_plan_shapes_count_in_behaviors_and_profile_not_in_the_reward() -> None:
    # Inferred from the text alone, not anchored on verified work: counting only (as module
    # rules 6 and 7 of rewardkit.reflect.attempts).
    text = "Let's solve for y on its own, then put it into the second equation."
    assert behaviors(text)["subgoal_setting"] == 1
    assert profile([text]).behaviors()[S].texts == 1
    assert cognitive_behaviors().score(text) == 0.0


def test_plan_events_are_the_same_with_and_without_hyperscan() -> None:
    from rewardkit.reflect.plans import plan_events
    from tests.behaviour_examples import SUB_STRUCT, SUB_STRUCT_CONTROLS

    texts = [text for text, _ in SUB_STRUCT + ELEVENTH_ROUND + TENTH_ROUND]
    texts += [*SUB_STRUCT_CONTROLS, *ELEVENTH_ROUND_CONTROLS, *TENTH_ROUND_CONTROLS]
    lows = [text.lower() for text in texts]
    fast = [plan_events(low) for low in lows]
    try:
        set_fast(False)
        slow = [plan_events(low) for low in lows]
    finally:
        set_fast(True)
    assert fast == slow
    assert sum(map(len, fast)) >= 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("let's first do a then b. " * 40_000, 40, id="orders-capped"),
        pytest.param("- find x\n" * 100_000 + "=", 1, id="one-long-list"),
        pytest.param("make 5 from 2 and 3. " * 50_000 + "2 + 3 = 5", 0, id="goal-is-the-last"),
        pytest.param("make 7 first. " + "1 + 1 = 2. " * 90_000, 0, id="goal-never-made"),
        pytest.param("first make 12 from 3, then 4 * 3 = 12\n- find a\n" * 20_000, 40, id="mix"),
        pytest.param("first " + "x" * 1_000_000 + " then", 0, id="one-long-sentence"),
    ],
)
def test_plan_events_are_bounded_on_hostile_text(text: str, expected: int) -> None:
    # each ~1 MB; linear by construction (sentences of at most 300 characters, 400 order words
    # and goal verbs, 5,000 equations and 40 events per text)
    from rewardkit.reflect.plans import plan_events

    assert len(plan_events(text)) == expected


#: The eighth generalisation, backward chaining (structural: module rules 8 and 9 of
#: ``rewardkit.reflect.goalchain``): backward-chaining (precision, recall) floors after it,
#: text alone and with the Countdown instances. Before it: eleventh round 0.96 / 0.63 (both
#: reads), fifth round 1.00 / 0.88, ninth round (set A) 1.00 / 0.90, BC_STRUCT 1.00 / 0.18;
#: after it 0.97 / 0.90, 1.00 / 0.91, 1.00 / 0.93 and 1.00 / 1.00 (28 rows, 28 controls).
BC_STRUCT_FLOORS = {
    "eleventh": (ELEVENTH_ROUND, ELEVENTH_ROUND_CONTROLS, (0.97, 0.9)),
    "fifth": (FIFTH_ROUND, FIFTH_ROUND_CONTROLS, (1.0, 0.91)),
    "ninth-a": (NINTH_ROUND_A, NINTH_ROUND_A_CONTROLS, (1.0, 0.93)),
    "bc-struct": (BC_STRUCT, BC_STRUCT_CONTROLS, (1.0, 1.0)),
}


@pytest.mark.parametrize("name", list(BC_STRUCT_FLOORS))
def test_eighth_generalisation_backward_chaining_floors(name: str) -> None:
    rows, controls, (floor_precision, floor_recall) = BC_STRUCT_FLOORS[name]
    precision, recall, misses = _precision_recall(C, rows, controls)
    assert round(recall, 2) >= floor_recall, misses
    assert round(precision, 2) >= floor_precision, misses


def test_eighth_generalisation_with_the_countdown_instances() -> None:
    rows = [text for text, _ in ELEVENTH_ROUND]
    countdown = dict(zip(rows, ELEVENTH_ROUND_COUNTDOWN, strict=True))
    countdown.update(zip(ELEVENTH_ROUND_CONTROLS, ELEVENTH_ROUND_CONTROLS_COUNTDOWN, strict=True))
    precision, recall, misses = _precision_recall(
        C,
        ELEVENTH_ROUND,
        ELEVENTH_ROUND_CONTROLS,
        lambda text: _found_in_row(text, countdown[text]),
    )
    assert round(recall, 2) >= 0.9, misses
    assert round(precision, 2) >= 0.97, misses


def test_bc_struct_table_covers_both_domains_and_draws_nothing_on_its_controls() -> None:
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in BC_STRUCT)
    assert 8 <= countdown <= len(BC_STRUCT) - 6  # both domains
    assert all(labels == {C} for _, labels in BC_STRUCT)
    assert len(BC_STRUCT_CONTROLS) >= 15
    assert {text for text, _ in BC_STRUCT}.isdisjoint(BC_STRUCT_CONTROLS)
    assert [text for text in BC_STRUCT_CONTROLS if _found(text)] == []


@pytest.mark.parametrize(("text", "labels"), PAPER_PROMPT_EXAMPLES)
def test_the_papers_own_prompt_examples_are_read_as_their_behaviours(
    text: str, labels: frozenset[str]
) -> None:
    # the judge, priming and pretraining prompts' examples: each found as exactly the
    # behaviours it shows (three were missed until the seventh session: "Trying something
    # else.", "Let's try to reach 20 since it is a multiple of 10", "Since the target is 22,
    # and 22 + 3 = 25")
    assert {name for name, count in behaviors(text).items() if count} == labels


@pytest.mark.parametrize(
    "text",
    [
        "Since the target is 22, and 25 - 3 = 22, we are done.",  # ends at the target: a check
        "We get 20, which is a multiple of 10.",  # a value computed, not one set out to make
        "we get 20 since it is a multiple of 10",
        "The target is 22. 22 + 3 = 25 is the sum of the other two.",  # no reasoning link
    ],
)
def test_near_misses_of_the_papers_examples_are_not_their_behaviours(text: str) -> None:
    counts = behaviors(text)
    assert counts["backward_chaining"] == 0
    assert counts["subgoal_setting"] == 0


# The policy "counting only" (issue 19): the structural rules of every wave count in behaviors()
# and profile, never in the cognitive_behaviors reward. One test for every wave's table.

#: The counting-only functions behaviors() calls, in rewardkit.reflect.cognitive.
_COUNTING_ONLY = (
    "verification_checks",
    "plan_events",
    "goal_chain_events",
    "method_switches",
    "retried_goals",
)
#: Every structural table, by its name in tests/behaviour_examples.py (wave by wave).
_STRUCTURAL_TABLES = (
    "VER_STRUCT", "VER_STRUCT2", "VER_STRUCT3", "VER_STRUCT4", "VER_STRUCT5",
    "SUB_STRUCT", "SUB_STRUCT2", "SUB_STRUCT3", "SUB_STRUCT4",
    "BC_STRUCT", "BC_STRUCT2", "BC_STRUCT3", "BC_STRUCT4",
    "BT_STRUCT", "BT_STRUCT2", "BT_STRUCT3", "BT_STRUCT4",
)  # fmt: skip


class _CountingOnlyReadError(Exception):
    """Raised by a counting-only function patched out: the caller read it."""


def _patch_to_raise(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    from rewardkit.reflect import cognitive

    def read(*args: object, **kwargs: object) -> list[object]:
        raise _CountingOnlyReadError(name)

    monkeypatch.setattr(cognitive, name, read)


@pytest.mark.parametrize("table", _STRUCTURAL_TABLES)
def test_the_reward_scores_every_structural_table_without_the_counting_only_functions(
    table: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests import behaviour_examples

    texts = [text for text, _ in getattr(behaviour_examples, table)]
    rewards = [cognitive_behaviors(), cognitive_behaviors(saturation=1, min_reasoning=0)]
    scores = [reward(texts) for reward in rewards]
    for name in _COUNTING_ONLY:
        _patch_to_raise(monkeypatch, name)
    assert [reward(texts) for reward in rewards] == scores


@pytest.mark.parametrize("name", _COUNTING_ONLY)
def test_behaviors_calls_each_counting_only_function(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patch_to_raise(monkeypatch, name)
    with pytest.raises(_CountingOnlyReadError, match=name):
        behaviors("7 * 3 = 21, 21 + 5 = 26, two over.")


#: Rows each counted once by a structural rule and by nothing else, wave by wave: the reward of
#: that behaviour alone, which does not read the rules, gives them 0.0 (the plans' rows also
#: score 0.0 under the default reward; the goal chains' rows hold other phrases it reads).
_COUNTED_NOT_REWARDED = [
    pytest.param(
        "subgoal_setting",
        "The perimeter requires both the length and the width; the width is 6.",
        True,
        id="plans-second-wave",
    ),
    pytest.param(
        "subgoal_setting",
        "Two things have to be shown: the map is injective, and the map is onto.",
        True,
        id="plans-fourth-wave",
    ),
    pytest.param(
        "subgoal_setting",
        "Before solving, I'd like to settle a smaller question: can a square lie there?",
        True,
        id="plans-fifth-wave",
    ),
    *(
        pytest.param("backward_chaining", text, False, id=f"goalchain-{wave}-{index}")
        for wave, texts in (
            (
                "first-wave",
                (
                    "The average has to be 85, so the total over 5 tests has to be 425: she has "
                    "330 so far, so the last test needs 95.",
                    "17 is one less than 18, and 18 = 3 * 6, so 3 * 6 - 1 = 17.",
                ),
            ),
            (
                "fourth-wave",
                (
                    "To make it a perfect square we'd need \\(c = 9\\).",
                    "Since \\(x^2 + x = 12\\) needs \\((x + 4)(x - 3) = 0\\), x = 3.",
                    "To hit 48 I'd like 6 * 8. 11 - 3 = 8, and 6 * 8 = 48.",
                ),
            ),
            (
                "fifth-wave",
                (
                    "After paying a $15 fee he had $85 left, so he must have started with "
                    "85 + 15 = $100.",
                    "61 - 5 = 56 = 7 * 8. So 7 * 8 + 5 = 61.",
                    "We need 35 = 30 + 5; 30 = 3 * 10.",
                    "64 = 8 * 8, and the 5 and 5 can cancel: 8 * 8 + 5 - 5 = 64.",
                ),
            ),
        )
        for index, text in enumerate(texts)
    ),
]


@pytest.mark.parametrize(("behaviour", "text", "default_zero"), _COUNTED_NOT_REWARDED)
def test_a_structural_event_counts_in_behaviors_and_scores_zero_in_the_reward(
    behaviour: str, text: str, default_zero: bool
) -> None:
    assert behaviors(text)[behaviour] == 1
    if default_zero:
        assert cognitive_behaviors().score(text) == 0.0
    reward = cognitive_behaviors({behaviour: 1.0}, saturation=1, min_reasoning=0)
    assert reward([text]) == [0.0]


def _on_both_backends(
    read: Callable[[str], object], lows: list[str]
) -> tuple[list[object], list[object]]:
    """``read`` on every text with the fast scan backend, then with the standard library's."""
    fast = [read(low) for low in lows]
    set_fast(False)
    try:
        slow = [read(low) for low in lows]
    finally:
        set_fast(True)
    return fast, slow


#: The priming-style traces (PRIMING_ROUND), measured blind at 8b24712: (precision, recall)
#: per behaviour, text alone and with each trace's Countdown instance; no control flagged.
#: Subgoal recall after the ninth session's subgoal forms: 0.95 -> 1.00 ("aim for 2 so that I
#: can then add 11", "45 is my subgoal"), precision unchanged.
PRIMING_ROUND_FIGURES = {
    "text": {V: (0.95, 0.95), B: (1.00, 1.00), S: (0.94, 1.00), C: (0.91, 0.91)},
    "targets": {V: (0.95, 0.95), B: (1.00, 1.00), S: (1.00, 1.00), C: (0.91, 1.00)},
}
_PRIMING = (
    PRIMING_ROUND,
    PRIMING_ROUND_COUNTDOWN,
    PRIMING_ROUND_CONTROLS,
    PRIMING_ROUND_CONTROLS_COUNTDOWN,
)


@pytest.mark.parametrize("read", ["text", "targets"])
@pytest.mark.parametrize("behavior", BEHAVIORS)
def test_the_priming_style_traces_keep_their_figures(behavior: str, read: str) -> None:
    _assert_round_floor(behavior, _PRIMING, read, PRIMING_ROUND_FIGURES[read][behavior])


def test_the_priming_style_traces_cover_each_system_prompt_and_flag_no_control() -> None:
    assert len(set(PRIMING_ROUND_SOURCE)) >= 5
    assert len(PRIMING_ROUND_SOURCE) == len(PRIMING_ROUND) == len(PRIMING_ROUND_COUNTDOWN)
    flagged = [text for text in PRIMING_ROUND_CONTROLS if _found(text)]
    assert flagged == []


def _assert_forms_found_and_near_misses_not(
    forms: tuple[tuple[str, frozenset[str]], ...], near_misses: tuple[tuple[str, str], ...]
) -> None:
    """Each row is found for every behaviour it lists, each near miss not for the one it names;
    both domains; every match in them holds one of its pattern's trigger words."""
    missed = [(text, labels - _found(text)) for text, labels in forms]
    assert [miss for miss in missed if miss[1]] == []
    assert [(text, name) for text, name in near_misses if name in _found(text)] == []
    countdown = sum(bool(re.search(r"\d+ [-+*/] \d+ = \d+", text)) for text, _ in forms)
    assert 5 <= countdown <= len(forms) - 5  # both domains
    low = "\n".join([text for text, _ in forms] + [text for text, _ in near_misses]).lower()
    for _, family in _behavior_table():
        for triggers, pattern in family:
            for match in pattern.finditer(low):
                assert any(trigger in match.group() for trigger in triggers), match.group()


def test_fifteenth_session_second_wave_forms_are_found() -> None:
    # Written for the fifteenth session's second wave (by form, from the thirtieth round's
    # misses; these rows are not the round's).
    from tests.behaviour_examples import WAVE15B_FORMS, WAVE15B_NEAR_MISSES

    _assert_forms_found_and_near_misses_not(WAVE15B_FORMS, WAVE15B_NEAR_MISSES)
    for behaviour, least in ((V, 10), (B, 5), (C, 10)):
        assert sum(behaviour in labels for _, labels in WAVE15B_FORMS) >= least
    assert {name for _, name in WAVE15B_NEAR_MISSES} == {V, B, C}


def test_fifteenth_session_terse_checks_and_switches_are_found() -> None:
    # Written for the fifteenth session's verification and backtracking additions (by form,
    # from the twenty-ninth round's misses; these rows are not the round's).
    from tests.behaviour_examples import WAVE15_VB_FORMS, WAVE15_VB_NEAR_MISSES

    _assert_forms_found_and_near_misses_not(WAVE15_VB_FORMS, WAVE15_VB_NEAR_MISSES)
    assert sum(labels == {V} for _, labels in WAVE15_VB_FORMS) >= 10
    assert sum(labels == {B} for _, labels in WAVE15_VB_FORMS) >= 8
    assert {name for _, name in WAVE15_VB_NEAR_MISSES} == {V, B}


def test_fourteenth_session_switches_and_goals_worked_back_are_found() -> None:
    # Written for the fourteenth session's backtracking and backward-chaining additions (by
    # form, from the twenty-sixth round's misses; these rows are not the round's).
    from tests.behaviour_examples import WAVE14_BC_FORMS, WAVE14_BC_NEAR_MISSES

    _assert_forms_found_and_near_misses_not(WAVE14_BC_FORMS, WAVE14_BC_NEAR_MISSES)
    assert sum(labels == {B} for _, labels in WAVE14_BC_FORMS) >= 10
    assert sum(labels == {C} for _, labels in WAVE14_BC_FORMS) >= 10
    assert {name for _, name in WAVE14_BC_NEAR_MISSES} == {B, C}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Countdown task restated as the text's opening is no behaviour
        (
            "Okay, so I need to make 69 using 15, 3, and 8. Let me see. 15 * 3 = 45, 45 + 8 = 53.",
            set(),
        ),
        ("Okay, so the task is to make 69 with 15, 3, and 8. 15 * 3 = 45, 45 + 8 = 53.", set()),
        (
            "<think>Alright, my job is to reach 69 with 15, 3 and 8. 15 * 3 = 45, 45 + 8 = 53.",
            set(),
        ),
        ("We have to get 24 from the numbers [3, 4, 6]. 3 * 4 = 12, 12 + 6 = 18.", set()),
        # a sub-goal after work, or the target's decomposition, stays
        ("48 = 6 * 8, so the job is to make 6 from 2 and 3. 2 * 3 = 6, 6 * 8 = 48.", {S, C}),
        (
            "Okay so we need 48 using 2, 3, 8. 48 = 6 * 8, so I need to make 6 from 2 and 3. "
            "2 * 3 = 6.",
            {C},
        ),
        (
            "92 = 4 * 23, so I need to get 4 out of 2, 3 and 5 and then multiply it with 23. "
            "5 - 3 = 2, 2 * 2 = 4.",
            {S, C},
        ),
    ],
)
def test_the_countdown_task_restated_as_the_opening_is_no_behaviour(
    text: str, expected: set[str]
) -> None:
    # fourteenth session: R1-style Countdown traces open by restating the task ("Okay, so I need
    # to make 69 using 15, 3, and 8."), which read as backward chaining or a subgoal before
    found = _found(text)
    assert expected <= found
    assert not found & ({S, C} - expected)


def test_sixteenth_session_subgoal_and_backward_forms_and_their_near_misses() -> None:
    # Written for the sixteenth session's waves (by form, from the thirty-second round's
    # misses; these rows are not the round's).
    from tests.behaviour_examples import WAVE16_FORMS, WAVE16_NEAR_MISSES

    forms = tuple((text, frozenset({name})) for text, name in WAVE16_FORMS)
    _assert_forms_found_and_near_misses_not(forms, WAVE16_NEAR_MISSES)


def test_a_flood_of_phrases_walks_each_group_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Sixteenth session: the group of every phrase of a run was walked from that phrase to the
    # run's end, quadratic in the phrases (6.6 s on 140 KB of "let me verify this."); each
    # phrase now learns its group from one walk.
    from rewardkit.reflect import cognitive

    calls = []
    real = cognitive._has_units

    def counted(low: str, start: int, end: int, count: int) -> bool:
        calls.append(start)
        return real(low, start, end, count)

    monkeypatch.setattr(cognitive, "_has_units", counted)
    phrases = 2000
    score = cognitive_behaviors()(["let me verify this. " * phrases])[0]
    assert 0.0 <= score <= 1.0
    assert 0 < len(calls) <= 3 * phrases


def test_the_rules_test_reads_a_bounded_sentence() -> None:
    # Sixteenth session: the rules told without a full stop were read to the text's end for
    # every phrase (7 s on 156 KB); the sentence is read at most _RULES_REACH characters on.
    from rewardkit.reflect import cognitive

    rules = "combine the numbers so the result equals the target "
    low = rules + "x " * 10_000 + "7 = 7"
    assert cognitive._rules_stated(low, 0, len(rules))  # the digit lies beyond the reach
    assert not cognitive._rules_stated(rules + "4 * 5 + 6 = 26", 0, len(rules))


#: Each session's precision fixes, by form (their rows are not any round's): the wave's table
#: prefix in tests/behaviour_examples.py, and where its false hits came from.
_PRECISION_WAVES = {
    "WAVE14_PRECISION": "the twenty-seventh round's flagged controls",
    "WAVE15_PRECISION": "the thirty-first round's false hits and flagged controls",
    "WAVE16_PRECISION": "the thirty-second to thirty-fourth rounds' false hits and controls",
}


@pytest.mark.parametrize("wave", list(_PRECISION_WAVES))
def test_each_sessions_precision_fixes_keep_the_work(wave: str) -> None:
    from tests import behaviour_examples

    near_misses = getattr(behaviour_examples, f"{wave}_NEAR_MISSES")
    kept = getattr(behaviour_examples, f"{wave}_KEPT")
    assert [(text, name) for text, name in near_misses if name in _found(text)] == []
    assert [(text, labels) for text, labels in kept if labels - _found(text)] == []


def test_sixth_wave_forms_are_found_and_near_misses_are_not() -> None:
    # Written for the sixth wave (by form, from the misses of the fifteenth to seventeenth
    # rounds): every behaviour but backtracking.
    from tests.behaviour_examples import WAVE6_FORMS, WAVE6_NEAR_MISSES

    _assert_forms_found_and_near_misses_not(WAVE6_FORMS, WAVE6_NEAR_MISSES)
    for name in (V, S, C):
        assert sum(name in labels for _, labels in WAVE6_FORMS) >= 6, name
        assert sum(miss == name for _, miss in WAVE6_NEAR_MISSES) >= 5, name


#: The waves of one behaviour each, by form (their rows are not any round's): the table names in
#: tests/behaviour_examples.py and the behaviour every row shows and no near miss may show.
_ONE_BEHAVIOUR_WAVES = {
    # eighth session, from a blind round's misses: a rejected guess and the next try, a change of
    # method, a redo with something else, a step declared wrong and replaced, a forgotten step
    "eighth-backtracking": ("WAVE8_BT", B),
    # ninth session, from the nineteenth round's misses: an approach begun and turned from, one
    # put away with a pronoun, a restart, an operator swapped, a claim or a first answer taken
    # back, a sentence that replaces what came before
    "ninth-backtracking": ("WAVE9_B", B),
    # ninth session, from the nineteenth round's misses: a verdict right after a result, a second
    # look that finds something, a test with a value, a plausibility label
    "ninth-verification": ("WAVE9_V", V),
    # ninth session, from the eighteenth and older rounds' misses: subgoals counted or owned, a
    # plan label opening a sentence, cases announced, two numbers wanted with their source, a
    # number to make and then a step, two steps announced, a two-step method intended, a first
    # step after an intention, one quantity found to find another, parts then combined
    "ninth-subgoal": ("WAVE9_S", S),
    # ninth session, from the eighteenth and older rounds' misses: the unknown the goal fixes
    # asked for, a process run backwards, sufficiency after a named goal, the goal's formula read
    # for its inputs, the target met by a named gap, a goal's condition asked and answered, a
    # property the goal needs, the state before the end inferred
    "ninth-backward": ("WAVE9_C", C),
    # ninth session's second subgoal wave, from the nineteenth round's misses: a counted or named
    # plan label opening a sentence, the parts to work out labelled, an ordered plan told as
    # commands, a first step and what follows intended
    "ninth-second-subgoal": ("WAVE10_S", S),
    # ninth session's second backward-chaining wave, from the nineteenth round's misses: the
    # target beside a value, a value wanted from named numbers, the numbers that must make a
    # value, the target split or divided, the operand the goal needs asked, the problem approached
    # from its end, the last operation chosen, the goal's condition unpacked, a process stepped
    # back (near misses: the task restated, a definition listing the behaviours' names)
    "ninth-second-backward": ("WAVE10_C", C),
    # tenth session, from the twentieth round's misses: the unknown operand of the goal's
    # equation asked or named, a "which multiple" question, what has to go to leave the goal, a
    # conditional on the goal answered, a requirement on an expression of the unknown, the
    # numbers left given the value the goal leaves, a process undone, the problem taken from its
    # other end or its requirement, the target factored (near misses: forward work, the task or
    # a condition restated, a consequence of a case)
    "tenth-backward": ("WAVE11_C", C),
    # tenth session, from the twentieth round's misses: an intermediate number made from named
    # numbers and what follows it, two numbers merged on a condition and a number that finishes,
    # a plan by its counted or named parts, a case split announced as a command, a plan told as
    # commands after a question or a colon, the problem reduced to another or hinging on one
    # quantity, what remains once a part is had (near misses: forward work narrated in order,
    # step numbering, one method named, a restated task, the order of operations)
    "tenth-subgoal": ("WAVE11_S", S),
    # tenth session, from the twentieth round's misses: a terse verdict after a result (ok,
    # checks, fails, wrong, nah, a bare no), the distance from what was wanted in a word or two,
    # a labelled sanity check or recount, "Matches" opening a sentence, a value named by its
    # digits that can't be right or an order found wrong (near misses: a step announced with
    # "ok", a gap used at once, a recount of votes, a forward step)
    "tenth-verification": ("WAVE11_V", V),
    # tenth session, from the twentieth round's misses: a result rejected at its line's end and
    # a new line of work, an approach getting long or going in circles, another route announced
    # by a colon or a dash, a redo after a dash or by a gerund, a result retracted at once, a
    # conclusion held back, a verb and "instead" after a dash (near misses: forward steps, motion
    # in circles, a redo to check, a gap named before the work)
    "tenth-backtracking": ("WAVE11_B", B),
    # tenth session's second backward-chaining wave, from the twenty-first round's misses: a goal
    # clause and what it requires of a quantity in the same or the next sentence, a requirement
    # turned into an equation, the last function's output required, an equation the goal sets
    # requiring another, the operand question with both operands unknown or a divisor asked, the
    # numbers left required to make what the goal leaves, the target decomposed and the rest
    # required (sufficient to form, a second copy to build, the target itself, worked down from,
    # the other direction, a value hiding in the rest), a process undone by its steps (near
    # misses: a task after "we want", an inference, the problem's conditions, a domain, units, a
    # count down, a direction of travel, a plan's first part); and, from the twenty-second
    # round's misses, the goal hit, worked from what is asked or the required result, a process
    # reversed step by step, the input that produces a value
    "tenth-second-backward": ("WAVE12_C", C),
    # tenth session, second wave, from the twenty-first round's misses: a plan told as its bare
    # parts in order ("critical points, then endpoints, then compare"), numbers merged into a
    # single factor, a plan by its counted parts in plain or non-native English ("in two bites",
    # "two moves. Collapse ...", "the problem has two parts. First ...", "in small steps",
    # conditions taken in turn, "sub-steps:"), a sub-goal named with its number, "my mission:"
    # (near misses: forward work told with its numbers, step numbering, one method named, a
    # task described, a goal's one requirement)
    "tenth-second-subgoal": ("WAVE12_S", S),
    # twelfth session, from the twenty-third round's misses: a sub-task named, a plan's heading
    # opening a sentence, a proof split into its parts, the first job named, a plan set before
    # the work, a numbered plan after its label (near misses: a rule of arithmetic, a numbered
    # step, the word defined, a job or task that is no plan)
    "twelfth-subgoal": ("WAVE13_S", S),
    # twelfth session, from the twenty-third round's misses: the goal's requirement in the
    # conditional, a dependency in turn, the value one is after, the numbers left that only have
    # to make a value, the rest that would have to come from some numbers, the answer gone from
    # backwards, "since ..., it is enough to find" (near misses: money that would be enough,
    # turns taken, a plain inference, a result told back, reading backwards)
    "twelfth-backward": ("WAVE13_C", C),
    # fourteenth session, from the twenty-sixth round's misses (small models' terse plans): a
    # plan label and its worded items, a markdown plan heading over bare items, a chain of bare
    # imperatives before the work (near misses: a label over work, one item, a result, an
    # inventory, forward work told with its results, a hedge, a recap, givens)
    "fourteenth-subgoal": ("WAVE14_S", S),
    # fifteenth session, from the twenty-ninth round's misses (small RL-trained models): a plan
    # label after a tag or "so", new labels ("Structure:", "the way i'll do it:", "approach in
    # two moves:", "two steps, X then Y."), chains joined by "after that", more operations
    # leading a chain, named parts put in order ("radius first then base area then volume")
    # (near misses: an order narrated after the work or in the past, the problem's own order, a
    # label over work, a count of steps taken, a hedge)
    "fifteenth-subgoal": ("WAVE15_S", S),
    # fifteenth session, from the twenty-ninth round's misses: the goal undone before the rest
    # is made, the rest made anywhere before the last step, also in words ("33 minus the 1
    # leaves 32", "half of 26 is 13"); working from the goal's number after "so" (near misses:
    # forward work from a given number equal to the goal, a check after the answer, a rest
    # never made, a wrong step, a direction of reading)
    "fifteenth-backward": ("WAVE15_C", C),
}


@pytest.mark.parametrize("wave", list(_ONE_BEHAVIOUR_WAVES))
def test_one_behaviour_wave_forms_are_found_and_near_misses_are_not(wave: str) -> None:
    import tests.behaviour_examples as examples

    prefix, behaviour = _ONE_BEHAVIOUR_WAVES[wave]
    forms = getattr(examples, f"{prefix}_FORMS")
    near_misses = getattr(examples, f"{prefix}_NEAR_MISSES")
    _assert_forms_found_and_near_misses_not(forms, near_misses)
    assert all(labels == {behaviour} for _, labels in forms)
    assert all(name == behaviour for _, name in near_misses)
    assert len(forms) >= 25
    assert len(near_misses) >= 12
