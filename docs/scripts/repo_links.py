"""mkdocs hook: links from a docs page to repository files outside ``docs/`` go to the repository.

On GitHub, ``[results](../benchmarks/RESULTS.md)`` in ``docs/performance.md`` opens the file; in
the built site there is no such page, so mkdocs --strict rejects the link. This hook rewrites
every relative Markdown link whose target resolves outside ``docs/`` to
``<repo_url>/blob/main/<path>``, and logs a warning (an error under --strict) when the target
does not exist in the repository.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_log = logging.getLogger("mkdocs.plugins.repo_links")
_LINK = re.compile(r"\]\((?P<target>\.\./[^)\s#]+)(?P<anchor>#[^)\s]*)?\)")


def rewrite(markdown: str, page_path: str, repo_url: str) -> str:
    """Rewrite the links of the page at ``docs/<page_path>`` that leave ``docs/``."""

    def replace(match: re.Match[str]) -> str:
        target = posixpath.normpath(
            posixpath.join("docs", posixpath.dirname(page_path), match["target"])
        )
        if target.startswith("docs/") or target.startswith(".."):
            return match.group(0)
        if not (ROOT / target).exists():
            _log.warning(
                "Doc file '%s' links to '%s', which is not in the repository", page_path, target
            )
        return f"]({repo_url.rstrip('/')}/blob/main/{target}{match['anchor'] or ''})"

    return _LINK.sub(replace, markdown)


def on_page_markdown(markdown: str, page: object, config: object, **kwargs: object) -> str:
    """Rewrite the page's links to repository files outside ``docs/``."""
    del kwargs
    repo_url = getattr(config, "get", lambda *_: None)("repo_url")
    source = getattr(getattr(page, "file", None), "src_uri", "")
    return rewrite(markdown, source, repo_url) if repo_url else markdown
