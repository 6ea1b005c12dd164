"""griffe extension: render the docstrings' Sphinx roles as mkdocstrings cross-references.

rewardkit's docstrings cross-reference each other Sphinx-style
(``:class:`~rewardkit.reward.Reward```, ``:func:`combine```, ``:data:`PRESETS```,
``:mod:`.budget```, ``:meth:``, ``:attr:``), which Markdown shows as literal text. Once the
package is loaded, this extension rewrites every role in every rewardkit docstring into an
autorefs link, ``[`Reward`][rewardkit.reward.Reward]``, so that ``mkdocs build --strict``
fails on a reference to an object the API reference does not render.

Resolution, in order (the first that names an object of the loaded package wins):

- ``rewardkit.x.y``: as written;
- ``.x`` (relative, Sphinx style): in the docstring's module, then in each enclosing package;
- ``x`` or ``X.y``: in each enclosing class, then the docstring's module (whose imports count,
  followed to their definition), then the top-level package.

A target that resolves to a private object (a ``_name`` anywhere in its path: mkdocstrings does
not render them), or that names a builtin or a standard-library module (``ValueError``,
``ast.literal_eval``), becomes inline code. Any other target that does not resolve is logged as a
warning, which fails the strict build. ``~`` shows only the last component, as in Sphinx. Roles
inside double-backquoted code are left alone.

The same pass gives module and class attributes the documentation Sphinx reads from ``#:``
comments (on the lines just above the assignment, or after it on its line), which griffe ignores:
without it, the ready-made rewards (``aha = Reward(...)``) and the constants they cite would be
missing from the API reference.

A factory's default written as its scorer's field (``unit: Unit = field_default(OverlongPenalty,
"unit")``, so the value is stated once) is shown as its value (``unit: Unit = 'char'``), read
from the imported function's signature.

Configured in mkdocs.yml: ``extensions: [docs/scripts/sphinx_roles.py]`` under the python
handler's options.
"""

from __future__ import annotations

import builtins
import importlib
import inspect
import logging
import re
import sys
from collections.abc import Callable, Iterator

import griffe

_log = logging.getLogger("mkdocs.plugins.sphinx_roles")

#: A role, or a double-backquoted code span (kept as is, with any run of closing backquotes).
ROLE = re.compile(
    r"(?P<code>``.+?``+)"
    r"|:(?P<role>class|func|data|mod|meth|attr|exc|obj|const):`(?P<tilde>~?)(?P<target>[^`]+)`",
    re.DOTALL,
)

#: The package whose docstrings are rewritten.
PACKAGE = "rewardkit"


def is_external(target: str) -> bool:
    """``target`` names a builtin (``ValueError``) or something in the standard library."""
    head = target.lstrip(".").split(".", 1)[0]
    return hasattr(builtins, head) or head in sys.stdlib_module_names


def is_private(path: str) -> bool:
    """Some component of ``path`` starts with ``_`` (dunders too: mkdocs filters ``^_``)."""
    return any(part.startswith("_") for part in path.split("."))


def candidates(target: str, scope: str) -> Iterator[str]:
    """Full paths ``target`` may name, seen from the object at dotted path ``scope``."""
    if target.startswith(f"{PACKAGE}.") or target == PACKAGE:
        yield target
        return
    parts = scope.split(".")
    if target.startswith("."):
        relative = target.lstrip(".")
        for end in range(len(parts), 0, -1):
            yield ".".join([*parts[:end], relative])
        return
    for end in range(len(parts), 0, -1):
        yield ".".join([*parts[:end], target])


def rewrite(text: str, scope: str, resolve: Callable[[str], str | None]) -> str:
    """Rewrite the roles of ``text`` (a docstring of the object at ``scope``).

    ``resolve`` maps a full dotted path to the canonical path of the object it names, or
    ``None`` when there is no such object.
    """

    def replace(match: re.Match[str]) -> str:
        if match["code"] is not None:
            return match["code"]
        target = match["target"].strip()
        shown = target.rsplit(".", 1)[-1] if match["tilde"] else target.lstrip(".")
        if match["role"] in {"func", "meth"}:
            shown += "()"
        for path in candidates(target, scope):
            found = resolve(path)
            if found is not None:
                return f"`{shown}`" if is_private(found) else f"[`{shown}`][{found}]"
        if not is_external(target) and not is_private(target):
            _log.warning("%s: cross-reference %s does not resolve", scope, match.group(0))
        return f"`{shown}`"

    return ROLE.sub(replace, text)


def _resolver(collection: griffe.ModulesCollection) -> Callable[[str], str | None]:
    def resolve(path: str) -> str | None:
        try:
            obj = collection.get_member(path)
            if isinstance(obj, griffe.Alias):
                return str(obj.final_target.path)
            return str(obj.path)
        except Exception:  # missing member, unresolvable alias: not this path
            return None

    return resolve


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not isinstance(member, griffe.Alias):
            yield from _objects(member)


#: ``#:`` comment on its own line, or trailing an assignment.
_COMMENT = re.compile(r"^\s*#:\s?(?P<text>.*)$")
_TRAILING = re.compile(r"#:\s?(?P<text>[^'\"]*)$")


def comment_doc(lines: list[str], lineno: int) -> str | None:
    """The ``#:`` documentation of the assignment on 1-based line ``lineno`` of ``lines``."""
    above = []
    index = lineno - 2
    while index >= 0 and (match := _COMMENT.match(lines[index])) is not None:
        above.append(match["text"])
        index -= 1
    if above:
        return "\n".join(reversed(above))
    trailing = _TRAILING.search(lines[lineno - 1]) if 0 < lineno <= len(lines) else None
    return trailing["text"].strip() if trailing is not None else None


def _attach_comment_docs(obj: griffe.Object) -> None:
    if not isinstance(obj, griffe.Attribute) or obj.docstring is not None or obj.lineno is None:
        return
    try:
        lines = obj.lines_collection[obj.filepath]  # type: ignore[index]
    except Exception:  # no source (a compiled module): nothing to attach
        return
    text = comment_doc(lines, obj.lineno)
    if text:
        parent_doc = obj.module.docstring
        parser = parent_doc.parser if parent_doc is not None else None
        obj.docstring = griffe.Docstring(
            text, lineno=obj.lineno, parent=obj, parser=parser or "google"
        )


def show_field_defaults(obj: griffe.Object) -> None:
    """Show each ``field_default(...)`` parameter default of function ``obj`` as its value."""
    if not isinstance(obj, griffe.Function):
        return
    pending = [p for p in obj.parameters if str(p.default).startswith("field_default(")]
    if not pending:
        return
    function = getattr(importlib.import_module(obj.module.path), obj.name)
    signature = inspect.signature(function)
    for parameter in pending:
        parameter.default = repr(signature.parameters[parameter.name].default)


class SphinxRoles(griffe.Extension):
    """Rewrite the Sphinx roles of every docstring of the loaded ``rewardkit`` package."""

    def on_package(
        self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: object
    ) -> None:
        """Rewrite once the package is completely loaded (imports can then be followed)."""
        del kwargs
        if pkg.path != PACKAGE:
            return
        resolve = _resolver(loader.modules_collection)
        for obj in _objects(pkg):
            _attach_comment_docs(obj)
            show_field_defaults(obj)
            if obj.docstring is not None:
                obj.docstring.value = rewrite(obj.docstring.value, obj.path, resolve)
