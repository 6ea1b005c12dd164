"""Choose each behaviour pattern's prefilter hint by measurement (``(?#prefilter:N)``).

The hyperscan prefilter of a behaviour pattern (``rewardkit.reflect.cognitive``) keeps the
pattern's last ``N`` required items (three by default; ``N!`` also drops leading items that are
not frequent words): every match of the pattern ends where a match of that rest ends, so any
``N`` is sound. A shorter rest is a smaller automaton that frequent words trigger less often,
but it reports more ends, each searched by the exact pattern. This tool measures, per
pattern, every choice of ``N`` and ``!`` on a corpus: the pattern's own prefilter scan (CPU time
per text, best of 3, minus an empty database's) plus its confirmations around the reported ends
(as ``_behavior_hits`` searches them), and prints the choices that cost at least 10% less than
the current one. The developer writes them into ``rewardkit/keywords.py``; then
``tests/test_behaviours.py`` checks each hint keeps every match end
(``test_prefilter_hints_change_the_strip_and_keep_every_match_end``) and that the whole
database reports what each pattern's own database reports on the real completions (a hyperscan
fault met once: ``test_the_whole_prefilter_reports_what_each_pattern_reports_on_real_text``;
when it fails, keep the old hint of the pattern it names).

The corpus is the MATH-500 completions of ``../shared/data`` outside 2,500-3,100 characters
(those are ``bench_reflection.py --sizes 2500 3100``'s: the speed is measured on texts the
choice never saw) plus GSM8K solutions; without the data, generated solutions. Needs
hyperscan. Run: ``python benchmarks/tune_prefilter.py [--texts 320]``. Used in the eighth
session: 47 hints changed, docs/reflection.md "Speed", round 6.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from rewardkit.keywords import BEHAVIOR_PATTERNS  # noqa: E402
from rewardkit.reflect import cognitive, scan  # noqa: E402
from rewardkit.text import lower, normalize  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


@dataclass(frozen=True)
class Choice:
    """One pattern's measured prefilter choice: ``hint`` is ``"N"``, ``"N!"`` or ``""``."""

    index: int
    behavior: str
    hint: str
    scan_us: float
    confirm_us: float
    ends_per_text: float

    @property
    def cost_us(self) -> float:
        """Scan plus confirmations, CPU µs per text."""
        return self.scan_us + self.confirm_us


