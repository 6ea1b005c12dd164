"""Subgoal setting read from the shape of a plan (structural, counting only).

Twelve rules read how a text lays out its work, not the words of one round's sentences:

1. **A plan list before the work**: two or more consecutive list items (``-``, ``*``, ``•``,
   ``1.``, ``2)``) each led by a verb (an optional "first / then / next / finally" before it),
   none with ``=``, before the text's first ``=``, and work (an ``=``) after them; in a text
   with no ``=`` at all, a run right under a heading (a markdown heading, a bold line, a line
   ending with ":"; not a numbered step's heading) that says a plan follows ("To solve
   this:", "what to do") with items led by a verb, or a markdown or bold heading that names
   one ("### Steps", "**Outline**"), its items then free.
2. **Ordered intentions in one sentence**: a sentence without ``=`` that says what will be done
   ("let's", "let me", "I'll", "we will", "I want", "we need", "I'd like", "it'll be easier
   to", "X should VERB", "need ..." opening it, or a verb opening the sentence or the clause
   after a colon) and orders two parts of it ("first ... then", "first ... after that", "X on
   its own, then Y", "X first, then Y", "... and then VERB", "... at the end", "X before
   touching / tackling / dealing with Y", or "X before VERBing Y" after "let's / I'll / ... is
   to" or an opening verb). A recap ("first we found x, then y"), "first, note that ...", a
   single step, "should be", a check or a rule ("I want to confirm ... before computing
   anything", "we have to multiply before adding") are not. (Sixteenth session) a tutor's
   "you need / you'll / you have to", "we / I / you first VERB", and the sentence after an
   equation when a ", so / ; hence" clause draws the plan from it.
3. **A number named as a goal and then made** (Countdown): "make / get / build / form / reach /
   aim for / go for N" (one word may stand between "a / an" and N: "an intermediate 50") with
   an intention or a source ("from / out of / with A and B", "first") around it, N not the
   target (the known one, one the text states, or the value of its last equation), and a
   later equation ``... = N`` that makes it.
4. **A number named as needed and then made** (Countdown): "I need a 3 from 9 and 6", "what we
   need is 25 from the other two", "the 9 has to come from 12 and 3", "the other numbers
   should give 8", "I'd want the 2 and 4 to give 8", "turn 6, 9 and 2 into a 3"; N not the
   target (the known one, one the text states, else the value of its last equation) and an
   equation ``... = N`` after it, or an ``A op B`` of value N right after it ("the 2 can come
   from 8 / 4", "need to make 3, which 1 + 2 does").
5. **A quantity named as needed on the way to another**: "need / require / pin down / to
   know" before a noun phrase ("both ...", "two ...", "the ...", "P(...)"), not "need to",
   and the thing needed is an intermediate: two of them ("the sum and the product"), wanted
   "first" or "before" the rest, used right after ("; with it ..."), or the quantity it
   serves named first ("to use the shoelace formula, I need the coordinates"); or "we'll
   need:" and a list. Denied, hedged, past, conditional ("needs x > 1", "needs the
   discriminant to be zero", "two numbers that multiply to 12") and "since / because"
   sentences are not.
6. **The numbers split into groups** (Countdown): a sentence with "group" or "pair them /
   these / the numbers" that names two or more tuples of numbers ("let me group: (56, 8)
   together and (3, 5) together", "let me pair them up: (40, 10) and (6, 2)"), before any
   work in it; not hedged, switching ("try", "instead", "different") or in the past, nor "the
   faces pair up as (1, 6), ..." (a description).
7. **Parts counted, then taken in turn**: "two / three / four" and a plan noun ("parts",
   "pieces", "stages", "steps", "things", "questions", "tasks", "sub-problems", "-step plan")
   followed by a colon and two items that say what to do or show (an operation, its gerund, a
   wh-word or "that": "two things have to be established: that ..., and that ..."; other
   items, enumerated, listed or nouns, after "to VERB" or an intention), or by labels of the
   first and second parts within 400 characters ("the first is ... the second", "stage one
   ... stage two", the next sentence opening with "first," and a later one with "then," /
   "next,") with an intention before the count or an operation after a label. Not the
   story's parts ("the race has two stages. In the first stage, Tom runs ..."), givens ("we
   know / are given two things"), a description ("consists of", "defined in", "these two
   parts"), the problem's own division ("cut / divided into two parts", unless "we can /
   let's" divide it), a recap or a hedge.
8. **A plan heading, then a verb**: a line opening with "approach", "strategy", "milestones",
   "outline", "roadmap", "plan", "steps", "subgoals" or "stages" (markup and "the / my / our"
   before it, "for this proof" after it), then "." or ":" and a verb ("**Approach.** Reduce
   to ...", "Milestones for this proof: show ..."); not "Approach 2: ..." nor "The plan is to
   ..." (no heading).

9. **An auxiliary question taken up** (fifth wave): "smaller / simpler / easier / auxiliary /
   intermediate / preliminary / helper" before "question / problem / claim / lemma / goal /
   aim / target / unknown / milestone / version", with a verb taking it up before it
   ("settle a smaller question", "consider a simpler problem") or a colon after it
   ("Intermediate aim: an 8 from 64 and 8"); not hedged, past, negated, a comparison ("than")
   or "... are allowed".
10. **List items labelled in order** (fifth wave): an item labelled "first:" ("first piece:")
    and the next one "second / then / next".
11. **A plan label and its items** (fourteenth session): a sentence opening with "plan",
    "steps", "parts", "split", "approach", "set up", "to do (list)", "need", "outline",
    "strategy" or "roadmap" (not "method": it names one) and a colon, then two or more worded
    items on its line (split at ",", ";", "then", "(1)", "1)"), none opening with a number,
    none arithmetic, an equation, a result or a rule ("is", "gives", "to get", "leaving", "for
    18", ": 24", "->", "used", "allowed"), and a digit within 400 characters after it ("Need:
    the rate, then the time.", "Steps: 1) the discount 2) the tax"); not "Need: 24 from 3 and
    8" (one item), "Parts: 4 wheels, 2 seats".
12. **A chain of bare imperatives** (fourteenth session): a sentence opening with an
    operation ("expand", "collect", "work out", "times" ...) split at "," / "then" into three or
    more parts (two joined by "then"), two of them led by an operation, none longer than 60
    characters, without arithmetic, a result, a hedge or a recap, and a digit after it
    ("expand both sides, collect x, solve."); not "Multiply 19 by 3 to get 57, then subtract 2".

Rule 1 also reads, where the text has work, a markdown or bold heading naming a plan over
bare items before the first ``=`` (a line "### Approach", then "1. time out", "2. time back")
(fourteenth session).

Fifth-wave slots of the rules above: rule 1 also reads, in a text with no ``=`` and no heading,
a run whose first two items name goals ("find / compute / determine / solve / show ..."); rule
2 "it's enough / convenient / simplest to VERB", "and VERB ... at the end", a chain "X, VERB
..., and then ..." after an opening verb, "I'll / I'm going to VERB X, then the Y" (not a
clause: "then the answer is 5"), "X on its own and Y afterwards", and not a check before going
on ("test it before relying on it"); rule 5 "what I need first / before anything else is the
...", possessives, needed things in an order ("and then", "in that order", ", then VERB") and
"I / we want / I'd like the ..." with "first / before" a part, not a thing's own needs ("that
needs ..."); rule 6 "split / group the numbers into two pairs / groups" after an intention;
rule 7 "in pieces / the pieces / in parts / in stages" and a colon; rule 8 a heading after a
sentence on the same line, with a colon ("... Sub-steps: get ...").

:func:`plan_events` returns one span per event. Bounded: sentences of at most 300 characters,
the first 2,000 lines for lists (2,000 characters under a heading), 40 goal numbers, needed
things, counts of parts, headings and headed lists per text, 40 events; linear in the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from rewardkit._lazy import lazy_compile
from rewardkit.reflect.scan import PatternScan

__all__ = ["one_method_label", "plan_events"]

_MAX_EVENTS = 40
#: A needed number within this many characters after a backward-chaining span is its step.
_DERIVED_GAP = 80
_MAX_LINES = 2000
_MAX_SENTENCE = 300
_MAX_GOALS = 40
_MAX_EQUATIONS = 5000
_MAX_WORDS = 400  # occurrences of the order words and the goal verbs looked at

# The imperative verbs a plan step opens with: a closed class of operations on a problem
# (not "note / recall / observe / notice": those state givens, not goals).
_VERBS = (
    "add|adjust|apply|break|build|calculate|cancel|check|combine|compare|complete|compute|"
    "construct|convert|count|decide|derive|determine|differentiate|divide|eliminate|establish|"
    "evaluate|expand|"
    "express|factor|factorise|factorize|figure|find|finish|fix|form|get|go|halve|handle|identify|"
    "integrate|invoke|isolate|list|make|multiply|pair|pin|plug|prove|read|reach|reduce|"
    "rewrite|set|show|simplify|solve|split|substitute|subtract|sum|take|turn|use|work|"
    # (sixteenth session, from the thirty-second round's misses)
    "secure|obtain|produce|assemble|supply|tackle|settle"
)
_ORDINAL = r"(?:(?:first(?:ly)?|then|next|finally|last(?:ly)?|second(?:ly)?|third(?:ly)?),?\s+)?"
_ITEM = lazy_compile(
    r"[ \t]*(?P<mark>[-*\u2022]|(?P<k>\d{1,2})[.)])[ \t]+(?:\*\*)?"
    + _ORDINAL
    + r"(?:"
    + _VERBS
    + r")\b[^\n=:]{0,160}$"
)
_LOOSE_ITEM = lazy_compile(
    r"[ \t]*(?P<mark>[-*\u2022]|(?P<k>\d{1,2})[.)])[ \t]+(?:\*\*)?[a-z][^\n=:]{0,160}$"
)
# Rule 1 in a text without any "=": a list right under a heading (a markdown heading, a bold
# line or a line ending with ":"), since no work follows to show the list is a plan.
_HEADED = lazy_compile(
    r"(?:^|\n)(?P<head>[ \t]*(?:#{1,4}[ \t]*[^\n]{1,60}|\*\*[^\n]{1,60}\*\*[.:]?|[^\n]{1,80}:))"
    r"[ \t]*\n(?:[ \t]*\n)?(?P<item>[ \t]*(?:[-*\u2022]|1[.)])[ \t]+\S)"
)
# A heading that names a plan: its items need no verb.
_PLAN_HEAD = lazy_compile(
    r"\b(?:plan|steps|approach|strategy|outline|roadmap|milestones|subgoals|sub-goals|goals|"
    r"stages)\b"
)
_MARKUP_HEAD = lazy_compile(r"[ \t]*(?:#|\*\*)")
_STEP_HEAD = lazy_compile(r"[ \t#*]*(?:steps?|parts?|stages?)?\s*\d")
_HEADED_REACH = 2000


# A heading that says a plan follows: "to solve this:", "here is what to do:", "let's:".
_TO_DO = lazy_compile(r"\b(?:to (?:do|answer|" + _VERBS + r")|what to|how to)\b")


def _headed_lists(low: str, limit: int = -1) -> list[tuple[int, int]]:
    """Rule 1 where the text has no ``=``: a run of items right under a heading.

    The heading says a plan follows ("To solve this:", "Here is what to do:", an intention, a
    plan noun), or, a markdown or bold heading, names one ("### Steps", "**Outline**": then
    the items need no verb). ``limit`` (the first ``=``, where the text has one): only a
    markdown or bold heading naming a plan, its run ending before the work.
    """
    events: list[tuple[int, int]] = []
    bound = len(low) if limit < 0 else limit
    for tried, m in enumerate(_HEADED.finditer(low, 0, bound)):
        if tried >= _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        if _STEP_HEAD.match(m.group("head")):
            continue  # "**2. expand and simplify**": a step of the work, its items the work
        position = m.start("item")
        # items free only under a markdown or bold heading naming a plan ("### Steps"): under
        # a sentence ("let's break down the steps:") real lists state conditions and results
        loose = (
            _PLAN_HEAD.search(m.group("head")) is not None
            and _MARKUP_HEAD.match(m.group("head")) is not None
        )
        if limit >= 0 and not loose:
            continue  # before work, rule 1's verb-led items read the other headings
        if not (loose or _TO_DO.search(m.group("head")) or _INTENT.search(m.group("head"))):
            continue  # "Ingredients:\n- add 2 cups of flour": a list told, not a plan
        end = min(bound, position + _HEADED_REACH)
        events += [
            run for run in _plan_lists(low, end, position, loose=loose) if run[0] == position
        ]
    return events


_RESULT = lazy_compile(r"\b(?:is|are|gives|equals)\s+-?\d")  # an item that states its result
# A first list item: at the start of the text or after a newline (a literal the search skips to).
_LIST_START = lazy_compile(r"\n[ \t]*(?:[-*\u2022]|1[.)])[ \t]+[a-z*]")
_FIRST_ITEM = lazy_compile(r"[ \t]*(?:[-*\u2022]|1[.)])[ \t]+[a-z*]")

# Rule 2: a sentence that says what will be done, and orders its parts.
_INTENT = lazy_compile(
    r"\b(?:let[’']?s|let me|let us|i[’']ll|i will|we[’']ll|we will|i want|we want|"
    r"i need|we need|i should|we should|i[’']m going to|we[’']re going to|i have to|"
    r"we have to|is (?:first )?to|first thing|i[’']d like|we[’']d like|i would like|we would like|"
    r"(?:it[’']ll|it will|it[’']d|it would|it[’']s|it is) be easier|it[’']s easier|"
    r"it is easier|"
    # (sixteenth session: a tutor's second person, "you need to get the slope first, then ...")
    r"you need|you[’']ll need|you have to|you[’']ll have to|you want|you[’']ll want|you will|"
    r"you[’']ll|you[’']re going to)\b|^need\b|\bshould (?!be\b|have\b)"
    # (sixteenth session: "so we first secure 800 and then ...": a present verb after "first")
    r"|\b(?:we|i|you) first (?:" + _VERBS + r")\b"
    # (fifth wave) "it's convenient / enough / simplest / cleanest to VERB"
    r"|\b(?:it[’']s|it is|it[’']ll be|it will be) (?:convenient|enough|simplest|easiest|"
    r"cleanest|cleaner|simpler|best|natural) to (?:" + _VERBS + r")\b"
)
_WILL = lazy_compile(
    r"\b(?:let[’']?s|let me|let us|i[’']ll|i will|we[’']ll|we will|is (?:first )?to|"
    r"i[’']m going to|we[’']re going to|i am going to|we are going to)\b"
)
_OPENING_VERB = lazy_compile(r"(?:^|:\s*)(?:first(?: thing)?,?\s+)?(?:" + _VERBS + r")\b")
_ORDER = lazy_compile(
    r"\bfirst\b.{1,200}?(?:\b(?:then|after that|afterwards)\b|(?<!the )\bnext\b(?! to\b))"
    r"|\b(?:on (?:its|their) own|separately|first)\s*,?\s*(?:and\s+)?then\b"
    r"|(?P<then>(?:\band|,) then (?:" + _VERBS + r")\b"
    # (fifth wave) the same verb's next object: "I'll tackle the numerator, then the
    # denominator"; not a clause ("then the answer is 5")
    r"|, then (?:the|its|their|his|her)\b(?![^,.;]{0,40}\b(?:is|are|was|were|becomes?|gives?|"
    r"equals?|follows?|must|should|will|would|can|has|have)\b))"
    # (fifth wave) "X on its own, and Y afterwards"
    r"|\b(?:on (?:its|their) own|separately)\b.{1,120}?\b(?:afterwards|after that)\b"
    # (fifth wave) a chain of steps: "set up coordinates, get the slopes, and then the angle"
    r"|(?P<chain>,\s*(?:" + _VERBS + r")\b[^,.;]{1,80},?\s+and then\b)"
    r"|\bseparately,? and (?:" + _VERBS + r")\b"
    r"|\b(?:then|and (?:" + _VERBS + r"))\b.{1,200}?\bat the end\b"
    r"|(?P<before>\bbefore (?!(?:proceeding|continuing|going|starting|doing)\b)"
    r"(?P<gerund>[a-z]{2,}ing)\b(?! anything\b))"
)
# Gerunds that turn to the next part ("before touching / tackling / dealing with the second"):
# after any intention; another gerund ("before plugging in") needs "let's / I'll / ... is to"
# or an opening verb ("I want to confirm ... before computing", "we have to multiply before
# adding" are a check and a rule).
_NEXT_PART = frozenset(
    (
        "touching",
        "tackling",
        "dealing",
        "handling",
        "bringing",
        "turning",
        "moving",
        "worrying",
        "attacking",
        "getting",
        "looking",
    )
)
# "X before VERBing Y" (one part wanted before another): the same exclusions as _NOT_PLAN but
# "the first" ("I want the first one settled before touching the second" names a part of the
# plan).
_HEDGES = (
    r"maybe|perhaps|alternatively|instead|another|try|trying|wait|remember|if|"
    r"problem here|problem is|question is"
)
_NOT_PLAN_BEFORE = lazy_compile(r"\b(?:" + _HEDGES + r")\b")
_PAST = lazy_compile(r"\b(?:we|i) (?:found|got|computed|calculated|used|did|had|made)\b")
# (fifth wave) a check wanted before going on ("test / verify / confirm it before relying on it")
_CHECK_FIRST = lazy_compile(r"\b(?:test|check|verify|confirm|double-check|sanity)")
# Exploring or switching ("maybe I can X and then Y", "instead, ..."): backtracking's
# territory, not a plan; "if ... then" is a condition; "problem here:" restates the question.
_NOT_PLAN = lazy_compile(r"\b(?:" + _HEDGES + r"|the first|a first)\b")
_WORK = lazy_compile(r"(?<![<>!=])=(?!=)")  # an equation, not ">=", "<=", "!=" or "=="
_ORDER_WORDS = ("then", "after that", "afterwards", "next")
# results told ("to get 12", "leaving 90", "... then add the 5: 95": the second tenth-session
# wave's control narrates forward work)
_TOLD = lazy_compile(
    r"\b(?:to get|gives?|giving|is|are|makes?|leaving|leaves)\s+-?\d|:\s*-?\d+(?:\.\d+)?\s*$"
)
_SWITCH = lazy_compile(r"\b(?:another|different|instead|alternatively)\b")
# The sentence ends of _SENTENCE_END, as literals for str.rfind (the blank after the sign).
_ENDS = ("\n", ". ", "? ", "! ", ".\t", "?\t", "!\t")
_SENTENCE_END = lazy_compile(r"[.!?](?=\s|$)|\n")

# Rule 3: a number named as a goal, then made.
_GOAL = lazy_compile(
    r"(?P<verb>make|get|build|form|reach|produce|create|aim for|go for|aim at)"
    # (second tenth-session wave: "make a big number 20 with 4 and 5, then ...")
    r"\s+(?:(?:a|an) (?:[a-z]{3,14} ){0,2})?(?P<n>\d{1,6})\b(?!\s*[-+*/x×÷=^.]\s*\d)"
    r"(?P<after>[^\n.;]{0,24})"
)
_GOAL_WORDS = (
    "make ",
    "get ",
    "build ",
    "form ",
    "reach ",
    "produce ",
    "create ",
    "aim ",
    "go for ",
)
_GOAL_INTENT = lazy_compile(
    r"(?:\b(?:i[’']ll|i will|we[’']ll|we will|let[’']?s|let me|want to|need to|try to|"
    r"going to|have to|is to|first(?: thing)?|step one)\s*(?:,\s*)?(?:\w+\s+)?$)"
)
_SOURCE = lazy_compile(r"^\s*(?:first|out of|from|with|using)\b")
_NARRATED = lazy_compile(r"\b(?:we|i|you|they|it|which|that|this)\s+$")
_SOURCE_WORK = lazy_compile(r"\s*(?:from|out of|with|using)\s+\(?\s*\d+\s*[-+*/x×÷]")
_GOAL_END = lazy_compile(
    r"^\s*(?:first\b|out of\b|from\b|with\b|using\b|then\b|and then\b|[,;:]|$)"
)
_TARGET = lazy_compile(r"\b(?:reach|make|get|obtain)\s+(\d{1,6})\s+(?:using|with all)\b")
_TARGET_IS = lazy_compile(r"\btarget(?: number)?\s*(?:is|:|of|=)?\s*(\d{1,6})\b")
_MADE = lazy_compile(r"\d\s*\)?\s*[-+*/x×÷−]\s*\(?\s*\d+(?:\s*\))?\s*=\s*(\d{1,6})\b")
_LAST_EQ = lazy_compile(r"=\s*(\d{1,6})\b")

# Rule 4: a Countdown number named as needed ("I need a 3 from 9 and 6", "the 9 has to come
# from 12 and 3", "the other numbers should give 8"), then made.
# Each form is matched where its anchor word stands (a C ``str.find`` finds the anchors).
_NEED_AT = lazy_compile(
    r"(?:need|want)s?\s+(?:a |an )?(?P<a>\d{1,6})\s*(?:from|out of)\b"
    r"|need(?:ed)? is (?:a |an )?(?P<b>\d{1,6})\s*(?:from|out of)\b"
    r"|(?:should|must|has to|have to|needs? to|(?:need|want)s?\s+[^.;:\n]{1,30}?\bto)"
    r"\s+(?:give|produce|make|come out to|combine to|combine into|come to)\s+(?:a |an )?"
    r"(?P<d>\d{1,6})(?=\s*(?:from|out of|first|then|and|[,.;:!?)]|$))(?!\.\d)"
)
_NEED_ANCHORS = ("need", "want", "should ", "must ", "has to ", "have to ", "into ")
# "the 9 has to come from 12 and 3": anchored on the verb, the number read before it.
_SOURCED_AT = lazy_compile(r"(?:come|be built|be made|be formed) (?:from|out of)\b")
_SOURCED_ANCHORS = ("come from", "come out of", "be built", "be made", "be formed")
# "the 2 can come from 8 / 4", "need to make 3, which 1 + 2 does": made right after, unworked.
_INLINE = lazy_compile(
    r"[\s,:]*(?:which\s+)?\(?(\d{1,6})\s*([-+*/×÷−])\s*(\d{1,6})(?!\s*[-+*/×÷−=]\s*\d|\d|\.\d)"
)


def _inline_value(low: str, position: int) -> str | None:
    """The value of an ``A op B`` right after ``position`` (", which" between), if whole."""
    m = _INLINE.match(low, position, position + 40)
    if m is None:
        return None
    a, op, b = int(m.group(1)), m.group(2), int(m.group(3))
    if op == "+":
        value = a + b
    elif op in "-−":
        value = a - b
    elif op in "*×":
        value = a * b
    elif b == 0 or a % b:
        return None
    else:
        value = a // b
    return str(value)


# "turn 6, 9 and 2 into a 3": anchored on "into", the operation verb read before it.
_INTO_AT = lazy_compile(
    r"into\s+(?:a |an )?(?P<e>\d{1,6})(?=\s*(?:first|then|and|[,.;:!?)]|$))(?!\.\d)"
)
_INTO_BEFORE = lazy_compile(r"\b(?:turn|combine|make|get|build|form|merge)\s+[^.;:\n=]{1,30}$")
_SOURCED_BEFORE = lazy_compile(
    r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?(?P<c>\d{1,6})\s+(?:has to|must|can|could|should|will)\s+$"
)

# Rule 5: a quantity named as needed before the one asked for ("the perimeter requires both
# the length and the width", "the first thing to pin down is the common ratio; with it ...").
_NEEDED = lazy_compile(
    r"\b(?:need|needs|require|requires|pin down|to know|needed (?:is|are))\b(?!\s+to\b)"
    # (fifth wave) "what I need first / before anything else is the ..."
    r"(?:(?:\s+(?:first(?:ly)?|most|now|next|before [a-z]+(?: [a-z]+){0,2}))?\s+(?:is|are)"
    r"|[^:.;!?\n]{0,40}:)?\s*[,]?\s*"
    r"(?=both\b|two\b|three\b|the\b|an?\b|each\b|those\b|these\b|its\b|their\b|[a-z]\("
    r"|(?:her|his|my|our|your)\b)"
)
# (fifth wave) "want" names a quantity wanted only with "first / before" ("before anything
# about the area, I want the side lengths"); "we want the probability that ..." is the goal.
_WANTED = lazy_compile(
    r"\b(?:i|we)(?: want|[’']d like| would like)\b(?!\s+to\b)\s+"
    r"(?=the\b|both\b|(?:her|his|its|their)\b)"
)
_NEED_COLON = lazy_compile(r"(?:needs?|requires?)[ \t]*:[ \t]*\n")
_LIST_AFTER = lazy_compile(
    r"[ \t]*(?:[-*\u2022]|1[.)])[ \t]+[^\n]{1,160}\n[ \t]*(?:[-*\u2022]|2[.)])[ \t]+\S"
)
# Rule 6: the numbers split into groups worked on their own ("let me group: (56, 8) together
# and (3, 5) together", "(75, 25) in one group and (6, 2) in the other").
_TUPLE = lazy_compile(r"\(\s*\d{1,6}(?:\s*,\s*\d{1,6})+\s*\)")
# Not "grouped" (a recap); "pair" only as the verb of a split with its object ("pair them up:
# ..."), not the noun ("the pairs (1, 6) and (2, 3)") nor a description ("the faces pair up").
_GROUP = lazy_compile(
    r"\bgroups?\b|\bpair (?:them|these|those|the numbers|the four|the rest)(?: up)?\b"
)
_GROUP_WORDS = ("group", "pair ")
_GROUP_SWITCH = lazy_compile(
    r"\b(?:maybe|perhaps|try|trying|instead|different|another|if|wait|didn[’']?t|not)\b"
)
_NEEDED_WORDS = ("need", "require", "pin down", "to know")
# The needed thing is an intermediate one: two of them, wanted first or before the rest, used
# right after ("with it"), or the quantity it serves named before it ("to find X, I need Y").
_SEVERAL = lazy_compile(
    r"\s*[:,]?\s*(?:the\s+)?(?:both|two|three|each)\b(?! more\b)"
    r"(?![^,.;:]{0,40}?\b(?:that|which|whose|such)\b)"
    r"|\s*[:,]?\s*(?:the|[a-z]\()[^;:]{1,60}?,? and (?:the|its|[a-z]\()"
)
_INTERMEDIATE = lazy_compile(
    r"(?<!the )(?<!a )\b(?:first|before)\b(?! (?:term|one|time|digit)s?\b)"
)
_USED_AFTER = lazy_compile(
    r"[^.!?\n]{0,40}?\b(?:with (?:it|that|them|those|this)|from (?:it|them|that)|once (?:we|i) "
    r"(?:have|know))\b"
)
_SERVED = lazy_compile(r"\b(?:to (?:find|get|compute|determine|use|evaluate)|for)\b[^,;]{1,80},")
# Wanted first: "first", or "before" a part ("before anything about the area"), not "before
# computing anything" (a state wanted before the work: "I want the units straight ...").
_WANTED_FIRST = lazy_compile(
    r"(?<!the )\bfirst\b(?! (?:term|one|time|digit)s?\b)"
    r"|\bbefore (?!(?!(?:any|every|some)thing\b)[a-z]+ing\b)"
)
_NO_NEED = lazy_compile(
    r"\b(?:don[’']?t|do not|doesn[’']?t|does not|no|not|never|without|needn[’']?t)\s+"
    r"(?:\w+\s+)?(?:need|require|pin down|want)"
    r"|\bneeds? [^.;:]{1,60}? to (?:be|appear|have|satisfy|hold|equal)\b"  # a condition
    r"|\bwould (?:need|require|want)"  # a hypothetical
    r"|\b(?:maybe|perhaps|alternatively|instead|wait|if|whether|problem is|"
    r"question is|"
    r"asks|asked)\b"
)
# A reason before the need ("since we need ..."); a reason after it only after an order ("we
# need a, b and then c, because c depends on the other two") or a wanted part. A thing's own
# needs ("that needs the side, and the side comes from the area"): the backward chain from the
# goal, not a plan of the writer's.
_NO_NEED_HEAD = lazy_compile(
    r"\b(?:since|because)\b|\b(?:that|which|this|it)\s+(?:in turn\s+)?(?:needs|requires)\b"
)
_REASON = lazy_compile(r"\b(?:since|because)\b")
# (fifth wave) needed things in an order ("we need a, b and then c", "in that order", "the
# income first, then the expenses"), or a step after them (", then solve the pair").
_ORDERED = lazy_compile(
    r"\b(?:and then|in (?:that|this|the) order|followed by)\b|,\s*then (?:" + _VERBS + r")\b"
)


def _occurrences(low: str, words: tuple[str, ...], cap: int) -> list[int]:
    """The first ``cap`` positions of each word (``str.find``: a C scan, no regex)."""
    found: list[int] = []
    for word in words:
        at = low.find(word)
        while at >= 0 and len(found) < cap:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)


def _sentence_around(low: str, position: int) -> tuple[int, int] | None:
    """The sentence holding ``position``, or None when it is longer than 300 characters."""
    low_bound = max(0, position - _MAX_SENTENCE)
    start = max(low.rfind(mark, low_bound, position) for mark in _ENDS)
    if start >= 0:
        start += 1 if low[start] == "\n" else 2
    elif low_bound == 0:
        start = 0
    else:
        return None
    after = _SENTENCE_END.search(low, position, position + _MAX_SENTENCE + 1)
    if after is not None:
        return start, after.end()
    return (start, len(low)) if len(low) - start <= _MAX_SENTENCE else None


def _anchored(
    low: str, words: tuple[str, ...], pattern: re.Pattern[str], events: list[tuple[int, int]]
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Rules 7 and 9's walk: ``pattern`` matched where one of ``words`` opens a word.

    Yields ``(match, start, end)`` in text order, ``low[start:end]`` the match's sentence.
    ``events`` is the caller's list of events, appended to between yields: a word before the
    end of its last event is skipped, and the walk stops once ``events`` holds
    :data:`_MAX_EVENTS` or at the match after the :data:`_MAX_GOALS`-th (a match in a sentence
    longer than 300 characters is counted and not yielded).
    """
    tried = 0
    for position in _occurrences(low, words, _MAX_WORDS):
        if (events and position < events[-1][1]) or (position and low[position - 1].isalnum()):
            continue
        m = pattern.match(low, position)
        if m is None:
            continue
        tried += 1
        if tried > _MAX_GOALS or len(events) >= _MAX_EVENTS:
            return
        bounds = _sentence_around(low, position)
        if bounds is None:
            continue
        start, end = bounds
        yield m, start, end


