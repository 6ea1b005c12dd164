"""Tag parsing for structure rewards: rewardkit's linear tag scanner vs lxml's recovering parser.

Both contenders do the same job on the same seeded corpus of PKV competition completions
(complete, tags missing or duplicated, truncated, sections with raw ``<`` and ``&`` as in
``3 < 5``): find the construct's blocks and return each persona's section text.

- ``scanner``: :func:`rewardkit.structure.scan_tags` + :func:`~rewardkit.structure.match_blocks`
  (one regex pass, one stack pass; linear; unknown tags and raw ``<`` are text).
- ``lxml``: ``etree.fromstring("<root>" + text + "</root>", XMLParser(recover=True))`` then
  the text of each persona element (``itertext``).

Run ``python benchmarks/bench_structure.py`` for a table (medians of 7 runs; ratios, as the
absolute figures depend on the machine). Under pytest the ``bench_*`` functions run once with
benchmarking disabled (``--benchmark-disable``) so they cannot rot; ``bench_lxml_is_lossy``
checks the correctness claim the docs make.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable

from lxml import etree

from rewardkit import pkv
from rewardkit.structure import match_blocks, scan_tags

_PARSER = etree.XMLParser(recover=True)

_SENTENCES = (
    "Each hive gives wax for {a} candles.",
    "We divide {b} by {a}, so 3 < 5 & the count is {c}.",
    "Check: {c} x {a} = {b}, which holds since {a} > 0 & {c} > 0.",
    "If x<y then the smaller pile is x; here x = {a}.",
    "The total is {b} candles, AT&T would call it a bargain.",
    "Let me double-check the division: {b}/{a} = {c}.",
)


def _section(rng: random.Random, sentences: int) -> str:
    a, c = rng.randrange(2, 9), rng.randrange(2, 40)
    return " ".join(rng.choice(_SENTENCES).format(a=a, b=a * c, c=c) for _ in range(sentences))


def corpus(n: int = 300, *, seed: int = 0) -> list[str]:
    """Seeded PKV completions: 60% complete, the rest with a defect."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        persona = rng.choice(pkv.PERSONAS)
        text = (
            "<competition>\n"
            f"<pirate>{_section(rng, 6)}</pirate>\n"
            f"<knight>{_section(rng, 6)}</knight>\n"
            f"<viking>{_section(rng, 6)}</viking>\n"
            f"<result>{_section(rng, 2)}\n<winner>{persona}</winner>\n</result>\n"
            f"</competition>\nThe {persona} wins with an answer of {rng.randrange(99)}."
        )
        roll = rng.random()
        if roll < 0.1:
            text = text.replace("</knight>", "", 1)
        elif roll < 0.2:
            text = text.replace("<winner>", "<winner><winner>", 1)
        elif roll < 0.3:
            text = text[: rng.randrange(len(text))]
        elif roll < 0.4:
            text = "Sure! " + text.replace("</result>", "") + "</pirate>"
        texts.append(text)
    return texts


def sections_scanner(text: str) -> dict[str, str]:
    """Persona sections with the linear scanner (the path pkv uses)."""
    blocks, _ = match_blocks(scan_tags(text, pkv.TAG_NAMES))
    sections: dict[str, str] = {}
    for block in blocks:
        if block.name in pkv.PERSONAS and block.name not in sections:
            sections[block.name] = text[block.content_start : block.content_end].strip()
    return sections


def sections_lxml(text: str) -> dict[str, str]:
    """Persona sections with lxml's recovering XML parser."""
    try:
        root = etree.fromstring(f"<root>{text}</root>", _PARSER)
    except etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    sections: dict[str, str] = {}
    for element in root.iter(*pkv.PERSONAS):
        name = str(element.tag)
        if name not in sections:
            sections[name] = "".join(element.itertext()).strip()
    return sections


CONTENDERS: dict[str, Callable[[str], dict[str, str]]] = {
    "scanner": sections_scanner,
    "lxml recover=True": sections_lxml,
}


def _run(fn: Callable[[str], dict[str, str]], texts: list[str]) -> None:
    for text in texts:
        fn(text)


def bench_scanner(benchmark: Callable[..., object]) -> None:
    texts = corpus(50)
    benchmark(_run, sections_scanner, texts)


def bench_lxml(benchmark: Callable[..., object]) -> None:
    texts = corpus(50)
    benchmark(_run, sections_lxml, texts)


def bench_lxml_is_lossy() -> None:
    """The reason the scanner is the default: lxml's recovery rewrites the text."""
    text = "<pirate>Since 3 < 5 & x<y, we need 24.</pirate>"
    assert sections_scanner(text) == {"pirate": "Since 3 < 5 & x<y, we need 24."}
    lossy = sections_lxml(text)["pirate"]
    assert "<" not in lossy
    assert "&" not in lossy
    deep = "<pirate>" * 300 + "x" + "</pirate>" * 300
    assert "x" in sections_scanner(deep)["pirate"]


def _median_us(fn: Callable[[str], dict[str, str]], texts: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _run(fn, texts)
        times.append(time.perf_counter() - start)
    return statistics.median(times) / len(texts) * 1e6


def main() -> int:
    texts = corpus()
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"corpus: {len(texts)} PKV completions, {mean_chars:.0f} chars on average, seed 0")
    scanner_us = _median_us(sections_scanner, texts)
    lxml_us = _median_us(sections_lxml, texts)
    differ = sum(sections_scanner(t) != sections_lxml(t) for t in texts)
    print(f"{'contender':<20} {'us/item':>8} {'ratio':>6}")
    print(f"{'scanner':<20} {scanner_us:>8.1f} {1.0:>6.2f}")
    print(f"{'lxml recover=True':<20} {lxml_us:>8.1f} {lxml_us / scanner_us:>6.2f}")
    print(f"sections that differ between the two: {differ}/{len(texts)}")
    hostile = {
        "1 MB of nesting": "<pirate>" * 130_000,
        "tag soup": "<<pirate>>&<knight</viking>>" * 35_000,
        "1 MB section": f"<pirate>{'3 < 5 & ' * 125_000}</pirate>",
    }
    for name, text in hostile.items():
        row = []
        for fn in (sections_scanner, sections_lxml):
            start = time.perf_counter()
            fn(text)
            row.append((time.perf_counter() - start) * 1e3)
        print(f"{name:<20} scanner {row[0]:7.1f} ms   lxml {row[1]:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
