"""Compare every answer verdict of two rewardkit trees on the real corpora (issue 18's check).

A speed change must not change a verdict. This script scores, in one fresh process per tree,
the 2,500 MATH-500 completions, the 5,276 GSM8K solutions and the generated GRPO batch with
``boxed_correct``, ``answer_correct`` and ``gsm8k_correct`` (the gold as the answer column and
as the full solution; in batches of 128, one completion at a time, and through ``explain``
with its details), ``boxed_number``, ``presets.as_reward(aha_grpo())``, and the extraction
functions (``extract_boxed``, ``extract_answer_with_source``, ``has_hedged_boxes``,
``has_hedge_after_box``, ``extract_final_boxes``), then reports the series that differ::

    python benchmarks/compare_verdicts.py --baseline ../main/src

Exit status 1 when a value differs. Needs ``../shared/data`` (the real corpora).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
BATCH = 128


def dump(path: Path) -> None:
    """Write every verdict of this process's rewardkit to ``path`` (JSON)."""
    sys.path.insert(0, str(HERE))
    from corpus import data_dir, grpo_batch, load_gsm8k, load_math500
    from rewardkit import answer_correct, boxed_correct, boxed_number, presets
    from rewardkit.extract import (
        extract_answer_with_source,
        extract_boxed,
        extract_final_boxes,
        has_hedge_after_box,
        has_hedged_boxes,
    )
    from rewardkit.tasks import gsm8k_correct

    folder = data_dir()
    if folder is None:
        sys.exit("compare_verdicts: ../shared/data is not present")
    corpora = {"grpo": grpo_batch(128).items}
    for name, loaded in (("math500", load_math500(folder)), ("gsm8k", load_gsm8k(folder))):
        if loaded is not None:
            corpora[name] = loaded.items

    def batched(
        reward: Callable[..., list[object]], texts: Sequence[str], golds: Sequence[object]
    ) -> list[object]:
        out: list[object] = []
        for start in range(0, len(texts), BATCH):
            out += reward(texts[start : start + BATCH], answer=golds[start : start + BATCH])
        return out

    series: dict[str, list[object]] = {}
    for corpus, items in corpora.items():
        texts = [item.completion for item in items]
        for column in ("gold", "solution"):
            golds = [getattr(item, column) for item in items]
            for name, reward in (
                ("boxed_correct", boxed_correct),
                ("answer_correct", answer_correct),
                ("gsm8k_correct", gsm8k_correct),
            ):
                key = f"{corpus}/{column}/{name}"
                series[f"{key}/batch"] = batched(reward, texts, golds)
                series[f"{key}/single"] = [
                    reward.score(text, answer=gold) for text, gold in zip(texts, golds, strict=True)
                ]
                explained = [
                    reward.explain(text, answer=gold)
                    for text, gold in zip(texts, golds, strict=True)
                ]
                series[f"{key}/explain"] = [
                    [e.score, repr(sorted(e.details.items()))] for e in explained
                ]
        series[f"{corpus}/boxed_number"] = batched(boxed_number, texts, [None] * len(texts))
        combined = presets.as_reward(presets.aha_grpo())
        series[f"{corpus}/aha_grpo"] = batched(combined, texts, [item.gold for item in items])
        series[f"{corpus}/extraction"] = [
            [
                extract_boxed(text),
                list(extract_answer_with_source(text)),
                has_hedged_boxes(text),
                has_hedge_after_box(text),
                extract_final_boxes(text),
            ]
            for text in texts
        ]
    path.write_text(json.dumps(series), encoding="utf-8")


def _run(src: Path, out: Path) -> dict[str, list[object]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, __file__, "--dump", str(out)], env=env, check=True)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def main() -> int:
    """Dump both trees' verdicts and print the series that differ."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=False, help="src folder to compare")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump is not None:
        dump(args.dump)
        return 0
    if args.baseline is None:
        parser.error("--baseline SRC is required")
    with tempfile.TemporaryDirectory() as folder:
        mine = _run(SRC, Path(folder) / "this.json")
        theirs = _run(args.baseline.resolve(), Path(folder) / "baseline.json")
    differing = 0
    for key in sorted(set(mine) | set(theirs)):
        left, right = mine.get(key), theirs.get(key)
        if left != right:
            differing += 1
            rows = [
                k for k, (a, b) in enumerate(zip(left or [], right or [], strict=False)) if a != b
            ]
            print(f"{key}: {len(rows)} differ, first rows {rows[:5]}")
    values = sum(len(v) for v in mine.values())
    print(f"{differing} of {len(mine)} series differ ({values:,} values compared)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
