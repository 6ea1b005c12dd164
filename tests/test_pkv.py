"""Tests for rewardkit.pkv: the pirate/knight/viking competition construct."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit import ConfigError, Reward, pkv
from rewardkit.length import length_shaped_score
from rewardkit.reflect import reflection_score
from tests.strategies import completions, model_text

PIRATE = (
    "Arr matey! Each hive gives wax for 4 candles. To make 96 candles we divide 96 by 4, "
    "which gives 24 hives. So ye need 24 hives, arr!"
)
KNIGHT = (
    "Hear me, my lord. A single hive yields wax for four candles, so ninety-six candles "
    "require 96/4 = 24 hives in total. Thus twenty-four hives it shall be."
)
VIKING = (
    "By Odin's beard! We count candles per hive: 4. We need 96 candles. 4 times 24 is 96, "
    "so the raid requires 24 hives of wax."
)
FINAL = "The pirate wins this competition with their answer of 24 hives needed to make 96 candles."


def construct(
    pirate: str = PIRATE,
    knight: str = KNIGHT,
    viking: str = VIKING,
    analysis: str = "All three agree; the pirate explained it most directly.",
    winner: str = "pirate",
    final: str = FINAL,
) -> str:
    """A complete construct in the issue's exact layout."""
    return (
        "<competition>\n"
        f"<pirate>{pirate}</pirate>\n"
        f"<knight>{knight}</knight>\n"
        f"<viking>{viking}</viking>\n"
        f"<result>{analysis}\n"
        f"<winner>{winner}</winner>\n"
        "</result>\n"
        "</competition>\n"
        f"{final}"
    )


COMPLETE = construct()
TAGS = [f"</{name}>" if closing else f"<{name}>" for name, closing in pkv.CANONICAL]


def _without_first(text: str, tag: str) -> str:
    return text.replace(tag, "", 1)


# --- structure ---------------------------------------------------------------------------


def _twelfths(n: int) -> float:
    """The structure score of ``n`` net twelfths (rounded as structure_score rounds)."""
    return round(n / 12, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(COMPLETE, 1.0, id="complete"),
        pytest.param(COMPLETE.replace("\n", ""), 1.0, id="one-line"),
        *[
            pytest.param(_without_first(COMPLETE, tag), _twelfths(11 - 2), id=f"missing-{tag}")
            for tag in TAGS
        ],
        *[pytest.param(COMPLETE + tag, _twelfths(11), id=f"duplicated-{tag}") for tag in TAGS],
        pytest.param(COMPLETE + "<pirate><knight><viking>", _twelfths(9), id="three-duplicated"),
        pytest.param(
            COMPLETE + "<pirate>" * 50, _twelfths(11), id="one-tag-many-copies-counts-once"
        ),
        pytest.param(COMPLETE + COMPLETE, 0.0, id="whole-construct-twice"),
        pytest.param(
            construct()
            .replace(f"<pirate>{PIRATE}</pirate>", "")
            .replace("</viking>", f"</viking><pirate>{PIRATE}</pirate>"),
            _twelfths(10),
            id="pirate-after-viking-misplaced",
        ),
        pytest.param(
            "<competition><viking>v</viking><knight>k</knight><pirate>p</pirate>"
            "<result><winner>pirate</winner></result></competition>",
            _twelfths(8),
            id="personas-reversed",
        ),
        pytest.param(
            "</competition></result></winner><winner><result></viking><viking></knight><knight>"
            "</pirate><pirate><competition>",
            _twelfths(1),
            id="all-reversed-one-tag-placed",
        ),
        pytest.param("<competition></competition>", 0.0, id="only-competition"),
        pytest.param("The answer is 24.", 0.0, id="no-tags"),
        pytest.param("", 0.0, id="empty"),
        pytest.param("<Competition><PIRATE>", 0.0, id="wrong-case-not-tags"),
    ],
)
def test_structure(text: str, expected: float) -> None:
    assert pkv.structure_score(text) == expected
    assert pkv.structure.score(text) == expected


