"""PKV originality: does one persona's section copy another's?"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rewardkit.errors import ConfigError
from rewardkit.pkv._construct import PERSONAS, persona_sections
from rewardkit.reward import Sample

__all__ = [
    "COPY_THRESHOLD",
    "MAX_WORDS",
    "MIN_CONTAINED_WORDS",
    "VOICE_WORDS",
    "PkvOriginality",
    "originality_score",
    "section_similarity",
    "skeleton",
]

# --- the confusable skeleton ---------------------------------------------------------------

#: Cyrillic and Greek letters that look like a Latin letter, mapped to it (after NFKD, before
#: casefolding; a subset of Unicode TR39's confusables.txt covering the letters of a-z).
_HOMOGLYPHS: dict[str, str] = {
    **dict(zip("авеёкмнорстухѕіїјԁԛԝӏһɡ", "abeekmhopctyxsiijdqwlhg", strict=True)),
    **dict(zip("АВЕЁКМНОРСТУХЅІЇЈԚԜӀҺ", "ABEEKMHOPCTYXSIIJQWIH", strict=True)),
    **dict(zip("αβεικνορτυχωϲϳ", "abeiknoptuxwcj", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ", "ABEZHIKMNOPTYXC", strict=True)),
    **dict(zip("ıȷℓ", "ijl", strict=True)),
}
#: Characters dropped although their category is not a mark or a format character: blank
#: look-alikes that render as nothing (Braille blank, Hangul fillers).
_BLANKS = frozenset("\u2800\u3164\u115f\u1160\uffa0")
#: Unicode categories dropped: format characters (zero-width spaces and joiners, soft hyphen,
#: bidirectional marks, BOM), combining marks (accents after NFKD, stacked marks) and
#: unassigned, private-use and surrogate code points.
_DROPPED = frozenset(("Cf", "Mn", "Me", "Cn", "Co", "Cs"))
#: Longest raw section read by :func:`skeleton` (characters): bounds the work on huge input.
MAX_SKELETON_INPUT = 100_000


class _FoldTable(dict[int, "str | None"]):
    """``str.translate`` table: each code point's fold, computed on first sight and kept."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        fold: str | None = _HOMOGLYPHS.get(char, char)
        if char in _BLANKS or unicodedata.category(char) in _DROPPED:
            fold = None
        self[code] = fold
        return fold


_FOLD = _FoldTable()


def skeleton(text: str) -> str:
    """Return the confusable skeleton of ``text``: what a reader sees, in one spelling.

    Rule (after Unicode TR39's skeleton, simplified): the first
    :data:`MAX_SKELETON_INPUT` characters are NFKD-normalised (full-width forms, ligatures
    and styled letters become plain letters; accents split off); format characters (zero-width
    spaces and joiners, soft hyphens, bidirectional marks), combining marks, blank
    look-alikes (Braille blank, Hangul fillers), unassigned and surrogate code points are
    dropped; Cyrillic and Greek letters that look like a Latin letter become that letter;
    the result is casefolded and runs of whitespace become one space. ASCII text only has its
    case folded and whitespace collapsed.

    Args:
        text: any text.

    Returns:
        The skeleton. Never raises.

    Examples:
        >>> skeleton("Ѕо ye nеed 24 hіves")  # Cyrillic S, o, e, i
        'so ye need 24 hives'
        >>> skeleton("hi\u00adves\u200b of ＷＡＸ")
        'hives of wax'
    """
    text = text[:MAX_SKELETON_INPUT]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_FOLD)
    return " ".join(text.casefold().split())


# --- comparing sections --------------------------------------------------------------------


#: Persona voice words removed before comparing sections: the persona names and the stock
#: words of each voice, so that a copy dressed in another persona's voice is still a copy.
VOICE_WORDS: frozenset[str] = frozenset(
    (
        *("pirate", "pirates", "knight", "knights", "viking", "vikings"),
        *("arr", "arrr", "arrrr", "matey", "mateys", "ahoy", "ye", "yer", "aye", "avast"),
        *("hearties", "me", "landlubber", "landlubbers", "shiver", "timbers", "yo", "ho"),
        *("booty", "treasure", "captain", "crew", "sea", "seas", "ship", "plunder", "scallywag"),
        *("sire", "milord", "my", "lord", "lady", "thou", "thee", "thy", "thine", "hath"),
        *("doth", "art", "dost", "verily", "forsooth", "noble", "honour", "honor", "good"),
        *("sir", "valiant", "quest", "gallant", "chivalry", "realm"),
        *("odin", "thor", "valhalla", "skol", "skal", "raid", "longship", "warriors"),
        *("warrior", "brave", "mighty", "saga", "gods", "by"),
    )
)

