"""Draw the shaping curves of ``docs/shaping.md`` into ``docs/img/`` (SVG).

Every curve is computed by calling the library's own rewards (through their TRL signature, with
token ids), so the pictures are the rules, not a re-implementation of them. Run from the project
root after changing a rule::

    python docs/scripts/plot_shaping.py            # writes docs/img/shaping-*.svg
    python docs/scripts/plot_shaping.py OUT_DIR    # somewhere else

Needs matplotlib (``pip install rewardkit[plot]``). The SVGs are deterministic (fixed hash salt,
no date), so re-running without a rule change leaves ``git diff`` empty.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl

mpl.use("Agg")
import matplotlib.pyplot as plt

from rewardkit import (
    Reward,
    cosine_scaled,
    kimi_length,
    length_shaped,
    overlong_penalty,
    repetition_penalty,
)
from rewardkit.compose import Ramp, Steps
from rewardkit.extract import has_boxed
from rewardkit.reward import TextScorer

OUT = Path(__file__).resolve().parents[1] / "img"

#: "Correct" for the plots: the completion has a box (the real answer rewards need a gold).
BOXED = Reward(name="boxed", scorer=TextScorer(has_boxed))
RIGHT, WRONG = "\\boxed{1}", "no answer"

mpl.rcParams.update(
    {
        "svg.hashsalt": "rewardkit",
        "svg.fonttype": "none",
        "figure.figsize": (6.4, 3.4),
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "font.size": 10,
    }
)


def _scores(reward: Reward, text: str, lengths: Sequence[int], **columns: object) -> list[float]:
    """The reward of ``text`` at each token length (lengths passed as ``completion_ids``)."""
    values = reward([text] * len(lengths), completion_ids=[[0] * n for n in lengths], **columns)
    return [float("nan") if v is None else v for v in values]


def _save(figure: plt.Figure, out: Path, name: str) -> Path:
    path = out / f"shaping-{name}.svg"
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return path


def plot_overlong(out: Path) -> Path:
    """DAPO's soft overlong punishment, max_length=1000, buffer=200."""
    lengths = list(range(0, 1201, 2))
    figure, axes = plt.subplots()
    axes.plot(lengths, _scores(overlong_penalty(1000, 200), "x", lengths), color="C3")
    axes.axvspan(800, 1000, color="C3", alpha=0.08, label="buffer")
    axes.set(
        title="overlong_penalty(max_length=1000, buffer=200)",
        xlabel="completion length (tokens)",
        ylabel="reward",
        ylim=(-1.1, 0.1),
    )
    axes.legend(loc="lower left")
    return _save(figure, out, "overlong")


def plot_cosine(out: Path) -> Path:
    """The cosine length-scaled reward, max_length=1000, default end values."""
    lengths = list(range(0, 1201, 4))
    reward = cosine_scaled(1000, BOXED)
    figure, axes = plt.subplots()
    axes.plot(lengths, _scores(reward, RIGHT, lengths), label="correct", color="C2")
    axes.plot(lengths, _scores(reward, WRONG, lengths), label="wrong", color="C3")
    axes.axvline(1000, color="grey", linestyle=":", linewidth=1)
    axes.set(
        title="cosine_scaled(max_length=1000)",
        xlabel="completion length (tokens)",
        ylabel="reward",
        ylim=(-1.1, 1.1),
    )
    axes.legend(loc="center right")
    return _save(figure, out, "cosine")


def plot_length_shaped(out: Path) -> Path:
    """length_shaped(target=400, max_length=1000): flat, linear, and the PKV-style [0, 1]."""
    lengths = list(range(0, 1201, 2))
    figure, axes = plt.subplots()
    curves = [
        ("decay='flat'", length_shaped(400, 1000), "C0", "-"),
        ("decay='linear'", length_shaped(400, 1000, decay="linear"), "C1", "--"),
        (
            "decay='linear', end=0.5, overlong=0",
            length_shaped(400, 1000, decay="linear", end=0.5, overlong=0.0),
            "C4",
            ":",
        ),
    ]
    for label, reward, color, style in curves:
        axes.plot(lengths, _scores(reward, "x", lengths), label=label, color=color, ls=style)
    axes.set(
        title="length_shaped(target=400, max_length=1000, ...)",
        xlabel="completion length (tokens)",
        ylabel="reward",
        ylim=(-1.1, 1.1),
    )
    axes.legend(loc="lower left", fontsize=8)
    return _save(figure, out, "length-shaped")


def plot_kimi(out: Path) -> Path:
    """Kimi k1.5's group-relative reward for a group whose lengths span 200..1000 tokens."""
    reward = kimi_length(BOXED)
    group = list(range(200, 1001, 8))
    figure, axes = plt.subplots()
    for text, label, color, style in ((RIGHT, "correct", "C2", "-"), (WRONG, "wrong", "C3", "--")):
        scores = reward(
            [text] * len(group),
            prompts=["p"] * len(group),
            completion_ids=[[0] * n for n in group],
        )
        axes.plot(group, scores, label=label, color=color, ls=style)
    axes.set(
        title="kimi_length: one group, shortest 200 and longest 1000 tokens",
        xlabel="completion length (tokens)",
        ylabel="reward",
        ylim=(-0.6, 0.6),
    )
    axes.legend(loc="lower left")
    return _save(figure, out, "kimi")


def plot_repetition(out: Path) -> Path:
    """repetition_penalty on 60 distinct words followed by k copies of a 10-word sentence."""
    intro = " ".join(f"w{i}" for i in range(60))
    loop = " ".join(f"loop{i}" for i in range(10))
    copies = list(range(31))
    texts = [intro + (" " + loop) * k for k in copies]
    figure, axes = plt.subplots()
    for ngram, color in ((1, "C0"), (3, "C1"), (10, "C2")):
        axes.plot(copies, repetition_penalty(ngram=ngram)(texts), label=f"ngram={ngram}", c=color)
    axes.set(
        title="repetition_penalty: 60 distinct words + k repeats of a sentence",
        xlabel="k (copies of a 10-word sentence)",
        ylabel="reward",
        ylim=(-1.05, 0.05),
    )
    axes.legend(loc="upper right")
    return _save(figure, out, "repetition")


def plot_schedules(out: Path) -> Path:
    """The built-in schedules: a Ramp and Steps over 0..1000 training steps."""
    steps = list(range(0, 1001, 5))
    ramp = Ramp(start_step=100, end_step=600)
    stairs = Steps(boundaries=(300, 700), values=(0.0, 0.5, 1.0))
    figure, axes = plt.subplots()
    axes.plot(steps, [ramp(s) for s in steps], label="Ramp(start_step=100, end_step=600)")
    axes.plot(steps, [stairs(s) for s in steps], label="Steps((300, 700), (0, 0.5, 1))", ls="--")
    axes.set(
        title="schedule(reward, fn): the factor fn(global_step)",
        xlabel="trainer_state.global_step",
        ylabel="factor",
        ylim=(-0.05, 1.05),
    )
    axes.legend(loc="lower right", fontsize=8)
    return _save(figure, out, "schedules")


PLOTS = (plot_overlong, plot_cosine, plot_length_shaped, plot_kimi, plot_repetition, plot_schedules)


def main(argv: Sequence[str] = ()) -> list[Path]:
    """Write every plot into ``argv[0]`` (default ``docs/img``) and return their paths."""
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    return [plot(out) for plot in PLOTS]


if __name__ == "__main__":
    for written in main(sys.argv[1:]):
        print(written)