# --- format ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(COMPLETE, 1.0, id="complete"),
        pytest.param(COMPLETE.replace("\n", ""), 1.0, id="one-line"),
        pytest.param(COMPLETE.replace("\n", "\n\n  "), 1.0, id="more-whitespace"),
        pytest.param(construct(analysis=""), 1.0, id="no-analysis"),
        pytest.param(construct(final="Answer:\n24 hives."), 1.0, id="multiline-final"),
        pytest.param("Let us compete!\n" + COMPLETE, 0.5, id="preamble"),
        pytest.param(construct(final=""), 0.5, id="no-final-answer"),
        pytest.param(construct(final="  \n "), 0.5, id="blank-final-answer"),
        pytest.param(
            COMPLETE.replace("</pirate>\n", "</pirate>\nNow the knight.\n"),
            0.5,
            id="text-between-personas",
        ),
        pytest.param(
            COMPLETE.replace("</winner>\n", "</winner>\nA fine choice.\n"),
            0.5,
            id="analysis-after-winner",
        ),
        pytest.param(
            COMPLETE.replace("</result>\n", f"</result>\n{FINAL}\n"),
            0.5,
            id="final-inside-competition",
        ),
        pytest.param(
            COMPLETE.replace("<competition>\n", "<competition>\nRound one.\n"),
            0.5,
            id="text-before-pirate",
        ),
        pytest.param(
            COMPLETE.replace(
                "<winner>pirate</winner>\n</result>", "</result><winner>pirate</winner>"
            ),
            0.0,
            id="winner-outside-result",
        ),
        pytest.param(_without_first(COMPLETE, "<knight>"), 0.0, id="tag-missing"),
        pytest.param(COMPLETE + "\n<winner>knight</winner>", 0.0, id="winner-duplicated"),
        pytest.param(
            construct().replace(
                f"<pirate>{PIRATE}</pirate>\n<knight>{KNIGHT}</knight>",
                (f"<knight>{KNIGHT}</knight>\n<pirate>{PIRATE}</pirate>"),
            ),
            0.0,
            id="personas-misordered",
        ),
        pytest.param("No construct. 24.", 0.0, id="no-tags"),
    ],
)
def test_format(text: str, expected: float) -> None:
    assert pkv.format_score(text) == expected
    assert pkv.format.score(text) == expected


def test_format_preamble_option() -> None:
    text = "<think>plan the competition</think>\n" + COMPLETE
    assert pkv.format.score(text) == 0.5
    allowed = pkv.format.configure(preamble=True)
    assert allowed.score(text) == 1.0
    assert allowed.score(construct(final="")) == 0.5
    assert allowed.name == "pkv_format_preambleTrue"


# --- winner ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param("pirate", 1.0, id="pirate"),
        pytest.param("knight", 1.0, id="knight"),
        pytest.param("viking", 1.0, id="viking"),
        pytest.param("  Knight \n", 1.0, id="case-and-whitespace"),
        pytest.param("VIKING", 1.0, id="upper"),
        pytest.param("The pirate", 0.5, id="article"),
        pytest.param("pirate.", 0.5, id="punctuation"),
        pytest.param("pirate, clearly the pirate", 0.5, id="same-name-twice"),
        pytest.param("The Viking, for the clearest arithmetic", 0.5, id="with-reason"),
        pytest.param("pirates", 0.0, id="plural-is-not-a-name"),
        pytest.param("pirate and knight", 0.0, id="two-names"),
        pytest.param("a tie: pirate, knight, viking", 0.0, id="three-names"),
        pytest.param("nobody", 0.0, id="no-name"),
        pytest.param("", 0.0, id="empty"),
        pytest.param("<pirate>", 0.5, id="tag-inside-winner"),
    ],
)
def test_winner(content: str, expected: float) -> None:
    text = construct(winner=content)
    assert pkv.winner_score(text) == expected
    assert pkv.winner.score(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("no verdict", 0.0, id="no-winner-tag"),
        pytest.param("<winner>pirate", 0.0, id="unclosed"),
        pytest.param("pirate</winner>", 0.0, id="stray-close"),
        pytest.param("<winner>x</winner> <winner>knight</winner>", 1.0, id="last-block-wins"),
        pytest.param("<winner><winner>knight</winner>", 1.0, id="inner-complete-block"),
    ],
)
def test_winner_blocks(text: str, expected: float) -> None:
    assert pkv.winner_score(text) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(" Viking ", "viking", id="exact"),
        pytest.param("the knight", "knight", id="partial"),
        pytest.param("pirate or knight", None, id="two"),
        pytest.param("", None, id="empty"),
    ],
)
def test_extract_winner(content: str, expected: str | None) -> None:
    assert pkv.extract_winner(construct(winner=content)) == expected


# --- sections and originality ------------------------------------------------------------


def test_persona_sections() -> None:
    sections = pkv.persona_sections(COMPLETE)
    assert sections == {"pirate": PIRATE, "knight": KNIGHT, "viking": VIKING}
    assert pkv.persona_sections("<pirate>a</pirate><pirate>b</pirate>") == {"pirate": "a"}
    assert pkv.persona_sections("<pirate>a") == {}


