"""The sympy worker: a small process that can be killed, because sympy cannot be interrupted.

This module is self-contained on purpose (standard library at import; sympy passed in or imported
by :func:`serve`): the parent starts it by file path, without importing ``rewardkit`` in the
worker, without running the parent's ``__main__`` (unlike multiprocessing's ``spawn``) and without
putting this folder on ``sys.path`` (its ``numbers.py`` would shadow the standard module).

Protocol over the worker's stdin/stdout pipes: the worker writes ``R`` once sympy is imported;
then each request is a 4-byte big-endian length and a pickle of ``(gold_tree, pred_tree)``
written by the parent, and each reply one byte: ``T`` (``simplify(gold - pred) == 0``), ``F``
(different, or refused) or ``?`` (sympy failed). The worker never decides how long it may run:
the parent kills it when the budget expires. It exits at end of input, and within a second of
its parent disappearing (a watchdog thread compares ``os.getppid()``), so no orphan outlives a
killed trainer. Its address space is capped (:data:`MEMORY_LIMIT`) where ``resource`` exists, so
a runaway that allocates fails with ``MemoryError`` instead of swapping the machine.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import threading
import time
from fractions import Fraction
from typing import Any, BinaryIO

__all__ = [
    "MAX_BITS",
    "MAX_POWER",
    "MAX_ROOT",
    "MAX_SYMBOLIC_POWER",
    "MEMORY_LIMIT",
    "build",
    "decide",
    "serve",
]

#: Largest exponent of a number or constant (``e^{1000}``) built in sympy.
MAX_POWER = 1000
#: Largest exponent of anything else (``(x+1)^{50}``, ``(1+\\sqrt2)^{50}``).
MAX_SYMBOLIC_POWER = 50
#: Largest root index (``2^{1/2^{1000}}`` is refused: it is 1 to 300 digits, not a root).
MAX_ROOT = 64
#: Largest exact rational power (in bits of the result) built in sympy.
MAX_BITS = 20_000
#: Address-space cap of the worker process, in bytes.
MEMORY_LIMIT = 2 << 30
#: Probe values of the variables for the exact-arithmetic difference check (positive rationals).
_PROBES = ((3, 7), (5, 11), (7, 13), (11, 17), (13, 19), (17, 23))

_FUNCTIONS = {
    "sqrt": "sqrt",
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "cot": "cot",
    "sec": "sec",
    "csc": "csc",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
    "acot": "acot",
    "sinh": "sinh",
    "cosh": "cosh",
    "tanh": "tanh",
    "ln": "log",
    "log": "log",
    "exp": "exp",
    "floor": "floor",
    "ceil": "ceiling",
}


class Refused(Exception):  # noqa: N818 - a control-flow signal, not an error
    """The tree is outside what the worker builds."""


def build(node: Any, sympy: Any) -> Any:
    r"""The sympy expression of a scalar tree; raises :class:`Refused` for towers and big powers.

    Examples:
        >>> import sympy
        >>> build(("add", (("sym", "x"), ("fn", "sqrt", ("num", Fraction(2), False)))), sympy)
        x + sqrt(2)
    """
    tag = node[0]
    if tag == "num":
        value: Fraction = node[1]
        return sympy.Rational(value.numerator, value.denominator)
    if tag == "sym":
        return sympy.Symbol(str(node[1]), positive=True)
    if tag == "const":
        constant = {"pi": sympy.pi, "e": sympy.E, "i": sympy.I}.get(str(node[1]))
        if constant is None:
            raise Refused
        return constant
    if tag == "neg":
        return sympy.Mul(-1, build(node[1], sympy))
    if tag in {"add", "mul"}:
        items = [build(item, sympy) for item in node[1]]
        return sympy.Add(*items) if tag == "add" else sympy.Mul(*items)
    if tag == "div":
        return sympy.Mul(build(node[1], sympy), sympy.Pow(build(node[2], sympy), -1))
    if tag == "pow":
        return _power(build(node[1], sympy), build(node[2], sympy), sympy)
    if tag == "fn" and node[1] in _FUNCTIONS:
        return getattr(sympy, _FUNCTIONS[str(node[1])])(build(node[2], sympy))
    if tag == "abs":
        return sympy.Abs(build(node[1], sympy))
    if tag == "root":
        return sympy.root(build(node[1], sympy), build(node[2], sympy))
    if tag == "pct":
        return sympy.Mul(build(node[1], sympy), sympy.Rational(1, 100))
    if tag == "deg":
        return sympy.Mul(build(node[1], sympy), sympy.pi / 180)
    raise Refused


def _power(base: Any, exponent: Any, sympy: Any) -> Any:
    if exponent.is_Rational:
        simple = base.is_number and not base.has(sympy.Pow, sympy.exp, sympy.Add)
        limit = MAX_POWER if simple or base in {sympy.E, sympy.pi} else MAX_SYMBOLIC_POWER
        if abs(exponent) > limit or exponent.q > MAX_ROOT:
            raise Refused
        if base.is_Rational:  # sympy computes it exactly at once: bound the result's size
            bits = max(abs(base.p).bit_length(), base.q.bit_length())
            if bits * abs(exponent.p) > MAX_BITS:
                raise Refused
    elif base.has(sympy.Pow, sympy.exp) or exponent.has(sympy.Pow, sympy.exp):
        raise Refused  # towers
    return sympy.Pow(base, exponent)


def decide(gold: Any, pred: Any, sympy: Any) -> bytes:
    r"""``b"T"`` when ``gold - pred`` simplifies to 0, ``b"F"`` when it is provably not 0.

    Before ``simplify``, the difference is evaluated in arbitrary precision (mpmath through
    ``evalf``) at the probe points: a clearly non-zero value proves the answers differ, which
    settles most overflowing inputs (``e^{1000}(\sqrt2+\sqrt3)^{50}`` against ``4``) at once.

    Examples:
        >>> import sympy
        >>> e = ("const", "e")
        >>> big = ("pow", e, ("num", Fraction(1000), False))
        >>> half = ("pow", e, ("num", Fraction(500), False))
        >>> decide(big, ("pow", half, ("num", Fraction(2), False)), sympy)
        b'T'
        >>> decide(big, ("pow", e, ("num", Fraction(999), False)), sympy)
        b'F'
    """
    try:
        difference = build(gold, sympy) - build(pred, sympy)
    except Refused:
        return b"F"
    names = sorted(difference.free_symbols, key=str)
    for numerator, denominator in _PROBES[: 3 if names else 1]:
        point = {name: sympy.Rational(numerator + k, denominator) for k, name in enumerate(names)}
        value = difference.subs(point).evalf(30) if names else difference.evalf(30)
        if value.is_number and value.is_comparable is not False and _clearly_nonzero(value):
            return b"F"
    return b"T" if sympy.simplify(difference) == 0 else b"F"


def _clearly_nonzero(value: Any) -> bool:
    """Whether an ``evalf`` result is a non-zero number known to some precision."""
    try:
        real, imaginary = value.as_real_imag()
        return any(part.is_Float and part != 0 and part._prec > 10 for part in (real, imaginary))
    except Exception:
        return False


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # pragma: no cover - a sandbox may forbid it
        return


def _read(stream: BinaryIO, size: int) -> bytes | None:
    data = stream.read(size)
    return data if data is not None and len(data) == size else None


def serve(parent: int) -> None:  # pragma: no cover - runs in the worker process
    """Answer requests on stdin until it closes (the worker's main loop)."""
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _limit_memory()
    import sympy

    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sink.write(b"R")
    sink.flush()
    while True:
        header = _read(source, 4)
        if header is None:
            return
        payload = _read(source, struct.unpack(">I", header)[0])
        if payload is None:
            return
        try:
            gold, pred = pickle.loads(payload)  # written by our parent process only
            reply = decide(gold, pred, sympy)
        except Exception:
            reply = b"?"
        sink.write(reply)
        sink.flush()