def corpus(n: int, seed: int = 1) -> list[str]:
    """Lowercased texts to tune on (real when the shared data is there, else generated)."""
    rng = random.Random(seed)
    texts: list[str] = []
    math500 = DATA / "math500_generations.jsonl"
    if math500.exists():
        with math500.open(encoding="utf-8") as handle:
            rows = [json.loads(line)["completion"] for line in handle if line.strip()]
        rows = [t for t in rows if not 2500 <= len(t) <= 3100 and len(t) < 8000]
        rng.shuffle(rows)
        texts += rows[: n * 4 // 5]
        gsm8k = DATA / "gsm8k_model_solutions.jsonl"
        if gsm8k.exists():
            with gsm8k.open(encoding="utf-8") as handle:
                solutions = [json.loads(line)["completion"] for line in handle if line.strip()]
            rng.shuffle(solutions)
            texts += solutions[: n - len(texts)]
    else:
        sentence = "let me check this so the answer is 12, which is too big. we need 24 first"
        words = sentence.split(" ")
        texts = [" ".join(rng.choice(words) for _ in range(300)) + "." for _ in range(n)]
    return [lower(normalize(text)) for text in texts]


def _hyperscan() -> Any:
    import hyperscan

    return hyperscan


def _scan_cost(source: bytes, data: list[bytes]) -> tuple[float, list[list[int]]] | None:
    """CPU µs per text of a database of ``source`` alone, and the ends it reports per text."""
    hs = _hyperscan()
    database = hs.Database()
    try:
        database.compile(
            expressions=[source],
            ids=[0],
            elements=1,
            flags=[hs.HS_FLAG_PREFILTER | hs.HS_FLAG_ALLOWEMPTY],
        )
    except hs.error:
        return None
    scratch = hs.Scratch(database)
    total, ends = 0, []
    found: list[int] = []

    def on_match(*match: object) -> None:
        found.append(match[2])  # type: ignore[arg-type]

    for text in data:
        best = 1 << 62
        for _ in range(3):
            found.clear()
            start = time.process_time_ns()
            database.scan(text, match_event_handler=on_match, scratch=scratch)
            best = min(best, time.process_time_ns() - start)
        total += best
        ends.append(list(found))
    return total / len(data) / 1000, ends


def _confirm_cost(
    index: int, lows: list[str], ends: list[list[int]]
) -> tuple[float, list[tuple[tuple[int, int], ...]]]:
    """CPU µs per text of the exact pattern's searches around ``ends``, and what they find.

    The searches are ``_behavior_hits``' own (``cognitive._confirmed_near``).
    """
    pattern = cognitive._flat_table()[index][2]
    total, found = 0, []
    for low, at in zip(lows, ends, strict=True):
        if not at:
            found.append(())
            continue
        best, spans = 1 << 62, []
        for _ in range(3):
            start = time.process_time_ns()
            spans = cognitive._confirmed_near(pattern, low, at)
            best = min(best, time.process_time_ns() - start)
        total += best
        found.append(tuple(spans))
    return total / len(lows) / 1000, found


def candidates(source: str) -> dict[str, bytes]:
    """Every distinct prefilter source of a pattern, by hint (``""``: the default strip)."""
    hint = cognitive._PREFILTER_HINT.match(source)
    body = source[hint.end() :] if hint else source
    widened = cognitive._widen(cognitive._behavior_source(body, "['`]?"))
    out: dict[str, bytes] = {}
    default = scan.ascii_regex(scan.strip_leading(widened))
    if default is not None:
        out[""] = default
    for force in (False, True):
        for anchors in range(1, 7):
            prefilter = scan.ascii_regex(scan.strip_leading(widened, anchors, force=force))
            if prefilter is not None and prefilter not in out.values():
                out[f"{anchors}{'!' if force else ''}"] = prefilter
    return out


def tune(lows: list[str], indexes: list[int] | None = None) -> list[tuple[Choice, Choice]]:
    """Per pattern whose best choice costs at least 10% less: (current, best)."""
    data = [scan.stand_in(low) for low in lows]
    empty = _scan_cost(b"qqqqzzzzqqqq", data)
    base = empty[0] if empty else 0.0
    sources = [source for name in cognitive.BEHAVIORS for _, source in BEHAVIOR_PATTERNS[name]]
    behaviors = [name for name in cognitive.BEHAVIORS for _ in BEHAVIOR_PATTERNS[name]]
    current = cognitive._pattern_scan().sources
    proposals = []
    for index in indexes if indexes is not None else range(len(sources)):
        if current[index] is None:
            continue
        hint = cognitive._PREFILTER_HINT.match(sources[index])
        now = f"{hint.group(1)}{hint.group(2)}" if hint else ""
        measured: dict[str, Choice] = {}
        reference = None
        options = candidates(sources[index])
        options.setdefault(now, current[index])  # type: ignore[arg-type]
        for key, prefilter in options.items():
            cost = _scan_cost(prefilter, data)
            if cost is None:
                continue
            confirm, found = _confirm_cost(index, lows, cost[1])
            if reference is None:
                reference = found
            if found != reference:  # never: every choice is sound; a guard on the tool itself
                message = f"pattern {index}: hint {key!r} finds other matches"
                raise AssertionError(message)
            ends = sum(map(len, cost[1])) / len(lows)
            measured[key] = Choice(index, behaviors[index], key, cost[0] - base, confirm, ends)
        best = min(measured.values(), key=lambda choice: choice.cost_us)
        old = measured[now]
        cheaper = best.cost_us < 0.9 * old.cost_us and old.cost_us - best.cost_us > 0.15
        if best.hint != now and cheaper:
            proposals.append((old, best))
    return proposals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=320, help="corpus size (default 320)")
    args = parser.parse_args(argv)
    if not scan.fast_backend():
        print("hyperscan is not installed: there is no prefilter to tune", file=sys.stderr)
        return 1
    lows = corpus(args.texts)
    proposals = tune(lows)
    print(f"{len(proposals)} patterns to change (CPU µs per text: scan + confirmations)")
    for old, best in proposals:
        print(
            f"pattern {old.index:3d} {old.behavior:18s} hint {old.hint or '-':>3s} -> "
            f"{best.hint or '(none)':>6s}: {old.cost_us:5.2f} -> {best.cost_us:5.2f} µs "
            f"(ends per text {old.ends_per_text:.2f} -> {best.ends_per_text:.2f})"
        )
    before = sum(old.cost_us for old, _ in proposals)
    after = sum(best.cost_us for _, best in proposals)
    print(f"these patterns alone: {before:.1f} -> {after:.1f} µs per text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