COPY_OF_PIRATE_AS_KNIGHT = (
    "Verily, sire! Each hive gives wax for 4 candles. To make 96 candles we divide 96 by 4, "
    "which gives 24 hives. So thou needest 24 hives, forsooth!"
)
COPY_OF_PIRATE_AS_VIKING = (
    "By Odin! Each hive gives wax for 4 candles. To make 96 candles we divide 96 by 4, "
    "which gives 24 hives. So we need 24 hives, skål!"
)
SHUFFLED_COPY = (
    "By Odin! To make 96 candles we divide 96 by 4, which gives 24 hives. Each hive gives wax "
    "for 4 candles. So we need 24 hives!"
)
EXTENDED_COPY = COPY_OF_PIRATE_AS_VIKING + (
    " Let me double check: 24 times 4 is 96, which matches the number of candles we want. "
    "This is a fine result for our longship and all our people in the great hall."
)
TRIMMED_COPY = (
    "By Odin! Each hive gives wax for 4 candles. To make 96 candles we divide 96 by 4. That is 24."
)
COPY_OF_KNIGHT_AS_VIKING = KNIGHT.replace("Hear me, my lord.", "Hear me, warriors of Odin.")


@pytest.mark.parametrize(
    ("first", "second", "copied"),
    [
        pytest.param(PIRATE, COPY_OF_PIRATE_AS_KNIGHT, True, id="copy-in-other-voice"),
        pytest.param(PIRATE, SHUFFLED_COPY, True, id="copy-sentences-reordered"),
        pytest.param(PIRATE, EXTENDED_COPY, True, id="copy-with-text-appended"),
        pytest.param(PIRATE, TRIMMED_COPY, True, id="copy-with-sentence-dropped"),
        pytest.param(PIRATE, PIRATE.upper().replace(" ", "  "), True, id="copy-case-spacing"),
        pytest.param(PIRATE, KNIGHT, False, id="paraphrase-same-numbers-1"),
        pytest.param(PIRATE, VIKING, False, id="paraphrase-same-numbers-2"),
        pytest.param(KNIGHT, VIKING, False, id="paraphrase-same-numbers-3"),
        pytest.param(PIRATE, "Arr, 24 hives.", False, id="short-summary"),
        pytest.param(PIRATE, "", False, id="empty"),
    ],
)
def test_section_similarity_separates_copies(first: str, second: str, copied: bool) -> None:
    similarity = pkv.section_similarity(first, second)
    assert 0.0 <= similarity <= 1.0
    assert (similarity >= pkv.COPY_THRESHOLD) is copied
    # the documented margins around the 0.85 threshold
    assert similarity >= 0.88 if copied else similarity <= 0.7


@pytest.mark.parametrize(
    ("pirate", "knight", "viking", "expected"),
    [
        pytest.param(PIRATE, KNIGHT, VIKING, 0.5, id="all-original"),
        pytest.param(PIRATE, COPY_OF_PIRATE_AS_KNIGHT, VIKING, -0.5, id="knight-copies-pirate"),
        pytest.param(PIRATE, KNIGHT, COPY_OF_PIRATE_AS_VIKING, -0.5, id="viking-copies-pirate"),
        pytest.param(PIRATE, KNIGHT, COPY_OF_KNIGHT_AS_VIKING, -0.5, id="viking-copies-knight"),
        pytest.param(PIRATE, KNIGHT, SHUFFLED_COPY, -0.5, id="viking-shuffled-copy"),
        pytest.param(PIRATE, KNIGHT, EXTENDED_COPY, -0.5, id="viking-extended-copy"),
        pytest.param(
            PIRATE, COPY_OF_PIRATE_AS_KNIGHT, COPY_OF_PIRATE_AS_VIKING, -1.0, id="both-copy"
        ),
        pytest.param(PIRATE, PIRATE, PIRATE, -1.0, id="verbatim-three-times"),
        pytest.param(PIRATE, KNIGHT, "", 0.0, id="viking-empty"),
        pytest.param(PIRATE, "Arr! ... matey", VIKING, 0.0, id="knight-only-voice-words"),
    ],
)
def test_originality(pirate: str, knight: str, viking: str, expected: float) -> None:
    text = construct(pirate=pirate, knight=knight, viking=viking)
    assert pkv.originality_score(text) == expected
    assert pkv.originality.score(text) == expected


