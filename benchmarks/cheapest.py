"""The cheapest text that earns the maximum of ``reflection`` and ``cognitive_behaviors``.

A small search over candidate texts.

Each candidate family builds texts of growing size from a generator (filler numbering, repeated
phrases, lorem ipsum, copied problem text, word salad of grammatical words, arithmetic drills,
genuine short reasoning); for each family the search finds the fewest visible (non-whitespace)
characters that score 1.0, or reports the best score it reaches. Run
``python benchmarks/cheapest.py``; docs/reflection.md quotes its output.
"""

from __future__ import annotations

from collections.abc import Callable

from rewardkit import cognitive_behaviors, reflection_score

PHRASES = ("Wait,", "Let me double-check:", "Hold on,")
PROBLEM = (
    "Find the smallest positive integer n such that n cubed exceeds 200",
    "A rectangle has perimeter 30 and area 56",
    "How many positive divisors does 3600 have",
    "Compute the sum of the first twenty odd numbers",
)
LOREM = [
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
]


def filler_numbering(n: int) -> str:
    head = " ".join(f"{p} {3 * i + 1} {3 * i + 2} {3 * i + 3}." for i, p in enumerate(PHRASES))
    return head + " " + " ".join(f"{i}." for i in range(10, 10 + n))


def repeated_phrases(n: int) -> str:
    return "The answer is 6. " + "But wait, let me double-check: x = 6. " * n


