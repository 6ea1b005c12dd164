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
near them, which keeps :func:`rewardkit.reflect.behaviors` fast. A pattern may begin with the
comment ``(?#prefilter:N)`` (``re`` ignores it): its hyperscan prefilter then keeps ``N``
required words instead of three (``N!``: it also drops leading items that are not frequent
words). Matches are unchanged whatever ``N``; the hints are chosen by measuring each choice's
scan and confirmations on real completions (``benchmarks/tune_prefilter.py``).

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
_OP = r"\s*(?:[-+*/x]|times|plus|minus|divided by)\s*"
# An operator that is not a product (a decomposition chain of two products is a factorisation).
_ADD = r"\s*(?:[-+/]|plus|minus|divided by)\s*"
# The end of a clause: punctuation, a line break or the end of the text.
_CLAUSE_END = r"(?=\s*(?:[.!,;:)]|$)|\n)"
# Objects of "check" that make it a clarification of the problem, not a check of a result.
_CLARIFY = (
    r"(?!(?: " + _W + r"){0,5}? (?:domain|problem|question|statement|wording|definition"
    r"|instructions?|asks?|asking|means?|meaning|allowed|count|counts|understand|range of"
    r"|permitted|included|requirements?|assumptions?|given information|given|rules?|defined"
    r"|considered|treated|required|excluded|possible values|includes?|contains?|stated|read"
    r"|units?|format|fair)\b)"
)
_RESULT = (
    r"(?:(?:this|it|these|that (?:answer|result|solution|sum|product|total|value|calculation"
    r"|equation)|the (?:answer|result|solution|sum|product|total|value|values"
    r"|calculation|computation|arithmetic|equation|roots?|work|final)|our (?:answer|result"
    r"|solution|work|value|calculation)|my (?:answer|result|solution|work|calculation|arithmetic)"
    r"|by|with|using|again|once|back|:"
    # seventh generalisation: a claim about a number checked ("let's make sure 97 is really
    # prime", "check 91 is composite")
    r"|(?:\\\(|\$)?" + _NUM + r"(?:\\\)|\$)? (?:is|are) (?:really|indeed|actually|truly|in fact"
    r"|prime|composite|an integer|a (?:root|solution|factor|divisor))\b)"
    r"|(?:that|if|whether)(?=\s*[:.,]|(?: [^\s.!?;:]+){0,6}? (?:[^\s.!?;:]*\d|=|satisf|works?\b"
    r"|holds?\b|equals?\b|gives?\b|is (?:correct|right|true|valid|a (?:root|solution))|match"
    r"|agree)))"
)
_VERBS = (
    r"(?:find|compute|calculate|determine|figure out|solve|work out|simplify|identify|express"
    r"|rewrite|factor|isolate|get|make|reach|eliminate|combine|establish|show|prove|evaluate"
    r"|count|convert|set up|write|expand|multiply|add|subtract|divide|use|try to|compare|list"
    r"|substitute|apply|handle|deal with|build|form|reduce"
    # (seventh generalisation: "turn 4 and 2 into 8", "pair up 50 and 2"; not "the first turn")
    r"|(?:turn|pair up|pair)(?= (?:the|them|it|these|those|both|\d)))"
)
_GERUNDS = (
    r"(?:finding|computing|calculating|determining|solving|simplifying|factoring|making|getting"
    r"|isolating|expressing|rewriting|combining|multiplying|adding|subtracting|dividing|using"
    r"|setting up|writing|expanding|converting|evaluating|counting|listing|breaking|showing"
    r"|proving|establishing|eliminating|reducing|building|forming)"
)
# After "instead of writing / expressing / rewriting / converting": a form of the same value
# ("in lowest terms", "as a decimal") is a notation chosen, not a method left (precision wave).
_NOTATION = (
    r"(?!(?:(?<=writing)|(?<=expressing)|(?<=rewriting)|(?<=converting))(?:[^\n.!?;]|\.(?=\d))"
    r"{0,80}?(?:lowest terms|simplest (?:form|terms)|as (?:a |an )?(?:fraction|decimal"
    r"|mixed number|percent(?:age)?|improper fraction|integer)\b|(?:decimal|fraction(?:al)?"
    r"|radical|standard|exact|expanded|factored|simplified|scientific|vertex|slope-intercept"
    r"|polar|interval) (?:form|notation)|(?:the|a) (?:fraction|decimal|percentage"
    r"|ratio)\b"
    # (tenth session) the presentation chosen: "instead of writing a chain of steps I'll give
    # one line", "instead of writing it all out"
    r"|(?:a |the )?(?:chain|list|series|sequence) of steps|(?:it|them|everything|this|that)"
    r"(?: all)? out\b|(?:every|each) step\b))"
)
# After "hits the target": target practice, not a value checked against a goal ("an archer
# hits the target with probability 0.7", "hits the target 18 times out of 24").
_NOT_SHOOTING = (
    r"(?! (?:with (?:a )?(?:probability|chance|likelihood)|\d+ (?:times|out)|once|twice|on"
    r" (?:each|every|average)|every|each|in \d)\b)"
)
# A dash or another sign between clauses ("—", "–", "->"): not a word, a space or sentence
# punctuation. A negated class of ASCII signs, so the hyperscan prefilter's ASCII stand-in (a
# non-ASCII sign becomes DEL) matches wherever ``re`` does.
_DASH = r"[^\w\s,.;:!?()\[\]]"
# A place or a position returned to ("get back to the original position"): not a path left.
_PLACE = (
    r"(?:position|orientation|point|place|state|location|spot|shape|arrangement|configuration)\b"
)
# Verbs of a computation that yields an intermediate quantity (a prerequisite of a goal).
_PREREQ = (
    r"find|compute|calculate|determine|figure out|work out|know|get|obtain|establish|express"
    r"|rewrite|convert|isolate|solve|simplify|evaluate|count|identify|factor|break|split|set up"
    r"|expand|list|show|prove|check|combine|eliminate|substitute|analy[sz]e|consider|handle"
)
# A missing prerequisite named, then sought: "but I don't know h yet. Maybe I can find h ...".
_NOT_YET = (
    r"(?#prefilter:3!)"
    r"(?:don't|do not)[ ](?:yet )?know (?:[^\s.!?;]+ ){1,8}?yet\b[.,]?\s*(?:hmm\.?\s*)?(?:maybe"
    r"|perhaps|let me|so|i need to|we need to)(?: i can| we can| try to)? (?:find|compute"
    r"|determine|calculate|express|figure out|work out|get)\b"
)
# After the target: a gap and the value it leaves, split at once ("- 2 = 49 = 7 * 7").
_CHAIN = r"\s*[-+]\s*\d+\s*=\s*\d+\s*=\s*\d+\s*(?:[*x/]|times)\s*\d+"
# A variable named alone, bare or in LaTeX delimiters ("k", "$k$", "\\(k\\)").
_VAR = r"(?:\$|\\\(\s*)?[a-z](?:\$|\s*\\\))?"
# A property a goal asks for, with what it bears on ("tangency", "continuity at x = 1").
_PROPERTY = (
    r"(?:tangency|continuity|convergence|divisibility|perpendicularity|orthogonality"
    r"|collinearity|concurrency)(?: (?:at|of|by|on|to|with)(?: " + _W + r"){1,3}?)?"
)
#: A gap supplied at once is planning, not a verdict: "overshoots by 6, and 6 is right there".
_GAP_USED = (
    r",? (?:and|so) (?:the |a )?(?:" + _NUM + r"|one|two|three|four|five) (?:is|sits|comes|can)\b"
)
# What "seems"/"looks" judges a line to be (the verdict families of the fourth generalisation).
_VERDICTS = ("correct", "right", "consistent", "solid")
# A number written as a word ("bundle 8 and 1 into a nine").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
_NUMWORD = r"(?:two|three|four|five|2|3|4|5|several|a few|smaller|separate)"
_BAD = (
    r"(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot|isn't going to"
    r"|is not going to|is never going to|wouldn't|would not|still doesn't|also doesn't)"
)
# A number as Countdown or LaTeX writes it ("a 3", "a $3$", "a \\(3\\)").
_TEX_NUM = r"(?:\$|\\\()?" + _NUM + r"(?:\$|\\\))?"
# A word of a clause that states no result ("=" ends it) and opens no relative clause: the
# filler of a plan's two steps ("numbers that multiply to 32 and add up to 128" is one thing).
#: (tenth session) an operator between two numbers, ASCII or any other sign ("x", "*", a
#: times, cdot or division sign: a non-ASCII symbol, as :data:`_DASH`), or in words.
_SIGN = (
    r"(?:[-+*/x]|[^\w\s,.;:!?()\[\]=<>'\"$\\{}^|]|times|plus|minus|over|divided by"
    r"|multiplied by)"
)
_W_PLAIN = r"(?!(?:that|which|who|whose|such)\b)[^\s.!?;=]+"
# Bookkeeping after "first" names no step of the work (fourteenth session, the twenty-seventh
# round's controls: "let me first reread the question", "let me first sort the numbers").
_BOOKKEEPING = r"re-?read|reorder|sort|arrange|organi[sz]e|jot|copy"
# Verbs after "first" that name no step of the work: noticing, recalling, checking, writing
# down, defining, trying (ninth session: "let's first tame the 17" names one, "let's first
# recall the formula" does not).
_NOT_A_STEP = (
    r"(?!(?:note|notice|recall|remember|understand|check|verify|confirm|make sure|read|observe"
    r"|" + _BOOKKEEPING + r"|lay out|set out"
    r"|look|think|try|use|apply|know|realize|recogni[sz]e|see|be|have|do|go|say|state|restate"
    r"|clarify|write|draw|sketch|visuali[sz]e|picture|imagine|define|denote|assume|label"
    r"|introduce|name|ask|examine (?:whether|if)|consider (?:whether|if)|figure out what"
    r"|identify what|get a sense|get an idea)\b)"
)

# Where a plan label or an imperative plan opens: a sentence, a line (or a list item), the text
# right after a tag ("<think>Idea: ...") or after "so" ("56 = 4 * 14, so Plan A: make 14 ...").
_OPENS = (
    r"(?:(?<=[.!?][ ])|(?<=so[ ])|^[ \t]*(?:[-*][ \t]+)?|(?<=\n)[ \t]*(?:[-*][ \t]+)?"
    r"|(?<=>)[ \t]*)"
)
# Imperative verbs of a planned step (ninth session, second subgoal wave): the step verbs and
# the Countdown moves ("first assemble a 7", "first square the 5", "handle the small pair").
_IMPERATIVE = (
    r"(?:" + _VERBS[3:-1] + r"|square|double|halve|scale|assemble|collapse|merge|treat|bring"
    r"|shrink|cancel|group|tame|locate|split|pair off|knock|strip|bundle|squeeze|fuse)"
)

#: Pattern families of the four cognitive behaviours: per behaviour, ``(triggers, pattern)``
#: pairs. ``pattern`` is a regex in the shorthand above; ``triggers`` are lowercase literal
#: substrings, one of which occurs in every match: the pattern is only searched within 120
#: characters before and 160 after an occurrence of a trigger.
BEHAVIOR_PATTERNS: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]] = MappingProxyType(
    {
        # Systematically checking an intermediate result (against a target, a known value or
        # the original problem).
        "verification": (
            (
                ("verify", "double", "confirm", "sure", "check", "test"),
                r"let(?:'s| us| me) (?:verify|double[- ]?check|confirm|make sure|check|test)"
                r"(?= " + _RESULT + r"|\s*[:.,])" + _CLARIFY,
            ),
            (
                ("verify", "check", "confirm", "sure"),
                # (fifteenth session: not "it is easy to check by hand later", a remark; "it is
                # easy to check that all 4 are solutions" still is)
                r"(?:to|we can|i can|i'll|we'll|we should|i should|now|quickly|can) (?:verify"
                r"|check|confirm|double[- ]?check|make sure)(?! (?:by hand )?later\b)(?:(?= "
                + _RESULT
                + r")"
                + _CLARIFY
                + r"|\s*[,:])",
            ),
            (
                ("verif", "check", "confirm", "test"),
                r"(?:verif(?:y|ying|ied)|check(?:ing|ed)?|confirm(?:ing|ed)?|test(?:ing)?) (?:"
                + _W
                + r" ){0,6}?by (?:plugging|substituting|multiplying|adding|computing"
                r"|calculating|checking|differentiating|integrating|expanding|dividing"
                r"|subtracting|evaluating|putting|differentiation|substitution|integration"
                r"|expansion|inspection|direct computation)",
            ),
            (
                ("verif", "check"),
                r"(?:verif(?:y|ying)|check(?:ing)?|double[- ]?check(?:ing)?) (?:the|our|my)"
                r" (?:answer|result|solution|computation|calculation|arithmetic|work|sum|product"
                r"|roots?|value)",
            ),
            (
                # a value put back as a check: "plugging x = 2 back in.", "plug x = 2 back into
                # the original equation", "substitute it back in to verify"; not a computation
                # ("substitute it back into the expression", "back into the Binomial Theorem:",
                # "substituting these back into the original equation, we get")
                ("plug", "substitut", "put"),
                r"(?#prefilter:2!)(?:plug(?:ging)?|substitut(?:e|ing)|putting) (?:"
                + _W
                + r" ){0,6}?back (?:in(?=\s*[.!,)]|\s*$)|in(?:to)? (?:the |both |each )?"
                r"(?:original|given|initial) (?:equations?|inequalit(?:y|ies)|conditions?|problem)"
                r"\b(?!,? we get| to (?:find|get|solve|obtain|determine))|in(?:to)? (?:the |both )?"
                r"equations? (?:gives|yields|holds|is satisfied|checks out)|in(?:to)? (?:"
                + _W
                + r" ){0,5}?to (?:check|verify|confirm|make sure|see if"
                r"|ensure))",
            ),
            (
                ("plug", "substitut"),
                r"(?:plugging|substituting) (?:" + _W + r" ){1,6}?(?:in|into) (?:the )?(?:original"
                r"|given|both)",
            ),
            (
                ("too",),
                r"(?#prefilter:2!)"
                r"(?:(?:is|was|be|'s|still|way|much|slightly|bit|far|that|which|it|this|result"
                r"|sum|product|total|one|two|three|"
                + _NUM
                + r"),? )too (?:high|low|large|small|big|much|many"
                r"|few|far)(?! (?:to|for) )"
                # (seventh generalisation: "= 110 cents. Too much.", "Too small again.")
                r"|(?:^|(?<=[.!?]\s)|(?<=\n))too (?:big|small|high|low|large|much|many|few)"
                r"(?: again)?[.!]",
            ),
            (
                ("over", "under", "above", "below", "than", "short", "off", "away"),
                # (tenth session: a noun takes a verb, "the nearest product above 74 is 80" looks
                # for a value, it does not judge one)
                r"(?:(?:which|that|this|it|still)(?: is|'s| was| would be| gives| leaves)?"
                r"|(?:result|sum|product|total)(?:,? is|'s| was| would be| gives| leaves|,))(?: (?:"
                + _NUM
                + r"|one|two|three|four|five|ten|a bit|a little),?)?"
                r" (?:way |still |just |slightly |much |far |only )?(?:over"
                r"|under|above|below|more than|less than|greater than|bigger than|larger than"
                r"|smaller than|short of|off from|away from|off by)"
                r" (?:the (?:target|goal)|(?:the )?" + _NUM + r"|what we need)"
                # (tenth session: "= 65. Wait, that's over -- subtract instead")
                r"|(?:that|this|it|which)(?:'s| is| was) (?:way |just |slightly |a bit |still )?"
                r"(?:over|under)(?=\s*(?:[.!,;]|$)|[ ]?" + _DASH + r")",
            ),
            (
                ("over", "under", "short", "target", "goal", "exceed", "shoot", "miss"),
                r"(?:over|under|above|below|short of|exceeds|exceeded|overshoots?|overshot"
                r"|undershoots?|misses|missed) (?:the )?(?:target|goal)|(?:over|under)shoot(?:s"
                r"|ing)?\b(?! by (?:"
                + _NUM
                + r"|one|two|three|four|five)\b"
                + _GAP_USED
                + r")|"
                + _NUM
                + r" is (?:way |still |just |slightly |much )?(?:over|under"
                r"|short of) " + _NUM,
            ),
            (
                ("not", "isn", "doesn", "!=", "equal", "\\ne"),
                r"(?:" + _NUM + r"|which|that|this|it|result|sum|product|total|answer|value)"
                r"(?:,| is|'s| does)? (?:not|isn't|doesn't|does not|!=)(?: equal(?: to)?)?"
                # (fifteenth session: "it is 72 − 2, not 2 − 72" is an order of operands, with
                # any sign, unicode ones too, written ASCII-only for the hyperscan prefilter)
                r"\s*(?:the (?:target|goal)|" + _NUM + r"(?!\s*[^\w\s,.;:!?()\[\]'\"]\s*\d)"
                r"|what we (?:need"
                # (seventh generalisation: "= 10 \ne 4" after a computed value, not "x - 2 \neq
                # 0")
                r"|want))|=\s*" + _NUM + r"\s*\\neq?\b\s*" + _NUM,
            ),
            (
                ("not",),
                # (fifth generalisation: "= 73\), not 0, so ..." in LaTeX)
                _NUM
                + r",? (?:but |and )?not "
                + _NUM
                # (seventh generalisation: "33, not 41 though.")
                + r"(?:,? (?:though|either|unfortunately|sadly|yet))?(?=\s*(?:[.!;:)]|$|\n))|"
                + _NUM
                + r"(?:\\\)|\$),? not "
                + _NUM
                + r"(?=\s*(?:[.!;:),]|$|\n))",
            ),
            (
                ("over", "under", "above", "below", "than", "short"),
                r"(?:" + _NUM + r"|result|sum|product|total|value)(?:,| is| was)* (?:just |still"
                r" |slightly |much |far |way )?(?:over|under|above|below|more than|less than"
                r"|greater than|bigger than|larger than|smaller than|short of)(?: the)? (?:target"
                r"|goal)",
            ),
            (
                ("doesn", "didn", "won", "not", "can"),
                r"(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot) (?:reach|give"
                r"|make|hit|equal|get(?: us)?(?: to)?) (?:the (?:target|goal)|" + _NUM + r")",
            ),
            (
                ("need", "want", "target", "goal", "off", "away", "short", "too"),
                r"but (?:i|we) (?:need|want|needed|wanted) (?:" + _NUM + r"|the target)|but the"
                r" (?:target|goal) is|(?:that's|it's|which is|still|only|just|we're|i'm) "
                + _NUM
                + r" (?:off|away|short|too (?:many|much|few|little))\b",
            ),
            (
                ("check", "nope"),
                r"check (?:that|if|whether)"
                + _CLARIFY
                + r" (?:"
                + _W
                + r" ){0,6}?(?:satisfies|satisfy|works|holds|gives|equals|is a (?:root|solution))"
                r"|nope",
            ),
            (
                (
                    "work",
                    "checks",
                    "correct",
                    "right",
                    "valid",
                    "confirm",
                    "match",
                    "hold",
                    "agree",
                    "consist",
                    "satisf",
                    "fits",
                    "verif",
                    "fails",
                ),
                r"(?:this|that|it|which|both|they|and it|so it|everything|the (?:two |both )?"
                r"(?:results"
                r"|answers|values|sides|methods|approaches|answer|result))(?: all)?"
                r"(?: (?:works|checks"
                r" out|matches|holds|hold|agrees|agree|satisfies|satisfy|works out|confirms it)"
                r"|(?:'s| is| are)(?: indeed| also)? (?:correct|right|valid|confirmed|consistent))"
                + _CLAUSE_END
                + r"|(?:this|which|that) (?:confirms|verifies)"
                # (tenth session: "= 19. ok this fails; swap ..."; not "abandons a candidate
                # when it fails")
                r"|(?:[.!;:,][ ]|\n|ok |okay |so )(?:this|that) (?:one )?fails(?=\s*[.!;:])",
            ),
            (
                ("satisf", "works", "fits", "checks"),
                _NUM + r"\)? (?:satisfies|satisfy|works|fits|checks out)\b",
            ),
            (
                ("match", "agree", "satisf", "consistent"),
                r"(?:(?:which|this|and it|it|both) (?:matches|agrees with|is consistent with"
                r"|satisfies)|that (?:matches|agrees with)) (?:the|our|my|both|all|what|each"
                r"|exactly|a|an|" + _NUM + r")",
            ),
            (
                ("target", "goal", "exactly"),
                r"(?#prefilter:1)"
                # (fourteenth session: a question or a definition, not a verdict: "what's the
                # target heart rate?", "the target is the goal amount the company set")
                r"(?<!what)(?<!what[ ])"
                r"(?:equals|reaches|hits|gives|get|gets|got|makes|is|'s|reached|hit|=|matches|meets"
                r")"
                r" (?:exactly )?"
                r"(?:the|our) (?:target|goal)(?! (?:number|of|is|amount|value|heart|rate|sum"
                r"|figure|quantity|price|score|weight|date|here)\b)"
                + _NOT_SHOOTING
                + r"|(?:target|goal)"
                r" (?:reached|achieved|hit|met|matched|obtained)|(?:that's|that is|this is|it's"
                r"|which is) exactly " + _NUM + _CLAUSE_END,
            ),
            (
                (
                    "correct",
                    "right",
                    "true",
                    "expected",
                    "confirmed",
                    "required",
                    "desired",
                    "claimed",
                    "want",
                    "need",
                    "false",
                ),
                r"(?:(?:(?<=[\d)],\s)|(?<=[\d)]\s))as (?:required|expected|desired|claimed"
                r"|needed)|(?:which|this|that) is (?:(?:also|indeed) )?(?:correct|right|true"
                r"|expected|confirmed|(?:exactly |precisely )?what we (?:want|need)(?:ed)?)"
                r"|so it's (?:correct"
                # (seventh generalisation: "1 = 7. That's not true.", "4 > 4, which is false.")
                r"|right|true)|(?:that's|that is|this is|which is|it's) (?:not true|false))"
                + _CLAUSE_END,
            ),
            (
                (
                    "check",
                    "sanity",
                    "reality",
                    "cross",
                    "verification",
                    "verify",
                    "test",
                    "recount",
                ),
                # (tenth session: "(sanity: 4 * 25 = 100, doubled 200)", "recount: 16 * 4 = 64")
                r"double[- ]?checking|(?:sanity|reality)[- ]?check|(?:sanity|recount)\s*:"
                r"|cross[- ]?check(?:ing|ed|s)?"
                r"|(?:as a|a quick|quick|one more"
                r"|final|quick) test (?:with|on|for|of)|(?:as a|a quick|quick|one more"
                r"|final|quick) (?:check|verification)|(?:^|(?<=\n)|(?<=[.!?]\s))\s*\**"
                # (seventh generalisation: "dimension check:", "parity check:", "**verify the
                # range:**"; sixteenth session: not a cheque, "rent check: $1,250")
                r"(?:(?!(?:rent|pay|bank|deposit|refund|rain|paycheck|travel|cashier's) )[a-z]+ )?"
                r"(?:check|checking|verification|verify|verifying)(?: the (?:range|answer|result"
                r"|solution|sum|product|roots?|values?|arithmetic|computation|calculation))?"
                r"\**\s*[:-]",
            ),
            (
                ("?",),
                # "does 14 + 10 equal 24? yes." but not the clarification "is x = 0 allowed?
                # no, ..." (a question about the problem's domain, not a computed result)
                r"(?#prefilter:1)(?:equal|=|give|gives|make|makes|reach)(?: "
                r"(?!(?:allowed|permitted|possible|valid|acceptable|admissible|included"
                r"|excluded|defined|undefined|counted|in the domain)\b)"
                + _W
                + r"){0,3}?\?\s*(?:yes|no|it does"
                r"|it doesn't|it does not|indeed)\b",
            ),
            (
                ("quite", "close", "way off", "far off", "way below", "way above", "far below"),
                # sixth generalisation: "not quite" as a verdict, not "not quite all of the terms
                # cancel"; "way off." after a value
                r"not quite(?=\s*[.!,;:)]|\s+(?:right|there|equal|enough|the target|\d))"
                r"|close,? but|so close|almost,? but|(?:way|far) off(?=\s*[.!,;])"
                # (seventh generalisation: "= 30, way below.")
                r"|(?<=[\d)$],\s)(?:way|far) (?:below|above)(?=\s*[.!,;])",
            ),
            (
                ("lines", "coincides", "agree", "match", "consistent", "same"),
                r"(?#prefilter:2!)"
                r"(?:lines up|coincides|agrees|agreeing|matches|consistent) with (?:the (?:given"
                r"|expected|required|original|earlier|previous|direct|target|known)|our|what|my"
                r"|a direct|(?:the )?[a-z]+'s (?:formula|theorem|rule|method|identity|law))"
                r"|matching (?:our|what|the (?:given|expected|formula|direct|earlier"
                r"|target))|the same (?:as (?:listing|counting|computing|before|by hand|a direct"
                r"|the direct|our|what we)|(?:answer|result|value) as)",
            ),
            (
                ("miss", "off", "over", "under", "short"),
                r"(?:miss(?:es|ed)?|off|over|under|overshoots?|overshot|short) by (?:"
                + _NUM
                # (tenth session: not a gap supplied at once, "overshoots by 6, and 6 is there")
                + r"|one|two|three|four|five)\b(?!"
                + _GAP_USED
                + r")|(?:falls?|fell|falling|comes?|came|coming) (?:just"
                r" |a (?:bit|little) |(?:" + _NUM + r"|one|two|three|four|five) )?short"
                r"|misse[sd](?:(?<=\bthat[ ]misse[sd])|(?<=\bthis[ ]misse[sd])"
                r"|(?<=\bit[ ]misse[sd])|(?<=\bwhich[ ]misse[sd]))" + _CLAUSE_END,
            ),
            (
                ("sanity", "recheck", "re-check", "reverif", "re-verif", "indeed", "exactly"),
                r"sanity test|re-?check(?:ing|ed)?|re-?verif(?:y|ying|ied)|is indeed "
                + _NUM
                + r"|exactly (?:the|our) (?:target|goal)",
            ),
            (
                ("correct", "right", "fine", "valid", "confirmed", "verified", "consistent"),
                r"so (?:the|our|my) (?:[a-z-]+ ){1,2}?(?:is|are) (?:correct|right|fine|valid"
                r"|confirmed|verified|consistent)" + _CLAUSE_END,
            ),
            (
                ("✓", "✔", "≠", "—", "→"),
                # (seventh generalisation: "= 28 → above 24", "→ correct")
                r"[✓✔]|" + _NUM + r"\s*≠\s*" + _NUM + r"|→\s*(?:above|below|over|under"
                r"|too (?:big|small|high|low|many|few|much)|not (?:equal|the target|" + _NUM + r")"
                r"|equals?|matches|short|off by|exactly|correct|incorrect|wrong|no|yes|works"
                r"|fails|valid|invalid)\b|(?:^|(?<=\n))\s*(?:check"
                r"|checking|verification|verify|verifying)\s*—",
            ),
            # third round (issue 19): forms found missing on sentences written from the
            # definitions before reading the patterns
            (
                ("than",),
                r"=\s*"
                + _NUM
                + r"\$?[.,]?(?: (?:hmm|so|but|and|ok|okay),?)? (?:"
                + _NUM
                + r"|that|this|which|it)(?: is|'s)(?: way| much| still| far| a bit| slightly)?"
                r" (?:bigger|larger|greater|more|smaller|less|higher|lower) than " + _NUM,
            ),
            (
                ("way", "much", "far", "well", "lot"),
                r"(?#prefilter:2)(?:comes to|gives|get|gets|got|yields|equals|makes|=) "
                + _NUM
                + r",? (?:which is |that's |so )?(?:way|much|far|a lot|well) (?:more|less|bigger"
                r"|smaller|higher|lower|over|under|above|below)(?: than)? " + _NUM,
            ),
            (
                ("same",),
                # "same as above" lists cases in real completions: only a result equal to
                # an earlier one, or "Same as before." right after a computed value
                r"same (?:answer|result|value) as (?:before|earlier)|(?:give|gives|get|got|yields"
                # (seventh generalisation: "I end up with the same four numbers")
                r"|obtain|arrive at|end up with) the same (?:[a-z]+ )?(?:value|answer|result"
                r"|number)|(?<=[\d$)][.!]\s)same"
                r" as (?:before|earlier)",
            ),
            (
                (
                    "can't",
                    "cannot",
                    "couldn't",
                    "not",
                    "useless",
                    "invalid",
                    "impossible",
                    "use",
                    "wrong",
                ),
                # (tenth session: a value named by its digits, "so pi/4 can't be right", "the
                # curves are in the wrong order", "has the wrong sign")
                r"(?:that|this|it|which|[^\s.!?;,]*\d[^\s.!?;,]*) (?:can't|cannot|couldn't) be"
                r" (?:right|correct|true|valid|the answer)|(?:is|are|has|have) (?:in )?the wrong"
                r" (?:order|sign|direction|way round)\b|(?:which|that|this|it)(?: is|'s)"
                r" (?:not (?:an integer|a whole"
                r" number|allowed)|useless|of no use|invalid)|(?:which|that|this|it)(?: is|'s)"
                r" (?:impossible|not possible)(?: for (?:a|an|the) [a-z]+)?"
                + _CLAUSE_END
                + r"|which (?:i|we) can't use"
                r"|(?:which|that|this) (?:can't|cannot|couldn't) happen"
                # (seventh generalisation: "\(r = \sqrt{41}\) (not an integer, discard)")
                r"|\((?:\\text\{)?not (?:an integer|a whole number|valid|possible)",
            ),
            (
                (
                    "good",
                    "correct",
                    "perfect",
                    "yes",
                    "yep",
                    "bingo",
                    "success",
                    "no",
                    "exactly right",
                    "ok.",
                    "ok!",
                    "not it",
                    "n't seem to work",
                    "not seem to work",
                ),
                # a one-word verdict right after a computed value ("= 18. Good.", "= 48, no.")
                r"(?#prefilter:5!)"
                r"(?<=[\d$)])[.!]\s(?:good|correct|perfect|yes|yep|bingo|success|exactly[ ]right"
                r"|ok)"
                r"[.!]"
                r"|(?<=\d,\s)no[.!]"
                # (seventh generalisation: "= 56. That's not it.", "= 31. This doesn't seem to
                # work.")
                r"|(?<=[\d$)])[.!]\s(?:that's|that is|this is|it's) not it(?=\s*[.!,;])"
                r"|(?<=[\d$)])[.!]\s(?:this|that|it) (?:doesn't|does not) seem to work",
            ),
            (
                # (cost: the literal trigger "on" opened a window on almost every text)
                (
                    "on target",
                    "on the target",
                    "on goal",
                    "on the goal",
                    "right on",
                    "spot on",
                    "dead on",
                    "bang on",
                    "exactly on",
                ),
                r"(?#prefilter:2!)"
                r"(?:bang|spot|right|exactly|dead) on[ ](?:the[ ])?(?:target|goal)|on[ ]target"
                r"|(?:bang|spot|right|exactly|dead)[ ]on[ ]" + _NUM + r"\b"
                # (seventh generalisation: "= 64, right on.")
                r"|(?<=[\d)$],\s)(?:bang|spot|right|dead)[ ]on(?=\s*[.!;])",
            ),
            (
                ("match", "agree"),
                # fifth generalisation: ", matches 71" right after a computed value
                # (sixth generalisation: ", matches." at a clause end, "9 * 7 = 63, matches.")
                r"(?#prefilter:1)"
                r"(?:which|this|it) (?:matches|agrees with) (?:\$|[a-z]\()|(?<=\d),\s(?:matches"
                r"|matching)(?: " + _NUM + r"|(?=\s*[.!;]))",
            ),
            # second broadening (issue 19): forms of the fourth round's misses and of the
            # real MATH-500 completions (verdicts, re-checks, conditions, target arithmetic)
            (
                ("seem", "look", "appear"),
                r"(?#prefilter:2)"
                r"(?:this|that|it|which|everything|all)(?: also| still)? (?:seems|looks|appears)"
                r"(?: to be)? (?:correct|right|consistent|fine|good|valid|accurate)"
                + _CLAUSE_END
                # (seventh generalisation: "that seems off.", "that seems more than 25", "the 120
                # I got looks too big")
                + r"|(?:this|that|it|which|got) (?:seems|looks) (?:incorrect|wrong|off|too (?:big"
                r"|large|small|high|low|much|many|few|obtuse)|(?:more|less|bigger|smaller|larger)"
                r" than \d)",
            ),
            (
                (
                    "correct",
                    "true",
                    "good",
                    "right",
                    "valid",
                    "yes",
                    "ok",
                    "works",
                    "checks",
                    "fails",
                    "wrong",
                ),
                # a verdict word right after a computed value ("= 2^{24}, correct.")
                # (tenth session: "= 40, fails.", "= 19, wrong."; not "0/0, useless." judging a
                # method)
                r"(?<=[\d)$\]]),\s(?:correct|true|good|right|valid|yes|ok|okay|works"
                r"|checks(?: out)?|no good|fails|wrong)"
                r"(?=\s*[.!,;<]|\s*$|\n)",
            ),
            (("both",), r"both sides (?:are (?:equal|the same)|equal " + _NUM + r"|match|agree)"),
            (
                ("check", "verify", "confirm"),
                r"(?:let me|let's|i'll|i should|we should|i need to|we need to|i want to|i'd like"
                r" to) (?:re-?check|double[- ]?check|check|verify|confirm) (?:(?:that|this|it|them)"
                r"(?=\s*[.,;:!)]|\s*$| again| with| using| by| quickly| numerically| once)|the"
                r" (?:calculation|computation|arithmetic|math|steps?)|my (?:"
                + _W
                + r" )?(?:steps?|calculations?|computations?|work|reasoning|arithmetic|result"
                r"|answer)|(?:the|my|our|this) (?:[a-z]+ ){1,2}?(?:numerically|by hand|graphically"
                # (seventh generalisation: a check announced with its method)
                r"|independently|symbolically|directly)\b)(?: again)?",
            ),
            (
                ("?", "yes"),
                r"is (?:that|this|it) (?:equal to )?"
                + _NUM
                + r"\?\s*(?:yes|no)\b|(?<=[\d)$])[.!,]\s"
                # (seventh generalisation: "9 + 4 = 13, yes it does.")
                r"yes,? (?:it|that|this) (?:does|is|works|holds|checks out)",
            ),
            (
                ("short", "shy", "over", "under", "too", "more", "less", "fewer"),
                r"(?#prefilter:3!)"
                # (tenth session: "= 27, one shy", "= 19. two over.")
                r"(?<=[\d)$])[,.]\s(?:one|two|three|four|five|" + _NUM + r") (?:(?:short|shy"
                r"|too (?:many|few|much|little))\b|(?:over|under)(?=\s*[.!,;]|\s*$))"
                r"|(?:one|two|three|four|five|" + _NUM + r") (?:more|less|fewer)"
                r" than (?:the )?(?:" + _NUM + r" )?(?:we|i) (?:need|want)",
            ),
            (
                ("agree", "coincide", "consistent"),
                r"(?:agrees|agree|agreeing|coincides|consistent) with (?:the|our|my) (?:estimate"
                r"|approximation|earlier|previous|first|other|direct|answer|result|calculation"
                r"|computation|initial)|(?:agree|agrees|coincide|coincides) (?:at|for|when)"
                r" \$?\\?\(?\s*[a-z]\s*=",
            ),
            (
                ("rules", "candidate", "option", "choice", "value", "case"),
                r"(?#prefilter:2)"
                r"(?:so|which|that|this) rules (?:(?:it|this|that|them) )?out|(?:this|that|the)"
                r" (?:candidate|option|choice|value|case) is (?:out|ruled out|eliminated)\b",
            ),
            (
                ("plausib", "reasonab", "sensib"),
                r"(?#prefilter:1!)"
                r"(?:which|this|that|so it|it)(?: is|'s| seems| looks| sounds)(?: (?:quite|very"
                r"|entirely|perfectly))? (?:plausible|reasonable|sensible)"
                + _CLAUSE_END
                + r"|make sure (?:that )?(?:the|this|our|my) (?:"
                + _W
                + r" )?"
                + _W
                + r" (?:is|are)"
                r" (?:plausible|reasonable|sensible)",
            ),
            (
                ("check", "verif", "test"),
                r"(?:check|checking|verify|verifying|test|testing)(?: the)? (?:first|second|third"
                r"|other|last|remaining|next|both|each|all) (?:condition|conditions|equation"
                r"|equations|constraint|constraints|inequality|inequalities)\s*[:,]",
            ),
            (
                ("test", "check", "try", "verif"),
                # trying a value in the original problem; "substituting y = 2 into the first
                # equation" solves, it does not check
                r"(?:test|testing|check|checking|try|trying)(?: in)? \$?\\?\(?\s*[a-z]\s*=\s*"
                + _NUM
                + r"\s*(?:\\\))?\$? (?:in|into|on) the (?:original|given)"
                # (seventh generalisation: "we must check these solutions in the original
                # equation")
                r"|(?:check|checking|verify|verifying|test|testing) (?:these|the|both|each|all|our"
                r"|this) (?:solutions?|roots?|values?|candidates?|answers?) (?:in|against|with"
                r"|into) the (?:original|given)",
            ),
            (
                ("plug", "substitut", "test", "try"),
                r"(?:plug|plugging|substitute|substituting|test|testing|try|trying)(?: in)? \$?\\?"
                r"\(?\s*[a-z]\s*=\s*" + _NUM + r"\s*(?:\\\))?\$?\s*:(?: " + _W + r"){1,16}?"
                r" (?:indeed|true|holds|works|checks out|as (?:expected|required))\b",
            ),
            (
                (
                    "works",
                    "checks",
                    "great",
                    "true",
                    "right",
                    "confirmed",
                    "verified",
                    "holds",
                    "it is",
                    "it does",
                    "yes",
                ),
                # more one-word verdicts right after a computed value ("= 0. Works.") (cost:
                # "it is" / "it does" are literal triggers, not "is" / "does")
                r"(?<=[\d$)])[.!]\s(?:works|checks out|great|true|right|confirmed|verified|holds"
                r"|that works|it works|it[ ]is|it[ ]does|yes,)(?:[.!]|(?<=,))",
            ),
            (
                ("?",),
                r"(?:divide|divides|satisfy|satisfies|work|works|hold|holds|exceed|exceeds|match"
                r"|matches|fit|fits)(?: " + _W + r"){0,3}?\?\s*(?:yes|no|it does|it doesn't|it does"
                r" not|indeed)\b",
            ),
            (
                ("want", "need", "confirm", "verify", "verified", "check"),
                # (fifth generalisation: "verify: 25 * 6 = 150", "check: 3*12 + 4*16 = 100")
                r"(?<=[\d)$]),\s(?:exactly |precisely |just )?what (?:we|i) (?:want|need|wanted"
                r"|needed)|(?:confirming|confirmation|verifying|re-?checking)\s*:"
                r"|(?<!after[ ]the[ ])(?<!before[ ]the[ ])"
                # (fourteenth session: "After the check: 450 - 120 = 330", a bank check)
                r"(?<!of[ ]the[ ])(?<!cash[ ]the[ ])"
                # (sixteenth session: "rent check: $1,250", a cheque)
                r"(?<!rent[ ])(?<!pay[ ])(?<!bank[ ])(?<!deposit[ ])(?<!refund[ ])(?:verify"
                r"|verified|check|checked)\s*:\s*(?:\\\(|\$)?\s*" + _NUM,
            ),
            (
                ("sense", "should"),
                # "that makes sense" after an explanation is not a check; after a value, or
                # as the object of a check, it is
                r"(?#prefilter:2!)"
                r"(?:check|see|verify|confirm) (?:if|whether) (?:this|that|it|the (?:answer"
                r"|result)) makes sense|(?<=[\d)$\]]),\s(?:which|that) makes sense|as (?:it"
                # (seventh generalisation: "units of m, as a distance should")
                r"|they|an? [a-z]+) should"
                r"(?: be)?(?=\s*[.!,;]|\s*$)",
            ),
            (
                (
                    "hits",
                    "lands",
                    "instead",
                    "given",
                    "stated",
                    "predicted",
                    "matching",
                    "agreeing",
                ),
                # a value set against the target or a known value ("that hits 100", "lands at
                # 23 instead of 24", "= 13, as given", ", matching 5 sqrt(2)")
                r"(?:hits|lands (?:right )?(?:on|at)) (?:"
                + _NUM
                + r"|the target|the goal|the mark)"
                # (tenth session) not target practice: "an archer hits the target with
                # probability 0.7", "hits the target 18 times out of 24"
                + _NOT_SHOOTING
                + r"|(?:that|this|which) hits it(?=\s*[.!;])"
                r"|(?:=|at|get|gets|got|gives|gave|is|makes|made|yields"
                r"|reached)\s*"
                + _NUM
                + r" instead of (?:the )?"
                + _NUM
                + r"|(?<![<>!])=\s*"
                + _NUM
                + r",? as (?:given|stated|predicted)|(?<=[\d)$]),\s(?:matching|agreeing with)"
                r" (?:" + _NUM + r"|\$|\\\(|[a-z]\()",
            ),
            # third generalisation (issue 19): how real completions judge a result
            (
                ("right", "correct", "sense"),
                # a verdict on a result: "wait, that doesn't seem right", "does that make sense?"
                r"(?#prefilter:2!)"
                r"(?:this|that|it|which) (?:doesn't|does not|can't|cannot|didn't|did not)"
                r" (?:seem (?:right|correct)|be (?:right|correct)|make sense|look right)"
                r"|(?:does|did) (?:that|this|it) make sense\?",
            ),
            (
                ("match", "agree", "satisf", "contradict", "fit"),
                # a failed comparison with a condition or an earlier result: "which doesn't
                # satisfy x > 7", "that doesn't match my previous result", "which contradicts"
                r"(?#prefilter:1)"
                r"(?:which|this|that|it|but it|so it) (?:doesn't|does not|didn't|did not)"
                r" (?:match|agree with|satisfy|fit)\b|(?:which|this|that) (?:contradicts|would"
                r" contradict)\b|(?:seems to |would )?contradicts? (?:the|our|my) (?:given|earlier"
                r"|previous|original|condition|assumption)|(?:doesn't|does not) satisfy (?:\$|\\\("
                r"|both|either|the (?:condition|inequality|equation|original|given|constraint))",
            ),
            (
                ("than",),
                # a candidate set against a condition: "x = 6, which is not greater than 7"
                r"(?:which|that|it|but) (?:is|'s) not (?:greater|less|larger|smaller|bigger|more"
                r"|fewer) than",
            ),
            (
                ("valid", "extraneous", "discard", "reject"),
                # a candidate rejected after a check: "x = -2 is invalid", "so k = 0 is not a
                # valid solution", "we discard x = -4", "must be discarded"
                # (the value before "is" checked by lookbehind: a leading number class is tried
                # at every digit)
                r"(?#prefilter:1)"
                r"(?:is(?<=[\d$)][ ]is)|are(?<=[\d$)][ ]are)) (?:invalid|not (?:a )?valid"
                r"|extraneous)\b|(?:we|i|so) (?:can |must |should )?(?:discard|reject) (?:x|y|n|k"
                r"|t|a|b|it|this|that|the (?:negative|extraneous|other|second|first)|"
                + _NUM
                + r"|\$|\\\()|(?:must|should|can|is|are) (?:be )?(?:discarded|rejected)\b",
            ),
            (
                ("checks out", "check out", "safe", "sure", "indeed", "nowhere near"),
                r"(?#prefilter:2!)"
                r"checks? out\b|to be (?:safe|sure)\b(?! that)"
                # (fourteenth session: "reread the prompt to be sure of the wording" clarifies)
                r"(?! (?:of|about) (?:the|its) (?:wording|question|prompt|problem|task|rules"
                r"|instructions|numbers|units|statement)\b)|(?:,|;|and|which) indeed\b"
                r"|nowhere near (?:" + _NUM + r"|the (?:target|goal))",
            ),
            (
                # a verdict on the line just computed: "= 2107\n\nSeems consistent.", "Seems
                # correct." (no subject: "it seems right to use ..." is not one); a repeat made to
                # check: "convert 52_8 back to decimal to verify.", "use the formula again to
                # confirm:"
                (
                    *(f"{verb} {word}" for verb in ("seems", "looks") for word in _VERDICTS),
                    *("to verify", "to confirm", "to check", "to double"),
                ),
                r"(?<![a-z]\s)(?<![a-z])(?:seems|looks)[ ](?:correct|right|consistent|solid)"
                r"(?=\s*[.!])|(?:back|again) (?:\w+ ){0,3}?to[ ](?:verify|confirm|check"
                r"|double[- ]?check)(?=\s*[.!:])",
            ),
            (
                # agreement with an earlier result: "this confirms my previous calculations",
                # "which matches our earlier calculation", "reinforces that my earlier approach";
                # a bound shown attained: "to verify that this maximum value is attainable"
                (
                    "confirms",
                    "confirming",
                    "reinforces",
                    "matches",
                    "agrees",
                    "consistent",
                    "attain",
                    "achiev",
                    "different from",
                ),
                r"(?:confirm(?:s|ing)|reinforces|consistent with|matches|agrees with) (?:\w+ )"
                r"{0,2}?(?:my|our|the) (?:previous|earlier|first) (?:result|answer|approach"
                r"|calculations?|value|method|solution|computation)|(?:verify|show|check|confirm)"
                r" (?:that|if|whether) (?:this|the) (?:\w+ ){0,2}?(?:is|can (?:actually )?be)"
                r" (?:attainable|achievable|achieved|attained)\b"
                # (seventh generalisation: "that's different from my previous calculation of 63")
                r"|(?:that's|that is|this is|which is) different from (?:the|my|our) (?:previous"
                r"|earlier|first)\b",
            ),
            (
                # a candidate judged against the conditions: "this solution is valid", "this
                # pair works", "none of these solutions are valid", "the solution is confirmed"
                ("valid", "acceptable", "satisfies", "works", "confirmed"),
                r"(?#prefilter:1)"
                r"(?:this|that|which) (?:solution|value|root|candidate|pair|choice) (?:is (?:valid"
                r"|acceptable)|satisfies (?:the|all|both|our)|works)\b|(?:this|that|which)"
                # (seventh generalisation: "this solution satisfies *x* ≥ 2")
                r" (?:solution|value|root|candidate) satisfies (?:[*$]|\\\(|[a-z] ?[<>=])"
                r"|(?:which|that|this|it)(?: is|'s) not (?:a )?valid\b"
                r"|(?:none|neither|both|all"
                r"|each) of (?:these|the|them|those)(?: \w+)? (?:is|are) valid|(?:is|are)"
                r" confirmed\b",
            ),
            (
                # sixth generalisation (by form): a value compared with the target or a rule
                # without a check word: "7 * 8 = 56 - too low for 90", "80 vs target 80",
                # "the target is 46, so we're done", "the left side is 3 but the right side
                # is 2", "(48 - 11) / 6 isn't a whole number", "that uses a number twice"
                (
                    "too ",
                    "vs",
                    "done",
                    " side",
                    "whole number",
                    "twice",
                    "verification",
                    "wrong",
                    "incorrect",
                    "off",
                    "work",
                    "a solution",
                    "a root",
                    "a valid",
                    "mistake",
                    "error",
                    "is valid",
                    "confirming that",
                    "does give",
                    "does equal",
                    "does satisfy",
                    "does yield",
                    "do satisfy",
                    "counted something",
                    "counted somewhere",
                ),
                # (each alternative opens on a literal: one opening on a digit or a letter class
                # is tried at every digit or letter of the windows searched)
                r"(?#prefilter:1)"
                r"too(?:(?<=\d[ ]too)|(?<=\d,[ ]too)|(?<=\d[ ]\W[ ]too)|(?<=\d\.[ ]too)"
                r"|(?<=\d:[ ]too)|(?<=\d;[ ]too)) (?:low|high|big|small|large) for "
                + _NUM
                + r"|vs\.? (?:the )?(?:target|goal) "
                + _NUM
                + r"|(?:target|goal) (?:is|was) "
                + _NUM
                + r"[.,;]? (?:so )?(?:we're |i'm |we are |i am )?done\b|(?:left|right)(?:[- ]hand)?"
                r" side (?:is|gives|equals) [^\s.!?;]*[\d)][^\s.!?;]*,? (?:but|while|whereas) the"
                r" (?:right|left)(?:[- ]hand)? side\b"
                r"|(?:isn't|is not|not) a whole number(?=\s*[.,;!])|uses (?:a number|the "
                + _NUM
                + r"|"
                + _NUM
                + r"|it) twice\b|verification\s*:|so (?:the|my|this|that|our) (?:formula|answer"
                r"|result|assumption|guess|factori[sz]ation|computation|count|calculation"
                r"|solution) (?:is|was|must be) (?:wrong|incorrect|off)\b|something in (?:that"
                r"|this|the|my) "
                + _W
                + r" (?:is|went|must be) (?:off|wrong)\b|so something (?:is|went|must be) (?:off"
                r"|wrong)\b|does [^.!?;]{0,20}?[\d)] (?:actually|really) work\b|does (?:it|this"
                r"|that) work\?|=(?<=[a-z][ ]=) "
                + _NUM
                + r"(?:\\\)|\$)? is (?:not )?a (?:valid )?(?:solution|root)\b(?! of)|there (?:must"
                r" be|is|'s|might be|may be) (?:a|an|some) (?:mistake|error|miscalculation)(?:"
                r" somewhere| in (?:my|the|our|this))|which is (?:a )?valid\b|, confirming that\b"
                # (seventh generalisation: "plugging x = 2 in does give 0", "so I've
                # double-counted something")
                r"|(?<!what[ ])(?<!how[ ])(?:does|do) (?:(?:give|equal|yield) (?:\$|\\\(|"
                + _NUM
                + r")|satisfy\b)"
                r"|(?:double-|over|mis)counted (?:something|somewhere)",
            ),
            # sixth wave (issue 19, by form)
            (
                # a result held against what was wanted or tested on cases: "97 - 18 = 79,
                # which is what we need", "let me recount the pairs", "testing the bound at a
                # few points", "a quick numeric look agrees", "consistent with the bound",
                # "checking the final value against the target"; "what we need to find" is the
                # question restated
                (
                    "what",
                    "recount",
                    "numeric",
                    "few points",
                    "few values",
                    "small",
                    "agree",
                    "consistent",
                    "against",
                ),
                # (right after a value: "b = -10, which is what we wanted" closing a solution
                # is its answer, not a check)
                r"(?#prefilter:1)"
                r"(?:which(?:(?<=[\d$)][ ]which)|(?<=[\d$)],[ ]which))"
                r"|that(?:(?<=[\d$)][.,][ ]that)|(?<=[\d$)][ ]that)))(?:'s| is)"
                r" (?:exactly |precisely |just )?what (?:we|i)"
                r" (?:need|needed|want|were after|are after)\b(?! to\b)|(?:let me|let's"
                r"|i'll|we'll|i will|we will|i should|we should|now|and|quickly) recount\b"
                r"|(?:^|(?<=\n))[ \t]*(?:[-*][ \t]*)?recount\s*:|(?:test|testing|tested|check"
                # ("try to find the roots numerically" picks a method: not a check)
                r"|checking|checked)(?: "
                + _W
                + r"){1,8}? (?:numerically|at a few (?:points|values)|(?:on|with) (?:a )?"
                r"small(?:er)? (?:case|cases|example|values?))\b|(?:numeric(?:al)?|number)"
                r" (?:check|look|test|sanity check) (?:agrees|confirms|matches)\b|(?:consistent"
                r"|agrees) with the (?:bound|formula|estimate|claim|inequality|identity|target"
                r"|earlier (?:answer|result|value|count))\b|checking (?:the|our|my) (?:final )?"
                r"(?:value|result|answer|total|count) against\b|a smaller case first\b",
            ),
            # ninth-session wave (issue 19, by form)
            (
                # a verdict right after a result: "— five. Agrees.", "≈ 141.4. Matches.", "18,
                # on the nose.", "That's the 47.", "= 37, short of 70", "= 40, not enough.", "=
                # 96. No.", "x = 2 gives 4 vs 3", "wrong middle term.", "every product keeps
                # going over"; not "the problem says n = 1, 2, 3, so no" (an answer: ", so no"
                # was tried and dropped), "Matches are sold in boxes", "That's 47 apples in
                # all" (no "the"), "the score was 4 vs 3"
                (
                    "agree",
                    "match",
                    "check",
                    "confirm",
                    "nose",
                    "spot",
                    "that",
                    "short",
                    "over",
                    "under",
                    "not",
                    "no",
                    "nah",
                    "vs",
                    "versus",
                    "wrong",
                    "keep",
                    "kept",
                    "above",
                    "below",
                    "past",
                ),
                # (the sentence's start is consumed, not looked behind: the prefilter drops
                # lookbehinds, and "is consistent." is frequent)
                # (tenth session: "= 99 -- checks.", "). Matches 100.", "Matches the right-hand
                # rule."; not "Matches are sold in boxes")
                r"(?:[.!;:][ ]|\n|[ ]"
                + _DASH
                + r"{1,2}[ ])(?:agrees|matches|checks(?: out)?|confirmed|consistent"
                r"|spot on|bang on)(?=\s*[.!])|(?<=[\d)$],\s)on the nose\b"
                r"|(?:[.!;:][ ]|\n)(?:matches|agrees with) (?:"
                + _NUM
                + r"|the (?:[a-z-]+ ){0,2}(?:rule|formula|target|answer|estimate|identity"
                r"|theorem|result))(?=\s*[.!,;])"
                r"|(?:that's|that is|there's|there is) (?:the|our|exactly the) (?:target|goal|"
                + _NUM
                + r")(?=\s*[.!])|(?<=[\d)]),\s(?:(?:way|still|just|far|well) )?(?:short of"
                r"|over|under|above|below|past) (?:the )?(?:target|goal|"
                + _NUM
                + r")|(?<=[\d)],\s)(?:not (?:enough|close(?: enough)?|there|quite)|nowhere near)"
                r"(?=\s*[.!;])|(?<=[\d)],\s)not (?:close to|near) (?:the (?:target|goal)|"
                + _NUM
                + r")|"
                + _NUM
                # (tenth session: "= 36 no" ending its line, "= 94. nah.", "= 19. no, 2 over.")
                + r"(?:(?:[.!]|\.\.\.)[ ]?|[ ])(?:no|nah)(?=\s*[.!]|[ \t]*(?:\n|$))|"
                + _NUM
                + r"[.!,][ ]no,[ ](?:"
                + _NUM
                + r"|one|two|three|four|five) (?:over|under|short|too (?:many|few|big|small))"
                r"(?=\s*[.!,;])"
                r"|(?:gives|get|gets|got|=|is) "
                + _NUM
                + r" (?:vs\.?|versus) (?:the )?(?:target |needed |required )?"
                + _NUM
                + r"|(?<=[\d)a-z],\s)wrong (?:middle term|sign|coefficient|constant|answer|result"
                r"|value|total|sum|product)(?=\s*[.!;])"
                r"|(?:keeps|kept) (?:going|coming out|landing|ending up) (?:over|under|too (?:high"
                r"|low|big|small|large))\b(?=\s*(?:[.!,;:]|$|the (?:target|goal)|\d))",
            ),
            (
                # a second look that finds something: "looking at that again, it drops the
                # cross term", "re-reading that, I forgot ...", "No — that ignores the second
                # train", "no, I dropped the minus sign", "Testing with 100: 120, then 96",
                # "Reasonableness: ..."; not "looking at the problem again, we need x" (the
                # problem is read, not a result), "the model ignores friction"
                (
                    "again",
                    "back",
                    "reading",
                    "second",
                    "closer",
                    "ignores",
                    "drops",
                    "misses",
                    "omits",
                    "leaves out",
                    "count",
                    "test",
                    "reasonable",
                    "plausib",
                    "dropped",
                    "forgot",
                    "missed",
                    "lost",
                    "mixed",
                    "flipped",
                    "swapped",
                ),
                r"(?:looking at (?:that|this|it|my work|the last (?:line|step)) again|looking back"
                r" (?:at|over) (?:that|this|it|my work)|re-?reading (?:that|this|it|my work|the"
                r" last (?:line|step))|on (?:a )?second (?:look|glance)|on closer (?:look"
                r"|inspection))\b"
                r"|(?:no|wait|hmm|but|oops|hold on)\W{0,3}\s*(?:(?:that|this|it) (?:ignores|drops"
                r"|forgets|misses|double-counts|overcounts|undercounts|leaves out|omits)|(?:i|we)"
                r" (?:dropped|forgot|missed|lost|mixed up|flipped|swapped)) (?:the|a|an)\b"
                r"|(?:^|(?<=\n)|(?<=[.!?;:][ ])|(?<=" + _DASH + r"[ ]))(?:testing|test|tested)"
                r" (?:it |this |that )?(?:with|on|at) (?:[a-z] = )?"
                + _NUM
                + r"\s*[:,]|(?:^|(?<=\n)|(?<=[.!?;][ ]))(?:reasonableness|plausibility)"
                r"(?: check)?\s*:",
            ),
            (
                # (fifteenth session, from the twenty-ninth round's misses: small RL-trained
                # models' terse checks) a bare imperative to check, opening a clause, with how or
                # "again": "double check with the cycle", "recompute it another way", "recount
                # by totals:", "evaluating that again:", "read it back"; not "check the
                # denominator" (no how), "compute the area" (no again), "redo it with ..." (a
                # switch)
                (
                    "check",
                    "recompute",
                    "recount",
                    "calculat",
                    "make sure",
                    "confirm",
                    "verify",
                    "evaluat",
                    "comput",
                    "work",
                    "back",
                ),
                # (its hyperscan prefilter without the leading opening: cheaper, a superset)
                r"(?#prefilter:1!)(?:^|(?<=\n)|(?<=[.!?,;:>][ ])|(?<=\bso[ ]))"
                r"(?:(?:double[- ]?check|re-?check|check|recompute|recount|re-?calculate|make sure"
                r"|confirm|verify)(?: (?:it|that"
                r"|this|them|everything|the (?:answer|result|sum|total|count|value)))?(?:"
                r" (?:another way|a second way|a different way|with|by|using|via|again|once more)"
                r"|\s*:)"
                r"|(?:re-?evaluat|evaluat|recomput|comput|recalculat|calculat|work)(?:e|ing)?"
                r" (?:it|that|this|everything) (?:again|once more|another way|a second time"
                r"|a different way)|read (?:it|that|this) back)",
            ),
            (
                # (fifteenth session) a terse verdict right after a computed value: "= 45
                # right", "= 23 agrees", "= 381 same thing", "= 241 off"; not "= 45 right now"
                # nor "= 45 right?" (a question), "45 right triangles", "= 20% off" (a discount),
                # "= 63 OK, from the goal side" (a discourse marker)
                ("right", "agree", "same", "good", "correct", "checks out", "matches", "off"),
                r"=\s*-?\d[\d.,/]*(?:%?\s+(?:right|agrees?|same (?:thing|answer|result|value)"
                r"|good|correct|checks out|matches)|\s+off)"
                r"(?=\s*(?:[.,!;:<)|]|$|(?:and|so|as)\b))",
            ),
            (
                # (fifteenth session) attempts judged together against a number: "none of those
                # are 77", "none equal 39", "none of them works"; not "none are given"
                ("none",),
                r"\bnone (?:of (?:those|them|these|the (?:attempts|tries|options|combinations"
                r"|results|sums|products)) )?(?:(?:is|are|equals?|equal to|gives?|makes?|hits?"
                r"|reach(?:es)?) (?:\d+|the target|the goal)\b|works?\b)",
            ),
            (
                # (fifteenth session, from the thirtieth round's misses: mid-size reasoning
                # models) a check announced with a colon opening a sentence ("Checking against
                # the data:", "Checking the other way:", "Confirming
                # with a different decomposition:", "Test:"), a comparison by a second method
                # ("... on all four points to compare:"), "to make sure the count is right", "as
                # a small test of"; not "Checking the domain:" (clarification, _CLARIFY), "check
                # for divisibility by 5:" (a step), "testing small values:" and "let's check the
                # smaller primes:" (a search)
                ("check", "confirm", "verif", "test", "compare", "make sure"),
                r"(?:^|(?<=\n)|(?<=[.!?;>][ ]))(?:checking|confirming|verifying"
                r"|cross[- ]?checking|(?:a |one )?(?:quick |small |tiny |final )?"
                r"(?:test|check))(?! for\b)" + _CLARIFY + r"(?: [^\s.!?;:]+)"
                r"{0,6}?\s*:|\bto compare(?=\s*[:.,])|\bto (?:make sure|be sure|confirm|check)"
                r"(?: [^\s.!?;:]+){1,6}? (?:is|are) (?:right|correct|valid|true)\b"
                r"|\b(?:as a|a) (?:small|tiny|simple) (?:test|check) (?:of|on|for|with)\b",
            ),
            (
                # (fifteenth session) a Countdown attempt checked against its rule (every
                # number used once): "leaves the 4 unused", "the 3 is left unused", "the 6 is
                # orphaned", "strands the 2", "the 2 never got used", "isn't a valid answer",
                # "that doesn't qualify"; and a set of conditions found to hold ("All three
                # equations hold.", "so the numbers hold up"), a check asked ("Is the segment
                # really perpendicular?"); not "a number may not be left unused" (a rule)
                (
                    "unused",
                    "orphan",
                    "strand",
                    "leav",
                    "never",
                    "valid",
                    "qualify",
                    "hold",
                    "really",
                ),
                r"\b(?:leaves|leaving|strands|stranding) (?:the |a |an )?\d+(?: \w+)?"
                r" (?:unused|stranded|out|sitting)|(?<!may[ ]not[ ]be[ ])(?<!must[ ]not[ ]be[ ])"
                r"(?<!can[']t[ ]be[ ])(?<!cannot[ ]be[ ])\b(?:is|are|was|were|got|gets) (?:left )?"
                r"(?:unused|orphaned|stranded)\b|\bstrands the \d+|\bnever (?:got |gets )?used\b"
                r"|\b(?:isn't|is not|wasn't|was not) a valid (?:answer|solution|expression)\b"
                r"|\bdoes(?:n't| not) (?:qualify|count)(?=\s*[.,;!])"
                r"|\ball (?:three|four|two|the) (?:equations|conditions|constraints|checks) (?:hold"
                r"|are satisfied|check out)\b|\bthe (?:numbers|values) hold up\b"
                r"|(?:^|(?<=\n)|(?<=[.!?;][ ]))(?:is|are) (?:the |this |that |it )?(?:[a-z]+ ){0,2}"
                r"really (?:perpendicular|parallel|prime|right|correct|true|valid|equal|positive"
                r"|negative|an integer|integers|a solution|a root|the (?:answer|minimum|maximum"
                r"|smallest|largest|only))\b[^?.!]{0,40}\?",
            ),
            (
                # (sixteenth session, from the thirty-third round's misses: checks in fresh words)
                # a check announced by its purpose ("to confirm the antiderivative, differentiate
                # it"), a sum redone ("I added it up twice ... 100 both times"), a value asked to
                # make sense ("does the height make sense?"), a confirmation by another argument,
                # two routes agreeing ("same remainder, agrees", "in agreement."), a process run
                # forward again ("running it forward from $84: ..."), a "confirming it:" label, a
                # Countdown number left over ("... = 42 but 9 is left over"); not "to check
                # whether complex roots count" (no operation), "does it make a difference?"
                (
                    "confirm",
                    "check",
                    "verify",
                    "test",
                    "twice",
                    "again",
                    "second time",
                    "make sense",
                    "agree",
                    "independent",
                    "forward",
                    "left over",
                    "unused",
                    "never used",
                    "same",
                    "matching",
                    "identical",
                ),
                r"\bto (?:confirm|check|verify|double-check|test) (?:the |this |that |our |my "
                r"|your )?(?:[a-z]+ ){0,3}?[a-z]+,? (?:differentiate|substitute|plug|multiply"
                r"|expand|run|recompute|compare|square|integrate)\b|\b(?:added|computed|worked"
                r"|ran|did|summed) (?:it|them|this|that) (?:up |out |through )?(?:twice|again"
                r"|a second time)\b[^.!?\n]{0,60}?\b(?:both times|same|again)\b|\b(?:does"
                r"|do) (?:the|this|that|it|our|my|your)(?: [a-z]+){0,3} make sense\s*\?"
                r"|\bconfirm(?:ation|ing|ed)? (?:by|with|through|via) (?:a |an )?(?:different"
                r"|second|other|another|independent|alternative)\b|\b(?:same|matching"
                r"|identical) (?:remainder|answer|result|value|total|number)s?,? (?:agrees?"
                r"|as before|consistent|confirmed)\b|,? in agreement\s*[.!]"
                r"|\btwo independent (?:routes|methods|ways|approaches|arguments),? one answer\b"
                r"|\b(?:running|run|ran|going|go) (?:it|this|that|the (?:process|steps"
                r"|story)) forward (?:from|again|to check|to confirm)\b|(?:^|(?<=\n)"
                r"|(?<=[.!?][ ]))\**(?:confirming|checking|verifying) (?:it|this|that"
                r"|the (?:answer|result|expression|sum|total|solution))\**\s*:"
                r"|\bbut (?:the )?\d+ (?:is|are) (?:left over|left unused|unused|never used)\b",
            ),
        ),
        # Abandoning a failing approach and trying another.
        "backtracking": (
            (
                (
                    "doesn",
                    "didn",
                    "won",
                    "not",
                    "can",
                    "isn",
                    "wouldn",
                    "never",
                    "handle",
                    "cover",
                    "account",
                    "switch",
                ),
                r"(?#prefilter:2!)"
                r"(?:this|that|it|which)(?: (?:approach|route|path|method|way|idea|combination"
                r"|attempt|option|choice|ordering|order|sequence|strategy|guess|one|try|plan"
                r"|substitution|manipulation))? " + _BAD + r" (?:work|help|give|get|reach|lead"
                r"|seem to work|pan out|fit|be enough|do it|simplify|hit"
                r"|handle|cover|account for)|(?:(?:let's|let me|i'll|we'll|so|now) |(?:^|(?<=\n)"
                # (seventh generalisation: "Switch to the complement: ..."; fifteenth session:
                # after a comma, "too many to write, switch to euclid.")
                r"|(?<=[.!?;:,][ ])))(?:switch to|switching to)(?! (?:cm|mm|km|m|kg|g|ml|seconds"
                r"|minutes|hours|days|cents|dollars|units|meters|metres|inches|feet|door)\b| \d)",
            ),
            (
                (
                    "fail",
                    "working",
                    "dead",
                    "nowhere",
                    "contradiction",
                    "messy",
                    "complicated",
                    "luck",
                    "good",
                    "simplifying",
                    "anywhere",
                    "not",
                    "better",
                    "leading",
                    "getting",
                    "paying off",
                    "converging",
                    "hopeless",
                    "out of hand",
                    "long",
                    "ugly",
                    "hairy",
                    "circles",
                ),
                r"(?#prefilter:3!)"
                r"(?:approach|route|path|method|attempt|combination|idea|try|guess|strategy|way"
                r"|this|that|manipulation|option) (?:fails|failed|also fails|is not working"
                r"|isn't working|is a dead[- ]end|leads nowhere|leads to nowhere|goes nowhere"
                r"|leads to a contradiction|is too complicated|is getting (?:messy|complicated|long"
                r"|ugly|hairy"
                # (seventh generalisation: "that idea is dead", "is getting out of hand")
                r")|gets (?:messy|complicated)|isn't simplifying|is not simplifying|is (?:dead"
                r"|hopeless)\b)|no luck|(?:is getting|gets|got) out of hand"
                r"|(?:leading|going|getting us|get us|leads|goes) (?:nowhere|anywhere)"
                # (tenth session: "this is getting long, drop it", "going in circles. Other
                # route:")
                r"|(?:going|run|runs|running|ran|walking) (?:a?round |round )?in circles\b"
                r"|(?:isn't|is not|not) (?:(?:leading|getting us|getting me) to (?:"
                + _NUM
                + r"|the"
                r" target|the goal)|paying[ ]off\b|converging\b)"
                r"|(?:that's|that is|this is) not (?:it|the way)(?=\s*[.!,;])"
                # (seventh generalisation: "Not this way. Try induction.")
                r"|(?:^|(?<=\n)|(?<=[.!?][ ]))not (?:this|that) (?:way|route|approach)(?=\s*[.!;])"
                r"|(?:maybe|perhaps) (?:" + _W + r" ){1,5}?(?:would|might) (?:be|work) better"
                r"|no good(?=\s*[.!,;])",
            ),
            (
                (
                    "different",
                    "another",
                    "new",
                    "better",
                    "other",
                    "alternative",
                    "fresh",
                    "smart",
                    "clever",
                ),
                # (seventh generalisation: the same tool used another way after it failed: "maybe
                # I can pair the terms in a smart way", "let me try to use AM-GM in a different
                # way")
                r"(?#prefilter:4!)"
                r"(?:maybe|perhaps|let me|let's|try|i'll|we can|i can) (?:" + _W + r" ){0,6}?in"
                r" (?:a|some) (?:different|other|new|smarter|smart|better|cleverer|more clever)"
                r" way|(?:try|use|take|consider|need|pick|switch to|go with|go|attempt|choose"
                r"|look for"
                r"|try out)(?: (?:it|this|that|them))? (?:a different|(?:yet )?another|a new"
                r"|a better"
                r"|some other|an alternative|a fresh"
                r"|the other|different) (?:approach|method|way|strategy|tack|idea|combination"
                r"|ordering|order|arrangement|route|path|sequence|grouping|pairing|set|attempt"
                r"|option|operation|operations|formula|substitution|factorization|choice|pair"
                r"|split|tactic|form|setup|interpretation|perspective|parametrization)",
            ),
            (
                ("another", "next", "new", "else", "different", "second", "other"),
                r"(?:another|next|new|different) (?:attempt|try|guess|plan|idea|approach"
                r"|tack)\s*(?:[:.!,]|[ ]" + _DASH + r")|"
                # (tenth session: "Other route:", "Different approach -- two jobs: ...")
                # (opening a sentence: not "Cross-check with the other method:")
                r"(?:^|(?<=\n)|(?<=[.!?;][ ]))(?:other|different|another) (?:route|way|method"
                r"|approach|tack|angle)\s*(?::|[ ]"
                + _DASH
                # (sixteenth session: not a second route that confirms, "other route: ... same
                # remainder, agrees")
                + r"{1,2}[ ])(?![^\n]{0,160}?\b(?:agrees?|in agreement|same (?:remainder|answer"
                r"|result|value)|matches|confirms?)\b)|(?:another|different|new) (?:grouping"
                r"|ordering|combination"
                r"|pairing)\s*:"
                # ("trying something else": the paper's own priming example)
                r"|on second thought|(?:try|trying) something (?:else"
                r"|different)|(?:let's|let me|i'll|we'll|try|try to) (?:"
                + _W
                + r" ){0,3}?differently",
            ),
            (
                (
                    "over",
                    "back",
                    "again",
                    "rethink",
                    "reconsider",
                    "redo",
                    "re-do",
                    "recalc",
                    "recomput",
                    "revisit",
                    "undo",
                    "restart",
                    "redid",
                ),
                r"(?:let me|let's|i'll|i should|we should|i need to|we need to|i have to|we have to"
                r"|better) (?:start over|go back|backtrack|try again|rethink|reconsider|redo|re-do"
                # (fifteenth session: not "i'll recompute it by distributing", "let's recompute
                # the probability with 6 blue": a recheck by another route, a value put in)
                r"|(?:recalculate|recompute)(?! (?:it |this |that |the [a-z]+ )?(?:by|using|with"
                r"|via|another|a different|in a different)\b)|revisit|undo"
                r"|start (?:again|afresh|fresh)(?=\s*[:.,;])"
                r"|back up(?=\s*[:.,;]))"
                # (seventh generalisation: "redo: ...", "I'll redo it with the other leg",
                # "Restarting with inclusion-exclusion.")
                r"|(?:^|(?<=\n)|(?<=[.!?;][ ])|(?<=" + _DASH + r"[ ]))(?:re-?do\s*:|restart(?:ing)?"
                r" (?:with|using|from|by)\b)|"
                # (tenth session: "Redo dividing them out: ...", "-- redo: 3x - 6 = ...")
                r"(?:^|(?<=\n)|(?<=[.!?;][ ]))re-?do (?!check|verif|confirm)[a-z]+ing\b"
                r"|re-?do (?:it|this|that) (?:with|using|via|by)\b"
                # (eighth-session wave: "Redo with the reduced sample space", "redoing the count
                # with ...", "I redid it using ..."; not a redo to check: "we redo the same
                # computation to check", "redo the sum with the other root to verify")
                r"|(?:(?:^|(?<=\n)|(?<=[.!?;:][ ]))re-?do(?:ing)?|(?:i|we) re-?d(?:id|o)"
                r"|re-?doing|re-?do (?:it|this|that|the [a-z]+))"
                r"(?: (?:it|this|that|(?:the|this|that|my|our) (?!same\b)[a-z]+(?: [a-z]+)?))?"
                r" (?:with|using|via|by|from|on|in terms of) (?!the same\b)"
                r"(?![^.!?\n]{0,80}\b(?:to (?:check|verify|confirm|double)|as a check))",
            ),
            (
                ("back",),
                # (precision wave: a given returned to for the ordinary work is not a path
                # left: "going back to the original equation, substitute y = 2x", "now, going
                # back to the original variables, ..."; nor a place: "to get back to the
                # original position")
                r"(?:go|went|get) back to (?:step|the (?:original|previous|earlier|first|start"
                r"|beginning|drawing board|equation|setup)|my (?:previous|earlier|first)"
                r"|square one|where)(?! " + _PLACE + r")|going back to (?:step|the (?:previous"
                r"|earlier|first|start|beginning|drawing board)|my (?:previous|earlier|first)"
                r"|square one|where)|going back to the (?:original|equation|setup)"
                r"(?![^\n.!?;:,]{0,60}[,:])(?! "
                + _PLACE
                + r")|step back(?! (?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
                r"|backtrack(?:ing)?"
                # the term defined is not the behaviour: "backtracking means returning to ..."
                r"(?! (?:means|is (?:a|an|the|when|where)|refers to|is defined|describes)\b)"
                r"|back(?:ing)? out of (?:that|this"
                r"|it)\b",
            ),
            (
                (
                    "over",
                    "scratch",
                    "scrap",
                    "forget",
                    "discard",
                    "abandon",
                    "drawing",
                    "dead",
                    "afresh",
                    "again with",
                    "drop",
                    "ditch",
                ),
                # ("starting again with the equation" re-computes to check: only a method, "again
                # with a / an ...", counts)
                r"start(?:ing)? (?:over|afresh|from scratch|again[ ]with (?:a|an)\b)|scra(?:p|tch)"
                r" (?:that|this|it|the (?:idea|approach|last|previous))|scrap the [a-z]+"
                # (seventh generalisation: "scratch the substitution;", not "scratch the surface")
                r"|scratch the (?!surface)[a-z]+(?: [a-z]+)?(?=\s*[;.,:!])"
                r"|(?<!n.t\s)(?<!nt\s)forget (?:that|this|it)"
                r"(?=\s*[.,;:!]| approach| idea| route)|discard (?:that|this)|abandon (?:this"
                r"|that|the)|dead[- ]end|drawing board"
                # (eighth-session wave: "Scrap 24 and divide by 2", "ditch the 75;", "Drop that."
                # opening a sentence; not "we can drop that term", "prices drop 5%")
                r"|(?:scrap|scrapping|ditch|ditching) (?:the )?"
                + _NUM
                + r"\b(?!\s*%)|(?:^|(?<=\n)|(?<=[.!?;:][ ]))(?:drop|ditch|scrap) (?:that|this|it)"
                r"(?=\s*[.!;])",
            ),
            (
                (
                    "wrong",
                    "incorrect",
                    "mistake",
                    "flawed",
                    "right",
                    "error",
                    "correct",
                    "is off",
                    "be off",
                    "was off",
                ),
                r"(?#prefilter:2)"
                r"(?:that|this|it|(?:that|this) (?:reasoning|argument|logic|assumption|step|idea"
                # (seventh generalisation: "this calculation is incorrect because ...", "perhaps
                # the decimal approach was incorrect")
                r"|method|approach|calculation|computation|setup|formula|equation|count"
                r"|derivative|expression)|the (?:[a-z]+ )?(?:approach"
                r"|method|strategy)|my (?:initial )?assumption|(?:my|our|the) (?:previous|earlier"
                # (eighth-session wave: "the first formula was wrong", "the original count is
                # incorrect", "the formula I used was wrong")
                r"|last|first|original|initial|old) (?:"
                + _W
                + r" )?(?:answer|approach|attempt|step|calculation|reasoning|result|guess|idea"
                r"|formula|assumption|equation|setup|count|expression|derivative|computation"
                r"|method)|the (?:formula|equation|setup|method|approach|count|expression)"
                r" (?:i|we) (?:used|chose|wrote|set up|applied)(?: (?:earlier|before|first"
                r"|initially|here))?)(?:'s| is| was) (?:wrong|incorrect|a mistake|flawed"
                r"|not right|not correct|an error)|there (?:seems to be|was|appears to be|appears"
                # (sixth generalisation: a mistake located in a step, then corrected; "there must
                # be a mistake somewhere" and "an issue with the calculation. Let's recheck" are
                # verification)
                r" to have been) (?:a (?:mistake|error) (?:in|with)|an (?:error (?:in|with)|issue"
                r" with)) (?:my|our|the) (?:initial |previous |earlier )?(?:"
                + _W
                + r" )?(?:approach|reasoning|setup|solution|process|(?<!issue[ ]with[ ]the[ ])"
                r"(?:calculation|simplification))\b"
                # (seventh generalisation: a verdict, then a turn: "so my closed form is off;
                # going back to the recurrence", "must be wrong; I'll redo it with ...")
                r"|(?:is|was|must be) (?:wrong|off|incorrect|flawed)\s*[;:,.]\s*(?:going back"
                r"|go back"
                r"|back to|(?:i'll|let me|let's|we'll) (?:redo|restart|start over|try)|redo"
                r"|restart|start over|starting over)\b",
            ),
            (
                ("mistake", "error", "wrong", "oops", "miscalcul", "messed"),
                r"(?<!maybe\s)(?<!perhaps\s)(?:i made (?:a|an) (?:\w+ )?(?:mistake|error)|we made"
                r" (?:a|an) (?:\w+ )?(?:mistake|error)(?! somewhere))|i was wrong"
                r"|i see the (?:error"
                r"|mistake)|my mistake|oops|i miscalculated|miscalculation"
                r"|i messed (?:(?:that|it|this) )?up"
                r"|(?:started|began) with the wrong",
            ),
            (
                ("instead",),
                r"(?#prefilter:2!)"
                r"instead,? (?:let's|let me|i'll|we'll|i will|we will|we can|i can|try|use"
                r"|consider)|(?:let's|let me|i'll|we'll|i will|we will|try|use|so|let us|maybe"
                # (seventh generalisation: "maybe 11 * 8 - 2 instead", "do long division
                # instead")
                r"|perhaps|how about|what about|(?:^|(?<=\n)|(?<=[.!?;][ ]))do)(?: "
                + _W
                + r"){0,8}? instead\b(?! of)"
                # (fifteenth session: not "so writing 7 + 3 × 5 instead would describe exactly
                # the same value", an equivalence)
                r"(?! (?:would|gives?|is|yields?|means) (?:[a-z]+ ){0,2}the same\b)"
                # (sixteenth session: not a sign chosen to be read right, "i'll just use x
                # instead so i don't confuse it with a decimal point")
                r"(?! so (?:as not to |(?:i|we|you|it|that|nobody|no one) (?:don't|doesn't|do not"
                r"|won't|can't) )(?:confuse|mix|misread|mistake|read|look like|get confused)\b)"
                r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:working|trying|going)(?: "
                + _W
                + r"){0,4}? instead\s*:",
            ),
            (
                # (fourteenth session, from the twenty-sixth round's misses: small models' terse
                # switches) "hmm forget logs, 81 = 3^4", "got lost, dropping that.", "so
                # plugging in is out; use ...", "polynomial division instead: ..."; not "don't
                # forget the units", "dropping that term", "the sun is out"; not "a direct
                # computation is quicker: ..." (a method chosen, nothing left)
                ("forget", "dropping", "is out", "instead"),
                r"(?:^|(?<=\n)|(?<=[.!?;,][ ]))(?:(?:hmm|ok|okay|nah|so),? )?forget (?:about )?"
                r"(?:the )?(?!(?:it|that|this|to|about)\b)[a-z]{3,}(?: [a-z]{3,})?(?=\s*[,;:.!])"
                r"|\bdropping (?:that|this|it)(?=\s*[.,;:!])"
                r"|\b[a-z]{2,}ing(?: in| out| it)? is out(?=\s*[;:.,])"
                r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:not|no|and|or|but|so)\b)[a-z]+(?: [a-z]+){0,2}"
                r" instead\s*:",
            ),
            (
                # (fifteenth session, from the twenty-ninth round's misses: small RL-trained
                # models' terse switches) "give up on listing.", "new way:", "eh skip that",
                # "restart properly.", "redo it as a combination:"; not "skip that step since
                # ...", "a new way to write it", "redo the sum: 3 + 4 = 7" (a recheck)
                ("give up on", "new ", "skip", "restart", "redo"),
                r"\bgive up on (?:this|that|it|the [a-z]+|[a-z]+ing)\b(?=\s*[.,;:!])"
                r"|\bnew (?:way|approach|method|plan|idea|route|tack)\s*:"
                r"|\b(?:eh|hmm|ok|okay|nah|no)\W{0,3}\s*skip (?:that|this|it)(?=\s*[.,;:!])"
                r"|(?:^|(?<=\n)|(?<=[.!?;:,>][ ]))restart(?:ing)?(?: properly| from scratch"
                r"| fresh| cleanly)?(?=\s*[.:,;])"
                r"|\bredo (?:it|this|that|everything) (?:as|with|using|by) (?:a|an|the)\b",
            ),
            (
                # (fifteenth session, from the thirtieth round's misses) a method set aside or
                # stopped: "Let me put calculus aside", "Throwing that calculation away",
                # "Dropping the casework", "let me stop listing", "That makes the Euler route
                # pointless"; not "put 5 dollars aside", "stop the timer"
                ("aside", "away", "dropping", "drop ", "stop ", "pointless"),
                r"\b(?:put|putting|set|setting|throw|throwing|toss|tossing)"
                r" (?:the |that |this |my )?(?!(?:it|them|some|money)\b)[a-z]+(?: [a-z]+)?"
                r" (?:aside|away)\b"
                r"(?<!money[ ]aside)(?<!money[ ]away)"
                r"|\b(?:dropping|drop) (?:the |that |this |my )?(?:casework|listing|guessing"
                r"|enumeration|table|approach|method|route|idea|substitution|expansion|calculus"
                r"|computation|calculation)\b"
                r"|\b(?:stop|stopping) (?:listing|guessing|grinding|enumerating|expanding|trying"
                r"|fiddling|casework)\b"
                r"|\b(?:makes?|made) (?:the |that |this )?[a-z]+(?: [a-z]+)? (?:route|approach"
                r"|method|idea|plan) pointless\b",
            ),
            (
                ("swap", "switch", "order", "rearrang"),
                r"(?:swap|switch|change|rearrange) the (?:order|roles|numbers|operations|signs)"
                # (fourteenth session: not "the same expression with the terms in a different
                # order", a presentation)
                r"|(?<!terms[ ])(?<!factors[ ])(?<!written[ ])(?:in|try) (?:a|the) (?:different"
                r"|other|another) order",
            ),
            (
                (
                    "too",
                    "not",
                    "over",
                    "under",
                    "short",
                    "off",
                    "wrong",
                    "close",
                    "above",
                    "below",
                    "nope",
                    "isn",
                    "try",
                    "guess",
                    "how about",
                    "what about",
                    "no\n",
                    "no.\n",
                    "no!\n",
                    "nope\n",
                    "nope.\n",
                    "nah\n",
                    "nah.\n",
                ),
                # unworded: a failed check against the target followed by a new computation
                # (eighth-session wave: a result rejected with "no" / "nope" right after it, then
                # a new guess at once: "gives 29, no. Try a = 3", "sum 8, nope. How about 3 and
                # 7?"; not "no" answering a question of the problem, which no digit precedes)
                r"(?:(?<=\d[ ])|(?<=\d,[ ])|(?<=\d\)[ ])|(?<=\d\),[ ]))(?:no|nope)[.!,;]\s+"
                r"(?:-\s*)?"
                r"(?:try|guess|how about|what about|next (?:guess|try))\W*\s*(?:[a-z]\s*=\s*)?"
                + _NUM
                # (tenth session: a result rejected at its line's end, the next line a new
                # computation: "= 94. nah.\n19 = 20 - 1", "= 36 no\n8*4-5 = 27"; the operator
                # may be a non-ASCII one)
                + r"|(?:(?<=\d[ ])|(?<=\d[.][ ])|(?<=\d,[ ]))(?:no|nope|nah)[.!]?\n\s*"
                r"\(?"
                + _NUM
                + r"\s*(?:x|"
                + _DASH
                + r")\s*\(?"
                + _NUM
                + r"|(?:too (?:big|high|large|small|low|much|little|many|few)|(?:is not|isn't"
                r"|not equal"
                r" to|not) "
                + _NUM
                # (seventh generalisation: "→ above 24", "way off from 20", "one too many")
                + r"|(?:over|under|short of|above|below) (?:the )?(?:target|goal|"
                + _NUM
                + r")|(?:way|far) off from "
                + _NUM
                # ("(48 - 11) / 6 isn't a whole number. Try ...", "nope, need 48. (100 - 4) / 2")
                + r"|(?:isn't|is not) (?:a whole number|an integer)|nope,? (?:i |we )?need "
                + _NUM
                + r"|off by "
                + _NUM
                # sixth generalisation: "wrong, we want 82. try ...", "one short. let me try"
                + r"|wrong(?:,? (?:we|i) (?:want|need)(?:ed)? "
                + _NUM
                + r")?|(?:one|two|three|"
                + _NUM
                + r") (?:short|over)|not quite|(?:way|far) (?:off|below|above)|close,? but"
                r" (?:(?:i|we) (?:need"
                r"|want)(?:ed)? "
                + _NUM
                + r"|not "
                + _NUM
                + r")"
                # (sixteenth session: not a number that begins a product, "has to be below 4 *
                # 1/6 = 0.667", whose sign the bullet below would read)
                + r")(?!\s?[*/x]\s?\(?\d)(?:\s*[.!,;:)]+)?\s+(?:[-*]\s*)?(?:(?:(?:so|then|now|next"
                r"|instead|hmm|ok|okay"
                r"|what about|what if|how about|try|trying|let's try|maybe|swap to|switch to"
                r"|change to)\W*\s*)?\(?"
                + _NUM
                + r"\s*[-+*/x]\s*\(?"
                + _NUM
                # (eighth-session wave: "216, too small. Guess 7: ...", "not 18. What about x = 3?")
                + r"|(?:try|guess|how about|what about|next (?:guess|try))\W*\s*(?:[a-z]\s*=\s*)?"
                + _NUM
                # (tenth session: a new line of work with a non-ASCII operator, "4 short.\n23 -
                # 3 = 20"; not on the same line: "3 short of 30; 10 - 7 = 3" names a gap)
                + r"|(?<=\n)[ \t]*\(?"
                + _NUM
                + r"\s*"
                + _DASH
                + r"\s*\(?"
                + _NUM
                + r"|(?:let me|let's|i'll|we'll) try\b)",
            ),
            # tenth session (issue 19, from the twentieth round's misses)
            (
                # a result retracted as soon as written, or a conclusion held back: "= 35 -- no,
                # that counts all committees", "11! -- no, that overcounts", "I was about to
                # say yes. Hold on"; not "no, that is the answer" after a question (no result
                # before the dash), "about to see why"
                # (and a verb with "instead" after a dash: "that's over -- subtract instead: 63 -
                # 2")
                ("no,", "about to", "instead"),
                r"(?:\d+|[!)])[ ]?(?:" + _DASH + r"{1,2}|--)[ ]?no,[ ](?:that|this|it)\b"
                r"|" + _DASH + r"{1,2}[ ][a-z]+ instead\s*:"
                r"|(?:i|we) (?:was|were) (?:just )?about to (?:say|answer|conclude|write|declare"
                r"|call it)\b",
            ),
            # third round (issue 19)
            (
                ("instead", "rather"),
                r"instead of (?:that|this|doing (?:that|this))\b|rather than (?:continuing"
                r"|pursuing|keeping|persisting|pushing|sticking|going (?:down|on)|grinding)",
            ),
            (
                ("again", "more"),
                r"(?:trying|try it|let's try|let me try|i'll try|we'll try|try) (?:again|once"
                r" more)\b|one more (?:try|attempt)",
            ),
            (
                ("think",),
                r"(?#prefilter:5)"
                r"(?:i|we) don't think (?:this|that|it)(?: (?:approach|way|method|combination"
                r"|route|one))? (?:will |would |is going to )?(?:works?|leads?|gets?|helps?"
                r"|reach(?:es)?|gives?)\b",
            ),
            (
                ("reflection", "thoughts"),
                r"(?#prefilter:1!)on (?:further |second )?reflection,|on second thoughts",
            ),
            (
                ("undo",),
                # (sixteenth session: not an operation inverted, "undo that fraction to recover
                # the original")
                r"undo (?:that|this|the (?:last|previous))(?! (?:fraction|percentage|percent"
                r"|discount|factor|multiplication|division|operation|scaling|increase|decrease"
                r"|markup)\b)",
            ),
            (
                ("attempt", "trial", "plan"),
                r"(?:attempt|trial) (?:#\s*|no\.\s*)?(?:[2-9]|two|three|four|five)\s*[:.)]"
                r"|plan b\b",
            ),
            (
                ("complicat", "stuck", "stall"),
                # "maybe I'm overthinking it, but it seems clear" and "no need to overcomplicate
                # it" are not backtracking in real completions
                r"(?#prefilter:1)"
                r"(?:i'm|i am|i was|that might be|this might be|that's|this is|that would be)"
                r" over-?complicating|i over-?complicated|(?:i'm|i am|we're|we are|i got|we got)"
                r" stuck|(?:approach|method|attempt|this|that|it) (?:stalls|stalled|gets stuck)",
            ),
            # second broadening (issue 19)
            (
                ("bad",),
                r"(?#prefilter:2)(?:was|is|seems like|'s) a bad (?:idea|choice|approach|move|start"
                r"|plan)",
            ),
            (
                (
                    "drop",
                    "abandon",
                    "ditch",
                    "give up",
                    "giving up",
                    "set aside",
                    "scrap",
                    "throw",
                    "toss",
                ),
                r"(?:drop|dropping|abandon|abandoning|ditch|ditching|give up on|giving up on|set"
                r" aside|scrap|scrapping|throw out|throw away|toss) (?:the|this|that|my) (?:"
                + _W
                + r" )?(?:approach|method"
                r"|idea|route|plan|attempt|strategy|"
                # sixth generalisation: "I'll drop the recursion and count the paths directly"
                 + _W + r" and (?:instead )?(?:count|use|try|compute|solve|work|apply|go))",
            ),
            (
                ("didn", "doesn", "won", "not", "fail"),
                r"(?:first|previous|last|original|initial|earlier|other) (?:idea|approach|attempt"
                r"|method|plan|guess|try|strategy) (?:didn't|did not|doesn't|does not|won't|failed"
                r"|fails)",
            ),
            (
                ("instead", "rather"),
                # (seventh generalisation: "rather than guessing, I'll factor")
                r"(?:instead of|rather than) (?:brute[- ]forc(?:e|ing)|guessing|expanding"
                r"|continuing|trying|grinding)",
            ),
            (
                ("again", "strateg", "tack", "tactic", "approach", "plan", "method", "technique"),
                # (eighth-session wave: "so I change the method and use ...", "switching methods",
                # "we changed our technique")
                r"(?:try|trying) yet again|(?:change|changes|changed|changing|switch|switches"
                r"|switched|switching) (?:of )?(?:my |our |the )?(?:strategy|strategies|tack"
                r"|tactics|approach|approaches|plans?|methods?|techniques?)\b(?! of\b)"
                # (not a noun of the problem: "the plane changes the approach angle")
                r"(?=\s*(?:[.,;:!?)]|$|(?:and|to|here|now|again|then|entirely|completely"
                r"|altogether|slightly|instead|so|since|because|by|for|with|from)\b))",
            ),
            (
                ("better", "smarter", "simpler", "easier", "cleaner", "efficient", "quicker"),
                r"(?:maybe|perhaps) there(?:'s| is) a (?:better|smarter|simpler|easier|cleaner"
                r"|more efficient|quicker) (?:way|approach|method)|(?:actually|however|wait"
                r"|instead|perhaps|maybe),? (?:a|the) (?:cleaner|better|simpler|easier|smarter"
                r"|quicker|more direct) (?:approach|way|method)(?: is| would be)? to",
            ),
            (
                ("too",),
                # an approach judged too costly ("that might be too complicated for this
                # problem"); "this seems complicated, but maybe I can expand it" is not
                r"(?#prefilter:2!)"
                r"(?:that|this|it)(?: approach| method| route| way)? (?:seems|looks|might be"
                r"|would be|could be|becomes|is getting|gets)(?: a bit| way)? too (?:complicated"
                r"|messy|time-consuming|involved|tedious|cumbersome)",
            ),
            (
                ("wrong",),
                r"(?#prefilter:2!)"
                r"wrong (?:track|direction|path|approach|route)|about (?:this|it) the wrong way",
            ),
            (
                ("re-examine", "reexamine", "re-evaluate", "reevaluate", "rework", "re-work"),
                r"(?#prefilter:2!)"
                r"(?:let me|let's|i'll|we'll|i should|we should|i need to|we need to)"
                r" (?:re-?examine|re-?evaluate|re-?work) (?:this|that|it|the|my)",
            ),
            (
                ("overshoot", "overshot", "undershoot", "undershot", "misses"),
                # unworded, as the structural family: a miss followed by a new computation
                r"(?:overshoots?|overshot|undershoots?|undershot|misses)(?:\s*[.!,;:)]+)?\s+(?:(?:s"
                r"o"
                r"|then|now|next|instead|hmm|ok|okay|what about|how about|try|trying|let's try"
                r"|maybe|swap to|switch to|change to)\W*\s*)?\(?"
                + _NUM
                + r"\s*[-+*/x]\s*\(?"
                + _NUM,
            ),
            (
                ("doesn", "does not", "didn", "did not", "won"),
                r"(?:doesn't|does not|didn't|did not|won't) work(?: out)?(?=\s*[.!;])"
                # (seventh generalisation: "partial fractions wont work here since ...")
                r"|(?:won't|will not) work here\b",
            ),
            (
                ("back", "worse", "forget", "fail", "should have"),
                # "starting again:" after "let me double-check" redoes a computation to check it
                # (verification), so it is not here
                r"(?:^|(?<=\n)|(?<=[.!;]\s))back to (?:the )?(?:original|previous|earlier|first"
                r"|start|beginning|drawing board|square one)|(?:made|makes|making) (?:it|things"
                r"|this|that|everything) worse|(?<!n.t\s)(?<!nt\s)forget (?:about )?(?:the|that"
                r"|this|my) (?:" + _W + r" )?(?:approach|method|idea|formula|substitution|route"
                r"|plan|attempt)|(?:line of (?:attack|reasoning|thought)|tactic|substitution"
                r"|manipulation|trick) (?:fails|failed|doesn't work|didn't work|leads nowhere"
                r"|goes nowhere)|i should have (?:used|done|started|picked|tried|chosen"
                r"|multiplied|divided|added|subtracted)",
            ),
            # third generalisation (issue 19): how real completions turn away from an approach
            (
                (
                    "rather than",
                    "instead of",
                    "never mind",
                    "abandon",
                    "throw",
                    "restart",
                    "after all",
                    "better",
                    "simpler",
                    "cleaner",
                    "easier",
                ),
                # not "alternatively, ...": real completions use it as often to confirm a result
                # by a second method (a check) as to leave a failing one
                r"(?:rather(?:(?<=[.!?;:][ ]rather)|(?<=\nrather)|(?<=^rather)) than|instead(?:(?<="
                r"[.!?;:][ ]instead)|(?<=\ninstead)|(?<=^instead)) of) "
                + _GERUNDS
                # (precision wave: a notation chosen, not a method left: "instead of writing 6/8,
                # we write it in lowest terms", "instead of expressing it as a decimal, ...")
                + _NOTATION
                # (sixteenth session: a way of working declined before any was tried, "rather than
                # combining numbers at random, ask ...", is a plan, not a method left)
                + r"(?![^\n.!?;]{0,40}?\b(?:at random|randomly|blindly|arbitrarily|by guessing)\b)"
                + r"|never mind|abandon (?:it|this|that"
                r"|the)|throw (?:it|this|that) out|(?:let me|let's|i'll|we'll) restart"
                r"|(?:not|n't) (?:use|do|go with) (?:" + _W + r" ){1,5}?after all"
                r"|(?:^|(?<=\n)|(?<=[.!?;][ ]))a (?:better|simpler|cleaner|easier)"
                r" (?:route|approach|way|method|idea|strategy|plan)\s*(?::|is to|would be)",
            ),
            (
                ("forgot", "dropped", "left out", "omitted", "neglected", "overlooked"),
                # (eighth-session wave) a forgotten or dropped step of the work noticed at once,
                # which the work then replaces: "wait, I forgot to subtract the multiples of 15",
                # "so I dropped the chain rule", "oh, we overlooked the case n = 0"; not "I forgot
                # my keys" nor "we forgot to check" (a check), nor "we dropped the constant term",
                # nor "..., which is impossible. I forgot to subtract the intersection" (a check's
                # verdict and its fix: verification, as the eleventh round labels it)
                r"(?#prefilter:3!)"
                r"(?:wait|oops|whoops|oh|ah|ahh|hmm|hold on|actually|but|so|ugh|darn)[,.!]? (?:i"
                r"|we) (?:forgot|left out|omitted|neglected|overlooked)"
                r" (?:to (?:subtract|add|include|count|multiply|divide|account|consider|carry"
                r"|convert|exclude|remove|square|double|halve|apply|use|distribute|factor|take"
                r"|simplify|flip|reverse|change|negate|reduce|cancel)\b|(?:about )?"
                r"(?:the|a|an|that|this|one|two) (?:" + _W + r" )?(?:constant|factor|sign|term"
                r"|terms|case|cases|chain rule|minus|negative|coefficient|carry|denominator"
                r"|exponent|square|root|roots|solution|solutions|outcome|outcomes|possibility"
                r"|condition|restriction|step|multiples?|overlap|units?|remainder|rule|tax|fee"
                r"|discount|cost|interest|\d+)\b)"
                r"|i dropped (?:a|an|the) (?:" + _W + r" )?(?:factor|sign|term|chain rule|minus"
                r"|negative|coefficient|constant|exponent|square|carry|step|rule)\b",
            ),
            (
                ("complicated", "messy", "tedious", "cumbersome", "hopeless", "forever"),
                # the approach judged, then a turn: "this seems messy. maybe i should look for a
                # pattern", "this might be a bit complicated to handle directly. maybe ..."
                r"(?:complicated|messy|tedious|cumbersome|hopeless|forever)(?: " + _W + r"){0,4}?"
                r"[.;:]\s+(?:maybe|perhaps|alternatively|instead|a better)\b",
            ),
            (
                # a way judged unhelpful, then another tried: "that doesn't seem helpful.
                # Alternatively, ...", "so that might not help directly. Let me try ..."
                # ("help": every match has it, whatever adverbs come before it)
                ("help",),
                r"(?#prefilter:2!)"
                r"(?:doesn't|does not|didn't|did not|might not|may not|won't|isn't|is not)"
                r"(?: (?:seem|be|to be|really|directly|very|particularly|immediately))*"
                r" help(?:ful)?(?:\b[^.!?]"
                r"{0,80}[.!?]\s*(?:alternatively|another (?:approach|way|idea|method)|maybe|perhaps"
                r"|instead|let me try|let's try|let me think)|;\s*[a-z]+ing(?: "
                + _W
                + r"){0,3}? instead\b)",
            ),
            # ninth-session wave (issue 19, by form)
            (
                # an approach begun or planned, then turned from in the same sentence: "I started
                # adding the terms by hand; that's too slow, I'll stop and use the formula", "I
                # was going to try values one by one; forget that", "I began with substitution
                # but got tangled in signs", "I tried to spot a pattern, which is useless mod
                # 7"; "I'll stop guessing and reason from the conditions"; not "we began with
                # 2x + 3 = 11; subtracting 3 is easier" (no "but"), nor "we started the count at
                # 1; stop at 10" (no speaker stops)
                ("started", "began", "going to", "planned", "tried", "set out", "stop", "rather"),
                # (a hyperscan database with this pattern led by "(?:i|we) " and four other "i
                # ..." patterns missed "i see the error" after "a dead end": it keeps two words)
                r"(?#prefilter:2)"
                r"(?:i|we) (?:started|began|was going to|were going to|had planned to|planned to"
                r"|first tried|initially tried|set out)\b"
                # (the approach worked: "I first tried x = 2 and it works, but a quicker way
                # is ...", not a turn)
                r"(?![^.!?\n]{0,140}?\b(?:it|that|this) (?:works|worked|is right|is correct"
                r"|checks out)\b)(?:[^.!?\n]|\.\.\.|\.(?=[.\d),]))"
                r"{0,140}?(?:\bbut\b[^.!?\n]{0,60}?\b(?:faster|quicker|simpler|easier|cleaner"
                r"|shorter)\b|(?:\bbut\b|;|" + _DASH + r"\s| - |\.\.\.)[^.!?\n]{0,60}?"
                r"(?:\binstead\b(?! of)|\bswitch\w*|\b(?:i'll|i will|let me|let's|we'll|i|we)"
                r" stop\b|\bforget (?:it|that|this)\b|\bset (?:that|it|this) aside|\bdrop"
                r" (?:that|it|this)\b|\babandon\w*|\blet(?: me|'s| us) not\b|\bgive up\b"
                r"|\brather than\b|\btoo (?:slow|messy|long|tedious|fiddly)\b"
                r"|\b(?:fiddly|tangled)\b))"
                r"|(?:i|we) (?:tried|started|began)\b[^.!?\n]{0,100}?\b(?:useless|hopeless"
                r"|pointless|no use|no help|went nowhere|led nowhere|didn't work|did not work"
                r"|failed)\b"
                r"|(?:let me|let's|let us|i'll|i will|we'll|we will|time to) stop(?: (?:guessing"
                r"|trying|that|this|doing (?:that|this)|(?:the )?(?:brute force|trial and error)"
                r"))?(?: and|,? "
                + _DASH
                + r"|,)\s*(?:just )?(?:use|try|reason|go|switch|solve|think|work"
                r"|set up|take|apply|do|look|write|count|factor|compute)\b"
                r"|rather than (?:keep|continue)\b",
            ),
            (
                # the approach in hand put away by a verb with a pronoun: "abandoned that", "I'll
                # set that aside", "drop that for the complement", "forget that —", "forget
                # multiplying, just add", "let me not.", "switch over to a product", "come at
                # this from the other end", "Other way round:", "so do it the other way"; not
                # "she set it aside for savings" (no speaker), "forget that x is positive", "count
                # it the other way to check"
                (
                    "abandon",
                    "gave up",
                    "give up",
                    "giving up",
                    "aside",
                    "drop",
                    "ditch",
                    "forget",
                    "not",
                    "switch",
                    "other",
                ),
                r"(?:abandon(?:ed|ing)?|gave up on|give up on|giving up on) (?:that|this|it)\b"
                r"(?! (?:is|was|'s)\b)|(?:(?:i|we)(?:'ll| will)?|let me|let's|so|just) (?:set"
                r"|put|lay|laid) (?:that|this|it) aside|(?:drop|dropping|dropped|ditch|ditching"
                r"|ditched) (?:that|this|it) (?:for|in favou?r of)\b|(?<!n.t\s)(?<!nt\s)forget"
                r" (?:(?:that|this|it)(?=\s*"
                + _DASH
                + r")|(?:about )?[a-z]+ing(?=,|;| and\b| "
                + _DASH
                + r"))"
                r"|(?:let me|let's|let us) not(?=\s*[.!;])"
                r"|switch(?:ing|ed)? over to\b|(?:come at|coming at|came at|approach|approaching"
                r"|attack|attacking|tackle|tackling) (?:it|this|that|the problem)(?: instead)?"
                r" from (?:the other (?:end|side|direction)|another (?:angle|direction|side|end)"
                r"|a different (?:angle|direction|side|end))"
                r"|(?:^|(?<=\n)|(?<=[^\w\s,()\[\]][ ]))(?:the )?other way (?:round|around)"
                r"\s*[:.,]|(?:do|try|compute|count|solve|work) (?:it|this|that) the other way\b"
                r"(?![^.!?\n]{0,40}\b(?:to (?:check|verify|confirm|double)|as a check))",
            ),
            (
                # a restart opening a sentence ("No — that ignores the second train. Start
                # again with the closing speed", "Back up and pair 2 with 3", "wait no. start
                # again:"; not "let me double-check. Starting again: ...", a redo to check as
                # real completions write it); an operator swapped ("Swap the + for ×: 35 × 2 =
                # 70"); a claim of one's own declared wrong ("so that claim was wrong"); a
                # step's verdict ("12 × 80 = 960 — wrong operation."); a first answer taken back
                # ("I first wrote 1/4, but recounting ..."); not "start again with the equation
                # to check", "be careful not to use the wrong formula", "we first found x = 2,
                # but we still need y"
                (
                    "back up",
                    "start",
                    "swap",
                    "switch",
                    "change",
                    "replace",
                    "trade",
                    "wrong",
                    "incorrect",
                    "false",
                    "mistaken",
                    "first",
                    "initially",
                    "originally",
                ),
                r"(?:^|(?<=\n)|(?<=[^\w\s,()\[\]][ ]))(?:(?:back up|start (?:again|over|afresh))"
                r" (?:and|with|using|from|by)\b(?![^.!?\n]{0,80}\b(?:to (?:check|verify|confirm"
                r"|double)|as a check))|start (?:again|over)\s*:)"
                r"|(?:swap|switch|change|replace|trade)(?:s|ed|ing)? the (?:[^\w\s]|plus|minus"
                r"|times|sign|operation|operator|(?:first|last|second|final) (?:operation"
                r"|operator|sign|step)|[a-z]+ sign) (?:for|with|to|into|by)\b|(?:that|my|our)"
                r" (?:claim|guess|hunch|estimate|conclusion|prediction|(?:first |initial"
                r" |earlier )?answer) (?:was|is) (?:wrong|incorrect|false|mistaken)\b"
                r"|(?<=[^\w\s.!?()\[\]][ ])(?:(?:obviously|clearly|so|that's|that is|it's|also)"
                r" )?(?:the |a )?wrong (?:operation|operator|formula|sign|middle term|pairing"
                r"|factorization|setup|base|grouping|equation)(?=\s*[^\w\s,()\[\]])"
                r"|(?:i|we) (?:first|initially|originally) (?:wrote|said|got|had|thought|assumed"
                r"|computed|guessed|put|took|used|tried|claimed)\b(?:[^.!?\n]|\.(?=\d)){0,100}?,?"
                r" but\b[^.!?\n]{0,60}?\b(?:wrong|mistake|slip|re-?count\w*|redo\w*|re-?check\w*"
                r"|actually|missed|forgot|over-?count\w*|under-?count\w*|error)",
            ),
            (
                # a sentence that replaces what came before: "Take logs instead:", "Going with
                # n(n + 1) instead: ...", "Instead divide 81 by 9", "Better: 2^3 = 8 ...",
                # "Method 1 fails:", "Attempt B:"; not "use the fraction instead of the decimal"
                ("instead", "better", "simpler", "easier", "cleaner", "fail", "attempt"),
                r"(?:^|(?<=\n)|(?<=[.!?;:][ ]))(?:(?:[a-z]+ing|take|use|try|do|go|divide|multiply"
                r"|add|subtract|solve|factor|apply|count|set|write|compute|pair|group|make|put"
                r"|start|work)(?: [^\s.!?;:]+){0,5} instead\s*[:.,;]|instead,? (?:divide"
                r"|multiply|add|subtract|take|do|go|set|write|solve|compute|factor|apply|count"
                r"|pair|group|make|put|start)\b|(?:better|simpler|easier|cleaner)\s*:)"
                r"|(?:method|approach|attempt|idea|plan|option) (?:\d|[a-d]|one|two|three)\b:?"
                r" (?:fails|failed|doesn't work|didn't work|is a dead end|won't work)\b"
                r"|attempt (?:b|c|d)\s*[:.)]",
            ),
        ),
        # Decomposing the problem into intermediate goals.
        "subgoal_setting": (
            (
                ("first", "start", "begin", "initially"),
                # (sixth generalisation: "first we need the total number of outcomes; next, ...")
                r"(?:first|to start|to begin|initially),? (?:we|i|let's|let me|let us)(?:'ll"
                r"| will)? (?:(?:need to|have to|must|should|want to|try to|aim to|'ll|will|are"
                r" going to|am going to) " + _VERBS + r"|need (?:the|an?) )",
            ),
            (
                ("first",),
                r"(?:(?:we|i|let's|let me|i'll|we'll|we will|i will|we need to|i need to|we should"
                r"|i should|we must|we can) )?first,? (?:(?:we|i|let's|let me|we'll|i'll) )?"
                + _VERBS
                + r"(?: "
                + _W
                + r"){0,10}?[,;]?"
                r" (?:and )?(?:then|after that|afterwards),? (?:(?!(?:the|a|an|this|that|it|is"
                r"|we get|we have|i get|i have)\b)[a-z]+|(?:the|that|it|this) (?:"
                + _W
                + r" ){0,3}?(?:is|are|becomes|will be)"
                r" (?:easy|simple|straightforward|immediate))",
            ),
            (
                ("first",),
                r"(?#prefilter:4)"
                r"(?:let's|let me|i'll|we'll|we|i|we will|i will|we need to|i need to|we should"
                r"|i should|we must|we can|i can|we have to|i have to) first (?:need to |have to |)"
                # (fourteenth session: bookkeeping is no goal, "let me first write down the
                # numbers in increasing order")
                r"(?!(?:write down|" + _BOOKKEEPING + r")\b)" + _VERBS,
            ),
            (
                ("then", "next", "after", "finally", "second", "third"),
                r"(?:then|next|after that|finally|second|third),? (?:we|i) (?:need to|have to"
                r"|must|should|will|can|want to|'ll) (?:find|compute|calculate|determine|figure"
                r" out|solve|work out|use|check|combine|add|substitute|simplify|isolate|get|make"
                r"|multiply|divide|subtract|apply|plug|evaluate)",
            ),
            (
                (
                    "goal",
                    "step",
                    "task",
                    "objective",
                    "plan",
                    "strategy",
                    "idea",
                    "key",
                    "trick",
                    "crux",
                    "aim",
                    "thing",
                    "target",
                    "approach",
                    "steps",
                    "parts",
                    "stages",
                ),
                # (sixteenth session: not "the goal of the idea is to describe ...", a purpose)
                r"(?<!goal[ ]of[ ])(?<!purpose[ ]of[ ])(?<!point[ ]of[ ])(?<!aim[ ]of[ ])"
                r"(?:the|our|my) (?:(?:first|next|immediate|second|intermediate|initial)"
                r" (?:goal|step|task|objective|aim|thing to do|target|subgoal)|sub-?goal|plan"
                r"|strategy|idea|key|trick|crux|approach|key step|main step|game plan)(?: here)?"
                r" (?:is|will be|would be)(?: (?:to|:|"
                + _VERBS
                + r"|(?!using)"
                + _GERUNDS
                + r")|:\s*"
                + _VERBS
                + r"\b)"
                r"|(?:step (?:one|1|two|2) is to)"
                r"|(?:^|(?<=[\n>]))\s*(?:\*\*)?(?:game plan|plan of attack|plan|strategy)"
                r"(?:\s*:|\*\*\s*(?::|\n\s*(?:1[.)]|-|\*)\s))"
                # (the lookbehinds follow the number: an alternative that starts with a
                # lookbehind is tried at every offset)
                # (tenth session: "f is defined in two parts: ..." is a definition, not a plan)
                r"|(?:two(?<!into[ ]two)(?<!defined[ ]in[ ]two)|three(?<!into[ ]three)"
                r"(?<!defined[ ]in[ ]three)|four(?<!into[ ]four)"
                r"|2(?<!into[ ]2)|3(?<!into[ ]3)|4(?<!into[ ]4)) (?:main )?"
                r"(?:steps|parts|stages)\s*:|into (?:two|three|four|2|3|4) (?:main )?(?:steps"
                # "split into two parts: finding ...", not "splitting the fraction into two parts:"
                # (second tenth-session wave: "is split into two parts: (i) an antiderivative,
                # (ii) ...")
                r"|parts|stages)\s*:\s*(?:" + _GERUNDS + r"|\((?:i|a|1)\))",
            ),
            (
                ("part", "step", "stage", "phase", "piece", "problem", "goal", "task", "case"),
                r"(?#prefilter:2!)"
                r"(?:let's|let me|we'll|i'll|we can|i can|we will|i will|we should|we|i|to)"
                r" (?:do|tackle|solve|approach|handle|split|break|divide|work|prove|attack|organize"
                r"|structure|take)(?: "
                + _W
                + r"){0,3}? (?:in|into) "
                + _NUMWORD
                + r" (?:parts|steps|stages|phases|pieces|sub-?(?:problems|goals|tasks)"
                r"|cases|smaller problems)",
            ),
            (
                ("break", "split", "divid", "decompos", "separat"),
                r"(?:break|breaking|split|splitting|divide|dividing|decompose|decomposing"
                r"|separate|separating) (?:it|this|the (?:problem|task|question|proof|sum|integral"
                r"|expression|count|region|set|computation|work)|things) (?:down(?! step)|up|into)",
            ),
            (
                ("after", "once"),
                # (ninth session: "once you find the width, substitute it back ...")
                r"after which|once (?:we|i|you) (?:have|know|find|get|compute|determine|establish"
                r"|isolate|solve|make|reach|figure out|work out)(?: " + _W + r"){1,8}?,? (?:(?:we|i"
                # (second subgoal wave: "once we have it, we're done" ends the work, it plans none)
                r"|you)(?!'re done| are done|'m done| am done)|the rest|it|everything|(?:substitute"
                r"|plug|use|compute|find|calculate|divide|multiply|add|subtract|solve|apply"
                r"|take)\b)",
            ),
            (
                (
                    "solve",
                    "find",
                    "answer",
                    "compute",
                    "determine",
                    "calculate",
                    "prove",
                    "show",
                    "evaluate",
                    "to get",
                ),
                # the goal first, then a computation it needs ("to find the area, we first need
                # to find the height"); a method ("we need to use inclusion-exclusion", "we first
                # recognize a property") is not a plan
                r"(?#prefilter:4!)"
                r"to (?:solve|find|answer|compute|determine|calculate|prove|show|evaluate) (?:this"
                r"|the|it|" + _W + r")(?: " + _W + r"){0,6}?, (?:we|i|let's|let me)(?:'ll)?"
                r" (?:(?:first|need|have to|must|should|will need)(?: to)?(?: first)? (?:"
                + _PREREQ
                + r")\b|first need (?:the|an?|its|their) )|to (?:find|compute|determine"
                r"|calculate|get) (?:the|an?) (?:[^\s.!?;,]+ ){0,5}?(?:we|i) (?:first )?need (?:the"
                r"|its|their) ",
            ),
            (
                ("reduce", "reducing", "boils", "down", "suffices", "enough", "simplifies"),
                # (its "(?#prefilter:4!)" hint left: with the twelfth session's "it is enough
                # to" opening a sentence, the default strip is the same)
                r"(?:reduces|boils down|comes down|simplifies) to (?:"
                + _GERUNDS
                # (sixth wave: "so the job reduces to squeezing a 3 out of 12 and 9")
                + r")|(?:job|task|goal) (?:now )?(?:reduces|boils down|comes"
                r" down) to"
                # (tenth session: "it all comes down to a + b", "reduce the problem to the two
                # legs", "Reduce to residues mod 3, then two cases"; not "reduce it to lowest
                # terms")
                r"|(?:it all|everything|all of it) (?:really )?(?:comes|boils) down to\b"
                r"|(?:reduce|reduces|reducing) the (?:whole )?(?:problem|question|task|job"
                r"|count) to\b"
                r"|(?:^|(?<=\n)"
                r"|(?<=[.!?:][ ]))reduce to [^\n.!?;]{1,50}?,? (?:and )?then\b|(?:(?:^|(?<=\n)"
                r"|(?<=[.!?][ ])|(?<=so[ ])|(?<=thus[ ])|(?<=hence[ ]))it|^|(?<=\n)|(?<=[.!?][ ]))"
                r" ?suffices to(?! (?:obtain|form|make|get|produce|build|reach) (?:a |an )?\d)"
                # (second tenth-session wave: "hence it suffices to obtain 7 from 14 and 2" is the
                # goal's one requirement, backward chaining's, as the twenty-first round labels it)
                # (twelfth session: "it is enough to" as "suffices to": opening a sentence or
                # after "so / thus / hence"; "to prove X it is enough to show Y" and "since ...,
                # it is enough to find s" are backward chaining's, as the twenty-third round labels
                # them)
                r"|(?:(?:^|(?<=\n)|(?<=[.!?][ ])|(?<=so[ ])|(?<=thus[ ])|(?<=hence[ ]))it|^|(?<=\n)"
                r"|(?<=[.!?][ ]))(?:(?: is|'s) enough) to (?:show|prove|find|check|compute|know"
                r"|determine|establish|get)"
                # (anywhere when it lists parts to do one by one: "since 30 = 2 * 3 * 5, it is
                # enough to prove divisibility by 2, by 3, and by 5 separately")
                r"|\bit(?: is|'s| would be) enough to (?:show|prove|check|verify|establish|find)"
                r" [^\n.!?;]{0,60}?\b(?:separately|individually|one by one|in turn)\b",
            ),
            (
                ("need", "want", "require"),
                r"(?:we|i) (?:need|want|require) (?:two|three|2|3|a few) (?:things|pieces"
                r"|quantities|values|ingredients|facts|intermediate)",
            ),
            (
                ("first", "intermediate"),
                r"(?:make|get|reach|build|create|form|get to) (?:a |an )?"
                + _NUM
                # "a subgoal is an intermediate target on the way ..." defines the term
                + r" first\b|(?<!is[ ]an[ ])(?<!are[ ])"
                # (precision wave: a rule of the game, not a goal: "every intermediate result
                # has to be a positive integer", "fractions allowed in intermediate steps")
                r"(?<!every[ ])(?<!each[ ])(?<!all[ ])(?<!any[ ])(?<!no[ ])(?<!in[ ])"
                # (fourteenth session: "are fractions allowed as intermediate results?")
                r"(?<!as[ ])(?<!fractional[ ])(?<!non-integer[ ])(?<!negative[ ])"
                # (sixteenth session: "whole-number intermediate results only", a rule)
                r"(?<!whole-number[ ])(?<!whole[ ]number[ ])(?<!integer[ ])(?<!positive[ ])"
                # (a goal or a target stays the writer's even with a modal: "the intermediate
                # goal should be a counting interpretation")
                r"intermediate (?:(?:goal|target)s?\b|(?:result|value|step|number|total)s?\b"
                r"(?! (?:(?:has to|have to|must|should|needs? to|may|might|can|cannot|can't"
                r"|could)(?: not| also| always| only| never)? (?:be (?![-+$\\(]*\d)|stay|remain"
                r"|use|include|involve|contain|exceed)|(?:is|are) (?:not |never |always )?"
                r"(?:allowed|permitted|required|to be|fine|ok|okay|acceptable))\b))",
            ),
            (
                ("before",),
                r"(?#prefilter:4!)before (?:"
                + _W
                + r" ){1,6}?(?:we|i) (?:(?:need to|must|have to|should) (?:first )?"
                + _VERBS
                + r"|need (?:the|an?|its|their) )|(?:find|get|compute|calculate|determine"
                r"|work out|figure out|list|factor)"
                r" (?:the|its|their|all|a|an) (?:" + _W + r" ){1,6}?before (?:anything|everything)"
                r" else|(?:comes?|go(?:es)?) before (?:anything|everything) else\b",
            ),
            (
                ("start", "begin"),
                # "start by using the property" is a method, not a first goal
                r"(?:start|begin) by (?!using\b)"
                + _GERUNDS
                # (precision wave: narration, not a goal: "let's start by writing down what we
                # know", "begin by listing the given information")
                + r"(?!(?:(?<=writing)|(?<=listing)) (?:down |out )?(?:what (?:we|i|you)"
                # (fourteenth session: "what i'm given", "what we're told")
                r"(?:'re|'m| are| am| were)? (?:know|have|given|told)|everything|all (?:that"
                r"|the given|the information)|the (?:given|known|problem|question|information"
                r"|facts|data)\b))",
            ),
            (
                ("step", "part"),
                # a goal named before it is worked ("Step 1: find the roots"); a computation
                # on numbers ("Step 1: add 2 and 3") is plain step numbering, not a subgoal
                r"(?:(?:step|part) (?:1|one)|first step)\s*[:.),]\s*(?:find|compute|calculate"
                r"|determine|figure out|work out|identify|establish|count|list|set up|express"
                r"|isolate|simplify|factor|get|make|reach|show|prove|build|pair|combine|produce"
                # (sixth wave: a formula named, "Step 1: Compute $P(A)$.")
                r") (?:(?:the|a|an|each|that|all|its|their|how|what|which|whether)\b|\$|\\\(|"
                + _NUM
                # (seventh generalisation: two steps named before any is worked, "first step:
                # use the two big numbers together. second step: fix it up with 3 and 8")
                + r")|first step\s*:[^\n=]{1,100}?second step\s*:",
            ),
            (
                ("need", "must", "have"),
                r"(?:for|to do) (?:that|this),? (?:we|i) (?:first )?(?:need|must|have to"
                r"|will need)",
            ),
            (
                ("breaks", "splits", "decomposes", "divides", "separates", "stages", "phases"),
                r"(?:breaks|splits|decomposes|divides|separates) (?:naturally |nicely |neatly )?"
                r"(?:down )?into (?:"
                + _GERUNDS
                + r"|"
                + _NUMWORD
                # (sixth wave: "this breaks naturally into cases: x >= 2 ...")
                + r" |cases\b)|(?:proceed|go|work|do (?:this|it)|solve (?:this|it)"
                r"|tackle (?:this|it)) in (?:stages|phases)"
                # (ninth session: "the question decomposes nicely: first, ...")
                r"|(?:problem|question|task|proof|count|computation|work|calculation|argument|it"
                r"|this) (?:breaks|splits|decomposes|divides|separates)(?: naturally| nicely"
                r"| neatly| cleanly)?(?: down| up)?\s*:",
            ),
            (
                ("aim", "toward"),
                r"aim (?:to |for )?(?:build|make|get(?: to)?|reach|form|create|find|produce"
                r"|obtain|hit) (?:a |an )?" + _NUM + r"|work (?:toward|towards) " + _NUM,
            ),
            (
                ("multiple", "factor", "divisor", "half", "double", "twice", "close", "near"),
                # a number set out to be made for what it is to another number (the paper's
                # priming example "Let's try to reach 20 since it is a multiple of 10"): an
                # intention, a number, then its relation; "we get 20, which is a multiple of
                # 10" (a value computed) is not one
                r"(?:try(?:ing)? to|let's|let us|aim to|want to|going to|i'll|we'll|i will"
                r"|we will|plan to|first) (?:first )?(?:reach|get to|get|make|build|form|hit"
                r"|obtain|produce|aim for|go for) (?:a |an )?" + _NUM + r",? (?:since|because"
                r"|as)(?: it(?: is|'s)| that(?: is|'s)| " + _NUM + r" is)? (?:(?:a|an|the)"
                r" )?(?:(?:multiple|factor|divisor|half|double|third|quarter|square|cube)"
                r" of|twice|close to|near)\b",
            ),
            (
                ("goal", "target"),
                r"(?:sub-?goal|(?:intermediate|first|next|immediate|current) (?:goal|target)|goal"
                r" for now)\s*:",
            ),
            # third round (issue 19)
            (
                ("plan", "strategy", "approach", "route"),
                # (seventh generalisation: "step plan: turn 4 and 2 into 8"; "new plan: ..."
                # abandons the old one, it is backtracking)
                r"(?:(?:the|our|my|a) (?:plan|strategy|approach|game plan|route)|step plan)"
                r"(?: (?:is|will be|here is))?\s*:",
            ),
            (
                ("case", "interval"),
                r"(?#prefilter:2!)"
                r"(?:two|three|four|2|3|4|several) (?:main )?cases(?: to (?:consider|handle|check"
                r"|examine|look at|treat))?\s*:|(?:consider|handle|split into|look at|examine"
                r"|treat) (?:two|three|four|2|3|4|several) cases\b"
                # (ninth session: "Two cases. Case x >= 0: ..." opening a sentence; "we split
                # into the cases n even and n odd", "let me think about the cases where a is
                # positive, negative or zero", "I should consider the intervals ...", with a
                # writer's intention; "in both cases ..." and "let me check both cases" are not)
                r"|(?:^|(?<=[\n>])|(?<=[.!?:][ ]))(?:two|three|four|2|3|4|several) (?:main"
                r" |possible )?cases\s*\.|(?:we|i|let's|let me|let us|we'll|i'll|we will|i will"
                r"|we can|i can|(?:we|i) (?:need|have) to|(?:we|i) should|we must)(?: first)?"
                r" (?:consider|think about|look at|examine|handle|treat|go through|work through"
                r"|split|break|divide|separate)(?: (?:it|this|things|the (?:problem|proof|count|sum"
                r"|argument|question|equation|inequality|domain|expression)))?(?: up| down)?(?:"
                r" into| in)? (?:the |all |all the |both |two |three |four |several |2 |3 |4 )?"
                r"(?:possible |separate |different |following )?(?:cases|subcases|intervals)\b",
            ),
            (
                ("if",),
                r"if (?:i|we) can (?:get|make|form|build|reach|create|obtain) (?:a |an )?"
                + _NUM
                # (ninth session: one quantity found to find another, "so, if I can find angles
                # BAH and ABH, I can find angle AHB")
                + r"|if (?:i|we|you) can (?:find|compute|determine|work out|figure out|express"
                r"|establish|show|prove|calculate)(?: " + _W + r"){1,8}?,? (?:then )?(?:i|we|you)"
                r" (?:can|could|will|'ll) (?:find|compute|determine|get|calculate|work out|figure"
                r" out|solve|answer|use|show|prove)\b",
            ),
            (
                ("first",),
                # "do X first": the words between stay on one line and in one clause ("let's
                # compute that:\n\nfirst, ..." is not it), and "first" is not "the first ...";
                # "we must use the 5 first" states a rule more often than a plan
                # (its prefilter without the leading subjects: hyperscan once lost a match of
                # another pattern with the whole subject list in the database; see
                # tests/test_behaviours.py, _PREFILTER_FAULT_TEXTS)
                r"(?#prefilter:2!)(?:let's|let me|i'll|we'll"
                r"|(?:we|i) (?:probably |really |also )?need to|we have to|i have to|we should"
                r"|i should|i want to|we want to|i'd like to"
                # (sixth wave: "..., so get cos t first: ...")
                r"|(?<=,[ ])so) "
                + _VERBS
                + r"(?:[ ]+[^\s.!?;:]+){1,8}?[ ]+(?<!the\s)(?<!its\s)first(?=\s*[.,;:!)]"
                r"|[ ]+(?:then|since|because|so|before|as|using)\b|,? and then\b)",
            ),
            (
                ("next", "now", "then"),
                r"(?:next|now|then),? (?:our|my|the) (?:goal|task|aim|objective|job) is to",
            ),
            (
                ("once",),
                r"once (?:we|i) (?:have|know|find|get|compute|determine|establish|figure out"
                r"|work out)(?: "
                + _W
                + r"){1,8}?,? (?:"
                + _W
                + r" ){0,4}?(?:is (?:easy|simple|straightforward|immediate)|follows|becomes"
                r" (?:easy|simple|straightforward))",
            ),
            (
                ("(1)", "(i)", "(a)"),
                r"\((?:1|i|a)\) " + _VERBS + r"(?: " + _W + r"){0,8}? (?:and |then )?\((?:2|ii"
                r"|b)\)",
            ),
            (
                ("break", "split", "decompos"),
                r"(?:break|breaking|split|splitting|decompose|decomposing) (?:down |up )?(?:it"
                r"|this|the (?:problem|task|question|work))(?: down| up)?\s*:",
            ),
            (
                # several parts, each on its own ("consider the case n = 1 separately" is not)
                ("separately",),
                r"(?#prefilter:1!)"
                r"(?:compute|find|calculate|count|handle|evaluate|consider|treat|solve|deal with"
                r"|work out) (?:"
                + _W
                + r" ){0,4}?(?:each|both|two|three|them|these|those|and)(?: "
                + _W
                + r"){0,4}? separately",
            ),
            (
                ("reduce",),
                r"reduce (?:the problem|it|this|the question|everything) to"
                # (precision wave: a fraction reduced is a notation: "reduce it to lowest terms")
                r"(?! (?:the )?(?:lowest|simplest) (?:terms|form)\b)",
            ),
            (
                ("start", "begin"),
                r"(?#prefilter:4!)"
                r"(?:start|begin) with the (?:hardest|easiest|simplest|inner|outer|main)"
                r" (?:part|piece|subproblem|sub-problem|step)",
            ),
            # second broadening (issue 19)
            (
                # "we need the slope before we can write ..." (anchored on its rare words: a
                # leading verb class and filler made the prefilter scan slower)
                ("before", "so that"),
                # (ninth session: "aim for 2 so that I can then add 11")
                r"(?:before|so that) (?:we|i) can (?:then |later |afterwards |easily )?" + _VERBS,
            ),
            (
                # "find the GCD first and use it"; a bare "first and then" restates the
                # problem's order ("drawing a red marble first and then a green one")
                ("first",),
                r"first,? and (?:then )?(?:use|plug|substitute|combine|apply|deduce|derive)\b",
            ),
            (
                ("subproblem", "sub-problem", "piece by", "part by part", "at a time"),
                r"sub-?problems?\b|piece by piece|part by part|one (?:sub-?problem|piece|part"
                r"|sub-?goal) at a time",
            ),
            (
                (
                    "things",
                    "quantities",
                    "parts",
                    "pieces",
                    "values",
                    "tasks",
                    "unknowns",
                    "conditions",
                    "criteria",
                    "requirements",
                    "to determine:",
                    "to find:",
                    "to compute:",
                    "to calculate:",
                    "to know:",
                ),
                r"(?:two|three|four|five|several) (?:things|quantities|parts|pieces|values"
                r"|subtasks|tasks|unknowns) (?:to (?:compute|find|determine|calculate|do|check"
                r"|work out|figure out|establish|prove|show)|(?:we|i) need)\b|(?:need|have) to do"
                # "we know two things: 1. ..." lists the givens
                r" (?:two|three|four|several) things|(?:need|have) to (?:consider|check|satisfy"
                # (seventh generalisation: "we need to consider two conditions:", "I need to
                # determine:\n- the total number ...\n- ...")
                r"|meet) (?:two|three|four|both|several) (?:conditions|criteria|requirements)\b"
                r"|(?:we|i) (?:need|have) to (?:determine|find|compute|calculate|know):\s*\n"
                r"\s*(?:[-*]|1[.)])\s",
            ),
            (
                ("then",),
                r"(?:easiest|simplest|easier|best|simpler|cleanest) (?:way |approach )?(?:is )?to "
                + _VERBS
                + r"(?: "
                + _W
                + r"){1,8}?,? (?:and )?then\b",
            ),
            (
                ("goal", "task", "milestone", "objective", "step", "part", "job", "aim"),
                r"(?:goal|sub-?goal|task|milestone|objective|sub-?task) (?:1|one|#1)\s*[:.)]"
                r"|(?:step|part) (?:one|1) is (?:to|" + _GERUNDS + r")|(?:first|intermediate|next"
                r"|immediate) (?:milestone"
                r"|objective|aim|task|job|sub-?task|step) (?:is|will be) (?:to )?(?:"
                + _VERBS
                + r"|"
                + _GERUNDS
                + r")|(?:next|second) (?:goal|target|task) (?:is|will be) (?:its|their)\b",
            ),
            (
                # "solving for x first and then plugging it in": a plan of two gerunds, found
                # from its literal end (a leading gerund class slowed the prefilter)
                ("first",),
                r"first,? and then (?:" + _GERUNDS + r"|plugging|substituting|applying|taking)",
            ),
            (
                (
                    "steps",
                    "stages",
                    "moves",
                    "parts",
                    "phases",
                    "at a time",
                    "bites",
                    "turn",
                    "one by one",
                ),
                r"(?:plan|proceed|go|work|do (?:this|it)|solve (?:this|it)|tackle (?:this|it"
                # (second tenth-session wave: "tackle the system in two bites", "I separate in
                # small steps", "the problem has two parts. First ...", "sub-steps: new length,
                # ...", "we treat these conditions in turn"; "The problem has two parts, and the
                # answer to each is an integer" describes the task)
                r"|the [a-z]+)|approach (?:this|it)) in (?:two|three|four|five|several|2|3|4|5)"
                r" (?:steps|stages|moves|parts|phases|bites)"
                # (a sum "split into two parts: ..." is algebra; steps are a plan's)
                r"|(?:split|separate|break)(?: (?:this|it|the (?:problem|task|work|job|question"
                r"|solution)))?(?: up)? in(?:to)? (?:two|three|four|five|several|2|3|4|5|small"
                r"|smaller|a few) (?:steps|stages|moves|phases|bites)|(?:handle|treat|solve|tackle"
                r"|do|take|consider"
                r"|deal with) (?:them|(?:these|those|the|both) (?:"
                + _W
                + r" )?(?:cases|parts|pieces|steps|equations|terms"
                r"|conditions|requirements|constraints)) (?:one at a time|one by one|in turn)"
                r"|(?:problem|question|task|exercise|job) (?:really )?(?:has|have|comes in|is in)"
                r" (?:two|three|four|2|3|4) (?:parts|steps|stages|pieces)[.:]\s+(?:first|the"
                r" first|part|step|stage)\b|(?:^|(?<=\n)|(?<=[.!?,:][ ]))sub-?steps\s*:",
            ),
            (
                ("remain", "left", "thing"),
                r"(?:what remains|it remains|all that remains|the remaining (?:task|step|work)|all"
                r" (?:we|i) (?:need|have) (?:left )?to do) (?:is )?(?:now )?to "
                + _VERBS
                + r"|(?:next|first) thing (?:to (?:find|compute|do|determine|figure out|calculate"
                r"|work out)|(?:we|i) need)",
            ),
            (
                ("stage", "phase", "parts", "pieces", "first"),
                r"(?:stage|phase) (?:1|one|i)\s*[:.)]|(?:proceed|go|work|do (?:this|it)|solve"
                r" (?:this|it)|tackle (?:this|it)|approach (?:this|it)) in (?:parts|stages|pieces"
                r"|phases)|(?:need|needs|want|have|has|helps|useful|best|easier|easiest|going"
                r"|try|plan|aim|wise|helpful|simplest|better) to first " + _VERBS,
            ),
            # third generalisation (issue 19): how real completions lay out a plan
            (
                ("and then",),
                # two computations announced together: "we need to determine the direction
                # vectors and then use the dot product", "we will evaluate f at each point and
                # then sum the results" (short verb lists: a long leading class slows the
                # prefilter)
                r"(?#prefilter:5)"
                r"(?:we|i)(?:'ll| will| need to| have to| must| should| can| first) (?:find|compute"
                r"|calculate|determine|evaluate|count|convert|analy[sz]e|implement|use|solve"
                # ("maybe I can consider X and then Y" explores an approach, it plans no step)
                r"|simplify|factor|factorize|multiply|choose"
                r"|consider(?<!maybe[ ]i[ ]can[ ]consider)(?<!perhaps[ ]i[ ]can[ ]consider))\b(?: "
                + _W
                + r"){1,14}? and then (?:find|compute|calculate|determine|use|sum|add|subtract"
                r"|multiply|take|plug|substitute|evaluate|apply|combine|convert|simplify|assign"
                r"|solve|square|divide)\b",
            ),
            (
                ("separately", "individually", "one by one"),
                r"(?#prefilter:1!)"
                r"(?:look at|consider|handle|treat|solve|calculate|compute|find|evaluate|count)"
                r" (?:each|both|these|those|them|their|the cases)(?: "
                + _W
                + r"){0,3}? (?:separately|individually|one by one)\b",
            ),
            (
                ("split", "divide", "break", "decompos"),
                # a figure or a range cut into parts, not algebra ("split the fraction")
                r"(?#prefilter:2!)"
                r"(?:split|divide|break|decompose)s? (?:the|this) (?:problem|region|quadrilateral"
                r"|polygon|shape|figure|integral|interval|domain|area|cases?|task|solid|sum over"
                r"|range) (?:into|at)\b",
            ),
            (
                ("first",),
                r"first,? (?:we|i)(?: should| need to| will|'ll| can| must| have to)(?: probably"
                r"| first)? (?:" + _PREREQ + r")\b",
            ),
            (
                ("before", "milestone", "target", "goal", "aim", "first", "task", "job"),
                # written forms of round 5: "before tackling the whole sum, I'll work out the
                # general term", "intermediate targets: ...", "my aim is to make 12 from 7 and
                # 5", "the first milestone is 45", "aim for a multiple of 7 first", "that's what
                # we should establish first"
                r"(?#prefilter:2)"
                r"before (?:tackling|solving|computing|finding|attacking|handling|evaluating)"
                r" (?:" + _W + r" ){1,5}?(?:i|we|let's|let me)\b|(?:^|(?<=\n)|(?<=[.!?][ ]))"
                r"(?:(?:two|three|four|2|3|4) )?(?:intermediate (?:targets?|goals?)|milestones?"
                r"|sub-?targets?|sub-?goals?)\s*:"
                # (second tenth-session wave: a sub-goal named by its number, in a list or after a
                # dash: "- sub-target: 9 from {5, 4}", "-- sub-goal 38 (= 19*2), then ...")
                r"|sub-?(?:targets?|goals?)(?:\s*:\s*|\s+)(?:a |an )?" + _NUM + r"\s*(?:from|out of"
                r"|with|using|[(,{])"
                # sixth generalisation: "so the job is to make 14 from 2, 7 and 5", "the goal
                # becomes: build 40 from 10 and 4"
                r"|(?:my|our|(?<=[a-z,][ ])the) (?:aim|goal|target|task|job)(?: now)? (?:is"
                r"|becomes)\s*:?"
                r" (?:to )?(?:make|get|reach|build|form|produce) (?:a |an )?"
                + _NUM
                + r" (?:from|using|with|out of|first)|the (?:goal|task) (?:now )?becomes\s*:"
                r"|(?:first|next|intermediate) (?:milestone"
                r"|target|stop) (?:is|will be) (?:" + _NUM + r"|(?:a|an) (?:multiple|product|sum"
                r"|difference|factor|quotient)\b)|aim first (?:for|at)\b|aim (?:for|at) (?:"
                + _W
                + r" ){1,5}?"
                r"first\b|(?:what|that's what|which is what) (?:we|i) (?:should|need to|must)"
                r" (?:establish|find|compute|show|prove) first\b",
            ),
            (
                # a numbered plan announced: "we can follow these steps:\n\n1. Convert ...",
                # "break down the problem into manageable steps:\n\n1."; a first step named
                # before the work: "we first need to arrange the numbers", "we first expand"
                ("steps:", "break", "we first", "i first", "will first"),
                r"(?:follow|take|use|into) (?:these|the following|a few|several"
                r"|(?:some )?manageable|\w+) steps:\s*(?:\*\*)?(?:1[.)]|-|\*|#)|break down (?:the"
                r"|this) (?:problem|task|question|expression) into|(?:we|i)[ ](?:will[ ])?first"
                r" (?:need to |have to "
                r"|must |should |want to )?(?:find|compute|calculate|determine|arrange|perform"
                r"|express|convert|simplify|factor|identify|list|rewrite|solve|isolate|expand"
                r"|count)\b",
            ),
            (
                # fourth generalisation (issue 19): a missing prerequisite sought
                ("n't know", "not know"),
                _NOT_YET,
            ),
            # seventh generalisation (issue 19, by form)
            (
                # a plan laid out before it is worked: goals in a row whose first has no
                # computation ("- First, simplify the numerator.\n- Next, factor the
                # denominator"); "Step 1: 12 * 2 = 24" computes, it plans nothing. (A bare
                # numbered list "1. Find ...\n2. Use ..." was dropped: its real hits were rules
                # and procedures restated, "1. divide the leading term ...")
                ("first",),
                # (sixteenth session: not steps told with their results, "first multiply 7 and
                # 6: 42. then add 19: 61.")
                r"first,? (?:we |i |let's |let me )?" + _VERBS + r"\b(?:(?!:\s*[-+]?\d)[^\n=])"
                r"{0,120}?(?:\n\s*(?:[-*]"
                r"|\d[.)])?\s*|[.;] )(?:next|then|second|secondly|finally|after that),? (?:we |i "
                r"|let's |let me )?(?:" + _VERBS + r"|keep|take|cancel|plug|state|read off|drop)\b",
            ),
            (
                # one quantity named as what the rest depends on ("everything hinges on finding
                # the height"); a requirement named first ("what we need first is y by itself",
                # "we need two points equidistant from both endpoints first"). (An intermediate
                # number to make from some of the numbers, "so I need a 7 from 2 and 9", stays
                # backward chaining alone: rounds 3 to 5 label it so, the tenth round both.)
                ("hinges", "rests on", "depends on", "first", "need"),
                r"(?#prefilter:3!)"
                r"(?:everything|it all|all|the rest|the (?:whole )?(?:problem|question|answer))"
                r" (?:now )?(?:hinges|rests|depends) on (?:" + _GERUNDS + r"|knowing)\b"
                # (tenth session: "everything hinges on k", "it all hinges on the ratio")
                r"|(?:everything|it all|the whole (?:thing|problem|question)) (?:now |really )?hing"
                r"es"
                r" on\b(?! \d)|what (?:we"
                r"|i) (?:really |actually |still )?need first is\b|(?:we|i)"
                r" (?:first )?need (?:the|an?|two|three|both|its|their) (?:[^\s.!?;:]+ ){0,8}?"
                r"first(?=\s*[.,;!)])"
                # (sixth wave: a quantity worked out for a later step, "f(2), which we'll need
                # for part (b) anyway", "we're going to need cos 2t eventually", "those are the
                # two facts to establish first")
                r"|(?:which|that|this|it) (?:we'll|we will|i'll|i will|we're going to|i'm going"
                r" to) (?:also )?need (?:later|again|anyway|for (?:part|the next|step|the second"
                r"|the final|the last)|in (?:part|the next|step|the second|the final))\b"
                r"|(?:we're|we are|i'm|i am) going to need (?:[^\s.!?;]+ ){1,6}?(?:eventually"
                r"|later)\b|(?:facts|things|quantities|results|values|pieces|lemmas) to"
                r" (?:establish|find|compute|prove|show|determine) first\b",
            ),
            # ninth session wave (issue 19, by form: the eighteenth and earlier rounds' misses)
            (
                # subgoals counted or owned ("so two subgoals: ...", "45 is my subgoal", "take
                # 12 as a subgoal"); the word defined ("a subgoal is ...") names no count or owner
                ("subgoal", "sub-goal", "subtarget", "sub-target", "subtask", "sub-task"),
                r"(?:two|three|four|2|3|4) sub-?(?:goals|targets|tasks)\b|(?:my|our) (?:new |next"
                r" |first |second |current |immediate )?sub-?(?:goal|target)\b|as (?:a|my|our)"
                r" (?:first |next )?sub-?goal\b",
            ),
            (
                # a plan label opening a sentence or a list item, then what to do ("...n >= 5.
                # Plan: base case, then inductive step.", "- Plan: find each rate, then ...",
                # "Solution outline. Part (a): ..."); "new plan: ..." and "a different approach:"
                # open no sentence (backtracking's), "Approach: the area is 12." names no step
                ("plan", "outline", "strategy", "approach", "roadmap"),
                r"(?:(?<=[.!?][ ])|^[ \t]*(?:[-*][ \t]+)?|(?<=\n)[ \t]*(?:[-*][ \t]+)?)"
                r"(?:\*\*)?(?:(?:solution|proof) )?(?:plan|outline|strategy"
                r"|approach|roadmap)(?:\*\*)?\s*[:.](?:\*\*)?[ \t]*(?:first,? |\(?(?:1|a|i)[.)]"
                r"[ \t]*)?(?:" + _VERBS + r"\b|(?:part|step) \(?(?:1|a|i|one)\b|[^\n.!?:]{1,60}?,?"
                r" (?:and )?then\b)",
            ),
            (
                # two numbers wanted, with where they come from or what follows ("I look for a
                # 20 and a 1: ...", "we want a 7 and a 30, because ...", "it suffices to produce
                # a $3$ and an $8$ from disjoint pairs"); "so I need an 8 and a 12." alone is the
                # decomposition's (backward chaining, as rounds 3 and the held-out set label it)
                ("want", "need", "look", "produce", "build", "make", "form", "create", "aim"),
                r"(?:want|need|look for|looking for|produce|build|make|form|create|aim for)s? (?:a"
                r"|an|the) " + _TEX_NUM + r" and (?:a|an|the) " + _TEX_NUM + r"(?=\s*(?::|from\b"
                r"|out of\b|using\b|,? (?:because|since|then|and then)\b|separately\b|first\b"
                r"|to (?:make|get|give|form|build|reach)\b))",
            ),
            (
                # a number to make from some of the numbers and then a step with it ("new plan:
                # get 36 from 4, 3 and 8 and then take the 7 away"); "we get 12 from 3 * 4 and
                # then ..." tells a result
                ("and then",),
                r"(?<!we[ ])(?<!i[ ])(?<!you[ ])(?<!they[ ])(?:get|make|build|form|reach|produce"
                r"|create) (?:a |an )?" + _NUM + r" (?:from|out of|using|with) [^.;\n=]{1,40}? and"
                r" then (?:" + _VERBS + r"|take|double|halve|square)\b",
            ),
            (
                # two steps announced with an intention, no result between ("we need to factor
                # the denominator and identify the values ...", "I need to count the squares of
                # each size and set their total equal to 70"); "we need to find x and y" (one
                # step), "I need to compute 3 * 4 = 12 and add 5" (work told), "we need to
                # analyze the given information and use ..." (no step named), "I need to find
                # the root and express it in simplest form" (the question's format) and "we have
                # to combine the numbers ... and use each one once" (the rules) are not
                ("and",),
                r"(?:we|i)(?: will| need to| have to| must| should| want to| (?:are|am|'re|'m)"
                r" going to|'ll) (?:first )?(?:find|compute|calculate|determine|evaluate|count"
                r"|factor|identify|express|convert|solve|simplify|expand|isolate|rewrite|list|get"
                r"|make|build|multiply|add|subtract|divide)\b(?: "
                + _W_PLAIN
                + r"){1,10}? and (?:find|compute|calculate"
                # ("... and use each one once" is the game's rule)
                r"|determine|identify|set|see|use(?! (?:each|every|all)\b)|solve|substitute|plug"
                r"|add|subtract|multiply"
                r"|divide|combine|compare|evaluate|count|apply|take|square|equate|check|verify"
                r"|simplify|factor)\b",
            ),
            (
                # a method of two ordered steps intended ("I can handle it by isolating the root
                # and then squaring both sides"); "we solved it by ... and then ..." is a recap,
                # "x^4 + 4 can be factored by adding ... and then using ..." a method described
                ("and then",),
                r"(?:(?:we|i) (?:can|could|will|should|am going to|are going to|plan to|try to)"
                r"|we'll|i'll|let's|let me)(?: "
                + _W
                + r"){0,4}? by "
                + _GERUNDS
                + r"\b(?: "
                + _W_PLAIN
                + r"){1,8}? and then (?:"
                + _GERUNDS
                + r"|squaring|taking|plugging|substituting|applying|moving|clearing|cancell?ing)\b",
            ),
            (
                # a first step of any verb after an intention ("let's first tame the awkward
                # 17", "we first need to translate the point"); not noticing, recalling, checking
                # or trying ("let's first recall ..."); "first, I need to minimize this
                # expression" mostly restates the question (its real hits: 1 of 4)
                ("first",),
                r"(?:let's|let me|let us|i'll|we'll|i will|we will|(?:we|i) (?:need|have|want"
                r"|aim|plan) to|(?:we|i) should|(?:we|i) must) first " + _NOT_A_STEP + r"[a-z]{3,}"
                r"\b|(?:we|i) first (?:need|have|want|aim|plan) to " + _NOT_A_STEP + r"[a-z]{3,}\b",
            ),
            (
                # parts named, then put together ("Two products, then add them: ...", "two sums
                # and then multiply them")
                (
                    "products",
                    "sums",
                    "differences",
                    "quotients",
                    "pairs",
                    "groups",
                    "parts",
                    "pieces",
                    "halves",
                ),
                r"(?:two|three|2|3) (?:products|sums|differences|quotients|pairs|groups|parts"
                r"|pieces|halves|partial (?:sums|products)),? (?:and )?then (?:add|multiply"
                r"|subtract|combine|divide|join|merge|sum|compare)(?:(?=\s*:)| (?:them|those|these|"
                r"the (?:two"
                r"|three|results|products|sums|pieces|parts))\b)",
            ),
            # ninth session, second subgoal wave (issue 19, by form: the nineteenth round's misses)
            (
                # a plan label opening a sentence or a line, then a step: a counted or named
                # plan ("Two jobs: locate the critical point, then evaluate f there.", "Two-step
                # plan: reduce 8 with the 2, then ...", "Sub-plan for the 6: multiply ...",
                # "<think>Idea: reduce 24 and 8 ..., then ...", "Aim: get 15 and ..."); "Plan A:
                # $20 a month, then ..." (a phone plan) and "Idea: the answer is 12." name no step;
                # "Plan B: use the 6 and 2 ..." follows a plan left (backtracking's)
                (
                    "idea",
                    "aim",
                    "plan",
                    "jobs",
                    "tasks",
                    "moves",
                    "things to do",
                    "route",
                    "mission",
                ),
                # (second tenth-session wave: "so my mission: make 9 with the 6 and 3, after that
                # ...", "Okay so two moves. Collapse 2, 3, 1 into ...")
                _OPENS + r"(?:(?:my |our )?(?:idea|aim|route|mission|sub-?plan(?: for (?:the )?"
                r"[^\s:]{1,12})?"
                r"|plan (?:a|1))\s*"
                r"(?::"
                r"|" + _DASH + r")[ \t]*(?:first,? )?" + _IMPERATIVE + r"\b|(?:(?:two|three|four|2"
                r"|3|4) (?:(?:sub-?)?jobs|(?:sub-?)?tasks|moves|things to do)|(?:two|three|2|3)"
                r"[- ]step plan)\s*(?:\.\s*(?:first,? )?"
                + _IMPERATIVE
                + r"\b|(?::|"
                + _DASH
                + r")[ \t]*(?:first,? )?(?:"
                + _IMPERATIVE
                + r"\b|[^\n.!?:]{1,60}?,? (?:and )?then\b)))",
            ),
            (
                # the parts to work out labelled before they are ("Pieces to get: multiples of
                # 3, ...", "Pieces: the two disks and the band.", "Needed: the number of pair
                # hands and ...", "Subtotals first: shirts 36, ..."); "Given: ..." and "Answer
                # first: 42" are not
                ("piece", "subtotals", "sub-totals", "needed", "need", "first", "missing"),
                _OPENS
                + r"(?:(?:pieces|sub-?totals|sub-?results|partial results)(?: (?:to (?:get|find"
                r"|compute|make|build)|needed|first))?|missing (?:piece|ingredient|quantity)|needed"
                r"|what(?:'s| is) needed|what (?:we|i)"
                r" need|(?:the )?(?!(?:answer|result|solution|conclusion|step|case|one|term|number"
                r"|question|problem|check|rule|parenthes[a-z]*|brackets|multiplication|division|exp"
                r"onents"
                r"|powers|operations|order)\b)[a-z]{3,} first)\s*:",
            ),
            (
                # an ordered plan told as commands, opening a sentence ("First square the 5 to
                # get 25, then apply the last 5", "First count as if the letters were distinct
                # (6! = 720), then divide out ...", "Handle 2 and 1 together first (2 x 1 = 2),
                # and then ...", "Handle the small pair before touching 40", "Build 11 from 10
                # and 1, then one more multiplication"); "First, 12 * 2 = 24, then ..." and
                # "First we found the slope, then ..." narrate forward work, "calculate b by
                # first rounding ... and then adding ..." restates a question's method
                ("first", "before", "then"),
                _OPENS
                + r"(?:first "
                + _IMPERATIVE
                + r"\b(?:[^\n.!?]|[.!](?=\s*[=\d)])){0,90}?[,;)]"
                r" (?:and )?(?:only )?then,? (?!(?:the|a|an|it|this|that|is|we|i|you|he|she"
                r"|they)\b)[a-z]{3,}|" + _IMPERATIVE + r" [^\n.!?]{1,40}? (?:(?<!by[ ])first\b"
                r"(?:[^\n.!?]|[.!](?=\s*[=\d)])){0,40}?,? (?:and )?(?:only )?then\b|before"
                r" (?:touching|bringing in|dealing with|handling|using|moving on to|turning to|"
                + _GERUNDS
                + r"\b))"
                r"|(?:build|make|get|reach|form) (?:a |an )?" + _NUM + r" (?:from|out of|using"
                r"|with) [^.;\n=]{1,40}?, (?:and )?then (?:" + _IMPERATIVE + r"\b|one more|a final"
                r"|take))",
            ),
            (
                # a first step and what follows it intended: "begin by collapsing the two 3s
                # and only then bring in the 11"; "the aim is to kill y first, then read off
                # x"; "Stage one is to get close with a product; stage two is ..."; "the key is
                # the ratio; once we have it, the sum formula finishes the job"
                ("begin", "start", "first", "stage", "phase", "once"),
                # (not an observation, nor an "if ..., then ...": "we start by recognizing that
                # if ..., then the roots ...", nor a step worked before its colon: "we begin by
                # expanding the left side: ... then we multiply")
                r"(?:begin|start) by (?!(?:writing|listing|reading|noting|recalling|looking"
                r"|understanding|thinking|checking|restating|recogni[sz]ing|noticing|observing"
                r"|realizing|assuming|letting|denoting|defining)\b)[a-z]{3,}ing\b(?:(?! if\b)"
                r"[^\n.!?:]){0,80}?,?"
                r" (?:and )?(?:only )?then\b|(?:aim|goal|idea|plan|task|job|strategy) is to"
                r" [a-z]+(?: " + _W + r"){0,8}? first\b[,;]? (?:and )?then\b|(?:stage|phase)"
                r" (?:one|1) is to\b|(?:stage|phase) (?:one|1)\b[^\n]{0,100}?[;.] (?:stage"
                r"|phase) (?:two|2)\b|once (?:we|i|you) (?:have|know|get|find) (?:it|that|this"
                r"|them|those|these),? the (?:" + _W + r" ){0,2}?(?:finishes|gives|follows|does"
                r"|yields|is (?:easy|immediate|direct|routine))\b"
                # (tenth session: "once the half-width x is the variable, the rest is routine")
                r"|once [^\n.!?;,]{3,60}?, (?:the rest|everything else|what remains|what's left)"
                r" (?:is (?:routine|easy|mechanical|straightforward|immediate|bookkeeping)|follows"
                r"|falls out)\b",
            ),
            # second tenth-session wave (issue 19, by form: the twenty-first round's misses)
            (
                # a plan told as its bare parts in order, before any number ("critical points,
                # then the endpoints, then compare", "get the point, then the slope, then
                # assemble", "Condition on the coin, then combine:"), and numbers merged into one
                # factor as a step ("Reduce 9 and 4 to a single factor: ...", "collapse 2, 3, 1
                # into a single multiplier"); "Take 10 from 100, then add 5, then 3" is work told
                # with its numbers and "we found x, then y, then z" narrates
                ("then", "single"),
                r"(?:(?:"
                + _OPENS
                + r"|(?<=:[ ]))(?!(?:i|we|you|it|he|she|they|this|that|then|and|but)\b)"
                r"[a-z][^\n.!?:;=\d,()$\\]{1,40}?, (?:and )?then"
                r" (?!(?:i|we|you|it|the (?:answer|result))\b)"
                r"[^\n.!?:;=\d,()$\\]{2,40}?,? (?:and )?then [a-z]+"
                r"|[a-z][^\n.!?:;=\d,()$\\]{2,40}?, (?:and )?then"
                r" (?:combine|assemble|compare|average|add|multiply|sum|glue|merge)\s*:"
                r"|(?:reduce|collapse|merge|combine|turn|fold|fuse|squeeze|bundle) (?:the )?\d+"
                r"(?:,? (?:and )?(?:the )?\d+)+ (?:in)?to (?:a|one) single (?:factor|multiplier"
                r"|divisor|number|value)\b)",
            ),
            # tenth session wave (issue 19, by form: the twentieth round's misses)
            (
                # an intermediate number made from named numbers, then what follows it ("Get 12
                # out of 20 and 8, then four of those", "Bundle 8 and 1 into a nine, then ...",
                # "Aim for an 11 from 10 and 1 - after that, tripling does the rest", "Pair up
                # the small ones into a 6 and let the 10 scale it"); "we get 12 from 20 - 8" and
                # "Add 8 and 5 to get 13" tell a result
                ("then", "after", "with the", "let the", "that leaves"),
                _OPENS
                + r"(?:(?:make|get|set up|aim for|build|form|produce|create|assemble)(?: (?:a|an))?"
                r" (?:" + _NUM + r"|" + _NUMBER_WORD + r")\b (?:from|out of|using|with)"
                r" [^.;\n=]{1,30}?|(?:bundle|pair up|pair|merge|combine|squeeze|collapse|reduce|tur"
                r"n"
                r"|fold|fuse|join) [^.;\n=]{1,40}? (?:into|to) (?:a |an |one |a single )?(?:"
                + _NUM
                + r"|"
                + _NUMBER_WORD
                + r")\b)(?:\s*[,;]\s*|\s+"
                + _DASH
                + r"\s*|\s+and\s+)(?:and )?(?:then|after that|afterwards|with the|let the"
                r"|that leaves)\b",
            ),
            (
                # two numbers merged on a condition, and a number that finishes the job ("If 3
                # and 6 merge into 9, the 5 takes it to 45", "Once 12 and 3 give a 4, the 10
                # finishes it")
                ("takes", "finishes", "does", "scales", "carries", "brings", "completes"),
                r"(?:if|once|when) (?:the )?" + _NUM + r" and (?:the )?" + _NUM + r" (?:merge into"
                r"|combine into|turn into|go into|become|give|make|form|produce|yield)s? (?:a |an )"
                r"?"
                + _NUM
                + r",? (?:then )?(?:the (?:"
                + _NUM
                + r"|last \w+|other \w+|remaining \w+)"
                r"|tripling|doubling|halving|squaring|one more \w+) (?:takes|finishes|does"
                r"|scales|carries|brings|completes)\b",
            ),
            (
                # a plan by its counted parts, labelled ("Two stages. Stage A: ...", "Two pieces
                # then: ...", "Work in two blocks: ...", "... - two jobs: ..."), two named parts
                # ("split into a product piece and a leftover piece", "the pieces are the area
                # and the semiperimeter"); "cut into two pieces: ..." and "The pieces: 3 red and
                # 2 blue." are not
                (
                    "stage",
                    "piece",
                    "block",
                    "jobs",
                    "tasks",
                    "parts",
                    "phases",
                    "chunks",
                    "ingredients",
                ),
                r"(?:(?:"
                + _OPENS
                + r"|(?<=\bin[ ])(?<!defined[ ]in[ ])(?<!given[ ]in[ ])(?<!written[ ]in[ ])"
                r"(?<!sold[ ]in[ ])(?<!comes[ ]in[ ])(?<!come[ ]in[ ])|(?<="
                + _DASH
                + r"[ ]))(?:two|three|four|2|3|4)"
                r" (?:stages|pieces|blocks|jobs|tasks|parts|phases|chunks)(?: then)?\s*(?::|\.\s+"
                r"(?:stage|part|step|phase|piece|block) (?:a|1|one|i)\b)|(?:split|break|divide|cut)"
                r"s?"
                r" (?:it |this |the (?:problem|job|task|work|count|sum|number) )?into (?:a|an|one)"
                r" [a-z]+ (?:piece|part|block|chunk) and (?:a|an|one) [a-z]+ (?:piece|part|block"
                r"|chunk)\b|the (?:pieces|ingredients|parts) (?:we need |needed )?are (?:the"
                r" |total |each |its |their )(?!same\b)[^.\n;:]{1,40}? and (?:the |total |each |its"
                r" |their ))",
            ),
            (
                # a case split or a sort announced as a command ("Split by the last digit: ...",
                # "Split on the next roll: ...", "Split the modulus: work mod 3 and mod 5, then
                # glue", "Sort the pairs into three kinds", "That splits the job in two"); "Divide
                # the sum by 4: ..." and "Sort the numbers: 2, 3, 5" are not
                ("split", "sort", "break", "separate", "classify", "divide", "cuts"),
                _OPENS + r"(?:(?:split|break|separate|classify)(?: up)? (?:by|on|according to|the"
                r" (?:count|problem|work|job|task|modulus|cases|integral|region|range|pairs"
                r"|outcomes|paths|set|domain|integers|question)|each (?:term|case|pair|fraction))\b"
                r"[^.\n:]{0,80}?(?::|[,;]? (?:and )?then\b)|(?:split|sort|divide|break|separate"
                r"|classify) [^.\n:]{1,40}? into (?:two|three|four|2|3|4|several) (?:kinds|classes"
                r"|types|groups|cases|families)\b)|(?:splits|breaks|divides|cuts) the (?:job"
                r"|problem|task|work|question|count) (?:in|into) (?:two|three|2|3|halves)\b",
            ),
            (
                # a plan told as commands after a question or a colon ("Together? Get each rate,
                # add them, invert.", "...: find the last term, then average first and last");
                # "Problem: find x, then y." restates the task
                ("then", ","),
                r"(?:(?<=[?][ ])|(?<![a-z]problem)(?<!question)(?<!task)(?<=[^\s][:][ ]))(?:find|ge"
                r"t|compute"
                r"|calculate|determine|work out|figure out|convert|rewrite|express|split|reduce|cou"
                r"nt"
                r"|list|set up|solve|isolate|factor|build|make) [^\n.!?:;,]{1,40}?(?:, (?:and )?the"
                r"n,? (?:"
                + _IMPERATIVE
                + r"|invert|average|glue|telescope|read off|apply|take|plug)\b|, (?:"
                + _IMPERATIVE
                + r") [^\n.!?:;,]{1,30}?,? (?:and )?(?:then )?(?:"
                + _IMPERATIVE
                + r"|invert|average|glue)\b)",
            ),
            # twelfth session wave (issue 19, by form, from the twenty-third round's misses)
            (
                # a sub-task named ("so the sub-task is a 9 out of the two 3s", "so the
                # sub-questions are the net inflow and the time"); "a subgoal is an intermediate
                # target" defines the word
                ("sub-", "subtask", "subquestion", "subproblem", "subgoal"),
                r"\b(?:the|my|our|this|first|next|second|remaining) sub-?(?:tasks?|questions?"
                r"|problems?|goals?|targets?) (?:is|are|becomes|will be)\b(?! (?:called"
                r"|defined|what|when)\b)",
            ),
            (
                # a plan's heading opening a sentence ("Order of work: pair the 4 and 3, then
                # ...", "Plan of the proof. Lemma 1: ...", "Two-phase approach: phase one ...",
                # "Order of operations plan: (i) 13 * 5, (ii) times 2"), a proof split into its
                # parts ("The proof splits into a base case and an inductive step"), the first
                # job named ("So the first job is angle A"), a plan set before the work ("Let me
                # set a plan before computing anything: ..."); not "Order of operations:
                # multiply first" (a rule), "the first step is 12 * 2 = 24"
                (
                    "order of",
                    "plan",
                    "phase",
                    "stage",
                    "splits",
                    "breaks",
                    "first job",
                    "first task",
                    "first order",
                    "strategy",
                    "approach",
                    "divides",
                    "falls",
                    "outline",
                    "roadmap",
                ),
                _OPENS + r"(?:order of (?:work|attack|business)|order of operations plan|plan of"
                r" (?:the )?(?:proof|attack|work|solution)|(?:two|three|four|2|3|4)[- ](?:phase"
                r"|stage|step|part) (?:approach|plan|strategy|attack|solution|proof))\s*[:.]"
                r"|\bthe (?:proof|argument|solution) (?:splits|breaks|divides|falls) (?:up )?into"
                r" (?:two|three|four|2|3|4|a|an)\b|\bthe first (?:job|task|order of business) is"
                r" (?:to (?:find|get|compute|work out|determine|make|build|show|prove|count)"
                r"|finding|getting|computing|working out|determining|making|building|showing"
                r"|proving|counting)\b|\bthe first (?:job|task) is [^\n.,;:!?]{1,30}?, (?:which"
                r"|then|after which|and then)\b"
                r"|\b(?:set|make|lay out|draw up|sketch) (?:a|the|my|our) plan (?:before|first)"
                r"\b[^.\n:]{0,40}:"
                # a numbered plan after its label ("Plan: (1) BD = DC by definition, (2) AD is
                # shared, (3) ...; then SAS")
                r"|" + _OPENS + r"(?:plan|outline|strategy|roadmap)\s*:\s*\((?:1|a|i)\)"
                r"[^\n]{1,100}?\((?:2|b|ii)\)",
            ),
            (
                # (sixteenth session, from the thirty-second round's misses: tutors, textbook
                # solutions, forum posts) the task reduced to what is left ("your job then
                # becomes: make 3 from 1, 2 and 6", "the whole job shrinks to: get a 6 out of 7,
                # 8, 8", "the real question turns into: can ...", "the outstanding task is to
                # form 166", "what is left to do is form +7", "it remains only to form 6"), a
                # part left for later ("get the hundreds right and leave the tens for later");
                # not "the problem becomes a quadratic" (a rewriting), "it remains positive"
                (
                    "becomes",
                    "shrinks",
                    "turns into",
                    "reduces to",
                    "boils down",
                    "comes down",
                    "outstanding",
                    "remaining",
                    "leftover",
                    "left to do",
                    "remains",
                    "for later",
                    "two",
                    "three",
                    "four",
                    "separately",
                    "at a time",
                    "in turn",
                    "share",
                    "split",
                    "independently",
                    "goal",
                    "target",
                    "point",
                    "required",
                    "needed",
                    "order",
                    "sequence",
                    "treat",
                    "piece",
                    "chunk",
                    "job is",
                    "task is",
                    "splits",
                    "shrinks",
                ),
                # (second wave, from the thirty-third round's misses) parts counted as what to
                # make ("two numbers to manufacture: a 10 and a 12", "two areas to get, then
                # subtract"), smaller jobs had ("now you have two smaller jobs"), parts shown
                # apart ("we show separately that"), the work taken a piece at a time ("let's
                # handle it one draw at a time", "obtain these two ingredients in turn and then
                # combine them"), the job shared out or the target split into chunks, pieces
                # built apart and then joined ("built independently and then added"); not "I
                # have two pieces of cake", "two numbers to choose from"
                r"\b(?:task|job|question|problem|puzzle|work)(?: (?:then|now))? (?:becomes"
                r"|shrinks to|turns into|reduces to|boils down to|comes down to)(?:\s*:\s*"
                r"| )(?:to )?(?:make|form|get|build|find|produce|reach|show|prove|compute|turn"
                r"|supply|can|whether|finding|making|forming|getting|building|showing|proving"
                r"|computing|counting|evaluating|determining|solving|calculating|establishing)\b"
                r"|\b(?:outstanding|remaining|leftover) (?:task|job|question|work"
                r"|step) is (?:now |then )?(?:to )?(?:make|form|get|build|find|produce|reach"
                r"|show|prove|compute|turn|supply)\b|\bwhat is left to do is (?:to )?(?:make"
                r"|form|get|build|find|produce|reach|show|prove|compute)\b|\bit remains (?:only "
                r"|just )?to (?:form|make|build|produce|get|find|show|prove|compute)\b|\b(?:and"
                r"|then) (?:leave|save) (?:the|that|this|it|them)(?: [a-z]+){0,2} for later\b"
                r"|\b(?:two|three|four) (?:smaller |separate |small |simpler )?(?:jobs|pieces"
                r"|numbers|areas|values|quantities|things|parts|ingredients|sub-?tasks|sub-?jobs"
                r"|chunks|sub-?problems|problems|questions|tasks) (?:to (?:manufacture|build"
                r"|make|get|find|compute|produce|work out|determine|establish|show|prove|handle"
                # (the list or the next step right after: not "add those two numbers to find the
                # total", a step's purpose)
                r"|solve)\b(?=\s*[:,.;]| then\b| first\b| here\b| now\b)|(?:we|you|i) (?:need"
                r"|want|have to)\b)|\b(?:have|get|face"
                r"|are left with) (?:two|three|four) (?:smaller|separate|small|simpler) (?:jobs"
                r"|tasks|problems|pieces|questions|sub-?problems)\b|\b(?:show|prove|establish"
                r"|verify) separately that\b|\b(?:let's|let us|we'll|i'll|we|let me) (?:handle"
                r"|take|do|tackle|treat|work through|go through) (?:it|this|them"
                r"|the [a-z]+) one [a-z]+ at a time\b|\b(?:obtain|get|find|compute|build"
                r"|make) (?:these|the|both|those) (?:two"
                r"|three) [a-z]+ in turn and then (?:combine|add|multiply|assemble|join)\b"
                r"|\bshare the (?:job|work|task) out\b|\bsplit the (?:target|goal|total"
                r"|number) into (?:two |three )?(?:a )?(?:chunks?|pieces?|parts?)\b|\b(?:built"
                r"|made|computed|found|worked out) (?:independently"
                r"|separately) and then (?:added|multiplied|combined|put together|subtracted"
                # (third wave, from the thirty-fourth round's misses: "mini-goal number one
                # is 400", "two ingredients are required", "we'll do them in this sequence",
                # "here's the order we'll go in", "treat it as two separate pieces", "piece
                # one, the 125:", "the job is: make a 2nd 9", "that splits the puzzle into two
                # parts", "the question shrinks to: what's missing?")
                r"|joined)\b|\b(?:mini|sub|intermediate|half-?way)[- ]?(?:goal|target"
                r"|point) (?:number )?(?:one|1|is)\b|\b(?:two|three|four) (?:smaller "
                r"|separate )?(?:ingredients|pieces|parts|things|quantities) (?:are"
                r"|is) (?:required|needed)\b(?! for\b)|\b(?:do|take|handle"
                r"|tackle) them in (?:this|that|the following) (?:order|sequence)\b|\b(?:here's"
                r"|here is) the (?:order|sequence) (?:we'll|we will|i'll|i will|to) go in\b"
                r"|\btreat (?:it|this|the (?:target|problem|puzzle|number)) as (?:two"
                r"|three) (?:separate )?(?:pieces|parts|problems|chunks|jobs)\b|(?:^|(?<=\n)"
                r"|(?<=[.!?][ ])|(?<=-[ ]))\**(?:piece|chunk) (?:one|a|1)\b[^\n:]{0,30}:"
                r"|\bthe (?:job|task) is\s*:\s*(?:make|get|build|find|form|produce)\b"
                r"|\bsplits the (?:puzzle|problem|question|task|job|target) into (?:two|three"
                r"|four)\b|\b(?:question|problem) shrinks to\s*:\s*what\b",
            ),
        ),
        # Reasoning backwards from the goal.
        "backward_chaining": (
            (
                ("target", "goal"),
                # the target stated, then an equation that starts from it (the paper's judge
                # example "Since the target is 22, and 22 + 3 = 25, ..."); one that ends at
                # it ("and 25 - 3 = 22") is a forward check
                r"(?:since|as|because|given that) (?:the |our )?(?:target|goal)(?: number)? is"
                r" (\d+),? (?:and |so |then )?(?=\1\s*(?:[-+*/x]|times|plus|minus|divided by))"
                r"\d+" + _OP + r"\d+\s*=\s*\d+"
                # (ninth wave: the target moved by a gap to a value split at once, "the target
                # 51 is odd; 51 - 2 = 49 = 7 * 7", "45 is the target. 45 + 5 = 50 = 2 * 25";
                # not "6 + 30 = 36 = 6 * 6" without the target before it)
                r"|(?:target|goal)(?: number)?(?: is)? (\d+)\b[^\n.;]{0,20}?[.;:,]?\s*\2"
                + _CHAIN
                + r"|\b(\d+) is (?:the|our) (?:target|goal)\b[.,;:]?\s*\3"
                + _CHAIN,
            ),
            (
                ("backward",),
                r"(?:work|working|worked|works|reason|reasoning|reasoned|think|thinking|go|going"
                r"|proceed|proceeding|solve|solving|start|starting|trace|tracing|move|moving|step"
                r"|stepping|plan|planning|reach|reaching|build|building)(?: " + _NUM + r")?"
                r" backwards?"
                # (tenth session, second wave: "go from the result backward")
                r"|(?:go|going|work|working|reason|reasoning|start|starting) from the (?:result"
                r"|answer|end|output|target|goal) backwards?"
                # (ninth wave: a process run backwards, "running the growth backwards", "run it
                # backwards", "trace the last two steps backwards"; not "she ran the last lap
                # backwards" nor "read the number backwards")
                r"|(?:run|running|ran|runs|play|playing|replay|replaying|rewind|rewinding|unwind"
                r"|unwinding|trace|tracing|traced|work|working|worked|do|doing|solve|solving)"
                r" (?:it|this|that|(?:the|this|that|these|those|our|each|every|all the)(?: "
                + _W
                + r"){0,2}? (?:process|growth|computation|calculation|steps|step|procedure"
                r"|operations|chain|recursion|recurrence|algorithm|compounding|sequence|decay"
                r"|moves|problem|puzzle|timeline|doublings?|halvings?|story|logic|argument|clock"
                r"|interest|arithmetic|one))(?: " + _W + r")?? backwards?\b"
                r"|backwards? (?:chaining|reasoning|from|search|through)"
                # the term defined is not the behaviour: "in backward chaining, one starts from
                # the goal", "backward chaining means ..."
                r"(?<!^in[ ]backward[ ]chaining)(?<![.!?\n][ ]in[ ]backward[ ]chaining)"
                r"(?<!^in[ ]backwards[ ]chaining)(?<![.!?\n][ ]in[ ]backwards[ ]chaining)"
                r"(?! (?:means|is (?:a|an|the|when|where)|refers to|is defined|describes)\b)",
            ),
            (
                ("back",),
                r"(?:work|working|worked|works|reason|reasoning|reasoned|trace|tracing"
                # (not "copy your working back into one expression": sixteenth session)
                r"|traced) back\b(?! (?:to|into|in|over|up|on|onto|out|and)\b)"
                r"|back from"
                r" (?:the )?(?:goal|target|answer|result|end|desired|conclusion|" + _NUM + r")",
            ),
            (
                ("goal", "target", "end", "desired", "conclusion", "final", "want"),
                r"(?:start|starting|begin|beginning|reason|reasoning|think|thinking|work|working"
                r"|go|going) (?:from|with|at) (?:the )?(?:goal|target|end result|end|desired"
                r" (?:result|answer|value|outcome|number|inequality|identity|equation|equality"
                r"|statement|form|expression)|conclusion|final (?:answer|result"
                r"|value)|what we want)",
            ),
            (
                (
                    "need",
                    "must",
                    "have",
                    "has to",
                    "want",
                    "could",
                    "can",
                    "should",
                    "require",
                    "would",
                    "'d",
                ),
                r"(?#prefilter:4)"
                r"(?:to|in order to) (?:get|reach|obtain|achieve|make|end up with|arrive at|hit"
                r"|land on"
                r"|land at|finish (?:at|with|on)|end (?:up )?(?:at|on)"
                r"|produce|form) (?:the )?(?:target|goal|desired "
                + _W
                + r"|(?:a |an )?"
                + _NUM
                + r"|zero),?(?: "
                + _W
                + r"){0,6}?,? (?:(?:we|i|you|"
                + _W
                + r") (?:would |will |'d )?(?:need|must|have to|has to|needs to|want|should"
                r"|require)|(?:we|i|you)"
                r" (?:would |will |'d )?(?:could|can)"
                # (sixth wave: the last operation the goal asks for, "to finish at 17 from 68
                # we'd divide by 4", "to finish on 6 with a division, the numerator has to be")
                r"|(?:we|i|you)(?:'d| would) (?:divide|multiply|add|subtract|take away"
                r"|take|halve|double|square)\b)",
            ),
            (
                (
                    "need",
                    "must",
                    "require",
                    "has",
                    "have",
                    "should",
                    "set",
                    "choose",
                    "want",
                    "necessary",
                ),
                r"for (?:[^\s.?;]+ ){1,12}?to (?:be|equal|hold|work|vanish|become|come out|end"
                r"|give|reach|make|sum to|get|have|satisfy|exist|cancel|pass|lie|go|meet|touch"
                r"|divide|intersect|coincide|converge|contain|land on|appear|occur|exceed"
                # (tenth session: "for the line to hit that point we need 11 = 3 * 2 + b")
                r"|cross|hit|pass through|balance)\b(?! (?:defined|real"
                r"|valid|meaningful|well[- ]defined"
                r"|nonnegative|non-negative)\b),?(?: "
                + _W
                + r"){0,16}?,? (?:(?:we|i|"
                + _W
                + r") (?:would |will )?(?:needs?|must|requires?|has to|have to|should)|(?:we|i)"
                r" (?:set|choose|require)"
                # (ninth wave: "for the result to come out at 19 with a 4 and a 5, I'd want
                # 4 * 5 = 20"; not "for example, to be safe, I'd want to check")
                # (tenth session: "for that to pass 1000 we want 2^n > 1001")
                r"|(?:we|i)(?:'d| would)? want(?! to\b)|(?:is|are) (?:required|needed"
                r"|necessary))\b",
            ),
            (
                ("what", "which"),
                r"what (?:must|should|would|has to|needs to) (?:" + _W + r" ){1,6}?be for|what"
                r" (?:we|i) (?:actually |really |still )?need (?:is|are)\b(?! to\b)|what"
                # (sixth wave: "what a^3 + b^3 really needs is a^2 - ab + b^2"; not "what the
                # problem requires is")
                r" (?!the (?:problem|question|task|exercise)\b)(?:" + _W + r" ){1,5}?(?:really"
                r" |actually )?(?:needs|requires) (?:is|are)\b(?! to\b)|what"
                r" (?:that|this|it) (?:requires|would require|needs)|"
                r"what (?:must|should|needs to|has to|would have to|would need to) (?:hold|be true"
                r"|happen|be the case)|what (?:do|would|must|does|should) (?:we|i|x|it|"
                + _W
                + r") (?:need|have to be|need to be|require)(?! to (?:find|determine|compute"
                r"|calculate|answer|solve|show|prove))|(?:what|which) (?:two |three )?(?:of the )?"
                r"(?:number"
                r"|value|integer|pair|combination|operation)s?"
                r" (?:times|plus|minus|multiplied by|divided by|added to|subtracted from|gives?"
                r"|multiply to|add (?:up )?to|sum to"
                r"|would give|do we need)"
                # (ninth wave: the unknown the goal fixes, asked for, "to make x^2 + 6x + k a
                # square, what must k be?", "what must the partner of 9 be?"; what the goal
                # must look like, "let me think about what the minimum must look like"; not
                # "what should the answer be?" nor "what should the final answer look like?")
                r"|what (?:must|should|has to|needs to|would have to) (?:(?:\$|\\\(\s*)?[a-z]"
                r"(?:_\d|\^\d)?(?:\$|\s*\\\))?|the (?:other |missing |last |remaining |second"
                r" |unknown )?(?:factor|term|number|value|coefficient|constant|digit|partner"
                r"|multiplier|divisor|summand|addend|side|angle|exponent|base)(?: of(?: "
                + _W
                + r"){1,2}?)?) be\s*\?|what (?!(?:the )?(?:final )?(?:answer|output|format|result)"
                r"\b)(?:(?:the|a|an|our|this|such|that) )?(?:"
                + _W
                + r" ){0,3}?(?:must|has to|would have to|needs to) look like\b",
            ),
            (
                (
                    "need",
                    "want",
                    "must",
                    "have",
                    "should",
                    "make",
                    "find",
                    "build",
                    "get",
                    "obtain",
                    "form",
                ),
                r"(?#prefilter:1)(?:=\s*|is )"
                + _NUM
                + _OP
                + _NUM
                + r"(?: "
                + _W
                + r"){0,3}?,? (?:so |then |thus |hence |which means |meaning )?(?:(?:can )?(?:we|i)"
                r"(?: can)? (?:need|want|would need|must|have to|should|make|find|build"
                # "so can we get a 7?"; "= 74 + 9 ... we get" is a computation
                r"|(?:(?<=can[ ]we[ ])|(?<=can[ ]i[ ]))(?:get|obtain|form))|the (?:job|task|aim"
                # (seventh generalisation: "48 = 6 * 8, the job is to get 6 out of 2 and 3")
                r"|goal)(?: now)? is to (?:make|get|build|form|find)\b)",
            ),
            (
                ("need", "want", "require", "look"),
                r"(?:need|want|require|looking for|look for) (?:a|an|another) "
                + _NUM
                + r"(?=\s*(?:[.,;:!?)]|$|\n)| to (?:finish|end|complete|reach|get|make|hit)"
                r"| and| from"
                r"| or| at the end| for the last)",
            ),
            (
                ("make", "get", "build", "form", "find", "reach", "create"),
                r"(?#prefilter:2!)(?:make|get|build|form|find|reach|create) (?:a |an )?"
                + _NUM
                + r" (?:from|out of|using|with) (?:the )?(?:others|rest|remaining|other"
                r" (?:two |three )?numbers|leftover|left)|(?:(?:so|then|now),? (?:we|i)"
                r" (?:need to|must|have to)"
                r"|can we|could we"
                r"|can i|could i|try to)"
                r" (?:make|get|build|form|find|create) (?:a |an )?" + _NUM + r" (?:from|out of"
                r"|using|with) " + _NUM,
            ),
            (
                ("last", "final"),
                r"(?#prefilter:4!)"
                r"the (?:last|final) (?:step|operation|move|op|calculation|number|value|term)(?: of"
                r" (?:the )?" + _W + r")? (?:must|should|could|would|has to|needs to|will|might)"
                r" (?:be|produce|give|yield|make)\b|what (?:should|must"
                r"|would|could) the (?:last|final) (?:" + _W + r" ){0,2}?be|what the (?:last|final)"
                r" (?:step|operation|move|number) (?:should|must|would|could|has to) be\b"
                # (sixth wave: "I'd like the last step to be 100 + 2")
                r"|(?:like|want|need) the (?:last|final) (?:step|operation|move) to be\b"
                # (ninth wave: "options for the last step: 25 - 1, 5 * 5, 20 + 5")
                r"|(?:options|candidates|possibilities|choices) for the (?:last|final) (?:step"
                r"|operation|move)\b",
            ),
            (
                (
                    "end",
                    "last",
                    "final",
                    "target",
                    "goal",
                    "gives",
                    "makes",
                    "yields",
                    "produces",
                    "would give",
                    "could give",
                    "would make",
                    "could make",
                ),
                r"(?#prefilter:5!)(?:need|want|have) (?:to (?:get|have|end with|reach) )?"
                + _NUM
                + r" (?:at the end"
                r"|in the end|as the (?:last|final))|the (?:target|goal)(?: " + _NUM + r")? (?:can"
                r"|could) be (?:written|expressed|made|obtained|reached|formed) as|what (?:gives"
                # (ninth wave: "think about what would give 100")
                r"|makes|yields|produces|would give|could give|would make|could make) (?:us )?"
                + _NUM,
            ),
            (
                ("need", "want"),
                r"(?:need|want) (?:the|our|this|it) (?:" + _W + r" ){0,2}?to (?:be|equal|reach|give"
                r"|make|come out to|end up as) (?:" + _NUM + r"|the target|zero)",
            ),
            (
                ("came", "come", "made from"),
                _NUM + r" (?:came|comes|must come|could come|must have come|can come) from|(?:it"
                # (seventh generalisation: what kind of last operation the target allows)
                r"|" + _NUM + r") (?:won't|can't|cannot|doesn't|does not|will not|must|has to)"
                r" (?:come|be made) from (?:a |an )?(?:product|sum|difference|quotient"
                r"|multiplication|addition|subtraction|division)\b|(?:where|how) (?:could|can"
                r"|does|would|might|did) (?:the )?" + _NUM + r" come from",
            ),
            (
                ("assum", "suppos"),
                r"(?:assume|assuming|suppose|supposing) (?:that )?the (?:answer|result|target"
                r"|final (?:result|answer|value|output)|end result|output) is",
            ),
            (
                ("result", "answer", "target", "goal"),
                r"if the (?:final |end )?(?:result|answer|target|goal) (?:is|equals|=|were"
                r"|should be|must be) ",
            ),
            (
                (
                    "rest",
                    "remaining",
                    "other",
                    "leftover",
                    "must",
                    "have to",
                    "need to",
                    "should",
                ),
                r"the (?:rest|remaining (?:numbers|ones|two|three)|others|other (?:numbers|two"
                r"|three)|(?:two |three )?leftovers?) (?:must|should|need to|needs to"
                r"|has to|have to|will have to|would have to) (?:make|give|be|equal|form|produce"
                r"|multiply to|add (?:up )?to|sum to|come to|supply|provide) (?:me |us )?(?:a |an"
                r" |exactly )?"
                + _NUM
                # (sixth wave: the numbers left named, "so 3, 8, 7 must come to -2", "64, 8 and 3
                # have to give 24"; "is what the others must supply")
                + r"|(?<!numbers[ ])(?<!numbers:[ ])(?<!given[ ])(?<!using[ ])(?<!with[ ])"
                r"(?<!,[ ])(?<!\d)"
                # (second backward-chaining wave: "the remaining 9, 2, 1
                # would have to supply the other factor"; not the task restated, "the numbers
                # 6, 2 and 3 have to give 15")
                r"(?:(?:remaining|leftover) )?"
                + _NUM
                + r"(?:, "
                + _NUM
                # (ninth wave: also without "and", "3, 8, 7 must come to -2")
                + r")*(?:,? and|,) "
                + _NUM
                + r" (?:must|should|need to|have to|would have to) (?:make|give"
                r"|produce|come to|supply|provide|multiply to|add (?:up )?to|sum to|become"
                # (tenth session: "so 3 and 2 have to add to that 5", "2 and 1 have to become a
                # harmless *1")
                r"|turn into) (?:(?:a |an |exactly |that )?(?:harmless |neutral )?(?:"
                + _SIGN
                + r"\s*)?"
                + _NUM
                + r"|the (?:other|missing|remaining) (?:factor|term|summand|addend|part))"
                + r"|is what the (?:rest|others|remaining (?:numbers|ones)|other numbers)"
                r" (?:must|should|need to|have to|has to) (?:make|give|supply|provide|produce)",
            ),
            # third round (issue 19)
            (
                ("target", "goal"),
                r"(?:target|goal)(?: number)?(?: is)? "
                + _NUM
                + r"(?:[,.:]?(?: (?:and|so|which|since))?(?: "
                + _NUM
                # (ninth wave: "the goal 36 splits as 30 + 6")
                + r")? (?:=|is|equals|can be (?:written|made|expressed) as|splits (?:as|into)"
                r"|breaks (?:down )?(?:as|into)|decomposes (?:as|into)|factors as) "
                + _NUM
                + _OP
                + _NUM
                + r"|,? is (?:one|two|three|four|five|"
                + _NUM
                + r") (?:less|more) than "
                + _NUM
                + r"|,? is (?:half|twice|double|triple|three times) (?:of )?"
                + _NUM
                + r")",
            ),
            (
                ("must", "has to", "needs to", "should"),
                r"(?:answer|result|final (?:answer|number|result|value)|target|last number)"
                r" (?:must|has to|needs to|should) be (?:a multiple of|divisible by|even|odd|a"
                r" (?:perfect )?square|a product|the product|the sum|obtained|made|formed"
                r"|reached)",
            ),
            (
                ("what", "which"),
                r"(?#prefilter:2)(?:what|which) (?:number|value)s?,? (?:when|if) (?:"
                + _W
                + r" ){0,3}?(?:multiplied|added|subtracted|divided|combined|squared|doubled"
                r"|halved)|(?:what|which) (?:number|value)s?,? (?:doubled|halved|squared|tripled"
                # (ninth wave: "which number, doubled, gives 18?")
                r"|cubed),? (?:gives|yields|makes|equals)\b|(?:what|which) (?:pair|two numbers"
                r"|numbers|pair of (?:numbers|values))"
                r" (?:(?:multiply|multiplies|add|adds|sum|sums)(?: up)? to|(?:could|would|can"
                r"|might)"
                r" (?:finish|end|give|make|produce)(?: (?:at|with|on|in))?) " + _NUM,
            ),
            (
                ("needed", "required", "necessary", "take"),
                r"what(?:'s| is| would be| are) (?:needed|required|necessary) (?:to|for)"
                # (ninth wave: "what would it take for the product to be 0?"; "what's needed is
                # a 9 from 11 and 2" names an intermediate, a subgoal)
                r"|what (?:would|will|does) it take (?:for|to)\b",
            ),
            (
                ("need", "must", "have", "should", "require", "want"),
                # sixth generalisation: an optimum as the goal ("to minimize the sum, we want
                # the factors as close as possible", "to maximize the slope, we want ...")
                r"(?:to|in order to) (?:satisfy|achieve|obtain|ensure|guarantee|force|end the"
                r" game|maximi[sz]e"
                r"|minimi[sz]e)(?: "
                + _W
                + r"){1,12}?,? (?:we|i|"
                + _W
                + r") (?:would |will )?(?:needs? to|must|has to|have to|should|requires?|want)"
                # (ninth wave: what a tool to be used asks of the expression, "to use sin u / u
                # -> 1 we need the denominator to match the argument"; not "to use this
                # formula, we need to find the radius")
                r"|(?:to|in order to) (?:use|apply|invoke) (?:"
                + _W
                + r" ){1,12}?(?:we|i) (?:would |will )?(?:need|want|require) (?:the|this|it|that"
                r"|both|each|all|every|our) (?:"
                + _W
                + r" ){0,3}?to (?:match|be|equal|have|look like|become|cancel|agree)\b",
            ),
            (
                ("last", "final"),
                r"(?:last|final) (?:step|operation|move)s? (?:must|should|has to|have to|needs?"
                r" to|is likely|is probably|would likely|probably)",
            ),
            (
                ("more",),
                r"(?#prefilter:2!)(?:need|needs|want|require) (?:another )?"
                + _NUM
                + r" more(?: (?:to (?:reach|get|make|hit|finish)|for)"
                # (ninth wave: the gap named, then what fills it, "I need 2 more, which 4 / 2
                # supplies"; not "she needs 4 more, which she buys on Monday")
                r"|,? (?:which|and) (?:"
                + _W
                + r" ){0,4}?(?:supplies|supply|provides|provide|gives|give|covers|cover|yields"
                r"|yield)\b)",
            ),
            # second broadening (issue 19)
            (
                ("must", "need", "has to", "have to", "should"),
                r"(?:to|in order to) (?:get|obtain|have|reach|make|leave) (?:a|an) "
                + _W
                + r" of "
                + _NUM
                + r",? (?:the )?"
                + _W
                + r" (?:must|needs? to|has to|have to|should|need)\b",
            ),
            (
                ("must", "need", "has to", "have to", "should"),
                r"(?:to|in order to) make (?:the|this|it|that) (?:"
                + _W
                + r" )?(?:undefined|zero|positive|negative|an integer|divisible|equal|real"
                r"|true|hold|work|smallest|largest|minimal|maximal),? (?:the )?(?:"
                + _W
                + r" )?(?:must|needs to|has to|should)",
            ),
            (
                ("is to", "are to"),
                r"if (?:the|this|it|our|that) (?:" + _W + r" )?(?:is|are) to (?:be|equal|reach|make"
                r"|come out)",
            ),
            (
                ("what", "which"),
                r"(?:what|which) (?:operation|combination|pair)s? (?:on|of|with) "
                + _NUM
                + r" and "
                + _NUM
                + r" (?:produces|gives|makes|yields|results in)",
            ),
            (
                ("must", "has to", "needs to", "should", "have to"),
                r"(?#prefilter:3!)"
                r"(?:result|answer|total|sum|product|final number|difference) (?:has to|must|needs"
                r" to) be (?:negative|positive|even|odd|larger|smaller|bigger|less|greater|at least"
                r"|at most)(?: " + _W + r"){0,3}?, so"
                # (ninth wave: the total the goal needs, then what is there, "the total must be
                # 32, we have 21, so x = 11"; not "the total must be 40 dollars, and we have no
                # coupon")
                r"|(?:total|sum|product) (?:must|has to|needs to|should|would have to) (?:be"
                r"|equal|come to|reach) \$?"
                + _NUM
                + r"(?: "
                + _W
                + r"){0,3}?[,;.:]? (?:and |but |so )?(?:we|i|she|he|they) (?:already |only )?"
                r"(?:have|has|got|had)(?: only)? \$?" + _NUM,
            ),
            (
                ("answer", "target", "goal", "end", "result", "what", "backward"),
                r"(?:work|working|worked|reason|reasoning|start|starting) from (?:the (?:answer"
                r"|target|goal|end|result)|"
                + _NUM
                + r") backwards?|(?:reason|reasoning|work|working|start|starting"
                r"|think|thinking) from what (?:we need|the (?:answer|goal|target|result)"
                r" (?:requires|needs)"
                # (ninth wave: "start from what the probability has to be: 1/6")
                r"|(?:(?:the|a|an|our|this) )?(?:"
                + _W
                + r" ){1,3}?(?:must|has to|needs to|would have to|should) (?:be|equal|hold"
                r"|satisfy)\b)",
            ),
            (
                ("start", "begin", "revers", "backward"),
                r"(?:start|starting|begin|beginning) (?:from|with|at) (?:the (?:target|goal) )?"
                + _NUM
                + r"\s*[:,]?\s*"
                + _NUM
                + r"\s*=\s*"
                + _NUM
                + _OP
                + _NUM
                + r"|(?:^|(?<=\n)|(?<=[.!]\s))(?:reverse|in reverse|backwards?|working"
                r" backwards?)\s*:",
            ),
            # third generalisation (issue 19): goal-first forms of real completions
            (
                ("need", "must", "have to", "should", "first"),
                # a prerequisite derived from a named goal: "to find the area of DBEF, we first
                # need to find D, E and F", "to find the volume, I need the height"; the goal is
                # a quantity, not "this problem", and the requirement is a quantity, not a
                # method ("we need to use inclusion-exclusion")
                r"to (?:find|determine|compute|calculate|evaluate|get|obtain|conclude|prove|show"
                r"|maximi[sz]e|minimi[sz]e)(?! (?:this|the) (?:problem|question"
                r"|(?:final )?answer)\b| it\b| out\b)(?: "
                + _W
                + r"){1,14}?,? (?:so )?(?:we|i) (?:first (?:find|determine|compute|calculate"
                r"|identify|express)\b|(?:first )?(?:(?:need|must|have to|will need"
                r"|'ll need|would need|(?:probably |also )?need|should)(?: to)?(?: first)? (?:find"
                r"|determine|compute|calculate|know|figure out|work out|get|obtain|have|establish"
                r"|arrange|factor|minimi[sz]e|maximi[sz]e|identify|isolate|choose|express"
                r"|evaluate)\b"
                r"|need (?:the|an?|its|their|both) ))",
            ),
            (
                (
                    "in order for",
                    "so that",
                    "for the",
                    "for this",
                    "for it",
                    "for a",
                    "which means",
                    "which requires",
                    "which forces",
                ),
                # the requirement, then the goal it serves: "f must have degree 3 in order for
                # the product to have degree 4", "we need this to be positive for the roots to
                # be real"
                r"(?:must|should|has to|have to|needs? to) (?:be|have|equal) (?:"
                + _W
                + r" ){0,5}?in order for (?:"
                + _W
                + r" ){1,6}?to |(?:need|want|require)s? (?:this|it|that|the "
                + _W
                + r") to (?:be|equal|have) (?:"
                + _W
                + r" ){0,3}?(?:for|so that|in order for) (?:"
                + _W
                + r" ){1,5}?to (?:be|equal|have|hold|exist)\b|(?:need|want|require)s? (?:this|it"
                r"|that|the "
                + _W
                + r") to (?:be|equal|have) "
                + _W
                + r",? which[ ](?:means|requires|forces)\b",
            ),
            (
                ("suffices", "enough", "sufficient"),
                r"(?#prefilter:4!)"
                r"to (?:prove|show) (?:" + _W + r" ){1,10}?it (?:suffices|is enough|is sufficient)"
                r" to"
                # (ninth wave: the goal named before, then "for that" what is enough for it:
                # "we want a real root. For that it would be enough to find a sign change",
                # "and for that it's enough to know 3^20 mod 4"; "that is enough for now" and a
                # bare "it suffices to show" (a subgoal) are not it)
                r"|for (?:that|this),? it(?:'s| is| would be| will be| should be| is then| would"
                r" then be) (?:enough|sufficient) to|for (?:that|this),? it (?:suffices|would"
                r" suffice|will suffice) to",
            ),
            (
                ("final", "last", "make", "value", "choice"),
                # the last operation assumed, or the condition asked for: "if the final step is
                # a division, the numerator ...", "what would make n^2 + 3n divisible by 5?"
                r"if the (?:final|last) (?:step|operation|move) is|what (?:would|could|will) make"
                r" (?!sense)|(?:what|which) (?:value|values|number|choice) of "
                + _VAR
                + r" (?:makes|make|would make|will make)\b|(?:what|which) "
                + _VAR
                + r" (?:makes|would make)\b"
                # (ninth wave: "which value of k gives a double root?", "what value must a
                # take?")
                r"|(?:what|which) (?:value|values|choice|choices) of "
                + _VAR
                + r" (?:gives|would give|yields|ensures|guarantees|produces)\b|what (?:value"
                r"|values|number) (?:must|should|has to|needs to|would have to) "
                + _VAR
                + r" (?:take|have|be)\b",
            ),
            (
                ("need", "look", "search"),
                r"(?#prefilter:1)(?:i|we)(?:'d| would| still) need (?:a |an |another )?"
                + _NUM
                # (ninth wave: "I still need 3 to get to 66")
                + r"(?= from| out of| more| to (?:get to|reach|make|hit|finish|land on)\b"
                r"|\s*(?:[.,;:)]|$))|(?:look|looking|search) for (?:a way"
                r" to (?:reach|get|make|produce) (?:a |an )?"
                + _NUM
                + r"|"
                + _NUM
                + r"(?=\s*(?:=|[.,;:]|and|then|from|using)))"
                # (ninth wave: a search aimed at the goal, "look for a combination of the
                # equations that yields a + b directly"; not "look for a pattern")
                r"|(?:look|looking|search|searching) for (?:a|an|some) (?:combination|value"
                r"|number|pair|choice|substitution|manipulation|multiple|factor|expression"
                r"|operation)\b(?: "
                + _W
                + r"){0,5}? (?:that|which) (?:yields|gives|produces|makes|equals|sums to|adds up"
                r" to|multiplies to)\b",
            ),
            (
                ("only way", "one way"),
                r"(?:the only way|one way) (?:to (?:get|make|reach|obtain|have|achieve)"
                r"|for (?:"
                + _W
                + r" ){1,4}?to (?:be|equal|reach|get|hold|vanish)) (?:(?:"
                + _W
                + r" ){0,4}?is (?:for|if|to|when)\b|(?:"
                + _W
                # (ninth wave: "the only way to get 1 from 3 and 2 is 3 - 2")
                + r" ){0,6}?is "
                + _NUM
                + _OP
                + _NUM
                + r")",
            ),
            (
                # fourth generalisation (issue 19): a prerequisite sought ("but I don't know h
                # yet. Maybe I can find ..."); the condition of a named event: "for this to
                # happen, both Alice and Bob must fail"
                ("n't know", "not know", "for this to", "for that to", "for it to", "for both to"),
                _NOT_YET + r"|for[ ](?:this|that|it|both)[ ]to (?:happen|be (?:true|possible"
                r"|the case)|work|hold|occur),? (?:[^\s.!?;]+ ){0,8}?(?:must|needs? to|has to"
                r"|have to|should)\b",
            ),
            (
                # fifth generalisation (issue 19): "looking at 95 from the end", "I'll reverse
                # the reasoning", "going in reverse from 30" (a family of its own, searched near
                # its rare literals: as alternatives of the older families they doubled the cost
                # of those families' searches)
                (
                    "from the end",
                    "revers",
                    "outside",
                    "from the goal",
                    "from the target",
                    "undo",
                    "at a time",
                    "before that",
                    "previous",
                    "preceding",
                    "before the final",
                    "before the last",
                ),
                r"(?:look|looking|view|viewing) at (?:" + _NUM + r"|it|this|the (?:target|goal))"
                r" from[ ]the[ ]end\b|from(?:[ ]the[ ](?:goal|target)[ ]side\b|(?:(?<=^from)"
                r"|(?<=\nfrom)|(?<=[.!?][ ]from))[ ]the[ ](?:goal|target)\s*:)|revers(?:e|ing)"
                r" (?:the )?"
                r"(?:reasoning|direction|logic|process|steps|operations|procedure)\b"
                r"|(?:go|going|work|working|reason|reasoning|think|thinking) in reverse\b"
                # (seventh generalisation: "undo each operation in turn", "we undo the steps
                # from the output"; "undo the last step" takes a move back: backtracking)
                r"|undo(?:ing)? (?:each (?:step|operation)|(?:the|all the) (?:steps|operations))\b"
                # (tenth session, second wave: "undo it: add 4, divide by 3"; not "undo that.")
                r"|undo (?:it|them|this|the operations)\s*:\s*(?:add|subtract|divide|multiply"
                r"|take|halve|double)\b"
                # (ninth wave, a process run backwards: "run this one in reverse", "undoing the
                # tripling", "going back one doubling period at a time", "reverse it: such a
                # number minus 2 must be ...", "1 stone at the end, and before that 5" ("so he
                # must have started with ..." stays a structural event, counted only); not
                # "list them in reverse order", "undo the parentheses", "take the steps back one
                # at a time", "reverse it: 321")
                r"|(?:run|running|ran|play|playing|solve|solving|trace|tracing)(?: (?:it|this"
                r"|that|the|these|those|each|all the))?(?: (?:one|problem"
                r"|process|steps?|puzzle|chain|procedure|computation|calculation|operations|moves"
                r"|sequence|growth))? in reverse\b(?! order)|(?:peel|peeling|strip|stripping|take"
                r"|taking|undo|undoing) (?:the|each|all the) (?:operations?|steps?|layers?) off in"
                r" reverse\b|undo(?:ing|es)? (?:it |them |everything |the (?:steps|operations) )?in"
                # (tenth session: "undo the loss", "undo in reverse order", "reading it
                # outside-in"; not "list them in reverse order", "undo the last step")
                r" reverse(?: order)?\b|(?:read|reading|peel|peeling|unwrap|unwrapping|unpack"
                r"|unpacking|work|working) (?:it |this |the (?:composition|nesting|function) )?"
                r"(?:from the )?outside[- ]in\b|undo(?:ing|es)? (?:the|each|every"
                r"|that|this|all the) (?:doubling|tripling|halving|quadrupling|doublings|triplings"
                r"|halvings|growth|increase|decrease|discount|markup|interest|compounding|loss"
                r"|losses|gain|cut|reduction|tax|raise|markdown|deduction|commission|tip"
                r"|depreciation|process|procedure|squaring)\b"
                # (tenth session: "reverse the hours: 405 / 0.9 = 450")
                r"|revers(?:e|ing) (?:the|those|these|each of the) (?:hours|days|weeks|months"
                r"|years|rounds|steps|moves|operations|changes|stages)\s*[:,]"
                r"|revers(?:e|ing) (?:it|this|that|the"
                r" (?:question|problem|condition|conditions|requirement|requirements|goal))"
                r"\s*[:,;]? (?:[^\s.!?;]+ ){1,12}?(?:must|has to|have to|needs? to|should)\b"
                r"|(?:go|going|goes|went|step|stepping|move|moving|work|working|count|counting)"
                r" back (?:one|a|an) (?:[^\s.!?;]+ ){0,3}?at a time\b|at the end,? (?:and )?before"
                r" that,? (?:"
                + _W
                + r" ){0,2}?"
                + _NUM
                # (the state before the end inferred: "ending at 1 means the previous term was
                # 2", "what the previous step had to give", "before the final addition we must
                # have had 27"; not "the previous term was 2 and the next is 4")
                + r"|(?:means|so|hence|thus|then),? (?:the )?(?:previous|preceding) (?:term|step"
                r"|value|number|state|day|year|move|amount) (?:was|must have been|had to be|must be"
                r"|would have been|has to be)\b|what the (?:previous|preceding) (?:step|operation"
                r"|move|term|value) (?:had to|has to|must|should|would have to) (?:give|be|produce"
                r"|make|yield)\b|before (?:the )?(?:final|last) (?:step|operation|move|addition"
                r"|subtraction|multiplication|division|doubling|halving|day|year|round),? (?:we|i"
                r"|it|there|she|he|they) (?:must have|would have|had to have|needed|had to be)\b",
            ),
            (
                # (fourteenth session, from the twenty-sixth round's misses) a rule run
                # backwards ("reverse the rule: previous = (95 - 1) / 2"), a process undone on its
                # result ("undo it: 10 - 6 = 4"), the work started from the goal's number ("work
                # from the 500: it is missing 300", "working from the price, ..."); not "reverse
                # the list", "undo that: ..." (a move taken back), "working from the left"
                ("revers", "undo", "from the"),
                r"revers(?:e|ing) (?:the )?(?:rule|formula|recurrence|recursion|mapping|machine)"
                r"(?=\s*[:,.;])|undo (?:it|them|everything)\s*:\s*"
                + _NUM
                # (fifteenth session: after "so / now / then", and "thinking from the ...": "so
                # working from the 1800, the (n-2) part must be 10", "think from the money:")
                + r"|(?:^|(?<=\n)|(?<=[.!?;][ ])|(?<=>[ ]))(?:(?:so|now|then),? )?"
                r"(?:work|working|reason|reasoning|think|thinking)"
                r" from the (?:"
                + _NUM
                + r"|price|total|money|target|goal|answer|result|end|final (?:amount|value|answer"
                r"|result|number))(?=\s*[:,])",
            ),
            (
                # (fifteenth session, from the thirtieth round's misses: mid-size reasoning
                # models) the work run backwards from the end ("reason from the empty basket
                # upward", "run the clock in reverse from the arrival", "undoing f step by step
                # in reverse order", "think about the very last move", "look at how it ends"),
                # the goal named as what one is after ("start from the inequality I'm after",
                # "what I'm after is the foot of the perpendicular"), a sufficient condition for
                # it ("would follow immediately if the triangles were congruent", "would be easy
                # if I had the central angle"), what the goal demands ("what does tangency
                # demand?", "what we still require is that 7 divides it"), where the goal's
                # quantity appears with the givens ("where does ab show up together with ...");
                # not "what does the problem require" (clarification), "in reverse order of
                # size" (a listing)
                (
                    "upward",
                    "backward",
                    "reverse",
                    "last",
                    "final",
                    "ends",
                    "after",
                    "follow",
                    "easy",
                    "demand",
                    "require",
                    "need",
                    "show up",
                    "appear",
                ),
                r"\b(?:reason|reasoning|work|working|think|thinking|go|going) (?:back )?from the"
                r" (?:[a-z]+ ){0,2}[a-z]+ (?:upward|upwards|backward|backwards)\b"
                r"|\bin reverse from\b|\brun (?:the [a-z]+|it|things|everything|time)"
                r" (?:in reverse|backwards?)\b|\bundo(?:ing)? [a-z0-9()]+(?: step by step)?"
                r" in reverse\b"
                r"|\b(?:think|thinking|look|looking) (?:about|at) (?:the )?(?:very )?(?:last|final)"
                r" (?:move|step|operation|stage|action|round|jump)\b|\blook at how it ends\b"
                r"|\b(?:the )?(?:inequality|conclusion|claim|statement|identity|equation|quantity)"
                r" (?:i'm|we're|i am|we are) after\b|\bwhat (?:i'm|we're|i am|we are) after is\b"
                r"(?! (?:the answer|\d))"
                r"|\bwould follow (?:immediately |directly |at once |easily )?if\b"
                r"|\bwould be (?:easy|straightforward|immediate|trivial) if (?:i|we) (?:had|knew"
                r"|could)\b"
                r"|\bwhat does (?!(?:the |this |that )?(?:problem|question|statement|prompt|task"
                r"|rules?|instructions?)\b)(?:the |this |that |a )?[a-z]+(?: [a-z]+)? (?:demand"
                r"|require|need|force)\b"
                r"|\bwhat (?:we|i) (?:really |still )?(?:require|need) is (?:that|for|at least)\b"
                r"|\bwhere (?:does|do|can) [^.?!]{1,40} (?:show up|appear) (?:together )?with\b",
            ),
            (
                # a result just computed, decomposed in turn: "150 / 6 = 25, and 25 = 30 - 5",
                # "36 / 4 = 9, and 9 = 17 - 8" (found from its leading "="); sixth
                # generalisation: any decomposition chain ("57 is 60 - 3, and 60 is 12 * 5",
                # "57 = 60 - 3 and 60 = 12 * 5"), and "53 is 3 more than 50, so if I can make 50";
                # two products in a row are factorisations ("14 = 2 * 7 and 100 = 2 * 50": two
                # real hits, both a gcd), not a chain
                (" and ", " so ", "more than", "less than", "undo", "must have been"),
                r"(?#prefilter:5!)(?:=\s*|is )"
                + _NUM
                + r"(?:(?:"
                + _ADD
                + r")"
                + _NUM
                + r")?,?[ ](?:and|so) "
                + _NUM
                + r"\s*(?:=\s*|is )"
                + _NUM
                + _OP
                + _NUM
                + r"|(?:=\s*|is )"
                + _NUM
                + r"\s*(?:[*x]|times)\s*"
                + _NUM
                + r",?[ ](?:and|so) "
                + _NUM
                + r"\s*(?:=\s*|is )"
                + _NUM
                + _ADD
                + _NUM
                + r"|is (?:one|two|three|four|five|"
                + _NUM
                + r") (?:less|more) than "
                + _NUM
                + r",? so (?:if|we|i)\b|undo(?:ing)? (?:a|the) (?:multiplication|division|addition"
                r"|subtraction) by "
                + _NUM
                + r" (?:leaves|gives)|(?:earlier|before that|before),? (?:it|the "
                + _W
                + r") must have been (?:\\\(|\$)?\s*"
                + _NUM,
            ),
            (
                # sixth generalisation: the goal, then what it requires ("we want g(2) = 0; that
                # requires 4a - 8 = 0"), or the requirement before the goal it serves ("we need
                # p(1) = 0 for x - 1 to be a factor"); "we need to compute f(3), which requires
                # ..." is narration
                ("need", "want", "require", "after"),
                r"(?#prefilter:1!)"
                r"(?:(?:we|i) (?:want|need|require|are after|'re after|am after)(?! to\b)"
                # (seventh generalisation: "our target is the sum of the roots. By Vieta that
                # only requires the coefficients")
                r"|(?:our|my) (?:target|goal|aim) is)(?: "
                + _W
                + r"){1,16}?(?:\s*[.;:,]? (?:and |by "
                + _W
                + r" )?(?:that|this|which) (?:only )?"
                # (ninth wave: "we want the line to be tangent, and that happens exactly when
                # ...", "we want the expression minimized, which happens when the square is 0")
                r"(?:requires|would require|(?:happens|holds) (?:exactly|only|precisely) (?:when"
                r"|if)|(?<=which[ ])happens when)\b| for (?:"
                + _W
                + r" ){1,8}?to (?:be|equal|have|hold|exist|end|reach|make|give|divide|touch"
                r"|vanish|intersect)\b(?! (?:defined|real|valid|meaningful|well[- ]defined)\b))",
            ),
            # seventh generalisation (issue 19, by form)
            (
                # how the goal could arise ("think about how 18 could be produced at the end"),
                # which step reaches it ("I want to end up with tan x. Which identity gets me
                # there?"), and a required property carried back to a premise ("since we need
                # the last two digits of n! to be 00, n! must contain ...")
                ("how", "gets me", "gets us", "since", "because"),
                r"how (?:(?:could|can|might|would) (?:"
                + _NUM
                + r"|the (?:target|goal))|(?:"
                + _NUM
                + r"|the (?:target|goal)) (?:could|can|might|would)(?: have)?) (?:be(?:en)?"
                r" (?:produced|made|reached|obtained|formed|built)|arise|come about)\b"
                # (ninth wave: "how can I make 13?" asked in the work; "how can I make 24 from
                # 3, 4 and 6?" restates the task)
                r"|how (?:can|could|do|would|might) (?:i|we) (?:make|get|reach|form|build"
                r"|produce|hit) (?:a |an )?" + _NUM + r"\s*\?"
                r"|(?:which|what)"
                r" (?:identity|step|operation|move|rule|substitution|formula|combination) (?:gets"
                r"|would get|will get|could get|takes|would take) (?:me|us) (?:there|to)\b"
                r"|(?:since|because) (?:we|i) (?:need|want|require) [^.;?\n]{1,60}? to (?:be"
                r"|equal|have|end|give|make|reach|divide|vanish|hold)\b[^.;?\n]{0,60}?, [^.;?\n]"
                r"{0,60}?(?:must|has to|have to|needs? to|should)\b",
            ),
            # sixth wave (issue 19, by form)
            (
                # a goal reduced to what would give it: "that would follow if the triangles were
                # congruent, which in turn needs AB = CB", "we aim to show x = y. It suffices to
                # prove ...", "aim for 20 first, since 20 - 3 = 17", "which $n$ gives
                # $n(n+1)/2 = 55$?", "think about it from the answer's side"; "it follows that"
                # and "which gives 9" (forward) are not it
                (
                    "follow",
                    "in turn",
                    "suffic",
                    "enough",
                    "since",
                    "because",
                    "which",
                    "what",
                    "from the",
                ),
                r"(?#prefilter:1)"
                r"(?:that|this|which|it|the (?:claim|result|bound|inequality|identity|statement"
                r"|conclusion|equality|lemma)) (?:would |will |then |only |also )?follows?"
                r" (?:if|once|provided)\b|(?:which|that|this|these|those|each) in turn (?:needs?"
                r"|requires?"
                r"|would (?:need|require)|depends? on)\b|(?:aim|want|need|have|set out|going"
                r"|goal is) to (?:prove|show|establish)(?: "
                + _W
                + r"){1,12}?[.,;:]? (?:so |then )?"
                # (ninth wave: "the goal is to prove that it converges. By the monotone
                # convergence theorem it suffices to show ...")
                r"(?:by (?:the )?(?:"
                + _W
                + r" ){0,4}?(?:theorem|lemma|criterion|test|principle|inequality|formula|rule"
                r"|definition|symmetry|induction),? )?(?:it )?(?:suffices|is enough|'s enough|is"
                r" sufficient) to\b|(?:(?:aim for|aim at|go for|head for|shoot for|target)"
                r"(?: an?)? "
                + _NUM
                + r"(?: first)?|(?:reach|get to|make|build|get|form) (?:an? )?"
                + _NUM
                + r" first|(?:intermediate|first) (?:value|target|goal|number|milestone|stop)\s*:"
                r"\s*(?:reach |make |get to |get |build )?"
                + _NUM
                + r"),? (?:since|because) (?:"
                + _W
                + r" ){0,6}?(?:=\s*"
                + _NUM
                + r"|is "
                + _NUM
                + r"|(?:would |will |then )?finish(?:es)? (?:it|the job|things|off)|gets? (?:us"
                r"|me) there|(?:would |will )?(?:gives?|makes?) (?:the target|"
                + _NUM
                + r"))|which(?<![^.!?\n][ ]which)(?: "
                + _W
                + r"){1,3}? (?:gives|yields|produces|makes|satisfies) (?:that|this|it|us that"
                r"|(?:\$|\\\()[^?\n]{1,60}?)\?|what (?:gives|would give|yields|produces)"
                r" (?:us )?(?:that|this)\?|(?:think|thinking|reason|reasoning|work|working)"
                r" (?:about (?:it|this) )?from the (?:answer|result|goal|target|end)(?:'s side"
                r"| side|\s*[.,:;])",
            ),
            # ninth wave (issue 19, by form)
            (
                # the goal's formula read for its inputs ("since r = A/s, I need A and s", "an
                # exterior angle equals the sum of the two remote interior angles. So I need
                # angle A and angle B", "x = 180 - A - B, so we need those two") and the goal
                # reached from quantities still to find ("if I can find angles BAH and ABH, I
                # can find angle AHB"); not "2 + 3 = 5, and we need 5 apples and 2 pears" (no
                # "since" or "so"), "= 6. So we need 6 eggs and 2 cups" (amounts), "if we find
                # x = 2, we can find y" (a value found, not a quantity to find)
                ("need", "if i ", "if we "),
                r"(?:(?:since|as|because) (?:[^\s=,;.]+ ){0,4}?(?:=|equals?|is (?:the |just"
                r" |simply )?(?:sum|product|difference|ratio|quotient|half|twice)\b)[^\n,;]{1,60}?,"
                r" (?:so,? )?|(?:=|equals?|is (?:the |just |simply )?(?:sum|product|difference"
                r"|ratio|quotient|half|twice) of)[^.;?!\n]{1,80}?[.,;:] (?:so|thus|hence"
                r"|therefore),? )(?:we|i) (?:only |just |still |then |first )?need (?:to (?:find"
                r"|know|compute|get|determine) )?(?:both |the two )?(?:(?:the )?(?!\d)[^\s.,;:?]"
                r"{1,25}(?: [^\s.,;:?]{1,25})? and (?:the )?(?!\d)[^\s.,;:?]{1,25}\b|those two\b"
                r"|these two\b|both(?=\s*[.,;:])|them both\b|"
                # (one input: "because A = \pi r^2, I need r")
                + _VAR
                + r"(?=\s*(?:[.,;:!?)]|$)))|if (?:i|we) (?:can )?(?:find|get|determine"
                r"|compute|work out) (?:[^\s.!?;=]+ ){1,6}?(?:i|we) (?:can|could|will|would be able"
                r" to) (?:then )?(?:find|get|compute|determine|deduce|obtain|work out)\b",
            ),
            (
                # the target met by a named gap (Countdown): "87 - 80 = 7 is missing", "80 minus
                # a 9 lands on it", "a 1 made from 3 - 2 would finish it"; not "7 * 5 = 35 is
                # missing from the table", "a 6 lands on top", "an 8 would finish the game"
                (
                    "missing",
                    "lacking",
                    "land",
                    "finish",
                    "does it",
                    "do it",
                    "gets us",
                    "gets me",
                    "hits",
                    "gap of",
                    "whether",
                ),
                _NUM
                + r"\s*(?:-|minus)\s*"
                + _NUM
                + r"\s*=\s*"
                + _NUM
                + r",? is (?:what(?:'s| is) )?(?:still )?(?:missing|lacking)\b|(?:a|an|another) "
                + _NUM
                + r" (?:(?:(?:made|built|formed|obtained|taken) )?(?:from|out of|with|by)"
                r" (?:[^\s.!?;]+ ){1,6}?)?(?:(?:would|will|could|then|just|exactly) )?(?:finish"
                r"(?:es)? (?:it|the job|things|off)\b|lands? (?:on|at) (?:it\b|the target|"
                + _NUM
                + r")|gets? (?:us|me) (?:there|to (?:it|the target))|hits? (?:it\b|the target)"
                r"|(?:does|do) it\b)|the "
                + _NUM
                + r" (?:that is|that's|which is) (?:still )?(?:missing|lacking)\b"
                # ("24 is 4 times 6, so the question is whether 2, 3 and 1 can make 6")
                r"|(?:question|issue) (?:is|becomes) (?:whether|if) (?:"
                + _W
                + r" ){1,8}?(?:can|could) (?:make|give|produce|form|reach|build) (?:a |an )?"
                + _NUM
                + r"|gap of "
                + _NUM
                + r" (?:to|from|before|below|above) (?:the )?(?:target|goal|"
                + _NUM
                + r")",
            ),
            (
                # the condition of a goal asked, then answered ("when does the system have
                # infinitely many solutions? Exactly when ..."); a goal property read for what
                # it requires ("tangency requires a double root", "for tangency we need ...",
                # "continuity at x = 1 requires a + 2 = 5"); not "when does the bus come? At
                # 5, exactly when the shop opens", "continuity of f was shown in part (a)"
                (
                    "exactly when",
                    "only when",
                    "precisely when",
                    "exactly if",
                    "only if",
                    "precisely if",
                    "tangen",
                    "continu",
                    "converg",
                    "divisib",
                    "perpendicular",
                    "orthogon",
                    "collinear",
                    "concurren",
                ),
                r"when (?:does|do|is|are|will|would|can|could|must) [^?\n]{3,80}?\?\s*(?:exactly"
                r"|only|precisely) (?:when|if)\b|"
                + _PROPERTY
                + r"(?: here)? (?:requires|would require|needs|forces|demands)\b|for "
                + _PROPERTY
                + r",? (?:we|i) (?:need|require|want|must have)\b",
            ),
            # ninth session, second backward-chaining wave (issue 19, by form, from the
            # nineteenth round's misses)
            (
                # the target placed just beside a value ("57 is 3 short of 60", "22 sits just
                # under 25", "target 19 is 2 under 21", "63 is 70 shy by 7"); a value wanted
                # from named numbers ("I'm after a 3 built from 9 and 6", "looking for a 7 from 4,
                # 3");
                # the target split or divided ("split 56 into the
                # factors 7 and 8", "divide the goal, 56, by 8"); what is left to make ("120 /
                # 5 leaves 24 to produce"); the missing factor named; not "the total is under
                # 100", "she is 5 years older", "we need 5 from the store"
                (
                    "short",
                    "shy",
                    "under",
                    "below",
                    "after",
                    "looking for",
                    "so the",
                    "which means the",
                    "so really",
                    "so then",
                    "so now",
                    "into",
                    "goal",
                    "target",
                    "leav",
                    "left",
                    "missing",
                ),
                r"(?<![$.,])\b" + _NUM + r" (?:(?:is|sits|lies|falls) (?:just |exactly |only )?"
                r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:short of|shy of"
                r"|under|below)|(?:sits|lies) (?:just |exactly |only )?(?:under|below|short of))"
                r" (?:the (?:target )?)?" + _NUM + r"(?! (?:dollars|years|cents|pounds|minutes"
                r"|hours|days|inches|feet|meters|miles|points|degrees)\b)|"
                + _NUM
                + r" is "
                + _NUM
                + r" (?:shy|short) by "
                + _NUM
                + r"|(?:(?:i'm|i am|we're|we are) after|looking"
                r" for) (?:a |an )?"
                + _NUM
                + r" (?:(?:built|made|formed|produced) )?(?:from|out of) (?:the )?"
                + _NUM
                + r"(?:(?:,| and|, and) (?:the )?"
                + _NUM
                # (a plan's first step is a subgoal: "first I want a 6 out of 18 and 3, then")
                + r")+(?!,? (?:and )?then\b)|split (?:the (?:target|goal) )?"
                + _NUM
                + r" into (?:the |its )?(?:two )?(?:factors|product|sum)\b"
                # (tenth session: "factor the target. 147 = 3 * 49", "factoring our goal")
                r"|(?:factor|factoring|factorise|factorize|factorising|factorizing|decompose"
                r"|decomposing) (?:the |our )?(?:target|goal)\b|(?:divide|dividing"
                r"|halve|halving) (?:the (?:goal|target))(?:,? "
                + _NUM
                + r",?)? by\b|(?:leaves|leaving|left with) (?:me |us )?(?:a |an )?"
                + _NUM
                + r" (?:still )?to (?:make|produce|build|form|reach)\b|the missing (?:factor"
                r"|addend|summand|multiplier|divisor|operand|piece) (?:is|would be|must be|has"
                r" to be) (?:a |an )?"
                + _NUM
                # (the numbers left given their value right after a number the target fixed,
                # "96 / 8 is 12, which means the other two numbers have to produce 12", "9 =
                # 72 / 8, so the 2 and the 4 should multiply to 8"; not the same words opening
                # a plan, "so the other two numbers should give 12. 3 * 4 = 12")
                # (tenth session, second wave: "sitting right there, so really the other three
                # numbers just have to cough up 23", "12 given. so the 4 and 3 must melt into a
                # 1", "57 = 19 * 3, so the 2 and 1 only have to cancel to a 1")
                + r"|(?:\d+|there|given)[.,]? (?:so|which means)(?: really| then| now)? the"
                r" (?:(?:other|remaining|leftover) (?:two |three )?numbers|(?:leftover |remaining"
                r" |other )?"
                + _NUM
                + r" and (?:the )?"
                + _NUM
                + r")(?: just| only| still| simply)? (?:must|should|need to|have to|would have to)"
                r" (?:make|give|produce|come to|supply|provide|multiply to|add (?:up )?to|sum to"
                r"|cough up|turn into|melt into|cancel to|collapse to|reduce to|combine into"
                r"|become) (?:a |an |exactly )?" + _NUM,
            ),
            (
                # the operand the goal needs, asked ("what times 7 lands on 91?", "what do I
                # take away from 90 to end at 87?"); the problem approached from its end ("let
                # me approach it from 41 itself", "come at it from the answer's form", "working
                # from the requirement", "from what's required, l + w = 14", "from the end: 4
                # equals 20 / 5", "working from 72:"); the last operation chosen ("dividing is
                # the natural last move"); the goal's condition unpacked ("being a root means
                # ...", "being divisible by all of them means ..."); a process stepped back
                # ("step back nine differences from 47"); not "what times does the bus
                # leave?", "working from home", "from the end of the list", "being careful
                # means ..."
                (
                    "what",
                    "approach",
                    "come at",
                    "attack",
                    "from",
                    "last",
                    "being",
                    "back",
                    "need",
                ),
                r"what (?:times|plus|minus|multiplied by|added to|divided into) (?:what|"
                + _NUM
                + r") (?:gives|lands on|makes|equals|gets (?:me |us )?|comes to|reaches)"
                r"(?: exactly)? "
                + _NUM
                # (tenth session, second wave: "what times what lands on 96?", "what divides 81
                # to give 9?"; not "what divides 81?")
                + r"\s*\?|what (?:divides|goes into|multiplies|divided into) "
                + _NUM
                + r" (?:to (?:give|get|make|leave|land on|reach)|gives|makes|leaves) "
                + _NUM
                + r"\s*\?|what (?:do|must|should|would|can|could) (?:i|we) (?:take away|subtract"
                r"|add|multiply by|divide by|take) (?:from "
                + _NUM
                + r" )?(?:to|so as to) (?:end (?:up )?(?:at|on)|get|reach|land on|make|arrive"
                r" at) "
                + _NUM
                + r"|(?:approach|attack|come at|tackle) (?:it|this|the problem|the question)"
                r" from (?:" + _NUM + r"|the (?:target|goal|answer|end|requirement|conditions"
                r"|answer's (?:form|side|end)))\b|(?:work|working|reason|reasoning|argue"
                # (tenth session: "go from the requirement", "chain from the conclusion", "from
                # the other end: 71 - 5 = 66", "go from the product: 45 = 5 * 9"; not "the
                # other end of the table", "going from the product to the sum")
                r"|arguing|go|going|chain|chaining|start|starting) from (?:the (?:requirements?"
                r"|conditions|target|goal|conclusion)\b|what(?:'s| is)"
                # (tenth session: "working from what's asked: x = 180 - A - B", "work from the
                # required final mixture: 20% of 50 L is 10 L")
                r" (?:required|needed|wanted|asked(?: for)?|being asked)\b|the (?:required"
                r"|desired|wanted) (?:final )?(?:mixture|result|state|amount|value|total"
                r"|outcome|answer)\b)|(?:(?<=^)|(?<=\n)|(?<=[.!?][ ]))(?:from (?:the"
                r" end|the other end|what(?:'s| is) required)|working from " + _NUM + r"|(?:go"
                r"|going|start|starting|work|working) from the (?:product|sum|quotient"
                r"|difference))\s*[:,]|(?:start|starting|come|coming|work|working|go|going"
                r"|attack|approach) (?:it |this |the problem )?from the other end\b(?! of\b)"
                r"|(?:dividing|multiplying|subtracting|adding|division|multiplication"
                r"|subtraction|addition) (?:is|as) the (?:natural |obvious |likely |best |only )?"
                r"last (?:move|step|operation)\b|(?:(?<=^)|(?<=\n)|(?<=[.!?:][ ]))being (?:a |an"
                r" )?(?:root|zero|solution|divisible|multiple|factor|tangent|perpendicular"
                r"|parallel|prime|coprime|relatively prime|perfect square|square|integer"
                r"|continuous|congruent|similar|symmetric|periodic|odd|even) (?:[^\s.!?;]+ ){0,6}?"
                r"means\b|step(?:ping)? back (?:\d+|one|two|three|four|five|six|seven|eight|nine"
                r"|ten|eleven|twelve) (?:differences|steps|terms|days|hours|years|doublings"
                r"|halvings|generations|rounds) from\b"
                # (a goal stated, then reasoned from: "we want p such that ... = 0.75. Reason
                # from that: ..."; the goal's formula in words read for its inputs: "that area
                # is square minus circle, so I need two things"; not "we want to go. From that
                # day on", "the price is cost plus tax, so we need to pay 12")
                r"|(?:we|i) (?:want|need|seek|are looking for|am looking for) [^.!?\n]{1,120}?"
                r"(?:=|such that|so that)(?:[^.!?\n]|\.(?=\d)){0,80}?[.:;] (?:let's |let me |so"
                r" |now )?(?:reason"
                r"|work|argue|think) (?:back(?:wards?)? )?from (?:that|this|there|it)\s*[:,]"
                r"|(?:is|equals) (?:the )?(?:[a-z]+ ){0,2}?(?:minus|plus|times|over|divided by"
                r"|multiplied by) (?:the )?(?:[a-z]+ )?[a-z]+,? so (?:i|we) need (?:two|three|both"
                r"|the|its|their)\b",
            ),
            # tenth session's backward-chaining wave (issue 19, by form, from the twentieth
            # round's misses)
            (
                # the unknown operand of the goal's equation, asked or named: "36 over what
                # equals 18?", "100 / ? = 20", "f(something) = 11", "if it's 6 * something, the
                # something is 7", "which multiple of 25 is 150?", "150 is which multiple of
                # 25?", "what has to come off 60 to leave 53?", "what must n end in?", "which
                # input gives output 3?", "for 45/x to be 15, x is 3"; not "what is 36 over
                # 2?", "for example, to be safe, x is 3", "which multiple of 7 is closest?"
                (
                    "what",
                    "?",
                    "something",
                    "which",
                    "for ",
                    "input",
                    "argument",
                    "value of x",
                    "x-value",
                    "number that",
                    "number which",
                ),
                _NUM
                + r"\s*"
                + _SIGN
                + r"\s*(?:what(?: number)?|\?|something|some number)\s*(?:(?:that|which) )?"
                r"(?:=|equals|gives|makes|is"
                r"|comes to|lands on|leaves|yields)\s*"
                + _NUM
                + r"|\b[a-z]\(\s*(?:something|what|\?)\s*\)\s*(?:=|equals|is)\s*"
                + _NUM
                + r"|"
                + _NUM
                + r"\s*"
                + _SIGN
                + r"\s*something,? (?:so |then )?the something (?:is|=|must be|has to be"
                r"|would be|equals)\b|(?:which|what) (?:multiple|power|factor|divisor) of "
                + _NUM
                + r" (?:is|gives|equals|makes|sits at|lands on|comes to|reaches|leaves)"
                r"(?: exactly)? "
                + _NUM
                + r"|"
                + _NUM
                + r" is (?:which|what) (?:multiple|power) of "
                + _NUM
                + r"|which input (?:gives|yields|produces|makes|returns) (?:an? |the )?(?:output"
                r"|value|result)(?: of)? "
                + _NUM
                # (tenth session: "we need the input that produces 11: 3x - 4 = 11")
                + r"|(?:need|want|look for|looking for|seek|seeking) the (?:input|argument"
                r"|value of x|x-value|number) (?:that|which) (?:gives|yields|produces|makes"
                r"|returns|outputs) (?:an? |the )?(?:output |value |result )?(?:of )?"
                + _NUM
                + r"|what (?:has to|must|should|would have to|needs to|do (?:i|we)(?: need to"
                r"| have to)?|would (?:i|we)(?: need to| have to)?) (?:[a-z]+ ){1,3}?"
                + _NUM
                + r" (?:[a-z]+ )?to (?:leave|make|give|get|reach|land on|end (?:up )?(?:at|on)"
                r"|hit|produce|finish (?:at|on)) "
                + _NUM
                + r"|what (?:must|should|has to|needs to|would have to) "
                + _VAR
                + r" (?:end in|end with|start with|be congruent to|look like)\s*\?|for"
                r" (?!example\b|instance\b|now\b|that matter\b)(?:[^\s.?;]+ ){1,7}?to (?:be"
                r"|equal|make|give|come out (?:as|at|to)|reach|exceed|pass|appear)\b[^.;\n]{0,25}?,"
                r" (?:then |so )?"
                + _VAR
                + r" (?:is|=|must be|has to be|would be|equals)\s*(?:\$|\\\(\s*)?-?\d",
            ),
            (
                # a requirement on an expression of the unknown ("the digit sum 13 + d has to
                # be a multiple of 9", "the second equation would have to be exactly twice the
                # first"), an inequality the goal requires ("(1/2)^n < 1/100 requires 2^n >
                # 100"); not "n must be positive", "we would have to wait", "x + 2 = 5"
                ("has to", "must", "needs to", "have to", "requires", "forces", "demands"),
                r"\d+\s*[-+*]\s*[a-z] (?:has to|must|would have to|needs to) (?:be|equal|divide"
                r"|lie|leave)\b|(?:would|'d) have to (?:be (?:exactly |precisely |at least |at"
                r" most )?(?:twice|half|double|triple|equal to|a multiple of|divisible by"
                r"|proportional to|parallel|perpendicular|tangent)|equal|add (?:up )?to|multiply"
                # (not a consequence of a case, "for x > 4, y would have to be negative", nor a
                # step, "I would have to divide by 2")
                r" to|contain|end in)\b|[<>]=?\s*[^\s,;]{1,20} (?:requires|would require|forces"
                r"|demands) [^\s,;]{1,25}?\s*[<>]=?\s*[^\s,;.]*\w"
                # (tenth session, second wave: an equation the goal sets forcing another, "v = 0
                # requires 20 - 10t = 0", "(n - 2) * 180 = 1440 forces n - 2 = 8"; an expression
                # with the unknown first, "3x + 1 has to be 6"; not "x + 1 must be positive",
                # nor an inference, "n^2 = m(m + 1) forces m = 0")
                r"|=\s*[^\s,;=]{1,20} (?:requires|would require|demands) [^,;.\n=]{1,25}?"
                r"\s*=\s*[^\s,;.]*\w|\b\d*[a-z]\s*[-+]\s*\d+ (?:has to|must|would have to"
                r"|needs to) (?:be|equal) (?:\d+|a multiple of|divisible by)",
            ),
            (
                # a value the goal leaves, and whether the rest can supply it (Countdown): "120
                # / 5 = 24 -- can 4 and 6 supply a 24?", "72 - 9 = 63: could 7 and 9 make a
                # 63?"; not the task restated, "can 4, 5 and 6 make 120?"
                ("can", "could", "do "),
                r"\d+\s*(?:[-/]|"
                + _SIGN
                + r"|minus|divided by)\s*\d+\s*=\s*(\d+)\b[^?\n]{0,40}?(?:can|could|do|will"
                r"|would) (?:the )?\d+(?:,? (?:and )?\d+)+ (?:supply|make|give|produce|form"
                r"|build|provide|multiply to|add (?:up )?to|sum to|come to|reach|get) (?:us |me )?"
                r"(?:a |an |the |that |exactly )?\1\b",
            ),
            # tenth session, second backward-chaining wave (issue 19, by form, from the
            # twenty-first round's misses)
            (
                # a goal clause, then in the same or the next sentence what it requires of a
                # quantity: "we want the limit to exist. Since ..., the numerator has to vanish
                # there too", "for the lines to be parallel, their slopes have to match", "in
                # order that the line pass through (3, 11), the slope must satisfy ...", "the
                # angles are supposed to total 1440. (n - 2) * 180 = 1440 forces ...", "the end
                # amount is fixed at 1000, so the interest has to account for 200", "for this
                # the formula must be 210", "so that P = 1/3? For this, r/(r + 10) = 1/3 is
                # required"; a requirement turned into an equation ("requiring p(2) = 0 gives
                # ..."); the last function's output required ("the outer f has to output 3");
                # not a task ("we want to find x. We must solve ..."), the narrator's need ("we
                # have to be careful"), the problem's conditions ("the numbers must be used
                # once", "n must be positive"), a domain ("for the root to be real, x must be
                # ...")
                (
                    "want",
                    "would like",
                    "supposed to",
                    "in order",
                    "fixed at",
                    "for ",
                    "requiring",
                    "has to",
                    "must",
                ),
                r"(?:\b(?:we|i) (?:want|wanted|would like|'d like) (?!to\b|(?:the )?(?:value|values"
                r"|number|smallest|largest|least|greatest|maximum|minimum)\b|[a-z] (?:such|so"
                r"|with|where|for)\b)|\b(?:is|are) supposed to (?:be|total|equal|sum|add|make"
                r"|come|reach|have|pass|hit|exist)\b|\bin order (?:that|for)\b|\b(?:is|are) fixed"
                r" at\b|(?:(?<=^)|(?<=\n)|(?<=[.!?][ ]))for (?:(?:this|that)\b,?|(?!example\b"
                r"|instance\b|now\b|a\b|an\b|any\b|every\b|each\b|all\b|one\b)(?:[^\s.!?;,]+ )"
                r"{1,16}?to (?:be|hold|exist|equal|pass|total|sum|make|have|reach|work|stay"
                r"|remain|lie|converge|intersect|meet|output|give|come)\b(?! (?:defined|real"
                r"|valid|well-defined|meaningful|positive)\b)))"
                r"[^.!?\n]{0,150}?(?:[.!?]\s+[^.!?\n]{0,150}?)?(?<!we[ ])(?<!\bi[ ])"
                r"(?<!you[ ])(?:(?:has to|have to|must|needs to|is forced to|are forced to)(?:"
                r" (?:all|also|both|then|still|now|too|just|only))? (?:be(?! (?:used|checked"
                r"|verified|found|computed|calculated|determined|solved|tested|shown|proved|proven|evaluated"
                r"|simplified|done|rounded|written|noted|considered|counted|included|excluded"
                r"|taken)\b| distinct\b"
                r"| positive\b| nonnegative\b| non-negative\b| careful\b| an? (?:integer|whole)"
                r"| integers?\b| whole\b| real\b| defined\b| an? (?:valid|real))|equal|match"
                r"|vanish|satisfy|contain|output|return|account for|total|sum|divide|cancel"
                r"|agree|lie|hold|give|make|produce|supply|provide|cover|come|-?\d+|\\\(|\$)"
                r"|(?:requires|forces)"
                r" [^.!?\n;,]{0,20}?=|(?:is|are) required\b(?! to\b)|can be at (?:most|least)\b)"
                r"|\brequiring [^.!?\n]{1,40}?=[^.!?\n]{1,30}? (?:gives|means|yields|leads to)\b"
                r"|\bthe (?:outer|outermost|inner|innermost|last|final) (?:f|g|h|function|map)"
                r" (?:has to|must|needs to) (?:output|return|give|produce|equal|be) (?:-?\d+"
                r"|\\\(|\$)",
            ),
            (
                # the target taken apart and the rest required (Countdown): "it suffices to form
                # 12 from 9 and 3", "the mission is to build a second 7", "one 9 is given,
                # build the other", "let me think about 92 itself", "work down from 57",
                # "Other direction: 37 + 5 = 42", "is there a 4 hiding in 9, 4, 1?", "31 is one
                # less than 32, and 32 we can make by 4 times 8", "we want 63. It is 9 times
                # 7"; not "it suffices to compute the sum", "make another 5 dollars", "count
                # down from 10", "the other direction of the road"
                (
                    "suffices",
                    "enough",
                    "second",
                    "another",
                    "given",
                    "itself",
                    "down from",
                    "other direction",
                    "is there",
                    "can make",
                    "could make",
                    "can build",
                    "can get",
                    "want",
                    "target",
                    "goal",
                ),
                r"\b(?:suffices|is enough|'s enough) to (?:form|make|build|get|produce|obtain"
                r"|create|reach) (?:a |an )?"
                + _NUM
                + r" (?:from|out of|with|using)\b|(?:build|make|form|produce|create|construct"
                r"|building|making|forming) (?:a second|another) "
                + _NUM
                # (not a plan's first part: "make another 8 out of 30 and 22, then ...")
                + r"\b(?! (?:times|minutes|hours|days|years|dollars|cents|more|percent)\b)"
                r"(?![^.\n]{0,40}\bthen\b)"
                r"|\bone "
                + _NUM
                + r" is (?:already )?(?:given|there|available|in hand|on hand)\b[^.\n]{0,8}?"
                r"(?:build|make|form|produce|get) the other\b|(?:go|going|start|starting|work"
                r"|working|think|thinking|look|looking|reason|reasoning) (?:again )?(?:about |at"
                r" |from )(?:the (?:target |goal )?)?\d+ itself\b|(?:work|working|reason"
                r"|reasoning) down from (?:the (?:target|goal)|\d+)\b|(?:(?<=^)|(?<=\n)"
                r"|(?<=[.!?][ ]))(?:\*\*)?(?:the )?other direction(?:\*\*)?\s*[:,]|\bis there"
                r" an? "
                + _NUM
                + r" (?:hiding |hidden |somewhere )?in (?:the )?"
                + _NUM
                + r"(?:(?:,| and|, and) "
                + _NUM
                + r")+|(?:,|\band) (\d+) (?:we|i) (?:can|could) (?:make|get|build|form|produce)"
                r" (?:by|from|with|as|out of|using)\b|(?:want|target is|goal is|target's"
                r"|target:|goal:) (\d+)[.!,;:] (?:it|that|this)(?:'s| is) \d+ (?:times|multiply"
                r"|multiplied by|plus|minus|divided by) \d+",
            ),
            # twelfth session wave (issue 19, by form, from the twenty-third round's misses)
            (
                # the goal's requirement in the conditional ("To get (a+b)/2 >= sqrt(ab) we would
                # need a + b - 2 sqrt(ab) >= 0", "so it would be enough to know (abc)^(1/3) = 1",
                # "That would follow from the height from C", "the total cost in turn depends on
                # the buses", "what I'm really after is a 3 from the 5 and the 2", "the 9 and the
                # 6 only have to produce a 3", "the remaining 32 would have to come from 25 and
                # 7", "New idea, from the answer backwards: ..."); not "$50 would be enough to
                # buy 3 books", "each player in turn needs to roll", "it follows from AM-GM"
                (
                    "would",
                    "enough",
                    "in turn",
                    "after is",
                    "only ha",
                    "only need",
                    "come from",
                    "backward",
                ),
                r"\bto (?:get|prove|show|have|make|reach|obtain|establish) [^\n.!?;]{1,60}?,? (?:we"
                r"|i|one) would (?:need|have to|require)\b|\bit(?: would| will)? be enough to"
                r" (?:know|show|prove|find|establish|check|verify|have)\b|\b(?:that|this|which|it"
                r"|the (?:claim|result|bound|area|answer|inequality|value|total)) would (?:follow"
                r"|come) from\b|\bin turn (?:depends? on|requires?|would (?:need|require)|is"
                r" determined by|comes from)\b|\bwhat (?:i'm|i am|we're|we are) (?:really |actually"
                r" )?after is (?:a|an) \d+ (?:from|out of|using|with)\b|\bonly (?:has|have|needs?)"
                r" to (?:produce|make|give|yield|supply|provide|form|build|deliver) (?:a |an )?\d+"
                # ("would / will have to come from", or the rest's: not "7 - 2 = 5, so the 5 has
                # to come from 7 and 2", a result told back)
                r"|\b(?:would|will) (?:have to |need to |all )?come from (?:the )?(?:\d+|[a-z]+"
                r" and\b)|\b(?:remaining|rest|remainder|other one|others)\b[^.\n;:]{0,30}?"
                r" (?:has to|have to|must|needs? to) come from (?:the )?(?:\d+|[a-z]+ and\b)"
                r"|\bfrom the (?:answer|result|target|goal) backwards?\b"
                r"|\b(?:since|because|as) [^\n.!?;]{1,60}?, it(?: is|'s| would be) enough to"
                r" (?:find|know|show|prove|compute|get|determine)\b"
                # (not parts done one by one: a subgoal's, "it is enough to prove it by 2, by 3
                # and by 5 separately")
                r"(?![^\n.!?;]{0,60}?\b(?:separately|individually|one by one|in turn)\b)",
            ),
            (
                # (sixteenth session, from the thirty-second round's misses) the work run from the
                # answer ("going from the answer instead of from the cards", "start at the
                # answer", "you find it from the end", "I flipped it round: 24 is 8 x 3"), the
                # last step asked about ("which operation lands the final blow", "how it could
                # have been made in the very last step"), the answer's form ("think about what
                # the answer has to look like"), a chain read back ("reading the chain from right
                # to left gives the theorem", "the argument runs from the target downward"), the
                # goal asked for as the start ("we reason from the divisibility we are asked
                # for"); not "working from the answer we got" (a check), "the end of the list",
                # "flip it around the x-axis"
                (
                    "from the",
                    "start",
                    "begin",
                    "flip",
                    "turn",
                    "operation",
                    "last",
                    "final",
                    "look like",
                    "right to left",
                    "bottom to top",
                    "backward",
                    "in reverse",
                    "asked",
                    "finish",
                    "conclude",
                    "get there",
                    "solve it",
                    "find it",
                    "come from",
                    "force",
                    "means",
                    "wanted",
                    "needed",
                    "were after",
                ),
                r"\b(?:go|going|went|work|working|worked|reason|reasoning|reasoned|come|coming|came"
                r"|think|thinking) from the (?:answer|end|target|goal)\b(?= instead\b| rather\b"
                r"| back| down| upward|\s*[:,.;])|\b(?:start|starting|started|begin|beginning"
                r"|began) (?:from|at|with) the (?:answer|end)\b(?! of\b)(?! (?:we|you|i)"
                r" (?:got|found|obtained|have|had)\b)|\b(?:find|found|solve|crack|cracked|see)"
                r" (?:it|this|them) from the (?:end|back)\b|\b(?:flip|flipped|flipping|turn|turned"
                r"|turning) (?:it|this|things|the (?:problem|question|puzzle)) a?round(?=\s*[:.,;]"
                r"| and\b)|\b(?:which|what) operation (?:[a-z]+ ){0,3}?(?:the )?(?:final|last)"
                r" (?:blow|step|move|operation)\b|\b(?:made|produced|reached|obtained|formed) (?:in"
                r"|by|at|with) the (?:very )?(?:last|final) (?:step|move|operation)\b|\bwhat (?:the"
                r" answer|the solution|it|they|the result|the pair|the number) (?:has|have|would"
                r" have|must|needs?|ought) to look like\b|\b(?:read|reading) (?:the chain|this"
                r" chain|the argument|the steps|it|this) (?:from )?(?:right to left|bottom to top"
                r"|backwards?|in reverse)\b|\bfrom the (?:target|goal|answer) (?:downward|downwards"
                r"|down)\b|\b(?:reason|reasoning|work|working|argue|arguing) from the [a-z]+ (?:we"
                r"|you)(?: are| were|'re) asked (?:for|to)\b"
                # (second wave, from the thirty-third round's misses: a tutor's goal-directed
                # questions) "what would let us finish?", "where could a height come from?",
                # "ask what the three conditions force on N", "start from what a double root
                # means", "we started from what we wanted and worked toward what we had"
                r"|\b(?:run|running|ran|work|working|go|going|reason|reasoning) (?:it |this )?from"
                r" the (?:answer|target|goal) end\b"
                r"|\bwhat (?:would|could|will) (?:let|allow|help) (?:us|me|you) (?:finish|conclude"
                r"|get there|solve it|find it)\b|\bwhere (?:could|would|can|might)"
                r" (?:a|an|the|that|this|our|such a|your) [a-z]+ come from\s*\?|\bask what (?:the"
                r"|these|this|that|those|our|your) (?:[a-z]+ ){0,3}?forces? on\b|\bstart from"
                r" what (?:a|an|the|it|this) (?:[a-z]+ ){0,3}?means\b|\bstarted from what (?:we"
                r"|you|i) (?:wanted|needed|were after)\b",
            ),
        ),
    }
)