def _plan_lists(
    low: str, first_eq: int, position: int = 0, *, loose: bool = False
) -> list[tuple[int, int]]:
    """Rule 1: runs of two or more verb-led items before the first ``=``.

    The items of a run share their marker ("-", "*", "•" or numbers counting up from 1), are
    at most 160 characters long and hold no ":" (a heading with its work after it) nor ``=``.
    ``position``: the start of the line of the first item (no run starts before it).
    ``loose``: items need not open with a verb (a list under a plan heading, "### Steps").
    """
    events: list[tuple[int, int]] = []
    run_start = -1
    run_end = 0
    count = 0
    mark = ""
    for lines, line in enumerate(low[position:first_eq].split("\n")):
        if lines >= _MAX_LINES:
            break
        end = position + len(line)
        item = (_LOOSE_ITEM if loose else _ITEM).match(line)
        if item is not None and _RESULT.search(line):
            item = None
        if item is not None:
            number = item.group("k")
            kind = "1" if number else item.group("mark")
            expected = str(count + 1) if count and kind == mark else "1"
            if count and (kind != mark or (number and number != expected)):
                if count >= 2:
                    events.append((run_start, run_end))
                count = 0
            if count == 0 and number not in (None, "1"):
                position = end + 1
                continue
            if count == 0:
                run_start = position
                mark = kind
            count += 1
            run_end = end
        elif line.strip():
            if count >= 2:
                events.append((run_start, run_end))
            count = 0
        position = end + 1
    if count >= 2:
        events.append((run_start, run_end))
    return events