#: Cyrillic look-alikes of Latin letters, as a policy would use them to dodge the comparison.
_CYRILLIC = str.maketrans("aceopxyiAEHKMOPCT", "асеорхуіАЕНКМОРСТ")


def _homoglyphs(text: str) -> str:
    return text.translate(_CYRILLIC)


def _soft_hyphens(text: str) -> str:
    return " ".join(w[:2] + "\u00ad" + w[2:] if len(w) > 3 else w for w in text.split())


@pytest.mark.parametrize(
    "disguise",
    [
        pytest.param(_homoglyphs, id="cyrillic-homoglyphs"),
        pytest.param(_soft_hyphens, id="soft-hyphens-inside-words"),
        pytest.param(lambda t: "\u200b".join(t), id="zero-width-space-between-letters"),
        pytest.param(lambda t: t.replace(" ", "\u2800 "), id="braille-blanks"),
        pytest.param(
            lambda t: t.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}), id="full-width"
        ),
        pytest.param(lambda t: "\u202e" + t + "\u202c", id="rtl-override"),
        pytest.param(lambda t: "".join(c + "\u0301" for c in t), id="combining-accents"),
    ],
)
def test_disguised_copy_is_still_a_copy(disguise: Callable[[str], str]) -> None:
    disguised = disguise(PIRATE)
    assert disguised != PIRATE
    assert pkv.section_similarity(PIRATE, disguised) >= 0.99
    assert pkv.originality_score(construct(knight=disguised)) == -0.5


@pytest.mark.parametrize(
    ("pirate", "knight", "viking", "expected"),
    [
        pytest.param("", KNIGHT, COPY_OF_KNIGHT_AS_VIKING, -0.5, id="empty-pirate-viking-copies"),
        pytest.param("...", KNIGHT, KNIGHT, -0.5, id="wordless-pirate-viking-verbatim"),
        pytest.param(PIRATE, "", PIRATE, -0.5, id="empty-knight-viking-copies-pirate"),
        pytest.param(PIRATE, PIRATE, "", -0.5, id="empty-viking-knight-copies-pirate"),
        pytest.param("", KNIGHT, VIKING, 0.0, id="empty-pirate-no-copy-no-bonus"),
    ],
)
def test_empty_section_keeps_the_copy_penalty(
    pirate: str, knight: str, viking: str, expected: float
) -> None:
    assert pkv.originality_score(construct(pirate=pirate, knight=knight, viking=viking)) == expected


def test_skeleton_keeps_honest_text_apart() -> None:
    assert pkv.skeleton("Ѕо  ye\tNЕED 24 hіves") == "so ye need 24 hives"
    assert pkv.skeleton("na\u00efve \ufb01le \U0001d400") == "naive file a"
    assert pkv.skeleton("\ud800\u200b\ufeff") == ""
    # real Cyrillic words without Latin look-alikes stay Cyrillic (only look-alikes fold)
    assert pkv.skeleton("Шлюз") == "шлюз"
    assert pkv.section_similarity(KNIGHT, _homoglyphs(PIRATE)) < pkv.COPY_THRESHOLD


def test_originality_missing_section() -> None:
    assert pkv.originality_score(_without_first(COMPLETE, "</viking>")) == 0.0


def test_originality_threshold_option() -> None:
    text = construct()
    strict = pkv.originality.configure(threshold=0.5)
    assert strict.score(text) == -1.0
    assert (strict.lower, strict.upper) == (-1.0, 0.5)


def test_originality_long_sections_are_bounded() -> None:
    long = PIRATE * 5_000
    text = construct(pirate=long, knight=long, viking=VIKING)
    assert pkv.originality_score(text) == -0.5


# --- length and reflection ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        pytest.param((600, 600, 600), 1.0, id="optimum"),
        pytest.param((300, 300, 300), 0.5, id="half-rise"),
        pytest.param((0, 0, 0), 0.0, id="empty"),
        pytest.param((1200, 1200, 1200), 0.5, id="half-fall"),
        pytest.param((1800, 1800, 1800), 0.0, id="at-max-length"),
        pytest.param((5000, 600, 600), 2 / 3, id="one-too-long"),
        pytest.param((600, 300, 1200), 2 / 3, id="mixed"),
    ],
)
def test_length(sizes: tuple[int, int, int], expected: float) -> None:
    text = construct(*("x" * n for n in sizes))
    assert pkv.length_score(text) == pytest.approx(expected)
    assert pkv.length.score(text) == pytest.approx(expected)


def test_length_counts_stripped_sections_and_missing_personas() -> None:
    assert pkv.length_score("<pirate>  " + "x" * 600 + "\n</pirate>") == pytest.approx(1 / 3)