_WORD = re.compile(r"[^\W_]+")
#: Sections are compared on at most this many normalised words (bounds the work).
MAX_WORDS = 1000
#: A containment test needs the shorter section to have at least this many words.
MIN_CONTAINED_WORDS = 5
#: Default similarity from which a section counts as a copy (see :func:`originality_score`).
COPY_THRESHOLD = 0.85


def _normalised_words(section: str) -> list[str]:
    words = _WORD.findall(skeleton(section)[: MAX_WORDS * 24])
    return [w for w in words if w not in VOICE_WORDS][:MAX_WORDS]


def section_similarity(first: str, second: str) -> float:
    """Return how much one persona's section copies another's, in [0, 1].

    Both sections are normalised: reduced to their confusable :func:`skeleton` (so
    homoglyphs, soft hyphens and zero-width characters do not hide a copy), split into words
    (runs of letters and digits, so punctuation and whitespace do not matter),
    :data:`VOICE_WORDS` removed, at most :data:`MAX_WORDS` words kept. The similarity is the
    larger of:

    - rapidfuzz ``fuzz.token_sort_ratio`` / 100 of the two word lists joined by spaces: a copy
      whose sentences were reordered still scores ~1;
    - word-level containment: the longest common subsequence of the two word lists
      (``rapidfuzz.distance.LCSseq``) over the length of the shorter one, when that has at
      least :data:`MIN_CONTAINED_WORDS` words: a copy with text appended still scores ~1.

    Both are linear-time bit-parallel algorithms over bounded inputs
    (``fuzz.partial_ratio`` is not used: it is 1,000x slower on long sections).

    Args:
        first: one section.
        second: the other section.

    Returns:
        A similarity in [0, 1]; 0.0 when either section has no word left. Never raises.

    Examples:
        >>> section_similarity("Arr, 96 / 4 = 24 hives, matey!", "Verily: 96/4 = 24 hives, sire.")
        1.0
        >>> round(section_similarity("Each hive makes 4 candles so we need 24 hives.",
        ...                          "Ninety-six candles, four per hive: twenty-four hives."), 2)
        0.59
    """
    return _similarity(_prepare(first), _prepare(second))


def _prepare(section: str) -> tuple[list[str], str]:
    """A section's normalised words, and the same words sorted and joined (token_sort)."""
    words = _normalised_words(section)
    return words, " ".join(sorted(words))


def _similarity(first: tuple[list[str], str], second: tuple[list[str], str]) -> float:
    a, b = first[0], second[0]
    if not a or not b:
        return 0.0
    from rapidfuzz import fuzz  # imported at first use: keeps `import rewardkit` cheap
    from rapidfuzz.distance import LCSseq

    # fuzz.ratio of the sorted, joined words is fuzz.token_sort_ratio, sorted once per section.
    similarity = fuzz.ratio(first[1], second[1]) / 100.0
    shorter = min(len(a), len(b))
    if shorter >= MIN_CONTAINED_WORDS:
        similarity = max(similarity, LCSseq.similarity(a, b) / shorter)
    return min(1.0, similarity)