def _may_order(low: str, position: int) -> bool:
    """A cheap necessary test (substrings near the word) for :data:`_ORDER` around it."""
    if low.startswith("first", position):
        after = low[position : position + 210]
        return any(word in after for word in _ORDER_WORDS)
    before = low[max(0, position - 210) : position]
    if low.startswith(("separately", "before", "at the end"), position):
        return True
    if low.startswith(("afterwards", "after that"), position):
        return "separately" in before or " own" in before
    return (
        low.startswith(", ", position - 2)
        or "first" in before
        or "separately" in before
        or " own" in before
        or low.startswith("and ", position - 4)
        or "at the end" in low[position : position + 210]
    )


# A clause that draws a plan from what came before it: ", so", "; so", ", and so", ", hence".
_SO_CLAUSE = lazy_compile(r"[,;]\s+(?:and\s+)?(?:so|thus|hence|therefore)\s+")


def _plan_part(sentence: str) -> tuple[str, re.Match[str] | None]:
    """The part of a sentence that may be a plan, and its order words (rule 2).

    Only what is said before the sentence's first equation is a plan or, when that orders
    nothing, a clause after it that draws a plan from it, up to its own equation (sixteenth
    session: "the target sits just above 800 = 8 * 100, so we first secure 800 and then ...").
    """
    work = _WORK.search(sentence) if "=" in sentence else None
    if work is None:
        return sentence, _ORDER.search(sentence)
    head = sentence[: work.start()]
    order = _ORDER.search(head)
    after = None if order is not None else _SO_CLAUSE.search(sentence, work.end())
    if after is None:
        return head, order
    tail = sentence[after.end() :]
    more = _WORK.search(tail)
    if more is not None:
        tail = tail[: more.start()]
    tail_order = _ORDER.search(tail)
    return (head, None) if tail_order is None else (tail, tail_order)


