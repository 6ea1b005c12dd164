"""Turn any completion format a trainer passes into the text to score.

TRL passes completions either as plain strings (the *standard* format) or as lists of chat
messages (the *conversational* format): ``[{"role": "assistant", "content": "..."}]``. Reasoning
models may carry their chain of thought in a separate ``reasoning_content`` (vLLM, OpenAI-style)
or ``thinking`` key. :func:`completion_text` is the one place that flattens all of these.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

__all__ = ["completion_text", "normalize", "prompt_text"]

_REASONING_KEYS = ("reasoning_content", "reasoning", "thinking")
_SCORED_ROLES = frozenset({"assistant", "model", ""})


#: Invisible characters a reader does not see, beyond the format (Cf) category: the braille
#: blank, the Hangul fillers, the combining grapheme joiner and the variation selectors.
_INVISIBLE_EXTRA = "\u2800\u115f\u1160\u3164\uffa0\u034f\ufe00-\ufe0f\U000e0100-\U000e01ef"
#: Combining marks (the blocks of diacritics): removed where they sit on an ASCII letter.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


#: The format (Cf) characters of Unicode 15 (a constant: enumerating the category at run time
#: costs 0.4 s); ``tests/test_text.py`` checks it against the running ``unicodedata``.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)


@lru_cache(maxsize=1)
def _invisible() -> re.Pattern[str]:
    """Runs of invisible characters: :data:`_FORMAT` and :data:`_INVISIBLE_EXTRA`."""
    return re.compile(f"[{_FORMAT}{_INVISIBLE_EXTRA}]+")


_ASCII_BYTES = bytes(range(128))


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    return re.compile(f"[{_MARKS}]+")


def _drop_marks_on_ascii(match: re.Match[str]) -> str:
    start = match.start()
    before = match.string[start - 1] if start else ""
    return "" if before.isascii() and before.isalpha() else match.group()


def normalize(text: str) -> str:
    r"""Return the text as a reader sees it: the one normalisation of every content measure.

    Rules, in order: Unicode NFKC (full-width letters and digits become ASCII, ligatures and
    compatibility spaces are unfolded); every invisible character is removed (the format
    category Cf: zero-width spaces and joiners, soft hyphens, direction marks, tag characters;
    and the braille blank U+2800, the Hangul fillers, the combining grapheme joiner, the
    variation selectors); combining marks sitting on an ASCII letter are removed (``"w̵a̵i̵t̵"``
    reads ``"wait"``). Letters of other scripts are not folded: a Cyrillic ``"а"`` stays
    Cyrillic (NFKC keeps scripts apart, and folding them would misread real Cyrillic text).
    An ASCII text is returned as is (nothing to do: the common case costs one check).

    Args:
        text: any text.

    Returns:
        The normalised text; never raises.

    Examples:
        >>> normalize("wa​it­, ｗａｉｔ")
        'wait, wait'
        >>> normalize("w̵a̵i̵t̵ café") == "wait café"
        True
    """
    if text.isascii():
        return text
    # The checks are slow over a long text (NFKC's quick check reads every character, the
    # class scans have astral ranges): run them on its non-ASCII characters, usually few.
    others = _non_ascii(text)
    if not _nfkc_stable(others) and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
        others = _non_ascii(text)
    if _invisible().search(others):
        text = _invisible().sub("", text)
    if _marks().search(others):
        text = _marks().sub(_drop_marks_on_ascii, text)
    return text


def lower(text: str) -> str:
    """``text.lower()``, about 2x faster on a long text beyond ASCII in the common case.

    That case: its other characters have no lowercase of their own (math signs, Greek
    minuscules, CJK). Then only its ASCII letters change, which ``bytes.lower`` does on the
    UTF-8 bytes (those of other characters are all above 127). A text with any other
    character that lowercases to something else (capitals, the final-sigma rule) takes
    ``str.lower``.

    Examples:
        >>> lower("Let θ = 2π × R²"), lower("Θ = Σ")
        ('let θ = 2π × r²', 'θ = σ')
    """
    if text.isascii():
        return text.lower()
    others = _non_ascii(text)
    if others.lower() != others:
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _non_ascii(text: str) -> str:
    """The characters of ``text`` beyond ASCII, in order (C-level: encode, delete, decode)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return rest.decode("utf-8", "surrogatepass")


def _nfkc_stable(others: str) -> bool:
    """Whether a text whose non-ASCII characters are ``others`` is in NFKC (``False``: unknown).

    True when ``others`` is in NFKC and holds no combining character (class 0 only): ASCII is
    in NFKC, no ASCII character composes with a following class-0 character nor with a
    preceding character, and reordering only moves combining characters, so the ASCII
    characters in between change nothing (``tests/test_text.py`` checks both facts against
    the running ``unicodedata`` and the rule against the whole-text check).
    """
    return unicodedata.is_normalized("NFKC", others) and not any(map(unicodedata.combining, others))


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
