"""Backtracking read from the shape of a method switch (structural, counting only).

One rule reads how a text drops a method for another, not the words of one round's sentences:
within a short span,

(a) a method or attempt is introduced or begun ("I'll set up ...", "let u = ...", "using ...",
    "approach 1", "I started counting ...", a sentence opening on a gerund, a method noun:
    "route / approach / formula / substitution / variables ...", or the verdict's subject
    pointing back at one: "but that seems inefficient"),
(b) a negative verdict on it follows, from a closed class ("too many / too slow / messy / a mess
    / hopeless / overkill / a dead end / dead / not the way / doesn't work / wrong / can't find /
    not what we need / ... no"), and
(c) within the next 250 characters a different method is introduced ("instead", "rather than",
    "alternatively", "redo / redoing", "approach 2 / option 2", "a cleaner / easier / better
    route / way", "X is much cleaner", "the other way", "other route", "drop it / throw that
    out").

``"Approach 1, brute force over all 4-digit numbers, is hopeless by hand. Approach 2: count by
the last digit"`` and ``"Let u = x + 1 ... no. Let u = x^2 + 2x instead"`` are events; a verdict
with no switch after it ("that is too slow, but it works"), a switch with no verdict before it
("we use the complement instead of listing") and a verdict on the problem's data ("the
statement is wrong") with no method before it are not.

:func:`method_switches` returns one span (verdict start, switch end) per event; an event that
overlaps a span already counted (a backtracking phrase, a Countdown attempt switch) is not
returned. Bounded: 200 verdicts looked at, windows of 300 and 250 characters, 40 events;
linear in the text. Counting only: the :func:`~rewardkit.reflect.cognitive.cognitive_behaviors`
reward does not count these events (the rule infers from words alone, with no computation of the
text's own to anchor it).

Third wave: the slots above are wider ("stuck", "says nothing", "won't simplify", "back to X",
"fine, I'll just ..."), and :func:`retried_goals` reads Countdown-shaped retries from the text
alone: two binary integer operations, the second reaching the same value from other operands
("35 = 40 - 5 would need a 40 ... 35 = 7 * 5") or combining the same operands with another
operator ("50 + 9 = 59, too much. 50 - 9 = 41"), a closed-class verdict between them. Not read in
texts with LaTeX mathematics or calculator annotations; bounded (200 operations, 6 compared with
each, windows of 300 characters, 40 events); counting only, as the method switches.

Fourth wave: a verdict on a result ("impossible", "can't be right", "makes no sense", "nowhere
near", "way more than", "it's off") whose attempt may be the result itself, not when a case is
closed before the switch, and switches that look at the problem anew ("let me think
differently", "another way"); a method dropped in so many words ("scrap that", "abandoning that",
"forget division", "leave that product alone") as its own switch; an attempt superseded by a
better method after a contrast ("my first idea was ..., but a quicker way is ..."); Countdown
operations spelled out ("23 plus 31 is 54 ... 31 minus 23"), compared under another operator
only; "I don't have 13" before another operator. Bounded as above (200 superseded openings
looked at, 10 events of theirs); counting only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from rewardkit._lazy import lazy_compile
from rewardkit.reflect.scan import PatternScan, ascii_regex

__all__ = ["method_switches", "retried_goals"]

_MAX_EVENTS = 40
_MAX_VERDICTS = 200
_VERDICT_LEAD = 24  # characters a verdict may start before its literal
_VERDICT_TAIL = 48  # characters it may run past it
_VERDICT_AHEAD = 10  # characters a verdict's lookahead reads past its end (" for now")
_SWITCH_LONGEST = 40  # characters a switch marker may run past the window
_VERDICT_WINDOW = 250  # characters between the verdict's start and the switch
_ATTEMPT_WINDOW = 300  # characters before the verdict where the method is introduced

# (b), fourth wave: a verdict on a result rather than on a method ("that gives 1.3, which is
# impossible for a probability", "... 58, that can't be right", "gave 720, way more than ...",
# "adding everything gives 23, nowhere near", "so it's off"): the attempt before it may be the
# result itself (an "=", "gives", "got", "that leaves"; not a story's "the bakery makes").
_RESULT_VERDICT = (
    r"\bimpossible\b|\buseless\b|\babsurd\b|\b(?:doesn't|does not) make (?:any )?sense\b"
    r"|\bmakes no sense\b|\b(?:can't|cannot|couldn't) be (?:right|correct)\b"
    r"|\b(?:way|far) (?:(?:more|less|bigger|smaller|larger) than|too (?:big|small))\b"
    r"|\bnowhere near\b"
    r"|\bovershoots?\b|\b(?:it's|that's|it is|that is|so it's) off\b(?![- ](?:by|the|to)\b)"
    # fifth wave: a result too small or too big, a count or value that was off
    r"|\btoo (?:small|big|large|low|high)\b|\b(?:was|were) off\b(?![- ](?:by|the|to)\b)"
    r"|\b(?:can't|cannot|couldn't|cant) (?:get|reach|bring)\b"
)
_RESULT = lazy_compile(
    r"=|\b(?:gives?|gave|got|comes? to|came to)\b|\b(?:that|this|which|it) (?:leaves|makes)\b"
)

# (b) and (c) at once, fourth wave: the method dropped in so many words ("abandoning that",
# "throwing that out and using ...", "forget division", "let me leave that product alone",
# "scratch that"), its object a pronoun or a method noun; the attempt (a) before it is needed
# as for any verdict, the next method is what follows it.
_DROPPED_NOUN = (
    r"(?:approach|method|idea|route|attempt|plan|product|substitution|division|multiplication"
    r"|subtraction|addition|factoring|formula)"
)
_ABANDON = (
    r"(?<!can )(?<!may )(?<!n't )(?<!not )\b(?:drop|dropping|forget)"
    r" (?:(?:that|this)(?= *(?:[.,;:!]|and\b|then\b|for now\b))|(?:that |this |the |about )?"
    + _DROPPED_NOUN
    + r"s?\b(?= *(?:[.,;:!]|and\b|then\b|for now\b)))"
    r"|\b(?:scrap|scrapping|ditch|ditching|abandon|abandoning|scratch)"
    r" (?:(?:that|this|it)(?= *(?:[.,;:!]|and\b|then\b|for now\b))|(?:that |this |the )?"
    + _DROPPED_NOUN
    + r"s?\b(?= *(?:[.,;:!]|and\b|then\b|for now\b)))"
    r"|\bthrow(?:ing)? (?:it|that|this) (?:out|away)\b"
    r"|\b(?:leave|leaving) (?:that|this|it)(?: [a-z]+)? alone\b"
    r"|\bgive up on (?:that|this|it)\b"
    # fifth wave: any object of "forget / scrap / ditch" ("forget the numerics."), a stop
    r"|(?<!n't )(?<!not )\b(?:forget|scrap|ditch|abandon)(?:ping|ting|ing)? (?:about )?the"
    r" [a-z]{3,}(?= *(?:[.,;:!]|and\b|then\b|for now\b))"
    r"|(?<!n't )(?<!not )\bstop (?:trying to|using|doing)\b"
)
_ABANDONED = lazy_compile(_ABANDON)
_RESULT_VERDICTS = lazy_compile(_RESULT_VERDICT)

# (c) A different method introduced.
_METHOD_NOUN = r"(?:route|way|approach|method|idea|option|path|tack|plan)"
_SWITCH = lazy_compile(
    r"\binstead\b|\brather than\b(?! *-?\d)|\balternatively\b|\ban alternative\b"
    r"|\bre-?do(?:ing)?\b|\bstart(?:ing)? over\b"
    r"|\b(?:approach|option|method|attempt|idea|plan) (?:2|two|b)\b"
    r"|\bsecond (?:approach|method|option|idea|route)\b"
    r"|\b(?:a |the )?(?:much |far )?(?:cleaner|better|easier|simpler|quicker|faster|nicer"
    r"|smarter) " + _METHOD_NOUN + r"\b"
    r"|\b(?:is|are|looks|seems) (?:much |far |a lot |way )?(?:cleaner|easier|simpler|quicker"
    r"|faster|nicer)\b"
    r"|\b(?:easier|simpler|cleaner|better) (?:the )?other way\b"
    r"|\b(?:other|another|different) (?:route|approach|method|tack)\b"
    r"|\b(?:another|a different) way\b"
    r"|\b(?:think|look at (?:it|this))(?: about it)? differently\b"
    r"|\blet me think of (?:it|this) as\b"
    r"|\b(?:drop|scrap|ditch|abandon)(?:ping|ing)? (?:it|that|this)\b"
    r"|\bthrow(?:ing)? (?:it|that|this) (?:out|away)\b"
    # third wave: a return to another named method, a resigned fallback ("fine, I'll just
    # compute ...", "ok trig sub then")
    r"|\bback to [a-z]{4,}"
    r"|\b(?:ok|okay|fine|alright),? (?:(?:i'll|we'll|let's|let me) just\b|(?:[a-z-]+ ){1,3}then\b)"
    # fourth wave: a step back before the next method ("back up: the events overlap, ...")
    r"|\bback up\b(?=\s*[:;,.])"
)
_SWITCH5 = lazy_compile(
    # fifth wave: another candidate or split proposed ("what if I multiply", "different
    # split:"), the other way round, a short fallback ending in "then:" ("mod 4 then:"), a
    # restart ("starting again", "recount", "undo it"), a return to a named method ("back to
    # the law of cosines"), another method taken up ("go with", "use X:", "the right equation")
    # (one group of alternatives after one word boundary: the regex engine tries them as one;
    # searched only where the prefilter reports one may end)
    r"[.!?;]\s+(?:(?:[a-z0-9-]+ ){1,4}then\s*:|(?:so |then |now )?(?:use|try|switch to)\b)"
    r"|\b(?:what (?:if|about)|how about|(?:another |(?:a )?different )(?:split|grouping|pairing"
    r"|combination|decomposition|substitution|guess|try)|other way (?:round|around)"
    r"|start(?:ing)? (?:again|afresh|from scratch)|re(?:count|compute|calculate|work)(?:ing)?"
    r"|undo(?:ing)? (?:it|that|this)|back to the [a-z]{3,}|go(?:ing)? with"
    r"|maybe (?:[a-z]+ ){1,2}(?:helps|works|would (?:help|work))"
    r"|(?<!not )(?<!not be )(?<!n't be )(?<!n't )the (?:right|correct) (?:equation|approach"
    r"|method|model|way|formula|setup|tool))\b"
)

# (b) A negative verdict on the method, a closed class. Cheap literals first: a text with none
# of them pays one scan each and nothing more.
_VERDICT_WORDS = (
    "too ",
    "mess",
    "hopeless",
    "overkill",
    "dead",
    "the way",
    "the right way",
    "the best way",
    "n't work",
    "not work",
    "n't help",
    "not help",
    "wrong",
    "find ",
    "not what",
    "nowhere",
    "n't love",
    "slow",
    "a lot of",
    "...",
    "hmm",
    "inefficient",
    "impractical",
    "helpful",
    "useful",
    "promising",
    "ugly",
    "hairy",
    "tedious",
    "cumbersome",
    "stuck",
    "nothing",
    "rather not",
    "simplify",
    "combine",
    "still",
    # fourth wave
    "mistake",
    "going to",
    "blew up",
    "useless",
    "impossible",
    "absurd",
    "sense",
    "right",
    "way ",
    "nowhere",
    "overshoot",
    " off",
    "drop",
    "scrap",
    "ditch",
    "abandon",
    "forget",
    "throw",
    "alone",
    "scratch",
    "give up",
    # fifth wave
    "small",
    "big",
    "large",
    "low",
    "high",
    "off",
    "stop",
    "get",
    "reach",
    "bring",
    "closing",
    "working",
    "converging",
    "helping",
    "ruins",
    "kills",
    "breaks",
    "no way",
    "no contradiction",
    "no luck",
    "no progress",
    " out",
    "no good",
    "a bust",
    "need",
    "worse",
    " no",
    "computational",
    "complicated",
    "doesnt",
    "dont",
    "wont",
    "didnt",
)
_VERDICT = lazy_compile(
    r"\btoo (?:many|messy|slow|long|tedious|complicated|hard|much work|cumbersome|ugly)\b"
    r"|\b(?:getting|gets|is|looks|becomes|get) (?:messy|ugly|hairy|tedious|cumbersome)\b"
    r"|\b(?:a|case) mess\b|\bhopeless\b|\boverkill\b|\bdead[- ]end\b"
    r"|\b(?:inefficient|impractical|unhelpful|not (?:very )?(?:helpful|useful|promising))\b"
    r"|\b" + _METHOD_NOUN + r"(?:'s| is) dead\b"
    r"|\b(?:isn't|is not|not) the (?:right |best )?way\b"
    r"|\b(?:doesn't|does not|won't|will not|didn't|did not) (?:work|help)\b"
    r"|\b(?:set (?:this|it|that) up|did (?:this|it|that)|am doing (?:this|it)) wrong\b"
    r"|\b(?:approach|method|setup|set-up|route|idea|formula|assumption) (?:is|was) wrong\b"
    r"|\bwrong (?:approach|method|setup|route|formula|idea)\b"
    r"|\b(?:can't|cannot|couldn't) find (?:one|it|a|an|any)\b"
    r"|\bnot what (?:we|i) (?:need|want)\b|\b(?:leads|going|gets us) nowhere\b"
    r"|\bdon't love\b|\b(?:but|is|that's|too|very|pretty) slow\b"
    r"|\ba lot of (?:cases|them|work|terms)\b"
    r"|(?:\.\.\.|\bhmm,?)\s*no\b"
    # third wave: stuck, a method that says nothing, will not simplify, still indeterminate
    r"|\bstuck\b|\b(?:says|tells(?: us| me)?|gives (?:us|me)) nothing\b|\bi'd rather not\b"
    r"|\b(?:doesn't|does not|don't|do not|won't|will not) (?:simplify|combine)\b"
    r"|\bstill (?:\\\(\s*|\$)?(?:\\frac\{0\}\{0\}|0/0|indeterminate)"
)
# Fourth wave: a method judged a mistake, a result judged impossible, useless or off, and the
# method dropped in so many words (its own switch, see _ABANDON); a pattern of its own, so that
# the first waves' verdicts are searched as before.
_VERDICT4 = lazy_compile(
    # fifth wave: a method that cannot get there, is not closing or working, ruined, giving
    # nothing, no contradiction or progress, not needed, the wrong tool or model, making it
    # worse, getting computational; words written without their apostrophe ("doesnt")
    r"\b(?:isn't|is not|aren't|are not|isnt) (?:closing|working|converging|helping)\b"
    r"|\b(?:ruins|kills|breaks) (?:that|this|it)\b|\bno way to\b"
    r"|\b(?:gives?|gave|yields?|says|tells) (?:us |me )?nothing\b(?=\s*(?:[.,;:!]|there\b|here\b))"
    r"|\b(?:won't|doesn't|does not|will not|didn't|wont|doesnt|didnt) (?:do it|do the trick"
    r"|cut it|get (?:us |me )?there)\b"
    r"|\b(?:doesnt|dont|wont|didnt) (?:work|help|simplify|combine)\b"
    r"|\bno (?:contradiction|luck|progress)\b"
    r"|\b(?:idea|approach|method|route|plan|guess|attempt) (?:is|was|'s) (?:out|no good|a bust)\b"
    r"|\b(?:don't|do not|didn't|dont) (?:actually |really |even )?need (?:the|this|that|it)\b"
    r"|\bwrong (?:tool|model|equation|interpretation|reading)\b"
    r"|\b(?:model|equation|setup|interpretation|reading) (?:is|was) wrong\b"
    r"|\bmakes? (?:it|that|this|things|the [a-z]+) worse\b"
    r"|\bactually,? no\b(?=\s*[.,;!])"
    r"|\b(?:getting|gets|is|looks|becomes) (?:too )?(?:computational|complicated|out of hand)\b"
    r"|\b(?:was|were|is) a mistake\b|\bblew up\b|\b(?:getting|led|went|goes|got us) nowhere\b"
    r"|\b(?:isn't|is not|not|aren't|are not) going to (?:work|help)\b|"
    + _RESULT_VERDICT
    + r"|"
    + _ABANDON
)

# Fourth wave: a case closed between the verdict and the switch (the next case, not another
# method: "a - b < -2 is impossible, so no solutions in this case. alternatively, if ..."), or
# a candidate rejected for another ("x = -2 is impossible for a length, so the other root, x =
# 3, instead": a check of the candidates, up to 40 characters past the switch).
_CASE = lazy_compile(
    r"\b(?:this|that|the|each|either|first|second|other) case\b"
    r"|\b(?:root|roots|solution|solutions|candidate|candidates)\b"
)

# ... or another value chosen right before the switch ("so we take x = 3 instead").
_CHOSEN_LEAD = 16
_CHOSEN = lazy_compile(r"(?<![\w\\])[a-z]\s*=\s*-?\d")
_CANDIDATE_REACH = 40  # characters after the switch where a candidate root may be named

# Fifth wave: a result judged too small or too big, then checked before the switch ("that might
# be too small ... let me double-check the calculations ... alternatively"): a suspicion checked.
_TOO = lazy_compile(r"too (?:small|big|large|low|high)\b")
_CHECKED = lazy_compile(r"\b(?:double-check|check|verify|confirm)")

# The verdict overruled: the method is kept ("this looks messy, but it should hold").
_KEPT = lazy_compile(r",\s*but\b|\banyway\b|\bproceed\b|\bstick with\b")

# (a) or the verdict's subject points back at one ("but that seems inefficient").
_ANAPHOR = lazy_compile(
    r"\b(?:that|this)(?:'s| is| seems| looks| might be| would be| gets| is getting)"
    r"(?: (?:like|a bit|rather|very|pretty|way|far|much|too))*\s*$"
    # fifth wave: a demonstrative and a noun before a verdict that is a verb ("that side
    # doesnt simplify")
    r"|\b(?:that|this) [a-z]{3,}\s*$"
    # ... or a subject and a copula before "the wrong tool" ("combinations were the")
    r"|\b(?:is|was|were|are) (?:the|a|an) $"
)

# (a) or a demonstrative between the verdict and the switch points back at one ("no. that
# substitution just moves the root around. ok trig sub then").
_POINTER = lazy_compile(
    r"\b(?:that|this|the) (?:substitution|approach|method|route|idea|formula|trick|attempt)\b"
    # fifth wave: a sentence whose subject is the method as a gerund ("actually, no. treating
    # the triangle as right-angled was an assumption ... back to the law of cosines")
    r"|(?:^|[.!?:]\s+)[a-z]{3,}ing\b(?= [a-z]+ [a-z]+ [^.!?]{0,80}\b(?:was|were|is)\b)"
)

# (a) A method or attempt introduced or begun, before the verdict (or as its subject).
_ATTEMPT = lazy_compile(
    r"\b(?:let me|let's|let us|i'll|i will|we'll|i'd|we'd|i could|we could|i started|i first"
    r"|i tried|we tried|i began|my first|first instinct|try|trying|tried|attempt|approach"
    r"|option|method|route|idea|using|use|set up|setting up|substitut\w*|expand\w*"
    r"|integrat\w*|count\w*|enumerat\w*|listing|list them|brute force|formula|law|theorem"
    r"|equations?|variables?|set (?:this|it|that) up|assume|assuming|suppose"
    r"|coordinates|induction|series|identity|rule|l'h\w+)\b|\blet (?:\\\(|\$)?[a-z] ="
    r"|(?:^|[.!?:]\s+)(?:(?:hmm|ok|okay|so|well|now),?\s+)?[a-z]{3,}ing\b"
)


# Fourth wave: some work after a method dropped in so many words (a word or a number).
_WORK = lazy_compile(r"[a-z0-9\\]{2,}")

# Fourth wave, superseded attempts: a past or abandoned attempt, a contrast, a better method.
_MAX_SUPERSEDED = 10
_PAST_WORDS = (
    "i tried",
    "we tried",
    "first tried",
    "initially tried",
    "going to",
    "first assumed",
    "my first",
    "my initial",
    "my original",
    # fifth wave
    "at first",
    "initially",
    "originally",
    "set it up",
    "set this up",
    "computed",
    "treated",
)
_BETTER_WORDS = (
    "cleaner",
    "better",
    "easier",
    "simpler",
    "quicker",
    "smarter",
    "more direct",
    # fifth wave: a restart, the right method, the old computation named and rejected
    "redo",
    "start",
    "right",
    "correct",
    "not ",
)
_PAST = lazy_compile(
    r"\b(?:i|we) (?:first |initially )?(?:tried|was going to|were going to|first assumed)\b"
    r"|\bmy (?:first|initial|original) (?:approach|attempt|idea|try|instinct|plan)\b"
    # fifth wave: an assumption or a setup told in the past ("at first i assumed ...", "i set
    # it up as if ...", "i computed the interest as ...")
    r"|\b(?:at first|initially|originally),? (?:i|we) (?:assumed|thought|took|treated|used|read"
    r"|computed|set)\b"
    r"|\b(?:i|we) (?:first |initially |originally )?(?:set (?:it|this|that) up|computed"
    r" (?:it|this|that|the [a-z]+)|treated (?:it|this|that|the [a-z]+)) as\b"
)
_WORKED = lazy_compile(r"\b(?:works?|worked|correct|confirms?|checks? out)\b")
_CONTRAST = lazy_compile(r"\b(?:but|however|though)\b")
_BETTER = lazy_compile(
    # fifth wave: a restart, the right method, the old computation named and rejected ("= $60,
    # not 24 / 0.6")
    r"\bre-?do(?:ing)? (?:it|this|that|the)\b|\bstart(?:ing)? (?:over|again)\b"
    r"|(?<!not )(?<!n't )\bthe (?:right|correct) (?:equation|approach|method|model|formula"
    r"|setup|reading)\b|, not \d[\d.]*\s*[-+*/×]\s*\d"
    r"|\b(?:much |far )?(?:cleaner|better|easier|simpler|quicker|smarter) " + _METHOD_NOUN + r"\b"
    r"|\b(?:is|are|looks|seems) (?:much |far |a lot |way )?(?:cleaner|easier|simpler|quicker"
    r"|more direct)\b"
)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _ends_within(ends: list[int] | tuple[()], start: int, limit: int) -> bool:
    """Whether a prefilter end (sorted offsets) lies in ``(start, limit]``."""
    at = bisect.bisect_right(ends, start)
    return at < len(ends) and ends[at] <= limit


@lru_cache(maxsize=1)
def _prefilter() -> PatternScan:
    """The hyperscan prefilter: one pass finds where verdicts and superseded attempts may end.

    Patterns: the first waves' verdicts, the fourth wave's, the superseded attempts' openings,
    the fifth wave's switches and its replacing sentences (:data:`_REPLACED`).
    """
    return PatternScan(
        tuple(ascii_regex(p.pattern) for p in (_VERDICT, _VERDICT4, _PAST, _SWITCH5, _REPLACED))
    )


def _verdicts(low: str, ends: dict[int, list[int]] | None) -> list[tuple[int, int]]:
    """The verdicts' spans (at most 200), in order and not overlapping.

    With hyperscan, read only before the ends its prefilter reports; without it, only around
    the places of the verdicts' literals. Both read every match of :data:`_VERDICT` and of
    :data:`_VERDICT4` (each pattern in its own windows).
    """
    windows: set[tuple[int, int, int]] = set()
    if ends is None:
        for word in _VERDICT_WORDS:
            at = low.find(word)
            while at >= 0 and len(windows) < _MAX_VERDICTS:
                for family in (0, 1):
                    windows.add((family, max(0, at - _VERDICT_LEAD), at + _VERDICT_TAIL))
                at = low.find(word, at + 1)
    else:
        for family in (0, 1):
            for end in ends.get(family, ())[:_MAX_VERDICTS]:
                lead = end - _VERDICT_LEAD - _VERDICT_TAIL
                windows.add((family, max(0, lead), end + _VERDICT_AHEAD))
    spans: set[tuple[int, int]] = set()
    for family, start, end in windows:
        pattern = _VERDICT4 if family else _VERDICT
        spans.update(found.span() for found in pattern.finditer(low, start, end))
    ordered: list[tuple[int, int]] = []
    for span in sorted(spans):
        if not ordered or span[0] >= ordered[-1][1]:
            ordered.append(span)
    return ordered[:_MAX_VERDICTS]


def method_switches(low: str, counted: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Spans of method switches (module rule) in the lowercased, normalised text.

    Args:
        low: the lowercased, normalised text.
        counted: spans already counted as backtracking (the phrase families' matches, the
            Countdown attempt switches); an event overlapping one is not returned.

    Returns:
        Non-overlapping ``(start, end)`` spans from the verdict to the switch, at most 40, in
        text order; never raises.

    Examples:
        >>> text = "option 1 was to expand it all. too slow. option 2: use the binomial theorem."
        >>> [text[s:e] for s, e in method_switches(text)]
        ['too slow. option 2']
        >>> method_switches("listing them all is too slow, but it works: 36.")
        []
        >>> method_switches("we count the complement instead of listing the cases.")
        []
    """
    ends = _prefilter().ends(low)
    verdicts = _verdicts(low, ends)
    done = sorted(counted)
    events: list[tuple[int, int]] = []
    last_end = 0
    for index, (v_start, v_end) in enumerate(verdicts):
        if v_start < last_end:
            continue
        dropped = _ABANDONED.match(low, v_start)
        if dropped is not None and dropped.end() == v_end:
            # the method dropped in so many words: its own switch, some work must follow
            s_start, s_end = v_start, v_end
            if _WORK.search(low, v_end, v_end + _VERDICT_WINDOW) is None:
                continue
        else:
            limit = min(len(low), v_start + _VERDICT_WINDOW + _SWITCH_LONGEST)
            switch = _SWITCH.search(low, v_end, limit)
            if ends is None or _ends_within(ends.get(3, ()), v_end, limit):
                fifth = _SWITCH5.search(low, v_end, switch.start() if switch else limit)
                switch = fifth or switch
            if switch is None or switch.start() - v_start > _VERDICT_WINDOW:
                continue
            s_start, s_end = switch.span()
            if index + 1 < len(verdicts) and verdicts[index + 1][0] < s_start:
                continue  # a verdict nearer the switch opens the event
            if _KEPT.search(low, v_end, s_start) is not None:
                continue  # "messy, but let's proceed": the method is kept, not dropped
            if (
                _TOO.match(low, v_start) is not None
                and _CHECKED.search(low, v_end, s_start) is not None
            ):
                continue  # "might be too small. let me double-check ...": a check, not a switch
            if (
                _CASE.search(low, v_end, min(len(low), s_end + _CANDIDATE_REACH))
                or _CHOSEN.search(low, max(v_end, s_start - _CHOSEN_LEAD), s_end)
            ) is not None and _RESULT_VERDICTS.match(low, v_start) is not None:
                continue  # "impossible, so no solutions in this case. alternatively, if": a case
        since = max(last_end, v_start - _ATTEMPT_WINDOW)
        if (
            _ATTEMPT.search(low, since, v_end) is None
            and _ANAPHOR.search(low, max(last_end, v_start - 40), v_start) is None
            and _POINTER.search(low, v_end, s_start) is None
            and (
                _RESULT_VERDICTS.match(low, v_start) is None
                or _RESULT.search(low, since, v_start) is None
            )
        ):
            continue
        if _overlaps(v_start, s_end, done):
            continue
        events.append((v_start, s_end))
        last_end = s_end
        if len(events) >= _MAX_EVENTS:
            break
    if "instead" in low and len(events) < _MAX_EVENTS and (ends is None or ends.get(4)):
        events = _with_tentative(low, events, done)
    if ends is not None and not ends.get(2):
        return events  # no superseded attempt can open (the prefilter's third pattern)
    return _with_superseded(low, events, done)