def test_length_configure() -> None:
    short = pkv.length.configure(optimum=100, max_length=200)
    assert short.score(construct(*("x" * 100 for _ in range(3)))) == 1.0
    assert short.score(construct(*("x" * 150 for _ in range(3)))) == 0.5


@given(st.integers(0, 3000), st.integers(0, 3000))
def test_length_rises_then_falls(a: int, b: int) -> None:
    low, high = sorted((a, b))
    score_low = pkv.length_score(construct(*("x" * low for _ in range(3))))
    score_high = pkv.length_score(construct(*("x" * high for _ in range(3))))
    if high <= 600:
        assert score_low <= score_high
    if low >= 600:
        assert score_low >= score_high


def _linear_shaped(length: int, optimum: int, max_length: int) -> float:
    return length_shaped_score(
        length, target=optimum, max_length=max_length, decay="linear", end=0.0, overlong=0.0
    )


@pytest.mark.parametrize(
    ("optimum", "max_length"),
    [
        pytest.param(1, 2, id="smallest"),
        pytest.param(10, 30, id="small"),
        pytest.param(600, 1800, id="default"),
        pytest.param(7, 8, id="adjacent"),
    ],
)
def test_length_is_linear_length_shaping_at_every_boundary(optimum: int, max_length: int) -> None:
    """Per section, pkv.length is length_shaped_score(decay="linear", end=0, overlong=0).

    Exactly (==, not approx) on every valid configuration; pkv keeps its own rule because the
    two differ on arguments PkvLength rejects (max_length <= optimum, optimum 0) and on
    max_length beyond the float range, where length_shaped_score raises OverflowError.
    """
    o, m = optimum, max_length
    for size in sorted({0, 1, o - 1, o, o + 1, (o + m) // 2, m - 1, m, m + 1, 2 * m + 5}):
        if size < 0:
            continue
        text = construct(*("x" * size for _ in range(3)))
        expected = sum([_linear_shaped(size, o, m)] * 3) / 3
        assert pkv.length_score(text, optimum=o, max_length=m) == expected, size


@settings(max_examples=60)
@given(
    st.integers(1, 2000),
    st.integers(1, 2000),
    st.lists(st.integers(0, 4200), min_size=3, max_size=3),
)
def test_length_equals_linear_length_shaping(optimum: int, extra: int, sizes: list[int]) -> None:
    max_length = optimum + extra
    text = construct(*("x" * n for n in sizes))
    expected = sum(_linear_shaped(n, optimum, max_length) for n in sizes) / 3
    assert pkv.length_score(text, optimum=optimum, max_length=max_length) == expected
    scorer = pkv.length.configure(optimum=optimum, max_length=max_length)
    assert scorer.score(text) == expected


def test_reflection() -> None:
    section = "x = 2. " * 40 + "Wait, I made an error: x = -2, since the root is negative."
    text = construct(pirate=section, knight=section, viking="x is -2.")
    expected = (2 * reflection_score(section)) / 3
    assert expected > 0
    assert pkv.persona_reflection_score(text) == pytest.approx(expected)
    assert pkv.reflection.score(text) == pytest.approx(expected)


def test_reflection_outside_sections_does_not_count() -> None:
    section = "x = 2. " * 40 + "Wait, I made an error: x = -2, since the root is negative."
    assert pkv.persona_reflection_score(construct(final=section, analysis=section)) == 0.0


# --- correct -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("final", "gold", "expected"),
    [
        pytest.param(FINAL, "24", 1.0, id="prose-answer-phrase-before-last-number"),
        pytest.param("The answer is 24 hives.", "24", 1.0, id="answer-is"),
        pytest.param("Final answer: 24", "24", 1.0, id="final-answer-marker"),
        pytest.param("We need $\\boxed{24}$ hives for 96 candles.", "24", 1.0, id="boxed"),
        pytest.param("We need 24 hives.", "24", 1.0, id="last-number"),
        pytest.param("The solution is 24 hives, for 96 candles.", "24", 1.0, id="solution-is"),
        pytest.param("In total: 24 hives to make 96 candles.", "24", 1.0, id="total-colon"),
        pytest.param("The answer of 1,200 hives for 96 candles.", "1200", 1.0, id="thousands"),
        pytest.param("Half: the answer is 0.5.", "\\frac{1}{2}", 1.0, id="equivalent-forms"),
        pytest.param(FINAL.replace("24 hives", "25 hives"), "24", 0.0, id="wrong-answer-phrase"),
        pytest.param("We need 96 candles from 25 hives.", "24", 0.0, id="wrong-last-number"),
        pytest.param(FINAL + " </winner>", "24", -1.0, id="leak-closing-tag"),
        pytest.param("<pirate>" + FINAL, "24", -1.0, id="leak-opening-tag"),
        pytest.param(FINAL + " < Winner >", "24", -1.0, id="leak-loose-tag"),
        pytest.param("<result>24</result>", "24", -1.0, id="leak-with-correct-answer"),
        pytest.param("3 < 4 and the result > 2, so 24.", "24", 1.0, id="angle-brackets-no-leak"),
    ],
)
def test_correct(final: str, gold: str, expected: float) -> None:
    text = construct(final=final)
    assert pkv.correct_score(text, gold) == expected
    assert pkv.correct.score(text, answer=gold) == expected


@pytest.mark.parametrize(
    ("text", "gold", "expected"),
    [
        pytest.param(construct(final=""), "24", 1.0, id="no-final-part-winner-section"),
        pytest.param(
            construct(final="The pirate is right, as always."), "24", 1.0, id="final-no-number"
        ),
        pytest.param(
            construct(pirate="Arr, 23 hives.", final="The pirate is right."),
            "24",
            0.0,
            id="winner-section-wrong",
        ),
        pytest.param(
            construct(knight="Verily, 24 hives.", pirate="Arr, 23.", winner="knight", final=""),
            "24",
            1.0,
            id="fallback-follows-the-winner",
        ),
        pytest.param(construct(winner="nobody", final=""), "24", 0.0, id="no-winner-no-final"),
        pytest.param(COMPLETE.replace("</competition>", ""), "24", 1.0, id="no-competition-close"),
        pytest.param("The answer is 24.", "24", 0.0, id="no-construct"),
    ],
)
def test_correct_fallbacks(text: str, gold: str, expected: float) -> None:
    assert pkv.correct_score(text, gold) == expected


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        pytest.param("24", 1.0, id="short"),
        pytest.param("4 candles per hive, 96 / 4 = 24.\n#### 24", 1.0, id="gsm8k-solution"),
        pytest.param("So we need $\\boxed{24}$ hives.", 1.0, id="math-solution"),
        pytest.param("25", 0.0, id="other"),
    ],
)
def test_correct_gold_forms(gold: str, expected: float) -> None:
    assert pkv.correct_score(COMPLETE, gold) == expected