def lorem_ipsum(n: int) -> str:
    words = [LOREM[(i * 7) % len(LOREM)] + str(i // len(LOREM)) for i in range(n * 4)]
    sentences = [" ".join(words[i : i + 4]) + "." for i in range(0, len(words), 4)]
    return " ".join(f"{PHRASES[i % 3]} {s}" if i < 3 else s for i, s in enumerate(sentences))


def copied_problem(n: int) -> str:
    return " ".join(f"{PHRASES[i % 3]} {PROBLEM[0]}." for i in range(n))


def copied_problems(n: int) -> str:
    head = " ".join(f"{p} {q}." for p, q in zip(PHRASES, PROBLEM, strict=False))
    return head + " " + " ".join(f"{PROBLEM[i % 4]} ({i})." for i in range(n))


def grammar_salad(n: int) -> str:
    """Three distinct words with grammar after each phrase, then numbered word salads."""
    head = "Wait, it is red. Let me double-check: we saw blue. Hold on, so the cat."
    return head + " " + " ".join(f"It is x{i}." for i in range(n))


def arithmetic_drill(n: int) -> str:
    """The cheapest mathematical statements: ``a+b=c`` after each phrase and as reasoning."""
    head = "Wait, 1+1=2. Let me double-check: 2*3=6. Hold on, 9-5=4."
    return head + " " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


def genuine(n: int) -> str:
    """Short real reasoning with three real reflections (n unused beyond a minimum)."""
    steps = [
        "We need the smallest n with n^3 > 200.",
        "Since 5^3 = 125 and 6^3 = 216, n = 6.",
        "Wait, check 6^3 again: 6 * 36 = 216, which is above 200.",
        "Let me double-check the smaller one: 5 * 25 = 125 < 200.",
        "Hold on, the problem asks for a positive integer, and 6 is one.",
        "So the answer is 6.",
    ]
    return " ".join(steps[: max(1, min(n, len(steps)))])


FAMILIES: dict[str, Callable[[int], str]] = {
    "filler numbering": filler_numbering,
    "repeated phrases": repeated_phrases,
    "lorem ipsum": lorem_ipsum,
    "copied problem text": copied_problem,
    "copied problem sentences": copied_problems,
    "grammar-word salad": grammar_salad,
    "arithmetic drill": arithmetic_drill,
    "genuine short reasoning": genuine,
}


#: Two phrases of each behaviour, in the order verification, backtracking, subgoal setting,
#: backward chaining (each is one match of :func:`rewardkit.behaviors`).
BEHAVIOUR_PHRASES = (
    "Let me verify this by plugging in:",
    "This works:",
    "I made a mistake:",
    "Scrap that:",
    "First, we need to find",
    "We will do this in two parts:",
    "Working backwards from the target:",
    "Working backwards from 4:",
)


def behaviours_numbering(n: int) -> str:
    """The old cheapest maximum: each phrase then three numbers, then one-number sentences."""
    head = " ".join(f"{p} {i} {i} {i}." for i, p in enumerate(BEHAVIOUR_PHRASES, 1))
    return head + " " + " ".join(f"{i}." for i in range(10, 10 + n))


def behaviours_repeated(n: int) -> str:
    """The eight phrases, each with a real follow-up, pasted ``n`` times."""
    block = " ".join(f"{p} x + {i} = {i + 5}." for i, p in enumerate(BEHAVIOUR_PHRASES))
    return " ".join([block] * n)


def behaviours_lorem(n: int) -> str:
    words = [LOREM[(i * 7) % len(LOREM)] + str(i // len(LOREM)) for i in range(n * 4)]
    sentences = [" ".join(words[i : i + 4]) + "." for i in range(0, len(words), 4)]
    return " ".join(
        f"{BEHAVIOUR_PHRASES[i]} {s}" if i < len(BEHAVIOUR_PHRASES) else s
        for i, s in enumerate(sentences)
    )


_SHORT = ("it is red", "we saw blue", "so the cat", "then a dog", "it was big", "and the sun")


def behaviours_grammar_salad(n: int) -> str:
    """Distinct three-word sentences with a grammatical word after each phrase, then more."""
    colours = [*_SHORT, "this is odd", "that is even"]
    head = " ".join(f"{p} {c}." for p, c in zip(BEHAVIOUR_PHRASES, colours, strict=True))
    return head + " " + " ".join(f"It is x{i}." for i in range(n))


def behaviours_near_identical(n: int) -> str:
    """``x = 1``, ``x = 2``, ... after the phrases: one follow-up shape, then a drill."""
    head = " ".join(f"{p} x = {i}." for i, p in enumerate(BEHAVIOUR_PHRASES, 1))
    return head + " " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


def behaviours_drill(n: int) -> str:
    """The cheapest distinct mathematical statements: ``a+1=2``, ``b+1=2``, ..., then a drill."""
    head = " ".join(f"{p} {v}+1=2." for p, v in zip(BEHAVIOUR_PHRASES, "abcdefgh", strict=True))
    return head + " " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


def behaviours_genuine(n: int) -> str:
    """Short real Countdown reasoning (target 24 from 3, 5, 6, 8) with the four behaviours."""
    steps = [
        "First, we need to find two numbers whose product is 24.",
        "Working backwards from the target: 24 = 3 * 8, so the rest must make 1.",
        "Let me verify this by plugging in: 6 - 5 = 1 and 3 * 8 * 1 = 24.",
        "This works: every number is used once.",
        "I made a mistake: the rule says we use each number exactly once with + - * /.",
        "Scrap that reading, since 3 * 8 * (6 - 5) still uses each one once.",
        "We will do this in two parts: the product 24, then the factor 1.",
        "Working backwards from 1, it must be 6 - 5, and nothing else is left.",
    ]
    return " ".join(steps[: max(1, min(n, len(steps)))])


COGNITIVE_FAMILIES: dict[str, Callable[[int], str]] = {
    "numbered filler (old cheapest)": behaviours_numbering,
    "phrase block pasted": behaviours_repeated,
    "lorem ipsum": behaviours_lorem,
    "grammar-word salad": behaviours_grammar_salad,
    "near-identical follow-ups": behaviours_near_identical,
    "distinct arithmetic drill": behaviours_drill,
    "genuine short reasoning": behaviours_genuine,
}


#: A Countdown row the reward reads (the target out of reach: every attempt misses it).
COUNTDOWN_ROW: dict[str, object] = {"target": 100, "nums": [2, 3, 4]}
#: Three short attempts from the row's numbers, each starting again: two unworded backtracking
#: events.
ATTEMPTS = "2+3=5. 2*3=6. 3-2=1."


def _without_backtracking(follow: str) -> str:
    verify, subgoal, backward = (
        BEHAVIOUR_PHRASES[0:2],
        BEHAVIOUR_PHRASES[4:6],
        BEHAVIOUR_PHRASES[6:8],
    )
    phrases = (*verify, *subgoal, *backward)
    return " ".join(f"{p} {v}+1=2." for p, v in zip(phrases, follow, strict=True))


def countdown_attempts_drill(n: int) -> str:
    """The drill, its two backtracking phrases replaced by unworded attempts (the row's numbers)."""
    head = _without_backtracking("abcdef")
    return f"{head} {ATTEMPTS} " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


def countdown_attempts_first(n: int) -> str:
    """The same, the attempts first (before any phrase)."""
    head = _without_backtracking("abcdef")
    return f"{ATTEMPTS} {head} " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


def shortest_backtracking_phrases(n: int) -> str:
    """The drill with the shortest backtracking phrases (``Oops:``, ``Plan B:``)."""
    phrases = (*BEHAVIOUR_PHRASES[:2], "Oops:", "Plan B:", *BEHAVIOUR_PHRASES[4:])
    head = " ".join(f"{p} {v}+1=2." for p, v in zip(phrases, "abcdefgh", strict=True))
    return head + " " + " ".join(f"{i}+1={i + 1}." for i in range(10, 10 + n))


COUNTDOWN_FAMILIES: dict[str, Callable[[int], str]] = {
    "distinct arithmetic drill (as above)": behaviours_drill,
    "drill, shortest backtracking phrases": shortest_backtracking_phrases,
    "drill, backtracking as unworded attempts": countdown_attempts_drill,
    "the same, attempts first": countdown_attempts_first,
}


def cognitive_score(text: str) -> float:
    return cognitive_behaviors().score(text) or 0.0  # never None: it scores every text


def countdown_score(text: str) -> float:
    """``cognitive_behaviors`` with the Countdown row (its target and numbers known)."""
    return cognitive_behaviors().score(text, **COUNTDOWN_ROW) or 0.0


def visible(text: str) -> int:
    return sum(not char.isspace() for char in text)


def cheapest(
    build: Callable[[int], str],
    *,
    largest: int = 400,
    score_text: Callable[[str], float] = reflection_score,
) -> tuple[float, int, str]:
    """(best score, visible characters of the cheapest text reaching it, that text)."""
    best = (-1.0, 0, "")
    for n in range(1, largest + 1):
        text = build(n)
        score = score_text(text)
        if score > best[0] + 1e-12 or (abs(score - best[0]) <= 1e-12 and visible(text) < best[1]):
            best = (score, visible(text), text)
    return best


def main() -> None:
    for title, families, score_text in (
        ("reflection", FAMILIES, reflection_score),
        ("cognitive_behaviors", COGNITIVE_FAMILIES, cognitive_score),
        ("cognitive_behaviors with a Countdown row", COUNTDOWN_FAMILIES, countdown_score),
    ):
        print(title)
        for name, build in families.items():
            score, chars, text = cheapest(build, score_text=score_text)
            shown = text if len(text) <= 160 else text[:120] + " ... " + text[-30:]
            print(f"  {name:30s} best {score:.3f} at {chars:4d} visible chars: {shown!r}")


if __name__ == "__main__":
    main()