# Fifth wave, a tentative attempt replaced: "let u = ..." / "try u = ..." / "take x = ...", then
# within 250 characters a sentence opening on a method verb and holding "instead" (not
# "instead of"): "try u = x^2 + 4x + 5, du = ... complete the square instead", "let u = x^2.
# ... take x = tan(t) instead". A sentence on "we" or "then" goes on with the attempt ("we
# integrate u^2 instead of the original" is not read: "instead of").
_TENTATIVE = lazy_compile(
    r"\b(?:let|try|take|set|put)\s+(?:\\\(\s*|\$)?(?:[a-z]\s*=|\d+\s*[-+*/×]\s*\d)"
)
_REPLACED = lazy_compile(
    r"(?:^|[.!?;]\s+)(?:so |ok,? |okay,? )?(?:take|use|try|complete|set|let|substitute|put|write"
    r"|apply|factor|expand|integrate|differentiate|count|compute|multiply|divide|add|subtract)"
    r"\b[^.!?\n]{0,80}?\binstead\b(?! of\b)"
)
_TENTATIVE_REACH = 250


def _with_tentative(
    low: str, events: list[tuple[int, int]], done: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The events plus tentative attempts replaced by another method (fifth wave)."""
    added: list[tuple[int, int]] = []
    last_end = 0
    for tried, _ in zip(_TENTATIVE.finditer(low), range(_MAX_VERDICTS), strict=False):
        if tried.start() < last_end:
            continue
        limit = min(len(low), tried.end() + _TENTATIVE_REACH)
        replaced = _REPLACED.search(low, tried.end(), limit)
        if replaced is None:
            continue
        span = (tried.start(), replaced.end())
        if not _overlaps(*span, done) and not _overlaps(*span, events + added):
            added.append(span)
            last_end = span[1]
            if len(events) + len(added) >= _MAX_EVENTS or len(added) >= _MAX_SUPERSEDED:
                break
    return sorted(events + added) if added else events


def _with_superseded(
    low: str, events: list[tuple[int, int]], done: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The events plus superseded attempts (fourth wave), in order, none overlapping another.

    An attempt told in the past or as a dropped intention ("I first tried ...", "I was going
    to ...", "my first approach ..."), a contrast ("but", "however", "though") and then, within
    300 characters, a better method of the comparative switch class ("better idea: ...", "a
    cleaner route ...", "factoring is simpler").
    """
    if (
        len(events) >= _MAX_EVENTS
        or not any(word in low for word in _BETTER_WORDS)
        or not any(word in low for word in _PAST_WORDS)
    ):
        return events
    added: list[tuple[int, int]] = []
    for past, _ in zip(_PAST.finditer(low), range(_MAX_VERDICTS), strict=False):
        limit = min(len(low), past.end() + _ATTEMPT_WINDOW)
        better = _BETTER.search(low, past.end(), limit)
        if better is None or _CONTRAST.search(low, past.end(), better.start()) is None:
            continue
        if _WORKED.search(low, past.end(), better.start()) is not None:
            continue  # "I tried 5 and it works, but a quicker way ...": kept, not dropped
        span = (past.start(), better.end())
        if not _overlaps(*span, done) and not _overlaps(*span, events + added):
            added.append(span)
            if len(events) + len(added) >= _MAX_EVENTS or len(added) >= _MAX_SUPERSEDED:
                break
    return sorted(events + added) if added else events


# Countdown-shaped retries read from the text alone (third wave, counting only): two binary
# operations on integers, the second either a different pair of operands reaching the same
# value (the goal decomposed again: "35 = 40 - 5 would need a 40 ... 35 = 7 * 5") or the same
# operands under another operator ("50 + 9 = 59, too much. 50 - 9 = 41"), with a negative
# verdict between them from a closed class.
_MAX_OPERATIONS = 200
_RETRY_WINDOW = 300  # characters from the first operation's end to the second's start
_RETRY_NEXT = 6  # later operations compared with each one
_OPERATION = lazy_compile(
    r"(?<![\w.^(])(?<![-+*/×·−(]\s)(?<![-+*/×·−(])(\d{1,6})\s*([-+*/×·−])\s*(\d{1,6})"
    r"(?![\w.^)]|\s*[-+*/×·−)])"
)
_SAME_VALUE_VERDICT = lazy_compile(
    r"\bno\b(?=\s*[,.!?;])|\bnope\b|\bwould need\b|\bleft over\b|\bunused\b"
    r"|\b(?:can't|cannot|couldn't) (?:make|get|reach|form|build)\b"
    r"|\b(?:isn't|is not|aren't|are not|not) (?:reachable|available|possible)\b"
    r"|\b(?:don't|do not) have\b|\b(?:doesn't|does not|didn't|won't) (?:quite )?work\b"
)
_OTHER_SIGN_VERDICT = lazy_compile(
    r"\btoo (?:much|big|high|large|low|small|far)\b|\b\d+ (?:over|under|short)\b"
    r"|\b(?:over|under|short) by\b|\bno\b(?=\s*[,.!?;])|\bnope\b"
    r"|\bnot (?:\d|it\b|quite|enough|even)"
    # fourth wave: the first result taken apart and found unmakeable ("19 + 7 = 26 = 2 * 13? I
    # don't have 13. 19 - 7 = 12")
    r"|\b(?:don't|do not) have\b|\b(?:can't|cannot|couldn't) (?:make|get|reach|form)\b"
)


# Fourth wave: an operation spelled out between two numbers ("23 plus 31 is 54 ... 31 minus 23
# is 8"), read as its sign; the replacement keeps the text's offsets.
_SPELLED_WORDS = (" plus ", " minus ", " times ", " divided by ", " multiplied by ")
_SPELLED = lazy_compile(r"(?<=\d) (plus|minus|times|divided by|multiplied by) (?=\d)")
_SIGNS = {"plus": "+", "minus": "-", "times": "*", "divided by": "/", "multiplied by": "*"}


def _as_sign(match: re.Match[str]) -> str:
    return " " + _SIGNS[match[1]] + " " * (len(match[0]) - 2)


def _operations(low: str) -> list[tuple[int, int, tuple[int, int], str, int]]:
    """Binary integer operations (start, end, sorted operands, sign, value), the first 200."""
    found: list[tuple[int, int, tuple[int, int], str, int]] = []
    for match in _OPERATION.finditer(low):
        a, sign, b = int(match[1]), match[2], int(match[3])
        if sign in "+":
            value = a + b
        elif sign in "-−":
            value, sign = a - b, "-"
        elif sign in "*×·":
            value, sign = a * b, "*"
        elif b and a % b == 0:
            value = a // b
        else:
            continue
        pair = (min(a, b), max(a, b))
        found.append((match.start(), match.end(), pair, sign, value))
        if len(found) >= _MAX_OPERATIONS:
            break
    return found


# Fifth wave: a result rejected right after it is stated ("33 * 4 = 132, no.", "33 + 2 = 35
# not 39", "5 + 2 = 7, not 8", "50 + 9 = 59, too much") and, within 200 characters, another
# operation taking one of its operands with another operand or operator, parentheses allowed
# ("(33 + 17) - 6 + 4", "39 - 33 = 6"). A number after "not" that the text wrote before as a
# result is a correction of that value ("12 * 4 = 48 ... 13 * 4 = 52, not 48"), not a rejection.
_REJECTED = lazy_compile(
    r"\s*(?:=|is)\s*(-?\d{1,7})\b(?!\s*[-+*/×·−.]\s*\d)\s*,?\s*(?:not (\d{1,7})\b(?!\s*[-+*/×·−])"
    r"|no\b(?=\s*[,.!?;])|nope\b|too (?:much|big|high|large|low|small|far)\b)"
)
_LATER = lazy_compile(r"(?<![\w.^])(\d{1,6})\s*([-+*/×·−])\s*\(?\s*(\d{1,6})(?![\w.^])")
_RESULT_NUMBER = lazy_compile(r"(?:=|\bis)\s*(\d{1,7})\b(?!\s*[-+*/×·−.]\s*\d)")
_MAX_RESULTS = 1000  # results read for the correction test
_REJECT_REACH = 200  # characters after the verdict where the next operation may start
_LATER_READ = 6  # operations read after each verdict
_SIGN_OF = {"−": "-", "×": "*", "·": "*"}


def _rejected_retries(
    low: str,
    operations: list[tuple[int, int, tuple[int, int], str, int]],
    taken: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Rejected results and the next operation on one of their operands (fifth wave)."""
    events: list[tuple[int, int]] = []
    results: list[tuple[int, int]] | None = None
    last_end = 0
    for start, end, pair, sign, value in operations:
        if start < last_end:
            continue
        rejected = _REJECTED.match(low, end)
        if rejected is None or int(rejected[1]) != value:
            continue
        if rejected[2] is not None:
            other = int(rejected[2])
            if results is None:
                results = [
                    (found.start(), int(found[1]))
                    for found, _ in zip(
                        _RESULT_NUMBER.finditer(low), range(_MAX_RESULTS), strict=False
                    )
                ]
            if other == value or any(at < start and number == other for at, number in results):
                continue  # "52, not 48" after a 48 written as a result: a correction
        limit = min(len(low), rejected.end() + _REJECT_REACH)
        for later, _ in zip(
            _LATER.finditer(low, rejected.end(), limit), range(_LATER_READ), strict=False
        ):
            a, b = int(later[1]), int(later[3])
            l_sign = _SIGN_OF.get(later[2], later[2])
            l_pair = (min(a, b), max(a, b))
            if value in l_pair or not set(l_pair) & set(pair):
                continue  # building on the result, or other numbers altogether
            if l_pair == pair and l_sign == sign:
                continue  # the same operation again
            span = (start, later.end())
            if not _overlaps(*span, taken) and not _overlaps(*span, events):
                events.append(span)
                last_end = later.end()
            break
        if len(events) >= _MAX_EVENTS:
            break
    return events


def retried_goals(low: str, counted: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Spans of Countdown-shaped retries (third wave) in the lowercased, normalised text.

    A binary operation on integers, a negative verdict, then within 300 characters another
    operation that reaches the same value from other operands (a goal decomposed again) or
    combines the same operands with another operator. Counting only, as :func:`method_switches`.

    Examples:
        >>> text = "35 = 40 - 5 would need a 40. 35 = 7 * 5 instead, and 7 = 10 - 3."
        >>> [text[s:e] for s, e in retried_goals(text)]
        ['40 - 5 would need a 40. 35 = 7 * 5']
        >>> text = "50 + 9 = 59, too much. 50 - 9 = 41."
        >>> [text[s:e] for s, e in retried_goals(text)]
        ['50 + 9 = 59, too much. 50 - 9']
        >>> retried_goals("150 is 6 * 25, 3 * 50 or 2 * 75; 2 * 75 it is.")
        []
    """
    if "\\" in low or "$" in low or "<<" in low:
        return []  # LaTeX mathematics or calculator annotations: not a Countdown text
    signed = any(c in low for c in "+-*/×·−")
    spelled = not signed and any(word in low for word in _SPELLED_WORDS)
    if spelled:
        # no sign at all: "23 plus 31" read as "23 + 31", same offsets; only the same operands
        # under another operator are compared ("12 times 67 is 804. wait, no, ... 720 plus 84
        # is 804" is a recomputation, not a retry)
        low = _SPELLED.sub(_as_sign, low)
    elif not signed:
        return []
    operations = _operations(low)
    done = sorted(counted)
    events: list[tuple[int, int]] = []
    last_end = 0
    for index, (start, end, pair, sign, value) in enumerate(operations):
        if start < last_end:
            continue
        for later in operations[index + 1 : index + 1 + _RETRY_NEXT]:
            l_start, l_end, l_pair, l_sign, l_value = later
            if l_start - end > _RETRY_WINDOW:
                break
            if (l_pair == pair and l_sign == sign) or value in l_pair:
                continue  # the same operation again, or one building on its result
            if value == l_value and l_pair != pair and not spelled:
                verdict = _SAME_VALUE_VERDICT
            elif l_pair == pair and l_sign != sign:
                verdict = _OTHER_SIGN_VERDICT
            else:
                continue
            if verdict.search(low, end, l_start) is None:
                continue
            if not _overlaps(start, l_end, done):
                events.append((start, l_end))
                last_end = l_end
            break
        if len(events) >= _MAX_EVENTS:
            break
    if spelled or len(events) >= _MAX_EVENTS:
        return events
    rejected = _rejected_retries(low, operations, done + events)
    events = sorted(events + rejected)[:_MAX_EVENTS] if rejected else events
    if len(events) >= _MAX_EVENTS:
        return events
    again = _same_numbers_again(low, operations, done + events)
    return sorted(events + again)[:_MAX_EVENTS] if again else events


# Fifth wave: two attempts over the same three or more numbers to different stated values, one
# after the other, with no verdict needed ("(100 - 17) * 2 / 4 = 41.5 / 100 - 17 * 2 + 4 = 70";
# "70 + 29 = 99, 99 - 13 = 86, 86 + 2 = 88. 70 + 29 - 13 - 2 = 84"): rule 6's shape read from
# the text alone. An attempt is one written expression of three or more numbers and its value,
# or a chain of binary operations each taking the previous result. Not two measures of a set
# (one only adds, the other only multiplies), not the same value again.
_EXPRESSION = lazy_compile(
    r"(?<![\w.^)])((?:\(\s*)*\d{1,6}(?:\s*\)*\s*[-+*/×·−]\s*(?:\(\s*)*\d{1,6}){2,7}\s*\)*)"
    r"\s*=\s*(-?\d{1,9}(?:\.\d{1,6})?)(?![\d.]\d)(?!\s*[-+*/×·−]\s*\(?\d)"
)
_NUMBER = lazy_compile(r"\d{1,6}")
_CHAIN_GAP = lazy_compile(r"[\s,;.]*(?:then |and |so )?$")
_PLUS_MINUS = lazy_compile(r"\s*[-+−]\s*")
_SAME_AGAIN_REACH = 400  # characters between the two attempts
_MAX_ATTEMPTS = 60


def _attempts_of(
    low: str, operations: list[tuple[int, int, tuple[int, int], str, int]]
) -> list[tuple[int, int, tuple[int, ...], str, frozenset[str]]]:
    """Attempts (start, end, sorted numbers, stated value, signs), in text order, at most 60."""
    found: list[tuple[int, int, tuple[int, ...], str, frozenset[str]]] = []
    for match in _expressions(low):
        numbers = tuple(sorted(int(n) for n in _NUMBER.findall(match[1])))
        signs = frozenset(_SIGN_OF.get(c, c) for c in match[1] if c in "+-*/×·−")
        found.append((match.start(), match.end(), numbers, match[2], signs))
    # chains: "70 + 29 = 99, 99 - 13 = 86, 86 + 2 = 88"
    chain: list[tuple[int, int, tuple[int, int], str, int]] = []
    for operation in [*operations, None]:
        if operation is not None and chain and chain[-1][4] in operation[2]:
            last = chain[-1]
            stated = _STATED.match(low, last[1])
            if (
                stated is not None
                and int(stated[1]) == last[4]
                and operation[0] - stated.end() <= 8
                and _CHAIN_GAP.search(low, stated.end(), operation[0]) is not None
            ):
                chain.append(operation)
                continue
        if len(chain) >= 2:
            end = _STATED.match(low, chain[-1][1])
            used: list[int] = [*chain[0][2]]
            for previous, link in itertools.pairwise(chain):
                others = list(link[2])
                others.remove(previous[4])
                used.extend(others)
            if end is not None and int(end[1]) == chain[-1][4]:
                found.append(
                    (
                        chain[0][0],
                        end.end(),
                        tuple(sorted(used)),
                        end[1],
                        frozenset(link[3] for link in chain),
                    )
                )
        chain = [operation] if operation is not None else []
        if len(found) >= _MAX_ATTEMPTS:
            break
    return sorted(found)


@lru_cache(maxsize=1)
def _expression_scan() -> PatternScan:
    r"""The hyperscan prefilter of :data:`_EXPRESSION`: where an "=" may end one.

    "×", "·" and "−" are scanned as DEL (``\x7f``, see :func:`~rewardkit.reflect.scan.stand_in`).
    """
    op = r"[-+*/\x7f]"
    return PatternScan(
        (ascii_regex(rf"\d[\s)]*{op}[\s(]*\d{{1,6}}[\s)]*{op}[\s(]*\d[\d\s()+*/\x7f-]*="),)
    )


_EXPRESSION_LEAD = 160  # characters an expression may start before its "="


def _expressions(low: str) -> list[re.Match[str]]:
    """The matches of :data:`_EXPRESSION`, at most 60, read near the prefilter's ends."""
    ends = _expression_scan().ends(low)
    if ends is None:  # no hyperscan: the whole text
        return [m for m, _ in zip(_EXPRESSION.finditer(low), range(_MAX_ATTEMPTS), strict=False)]
    found: list[re.Match[str]] = []
    last = 0
    for end in ends.get(0, ())[: 4 * _MAX_ATTEMPTS]:  # bounded: 240 places read
        if end < last:
            continue
        match = _EXPRESSION.search(low, max(last, end - _EXPRESSION_LEAD), end + _SWITCH_LONGEST)
        if match is not None and match.start() >= last:
            found.append(match)
            last = match.end()
            if len(found) >= _MAX_ATTEMPTS:
                break
    return found


_STATED = lazy_compile(r"\s*=\s*(-?\d{1,9})(?![\d.]\d)(?!\s*[-+*/×·−]\s*\d)")


def _same_numbers_again(
    low: str,
    operations: list[tuple[int, int, tuple[int, int], str, int]],
    taken: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Two attempts over the same three or more numbers to different values (fifth wave)."""
    if "=" not in low:
        return []
    attempts = _attempts_of(low, operations)
    events: list[tuple[int, int]] = []
    last_end = 0
    for index, (start, end, numbers, value, signs) in enumerate(attempts):
        if len(numbers) < 3 or start < last_end:
            continue
        for later in attempts[index + 1 : index + 1 + _RETRY_NEXT]:
            l_start, l_end, l_numbers, l_value, l_signs = later
            if l_start - end > _SAME_AGAIN_REACH:
                break
            if l_start < end or l_numbers != numbers or float(l_value) == float(value):
                continue
            if len(signs) == 1 and len(l_signs) == 1:
                continue  # sums or products only: a recount or two measures of a set
            if _PLUS_MINUS.sub("+", low[start:end].split("=")[0]) == _PLUS_MINUS.sub(
                "+", low[l_start:l_end].split("=")[0]
            ):
                continue  # the same expression with "+" for "-": the two signs of a +/-
            span = (start, l_end)
            if not _overlaps(*span, taken) and not _overlaps(*span, events):
                events.append(span)
                last_end = l_end
            break
        if len(events) >= _MAX_EVENTS:
            break
    return events