def originality_score(text: str, *, threshold: float = COPY_THRESHOLD) -> float:
    """Score whether the personas reason independently.

    Rule: a section *copies* another when :func:`section_similarity` >= ``threshold`` (on
    the confusable :func:`skeleton`, so homoglyphs or soft hyphens do not hide a copy).

    - **-0.5** for the knight copying the pirate, plus **-0.5** for the viking copying the
      pirate or the knight (once, even if it copies both). Every pair of non-empty sections is
      compared, so an empty or missing section does not switch the penalty off between the
      other two.
    - **+0.5** when all three sections have words and none copies another.
    - **0.0** when no section copies another but one is missing or has no words (there is
      nothing to judge; :func:`structure_score` and :func:`format_score` penalise the missing
      block).

    The threshold :data:`COPY_THRESHOLD` (0.85) comes from two measurements: in the tests'
    table, copies in another voice, with sentences reordered, with text appended or with a
    sentence dropped score 0.89-1.0, and paraphrases of the same solution (same numbers, same
    key nouns) 0.55-0.65; on real data (4,992 pairs of MATH-500 solutions written
    independently by different models for the same problem, the hardest honest case), 0.58% of
    pairs reach 0.85 (2.5% reach 0.8, 0.12% reach 0.9).

    Args:
        text: the completion text.
        threshold: the similarity from which a section counts as a copy, in (0, 1].

    Returns:
        0.5, 0.0, -0.5 or -1.0: the range is [-1.0, 0.5]. Never raises.

    Examples:
        >>> def construct(p, k, v):
        ...     return f"<pirate>{p}</pirate><knight>{k}</knight><viking>{v}</viking>"
        >>> originality_score(construct("Arr, 4 per hive: 24 hives.", "Each hive fills four "
        ...     "candles; 96 candles need 24 hives.", "By Odin, 24 times 4 is 96."))
        0.5
        >>> originality_score(construct("Arr, 4 per hive: 24 hives.", "Sire, 4 per hive: 24 "
        ...     "hives.", "By Odin, 24 times 4 is 96."))
        -0.5
    """
    return _originality(text, threshold, None)


def _originality(text: str, threshold: float, trace: dict[str, object] | None) -> float:
    sections = persona_sections(text)
    pirate, knight, viking = (_prepare(sections.get(p, "")) for p in PERSONAS)
    copies = 0
    knight_pirate = _similarity(knight, pirate)  # 0.0 when either has no words
    if knight_pirate >= threshold:
        copies += 1
    viking_pirate = _similarity(viking, pirate)
    viking_knight = (
        _similarity(viking, knight) if trace is not None or viking_pirate < threshold else 0.0
    )
    if viking_pirate >= threshold or viking_knight >= threshold:
        copies += 1
    if trace is not None:
        similarity = {
            "knight~pirate": knight_pirate,
            "viking~pirate": viking_pirate,
            "viking~knight": viking_knight,
        }
        trace.update(
            similarity={pair: round(value, 4) for pair, value in similarity.items()},
            threshold=threshold,
            copies=[pair for pair, value in similarity.items() if value >= threshold],
            empty=[p for p, s in zip(PERSONAS, (pirate, knight, viking), strict=True) if not s[0]],
        )
    if copies:
        return -0.5 * copies
    return 0.5 if pirate[0] and knight[0] and viking[0] else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class PkvOriginality:
    """Scorer of :data:`originality` (rule: :func:`originality_score`).

    Attributes:
        threshold: similarity from which a section counts as a copy, in (0, 1].
    """

    threshold: float = COPY_THRESHOLD

    def __post_init__(self) -> None:
        """Validate the fields.

        Raises:
            ConfigError: ``threshold`` is not a number in (0, 1].
        """
        threshold: object = self.threshold
        if (
            isinstance(threshold, bool)
            or not isinstance(threshold, (int, float))
            or not 0.0 < threshold <= 1.0
        ):
            msg = f"pkv.originality: threshold must be a number in (0, 1]; got {threshold!r}"
            raise ConfigError(msg)

    def __call__(self, sample: Sample, /) -> float:
        """Score one completion."""
        return originality_score(sample.text, threshold=self.threshold)

    def explain(self, sample: Sample, /) -> tuple[float, dict[str, object]]:
        """The score, each persona pair's similarity and the threshold (docs/structure.md).

        Keys: ``similarity`` (``knight~pirate``, ``viking~pirate``, ``viking~knight``; 0.0
        when either section has no words), ``threshold``, ``copies`` (pairs at or above it),
        ``empty`` (personas whose section has no words).
        """
        trace: dict[str, object] = {}
        return _originality(sample.text, self.threshold, trace), trace