def test_correct_gold_columns() -> None:
    assert pkv.correct([COMPLETE], solution=["#### 24"]) == [1.0]
    assert pkv.correct([COMPLETE, COMPLETE], answer=["24", None]) == [1.0, None]
    with pytest.raises(ConfigError, match="no gold column"):
        pkv.correct([COMPLETE], question=["how many hives?"])


def test_extract_final_answer() -> None:
    assert pkv.extract_final_answer(COMPLETE) == "24"
    assert pkv.extract_final_answer("no construct") is None
    assert pkv.final_part(COMPLETE) == "\n" + FINAL
    assert pkv.final_part("no construct") == ""


# --- rounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "names"),
    [
        pytest.param(1, ["structure", "format", "winner", "correct"], id="round-1"),
        pytest.param(
            2,
            ["structure", "format", "winner", "correct", "reflection", "originality"],
            id="round-2",
        ),
        pytest.param(
            3,
            ["structure", "format", "winner", "correct", "reflection", "originality", "length"],
            id="round-3",
        ),
    ],
)
def test_rounds(n: int, names: list[str]) -> None:
    rewards, weights = pkv.rounds(n)
    assert [r.name for r in rewards] == [f"pkv_{name}" for name in names]
    assert len(weights) == len(rewards)
    assert all(isinstance(w, float) and w > 0 for w in weights)
    assert sum(w for r, w in zip(rewards, weights, strict=True) if r is not pkv.correct) <= 2.0


def test_rounds_returns_fresh_lists() -> None:
    rewards, weights = pkv.rounds(1)
    rewards.clear()
    weights.clear()
    assert len(pkv.rounds(1)[0]) == 4


@pytest.mark.parametrize("n", [0, 4, -1, "1", 1.0, True, None])
def test_rounds_bad_round(n: object) -> None:
    with pytest.raises(ConfigError, match=r"pkv\.rounds: n must be"):
        pkv.rounds(n)  # type: ignore[arg-type]


# --- every reward ------------------------------------------------------------------------

