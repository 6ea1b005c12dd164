"""Fail when the built documentation site shows a Sphinx role as literal text.

``python docs/scripts/check_site.py site`` (run by ``nox -s docs`` after ``mkdocs build
--strict``) scans every HTML page of the site for ``:class:`...```, ``:func:``, ``:data:``,
``:mod:``, ``:meth:``, ``:attr:``, ``:exc:``, ``:obj:`` and ``:const:`` outside ``<code>`` and
``<pre>`` elements (where a role is quoted on purpose), prints each one with its page, and exits
with status 1 if there is any. docs/scripts/sphinx_roles.py is what turns them into links.

It also checks that the API reference (``api/index.html``) documents every public name of
``rewardkit.__all__`` (an anchor ``id="rewardkit....NAME"``; dunders like ``__version__`` are
not rendered).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: A literal role as it reaches HTML (Markdown turned its backquoted target into <code>).
LITERAL_ROLE = re.compile(r":(?:class|func|data|mod|meth|attr|exc|obj|const):(?:`|<code>)")
_CODE = re.compile(r"<(code|pre)\b[^>]*>.*?</\1>", re.DOTALL)


def literal_roles(html: str) -> list[str]:
    """The literal roles of one page (with a little context), outside code and pre elements."""
    text = _CODE.sub(lambda match: "<code></code>" if match[1] == "code" else "", html)
    # a role whose target became <code>: keep the marker that follows the role
    return [text[max(0, m.start() - 30) : m.end() + 10] for m in LITERAL_ROLE.finditer(text)]


def missing_exports(html: str, names: list[str]) -> list[str]:
    """The public ``names`` (dunders excepted) without an anchor in the API reference ``html``."""
    anchors = set(re.findall(r'id="(rewardkit(?:\.[\w]+)*)"', html))
    ends = {anchor.rsplit(".", 1)[-1] for anchor in anchors if "." in anchor}
    return [name for name in names if not name.startswith("__") and name not in ends]


def main(argv: list[str]) -> int:
    """Check the site folder ``argv[0]`` (default ``site``); 0 when clean, 1 otherwise."""
    site = Path(argv[0] if argv else "site")
    pages = sorted(site.rglob("*.html"))
    if not pages:
        print(f"check_site: no HTML pages under {site}", file=sys.stderr)
        return 1
    found = [(page, hit) for page in pages for hit in literal_roles(page.read_text("utf-8"))]
    for page, hit in found:
        print(f"{page.relative_to(site)}: literal Sphinx role: {hit!r}", file=sys.stderr)
    api = site / "api" / "index.html"
    import rewardkit  # the docs session installs it

    html = api.read_text("utf-8") if api.exists() else ""
    missing = missing_exports(html, list(rewardkit.__all__))
    if missing:
        print(f"check_site: not in the API reference: {', '.join(missing)}", file=sys.stderr)
    return 1 if found or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