def _ordered_intentions(low: str, ends: list[int] | None) -> list[tuple[int, int]]:
    """Rule 2: one sentence, no ``=``, an intention and an order of two parts.

    ``ends``: where the hyperscan prefilter saw an order word end (``None``: no prefilter;
    then near each "then", "first" and "separately" that :func:`_may_order` lets through).
    """
    events: list[tuple[int, int]] = []
    done = -1
    if ends is None:
        positions = [
            at
            for at in _occurrences(
                low,
                ("then", "first", "separately", "before", "at the end", "afterwards", "after that"),
                _MAX_WORDS,
            )
            if _may_order(low, at)
        ]
    else:
        positions = sorted(end - 1 for end in ends[:_MAX_WORDS])
    for position in positions:
        if position < done or len(events) >= _MAX_EVENTS:
            continue
        bounds = _sentence_around(low, position)
        if bounds is None:
            continue
        start, end = bounds
        done = end
        if end - start > _MAX_SENTENCE:
            continue
        sentence, order = _plan_part(low[start:end].strip(" \t\n.!?"))
        if order is None:
            continue
        head = sentence[: order.end()]
        gerund = order.group("gerund")
        if gerund is not None and gerund not in _NEXT_PART:
            planned = _WILL.search(head) is not None or _OPENING_VERB.search(head) is not None
        elif order.group("then") is not None or order.group("chain") is not None:
            # "X and then Y" needs a stated intention
            planned = _WILL.search(head) is not None or (
                _OPENING_VERB.match(sentence.lstrip()) is not None
                and _TOLD.search(sentence) is None
            )
        else:
            planned = _INTENT.search(head) is not None or _OPENING_VERB.search(head) is not None
        hedged = (_NOT_PLAN_BEFORE if order.group("before") else _NOT_PLAN).search(sentence)
        if order.group("before") and _CHECK_FIRST.search(head):
            continue  # "let me test that numerically before relying on it": a check
        if not planned or _PAST.search(sentence) or hedged:
            continue
        if _SWITCH.search(low, max(0, start - 80), start):
            continue  # a plan right after "another approach" is the new approach
        events.append((start, end))
    return events


def _stated_targets(low: str, target: int | None, *, last_value: bool = True) -> set[str]:
    """The target given or stated; ``last_value``: also the value of the text's last equation."""
    targets = {str(target)} if target is not None else set()
    for pattern in (_TARGET, _TARGET_IS):
        for m in pattern.finditer(low):
            targets.add(m.group(1))
            if len(targets) > 8:
                return targets
    if not last_value and targets:
        return targets
    last = None
    for m in _LAST_EQ.finditer(low, max(0, len(low) - 400)):
        last = m.group(1)
    if last is not None:
        targets.add(last)
    return targets