ALL = [pkv.structure, pkv.format, pkv.winner, pkv.originality, pkv.length, pkv.reflection]
BOUNDS = {
    "pkv_structure": (0.0, 1.0),
    "pkv_format": (0.0, 1.0),
    "pkv_winner": (0.0, 1.0),
    "pkv_originality": (-1.0, 0.5),
    "pkv_length": (0.0, 1.0),
    "pkv_reflection": (0.0, 1.0),
    "pkv_correct": (-1.0, 1.0),
}


def test_names_and_bounds() -> None:
    rewards = [*ALL, pkv.correct]
    assert len({r.name for r in rewards}) == len(rewards)
    for reward in rewards:
        assert isinstance(reward, Reward)
        assert (reward.lower, reward.upper) == BOUNDS[reward.name]


def test_module_import() -> None:
    import rewardkit

    assert rewardkit.pkv is pkv
    assert set(pkv.__all__) >= {
        "structure",
        "format",
        "winner",
        "originality",
        "length",
        "reflection",
        "correct",
        "rounds",
    }


_piece = st.one_of(
    st.sampled_from(TAGS),
    st.sampled_from(["pirate", "knight", "viking", " ", "\n", "24", "answer of 7", "<", ">"]),
    st.text(max_size=20),
)
construct_soup = st.lists(_piece, max_size=30).map("".join)


@given(st.one_of(model_text, construct_soup), st.sampled_from(["24", "\\frac{1}{2}", "x"]))
def test_bounds_and_total(text: str, gold: str) -> None:
    for reward in ALL:
        value = reward.score(text)
        assert value is not None
        assert reward.lower <= value <= reward.upper
    assert -1.0 <= pkv.correct_score(text, gold) <= 1.0


@given(st.lists(completions, max_size=3))
def test_batch_equals_per_item(batch: list[object]) -> None:
    for reward in [*ALL, pkv.correct]:
        gold = ["24"] * len(batch)
        assert reward(batch, answer=gold) == [reward.score(c, answer="24") for c in batch]


_text_chunk = st.text(alphabet=st.characters(blacklist_characters="<>"), max_size=15)
_tokens = st.lists(st.one_of(st.sampled_from(TAGS), _text_chunk), max_size=40)


@given(_tokens, st.sampled_from(TAGS))
def test_deleting_a_tag_never_raises_structure(tokens: list[str], tag: str) -> None:
    before = pkv.structure_score("".join(tokens))
    after = pkv.structure_score("".join(t for t in tokens if t != tag))
    assert after <= before


@given(_tokens)
def test_structure_is_one_only_for_a_complete_construct(tokens: list[str]) -> None:
    text = "".join(tokens)
    found = [t for t in re.findall(r"</?[a-z]+>", text) if t in TAGS]
    complete = found == TAGS
    assert (pkv.structure_score(text) == 1.0) is complete


@pytest.mark.parametrize("tag", TAGS)
def test_structure_duplicated_or_missing_tag_is_below_one(tag: str) -> None:
    assert pkv.structure_score(COMPLETE.replace(tag, tag + tag, 1)) < 1.0
    assert pkv.structure_score(COMPLETE.replace(tag, "", 1)) < 1.0
    assert pkv.structure([COMPLETE + tag]) == [round(11 / 12, 10)]


@given(st.permutations(TAGS), st.sampled_from(TAGS))
def test_deleting_a_tag_from_any_order(tags: list[str], tag: str) -> None:
    text = "x".join(tags)
    assert pkv.structure_score(text.replace(tag, "")) <= pkv.structure_score(text)


@given(_text_chunk, _text_chunk, _text_chunk, _text_chunk)
def test_any_section_text_keeps_structure_and_format(
    pirate: str, knight: str, viking: str, final: str
) -> None:
    text = construct(pirate=pirate, knight=knight, viking=viking, final=final or "24")
    assert pkv.structure_score(text) == 1.0
    assert pkv.format_score(text) == (1.0 if (final or "24").strip() else 0.5)


