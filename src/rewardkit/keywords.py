r"""Built-in reflection keyword sets and cognitive-behaviour pattern families.

Plain data, importable and extendable: pass your own tuple (or a built-in one plus your
phrases) to :data:`rewardkit.reflection` with ``.configure(keywords=...)``::

    from rewardkit import reflection
    from rewardkit.keywords import ENGLISH_KEYWORDS
    mine = reflection.configure(keywords=ENGLISH_KEYWORDS + ("hmm", ("on reflection", 2.0)))

How a keyword phrase is matched (see :func:`rewardkit.reflect.keyword_pattern`): against the
lowercased text; a space in the phrase matches any run of whitespace (line breaks included); an
apostrophe matches any apostrophe (``'``, ``’``, ``‘``, ``ʼ``, ``′``, `````, ``´``) or none, so
``"let's check"`` also matches ``"Let’s check"`` and ``"lets check"``; a hyphen matches a hyphen
or dash, a space or nothing (``"double-check"`` matches ``"double check"`` and ``"doublecheck"``);
a phrase that starts or ends with a letter or digit only matches on a word boundary (``"aha"`` is
not found in ``"Ahab"``). Chinese and Japanese characters have no word boundaries: CJK phrases
match as substrings.

Behaviour patterns (:data:`BEHAVIOR_PATTERNS`) are regular expressions over the lowercased text
in a shorthand: outside ``[...]`` classes a space stands for ``\s+`` and an apostrophe for "any
apostrophe or none". A match must start and end on a word boundary. Each pattern comes with
*triggers*, literal substrings one of which every match contains: the pattern is only searched
near them, which keeps :func:`rewardkit.reflect.behaviors` fast.

Examples:
    >>> from rewardkit.keywords import RECIPE_KEYWORDS, KEYWORD_SETS
    >>> RECIPE_KEYWORDS[:3]
    ('aha', 'but wait', 'verify the problem')
    >>> sorted(KEYWORD_SETS)
    ['all', 'chinese', 'english', 'recipe']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "BEHAVIORS",
    "BEHAVIOR_PATTERNS",
    "CHINESE_KEYWORDS",
    "ENGLISH_KEYWORDS",
    "KEYWORD_SETS",
    "RECIPE_KEYWORDS",
    "REFLECTION_KEYWORDS",
]

#: The recipe's reflection keywords, exactly as the common GRPO recipe lists them
#: (+1.0 when any occurs): what :data:`rewardkit.aha` looks for.
RECIPE_KEYWORDS: tuple[str, ...] = (
    "aha",
    "but wait",
    "verify the problem",
    "try again",
    "let's try",
    "let's check",
    "to verify",
    "recheck",
)

#: A broader English list: the recipe's phrases plus the re-check / re-think vocabulary of
#: long chain-of-thought models. ``"re-check"`` also matches ``"recheck"`` (hyphen rule).
ENGLISH_KEYWORDS: tuple[str, ...] = (
    *RECIPE_KEYWORDS,
    "wait",
    "re-check",
    "re-checking",
    "rethink",
    "rethinking",
    "reconsider",
    "reconsidering",
    "re-examine",
    "re-examining",
    "re-evaluate",
    "re-calculate",
    "recompute",
    "re-verify",
    "double-check",
    "double-checking",
    "check again",
    "check once more",
    "check my work",
    "check the answer",
    "check this",
    "think again",
    "verify again",
    "verify this",
    "verify that",
    "let me check",
    "let me verify",
    "let me confirm",
    "let me think again",
    "let me re-check",
    "let me reconsider",
    "let me try again",
    "let me see if",
    "let me make sure",
    "let's verify",
    "let's double-check",
    "let's reconsider",
    "go over the steps",
    "go back and check",
    "on second thought",
    "hold on",
    "i made a mistake",
    "i made an error",
    "that's not right",
    "that doesn't seem right",
    "that can't be right",
    "sanity check",
    "cross-check",
)

#: Chinese reflection phrases. Matched as substrings (no word boundaries in CJK text): note
#: that ``等等`` also means "etc." in a list.
CHINESE_KEYWORDS: tuple[str, ...] = (
    "等等",
    "等一下",
    "让我再想想",
    "再想想",
    "再想一想",
    "再检查一下",
    "检查一下",
    "验证一下",
    "再验证",
    "重新计算",
    "重新检查",
    "重新考虑",
    "重新思考",
    "再算一遍",
    "仔细检查",
    "再确认一下",
    "确认一下",
    "核对一下",
    "我算错了",
    "好像不对",
    "啊哈",
)

#: The default list of :data:`rewardkit.reflection`: English and Chinese.
REFLECTION_KEYWORDS: tuple[str, ...] = ENGLISH_KEYWORDS + CHINESE_KEYWORDS

#: Built-in keyword sets by name; ``keywords="english"`` in a reward's options picks one.
KEYWORD_SETS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "recipe": RECIPE_KEYWORDS,
        "english": ENGLISH_KEYWORDS,
        "chinese": CHINESE_KEYWORDS,
        "all": REFLECTION_KEYWORDS,
    }
)

#: The four cognitive behaviours, in the order every result lists them.
BEHAVIORS: tuple[str, ...] = (
    "verification",
    "backtracking",
    "subgoal_setting",
    "backward_chaining",
)

_NUM = r"[-+]?\d+(?:[.,]\d+)*"
# A word that does not end a sentence (fillers inside a pattern never cross a full stop).
_W = r"[^\s.!?;]+"
_NEGATIONS = ("doesn", "does not", "didn", "did not", "won", "will not", "can", "cannot")

#: Pattern families of the four cognitive behaviours: per behaviour, ``(triggers, pattern)``
#: pairs. ``pattern`` is a regex in the shorthand above; ``triggers`` are lowercase literal
#: substrings, one of which occurs in every match: the pattern is only searched within 120
#: characters before and 160 after an occurrence of a trigger.
BEHAVIOR_PATTERNS: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]] = MappingProxyType(
    {
        # Systematically checking an intermediate result.
        "verification": (
            (
                ("verify", "double", "confirm", "sure"),
                r"let(?:'s| us| me) (?:verify|double[- ]?check|confirm|make sure)",
            ),
            (
                ("check", "test", "plug", "substitut"),
                r"let(?:'s| us| me) (?:check|test|plug|substitute)"
                r"(?= (?:this|that|it|the|our|my|if|whether|by|with|again|once|back)\b|:)",
            ),
            (
                ("verify", "check", "confirm"),
                r"(?:to|we can|i can|i'll|we'll) (?:verify|check|confirm)"
                r" (?:this|that|it|the|our|my|if|whether)\b",
            ),
            (
                ("verif", "check", "confirm"),
                r"(?:verif(?:y|ying)|check(?:ing)?|confirm(?:ing)?) (?:" + _W + r" ){0,6}?by"
                r" (?:plugging|substituting|multiplying|adding|computing|calculating|checking)",
            ),
            (("plug",), r"plug(?:ging)? (?:" + _W + r" ){0,6}?back (?:in|into)"),
            (("substitut",), r"substitut(?:e|ing) (?:" + _W + r" ){0,6}?back (?:in|into)"),
            (
                ("too", "than"),
                r"(?:which|this|that|it) (?:is|was|would be) (?:too (?:high|low|large|small|big"
                r"|much|many|few)|(?:more|less|larger|smaller|bigger) than (?:the (?:target|goal)"
                r"|needed))",
            ),
            (
                ("checks out", "matches", "consistent", "agrees"),
                r"(?:this|that|it|which) (?:checks out|matches|is consistent|agrees)",
            ),
            (("checking", "sanity", "cross"), r"double[- ]?checking|sanity check|cross[- ]?check"),
            (
                ("correct", "right", "true", "expected", "confirmed"),
                r"(?:"
                + _NUM
                + r"|both sides?) (?:is|are|equals?) (?:also |indeed )?"
                + _NUM
                + r",? (?:which is |so it's |as )?(?:correct|right|true|expected|confirmed)",
            ),
        ),
        # Abandoning a failing approach and trying another.
        "backtracking": (
            (
                _NEGATIONS,
                r"(?:this|that|it) (?:doesn't|does not|didn't|did not|won't|will not|can't"
                r"|cannot) (?:work|seem right|seem to work|make sense|lead anywhere|help|give)",
            ),
            (
                ("different", "another", "new", "better", "other"),
                r"(?:try|use|take|consider|need) (?:a different|another|a new|a better|some other)"
                r" (?:approach|method|way|strategy|tack|idea|combination)",
            ),
            (
                ("over", "back", "again", "else", "rethink", "reconsider"),
                r"(?:let me|let's|i'll|i should|we should|i need to|we need to)"
                r" (?:start over|go back|backtrack|try again|try something else|rethink"
                r"|reconsider)",
            ),
            (
                ("over", "scratch", "drawing board", "dead end"),
                r"start(?:ing)? over|scratch that|back to the drawing board|dead end",
            ),
            (
                ("wrong", "incorrect", "mistake", "flawed", "not right"),
                r"(?:that|this|my (?:previous|earlier|last) (?:"
                + _W
                + r" )?(?:answer|approach|attempt"
                r"|step|calculation|reasoning)) (?:was|is) (?:wrong|incorrect|a mistake|flawed"
                r"|not right)",
            ),
            (("mistake", "error", "wrong"), r"i made (?:a|an) (?:mistake|error)|i was wrong"),
            (
                ("fail", "working", "work"),
                r"(?:this|that) (?:approach|method|path|way|strategy) (?:fails|failed|is not"
                r" working|isn't working|won't work|doesn't work)",
            ),
            (
                ("instead",),
                r"instead,? (?:let's|let me|i'll|we'll|i will|we will|we can|i can)"
                r" (?:try|use|consider)",
            ),
        ),
        # Decomposing the problem into intermediate goals.
        "subgoal_setting": (
            (
                ("first", "start", "begin"),
                r"(?:first|to start|to begin),? (?:we|i|let's|let me) (?:need to |have to |must"
                r" |should |will |can |want to )?(?:find|compute|calculate|determine|figure out"
                r"|solve|work out|simplify|identify|express|rewrite|list|factor)",
            ),
            (
                ("then", "next", "after that", "finally", "second", "third"),
                r"(?:then|next|after that|finally|second|third),? (?:we|i) (?:need to|have to"
                r"|must|should|will|can|want to) (?:find|compute|calculate|determine|figure out"
                r"|solve|work out|use|check|combine|add|substitute|simplify)",
            ),
            (
                ("goal", "step", "task", "objective", "problem"),
                r"(?:our|the|my) (?:(?:first|next|immediate|main|final) )?(?:goal|step|task"
                r"|subgoal|objective|sub-problem|subproblem) (?:is|will be) to",
            ),
            (("break",), r"break (?:it|this|the problem|the task) (?:down|into)"),
            (
                ("once", "after"),
                r"(?:once|after) (?:we|i) (?:have|know|find|get|compute|determine)"
                r" (?:" + _W + r" ){1,8}?(?:we|i) can",
            ),
            (
                ("solve", "find", "answer", "compute", "determine"),
                r"to (?:solve|find|answer|compute|determine) (?:this|the|it|"
                + _W
                + r")(?: "
                + _W
                + r"){0,6}?,"
                r" (?:we|i) (?:first )?(?:need|have|must|should|will)",
            ),
            (("step", "part"), r"(?:step|part) (?:1|one)[:.)]"),
        ),
        # Reasoning backwards from the goal.
        "backward_chaining": (
            (("backward",), r"(?:work(?:ing)?|reason(?:ing)?) backwards?"),
            (
                ("backward",),
                r"backwards? from (?:the )?(?:goal|target|answer|result|end|desired|conclusion"
                r"|\d)",
            ),
            (
                ("goal", "target", "end", "desired", "conclusion", "final"),
                r"(?:start|starting|begin|beginning) (?:from|with|at) (?:the )?(?:goal|target|end"
                r"|desired (?:result|answer|value|outcome)|conclusion|final (?:answer|result))",
            ),
            (
                ("need", "must", "have to", "want"),
                r"to (?:get|reach|obtain|achieve|make|end up with) (?:the )?(?:target|goal|desired"
                r" "
                + _W
                + "|"
                + _NUM
                + r")(?: "
                + _W
                + r"){0,6}?,? (?:we|i) (?:would )?(?:need|must|have to"
                r"|want)",
            ),
            (
                ("need", "must", "require"),
                r"for (?:this|the (?:equation|result|sum|product|total|expression|answer)) to"
                r" (?:be|equal|hold|work)(?: " + _W + r"){0,6}?,? (?:we|i) (?:would )?(?:need|must"
                r"|require)",
            ),
            (("need",), r"what (?:would|do|must) (?:we|i) need (?:to|in order)"),
            (
                ("goal", "target"),
                r"(?:the goal|the target) (?:is|of) "
                + _NUM
                + r"(?: "
                + _W
                + r"){0,6}?,? so (?:we|i) need",
            ),
        ),
    }
)