def _equations(low: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of the first equations ``A op B = N`` making each value N (at most 5,000)."""
    made: dict[str, list[tuple[int, int]]] = {}
    for k, e in enumerate(_MADE.finditer(low)):
        if k >= _MAX_EQUATIONS:
            break
        made.setdefault(e.group(1), []).append(e.span())
    return made


def _goal_numbers(low: str, target: int | None) -> list[tuple[int, int]]:
    """Rule 3: "make N" (N not the target) and a later equation making N."""
    if "=" not in low:
        return []
    targets: set[str] | None = None
    made: dict[str, list[tuple[int, int]]] | None = None
    events: list[tuple[int, int]] = []
    seen: set[str] = set()
    tried = 0
    for position in _occurrences(low, _GOAL_WORDS, _MAX_WORDS):
        m = _GOAL.match(low, position)
        if m is None or (position and low[position - 1].isalnum()):
            continue
        tried += 1
        if tried > _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        n = m.group("n")
        if n in seen:
            continue
        before = low[max(0, m.start() - 40) : m.start()]
        after = m.group("after")
        if _NARRATED.search(before) or _SOURCE_WORK.match(after):
            continue  # "we get 12 from 4 * 3 = 12": a result told, not a goal
        if not _GOAL_END.match(after) or not (_GOAL_INTENT.search(before) or _SOURCE.match(after)):
            continue
        if targets is None:
            targets = _stated_targets(low, target)
        if n in targets:
            continue
        if made is None:
            made = _equations(low)
        ends = made.get(n)
        # Made later, and not made before it was named (a recap, not a goal).
        if not ends or ends[0][0] < m.start():
            continue
        seen.add(n)
        events.append((m.start(), ends[0][1]))
    return events


def _derived(start: int, goal_spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a backward-chaining span starts before ``start`` and ends at most 80 before it."""
    return any(s < start and start - e <= _DERIVED_GAP for s, e in goal_spans)


def _needed_numbers(
    low: str, target: int | None, goal_spans: tuple[tuple[int, int], ...] = ()
) -> list[tuple[int, int]]:
    """Rule 4: a number named as needed from some numbers, and an equation making it after.

    A need that follows a backward-chaining span closely ("60 = 12 * 5, so I need a 5 out of 8
    and 3") is that reasoning's own step, not a separate subgoal: it is left to backward
    chaining, as the labelled rounds 3-5 and 13 have it.
    """
    events: list[tuple[int, int]] = []
    targets: set[str] | None = None
    made: dict[str, list[tuple[int, int]]] | None = None
    seen: set[str] = set()
    tried = 0
    for position in _occurrences(low, _NEED_ANCHORS + _SOURCED_ANCHORS, _MAX_WORDS):
        if position and low[position - 1].isalnum():
            continue
        m = _NEED_AT.match(low, position)
        if m is not None:
            n, start = m.group("a") or m.group("b") or m.group("d"), position
        elif (m := _INTO_AT.match(low, position)) is not None:
            verb = _INTO_BEFORE.search(low, max(0, position - 40), position)
            if verb is None:
                continue
            n, start = m.group("e"), verb.start()
        else:
            m = _SOURCED_AT.match(low, position)
            if m is None:
                continue
            before = _SOURCED_BEFORE.search(low, max(0, position - 40), position)
            if before is None:
                continue
            n, start = before.group("c"), before.start()
        if goal_spans and _derived(start, goal_spans):
            continue
        tried += 1
        if tried > _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        if n in seen:
            continue
        if targets is None:
            targets = _stated_targets(low, target, last_value=False)
        if n in targets:
            continue
        if made is None:
            made = _equations(low)
        later = [span for span in made.get(n, ()) if span[0] >= m.end()]
        if later:
            end = later[0][1]
        elif _inline_value(low, m.end()) == n:
            end = m.end()
        else:
            continue
        seen.add(n)
        events.append((start, end))
    return events


def _needed_quantities(low: str, *, wanted: bool = True) -> list[tuple[int, int]]:
    """Rule 5: one sentence naming a quantity as needed on the way to another.

    ``wanted``: also "I / we want the ..." (a gate: False when the text has no such words).
    """
    events: list[tuple[int, int]] = []
    done = -1
    tried = 0
    words = (*_NEEDED_WORDS, "want", "like") if wanted else _NEEDED_WORDS
    for position in _occurrences(low, words, _MAX_WORDS):
        if position < done or (position and low[position - 1].isalnum()):
            continue
        wanted = low.startswith(("want", "like"), position)
        if wanted:
            need = _WANTED.search(low, max(0, position - 9), position + 60)
            if need is None or need.start() > position:
                continue
        else:
            need = _NEEDED.match(low, position)
        listed = None
        if need is None:
            listed = _NEED_COLON.match(low, position)
            if listed is None or _LIST_AFTER.match(low, listed.end()) is None:
                continue
        tried += 1
        if tried > _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        bounds = _sentence_around(low, position)
        if bounds is None:
            continue
        start, end = bounds
        done = end
        if need is None:
            events.append((start, end))  # "we'll need:" and a list of what
            continue
        sentence = low[start:end]
        work = _WORK.search(sentence, 0, position - start)
        if work is not None:
            continue  # only what is said before the sentence's work is a plan
        work = _WORK.search(sentence)
        if work is not None:
            sentence = sentence[: work.start()]
        head = sentence[: position - start]
        rest = low[need.end() : start + len(sentence)]
        if (
            _NO_NEED.search(sentence)
            or _PAST.search(sentence)
            or _NO_NEED_HEAD.search(low, start, need.end())
        ):
            continue
        if wanted:  # "want": only a quantity wanted first or before the rest
            if _WANTED_FIRST.search(sentence) is not None:
                events.append((start, end))
            continue
        ordered = _ORDERED.search(rest) is not None
        if not ordered and _REASON.search(rest):
            continue  # "we need the smallest base because ...": a reason, unless an order
        stepping = (
            _SEVERAL.match(rest) is not None
            or ordered
            or _INTERMEDIATE.search(sentence) is not None
            or _USED_AFTER.match(low, end) is not None
            or _USED_AFTER.match(rest) is not None
            or _SERVED.search(head) is not None
        )
        if stepping:
            events.append((start, end))
    return events


def _number_groups(low: str) -> list[tuple[int, int]]:
    """Rule 6: a sentence with "group" that splits numbers into two or more tuples."""
    events: list[tuple[int, int]] = []
    done = -1
    for tried, m in enumerate(_GROUP.finditer(low)):
        if tried >= _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        if m.start() < done:
            continue
        bounds = _sentence_around(low, m.start())
        if bounds is None:
            continue
        start, end = bounds
        done = end
        sentence = low[start:end]
        work = _WORK.search(sentence)
        if work is not None:
            sentence = sentence[: work.start()]
        tuples = _TUPLE.findall(sentence)
        if len(tuples) < 2 or _GROUP_SWITCH.search(sentence) or _PAST.search(sentence):
            continue
        events.append((start, end))
    return events


# Rule 7: parts counted, then taken in turn ("the problem really has two parts. The first is
# ...", "two things have to be established: that ..., and that ...", "Two stages. Stage one,
# ... Stage two, ..."). The count: a number word and a closed class of plan nouns.
_PARTS = lazy_compile(
    r"(?<!these )(?<!those )(?<!the )(?<!both )(?:two|three|four)(?:[- ](?:step|stage|part))?"
    r"\s+(?:(?:main|separate|key|distinct|smaller|simpler|real)\s+)?(?:parts?|pieces?|stages?|phases?|steps?|things?|questions?|"
    r"tasks?|sub-?problems?|sub-?goals?|goals?|milestones?|plan)\b"
    # (fifth wave) parts not counted, then a colon ("count in pieces: first ...; next ...",
    # "let's get the pieces: the probability of ..., and how many ...")
    r"|(?:in|the) (?:pieces|parts|stages)(?=\s*:)"
)
_PART_WORDS = ("two", "three", "four", "in pieces", "the pieces", "in parts", "in stages")
# Taken in turn: labels of the first and of the second part after the count ...
_FIRST_LABEL = lazy_compile(
    r"\b(?:the first (?:is|one|part|piece|stage|step|question|thing|task)\b|first (?:part|piece|"
    r"stage|step|question|thing|task|goal)\b|(?:part|piece|stage|phase|step|task) (?:one|a)\b)"
)
# Or the sentence right after the count (or its clause after a colon) opens with "first,"
# ("we can break this into two steps. First, we compute ..."), and a later one with "then, /
# next, / second, / secondly,".
_FIRST_NEXT = lazy_compile(r":?\s*first(?:ly)?,")
_SECOND_NEXT = lazy_compile(r"(?:[.:;]\s+|\n\s*)(?:second(?:ly)?|then|next),")
_SECOND_LABEL = lazy_compile(
    r"\b(?:the second\b|second (?:part|piece|stage|step|question|thing|task|goal)\b|"
    r"(?:part|piece|stage|phase|step|task) (?:two|b)\b)"
)
# ... or a colon after the count and two items that name what to do or to show (other items,
# enumerated, listed or nouns, after "to VERB" or an intention: "two things to find: ...").


def _gerund(verb: str) -> str:
    """The "-ing" form of one of :data:`_VERBS` ("find" -> "finding", "use" -> "using")."""
    if verb in ("get", "set", "pin", "plug", "sum", "split", "cancel"):
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


#: The operations' gerunds ("finding", "computing", "showing"): a plan's items, unlike a
#: process told in a word problem ("three stages: heating, mixing and cooling").
_GERUNDS = "|".join(_gerund(verb) for verb in _VERBS.split("|"))
_ITEM_HEAD = (
    r"(?:that|how|what|whether|which|when|where|why|(?:" + _GERUNDS + r"|" + _VERBS + r")\b)"
)
# An operation right after a part's label ("the first is finding ...", "stage two, get ...").
_LABEL_WORK = lazy_compile(
    r"[\s,:\-\u2013\u2014\u2192]*(?:(?:is|are)\s+)?(?:to\s+)?(?:let[’']?s\s+)?"
    r"(?:(?:we|i)(?:[’'](?:ll|d))?\s+(?:(?:will|can|must|should|need to|have to)\s+)?)?"
    r"(?:" + _GERUNDS + r"|" + _VERBS + r")\b"
)
_COLON_ITEMS = lazy_compile(
    r"(?P<mid>[^.!?\n:]{0,60}):\s*(?:(?P<acts>"
    + _ITEM_HEAD
    + r"[^.!?\n]{3,160}?(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:then\s+)?"
    + _ITEM_HEAD
    + r")"
    # enumerated: "(1) ... (2) ...", "(a) ... (b) ...", or a list on the next lines
    + r"|\(?(?:1|a|i)\)[^\n]{3,160}?\(?(?:2|b|ii)\)"
    # (fifth wave) "first ...; next ..." ("count in pieces: first the colourings ..., next ...")
    + r"|\s*first(?:ly)?\b[^\n]{3,200}?[;,.]\s*(?:then|next|second(?:ly)?)\b"
    + r"|\n[ \t]*(?:[-*\u2022]|1[.)])[ \t]+[^\n]{3,160}\n[ \t]*(?:[-*\u2022]|2[.)])[ \t]+\S"
    # noun items after "to VERB" ("two things to find: the radius and the height")
    + r"|(?<=:)(?P<nouns>\s*[^.!?\n]{3,120}?,?\s+and\s+\S))"
)
_TO_VERB = lazy_compile(r"\bto (?:be )?[a-z]{3,}")
# Givens, a recap, the problem's own division ("cut into two parts"), a hedge.
_NOT_PARTS = lazy_compile(
    r"\b(?:know|knew|given|told|note|notice|recall|remember|we found|we got|we had|we did|"
    r"maybe|perhaps|if|whether|instead|another|were|was|had|defined|information|"
    r"consists?|composed|made up|contains?)\b"
)
# The problem's own division ("the rope is cut into two parts"), unless the writer divides it
# ("we can break this into two steps", "let's split it into two parts").
_DIVIDED = lazy_compile(r"\b(?:cut|divided|split|broken)\b")
_DIVIDING = lazy_compile(
    r"\b(?:(?:we|i) can|let[’']?s|let me|let us|i[’']ll|we[’']ll|i will|we will)\b"
)
_PARTS_REACH = 400


def _named_parts(low: str) -> list[tuple[int, int]]:
    """Rule 7: a count of parts ("two parts", "three things", "two-step plan") taken in turn.

    After the count, either a colon and two items that say what to do or to show, or a label
    of the first part and then one of the second ("the first is ... the second", "stage one
    ... stage two") within 400 characters. Not when its sentence tells givens, a recap, the
    problem's own division ("cut / divided into two parts") or a hedge.
    """
    events: list[tuple[int, int]] = []
    for m, start, end in _anchored(low, _PART_WORDS, _PARTS, events):
        if _NOT_PARTS.search(low, start, m.start()) or _WORK.search(low, start, m.start()):
            continue
        if _DIVIDED.search(low, start, m.start()) and not _DIVIDING.search(low, start, m.start()):
            continue
        colon = _COLON_ITEMS.match(low, m.end(), min(len(low), m.end() + 400))
        if colon is not None and (
            _NOT_PARTS.search(colon.group("mid"))
            or (
                colon.group("acts") is None
                and not _TO_VERB.search(colon.group("mid"))
                and not _INTENT.search(low, start, m.start())
            )
        ):
            colon = None
        if colon is not None:
            events.append((start, max(end, colon.end())))
            continue
        first = _FIRST_LABEL.search(low, m.end(), m.end() + _PARTS_REACH)
        second = None
        if first is not None:
            second = _SECOND_LABEL.search(low, first.end(), m.end() + _PARTS_REACH)
        if second is None:
            colon_at = low.find(":", m.end(), end)
            first = _FIRST_NEXT.match(low, end if colon_at < 0 else colon_at)
            if first is not None:
                second = _SECOND_NEXT.search(low, first.end(), m.end() + _PARTS_REACH)
        if first is None or second is None:
            continue
        # Parts of the work, not of the story ("the race has two stages. in the first stage,
        # tom runs 3 km"): an intention before the count, or an operation after a label.
        if not (
            _INTENT.search(low, start, m.start())
            or _DIVIDING.search(low, start, m.start())
            or _LABEL_WORK.match(low, first.end())
            or _LABEL_WORK.match(low, second.end())
        ):
            continue
        events.append((start, second.end()))
    return events


# Rule 8: a plan heading opening a line ("**Approach.**", "Milestones for this proof:",
# "strategy:") and a verb (an optional "first / then / next" before it) right after it.
# Not "goal:" (in Countdown, the target restated: "Goal: make 24 from 3, 4 and 6").
_HEADING_WORDS = (
    "approach",
    "strategy",
    "milestones",
    "outline",
    "roadmap",
    "plan",
    "steps",
    "subgoals",
    "sub-goals",
    "stages",
    "sub-steps",
    "substeps",
    "sub-tasks",
    "subtasks",
)
# A line opening with a heading word: markup, a determiner, then the word (after a "\n": a
# literal the search skips to; the text's first line is matched on its own).
_HEADING_REST = (
    r"[ \t]*(?:#{1,4}[ \t]*|\*\*)?(?:(?:the|my|our) )?(?=(?:approach|strategy|milestones|outline|"
    r"roadmap|plan|steps|sub-?goals|stages|sub-?steps|sub-?tasks)\b)"
)
_HEADING_LINE = lazy_compile(r"\n" + _HEADING_REST)
_HEADING_FIRST = lazy_compile(_HEADING_REST)
# (fifth wave) a heading after a sentence on the same line, then ":" ("Task: reach 60 with 6, 3,
# 2 and 10. Sub-steps: get 60 out of 10 and 6, ..."); not "... The plan is to ..." (no colon).
_HEADING_MID = lazy_compile(r"[.!?][ \t]+" + _HEADING_REST)
_HEADING_AT = lazy_compile(
    r"(?:approach|strategy|milestones|outline|roadmap|plan|steps|sub-?goals|stages|sub-?steps|sub-?tasks)"
    r"(?: for (?:this|the) (?:problem|proof|question|sum|equation|task))?"
    r"(?:\*\*)?[ \t]*[.:](?:\*\*)?[ \t]*\n?[ \t]*(?:[-*\u2022][ \t]+)?"
    r"(?:(?:first(?:ly)?|then|next),?\s+)?(?:" + _VERBS + r")\b"
)


# (fourteenth session) One method under a plan label, with no second step ("**Approach:** use
# adding work rates.", "**Plan:** solve using percentages.", "Approach: combine the numbers
# left to right."): a method named, as "the plan is to use the quadratic formula." is.
_ONE_METHOD_LABEL = lazy_compile(
    r"[ \t]*(?:#{1,4}[ \t]*|\*\*)?(?:(?:the|my|our) )?(?:plan|approach|strategy|method|idea)"
    r"(?:\*\*)?[ \t]*[:.](?:\*\*)?[ \t]*(?:to )?(?:use|apply|try|solve|combine|work|go|do)\b"
    r"(?P<rest>[^.!?\n;]{0,80})(?:[.!?]|\n|\Z)"
)
_SECOND_STEP = lazy_compile(r"\b(?:then|next|first|after|afterwards|followed|before|and)\b|,")


def one_method_label(low: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens a plan label naming one method and no second step."""
    line = low.rfind("\n", 0, start) + 1
    if start - line > 16:
        return False
    label = _ONE_METHOD_LABEL.match(low, line)
    return label is not None and _SECOND_STEP.search(label.group("rest")) is None


def _plan_headings(low: str) -> list[tuple[int, int]]:
    """Rule 8: a plan heading at the start of a line, a verb right after it."""
    events: list[tuple[int, int]] = []
    at = 0
    first = _HEADING_FIRST.match(low)
    lines = _HEADING_LINE.finditer(low)
    found_at = list(
        itertools.islice(lines if first is None else itertools.chain((first,), lines), _MAX_GOALS)
    )
    mid = list(itertools.islice(_HEADING_MID.finditer(low), _MAX_GOALS))
    for tried, found in enumerate(sorted(found_at + mid, key=lambda f: f.start())):
        if tried >= _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        if found.start() < at:
            continue
        m = _HEADING_AT.match(low, found.end())
        if m is None:
            continue
        if low[found.start()] in ".!?" and ":" not in m.group():
            continue  # after a sentence, only a heading with a colon
        line = found.start() + (low[found.start()] in "\n.!?")
        if one_method_label(low, line):
            continue  # "**Approach:** use adding work rates.": one method named
        bounds = _sentence_around(low, m.end() - 1)
        at = max(bounds[1] if bounds is not None else 0, m.end())
        events.append((line, at))
    return events


# Fifth wave. Rule 9: an auxiliary question named and taken up ("before solving, I'd like to
# settle a smaller question: ...", "intermediate aim: an 8 from 64 and 8", "easier with
# intermediate unknowns: let E_0 be ..."): a closed class of adjectives and of goal nouns, with
# a verb that takes it up before it or a colon right after it.
_AUXILIARY = lazy_compile(
    r"(?:smaller|simpler|easier|auxiliary|intermediate|preliminary|helper)\s+"
    r"(?:sub-?)?(?:question|problem|claim|lemma|goal|aim|target|unknown|milestone|version)s?\b"
    r"(?P<colon>\s*(?:first\s*)?:)?"
)
_AUXILIARY_WORDS = (
    "smaller ",
    "simpler ",
    "easier ",
    "auxiliary ",
    "intermediate ",
    "preliminary ",
    "helper ",
)
_TAKE_UP = lazy_compile(
    r"\b(?:settle|answer|solve|prove|pose|ask|introduce|set up|tackle|handle|establish|"
    r"consider|define|look at|start with|begin with|use|go through)\b"
    r"(?:\s+(?:with|via|through))?\s+(?:a|an|the|some|two|three)\s+$"
)
# Hedged, past, a rule of the game or a description ("intermediate results are allowed", "this
# is a simpler problem than ...").
_NOT_AUXILIARY = lazy_compile(
    r"\b(?:maybe|perhaps|alternatively|instead|another|try|trying|wait|if|whether|was|were|"
    r"had|allowed|permitted|than|no|not)\b"
)


def _auxiliary_questions(low: str) -> list[tuple[int, int]]:
    """Rule 9: "a smaller question", "an intermediate aim" taken up ("settle ...", ":")."""
    events: list[tuple[int, int]] = []
    for m, start, end in _anchored(low, _AUXILIARY_WORDS, _AUXILIARY, events):
        position = m.start()
        head = low[max(start, position - 60) : position]
        if m.group("colon") is None and _TAKE_UP.search(head) is None:
            continue
        if _NOT_AUXILIARY.search(low, start, m.end()) or _PAST.search(low, start, m.end()):
            continue
        if _WORK.search(low, start, position):
            continue  # said after the sentence's work: not a plan
        events.append((start, end))
    return events


# Rule 6, second form: the numbers split into pairs or groups, said as an intention ("I'll
# split the four numbers into two pairs and turn each pair into something useful").
_SPLIT_INTO = lazy_compile(
    r"\b(?:split|divide|break|sort|separate|group|arrange|put)\s+(?:up\s+)?"
    r"(?:(?:the|these|those|my|our|all)\s+)?(?:(?:two|three|four|five|six)\s+)?"
    r"(?:numbers|them|cards|values)\s+(?:up\s+)?into\s+(?:two|three|2|3)\s+"
    r"(?:pairs|groups|halves)\b"
)


def _number_splits(low: str) -> list[tuple[int, int]]:
    """Rule 6, second form: "split / group the numbers into two pairs", an intention before."""
    events: list[tuple[int, int]] = []
    for tried, m in enumerate(_SPLIT_INTO.finditer(low)):
        if tried >= _MAX_GOALS or len(events) >= _MAX_EVENTS:
            break
        bounds = _sentence_around(low, m.start())
        if bounds is None:
            continue
        start, end = bounds
        if events and start < events[-1][1]:
            continue
        head = low[start : m.start()]
        if not (_INTENT.search(head) or not head.strip(" \t\n") or head.strip() == "first,"):
            continue
        if _GROUP_SWITCH.search(low, start, end) or _PAST.search(low, start, end):
            continue
        events.append((start, end))
    return events


# Rule 10: list items labelled in order ("- first: 50 * 3 = 150\n- then combine what's left:
# ...", "- first piece: ...\n- second piece: ..."): the parts named before each is worked.
_ORDINAL_ITEM = lazy_compile(
    r"[ \t]*(?:[-*\u2022]|1[.)])[ \t]+(?:\*\*)?first(?:ly)?"
    r"(?: (?:piece|part|step|stage|thing|task|goal|half))?(?:\*\*)?[ \t]*:[^\n]{1,200}\n"
    r"[ \t]*(?:[-*\u2022]|2[.)])[ \t]+(?:\*\*)?(?:second(?:ly)?|then|next)\b"
)


def _ordinal_items(low: str) -> list[tuple[int, int]]:
    """Rule 10: a list item labelled "first:" and the next one "second / then / next"."""
    events: list[tuple[int, int]] = []
    for position in _occurrences(low, ("first",), _MAX_GOALS):
        line = low.rfind("\n", 0, position) + 1
        if events and line < events[-1][1]:
            continue
        m = _ORDINAL_ITEM.match(low, line, min(len(low), line + 400))
        if m is None or position - line > 12:
            continue
        events.append((line, m.end()))
    return events


# Rule 1 in a text without "=" nor a heading: two or more items led by a verb that names a
# goal ("- find where the lines meet\n- find where each meets the x-axis").
_GOAL_ITEM = lazy_compile(
    r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+(?:\*\*)?" + _ORDINAL + r"(?:find|compute|calculate|"
    r"determine|solve|show|prove|evaluate|work out|figure out|identify|express|establish)\b"
)


def _bare_lists(low: str) -> list[tuple[int, int]]:
    """Rule 1 without a heading: a run whose first two items name goals (find, compute ...)."""
    events: list[tuple[int, int]] = []
    for run in _plan_lists(low, len(low), 0)[:_MAX_GOALS]:
        first = _GOAL_ITEM.match(low, run[0])
        second_at = low.find("\n", run[0]) + 1
        if first is not None and second_at and _GOAL_ITEM.match(low, second_at):
            events.append(run)
    return events


# Fourteenth session (from the twenty-sixth round's misses: small models' terse plans).
# Rule 11: a plan label opening a sentence ("Plan:", "Steps:", "Parts:", "Split:", "Set up:",
# "To do list:", "Need:") and two or more worded items on its line ("Need: rate, then time.",
# "Steps: 1) discount price 2) tax on it."), none arithmetic, an equation or a result, and work
# (a digit) after them. Not "Need: 24 from 3 and 5" (one item), "Steps: 12*2, 24+3" (work), "Plan:
# the answer is 6" (a result).
_LABEL_WORDS = (
    "plan",
    "steps",
    "parts",
    "split",
    "approach",
    "set up",
    "setup",
    "to do",
    "to-do",
    "todo",
    "need",
    "outline",
    "strategy",
    "roadmap",
    # (fifteenth session)
    "structure",
    "procedure",
    "the way",
    "moves",
    "phases",
    "stages",
)
# (not "method": "**Method:** basic arithmetic, each number used exactly once" names a method
# and the rules, the twenty-eighth round's controls)
# (fifteenth session, from the twenty-ninth round's misses: small RL-trained models) a
# structure, a procedure, "the way i'll do it", "approach in two moves", "doing this in a
# couple of phases"; a count of parts as the label ("two steps, gallons then dollars."); the
# label after a tag ("<think> outline: ...") or after "so" ("... so plan: missing side first").
_COUNT = r"(?:two|three|four|2|3|4|a couple of|a few)"
_PIECES = r"(?:moves|steps|stages|phases|parts)"
_LABEL_NAMES = (
    r"(?:plan|steps|parts|split|approach|set ?up|to[- ]?do(?: list)?|need|outline|strategy|"
    r"roadmap|structure|procedure|game plan|the way (?:i[’']ll|i will|we[’']ll|we will|to) do "
    r"(?:it|this)|(?:plan|approach|strategy) in " + _COUNT + " " + _PIECES + r"|(?:doing|do|"
    r"solving|solve|tackling|tackle) (?:it|this) in " + _COUNT + " " + _PIECES + r")"
)
_COUNT_LABEL = r"(?:two|three|four|2|3|4) " + _PIECES + r"(?: here)?"
_OPENS = r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=>))[ \t]*"
_LABEL = lazy_compile(
    r"(?:"
    + _OPENS
    + r"(?:#{1,4}[ \t]*|\*\*)?(?:(?:so|ok|okay|now),?[ \t]+)?(?:(?:the|my|our) )?"
    + _LABEL_NAMES
    + r"(?:\*\*)?[ \t]*:|(?<=\bso )"
    + _LABEL_NAMES
    + r"[ \t]*:|"
    + _OPENS
    + _COUNT_LABEL
    + r"[ \t]*[:,])[ \t]*"
)
_ITEMS_END = lazy_compile(r"[.!?](?=\s|$)|\n")
_ITEM_SPLIT = lazy_compile(
    r"\s*(?:[,;]|\band then\b|\bthen\b|\bafter that\b|\(\d\)|(?<!\S)\d[.)](?=\s))\s*"
)
_ARITHMETIC = lazy_compile(r"\d\s*[-+*/x\u00d7\u00f7^]\s*\d|(?<![<>!=])=(?!=)")
_STATES = lazy_compile(
    r"\b(?:is|are|was|were|gives?|equals?|got|gets? \d+|makes? \d+|comes? to|leaving|leaves|"
    r"which|that[’']s|to get|for \d+|giving|yields?|used|allowed)\b|:\s*\d|\u2192|->"
)
_WORDED = lazy_compile(r"[a-z]{3,}")
_MAX_LABEL_ITEMS = 240


def _told(region: str) -> bool:
    """Whether a region does its work or states a result (arithmetic, "=", "is", a recap)."""
    return bool(_ARITHMETIC.search(region) or _STATES.search(region) or _PAST.search(region))


def _told_before_work(
    low: str,
    matches: Iterator[re.Match[str]],
    cap: int,
    accept: Callable[[re.Match[str], int], bool],
) -> list[tuple[int, int]]:
    """Rules 11 and 12's walk: each match's sentence, where ``accept`` takes it.

    ``accept`` gets the match and the sentence's end; a digit must follow within 400
    characters (work after it). At most ``cap`` matches looked at, 40 events.
    """
    events: list[tuple[int, int]] = []
    for tried, m in enumerate(matches):
        if tried >= cap or len(events) >= _MAX_EVENTS:
            break
        if events and m.start() < events[-1][1]:
            continue
        close = _ITEMS_END.search(low, m.end(), m.end() + _MAX_LABEL_ITEMS)
        if close is None or not accept(m, close.start()):
            continue
        if not any(ch.isdigit() for ch in low[close.end() : close.end() + 400]):
            continue  # no work after it: a list told, not a plan
        events.append((m.start(), close.end()))
    return events


def _terse_items(low: str, start: int, end: int) -> int:
    """The worded items between ``start`` and ``end`` (0 where the region works or states)."""
    region = low[start:end]
    if _told(region):
        return 0
    items = [part.strip() for part in _ITEM_SPLIT.split(region) if part.strip()]
    if any(len(item) > 80 or item[0].isdigit() for item in items):
        return 0  # "Parts: 4 wheels, 2 seats": an inventory, not a plan
    return sum(_WORDED.search(item) is not None for item in items)


def _plan_labels(low: str) -> list[tuple[int, int]]:
    """Rule 11: "Plan: X, Y" / "Steps: 1) X 2) Y" (worded items, work after them)."""
    return _told_before_work(
        low,
        _LABEL.finditer(low),
        _MAX_GOALS,
        lambda m, end: _terse_items(low, m.end(), end) >= 2,
    )


# Rule 12: a chain of bare imperatives opening a sentence, before the work ("expand both sides,
# collect x, solve.", "Work out notebooks, pens, add, subtract from 20.", "get weekly pay, then
# times 4 weeks."): three or more parts (or two joined by "then"), two of them led by an
# operation, none arithmetic, an equation or a result. Not "first multiply 19 by 5 which is 95,
# then ..." (a result), "add 3, and the answer is 8" (a statement).
_CHAIN_VERBS = (
    _VERBS + "|collect|gather|group|move|bring|square|average|times|undo|write|double|"
    "triple|divide|plug|work out"
    # (fifteenth session)
    "|scale|price|arrange|choose|pick|glue|treat|merge|fold|patch|remove|total|tally|keep|"
    "hold|produce|absorb|attach"
)
_CHAIN_OPEN = lazy_compile(
    r"(?:^|(?<=\n)|(?<=[.!?:][ \t])|(?<=>))[ \t]*(?:[-*][ \t]+)?(?:first,?\s+)?(?:"
    + _CHAIN_VERBS
    + r")\b"
)
_CHAIN_PART = lazy_compile(r"\s*(?:first,?\s+)?(?:" + _CHAIN_VERBS + r")\b")
# two parts joined by "then" (not "authentic") or "after that" (fifteenth session)
_THEN = lazy_compile(r"\b(?:then|after that|afterwards)\b")
_CHAIN_SPLIT = lazy_compile(
    r"\s*,?\s*(?:and\s+)?(?:after\s+that|afterwards),?\s*"
    r"|\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+"
)


def _imperative_chains(low: str) -> list[tuple[int, int]]:
    """Rule 12: "expand both sides, collect x, solve." before the work."""
    return _told_before_work(
        low,
        _CHAIN_OPEN.finditer(low),
        _MAX_WORDS,
        lambda m, end: _a_chain(low[m.start() : end]),
    )


def _a_chain(region: str) -> bool:
    """Whether a region is a chain: three or more bare parts (two joined by "then").

    Two parts are led by an operation; no work, result, hedge or recap.
    """
    if _told(region) or _NOT_PLAN.search(region):
        return False  # the work told, or hedged / switching: "maybe add them, then ..."
    parts = [part for part in _CHAIN_SPLIT.split(region.strip()) if part.strip()]
    if len(parts) < 2 or any(len(part) > 60 for part in parts):
        return False
    if len(parts) == 2 and _THEN.search(region) is None:
        return False
    return sum(_CHAIN_PART.match(part) is not None for part in parts) >= 2


# Rule 13 (fifteenth session, from the twenty-ninth round's misses): an order of named parts
# opening a sentence, before the work: "midpoint first then the distance formula.", "radius
# first then base area then volume", "first the width, then the area". Not a result or the
# work told, a hedge, nor a past tense ("we found x first, then y").
# a part named: "the radius", "base area", "the 24" (a number only after "the": not "ran 5 km")
_PART_NAME = r"(?:the[ \t]+[0-9]+|(?:the[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,3})"
_FIRST_THEN = lazy_compile(
    r"(?:^|(?<=\n)|(?<=[.!?:][ \t])|(?<=>)|(?<=\bso[ \t]))[ \t]*(?:[-*][ \t]+)?"
    r"(?:first,?[ \t]+" + _PART_NAME + r"|" + _PART_NAME + r"[ \t]+first)"
    r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:then|after[ \t]+that|next)[ \t]+[a-z]"
)
_PAST_WORD = lazy_compile(r"\b[a-z]+ed\b|\b(?:was|were|had|did|got|went|made|found|took)\b")


def _first_then(low: str, first_eq: int) -> list[tuple[int, int]]:
    """Rule 13: "X first, then Y" / "first X, then Y" before the work (see above).

    ``first_eq``: where the text's first "=" is (-1: none).
    """
    return _told_before_work(
        low,
        _FIRST_THEN.finditer(low),
        _MAX_WORDS,
        lambda m, end: (
            not (
                0
                <= first_eq
                < m.start()  # the plan before any work (not "... happens first, then")
                or _told(low[m.start() : end])
                or _NOT_PLAN.search(low, m.start(), end)
                or _PAST_WORD.search(low, m.start(), m.end())
            )
        ),
    )


_ORDER_SCAN = 0
_GOAL_SCAN = 1
_NEED_SCAN = 2
_HEADING_SCAN = 3
_PARTS_SCAN = 4
_AUXILIARY_SCAN = 5
_SPLIT_SCAN = 6
_ORDINAL_SCAN = 7
_WANT_SCAN = 8
_LABEL_SCAN = 9
_CHAIN_SCAN = 10


@lru_cache(maxsize=4)
def _prefilter(goals: bool, needs: bool = False) -> PatternScan:
    """Supersets of where the rules can fire, for one hyperscan pass over the text.

    Rule 2's order words in a line after "first", "separately" or "own", "and then" after
    "let", "will" or "'ll", "then ... at the end"; rule 3's goal verb before a number (``goals``: in
    texts without LaTeX that hold a goal verb and an equation). Every
    sentence rule 2 accepts holds one of these ends, and :func:`_may_order` is the same
    superset in Python, so both paths count the same. ``needs`` (texts without LaTeX that
    hold an equation): rule 4's anchors before a number, or "come / built / made / formed from",
    only a gate (without hyperscan, rule 4 scans for its anchors itself). Rule 8's heading word
    opening a line and rule 7's count of parts: gates for every text (without hyperscan, the
    words are looked for with ``in``). Fifth wave, gates for every text: rule 9's adjective
    before a goal noun, rule 6's "into two pairs / groups", rule 10's list item opening with
    "first", and rule 5's "I / we want the".
    """
    gap = rb"[^!?\n]*"
    verbs = _VERBS.encode("ascii")
    order = (
        rb"\b(?:first|separately|own)\b"
        + gap
        + rb"then"
        + rb"|\bfirst\b"
        + gap
        + rb"(?:after that|afterwards|next)"
        + rb"|\b(?:separately|own)\b"
        + gap
        + rb"(?:after that|afterwards)|, then (?:the|its|their|his|her)\b"
        + rb"|(?:,|\band) then (?:"
        + verbs
        + rb")\b|\bseparately,? and (?:"
        + verbs
        + rb")\b|,\s*(?:"
        + verbs
        + rb")\b[^,.;\n]{1,80},?\s+and then\b|(?:then|\band (?:"
        + verbs
        + rb"))\b"
        + gap
        + rb"at the end|\bbefore [a-z]{2,}ing\b"
    )
    goal = (
        rb"(?:make|get|build|form|reach|produce|create|aim for|go for|aim at) "
        rb"(?:an? (?:[a-z]{3,14} ){0,2})?[0-9]"
    )
    need = (
        rb"(?:need|want)s?\s+(?:an?\s+)?[0-9]|need(?:ed)?\s+is\s+(?:an?\s+)?[0-9]"
        rb"|(?:give|produce|make|come\s+out\s+to|combine\s+to|combine\s+into|come\s+to|into)"
        rb"\s+(?:an?\s+)?[0-9]|(?:come|built|made|formed)\s+(?:from|out\s+of)"
    )
    heading = (
        rb"(?:^|\n)[ \t]*(?:#{1,4}[ \t]*|\*\*)?(?:(?:the|my|our) )?(?:approach|strategy|"
        rb"milestones|outline|roadmap|plan|steps|sub-?goals|stages|sub-?steps|sub-?tasks)\b"
        # (fifth wave) a heading after a sentence, on the same line ("... Sub-steps: get ...")
        rb"|[.!?][ \t]+(?:(?:the|my|our) )?(?:approach|strategy|milestones|outline|roadmap|plan|"
        rb"steps|sub-?goals|stages|sub-?steps|sub-?tasks)[ \t]*:"
    )
    parts = (
        rb"\b(?:two|three|four)(?:[- ](?:step|stage|part))?\s+(?:(?:main|separate|key|distinct|"
        rb"smaller|simpler|real)\s+)?(?:parts?|pieces?|stages?|phases?|steps?|things?|"
        rb"questions?|tasks?|sub-?problems?|sub-?goals?|goals?|milestones?|plan)\b"
        rb"|\b(?:in|the) (?:pieces|parts|stages)\s*:"
    )
    # (fifth wave) gates of rules 9, 6 (second form) and 10
    auxiliary = (
        rb"\b(?:smaller|simpler|easier|auxiliary|intermediate|preliminary|helper)\s+(?:sub-?)?"
        rb"(?:question|problem|claim|lemma|goal|aim|target|unknown|milestone|version)"
    )
    split = rb"\binto\s+(?:two|three|2|3)\s+(?:pairs|groups|halves)\b"
    ordinal = rb"(?:^|\n)[ \t]*\S{1,3}[ \t]+(?:\*\*)?first"
    return PatternScan(
        (
            order,
            goal if goals else None,
            need if needs else None,
            heading,
            parts,
            auxiliary,
            split,
            ordinal,
            rb"\b(?:i|we)(?: want|'d like| would like)\s+"
            rb"(?:the|both|her|his|its|their)\b",
            # (fourteenth session) gates of rules 11 and 12
            # (a superset of rule 11's label: any opening, the fifteenth session's names)
            rb"(?:"
            + _LABEL_NAMES.encode("utf-8")
            + rb")(?:\*\*)?[ \t]*:|"
            + _COUNT_LABEL.encode("ascii")
            + rb"[ \t]*[:,]",
            rb"(?:^|\n|[.!?:][ \t]|>)[ \t]*(?:[-*][ \t]+)?(?:first,?\s+)?(?:"
            + _CHAIN_VERBS.encode("ascii")
            # (a superset of rule 12's first part: up to its comma or "then", no line break and
            # no "=", a "." or "?" inside it allowed, as in "convert 2.5 hours, then ...")
            + rb")\b[^\n=]{0,60}(?:,|\bthen\b|\bafter that\b|\bafterwards\b)",
        )
    )


def _as_target(target: object) -> int | None:
    if isinstance(target, bool):
        return None
    if isinstance(target, int):
        return target
    if isinstance(target, str) and target.strip().isdigit() and len(target.strip()) <= 6:
        return int(target.strip())
    return None


def plan_events(
    low: str, *, target: object = None, goal_spans: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    r"""Spans of subgoal setting read from the plan's shape in the lowercased, normalised text.

    Args:
        low: the normalised, lowercased text.
        target: the Countdown target, when known (rule 3 never takes it as a subgoal).
        goal_spans: the text's backward-chaining spans, if known: a number needed right after
            one (rule 4) is that reasoning's step, not a subgoal of its own.

    Returns:
        Non-overlapping ``(start, end)`` spans, at most 40, in text order; never raises.

    Examples:
        >>> plan_events("- find the slope\n- use it to write the line\nslope = 2")
        [(0, 43)]
        >>> len(plan_events("let's handle x >= 0 on its own, then x < 0."))
        1
        >>> plan_events("first we found x, then we found y.")
        []
    """
    spans: list[tuple[int, int]] = []
    first_eq = low.find("=")
    if first_eq > 0:
        if "#" in low or "**" in low:
            # (fourteenth session) "### Approach\n1. time out\n2. time back" before the work
            spans += _headed_lists(low, first_eq)
        if _FIRST_ITEM.match(low):
            spans += _plan_lists(low, first_eq)
        else:
            item = _LIST_START.search(low, 0, first_eq)
            if item is not None:
                spans += _plan_lists(low, first_eq, item.start() + 1)
    elif first_eq < 0 and "\n" in low:
        spans += _headed_lists(low)
        spans += _bare_lists(low)
    plain = "\\" not in low and "$" not in low  # Countdown work is plain arithmetic
    goals = plain and first_eq >= 0 and any(word in low for word in _GOAL_WORDS)
    needs = plain and first_eq >= 0
    # Rules 5-6 find their anchor words themselves (a text without them costs those scans).
    if plain and any(word in low for word in _GROUP_WORDS):
        spans += _number_groups(low)
    ends = _prefilter(goals, needs).ends(low)  # one hyperscan pass gates rules 2-4 and 6-10
    if ends is None:  # the standard library: the same rules where their words occur
        orders = any(
            word in low
            for word in ("then", "first", "separately", "before", "at the end", "afterwards")
        )
        headings = any(word in low for word in _HEADING_WORDS)
        parts = any(word in low for word in _PART_WORDS)
        auxiliary = any(word in low for word in _AUXILIARY_WORDS)
        splits = "into " in low and ("pairs" in low or "groups" in low or "halves" in low)
        ordinals = "\n" in low and "first" in low
        wanted = "want" in low or "like" in low
        labels = (":" in low or "," in low) and any(word in low for word in _LABEL_WORDS)
        chains = "," in low or "then" in low or "after" in low
    else:
        orders = _ORDER_SCAN in ends
        goals = goals and _GOAL_SCAN in ends
        needs = needs and _NEED_SCAN in ends
        headings = _HEADING_SCAN in ends
        parts = _PARTS_SCAN in ends
        auxiliary = _AUXILIARY_SCAN in ends
        splits = _SPLIT_SCAN in ends
        ordinals = _ORDINAL_SCAN in ends
        wanted = _WANT_SCAN in ends
        labels = _LABEL_SCAN in ends
        chains = _CHAIN_SCAN in ends
    spans += _needed_quantities(low, wanted=wanted)
    if labels:
        spans += _plan_labels(low)
    if chains:
        spans += _imperative_chains(low)
    if ordinals:
        spans += _ordinal_items(low)
    if auxiliary:
        spans += _auxiliary_questions(low)
    if splits:
        spans += _number_splits(low)
    if headings:
        spans += _plan_headings(low)
    if parts:
        spans += _named_parts(low)
    if orders:
        spans += _ordered_intentions(low, None if ends is None else ends[_ORDER_SCAN])
        spans += _first_then(low, first_eq)
    if goals:
        spans += _goal_numbers(low, _as_target(target))
    if needs:
        spans += _needed_numbers(low, _as_target(target), tuple(goal_spans))
    return _kept(spans)


def _kept(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, each overlapping an earlier one left out, at most 40."""
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept[:_MAX_EVENTS]