def test_conversational() -> None:
    message = [{"role": "assistant", "content": COMPLETE}]
    assert pkv.format([message]) == [1.0]
    assert pkv.correct([message], answer=["24"]) == [1.0]
    reasoning = [{"role": "assistant", "content": COMPLETE, "reasoning_content": "plan"}]
    assert pkv.format([reasoning]) == [0.5]
    assert pkv.format.configure(preamble=True)([reasoning]) == [1.0]
    assert pkv.structure([reasoning]) == [1.0]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<competition>" * 80_000, id="1MB-nesting"),
        pytest.param("<pirate><knight>" * 40_000 + "</pirate>" * 40_000, id="crossing"),
        pytest.param("<<<>>>" * 100_000, id="angle-soup"),
        pytest.param("".join(TAGS) * 5_000, id="construct-repeated"),
        pytest.param(construct(pirate="x" * 1_000_000), id="1MB-section"),
        pytest.param(construct(final="9" * 200_000), id="huge-number"),
        pytest.param(construct(winner="pirate " * 100_000), id="huge-winner"),
        pytest.param("\x00\ud800" + COMPLETE + "\U0001f600", id="control-and-surrogates"),
    ],
)
def test_hostile_input(text: str) -> None:
    for reward in ALL:
        value = reward.score(text)
        assert value is not None
        assert reward.lower <= value <= reward.upper
    assert -1.0 <= pkv.correct_score(text, "24") <= 1.0


@pytest.mark.parametrize(
    "reward",
    [
        *[pytest.param(r, id=r.name) for r in [*ALL, pkv.correct]],
        pytest.param(pkv.length.configure(optimum=10, max_length=20), id="configured-length"),
        pytest.param(pkv.originality.configure(threshold=0.9), id="configured-originality"),
    ],
)
def test_pickle_round_trip(reward: Reward) -> None:
    clone = pickle.loads(pickle.dumps(reward))
    assert clone.name == reward.name
    assert clone.score(COMPLETE, answer="24") == reward.score(COMPLETE, answer="24")


@pytest.mark.parametrize(
    ("build", "match"),
    [
        pytest.param(lambda: pkv.length.configure(optimum=0), "optimum", id="zero-optimum"),
        pytest.param(lambda: pkv.length.configure(optimum=2.5), "optimum", id="float-optimum"),
        pytest.param(
            lambda: pkv.length.configure(optimum=500, max_length=500), "max_length", id="max<=opt"
        ),
        pytest.param(lambda: pkv.length.configure(max_length=-1), "max_length", id="neg-max"),
        pytest.param(lambda: pkv.originality.configure(threshold=0), "threshold", id="zero"),
        pytest.param(lambda: pkv.originality.configure(threshold=1.5), "threshold", id="big"),
        pytest.param(lambda: pkv.originality.configure(threshold="0.8"), "threshold", id="str"),
        pytest.param(lambda: pkv.format.configure(preamble="yes"), "preamble", id="preamble"),
        pytest.param(lambda: pkv.structure.configure(strict=True), "no options", id="no-opts"),
    ],
)
def test_bad_configuration(build: object, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        build()  # type: ignore[operator]


def test_schema_matches_construct() -> None:
    from rewardkit import tags

    reward = tags(pkv.SCHEMA, name="pkv_schema")
    assert reward.score(COMPLETE) == 1.0
    assert reward.score(construct(final="")) == 0.75
    assert reward.score(_without_first(COMPLETE, "</knight>")) < 1.0


# --- real data ---------------------------------------------------------------------------


def _math500_groups(folder: Path) -> list[list[dict[str, str]]]:
    path = folder / "math500_generations.jsonl"
    if not path.is_file():
        pytest.skip("math500_generations.jsonl is not present")
    groups: dict[str, list[dict[str, str]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            groups.setdefault(row["unique_id"], []).append(row)
    return [group for group in groups.values() if len(group) >= 3]


def test_real_independent_solutions_are_rarely_copies(shared_data: Path) -> None:
    """Solutions by different models to one problem: the hardest honest case for copy detection."""
    pairs = flagged = 0
    for group in _math500_groups(shared_data):
        texts = [row["completion"] for row in group]
        for i, first in enumerate(texts):
            for second in texts[:i]:
                pairs += 1
                flagged += pkv.section_similarity(first, second) >= pkv.COPY_THRESHOLD
    assert pairs > 4000
    assert flagged / pairs < 0.01  # measured: 0.58%


def test_real_correct_agrees_with_answer_correct(shared_data: Path) -> None:
    """Real completions as persona sections: the winner-section fallback reads what
    answer_correct reads."""
    from rewardkit.answers import answer_correct

    groups = _math500_groups(shared_data)
    agree = 0
    for group in groups:
        pirate, knight, viking = (row["completion"] for row in group[:3])
        text = construct(pirate=pirate, knight=knight, viking=viking, final="")
        gold = group[0]["answer"]
        agree += pkv.correct_score(text, gold) == answer_correct.score(pirate, answer=gold)
        for reward in ALL:
            value = reward.score(text)
            assert value is not None
            assert reward.lower <= value <= reward.upper
    assert agree / len(groups) >= 0.99  # measured: 500 of 500
