"""Hand-labelled examples of the four cognitive behaviours (issue 19), math and Countdown.

Written from the definitions of *Cognitive Behaviors that Enable Self-Improving Reasoners*
(Gandhi et al., 2025): each positive is labelled with the behaviours it shows (usually one);
the controls show none (problem clarification, plain step numbering, restating the question,
substitution that is not a check, ordinary forward computation).
"""

from __future__ import annotations

V, B, S, C = "verification", "backtracking", "subgoal_setting", "backward_chaining"

#: (text, behaviours it shows).
POSITIVES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # --- verification: checking an intermediate result -------------------------------
        ("75 - 45 = 30. That gives 30, which is over the target.", {V}),
        ("No, 17 is not 24.", {V}),
        ("Try 45 + 3 = 48, too big.", {V}),
        ("(25 - 3) = 22, this works.", {V}),
        ("80 - 16 = 64, which is too high.", {V}),
        ("We get 19, not equal to 22.", {V}),
        ("So 6 * 7 = 42 and 42 / 2 = 21, still too low.", {V}),
        ("Let me check: 3 * 7 + 1 = 22. Correct.", {V}),
        ("Plugging x = 3 back into the original equation: 9 - 6 - 3 = 0, as required.", {V}),
        ("Substituting x = 2 into 3x + 1 gives 7, which matches the right-hand side.", {V}),
        ("To verify, differentiate: the derivative of x^2/2 is x, the integrand.", {V}),
        ("Let's test our formula with n = 1: it gives 1, which agrees with a direct count.", {V}),
        ("As a sanity check, the probability 5/12 lies between 0 and 1.", {V}),
        ("We can confirm this: 7 * 13 = 91.", {V}),
        ("Double-checking the sum: 15 + 27 = 42. Good.", {V}),
        ("That leaves 18, short of the 22 we need.", {V}),
        ("55 - 30 = 25 ≠ 24.", {V}),
        ("72 is way over 31.", {V}),
        ("Let me make sure this satisfies both equations: 2 + 3 = 5 and 2 - 3 = -1.", {V}),
        ("8 * 9 = 72, which is not 70.", {V}),
        ("Verifying the answer: 3^4 = 81, and 81 mod 5 = 1, as expected.", {V}),
        ("Does 14 + 10 equal 24? Yes.", {V}),
        ("That overshoots the target by 6.", {V}),
        ("The angles add to 360 degrees, which is consistent with a quadrilateral.", {V}),
        ("96 / 4 = 24, which equals the target.", {V}),
        ("Checking the arithmetic once more, 125 * 8 = 1000.", {V}),
        ("Now check by multiplying back: 23 * 17 = 391.", {V}),
        ("So 50 + 38 = 88, close but not 87.", {V}),
        ("The result, 13, is less than the target of 15.", {V}),
        ("I should double check this: 144 / 12 = 12, and 12 * 12 = 144.", {V}),
        # --- backtracking: abandoning an approach for another ----------------------------
        ("That route fails, let me use substitution instead.", {B}),
        ("Scrap that, the numbers don't fit.", {B}),
        ("Let's try another ordering of the numbers.", {B}),
        ("That doesn't reach 24, so let me try something else.", {B, V}),
        ("This approach leads to a contradiction. Going back to the original equation.", {B}),
        ("I started with the wrong formula. Let's use integration by parts instead.", {B}),
        ("Hmm, that's not going to work. Try 75 - 25 instead.", {B}),
        ("No luck there; let's try multiplying first.", {B}),
        ("Let me try a different combination: 4 * 6 and then 9 - 5.", {B}),
        ("Forget that. What about 100 - 4 * 19?", {B}),
        ("That's a dead end with these numbers.", {B}),
        ("I see the error in my calculation. Let's recalculate using the correct sign.", {B}),
        ("Actually, that's wrong: the sign flips. Redo the expansion.", {B}),
        ("This manipulation isn't simplifying as expected. Let's try factoring differently.", {B}),
        ("Let's abandon this approach and use coordinates.", {B}),
        ("Going back to step 2, the denominator should be 6.", {B}),
        ("That won't give an integer, so let's try x = 5 instead.", {B}),
        ("Another attempt: (50 - 2) / 2 = 24.", {B}),
        ("That was a mistake; the expansion is x^2 + 2x + 1.", {B}),
        ("Let me rethink the setup from the beginning.", {B}),
        ("That combination doesn't work either, how about 19 + 5?", {B}),
        ("Let's switch to a different method and complete the square.", {B}),
        ("This is getting messy; let's take a step back and use symmetry.", {B}),
        ("Swap the order: divide 6 by 3 first, then multiply.", {B}),
        ("My earlier assumption was wrong, so the case n = 0 needs its own count.", {B}),
        ("Oops, I dropped a factor of 2 there.", {B}),
        ("Let me start over with the numbers sorted.", {B}),
        ("Rather than continuing down this path, which gets complicated, try another idea.", {B}),
        # --- subgoal setting: intermediate goals ------------------------------------------
        ("First get to 12, then double it.", {S}),
        ("We'll do this in two parts.", {S}),
        ("The key is to isolate x, after which the rest is arithmetic.", {S}),
        ("First, I'll try to get close to 12, then add the rest.", {S}),
        ("To solve this system, let's first isolate x in the first equation.", {S}),
        ("Let's tackle this proof in three parts: base case, hypothesis, step.", {S}),
        ("To calculate this integral, I'll first use substitution to simplify.", {S}),
        ("First, we need to find the derivative, then we can see where it vanishes.", {S}),
        ("Our plan is to compute each triangle's area and add them.", {S}),
        ("We need two things: the radius and the height.", {S}),
        ("Let's split the sum into even and odd terms.", {S}),
        ("Step one is to find the common denominator.", {S}),
        ("The first thing to do is simplify the fraction.", {S}),
        ("I want to make 20 first and then add 4.", {S}),
        ("Let's aim for an intermediate value of 50, then subtract.", {S}),
        ("Before we can use the formula, we need to find the slope.", {S}),
        ("Once we have the slope, we can write the equation of the line.", {S}),
        ("This reduces to finding the roots of the quadratic.", {S}),
        ("It suffices to show that f is increasing on the interval.", {S}),
        ("Let's start by computing the discriminant.", {S}),
        ("We begin by finding the prime factorization of 360.", {S}),
        ("The strategy is to combine the large numbers first.", {S}),
        ("Next, we need to find the height of the triangle.", {S}),
        ("Our first goal is to get a multiple of 7.", {S}),
        ("Let's break the problem into smaller pieces.", {S}),
        ("To find the volume, we first need the area of the base.", {S, C}),
        ("The idea is to pair each term with its complement.", {S}),
        ("I'll first compute 25 * 4 and then deal with the 3.", {S}),
        ("Let me break this down: the tens digit, then the units digit.", {S}),
        ("Then we need to combine the two partial results.", {S}),
        # --- backward chaining: from the goal to the givens -------------------------------
        ("Since we need 22 and 22 = 25 - 3, we want a 3.", {C}),
        ("For the result to be zero, what must hold?", {C}),
        ("Working back from the answer, the last step was a division.", {C}),
        ("To get 24, we need 4 * 6.", {C}),
        ("To reach 100, the last operation should be 4 * 25, so we need 25.", {C}),
        ("If the final result is 24, the last step could be 3 * 8.", {C}),
        ("Let's start with what we want to prove and work backwards.", {C}),
        ("For f(x) to be continuous at 1, a must equal 3.", {C}),
        ("The target is 58; 58 = 60 - 2, so we need 60 and 2.", {C}),
        ("24 is 4 times 6, so can we make 6 from 9, 3 and 2?", {C}),
        ("What would x have to be for the product to be 36?", {C}),
        ("In order to get 31, we could do 62 / 2.", {C}),
        ("We want 13 at the end; 13 = 10 + 3, so we need to make 10 from 5 and 2.", {C}),
        ("Reverse the steps: 50 came from 25 * 2.", {C}),
        ("To end up with 0, the two terms must cancel, so we need a = b.", {C}),
        ("We need a 7 to finish, since 7 * 8 = 56.", {C}),
        ("What do we need to multiply 9 by to get 63?", {C}),
        ("Assume the answer is x = 2 and see what must be true.", {C}),
        ("Which number times 4 gives 48?", {C}),
        ("The last operation must be a subtraction from 100.", {C}),
        ("Since the goal is 36 = 6 * 6, we need two sixes.", {C}),
        ("Let's reason from the target: 91 = 7 * 13.", {C}),
        ("Needed: 22. Since 22 = 2 * 11, find 11 from the others.", {C}),
        ("Starting from the desired result, the equation must have a double root.", {C}),
        ("For the sum to be divisible by 9, the missing digit must be 4.", {C}),
        ("Going backwards from 64, 64 = 8 * 8.", {C}),
        ("We're looking for a 5 to finish the product.", {C}),
        ("To make 35, I would need 5 and 7.", {C}),
        ("For the equation to have equal roots, the discriminant must be zero.", {C}),
        ("Thinking from the end result, the final product has to be 48.", {C}),
        # --- written after the patterns (a check on unseen wording, then kept) ----------
        ("44 + 19 = 63, that's more than 60.", {V}),
        ("So I get 12, but I need 14.", {V}),
        ("That's 2 off.", {V}),
        ("Check that x = -1 satisfies the equation: 1 - 2 + 1 = 0. Yes.", {V}),
        ("Let's double-check by computing the product: 13 * 17 = 221.", {V}),
        ("Hmm, 7 * 9 = 63 is too large.", {V}),
        ("35 + 12 = 47. Nope, not 46.", {V}),
        ("I went wrong somewhere; let me redo the integral.", {B}),
        ("This path isn't leading anywhere.", {B}),
        ("OK, that didn't work. What if we divide first?", {B}),
        ("Let me reconsider the problem with a substitution.", {B}),
        ("Maybe multiplication first would be better.", {B}),
        ("That's not it. Try 98 - 3.", {B}),
        ("Let's break it into cases based on the sign of x.", {S}),
        ("We should first simplify, and then take the limit.", {S}),
        ("Plan: find the intercepts, then the area.", {S}),
        ("The problem becomes easier if we first compute the sum of the roots.", {S}),
        ("My first step will be to get 10 from 2 and 5.", {S}),
        ("We need 40 at the end, so we should aim for 8 * 5.", {C}),
        ("To obtain 12, we must have 3 * 4.", {C}),
        ("Let's work from the desired outcome.", {C}),
        ("What should the last number be so that the total is 30?", {C}),
        ("For x^2 = 16 to hold, x must be 4 or -4.", {C}),
        ("So 5 * 5 = 25, which is one less than 26.", {V}),
        ("The two results agree, so the answer is confirmed.", {V}),
        ("Plug x = 1: 1 + 1 = 2. ✓", {V}),
        ("Hmm, 100 - 76 = 24! That's the target.", {V}),
        ("Wait, this method won't handle the negative case. Switching to cases.", {B}),
        ("Hmm, I messed up the sign. Redoing it.", {B}),
        ("Given that fails, try subtracting first.", {B}),
        ("We want to reach 13 first, then multiply by 2.", {S}),
        ("Two steps: compute the mean, then the variance.", {S}),
        ("To do so, we first compute the determinant.", {S}),
        ("Our next step is to substitute this into the area formula.", {S}),
        ("We need the product to be 60, so the factors must be 5 and 12.", {C}),
        ("The target 24 can be written as 3 * 8.", {C}),
        ("Which pair gives 17 when added?", {C}),
        ("75 / 3 = 25, and 25 - 3 = 22. That's exactly 22!", {V}),
        ("This gives 26, one too many.", {V}),
        ("Now 4 * 6 = 24. Target reached.", {V}),
        ("Check: 2(3) + 1 = 7, correct.", {V}),
        ("The derivative of our answer gives back the integrand, so it's right.", {V}),
        ("We got 15, but the target is 16.", {V}),
        ("Let me verify with a small example: for n = 2 the sum is 3, matching the formula.", {V}),
        ("Hmm, 9 + 8 = 17, too small.", {V}),
        ("Wait, I can't reuse 5. Let me pick a different pair.", {B}),
        ("This is a dead end; maybe start with 100 - 25.", {B}),
        ("Hmm, not working. Let's go another way.", {B}),
        ("Let me go back and try subtracting first.", {B}),
        ("I realize that this approach won't work because the numbers are too small.", {B}),
        ("Actually, let's try a different strategy.", {B}),
        ("We first find the common ratio and then the tenth term.", {S}),
        ("Let's first get a 10 from 7 and 3, then multiply by 5.", {S}),
        ("Our first task is to find the radius.", {S}),
        ("Let's find the intersection points first, then compute the area.", {S}),
        ("Working backward: 24 = 4 * 6, so I need a 6 from 3, 9 and 2.", {C}),
        ("Since we need 30, and 30 = 5 * 6, we need to make a 6.", {C}),
        ("The target is 50, which is 2 * 25, so we need 2 from the remaining numbers.", {C}),
        ("To end with 22, the final step could be 25 - 3.", {C}),
        ("We need to prove x = 4, so let's see what that requires.", {C}),
        ("What must x be for the expression to equal 10?", {C}),
    )
)

#: No behaviour: clarification, plain steps, restating, substitution that is not a check.
CONTROLS: tuple[str, ...] = (
    "Let's confirm the domain: x must be positive for the logarithm.",
    "We need to check whether complex roots count as solutions here.",
    # a question about the problem's domain answered, not a check of a computed value
    "Is x = 0 allowed? No, x must be positive.",
    # the behaviours' names defined, not shown
    "Backtracking is when a search goes back to its last choice and takes another branch.",
    "In backward chaining, a solver begins with the goal and works back to the facts.",
    "A milestone is an intermediate result that the final answer is built from.",
    "Step 1: 12 * 2 = 24.",
    "Step 2: 24 + 6 = 30.",
    "First, 12 * 2 = 24. Second, 24 - 4 = 20.",
    "We are given the numbers 25, 3, 7 and 9 and must reach the target 22.",
    "The problem asks for the number of positive divisors of 360.",
    "Substitute u = x^2, so du = 2x dx.",
    "Substituting y = 2x into the second equation gives 3x + 2x = 10.",
    "Let me re-read the question: it asks for the perimeter.",
    "Let's make sure we understand the problem statement.",
    "Let me check the problem statement again: the numbers can be used once each.",
    "We need to verify that the problem allows negative numbers.",
    "The question is whether 0 counts as a natural number.",
    "Using the numbers 3, 5, 6 and 8, create an equation that equals 41.",
    "We have 3 + 4 = 7 and 7 * 2 = 14.",
    "Then the answer is 12.",
    "The first term is 3 and the common ratio is 2.",
    "Multiply both sides by 4 to get 4x = 20.",
    "So the area is 25 square units.",
    "The sum of the interior angles of a hexagon is 720 degrees.",
    "Let x be the number of apples.",
    "We need 12 eggs for the cake.",
    "Each box holds 6 pens, so 4 boxes hold 24 pens.",
    "The target audience is students.",
    "Her goal was to win the race.",
    "Read the number backwards: 321.",
    "This is too hard to compute by hand, so we use a formula.",
    "The exponent is too large to expand directly; use modular arithmetic.",
    "It does not matter which root we take.",
    "We use a different letter for the second variable.",
    "Verifying identities is a standard exercise in trigonometry.",
    "The check was for $45.",
    "Note that x is not 0, since it is in the denominator.",
    "For the square root to be real, we need x >= 2.",
    "For the expression to be defined, the denominator must be nonzero.",
    "Our goal is to find the number of ways to arrange the books.",
    "The answer should be given as a common fraction.",
    "Let me write down what we know: a + b = 10 and ab = 21.",
    "Recall that the derivative of sin x is cos x.",
    "By the Pythagorean theorem, c = sqrt(9 + 16) = 5.",
    "Thus 2^10 = 1024.",
    "Now 1024 - 1000 = 24.",
    "Plug in the values a = 2 and b = 3 into the formula.",
    "Note that the problem says the numbers must be integers.",
    "Let's clarify what 'consecutive' means here.",
    "We should confirm the units: the speed is in km per hour.",
    "Consider the case n = 1 separately.",
    "The rope is cut into two parts of equal length.",
    "The numbers 3 and 5 are prime.",
    "Since 7 is odd, 7^2 is odd too.",
    "There are 4 choices for the first digit and 3 for the second.",
    "Don't forget that the numbers can each be used only once.",
    "Expanding (x + 1)^2 gives x^2 + 2x + 1.",
    "Adding the two equations, we get 2x = 10, so x = 5.",
    "Let's check the given conditions first.",
    "We need to verify the problem statement says distinct.",
    "The target is 30 and the numbers are 2, 5, 6.",
    "Step 3: 30 / 5 = 6.",
    "Let me restate: we want the smallest integer n.",
    "Substituting a = 2 gives 2b = 8, so b = 4.",
    "First, note that 7 is prime.",
    "Then 18 - 6 = 12.",
    "It is not obvious that the series converges.",
    "We need the sum to be even.",
    "Find all x that satisfy the equation x^2 = 4.",
    "That's 5 apples in total.",
    "The answer must be an integer between 1 and 10.",
    "Let's think step by step.",
    "Let me make sure I understand: we need three consecutive integers.",
    "First, let's confirm what the question is asking.",
    "We should check whether the function is defined at x = 0 before we start.",
    "Let's verify the given information: the triangle has sides 3, 4 and 5.",
    "I need to determine whether repetition is allowed.",
    "We are told that each number can be used only once.",
    "Let me check what 'at most' means in this context.",
    "Let's double-check the units in the problem: meters and seconds.",
    "The problem wants the answer in simplest radical form.",
    "We need to confirm whether 1 is considered prime here; it is not.",
    "Let me verify my understanding of the constraints: a, b > 0.",
    "To be clear, the question asks for the sum, not the product.",
    "Is the order of the numbers important? The problem does not say.",
    "Let me re-read the problem to make sure I have the numbers right: 44, 19, 7.",
    "We have to check if negative solutions are allowed.",
    "Here x represents the number of hours worked.",
    "The numbers given are 6, 7, 8 and 9, and the target is 24.",
    "Step 1: 8 - 6 = 2. Step 2: 2 * 9 = 18. Step 3: 18 + 7 = 25.",
    "The answer is 42.",
    "So the final answer is \\boxed{7}.",
    "Using the quadratic formula, x = (5 ± 1)/2.",
    "Then 3 * 8 = 24.",
    "Therefore, the probability is 1/6.",
    "Let me recall the formula for the area of a trapezoid.",
    "We want to find the remainder when 2^100 is divided by 7.",
    "Let us denote the unknown number by n.",
    "We must use each of the numbers 2, 3, 5 and 7 exactly once to make 17.",
    "I will now compute the determinant.",
    "Now substitute x = 2 into y = 3x + 1 to get y = 7.",
    "Note that the domain excludes x = 1.",
)

#: Written after behaviours v2, before its patterns were generalised (issue 19, second round):
#: unseen wording, math and Countdown, per behaviour. Recall before the generalisation is in
#: the commit that added them; the test keeps the targets on them.
HELD_OUT: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # --- verification ----------------------------------------------------------------
        ("Multiplying 12 by 7 I get 84, so the product lines up with the given total.", {V}),
        ("That lands on 27 instead of 24, so it misses by 3.", {V}),
        ("Quick sanity test: 2^5 = 32, matching our count of subsets.", {V}),
        ("Putting n = 3 into the closed form yields 10, the same as listing them by hand.", {V}),
        ("45 - 21 = 24. There it is, exactly the target.", {V}),
        ("98 / 2 = 49, still above 36.", {V}),
        ("Hmm, 6 * 9 = 54, which overshoots 50.", {V}),
        ("So 13 + 8 = 21, that falls short of 25.", {V}),
        ("Let me confirm with the other equation: 2(4) - 3 = 5, which holds.", {V}),
        ("Re-checking the second step, 14 * 3 is indeed 42.", {V}),
        (
            "Differentiating recovers the original function, so the antiderivative is fine.",
            {V},
        ),
        ("Does 81 + 19 give 100? It does.", {V}),
        # --- backtracking ----------------------------------------------------------------
        ("This isn't going to get us to 24; scrap the division and try adding instead.", {B}),
        ("Hmm, I'll abandon the factoring idea and complete the square.", {B}),
        ("That path is hopeless, so I'll go with 100 - 4 * 19 instead.", {B}),
        ("On second thought, the substitution makes it worse; let's use partial fractions.", {B}),
        ("Wait, that's off. Let me try pairing 8 with 3 instead.", {B}),
        ("None of these combinations reach 31. Time for a new plan: start from 62.", {B}),
        ("That gives a negative length, which is impossible, so I need to revisit the setup.", {B}),
        ("I was wrong to assume the triangle is right-angled; let me redo it without that.", {B}),
        ("Let me try it another way: multiply first, then subtract.", {B}),
        ("The previous attempt failed, so I'll use 25 and 4 first this time.", {B}),
        ("Back to the drawing board: maybe the circle's center isn't the origin.", {B}),
        ("Hmm, that can't be right. I'll recompute the determinant.", {B}),
        # --- subgoal setting -------------------------------------------------------------
        ("First we get to 5, then multiply it by 4.", {S}),
        ("We can split this into two subproblems: the even cases and the odd cases.", {S}),
        ("Step one: reach 10 using 7 and 3. Step two: multiply by the 5.", {S}),
        ("My plan is to get 30 first, then subtract 6.", {S}),
        ("Our intermediate target is 48, after which halving gives 24.", {S}),
        ("I'll start by making 9, and then square it.", {S}),
        ("To answer this we need the perimeter, and for that we first need the missing side.", {S}),
        ("The problem breaks down into finding the center and then the radius.", {S}),
        ("Let's aim to build 60 from 12 and 5 before using the remaining 2.", {S}),
        ("We'll proceed in stages: simplify the numerator, then cancel common factors.", {S}),
        ("Goal for now: express everything in terms of sin x.", {S}),
        ("First step: combine 50 and 25 into 75; after that, subtract 3.", {S}),
        # --- backward chaining -----------------------------------------------------------
        ("The target is 48, and 48 = 6 * 8, so I need to produce 8 from the leftovers.", {C}),
        ("To finish at 15, the last move could be 45 / 3, so I need 45.", {C}),
        ("Working from the end: the final answer must be a square, so n + 1 is a square.", {C}),
        ("For the line to pass through (2, 5), b has to be 1.", {C}),
        ("Which two of the numbers multiply to 72? That would give the target directly.", {C}),
        ("We want the remainder to be 0, so n must be a multiple of 6.", {C}),
        ("If we want 27 at the end, we could get it as 3 cubed, so we look for a 3.", {C}),
        ("Since the answer has to be 100, and 100 = 4 * 25, the rest must make 25.", {C}),
        ("Let's think about what the last step must be to get 19.", {C}),
        ("In order for the area to equal 50, the height needs to be 10.", {C}),
        ("To land on 33, I need 11 * 3, so I must form 11.", {C}),
        ("Starting from the goal of 21: 21 = 24 - 3, which means I need a 3 and a 24.", {C}),
    )
)

#: Problem clarification and plain steps written with :data:`HELD_OUT` (no behaviour).
HELD_OUT_CONTROLS: tuple[str, ...] = (
    "Let me double check what the problem means by 'adjacent'.",
    "We should verify whether the endpoints are included in the interval.",
    "I want to confirm that the dice are fair before computing anything.",
    "Let's make sure the numbers can be reused: the problem says no.",
    "I need to check whether the answer should be in degrees or radians.",
    "First, let's be sure what counts as a 'word' here.",
    "Let me verify that I read the target correctly: it is 24.",
    "Before starting, let's confirm whether zero is allowed as a digit.",
    "We must check if the problem wants exact or approximate values.",
    "Let me make sure about the wording: 'at least two' heads.",
    "The question says to round to the nearest tenth.",
    "Step 4: 36 / 6 = 6.",
    "Part (a) asks for the mean; part (b) for the median.",
    "The numbers are 4, 9, 10 and 13, and the goal is 17.",
    "The result of the first step is 15.",
    "Let y = 3 - x, then substitute into the first equation: 2x + 3 - x = 7.",
    "Substituting t = 2 into the position function gives s = 12.",
    "Check the sign convention: the problem measures angles counterclockwise.",
    "It's important to confirm that the triangle is isosceles as stated.",
    "We need to find out whether the sequence starts at n = 0 or n = 1.",
    "Let's check which units the answer should be in.",
    "I should confirm that the problem is asking for distinct arrangements.",
    "The target value is given as 36.",
    "Let me verify the problem's constraint that x is an integer.",
    "Is it allowed to concatenate digits? Let me check the rules.",
    "We need to double check whether the list includes the number 1.",
    "Hmm, the question wants the largest possible value.",
    "Recall that an even number is divisible by 2.",
    "The second equation is 3x - y = 4.",
    "Let me make sure the coordinates are (3, 4) and not (4, 3).",
)

#: Third round (issue 19): written from the paper's definitions only, before reading the
#: current patterns closely, in the way Qwen/DeepSeek/Llama-style models write (numbers, LaTeX,
#: Countdown attempts). Kept separate from the earlier rounds; the recall and precision measured
#: on it before the third generalisation are recorded in docs/reflection.md.
THIRD_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # --- verification ----------------------------------------------------------------
        (
            "So the roots are x = 2 and x = 3. Plugging back in: 4 - 10 + 6 = 0 ✓ and "
            "9 - 15 + 6 = 0 ✓.",
            {V},
        ),
        (
            r"Let's see if this is right: $\frac{3}{4} \cdot \frac{8}{9} = \frac{24}{36} = "
            r"\frac{2}{3}$. Yep.",
            {V},
        ),
        ("(25 - 3) * 2 = 44. Hmm, 44 is bigger than 38.", {V}),
        ("70 - 34 = 36, which is exactly what we want.", {V}),
        ("That's 30, too high.", {V}),
        ("Hmm, 12 + 15 = 27, we need 29, so close but not quite.", {V}),
        ("Wait, let me recompute: 17 * 4 = 68, not 72.", {V}),
        (
            "I can double-check by expanding: $(x+2)(x-5) = x^2 - 3x - 10$, which is the "
            "original polynomial.",
            {V},
        ),
        (
            "Let me verify this answer by plugging it back into the original equation: "
            "$2(7) + 3 = 17$. ✓",
            {V},
        ),
        (r"Checking: $\sqrt{49} = 7$ and $7 > 0$, so it's valid.", {V}),
        ("To be safe, let me recount the cases: 6 + 4 + 2 = 12. Same as before.", {V}),
        (
            "Hold on, does $x = -1$ actually satisfy the inequality? $(-1)^2 - 1 = 0$, which "
            "is not greater than 0, so no.",
            {V},
        ),
        (
            "Let me verify with a small case: for n = 2 the formula gives 3, and indeed there "
            "are 3 ways.",
            {V},
        ),
        ("Cross-checking with the other method gives the same value, 5/8.", {V}),
        ("Okay so 64 / 8 = 8, and 8 + 16 = 24. That's our target!", {V}),
        ("This gives 91 - 47 = 44, which is way off from 62.", {V}),
        ("81 - 27 = 54. Not 56, off by 2.", {V}),
        ("That evaluates to 52, but we need 48.", {V}),
        ("Result: 35. Target: 35. Success.", {V}),
        ("Hmm, 9 * 4 = 36 and 36 - 1 = 35, that's one short of 36.", {V}),
        (
            "Let's double check the discriminant: $b^2 - 4ac = 16 - 12 = 4 > 0$, so two real "
            "roots, consistent with what we found.",
            {V},
        ),
        ("I want to make sure the answer is right, so I'll compute it a second way.", {V}),
        ("Let me check the units: meters per second times seconds gives meters, good.", {V}),
        (
            r"Substituting back, the left side is $3 + 2\sqrt{2}$ and the right side is "
            r"$3 + 2\sqrt{2}$. They agree.",
            {V},
        ),
        ("So 100 - 75 + 1 = 26. Yes! That matches.", {V}),
        ("Now 3 * 18 = 54 > 50, overshoot.", {V}),
        ("Does this work? 5 * (10 - 3) = 35. Yes, 35 is the target.", {V}),
        (
            "Let's verify: if the sum of the first 10 terms is 55, then the average is 5.5, "
            r"which matches $\frac{1+10}{2}$.",
            {V},
        ),
        ("That can't be right since a probability can't exceed 1.", {V}),
        ("Wait, I think I made an arithmetic error: 13 * 7 is 91, not 81.", {V}),
        (
            "Reality check: the area must be less than the area of the square, 16, and 12.5 is.",
            {V},
        ),
        ("The answer 42 is even, as the parity argument requires.", {V}),
        ("44 + 19 = 63 ≠ 65.", {V}),
        (
            r"That yields $\frac{7}{2}$, which is not an integer, so it can't be the number of "
            "people.",
            {V},
        ),
        (
            "We got 18 for the second term; let's confirm using the recurrence: "
            r"$a_2 = 2a_1 + 4 = 2 \cdot 7 + 4 = 18$. Good.",
            {V},
        ),
        (r"Let me re-verify the last multiplication: $23 \times 19 = 437$. Correct.", {V}),
        ("Now 47 + 28 = 75 — bang on the target of 75.", {V}),
        ("2 * 35 = 70, still 6 short of 76.", {V}),
        ("This comes to 120, way more than 25.", {V}),
        (
            "I'll quickly check the boundary: at x = 0 the function equals 1, which matches "
            "f(0) = 1 given in the problem.",
            {V},
        ),
        ("Yes, that checks out: 12 * 12 = 144.", {V}),
        ("Hmm, that gives me 23 and not 24.", {V}),
        # --- backtracking ----------------------------------------------------------------
        ("(25 - 3) * 2 = 44, too big. Let's try (25 - 3) + 2 = 24.", {B, V}),
        ("Hmm, this isn't working. Let me try a different approach.", {B}),
        ("Actually, wait. Instead of expanding, I should factor the expression.", {B}),
        (
            "That approach is getting messy. Let's go back and use the Law of Cosines instead.",
            {B},
        ),
        ("Nope, that doesn't work either. Next: 52 - 19 = 33, 33 + 8 = 41.", {B, V}),
        (
            "Let me reconsider. Maybe the problem wants the number of distinct permutations, "
            "not combinations.",
            {B},
        ),
        ("I'm going in circles. Let me start over with a cleaner setup.", {B}),
        ("Hmm, scratch that — I misread the coefficient. Redoing with 3 instead of 2:", {B}),
        ("This method isn't leading anywhere, so I'll switch to coordinates.", {B}),
        ("Let me abandon this line and try complementary counting.", {B}),
        ("OK, that didn't pan out. Another option: 96 / (7 - 3) = 24.", {B}),
        ("That leaves 13, which is useless. Alternatively, we could use 75 - 50 first.", {B, V}),
        ("Wait, I think I went wrong somewhere. Let me redo the integral from the beginning.", {B}),
        ("Let's backtrack: instead of setting y = 0, set x = 0.", {B}),
        ("Going back to step 2, I should have distributed the negative sign.", {B}),
        ("That was the wrong way round. Trying again with 8 in the denominator.", {B}),
        ("Rather than continuing with this messy algebra, let me use symmetry.", {B}),
        ("I don't think this leads to 24. What if we use 9 - 3 first?", {B}),
        ("Hmm, that's a dead-end. How about 50 + 25 - 4 * 2?", {B}),
        ("OK let's discard this attempt and think again.", {B}),
        (
            "On reflection, the casework is too complicated; a generating function is cleaner.",
            {B},
        ),
        ("So that combination won't work. Let me try 14 * 2 next.", {B}),
        ("Let me rethink this. The first approach double-counted the ties.", {B}),
        ("That's not it. Let's try subtracting first: 67 - 41 = 26.", {B}),
        ("I'll try yet another arrangement: 3 * (19 - 11).", {B}),
        ("This leads nowhere; instead, consider the complement.", {B}),
        (
            "Hmm, that gives a fraction, which I can't use. Let me instead divide 60 by 5.",
            {B, V},
        ),
        ("Okay, that strategy fails for n = 4, so we need a different idea.", {B, V}),
        ("Undo that last step; I should multiply both sides by 2, not divide.", {B}),
        ("Let me take a step back and reconsider the geometry.", {B}),
        (
            "My earlier assumption that a > b was unjustified, so I'll redo the cases without it.",
            {B},
        ),
        ("New attempt: (81 - 9) / 3 = 24.", {B}),
        ("Attempt 2: 4 * 5 + 7 - 3.", {B}),
        ("Plan B: use the remaining 6 and 2 to make 3.", {B}),
        ("Hmm, I overcomplicated it. Simpler route: just count the complements.", {B}),
        ("Let me go a different way and use modular arithmetic.", {B}),
        ("That was a mistake. Let me redo it: 15 * 4 = 60, then 60 - 12 = 48.", {B}),
        ("Instead of that, what if we divide 78 by 2 first?", {B}),
        ("Since that approach stalls, switch to induction.", {B}),
        ("Wait, no. I can't reuse the 5. Let me try again with 5, 8 and 11.", {B}),
        ("Let's try another pair: 13 and 7.", {B}),
        ("37 + 26 = 63. 63 - 12 = 51. 51 is not 43. 37 - 26 = 11. 11 * 4 = 44.", {B, V}),
        ("15 + 9 = 24, 24 * 2 = 48, no. 15 * 2 = 30, 30 + 9 = 39.", {B, V}),
        # --- subgoal setting -------------------------------------------------------------
        (
            "Let's break this problem into smaller steps. First, find the slope; then use "
            "point-slope form.",
            {S},
        ),
        (
            "To solve this, I'll first compute the total number of outcomes, and then count "
            "the favorable ones.",
            {S},
        ),
        ("Step 1 is to find the radius, which we can then use to get the area.", {S}),
        ("I'll try to get close to 50 first, then adjust with the small numbers.", {S}),
        ("We need two things: the height of the triangle and its base.", {S}),
        ("Let me first simplify the left-hand side before dealing with the logarithm.", {S}),
        ("The strategy: make 10 from 4 and 6, then multiply by 7.", {S}),
        ("Our approach will be to find $f(2)$ first and then use it to compute $f(f(2))$.", {S}),
        (r"There are two cases to handle: $x \ge 0$ and $x < 0$.", {S}),
        (
            "To find the probability, we first need to figure out how many ways there are to "
            "choose 3 cards.",
            {S, C},
        ),
        (
            "Let's start by finding the prime factorization of 360; after that, the number of "
            "divisors follows.",
            {S},
        ),
        ("If I can get 8 from 2 and 4, then 8 * 3 = 24 finishes it.", {S}),
        ("Let's aim for an intermediate value of 20.", {S}),
        ("First, I'll isolate the radical, then square both sides.", {S}),
        ("Sub-goal: show that the triangle is isosceles.", {S}),
        ("We'll tackle this in three parts: the numerator, the denominator, and the limit.", {S}),
        ("The plan is: compute the mean, then the deviations, then the variance.", {S}),
        (
            "I need to find $a$ first, and once I have $a$, $b$ follows from the second equation.",
            {S},
        ),
        ("Let me split the sum into even and odd terms.", {S}),
        ("Before computing the volume, we need the side length of the cube.", {S}),
        ("The first thing to do is convert everything to base 10.", {S}),
        (
            "Let me work out the intermediate quantity $x + y$ first, since the answer depends "
            "only on it.",
            {S},
        ),
        ("My first target is 100, which I can get from 4 * 25; then I'll deal with the 3.", {S}),
        (
            "This breaks into two subtasks: count the arrangements with the vowels together, "
            "and subtract from the total.",
            {S},
        ),
        ("Let's first get rid of the fractions by multiplying through by 12.", {S}),
        (
            "Let's decompose the problem: find when the first train arrives, then when the "
            "second one does.",
            {S},
        ),
        ("Next, our goal is to find the coordinates of point C.", {S}),
        (
            "Once we know the common ratio, the 10th term is easy. So let's find the ratio first.",
            {S},
        ),
        ("I'll combine 25 and 75 to get 100 first, then work with 4 and 6.", {S}),
        (
            "The key is to find the remainder of $2^{100}$ mod 7, after which the rest is simple.",
            {S},
        ),
        ("We should first determine the domain, then solve the equation on it.", {S}),
        ("Let's do this in two steps.", {S}),
        ("Intermediate goal: 36, because 36 - 12 = 24.", {S, C}),
        ("So we need to (1) find the vertex and (2) plug it into the area formula.", {S}),
        ("Let me handle the inner function first and deal with the outer one afterwards.", {S}),
        (
            "My approach: get a multiple of 10 from two numbers, then add or subtract the others.",
            {S},
        ),
        ("Let's compute the two partial sums separately and then add them.", {S}),
        ("First I'd like to make 7 out of 3 and 4, and then 7 * 8 = 56.", {S}),
        ("We can reduce the problem to finding the number of lattice points on the line.", {S}),
        (
            r"To get the final answer we must first compute $\binom{8}{3}$ and $\binom{5}{2}$.",
            {S},
        ),
        (
            "Let me set up a plan: express everything in base 2, compare exponents, and solve.",
            {S},
        ),
        (r"I'll start with the hardest part, the integral of $\sec^3 x$.", {S}),
        # --- backward chaining -----------------------------------------------------------
        ("We need to reach 24. Since 24 = 4 * 6, let's see if we can make 6 from the others.", {C}),
        ("Working backwards from 53: 53 = 50 + 3, so I need a 3 from 9 and 6.", {C}),
        ("To get 100 at the end, the last operation could be 4 * 25.", {C}),
        ("What would $x$ have to be for the expression to equal 10?", {C}),
        ("For the sum to be divisible by 9, the digits must add to a multiple of 9.", {C}),
        ("Since the target is 81 = 9 * 9, I want two 9s.", {C}),
        ("If the final answer is 12, then the previous step must have been 36 / 3 or 4 * 3.", {C}),
        ("For $f(x)$ to be zero we need the numerator to vanish, so $x^2 - 4 = 0$.", {C}),
        ("Starting from the target 64 and working back: 64 / 2 = 32, and 32 = 40 - 8.", {C}),
        ("To end up with 18, I could have 20 - 2, so I need a 20.", {C}),
        ("The answer must be a multiple of 7, so let's look for combinations that give 7k.", {C}),
        ("What number times 6 gives 72? 12. So I need to make 12 from 5 and 7.", {C}),
        (
            "Let's reason backwards: for the game to end on the 5th toss, the 4th toss must "
            "have been a tail.",
            {C},
        ),
        ("Our goal is 45, and 45 = 5 * 9; 9 can be made as 12 - 3.", {C}),
        ("To hit 30, we'd need something like 5 * 6 or 15 * 2.", {C}),
        (
            "Since we need a total of 17, and we already have 10, the other numbers need to "
            "give 7.",
            {C},
        ),
        (
            "For the triangle to be right-angled, $a^2 + b^2$ must equal $c^2$, so $c$ must be 13.",
            {C},
        ),
        (
            "Let's work backward from what we want to prove: it suffices to show that "
            "$n^2 - 1$ is divisible by 8.",
            {C},
        ),
        ("In order for $x$ to be an integer, $2k + 1$ must divide 15.", {C}),
        ("Reverse-engineering the target: 96 = 12 * 8, so I need an 8 and a 12.", {C}),
        (
            "Which number, when subtracted from 75, gives 39? That's 36, so I need 36 from the "
            "rest.",
            {C},
        ),
        (
            "We want the expression to be minimized, which happens when the square term is "
            "zero, so $x = 3$.",
            {C},
        ),
        ("To make 42 we'd want 6 * 7; do we have a 7? Yes, so we need 6 from 2 and 3.", {C}),
        ("For the last digit to be 5, n must be odd.", {C}),
        ("If the answer is to be 24, then the remaining numbers must give 24 / 3 = 8.", {C}),
        ("The target 39 is 3 * 13, so I'll try to form 13.", {C}),
        (
            "What has to be true at the end? The product has to be 60, so the factors have to "
            "be 5 and 12.",
            {C},
        ),
        (
            "We need $P(A) = 1/2$, and that requires exactly half of the outcomes to be "
            "favourable.",
            {C},
        ),
        ("Going backwards: before the last step we need 4, since 4 * 6 = 24.", {C}),
        ("To get 0 at the end, we could subtract two equal quantities, e.g. 9 - 9.", {C}),
        ("What is needed to make the remainder 1? The exponent must be a multiple of 4.", {C}),
        ("The final step needs to produce 50, which could be 2 * 25; so let's aim for 25.", {C}),
        (
            "Given that the result should be 15, and 15 = 20 - 5, I need to make 5 from 10 and 2.",
            {C},
        ),
        ("Work back from $y = 7$: we need $2x + 1 = 7$, so $x = 3$.", {C}),
        ("To satisfy the condition $a_n > 100$, n needs to be at least 11.", {C}),
        (
            "Think about the end: the target 72 is 8 * 9, so we want 8 from 2, 4 and 6 "
            "besides the 9.",
            {C},
        ),
        (
            "For the equation to have a double root, the discriminant has to vanish: $b^2 = 4ac$.",
            {C},
        ),
        (
            "We are aiming for 29, which is prime, so the last step is likely an addition or "
            "subtraction.",
            {C},
        ),
        ("If I want to reach 55, I can do 60 - 5, which means I have to build 60.", {C}),
        ("So we need 11 more to reach 35, and 11 = 8 + 3.", {C}),
        (
            "Since the target is even, at least one of the last operations must involve an "
            "even number.",
            {C},
        ),
        (
            r"For the limit to exist, the numerator must also go to 0 as $x \to 2$, hence "
            "$4a + 2 = 0$.",
            {C},
        ),
    )
)

#: Controls written with :data:`THIRD_ROUND`: clarification, restating, plain step numbering,
#: substitution that is not a check, plain computation and "let me" narration (no behaviour).
THIRD_ROUND_CONTROLS: tuple[str, ...] = (
    "Let me make sure I understand the problem: we have four numbers and need to reach 24.",
    "First, let me confirm what the question is asking: the number of positive divisors.",
    "We need to check whether the problem allows negative numbers.",
    "Let's verify the given: the triangle has sides 3, 4 and 5.",
    "I should double-check the wording: 'at most' means less than or equal to.",
    "Wait, does the problem say the numbers must be distinct?",
    "Let me re-read the question. It asks for the smallest positive integer n.",
    "Just to be clear, each number can be used only once.",
    "Let me confirm the target: 87.",
    "We should check if order matters here.",
    "I need to verify the definition of a perfect number before continuing.",
    "Let me check what 'lattice point' means: a point with integer coordinates.",
    "We are given the numbers 19, 36, 55 and 7, and we need to make 65.",
    "The problem asks us to find the value of $x$ such that $2^x = 32$.",
    "So, the question is how many ways can 5 people sit in a row.",
    "In other words, we want the area of the shaded region.",
    "Using the numbers [3, 8, 12, 50], create an equation that equals 62.",
    "Step 1: 50 - 12 = 38.",
    "Step 2: 38 + 8 = 46.",
    "Step 3: Multiply both sides by 4.",
    "1. Expand the bracket: $3x + 6$.",
    r"**Step 2:** Simplify the fraction $\frac{18}{24} = \frac{3}{4}$.",
    r"Substitute $u = x^2$, so $du = 2x\,dx$.",
    "Plugging $n = 5$ into the formula, we get $S_5 = 15$.",
    "Substituting the value of $y$ into the first equation: $x + 2(3) = 10$, so $x = 4$.",
    "Replacing $a$ with 2 gives $f(x) = 2x^2 + 1$.",
    r"Let $t = \tan(x/2)$; then $\sin x = \frac{2t}{1+t^2}$.",
    r"$12 \times 15 = 180$.",
    "So 45 + 37 = 82.",
    "Then 82 - 19 = 63.",
    r"The sum of the interior angles is $(n-2) \cdot 180 = 540$.",
    r"Therefore the probability is $\frac{3}{8}$.",
    "Dividing both sides by 3 gives $x = 7$.",
    "Multiplying out, $(x+1)^2 = x^2 + 2x + 1$.",
    r"Hence $a_{10} = 3 \cdot 2^9 = 1536$.",
    "The GCD of 84 and 126 is 42.",
    "Let me compute $7^3$: it is 343.",
    "Let me write down the equations.",
    "Let me denote the side length by $s$.",
    r"Let's calculate the area: $\frac{1}{2} \cdot 6 \cdot 8 = 24$.",
    "Let me think about this.",
    r"Let's simplify: $\frac{x^2 - 1}{x - 1} = x + 1$.",
    "Let me draw a diagram mentally: A at the origin, B at (4, 0).",
    "Let's use the quadratic formula.",
    "Let me add these up: 12 + 9 + 4 = 25.",
    "Let's now compute the derivative: $f'(x) = 6x - 2$.",
    "The answer is 24.",
    r"So the final answer is $\boxed{17}$.",
    r"We know that $\sin^2 x + \cos^2 x = 1$.",
    "This is a quadratic in $x$.",
    "Now we have 3 numbers left: 5, 6 and 7.",
    "Note that 24 is divisible by 3.",
    "The total is 100 percent.",
    "There are 6 outcomes in total.",
    r"Using the Pythagorean theorem, $c = \sqrt{9 + 16} = 5$.",
    r"First, recall the formula for the area of a circle: $A = \pi r^2$.",
    "Then we divide by 2.",
    "The numbers can be combined with +, -, * and /.",
    "Since $x > 0$, we take the positive root.",
    "Next, 6 * 4 = 24.",
    "So we have $x = 3$ and $y = 5$.",
    "We can write 36 as $6^2$.",
    "I will use the numbers in the order given.",
    "Let me list the multiples of 7 under 50: 7, 14, 21, 28, 35, 42, 49.",
    "Let's check the problem statement again: the jar has 5 red and 3 blue marbles.",
)

#: Fourth round (issue 19): written after the third generalisation without looking at its
#: misses again, and measured before any change: the held-out estimate recorded in
#: docs/reflection.md. Not tuned on (except for the clear bugs the docs name).
FOURTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # --- verification ----------------------------------------------------------------
        (
            "So 36 + 48 = 84. Let me make sure: 30 + 40 = 70, 6 + 8 = 14, total 84. Right.",
            {V},
        ),
        (
            "Plug in t = 3: h(3) = -16(9) + 48(3) = -144 + 144 = 0, so the ball is indeed on "
            "the ground at t = 3.",
            {V},
        ),
        ("99 - 88 = 11, way below 47.", {V}),
        ("Now (6 + 4) * 3 = 30, which overshoots 28 by 2.", {V}),
        ("Hmm, 52 is not divisible by 3, so this candidate is out.", {V}),
        (r"Let me double-check by computing it differently: $\binom{6}{2} = 15$ as well.", {V}),
        ("Check the second condition: 3 + 5 = 8, which is even. Good.", {V}),
        ("So 19 * 3 = 57. Is that 56? No.", {V}),
        (
            "Final check: the dimensions 4 by 9 give area 36 and perimeter 26, as the problem "
            "states.",
            {V},
        ),
        ("That's 17 + 29 = 46; the target is 46, so we're done.", {V}),
        ("I'll confirm the factorization: $(x - 4)(x + 3) = x^2 - x - 12$. ✓", {V}),
        ("Hmm, 84 / 4 = 21, that's not 12.", {V}),
        ("I got 0.35 for the probability, which is between 0 and 1, so it's plausible.", {V}),
        ("This comes out to 63, one more than the 62 we need.", {V}),
        ("Let me recheck: 128 divided by 16 is 8. Yes.", {V}),
        ("We should verify the solution satisfies the domain: x = 5 > 2, fine.", {V}),
        ("As a check, the sum of the probabilities is 1/6 + 1/3 + 1/2 = 1.", {V}),
        (
            "Testing x = 0 in the original inequality: 0 < 4, true, so 0 is in the solution set.",
            {V},
        ),
        ("Hold on, 7 * 8 is 56, not 54. Let me fix that.", {V}),
        ("Comparing with 25: 5 * 4 + 3 = 23, two short.", {V}),
        ("Nope, 14 * 3 = 42 misses 45.", {V}),
        (
            "Let's see whether 1001 = 7 * 11 * 13: 7 * 11 = 77 and 77 * 13 = 1001. Yes, it does.",
            {V},
        ),
        ("This result agrees with the estimate we made at the start.", {V}),
        ("Good, both sides equal 12, so the identity holds for n = 3.", {V}),
        # --- backtracking ----------------------------------------------------------------
        ("That didn't get anywhere. Let me try grouping 50 with 2 instead.", {B}),
        (
            "Hmm, the quadratic formula gives messy roots; maybe factoring by grouping works "
            "better.",
            {B},
        ),
        ("OK, dividing first was a bad idea. Let's multiply first: 12 * 4 = 48.", {B}),
        ("I'll drop the coordinate approach and use vectors.", {B}),
        ("Wait, that's wrong: I can't use 8 twice. Let me redo it with 8 once.", {B}),
        ("Let me step back. Maybe there's a simpler way using symmetry.", {B}),
        ("That gets me 3 too many, so scratch the addition and subtract instead.", {B, V}),
        ("Since the first idea didn't work out, let's consider 75 / 5 = 15 first.", {B}),
        ("Hmm, hmm. No. Let me restart with the numbers in a different order.", {B}),
        (
            "I don't like where this is going; let me use the substitution u = x + 1 instead.",
            {B},
        ),
        ("Attempt three: 90 - 10 * 2 = 70.", {B}),
        ("That combination is no good either. Next try: (13 + 11) * 2.", {B}),
        (
            "Let me go back and re-derive the second equation; I think I dropped a term.",
            {B},
        ),
        ("My first guess was off; let's reconsider how the sequence grows.", {B}),
        ("So that way fails. What if instead I start with 64 / 8?", {B}),
        (
            "It seems this path is a dead end, so I'll return to the original equation.",
            {B},
        ),
        (
            "This isn't leading to a nice answer. Let me try another method: complementary "
            "probability.",
            {B},
        ),
        ("Okay, I was wrong about the period; recomputing with period 6.", {B}),
        ("Hmm, instead of brute force, I should probably look for a pattern.", {B}),
        ("Let me try yet again, this time subtracting 9 first.", {B}),
        ("Let's abandon this and count directly.", {B}),
        ("That can't work since 7 is prime. Another way: 7 + 3 * 5 = 22.", {B, V}),
        ("Oops, I mixed up the radius and diameter. Redo: r = 3, so area = 9π.", {B}),
        ("Not possible with these numbers, so let's change strategy.", {B}),
        # --- subgoal setting -------------------------------------------------------------
        (
            "The problem can be split into two parts: finding the intersection points and "
            "computing the area between them.",
            {S},
        ),
        ("First goal: get 15 from 5 and 3. Then we add 10.", {S}),
        ("We need the slope before we can write the equation of the line.", {S}),
        (
            "I'll approach this step by step: compute the total, then subtract the excluded cases.",
            {S},
        ),
        ("Let's handle the denominator first.", {S}),
        ("To compute the expected value, I first need the probability of each outcome.", {S, C}),
        ("We'll find the GCD first and use it to get the LCM.", {S}),
        (
            "Breaking it into pieces: the area of the rectangle plus the area of the semicircle.",
            {S},
        ),
        ("My plan: turn 9 and 3 into 27, then add the 8 and subtract the 2.", {S}),
        ("One sub-problem at a time: first the x-coordinate, then the y-coordinate.", {S}),
        ("We want an intermediate result of 12 using 6 and 2.", {S}),
        ("Let me find the value of $a$, and after that I can find $b$ and $c$.", {S}),
        ("Our first task is to identify the repeating block of the decimal.", {S}),
        ("I'll aim to produce 11 from the small numbers first.", {S}),
        (
            "It's easiest to work out the number of outcomes where no six appears, then take "
            "the complement.",
            {S},
        ),
        (
            "Step one: simplify the expression inside the root. Step two: rationalise.",
            {S},
        ),
        (
            "First, let me get the common denominator, and then I'll combine the fractions.",
            {S},
        ),
        ("There are three things to compute: the mean, the median and the mode.", {S}),
        (
            "This requires two steps: solving for x and then plugging into the second equation.",
            {S},
        ),
        (
            "The idea is to first show the sequence is increasing, then that it is bounded.",
            {S},
        ),
        ("Let's tackle the integral piece by piece.", {S}),
        ("Before we can apply the formula, we have to find the radius.", {S}),
        ("I'll start by making 50 with 25 and 2, then use 13 and 7 to adjust.", {S}),
        ("So the subproblem is: how many ways to choose the committee chair?", {S}),
        # --- backward chaining -----------------------------------------------------------
        ("We want to end with 32. 32 = 64 / 2, so can I make 64?", {C}),
        ("The last step should give 100; 100 could come from 4 * 25.", {C}),
        (
            "For $g(x)$ to have a minimum at x = 2, its derivative must be zero there, so "
            "$4a + b = 0$.",
            {C},
        ),
        (
            "Work backwards from the final condition: the last person must get exactly 1 coin.",
            {C},
        ),
        ("Target 19: maybe 20 - 1, so I need to make a 1 from 3 and 3.", {C}),
        ("To get 56 we can do 7 * 8; 8 is given, so we need a 7.", {C}),
        ("For the product to be even, at least one factor must be even.", {C}),
        ("We need 3 more to get from 40 to 43.", {C}),
        (
            "What value of k makes the lines parallel? Their slopes have to be equal, so k = 2.",
            {C},
        ),
        ("Since we need 65 and 65 = 13 * 5, look for a 13.", {C}),
        ("In order to get a remainder of 3, n must be 3 more than a multiple of 8.", {C}),
        (
            "The result has to be negative, so the larger number must be subtracted from the "
            "smaller.",
            {C},
        ),
        ("Start with what we want: $a^2 + b^2 = 25$. Which pairs of squares sum to 25?", {C}),
        ("What must the third side be for the triangle to be isosceles?", {C}),
        (
            "If we're going to hit 72, the final operation is probably multiplication by 8 or 9.",
            {C},
        ),
        ("For the answer to be 3, the two remaining numbers have to differ by 3.", {C}),
        ("Goal: 41. Working backwards, 41 = 45 - 4.", {C}),
        ("23 is 27 - 4, so I want a 27, which is 3 * 9.", {C}),
        ("To make the expression undefined, the denominator must equal zero, so x = 4.", {C}),
        ("To end at 0, the last step should subtract a number from itself.", {C}),
        (
            "What do we need for the series to converge? The ratio must be less than 1 in "
            "absolute value.",
            {C},
        ),
        ("To obtain 90 at the end, 9 * 10 seems natural, so 10 must come from 8 and 2.", {C}),
        ("If the total is to be 50, each of the five parts has to be 10.", {C}),
        ("Which operation on 12 and 4 produces 3? Division: 12 / 4.", {C}),
    )
)

#: Controls written with :data:`FOURTH_ROUND` (no behaviour).
FOURTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Let me re-read the problem to make sure I have the numbers right: 6, 7, 8 and 9.",
    "We need to confirm the problem wants the answer in simplest radical form.",
    "I should check whether 0 counts as a natural number in this problem.",
    "The target number is 29.",
    "First, I'll write the numbers down: 3, 5, 12, 25.",
    "Step 3: 14 + 9 = 23.",
    "Step 1) Subtract 5 from both sides.",
    "2. Divide by 4.",
    "Substituting $x = 2y$ into the second equation gives $5y = 10$.",
    r"Plugging in the values, the area is $\frac{1}{2} \cdot 5 \cdot 12 = 30$.",
    "Let me compute the product: 13 * 17 = 221.",
    "Let's write the equation of the circle.",
    "Let me now find the derivative.",
    "We have $x^2 - 5x + 6 = 0$.",
    r"So the total cost is \$45.",
    "Thus $a = 3$, $b = -2$.",
    "The question asks for the probability of rolling a sum of 7.",
    "We want to find the number of integers between 1 and 100 that are divisible by 3.",
    "In this problem, we are asked to reach 50 using 5, 10, 15 and 20.",
    "Let me double-check that I copied the equation correctly from the problem.",
    "Is the triangle right-angled? The problem says so.",
    "Note that the function is even.",
    "The slope is 2 and the intercept is -1.",
    "Next, 100 - 25 = 75.",
    "I'll use the formula for the sum of an arithmetic series.",
    "Let's denote the number of apples by a and oranges by o.",
    "Then the answer is 14.",
    "Multiply both sides by 3 to get 3x = 21.",
    "Each number may be used at most once.",
    "The remaining numbers are 4 and 9.",
    "We'll use degrees throughout.",
    "So far we have 30.",
)


#: Probe sentences of the second broadening (issue 19): three sets written one after another,
#: each measured before the families it then prompted (docs/reflection.md has the figures);
#: tuned on since. One behaviour each.
BROADENING_PROBES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({label}))
    for text, label in (
        ("My plan is to find the radius and then the area.", S),
        ("It suffices to find the value of a + b.", S),
        ("The problem boils down to computing the determinant.", S),
        ("Goal 1: get the slope. Goal 2: get the intercept.", S),
        ("I'll split the work into two steps.", S),
        ("Let me set a subgoal: make 10 from 4 and 6.", S),
        ("We can split this into smaller pieces.", S),
        ("Our intermediate aim is to show the sequence is bounded.", S),
        ("The first milestone is finding the common ratio.", S),
        ("To do that, I'll first compute the discriminant.", S),
        ("Solving for x first and then plugging it into 6x + 5 gives the answer.", S),
        ("Here's the plan: factor, then cancel, then take the limit.", S),
        ("We proceed in three steps.", S),
        ("It is enough to compute f(2).", S),
        ("I want to get to 20 first, and then add 4.", S),
        ("Let me first get the denominator, and after that the numerator.", S),
        ("We'll handle the two cases one at a time.", S),
        ("What remains is to compute the area of the triangle.", S),
        ("The next thing to find is the height.", S),
        ("Step one is to find the roots; step two is to check their signs.", S),
        ("Sanity check: 3 * 8 = 24, good.", V),
        ("Double-checking: 12 * 12 = 144. Yes.", V),
        ("Plugging x = 2 in: 4 - 4 = 0. Works.", V),
        ("Let me verify with x = 1: both sides give 3.", V),
        ("That's 23, not 24. Close.", V),
        ("45 is bigger than the target, too much.", V),
        ("Check: 2(3) + 1 = 7. Correct.", V),
        ("So 6 * 4 = 24, which equals the target.", V),
        ("Does 7 divide 91? Yes, 91 = 7 * 13.", V),
        ("The sum is 100, exactly what we wanted.", V),
        ("The numbers add up: 30 + 40 + 30 = 100.", V),
        ("I got 15, which matches the answer key format? No, the answer should be a fraction.", V),
        ("Confirming: 25 + 25 = 50. Great.", V),
        ("Substituting back gives 9 = 9, so it is correct.", V),
        ("That gives 48; we need 50, so we're 2 away.", V),
        ("Result: 120, which is larger than 100.", V),
        ("Since 64 > 50, this overshoots.", V),
        ("Everything checks out.", V),
        ("The area is positive, as it should be.", V),
        ("The probability 7/12 is less than 1, which makes sense.", V),
        ("Hmm, that's not working. Let's try multiplication instead.", B),
        ("That path is a dead end; back to the start.", B),
        ("OK, that didn't pan out. New idea: use 75 - 25.", B),
        ("This won't lead anywhere, so I'll try the substitution u = x^2.", B),
        ("Let me abandon the algebra and draw a picture.", B),
        ("I was going about this the wrong way.", B),
        ("Let me rethink the setup.", B),
        ("That attempt failed. Let me go with 8 * 3 first.", B),
        ("Nope, that overshoots. Try 50 - 25 + 3.", B),
        ("Let me take a different route.", B),
        ("Actually, a cleaner approach is to complete the square.", B),
        ("On second look, the factoring was wrong; let me redo it.", B),
        ("This is going nowhere.", B),
        ("That approach is hopeless, so let's use symmetry.", B),
        ("Let me try yet another combination.", B),
        ("Since this fails, I'll go back and pick different numbers.", B),
        ("Scratch the last step.", B),
        ("Hmm, wrong track. Let me reconsider.", B),
        ("I give up on this method and use generating functions.", B),
        ("Let me retry with different operations.", B),
        ("To end at 24, the last step could be 4 * 6.", C),
        ("Working from the answer backwards, 24 = 3 * 8.", C),
        ("Starting from the desired result, we need x^2 = 9.", C),
        ("What would make the sum equal 100? We need the last term to be 10.", C),
        ("For 48 to be reached, we need 6 * 8.", C),
        ("We want 50, so we should look for 25 * 2.", C),
        ("The final result should be 64, which is 8 squared, so we need two 8s.", C),
        ("If we want to hit 100, we need 4 * 25.", C),
        ("Since the target 36 is 6 * 6, we need to make 6 twice.", C),
        ("Let's reason from what the answer requires: the discriminant must be zero.", C),
        ("Which two numbers multiply to 24? 4 and 6.", C),
        ("Goal: 27 = 3^3, so I need a 3 and a cube.", C),
        ("For this to be true, x must be positive.", C),
        ("To reach 19, I could do 20 - 1, so I need a 1 from the rest.", C),
        ("Start from 40: 40 = 5 * 8.", C),
        ("We need 9 at the end; 9 = 3 * 3.", C),
        ("Reverse: 24 / 4 = 6, and 6 = 2 + 4.", C),
        ("The only way to get 0 is for one factor to vanish.", C),
        ("The answer has to be a multiple of 7 since 7 divides both terms.", C),
        ("Aim backwards: what gives 15? 3 * 5.", C),
        ("(75 - 25) * 2 = 100. That hits 100 exactly.", V),
        ("Result 97 — 3 below the target.", V),
        ("6 * 7 = 42 > 40, overshoot.", V),
        ("So x = 5; back in the first equation, 2(5) + 3 = 13, as given.", V),
        ("The answer 1/6 lies in [0, 1], fine.", V),
        ("Quick check with n = 2: the formula gives 5, and counting by hand also gives 5.", V),
        ("Let me make sure the arithmetic holds: 17 * 3 = 51. It does.", V),
        ("We get 33; the required total is 33. Confirmed.", V),
        ("89 + 7 = 96, not quite 98.", V),
        ("This is off from the target by 4.", V),
        ("Compare with the goal: 52 vs 50, too high by 2.", V),
        ("Is 91 prime? 91 = 7 * 13, so no.", V),
        ("That lands at 23 instead of 24.", V),
        ("I'll verify numerically: sqrt(50) is about 7.07, matching 5 sqrt(2).", V),
        ("Both methods give 120, so the count is right.", V),
        ("Let's discard this combination and test 9 * 4.", B),
        ("That didn't get us anywhere; swap to 100 - 4.", B),
        ("Doesn't work. Next: 3 * (8 - 2).", B),
        ("No luck there, let me try the other pair.", B),
        ("I'll go a different way: use the complement.", B),
        ("Hmm, the substitution made it worse. Back to the original form.", B),
        ("Forget the quadratic formula; complete the square.", B),
        ("This line of attack fails, so consider parity.", B),
        ("I should have used 50 first. Starting again: 50 + 25 = 75.", B),
        ("Let me retrace my steps and divide instead.", B),
        ("Bad choice. Let me pair 6 with 4 instead.", B),
        ("Let me reconsider which numbers to combine.", B),
        ("To get 24 I'll first build 6 out of 2 and 3.", S),
        ("Plan: (a) find the intersection, (b) compute the area.", S),
        ("We'll work out the probability of each case, then add them.", S),
        ("The task splits into counting the even ones and the odd ones.", S),
        ("Stage 1: simplify the numerator.", S),
        ("First compute 75 + 25; after that, deal with the 4.", S),
        ("I'll approach it in parts: the integral first, the limit second.", S),
        ("We need two intermediate values: the perimeter and the semiperimeter.", S),
        ("Let me set an intermediate target of 60.", S),
        ("It helps to first find the least common multiple.", S),
        ("I'll build up to 100 gradually: 25 * 4 first.", S),
        ("The key step is to express everything in base 2.", S),
        ("Since the goal is 18, and 18 = 3 * 6, I need a 6.", C),
        ("Think about what the final operation must produce: 24 could be 30 - 6.", C),
        ("To end with 10, the last step might be 5 * 2.", C),
        ("Suppose the answer is 12; then the sum before dividing must be 36.", C),
        ("We want f(x) = 0; that requires x = 2 or x = -2.", C),
        ("Going back from 100: 100 = 4 * 25.", C),
        ("For the product to be odd, every factor has to be odd.", C),
        ("To obtain 15, we could multiply 3 and 5, so let's look for a 3.", C),
        ("What do we need? A 4 to multiply with 6.", C),
        ("Let's figure out what makes 36: 6 * 6 or 4 * 9.", C),
        ("Starting at the target: 48 - 6 = 42, so we'd need a 6.", C),
        ("The answer needs to be even, so the last number we add has to be even.", C),
        ("Now 5 * 5 = 25 and 25 - 1 = 24. Yes, 24 reached.", V),
        ("Let me see if 3 is a root: 27 - 27 = 0. It is.", V),
        ("The area came out negative, which can't happen, so I slipped somewhere.", V),
        ("Re-deriving it another way gives 3/8 again, so I'm confident.", V),
        ("Check by differentiation: d/dx of x ln x - x is ln x. Good.", V),
        (
            "100 - 4 = 96? That's four short of the 100 I need, hmm, no wait, 96 is what we"
            " wanted.",
            V,
        ),
        ("That sum is 1 + 2 + 4 = 7, matches the target 7.", V),
        ("I'll sanity-check with small n: n = 1 gives 1, and 1 = 1^2.", V),
        ("Plugging the point in: 3(2) - 4 = 2, true.", V),
        ("The two expressions agree at x = 0, both equal 1.", V),
        ("Multiplication isn't going anywhere; let's go with subtraction.", B),
        ("Hmm, I messed that up, redo: 12 / 3 = 4.", B),
        ("That combination busts the target. Next one: 7 * 8 - 2.", B),
        ("Actually no, that reasoning is flawed; let's approach it from the other side.", B),
        ("Let me backtrack and pick different numbers.", B),
        ("This isn't leading to 24, so I'll try pairing 6 and 4.", B),
        ("I'll throw out that factorisation and use the rational root theorem.", B),
        ("Okay, that failed. Second attempt: (9 - 3) * 4 = 24.", B),
        ("Not promising; I'll approach it geometrically instead.", B),
        ("Let me go back and use the other equation.", B),
        ("First I'll find where the lines meet, then I'll compute the distance.", S),
        ("We have to do two things: count the total and count the bad cases.", S),
        ("My intermediate goal is 12, because 12 * 2 = 24.", S),
        ("Let me split the sum into the even terms and the odd terms.", S),
        ("The first job is to rewrite everything in terms of sin x.", S),
        ("Let's get the denominator rationalised first, then simplify.", S),
        ("Before anything else, we should find the domain of f.", S),
        ("I'll work toward 50 first by doing 25 * 2.", S),
        ("Next I need to determine the radius.", S),
        ("Breaking this into cases: x >= 0 and x < 0.", S),
        ("We need to end at 21; 21 = 3 * 7, so can we get a 7?", C),
        ("Which number added to 45 makes 60? 15.", C),
        ("Working backward from 81 = 9 * 9, I need two 9s.", C),
        ("For the equation to have a double root, the discriminant must vanish.", C),
        ("To hit 100, the last operation is probably * 4 on a 25.", C),
        ("The final step should give 10, so before that we want 5 and 2.", C),
        ("We're aiming for 30, so what pairs multiply to 30?", C),
        ("In order for n to be divisible by 9, its digit sum must be divisible by 9.", C),
        ("Since I need 56 and 56 = 7 * 8, I'll look for an 8.", C),
        ("What has to be true for x + y to be maximal? x should equal y.", C),
    )
)

BROADENING_PROBE_CONTROLS: tuple[str, ...] = (
    "We need to check whether x = 0 is allowed by the problem.",
    "Step 2: 45 + 9 = 54.",
    "The problem asks us to reach 24 using each number once.",
    "Let me restate: find the smallest n such that n! ends in 5 zeros.",
    "Substituting u = x^2, the equation becomes u^2 - 5u + 4 = 0.",
    "First, 12 + 8 = 20.",
    "Let's confirm what the question means by 'distinct'.",
    "The target number is 36 and the numbers are 2, 3, 6 and 9.",
    "Then we simplify: 2x + 4x = 6x.",
    "I need to recall the formula for the volume of a cone.",
)


#: Fifth round (issue 19): written blind from the issue's definitions only, without sight of the
#: patterns or earlier examples (math and Countdown); measured before the third generalisation
#: (docs/reflection.md has the figures), tuned on since.
FIFTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (t, frozenset(labels))
    for t, labels in (
        # ---------------- verification: math ----------------
        (
            "So $x = 3$. Plugging back in: $2(3)^2 - 5(3) - 3 = 18 - 15 - 3 = 0$, so it "
            "satisfies the equation.",
            {V},
        ),
        (
            "Let me double-check the derivative by differentiating $\\frac{1}{2}x^2 \\ln x$ "
            "again: the product rule gives $x \\ln x + \\frac{1}{2}x$, which matches what I "
            "had.",
            {V},
        ),
        (
            "Sanity check: the probability came out to $\\frac{7}{12}$, which lies between 0 "
            "and 1 and is a bit above the $\\frac{1}{2}$ we'd expect from symmetry, so it's "
            "plausible.",
            {V},
        ),
        (
            "Quick test with $n = 3$: the formula gives $\\frac{3 \\cdot 4}{2} = 6$, and "
            "indeed $1 + 2 + 3 = 6$.",
            {V},
        ),
        (
            "Hmm, wait — is $91$ actually prime? No: $91 = 7 \\times 13$, so my count of "
            "primes below 100 was off by one.",
            {V},
        ),
        (
            "I want to confirm the area another way: Heron's formula with sides 6, 8, 10 gives "
            "$\\sqrt{12 \\cdot 6 \\cdot 4 \\cdot 2} = \\sqrt{576} = 24$, same as $\\frac{1}{2} "
            "\\cdot 8 \\cdot 6$. Consistent.",
            {V},
        ),
        (
            "The two roots should sum to $-\\frac{b}{a} = 5$ and multiply to $\\frac{c}{a} = "
            "6$; $2 + 3 = 5$ and $2 \\cdot 3 = 6$, good.",
            {V},
        ),
        (
            "That gives $\\binom{6}{2} = 15$ handshakes. Counting directly to be safe: the "
            "first person shakes 5 hands, the next 4 new ones, then 3, 2, 1, total 15. Matches.",
            {V},
        ),
        (
            "I get $\\int_0^1 x e^x\\,dx = 1$. Does that make sense? The integrand rises from "
            "0 to $e \\approx 2.72$ on a unit interval, so an area of 1 is reasonable.",
            {V},
        ),
        (
            "Hold on, $\\sqrt{50}$ is $5\\sqrt{2}$, not $5\\sqrt{10}$ — I simplified wrongly, "
            "so the hypotenuse is $5\\sqrt{2}$.",
            {V},
        ),
        (
            "Numerically, at $x = 0.01$ we get $\\frac{\\sin x}{x} \\approx 0.99998$, which "
            "agrees with the limit being 1.",
            {V},
        ),
        (
            "Substituting $(x, y) = (2, -1)$ into the second equation: $3(2) + 4(-1) = 2$, "
            "correct, so the pair works in both equations.",
            {V},
        ),
        (
            "We should make sure $x = -4$ isn't extraneous: $\\sqrt{-4 + 5} = 1$ but the right "
            "side is $-4 + 3 = -1$, so it fails and must be discarded.",
            {V},
        ),
        (
            "The 120 I got looks too big — $5!$ ignores the two identical letters. Dividing by "
            "$2!$ gives 60, which I trust more.",
            {V},
        ),
        (r"Both sides come out to $\frac{13}{6}$, so the identity checks out.", {V}),
        (
            r"Let me double check $7 \times 8$: it's 56, so the remainder really is $60 - 56 = 4$.",
            {V},
        ),
        (
            "Multiplying the matrix by my claimed inverse, "
            "$\\begin{pmatrix}2&1\\\\1&1\\end{pmatrix}\\begin{pmatrix}1&-1\\\\-1&2\\end{pmatrix}$, "
            "gives the identity, so the inverse is right.",
            {V},
        ),
        (
            "Does $a_5 = 48$ fit the pattern? $3 \\cdot 2^4 = 48$, yes, the closed form "
            "reproduces it.",
            {V},
        ),
        # ---------------- verification: Countdown ----------------
        ("(25 - 3) * 4 = 88, which is bigger than 72.", {V}),
        ("75 + 19 = 94, then 94 - 8 = 86. That's 86, not 83.", {V}),
        ("So 6 * 7 = 42 and 42 + 9 = 51 — exactly the target of 51, so this works.", {V}),
        ("Let's see: 100 / 4 = 25, 25 + 13 = 38. The target is 41, so I'm 3 short.", {V}),
        (
            "Hmm, 50 - 2 = 48 and 48 * 2 = 96, but I only have one 2, so that uses a number "
            "twice and isn't allowed.",
            {V},
        ),
        ("Evaluating (8 + 4) * (9 - 3): 12 * 6 = 72, which equals the target.", {V}),
        ("Result is 17, but we want 24, so no.", {V}),
        ("Let me recompute to be sure: 13 * 5 = 65, 65 - 7 = 58, 58 + 1 = 59. Yes, 59.", {V}),
        ("That overshoots: 37 * 3 = 111 versus 98.", {V}),
        (
            "Final check of (90 - 18) / 3 + 5: 72 / 3 = 24, 24 + 5 = 29, and each number was "
            "used once. Good.",
            {V},
        ),
        ("44 + 27 = 71, too low by 10.", {V}),
        ("Is 96 / 8 a whole number? 8 * 12 = 96, yes, so 12 is fine to use next.", {V}),
        ("That gives 63, and the goal was 63. Done.", {V}),
        ("Hmm, 4 * 17 = 68, not 78 — I added wrong earlier.", {V}),
        ("Plugging it back: 3 * (16 + 2) = 3 * 18 = 54, matching the target of 54.", {V}),
        ("Close, but 89 isn't 87.", {V}),
        # ---------------- backtracking: math ----------------
        (
            "Completing the square is getting messy with these fractions, so let me drop it "
            "and just use the quadratic formula instead.",
            {B},
        ),
        (
            "Scratch that — counting the complement directly overcounts. I'll use "
            "inclusion-exclusion on the three sets instead.",
            {B},
        ),
        (
            "Integration by parts with $u = x^2$ only makes the integral worse. Let's go back "
            "and try the substitution $w = x^2 + 1$ instead.",
            {B},
        ),
        (
            "This coordinate setup isn't leading anywhere. Let me abandon coordinates and use "
            "similar triangles.",
            {B},
        ),
        (
            "Hmm, listing every case would take forever. A better route: treat it as a "
            "stars-and-bars count.",
            {B},
        ),
        (
            "Assuming $n$ is even didn't get me anywhere. Let me go back to the start and work "
            "modulo 3 instead.",
            {B},
        ),
        (
            "Actually, no. Rather than expanding $(x+1)^5$ term by term, I'll read the "
            "coefficient straight off the binomial theorem.",
            {B},
        ),
        (
            "My first approach, solving for y and substituting, produced a quartic. Let me "
            "back up and eliminate x instead, which keeps things linear.",
            {B},
        ),
        (
            "Wait, this approach treats the balls as distinguishable, which they aren't. Let "
            "me restart the count with identical balls.",
            {B},
        ),
        ("OK, the trig substitution is a dead end here. Alternative: partial fractions.", {B}),
        (
            "Let's not use the law of cosines after all; dropping an altitude from C gives two "
            "right triangles that are easier to handle.",
            {B},
        ),
        (
            "I'll try a different tack: instead of computing the probability of at least one "
            "six directly, compute the probability of no sixes and subtract from 1.",
            {B},
        ),
        (
            "That didn't simplify. Going back to the original equation, I'll multiply both "
            "sides by $x(x-1)$ first this time.",
            {B},
        ),
        (
            "Applying L'Hôpital's rule three times still leaves $\\frac{0}{0}$. New plan: "
            "expand $\\sin x$ and $\\cos x$ as Taylor series.",
            {B},
        ),
        (
            "Never mind the recursion; there's a closed form if I view it as a geometric series.",
            {B},
        ),
        (
            "Plain induction on $n$ breaks at the inductive step, so I'll abandon it and prove "
            "the stronger statement $a_n < 2 - \\frac{1}{n}$ instead.",
            {B},
        ),
        (
            "Substituting $x = 2$ back gives $4 + 2 - 3 = 3 \\ne 0$, so that factorization was "
            "wrong — I'll use the quadratic formula instead.",
            {V, B},
        ),
        # ---------------- backtracking: Countdown ----------------
        ("(25 - 3) * 4 = 88, too high. Try (25 - 4) * 3 = 63 instead.", {V, B}),
        ("75 - 19 + 8 = 64, not 71. Next: 75 - 8 + 19 = 86.", {V, B}),
        (
            "Adding everything gets only 45, nowhere near 120, so addition alone won't do it; "
            "bring in multiplication: 12 * 10 = 120.",
            {V, B},
        ),
        ("Scrap this line of attempts with 50 at the front. I'll start from 7 * 8 instead.", {B}),
        ("Let me try a different ordering of the numbers: 9, 3, 6 rather than 6, 9, 3.", {B}),
        ("(48 - 11) / 6 isn't a whole number. Try 48 + 11 - 6 = 53.", {V, B}),
        ("Too small again. Instead of adding the 2, multiply by it: (13 + 9) * 2 = 44.", {V, B}),
        (
            "Alright, division seems like a dead end with these numbers, so I'll focus on "
            "subtraction combos.",
            {B},
        ),
        ("That's 96, which overshoots 94 by 2. So change it: 4 * 25 - 6 = 94.", {V, B}),
        ("36 + 15 + 4 = 55, not 59. 15 * 4 = 60, 60 - 36 = 24.", {V, B}),
        ("(100 + 4) / 2 = 52 — nope, need 48. (100 - 4) / 2 = 48.", {V, B}),
        (
            "I keep ending up near 30 with this grouping; let me throw it out and pair 17 with "
            "2 first.",
            {B},
        ),
        (
            "22 * 3 = 66 didn't lead anywhere, so let's try another combination: 22 + 3 = 25 "
            "and then 25 * 4 = 100.",
            {B},
        ),
        (
            "Going back to the beginning: rather than starting with 64, what if I divide 64 by "
            "8 first and build from 8?",
            {B},
        ),
        ("6 * 5 - 3 = 27, two short of 29. Another try: 6 * 5 - 1 = 29.", {V, B}),
        ("This isn't working. Let me reconsider and start with the largest number, 91.", {B}),
        # ---------------- subgoal setting: math ----------------
        (
            "First I'll find the radius of the inscribed circle, and then use it to get the "
            "shaded area.",
            {S},
        ),
        (
            "We'll do this in two parts: count the arrangements with the vowels together, then "
            "subtract that from the total.",
            {S},
        ),
        (
            "The key is to isolate $\\sqrt{x+3}$ on one side; once that's done, squaring gives "
            "a quadratic we can solve.",
            {S},
        ),
        (
            "To find the volume, I need the height of the pyramid, which means first finding "
            "the distance from the foot of the apex to a vertex.",
            {S, C},
        ),
        (
            "Plan: (1) find where the two curves intersect, (2) set up the integral between "
            "those points, (3) evaluate it.",
            {S},
        ),
        (
            "Let's split this into smaller pieces: factor $N = 2^4 \\cdot 3^2 \\cdot 5$ first, "
            "then apply the divisor-count formula to the exponents.",
            {S},
        ),
        (
            "Step one is to get the slope of the tangent at $x = 2$; after that, the equation "
            "of the line follows from point-slope form.",
            {S},
        ),
        (
            "It'll be easier to handle the cases $k \\le 5$ and $k > 5$ separately and add the "
            "two results.",
            {S},
        ),
        (
            "My plan is to simplify the expression inside the logarithm first, then use the "
            "change-of-base formula, and only then plug in numbers.",
            {S},
        ),
        (
            "Sub-goal: show that triangle ABD is isosceles. With that in hand, angle ABD "
            "follows directly.",
            {S},
        ),
        (
            "Before tackling the whole sum, I'll work out the general term $a_k$; the sum "
            "should then telescope.",
            {S},
        ),
        (
            "There are two things to find here: the common ratio and the first term. Let's get "
            "the ratio from the 3rd and 6th terms first.",
            {S},
        ),
        (
            "Intermediate targets: get $\\sin\\theta$ from the given $\\cos\\theta$, then "
            "$\\tan\\theta$, and finally $\\tan 2\\theta$.",
            {S},
        ),
        (
            "We can reduce this to counting lattice paths from (0,0) to (3,2) and from (3,2) "
            "to (5,5) separately, then multiplying.",
            {S},
        ),
        (
            "I'll start by computing the probability for a single draw, then extend it to the "
            "three-draw case.",
            {S},
        ),
        ("Milestones: expand, collect like terms, factor. Let's do the expansion now.", {S}),
        # ---------------- subgoal setting: Countdown ----------------
        ("My aim is to make 12 from 7 and 5, and then multiply by the 8.", {S}),
        ("Plan: use 50 and 2 to make 100, then handle the remaining 3 and 9 separately.", {S}),
        (
            "Let's break it up: get something near 60 from the big numbers, then fix the "
            "remainder with the small ones.",
            {S},
        ),
        ("Two stages: combine 4 and 6 into 24, then combine 24 with 19 and 3.", {S}),
        ("I'll try to build a 10 first, since a 10 is easy to scale.", {S}),
        ("Intermediate goal: make 25 out of 20, 3 and 2.", {S}),
        (
            "The first milestone is 45 (9 * 5); then I'll see what the 8 and the 2 can add to it.",
            {S},
        ),
        (
            "Let's group the numbers: (75, 25) in one group and (6, 2) in the other, work out "
            "each group, and combine at the end.",
            {S},
        ),
        ("First, I want to get rid of the awkward 17 by combining it with 3 to make 20.", {S}),
        ("Let me aim for a multiple of 7 first, because the target 91 is 7 * 13.", {S, C}),
        (
            "I'll split the work: the 100 and the 4 should produce something around 400, and "
            "the 7 and 3 will adjust it.",
            {S},
        ),
        (
            "Sub-target: reach 30 using only 5 and 6, and keep 2 and 9 in reserve for the "
            "final adjustment.",
            {S},
        ),
        (
            "We'll go in two moves — combine the two smallest numbers first, then see how the "
            "result interacts with 64.",
            {S},
        ),
        ("Let me first get a number in the 80s, then finish with the 7.", {S}),
        ("Goal for now: turn 8 and 3 into 24, and deal with the other 8 afterwards.", {S}),
        ("Break it into getting 50 from 2 and 25, then adding whatever 7 and 6 can make.", {S}),
        # ---------------- backward chaining: math ----------------
        (
            "We want $f(x) = 0$; for a fraction to vanish its numerator must vanish, so we "
            "need $x^2 - 9 = 0$ with $x \\ne -3$.",
            {C},
        ),
        (
            "Working backwards from the answer: if the amount is 1210 dollars after two years "
            "at 10%, then after one year it was 1100, and at the start 1000.",
            {C},
        ),
        (
            "To prove $a^2 + b^2 \\ge 2ab$, it suffices to show $(a-b)^2 \\ge 0$, which holds "
            "for all real numbers.",
            {C},
        ),
        (
            "Let's start from what we want: the area is 48, so base times height must be 96, "
            "and since the base is 12 the height has to be 8.",
            {C},
        ),
        (
            "For $\\lim_{x \\to 2} \\frac{x^2 + ax + b}{x - 2}$ to be finite, the numerator "
            "must vanish at $x = 2$, so $4 + 2a + b = 0$.",
            {C},
        ),
        (
            "Reasoning from the end: before the last split there were 6 coins, before that 14, "
            "and before that 30.",
            {C},
        ),
        (
            "What would make $n^2 + 3n$ divisible by 5? We'd need $n(n+3) \\equiv 0 \\pmod 5$, "
            "so $n \\equiv 0$ or $n \\equiv 2 \\pmod 5$.",
            {C},
        ),
        (
            "The result has to be a perfect square of the form $4k + 1$, so let's ask which "
            "squares are $1 \\bmod 4$ — the odd ones — and work back to $k$.",
            {C},
        ),
        (
            "For the tangent to be horizontal at $x = 1$, the slope $f'(1) = 3 + 2a$ must be "
            "zero, which forces $a = -\\frac{3}{2}$.",
            {C},
        ),
        (
            "To conclude that ABCD is a parallelogram we need both pairs of opposite sides "
            "parallel, so first I'll compute the four slopes.",
            {C, S},
        ),
        (
            "Suppose the required triangle exists with $c = 10$. Then $a + b > 10$ must hold, "
            "and with $a = 4$ that means $b > 6$.",
            {C},
        ),
        (
            "To end with exactly 3 red balls, the last draw has to be red and the first four "
            "draws must contain exactly 2 reds.",
            {C},
        ),
        (
            "Reasoning backwards: the last step of the proof will need $\\gcd(a, b) = 1$, "
            "which follows if no prime divides both, so that's what we should establish first.",
            {C, S},
        ),
        (
            "Which $t$ gives a final speed of 0? Working back through $v = v_0 - gt$, we need "
            "$t = \\frac{v_0}{g}$.",
            {C},
        ),
        (
            "The sequence ends at 1. Undoing each step from the end: 1 came from 2, 2 from 4, "
            "and 4 from 8 or 1, so the possible starting values are limited to those.",
            {C},
        ),
        (
            "We're after $\\cos 2\\theta$, which equals $1 - 2\\sin^2\\theta$, so what we "
            "actually need is $\\sin\\theta$, and the triangle gives us that.",
            {C},
        ),
        # ---------------- backward chaining: Countdown ----------------
        ("The target is 22, and 25 - 3 = 22, so if I can produce a 3 from 6 and 2 I'm done.", {C}),
        (
            "Working backwards from 96: 96 = 8 * 12, and I have an 8, so the question is "
            "whether 4, 3 and 5 can make 12.",
            {C},
        ),
        (
            "What multiplies to 84? 7 * 12, 6 * 14, 4 * 21 — I have a 7, so I'd need 12 from "
            "the rest.",
            {C},
        ),
        ("Target 39 is 3 more than 36, so I should look for 36 = 4 * 9 and then add the 3.", {C}),
        (
            "To finish on 100, the last operation could be 4 * 25 or 50 + 50; I have 25 but no "
            "4, so maybe 8 / 2 can supply the 4.",
            {C},
        ),
        (
            "Reverse it: 57 + 13 = 70, so I'm looking for a way to reach 70 and then subtract 13.",
            {C},
        ),
        (
            "81 is 3 * 27, and 27 = 24 + 3 uses the 24 and the 3, so I'd still need another 3 "
            "— and 9 - 6 gives exactly that.",
            {C},
        ),
        (
            "If the final step is a division, the numerator has to be 5 times the target of "
            "14, i.e. 70.",
            {C},
        ),
        (
            "Going from the goal down: 120 - 20 = 100, so with the 20 set aside we want 100, "
            "and 40 + 60 = 100.",
            {C},
        ),
        (
            "Let's think about what the last step must be. 53 is prime, so it can't come from "
            "a multiplication; it has to be a sum or difference, like 50 + 3 or 60 - 7.",
            {C},
        ),
        ("We need 18 at the end; half of 18 is 9, so if I can double a 9 I'm done.", {C}),
        ("Start from the target: 65 = 5 * 13, and 13 = 10 + 3.", {C}),
        ("Since 48 has to be some number times 6, that number is 8, which 11 - 3 gives.", {C}),
        ("Aim: 200. 200 / 25 = 8, so the remaining numbers should give me 8.", {C}),
        ("For 31, one option is 32 - 1; 32 is 4 * 8, and the 1 could come from 7 - 6.", {C}),
        (
            "The target minus the largest number is 78 - 50 = 28, so the remaining numbers "
            "need to make 28.",
            {C},
        ),
    )
)

FIFTH_ROUND_CONTROLS: tuple[str, ...] = (
    # problem clarification
    r"First, let's confirm the domain: $\ln(x - 2)$ is only defined for $x > 2$.",
    "We need to check whether complex roots count, or only real ones; the problem says real "
    "numbers, so only real.",
    "Let me make sure I understand the question: we're choosing 3 people from 10, and order "
    "doesn't matter.",
    "Just to be clear on the rules: each of 3, 7, 25 and 50 can be used at most once, with +, "
    "-, * and /.",
    "Are we allowed to use a number more than once? The problem says each number exactly once.",
    "Note that the problem asks for positive integers, so zero is excluded.",
    "I should double-check what 'distinct' means here — it refers to the digits, not the "
    "numbers themselves.",
    "Let's verify that we read the problem right: the target is 64 and the numbers are 8, 4, 2, 2.",
    "The question wants the answer in simplest radical form.",
    "We should check whether the interval is open or closed: it's $[0, 2\\pi)$, so $2\\pi$ "
    "itself is not included.",
    "Does 'between 1 and 100' include the endpoints? I'll take it as inclusive, as is usual in "
    "these problems.",
    "Before starting, let me confirm the units: the radius is in centimetres, so the area will "
    "be in square centimetres.",
    "Let's check the problem statement again: it says $a$, $b$, $c$ are positive integers with "
    "$a < b < c$.",
    "We need to decide whether 1 counts as a prime here; by the usual convention it doesn't.",
    "The problem says we can use each number only once, so there are four numbers to work with.",
    # plain step numbering
    "Step 1: 12 * 2 = 24",
    "Step 2: 24 + 6 = 30",
    r"Step 3: Divide both sides by 4 to get $x = \frac{7}{4}$.",
    "1. 75 - 25 = 50\n2. 50 + 8 = 58",
    "Step 1: Expand the left-hand side.",
    # restating the question
    "We are given the numbers 19, 36, 55 and 7 and need to reach 65 using each at most once.",
    r"The problem asks us to find all real $x$ such that $x^2 - 5x + 6 = 0$.",
    "So the task is: using 4, 9, 11 and 2, make 98.",
    "In other words, we need the number of ways to seat 6 people around a round table.",
    r"We're told that $f(x) = 3x^2 - 2$ and asked for $f(4)$.",
    "Restating: the triangle has sides 5, 12 and 13, and we want its inradius.",
    r"We need to find the value of $k$ for which the line is tangent to the circle.",
    "This is a Countdown puzzle with target 72.",
    # substitution that is not a check
    r"Substituting $x = 2$ into $f(x) = x^3 - 4x$ gives $f(2) = 8 - 8 = 0$.",
    r"Substitute $u = 3x + 1$, so $du = 3\,dx$ and the integral becomes $\frac{1}{3}\int u^4\,du$.",
    r"Plugging $y = 2x - 1$ into the first equation gives $x + 2(2x - 1) = 8$, i.e. $5x = 10$.",
    r"Let $t = x^2$; then the equation becomes $t^2 - 13t + 36 = 0$.",
    "Replacing n with 5 in the formula, we get 5 * 6 / 2 = 15.",
    # ordinary forward computation
    "25 * 4 = 100.",
    "100 - 7 = 93, and 93 + 3 = 96.",
    r"$\frac{3}{4} + \frac{1}{6} = \frac{9}{12} + \frac{2}{12} = \frac{11}{12}$.",
    r"The derivative of $x^3 \sin x$ is $3x^2 \sin x + x^3 \cos x$.",
    r"By the Pythagorean theorem, $c = \sqrt{9^2 + 12^2} = \sqrt{225} = 15$.",
    r"There are $\binom{8}{3} = 56$ ways to pick the committee.",
    "48 / 6 = 8, and 8 * 7 = 56.",
    r"Factoring, $x^2 - 7x + 12 = (x - 3)(x - 4)$.",
    r"So $2^{10} = 1024$, and $1024 \bmod 7 = 2$.",
    "Multiplying 13 by 6 gives 78, then adding 9 gives 87.",
    r"The interior angles of a hexagon add up to $(6 - 2) \cdot 180^\circ = 720^\circ$.",
    r"Integrating term by term, $\int (2x + 3)\,dx = x^2 + 3x + C$.",
    r"Recall that a number is divisible by 9 if the sum of its digits is divisible by 9.",
    # narration
    "Let me compute this.",
    "Okay, let's work through it.",
    "Now I'll multiply these two numbers.",
    "Let's see what happens when we combine 50 and 3.",
    "Alright, I'll start with the arithmetic.",
    "Let me think about this carefully.",
    "Next, we simplify the fraction.",
    "Hmm, interesting.",
    # final answer statements
    r"Therefore, the final answer is $\boxed{42}$.",
    "So the expression is (100 - 4) / 2 = 48. <answer>(100 - 4) / 2</answer>",
    r"The answer is $\frac{5}{8}$.",
    "Final answer: 7 * (13 - 5) + 2 = 58.",
    "Thus there are 60 distinct arrangements.",
    r"Hence $x = 3$ or $x = -\frac{1}{2}$.",
    "<answer>(25 - 3) * 4</answer>",
)


#: Sixth round (issue 19): verbatim passages of REAL MATH-500 completions (Qwen2.5-14B-Instruct,
#: Qwen2.5-Math-7B, gemma-2-27b-it, Sky-T1-27B/32B-short, from
#: /work/shared/data/math500_generations.jsonl), labelled by the definitions; borderline passages
#: left out. Each entry names its row, model and MATH-500 unique_id. The controls are real passages
#: showing none, chosen because a careless matcher might flag them. Measured before the third
#: generalisation (docs/reflection.md), tuned on since.
SIXTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (t, frozenset(labels))
    for t, labels in (
        # ---- verification (48); READ THROUGH: passages picked while reading whole
        #   completions (rows drawn with random.seed over the file, per model) or the
        #   opening sentences of randomly drawn completions
        # row 1906, Sky-T1-27B, test/number_theory/132.json
        (
            "Wait, let me check that:\n\n\\[ 12 \\times 167 = 2004 \\]\n\nYes, because 12 "
            "times 100 is 1200, and 12 times 67 is 804, so 1200 plus 804 is 2004.",
            {V},
        ),
        # row 1906, Sky-T1-27B, test/number_theory/132.json
        (
            "12 times 60 is 720, but wait, 12 times 67 is 804.\n\nWait, no, 12 times 60 is "
            "720, and 12 times 7 is 84, so 720 plus 84 is 804.\n\nSo, 12 times 167 is indeed "
            "2004.",
            {V},
        ),
        # row 1906, Sky-T1-27B, test/number_theory/132.json
        (
            "04 is divisible by 4.\n\nTherefore, 2004 is divisible by 12, which means the "
            "remainder is 0.\n\nThis confirms my earlier calculation.",
            {V},
        ),
        # row 1793, Sky-T1-27B, test/algebra/2486.json
        (
            "I should also make sure that there are no fractions in the final answer, but \\( "
            "\\frac{3}{5} \\) and \\( \\frac{8}{3} \\) are already in their simplest form.",
            {V},
        ),
        # row 1920, Sky-T1-27B, test/precalculus/625.json
        (
            "Yes, the scalar projection of a onto b is a · b divided by b · b, which is 8/49, "
            "and the vector projection is that scalar times b. So, that matches what I did "
            "earlier.",
            {V},
        ),
        # row 1920, Sky-T1-27B, test/precalculus/625.json
        ("4 + 36 + 9 = 49. That's correct.\n\nThen, 8 divided by 49 is indeed 8/49.", {V}),
        # row 1541, Sky-T1-27B, test/geometry/627.json
        (
            "But wait, the problem states that \\( x > 7 \\). In this case, x = 6, which is "
            "not greater than 7.",
            {V},
        ),
        # row 1541, Sky-T1-27B, test/geometry/627.json
        ("Now, check if x > 7: 8 > 7, which satisfies the condition.", {V}),
        # row 1748, Sky-T1-27B, test/precalculus/920.json
        (
            "Wait a second, is that correct? Let me double-check.\n\nI have "
            "\\(\\mathbf{A}^{27} = -\\mathbf{I}\\), \\(\\mathbf{A}^{31} = \\mathbf{A}\\), and "
            "\\(\\mathbf{A}^{40} = -\\mathbf{A}\\).\n\nAdding them up: \\(-\\mathbf{I} + "
            "\\mathbf{A} - \\mathbf{A} = -\\mathbf{I}\\).\n\nYes, that seems correct.",
            {V},
        ),
        # row 1890, Sky-T1-27B, test/algebra/853.json
        ("Wait, that can't be right. The square of the distance can't be negative.", {V}),
        # row 1890, Sky-T1-27B, test/algebra/853.json
        (
            "But the problem states that the answer should be in the form \\( \\sqrt{a}/b \\), "
            "where \\( a \\) and \\( b \\) are positive integers, and \\( a \\) is "
            "square-free. In this case, \\( a = 10 \\) and \\( b = 2 \\), and 10 is "
            "square-free since 10 is not divisible by the square of any integer greater than "
            "one.",
            {V},
        ),
        # row 1890, Sky-T1-27B, test/algebra/853.json
        (
            "Wait a minute, but I should confirm if this is indeed the minimal distance. Let "
            "me check the value of \\( f(x) \\) at other points to ensure that \\( "
            "\\frac{5}{2} \\) is indeed the minimum.",
            {V},
        ),
        # row 2464, Sky-T1-32B-short, test/intermediate_algebra/834.json
        (
            "Since $x$ must be positive (as it is part of a logarithm and a square term), we "
            "discard $x = -4$.",
            {V},
        ),
        # row 294, Qwen2.5-14B-Instruct, test/number_theory/488.json
        (
            "For 101:\n\\[\n3n = 101 \\implies n = \\frac{101}{3} \\approx 33.67 \\quad "
            "(\\text{not an integer})",
            {V},
        ),
        # row 33, Qwen2.5-14B-Instruct, test/algebra/1072.json
        ("The common ratio is consistent, so we can use it to find the eighth term.", {V}),
        # row 965, Qwen2.5-Math-7B, test/number_theory/72.json
        (
            "The sum of the first five numbers listed is \\( 4 + 9 + 25 + 49 + 121 = 208 "
            "\\).\n\nLet's confirm this with Python code.",
            {V},
        ),
        # row 1712, Sky-T1-27B, test/algebra/2102.json
        (
            "Let me double-check this to make sure it makes sense. If he answered 56 questions "
            "correctly, that's \\( 56 \\times 5 = 280 \\) points from correct answers. He "
            "answered 24 questions incorrectly, which deducts \\( 24 \\times 2 = 48 \\) "
            "points. So, total score is \\( 280 - 48 = 232 \\), which matches the given score.",
            {V},
        ),
        # row 1712, Sky-T1-27B, test/algebra/2102.json
        (
            "Also, 56 + 24 = 80 answered questions, and 20 unanswered questions, which adds up "
            "to 100 questions. Everything checks out.",
            {V},
        ),
        # row 1647, Sky-T1-27B, test/intermediate_algebra/966.json
        (
            "Seems correct. Maybe I can try another approach to confirm this result.\n\nLet me "
            "try using the method of Lagrange multipliers.",
            {V},
        ),
        # row 1647, Sky-T1-27B, test/intermediate_algebra/966.json
        ("Wait, that doesn't seem right. Let me recalculate \\( x^4 \\):", {V}),
        # row 1763, Sky-T1-27B, test/geometry/483.json
        (
            "Then, x = 180 / 7.5 = 24 degrees. That seems correct.\n\nThen, n = 360 / 24 = 15. "
            "That also seems right.",
            {V},
        ),
        # row 1763, Sky-T1-27B, test/geometry/483.json
        (
            "Wait, but I already know that the exterior angle is 24 degrees and the interior "
            "angle is 156 degrees (since 180 - 24 = 156), and 6.5*24 = 156, which "
            "matches.\n\nSo, that checks out.",
            {V},
        ),
        # row 1763, Sky-T1-27B, test/geometry/483.json
        ("Well, 180*13 = 2340, so n - 2 = 13\n\nTherefore, n = 15\n\nSame answer as before.", {V}),
        # row 1612, Sky-T1-27B, test/algebra/2058.json
        (
            "This matches the desired form, so I'm confident that \\(A = 2\\), \\(B = 2\\), "
            "\\(C = 3\\), \\(D = 6\\), and thus \\(A + B + C + D = 13\\).",
            {V},
        ),
        # row 1727, Sky-T1-27B, test/precalculus/819.json
        (
            "Suppose \\( c = 0 \\), then \\( z = 0 \\), which is the xy-plane. In cylindrical "
            "coordinates, \\( r \\) can be any positive real number, and \\( \\theta \\) can "
            "be any angle, while \\( z = 0 \\). That's clearly a plane.",
            {V},
        ),
        # row 1727, Sky-T1-27B, test/precalculus/819.json
        (
            "(F) Cone: A cone in cylindrical coordinates would have an equation relating \\( r "
            "\\), \\( \\theta \\), and \\( z \\), but \\( z = c \\) is a plane, not a cone.",
            {V},
        ),
        # row 1734, Sky-T1-27B, test/intermediate_algebra/1837.json
        (
            "Wait, is that correct? Let me double-check. If \\( r + 5 \\) is a root of \\( "
            "f(x) \\), then \\( f(r + 5) = 0 \\), which is exactly \\( g(r) = 0 \\). So, yes, "
            "the roots of \\( g(x) \\) are shifted by -5 compared to the roots of \\( f(x) \\).",
            {V},
        ),
        # row 1734, Sky-T1-27B, test/intermediate_algebra/1837.json
        (
            "Here, \\( a = -49 \\), so the sum of the roots is \\( 49 \\).\n\nSo, that checks out.",
            {V},
        ),
        # row 1770, Sky-T1-27B, test/algebra/2551.json
        (
            "Wait a minute, let me double-check that.\n\nSusan: 4 tickets at $15 each: "
            "4*15=60.\n\nPam: 5 tickets at $14 each: 5*14=70.\n\nDifference: 70-60=10.\n\nYes, "
            "that seems correct.",
            {V},
        ),
        # row 1881, Sky-T1-27B, test/counting_and_probability/188.json
        (
            "But y = 1 + x, so 1 + x = x - 1 → 1 = -1, which is impossible.\n\nWait, that "
            "can't be right.",
            {V},
        ),
        # row 1858, Sky-T1-27B, test/intermediate_algebra/860.json
        (
            "But wait, the \\(x\\) term is \\(\\frac{x}{2} - 3\\), which is not in the "
            "standard form for a circle.",
            {V},
        ),
        # row 1688, Sky-T1-27B, test/algebra/733.json
        (
            "x = -2: \\lfloor -2 \\rfloor = -2, which is an integer but less than 0. Since the "
            "factorial is only defined for non-negative integers, x = -2 is invalid.",
            {V},
        ),
        # row 1688, Sky-T1-27B, test/algebra/733.json
        (
            "So, f(6) = e^{-612} + \\binom{4411432}{2356} + 6 + 93093\n\ng(6) = e^{-612} + "
            "\\binom{4411432}{2356} + 6 + 93093\n\nSo, f(6) - g(6) = 0, as expected.",
            {V},
        ),
        # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
        (
            "Wait, but that doesn't seem right. If m = n = 3, then 3 * 3 = 9, but that would "
            "be the total number of points, not the number of 1x1 squares.",
            {V},
        ),
        # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
        ("Total squares: 0, which is not 70.", {V}),
        # row 1636, Sky-T1-27B, test/intermediate_algebra/2022.json
        (
            "Then, \\( 216 \\times 96 = 20736 \\), so \\( n^2 = 4000 + 96 = 4096 \\), hence "
            "\\( n = 64 \\).\n\nSo, \\( n = 64 \\) is achievable.",
            {V},
        ),
        # row 1589, Sky-T1-27B, test/number_theory/357.json
        (
            "So, the GCD should be 3 * 7 = 21.\n\nThis matches the result I got earlier using "
            "the Euclidean algorithm.",
            {V},
        ),
        # row 1589, Sky-T1-27B, test/number_theory/357.json
        (
            "- \\(1491 \\div 21 = 71\\)\n\nAll divisions are exact, confirming that the GCD is "
            "indeed 21. ",
            {V},
        ),
        # row 2447, Sky-T1-32B-short, test/prealgebra/996.json
        (
            "However, since there are more girls than boys, and the total number of students "
            "is 35, the number of girls cannot be 13 because that would leave 22 students as "
            "boys, which contradicts the condition that there are more girls than boys.",
            {V},
        ),
        # row 1739, Sky-T1-27B, test/geometry/229.json
        (
            "But wait, I need to check if these values satisfy both area conditions.\n\nFirst "
            "parallelogram: \\( (d - c)(b - a) = (72 - 54)(2 - 1) = 18 \\times 1 = 18 \\), "
            "which matches.",
            {V},
        ),
        # row 1860, Sky-T1-27B, test/precalculus/96.json
        ("So, again, I get \\(b = \\frac{7}{4}\\).\n\nThis matches my earlier result.", {V}),
        # row 1563, Sky-T1-27B, test/intermediate_algebra/279.json
        ("Test \\( x = 1 \\): \\( 1 + 1 + 1 + 1 + 3 + 6 + 6 + 6 = 25 \\neq 0 \\).", {V}),
        # row 1563, Sky-T1-27B, test/intermediate_algebra/279.json
        (
            "But our original polynomial is \\( x^8 + 3x^4 - 4 \\), which doesn't match. So, "
            "perhaps the factorization is incorrect.",
            {V},
        ),
        # row 1563, Sky-T1-27B, test/intermediate_algebra/279.json
        (
            'Wait, but the problem says "each non-constant polynomial", and \\( x - 1 \\) is '
            "non-constant, but \\( p_2(1) = 0 \\). Does that make sense?\n\nYes, because \\( x "
            "- 1 \\) is zero at \\( x = 1 \\), which is fine.",
            {V},
        ),
        # row 1507, Sky-T1-27B, test/precalculus/927.json
        (
            "Wait a minute, but angles between lines are typically between 0° and 90°, but "
            "here I'm getting approximately 113.57°. That seems too obtuse. Maybe I made a "
            "mistake in my calculations.",
            {V},
        ),
        # row 1507, Sky-T1-27B, test/precalculus/927.json
        (
            "Let me double-check the dot product:\n\n\\[\\mathbf{d_1} \\cdot \\mathbf{d_2} = 3 "
            "\\times 2 + 2 \\times (-12) + (-6) \\times 3 = 6 - 24 - 18 = -36\\]\n\nThat seems "
            "correct.",
            {V},
        ),
        # row 1544, Sky-T1-27B, test/prealgebra/1558.json
        (
            "But the problem says to express the answer as a decimal to the nearest hundredth. "
            "1.25 is already to the nearest hundredth since the digit in the thousandths place "
            "is zero, which doesn't affect rounding.",
            {V},
        ),
        # row 1544, Sky-T1-27B, test/prealgebra/1558.json
        (
            "Distance = sqrt((0.75)^2 + (1.0)^2) = sqrt(0.5625 + 1.0) = sqrt(1.5625) = 1.25 "
            "miles.\n\nI think that's consistent with what I got earlier.",
            {V},
        ),
        # ---- verification (4); KEYWORD SEARCH: passages found by a regex over the
        #   completions, then read in context and labelled by the definitions
        # row 2080, Sky-T1-32B-short, test/intermediate_algebra/1849.json
        (
            "For $k = 0$, the equation becomes $x^2 + 4x + 4 = 0$, which simplifies to "
            "$(x+2)^2 = 0$, giving $x = -2$. This value of $x$ does not satisfy $x + 2 > 0$, "
            "so $k = 0$ is not a valid solution.",
            {V},
        ),
        # row 1392, gemma-2-27b-it, test/precalculus/902.json
        (
            "$$x = -16$$\n\n\n\nSince a distance cannot be negative, we made a mistake "
            "somewhere in our reasoning.",
            {V},
        ),
        # row 1249, gemma-2-27b-it, test/number_theory/1065.json
        ("**Check for odd integers:**\n\n   Out of the two possible values, only 21 is odd.", {V}),
        # row 1484, gemma-2-27b-it, test/intermediate_algebra/101.json
        (
            "We need to check if these solutions work in the original equation.\n\n* "
            "**Checking x = 3:**\n\\[\\sqrt{3 + \\sqrt{3 \\cdot 3 + 6}} + \\sqrt{3 - \\sqrt{3 "
            "\\cdot 3 + 6}} = \\sqrt{3 + 3\\sqrt{3}} + \\sqrt{3 - 3\\sqrt{3}}.\\]This solution "
            "does not simplify to 6.",
            {V},
        ),
        # ---- verification + backtracking (6); READ THROUGH: passages picked while
        #   reading whole completions (rows drawn with random.seed over the file, per
        #   model) or the opening sentences of randomly drawn completions
        # row 1541, Sky-T1-27B, test/geometry/627.json
        (
            "Again, x = 6, which is not greater than 7.\n\nHmm, maybe I need to consider that "
            "the fourth point could be on the other side, making the parallelogram not "
            "convex.\n\nAlternatively, perhaps I should use the property that the diagonals "
            "bisect each other.",
            {V, B},
        ),
        # row 1541, Sky-T1-27B, test/geometry/627.json
        (
            "Again, x = 6, y = -1, which doesn't satisfy x > 7.\n\nMaybe there's another approach.",
            {V, B},
        ),
        # row 2041, Sky-T1-32B-short, test/geometry/627.json
        (
            "However, since we are given that $x > 7$, this calculation seems to contradict "
            "the given condition. Let's re-evaluate the setup considering the correct pairing "
            "of vertices for the diagonals.",
            {V, B},
        ),
        # row 1932, Sky-T1-27B, test/intermediate_algebra/1462.json
        (
            "But \\( 2 d = 0 \\) implies \\( d = 0 \\), which contradicts \\( 4 d + 1 = 0 \\). "
            "So, there is no particular solution of this form.\n\nMaybe I need to try a "
            "different form for the particular solution.",
            {V, B},
        ),
        # row 1932, Sky-T1-27B, test/intermediate_algebra/1462.json
        (
            "But \\( (-1)^{n + 1} \\) alternates between 1 and -1, which is not constant. So, "
            "this approach doesn't work.\n\nMaybe I need to consider a particular solution "
            "that is a linear combination of \\( n \\) and a constant.",
            {V, B},
        ),
        # row 1739, Sky-T1-27B, test/geometry/229.json
        (
            "Wait, that can't be right because \\( d \\) is given to be a positive integer, "
            "and the area is 72, so \\( d = 72 \\). But that seems too large, and it might not "
            "be the correct approach.\n\nLet me think differently.",
            {V, B},
        ),
        # ---- verification + backtracking (2); KEYWORD SEARCH: passages found by a regex
        #   over the completions, then read in context and labelled by the definitions
        # row 1558, Sky-T1-27B, test/algebra/722.json
        (
            "Wait, that doesn't match my previous result. I must have made a mistake "
            "somewhere.\n\nLet me try another approach.",
            {V, B},
        ),
        # row 1550, Sky-T1-27B, test/number_theory/1055.json
        (
            "Wait, this suggests that \\( x = 8k + 3 \\) does not satisfy the condition, which "
            "contradicts my earlier conclusion.\n\nWait, perhaps I made a mistake in "
            "simplifying the congruence.\n\nLet me start over.",
            {V, B},
        ),
        # ---- backtracking (15); READ THROUGH: passages picked while reading whole
        #   completions (rows drawn with random.seed over the file, per model) or the
        #   opening sentences of randomly drawn completions
        # row 1541, Sky-T1-27B, test/geometry/627.json
        ("Wait, this seems complicated. Maybe there's a better way.", {B}),
        # row 1748, Sky-T1-27B, test/precalculus/920.json
        ("This looks messy. Maybe there's a better way to handle this.", {B}),
        # row 1890, Sky-T1-27B, test/algebra/853.json
        (
            "Hmm, that seems a bit messy. Maybe there's a better way to approach this. Perhaps "
            "instead of minimizing the distance directly, I can minimize the square of the "
            "distance, since the square root function is increasing, so minimizing \\( d^2 \\) "
            "will also minimize \\( d \\).",
            {B},
        ),
        # row 650, Qwen2.5-Math-7B, test/intermediate_algebra/964.json
        (
            "The recursion error indicates that the depth of the recursive calls is too large, "
            "which is expected given the large value of \\( i = 2015 \\). To avoid this, we "
            "can use an iterative approach to compute the value of \\( f(2015, 2) \\).",
            {B},
        ),
        # row 1932, Sky-T1-27B, test/intermediate_algebra/1462.json
        (
            "Hmm, it's getting complicated. Maybe there's a better way to approach "
            "this.\n\nLet's consider the given condition \\( f(1) = f(1986) \\).",
            {B},
        ),
        # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
        (
            "But that seems complicated. Maybe there's a better way.\n\nAlternatively, perhaps "
            "I can think in terms of the number of possible top-left points for each square "
            "size.",
            {B},
        ),
        # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
        (
            "But this seems messy. Maybe I should look for a pattern or a formula.\n\nLet me "
            "consider a smaller grid to see if I can find a pattern.",
            {B},
        ),
        # row 1636, Sky-T1-27B, test/intermediate_algebra/2022.json
        (
            "This seems messy. Maybe there's a better approach.\n\nAlternatively, perhaps I "
            "can use the method of Lagrange multipliers to maximize or minimize \\( n \\) "
            "under the given constraints, but that might be too complicated for this problem.",
            {B},
        ),
        # row 1636, Sky-T1-27B, test/intermediate_algebra/2022.json
        (
            "But this seems too complicated. Maybe there's a better way.\n\nLet me consider "
            "the Power Mean Inequality.",
            {B},
        ),
        # row 1739, Sky-T1-27B, test/geometry/229.json
        (
            "This seems complicated. Maybe there's a better way.\n\nAlternatively, I can think "
            "of the area as the magnitude of the cross product of the vectors forming the "
            "sides of the parallelogram.",
            {B},
        ),
        # row 1944, Sky-T1-27B, test/counting_and_probability/731.json
        (
            "Wait, this seems messy. Maybe there's a better way to approach "
            "this.\n\nAlternatively, perhaps I can consider the regions where the point is "
            "closer to O than to each vertex and then find the intersection of these regions.",
            {B},
        ),
        # row 1944, Sky-T1-27B, test/counting_and_probability/731.json
        ("This seems complicated. Maybe there's a geometric interpretation.", {B}),
        # row 1563, Sky-T1-27B, test/intermediate_algebra/279.json
        (
            "But it's degree 7, so it's possible it can be factored further.\n\nAlternatively, "
            "perhaps there's a different approach. Maybe consider factoring by grouping or "
            "look for patterns.",
            {B},
        ),
        # row 1563, Sky-T1-27B, test/intermediate_algebra/279.json
        (
            "Alternatively, maybe there's a different way to factor the original "
            "polynomial.\n\nLet me try to factor \\( x^8 + 3x^4 - 4 \\) differently.",
            {B},
        ),
        # row 1823, Sky-T1-27B, test/counting_and_probability/870.json
        (
            "But in a circle, this might be a bit complicated to handle directly.\n\nMaybe I "
            "can think about the problem in terms of the order of the points around the circle.",
            {B},
        ),
        # ---- backtracking (9); KEYWORD SEARCH: passages found by a regex over the
        #   completions, then read in context and labelled by the definitions
        # row 1609, Sky-T1-27B, test/precalculus/44.json
        (
            "Wait, that doesn't seem helpful. Maybe I should try a different approach.\n\nLet "
            "me consider expressing all the angles in terms of multiples of 5 degrees, since "
            "the angles given are multiples of 5 degrees.",
            {B},
        ),
        # row 1916, Sky-T1-27B, test/precalculus/681.json
        (
            "But then I need to find \\(\\sin 6^\\circ\\), which again leads me down the path "
            "of finding smaller and smaller angles.\n\nThis seems like a dead end. Maybe I "
            "should try a different approach.",
            {B},
        ),
        # row 1560, Sky-T1-27B, test/intermediate_algebra/956.json
        (
            "This is getting a bit too vague. Let me try another approach.\n\nSuppose I let "
            "\\( y = x^3 \\), then \\( x^6 = y^2 \\), and \\( x^9 = y^3 \\).",
            {B},
        ),
        # row 1717, Sky-T1-27B, test/number_theory/417.json
        ("Wait, I'm getting confused.\n\nLet me try a different approach.", {B}),
        # row 1736, Sky-T1-27B, test/precalculus/989.json
        (
            "This seems like it's going to be complicated without knowing the exact values of "
            "these trigonometric functions.\n\nMaybe I need to look for a different approach "
            "altogether.",
            {B},
        ),
        # row 1594, Sky-T1-27B, test/prealgebra/1646.json
        (
            "But without knowing more about these triangles, this doesn't help much.\n\nThis "
            "is getting too complicated. Maybe I need to look for a different approach.",
            {B},
        ),
        # row 1828, Sky-T1-27B, test/algebra/2176.json
        ("This is getting too complicated. Maybe I should look for a different approach.", {B}),
        # row 1724, Sky-T1-27B, test/precalculus/190.json
        (
            "Wait, maybe I should look for a different approach.\n\nLet me consider the "
            "symmetry in the angles.",
            {B},
        ),
        # row 1103, gemma-2-27b-it, test/intermediate_algebra/558.json
        (
            "Instead of solving the equation directly, let's think about the graphical "
            "interpretation.",
            {B},
        ),
        # ---- subgoal setting (18); READ THROUGH: passages picked while reading whole
        #   completions (rows drawn with random.seed over the file, per model) or the
        #   opening sentences of randomly drawn completions
        # row 1793, Sky-T1-27B, test/algebra/2486.json
        (
            "To solve the inequalities \\( 0 \\ge 54p - 144 \\) and \\( 0 > 12 - 20p \\) for "
            "\\( p \\), we will solve each inequality separately and then find the "
            "intersection of the solutions.",
            {S},
        ),
        # row 1748, Sky-T1-27B, test/precalculus/920.json
        (
            "So, let's try to diagonalize \\(\\mathbf{A}\\).\n\nFirst, I need to find the "
            "eigenvectors corresponding to each eigenvalue.",
            {S},
        ),
        # row 2253, Sky-T1-32B-short, test/prealgebra/1458.json
        (
            "To solve the problem, we first need to convert 2 feet into inches because the "
            "question asks for a comparison in inches.",
            {S},
        ),
        # row 475, Qwen2.5-14B-Instruct, test/counting_and_probability/1003.json
        (
            "To solve the problem, we need to determine the probability of obtaining face \\( "
            "F \\) on the unfair die and use this information to find the probability of "
            "rolling a sum of 7 with two such dice.",
            {S},
        ),
        # row 650, Qwen2.5-Math-7B, test/intermediate_algebra/964.json
        (
            "To solve the problem, we need to implement the function \\( f \\) as defined and "
            "then compute \\( f(2015, 2) \\).",
            {S},
        ),
        # row 385, Qwen2.5-14B-Instruct, test/prealgebra/2066.json
        (
            "To solve the problem, we need to convert half of Kathy's 300 US dollars into "
            "British pounds and the other half into euros, and then determine the difference "
            "between the amounts in euros and pounds.",
            {S},
        ),
        # row 879, Qwen2.5-Math-7B, test/prealgebra/1865.json
        (
            "To solve this problem, we need to calculate the number of male and female bus "
            "riders for each grade and then determine which grade has the number of male bus "
            "riders closest to 135% of the number of female bus riders.",
            {S},
        ),
        # row 507, Qwen2.5-Math-7B, test/precalculus/927.json
        (
            "To find the angle between the two lines defined by the equations \\(2x = 3y = "
            "-z\\) and \\(6x = -y = -4z\\), we need to determine the direction vectors of the "
            "lines and then use the dot product formula to find the angle between them.",
            {S},
        ),
        # row 2398, Sky-T1-32B-short, test/prealgebra/1991.json
        (
            "To determine who earns the most after working an eight-hour day, we need to "
            "convert each person's hourly wage into US dollars and then calculate their "
            "earnings for an eight-hour day.",
            {S},
        ),
        # row 1932, Sky-T1-27B, test/intermediate_algebra/1462.json
        ("To solve it, we can find the homogeneous solution and a particular solution.", {S}),
        # row 1881, Sky-T1-27B, test/counting_and_probability/188.json
        ("Let me consider the area in two parts: x < 1 and x > 1.\n\nFirst, for x < 1:", {S}),
        # row 1881, Sky-T1-27B, test/counting_and_probability/188.json
        (
            "Now, I need to find the area within this square where all three inequalities are "
            "true.\n\nLet's look at each inequality separately.",
            {S},
        ),
        # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
        (
            "Now, I need to count the number of squares of each size and set their total equal "
            "to 70.",
            {S},
        ),
        # row 1589, Sky-T1-27B, test/number_theory/357.json
        (
            "First, I should probably find the GCD of the first two numbers, and then find the "
            "GCD of that result with the third number.",
            {S},
        ),
        # row 779, Qwen2.5-Math-7B, test/prealgebra/1512.json
        (
            "To solve this problem, we need to calculate the areas of the three regions "
            "\\(X\\), \\(Y\\), and \\(Z\\) and then find the difference between the area of "
            "the region with the greatest area and the area of the region with the smallest "
            "area.",
            {S},
        ),
        # row 2, Qwen2.5-14B-Instruct, test/algebra/2584.json
        (
            "To find the value of \\( f(-2) + f(-1) + f(0) \\) for the function \\( f(x) = "
            "\\frac{3x-2}{x-2} \\), we will evaluate \\( f(x) \\) at each of the given points "
            "and then sum the results.",
            {S},
        ),
        # row 17, Qwen2.5-14B-Instruct, test/precalculus/1199.json
        (
            "To determine the smallest possible value of \\( c \\) for the function \\( y = a "
            "\\sin(bx + c) + d \\), we need to analyze the given graph and extract the "
            "necessary parameters.\n\nFirst, let's identify the amplitude \\( a \\), the "
            "period, and the vertical shift \\( d \\) from the graph.",
            {S},
        ),
        # row 1823, Sky-T1-27B, test/counting_and_probability/870.json
        (
            "Now, I need to determine which of these orderings result in AB and CD "
            "intersecting.\n\nLet me consider each one:",
            {S},
        ),
        # ---- subgoal setting (6); KEYWORD SEARCH: passages found by a regex over the
        #   completions, then read in context and labelled by the definitions
        # row 42, Qwen2.5-14B-Instruct, test/algebra/2214.json
        (
            "To solve the inequality \\(-4 < 2(x - 1) < 8\\), we will break it down into two "
            "separate inequalities and solve each part step by step.",
            {S},
        ),
        # row 924, Qwen2.5-Math-7B, test/algebra/1339.json
        (
            "First, we need to find the constant \\( k \\) using the given values \\( x = 24 "
            "\\) and \\( y = 15 \\). Then we can use this constant to find the value of \\( x "
            "\\) when \\( y = 3 \\).",
            {S},
        ),
        # row 2087, Sky-T1-32B-short, test/algebra/567.json
        (
            "To solve the equation $|5x-1|=x+3$, we consider two cases based on the definition "
            "of absolute value.",
            {S},
        ),
        # row 1881, Sky-T1-27B, test/counting_and_probability/188.json
        (
            "Now, to find the area of this region, I can integrate over x from 0 to 3.\n\nBut "
            "I need to split the integral at x = 1, because max(x - 1, -x + 1) changes at x = "
            "1.",
            {S},
        ),
        # row 2123, Sky-T1-32B-short, test/geometry/283.json
        (
            "We split the quadrilateral into two triangles, $FED$ and $FEB$, and calculate "
            "their areas separately.",
            {S},
        ),
        # row 2401, Sky-T1-32B-short, test/intermediate_algebra/1806.json
        ("We consider two cases based on the value of $\\cos \\frac{\\theta}{2}$.", {S}),
        # ---- subgoal setting + backward chaining (9); READ THROUGH: passages picked
        #   while reading whole completions (rows drawn with random.seed over the file,
        #   per model) or the opening sentences of randomly drawn completions
        # row 33, Qwen2.5-14B-Instruct, test/algebra/1072.json
        (
            "To find the eighth term of the geometric sequence \\(\\frac{125}{9}, "
            "\\frac{25}{3}, 5, 3, \\ldots\\), we first need to determine the common ratio "
            "\\(r\\).",
            {S, C},
        ),
        # row 417, Qwen2.5-14B-Instruct, test/algebra/776.json
        (
            "To find the sum of the coefficients of the polynomial \\( g(x) \\), we first need "
            "to determine \\( g(x) \\) explicitly.",
            {S, C},
        ),
        # row 2257, Sky-T1-32B-short, test/geometry/473.json
        (
            "To find the total surface area of a cube with a volume of $1$ cubic foot, we "
            "first need to determine the length of one side of the cube.",
            {S, C},
        ),
        # row 1734, Sky-T1-27B, test/intermediate_algebra/1837.json
        (
            "So, to find the sum of the roots of \\( g(x) \\), I need to find the sum of the "
            "roots of \\( f(x) \\) and subtract 15.",
            {S, C},
        ),
        # row 123, Qwen2.5-14B-Instruct, test/geometry/283.json
        (
            "To determine the area of quadrilateral \\(DBEF\\), we first need to find the "
            "coordinates of points \\(D\\), \\(E\\), and \\(F\\).",
            {S, C},
        ),
        # row 273, Qwen2.5-14B-Instruct, test/prealgebra/993.json
        (
            "To determine how many dollars are equivalent to 1,000,000 lire, we need to first "
            "find the exchange rate between lire and dollars based on the given prices of "
            "gelato.",
            {S, C},
        ),
        # row 1860, Sky-T1-27B, test/precalculus/96.json
        (
            "So, to find \\(b\\), I need to find the direction vector of the line passing "
            "through A and B.",
            {S, C},
        ),
        # row 1507, Sky-T1-27B, test/precalculus/927.json
        (
            "I remember that to find the angle between two lines in 3D space, I can use the "
            "formula involving the dot product of their direction vectors.\n\nFirst, I need to "
            "find the direction vectors of both lines.",
            {S, C},
        ),
        # row 1823, Sky-T1-27B, test/counting_and_probability/870.json
        (
            "Now, I need to find the probability that the segments AB and CD intersect. To "
            "determine this, I need to find the conditions under which AB and CD cross each "
            "other.",
            {S, C},
        ),
        # ---- backward chaining (5); READ THROUGH: passages picked while reading whole
        #   completions (rows drawn with random.seed over the file, per model) or the
        #   opening sentences of randomly drawn completions
        # row 2093, Sky-T1-32B-short, test/algebra/873.json
        ("For the radius to be 1, we set $r^2 = 1^2 = 1$.", {C}),
        # row 88, Qwen2.5-14B-Instruct, test/algebra/892.json
        (
            "To ensure that the function \\(f(x)\\) intersects every horizontal line at least "
            "once, the ranges from both cases must cover all real numbers.",
            {C},
        ),
        # row 287, Qwen2.5-14B-Instruct, test/number_theory/631.json
        (
            "To determine after how many seconds the two gears will next have both their marks "
            "pointing due north, we need to find the least common multiple (LCM) of the times "
            "it takes for each gear to complete a full rotation and return to the north "
            "position.",
            {C},
        ),
        # row 296, Qwen2.5-14B-Instruct, test/intermediate_algebra/754.json
        (
            "To find the largest solution \\( x \\), we need the smallest base because the "
            "larger the base, the smaller the exponent \\( x \\) will be to achieve the same "
            "value on the right-hand side. Therefore, we need to determine which base is the "
            "smallest.",
            {C},
        ),
        # row 1823, Sky-T1-27B, test/counting_and_probability/870.json
        (
            "For AB and CD to intersect, the points A, B, C, and D must be arranged in an "
            "alternating order around the circle.",
            {C},
        ),
        # ---- backward chaining (10); KEYWORD SEARCH: passages found by a regex over the
        #   completions, then read in context and labelled by the definitions
        # row 1316, gemma-2-27b-it, test/algebra/276.json
        (
            "We want this expansion to be equal to $10x^2 - x - 24$.  For this to be true, the "
            "coefficients of the corresponding terms must be equal.",
            {C},
        ),
        # row 1945, Sky-T1-27B, test/intermediate_algebra/1779.json
        (
            "For the line to be tangent to the parabola, this quadratic in \\( x \\) should "
            "have exactly one solution, meaning its discriminant should be zero.",
            {C},
        ),
        # row 1795, Sky-T1-27B, test/precalculus/1201.json
        ("For this to be zero, both the real and imaginary parts must be zero.", {C}),
        # row 738, Qwen2.5-Math-7B, test/algebra/975.json
        (
            "For the function to be undefined, both \\(|x^2 + 3x - 4|\\) and \\(|x^2 + 9x + "
            "20|\\) must be zero simultaneously, because the sum of two non-negative numbers "
            "can only be zero if both numbers are zero.",
            {C},
        ),
        # row 1344, gemma-2-27b-it, test/intermediate_algebra/1572.json
        ("For the function to be continuous, these two limits must be equal:", {C}),
        # row 555, Qwen2.5-Math-7B, test/algebra/187.json
        (
            "Since the degree of \\((x-1)\\) is 1, the degree of \\(f(x)\\) must be 3 in order "
            "for the degree of the product to be 4.",
            {C},
        ),
        # row 1608, Sky-T1-27B, test/intermediate_algebra/894.json
        (
            "But for the circle to be tangent to the ellipse, the distance from the center of "
            "the circle to the ellipse should equal the radius of the circle.",
            {C},
        ),
        # row 2060, Sky-T1-32B-short, test/intermediate_algebra/956.json
        (
            "For this to be zero for all values of $a$, the coefficients of $a^2$, $a$, and "
            "the constant term must each be zero.",
            {C},
        ),
        # row 1721, Sky-T1-27B, test/number_theory/89.json
        (
            "For the product to be a perfect cube, the exponent of 2 in the product must be a "
            "multiple of 3.",
            {C},
        ),
        # row 1806, Sky-T1-27B, test/intermediate_algebra/1544.json
        ("We need this to be positive for the roots to be distinct and real.", {C}),
    )
)

# Controls: passages from the same completions that show none of the four behaviours (problem
# restatement and clarification, step headers, plain computation, "to find X we use/subtract ...",
# substitution that is a computation, final-answer lines, "let me compute", algebraic "split").
SIXTH_ROUND_CONTROLS: tuple[str, ...] = (
    # ---- controls (73); READ THROUGH: passages picked while reading whole completions (rows
    #   drawn with random.seed over the file, per model) or the opening sentences of randomly
    #   drawn completions
    # row 1906, Sky-T1-27B, test/number_theory/132.json
    'So I have this problem: "What is the remainder of 2004 divided by 12?" I need to find the '
    "remainder when 2004 is divided by 12.",
    # row 1906, Sky-T1-27B, test/number_theory/132.json
    "Let me calculate that:",
    # row 1906, Sky-T1-27B, test/number_theory/132.json
    "In this case, the dividend is 2004, and the divisor is 12.",
    # row 1906, Sky-T1-27B, test/number_theory/132.json
    "Therefore, the remainder of 2004 divided by 12 is 0.",
    # row 1906, Sky-T1-27B, test/number_theory/132.json
    "First, I know that when you divide one number by another, you can express it as:",
    # row 1793, Sky-T1-27B, test/algebra/2486.json
    "Alright, that's the solution for the first inequality.\n\nNow, let's move on to the "
    "second inequality:",
    # row 1793, Sky-T1-27B, test/algebra/2486.json
    "Now, I need to divide both sides by -20. Remember, when dividing or multiplying both "
    "sides of an inequality by a negative number, I have to reverse the inequality sign.",
    # row 1793, Sky-T1-27B, test/algebra/2486.json
    "Thus, the final answer is:",
    # row 1920, Sky-T1-27B, test/precalculus/625.json
    "**Calculate \\( b \\cdot b \\)**:",
    # row 1920, Sky-T1-27B, test/precalculus/625.json
    "So, b · b = 49.\n\nNow, plug this into the projection formula:",
    # row 1920, Sky-T1-27B, test/precalculus/625.json
    "Okay, let's recall the formula for the projection of a onto b.",
    # row 1541, Sky-T1-27B, test/geometry/627.json
    "Let me denote the points as follows:\n\nLet’s call the points A(5, 3), B(6, 8), C(7, 4), "
    "and D(x, y).",
    # row 1541, Sky-T1-27B, test/geometry/627.json
    "One important property is that the opposite sides of a parallelogram are equal and parallel.",
    # row 1541, Sky-T1-27B, test/geometry/627.json
    "Setting them equal: (1, 5) = (7 - x, 4 - y)",
    # row 1748, Sky-T1-27B, test/precalculus/920.json
    "So, let's compute the determinant:",
    # row 1748, Sky-T1-27B, test/precalculus/920.json
    "Let's compute the exponents modulo 3:\n\n27 mod 3 = 0,\n\n31 mod 3 = 1,\n\n40 mod 3 = 1.",
    # row 1748, Sky-T1-27B, test/precalculus/920.json
    "First, \\(\\mathbf{A}^1 = \\mathbf{A}\\):",
    # row 1748, Sky-T1-27B, test/precalculus/920.json
    "Interesting, \\(\\mathbf{A}^3 = -\\mathbf{I}\\). That's a useful finding.",
    # row 1890, Sky-T1-27B, test/algebra/853.json
    "First, I need to understand what's being asked. I need to find the minimum distance from "
    "the origin to any point on the curve defined by that equation.",
    # row 1890, Sky-T1-27B, test/algebra/853.json
    "Set the derivative equal to zero to find critical points:",
    # row 1890, Sky-T1-27B, test/algebra/853.json
    "Evaluate \\( f''(x) \\) at each critical point:",
    # row 2293, Sky-T1-32B-short, test/algebra/2486.json
    "Combining the results from both inequalities, we find that $p$ must satisfy:",
    # row 2293, Sky-T1-32B-short, test/algebra/2486.json
    "To solve for $p$ that satisfies both inequalities $0\\ge 54p-144$ and $0>12-20p$, we "
    "proceed as follows:",
    # row 2420, Sky-T1-32B-short, test/precalculus/625.json
    "Substituting the given values into the projection formula, we get:",
    # row 2041, Sky-T1-32B-short, test/geometry/627.json
    "To find $x + y$:",
    # row 2285, Sky-T1-32B-short, test/intermediate_algebra/1411.json
    "**Identify the roots and relationships**:",
    # row 2110, Sky-T1-32B-short, test/intermediate_algebra/345.json
    "**Use the given information $a_{13} = 2016$:**",
    # row 2414, Sky-T1-32B-short, test/algebra/2391.json
    "To solve the equation $$(3)5^2-4(5-a)^2 \\div 3=63,$$ we follow these steps:",
    # row 2414, Sky-T1-32B-short, test/algebra/2391.json
    "Finally, sum the values of $a$:",
    # row 2464, Sky-T1-32B-short, test/intermediate_algebra/834.json
    "Substitute $y^2 = 5x$ into the first equation:",
    # row 2464, Sky-T1-32B-short, test/intermediate_algebra/834.json
    "Now, we have two equations:",
    # row 475, Qwen2.5-14B-Instruct, test/counting_and_probability/1003.json
    "The sum of the probabilities of all faces must be 1:",
    # row 88, Qwen2.5-14B-Instruct, test/algebra/892.json
    "### Case 1: \\(x \\geq a\\)",
    # row 496, Qwen2.5-14B-Instruct, test/intermediate_algebra/1232.json
    "To find \\( |w| \\) where \\( w = \\frac{3z + 1}{5z + 7} \\) and \\( z = 1 + i \\), we "
    "will follow these steps:",
    # row 417, Qwen2.5-14B-Instruct, test/algebra/776.json
    "Now, we combine like terms:",
    # row 976, Qwen2.5-Math-7B, test/prealgebra/1252.json
    "To find out how many feet less than Martha does Jim walk, we subtract the distance Jim "
    "walks from the distance Martha walks:",
    # row 976, Qwen2.5-Math-7B, test/prealgebra/1252.json
    "We can use the Pythagorean theorem to find this distance.",
    # row 747, Qwen2.5-Math-7B, test/intermediate_algebra/1123.json
    "Let $p(x)$ be a quadratic polynomial with integer coefficients which has $4-\\sqrt{11}$ "
    "as a root. Compute $\\frac{p(3)}{p(4)}.$",
    # row 629, Qwen2.5-Math-7B, test/geometry/1140.json
    "(Note: This is the same as the previous problem, but the wording is slightly different.  "
    "The answer should be the same, but the steps to get there may be different.",
    # row 1063, gemma-2-27b-it, test/intermediate_algebra/279.json
    "Since the product of the $p_i(1)$ values is zero, at least one of them must be zero.",
    # row 1063, gemma-2-27b-it, test/intermediate_algebra/279.json
    "**Step 1: Substitute x = 1**",
    # row 1322, gemma-2-27b-it, test/algebra/1936.json
    "**Set up the equation:**\n   We know that *f(q(1)) = -3*. Substitute the expression we "
    "found for *f(q(1))*:",
    # row 1313, gemma-2-27b-it, test/prealgebra/1423.json
    "Here's how to solve the problem step-by-step:",
    # row 2311, Sky-T1-32B-short, test/number_theory/911.json
    "To solve the problem, we first recognize a useful property of numbers in relation to "
    "modulo 9.",
    # row 2363, Sky-T1-32B-short, test/algebra/251.json
    "To solve the problem, let's denote the unknown number as $x$.",
    # row 2214, Sky-T1-32B-short, test/counting_and_probability/765.json
    "To solve this problem, we will use the information given and apply the principle of "
    "inclusion-exclusion.",
    # row 203, Qwen2.5-14B-Instruct, test/intermediate_algebra/1555.json
    "To find the remainder when the polynomial \\( P(x) = (5x + 9)^{611} + (x + 5)^{11} + (x - "
    "1)^{11} + 3x^2 + 1 \\) is divided by \\( x + 2 \\), we can use the Remainder Theorem.",
    # row 545, Qwen2.5-Math-7B, test/geometry/178.json
    "In right triangle $ABC$ with $\\angle B = 90^\\circ$, we have $\\sin A = 2\\cos A$.  What "
    "is $\\tan A$?",
    # row 1712, Sky-T1-27B, test/algebra/2102.json
    "We need to find out how many of those 80 questions he answered correctly.",
    # row 1712, Sky-T1-27B, test/algebra/2102.json
    "This is a system of linear equations. We can solve it using either substitution or "
    "elimination. I'll use the substitution method here.",
    # row 1932, Sky-T1-27B, test/intermediate_algebra/1462.json
    "Let's compute the first few terms to see if we can find a pattern.",
    # row 1612, Sky-T1-27B, test/algebra/2058.json
    "That's nice! The denominator simplifies to 1.",
    # row 1612, Sky-T1-27B, test/algebra/2058.json
    "Comparing this with the desired form \\(A(1+\\sqrt{B}) - (\\sqrt{C} + \\sqrt{D})\\), I "
    "can see that:",
    # row 1612, Sky-T1-27B, test/algebra/2058.json
    "Thus, the final answer is \\(\\boxed{13}\\).<|end_of_solution|>",
    # row 1727, Sky-T1-27B, test/precalculus/819.json
    "I need to figure out what shape this equation represents in cylindrical coordinates.",
    # row 1734, Sky-T1-27B, test/intermediate_algebra/1837.json
    "If \\( r \\) is a root of \\( g(x) \\), then \\( g(r) = 0 \\), which means \\( f(r + 5) = "
    "0 \\). That implies that \\( r + 5 \\) is a root of \\( f(x) \\).",
    # row 1734, Sky-T1-27B, test/intermediate_algebra/1837.json
    "Let's try expanding \\( g(x) \\):",
    # row 1770, Sky-T1-27B, test/algebra/2551.json
    "Now, to find out how many more dollars Pam pays than Susan, I subtract Susan's total from "
    "Pam's total.",
    # row 1881, Sky-T1-27B, test/counting_and_probability/188.json
    "So, total area is 1 + 4 = 5.\n\nNow, the total area of the square is 3 * 3 = "
    "9.\n\nTherefore, the probability is 5/9.",
    # row 1858, Sky-T1-27B, test/intermediate_algebra/860.json
    "To determine the type of graph this represents, we can analyze it against the standard "
    "forms of conic sections.",
    # row 1668, Sky-T1-27B, test/counting_and_probability/181.json
    "That probably means that the squares are of side lengths 1, 2, and 3 units, but I should "
    "confirm that.",
    # row 1589, Sky-T1-27B, test/number_theory/357.json
    "The Euclidean algorithm is based on the principle that the GCD of two numbers also "
    "divides their difference.",
    # row 2306, Sky-T1-32B-short, test/intermediate_algebra/1544.json
    "According to the problem, if $c$ is a root, then $c^2 - 2$ must also be a root. This "
    "implies that for any root $r$ of the equation, $r^2 - 2$ must also be a root. ",
    # row 214, Qwen2.5-14B-Instruct, test/counting_and_probability/765.json
    "To solve this problem, we need to use the principle of inclusion-exclusion for three sets.",
    # row 762, Qwen2.5-Math-7B, test/prealgebra/1317.json
    "To solve the equation \\(10^x - 10 = 9990\\), we can follow these steps:",
    # row 348, Qwen2.5-14B-Instruct, test/counting_and_probability/116.json
    "To compute \\(\\binom{31}{28}\\), we start by using the property of binomial coefficients "
    "that \\(\\binom{n}{k} = \\binom{n}{n-k}\\). This property simplifies the calculation "
    "because \\(\\binom{31}{28} = \\binom{31}{3}\\).",
    # row 777, Qwen2.5-Math-7B, test/prealgebra/1834.json
    "What is $\\sqrt{12}$ in simplest radical form?",
    # row 1139, gemma-2-27b-it, test/intermediate_algebra/1151.json
    "Understand the Domain**\n\nThe domain of the function is defined by the inequalities $-1 "
    "\\le x \\le 1$ and $-1 \\le y \\le 1.$ This represents a square in the $xy$-plane.",
    # row 2349, Sky-T1-32B-short, test/counting_and_probability/238.json
    "**Fix a Person to Break the Rotational Symmetry**:",
    # row 1860, Sky-T1-27B, test/precalculus/96.json
    "First, find the equation of the line AB.",
    # row 1544, Sky-T1-27B, test/prealgebra/1558.json
    "I need to find the straight-line distance from point A to point D.",
    # row 1544, Sky-T1-27B, test/prealgebra/1558.json
    "So, plugging in the coordinates:",
    # row 1975, Sky-T1-27B, test/counting_and_probability/1003.json
    "We need to find a and b such that a + b = 1/3 and a*b = 5/192",
    # ---- controls (5); KEYWORD SEARCH: passages found by a regex over the completions, then
    #   read in context and labelled by the definitions
    # row 2213, Sky-T1-32B-short, test/intermediate_algebra/102.json
    "This can be further simplified by splitting the fraction into two parts:",
    # row 1701, Sky-T1-27B, test/number_theory/149.json
    "The teacher wants to split them into groups of 8, but the last group only has 5 students. "
    "Also, if they are split into groups of 6, the last group has 3 students.",
    # row 1358, gemma-2-27b-it, test/intermediate_algebra/860.json
    "**Check for squared terms:** Both $x$ and $y$ are squared.",
    # row 1062, gemma-2-27b-it, test/precalculus/675.json
    "We're given a matrix $A = \\begin{pmatrix} 2 & 3 \\\\ 0 & -2 \\end{pmatrix}$ and asked to "
    "find the smallest constant $C$ that satisfies the inequality:\n\n $$ \\|A\\mathbf{v}\\| "
    "\\le C \\|\\mathbf{v}\\| $$\n\nfor all vectors $\\mathbf{v}$.",
    # row 1468, gemma-2-27b-it, test/algebra/224.json
    "**Answer:** There are $\\boxed{8}$ integer values of *t* that satisfy the condition.",
)


#: Seventh round (issue 19): 158 verbatim passages of REAL MATH-500 completions (rows and
#: problems other than the sixth round's), labelled blind by the definitions, with 81 real
#: controls chosen as adversarial. It was the held-out measure of the third generalisation
#: (docs/reflection.md has the figures measured before the fourth); tuned on since.
SEVENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (t, frozenset(labels))
    for t, labels in (
        # --- Block 1: sampled by READING whole completions drawn with random seeds (2027, 2028,
        # 3031, 4041, 5151, 6262, 7373, 8484, 1212, 2468, 3131, 8080, 2929, 9595, 5555, 31337,
        # 4747, 1357) over the file.
        # row 99 qwen-14b-instruct test/precalculus/1300.json
        (
            "which is true, so our expressions for \\(v_2\\) and \\(v_3\\) are consistent.",
            {V},
        ),
        # row 536 qwen-math-7b test/intermediate_algebra/428.json
        (
            "Let's verify these solutions using Python to ensure accuracy.",
            {V},
        ),
        # row 637 qwen-math-7b test/number_theory/1257.json
        (
            "Let's confirm this with Python code.",
            {V},
        ),
        # row 705 qwen-math-7b test/precalculus/263.json
        (
            "We can verify that these values satisfy the first equation:",
            {V},
        ),
        # row 797 qwen-math-7b test/number_theory/1172.json
        (
            "We can verify that \\( 2 \\cdot 103 = 206 \\), and \\( 206 \\equiv 3 \\pmod{7} "
            "\\), so the solution is correct.",
            {V},
        ),
        # row 839 qwen-math-7b test/intermediate_algebra/1566.json
        (
            "Let's verify this with Python code to ensure the result is accurate.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "But, I need to check these solutions in the original equation because squaring "
            "both sides can sometimes introduce extraneous solutions.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "\\[ 1 = 3 + 4 \\]\n\n\\[ 1 = 7 \\]\n\nThat's not true. So, \\( x = 1 \\) is an "
            "extraneous solution.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "Looking back at my solutions, x = 5 is within this range, and x = 1 is not. So, "
            "only x = 5 is valid.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "So, x = 1 + 4 = 5.\n\nAgain, this confirms that x = 5 is the only solution.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "So, y = -3 or y = 1\n\nBut y ≥ 0, so y = -3 is extraneous.\n\nThus, y = 1.",
            {V},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "Since \\( x = 5 \\) is within this range, it is confirmed as the only solution.",
            {V},
        ),
        # row 1524 sky27b test/algebra/2427.json
        (
            "If \\( r = 0 \\), then the future value is simply \\( 3 \\times 20000 = 60000 "
            "\\), which is less than $66,200.\n\nSo, \\( r \\) must be greater than 0.",
            {V},
        ),
        # row 1524 sky27b test/algebra/2427.json
        (
            "So, \\( 1.092727 - 3.4073 + 2.31 = 1.092727 - 3.4073 = -2.314573 + 2.31 = "
            "-0.004573 \\), which is negative.\n\nSo, \\( r = 0.03 \\) does not satisfy the "
            "inequality.",
            {V},
        ),
        # row 1528 sky27b test/precalculus/779.json
        (
            "Wait a minute, let me double-check that. Maybe there's another way to approach "
            "this to confirm.",
            {V},
        ),
        # row 1528 sky27b test/precalculus/779.json
        (
            "Okay, that matches what I got earlier by using the multiplication method.",
            {V},
        ),
        # row 1528 sky27b test/precalculus/779.json
        (
            "Applying this to $7 + 2i$, we get $(-2, 7)$, which is $-2 + 7i$, again confirming "
            "my previous result.\n\nI think that's solid.",
            {V},
        ),
        # row 1530 sky27b test/number_theory/864.json
        (
            "Wait, let me double-check that. If I take \\(52_8\\), that's \\(5 \\times 8^1 + 2 "
            "\\times 8^0 = 40 + 2 = 42_{10}\\).",
            {V},
        ),
        # row 1530 sky27b test/number_theory/864.json
        (
            "Let me convert \\(52_8\\) back to decimal to verify.",
            {V},
        ),
        # row 1618 sky27b test/intermediate_algebra/232.json
        (
            "Wait, that seems more than 25. Let me count:",
            {V},
        ),
        # row 1618 sky27b test/intermediate_algebra/232.json
        (
            "Wait, that can't be right. Maybe I'm double-counting.",
            {V},
        ),
        # row 1632 sky27b test/prealgebra/1686.json
        (
            "Now, the factors of 14 are 1, 2, 7, and 14, which matches what I found earlier.",
            {V},
        ),
        # row 1632 sky27b test/prealgebra/1686.json
        (
            "So, no matter which method I use, I end up with the same four numbers.",
            {V},
        ),
        # row 1637 sky27b test/number_theory/1257.json
        (
            "Wait a minute, but I should check if this is correct.\n\nLet me verify by "
            "converting \\(204_5\\) back to base 10.",
            {V},
        ),
        # row 1637 sky27b test/number_theory/1257.json
        (
            "Wait, there's a discrepancy here.\n\nWait, in the base 5 division, I got 203 with "
            "a remainder of 2, but in base 10, it's 54, which is 204 in base 5.\n\nSo, perhaps "
            "I made a mistake in the base 5 division.",
            {V},
        ),
        # row 1643 sky27b test/precalculus/477.json
        (
            "Wait a minute, but I should double-check my calculations to make sure I didn't "
            "make any mistakes.\n\nLet me verify the cross product again.",
            {V},
        ),
        # row 1643 sky27b test/precalculus/477.json
        (
            "Area: (1/2)*6*sqrt(5) = 3*sqrt(5)\n\nSeems correct.",
            {V},
        ),
        # row 1663 sky27b test/algebra/2517.json
        (
            "Let me check if choosing $a = -2$ and $b = 3$ gives the maximum value.\n\nLet's "
            "calculate $\\frac{1}{3^2} - (-2)^2 = \\frac{1}{9} - 4 = \\frac{1}{9} - "
            "\\frac{36}{9} = -\\frac{35}{9}$.",
            {V},
        ),
        # row 1663 sky27b test/algebra/2517.json
        (
            "Wait, but earlier when I plugged in $b = 3$ and $a = -2$, I got $\\frac{1}{9} - 4 "
            "= -\\frac{35}{9}$, which is negative.\n\nBut according to this, the maximum "
            "should be $\\frac{37}{9}$.",
            {V},
        ),
        # row 1687 sky27b test/algebra/2199.json
        (
            "Then, the number of dimes would be \\( 11 - 7 = 4 \\) dimes, which would be \\( 4 "
            "\\times 10 = 40 \\) cents. So, total value is \\( 35 + 40 = 75 \\) cents, which "
            "matches the given total.",
            {V},
        ),
        # row 1700 sky27b test/prealgebra/2086.json
        (
            "But 44.1 daps doesn't seem right because we're dealing with whole units, but "
            "maybe the problem allows for fractions.\n\nAlternatively, perhaps I made a "
            "mistake in the calculation.\n\nLet me check the multiplication:",
            {V},
        ),
        # row 1710 sky27b test/prealgebra/378.json
        (
            "Wait a minute, if I add these two shaded areas together, 8 + 12 = 20, but the "
            "total area of the entire rectangle is only 12 square units. That can't be right "
            "because the shaded area can't be larger than the total area.",
            {V},
        ),
        # row 1715 sky27b test/algebra/907.json
        (
            "Let me double-check this. Maybe I made a mistake in assuming that \\( x^3 = 2x + "
            "1 \\). Let's verify that.",
            {V},
        ),
        # row 1715 sky27b test/algebra/907.json
        (
            "So, regardless of which root we choose, the expression evaluates to 2.\n\nThis "
            "reinforces that my earlier approach was correct.",
            {V},
        ),
        # row 1715 sky27b test/algebra/907.json
        (
            "Alternatively, I could plug in the values of \\( x \\) that I found earlier using "
            "the quadratic formula and see if it holds.",
            {V},
        ),
        # row 1719 sky27b test/counting_and_probability/282.json
        (
            "But wait, let's double-check this.\n\nFirst, confirm the total number of squares:",
            {V},
        ),
        # row 1804 sky27b test/intermediate_algebra/446.json
        (
            "This matches what I found earlier.\n\nTherefore, the minimum value of the "
            "original expression is 9.",
            {V},
        ),
        # row 1804 sky27b test/intermediate_algebra/446.json
        (
            "Similarly, as \\(x\\) approaches 0 from the right, the expression approaches "
            "\\(\\frac{5 \\cdot 2}{1} = 10\\), which is greater than 9.\n\nSo, indeed, the "
            "minimum value is 9 at \\(x = 1\\).",
            {V},
        ),
        # row 1804 sky27b test/intermediate_algebra/446.json
        (
            "Wait, let me check that:\n\n\\[\n(x + 1)(x + 6) = x^2 + 7x + 6\n\\]",
            {V},
        ),
        # row 1836 sky27b test/algebra/2592.json
        (
            "According to the formula, that should be \\((4 - 3)(4 + 3) = 1 \\times 7 = 7\\). "
            "And indeed, \\(4^2 - 3^2 = 16 - 9 = 7\\). So, the formula holds for that case.",
            {V},
        ),
        # row 1836 sky27b test/algebra/2592.json
        (
            "Wait, that's different from the previous answer of 26,000.",
            {V},
        ),
        # row 1859 sky27b test/intermediate_algebra/1407.json
        (
            "Then, s³ = 64, which matches x³ + y³ + z³ + 3(xy² + x²y + xz² + x²z + yz² + y²z) "
            "+ 6xyz = 64",
            {V},
        ),
        # row 1873 sky27b test/algebra/2264.json
        (
            "But the problem mentions that he got \\(\\frac{11}{5} - \\frac{2}{5}i\\) when he "
            "did it incorrectly. Maybe I made a mistake somewhere.\n\nLet me double-check my "
            "steps.",
            {V},
        ),
        # row 1873 sky27b test/algebra/2264.json
        (
            "Which matches what he got incorrectly. So, the correct answer should be \\(1 + "
            "2i\\), as I calculated earlier.",
            {V},
        ),
        # row 1873 sky27b test/algebra/2264.json
        (
            "Same result again.\n\nAlternatively, perhaps I can check this by plugging in the "
            "values.",
            {V},
        ),
        # row 1925 sky27b test/precalculus/1133.json
        (
            "I'm getting conflicting information here.\n\nLet me verify the formula for the "
            "orthocenter in the complex plane.",
            {V},
        ),
        # row 1938 sky27b test/number_theory/255.json
        (
            "So, the decimal is indeed 0.274.\n\nTherefore, the last nonzero digit to the "
            "right of the decimal point is 4.",
            {V},
        ),
        # row 1938 sky27b test/number_theory/255.json
        (
            "Alternatively, perhaps I can look at the decimal expansion of "
            "\\(\\frac{1}{500}\\), which is 0.002, and then multiply that by 137 to get "
            "0.274.\n\nYes, that seems consistent.",
            {V},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "Average is (39 + 89)/2 = 64\n\nSeems correct.",
            {V},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "Then, I found the inverse of 7 modulo 50, which is 43, because 7 * 43 = 301 ≡ 1 "
            "\\pmod{50}.",
            {V},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "So, u ≡ 39 + 50k \\pmod{100}\n\nThis matches what I found earlier.",
            {V},
        ),
        # row 1991 sky27b test/prealgebra/1128.json
        (
            "2 * 1 * 2 * 2 * 2 * 4 = 32\n\nYes, that seems correct.",
            {V},
        ),
        # row 1991 sky27b test/prealgebra/1128.json
        (
            "So, for eyebrows, ears, and lips, you have to choose one set for each.\n\nThat's "
            "already accounted for by the number of choices for each category.",
            {V},
        ),
        # row 2230 sky32b-short test/intermediate_algebra/986.json
        (
            "To verify that this maximum value is attainable, we consider the case when $e = "
            "\\frac{16}{5}$. This implies $a + b + c + d = \\frac{16}{5}$ and $a^2 + b^2 + c^2 "
            "+ d^2 = \\frac{16}{5}$.",
            {V},
        ),
        # row 2359 sky32b-short test/intermediate_algebra/1407.json
        (
            "However, this contradicts our earlier steps. Let's re-evaluate the step where we "
            "squared both sides.",
            {V, B},
        ),
        # row 2371 sky32b-short test/intermediate_algebra/955.json
        (
            "To show that this bound is achievable, consider the quadratic function $f(x) = "
            "8x^2 - 8x + 1$. For $x = 0$, $x = \\frac{1}{2}$, and $x = 1$, we find that $f(x) "
            "= 1$.",
            {V},
        ),
        # row 2391 sky32b-short test/algebra/2277.json
        (
            "Since $3 \\leq 3$, this solution is valid.",
            {V},
        ),
        # row 2391 sky32b-short test/algebra/2277.json
        (
            "The solutions to this equation are $x = 0$, $x = 3$, and $x = -1$. However, since "
            "we are considering $x > 3$, none of these solutions are valid in this case.",
            {V},
        ),
        # row 797 qwen-math-7b test/number_theory/1172.json
        (
            "It seems that the direct approach using `sympy.solve` for modular arithmetic "
            "isn't working as expected. Instead, we can manually solve the congruence and then "
            "find the smallest \\( n \\) greater than 100.",
            {B},
        ),
        # row 1223 gemma-2-27b test/number_theory/183.json
        (
            "* To find the sum of the digits, we need to calculate the decimal representation. "
            "This can be done with a calculator or by long division. However, we don't "
            "actually need the full decimal representation to find the sum of its digits.",
            {B, C},
        ),
        # row 1524 sky27b test/algebra/2427.json
        (
            "This seems a bit complicated because it's a cubic inequality. Maybe there's a "
            "better way to approach this.\n\nAlternatively, perhaps we can think about the "
            "future value of an ordinary annuity.",
            {B},
        ),
        # row 1530 sky27b test/number_theory/864.json
        (
            "So, when I multiply 6 by 7, which is 42 in decimal, I need to express 42 in base "
            "8.\n\nLet me try another approach. Let's consider the multiplication in decimal "
            "and then convert to base 8.",
            {B},
        ),
        # row 1568 sky27b test/precalculus/1313.json
        (
            "Hmm, that looks a bit messy. Maybe there's a better way to approach "
            "this.\n\nAnother thought: perhaps I can use the identity for the tangent of a sum.",
            {B},
        ),
        # row 1568 sky27b test/precalculus/1313.json
        (
            "So, \\( \\tan x^\\circ \\approx 1.031 \\), which suggests that \\( x \\approx "
            "45.02^\\circ \\), but I need an exact value.\n\nThis numerical approach isn't "
            "giving me the exact answer, so I need a different method.",
            {B},
        ),
        # row 1568 sky27b test/precalculus/1313.json
        (
            "Wait, that doesn't seem helpful.\n\nAlternatively, maybe I can factor something out.",
            {B},
        ),
        # row 1618 sky27b test/intermediate_algebra/232.json
        (
            "However, this seems a bit tedious. Maybe there's a smarter way to count these "
            "pairs without checking each one individually.",
            {B},
        ),
        # row 1618 sky27b test/intermediate_algebra/232.json
        (
            "Wait, no, that's not correct.\n\nLet me think differently. Maybe I can consider "
            "the number of integer points inside the circle of radius 5.",
            {B},
        ),
        # row 1663 sky27b test/algebra/2517.json
        (
            "Then, $\\frac{1}{b} - a = x - 2a$. Wait, that doesn't seem "
            "helpful.\n\nAlternatively, perhaps I can consider this as a difference of squares.",
            {B},
        ),
        # row 1687 sky27b test/algebra/2199.json
        (
            "But this might not be directly helpful for solving the problem.\n\nAnother "
            "approach is to set up the equations in terms of the number of each type of coin "
            "and solve for one variable in terms of the other.",
            {B},
        ),
        # row 1715 sky27b test/algebra/907.json
        (
            "That seems a bit messy to work with directly, especially since the problem is "
            "asking for \\( x^3 - 2x + 1 \\). Maybe there's a smarter way to find this value "
            "without directly computing \\( x \\).\n\nLet me think about this differently.",
            {B},
        ),
        # row 1804 sky27b test/intermediate_algebra/446.json
        (
            "This seems a bit messy. Maybe I should consider substituting \\(y = x + 1\\), "
            "where \\(y > 1\\) since \\(x > 0\\).",
            {B},
        ),
        # row 1804 sky27b test/intermediate_algebra/446.json
        (
            "- But wait, the denominator is \\(x + 1\\), which is linear, so maybe I should "
            "just divide step by step.\n\nActually, since the denominator is linear, I can "
            "probably express the fraction as a sum of a polynomial and a remainder over the "
            "denominator.",
            {B},
        ),
        # row 1871 sky27b test/intermediate_algebra/955.json
        (
            "Maybe there's a better way to approach this.\n\nAlternatively, perhaps I can "
            "consider the Chebyshev norm or something related to uniform approximation.",
            {B},
        ),
        # row 1871 sky27b test/intermediate_algebra/955.json
        (
            "But having multiple inequalities might not directly help me maximize |a| + |b| + "
            "|c|.\n\nMaybe I need to consider the derivative of the quadratic to find its "
            "maximum and minimum.",
            {B},
        ),
        # row 1925 sky27b test/precalculus/1133.json
        (
            "But in general, the formula is more complicated. Maybe I should approach this "
            "differently.\n\nPerhaps instead of using vectors, I can use coordinate geometry.",
            {B},
        ),
        # row 1925 sky27b test/precalculus/1133.json
        (
            "But in general, the formula is more complicated. Maybe I should consider using "
            "complex numbers, as they can simplify some geometric problems involving points on "
            "a circle.\n\nLet's try using complex numbers.",
            {B},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "Wait, but in modular arithmetic, division isn't straightforward. I think I should "
            "look for the multiplicative inverse of 14 modulo 100, but I'm not sure if that's "
            "the best approach right now. Let me think differently.",
            {B},
        ),
        # row 1989 sky27b test/intermediate_algebra/1365.json
        (
            "Maybe I need to define \\( f(x) \\) differently at \\( x = 15 "
            "\\).\n\nAlternatively, perhaps I should consider the general expression for \\( "
            "f(x) \\) and see if it can be simplified further.",
            {B},
        ),
        # row 2331 sky32b-short test/algebra/509.json
        (
            "However, we notice that we made a mistake in our simplification process. Let's "
            "correct it by going back to the step where we had:",
            {B},
        ),
        # row 245 qwen-14b-instruct test/intermediate_algebra/1210.json
        (
            "We need to determine the coefficients \\( a \\) and \\( b \\).",
            {S},
        ),
        # row 409 qwen-14b-instruct test/intermediate_algebra/1797.json
        (
            "To find the distance between the foci of the hyperbola, we start by determining "
            "the center of the hyperbola. The center is the intersection of the asymptotes.",
            {S},
        ),
        # row 461 qwen-14b-instruct test/algebra/824.json
        (
            "To solve the problem, we need to evaluate the function \\( f(n) \\) at three "
            "different points: \\( \\frac{\\pi}{3} \\), \\( \\sqrt{45} \\), and \\( 8^{2/3} "
            "\\). We will then sum the results.",
            {S},
        ),
        # row 619 qwen-math-7b test/prealgebra/1733.json
        (
            "Let's break down the problem into manageable steps:\n\n1. Identify all possible "
            "ways to add parentheses to the expression.\n2. Evaluate each expression to find "
            "the minimum value.",
            {S},
        ),
        # row 637 qwen-math-7b test/number_theory/1257.json
        (
            "To solve the problem of dividing \\(413_5\\) by \\(2_5\\) and expressing the "
            "quotient in base 5, we can follow these steps:\n\n1. Convert the base 5 numbers "
            "to base 10.\n2. Perform the division in base 10.\n3. Convert the quotient back to "
            "base 5.",
            {S},
        ),
        # row 665 qwen-math-7b test/prealgebra/1356.json
        (
            "To solve the problem, we need to follow these steps:\n\n1. Calculate the total "
            "number of books remaining on the three shelves after two books are taken off each "
            "shelf.\n2. Determine the number of math books remaining on the middle shelf.\n3. "
            "Calculate the fraction of the remaining books that are math books.",
            {S},
        ),
        # row 705 qwen-math-7b test/precalculus/263.json
        (
            "First, we need to find the coefficients \\(x\\) and \\(y\\) such that:",
            {S},
        ),
        # row 839 qwen-math-7b test/intermediate_algebra/1566.json
        (
            "Now, we need to find \\(a + b + c + d + e + f\\). First, we express \\(b\\) and "
            "\\(c\\) in terms of \\(a\\), \\(h\\), and \\(k\\).",
            {S},
        ),
        # row 931 qwen-math-7b test/precalculus/499.json
        (
            "To find the range, we need to determine the minimum and maximum values of this "
            "function over the interval \\([0, \\pi/2]\\) (since \\(\\theta = \\arccos x\\) "
            "ranges from \\(0\\) to \\(\\pi/2\\)).",
            {S, C},
        ),
        # row 1454 gemma-2-27b test/precalculus/323.json
        (
            "Once we have the matrix $\\mathbf{M}$, we can substitute it back into the "
            "expression $\\mathbf{M} \\begin{pmatrix} t \\\\ 2t + 1 \\end{pmatrix}$ and "
            "simplify. This will give us a new parametric representation of the image line.",
            {S},
        ),
        # row 1523 sky27b test/algebra/2193.json
        (
            "Hmm, it looks a bit tricky at first glance, but I think I can handle it by "
            "isolating the square root and then squaring both sides.",
            {S},
        ),
        # row 1528 sky27b test/precalculus/779.json
        (
            "First, I need to convert the angle from degrees to radians because the "
            "exponential function uses radians.",
            {S},
        ),
        # row 1530 sky27b test/number_theory/864.json
        (
            "So, first, I can multiply them in decimal and then convert the result back to base 8.",
            {S},
        ),
        # row 1618 sky27b test/intermediate_algebra/232.json
        (
            "To find the number of such points, I need to count all integer coordinates \\((a, "
            "b)\\) where both \\(a\\) and \\(b\\) are integers, and their squares sum to 25 or "
            "less.\n\nFirst, I should consider the range of possible values for \\(a\\) and "
            "\\(b\\).",
            {S},
        ),
        # row 1632 sky27b test/prealgebra/1686.json
        (
            "First, I need to list out all the positive factors of both 14 and 42.",
            {S},
        ),
        # row 1643 sky27b test/precalculus/477.json
        (
            "Alright, first things first, I need to compute the cross product of OA and OB.",
            {S},
        ),
        # row 1700 sky27b test/prealgebra/2086.json
        (
            "So, to get from daps to baps, I probably need to convert daps to yaps first, and "
            "then yaps to baps.",
            {S, C},
        ),
        # row 1719 sky27b test/counting_and_probability/282.json
        (
            "Now, to find the probability that the checker is placed on a shaded square, I "
            "need to determine:\n\n- The total number of possible outcomes.\n\n- The number of "
            "favorable outcomes (i.e., shaded squares).",
            {S},
        ),
        # row 1719 sky27b test/counting_and_probability/282.json
        (
            "So, the probability of landing on a shaded square is the number of outcomes that "
            "lead to a shaded square divided by the total number of possible "
            "outcomes.\n\nFirst, find the number of outcomes that lead to a shaded square.",
            {S},
        ),
        # row 1859 sky27b test/intermediate_algebra/1407.json
        (
            "So, x² + y² + z² + 2(xy + yz + zx) = 16.\n\nBut I don't know x² + y² + z² "
            "yet.\n\nMaybe I can find another equation involving x² + y² + z².",
            {S, C},
        ),
        # row 1871 sky27b test/intermediate_algebra/955.json
        (
            "Let me think about the cases where a is positive, negative, or zero.",
            {S},
        ),
        # row 1878 sky27b test/prealgebra/1743.json
        (
            "First, I should list out all the two-digit prime numbers. Two-digit numbers range "
            "from 10 to 99. I need to identify which of these are prime and then check if the "
            "sum of their digits equals 8.",
            {S},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "Hmm, okay, let's break this down step by step.\n\nFirst, I need to solve the "
            "congruence equation for \\(u\\).",
            {S},
        ),
        # row 1950 sky27b test/number_theory/13.json
        (
            "But first, I need to find if 7 and 50 are coprime, meaning their GCD is 1.",
            {S},
        ),
        # row 1989 sky27b test/intermediate_algebra/1365.json
        (
            "Since there are three absolute value terms, I should expect up to three different "
            "regions where the function behaves linearly.\n\nThe points where the behavior "
            "might change are \\( x = p \\), \\( x = 15 \\), and \\( x = p + 15 \\). So, I "
            "should consider the intervals determined by these points:",
            {S},
        ),
        # row 1991 sky27b test/prealgebra/1128.json
        (
            "Since hair is optional, it's better to think of it as an additional choice on top "
            "of the required parts.\n\nSo, first, calculate the combinations of the required "
            "parts, and then multiply by the number of hair options, including no hair.",
            {S},
        ),
        # row 2039 sky32b-short test/number_theory/45.json
        (
            "To find the greatest common factor (GCF) of 6432 and 132, we first perform prime "
            "factorization on both numbers.",
            {S},
        ),
        # row 2142 sky32b-short test/counting_and_probability/159.json
        (
            "To solve this problem, we need to consider the arrangement of the groups around "
            "the circular table and then the arrangement of individuals within each group.",
            {S},
        ),
        # row 2154 sky32b-short test/geometry/880.json
        (
            "To solve this problem, we will unfold the room into a series of rectangles, "
            "allowing us to calculate the shortest path the gecko can take to reach the fly by "
            "walking across the walls and ceiling. We will consider three possible paths and "
            "calculate the distance for each.",
            {S},
        ),
        # row 2391 sky32b-short test/algebra/2277.json
        (
            "To find $f^{-1}(0)+f^{-1}(6)$, we need to determine the values of $x$ for which "
            "$f(x) = 0$ and $f(x) = 6$, and then sum these values.",
            {S, C},
        ),
        # row 190 qwen-14b-instruct test/counting_and_probability/51.json
        (
            "**Determine the conditions under which the sum is even:**\n   The sum of two "
            "numbers is even if both numbers are either even or both are odd.",
            {C},
        ),
        # row 1663 sky27b test/algebra/2517.json
        (
            "Since $b$ is positive (because $b \\geq 3$), $\\frac{1}{b^2}$ is always positive "
            "and decreases as $b$ increases. So, to maximize $\\frac{1}{b^2} - a^2$, I should "
            "choose the smallest possible $b$, which is $b = 3$.",
            {C},
        ),
        # row 1719 sky27b test/counting_and_probability/282.json
        (
            "So, we need numbers on the wheel that, when divided by 4, give remainder 1, and "
            "when divided by 5, give remainder 1.",
            {C},
        ),
        # row 1871 sky27b test/intermediate_algebra/955.json
        (
            "Suppose a is large and positive. Then, to keep |a x² + b x + c| ≤1 for all x in "
            "[0,1], b and c must adjust accordingly.",
            {C},
        ),
        # row 2202 sky32b-short test/algebra/291.json
        (
            "**Alice wins on her second turn:** For this to happen, both Alice and Bob must "
            "fail to win on their first turns, and then Alice must win on her second turn.",
            {C},
        ),
        # row 2380 sky32b-short test/intermediate_algebra/1992.json
        (
            "However, for the fraction to be negative, as required by the inequality, the "
            "numerator must be positive (since a negative divided by a positive is negative, "
            "and we cannot have the numerator be zero as it would make the fraction zero, not "
            "negative).",
            {C},
        ),
        # --- Block 2: found by KEYWORD search (regex over sentences, hits shuffled with seeds 501,
        # 502, 777, 888, 4242, 5353, 1999, 98), then read in context and labelled by hand.
        # row 100 qwen-14b-instruct test/geometry/183.json
        (
            "We have a contradiction here, which suggests we need to re-evaluate the problem.",
            {V, B},
        ),
        # row 332 qwen-14b-instruct test/intermediate_algebra/190.json
        (
            "This is not possible for positive \\(x\\). Instead, let's try \\(x = 1\\).",
            {V, B},
        ),
        # row 522 qwen-math-7b test/algebra/1837.json
        (
            "It seems that the solutions are consistently coming out as \\(x = 0\\), which is "
            "not valid since \\(x \\neq 0\\). Let's re-evaluate the problem carefully and "
            "ensure we are interpreting the conditions correctly.",
            {V, B},
        ),
        # row 600 qwen-math-7b test/geometry/183.json
        (
            "However, this seems incorrect because the angle \\(\\alpha\\) should be less than "
            "\\(180^\\circ\\) since it is an interior angle of a hexagon inscribed in a "
            "circle. Let's re-evaluate the problem.",
            {V, B},
        ),
        # row 788 qwen-math-7b test/precalculus/1172.json
        (
            "It seems there was an issue with the calculation, likely due to a zero vector or "
            "an error in the direction vectors. Let's recheck the calculations step-by-step.",
            {V},
        ),
        # row 994 qwen-math-7b test/intermediate_algebra/1930.json
        (
            "\\[ 1 = 0 \\]\nThis is not possible, so \\( x = 0 \\) is not a root.",
            {V},
        ),
        # row 1006 gemma-2-27b test/number_theory/515.json
        (
            "Verify:**\n\n8 + 9 + 10 = 27 = 3³",
            {V},
        ),
        # row 1023 gemma-2-27b test/algebra/2193.json
        (
            "**Check for extraneous solutions:** Since we squared both sides of the equation "
            "in step 2, we need to check if our solutions are valid by plugging them back into "
            "the original equation.",
            {V},
        ),
        # row 1130 gemma-2-27b test/number_theory/753.json
        (
            "* If *k* = 0, then *n* = 5.\n\nThis solution satisfies the constraint.",
            {V},
        ),
        # row 1149 gemma-2-27b test/number_theory/931.json
        (
            "* 7 + 1 = 8 (Not divisible by 2, 3, 4, or 6)\n* 14 + 1 = 15 (Divisible by 3 and 5)",
            {V},
        ),
        # row 1543 sky27b test/intermediate_algebra/1454.json
        (
            "This is approximately \\(22.36 + 50 + 31.62 = 103.98\\), whereas \\(70\\sqrt{2} "
            "\\approx 98.99\\), so this is larger.",
            {V},
        ),
        # row 1923 sky27b test/number_theory/1002.json
        (
            "This is not true, since \\( 3 - 10 = -7 \\), which is not a multiple of "
            "13.\n\nSo, there's a mistake in my earlier steps.",
            {V},
        ),
        # row 1928 sky27b test/intermediate_algebra/121.json
        (
            "Suppose \\( a = b = \\frac{1}{2} \\), \\( c = 0 \\), \\( d = 0 \\). But \\( c \\) "
            "and \\( d \\) are positive, so \\( c \\) and \\( d \\) can't be zero.",
            {V},
        ),
        # row 96 qwen-14b-instruct test/intermediate_algebra/662.json
        (
            "However, this approach is quite complex. Instead, let's test some specific values "
            "of \\( x \\) to see if we can find a simpler solution.",
            {B},
        ),
        # row 518 qwen-math-7b test/geometry/434.json
        (
            "This calculation is incorrect because we need to consider the correct angles in "
            "the triangle. The correct calculation should be:",
            {B},
        ),
        # row 591 qwen-math-7b test/algebra/2023.json
        (
            "It appears there was an error in the initial reasoning. The smallest possible "
            "integer value for \\(x\\) that satisfies the conditions is actually 3, not 1.",
            {B},
        ),
        # row 852 qwen-math-7b test/precalculus/1281.json
        (
            "It seems there was an error in the setup or solution of the equation. Let's "
            "re-evaluate the problem and correct the approach.",
            {B},
        ),
        # row 1649 sky27b test/number_theory/931.json
        (
            "So, perhaps I made a mistake in setting up the equation.\n\nLet me try a "
            "different approach.\n\nMaybe instead of solving for k and m, I can consider the "
            "ages that satisfy age ≡ 1 mod 12 and age ≡ 0 mod 7.",
            {B},
        ),
        # row 1726 sky27b test/counting_and_probability/71.json
        (
            "Wait, perhaps I need to use a different approach.\n\nLet me consider the number "
            "of ways to distribute n identical balls into k identical boxes.",
            {B},
        ),
        # row 1767 sky27b test/geometry/226.json
        (
            "This is getting complicated.\n\nMaybe I need to look for a different "
            "approach.\n\nLet me consider the power of point H with respect to the circle.",
            {B},
        ),
        # row 1810 sky27b test/algebra/1842.json
        (
            "Perhaps the decimal approach was incorrect because I misapplied the "
            "operation.\n\nAlternatively, maybe I need to consider the simplification of "
            "fractions differently.",
            {B},
        ),
        # row 1832 sky27b test/intermediate_algebra/190.json
        (
            "But that might be too complicated for this problem. Let's see if there's a "
            "simpler way.\n\nLet me try to express \\( (x + y)(y + z) \\) in terms of \\( y "
            "\\) and then use the given condition to find a relationship.",
            {B},
        ),
        # row 1921 sky27b test/precalculus/1202.json
        (
            "This seems too complicated. Maybe there's a better approach.\n\nLet me consider "
            "the domains of the functions involved.",
            {B},
        ),
        # row 1960 sky27b test/prealgebra/914.json
        (
            "This is getting complicated.\n\nMaybe I need to look for a different "
            "approach.\n\nLet me consider the angles at point P.",
            {B},
        ),
        # row 200 qwen-14b-instruct test/prealgebra/2086.json
        (
            "To solve the problem, we need to convert baps to yaps and then yaps to daps.",
            {S},
        ),
        # row 286 qwen-14b-instruct test/intermediate_algebra/960.json
        (
            "First, we need to understand the structure of the sum. We can break it down by "
            "considering the contributions of each variable \\(a\\), \\(b\\), and \\(c\\) "
            "separately, while ensuring the triangle inequalities are satisfied.",
            {S},
        ),
        # row 737 qwen-math-7b test/intermediate_algebra/337.json
        (
            "To solve the problem, we need to find the values of \\(x\\), \\(y\\), and \\(z\\) "
            "given the equations \\(xy = 24\\), \\(xz = 48\\), and \\(yz = 72\\). Once we have "
            "these values, we can find \\(x + y + z\\).",
            {S},
        ),
        # row 845 qwen-math-7b test/algebra/1529.json
        (
            "Let's break it down step-by-step:\n\n1. First, we need to find \\( g(16) \\).",
            {S},
        ),
        # row 856 qwen-math-7b test/algebra/1078.json
        (
            "To solve the inequality $-4 < x^4 + 4x^2 < 21$, we need to break it into two "
            "separate inequalities and solve them step by step:",
            {S},
        ),
        # row 1104 gemma-2-27b test/intermediate_algebra/362.json
        (
            "We need to find the four points of intersection and then calculate the distance "
            "from each point to $(-3, 2)$.",
            {S},
        ),
        # row 2047 sky32b-short test/algebra/305.json
        (
            "To find the vertical asymptotes of the graph of $f(x)=\\frac{2x}{x^2-5x-14}$, we "
            "need to factor the denominator and identify the values of $x$ that make the "
            "denominator equal to zero, as these are the points where the function is "
            "undefined and thus has vertical asymptotes.",
            {S, C},
        ),
        # row 2105 sky32b-short test/prealgebra/1804.json
        (
            "To find the median number of students in 2005 for the eight counties listed, we "
            "first need to arrange the numbers in ascending order.",
            {S, C},
        ),
        # row 2180 sky32b-short test/prealgebra/1908.json
        (
            "To find the positive two-digit integers that are factors of both 100 and 150, we "
            "first need to determine the greatest common divisor (GCD) of these two numbers.",
            {S, C},
        ),
        # row 2260 sky32b-short test/precalculus/580.json
        (
            "To compute $\\angle ABC$ in degrees, we first find the vectors "
            "$\\overrightarrow{BA}$ and $\\overrightarrow{BC}$.",
            {S},
        ),
        # row 2410 sky32b-short test/prealgebra/65.json
        (
            "To determine the nonzero value of $N$ that makes the number $21420N$ divisible by "
            "$6$, we need to consider two conditions:",
            {S, C},
        ),
        # row 2418 sky32b-short test/algebra/1796.json
        (
            "To find the shortest distance from the point $(6, 0)$ to the line $y = 2x - 2$, "
            "we first identify a point on the line.",
            {S},
        ),
        # row 34 qwen-14b-instruct test/counting_and_probability/119.json
        (
            "For the term to be constant, the exponent of \\(x\\) must be zero:",
            {C},
        ),
        # row 114 qwen-14b-instruct test/intermediate_algebra/1898.json
        (
            "For the equation to hold for all \\(x\\), the coefficients of \\(x\\) and the "
            "constant terms must be equal on both sides. Therefore, we set up the following "
            "system of equations:",
            {C},
        ),
        # row 992 qwen-math-7b test/precalculus/356.json
        (
            "For the projection to be the zero vector, the dot product \\(\\mathbf{v} \\cdot "
            "\\mathbf{u}\\) must be zero.",
            {C},
        ),
        # row 1241 gemma-2-27b test/algebra/1143.json
        (
            "To find the smallest distance, we need to minimize the expression under the "
            "square root. This is equivalent to minimizing the square of the distance:",
            {C},
        ),
        # row 1357 gemma-2-27b test/prealgebra/1353.json
        (
            "To find the possible values of *x* (the number of players), we need to find the "
            "factors of 54.",
            {C},
        ),
        # row 1361 gemma-2-27b test/intermediate_algebra/1405.json
        (
            "To find the maximum side length, we need to find the value of 'a' that maximizes "
            "the distance.",
            {C},
        ),
        # row 1463 gemma-2-27b test/algebra/1425.json
        (
            "The expression is a fraction, and fractions are undefined when the denominator is "
            "zero. So, we need to find the values of *x* that make the denominator,  *x² - 9*, "
            "equal to zero.",
            {C},
        ),
    )
)

SEVENTH_ROUND_CONTROLS: tuple[str, ...] = (
    # row 1804 sky27b test/intermediate_algebra/446.json
    "Let me expand \\((x + 5)(x + 2)\\):",
    # row 1804 sky27b test/intermediate_algebra/446.json
    "Now, let's find the value of \\(f(x)\\) at \\(x = 1\\):",
    # row 1804 sky27b test/intermediate_algebra/446.json
    "Therefore, the minimum value of the expression is \\(\\boxed{9}\\).",
    # row 1804 sky27b test/intermediate_algebra/446.json
    "**Define the function**:",
    # row 1643 sky27b test/precalculus/477.json
    "Let me compute each component step by step.",
    # row 1643 sky27b test/precalculus/477.json
    "I need to find the area of the triangle formed by these points.",
    # row 1523 sky27b test/algebra/2193.json
    "I can subtract 4 from both sides to get:",
    # row 1523 sky27b test/algebra/2193.json
    "Next, I'll expand the left side:",
    # row 1523 sky27b test/algebra/2193.json
    "Combining like terms:",
    # row 1523 sky27b test/algebra/2193.json
    "Subtract 4 from both sides:",
    # row 461 qwen-14b-instruct test/algebra/824.json
    "Now, we sum the results:",
    # row 261 qwen-14b-instruct test/geometry/347.json
    "Substituting the known values:",
    # row 276 qwen-14b-instruct test/algebra/1282.json
    "Calculating \\(\\sqrt{120}\\):",
    # row 261 qwen-14b-instruct test/geometry/347.json
    "Thus, the measure of \\(\\angle B\\) is \\(\\boxed{76}\\) degrees.",
    # row 1034 gemma-2-27b test/counting_and_probability/119.json kw
    "Now that we know $k=3$, we can plug it back into the Binomial Theorem:",
    # row 1001 gemma-2-27b test/intermediate_algebra/1994.json kw
    "Substituting back into our expression, we get",
    # row 1068 gemma-2-27b test/precalculus/1313.json kw
    "Substitute back $A = 53^\\circ$ and $B = 81^\\circ$:",
    # row 1014 gemma-2-27b test/precalculus/1303.json kw
    "Let's plug these values into the equation:",
    # row 1412 gemma-2-27b test/intermediate_algebra/2146.json kw
    "Let's plug *x = 11* into the bounds:",
    # row 1433 gemma-2-27b test/number_theory/410.json kw
    "**2. Check for Divisibility by 5:**",
    # row 1376 gemma-2-27b test/geometry/538.json kw
    "* We have a line  *y = -x + 6*.\n* We need to find a point *P(a, b)* on this line.",
    # row 1118 gemma-2-27b test/intermediate_algebra/232.json kw
    "**Integer Solutions:** We need to find all integer pairs (*a*, *b*) that satisfy this "
    "condition.",
    # row 1950 sky27b test/number_theory/13.json
    "Now, calculate 43 * 23.",
    # row 1950 sky27b test/number_theory/13.json
    "Now, find 989 modulo 50.",
    # row 1950 sky27b test/number_theory/13.json
    "Let's apply the Extended Euclidean Algorithm to 7 and 50.",
    # row 1878 sky27b test/prealgebra/1743.json
    "Let's tackle this problem step by step.",
    # row 1715 sky27b test/algebra/907.json
    "Let's substitute \\( 2x + 1 \\) for \\( x^3 \\):",
    # row 1715 sky27b test/algebra/907.json
    "First, compute \\( x^2 \\):",
    # row 2016 sky32b-short test/intermediate_algebra/134.json
    "To compute the sum $1-2+3-4+5- \\dots +99-100$, we can group the terms in pairs:",
    # row 2069 sky32b-short test/intermediate_algebra/207.json
    "Now, let's compute $z + \\frac{1}{z} + z^2 + \\frac{1}{z^2}$:",
    # row 2069 sky32b-short test/intermediate_algebra/207.json
    "Therefore, the final answer is $\\boxed{-1 + z^2}$.",
    # row 2142 sky32b-short test/counting_and_probability/159.json
    "**Arranging the Groups Around the Table:**",
    # row 2230 sky32b-short test/intermediate_algebra/986.json
    "Expanding both sides of the inequality, we get:",
    # row 2230 sky32b-short test/intermediate_algebra/986.json
    "Given that $a + b + c + d + e = 8$ and $a^2 + b^2 + c^2 + d^2 + e^2 = 16$, we can "
    "substitute $a + b + c + d = 8 - e$ and $a^2 + b^2 + c^2 + d^2 = 16 - e^2$ into the "
    "inequality:",
    # row 1618 sky27b test/intermediate_algebra/232.json
    "So, the problem reduces to finding the number of integer ordered pairs \\((a, b)\\) such "
    "that \\(a^2 + b^2 \\leq 25\\).",
    # row 1991 sky27b test/prealgebra/1128.json
    'So, first, I need to understand what constitutes a "complete" Mr. Potato Head personality.',
    # row 1632 sky27b test/prealgebra/1686.json
    'Wait, but the problem says "positive factors," so I don\'t need to consider negative '
    "factors, which wouldn't make sense in this context anyway.",
    # row 970 qwen-math-7b test/intermediate_algebra/158.json
    "Substituting these values into \\(ab^2 c^3 d^4\\), we get:",
    # row 877 qwen-math-7b test/number_theory/1185.json
    "**Understanding the Superfactorial**:",
    # row 931 qwen-math-7b test/precalculus/499.json
    "Let's calculate these values using Python.",
    # row 536 qwen-math-7b test/intermediate_algebra/428.json
    "Recall that \\(y = x - 5\\), so we substitute back to find the values of \\(x\\):",
    # row 1085 gemma-2-27b test/geometry/353.json: "Here's how to solve the problem step-by-step:"
    # (left out: the same sentence is a sixth-round control)
    # row 1325 gemma-2-27b test/geometry/73.json
    "Calculate the volume of one beaker:**",
    # row 1038 gemma-2-27b test/algebra/24.json
    "* **Solve for x:** To isolate x, divide both sides of the equation by 0.02:",
    # row 1115 gemma-2-27b test/counting_and_probability/1060.json
    "In our case, this becomes:",
    # row 1938 sky27b test/number_theory/255.json
    "Let me try to divide 137 by 500 step by step.",
    # row 1530 sky27b test/number_theory/864.json
    "First, I need to understand what \\(6_8\\) and \\(7_8\\) mean.",
    # row 1836 sky27b test/algebra/2592.json
    "First, calculate \\(a - b\\):",
    # row 1687 sky27b test/algebra/2199.json
    "The total value of these coins is 75 cents, and we need to find out how many nickels she has.",
    # row 1687 sky27b test/algebra/2199.json
    "Now, let's solve for \\( n \\):",
    # row 409 qwen-14b-instruct test/intermediate_algebra/1797.json
    "Substituting \\( x = 5 \\) back into one of the asymptote equations to find \\( y \\):",
    # row 99 qwen-14b-instruct test/precalculus/1300.json
    "We can solve these equations step by step.",
    # row 373 qwen-14b-instruct test/algebra/2264.json
    "First, we calculate the denominator:",
    # row 185 qwen-14b-instruct test/algebra/1214.json
    "**Since the bases are the same, we can set the exponents equal to each other:**",
    # row 65 qwen-14b-instruct test/prealgebra/1747.json kw
    "To solve the expression \\(1^{(2^{235423523})}\\), we can break it down step by step.",
    # row 508 qwen-math-7b test/algebra/2036.json kw
    "Let's break this down step-by-step and compute the result using Python to ensure accuracy.",
    # row 2331 sky32b-short test/algebra/509.json
    "First, let's simplify the denominator:",
    # row 2331 sky32b-short test/algebra/509.json
    "Now, let's simplify each term in the numerator:",
    # row 2380 sky32b-short test/intermediate_algebra/1992.json
    "We test points in each interval to determine where the expression is negative:",
    # row 2366 sky32b-short test/number_theory/109.json
    "**Determine the Number of Terms**:",
    # row 2115 sky32b-short test/counting_and_probability/1060.json
    "To account for this, we divide the total number of arrangements by the number of ways to "
    "arrange these two 'E's, which is $2!$ (since there are 2 'E's, and they can be arranged "
    "in 2 ways).",
    # row 2145 sky32b-short test/intermediate_algebra/1408.json
    "To eliminate the fraction, we multiply both sides by $z$:",
    # row 2303 sky32b-short test/geometry/965.json
    "**Identify the Right Angle**:",
    # row 2434 sky32b-short test/prealgebra/1640.json
    "The area of a triangle is given by the formula $\\frac{1}{2} \\times \\text{base} \\times "
    "\\text{height}$.",
    # row 1925 sky27b test/precalculus/1133.json
    "We need to express \\( AF^2 + BF^2 + CF^2 \\) in terms of the side lengths \\( a, b, c "
    "\\) and the circumradius \\( R \\) of triangle \\( ABC \\).",
    # row 1719 sky27b test/counting_and_probability/282.json
    "But wait, the problem says that each number on the wheel is equally likely, but it "
    "doesn't specify if the two spins are independent or not. I think it's safe to assume that "
    "the two spins are independent, so the total number of possible outcomes is indeed 36.",
    # row 1524 sky27b test/algebra/2427.json
    "First, let's understand the timeline here.",
    # row 1524 sky27b test/algebra/2427.json
    "We need to find the interest rate that will make the total amount in the account at least "
    "$66,200 after the third deposit.",
    # row 1454 gemma-2-27b test/precalculus/323.json
    "Our goal is to find the equation of the line that results from applying $\\mathbf{M}$ to "
    "all points on the line $y = 2x + 1$.",
    # row 1099 gemma-2-27b test/precalculus/1300.json
    "We are given a vector $\\mathbf{a}$ and need to find a vector $\\mathbf{v}$ that "
    "satisfies two conditions:",
    # row 1421 gemma-2-27b test/precalculus/1202.json
    "The process is quite tedious, but by carefully following these steps, you will arrive at "
    "the answer.",
    # row 1326 gemma-2-27b test/precalculus/742.json
    "Let $A = \\arcsin 0.4$ and $B = \\arcsin 0.5$.",
    # row 339 qwen-14b-instruct test/intermediate_algebra/1566.json
    "To solve the problem, we need to understand the transformation of the parabola when it is "
    "reflected about the line \\( y = k \\).",
    # row 1700 sky27b test/prealgebra/2086.json
    "And we need to find out how many daps equal 42 baps.",
    # row 1663 sky27b test/algebra/2517.json
    "Alright, first things first, I need to understand what this expression is saying.",
    # row 2039 sky32b-short test/number_theory/45.json
    "To find the result when the GCF is increased by 11, we simply add 11 to the GCF:",
    # row 2237 sky32b-short test/intermediate_algebra/337.json
    "Next, we find the values of $x$, $y$, and $z$ by dividing $xyz$ by the given products:",
    # row 2152 sky32b-short test/geometry/172.json
    "To solve this problem, we follow a series of logical steps based on the properties of "
    "triangles, medians, and centroids:",
    # row 2051 sky32b-short test/intermediate_algebra/1217.json
    "To find the quotient when $x^6 - 3$ is divided by $x + 1$, we use polynomial long division.",
    # row 1859 sky27b test/intermediate_algebra/1407.json
    "We have three equations involving variables x, y, and z, and we need to find the value of "
    "xy + yz + zx.",
    # row 1710 sky27b test/prealgebra/378.json
    "Let me try to understand what's going on.",
)


#: Eighth round (issue 19): 138 verbatim passages of real MATH-500 completions (one more was
#: already in the sixth round) and 119 real controls, labelled blind by the definitions (problems
#: disjoint from rounds 6 and 7). Held out: measured once on the patterns after the fourth
#: generalisation and NOT tuned on.
EIGHTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (t, frozenset(labels))
    for t, labels in (
        # primary label V: sampled by reading random completions (seeds 10001-10099)
        # row 1846, Sky-T1-math-correct-5K-27B
        (
            "But wait, I should check if this actually satisfies the original equation, "
            "because sometimes when dealing with roots and powers, extraneous solutions can "
            "arise.\n\nLet's plug \\(x = 66\\) back into the original equation:",
            {V},
        ),
        # row 1937, Sky-T1-math-correct-5K-27B
        (
            "But △ must be an integer, so this is not possible.",
            {V},
        ),
        # row 1579, Sky-T1-math-correct-5K-27B
        (
            "Let me check if this is correct. If I plug \\(x = 2\\) back into the original "
            "equation: \\(2^3 \\cdot 3^2 = 8 \\cdot 9 = 72\\).",
            {V},
        ),
        # row 83, Qwen2.5-14B-Instruct
        (
            "So, \\(x = 1\\) is not a solution.",
            {V},
        ),
        # row 83, Qwen2.5-14B-Instruct
        (
            "So, \\(x = 2\\) is a solution.\n\nTo ensure that there are no other solutions, we "
            "can analyze the behavior of the functions involved.",
            {V},
        ),
        # row 744, Qwen2.5-Math-7B
        (
            "Let's verify this by calculating the sum of the interior angles of an 8-sided "
            "polygon and checking if it matches \\( 1070^\\circ + x \\):",
            {V},
        ),
        # row 744, Qwen2.5-Math-7B
        (
            "Since \\( 1080 = 1070 + x \\), we have \\( x = 1080 - 1070 = 10^\\circ \\), which is "
            "a valid interior angle.",
            {V},
        ),
        # row 640, Qwen2.5-Math-7B
        (
            "To determine if 13 can indeed be the GCD, we need to check if there exists an "
            "integer \\(n\\) such that both \\(n + 7\\) and \\(2n + 1\\) are divisible by 13.",
            {V},
        ),
        # row 640, Qwen2.5-Math-7B
        (
            "Substituting this into \\(2n + 1\\), we get \\(2(13k - 7) + 1 = 26k - 14 + 1 = 26k "
            "- 13 = 13(2k - 1)\\), which is clearly divisible by 13. Therefore, the greatest "
            "possible value of \\(\\gcd(n + 7, 2n + 1)\\) is indeed 13.",
            {V},
        ),
        # row 990, Qwen2.5-Math-7B
        (
            "Let's verify this with Python code to ensure accuracy.",
            {V},
        ),
        # row 764, Qwen2.5-Math-7B
        (
            "Let's confirm this with Python code to ensure accuracy.",
            {V},
        ),
        # row 1853, Sky-T1-math-correct-5K-27B
        (
            "Wait, but earlier I got 480 using a different method. Which one is "
            "correct?\n\nHmm, there must be a mistake somewhere.",
            {V},
        ),
        # row 1809, Sky-T1-math-correct-5K-27B
        (
            "So, {2, 2, 3, 7} has two 2's, which are not distinct.\n\nWait, but the problem "
            'says "distinct positive integers," so each integer must be unique.\n\nSo, {2, 2, '
            "3, 7} is invalid because 2 is repeated.",
            {V},
        ),
        # row 1704, Sky-T1-math-correct-5K-27B
        (
            "This is not equal to -1, so my assumption is wrong.\n\nWait, perhaps I need to "
            "choose different roots.",
            {V, B},
        ),
        # row 1620, Sky-T1-math-correct-5K-27B
        (
            "Wait a second, this contradicts my earlier conclusion that \\( h(x) \\) is even.",
            {V},
        ),
        # row 1677, Sky-T1-math-correct-5K-27B
        (
            "Wait, but angle P can't be 0 degrees because that would make triangle PQS "
            "degenerate, but from the diagram, it's not.\n\nPerhaps there's a mistake in the "
            "side assignments.",
            {V},
        ),
        # row 1896, Sky-T1-math-correct-5K-27B
        (
            'But the problem mentions that all the triangles are isosceles, and piece "e" is '
            "a square. So, I need to make sure that my identification of the gray piece is "
            "correct.",
            {V},
        ),
        # row 998, Qwen2.5-Math-7B
        (
            "Let's verify this with Python code to ensure the accuracy of the result.",
            {V},
        ),
        # row 888, Qwen2.5-Math-7B
        (
            "Let's confirm this by checking the value of the expression inside the square "
            "root at \\( x = 5.5 \\) and a value slightly less than \\( 5.5 \\).",
            {V},
        ),
        # row 888, Qwen2.5-Math-7B
        (
            "The value of the expression inside the square root at \\( x = 5.5 \\) is \\( 0 \\), "
            "which is non-negative, confirming that \\( x = 5.5 \\) is in the domain of \\( "
            "g(x) \\).",
            {V},
        ),
        # row 679, Qwen2.5-Math-7B
        (
            "Now, \\(\\gcd(5, 7, 11, 4) = 1\\), so the equation is in the desired form.",
            {V},
        ),
        # row 525, Qwen2.5-Math-7B
        (
            "We can hypothesize that \\( f(x) = \\frac{x^2 + x}{2} - 1 \\). We can verify this "
            "by substituting it into the functional equation:",
            {V},
        ),
        # row 926, Qwen2.5-Math-7B
        (
            "It looks like there was an issue with the solution process, specifically with "
            "the side length calculation. Let's re-evaluate the steps and ensure we "
            "correctly solve for the side length of the equilateral triangle and then "
            "proceed to find the diagonal of the square.",
            {V},
        ),
        # row 1010, gemma-2-27b-it
        (
            "* 2220 is divisible by 3, 2, and 5, so it's divisible by 30.",
            {V},
        ),
        # row 309, Qwen2.5-14B-Instruct
        (
            "However, we need distinct integers, so we cannot use two 2's.",
            {V},
        ),
        # primary label V: sampled by keyword search, then reading the context
        # row 1078, gemma-2-27b-it
        (
            "We can check that our solution works by plugging in $a = -2$ and $b = 1$ into "
            "the original equation.",
            {V},
        ),
        # row 1124, gemma-2-27b-it
        (
            "* This solution satisfies *x* ≥ 2.",
            {V},
        ),
        # row 1240, gemma-2-27b-it
        (
            "* **Consider the diagram:** Notice that the diagram shows $\\angle PQR$ as an "
            "acute angle, not a zero angle. This indicates there might be an error in the "
            "given information.",
            {V},
        ),
        # row 1299, gemma-2-27b-it
        (
            "**However:** We've counted the points on the boundary of the rectangle. Since "
            "we want points *strictly inside*, we need to subtract the points on the "
            "boundary.",
            {V},
        ),
        # row 2117, Sky-T1-math-correct-5K-32B-short
        (
            "**Check the solution** by substituting $x=3$ back into the original equation:",
            {V},
        ),
        # row 2246, Sky-T1-math-correct-5K-32B-short
        (
            "This confirms that the original amount of food was indeed for 18 people.",
            {V},
        ),
        # row 2272, Sky-T1-math-correct-5K-32B-short
        (
            "To ensure that the fraction is in its simplest form, we check the greatest "
            "common divisor (GCD) of $1331$ and $9999$. Since the GCD is $1$, the fraction "
            "is already in its simplest form.",
            {V},
        ),
        # row 2290, Sky-T1-math-correct-5K-32B-short
        (
            "However, we must check these solutions in the original equation to ensure they "
            "do not make the denominator zero. The value $r = \\frac{7}{2}$ would make the "
            "denominator $2r - 7 = 0$, which is undefined. Therefore, the only valid "
            "solution is $r = 4$.",
            {V},
        ),
        # row 2292, Sky-T1-math-correct-5K-32B-short
        (
            "Observing the pattern, we notice that $x_{16} = x_{6}$, suggesting a periodic "
            "sequence with a period of $10$. To confirm, we check the next terms:",
            {V},
        ),
        # row 2429, Sky-T1-math-correct-5K-32B-short
        (
            "However, we need to check if this minimum value can actually be achieved. \n\nTo "
            "achieve equality in AM-GM, the terms must be equal, i.e., $a^4 = b^8$.",
            {V, C},
        ),
        # row 2436, Sky-T1-math-correct-5K-32B-short
        (
            "- This does not match. We need to recheck our calculations or assumptions.",
            {V},
        ),
        # row 694, Qwen2.5-Math-7B
        (
            "The output from the Python code confirms that the maximum value of the "
            "expression \\(\\frac{x - y}{x^4 + y^4 + 6}\\) is very close to \\(\\frac{1}{2}\\). "
            "This suggests that our earlier analysis might have missed a more optimal "
            "configuration of \\(x\\) and \\(y\\).\n\nLet's reconsider the expression and try to "
            "find the exact maximum value analytically.",
            {V, B},
        ),
        # row 709, Qwen2.5-Math-7B
        (
            "It seems there was an issue with the initial approach. Let's manually check the "
            "cube root of 912673 and verify if it is a two-digit integer.",
            {V, B},
        ),
        # row 1570, Sky-T1-math-correct-5K-27B
        (
            "Wait a minute, let me double-check that. I think I might have made a mistake in "
            "the conversion.\n\nLet me try another method.",
            {V, B},
        ),
        # row 1584, Sky-T1-math-correct-5K-27B
        (
            "Alternatively, maybe there's a different approach to verify this.\n\nLet me try "
            "plugging the values of \\(a\\) and \\(b\\) back into the original polynomials and "
            "see if their product matches the given polynomial.",
            {V},
        ),
        # row 53, Qwen2.5-14B-Instruct
        (
            "**Verify the range:**\n   The angle \\(-\\frac{\\pi}{6}\\) is within the range \\([- "
            "\\frac{\\pi}{2}, \\frac{\\pi}{2}]\\).",
            {V},
        ),
        # row 289, Qwen2.5-14B-Instruct
        (
            "To check if this bound is achievable, we consider the case when \\(a = b = c = d\\).",
            {V},
        ),
        # row 305, Qwen2.5-14B-Instruct
        (
            "**Verify the solution by substituting \\(x = \\frac{9}{19}\\) back into the "
            "original equation:**",
            {V},
        ),
        # row 335, Qwen2.5-14B-Instruct
        (
            "We observe that the sequence repeats every 6 terms. To confirm this, let's "
            "write out the first few terms of the Fibonacci sequence modulo 4:",
            {V},
        ),
        # row 479, Qwen2.5-14B-Instruct
        (
            "To verify, let's check the congruence \\( 8x \\equiv 1 \\pmod{2} \\). Since \\( 8 "
            "\\equiv 0 \\pmod{2} \\), the congruence becomes "
            "\\( 0 \\cdot x \\equiv 1 \\pmod{2} \\), "
            "which has no solutions.",
            {V},
        ),
        # row 1179, gemma-2-27b-it
        (
            "We can check that the greatest common divisor of the coefficients is 1.",
            {V},
        ),
        # row 1478, gemma-2-27b-it
        (
            "This could introduce extraneous solutions. Substitute each solution back into "
            "the original equation to check if it's valid.",
            {V},
        ),
        # primary label B: sampled by reading random completions (seeds 10001-10099)
        # row 1974, Sky-T1-math-correct-5K-27B
        (
            "Hmm, this seems a bit complicated. Maybe there's a better way to approach this.",
            {B},
        ),
        # row 1532, Sky-T1-math-correct-5K-27B
        (
            "Wait, but actually, since the block is in different positions, the remaining "
            "seats vary.\n\nLet me try to think of it differently.",
            {B},
        ),
        # row 1631, Sky-T1-math-correct-5K-27B
        (
            "That means I can't solve for unique values of \\( a \\) and \\( b \\). However, the "
            "problem is asking for \\( f(3) \\), not the values of \\( a \\) and \\( b \\) "
            "themselves. So maybe I can find \\( f(3) \\) without finding \\( a \\) and \\( b \\) "
            "explicitly.",
            {B},
        ),
        # row 1554, Sky-T1-math-correct-5K-27B
        (
            "Wait, no, 3% is 0.03, but that's not relevant here.\n\nWait, maybe I should "
            "consider that \\(\\frac{3}{20}\\) is the same as \\(\\frac{3 \\times 5}{20 \\times 5} "
            "= \\frac{15}{100}\\), which is 0.15.",
            {B},
        ),
        # row 1704, Sky-T1-math-correct-5K-27B
        (
            "So, perhaps this is not the right set of points.\n\nMaybe I need to choose them "
            "such that their sum is zero.\n\nAlternatively, perhaps there is a better approach "
            "to this problem.",
            {B},
        ),
        # row 1704, Sky-T1-math-correct-5K-27B
        (
            "But I'm not sure how to apply this directly to the product p.\n\nMaybe I can "
            "consider pairing the terms in a different way.",
            {B},
        ),
        # row 1704, Sky-T1-math-correct-5K-27B
        (
            "But I'm not sure if that's immediately helpful here.\n\nMaybe I can pair the "
            "terms in a smart way.",
            {B},
        ),
        # row 1999, Sky-T1-math-correct-5K-27B
        (
            "Maybe I can use the law of sines or some other trigonometric identities.\n\nWait, "
            "but I don't have any side lengths given, only angles. Maybe I can find some "
            "relationships involving the angles.",
            {B},
        ),
        # row 1620, Sky-T1-math-correct-5K-27B
        (
            "First, \\( f(x) \\) is odd, so \\( f(g(f(x))) \\) is the composition of an odd "
            "function and a function that is neither specified (but in this case, it's a "
            "composition of functions).\n\nWait, perhaps a better approach is to consider the "
            "parity of each intermediate composition.",
            {B},
        ),
        # row 1620, Sky-T1-math-correct-5K-27B
        (
            "I must have made a mistake in one of these approaches.\n\nLet me consider another "
            "way to approach this problem.",
            {B},
        ),
        # row 1666, Sky-T1-math-correct-5K-27B
        (
            "But I'm not sure if that's directly helpful for finding angle BAC.\n\nMaybe I "
            "need to look at the entire configuration.",
            {B},
        ),
        # row 1922, Sky-T1-math-correct-5K-27B
        (
            "Alternatively, perhaps there's a better way to approach this.\n\nWait, maybe I "
            "can consider the equation satisfied by \\( \\alpha_1\\alpha_2, \\alpha_1\\alpha_3, "
            "\\alpha_1\\alpha_4, \\alpha_2\\alpha_3, \\alpha_2\\alpha_4, \\alpha_3\\alpha_4 \\).",
            {B},
        ),
        # row 1626, Sky-T1-math-correct-5K-27B
        (
            "Maybe I should look at the magnitude or the argument of \\( f(z) \\), but that "
            "might be complicated.\n\nAlternatively, perhaps I can consider the effect of \\( "
            "f(z) \\) on the real and imaginary parts of \\( z \\).",
            {B},
        ),
        # row 1781, Sky-T1-math-correct-5K-27B
        (
            "But I don't know the lengths of the sides, so that might not be "
            "helpful.\n\nAlternatively, maybe I can use the fact that the pentagon is regular "
            "and the star is formed by extending its sides to find some similar triangles or "
            "parallel lines.",
            {B},
        ),
        # row 1626, Sky-T1-math-correct-5K-27B
        (
            "However, computing this directly seems complicated. Maybe there's a better "
            "approach.\n\nLet me consider the function \\( f(z) \\) again.",
            {B},
        ),
        # row 1896, Sky-T1-math-correct-5K-27B
        (
            "But that seems inefficient, and I might not have enough "
            "information.\n\nAlternatively, perhaps I can use the fact that all triangles are "
            "isosceles to find relationships between their areas.",
            {B},
        ),
        # row 1728, Sky-T1-math-correct-5K-27B
        (
            "Maybe I can use the method of Lagrange multipliers to find the extrema of the "
            "distance function subject to the plane equations, but that seems "
            "complicated.\n\nAlternatively, perhaps I can find a transformation of coordinates "
            "that simplifies the expression.",
            {B},
        ),
        # row 1083, gemma-2-27b-it
        (
            "Unfortunately, there's no easy way to solve this equation algebraically for "
            "$y$. We'll likely need numerical methods (like graphing or using a calculator) "
            "to find approximate solutions for $y$.",
            {B},
        ),
        # primary label B: sampled by keyword search, then reading the context
        # row 601, Qwen2.5-Math-7B
        (
            "It seems there is still an issue with the previous approach. Let's take a "
            "different approach to solve the problem.",
            {B},
        ),
        # row 2493, Sky-T1-math-correct-5K-32B-short
        (
            "However, there seems to be a mistake in my calculation regarding the $\\sqrt{6}$ "
            "term. Let's correct that by properly distributing and combining terms:",
            {B},
        ),
        # row 1525, Sky-T1-math-correct-5K-27B
        (
            "Maybe \\(f(x)\\) is quadratic, but my earlier attempt didn't work out because "
            "\\(b\\) could be anything, which doesn't help.\n\nPerhaps I need to consider a "
            "different approach. Let's try to find a recursive relationship or a pattern by "
            "computing more values.",
            {B},
        ),
        # row 1564, Sky-T1-math-correct-5K-27B
        (
            "But this seems too complicated for my current purpose.\n\nMaybe I should look for "
            "a different approach.",
            {B},
        ),
        # row 1664, Sky-T1-math-correct-5K-27B
        (
            "This still seems complicated. Maybe I need to consider a different approach "
            "altogether.",
            {B},
        ),
        # row 1732, Sky-T1-math-correct-5K-27B
        (
            "But \\(1 - \\omega = 1 - \\omega\\), which is not immediately helpful.\n\nMaybe I "
            "need to try a different approach.",
            {B},
        ),
        # row 1824, Sky-T1-math-correct-5K-27B
        (
            "This is getting confusing. Maybe I should try a different approach.",
            {B},
        ),
        # row 1855, Sky-T1-math-correct-5K-27B
        (
            "This still looks complicated. Maybe setting \\(a = b\\) isn't the best "
            "approach.\n\nLet me try another approach.",
            {B},
        ),
        # row 1997, Sky-T1-math-correct-5K-27B
        (
            "But I'm getting confused. Let me try a different approach.",
            {B},
        ),
        # row 1978, Sky-T1-math-correct-5K-27B
        (
            "Similarly, each term can be decomposed into partial fractions, but that seems "
            "too involved for this problem.\n\nMaybe there's a different approach.",
            {B},
        ),
        # primary label S: sampled by reading random completions (seeds 10001-10099)
        # row 1818, Sky-T1-math-correct-5K-27B
        (
            "First, I remember that to subtract fractions, they need to have the same "
            "denominator. So, I need to find a common denominator for these two fractions.",
            {S, C},
        ),
        # row 375, Qwen2.5-14B-Instruct
        (
            "To solve the problem, we first need to find the sum of the positive divisors of "
            "\\(500\\).",
            {S},
        ),
        # row 4, Qwen2.5-14B-Instruct
        (
            "To determine which student has the greatest average speed, we need to calculate "
            "the average speed for each student.",
            {S, C},
        ),
        # row 678, Qwen2.5-Math-7B
        (
            "Let's start by calculating the product \\(10 \\times 15 \\times 24\\). Then we will "
            "find the square root of the resulting product.",
            {S},
        ),
        # row 1937, Sky-T1-math-correct-5K-27B
        (
            "Our goal is to find the value of □. To do this, we need to find the values of "
            "all the symbols since they are interconnected.",
            {S, C},
        ),
        # row 403, Qwen2.5-14B-Instruct
        (
            "To determine how many of the same digits are found in the base 7 and base 8 "
            "representations of \\(629_{10}\\), we first need to convert \\(629_{10}\\) to both "
            "base 7 and base 8.",
            {S, C},
        ),
        # row 40, Qwen2.5-14B-Instruct
        (
            "To determine the side length of the regular octagon, we first need to find the "
            "perimeter of the regular hexagon.",
            {S, C},
        ),
        # row 426, Qwen2.5-14B-Instruct
        (
            "First, let's determine the side length of the equilateral triangle.",
            {S},
        ),
        # row 903, Qwen2.5-Math-7B
        (
            "To solve this problem, we need to convert the decimal number \\(629_{10}\\) to "
            "its base 7 and base 8 representations. Then, we will compare the digits of "
            "these representations to find out how many digits are the same.",
            {S},
        ),
        # row 662, Qwen2.5-Math-7B
        (
            "To solve this problem, we need to determine the number of integers between 1 "
            "and 100 that are divisible by 2 but not divisible by 3. We can break this down "
            "into a few steps:",
            {S},
        ),
        # row 1503, Sky-T1-math-correct-5K-27B
        (
            "First, I should probably find the prime factorization of 196. Prime "
            "factorization helps in breaking down a number into its smallest prime "
            "components, which makes it easier to find all its divisors.",
            {S},
        ),
        # row 1853, Sky-T1-math-correct-5K-27B
        (
            "First, I should consider the total number of ways to stack the books without "
            "any restrictions. Since the books are different, the number of ways to arrange "
            "6 distinct books is simply 6 factorial, which is 6! = 720.\n\nNow, I need to "
            "subtract the number of arrangements where the two math books are next to each "
            "other.",
            {S},
        ),
        # row 1695, Sky-T1-math-correct-5K-27B
        (
            "Hmm, this expression still depends on r, which we don't know yet. We need to "
            "find a way to determine r or eliminate it from the expression.",
            {S},
        ),
        # row 1833, Sky-T1-math-correct-5K-27B
        (
            "First, I should find the value of \\( a \\), which is the integer part of \\( "
            "\\sqrt[3]{2} \\).",
            {S},
        ),
        # row 1951, Sky-T1-math-correct-5K-27B
        (
            "So, I need to find out how many inches represent 1 mile, and then use that to "
            "find out how many inches represent 53.25 miles.",
            {S},
        ),
        # row 1915, Sky-T1-math-correct-5K-27B
        (
            "So now, the problem reduces to finding \\(129^4 + 96^8 \\mod 11\\).\n\nNext, I need "
            "to simplify \\(129^4 \\mod 11\\) and \\(96^8 \\mod 11\\).",
            {S},
        ),
        # row 1820, Sky-T1-math-correct-5K-27B
        (
            "But wait, the problem is to find cos(angle RPS), not cos(angle RPQ). So, I need "
            "to find a relationship between angle RPQ and angle RPS.",
            {S},
        ),
        # row 1999, Sky-T1-math-correct-5K-27B
        (
            "Maybe I can find the measures of the other angles in triangle AHB and then use "
            "the fact that the sum of angles in a triangle is 180 degrees to find angle "
            "AHB.\n\nBut to do that, I need to know something about the angles at points A and "
            "B in triangle AHB.",
            {S, C},
        ),
        # row 1999, Sky-T1-math-correct-5K-27B
        (
            "So, in triangle AHB, angle AHB = 180 - (angle BAH + angle ABH).\n\nSo, if I can "
            "find angles BAH and ABH, I can find angle AHB.",
            {S, C},
        ),
        # row 1769, Sky-T1-math-correct-5K-27B
        (
            "One way to approach this is to first choose positions for the IMO medals and "
            "then assign the IPhO medals to the remaining positions.",
            {S},
        ),
        # row 1620, Sky-T1-math-correct-5K-27B
        (
            "To determine if \\( h(x) \\) is even, odd, or neither, we need to evaluate \\( "
            "h(-x) \\) and see how it compares to \\( h(x) \\).",
            {S, C},
        ),
        # row 2178, Sky-T1-math-correct-5K-32B-short
        (
            "To find the positive square root of the product $10 \\times 15 \\times 24$, we "
            "first calculate the product and then take its square root.",
            {S, C},
        ),
        # row 2481, Sky-T1-math-correct-5K-32B-short
        (
            "To simplify the given expression, we start by analyzing the general term of the "
            "form $k^4 + \\frac{1}{4}$. We aim to factor this expression in a way that will "
            "help us simplify the overall fraction.",
            {S},
        ),
        # row 31, Qwen2.5-14B-Instruct
        (
            "To simplify \\(\\sqrt{242}\\), we need to factorize 242 into its prime factors and "
            "then simplify the square root based on those factors.",
            {S},
        ),
        # row 1677, Sky-T1-math-correct-5K-27B
        (
            "First, I should probably find the coordinates of P, Q, R, and S, and then find "
            "the lengths of the sides of triangle PQS to determine its angles.",
            {S},
        ),
        # row 998, Qwen2.5-Math-7B
        (
            "Now, we need to compute \\((a_9)^9\\). Let's consider the two cases separately.",
            {S},
        ),
        # row 208, Qwen2.5-14B-Instruct
        (
            "To determine how many of the first one hundred positive integers are divisible "
            "by \\(3\\), \\(4\\), and \\(5\\), we need to find the least common multiple (LCM) of "
            "these numbers.",
            {S, C},
        ),
        # row 493, Qwen2.5-14B-Instruct
        (
            "We can break this down into two steps. First, we compute \\((\\sqrt{2} + "
            "\\sqrt{3})^2\\):",
            {S},
        ),
        # row 908, Qwen2.5-Math-7B
        (
            "If a reflection takes \\(\\begin{pmatrix} 5 \\\\ 0 \\end{pmatrix}\\) to "
            "\\(\\begin{pmatrix} 4 \\\\ 3 \\end{pmatrix}\\), we need to find the line of "
            "reflection and the corresponding reflection matrix.",
            {S},
        ),
        # row 2135, Sky-T1-math-correct-5K-32B-short
        (
            "To determine the number of zeroes at the end of $42!$, we need to count the "
            "number of times the number 10 (which is $2 \\times 5$) can divide into $42!$. "
            "Since there are always more factors of 2 than 5 in factorial numbers, the "
            "number of zeroes is determined by the number of times 5 is a factor in the "
            "numbers from 1 to 42.",
            {S, C},
        ),
        # row 2251, Sky-T1-math-correct-5K-32B-short
        (
            "Next, we need to subtract the scenarios where not all three lanes are occupied. "
            "There are two scenarios to consider for this:",
            {S},
        ),
        # row 2382, Sky-T1-math-correct-5K-32B-short
        (
            "**Solve for $x$**: To find the area of the field, we need to express $x$ in "
            "terms of $y$.",
            {S, C},
        ),
        # row 2157, Sky-T1-math-correct-5K-32B-short
        (
            "To solve for $a+b+c$ given that $a,$ $b,$ and $c$ are the roots of the equation "
            "\\[\\frac{1}{x} + 5x^2 = 6x - 24,\\] we first aim to transform this equation into "
            "a polynomial form.",
            {S},
        ),
        # row 2402, Sky-T1-math-correct-5K-32B-short
        (
            "This means we first need to translate our complex number $3$ (which can be "
            "written as $3 + 0i$ for clarity) so that $-4 - 5i$ becomes the origin.",
            {S},
        ),
        # row 362, Qwen2.5-14B-Instruct
        (
            "To determine the probability that both Dan and Freddie win their respective "
            "elections, we need to consider the individual probabilities of each event and "
            "then combine them.",
            {S, C},
        ),
        # primary label S: sampled by keyword search, then reading the context
        # row 1327, gemma-2-27b-it
        (
            "Once we have an expression for $R(x)$, we can substitute it back into either of "
            "the original equations for $P(x)$ to find an expression for $P(x)$. Then, we "
            "can simply evaluate $P(5)$.",
            {S},
        ),
        # row 1382, gemma-2-27b-it
        (
            "* Once you find the width 'w' that maximizes the area, substitute it back into "
            "the equation for 'l' to find the corresponding length.\n\n* Finally, calculate "
            "the maximum area using the formula A = l * w.",
            {S},
        ),
        # row 1019, gemma-2-27b-it
        (
            "We want to find a way to express $a$ in terms of the roots, so we can minimize it.",
            {S},
        ),
        # row 1340, gemma-2-27b-it
        (
            "We want to find $\\theta.$  Notice that we can eliminate $\\|\\mathbf{a} - "
            "\\mathbf{b}\\|$ from the second and third equations.  Then, we can solve for "
            "$\\cos \\theta$ and finally find $\\theta.$",
            {S},
        ),
        # row 2291, Sky-T1-math-correct-5K-32B-short
        (
            "To find the number of points with integer coordinates strictly in the interior "
            "of the given rectangular region, we first identify the range of $x$ and $y$ "
            "values that define the interior.",
            {S, C},
        ),
        # row 2441, Sky-T1-math-correct-5K-32B-short
        (
            "To calculate the gallons of gasoline Karla would have saved by driving a "
            "fuel-efficient hybrid car instead of an SUV, we first determine the amount of "
            "gasoline used for each vehicle type over the 12,000 miles she drove last year.",
            {S, C},
        ),
        # row 235, Qwen2.5-14B-Instruct
        (
            "To solve the expression \\(0.\\overline{7} - 0.\\overline{4} + 0.\\overline{2}\\), "
            "we first need to convert each repeating decimal into a fraction.",
            {S},
        ),
        # row 259, Qwen2.5-14B-Instruct
        (
            "To find the product of the number \\(5 + \\sqrt{3}\\) and its radical conjugate, "
            "we first need to identify the radical conjugate of \\(5 + \\sqrt{3}\\).",
            {S, C},
        ),
        # row 462, Qwen2.5-14B-Instruct
        (
            "To determine how much money, in cents, was left after converting as many coins "
            "into bills as possible, we first need to find the total amount of money earned "
            "by Linda, Sherry, June, and Connie in dollars.",
            {S, C},
        ),
        # row 1402, gemma-2-27b-it
        (
            "First, we need to translate our point so that the center of rotation is at the "
            "origin.",
            {S},
        ),
        # row 821, Qwen2.5-Math-7B
        (
            "To solve this problem, we need to determine the speed of the robot and then use "
            "that speed to find the length of the hallway.",
            {S},
        ),
        # primary label C: sampled by reading random completions (seeds 10001-10099)
        # row 1490, gemma-2-27b-it
        (
            "* To minimize |a_{n-1}| , we want the sum of the roots to be as close to zero "
            "as possible.",
            {C},
        ),
        # row 1490, gemma-2-27b-it
        (
            "* To get a sum of roots close to zero, we can try to distribute these prime "
            "factors among the roots in a way that some are positive and some are negative.",
            {C},
        ),
        # row 1990, Sky-T1-math-correct-5K-27B
        (
            "Therefore, I need to minimize the sum of the roots in absolute value.",
            {C},
        ),
        # row 1809, Sky-T1-math-correct-5K-27B
        (
            "I recall that to minimize the sum of the factors for a given product, the "
            "factors should be as close to each other as possible.",
            {C},
        ),
        # row 2312, Sky-T1-math-correct-5K-32B-short
        (
            "For the fraction to be positive, the denominator $x - 5$ must also be positive "
            "because a positive divided by a positive is positive.",
            {C},
        ),
        # row 82, Qwen2.5-14B-Instruct
        (
            "To maximize the slope, we need to maximize the numerator \\(y_2 - y_1\\) and "
            "minimize the denominator \\(x_2 - x_1\\).",
            {C},
        ),
        # row 1309, gemma-2-27b-it
        (
            "* To minimize the sum, we want to use the smallest prime factors as many times "
            "as possible.",
            {C},
        ),
        # row 1156, gemma-2-27b-it
        (
            "To maximize $\\cos \\angle APB,$ we want to maximize the numerator and minimize "
            "the denominator.",
            {C},
        ),
        # row 2175, Sky-T1-math-correct-5K-32B-short
        (
            "**Minimize $\\left| 100 - 7n \\right|$:** To minimize $\\left| m - n \\right|$, we "
            "need to minimize $\\left| 100 - 7n \\right|$. This occurs when $100 - 7n$ is "
            "closest to $0$.",
            {C},
        ),
        # row 2197, Sky-T1-math-correct-5K-32B-short
        (
            "For $x^3$ to be a factor of $10!$, $x$ must be composed of the prime factors of "
            "$10!$.",
            {C},
        ),
        # row 1186, gemma-2-27b-it
        (
            "* For $2^{24}$ to be a perfect $n^{\\text{th}}$ power, 'n' must divide 24.",
            {C},
        ),
        # row 1448, gemma-2-27b-it
        (
            "To get 17⁻¹ (mod 83), we need to find a number that, when multiplied by 17, "
            "gives us a remainder of 1 when divided by 83.  \n\nSince 17 * 5 ≡ 2 (mod 83), we "
            "can multiply both sides by the inverse of 2 modulo 83.",
            {C},
        ),
        # primary label C: sampled by keyword search, then reading the context
        # row 1082, gemma-2-27b-it
        (
            "To maximize the slope, we want the largest possible positive value for (y2 - "
            "y1) and the smallest possible positive value for (x2 - x1).",
            {C},
        ),
        # row 1189, gemma-2-27b-it
        (
            "* To minimize the length of rope $HP$ (and maximize the savings), we need to "
            "find the value of $y$ that minimizes $x$.",
            {C},
        ),
        # row 2138, Sky-T1-math-correct-5K-32B-short
        (
            "For the contents of the two bags to be the same after this process, Bob must "
            "select the ball that Alice put into his bag.",
            {C},
        ),
        # row 2173, Sky-T1-math-correct-5K-32B-short
        (
            "For this to be a perfect square, $\\frac{12}{a-3}$ must be an integer, and the "
            "entire expression must be a perfect square.",
            {C},
        ),
        # row 75, Qwen2.5-14B-Instruct
        (
            "For the product of the numbers on the two dice to be a multiple of 5, at least "
            "one of the dice must show a 5.",
            {C},
        ),
    )
)

#: Eighth-round controls (real passages showing none of the four behaviours).
EIGHTH_ROUND_CONTROLS: tuple[str, ...] = (
    # sampled by reading random completions
    # row 1818, Sky-T1-math-correct-5K-27B
    "The denominators are 5 and 4, so the least common denominator (LCD) should be 20.",
    # row 1818, Sky-T1-math-correct-5K-27B
    "Therefore, the expression \\(\\frac{4 + 6a}{5} - \\frac{1 + 3a}{4}\\) as a single "
    "fraction is \\(\\frac{11 + 9a}{20}\\).",
    # row 1818, Sky-T1-math-correct-5K-27B
    "Now that both fractions have the same denominator, I can subtract them:",
    # row 1846, Sky-T1-math-correct-5K-27B
    "Next, I need to solve this quadratic equation for \\(x\\).",
    # row 1846, Sky-T1-math-correct-5K-27B
    "Let's see, 128 squared is 16384, because \\(128 \\times 128 = 16384\\).",
    # row 1846, Sky-T1-math-correct-5K-27B
    "Now, I have a quadratic equation in the form \\(ax^2 + bx + c = 0\\), where \\(a = "
    "1\\), \\(b = -4\\), and \\(c = -4092\\).",
    # row 1696, Sky-T1-math-correct-5K-27B
    "So, \\(760 + 38 = 798\\).",
    # row 1598, Sky-T1-math-correct-5K-27B
    "First, I need to understand what it means to simplify this expression. I think "
    "it means combining the like terms together.",
    # row 1598, Sky-T1-math-correct-5K-27B
    "Now, I need to combine like terms. Let's group the 'k' terms and the constant terms together.",
    # row 178, Qwen2.5-14B-Instruct
    "To find the positive square root of the product \\(10 \\times 15 \\times 24\\), we "
    "will follow these steps:",
    # row 178, Qwen2.5-14B-Instruct
    "To make the multiplication easier, we can break it down:",
    # row 504, Qwen2.5-Math-7B
    "Let's do this using Python to ensure accuracy.",
    # row 375, Qwen2.5-14B-Instruct
    "Thus, the sum of the positive divisors of \\(500\\) is \\(1092\\).",
    # row 4, Qwen2.5-14B-Instruct
    "The greatest average speed is that of Evelyn, which is \\(3.6\\) units/time.",
    # row 1178, gemma-2-27b-it
    "Therefore, the positive square root of the product 10 × 15 × 24 is  \\boxed{60}.",
    # row 1004, gemma-2-27b-it
    "* **Conclusion:** Since Evelyn's line is the steepest, she covered the most "
    "distance in the least amount of time, indicating the greatest average speed.",
    # row 1937, Sky-T1-math-correct-5K-27B
    "First, let's write down the equations again for clarity:",
    # row 1579, Sky-T1-math-correct-5K-27B
    "Let's see: 72 divided by 2 is 36, 36 divided by 2 is 18, 18 divided by 2 is 9, "
    "and 9 is \\(3^2\\). So, 72 is \\(2^3 \\cdot 3^2\\).",
    # row 1974, Sky-T1-math-correct-5K-27B
    "Now, I need to find the value of \\(\\log_2{8}\\).\n\nWell, \\(2^3 = 8\\), so "
    "\\(\\log_2{8} = 3\\).",
    # row 1974, Sky-T1-math-correct-5K-27B
    "Let me write out the product again:",
    # row 1974, Sky-T1-math-correct-5K-27B
    "I need to find the value of this product: \\(\\log_2{3} \\cdot \\log_3{4} \\cdot "
    "\\log_4{5} \\cdot \\log_5{6} \\cdot \\log_6{7} \\cdot \\log_7{8}\\).",
    # row 1752, Sky-T1-math-correct-5K-27B
    "Now, to find the maximum value, I can plug this \\(x\\) value back into the "
    "original expression.",
    # row 1752, Sky-T1-math-correct-5K-27B
    "Just to be thorough, let's consider if there are any restrictions on \\(x\\). The "
    'problem says "for all real numbers \\(x\\)", so there are no restrictions.',
    # row 1752, Sky-T1-math-correct-5K-27B
    "First, calculate \\((-2.5)^2 = 6.25\\)",
    # row 1838, Sky-T1-math-correct-5K-27B
    "First, I need to understand what base six means.",
    # row 1838, Sky-T1-math-correct-5K-27B
    "Since the quotient is now 0, I can stop here.",
    # row 1532, Sky-T1-math-correct-5K-27B
    "First, I need to understand the constraints of a round table.",
    # row 2032, Sky-T1-math-correct-5K-32B-short
    "**Calculate the total number of arrangements**: To find the total number of "
    "distinct seating arrangements, we multiply the number of ways to arrange the "
    "units around the table by the number of ways to arrange Pierre, Rosa, and "
    "Thomas within their group.",
    # row 2252, Sky-T1-math-correct-5K-32B-short
    "To find the maximum value of $4(x + 7)(2 - x)$ over all real numbers $x$, we "
    "start by expanding the expression:",
    # row 2474, Sky-T1-math-correct-5K-32B-short
    "In this product, we notice that each numerator from the second term onwards "
    "cancels out with the denominator of the previous term.",
    # row 2338, Sky-T1-math-correct-5K-32B-short
    "To convert $999_{10}$ to base six, we follow these steps:",
    # row 2338, Sky-T1-math-correct-5K-32B-short
    "Putting it all together, we have $999_{10} = 4\\cdot6^3 + 3\\cdot6^2 + 4\\cdot6^1 "
    "+ 3\\cdot6^0$, which in base six is written as $\\boxed{4343_6}$.",
    # row 2437, Sky-T1-math-correct-5K-32B-short
    "Therefore, the value of $\\square$ is $\\boxed{3}$.",
    # row 426, Qwen2.5-14B-Instruct
    "To solve the problem, we need to find the length of the diagonal of a square "
    "given that its perimeter is equal to the perimeter of an equilateral triangle "
    "with an area of \\(16\\sqrt{3}\\) square centimeters.",
    # row 244, Qwen2.5-14B-Instruct
    "To determine the number of sides of a convex polygon given that the sum of all "
    "but one of its interior angles is \\(1070^\\circ\\), we can follow these steps:",
    # row 244, Qwen2.5-14B-Instruct
    "From the inequalities \\(n \\geq 8\\) and \\(n \\leq 8\\), we conclude:",
    # row 744, Qwen2.5-Math-7B
    "To solve this problem, we need to use the properties of the interior angles of "
    "a convex polygon.",
    # row 903, Qwen2.5-Math-7B
    "The common digits between these two representations are 1 and 5, so there are 2 "
    "common digits.",
    # row 990, Qwen2.5-Math-7B
    "From the above calculations, we see that the smallest possible value for "
    "\\(|a_{n-1}|\\) is 26.",
    # row 764, Qwen2.5-Math-7B
    "Let's break down the problem step-by-step and use Python to ensure the accuracy "
    "of our calculations.",
    # row 820, Qwen2.5-Math-7B
    "To solve the problem, we need to use the given information and trigonometric "
    "identities. Here's the step-by-step reasoning:",
    # row 1282, gemma-2-27b-it
    "**Continue the sequence:** We need to find the first term greater than 125.",
    # row 1140, gemma-2-27b-it
    "Here's how to solve the problem:",
    # row 1455, gemma-2-27b-it
    "This is a combination problem because the order in which we select the students "
    "doesn't matter.",
    # row 1320, gemma-2-27b-it
    "We're given the sine of this angle, and we want to find the cosine of a "
    "different angle, $\\angle RPS$.",
    # row 1162, gemma-2-27b-it
    "* The probability of selecting a number divisible by 2 but not by 3 is the "
    "number of favorable outcomes (34) divided by the total number of outcomes "
    "(100).\n\n*  Therefore, the probability is $\\boxed{\\frac{17}{50}}$.",
    # row 1488, gemma-2-27b-it
    "* The sale price is 60% *off* the original price. This means the sale price "
    "represents 100% - 60% = 40% of the original price.",
    # row 1946, Sky-T1-math-correct-5K-27B
    "First, I need to recall what an infinite geometric sequence is and how to find "
    "the sum of its first n terms.",
    # row 1503, Sky-T1-math-correct-5K-27B
    "Okay, let's start by understanding what a divisor is.",
    # row 1559, Sky-T1-math-correct-5K-27B
    "First, I need to understand what's being asked.",
    # row 1554, Sky-T1-math-correct-5K-27B
    "So, to convert this to a decimal, I need to perform this division.",
    # row 1554, Sky-T1-math-correct-5K-27B
    '3 divided by 20 is the same as asking, "How many times does 20 go into 3?" '
    "Well, 20 is bigger than 3, so it doesn't go into 3 at all. That means I need to "
    "add a decimal point and some zeros to make it easier.",
    # row 1679, Sky-T1-math-correct-5K-27B
    "To find the equation of the plane containing the points $(0,-1,-1)$, "
    "$(-4,4,4)$, and $(4,5,1)$, we can follow these steps:",
    # row 1833, Sky-T1-math-correct-5K-27B
    "First, I need to understand what this continued fraction represents.",
    # row 1833, Sky-T1-math-correct-5K-27B
    "Since \\( 1^3 = 1 \\) and \\( 2^3 = 8 \\), \\( \\sqrt[3]{2} \\) is between 1 and 2. "
    "More precisely, it's approximately 1.25992, so \\( a = 1 \\).",
    # row 1915, Sky-T1-math-correct-5K-27B
    "Hmm, exponents and modular arithmetic, that sounds like a job for Fermat's Little Theorem.",
    # row 1862, Sky-T1-math-correct-5K-27B
    "Is there any chance that the elections are not independent? The problem says "
    "that each candidate has a 50% chance of winning, and it doesn't suggest any "
    "dependency between the elections. So, I think it's safe to assume independence.",
    # row 1862, Sky-T1-math-correct-5K-27B
    "Also, I should make sure that the probabilities are indeed 50% for each "
    "candidate. The problem states that each candidate has a 50% chance of winning, "
    "so that's straightforward.",
    # row 1531, Sky-T1-math-correct-5K-27B
    "I need to simplify it, which means I have to express it in its simplest radical form.",
    # row 1820, Sky-T1-math-correct-5K-27B
    "There's an Asymptote diagram provided, but since I can't see it, I'll have to "
    "work based on the description.",
    # row 1769, Sky-T1-math-correct-5K-27B
    'First, I need to understand what "indistinguishable" means in this context.',
    # row 2282, Sky-T1-math-correct-5K-32B-short
    "Therefore, the first term in the sequence that is greater than 125 is $\\boxed{129}$.",
    # row 2282, Sky-T1-math-correct-5K-32B-short
    "Let's break down the sequence step by step:",
    # row 2343, Sky-T1-math-correct-5K-32B-short
    "To calculate the total number of license plates that can be formed under the "
    "given conditions, we follow these steps:",
    # row 2027, Sky-T1-math-correct-5K-32B-short
    "To calculate the profit made by the math club from their bake sale, we need to "
    "follow these steps:",
    # row 2411, Sky-T1-math-correct-5K-32B-short
    "To solve this problem, we need to calculate the total number of handshakes that "
    "took place at the mixer.",
    # row 2440, Sky-T1-math-correct-5K-32B-short
    "To simplify the expression $(u+4)(u-1) - (u-3)(u+6)$, we first expand each pair "
    "of parentheses:",
    # row 2347, Sky-T1-math-correct-5K-32B-short
    "The $12r^3$ and $-12r^3$ cancel each other out, and we combine the $20r$ and $-24r$ terms:",
    # row 243, Qwen2.5-14B-Instruct
    "To determine the possible length of the third side of a triangle with sides "
    "measuring 1 unit and 3 units, we need to use the triangle inequality theorem.",
    # row 73, Qwen2.5-14B-Instruct
    "Now, substitute these values back into the expression:",
    # row 284, Qwen2.5-14B-Instruct
    "First, recall that \\(\\cot^{-1} \\left( \\frac{1}{x} \\right) = \\tan^{-1} (x)\\).",
    # row 1626, Sky-T1-math-correct-5K-27B
    "First, I need to understand what the function \\( f(z) \\) does.",
    # row 1728, Sky-T1-math-correct-5K-27B
    "First, I need to understand what this set S represents.",
    # row 1655, Sky-T1-math-correct-5K-27B
    "First, I need to understand the sample space and the event we're interested in.",
    # row 691, Qwen2.5-Math-7B
    "To find the value of \\( b \\) when \\( a = 4 \\) for the line with the equation \\( "
    "3x + 2y = 12 \\), we can substitute \\( a = 4 \\) into the equation and solve for "
    "\\( b \\).",
    # row 505, Qwen2.5-Math-7B
    "To solve this problem, we need to understand the relationship between the "
    "perimeter of one equilateral triangle and the perimeter of the regular hexagon.",
    # row 564, Qwen2.5-Math-7B
    "The output indicates that the coefficient of \\(\\sin x\\) in the expansion of "
    "\\((\\sin x)^7\\) is 0. This means that the constant \\(d\\) in the equation \\((\\sin "
    "x)^7 = a \\sin 7x + b \\sin 5x + c \\sin 3x + d \\sin x\\) is \\(0\\).",
    # row 231, Qwen2.5-14B-Instruct
    "Now substitute \\( A = 6 \\) back into the equations for \\( B \\) and \\( C \\):",
    # row 211, Qwen2.5-14B-Instruct
    "Now, substitute these simplified values back into the original expression:",
    # row 206, Qwen2.5-14B-Instruct
    "To find the equation of the line in the form \\( y = mx + b \\) from the given "
    "parameterization, we start by expressing \\( x \\) and \\( y \\) in terms of the "
    "parameter \\( t \\).",
    # row 679, Qwen2.5-Math-7B
    "To ensure \\(A > 0\\), we can multiply the entire equation by -1:",
    # row 515, Qwen2.5-Math-7B
    "It looks like the output is a bit complicated, so let's simplify it further. We "
    "can break down the expression and simplify it step by step.",
    # row 969, Qwen2.5-Math-7B
    "Let's break it down and solve it step by step using Python code.",
    # row 535, Qwen2.5-Math-7B
    "Since $n \\equiv 2 \\pmod{7}$, we can substitute $n$ with 2 in the expression $(n "
    "+ 2)(n + 4)(n + 6)$:",
    # row 897, Qwen2.5-Math-7B
    "Substitute \\(x = 3\\) into the expression \\(6x + 5\\):",
    # row 1271, gemma-2-27b-it
    "* **Work backwards to express 1 (the GCD) as a linear combination of 997 and 1000:**",
    # row 1083, gemma-2-27b-it
    "Let's make a substitution to simplify the equation.",
    # row 1079, gemma-2-27b-it
    "**Solve for x:** Since the bases are the same, the exponents must be equal:",
    # row 1314, gemma-2-27b-it
    "* The distance between the point $(0,0)$ and the line $x=1$ is 1 unit.\n* "
    "Therefore, the reflection will be 1 unit to the right of the line, resulting in "
    "the point $(2,0)$.",
    # row 2199, Sky-T1-math-correct-5K-32B-short
    "Then, to isolate $x$, we subtract 19 from both sides of the equation:",
    # row 2341, Sky-T1-math-correct-5K-32B-short
    "Among these solutions, the smallest number is $x = -2$.",
    # row 2334, Sky-T1-math-correct-5K-32B-short
    "With $c$ found, we can substitute it back into the equations to find $a$ and $b$:",
    # row 2393, Sky-T1-math-correct-5K-32B-short
    "To find the ratio of the acceleration of Jen's ball to Jack's, we divide both "
    "sides of the equation by $150 \\cdot a_{\\text{softball}}$:",
    # row 1487, gemma-2-27b-it
    "**Break down the sum:** We can group the numbers in the sum and find the modulo "
    "4 remainder of each group:",
    # row 1452, gemma-2-27b-it
    "* Substitute the value of x back into either equation to solve for y.",
    # row 1329, gemma-2-27b-it
    "* There are 12 inches in every foot.\n* So, 20 feet per minute is equal to 20 * "
    "12 = 240 inches per minute.",
    # row 2265, Sky-T1-math-correct-5K-32B-short
    "Therefore, to find the 2003rd term, we calculate the 2003rd multiple of 4 and subtract 1:",
    # row 1362, gemma-2-27b-it
    "To get the probability of both events happening, we multiply the individual probabilities:",
    # row 1225, gemma-2-27b-it
    "Now substitute $x=4$ into the simplified expression:",
    # row 196, Qwen2.5-14B-Instruct
    "Substitute \\(798\\) back into the original equation:",
    # sampled by keyword search (wording a careless matcher might flag)
    # row 1231, gemma-2-27b-it
    "* **Substitute 'a' back into the equation c = a + 4:** c = 6 + 4 = 10",
    # row 1419, gemma-2-27b-it
    "* **Substitute the value of *y* back into the equations for *x* and *z*:**",
    # row 1172, gemma-2-27b-it
    "Substitute the value of *d* back into either of the original equations.",
    # row 1170, gemma-2-27b-it
    "For each *x* solution, substitute it back into either of the original equations "
    "to find the corresponding *y* value.",
    # row 1342, gemma-2-27b-it
    "**Therefore,  $\\boxed{2}$ is the integer that satisfies the given conditions.**",
    # row 1144, gemma-2-27b-it
    "Since we want to find the point at *t* = 2, we substitute *t* = 2 into both equations:",
    # row 1021, gemma-2-27b-it
    "We want to find the greatest integer less than $(\\sqrt{7} + \\sqrt{5})^6$.",
    # row 1037, gemma-2-27b-it
    "To find the minimum angle of rotation for a pentagon to coincide with its "
    "original position, we divide 360 degrees by the number of sides:",
    # row 2049, Sky-T1-math-correct-5K-32B-short
    "Next, we want to isolate $x$ on one side of the equation. To do this, we "
    "subtract $2x$ from both sides:",
    # row 2367, Sky-T1-math-correct-5K-32B-short
    "Next, we need to find $f^{-1}(f^{-1}(6))$, which is now $f^{-1}(2)$ after the first step.",
    # row 2090, Sky-T1-math-correct-5K-32B-short
    "So, instead of dividing $10$ by $\\frac{2}{3}$, Remmy should multiply $10$ by $\\frac{3}{2}$.",
    # row 2448, Sky-T1-math-correct-5K-32B-short
    "However, in modular arithmetic, division is not directly performed; instead, we "
    "multiply by the modular inverse.",
    # row 0, Qwen2.5-14B-Instruct
    "However, this formula needs to be adjusted based on the quadrant in which the point lies.",
    # row 2141, Sky-T1-math-correct-5K-32B-short
    "To solve this problem, we need to understand how division works when "
    "distributing items into groups.",
    # row 2364, Sky-T1-math-correct-5K-32B-short
    "We are given that this point is reflected in the point $(4,1)$, and we need to "
    "find the equation that the set of image points satisfies.",
    # row 1435, gemma-2-27b-it
    "* **Denominator:** The denominator cannot be zero, so we need to find the "
    "values of *x* that make  √(x² - 5x + 6) = 0.\n* **Square Root:** The expression "
    "under the square root (the radicand) must be non-negative.",
    # row 1495, gemma-2-27b-it
    "* **Denominator:** The denominator of a fraction cannot be zero.",
    # row 52, Qwen2.5-14B-Instruct
    "Now, we substitute this back into the original expression:",
    # row 280, Qwen2.5-14B-Instruct
    "Now substitute this back into the original expression:",
)

#: Ninth round, set A (issue 19, fifth generalisation): written blind from the paper's
#: definitions by another helper (math and Countdown), measured before any change and tuned
#: on since (docs/reflection.md has the figures). Set B (at the end of this file), written the
#: same way, was held out until the end of the release and is never tuned on.
NINTH_ROUND_A: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        ("My first milestone is a multiple of 10 from 4 and 6; the 7 gets used afterwards.", {S}),
        ("Evaluating: 15 + 27 + 33 = 75, exactly the target number.", {V}),
        (
            "<think> what would make a + b odd? exactly one of them has to be odd. so count "
            "the pairs with one odd and one even </think>",
            {C},
        ),
        (
            "<think> 44 + 19 = 63, 63 + 8 = 71, matches 71 </think> <answer> 44 + 19 + 8 </answer>",
            {V},
        ),
        (
            "I'll confirm the antiderivative by differentiating it: "
            "\\(\\frac{d}{dx}\\left(\\frac{x^3}{3} + x\\right) = x^2 + 1\\), which is the "
            "integrand. Good.",
            {V},
        ),
        ("56 - 33 = 23; 23 * 2 = 46. 56 + 33 = 89; 89 - 2 = 87. 33 * 2 = 66; 66 - 56 = 10.", {B}),
        (
            "Instead of the law of cosines, which leaves a messy radical, let me go back and "
            "use the law of sines with the \\(30^\\circ\\) angle.",
            {B},
        ),
        (
            "New plan: the recursion is hard to unwind directly, so I'm dropping it and going "
            "after the closed form through a generating function.",
            {B},
        ),
        (
            "<think> 14 * 5 = 70, 70 + 19 = 89, not 51. try 19 * 5 = 95, 95 - 14 = 81, no. (19 "
            "- 14) * 5 = 25 nope. 5 * 14 - 19 = 51 yes </think>",
            {V, B},
        ),
        (
            "I was about to apply AM-GM, but let me back out of that and use Cauchy-Schwarz, "
            "which fits the sum of fractions better.",
            {B},
        ),
        (
            "The area \\(\\frac{1}{2} \\cdot 8 \\cdot 6 = 24\\) agrees with Heron's formula: "
            "\\(s = 12\\) and \\(\\sqrt{12 \\cdot 6 \\cdot 4 \\cdot 2} = \\sqrt{576} = 24\\).",
            {V},
        ),
        ("The target is 31, and 31 + 3 = 34, so 34 - 3 gives it directly.", {C}),
        ("<think> plan: multiply the small ones, then use the big one </think>", {S}),
        (
            "Okay, the trig substitution made things worse. Going back to the original "
            "integral and using partial fractions on \\(\\frac{1}{x^2 - 1}\\).",
            {B},
        ),
        ("So 6 * (13 - 4) = 6 * 9 = 54, and the target is 54, so this works!", {V}),
        ("Result: 100 - 46 = 54. The target is 45, so that misses.", {V}),
        (
            "Two intermediate goals: a product from 6 and 7, and a difference from 30 and 10; "
            "after that I'll decide how to combine them.",
            {S},
        ),
        ("Going backwards from 54: 54 = 60 - 6, and 60 = 12 * 5, so 12 * 5 - 6 = 54.", {C}),
        (
            "Work back: 24 / 3 = 8, and 8 = 10 - 2, so (10 - 2) * 3 = 24. Check: 8 * 3 = 24 ✓.",
            {V, C},
        ),
        (
            "<think> i'll get 100 first from 25 and 4, then subtract. 25*4 = 100. 100 - 7 = "
            "93. target is 93, correct </think>",
            {V, S},
        ),
        ("That gives 98 + 14 = 112, which overshoots 110 by 2.", {V}),
        (
            "Let's get the prime factorization of 720 before anything else; the divisor count "
            "comes straight from the exponents after that.",
            {S},
        ),
        ("9 * 8 = 72, 72 - 50 = 22. 50 - 9 + 8 = 49. 50 + 9 - 8 = 51.", {B}),
        (
            "Hmm, 8 * 6 + 2 = 50 is bigger than 38. What if I use 2 as a multiplier with 8 "
            "instead? 8 * 2 = 16, 16 + 6 = 22 — now it's too small. OK, (8 - 2) * 6 = 36, "
            "close, but still not 38.",
            {V, B},
        ),
        (
            "For \\(\\frac{2x - 6}{x + 1}\\) to equal zero, the numerator has to be zero while "
            "the denominator is not, so \\(x = 3\\).",
            {C},
        ),
        ("20 * 3 + 7 = 67\n20 * 7 - 3 = 137\n(20 + 3) * 7 = 161", {B}),
        (
            "For the average of 6 scores to be 85, the total must be 510; the five known "
            "scores sum to 420, so the sixth must be 90. Check: \\((420 + 90) / 6 = 85\\) ✓.",
            {V, C},
        ),
        (
            "The substitution led nowhere, so let me restart with a cleaner plan: step one, "
            "show the triangles are similar; step two, use the ratio of sides to find \\(DE\\).",
            {B, S},
        ),
        (
            "For \\(N\\) to be a multiple of 12 it must be divisible by both 3 and 4, so its "
            "last two digits must form a multiple of 4 and its digit sum must be a multiple of "
            "3.",
            {C},
        ),
        ("I'll work in two stages: stage one uses 60 and 12, stage two brings in the 5.", {S}),
        (
            "This induction isn't going anywhere. Let me go back and try a direct proof using "
            "\\(k^3 - k = (k - 1)k(k + 1)\\).",
            {B},
        ),
        (
            "Testing \\(x = 5\\): \\(P(5) = 125 - 50 + 5 - 7 = 73\\), not 0, so guessing "
            "integer roots one at a time isn't paying off. I'll abandon that and look at the "
            "graph's sign changes instead.",
            {V, B},
        ),
        (
            "For \\(\\frac{12}{n}\\) to be an integer, \\(n\\) must divide 12, so \\(n \\in "
            "\\{1, 2, 3, 4, 6, 12\\}\\).",
            {C},
        ),
        (
            "I'll split this into two pieces: make something with 9 and 6, make something with "
            "12 and 3, then join them.",
            {S},
        ),
        (
            "For the product \\((x - 2)(x + 5)\\) to be zero, at least one factor has to be "
            "zero, so \\(x = 2\\) or \\(x = -5\\).",
            {C},
        ),
        (
            "Let me break this into cases, \\(x \\ge 0\\) and \\(x < 0\\), and solve \\(|x| + "
            "2x = 9\\) in each.",
            {S},
        ),
        ("81 / 9 = 9, 9 + 14 = 23. 81 - 9 - 14 = 58.", {B}),
        (
            "That guess for the particular solution cannot work because \\(e^{2x}\\) already "
            "solves the homogeneous equation, so I'll abandon it and try \\(Axe^{2x}\\).",
            {B},
        ),
        (
            "I'll reduce this to two smaller questions: how many ways to choose the committee, "
            "and how many of those include both officers.",
            {S},
        ),
        (
            "Let me make sure the limit is plausible numerically: at \\(x = 0.001\\), "
            "\\(\\frac{\\sin x}{x} \\approx 0.99999983\\), very close to 1.",
            {V},
        ),
        ("<think> ok so first get the common ratio r, then the 10th term is easy </think>", {S}),
        ("Target 19 is one less than 20, and 20 = 4 * 5, so 4 * 5 - 1 = 19.", {C}),
        (
            "Guessing values of \\(n\\) isn't converging, so I'll reverse the reasoning: for "
            "\\(n^2 + n = 132\\) we need two consecutive integers whose product is 132, and "
            "\\(11 \\cdot 12 = 132\\) gives \\(n = 11\\).",
            {B, C},
        ),
        ("3 * 17 = 51, 51 + 22 = 73. 22 * 3 = 66, 66 + 17 = 83.", {B}),
        (
            "## Step 1: Find the train's speed\nOnce we have the speed, the second step is to "
            "divide the distance by it to get the time.",
            {S},
        ),
        (
            "11 + 7 + 6 = 24. Working back from 71 instead: 71 = 77 - 6 and 77 = 11 * 7, so 11 "
            "* 7 - 6 = 71.",
            {B, C},
        ),
        (
            "Step one is to find where the two curves intersect, since those give the limits "
            "of integration; step two is to integrate the difference of the functions.",
            {S},
        ),
        (
            "Plugging \\(x = 4\\) back into the original equation: \\(2(4) + 7 = 15\\), which "
            "matches the right-hand side, so the solution holds.",
            {V},
        ),
        (
            "Looking at 95 from the end, 95 = 100 - 5, and 100 = 4 * 25, which gives 4 * 25 - "
            "5 = 95.",
            {C},
        ),
        (
            "Plan: (1) compute the area of the square, (2) compute the area of the inscribed "
            "circle, (3) subtract the second from the first.",
            {S},
        ),
        ("Plan in two moves: pair 50 and 2, then pair that result with 19.", {S}),
        ("<think> target 36. 36 / 4 = 9, and 9 = 17 - 8, so (17 - 8) * 4 </think>", {C}),
        (
            "(39 - 28) * 3 = 33, less than half of 70. Scrap the subtraction and just add "
            "everything: 39 + 28 + 3 = 70. Exactly right.",
            {V, B},
        ),
        ("Let me check: 12 * 7 = 84, and 84 - 9 = 75. Yes, 75 is the target.", {V}),
        (
            "This breaks naturally into three pieces: the probability of drawing red first, "
            "the conditional probability of blue second, and then their product.",
            {S},
        ),
        (
            "Let's try another ordering of the numbers: 8 - 2 first, then times 9: (8 - 2) * 9 "
            "= 54.",
            {B},
        ),
        (
            "90 / 3 + 2 = 32, not 15. Different grouping: 90 / (3 * 2) = 90 / 6 = 15, that's it.",
            {V, B},
        ),
        (
            "Working backwards: to find the fifth term we need the common difference, and to "
            "find that we need two known terms, which we have: \\(a_2 = 7\\) and \\(a_4 = "
            "13\\).",
            {S, C},
        ),
        (
            "Let me double-check the derivative by differentiating again term by term: "
            "\\(\\frac{d}{dx}(3x^2) = 6x\\) and \\(\\frac{d}{dx}(-5x) = -5\\), so \\(f'(x) = "
            "6x - 5\\) is right.",
            {V},
        ),
        ("15 * 6 = 90, 90 + 2 = 92\n15 * 2 = 30, 30 + 6 = 36\n(15 + 6) * 2 = 42", {B}),
        (
            "(30 + 20) * 2 = 100, too big. Let me go backwards from 70 instead: 70 - 30 = 40, "
            "and 40 = 20 * 2. So 30 + 20 * 2 = 70.",
            {V, B, C},
        ),
        (
            "For the expression to be undefined, the denominator \\(x^2 - 4\\) has to vanish, "
            "which means \\(x = \\pm 2\\).",
            {C},
        ),
        (
            "First find the radius: \\(\\pi r^2 = 49\\pi\\) gives \\(r = 7\\). Check: \\(\\pi "
            "\\cdot 7^2 = 49\\pi\\) ✓. Then the circumference is \\(2\\pi \\cdot 7 = 14\\pi\\).",
            {V, S},
        ),
        ("(18 + 2) * 3 = 60, 18 * 3 + 2 = 56, 18 * 2 * 3 = 108", {B}),
        (
            "Attempt 1: 13 * 7 = 91, 91 + 2 = 93 ≠ 105. Attempt 2: (13 + 2) * 7 = 15 * 7 = 105 ✓.",
            {V, B},
        ),
        (
            "Direct factoring isn't working, so I'll change tack: first reduce modulo 4, then "
            "treat the cases \\(n\\) even and \\(n\\) odd separately.",
            {B, S},
        ),
        (
            "(25 + 3) * 4 = 112, too high. Let me try multiplying 25 by 4 first: 100 - 3 = 97. "
            "That's the target.",
            {V, B},
        ),
        ("<think> target 16. 16 = 20 - 4, and 4 = 12 / 3. so 20 - 12 / 3 </think>", {C}),
        (
            "Rather than keep grinding through cases, I'll switch to complementary counting: "
            "count the arrangements where the vowels are adjacent and subtract from the total.",
            {B},
        ),
        (
            "If the mean of five numbers is to be 12, their total must be 60; the four we have "
            "add to 47, so the fifth has to be 13.",
            {C},
        ),
        (
            "The sixth term is 96 and each term is twice the previous one, so going backwards: "
            "48, 24, 12, 6, and the first term is 3.",
            {C},
        ),
        ("Working backwards from 48: 48 = 6 * 8, and 8 = 11 - 3. So 6 * (11 - 3) = 48.", {C}),
        (
            "\\((21 + 14) \\times 4 = 140\\), which is double the target of 70. Let me "
            "reconsider the grouping: \\(21 \\times 4 - 14 = 84 - 14 = 70\\). This works.",
            {V, B},
        ),
        (
            "<think> 150 / 6 = 25, and 25 = 30 - 5. so (30 - 5) * 6 = 150. verify: 25 * 6 = "
            "150 yes </think>",
            {V, C},
        ),
        ("91 - 37 = 54, 54 - 5 = 49. 91 - 37 + 5 = 59.", {B}),
        (
            "Verifying: \\(\\binom{6}{2} = \\frac{6 \\cdot 5}{2} = 15\\), the same number I "
            "got by listing the pairs one by one.",
            {V},
        ),
        ("(36 / 4) + 50 = 59. Is 59 equal to 61? No, it is short by 2.", {V}),
        (
            "Undo the last step: if the final move is subtracting 7, the value before it is "
            "39, and 39 = 13 * 3. Therefore 13 * 3 - 7 = 32.",
            {C},
        ),
        (
            "Our intermediate target is \\(\\sin \\theta\\); once we have it, \\(\\tan "
            "\\theta\\) follows from \\(\\cos \\theta = \\frac{4}{5}\\).",
            {S},
        ),
        (
            "We want the line to be tangent, which means the quadratic we get must have a "
            "double root, so its discriminant must be zero: \\(k^2 - 16 = 0\\), giving \\(k = "
            "\\pm 4\\).",
            {C},
        ),
        (
            "Since 65 = 5 * 13 and we have a 5, the remaining numbers should produce 13: 26 / "
            "2 = 13. So 5 * (26 / 2) = 65.",
            {S, C},
        ),
        (
            "We'll do this in two parts: first find the slope of the line through the two "
            "points, then use point-slope form to get the equation.",
            {S},
        ),
        ("Reach 27 backwards: 27 = 3 * 9, and 9 is 45 / 5, so 3 * (45 / 5) = 27.", {C}),
        (
            "<think> (64 - 4) / 2 = 30 . (64 + 4) / 2 = 34 . 64 / 4 + 2 = 18 </think> <answer> "
            "64 / 4 + 2 </answer>",
            {B},
        ),
        (
            "First, get the intersection point: \\(x = 2\\); checking both lines, \\(y = 2(2) "
            "+ 1 = 5\\) and \\(y = 9 - 2(2) = 5\\), so it's consistent. With the point in "
            "hand, the next goal is its distance to the origin.",
            {V, S},
        ),
        (
            "<think> 99 = 100 - 1. so i need a 1 from 7 and 6, and a 100 from 4 and 25. 7 - 6 "
            "= 1, 4 * 25 = 100. 4 * 25 - (7 - 6) </think>",
            {S, C},
        ),
        (
            "First goal: list all the divisors of 36. Second: keep the ones that are perfect "
            "squares. Third: add them up.",
            {S},
        ),
        (
            "Hmm, \\(\\frac{3}{4} + \\frac{2}{3} = \\frac{5}{7}\\)? No—that adds numerators "
            "and denominators, and \\(\\frac{5}{7}\\) is smaller than \\(\\frac{3}{4}\\) "
            "alone. Starting again with a common denominator: \\(\\frac{9}{12} + \\frac{8}{12} "
            "= \\frac{17}{12}\\).",
            {V, B},
        ),
        (
            "Check: \\(17 \\equiv 2 \\pmod 5\\) and \\(17 \\equiv 1 \\pmod 4\\), so \\(x = "
            "17\\) satisfies both congruences.",
            {V},
        ),
        ("Let me get a 10 out of 7 and 3 first, then use it with 6 and 8.", {S}),
        ("The target 14 equals 70 / 5, and 70 = 67 + 3, so (67 + 3) / 5 = 14.", {C}),
        (
            "The roots should sum to \\(-\\frac{b}{a} = 7\\) and multiply to \\(\\frac{c}{a} = "
            "12\\); indeed \\(3 + 4 = 7\\) and \\(3 \\cdot 4 = 12\\), so the factoring is "
            "consistent.",
            {V},
        ),
        (
            "The goal is \\(x\\), which equals \\(180^\\circ\\) minus the other two angles of "
            "the triangle, so we need those two: one is given as \\(50^\\circ\\) and the other "
            "is the vertical angle, \\(65^\\circ\\).",
            {S, C},
        ),
        (
            "Split the sum: handle the even-indexed terms and the odd-indexed terms "
            "separately, then combine the two results.",
            {S},
        ),
    )
)

#: The Countdown instance of each ninth-round row, in the same order: (target, numbers), or
#: None for a math row (for a detector that reads the target from the prompt).
NINTH_ROUND_A_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (70, (4, 6, 7)),
    (75, (15, 27, 33)),
    None,
    (71, (44, 19, 8)),
    None,
    (10, (56, 33, 2)),
    None,
    None,
    (51, (14, 5, 19)),
    None,
    None,
    (31, (34, 3)),
    (56, (2, 3, 50)),
    None,
    (54, (6, 13, 4)),
    (45, (100, 46, 9)),
    (62, (6, 7, 30, 10)),
    (54, (12, 5, 6)),
    (24, (10, 2, 3)),
    (93, (25, 4, 7)),
    (110, (98, 14, 2)),
    None,
    (51, (9, 8, 50)),
    (38, (8, 6, 2)),
    None,
    (161, (20, 3, 7)),
    None,
    None,
    None,
    (25, (60, 12, 5)),
    None,
    None,
    None,
    (69, (9, 6, 12, 3)),
    None,
    None,
    (58, (81, 9, 14)),
    None,
    None,
    None,
    None,
    (19, (4, 5, 1)),
    None,
    (83, (3, 17, 22)),
    None,
    (71, (11, 7, 6)),
    None,
    None,
    (95, (4, 25, 5)),
    None,
    (81, (50, 2, 19)),
    (36, (4, 17, 8)),
    (70, (39, 28, 3)),
    (75, (12, 7, 9)),
    None,
    (54, (8, 2, 9)),
    (15, (90, 3, 2)),
    None,
    None,
    (42, (15, 6, 2)),
    (70, (30, 20, 2)),
    None,
    None,
    (108, (18, 2, 3)),
    (105, (13, 7, 2)),
    None,
    (97, (25, 3, 4)),
    (16, (20, 12, 3)),
    None,
    None,
    None,
    (48, (6, 11, 3)),
    (70, (21, 14, 4)),
    (150, (6, 30, 5)),
    (59, (91, 37, 5)),
    None,
    (61, (36, 4, 50, 2)),
    (32, (13, 3, 7)),
    None,
    None,
    (65, (5, 26, 2)),
    None,
    (27, (3, 45, 5)),
    (18, (64, 4, 2)),
    None,
    (99, (7, 6, 4, 25)),
    None,
    None,
    None,
    (68, (7, 3, 6, 8)),
    (14, (67, 3, 5)),
    None,
    None,
    None,
)

#: Ninth-round controls (no behaviour: clarification, restatement, plain steps, forward
#: computation, substitution that computes).
NINTH_ROUND_A_CONTROLS: tuple[str, ...] = (
    "\\(\\binom{8}{3} = 56\\).",
    "Therefore, the answer is \\(\\boxed{12}\\).",
    "Let's confirm the domain first: \\(\\ln(x - 1)\\) is only defined for \\(x > 1\\).",
    "To count the arrangements we use the multiplication principle.",
    "Next I'll collect the like terms.",
    "(93 - 3) / 10 = 9",
    "Step 1: 14 * 3 = 42. Step 2: 42 + 5 = 47.",
    "To evaluate this integral we use integration by parts with \\(u = x\\).",
    "Step 2: \\(3x = 21\\), so \\(x = 7\\).",
    "Step 1: 33 - 18 = 15\nStep 2: 15 * 4 = 60",
    "We use the quadratic formula here.",
    "The interval is closed, \\([0, 2\\pi]\\), so the endpoints are included.",
    "We are asked to find the number of positive divisors of 360.",
    "<think> 19 + 2 = 21, 21 * 4 = 84 </think>\n<answer> (19 + 2) * 4 </answer>",
    "Let me now write the general term of the expansion.",
    "The circumference is \\(2\\pi \\cdot 5 = 10\\pi\\).",
    "I'll now simplify the fraction.",
    "Multiplying both sides by 4 gives \\(3x - 8 = 20\\), so \\(3x = 28\\) and \\(x = "
    "\\frac{28}{3}\\).",
    "Step 1: Expand \\((x + 2)^2 = x^2 + 4x + 4\\). Step 2: Subtract 4 from both sides.",
    "<think> 9 * 9 = 81, 81 + 6 = 87 </think> <answer> 9 * 9 + 6 </answer>",
    "Let me try multiplying the two largest numbers.",
    "We need to determine whether 0 counts as a natural number in this problem; it says "
    "positive, so it doesn't.",
    "To find \\(x\\), we expand the product and collect like terms.",
    "\\(\\int_0^2 3x^2 \\, dx = [x^3]_0^2 = 8\\).",
    "Let me be careful about what 'between 1 and 100' means; the problem says inclusive.",
    "The question wants the answer in simplest radical form.",
    "We should confirm that \\(n\\) is an integer—yes, the problem states \\(n \\in "
    "\\mathbb{Z}\\).",
    "Step 1: 25 + 25 = 50. Step 2: 50 * 2 = 100.",
    "So \\(x = 4\\) is our answer.",
    "Step 3: The area is \\(\\frac{1}{2} \\cdot 10 \\cdot 4 = 20\\).",
    "Let me make sure I understand: we have to use all four numbers exactly once.",
    "We start Newton's method from \\(x_0 = 1\\).",
    "The remainder is 3, since \\(59 = 7 \\cdot 8 + 3\\).",
    "The goal of the problem is to find the perimeter of the trapezoid.",
    "Adding the two equations gives \\(2x = 10\\), hence \\(x = 5\\) and \\(y = 2\\).",
    "**Step 1.** \\(\\log_2 32 = 5\\). **Step 2.** \\(5 + 3 = 8\\).",
    "38 + 27 = 65, 65 - 4 = 61.",
    "\\(\\frac{1}{2} + \\frac{1}{3} = \\frac{5}{6}\\).",
    "Multiply 23 by 4 to get 92, then add 7 to get 99.",
    "Maria writes a check for \\$45 and deposits \\$120; what is her new balance?",
    "So the final answer is \\(\\frac{3}{8}\\).",
    "Let me compute the discriminant.",
    "<think> 30 - 6 = 24, 24 + 9 = 33 </think> <answer> 30 - 6 + 9 </answer>",
    "There are \\(4! = 24\\) ways to order the books.",
    "1) 7 * 6 = 42\n2) 42 - 10 = 32",
    "Before starting, note that the problem asks for positive integers only.",
    "Now I'll expand the left-hand side.",
    "Just to be clear about the rules: each number can be used at most once, and only +, -, *, "
    "/ are allowed.",
    "Substitute \\(y = 2x + 1\\) into the second equation: \\(3x + 2(2x + 1) = 16\\).",
    "So 81 - 45 = 36 and 36 / 6 = 6.",
    "16 + 16 = 32, 32 * 3 = 96.",
    "To compute the area, we apply the shoelace formula to the vertices.",
    "To simplify, we rationalize the denominator by multiplying by \\(\\sqrt{3}\\).",
    "Putting \\(n = 10\\) in the formula, \\(S = \\frac{10 \\cdot 11}{2} = 55\\).",
    "Final answer: 6 * (7 + 5) = 72",
)

#: The Countdown instance of each ninth-round control, in the same order.
NINTH_ROUND_A_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    (9, (93, 3, 10)),
    (47, (14, 3, 5)),
    None,
    None,
    (60, (33, 18, 4)),
    None,
    None,
    None,
    (84, (19, 2, 4)),
    None,
    None,
    None,
    None,
    None,
    (87, (9, 9, 6)),
    (120, (15, 8, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    (100, (25, 25, 2)),
    None,
    None,
    (29, (3, 7, 11, 2)),
    None,
    None,
    None,
    None,
    None,
    (61, (38, 27, 4)),
    None,
    (99, (23, 4, 7)),
    None,
    None,
    None,
    (33, (30, 6, 9)),
    None,
    (32, (7, 6, 10)),
    None,
    None,
    (64, (12, 5, 4, 8)),
    None,
    (6, (81, 45, 6)),
    (96, (16, 16, 3)),
    None,
    None,
    None,
    (72, (6, 7, 5)),
)

#: Ninth round, set B (issue 19): written blind with set A from the paper's definitions (math
#: and Countdown), split from it at random, and held out: measured once before this release's
#: changes and once after, never tuned on (docs/reflection.md has the figures). Entries as set A.
NINTH_ROUND_B: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "<think> i'll split it up. part 1: 18 and 2 into something. part 2: combine "
                "with 5 and 3 </think>"
            ),
            {S},
        ),
        ("(95 - 5) / 3 = 30. That's exactly 30, the target.", {V}),
        (
            (
                "Scrap that approach—expanding \\((x + 1)^{10}\\) by hand is hopeless. Let's "
                "use the binomial theorem directly for the \\(x^3\\) coefficient."
            ),
            {B},
        ),
        (
            (
                "<think>Let me try 100 - 27 - 9 = 64. Wrong, we want 82. Try 100 - 27 + 9 = "
                "82. Correct.</think>"
            ),
            {V, B},
        ),
        (
            (
                "Working back from what we want: to show \\(a^2 + b^2 \\ge 2ab\\) it "
                "suffices to show \\((a - b)^2 \\ge 0\\), which is always true."
            ),
            {C},
        ),
        (
            (
                "Sub-goal one: the slope from the two values, \\(a = 11 - 5 = 6\\). Sub-goal "
                "two: the intercept, \\(b = 5 - 6 = -1\\). Check: \\(6(2) - 1 = 11\\) ✓."
            ),
            {V, S},
        ),
        (
            (
                "Let me set up the subproblems: compute \\(f(2)\\), then \\(f(f(2))\\), and "
                "the final answer is \\(f(f(f(2)))\\)."
            ),
            {S},
        ),
        (
            (
                "Two subgoals: show the function is increasing on \\([1, \\infty)\\), and "
                "show \\(f(1) > 0\\); together they give \\(f(x) > 0\\) there."
            ),
            {S},
        ),
        (("Re-adding the column to be safe: \\(48 + 27 + 35 = 110\\). Same total as before."), {V}),
        (
            (
                "Let's aim first for an expression for \\(\\frac{dy}{dx}\\) in terms of "
                "\\(t\\) alone; after that, setting it to zero is routine."
            ),
            {S},
        ),
        (
            (
                "(15 + 9) * 4 = 96, way over 51. Different plan: first make 60 out of 15 and "
                "4, then take away the 9: 60 - 9 = 51, on target."
            ),
            {V, B, S},
        ),
        (
            (
                "Quick test with a small case: for \\(n = 3\\) the formula gives \\(\\frac{3 "
                "\\cdot 4}{2} = 6\\), and indeed \\(1 + 2 + 3 = 6\\)."
            ),
            {V},
        ),
        (
            (
                "Rather than push forward from the hypothesis, let me abandon that and start "
                "at the conclusion: \\(x > 4\\) would follow from \\(2x > 8\\), which "
                "follows from \\(2x - 3 > 5\\), the given."
            ),
            {B, C},
        ),
        (
            (
                "To get the volume we first need the height, and for the height we first "
                "need the slant length; so the order is slant length, then height, then "
                "volume."
            ),
            {S, C},
        ),
        (
            (
                "Wait, the probability came out as \\(\\frac{7}{5}\\), and a probability can "
                "never exceed 1, so something in that computation is off."
            ),
            {V},
        ),
        (
            (
                "On second thought, applying L'Hôpital three times is overkill; a Taylor "
                "expansion of \\(\\cos x\\) will be faster."
            ),
            {B},
        ),
        (
            (
                "Let me try a different route: instead of solving for \\(y\\) first, "
                "eliminate \\(x\\) by subtracting the two equations."
            ),
            {B},
        ),
        (
            (
                "Sub-goal: turn 45 and 9 into 5. 45 / 9 = 5, done. Next, 5 * 14 = 70, and 70 "
                "equals the target."
            ),
            {V, S},
        ),
        ("Hmm, 64 / 8 = 8 and 8 + 41 = 49, but we need 47, so this one is off by two.", {V}),
        (
            (
                "Each move removes half of the marbles and 5 are left after three moves, so "
                "working backwards there were 10 before the third move, 20 before the "
                "second, and 40 at the start."
            ),
            {C},
        ),
        (
            (
                "<think> hmm, the long division is getting ugly. forget it, use the "
                "remainder theorem with x = 2 instead </think>"
            ),
            {B},
        ),
        (
            (
                "Let me split the problem: the product is positive where both factors are "
                "positive and where both are negative, so I'll find each interval on its own "
                "and take the union."
            ),
            {S},
        ),
        (
            (
                "Let me first reduce the problem by merging 88 and 11 into one value, then "
                "work with the three numbers that are left."
            ),
            {S},
        ),
        (
            (
                "Forward expansion is a dead end. Let's instead start from what we want to "
                "prove, \\(\\tan x = 1\\), and see what it requires: \\(\\sin x = \\cos "
                "x\\)."
            ),
            {B, C},
        ),
        (
            (
                "(17 - 6) * 4 = 44, which is 18 short of 62. Rather than patch this, I'll "
                "restart with a different pair: 17 * 4 = 68, and 68 - 6 = 62. That hits the "
                "target."
            ),
            {V, B},
        ),
        (
            (
                "For \\(f(g(x)) = 17\\) with \\(f(t) = 3t + 2\\), the inner value must be "
                "the input that \\(f\\) sends to 17, namely \\(g(x) = 5\\); then \\(x^2 - 4 "
                "= 5\\) forces \\(x = \\pm 3\\)."
            ),
            {C},
        ),
        (
            (
                "12 * 5 + 3 = 63\nOK, from the goal side then: 57 = 60 - 3 and 60 = 12 * 5, "
                "so 12 * 5 - 3 = 57."
            ),
            {B, C},
        ),
        (
            (
                "Break the shape into a rectangle and a semicircle, find each area, and then "
                "add them."
            ),
            {S},
        ),
        (
            (
                "We want \\(P(A \\cap B)\\). That requires \\(P(B)\\) and \\(P(A \\mid "
                "B)\\), so let's find each of those first."
            ),
            {S, C},
        ),
        (
            (
                "First I'll make 20 from 4 and 5, then add 17: 4 * 5 = 20, 20 + 17 = 37, "
                "which is the target."
            ),
            {V, S},
        ),
        ("91 divided by 7 is 13, and 5 + 8 is 13, so (5 + 8) * 7 = 91.", {C}),
        (
            (
                "If the last operation is addition, I'd need 50 + something = 77, so the job "
                "is to make 27 from 3 and 9: 3 * 9 = 27. So 50 + 3 * 9 = 77."
            ),
            {S, C},
        ),
        (
            (
                "I'll start by simplifying the numerator, then deal with the denominator, "
                "and only after that take the limit."
            ),
            {S},
        ),
        (
            (
                "First we need the total number of outcomes, \\(6^2 = 36\\); next, the "
                "favourable ones; the probability is then their ratio."
            ),
            {S},
        ),
        ("7 * 8 = 56 — too low for 90.", {V}),
        (
            (
                "44 + 38 = 82, and 82 + 6 = 88. That overshoots 76. Let's subtract the 6 "
                "instead: 44 + 38 - 6 = 76. Yes!"
            ),
            {V, B},
        ),
        (
            (
                "There are three things to pin down before we can count: the choices for the "
                "first digit, for the middle digits, and for the last digit."
            ),
            {S},
        ),
        (
            (
                "Let me go from the target down: 120 is 100 + 20, and 20 is 4 * 5, giving "
                "100 + 4 * 5 = 120."
            ),
            {C},
        ),
        (
            (
                "The target is 38, which is 40 - 2. So the goal becomes: build 40 from 10 "
                "and 4, then subtract 2."
            ),
            {S, C},
        ),
        (
            (
                "Now I confirm the inverse: \\(f(f^{-1}(x)) = 2\\left(\\frac{x - "
                "3}{2}\\right) + 3 = x\\), as it should be."
            ),
            {V},
        ),
        (
            (
                "We need \\(f(3) = 0\\) for \\(x - 3\\) to be a factor of \\(x^3 - kx^2 + "
                "9\\), so \\(27 - 9k + 9 = 0\\) and \\(k = 4\\). Verify: \\(27 - 36 + 9 = "
                "0\\) ✓."
            ),
            {V, C},
        ),
        (
            ("Strategy: get a small number out of 21 and 19 first, and then multiply it into 34."),
            {S},
        ),
        (
            (
                "Going over each step again: 19 + 21 = 40 ✓, 40 * 2 = 80 ✓, 80 - 3 = 77 ✓, "
                "and 77 is the target."
            ),
            {V},
        ),
        (
            (
                "<think> so n = 6. check: 6 * 7 = 42, which is the product the problem gave. "
                "good </think>"
            ),
            {V},
        ),
        (
            (
                "Starting from the conclusion: \\(\\angle ABC = 90^\\circ\\) would follow if "
                "\\(AC\\) is a diameter, and that holds if the center \\(O\\) lies on "
                "\\(AC\\)."
            ),
            {C},
        ),
        ("Start from 43: it is 40 + 3, and 40 = 8 * 5, so the expression is 8 * 5 + 3.", {C}),
        (
            (
                "We need the final balance to be \\$1210. One year earlier it must have been "
                "\\(1210 / 1.1 = 1100\\), and a year before that \\(1100 / 1.1 = 1000\\), so "
                "the initial deposit was \\$1000."
            ),
            {C},
        ),
        (
            (
                "<think> first step: use the two big numbers together, 75 and 50. second "
                "step: fix it up with 3 and 8. </think>"
            ),
            {S},
        ),
        ("73 - 29 = 44, 44 + 6 = 50. 73 + 29 = 102, 102 / 6 = 17.", {B}),
        ("<think> 62 - 17 = 45. 45 * 2 = 90. that's the target 90, good </think>", {V}),
        (
            (
                "Multiplication first isn't leading anywhere, so let me drop it and just "
                "add: 31 + 29 + 12 = 72."
            ),
            {B},
        ),
        (
            (
                "We want the last digit of \\(3^n\\) to be 1; that requires \\(n\\) to be a "
                "multiple of 4, since the last digits cycle 3, 9, 7, 1."
            ),
            {C},
        ),
        (
            (
                "Let me back up; brute force won't finish. Instead, break the count into two "
                "parts—multiples of 3 and multiples of 5—and then combine them with "
                "inclusion–exclusion."
            ),
            {B, S},
        ),
        ("<think> 45 is the target. 45 + 5 = 50 = 2 * 25. so 2 * 25 - 5 </think>", {C}),
        (
            (
                "96 - 48 = 48, 48 + 3 = 51, no. 96 / 48 = 2, 2 + 3 = 5, no. 96 / 3 = 32, 48 "
                "- 32 = 16, yes, 16."
            ),
            {V, B},
        ),
        (
            ("First get a product in the high thirties from 13 and 3, then add the 2 to finish."),
            {S},
        ),
        ("**Verification:** \\(58 + 36 - 19 = 75\\), which equals the required 75.", {V}),
        (
            (
                "<think> 48 + 12 = 60, 60 - 9 = 51\n48 / 12 = 4, 4 * 9 = 36\n48 - 12 - 9 = "
                "27 </think>"
            ),
            {B},
        ),
        ("110 is 10 times 11, and 11 is 14 - 3, so 10 * (14 - 3) = 110.", {C}),
        (
            (
                "Does \\(x = -1\\) actually work, or is it extraneous? \\(\\sqrt{-1 + 5} = "
                "2\\) and \\(-1 + 3 = 2\\), so yes, it is a genuine solution."
            ),
            {V},
        ),
        (
            (
                "The key is to isolate \\(x\\) on one side; once that's done, the sign of "
                "the coefficient tells us which way the inequality points."
            ),
            {S},
        ),
        (
            (
                "Step 1: 52 + 27 = 79. Step 2: 79 - 8 = 71. 71 is not 33, so let me start "
                "again: 52 - 27 = 25, 25 + 8 = 33. Matches."
            ),
            {V, B},
        ),
        ("70 - 12 * 5 = 10. (70 - 12) * 5 = 290. 70 / 5 + 12 = 26.", {B}),
        (
            (
                "Checking \\(x = 5\\) in \\(\\sqrt{x + 4} = x - 3\\): the left side is 3 but "
                "the right side is 2, so it fails. Squaring introduced it; let me instead "
                "solve by substituting \\(t = \\sqrt{x + 4}\\)."
            ),
            {V, B},
        ),
        ("88 / 8 = 11 and 14 - 3 = 11, so (14 - 3) * 8 = 88.", {C}),
        (
            (
                "Before counting 91 as prime I try small divisors: \\(91 / 7 = 13\\), so 91 "
                "is composite and stays off the list."
            ),
            {V},
        ),
        (
            (
                "15 + 12 + 5 = 32 is nowhere near 175, so plain addition won't work. Going "
                "with multiplication instead: 15 * 12 = 180, minus 5 is 175, which is "
                "exactly it."
            ),
            {V, B},
        ),
        (
            (
                "From the target: 63 = 7 * 9, and 9 = 21 - 12, giving 7 * (21 - 12). "
                "Evaluating that: 21 - 12 = 9, 9 * 7 = 63, matches."
            ),
            {V, C},
        ),
        ("35 + 47 = 82, 82 - 11 = 71\n47 - 35 = 12, 12 * 11 = 132", {B}),
        ("OK, 23 * 3 = 69, then 69 + 11 = 80. 80 vs target 80: equal. Done.", {V}),
        (
            (
                "That gives a negative length, \\(-3\\), which is impossible, so my setup "
                "must be off. Let me redo it measuring from \\(B\\) instead of from \\(A\\)."
            ),
            {V, B},
        ),
        (
            (
                "Scratch that; I'll try a different pairing, 64 - 16 this time, and then "
                "divide by 2: (64 - 16) / 2 = 24."
            ),
            {B},
        ),
        (
            (
                "Integration by parts is going in circles here, so let me drop it and try "
                "the substitution \\(u = x^2 + 1\\) instead."
            ),
            {B},
        ),
        ("(25 - 3) * 4 = 88\n25 * 4 - 3 = 97", {B}),
        (
            (
                "The maximum of \\(\\sin x + \\cos y\\) would need both terms at their "
                "largest at once, i.e. \\(\\sin x = 1\\) and \\(\\cos y = 1\\); that happens "
                "at \\(x = \\frac{\\pi}{2}, y = 0\\), so the maximum is 2."
            ),
            {C},
        ),
        (
            (
                "Let me aim for an intermediate value first: combine 8 and 7 into 56, and "
                "then see how 3 and 40 can be added on."
            ),
            {S},
        ),
        (
            (
                "I'll handle the numerator and the denominator separately: factor \\(x^2 - "
                "9\\) first, then \\(x^2 + x - 6\\), and cancel whatever is common."
            ),
            {S},
        ),
        (
            (
                "Our route: rewrite \\(\\cos 2x\\) in terms of \\(\\sin x\\), reduce the "
                "equation to a quadratic in \\(\\sin x\\), and solve that quadratic."
            ),
            {S},
        ),
        (
            (
                "We need 72 at the end. 72 = 8 * 9, so my task is to get 9 from 12 and 3: 12 "
                "- 3 = 9. Then 8 * (12 - 3) = 72."
            ),
            {S, C},
        ),
        (
            (
                "For \\(n!\\) to end in exactly 6 zeros we need exactly six factors of 5 in "
                "\\(n!\\), which first happens at \\(n = 25\\)."
            ),
            {C},
        ),
        ("Reverse it: 84 / 12 = 7, and 7 = 15 - 8. Answer: 12 * (15 - 8) = 84.", {C}),
        (
            (
                "Let's set the modular approach aside—it only gives a necessary condition. "
                "We'll bound the variables instead: since \\(x^2 \\le 50\\), \\(x \\le 7\\)."
            ),
            {B},
        ),
        (
            (
                "With \\(n = 2\\) my formula \\(2^n + 1\\) predicts 5 paths, but listing "
                "them by hand gives 6, so the formula is wrong. I'll drop the recursion and "
                "count lattice paths directly with \\(\\binom{2n}{n}\\)."
            ),
            {V, B},
        ),
        (
            (
                "Sanity check: the sides 5, 12, 13 satisfy \\(5^2 + 12^2 = 25 + 144 = 169 = "
                "13^2\\), so it really is a right triangle."
            ),
            {V},
        ),
        (
            (
                "Double-checking the arithmetic: 87 - 23 = 64 and 64 / 2 = 32. Target 32 "
                "reached, each number used once."
            ),
            {V},
        ),
        (
            (
                "Starting at 200 and undoing a multiplication by 8 leaves 25, which is 19 + "
                "6: (19 + 6) * 8 = 200."
            ),
            {C},
        ),
        ("<think>66 + 4 = 70, 70 / 7 = 10\n66 - 4 - 7 = 55\n66 + 7 - 4 = 69</think>", {B}),
        ("Since 57 + 3 = 60 and 60 = 4 * 15, I can write 4 * 15 - 3 = 57.", {C}),
        ("(40 + 8) / 4 = 12\n(40 - 8) / 4 = 8\n40 / 8 + 4 = 9\n40 / 4 + 8 = 18", {B}),
        (
            (
                "For \\(\\lim_{x \\to 2} \\frac{x^2 + ax - 10}{x - 2}\\) to exist, the "
                "numerator must vanish at \\(x = 2\\): \\(4 + 2a - 10 = 0\\), so \\(a = "
                "3\\)."
            ),
            {C},
        ),
        (
            ("Forget that combination. New plan: first pair 9 with 3 to get 12, then bring 48 in."),
            {B, S},
        ),
        (
            (
                "Plan: combine 46 and 4 into a single number first, then see what the 2 can "
                "do with it."
            ),
            {S},
        ),
        (
            (
                "Actually, coordinates will be cleaner than synthetic geometry for this one. "
                "Let me restart by placing \\(A\\) at the origin."
            ),
            {B},
        ),
        (
            (
                "Before computing the expected value we'll need the full distribution of "
                "\\(X\\), so the first milestone is \\(P(X = k)\\) for \\(k = 0, 1, 2, 3\\)."
            ),
            {S},
        ),
    )
)

#: The Countdown instance of each set-B row, in order: (target, numbers), or None.
NINTH_ROUND_B_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (28, (18, 2, 5, 3)),
    (30, (95, 5, 3)),
    None,
    (82, (100, 27, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    (51, (15, 4, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    (70, (45, 9, 14)),
    (47, (64, 8, 41, 2)),
    None,
    None,
    None,
    (37, (88, 11, 4, 7, 2)),
    None,
    (62, (17, 4, 6)),
    None,
    (57, (12, 5, 3)),
    None,
    None,
    (37, (4, 5, 17)),
    (91, (7, 5, 8)),
    (77, (50, 3, 9)),
    None,
    None,
    (90, (7, 8, 34)),
    (76, (44, 38, 6)),
    None,
    (120, (100, 4, 5)),
    (38, (10, 4, 2)),
    None,
    None,
    (68, (21, 19, 34)),
    (77, (19, 21, 2, 3)),
    None,
    None,
    (43, (8, 5, 3)),
    None,
    (136, (75, 50, 3, 8)),
    (17, (73, 29, 6)),
    (90, (62, 17, 2)),
    (72, (31, 29, 12)),
    None,
    None,
    (45, (2, 25, 5)),
    (16, (96, 48, 3)),
    (41, (13, 3, 2)),
    (75, (58, 36, 19)),
    (27, (48, 12, 9)),
    (110, (10, 14, 3)),
    None,
    None,
    (33, (52, 27, 8)),
    (26, (70, 12, 5)),
    None,
    (88, (8, 14, 3)),
    None,
    (175, (15, 12, 5)),
    (63, (7, 21, 12)),
    (132, (35, 47, 11)),
    (80, (23, 3, 11)),
    None,
    (24, (64, 16, 2)),
    None,
    (97, (25, 3, 4)),
    None,
    (99, (8, 7, 3, 40)),
    None,
    None,
    (72, (8, 12, 3)),
    None,
    (84, (12, 15, 8)),
    None,
    None,
    None,
    (32, (87, 23, 2)),
    (200, (8, 19, 6)),
    (69, (66, 4, 7)),
    (57, (4, 15, 3)),
    (18, (40, 8, 4)),
    None,
    (60, (9, 3, 48)),
    (100, (46, 4, 2)),
    None,
    None,
)

#: Set B's controls (no behaviour), and their Countdown instances.
NINTH_ROUND_B_CONTROLS: tuple[str, ...] = (
    "Let me work out the sum of the first 20 odd numbers.",
    "Plug \\(r = 3\\) into \\(V = \\frac{4}{3}\\pi r^3\\) to get \\(V = 36\\pi\\).",
    "<think> 3/8 of 64 is 24, plus 10 is 34 </think>",
    "72 / 8 = 9; 9 * 11 = 99.",
    ("Plugging \\(t = 3\\) into \\(h(t) = -5t^2 + 30t\\) gives the height \\(h(3) = 45\\)."),
    "(50 - 14) / 4 = 9",
    "Adding all three: 12 + 29 + 40 = 81.",
    "Target: 53. Numbers: 41, 6, 2.",
    ("A backward difference approximates \\(f'(x)\\) by \\(\\frac{f(x) - f(x - h)}{h}\\)."),
    "Since the triangle is right-angled, we can use trigonometric ratios.",
    "We can do 5 * 20 = 100, then 100 - 13 = 87.",
    "The problem: a rectangle has perimeter 30 and length 9; find its width.",
    "Combining them: 75 - 25 = 50, 50 + 6 = 56, 56 / 8 = 7.",
    "Alright, let's see what we can do with these numbers.",
    "To solve, we complete the square.",
    "Note the units: the speed is in km/h while the time is given in minutes.",
    "Step 1: 60 / 5 = 12\nStep 2: 12 + 9 = 21",
    "The gcd of 84 and 126 is 42.",
    "<answer> (25 - 3) * 4 </answer>",
    "\\(2^{10} = 1024\\), so \\(2^{10} - 1 = 1023\\).",
    "<answer> (67 - 41) * 3 </answer>",
    "With \\(u = x^2\\), the equation becomes \\(u^2 - 5u + 4 = 0\\).",
    (
        "Since \\(\\sin 30^\\circ = \\frac{1}{2}\\), the opposite side is \\(10 "
        "\\cdot \\frac{1}{2} = 5\\)."
    ),
    "The final answer is 42.",
    "\\(x^2 - 5x + 6 = (x - 2)(x - 3)\\), so the roots are 2 and 3.",
    "The sum is geometric, so we apply \\(S_n = a\\frac{1 - r^n}{1 - r}\\).",
    "The slope is \\(\\frac{7 - 3}{4 - 2} = 2\\).",
    "The derivative is \\(f'(x) = 4x^3 - 6x\\).",
    "Given the numbers [44, 19, 35], reach 98 using each number once.",
    "Using the numbers 8, 3, 11 and 2, we must make 49 with basic arithmetic.",
    "Hmm, interesting problem. Let me write things down.",
    "We solve the system by elimination.",
    "Are we counting arrangements up to rotation? The seats are numbered, so no.",
    ("We should check what counts as a three-digit number here—leading zeros are not allowed."),
    (
        "Let's be clear on the notation: \\(\\lfloor x \\rfloor\\) means the "
        "greatest integer not exceeding \\(x\\)."
    ),
    "Substituting \\(x = 2\\) into \\(f(x) = x^3 - x\\) gives \\(f(2) = 6\\).",
    (
        "I need to verify what the question is asking: the sum of the roots, not the "
        "roots themselves."
    ),
    (
        "Let me restate: we need the smallest positive integer that leaves remainder "
        "1 when divided by 2, 3 and 4."
    ),
    (
        "Let's confirm whether fractions are allowed in intermediate steps; the "
        "rules only say the final result must be the target."
    ),
    (
        "First, let me double-check the problem statement: the triangle is isosceles "
        "with \\(AB = AC\\)."
    ),
    "So the question is: what is \\(\\int_0^1 x e^x \\, dx\\)?",
    "Okay, let me think about this.",
    "Thus the probability is \\(\\frac{5}{36}\\).",
    (
        "Now substitute \\(x = 1\\) into \\(y = 4x - 7\\), which gives the "
        "\\(y\\)-coordinate \\(-3\\)."
    ),
    "First, 11 * 5 = 55. Then 55 + 30 = 85.",
    ("Is the die fair? The problem says so, so each face has probability \\(\\frac{1}{6}\\)."),
    "In other words, we want the remainder when \\(2^{100}\\) is divided by 7.",
    "We need to find all real \\(x\\) such that \\(x^2 - 3x - 10 < 0\\).",
    "**Answer:** \\(x = -\\frac{1}{2}\\)",
    (
        "We need to check whether complex roots count here; the problem says real "
        "solutions, so only real ones."
    ),
    "By the Pythagorean theorem, the hypotenuse is \\(\\sqrt{9^2 + 12^2} = 15\\).",
    "Just checking the setup: the numbers are 6, 9, 21 and the target is 39.",
    (
        "We should double-check the question's wording: it asks for the number of "
        "distinct prime factors, not all factors."
    ),
    "Let me compute: 44 - 18 = 26, and 26 * 2 = 52.",
)
NINTH_ROUND_B_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    (99, (72, 8, 11)),
    None,
    (9, (50, 14, 4)),
    (81, (12, 29, 40)),
    (53, (41, 6, 2)),
    None,
    None,
    (87, (5, 20, 13)),
    None,
    (7, (75, 25, 6, 8)),
    (44, (10, 4, 6)),
    None,
    None,
    (21, (60, 5, 9)),
    None,
    (88, (25, 3, 4)),
    None,
    (78, (67, 41, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (98, (44, 19, 35)),
    (49, (8, 3, 11, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (35, (7, 10, 2)),
    None,
    None,
    None,
    None,
    None,
    (85, (11, 5, 30)),
    None,
    None,
    None,
    None,
    None,
    None,
    (39, (6, 9, 21)),
    None,
    (52, (44, 18, 2)),
)

#: Sixth generalisation (issue 19, by form): examples written for the grammatical forms of the
#: earlier rounds' misses, in both domains, each form with true and false sentences (the false
#: ones are the controls below: forward narration, method statements, plain steps). Written
#: before the families; tuned on since (the blind tenth round is the held-out measure).
FORM_TABLE: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # backward chaining: the goal, then what it requires
        ("We want \\(g(2) = 0\\); that requires \\(4a - 8 = 0\\), so \\(a = 2\\).", {C}),
        ("We want 60 at the end. That requires a 12 and a 5 from the four numbers.", {C}),
        ("We need the sum to be odd, and that requires exactly one odd addend.", {C}),
        ("I want the area of the shaded region; that would require the radius.", {C}),
        ("We're after the height, so what we actually need is the slant length.", {C}),
        # the requirement before the goal it serves
        ("We need \\(p(1) = 0\\) for \\(x - 1\\) to be a factor, so \\(1 + a + 3 = 0\\).", {C}),
        ("I need a 4 for the product to reach 96, and 10 - 6 gives it.", {C}),
        ("We need \\(b^2 - 4ac = 0\\) for the parabola to touch the axis once.", {C}),
        # for X to P (longer goals, more verbs)
        ("For \\(n!\\) to end in exactly 4 zeros we need four factors of 5.", {C}),
        (
            "For the sum of the three numbers on the dice to be even, the number of odd faces "
            "must be even.",
            {C},
        ),
        ("For 7 * x - 2 to land on 47, x must be 7, and 4 + 3 makes it.", {C}),
        # a decomposition chain: the goal split, then a part of it split in turn
        ("Target 84: 84 = 7 * 12, and 12 = 15 - 3, so 7 * (15 - 3) = 84.", {C}),
        ("57 is 60 - 3, and 60 is 12 * 5, so 12 * 5 - 3 = 57.", {C}),
        ("96 = 100 - 4 and 100 = 25 * 4, but that uses the 4 twice.", {C, V}),
        ("Since 70 + 2 = 72 and 72 = 8 * 9, I want 8 * 9 - 2.", {C}),
        ("108 is 9 times 12, and 12 is 20 - 8: 9 * (20 - 8) = 108.", {C}),
        # from the goal side
        ("From the target: 45 = 50 - 5, and 50 = 2 * 25.", {C}),
        ("Let me come at it from the goal side: 36 = 4 * 9.", {C}),
        # N is M more / less than K, so ...
        ("53 is 3 more than 50, so if I can make 50 and add 3 I'm done.", {C, S}),
        ("The answer 29 is one less than 30, so we need 30 from 5 and 6.", {C}),
        # subgoal setting: ordinal step labels with a goal
        ("Step one: reach 20 with 4 and 5. Step two: add the 7.", {S}),
        ("first step: pair 75 with 25. second step: use 6 and 2 on the result.", {S}),
        # plan nouns before a colon
        ("Two subgoals: find the vertex, then find where the parabola meets the line.", {S}),
        ("Our route: make 10 from 7 and 3, then multiply by 9.", {S}),
        ("The route: express everything in terms of \\(\\sin x\\), then solve the quadratic.", {S}),
        # the task reduced to a smaller one
        ("So the job is to make 14 from 2, 7 and 5.", {S}),
        ("The goal becomes: show that \\(f\\) is increasing on \\([0, 1]\\).", {S}),
        ("Now my task is to get 11 from 8 and 3.", {S}),
        # first X; after that Y
        ("First build 100 from 4 and 25; after that, deal with the 6.", {S}),
        ("Let's aim first for the common ratio; after that the sum is one formula.", {S}),
        # backtracking: a verdict, then a new attempt
        ("100 - 27 - 9 = 64. Wrong, we want 82. Try 100 - 27 + 9 = 82.", {V, B}),
        ("Let me back up: the substitution made it worse, so expand instead.", {B}),
        ("71 is not 33, so let me start again: 52 - 27 = 25.", {V, B}),
        ("That leads nowhere. Let me try the complement instead.", {B}),
        ("I'll drop the recursion and count the paths directly.", {B}),
        ("This line doesn't lead anywhere; instead, consider the symmetry.", {B}),
        ("Not quite: 8 * 7 = 56, one short. Let me try 8 * 7 + 1 with the 1 from 3 - 2.", {V, B}),
        ("Close, but 74 is not 75. Different combination: 25 * 3 = 75.", {V, B}),
        (
            "Multiplying out doesn't help; completing the square instead gives "
            "\\((x - 3)^2 = 4\\).",
            {B},
        ),
        ("Not quite. 9 * 8 = 72, then 72 - 50 = 22.", {V, B}),
        ("Close, but I need 31. 50 - 19 = 31.", {V, B}),
        ("Way off. What about 90 / 3 = 30?", {V, B}),
        ("That overshoots. Swap to 7 * 6 - 3 = 39.", {V, B}),
        ("So maybe my assumption is wrong. Let me try a general form \\(f(x) = ax + b\\).", {B}),
        ("It seems there was an error in the initial setup. Let's redo it with the radius 5.", {B}),
        ("We made a mistake in the sign; going back to the second line, 3x = 12.", {B}),
        ("So my assumption is wrong. Perhaps the triangle is obtuse.", {V, B}),
        ("Wait, perhaps a better approach is to use complementary counting.", {B}),
        ("Let me try to think of it differently: 75 - 25 = 50 first.", {B}),
        # verification without a check word: a value against the target or a rule
        ("7 * 9 = 63, too low for 70.", {V}),
        ("25 * 3 = 75 vs target 75: equal.", {V}),
        ("The target is 48, so we're done: 6 * 8 = 48.", {V}),
        ("At \\(x = 1\\) the left side is 5 but the right side is 4, so 1 is not a root.", {V}),
        ("(50 - 3) / 2 isn't a whole number.", {V}),
        ("That uses the 5 twice, so it is out.", {V}),
        ("Verification: \\(3^2 + 4^2 = 25 = 5^2\\).", {V}),
        ("A probability of 3/2 can't be right; something in that computation is off.", {V}),
        ("That gives a negative length, so the formula is wrong.", {V}),
        ("Does 4 * 6 - 1 really work? It gives 23, not 24.", {V}),
        (
            "Plugging in gives 28 on the left and 10 on the right, so \\(x = 1\\) is not a "
            "solution.",
            {V},
        ),
        ("So n = 7 is a valid solution.", {V}),
        ("That gives 23 instead of 24, so there must be a mistake somewhere.", {V}),
        ("All three remainders are 0, confirming that 60 is divisible by 3, 4 and 5.", {V}),
        ("To check if this minimum can actually be achieved, set a = b = 1.", {V}),
        ("7 * 5 = 35 and 35 - 2 = 33, which is valid: each number used once.", {V}),
        # backward chaining: an optimum as the goal; a prerequisite found first
        ("To minimize the sum, we want the two factors as close to each other as possible.", {C}),
        (
            "To maximize the product with 3, 5 and 8, we want the 8 to multiply the largest sum.",
            {C},
        ),
        ("To find the eighth term, we first identify the common ratio \\(r = 3/5\\).", {C, S}),
        ("Undoing a division by 4 gives 25 from 100, so I need 25 from 20 and 5.", {C}),
        ("We end at 30. Before that it must have been 15, since the last step doubles.", {C}),
        # subgoal setting: a two-step plan
        ("We need to factorize 84 and then determine which factors give the smallest sum.", {S}),
        ("I can multiply 7 and 8 first and then subtract the 4 from 56.", {S}),
        ("First we need the area of the base; the volume follows from it.", {S}),
        ("Let's aim first for a multiple of 10.", {S}),
    )
)

#: The sixth generalisation's controls: forward narration, method statements and plain steps
#: that share the forms' words (none is a behaviour).
FORM_TABLE_CONTROLS: tuple[str, ...] = (
    "We need to compute \\(f(3)\\), which requires plugging 3 into the formula.",
    "We want to find the sum of the roots; this requires Vieta's formulas.",
    "We need 3 cups of flour for the cake.",
    "We need to wait for the mixture to cool.",
    "For each of the 5 days, the baker must bake 12 loaves.",
    "12 * 5 = 60 and 60 - 3 = 57.",
    "25 + 3 = 28, and 28 * 2 = 56.",
    "The total is 12 + 5, and 17 is the answer.",
    "Subtract 3 from the target: 24 - 3 = 21.",
    "The distance from the goal line is 10 yards.",
    "Step one: 12 * 2 = 24. Step two: 24 + 3 = 27.",
    "Step 1: Expand the left-hand side.",
    "First step: write down the given numbers 75, 25, 6 and 2.",
    "Our goal is to find the number of ways to arrange the letters.",
    "The plan costs $20 per month.",
    "The job is to paint 3 walls in 2 hours.",
    "First, 12 * 2 = 24; after that, 24 + 3 = 27.",
    "After that first day, we rested.",
    "Jane is 3 years older than Tom, so Tom is 9.",
    "5 is 2 more than 3, so the difference is 2.",
    "The rule says each number must be used once.",
    "That is not quite the same as the original equation, but it is equivalent.",
    "I'll drop the units for now.",
    "Let me back up the files first.",
    "Instead of 3 apples, she bought 5.",
    "This gives 64, so the answer is 64.",
    "Not quite all of the terms cancel, but most do.",
    "I want to confirm the area another way: Heron's formula gives 24 again.",
    "The helper doesn't help with homework; instead she plays.",
    "To maximize profit, the company sells 40 units.",
    "To find the eighth term, use the formula \\(a_n = a_1 r^{n-1}\\).",
    "We add 7 and 8 and then subtract 4: 7 + 8 - 4 = 11.",
    "Way off in the distance, the train is 30 miles away.",
    "The box is too big for 2 shelves.",
    "The left side is the larger one, but the right side is shaded.",
    "We used the 3 twice in the example above.",
    "The class goal is 20 books, and the teacher reads 5 of them.",
    "Verification of identity documents is required at the door.",
    "Something is wrong with my printer.",
    "Does the printer really work?",
    "Before that, it must have been cold.",
    "Press undo to remove the last 3 lines.",
    "Recall that \\(\\omega = 1\\) is a root of unity.",
    "There is an error term in the approximation.",
    "A valid password has 8 characters.",
    "We made a mistake somewhere, since a length cannot be negative.",
    "The teacher said a better approach is to practise daily.",
)

#: Tenth round (issue 19): written blind from the paper's definitions (math and Countdown, about
#: a third of the Countdown rows restating their target), after the ninth round's changes, and
#: held out: measured before and after the sixth generalisation, never tuned on
#: (docs/reflection.md has the figures). Entries as the ninth round's.
TENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "We need to reach 64 with 8, 6 and 2. 8 * 6 = 48, then 48 + 2 = 50, too low. "
                "Switching the order: (6 + 2) * 8 = 64, which is exactly the target."
            ),
            {V, B},
        ),
        ("(25 - 3) * 4 = 88\n25 * 4 - 3 = 97\n25 * 3 + 4 = 79", {B}),
        (
            (
                "<think> 37 - 12 = 25, 25 + 5 = 30, way below. 37 + 12 = 49, 49 + 5 = 54. got "
                "it </think>"
            ),
            {V, B},
        ),
        (
            (
                "The target 91 is 7 * 13, so if I can build 13 out of 10 and 3 the rest is "
                "easy: 10 + 3 = 13, and 13 * 7 = 91."
            ),
            {S, C},
        ),
        ("50 + 9 + 4 = 63\n50 + 9 - 4 = 55", {B}),
        ("Let me check: 15 * 4 = 60 and 60 - 6 = 54, which matches the target.", {V}),
        (
            (
                "To land on 100 with 4, 30 and 5, note that 100 = 4 * 25, so what we really "
                "need is 25 from the other two; 30 - 5 = 25, giving (30 - 5) * 4 = 100."
            ),
            {S, C},
        ),
        (
            (
                "ok 72 / 8 = 9 and 9 + 3 = 12 nope not 27. 8 * 3 = 24 then 72 - 24 = 48 too "
                "big. 72 / 8 = 9 then 9 * 3 = 27 yes"
            ),
            {V, B},
        ),
        (
            (
                "Our goal is 120 using 6, 5, 4 and 1. Plan: first make 24 from 6 and 4, then "
                "turn 5 and 1 into a factor of 5. 6 * 4 = 24, 5 * 1 = 5, 24 * 5 = 120."
            ),
            {S},
        ),
        (
            (
                "<think>\n3 * 17 = 51, 51 - 8 = 43\n17 - 8 = 9, 9 * 3 = 27\n</think>\n"
                "<answer>(17 - 8) * 3</answer>"
            ),
            {B},
        ),
        (
            (
                "(9 + 6) * 2 = 30. Double-checking: 9 + 6 is 15, 15 times 2 is 30, and each "
                "number is used once, so this is valid."
            ),
            {V},
        ),
        (
            (
                "Working back from 48: the last step could be something times 6, which means "
                "the other numbers should give 8, and 11 - 3 = 8. So (11 - 3) * 6 = 48."
            ),
            {S, C},
        ),
        (
            (
                "Trying 44 + 19 - 7 = 56. That's not it. Let me try a different combination: 44 "
                "- 19 = 25, and 25 + 7 = 32."
            ),
            {V, B},
        ),
        (
            (
                "We have to make 150 from 25, 5, 3 and 2. First I'll get 30 out of 25, 3 and 2, "
                "then bring in the 5. 25 + 3 + 2 = 30, 30 * 5 = 150, and 150 is on target."
            ),
            {V, S},
        ),
        ("75 - 25 + 10 = 60\n75 + 25 - 10 = 90\n(75 + 25) / 10 = 10\n75 / 25 * 10 = 30", {B}),
        (
            (
                "The answer has to be 39. 39 = 42 - 3, so I need the 6 and 7 to make 42: 6 * 7 "
                "= 42, then 42 - 3 = 39."
            ),
            {S, C},
        ),
        (
            (
                "Let me try 13 * 4 = 52, then 52 - 9 = 43. That falls 6 short of 49. A "
                "different pairing: 9 * 4 = 36, 36 + 13 = 49. That hits it."
            ),
            {V, B},
        ),
        (
            (
                "I'll first turn 3 and 2 into a divisor of 100, then add the 7 at the end. 3 + "
                "2 = 5, 100 / 5 = 20, 20 + 7 = 27."
            ),
            {S},
        ),
        (
            (
                "Result: 8 * 9 - 4 = 68. Is that right? 8 * 9 = 72, 72 - 4 = 68, yes, it equals "
                "the target."
            ),
            {V},
        ),
        (
            (
                "**Goal:** 35 from 5, 2, 9.\n- 35 = 5 * 7, so I need a 7 from 2 and 9.\n- 9 - 2 "
                "= 7.\n- So 5 * (9 - 2) = 35."
            ),
            {S, C},
        ),
        (
            (
                "Hmm, multiplication everywhere isn't going anywhere. Let me go back and use "
                "subtraction instead: 60 - 12 = 48, 48 / 4 = 12."
            ),
            {B},
        ),
        (
            (
                "<think>\n(14 + 6) * 3 = 60\n14 * 3 + 6 = 48\n14 * 3 - 6 = 36\n</think>\n"
                "<answer>14 * 3 - 6</answer>"
            ),
            {B},
        ),
        ("6 * 8 = 48, and 48 + 11 = 59. Yes, that is exactly 59.", {V}),
        (
            (
                "To reach 26 we could come down from a bigger number: 26 + 4 = 30, and 30 is 5 "
                "* 6. So 5 * 6 - 4 = 26."
            ),
            {C},
        ),
        (
            (
                "is 50 - 13 - 4 = 33 any good? 50 - 13 = 37, minus 4 is 33, not 41 though. "
                "redo: 50 - 13 + 4 = 41 ✓"
            ),
            {V, B},
        ),
        ("Step plan: turn 4 and 2 into 8, then combine with 12. 4 * 2 = 8, 12 * 8 = 96.", {S}),
        ("19 + 23 - 6 = 36\n23 - 19 + 6 = 10\n(23 - 19) * 6 = 24", {B}),
        (
            (
                "Since the final result must be 72 and 72 / 9 = 8, I'd want the 2 and 4 to give "
                "8: 2 * 4 = 8, 8 * 9 = 72, which is the target."
            ),
            {V, S, C},
        ),
        (
            (
                "We must hit 58 with 19, 3 and 1. Working backward, 58 = 2 * 29, but neither 2 "
                "nor 29 can come out of these, so that idea is dead. Instead 58 = 57 + 1, and "
                "57 = 19 * 3. So 19 * 3 + 1 = 58, checked: 57 + 1 = 58."
            ),
            {V, B, C},
        ),
        (
            (
                "<think>40 / 8 + 2 = 7\n40 / (8 + 2) = 4\n(40 - 8) / 2 = 16</think>\n"
                "<answer>(40 - 8) / 2</answer>"
            ),
            {B},
        ),
        ("Checking the candidate (7 + 5) * 6 = 72: 7 + 5 = 12, 12 * 6 = 72, matches.", {V}),
        (
            (
                "Okay so my game plan is to first get a number near 50 using 48 and 3, and "
                "afterwards use the 2 to adjust. 48 + 3 = 51, 51 - 2 = 49."
            ),
            {S},
        ),
        (
            (
                "Think about how 18 could be produced at the end: it's 3 times 6, and 6 is "
                "already here, while 3 is 10 - 7. Hence (10 - 7) * 6 = 18."
            ),
            {C},
        ),
        (
            (
                "Adding everything gives nothing useful, so let me try a product instead: 9 * 7 "
                "= 63, 63 - 5 = 58."
            ),
            {B},
        ),
        (
            (
                "so 22 plus 14 is 36 plus 3 is 39 thats too big for 33 lets subtract instead 22 "
                "plus 14 minus 3 is 33 yes"
            ),
            {V, B},
        ),
        (
            (
                "Target: 210, numbers 7, 5, 6. I'll split this into two jobs: make 30 out of 5 "
                "and 6, then multiply by 7. 5 * 6 = 30, 30 * 7 = 210."
            ),
            {S},
        ),
        (
            (
                "I want 17 using 4, 5 and 3. What gives 17 in one step? 20 - 3 would, and 20 = "
                "4 * 5. So 4 * 5 - 3 = 17."
            ),
            {C},
        ),
        (
            (
                "Using 11, 8 and 2 to get 86: 11 * 8 = 88, plus 2 is 90, not 86. Wait. Hmm, "
                "maybe 11 * 8 - 2 instead. Yes, 88 - 2 = 86, that works."
            ),
            {V, B},
        ),
        ("Attempt: 5 + 5 + 12 = 22\nAttempt: 5 * 12 - 5 = 55\nAttempt: (5 + 5) * 12 = 120", {B}),
        (
            (
                "To get 63, I'll start from the end. 63 = 9 * 7. I have the 9, so I need to "
                "make 7 from 10 and 3: 10 - 3 = 7. Final: 9 * (10 - 3) = 63."
            ),
            {S, C},
        ),
        (
            (
                "Let's verify each step: 14 - 4 = 10 ✓, 10 * 9 = 90 ✓. Final value 90 equals "
                "the target."
            ),
            {V},
        ),
        (
            (
                "We need to get 27 using 96, 4, 3. Let's try 96 / 4 = 24, then 24 - 3 = 21. "
                "This is not equal to 27. Let's try another combination: 96 / 4 = 24, 24 + 3 = "
                "27. This is equal to 27."
            ),
            {V, B},
        ),
        (
            (
                "First goal: produce 10 from 2 and 5 (2 * 5 = 10). Second goal: combine 10 with "
                "37: 37 + 10 = 47. Quick check, 37 + 2 * 5 = 47, correct."
            ),
            {V, S},
        ),
        (
            (
                "We need to get to 11 with 99, 9 and 1. Going back from 11, it's 99 / 9, so the "
                "1 only has to be neutral: 99 / 9 * 1 = 11."
            ),
            {C},
        ),
        ("6 * 4 + 8 = 32\n6 * 8 - 4 = 44\n(6 + 8) * 4 = 56", {B}),
        ("The expression (12 - 2) * 5 gives 10 * 5 = 50, which is exactly what we need.", {V}),
        (
            ("45 - 5 - 4 = 36. Actually, let me restart and use division: 45 / 5 = 9, 9 + 4 = 13."),
            {B},
        ),
        (
            (
                "We need to make 44 from 4, 8, 3. Subgoal: get 11, since 44 = 4 * 11. 8 + 3 = "
                "11, and 4 * 11 = 44, matches the target."
            ),
            {V, S, C},
        ),
        ("- Try 17 + 9 + 2 = 28 → above 24.\n- Try 17 + 9 - 2 = 24 → equals 24. Done.", {V, B}),
        (
            (
                "Hmm, 30 - 6 = 24, then 24 / 4 = 6? That's way off from 20. What if 30 / 6 = 5 "
                "and 5 * 4 = 20? Yes! That's 20."
            ),
            {V, B},
        ),
        ("Let's aim at 60 from the end: 60 = 75 - 15, and 15 = 3 * 5, so 75 - 3 * 5 = 60.", {C}),
        (
            (
                "What pair of values could finish at 14? 7 * 2 would; 7 is there and 2 = 8 / 4. "
                "So 7 * (8 / 4) = 14."
            ),
            {C},
        ),
        (
            (
                "29 is prime, so it won't come from a product; it must be a sum or difference, "
                "like 20 + 9, and 20 = 4 * 5. So 4 * 5 + 9 = 29, which checks out: 20 + 9 = 29."
            ),
            {V, C},
        ),
        (
            (
                "Target is 95 with 10, 9, 5. My first milestone is 90 from 10 and 9, then I'll "
                "adjust with 5. 10 * 9 = 90, 90 + 5 = 95."
            ),
            {S},
        ),
        ("12 + 15 + 3 = 30\n15 * 3 - 12 = 33", {B}),
        (
            (
                "Using 2, 3, 7 and 10 to get 64: 10 * 7 = 70, 70 - 3 - 2 = 65, one too many. So "
                "10 * 7 - 3 * 2 = 64, right on."
            ),
            {V, B},
        ),
        (
            (
                "<think> I'll first pair up 50 and 2 to get 25, then see what 25 and 6 can do. "
                "50 / 2 = 25, 25 + 6 = 31 </think>"
            ),
            {S},
        ),
        (
            (
                "Going backwards: the last operation is probably a subtraction from 100, and "
                "100 - 13 = 87; 13 is 6 + 7. So 100 - (6 + 7) = 87."
            ),
            {C},
        ),
        ("Does (81 / 9) + 4 = 13? 81 / 9 = 9, 9 + 4 = 13, yes it does.", {V}),
        (
            (
                "16 + 5 * 3 = 31. This doesn't seem to work. Let's try a different order of the "
                "numbers: 16 * 5 - 3 = 77."
            ),
            {V, B},
        ),
        (
            (
                "Need 48 from 2, 3, 8. Since 48 = 6 * 8, the job is to get 6 out of 2 and 3: 2 "
                "* 3 = 6, then 6 * 8 = 48."
            ),
            {S, C},
        ),
        (
            (
                "So \\(x = 3\\). Plugging back in, \\(2(3)^2 - 5(3) - 3 = 18 - 15 - 3 = 0\\), "
                "so the root checks out."
            ),
            {V},
        ),
        (
            (
                "Completing the square gets messy here with the fraction, so I'll abandon it "
                "and just use the quadratic formula: \\(x = \\frac{7 \\pm \\sqrt{49 - "
                "24}}{4}\\)."
            ),
            {B},
        ),
        (
            (
                "We'll do this in two parts: first find the radius from the area \\(\\pi r^2 = "
                "49\\pi\\), then use it to get the circumference."
            ),
            {S},
        ),
        (
            (
                "We want \\(\\sin\\theta = \\frac{1}{2}\\) at the end, so working backwards the "
                "angle must be \\(30^\\circ\\), which forces the opposite side to be half the "
                "hypotenuse of 12, i.e. 6."
            ),
            {C},
        ),
        (
            (
                "Let me double-check the count: choosing 3 of 8 gives \\(\\binom{8}{3} = 56\\), "
                "but I had 336 earlier, which counts orders. That approach was wrong, so scrap "
                "it and divide by \\(3! = 6\\): \\(336/6 = 56\\)."
            ),
            {V, B},
        ),
        (
            (
                "**Plan**\n1. Find the slope of the line through the two points.\n2. Use "
                "point-slope form to get the equation.\n3. Read off the y-intercept."
            ),
            {S},
        ),
        (
            (
                "Work backwards from the end: on the third day she was left with 20 dollars "
                "after spending half, so she started that day with 40; by the same reasoning "
                "she had 80 at the start of day two and 160 at the start."
            ),
            {C},
        ),
        (
            (
                "Since we need the last two digits of \\(n!\\) to be 00, \\(n!\\) must contain "
                "at least two factors of 5, which first happens at \\(n = 10\\)."
            ),
            {C},
        ),
        (
            (
                "Sanity check with a small case: for \\(n = 2\\) the formula gives \\(\\frac{2 "
                "\\cdot 3}{2} = 3\\), and indeed \\(1 + 2 = 3\\)."
            ),
            {V},
        ),
        (
            (
                "Hmm, this integration by parts just keeps generating new \\(e^x\\) terms. Let "
                "me step back and try the substitution \\(u = x^2\\) instead."
            ),
            {B},
        ),
        (
            (
                "To find the probability both are red, it is enough to know two things: the "
                "chance the first is red and the chance the second is red given the first was. "
                "First, \\(P(R_1) = \\frac{5}{8}\\)."
            ),
            {S},
        ),
        (
            (
                "Let me verify the derivative numerically: at \\(x = 1\\), \\(f'(1) = 3(1)^2 - "
                "4 = -1\\), and the difference quotient \\(\\frac{f(1.001) - f(1)}{0.001} "
                "\\approx -0.997\\), consistent."
            ),
            {V},
        ),
        (
            (
                "That gives a negative length, \\(x = -4\\), which is impossible for a side. So "
                "that setup must be wrong; I'll redo it with the other leg as the unknown."
            ),
            {V, B},
        ),
        (
            (
                "ok so the trick is: get the common denominator first, then add, then simplify "
                "at the end"
            ),
            {S},
        ),
        (
            (
                "Starting from the desired inequality \\(a^2 + b^2 \\ge 2ab\\), it suffices to "
                "show \\(a^2 - 2ab + b^2 \\ge 0\\), which is \\((a-b)^2 \\ge 0\\), true."
            ),
            {C},
        ),
        (
            (
                "Check: \\(3 \\cdot 4 + 2 \\cdot 5 = 12 + 10 = 22\\) ✓ and \\(4 - 5 = -1\\) ✓, "
                "so \\((4, 5)\\) satisfies both equations."
            ),
            {V},
        ),
        (
            (
                "Direct counting is getting out of hand. Switch to the complement: first count "
                "the arrangements with no two adjacent, then subtract that from the total."
            ),
            {B, S},
        ),
        (
            (
                "If the answer is to be an integer, \\(\\frac{120}{n}\\) must be whole, so "
                "\\(n\\) has to divide 120; that's the condition to look for among the choices."
            ),
            {C},
        ),
        (
            (
                "I'll approach this in stages. Stage one is to find the intersection points of "
                "the two curves; stage two is to set up the integral of the top minus the "
                "bottom between them."
            ),
            {S},
        ),
        (
            (
                "Let's make sure 97 is really prime: it isn't divisible by 2, 3, 5 or 7, and "
                "\\(11^2 = 121 > 97\\), so yes."
            ),
            {V},
        ),
        (
            (
                "Work backward: the final amount after interest is $1210$ and the rate is 10%, "
                "so before the last year there was $1210/1.1 = 1100$, and before that $1100/1.1 "
                "= 1000$."
            ),
            {C},
        ),
        ("Not this way. Try induction.", {B}),
        (
            (
                "Sub-goal: show the triangle is right-angled. Check: \\(5^2 + 12^2 = 25 + 144 = "
                "169 = 13^2\\), so it is."
            ),
            {V, S},
        ),
        (
            (
                "The quantity we want is the area, \\(\\frac{1}{2}bh\\); we already know \\(b = "
                "10\\), so everything hinges on finding the height \\(h\\)."
            ),
            {S, C},
        ),
        (
            (
                "Wait, if \\(k = 3\\) then \\(3^3 = 27\\), not 64. I messed up. Let me redo "
                "with \\(4^3 = 64\\), so \\(k = 4\\)."
            ),
            {V, B},
        ),
        (
            (
                "- First, simplify the numerator.\n- Next, factor the denominator.\n- Finally, "
                "cancel common factors and state the restrictions."
            ),
            {S},
        ),
        (
            (
                "Okay, so I want to end up with \\(\\tan x\\) on the left. Which identity gets "
                "me there? Dividing \\(\\sin x = 2\\cos x\\) by \\(\\cos x\\) does it, giving "
                "\\(\\tan x = 2\\)."
            ),
            {C},
        ),
        (
            (
                "To be safe, I'll test \\(x = 0\\) in the original equation: \\(\\sqrt{0 + 9} = "
                "3\\) and the right side is \\(0 + 3 = 3\\); equal, so it's a valid root and "
                "not extraneous."
            ),
            {V},
        ),
        (
            (
                "The geometric approach is a dead end without more angles. Let's instead place "
                "the square on coordinates with \\(A = (0,0)\\)."
            ),
            {B},
        ),
        (
            (
                "To compute \\(P(X \\ge 1)\\), it's easier to aim for \\(P(X = 0)\\) first and "
                "then subtract it from 1."
            ),
            {S},
        ),
        (
            (
                "Dimension check: the answer \\(\\frac{1}{2}at^2\\) has units of \\(m/s^2 "
                "\\cdot s^2 = m\\), as a distance should."
            ),
            {V},
        ),
        (
            (
                "For the quadratic to have a double root, its discriminant must be zero, so we "
                "need \\(k^2 - 16 = 0\\), hence \\(k = \\pm 4\\)."
            ),
            {C},
        ),
        (
            (
                "nah partial fractions wont work here since the numerator degree is too high. "
                "do long division instead"
            ),
            {B},
        ),
        (
            (
                "Let me check that against the case \\(n=1\\): the formula gives 3 but the sum "
                "is 1. So my closed form is off; going back to the recurrence."
            ),
            {V, B},
        ),
        (
            (
                "What we need first is \\(y\\) by itself from the second equation; once that's "
                "in hand, plugging it into the first leaves one variable."
            ),
            {S},
        ),
        (
            (
                "Plugging \\(x = 2\\) into \\(x^3 - 8\\) does give 0, so \\(x - 2\\) really is "
                "a factor."
            ),
            {V},
        ),
        (
            (
                "We need \\(\\angle ABC\\). It's the supplement of \\(\\angle ABD\\), and "
                "\\(\\angle ABD\\) is determined by the isosceles triangle \\(ABD\\), so let's "
                "go there."
            ),
            {S, C},
        ),
        (
            (
                "Hmm, that went nowhere. Different idea: use the symmetry \\(x \\leftrightarrow "
                "y\\)."
            ),
            {B},
        ),
        (
            (
                "Let's split the count by the first digit: case 1, it's odd; case 2, it's even. "
                "Handle each separately and add."
            ),
            {S},
        ),
        (
            (
                "Adding the probabilities: \\(\\frac{1}{6} + \\frac{1}{3} + \\frac{1}{2} = "
                "1\\), so the distribution is consistent."
            ),
            {V},
        ),
        (
            (
                "Hmm, what must \\(a\\) be for \\(f(2) = 10\\)? Going back, \\(f(2) = 4a + "
                "2\\), so \\(4a = 8\\) and \\(a = 2\\)."
            ),
            {C},
        ),
        (
            (
                "My first guess \\(x = 5\\) gives \\(25 - 15 = 10 \\ne 4\\), so it's not that. "
                "Rather than guessing, I'll factor: first rewrite as \\(x^2 - 3x - 4 = 0\\), "
                "then find two numbers with product \\(-4\\) and sum \\(-3\\)."
            ),
            {V, B, S},
        ),
        (
            (
                "Since the last step of the construction must produce a perpendicular bisector, "
                "we need two points equidistant from both endpoints first."
            ),
            {S, C},
        ),
        (
            (
                "Numerically, \\(\\sqrt{50} \\approx 7.07\\) and \\(5\\sqrt{2} \\approx 5 "
                "\\times 1.414 = 7.07\\), so the simplification is right."
            ),
            {V},
        ),
        (
            (
                "Break it into manageable pieces: compute the volume of the cylinder, the "
                "volume of the cone on top, and then add them."
            ),
            {S},
        ),
        (
            (
                "Reverse the process: the output is 17, undo 'add 5' to get 12, undo 'multiply "
                "by 3' to get 4. The input was 4."
            ),
            {C},
        ),
        (
            (
                "Actually, no — the Law of Sines would leave an ambiguous case here. I'll use "
                "the Law of Cosines instead."
            ),
            {B},
        ),
        (
            (
                "Our target is the sum of the roots. By Vieta that only requires the "
                "coefficients, so the subgoal is to put the equation in standard form."
            ),
            {S, C},
        ),
        (
            (
                "Working from the conclusion: to show \\(ABCD\\) is a parallelogram it suffices "
                "that both pairs of opposite sides are parallel, i.e. have equal slopes."
            ),
            {C},
        ),
        (
            (
                "That yields $P = 1.2$, and a probability can't exceed 1, so I've "
                "double-counted something. Restarting with inclusion–exclusion."
            ),
            {V, B},
        ),
        (
            (
                "Goal 1: find \\(f'(x)\\). Goal 2: solve \\(f'(x) = 0\\). Goal 3: test each "
                "critical point."
            ),
            {S},
        ),
        (
            (
                "To end the game by taking the last coin, I must leave my opponent 4 coins "
                "(whatever they take from 4, I can finish), and to be able to leave 4, I should "
                "leave 8 the turn before."
            ),
            {C},
        ),
        (
            (
                "Suppose the final answer is \\(y = 0\\); tracing back through \\(y = 2x - "
                "6\\), that requires \\(x = 3\\)."
            ),
            {C},
        ),
        (
            (
                "Before anything else I need the total number of outcomes, \\(6^2 = 36\\); "
                "after that, the favourable ones."
            ),
            {S},
        ),
        (
            (
                "Quick check of the arithmetic: \\(17 \\times 23 = 391\\), since \\(17 \\times "
                "20 = 340\\) and \\(17 \\times 3 = 51\\)."
            ),
            {V},
        ),
        ("Scratch the substitution; polar coordinates will make this integral much cleaner.", {B}),
        (
            (
                "Let me set an intermediate target: express everything as a power of 2, then "
                "compare exponents."
            ),
            {S},
        ),
        (
            (
                "Which $x$ makes the mean exactly 12? Work from that: five numbers with mean 12 "
                "total 60, and the four known ones total 47, so $x$ must be 13."
            ),
            {C},
        ),
        (
            (
                "hmm \\(\\frac{3}{4} + \\frac{2}{3} = \\frac{5}{7}\\)? no, that's not how "
                "fractions add. redo: \\(\\frac{9}{12} + \\frac{8}{12} = \\frac{17}{12}\\)."
            ),
            {V, B},
        ),
        (
            (
                "Cross-check with the other method: \\(\\binom{5}{2} = 10\\), and listing the "
                "pairs from \\(\\{a,b,c,d,e\\}\\) gives 10 as well."
            ),
            {V},
        ),
        ("Let's organise: (a) find the median, (b) find the mean, (c) compare them.", {S}),
        (
            (
                "What has to be true at the maximum? The derivative vanishes there, so set "
                "\\(f'(x) = 2 - 2x = 0\\), giving \\(x = 1\\)."
            ),
            {C},
        ),
    )
)

#: The Countdown instance of each tenth-round row, in order: (target, numbers), or None.
TENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (64, (8, 6, 2)),
    (79, (25, 3, 4)),
    (54, (37, 12, 5)),
    (91, (7, 10, 3)),
    (55, (50, 9, 4)),
    (54, (15, 4, 6)),
    (100, (4, 30, 5)),
    (27, (72, 8, 3)),
    (120, (6, 5, 4, 1)),
    (27, (3, 17, 8)),
    (30, (9, 6, 2)),
    (48, (11, 3, 6)),
    (32, (44, 19, 7)),
    (150, (25, 5, 3, 2)),
    (30, (75, 25, 10)),
    (39, (6, 7, 3)),
    (49, (13, 4, 9)),
    (27, (100, 3, 2, 7)),
    (68, (8, 9, 4)),
    (35, (5, 2, 9)),
    (12, (60, 12, 4)),
    (36, (14, 6, 3)),
    (59, (6, 8, 11)),
    (26, (5, 6, 4)),
    (41, (50, 13, 4)),
    (96, (12, 4, 2)),
    (24, (19, 23, 6)),
    (72, (2, 4, 9)),
    (58, (19, 3, 1)),
    (16, (40, 8, 2)),
    (72, (7, 5, 6)),
    (49, (48, 3, 2)),
    (18, (10, 7, 6)),
    (58, (9, 7, 5)),
    (33, (22, 14, 3)),
    (210, (7, 5, 6)),
    (17, (4, 5, 3)),
    (86, (11, 8, 2)),
    (120, (5, 5, 12)),
    (63, (9, 10, 3)),
    (90, (14, 4, 9)),
    (27, (96, 4, 3)),
    (47, (2, 5, 37)),
    (11, (99, 9, 1)),
    (56, (6, 4, 8)),
    (50, (12, 2, 5)),
    (13, (45, 5, 4)),
    (44, (4, 8, 3)),
    (24, (17, 9, 2)),
    (20, (30, 6, 4)),
    (60, (75, 3, 5)),
    (14, (7, 8, 4)),
    (29, (4, 5, 9)),
    (95, (10, 9, 5)),
    (33, (12, 15, 3)),
    (64, (2, 3, 7, 10)),
    (31, (50, 2, 6)),
    (87, (100, 6, 7)),
    (13, (81, 9, 4)),
    (77, (16, 5, 3)),
    (48, (2, 3, 8)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)

#: The tenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
TENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Before solving, let's confirm the domain: \\(\\ln(x-1)\\) requires \\(x > 1\\).",
    (
        "We need to check whether complex roots count here; the problem says 'real solutions', "
        "so only real ones matter."
    ),
    "Step 1: \\(12 \\times 2 = 24\\). Step 2: \\(24 + 6 = 30\\). Step 3: divide by 5 to get 6.",
    "The question asks for the number of ways to seat 5 people in a row.",
    "Substituting \\(y = 2x + 1\\) into \\(x + y = 7\\) gives \\(3x + 1 = 7\\), so \\(x = 2\\).",
    "To find $x$, we expand the product and collect like terms.",
    "Let me compute \\(\\frac{3}{4} \\cdot \\frac{8}{9} = \\frac{24}{36} = \\frac{2}{3}\\).",
    "Therefore, the final answer is \\(\\boxed{42}\\).",
    (
        "A prime number is a natural number greater than 1 whose only positive divisors are 1 "
        "and itself."
    ),
    "The derivative of \\(x^3\\) is \\(3x^2\\), so \\(f'(2) = 12\\).",
    "Using the Pythagorean theorem, \\(c = \\sqrt{6^2 + 8^2} = \\sqrt{100} = 10\\).",
    "We are given that the probability of rain is \\(0.3\\) on each day, independently.",
    "So the area is \\(\\pi r^2 = 16\\pi\\).",
    (
        "I need to be careful about what 'at least two' means: it includes exactly two and "
        "exactly three."
    ),
    "Recall that \\(\\binom{n}{k} = \\frac{n!}{k!(n-k)!}\\).",
    (
        "Let's make sure we understand the problem: we want integers $n$ between 1 and 100 "
        "inclusive."
    ),
    "The slope is \\(\\frac{7 - 3}{4 - 2} = 2\\), and the line is \\(y = 2x - 1\\).",
    "Multiply both sides by 4: \\(3x = 20 - 4x\\), so \\(7x = 20\\) and \\(x = \\frac{20}{7}\\).",
    "Integrating term by term, \\(\\int_0^2 (3x^2 + 1)\\,dx = [x^3 + x]_0^2 = 10\\).",
    "Simplify: \\(\\sqrt{72} = \\sqrt{36 \\cdot 2} = 6\\sqrt{2}\\).",
    (
        "By the definition of a geometric sequence, each term is the previous one times the "
        "common ratio $r$."
    ),
    "- Expand: $x^2 + 5x + 6$\n- Set equal to 0\n- Factor: $(x+2)(x+3)$",
    "the sum of the interior angles of a pentagon is (5-2)*180 = 540 degrees",
    (
        "Note: the problem says 'digits may repeat', so each of the 4 positions has 10 choices, "
        "giving \\(10^4\\)."
    ),
    "Plug in \\(n = 5\\): \\(a_5 = 3 \\cdot 5 - 2 = 13\\).",
    "Let me write the equation in slope-intercept form.",
    "The expected value is \\(E[X] = 1 \\cdot \\frac{1}{2} + 2 \\cdot \\frac{1}{2} = 1.5\\).",
    "**Answer:** The remainder is 3.",
    (
        "We are asked to find the perimeter of a rectangle with sides 4 and 7, which is "
        "\\(2(4+7) = 22\\)."
    ),
    "Since \\(\\gcd(12, 18) = 6\\), the lcm is \\(\\frac{12 \\cdot 18}{6} = 36\\).",
    "Okay, so I'm going to compute the mean: (4 + 8 + 15 + 16 + 23 + 42)/6 = 108/6 = 18.",
    "We need to find the value of $k$ such that the two lines are parallel.",
    (
        "Is the question asking for degrees or radians? It gives the angle as "
        "\\(\\frac{\\pi}{3}\\), so radians."
    ),
    "(25 - 3) * 4 = 88",
    "We need to reach 64 using the numbers 8, 4 and 2.",
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30",
    "<think> 50 + 25 = 75, 75 - 5 = 70 </think>\n<answer>50 + 25 - 5</answer>",
    "Target 75 here. Let me compute 9 * 8 = 72, then 72 + 3 = 75.",
    "The answer is (7 + 3) * 10 = 100.",
    "Using 6, 4 and 3 to make 42: 6 * (4 + 3) = 42.",
    "each number can only be used once, and we may use + - * /",
    "so 15 + 20 = 35 and 35 * 2 = 70",
    "Adding the two largest numbers: 75 + 50 = 125, and 125 - 25 = 100.",
    "Final answer: <answer>(8 * 3) - 4</answer>",
    "**Numbers:** 2, 5, 9\n**Target:** 23\n**Equation:** 2 * 9 + 5 = 23",
    "Multiply 11 by 4 to get 44, and add 7 to get 51.",
    (
        "We can use addition, subtraction, multiplication and division, and each of 3, 8, 12 "
        "exactly once."
    ),
    "<think>\n19 * 2 = 38\n38 + 6 = 44\n</think>\n<answer>19 * 2 + 6</answer>",
    "The task is to get 30 from 5, 6 and 1 using basic arithmetic.",
    "For 18: 100 / 4 = 25, 25 - 7 = 18.",
    "Let me think about this. 13 + 27 = 40, and 40 * 2 = 80.",
    "We are asked to combine 4, 7 and 9 into 19 with each used once.",
    "Solution: 3 * 14 = 42, 42 - 10 = 32. So the equation is 3 * 14 - 10 = 32.",
    "ok so 45 - 15 = 30 and 30 / 6 = 5",
    "Let's see what we have: the numbers are 2, 10 and 40.",
    "- 8 * 7 = 56\n- 56 - 1 = 55",
    "The equation is 6 * 6 + 4 = 40.",
    "We need to make 90 with 3 and 30: 3 * 30 = 90.",
    "Let me compute the product of 12 and 5: 12 * 5 = 60. Then 60 - 9 = 51.",
    "Combining 17 and 3 by multiplication gives 51, and adding 2 gives 53.",
    "Available numbers: 4, 4, 10. Target: 56.",
    "Alright, 96 / 8 = 12, then 12 + 5 = 17, and that's the expression (96 / 8) + 5.",
    "So our answer is <answer>(21 - 5) * 2</answer>.",
    (
        "We need to find an expression using 1, 2, 3 and 4 that equals 24, and order of "
        "operations applies."
    ),
    "33 + 9 = 42 then 42 / 6 = 7",
    "Each of the numbers 5, 8 and 20 has to appear exactly once in the final expression.",
)

#: The Countdown instance of each tenth-round control, in order.
TENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (88, (25, 3, 4)),
    (64, (8, 4, 2)),
    (30, (12, 2, 6)),
    (70, (50, 25, 5)),
    (75, (9, 8, 3)),
    (100, (7, 3, 10)),
    (42, (6, 4, 3)),
    (19, (4, 7, 9)),
    (70, (15, 20, 2)),
    (100, (75, 50, 25)),
    (20, (8, 3, 4)),
    (23, (2, 5, 9)),
    (51, (11, 4, 7)),
    (44, (3, 8, 12)),
    (44, (19, 2, 6)),
    (30, (5, 6, 1)),
    (18, (100, 4, 7)),
    (80, (13, 27, 2)),
    (19, (4, 7, 9)),
    (32, (3, 14, 10)),
    (5, (45, 15, 6)),
    (60, (2, 10, 40)),
    (55, (8, 7, 1)),
    (40, (6, 6, 4)),
    (90, (3, 30)),
    (51, (12, 5, 9)),
    (53, (17, 3, 2)),
    (56, (4, 4, 10)),
    (17, (96, 8, 5)),
    (32, (21, 5, 2)),
    (24, (1, 2, 3, 4)),
    (7, (33, 9, 6)),
    (155, (5, 8, 20)),
)

#: Countdown structure forms (issue 19, seventh generalisation, the structural detectors): hand
#: written by form, both domains. Unworded attempt sequences without a known target (module
#: rule 6 of rewardkit.reflect.attempts: complete attempts over the same three or more numbers
#: to different values) and targets stated in the wider forms, then what must not count: a
#: single chain, a rearranged or recomputed expression, a sum and a product of one set, other
#: numbers, two-number attempts with no target, case analyses in LaTeX.
CD_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 6: one expression per attempt, a list of them
        ("(30 - 4) * 2 = 52\n30 * 2 - 4 = 56\n30 + 4 * 2 = 38", {B}),
        ("Attempt 1: 9 * 7 - 3 = 60. Attempt 2: 9 * 3 + 7 = 34.", {B}),
        ("- 11 + 7 + 3 = 21\n- 11 * 3 - 7 = 26", {B}),
        ("16 - 4 + 9 = 21; 16 + 4 - 9 = 11; (16 - 9) * 4 = 28", {B}),
        ("25 x 4 - 10 = 90, 25 x 10 - 4 = 246", {B}),
        ("13 * 4 - 2 gives 50. 13 * 2 + 4 gives 30.", {B}),
        # rule 6: chains of steps, a restart from the original numbers
        ("40 - 15 = 25, 25 + 6 = 31. 40 + 15 = 55, 55 - 6 = 49.", {B}),
        ("<think>6 * 5 = 30, 30 - 2 = 28\n6 * 2 = 12, 12 + 5 = 17</think>", {B}),
        ("81 / 9 = 9, 9 * 4 = 36. 81 - 9 * 4 = 45.", {B}),
        ("72 - 8 = 64, 64 / 4 = 16 and 72 / 8 = 9, 9 + 4 = 13", {B}),
        ("50 - 10 = 40, 40 / 4 = 10. 50 / 10 = 5, 5 * 4 = 20.", {B}),
        # targets stated in the wider forms: two-number attempts count only against a target
        ("Using 9 and 6 to get 15: 9 * 6 = 54. 9 + 6 = 15.", {B}),
        ("**Goal:** 27 from 3 and 9\n9 + 3 = 12\n9 * 3 = 27", {B}),
        ("Need 14 from 7 and 2. 7 + 2 = 9. 7 * 2 = 14.", {B}),
        ("The answer has to be 5. 10 - 2 = 8. 10 / 2 = 5.", {B}),
        ("You must hit 40 with 8 and 5: 8 + 5 = 13, 8 * 5 = 40.", {B}),
        ("To land on 3 with 12 and 4: 12 - 4 = 8; 12 / 4 = 3.", {B}),
        # structural backward chaining against a target stated in those forms
        ("Need 72 from 8, 12 and 3. 72 = 8 * 9; 12 - 3 = 9; 8 * (12 - 3) = 72.", {C}),
        ("**Goal:** 60 from 5, 15, 3\n60 / 5 = 12, 15 - 3 = 12, (15 - 3) * 5 = 60", {C}),
        ("We must hit 35 with 7, 9 and 4. 35 = 7 * 5, and 9 - 4 = 5: 7 * (9 - 4) = 35.", {C}),
    )
)
#: Its Countdown instances (target, numbers), in order; ``None`` for a text without one.
CD_FORMS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (60, (30, 4, 2)),
    (62, (9, 7, 3)),
    (40, (11, 7, 3)),
    (13, (16, 4, 9)),
    (110, (25, 4, 10)),
    (56, (13, 4, 2)),
    (41, (40, 15, 6)),
    (40, (6, 5, 2)),
    (40, (81, 9, 4)),
    (68, (72, 8, 4)),
    (24, (50, 10, 4)),
    (15, (9, 6)),
    (27, (3, 9)),
    (14, (7, 2)),
    (5, (10, 2)),
    (40, (8, 5)),
    (3, (12, 4)),
    (72, (8, 12, 3)),
    (60, (5, 15, 3)),
    (35, (7, 9, 4)),
)
CD_FORMS_CONTROLS: tuple[str, ...] = (
    "37 - 12 = 25, 25 + 5 = 30.",
    "2 * 3 * 4 = 24, i.e. 4 * 3 * 2 = 24.",
    "25 - 3 = 22, 22 * 4 = 88, so (25 - 3) * 4 = 88.",
    "(25 - 3) * 4 = 88. The answer is (25 - 3) * 4 = 88.",
    "50 - 13 - 4 = 33, since 50 - 13 = 37 and 37 - 4 = 33.",
    "The sum is 3 + 4 + 5 = 12 and the product is 3 * 4 * 5 = 60.",
    "12 + 15 + 3 = 30 and 12 * 15 * 3 = 540.",
    "5 + 6 + 7 = 18. 5 + 6 + 8 = 19.",
    "25 + 3 = 28. 25 - 3 = 22.",
    "48 / 2 = 24 clips in May. 48 + 24 = 72 clips in all.",
    "She pays 3 * 12 = 36 dollars, then 36 + 4 = 40 dollars with the tip, so 40 / 2 = 20 each.",
    "For \\((1, 3, 11)\\): \\(1 + 3 + 11 = 15\\). For \\((3, -1, 11)\\): \\(3 - 1 + 11 = 13\\).",
    "Grouping the factors: $2 \\times 2 = 4$ and $4 + 3 + 7 = 14$; $2 \\times 3 = 6$ and "
    "$6 + 2 + 7 = 15$.",
    "We need 3 more apples, so 4 + 3 = 7 apples.",
    "The answer has to be an integer, so 2 * 3 = 6 is the count.",
    "Our goal is to find x. 2x + 3 = 7 gives 2x = 4, so x = 2.",
    "Using 2, 3 and 4 to get 24: 2 * 3 * 4 = 24.",
    "Need 10 from 2, 3 and 5: 2 + 3 + 5 = 10.",
    "He makes 25 / 5 = 5 pens, then 5 / 1 = 5 pens, so 25 + 5 + 1 = 31 pens in all.",
)
CD_FORMS_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (30, (37, 12, 5)),
    (24, (2, 3, 4)),
    (88, (25, 3, 4)),
    (88, (25, 3, 4)),
    (33, (50, 13, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (2, 3, 4)),
    (10, (2, 3, 5)),
    None,
)


#: Hand-written forms of the seventh generalisation of verification and backtracking (issue 19,
#: brief vb19): one sentence per form, in both domains (MATH-style and Countdown), written from
#: the forms the tenth round missed, not copied from it. Controls: near misses of the same forms.
VB_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # verification: a check announced with its method or its kind
        (
            "Let me confirm the integral numerically: the trapezoid rule with 100 steps gives "
            "0.6932, close to \\(\\ln 2\\).",
            {V},
        ),
        ("Units check: \\(kg \\cdot m / s^2\\) is a force, as a force should be.", {V}),
        ("Parity check: 37 is odd, and so is 5 * 7 + 2 = 37.", {V}),
        ("**Verify the answer:** 3 pens at $2 each cost $6, and 6 + 4 = 10.", {V}),
        # a claim about a number checked
        ("Let's make sure 221 is really composite: \\(221 = 13 \\times 17\\).", {V}),
        # a value put in, with an emphatic verdict
        ("Substituting \\(t = 3\\) in \\(t^2 - 9\\) does give 0, so 3 is a root.", {V}),
        ("Check these roots in the original equation: neither makes the denominator zero.", {V}),
        ("The value \\(x = 4\\) is positive, so this value satisfies \\(x > 0\\).", {V}),
        # verdicts right after a computed value
        ("8 * 9 = 72, 72 + 4 = 76, right on.", {V}),
        ("25 * 4 = 100, then 100 - 7 = 93. That hits it.", {V}),
        ("12 * 7 = 84 → over 80.", {V}),
        ("6 * 7 - 3 = 39, not 41 either.", {V}),
        ("Verified: 13 * 4 - 2 = 50.", {V}),
        ("Does 7 * 6 - 2 = 40? 7 * 6 = 42, 42 - 2 = 40, yes it does.", {V}),
        ("3 * 15 = 45, which falls 3 short of 48.", {V}),
        ("\\(f(2) = 8 - 6 = 2 \\neq 0\\), so 2 is not a root.", {V}),
        ("That gives \\(r = -3\\), which is impossible for a radius.", {V}),
        ("Plugging in \\(n = 4\\): 16 - 8 = 8. That's not it.", {V, B}),
        (
            "The cases add up to 104, more than all 100 outcomes, so I have miscounted somewhere.",
            {V},
        ),
        ("So \\(2 = 5 - 1\\). That's not true, so \\(x = 3\\) is extraneous.", {V}),
        ("2 + 3 > 5 gives 5 > 5, which is false.", {V}),
        ("I get 41 now; that's different from my earlier count of 44.", {V}),
        ("Both routes give 12: I end up with the same answer either way.", {V}),
        ("\\(y = 7/2\\) (not an integer, discard).", {V}),
        ("7 * 9 = 63. Hmm, that seems too large for a sum of three dice.", {V}),
        ("Then 25 * 4 = 100 and 100 + 6 = 106. Too much.", {V}),
        ("It gives \\(x = -2\\), which is not valid since lengths are positive.", {V}),
        # both: a miss, then a new computation
        ("9 * 8 = 72, 72 + 3 = 75, way above. 9 * 3 = 27, 27 + 8 = 35.", {V, B}),
        ("40 + 12 = 52 → above 50. - Try 40 + 12 - 2 = 50.", {V, B}),
        # backtracking in words, without "instead"
        ("Redo: (10 - 4) * 7 = 42.", {B}),
        ("That approach is hopeless; try the substitution \\(u = x^2\\).", {B}),
        ("The casework is getting out of hand. Use a generating function.", {B}),
        ("Not that route. Let me use similar triangles.", {B}),
        ("Counting directly double-counts. Switch to the complement: count the bad cases.", {B}),
        ("Restarting with the substitution \\(t = \\tan x\\).", {B}),
        ("The sign of my guess is wrong; let me redo it with \\(-3\\) in the numerator.", {B}),
        ("So the bound is off; back to the AM-GM step.", {B}),
        ("Rather than expanding, I'll factor by grouping.", {B}),
        ("Scratch the quadratic formula; completing the square is faster here.", {B}),
        ("Hmm, 9 * 8 + 3 = 75. Maybe 9 * 8 - 3 instead.", {B}),
        ("Long division won't work here because the divisor is not linear.", {B}),
        ("Do the integral by parts instead.", {B}),
        ("That sum did not telescope. Maybe I can group the terms in a smarter way.", {B}),
        ("Let me combine 6 and 4 in a different way: 6 * 4 = 24.", {B}),
        ("4 * 25 = 100, 100 - 6 = 94, two too many. So 4 * 25 - 6 - 2 = 92.", {V, B}),
        ("(30 - 7) / 4 isn't a whole number. Try 30 - 7 + 4 = 27.", {V, B}),
        ("Nope, need 20. 5 * 4 = 20.", {V, B}),
        ("Perhaps the substitution approach was incorrect; I will integrate by parts.", {B}),
    )
)

#: Near misses of the forms above: clarifications, conditions, everyday uses of the words.
VB_FORMS_CONTROLS: tuple[str, ...] = (
    "Let's make sure we read the question right: it asks for the perimeter.",
    "The denominator gives the condition \\(x - 3 \\neq 0\\).",
    "Scratch paper is allowed in this contest.",
    "The arrow → denotes a map from A to B.",
    "Students often redo homework problems to practise.",
    "What does 7 * 8 give?",
    "The temperature was way below zero that morning.",
    "Rather than a circle, the region is an ellipse.",
    "Not this term but the next one is even.",
    "Check the units given in the problem: metres and seconds.",
    "It does give a nice pattern when you list the first few terms.",
    "The goal is 100, and the numbers are 25, 4, 3 and 1.",
    "Just checking the setup: the numbers are 8, 5 and 2, and the target is 38.",
    "Scratch the surface of the problem before computing anything.",
    "A square is a rectangle, as a rhombus is a parallelogram.",
    "True or false: every prime is odd.",
    "Red is different from the other colours on the flag.",
    "That seems like a reasonable place to start.",
    "Too many cooks spoil the broth, the proverb says.",
)


#: Subgoal setting and backward chaining by form (issue 19, seventh generalisation), written
#: for it from the forms the tenth round missed, in new words and both domains; the controls
#: hold the same forms' false friends (steps that compute, the problem restated, a first
#: turn, a reversal of digits).
SC_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # subgoal setting: a plan laid out before it is worked
        ("**Plan:**\n1. Compute the discriminant.\n2. Decide how many real roots there are.", {S}),
        ("Step plan: pair 25 with 4 to make 100, then take away the 3.", {S}),
        ("Game plan:\n- get 10 from 7 and 3\n- multiply it by the 9", {S}),
        ("- First, isolate x in the second equation.\n- Then, substitute it into the first.", {S}),
        ("First, list the divisors of 12; next, keep only the even ones.", {S}),
        ("The trick here is: factor first, then cancel the common terms.", {S}),
        ("the key is: isolate the radical before squaring both sides", {S}),
        ("I'll first turn 6 and 4 into 24, then add the 1 at the very end.", {S}),
        ("First pair 8 with 2 to get 4, then multiply by the 9.", {S}),
        # one quantity everything waits on, a requirement before the rest
        ("Everything depends on finding the radius, so let's get that.", {S}),
        ("We need the common ratio first.", {S}),
        ("What I need first is the length of AB; the area follows from it.", {S}),
        ("Before anything else, I need the total count of arrangements.", {S}),
        ("It is enough to know the first term and the common difference.", {S}),
        ("It all rests on showing the sequence is bounded.", {S}),
        ("The crux is finding where the two curves meet.", {S}),
        ("First step: get a 10 out of 7 and 3. Second step: bring in the 9.", {S}),
        ("To get the perimeter we first need the side, so let's find that.", {S, C}),
        ("We need to check two conditions: divisibility by 2 and by 3.", {S}),
        ("To finish, I need to determine:\n- the number of red balls\n- the number of blue", {S}),
        ("I probably need to simplify the fraction first, and then compare.", {S}),
        ("It's enough to find the two roots; the sum then follows.", {S}),
        # backward chaining: how the goal could arise, what step reaches it
        ("Think about how 36 can be made at the end: 4 * 9 = 36, and the 9 is 5 + 4.", {C}),
        ("Which pair of numbers could end at 30? 5 * 6 = 30 would.", {C}),
        ("41 is prime, so it can't come from a product; it has to be a sum, 40 + 1.", {C}),
        ("I'd like x alone on one side. Which step gets me there? Subtract 4 from both.", {C}),
        ("Reverse the steps: the result is 50, so before the doubling it was 25.", {C}),
        ("Suppose the final value is 10; tracing back, the value before it was 5.", {C}),
        ("Where could the 29 come from? 20 + 9 = 29, and 20 is 4 * 5.", {C}),
        ("How might 56 arise? As 7 * 8, with 8 = 10 - 2.", {C}),
        ("Let's think about what the final step must be: a product, since 56 is even.", {C}),
        ("We need the total to be 100, which forces x = 40.", {C}),
        ("Our goal is the volume. By definition that only requires the base area and height.", {C}),
        ("Undo each operation in turn: the output 17 came after adding 5, so it was 12.", {C}),
        ("Which x makes the median equal to 7? The middle entry must be 7.", {C}),
        # a required property carried back to a premise
        (
            "Since we want the number to be divisible by 9, its digit sum must be a multiple of 9.",
            {C},
        ),
        ("Because I need the remainder to be 0, n has to be a multiple of 7.", {C}),
        (
            "Starting from the desired inequality, it suffices to show the difference is a square.",
            {C},
        ),
        (
            "The final step of the proof should give the inequality, so we need it in that form.",
            {C},
        ),
        # a decomposition of the goal, then the job it leaves: both
        ("Since 60 = 5 * 12, the task is to get 12 from 3 and 4: 3 * 4 = 12.", {S, C}),
        ("44 = 4 * 11, so the job is to make 11 out of 8 and 3: 8 + 3 = 11.", {S, C}),
    )
)
SC_FORMS_CONTROLS: tuple[str, ...] = (
    "Step 1: 6 * 4 = 24. Step 2: 24 + 1 = 25.",
    "First, 3 + 5 = 8. Next, 8 * 2 = 16.",
    "The task is to reach 52 from 4, 9, 13 and 2.",
    "We need to make 45 with 9 and 5.",
    "On the first turn, Alice flips a coin; then Bob flips twice.",
    "Show how 12 can be written as a sum of two primes.",
    "It comes from the product rule.",
    "Since we need to compute the area, we use the formula for a circle.",
    "Which identity do you prefer, the double-angle one or the sum formula?",
    "Everything depends on the value of k.",
    "Reverse the digits of 123 to get 321.",
    "The last step of the algorithm is to divide by 2.",
    "Note 24 = 4 * 6, and the answer is 24.",
    "We need the first term: a = 3.",
    "The plan for the weekend was to visit the museum.",
    "To get 25, add 20 and 5: 20 + 5 = 25.",
    "The rules say the final result must be the target.",
    "Because we need to divide by 2, the answer is 7.",
    "Game plan for the weekend: rest.",
    "How could 18 be so small? Because 2 * 9 = 18.",
    "The key is using the symmetry of the figure.",
    "First step: 3 * 4 = 12. Second step: 12 + 1 = 13.",
    "The sum we want to compute:\n*f(1) + f(2)*",
    "Press undo to take the steps back one at a time.",
)

#: Eleventh round (issue 19): written blind from the paper's definitions (math and Countdown,
#: about a third of the Countdown rows restating their target, a fifth of the controls sharing
#: the behaviours' words), after the sixth generalisation, and held out: measured before and
#: after the seventh generalisation, never tuned on (docs/reflection.md has the figures).
#: Entries as the ninth round's.
ELEVENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "Solving \\(3x + 7 = 22\\) gives \\(x = 5\\). Plugging back in, \\(3(5) + 7 = "
                "22\\), so that's settled."
            ),
            {V},
        ),
        (
            (
                "The roots come out as $x = 2$ and $x = -3$. Quick sanity check with Vieta: "
                "their sum should be $-1$ and $2 + (-3) = -1$, and their product should be "
                "$-6$, which it is."
            ),
            {V},
        ),
        (
            (
                "so the probability is 5/36 hmm hold on, listing the pairs that sum to 5: (1,4) "
                "(2,3) (3,2) (4,1), thats only 4 not 5 so it's 4/36 = 1/9"
            ),
            {V},
        ),
        (
            (
                "We have a right triangle with legs 9 and 12, so the hypotenuse is \\(\\sqrt{81 "
                "+ 144} = 15\\). The area is \\(\\frac{1}{2} \\cdot 9 \\cdot 12 = 54\\) and the "
                "semiperimeter is 18, so the inradius is \\(r = \\frac{54}{18} = 3\\). As a "
                "cross-check, for a right triangle \\(r = \\frac{a + b - c}{2} = \\frac{9 + 12 "
                "- 15}{2} = 3\\), which agrees. The diameter of the incircle is therefore 6."
            ),
            {V},
        ),
        (
            (
                "Differentiating gives \\(f'(x) = 6x^2 - 6x\\). Going over each term once more: "
                "the derivative of \\(2x^3\\) is \\(6x^2\\) and the derivative of \\(-3x^2\\) "
                "is \\(-6x\\), so the expression stands."
            ),
            {V},
        ),
        (
            (
                "Hmm, that can't be right: a probability of \\(\\frac{7}{5}\\) is bigger than "
                "1. I divided in the wrong order; it should be \\(\\frac{5}{7}\\)."
            ),
            {V},
        ),
        (
            (
                "That gives $\\gcd(84, 126) = 42$. Does 42 really divide both? $84 = 2 \\cdot "
                "42$ and $126 = 3 \\cdot 42$, and $\\gcd(2, 3) = 1$, so nothing larger works."
            ),
            {V},
        ),
        (
            (
                "There are \\(\\binom{6}{2} = 15\\) handshakes. Counting them another way as a "
                "confirmation: the first person shakes 5 hands, the next 4 new ones, then 3, 2, "
                "1, and \\(5 + 4 + 3 + 2 + 1 = 15\\)."
            ),
            {V},
        ),
        (
            (
                "So \\(n \\equiv 3 \\pmod 7\\) and \\(n \\equiv 2 \\pmod 5\\), and the smallest "
                "candidate is \\(n = 17\\). Is it consistent? \\(17 = 2 \\cdot 7 + 3\\) and "
                "\\(17 = 3 \\cdot 5 + 2\\); both conditions hold."
            ),
            {V},
        ),
        (
            (
                "**Check:** substituting $x = 4$ into the original equation, the left side is "
                "$\\sqrt{4 + 5} = 3$ and the right side is $4 - 1 = 3$. ✓"
            ),
            {V},
        ),
        (
            (
                "Okay so the sum of the first 20 odd numbers should be 400. Testing the formula "
                "on a tiny case first, the first 3 odd numbers give 1 + 3 + 5 = 9 = 3^2, so the "
                "pattern holds and 400 it is."
            ),
            {V},
        ),
        (
            (
                "wait is 91 prime? no, 91 = 7*13, so it shouldnt be in my list. taking it out "
                "the count is 24"
            ),
            {V},
        ),
        (
            (
                "The system gives \\(x = 3, y = -1\\). In the second equation, \\(2(3) - (-1) = "
                "7\\), matching the right-hand side, and in the first, \\(3 + (-1) = 2\\) as "
                "required."
            ),
            {V},
        ),
        (
            (
                "The volume of the cone is \\(\\frac{1}{3}\\pi r^2 h = \\frac{1}{3}\\pi (3)^2 "
                "(8) = 24\\pi\\). The cylinder with the same base and height has volume \\(\\pi "
                "(3)^2 (8) = 72\\pi\\). Their ratio is \\(\\frac{24\\pi}{72\\pi} = "
                "\\frac{1}{3}\\), exactly what a cone-to-cylinder ratio must be, so nothing "
                "slipped. Subtracting, the space left inside the cylinder is \\(48\\pi\\)."
            ),
            {V},
        ),
        (
            (
                "This gives \\(x = -2\\) or \\(x = 4\\). But \\(\\log_2(x)\\) is undefined at "
                "\\(x = -2\\), so that root is extraneous when tested against the original "
                "equation, leaving \\(x = 4\\)."
            ),
            {V},
        ),
        (
            (
                "I get \\(\\int_0^2 3x^2\\,dx = 8\\). Rough plausibility test: the integrand "
                "climbs from 0 to 12 over an interval of length 2, and since it is convex it "
                "lies below the chord, whose area is 12, so a value of 8 is about right."
            ),
            {V},
        ),
        (
            (
                "Let me look at the expansion again. $(a - b)^2 = a^2 - 2ab + b^2$, and with $a "
                "= 7, b = 3$ that is $49 - 42 + 9 = 16 = 4^2$. Good, consistent with $7 - 3 = "
                "4$."
            ),
            {V},
        ),
        (
            (
                "Trying to factor \\(x^2 + 3x + 5\\) over the integers goes nowhere. I'll drop "
                "factoring and use the quadratic formula instead: \\(x = \\frac{-3 \\pm "
                "\\sqrt{9 - 20}}{2}\\)."
            ),
            {B},
        ),
        (
            (
                "Integration by parts just makes the integral messier each time. Let me abandon "
                "that and substitute \\(u = \\ln x\\) instead."
            ),
            {B},
        ),
        (
            (
                "scrap the coordinate approach, the algebra is blowing up. going with similar "
                "triangles instead: triangle ADE ~ triangle ABC with ratio 2:5"
            ),
            {B},
        ),
        (
            (
                "I started counting the arrangements directly, but there are too many cases to "
                "keep straight. A cleaner route is complementary counting: total arrangements "
                "minus those with the two friends adjacent, \\(5! - 2 \\cdot 4! = 120 - 48 = "
                "72\\)."
            ),
            {B},
        ),
        (
            (
                "Let me reconsider. Rather than expanding \\((x + 1)^{10}\\) in full, pick out "
                "the \\(x^3\\) coefficient with the binomial theorem: \\(\\binom{10}{3} = "
                "120\\)."
            ),
            {B},
        ),
        (
            (
                "We want the number of positive divisors of 360. I first tried listing them, 1, "
                "2, 3, 4, 5, 6, 8, 9, 10, 12, ..., but that is error-prone, so I'll switch to "
                "the prime factorization. \\(360 = 2^3 \\cdot 3^2 \\cdot 5\\), which gives "
                "\\((3+1)(2+1)(1+1) = 24\\) divisors."
            ),
            {B},
        ),
        (
            (
                "Hmm, that argument is circular, I'm using the statement to prove itself. Okay, "
                "different idea: induction on \\(n\\)."
            ),
            {B},
        ),
        (
            (
                "Wait, maybe the law of cosines isn't the way to go here. Alternatively, "
                "dropping an altitude from C splits the triangle into two right triangles, and "
                "each of those is easy."
            ),
            {B},
        ),
        (
            (
                "The substitution \\(t = \\tan x\\) produces a rational function of degree 6, "
                "which is unpleasant. Going back, I'll use \\(\\sin^2 x = \\frac{1 - \\cos "
                "2x}{2}\\) instead, and the integral becomes elementary."
            ),
            {B},
        ),
        (
            (
                "ok that didnt work, the limit is still 0/0 after one round of lhopital. rather "
                "than differentiating again lets just factor the numerator"
            ),
            {B},
        ),
        (
            (
                "My first move was to complete the square, but with a parameter in front of "
                "\\(x^2\\) it gets ugly, so I'm going with the discriminant condition instead."
            ),
            {B},
        ),
        (
            (
                "Using \\(P = \\frac{3}{8}\\) for at least one head in 3 tosses... no, "
                "\\(\\frac{3}{8}\\) is the probability of exactly one head. Rather than "
                "enumerate every case, take the complement: \\(1 - \\frac{1}{8} = "
                "\\frac{7}{8}\\)."
            ),
            {V, B},
        ),
        (
            (
                "Let me step back. The recursion isn't leading anywhere, so maybe a generating "
                "function will do better: let \\(G(x) = \\sum a_n x^n\\)."
            ),
            {B},
        ),
        (
            (
                "I'll set up the equations for the mixture: let \\(x\\) be liters of the 20% "
                "solution and \\(y\\) liters of the 50% one. Actually, two variables are "
                "overkill here. Redoing it with one: if \\(x\\) liters are 20%, then \\(10 - "
                "x\\) are 50%, and \\(0.2x + 0.5(10 - x) = 3.5\\) gives \\(x = 5\\). So 5 "
                "liters of each."
            ),
            {B},
        ),
        (
            (
                "Approach 1, brute force over all 4-digit numbers, is hopeless by hand. "
                "Approach 2: count by the last digit, since divisibility by 5 only depends on "
                "it."
            ),
            {B},
        ),
        (
            (
                "So far we have \\(a_1 = 2\\), \\(a_2 = 5\\), \\(a_3 = 11\\), and I was hoping "
                "for a closed form by guessing. That isn't going anywhere, so I'll solve the "
                "recurrence \\(a_{n+1} = 2a_n + 1\\) properly: adding 1 to both sides, "
                "\\(a_{n+1} + 1 = 2(a_n + 1)\\), so \\(a_n + 1 = 3 \\cdot 2^{n-1}\\)."
            ),
            {B},
        ),
        (
            (
                "The plan: get the radius from the circumference, then use it for the area. "
                "From \\(2\\pi r = 10\\pi\\), \\(r = 5\\), so the area is \\(25\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "We'll do this in two parts. First we count the ways to choose the committee, "
                "then the ways to assign the chair within it."
            ),
            {S},
        ),
        (
            (
                "To get the area of the shaded region I need two pieces: the area of the square "
                "and the area of the quarter circle. Square: \\(8^2 = 64\\). Quarter circle: "
                "\\(\\frac{1}{4}\\pi \\cdot 8^2 = 16\\pi\\). Shaded: \\(64 - 16\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "The key is to isolate \\(y\\) in the first equation; once that's done, the "
                "second equation turns into a quadratic in \\(x\\) alone."
            ),
            {S},
        ),
        (
            (
                "- find the slope of the line through the two points\n- use point-slope form to "
                "write the line\n- read off where it meets the y-axis\n\nSlope: $\\frac{7 - "
                "3}{4 - 2} = 2$."
            ),
            {S},
        ),
        (
            (
                "Before the probability makes sense we need two counts, the total number of "
                "outcomes and the number of favourable ones, so let's get each separately."
            ),
            {S},
        ),
        (
            (
                "Let me break this down. The expression is \\(\\frac{(x^2 - 4)(x + 1)}{x - "
                "2}\\). Part one is simplifying the fraction, part two is evaluating the limit "
                "as \\(x \\to 2\\). Since \\(x^2 - 4 = (x - 2)(x + 2)\\), the fraction is \\((x "
                "+ 2)(x + 1)\\), and at \\(x = 2\\) this is \\(4 \\cdot 3 = 12\\)."
            ),
            {S},
        ),
        (
            (
                "ok so first i want the prime factorization of both numbers and after that the "
                "lcm just falls out by taking the max exponents"
            ),
            {S},
        ),
        (
            (
                "It's easiest to split the sum: handle the even-indexed terms first, then the "
                "odd-indexed ones, and add the two results at the end."
            ),
            {S},
        ),
        (
            (
                "Hmm, so I need the distance between the two centers. To get that, I should "
                "first find each center by completing the square in both circle equations."
            ),
            {S},
        ),
        (
            (
                "Three intermediate results are needed: the mean, the deviations from the mean, "
                "and their squares. Mean: \\(\\frac{2 + 4 + 6 + 8}{4} = 5\\)."
            ),
            {S},
        ),
        (
            (
                "Let's handle the case \\(x \\ge 0\\) on its own, then the case \\(x < 0\\), "
                "and take the union of the two solution sets at the end."
            ),
            {S},
        ),
        (
            (
                "Strategy: find the critical points, evaluate \\(f\\) at them and at the "
                "endpoints, then compare all the values to pick the maximum."
            ),
            {S},
        ),
        (
            (
                "Here's how I'll approach this: (1) convert every speed to km/h, (2) find the "
                "time for each leg, (3) add the times. Leg one: 60 km at 40 km/h takes 1.5 h. "
                "Leg two: 90 km at 60 km/h takes 1.5 h. Total: 3 h."
            ),
            {S},
        ),
        (
            (
                "The first thing to pin down is the common ratio; with it the tenth term is "
                "immediate. $r = \\frac{12}{4} = 3$, so $a_{10} = 4 \\cdot 3^9$."
            ),
            {S},
        ),
        (
            (
                "We start from \\(x^2 - 6x + y^2 + 4y = 12\\). Completing the square in \\(x\\) "
                "gives \\((x - 3)^2 - 9\\), and in \\(y\\) gives \\((y + 2)^2 - 4\\). Now the "
                "remaining job splits into two small tasks, reading off the center and then "
                "computing the radius: the center is \\((3, -2)\\) and \\(r^2 = 12 + 9 + 4 = "
                "25\\), so \\(r = 5\\)."
            ),
            {S},
        ),
        (
            (
                "We want \\(r_1^2 + r_2^2\\). That equals \\((r_1 + r_2)^2 - 2r_1 r_2\\), so "
                "what we actually need are the sum and the product of the roots, and those come "
                "straight from Vieta."
            ),
            {S, C},
        ),
        (
            (
                "For the product \\((x - 3)(2x + 1)\\) to be zero, at least one factor has to "
                "vanish, so \\(x = 3\\) or \\(x = -\\frac{1}{2}\\)."
            ),
            {C},
        ),
        (
            (
                "Working back from the answer: if the balance is $1210 after two years at 10%, "
                "it was $1100 after one year, and the initial deposit was $1000."
            ),
            {C},
        ),
        (
            (
                "To prove the inequality it suffices to show \\(a^2 + b^2 - 2ab \\ge 0\\), and "
                "that is just \\((a - b)^2 \\ge 0\\)."
            ),
            {C},
        ),
        (
            (
                "What has to hold for the quadratic to have a double root? Its discriminant "
                "must be zero: \\(k^2 - 16 = 0\\), so \\(k = \\pm 4\\)."
            ),
            {C},
        ),
        (
            (
                "In order for the number to be divisible by 9, its digit sum must be a multiple "
                "of 9. The digits we have sum to 23, so the missing digit has to be 4."
            ),
            {C},
        ),
        (
            (
                "The area of the rectangle is 48 and we need its perimeter. The perimeter "
                "requires both the length and the width; the width is 6, so the length must be "
                "\\(48 / 6 = 8\\), and the perimeter is \\(2(8 + 6) = 28\\)."
            ),
            {S},
        ),
        (
            (
                "If the result is going to be an integer, the denominator \\(x - 1\\) has to "
                "divide 6, so \\(x - 1 \\in \\{\\pm 1, \\pm 2, \\pm 3, \\pm 6\\}\\)."
            ),
            {C},
        ),
        (
            (
                "Let me think about what the last step must look like. To end up with "
                "\\(\\sin\\theta = \\frac{1}{2}\\) the angle has to be \\(30^\\circ\\) or "
                "\\(150^\\circ\\), so I'll aim to show the triangle has a \\(30^\\circ\\) angle "
                "at A."
            ),
            {S, C},
        ),
        (
            (
                "the average has to be 85 so the total over 5 tests has to be 425, she has 330 "
                "so far so the last test needs 95"
            ),
            {C},
        ),
        (
            (
                "The question wants \\(a + b\\), not each one separately. So instead of solving "
                "for \\(a\\) and \\(b\\), look for a combination of the equations that yields "
                "\\(a + b\\) directly: adding them gives \\(3a + 3b = 21\\), so \\(a + b = 7\\)."
            ),
            {C},
        ),
        (
            (
                "For the limit to exist and be finite, the numerator must also vanish at \\(x = "
                "1\\), which forces \\(1 + a + 3 = 0\\), i.e. \\(a = -4\\)."
            ),
            {C},
        ),
        (
            (
                "Reasoning backwards: the last line of the proof will have to be an application "
                "of the triangle inequality, so we need the three lengths as sides of a single "
                "triangle. That means constructing the point $P'$ first."
            ),
            {S, C},
        ),
        (
            (
                "Start from what's asked: the probability that the last ball drawn is red. For "
                "that, the red ball must not be picked in any of the first two draws, which "
                "happens with probability \\(\\frac{2}{3} \\cdot \\frac{1}{2} = \\frac{1}{3}\\)."
            ),
            {C},
        ),
        (
            (
                "We need the term equal to 100. Going backwards from 100 in steps of 3 we reach "
                "the first term 1, and \\(100 = 1 + 3(n - 1)\\) gives \\(n = 34\\)."
            ),
            {C},
        ),
        (
            (
                "Since the function is supposed to be continuous at \\(x = 2\\), the two "
                "one-sided expressions have to agree there: \\(2k + 1 = 4 - k\\), so \\(k = "
                "1\\)."
            ),
            {C},
        ),
        (
            (
                "Which value of \\(m\\) makes the lines perpendicular? For that, the product of "
                "the slopes has to be \\(-1\\); one slope is 2, so the other must be "
                "\\(-\\frac{1}{2}\\), which means \\(m = -\\frac{1}{2}\\)."
            ),
            {C},
        ),
        (
            (
                "Going backwards from the conclusion \\(\\angle ABC = 90^\\circ\\): that would "
                "follow if \\(AC\\) were a diameter of the circle, and \\(AC\\) is a diameter "
                "exactly when the center \\(O\\) lies on it, which the problem gives us."
            ),
            {C},
        ),
        (
            (
                "hmm what does x have to be so that $2^x \\cdot 4 = 64$... the $2^x$ part must "
                "be 16, so x = 4"
            ),
            {C},
        ),
        ("7 * 3 = 21, 21 + 5 = 26, two over. 26 - 2 = 24, that's the one.", {V}),
        ("(25 - 3) * 4 = 88, and 88 is the number we're after, so this works.", {V}),
        (
            (
                "We need to reach 62 using 41, 7 and 28. 41 + 28 = 69, then 69 - 7 = 62, which "
                "matches."
            ),
            {V},
        ),
        (
            (
                "9 * 5 = 45 and 45 + 2 = 47. Going through it once more: 9 times 5 is 45, plus "
                "2 makes 47, and each number was used exactly once."
            ),
            {V},
        ),
        (
            (
                "<think> 56 + 39 = 95, then 95 - 11 = 84. 84 is exactly what we wanted. "
                "</think>\n<answer> (56 + 39) - 11 </answer>"
            ),
            {V},
        ),
        (
            (
                "Target: 100, numbers 75, 19, 6. 75 + 19 = 94 and 94 + 6 = 100. yep, that lands "
                "on it"
            ),
            {V},
        ),
        (
            (
                "Goal: 48 from 12, 4 and 3.\n**Attempt:** (12 + 4) * 3 = 48\n**Check:** 16 * 3 "
                "= 48, equal to the target. ✔"
            ),
            {V},
        ),
        (
            (
                "The task is to make 36 from 4, 9 and 1. 4 * 9 = 36 already, and multiplying by "
                "the leftover 1 keeps it at 36, so 4 * 9 * 1 = 36. Double-checking that each "
                "number appears exactly once: 4, 9 and 1, yes."
            ),
            {V},
        ),
        (
            (
                "We need to reach 38 with 8, 6 and 5.\n8 * 6 = 48, 48 - 5 = 43.\n6 * 5 = 30, 30 "
                "+ 8 = 38."
            ),
            {B},
        ),
        (
            (
                "<think> 70 - 15 = 55, 55 + 8 = 63. 70 + 15 = 85, 85 - 8 = 77. 15 * 8 = 120, "
                "120 - 70 = 50. </think>"
            ),
            {B},
        ),
        ("9 * 4 = 36, 36 - 6 = 30, not 33. Try another ordering: 6 * 4 = 24, 24 + 9 = 33.", {V, B}),
        ("8 + 9 = 17, 17 * 4 = 68, that's short. scrap that. 8 * 9 = 72, 72 + 4 = 76.", {V, B}),
        (
            (
                "Hmm, what if I multiply 25 by 4 first? That's 100, and 100 - 13 = 87. Not it. "
                "Let me try something else... 13 * 4 = 52, 52 + 25 = 77."
            ),
            {V, B},
        ),
        (
            (
                "Let's try 45 - 12 = 33. Then 33 + 7 = 40. This is not 64. Let's try a "
                "different combination: 45 + 12 = 57, 57 + 7 = 64."
            ),
            {V, B},
        ),
        ("19 * 3 = 57 57 - 4 = 53 19 + 4 = 23 23 * 3 = 69", {B}),
        (
            (
                "<think> (90 - 10) / 2 = 40, 40 + 5 = 45. 90 / 10 = 9, 9 * 5 = 45, 45 + 2 = 47. "
                "90 / 2 = 45, 45 + 10 = 55, 55 - 5 = 50. </think>"
            ),
            {B},
        ),
        (
            (
                "My first instinct is 60 + 24 = 84 and then use the 3, but 84 plus or minus 3 "
                "gives 81 or 87, neither of which is 44. That route's dead. Dividing instead: "
                "60 / 3 = 20, then 20 + 24 = 44."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 35 using 12, 4, 7 and 2. I tried 12 * 4 = 48, 48 - 7 = 41, 41 "
                "- 2 = 39, which misses by 4. Next idea: 7 * 4 = 28, 28 + 12 = 40, 40 - 2 = 38, "
                "also off. Then 12 / 4 = 3, 3 + 2 = 5, 5 * 7 = 35."
            ),
            {V, B},
        ),
        (
            (
                "- Attempt 1: 31 + 19 = 50, 50 * 2 = 100 (too big)\n- Attempt 2: 31 - 19 = 12, "
                "12 * 2 = 24 (too small)\n- Attempt 3: 31 * 2 = 62, 62 - 19 = 43 ✔"
            ),
            {V, B},
        ),
        ("(14 + 6) * 3 = 60\n(14 - 6) * 3 = 24\n14 * 3 - 6 = 36", {B}),
        ("21 * 2 = 42, 42 + 9 = 51. 21 + 9 = 30, 30 * 2 = 60.", {B}),
        (
            (
                "hmm, 17 + 23 + 5 = 45, that can't be the way since we need something over a "
                "hundred. multiply then: 23 * 5 = 115, 115 - 17 = 98, no. 17 * 5 = 85, 85 + 23 "
                "= 108, there it is."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 30 using 6, 3 and 2. 6 * 3 = 18, 18 + 2 = 20. 6 + 3 = 9, 9 * "
                "2 = 18. (6 - 3) * 2 = 6. 6 * 2 = 12, 12 + 3 = 15. 3 * 2 = 6, 6 * 6 ... only "
                "one 6. (3 + 2) * 6 = 30."
            ),
            {B},
        ),
        (
            (
                "<think>\nLet me see. 40 - 16 = 24, 24 * 2 = 48. Hmm, that overshoots by a "
                "lot.\nDifferent idea: 16 * 2 = 32, 40 - 32 = 8.\nOr 40 / 2 = 20, 20 - 16 = 4.\n"
                "16 / 2 = 8, 40 - 8 = 32. Still not 12.\n40 / 2 = 20, 20 + 16 = 36 no. (40 - "
                "16) / 2 = 12. yes!\n</think>\n<answer> (40 - 16) / 2 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "I'm supposed to hit 74 with 50, 8 and 3. I'll try putting the 50 and the 8 "
                "together first. 50 + 8 = 58 and with 3 that's 55 or 61, neither works. OK, "
                "I'll abandon pairing those two and instead pair 8 and 3: 8 * 3 = 24, 50 + 24 = "
                "74."
            ),
            {V, B},
        ),
        (
            (
                "I'll aim for 25 first, since 25 * 4 would give the target. 30 - 5 = 25, and 25 "
                "* 4 = 100."
            ),
            {S, C},
        ),
        (
            (
                "Plan: combine the two small numbers into a divisor for 75 first, then deal "
                "with the 8. 3 + 2 = 5, 75 / 5 = 15, 15 + 8 = 23."
            ),
            {S},
        ),
        (
            (
                "Let's get close with the big numbers and then fix up the difference with the "
                "small one. 36 + 17 = 53, then 53 - 3 = 50."
            ),
            {S},
        ),
        (
            (
                "Two pieces: make 10 out of 4 and 6, and make 7 out of 9 and 2. Then 10 * 7 = "
                "70. 4 + 6 = 10, 9 - 2 = 7."
            ),
            {S},
        ),
        (
            (
                "<think> Subgoal: shrink 80 down to something around 20 using the 4. 80 / 4 = "
                "20. Then the 3 finishes it: 20 + 3 = 23. </think>"
            ),
            {S},
        ),
        (
            (
                "We need to reach 91 using 7, 11 and 2. Step one is to build 13 from 11 and 2, "
                "because 7 times 13 is 91. 11 + 2 = 13, 13 * 7 = 91."
            ),
            {S, C},
        ),
        (
            (
                "I'm going to do this in stages: first turn 50 and 25 into a small number, then "
                "scale it with the 6, then bring in the 9. 50 / 25 = 2, 2 * 6 = 12, 12 + 9 = 21."
            ),
            {S},
        ),
        (
            (
                "the idea is to get a 10 out of the 2 and the 5 first, then the rest is easy. 2 "
                "* 5 = 10 10 * 8 = 80 80 - 1 = 79"
            ),
            {S},
        ),
        (
            (
                "**Goal breakdown**\n1. Combine 15 and 3 into 45.\n2. Combine 45 with 7 to land "
                "on the answer.\n\n15 * 3 = 45, 45 + 7 = 52."
            ),
            {S},
        ),
        (
            (
                "Making 64 directly isn't working, so let me instead go for an 8 first, since 8 "
                "* 8 = 64 and I already have an 8. 12 - 4 = 8, 8 * 8 = 64."
            ),
            {B, S, C},
        ),
        (
            (
                "Okay, the numbers are 6, 9, 14 and 4. My plan is to make a mid-sized product "
                "from two of them and then add the remaining two. 14 * 4 = 56, then 56 + 9 = "
                "65, and 65 + 6 = 71. So (14 * 4) + 9 + 6 = 71."
            ),
            {S},
        ),
        (
            (
                "first thing get 100 from 4 and 25 then take away the other two 4*25=100 "
                "100-7=93 93-3=90"
            ),
            {S},
        ),
        (
            (
                "Let me split the numbers into pairs, (8, 3) and (10, 2). From the first pair "
                "I'll make 24, from the second 5, and then multiply: 8 * 3 = 24, 10 / 2 = 5, 24 "
                "* 5 = 120."
            ),
            {S},
        ),
        (
            (
                "We need to reach 58 using 9, 3, 5 and 2. Approach: reduce it to two numbers. "
                "Merge 9 and 3 into 12 (9 + 3), merge 12 with 5 into 60, and then 60 - 2 = 58."
            ),
            {S},
        ),
        (
            (
                "We need to reach 37 using 5, 8 and 3. I'll first form 40 from 5 and 8, and "
                "then take the 3 away. 5 * 8 = 40, 40 - 3 = 37."
            ),
            {S},
        ),
        (
            (
                "<think> 48 + 16 = 64 which is above 59. 48 - 16 = 32, 32 + 5 = 37, too low. "
                "Okay, new plan: first get 11 from 16 and 5, then add it to 48. 16 - 5 = 11, 48 "
                "+ 11 = 59. </think>"
            ),
            {V, B, S},
        ),
        (
            (
                "The target is 45, which is 9 * 5, so the question becomes whether I can make 5 "
                "from 7 and 2. 7 - 2 = 5, so 9 * (7 - 2) = 45."
            ),
            {S, C},
        ),
        (
            (
                "Work backwards: 58 + 6 = 64, so if I can make 58 from the other two numbers "
                "I'm done. 29 * 2 = 58. So (29 * 2) + 6 = 64."
            ),
            {S, C},
        ),
        (
            (
                "The last operation has to be a multiplication, since 4 + 8 + 3 is nowhere near "
                "96. 96 / 8 = 12 and 4 * 3 = 12, so 8 * (4 * 3) = 96."
            ),
            {C},
        ),
        (
            (
                "31 can't come out of a product of these numbers, so the final step must be a "
                "sum or a difference: 31 = 40 - 9, and 40 = 8 * 5. (8 * 5) - 9 = 31."
            ),
            {C},
        ),
        (
            (
                "<think> We need 53. Could it be 50 + 3? 50 isn't reachable from 7 and 8. What "
                "about 56 - 3? 56 = 7 * 8, yes. So 7 * 8 - 3 = 53. </think>"
            ),
            {B, S, C},
        ),
        (
            (
                "For the result to come out at 19 with a 4 and a 5 around, I'd want 4 * 5 = 20 "
                "and then lose 1, and the remaining number is 1. So 4 * 5 - 1 = 19."
            ),
            {C},
        ),
        (
            (
                "To get 120, we can think of it as 10 * 12. We have 10, so we need 12 from 15 "
                "and 3. 15 - 3 = 12. So 10 * (15 - 3) = 120."
            ),
            {S, C},
        ),
        (
            ("need 33 at the end, 33 is 3 * 11 so i need an 11 from 9 and 2, 9+2=11, 3*11=33 done"),
            {S, C},
        ),
        (
            (
                "What does the last step look like? 81 is 9 squared but there's only one 9, so "
                "the second 9 has to be built from 10 and 1: 10 - 1 = 9. So 9 * (10 - 1) = 81."
            ),
            {S, C},
        ),
        (
            (
                "Rather than combining numbers blindly, I'll start from 150. It factors as 6 * "
                "25, 3 * 50 or 2 * 75. I have a 75, so 2 * 75 looks promising, and the 2 can "
                "come from 8 / 4. Result: 75 * (8 / 4) = 150."
            ),
            {S, C},
        ),
        (
            (
                "Since 26 is two more than 24 and 24 = 6 * 4, what's left is to get a 2 out of "
                "5 and 3. 5 - 3 = 2, so 6 * 4 + (5 - 3) = 26."
            ),
            {S, C},
        ),
        (
            (
                "<think> 98 is just under 100, so the final move is probably 100 - 2. 100 = 4 * "
                "25. 4 * 25 - 2 = 98. </think> <answer>4 * 25 - 2</answer>"
            ),
            {C},
        ),
        ("Since 44 = 4 * 11 and 11 = 8 + 3, the expression is (8 + 3) * 4.", {C}),
        ("we want 18 at the end and 18 = 72 / 4, 72 = 8 * 9. so 8 * 9 / 4 = 18", {C}),
        (
            (
                "We need to reach 17 using 3, 6 and 1. 17 is one less than 18, and 18 = 3 * 6, "
                "so 3 * 6 - 1 = 17."
            ),
            {C},
        ),
        (
            (
                "<think>\nI have 2, 11, 7 and 5. Adding everything gives 25, far too small, so "
                "I need a product.\n11 * 7 = 77, 77 + 5 = 82, 82 - 2 = 80. not 87.\nGoing the "
                "other way from 87: 87 = 77 + 10, and 10 = 5 * 2. So 11 * 7 + 5 * 2 = 87.\n"
                "</think>"
            ),
            {V, B, C},
        ),
        (
            (
                "The number we need, 63, is 7 * 9, so the last step should be a multiplication "
                "by 7 and the other three numbers have to combine to 9. 3 + 4 + 2 = 9, so (3 + "
                "4 + 2) * 7 = 63."
            ),
            {S, C},
        ),
        (
            (
                "We need the number of lattice points on the circle \\(x^2 + y^2 = 25\\). Let "
                "me just enumerate: \\(x = 0\\) gives \\(y = \\pm 5\\), \\(x = \\pm 3\\) gives "
                "\\(y = \\pm 4\\), \\(x = \\pm 4\\) gives \\(y = \\pm 3\\), \\(x = \\pm 5\\) "
                "gives \\(y = 0\\). That's \\(2 + 4 + 4 + 2 = 12\\). I'll confirm \\(x = \\pm "
                "1, \\pm 2\\) give nothing: \\(25 - 1 = 24\\) and \\(25 - 4 = 21\\) aren't "
                "squares. So 12."
            ),
            {V},
        ),
        (
            (
                "Okay. Let me try to solve \\(2^x = 3^{x-1}\\) by guessing integer values: \\(x "
                "= 1\\) gives \\(2\\) vs \\(1\\), \\(x = 2\\) gives \\(4\\) vs \\(3\\), \\(x = "
                "3\\) gives \\(8\\) vs \\(9\\). So it's between 2 and 3, and guessing won't "
                "give it exactly. Switching to logs: \\(x \\ln 2 = (x - 1)\\ln 3\\), so \\(x = "
                "\\frac{\\ln 3}{\\ln 3 - \\ln 2}\\)."
            ),
            {B},
        ),
        (
            (
                "The sequence is 2, 6, 18, 54, ... and we're asked for the sum of the first 8 "
                "terms. This is geometric with \\(a = 2\\), \\(r = 3\\). Using \\(S_n = "
                "a\\frac{r^n - 1}{r - 1}\\), \\(S_8 = 2 \\cdot \\frac{6561 - 1}{2} = 6560\\). "
                "Let me make sure the formula is applied right on a short prefix: \\(S_3 = 2 "
                "\\cdot \\frac{27 - 1}{2} = 26\\) and indeed \\(2 + 6 + 18 = 26\\). So the sum "
                "is 6560."
            ),
            {V},
        ),
        (
            (
                "Let \\(ABCD\\) be the trapezoid with \\(AB \\parallel CD\\), \\(AB = 10\\), "
                "\\(CD = 16\\), and legs 5. Dropping perpendiculars from A and B, the overhang "
                "on each side is \\(\\frac{16 - 10}{2} = 3\\). To use the area formula I first "
                "need the height, which is what the perpendiculars give: it is \\(\\sqrt{5^2 - "
                "3^2} = 4\\), so the area is \\(\\frac{10 + 16}{2} \\cdot 4 = 52\\)."
            ),
            {S},
        ),
        (
            (
                "I need \\(\\lim_{x\\to 0} \\frac{\\sin 3x}{x}\\). For that one L'Hôpital gives "
                "\\(\\frac{3\\cos 3x}{1} \\to 3\\). Now the harder one, \\(\\lim_{x\\to "
                "0}\\frac{1 - \\cos x}{x^2}\\). L'Hôpital once gives \\(\\frac{\\sin x}{2x}\\), "
                "and I started differentiating again, but the bookkeeping got messy, so I'm "
                "dropping that and using the half-angle identity instead: \\(1 - \\cos x = "
                "2\\sin^2\\frac{x}{2}\\), so the limit is \\(2 \\cdot \\frac{1}{4} = "
                "\\frac{1}{2}\\)."
            ),
            {B},
        ),
        (
            (
                "Answer should be a probability, let's see. P(two aces) = (4/52)(3/51) = "
                "12/2652 = 1/221. Does that make sense? The chance of the first ace is about "
                "1/13 and the second about 1/17, and 13 * 17 = 221, so yes."
            ),
            {V},
        ),
        (
            (
                "I'll go about this differently. Counting paths in the 4x4 grid by drawing them "
                "is a mess, I keep losing track. Each path is just a string of 4 R's and 4 U's, "
                "so the count is \\(\\binom{8}{4} = 70\\)."
            ),
            {B},
        ),
        (
            (
                "Let me first pin down how many students take both subjects, then everything "
                "else is subtraction. Both: \\(18 + 15 - 25 = 8\\). Only math: \\(18 - 8 = "
                "10\\). Only physics: \\(15 - 8 = 7\\). As a sanity check, \\(10 + 7 + 8 = "
                "25\\). ✓"
            ),
            {V, S},
        ),
        (
            (
                "we need x such that the mean of 4, 7, 10, x is 8. total must be 32, we have "
                "21, so x = 11. check: (4+7+10+11)/4 = 32/4 = 8 good"
            ),
            {V, C},
        ),
        (
            (
                "Let me think about this more carefully. The claim is that \\(n^2 + n\\) is "
                "always even. I tried a few values, n = 1 gives 2, n = 2 gives 6, n = 3 gives "
                "12, but examples aren't a proof. A better route: \\(n^2 + n = n(n + 1)\\), a "
                "product of consecutive integers, one of which is even."
            ),
            {B},
        ),
        (
            (
                "So we need \\(\\tan\\theta\\) where \\(\\sin\\theta = \\frac{3}{5}\\) in the "
                "second quadrant. First I'll get \\(\\cos\\theta\\): \\(\\cos\\theta = "
                "-\\sqrt{1 - \\frac{9}{25}} = -\\frac{4}{5}\\). Then \\(\\tan\\theta = "
                "\\frac{3/5}{-4/5} = -\\frac{3}{4}\\)."
            ),
            {S},
        ),
        (
            (
                "Hmm, I got \\(P = 1.2\\) for the union, which is impossible. I forgot to "
                "subtract the intersection: \\(P(A \\cup B) = 0.7 + 0.5 - 0.3 = 0.9\\)."
            ),
            {V},
        ),
        (
            (
                "<think>\nNumbers: 3, 17, 22. I want 42.\n22 + 17 = 39, 39 + 3 = 42. So 22 + 17 "
                "+ 3.\n</think>\n<answer> 22 + 17 + 3 </answer>\nChecking the answer: 22 + 17 "
                "is 39, 39 + 3 is 42, matches."
            ),
            {V},
        ),
        (
            (
                "Let me try a few things.\n(6 + 4) * 5 = 50\n(6 * 4) + 5 = 29\n6 * (5 - 4) = 6\n"
                "(6 + 5) * 4 = 44 — bingo."
            ),
            {V, B},
        ),
        (
            (
                "So far I have 9 * 8 = 72, then 72 - 4 = 68, then 68 + 3 = 71 — one short of "
                "what we need. Replacing the subtraction: 9 * 8 = 72, 72 + 3 = 75, 75 - 4 = 71. "
                "Same thing. Hmm, 9 * 8 + 4 - 3 = 73, no. 9 * 8 = 72 and then (4 - 3) = 1 gives "
                "72 * 1 = 72. There it is."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 28 using 2, 12 and 8. Working from 28: it's 4 * 7, or 14 * 2, "
                "or 20 + 8. 20 + 8 needs 20 from 2 and 12, no. 14 * 2 needs 14 from 12 and 8, "
                "no. 28 = 12 * 2 + 4, and 4 isn't available... 28 = 8 * 2 + 12! 16 + 12 = 28."
            ),
            {B, S, C},
        ),
        (
            (
                "so 13 + 25 = 38 and 38 + 2 = 40 hmm not enough. 25 * 2 = 50 minus 13 = 37. "
                "still not 39. 13 * 2 = 26 + 25 = 51 too much. 25 + 13 = 38 ... ugh. (25 - 13) "
                "* 2 = 24. 25 + 2 * 13?? that's 51 again. ok 13 * 3 would be 39 but no 3. can't "
                "do it with those maybe, but 25 * 2 - 13 + ... no other numbers. I think the "
                "closest is 38 or 40."
            ),
            {V, B},
        ),
        (
            (
                "<think> 5 * 6 = 30 30 + 10 = 40 40 - 7 = 33. 10 * 7 = 70 70 - 6 = 64 64 - 5 = "
                "59. 10 * 6 = 60 60 + 7 = 67 67 - 5 = 62 </think> <answer> 10 * 6 + 7 - 5 "
                "</answer>"
            ),
            {B},
        ),
        (
            (
                "I'll start by getting a 4 out of 2 and 2 (2 + 2), then the remaining numbers 9 "
                "and 3 give 12 (9 + 3), and finally 4 * 12 = 48."
            ),
            {S},
        ),
        (
            (
                "target 27. 27 = 3 * 9, and the 9 has to come from the 5 and the 4 (5 + 4 = 9), "
                "so 3 * (5 + 4) = 27."
            ),
            {S, C},
        ),
    )
)

#: The Countdown instance of each eleventh-round row, in order: (target, numbers), or None.
ELEVENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (7, 3, 5, 2)),
    (88, (25, 3, 4)),
    (62, (41, 7, 28)),
    (47, (9, 5, 2)),
    (84, (56, 39, 11)),
    (100, (75, 19, 6)),
    (48, (12, 4, 3)),
    (36, (4, 9, 1)),
    (38, (8, 6, 5)),
    (50, (70, 15, 8)),
    (33, (9, 4, 6)),
    (76, (8, 9, 4)),
    (77, (25, 4, 13)),
    (64, (45, 12, 7)),
    (69, (19, 3, 4)),
    (50, (90, 10, 2, 5)),
    (44, (60, 24, 3)),
    (35, (12, 4, 7, 2)),
    (43, (31, 19, 2)),
    (36, (14, 6, 3)),
    (60, (21, 2, 9)),
    (108, (17, 23, 5)),
    (30, (6, 3, 2)),
    (12, (40, 16, 2)),
    (74, (50, 8, 3)),
    (100, (30, 5, 4)),
    (23, (75, 3, 2, 8)),
    (50, (36, 17, 3)),
    (70, (4, 6, 9, 2)),
    (23, (80, 4, 3)),
    (91, (7, 11, 2)),
    (21, (50, 25, 6, 9)),
    (79, (2, 5, 8, 1)),
    (52, (15, 3, 7)),
    (64, (12, 4, 8)),
    (71, (6, 9, 14, 4)),
    (90, (4, 25, 7, 3)),
    (120, (8, 3, 10, 2)),
    (58, (9, 3, 5, 2)),
    (37, (5, 8, 3)),
    (59, (48, 16, 5)),
    (45, (9, 7, 2)),
    (64, (29, 2, 6)),
    (96, (4, 8, 3)),
    (31, (8, 5, 9)),
    (53, (7, 8, 3)),
    (19, (4, 5, 1)),
    (120, (10, 15, 3)),
    (33, (3, 9, 2)),
    (81, (9, 10, 1)),
    (150, (75, 8, 4)),
    (26, (6, 4, 5, 3)),
    (98, (4, 25, 2)),
    (44, (8, 3, 4)),
    (18, (8, 9, 4)),
    (17, (3, 6, 1)),
    (87, (2, 11, 7, 5)),
    (63, (3, 4, 2, 7)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (42, (3, 17, 22)),
    (44, (6, 4, 5)),
    (72, (9, 8, 4, 3)),
    (28, (2, 12, 8)),
    (39, (13, 25, 2)),
    (62, (5, 6, 10, 7)),
    (48, (2, 2, 9, 3)),
    (27, (3, 5, 4)),
)

#: The eleventh round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
ELEVENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Let's confirm the domain first: \\(\\sqrt{x - 2}\\) requires \\(x \\ge 2\\).",
    (
        "We need to check whether complex roots count. The problem says real solutions, so only "
        "real ones matter."
    ),
    "Step 1: \\(12 \\times 2 = 24\\). Step 2: \\(24 + 6 = 30\\).",
    "The question asks for the sum of all positive divisors of 28.",
    "Substituting \\(x = 2\\) into \\(f(x) = x^2 + 3x\\), we get \\(f(2) = 4 + 6 = 10\\).",
    "To find \\(x\\), we expand the product: \\((x + 2)(x - 3) = x^2 - x - 6\\).",
    (
        "Let me compute \\(\\frac{3}{4} + \\frac{5}{6}\\). The common denominator is 12, giving "
        "\\(\\frac{9}{12} + \\frac{10}{12} = \\frac{19}{12}\\)."
    ),
    "The final answer is \\(\\boxed{42}\\).",
    (
        "A prime number is a natural number greater than 1 whose only positive divisors are 1 "
        "and itself."
    ),
    (
        "Check the units given in the problem: the speed is in meters per second and the time "
        "is in minutes."
    ),
    (
        "The problem only asks for \\(x\\), so we need to find \\(x\\) first: \\(5x - 3 = 17\\) "
        "gives \\(5x = 20\\), so \\(x = 4\\)."
    ),
    "The derivative of \\(\\sin x\\) is \\(\\cos x\\), so \\(f'(x) = \\cos x + 2x\\).",
    "There are \\(\\binom{8}{3} = 56\\) ways to choose the committee.",
    "The area of a circle of radius 5 is \\(\\pi \\cdot 5^2 = 25\\pi\\).",
    "By the Pythagorean theorem, \\(c = \\sqrt{5^2 + 12^2} = \\sqrt{169} = 13\\).",
    (
        "We are told the triangle is isosceles; to be clear about the setup, the two equal "
        "sides are \\(AB\\) and \\(AC\\)."
    ),
    "The expected value is \\(\\sum x\\,p(x) = 1(0.2) + 2(0.5) + 3(0.3) = 2.1\\).",
    "Let me write the line in slope-intercept form: \\(y = 2x - 5\\).",
    "Plugging in \\(n = 10\\) gives \\(\\frac{10 \\cdot 11}{2} = 55\\).",
    "final answer: 17",
    (
        "In the paper's terms, backtracking means abandoning one approach and trying another; "
        "this section defines the term before the examples."
    ),
    (
        "The integral evaluates to \\(\\int_0^1 x^2\\,dx = \\left[\\frac{x^3}{3}\\right]_0^1 = "
        "\\frac{1}{3}\\)."
    ),
    (
        "Using the quadratic formula, \\(x = \\frac{-4 \\pm \\sqrt{16 - 12}}{2} = \\frac{-4 "
        "\\pm 2}{2}\\), so \\(x = -1\\) or \\(x = -3\\)."
    ),
    "We want the probability that both draws are red.",
    "Our goal is to compute \\(\\log_2 64\\), and since \\(2^6 = 64\\), it is 6.",
    "First, note that \\(2^{10} = 1024\\), so \\(2^{11} = 2048\\).",
    (
        "Recall that the sum of the interior angles of an \\(n\\)-gon is \\((n - 2) \\cdot "
        "180^\\circ\\); for a hexagon that is \\(720^\\circ\\)."
    ),
    "- Given: $a = 3$, $b = 4$\n- Find: the hypotenuse $c$",
    "The next terms are obtained by adding 2 each time: 3, 5, 7, 9, 11.",
    (
        "Let me make sure I understand the question: we choose 3 people out of 10 and the order "
        "does not matter."
    ),
    "so we have 3x = 12 and x = 4 then y = 2x + 1 = 9",
    "Multiplying both sides by \\(\\frac{1}{2}\\), we get \\(x + 3 = 7\\), hence \\(x = 4\\).",
    "**Step 2:** distribute the 3 to get $3x + 6 = 21$.",
    "The mean of 4, 8, 15 and 16 is \\(\\frac{43}{4} = 10.75\\).",
    "Written differently, \\(\\frac{1}{2} = 0.5 = 50\\%\\).",
    (
        "The problem gives us \\(\\angle A = 40^\\circ\\) and \\(\\angle B = 75^\\circ\\), so "
        "\\(\\angle C = 180^\\circ - 115^\\circ = 65^\\circ\\)."
    ),
    (
        "A function is continuous at \\(a\\) when \\(\\lim_{x \\to a} f(x) = f(a)\\); the goal "
        "of this definition is to rule out jumps and holes."
    ),
    "The number of subsets of a 5-element set is \\(2^5 = 32\\).",
    (
        "Let me restate: find all integers \\(n\\) with \\(1 \\le n \\le 100\\) such that "
        "\\(n^2 + 1\\) is divisible by 5."
    ),
    (
        "To verify a solution in general, one substitutes it into the original equation; here "
        "we are only asked to solve it."
    ),
    "25 * 4 = 100, 100 - 12 = 88.",
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30",
    "The target is 24 and the numbers are 3, 8 and 1.",
    "<think> 50 + 30 = 80, 80 + 7 = 87. </think>\n<answer>50 + 30 + 7</answer>",
    "We need to reach 64 using 8, 4 and 2. 8 * 4 = 32, 32 * 2 = 64.",
    "(9 - 3) * 7 = 42",
    "Let me compute 75 / 3 = 25, then 25 + 19 = 44.",
    (
        "I have the numbers 6, 7 and 11 and must combine them with +, -, * and /, each used "
        "exactly once."
    ),
    "Answer: (15 + 5) * 2 = 40",
    "15 * 6 = 90 and 90 - 8 = 82",
    "the numbers are 3 5 9 and each can be used once. 9 * 5 = 45 45 - 3 = 42",
    "Using 48 / 6 = 8 and 8 + 13 = 21, we get 21.",
    (
        "Each number can only be used once, so keep track of which ones are left: after 20 + 5 "
        "we still have the 3."
    ),
    "**Solution**\n- 7 * 8 = 56\n- 56 - 4 = 52\n\nFinal: 7 * 8 - 4 = 52",
    "Step 3: 60 / 5 = 12",
    "Multiplying gives 11 * 9 = 99, and adding 1 makes 100.",
    (
        "<think> I'll add them up: 33 + 44 = 77, 77 + 10 = 87. </think> <answer>33 + 44 + "
        "10</answer>"
    ),
    "Okay, so we have 2, 3, 4 and 5, and the target is 14.",
    "Remember that in this game every intermediate result has to be a positive integer.",
    "(100 - 4) / 2 = 48",
    "let me compute 8 * 12 = 96 then 96 + 3 = 99",
    "Using all four numbers: (6 + 2) * (5 + 1) = 48.",
    "Let me try 25 * 3 = 75, then 75 + 6 = 81.",
    (
        "<think>\nWe have 4, 19 and 2.\n19 * 4 = 76\n76 + 2 = 78\n</think>\n<answer> 19 * 4 + 2 "
        "</answer>"
    ),
    (
        "Using the numbers [44, 3, 10], create an equation that equals 31. You can use basic "
        "arithmetic operations and each number once."
    ),
    "First 16 / 4 = 4, then 4 * 9 = 36.",
    "So the expression is 7 * (3 + 2) = 35.",
    "multiply 12 and 5 to get 60 and subtract 18 for 42",
    (
        "The allowed operations are addition, subtraction, multiplication and division; the "
        "goal is the number given after 'target'."
    ),
    "Here 81 / 9 = 9 and 9 + 14 = 23, giving 23.",
)

#: The Countdown instance of each eleventh-round control, in order.
ELEVENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (88, (25, 4, 12)),
    (30, (12, 2, 6)),
    (24, (3, 8, 1)),
    (87, (50, 30, 7)),
    (64, (8, 4, 2)),
    (42, (9, 3, 7)),
    (44, (75, 3, 19)),
    (31, (6, 7, 11)),
    (40, (15, 5, 2)),
    (82, (15, 6, 8)),
    (42, (3, 5, 9)),
    (21, (48, 6, 13)),
    (75, (20, 5, 3)),
    (52, (7, 8, 4)),
    (12, (60, 5)),
    (100, (11, 9, 1)),
    (87, (33, 44, 10)),
    (14, (2, 3, 4, 5)),
    None,
    (48, (100, 4, 2)),
    (99, (8, 12, 3)),
    (48, (6, 2, 5, 1)),
    (81, (25, 3, 6)),
    (78, (4, 19, 2)),
    (31, (44, 3, 10)),
    (36, (16, 4, 9)),
    (35, (7, 3, 2)),
    (42, (12, 5, 18)),
    None,
    (23, (81, 9, 14)),
)


#: Hand-written forms of structural backward chaining read from the text alone (issue 19,
#: brief bc19; module rule 7 of rewardkit.reflect.attempts): with no target given, the goal is
#: the value of the final complete attempt (or the ``<answer>``); a decomposition of it written
#: goal-first (``=``, ``is``, ``times`` / ``plus`` / ``minus``, or the goal as the first
#: operand, ``75 / 5 = 15``) leaving a value that is not a given number, then work making that
#: value. Controls: the same numbers worked forwards then restated goal-first, the work before
#: the decomposition, a check after the answer, a factorisation (a pure product), a partition
#: (a pure sum), a final value that is one of the numbers, and math and GSM8K near misses.
CD2_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # the goal as the final step's value, the decomposition with "="
        ("18 = 6 * 3. 10 - 7 = 3. So (10 - 7) * 6 = 18.", {C}),
        ("39 = 42 - 3, and 6 * 7 = 42. So 6 * 7 - 3 = 39.", {C}),
        ("48 = 6 * 8\n10 - 2 = 8\n6 * (10 - 2) = 48", {C}),
        ("30 = 5 * 6. 2 + 4 = 6. 5 * 6 = 30.", {C}),
        ("66 = 75 - 9, 25 * 3 = 75, so 25 * 3 - 9 = 66.", {C}),
        # the value sought written as what makes it ("12 = 3 + 9")
        ("96 = 8 * 12. 12 = 3 + 9. 8 * (3 + 9) = 96.", {C}),
        ("<think>36 = 4 * 9, 9 = 15 - 6</think> <answer>4 * (15 - 6)</answer>", {C}),
        # the decomposition in words
        ("18 is 3 times 6. 10 - 7 = 3. So (10 - 7) * 6 = 18.", {C}),
        ("50 is 30 plus 20. 4 * 5 = 20. So 30 + 4 * 5 = 50.", {C}),
        ("21 is 28 minus 7; 4 * 7 = 28, and 4 * 7 - 7 = 21.", {C}),
        ("84 divided by 4 is 21. 30 - 9 = 21. So (30 - 9) * 4 = 84.", {C}),
        ("60 minus 4 leaves 56. 7 * 8 = 56. So 7 * 8 + 4 = 60.", {C}),
        # the goal as the first operand: what is left to make
        ("75 / 5 = 15. 9 + 6 = 15. (9 + 6) * 5 = 75.", {C}),
        ("100 - 4 = 96. 8 * 12 = 96. 8 * 12 + 4 = 100.", {C}),
        # the goal from the answer tag
        ("44 = 4 * 11. 8 + 3 = 11. <answer>(8 + 3) * 4</answer>", {C}),
        ("<think>63 = 7 * 9\n9 = 12 - 3</think>\n<answer>7 * (12 - 3)</answer>", {C}),
        # the decomposition written forwards: the goal reached from a value not yet made
        ("6 * 3 = 18, and 10 - 7 = 3. So (10 - 7) * 6 = 18.", {C}),
        ("50 + 22 = 72; 25 - 3 = 22; 50 + 25 - 3 = 72.", {C}),
        # the goal from a final answer line without "= N" or tags
        ("48 = 6 * 8. 10 - 2 = 8.\nAnswer: 6 * (10 - 2)", {C}),
        ("60 = 5 * 12, and 12 = 15 - 3.\n**Answer:** 5 * (15 - 3).", {C}),
    )
)
#: Its Countdown instances (target, numbers), in order.
CD2_FORMS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (18, (10, 7, 6)),
    (39, (6, 7, 3)),
    (48, (6, 10, 2)),
    (30, (5, 2, 4)),
    (66, (25, 3, 9)),
    (96, (8, 3, 9)),
    (36, (4, 15, 6)),
    (18, (6, 10, 7)),
    (50, (30, 4, 5)),
    (21, (4, 7, 7)),
    (84, (4, 30, 9)),
    (60, (4, 7, 8)),
    (75, (5, 9, 6)),
    (100, (8, 12, 4)),
    (44, (4, 8, 3)),
    (63, (7, 12, 3)),
    (18, (6, 10, 7)),
    (72, (50, 25, 3)),
    (48, (6, 10, 2)),
    (60, (5, 15, 3)),
)
CD2_FORMS_CONTROLS: tuple[str, ...] = (
    # forwards, then the answer restated goal-first
    "10 - 7 = 3, 3 * 6 = 18. So 18 = (10 - 7) * 6.",
    "6 * 7 = 42, 42 - 3 = 39. Answer: 39 = 42 - 3.",
    # the work before the decomposition: a summary
    "10 - 7 = 3. 18 = 3 * 6. So (10 - 7) * 6 = 18.",
    # a decomposition after the goal is reached: the answer taken apart again (with the target
    # given, module rule 5 reads it as backward chaining: a limit of that rule)
    "(10 - 7) * 6 = 18. Again: 18 = 3 * 6, 10 - 7 = 3, 3 * 6 = 18.",
    # a factorisation (a pure product) and a partition (a pure sum)
    "Factor 24: 24 = 2 * 12 and 12 = 3 * 4, so 2 * 3 * 4 = 24.",
    "15 = 5 + 10, 10 = 3 + 7, so 5 + 3 + 7 = 15.",
    # the goal reached forwards from a value made before, then the answer
    "12 - 3 = 9, 8 * 9 = 72. So 8 * (12 - 3) = 72.",
    # the answer line after a forward chain restated goal-first
    "10 - 2 = 8, 8 * 6 = 48. 48 = 6 * 8.\nAnswer: 6 * (10 - 2)",
    # the goal taken apart in words after it is reached
    "(30 - 9) * 4 = 84. 84 divided by 4 is 21, and 30 - 9 = 21.",
    # the final value is one of its numbers
    "8 = 2 * 4. 4 - 2 = 2. So 2 * 4 + 4 - 2 - 4 = 8.",
    # no final complete attempt: the last step has two numbers
    "18 = 3 * 6 and 10 - 7 = 3.",
    # a decomposition of another number than the final value
    "20 = 4 * 5. 9 - 4 = 5. So 9 * 4 - 6 = 30.",
    # GSM8K and math near misses
    "She buys 3 packs of 12: 3 * 12 = 36 cookies. She eats 36 - 9 = 27 and gives 27 / 3 = 9 "
    "to each friend.",
    "The perimeter is 2 * 5 + 2 * 3 = 16. A square of side 4 has it too: 16 = 4 * 4.",
    "Total = 4 * 6 = 24 apples; 24 - 5 = 19 are left, and 19 + 2 = 21 after the gift.",
)
CD2_FORMS_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (18, (10, 7, 6)),
    (39, (6, 7, 3)),
    (18, (10, 7, 6)),
    None,
    None,
    None,
    (72, (12, 3, 8)),
    (48, (6, 10, 2)),
    (84, (30, 9, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
)


#: Structural verification (brief ver20, issue 19): hand-written rows of the three rules of
#: :mod:`rewardkit.reflect.checks`, math, GSM8K-like and Countdown, each found by a rule and not by
#: a phrase family before it (5 of 19 were found before); the controls are near misses that must
#: not fire: a verdict word that does not end its clause, a fraction read "over", questions about
#: the problem, open questions, searches, a fact repeated verbatim or written in words only once.
VER_STRUCT: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({V}))
    for text in (
        # rule 1: a computed value, then a verdict of the closed class ending its clause
        "6 * 8 = 48, 48 + 9 = 57, three over.",
        "25 * 3 = 75 and 75 - 4 = 71. just short.",
        "(12 - 4) * 6 = 48 — bingo.",
        "50 + 17 = 67. Not it.",
        "81 / 9 = 9 and 9 - 2 = 7, too small.",
        "Plugging in, \\(3(4)^2 - 2(4) = 40\\), so the identity holds.",
        "Then the area is \\(\\frac{1}{2} \\cdot 10 \\cdot 6 = 30\\), which matches.",
        "She pays 4 * 3 = 12 dollars, and 12 + 8 = 20, exactly what she brought.",
        "So x = 3, and 2(3) + 5 = 11, consistent.",
        "Adding the two cases gives 15 + 21 = 36. Yes, that agrees with the direct count.",
        # rule 1: the value restated at once with a verdict, or rejected with "no,"
        "48 + 36 = 84. 84 is exactly the target.",
        "The slope is 3/4 from rise over run... no, 3/4 is the reciprocal; the slope is 4/3.",
        # rule 2: a yes/no question about a computed value, answered with an equation
        "The lcm is 36. Is 36 divisible by both 12 and 18? 36 = 3 * 12 and 36 = 2 * 18.",
        "So n = 23. Does it leave remainder 3 when divided by 5? 23 = 4 * 5 + 3.",
        "Is 221 prime? No: 221 = 13 * 17, so it comes off the list.",
        "Is 91 prime? 91 = 7 * 13, so no.",
        "I get 7 * 6 + 2 = 44. Does 44 use every number once? 44 = 7 * 6 + 2, yes.",
        # rule 3: a chain recomputed, written differently (signs in words once)
        "4 * 7 = 28 and 28 + 5 = 33. Once more by hand: 4 times 7 is 28, plus 5 makes 33.",
        "12 times 3 is 36, minus 6 gives 30. With symbols: 12 * 3 = 36 and 36 - 6 = 30.",
    )
)
VER_STRUCT_CONTROLS: tuple[str, ...] = (
    # a final answer restated once, forward computation, step numbering
    "So the answer is 47. 47.",
    "12 * 4 = 48, and then 48 + 6 = 54.",
    "Step 2: 9 * 5 = 45. Step 3: 45 + 2 = 47.",
    "He earns 15 * 8 = 120 dollars a day, so 120 * 5 = 600 over the week.",
    # a verdict word that does not end its clause, or a fraction read "over"
    "The ratio simplifies to 26 over 3 here.",
    "So f(x) = 0 holds for every x in the domain.",
    "The total is 48. Good luck with the next part.",
    "2 + 3 = 5, yes or no aside, the next step is 5 * 2 = 10.",
    # questions about the problem, open questions, searches
    "Is 0 allowed as the first digit? No, the leading digit must be 1 to 9.",
    "What is 12 * 3? 12 * 3 = 36.",
    "Is there a smaller value than 12? Let's try 10: 10 * 2 = 20.",
    "Do we count 0 as a natural number here? The problem says positive integers.",
    "Are negative answers allowed? The problem says n = 1, 2, 3, so no.",
    "We need to check whether complex roots count.",
    # a fact repeated verbatim (a summary), or in words only once
    "9 * 5 = 45 and 45 + 2 = 47. So 9 * 5 = 45 and 45 + 2 = 47.",
    "3 times 4 is 12 and 12 plus 2 is 14.",
)

#: Subgoal setting read from the plan's shape (issue 19, eighth generalisation, brief sub20;
#: ``rewardkit.reflect.plans``): rows in new words for its three rules, both domains, and
#: near misses that must draw no behaviour. Written with the rules.
SUB_STRUCT: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 1: a list of verb-led steps before the work
        (
            "- compute the area of the base\n- multiply it by the height\n- divide by 3\n"
            "Base: 6 * 4 = 24. Volume: 24 * 5 / 3 = 40.",
            {S},
        ),
        (
            "1. Find the radius from the diameter.\n2. Use it in the area formula.\n"
            "r = 10 / 2 = 5, so the area is 25 pi.",
            {S},
        ),
        ("* pair 9 with 3\n* take 2 away from the result\n9 * 3 = 27, 27 - 2 = 25.", {S}),
        ("1. Build 12 from 7 and 5.\n2. Multiply that by 4.\n7 + 5 = 12, 12 * 4 = 48.", {S}),
        (
            "1. determine the number of even divisors\n2. subtract them from the total\n"
            "Total: 12 divisors; even: 8; so 12 - 8 = 4 odd ones.",
            {S},
        ),
        # rule 2: two intended steps put in order in one sentence
        ("Let's solve for y on its own, then put it into the second equation.", {S}),
        ("I'll square both sides first, then collect the terms with x.", {S}),
        ("We will count the red cards first and after that the face cards among them.", {S}),
        ("Let me write both fractions over 12 and then add the numerators.", {S}),
        (
            "I'll add the two small numbers first, then multiply by the big one. "
            "3 + 5 = 8, 8 * 12 = 96.",
            {S},
        ),
        ("Combine 6 and 4 first, then deal with the 10. 6 * 4 = 24, 24 + 10 = 34.", {S}),
        ("first isolate the log then exponentiate both sides: log x = 2 so x = 100", {S}),
        ("Compute the area of each face, then add the six areas together.", {S}),
        ("One way in is to list the multiples of 6 first, and then count the odd ones.", {S}),
        ("We'll treat the two signs separately and combine the answers.", {S}),
        ("I'll pair 6 with 4, then use the 10 on the result. 6 * 4 = 24, 24 + 10 = 34.", {S}),
        # rule 3: a number named as a goal, then made
        ("I want to make 18 out of 3 and 6; the 2 does the rest. 3 * 6 = 18, 18 + 2 = 20.", {S}),
        ("Let me go for 50 first. 25 * 2 = 50, 50 + 7 = 57.", {S}),
        ("Aim for 40 with 5 and 8: 5 * 8 = 40. 40 - 1 = 39.", {S}),
        ("Let me build 14 out of 9 and 5, then halve it. 9 + 5 = 14, 14 / 2 = 7.", {S}),
    )
)
SUB_STRUCT_CONTROLS: tuple[str, ...] = (
    # plain step numbering that computes, and lists of givens or results
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30",
    "- the radius is 5\n- the height is 3\nVolume = pi * 25 * 3 = 75 pi.",
    "- divide 84 by 2, the quotient is 42\n- divide 42 by 2, the quotient is 21\nSo 84 = 4 * 21.",
    "1. The sum is 10.\n2. The product is 21.\nSo the roots are 3 and 7, since 3 + 7 = 10.",
    # a recap in the past, a condition, one step narrated, a hedge
    "First we found the slope, then we wrote the equation of the line.",
    "If the first term is 3, then the tenth term is 3 + 9 * 3 = 30.",
    "To find x, we expand the left side: 2x + 6 = 10, so x = 2.",
    "The number of ways is 5 * 4 = 20, and then we divide by 2 for the order.",
    # Countdown: the target restated, a result narrated, an intermediate never made
    "We have to make 21 with 3 and 7. 3 * 7 = 21.",
    "Reach 36 using 9 and 4: 9 * 4 = 36.",
    "We get 12 from 4 * 3 = 12, and 12 + 6 = 18.",
    "I want to make 15 out of 5 and 3. 5 + 3 = 8, 8 * 2 = 16.",
    "The first pair gives 6 * 4 = 24, then 24 + 1 = 25.",
    # steps told with their results, the question restated, a condition, a recap
    "multiply 12 by 3 to get 36, then add 5 to get 41.",
    "The problem is to find the mean and then find the median of the list.",
    "If we factor it, then divide, the answer is 3.",
    "We factored the numerator and then cancelled the common term.",
)

#: Twelfth round (issue 19): written blind from the paper's definitions (math and Countdown,
#: a third of the Countdown rows restating their target, 40 of the 91 controls sharing the
#: behaviours' words), while the eighth generalisation (structural rules) was being made, and
#: held out: measured before and after it, never tuned on before that (docs/reflection.md has
#: the figures). Entries as the ninth round's.
TWELFTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "Solving \\(2x + 7 = 19\\) gives \\(x = 6\\). Plugging back in: \\(2(6) + 7 = "
                "19\\). ✓"
            ),
            {V},
        ),
        (
            (
                "So the roots are \\(x = 3\\) and \\(x = -5\\). Quick sanity pass on Vieta: "
                "\\(3 \\cdot (-5) = -15\\) matches the constant term and \\(3 + (-5) = -2\\) "
                "matches minus the linear coefficient. Good."
            ),
            {V},
        ),
        (
            (
                "I get \\(P = \\frac{7}{6}\\) for the chance of at least one six, hmm, that "
                "can't be right, since no probability can be bigger than 1."
            ),
            {V},
        ),
        (
            (
                "Differentiating what I found, \\(\\frac{d}{dx}\\left(\\tfrac{1}{3}x^3 - \\cos "
                "x\\right) = x^2 + \\sin x\\), which is exactly the integrand, so that's "
                "settled."
            ),
            {V},
        ),
        (
            (
                "The area of the triangle with vertices (0,0), (4,0), (0,3) is "
                "\\(\\frac{1}{2}\\cdot 4 \\cdot 3 = 6\\). Its hypotenuse is 5, so the "
                "semiperimeter is 6 and \\(r = A/s = 1\\). For a right triangle there is also "
                "\\(r = \\frac{a+b-c}{2} = \\frac{3+4-5}{2} = 1\\), the same value. The "
                "incircle therefore has area \\(\\pi\\)."
            ),
            {V},
        ),
        (
            (
                "Since \\(7^4 = 2401 \\equiv 1 \\pmod{100}\\) and 4 divides 2024, the last two "
                "digits of \\(7^{2024}\\) are 01. Is \\(7^4\\) really 2401? \\(49^2 = 2401\\), "
                "yes."
            ),
            {V},
        ),
        (
            (
                "The recurrence says there are \\(F_{n+2}\\) subsets of \\(\\{1,\\dots,n\\}\\) "
                "with no two consecutive elements. For n = 3 I listed them by hand: {}, {1}, "
                "{2}, {3}, {1,3}. Five of them, and \\(F_5 = 5\\), consistent."
            ),
            {V},
        ),
        (
            (
                "The limit comes out to \\(\\frac{1}{2}\\). Plugging in \\(x = 0.01\\) "
                "numerically, \\(\\frac{1 - \\cos x}{x^2} \\approx 0.499996\\), which agrees."
            ),
            {V},
        ),
        (
            (
                "ok so x=4 and y=-1 from the elimination. does that fit the second equation "
                "3x+2y=10? 12-2=10 yep"
            ),
            {V},
        ),
        (
            (
                "I wrote 91 in my list of primes below 100, but 91 = 7 * 13, so it shouldn't be "
                "there; that makes my count one too high, 25 rather than 26."
            ),
            {V},
        ),
        (
            (
                "Angles: 50° + 65° + 65° = 180°, so the isosceles triangle with a 50° apex is "
                "consistent."
            ),
            {V},
        ),
        ("- \\(a_5 = 48\\)\n- \\(3 \\cdot 2^{4} = 48\\) ✔\n- so the common ratio 2 is right", {V}),
        (
            (
                "The expected value of one roll is 3.5. Symmetry says the same thing: the faces "
                "pair up as (1,6), (2,5), (3,4), each pair averaging 3.5, so the two "
                "computations agree."
            ),
            {V},
        ),
        (
            (
                "Wait, let me recompute the discriminant: \\(b^2 - 4ac = 36 - 4\\cdot 2\\cdot 5 "
                "= 36 - 40 = -4\\). Yes, negative, so there really are no real roots."
            ),
            {V},
        ),
        (
            (
                "**Verification.** Substituting \\(x = \\tfrac{3}{2}\\) into \\(4x^2 - 9 = "
                "0\\): \\(4 \\cdot \\tfrac{9}{4} - 9 = 0\\). ✓"
            ),
            {V},
        ),
        (
            (
                "so the sum is 5050 and pairing gives it too 1+100 2+99 and so on fifty pairs "
                "of 101 thats 5050 again fine"
            ),
            {V},
        ),
        (
            (
                "Hmm, 0.35 + 0.4 + 0.3 = 1.05, which is more than 1, so these three can't be "
                "the probabilities of disjoint outcomes covering everything. One of my numbers "
                "is off."
            ),
            {V},
        ),
        (
            (
                "We want the volume of a cone with radius 3 and height 4. The formula is \\(V = "
                "\\frac{1}{3}\\pi r^2 h\\), which gives \\(\\frac{1}{3}\\pi \\cdot 9 \\cdot 4 = "
                "12\\pi\\). Units are fine too: \\(r^2 h\\) is a length cubed. The slant height "
                "the next part asks for is \\(\\sqrt{9 + 16} = 5\\)."
            ),
            {V},
        ),
        (
            (
                "$\\binom{8}{3} = 56$. Cross-checking with Pascal: $\\binom{7}{2} + "
                "\\binom{7}{3} = 21 + 35 = 56$. Same."
            ),
            {V},
        ),
        (
            (
                "If the answer were \\(x = -2\\), the term \\(\\sqrt{x + 1}\\) in the original "
                "equation would be \\(\\sqrt{-1}\\), so \\(x = -2\\) is extraneous and only "
                "\\(x = 7\\) survives. With \\(x = 7\\): \\(\\sqrt{8}\\cdot\\sqrt{8} = 8\\), "
                "fine."
            ),
            {V},
        ),
        (
            (
                "Before moving on I want to be sure the partial fractions are right: "
                "\\(\\frac{2}{x-1} - \\frac{1}{x+1}\\) recombines to \\(\\frac{2(x+1) - "
                "(x-1)}{x^2-1} = \\frac{x + 3}{x^2 - 1}\\), which is what we started with."
            ),
            {V},
        ),
        (
            (
                "$f'(x) = 3x^2 - 12$ vanishes at $x = \\pm 2$; plugging $x = 2$ back in, $3 "
                "\\cdot 4 - 12 = 0$, fine. On $[0, 4]$ only $x = 2$ matters, and $f(2) = 8 - 24 "
                "+ 1 = -15$."
            ),
            {V},
        ),
        ("(25 - 3) * 4 = 88. That is the target, so this works.", {V}),
        (
            (
                "<think> 64 - 19 = 45, 45 + 8 = 53, and 53 is exactly the target. each of 64, "
                "19, 8 used once. </think>\n<answer> 64 - 19 + 8 </answer>"
            ),
            {V},
        ),
        ("Let me double-check (72 / 8) + 15: 72 / 8 = 9 and 9 + 15 = 24. Correct.", {V}),
        ("**Check:** 6 × 7 = 42; 42 − 5 = 37 ✓ (all three numbers used exactly once)", {V}),
        ("33 * 3 = 99, which overshoots 96 by 3.", {V}),
        ("So 47 + 38 = 85, not 83.", {V}),
        (
            (
                "We need to reach 71 using 12, 5 and 11. 12 * 5 = 60, 60 + 11 = 71, which "
                "matches the target."
            ),
            {V},
        ),
        (
            (
                "Final expression 91 - 4 * 13. Evaluating: 4 * 13 = 52, 91 - 52 = 39, and the "
                "target is 39, good."
            ),
            {V},
        ),
        ("hmm 18 + 29 + 40 comes to 87, and we wanted 78, so that's nine over.", {V}),
        (
            (
                "The numbers are 2, 9, 50 and I have 50 + 9 * 2 = 68. Does the order of "
                "operations matter here? 9 * 2 first is 18, 50 + 18 = 68, equal to the target, "
                "so it's fine as written."
            ),
            {V},
        ),
        ("<answer> (100 - 4) / 8 </answer>\nrecheck: 96 / 8 = 12 ✓", {V}),
        (
            (
                "Completing the square is getting messy with these coefficients, so I'll drop "
                "it and just use the quadratic formula."
            ),
            {B},
        ),
        (
            (
                "Integration by parts with \\(u = x^2\\) only makes it worse. Scrap that; the "
                "substitution \\(t = x^3 + 1\\) handles \\(\\int x^2 e^{x^3+1}\\,dx\\) directly "
                "and gives \\(\\frac{1}{3}e^{x^3+1} + C\\)."
            ),
            {B},
        ),
        (
            (
                "Counting arrangements with at least one adjacent pair directly turns into a "
                "case mess. Easier the other way round: count the arrangements with no two "
                "adjacent and subtract from \\(5! = 120\\)."
            ),
            {B},
        ),
        (
            (
                "Hmm, this induction isn't going anywhere, the inductive step needs a bound I "
                "don't have. Maybe telescoping is cleaner: \\(\\frac{1}{k(k+1)} = \\frac{1}{k} "
                "- \\frac{1}{k+1}\\)."
            ),
            {B},
        ),
        (
            (
                "Let \\(u = x + 1\\). Then \\(x^2 + 2x = u^2 - 1\\) and the \\(dx\\) ... no. "
                "Let \\(u = x^2 + 2x\\) instead, so \\(du = (2x + 2)\\,dx\\)."
            ),
            {B},
        ),
        (
            (
                "Coordinates would work, but the algebra is heavy. Instead use similar "
                "triangles: \\(\\triangle ADE \\sim \\triangle ABC\\) with ratio "
                "\\(\\frac{2}{5}\\)."
            ),
            {B},
        ),
        (
            (
                "Dividing 391 by 3, 7, 11 and 13 gives nothing. Different idea: \\(391 = 400 - "
                "9 = 20^2 - 3^2 = 17 \\cdot 23\\)."
            ),
            {B},
        ),
        (
            (
                "If the sequence 3, 6, 12 were arithmetic the third term would be 9, not 12, so "
                "it isn't. Try geometric: ratio 2 each time, so the next term is 24."
            ),
            {V, B},
        ),
        (
            (
                "ok that approach is dead, lagrange multipliers give a system i cant solve by "
                "hand. going back to am-gm"
            ),
            {B},
        ),
        (
            (
                "We want \\(\\sum_{k=1}^{n} k^3\\). My first thought was to telescope "
                "\\((k+1)^4 - k^4 = 4k^3 + 6k^2 + 4k + 1\\), and I started writing it out, but "
                "that needs the sums of \\(k^2\\) and \\(k\\) too, which is a lot of "
                "bookkeeping. Let me instead look at small cases: 1, 9, 36, 100 are the squares "
                "of 1, 3, 6, 10, the triangular numbers. So \\(\\sum k^3 = "
                "\\left(\\frac{n(n+1)}{2}\\right)^2\\)."
            ),
            {B},
        ),
        (
            (
                "Conditioning on the first flip leads to a regress I'm not setting up well. "
                "Abandoning that; I'll use states instead, with \\(E_0\\) the expected number "
                "of flips from scratch and \\(E_1\\) after one head."
            ),
            {B},
        ),
        (
            (
                "Rather than keep pushing these trig identities, which are going in circles, "
                "I'll rewrite everything in \\(\\sin\\) and \\(\\cos\\) and start over."
            ),
            {B},
        ),
        (
            (
                "Actually, I set this up wrong; the rates are per hour, not per minute. Redoing "
                "it from the rates: \\(\\frac{1}{3} + \\frac{1}{6} = \\frac{1}{2}\\) job per "
                "hour, so 2 hours together."
            ),
            {B},
        ),
        (
            (
                "Option 1 was to expand \\((x+2)^5\\) completely. Too slow. Option 2: pull out "
                "only the \\(x^3\\) term with the binomial theorem, \\(\\binom{5}{3} \\cdot 2^2 "
                "= 40\\)."
            ),
            {B},
        ),
        (
            (
                "Suppose \\(n = 2k\\). Then \\(n^2 + n = 4k^2 + 2k\\) and I can't see a factor "
                "of 3 coming from that. Parity is the wrong lens here. Going mod 3 instead: "
                "\\(n \\equiv 0, 1, 2\\)."
            ),
            {B},
        ),
        (
            (
                "<think>\nThe area between the curves... I'll integrate with respect to x. The "
                "left boundary changes at x = 1 so I'd need two integrals. Hmm. Integrating in "
                "y is one integral: \\(\\int_0^2 (y + 2 - y^2)\\,dy\\). Let me do it that way.\n"
                "</think>"
            ),
            {B},
        ),
        (
            (
                "Let me try a direct bijection... I can't find one that respects the ordering. "
                "Fine, I'll just compute both counts with generating functions and compare."
            ),
            {B},
        ),
        (
            (
                "The polar form route was a dead end for me (the angle isn't a nice one). "
                "Switching to the rectangular form: \\((1 + 2i)^2 = 1 + 4i - 4 = -3 + 4i\\)."
            ),
            {B},
        ),
        (
            (
                "I first assumed the events were independent and got 0.12, but they can't be, "
                "because \\(P(A \\cap B)\\) is given as 0.2. Throwing that out and using the "
                "given joint probability: \\(P(A \\cup B) = 0.3 + 0.4 - 0.2 = 0.5\\)."
            ),
            {V, B},
        ),
        (
            (
                "attempt: set y = 0 → 2x = 8 hmm that only gives the intercept not what we "
                "need. other route, eliminate x between the two equations"
            ),
            {B},
        ),
        (
            (
                "<think> Let me try 75 + 25 = 100, 100 - 8 = 92, 92 / 2 = 46, not 66. Try 75 - "
                "8 = 67, 67 - 2 = 65, 65 + 25 = 90, no. Try 75 - 25 = 50, 8 * 2 = 16, 50 + 16 = "
                "66. Got it. </think>\n<answer> (75 - 25) + 8 * 2 </answer>"
            ),
            {V, B},
        ),
        ("44 + 19 - 7 = 56\n44 - 19 + 7 = 32", {B}),
        ("(9 * 8) - 3 = 69\n(9 * 3) + 8 = 35\n(9 + 3) * 8 = 96", {B}),
        (
            (
                "scrap that: 13 * 6 = 78, then 78 - 4 = 74 and 78 + 4 = 82, neither is 76. try "
                "13 + 6 = 19, then 19 * 4 = 76"
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 45 using 3, 12 and 27. 27 + 12 = 39, 39 + 3 = 42, three "
                "short. Different grouping: 27 + 3 * 12 is 63, too far. What about (12 + 3) * "
                "3? I only have one 3. OK, 27 - 12 = 15, 15 * 3 = 45."
            ),
            {V, B},
        ),
        ("50 / 5 = 10, 10 + 7 = 17\n50 - 7 = 43, 43 + 5 = 48", {B}),
        (
            (
                "Using 81 first: 81 - 16 = 65, 65 - 4 = 61. Let me put 81 aside and start from "
                "16 * 4 = 64, 81 - 64 = 17."
            ),
            {B},
        ),
        (
            (
                "<think>\n37 + 22 + 6 = 65\n37 * 6 = 222, minus 22 = 200\n37 + 6 = 43, 43 - 22 "
                "= 21 ...\n(37 - 22) * 6 = 90\n</think>\n<answer> (37 - 22) * 6 </answer>"
            ),
            {B},
        ),
        (
            (
                "94 * 3 = 282, way past the target. Multiplying by 94 is hopeless, so I'll add "
                "or subtract it instead: 94 - 26 = 68, 68 + 3 = 71."
            ),
            {V, B},
        ),
        ("try 7*11=77 then +2 → 79 no\nmaybe 11*2=22, 22*7? 154 no\n7*2=14, 14+11=25 yes", {V, B}),
        ("1. 60 + 15 - 5 = 70\n2. 60 / 15 * 5 = 20\n3. 60 / (15 - 5) = 6", {B}),
        (
            (
                "I'll abandon the idea of using 8 as a divisor, it never lands on a whole "
                "number here. Instead: 8 * 3 = 24, 24 + 19 = 43."
            ),
            {B},
        ),
        (
            (
                "That gives 58. Let's try a different combination: 29 * 2 = 58 ... same. OK "
                "what if the 4 goes in: 29 * 2 + 4 = 62."
            ),
            {B},
        ),
        (
            (
                "We need to reach 100 using 5, 21, 4. 21 * 5 = 105, 105 - 4 = 101, one too "
                "many. (21 + 4) * 5 = 125. Working back from the target instead: 100 = 5 * 20, "
                "and 20 would have to be 21 - 1, but there is no 1. So I doubt 100 is reachable "
                "with these three."
            ),
            {V, B, C},
        ),
        (
            (
                "Plan: (1) slope of AB; (2) the perpendicular slope; (3) the line through the "
                "midpoint of AB with that slope."
            ),
            {S},
        ),
        (
            (
                "First I need the radius; once I have it the area is immediate. The radius is "
                "half the diagonal of the inscribed square, \\(\\frac{6\\sqrt{2}}{2} = "
                "3\\sqrt{2}\\), so the area is \\(18\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "For this we'll need:\n- the number of favourable outcomes\n- the size of the "
                "sample space\n\nFavourable: 4 aces. Sample space: 52 cards. So the probability "
                "is \\(\\frac{4}{52} = \\frac{1}{13}\\)."
            ),
            {S},
        ),
        (
            (
                "The problem really has two parts. The first is finding where the curves meet: "
                "\\(x^2 = 2x\\) gives \\(x = 0\\) or \\(x = 2\\). The second is integrating the "
                "gap between them over that interval, \\(\\int_0^2 (2x - x^2)\\,dx = 4 - "
                "\\frac{8}{3} = \\frac{4}{3}\\)."
            ),
            {S},
        ),
        ("The key is to isolate \\(\\sin\\theta\\), after which the rest is a table lookup.", {S}),
        ("Work mod 8 and mod 125 separately, then glue the two residues together with CRT.", {S}),
        (
            (
                "Split by how many red balls are drawn: 0, 1 or 2. Count each case, then add "
                "them up."
            ),
            {S},
        ),
        (
            (
                "Intermediate targets: \\(\\cos A\\) from the law of cosines, then \\(\\sin "
                "A\\) from \\(\\sin^2 A + \\cos^2 A = 1\\), then the area as "
                "\\(\\frac{1}{2}bc\\sin A\\)."
            ),
            {S},
        ),
        (
            (
                "so first thing common denominator then combine numerators then factor whatever "
                "comes out and cancel"
            ),
            {S},
        ),
        (
            (
                "Step one of the plan is to show \\(f\\) is increasing on \\((0,1)\\); step two "
                "is \\(f(0) < 0 < f(1)\\). Together they give exactly one root in \\((0,1)\\)."
            ),
            {S},
        ),
        (
            (
                "We can't find \\(P(\\text{exactly two heads in 5 flips})\\) in one go without "
                "a formula, so let's get the pieces: the probability of one particular sequence "
                "with two heads, \\(\\left(\\frac{1}{2}\\right)^5 = \\frac{1}{32}\\), and how "
                "many such sequences there are, \\(\\binom{5}{2} = 10\\). Multiply: "
                "\\(\\frac{10}{32} = \\frac{5}{16}\\)."
            ),
            {S},
        ),
        (
            (
                "<think>\nOkay, a tangent line to \\(y = x^3\\) at \\(x = 1\\). Two things to "
                "pin down before writing anything: the point on the curve and the slope there. "
                "Point: \\((1, 1)\\). Slope: \\(3x^2 = 3\\). So \\(y - 1 = 3(x - 1)\\), i.e. "
                "\\(y = 3x - 2\\).\n</think>"
            ),
            {S},
        ),
        (
            (
                "Break the shaded region into a rectangle and a semicircle; find each area, "
                "then add. Rectangle \\(8 \\times 4 = 32\\), semicircle \\(\\frac{1}{2}\\pi "
                "\\cdot 4^2 = 8\\pi\\), total \\(32 + 8\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "## Approach\n1. Reduce the fraction inside the log.\n2. Apply the power rule.\n"
                "3. Evaluate the remaining \\(\\log_2 8\\)."
            ),
            {S},
        ),
        (
            (
                "It is easier if I aim first for the number of ways to seat the 3 couples as "
                "blocks, \\(3! = 6\\), and only after that for the internal orders, \\(2^3 = "
                "8\\). Product: 48."
            ),
            {S},
        ),
        (
            (
                "Milestones for this proof: show the sequence is bounded, show it's monotone, "
                "then invoke monotone convergence to get the limit exists, and only then solve "
                "\\(L = \\sqrt{2 + L}\\) for \\(L = 2\\)."
            ),
            {S},
        ),
        (
            (
                "We'll do this in two stages - find the speed of the current from the round "
                "trip, then the time for the downstream leg alone."
            ),
            {S},
        ),
        (
            (
                "First get to 12 with the 3 and the 4, then double it using the 2: 3 * 4 = 12, "
                "12 * 2 = 24."
            ),
            {S},
        ),
        (
            (
                "<think> I'll try to make 50 out of two of the numbers and then deal with the "
                "rest: 25 * 2 = 50, then 50 + 17 - 3 = 64. </think>\n<answer> 25 * 2 + 17 - 3 "
                "</answer>"
            ),
            {S},
        ),
        ("plan: make a 10 from 7 and 3, then multiply by the 9", {S}),
        (
            (
                "Idea: pair the big numbers up first to get something near 200, then fix it up "
                "with the small ones. 96 + 99 = 195, and 195 + 4 + 1 = 200."
            ),
            {S},
        ),
        (
            (
                "We need to reach 39 using 13, 6, 9 and 2. I'll treat this as two smaller "
                "puzzles: turn 6, 9 and 2 into a 3, then 13 * 3 = 39. For the first part, (9 - "
                "6) * 2 = 6, which isn't 3. 9 / (6 / 2) = 3 does it, so 13 * 9 / (6 / 2) = 39."
            ),
            {V, B, S},
        ),
        ("- goal: 30\n- sub-goal: get a 5 from 8 and 3 (8 - 3 = 5)\n- then 5 * 6 = 30", {S}),
        (
            (
                "The trick will be combining 11 and 2 into something useful before bringing in "
                "40: 11 * 2 = 22, and 40 + 22 = 62."
            ),
            {S},
        ),
        (
            (
                "Let me group: (56, 8) together and (3, 5) together. Group one gives 56 / 8 = "
                "7, group two gives 3 + 5 = 8. Then 7 * 8 = 56."
            ),
            {S},
        ),
        (
            (
                "<think>\nstrategy: first use 100 and 10 to get a round base, then adjust with "
                "7\n100 - 10 = 90\n90 + 7 = 97\n</think>"
            ),
            {S},
        ),
        (
            (
                "We want \\(a^2 + b^2 \\ge 2ab\\). That is the same as \\(a^2 - 2ab + b^2 \\ge "
                "0\\), i.e. \\((a - b)^2 \\ge 0\\), which always holds."
            ),
            {C},
        ),
        (
            (
                "For the line \\(y = kx\\) to be tangent to \\(y = x^2 + 4\\), the equation "
                "\\(x^2 - kx + 4 = 0\\) has to have a double root, so its discriminant \\(k^2 - "
                "16\\) must vanish, giving \\(k = \\pm 4\\)."
            ),
            {C},
        ),
        (
            (
                "To end up with $100 after a 25% gain she must have started with \\(100 / 1.25 "
                "= 80\\) dollars."
            ),
            {C},
        ),
        (
            (
                "Work backwards from the last day. On day 5 one peach is left. Before day 4's "
                "eating (half the peaches plus one) there were \\((1 + 1)\\cdot 2 = 4\\); "
                "before day 3, \\((4 + 1)\\cdot 2 = 10\\); before day 2, 22; before day 1, 46."
            ),
            {C},
        ),
        (
            (
                "What would \\(n\\) have to be for \\(1 + 2 + \\dots + n\\) to equal 210? "
                "\\(\\frac{n(n+1)}{2} = 210\\) means \\(n(n+1) = 420 = 20 \\cdot 21\\), so \\(n "
                "= 20\\)."
            ),
            {C},
        ),
        (
            (
                "For infinitely many solutions the second equation has to be a multiple of the "
                "first, so \\(\\frac{a}{2} = \\frac{6}{3}\\), i.e. \\(a = 4\\)."
            ),
            {C},
        ),
        (
            (
                "Suppose the conclusion holds; what would it take? We'd need \\(\\angle ABD = "
                "\\angle CBD\\). That follows if D is equidistant from BA and BC, which follows "
                "from D lying on the bisector of angle B, and that is given."
            ),
            {C},
        ),
        (
            (
                "The final answer is an integer only if the last division by 7 is exact, so "
                "\\(3n + 2\\) must be a multiple of 7; \\(3n \\equiv 5 \\pmod 7\\), \\(n "
                "\\equiv 4 \\pmod 7\\)."
            ),
            {C},
        ),
        ("hmm what value of c makes x = 2 a root. need 4 + 2*2 + c = 0 so c = -8", {C}),
        (
            (
                "<think>\nThe answer choices are all multiples of \\(\\pi\\), so the area must "
                "come out as \\(k\\pi\\). That means the radius squared is what I need; for "
                "area \\(9\\pi\\) I'd need \\(r = 3\\). Is the radius 3? The chord of 6 through "
                "the centre is a diameter, so yes.\n</think>"
            ),
            {V, C},
        ),
        (
            (
                "To show 2 is the only even prime, it's enough to show any larger even number "
                "has a factor other than 1 and itself, and \\(2k = 2 \\cdot k\\) with \\(1 < 2 "
                "< 2k\\) does that."
            ),
            {C},
        ),
        (
            (
                "If the mean of five numbers is to be 12 their total must be 60; the four we "
                "know sum to 47, so the fifth has to be 13."
            ),
            {C},
        ),
        (
            (
                "Start from what the probability has to be: \\(\\frac{1}{6}\\). Over 36 equally "
                "likely outcomes that means 6 favourable ones, so we're looking for a sum that "
                "occurs 6 ways, and that is 7."
            ),
            {C},
        ),
        (
            (
                "I want \\(\\lim_{x\\to\\infty} \\frac{ax^2 + 1}{3x^2 - x} = 2\\). With equal "
                "degrees the limit is the ratio of leading coefficients, so \\(\\frac{a}{3}\\) "
                "must be 2 and \\(a = 6\\)."
            ),
            {C},
        ),
        (
            (
                "To get an area of 24 with one side fixed at 8, the other side has to be 3; and "
                "a perimeter of 22 then checks out, \\(2(8 + 3) = 22\\)."
            ),
            {V, C},
        ),
        (
            (
                "Since we need 22 and 22 = 25 - 3, we want a 3 from the other two: 6 / 2 = 3. "
                "So 25 - 6 / 2 = 22."
            ),
            {S, C},
        ),
        ("88 = 8 * 11, and 11 = 14 - 3. So (14 - 3) * 8.", {C}),
        (
            (
                "We need to reach 48 using 16, 3, 9 and 6. 48 = 16 * 3, so the 9 and the 6 "
                "would have to contribute nothing, and they can't: 9 - 6 = 3. Starting over "
                "from 48 = 6 * 8, the 16, 3 and 9 would have to make 8, but 16 - 9 + 3 = 10. No "
                "luck yet."
            ),
            {V, B, C},
        ),
        (
            (
                "<think> Target 75. 75 is 3 * 25, and I have 25, so I need a 3 from 9 and 6: 9 "
                "- 6 = 3. </think>\n<answer> 25 * (9 - 6) </answer>"
            ),
            {S, C},
        ),
        ("what gets me to 41? 41 = 45 - 4, and 45 = 5 * 9. so 5 * 9 - 4", {C}),
        (
            (
                "Work back from 120: the last step is probably a multiplication. 120 = 10 * 12 "
                "= 8 * 15 = 20 * 6. With 2, 13, 8, 7 on hand, 15 = 13 + 2 and then 8 * 15 = "
                "120, leaving 7 unused... the rules need all four. 120 = 8 * (13 + 2) would "
                "need the 7 absorbed, so that decomposition fails."
            ),
            {V, C},
        ),
        (
            (
                "Target's 19. Odd, so the last step is likely an addition or subtraction with "
                "an odd number; 7 is my only odd one. 19 + 7 = 26 = 2 * 13? I don't have 13. 19 "
                "- 7 = 12 = 4 * 3. So 4 * 3 + 7."
            ),
            {B, C},
        ),
        (
            (
                "To hit 54 I'd like 6 * 9 or 60 - 6. I have 9, so what's needed is a 6 out of 2 "
                "and 3: 2 * 3 = 6, and 9 * 6 = 54."
            ),
            {S, C},
        ),
        (
            (
                "Going from the answer: 33 = 3 * 11, and 11 from 4 and 9? 4 + 9 = 13, no. 33 = "
                "36 - 3 and 36 = 4 * 9. So 4 * 9 - 3."
            ),
            {V, B, C},
        ),
        ("What times 7 is 63? 9. And 9 = 12 - 3. Expression: 7 * (12 - 3).", {C}),
        (
            (
                "The target 26 sits just above 25, and 25 = 100 / 4. The remaining number is 1, "
                "so 100 / 4 + 1 = 26."
            ),
            {C},
        ),
        (
            (
                "The function is \\(f(x) = x^3 - 3x + 1\\) on \\([-2, 2]\\), with derivative "
                "\\(3x^2 - 3\\). To get the extreme values I'll first locate the critical "
                "points and then compare \\(f\\) at those points and at the endpoints. Critical "
                "points: \\(x = \\pm 1\\), where \\(f(1) = -1\\) and \\(f(-1) = 3\\). "
                "Endpoints: \\(f(-2) = -1\\), \\(f(2) = 3\\). So the maximum is 3 and the "
                "minimum is \\(-1\\)."
            ),
            {S},
        ),
        (
            (
                "Let me think about the last step first. The answer is asked for as a base-3 "
                "logarithm, so if I can get the expression into the form \\(3^k\\) I'm done. "
                "\\(\\frac{81^2}{9} = \\frac{3^8}{3^2} = 3^6\\), so the log is 6."
            ),
            {S, C},
        ),
        (
            (
                "I find it easiest to run this one in reverse. The final amount is 1458 after "
                "tripling every year, starting from 6. Undoing the tripling: 1458, 486, 162, "
                "54, 18, 6. Five divisions, so 5 years."
            ),
            {C},
        ),
        (
            (
                "need f(g(x)) = x so g has to undo f. f doubles then adds 3 so g subtracts 3 "
                "then halves, g(x) = (x-3)/2"
            ),
            {C},
        ),
        (
            (
                "**Goal:** \\(P(X \\ge 1) \\ge 0.99\\).\n**So** \\(P(X = 0) \\le 0.01\\), i.e. "
                "\\((0.9)^n \\le 0.01\\), which needs \\(n \\ge \\frac{\\ln 0.01}{\\ln 0.9} "
                "\\approx 43.7\\): at least 44 trials."
            ),
            {C},
        ),
        (
            (
                "The question wants \\(\\angle x\\), the exterior angle of triangle ABC at C, "
                "so what I need are the two remote interior angles. One is given as 40°. The "
                "other is a base angle of the isosceles triangle ABD, \\((180° - 100°)/2 = "
                "40°\\). So \\(x = 80°\\)."
            ),
            {S, C},
        ),
        (
            (
                "For \\(n^2 + 1\\) to be divisible by 5 we'd need \\(n^2 \\equiv 4 \\pmod 5\\), "
                "and that happens exactly when \\(n \\equiv 2\\) or \\(3 \\pmod 5\\)."
            ),
            {C},
        ),
        (
            (
                "Reading the identity from the end: \\(\\tan x + \\cot x = \\frac{1}{\\sin x "
                "\\cos x}\\) holds if \\(\\frac{\\sin^2 x + \\cos^2 x}{\\sin x\\cos x} = "
                "\\frac{1}{\\sin x\\cos x}\\), which holds if \\(\\sin^2 x + \\cos^2 x = 1\\), "
                "and that is true."
            ),
            {C},
        ),
        (
            (
                "ok gonna split this into 2 parts. part 1 the speed of the train, part 2 use it "
                "for the distance. part 1: 120 km / 1.5 h = 80 km/h. part 2: 80 * 4 = 320 km"
            ),
            {S},
        ),
        (
            (
                "To find the volume we need the height of the pyramid, and for that the slant "
                "height.\n- slant height from the face area: \\(\\frac{1}{2} \\cdot 6 \\cdot "
                "\\ell = 15\\), \\(\\ell = 5\\)\n- height: \\(\\sqrt{5^2 - 3^2} = 4\\)\n- "
                "volume: \\(\\frac{1}{3}\\cdot 36 \\cdot 4 = 48\\)"
            ),
            {S, C},
        ),
        (
            (
                "Okay so the probability that the two cards are the same suit. Total pairs "
                "\\(\\binom{52}{2} = 1326\\). Same-suit pairs: \\(4 \\cdot \\binom{13}{2} = 4 "
                "\\cdot 78 = 312\\). So \\(\\frac{312}{1326} = \\frac{4}{17}\\). Hmm, does that "
                "make sense? After the first card, 12 of the remaining 51 share its suit, "
                "\\(\\frac{12}{51} = \\frac{4}{17}\\), same thing. Good, moving on to part (b)."
            ),
            {V},
        ),
        (
            (
                "We're solving \\(|2x - 3| = x + 1\\). Case \\(2x - 3 = x + 1\\) gives \\(x = "
                "4\\). Case \\(2x - 3 = -(x + 1)\\) gives \\(x = \\frac{2}{3}\\). Both need "
                "\\(x + 1 \\ge 0\\), and both satisfy it, so both stand: \\(|8 - 3| = 5 = 4 + "
                "1\\) and \\(\\left|\\tfrac{4}{3} - 3\\right| = \\tfrac{5}{3} = \\tfrac{2}{3} + "
                "1\\)."
            ),
            {V},
        ),
        (
            (
                "Alright. I tried to find the eigenvalues by expanding the 3×3 determinant "
                "along the first row and made a sign error somewhere, the characteristic "
                "polynomial I got has no integer roots, which is suspicious for a textbook "
                "problem. Instead of hunting the error I'll start over another way: the first "
                "column is \\((2, 0, 0)^T\\), so expanding down it gives \\((2 - "
                "\\lambda)\\big((3-\\lambda)(4-\\lambda) - 2\\big) = (2-\\lambda)(\\lambda - "
                "2)(\\lambda - 5)\\), and the eigenvalues are 2, 2 and 5."
            ),
            {V, B},
        ),
        (
            (
                "So far: the sequence satisfies \\(a_{n+1} = 2a_n + 1\\), \\(a_1 = 1\\). Terms "
                "1, 3, 7, 15, 31. These are one less than powers of 2, so guess \\(a_n = 2^n - "
                "1\\). Then \\(a_{n+1} = 2(2^n - 1) + 1 = 2^{n+1} - 1\\), consistent with the "
                "recurrence. The problem asks for \\(a_{10} = 1023\\)."
            ),
            {V},
        ),
        (
            (
                "<think> We need to reach 62 using 31, 4 and 2. 62 is 2 times 31, so if I can "
                "make a 2 from what's left I'm done, but the 4 has to be used too. 4 / 2 = 2, "
                "so 31 * (4 / 2) = 62. </think>\n<answer> 31 * (4 / 2) </answer>"
            ),
            {S, C},
        ),
        (
            (
                "need 100. 100 - 92 = 8 so whatever i do with 4 and 2 has to come out to 8. 4 * "
                "2 = 8. 92 + 4 * 2 = 100"
            ),
            {S, C},
        ),
        (
            (
                "Last operation first: 27 could be 30 - 3, and I have the 30, so the 1 and the "
                "2 need to make 3, which 1 + 2 does. 30 - (1 + 2) = 27."
            ),
            {S, C},
        ),
        ("81 = 9 * 9. one 9 is given, the other has to be 12 - 3. → 9 * (12 - 3) = 81", {C}),
        (
            (
                "<think>\n7 + 8 + 13 = 28, short of 40.\n13 * 8 = 104, far too big.\nMaybe "
                "start from the target: 40 = 8 * 5, and 5 = 13 - 8? That reuses the 8.\n40 = 47 "
                "- 7, and 47 from 13 and 8 isn't possible.\n(13 - 7) * 8 = 48, 8 over.\n</think>"
            ),
            {V, B, C},
        ),
        (
            (
                "To make 18, I need to think about what gives 18. 18 = 6 × 3, and I have a 6, "
                "so I need a 3 from 5 and 2: 5 − 2 = 3. Final: 6 × (5 − 2) = 18."
            ),
            {S, C},
        ),
        (
            (
                "Working backwards from **35**: 35 = 5 × 7. With 5 given and 7 = 10 − 3, we get "
                "5 × (10 − 3) = 35."
            ),
            {C},
        ),
        ("44? thats 4 * 11. 11 = 2 + 9. so 4 * (2 + 9) = 44", {C}),
        ("The target is one more than 63 = 7 * 9, so 7 * 9 + 1 = 64.", {C}),
        (
            (
                "Two-step plan. Step A: use 75 and 3 to land on something that divides the "
                "target (75 / 3 = 25). Step B: finish with the 4 (25 * 4 = 100)."
            ),
            {S},
        ),
        (
            (
                "<think> numbers 2, 5, 30, 7, target 57. 30 is the big one, so the plan is to "
                "get something from the small numbers that combines with 30 nicely and then "
                "finish. if 2, 5, 7 give 27 then 30 + 27 works. 5 * 7 = 35, 35 - 2 = 33, no. 7 "
                "* 2 + 5 = 19, no. changing tack: (30 - 5) * 2 = 50, 50 + 7 = 57. </think>\n"
                "<answer> (30 - 5) * 2 + 7 </answer>"
            ),
            {V, B, S, C},
        ),
        ("**Plan**\n1. Combine 12 and 8 into 4.\n2. Multiply by 9.\n\n(12 - 8) * 9 = 36", {S}),
        (
            (
                "<think> 98 - 45 = 53, 53 + 2 = 55. that isn't it. 98 - 2 = 96, 96 - 45 = 51, "
                "also not it. 98 / 2 = 49, 49 + 45 = 94. </think>\n<answer> 98 / 2 + 45 "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 27 using 6, 3, 15. 6 * 3 = 18, 18 + 15 = 33. 15 + 6 + 3 = 24. "
                "(15 - 6) * 3 = 27."
            ),
            {B},
        ),
        (
            (
                "Let me approach this differently since adding everything gives 71 + 12 + 5 = "
                "88, which is 20 short. Multiplying instead: 12 * 5 = 60, 60 + 71 = 131, 23 "
                "over. 71 + 12 * 5... same thing. 71 * 5 - 12 = 343, no. (71 - 12) * 5 = 295. "
                "Nothing lands on 108 yet."
            ),
            {V, B},
        ),
        (
            (
                "Start: 3 * 17 = 51 — close to 50, but I need exactly 50 and 51 - 1 would need "
                "a 1, which I don't have (numbers are 3, 17, 2). Drop the multiplication by 3. "
                "17 * 2 = 34, 34 + 3 = 37. 17 * 3 - 2 = 49. Still not 50; it may be impossible."
            ),
            {V, B},
        ),
        (
            (
                "sanity check on my answer 5 * (14 - 6): 14 - 6 = 8, 5 * 8 = 40 and the target "
                "was 40 so we're done"
            ),
            {V},
        ),
        (
            (
                "Let me try to count the lattice paths from (0,0) to (4,3) that avoid (2,1) "
                "directly... I'd have to enumerate a lot of them. Hmm, I don't love where this "
                "is going. All paths minus the paths through (2,1) is much cleaner: "
                "\\(\\binom{7}{3} - \\binom{3}{1}\\binom{4}{2} = 35 - 18 = 17\\)."
            ),
            {B},
        ),
        (
            (
                "Before anything else it would help to know the length of BC; with it, both the "
                "area and the altitude from A follow."
            ),
            {S},
        ),
        (
            (
                "| x | \\(x^2 - 5x + 6\\) |\n|---|---|\n| 2 | 0 |\n| 3 | 0 |\n\nboth roots "
                "check out."
            ),
            {V},
        ),
        (
            (
                "Hmm, wait. If \\(\\sin\\theta = \\frac{4}{5}\\) with \\(\\theta\\) in the "
                "second quadrant, \\(\\cos\\theta\\) has to be negative, and I wrote "
                "\\(+\\frac{3}{5}\\). So \\(\\cos\\theta = -\\frac{3}{5}\\) and \\(\\tan\\theta "
                "= -\\frac{4}{3}\\)."
            ),
            {V},
        ),
        (
            (
                "What does the last line need? To conclude \\(x = y\\) from \\(f(x) = f(y)\\) "
                "we need \\(f\\) injective, and injectivity would follow from \\(f\\) being "
                "strictly increasing, which \\(f'(x) = e^x + 1 > 0\\) gives."
            ),
            {C},
        ),
        (
            (
                "the number has to be divisible by 9 so its digit sum has to be too and the "
                "known digits add to 23 so the missing digit is 4"
            ),
            {C},
        ),
        (
            (
                "### Steps\n- prime factorisation of 360\n- use it to count the divisors\n- "
                "then use it again for their sum"
            ),
            {S},
        ),
        (
            (
                "\\(\\int \\frac{dx}{x^2 + 4x + 5}\\): try \\(u = x^2 + 4x + 5\\), \\(du = (2x "
                "+ 4)\\,dx\\). Complete the square instead: \\(\\int \\frac{dx}{(x+2)^2 + 1} = "
                "\\arctan(x + 2) + C\\)."
            ),
            {B},
        ),
        (
            (
                "Ann is \\(a\\), Ben is \\(a + 4\\), and in 6 years Ben will be "
                "\\(\\frac{5}{4}\\) of Ann's age, so \\(a + 10 = \\frac{5}{4}(a + 6)\\). That "
                "gives \\(4a + 40 = 5a + 30\\), \\(a = 10\\). So Ann is 10 and Ben 14; in six "
                "years they'll be 16 and 20, and 20 is indeed \\(\\frac{5}{4}\\) of 16. The "
                "question asks for their combined age now, 24."
            ),
            {V},
        ),
        (
            (
                "This is a conditional probability with a twist, so let me lay out what I need: "
                "P(positive test), and P(disease and positive). The first is \\(0.01 \\cdot "
                "0.95 + 0.99 \\cdot 0.05 = 0.059\\). The second is \\(0.0095\\). Dividing, "
                "\\(P(\\text{disease}\\mid +) = \\frac{0.0095}{0.059} \\approx 0.161\\)."
            ),
            {S},
        ),
        (
            (
                "Let's try 86 - 43 = 43, then 43 + 9 = 52. That's not 34. What if we do 86 / 43 "
                "= 2, then 2 * 9 = 18? Still not 34. (86 - 9) - 43 = 34. Yes, and that uses all "
                "three."
            ),
            {V, B},
        ),
        (
            (
                "<think>\n(5 + 6) * 4 = 44\n5 * 6 + 4 = 34\n6 * 4 - 5 = 19\n(6 - 4) * 5 = 10\n"
                "</think>\n<answer> (6 - 4) * 5 </answer>"
            ),
            {B},
        ),
        (
            (
                "We need to reach 167 using 3, 50, 10 and 7.\n- first: 50 * 3 = 150\n- then "
                "combine what's left: 10 + 7 = 17\n- 150 + 17 = 167"
            ),
            {S},
        ),
        ("hmm 91 is 7 times 13, and 7 is just 5 + 2, so 13 * (5 + 2)", {C}),
        (
            (
                "The result must be 72. 72 = 8 * 9 and I have an 8, so the 9 has to come from "
                "12 and 3: 12 - 3 = 9. So 8 * (12 - 3); recomputing, 12 - 3 = 9, 9 * 8 = 72 ✓"
            ),
            {V, S, C},
        ),
        (
            (
                "<think> 4 * 8 - 3 = 29 but the 7 is left over. 29 + 7 = 36, so new plan: get "
                "36 from 4, 3, 8 and then take the 7 away. 36 = 12 * 3 and 12 = 8 + 4. (8 + 4) "
                "* 3 - 7 = 29. </think>\n<answer> (8 + 4) * 3 - 7 </answer>"
            ),
            {V, B, S, C},
        ),
        ("21 + 15 + 4 = 40? yes", {V}),
        ("(60 - 4) / 8 = 7. Hmm, that gives 7, and 7 was the target, so that's settled.", {V}),
        ("12 - 9 + 2 = 5 isn't it; try another ordering of the numbers: 12 + 9 - 2 = 19.", {V, B}),
        (
            (
                "Okay, let's see. We need the number of integer solutions to \\(x + y + z = "
                "10\\) with every variable at least 1. I could list them by the value of "
                "\\(x\\): \\(x = 1\\) leaves \\(y + z = 9\\), so 8 pairs; \\(x = 2\\) leaves 7 "
                "pairs; and so on. That's fine but slow. Stars and bars instead: with \\(x' = x "
                "- 1\\) and so on, \\(x' + y' + z' = 7\\), giving \\(\\binom{9}{2} = 36\\), and "
                "the listing would have given \\(8 + 7 + \\dots + 1 = 36\\) too, so the two "
                "agree."
            ),
            {V, B},
        ),
        (
            (
                "Hmm, so the probability that a random point in the square is closer to the "
                "centre than to every side. Put the centre at the origin, side 2. By symmetry "
                "it's enough to handle one of the eight triangular slices, \\(0 \\le y \\le x "
                "\\le 1\\), and multiply back at the end. In that slice the condition is "
                "\\(\\sqrt{x^2 + y^2} < 1 - x\\), i.e. \\(y^2 < 1 - 2x\\)."
            ),
            {S},
        ),
        (
            (
                "We need to reach 23 using 9, 4 and 5. Let's start with 9 + 4 + 5 = 18. This is "
                "less than 23. Next, 9 * 4 = 36, 36 - 5 = 31, which is greater than 23. Then 9 "
                "+ 4 * 5 = 29. Let's try (9 - 4) * 5 = 25, close but 2 over."
            ),
            {V, B},
        ),
        (
            (
                "We need 96 from 4, 20 and 4. Since 96 = 4 × 24, and 24 = 20 + 4, the "
                "expression 4 × (20 + 4) gets there."
            ),
            {C},
        ),
        (
            (
                "The task is to reach 210 with 7, 5 and 6. Plan: get 30 out of the 5 and the 6, "
                "then times 7. 5 * 6 = 30, 30 * 7 = 210."
            ),
            {S},
        ),
        ("Target 13; numbers 2, 8, 3.\n8 * 3 / 2 = 12\n8 + 2 * 3 = 14\n8 + 3 + 2 = 13", {B}),
        (
            (
                "We must reach 58 with 7, 8, 2. Candidate: 7 × 8 + 2. Verify: 7 × 8 = 56, 56 + "
                "2 = 58 ✓."
            ),
            {V},
        ),
        (
            (
                "Hmm, that can't be right: with \\(C = 60°\\) the side \\(c\\) has to lie "
                "between the other two sides, 5 and 3, and I got 7. Going back over the law of "
                "cosines, I used \\(+2ab\\cos C\\) where it should be \\(-2ab\\cos C\\), which "
                "gives \\(c^2 = 25 + 9 - 15 = 19\\), \\(c \\approx 4.36\\)."
            ),
            {V},
        ),
        (
            (
                "For the game to last exactly 4 rounds, round 4 must be the first win, so "
                "rounds 1 to 3 must all be losses: \\((0.7)^3 \\cdot 0.3 = 0.1029\\)."
            ),
            {C},
        ),
        (
            (
                "the plan: get everything in terms of \\(e^{x}\\), call it \\(u\\), solve the "
                "quadratic in \\(u\\), then take logs"
            ),
            {S},
        ),
        (
            (
                "hmm no. that substitution just moves the square root around. ok trig sub then, "
                "x = 2 sin t"
            ),
            {B},
        ),
        (
            (
                "**Check (b):** the mean of the five values is \\(\\frac{2+4+4+5+10}{5} = 5\\), "
                "matching what we found in part (a)."
            ),
            {V},
        ),
        ("24 = 6 * 4\n6 = 9 - 3\n→ (9 - 3) * 4 = 24", {C}),
    )
)

#: The Countdown instance of each twelfth-round row, in order: (target, numbers), or None.
TWELFTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (88, (25, 3, 4)),
    (53, (64, 19, 8)),
    (24, (72, 8, 15)),
    (37, (6, 7, 5)),
    (96, (33, 3, 2)),
    (83, (47, 38, 2)),
    (71, (12, 5, 11)),
    (39, (91, 4, 13)),
    (78, (18, 29, 40)),
    (68, (2, 9, 50)),
    (12, (100, 4, 8)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (66, (75, 25, 8, 2)),
    (32, (44, 19, 7)),
    (96, (9, 8, 3)),
    (76, (13, 6, 4)),
    (45, (3, 12, 27)),
    (48, (50, 5, 7)),
    (17, (81, 16, 4)),
    (90, (37, 22, 6)),
    (71, (94, 26, 3)),
    (25, (7, 11, 2)),
    (6, (60, 15, 5)),
    (43, (8, 3, 19)),
    (62, (29, 2, 4)),
    (100, (5, 21, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (3, 4, 2)),
    (64, (25, 2, 17, 3)),
    (90, (7, 3, 9)),
    (200, (96, 99, 4, 1)),
    (39, (13, 6, 9, 2)),
    (30, (8, 3, 6)),
    (62, (11, 2, 40)),
    (56, (56, 8, 3, 5)),
    (97, (100, 10, 7)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (22, (25, 6, 2)),
    (88, (8, 14, 3)),
    (48, (16, 3, 9, 6)),
    (75, (25, 9, 6)),
    (41, (5, 9, 4)),
    (120, (2, 13, 8, 7)),
    (19, (4, 3, 7)),
    (54, (9, 2, 3)),
    (33, (4, 9, 3)),
    (63, (7, 12, 3)),
    (26, (100, 4, 1)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (62, (31, 4, 2)),
    (100, (92, 4, 2)),
    (27, (30, 1, 2)),
    (81, (12, 3, 9)),
    (40, (7, 8, 13)),
    (18, (6, 5, 2)),
    (35, (5, 10, 3)),
    (44, (4, 2, 9)),
    (64, (7, 9, 1)),
    (100, (75, 3, 4)),
    (57, (2, 5, 30, 7)),
    (36, (12, 8, 9)),
    (94, (98, 45, 2)),
    (27, (6, 3, 15)),
    (108, (71, 12, 5)),
    (50, (3, 17, 2)),
    (40, (5, 14, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (34, (86, 43, 9)),
    (10, (5, 6, 4)),
    (167, (3, 50, 10, 7)),
    (91, (13, 5, 2)),
    (72, (8, 3, 12)),
    (29, (4, 7, 3, 8)),
    (40, (21, 15, 4)),
    (7, (60, 4, 8)),
    (19, (12, 9, 2)),
    None,
    None,
    (23, (9, 4, 5)),
    (96, (4, 20, 4)),
    (210, (7, 5, 6)),
    (13, (2, 8, 3)),
    (58, (7, 8, 2)),
    None,
    None,
    None,
    None,
    None,
    (24, (9, 3, 4)),
)

#: The twelfth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
TWELFTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Let's confirm the domain first: the logarithm needs \\(x > 0\\).",
    (
        "We need to check whether complex roots count; the problem says real solutions, so only "
        "the real ones matter."
    ),
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30",
    "The target is 24, and the numbers are 4, 6, 1 and 1.",
    "Check the units given in the problem: the speed is in km/h and the time is in minutes.",
    "We need to find x first: \\(3x = 21\\), so \\(x = 7\\).",
    (
        "Backtracking is a search technique that abandons a partial candidate as soon as it "
        "cannot lead to a valid solution."
    ),
    "Step 2: divide both sides by 4, so \\(x = \\frac{9}{4}\\).",
    "First, note that the function is defined for all real \\(x\\).",
    "Try 8 * 9 = 72, then 72 - 5 = 67.",
    "We need to reach 50 using 2, 25 and 1.",
    "Let's be careful about what 'at least two' means here: two or more of the five.",
    "The goal of this problem is to find the maximum area of the rectangle.",
    "Since the triangle is equilateral, each angle is 60°.",
    "Let me write the numbers down: 3, 8, 11, 45. Target: 67.",
    "Make sure to simplify the radical in your final answer.",
    "<think> The numbers are 6, 4, 10. I need to reach 34. </think>",
    (
        "The word 'backward' in 'backward difference' refers to using the previous point: "
        "\\(\\nabla f(x) = f(x) - f(x - h)\\)."
    ),
    (
        "First term: \\(a_1 = 5\\). Second term: \\(a_2 = 5 \\cdot 3 = 15\\). Third term: "
        "\\(a_3 = 45\\)."
    ),
    "We are asked to verify that the identity holds for all positive integers \\(n\\).",
    (
        "Countdown rules: the target is 952 and the numbers are 25, 50, 75, 100, 3, 6; each "
        "number may be used at most once."
    ),
    "I wonder whether the question intends degrees or radians; it writes 30°, so degrees.",
    "Subgoal setting is a term from planning: breaking a task into smaller parts.",
    "A sanity check, in a written solution, is a quick test that a result is plausible.",
    "We need the value of \\(f(2)\\), which is \\(2^3 - 1 = 7\\).",
    "Answer: 6 * (5 - 1) = 24",
    (
        "we try the formula for a geometric series, \\(S = \\frac{a(1 - r^n)}{1 - r} = "
        "\\frac{3(1 - 2^5)}{1 - 2} = 93\\)."
    ),
    (
        "The gcd of 1071 and 462 is what we're after. I'll get it with the Euclidean algorithm: "
        "1071 = 2·462 + 147, 462 = 3·147 + 21, 147 = 7·21. So the gcd is 21."
    ),
    "We need to reach 19 using 40, 3, 7. 40 - 3 * 7 = 19.",
    (
        "The triangle inequality for sides 4, 7 and \\(x\\) needs \\(3 < x < 11\\), so the "
        "integer values are 4 through 10: seven of them."
    ),
    "To find x, we expand the product: \\((x+2)(x-3) = x^2 - x - 6\\).",
    "Let me compute \\(17 \\times 23\\). That's 391.",
    "The final answer is \\(\\boxed{42}\\).",
    "Substituting \\(x = 3\\) into \\(f(x) = x^2 + 1\\) gives \\(f(3) = 10\\).",
    "A prime is a natural number greater than 1 whose only positive divisors are 1 and itself.",
    "The question asks for the number of ways to choose 3 books from 7.",
    "48 / 6 = 8, 8 + 9 = 17",
    "<think> 19 + 23 = 42, 42 * 2 = 84 </think>\n<answer> (19 + 23) * 2 </answer>",
    (
        "We are given the numbers 3, 5, 7 and must combine them with +, -, *, / to get 26, each "
        "number used once."
    ),
    "The derivative of \\(\\sin x\\) is \\(\\cos x\\), so \\(f'(x) = 2\\cos x\\).",
    "Using the Pythagorean theorem, \\(c = \\sqrt{5^2 + 12^2} = 13\\).",
    "Working with \\(3x - 5 = 10\\), add 5 to both sides: \\(3x = 15\\), so \\(x = 5\\).",
    "The problem says the answer should be given as a fraction in lowest terms.",
    "Recall that \\(\\binom{n}{k} = \\frac{n!}{k!(n-k)!}\\).",
    "Now we multiply: \\(6 \\times 7 = 42\\).",
    "Hence the probability is \\(\\frac{3}{8}\\).",
    "The expression \\(\\frac{x^2 - 1}{x - 1}\\) simplifies to \\(x + 1\\) for \\(x \\ne 1\\).",
    "25 + 50 = 75, 75 + 3 = 78.",
    "Let me restate: we have 10 people and want committees of 4 with a designated chair.",
    "12 * 7 = 84 then 84 + 6 = 90",
    "The integral \\(\\int_0^1 x^2\\,dx = \\frac{1}{3}\\).",
    "By the AM-GM inequality, \\(\\frac{a + b}{2} \\ge \\sqrt{ab}\\) for nonnegative \\(a, b\\).",
    "Note: the numbers can be used in any order, but each only once.",
    "The mean of 4, 8 and 12 is \\(\\frac{24}{3} = 8\\).",
    "Plug in the values: \\(A = \\pi r^2 = \\pi \\cdot 3^2 = 9\\pi\\).",
    "So the slope is \\(\\frac{5 - 1}{3 - 1} = 2\\).",
    "The circle \\((x - 2)^2 + (y + 1)^2 = 9\\) has centre \\((2, -1)\\) and radius 3.",
    "The problem gives two numbers, 14 and 35, and asks for their lcm.",
    "So we get 45 + 11 + 8 + 3 = 67.",
    (
        "This is a standard stars-and-bars count: \\(\\binom{10 + 3 - 1}{3 - 1} = "
        "\\binom{12}{2} = 66\\)."
    ),
    "The remainder when 100 is divided by 7 is 2, because \\(7 \\times 14 = 98\\).",
    "6 * 4 + 10 = 34",
    "Then the total cost is \\(3 \\times 4.50 = 13.50\\) dollars.",
    "We'll use the compound interest formula, \\(A = P(1 + r)^t\\).",
    "Two dice are rolled; the sample space has 36 equally likely outcomes.",
    "The sequence goes 2, 5, 8, 11, so the common difference is 3.",
    "Given \\(a + b = 10\\) and \\(ab = 21\\), \\(a^2 + b^2 = (a+b)^2 - 2ab = 100 - 42 = 58\\).",
    "so the answer is 58",
    "(30 - 6) / 4 = 6",
    "multiply 15 by 4 to get 60 and add 13 for 73",
    "Let's work through this one carefully.",
    (
        "I'll start with the given equation and simplify: \\(2(x + 3) = 14\\), \\(x + 3 = 7\\), "
        "\\(x = 4\\)."
    ),
    "The number of diagonals of a hexagon is \\(\\frac{6 \\cdot 3}{2} = 9\\).",
    "Dividing 144 by 12 gives 12.",
    "<think>\n50 - 14 = 36\n36 / 4 = 9\n</think>\n<answer> (50 - 14) / 4 </answer>",
    "Answer: 9",
    (
        "Let me verify my understanding of the question: we want the smallest positive integer "
        "\\(n\\), not the smallest \\(n\\) overall."
    ),
    (
        "Going back to the original equation, substitute \\(y = 2x\\): \\(x + 2x = 9\\), so "
        "\\(x = 3\\)."
    ),
    "Alternatively written, \\(x^{-1} = \\frac{1}{x}\\).",
    "Our target expression is \\(x^2 + y^2\\).",
    "No, the problem says positive integers, so 0 is excluded from the start.",
    "Numbers: 25, 5, 2. 25 * 5 = 125, 125 - 2 = 123.",
    "The exact answer is too long to write out, so we leave it as \\(2^{100}\\).",
    "Goal: make 24 from 3, 3, 8, 8 using each number once.",
    "We start from \\(x + y = 10\\) and solve for \\(y\\): \\(y = 10 - x\\).",
    "<answer> 75 - 8 * 2 </answer>",
    "In the second part of the question, we are asked for the variance.",
    "We have to make 13 from 2, 8 and 3. 8 + 3 + 2 = 13.",
    "Hmm, interesting problem. Let me read it again.",
    "The plan is to use the quadratic formula.",
    (
        "Back substitution finishes the Gaussian elimination: \\(z = 2\\), then \\(y = 1\\), "
        "then \\(x = -1\\)."
    ),
)

#: The Countdown instance of each twelfth-round control, in order.
TWELFTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    (30, (12, 2, 6)),
    (24, (4, 6, 1, 1)),
    None,
    None,
    None,
    None,
    None,
    (67, (8, 9, 5)),
    (50, (2, 25, 1)),
    None,
    None,
    None,
    (67, (3, 8, 11, 45)),
    None,
    (34, (6, 4, 10)),
    None,
    None,
    None,
    (952, (25, 50, 75, 100, 3, 6)),
    None,
    None,
    None,
    None,
    (24, (6, 5, 1)),
    None,
    None,
    (19, (40, 3, 7)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (17, (48, 6, 9)),
    (84, (19, 23, 2)),
    (26, (3, 5, 7)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (78, (25, 50, 3)),
    None,
    (90, (12, 7, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (67, (3, 8, 11, 45)),
    None,
    None,
    (34, (6, 4, 10)),
    None,
    None,
    None,
    None,
    None,
    None,
    (6, (30, 6, 4)),
    (73, (15, 4, 13)),
    None,
    None,
    None,
    None,
    (9, (50, 14, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    (123, (25, 5, 2)),
    None,
    (24, (3, 3, 8, 8)),
    None,
    (59, (75, 8, 2)),
    None,
    (13, (2, 8, 3)),
    None,
    None,
    None,
)

#: Backward chaining from the shape of the work (issue 19, eighth generalisation): hand-written
#: rows of module rule 8 (Countdown: the goal related to a value, in words or as an operation
#: given as a reason or asked about, then that value made and the goal reached from it) and
#: rule 9 (both domains: a necessity chain, two linked requirements from the goal), with the
#: near misses that must not fire in BC_STRUCT_CONTROLS. Labels: backward chaining only (a
#: row may show other behaviours too; the tests read backward chaining).
BC_STRUCT: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 8: the goal related to another value in words, then that value made
        ("35 is five more than 30, and 6 * 5 = 30, so 6 * 5 + 5 = 35.", {C}),
        ("We want 47. 47 is just over 45, so the plan is 45 + 2. 9 * 5 = 45, 45 + 2 = 47.", {C}),
        (
            "49 is 7 squared, and I only have one 7, so I need another 7 from 10 and 3: "
            "10 - 3 = 7. Then 7 * (10 - 3) = 49.",
            {C},
        ),
        ("The answer 60 is twice 30. 30 = 25 + 5, so 2 * (25 + 5) = 60.", {C}),
        ("46 is four less than 50, and 50 = 2 * 25. So 2 * 25 - 4 = 46.", {C}),
        ("The number 23 is 2 less than 25: 5 * 5 = 25, and 5 * 5 - 2 = 23.", {C}),
        # rule 8: an operation worth the goal given as a reason or asked about, before its value
        ("Since 6 * 12 = 72, I need a 12 from 15 and 3. 15 - 3 = 12, so 6 * (15 - 3) = 72.", {C}),
        ("Could the last step be 90 - 6? 90 = 9 * 10, so 9 * 10 - 6 = 84.", {C}),
        ("because 4 times 11 is 44, I'll build 11: 8 + 3 = 11, and 11 * 4 = 44.", {C}),
        ("What about 60 / 4? 60 = 12 * 5, so 12 * 5 / 4 = 15.", {C}),
        ("20 * 3 would give the target, so 20 first: 4 * 5 = 20, then 20 * 3 = 60.", {C}),
        # rule 9: a necessity chain, math and word problems
        (
            "The median has to be 15, so the middle value of the seven numbers must be 15, "
            "which puts x at 15.",
            {C},
        ),
        (
            "Her average over four games has to reach 20, so the total must be 80; she has "
            "scored 61, so the last game needs 19 points.",
            {C},
        ),
        (
            "If the area is to be 48, the height must be 6, since the base is 16 and the area "
            "is half of base times height.",
            {C},
        ),
        (
            "The remainder has to be 0, so the sum of the digits has to be a multiple of 9: "
            "4 + 5 + d is 9 or 18, so d = 0 or 9.",
            {C},
        ),
        (
            "For the sum of the roots to be 10, -b/a has to be 10, so with a = 2 the "
            "coefficient b must be -20.",
            {C},
        ),
        (
            "Since the graph is supposed to pass through (1, 4), the value at 1 has to be 4: "
            "2 + k = 4, so k = 2.",
            {C},
        ),
        (
            "To finish with exactly two heads, the last toss has to be a head and the first "
            "three must contain exactly one head.",
            {C},
        ),
        (
            "The product has to be a perfect square, so every prime exponent has to be even; "
            "12 = 2^2 * 3, so n needs another factor of 3.",
            {C},
        ),
        # rule 9 across two sentences, the second opened by a link
        (
            "The average has to be 85. So the total has to be 425, and she needs 95 on the "
            "last test.",
            {C},
        ),
        ("The total needs to be 60, which means the last one must be 13.", {C}),
        # rule 9, one requirement of the goal named in the sentence before ("for that, ...")
        (
            "The question asks for the chance that the third toss is the first head. For that, "
            "the first two tosses have to be tails, which happens with probability 1/4.",
            {C},
        ),
        # rule 9 from a stated goal: the goal, a link, a requirement or a part it needs
        (
            "We want to end up with 100 dollars after two years at 10%, so the starting amount "
            "has to be 100 / 1.21.",
            {C},
        ),
        (
            "The question asks for the perimeter, so we need all three sides; two are given, so "
            "only the hypotenuse is missing.",
            {C},
        ),
        ("The target is the area of the triangle. That needs a base and a height.", {C}),
        # rule 8, more relations in words
        ("44 is 4 short of 48, and 48 = 6 * 8, so 6 * 8 - 4 = 44.", {C}),
        ("35 is 5 away from 40, and 40 = 8 * 5, so 8 * 5 - 5 = 35.", {C}),
        # rule 9 in Countdown
        (
            "The result has to be 56, so the last multiplication has to give 56: 7 * 8, and "
            "8 = 10 - 2. So 7 * (10 - 2) = 56.",
            {C},
        ),
    )
)
BC_STRUCT_CONTROLS: tuple[str, ...] = (
    # forward inference with "must / has to" after a computation
    "2x = 10, so x must be 5, and then y must be 3.",
    "Since 3k = 12, k has to be 4, so the next term has to be 16.",
    "x must be 3, so y must be 5.",
    # narration of the task
    "We need to find x, so we must solve the equation 3x + 1 = 10.",
    "We have to be careful here, so we need to check each case.",
    # definitions and clarification
    "A prime must have exactly two divisors, so 1 is not prime.",
    "The answer must be an integer, so let's confirm the domain first.",
    "For the expression to be defined, the denominator must be nonzero, so x must not be 2.",
    # parallel conditions stated by the problem, not derived
    "The students have to be split into two groups and the groups have to be of equal size.",
    # a word problem computed forwards
    "She needs 3 eggs per cake and needs to bake 4 cakes, so she needs 3 * 4 = 12 eggs.",
    # Countdown forwards, the relation only after (a summary or a check)
    "6 * 5 = 30, 30 + 5 = 35. So 35 is five more than 30.",
    "12 - 3 = 9, 9 * 8 = 72. Since 8 * 9 = 72, the answer is 8 * (12 - 3).",
    "7 * 8 = 56, 56 - 3 = 53. Why 56 - 3? Because 56 = 7 * 8.",
    # a relation whose value is never made, or the goal is not the final value
    "25 is 5 squared. The answer is 25.",
    "48 is 2 less than 50. 6 * 8 = 48.",
    "Since 9 * 4 = 36, 36 + 2 = 38, and 38 - 2 = 36.",
    # a relation of other numbers
    "Tom is 3 years older than Ann, so 12 - 3 = 9 and Ann is 9.",
    "Since 2 * 3 = 6, we get 6 + 4 = 10, and 10 * 2 = 20.",
    # a requirement inferred (its sentence opens with "so"), an enumeration of conditions
    "2 + 3 = 5. So the answer has to be 5. Then y must be 2.",
    "First, n has to be even and nonzero. Then, the sum of its digits must be divisible by 3.",
    # the expression computed forwards, then the steps
    "Let's compute 7 * 8 - 3: 7 * 8 = 56, 56 - 3 = 53.",
    # "for that / this," then a task or a domain condition; "for that reason"
    "For this, the value has to be checked.",
    "For that reason, the answer must be a whole number.",
    "For this, the denominator must be defined.",
    # a goal stated, then a task or the task restated
    "We want to find x, so we have to solve 3x + 1 = 10.",
    "The goal is to compute the sum, so we need to add them.",
    "The target is 24, so we need 24 from 3, 4 and 6.",
    "We want the answer in simplest form, so we must simplify the fraction.",
)


#: Structural verification, second wave (brief ver21, issue 19): hand-written rows of the rules
#: added to :mod:`rewardkit.reflect.checks` after the twelfth round, math and Countdown: a
#: verdict after a connective clause, a verdict of the comparing kind ("matches the", "equal to
#: the target", "isn't it", "neither is 60"), a value restated after "and" and judged, two
#: results that agree, a short question about a computed value judged in words. The controls
#: are near misses that must not fire: "over" that is not an amount, "agree to", "past the
#: halfway mark", "still not done", a question about the problem, a long "is it possible"
#: question, a value restated without a verdict.
VER_STRUCT2: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({V}))
    for text in (
        # rule 1 after a gap: a connective clause, then a verdict of the closed class
        "31 + 28 + 19 comes to 78, and we needed 70, so that's eight over.",
        "The angles are 40° + 70° + 70° = 180°, so the triangle in the figure is consistent.",
        "(45 - 5) / 8 = 5, and 5 was the goal.",
        "So x = 2, and with this value the second equation holds.",
        # rule 1 of the comparing kind: matches the ..., equal to the target, isn't it, neither is
        "The product of the roots is \\(2 \\cdot (-7) = -14\\) matches the constant term.",
        "14 * 5 = 70 and 70 + 3 = 73, equal to the target.",
        "60 / 4 = 15, 15 - 2 = 13 isn't it.",
        "9 * 7 = 63, then 63 - 1 = 62 and 63 + 1 = 64, neither is 60.",
        "33 * 4 = 132, way past the target.",
        "8 * 6 = 48, 48 - 3 = 45. Still not 50.",
        "Adding up gives 45; by formula, \\(\\frac{9 \\cdot 10}{2} = 45\\), the same result.",
        "Differentiating, \\(F'(x) = 3x^2 + 2\\), consistent with the integrand.",
        "Expanding, \\((x+1)^2 = x^2 + 2x + 1\\), which is exactly the left side.",
        "Back in decimal, 3 * 16 + 5 = 53, which matches our first conversion.",
        "The other way, \\(\\frac{84}{4} = 21\\), same as before.",
        # rule 1: a value restated after "and" and judged
        "In two years they will be 12 and 36, and 36 is indeed three times 12.",
        # rule 1: two results compared
        "By cases there are 20 ways; the complement leaves 20 as well, so the two counts agree.",
        "As (6 + 8) * 4 it gives 56, as 6 * 4 + 8 * 4 it gives 56, so the two results agree.",
        # rule 2: a short question about a computed value, judged in words
        "That leaves \\(r = 5\\). Is the radius 5? The diagonal of 10 is a diameter, so yes.",
        "I get 13 * 2 = 26. Is 26 the target? Yes.",
    )
)
VER_STRUCT2_CONTROLS: tuple[str, ...] = (
    "The remainder is 1, so the cycle starts over.",
    "The total is 1, so the game is over.",
    "So the target is 24 and the numbers are 3, 8, 1 and 1.",
    "Both agree to split the 12 apples equally.",
    "We get 12 and the other case gives 15, so the two differ.",
    "13 * 4 = 52, past the halfway mark.",
    "After 3 steps we are still not done.",
    "The mean is 5, the same number of apples as the median.",
    "Is 12 the number of edges? The cube has 12 edges, so yes.",
    "The radius is 3. Is the centre at the origin? Yes.",
    "Is x = 0 allowed here? No, x must be positive.",
    "So n = 4. Is it possible that the digits repeat when the base is larger than 4? No.",
    "The sum is 12, and the answer is yes or no depending on n.",
    "\\(f(x) = x^2 + 1\\), and \\(g(x) = 2x\\), so the composition is defined.",
    "12 * 3 = 36, and 36 + 4 = 40. Next, 40 / 5 = 8.",
    "Her score is 85, and 85 is the mean of the class.",
)

#: Backtracking read from a method switch's shape (issue 19, eighth generalisation, brief bt21;
#: ``rewardkit.reflect.switches``): a method introduced, a negative verdict of the closed class
#: on it, a different method within 250 characters. Rows in new words, both domains, and near
#: misses that must draw no behaviour. Written with the rule.
BT_STRUCT: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({B}))
    for text in (
        "I'll expand every term of \\((x+1)^6\\) by hand. Too tedious. A faster route is "
        "Pascal's triangle: the coefficients are 1, 6, 15, 20, 15, 6, 1.",
        "The shoelace formula on these eight vertices gets messy fast, so I'll drop it and "
        "split the shape into two rectangles.",
        "Let \\(t = \\sin x\\) ... no. Let \\(t = \\cos x\\) instead, so \\(dt = -\\sin x\\,dx\\).",
        "Method 1, listing every subset of the 10 elements, is hopeless by hand. Method 2: each "
        "element is in or out, so \\(2^{10} = 1024\\).",
        "I tried induction on n, and the inductive step is a dead end. Rather than push on, use "
        "the closed form of the sum.",
        "Setting up three equations for the three ages is overkill. Redo it with one variable "
        "for the youngest: x + (x + 2) + (x + 4) = 33, so x = 9.",
        "Integrating by parts twice does not help here. Alternatively, write "
        "\\(\\sin^2 x = \\frac{1 - \\cos 2x}{2}\\).",
        "Counting the paths through the grid one by one needs far too many cases. The "
        "complement is much simpler: all \\(\\binom{8}{4} = 70\\) paths minus the 20 through "
        "the blocked corner.",
        "I was going to use the law of sines, but it is not the right way with two sides and "
        "the included angle. A better route is the law of cosines.",
        "Using 9 * 6 = 54 first: 54 - 4 = 50 and 54 + 4 = 58, not 42. This line is a dead end. "
        "Multiplying 9 by 4 instead: 9 * 4 = 36, 36 + 6 = 42.",
        "my first idea, 25 * 4 = 100 and then the 7, goes nowhere near 79... hopeless. other "
        "route: 25 + 4 = 29, 29 + 50 = 79",
        "I could set up a table of all 36 dice outcomes, but that is too slow to write out. "
        "Easier the other way: P(no six) = (5/6)^2 = 25/36, so P(at least one) = 11/36.",
    )
)
BT_STRUCT_CONTROLS: tuple[str, ...] = (
    # a verdict with no switch after it, or one overruled ("messy, but ...")
    "Listing the cases by hand is slow, but there are only 12 of them, so we list them all.",
    "The train is slow: it covers 120 km in 3 hours, so its speed is 40 km/h.",
    "Using the formula gives 45, which is not helpful as a final form; we simplify to 45 = 9 * 5.",
    "The expression looks messy, but it simplifies to x + 1. Alternatively, one can factor the "
    "numerator first and cancel.",
    # a switch word with no verdict before it
    "We count the complement instead of the event itself: 1 - 1/8 = 7/8.",
    "A cleaner way to write the answer is \\(2\\sqrt{3}\\) rather than \\(\\sqrt{12}\\).",
    "Approach 2 of the textbook uses the same formula: A = 1/2 * 6 * 4 = 12.",
    "Brute force is the easier route for so small a case: the pairs are (1, 4), (2, 3).",
    # a verdict on the problem's data, with no method before it
    "There are too many marbles in the first bag. Rather than 12 and 4, each bag gets 8.",
    "Too many students signed up, so the class was split into two groups of 15.",
    # verdict and switch too far apart to be one event
    "Copying the long table by hand was tedious work for the clerk. "
    + "The table lists the prices of the 12 items, the number sold of each, and the totals. " * 3
    + "The manager wants the total in dollars rather than cents: 1250 cents is 12.50 dollars.",
    "Multiplying out gives 6x^2 + 5x - 6, which is not the most useful form for the roots; "
    "factored, it is (3x - 2)(2x + 3), so x = 2/3 or x = -3/2.",
)

#: Thirteenth round (issue 19): written blind from the paper's definitions (math and
#: Countdown, a third of the Countdown rows restating their target, 20 of the 75 controls
#: sharing the behaviours' words) and held out while the eighth generalisation's two waves of
#: structural rules were made: measured before (480dfdd), after the first wave and after the
#: second (docs/reflection.md has the figures). Entries as the ninth round's.
THIRTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "Plugging \\(x = 3\\) back into \\(2x^2 - 5x - 3\\) gives \\(18 - 15 - 3 = "
                "0\\), so that root holds up."
            ),
            {V},
        ),
        (
            (
                "So the area is \\(24\\). Quick sanity pass with Heron's formula: \\(s = 12\\) "
                "and \\(\\sqrt{12 \\cdot 6 \\cdot 4 \\cdot 2} = \\sqrt{576} = 24\\). Good."
            ),
            {V},
        ),
        (
            (
                "hmm, that can't be right, a probability of \\(\\frac{7}{6}\\) is bigger than "
                "1. recounting the favourable pairs i only get 5 of them, so it's "
                "\\(\\frac{5}{36}\\)."
            ),
            {V},
        ),
        (
            (
                "I got \\(\\int (3x^2 - 12)\\,dx = x^3 - 12x + C\\). Differentiating that "
                "returns \\(3x^2 - 12\\), so the antiderivative is right."
            ),
            {V},
        ),
        ("$n = 17$: $17 = 3 \\cdot 5 + 2$ ✓, $17 = 4 \\cdot 4 + 1$ ✓.", {V}),
        (
            (
                "The sequence starts at 5 with common difference 3, so the 20th term is \\(5 + "
                "19 \\cdot 3 = 62\\) and the sum of the first 20 terms is \\(\\frac{20}{2}(5 + "
                "62) = 670\\). Computing it the other way, \\(20 \\cdot 5 + 3 \\cdot \\frac{19 "
                "\\cdot 20}{2} = 100 + 570 = 670\\), which agrees. So the answer is 670."
            ),
            {V},
        ),
        ("x = 4, y = -1. Into the second equation: 3(4) - 2(-1) = 14. Matches.", {V}),
        (
            (
                "Before going further, is \\(\\binom{8}{3}\\) really 56? \\(\\frac{8 \\cdot 7 "
                "\\cdot 6}{6} = 56\\), yes."
            ),
            {V},
        ),
        (
            (
                "the discriminant came out negative which would mean no real roots but the "
                "parabola obviously crosses the axis at x=1 so something is off redoing it "
                "b^2-4ac = 49-40 = 9 positive ok"
            ),
            {V},
        ),
        (
            (
                "- Result: \\(P(\\text{at least one head}) = \\frac{7}{8}\\)\n- Via the "
                "complement: \\(1 - (\\frac{1}{2})^3 = \\frac{7}{8}\\) ✔"
            ),
            {V},
        ),
        (
            (
                "So the hypotenuse is 13. And \\(5^2 + 12^2 = 25 + 144 = 169 = 13^2\\), so "
                "that's settled."
            ),
            {V},
        ),
        (
            (
                "The limit looks like \\(\\frac{1}{2}\\). Numerically, at \\(x = 0.001\\) the "
                "ratio \\(\\frac{1 - \\cos x}{x^2}\\) is about \\(0.49999\\). Consistent."
            ),
            {V},
        ),
        (
            (
                "GCD is 6, and indeed 84 = 6·14 and 90 = 6·15 with 14 and 15 coprime, so "
                "nothing bigger divides both."
            ),
            {V},
        ),
        (
            (
                "Hold on, \\(36\\pi\\) seems too large for a cone that small. "
                "\\(\\frac{1}{3}\\pi r^2 h\\) with \\(r = 3\\), \\(h = 4\\) is \\(12\\pi\\); I "
                "had dropped the \\(\\frac{1}{3}\\). The volume is \\(12\\pi\\)."
            ),
            {V},
        ),
        (
            (
                "Therefore, the value of $k$ is $-2$. To confirm, when $k = -2$ the equation "
                "becomes $x^2 - 2x + 1 = 0$, which is $(x-1)^2 = 0$ and has exactly one "
                "solution, as required."
            ),
            {V},
        ),
        (
            (
                "The arrangements of BANANA number \\(\\frac{6!}{3!\\,2!} = 60\\). Trying the "
                "same formula on the small word ANA predicts \\(\\frac{3!}{2!} = 3\\), and "
                "listing ANA, AAN, NAA gives three, so I trust it."
            ),
            {V},
        ),
        (
            (
                "2^{10} mod 7: since 2^3 = 8 ≡ 1, 2^{10} = (2^3)^3 · 2 ≡ 2. brute force: 1024 = "
                "7·146 + 2. yep, 2"
            ),
            {V},
        ),
        (
            (
                "So the expected value is 3.5. Hmm, let me just make sure: (1+2+3+4+5+6)/6 = "
                "21/6 = 3.5. Right."
            ),
            {V},
        ),
        (
            (
                "We found the slope is \\(m = \\frac{7 - 1}{5 - 2} = 2\\) and the line is \\(y "
                "= 2x - 3\\). The point \\((5, 7)\\) lies on it because \\(2 \\cdot 5 - 3 = "
                "7\\), and \\((2, 1)\\) too since \\(4 - 3 = 1\\). Now the y-intercept is "
                "\\(-3\\), and the area of the triangle it cuts off with the axes is "
                "\\(\\frac{1}{2} \\cdot \\frac{3}{2} \\cdot 3 = \\frac{9}{4}\\)."
            ),
            {V},
        ),
        ("(25 - 3) * 4 = 88. That's exactly the target.", {V}),
        (
            (
                "<think> 75 + 19 = 94, 94 - 8 = 86, that's 4 short of 90. and 86 + 4 = 90 "
                "</think>\n<answer> 75 + 19 - 8 + 4 </answer>"
            ),
            {V},
        ),
        (
            (
                "We need to reach 64 using 8, 2, 6 and 4. 8 * 6 = 48, plus 4 is 52, plus 2 is "
                "54, not 64. Instead 6 + 4 - 2 = 8 and 8 * 8 = 64, which hits it."
            ),
            {V, B},
        ),
        ("96 / 4 = 24, 24 + 15 = 39. hmm 39 vs 41, off by two", {V}),
        (
            (
                "We have to make 75 from 12, 7 and 9. Let me see: 12 * 7 = 84, then 84 - 9 = "
                "75. 75 is what we want. Done."
            ),
            {V},
        ),
        ("50 - 14 = 36, 36 / 3 = 12 ... 12 ≠ 16", {V}),
        ("Okay so 33 + 47 = 80 and 80 * 2 = 160 which overshoots by a lot, way above 93.", {V}),
        ("**Attempt:** (9 + 6) * 5 = 75\n**Check:** 75 = 75 ✅", {V}),
        ("62 - 38 = 24 and 24 * 3 = 72 — exactly our number, and every input was used once.", {V}),
        (
            (
                "Final expression: (100 - 4) / 8 + 1. Evaluating left to right to be safe: 100 "
                "- 4 = 96, 96 / 8 = 12, 12 + 1 = 13. Equals the target."
            ),
            {V},
        ),
        (
            (
                "Completing the square is getting messy with these fractions. Scrap that, I'll "
                "use the quadratic formula: \\(x = \\frac{-3 \\pm \\sqrt{9 + 16}}{2} = "
                "\\frac{-3 \\pm 5}{2}\\), so \\(x = 1\\) or \\(x = -4\\)."
            ),
            {B},
        ),
        (
            (
                "Setting \\(u = x^2 + 1\\) goes nowhere since there is no \\(x\\) upstairs in "
                "\\(\\int \\frac{dx}{x^2 + 1}\\). Forget the substitution: that integral is "
                "just \\(\\arctan x + C\\)."
            ),
            {B},
        ),
        (
            (
                "Counting the hands with at least two aces directly gets tangled in overlapping "
                "cases, so I'll switch to the complement and count hands with zero or one ace."
            ),
            {B},
        ),
        (
            (
                "ok casework on the first digit. first digit 1: ... this is going to take "
                "forever. different idea, by symmetry each digit shows up equally often in each "
                "position"
            ),
            {B},
        ),
        (
            (
                "Assume \\(n\\) is even, \\(n = 2k\\): then \\(n^2 + 1 = 4k^2 + 1\\), which "
                "says nothing about divisibility by 3.\n\nWork mod 3 instead. \\(n \\equiv 0, "
                "1, 2\\) gives \\(n^2 + 1 \\equiv 1, 2, 2\\), never 0."
            ),
            {B},
        ),
        (
            (
                "Hmm, the coordinate setup leaves me with a quartic. Let me go back and use "
                "similar triangles: \\(\\frac{AD}{AB} = \\frac{AE}{AC}\\), so \\(AD = \\frac{6 "
                "\\cdot 4}{8} = 3\\)."
            ),
            {B},
        ),
        (
            (
                "Wait, maybe I'm overcomplicating this. Instead of expanding \\((x+1)^{10}\\) "
                "fully, I only need the coefficient of \\(x^3\\), which is \\(\\binom{10}{3} = "
                "120\\)."
            ),
            {B},
        ),
        (
            (
                "L'Hôpital three times and it's still \\(\\frac{0}{0}\\)... dropping that and "
                "using the Taylor series: \\(\\sin x - x = -\\frac{x^3}{6} + O(x^5)\\), so the "
                "limit is \\(-\\frac{1}{6}\\)."
            ),
            {B},
        ),
        (
            (
                "I looked for integer roots of \\(x^4 + 4\\) and there are none, so that "
                "factoring idea is dead. Another route: \\(x^4 + 4 = (x^2 + 2)^2 - 4x^2 = (x^2 "
                "- 2x + 2)(x^2 + 2x + 2)\\)."
            ),
            {B},
        ),
        (
            (
                "nope that way counts some triangles twice. start over and just choose 3 of the "
                "6 vertices: C(6,3) = 20"
            ),
            {B},
        ),
        (
            (
                "We want the number of positive divisors of 360. One way is to list them, 1, 2, "
                "3, 4, 5, 6, 8, 9, 10, 12, and so on, but that list is long and easy to botch, "
                "so I'll abandon it. Factor instead: \\(360 = 2^3 \\cdot 3^2 \\cdot 5\\), "
                "giving \\((3+1)(2+1)(1+1) = 24\\) divisors."
            ),
            {B},
        ),
        (
            (
                "Let me reconsider. Setting \\(t = \\tan\\theta\\) turned the equation into a "
                "cubic in \\(t\\) that I can't solve. Going back to the original, I'll use "
                "\\(\\sin 2\\theta = 2\\sin\\theta\\cos\\theta\\) instead."
            ),
            {B},
        ),
        (
            (
                "**Approach 1 (induction):** stuck at the inductive step, the extra term won't "
                "combine.\n**Approach 2 (telescoping):** \\(\\frac{1}{k(k+1)} = \\frac{1}{k} - "
                "\\frac{1}{k+1}\\), so the sum is \\(1 - \\frac{1}{n+1}\\)."
            ),
            {B},
        ),
        (
            (
                "Solving for \\(y\\) first puts a square root on both sides, which is ugly, so "
                "let's solve for \\(x\\) instead: \\(x = 7 - 2y\\)."
            ),
            {B},
        ),
        (
            (
                "Hmm, I'm not sure the geometric series idea goes anywhere, the ratio isn't "
                "constant. Maybe better to look at partial sums: \\(S_1 = 1\\), \\(S_2 = 3\\), "
                "\\(S_3 = 6\\), triangular numbers."
            ),
            {B},
        ),
        (
            (
                "Actually, no. Rather than multiplying along every branch of the tree, Bayes' "
                "rule directly is cleaner: \\(P(A \\mid B) = \\frac{0.3 \\cdot 0.8}{0.3 \\cdot "
                "0.8 + 0.7 \\cdot 0.1} = \\frac{24}{31}\\)."
            ),
            {B},
        ),
        (
            (
                "Polar coordinates don't simplify a square region. Back to Cartesian: "
                "\\(\\int_0^1 \\int_0^1 xy \\, dy\\, dx = \\frac{1}{4}\\)."
            ),
            {B},
        ),
        (
            (
                "The triangle has sides 7, 8 and 9 and we want its area. I started with the law "
                "of cosines to get an angle, \\(\\cos C = \\frac{49 + 64 - 81}{2 \\cdot 7 "
                "\\cdot 8} = \\frac{32}{112} = \\frac{2}{7}\\), but taking the sine of that is "
                "going to drag in \\(\\sqrt{45}\\) and I'd rather not. Heron is simpler here: "
                "\\(s = 12\\), area \\(= \\sqrt{12 \\cdot 5 \\cdot 4 \\cdot 3} = \\sqrt{720} = "
                "12\\sqrt{5}\\)."
            ),
            {B},
        ),
        (
            (
                "Goal is 43 with 95, 39, 21, 8. Let's try 95 - 39 = 56, 56 + 21 = 77, 77 - 8 = "
                "69. Not 43. Let's try 95 - 21 = 74, 74 - 39 = 35, 35 + 8 = 43. Got it."
            ),
            {V, B},
        ),
        ("(14 + 6) * 3 = 60\n(14 - 6) * 3 = 24", {B}),
        (
            (
                "<think> 87 - 42 = 45, 45 + 11 = 56. 87 + 11 = 98, 98 - 42 = 56. 42 + 11 = 53, "
                "87 - 53 = 34 </think>"
            ),
            {B},
        ),
        ("7 * 8 = 56, 56 + 3 = 59, 59 - 2 = 57. 7 * 8 = 56, 56 - 3 = 53, 53 + 2 = 55", {B}),
        (
            (
                "Hmm, dividing by 7 keeps leaving fractions. Forget division. 7 * 9 = 63, 63 - "
                "5 = 58."
            ),
            {B},
        ),
        (
            (
                "100 - 23 = 77, 77 - 6 = 71, 71 + 2 = 73, that's 4 over 69. Flip the sign on "
                "the last step: 71 - 2 = 69. There we go."
            ),
            {V, B},
        ),
        (
            (
                "- 45 + 38 = 83 → too high\n- 45 - 38 = 7, 7 * 9 = 63 → too low\n- 38 - 9 = 29, "
                "29 + 45 = 74 ✓"
            ),
            {V, B},
        ),
        ("50 + 25 - 10 = 65\n50 - 25 + 10 = 35", {B}),
        (
            (
                "15 * 12 = 180 and 180 / 5 = 36, nowhere near 120. Let me step back and pair "
                "them differently: (15 - 5) * 12 = 120."
            ),
            {V, B},
        ),
        (
            (
                "13 + 11 = 24, 24 * 4 = 96. scrap that, multiplication first: 13 * 4 = 52, 52 - "
                "11 = 41"
            ),
            {B},
        ),
        (
            (
                "<think> We need 27 from 3, 5, 7, 19. 19 + 7 + 5 + 3 = 34, too big. 19 + 7 + 5 "
                "- 3 = 28, one over. 19 + 7 - 5 + 3 = 24, under. Multiplying might help: 5 * 3 "
                "= 15, 19 + 15 = 34, 34 - 7 = 27. </think>\n<answer> 19 + 5 * 3 - 7 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 6 * 4 = 24, 24 + 9 = 33\n9 * 4 = 36, 36 - 6 = 30 </think>\n<answer> 9 "
                "* 4 - 6 </answer>"
            ),
            {B},
        ),
        (
            (
                "2 * 9 = 18, 18 + 10 = 28, not even close to 92. Swap the roles of the 2 and "
                "the 10: 10 * 9 = 90, 90 + 2 = 92."
            ),
            {V, B},
        ),
        (
            (
                "**Attempt 1:** 81 / 9 = 9, 9 + 14 = 23. Does not equal 45.\n**Attempt 2:** 81 "
                "- 14 - 9 = 58. Too high.\n**Attempt 3:** 14 * 9 = 126, 126 - 81 = 45."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 36 with 30, 12 and 2. First, 30 + 12 = 42 and 42 / 2 = 21, "
                "which is not 36. Let's try another combination: 30 - 12 = 18, then 18 * 2 = "
                "36. This equals 36."
            ),
            {V, B},
        ),
        (
            (
                "ok 64 / 8 = 8 then 8 + 5 = 13 nope not 24 ok other way 8 * 5 = 40 and 64 - 40 "
                "= 24 there it is"
            ),
            {V, B},
        ),
        ("(55 - 7) / 4 = 12\n55 - 7 * 4 = 27", {B}),
        (
            (
                "The task is 75 from 17, 3, 6 and 10. I kept trying to build on 17 * 3 = 51 and "
                "nothing I add or subtract from the 6 and 10 lands right, so let me leave that "
                "product alone. 17 + 10 = 27, 27 * 3 = 81, 81 - 6 = 75."
            ),
            {B},
        ),
        (
            (
                "<think> 70 - 20 = 50, 50 / 5 = 10\n70 / 5 = 14, 14 + 20 = 34\n20 / 5 = 4, 70 - "
                "4 = 66 </think>\n<answer> 70 - 20 / 5 </answer>"
            ),
            {B},
        ),
        (
            (
                "The plan: get the radius from the circumference \\(C = 10\\pi\\), then the "
                "area. Radius: \\(r = 5\\). Area: \\(25\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "We'll do this in two parts: first count the lattice paths from A to the "
                "midpoint M, then from M to B, and multiply the two counts."
            ),
            {S},
        ),
        (
            (
                "To solve this:\n1. Find the roots of the quadratic.\n2. Decide the sign of the "
                "quadratic between and outside them.\n3. Write the solution set of the "
                "inequality."
            ),
            {S},
        ),
        (
            (
                "The key is to isolate the square root first; once we have \\(\\sqrt{x+5} = x - "
                "1\\) we can square both sides."
            ),
            {S},
        ),
        (
            (
                "Before we can find the probability we need the total number of outcomes, so "
                "let me get that first: \\(6^3 = 216\\)."
            ),
            {S},
        ),
        (
            (
                "Break the region into a rectangle and a semicircle: the rectangle contributes "
                "\\(8 \\times 4 = 32\\), the semicircle \\(\\frac{1}{2}\\pi \\cdot 2^2 = "
                "2\\pi\\), total \\(32 + 2\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "I think it's easier if we handle even \\(n\\) and odd \\(n\\) separately and "
                "add the two counts at the end."
            ),
            {S},
        ),
        (
            (
                "Okay, so to get the height of the pyramid I'll need the distance from the "
                "centre of the base to a corner first, which is half the diagonal, "
                "\\(\\frac{6\\sqrt{2}}{2} = 3\\sqrt{2}\\). Then the height follows from "
                "Pythagoras: \\(\\sqrt{9^2 - 18} = \\sqrt{63} = 3\\sqrt{7}\\)."
            ),
            {S},
        ),
        (
            (
                "The problem asks for the remainder of \\(3^{100}\\) modulo 13. Intermediate "
                "target: the order of 3 mod 13. \\(3^3 = 27 \\equiv 1\\), so the order is 3, "
                "and \\(3^{100} = (3^3)^{33} \\cdot 3 \\equiv 3\\)."
            ),
            {S},
        ),
        (
            (
                "Two things have to be established: that the sequence is increasing, and that "
                "it is bounded above by 2. Monotone convergence then does the rest."
            ),
            {S},
        ),
        ("need lcm of 12 and 18 first then divide 360 by it. lcm = 36, 360/36 = 10", {S}),
        (
            (
                "Let's split this into sub-problems: (a) the probability the first card is red, "
                "(b) the probability the second is red given the first was, (c) multiply them. "
                "(a) \\(\\frac{26}{52}\\), (b) \\(\\frac{25}{51}\\), (c) \\(\\frac{25}{102}\\)."
            ),
            {S},
        ),
        (
            (
                "Strategy:\n- write everything in terms of \\(\\sin x\\)\n- solve the resulting "
                "quadratic in \\(\\sin x\\)\n- throw away values outside \\([-1, 1]\\)"
            ),
            {S},
        ),
        (
            (
                "Once we know the side length, the perimeter, diagonal and area all follow, so "
                "the whole problem comes down to getting \\(s\\) from \\(s^2 = 49\\)."
            ),
            {S},
        ),
        (
            (
                "We need the mean before we can compute the variance, so: mean \\(= "
                "\\frac{2+4+6+8}{4} = 5\\). The squared deviations are 9, 1, 1, 9, so the "
                "variance is \\(5\\)."
            ),
            {S},
        ),
        (
            (
                "Milestones: (i) show \\(n^3 - n = (n-1)n(n+1)\\); (ii) note one of three "
                "consecutive integers is divisible by 3 and one by 2; (iii) conclude \\(6 \\mid "
                "n^3 - n\\)."
            ),
            {S},
        ),
        (
            (
                "A train leaves at 9:40 and the trip is 2 h 35 min, and we're asked whether it "
                "arrives before the 12:30 meeting. I'll get the arrival time and then compare. "
                "Arrival: 9:40 + 2:35 = 12:15. The meeting is at 12:30, so yes, 15 minutes "
                "early."
            ),
            {S},
        ),
        (
            (
                "So the volume depends on \\(h\\), which we don't have yet. Let's get \\(h\\) "
                "from the slant height before touching the volume formula: \\(h = \\sqrt{13^2 - "
                "5^2} = 12\\), and then \\(V = \\frac{1}{3}\\pi \\cdot 25 \\cdot 12 = "
                "100\\pi\\)."
            ),
            {S},
        ),
        (
            (
                "To get 24 from 9, 3 and 2: first get to 12, then double it: 9 + 3 = 12, 12 * 2 "
                "= 24."
            ),
            {S},
        ),
        (
            (
                "We need to reach 100 using 20, 5 and 25. Plan: turn 20 and 5 into a 4, then "
                "multiply by 25. 20 / 5 = 4, 4 * 25 = 100."
            ),
            {S},
        ),
        (
            (
                "Goal 1: use 7 and 3 to build 10. Goal 2: combine that with 8 and 2. 7 + 3 = "
                "10, 10 * 8 = 80, 80 + 2 = 82."
            ),
            {S},
        ),
        (
            (
                "<think> the two small numbers should become a multiplier first, then handle "
                "the big one. 3 + 2 = 5, 5 * 13 = 65, 65 + 50 = 115 </think>"
            ),
            {S},
        ),
        (
            (
                "Numbers 40, 10, 6, 2; we want 48. Let me pair them up: (40, 10) and (6, 2). "
                "First pair → 40 / 10 = 4; second pair → 6 * 2 = 12; then 4 * 12 = 48."
            ),
            {S},
        ),
        (
            (
                "I'll aim for an intermediate 50 and then adjust with what's left. 25 * 2 = 50, "
                "50 + 7 = 57."
            ),
            {S},
        ),
        (
            (
                "Probably easiest to get something near 90 out of the big pair and then fix it "
                "up with the small one. 45 * 2 = 90, 90 - 3 = 87."
            ),
            {S},
        ),
        (
            (
                "- combine 11 and 9 into 20\n- combine 4 and 1 into 5\n- multiply the two "
                "results: 20 * 5 = 100"
            ),
            {S},
        ),
        ("first i want a 6 out of 18 and 3, then the rest is easy: 18/3 = 6, 6*7 = 42", {S}),
        (
            (
                "Break it into two halves: left = 16 + 8 = 24, right = 9 - 6 = 3. Then 24 * 3 = "
                "72, and 72 is the target."
            ),
            {V, S},
        ),
        (
            (
                "Sub-goal: make 10 out of 6 and 4 (6 + 4 = 10). Then 10 * 7 = 70, and the 5 "
                "brings it to 75."
            ),
            {S},
        ),
        (
            (
                "Two stages. Stage one, shrink 96 with the 8: 96 / 8 = 12. Stage two, get from "
                "12 to 15 using the 3: 12 + 3 = 15."
            ),
            {S},
        ),
        (
            (
                "<think> I'll combine the two largest first and deal with the two small ones "
                "separately. 58 + 37 = 95. 4 - 1 = 3. 95 + 3 = 98. </think>"
            ),
            {S},
        ),
        (
            (
                "My game plan is to use the 2 and the 9 to make an 18, and then everything else "
                "just adds on. 9 * 2 = 18, 18 + 30 = 48, 48 + 11 = 59."
            ),
            {S},
        ),
        (
            (
                "We need to make 70 with 14, 4, 6 and 1. Build two intermediate numbers first "
                "and multiply them: A = 14 - 4 = 10, B = 6 + 1 = 7, A * B = 70."
            ),
            {S},
        ),
        ("first make 100 then subtract the rest: 25 * 4 = 100, 100 - 13 = 87", {S}),
        (
            (
                "To hit 45 I want two pieces, a 9 and a 5, since 9 * 5 = 45. The 9 comes from "
                "18 / 2 and the 5 is already there: (18 / 2) * 5 = 45."
            ),
            {S, C},
        ),
        (
            (
                "We need to reach 26. Break it down: first reduce 52 to something small using "
                "the 4 (52 / 4 = 13), then double it with the 2: 13 * 2 = 26."
            ),
            {S},
        ),
        (
            (
                "Build 50 first from 25 and 2, then bring in the 9. 25 * 2 = 50, 50 + 9 = 59, "
                "too much. Subtract instead: 50 - 9 = 41."
            ),
            {V, B, S},
        ),
        (
            (
                "We want \\(f(x) = 0\\). For that the numerator \\(x^2 - 9\\) has to vanish "
                "while the denominator \\(x + 3\\) does not, so we need \\(x = 3\\)."
            ),
            {C},
        ),
        (
            (
                "Working backwards from the answer choices: if the original price were \\$80, a "
                "25\\% discount gives \\$60, which is exactly what was paid."
            ),
            {V, C},
        ),
        (
            (
                "To prove \\(a^2 + b^2 \\ge 2ab\\), it suffices to show \\(a^2 - 2ab + b^2 \\ge "
                "0\\), i.e. \\((a-b)^2 \\ge 0\\), which always holds."
            ),
            {C},
        ),
        (
            (
                "We need the final amount to be 1000. It doubles every 3 years, so one period "
                "earlier it was 500, before that 250, then 125; from 125 it takes 9 years."
            ),
            {C},
        ),
        (
            (
                "What would make \\(n^2 + n\\) divisible by 4? We'd need \\(n(n+1) \\equiv 0 "
                "\\pmod 4\\), and since one of \\(n, n+1\\) is odd, the other has to be a "
                "multiple of 4."
            ),
            {C},
        ),
        (
            (
                "For the line to be tangent, the quadratic we get after substituting must have "
                "a double root, so its discriminant must be zero: \\(k^2 - 16 = 0\\), \\(k = "
                "\\pm 4\\)."
            ),
            {C},
        ),
        (
            (
                "I want to leave my opponent facing 1 stone at the end, and before that 5, then "
                "9, 13, 17 (each time a multiple of 4 plus 1). Starting from 19, I take 2."
            ),
            {C},
        ),
        (
            (
                "Let me start from what we want. Area 48 means \\(\\frac{1}{2} b h = 48\\), so "
                "\\(bh = 96\\). With \\(b = 12\\), \\(h\\) must be 8, which puts the third "
                "vertex on the line \\(y = 8\\)."
            ),
            {C},
        ),
        (
            (
                "If the mean of five numbers is to be 20, their total must be 100; the four "
                "given sum to 73, so the fifth has to be 27."
            ),
            {C},
        ),
        (
            (
                "we need the total to end in 0 so the unknown's last digit has to be 3 since "
                "everything else ends in 7"
            ),
            {C},
        ),
        (
            (
                "Reverse the operations: the final 41 came from adding 5, so before that it was "
                "36; 36 came from squaring, so the number was 6."
            ),
            {C},
        ),
        (
            (
                "We are asked for the smallest \\(n\\) such that \\(n!\\) ends in at least 10 "
                "zeros. The count of trailing zeros is \\(\\lfloor n/5 \\rfloor + \\lfloor n/25 "
                "\\rfloor + \\cdots\\), and we need that to reach 10. Each multiple of 5 gives "
                "one and 25 gives an extra, so we need nine multiples of 5 plus the bonus from "
                "25, i.e. \\(n = 45\\). Indeed \\(\\lfloor 45/5 \\rfloor + \\lfloor 45/25 "
                "\\rfloor = 9 + 1 = 10\\)."
            ),
            {V, C},
        ),
        (
            (
                "To show \\(f\\) is continuous at 0 I need \\(\\lim_{x \\to 0} f(x) = f(0) = "
                "1\\); so what actually has to be established is \\(\\lim_{x\\to 0} "
                "\\frac{\\sin x}{x} = 1\\)."
            ),
            {C},
        ),
        (
            (
                "Which \\(c\\) gives infinitely many solutions? The second equation would have "
                "to be exactly twice the first, \\(2x + 6y = 2 \\cdot 5\\), so \\(c\\) must be "
                "10."
            ),
            {C},
        ),
        (
            (
                "The digit sum has to be a multiple of 9 for the number to be divisible by 9. "
                "The known digits give 22, so the missing digit must be 5, making 27."
            ),
            {C},
        ),
        (
            (
                "We want \\(|(2x+1) - 7| < \\varepsilon\\). That is \\(2|x - 3| < "
                "\\varepsilon\\), which holds as soon as \\(|x - 3| < "
                "\\frac{\\varepsilon}{2}\\); so take \\(\\delta = \\frac{\\varepsilon}{2}\\)."
            ),
            {C},
        ),
        (
            (
                "each person takes half of what is left plus one more and 3 remain at the end. "
                "going backwards: (3+1)*2 = 8, (8+1)*2 = 18, (18+1)*2 = 38 to begin with"
            ),
            {C},
        ),
        (
            (
                "Since we want the vertex at \\(x = 2\\) and the vertex sits at "
                "\\(-\\frac{b}{2a}\\), we need \\(b = -4a\\); with \\(a = 1\\) that means \\(b "
                "= -4\\)."
            ),
            {C},
        ),
        (
            (
                "Since we need 22 and 22 = 25 - 3, we want a 3 from 9 and 6: 9 - 6 = 3. So 25 - "
                "(9 - 6) = 22."
            ),
            {C},
        ),
        (
            (
                "Target 60, numbers 12, 8, 3. 60 = 12 * 5, and I have 12, so I need a 5 out of "
                "8 and 3: 8 - 3 = 5. 12 * (8 - 3) = 60."
            ),
            {C},
        ),
        (
            (
                "<think> 96 is 100 - 4, so if I can make 4 from the 8 and the 2 ... 8 / 2 = 4. "
                "100 - 8 / 2 = 96 </think>"
            ),
            {C},
        ),
        (
            (
                "We need to reach 84 using 7, 4, 8 and 2. 84 is 7 times 12, so now the job is "
                "to make 12 out of 4, 8 and 2: 8 * 2 - 4 = 12. So 7 * (8 * 2 - 4) = 84."
            ),
            {S, C},
        ),
        (
            (
                "Working backwards: if the last operation is + 9, I need 41 before it. 41 from "
                "6, 7 and 1? 6 * 7 = 42, 42 - 1 = 41. So 6 * 7 - 1 + 9 = 50."
            ),
            {C},
        ),
        ("need 39. 39 = 3 * 13 and 13 = 6 + 7 so 3 * (6 + 7) = 39", {C}),
        (
            (
                "The target 18 is even, so maybe the last step doubles something: I'd need 9 "
                "from 4 and 5, and 4 + 5 = 9. So (4 + 5) * 2 = 18."
            ),
            {C},
        ),
        (
            (
                "Work from the target: 77 = 7 * 11, we have the 7, so can 20 and 9 give 11? 20 "
                "- 9 = 11. 7 * (20 - 9) = 77."
            ),
            {C},
        ),
        (
            (
                "What has to happen last? Dividing by 3 would need 45 before it, and 45 = 50 - "
                "5. So (50 - 5) / 3 = 15."
            ),
            {C},
        ),
        (
            (
                "- Target: 53\n- 53 + 2 = 55 = 5 * 11, so if the last step is '- 2' the rest "
                "must give 55\n- 5 * 11 - 2 = 53 ✓"
            ),
            {V, C},
        ),
        (
            ("<think> hmm what gives 100 ... 4 * 25, and 25 = 19 + 6. 4 * (19 + 6) = 100 </think>"),
            {C},
        ),
        (
            (
                "To land on 31 the final operation could be a subtraction from something a bit "
                "bigger; 40 - 9 = 31, so I need 40 from 8 and 5, and 8 * 5 = 40. Final: 8 * 5 - "
                "9 = 31."
            ),
            {C},
        ),
        (
            (
                "<think> 23 + 19 + 4 = 46, too small. 23 * 4 = 92, 92 + 19 = 111, still short "
                "of 168. Work back: 168 / 4 = 42, and 23 + 19 = 42. So (23 + 19) * 4 = 168. "
                "</think>"
            ),
            {V, B, C},
        ),
        (
            (
                "35 = 40 - 5 would need a 40, and 10 and 3 can't make 40. 35 = 7 * 5 instead, "
                "and 7 = 10 - 3. So (10 - 3) * 5 = 35."
            ),
            {B, C},
        ),
        (
            (
                "Let me think about what the last operation could be. If it's multiplication, "
                "56 factors as 7 × 8 or 4 × 14. We have a 4, so I'd want 14 from the remaining "
                "9 and 5, and 9 + 5 = 14. So 4 × (9 + 5) = 56."
            ),
            {C},
        ),
        (
            (
                "the answer should be 29. 29 - 25 = 4 so i just need a 4 from 12 and 3: 12 / 3 "
                "= 4. 25 + 12 / 3 = 29"
            ),
            {C},
        ),
        ("Aim: 150. 150 / 6 = 25, and 25 = 20 + 5, so (20 + 5) * 6.", {C}),
        (
            (
                "Our number is 104. That's 8 * 13, and 13 isn't there but 15 - 2 is. 8 * (15 - "
                "2) = 104."
            ),
            {C},
        ),
        (
            (
                "Okay, let's see. I have 4, 9, 11 and 2, and I need 53. Multiplication gets "
                "close: 4 * 11 = 44 and 44 + 9 = 53, but then the 2 is left over and every "
                "number has to be used. So that doesn't quite work. Alternatively 11 * 5 = 55 "
                "and 55 - 2 = 53, where the 5 can be 9 - 4. So (9 - 4) * 11 - 2 = 53."
            ),
            {V, B},
        ),
        (
            (
                "We want the probability that a random point of the square \\([0,2] \\times "
                "[0,2]\\) lies within distance 1 of the origin. Inside the square that region "
                "is a quarter disc of radius 1. I'll compute the area of that region and then "
                "divide by the area of the square. Quarter disc: \\(\\frac{\\pi}{4}\\). Square: "
                "4. Ratio: \\(\\frac{\\pi}{16}\\)."
            ),
            {S},
        ),
        (
            (
                "hmm \\(\\frac{2}{3} + \\frac{1}{4} = \\frac{11}{12}\\), and that's bigger than "
                "the \\(\\frac{5}{6}\\) I wrote a line ago, so the earlier line must have a "
                "slip; \\(\\frac{5}{6} = \\frac{10}{12}\\) was wrong."
            ),
            {V},
        ),
    )
)

#: The Countdown instance of each thirteenth-round row, in order: (target, numbers), or None.
THIRTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (88, (25, 3, 4)),
    (90, (75, 19, 8, 4)),
    (64, (8, 2, 6, 4)),
    (41, (96, 4, 15, 2)),
    (75, (12, 7, 9)),
    (16, (50, 14, 3, 4)),
    (93, (33, 47, 2, 13)),
    (75, (9, 6, 5)),
    (72, (62, 38, 3)),
    (13, (100, 4, 8, 1)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (43, (95, 39, 21, 8)),
    (24, (14, 6, 3)),
    (34, (87, 42, 11)),
    (55, (7, 8, 3, 2)),
    (58, (7, 9, 5)),
    (69, (100, 23, 6, 2)),
    (74, (45, 38, 9)),
    (35, (50, 25, 10)),
    (120, (15, 5, 12)),
    (41, (13, 4, 11)),
    (27, (3, 5, 7, 19)),
    (30, (6, 4, 9)),
    (92, (2, 9, 10)),
    (45, (81, 9, 14)),
    (36, (30, 12, 2)),
    (24, (64, 8, 5)),
    (27, (55, 7, 4)),
    (75, (17, 3, 6, 10)),
    (66, (70, 20, 5)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (9, 3, 2)),
    (100, (20, 5, 25)),
    (82, (7, 3, 8, 2)),
    (115, (3, 2, 13, 50)),
    (48, (40, 10, 6, 2)),
    (57, (25, 2, 7)),
    (87, (45, 2, 3)),
    (100, (11, 9, 4, 1)),
    (42, (18, 3, 7)),
    (72, (16, 8, 9, 6)),
    (75, (6, 4, 7, 5)),
    (15, (96, 8, 3)),
    (98, (58, 37, 4, 1)),
    (59, (2, 9, 30, 11)),
    (70, (14, 4, 6, 1)),
    (87, (25, 4, 13)),
    (45, (18, 2, 5)),
    (26, (52, 4, 2)),
    (41, (25, 2, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (22, (25, 9, 6)),
    (60, (12, 8, 3)),
    (96, (100, 8, 2)),
    (84, (7, 4, 8, 2)),
    (50, (6, 7, 1, 9)),
    (39, (3, 6, 7)),
    (18, (4, 5, 2)),
    (77, (7, 20, 9)),
    (15, (50, 5, 3)),
    (53, (5, 11, 2)),
    (100, (4, 19, 6)),
    (31, (8, 5, 9)),
    (168, (23, 4, 19)),
    (35, (5, 10, 3)),
    (56, (4, 9, 5)),
    (29, (25, 12, 3)),
    (150, (6, 20, 5)),
    (104, (8, 15, 2)),
    (53, (4, 9, 11, 2)),
    None,
    None,
)

#: The thirteenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
THIRTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Let me compute \\(3 \\cdot 17 = 51\\).",
    "The final answer is \\(\\boxed{12}\\).",
    "We are asked to find the number of ways to arrange 5 books on a shelf.",
    "To find \\(x\\), we expand the product and collect like terms: \\(x^2 + 5x + 6 = 0\\).",
    (
        "A prime number is a positive integer greater than 1 whose only positive divisors are 1 "
        "and itself."
    ),
    "\\(\\frac{d}{dx} x^3 = 3x^2\\), so \\(f'(2) = 12\\).",
    "Using the Pythagorean theorem, \\(c = \\sqrt{9 + 16} = 5\\).",
    "The area of a circle of radius 4 is \\(16\\pi\\).",
    "Let me think about this problem.",
    "So the probability is \\(\\frac{1}{6} \\cdot \\frac{1}{6} = \\frac{1}{36}\\).",
    "Substituting \\(x = 2\\) into \\(f(x) = x^2 + 1\\), we get \\(f(2) = 5\\).",
    "By the binomial theorem the coefficient is \\(\\binom{7}{2} 2^5 = 21 \\cdot 32 = 672\\).",
    "25 - 3 = 22, 22 * 4 = 88",
    "<answer> (6 + 4) * 9 </answer>",
    "<think> 48 / 6 = 8, 8 + 7 = 15 </think>\n<answer> 48 / 6 + 7 </answer>",
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 5 = 29",
    "Using the numbers 31, 9 and 4, create an equation that equals 36.",
    "The target is 24 and the numbers are 3, 8 and 1.",
    "Let's confirm the domain first: the logarithm needs \\(x > 0\\).",
    (
        "We need to check whether complex roots count; the problem says real solutions, so only "
        "real ones are wanted."
    ),
    (
        "Check the units given in the problem: the speed is in km/h and the time in minutes, so "
        "30 minutes is 0.5 hours."
    ),
    (
        "We need to find \\(x\\) first. \\(3x - 4 = 11\\), so \\(3x = 15\\) and \\(x = 5\\). "
        "The answer is 5."
    ),
    "Step 2: divide both sides by 4 to get \\(y = 3\\).",
    (
        "Let me make sure I understand the question: we want how many integers from 1 to 100 "
        "inclusive are divisible by 7."
    ),
    "Going back to the problem statement, the radius is 6 cm.",
    "First, note that \\(\\sin^2 x + \\cos^2 x = 1\\) for every \\(x\\).",
    "From the given equation \\(y = 3x + 2\\), the slope is 3.",
    "The goal of this problem is to find the minimum value of \\(x^2 - 4x + 7\\).",
    "We need to reach 64 using 8, 2, 6 and 4.",
    "I'll use the numbers in the order given: 9 + 8 = 17, 17 * 3 = 51.",
    "Plug in \\(n = 4\\): \\(2^4 - 1 = 15\\).",
    "The question says 'at least one', which means one, two or three heads.",
    "Again we apply the product rule: \\((uv)' = u'v + uv'\\).",
    "Let \\(a = 5\\) and \\(b = 7\\). Then \\(a + b = 12\\) and \\(ab = 35\\).",
    "Note that the answer should be given as a fraction in lowest terms.",
    (
        "Try to simplify \\(\\frac{12}{18}\\): dividing top and bottom by 6 gives "
        "\\(\\frac{2}{3}\\)."
    ),
    (
        "Another way to state the question: how many subsets of \\(\\{1, \\dots, 5\\}\\) have "
        "exactly two elements?"
    ),
    "The mean is the sum divided by the count: \\(\\frac{40}{8} = 5\\).",
    "The backward difference is defined as \\(\\nabla f(x) = f(x) - f(x - h)\\).",
    "<think> 5 * 9 = 45, 45 - 3 = 42 </think>",
    "19 + 23 = 42, 42 * 2 = 84",
    "100 - 25 = 75",
    "Each number can be used only once, and the allowed operations are +, -, * and /.",
    "The answer is (7 - 3) * 6 = 24.",
    "Let me compute: 13 * 7 = 91, minus 9 is 82.",
    "So we have \\(x = -3\\) or \\(x = 2\\).",
    "The derivative of \\(\\ln x\\) is \\(\\frac{1}{x}\\).",
    (
        "Since the triangle is isosceles, the base angles are equal, each \\(\\frac{180 - "
        "40}{2} = 70\\) degrees."
    ),
    "The interior angles of a pentagon add up to \\(540^\\circ\\).",
    "okay so the numbers are 44, 11, 6 and the target is 10",
    "**Step 3:** Multiply the result by 2 to get \\(18\\).",
    "We can write \\(0.\\overline{3} = \\frac{1}{3}\\).",
    "in total there are 4 * 3 * 2 = 24 orderings",
    "Expanding, \\((a + b)^2 = a^2 + 2ab + b^2\\).",
    "A function is even if \\(f(-x) = f(x)\\) for every \\(x\\) in its domain.",
    "Next, we compute the determinant: \\(2 \\cdot 5 - 3 \\cdot 1 = 7\\).",
    (
        "We start from the given \\(a_1 = 2\\) and apply \\(a_{n+1} = 2a_n + 1\\): \\(a_2 = "
        "5\\), \\(a_3 = 11\\)."
    ),
    "(80 / 4) + 3 = 23",
    "We want to reach 50. 7 * 7 = 49, 49 + 1 = 50.",
    "The problem wants \\(P(X > 2)\\) for a Poisson variable with mean 1.",
    "Rounded to two decimal places, that's 3.14.",
    "Let's be careful about what 'between' means here: the endpoints 1 and 10 are excluded.",
    "To find the area, we multiply the length by the width: \\(8 \\times 5 = 40\\).",
    "The check digit of an ISBN-10 is chosen so that the weighted digit sum is divisible by 11.",
    "Recall that \\(\\log_b a = \\frac{\\ln a}{\\ln b}\\).",
    "so 36 + 12 = 48 and then 48 / 4 = 12",
    "Thus the required number is 210.",
    (
        "Let me restate: we need the smallest positive integer that leaves remainder 1 when "
        "divided by 2, 3 and 4."
    ),
    (
        "We'll use the formula for the sum of an arithmetic series, \\(S_n = \\frac{n}{2}(a_1 + "
        "a_n)\\)."
    ),
    "i'll write it out: 9 * 6 = 54 then add 14 for 68",
    "Note that \\(x = 0\\) is excluded from the domain since we divide by \\(x\\).",
    (
        "The floor plan of the building is a rectangle 20 m by 30 m, so its area is 600 square "
        "metres."
    ),
    (
        "Substitute \\(u = 2x\\), so \\(du = 2\\,dx\\) and the integral becomes "
        "\\(\\frac{1}{2}\\int \\cos u\\, du\\)."
    ),
    "The target sum in a 3 by 3 magic square using 1 to 9 is 15, and each row must add to it.",
    "<think> 3 + 8 = 11, 11 * 4 = 44 </think> <answer> (3 + 8) * 4 </answer>",
)

#: The Countdown instance of each thirteenth-round control, in order.
THIRTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (88, (25, 3, 4)),
    (90, (6, 4, 9)),
    (15, (48, 6, 7)),
    (29, (12, 2, 5)),
    (36, (31, 9, 4)),
    (24, (3, 8, 1)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (64, (8, 2, 6, 4)),
    (51, (9, 8, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (42, (5, 9, 3)),
    (84, (19, 23, 2)),
    (75, (100, 25)),
    None,
    (24, (7, 3, 6)),
    (82, (13, 7, 9)),
    None,
    None,
    None,
    None,
    (10, (44, 11, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (23, (80, 4, 3)),
    (50, (7, 7, 1)),
    None,
    None,
    None,
    None,
    None,
    None,
    (12, (36, 12, 4)),
    None,
    None,
    None,
    (68, (9, 6, 14)),
    None,
    None,
    None,
    None,
    (44, (3, 8, 4)),
)

#: Verification's third wave of structural checks (issue 19, eighth generalisation, brief
#: ver22; ``rewardkit.reflect.checks``): the slots of rule 1 widened, not new rules. The
#: verdict class gains "holds up", "stands", "fine", "no luck" and "not quite"; the comparing
#: verdicts gain "not N", "which isn't N", "not even close to N", "nowhere near N" and
#: "exactly our number"; the value may be approximate ("about 0.5"), in dollars ("\\$60") or
#: a short sum ("7 · 146 + 2"), and a verdict may follow "was" / "is"; in Countdown, a number
#: named left over or unused ("but the 5 is left over"). Rows in new words,
#: both domains, and near misses that must draw no behaviour. Written with the rules.
VER_STRUCT3: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({V}))
    for text in (
        # the verdict class: holds up, stands, fine
        "Substituting \\(t = 2\\) into \\(t^3 - 8\\) gives \\(8 - 8 = 0\\), so the factor "
        "holds up.",
        "Summing the other way, 9 + 8 + ... + 1 = 45 again, fine.",
        "With \\(k = 4\\): \\(2^4 = 16 = 4^2\\), fine.",
        "Each side is 6 and the perimeter is 24, so the answer stands.",
        # the comparing verdicts: not N, which isn't N, not even close to N, nowhere near N
        "31 * 2 = 62, 62 + 5 = 67. Not 71.",
        "If the steps were equal, the fourth term would be 20, not 24, so it is not arithmetic.",
        "(14 - 8) * 3 = 18, which isn't 21.",
        "6 + 4 + 3 = 13, not even close to 60.",
        "The mean comes to 41, nowhere near 70.",
        "75 + 25 = 100, 100 / 4 = 25 — exactly our number.",
        # the value: approximate, in dollars, a short sum
        "At \\(x = 0.01\\) the quotient is approximately \\(2.0003\\). Consistent.",
        "Starting from \\$120, a 15\\% cut gives \\$102, which is exactly what the receipt says.",
        "Long division: 2001 = 23 · 87 + 0. yes, divisible.",
        # a verdict after was / is
        "So \\(\\frac{3}{4} = \\frac{9}{12}\\) was wrong; the sum is \\(\\frac{11}{12}\\).",
        "Both sides give 81, so \\(n = 4\\) is correct.",
        "18 + 7 = 25, 25 * 2 = 50. Not quite, the goal was 52.",
        # Countdown's rule that every number be used
        "9 * 4 = 36, 36 + 2 = 38, but the 5 is left over.",
        "6 * 7 = 42, leaving 3 unused, so that fails.",
    )
)
VER_STRUCT3_CONTROLS: tuple[str, ...] = (
    "The bridge is 40 m long and holds up 12 tonnes.",
    "The total is 12 and it stands for the number of chairs.",
    "The weather was fine, and the walk took 12 minutes.",
    "The committee has n = 5 members, not 6 teams.",
    "The answer is 12, not a fraction.",
    "The ratio is 2, which is not defined at the origin.",
    "With 3 * 4 = 12 we are not done yet.",
    "The area is about 50, so we round it to the nearest ten.",
    "The price is \\$60 and the tax is 5\\%.",
    "Use 7 · 146 + 2 as the dividend and 7 as the divisor.",
    "The width is 3 and the height is 4, fine print aside.",
    "We need 43 from 95, 39, 21 and 8.",
    "Let x = 2 be the first root and y = 3 the second.",
    "Add 5 to both sides: 2x = 10, then divide by 2.",
    "The sequence 2, 4, 8 doubles each time; the next term is 16.",
    "She baked 20 cookies and sold 12, so 8 are left over.",
    "The remainder is 2, and 2 apples are left over.",
)

#: Structural backtracking, third wave (issue 19, ``rewardkit.reflect.switches``): the widened
#: slots of the method-switch rule (math) and the Countdown-shaped retries of
#: ``retried_goals``, written with the rules; every row is backtracking.
BT_STRUCT2: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({B}))
    for text in (
        # math: a verdict of the widened class, then a switch
        "Induction on n: I'm stuck at the step, the extra factor will not cancel. Approach 2: "
        "pair the first and last terms, so the sum is \\(\\frac{n(n+1)}{2}\\).",
        "Suppose p is odd; that says nothing about the remainder mod 4. Work mod 8 instead: "
        "odd squares are \\(1 \\bmod 8\\).",
        "I tried partial fractions; they won't simplify this integrand. Back to substitution: "
        "\\(u = x^2 + 1"
        "\\), so \\(du = 2x\\,dx\\).",
        "Applying the ratio test, the limit is still \\(\\frac{0}{0}\\)... dropping that and "
        "comparing with \\(\\sum \\frac{1}{n^2}\\), the series converges.",
        "I started with the sine rule for the angle, but I'd rather not solve a triangle twice. "
        "Heron's formula is simpler here: \\(s = 9\\), area \\(\\sqrt{9 \\cdot 4 \\cdot 3 "
        "\\cdot 2} = 6\\sqrt{6}\\).",
        "Let me find a closed form for the recurrence... I can't find one that fits the first "
        "terms. Fine, I'll just compute the terms up to \\(a_{10}\\) directly.",
        "hmm no. that substitution only trades one root for another. ok polar form then, "
        "\\(z = r e^{i\\theta}\\)",
        # Countdown: the goal decomposed again after a closed-class verdict
        "We need 42 from 3, 8, 6 and 4. 42 = 48 - 6 would need 48 = 8 * 6, but the 6 is then "
        "used twice. 42 = 6 * 7 instead, and 7 = 3 + 4, so 6 * (3 + 4) = 42 and the 8... no.",
        "Target 64. 60 + 4 needs 60 from 12 and 5, no. 8 * 8 needs two 8s, no. 16 * 4 with "
        "16 = 12 + 4? the 4 twice. 12 * 5 = 60, 60 + 4 = 64.",
        "Could it be 50 + 7? 50 isn't reachable from 2 and 9. What about 63 - 6? 63 = 7 * 9, "
        "and the 6 is 3 * 2. So 7 * 9 - 3 * 2 = 57.",
        # Countdown: the same operands under another operator after a verdict
        "40 + 8 = 48, too much for 32. 40 - 8 = 32, done.",
        "15 * 3 = 45, 45 + 2 = 47, that's 6 over 41. 45 - 2 = 43, still not it. 15 * 3 - 4 = "
        "41 would need a 4; 15 + 3 = 18, no. 15 - 3 = 12 ...",
    )
)
BT_STRUCT2_CONTROLS: tuple[str, ...] = (
    # a verdict of the widened class with no switch after it, or a switch without a verdict
    "The car got stuck in traffic for 20 minutes, so the trip took 80 minutes.",
    "The factor 2 doesn't cancel, so the fraction stays \\(\\frac{2x}{x + 1}\\).",
    "The limit is still \\(\\frac{0}{0}\\), so we apply L'Hopital's rule a second time.",
    "Back to Cartesian coordinates for the last part: the point is (3, 4).",
    "Fine, the answer is 12 then.",
    # two operations with the same value but no verdict between: a list of factorisations
    "150 factors as 6 * 25, 3 * 50 or 2 * 75; I have a 75, so 2 * 75 = 150.",
    "Both 4 + 8 = 12 and 3 * 4 = 12, so either pair works for the twelve eggs.",
    # a result built on, not a retry
    "30 - 12 = 18 days were not sunny. 18 - 8 = 10 of them were cloudy, and 10 + 8 = 18.",
    "7 * 8 = 56 and 56 - 3 = 53, no other numbers are left, so 7 * 8 - 3 = 53.",
    # the same operation repeated as a check
    "25 * 4 = 100. Is that right? No mistake: 25 * 4 = 100.",
    # LaTeX mathematics: not a Countdown text
    "Test \\(x = 1\\): \\(1 + 4 = 5\\), not a root. Test \\(x = 2\\): \\(2 + 3 = 5\\), no.",
    # a word problem's narration, with a negation about the world
    "Sam has 12 apples and gives away 5, so 12 - 5 = 7 are not eaten. 12 + 5 = 17 is what he "
    "would have with 5 more.",
)

#: rows of the third wave of module rules 8 and 9 (issue 19, :mod:`rewardkit.reflect.goalchain`):
#: rule 8 with the goal written as an operation before its numbers are made ("72 = 8 * 9",
#: "34 could be 40 - 6", "65? that's 5 * 13", in words "84 is 7 times 12"), "the target is
#: two less than 30", "lies just above", a value made as a bare operation ("the 9 has to be
#: 14 - 5"), a text ending on an expression without "="; rule 9 with an adverb before the
#: state ("must both be"), one requirement after a goal's purpose ("to get a total of 50
#: ..., the fourth bag has to hold 14"), a link inside the next sentence, "we want \(...\)"
#: and "we need the sum to end in 5" as stated goals. Near misses in BC_STRUCT2_CONTROLS.
#: Labels: backward chaining only (the tests read backward chaining).
BC_STRUCT2: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 8: the goal taken apart before its numbers are made
        ("72 = 8 * 9. I have the 8, and the 9 has to be 14 - 5. So 8 * (14 - 5) = 72.", {C}),
        ("34 could be 40 - 6, and 40 = 5 * 8, so 5 * 8 - 6 = 34.", {C}),
        ("65? that's 5 * 13. 13 = 4 + 9, so 5 * (4 + 9) = 65.", {C}),
        ("Our target is 84. That's 7 * 12, and 12 is just 20 - 8. 7 * (20 - 8) = 84.", {C}),
        ("84 is 7 times 12, and 12 is just 9 + 3, so 7 * (9 + 3)", {C}),
        (
            "Target 90. 90 = 10 * 9, and the 9 has to come from 12 and 3: 12 - 3 = 9. "
            "<answer> 10 * (12 - 3) </answer>",
            {C},
        ),
        # rule 8: the target related to a value in new words
        ("The target 51 lies just above 50, and 50 = 2 * 25. So 2 * 25 + 1 = 51.", {C}),
        ("The target is two less than 30, and 30 = 5 * 6, so 5 * 6 - 2 = 28.", {C}),
        # rule 9: an adverb before the state
        (
            "For the team to win the series, the last two games must both be wins, so the "
            "third game must also be a win.",
            {C},
        ),
        # rule 9: one requirement after a goal's purpose
        ("To get a total of 50 with three bags of 12, the fourth bag has to hold 14.", {C}),
        (
            "To end up with 60 litres after losing a quarter, the tank must have held 80 litres.",
            {C},
        ),
        # rule 9: the second requirement after a link inside the next sentence
        (
            "The mean has to be 7 for the set to balance. The other four add to 26, so the "
            "fifth number must be 9.",
            {C},
        ),
        ("We want \\(f(1) = 4\\). The value at 1 is \\(a + 2\\), so \\(a\\) must be 2.", {C}),
        # rule 9: a goal stated as what a quantity needs to be
        (
            "we need the sum to end in 5, so the last number has to be 8 since the rest end in 7",
            {C},
        ),
        ("We need the product to be even, so one of the two factors has to be even.", {C}),
        # rule 9: two sufficient conditions linked by "which"
        (
            "The inequality holds if \\(x^2 \\ge 4\\), which holds as soon as \\(x \\ge 2\\), "
            "and that is given.",
            {C},
        ),
        ("The claim follows if the sum is even, which follows from both terms being odd.", {C}),
        # rule 9: a stated goal after a reason, then the value it needs
        (
            "Since we want the tangent at \\(x = 1\\) to be flat and the slope there is "
            "\\(2a + b\\), we need \\(b = -2a\\).",
            {C},
        ),
    )
)
BC_STRUCT2_CONTROLS: tuple[str, ...] = (
    # rule 8: the goal taken apart after it is reached (a summary)
    "8 * (14 - 5) = 72. 72 = 8 * 9, and 14 - 5 = 9.",
    "7 * (20 - 8) = 84, that's 7 * 12.",
    # a factorisation: a pure product reached
    "Factor 60: 60 = 5 * 12 and 12 = 3 * 4, so 5 * 3 * 4 = 60.",
    # a decomposition of another number than the final value
    "30 = 5 * 6. 6 = 2 + 4. So 5 * 2 + 4 - 1 = 13.",
    # forwards, then the answer as an expression
    "9 + 3 = 12, 12 * 7 = 84. <answer> (9 + 3) * 7 </answer>",
    # the target related to a value never made
    "The target is one more than 63, but nothing here makes 63: 7 + 9 + 1 = 17.",
    # rule 9: a general rule, not this goal's requirement
    "For a fraction to terminate, its denominator should have only 2 and 5 as prime factors.",
    "For any tile to fit the floor, its side must divide 120.",
    # a purpose with a narrator, a task, a computation
    "To get the answer, we need to add the two totals.",
    "To make the table, the values have to be computed first.",
    "To get the total, she needs 3 * 4 = 12 eggs.",
    # an inference: a computation before the first requirement
    "2x = 6, so x has to be 3. The other factor is 5, so y must be 2.",
    # a goal stated as a task, then narration
    "We need the area first, so we have to compute the base.",
    "We want \\(x\\). So we need to solve the system.",
    # one sufficient condition, then a fact
    "The formula holds if n is even, which is the case for n = 4.",
    # a value needed without a reason before the goal: narration
    "We want the tangent line, and we need \\(f'(1)\\) for it.",
)

#: Subgoal setting, second wave (issue 19, brief sub21; ``rewardkit.reflect.plans`` rules 4
#: and 5): an intermediate named as needed without an order. Rule 4: a Countdown number
#: named as needed from some of the numbers ("I need a 3 from 9 and 6", "the 9 has to come
#: from 12 and 3", "the other two should give 8") and made by a later equation; rule 5: a
#: quantity named as needed on the way to another (two of them, wanted first or before,
#: used right after, or the quantity it serves named first). Written with the rules, so not
#: blind; the controls are their near misses (the target, a number never made, a condition
#: needed, a need denied or hedged, a question restated, a narration in the past).
SUB_STRUCT2: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 4: a Countdown number named as needed, then made
        ("Target 40. I need a 5 from 7 and 2: 7 - 2 = 5, and 5 * 8 = 40.", {S, C}),
        ("We want an 11 out of 8 and 3. 8 + 3 = 11, so 11 * 4 = 44.", {S}),
        ("The 6 has to come from 9 and 3: 9 - 3 = 6. Then 6 * 7 = 42.", {S}),
        ("so the other two numbers should give 12. 3 * 4 = 12, 12 + 50 = 62", {S}),
        ("I need the 5 and the 4 to make 20: 5 * 4 = 20, and 20 + 13 = 33.", {S}),
        ("what's needed is a 9 from 11 and 2. 11 - 2 = 9, 9 * 6 = 54.", {S}),
        ("Let me turn 8, 5 and 1 into a 4 first. (8 - 5) + 1 = 4, and 4 * 13 = 52.", {S}),
        ("the 5 and the 1 have to make 6, which 5 + 1 does. 6 * 7 = 42.", {S}),
        ("The 6 can come from 2 * 3, and then 6 * 7 = 42.", {S, C}),
        # rule 5: a quantity named as needed on the way to another
        ("The volume needs both the base area and the height; the base is 12, the height 5.", {S}),
        ("Before anything else I need the radius; with it the circumference is one line.", {S}),
        ("To use the distance formula, I need the coordinates of both endpoints.", {S}),
        ("The test statistic needs the mean and the standard deviation of the sample.", {S}),
        ("Let me lay out what I need: P(A), and P(A and B).", {S}),
        ("We'll need:\n- the number of red marbles\n- the total number of marbles\n", {S}),
        ("The first thing to pin down is the slope; from it the line follows.", {S}),
        # rule 6: the numbers split into groups
        (
            "Group them: (9, 3) in one group and (4, 2) in the other. "
            "9 * 3 = 27, 4 / 2 = 2, 27 - 2 = 25.",
            {S},
        ),
        # "first thing" as an intention of rule 2 ("first thing X, then Y")
        ("so first thing the prime factorisation of 360, then count the divisors from it", {S}),
    )
)
SUB_STRUCT2_CONTROLS: tuple[str, ...] = (
    # Countdown: the target needed, a number needed but never made, one made before only
    "I need 24 from 4, 6 and 1. 4 * 6 * 1 = 24.",
    "7 - 2 = 5, so the 5 has to come from 7 and 2, done.",
    "He needs to make 6 cups of juice, so 6 / 1 = 6 lemons.",
    "Target 30. We turned 5 and 1 into 6. 5 + 1 = 6, 6 * 5 = 30.",
    "Target 12: so I need 12 from 3 and 4, and 3 * 4 = 12.",
    "the 5 and the 1 have to make 6, which 5 * 1 does not. 6 * 7 = 42.",
    "The first thing I noticed was the symmetry, then the rest followed.",
    "The points (1, 2) and (3, 4) lie on the line y = x + 1.",
    "We grouped (4, 5) and (2, 3) and got 9 and 5.",
    # conditions needed, not quantities
    "Before solving, the logarithm requires x > 1.",
    "A double root needs the discriminant to be zero: 16 - 4k = 0, so k = 4.",
    "The maximum would need both terms at their largest at once.",
    # needs denied, hedged, in the past, or a condition search
    "We don't need the height here; the area is given.",
    "Maybe we need both the radius and the height, maybe not.",
    "I need two numbers that multiply to 12 and add up to 7: 3 and 4.",
    "We needed the radius and the height, and we found both.",
    # the question restated, one quantity asked for
    "We need the sum of the roots.",
    "We need to find the length and the width of the rectangle.",
)

#: Fourteenth round (issue 19): written blind from the paper's definitions (math and
#: Countdown, a third of the Countdown rows restating their target, 30 of the 79 controls
#: hard ones) and held out through all three waves of the eighth generalisation: measured
#: before it (480dfdd) and after each wave (docs/reflection.md has the figures). Entries as
#: the ninth round's.
FOURTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        ("6 * 4 = 24, 24 + 2 = 26\n(6 + 2) * 4 = 32", {B}),
        ("53 + 9 = 62, 62 + 27 = 89\n53 - 9 = 44, 44 + 27 = 71", {B}),
        ("12 + 9 + 3 = 24\n12 * 3 = 36, 36 - 9 = 27\n12 * 9 = 108, 108 / 3 = 36", {B}),
        (
            (
                "<think> 70 - 15 = 55, 55 * 4 = 220. 70 + 15 = 85, 85 + 4 = 89 </think>\n"
                "<answer> 70 + 15 + 4 </answer>"
            ),
            {B},
        ),
        ("- 39 + 6 = 45, 95 - 45 = 50\n- 95 - 39 = 56, 56 + 6 = 62", {B}),
        ("<think>\n81 / 9 = 9, 9 + 7 = 16\n81 - 9 = 72, 72 + 7 = 79\n</think>", {B}),
        (
            (
                "<think> Let's try 48 + 17 = 65, then 65 - 5 = 60. That's 60, we want 58, so "
                "not it. How about 48 + 5 = 53, 53 + 17 = 70? Too big. Maybe 17 * 5 = 85, 85 - "
                "48 = 37... no. 48 - 5 = 43, 43 + 17 = 60 again. Hmm, 5 * 17 - 48 = 37. Let me "
                "try subtraction the other way: 48 + 17 - 5 = 60. </think>"
            ),
            {V, B},
        ),
        (
            (
                "ok so 25 * 3 = 75 which overshoots 71 by 4, and I still have 2 left, 75 - 2 = "
                "73, nope. scrap multiplying by 3. 25 * 2 = 50, 50 + 3 = 53. also wrong. what "
                "about 25 * 3 - 2 * 2? can't reuse 2. hmm"
            ),
            {V, B},
        ),
        (
            (
                "Trying (44 - 8) / 4 = 9. We need 13, so that falls short. Switching to 44 / 4 "
                "= 11, then 11 + 8 = 19, still not 13. Another ordering: 8 + 44 / 4 = 19 as "
                "well. Hmm, 44 / (8 - 4) = 11. Not there either."
            ),
            {V, B},
        ),
        (
            (
                "<think>\nFirst attempt: 19 + 33 + 41 = 93. The target is 55, way off.\nSecond "
                "attempt: 41 + 33 - 19 = 55. Yes, that hits it exactly.\n</think>\n<answer>41 + "
                "33 - 19</answer>"
            ),
            {V, B},
        ),
        (
            (
                "Let me see... 7 * 8 = 56, plus 2 is 58, that can't be right since we want 54. "
                "Instead: 7 * 8 - 2 = 54. There we go, 56 - 2 = 54 matches."
            ),
            {V, B},
        ),
        (
            (
                "I started with 100 - 14 = 86 and then 86 / 2 = 43, which isn't 50. Dividing "
                "first works better: 100 / 2 = 50, but then 14 is unused, so that's invalid "
                "too. 14 * 2 = 28, 100 - 28 = 72, no."
            ),
            {V, B},
        ),
        (
            (
                "<think> We need to reach 90 with 67, 22 and 2. (67 - 22) * 2 = 45 * 2 = 90. "
                "Check: 67 - 22 is 45, and 45 doubled is 90, which is the target. </think>\n"
                "<answer> (67 - 22) * 2 </answer>"
            ),
            {V},
        ),
        (
            (
                "So the expression is 13 * 4 + 6. Double-checking: 13 * 4 = 52, 52 + 6 = 58, "
                "and every number appears once. Correct."
            ),
            {V},
        ),
        (
            (
                "Answer candidate: 96 / (9 - 5) = 24. Quick sanity pass: 9 - 5 = 4 and 96 / 4 = "
                "24, so it's exactly the target."
            ),
            {V},
        ),
        (
            (
                "final: 3 * (17 + 11) = 84 ... 17 + 11 is 28 and 28 times 3 gives 84 yes that's "
                "right"
            ),
            {V},
        ),
        (
            (
                "We need to reach 64 using 8, 5 and 3. Plan: first make an 8 out of 5 and 3, "
                "then multiply the two eights. 5 + 3 = 8, and 8 * 8 = 64."
            ),
            {S},
        ),
        (
            (
                "<think> The idea is to get 10 first from 7 and 3, after which the 9 can scale "
                "it: 7 + 3 = 10, 10 * 9 = 90. </think>"
            ),
            {S},
        ),
        (
            ("Two parts:\n- build 20 from 4 and 5 (4 * 5 = 20)\n- add the 19 to it\n20 + 19 = 39."),
            {S},
        ),
        (
            (
                "My plan is to split it up: get a small number from 15 and 12, namely 3, and "
                "then use 3 with 31 and 6. 15 - 12 = 3, 31 * 3 = 93, 93 + 6 = 99."
            ),
            {S},
        ),
        (
            (
                "We need to reach 22 with 25, 9 and 6. Since 22 = 25 - 3, we want to produce a "
                "3 from 9 and 6, and 9 - 6 = 3. So 25 - (9 - 6) = 22."
            ),
            {S, C},
        ),
        (
            (
                "<think> Target 72. 72 is 8 * 9, so what I need is an 8 from the other two "
                "numbers. 2 and 4 give 2 * 4 = 8. So 9 * (2 * 4) = 72. </think>"
            ),
            {S, C},
        ),
        (
            (
                "working back from 45: the last operation could be 50 - 5, and I have a 5, so "
                "the rest has to make 50. 60 - 10 = 50 and I have 60 and 10. So 60 - 10 - 5 = "
                "45."
            ),
            {S, C},
        ),
        (
            (
                "what gets me to 100? 4 * 25 = 100, so if the 7 and 3 can form a 4 I'm done: 7 "
                "- 3 = 4, 25 * (7 - 3) = 100"
            ),
            {S, C},
        ),
        ("Plugging \\(x = 3\\) back in: \\(2(3)^2 - 5(3) - 3 = 18 - 15 - 3 = 0\\). ✓", {V}),
        (
            (
                "So the probability is \\(\\frac{5}{12}\\). Let me make sure the complement "
                "agrees: the other outcomes total \\(\\frac{7}{12}\\), and \\(1 - \\frac{7}{12} "
                "= \\frac{5}{12}\\). Good."
            ),
            {V},
        ),
        (
            (
                "Hmm, a negative area? That can't be right. I subtracted the bounds in the "
                "wrong order, so the area is \\(|-6| = 6\\)."
            ),
            {V},
        ),
        (
            (
                "The derivative is \\(f'(x) = 3x^2 - 12\\), so the critical points are \\(x = "
                "\\pm 2\\). Evaluating, \\(f(2) = 8 - 24 + 5 = -11\\) and \\(f(-2) = -8 + 24 + "
                "5 = 21\\). As a check on which is which, \\(f''(2) = 12 > 0\\), so \\(x = 2\\) "
                "really is the minimum. The local minimum value is \\(-11\\)."
            ),
            {V},
        ),
        (
            (
                "$\\gcd(84, 126) = 42$. Both $84/42 = 2$ and $126/42 = 3$ are integers and 2, 3 "
                "share no factor, so that's settled."
            ),
            {V},
        ),
        (
            (
                "There are \\(\\binom{6}{2} = 15\\) pairs. Counting them by hand to be safe: 5 "
                "+ 4 + 3 + 2 + 1 = 15. Same."
            ),
            {V},
        ),
        ("we get r = 4 from πr² = 16π. sanity: π·4² = 16π ok", {V}),
        (
            (
                "By Vieta the roots should add to 7 and multiply to 10; ours, 2 and 5, add to 7 "
                "and multiply to 10, consistent with \\(x^2 - 7x + 10\\)."
            ),
            {V},
        ),
        ("- Solved: \\(x = \\frac{3}{2}\\)\n- Check: \\(4 \\cdot \\frac{3}{2} - 1 = 5\\) ✔", {V}),
        (
            (
                "The expected value comes out as $3.5$. That matches the symmetry argument (the "
                "faces pair up as 1+6, 2+5, 3+4), so I'm confident in it."
            ),
            {V},
        ),
        (
            (
                "Integrating, \\(F(x) = x^3 - x^2 + C\\). Differentiating back gives \\(3x^2 - "
                "2x\\), which is the integrand, fine."
            ),
            {V},
        ),
        (
            (
                "Hold on, 17 isn't divisible by 3, so my claim that \\(n = 17\\) works for \\(3 "
                "\\mid n\\) is wrong; the smallest such \\(n\\) above 15 is 18."
            ),
            {V},
        ),
        (
            (
                "Length of the hypotenuse: \\(\\sqrt{9^2 + 12^2} = \\sqrt{225} = 15\\). And "
                "indeed 9-12-15 is the 3-4-5 triangle scaled by 3, so nothing's off."
            ),
            {V},
        ),
        (
            (
                "Hmm, integrating by parts a second time just makes the integral worse. Scrap "
                "that: substitute \\(u = x^2\\) instead, so \\(du = 2x\\,dx\\)."
            ),
            {B},
        ),
        (
            (
                "Direct casework is getting messy fast. Let me count the complement instead: "
                "total \\(2^{10} = 1024\\) strings, minus those with no two adjacent 1s."
            ),
            {B},
        ),
        (
            (
                "Wait, I set this up with the wrong triangle. Starting over with triangle "
                "\\(ABD\\), where \\(AB = 5\\) and \\(BD = 12\\), so \\(AD = 13\\)."
            ),
            {B},
        ),
        (
            (
                "I tried listing multiples of 7 under 100 that leave remainder 3 mod 4 but lost "
                "track. Going with the CRT instead: \\(n \\equiv 0 \\pmod 7\\) and \\(n \\equiv "
                "3 \\pmod 4\\) give \\(n \\equiv 7 \\pmod{28}\\)."
            ),
            {B},
        ),
        (
            (
                "ok coordinates were a mistake, the algebra blew up. going back to similar "
                "triangles: AD/AB = AE/AC so AE = 6·4/8 = 3"
            ),
            {B},
        ),
        (
            (
                "We want the limit of \\(\\frac{x^2 - 9}{x - 3}\\) as \\(x \\to 3\\). Applying "
                "L'Hôpital: the top differentiates to \\(2x\\) and the bottom to 1... actually "
                "factoring is cleaner, so I drop that and write \\(\\frac{(x-3)(x+3)}{x-3} = x "
                "+ 3 \\to 6\\)."
            ),
            {B},
        ),
        (
            (
                "Suppose the answer were \\(x = 4\\): then \\(\\log_2(4) + \\log_2(4 - 2) = 2 + "
                "1 = 3\\), not 4, so that guess fails. Next I try \\(x = 1 + \\sqrt{17}\\), "
                "from solving \\(x(x-2) = 16\\) properly."
            ),
            {V, B},
        ),
        (
            (
                "My first approach treated the balls as distinguishable, which gave 720, way "
                "more than the answer choices allow. Redoing it with identical balls and stars "
                "and bars: \\(\\binom{7}{2} = 21\\)."
            ),
            {V, B},
        ),
        (
            (
                "Let me try \\(k = 2\\): \\(2^2 + 2 = 6\\), not prime... \\(k = 3\\): \\(9 + 3 "
                "= 12\\), no. this guessing isn't going anywhere; note \\(k^2 + k = k(k+1)\\) "
                "is always even, so it's never an odd prime."
            ),
            {V, B},
        ),
        (
            (
                "So \\(\\sin\\theta = \\frac{4}{3}\\)?? that's bigger than 1, impossible. I "
                "must have the sides swapped; redoing with opposite 3 and hypotenuse 4 gives "
                "\\(\\sin\\theta = \\frac{3}{4}\\)."
            ),
            {V, B},
        ),
        (
            (
                "I've expanded three of the six terms and it's already a mess. Not continuing "
                "with that; a better route is to set \\(t = x + \\frac{1}{x}\\) and rewrite the "
                "equation in \\(t\\)."
            ),
            {B},
        ),
        (
            (
                "Proof by induction stalls at the inductive step because the \\(n+1\\) term "
                "doesn't split nicely. Switching tactics: a telescoping sum, since "
                "\\(\\frac{1}{k(k+1)} = \\frac{1}{k} - \\frac{1}{k+1}\\)."
            ),
            {B},
        ),
        (
            (
                "The plan:\n1. find the slope of the line through \\((1, 2)\\) and \\((3, "
                "8)\\)\n2. get the intercept\n3. set \\(y = 0\\) for the x-intercept."
            ),
            {S},
        ),
        (
            (
                "Let's break this into two pieces: the probability of drawing a red first, "
                "\\(\\frac{3}{8}\\), and then the probability the second is blue given that, "
                "\\(\\frac{5}{7}\\). The answer is their product."
            ),
            {S},
        ),
        (
            (
                "We'll handle the three cases \\(n \\equiv 0, 1, 2 \\pmod 3\\) separately and "
                "combine them at the end."
            ),
            {S},
        ),
        (
            (
                "The key is to isolate the radical first; once \\(\\sqrt{x+3}\\) is alone on "
                "one side, we can square both sides and solve the quadratic."
            ),
            {S},
        ),
        (
            (
                "The variance needs three intermediate results: the mean, the squared "
                "deviations, and their average. First the mean: for 2, 4, 6, 8 it is 5."
            ),
            {S},
        ),
        (
            (
                "Goal 1: volume of the cone, \\(\\frac{1}{3}\\pi r^2 h = 12\\pi\\). Goal 2: "
                "volume of the hemisphere on top. Then add the two."
            ),
            {S},
        ),
        (
            (
                "i'll do the inner integral first then worry about the outer one. inner: ∫_0^x "
                "y dy = x²/2"
            ),
            {S},
        ),
        (
            (
                "There's a lot going on, so let me organise. We have a right triangle inscribed "
                "in a circle of radius 5, with one leg 6. Step one is to see the hypotenuse is "
                "a diameter, 10; step two, the other leg, \\(\\sqrt{100 - 36} = 8\\); step "
                "three, the area \\(\\frac{1}{2} \\cdot 6 \\cdot 8 = 24\\)."
            ),
            {S},
        ),
        (
            (
                "To count the 4-digit numbers with distinct digits that are even, it's cleanest "
                "to fix the last digit and split into two sub-problems: last digit 0, and last "
                "digit in \\(\\{2,4,6,8\\}\\)."
            ),
            {S},
        ),
        (
            (
                "**Approach.** Reduce to finding \\(\\cos A\\) first, since everything else "
                "follows from the law of cosines once we have it."
            ),
            {S},
        ),
        (
            (
                "we need a, b and then c, in that order, because c depends on the other two: "
                "from the first equation a = 2"
            ),
            {S},
        ),
        (
            (
                "For \\((x - 2)(x + k)\\) to vanish at \\(x = 5\\), we need the second factor "
                "to be zero there, so \\(5 + k = 0\\) and \\(k = -5\\)."
            ),
            {C},
        ),
        (
            (
                "Start from what we want to prove, \\(a^2 + b^2 \\ge 2ab\\). Moving everything "
                "to one side, this is the same as \\((a - b)^2 \\ge 0\\), which always holds."
            ),
            {C},
        ),
        (
            (
                "For the function to be continuous at \\(x = 1\\), the left-hand value \\(1 + "
                "a\\) must equal the right-hand value 3, which forces \\(a = 2\\)."
            ),
            {C},
        ),
        (
            (
                "Working backwards: at the end she had \\$18; before spending half she had "
                "\\$36; before the \\$4 purchase she had \\$40. So she started with \\$40."
            ),
            {C},
        ),
        (
            (
                "for x² + kx + 9, what would make the discriminant zero? need \\(k^2 = 4 \\cdot "
                "1 \\cdot 9\\), i.e. \\(k^2 = 36\\), so \\(k = \\pm 6\\)"
            ),
            {C},
        ),
        (
            (
                "For the line \\(x + y = c\\) to meet the circle \\(x^2 + y^2 = 9\\) exactly "
                "once, it must be tangent, and tangency means the distance from the center to "
                "the line equals the radius. So we need \\(\\frac{|c|}{\\sqrt{2}} = 3\\), "
                "giving \\(|c| = 3\\sqrt{2}\\)."
            ),
            {C},
        ),
        (
            (
                "To get the area of the trapezoid we need its height, and to get the height we "
                "need the horizontal offset of a leg, \\((14 - 8)/2 = 3\\); then \\(h = "
                "\\sqrt{5^2 - 3^2} = 4\\)."
            ),
            {S, C},
        ),
        (
            (
                "The answer has to be a multiple of 12 (it's divisible by both 3 and 4), so I "
                "only need to look at 12, 24, 36, ... and ask which of those is one more than a "
                "multiple of 5. 12 is 10 + 2, no; 24 is 20 + 4, no; 36 is 35 + 1, yes."
            ),
            {V, C},
        ),
        (
            (
                "Which \\(n\\) gives a sum of 55? Since \\(\\frac{n(n+1)}{2} = 55\\) needs "
                "\\(n(n+1) = 110 = 10 \\cdot 11\\), we get \\(n = 10\\)."
            ),
            {C},
        ),
        (
            (
                "If the final probability is to be \\(\\frac{1}{2}\\), the two branches must "
                "contribute equally, so the second urn, which holds 4 blue balls, has to have "
                "as many red as blue; that means \\(r = 4\\)."
            ),
            {C},
        ),
        (
            (
                "Last two digits of \\(7^{100}\\), in two steps: find the period of 7 mod 100, "
                "then reduce the exponent by it. \\(7^4 = 2401 \\equiv 1\\), and \\(100 = 4 "
                "\\cdot 25\\), so \\(7^{100} \\equiv 1\\) and the digits are 01."
            ),
            {S},
        ),
        (
            (
                "Let's think about what the last step of the proof must look like: to conclude "
                "\\(AB = CD\\) we'd want two congruent triangles containing those sides, namely "
                "\\(ABE\\) and \\(CDE\\). So we need to show those are congruent, which needs "
                "\\(AE = CE\\) and the vertical angles."
            ),
            {S, C},
        ),
        (
            (
                "We need to reach 38 using 6, 7 and 4. 38 sits just under 42, and 42 is 6 * 7, "
                "so subtracting the 4 should land it: 6 * 7 - 4 = 38."
            ),
            {C},
        ),
        (
            (
                "<think> 81 = 27 * 3, and I have the 27, so the 3 has to come out of 15 and 5: "
                "15 / 5 = 3. 27 * (15 / 5) = 81. </think>"
            ),
            {S, C},
        ),
        (
            (
                "<think> 12 + 5 + 7 = 24, too small. need something much bigger so multiply: 12 "
                "* 7 = 84, 84 - 5 = 79, too big. 67 - 7 = 60 and 60 = 12 * 5! so 12 * 5 + 7 = "
                "67 </think>"
            ),
            {V, B, C},
        ),
        (
            (
                "Goal: 76 from 50, 2, 3 and 1. Let me first combine 50 and 2 into 25, and then "
                "the 3 and 1 take care of the rest: 50 / 2 = 25, 25 * 3 = 75, 75 + 1 = 76."
            ),
            {S},
        ),
        (
            (
                "- first piece: 3 * 6 = 18\n- second piece: make the two 5s cancel, 5 - 5 = 0\n"
                "- combine: 18 + 0 = 18"
            ),
            {S},
        ),
        (
            (
                "using 52, 36 and 11 to reach 77: 52 + 36 = 88, 88 - 11 = 77. is it 77? yes, 77 "
                "is the target"
            ),
            {V},
        ),
        ("8 * 9 = 72 and 72 + 1 = 73 ... target was 71 so no", {V}),
        (
            (
                "Close but not quite: 14 * 5 = 70, 70 + 8 = 78, that's 2 over 76. Let me drop "
                "the multiply-by-5 idea and use 8 * 5 = 40, 40 + 14 = 54. Nope, far under."
            ),
            {V, B},
        ),
        ("<think>\n(33 + 17) / 2 = 25\n(33 - 17) * 2 = 32\n</think>", {B}),
        ("44 - 4 - 2 = 38\n44 / 2 = 22, 22 - 4 = 18\n44 / 4 + 2 = 13", {B}),
        (
            (
                "<think> Target 30. The last step is probably 5 * 6; I have the 5, so I need a "
                "6 from 8 and 2, and 8 - 2 = 6. </think> <answer>5 * (8 - 2)</answer>"
            ),
            {S, C},
        ),
        ("17 = 20 - 3, and 20 = 4 * 5, so with 4, 5 and 3 the expression is 4 * 5 - 3 = 17.", {C}),
        (
            (
                "target is 99, thats 100 - 1, so i want 100 from the rest: 25 * 4 = 100 and the "
                "1 is already there. 25 * 4 - 1 = 99"
            ),
            {S, C},
        ),
        (
            (
                "Going backwards from 48: it could be 6 * 8, but an 8 from 10 and 3 isn't "
                "possible (10 - 3 = 7). Try 48 = 3 * 16 instead, and 16 = 10 + 6, so 3 * (10 + "
                "6) = 48."
            ),
            {V, B, C},
        ),
        (
            (
                "Plan: first make 7 using 2 and 5 then multiply by 9 (2 + 5 = 7, 7 * 9 = 63). "
                "check 63: yes target hit."
            ),
            {V, S},
        ),
        (
            (
                "Let's aim for an intermediate value of 10, since 10 * 7 = 70 is the target: 13 "
                "- 3 = 10, so (13 - 3) * 7 = 70."
            ),
            {S, C},
        ),
        ("* (19 - 5) * 3 = 42\n* verify: 19 - 5 = 14, 14 * 3 = 42 ✓", {V}),
        ("<think> 60 / 5 = 12, 12 + 13 = 25, that's the one. </think>", {V}),
        (
            ("**Attempt 1:** 9 * 6 / 2 = 27 → not 30.\n**Attempt 2:** (9 + 6) * 2 = 30 → matches."),
            {V, B},
        ),
        (
            (
                "Okay, so I need 91. Hmm, 91 = 7 * 13. Do I have those? I have 7, and 13 could "
                "be 10 + 3. So 7 * (10 + 3) = 91."
            ),
            {S, C},
        ),
        ("75 - 25 = 50, 50 + 4 = 54\n75 / 25 = 3, 3 * 4 = 12\n75 + 25 = 100, 100 / 4 = 25", {B}),
        (
            (
                "23 plus 31 is 54 plus 2 is 56 thats over by 4 so no what about 31 minus 23 is "
                "8 times 2 is 16 no also not 52 ok 23 times 2 is 46"
            ),
            {V, B},
        ),
        (
            (
                "Let's find all integer solutions of \\(x^2 - y^2 = 15\\) with \\(x, y > 0\\). "
                "I first tried plugging in small values: \\(y = 1\\) gives \\(x^2 = 16\\), so "
                "\\((4, 1)\\) is one, but this can never show I've found them all. Better idea: "
                "factor as \\((x - y)(x + y) = 15\\) and run through the factor pairs \\((1, "
                "15)\\) and \\((3, 5)\\). That gives \\((8, 7)\\) and \\((4, 1)\\)."
            ),
            {B},
        ),
        (
            (
                "The substitution \\(u = \\sin x\\) leaves a stray factor I can't absorb. Let "
                "me go the other way, \\(u = \\cos x\\), \\(du = -\\sin x\\,dx\\), which does "
                "match the numerator."
            ),
            {B},
        ),
        (
            (
                "- approach A (geometric series formula): stuck, the ratio isn't constant\n- "
                "approach B: partial fractions, \\(\\frac{1}{n(n+2)} = "
                "\\frac{1}{2}\\left(\\frac{1}{n} - \\frac{1}{n+2}\\right)\\)"
            ),
            {B},
        ),
        (
            (
                "Wait, no. If I take \\(A\\) as the origin then \\(C\\) isn't on an axis and "
                "the distances get ugly. Let me put \\(C\\) at the origin instead, with "
                "\\(CA\\) along the \\(x\\)-axis."
            ),
            {B},
        ),
        (
            (
                "Hmm, maybe I shouldn't be using the sine rule here at all. We know all three "
                "sides, so the cosine rule gives the angle directly: \\(\\cos C = \\frac{5^2 + "
                "7^2 - 8^2}{2 \\cdot 5 \\cdot 7} = \\frac{10}{70} = \\frac{1}{7}\\)."
            ),
            {B},
        ),
        (
            (
                "tried completing the square but got fractions everywhere, abandoning that. "
                "factoring: 2x² + 7x + 3 = (2x + 1)(x + 3) so x = -1/2 or x = -3"
            ),
            {B},
        ),
        (
            (
                "Counting the seatings directly gives 120, but that counts each rotation of the "
                "same arrangement 5 times, so it's off. Fix one person's seat and arrange the "
                "other four instead: \\(4! = 24\\)."
            ),
            {V, B},
        ),
        (
            (
                "I was going to prove this by induction, but partway through the base case a "
                "cleaner route occurred to me: pair the first term with the last, the second "
                "with the second-to-last, and so on."
            ),
            {B},
        ),
        (
            (
                "That gives \\(P = 1.3\\), which is impossible for a probability. Back up: the "
                "events overlap, so inclusion-exclusion is needed, \\(0.6 + 0.7 - 0.42 = "
                "0.88\\)."
            ),
            {V, B},
        ),
        (
            (
                "Solving \\(2^t > 50\\) with logs was going in circles for me. Let me instead "
                "just tabulate: \\(2^5 = 32\\) and \\(2^6 = 64\\), so the first whole \\(t\\) "
                "that works is 6."
            ),
            {B},
        ),
        (
            (
                "We need the volume of the solid. I'll set this up in three stages: (i) find "
                "where \\(y = x^2\\) and \\(y = 2x\\) meet, (ii) write the washer area as a "
                "function of \\(x\\), (iii) integrate. For (i), \\(x^2 = 2x\\) gives \\(x = "
                "0\\) and \\(x = 2\\)."
            ),
            {S},
        ),
        (
            (
                "Before the sum formula can be applied we need two ingredients, the common "
                "ratio and the first term, so let's get those out of the given terms \\(a_2 = "
                "6\\) and \\(a_5 = 162\\)."
            ),
            {S},
        ),
        (
            (
                "Break it down:\n• how many ways to pick the 3-person committee from 8\n• how "
                "many of those contain both Ann and Bob\n• subtract the second from the first"
            ),
            {S},
        ),
        (
            (
                "Sub-problem 1: \\(360 = 2^3 \\cdot 3^2 \\cdot 5\\) has \\(4 \\cdot 3 \\cdot 2 "
                "= 24\\) divisors. Sub-problem 2: how many of those are even. Sub-problem 3: "
                "how many are perfect squares."
            ),
            {S},
        ),
        (
            (
                "Let's solve for the radius first and only then find the surface area, since "
                "\\(A = 4\\pi r^2\\) needs \\(r\\); from \\(\\frac{4}{3}\\pi r^3 = 36\\pi\\), "
                "\\(r = 3\\)."
            ),
            {S, C},
        ),
        (
            (
                "Okay so there are really two questions hiding in here: how fast the tank "
                "fills, and how long until it overflows. I want the first one nailed down "
                "before touching the second. Net rate: 5 - 2 = 3 liters per minute."
            ),
            {S},
        ),
        (
            (
                "Milestones: get the equation of the tangent at \\(x = 1\\), find where it "
                "meets the \\(x\\)-axis, then compute the triangle's area."
            ),
            {S},
        ),
        (
            (
                "Our intermediate target is \\(\\tan\\theta\\); once we have it, every quantity "
                "the problem asks for is a one-line consequence."
            ),
            {S},
        ),
        (
            (
                "For \\(\\frac{x + a}{x - 3}\\) to have a hole rather than an asymptote at \\(x "
                "= 3\\), the numerator has to vanish there too, so \\(a = -3\\)."
            ),
            {C},
        ),
        (
            (
                "The number ends at 1 after three halvings, so it must have started at \\(1 "
                "\\cdot 2^3 = 8\\)."
            ),
            {C},
        ),
        (
            (
                "To make \\(x^2 + 10x + c\\) a perfect square we'd need \\(c = "
                "\\left(\\frac{10}{2}\\right)^2 = 25\\)."
            ),
            {C},
        ),
        (
            (
                "what needs to be true for the system to have no solution? the lines must be "
                "parallel but not the same, so the slopes match: a/2 = 3, a = 6, and the "
                "intercepts must differ"
            ),
            {C},
        ),
        (
            (
                "Reverse the process: the final temperature was 20°, before the 8° drop it was "
                "28°, and before it doubled it was 14°."
            ),
            {C},
        ),
        (
            (
                "For the mean of the five scores to be 80, they must total 400. The four known "
                "scores sum to 318, so the last one has to be 82."
            ),
            {C},
        ),
        (
            (
                "To show \\(\\triangle ABC \\sim \\triangle DEF\\) it's enough to get two "
                "matching angles. We have \\(\\angle A = \\angle D\\) already, so what's left "
                "is to find one more pair."
            ),
            {S, C},
        ),
        (
            (
                "For \\(\\sqrt{n + 7}\\) to be an integer with \\(n\\) positive, \\(n + 7\\) "
                "has to be a perfect square bigger than 7; the smallest is 9, so \\(n = 2\\)."
            ),
            {C},
        ),
        (
            (
                "We need \\(P(X \\ge 1) = 0.75\\), so \\(P(X = 0)\\) must be 0.25, i.e. \\((1 - "
                "p)^2 = 0.25\\) and \\(p = 0.5\\)."
            ),
            {C},
        ),
        (
            (
                "Using the shoelace formula on \\((0,0), (4,0), (4,3)\\): \\(\\frac{1}{2}|0 + "
                "12 + 0| = 6\\). It's a right triangle with legs 4 and 3, and \\(\\frac{1}{2} "
                "\\cdot 4 \\cdot 3 = 6\\) as well, so the two methods agree."
            ),
            {V},
        ),
        (
            (
                "\\(x = 5\\): LHS \\(\\sqrt{5 + 4} = 3\\), RHS \\(5 - 2 = 3\\). Works. \\(x = "
                "0\\): LHS 2, RHS \\(-2\\). Extraneous, toss it."
            ),
            {V},
        ),
        (
            (
                "Quick estimate to see if 1,482 is plausible: 38 × 39 is about 40 × 37 = 1,480, "
                "so it's in the right ballpark."
            ),
            {V},
        ),
        (
            (
                "So there are \\(2^5 = 32\\) subsets, of which \\(\\binom{5}{0} + \\binom{5}{1} "
                "= 6\\) have fewer than two elements (and the binomial row 1, 5, 10, 10, 5, 1 "
                "does add to 32, so the total is right), leaving 26."
            ),
            {V},
        ),
        (
            (
                "The largest \\(n\\) with \\(n^2 < 500\\): \\(\\sqrt{500} \\approx 22.4\\), so "
                "try 22. \\(22^2 = 484 < 500\\), while \\(23^2 = 529 > 500\\), confirming 22."
            ),
            {V},
        ),
        (
            (
                "We need to reach 26 using 2, 11 and 4. 26 is 2 * 13, so I'd want 13 from 11 "
                "and 4... 11 + 4 = 15, not 13. Alternatively 26 = 22 + 4, and 22 = 11 * 2. So "
                "11 * 2 + 4 = 26."
            ),
            {V, B, C},
        ),
        (
            (
                "We need to make 60 from 15, 2 and 2. 60 = 15 * 4, and the two 2s can supply "
                "the 4: 15 * (2 + 2) = 60."
            ),
            {S, C},
        ),
        (
            (
                "<think> We need to reach 94 using 47, 3 and 1. Let's see, 47 * 3 = 141, way "
                "too big. 47 + 3 + 1 = 51, too small. Since 94 = 2 * 47, I need a 2 from 3 and "
                "1: 3 - 1 = 2. So 47 * (3 - 1) = 94. </think>\n<answer>47 * (3 - 1)</answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "35 is 5 * 7, so I should look for a 7 among the others, and 21 / 3 = 7. Hence "
                "5 * (21 / 3) = 35."
            ),
            {S, C},
        ),
        (
            (
                "what's the final operation? if it's a subtraction from 50 then 50 - x = 44 "
                "means x = 6, and 6 = 2 * 3. 50 - 2 * 3 = 44"
            ),
            {S, C},
        ),
        (
            (
                "We need to reach 16 using 64, 2 and 2. Work backwards: 16 is 64 / 4, and 4 = 2 "
                "+ 2. So 64 / (2 + 2) = 16, which checks out since 64 / 4 really is 16."
            ),
            {V, S, C},
        ),
        (
            (
                "Number to hit: 27. That's 30 - 3, and I've got 30, 1 and 3, so the 1 just "
                "needs to be absorbed by multiplying: 30 - 3 * 1 = 27."
            ),
            {C},
        ),
        (
            (
                "I'll treat this as two halves: make 40 from 8 and 5, make 10 from 6 and 4, "
                "then add. 8 * 5 = 40, 6 + 4 = 10, 40 + 10 = 50."
            ),
            {S},
        ),
        (
            (
                "Strategy: shrink the big number to something small first, then build up with "
                "the rest. 100 / 25 = 4, 4 * 6 = 24, 24 - 1 = 23."
            ),
            {S},
        ),
        (
            (
                "We need to reach 22 using 9, 3, 8 and 2. The plan: collapse 9 and 3 to a 3, "
                "then multiply by 8 and take off the 2. 9 / 3 = 3, 3 * 8 = 24, 24 - 2 = 22."
            ),
            {S},
        ),
        (
            ("Subgoal: 12 from 36 and 3 (36 / 3 = 12). Then 12 + 8 = 20. Does that equal 20? yes."),
            {V, S},
        ),
        ("<think>\n37 + 44 = 81, 81 - 16 = 65\nhmm 65, target's 65. good.\n</think>", {V}),
        (
            (
                "We need to reach 43 using 5, 9 and 2. Taking 5 * 9 = 45 and subtracting 2 "
                "gives 43. Double-checking that each number is used once: 5, 9, 2, yes, and 45 "
                "- 2 is indeed 43."
            ),
            {V},
        ),
        ("Option: 31 + 8 * 2 = 47\nOption: (31 + 8) * 2 = 78\nOption: 31 * 2 + 8 = 70", {B}),
        ("<think> 16 * 5 = 80, 80 + 12 = 92 ... hmm. 12 * 5 = 60, 60 + 16 = 76 </think>", {B}),
        (
            (
                "We need to reach 11 using 99, 9 and 2. 99 / 9 = 11 would do it, except the 2 "
                "would be left over and it can't be made to vanish. So try 11 = 9 + 2 and "
                "dispose of 99? Also impossible. And (99 - 2) / 9 isn't a whole number."
            ),
            {V, B, C},
        ),
        (
            (
                "Alright, let's tackle this. The sequence is 3, 7, 11, ..., so the common "
                "difference is 4 and the \\(n\\)th term should be \\(4n - 1\\). For \\(n = 1\\) "
                "that formula gives 3 and for \\(n = 3\\) it gives 11, matching the list. Now "
                "the sum of the first 20 terms is \\(\\frac{20}{2}(3 + 79) = 820\\)."
            ),
            {V},
        ),
        (
            (
                "We're told the rectangle's perimeter is 30 and its diagonal is "
                "\\(\\sqrt{113}\\). So \\(l + w = 15\\) and \\(l^2 + w^2 = 113\\). I started "
                "substituting \\(w = 15 - l\\) into the second equation, but the quadratic got "
                "clumsy, so I'm switching to the identity \\((l + w)^2 = l^2 + 2lw + w^2\\) "
                "instead: \\(225 = 113 + 2lw\\), hence \\(lw = 56\\). The area is 56."
            ),
            {B},
        ),
        (
            (
                "**Strategy**\n1. Express everything in base 2.\n2. Equate exponents.\n3. Solve "
                "the linear equation.\n\n\\(4^{x} = 8^{x-1}\\) becomes \\(2^{2x} = 2^{3x - "
                "3}\\), so \\(2x = 3x - 3\\) and \\(x = 3\\)."
            ),
            {S},
        ),
        (
            (
                "<think> We need to reach 58 using 4, 13 and 6. Adding everything gives 23, "
                "nowhere near. Let me think of it as getting a product near 58 first and then "
                "adjusting with the last number: 4 * 13 = 52, then 52 + 6 = 58. </think>"
            ),
            {V, B, S},
        ),
        (
            (
                "Let me work through this systematically.\n\n- 15 + 25 + 4 = 44 (too low)\n- 25 "
                "* 4 = 100, 100 - 15 = 85 (too high)\n- (25 - 15) * 4 = 40 (too low)\n\nNone of "
                "these give 64 yet."
            ),
            {V, B},
        ),
        (
            (
                "To reach the target of 34, I will multiply 8 by 3 to get 24 and then add 10. 8 "
                "* 3 = 24. 24 + 10 = 34. This equals the target number, so the solution is "
                "correct."
            ),
            {V},
        ),
        (
            (
                "I'd like the final step to be a division by 2, since 2 is the awkward number; "
                "that means the other three should make 84. 84 = 7 * 12 and 12 = 9 + 3. So 7 * "
                "(9 + 3) / 2 = 42."
            ),
            {S, C},
        ),
    )
)

#: The Countdown instance of each fourteenth-round row, in order: (target, numbers), or None.
FOURTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (32, (6, 4, 2)),
    (71, (53, 9, 27)),
    (36, (12, 3, 9)),
    (89, (70, 4, 15)),
    (62, (95, 39, 6)),
    (79, (81, 9, 7)),
    (58, (48, 17, 5)),
    (71, (25, 3, 2)),
    (13, (44, 8, 4)),
    (55, (19, 33, 41)),
    (54, (7, 8, 2)),
    (50, (100, 14, 2)),
    (90, (67, 22, 2)),
    (58, (13, 4, 6)),
    (24, (96, 9, 5)),
    (84, (3, 17, 11)),
    (64, (8, 5, 3)),
    (90, (7, 3, 9)),
    (39, (4, 5, 19)),
    (99, (15, 12, 31, 6)),
    (22, (25, 9, 6)),
    (72, (9, 2, 4)),
    (45, (60, 10, 5)),
    (100, (25, 7, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (38, (6, 7, 4)),
    (81, (27, 15, 5)),
    (67, (12, 5, 7)),
    (76, (50, 2, 3, 1)),
    (18, (3, 6, 5, 5)),
    (77, (52, 36, 11)),
    (71, (8, 9, 1)),
    (76, (14, 5, 8)),
    (32, (33, 17, 2)),
    (13, (44, 4, 2)),
    (30, (5, 8, 2)),
    (17, (4, 5, 3)),
    (99, (25, 4, 1)),
    (48, (6, 10, 3)),
    (63, (2, 5, 9)),
    (70, (13, 3, 7)),
    (42, (19, 5, 3)),
    (25, (60, 5, 13)),
    (30, (9, 6, 2)),
    (91, (7, 10, 3)),
    (25, (75, 25, 4)),
    (52, (23, 31, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (26, (2, 11, 4)),
    (60, (15, 2, 2)),
    (94, (47, 3, 1)),
    (35, (5, 21, 3)),
    (44, (50, 2, 3)),
    (16, (64, 2, 2)),
    (27, (30, 1, 3)),
    (50, (8, 5, 6, 4)),
    (23, (100, 25, 6, 1)),
    (22, (9, 3, 8, 2)),
    (20, (36, 3, 8)),
    (65, (37, 44, 16)),
    (43, (5, 9, 2)),
    (70, (31, 8, 2)),
    (76, (16, 5, 12)),
    (11, (99, 9, 2)),
    None,
    None,
    None,
    (58, (4, 13, 6)),
    (64, (15, 25, 4)),
    (34, (8, 3, 10)),
    (42, (7, 9, 3, 2)),
)

#: The fourteenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
FOURTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Step 1: 12 * 2 = 24.",
    "<think> 25 - 3 = 22, 22 * 4 = 88 </think>\n<answer>(25 - 3) * 4</answer>",
    "We need to reach 40 using the numbers 5, 6 and 2.",
    "Check the units given in the problem: the speed is in km/h and the time is in minutes.",
    "We need to find \\(x\\) first; from \\(3x = 12\\), \\(x = 4\\).",
    "Step 2: 24 + 5 = 29.",
    "The target is 24.",
    "<think> 19 + 23 = 42, 42 * 2 = 84 </think>\n<answer>(19 + 23) * 2</answer>",
    "Let's confirm the domain: \\(x > 0\\) because of the logarithm.",
    (
        "We need to check whether complex roots count; the problem says real solutions, so only "
        "those."
    ),
    "Substituting \\(x = 2\\) into \\(f(x) = x^2 + 1\\) gives \\(f(2) = 5\\).",
    "The goal of the problem is to find the area of the shaded region.",
    "To find \\(x\\), we expand the product and collect like terms.",
    "Verification is the process of checking a result against known facts.",
    "A subgoal is an intermediate target on the way to the final answer.",
    "In backward chaining, one starts from the goal and works toward the given facts.",
    "Backtracking means returning to an earlier choice point in a search.",
    "Step 1: 50 - 2 = 48\nStep 2: 48 + 3 = 51",
    "Let me compute \\(\\int_0^1 x^2\\,dx = \\frac{1}{3}\\).",
    "The final answer is \\(\\boxed{7}\\).",
    "First, note that the triangle is isosceles.",
    "Try 8 * 3 = 24. Then 24 + 7 = 31.",
    "We want to find the probability that both coins land heads.",
    "Recall that \\(\\sin^2\\theta + \\cos^2\\theta = 1\\).",
    "Make sure to use each number exactly once.",
    "The answer must be a whole number, since the problem asks how many people attended.",
    "Instead of writing \\(\\frac{6}{8}\\), we write it in lowest terms as \\(\\frac{3}{4}\\).",
    "The check digit of an ISBN is computed from the other nine digits.",
    "<answer> (90 - 18) / 3 </answer>",
    "So 100 - 25 = 75, and 75 + 8 = 83.",
    "We are given that \\(a + b = 10\\) and \\(ab = 21\\).",
    "By the Pythagorean theorem, \\(c = \\sqrt{3^2 + 4^2} = 5\\).",
    "The number of ways to choose 3 of 5 is \\(\\binom{5}{3} = 10\\).",
    "hmm ok let me think about this one",
    "Let's start by writing down what we know.",
    "Multiply both sides by 4 to get \\(x = 20\\).",
    "The problem asks for the remainder when \\(2^{10}\\) is divided by 7.",
    "The two cases in the definition of \\(|x|\\) are \\(x \\ge 0\\) and \\(x < 0\\).",
    "Using the numbers 7, 4 and 9: 7 * 4 = 28, then 28 + 9 = 37.",
    "Then the slope is \\(\\frac{8 - 2}{3 - 1} = 3\\).",
    "I'll use the quadratic formula, \\(x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\).",
    "The target number is 100 and the available numbers are 25, 4 and 1.",
    "Let me re-read the question: it asks for the perimeter, not the area.",
    "Note: division must give whole numbers in this game.",
    "<think> 6 * 7 = 42, 42 - 4 = 38 </think>",
    "Expanding, \\((x+3)^2 = x^2 + 6x + 9\\).",
    "We are asked to prove that the sum of two even numbers is even.",
    "The mean of 3, 5 and 10 is 6.",
    "Simplifying the fraction gives \\(\\frac{2}{5}\\).",
    "Let \\(n\\) be the number of students in the class.",
    "so total = 12 + 15 = 27 apples",
    "Therefore the perimeter is 28 cm.",
    "**Answer:** 3 * (11 + 5) = 48",
    "Let's define \\(p\\) as the probability of rain on a given day.",
    "We need \\(f(3)\\) for \\(f(x) = 2x + 1\\): \\(f(3) = 7\\).",
    "Step 3: divide by 2 to get 9.",
    "A quick reminder of the rules: only +, -, * and / are allowed.",
    "The derivative of \\(\\sin x\\) is \\(\\cos x\\).",
    "<think> 45 + 30 = 75, 75 - 9 = 66 </think> <answer> 45 + 30 - 9 </answer>",
    "There are 52 cards in a standard deck, 13 of each suit.",
    "the equation is 3x - 7 = 11, so 3x = 18 and x = 6",
    "Let me set up the equation: \\(5t = 60\\).",
    "In this problem, 'at least one' means one or more.",
    "Each interior angle of a regular hexagon is \\(120^\\circ\\).",
    "We can write 36 as \\(2^2 \\cdot 3^2\\).",
    "Using \\(A = \\pi r^2\\) with \\(r = 3\\), \\(A = 9\\pi\\).",
    "(12 + 8) * 5 = 100",
    "Let's confirm we are looking for the smallest positive integer, not the smallest integer.",
    "We need to check whether the endpoints are included: the interval is closed, so they are.",
    "Our goal is to compute \\(\\sum_{k=1}^{10} k\\), which is 55.",
    "The numbers are 3, 9 and 27, and the target is 81.",
    "We need to reach 45 using 60, 10 and 5; all three numbers must be used.",
    "Step 4: 88 - 8 = 80.",
    "Now we find \\(y\\): \\(y = 2(4) - 3 = 5\\).",
    "Working from left to right, 8 - 3 + 2 = 7.",
    "The answer choices are 12, 14, 16 and 18.",
    "We are told the result should be positive.",
    "The plan of the proof, as the textbook states it, is to use induction on \\(n\\).",
    "We need to reach 63 using 2, 5 and 9: (2 + 5) * 9 = 63.",
)

#: The Countdown instance of each fourteenth-round control, in order.
FOURTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    (88, (25, 3, 4)),
    None,
    None,
    None,
    None,
    None,
    (84, (19, 23, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (51, (50, 2, 3)),
    None,
    None,
    None,
    (31, (8, 3, 7)),
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (90, 18, 3)),
    (83, (100, 25, 8)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (37, (7, 4, 9)),
    None,
    None,
    None,
    None,
    None,
    (38, (6, 7, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (48, (3, 11, 5)),
    None,
    None,
    None,
    None,
    None,
    (66, (45, 30, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (100, (12, 8, 5)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (63, (2, 5, 9)),
)

#: Structural backtracking, fourth wave (issue 19, ``rewardkit.reflect.switches``), written with
#: the rules: a result judged impossible / absurd / off before another method, a method dropped
#: in so many words ("scrap that", "leave that alone"), an attempt superseded by a better method
#: ("my first idea ..., but a quicker way ..."), Countdown operations spelled out and a
#: decomposition found unmakeable before another operator; every row is backtracking. Near
#: misses in BT_STRUCT3_CONTROLS.
BT_STRUCT3: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({B}))
    for text in (
        # math: a verdict on a result, then another method
        "With the sides as I labelled them, \\(\\cos A = \\frac{7}{5}\\), which is impossible. "
        "Redoing it with the 7 as the hypotenuse: \\(\\cos A = \\frac{5}{7}\\).",
        "The expected number of heads came to 14.5 in 12 tosses, which makes no sense. Back up: "
        "I summed over both coins, so halve it, 7.25 per coin... and that is still over 6.",
        "Solving gives \\(r = -3\\). That can't be right for a radius; redo it with the chord "
        "as the base: \\(r = 3\\).",
        "The probability comes to \\(\\frac{9}{8}\\), which doesn't make sense. Another way: "
        "count the favourable pairs directly, 9 of 16.",
        "Polar coordinates were a mistake for this region; back to Cartesian: the area is "
        "\\(\\int_0^1 x\\,dx = \\frac{1}{2}\\).",
        # math: the method dropped in so many words
        "I tried \\(u = \\sin x\\) and the integral only got worse, so scrap that. Integrating "
        "by parts: \\(\\int x \\cos x\\,dx = x \\sin x + \\cos x + C\\).",
        "Expanding \\((x + 1)^6\\) term by term gets long; let me leave that alone. The "
        "binomial theorem gives the \\(x^3\\) coefficient, \\(\\binom{6}{3} = 20\\).",
        # math: an attempt superseded by a better method
        "My first idea was to list all 36 outcomes, but a quicker way is to count the "
        "complement: \\(1 - \\frac{25}{36} = \\frac{11}{36}\\).",
        "We were going to apply the quadratic formula, but factoring is simpler here: "
        "\\((x - 2)(x - 5) = 0\\).",
        # Countdown: a result judged off, or the attempt dropped
        "Target 52 with 8, 7 and 4. 8 * 7 + 4 = 60, way more than 52. Redo: 8 * 7 - 4 = 52.",
        "Dividing 45 by 9 gives 5 and the 2 won't fit, so drop that. 45 - 9 = 36, 36 + 2 = 38.",
        "Adding them all, 3 + 9 + 10 = 22, nowhere near 90. Multiply instead: 9 * 10 = 90, "
        "and the 3 is left.",
        # a verdict, then the problem looked at differently (both domains)
        "Adding all four, 4 + 6 + 8 + 12 = 30, nowhere near 96. Let me think of it as a "
        "product: 8 * 12 = 96, and 6 - 4 = 2 is left.",
        "Cramer's rule isn't going to help with a singular matrix; let me look at it "
        "differently: the rows are proportional, so the system has infinitely many solutions.",
        # Countdown: operations spelled out, the same operands under another operator
        "19 plus 6 is 25 thats 3 over so no. 19 minus 6 is 13 and 13 plus 9 is 22",
        # Countdown: the first result taken apart and found unmakeable
        "Target 17. 17 + 5 = 22 = 2 * 11? I don't have 11. 17 - 5 = 12 = 3 * 4, so 3 * 4 + 5 = 17.",
    )
)
BT_STRUCT3_CONTROLS: tuple[str, ...] = (
    # a verdict on a case, then the next case (casework, not another method)
    "If \\(x = -2\\) the length is \\(-1\\), which is impossible, so there is no triangle in "
    "this case; alternatively, if \\(x = 3\\), the sides are 3, 4 and 5.",
    # a candidate rejected for another (a check of the roots, not another method)
    "The quadratic gives \\(t = -4\\), which makes no sense for a time; instead, the other "
    "root, \\(t = 2\\), is the answer.",
    # a verdict on the problem's data, no attempt before it
    "It is impossible to draw two tangents from a point inside the circle; instead, we use "
    "the chord through it.",
    # a term dropped, not a method; a reminder, not an abandonment
    "We can drop it, since the constant term is zero, and then \\(f(x) = x^2\\).",
    "Using the identity, the cross term vanishes, so drop that term and keep \\(x^2 + 1\\).",
    "Don't forget the addition: 12 + 3 = 15 in all.",
    # an attempt that worked, then a quicker way (no approach dropped)
    "I first tried \\(x = 2\\) and it works, but a quicker way is to note the symmetry.",
    # an attempt with no better method after it
    "My first idea was to factor, and \\((x - 1)(x + 2)\\) gives the roots directly.",
    # a value off by a stated amount, kept
    "That's off by a factor of 2 from the estimate, as expected; instead of rounding we keep "
    "the exact value.",
    # operations spelled out: a recomputation and a pair listed with no verdict
    "7 times 8 is 56. Is 56 more than 60? No. 50 plus 6 is 56 as well.",
    "3 plus 4 is 7 and 3 times 4 is 12, so both the sum and the product are known.",
    # a verdict with no switch after it
    "The total came to 14.5, which makes no sense for a count of people, so the answer "
    "must be rounded: 15.",
    # the problem looked at differently with no verdict before it
    "Let me think of it as a race: the faster runner gains 2 m/s, so 100 m takes 50 s.",
    # a comparison or a story's fact, not a result of the writer's own work
    "Using a calculator is far more reliable; instead of long division, we multiply 12 by 8.",
    "The bakery makes 300 loaves, which is impossible to sell in a day; instead, it freezes "
    "100 of them.",
    # an unmakeable number with no retry after it
    "Target 17. 17 + 5 = 22 = 2 * 11? I don't have 11, and there is nothing left to try.",
)


# Backward chaining, fourth wave of structural rules (issue 19, seventh session): a goal's
# purpose and the condition it needs, a relation that needs another, a stated goal written as
# a relation, the goal's operation after its purpose, a value made inside the final step.
BC_STRUCT3: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 9: a goal's purpose, then a narrator's need of a condition
        ("To make the two lines parallel we'd need \\(2a = 6\\), so \\(a = 3\\).", {C}),
        ("To get a double root I need \\(b^2 - 4ac = 0\\), i.e. \\(k^2 = 36\\).", {C}),
        ("For the system to have no solution we need \\(\\frac{a}{2} = \\frac{3}{4}\\).", {C}),
        ("For area \\(25\\pi\\) we'd need \\(r = 5\\), and the diameter is 10.", {C}),
        ("To guarantee a profit, we need p > 12 per unit; she charges 15.", {C}),
        ("In order to have two equal roots we'd need \\(k\\) to be 6.", {C}),
        # rule 9: a goal's purpose, then a sufficient condition
        ("To prove the sum is even, it's enough to show both terms are odd.", {C}),
        ("To show \\(g\\) is bounded it suffices to bound it on \\([0, 1]\\).", {C}),
        # rule 9: a relation that needs another
        ("Since \\(\\frac{k(k+1)}{2} = 21\\) needs \\(k(k+1) = 42\\), \\(k = 6\\).", {C}),
        ("\\(V = \\pi r^2 h\\) requires \\(r\\), so find the radius first: \\(r = 2\\).", {C}),
        ("We need \\((0.5)^n < 0.01\\), which needs \\(n > 6.6\\): seven rounds.", {C}),
        # rule 9: a stated goal written as a relation, then a requirement
        ("We need \\(P(A) = 0.9\\), so \\(P(\\bar A)\\) has to be 0.1.", {C}),
        # rule 8: the goal's operation after its purpose, then its number made
        ("To hit 48 I'd like 6 * 8. The 8 is 11 - 3: 11 - 3 = 8, and 6 * 8 = 48.", {C}),
        ("To make 35, 5 * 7 would do; 7 = 10 - 3, so 5 * 7 = 35.", {C}),
        # rule 8: the number the goal needs made inside the final step
        ("90 = 9 * 10, and 10 comes from 6 and 4: 9 * (6 + 4) = 90.", {C}),
        ("Target 56. 56 = 7 * 8, and the 8 is 5 + 3, so 7 * (5 + 3) = 56.", {C}),
        # rule 8: the goal with an operand missing, that operand then made
        ("What times 6 is 72? 12. And 12 = 15 - 3, so 6 * (15 - 3) = 72.", {C}),
        # rule 9: a property needed after a purpose; a condition needed by "which"
        ("To conclude \\(a = b\\) we need \\(g\\) injective, and it is.", {C}),
        ("So we must show the angles match, which needs \\(PQ = RS\\) first.", {C}),
        # rule 9: a count of solutions as the goal's purpose, then one requirement
        ("For exactly one solution the discriminant has to vanish, so \\(k = 4\\).", {C}),
        # rule 9: the goal rewritten until it holds
        ("We want \\(x^2 + 1 \\ge 2x\\). That is \\((x - 1)^2 \\ge 0\\), which holds.", {C}),
        # rule 9: a necessary condition carried on
        ("The sum is even only if both are odd or both even, so b must be odd too.", {C}),
        # rule 9: the goal reduced to what is enough for it
        ("If we can write it as \\(2^m\\), we're done; \\(64 = 2^6\\).", {C}),
    )
)
BC_STRUCT3_CONTROLS: tuple[str, ...] = (
    # a task after the purpose, or a thing needed: not a condition
    "To find \\(x\\), we need \\(3x = 12\\) solved, which gives 4.",
    "To compute \\(f(2)\\) we need \\(2 > 0\\) checked first.",
    "To solve this, I need the quadratic formula.",
    # a case, or a general rule, not this problem's goal
    "For \\(x = 2\\) we need \\(y = 5\\) by the first equation.",
    "For any triangle we need \\(a + b > c\\).",
    # a need with no purpose before it: a statement of the task
    "We need \\(x > 0\\) for the logarithm; then \\(x = 4\\).",
    # "needs" after mathematics without a relation, or in words
    "The term \\(\\sqrt{x}\\) needs \\(x \\ge 0\\).",
    "The recipe needs 3 cups of flour.",
    # a stated goal that is not a relation
    "We need \\(k^2\\) to be even, so k must be even.",
    # Countdown: the operation after a purpose is the step itself, forwards
    "To make 48: 6 * 8 = 48.",
    # the operation after a purpose that is not the final value
    "To get 12, 3 * 4. Then 12 + 5 = 17.",
    # the goal's parts both given, a pure product reached with no number made
    "90 = 9 * 10, and 9 * 10 = 90.",
    # a parenthesised group inside a step that does not reach the goal
    "56 = 7 * 8, and 7 * (5 + 3) = 56 is one way; 7 * (6 + 3) = 63.",
    # the missing operand asked after the goal is reached, or of another value
    "6 * 12 = 72. What times 6 is 72? 12, as computed.",
    # a property that is not in the closed class, a domain, a domain's sign after "which"
    "To conclude \\(a = b\\) we need \\(g\\) first.",
    "For the root to be real we need \\(x \\ge 1\\).",
    "We divide by x, which requires \\(x \\neq 0\\).",
    # a stated goal checked, not rewritten; "if and only if"; "if we can" with no finish
    "We want \\(x = 2\\). Indeed it holds at the end.",
    "A number is even if and only if its last digit is even, so 4 must be even.",
    "If we can, we simplify first.",
    # a clarification or a step label before the need, not a goal's purpose
    "To get started, we need \\(n = 5\\) terms in all.",
    "For step 2 we need \\(a = 1\\) from the table.",
)

#: Subgoal setting, fourth wave (issue 19, brief sub23): hand-written rows of the shapes
#: `rewardkit.reflect.plans` reads since the fourth wave, in both domains, and near misses that
#: must not be read (rules 7-8, headed lists without work, "X before VERBing Y", "pair them",
#: "an intermediate N", intention markers widened).
SUB_STRUCT3: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 7: parts counted, then taken in turn
        (
            "There are two tasks here: finding the radius of the base, and using it in the "
            "volume formula. The radius is 3, so V = 9\\pi h.",
            {S},
        ),
        (
            "We'll work in three stages. In the first stage we clear the denominators; in the "
            "second stage we collect the terms; in the last we solve for x.",
            {S},
        ),
        (
            "Two pieces to this one: make 10 from 6 and 4, then multiply by the 7. "
            "6 + 4 = 10, 10 * 7 = 70.",
            {S},
        ),
        ("Two things have to be shown: the map is injective, and the map is onto.", {S}),
        (
            "Three steps. Step one: combine 9 and 3. Step two: bring in the 5. "
            "9 + 3 = 12, 12 * 5 = 60.",
            {S},
        ),
        (
            "We can break this into two steps. First, we find the common ratio. Then, we sum "
            "the first ten terms with it.",
            {S},
        ),
        ("Let's split it into two parts: x < 1 and x > 1, and add the areas.", {S}),
        # rule 8: a plan heading, then a verb
        (
            "**Outline.** Factor the numerator, cancel, then take the limit.\n"
            "x^2 - 1 = (x - 1)(x + 1)",
            {S},
        ),
        (
            "Strategy:\n- get a 4 out of 8 and 2\n- multiply it by the 25\n8 / 2 = 4, 4 * 25 = 100",
            {S},
        ),
        ("Roadmap for this proof: establish the base case, then do the inductive step.", {S}),
        # rule 1 in a text without work: a list right under a heading
        (
            "Here is what to do:\n1. Find the prime factors of 84.\n2. Count the divisors from "
            "the exponents.\n3. Subtract the odd ones.",
            {S},
        ),
        (
            "### Outline\n- the common difference\n- the tenth term from it\n"
            "- the sum of the first ten",
            {S},
        ),
        # rule 2: one part before the next ("before touching / bringing in", "before VERBing")
        ("Let me get the height from the Pythagorean theorem before touching the area.", {S}),
        ("I'll make 20 out of 4 and 5 before bringing in the 3. 4 * 5 = 20, 20 + 3 = 23.", {S}),
        ("Let's simplify the radical before substituting it back into the quadratic.", {S}),
        # rule 2's intention markers widened
        ("I'd like to get the common ratio first and then the sum of the series.", {S}),
        ("It'll be easier to count the complement first, then subtract it from the total.", {S}),
        # rule 6: "pair them" splits the numbers; rule 3: "an intermediate N"
        ("Let me pair them: (12, 3) and (7, 5). 12 / 3 = 4, 7 - 5 = 2, 4 * 2 = 8.", {S}),
        ("I'll aim for a round 100 and then adjust with the 3. 25 * 4 = 100, 100 - 3 = 97.", {S}),
    )
)

SUB_STRUCT3_CONTROLS: tuple[str, ...] = (
    # parts of the problem's own, givens, a description, a recap, no enumeration
    "The rope is cut into two parts: one of 3 m and one of 5 m.",
    "We know two things: the sum is 10 and the product is 21.",
    "The set consists of two components: the disk and the segment.",
    "These two parts meet at x = 1, and the first part is linear while the second is not.",
    "There were two phases: the first took 3 hours and the second took 5.",
    "The problem has two parts, and the answer to each is an integer.",
    "The race has two stages. In the first stage, Tom runs 3 km; in the second stage, he bikes 10.",
    "In the first half the team scored 3 goals; in the second half it scored 5.",
    "Two numbers multiply to 12 here: 3 and 4.",
    "The function is defined in two pieces:\n1. for x <= 3, f(x) = 3 - x\n2. for x > 3, f(x) = x^2",
    "We are given two pieces of information:\n1. the sum of the digits is 13\n2. their gap is 27",
    "The expression has two main pieces: one with x, and another with y. Then, it is simplified.",
    # no plan heading, or a numbered step heading over the work's own procedure
    "Goal: make 24 from 3, 4, 6 and 1.",
    "Steps 2 to 4 repeat:\n- divide the leading terms\n- multiply back\n- subtract",
    "**2. Expand and simplify**\n- expand the numerator\n- combine like terms",
    # "before" a gerund without a plan: a precondition, a rule, the problem's time
    "I want the units straight before computing anything.",
    "We have to multiply before adding, by the order of operations.",
    "The smallest number of coins before finding the extra bag was 53.",
    # "pair" as a noun or a description; plain step numbering
    "The faces pair up as (1, 6), (2, 5) and (3, 4).",
    "The pairs (1, 6) and (2, 3) both multiply to 6.",
    "Step 1: 6 * 4 = 24. Step 2: 24 - 2 = 22. Step 3: 22 + 3 = 25.",
    # "should" about a result, not a plan
    "The total should be 12 at first, then 24 after the doubling.",
)

#: Fifteenth round (issue 19): written blind from the paper's definitions in the seventh
#: session (math and Countdown; emphasis: long chains of thought and competition math),
#: measured before the fourth wave of structural rules (32de1d4) and after it, then studied.
#: Entries as the ninth round's.
FIFTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "Wait, let me double-check that root. Plugging \\(x = 3\\) back into \\(x^2 - "
                "5x + 6\\) gives \\(9 - 15 + 6 = 0\\). Good, it is a root."
            ),
            {V},
        ),
        (
            (
                "So the series sums to \\(\\frac{a}{1-r} = \\frac{3}{1-\\frac14} = 4\\). Before "
                "moving on, a sanity check with partial sums: \\(3 + 0.75 + 0.1875 + 0.047 "
                "\\approx 3.98\\), creeping up toward 4, fine. Now for the second part we need "
                "the sum of the squares of the terms, which is again geometric with ratio "
                "\\(\\frac{1}{16}\\)."
            ),
            {V},
        ),
        (
            (
                "Heron: \\(s = 6\\), so the area is \\(\\sqrt{6 \\cdot 3 \\cdot 2 \\cdot 1} = "
                "6\\). Legs 3 and 4 are perpendicular, \\(\\frac12 \\cdot 3 \\cdot 4 = 6\\). "
                "Same number both ways."
            ),
            {V},
        ),
        (
            (
                "Hmm, that can't be right: I ended up with a probability of \\(\\frac{7}{6}\\), "
                "and nothing can have probability above 1. Something in the case count is being "
                "counted twice."
            ),
            {V},
        ),
        (
            (
                "so x = 7 and then 3x - 4 = 21 - 4 = 17 which is exactly the 17 in the problem "
                "ok good"
            ),
            {V},
        ),
        (
            (
                "We get \\(\\int 2x e^{x^2}\\,dx = e^{x^2} + C\\). Differentiating "
                "\\(e^{x^2}\\) gives \\(2x e^{x^2}\\), which is the integrand again, so the "
                "antiderivative stands."
            ),
            {V},
        ),
        (
            (
                "The system \\(n \\equiv 4 \\pmod 5\\), \\(n \\equiv 2 \\pmod 3\\) gives \\(n = "
                "14\\). Does 14 really satisfy both? \\(14 = 2\\cdot 5 + 4\\) ✓ and \\(14 = 4 "
                "\\cdot 3 + 2\\) ✓."
            ),
            {V},
        ),
        (
            (
                "Okay so by AM-GM \\(a + \\frac{4}{a} \\ge 4\\) for \\(a > 0\\). Hmm, let me "
                "test that numerically before relying on it: \\(a = 1\\) gives 5, \\(a = 2\\) "
                "gives 4, \\(a = 4\\) gives 5. Never below 4, and 4 is hit at \\(a=2\\). So the "
                "minimum of the whole expression is \\(4 + 3 = 7\\), and we move on to the "
                "constraint."
            ),
            {V},
        ),
        (
            (
                "- count of 4-digit palindromes: \\(9 \\cdot 10 = 90\\)\n- recount: a "
                "palindrome \\(abba\\) is fixed by the pair \\(ab\\) with \\(a \\ne 0\\): 90 "
                "pairs\n- agree"
            ),
            {V},
        ),
        (
            (
                "I tried to factor \\(x^4 + 4\\) over the integers as a product of two "
                "quadratics with zero middle terms and it led nowhere. Let me instead write it "
                "as \\((x^2+2)^2 - (2x)^2\\), a difference of squares, which gives \\((x^2 - 2x "
                "+ 2)(x^2 + 2x + 2)\\)."
            ),
            {B},
        ),
        (
            (
                "Wait, that approach requires knowing the angle at C, which we don't have. "
                "Scrap it. Put the triangle on coordinates instead: \\(A = (0,0)\\), \\(B = "
                "(6,0)\\), \\(C = (2,5)\\)."
            ),
            {B},
        ),
        (
            (
                "Hmm, the induction isn't closing: from \\(a_n < 2\\) alone I can't get "
                "\\(a_{n+1} < 2\\). Alternatively, look at \\(b_n = 2 - a_n\\), which satisfies "
                "\\(b_{n+1} = \\frac{b_n}{2 + a_n}\\), and that is clearly positive and "
                "shrinking."
            ),
            {B},
        ),
        (
            (
                "Direct counting of the arrangements with at least one pair of adjacent A's is "
                "getting messy with all the overlapping cases, so I'll abandon it and count the "
                "complement: arrangements with no two A's adjacent, by placing the other "
                "letters first and choosing gaps."
            ),
            {B},
        ),
        (
            (
                "Let me try \\(u = \\sin x\\). Then \\(du = \\cos x\\,dx\\) and the integral "
                "becomes \\(\\int \\frac{\\sqrt{1-u^2}}{u}\\cdot\\frac{du}{\\sqrt{1-u^2}}\\)... "
                "no, that's going in circles. Try integration by parts with \\(dv = \\sec^2 "
                "x\\,dx\\) instead."
            ),
            {B},
        ),
        (
            (
                "Case work on the last digit was fine for 0 and 5, but the case ending in 5 "
                "keeps splitting into subcases, so let me step back. A cleaner route: count all "
                "multiples of 5 first, then subtract those with a repeated digit."
            ),
            {B},
        ),
        (
            (
                "Plan: (1) find the radius from the chord length, (2) use the radius to get the "
                "area of the sector, (3) subtract the triangle to get the segment."
            ),
            {S},
        ),
        (
            (
                "To find \\(P(\\text{at least two heads})\\) I'll first get \\(P(0)\\) and "
                "\\(P(1)\\) separately, then subtract their sum from 1."
            ),
            {S},
        ),
        (
            (
                "We'll do this in two parts: bound the sum from above by comparing with an "
                "integral, then bound it from below the same way, and squeeze."
            ),
            {S},
        ),
        (
            (
                "The key is to find the common difference first; once we have \\(d\\), the 20th "
                "term and the sum both follow from the standard formulas."
            ),
            {S},
        ),
        (
            (
                "Alright, this is an AIME counting problem so let's break it down: how many "
                "ways to choose the positions of the vowels, how many ways to fill those "
                "positions, how many ways to fill the consonant slots. Multiply at the end."
            ),
            {S},
        ),
        (
            (
                "Okay. Hmm. The expression \\(\\sum_{k=1}^{n} k \\cdot k!\\) looks scary, but "
                "maybe it telescopes. Before attacking the general sum, I want an intermediate "
                "lemma: \\(k \\cdot k! = (k+1)! - k!\\). If that holds, the rest is bookkeeping."
            ),
            {S},
        ),
        (
            (
                "For the quadratic to have a double root its discriminant must vanish, so we "
                "need \\(b^2 = 4ac\\), i.e. \\(k^2 = 4 \\cdot 3 \\cdot 12 = 144\\), which "
                "forces \\(k = \\pm 12\\)."
            ),
            {C},
        ),
        (
            (
                "Working back from what we want: to show \\(\\triangle ABC \\sim \\triangle "
                "DEF\\), it's enough to have two pairs of equal angles. \\(\\angle A = \\angle "
                "D\\) is given, so what's left is \\(\\angle B = \\angle E\\), and that would "
                "follow if \\(BC \\parallel EF\\)."
            ),
            {S, C},
        ),
        (
            (
                "Hmm, for \\(n^2 + 1\\) to be divisible by 5 we'd need \\(n^2 \\equiv 4 \\pmod "
                "5\\), which means \\(n \\equiv 2\\) or \\(3 \\pmod 5\\). So the answer counts "
                "the integers up to 100 in those two classes."
            ),
            {C},
        ),
        (
            (
                "The final amount is 80, and that was after the price was raised by 25%. So "
                "before the raise it was \\(80 / 1.25 = 64\\), and before the 20% discount that "
                "preceded it, \\(64 / 0.8 = 80\\)."
            ),
            {C},
        ),
        (
            (
                "Let me check this one: 75 - 25 = 50, 50 + 8 = 58, 58 + 4 = 62. Yes, that lands "
                "on 62, and every number was used exactly once."
            ),
            {V},
        ),
        ("(44 - 19) * 2 = 50, which overshoots 47 by three.", {V}),
        (
            (
                "<think> 96 / 4 = 24, 24 + 13 = 37, hmm 37 vs 39, two short. 96 / 4 + 13 + 2 = "
                "39. </think>"
            ),
            {V, B},
        ),
        ("so 9*7 = 63 and 63 - 5 = 58 nope need 61. 9*7 - 2 = 61 there we go", {V, B}),
        (
            (
                "Candidate: 3 * (17 + 5) = 66. Re-evaluating from the inside out, 17 + 5 = 22 "
                "and 22 * 3 = 66. Confirmed, 66."
            ),
            {V},
        ),
        ("(12 + 8) * 3 = 60\n(12 - 8) * 3 * 5 = 60\n12 * 5 + 8 * 3 = 84", {B}),
        ("75 + 18 - 6 = 87\n75 + 18 + 6 = 99", {B}),
        (
            (
                "Multiplying 41 by anything overshoots badly, so let's stop trying to multiply "
                "and build it out of sums: 41 + 36 + 11 = 88."
            ),
            {B},
        ),
        (
            (
                "We need to reach 64 using 8, 30 and 22. First I'll try to make another 8 out "
                "of 30 and 22, then multiply the two eights."
            ),
            {S},
        ),
        (
            (
                "step one: get a 10 from 4 and 6. step two: that 10 times 9 gives 90, then add "
                "7 for 97. 4 + 6 = 10, 10 * 9 = 90, 90 + 7 = 97."
            ),
            {S},
        ),
        (
            (
                "22 is 25 minus 3, so the job reduces to squeezing a 3 out of 12 and 9, and 12 "
                "- 9 does it: 25 - (12 - 9) = 22."
            ),
            {S, C},
        ),
        (
            (
                "We need 64 from 8, 30, 6, 2. Since 64 = 8 * 8, the remaining 30, 6, 2 would "
                "have to make 8: 30 / 6 = 5, 5 + 2 = 7, not 8. What about 64 = 2 * 32? Then 30, "
                "8, 6 must give 32: 30 + 8 - 6 = 32. So 2 * (30 + 8 - 6) = 64."
            ),
            {V, B, S, C},
        ),
        (
            (
                "By Vieta, \\(r_1 + r_2 = 5\\) and \\(r_1 r_2 = 6\\). Hmm, let me make sure I "
                "didn't flip a sign: the polynomial is \\(x^2 - 5x + 6\\), so the sum is "
                "\\(-(-5)/1 = 5\\), yes. Then \\(r_1^2 + r_2^2 = 25 - 12 = 13\\), and the "
                "question wants \\(r_1^2 + r_2^2 + 1\\), which is 14."
            ),
            {V},
        ),
        (
            (
                "The midpoint is \\(M = (4, 3)\\). Its distance to \\(A=(0,0)\\) is "
                "\\(\\sqrt{16 + 9} = 5\\) and to \\(B=(8,6)\\) is \\(\\sqrt{16+9} = 5\\), "
                "equal, as a midpoint's should be."
            ),
            {V},
        ),
        (
            (
                "So \\(3^{100} \\equiv 1 \\pmod 8\\)? Quick test on small exponents: \\(3^2 = 9 "
                "\\equiv 1\\), \\(3^4 = 81 \\equiv 1\\). The even powers all sit at 1 mod 8, so "
                "the claim holds."
            ),
            {V},
        ),
        (
            (
                "The recursion gives \\(a_5 = 31\\), and the closed form \\(a_n = 2^n - 1\\) "
                "predicts \\(2^5 - 1 = 31\\) as well, so the two agree."
            ),
            {V},
        ),
        (
            (
                "Solving \\(x(x+4) = 32\\) gives \\(x = 4\\) or \\(x = -8\\); the second makes "
                "\\(\\log_2 x\\) undefined and is discarded. For \\(x = 4\\): \\(\\log_2 4 + "
                "\\log_2 8 = 2 + 3 = 5\\) ✓."
            ),
            {V},
        ),
        (
            (
                "hmm is 221 prime? 13*17 = 221 so no. good thing that got looked at before "
                "using it as the modulus"
            ),
            {V},
        ),
        (
            (
                "Let me count the lattice points with \\(x, y \\ge 0\\) and \\(x + y \\le n - "
                "1\\); the formula is \\(\\frac{n(n+1)}{2}\\), so for \\(n = 9\\) the answer "
                "should be 45. Hmm, but wait. A smaller case first: for \\(n = 3\\) the formula "
                "gives 6, and by hand (0,0),(1,0),(0,1),(2,0),(1,1),(0,2) — six. Okay, the "
                "formula holds up, so 45 it is, and now the weighted version of the count."
            ),
            {V},
        ),
        (
            (
                "Testing \\(\\frac{x}{1+x^2} \\le \\frac12\\) at a few points: \\(x = 1\\) "
                "gives \\(\\frac12\\), \\(x = 3\\) gives \\(\\frac{3}{10}\\), \\(x = "
                "\\frac12\\) gives \\(\\frac{2}{5}\\). All at most \\(\\frac12\\), consistent "
                "with the bound."
            ),
            {V},
        ),
        (
            (
                "The vertex formula puts the maximum at \\(t = 2\\). Plugging in, \\(h(2) = -16 "
                "\\cdot 4 + 64 \\cdot 2 = 64\\), and the derivative \\(h'(2) = -32 \\cdot 2 + "
                "64 = 0\\). Both fit."
            ),
            {V},
        ),
        (
            (
                "Let me try completing the square in \\(x\\) and \\(y\\) separately... hmm, the "
                "\\(xy\\) term ruins that, there's no way to split it. Alternatively, rotate "
                "the axes by \\(45^\\circ\\) so the cross term disappears."
            ),
            {B},
        ),
        (
            (
                "I was going to use the Law of Sines, but we know no angle besides \\(C\\), so "
                "it gives nothing. Law of Cosines instead: \\(c^2 = 49 + 64 - 2\\cdot 7 \\cdot "
                "8 \\cdot \\frac12 = 57\\)."
            ),
            {B},
        ),
        (
            (
                "ok generating functions are overkill here and im getting lost in the "
                "coefficients, forget it. just stars and bars: \\(\\binom{12}{2} = 66\\)"
            ),
            {B},
        ),
        (
            (
                "Guess \\(f(x) = x^2\\): then \\(f(x+y) = x^2 + 2xy + y^2\\), while \\(f(x) + "
                "f(y) + 2 = x^2 + y^2 + 2\\), not equal. Guess \\(f(x) = ax + b\\): \\(a(x+y) + "
                "b = ax + b + ay + b + 2\\) forces \\(b = -2\\)."
            ),
            {V, B},
        ),
        (
            (
                "I computed \\(7^2 = 49\\), \\(7^3 = 343\\), \\(7^4 = 2401\\), \\(7^5 = "
                "16807\\)... this is going nowhere for an exponent of 2024. Drop the direct "
                "computation: \\(7^4 = 2401 \\equiv 1 \\pmod{100}\\), so \\(7^{2024} = "
                "(7^4)^{506} \\equiv 1\\)."
            ),
            {B},
        ),
        (
            (
                "My first attempt conditioned on the first draw, but the tree grew to 16 "
                "branches and I lost track. Let me redo it by symmetry: each of the 4 balls is "
                "equally likely to be the last one drawn, so the probability is \\(\\frac14\\)."
            ),
            {B},
        ),
        (
            (
                "Hmm, coordinates are giving me nested square roots. Let me go back and use "
                "similar triangles: \\(\\frac{DE}{BC} = \\frac{AD}{AB} = \\frac25\\), so \\(DE "
                "= \\frac25 \\cdot 15 = 6\\)."
            ),
            {B},
        ),
        (
            (
                "Hmm, wait. The problem says 'at most 3', not 'exactly 3'. So my count of "
                "exactly-3 configurations answers a different question; I'll throw it out and "
                "restart with a sum over \\(k = 0\\) to 3."
            ),
            {B},
        ),
        (
            (
                "Repeated L'Hôpital is turning into a pile of derivatives. Switch to Taylor: "
                "\\(\\sin x = x - \\frac{x^3}{6} + O(x^5)\\), so \\(\\frac{x - \\sin x}{x^3} "
                "\\to \\frac16\\)."
            ),
            {B},
        ),
        (
            (
                "tried x equals 1 2 3 and -1 none of them make it zero so the rational root "
                "idea is dead lets go with a trig substitution for the cubic instead"
            ),
            {V, B},
        ),
        (
            (
                "Let's think about the sequence \\(a_{n+1} = a_n^2 - 2\\), \\(a_0 = 3\\). "
                "Computing terms: 3, 7, 47, 2207. These grow too fast to spot a pattern in the "
                "digits, so forget the numerics. Alternatively, write \\(a_0 = t + \\frac1t\\) "
                "with \\(t = \\frac{3+\\sqrt5}{2}\\); then \\(a_n = t^{2^n} + t^{-2^n}\\), and "
                "the closed form does the rest."
            ),
            {B},
        ),
        (
            (
                "- Find where the two lines intersect.\n- Find where each line meets the "
                "x-axis.\n- Area of the triangle from those three points."
            ),
            {S},
        ),
        (
            (
                "First we need the radius of the inscribed circle; from there the shaded area "
                "is the square's area minus \\(\\pi r^2\\)."
            ),
            {S},
        ),
        (
            (
                "Hmm, so how to approach \\(\\sum_{k=0}^{n}\\binom{n}{k}^2\\)? I think the "
                "intermediate goal should be a counting interpretation: show "
                "\\(\\binom{n}{k}\\binom{n}{n-k}\\) counts committees of size n from 2n people "
                "with exactly k from the first half. Once that's in place, summing over k is "
                "immediate, and we get \\(\\binom{2n}{n}\\)."
            ),
            {S},
        ),
        ("The plan: reduce mod 4, then mod 25, and glue the two answers together with CRT.", {S}),
        (
            (
                "Break the region into a rectangle and a semicircle, compute each area "
                "separately, and add them."
            ),
            {S},
        ),
        (
            (
                "To count the 5-digit numbers with distinct digits that are divisible by 3, "
                "split it up: (a) list the 5-element digit sets whose sum is a multiple of 3; "
                "(b) for each set, count arrangements with a nonzero leading digit; (c) add."
            ),
            {S},
        ),
        (
            (
                "Goal for now: show the sequence is bounded above by 2. Next, monotonicity. "
                "With both in hand the limit exists and we can solve \\(L = \\sqrt{2 + L}\\)."
            ),
            {S},
        ),
        (
            (
                "ok so two things to get: the height of the cone and then the slant height, "
                "after that lateral area is just \\(\\pi r l\\)"
            ),
            {S},
        ),
        (
            (
                "We have \\(a + b = 7\\) and \\(ab = 10\\). What \\(a^3 + b^3\\) really needs "
                "is \\(a^2 - ab + b^2\\), so the intermediate target is \\(a^2 + b^2 = 49 - 20 "
                "= 29\\). Then \\(a^3 + b^3 = 7(29 - 10) = 133\\)."
            ),
            {S, C},
        ),
        (
            (
                "Set up coordinates, get the slopes of \\(AC\\) and \\(BD\\), and then the "
                "angle between them from the slopes. Placing \\(A = (0,0)\\), \\(C = (4,2)\\), "
                "the slope of \\(AC\\) is \\(\\frac12\\); with \\(B=(3,0)\\), \\(D=(1,4)\\) the "
                "slope of \\(BD\\) is \\(-2\\). The product is \\(-1\\), so the angle is "
                "\\(90^\\circ\\)."
            ),
            {S},
        ),
        (
            (
                "Alright, this one has a lot going on. Let me think. The sum of the first "
                "\\(n\\) odd numbers is \\(n^2\\), so the left side is \\(n^2\\). The right "
                "side is a product of two consecutive integers, \\(m(m+1)\\). Before solving, "
                "I'd like to settle a smaller question: can a perfect square lie strictly "
                "between \\(m^2\\) and \\((m+1)^2\\)? No. So \\(n^2 = m(m+1)\\) forces \\(m = "
                "0\\)."
            ),
            {S},
        ),
        (
            (
                "We want \\(a^2 + b^2 \\ge 2ab\\). That is equivalent to \\(a^2 - 2ab + b^2 "
                "\\ge 0\\), i.e. \\((a - b)^2 \\ge 0\\), which is always true."
            ),
            {C},
        ),
        (
            (
                "The machine's last output was 45 and each run triples its input, so the input "
                "before that was 15, and before that 5."
            ),
            {C},
        ),
        (
            (
                "For \\(f\\) to be continuous at 2 the two pieces have to agree there: \\(4a + "
                "1 = 2 + 3\\), hence \\(a = 1\\)."
            ),
            {C},
        ),
        (
            (
                "Hmm, let me think about what the minimum must look like. At the minimum the "
                "gradient of \\(x^2 + 2y^2\\) is parallel to that of \\(x + y\\), so \\(2x = "
                "\\lambda\\) and \\(4y = \\lambda\\), i.e. \\(x = 2y\\). With \\(x + y = 6\\) "
                "that gives \\(y = 2\\), \\(x = 4\\)."
            ),
            {C},
        ),
        (
            (
                "Suppose you hand your opponent a multiple of 4. Whatever they take (1 to 3), "
                "you can restore a multiple of 4, and eventually they face 0. So the winning "
                "move from 22 is to take 2."
            ),
            {C},
        ),
        (
            (
                "Start from the end: for the last term to be 2024, the previous term must be "
                "1012 (if it was doubled) or 2023 (if 1 was added)."
            ),
            {C},
        ),
        (
            (
                "We want \\(AB = CD\\). That follows if \\(\\triangle ABX \\cong \\triangle "
                "CDX\\), and for that we need \\(XA = XC\\), \\(XB = XD\\) and the vertical "
                "angles, which hold because the diagonals bisect each other."
            ),
            {C},
        ),
        (
            (
                "Going backwards from 1 in the Collatz map: the only predecessor of 1 is 2, of "
                "2 is 4, and 4 has predecessors 8 and 1. So a start that first reaches 1 after "
                "exactly 3 steps must be 8 (the other predecessor of 4 is 1 itself)."
            ),
            {C},
        ),
        (
            (
                "we want remainder 0 mod 9 so the number has to be a multiple of 9 so the digit "
                "sum has to be too so the missing digit is whatever brings 32 up to 36 ie 4"
            ),
            {C},
        ),
        (
            (
                "For the line \\(3x - 4y + k = 0\\) to be tangent to the circle of radius 2 "
                "about the origin, its distance from the center has to equal 2: "
                "\\(\\frac{|k|}{5} = 2\\), so \\(k = \\pm 10\\)."
            ),
            {C},
        ),
        (
            (
                "Okay so the question is the smallest \\(n\\) with \\(n! \\) ending in at least "
                "6 zeros. Wait, think about it from the answer's side: 6 zeros means 6 factors "
                "of 5, so \\(n\\) has to reach the sixth multiple of 5 counted with "
                "multiplicity. 25 contributes two, so 5, 10, 15, 20, 25 give 6. Hence \\(n = "
                "25\\)."
            ),
            {C},
        ),
        (
            (
                "What would make \\(\\frac{n+6}{n}\\) an integer? Since it's \\(1 + "
                "\\frac6n\\), we need \\(n \\mid 6\\), so \\(n \\in \\{1, 2, 3, 6\\}\\)."
            ),
            {C},
        ),
        ("25 * 4 = 100, minus 13 is 87, minus 6 is 81. That's 81 — well under 93.", {V}),
        (
            (
                "We need to reach 57 using 50, 3, 7 and 2. Try 50 + 7 + 3 - 2: 50 + 7 = 57, + 3 "
                "= 60, - 2 = 58. One over, so not this one."
            ),
            {V},
        ),
        ("Target 63 with 8, 6, 5, 3. 8 * 6 + 5 * 3 → 48 + 15 = 63. matches.", {V}),
        ("We have to make 72 from 19, 55 and 2. 55 - 19 * 2 = 17, way off.", {V}),
        (
            (
                "<think> 99 - 7 * 10 = 29, 29 - 3 = 26, not 16. 99 / 3 = 33, 33 - 7 = 26, 26 - "
                "10 = 16. that's it. </think>\n<answer> 99 / 3 - 7 - 10 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "double-check before answering: 11 + 9 = 20, 20 * 2 = 40, 40 + 40 = 80. "
                "Correct, and 2, 9, 11, 40 each appear once."
            ),
            {V},
        ),
        (
            (
                "Let me verify (15 - 8 + 1) * 5 step by step: 15 - 8 = 7, 7 + 1 = 8, 8 * 5 = "
                "40. That equals the target of 40."
            ),
            {V},
        ),
        ("need 84 from 70 2 13 29 ... 70 + 29 - 13 + 2 gives 88 hmm too high by 4", {V}),
        ("**Check:** 12 × 5 = 60; 60 + 47 = 107; 107 − 3 = 104. ✔", {V}),
        ("33+17 is 50 then minus 6 is 44 plus 4 is 48 yep thats the number we want", {V}),
        ("7 * (21 - 14) + 2 — is it 51? 21 - 14 = 7, times 7 is 49, plus 2 is 51. yes.", {V}),
        (
            (
                "So the answer would be 80 / (24 / 6) - 3. Recomputing: 24 / 6 = 4, 80 / 4 = "
                "20, 20 - 3 = 17. Good, 17."
            ),
            {V},
        ),
        (
            (
                "We need 575 from 2, 3, 7, 10, 25. 575 = 25 × 23, so I'd like 23 from 2, 3, 7, "
                "10. 10 + 7 + 3 + 2 = 22, one short. 10 + 7 + 3 × 2 = 23. So 25 × (10 + 7 + 3 × "
                "2) = 575."
            ),
            {V, B, S, C},
        ),
        (
            (
                "* Attempt: `12 * 6 - 9 - 4 + 1`\n* 72 - 9 = 63, 63 - 4 = 59, 59 + 1 = 60\n* "
                "Result 60 equals the target. ✅"
            ),
            {V},
        ),
        (
            (
                "4 * (5 * 6 - 3 - 2) * 1: inner part 30 - 5 = 25, times 4 is 100, times 1 still "
                "100. so yes that hits 100 with all six numbers"
            ),
            {V},
        ),
        (
            (
                "50 - 7 - 8 / 2 = 50 - 7 - 4 = 39. hm, wait, is the division done first? yes, 8 "
                "/ 2 = 4 first, so 39 stands."
            ),
            {V},
        ),
        ("45 / 15 + 9 + 2 = 14, one short of 15.", {V}),
        ("25 * 4 - 13 - 6 = 81\n25 * 4 - 13 + 6 = 93", {B}),
        ("Goal: 87 using 16, 3, 50, 11.\n50 + 16 + 11 + 3 = 80\n16 * 3 + 50 - 11 = 87", {B}),
        ("<think> 45 / 15 + 9 + 2 = 14. 45 / 15 * 2 + 9 = 15 </think>", {B}),
        ("64 / 8 + 3 * 2 = 14\n64 - 8 * 3 - 2 = 38\n64 / 8 * 3 + 2 = 26", {B}),
        (
            (
                "Adding everything gives only 62. Addition alone won't do it. Put the 2 on the "
                "sum of the others instead: 40 + 2 * (11 + 9) = 80."
            ),
            {V, B},
        ),
        (
            (
                "We need 30 from 6, 4, 3, 2. 6 + 4 + 3 + 2 is just 15, nowhere near. Let's try "
                "a different combination: 6 * 4 + 3 * 2 = 30."
            ),
            {V, B},
        ),
        ("37 * 1 + 24 + 11 = 72\n37 + 24 + 11 + 1 = 73", {B}),
        ("We need to reach 14 using 81, 9 and 5.\n81 - 9 * 5 = 36\n81 / 9 + 5 = 14", {B}),
        ("33 * 4 = 132, no. (33 + 17) - 6 + 4 = 48", {V, B}),
        ("21 + 14 + 7 + 2 = 44 nah  multiply instead 7 * (21 - 14) + 2 = 51", {V, B}),
        (
            (
                "Create an equation equal to 70 from 100, 4, 17, 2.\n(100 - 17) * 2 / 4 = 41.5\n"
                "100 - 17 * 2 + 4 = 70"
            ),
            {B},
        ),
        (
            (
                "I tried 80 - 24 - 6 - 3 = 47, which is nowhere near 17. Subtracting everything "
                "isn't the way; a division is needed. 24 / 6 = 4, then 80 / 4 = 20, then 20 - 3 "
                "= 17."
            ),
            {V, B},
        ),
        (
            (
                "Hmm. 47 + 12 + 5 + 3 = 67. That's too small by a lot; we need something like "
                "104. Wait, what if I multiply 12 and 5? That's 60. 60 + 47 = 107. Then 107 - 3 "
                "= 104. Yes!"
            ),
            {V, B},
        ),
        (
            (
                "<think> 70 + 29 = 99, 99 - 13 = 86, 86 + 2 = 88. 70 + 29 - 13 - 2 = 84. "
                "</think> <answer>70 + 29 - 13 - 2</answer>"
            ),
            {B},
        ),
        ("8 * 6 + 5 + 3 = 56\n8 * 6 + 5 * 3 = 63", {B}),
        ("50 + 7 + 3 - 2 = 58\n50 + 7 * (3 - 2) = 57", {B}),
        (
            (
                "55 - 19 = 36 and 36 - 2 = 34, subtracting is taking me away from 72. go the "
                "other way, 55 + 19 = 74, 74 - 2 = 72."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 575 with 2, 3, 7, 10, 25.\n25 * (10 + 7 + 3 + 2) = 550\n25 * "
                "(10 + 7 + 3 * 2) = 575"
            ),
            {B},
        ),
        (
            (
                "We need to reach 48 using 33, 4, 17 and 6. My plan: first combine 33 and 17 "
                "into 50, then use 6 and 4 to bring 50 down by 2."
            ),
            {S},
        ),
        (
            (
                "- make 25 from 5, 6, 3, 2\n- multiply by 4 to get 100\n- the 1 just multiplies "
                "through\n5 * 6 - 3 - 2 = 25, 25 * 4 = 100, 100 * 1 = 100"
            ),
            {S},
        ),
        (
            (
                "First target an intermediate value: 23, because 25 times 23 is 575. Then build "
                "23 from 10, 7, 3 and 2."
            ),
            {S, C},
        ),
        (
            (
                "Break it into pieces: get an 8 out of 15, 8 and 1 (15 - 8 + 1), then multiply "
                "that by 5."
            ),
            {S},
        ),
        (
            (
                "Sub-goal: a 49 as 7 squared, using 7 and 21 - 14 for the second 7; then the 2 "
                "tops it up. 7 * (21 - 14) + 2 = 51."
            ),
            {S},
        ),
        (
            (
                "Hmm, 17 is small and 80 is big, so something has to shrink 80. Let me aim for "
                "20 first, since 20 - 3 = 17; and 80 / 4 = 20, with the 4 coming from 24 / 6."
            ),
            {S, C},
        ),
        (
            (
                "To solve this, I'll first get close to 60 with the two largest numbers, 12 * 6 "
                "= 72, and then use 9, 4 and 1 to take away 12."
            ),
            {S},
        ),
        (
            ("ok first 16*3 thats 48 then i want to get to 87 so i need 39 more and 50 - 11 is 39"),
            {S, C},
        ),
        (
            (
                "Make 39 from 8, 7, 2, 50. Two stages: reduce 8 and 2 to a single 4, then it's "
                "just 50 - 7 - 4 = 39."
            ),
            {S},
        ),
        (
            (
                "Step one is to make 40 out of 2, 9 and 11, so it can be added to the 40 we "
                "already have. 2 * (11 + 9) = 40, and 40 + 40 = 80."
            ),
            {S},
        ),
        (
            (
                "I'll break this into smaller goals: reach 61 with 37 and 24, then bring in 11 "
                "and 1 for the remaining 12."
            ),
            {S},
        ),
        (
            (
                "The idea is to knock 99 down to something manageable first. 99 / 3 = 33 is a "
                "good waypoint; from 33 we need to lose 17, and 7 + 10 = 17."
            ),
            {S, C},
        ),
        (
            (
                "The task is to hit 26 with 64, 8, 3 and 2. Intermediate aim: an 8 from 64 and "
                "8 (64 / 8). Then 8 * 3 = 24 and 24 + 2 = 26."
            ),
            {S},
        ),
        (
            (
                "**Strategy**\n1. Get a product near 100 using 12 and 5.\n2. Adjust with 47 and "
                "3.\n\n12 × 5 = 60 → 60 + 47 = 107 → 107 − 3 = 104."
            ),
            {S},
        ),
        (
            (
                "Goal: 93. Milestone: 100 (25 × 4), the round number nearest 93. Remaining job: "
                "turn 100 into 93 with 13 and 6, i.e. lose 7, and 13 − 6 = 7."
            ),
            {S, C},
        ),
        (
            (
                "the plan: pair them up, 6 with 4 and 3 with 2, multiply within each pair, add "
                "the pairs. 24 + 6 = 30"
            ),
            {S},
        ),
        (
            (
                "14 is 9 + 5, so the question is whether 81 and 9 can produce a 9: 81 / 9 = 9. "
                "Then 81 / 9 + 5 = 14."
            ),
            {S, C},
        ),
        (
            (
                "63 = 7 * 9, so I'd want a 7 and a 9 from 8, 6, 5, 3: 6 + 3 = 9 but then 8 - 5 "
                "= 3, not 7. Different split: 63 = 48 + 15, with 48 = 8 * 6 and 15 = 5 * 3."
            ),
            {V, B, S, C},
        ),
        (
            (
                "Working backwards from 84: 84 + 2 = 86, 86 + 13 = 99, and 99 is 70 + 29. So 70 "
                "+ 29 - 13 - 2 = 84."
            ),
            {C},
        ),
        (
            (
                "Let's work backwards. To end at 39 starting from 50, we must remove 11, which "
                "is 7 + 4, and the 4 is 8 / 2."
            ),
            {S, C},
        ),
        (
            (
                "57 is 50 + 7, so whatever I do with 3 and 2 must come out neutral: multiply "
                "the 7 by (3 - 2) = 1."
            ),
            {S, C},
        ),
        (
            (
                "Target 15 = 9 + 6; can 45, 15 and 2 make 6? 45 / 15 = 3 and 3 * 2 = 6, so 45 / "
                "15 * 2 + 9 = 15."
            ),
            {S, C},
        ),
        ("72 is 74 - 2 and 74 is 55 + 19 done", {C}),
        ("For 87, think of it as 48 + 39: 48 is 16 * 3, 39 is 50 - 11.", {S, C}),
        (
            (
                "We need to reach 100 using 1, 2, 3, 4, 5, 6. 100 = 4 * 25, so everything else "
                "has to make 25 (the 1 can be a harmless multiplier): 5 * 6 - 3 - 2 = 25."
            ),
            {S, C},
        ),
        (
            (
                "We need to reach 16 with 90, 5, 6 and 4. 16 = 10 + 6, and 10 is 90 / 9 where 9 "
                "= 5 + 4. So 90 / (5 + 4) + 6 = 16."
            ),
            {C},
        ),
        (
            (
                "Hmm, 40. What multiplies to 40? 5 * 8, and 8 can come from 15 - 8 + 1. Let me "
                "see, 15 - 8 = 7, 7 + 1 = 8. So (15 - 8 + 1) * 5 = 40."
            ),
            {S, C},
        ),
        (
            (
                "<think> the target 51 is odd; 51 - 2 = 49 = 7 * 7, and 21 - 14 gives the "
                "second 7. so 7 * (21 - 14) + 2 </think>"
            ),
            {C},
        ),
        (
            (
                "We need to reach 70 with 100, 4, 17, 2. 70 = 100 - 30, so 17, 4 and 2 must "
                "produce 30: 17 * 2 - 4 = 30. So 100 - (17 * 2 - 4) = 70."
            ),
            {S, C},
        ),
        (
            (
                "Thinking about what the last step could be: 60 = 59 + 1, or 60 = 72 - 12. The "
                "second looks promising: 72 = 12 * 6 and 12 = 9 + 4 - 1. So 12 * 6 - (9 + 4 - "
                "1) = 60."
            ),
            {S, C},
        ),
        ("we need 26 = 24 + 2 so 64, 8 and 3 have to give 24: 64 / 8 = 8, 8 * 3 = 24", {S, C}),
        (
            (
                "Our target is 73 (numbers 37, 1, 11, 24). 73 - 37 = 36 is what the others must "
                "supply, and 24 + 11 + 1 = 36."
            ),
            {S, C},
        ),
        ("Reverse the problem: 48 + 6 - 4 = 50 and 50 = 33 + 17.", {C}),
        ("30 as 24 + 6: 24 = 6 * 4 and 6 = 3 * 2.", {S, C}),
        (
            (
                "Okay, let's find all real \\(x\\) with \\(\\sqrt{x+3} = x - 3\\). Squaring: "
                "\\(x + 3 = x^2 - 6x + 9\\), so \\(x^2 - 7x + 6 = 0\\) and \\(x = 1\\) or \\(x "
                "= 6\\). Wait, squaring can introduce extraneous roots. For \\(x = 1\\) the "
                "left side is 2 and the right side is \\(-2\\), not equal, so it goes. For \\(x "
                "= 6\\): \\(\\sqrt 9 = 3 = 6 - 3\\). Only \\(x = 6\\)."
            ),
            {V},
        ),
        (
            (
                "We want the number of positive divisors of \\(10!\\). Factor: \\(10! = 2^8 "
                "\\cdot 3^4 \\cdot 5^2 \\cdot 7\\). Hmm, let me double check the power of 2 by "
                "Legendre: \\(5 + 2 + 1 = 8\\), yes. So the count is \\(9 \\cdot 5 \\cdot 3 "
                "\\cdot 2 = 270\\)."
            ),
            {V},
        ),
        (
            (
                "Plugging the pair back into both original equations: \\(2(3) + (-1) = 5\\) ✓ "
                "and \\(3 - 2(-1) = 5\\) ✓."
            ),
            {V},
        ),
        (
            (
                "So the answer is 1089? Hmm, let me sanity check that square. \\(30^2 = 900\\), "
                "plus \\(2 \\cdot 30 \\cdot 3 = 180\\), plus 9: 1089. Yes."
            ),
            {V},
        ),
        (
            (
                "Small cases against the formula \\(\\frac{n(n+1)(n+2)}{3}\\): \\(n = 1\\) "
                "gives 2 and the sum \\(1\\cdot2\\) is 2; \\(n = 2\\) gives 8 and \\(1\\cdot2 + "
                "2\\cdot3 = 8\\). Right."
            ),
            {V},
        ),
        (
            (
                "Let me find the minimum of \\(x^2 + y^2\\) subject to \\(xy = 4\\) by "
                "substituting \\(y = 4/x\\): \\(x^2 + 16/x^2\\), derivative \\(2x - "
                "32/x^3\\)... hmm, actually this is getting computational. Wait, there's a "
                "cleaner way: AM-GM directly, \\(x^2 + y^2 \\ge 2|xy| = 8\\). So the minimum is "
                "8."
            ),
            {B},
        ),
        (
            (
                "Suppose the answer is \\(\\frac38\\). Hmm, but by symmetry \\(P(\\text{more "
                "heads})\\) in 4 flips equals \\(P(\\text{more tails})\\), and with "
                "\\(P(\\text{tie}) = \\frac{6}{16}\\) each must be \\(\\frac{5}{16}\\), not "
                "\\(\\frac38\\). So my case count was off. Recount directly: 3 heads in 4 ways, "
                "4 heads in 1 way, 5 out of 16."
            ),
            {V, B},
        ),
        (
            (
                "I first assumed the triangle was acute, which puts the foot of the altitude "
                "inside the base, but then the lengths came out as \\(BD = 9 > BC = 7\\). So "
                "the angle at \\(C\\) must be obtuse; redo it with the foot outside: \\(BD = "
                "9\\), \\(CD = 2\\)."
            ),
            {V, B},
        ),
        (
            (
                "Hmm, wait. I keep messing up the indices in the general recursion, so let me "
                "try small cases instead. \\(n = 1\\): 1 way. \\(n = 2\\): 2 ways. \\(n = 3\\): "
                "3 ways. \\(n = 4\\): 5 ways. That's Fibonacci, so \\(n = 10\\) gives 89."
            ),
            {B},
        ),
        (
            (
                "Bayes as I set it up gives \\(P = 1.2\\), which is impossible, so I've mixed "
                "up which conditional is which. Starting over with a table of counts out of "
                "1000 people: 10 have the disease, 9 of them test positive; of the 990 healthy, "
                "99 test positive. So \\(P(\\text{sick} \\mid +) = \\frac{9}{108} = "
                "\\frac{1}{12}\\)."
            ),
            {V, B},
        ),
        (
            (
                "The substitution \\(t = \\tan(x/2)\\) turns \\(\\int \\frac{dx}{1 + \\sin "
                "x}\\) into a rational function, but the partial fractions are getting ugly. "
                "Back up. Multiply top and bottom by \\(1 - \\sin x\\) instead: \\(\\int "
                "\\frac{1 - \\sin x}{\\cos^2 x}\\,dx = \\tan x - \\sec x + C\\)."
            ),
            {B},
        ),
        (
            (
                "nope that side doesnt simplify at all. other way round then: start from the "
                "right hand side and expand"
            ),
            {B},
        ),
        (
            (
                "I tried mod 3 to rule out \\(x^2 + y^2 = 2023\\), but squares are 0 or 1 mod 3 "
                "and \\(2023 \\equiv 1\\), so no contradiction there. Mod 4 then: squares are 0 "
                "or 1, so \\(x^2 + y^2 \\in \\{0, 1, 2\\} \\pmod 4\\), while \\(2023 \\equiv "
                "3\\). No solutions."
            ),
            {B},
        ),
        (
            (
                "The sequence 2, 6, 12, 20 isn't geometric (\\(\\frac62 = 3\\) but "
                "\\(\\frac{12}{6} = 2\\)), so that idea is out. Differences instead: 4, 6, 8, "
                "second differences constant, so it is quadratic, \\(a_n = n^2 + n\\)."
            ),
            {V, B},
        ),
        (
            (
                "Counting by the position of the first red ball leads to a double sum I can't "
                "close. Let me drop that and think of the 3 red balls as dividers among the 7 "
                "blue ones instead, which gives \\(\\binom{10}{3} = 120\\) arrangements "
                "directly."
            ),
            {B},
        ),
        (
            (
                "Let's see. We need the number of ordered triples \\((a, b, c)\\) of positive "
                "integers with \\(abc = 72\\). Since \\(72 = 2^3 \\cdot 3^2\\), this splits "
                "into two independent questions: distributing three 2's among three slots and "
                "distributing two 3's among three slots. The first is \\(\\binom52 = 10\\), the "
                "second \\(\\binom42 = 6\\), so 60."
            ),
            {S},
        ),
        (
            (
                "To prove it for all \\(n\\), I'll go in stages. First establish it for \\(n = "
                "1, 2\\) by direct computation. Then show that if it holds for \\(n\\), it "
                "holds for \\(2n\\). Finally, fill in the gaps with a step down from \\(n\\) to "
                "\\(n - 1\\)."
            ),
            {S},
        ),
        (
            (
                "First I'll show \\(\\angle ABD = \\angle ACD\\) (they subtend the same arc). "
                "Then triangles \\(ABP\\) and \\(DCP\\) are similar, and from the similarity "
                "\\(PA \\cdot PC = PB \\cdot PD\\)."
            ),
            {S},
        ),
        (
            (
                "The expected number of rolls is easier with intermediate unknowns: let "
                "\\(E_0\\) be the expectation from scratch and \\(E_1\\) the expectation right "
                "after a six. We need an equation for each, then solve the pair."
            ),
            {S},
        ),
        (
            (
                "Three stages: write \\(-8\\) in polar form, take the cube root of the modulus "
                "and divide the argument by three, then list the three roots."
            ),
            {S},
        ),
        (
            (
                "Hmm, okay. The problem wants \\(2^{2024} \\bmod 1000\\). That's a lot. Let me "
                "break it up: \\(1000 = 8 \\cdot 125\\). Modulo 8 it's clearly 0. Modulo 125 "
                "I'll use \\(2^{100} \\equiv 1\\), so \\(2^{2024} \\equiv 2^{24}\\). Then "
                "combine the two residues."
            ),
            {S},
        ),
        (
            (
                "What I need before anything else is the length of the altitude from \\(C\\); "
                "everything about the inscribed square depends on it."
            ),
            {S},
        ),
        (
            (
                "For \\((x-1)(x-2)(x-3)(x-4)(x-5)\\) to be negative, an odd number of the "
                "factors must be negative. That happens for \\(x < 1\\) (five negative "
                "factors), \\(2 < x < 3\\) (three), and \\(4 < x < 5\\) (one)."
            ),
            {C},
        ),
        (
            (
                "Hmm, so we want \\(f(f(x)) = x\\) for all \\(x\\). Let me think backwards from "
                "that: for \\(f(x) = \\frac{ax+b}{cx+d}\\), \\(f \\circ f\\) is the identity "
                "exactly when the matrix squares to a multiple of the identity, which (for a "
                "non-scalar matrix) means trace zero, \\(a + d = 0\\). Since \\(a = 2\\) here, "
                "\\(d = -2\\)."
            ),
            {C},
        ),
        (
            (
                "The tank held 60 liters after losing a third of its contents, so it held 90 "
                "before that; and 90 was after adding 30, so it started with 60."
            ),
            {C},
        ),
        (
            (
                "We aim to show \\(x = y\\). It suffices to prove \\(x \\le y\\) and \\(y \\le "
                "x\\), and since the hypothesis is symmetric in \\(x\\) and \\(y\\), only \\(x "
                "\\le y\\) needs an argument."
            ),
            {S, C},
        ),
        (
            (
                "We need \\(a_{10}\\). Since \\(a_{10} = a_9 + a_8\\), that needs \\(a_9\\) and "
                "\\(a_8\\), which in turn need \\(a_7\\), and so on down to \\(a_1\\) and "
                "\\(a_2\\), which are given."
            ),
            {S, C},
        ),
        (
            (
                "Work backward from the conclusion: \\(\\angle APB = 90^\\circ\\) is the same "
                "as \\(P\\) lying on the circle with diameter \\(AB\\), so \\(P\\) must be an "
                "intersection of that circle with the line \\(\\ell\\)."
            ),
            {C},
        ),
        (
            (
                "We want the smallest \\(n \\equiv 5 \\pmod 7\\) whose square ends in 9. A "
                "square ends in 9 only if the number ends in 3 or 7, so walk through 5, 12, 19, "
                "26, 33: the first ending in 3 or 7 is 33."
            ),
            {C},
        ),
        (
            (
                "When does the system have infinitely many solutions? Exactly when the second "
                "equation is a multiple of the first, so \\(\\frac{k}{2} = \\frac{6}{3}\\), "
                "i.e. \\(k = 4\\), and the constants have to scale the same way."
            ),
            {C},
        ),
        (
            (
                "<think> Let me try 27 - 9 + 5 - 3 = 20. Not 18. Maybe 27 + 9 - 5 * 3 = 21, "
                "still not. What about 27 / 9 = 3, 3 * 5 = 15, 15 + 3 = 18. Yes! </think>\n"
                "<answer> 27 / 9 * 5 + 3 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 98 - 28 - 11 - 2 = 57\n98 / 2 - 11 + 28 = 66\n(98 - 28) / 2 + 11 = 46 "
                "</think>\n<answer> (98 - 28) / 2 + 11 </answer>"
            ),
            {B},
        ),
        (
            (
                "We need to reach 248 using 75, 50, 2, 3, 8, 7. Hmm, 75 + 50 = 125 and 125 * 2 "
                "= 250, really close. So 3, 8, 7 must come to -2 overall. 8 + 7 - 3 = 12, no. 8 "
                "- 7 - 3 = -2. So (75 + 50) * 2 + 8 - 7 - 3 = 248."
            ),
            {V, B, S, C},
        ),
        ("40 + 13 + 4 * 2 = 61\n40 + 13 * 2 - 4 = 62", {B}),
        ("We need to reach 20 using 36, 12, 5 and 1. 36 / 12 * 5 + 1 = 16, that's 4 too low.", {V}),
        (
            (
                "<think> 36 / 12 = 3, 3 * 5 = 15, 15 + 1 = 16 no. 36 - 12 = 24, 24 - 5 = 19, 19 "
                "+ 1 = 20 yes </think>"
            ),
            {V, B},
        ),
        ("Aim for 26 first as 13 * 2, then 40 + 26 = 66, and finally the 4 comes off: 62.", {S}),
        ("46 - 11 = 35, and 35 is half of 70, which is 98 - 28. So (98 - 28) / 2 + 11 = 46.", {C}),
        (
            (
                "Target 18 from 3, 9, 27, 5. 18 = 15 + 3, and 15 = 5 * 3 where that 3 could be "
                "27 / 9."
            ),
            {S, C},
        ),
        ("Plan:\n- 75 + 50 → 125\n- double it → 250\n- use 8, 7, 3 to come down by 2", {S}),
        (
            (
                "Okay, let me think. We need 62 and we have 13, 4, 2, 40. 40 + 13 = 53 and 53 + "
                "4 + 2 = 59, hmm, too low, and 40 + 13 + 4 * 2 = 61 is still short. So let me "
                "double the 13 instead: 40 + 26 = 66, minus 4 is 62. Let me recheck: 13 * 2 = "
                "26, 26 + 40 = 66, 66 - 4 = 62. Correct."
            ),
            {V, B},
        ),
        (
            (
                "Which gives \\(r = \\frac52\\). Putting it back, \\(\\pi r^2 = "
                "\\frac{25\\pi}{4}\\), the same area part (a) states, so that's settled."
            ),
            {V},
        ),
        (
            (
                "### Approach\n1. Combine 98 and 28 into 70.\n2. Halve it with the 2.\n3. Add "
                "11.\n\n### Solution\n(98 - 28) / 2 + 11 = 46"
            ),
            {S},
        ),
        (
            (
                "Hmm, I don't think induction on \\(n\\) is going to work here: the inductive "
                "step needs information about \\(n + 2\\), not just \\(n + 1\\). Let me take a "
                "different tack and look for an invariant instead. The parity of the number of "
                "black stones never changes."
            ),
            {B},
        ),
        (
            (
                "**Working backwards.** After the last round Alice has 48 coins, and each round "
                "she doubles her coins and then gives away 4. Before the last round she had "
                "\\((48 + 4)/2 = 26\\), and before that \\((26 + 4)/2 = 15\\)."
            ),
            {C},
        ),
        (
            ("lets see 75 minus 25 is 50 times 2 is 100 and plus 4 thats 104 not 102 too big by 2"),
            {V},
        ),
        ("(75 - 25) * 2 + 4 = 104\n75 + 25 + 4 / 2 = 102", {B}),
        (
            (
                "the plan: get \\(\\cos\\theta\\) from the dot product, then \\(\\sin\\theta\\) "
                "from the identity, and only then the area \\(\\frac12 |u||v| \\sin\\theta\\)."
            ),
            {S},
        ),
        (
            (
                "Since 102 is even and close to 100, I'd like the last step to be 100 + 2; 100 "
                "= 75 + 25 leaves 2 and 4, and 4 / 2 gives the 2."
            ),
            {S, C},
        ),
        (
            (
                "Alright, so \\(\\triangle ABC\\) with \\(AB = 13\\), \\(BC = 14\\), \\(CA = "
                "15\\), and I want the inradius. Let me get the altitude from \\(A\\) first by "
                "dropping a perpendicular: \\(x^2 + h^2 = 169\\), \\((14 - x)^2 + h^2 = 225\\), "
                "subtract, \\(196 - 28x = 56\\)... hmm, wait, I don't actually need the "
                "altitude. Heron is faster: \\(s = 21\\), area \\(= \\sqrt{21 \\cdot 8 \\cdot 7 "
                "\\cdot 6} = 84\\), so \\(r = 84/21 = 4\\)."
            ),
            {B},
        ),
        (
            (
                "We need to reach 102 using 75, 25, 2, 4. 75 + 25 = 100, and then I need 2 "
                "more, which 4 / 2 supplies. So 75 + 25 + 4 / 2. Let me verify: 4 / 2 = 2, 75 + "
                "25 = 100, 100 + 2 = 102. Good."
            ),
            {V, S, C},
        ),
        (
            (
                "For the frustum's volume we want two things: the height of the missing top "
                "cone, from similar triangles, and then the volumes of the big and the small "
                "cone. The frustum is their difference."
            ),
            {S},
        ),
        (
            (
                "**Step-by-step plan**\n- Express everything in terms of \\(\\sin x\\).\n- "
                "Solve the resulting quadratic in \\(\\sin x\\).\n- Keep only the solutions in "
                "\\([0, 2\\pi)\\)."
            ),
            {S},
        ),
        (
            (
                "Okay, the probability that the two chords intersect. Hmm. Four random points "
                "on a circle... I think the cleanest route is to settle a simpler question "
                "first: given four fixed points, in how many of the 3 ways of pairing them up "
                "do the chords cross? Exactly one. With that in hand the probability is "
                "\\(\\frac13\\)."
            ),
            {S},
        ),
        ("need the slope first then the y intercept then plug x = 10 into the line", {S}),
        (
            (
                "Let's split the sum by residue mod 3: handle the terms with \\(k \\equiv 0\\), "
                "then \\(k \\equiv 1\\), then \\(k \\equiv 2\\), and add the three partial sums "
                "at the end."
            ),
            {S},
        ),
        (
            (
                "Denote the answer \\(N\\). It's convenient to count in pieces: first the "
                "colourings with no restriction, \\(3^6 = 729\\); next those where some pair of "
                "opposite faces match, by inclusion-exclusion; then subtract."
            ),
            {S},
        ),
        (
            (
                "Before computing the limit I want to establish \\(\\frac{\\ln n}{n} \\to 0\\); "
                "the original expression is \\(e^{\\ln n / n}\\), so that lemma is all we need."
            ),
            {S},
        ),
        (
            (
                "For a six-digit number to be divisible by both 4 and 25 it must be divisible "
                "by 100, so it has to end in 00; that fixes the last two digits and leaves \\(9 "
                "\\cdot 10^3 = 9000\\) choices for the rest."
            ),
            {C},
        ),
        (
            (
                "Wait, maybe think from the result. We need a cubic \\(P\\) with \\(P(1) = P(2) "
                "= P(3) = 0\\), so it has to be \\(P(x) = c(x-1)(x-2)(x-3)\\), and then \\(P(0) "
                "= -6c = 12\\) gives \\(c = -2\\)."
            ),
            {C},
        ),
        (
            (
                "For the area to equal 24 with base \\(AB = 8\\) on the x-axis, the height must "
                "be 6, so the third vertex lies on \\(y = 6\\) or \\(y = -6\\)."
            ),
            {C},
        ),
    )
)

#: The Countdown instance of each fifteenth-round row, in order: (target, numbers), or None.
FIFTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (62, (75, 25, 8, 4)),
    (47, (44, 19, 2, 6)),
    (39, (96, 4, 13, 2)),
    (61, (9, 7, 5, 2)),
    (66, (3, 17, 5)),
    (84, (12, 8, 3, 5)),
    (99, (75, 18, 6)),
    (88, (41, 36, 11)),
    (64, (8, 30, 22)),
    (97, (4, 6, 9, 7)),
    (22, (25, 12, 9)),
    (64, (8, 30, 6, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (93, (25, 4, 13, 6)),
    (57, (50, 3, 7, 2)),
    (63, (8, 6, 5, 3)),
    (72, (19, 55, 2)),
    (16, (7, 3, 99, 10)),
    (80, (2, 9, 11, 40)),
    (40, (15, 5, 8, 1)),
    (84, (70, 2, 13, 29)),
    (104, (47, 3, 12, 5)),
    (48, (33, 4, 17, 6)),
    (51, (21, 7, 2, 14)),
    (17, (3, 6, 80, 24)),
    (575, (2, 3, 7, 10, 25)),
    (60, (4, 9, 12, 1, 6)),
    (100, (1, 2, 3, 4, 5, 6)),
    (39, (8, 7, 2, 50)),
    (15, (45, 15, 9, 2)),
    (93, (25, 4, 13, 6)),
    (87, (16, 3, 50, 11)),
    (15, (45, 15, 9, 2)),
    (26, (64, 8, 3, 2)),
    (80, (2, 9, 11, 40)),
    (30, (6, 4, 3, 2)),
    (73, (37, 1, 11, 24)),
    (14, (81, 9, 5)),
    (48, (33, 4, 17, 6)),
    (51, (21, 7, 2, 14)),
    (70, (100, 4, 17, 2)),
    (17, (3, 6, 80, 24)),
    (104, (47, 3, 12, 5)),
    (84, (70, 2, 13, 29)),
    (63, (8, 6, 5, 3)),
    (57, (50, 3, 7, 2)),
    (72, (19, 55, 2)),
    (575, (2, 3, 7, 10, 25)),
    (48, (33, 4, 17, 6)),
    (100, (1, 2, 3, 4, 5, 6)),
    (575, (2, 3, 7, 10, 25)),
    (40, (15, 5, 8, 1)),
    (51, (21, 7, 2, 14)),
    (17, (3, 6, 80, 24)),
    (60, (4, 9, 12, 1, 6)),
    (87, (16, 3, 50, 11)),
    (39, (8, 7, 2, 50)),
    (80, (2, 9, 11, 40)),
    (73, (37, 1, 11, 24)),
    (16, (7, 3, 99, 10)),
    (26, (64, 8, 3, 2)),
    (104, (47, 3, 12, 5)),
    (93, (25, 4, 13, 6)),
    (30, (6, 4, 3, 2)),
    (14, (81, 9, 5)),
    (63, (8, 6, 5, 3)),
    (84, (70, 2, 13, 29)),
    (39, (8, 7, 2, 50)),
    (57, (50, 3, 7, 2)),
    (15, (45, 15, 9, 2)),
    (72, (19, 55, 2)),
    (87, (16, 3, 50, 11)),
    (100, (1, 2, 3, 4, 5, 6)),
    (16, (90, 5, 6, 4)),
    (40, (15, 5, 8, 1)),
    (51, (21, 7, 2, 14)),
    (70, (100, 4, 17, 2)),
    (60, (4, 9, 12, 1, 6)),
    (26, (64, 8, 3, 2)),
    (73, (37, 1, 11, 24)),
    (48, (33, 4, 17, 6)),
    (30, (6, 4, 3, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (18, (3, 9, 27, 5)),
    (46, (98, 28, 2, 11)),
    (248, (75, 50, 2, 3, 8, 7)),
    (62, (13, 4, 2, 40)),
    (20, (36, 12, 5, 1)),
    (20, (36, 12, 5, 1)),
    (62, (13, 4, 2, 40)),
    (46, (98, 28, 2, 11)),
    (18, (3, 9, 27, 5)),
    (248, (75, 50, 2, 3, 8, 7)),
    (62, (13, 4, 2, 40)),
    None,
    (46, (98, 28, 2, 11)),
    None,
    None,
    (102, (75, 25, 2, 4)),
    (102, (75, 25, 2, 4)),
    None,
    (102, (75, 25, 2, 4)),
    None,
    (102, (75, 25, 2, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)

#: The fifteenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
FIFTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    (
        "Let's confirm the domain first: the expression under the square root must be "
        "nonnegative, so we need \\(x \\ge -2\\)."
    ),
    (
        "We need to check whether complex roots count; the problem says 'real solutions', so "
        "only real ones are wanted."
    ),
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 7 = 31",
    "The target is 24, and we have the numbers 3, 8, 1 and 1 to work with.",
    "75 - 25 = 50, 50 + 8 = 58, 58 + 4 = 62.",
    (
        "The problem asks for the number of ordered pairs \\((a, b)\\) of positive integers "
        "with \\(a + b = 20\\)."
    ),
    "Substituting \\(y = 2x\\) into the second equation gives \\(x + 4x = 15\\), so \\(x = 3\\).",
    "To find \\(x\\), we expand the product: \\((x+2)(x-3) = x^2 - x - 6\\).",
    "Let me compute \\(\\binom{8}{3}\\): \\(\\frac{8 \\cdot 7 \\cdot 6}{6} = 56\\).",
    "Therefore, the final answer is \\(\\boxed{42}\\).",
    "A prime is a positive integer greater than 1 whose only positive divisors are 1 and itself.",
    "Check the units given in the problem: the speed is in km/h and the time is in minutes.",
    (
        "We need to find \\(x\\) first. \\(2x + 3 = 11\\) gives \\(x = 4\\), and that is what "
        "the question asks for."
    ),
    "Step 2: Multiply both sides by 3 to get \\(x = 12\\).",
    "The derivative of \\(x^3\\) is \\(3x^2\\), so \\(f'(2) = 12\\).",
    "By the Pythagorean theorem, \\(c = \\sqrt{5^2 + 12^2} = 13\\).",
    "The interior angles of a hexagon sum to \\((6 - 2) \\cdot 180^\\circ = 720^\\circ\\).",
    (
        "We are asked to verify that the identity \\(\\cos 2\\theta = 1 - 2\\sin^2\\theta\\) "
        "holds for all real \\(\\theta\\)."
    ),
    "The goal of the problem is to find the area of the shaded region.",
    (
        "Back substitution in the triangular system: \\(z = 2\\), then \\(y = 5 - z = 3\\), "
        "then \\(x = 10 - y - z = 5\\)."
    ),
    (
        "Let \\(S_n\\) denote the sum of the first \\(n\\) positive integers, so \\(S_n = "
        "\\frac{n(n+1)}{2}\\)."
    ),
    "Note that the problem says 'positive' integers, so 0 is excluded.",
    (
        "Using the quadratic formula on \\(x^2 + 4x + 3 = 0\\), \\(x = \\frac{-4 \\pm \\sqrt{16 "
        "- 12}}{2}\\), so \\(x = -1\\) or \\(x = -3\\)."
    ),
    "So there are \\(5! = 120\\) arrangements in total.",
    "The expected value of a fair die is \\(\\frac{1 + 2 + \\dots + 6}{6} = 3.5\\).",
    "Since \\(\\gcd(12, 18) = 6\\), the lcm is \\(\\frac{12 \\cdot 18}{6} = 36\\).",
    (
        "Hmm, let me think about this. The problem gives a circle of radius 5 centred at the "
        "origin and a point \\(P = (3, 4)\\) on it."
    ),
    "We integrate term by term: \\(\\int_0^1 (3x^2 + 2x)\\,dx = 1 + 1 = 2\\).",
    "First, recall that \\(\\sin^2\\theta + \\cos^2\\theta = 1\\) for every \\(\\theta\\).",
    "Let's make sure we understand the question: 'consecutive' means the integers differ by 1.",
    "I will now solve for \\(y\\): \\(y = \\frac{12 - 3x}{4}\\).",
    "The recursion \\(a_{n+1} = 2a_n + 1\\) with \\(a_1 = 1\\) gives 1, 3, 7, 15, 31.",
    (
        "Modulo 9, every integer is congruent to the sum of its digits; this is the fact the "
        "solution uses."
    ),
    "Plug in \\(x = 2\\) to evaluate: \\(f(2) = 2^3 - 2 \\cdot 2 + 1 = 5\\).",
    "As in every AIME problem, the answer is an integer from 0 to 999.",
    "Working in base 10 throughout, write \\(N = 100a + 10b + c\\) with digits \\(a, b, c\\).",
    "- Given: \\(AB = 6\\), \\(BC = 8\\), \\(\\angle B = 90^\\circ\\)\n- Find: \\(AC\\)",
    (
        "The inequality \\(\\frac{a+b}{2} \\ge \\sqrt{ab}\\) for nonnegative \\(a, b\\) is the "
        "two-variable AM-GM inequality."
    ),
    (
        "Okay, so we're looking at \\(\\sum_{k=1}^{10} k^2\\). Using the formula "
        "\\(\\frac{n(n+1)(2n+1)}{6}\\) with \\(n = 10\\): \\(\\frac{10 \\cdot 11 \\cdot 21}{6} "
        "= 385\\)."
    ),
    (
        "We need to determine whether the sequence is arithmetic or geometric; the problem "
        "statement calls it geometric, with first term 2 and ratio 3."
    ),
    "A function is injective when different inputs always give different outputs.",
    "the probability of two sixes in a row is 1/6 times 1/6 which is 1/36",
    (
        "Let \\(\\theta\\) be the angle between the vectors; then \\(\\cos\\theta = \\frac{u "
        "\\cdot v}{|u||v|} = \\frac{6}{2 \\cdot 5} = \\frac35\\)."
    ),
    (
        "<think> 25 * 4 = 100, 100 - 13 = 87, 87 + 6 = 93 </think>\n<answer> 25 * 4 - 13 + 6 "
        "</answer>"
    ),
    (
        "Using the numbers [19, 55, 2], create an equation that equals 72. You can use basic "
        "arithmetic operations (+, -, *, /) and each number can only be used once."
    ),
    "We need to reach 57 using 50, 3, 7 and 2.",
    "The answer is (15 - 8 + 1) * 5.",
    "Let me compute: 81 / 9 = 9, 9 + 5 = 14.",
    "Step 1: 12 * 6 = 72\nStep 2: 72 - 9 = 63\nStep 3: 63 - 4 = 59\nStep 4: 59 + 1 = 60",
    "Each number may be used at most once, and every division must come out whole.",
    (
        "Let's confirm the rules: may we concatenate digits, e.g. make 12 from 1 and 2? No, "
        "only + - * / are allowed."
    ),
    "<answer> 7 * (21 - 14) + 2 </answer>",
    "Numbers: 33, 4, 17, 6. Target: 48.",
    "33 + 17 = 50\n50 - 6 = 44\n44 + 4 = 48",
    "I'll start by adding the two largest numbers: 55 + 19 = 74, then 74 - 2 = 72.",
    "The target is 87, so let me look at the numbers: 16, 3, 50, 11.",
    "16 * 3 + 50 - 11 = 87",
    "We have four numbers and need to combine all of them with the four basic operations.",
    "Final answer: 90 / (5 + 4) + 6 = 16",
    "Using multiplication first: 64 / 8 = 8, then 8 * 3 = 24, then 24 + 2 = 26.",
    "So, (100 - 17 * 2) + 4 = 70.",
    "Let me write it with parentheses so the order of operations is clear: 50 - 7 - (8 / 2).",
    (
        "<think> We need to reach 51 using 21, 7, 2 and 14. 21 - 14 = 7, 7 * 7 = 49, 49 + 2 = "
        "51. </think>"
    ),
    "The numbers 1 through 6 each have to appear exactly once in the expression.",
    "Division here: 45 / 15 = 3.",
    "Multiplication is commutative, so 6 * 4 and 4 * 6 are the same step.",
    "Let me re-read the task: target 39, numbers 8, 7, 2, 50.",
    "25 * (10 + 7 + 3 * 2) = 575",
    "Order of operations: 3 * 2 is evaluated before the additions, giving 10 + 7 + 6 = 23.",
    "Okay, so we want 93. Let's go: 25 * 4 = 100, 100 + 6 = 106, 106 - 13 = 93.",
    "first 4 + 6 = 10, then 10 * 9 = 90, then 90 + 7 = 97",
    "In Countdown you combine the given numbers with +, -, * and / to hit the target exactly.",
    (
        "The numbers are 2, 9, 11 and 40, the target is 80, and negative intermediate results "
        "are allowed."
    ),
    "80 / (24 / 6) - 3 = 17, i.e. 80 / 4 - 3.",
    "Answer: 37 + 24 + 11 + 1",
    "- 12 × 5 = 60\n- 60 + 47 = 107\n- 107 − 3 = 104",
    (
        "Assistant: Let me solve this step by step.\n<think> 99 / 3 = 33, 33 - 10 = 23, 23 - 7 "
        "= 16 </think>\n<answer> 99 / 3 - 10 - 7 </answer>"
    ),
    "Let's work with the numbers in the order given: 75, 25, 2, 4.",
    (
        "The plan of the building is a rectangle 20 m by 30 m, so its floor area is "
        "\\(600\\text{ m}^2\\)."
    ),
    (
        "Backtracking algorithms explore a search tree and undo choices that fail; here we only "
        "need the count \\(\\binom{6}{2} = 15\\)."
    ),
    "The target time in the problem is \\(T = 120\\) seconds, and the runner's speed is 5 m/s.",
    "The check digit of an ISBN-10 is chosen so that the weighted digit sum is divisible by 11.",
    "75 + 25 = 100, 4 / 2 = 2, 100 + 2 = 102.",
)

#: The Countdown instance of each fifteenth-round control, in order.
FIFTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    (31, (12, 2, 7)),
    (24, (3, 8, 1, 1)),
    (62, (75, 25, 8, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (93, (25, 4, 13, 6)),
    (72, (19, 55, 2)),
    (57, (50, 3, 7, 2)),
    (40, (15, 5, 8, 1)),
    (14, (81, 9, 5)),
    (60, (4, 9, 12, 1, 6)),
    None,
    None,
    (51, (21, 7, 2, 14)),
    (48, (33, 4, 17, 6)),
    (48, (33, 4, 17, 6)),
    (72, (19, 55, 2)),
    (87, (16, 3, 50, 11)),
    (87, (16, 3, 50, 11)),
    None,
    (16, (90, 5, 6, 4)),
    (26, (64, 8, 3, 2)),
    (70, (100, 4, 17, 2)),
    (39, (8, 7, 2, 50)),
    (51, (21, 7, 2, 14)),
    (100, (1, 2, 3, 4, 5, 6)),
    (15, (45, 15, 9, 2)),
    None,
    (39, (8, 7, 2, 50)),
    (575, (2, 3, 7, 10, 25)),
    None,
    (93, (25, 4, 13, 6)),
    (97, (4, 6, 9, 7)),
    None,
    (80, (2, 9, 11, 40)),
    (17, (3, 6, 80, 24)),
    (73, (37, 1, 11, 24)),
    (104, (47, 3, 12, 5)),
    (16, (7, 3, 99, 10)),
    (102, (75, 25, 2, 4)),
    None,
    None,
    None,
    None,
    (102, (75, 25, 2, 4)),
)

#: Sixteenth round (issue 19): written blind from the paper's definitions in the seventh
#: session (math and Countdown; emphasis: small RL-trained models' terse traces, word
#: problems and chatty assistants),
#: measured before the fourth wave of structural rules (32de1d4) and after it, then studied.
#: Entries as the ninth round's.
SIXTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        ("So \\(x = 3\\). Plugging back in: \\(2(3)^2 - 5(3) - 3 = 18 - 15 - 3 = 0\\). Good.", {V}),
        (
            (
                "The jacket ends up costing $48 after the discount. Let me double-check: 20% of "
                "$60 is $12, and $60 - $12 = $48. Yes."
            ),
            {V},
        ),
        (
            (
                "We have \\(a_1 = 3\\) and \\(r = 2\\), so \\(a_5 = 3 \\cdot 2^4 = 48\\) and "
                "\\(S_5 = 3(2^5 - 1) = 93\\). Adding the terms by hand, 3 + 6 + 12 + 24 + 48 = "
                "93, which matches the formula. So the sum is 93."
            ),
            {V},
        ),
        (
            (
                "Differentiating \\(\\frac{1}{3}x^3 - \\cos x\\) gives back \\(x^2 + \\sin "
                "x\\), the integrand, so the antiderivative is right."
            ),
            {V},
        ),
        (
            (
                "area = 1/2 * 6 * 8 = 24. cross-check with Heron: s = 12, sqrt(12*6*4*2) = "
                "sqrt(576) = 24 ✓"
            ),
            {V},
        ),
        (
            (
                "That gives \\(\\binom{5}{2} = 10\\) pairs. Listing them to be safe: AB, AC, "
                "AD, AE, BC, BD, BE, CD, CE, DE. Ten, so the count holds."
            ),
            {V},
        ),
        (
            (
                "so she drives for 2.5 hours. quick sanity pass: 150 miles at 60 mph is 150/60 "
                "= 2.5 h, consistent"
            ),
            {V},
        ),
        (
            (
                "**Let me double-check** with both original equations: \\(3(4) + 2(1) = 14\\) ✓ "
                "and \\(4 - 1 = 3\\) ✓. Both hold, so \\((x, y) = (4, 1)\\)."
            ),
            {V},
        ),
        (
            (
                "P(at least one six) = 1/6 + 1/6 - 1/36 = 11/36. Complement route for "
                "comparison: P(no six) = 25/36 and 1 - 25/36 = 11/36. Same number."
            ),
            {V},
        ),
        (
            (
                "hmm, that can't be right, a probability of \\(\\frac{7}{5}\\) is bigger than "
                "1, so I've overcounted somewhere in the favourable cases."
            ),
            {V},
        ),
        (
            (
                "Okay, so the remainder when \\(2^{10}\\) is divided by 7. Since \\(2^3 = 8 "
                "\\equiv 1 \\pmod 7\\), we get \\(2^{10} = (2^3)^3 \\cdot 2 \\equiv 2\\). Is "
                "that so? \\(2^{10} = 1024 = 7 \\cdot 146 + 2\\). Right, remainder 2. Now the "
                "second part asks for \\(3^{10}\\) mod 7, and \\(3^6 \\equiv 1\\) by Fermat, so "
                "\\(3^{10} \\equiv 3^4 = 81 \\equiv 4\\)."
            ),
            {V},
        ),
        (
            (
                "She earns $12/hour for 40 hours = $480, plus 5 overtime hours at $18 = $90, "
                "total $570. Does that add up? 480 + 90 = 570, yep."
            ),
            {V},
        ),
        (
            (
                "The roots should satisfy Vieta: sum \\(= 5\\) and product \\(= 6\\). With 2 "
                "and 3 we get \\(2 + 3 = 5\\) and \\(2 \\cdot 3 = 6\\), so they're consistent."
            ),
            {V},
        ),
        ("x = 4\ncheck 3(4) - 7 = 5 ✓", {V}),
        (
            (
                "The volume comes out to \\(V = \\pi r^2 h = \\pi \\cdot 9 \\cdot 4 = "
                "36\\pi\\). Units: cm^2 times cm gives cm^3, and the size is plausible for a "
                "can that small, so I'm comfortable with \\(36\\pi\\) cm^3."
            ),
            {V},
        ),
        (
            (
                "wait is 91 prime? 91 = 7*13 so no, good thing I looked before putting it in "
                "the list of primes"
            ),
            {V},
        ),
        (
            (
                "Hmm, a negative length for the side can't be right. Let me recheck the "
                "subtraction: \\(13^2 - 5^2 = 169 - 25 = 144\\), not \\(-144\\); I had the "
                "terms flipped. So the side is 12."
            ),
            {V},
        ),
        (
            (
                "Percent increase = (54 - 45)/45 = 9/45 = 20%. Going the other way, 45 × 1.2 = "
                "54, which is the new price, so 20% stands."
            ),
            {V},
        ),
        (
            (
                "<think> 44 + 19 = 63 no\n44 + 37 = 81, 81 - 19 = 62 yes </think> <answer>44 + "
                "37 - 19</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n7 * 12 = 84, 84 + 2 = 86 no\n7 * 2 = 14, 14 * 12 = 168 too big\n(12 + "
                "2) * 7 = 98 yes\n</think>\n<answer>(12 + 2) * 7</answer>"
            ),
            {V, B},
        ),
        ("30 + 5 + 3 = 38 under\n30 + 5 * 3 = 45 got it", {V, B}),
        ("25 * 4 = 100 close, 100 + 1 = 101 still off by 3\n(25 + 1) * 4 = 104 works", {V, B}),
        ("(25 - 3) * 4 = 88. That overshoots 86 by 2.", {V}),
        ("Let me evaluate this candidate: (9 + 7) * 3 = 48, and 48 is not 52.", {V}),
        (
            (
                "We need to reach 64 using 8, 3, 5 and 7. I'll take 8 * 7 = 56, then 56 + 5 = "
                "61, then 61 + 3 = 64. Checking the final value against the target: 64 = 64, "
                "and each number was used once."
            ),
            {V},
        ),
        ("<think> 50 + 39 = 89, 89 - 6 = 83 hmm thats 83 not 77 </think>", {V}),
        (
            (
                "Completing the square is getting ugly with these fractions. Let me drop that "
                "and use the quadratic formula instead: \\(x = \\frac{5 \\pm \\sqrt{25 + "
                "24}}{4} = \\frac{5 \\pm 7}{4}\\)."
            ),
            {B},
        ),
        (
            (
                "Grouping \\(x^3 - 6x^2 + 11x - 6\\) as \\((x^3 - 6x^2) + (11x - 6)\\) leaves "
                "no common factor between the groups. Different tack: by the rational root "
                "theorem \\(x = 1\\) is a root, so divide by \\((x - 1)\\)."
            ),
            {B},
        ),
        (
            (
                "hmm, integrating by parts again just produces another \\(e^x \\sin x\\) term "
                "and I'm going in circles... ok different idea, write \\(\\sin x\\) as the "
                "imaginary part of \\(e^{ix}\\)."
            ),
            {B},
        ),
        (
            (
                "Let \\(u = x^2\\). Then \\(du = 2x\\,dx\\), but there's no \\(x\\) in \\(\\int "
                "\\frac{dx}{1+x^2}\\) to absorb it. Take \\(x = \\tan\\theta\\) instead, which "
                "turns the integral into \\(\\int d\\theta = \\arctan x + C\\)."
            ),
            {B},
        ),
        (
            (
                "Counting the seatings where at least two of them sit together is turning into "
                "a tangle of overlapping cases. Scrap that. Count the seatings where no two sit "
                "together and subtract from \\(6!\\)."
            ),
            {B},
        ),
        (
            (
                "Actually, no. Treating the triangle as right-angled was an assumption the "
                "problem never gave me. Back to the law of cosines: \\(c^2 = 49 + 64 - 2 \\cdot "
                "7 \\cdot 8 \\cos 60^\\circ = 57\\)."
            ),
            {B},
        ),
        (
            (
                "I first tried to set up the work-rate problem as 1/3 + 1/x = 1/2 with x for "
                "the pipe, but that treats the drain as filling. The drain empties, so that "
                "model is wrong; the right equation is 1/3 - 1/x = 1/5."
            ),
            {B},
        ),
        (
            (
                "Induction on \\(n\\) doesn't get off the ground here because the step from "
                "\\(n\\) to \\(n+1\\) needs the claim for \\(n-1\\) too. So I'll switch to "
                "strong induction."
            ),
            {B},
        ),
        (
            (
                "Let the ages be \\(a\\) and \\(b\\). From the first clue \\(a + b = 40\\)... "
                "pushing the second clue through two unknowns keeps tangling. Let me start over "
                "with one variable: the son is \\(s\\) now, the father is \\(3s\\), so \\(3s + "
                "s = 40\\) and \\(s = 10\\)."
            ),
            {B},
        ),
        (
            (
                "<think>\n21 + 9 + 3 = 33\n21 - 9 = 12, 12 * 3 = 36\n</think>\n<answer>(21 - 9) "
                "* 3</answer>"
            ),
            {B},
        ),
        ("60 / 4 = 15, 15 + 8 = 23\n60 - 8 = 52, 52 / 4 = 13\n(60 + 8) / 4 = 17", {B}),
        ("9 * 3 = 27, 27 + 6 - 4 = 29\n9 + 6 + 4 * 3 = 27", {B}),
        (
            (
                "The plan: (1) get the radius from the circumference, (2) use it for the "
                "circle's area, (3) subtract the square's area."
            ),
            {S},
        ),
        (
            (
                "### Approach\n- Find the slope of \\(AB\\)\n- Take the negative reciprocal for "
                "the perpendicular slope\n- Write the line through the midpoint of \\(AB\\) "
                "with that slope"
            ),
            {S},
        ),
        (
            (
                "The key step is getting \\(\\sin\\theta\\) by itself; once that's done, "
                "\\(\\theta\\) can be read off the unit circle."
            ),
            {S},
        ),
        (
            (
                "We'll do this in two parts: first the number of ways to choose the committee, "
                "then the number of ways to assign the two officers within it, and multiply."
            ),
            {S},
        ),
        (
            (
                "<think> plan: get a 10 from 2 and 5, then 10 times 9 gives 90, then add the 3. "
                "5 * 2 = 10, 10 * 9 = 90, 90 + 3 = 93 </think> <answer>5 * 2 * 9 + 3</answer>"
            ),
            {S},
        ),
        (
            (
                "First I'll make something near 100 from the two big numbers, then fix it up "
                "with the small ones. 75 + 25 = 100, then 100 + 6 - 2 = 104."
            ),
            {S},
        ),
        (
            (
                "She wants $500 left after spending $120 on rent and $80 on food, so she must "
                "have started with 500 + 120 + 80 = $700."
            ),
            {C},
        ),
        (
            (
                "We want \\(a^2 + b^2 \\ge 2ab\\). That holds exactly when \\(a^2 - 2ab + b^2 "
                "\\ge 0\\), i.e. \\((a - b)^2 \\ge 0\\), which is always true."
            ),
            {C},
        ),
        (
            (
                "For the four-digit number 47?2 to be divisible by 9 its digit sum has to be a "
                "multiple of 9. The known digits give 4 + 7 + 2 = 13, and the next multiple of "
                "9 is 18, so the blank must be 5."
            ),
            {C},
        ),
        (
            (
                "Target 91 with 7, 8, 5. 91 = 7 * 13, so I want a 13 out of 8 and 5: 8 + 5 = "
                "13. 7 * (8 + 5) = 91."
            ),
            {S, C},
        ),
        ("to end at 23 i need 20 + 3, and 20 is just 4 * 5, so 4 * 5 + 3", {C}),
        (
            (
                "<think>3 * 8 = 24, 24 + 2 = 26 over\n24 - 2 = 22 under\n24 + 2 - 1 = 25 got "
                "it</think>\n<answer>3 * 8 + 2 - 1</answer>"
            ),
            {V, B},
        ),
        ("**Checking:** (15 − 5) × 4 = 10 × 4 = 40 ✓ That matches the target of 40.", {V}),
        ("so 96 / 8 = 12 and 12 + 14 = 26... hmm, the target was 36, so I'm ten short.", {V}),
        ("(11 - 5) * 7 = 42. Correct.", {V}),
        ("nope: 19 + 23 + 5 = 47", {V}),
        (
            (
                "Let me double-check the arithmetic: 72 ÷ 6 = 12, 12 × 5 = 60, 60 + 3 = 63. "
                "Yes, that's 63."
            ),
            {V},
        ),
        ("Wait, 13 times 4 is 52, not 48. So 13 * 4 - 3 would be 49, which doesn't match 45.", {V}),
        ("- 81 / 9 = 9\n- 9 + 17 = 26\n- 26 ≠ 27, one short", {V}),
        (
            (
                "<think>\n48 - 16 = 32, 32 + 5 = 37 no\n48 / 16 = 3, 3 * 5 = 15 no\n48 + 16 = "
                "64, 64 + 5 = 69 yes\n</think>\n<answer>48 + 16 + 5</answer>"
            ),
            {V, B},
        ),
        ("8 * 6 = 48, 48 / 4 = 12, 12 * 2 = 24\n8 + 6 - 4 + 2 = 12", {B}),
        ("<think>27 + 9 * 3 = 54\n27 * 9 / 3 = 81</think>", {B}),
        ("10 * 5 - 2 - 1 = 47\n5 * (10 - 2 - 1) = 35", {B}),
        ("62 - 3 - 7 = 52\n62 - 7 + 3 = 58", {B}),
        ("4 * 6 = 24 24 - 3 = 21 21 + 2 = 23\n4 * 6 - 3 - 2 = 19", {B}),
        (
            (
                "<think>\n11 * 2 + 5 = 27\n11 * 5 - 2 = 53\n(11 + 5) * 2 = 32\n11 * (5 - 2) = "
                "33\n</think>\n<answer>11 * (5 - 2)</answer>"
            ),
            {B},
        ),
        (
            (
                "Adding everything gives 14 + 38 + 9 = 61, which is too big. Let's try "
                "subtracting the 9 instead: 38 + 14 - 9 = 43."
            ),
            {V, B},
        ),
        (
            (
                "6 * 7 = 42, and from 42 with 3 and 20 I only reach 42 + 20 + 3 = 65 or 42 + 20 "
                "- 3 = 59, neither is 67. abandon the 6 * 7 idea. 6 - 3 = 3, 20 * 3 = 60, 60 + "
                "7 = 67."
            ),
            {V, B},
        ),
        (
            (
                "90 - 15 - 4 = 71 and I still have the 2, which can't bring 71 down to 56. Hmm, "
                "maybe division helps: 90 / 2 = 45, 45 + 15 = 60, 60 - 4 = 56."
            ),
            {V, B},
        ),
        (
            (
                "<think> 9 * 8 = 72, 72 - 7 = 65 no. from the other end: 71 - 8 = 63 and 63 = 9 "
                "* 7. so 9 * 7 + 8 = 71 </think>"
            ),
            {V, B, C},
        ),
        (
            (
                "10 + 3 + 9 = 22, way under. New plan: first produce a 7 from 10 and 3, then "
                "multiply the 7 by 9. 10 - 3 = 7, 7 * 9 = 63."
            ),
            {V, B, S},
        ),
        (
            (
                "<think> Let me handle the big numbers first, then use the small ones to "
                "adjust. 50 + 25 = 75, 75 - 3 = 72, 72 + 1 = 73 </think>"
            ),
            {S},
        ),
        (
            (
                "Break it down: (a) see what 100 and 4 can make together, (b) see what 6 and 2 "
                "can make, (c) combine the two results. (a) 100 / 4 = 25. (b) 6 * 2 = 12. (c) "
                "25 + 12 = 37."
            ),
            {S},
        ),
        (
            (
                "## Strategy\n1. Get close using multiplication.\n2. Use the leftover numbers "
                "for a small correction.\n\n9 × 8 = 72, then 72 + 5 − 2 = 75."
            ),
            {S},
        ),
        ("first make 20 then times 4 then minus 1 so 15 + 5 = 20 20 * 4 = 80 80 - 1 = 79", {S}),
        (
            (
                "<think> I'll split the four numbers into two pairs and turn each pair into "
                "something useful. 12 - 2 = 10 and 7 + 3 = 10, then 10 * 10 = 100 </think>"
            ),
            {S},
        ),
        (
            (
                "Goal for now: use up the 1 and the 2 without changing much, so 2 - 1 = 1 "
                "becomes a multiplier. then 17 * 3 = 51, 51 * 1 = 51"
            ),
            {S},
        ),
        (
            (
                "We need to reach 94 using 11, 4, 2 and 6. I'll first aim for a product with "
                "the 11 in it, then deal with whatever is left. 11 * 4 = 44, 44 * 2 = 88, 88 + "
                "6 = 94."
            ),
            {S},
        ),
        (
            (
                "the trick is to turn two of the numbers into a 1 so the rest multiplies "
                "cleanly: 8 / 8 = 1, then 9 * 5 * 1 = 45"
            ),
            {S},
        ),
        (
            (
                "Okay, so I need to use 23, 4, 17 and 2. Maybe it's easiest in two stages: "
                "combine 23 and 17 into something round, then bring in the 4 and the 2. 23 + 17 "
                "= 40. 40 * 2 = 80, 80 + 4 = 84."
            ),
            {S},
        ),
        (
            (
                "Since 48 is a multiple of 6, my approach is to first build an 8 out of the "
                "other two numbers and then multiply by the 6. 5 + 3 = 8, 8 * 6 = 48."
            ),
            {S, C},
        ),
        (
            (
                "Intermediate goal: reach 30, since 30 plus the 4 finishes it. 6 * 5 = 30, 30 + "
                "4 = 34."
            ),
            {S, C},
        ),
        (
            (
                "Target is 37. 37 is 40 - 3 and I already have the 3, so I need 40 from 8 and "
                "5: 8 * 5 = 40. Answer: 8 * 5 - 3."
            ),
            {S, C},
        ),
        (
            (
                "75 = 3 * 25, so the 25 and the 3 do it, leaving 6 and 6 to cancel: 25 * 3 + 6 "
                "- 6 = 75"
            ),
            {C},
        ),
        (
            (
                "<think> work backwards from 60. 60 / 5 = 12, so what's left has to make 12: 9 "
                "+ 3 = 12. (9 + 3) * 5 = 60 </think>"
            ),
            {S, C},
        ),
        (
            (
                "19 is odd, so the final step can't be a product of even things; it has to be "
                "the 7 plus or minus an even number. 19 - 7 = 12 = 6 * 2. So 6 * 2 + 7 = 19."
            ),
            {C},
        ),
        (
            (
                "For the last step to give 50 with the 2 in hand, the other side must be 25 "
                "(times 2) or 48 or 52 (plus or minus 2). 25 is 30 - 5, so (30 - 5) * 2 = 50."
            ),
            {C},
        ),
        ("need 64 thats 8 * 8 and the other 8 is 2 + 6 so 8 * (2 + 6)", {C}),
        (
            (
                "Work backward: 120 = 5 * 24, and 24 = 4 * 6, which means 5 * 4 * 6. Check: 5 * "
                "4 = 20, 20 * 6 = 120 ✓"
            ),
            {V, C},
        ),
        ("We need 17 from 45, 3 and 2. 17 - 2 = 15, and 15 = 45 / 3, so 45 / 3 + 2 = 17.", {C}),
        (
            (
                "To finish on 6 with a division, the numerator has to be six times the "
                "denominator; 42 and 7 fit. The 2 and the 1 can become a harmless factor: (42 / "
                "7) * (2 - 1) = 6."
            ),
            {C},
        ),
        ("**Working backwards:** 29 = 32 − 3, and 32 = 4 × 8. So: 4 × 8 − 3 = 29.", {C}),
        (
            (
                "what would the second-to-last number have to be? if the last move is × 3 it'd "
                "be 26, and 26 is 13 * 2. so 13 * 2 * 3"
            ),
            {C},
        ),
        (
            (
                "to get 100 exactly with the 4 as a factor, the rest has to be 25, so I need 25 "
                "from 20 and 5: 20 + 5 = 25, (20 + 5) * 4 = 100"
            ),
            {S, C},
        ),
        (
            (
                "To find how much she saves per month, we first need her monthly income after "
                "tax, and then the total of her fixed expenses; savings is the gap between the "
                "two."
            ),
            {S},
        ),
        (
            (
                "Let's break this into smaller pieces:\n1. Area of the rectangle\n2. Area of "
                "the semicircle on top\n3. Add them"
            ),
            {S},
        ),
        (
            (
                "Here's how I'll tackle it: **first** find the speed on the way there, **then** "
                "the time for the return leg, and **finally** the average speed over the whole "
                "trip."
            ),
            {S},
        ),
        (
            (
                "Intermediate goal: show that triangle \\(ABC\\) is isosceles. After that the "
                "base angles are equal and the rest is angle chasing."
            ),
            {S},
        ),
        (
            (
                "We know the perimeter is 36 and the sides are in the ratio 3:4:5. Before "
                "anything about the area, I want the actual side lengths, since the area "
                "follows from them. \\(3k + 4k + 5k = 12k = 36\\), so \\(k = 3\\) and the sides "
                "are 9, 12, 15. The area is \\(\\frac{1}{2} \\cdot 9 \\cdot 12 = 54\\)."
            ),
            {S},
        ),
        (
            (
                "ok so two things to figure out first how many apples in total and how many go "
                "in each bag after that its just division"
            ),
            {S},
        ),
        (
            (
                "It's easiest to do this in stages: \\(P(\\text{first red})\\), then "
                "\\(P(\\text{second red} \\mid \\text{first red})\\), then multiply the two."
            ),
            {S},
        ),
        (
            (
                "Plan:\n- reduce the exponent \\(3^{100}\\) mod 4\n- then read off the last "
                "digit of \\(7^{3^{100}}\\) from the cycle 7, 9, 3, 1"
            ),
            {S},
        ),
        (
            (
                "I'll split the integral at \\(x = 1\\), where \\(|x - 1|\\) changes sign, work "
                "out each piece separately, and add the two results."
            ),
            {S},
        ),
        (
            (
                "The problem reduces to two sub-problems: counting the lattice points on the "
                "boundary, and counting the ones strictly inside."
            ),
            {S},
        ),
        (
            (
                "Strategy: rewrite everything in terms of \\(\\sin\\) and \\(\\cos\\), simplify "
                "the numerator, and only then deal with the denominator."
            ),
            {S},
        ),
        ("goal 1: find the common difference. goal 2: use it to get the 20th term.", {S}),
        (
            (
                "Working backward from the end: he has 18 stickers after giving away 6, so he "
                "had 24 before that; the 24 came from doubling, so he started with 12."
            ),
            {C},
        ),
        (
            (
                "For \\(f(x) = \\frac{x^2 - 4}{x - 1}\\) to equal zero, the numerator must "
                "vanish while the denominator doesn't, so \\(x = \\pm 2\\)."
            ),
            {C},
        ),
        (
            (
                "We want the line \\(y = mx - 1\\) to be tangent to \\(y = x^2 - 2x\\), and "
                "that happens exactly when \\(x^2 - (2 + m)x + 1 = 0\\) has a double root, i.e. "
                "when its discriminant is zero: \\((2 + m)^2 - 4 = 0\\), so \\(m = 0\\) or \\(m "
                "= -4\\)."
            ),
            {C},
        ),
        (
            (
                "To end up with a probability of \\(\\frac{1}{4}\\), the red balls must be a "
                "quarter of the total, so with 12 balls there have to be 3 red ones."
            ),
            {C},
        ),
        (
            (
                "What must the last digit of \\(n\\) be for \\(n^2\\) to end in 6? Only 4 or 6 "
                "square to something ending in 6, so \\(n\\) ends in 4 or 6."
            ),
            {C},
        ),
        (
            (
                "To show the sequence converges it suffices to show it is bounded and monotone, "
                "so we need two facts: \\(a_n < 2\\) for all \\(n\\), and \\(a_{n+1} > a_n\\)."
            ),
            {S, C},
        ),
        (
            (
                "To have $1,200 by December, twelve months from now, she needs $100 a month. "
                "She already puts away $60, so she has to find another $40 each month."
            ),
            {C},
        ),
        (
            (
                "To prove \\(AB = CD\\) it suffices to show that triangles \\(ABE\\) and "
                "\\(CDE\\) are congruent; for that we need two sides and the included angle, "
                "and the vertical angles at \\(E\\) supply the angle."
            ),
            {S, C},
        ),
        (
            (
                "The train has to arrive by 3:00 pm and the trip takes 2 h 45 min, so it must "
                "leave by 12:15 pm at the latest."
            ),
            {C},
        ),
        (
            (
                "If the average of five scores is to be 85, the total must be 5 × 85 = 425. The "
                "four known scores add up to 330, so the fifth one needs to be 95."
            ),
            {C},
        ),
        (
            (
                "How many did she start with, if after selling a third she has 40 left? The 40 "
                "is the remaining two thirds, so one third is 20 and she began with 60."
            ),
            {C},
        ),
        (
            (
                "For \\(x^3 - x^2 - x - 1\\), I'll try \\(x = 2\\): \\(8 - 4 - 2 - 1 = 1 \\neq "
                "0\\). Hmm. Guessing roots isn't going anywhere, so let's bracket the root with "
                "the intermediate value theorem instead."
            ),
            {V, B},
        ),
        (
            (
                "At first I assumed the 15% tip was on the pre-tax amount, but the question "
                "says it's on the total with tax. So redo it: 80 × 1.08 = 86.40, and the tip is "
                "0.15 × 86.40 = 12.96."
            ),
            {B},
        ),
        (
            (
                "By combinations, \\(\\binom{10}{3} = 120\\). But the three prizes are "
                "different, so order matters and combinations were the wrong tool. Use "
                "permutations: \\(10 \\cdot 9 \\cdot 8 = 720\\)."
            ),
            {B},
        ),
        (
            (
                "Wait, maybe I should approach this differently. Instead of setting up "
                "coordinates, use the similar triangles ADE and ABC, which give DE/BC = AD/AB = "
                "2/5."
            ),
            {B},
        ),
        (
            (
                "tried l'hopital twice and it still gives 0/0 forget that, use the series sin x "
                "= x - x^3/6 + ... and the limit drops out"
            ),
            {B},
        ),
        (
            (
                "Angle chasing got me nowhere. Let me instead drop a perpendicular from \\(C\\) "
                "to \\(AB\\) and work with the two right triangles it creates."
            ),
            {B},
        ),
        (
            (
                "Hmm no, the substitution \\(t = x + 1\\) makes the denominator worse. Undo it "
                "and go with partial fractions: \\(\\frac{1}{x(x+1)} = \\frac{1}{x} - "
                "\\frac{1}{x+1}\\)."
            ),
            {B},
        ),
        (
            (
                "My tree diagram is exploding in size with five draws. Let me reconsider: this "
                "is just a binomial with n = 5 and p = 0.3."
            ),
            {B},
        ),
        (
            (
                "I computed the interest as simple interest, but the problem says compounded "
                "annually, so that was the wrong model. Starting again: 1000(1.05)^3 = 1157.63."
            ),
            {B},
        ),
        (
            (
                "Let a be the adult tickets and c the child tickets, with a + c = 120 and 12a + "
                "7c = 1140. Multiplying the first equation by 7 gives 7a + 7c = 840; "
                "subtracting, 5a = 300, so a = 60 and c = 60. Plugging into the revenue: 12·60 "
                "+ 7·60 = 720 + 420 = 1140, as required. The question also wants the share of "
                "child tickets, which is 60/120 = 50%."
            ),
            {V},
        ),
        (
            (
                "Trailing zeros of 50!. I started listing the multiples of 5 up to 50 and "
                "counting one zero for each, which gives 10, but 25 and 50 each carry two "
                "factors of 5, so that count comes up short. Switching to Legendre's formula: "
                "floor(50/5) + floor(50/25) = 10 + 2 = 12."
            ),
            {V, B},
        ),
        (
            (
                "Pens cost $1.50 and notebooks $4, and Maria has $30 and wants 6 notebooks. "
                "I'll approach it in two steps: what's left after the notebooks, then how many "
                "pens that covers. 6 × 4 = 24, so $6 remains, and 6 / 1.50 = 4 pens."
            ),
            {S},
        ),
        (
            (
                "I set it up as if the 40% were the discount, but re-reading, 40% is what she "
                "actually paid. So the original price is 24 / 0.4 = $60, not 24 / 0.6."
            ),
            {B},
        ),
        (
            (
                "For the system to have infinitely many solutions, the second equation must be "
                "a multiple of the first: \\(4x + ky = 10\\) has to be twice \\(2x + 3y = 5\\), "
                "so \\(k = 6\\)."
            ),
            {C},
        ),
        (
            (
                "The concert starts at 7:30 and she needs 45 minutes to drive plus 20 minutes "
                "to park, so she has to leave home by 6:25."
            ),
            {C},
        ),
        (
            (
                "We're after the diagonal. That needs the side of the square, and the side "
                "comes from the area: \\(s = \\sqrt{50} = 5\\sqrt{2}\\), so the diagonal is "
                "\\(s\\sqrt{2} = 10\\)."
            ),
            {C},
        ),
        (
            (
                "For \\(\\frac{n}{120}\\) to be a terminating decimal, the reduced denominator "
                "may only contain 2s and 5s, so \\(n\\) has to cancel the factor 3 in \\(120 = "
                "2^3 \\cdot 3 \\cdot 5\\): \\(n\\) must be a multiple of 3."
            ),
            {C},
        ),
        (
            (
                "For \\(ax^2 + 3x + 1 > 0\\) to hold for every real \\(x\\), the parabola must "
                "open upward and never touch the axis, which requires \\(a > 0\\) and \\(9 - 4a "
                "< 0\\), i.e. \\(a > \\frac{9}{4}\\)."
            ),
            {C},
        ),
        (
            (
                "For the game to be fair the expected value has to be zero, so the prize "
                "\\(W\\) must satisfy \\(\\frac{1}{4}W - \\frac{3}{4}\\cdot 2 = 0\\), giving "
                "\\(W = 6\\)."
            ),
            {C},
        ),
        (
            (
                "<think>\n33 + 2 = 35 not 39\nneed 39 so 39 - 33 = 6 which is 2 * 3\n33 + 2 * 3 "
                "= 39\n</think>"
            ),
            {V, B, C},
        ),
        (
            (
                "Let's think about what the last operation could be. If it's multiplication by "
                "7, the rest needs to produce 12, and 15 − 3 = 12. So 7 × (15 − 3) = 84."
            ),
            {S, C},
        ),
        ("88 hmm 88 is 8 times 11 and 11 is 9 + 2 so 8 * (9 + 2) = 88", {C}),
        (
            (
                "We need to reach 53 using 50, 6 and 2. 53 is 50 + 3, and 3 = 6 / 2. So 50 + 6 "
                "/ 2 = 53."
            ),
            {C},
        ),
        ("- 96 = 12 × 8\n- 12 = 3 + 9\n- so (3 + 9) × 8 = 96", {C}),
        (
            (
                "<think> We have 4, 7, 25, 2 and need 53. Strategy: get 50 from 25 and 2 first, "
                "then fix it with the 4 and 7. 25 * 2 = 50, 50 + 7 - 4 = 53. yes that's 53 "
                "</think> <answer>25 * 2 + 7 - 4</answer>"
            ),
            {V, S},
        ),
        (
            (
                "<think>We need 28 with 3, 5, 4, 1.\n3 * 5 + 4 + 1 = 20\n3 * 5 + 4 * 1 = 19\n(3 "
                "+ 4) * (5 - 1) = 28\n</think>"
            ),
            {B},
        ),
        (
            (
                "<think> 66 - 6 = 60 over by 1 hmm 60 - 13 = 47 under. 66 / 6 = 11 11 + 13 = 24 "
                "not it. 66 + 6 - 13 = 59 got it </think>"
            ),
            {V, B},
        ),
        ("13 * 7 = 91 close\n91 + 4 + 1 = 96 over\n91 - 4 + 1 = 88 got it", {V, B}),
        (
            (
                "# Solution\n\nWe need to reach **46** with 2, 9, 5 and 3.\n\n**Attempt 1:** 9 "
                "× 5 = 45, 45 + 3 − 2 = 46 ✅\n\nLet me double-check: 45 + 3 = 48, 48 − 2 = 46. "
                "Confirmed."
            ),
            {V},
        ),
        (
            (
                "<think>\n14 * 3 = 42\n42 + 10 = 52\n14 + 10 = 24, 24 * 3 = 72\n</think>\n"
                "<answer>(14 + 10) * 3</answer>"
            ),
            {B},
        ),
        (
            (
                "Hmm, 7 * 6 + 5 leaves me at 47, and there's no way to get to 38 from there "
                "with just the 1 left. Start over with subtraction: 7 * 6 - 5 + 1 = 38."
            ),
            {V, B},
        ),
        (
            (
                "Alright, so the numbers are 40, 12, 3 and 5 and the total has to be 60. My "
                "first instinct is 40 + 12 = 52, then 52 + 5 + 3 = 60, and that lands exactly "
                "on 60, so that's settled."
            ),
            {V},
        ),
        (
            (
                "18 - 6 = 12, and 12 with 11 gives 23 or 132 or 1, nothing close to 33. Let me "
                "rethink the order: 18 / 6 = 3, and 3 * 11 = 33."
            ),
            {V, B},
        ),
        (
            (
                "I need 150 and I have 5, 6, 5, 10. the approach is to make a 30 and a 5 "
                "separately and multiply: 5 * 6 = 30, 10 - 5 = 5, 30 * 5 = 150"
            ),
            {S},
        ),
        (
            (
                "**Step-by-step plan**\n- Combine 3 and 4 into 12\n- Combine 20 and 8 into 28\n"
                "- Add the two: 12 + 28 = 40"
            ),
            {S},
        ),
        (
            (
                "The chance of rolling a sum of 7 is \\(\\frac{6}{36} = \\frac{1}{6}\\). "
                "Counting directly as a sanity check: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1), "
                "six outcomes out of 36. Right."
            ),
            {V},
        ),
        (
            (
                "If the cost per person went from $15 to $12 when 2 more friends joined, let me "
                "see whether 8 people and a $120 bill fits: 120/8 = 15 and 120/10 = 12. It fits."
            ),
            {V},
        ),
        (
            (
                "Wait, I think I made an error: \\(\\frac{d}{dx}\\ln(x^2 + 1)\\) should be "
                "\\(\\frac{2x}{x^2 + 1}\\), not \\(\\frac{1}{x^2 + 1}\\); I dropped the chain "
                "rule factor."
            ),
            {V},
        ),
        (
            (
                "Hmm, I was solving for the angle using the sine rule but that gives two "
                "candidates and I can't tell which one applies. Let me go with the cosine rule "
                "instead, since it gives a single answer for the angle opposite the longest "
                "side."
            ),
            {B},
        ),
        (
            (
                "I'll organise the solution around three milestones: the speed of the current, "
                "the boat's speed in still water, and finally the time for the round trip."
            ),
            {S},
        ),
        (
            (
                "To prove the statement for all \\(n \\ge 1\\) we need (i) the base case \\(n = "
                "1\\) and (ii) the step from \\(n\\) to \\(n + 1\\); let's handle (i) first."
            ),
            {S},
        ),
        (
            (
                "<think> I need to get 65 from 19, 36, 55, 7. 55 + 19 - 7 = 67, with 36 still "
                "unused, no good. 55 + 36 - 19 - 7 = 65. that works </think> <answer>55 + 36 - "
                "19 - 7</answer>"
            ),
            {V, B},
        ),
        (
            (
                "The goal is 99 from 9, 11, 4 and 5. 99 = 9 × 11, and 5 − 4 = 1 won't change a "
                "product, so 9 × 11 × (5 − 4) = 99."
            ),
            {C},
        ),
        (
            (
                "Task: reach 60 with 6, 3, 2 and 10. Sub-steps: get 60 out of 10 and 6, then "
                "turn the 3 and 2 into a neutral 1. 10 * 6 = 60, 3 - 2 = 1, 60 * 1 = 60."
            ),
            {S},
        ),
        (
            (
                "Numbers: 8, 12, 25. Target: 71.\n25 + 12 * 8 = 121\n(25 - 12) * 8 = 104\n12 * "
                "8 - 25 = 71"
            ),
            {B},
        ),
        (
            (
                "We need 81 from 3, 27 and 4. 27 * 3 = 81, but the 4 is left over, so that's "
                "not a valid answer: every number has to be used."
            ),
            {V},
        ),
        (
            (
                "I need to reach 150 using 3, 50 and 1.\n\n3 × 50 = 150, then 150 × 1 = 150.\n\n"
                "Let me verify: 3 × 50 = 150 ✓, 150 × 1 = 150 ✓, and each number is used "
                "exactly once."
            ),
            {V},
        ),
        ("gotta hit 31 with 4 7 3. 31 = 28 + 3 and 28 = 4 * 7 so 4 * 7 + 3", {C}),
        (
            (
                "Goal: 22 from 2, 8 and 3. 8 * 3 = 24, 24 + 2 = 26, overshoot. switch it up: (8 "
                "+ 3) * 2 = 22."
            ),
            {V, B},
        ),
        (
            (
                "<think> she buys 3 shirts at $12 = 36 and 2 pants at $20 = 40 total 76. check "
                "36 + 40 = 76 yes </think> <answer>76</answer>"
            ),
            {V},
        ),
        (
            (
                "<think> 5 days * 8 hours = 40 hours 40 * 15 = 600. wait the problem says 6 "
                "days not 5 so 6 * 8 = 48 48 * 15 = 720 </think> <answer>720</answer>"
            ),
            {V},
        ),
        (
            (
                "## Breaking it down\n\n1. **Cost of the tickets** for the whole family\n2. "
                "**Cost of the snacks**\n3. **Total**, then compare it with the $100 budget"
            ),
            {S},
        ),
        (
            (
                "Lisa ends the week with $35 after spending half of her money and then $15 "
                "more. Undoing the steps: before the $15 she had $50, and before spending half "
                "she had $100."
            ),
            {C},
        ),
        (
            (
                "I tried to set it up with x as the number of quarters, but the equation kept "
                "mixing cents and dollars. Let me redo it in cents throughout: 25q + 10(20 - q) "
                "= 350, so 15q = 150 and q = 10."
            ),
            {B},
        ),
        (
            (
                "Alright, so we need the probability that a random 3-digit number is divisible "
                "by 7 or 11. I started writing out the multiples of 7 from 105, but there are "
                "over a hundred of them, so that's hopeless by hand. Switching to floors: "
                "multiples of 7 from 100 to 999 number 142 - 14 = 128, multiples of 11 number "
                "90 - 9 = 81, multiples of 77 number 12 - 1 = 11. So 128 + 81 - 11 = 198 of the "
                "900, which is 11/50."
            ),
            {B},
        ),
        (
            (
                "\\(\\sqrt{2x + 7} = x - 4\\) squares to \\(x^2 - 10x + 9 = 0\\), so \\(x = "
                "1\\) or \\(x = 9\\). \\(x = 1\\): \\(\\sqrt{9} = 3\\) vs \\(-3\\), reject. "
                "\\(x = 9\\): \\(\\sqrt{25} = 5\\) vs \\(5\\), keep."
            ),
            {V},
        ),
        (
            (
                "### Verification\nSubstituting \\(t = 3\\) into \\(h(t) = -5t^2 + 30t\\): "
                "\\(-45 + 90 = 45\\), the maximum height we found. ✓"
            ),
            {V},
        ),
        (
            (
                "To tackle this, I'll first work out how many handshakes there would be if "
                "everyone shook hands with everyone, and then subtract the handshakes between "
                "partners, which never happened."
            ),
            {S},
        ),
        (
            (
                "Hmm, what would x have to be for the two sides to match? The left side is "
                "always even, so 3x + 1 on the right has to be even too, which forces x to be "
                "odd."
            ),
            {C},
        ),
        (
            (
                "ok that route's a dead end since the logs don't combine when the bases differ; "
                "converting everything to base 2 instead: \\(\\log_4 x = \\frac{1}{2}\\log_2 "
                "x\\)."
            ),
            {B},
        ),
        (
            (
                "Let's calculate how long the trip takes, assuming a constant speed... actually "
                "that won't work, since the problem gives different speeds for the two halves "
                "of the distance. Instead: 60 km at 30 km/h is 2 hours and 60 km at 60 km/h is "
                "1 hour, 3 hours in total."
            ),
            {B},
        ),
        (
            (
                "Let me make sure 12 is really the LCM: 12 is divisible by both 4 and 6, and no "
                "smaller positive number is (4 and 8 aren't multiples of 6, 6 isn't a multiple "
                "of 4). Yes."
            ),
            {V},
        ),
        (
            (
                "<think>\n70 - 9 = 61 not it\n70 - 9 - 2 = 59 not it\n(70 + 2) / 9 = 8 nope\n70 "
                "- 9 * 2 = 52 yes\n</think>\n<answer>70 - 9 * 2</answer>"
            ),
            {V, B},
        ),
    )
)

#: The Countdown instance of each sixteenth-round row, in order: (target, numbers), or None.
SIXTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (62, (44, 19, 37)),
    (98, (7, 12, 2)),
    (45, (3, 5, 30)),
    (104, (25, 1, 4)),
    (86, (25, 3, 4)),
    (52, (9, 7, 3)),
    (64, (8, 3, 5, 7)),
    (77, (50, 39, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (36, (3, 9, 21)),
    (17, (60, 8, 4)),
    (27, (9, 6, 4, 3)),
    None,
    None,
    None,
    None,
    (93, (2, 5, 9, 3)),
    (104, (75, 25, 6, 2)),
    None,
    None,
    None,
    (91, (7, 8, 5)),
    (23, (4, 5, 3)),
    (25, (3, 8, 2, 1)),
    (40, (15, 5, 4)),
    (36, (96, 8, 14)),
    (42, (11, 5, 7)),
    (57, (19, 23, 5)),
    (63, (72, 6, 5, 3)),
    (45, (13, 4, 3)),
    (27, (81, 9, 17)),
    (69, (48, 16, 5)),
    (12, (8, 6, 4, 2)),
    (81, (3, 27, 9)),
    (35, (10, 5, 2, 1)),
    (58, (62, 3, 7)),
    (19, (4, 6, 3, 2)),
    (33, (11, 2, 5)),
    (43, (14, 38, 9)),
    (67, (6, 7, 3, 20)),
    (56, (90, 2, 15, 4)),
    (71, (9, 7, 8)),
    (63, (10, 3, 9)),
    (73, (50, 25, 3, 1)),
    (37, (100, 4, 6, 2)),
    (75, (9, 8, 5, 2)),
    (79, (15, 5, 4, 1)),
    (100, (12, 2, 7, 3)),
    (51, (17, 3, 2, 1)),
    (94, (11, 4, 2, 6)),
    (45, (8, 8, 9, 5)),
    (84, (23, 4, 17, 2)),
    (48, (6, 5, 3)),
    (34, (6, 5, 4)),
    (37, (8, 5, 3)),
    (75, (25, 3, 6, 6)),
    (60, (9, 3, 5)),
    (19, (7, 6, 2)),
    (50, (30, 5, 2)),
    (64, (8, 2, 6)),
    (120, (5, 4, 6)),
    (17, (45, 3, 2)),
    (6, (42, 7, 2, 1)),
    (29, (4, 8, 3)),
    (78, (13, 2, 3)),
    (100, (20, 5, 4)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (39, (33, 2, 3)),
    (84, (7, 15, 3)),
    (88, (8, 9, 2)),
    (53, (50, 6, 2)),
    (96, (3, 9, 8)),
    (53, (4, 7, 25, 2)),
    (28, (3, 5, 4, 1)),
    (59, (66, 13, 6)),
    (88, (13, 7, 4, 1)),
    (46, (2, 9, 5, 3)),
    (72, (14, 3, 10)),
    (38, (7, 6, 5, 1)),
    (60, (40, 12, 3, 5)),
    (33, (18, 6, 11)),
    (150, (5, 6, 5, 10)),
    (40, (3, 4, 20, 8)),
    None,
    None,
    None,
    None,
    None,
    None,
    (65, (19, 36, 55, 7)),
    (99, (9, 11, 4, 5)),
    (60, (6, 3, 2, 10)),
    (71, (8, 12, 25)),
    (81, (3, 27, 4)),
    (150, (3, 50, 1)),
    (31, (4, 7, 3)),
    (22, (2, 8, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (52, (70, 9, 2)),
)

#: The sixteenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
SIXTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Let's confirm the domain first: \\(\\ln x\\) requires \\(x > 0\\).",
    (
        "We need to check whether complex roots count; the problem says real solutions, so only "
        "real ones are wanted."
    ),
    "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30",
    "we need 52 from 13 2 26 ok 13 * 2 = 26 26 + 26 = 52",
    "Substitute \\(x = 3\\) into the second equation: \\(y = 2(3) - 1 = 5\\).",
    "To find \\(x\\), we expand the product: \\((x + 2)(x - 5) = x^2 - 3x - 10\\).",
    (
        "A prime number is a natural number greater than 1 whose only positive divisors are 1 "
        "and itself."
    ),
    "The final answer is \\(\\boxed{42}\\).",
    "Let me compute 17 * 23 = 391.",
    "<think> 6 * 4 = 24, 24 + 10 = 34 </think> <answer>6 * 4 + 10</answer>",
    "Check the units given in the problem: the speed is in km/h and the time is in minutes.",
    "The problem gives a rectangle with length 8 and width 5.",
    "We are asked for the probability that both cards drawn are hearts.",
    "Using the Pythagorean theorem, \\(c = \\sqrt{3^2 + 4^2} = 5\\).",
    "The derivative of \\(x^3\\) is \\(3x^2\\).",
    "So the answer is 15 apples.",
    "Let me think step by step.",
    "Expanding, \\((x + 3)^2 = x^2 + 6x + 9\\).",
    "There are 52 cards in a standard deck, 13 of each suit.",
    "Total cost = 4 × $3.50 = $14.00.",
    "In a geometric sequence each term is the previous one times a fixed ratio.",
    "<think> 75 - 50 = 25, 25 * 4 = 100 </think> <answer>(75 - 50) * 4</answer>",
    "3 + 5 = 8, 8 * 9 = 72",
    "<think> 16 / 4 = 4, 4 + 7 = 11 </think>\n<answer>16 / 4 + 7</answer>",
    "Answer: (20 - 8) * 3 = 36",
    "Using 6, 2 and 9: 6 * 9 = 54, 54 + 2 = 56.",
    "The mean of 4, 8 and 12 is 24 / 3 = 8.",
    "Convert 3 hours to minutes: 3 × 60 = 180 minutes.",
    "Let x be the number of pencils.",
    "By the quadratic formula, \\(x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\).",
    "The interior angles of a pentagon add up to \\(540^\\circ\\).",
    "He sells 12 cupcakes at $2 each, so he makes $24.",
    "<answer>(9 - 1) * 5</answer>",
    "\\(\\int_0^2 3x^2\\,dx = [x^3]_0^2 = 8\\).",
    "Simplify the fraction: \\(\\frac{18}{24} = \\frac{3}{4}\\).",
    "Number of outcomes = 6 × 6 = 36.",
    "She walks 2 km to school and 2 km back, so 4 km a day.",
    "7 and 3 make 21 when multiplied and adding 9 gives 30",
    "We are told that the ratio of boys to girls is 3:2.",
    "i think the answer is 12",
    "\\(\\log_2 8 = 3\\) because \\(2^3 = 8\\).",
    "The interest after one year is 5% of $200, which is $10.",
    "From the first equation, y = 10 - x.",
    "Writing the equation in standard form gives \\(2x^2 - 3x - 5 = 0\\).",
    "Area of the circle: \\(\\pi \\cdot 5^2 = 25\\pi\\).",
    "After 3 years the population is \\(1000 \\cdot 2^3 = 8000\\).",
    "so 14 + 28 = 42",
    "We need to find \\(x\\) first: \\(3x + 5 = 20\\), so \\(x = 5\\).",
    "Step 1: 5 * 9 = 45\nStep 2: 45 - 9 = 36",
    "The target is 24 and the numbers are 4, 6, 2 and 2.",
    "Verification means re-deriving a result to make sure it is correct.",
    (
        "In search algorithms, backtracking means returning to an earlier choice point when a "
        "path fails."
    ),
    (
        "Backward chaining is an inference method that starts from the goal and works toward "
        "the known facts."
    ),
    "A subgoal is an intermediate objective on the way to a larger goal.",
    "Let's check what the question is asking: it wants the perimeter, not the area.",
    "Make sure the answer is in simplest radical form, as the problem requests.",
    (
        "Going back to the first equation and substituting \\(y = 2x\\): \\(3x + 2x = 10\\), so "
        "\\(x = 2\\)."
    ),
    "Let's try 8 * 3 = 24 and then (5 - 5) + 24 = 24.",
    "We want the value of \\(x\\) that makes \\(2x - 6\\) equal to zero, which is \\(x = 3\\).",
    "The problem asks us to check whether 221 is prime.",
    "We need to reach 32 using 3, 7 and 11.",
    "Part (a) asks for the mean: (4 + 8 + 12)/3 = 8.",
    "Double the recipe: 2 × 3 cups = 6 cups of flour.",
    "<think> 25 + 25 = 50, 50 + 14 = 64 </think> <answer>25 + 25 + 14</answer>",
    "Let's confirm we understand the setup: two dice are rolled and we record the larger value.",
    "The goal is to find the smallest positive integer n with n ≡ 3 (mod 5).",
    "Correct to two decimal places, the answer is 3.14.",
    "Since the question wants the area, we use \\(A = \\pi r^2 = 16\\pi\\).",
    "We need to reach 64 using 4, 4 and 4. 4 * 4 * 4 = 64.",
    "Let me re-read the problem: it says the discount is applied before tax.",
    "The check for $45 was split equally among 3 friends, so each paid $15.",
    "The inverse operation of multiplication is division.",
    "Starting from \\(2^x = 32\\), write 32 as \\(2^5\\), so \\(x = 5\\).",
    "Before solving, note that the question wants the answer in dollars and cents.",
    "First, 7 × 8 = 56. Then 56 − 6 = 50.",
    "Step 3: Therefore, the total number of students is 45.",
    "In this cipher we work backwards through the alphabet, so A becomes Z and B becomes Y.",
    "To find the total, add the three amounts: $12 + $8 + $5 = $25.",
    "The expression simplifies to 2x + 7.",
    "The probability of drawing a red marble is \\(\\frac{5}{12}\\).",
    "<think> 18 + 7 = 25, 25 * 2 = 50 </think> <answer>(18 + 7) * 2</answer>",
    "We are given that the perimeter of the square is 20 cm.",
    "The target number here is 87, and the allowed operations are +, -, * and /.",
    "Numbers: 4, 5, 6. Target: 26.\n4 * 5 + 6 = 26",
    "Let's see: 12 + 12 = 24.",
    "The answer must be a whole number of buses, since you can't rent part of a bus.",
    "We have to use each of the numbers 2, 5, 7 exactly once to make 19.",
    "<think> 100 - 30 = 70, 70 / 7 = 10 </think>\n<answer>(100 - 30) / 7</answer>",
    "Rounding to the nearest cent, each person pays $8.33.",
    (
        "We need to double-check the question's wording: does 'between 1 and 10' include 10? It "
        "says inclusive, so yes."
    ),
    "Our first step is to write the fraction in lowest terms: 12/16 = 3/4.",
    "Attempt: 6 * 5 - 4 = 26",
    "The backward difference formula approximates f'(x) by (f(x) - f(x - h))/h.",
    "The goal of this exercise is to practise factoring quadratics.",
    "To reach the library, walk two blocks north and then one block east.",
    "Undo the parentheses: 3(x + 2) = 3x + 6.",
    "I will now solve for y.",
)

#: The Countdown instance of each sixteenth-round control, in order.
SIXTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    (30, (12, 2, 6)),
    (52, (13, 2, 26)),
    None,
    None,
    None,
    None,
    None,
    (34, (6, 4, 10)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (100, (75, 50, 4)),
    (72, (3, 5, 9)),
    (11, (16, 4, 7)),
    (36, (20, 8, 3)),
    (56, (6, 2, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    (40, (9, 1, 5)),
    None,
    None,
    None,
    None,
    (30, (7, 3, 9)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (42, (14, 28)),
    None,
    (36, (5, 9, 9)),
    (24, (4, 6, 2, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (24, (8, 3, 5, 5)),
    None,
    None,
    (32, (3, 7, 11)),
    None,
    None,
    (64, (25, 25, 14)),
    None,
    None,
    None,
    None,
    (64, (4, 4, 4)),
    None,
    None,
    None,
    None,
    None,
    (50, (7, 8, 6)),
    None,
    None,
    None,
    None,
    None,
    (50, (18, 7, 2)),
    None,
    (87, (45, 39, 3)),
    (26, (4, 5, 6)),
    (24, (12, 12)),
    None,
    (19, (2, 5, 7)),
    (10, (100, 30, 7)),
    None,
    None,
    None,
    (26, (6, 5, 4)),
    None,
    None,
    None,
    None,
    None,
)

#: Verification's fourth wave of structural checks (issue 19, eighth generalisation, brief
#: ver23; ``rewardkit.reflect.checks``): rule 1's slots widened again, from the shapes that
#: recur in the misses of rounds 11 to 14. The verdict class gains "no", "ok", "off", "about
#: right", "in the right ballpark", "plausible", "valid", "satisfied", "got it", "just what";
#: the comparing verdicts gain a property the value lacks ("not prime", "aren't squares",
#: "which is not an integer", "not divisible by 3"), an admissibility it lacks after a comma or
#: concluded with "so" ("not in the domain", "so x = 3 is not a root"), "confirming",
#: "matching", an intensified comparison ("far more than"), "not even close", the sides of an
#: equation ("= 15 = rhs", "the left side is 10 and the right side is also 10"); a verdict may
#: sit in brackets ("(too high)") or after "..."; the value may carry thousands separators,
#: π, a unit or a comparison, follow "gave", "give", "≈", "add up to", or be a math span after
#: "gives"; a value may be judged with no lead ("seems too big", "looks right"), a clause about
#: it may close with "so that's settled" or "so I'm confident", and the target may be said
#: equal to it ("= 68, and the target is 68"); "is right", "nailed it", "almost", "exceeds",
#: "close to the". Rows in new words, both domains, and near misses that must draw no behaviour.
#: Written with the rules.
VER_STRUCT4: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({V}))
    for text in (
        # the verdict class: no, ok, off, about right / ballpark, plausible, valid, satisfied
        "With n = 3 we get 3 * 7 = 21, no. With n = 4 we get 4 * 7 = 28, which we keep.",
        "Quick test: 12 * 12 = 144 ok",
        "Adding the three sides gives 31, and the perimeter was given as 30, so that's off by 1.",
        "Rough check: 48 × 52 is about 50 × 50 = 2,500, so 2,496 is in the right ballpark.",
        "The average speed comes to 62 mph, which is plausible.",
        "With y = 4: 4 + 2 = 6 > 5, satisfied.",
        "(9 - 3) * 4 = 24. Got it.",
        "Then 17 + 25 = 42, just what the puzzle asks for.",
        "6 * 9 = 54 ... target is 56, so no.",
        "The circumference is 10π — ok, that fits a diameter of 10.",
        # a property or an admissibility the value lacks
        "n = 7 gives 49 + 7 + 1 = 57, not prime.",
        "10 - 2 = 8 and 10 - 3 = 7 aren't squares.",
        "4 + 3 + 1 = 8, not divisible by 3.",
        "Solving gives k = 23/4, which is not an integer, so this case is empty.",
        "The quadratic gives \\(x = -5\\), which is not in the domain of \\(\\ln x\\).",
        "f(3) = 27 - 27 + 2 = 2, so x = 3 is not a root.",
        # confirming, matching, intensified comparisons, not even close, the sides
        "Summing the five probabilities gives 1, confirming the table is complete.",
        "For n = 2 the formula gives 6 and for n = 4 it gives 20, matching the counts we listed.",
        "Multiplying all four gave 2,880, far more than the 90 we need.",
        "The sum 36 + 9 + 5 = 50, not even close.",
        "Putting t = 3 in: 2 * 9 - 3 = 15 = rhs.",
        "At x = 2 the left side is 10 and the right side is also 10.",
        "The two numbers add up to 13, which matches the given sum.",
        # the value: a math span after "gives"; judged with no lead; a closing after a clause
        "Expanding \\((x+2)(x-5)\\) gives \\(x^2 - 3x - 10\\), which is the original, good.",
        "An area of \\(400\\pi\\) seems too big for a circle of radius 5.",
        "So 7 * 13 = 91 looks right.",
        "The total is 84 once the two crates of 30 and the loose 24 eggs are counted together, "
        "so that's settled.",
        "Try 6 * 4 + 3 = 27 (too high).",
        # "is right", "nailed it", "almost", "exceeds", "close to", "the target is N", a
        # closing in the first person, a value after "≈" or "give"
        "Dividing back, 96 / 8 = 12, so 8 * 12 = 96 is right.",
        "A quick estimate: 3.1 × 5 ≈ 15.5, close to the 15.7 we computed.",
        "Both routes give 35, so I'm confident.",
        "(10 - 4) * 7 = 42, nailed it.",
        "8 * 6 + 2 = 50, almost.",
        "So 9 * 8 - 4 = 68, and the target is 68.",
        "Ordering 7 boxes of 12 gives 84, which exceeds the 80 we can store.",
        # the same value reached twice, "same", "both ways", "wrong target", "so n = 6 fails"
        "The formula n(n - 1)/2 gives 15 for n = 6, and 5 + 4 + 3 + 2 + 1 = 15 as well.",
        "Two ways: (3 + 4)^2 = 49 and 9 + 24 + 16 = 49. Same.",
        "Counting rows first and columns first, I got 24 both ways.",
        "9 * 6 = 54, 54 - 2 = 52, wrong target.",
        "n = 8: 8^2 + 1 = 65 = 5 * 13. Composite, so n = 8 fails.",
        # Countdown's verdicts: "one short of", "no good", "doesn't work", "that fails", "->"
        "(14 - 6) * 8 = 64. One short of 65.",
        "50 + 25 - 3 = 72 — no good.",
        "9 * 7 + 2 = 65, doesn't work.",
        "(8 + 2) * 5 = 50, that fails.",
        "6 * 6 + 1 = 37 -> too high",
    )
)
VER_STRUCT4_CONTROLS: tuple[str, ...] = (
    "Here n = 0 is not allowed, since the problem asks for a positive n.",
    "The answer is 4, okay? Now the second part.",
    "A price of 20 is reasonable for a ticket.",
    "There are 3 red balls, no blue ones.",
    "We have 15 marbles, no more and no less.",
    "Find two numbers that multiply to 12 and add up to 7.",
    "The answer is 6 (too many cases to list by hand).",
    "The left side is 7 and we move 7 to the right side.",
    "Since 12 is not prime, we factor it as 2 · 2 · 3.",
    "The result is 5, so it's off to the next step.",
    "The total is 1,200, so each of the 4 friends pays 300.",
    "Multiplying gives 720, which we divide by 6 to remove the order.",
    "Set k = 2; then 2k = 4 is the width and 4 + 1 = 5 the length.",
    "The right-hand side is 12, and the left-hand side is a product of two factors.",
    "Matching coefficients, a = 3 and b = -2.",
    "A value of 8 is typical for this kind of estimate.",
    "We keep the 3 and discard the 5 as the problem says.",
    "The radius is 5, so the diameter is 10.",
    "x is close to 0 here, so the limit is 1.",
    "The total exceeds what the box can hold.",
    "Turn right after 3 blocks, then left.",
    "The target is 30, and 5 * 6 is one way to think about 30.",
    "It is 12 and that was right before the break.",
    "Let x = 5 and y = 5 too.",
    "The answer is 5 and the reason is the same.",
    "Bob has 10 marbles and Ann has 10 too.",
    "Both roads lead to the town, so either way works for the trip.",
    "For a radius of 5 the count is exactly 81 lattice points.",
    "The team is 3 short of 20 players this season.",
    "Step 4 fails to load on older machines.",
)


# Precision wave (issue 19, seventh session): sentences that only STATE something, in the classes
# of the clarification controls the blind rounds flagged (a behaviour's or a check's name defined,
# the task's own demand restated, a given returned to for the ordinary work, a notation chosen
# "instead of" another, one method named as "the plan", a goal needed "first" and reached in the
# same breath with nothing after it, narration, a rule of the game), written fresh for this table
# (none repeats a round's row); and, as positives, the behaviours' real uses of the same words.
PREC_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # "go back" / "going back" to leave a path
        ("That doesn't work. Let me go back and try factoring instead.", {B}),
        (
            "This is getting messy; let me go back to the original equation and complete the"
            " square instead.",
            {B},
        ),
        ("25 * 4 = 100, too big. Let me backtrack and try 25 + 4 = 29.", {V, B}),
        ("I'm going back to the start: 8 * 3 = 24 was wrong, so try 8 + 3 = 11 instead.", {V, B}),
        (
            "Going back to the beginning: rather than expanding, I'll factor the difference of"
            " squares.",
            {B},
        ),
        # "instead of" over a method
        ("Instead of expanding, let's substitute \\(u = x^2\\); then \\(u^2 - 5u + 4 = 0\\).", {B}),
        ("Scrap that. Instead of using the quadratic formula, I'll factor: (x - 2)(x - 3).", {B}),
        ("Instead of writing out all 20 terms, let's use the arithmetic series formula.", {B}),
        ("Rather than computing each power, let's look for a pattern in the last digits.", {B}),
        ("This approach won't work, since the denominator vanishes. Let me try elimination.", {B}),
        # checks next to the task restated
        ("We are asked for x; let me verify x = 3 in the original: 3(3) + 2 = 11. Correct.", {V}),
        ("The problem asks for the area. Let me double-check: 6 * 4 = 24, yes.", {V}),
        ("As a sanity check, plugging x = 2 back in gives 4 - 4 = 0.", {V}),
        ("A quick check: 12 * 12 = 144, which matches.", {V}),
        ("Let's verify that x = 5 satisfies the equation: 2(5) + 1 = 11. It does.", {V}),
        ("We need to show the sum is 55; let me check it: 1 + 2 + ... + 10 = 55. Yes.", {V}),
        ("Verification: 7 + 8 = 15, as required.", {V}),
        ("The check is quick: 9 * 7 = 63, so the answer is right.", {V}),
        # plans and firsts with a later step
        ("The plan: first get 12, then double it to reach 24.", {S}),
        ("The plan is to use the quadratic formula to find both roots, then add them.", {S}),
        ("We need to find x first, then we can compute y = 2x + 1.", {S}),
        ("Let's start by finding the common difference, then use it to get the 10th term.", {S}),
        ("First, we need the area of the base; then we multiply by the height.", {S}),
        ("The first step is to find the radius: r = 10/2 = 5. Next, the area is 25\\pi.", {S}),
        ("Our intermediate goal is 12; after that we multiply by 2 to get 24.", {S}),
        ("Let's start by writing the equation in standard form, then factor it.", {S}),
        ("We need to find the total cost first. Then subtract it from 50 to get the change.", {S}),
        ("Make 12 first, then multiply it by 2: 8 + 4 = 12 and 12 * 2 = 24.", {S}),
        (
            "I'll break this into two parts: the cost of the apples, then the cost of the pears.",
            {S},
        ),
        ("The intermediate result 15 is then multiplied by 4 to give 60.", {S}),
        (
            "Going back to the original equation, I see the substitution was wrong; let me try"
            " elimination instead.",
            {B},
        ),
        ("Let's go back to the original equation and try a different substitution.", {B}),
        (
            "The key is to use the identity \\(\\sin^2 x + \\cos^2 x = 1\\) to rewrite everything"
            " in terms of \\(\\sin x\\), then solve.",
            {S},
        ),
        ("We first need the mean, (2 + 4 + 6)/3 = 4; then we subtract it from each value.", {S}),
        ("Intermediate result: 7 * 3 = 21. Now 21 + 3 = 24.", {S}),
        ("Let me check whether 91 is prime: 91 = 7 * 13, so it is not.", {V}),
        ("To verify, substitute x = 4: 2(4) + 3 = 11. It checks out.", {V}),
        # definitions used in the work, not defined
        ("Backtracking: 6 * 5 = 30 overshoots, so drop it and try 6 + 5 = 11.", {V, B}),
        ("Working backwards from 24: 24 = 6 * 4, so we need a 4 from 7 and 3.", {C}),
        ("To get 24 at the end, the last step must be 6 * 4, so we need a 4.", {S, C}),
    )
)
PREC_FORMS_CONTROLS: tuple[str, ...] = (
    # a behaviour's or a check's name as the subject of a definition
    "Verification, in this context, means comparing a result with the conditions of the problem.",
    "Backward chaining is a reasoning strategy that starts from the goal and works toward the"
    " givens.",
    "A subgoal is an intermediate objective on the way to the final answer.",
    "Working backwards refers to starting from the desired result and reversing each operation.",
    "Double-checking is the habit of redoing a computation to catch arithmetic slips.",
    "In a proof, a cross-check is a second derivation of the same fact by another method.",
    "A consistency check is when you test whether the answer satisfies every stated condition.",
    "Goal setting, in problem solving, is the act of deciding what to compute before computing it.",
    "Backtracking means abandoning a partial solution once it is clear it cannot be completed.",
    "A plausibility check is a quick test that an answer has the right size and sign.",
    "Verification is the process of confirming that a computed value is correct.",
    "Sanity checking refers to a quick estimate of whether an answer is reasonable.",
    # the task's own demand restated
    "The problem is asking us to verify that the sequence is arithmetic.",
    "The problem asks us to check whether 91 is prime.",
    "We are asked to show that the sum of the first n odd numbers is \\(n^2\\).",
    "We're asked to confirm that x = 2 is a root of \\(x^2 - 4\\).",
    "The question wants us to verify the formula for n = 1, 2 and 3.",
    "Our task is to check that the given triangle is a right triangle.",
    "I am asked to double-check the total of the bill.",
    "The exercise asks you to verify that the function is continuous at 0.",
    # a given returned to for the ordinary work, or a place returned to
    "Going back to the original equation, we substitute x = 3 to find y = 7.",
    "Going back to the setup: the rectangle has width 4 and length 9, so its area is 36.",
    "Now, going back to the original expression, we factor out 2: 2(x + 3).",
    "To get back to the original position, the wheel must turn through 360 degrees.",
    "Returning to the equation, we divide both sides by 5 to get x = 4.",
    "Going back to the definition, a prime has exactly two divisors.",
    "Let's go back to the original equation: 2x + 3 = 11, so 2x = 8 and x = 4.",
    # a notation chosen instead of another
    "Instead of writing 0.75, we express it as a fraction: 3/4.",
    "Instead of expressing the answer as 1.5, we give it in lowest terms as 3/2.",
    "Rather than writing 12/16, we reduce it to lowest terms, 3/4.",
    "Instead of converting the answer to a decimal, we leave it in exact form as"
    " \\(\\sqrt{2}/2\\).",
    "Instead of writing 5000000, we use scientific notation: \\(5 \\times 10^6\\).",
    # one method named as the plan
    "The strategy is to apply the Pythagorean theorem.",
    "My approach is to use the distance formula.",
    "The idea is to use similar triangles.",
    "Our plan is to try the rational root theorem.",
    "The key is to use the identity \\(\\sin^2 x + \\cos^2 x = 1\\).",
    # a goal needed first and reached at once, with nothing after it
    "We need the radius first; since the diameter is 10, the radius is 5.",
    "I'll compute the total first. 4 + 5 + 6 = 15, so the total is 15.",
    "We have to find n first; 2n = 14 gives n = 7.",
    "We first need to find the mean: (2 + 4 + 6)/3 = 4.",
    # narration and step numbering
    "Let's begin by listing what we are given.",
    "We start by writing down the given information: a = 3, b = 4.",
    "Let's start by reading the problem carefully.",
    "Step 1: 12 * 2 = 24. Step 2: 24 + 6 = 30.",
    # rules of the game
    "In Countdown, each intermediate result must be a positive integer.",
    "Note that intermediate values are allowed to be negative in this version.",
    "The rules say no intermediate number may be a fraction.",
    "Remember: intermediate results can be used only once.",
    "Intermediate steps may use any of the four operations.",
    # (a second probe, after the filters: the reading of the problem, a method "here")
    "Our first step is to read the problem carefully.",
    "The strategy here is to apply the AM-GM inequality.",
    "The problem says to verify your answer by substitution.",
    "Let's go back to the problem statement to see what is given.",
    # (a third probe: a name with its noun and its setting, a name with another name)
    "A verification step in a proof is a line that confirms a claim.",
    "Backward chaining, also called goal-driven reasoning, starts from what is wanted.",
)


# Subgoal setting, fifth wave (issue 19, brief sub24): for each shape of the misses of rounds
# 15 and 16, paraphrases written in other words and, where the shape exists, the other domain
# (math <-> Countdown); the near misses that must not fire are in SUB_STRUCT4_CONTROLS.
SUB_STRUCT4: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 5: a quantity wanted first, needed things in an order, a possessive
        (
            "Before anything else I want the common ratio; the sum of the series follows from it.",
            {S},
        ),
        (
            "What I need first is the product of the two big numbers; the small ones go on top. "
            "25 * 4 = 100, 100 + 7 - 3 = 104.",
            {S},
        ),
        (
            "We need the width, the length and then the height, in that order, since each one "
            "comes from the one before.",
            {S},
        ),
        ("To price the trip we first need his daily mileage and then the fuel cost per mile.", {S}),
        ("I'd like the radius first; the volume of the cone follows from it.", {S}),
        # rule 9: an auxiliary question named and taken up
        ("Let's solve a smaller version first: the same grid with only two rows.", {S}),
        (
            "First, let me answer an easier question: how many of the 24 orderings put A before B?",
            {S},
        ),
        (
            "Target 60 from 3, 4, 5 and 2. Intermediate target: a 12 from 3 and 4. "
            "3 * 4 = 12, 12 * 5 = 60, and the 2 is left, so 60 * 2 / 2 = 60.",
            {S},
        ),
        (
            "Let me set up an auxiliary problem: reach 25 from 100 and 4. 100 / 4 = 25, "
            "25 + 7 = 32.",
            {S},
        ),
        # rule 6, second form: the numbers split into pairs or groups, as an intention
        (
            "Let me divide the numbers into two pairs and make each pair give a 10. "
            "7 + 3 = 10, 6 + 4 = 10, 10 * 10 = 100.",
            {S},
        ),
        (
            "We'll sort the six numbers into two groups, one for the product and one for the sum.",
            {S},
        ),
        (
            "Split them into two halves first: 25 and 4 on one side, 7 and 3 on the other. "
            "25 * 4 = 100, 7 - 3 = 4, 100 + 4 = 104.",
            {S},
        ),
        # rule 10: list items labelled in order
        (
            "- first: find the radius from the area\n- then: the circumference from the radius\n"
            "pi r^2 = 49 pi, so r = 7.",
            {S},
        ),
        ("1. first step: 25 * 4 = 100\n2. second step: add the 3 to get 103", {S}),
        (
            "* first piece: the ways to pick the chair\n* next: the ways to fill the other seats",
            {S},
        ),
        # rule 1 without a heading: items that name goals
        (
            "- compute the area of each face\n- determine how many faces there are\n"
            "- multiply at the end",
            {S},
        ),
        ("1. find how many apples Sam has\n2. find how many Ann has\n3. add them", {S}),
        ("- figure out the cost of one pen\n- work out the cost of twelve of them", {S}),
        # rule 8: a plan heading after a sentence, with a colon
        (
            "We have 4, 7, 9 and 25. Plan: multiply 25 by 4, then add the others. "
            "25 * 4 = 100, 100 + 7 + 9 = 116.",
            {S},
        ),
        ("The question asks for the area. Steps: find the base, find the height, multiply.", {S}),
        ("Target 50. Sub-tasks: make 10 from 7 and 3, then multiply by 5. 7 + 3 = 10.", {S}),
        # rule 2: "it's enough / simplest to", "and VERB ... at the end", a chain of steps
        (
            "It's enough to solve the equation on one branch and add the two counts at the end.",
            {S},
        ),
        ("Factor the numerator, cancel the common factor, and then the limit is immediate.", {S}),
        ("I'm going to find the base of the triangle, then its height.", {S}),
        (
            "Let me handle the 25 and 4 on their own and the 7 and 3 afterwards. "
            "25 * 4 = 100, 7 + 3 = 10, 100 + 10 = 110.",
            {S},
        ),
        (
            "Pair 25 with 4, get 100 from them, and then the 3 and 7 on top. "
            "25 * 4 = 100, 100 + 3 + 7 = 110.",
            {S},
        ),
        # rule 7: parts not counted, then a colon
        (
            "Let's do it in stages: first the interest for year one, then the interest on the "
            "new total.",
            {S},
        ),
        (
            "It's easiest to count in parts: first the two-digit numbers, next the three-digit "
            "ones.",
            {S},
        ),
        (
            "Let me get the pieces: the 100 from 25 and 4, and the 7 from 10 and 3. "
            "25 * 4 = 100, 10 - 3 = 7, 100 + 7 = 107.",
            {S},
        ),
        # rule 1: "halve" and "cancel" lead plan items
        ("### Plan\n1. Halve the 50.\n2. Add the 6.\n\n50 / 2 + 6 = 31", {S}),
    )
)
SUB_STRUCT4_CONTROLS: tuple[str, ...] = (
    # rule 5: the goal itself, a reason, a thing's own needs, a state wanted before the work
    "We want the probability that both dice show a six.",
    "We need the smallest base because the larger the base, the smaller the exponent.",
    "We are after the volume. That needs the radius, and the radius comes from the area.",
    "I want the units straight before computing anything.",
    # rule 9: a rule of the game, a comparison, a hedge
    "No simpler question comes to mind, so we go straight at it.",
    "This is a simpler problem than the last one.",
    "Maybe a smaller target would be easier: 50 instead of 60?",
    # rule 6: a description, a hedge
    "The numbers split naturally into two pairs of equal sum.",
    "If we split the numbers into two pairs, the two sums differ.",
    # rule 10: only the first item labelled; a list of terms
    "- first: 3 * 4 = 12\n- 12 + 5 = 17",
    "- the first term is 3\n- the second term is 6",
    # rule 1: past items, results listed
    "- found the slope\n- found the intercept",
    "- the slope is 2\n- the intercept is 3",
    # rule 8: no colon, no verb
    "We could go on. Steps like these add up quickly.",
    "That was quick. Steps: 3 in total.",
    # rule 2: a check before relying on a result, a recap
    "Let me verify the root before relying on it: 2 * 2 = 4.",
    "First we found the slope, got the intercept, and then the line.",
    "Let me multiply 25 by 4, then the answer is 100.",
    # rule 7: the story's pieces, a list of givens
    "The cake was cut in pieces: first Ann took one, then Ben took two.",
    "Here are the parts: a frame and two wheels.",
)


# Fifth wave of structural backtracking (issue 19, seventh session; rewardkit.reflect.switches):
# the shapes of the fifteenth and sixteenth rounds' misses, paraphrased in other words and, where
# the shape exists there, the other domain (math <-> Countdown), with near misses that must not
# fire. Shapes: (1) a method judged by a closed-class verdict (cannot get there, gives nothing,
# the wrong tool, getting complicated, a result too small or off) and another method proposed
# ("what if", "a different substitution", "X then:", "use X", a restart); (2) a Countdown result
# rejected as it is stated and an operation on one of its operands next; (3) a setup or an
# assumption told in the past, a contrast, then a restart or the right method; (4) a tentative
# attempt ("let u = ...") replaced by a sentence that opens on a method verb and says "instead";
# (5) two attempts over the same three or more numbers to different values, one after the other.
BT_STRUCT4: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({B}))
    for text in (
        # (1) verdict and switch slots
        "25 + 8 + 6 = 39, and the 3 can't bring that up to 72. What if I multiply: "
        "8 * (6 + 3) = 72.",
        "Testing divisibility by 3 gives nothing here, since the digit sum is 20. Divisibility "
        "by 7 then: \\(1001 = 7 \\cdot 143\\).",
        "I'll try \\(t = \\sin x\\); the integral is getting complicated. A different "
        "substitution: \\(t = \\tan(x/2)\\).",
        "Subtraction was the wrong tool here: 90 - 15 - 4 leaves 71. Use division: 90 / 2 = 45, "
        "45 + 15 - 4 = 56.",
        "So the total came to 52 diagonals, and my tally was off. Recount with the formula: "
        "\\(\\frac{n(n-3)}{2} = 20\\).",
        "6 + 9 + 4 = 19, too small by far. What about 6 * 4 = 24, then 24 - 9 = 15.",
        # (2) a rejected Countdown result, then an operation on one of its operands
        "7 * 6 = 42, not 45. 7 * 5 = 35 and 35 + 10 = 45.",
        "12 + 9 = 21, nope. 12 * 2 = 24 works.",
        "3 * 14 = 42 too small for the 50 seats; 4 * 14 = 56 leaves 6 spare.",
        # (3) a setup or an assumption superseded
        "At first I treated the 20% as a markup on the cost, but the problem says it is a "
        "margin on the price. Redo it: price = 30 / 0.8 = 37.5.",
        "I first set it up as 75 + 25 with 2 and 4 left over, but they must all be used; the "
        "right setup is 75 + 25 + 4 / 2 = 102.",
        "Initially we read the rate as per hour, but it is per minute, so start again: "
        "3 * 60 = 180 per hour.",
        # (4) a tentative attempt replaced
        "Let \\(v = x^3\\): then \\(dv = 3x^2\\,dx\\) and there is no \\(x^2\\) to match. Use "
        "\\(x = \\sin t\\) instead.",
        "Try 9 * 8 = 72 and then 72 + 5 = 77. Subtract the 5 instead: 9 * 8 - 5 = 67.",
        "Let \\(n = 2k\\) and see if the sum is even; the parity gets lost. Write "
        "\\(n = 2k + 1\\) instead, and the sum is odd.",
        # (5) the same numbers again to another value, no verdict written
        "Numbers 25, 5, 3; target 22.\n25 / 5 + 3 = 8\n25 - 5 + 3 = 23",
        "8 * 3 = 24, 24 - 6 = 18. 8 * (6 - 3) = 24.",
        "Tickets: 12 * 3 + 5 = 41 dollars. Per ticket it is (3 + 5) * 12 = 96 dollars.",
    )
)
BT_STRUCT4_CONTROLS: tuple[str, ...] = (
    # (1) a verdict kept or without a switch; a switch word without a verdict
    "That integral is getting complicated, but the substitution still works: the answer is "
    "\\(\\frac{\\pi}{4}\\).",
    "What if the triangle is obtuse? Then the altitude falls outside, and the area is still "
    "\\(\\frac12 bh\\).",
    "25 + 8 + 6 + 3 = 42, too small; we need 72, so 42 is not it.",
    # (2) the rejected result built on, no rejection, no shared operand
    "13 * 4 = 52, too much for one shelf, so the 52 is split: 52 / 4 = 13 per shelf.",
    "33 * 4 = 132. 132 - 33 = 99, and 99 + 1 = 100.",
    "33 * 4 = 132, no. 17 + 6 = 23.",
    # (3) an assumption that worked; no restart after the contrast
    "At first I assumed x = 2, and it works: 2 + 2 = 4. The right equation confirms it.",
    "At first I computed the area as 12, but the question asks for it in square feet, which "
    "is still 12.",
    # (4) "instead of", a sentence that goes on with the attempt
    "Let \\(u = x + 1\\), so \\(du = dx\\), and we integrate \\(u^2\\) instead of \\((x+1)^2\\).",
    "Let \\(x = 3\\). Then \\(y = 5\\) instead, since the second equation forces it.",
    # (5) a sum and a product of one set, the two signs of a +/-, the same value again
    "2 + 3 + 4 = 9 and 2 * 3 * 4 = 24 describe the set.",
    "a = (1 + 3) / 2 = 2 or a = (1 - 3) / 2 = -1.",
    "6 * 4 - 3 = 21, and 6 * 4 - 3 = 21 again.",
)

#: Seventeenth round (issue 19): written blind from the paper's definitions in the seventh
#: session (math and Countdown; emphasis: Llama / Mistral / Phi, Gemini / GPT-4o and exam styles,
#: Countdown with 3 to 6 numbers), held out through the fourth and fifth waves of structural
#: rules and the precision wave: measured before them (32de1d4) and after. Entries as the ninth
#: round's.
SEVENTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "<think> 44 + 19 = 63, then 63 + 35 = 98, way over. Try 44 - 19 = 25, and 25 + "
                "35 = 60. That's it. </think>\n<answer> (44 - 19) + 35 </answer>"
            ),
            {V, B},
        ),
        ("(25 - 3) * 4 = 88\n(25 + 3) * 4 = 112\n25 * 4 - 3 = 97", {B}),
        (
            (
                "Adding 40 and 38 gives 78, plus 6 is 84, plus 2 is 86, overshooting by six. "
                "Rather than adding everything, take 40 times 2, which is 80 on its own."
            ),
            {V, B},
        ),
        (
            (
                "We need to reach 64 using 8, 2, 6 and 4. Since 64 = 8 * 8, I want to build "
                "another 8 out of 2, 6 and 4: 6 + 4 - 2 = 8. So 8 * (6 + 4 - 2) = 64."
            ),
            {S, C},
        ),
        (
            (
                "- 75 + 25 = 100\n- 100 * 3 = 300\n- 300 + 7 = 307\nOne short of 308. Swap the "
                "order: 75 * 4 ... no 4 here. Use 7 - 3 = 4 instead: 75 * 4 = 300, 300 + 25 = "
                "325, too big.\n- (75 + 2) * 4? no 2 either. ok: 7 * 3 = 21, 21 * 25 = 525, 525 "
                "- 75 = 450. not it either"
            ),
            {V, B},
        ),
        (
            (
                "<think>\nLet me try 91 - 39 = 52, 52 + 16 = 68. Not 55.\n91 - 16 = 75, 75 - 39 "
                "= 36. No.\n39 + 16 = 55, and that leaves 91 unused, which is allowed. Done.\n"
                "</think>"
            ),
            {V, B},
        ),
        (
            (
                "First make 10 from the small numbers, then multiply by the big one: 7 + 3 = "
                "10, and 10 * 46 = 460."
            ),
            {S},
        ),
        (
            (
                "13 * 5 = 65 and 65 + 12 = 77, so we're 4 above 73; taking 12 - 4 isn't "
                "possible since there's no 4, but 65 + 8 would do it and 8 = 12 - 4 ... hmm, "
                "circular. drop the 13*5 idea. 12 * 5 = 60, 60 + 13 = 73."
            ),
            {V, B},
        ),
        (
            (
                "Working back from 150: it is 6 * 25, and 25 is already one of the numbers, so "
                "I need 6 from 9 and 3, which is 9 - 3. Answer: (9 - 3) * 25 = 150."
            ),
            {C},
        ),
        ("so 50 + 47 = 97 and then 97 - 18 = 79 which is what we need yes 79", {V}),
        (
            (
                "Our goal is 24 with 4, 7, 8, 8. 8 / 8 = 1, 7 - 1 = 6, 6 * 4 = 24. "
                "Double-checking each number appears once: 4, 7, 8, 8 - all used exactly once. "
                "Good."
            ),
            {V},
        ),
        ("86 - 22 = 64\n64 / 4 = 16\n86 + 22 = 108\n108 / 4 = 27", {B}),
        (
            (
                "What would the last step have to be? 120 is 5 * 24 or 100 + 20 or 130 - 10. We "
                "have 5, so the earlier part must produce 24: 3 * 8 = 24. Then 3 * 8 * 5 = 120."
            ),
            {C},
        ),
        (
            (
                "Plan:\n1. Combine 60 and 12 into something near 900? No, first get 15 from 60 "
                "/ 4.\n2. Then reach 900 / 15 = 60... hmm.\nLet me restart the plan: get 75 = "
                "60 + 15 ... Actually simpler: target 900 = 60 * 15, and 15 = 12 + 3.\n60 * (12 "
                "+ 3) = 900."
            ),
            {B, S, C},
        ),
        (
            (
                "I'll break it into two halves: make 30 from 17 and 13, make 3 from 9 and 6, "
                "then multiply. 17 + 13 = 30, 9 - 6 = 3, 30 * 3 = 90."
            ),
            {S},
        ),
        (
            (
                "Trying 98 + 27 = 125; 125 - 43 = 82. Close but not 84. Hmm, let me use "
                "division somewhere: 98 / 2 isn't possible, no 2. Reorder: 43 + 27 = 70, 98 - "
                "70 = 28, then 28 * 3 = 84."
            ),
            {V, B},
        ),
        (
            (
                "the numbers 12 19 37 to get 68 ... 37 + 19 = 56 56 + 12 = 68 ok that checks "
                "out 56 plus 12 really is 68"
            ),
            {V},
        ),
        (
            (
                "So we need 200 from 2, 50, 4, 9. Since the last operation is probably a "
                "multiplication by 50 or by 4, let's see: 200 / 50 = 4, and there is a 4, but "
                "then 2 and 9 would be leftovers - fine, they need not be used. 50 * 4 = 200."
            ),
            {C},
        ),
        (
            (
                "(95 - 85) * 3 = 30\n(95 + 85) / 3 = 60\n95 - 85 + 3 = 13\n(95 - 85) + 3 * 3 "
                "... no, only one 3. (95 + 85) / 3 + 3 would reuse 3 as well.\n(95 - 3) - 85 = 7"
            ),
            {B},
        ),
        (
            (
                "Step 1: 64 - 29 = 35\nStep 2: 35 * 2 = 70\nCheck: 70 is the target? The target "
                "is 71, so no.\nStep 1': 64 + 29 = 93, Step 2': 93 - 2 = 91. No.\nStep 1'': 29 "
                "* 2 = 58, Step 2'': 58 + 64 = 122. Hmm."
            ),
            {V, B},
        ),
        ("Solving \\(2x + 5 = 17\\) gives \\(x = 6\\). Check: \\(2(6) + 5 = 17\\). ✓", {V}),
        (
            (
                "So the roots are $x = 2$ and $x = -3$. Plugging in: $4 + 2 - 6 = 0$ and $9 - 3 "
                "- 6 = 0$. Good."
            ),
            {V},
        ),
        (
            (
                "Hmm, that can't be right: a probability of $\\frac{7}{6}$ is larger than 1, so "
                "the overlap must have been counted twice."
            ),
            {V},
        ),
        (
            (
                "Completing the square gets messy with these coefficients, so scrap that; the "
                "quadratic formula gives $x = \\frac{-3 \\pm \\sqrt{9 + 16}}{2}$, i.e. $x = 1$ "
                "or $x = -4$."
            ),
            {B},
        ),
        (
            (
                "The plan: find the radius from the circumference, then the area from the "
                "radius. $2\\pi r = 10\\pi$ gives $r = 5$, so the area is $25\\pi$."
            ),
            {S},
        ),
        (
            (
                "To show $n^3 - n$ is divisible by 6 it suffices to show it is divisible by 2 "
                "and by 3. Writing $n^3 - n = (n-1)n(n+1)$, a product of three consecutive "
                "integers, both follow."
            ),
            {S, C},
        ),
        (
            (
                "## Approach\nWe split the problem into three parts:\n1. Count the arrangements "
                "with no restriction.\n2. Count those where the two A's are adjacent.\n3. "
                "Subtract.\n\n$$\\frac{6!}{2!} = 360, \\qquad 5! = 120, \\qquad 360 - 120 = "
                "240.$$"
            ),
            {S},
        ),
        (
            (
                "Step 1: Find the slope of the line through the two points.\nStep 2: Use "
                "point-slope form to get the equation.\nStep 3: Set $y = 0$ to find the "
                "$x$-intercept.\nStep 1: $m = \\frac{9 - 3}{4 - 1} = 2$."
            ),
            {S},
        ),
        (
            (
                "We want $\\sin\\theta = \\frac{3}{5}$ at the end. Which right triangle gives "
                "that? One with opposite side 3 and hypotenuse 5, so the adjacent side must be "
                "4, and then $\\cos\\theta = \\frac{4}{5}$."
            ),
            {C},
        ),
        (
            (
                "For the product $(x - 2)(x + 5)$ to be zero, one of the factors has to vanish, "
                "so the question reduces to when $x - 2 = 0$ or $x + 5 = 0$."
            ),
            {C},
        ),
        (
            (
                "Hence $a = 4$. Check: $a^2 - 3a = 16 - 12 = 4 = a$. ✓ Hence $a = 4$ is the "
                "solution."
            ),
            {V},
        ),
        (
            (
                "ok so i first thought the answer was $\\binom{10}{3} = 120$ but that counts "
                "the committees with no women too, which aren't allowed. so do it the other "
                "way, total minus the all-men ones: $120 - \\binom{6}{3} = 120 - 20 = 100$"
            ),
            {V, B},
        ),
        (
            (
                "I started by integrating by parts with $u = e^x$, but the new integral was "
                "just as bad as the old one. Switching: let $u = \\sin x$ instead, and after "
                "applying it twice the original integral reappears on the right, so we can "
                "solve for it."
            ),
            {B},
        ),
        (
            (
                "Let me differentiate to make sure: $\\frac{d}{dx}\\left(x\\ln x - x\\right) = "
                "\\ln x + 1 - 1 = \\ln x$, which is the integrand, so the antiderivative is "
                "right."
            ),
            {V},
        ),
        (
            (
                "To get the area of the shaded region we need two things: the area of the "
                "square, $8^2 = 64$, and the area of the quarter circle, $\\frac{1}{4}\\pi "
                "\\cdot 8^2 = 16\\pi$. The shaded part is $64 - 16\\pi$."
            ),
            {S},
        ),
        (
            (
                "We need the count of $n < 100$ with $\\gcd(n, 100) = 1$. Working backwards "
                "from that condition: it holds exactly when $n$ shares no prime factor with "
                "100, i.e. $n$ is divisible by neither 2 nor 5. So it comes down to counting "
                "those: $100 - 50 - 20 + 10 = 40$."
            ),
            {C},
        ),
        (
            (
                "Hmm, I get a negative length, $x = -2$, which can't be a side of a triangle; "
                "I'll discard it and keep $x = 7$."
            ),
            {V},
        ),
        (
            (
                "The key is to get rid of the square root first; after that it's an ordinary "
                "quadratic. Squaring both sides of $\\sqrt{x + 7} = x - 5$ gives $x + 7 = x^2 - "
                "10x + 25$."
            ),
            {S},
        ),
        (
            (
                "Suppose the final answer is $P = \\frac{1}{4}$. Then the two events would have "
                "to be independent with probability $\\frac12$ each. So what I really have to "
                "show is that each coin lands heads with probability $\\frac12$ and that the "
                "flips don't affect each other."
            ),
            {C},
        ),
        (
            (
                "Sub back into the second equation: $3(2) - (-1) = 7$. Yes. And into the first: "
                "$2 + 2(-1) = 0$. Yes."
            ),
            {V},
        ),
        (
            (
                "Wait, that doesn't work: with $r = 3$ the series diverges, so the formula "
                "$\\frac{a}{1 - r}$ doesn't apply. Let me go back and treat it as a finite sum "
                "instead: $\\sum_{k=0}^{4} 3^k = \\frac{3^5 - 1}{2} = 121$."
            ),
            {V, B},
        ),
        (
            (
                "**Part (a)** asks for $f(2)$, which we'll need for part (b) anyway. **Part "
                "(b)** then needs $f'(2)$ to write the tangent line. So: compute $f(2)$, then "
                "$f'(2)$, then assemble $y = f(2) + f'(2)(x - 2)$."
            ),
            {S},
        ),
        (
            (
                "The remainder when $2^{100}$ is divided by 7: I tried to spot a pattern in the "
                "last digits, which is useless mod 7. Better: $2^3 = 8 \\equiv 1$, so $2^{100} "
                "= 2 \\cdot (2^3)^{33} \\equiv 2$."
            ),
            {B},
        ),
        (
            (
                "Sanity check with a small case: for $n = 3$ the formula gives $\\frac{3 \\cdot "
                "4}{2} = 6$ and indeed $1 + 2 + 3 = 6$."
            ),
            {V},
        ),
        (
            (
                "In order for the quadratic to have a double root, the discriminant must be "
                "zero; so we need $b^2 - 4ac = 0$, i.e. $k^2 - 36 = 0$, which leaves $k = \\pm "
                "6$."
            ),
            {C},
        ),
        (
            (
                "Let me set up the long computation carefully. Total outcomes: $6^2 = 36$. "
                "Favourable: $(4,6),(5,5),(6,4),(5,6),(6,5),(6,6)$, that's 6. So the "
                "probability is $\\frac{6}{36} = \\frac16$. Hmm, let me recount the pairs "
                "summing to at least 10: sum 10 has three, sum 11 two, sum 12 one, total 6, "
                "consistent. So $\\frac16$."
            ),
            {V},
        ),
        (
            (
                "Approach 1 (coordinates) gets ugly fast because the triangle isn't "
                "axis-aligned. Approach 2: use the law of cosines directly. $c^2 = 5^2 + 7^2 - "
                "2\\cdot 5\\cdot 7\\cos 60^\\circ = 25 + 49 - 35 = 39$."
            ),
            {B},
        ),
        (
            (
                "we want the last digit of $7^{2024}$ so first find the cycle of last digits of "
                "powers of 7 then reduce the exponent mod the cycle length 7 9 3 1 so the cycle "
                "has length 4 and 2024 is divisible by 4 so the last digit is 1"
            ),
            {S},
        ),
        (
            (
                "We need to reach 96 with 12, 4, 2 and 7. 96 = 12 * 8, so the remaining numbers "
                "need to make 8: 4 * 2 = 8. That gives 12 * 4 * 2 = 96."
            ),
            {S, C},
        ),
        (
            (
                "The target 53 is prime, so the last step can't be a product of two whole "
                "numbers bigger than 1; it has to be a sum or difference. 53 = 61 - 8 and 8 = 2 "
                "* 4, so 61 - 2 * 4 = 53."
            ),
            {C},
        ),
        (
            (
                "<think> If the last step is adding 14, I need 25 from 5 and 5, and 5 * 5 = 25. "
                "So 5 * 5 + 14 = 39. </think>\n<answer> 5 * 5 + 14 </answer>"
            ),
            {C},
        ),
        (
            (
                "if the final step is times 10 then everything before it has to give 100, and "
                "10 x 10 = 100 uses two of the other tens. so 10 x 10 x 10 = 1000"
            ),
            {S, C},
        ),
        (
            (
                "Think of 87 as 100 minus 13. There's no 100 in the list, but 4 * 25 = 100, and "
                "13 is 6 + 7. So 4 * 25 - (6 + 7) = 87."
            ),
            {S, C},
        ),
        (
            (
                "Step 1: The target is 33. Working backwards, 33 = 3 * 11.\nStep 2: Make 11 "
                "from 19 and 8: 19 - 8 = 11.\nStep 3: Multiply by 3: (19 - 8) * 3 = 33."
            ),
            {S, C},
        ),
        (
            (
                "the last move is probably a subtraction from something around 100, like 100 - "
                "18 = 82, so i'd like 100 out of 50 and 2: 50 * 2 = 100, then minus 18"
            ),
            {C},
        ),
        (
            (
                "Decompose: (a) turn 3 and 5 into 15; (b) turn 15 and 9 into 135; (c) add the "
                "8. Then 3 * 5 = 15, 15 * 9 = 135, 135 + 8 = 143."
            ),
            {S},
        ),
        (
            (
                "I'll get close with the two big numbers first and fix the rest with the small "
                "ones afterwards. 75 + 50 = 125, and 3 * 2 = 6 closes the gap: 125 + 6 = 131."
            ),
            {S},
        ),
        (
            (
                "- first: a product near 400\n- second: adjust with what's left\n25 * 16 = 400, "
                "400 + 9 = 409, 409 - 1 = 408."
            ),
            {S},
        ),
        (
            (
                "Two intermediate targets: 20 from the pair (4, 5) and 40 from the pair (30, "
                "10). 4 * 5 = 20, 30 + 10 = 40, and 20 + 40 = 60."
            ),
            {S},
        ),
        (
            (
                "Let's first tame the awkward 17 by pairing it: 17 + 3 = 20. Now 280 = 20 * 14, "
                "which means 6 and 8 have to make 14, and they do: 20 * (6 + 8) = 280."
            ),
            {S, C},
        ),
        (
            (
                "<think> 36 * 2 = 72, 72 - 11 = 61. Let me double check: 36 times 2 is 72, "
                "minus 11 is 61, which is the target. </think>"
            ),
            {V},
        ),
        ("83 - 47 = 36 and 36 / 4 = 9. Is 9 what we want? yes.", {V}),
        ("**Attempt:** $(15 + 9) \\times 2 = 48$.\n**Check:** $48 \\neq 50$.", {V}),
        ("22 + 18 = 40, and 40 * 3 = 120 - hmm, not quite, that overshoots by three.", {V}),
        (
            (
                "Multiplying 12 by 9 gives 108, then taking away 5 leaves 103. Multiplying 12 "
                "by 5 gives 60, then adding 9 gives 69."
            ),
            {B},
        ),
        (
            (
                "1. 100 - 25 = 75, 75 + 4 = 79, 79 * 2 = 158\n2. 100 + 25 = 125, 125 * 2 = 250, "
                "250 - 4 = 246\n3. 25 * 4 = 100, 100 + 100 = 200, 200 * 2 = 400"
            ),
            {B},
        ),
        ("38 * 2 = 76 then 76 + 9 = 85 | 38 + 9 = 47 then 47 * 2 = 94", {B}),
        (
            ("ugh, every product keeps going over. forget multiplying, just add: 41 + 27 + 8 = 76"),
            {V, B},
        ),
        (
            (
                "<think> We need 51 from 3, 17, 29 and 4. 29 + 17 + 4 = 50, plus 3 is 53, over. "
                "29 * 3 = 87, minus 17 is 70, no. (29 - 17) * 4 = 48, 48 + 3 = 51. yes "
                "</think>\n<answer> (29 - 17) * 4 + 3 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "So 7 * 8 = 56, 56 - 6 = 50 and 50 + 1 = 51; that should be 52 so I'm one "
                "short. Start over with 6 * 8 = 48, 48 + 7 = 55, 55 - 1 = 54... also off. 7 * 8 "
                "= 56, 56 - 6 = 50... 6 + 7 = 13, 13 * 8 = 104, 104 / 2 = 52 but no 2. Ok (6 + "
                "1) * 8 = 56, 56 - 7 = 49. Hmm."
            ),
            {V, B},
        ),
        (
            (
                "One way to see it: to land on 210 we want a 7 and a 30, because 7 * 30 = 210; "
                "30 comes from 5 * 6, and 7 is already there. So 7 * 5 * 6 = 210."
            ),
            {S, C},
        ),
        (
            (
                "Let me try factoring $x^2 + 4x + 1$... the discriminant is $16 - 4 = 12$, not "
                "a perfect square, so it won't factor nicely over the integers. Okay, quadratic "
                "formula then: $x = -2 \\pm \\sqrt{3}$."
            ),
            {B},
        ),
        (
            (
                "My first instinct was to use the Pythagorean theorem, but the triangle isn't "
                "right-angled. So instead I'll go with the law of sines: $\\frac{a}{\\sin A} = "
                "\\frac{b}{\\sin B}$."
            ),
            {B},
        ),
        (
            (
                "Counting directly is a mess because of the overlaps. Let's abandon that and "
                "count the complement: strings with no 1 at all number $2^5 = 32$, so the "
                "answer is $3^5 - 2^5 = 243 - 32 = 211$."
            ),
            {B},
        ),
        (
            (
                "I assumed the triangle was isosceles, which the problem never says. Undo that. "
                "Going back to the general case with sides $a, b, c$ and using Heron's formula "
                "instead."
            ),
            {B},
        ),
        (
            (
                "Suppose $x = 1$... then $f(1) = 1 - 3 + 2 = 0$, so $x = 1$ is a root, and "
                "polynomial division gives $x^3 - 3x + 2 = (x - 1)(x^2 + x - 2)$. Hmm, wait, I "
                "wrote the cubic wrong, it was $x^3 - 3x^2 + 2$. Redo: $f(1) = 1 - 3 + 2 = 0$ "
                "still, and $x^3 - 3x^2 + 2 = (x - 1)(x^2 - 2x - 2)$."
            ),
            {V, B},
        ),
        (
            (
                "Taking logs of both sides didn't help - the $x$ is still stuck inside a sum. "
                "Alternatively, substitute $u = 2^x$: then $4^x - 3 \\cdot 2^x - 4 = 0$ becomes "
                "$u^2 - 3u - 4 = 0$, so $u = 4$ and $x = 2$."
            ),
            {B},
        ),
        (
            (
                "Induction on $n$ got me nowhere because the step needs two previous cases. Let "
                "me instead find a closed form for the recurrence: the characteristic equation "
                "is $r^2 = r + 2$, giving $r = 2$ or $r = -1$."
            ),
            {B},
        ),
        (
            (
                "Hmm. So $\\frac{dy}{dx} = \\frac{2x}{y}$... no, I dropped the minus sign when "
                "differentiating implicitly. Going back a line: $2x + 2y y' = 0$, so $y' = "
                "-\\frac{x}{y}$."
            ),
            {V, B},
        ),
        (
            (
                "* Attempt A: polar coordinates - the region isn't a disc, too awkward.\n* "
                "Attempt B: integrate in $y$ first. The bounds become $0 \\le y \\le x^2$, and "
                "$\\int_0^1 x^2 \\cdot x \\, dx = \\frac{1}{4}$."
            ),
            {B},
        ),
        (
            (
                "Since we want to prove $a^2 + b^2 \\ge 2ab$, it is enough to show $a^2 - 2ab + "
                "b^2 \\ge 0$, i.e. $(a - b)^2 \\ge 0$, which holds for all reals."
            ),
            {C},
        ),
        (
            (
                "What value of $k$ makes the system have infinitely many solutions? The two "
                "equations would have to be multiples of each other. The first is $2x + 3y = "
                "6$; for $4x + ky = 12$ to be its double we need $k = 6$."
            ),
            {C},
        ),
        (
            (
                "We need the final volume to be 500 mL at 20% concentration, i.e. 100 mL of "
                "acid. The 40% solution would have to supply all of it, so we need "
                "$\\frac{100}{0.4} = 250$ mL of it, topped up with 250 mL of water."
            ),
            {C},
        ),
        (
            (
                "Working backward from the last day: she had 1 apple left, and before that she "
                "gave away half plus one, so she had $2(1 + 1) = 4$; the day before, $2(4 + 1) "
                "= 10$."
            ),
            {C},
        ),
        (
            (
                "For $\\frac{x + 1}{x - 3}$ to be undefined, the denominator must be zero, so "
                "$x = 3$."
            ),
            {C},
        ),
        (
            (
                "The conclusion we want is $\\angle A = \\angle C$. That would follow if "
                "triangles $ABD$ and $CBD$ were congruent, which in turn needs $AB = CB$, $AD = "
                "CD$ and the shared side $BD$ - all given. So SSS applies."
            ),
            {C},
        ),
        (
            (
                "We're after $P(\\text{at least one six})$. Rather than add up the cases, what "
                "does this event's opposite look like? No six at all, with probability "
                "$\\left(\\frac{5}{6}\\right)^4$; so the answer is $1 - \\frac{625}{1296} = "
                "\\frac{671}{1296}$."
            ),
            {C},
        ),
        (
            (
                "To reach a balance of \\$2000 after 2 years at 10% yearly interest, the "
                "initial deposit $P$ has to satisfy $P(1.1)^2 = 2000$, so $P = "
                "\\frac{2000}{1.21} \\approx 1652.89$."
            ),
            {C},
        ),
        (
            (
                "Which $n$ gives $\\frac{n(n+1)}{2} = 55$? Then $n(n+1) = 110 = 10 \\cdot 11$, "
                "so $n = 10$."
            ),
            {C},
        ),
        (
            (
                "The smallest such number must be divisible by 4, 6 and 10, so it has to be a "
                "multiple of their lcm, $60$; and it must leave remainder 1 mod 7. Reasoning "
                "from those requirements, we test 60, 120, ...: $120 = 7 \\cdot 17 + 1$."
            ),
            {V, C},
        ),
        (
            (
                "Hmm, the area came out as $-12$. That can't be right; area is positive, so I "
                "must have integrated in the wrong order. The absolute value, $12$, is the area."
            ),
            {V},
        ),
        (
            (
                "Therefore $x = \\frac{5}{2}$. Verify: $4\\left(\\frac{5}{2}\\right) - 3 = 7$ "
                "and $2\\left(\\frac{5}{2}\\right) + 2 = 7$; both sides agree."
            ),
            {V},
        ),
        (
            (
                "Before moving on, let me make sure $15^2 = 225$ and $8^2 = 64$, so $225 + 64 = "
                "289 = 17^2$. Right, the hypotenuse is 17."
            ),
            {V},
        ),
        (
            (
                "Check: $\\det\\begin{pmatrix} 2 & 1 \\\\ 5 & 3 \\end{pmatrix} = 6 - 5 = 1$, so "
                "the inverse exists and equals $\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 "
                "\\end{pmatrix}$; multiplying back gives the identity."
            ),
            {V},
        ),
        (
            (
                "That gives 1.2 for a probability of two heads in three flips? No, must be off "
                "- $\\binom{3}{2}\\left(\\frac12\\right)^3 = \\frac38$, I had multiplied by 3.2 "
                "somewhere."
            ),
            {V},
        ),
        (
            (
                "So $\\lim_{x \\to 0} \\frac{\\sin 3x}{x} = 3$, and a quick numeric look "
                "agrees: at $x = 0.01$, $\\frac{\\sin 0.03}{0.01} \\approx 2.9996$."
            ),
            {V},
        ),
        (
            (
                "The total should come to 100% - 35 + 40 + 25 = 100, so the percentages are "
                "consistent."
            ),
            {V},
        ),
        (
            (
                "### Plan\n- Express $h$ in terms of $r$ using the volume constraint.\n- "
                "Substitute into the surface area.\n- Minimise the one-variable function.\n\n"
                "### Step 1\n$\\pi r^2 h = 1000$ gives $h = \\frac{1000}{\\pi r^2}$."
            ),
            {S},
        ),
        (
            (
                "This breaks naturally into cases: $x \\ge 2$, where $|x - 2| = x - 2$, and $x "
                "< 2$, where $|x - 2| = 2 - x$. We solve each case and then combine."
            ),
            {S},
        ),
        (
            (
                "Let's do this in two stages - first the number of ways to choose the "
                "committee, then the number of ways to pick a chair from it: $\\binom{8}{3} "
                "\\cdot 3 = 168$."
            ),
            {S},
        ),
        (
            (
                "i think we should get the height of the trapezoid before anything else, since "
                "the area needs it. the legs are 5 and the bases differ by 6 so each overhang "
                "is 3, height $\\sqrt{25 - 9} = 4$. area $= \\frac{(4 + 10)}{2} \\cdot 4 = 28$"
            ),
            {S},
        ),
        (
            (
                "Intermediate goal: show the sequence is bounded. Second intermediate goal: "
                "show it's increasing. Then monotone convergence gives the limit, and we can "
                "find it from $L = \\sqrt{2 + L}$, so $L = 2$."
            ),
            {S},
        ),
        (
            (
                "Step 1: Compute $P(A)$.\nStep 2: Compute $P(B \\mid A)$.\nStep 3: Multiply to "
                "get $P(A \\cap B)$.\n\nStep 1: $P(A) = \\frac{4}{10}$. Step 2: $P(B \\mid A) = "
                "\\frac{3}{9}$. Step 3: $\\frac{4}{10} \\cdot \\frac{3}{9} = \\frac{2}{15}$."
            ),
            {S},
        ),
        (
            (
                "Our strategy will be to reduce the problem to a simpler one: find the number "
                "of solutions in positive integers first, then convert to nonnegative ones by a "
                "shift."
            ),
            {S},
        ),
        (
            (
                "We're going to need $\\cos 2\\theta$ eventually, so get $\\cos\\theta$ first: "
                "$\\cos\\theta = \\frac{12}{13}$, and then $\\cos 2\\theta = 2\\cos^2\\theta - "
                "1 = \\frac{288}{169} - 1 = \\frac{119}{169}$."
            ),
            {S},
        ),
        (
            (
                "We need to reach 348 using 6, 58, 2 and 9. 348 happens to be 6 * 58, so the "
                "other numbers can stay unused: 6 * 58 = 348."
            ),
            {C},
        ),
        (
            (
                "Since 19 = 20 - 1, I look for a 20 and a 1: 4 * 5 = 20 and 7 - 6 = 1. (4 * 5) "
                "- (7 - 6) = 19."
            ),
            {S, C},
        ),
        (
            (
                "### Strategy\n1. Build a large base near the target.\n2. Use the remaining "
                "numbers to close the gap.\n\n### Execution\n$88 \\times 5 = 440$; the "
                "remaining $3 \\times 4 = 12$ closes it: $88 \\times 5 + 3 \\times 4 = 452$."
            ),
            {S},
        ),
        (
            (
                "<think> Let me first combine 2 and 8 into 16, then see what the other two "
                "give. 2 * 8 = 16. 14 - 11 = 3. 16 * 3 = 48. </think>"
            ),
            {S},
        ),
        (
            (
                "My aim is to create a 12 and a 7 separately and then multiply them: the 12 "
                "comes from 48 / 4, the 7 from 10 - 3; 12 * 7 = 84."
            ),
            {S},
        ),
        (
            (
                "split the numbers into pairs (95, 5) and (13, 7), get one value from each "
                "pair, then combine: 95 / 5 = 19, 13 + 7 = 20, 19 * 20 = 380"
            ),
            {S},
        ),
        (
            (
                "For 250 the natural last step is 10 * 25 or 5 * 50. I have 50, so I need a 5, "
                "and 8 - 3 = 5. (8 - 3) * 50 = 250."
            ),
            {C},
        ),
        (
            (
                "hmm 71... that's 72 - 1, and 72 is 8 * 9, while the 1 can come from 4 / 4. so "
                "8 * 9 - 4 / 4 = 71"
            ),
            {C},
        ),
        (
            (
                "Step 1: We need 45. Note that 45 = 90 / 2.\nStep 2: And 90 = 30 * 3.\nStep 3: "
                "So 30 * 3 / 2 = 45."
            ),
            {C},
        ),
        (
            (
                "To finish at 17 from 68 we'd divide by 4, so can the rest produce a 4? 12 - 8 "
                "= 4. 68 / (12 - 8) = 17."
            ),
            {C},
        ),
        (
            (
                "<think> 70 + 6 = 76, 76 - 2 = 74, not 78. What gives 78? 78 = 6 * 13, but 13 "
                "isn't available... 78 = 70 + 8, and 8 = 6 + 2. So 70 + 6 + 2 = 78. </think>"
            ),
            {V, B, C},
        ),
        (
            (
                "Sub-goal: get 50 out of 2 and 25 (2 * 25 = 50). Then 50 + 37 = 87, which "
                "equals the target, good."
            ),
            {V, S},
        ),
        (
            (
                "Going with subtraction: 55 - 21 = 34, 34 * 2 = 68. Other way round, "
                "multiplication first: 21 * 2 = 42, 42 + 55 = 97."
            ),
            {B},
        ),
        (
            (
                "(100 - 4) * 5 + 3 - 1 = 482. Let's verify: 100 - 4 = 96, 96 * 5 = 480, 480 + 3 "
                "= 483, 483 - 1 = 482. Correct."
            ),
            {V},
        ),
        (
            (
                "Numbers 1, 2, 3, 4, 5, 6 and target 720. The target is 6!, so everything just "
                "gets multiplied: 1 * 2 * 3 * 4 * 5 * 6 = 720."
            ),
            {C},
        ),
        (
            ("Let me aim for 30 first, because 30 + 12 would finish it. 5 * 6 = 30, 30 + 12 = 42."),
            {S, C},
        ),
        (
            (
                "First I'll find where the two curves meet, since those are the limits of "
                "integration; then integrate the difference. $x^2 = x + 2$ gives $x = -1$ and "
                "$x = 2$."
            ),
            {S},
        ),
        (
            (
                "Goal: $\\gcd(252, 198)$. Sub-goals: factor each number. $252 = 2^2 \\cdot 3^2 "
                "\\cdot 7$ and $198 = 2 \\cdot 3^2 \\cdot 11$, so the gcd is $2 \\cdot 9 = 18$."
            ),
            {S},
        ),
        (
            (
                "For $247d$ to be divisible by 9 its digit sum must be a multiple of 9; the "
                "digit sum is $13 + d$, so $13 + d = 18$ and $d = 5$."
            ),
            {C},
        ),
        (
            (
                "If the tank is to be full in 6 hours, the combined rate must be $\\frac{1}{6}$ "
                "per hour; pipe A gives $\\frac{1}{10}$, so pipe B has to supply $\\frac16 - "
                "\\frac{1}{10} = \\frac{1}{15}$, i.e. 15 hours on its own."
            ),
            {C},
        ),
        (
            (
                "Work from the end: the last line of the proof will be $f(b) - f(a) = f'(c)(b - "
                "a)$, which needs $f$ continuous on $[a, b]$ and differentiable on $(a, b)$ - "
                "so those are the two facts to establish first."
            ),
            {S, C},
        ),
        (
            (
                "ok so maybe $x = 3$? $9 - 6 = 3$, not 0. try $x = 2$: $4 - 4 = 0$. there we "
                "go, so $x = 2$ is a root of $x^2 - 2x$."
            ),
            {V, B},
        ),
        (
            (
                "wait no. i was treating the draws as independent but it's without replacement. "
                "start again: $\\frac{5}{8} \\cdot \\frac{4}{7} = \\frac{20}{56} = "
                "\\frac{5}{14}$."
            ),
            {B},
        ),
        (
            (
                "Method 1 fails: the inner integrand has no elementary antiderivative. Method "
                "2: reverse the order of integration, after which the inner integral is "
                "elementary."
            ),
            {B},
        ),
        (
            (
                "Expanding $(x^3 - x)^5$ term by term is hopeless, so let's drop that and use "
                "symmetry instead: $f(-x) = -f(x)$, hence $\\int_{-2}^{2} f(x)\\,dx = 0$."
            ),
            {B},
        ),
        (
            (
                "Step 1: Try $u = x^2$. This does not simplify the integral.\nStep 2: Try $u = "
                "\\ln x$ instead. Then $du = \\frac{dx}{x}$ and the integral becomes $\\int "
                "u\\,du = \\frac{u^2}{2} + C$."
            ),
            {B},
        ),
        (
            (
                "The sequence is 2, 6, 12, 20, 30. The differences are 4, 6, 8, 10, so it's "
                "quadratic. I guessed $a_n = n^2 + 1$ at first, but that gives 2, 5, 10, so no. "
                "Going with $a_n = n(n + 1)$ instead: 2, 6, 12, 20, 30. So $a_{10} = 110$."
            ),
            {V, B},
        ),
        (
            (
                "Let's try division: 96 / 8 = 12, 12 + 5 = 17. Switching to multiplication: 8 * "
                "5 = 40, 40 + 96 = 136."
            ),
            {B},
        ),
        (
            (
                "<think>\n23 * 4 = 92\n92 + 11 = 103\n23 + 11 = 34\n34 * 4 = 136\n</think>\n"
                "<answer> (23 + 11) * 4 </answer>"
            ),
            {B},
        ),
        (
            (
                "We need to reach 24 using 7, 3 and 15. 7 * 3 = 21, 21 + 15 = 36. 15 - 7 = 8, 8 "
                "* 3 = 24."
            ),
            {B},
        ),
        (
            (
                "Subtracting 9 from 81 gives 72, and halving that would need a 2 we don't have. "
                "Instead divide 81 by 9 to get 9, then add 6 to reach 15."
            ),
            {B},
        ),
        (
            (
                "<think> We need 311 using 50, 6, 4, 3 and 11. 50 * 6 = 300, 300 + 11 = 311. "
                "Let me double-check: 50 * 6 is 300, plus 11 gives 311. </think>"
            ),
            {V},
        ),
        ("9 * 7 = 63, minus 4 is 59 - same as the target, so that's settled.", {V}),
        (
            (
                "Attempt 1: set $y = mx$ and substitute; the resulting equation has no solution "
                "for $m$. Attempt 2: set $y = x + c$ instead, which gives $c = 3$."
            ),
            {B},
        ),
        (
            (
                "the plan: get a 9 from 3 * 3... only one 3 though. new plan: 9 = 12 - 3, then "
                "9 * 11 = 99."
            ),
            {B, S},
        ),
        (
            (
                "We need $\\tan\\theta = 1$; going back, that means $\\sin\\theta = "
                "\\cos\\theta$, which in the first quadrant happens only at $\\theta = "
                "45^\\circ$."
            ),
            {C},
        ),
        (
            (
                "Let me think. 64 + 25 = 89, 89 + 5 = 94 - too small, target's 320. Multiplying "
                "is needed: 64 * 5 = 320 directly. Good, 25 unused."
            ),
            {V, B},
        ),
    )
)

#: The Countdown instance of each seventeenth-round row, in order: (target, numbers), or None.
SEVENTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (60, (44, 19, 35)),
    (97, (25, 3, 4)),
    (80, (40, 38, 6, 2)),
    (64, (8, 2, 6, 4)),
    (308, (75, 25, 3, 7)),
    (55, (91, 39, 16)),
    (460, (46, 7, 3)),
    (73, (13, 5, 12)),
    (150, (25, 9, 3)),
    (79, (50, 47, 18)),
    (24, (4, 7, 8, 8)),
    (27, (86, 22, 4)),
    (120, (3, 8, 5)),
    (900, (60, 12, 3, 4)),
    (90, (17, 13, 9, 6)),
    (84, (98, 27, 43, 3)),
    (68, (12, 19, 37)),
    (200, (2, 50, 4, 9)),
    (7, (95, 85, 3)),
    (71, (64, 29, 2)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (96, (12, 4, 2, 7)),
    (53, (61, 2, 4)),
    (39, (14, 5, 5)),
    (1000, (10, 10, 10, 5, 2)),
    (87, (4, 25, 6, 7)),
    (33, (19, 8, 3)),
    (82, (50, 2, 18)),
    (143, (3, 5, 9, 8)),
    (131, (75, 50, 3, 2)),
    (408, (25, 16, 9, 1)),
    (60, (4, 5, 30, 10)),
    (280, (17, 3, 6, 8)),
    (61, (36, 2, 11)),
    (9, (83, 47, 4)),
    (50, (15, 9, 2)),
    (117, (22, 18, 3)),
    (69, (12, 9, 5)),
    (400, (100, 25, 100, 4, 2)),
    (94, (38, 2, 9)),
    (76, (41, 27, 8)),
    (51, (3, 17, 29, 4)),
    (52, (7, 8, 6, 1)),
    (210, (7, 5, 6, 11)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (348, (6, 58, 2, 9)),
    (19, (4, 5, 7, 6)),
    (452, (88, 5, 3, 4)),
    (48, (2, 8, 14, 11)),
    (84, (48, 4, 10, 3)),
    (380, (95, 5, 13, 7)),
    (250, (50, 8, 3)),
    (71, (8, 9, 4, 4)),
    (45, (30, 3, 2)),
    (17, (68, 12, 8)),
    (78, (70, 6, 2)),
    (87, (2, 25, 37)),
    (97, (55, 21, 2)),
    (482, (100, 4, 5, 3, 1)),
    (720, (1, 2, 3, 4, 5, 6)),
    (42, (5, 6, 12)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (136, (96, 8, 5)),
    (136, (23, 4, 11)),
    (24, (7, 3, 15)),
    (15, (81, 9, 6)),
    (311, (50, 6, 4, 3, 11)),
    (59, (9, 7, 4)),
    None,
    (99, (12, 3, 11)),
    None,
    (320, (64, 25, 5)),
)

#: The seventeenth round's controls: no behaviour (clarification, step numbering, restating, plain
#: computation, one Countdown chain that reaches its target at once, narration).
SEVENTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    "Step 2: 12 * 2 = 24.",
    "The target is 24 and the numbers are 3, 8, 1 and 1.",
    "(6 + 4) * 3 = 30",
    "Let's confirm the domain first: because of \\(\\ln x\\) we need \\(x > 0\\).",
    "Check the units given in the problem: the speed is in km/h and the time in minutes.",
    "We need to find $x$ first. $3x = 21$, so $x = 7$.",
    "The answer is $\\boxed{12}$.",
    "Step 1: 15 + 9 = 24.\nStep 2: 24 * 2 = 48.",
    "We need to reach 72 using 9, 8 and 5.",
    "9 * 8 = 72",
    "<think> 50 * 2 = 100, 100 - 18 = 82. </think>\n<answer> 50 * 2 - 18 </answer>",
    "Adding 40 and 38 gives 78, and adding 6 more gives 84.",
    "Let me compute $17 \\times 23$: $17 \\times 20 = 340$ and $17 \\times 3 = 51$, so $391$.",
    "To find $x$, we expand the product and collect like terms.",
    "A prime number is a positive integer with exactly two positive divisors, 1 and itself.",
    (
        "We need to check whether complex roots count; the problem says real solutions, so only "
        "real ones."
    ),
    "The question asks for the number of ways to seat 5 people in a row.",
    "Substituting $x = 3$ into $f(x) = x^2 + 1$ gives $f(3) = 10$.",
    "So the final answer is $\\frac{3}{4}$.",
    "Recall that the derivative of $\\sin x$ is $\\cos x$.",
    (
        "The goal of the game is to combine the given numbers with +, -, * and / to hit the "
        "target exactly."
    ),
    "Each number may be used at most once.",
    "## Solution\nBy the Pythagorean theorem, $c = \\sqrt{6^2 + 8^2} = \\sqrt{100} = 10$.",
    "Hence $\\angle ABC = 180^\\circ - 50^\\circ - 60^\\circ = 70^\\circ$.",
    "Using the formula $A = \\frac{1}{2}bh$ with $b = 10$ and $h = 4$, the area is $20$.",
    "Expanding, $(x + 3)^2 = x^2 + 6x + 9$.",
    "First, note that the problem gives the radius, not the diameter.",
    "the numbers are 3 7 9 and the target is 30",
    "(9 + 7 - 6) * 3 = 30",
    "Next, 48 / 6 = 8, and 8 + 17 = 25.",
    "Let's make sure we understand the problem: we need two-digit numbers whose digits sum to 9.",
    (
        "The verification step of the proof is left to the reader in the textbook, so I'll just "
        "state the theorem."
    ),
    "We will use the binomial theorem: $(a + b)^n = \\sum_{k=0}^{n} \\binom{n}{k} a^k b^{n-k}$.",
    "Multiplying both sides by 4 gives $4y = 36$, so $y = 9$.",
    "The sample space has $2^3 = 8$ outcomes.",
    "Let me write down what is given: $a_1 = 3$, $d = 5$, and we want $a_{20}$.",
    "$a_{20} = a_1 + 19d = 3 + 95 = 98$.",
    "I'll use the numbers in the order given: 4 * 6 = 24, 24 + 10 = 34.",
    "We're asked to find the remainder when 1234 is divided by 9.",
    (
        "Check the units given in the problem: lengths are in centimetres, so the area will be "
        "in square centimetres."
    ),
    "The target number is 100 and the allowed operations are the four basic ones.",
    "25 * 4 = 100",
    "The derivative is $f'(x) = 6x - 4$; setting it to zero gives $x = \\frac{2}{3}$.",
    "By definition, $\\log_2 8$ is the power to which 2 must be raised to get 8, namely 3.",
    "The problem wants the answer in simplest radical form.",
    "In this step we simply add the two fractions: $\\frac{1}{3} + \\frac{1}{6} = \\frac{1}{2}$.",
    "There are 4 suits and 13 ranks, so 52 cards.",
    "Now divide: $\\frac{84}{12} = 7$.",
    "Let me think about this problem. We have 5 red and 3 blue balls.",
    "Let $s$ be the side length of the square, so its perimeter is $4s$.",
    (
        "There is nothing to verify here; the statement is just a definition: an even number is "
        "one divisible by 2."
    ),
    "Step 3: Therefore $x = 5$.",
    "Using 11, 6 and 2 to make 64: 11 * 6 = 66, 66 - 2 = 64.",
    "<think> I need to use 21, 3 and 14. 21 / 3 = 7 and 7 + 14 = 21. </think>",
    "The sum of interior angles of a hexagon is $(6 - 2) \\cdot 180^\\circ = 720^\\circ$.",
    "So $P(A \\cup B) = P(A) + P(B) - P(A \\cap B) = 0.5 + 0.4 - 0.2 = 0.7$.",
    "The goal here is to find the maximum value of the function on $[0, 2]$.",
    "The problem is asking us to find the value of $x$ that satisfies the equation.",
    "Let's denote the unknown number by $n$.",
    "Applying the chain rule, $\\frac{d}{dx} e^{3x} = 3e^{3x}$.",
    "Simplifying, $\\frac{12}{18} = \\frac{2}{3}$.",
    "We can use 100, 7 and 3: 100 - 7 * 3 = 79.",
    "Combining 60 and 5 by multiplication gives 300, then 300 + 12 = 312.",
    "so the integral evaluates to $\\left[\\frac{x^3}{3}\\right]_0^3 = 9$",
    (
        "Note: a backtracking algorithm is one that builds candidates incrementally and "
        "abandons a partial candidate when it fails."
    ),
    (
        "The word 'verify' in the problem statement means we should prove the identity holds "
        "for all $x$."
    ),
    "Answer: 42",
    "We need to reach 48 using 6, 8 and 3: 6 * 8 = 48, so the 3 is not needed.",
    "Step 1: 100 - 25 = 75\nStep 2: 75 + 5 = 80\nStep 3: 80 / 4 = 20",
    (
        "the plan is in the problem statement itself: it tells us to compute the mean first and "
        "the variance second."
    ),
    "Goal: compute $\\int_0^1 x^2\\,dx = \\frac{1}{3}$.",
    "Working from the given values, $v = \\frac{d}{t} = \\frac{120}{3} = 40$ km/h.",
    "Let me first recall the formula for the volume of a cone: $V = \\frac{1}{3}\\pi r^2 h$.",
    "The numbers given are 2, 3, 5, 7, 11 and the target is 231.",
    "3 * 7 * 11 = 231",
    "By Vieta, the sum of the roots is $-\\frac{b}{a} = 5$.",
    (
        "We then plug the value of $t$ into the position function to get the height: $h(2) = 64 "
        "- 16 \\cdot 4 = 0$."
    ),
)

#: The Countdown instance of each seventeenth-round control, in order.
SEVENTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    None,
    None,
    (30, (6, 4, 3)),
    None,
    None,
    None,
    None,
    (48, (15, 9, 2)),
    (72, (9, 8, 5)),
    (72, (9, 8, 5)),
    (82, (50, 2, 18)),
    (84, (40, 38, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (30, (3, 7, 9)),
    (30, (9, 7, 6, 3)),
    (25, (48, 6, 17)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (34, (4, 6, 10)),
    None,
    None,
    (100, (25, 4, 3)),
    (100, (25, 4, 3)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (64, (11, 6, 2)),
    (21, (21, 3, 14)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    (79, (100, 7, 3)),
    (312, (60, 5, 12)),
    None,
    None,
    None,
    None,
    (48, (6, 8, 3)),
    (20, (100, 25, 5, 4)),
    None,
    None,
    None,
    None,
    (231, (2, 3, 5, 7, 11)),
    (231, (3, 7, 11, 2, 5)),
    None,
    None,
)


# Backward chaining, fifth wave of structural rules (issue 19, seventh session, brief bc24):
# the goal undone by a step and the rest made, a split framed as the goal's, a decomposition
# kept whole in the last step with the rest neutralised, a pure difference, an earlier state
# inferred from a later one. Paraphrases of the shapes of rounds 15 and 16, in other words.
BC_STRUCT4: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # rule 8: the goal undone by a step, the rest made right after, the goal reached
        ("61 - 5 = 56 = 7 * 8. So 7 * 8 + 5 = 61.", {C}),
        ("need 29. 29 - 4 = 25, which is 5 * 5, so 5 * 5 + 4 = 29", {C}),
        ("Target 12: 12 / 3 = 4, and 4 is 9 - 5, so 3 * (9 - 5) = 12.", {C}),
        # rule 8: a split framed as the goal's ("as", or a goal word before it), a part made
        ("Think of 50 as 42 + 8: 42 is 6 * 7.", {C}),
        ("We need 35 = 30 + 5; 30 = 3 * 10.", {C}),
        ("Goal 64 as 60 + 4, with 60 = 12 * 5.", {C}),
        # rule 8: a decomposition kept whole in the last step, the other numbers neutralised
        ("64 = 8 * 8, and the 5 and 5 can cancel: 8 * 8 + 5 - 5 = 64.", {C}),
        ("36 = 4 * 9, leaving 3 and 3 to make a 1: 4 * 9 * (3 / 3) = 36.", {C}),
        ("That gives 20 = 4 * 5 and 7 - 7 adds nothing: 4 * 5 + 7 - 7 = 20.", {C}),
        # rule 8: a decomposition reached by a pure difference (not a factorisation)
        ("17 = 20 - 3, and 3 = 9 - 6, so 20 - (9 - 6) = 17.", {C}),
        # rule 9: an earlier state inferred from a later one, worth a new number
        (
            "After paying a $15 fee he had $85 left, so he must have started with 85 + 15 = $100.",
            {C},
        ),
        (
            "The culture doubles hourly and holds 800 cells at noon, so before that it held 400.",
            {C},
        ),
        (
            "The flight boards at 6:00 and the drive takes 50 minutes, so we must leave by 5:10.",
            {C},
        ),
        # rule 8: what the goal still misses, named before it is made, then made right after
        ("Aim for 45: 6 * 7 = 42, so we need 3 more, and 11 - 8 is 3.", {C}),
        ("From 60 we have to lose 9, which is 3 * 3.", {C}),
        ("Target 20, we have 25; remove 5: 10 / 2.", {C}),
        # rule 9: a stated goal rewritten ("exactly when") until it is "always true"
        (
            "We want \\(x^2 + 4 \\ge 4x\\). That holds exactly when \\((x - 2)^2 \\ge 0\\), "
            "which is always true.",
            {C},
        ),
        ("We want \\(2^5 > 5^2\\). That is \\(32 > 25\\), which is clearly true.", {C}),
        # rule 9: a goal stated with "we're after", then what it needs
        ("We're after the area. That needs the height, and the height is 4 by Pythagoras.", {C}),
    )
)
BC_STRUCT4_CONTROLS: tuple[str, ...] = (
    # a step taking from a number that is not the final value; the rest never made
    "61 - 5 = 56. 7 * 8 = 56 too. So 7 * 8 = 56.",
    "12 / 3 = 4, and the answer is another: 2 * 6 = 12.",
    # a split with no frame (a factorisation), or after its parts are made
    "Factor 42: 42 = 6 * 7 and 6 = 2 * 3.",
    "6 * 7 = 42, so we need 42 = 6 * 7 again.",
    # a decomposition whose last step holds only its own operands, or stated after the work
    "64 = 8 * 8, and 8 * 8 = 64.",
    "8 * 8 + 5 - 5 = 64. 64 = 8 * 8 indeed.",
    # a pure product reached: a factorisation
    "24 = 2 * 12, 12 = 3 * 4, so 2 * 3 * 4 = 24.",
    # an earlier state restated from the givens; a start of the work, not of the story
    "The price was $40 before the sale. So before the sale it was $40.",
    "So let's start with the first term: 3 + 4 = 7.",
    "She started with 20 stickers and gave away 5, so she has 15.",
    # a stated goal said to be true without a rewriting; "after" that is not a goal
    "We want \\(x^2 + 1 > 0\\) for every x; the question says so.",
    "After the first step, we need the sum of 3 and 4, which is 7.",
    # a remainder computed before it is named, or an operation not worth it
    "100 - 80 = 20, so she needs 20 more, and 4 * 5 = 20.",
    "We need 12 more, 12 + 3 = 15.",
)


# Fifth wave of structural verification (issue 19, seventh session, brief ver24): the misses of
# the fifteenth and sixteenth blind rounds sorted by the shape of the check, each shape written
# again in other words and the other domain (rows), with near misses that must not fire.
VER_STRUCT5: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset({V}))
    for text in (
        # two results agreeing, judged in a word: same number, equal, fits, agree, confirmed
        "Summing the rows, 4 + 5 + 6 = 15. Same number both ways.",
        "Counting the other way, 3 * 5 = 15. Same result.",
        "The first route gives 12 and the second 3 * 4 = 12, equal, as it should be.",
        "Trying 9 people: 135 / 9 = 15. It fits.",
        "At t = 2 the height is 20 and the slope there is 4 - 4 = 0. Both fit.",
        "Redoing it from the inside, 6 + 2 = 8 and 8 * 5 = 40. Confirmed, 40.",
        "Recounting by pairs gives 2 * 21 = 42 - agree",
        "Both methods give 12. Same answer.",
        # a candidate kept or rejected against another value
        "For \\(x = 2\\): \\(\\sqrt{4} = 2\\) vs \\(-2\\), reject.",
        "Checking 5: 5 + 3 = 8 vs 8, keep.",
        "Plug in \\(x = 3\\): \\(f(3) = 2 \\cdot 3 + 1\\), not equal to... wait, \\(7\\) vs "
        "\\(9\\), so it goes: 3 + 4 = 7 vs 9, rejected.",
        "With \\(x = 1\\): \\(2x + 1 = 3x\\) gives \\(3 = 3x + 0\\); the two sides are "
        "\\(2 \\cdot 1 + 1 = 3\\) and \\(3 \\cdot 1 + 0 = 3\\), equal.",
        "Guess \\(g(x) = x + 1\\): \\(g(2x) = 2x + 1\\) and \\(2 g(x) = 2x + 2\\), not equal.",
        # a value with a unit, then a verdict at once
        "Back-substituting, 240 / 4 = 60 km, consistent.",
        "The tank holds 3 * 20 = 60 litres, plausible.",
        # Countdown's scratch: a verdict with no punctuation, a tag, an interjection
        "8 + 9 + 10 = 27 nah try products instead",
        "<think> 6 * 7 = 42 yes </think>",
        "30 + 12 + 9 = 51 hmm too high by 3",
        "19 + 21 = 40, then 40 + 8 = 48. yes that's 48",
        "the sum is 35 + 20 = 55, too small by a lot",
        # the value against the target said apart from it
        "that gives 75... hmm, the target was 80, so I'm five short.",
        "That's 52 — well under 90.",
        "Step by step: 9 - 4 = 5, 5 * 8 = 40. That equals the target of 40.",
        "13 and 6 give 19 or 78 or 7, nothing close to 50.",
        "3 + 5 + 7 is just 15, nowhere near.",
        "24 + 25 + 3 = 52, with 8 still unused, no good.",
        "so 12 + 36 = 48 yep thats the number we want",
        "8 * 7 = 56 and 56 + 3 = 59, we're 3 short",
        "100 - 4 = 96, we are four over",
        "that makes 91, way past 80",
        # a verdict, then its evidence at once (in brackets, after "because" or a colon)
        "Getting a 9 from 4 and 6 isn't possible (6 + 4 = 10, 6 - 4 = 2).",
        "The list 3, 5, 9 is not arithmetic (5 - 3 = 2 but 9 - 5 = 4).",
        "The point \\((1, 4)\\) lies on the parabola because \\(3 \\cdot 1 + 1 = 4\\).",
        "The roots 3 and 1 both satisfy it, since 2 * 3 - 6 = 0 and 2 * 1 - 2 = 0.",
        "Neither 9 nor 4 is excluded, so they stand: 4 + 5 = 9 and 2 * 2 = 4.",
        "With x = 3 the guess works: 3 * 4 + 1 = 13.",
        "n = 5 fails (5 * 5 - 1 = 24).",
        "The point (1, 2) is not on the line, since 2 * 1 + 3 = 5.",
        "So (2, 3) satisfies all three equations: 2 + 3 = 5, 2 * 3 = 6.",
        # a modular value questioned and recomputed
        "Since 3^4 = 81 \\equiv 1 \\pmod 5, 3^9 \\equiv 3. Is that so? 3^9 = 19683 = "
        "5 \\cdot 3936 + 3. Right, remainder 3.",
    )
)
VER_STRUCT5_CONTROLS: tuple[str, ...] = (
    "The two sets have the same number of elements.",
    "Both fit in the box, so we pack them together.",
    "The answers are equal in length, 5 and 5 letters.",
    "We keep 3 copies and reject the rest.",
    "Compare 5 vs 7 to see the pattern.",
    "Each bag is 20 kg, and they ship on Monday.",
    "The party had 12 guests, yes that's what she said.",
    "Keep going: 4 + 4 = 8, then 8 + 8 = 16, and so on.",
    "The target is 40, so we need 40 from 5, 8 and 9.",
    "There are 6 numbers close to each other.",
    "We need 52 from 4, 13 and 8, with every number used once.",
    "He walked 3 miles too, and then 4 more.",
    "Adding the 5 outfits to the 6 hats gives 11 items, then we sort them.",
    "The modulus is 7 and 3 \\equiv 10 \\pmod 7 by definition.",
    "The price is just 15 dollars for members.",
    "Here x = 3 is not possible (since x = 2 is required).",
    "The point lies on the circle because its distance from the center is the radius.",
    "17 is not prime (see the table on page 3).",
    "The two stores give 10% off. Same as last year.",
    "The total is 20, we are over the moon about it.",
    "The time is 11, way past bedtime.",
    "The 2 lemmas are not on the list: see the 3 cases above, 1 + 1 = 2 aside.",
    "The 4 methods work: each one is covered in chapter 2.",
    "The set {6, 4} is not on the list, since 6 = 2 + 4 was excluded.",
)

#: The examples in the paper's own prompts (kanishkg/cognitive-behaviors, Apache-2.0): the
#: judge prompts of `behavioral_evals/api_eval.py`, the priming prompts of
#: `generate_cot_datasets/api_gen.py` and the pretraining judge prompts of
#: `pretraining_analysis/prompts/*_v0.txt`, with {target} and {numbers} filled in as the prompts
#: do (target 24 or 10 or 22); "..." where a prompt's example stops. Each labelled with the
#: behaviour its prompt shows it for. Two pretraining examples of backward chaining and the
#: bare "Wait" the pretraining prompt gives for backtracking are left out on purpose (see
#: docs/reflection.md, "The paper's own examples").
PAPER_PROMPT_EXAMPLES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        ("This sequence results in 1, which is not equal to 22.", {V}),
        ("Since 25 is not equal to 22, ...", {V}),
        ("Let me try again.", {B}),
        ("We need to try a different sequence.", {B}),
        ("25 + 3 = 28. Too high!", {V}),
        ("6 * 4 = 24. This works!", {V}),
        ("I made a mistake.", {B}),
        ("We need to try a different sequence of operations.", {B}),
        (
            "(78 - 20) - (11 - 7) = 58 - 4 = 54, (54 - 78) + 11 = -24 + 11 = -13, (-13 + 78) - 11 "
            "= 65 - 11 = 54, (78 - 58) + 11 = 20 + 11 = 31, (78 - 58) + (20 - 11) = 20 + 9 = 29, "
            "(78 - 20) + (11 - 7) = 58 + 4 = 62, (78 - 11) - (20 - 7) = 67 - 13 = 54, (78 - 20) "
            "+ (11 / 7) = 58 + 1.5714 = 59.5714, (78 - 11) / (20 - 7) = 67 / 13 = 5, (78 - 20) + "
            "(11 + 7) = 58",
            {B},
        ),
        ("First, I'll try to get close to 12, then...", {S}),
        ("Let's work backwards from the target. 24/2 = 12. So, 12*2=24.", {C}),
        ("Since the target is 22, and 22 + 3 = 25, ...", {C}),
        ("12+2 = 14. Trying something else. 12*2=24.", {B}),
        ("12+2 = 14. Let's try a different sequence of operations.", {B}),
        (
            "12+2 = 14. 14 is not 24, so let's try something else. 12*2=24 and 24 was the goal, "
            "so the goal has been reached.",
            {V, B},
        ),
        ("12+2 = 14. 14 is not 10, let's try a different sequence of operations.", {V, B}),
        (
            "Let's first try to reach 12 since it is a factor of 24; 10 * 2 = 20, let's try a "
            "different sequence. 10 + 2 = 12. Now, 12 * 2 = 24.",
            {S, B},
        ),
        ("Let's try to reach 20 since it is a multiple of 10…", {S}),
        ("I started with the wrong formula. Let's use integration by parts instead.", {B}),
        ("This approach leads to a contradiction. Going back to the original equation...", {B}),
        ("I see the error in my calculation. Let's recalculate using...", {B}),
        (
            "This algebraic manipulation isn't simplifying as expected. Let's try factoring "
            "differently.",
            {B},
        ),
        (
            "To solve this equation, let's start with what we want to prove: x = 4. Working "
            "backward, if x = 4, then x² - 5x + 4 = 0 must be true. Let's verify this.",
            {C, V},
        ),
        (
            "If we want to find a function whose derivative is 2x + 3, let's start with the "
            "desired result and work backward. The derivative of x² + 3x + C would give us 2x "
            "+ 3.",
            {C},
        ),
        (
            "To determine the initial velocity, I know the ball reaches a height of 20 meters. "
            "Working backward from this final state using the kinematic equation h = vt - "
            "0.5gt², I can solve for the initial velocity v.",
            {C},
        ),
        ("Let's check our answer by substituting x = 3 back into the original equation.", {V}),
        (
            "To verify this is correct, I'll differentiate the antiderivative and confirm it "
            "matches the original function.",
            {V},
        ),
        (
            "Let's test our formula with a simple case: when n = 1, we get f(1) = 2, which "
            "matches our expected result.",
            {V},
        ),
        (
            "To ensure this solution is valid, I'll check if it satisfies all the given "
            "constraints.",
            {V},
        ),
        (
            "First, we need to find the derivative of f(x), then we can determine where it "
            "equals zero.",
            {S},
        ),
        (
            "To solve this system of equations, let's first isolate x in the first equation, "
            "then substitute it into the second.",
            {S},
        ),
        (
            "Let's tackle this proof in three parts: (1) prove for the base case, (2) establish "
            "the induction hypothesis, and (3) prove the inductive step.",
            {S},
        ),
        (
            "To calculate this integral, I'll first use substitution to simplify, then apply "
            "the power rule.",
            {S},
        ),
    )
)

#: Countdown traces in the style of the paper's priming data (issue 19): written in the seventh
#: session by a helper playing the generator of kanishkg/cognitive-behaviors'
#: generate_cot_datasets/api_gen.py under each of its six system prompts (25 each, from phrase
#: templates of those prompts), labelled by what each trace shows; measured blind at 8b24712.
#: Rows, each row's Countdown instance and system prompt; the traces with no behaviour are the
#: controls (all NEGATIVE_CONTROL and seven ONLY_BACKTRACKING traces that solve at once).
PRIMING_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "<think> 4 + 71 = 75.\n75 - 14 = 61.\n6 + 61 = 67.\nLet's try a different "
                "sequence.\n6 * 14 = 84.\n84 / 4 = 21.\n21 + 71 = 92. </think> <answer> ((6 * "
                "14) / 4) + 71 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 12 * 7 = 84.\n11 - 8 = 3.\n84 / 3 = 28.\n8 * 7 = 56.\n12 - 11 = 1.\n56 "
                "* 1 = 56.\n8 * 11 = 88.\n12 + 7 = 19.\n88 + 19 = 107.\n11 - 7 = 4.\n12 * 4 = "
                "48.\n48 - 8 = 40. </think> <answer> (12 * (11 - 7)) - 8 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n85 - 3 = 82. Back to the start. 85 - 15 = 70. Trying something else. "
                "85 + 35 = 120. 120 / 15 = 8. 8 + 3 = 11.\n</think>\n<answer> ((85 + 35) / 15) "
                "+ 3 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 10 * 1 = 10.\n36 - 10 = 26.\n26 + 95 = 121.\nTrying something else.\n"
                "10 * 1 = 10.\n10 + 95 = 105.\n105 - 36 = 69.\nLet me try another combination.\n"
                "95 * 1 = 95.\nTrying something else.\n1 * 10 = 10.\n10 + 36 = 46.\nBack to the "
                "start.\n10 * 1 = 10.\nLet me start over.\n10 - 1 = 9.\n36 / 9 = 4.\n95 - 4 = "
                "91. </think> <answer> 95 - (36 / (10 - 1)) </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 15 - 6 = 9. 78 + 9 = 87. 87 + 4 = 91. Let's try again. 4 * 6 = 24. 15 "
                "+ 24 = 39. 78 - 39 = 39. </think> <answer> 78 - (15 + (4 * 6)) </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n55 + 3 = 58. 58 - 3 = 55. Let me start over. 3 + 55 = 58. 58 + 3 = "
                "61.\n</think>\n<answer> (3 + 55) + 3 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 3 * 8 = 24.\n24 + 93 = 117.\n117 - 4 = 113.\nLet me start over.\n8 / 4 "
                "= 2.\n3 + 93 = 96.\n2 + 96 = 98.\nGoing back to the original numbers.\n4 + 3 = "
                "7.\n7 + 93 = 100.\n100 - 8 = 92.\nLet me start over.\n8 / 4 = 2.\n93 / 3 = "
                "31.\n31 - 2 = 29. </think> <answer> (93 / 3) - (8 / 4) </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 72 - 13 = 59. 59 - 8 = 51. 13 + 8 = 21. 72 + 21 = 93. </think> "
                "<answer> 72 + (13 + 8) </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n15 + 8 = 23.\n92 - 10 = 82.\n82 + 23 = 105.\n15 - 10 = 5.\n92 + 8 = "
                "100.\n100 / 5 = 20.\n15 + 10 = 25.\n92 - 8 = 84.\n84 - 25 = 59.\n8 + 15 = 23.\n"
                "92 - 10 = 82.\n23 + 82 = 105.\n92 - 8 = 84.\n15 + 10 = 25.\n84 + 25 = 109.\n8 "
                "+ 15 = 23.\n92 / 23 = 4.\n4 * 10 = 40.\n</think>\n<answer> (92 / (8 + 15)) * "
                "10 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 8 - 2 = 6. 6 + 88 = 94. 10 + 94 = 104. Back to the start. 10 - 2 = 8. "
                "88 / 8 = 11. 11 + 8 = 19. Let's try a different sequence. 88 - 8 = 80. 80 - 10 "
                "= 70. 70 - 2 = 68. </think> <answer> ((88 - 8) - 10) - 2 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n80 + 7 = 87.\n95 - 87 = 8.\n13 + 8 = 21.\nGoing back to the original "
                "numbers.\n13 - 7 = 6.\n80 - 6 = 74.\n95 - 74 = 21.\nGoing back to the original "
                "numbers.\n7 + 80 = 87.\n95 - 87 = 8.\n8 + 13 = 21.\nLet's try a different "
                "sequence of operations.\n7 * 95 = 665.\n665 - 80 = 585.\n585 / 13 = 45.\n"
                "</think>\n<answer> ((7 * 95) - 80) / 13 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 4 * 2 = 8.\n4 * 8 = 32.\n32 + 13 = 45.\nLet's try again.\n2 + 4 = 6.\n"
                "Back to the start.\n2 + 4 = 6.\nBack to the start.\n4 / 4 = 1.\n13 - 1 = 12.\n"
                "12 * 2 = 24. </think> <answer> (13 - (4 / 4)) * 2 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n19 + 29 = 48. 48 + 15 = 63. 3 + 63 = 66. Let me start over. 29 - 15 = "
                "14. 14 + 19 = 33. 3 * 33 = 99. Going back to the original numbers. 3 * 19 = "
                "57. Let me start over. 19 + 29 = 48. Going back to the original numbers. 29 + "
                "19 = 48. 48 - 3 = 45. 45 + 15 = 60.\n</think>\n<answer> ((29 + 19) - 3) + 15 "
                "</answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 14 * 4 = 56. 8 + 25 = 33. 56 - 33 = 23. 23 is too low. Going back to "
                "the original numbers. 25 - 14 = 11. 8 / 4 = 2. 2 + 11 = 13. Trying something "
                "else. 4 + 25 = 29. 14 + 8 = 22. 29 - 22 = 7. Let me try another combination. 4 "
                "+ 8 = 12. 25 + 14 = 39. 39 - 12 = 27. </think> <answer> (25 + 14) - (4 + 8) "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n3 + 9 = 12. 12 + 2 = 14. 13 + 14 = 27. Trying something else. 2 + 13 "
                "= 15. 3 * 9 = 27. 15 + 27 = 42. Let me start over. 13 - 2 = 11. Let's try a "
                "different sequence of operations. 13 - 9 = 4. Going back to the original "
                "numbers. 9 + 3 = 12. 12 / 2 = 6. 13 + 6 = 19.\n</think>\n<answer> 13 + ((9 + "
                "3) / 2) </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 82 + 3 = 85. 85 - 1 = 84. Let's try a different sequence of "
                "operations. 82 + 1 = 83. 83 + 3 = 86. </think> <answer> (82 + 1) + 3 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 2 + 89 = 91.\n5 + 93 = 98.\n98 - 91 = 7.\nLet me try another "
                "combination.\n93 - 5 = 88.\n2 + 88 = 90.\n90 + 89 = 179.\nLet me try another "
                "combination.\n89 + 5 = 94.\n2 * 94 = 188.\n188 - 93 = 95. </think> <answer> (2 "
                "* (89 + 5)) - 93 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think>\n63 + 10 = 73. 90 - 52 = 38. 73 + 38 = 111. Let me try another "
                "combination. 52 + 10 = 62. 62 + 63 = 125. 125 - 90 = 35.\n</think>\n<answer> "
                "((52 + 10) + 63) - 90 </answer>"
            ),
            {B},
        ),
        (
            (
                "<think> 60 / 15 = 4. 4 + 68 = 72. 87 + 72 = 159. 159 is not 80, so let's try "
                "something else. 87 - 68 = 19. 60 / 15 = 4. 19 - 4 = 15. That gives 15, which "
                "is not equal to 80. Let's try again. 87 + 68 = 155. 155 - 60 = 95. 15 + 95 = "
                "110. 110 is larger than 80. Let's try a different sequence. 87 + 60 = 147. 147 "
                "- 68 = 79. 15 + 79 = 94. Since 94 is not equal to 80, this doesn't work. Going "
                "back to the start. 87 - 68 = 19. 60 + 19 = 79. 79 + 15 = 94. 94 is not 80, "
                "let's try a different sequence of operations. 68 - 60 = 8. 15 - 8 = 7. 87 - 7 "
                "= 80. 80 was the goal, so the goal has been reached. </think> <answer> 87 - "
                "(15 - (68 - 60)) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 7 - 1 = 6. 6 / 3 = 2. 76 / 2 = 38. 38 is the target, so this works. "
                "</think> <answer> 76 / ((7 - 1) / 3) </answer>"
            ),
            {V},
        ),
        (
            (
                "<think>\n57 - 10 = 47.\n47 + 34 = 81.\n12 + 81 = 93.\n93 is not 65, so let's "
                "try something else.\n12 * 57 = 684.\n684 - 34 = 650.\n650 / 10 = 65.\nThis "
                "equals 65, the target.\n</think>\n<answer> ((12 * 57) - 34) / 10 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n40 - 12 = 28. 8 + 28 = 36. 36 + 9 = 45. 45 was the goal, so the goal "
                "has been reached.\n</think>\n<answer> (8 + (40 - 12)) + 9 </answer>"
            ),
            {V},
        ),
        (
            (
                "<think>\n6 + 2 = 8. 15 * 8 = 120. 120 - 40 = 80. 80 is not 14, so let's try "
                "something else. 40 * 6 = 240. 240 / 15 = 16. 16 - 2 = 14. 14 was the goal, so "
                "the goal has been reached.\n</think>\n<answer> ((40 * 6) / 15) - 2 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n7 * 8 = 56.\n2 * 56 = 112.\n31 + 112 = 143.\nThat gives 143, which is "
                "not equal to 84. Let's try again.\n31 + 7 = 38.\n38 * 2 = 76.\n76 + 8 = 84.\n"
                "84 is the target, so this works.\n</think>\n<answer> ((31 + 7) * 2) + 8 "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n93 / 31 = 3. 13 * 3 = 39. 39 is not 75, so let's try something else. "
                "31 - 13 = 18. 93 + 18 = 111. 111 is not 75, let's try a different sequence of "
                "operations. 13 + 31 = 44. 93 + 44 = 137. 137 is not 75, so let's try something "
                "else. 93 - 31 = 62. 13 + 62 = 75. 75 is the target, so this works.\n</think>\n"
                "<answer> 13 + (93 - 31) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 8 + 7 = 15. 60 / 3 = 20. 20 - 15 = 5. 5 is smaller than 95. Going back "
                "to the original numbers. 60 + 3 = 63. 8 - 7 = 1. 63 - 1 = 62. Since 62 is not "
                "equal to 95, this doesn't work. Going back to the start. 7 * 8 = 56. 60 / 3 = "
                "20. 56 + 20 = 76. Since 76 is not equal to 95, this doesn't work. Going back "
                "to the start. 8 - 3 = 5. 5 * 7 = 35. 35 + 60 = 95. 95 was the goal, so the "
                "goal has been reached. </think> <answer> ((8 - 3) * 7) + 60 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 24 - 15 = 9. 5 / 5 = 1. 1 * 9 = 9. 9 is smaller than 96. Back to the "
                "start. 24 - 15 = 9. 5 + 9 = 14. 5 * 14 = 70. That gives 70, which is not equal "
                "to 96. Let's try again. 24 * 5 = 120. 120 with the numbers left can't reach 96 "
                "this way, so let's backtrack. 15 + 5 = 20. 24 + 5 = 29. 29 + 20 = 49. 49 is "
                "not 96, so let's try something else. 5 * 5 = 25. From 25 I don't see a way to "
                "96. Let me go back. 15 + 5 = 20. 20 / 5 = 4. 24 * 4 = 96. 96 was the goal, so "
                "the goal has been reached. </think> <answer> 24 * ((15 + 5) / 5) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n53 - 3 = 50.\n50 / 10 = 5.\n79 - 5 = 74.\nThis equals 74, the "
                "target.\n</think>\n<answer> 79 - ((53 - 3) / 10) </answer>"
            ),
            {V},
        ),
        (
            (
                "<think>\n2 * 1 = 2.\n67 - 16 = 51.\n51 - 2 = 49.\n49 is not 18, let's try a "
                "different sequence of operations.\n2 * 1 = 2.\n16 / 2 = 8.\nFrom 8 I don't see "
                "a way to 18. Let me go back.\n67 + 16 = 83.\n83 + 1 = 84.\n84 + 2 = 86.\n86 is "
                "not 18, so let's try something else.\n1 + 67 = 68.\n68 / 2 = 34.\n34 - 16 = "
                "18.\n18 was the goal, so the goal has been reached.\n</think>\n<answer> ((1 + "
                "67) / 2) - 16 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n60 + 48 = 108. 108 - 84 = 24. 24 + 13 = 37. 37 is larger than 25. Let "
                "me try another combination. 60 - 48 = 12. 84 - 12 = 72. 72 - 13 = 59. 59 is "
                "not 25, let's try a different sequence of operations. 48 - 13 = 35. 60 * 35 = "
                "2100. 2100 / 84 = 25. The result is 25, which matches the target.\n</think>\n"
                "<answer> (60 * (48 - 13)) / 84 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n14 + 10 = 24.\n75 - 1 = 74.\n74 - 24 = 50.\n50 is not 72, let's try a "
                "different sequence of operations.\n14 + 75 = 89.\n10 * 1 = 10.\n89 + 10 = 99.\n"
                "99 is larger than 72. Let me try another combination.\n10 * 14 = 140.\n140 + 1 "
                "= 141.\n141 - 75 = 66.\n66 is smaller than 72. Back to the start.\n1 * 10 = "
                "10.\n75 + 10 = 85.\n85 - 14 = 71.\nSince 71 is not equal to 72, this doesn't "
                "work. Going back to the start.\n10 + 75 = 85.\n1 + 85 = 86.\n86 - 14 = 72.\n72 "
                "is the target, so this works.\n</think>\n<answer> (1 + (10 + 75)) - 14 "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n80 + 11 = 91. 6 + 91 = 97. 16 + 97 = 113. 113 is larger than 61. "
                "Let's try a different sequence. 80 / 16 = 5. 6 * 11 = 66. 66 - 5 = 61. This "
                "equals 61, the target.\n</think>\n<answer> (6 * 11) - (80 / 16) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n67 + 8 = 75. 10 + 75 = 85. 85 + 15 = 100. 100 is larger than 28. "
                "Going back to the original numbers. 10 * 8 = 80. 80 + 15 = 95. 95 - 67 = 28. "
                "The result is 28, which matches the target.\n</think>\n<answer> ((10 * 8) + "
                "15) - 67 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n7 * 3 = 21. 21 - 13 = 8. 29 - 8 = 21. 21 is larger than 20. Let me "
                "try another combination. 7 * 3 = 21. 13 + 29 = 42. 21 + 42 = 63. Since 63 is "
                "not equal to 20, this doesn't work. Going back to the start. 13 - 7 = 6. 29 - "
                "3 = 26. 26 - 6 = 20. The result is 20, which matches the target.\n</think>\n"
                "<answer> (29 - 3) - (13 - 7) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 10 - 6 = 4. 57 - 4 = 53. 53 - 3 = 50. That gives 50, which is not "
                "equal to 69. Let's try again. 57 + 6 = 63. 63 / 3 = 21. 21 + 10 = 31. Since 31 "
                "is not equal to 69, this doesn't work. Going back to the start. 57 + 3 = 60. "
                "60 + 6 = 66. 10 + 66 = 76. Since 76 is not equal to 69, this doesn't work. "
                "Going back to the start. 6 / 3 = 2. 2 + 57 = 59. 10 + 59 = 69. 69 was the "
                "goal, so the goal has been reached. </think> <answer> 10 + ((6 / 3) + 57) "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n91 - 77 = 14.\n99 - 28 = 71.\n71 - 14 = 57.\n57 is not 22, so let's "
                "try something else.\n28 + 91 = 119.\n119 - 99 = 20.\n77 - 20 = 57.\nSince 57 "
                "is not equal to 22, this doesn't work. Going back to the start.\n28 + 91 = "
                "119.\n119 with the numbers left can't reach 22 this way, so let's backtrack.\n"
                "91 - 77 = 14.\n28 / 14 = 2.\n2 + 99 = 101.\nSince 101 is not equal to 22, this "
                "doesn't work. Going back to the start.\n91 - 77 = 14.\n14 with the numbers "
                "left can't reach 22 this way, so let's backtrack.\n99 - 91 = 8.\n77 * 8 = "
                "616.\n616 / 28 = 22.\n22 is the target, so this works.\n</think>\n<answer> (77 "
                "* (99 - 91)) / 28 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n4 + 17 = 21. 21 with the numbers left can't reach 67 this way, so "
                "let's backtrack. 4 / 4 = 1. 85 / 17 = 5. 5 - 1 = 4. Since 4 is not equal to "
                "67, this doesn't work. Going back to the start. 4 * 4 = 16. 85 + 17 = 102. 102 "
                "- 16 = 86. Since 86 is not equal to 67, this doesn't work. Going back to the "
                "start. 17 + 4 = 21. 21 - 4 = 17. From 17 I don't see a way to 67. Let me go "
                "back. 4 / 4 = 1. 85 - 1 = 84. 84 - 17 = 67. 67 is the target, so this works.\n"
                "</think>\n<answer> (85 - (4 / 4)) - 17 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 29 - 23 = 6. 36 / 6 = 6. 6 + 9 = 15. 15 is the target, so this works. "
                "</think> <answer> (36 / (29 - 23)) + 9 </answer>"
            ),
            {V},
        ),
        (
            (
                "<think> 4 + 27 = 31.\n84 - 31 = 53.\n53 + 60 = 113.\nSince 113 is not equal to "
                "12, this doesn't work. Going back to the start.\n60 + 27 = 87.\n87 - 84 = 3.\n"
                "3 * 4 = 12.\nThe result is 12, which matches the target. </think> <answer> "
                "((60 + 27) - 84) * 4 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 5 + 31 = 36.\n14 + 36 = 50.\n7 + 50 = 57.\nThat gives 57, which is not "
                "equal to 43. Let's try again.\n31 + 7 = 38.\n38 + 14 = 52.\n52 + 5 = 57.\n57 "
                "is not 43, so let's try something else.\n14 - 7 = 7.\n5 + 31 = 36.\n7 + 36 = "
                "43.\n43 was the goal, so the goal has been reached. </think> <answer> (14 - 7) "
                "+ (5 + 31) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n11 + 1 = 12.\n12 / 6 = 2.\n2 is smaller than 77. Let me try another "
                "combination.\n6 + 1 = 7.\n11 * 7 = 77.\n77 is the target, so this works.\n"
                "</think>\n<answer> 11 * (6 + 1) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n11 + 19 = 30. 30 / 6 = 5. 5 is not 24, so let's try something else. "
                "19 + 11 = 30. 30 - 6 = 24. The result is 24, which matches the target.\n"
                "</think>\n<answer> (19 + 11) - 6 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n15 + 13 = 28. From 28 I don't see a way to 46. Let me go back. 15 + "
                "14 = 29. 34 + 13 = 47. 29 + 47 = 76. Since 76 is not equal to 46, this doesn't "
                "work. Going back to the start. 34 + 13 = 47. 15 + 47 = 62. 62 - 14 = 48. 48 is "
                "not 46, let's try a different sequence of operations. 15 + 34 = 49. 49 with "
                "the numbers left can't reach 46 this way, so let's backtrack. 34 - 13 = 21. 21 "
                "- 14 = 7. 15 - 7 = 8. 8 is not 46, let's try a different sequence of "
                "operations. 34 - 15 = 19. 13 + 14 = 27. 19 + 27 = 46. This equals 46, the "
                "target.\n</think>\n<answer> (34 - 15) + (13 + 14) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> Since the target is 51 and 87 - 36 = 51, I need 36 from the remaining "
                "numbers. 80 / 2 = 40. 1 + 40 = 41. Let's try a different sequence. Since the "
                "target is 51, and 51 + 1 = 52, we need to build 52 and then subtract 1. 87 + 2 "
                "= 89. 89 - 80 = 9. Let's try a different sequence. Let's work backwards from "
                "the target. 51 + 2 = 53. So we need 53. 87 * 1 = 87. 87 - 80 = 7. Let's try a "
                "different sequence. Let's work backwards from the target. 80 - 51 = 29. So we "
                "need 29 to subtract from 80. 2 + 1 = 3. 87 / 3 = 29. So, 80 - 29 = 51. "
                "</think> <answer> 80 - (87 / (2 + 1)) </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\n28 * 3 = 84. 1 * 2 = 2. 84 - 2 = 82. Let me start over. Working from "
                "the target this time. Since the target is 39 and 39 - 3 = 36, we want to make "
                "36 with the rest. 28 - 2 = 26. 26 * 1 = 26. Trying something else. Since the "
                "target is 39 and 39 / 3 = 13, the other numbers must make 13. 28 / 2 = 14. 14 "
                "- 1 = 13. So, 13 * 3 = 39.\n</think>\n<answer> ((28 / 2) - 1) * 3 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Working backwards: 20 = 40 / 2, so the rest should give 40. 4 - 1 = 3. "
                "3 + 37 = 40. So, 40 / 2 = 20. </think> <answer> ((4 - 1) + 37) / 2 </answer>"
            ),
            {C},
        ),
        (
            (
                "<think> Let's work backwards from the target. 25 + 31 = 56. So we need 56.\n3 "
                "* 10 = 30.\n30 + 14 = 44.\nTrying something else.\nSince the target is 25 and "
                "25 - 10 = 15, we want to make 15 with the rest.\n14 + 31 = 45.\n45 / 3 = 15.\n"
                "So, 15 + 10 = 25. </think> <answer> ((14 + 31) / 3) + 10 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\n8 + 10 = 18.\n18 + 15 = 33.\n39 + 33 = 72.\nTrying something else. "
                "Working from the target this time.\nLet's work backwards from the target. 39 - "
                "22 = 17. So we need 17 to subtract from 39.\n15 - 8 = 7.\n7 + 10 = 17.\nSo, 39 "
                "- 17 = 22.\n</think>\n<answer> 39 - ((15 - 8) + 10) </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Let's work backwards from the target. 39 + 3 = 42. So we need 42. 17 + "
                "12 = 29. Trying something else. Let's work backwards from the target. 39 / 3 = "
                "13. So we need 13 to multiply by 3. 17 + 12 = 29. Let's try a different "
                "sequence. Working backwards: 39 = 51 - 12, so I need 51 from the other "
                "numbers. 17 * 3 = 51. So, 51 - 12 = 39. </think> <answer> (17 * 3) - 12 "
                "</answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Since the target is 29, and 29 + 96 = 125, we need to build 125 and "
                "then subtract 96. 5 * 10 = 50. 50 - 4 = 46. Let's go back and use a different "
                "number than 96. Working backwards: 29 = 19 + 10, so the remaining numbers have "
                "to give 19. 96 / 4 = 24. 24 - 5 = 19. So, 19 + 10 = 29. </think> <answer> ((96 "
                "/ 4) - 5) + 10 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\nWorking backwards: 41 = 66 - 25, so I need 66 from the other numbers. "
                "2 * 5 = 10. 97 - 10 = 87. Let's go back and use a different number than 25. "
                "Let's work backwards from the target. 41 - 2 = 39. So we need 39 from the "
                "other numbers. 97 - 5 = 92. 92 - 25 = 67. Let's try a different sequence. "
                "Since the target is 41, and 41 + 5 = 46, we need to build 46 and then subtract "
                "5. 25 - 2 = 23. 97 + 23 = 120. Trying something else. Working backwards: 41 = "
                "82 / 2, so the rest should give 82. 25 + 97 = 122. 122 + 5 = 127. Let's try a "
                "different sequence. Let's work backwards from the target. 41 - 5 = 36. So we "
                "need 36 from the other numbers. 97 - 25 = 72. 72 / 2 = 36. So, 36 + 5 = 41.\n"
                "</think>\n<answer> ((97 - 25) / 2) + 5 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Working backwards: 55 = 62 - 7, so I need 62 from the other numbers. "
                "77 - 21 = 56. 56 + 8 = 64. Trying something else. Since the target is 55 and "
                "55 - 8 = 47, we want to make 47 with the rest. 7 + 21 = 28. 77 + 28 = 105. "
                "Let's go back and use a different number than 8. Working backwards: 55 = 63 - "
                "8, so I need 63 from the other numbers. 77 - 21 = 56. 7 + 56 = 63. So, 63 - 8 "
                "= 55. </think> <answer> (7 + (77 - 21)) - 8 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\n35 - 14 = 21. 21 + 60 = 81. 8 + 81 = 89. Trying something else. Let's "
                "work backwards instead. Working backwards: 87 = 95 - 8, so I need 95 from the "
                "other numbers. 35 - 14 = 21. 21 + 60 = 81. Let's try a different sequence. "
                "Since the target is 87 and 87 - 35 = 52, we want to make 52 with the rest. 8 * "
                "14 = 112. 112 - 60 = 52. So, 52 + 35 = 87.\n</think>\n<answer> ((8 * 14) - 60) "
                "+ 35 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> 36 + 10 = 46. 46 + 4 = 50. Let me try another combination. Working "
                "from the target this time. Let's work backwards from the target. 36 - 19 = 17. "
                "So we need 17 to subtract from 36. 4 + 10 = 14. Let's go back and use a "
                "different number than 36. Working backwards: 19 = 29 - 10, so I need 29 from "
                "the other numbers. 36 - 4 = 32. Trying something else. Since the target is 19, "
                "and 19 + 4 = 23, we need to build 23 and then subtract 4. 36 + 10 = 46. Let's "
                "try a different sequence. Since the target is 19, and 19 + 36 = 55, we need to "
                "build 55 and then subtract 36. 10 - 4 = 6. Let's try a different sequence. "
                "Since the target is 19 and 19 - 4 = 15, we want to make 15 with the rest. 10 + "
                "36 = 46. Trying something else. Working backwards: 19 = 9 + 10, so the "
                "remaining numbers have to give 9. 36 / 4 = 9. So, 9 + 10 = 19. </think> "
                "<answer> (36 / 4) + 10 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Let's work backwards from the target. 35 + 10 = 45. So we need 45.\n2 "
                "* 34 = 68.\n68 - 11 = 57.\nLet's go back and use a different number than 10.\n"
                "Working backwards: 35 = 33 + 2, so the remaining numbers have to give 33.\n11 "
                "- 10 = 1.\n34 - 1 = 33.\nSo, 33 + 2 = 35. </think> <answer> (34 - (11 - 10)) + "
                "2 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> 4 + 15 = 19. 19 - 2 = 17. 7 + 17 = 24. Let's try a different sequence. "
                "Let's work backwards instead. Working backwards: 21 = 17 + 4, so the remaining "
                "numbers have to give 17. 7 * 15 = 105. 105 + 2 = 107. Let's try a different "
                "sequence. Since the target is 21 and 21 - 2 = 19, we want to make 19 with the "
                "rest. 15 * 4 = 60. 7 + 60 = 67. Trying something else. Working backwards: 21 = "
                "36 - 15, so I need 36 from the other numbers. 7 + 2 = 9. 9 * 4 = 36. So, 36 - "
                "15 = 21. </think> <answer> ((7 + 2) * 4) - 15 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Since the target is 30 and 30 - 4 = 26, we want to make 26 with the "
                "rest. 10 + 17 = 27. 8 + 27 = 35. Let's go back and use a different number than "
                "4. Let's work backwards from the target. 30 + 4 = 34. So we need 34. 10 - 8 = "
                "2. 2 * 17 = 34. So, 34 - 4 = 30. </think> <answer> ((10 - 8) * 17) - 4 "
                "</answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Working backwards: 69 = 68 + 1, so the remaining numbers have to give "
                "68. 3 * 31 = 93. 93 - 25 = 68. So, 68 + 1 = 69. </think> <answer> ((3 * 31) - "
                "25) + 1 </answer>"
            ),
            {C},
        ),
        (
            (
                "<think> Since the target is 49 and 67 - 18 = 49, I need 18 from the remaining "
                "numbers.\n57 - 3 = 54.\n54 / 3 = 18.\nSo, 67 - 18 = 49. </think> <answer> 67 - "
                "((57 - 3) / 3) </answer>"
            ),
            {C},
        ),
        (
            (
                "<think>\n34 + 80 = 114.\n14 + 16 = 30.\n114 - 30 = 84.\nLet's try a different "
                "sequence. Working from the target this time.\nSince the target is 25, and 25 + "
                "34 = 59, we need to build 59 and then subtract 34.\n14 + 16 = 30.\n80 + 30 = "
                "110.\nLet's go back and use a different number than 34.\nLet's work backwards "
                "from the target. 25 + 14 = 39. So we need 39.\n80 / 16 = 5.\n5 + 34 = 39.\nSo, "
                "39 - 14 = 25.\n</think>\n<answer> ((80 / 16) + 34) - 14 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Let's work backwards from the target. 61 - 12 = 49. So we need 49 from "
                "the other numbers.\n12 - 7 = 5.\n90 / 5 = 18.\nLet's try a different "
                "sequence.\nSince the target is 61 and 61 - 7 = 54, we want to make 54 with the "
                "rest.\n12 * 12 = 144.\n144 - 90 = 54.\nSo, 54 + 7 = 61. </think> <answer> ((12 "
                "* 12) - 90) + 7 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> 62 - 5 = 57. 57 - 4 = 53. 53 - 1 = 52. Let's try a different sequence. "
                "Let's work backwards instead. Since the target is 61 and 61 - 1 = 60, we want "
                "to make 60 with the rest. 5 + 62 = 67. 4 + 67 = 71. Let's try a different "
                "sequence. Working backwards: 61 = 123 - 62, so I need 123 from the other "
                "numbers. 1 + 4 = 5. 5 / 5 = 1. Trying something else. Working backwards: 61 = "
                "56 + 5, so the remaining numbers have to give 56. 4 + 1 = 5. 62 + 5 = 67. "
                "Let's go back and use a different number than 5. Let's work backwards from the "
                "target. 61 + 4 = 65. So we need 65. 1 + 5 = 6. 6 + 62 = 68. Let's go back and "
                "use a different number than 4. Let's work backwards from the target. 61 + 5 = "
                "66. So we need 66. 62 * 1 = 62. 62 + 4 = 66. So, 66 - 5 = 61. </think> "
                "<answer> ((62 * 1) + 4) - 5 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\nLet's work backwards from the target. 29 * 5 = 145. So we need 145, "
                "then divide by 5.\n8 + 14 = 22.\n22 + 91 = 113.\nLet's try a different "
                "sequence.\nSince the target is 29 and 29 - 8 = 21, we want to make 21 with the "
                "rest.\n14 + 91 = 105.\n105 / 5 = 21.\nSo, 21 + 8 = 29.\n</think>\n<answer> "
                "((14 + 91) / 5) + 8 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\n10 * 10 = 100. 6 + 40 = 46. 100 - 46 = 54. Trying something else. "
                "Working from the target this time. Working backwards: 34 = 74 - 40, so I need "
                "74 from the other numbers. 10 / 10 = 1. 6 + 1 = 7. Trying something else. "
                "Working backwards: 34 = 28 + 6, so the remaining numbers have to give 28. 40 / "
                "10 = 4. 4 + 10 = 14. Let's try a different sequence. Let's work backwards from "
                "the target. 34 + 6 = 40. So we need 40. 40 - 10 = 30. 30 + 10 = 40. So, 40 - 6 "
                "= 34.\n</think>\n<answer> ((40 - 10) + 10) - 6 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\n5 + 15 = 20. 89 - 13 = 76. 76 + 20 = 96. Trying something else. Let's "
                "work backwards instead. Working backwards: 56 = 43 + 13, so the remaining "
                "numbers have to give 43. 15 * 5 = 75. 89 - 75 = 14. Trying something else. "
                "Let's work backwards from the target. 89 - 56 = 33. So we need 33 to subtract "
                "from 89. 15 + 5 = 20. 13 + 20 = 33. So, 89 - 33 = 56.\n</think>\n<answer> 89 - "
                "(13 + (15 + 5)) </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\nSince the target is 91 and 91 - 11 = 80, we want to make 80 with the "
                "rest. 12 + 90 = 102. Trying something else. Let's work backwards from the "
                "target. 91 + 90 = 181. So we need 181. 12 - 11 = 1. Let's try a different "
                "sequence. Since the target is 91 and 91 - 12 = 79, we want to make 79 with the "
                "rest. 90 - 11 = 79. So, 79 + 12 = 91.\n</think>\n<answer> (90 - 11) + 12 "
                "</answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\nLet's work backwards from the target. 18 + 85 = 103. So we need 103.\n"
                "12 - 9 = 3.\n3 + 99 = 102.\nLet's go back and use a different number than 85.\n"
                "Since the target is 18 and 99 - 81 = 18, I need 81 from the remaining "
                "numbers.\n85 + 9 = 94.\n94 - 12 = 82.\nLet's go back and use a different "
                "number than 99.\nWorking backwards: 18 = 6 + 12, so the remaining numbers have "
                "to give 6.\n99 / 9 = 11.\n11 + 85 = 96.\nLet's try a different sequence.\n"
                "Let's work backwards from the target. 18 + 99 = 117. So we need 117.\n12 + 85 "
                "= 97.\n97 - 9 = 88.\nTrying something else.\nSince the target is 18 and 18 - 9 "
                "= 9, we want to make 9 with the rest.\n99 - 85 = 14.\n14 - 12 = 2.\nLet's go "
                "back and use a different number than 9.\nWorking backwards: 18 = 2 * 9, so I "
                "need 2.\n99 - 85 = 14.\n14 - 12 = 2.\nSo, 2 * 9 = 18.\n</think>\n<answer> ((99 "
                "- 85) - 12) * 9 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> Since the target is 26 and 26 - 6 = 20, we want to make 20 with the "
                "rest. 33 / 11 = 3. 3 + 52 = 55. Trying something else. Since the target is 26 "
                "and 33 - 7 = 26, I need 7 from the remaining numbers. 11 + 52 = 63. 63 - 6 = "
                "57. Trying something else. Let's work backwards from the target. 26 + 33 = 59. "
                "So we need 59. 11 + 6 = 17. 52 - 17 = 35. Trying something else. Working "
                "backwards: 26 = 32 - 6, so I need 32 from the other numbers. 33 + 52 = 85. 11 "
                "+ 85 = 96. Let's go back and use a different number than 6. Working backwards: "
                "26 = 52 / 2, so I need 2. 33 / 11 = 3. 6 / 3 = 2. So, 52 / 2 = 26. </think> "
                "<answer> 52 / (6 / (33 / 11)) </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think>\nLet's first try to reach 34 since it is close to 37. 55 - 5 = 50, 55 "
                "/ 5 = 11. Back to the start. Let's first try to reach 42 since it is close to "
                "37. 13 + 55 = 68, 13 * 5 = 65. Let's try a different subgoal. Let's first try "
                "to reach 50 and after that take away 13. 55 + 5 = 60, let's try a different "
                "sequence. 55 - 5 = 50. Now, 50 - 13 = 37.\n</think>\n<answer> (55 - 5) - 13 "
                "</answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 58 since it is close to 56. 47 - 13 = 34, 6 + 13 = "
                "19. Back to the start. Let's first try to reach 54 since it is close to 56. 16 "
                "+ 47 = 63. Let's try a different subgoal. Let's first try to reach 40 so that "
                "I can then add 16. 47 + 6 = 53. 53 - 13 = 40. Now, 40 + 16 = 56. </think> "
                "<answer> ((47 + 6) - 13) + 16 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's try to reach 22 since it is close to 24. 9 + 72 = 81, 72 + 9 = "
                "81. Let's try a different subgoal. Now let's aim for 48 so that I can then "
                "subtract it from 72. 7 * 9 = 63. 63 - 15 = 48. Now, 72 - 48 = 24.\n</think>\n"
                "<answer> 72 - ((7 * 9) - 15) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's try to reach 72 since it is close to 69.\n81 - 2 = 79.\nLet's "
                "try a different subgoal.\nSubgoal: make 67 from 81, 14, because it is near "
                "69.\n14 + 81 = 95, let's try a different sequence.\n81 - 14 = 67.\nNow, 67 + 2 "
                "= 69.\n</think>\n<answer> (81 - 14) + 2 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's first try to reach 14 since it is close to 11.\n44 - 15 = 29,\n"
                "36 * 2 = 72.\nLet's try a different sequence.\nLet's first try to reach 13 "
                "since it is close to 11.\n15 + 2 = 17.\nLet's try a different sequence.\nLet's "
                "first try to reach 26 and after that take away 15.\n36 / 2 = 18.\n44 - 18 = "
                "26.\nNow, 26 - 15 = 11. </think> <answer> (44 - (36 / 2)) - 15 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nSubgoal: make 69 from 6, 30, 45, because 69 is a multiple of 23. 45 + "
                "30 = 75. 75 - 6 = 69. Now, 69 / 3 = 23.\n</think>\n<answer> ((45 + 30) - 6) / "
                "3 </answer>"
            ),
            {S},
        ),
        (
            (
                "<think> Subgoal: get to 28 since it is close to 31.\n4 + 13 = 17.\nLet's try a "
                "different subgoal.\nSubgoal: get to 28 since it is close to 31.\n7 + 9 = 16,\n"
                "7 + 4 = 11.\nBack to the start.\nNow let's aim for 124 since it is a multiple "
                "of 31.\n13 * 9 = 117, let's try a different sequence.\n13 * 9 = 117.\n7 + 117 "
                "= 124.\nNow, 124 / 4 = 31. </think> <answer> (7 + (13 * 9)) / 4 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 50 since it is close to 53. 7 * 4 = 28, 4 + 98 = "
                "102. Let's try a different subgoal. Let's first try to reach 106 since it is a "
                "multiple of 53. 7 * 4 = 28. Trying something else. Let's first try to reach 45 "
                "so that I can then subtract it from 98. 4 * 7 = 28, let's try a different "
                "sequence. 7 + 4 = 11. 34 + 11 = 45. Now, 98 - 45 = 53. </think> <answer> 98 - "
                "(34 + (7 + 4)) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Subgoal: get to 27 since it is close to 31.\n13 - 3 = 10,\n3 * 13 = "
                "39.\nTrying something else.\nLet's try to reach 29 since it is close to 31.\n6 "
                "* 13 = 78,\n6 + 3 = 9.\nBack to the start.\nSubgoal: make 18 from 6, 3, and "
                "then add 13 to it.\n6 * 3 = 18.\nNow, 18 + 13 = 31. </think> <answer> (6 * 3) "
                "+ 13 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Subgoal: make 82 from 13, 9, 7, as it is close to the target. 7 * 13 = "
                "91, let's try a different sequence. 13 * 7 = 91. 91 - 9 = 82. Now, 82 + 10 = "
                "92. </think> <answer> ((13 * 7) - 9) + 10 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's first try to reach 56 since it is a multiple of 28. 29 + 14 = "
                "43, 2 * 14 = 28. Trying something else. Let's first try to reach 30 as it is "
                "close to the target. 29 + 14 = 43, let's try a different sequence. 14 / 14 = "
                "1. 29 + 1 = 30. Now, 30 - 2 = 28.\n</think>\n<answer> (29 + (14 / 14)) - 2 "
                "</answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nNow let's aim for 6 and then take it away from 64. 72 / 6 = 12. 12 / "
                "2 = 6. Now, 64 - 6 = 58.\n</think>\n<answer> 64 - ((72 / 6) / 2) </answer>"
            ),
            {S},
        ),
        (
            (
                "<think> Let's first try to reach 4 since it is a factor of 80.\n3 + 9 = 12.\n"
                "Let's try a different sequence.\nLet's first try to reach 160 since it is a "
                "multiple of 80.\n9 / 3 = 3.\nLet's try a different subgoal.\nSubgoal: get to "
                "83 since it is close to 80.\n9 / 3 = 3.\nTrying something else.\nLet's first "
                "try to reach 74 since it is close to 80.\n12 * 3 = 36,\n95 + 9 = 104.\nLet's "
                "try a different subgoal.\nLet's try to reach 85 since it is close to 80.\n3 + "
                "9 = 12.\nTrying something else.\nSubgoal: make 68 from 9, 95, 3, since it is "
                "close to 80.\n9 * 3 = 27.\n95 - 27 = 68.\nNow, 68 + 12 = 80. </think> <answer> "
                "(95 - (9 * 3)) + 12 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's first try to reach 63 since it is close to 67. 14 + 55 = 69, 8 "
                "+ 10 = 18. Let's try a different sequence. Let's first try to reach 65 since "
                "it is close to 67. 8 + 10 = 18, 14 + 8 = 22. Let's try a different subgoal. "
                "Let's first try to reach 57 since it is close to 67. 14 * 8 = 112. 112 - 55 = "
                "57. Now, 57 + 10 = 67.\n</think>\n<answer> ((14 * 8) - 55) + 10 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's first try to reach 45 so that I can then subtract it from 67.\n"
                "7 * 5 = 35, let's try a different sequence.\n2 + 7 = 9.\n9 * 5 = 45.\nNow, 67 "
                "- 45 = 22.\n</think>\n<answer> 67 - ((2 + 7) * 5) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 20 since it is close to 17. 8 * 15 = 120. Let's try "
                "a different sequence. Subgoal: make 32 from 4, 8, and after that take away 15. "
                "4 * 8 = 32. Now, 32 - 15 = 17. </think> <answer> (4 * 8) - 15 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 12 since it is a factor of 84.\n7 + 86 = 93.\nBack "
                "to the start.\nSubgoal: make 2 from 7, 14, and then take it away from 86.\n14 "
                "/ 7 = 2.\nNow, 86 - 2 = 84. </think> <answer> 86 - (14 / 7) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 44 since it is close to 42. 9 + 40 = 49, 7 + 9 = "
                "16. Let's try a different subgoal. Now let's aim for 2 and then add 40 to it. "
                "9 - 7 = 2. Now, 2 + 40 = 42. </think> <answer> (9 - 7) + 40 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nSubgoal: get to 49 since it is a factor of 98. 5 + 4 = 9. Let's try a "
                "different subgoal. Subgoal: make 7 from 4, 5, 7, since it is a factor of 98. 5 "
                "- 4 = 1. 7 * 1 = 7. Now, 7 * 14 = 98.\n</think>\n<answer> (7 * (5 - 4)) * 14 "
                "</answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Subgoal: get to 78 since it is close to 81.\n76 + 13 = 89,\n13 + 92 = "
                "105.\nLet's try a different subgoal.\nLet's try to reach 79 since it is close "
                "to 81.\n5 * 13 = 65.\nLet's try a different sequence.\nSubgoal: get to 75 "
                "since it is close to 81.\n13 + 92 = 105,\n76 + 13 = 89.\nTrying something "
                "else.\nLet's first try to reach 27 since it is a factor of 81.\n5 + 13 = 18,\n"
                "76 + 13 = 89.\nTrying something else.\nSubgoal: make 157 from 5, 92, 13, so "
                "that I can then subtract 76.\n13 * 5 = 65, let's try a different sequence.\n5 "
                "* 13 = 65.\n92 + 65 = 157.\nNow, 157 - 76 = 81. </think> <answer> (92 + (5 * "
                "13)) - 76 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nLet's try to reach 3 since it is a factor of 21. 8 + 92 = 100, 25 + "
                "92 = 117. Let's try a different sequence. Subgoal: make 4 from 8, 92, 25, "
                "since it is a useful intermediate number. 8 + 92 = 100. 100 / 25 = 4. Now, 84 "
                "/ 4 = 21.\n</think>\n<answer> 84 / ((8 + 92) / 25) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nSubgoal: get to 28 since it is close to 30.\n14 * 5 = 70,\n4 + 84 = "
                "88.\nTrying something else.\nNow let's aim for 16 so that I can then add 14.\n"
                "84 - 4 = 80.\n80 / 5 = 16.\nNow, 16 + 14 = 30.\n</think>\n<answer> ((84 - 4) / "
                "5) + 14 </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think> Let's try to reach 31 since it is close to 26.\n40 + 1 = 41.\nLet's "
                "try a different sequence.\nLet's try to reach 29 since it is close to 26.\n40 "
                "* 1 = 40.\nLet's try a different subgoal.\nSubgoal: make 50 from 1, 11, 40, so "
                "that I can then subtract it from 76.\n1 * 40 = 40, let's try a different "
                "sequence.\n11 - 1 = 10.\n10 + 40 = 50.\nNow, 76 - 50 = 26. </think> <answer> "
                "76 - ((11 - 1) + 40) </answer>"
            ),
            {B, S},
        ),
        (
            (
                "<think>\nNow let's aim for 1 and then add 71 to it. 3 * 3 = 9. 10 - 9 = 1. "
                "Now, 1 + 71 = 72.\n</think>\n<answer> (10 - (3 * 3)) + 71 </answer>"
            ),
            {S},
        ),
        (
            (
                "<think>\nNow let's aim for 2 so that I can then add 11.\n1 * 10 = 10.\n10 - 8 "
                "= 2.\nNow, 2 + 11 = 13.\n</think>\n<answer> ((1 * 10) - 8) + 11 </answer>"
            ),
            {S},
        ),
        (
            (
                "<think> 6 * 2 = 12. 88 + 8 = 96. 96 + 12 = 108. That gives 108, which is over "
                "the target. Let me try again. Since the target is 84 and 88 - 4 = 84, I need 4 "
                "from the remaining numbers. Subgoal: 4 from 8, 2, 6. 8 - 6 = 2. 2 * 2 = 4. 4 "
                "reached. Now, 88 - 4 = 84. 84 was the goal, so the goal has been reached. "
                "</think> <answer> 88 - ((8 - 6) * 2) </answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think> 26 - 17 = 9. 49 + 9 = 58. 58 + 16 = 74. This equals 74, the target. "
                "</think> <answer> (49 + (26 - 17)) + 16 </answer>"
            ),
            {V},
        ),
        (
            (
                "<think>\n64 / 2 = 32.\n92 - 32 = 60.\nThat gives 60, which is over the target. "
                "Let me try again.\n92 / 2 = 46.\n64 - 46 = 18.\n18 was the goal, so the goal "
                "has been reached.\n</think>\n<answer> 64 - (92 / 2) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 47 + 89 = 136. 136 / 8 = 17. 17 + 40 = 57. This equals 57, the target. "
                "</think> <answer> ((47 + 89) / 8) + 40 </answer>"
            ),
            {V},
        ),
        (
            (
                "<think>\nSubgoal: reach 92 and after that take away 38.\n85 + 12 = 97.\n97 - 5 "
                "= 92.\nNow, 92 - 38 = 54.\n54 was the goal, so the goal has been reached.\n"
                "</think>\n<answer> ((85 + 12) - 5) - 38 </answer>"
            ),
            {V, S},
        ),
        (
            (
                "<think> Let's first try to reach 77 as it is close to the target. 42 + 49 = "
                "91. 91 - 14 = 77. Now, 77 - 13 = 64. The result is 64, which matches the "
                "target. </think> <answer> ((42 + 49) - 14) - 13 </answer>"
            ),
            {V, S},
        ),
        (
            (
                "<think>\nSubgoal: reach 82 and after that take away 71. 10 - 7 = 3. 85 - 3 = "
                "82. Now, 82 - 71 = 11. The result is 11, which matches the target.\n</think>\n"
                "<answer> (85 - (10 - 7)) - 71 </answer>"
            ),
            {V, S},
        ),
        (
            (
                "<think>\n66 + 12 = 78. 6 + 78 = 84. 84 is not 48, let's try a different "
                "sequence of operations. Working backwards: 48 = 54 - 6, so I need 54 from the "
                "other numbers. Let's first try to reach 54. 66 - 12 = 54. 54 reached. Now, 54 "
                "- 6 = 48. This equals 48, the target.\n</think>\n<answer> (66 - 12) - 6 "
                "</answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think>\n21 / 7 = 3. 8 + 3 = 11. 11 + 13 = 24. 24 is not 34, let's try a "
                "different sequence of operations. 13 - 8 = 5. 21 - 5 = 16. 16 - 7 = 9. 9 is "
                "not 34, so let's try something else. 8 + 7 = 15. 21 - 13 = 8. 15 + 8 = 23. "
                "That gives 23, which is under the target. Let me try again. 8 - 7 = 1. 13 + 21 "
                "= 34. 34 * 1 = 34. The result is 34, which matches the target.\n</think>\n"
                "<answer> (13 + 21) * (8 - 7) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n9 * 13 = 117. 117 / 3 = 39. 39 - 12 = 27. Let's try a different "
                "sequence. 13 + 3 = 16. 9 + 16 = 25. 25 - 12 = 13. Let's try a different "
                "sequence. 12 + 13 = 25. 25 * 3 = 75. 75 + 9 = 84. Let's try a different "
                "sequence of operations. 13 + 3 = 16. 16 - 9 = 7. 7 * 12 = 84. Let me start "
                "over. Working backwards: 40 = 27 + 13, so the remaining numbers have to give "
                "27. 12 * 3 = 36. 36 - 9 = 27. Now, 27 + 13 = 40.\n</think>\n<answer> ((12 * 3) "
                "- 9) + 13 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> 10 * 5 = 50. 74 - 50 = 24. 75 + 24 = 99. That gives 99, which is over "
                "the target. Let me try again. 75 - 74 = 1. 10 + 1 = 11. 5 * 11 = 55. 55 was "
                "the goal, so the goal has been reached. </think> <answer> 5 * (10 + (75 - 74)) "
                "</answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n1 + 9 = 10. 16 - 10 = 6. 6 - 5 = 1. That gives 1, which is under the "
                "target. Let me try again. Let's work backwards from the target. 61 - 16 = 45. "
                "So we need 45 from the other numbers. So 45 is my subgoal. 9 * 1 = 9. 5 * 9 = "
                "45. 45 reached. Now, 45 + 16 = 61. The result is 61, which matches the "
                "target.\n</think>\n<answer> (5 * (9 * 1)) + 16 </answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think> 10 + 4 = 14.\n14 * 4 = 56.\n56 - 14 = 42.\n42 is not 34, so let's try "
                "something else.\n14 * 10 = 140.\n140 - 4 = 136.\n136 / 4 = 34.\nThis equals "
                "34, the target. </think> <answer> ((14 * 10) - 4) / 4 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 94 - 4 = 90.\n46 + 12 = 58.\n90 - 58 = 32.\nThat gives 32, which is "
                "under the target. Let me try again.\nSince the target is 56 and 94 - 38 = 56, "
                "I need 38 from the remaining numbers.\n46 + 4 = 50.\n50 - 12 = 38.\nNow, 94 - "
                "38 = 56.\nThe result is 56, which matches the target. </think> <answer> 94 - "
                "((46 + 4) - 12) </answer>"
            ),
            {V, B, C},
        ),
        (
            (
                "<think>\n11 + 7 = 18. 18 * 6 = 108. 108 + 9 = 117. That gives 117, which is "
                "over the target. Let me try again. 7 + 11 = 18. 6 * 9 = 54. 54 - 18 = 36. That "
                "gives 36, which is over the target. Let me try again. 6 * 7 = 42. 42 + 9 = 51. "
                "51 + 11 = 62. That gives 62, which is over the target. Let me try again. 9 - 7 "
                "= 2. 11 + 6 = 17. 17 - 2 = 15. The result is 15, which matches the target.\n"
                "</think>\n<answer> (11 + 6) - (9 - 7) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n75 - 2 = 73. 5 + 10 = 15. 73 - 15 = 58. Trying something else. 75 - 5 "
                "= 70. 70 / 10 = 7. 7 * 2 = 14. Trying something else. 2 * 75 = 150. 10 + 150 = "
                "160. 160 / 5 = 32. Going back to the original numbers. Since the target is 82 "
                "and 82 - 75 = 7, we want to make 7 with the rest. 10 + 2 = 12. 12 - 5 = 7. "
                "Now, 7 + 75 = 82.\n</think>\n<answer> ((10 + 2) - 5) + 75 </answer>"
            ),
            {B, C},
        ),
        (
            (
                "<think> 44 + 75 = 119. 2 * 9 = 18. 119 - 18 = 101. 101 is not 42, so let's try "
                "something else. 2 + 9 = 11. 75 - 44 = 31. 31 + 11 = 42. This equals 42, the "
                "target. </think> <answer> (75 - 44) + (2 + 9) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think>\n10 - 6 = 4.\n13 * 3 = 39.\n39 - 4 = 35.\n35 is not 64, so let's try "
                "something else.\n10 - 6 = 4.\n13 + 3 = 16.\n16 * 4 = 64.\nThis equals 64, the "
                "target.\n</think>\n<answer> (13 + 3) * (10 - 6) </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 38 - 9 = 29. 29 + 46 = 75. 75 + 42 = 117. That gives 117, which is "
                "over the target. Let me try again. Let's first try to reach 5 and then take it "
                "away from 38. 42 + 9 = 51. 51 - 46 = 5. 5 reached. Now, 38 - 5 = 33. The "
                "result is 33, which matches the target. </think> <answer> 38 - ((42 + 9) - 46) "
                "</answer>"
            ),
            {V, B, S},
        ),
        (
            (
                "<think> 13 + 65 = 78. 5 + 11 = 16. 78 - 16 = 62. 62 is not 60, so let's try "
                "something else. 65 + 5 = 70. 13 - 11 = 2. 70 - 2 = 68. 68 is not 60, let's try "
                "a different sequence of operations. 65 - 11 = 54. 54 - 5 = 49. 13 + 49 = 62. "
                "That gives 62, which is over the target. Let me try again. 13 * 5 = 65. 65 / "
                "65 = 1. 11 * 1 = 11. That gives 11, which is under the target. Let me try "
                "again. Since the target is 60 and 60 - 5 = 55, we want to make 55 with the "
                "rest. Let's first try to reach 55. 65 / 13 = 5. 11 * 5 = 55. 55 reached. Now, "
                "55 + 5 = 60. The result is 60, which matches the target. </think> <answer> (11 "
                "* (65 / 13)) + 5 </answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think>\n14 * 3 = 42. 33 + 42 = 75. 75 / 15 = 5. That gives 5, which is under "
                "the target. Let me try again. 15 * 14 = 210. 33 + 210 = 243. 243 / 3 = 81. 81 "
                "was the goal, so the goal has been reached.\n</think>\n<answer> (33 + (15 * "
                "14)) / 3 </answer>"
            ),
            {V, B},
        ),
        (
            (
                "<think> 22 - 2 = 20. 93 + 20 = 113. That gives 113, which is over the target. "
                "Let me try again. Let's work backwards from the target. 93 - 49 = 44. So we "
                "need 44 to subtract from 93. Let's first try to reach 44. 22 * 2 = 44. 44 "
                "reached. Now, 93 - 44 = 49. The result is 49, which matches the target. "
                "</think> <answer> 93 - (22 * 2) </answer>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think> Working backwards: 78 = 102 - 24, so I need 102 from the other "
                "numbers.\nLet's first try to reach 102.\n33 / 11 = 3.\n3 * 34 = 102.\nNow, 102 "
                "- 24 = 78. </think> <answer> ((33 / 11) * 34) - 24 </answer>"
            ),
            {S, C},
        ),
        (
            (
                "<think>\nLet's first try to reach 80 because it is near 73.\n11 + 5 = 16.\n16 "
                "* 5 = 80.\nNow, 80 - 7 = 73.\nThis equals 73, the target.\n</think>\n<answer> "
                "((11 + 5) * 5) - 7 </answer>"
            ),
            {V, S},
        ),
        (
            (
                "<think> 25 + 9 = 34.\n15 + 7 = 22.\n34 - 22 = 12.\n12 is not 71, let's try a "
                "different sequence of operations.\n7 + 9 = 16.\n25 - 15 = 10.\n16 + 10 = 26.\n"
                "26 is not 71, so let's try something else.\nSubgoal: reach 96 so that I can "
                "then subtract 25.\n15 * 7 = 105.\n105 - 9 = 96.\nNow, 96 - 25 = 71.\nThis "
                "equals 71, the target. </think> <answer> ((15 * 7) - 9) - 25 </answer>"
            ),
            {V, B, S},
        ),
    )
)

#: The Countdown instance of each priming-style row, in order.
PRIMING_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]], ...] = (
    (92, (14, 71, 4, 6)),
    (40, (11, 7, 8, 12)),
    (11, (3, 35, 85, 15)),
    (91, (36, 1, 10, 95)),
    (39, (78, 15, 4, 6)),
    (61, (3, 3, 55)),
    (29, (8, 3, 93, 4)),
    (93, (8, 72, 13)),
    (40, (92, 15, 8, 10)),
    (68, (8, 2, 88, 10)),
    (45, (7, 95, 13, 80)),
    (24, (13, 4, 4, 2)),
    (60, (15, 3, 19, 29)),
    (27, (4, 25, 8, 14)),
    (19, (9, 13, 3, 2)),
    (86, (3, 1, 82)),
    (95, (93, 89, 2, 5)),
    (35, (63, 52, 90, 10)),
    (80, (60, 15, 68, 87)),
    (38, (1, 3, 7, 76)),
    (65, (10, 12, 34, 57)),
    (45, (12, 9, 40, 8)),
    (14, (40, 2, 15, 6)),
    (84, (2, 31, 7, 8)),
    (75, (13, 93, 31)),
    (95, (8, 7, 3, 60)),
    (96, (5, 24, 15, 5)),
    (74, (79, 3, 53, 10)),
    (18, (1, 16, 67, 2)),
    (25, (60, 84, 48, 13)),
    (72, (10, 14, 75, 1)),
    (61, (16, 6, 11, 80)),
    (28, (8, 15, 67, 10)),
    (20, (7, 13, 29, 3)),
    (69, (57, 6, 10, 3)),
    (22, (91, 99, 77, 28)),
    (67, (4, 85, 17, 4)),
    (15, (23, 36, 9, 29)),
    (12, (60, 27, 4, 84)),
    (43, (5, 31, 7, 14)),
    (77, (11, 6, 1)),
    (24, (11, 19, 6)),
    (46, (13, 34, 14, 15)),
    (51, (87, 80, 2, 1)),
    (39, (1, 28, 2, 3)),
    (20, (1, 2, 37, 4)),
    (25, (10, 14, 31, 3)),
    (22, (10, 39, 8, 15)),
    (39, (12, 3, 17)),
    (29, (10, 4, 96, 5)),
    (41, (97, 5, 25, 2)),
    (55, (77, 7, 8, 21)),
    (87, (35, 8, 14, 60)),
    (19, (4, 10, 36)),
    (35, (11, 2, 34, 10)),
    (21, (4, 15, 7, 2)),
    (30, (10, 8, 4, 17)),
    (69, (25, 1, 3, 31)),
    (49, (67, 3, 57, 3)),
    (25, (34, 14, 80, 16)),
    (61, (12, 90, 7, 12)),
    (61, (62, 1, 5, 4)),
    (29, (5, 14, 91, 8)),
    (34, (40, 6, 10, 10)),
    (56, (89, 5, 15, 13)),
    (91, (11, 12, 90)),
    (18, (99, 9, 85, 12)),
    (26, (33, 52, 11, 6)),
    (37, (55, 13, 5)),
    (56, (47, 16, 13, 6)),
    (24, (9, 7, 72, 15)),
    (69, (81, 14, 2)),
    (11, (44, 36, 2, 15)),
    (23, (6, 30, 45, 3)),
    (31, (13, 9, 7, 4)),
    (53, (34, 7, 98, 4)),
    (31, (6, 3, 13)),
    (92, (13, 10, 9, 7)),
    (28, (14, 29, 14, 2)),
    (58, (2, 72, 6, 64)),
    (80, (9, 95, 3, 12)),
    (67, (10, 14, 55, 8)),
    (22, (5, 67, 2, 7)),
    (17, (4, 15, 8)),
    (84, (86, 7, 14)),
    (42, (7, 9, 40)),
    (98, (4, 5, 14, 7)),
    (81, (5, 92, 13, 76)),
    (21, (8, 92, 25, 84)),
    (30, (84, 4, 14, 5)),
    (26, (76, 1, 11, 40)),
    (72, (71, 3, 10, 3)),
    (13, (10, 8, 11, 1)),
    (84, (8, 88, 2, 6)),
    (74, (49, 17, 16, 26)),
    (18, (2, 92, 64)),
    (57, (89, 40, 47, 8)),
    (54, (12, 5, 85, 38)),
    (64, (49, 42, 13, 14)),
    (11, (71, 85, 7, 10)),
    (48, (66, 12, 6)),
    (34, (8, 21, 13, 7)),
    (40, (9, 13, 12, 3)),
    (55, (5, 10, 75, 74)),
    (61, (16, 5, 1, 9)),
    (34, (10, 4, 4, 14)),
    (56, (12, 4, 94, 46)),
    (15, (9, 6, 11, 7)),
    (82, (5, 2, 10, 75)),
    (42, (75, 2, 9, 44)),
    (64, (13, 6, 10, 3)),
    (33, (46, 42, 9, 38)),
    (60, (11, 65, 5, 13)),
    (81, (3, 15, 14, 33)),
    (49, (2, 22, 93)),
    (78, (11, 24, 34, 33)),
    (73, (11, 7, 5, 5)),
    (71, (25, 9, 7, 15)),
)

#: The system prompt each priming-style row was written under, in order.
PRIMING_ROUND_SOURCE: tuple[str, ...] = (
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "ONLY_BACKTRACKING",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_VERIFICATION",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_BACKWARD",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "BACKTRACKING_SUBGOAL",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
    "ALL_STRATEGIES",
)

#: The priming-style traces that show no behaviour.
PRIMING_ROUND_CONTROLS: tuple[str, ...] = (
    (
        "<think> Step 1: 13 * 2 = 26.\nStep 2: 39 + 26 = 65. </think> <answer> 39 + (13 * 2) "
        "</answer>"
    ),
    (
        "<think>\nStep 1: 78 * 2 = 156.\nStep 2: 156 - 95 = 61.\n</think>\n<answer> (78 * 2) - "
        "95 </answer>"
    ),
    (
        "<think> Step 1: 24 - 1 = 23. Step 2: 23 + 55 = 78. Step 3: 78 - 8 = 70. </think> "
        "<answer> ((24 - 1) + 55) - 8 </answer>"
    ),
    (
        "<think>\nStep 1: 8 + 6 = 14. Step 2: 84 - 14 = 70. Step 3: 70 / 7 = 10.\n</think>\n"
        "<answer> (84 - (8 + 6)) / 7 </answer>"
    ),
    (
        "<think>\nStep 1: 99 - 33 = 66.\nStep 2: 66 / 6 = 11.\nStep 3: 11 + 2 = 13.\n</think>\n"
        "<answer> ((99 - 33) / 6) + 2 </answer>"
    ),
    (
        "<think>\nStep 1: 3 - 1 = 2. Step 2: 74 - 56 = 18. Step 3: 2 * 18 = 36.\n</think>\n"
        "<answer> (3 - 1) * (74 - 56) </answer>"
    ),
    (
        "<think> Step 1: 22 + 4 = 26. Step 2: 51 - 26 = 25. </think> <answer> 51 - (22 + 4) "
        "</answer>"
    ),
    (
        "<think>\nNumbers: [68, 90, 2], target: 79. Step 1: 68 + 90 = 158. Step 2: 158 / 2 = "
        "79.\n</think>\n<answer> (68 + 90) / 2 </answer>"
    ),
    ("<think> Step 1: 5 + 36 = 41. Step 2: 1 * 41 = 41. </think> <answer> 1 * (5 + 36) </answer>"),
    (
        "<think> Step 1: 81 + 1 = 82.\nStep 2: 11 - 8 = 3.\nStep 3: 82 + 3 = 85. </think> "
        "<answer> (81 + 1) + (11 - 8) </answer>"
    ),
    (
        "<think>\nStep 1: 72 + 18 = 90. Step 2: 90 - 53 = 37. Step 3: 1 + 37 = 38.\n</think>\n"
        "<answer> 1 + ((72 + 18) - 53) </answer>"
    ),
    (
        "<think>\nWe have 49, 2, 3, 1 and need 10. Step 1: 1 + 49 = 50. Step 2: 2 + 3 = 5. Step "
        "3: 50 / 5 = 10.\n</think>\n<answer> (1 + 49) / (2 + 3) </answer>"
    ),
    (
        "<think> 64 - 47 = 17. 6 * 17 = 102. 102 - 14 = 88. </think> <answer> (6 * (64 - 47)) - "
        "14 </answer>"
    ),
    (
        "<think> Numbers: [13, 8, 5, 10], target: 77. 8 + 10 = 18. 18 * 5 = 90. 90 - 13 = 77. "
        "</think> <answer> ((8 + 10) * 5) - 13 </answer>"
    ),
    (
        "<think> Step 1: 10 * 12 = 120. Step 2: 120 - 87 = 33. Step 3: 33 + 3 = 36. </think> "
        "<answer> ((10 * 12) - 87) + 3 </answer>"
    ),
    (
        "<think>\nNumbers: [50, 61, 2, 60], target: 19. 60 / 2 = 30. 61 - 50 = 11. 30 - 11 = "
        "19.\n</think>\n<answer> (60 / 2) - (61 - 50) </answer>"
    ),
    (
        "<think> Step 1: 14 / 7 = 2. Step 2: 16 * 6 = 96. Step 3: 96 - 2 = 94. </think> "
        "<answer> (16 * 6) - (14 / 7) </answer>"
    ),
    (
        "<think>\nWe have 12, 84, 67, 65 and need 30. Step 1: 67 - 65 = 2. Step 2: 84 / 2 = 42. "
        "Step 3: 42 - 12 = 30.\n</think>\n<answer> (84 / (67 - 65)) - 12 </answer>"
    ),
    (
        "<think>\nStep 1: 11 - 8 = 3.\nStep 2: 74 + 14 = 88.\nStep 3: 3 + 88 = 91.\n</think>\n"
        "<answer> (11 - 8) + (74 + 14) </answer>"
    ),
    (
        "<think> Step 1: 9 / 3 = 3. Step 2: 4 - 3 = 1. Step 3: 98 - 1 = 97. </think> <answer> "
        "98 - (4 - (9 / 3)) </answer>"
    ),
    (
        "<think>\n64 / 8 = 8.\n8 * 12 = 96.\n96 - 5 = 91.\n</think>\n<answer> ((64 / 8) * 12) - "
        "5 </answer>"
    ),
    ("<think> 2 * 12 = 24. 24 - 6 = 18. </think> <answer> (2 * 12) - 6 </answer>"),
    (
        "<think> Step 1: 14 / 14 = 1. Step 2: 10 - 1 = 9. Step 3: 51 - 9 = 42. </think> "
        "<answer> 51 - (10 - (14 / 14)) </answer>"
    ),
    (
        "<think>\nStep 1: 9 - 3 = 6. Step 2: 7 * 6 = 42. Step 3: 74 - 42 = 32.\n</think>\n"
        "<answer> 74 - (7 * (9 - 3)) </answer>"
    ),
    (
        "<think>\nStep 1: 3 * 9 = 27.\nStep 2: 5 * 9 = 45.\nStep 3: 45 - 27 = 18.\n</think>\n"
        "<answer> (5 * 9) - (3 * 9) </answer>"
    ),
    (
        "<think> 81 - 77 = 4.\n8 / 4 = 2.\n66 + 2 = 68. </think> <answer> 66 + (8 / (81 - 77)) "
        "</answer>"
    ),
    (
        "<think> 12 * 15 = 180. 75 + 8 = 83. 180 - 83 = 97. </think> <answer> (12 * 15) - (75 + "
        "8) </answer>"
    ),
    (
        "<think>\n3 + 11 = 14. 4 * 14 = 56. 56 - 2 = 54.\n</think>\n<answer> (4 * (3 + 11)) - 2 "
        "</answer>"
    ),
    (
        "<think> 94 * 6 = 564.\n564 - 9 = 555.\n555 / 15 = 37. </think> <answer> ((94 * 6) - 9) "
        "/ 15 </answer>"
    ),
    (
        "<think>\n63 + 3 = 66. 66 * 1 = 66. 66 + 7 = 73.\n</think>\n<answer> ((63 + 3) * 1) + 7 "
        "</answer>"
    ),
    (
        "<think>\n10 * 10 = 100.\n5 + 79 = 84.\n100 - 84 = 16.\n</think>\n<answer> (10 * 10) - "
        "(5 + 79) </answer>"
    ),
    (
        "<think> 40 * 2 = 80. 80 - 44 = 36. 36 - 7 = 29. </think> <answer> ((40 * 2) - 44) - 7 "
        "</answer>"
    ),
)

#: The Countdown instance of each priming-style control, in order.
PRIMING_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]], ...] = (
    (65, (39, 2, 13)),
    (61, (78, 95, 2)),
    (70, (8, 55, 1, 24)),
    (10, (6, 8, 7, 84)),
    (13, (2, 6, 33, 99)),
    (36, (74, 3, 1, 56)),
    (25, (22, 51, 4)),
    (79, (68, 90, 2)),
    (41, (36, 5, 1)),
    (85, (11, 1, 81, 8)),
    (38, (1, 18, 53, 72)),
    (10, (49, 2, 3, 1)),
    (88, (14, 64, 6, 47)),
    (77, (13, 8, 5, 10)),
    (36, (12, 3, 87, 10)),
    (19, (50, 61, 2, 60)),
    (94, (14, 7, 16, 6)),
    (30, (12, 84, 67, 65)),
    (91, (74, 11, 8, 14)),
    (97, (4, 9, 3, 98)),
    (91, (5, 64, 8, 12)),
    (18, (12, 6, 2)),
    (42, (51, 14, 10, 14)),
    (32, (7, 3, 9, 74)),
    (18, (5, 9, 3, 9)),
    (68, (8, 77, 81, 66)),
    (97, (12, 75, 15, 8)),
    (54, (3, 2, 4, 11)),
    (37, (9, 94, 15, 6)),
    (73, (3, 1, 63, 7)),
    (16, (10, 10, 5, 79)),
    (29, (44, 7, 2, 40)),
)

#: Eighteenth round (issue 19): written blind from the paper's definitions in the eighth
#: session (math, word problems, proofs and Countdown with 3-6 numbers; R1 / QwQ monologues,
#: terse RL-trained traces, textbook and chatty styles, LaTeX, non-native English),
#: measured before the sixth wave of phrase families (1eda966) and after it, never tuned on.
#: Entries as the ninth round's.
EIGHTEENTH_ROUND: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        (
            (
                "Try 19 * 3 = 57, then 57 - 12 = 45 and 45 - 5 = 40. That's not 44. Another "
                "order: 12 * 5 = 60, 60 - 19 = 41, 41 + 3 = 44. That's the target."
            ),
            {V, B},
        ),
        (
            (
                "<think>\nNumbers: 8, 15, 4, 6. Target 27.\n15 + 8 = 23, 23 + 6 = 29, 29 - 4 "
                "= 25. No, 25 ≠ 27.\n6 * 4 = 24, 24 + 8 = 32, 32 - 15 = 17. Also no.\nHmm, "
                "maybe division. 8 / 4 = 2, 2 * 6 = 12, 12 + 15 = 27. Yes, that's "
                "27.\n</think>\n<answer>15 + (8 / 4) * 6</answer>"
            ),
            {V, B},
        ),
        (
            (
                "3 * 8 = 24 and 5 / 5 = 1, so 3 * 8 * (5 / 5) uses every number. Let me "
                "verify: 5 / 5 = 1, 3 * 8 = 24, 24 * 1 = 24. Correct."
            ),
            {V},
        ),
        (
            (
                "Work backwards from 96. 96 / 12 = 8, and 8 = 6 + 2. So the expression is 12 "
                "* (6 + 2)."
            ),
            {C},
        ),
        (
            (
                "The target is 71 and 80 - 71 = 9, so 80 minus a 9 lands on it; 3 + 6 is that "
                "9. Answer: 80 - (3 + 6)"
            ),
            {C},
        ),
        (
            (
                "100 is 25 * 4, so my plan is to keep 25 aside and build a 4 out of 2, 6 and "
                "8. Sub-problem: make 4 from {2, 6, 8}. 8 - 6 = 2 and 2 + 2 = 4. Answer: 25 * "
                "(8 - 6 + 2)"
            ),
            {S, C},
        ),
        (
            (
                "Plan: get near 63 with one product, then adjust with the leftovers. 12 * 4 = "
                "48, and 48 + 5 + 1 = 54 — too low. Let me pick a different product. 12 * 5 = "
                "60, then 60 + 4 - 1 = 63. That matches the target."
            ),
            {V, B, S},
        ),
        (
            (
                "I'll split the numbers into two pairs: first combine 9 and 3, then combine 5 "
                "and 2, and finally add the two results. 9 * 3 = 27, 5 * 2 = 10, 27 + 10 = "
                "37. Check: 37 is the target, good."
            ),
            {V, S},
        ),
        (
            (
                "30 + 4 - 6 - 2 = 26, not 22. Let me instead reason from the target: 30 - 22 "
                "= 8, and 4 + 6 - 2 = 8. So 30 - (4 + 6 - 2). Checking: 30 - 8 = 22 ✓"
            ),
            {V, B, C},
        ),
        (
            (
                "7*9=63, 63+3=66, 66+1=67 no.\n7*9=63, 63-1=62, 62+3=65 "
                "yes.\n<answer>7*9-1+3</answer>"
            ),
            {V, B},
        ),
        (
            (
                "I started out multiplying 6 and 5, but I can't see where 8 and 2 would go "
                "after that, so I'm dropping the multiplication idea and going with plain "
                "sums and differences instead: 6 + 5 + 8 - 2."
            ),
            {B},
        ),
        (
            ("Working backwards: 48 is 50 minus 2, and a 2 can come from 8 / 4. So: 50 - 8 / 4."),
            {C},
        ),
        (
            (
                "29 is one less than 30, and 30 = 3 * 10, so the 7 and 8 should give a 1: 8 - "
                "7 = 1. Then 3 * 10 - (8 - 7) = 30 - 1 = 29, which matches the target."
            ),
            {V, C},
        ),
        (
            (
                "Plan: get a product close to 154 first, then patch the difference with the "
                "small numbers. 25 * 3 = 75 — way under, and 6 and 1 can't close that gap. "
                "Drop that. 25 * 6 = 150; the gap to 154 is 4, and 4 = 3 + 1. So 25 * 6 + 3 + "
                "1 = 154 ✓"
            ),
            {V, B, S, C},
        ),
        (
            (
                "<think>\nAlright, 6, 9, 11, 4 and I need 53.\n11 * 4 = 44. 44 + 9 = 53! But "
                "then 6 is left over, and every number has to be used. Hmm.\n44 + 6 = 50, 50 "
                "+ 9 = 59, too big.\nMaybe 9 * 6 = 54, 54 - 11 = 43, 43 + 4 = 47. No.\nHow "
                "about 9 * 4 = 36, 36 + 11 = 47, 47 + 6 = 53. Yes! That works.\n</think>"
            ),
            {V, B},
        ),
        (
            (
                "56 = 4 * 14, so I'll reserve the 4 and try to make 14 from 6, 9 and 11. "
                "Subgoal: 14 from {6, 9, 11}. 11 - 6 = 5, 5 + 9 = 14. Final: 4 * (11 - 6 + 9)"
            ),
            {S, C},
        ),
        (
            (
                "Working backwards from 33: if I add 7 at the very end, I need 26 before "
                "that. 26 = 2 * 13, so the intermediate goal becomes 13, and 5 + 8 = 13. So "
                "(5 + 8) * 2 + 7."
            ),
            {S, C},
        ),
        (
            (
                "9 * 6 = 54, 54 + 4 = 58, 58 + 3 = 61. Not 81.\nTry 9 * 4 = 36, 36 * 3 = 108, "
                "108 - 6 = 102. Overshot.\nTry 3 * 6 = 18, 18 * 4 = 72, 72 + 9 = 81. That's "
                "81."
            ),
            {V, B},
        ),
        (
            (
                "4 * 7 = 28 and 3 + 6 = 9, so 28 - 9. Quick check: 28 - 9 = 19, equal to the "
                "target, and each of 4, 7, 3, 6 is used once."
            ),
            {V},
        ),
        (
            "60 is 3 * 20, and 20 = 15 + 7 - 2. That gives 3 * (15 + 7 - 2).",
            {C},
        ),
        (
            (
                "First I try 6 * 8 = 48, then 48 - 5 = 43, 43 - 4 = 39, is not 42. So this "
                "way is wrong, I go back. 6 * 5 = 30, 30 + 8 = 38, 38 + 4 = 42, this is equal "
                "to target. Answer is 6*5+8+4."
            ),
            {V, B},
        ),
        (
            (
                "128 = 4 * 32, and 32 = 16 + 16 = 16 + 2 * 8. So 4 * (16 + 2 * 8). Let me "
                "confirm: 2 * 8 = 16, 16 + 16 = 32, 32 * 4 = 128. Good."
            ),
            {V, C},
        ),
        (
            (
                "Strategy: first merge 13 and 5 into one number, then scale it with the 2, "
                "and finally add the 3. 13 + 5 = 18, 18 * 2 = 36, 36 + 3 = 39."
            ),
            {S},
        ),
        (
            "10 + 6 + 4 - 3 = 17, off by two. 10 + 6 - 4 + 3 = 15 — got it.",
            {V, B},
        ),
        (
            (
                "<think>50 * 5 = 250 already, but 3 and 2 still need to go somewhere. 250 + 3 "
                "- 2 = 251, no. Hmm, since 250 * 1 = 250, a 1 made from 3 - 2 would finish "
                "it: 50 * 5 * (3 - 2) = 250. Yes.</think>"
            ),
            {V, B, C},
        ),
        (
            (
                "67 sits just below 70 = 10 * 7; it's 70 - 3, and 6 - 3 gives that 3. So 10 * "
                "7 - (6 - 3)."
            ),
            {C},
        ),
        (
            (
                "37 * 2 = 74, 74 + 5 * 4 = 94. Not enough. 37 * 4 = 148, 148 - 5 * 2 = 138, "
                "too big. Since 111 = 37 * 3, maybe 2 + 5 - 4 = 3 works: 37 * (2 + 5 - 4) = "
                "37 * 3 = 111. Correct!"
            ),
            {V, B, C},
        ),
        (
            (
                "Five numbers, so I'll break it up: build one factor from 7 and 2, build "
                "another factor from 9, 3 and 1, then multiply them. 7 + 2 = 9. 9 - 3 - 1 = "
                "5. 9 * 5 = 45, which is exactly the target."
            ),
            {V, S},
        ),
        (
            (
                "75 * 4 = 300, then I still have 20 and 5. 300 + 20 - 5 = 315, not 300. 300 * "
                "(20 / 5) is way too big. Scrap starting with 75 * 4. 75 + 5 = 80, 80 * 4 = "
                "320, 320 - 20 = 300. Checks out."
            ),
            {V, B},
        ),
        (
            (
                "To land on 13 I could do 15 - 2. 15 = 3 * 5 and 2 = 9 - 7. So (3 * 5) - (9 - "
                "7). Verify: 15 - 2 = 13 ✓"
            ),
            {V, C},
        ),
        (
            (
                "7 * 14 = 98 right away, but 2 and 3 are unused. 98 + 3 - 2 = 99, no. Let me "
                "try again: multiply by (3 - 2), which is 1. 7 * 14 * (3 - 2) = 98. Works."
            ),
            {V, B},
        ),
        (
            (
                "72 = 8 * 9. So two subgoals: keep 8 as one factor, and turn the other three "
                "numbers into 9. 4 + 3 + 2 = 9. Answer: 8 * (4 + 3 + 2)"
            ),
            {S, C},
        ),
        (
            (
                "9 * 2 = 18, done? Wait, 4 and 7 are unused and they have to be used. 18 + 7 "
                "- 4 = 21, not 18. Different route: 9 + 7 = 16, 16 + 4 = 20, 20 - 2 = 18."
            ),
            {V, B},
        ),
        (
            ("144 is 12 squared, so a second 12 would do it, and 6 * 2 is 12. → 12 * (6 * 2)"),
            {C},
        ),
        (
            (
                "7 * 5 = 35, 35 * 3 = 105 — over by 21; subtracting 4 gives 101, nope. Let me "
                "work from 84 instead: 84 / 7 = 12, and 3 + 4 + 5 = 12. So 7 * (3 + 4 + 5) = "
                "84 ✓"
            ),
            {V, B, C},
        ),
        (
            (
                "40 = 10 * 4, so first make a 10 from two of the numbers, then a 4 from the "
                "other two. 8 + 2 = 10, but 6 and 3 give 6 - 3 = 3, and 10 * 3 = 30, not 40. "
                "That split fails. 40 is also 5 * 8: 8 - 3 = 5, 2 + 6 = 8, and 5 * 8 = 40. "
                "Yes."
            ),
            {V, B, S, C},
        ),
        (
            "Answer: 2 * 3 + 4. Verification: 2 * 3 = 6, 6 + 4 = 10 = target ✓",
            {V},
        ),
        (
            (
                "<think>\nLet me see. 5 * 3 = 15, 15 + 6 = 21, but the 2 is still unused. 15 "
                "+ 6 - 2 = 19, no.\nHmm, that's not right. Try pairing differently: 5 + 2 = 7 "
                "and 6 - 3 = 3, then 7 * 3 = 21. That equals the "
                "target.\n</think>\n<answer>(5 + 2) * (6 - 3)</answer>"
            ),
            {V, B},
        ),
        (
            (
                "We need $24$. Since $24 = 3 \\times 8$, it suffices to produce a $3$ and an "
                "$8$ from disjoint pairs. For the $3$: $10 - 7 = 3$. For the $8$: $6 + 2 = "
                "8$. Hence the expression is $(10 - 7) \\times (6 + 2)$."
            ),
            {S, C},
        ),
        (
            "23 + 9 + 7 = 39 ≠ 46. 23 * 9 too big. 23 * (9 - 7) = 46 ✓",
            {V, B},
        ),
        (
            (
                "Two products, then add them: first 6 * 2 = 12, then 5 * 4 = 20, and 12 + 20 "
                "= 32. Does that hit 32? Yes."
            ),
            {V, S},
        ),
        (
            (
                "16 * 5 = 80, 80 - 3 * 2 = 74. No. 16 * 3 = 48, 48 + 5 * 2 = 58. No. 16 * 2 = "
                "32, 32 * (5 - 3) = 64. That's the one."
            ),
            {V, B},
        ),
        (
            "Going backwards: 17 - 9 = 8, and 5 + 2 + 1 = 8, so 9 + 5 + 2 + 1 gets there.",
            {C},
        ),
        (
            (
                "11 * 6 = 66, 66 + 4 + 3 = 73, short by 4. Start over from the target: 77 = "
                "11 * 7, and 6 + 4 - 3 = 7. Final: 11 * (6 + 4 - 3) = 77, confirmed."
            ),
            {V, B, C},
        ),
        (
            (
                "9 * 3 + 2 * 4 = 27 + 8 = 35. Let me make sure: 9 times 3 is 27, 2 times 4 is "
                "8, 27 plus 8 is 35. Matches."
            ),
            {V},
        ),
        (
            (
                "40 * 5 = 200, then + 3 - 2 gives 201. Off by one. Use the 3 and 2 as a "
                "factor of 1 instead: 40 * 5 * (3 - 2) = 200 ✓"
            ),
            {V, B},
        ),
        (
            (
                "Approach: build the big part with a multiplication, then correct it with the "
                "remaining pair. 3 * 8 = 24. Remaining pair 4, 5: 4 - 5 = -1. 24 + (4 - 5) = "
                "23."
            ),
            {S},
        ),
        (
            (
                "26 + 4 = 30, so if I can make 30 and then subtract 4 I'm done. 30 = 2 * 15 = "
                "2 * (6 + 9). So 2 * (6 + 9) - 4; check: 2 * 15 = 30, 30 - 4 = 26 ✓."
            ),
            {V, S, C},
        ),
        (
            (
                "92 = 4 * 23, so I need to get 4 out of 2, 3 and 5 and then multiply it with "
                "23. Making 4: 5 - 3 = 2, 2 * 2 = 4. Expression: 23 * 2 * (5 - 3)."
            ),
            {S, C},
        ),
        (
            (
                "First I'll get a multiplier for 23 out of 9 and 6, then multiply. 9 / 6 "
                "isn't an integer, so that multiplier is no good. Next: 9 - 6 = 3, and 23 * 3 "
                "= 69, right on target."
            ),
            {V, B, S},
        ),
        (
            (
                "(5 + 7) / 3 = 4, 9 - 1 = 8, 4 + 8 = 12. Checking each piece again: 12 / 3 = "
                "4 ✓, 9 - 1 = 8 ✓, sum 12 ✓"
            ),
            {V},
        ),
        (
            (
                "I was going to build something around 4 * 3 = 12, but it doesn't combine "
                "nicely with 15 and 2. Let me abandon that and start from 15 instead: 15 * 4 "
                "/ 2 * 3."
            ),
            {B},
        ),
        (
            "58 is double 29, and 6 - 4 = 2, so 29 * (6 - 4).",
            {C},
        ),
        (
            (
                "25 * 4 = 100, 100 - 8 * 6 = 52, close but not 50. Let me reconsider: 100 / "
                "(8 - 6) = 100 / 2 = 50. Yes, target reached."
            ),
            {V, B},
        ),
        (
            (
                "$70 + 5 \\cdot 3 = 85$, far below $140$. Since $140 = 70 \\cdot 2$, we need "
                "a factor $2$, and $5 - 3 = 2$. Thus $70 \\cdot (5 - 3) = 140$."
            ),
            {V, B, C},
        ),
        (
            (
                "<think>\nTarget 87 with 4, 20, 8, 1. Plan: get a product near 87 first, then "
                "fix the remainder.\n20 * 8 = 160 — way above 87. Dead end.\n20 * 4 = 80. Now "
                "87 - 80 = 7 is missing, and 8 - 1 = 7. So 20 * 4 + 8 - 1 = 87. Let me "
                "double-check: 80 + 8 = 88, 88 - 1 = 87. ✓\n</think>"
            ),
            {V, B, S, C},
        ),
        (
            (
                "8 * 7 = 56, way over, scrap that. 3 * 8 = 24, 24 - 7 = 17, 17 + 2 = 19, "
                "which hits it."
            ),
            {V, B},
        ),
        (
            "46 is 4 short of 50, and 8 / 2 = 4 → 50 - 8 / 2",
            {C},
        ),
        (
            (
                "<think>\nTarget 36. 4 * 9 = 36 immediately, but 7 and 2 remain. 36 + 7 - 2 = "
                "41. Not it.\nHmm, let me think about 36 differently. 36 = 4 + 32, and 32 = 2 "
                "* 16 = 2 * (9 + 7). So 4 + 2 * (9 + 7). Check: 9 + 7 = 16, 16 * 2 = 32, 32 + "
                "4 = 36. Yes.\n</think>\n<answer>4 + 2 * (9 + 7)</answer>"
            ),
            {V, B, C},
        ),
        (
            (
                "My approach: reduce the problem to a smaller one by merging 16 and 4 first, "
                "then handle 3 and 5. 16 - 4 = 12. Now with 12, 3, 5: 12 * 3 = 36, 36 + 5 = "
                "41. Target reached, confirmed by 36 + 5 = 41."
            ),
            {V, S},
        ),
        (
            "25 = 24 + 1, and 24 = 6 * 4, where 4 = 20 / 5. So 6 * (20 / 5) + 1.",
            {C},
        ),
        (
            (
                "Goal is 66. Sub-goal 1: get to 63 using 9 and 7 (9 * 7 = 63). Sub-goal 2: 66 "
                "- 63 = 3 is still missing, so make 3 from 2 and 1 (2 + 1 = 3). Combine: 63 + "
                "3 = 66."
            ),
            {S, C},
        ),
        (
            (
                "36 / 4 = 9, 9 * 5 = 45, 45 - 2 = 43. Hmm, too high. Let me redo the end: 9 + "
                "5 = 14, and 14 * 2 = 28. Matches the target."
            ),
            {V, B},
        ),
        (
            (
                "Let's break the target into pieces: 93 = 100 - 7. So the job splits into "
                "making 100 and making 7. 100 = 75 + 25, 7 = 8 - 1. Answer: (75 + 25) - (8 - "
                "1)"
            ),
            {S, C},
        ),
        (
            "Solving 3x + 7 = 22 gives 3x = 15, x = 5. Check: 3(5) + 7 = 15 + 7 = 22 ✓.",
            {V},
        ),
        (
            (
                "So ∫ x e^x dx = x e^x − e^x + C. To verify, differentiate: d/dx (x e^x − "
                "e^x) = e^x + x e^x − e^x = x e^x, which matches the integrand."
            ),
            {V},
        ),
        (
            (
                "So the sum of the first n odd numbers is n². Sanity check with n = 3: 1 + 3 "
                "+ 5 = 9 = 3². Good."
            ),
            {V},
        ),
        (
            (
                "The triangle has base 8 and height 5, so the area is 8 × 5 = 40. Hmm, that "
                "equals the area of the whole 8 by 5 rectangle it sits inside, which can't be "
                "right — I forgot the 1/2. Redo: (1/2)(8)(5) = 20."
            ),
            {V, B},
        ),
        (
            (
                "Trying to integrate ∫ sin³x dx by parts gets messy fast. Let me switch "
                "approaches: write sin³x = (1 − cos²x) sin x and substitute u = cos x. Then "
                "the integral is −∫(1 − u²) du = −u + u³/3 + C = −cos x + cos³x/3 + C."
            ),
            {B},
        ),
        (
            (
                "To find the equation of the tangent line to f(x) = x³ − 4 at x = 2, we need "
                "two things: the point of tangency and the slope. First, the point: f(2) = 8 "
                "− 4 = 4, so (2, 4). Second, the slope: f′(x) = 3x², f′(2) = 12. Therefore y "
                "− 4 = 12(x − 2)."
            ),
            {S},
        ),
        (
            (
                "To make x² + 6x + k a perfect square, what must k be? A perfect square (x + "
                "a)² expands to x² + 2ax + a², so 2a = 6 forces a = 3 and then k = a² = 9."
            ),
            {C},
        ),
        (
            (
                "After doubling her money and then spending $15, Maria has $45. Working "
                "backward: before spending she had 45 + 15 = 60, and before doubling she had "
                "60 / 2 = 30. So she started with $30."
            ),
            {C},
        ),
        (
            (
                "A number is tripled, then 7 is subtracted, giving 20. Undo the steps in "
                "reverse order: add 7 back to get 27, then divide by 3 to get 9. Check: 3·9 − "
                "7 = 20 ✓"
            ),
            {V, C},
        ),
        (
            (
                "We want to prove a² + b² ≥ 2ab for all real a, b. It suffices to show a² − "
                "2ab + b² ≥ 0, i.e. (a − b)² ≥ 0, which holds because squares are "
                "nonnegative."
            ),
            {C},
        ),
        (
            (
                "Solve x + 2|x| = 9. Two cases. Case x ≥ 0: 3x = 9, x = 3, which does satisfy "
                "x ≥ 0. Case x < 0: x − 2x = 9, so x = −9, which does satisfy x < 0. "
                "Solutions: x = 3 and x = −9."
            ),
            {V, S},
        ),
        (
            (
                "Let me try factoring x² − 5x − 6 as (x − 2)(x − 3). Expanding: x² − 5x + 6, "
                "but the constant should be −6, so that's wrong. Try (x − 6)(x + 1) = x² − 5x "
                "− 6 ✓. Roots: 6 and −1."
            ),
            {V, B},
        ),
        (
            (
                "We need the total cost. Break it down: (1) cost of the notebooks, (2) cost "
                "of the pens, (3) add them and apply the discount. Notebooks: 4 × $3 = $12. "
                "Pens: 6 × $1.50 = $9. Total before discount $21; after 10% off, $18.90."
            ),
            {S},
        ),
        (
            (
                "<think>Let me set this up with coordinates... actually that'll be messy with "
                "these side lengths. Scrap that — since all three sides are known, Heron's "
                "formula is cleaner. s = (5 + 6 + 7)/2 = 9, area = √(9·4·3·2) = √216 = "
                "6√6.</think>"
            ),
            {B},
        ),
        (
            (
                "P(at least one six in 4 rolls) = 1 − (5/6)⁴ = 1 − 625/1296 = 671/1296 ≈ "
                "0.518. Sanity check: it must be below the union bound 4 × 1/6 ≈ 0.667, and "
                "it is."
            ),
            {V},
        ),
        (
            (
                "We want to show ∠ABD = ∠CBD. This would follow if triangles ABD and CBD were "
                "congruent, so what do we need for that? AB = CB is given and BD is common, "
                "so we need AD = CD — which holds because D is the midpoint of AC. So SSS "
                "applies."
            ),
            {C},
        ),
        (
            (
                "Goal: the inradius r of the 13-14-15 triangle. Since r = A/s, I need A and "
                "s. Subgoal 1: s = (13 + 14 + 15)/2 = 21. Subgoal 2: A = √(21·8·7·6) = 84. So "
                "r = 84/21 = 4."
            ),
            {S, C},
        ),
        (
            (
                "<think>\nHmm, how many integers from 1 to 100 are divisible by 3 or 5? First "
                "count multiples of 3, then multiples of 5, then deal with the overlap. "
                "Multiples of 3: 33. Multiples of 5: 20. So 33 + 20 = 53. Wait, I forgot to "
                "subtract the multiples of 15, which got counted twice — there are 6 of them, "
                "so 53 − 6 = 47. Let me double check with a smaller range: 1 to 15 should "
                "give 5 + 3 − 1 = 7, and listing {3, 5, 6, 9, 10, 12, 15} gives 7. "
                "Good.\n</think>"
            ),
            {V, B, S},
        ),
        (
            (
                "For f(x) = ax² + 4x + 1 to have exactly one real root, what must be true? "
                "The discriminant must vanish: 16 − 4a = 0, so a = 4."
            ),
            {C},
        ),
        (
            (
                "The answer is 3/8. Let me double-check by listing outcomes: three coin flips "
                "give 8 outcomes, and exactly two heads occurs in HHT, HTH, THH — 3 of them. "
                "So 3/8 ✓"
            ),
            {V},
        ),
        (
            (
                "Let x be the number of adult tickets, at $12, and 50 − x child tickets at "
                "$8. 12x + 8(50 − x) = 500 gives 4x = 100, x = 25. Check: 12(25) + 8(25) = "
                "300 + 200 = 500. Hmm, but the total in the problem is $520, not $500 — I "
                "used the wrong total. Redo: 4x + 400 = 520, x = 30. Check: 12(30) + 8(20) = "
                "360 + 160 = 520 ✓"
            ),
            {V, B},
        ),
        (
            (
                "To show that √2 + √3 is irrational we proceed in two steps: first, show that "
                "if √2 + √3 were rational then √6 would be rational as well; second, show "
                "that √6 is irrational."
            ),
            {S},
        ),
        (
            (
                "Which value of c makes the line y = 2x + c tangent to y = x²? Tangency "
                "requires x² = 2x + c to have a double root, i.e. x² − 2x − c = 0 must have "
                "discriminant 4 + 4c = 0, so c = −1."
            ),
            {C},
        ),
        (
            (
                "I try to solve 2x² − 7x + 3 = 0 with completing square but the numbers "
                "become ugly fractions, so I change the method and use quadratic formula "
                "directly: x = (7 ± √(49 − 24))/4 = (7 ± 5)/4, so x = 3 or x = 1/2."
            ),
            {B},
        ),
        (
            (
                "- Plan: find each pipe's rate, then add the rates, then invert to get the "
                "time.\n- Pipe 1 rate = 1/6 tank per hour.\n- Pipe 2 rate = 1/3 tank per "
                "hour.\n- Combined: 1/6 + 1/3 = 1/2 → 2 hours.\n- Check: in 2 h pipe 1 fills "
                "1/3 and pipe 2 fills 2/3, total 1 tank ✓"
            ),
            {V, S},
        ),
        (
            (
                "Two numbers have sum 10 and product 21. Guess pairs with product 21: 1 and "
                "21 sum to 22, no. 3 and 7 sum to 10 ✓. The numbers are 3 and 7."
            ),
            {V, B},
        ),
        (
            (
                "We compute $\\sum_{k=1}^{n} k\\,2^k$ in stages: first find a closed form for "
                "$\\sum_{k=0}^{n} x^k$, then differentiate and multiply by $x$, and finally "
                "set $x = 2$."
            ),
            {S},
        ),
        (
            (
                "To find the point P on the riverbank minimizing AP + PB, start from what the "
                "optimal path must look like: after reflecting B across the bank to B′, the "
                "path A → P → B′ has the same length, and that is shortest when it is a "
                "straight line. So P is where AB′ meets the bank."
            ),
            {C},
        ),
        (
            (
                "<think>Probability both cards are aces: 4/52 × 4/52 = 1/169. Wait, no — the "
                "cards are drawn without replacement, so the second factor should be 3/51. "
                "Let me redo it: 4/52 × 3/51 = 12/2652 = 1/221. Sanity check: 1/221 is a bit "
                "less than 1/169, as it should be since a second ace is less likely.</think>"
            ),
            {V, B},
        ),
        (
            (
                "The goal is to prove that the sequence converges. By the monotone "
                "convergence theorem it suffices to show two things: (i) the sequence is "
                "increasing and (ii) it is bounded above by 2. We'll do (i) first, then (ii)."
            ),
            {S, C},
        ),
        (
            (
                "Before computing the shaded area, let me set up subgoals: area of the "
                "square, area of the quarter circle, then subtract. Square: 4² = 16. Quarter "
                "circle: π·4²/4 = 4π. Shaded: 16 − 4π."
            ),
            {S},
        ),
        (
            (
                "For 4d72 to be divisible by 9, what has to be true? Its digit sum 4 + d + 7 "
                "+ 2 = 13 + d must be a multiple of 9, so d = 5."
            ),
            {C},
        ),
        (
            (
                "Thus for f(x) = 3x + 1 the inverse is f⁻¹(x) = (x − 1)/3. To confirm: "
                "f(f⁻¹(x)) = 3·(x − 1)/3 + 1 = x ✓"
            ),
            {V},
        ),
        (
            (
                "The hypotenuse is √(6² + 8²) = √100 = 10. Then the altitude to the "
                "hypotenuse is 6 + 8 − 10 = 4? That can't be right — checking with the area: "
                "(1/2)(6)(8) = 24 = (1/2)(10)h gives h = 4.8. So the altitude is 4.8, not 4; "
                "the first formula was wrong."
            ),
            {V, B},
        ),
        (
            (
                "To determine the initial speed, I'll work backwards from the maximum height "
                "of 20 m: at the top v = 0, so v₀² = 2gh = 2(9.8)(20) = 392 and v₀ ≈ 19.8 "
                "m/s. Check: 19.8²/(2·9.8) ≈ 392/19.6 = 20 m ✓"
            ),
            {V, C},
        ),
        (
            (
                "We want the smallest n with n! divisible by 1000 = 2³·5³. Since factors of 2 "
                "are plentiful, what we really need is at least three factors of 5 in n!, "
                "which first happens once 5, 10 and 15 are all included. So n = 15."
            ),
            {C},
        ),
        (
            (
                "I first tried to prove it directly, expanding everything, but the expression "
                "blew up into dozens of terms. Let me go back and use AM-GM instead: (a + "
                "b)/2 ≥ √(ab) for each pair, then multiply the three inequalities."
            ),
            {B},
        ),
        (
            "x=4. check: 2*4+1=9, 9=9 ok.",
            {V},
        ),
        (
            (
                "<think>\nOkay, I need P(sum is 7 | at least one die shows 3). Let me break "
                "this into pieces: first count the outcomes with at least one 3, then count "
                "how many of those sum to 7.\nAt least one 3: 6 + 6 − 1 = 11.\nOf those, sum "
                "7: (3,4) and (4,3) → 2.\nSo 2/11. Let me double-check the 11 by complement: "
                "36 − 25 = 11. Yes.\n</think>"
            ),
            {V, S},
        ),
        (
            (
                "Which initial deposit grows to $1210 in two years at 10% annual interest? "
                "Running the growth backwards: divide by 1.1 once to get 1100, and again to "
                "get 1000. So the deposit was $1000."
            ),
            {C},
        ),
        (
            (
                "To solve x + y = 7, xy = 12, I'll first find x − y, then solve the two "
                "linear equations. (x − y)² = (x + y)² − 4xy = 49 − 48 = 1, so x − y = ±1. "
                "With x − y = 1: x = 4, y = 3. Check: 4 + 3 = 7 and 4·3 = 12 ✓. With x − y = "
                "−1 we get the swapped pair (3, 4)."
            ),
            {V, S},
        ),
        (
            (
                "use substitution... doesnt simplify. switch to elimination: (2x+3y=12) - "
                "(2x-y=4) -> 4y=8 -> y=2, x=3."
            ),
            {B},
        ),
        (
            (
                "To show that quadrilateral ABCD is a parallelogram, what do we need? It is "
                "enough that the diagonals bisect each other, i.e. that they share a "
                "midpoint. So it suffices to show M, the midpoint of AC, is also the midpoint "
                "of BD — which holds by the construction of M."
            ),
            {C},
        ),
        (
            (
                "Solution outline. Part (a): find the probability of drawing a red ball from "
                "each urn. Part (b): combine these with the law of total probability. Part "
                "(c): apply Bayes' rule to get P(urn A | red)."
            ),
            {S},
        ),
        (
            (
                "We need k so that x = 2 is a root of x³ − kx + 6. Work backwards from that "
                "requirement: 8 − 2k + 6 = 0, so k = 7. Plug back in: 8 − 14 + 6 = 0 ✓"
            ),
            {V, C},
        ),
        (
            (
                "d/dx[ln(x² + 1)] = 1/(x² + 1)? No — a difference quotient at x = 1 gives "
                "about 1, not 1/2, so I dropped the chain rule. Correct derivative: 2x/(x² + "
                "1), which at x = 1 gives 1 ✓"
            ),
            {V, B},
        ),
        (
            (
                "We want AB = AC. Working backward, it is enough to show triangles ABD and "
                "ACD are congruent, where D is the midpoint of BC. Plan: (1) BD = DC by "
                "definition of midpoint, (2) AD is shared, (3) AD ⊥ BC is given; then SAS "
                "gives the congruence."
            ),
            {S, C},
        ),
        (
            (
                "<think>\nHow many ways to arrange the letters of BOOK? 4! = 24. Hmm, but the "
                "two O's are identical, so 24 overcounts. Let me list a few to be sure: BOOK, "
                "BOKO, BKOO... swapping the O's gives the same word, so each is counted "
                "twice. Right, scrap 24 and divide by 2: 4!/2! = 12.\n</think>"
            ),
            {V, B},
        ),
        (
            (
                "Let me start from the answer choices and work backwards: if the original "
                "price was $80, a 25% discount gives $60, matching the sale price, so the "
                "answer is (C) $80."
            ),
            {V, C},
        ),
        (
            (
                "Great question! Let's break this down into manageable pieces. First, we'll "
                "figure out how far the train travels in the first 2 hours. Then, we'll "
                "compute the remaining distance. Finally, we'll divide by the new speed. 1) "
                "60 × 2 = 120 km. 2) 300 − 120 = 180 km. 3) 180 / 90 = 2 hours."
            ),
            {S},
        ),
        (
            (
                "We split into the cases $n$ even and $n$ odd. If $n = 2m$, then $n^2 + 1 = "
                "4m^2 + 1 \\equiv 1 \\pmod 4$. If $n = 2m+1$, then $n^2 + 1 = 4m^2 + 4m + 2 "
                "\\equiv 2 \\pmod 4$. Hence $n^2 + 1$ is never divisible by $4$. (Check: $n = "
                "1, 2, 3$ give $2, 5, 10$, none divisible by $4$.)"
            ),
            {V, S},
        ),
        (
            (
                "Plan: first find the height from the area, then use it to get the missing "
                "side. Hmm, actually the area isn't given, so that plan doesn't work. Go "
                "back: use the law of sines instead — first find angle C = 180° − 40° − 60° = "
                "80°, then a/sin 40° = 10/sin 80°."
            ),
            {B, S},
        ),
        (
            (
                "The eigenvalues of [[4, 1], [2, 3]] are 2 and 5. Verify with trace and "
                "determinant: 2 + 5 = 7 matches the trace 4 + 3 = 7, and 2 · 5 = 10 matches "
                "det = 4·3 − 1·2 = 10 ✓"
            ),
            {V},
        ),
        (
            (
                "Let me try a proof by contradiction... hmm, I don't see what to assume. "
                "Let's abandon that and do a direct proof instead: if n is odd, n = 2k + 1, "
                "so n² = 4k² + 4k + 1 = 2(2k² + 2k) + 1, which is odd."
            ),
            {B},
        ),
        (
            (
                "First I'll convert both legs to hours, then compute the average speed. 90 km "
                "took 1.5 h and 45 km took 0.75 h. Total time 2.25 h, total distance 135 km. "
                "Average 135/2.25 = 60 km/h. Check: 60 × 2.25 = 135 ✓"
            ),
            {V, S},
        ),
        (
            (
                "<think>\nSo the slope between (2, 3) and (5, 12) is (12 − 3)/(5 − 2) = 3. "
                "Line: y = 3x + b, with 3 = 6 + b → b = −3. Let me check the other point: "
                "3(5) − 3 = 12 ✓\n</think>"
            ),
            {V},
        ),
        (
            (
                "Expanding (x + 1)⁵ term by term is slow; let me drop that and use the "
                "binomial theorem instead: the coefficient of x³ is C(5, 3) = 10."
            ),
            {B},
        ),
        (
            (
                "We want P(at least two share a birthday) among 5 people. It's easier via the "
                "complement: first compute P(all different) = 365·364·363·362·361/365⁵ ≈ "
                "0.973, then subtract from 1 to get ≈ 0.027."
            ),
            {S},
        ),
        (
            (
                "So the circumference is 10π ≈ 31.4 cm. Does that make sense? The diameter is "
                "10 cm, and a circumference should be a bit more than 3 diameters — 31.4 is. "
                "✓"
            ),
            {V},
        ),
        (
            (
                "Assume the sequence 2, 6, 18 is arithmetic: that would need 6 − 2 = 18 − 6, "
                "but 4 ≠ 12. So it isn't arithmetic. Try geometric instead: 6/2 = 3 and 18/6 "
                "= 3 ✓, so the next term is 54."
            ),
            {V, B},
        ),
        (
            (
                "The proof has three parts. (1) Show f is continuous on [0, 1]. (2) Show f(0) "
                "< 0 < f(1). (3) Conclude by the intermediate value theorem that f has a root "
                "in (0, 1)."
            ),
            {S},
        ),
        (
            (
                "We want to show x⁵ + x − 1 = 0 has a real root. For that it would be enough "
                "to find a sign change of the continuous function f(x) = x⁵ + x − 1: f(0) = "
                "−1 and f(1) = 1, so there is one."
            ),
            {C},
        ),
        (
            (
                "Let me outline: compute the mean, then the deviations, then the variance. "
                "Mean of 2, 4, 6, 8: 5. Deviations: −3, −1, 1, 3. Variance = (9 + 1 + 1 + "
                "9)/4 = 5. Check via E[X²] − (E[X])² = (4 + 16 + 36 + 64)/4 − 25 = 30 − 25 = "
                "5 ✓"
            ),
            {V, S},
        ),
        (
            (
                "Oops, I think I set this up the wrong way around — I treated the 15% as a "
                "tax rather than a discount. Let me start over: the sale price is 85% of the "
                "original, so 0.85p = 68 and p = 80."
            ),
            {B},
        ),
        (
            (
                "We seek $\\lim_{x\\to 0} \\frac{\\sin 3x}{x}$. To use $\\lim_{u\\to "
                "0}\\frac{\\sin u}{u} = 1$ we need the denominator to match the argument of "
                "the sine, so we rewrite the fraction as $3\\cdot\\frac{\\sin 3x}{3x}$; the "
                "limit is $3$."
            ),
            {C},
        ),
        (
            (
                "Find a and b with (x + a)(x + b) = x² + 7x + 12. Working backwards from the "
                "target polynomial, we need a + b = 7 and ab = 12. Try a = 2, b = 6: sum 8, "
                "no. Try a = 3, b = 4: sum 7, product 12 ✓"
            ),
            {V, B, C},
        ),
        (
            (
                "Let me organize: the unknowns are the boat speed b and the current c. First, "
                "express the upstream and downstream speeds in terms of b and c; second, set "
                "up the two time equations; third, solve the system."
            ),
            {S},
        ),
        (
            (
                "Having found a_n = 3·2ⁿ − 1, let me test n = 0, 1, 2: a_0 = 2, a_1 = 5, a_2 "
                "= 11, which agrees with the recurrence a_{n+1} = 2a_n + 1 starting from 2 (2 "
                "→ 5 → 11) ✓"
            ),
            {V},
        ),
        (
            (
                "<think>\nWe need the area of the trapezoid with bases 10 and 6 and legs 5 "
                "and 5. The plan: first find the height, then use (b1 + b2)/2 · h.\nHeight: "
                "the overhang on each side is (10 − 6)/2 = 2, so h = √(25 − 4) = √21. Hmm, "
                "let me double check: 2² + h² = 5² → h² = 21, yes.\nArea = (10 + 6)/2 · √21 = "
                "8√21.\n</think>"
            ),
            {V, S},
        ),
        (
            (
                "The population is 8000 now and doubles every 5 years; when was it 1000? "
                "Going back one doubling period at a time: 8000 → 4000 → 2000 → 1000, that's "
                "3 periods, so 15 years ago."
            ),
            {C},
        ),
        (
            (
                "So answer is 12 apples. I check again: Tom has 12, Anna has 12 + 5 = 17, "
                "total 29, same as problem say. Correct."
            ),
            {V},
        ),
        (
            (
                "My plan was: (1) find the intersection points, (2) integrate the difference. "
                "But solving x³ = x + 1 exactly is hopeless, so I'll change plans and "
                "estimate the root numerically first."
            ),
            {B, S},
        ),
        (
            (
                "Looking for a function whose derivative is 3x² + 2x. Work back from the "
                "power rule: x³ differentiates to 3x², x² to 2x, so F(x) = x³ + x² + C. "
                "Differentiating F gives 3x² + 2x ✓"
            ),
            {V, C},
        ),
        (
            (
                "√(x + 2) = x − 4. Squaring: x + 2 = x² − 8x + 16 → x² − 9x + 14 = 0 → x = 7 "
                "or x = 2. Check x = 7: √9 = 3 = 7 − 4 ✓. Check x = 2: √4 = 2 but 2 − 4 = −2 "
                "✗, extraneous. Answer x = 7."
            ),
            {V},
        ),
        (
            (
                "Hmm, ordinary induction on n isn't going anywhere because the inductive step "
                "needs the case n − 2 as well. Let me go back and use strong induction "
                "instead."
            ),
            {B},
        ),
        (
            (
                "Work backwards from the final state: after the third round each player has "
                "16 chips. In round 3, player C doubled the other two, so before round 3 A "
                "and B had 8 each and C had 16 + 8 + 8 = 32."
            ),
            {C},
        ),
        (
            (
                "We want to show that 2ⁿ > n² for n ≥ 5. Plan: base case, then inductive "
                "step. For the step, what would we need? From 2ⁿ > n² we get 2ⁿ⁺¹ > 2n², so "
                "it suffices that 2n² ≥ (n + 1)², i.e. n² ≥ 2n + 1. I tried expanding and "
                "bounding term by term — messy, so instead: n² − 2n − 1 = (n − 1)² − 2 ≥ 14 > "
                "0 for n ≥ 5. Sanity check at n = 5: 32 > 25 ✓"
            ),
            {V, B, S, C},
        ),
        (
            (
                "I need to end with exactly 3 liters in the 5-liter jug. Thinking backwards: "
                "that happens if the 5-liter jug is full and I pour off exactly 2 liters into "
                "the 3-liter jug, which means the 3-liter jug must already hold 1 liter."
            ),
            {C},
        ),
        (
            (
                "<think>\nHmm, this is a mixture problem. Let me set intermediate targets: "
                "figure out how much pure acid is in each solution, then how much is needed "
                "in the final mix, and then set up one equation.\n</think>"
            ),
            {S},
        ),
        (
            (
                "We'll first write an equation for the heads, then one for the legs, and then "
                "eliminate c. Heads: c + k = 30. Legs: 2c + 4k = 74. Subtract twice the "
                "first: 2k = 14, k = 7, c = 23. Verify: 23·2 + 7·4 = 46 + 28 = 74 ✓"
            ),
            {V, S},
        ),
        (
            (
                "To find angle x, notice it is an exterior angle of triangle ABC, and an "
                "exterior angle equals the sum of the two remote interior angles. So I need "
                "∠A and ∠B: they are 50° and 65°, giving x = 115°."
            ),
            {S, C},
        ),
        (
            (
                "Thus the answer is 2¹⁰ = 1024 subsets. Sanity check with a 2-element set {a, "
                "b}: the subsets are ∅, {a}, {b}, {a, b} — that's 4 = 2² ✓"
            ),
            {V},
        ),
        (
            (
                "Let me put A at the origin... no, on reflection that makes the circle's "
                "equation ugly. Instead put the center of the circle at the origin, so the "
                "circle is x² + y² = 25."
            ),
            {B},
        ),
        (
            (
                "To compute the probability that the second ball is red, condition on the "
                "first ball. So we need two pieces first: P(first red) and P(first blue), "
                "together with the conditional probabilities after each. P = (3/5)(2/4) + "
                "(2/5)(3/4) = 6/20 + 6/20 = 3/5."
            ),
            {S},
        ),
        (
            (
                "We want a number that leaves remainder 2 when divided by 3, 4 and 5. Reverse "
                "it: such a number minus 2 must be divisible by 3, 4 and 5, hence by 60. So n "
                "= 62. Check: 62 = 3·20 + 2, 62 = 4·15 + 2, 62 = 5·12 + 2 ✓"
            ),
            {V, C},
        ),
        (
            (
                "We need the area of the region between y = x and y = x². Break it into "
                "steps: find where the curves meet, decide which is on top, then integrate "
                "the difference. x = x² at x = 0 and x = 1; on (0, 1), x > x². Area = ∫₀¹ (x "
                "− x²) dx = 1/2 − 1/3 = 1/6."
            ),
            {S},
        ),
        (
            (
                "We need to prove that if n² is even then n is even. Going straight at it "
                "stalls, so let's switch to the contrapositive: if n is odd, then n² is odd — "
                "which is immediate."
            ),
            {B},
        ),
        (
            (
                "We want the tens digit of 3^20. Hmm, let me first find 3^20 mod 100, and for "
                "that it's enough to know 3^20 mod 4 and mod 25 and then combine them. 3^20 ≡ "
                "1 (mod 4); 3^20 = (3^10)² and 3^10 = 59049 ≡ −1 (mod 25), so 3^20 ≡ 1 (mod "
                "25). Combined: 3^20 ≡ 1 (mod 100), so the tens digit is 0. Check: 3^10 = "
                "59049, and 59049² = 3486784401, which ends in 01 ✓"
            ),
            {V, S, C},
        ),
        (
            (
                "We're asked for the side length of a cube with volume 343 cm³. Guess 6: 6³ = "
                "216, too small. Guess 7: 7³ = 343, exactly. So the side is 7 cm."
            ),
            {V, B},
        ),
        (
            (
                "Let's find the value of x that makes the two fractions equal, 3/(x + 1) = "
                "2/(x − 1). Cross-multiplying gives 3x − 3 = 2x + 2, x = 5. Substituting "
                "back: 3/6 = 1/2 and 2/4 = 1/2 ✓"
            ),
            {V},
        ),
        (
            (
                "Let's approach the inequality via Cauchy–Schwarz... no, I don't see how to "
                "make it work here. Start again with the tangent line trick: for x in (0, 1) "
                "show x/(1 + x²) ≤ (36x + 3)/50, then sum over the three variables."
            ),
            {B},
        ),
        (
            (
                "Solve log₂(x) + log₂(x − 2) = 3. Combine: log₂(x(x − 2)) = 3, so x² − 2x − 8 "
                "= 0, x = 4 or x = −2. x = −2 is not allowed because log₂(−2) is undefined; x "
                "= 4 gives log₂4 + log₂2 = 2 + 1 = 3 ✓"
            ),
            {V},
        ),
        (
            (
                "The question decomposes nicely: first, how many handshakes happen among the "
                "6 guests (C(6,2) = 15); second, how many between guests and the 2 hosts (6 × "
                "2 = 12); third, the single host–host handshake. Total 15 + 12 + 1 = 28."
            ),
            {S},
        ),
        (
            (
                "Let me double check 17 × 23 = 391: 17 × 20 = 340 and 17 × 3 = 51, 340 + 51 = "
                "391 ✓. So the area is 391 m²."
            ),
            {V},
        ),
        (
            (
                "I thought the answer was 1/2 because heads and tails are equally likely, but "
                "that ignores that we already know one coin is heads. Redo with the reduced "
                "sample space {HH, HT, TH}: P(both heads) = 1/3."
            ),
            {B},
        ),
        (
            (
                "To get the volume of the frustum, I'll first compute the volume of the full "
                "cone, then subtract the small cone cut off the top. Full cone: (1/3)π·6²·12 "
                "= 144π. Small cone: (1/3)π·3²·6 = 18π. Frustum: 126π."
            ),
            {S},
        ),
    )
)
EIGHTEENTH_ROUND_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (44, (12, 5, 3, 19)),
    (27, (8, 15, 4, 6)),
    (24, (3, 8, 5, 5)),
    (96, (12, 6, 2)),
    (71, (80, 3, 6)),
    (100, (25, 2, 6, 8)),
    (63, (12, 5, 4, 1)),
    (37, (9, 3, 5, 2)),
    (22, (30, 4, 2, 6)),
    (65, (7, 9, 3, 1)),
    (17, (6, 5, 8, 2)),
    (48, (50, 8, 4)),
    (29, (3, 7, 8, 10)),
    (154, (25, 6, 3, 1)),
    (53, (6, 9, 11, 4)),
    (56, (6, 9, 11, 4)),
    (33, (5, 8, 2, 7)),
    (81, (3, 9, 6, 4)),
    (19, (4, 7, 3, 6)),
    (60, (15, 7, 3, 2)),
    (42, (6, 5, 8, 4)),
    (128, (2, 8, 4, 16)),
    (39, (13, 3, 5, 2)),
    (15, (10, 6, 4, 3)),
    (250, (50, 5, 3, 2)),
    (67, (10, 6, 7, 3)),
    (111, (37, 2, 5, 4)),
    (45, (9, 3, 7, 2, 1)),
    (300, (75, 4, 20, 5)),
    (13, (3, 5, 7, 9)),
    (98, (7, 14, 2, 3)),
    (72, (8, 4, 3, 2)),
    (18, (9, 4, 7, 2)),
    (144, (12, 6, 2)),
    (84, (7, 3, 4, 5)),
    (40, (8, 3, 2, 6)),
    (10, (2, 3, 4)),
    (21, (5, 3, 6, 2)),
    (24, (10, 7, 6, 2)),
    (46, (23, 9, 7)),
    (32, (6, 2, 5, 4)),
    (64, (16, 3, 5, 2)),
    (17, (9, 5, 2, 1)),
    (77, (11, 3, 4, 6)),
    (35, (2, 9, 4, 3)),
    (200, (40, 5, 2, 3)),
    (23, (3, 4, 5, 8)),
    (26, (6, 4, 2, 9)),
    (92, (23, 2, 3, 5)),
    (69, (23, 9, 6)),
    (12, (5, 7, 9, 3, 1)),
    (90, (15, 4, 2, 3)),
    (58, (29, 6, 4)),
    (50, (25, 8, 6, 4)),
    (140, (70, 5, 3)),
    (87, (4, 20, 8, 1)),
    (19, (3, 8, 2, 7)),
    (46, (50, 8, 2)),
    (36, (4, 9, 7, 2)),
    (41, (16, 4, 3, 5)),
    (25, (20, 5, 6, 1)),
    (66, (9, 7, 2, 1)),
    (28, (36, 4, 5, 2)),
    (93, (75, 25, 8, 1)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)
EIGHTEENTH_ROUND_CONTROLS: tuple[str, ...] = (
    (
        "Step 1: 12 * 2 = 24\nStep 2: 24 + 6 = 30\nStep 3: 30 - 8 = 22\n<answer>(12 * "
        "2 + 6) - 8</answer>"
    ),
    (
        "<think>\n15 + 9 = 24, 24 * 2 = 48, 48 - 7 = 41.\n</think>\n<answer>(15 + 9) "
        "* 2 - 7</answer>"
    ),
    (
        "We are given 3, 5 and 12 and must reach 57 using each number once with + − × "
        "÷. 12 × 5 = 60, and 60 − 3 = 57. Answer: 12 × 5 − 3."
    ),
    "Let me think about this. 8 + 7 = 15, 15 * 4 = 60, 60 - 2 = 58.",
    ("Sure! Using 25, 4 and 3: 25 * 4 = 100, and 100 + 3 = 103. So the expression is 25 * 4 + 3."),
    "Goal: reach 35 with 5, 6, 1. 6 + 1 = 7, 7 * 5 = 35.",
    "- 9 × 8 = 72\n- 72 − 6 = 66\n- 66 ÷ 3 = 22\nFinal: (9 × 8 − 6) ÷ 3",
    ("The goal of the problem is to combine 50, 2 and 7 into 107. 50 * 2 = 100, 100 + 7 = 107."),
    "I need to use all of 11, 3, 4 exactly once. 11 * 4 = 44, 44 - 3 = 41.",
    ("Note that division here has to come out even. 36 / 4 = 9, 9 + 5 = 14, 14 * 2 = 28."),
    "7+3=10, 10*9=90, 90-6=84.\n<answer>(7 + 3) * 9 - 6</answer>",
    "First, 20 / 5 = 4. Next, 4 * 6 = 24. Last, 24 + 1 = 25.",
    "Numbers: 2, 3, 7, 8. Target: 47. 2 + 3 = 5, 8 * 5 = 40, 40 + 7 = 47.",
    ("Since multiplication is commutative, 6 * 9 is the same as 9 * 6 = 54, and 54 - 4 = 50."),
    (
        "<think>\nOkay, so I have the numbers 10, 3 and 10, and the target is 40. 10 "
        "* 3 = 30, then 30 + 10 = 40.\n</think>\n<answer>10 * 3 + 10</answer>"
    ),
    ("Let's use the numbers in the given order: 4 + 5 = 9, 9 * 8 = 72, 72 - 1 = 71."),
    "Working with the given numbers 12, 6 and 2: 12 + 6 = 18, 18 * 2 = 36.",
    "9 × 7 = 63, 63 + 2 = 65, 65 + 1 = 66.",
    "(100 - 4) / 8 = 12; 12 + 3 = 15. Expression: (100 - 4) / 8 + 3.",
    "Using 14, 2, 5: 14 / 2 = 7, 7 * 5 = 35.",
    ("Remember each number may be used only once. 16 - 4 = 12, 12 * 3 = 36, 36 + 5 = 41."),
    "Answer: 6 * 2 + 9 + 5. Explanation: 6 * 2 = 12, 12 + 9 = 21, 21 + 5 = 26.",
    "We are asked to reach 120 from 30, 2, 2. 30 * 2 = 60, 60 * 2 = 120.",
    "Add everything: 13 + 8 + 5 + 2 = 28.",
    "75 + 25 = 100. 100 - 8 = 92. 92 + 1 = 93.",
    "To combine 18, 3 and 2: 18 / 3 = 6, and 6 * 2 = 12.",
    "3 + 7 = 10. 10 * 10 = 100. 100 - 1 = 99.\n<answer>(3 + 7) * 10 - 1</answer>",
    (
        "<think>\nThe allowed operations are +, -, *, /. 4 * 7 = 28. 3 + 6 = 9. 28 - "
        "9 = 19.\n</think>\n<answer>4 * 7 - (3 + 6)</answer>"
    ),
    (
        "Let's confirm the domain first: √(x − 3) requires x ≥ 3. From √(x − 3) = 4, "
        "squaring gives x − 3 = 16, so x = 19."
    ),
    "We need to find x. 5x − 2 = 18, so 5x = 20 and x = 4.",
    "Step 1: Subtract 7 from both sides: 2x = 16. Step 2: Divide by 2: x = 8.",
    ("The question asks: how many ways can 3 people be seated in a row? That's 3! = 6."),
    ("Check the units given: speed is in km/h and time in hours, so distance = 60 × 2.5 = 150 km."),
    "Solve x + 4 = 7. Try x = 3: 3 + 4 = 7, so x = 3.",
    (
        "The goal of the problem is to find the area of the rectangle. Length × width "
        "= 12 × 5 = 60 square units."
    ),
    "Working with the given equation y = 2x + 1: when x = 4, y = 9.",
    "$\\int_0^1 3x^2\\,dx = \\left[x^3\\right]_0^1 = 1$.",
    "By the Pythagorean theorem, c = √(3² + 4²) = √25 = 5.",
    (
        "We need to check whether complex roots count; the problem says 'real "
        "solutions', so only real roots. x² = 9 gives x = ±3."
    ),
    "The probability of rolling an even number on a fair die is 3/6 = 1/2.",
    "Given: a = 3, b = −4. Then a² + b² = 9 + 16 = 25.",
    "Substituting y = 2 into x + y = 10 gives x = 8.",
    (
        "<think>\nOkay, the user wants the sum of the interior angles of a hexagon. "
        "The formula is (n − 2) × 180°, so (6 − 2) × 180° = 720°.\n</think>\nThe sum "
        "is 720°."
    ),
    (
        "Let me restate the problem: a car travels 240 km on 16 liters. How far does "
        "it go on 10 liters? Rate: 240/16 = 15 km/L, so 150 km."
    ),
    "The derivative of f(x) = x³ − 2x is f′(x) = 3x² − 2.",
    "Simplify: (x² − 9)/(x − 3) = (x − 3)(x + 3)/(x − 3) = x + 3, for x ≠ 3.",
    "Since the triangle is equilateral, all of its angles are 60°.",
    (
        "For this problem we use formula of simple interest. I = P·r·t = 500 · 0.04 · "
        "3 = 60. So interest is 60 dollars."
    ),
    "Expanding (x + 2)(x − 5) gives x² − 5x + 2x − 10 = x² − 3x − 10.",
    "There are 4 aces in a 52-card deck, so P(ace) = 4/52 = 1/13.",
    (
        "Let n be the number of nickels. Then the number of dimes is 2n, and 5n + "
        "10(2n) = 250, so 25n = 250, n = 10."
    ),
    "The mean of 3, 5, 10 is (3 + 5 + 10)/3 = 6.",
    (
        "Note: the problem says 'at most 20', so we include the endpoint. The "
        "integers from 1 to 20 inclusive: 20 of them."
    ),
    (
        "By Vieta's formulas, the roots of $x^2 - 7x + 10$ satisfy $r_1 + r_2 = 7$ "
        "and $r_1 r_2 = 10$."
    ),
    "Convert 3/8 to a decimal: 3 ÷ 8 = 0.375.",
    "Plug t = 2 into h(t) = −5t² + 20t: h(2) = −20 + 40 = 20 m.",
    "The slope of the line through (1, 2) and (3, 8) is (8 − 2)/(3 − 1) = 3.",
    (
        "The question is asking for the remainder when 2¹⁰ is divided by 7. 2¹⁰ = "
        "1024 = 7 · 146 + 2, so the remainder is 2."
    ),
    "- Given: radius r = 3\n- Volume of a sphere: (4/3)πr³\n- (4/3)π(27) = 36π",
    "In a right triangle with legs 5 and 12, the area is (1/2)(5)(12) = 30.",
    (
        "We are told that f is linear with slope 3 and f(2) = 5, so f(x) = 3x + b "
        "with 6 + b = 5, b = −1: f(x) = 3x − 1."
    ),
    "Hmm, this is a standard combinations problem. C(8, 3) = 8·7·6/6 = 56.",
    "gcd(48, 18): 48 = 2·18 + 12, 18 = 1·12 + 6, 12 = 2·6, so the gcd is 6.",
    (
        "Let me define the variables clearly: let w be the width, so the length is "
        "2w. The perimeter 2(w + 2w) = 36 gives 6w = 36, w = 6."
    ),
    "To be clear about notation: here ln means the natural logarithm. ln(e³) = 3.",
    ("Using the formula for an arithmetic series, S = n(a₁ + aₙ)/2 = 10(1 + 19)/2 = 100."),
    (
        "The problem gives us two equations: x + y = 12 and x − y = 2. Adding them "
        "gives 2x = 14, x = 7, and then y = 5."
    ),
    (
        "Let me re-read the question: it asks for the perimeter, not the area. "
        "Perimeter = 2(7 + 3) = 20."
    ),
    "The key formula here is A = πr². With r = 6, A = 36π.",
    "Our goal is to find y. From 4y + 1 = 13, 4y = 12, so y = 3.",
)
EIGHTEENTH_ROUND_CONTROLS_COUNTDOWN: tuple[tuple[int, tuple[int, ...]] | None, ...] = (
    (22, (12, 2, 6, 8)),
    (41, (15, 9, 2, 7)),
    (57, (3, 5, 12)),
    (58, (8, 7, 4, 2)),
    (103, (25, 4, 3)),
    (35, (5, 6, 1)),
    (22, (9, 8, 6, 3)),
    (107, (50, 2, 7)),
    (41, (11, 3, 4)),
    (28, (36, 4, 5, 2)),
    (84, (7, 3, 9, 6)),
    (25, (20, 5, 6, 1)),
    (47, (2, 3, 7, 8)),
    (50, (6, 9, 4)),
    (40, (10, 3, 10)),
    (71, (4, 5, 8, 1)),
    (36, (12, 6, 2)),
    (66, (9, 7, 2, 1)),
    (15, (100, 4, 8, 3)),
    (35, (14, 2, 5)),
    (41, (16, 4, 3, 5)),
    (26, (6, 9, 5, 2)),
    (120, (30, 2, 2)),
    (28, (13, 8, 5, 2)),
    (93, (75, 25, 8, 1)),
    (12, (18, 3, 2)),
    (99, (3, 7, 10, 1)),
    (19, (4, 7, 3, 6)),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)


# Sixth wave (issue 19, eighth session): the forms of the fifteenth to seventeenth rounds' misses,
# written fresh in other words, persons and both domains (none repeats a round's row). Each row
# must be found for every behaviour it lists; each near miss (the same words used forward, a
# rule, the question restated) must not be found for the behaviour it names.
WAVE6_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # backward chaining: the goal reduced to what would give it
        (
            "We want PQ = RS. This would follow if triangles PQT and RST were congruent, which"
            " in turn requires PT = RT and QT = ST.",
            {C},
        ),
        ("The bound follows if every term is at most 1/4, so look at one term.", {C}),
        (
            "I need to show that f is injective. It suffices to prove that f(a) = f(b) forces"
            " a = b.",
            {C},
        ),
        ("Let's aim for 16 first, since 16 + 9 = 25.", {C}),
        ("Go for 40 first, because 40 - 2 = 38.", {C}),
        ("Which $k$ gives $k^2 - 1 = 48$? Then $k^2 = 49$, so $k = 7$.", {C}),
        ("We want an area of 30. Which rectangle gives that? A 5 by 6 one.", {C}),
        (
            "To finish at 9 from 72 we would divide by 8, so can 2 and 4 make it? 2 * 4 = 8,"
            " 72 / 8 = 9.",
            {C},
        ),
        (
            "To finish with 20 using a multiplication, the other factor has to be 4: 5 * 4 = 20.",
            {C},
        ),
        ("I'd like the final operation to be 50 - 2, so build 50 first: 25 * 2 = 50.", {C}),
        ("47 = 38 + 9, so 6, 5 and 3 have to give 9: 6 + 5 - 3 = 8, no; 6 * 3 / 2 ...", {C}),
        ("60 - 45 = 15 is what the remaining numbers must supply: 3 * 5 = 15.", {C}),
        ("What a probability of 1/4 really requires is two independent events of 1/2.", {C}),
        ("Think about it from the answer's side: a sum of 10 with two dice.", {C}),
        ("What must the units digit of m be for m^3 to end in 7? Only 3 works.", {C}),
        # subgoal setting
        ("The task reduces to a bound on the second term.", {S}),
        ("So the job now boils down to squeezing a 7 out of 3 and 4: 3 + 4 = 7.", {S}),
        ("The count splits naturally into cases: n even and n odd.", {S}),
        ("Step 1: Find $\\angle B$.\nStep 2: Use the law of sines to get $b$.", {S}),
        ("The mean is 5, which we will need again for the variance.", {S}),
        ("I'm going to need the height eventually; the slant edge gives it.", {S}),
        ("Those are the three facts to establish first; then the theorem applies.", {S}),
        (
            "The radius is needed later, so find the circumference first: C = 10\\pi. Then"
            " r = 5 and the area is 25\\pi.",
            {S},
        ),
        # verification
        ("So 45 + 5 = 50, which is what we were after.", {V}),
        ("Let me recount the outcomes with sum 4: (1,3), (2,2), (3,1), so 3.", {V}),
        ("Testing the identity at a few values: x = 0 gives 1 = 1, x = 1 gives 2 = 2.", {V}),
        ("A quick numerical check agrees: 2^10 = 1024.", {V}),
        ("The maximum found, 1/2, is consistent with the bound.", {V}),
        ("Checking the total against the target: 19 + 23 = 42, and 42 = 42.", {V}),
        ("- count: 9 * 10 = 90\n- recount: 90 two-digit pairs\n- agree", {V}),
    )
)
#: (text, the behaviour it must NOT be found for).
WAVE6_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("It follows that x = 3, and then y = 5.", C),
    ("We multiply by 3, which gives 9.", C),
    ("What does this give? 4 * 6 = 24.", C),
    ("We aim to show that the limit exists and equals 2.", C),
    ("Which of these numbers is prime: 21, 23 or 27?", C),
    ("I'd like to finish the problem quickly.", C),
    ("Each of 5 and 6 has to be used exactly once.", C),
    ("Think about it from the start: 3 + 4 = 7.", C),
    ("What the problem requires is the sum of the roots.", C),
    ("The fraction reduces to 3/4.", S),
    ("The task is done once we box the answer: 42.", S),
    ("Step 1: 12 * 2 = 24.", S),
    ("We will need a calculator for this.", S),
    ("The question splits the class into two groups of students.", S),
    ("That is what we need to find.", V),
    ("So x = 3, which is what we wanted to show.", V),
    ("Let me count the outcomes: there are 36.", V),
    ("Maybe I should try to find the roots numerically.", V),
    ("The data are consistent with the hypothesis of the survey.", V),
    ("The recount was requested by the losing candidate.", V),
)


# Backtracking phrase forms (eighth session, bt7): worded abandonments a blind round missed, each
# written fresh by form in several wordings, persons and tenses, both domains. Each row must be
# found as backtracking; each near miss (the same words in a solving step, a check, an answer to
# the problem's question, narration) must not be.
WAVE8_BT_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # a rejected guess, then at once the next try
        ("With p = 2 the product is 12, no. Try p = 5: 5 * 7 = 35.", {B}),
        ("75 + 25 = 100, nope. Try 75 - 25 = 50.", {B}),
        ("n = 9 gives 81, too big. Guess 8: 64.", {B}),
        ("9 * 7 = 63, too small. How about 9 * 8 = 72?", {B}),
        ("Plugging in 4 gives 30, not 26. What about 3?", {B}),
        ("x = 10 gives 110, too large. Try x = 9: 99.", {B}),
        ("Their ages would add to 40, no; next guess 12 and 15.", {B}),
        # changing method in words
        ("The series approach stalls here, so we switch methods and compare with integrals.", {B}),
        ("I changed the method: I'll complete the square.", {B}),
        ("Switching techniques, we use generating functions.", {B}),
        ("We change our approach and count the complement.", {B}),
        ("Counting by hand is slow; she switches methods and uses 12 * 4 = 48.", {B}),
        # redoing with something else
        ("Redoing the sum with the corrected terms: 4 + 9 + 16 = 29.", {B}),
        ("Redo from the second line with 8 in place of 6: 8 * 5 = 40.", {B}),
        ("I redid it using the formula for combinations: C(5,2) = 10.", {B}),
        ("We redo it with n = 6 this time.", {B}),
        ("Redo using only the even cards: 2, 4 and 6 give 3 cases.", {B}),
        # a step declared wrong, then replaced
        ("The earlier equation was wrong: it should be 2x + 3 = 11, so x = 4.", {B}),
        ("The formula I used was wrong; the area of a trapezoid is (a + b)h/2.", {B}),
        ("Our original count is incorrect, since order matters. Correct count: 6 * 5 = 30.", {B}),
        ("So I dropped the factor of 2. Correct value: 2 * 15 = 30.", {B}),
        ("Ditch the 75 and use 50 * 2 = 100.", {B}),
        ("Scrapping 100 - 4, try 100 / 4 = 25.", {B}),
        ("3 * 8 = 24 uses the 3 twice. Drop it. 6 * 4 = 24.", {B}),
        # a forgotten step noticed
        ("Hmm, we forgot to include the tax, so the total is 50 + 4 = 54.", {B}),
        ("Wait, I forgot about the case x = 0, which gives another solution.", {B}),
        ("Oh, I forgot to divide by 2, so the answer is 15, not 30.", {B}),
        ("But we overlooked the overlap: 12 + 15 - 5 = 22.", {B}),
        ("Ah, I left out the minus sign; the root is -3.", {B}),
    )
)
#: (text, the behaviour it must NOT be found for).
WAVE8_BT_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("Try x = 3: 3 + 4 = 7, so x = 3.", B),
    ("Does she have enough money? No. She needs 5 more dollars.", B),
    ("Is 15 even? No, 15 is odd, so 15 * 2 = 30.", B),
    ("Let me try a = 3: 3 + 4 = 7. That works.", B),
    ("Now we change the base of the logarithm to 2.", B),
    ("Change the method of payment to cash.", B),
    ("We switched the order of summation, which is allowed.", B),
    ("We redo the same computation to check: 6 * 7 = 42.", B),
    ("Redo the sum with the other root to verify: 1 + 2 = 3.", B),
    ("The formula was derived from the law of sines.", B),
    ("The first step is to find the radius.", B),
    ("We can drop that term since it is tiny.", B),
    ("The price will drop 5 dollars next week.", B),
    ("We dropped the constant term because it does not affect the maximum.", B),
    ("I forgot my umbrella at home, so the story says I got wet.", B),
    ("Then we forgot nothing: all cases are covered.", B),
    ("If we forgot the constant, the sum would be 20; with it, it is 23.", B),
    ("The plane changes the approach angle by 5 degrees, so it lands at 12:05.", B),
    # a check's verdict, then its fix (verification, as the eleventh round labels it)
    ("The chance came out as 1.3, which cannot be. We forgot to take away the overlap.", B),
)


# Backward-chaining forms of the ninth session's wave (wave9-c): goal-first reasoning the blind
# rounds missed, each form written fresh in several wordings, both domains. Each row must be
# found as backward chaining; each near miss (the same surface words in narration, a forward
# step, a task restated, a definition or a fact) must not be.
WAVE9_C_FORMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (text, frozenset(labels))
    for text, labels in (
        # the unknown the goal fixes, asked for
        (
            "We want x^2 - 10x + c to be the square of a binomial. What must c be? Half of -10 "
            "is -5, so c = 25.",
            {C},
        ),
        (
            "Which value of a makes the lines y = ax + 1 and y = 3x - 2 parallel? Equal slopes, "
            "so a = 3.",
            {C},
        ),
        (
            "The remainder on dividing by x - 2 has to vanish. What should k be? 8 - 2k = 0, so "
            "k = 4.",
            {C},
        ),
        (
            "Target 45 with 9, 3 and 2. What must the partner of 9 be? Five, and 3 + 2 = 5 "
            "gives 9 * (3 + 2) = 45.",
            {C},
        ),
        (
            "Which value of \\(m\\) makes the quadratic have equal roots? The discriminant m^2 "
            "- 36 must be 0, so m = 6.",
            {C},
        ),
        ("What value must b take so that the two lines meet at x = 1? Then b = 2.", {C}),
        ("Which value of k gives equal roots? k^2 = 16, so k = 4.", {C}),
        # a process run backwards: in reverse, undone, a step back at a time, the condition reversed
        (
            "After three years at 10% the balance is $1331. Running the compounding backwards: "
            "1331 / 1.1 = 1210, then 1100, then 1000.",
            {C},
        ),
        (
            "A culture triples every day and reaches 810 cells. Stepping back one day at a "
            "time: 810, 270, 90, 30.",
            {C},
        ),
        (
            "The last move doubled something to reach 64. Undoing the doubling leaves 32: 28 + "
            "4 = 32.",
            {C},
        ),
        ("Let's run the steps backwards: 60 / 5 = 12, then 12 - 3 = 9, so the start was 9.", {C}),
        (
            "Solve this one in reverse: the output was 17 after adding 5, so the input to that "
            "step was 12.",
            {C},
        ),
        (
            "Reverse the condition: n + 3 must then be a multiple of both 4 and 6, so n + 3 = 12k.",
            {C},
        ),
        ("Trace the whole computation backwards: the 50 was 2 * 25 and the 25 was 30 - 5.", {C}),
        (
            "I want to leave my opponent 1 coin at the end, and before that 4, then 7, so I "
            "should take 2 now.",
            {C},
        ),
        # the state before the end inferred
        ("Let me work out what the previous step had to give: 60 / 4 = 15.", {C}),
        ("Before the last halving there must have been 40, and before that 80.", {C}),
        # sufficiency after a named goal ("for that it is enough")
        (
            "We want to prove the sum of two odd squares is even. For that it is enough to show "
            "each square is odd.",
            {C},
        ),
        (
            "We need the last digit of 7^100, and for that it's enough to know that 7^4 ends in 1.",
            {C},
        ),
        (
            "Our aim is a real root of x^3 - x - 1. For this, it would be sufficient to find a "
            "sign change.",
            {C},
        ),
        (
            "The goal is to show the series converges. By the comparison test it suffices to "
            "bound the terms by 1/n^2.",
            {C},
        ),
        # the goal's formula read for its inputs; the goal reached from what is still to find
        ("We want the volume. Since V = Bh/3, we need B and h.", {C}),
        ("The perimeter equals 2(l + w), so we need l and w first.", {C}),
        ("The angle x = 180 - A - B, so we need those two: A = 40 and B = 75 give x = 65.", {C}),
        ("If I can find the radius and the height, I can find the volume of the cone.", {C}),
        ("So if we can determine cos B, we can get sin B from the identity.", {C}),
        ("Because A = \\pi r^2, I need r; the circumference 10\\pi gives r = 5.", {C}),
        # the target met by a named gap (Countdown)
        ("Target 93 with 9, 10, 5 and 2: 9 * 10 = 90, and 93 - 90 = 3 is missing; 5 - 2 = 3.", {C}),
        ("6 * 7 = 42 toward 45, and 45 - 42 = 3 is still lacking, which 1 + 2 gives.", {C}),
        ("60 = 6 * 10, and 60 plus a 4 lands on 64: 8 / 2 = 4.", {C}),
        ("25 * 4 = 100, so 100 minus a 3 hits the target 97: 6 / 2 = 3.", {C}),
        ("18 * 5 = 90, and a 2 made from 8 - 6 would finish it: 90 + 8 - 6 = 92.", {C}),
        ("5 * 6 = 30, and I need 4 more, which 2 * 2 supplies: 30 + 2 * 2 = 34.", {C}),
        ("The sum must be 40 and we have 27 so far, so the last number is 13.", {C}),
        ("80 + 6 = 86 and I still need 4 to get to 90: 9 - 5 = 4.", {C}),
        ("72 is 8 * 9, and the 9 that is missing comes from 11 - 2.", {C}),
        ("50 * 2 = 100 leaves a gap of 3 to the target, and 7 - 4 = 3 closes it.", {C}),
        ("48 * 2 = 96, and a 1 from 5 - 4 would do it: 96 + 5 - 4 = 97.", {C}),
        # the condition of a goal asked and answered, or what it would take
        (
            "When is the product (x - 2)(x + 5) zero? Exactly when one factor is zero, so x = 2 "
            "or x = -5.",
            {C},
        ),
        ("When does the quadratic have a repeated root? Only when b^2 - 4ac = 0, so k = 9.", {C}),
        (
            "We want the line to touch the circle, and that happens exactly when the distance "
            "from the center equals the radius.",
            {C},
        ),
        ("We want 2^n - 1 to be prime, which happens when n is prime at least.", {C}),
        ("What would it take for the product to be negative? Exactly one factor below zero.", {C}),
        # what the goal must look like, started from
        (
            "Let's think about what the optimal arrangement must look like: the largest digits "
            "go first.",
            {C},
        ),
        (
            "Start from what the final count has to be: 10 handshakes, so n(n - 1)/2 = 10 and n "
            "= 5.",
            {C},
        ),
        # a property the goal needs; a requirement of a tool or of a goal
        ("Continuity at x = 1 requires the two pieces to agree: a + 2 = 5, so a = 3.", {C}),
        ("For tangency we need the discriminant of x^2 - 4x + c to vanish, so c = 4.", {C}),
        (
            "Divisibility by 8 requires the last three digits to form a multiple of 8, so the "
            "blank is 4.",
            {C},
        ),
        ("To use the difference of squares, we need the expression to look like a^2 - b^2.", {C}),
        ("For the function to be odd, f(0) = 0 is necessary, which forces c = 0.", {C}),
        # Countdown: the target split through a gap, the numbers left, the last step's options
        ("The target 37 is prime; 37 + 5 = 42 = 6 * 7, so 6 * 7 - 5 = 37.", {C}),
        ("So 3, 9, 4 must make 16: 9 + 4 + 3 = 16.", {C}),
        (
            "For the total to come out at 50 with 5 and 10 in play, I'd want 5 * 10 = 50 and "
            "the 1 to cancel.",
            {C},
        ),
        (
            "Look for a combination of the two equations that yields x - y directly: "
            "subtracting gives 2x - 2y = 6.",
            {C},
        ),
        ("Options for the last step: 30 - 2, 4 * 7 or 14 * 2.", {C}),
        ("We have 9 * 5 = 45 so far. How can I make 15? 3 * 5 = 15, but the 5 is used.", {C}),
        ("The only way to get 2 from 9 and 7 is 9 - 7, so 25 * (9 - 7) = 50.", {C}),
        ("56 is 7 times 8, so the question is whether 2, 6 and 4 can make 8: 6 + 4 - 2 = 8.", {C}),
        ("The goal 44 splits as 40 + 4, and 40 = 8 * 5.", {C}),
        ("Which number, tripled, gives 27? Nine: 4 + 5 = 9, so (4 + 5) * 3 = 27.", {C}),
        ("Think about what would give 100: 4 * 25 = 100 or 50 * 2.", {C}),
    )
)
#: (text, the behaviour it must NOT be found for).
WAVE9_C_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("What should the answer be? Let me just compute it: 3 * 4 = 12.", C),
    ("What should the final answer look like? A fraction in lowest terms.", C),
    ("Which value of x is largest: 2, 5 or 9?", C),
    ("She ran the last lap backwards to amuse the crowd.", C),
    ("Write the digits in reverse: 123 becomes 321.", C),
    ("List the divisors of 12 in reverse order: 12, 6, 4, 3, 2, 1.", C),
    ("To solve the cube, you need to do it in reverse, so each side takes 2.5 minutes.", C),
    ("We undo the parentheses by distributing: 2(x + 3) = 2x + 6.", C),
    ("Take the number 123 and reverse it: 321.", C),
    ("Let me step back for a moment and reread the problem.", C),
    ("Is $20 enough to buy the book? Yes, it costs $15.", C),
    ("That is enough for now; the rest is routine.", C),
    ("It suffices to say that the author liked primes.", C),
    ("Since x = 3, we need to substitute it into the second equation.", C),
    ("2 + 3 = 5, and we need 5 apples and 2 pears for the pie.", C),
    ("2 * 3 = 6. So we need 6 eggs and 2 cups of milk.", C),
    ("If we find x = 2, we can find y from the first equation.", C),
    ("If I know the sides, I can find one of the angles and then use the area formula.", C),
    ("7 * 5 = 35 is missing from the list of products we wrote.", C),
    ("A 6 lands on top when the die is rolled.", C),
    ("An 8 would finish the game for her.", C),
    ("She needs 4 more, which she buys on Monday.", C),
    ("The total must be 40 dollars, and we have no coupon.", C),
    ("When does the train arrive? At 5 pm, exactly when the shop opens.", C),
    (
        "We want the values of x where the product is negative. This occurs when x is between "
        "-2 and 7.",
        C,
    ),
    ("We want to find x, which happens when we solve the equation.", C),
    ("Continuity of f was proved in part (a).", C),
    ("To use this formula, we need to find the radius first.", C),
    ("Look for a pattern in the units digits: 7, 9, 3, 1.", C),
    ("For example, to be safe, I'd want to double-check the sum.", C),
    ("6 + 30 = 36 = 6 * 6 is a perfect square.", C),
    ("The numbers 3, 9, 4 are all less than 10.", C),
    ("How can I make the sum 24 without a calculator? Pair 4 * 6 = 24.", C),
    ("The previous term was 2 and the next one is 4.", C),
    ("Before the last step we wrote 27 on the board.", C),
    ("It would take 3 hours to finish the job at that rate.", C),
    ("One way to write 12 is as a product: 12 = 3 * 4.", C),
    ("The question is whether the author meant 24 or 42.", C),
    ("Which number is doubled in the second line? The 7.", C),
    ("Because we are told the radius is 5, we need no further data.", C),
)
