"""The cheapest text that earns ``reflection``'s maximum: a small search over candidate texts.

Each candidate family builds texts of growing size from a generator (filler numbering, repeated
phrases, lorem ipsum, copied problem text, word salad of grammatical words, arithmetic drills,
genuine short reasoning); for each family the search finds the fewest visible (non-whitespace)
characters that score 1.0, or reports the best score it reaches. Run
``python benchmarks/cheapest.py``; docs/reflection.md quotes its output.
"""

from __future__ import annotations

from collections.abc import Callable

from rewardkit import reflection_score

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


def visible(text: str) -> int:
    return sum(not char.isspace() for char in text)


def cheapest(build: Callable[[int], str], *, largest: int = 400) -> tuple[float, int, str]:
    """(best score, visible characters of the cheapest text reaching it, that text)."""
    best = (-1.0, 0, "")
    for n in range(1, largest + 1):
        text = build(n)
        score = reflection_score(text)
        if score > best[0] + 1e-12 or (abs(score - best[0]) <= 1e-12 and visible(text) < best[1]):
            best = (score, visible(text), text)
    return best


def main() -> None:
    for name, build in FAMILIES.items():
        score, chars, text = cheapest(build)
        shown = text if len(text) <= 160 else text[:120] + " ... " + text[-30:]
        print(f"{name:26s} best {score:.3f} at {chars:4d} visible chars: {shown!r}")


if __name__ == "__main__":
    main()
