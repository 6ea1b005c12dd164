"""Turn any completion format a trainer passes into the text to score.

TRL passes completions either as plain strings (the *standard* format) or as lists of chat
messages (the *conversational* format): ``[{"role": "assistant", "content": "..."}]``. Reasoning
models may carry their chain of thought in a separate ``reasoning_content`` (vLLM, OpenAI-style)
or ``thinking`` key. :func:`completion_text` is the one place that flattens all of these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["completion_text", "prompt_text"]

_REASONING_KEYS = ("reasoning_content", "reasoning", "thinking")
_SCORED_ROLES = frozenset({"assistant", "model", ""})


def _content_text(content: object) -> str:
    """Text of a message ``content``: a string or a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence) and not isinstance(content, (bytes, bytearray)):
        parts: list[str] = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def _message_text(message: Mapping[str, object]) -> str:
    """Text of one assistant message, reasoning first and wrapped in ``<think>`` tags."""
    text = _content_text(message.get("content"))
    for key in _REASONING_KEYS:
        reasoning = message.get(key)
        if isinstance(reasoning, str) and reasoning:
            return f"<think>\n{reasoning}\n</think>\n{text}"
    return text


def completion_text(completion: object) -> str:
    r"""Return the text to score for one completion, whatever its format.

    Rules, in order:

    - ``str``: the string itself.
    - ``bytes``: decoded as UTF-8, invalid bytes replaced.
    - a message mapping, or a list of them: the ``content`` of every message whose ``role`` is
      ``assistant`` (or ``model``, or absent), joined by newlines. Content may be a string or a
      list of ``{"type": "text", "text": ...}`` parts. A message that also carries
      ``reasoning_content``, ``reasoning`` or ``thinking`` contributes
      ``"<think>\n{reasoning}\n</think>\n{content}"``, so reasoning is scored like an inline
      think block. User, system and tool messages are never scored.
    - anything else (``None``, numbers, unknown objects): the empty string.

    Args:
        completion: one element of the ``completions`` list a trainer passes.

    Returns:
        The text to score; never raises.

    Examples:
        >>> completion_text("The answer is 4.")
        'The answer is 4.'
        >>> completion_text([{"role": "assistant", "content": "It is 4."}])
        'It is 4.'
        >>> completion_text([{"role": "assistant", "content": "4", "reasoning_content": "2+2"}])
        '<think>\n2+2\n</think>\n4'
        >>> completion_text(None)
        ''
    """
    if isinstance(completion, str):
        return completion
    if isinstance(completion, (bytes, bytearray)):
        return bytes(completion).decode("utf-8", errors="replace")
    if isinstance(completion, Mapping):
        completion = [completion]
    if isinstance(completion, Sequence):
        texts = []
        for message in completion:
            if isinstance(message, str):
                texts.append(message)
            elif isinstance(message, Mapping):
                role = message.get("role", "")
                if isinstance(role, str) and role in _SCORED_ROLES:
                    texts.append(_message_text(message))
        return "\n".join(texts)
    return ""


def prompt_text(prompt: object) -> str:
    r"""Return the text of a prompt, whatever its format.

    Unlike :func:`completion_text`, every message counts (system, user, assistant, tool): the
    prompt is read, for instance to recognise hint phrases the prompt inserted or to group
    completions of one prompt, but never scored.

    Args:
        prompt: one element of the ``prompts`` list a trainer passes.

    Returns:
        The prompt text (messages joined by newlines); never raises.

    Examples:
        >>> prompt_text([{"role": "system", "content": "Be brief."},
        ...              {"role": "user", "content": "2+2?"}])
        'Be brief.\n2+2?'
    """
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, (bytes, bytearray)):
        return bytes(prompt).decode("utf-8", errors="replace")
    if isinstance(prompt, Mapping):
        prompt = [prompt]
    if isinstance(prompt, Sequence):
        texts = []
        for message in prompt:
            if isinstance(message, str):
                texts.append(message)
            elif isinstance(message, Mapping):
                texts.append(_content_text(message.get("content")))
        return "\n".join(texts)
    return ""
