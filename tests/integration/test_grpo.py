"""A real TRL GRPOTrainer run with rewardkit rewards (``nox -s integration``).

Skipped unless torch, trl, transformers, datasets and tokenizers are installed, so the ordinary
test session stays light. No download: the policy is a tiny randomly initialised Qwen2 built from
a config and the tokenizer is a word-level vocabulary trained here, so every run is offline
(``HF_HUB_OFFLINE=1``) and takes seconds on a CPU.

What is checked, for the standard (string) and the conversational (message list) formats:

- each reward is called with the dataset's gold column, row-aligned with the prompts (a reward
  scores 1.0 only when the gold it receives is the one of the prompt it is scoring);
- each reward is logged under its own name (``rewards/<name>/mean``), and the values TRL logged
  are what calling the reward directly on the logged completions gives;
- the presets work end to end (``reward_funcs`` + ``GRPOConfig(reward_weights=...)``);
- a rewardkit reward works from TRL's asynchronous reward path.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

torch = pytest.importorskip("torch")
trl = pytest.importorskip("trl")
transformers = pytest.importorskip("transformers")
datasets = pytest.importorskip("datasets")
tokenizers = pytest.importorskip("tokenizers")

from rewardkit.reward import GoldScorer, Reward, Sample  # noqa: E402

pytestmark = [
    pytest.mark.integration,
    # transformers 5 renames gradient checkpointing; TRL still uses the old names.
    pytest.mark.filterwarnings("ignore:`gradient_checkpointing:FutureWarning"),
    pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing:FutureWarning"),
    pytest.mark.filterwarnings("ignore::FutureWarning:transformers"),
]

#: The sentences the word-level tokenizer is trained on: a few words every reward reacts to.
CORPUS = (
    "what is 1 + 1 ? what is 2 + 2 ? what is 3 + 3 ? what is 4 + 4 ?",
    "the answer is \\boxed{2} \\boxed{4} \\boxed{6} \\boxed{8} 2 4 6 8",
    "wait , let me check again . aha ! i made a mistake . verify the step",
    "<think> </think> <answer> </answer> so therefore",
)
SPECIAL = ("<unk>", "<pad>", "<eos>", "<|system|>", "<|user|>", "<|assistant|>")
CHAT_TEMPLATE = (
    "{% for message in messages %}<|{{ message['role'] }}|> {{ message['content'] }} "
    "{% endfor %}{% if add_generation_prompt %}<|assistant|> {% endif %}"
)
PROMPTS = {f"what is {n} + {n} ?": str(2 * n) for n in (1, 2, 3, 4)}


def _tokenizer() -> Any:
    """A word-level tokenizer trained on :data:`CORPUS`, with a chat template."""
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordLevel(unk_token="<unk>"))
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.WhitespaceSplit()
    trainer = tokenizers.trainers.WordLevelTrainer(special_tokens=list(SPECIAL))
    tokenizer.train_from_iterator(CORPUS, trainer)
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="<unk>", pad_token="<pad>", eos_token="<eos>"
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


def _model(tokenizer: Any) -> Any:
    """A 2-layer Qwen2 with hidden size 32, randomly initialised (seeded)."""
    torch.manual_seed(0)
    config = transformers.Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=128,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=True,
    )
    return transformers.Qwen2ForCausalLM(config)


def _dataset(conversational: bool, gold: str = "answer") -> Any:
    prompts = list(PROMPTS)
    return datasets.Dataset.from_dict(
        {
            "prompt": [
                [{"role": "user", "content": prompt}] if conversational else prompt
                for prompt in prompts
            ],
            gold: [PROMPTS[prompt] for prompt in prompts],
            "question": prompts,
            "nums": [[int(PROMPTS[prompt]) // 2] * 2 for prompt in prompts],
            "target": [int(PROMPTS[prompt]) for prompt in prompts],
        }
    )


def _train(
    tmp_path: Path,
    reward_funcs: Sequence[Any],
    *,
    conversational: bool = False,
    gold: str = "answer",
    reward_weights: Sequence[float] | None = None,
) -> Any:
    """Train for 2 steps of 4 completions of one prompt each; return the trainer."""
    tokenizer = _tokenizer()
    config = trl.GRPOConfig(
        output_dir=str(tmp_path),
        per_device_train_batch_size=4,
        num_generations=4,
        max_completion_length=12,
        max_steps=2,
        logging_steps=1,
        learning_rate=1e-3,
        report_to="none",
        use_cpu=True,
        bf16=False,
        save_strategy="no",
        seed=0,
        reward_weights=None if reward_weights is None else list(reward_weights),
        disable_tqdm=True,
    )
    trainer = trl.GRPOTrainer(
        model=_model(tokenizer),
        reward_funcs=list(reward_funcs),
        args=config,
        train_dataset=_dataset(conversational, gold),
        processing_class=tokenizer,
    )
    trainer.train()
    return trainer


def _logged_steps(trainer: Any) -> list[dict[str, float]]:
    return [entry for entry in trainer.state.log_history if "loss" in entry]


def _prompt_number(prompt: str | None) -> str | None:
    match = re.search(r"what is (\d+) \+ \1 \?", prompt or "")
    return None if match is None else str(2 * int(match.group(1)))


@dataclass(frozen=True, slots=True, kw_only=True)
class _GoldOfThisPrompt:
    """1.0 when the gold the reward received is the gold of the prompt it is scoring."""

    def __call__(self, sample: Sample, /) -> float:
        return float(sample.gold is not None and sample.gold == _prompt_number(sample.prompt))


def _gold_value(text: str, gold: str) -> float:
    """The gold answer as a number: its logged mean is the mean of the golds TRL passed."""
    del text
    return float(gold)


@dataclass(frozen=True, slots=True, kw_only=True)
class _TokenCount:
    """The number of completion token ids the reward received."""

    def __call__(self, sample: Sample, /) -> float | None:
        return None if sample.completion_ids is None else float(len(sample.completion_ids))


TOKEN_COUNT = Reward(name="token_count", scorer=_TokenCount(), upper=1e6)
GOLD_OF_THIS_PROMPT = Reward(
    name="gold_of_this_prompt", scorer=_GoldOfThisPrompt(), gold=("answer", "solution")
)
GOLD_VALUE = Reward(name="gold_value", scorer=GoldScorer(_gold_value), gold=("answer",), upper=8)


def _library_rewards() -> list[Reward]:
    """Every ready reward the library exports (top level and ``pkv``) that this dataset feeds."""
    import rewardkit

    modules = [rewardkit]
    try:
        from rewardkit import pkv

        modules.append(pkv)
    except ImportError:
        pass
    columns = {"answer", "question", "nums", "target"}
    found: dict[str, Reward] = {}
    for module in modules:
        for name in getattr(module, "__all__", ()):
            reward = getattr(module, name, None)
            if (
                isinstance(reward, Reward)
                and set(reward.requires) <= columns
                and (not reward.gold or "answer" in reward.gold)
            ):
                found[reward.name] = reward
    return list(found.values())


def _assert_logged_like_direct_calls(trainer: Any, rewards: Sequence[Reward]) -> None:
    """TRL's logged per-completion rewards (last step) equal calling each reward directly."""
    logs = trainer._logs  # TRL keeps its completions table here
    prompts = list(logs["prompt"])
    completions = list(logs["completion"])
    assert len(completions) == 4  # TRL keeps the completions of the last logged step
    from rewardkit.text import prompt_text

    questions = [prompt_text(prompt).strip() for prompt in prompts]
    golds = [PROMPTS[question] for question in questions]
    columns = {
        "answer": golds,
        "question": questions,
        "nums": [[int(gold) // 2] * 2 for gold in golds],
        "target": [int(gold) for gold in golds],
    }
    for reward in rewards:
        logged = list(logs["rewards"][reward.name])
        direct = reward(completions, prompts=prompts, **columns)
        assert len(logged) == len(direct)
        for got, want in zip(logged, direct, strict=True):
            if want is None:
                assert math.isnan(got)
            else:
                assert got == pytest.approx(want, abs=1e-6), reward.name


@pytest.mark.parametrize("conversational", [False, True], ids=["standard", "conversational"])
def test_rewards_get_gold_column_and_log_under_their_names(tmp_path, conversational):
    library = _library_rewards()
    assert {"boxed_correct", "aha", "think_format"} <= {reward.name for reward in library}
    rewards = [GOLD_OF_THIS_PROMPT, GOLD_VALUE, *library]
    trainer = _train(tmp_path, rewards, conversational=conversational)
    steps = _logged_steps(trainer)
    assert len(steps) == 2
    for step in steps:
        for reward in rewards:
            assert f"rewards/{reward.name}/mean" in step, reward.name
            assert reward.lower <= step[f"rewards/{reward.name}/mean"] <= reward.upper
        # every completion was scored against the gold of its own prompt
        assert step["rewards/gold_of_this_prompt/mean"] == 1.0
        assert step["rewards/gold_value/mean"] in {2.0, 4.0, 6.0, 8.0}
    _assert_logged_like_direct_calls(trainer, rewards)


def test_gold_column_fallback_to_solution(tmp_path):
    trainer = _train(tmp_path, [GOLD_OF_THIS_PROMPT], gold="solution")
    assert [step["rewards/gold_of_this_prompt/mean"] for step in _logged_steps(trainer)] == [
        1.0,
        1.0,
    ]


def test_missing_gold_column_fails_loudly(tmp_path):
    from rewardkit.errors import ConfigError

    with pytest.raises(ConfigError, match=r"gold_value: no gold column: expected one of 'answer'"):
        _train(tmp_path, [GOLD_VALUE], gold="label")


class _AsyncReward:
    """Run a rewardkit reward from TRL's asynchronous reward path (in a worker thread)."""

    def __init__(self, reward: Reward) -> None:
        self.reward = reward
        self.calls = 0

    @property
    def __name__(self) -> str:  # TRL logs rewards under __name__
        return f"async_{self.reward.name}"

    async def __call__(self, **kwargs: Any) -> list[float | None]:
        self.calls += 1
        return await asyncio.to_thread(self.reward, **kwargs)


def test_reward_from_trl_async_path(tmp_path):
    wrapped = _AsyncReward(GOLD_OF_THIS_PROMPT)
    assert trl.trainer.utils.is_async_callable(wrapped)
    trainer = _train(tmp_path, [wrapped, GOLD_VALUE], conversational=True)
    assert wrapped.calls == 2
    for step in _logged_steps(trainer):
        assert step["rewards/async_gold_of_this_prompt/mean"] == 1.0


def _preset_names() -> list[str]:
    try:
        from rewardkit.presets import PRESETS
    except ImportError:
        return []
    return sorted(PRESETS)


@pytest.mark.parametrize("preset", _preset_names())
def test_presets_end_to_end(tmp_path, preset):
    from rewardkit.presets import PRESETS

    pairs = PRESETS[preset]()  # (reward, weight) pairs in the preset's default configuration
    reward_funcs = [reward for reward, _ in pairs]
    reward_weights = [weight for _, weight in pairs]
    trainer = _train(tmp_path, reward_funcs, reward_weights=reward_weights)
    assert list(trainer.reward_weights) == pytest.approx(list(reward_weights))
    steps = _logged_steps(trainer)
    assert len(steps) == 2
    for step in steps:
        means = [step[f"rewards/{reward.name}/mean"] for reward in reward_funcs]
        for reward, mean in zip(reward_funcs, means, strict=True):
            assert math.isnan(mean) or reward.lower <= mean <= reward.upper, reward.name
        # TRL's "reward" is the weighted sum of the per-reward values (all apply here)
        if not any(math.isnan(mean) for mean in means):
            weighted = sum(w * m for w, m in zip(reward_weights, means, strict=True))
            assert step["reward"] == pytest.approx(weighted, abs=1e-4)
    _assert_logged_like_direct_calls(trainer, reward_funcs)


def test_aha_grpo_preset_as_documented(tmp_path):
    presets = pytest.importorskip("rewardkit.presets")
    reward_funcs, reward_weights = presets.aha_grpo()
    assert [reward.name for reward in reward_funcs] == ["boxed_number", "boxed_correct", "aha"]
    trainer = _train(tmp_path, reward_funcs, reward_weights=reward_weights, conversational=True)
    for step in _logged_steps(trainer):
        for name in ("boxed_number", "boxed_correct", "aha"):
            assert f"rewards/{name}/mean" in step


def test_completion_ids_reach_rewards(tmp_path):
    trainer = _train(tmp_path, [TOKEN_COUNT])
    for step in _logged_steps(trainer):
        # the mean token count a reward saw is TRL's own mean completion length
        assert step["rewards/token_count/mean"] == pytest.approx(step["completions/mean_length"])


def test_trainer_state_reaches_scheduled_rewards(tmp_path):
    compose = pytest.importorskip("rewardkit.compose")
    # 0.0 before global step 1, then the reward itself (always 1.0 here)
    curriculum = compose.schedule(
        GOLD_OF_THIS_PROMPT, compose.Steps(boundaries=(1,), values=(0.0, 1.0)), name="curriculum"
    )
    trainer = _train(tmp_path, [curriculum, GOLD_VALUE])
    means = [step["rewards/curriculum/mean"] for step in _logged_steps(trainer)]
    assert means == [0.0, 1.0]


def test_answer_rewards_log_answer_and_gold_columns_when_enabled(tmp_path):
    """Issue 15: with trainer logging on, TRL's completions table gets the two columns."""
    from rewardkit import answer_correct, boxed_correct
    from rewardkit.explanation import set_trainer_logging
    from rewardkit.extract import extract_answer

    set_trainer_logging(True)
    try:
        trainer = _train(tmp_path, [boxed_correct, answer_correct])
    finally:
        set_trainer_logging(False)
    logs = trainer._logs
    extra = {column: list(values) for column, values in logs["extra"].items()}
    assert {
        "boxed_correct_answer",
        "boxed_correct_gold",
        "answer_correct_answer",
        "answer_correct_gold",
    } <= set(extra)
    from rewardkit.text import completion_text, prompt_text

    completions = [completion_text(c) for c in logs["completion"]]
    golds = [PROMPTS[prompt_text(p).strip()] for p in logs["prompt"]]
    assert extra["boxed_correct_gold"] == golds
    assert extra["answer_correct_answer"] == [extract_answer(c) or "" for c in completions]
    for step in _logged_steps(trainer):
        assert 0.0 <= step["boxed_correct/no_answer"] <= 1.0


def test_nothing_is_logged_by_default(tmp_path):
    from rewardkit import boxed_correct

    trainer = _train(tmp_path, [boxed_correct])
    assert not any(column.startswith("boxed_correct") for column in trainer._logs["extra"])
