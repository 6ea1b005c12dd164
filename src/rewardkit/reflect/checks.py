r"""Verification read from the shape of the work: checks of a computed value (issue 19).

A structural detector, like :mod:`rewardkit.reflect.attempts` for Countdown. The phrase
families of :func:`rewardkit.behaviors` see a check that names itself ("let me verify",
"plugging it back in"); these rules see a value the text computed and then *judges*, without
naming the check. On the lowercased, normalised text:

1. **A verdict on a computed value.** A value (``42``, ``-3``, ``2.5``, ``3/4``, ``4^2``,
   ``\frac{1}{3}``, in ``$...$`` or ``\(...\)`` or not; "81 or 87") after ``=``, "is",
   "gives", "makes", "equals", "get", "got" or "that's", followed at once (a comma, a period or
   a dash, then "which", "so (the X)", "that's", "it's" or nothing) by a verdict of a closed
   generic class: over / under / short (optionally "two over", "just short"), "too big" and
   its kin, "that's it", "the one", "not it", "bingo", "yes", "yep", "nope", "good", "perfect",
   "correct", "wrong", "works", "holds", "checks out", "matches", "consistent", "lands on it",
   which must end their clause, or "exactly what / the target", "spot on", "neither works /
   of which": ``"21 + 5 = 26, two over."``, ``"= 3^2, so the pattern holds"``, ``"(6 + 5) *
   4 = 44 — bingo"``, ``"gives 81 or 87, neither of which is 44"``. A value restated at once
   as the next sentence's subject with a verdict is one too (``"95 - 11 = 84. 84 is exactly
   what we wanted"``), and a value rejected in so many words within 150 characters on its line
   (``"P = 3/8 for at least one head... no, 3/8 is the probability of exactly one"``). Not a
   verdict: "= 26 over 3" (a fraction), "f(x) = 0 holds for all x", "the total is 48. Good
   luck", "= 5, yes or no" (the verdict word does not end its clause), "So the answer is 47.
   47." (no verdict). A verdict word is read only with a digit in the 40 characters before
   it on its line. Second wave (read with a digit in the 80 characters before): the verdict
   after a clause opened by "and", "so", "which", "thus", "hence" or "but" (at most 60
   characters, no sentence end, no ``=``): ``"comes to 87, and we wanted 78, so that's nine
   over"``, ``"= 180°, so the triangle is consistent"``, ``"gives 7, and 7 was the
   target"`` (an amount over / under / short after a gap only as "that's / it's ..."; "so the
   game is over" is no verdict, nor is it without a gap); a verdict of the comparing kind
   after a value or a math span (``= x^2 + \sin x\)``): "matches the", "agrees with",
   "consistent with", "which is exactly the", "neither is 76", "(way) past the target",
   "equal to / was the target", "isn't it", "still / also not 50", "the same value /
   result", "settled"; a value restated after "and" and judged (``"they'll be 16 and 20, and
   20 is indeed ..."``); two results said to agree (``"3.5, so the two computations
   agree"``). Not: "past the halfway mark", "still not done", "both agree to split",
   "the same number of apples". Third wave (the slots widened): the number a value is not,
   ending its clause ("= 69. not 43.", "= 6, which isn't 3", "not even close to 92",
   "nowhere near 70"); the verdicts "holds up", "stands", "fine", "no luck", "not quite",
   "exactly our number"; a value approximate ("is about \(0.4999\)"), in dollars
   (``\$60``), a short sum ("= 7·146 + 2. yep") or followed by "again"; a verdict after
   "was" / "is" ("so x = 4 is correct"); a Countdown number left over or unused ("= 29 but
   the 7 is left over", "= 120, leaving 7 unused"). Not: "n = 5, not 6 teams", "holds up the
   roof", "x = 4 is a root", "so 8 are left over". Fourth wave (the slots again): the
   verdicts "no" (not after a sentence end), "ok" (not after a comma), "off", "about right",
   "in the right ballpark", "plausible", "valid", "satisfied", "got it", "just what"; a
   property the value lacks ("= 33 (not prime)", "= 21 aren't squares", "which is not an
   integer"), an admissibility it lacks after a comma, a bracket or "which is" ("which is
   not in the domain") or concluded ("so \(x = 2\) is not a root"), "confirming",
   "matching", "way more than", "not even close", the two sides of an equation ("= 15 =
   rhs", "the left side is 10 and the right side is also 10"); a verdict in brackets
   ("= 24 (too low)") or after "..."; a value with thousands separators, π, a unit, a
   comparison ("= 484 < 500"), after "gave" or "add up to", a math span after "gives"; a
   value judged with no lead ("\(36\pi\) seems too large", "8 is about right"); a
   clause about a value closed by "so that's settled". Not: "here n = 0 is not allowed",
   "since 12 is not prime", "is 4, okay?", "a price of 20 is reasonable". Fifth wave (shapes
   of the fifteenth and sixteenth rounds): two results agreeing in one word ("= 15. same
   number both ways", "= 5, equal", "both fit", "confirmed", "not equal" after a math span);
   a value set against another and kept or rejected ("= 3\\) vs \\(-3\\), reject"); a unit
   before the verdict ("= 2.5 h, consistent"); Countdown's scratch ("= 44 nah", "= 62 yes
   </think>", "hmm too high by 4", "yes that's 53"); the target said apart ("so i'm ten
   short", "well under 93", "that equals the target of 40", "nothing close to 33", "is just
   15, nowhere near", "with 36 still unused"); a verdict then its arithmetic evidence ("isn't
   possible (10 - 3 = 7)", "lies on it because 2 \\cdot 5 - 3 = 7"). Not: "the same number
   of elements", "compare 5 vs 7", "the target is 40, so we need 40", "x = 3 is not possible
   (since x = 2 is required)".
2. **A yes/no question about a value, answered with evidence.** A question of at most 120
   characters opening with an auxiliary ("is", "does", "can", ... after "wait", "but", "so"
   ...), not "is there / are there" (a search), whose subject is a number or a pronoun ("is it
   consistent?": the value the text computed last, within 200 characters, stands for it),
   followed in the next two sentences (at most :data:`ANSWER_CHARS` characters) by an
   equation holding that number, when the number was computed or stated (after ``=``, "is",
   "gives", ...) in the :data:`EARLIER_CHARS` characters before the question or the answer
   opens with a verdict ("yes", "no", "indeed", ...) or closes with one ("..., so no."):
   ``"= 42. Does 42 really divide both? 84 = 2 * 42 ..."``, ``"wait is 91 prime? no, 91 =
   7*13"``, ``"Is 91 prime? 91 = 7 * 13, so no."``. Second wave: a question of at most
   seven words naming a number computed before it, answered with a verdict in words (``"r
   = 3. Is the radius 3? The chord of 6 is a diameter, so yes."``). Not one: a question
   about the problem answered in words ("Is 0 allowed as the first digit? No, ..."), an
   open question ("What is 12 * 3? 12 * 3 = 36."), "Is there a smaller value than 12? ...",
   a long "is it possible that ...?" question, an operand named ("between m^2 and (m+1)^2?").
   Fifth wave: a value after ``\\equiv`` counts as computed ("2^{10} \\equiv 2. is that so?
   2^{10} = 1024 = 7 \\cdot 146 + 2").
3. **A recomputation.** Two successive true arithmetic facts (a chain: the second uses the
   first's result, ``"9 times 5 is 45, plus 2 makes 47"``), one of them with its sign in words,
   both stated again within :data:`RESTATED_CHARS` characters, written differently, the second
   within 80 characters of the first: ``"9 * 5 = 45 and 45 + 2 = 47. Going through it once
   more: 9 times 5 is 45, plus 2 makes 47"``. A chain copied verbatim (a summary), a single
   fact said twice and a fact whose numbers are all below 4 are not one.

Counting only: :func:`rewardkit.behaviors` (and ``profile``) count these events, less those
that overlap a verification phrase; the ``cognitive_behaviors`` reward does not (its events
go through the phrase rules: follow-up content, anti-stuffing). Cost: one hyperscan pass over
the literals of the three rules (a verdict word only after a digit, a sign in words only after
a digit) on an ASCII text, else a gate scan and ``str.find``; the rules' regexes then run only
at those places. Bounded: at most :data:`MAX_EVENTS` events, :data:`MAX_QUESTIONS` questions,
:data:`MAX_FACTS` facts, 1,024 reported places, every regex with bounded repetitions and
every search in a bounded window.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from fractions import Fraction
from functools import lru_cache
from typing import Any

from rewardkit._lazy import lazy_compile
from rewardkit.reflect.scan import (
    GateScan,
    _compile,
    _hyperscan,
    _literal,
    _scratch,
    fast_backend,
    stand_in,
)

__all__ = ["MAX_EVENTS", "verification_checks"]

#: Events returned at most per text.
MAX_EVENTS = 64
#: Questions read at most per text (rule 2).
MAX_QUESTIONS = 64
#: Arithmetic facts read at most per text (rule 3).
MAX_FACTS = 400
#: Characters after a question in which its evidence must start (rule 2).
ANSWER_CHARS = 200
#: Characters before and after a chain in which it must be stated again (rule 3).
RESTATED_CHARS = 2000
#: Characters before a question in which its number must have been computed (rule 2).
EARLIER_CHARS = 600

# a value: 42, -3, 2.5, 3/4, 4^2, \frac{1}{3}, optionally in $...$ or \( ... \)
_VALUE = (
    # (fourth wave: thousands separated, "1,480")
    r"(?:\\frac\{-?\d{1,12}\}\{\d{1,12}\}|\\frac\d\d|-?(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,12})"
    r"(?:\.\d{1,12})?(?:\^\d{1,3}|/\d{1,12})?)"
    r"(?:\s?(?:\\?pi|π))?"
)
_CLAUSE_END = r"(?=\s{0,3}(?:[.,;:!)—–<]|-{1,2}|\\\)|\$|$|\n| and | but | so ))"
# "two over", "just short" (after a gap, only as "that's two over": not "starting over")
_AMOUNT = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,4}|a bit|a little"
    r"|just|slightly|way|still) (?:over|under|short)"
    # fourth wave: "one short of 62", "= 95, way over by 5" (not "44 is 4 short of 48": an
    # amount is said apart from its value)
    r"(?: (?:of|by) -?\d{1,12})?"
    r"|(?:over|under|short)(?: by -?\d{1,12})?)"
)
# fourth wave: "so it's off", "that's way off by 3"
_OFF = (
    r"(?:(?<=that's )|(?<=that is )|(?<=it's )|(?<=it is )|(?<=thats ))"
    r"(?:(?:way|a bit|a little|slightly|still|just) )?off(?: by -?\d{1,12})?"
)
_AMOUNT_SAID = (
    r"(?:(?<=that's )|(?<=that is )|(?<=it's )|(?<=it is )|(?<=thats )"
    # fifth wave: "the target was 36, so i'm ten short"
    r"|(?<=i'm )|(?<=i am )|(?<=we're )|(?<=we are ))" + _AMOUNT
)
# "= 26, two over", "= 26, so that is two over"; not "so the game is over"
_AMOUNT_AT = (
    r"(?:(?<!\bis )(?<!\bare )(?<!\bwas )|(?<=that is )|(?<=it is )|(?<=we are )|(?<=i am ))"
    + _AMOUNT
)
_VERDICT = (
    r"(?:(?:" + _AMOUNT_AT + r"|too (?:big|small|high|low|large|much|many|few)"
    # fifth wave: "too high by 4", "too small by a lot"
    r"(?: by (?:a lot|a bit|a little|far|much|-?\d{1,12}))?"
    r"|that(?:'s| is|s) (?:it|the one)|not it|bingo|yes|yep|nope|good|perfect|correct|wrong"
    r"|works|holds(?: up)?|stands|fine|checks out|matches|consistent|lands on (?:it|the target)"
    # fourth wave: "= 12\\), no.", "= 16π ok" (not after a sentence end: "= 5. no, ..."),
    # "so it's off", "about right", "in the right ballpark", "plausible", "reasonable"
    r"|(?<![.!?])(?<![.!?] )no|(?<![.!?,;:])(?<![.!?,;:] )(?:ok|okay)|"
    + _OFF
    + r"|about right|(?:in )?the right ballpark"
    r"|plausible|reasonable|sensible|valid|invalid|satisfied|got it|there (?:we go|it is)"
    r"|nailed it|almost(?: there)?|(?<=\bis )right|(?<=\bwas )right"
    r"|(?:(?<=[,.;:(—–-] )|(?<=[,.;:(—–-]))(?<!\.\.\. )(?:the )?same"
    # fifth wave: "= 6\\). same number both ways", "= 11/36. same number."
    r"(?: (?:number|value|result|answer)(?: (?:both ways|either way|again|twice))?)?"
    # fifth wave: two values agreeing or a candidate kept ("= 5, equal, as ...", "= 12. it
    # fits", "= 0\\). both fit", "= 66. confirmed", "vs \\(-3\\), reject", "= 44 nah")
    r"|(?:not )?equal|agrees?|fits?|confirmed|reject(?:ed)?|keep|discard(?:ed)?"
    r"|both ways|either way|in both cases"
    r"|wrong (?:target|answer|number|result|total|value)|right on|no good|fails"
    r"|(?:doesn't|does not|won't|didn't|did not) work)"
    + _CLAUSE_END
    # verdicts that need no clause end
    + r"|exactly (?:what|(?:the|our|my) (?:target|goal|number|[a-z]{2,15} given))|spot on|no luck"
    r"|fails to (?:hit|reach|make|give|get)"
    r"|not quite"
    # fifth wave: "= 44 nah multiply instead", "= 53. yes that's 53"
    r"|nah\b|(?:yes|yep|yeah),? (?:that's|thats|that is|it's) -?\d{1,12}(?![\w^/]|\.\d)"
    r"|(?:just|precisely) what"
    r"|neither (?:works|of (?:which|them|those)|one works|does))"
)
# a verdict's separator from its value; fourth wave: "= 44 (too low)", "= 73 ... target"
_SEPARATOR = r"(?:\.{3}|…|->|=>|→|[.,;:!(]|—|–|-{1,2})"
# third wave: "is about \\(0.49999\\)", "gives \\$60", "= 7·146 + 2"
_ABOUT = r"(?:(?:about|approximately|roughly|around|just|only) )?(?:\\?\$|\\\()?"
_SUM = r"(?:\s{0,2}(?:[+*·×-]|\\cdot)\s{0,2}" + _VALUE + r"){0,2}"
# fourth wave: a value compared at once ("= 6 > 5", "= 484 < 500")
_COMPARISON = (
    r"(?:\s{0,2}(?:<=|>=|<|>|≤|≥|\\leq?|\\geq?|\\lt|\\gt)\s{0,2}(?:\\\(|\$)?\s{0,2}" + _VALUE + ")?"
)
# words that are not a unit after a value
_FUNCTION_WORDS = (
    r"(?:is|are|was|were|be|and|or|but|so|which|that|the|an?|of|to|in|for|with|as|it|this|not"
    r"|then|we|i|you|by|on|at|from|if|each|per|times|plus|minus)"
)
# fourth wave: a unit ("comes to 62 mph, which is plausible")
_UNIT = (
    r"(?:\s?\\?%|\s(?=[a-z]{1,12}(?:[,;.)]|\s(?:which|so|and|but)\b))(?!"
    + _FUNCTION_WORDS
    + r"\b)[a-z]{1,12}\b)?"
)
_VERSUS = r"(?:\s{1,2}(?:vs\.?|versus)\s{1,2}(?:\\\(|\$)?\s?(?:" + _VALUE + r")\s?(?:\\\)|\$)?)?"
# rule 1: a computed value, then a verdict ending its clause
_VERDICT_AFTER = lazy_compile(
    # (fifth wave: "give", "gave": "both methods give 12. same answer")
    r"(?:=|\b(?:is|gives|give|gave|makes|equals|get|got|that's|thats))\s{0,3}"
    + _ABOUT
    + r"\s{0,2}"
    + _VALUE
    + _SUM
    + _COMPARISON
    + r"(?:\s{0,2}(?:or|and)\s{0,2}"
    + _VALUE
    + r")?\s{0,2}(?:\\\)|\$)?"
    # fifth wave: a value set against another ("= 3\\) vs \\(-3\\), reject") or with a unit
    # ("= 2.5 h, consistent")
    + _VERSUS
    + _UNIT
    + r"(?:\s(?:too|again|as well|also))?\s{0,3}"
    + _SEPARATOR
    + r"?\s{0,3}"
    # fifth wave: an interjection before the verdict ("= 88 hmm too high by 4")
    r"(?:(?:hmm|hm|oh|ah|um)[,.]?\s{1,2})?"
    r"(?:(?:which|and that|so that|so it|so this|so the [a-z]{1,20}|so)\s(?:is\s|'s\s)?"
    r"|that(?:'s|s| is)?\s|it(?:'s| is)?\s|this\s|(?:was|is)\s"
    # fifth wave: "= 0\\). both fit", "they agree", "= 59, we're 3 short"
    r"|(?:both|all|they|these|we're|we are|i'm|i am)\s)?" + _VERDICT
)
# rule 1: "= 84. 84 is exactly what we wanted"
_RESTATED = lazy_compile(
    r"(?:=|\b(?:is|be|and|gives|makes|get|got))\s{0,3}(-?\d{1,12})\s{0,2}[.,;]?\s{1,3}"
    r"(?:and\s|so\s)?\1,?\s(?:is |it is )?"
    r"(?:exactly|precisely|indeed|right on|what we (?:want|need)|the target)"
)
# rule 1, second wave: a verdict after a gap, or of the comparing kind
_VALUE_MARKED = _VALUE + r"(?:\s?°|\^\\circ|\^\{\\circ\})?"
_TARGET = (
    r"(?:(?:that|this|it|which) )?(?:(?:equal to|equals|is|was|hits|reaches) )?the (?:target|goal)"
    r"(?: of -?\d{1,12})?"  # fifth wave: "that equals the target of 40"
)
_GAPPED = (
    # "comes to 87, and we wanted 78, so that's nine over", "= 180°, so the triangle is
    # consistent", "that gives 7, and 7 was the target"
    r"(?:(?:and|so|which|thus|hence|but|(?:the )?target)\b[^.?!\n=]{0,60}?\s"
    r"(?:that(?:'s|s| is)\s|it(?:'s| is)\s)?"
    r"(?:"
    + _VERDICT.replace(_AMOUNT_AT, _AMOUNT_SAID)
    + "|"
    + _TARGET
    + _CLAUSE_END
    + r"|settled"
    + _CLAUSE_END
    # third wave, Countdown's rule that every number be used: "= 29 but the 7 is left over"
    + r"|(?:the|a) \d{1,12} (?:is|was) (?:left over|unused)"
    + _CLAUSE_END
    + "))"
)
# fourth wave: an admissibility a tested value lacks ("not a root", "not in the domain")
_ADMISSIBLE = (
    r"(?:(?:a|an) )?(?:valid|allowed|possible|real|positive|negative|distinct|(?:root|solution)s?"
    r"|in (?:the )?(?:domain|range|interval)(?: of [^.,;:!?\n]{1,30})?)"
)
# fourth wave: a property a computed value lacks ("not prime", "aren't squares")
_NOT_A = (
    r"(?:(?:which|that|it|they|these|both) )?(?:isn't|is not|'s not|aren't|are not|not) "
    r"(?:(?:a|an) )?(?:(?:perfect )?(?:prime|integer|whole number|square|cube)s?"
    r"|divisible by -?\d{1,12})"
    # an admissibility only as a verdict on the value ("= 0\), which is not allowed", "= -3,
    # not valid"), not as a statement ("here n = 0 is not allowed")
    r"|(?:(?:which|that|it|they|these|both) (?:isn't|is not|'s not|aren't|are not|wasn't|was not)"
    r"|(?:(?<=[,;(—–:-])|(?<=[,;(—–:-] ))not) " + _ADMISSIBLE
)
# rule 1, fourth wave: a tested value concluded inadmissible ("so \\(x = 2\\) is not a root",
# "therefore, n = 5 is not a solution"); without the conclusion word it may restate the problem
_CONCLUDED = lazy_compile(
    r"\b(?:so|thus|hence|therefore),?\s{1,2}(?:\$|\\\()?\s?[a-z]{1,8}(?:_\{?\d{1,2}\}?)?\s?=\s?"
    + _VALUE
    + r"\s?(?:\\\)|\$)?\s(?:(?:is not|isn't|was not|wasn't) "
    + _ADMISSIBLE
    + r"|fails|works|doesn't work|does not work)"
    + _CLAUSE_END
)
# rule 1, fourth wave: a value reached again by another computation ("gives 10, and 1 + 2 + 3
# + 4 = 10 as well")
_AGAIN = lazy_compile(
    r"(?:=|\b(?:is|gives|get|got|makes))\s{0,3}(-?\d{1,12})(?![\w^/]|\.\d)[^.?!\n]{0,100}?"
    r"(?<=[\d)\]}])\s?=\s{0,3}\1\s(?:as well|too|again)" + _CLAUSE_END
)
# a side of an equation (fourth wave)
_SIDE = r"(?:rhs|lhs|l\.h\.s\.?|r\.h\.s\.?|(?:right|left)(?:[- ]hand)? side)"
# fourth wave: "way more than", "far below"; only after an intensifier
_FAR = ("more", "less", "bigger", "larger", "smaller", "higher", "lower", "greater", "above",
        "below", "over", "under")  # fmt: skip
_COMPARED = (
    # "= -15\\) matches the constant term", "= 68, equal to the target", "= 5 isn't it",
    # "= 1\\), the same value", "= 82, neither is 76", "= 49. still not 50"
    r"(?:(?:matches|agrees with|consistent with|(?:which|that) is exactly)"
    r" (?:the|what|our|my|both)\b|(?<!\()(?:the )?same as\b"
    r"|(?:which|that|this) (?:also |again |still )?(?:matches|agrees with)\b"
    r"|neither (?:is|equals|gives|makes|hits) -?\d{1,12}"
    r"|(?:(?:way|well|just|far) )?past the (?:target|goal)"
    r"|(?:way|well|just|far) past -?\d"  # fifth wave: "makes 91, way past 80"
    r"|(?:(?:" + _TARGET + r"|(?:that |this |it )?(?:isn't|is not|'s not|s not) it"
    r"|(?:still|also) not (?:it|-?\d{1,12})|the same (?:value|result|answer|number)"
    r"|settled|leaving (?:the |a )?\d{1,12} unused"
    # third wave: "= 69. not 43.", "= 6, which isn't 3", "= 28, not even close to 92"
    r"|(?:(?:which|that|it) (?:isn't|is not|'s not)|not(?: even)?(?: close to)?|nowhere near)"
    r" -?\d{1,12}"
    # fourth wave: "= 6\\), not prime", "= 21 aren't squares", "= 17, not divisible by 3",
    # "gives 23, nowhere near", "= 11, matching the list", "= 529 > 500\\), confirming 22",
    # "gave 720, way more than ..."
    r"|" + _NOT_A + r"|nowhere near|not even close"
    # fifth wave: "= 67, with 36 still unused" (Countdown: every number must be used)
    r"|with (?:the )?-?\d{1,12} (?:still |yet )?(?:left over|unused)"
    # fifth wave: "= x^2 + y^2 + 2\\), not equal"
    r"|(?:not )?equal)" + _CLAUSE_END + r"|(?:matching|agreeing with) (?:the|what|our|my|both|-?\d)"
    # "= 60, which exceeds the 50 available", "≈ 12.6, close to our 12.57", "the number we want"
    r"|(?:(?:which|that|it) )?exceeds (?:the|our|what|-?\d)"
    r"|(?:(?:nothing|none(?: of (?:them|these|those))?|not|nowhere) )?(?:(?:very|quite|pretty"
    r"|even) )?close to (?:the|our|my|what|-?\d)"
    r"|(?:just |exactly )?(?:the|our) (?:number|value|total|sum|amount) (?:we|i) (?:want|need)"
    r"|consistent with (?:\\\(|\$)"
    # "= 7, which equals the right-hand side", "= 7 = rhs"
    r"|(?:(?:which|that|it) )?(?:equals|matches|is|=) (?:the )?" + _SIDE + r"\b"
    r"|(?:(?:which|this|that) )?confirm(?:s|ing)(?: that)? (?:it|this|that|the|our|my|-?\d)"
    r"|(?:(?:which|that|it)(?: is|'s) )?(?:way|far|much|well) (?:" + "|".join(_FAR) + r")\b))"
)
# a result's verb with "to" ("comes to"; fourth wave: "add to 7 and multiply to 10")
_TO = r"(?:comes?|adds?(?: up)?|sums?|multipl(?:y|ies)|totals?|works? out) to"
_LATE_VALUE = (
    r"(?:(?:=|≈|\\approx\b|\b(?:is|gives|gave|give|makes|equals|get|got|that's|thats|be|"
    + _TO
    + r"))\s{0,3}"
    + _ABOUT
    + r"\s{0,2}"
    + _VALUE_MARKED
    + _COMPARISON
    + r"(?:\s{0,2}(?:or|and)\s{0,2}"
    + _VALUE_MARKED
    + r"){0,3}\s{0,2}(?:\\\)|\$)?"
    # fourth wave: a unit ("comes to 62 mph, which is plausible")
    + _UNIT
    + r"|(?:=|\b(?:gives|makes|equals|is)\s{0,2}(?=\\\(|\$))(?:[^=\n?!$\\]|\\(?!\))){1,40}?"
    r"(?:\\\)|\$))"
    r"(?:\s(?:too|again|as well))?\s{0,3}" + _SEPARATOR + r"?\s{0,3}"
    # fifth wave: "= 26... hmm, the target was 36, so i'm ten short"
    r"(?:(?:hmm|hm|oh|ah|um)[,.]?\s{1,2})?"
)
_VERDICT_LATE = lazy_compile(_LATE_VALUE + _GAPPED)
_VERDICT_COMPARED = lazy_compile(
    # fifth wave: "= 48 yep thats the number we want"
    _LATE_VALUE
    + r"(?:(?:hmm|hm|yes|yep|yeah|ok|okay),?\s{1,2})?(?:that(?:'s|s| is)\s)?"
    + _COMPARED
)
# rule 1, fourth wave: a value judged with no lead ("\\(36\\pi\\) seems too large", "a value
# of 8 is about right"); "is" only with a judgement of size or plausibility
_TOO = r"too (?:big|small|high|low|large|much|many|few)"
_SEEMING = lazy_compile(
    r"(?<![\w.^,])(?:\\\(|\$)?\s?" + _VALUE + r"\s?(?:\\\)|\$)?\s(?:(?:seems|looks|sounds|feels)"
    r"(?: (?:way|much|far|a bit|a little))? (?:" + _TOO + r"|about right|right|wrong|off"
    r"|plausible|reasonable|sensible|fine|correct)|is about right)"
    r"(?:" + _CLAUSE_END + r"|(?=\s(?:for|to be)\b))"  # "seems too large for a cone"
)
# rule 1, fourth wave: the two sides of an equation given the same value ("the left side is 7
# and the right side is 7", "lhs = 12, rhs = 12")
_SIDE_IS = r"\s(?:is|=|equals|gives|becomes|comes to)(?: also)?\s{0,3}(?:\$|\\\()?\s{0,2}"
_LEFT = r"(?:lhs|l\.h\.s\.?|left(?:[- ]hand)? side)"
_RIGHT = r"(?:rhs|r\.h\.s\.?|right(?:[- ]hand)? side)"
_GAP = r"(?![\w^/]|\.\d)[^.?!\n]{0,60}?\b(?:the )?"
_SIDES = lazy_compile(
    r"(?:the )?(?:"
    + _LEFT
    + _SIDE_IS
    + "("
    + _VALUE
    + ")"
    + _GAP
    + _RIGHT
    + _SIDE_IS
    + r"\1|"
    + _RIGHT
    + _SIDE_IS
    + "("
    + _VALUE
    + ")"
    + _GAP
    + _LEFT
    + _SIDE_IS
    + r"\2)(?![\w^/]|\.\d)"
)
# rule 1, fourth wave: a value, a clause about it (at most 120 characters, no sentence end, no
# "="), then "so that's settled / correct / ...", "so it works" ("= 3$ are integers and 2, 3
# share no factor, so that's settled")
_CLOSING = (
    r"(?:(?:that|it|this)(?:'s| is)\s(?:settled|correct|right|consistent|fine|confirmed"
    r"|verified|all good|wrong|(?:(?:way|a bit|slightly) )?off)"
    r"|(?:it|this|that|everything|it all) (?:works|holds|checks out)"
    r"|i'm (?:fairly |pretty |quite )?(?:confident|sure)|i trust (?:it|this|that))"
)
_VERDICT_CLOSING = lazy_compile(
    _LATE_VALUE + r"[^.?!\n=]{0,120}?[,;]?\s(?:so|thus|hence)\s" + _CLOSING + _CLAUSE_END
)
#: The closing verdict read at its literal ("so it's ...") before any lead is looked for.
_CLOSING_TAIL = lazy_compile(r"(?:so|thus|hence)\s" + _CLOSING + _CLAUSE_END)
# rule 1, fourth wave: a value and the target said equal to it ("the result is 42 and the
# target is 42"; not "we need / want 24": a goal set, backward chaining, not a check)
_TARGET_SAID = r"(?:the )?(?:target|goal) (?:is|was)"
_TARGETED = lazy_compile(
    r"(?:=|(?<!target )(?<!goal )\bis|\b(?:gives|get|got|makes|equals))\s{0,3}(-?\d{1,12})"
    r"(?![\w^/]|\.\d)[^.?!\n=]{0,60}?\b" + _TARGET_SAID + r"\s{1,2}\1(?![\w^/]|\.\d)"
)
_TARGETED_TAIL = lazy_compile(_TARGET_SAID + r"\s{1,2}-?\d")
# rule 1, fifth wave: a verdict, then its evidence at once: an arithmetic equation in brackets,
# after "because / since / as" or a colon ("2, 6, 12, 20 isn't geometric (\\(\\frac62 = 3\\) but
# ...)", "an 8 from 10 and 3 isn't possible (10 - 3 = 7)", "(5, 7) lies on it because \\(2 \\cdot
# 5 - 3 = 7\\)", "both stand: \\(|8 - 3| = 5"); not "is not possible (since x = 2)" (no arithmetic)
_EVIDENCE_VERDICT = (
    r"(?:(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:(?:a|an) )?(?:possible|valid|prime"
    r"|integers?|geometric|arithmetic|squares?|cubes?|divisible by -?\d{1,12}|real|positive"
    r"|negative|allowed|on (?:it|the [a-z]{1,15}))|lies on (?:it|the [a-z]{1,15})"
    r"|satisf(?:ies|y) (?:it|both|all|the [a-z]{1,15})(?: (?:two|three|four) [a-z]{1,15})?"
    # ("the guess works: 3 * 4 + 1 = 13", "x = 4 fails (3 * 4 - 2 = 10)")
    r"|(?:both|all|they) stand|(?:works|fails|holds|(?:doesn't|does not) work)(?=\s?[(:])"
    r")"
)
_EVIDENCED = lazy_compile(
    _EVIDENCE_VERDICT + r"\s?(?:\(|,?\s(?:because|since|as)\s|:\s)(?:\\\(|\$)?\s?"
    # (the evidence is arithmetic: an operator after a number, or a fraction)
    # at once (at most 6 characters before it: "|8 - 3|", "kp2 + 0")
    r"[^.?!\n()=;,:]{0,6}?(?:\d\s?(?:[-+*/×·^]|\\cdot|\\times)|\\frac\{?\d)[^.?!\n()=;]{0,30}?"
    r"=\s{0,2}(?:\\\(|\$)?\s{0,2}-?\d"
)
# rule 1, second wave: "each pair averaging 3.5, so the two computations agree"
_AGREEING = lazy_compile(r"(?:the two|both)(?: [a-z]{1,15})? agree" + _CLAUSE_END)
# rule 1: "P = 3/8 for at least one head... no, 3/8 is the probability of exactly one"
_REJECTING = lazy_compile(
    r"(?:no|nope|wait),\s{1,3}(?:\$|\\\()?\s{0,2}(" + _VALUE + r")\s{0,2}(?:\\\)|\$)?\s(?:is|isn't"
    r"|was|wasn't|would be|doesn't|does not|can't|cannot)\b"
)
_DIGIT = lazy_compile(r"\d")
# where a value can start after a lead (a superset of what the patterns read: the leads
# followed by a word are skipped at once; fourth wave)
_VALUE_AHEAD = (
    r"(?=\s{0,3}(?:(?:about|approximately|roughly|around|just|only) |\\?\$|\\\(|-|\d|\\frac))"
)
_LEAD = lazy_compile(
    r"(?:=|\b(?:is|gives|give|gave|makes|equals|get|got|that's|thats)\b)" + _VALUE_AHEAD
)
_REJECTED_CHARS = 150  # how far before the rejection the value may be stated
_STATED = lazy_compile(r"(?:=|\bis)\s{0,3}(?:\$|\\\()?\s{0,2}(" + _VALUE + ")")
# rule 2: a yes/no question (a sentence opening with an auxiliary, ending in "?")
_QUESTION_CHARS = 120
_SHORT_WORDS = 7  # a question judged in words has at most these words ("is the radius 3?")
_SENTENCE_ENDS = (". ", "? ", "! ", ": ", "; ", "\n", ".\t", "?\t", "!\t")
_AUXILIARY = lazy_compile(
    r"(?:(?:wait|but|so|and|hmm|ok|okay|now),?\s{1,3})?"
    r"(?:is|are|does|do|did|was|were|can|could|will|would|should|has|have)\s"
)
_PRONOUN = lazy_compile(r"(?:it|that|this|they|these)\b")
_NUMBER = lazy_compile(r"(?<![\w.^])-?\d{1,12}(?![\w^])")
# fifth wave: a question's subject is a value, not an operand of a term ("(m+1)^2", "2k")
_SUBJECT = lazy_compile(
    r"(?<![\w.^+*/])(?<![\w)]-)(?<![\w)] -)-?\d{1,12}(?![\w^])(?!\s?[+*/]\s?[a-z]\b)"
)
_OPENING_VERDICT = lazy_compile(
    r"\s{0,3}(?:yes|no|yep|nope|yeah|indeed|not quite|it does|it is|it doesn't|it isn't)\b"
)
# "91 = 7 * 13, so no.": the verdict closing the answer
_CLOSING_VERDICT = lazy_compile(
    r"(?:^|[\s,;:(])(?:so |then |hence |thus |and )?(?:yes|no|yep|nope)(?=\s{0,3}(?:[.,;:!)]|$))"
)
_ARITHMETIC = lazy_compile(r"=|\\equiv")
_SENTENCE_VALUE = lazy_compile(
    r"(?:=|\\equiv|\bis|\bgives|\bget|\bmakes|\bequals|\bbe)\s{0,3}\$?\s{0,2}(-?\d{1,12})(?![\w^]|\.\d)"
)
# rule 3: an arithmetic fact, digits with a sign or a word, its result after "=" or a verb
_SIGN = (
    r"\+|-|\*|×|·|÷|/|\\times|\\cdot|\\div|(?<=\s)x(?=\s)|plus|minus|times|multiplied by"
    r"|divided by"
)
_FACT = lazy_compile(
    r"(?<![\w.^/\\])(\d{1,12})\s{0,2}(" + _SIGN + r")\s{0,2}(\d{1,12})\s{0,2}"
    r"(=|is|equals|makes|gives)\s{0,2}(\d{1,12})(?![\w^/]|\.\d)"
)
_CHAINED = lazy_compile(
    r"(?:\s{1,3}|,|\.|\band\b|\bthen\b){0,6}(?:(\d{1,12})\s{0,2})?(" + _SIGN + r")\s{0,2}"
    r"(\d{1,12})\s{0,2}(?:=|is|equals|makes|gives)\s{0,2}(\d{1,12})(?![\w^/]|\.\d)"
)
_SIGNS = {
    "+": "+", "plus": "+", "-": "-", "minus": "-", "*": "*", "×": "*", "·": "*", "x": "*",
    "\\times": "*", "\\cdot": "*", "times": "*", "multiplied by": "*", "/": "/", "÷": "/",
    "\\div": "/", "divided by": "/",
}  # fmt: skip
_Fact = tuple[str, int, int, int]
_WORDED_SIGNS = (" plus ", " times ", " minus ", " divided by ", " multiplied by ")
_SYMBOLS = {
    "+": r"\+", "-": r"-|−", "*": r"\*|×|·|\\times|\\cdot|x", "/": r"/|÷|\\div",
}  # fmt: skip

#: Rule 1's patterns, the literals one of which every match holds, how far a match reaches
#: before and after such a literal, where a match may start and how far before the literal a
#: digit must stand (on its line).
_LEAD_LATE = lazy_compile(
    r"=|≈|\\approx\b|\b(?:is|gives|gave|give|makes|equals|get|got|that's|thats|be|"
    + _TO
    + r")\b"
    + _VALUE_AHEAD
)
_OLD_VERDICTS = (
    "over",
    "under",
    "short",
    "too ",
    "exactly",
    "spot on",
    "s it",
    "is it",
    "the one",
    "not it",
    "bingo",
    "yes",
    "yep",
    "nope",
    "good",
    "perfect",
    "correct",
    "wrong",
    "works",
    "holds",
    "checks out",
    "matches",
    "consistent",
    "lands on",
    "neither",
    "holds up",
    "stands",
    "fine",
    "no luck",
    "not quite",
)
#: The fourth wave's literals (rule 1): verdicts, properties a value lacks, comparisons.
#: (a bare "no" or "ok" only right after its value; "same" only after a separator)
_BARE_VERDICTS = ("no.", "no,", "no;", "no!", "no)", " ok", ", same", ". same", "; same")
_NEW_VERDICTS = (
    *_BARE_VERDICTS,
    "so no",
    "s off",
    "is off",
    "about right",
    "ballpark",
    "plausible",
    "reasonable",
    "sensible",
    "satisfied",
    "valid",
    "got it",
    "there we go",
    "there it is",
    "just what",
    "precisely what",
    ", the same",
    ". the same",
    "both ways",
    "either way",
    "in both cases",
    "wrong ",
    "nailed it",
    "almost",
    "is right",
    "was right",
)
_NOT_PROPERTIES = tuple(
    negation + property
    for negation in ("not ", "n't ")
    for property in (
        "prime", "a prime", "an integer", "integer", "a whole", "whole", "a perfect", "perfect",
        "a square", "square", "a cube", "cube", "divisible",
    )
)  # fmt: skip
_NOT_ADMISSIBLE = tuple(
    negation + property
    for negation in ("not ", "n't ")
    for property in (
        "valid", "allowed", "possible", "real", "positive", "negative", "distinct", "a root",
        "root", "a solution", "solution", "in the",
    )
)  # fmt: skip
_SIDE_LITERALS = ("rhs", "lhs", "h.s", "hand side", "right side", "left side")
#: (read within 50 characters of their value: "= 8, which is not an integer", "= 15 = rhs")
_NEAR_COMPARED = (*_NOT_PROPERTIES, *_NOT_ADMISSIBLE, *_SIDE_LITERALS)
#: The new verdicts read after a clause too ("= 5.5, which is at least 2, so it's valid")
#: Countdown's verdicts of the fourth wave ("= 61. one short of 62", "= 27, no good")
_MISSED_VERDICTS = (
    "short of", "short by", "over by", "under by", "right on", "no good", "fails", "n't work",
    "not work",
)  # fmt: skip
_LATE_VERDICTS = (
    "so no", "s off", "is off", "about right", "ballpark", "plausible", "reasonable", "sensible",
    "satisfied", "valid",
)  # fmt: skip
_NEW_COMPARED = (
    "not even close", "matching", "agreeing with", "confirming", "confirms", "consistent with",
    "exceeds", "close to",
    "number we", "value we", "total we", "sum we", "amount we", "number i ", "value i ",
    *(f"{very} {than}" for very in ("way", "far", "much", "well") for than in _FAR),
)  # fmt: skip
#: (the judgement's verb: "seems too large" is read at "seems", not again at "too")
_NEW_SEEMING = ("seems", "looks", "sounds", "feels", "about right")
_NEW_CLOSING = tuple(
    f"{so} {subject}"
    for so in ("so", "thus", "hence")
    for subject in ("that's", "that is", "it's", "it is", "this is", "it ", "this ", "that ",
                    "everything", "i'm", "i trust")
)  # fmt: skip
#: The fifth wave's verdicts (rule 1; all but "same ..." end their clause)
_FIFTH_VERDICTS = (
    "confirmed", "nah", "equal", "agree", "fits", "fit", "reject", "keep", "discard",
    "yes that", "yes, that", "yep that", "yep, that", "yeah that", "yeah, that", "same number",
    "same value", "same result", "same answer", "rejected", "discarded",
)  # fmt: skip
_FIFTH_COMPARED = (
    "equal",
    "way past",
    "well past",
    "just past",
    "far past",
    "target of",
    "close to",
    "unused",
    "left over",
    "number we",
    "value we",
)
#: The fifth wave's verdicts read before their evidence (within 60 characters of it)
_EVIDENCED_LITERALS = (
    *_NOT_PROPERTIES, *_NOT_ADMISSIBLE[:6], *_NOT_ADMISSIBLE[12:18],
    "n't geometric", "not geometric", "n't arithmetic", "not arithmetic", "lies on", "satisfies",
    "satisfy", "both stand", "all stand", "they stand", "not on it", "n't on it", "not on the",
    "n't on the", "works:", "works (", "fails:", "fails (", "holds:", "holds (", "n't work:",
    "n't work (", "not work:", "not work (",
)  # fmt: skip
_TARGET_LITERALS = ("target is", "target was", "goal is", "goal was")
_RULE_ONE: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, re.Pattern[str], int], ...] = (
    (_VERDICT_AFTER, _OLD_VERDICTS, 80, 25, _LEAD, 41),
    (
        _RESTATED,
        ("exactly", "precisely", "indeed", "right on", "what we", "the target"),
        40, 30, lazy_compile(r"=|\b(?:is|be|and|gives|makes|get|got)\b"), 41,
    ),
    (
        _VERDICT_LATE,
        (*_OLD_VERDICTS, "target", "goal", "settled", "left over", "unused"),
        150, 30, _LEAD_LATE, 81,
    ),
    (
        _VERDICT_COMPARED,
        (
            "target", "goal", "settled", "matches ", "agrees with", "consistent with",
            "is exactly", "neither", "isn't it", "is not it", "s not it", "still not",
            "also not", "the same", "same as", ", not ", ". not ", "isn't ", "is not ",
            "nowhere near", "unused",
        ),
        80, 30, _LEAD_LATE, 81,
    ),
    (_AGREEING, ("agree",), 30, 10, lazy_compile(r"\b(?:the two|both)\b"), 81),
    # fourth wave
    (_VERDICT_AFTER, _NEW_VERDICTS, 80, 25, _LEAD, 41),
    (_VERDICT_LATE, _LATE_VERDICTS, 150, 30, _LEAD_LATE, 81),
    (_VERDICT_AFTER, _MISSED_VERDICTS, 80, 25, _LEAD, 41),
    (_VERDICT_COMPARED, _NEAR_COMPARED, 50, 30, _LEAD_LATE, 81),
    (_VERDICT_COMPARED, _NEW_COMPARED, 80, 30, _LEAD_LATE, 81),
    (_SEEMING, _NEW_SEEMING, 30, 30, lazy_compile(r"(?<![\w.^,])(?:\\\(|\$)?\s?-?\d"), 41),
    (_VERDICT_CLOSING, _NEW_CLOSING, 200, 30, _LEAD_LATE, 81),
    (_TARGETED, _TARGET_LITERALS, 100, 30, _LEAD, 81),
    (
        _CONCLUDED,
        (*_NOT_ADMISSIBLE, "fails", "works", "n't work", "not work"),
        80, 30, lazy_compile(r"\b(?:so|thus|hence|therefore)\b"), 81,
    ),
    (_AGAIN, (" as well", " too", " again"), 140, 10, _LEAD, 81),
    (_SIDES, _SIDE_LITERALS, 100, 40, lazy_compile(r"\b(?:the )?" + _SIDE), 81),
    # fifth wave
    (_VERDICT_AFTER, _FIFTH_VERDICTS, 100, 25, _LEAD, 61),
    (_VERDICT_COMPARED, _FIFTH_COMPARED, 80, 40, _LEAD_LATE, 81),
    (
        _EVIDENCED, _EVIDENCED_LITERALS, 30, 90,
        # (a lead before its literal, or the literal's own start: "lies on", "satisfies", ...)
        lazy_compile(r"\b(?:is|are|was|not|does)|(?<=\s)$"),
        81,
    ),
)  # fmt: skip
#: Rule 1's verdict words that end their clause (checked before any regex runs).
_ENDED = frozenset(
    (
        "over", "under", "short", "s it", "is it", "the one", "not it", "bingo", "yes", "yep",
        "nope", "good", "perfect", "correct", "wrong", "works", "holds", "checks out", "matches",
        "consistent", "holds up", "stands", "fine",
        # fourth wave
        "valid", "satisfied", "plausible", "reasonable", "sensible", "about right", "ballpark",
        "got it", "there we go", "there it is", "nailed it", "is right", "was right",
        " as well", " too", " again", "both ways", "either way", "in both cases",
        # fifth wave
        "confirmed", "equal", "agree", "fits", "fit", "reject", "keep", "discard",
        "rejected", "discarded",
    )
)  # fmt: skip
_CLAUSE_CHARS = frozenset(".,;:!)—–-\n$\\<")
_REJECTIONS = ("no,", "nope,")
#: Windows read around one literal at most (then the whole text is read).
_MAX_WINDOWS = 64


@lru_cache(maxsize=1)
def _gates() -> GateScan:
    """One scan for every literal of the three rules (rule 2's is ``?``)."""
    literals = [literal for rule in _RULE_ONE for literal in rule[1]]
    return GateScan(tuple(dict.fromkeys([*literals, *_REJECTIONS, "?", *_WORDED_SIGNS])))


@lru_cache(maxsize=1)
def _database() -> Any:  # a hyperscan.Database
    """The literals as one hyperscan database (it reports ends: each literal's length is known)."""
    verdicts = {literal for rule in _RULE_ONE for literal in rule[1]}
    sources = []
    for gate in _gates().gates:
        # a verdict word only where a digit stands in the 40 characters before it, a sign in
        # words only right after a digit: the reported end is still the literal's end
        if gate in verdicts:
            sources.append(b"\\d[^\\n]{0,80}" + _literal(gate))
        elif gate in _WORDED_SIGNS:
            sources.append(b"\\d" + _literal(gate))
        else:
            sources.append(_literal(gate))
    return _compile(tuple(sources), 0)


#: Occurrences of one literal read at most; of all literals, by the hyperscan pass.
_MAX_OCCURRENCES = 256
_MAX_REPORTS = 1024


def _positions(low: str) -> dict[str, list[int]]:
    """Where each literal of the rules occurs (at most :data:`_MAX_OCCURRENCES` each).

    One hyperscan pass over the text (its ASCII stand-in beyond ASCII, one byte per character)
    reports every occurrence; without hyperscan (or beyond :data:`_MAX_REPORTS` occurrences) a
    gate scan tells which occur and ``str.find`` where.
    """
    gates = _gates().gates
    if fast_backend():
        ends: list[tuple[int, int]] = []

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> bool:  # noqa: ARG001
            ends.append((index, end))
            return len(ends) > _MAX_REPORTS  # True stops the scan

        database = _database()
        plain = low.isascii()
        try:
            # one byte per character: the reported offsets are positions in ``low``
            data = low.encode("ascii") if plain else stand_in(low)
            database.scan(data, match_event_handler=on_match, scratch=_scratch(database))
        except _hyperscan().ScanTerminated:
            pass
        else:
            found: dict[str, list[int]] = {}
            for index, end in ends:
                literal = gates[index]
                start = end - len(literal)
                # (a stand-in space may be another space: the literal itself must be there)
                if plain or low.startswith(literal, start):
                    found.setdefault(literal, []).append(start)
            return found
    positions: dict[str, list[int]] = {}
    for index in _gates().present(low, low):
        literal, places = gates[index], list[int]()
        position = low.find(literal)
        while position >= 0 and len(places) < _MAX_OCCURRENCES:
            places.append(position)
            position = low.find(literal, position + 1)
        positions[literal] = places
    return positions


def verification_checks(
    low: str, phrases: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of the structural verification events of ``low`` (rules 1-3 of the module).

    Args:
        low: the lowercased, normalised text.
        phrases: spans the phrase families already count as verification; an event that
            overlaps one is not returned again.

    Returns:
        The events' ``(start, end)`` spans, in order, at most :data:`MAX_EVENTS`; never
        raises.

    Examples:
        >>> text = "7 * 3 = 21, 21 + 5 = 26, two over. does 26 work? no, 26 = 24 + 2."
        >>> [text[start:end] for start, end in verification_checks(text)]
        ['= 26, two over', 'does 26 work? no, 26 = 24 + 2.']
        >>> verification_checks("so the answer is 47. 47.")
        []
    """
    positions = _positions(low)
    if not positions:
        return []
    spans = _verdicts(low, positions)
    if "?" in positions:
        spans += _questions(low, positions["?"])
    if not positions.keys().isdisjoint(_WORDED_SIGNS):
        spans += _recomputations(low, positions)
    if not spans:
        return []
    taken = sorted(phrases or ())
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if out and start < out[-1][1]:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end))
        if len(out) >= MAX_EVENTS:
            break
    return out


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ranges merged, in order."""
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _verdicts(low: str, positions: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Rule 1: a computed value followed by a closed-class verdict (read back from a verdict).

    At each verdict word with a digit in the 40 (80 for the second wave's patterns) characters
    before it on its line, a pattern is tried only where its lead ("=", "is", "gives", ...)
    stands in the reach before it.
    """
    spans: list[tuple[int, int]] = []
    digit, rules = _DIGIT.search, _by_literal()
    tails = {
        **dict.fromkeys(_NEW_CLOSING, _CLOSING_TAIL.match),
        **dict.fromkeys(_TARGET_LITERALS, _TARGETED_TAIL.match),
    }
    for literal, places in positions.items():
        tail = tails.get(literal)
        for pattern, before, after, ended, leads, reach in rules.get(literal, ()):
            for position in places:
                if ended and not _ends_clause(low, position + len(literal)):
                    continue
                if tail is not None and tail(low, position) is None:
                    continue
                start = max(0, position - reach)
                start = max(start, low.rfind("\n", start, position) + 1)
                if digit(low, start, position) is None:
                    continue  # no value just before on its line: most verdict words of a text
                end = position + len(literal) + after
                first = max(0, position - before)
                if tail is not None:
                    # the clause of a closing or a target holds no "=": the value is after
                    # the last one
                    first = max(first, low.rfind("=", first, position))
                for lead in leads(low, first, position):
                    match = pattern.match(low, lead.start(), end)
                    if match is not None and match.end() > position:
                        spans.append(match.span())
                        break
                if len(spans) >= MAX_EVENTS:
                    return spans
    for literal in _REJECTIONS:
        spans += _rejected(low, positions.get(literal, ()))
    return spans[:MAX_EVENTS]


_Rule = tuple[re.Pattern[str], int, int, bool, Any, int]


@lru_cache(maxsize=1)
def _by_literal() -> dict[str, list[_Rule]]:
    """Rule 1's patterns by literal.

    Each as (pattern, reach before, reach after, ends its clause, its leads' ``finditer``,
    digit reach).
    """
    rules: dict[str, list[_Rule]] = {}
    for pattern, literals, before, after, leads, reach in _RULE_ONE:
        compiled, lead = re.compile(pattern.pattern), re.compile(leads.pattern).finditer
        for literal in literals:
            rule = (compiled, before, after, literal in _ENDED, lead, reach)
            rules.setdefault(literal, []).append(rule)
    return rules


def _ends_clause(low: str, end: int) -> bool:
    """Whether a clause ends at ``end`` (after up to three spaces), as ``_CLAUSE_END`` reads it."""
    rest = low[end : end + 8].lstrip(" ")
    return not rest or rest[0] in _CLAUSE_CHARS or rest.startswith(("and ", "but ", "so "))


def _rejected(low: str, positions: Iterable[int]) -> list[tuple[int, int]]:
    """Rule 1: a value stated, then "no, <the value> is ..." (the value rejected)."""
    spans: list[tuple[int, int]] = []
    for position in positions:
        if position and low[position - 1].isalpha():
            continue  # "piano," is not "no,"
        match = _REJECTING.match(low, position)
        if match is None:
            continue
        start = max(0, position - _REJECTED_CHARS)
        start = max(start, *(low.rfind(stop, start, position) + 1 for stop in "?!\n"))
        rejected = match.group(1)
        for value in _STATED.finditer(low, start, position):
            if value.group(1) == rejected:
                spans.append((value.start(), match.end()))
                break
    return spans


def _questions(low: str, marks: list[int]) -> list[tuple[int, int]]:
    """Rule 2: a yes/no question about a computed value, answered with an equation."""
    spans: list[tuple[int, int]] = []
    for question_end in marks[:MAX_QUESTIONS]:
        if len(spans) >= MAX_EVENTS:
            break
        head = low[max(0, question_end - _QUESTION_CHARS - 3) : question_end]
        cut = max(head.rfind(stop) for stop in _SENTENCE_ENDS)
        if cut < 0 and question_end > _QUESTION_CHARS:
            continue  # no sentence start within reach: too long for a question about a value
        question = head[cut + 1 :].lstrip()
        opening = _AUXILIARY.match(question)
        if opening is None or question.startswith("there", opening.end()):
            continue  # not a yes/no question, or a search ("is there a smaller one?")
        start = question_end - len(question)
        subjects = [n.group() for n in _SUBJECT.finditer(question)][:4]
        named = len(subjects)
        earlier = low[max(0, start - EARLIER_CHARS) : start]
        if _PRONOUN.match(question, opening.end()) is not None:
            # "is it consistent?": the value the text computed last stands for the pronoun
            last = None
            for value in _SENTENCE_VALUE.finditer(earlier[-200:]):
                last = value.group(1)
            subjects += [last] if last is not None else []
        if not subjects:
            continue
        answer = _answer(low, question_end + 1)
        opens = (
            _OPENING_VERDICT.match(answer) is not None
            or _CLOSING_VERDICT.search(answer) is not None
        )
        if _ARITHMETIC.search(answer) is None:
            # second wave: "r = 3. is the radius 3? the chord of 6 is a diameter, so yes." (a
            # value computed before, named in the question, judged in words)
            if opens and named and len(question.split()) <= _SHORT_WORDS:
                values = {value.group(1) for value in _SENTENCE_VALUE.finditer(earlier)}
                if any(subject in values for subject in subjects[:named]):
                    spans.append((start, question_end + 1 + len(answer)))
            continue
        stated = {number.group() for number in _NUMBER.finditer(answer)}
        computed = () if opens else {value.group(1) for value in _SENTENCE_VALUE.finditer(earlier)}
        if any(subject in stated and (opens or subject in computed) for subject in subjects):
            spans.append((start, question_end + 1 + len(answer)))
    return spans


def _answer(low: str, end: int) -> str:
    """The one or two sentences after a question (at most :data:`ANSWER_CHARS` characters)."""
    answer = low[end : end + ANSWER_CHARS]
    stops = [m.end() for m in re.finditer(r"[.!?;](?:\s|$)", answer)]
    return answer[: stops[1]] if len(stops) > 1 else answer


def _recomputations(low: str, positions: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Rule 3: a chain of two true facts, one in words, stated again elsewhere differently."""
    spans: list[tuple[int, int]] = []
    ranges = [
        (max(0, position - 40), position + len(sign) + 60)
        for sign in _WORDED_SIGNS
        for position in positions.get(sign, ())[:_MAX_WINDOWS]
        if position and low[position - 1].isdigit()  # "5 times 9", as the hyperscan pass reads
    ]
    facts = 0
    for window_start, window_end in _merged(ranges):
        position = window_start
        while facts < MAX_FACTS and len(spans) < MAX_EVENTS:
            match = _FACT.search(low, position, window_end)
            if match is None:
                break
            chain = _chain(low, match)
            facts += len(chain)
            position = chain[-1][5]
            event = _stated_again(low, chain)
            if event is not None:
                spans.append(event)
    return spans


_Link = tuple[str, str, str, str, int, int]  # left, sign, right, result, start, end


def _chain(low: str, match: re.Match[str]) -> list[_Link]:
    """A fact and the steps chained on its result ("9 * 5 = 45 and 45 + 2 = 47")."""
    left, sign, right, result = match.group(1, 2, 3, 5)
    chain = [(left, sign, right, result, match.start(), match.end())]
    chained = _CHAINED.match(low, match.end())
    while chained is not None and len(chain) < 8:
        operand, sign, right, result = chained.groups()
        if operand is not None and operand != chain[-1][3]:
            break  # another computation, not this chain's next step
        # "9 * 5 = 45 and 45 + 2 = 47", "9 times 5 is 45, plus 2 makes 47"
        chain.append((chain[-1][3], sign, right, result, chained.start(), chained.end()))
        chained = _CHAINED.match(low, chained.end())
    return chain


def _stated_again(low: str, chain: list[_Link]) -> tuple[int, int] | None:
    """The chain's span if two successive true facts of it, one in words, occur elsewhere.

    Elsewhere: outside the chain, written differently, the second within 80 characters after
    the first.
    """
    for first, second in itertools.pairwise(chain):
        facts = [_fact(*link[:4]) for link in (first, second)]
        if None in facts or not any(link[1][0].isalpha() for link in (first, second)):
            continue
        spans = []
        for fact, link in zip(facts, (first, second), strict=True):
            surface = "".join(low[link[4] : link[5]].split())
            found = [
                span
                for span in _occurrences(low, fact, chain[0][4], chain[-1][5])  # type: ignore[arg-type]
                if not (chain[0][4] <= span[0] < chain[-1][5])
                and "".join(low[span[0] : span[1]].split()) != surface
            ]
            spans.append(found)
        if any(0 <= b[0] - a[1] <= 80 for a in spans[0] for b in spans[1]):
            return chain[0][4], chain[-1][5]
    return None


def _occurrences(low: str, fact: _Fact, start: int, end: int) -> list[tuple[int, int]]:
    """Where a fact is stated near ``low[start:end]`` (at most 16 places).

    Either operand order for ``+`` and ``*``; within :data:`RESTATED_CHARS` characters.
    """
    op, a, b, c = fact
    orders = [(a, b), (b, a)] if op in "+*" and a != b else [(a, b)]
    words = {"+": "plus", "-": "minus", "*": "times|multiplied by", "/": "divided by"}[op]
    found: list[tuple[int, int]] = []
    for left, right in orders:
        pattern = re.compile(
            rf"(?<![\w.^/\\])(?:{left}\s{{0,2}})?(?:{_SYMBOLS[op]}|{words})\s{{0,2}}{right}"
            rf"\s{{0,2}}(?:=|is|equals|makes|gives)\s{{0,2}}{c}(?![\w^/]|\.\d)"
        )
        within = pattern.finditer(low, max(0, start - RESTATED_CHARS), end + RESTATED_CHARS)
        found += [match.span() for match in itertools.islice(within, 16)]
    return found


def _fact(left: str, sign: str, right: str, result: str) -> _Fact | None:
    """A true fact's key (operands of ``+`` and ``*`` sorted); ``None`` if false or trivial."""
    op = _SIGNS.get(sign)
    a, b, c = int(left), int(right), int(result)
    if op is None or max(a, b, c) < 4:
        return None
    if op == "+":
        true = a + b == c
    elif op == "-":
        true = a - b == c
    elif op == "*":
        true = a * b == c
    else:
        true = b != 0 and Fraction(a, b) == c
    if not true:
        return None
    if op in "+*" and a > b:
        a, b = b, a
    return op, a, b, c
