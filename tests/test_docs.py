"""Execute every ```python code block of the documentation (``docs/**/*.md``).

``>>>`` examples are doctests, run by pytest's ``--doctest-glob=*.md``; this module runs the other
Python blocks. The blocks of one page run in order in one namespace (a later block may use what
an earlier one defined), from the project root (so ``examples/...`` paths work).

A block that needs a package rewardkit does not depend on is preceded by a marker line
``<!-- skip: needs trl -->``; :data:`ALLOWED_SKIPS` is the only reason accepted, and the list
of skipped blocks is kept minimal by :func:`test_skipped_blocks_are_few`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: ``<!-- skip: REASON -->`` on the line before a fence skips the block; these reasons only.
ALLOWED_SKIPS = frozenset({"needs trl"})

#: Pages whose blocks need an optional extra (run where it is installed, as in ``nox -s tests``;
#: skipped in the extras-free ``tests_versions`` sessions).
PAGE_NEEDS = {"scale.md": ("pyarrow",)}

_FENCE = re.compile(
    r"(?:^<!-- skip: (?P<skip>[^>]*?) -->\n)?^```python[^\n]*\n(?P<code>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


def _blocks(page: Path) -> list[tuple[int, str, str | None]]:
    """``(line, code, skip reason)`` for each ```python block of ``page`` (no doctests)."""
    text = page.read_text(encoding="utf-8")
    blocks = []
    for match in _FENCE.finditer(text):
        code = match.group("code")
        if code.lstrip().startswith(">>>"):
            continue
        line = text.count("\n", 0, match.start("code")) + 1
        blocks.append((line, code, match.group("skip")))
    return blocks


PAGES = sorted(path for path in DOCS.rglob("*.md") if _blocks(path))


@pytest.mark.parametrize("page", PAGES, ids=[str(path.relative_to(DOCS)) for path in PAGES])
def test_python_blocks_run(page, monkeypatch):
    for module in PAGE_NEEDS.get(page.name, ()):
        pytest.importorskip(module)
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    ran = 0
    for line, code, skip in _blocks(page):
        if skip is not None:
            assert skip in ALLOWED_SKIPS, f"{page.name}:{line}: unknown skip reason {skip!r}"
            continue
        compiled = compile(code, f"{page.relative_to(ROOT)}:{line}", "exec")
        exec(compiled, namespace)  # our own documentation, never model output
        ran += 1
    assert ran or all(skip for _, _, skip in _blocks(page))


def test_skipped_blocks_are_few():
    skipped = [
        f"{page.relative_to(DOCS)}:{line}"
        for page in sorted(DOCS.rglob("*.md"))
        for line, _, skip in _blocks(page)
        if skip is not None
    ]
    # one trainer example per page that shows GRPOTrainer, no more
    pages = [entry.split(":")[0] for entry in skipped]
    assert len(pages) == len(set(pages)), skipped


def test_fence_parser():
    text = (
        "a\n```python\nx = 1\n```\n<!-- skip: needs trl -->\n```python\nimport trl\n```\n"
        "```python\n>>> 1\n1\n```\n```sh\nls\n```\n"
    )
    page = DOCS / "_fence_test.md"
    try:
        page.write_text(text, encoding="utf-8")
        assert _blocks(page) == [(3, "x = 1\n", None), (7, "import trl\n", "needs trl")]
    finally:
        page.unlink()


def test_cli_reference_markers_expand():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "gen_cli_reference", DOCS / "scripts" / "gen_cli_reference.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = (DOCS / "cli-reference.md").read_text(encoding="utf-8")
    commands = module.MARKER.findall(page)
    assert {"rewardkit", "score", "filter", "list"} <= set(commands)
    expanded = module.expand(page)
    assert "<!-- cli-help" not in expanded
    assert "usage: rewardkit score" in expanded
    assert expanded.count("```text") == len(commands)


_SHELL_FENCE = re.compile(
    r"^```(?P<kind>sh|bash|console)[^\n]*\n(?P<code>.*?)^```\s*$", re.MULTILINE | re.DOTALL
)


def _rewardkit_commands() -> list[tuple[str, str]]:
    """``(where, command line)`` for each ``rewardkit ...`` command of the docs' shell blocks.

    In ``sh``/``bash`` blocks every line is a command; in ``console`` blocks only lines starting
    with ``$ `` are (the others are output). Compound lines are split at ``&&`` and ``|``.
    """
    found = []
    for page in [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]:
        text = page.read_text(encoding="utf-8")
        for match in _SHELL_FENCE.finditer(text):
            console = match.group("kind") == "console"
            for line in match.group("code").splitlines():
                if console:
                    if not line.startswith("$ "):
                        continue
                    line = line[2:]
                for part in re.split(r"&&|\|", line):
                    command = part.strip()
                    if command.startswith("rewardkit "):
                        found.append((f"{page.relative_to(ROOT)}: {command}", command))
    return found


COMMANDS = _rewardkit_commands()


@pytest.mark.parametrize("command", [c for _, c in COMMANDS], ids=[w for w, _ in COMMANDS])
def test_documented_commands_parse(command):
    """Every ``rewardkit`` command shown in the docs has valid options (parsed, not run)."""
    import shlex

    from rewardkit.cli import build_parser

    arguments = shlex.split(command, comments=True)[1:]
    redirects = [i for i, word in enumerate(arguments) if word.lstrip("12").startswith((">", "<"))]
    arguments = arguments[: redirects[0]] if redirects else arguments
    if arguments[:1] in (["--version"], ["--help"]):  # they print and exit 0 once parsed
        with pytest.raises(SystemExit, match=r"^0$"):
            build_parser().parse_args(arguments)
    else:
        build_parser().parse_args(arguments)  # argparse exits (SystemExit 2) on a bad option


def _load_script(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, DOCS / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("page", "markdown", "expected"),
    [
        pytest.param(
            "performance.md",
            "see [results](../benchmarks/RESULTS.md#top).",
            "see [results](https://x.org/r/blob/main/benchmarks/RESULTS.md#top).",
            id="outside-docs",
        ),
        pytest.param(
            "recipes/verl.md",
            "[pkv](../structure.md) and [readme](../../README.md)",
            "[pkv](../structure.md) and [readme](https://x.org/r/blob/main/README.md)",
            id="nested-page",
        ),
        pytest.param("index.md", "[api](api.md)", "[api](api.md)", id="inside-docs"),
    ],
)
def test_repo_links_rewrite(page, markdown, expected):
    assert _load_script("repo_links").rewrite(markdown, page, "https://x.org/r/") == expected


def test_repo_links_warn_on_missing_target(caplog):
    module = _load_script("repo_links")
    with caplog.at_level("WARNING", logger="mkdocs.plugins.repo_links"):
        module.rewrite("[x](../no/such/file.md)", "index.md", "https://x.org/r")
    assert "no/such/file.md" in caplog.text


# --- docs/scripts/sphinx_roles.py: Sphinx roles of docstrings become cross-references ---

_PATHS = {
    "rewardkit.reward.Reward": "rewardkit.reward.Reward",
    "rewardkit.reward.Reward.configure": "rewardkit.reward.Reward.configure",
    "rewardkit.presets.as_reward": "rewardkit.presets.as_reward",
    "rewardkit.presets.combine": "rewardkit.compose.combine",  # an import, followed
    "rewardkit.equivalence.budget": "rewardkit.equivalence.budget",
    "rewardkit.reflection._JOIN_BELOW": "rewardkit.reflection._JOIN_BELOW",
}


@pytest.mark.parametrize(
    ("scope", "docstring", "expected"),
    [
        pytest.param(
            "rewardkit.presets",
            "a :class:`~rewardkit.reward.Reward` here",
            "a [`Reward`][rewardkit.reward.Reward] here",
            id="absolute-tilde",
        ),
        pytest.param(
            "rewardkit.presets",
            ":class:`rewardkit.reward.Reward`",
            "[`rewardkit.reward.Reward`][rewardkit.reward.Reward]",
            id="absolute-full",
        ),
        pytest.param(
            "rewardkit.presets.aha_grpo",
            "see :func:`as_reward` and :func:`combine`",
            "see [`as_reward()`][rewardkit.presets.as_reward] and "
            "[`combine()`][rewardkit.compose.combine]",
            id="module-then-import",
        ),
        pytest.param(
            "rewardkit.reward.Reward.score",
            ":meth:`configure` or :meth:`Reward.configure`",
            "[`configure()`][rewardkit.reward.Reward.configure] or "
            "[`Reward.configure()`][rewardkit.reward.Reward.configure]",
            id="enclosing-class",
        ),
        pytest.param(
            "rewardkit.equivalence",
            ":mod:`.budget`",
            "[`budget`][rewardkit.equivalence.budget]",
            id="relative",
        ),
        pytest.param(
            "rewardkit.reflection.Matcher",
            ":data:`_JOIN_BELOW` and :class:`ValueError` and :mod:`ast`",
            "`_JOIN_BELOW` and `ValueError` and `ast`",
            id="private-builtin-stdlib-as-code",
        ),
        pytest.param(
            "rewardkit.registry",
            "``:func:`~a.b``` becomes ``b``",
            "``:func:`~a.b``` becomes ``b``",
            id="quoted-role-kept",
        ),
    ],
)
def test_sphinx_roles_rewrite(scope, docstring, expected, caplog):
    module = _load_script_or_skip("sphinx_roles")
    with caplog.at_level("WARNING", logger="mkdocs.plugins.sphinx_roles"):
        assert module.rewrite(docstring, scope, _PATHS.get) == expected
    assert caplog.text == ""


def test_sphinx_roles_unresolved_reference_warns(caplog):
    module = _load_script_or_skip("sphinx_roles")
    with caplog.at_level("WARNING", logger="mkdocs.plugins.sphinx_roles"):
        text = module.rewrite("see :func:`no_such_reward`", "rewardkit.presets", _PATHS.get)
    assert text == "see `no_such_reward()`"
    assert "rewardkit.presets: cross-reference :func:`no_such_reward` does not resolve" in (
        caplog.text
    )


@pytest.mark.parametrize(
    ("lines", "lineno", "expected"),
    [
        pytest.param(
            ["x = 1", "#: The answer.", "#: Twice.", "Y = 2"], 4, "The answer.\nTwice.", id="above"
        ),
        pytest.param(["Y = 2  #: Inline."], 1, "Inline.", id="trailing"),
        pytest.param(["# plain comment", "Y = 2"], 2, None, id="plain-comment"),
        pytest.param(["Y = '#: not a comment'"], 1, None, id="inside-a-string"),
    ],
)
def test_sphinx_roles_comment_docs(lines, lineno, expected):
    assert _load_script_or_skip("sphinx_roles").comment_doc(lines, lineno) == expected


# --- docs/scripts/check_site.py: no literal role in the built HTML ---


@pytest.mark.parametrize(
    ("html", "count"),
    [
        pytest.param(
            "<p>one :class:<code>~rewardkit.reward.Reward</code> here</p>", 1, id="literal-role"
        ),
        pytest.param("<p>:func:`combine` and :data:`PRESETS`</p>", 2, id="backquoted"),
        pytest.param('<p>a <a href="#x"><code>Reward</code></a></p>', 0, id="link"),
        pytest.param("<p><code>:func:`~a.b`</code></p><pre>:mod:`x`</pre>", 0, id="quoted"),
    ],
)
def test_check_site_finds_literal_roles(html, count):
    assert len(_load_script("check_site").literal_roles(html)) == count


def test_check_site_exit_status(tmp_path, capsys):
    import rewardkit

    module = _load_script("check_site")
    assert module.main([str(tmp_path)]) == 1  # no pages is a failure, not a pass
    (tmp_path / "api").mkdir()
    anchors = "".join(f'<h2 id="rewardkit.x.{name}"></h2>' for name in rewardkit.__all__)
    (tmp_path / "api" / "index.html").write_text(anchors)
    assert module.main([str(tmp_path)]) == 0
    (tmp_path / "cli.html").write_text("<p>see :meth:<code>score</code></p>")
    assert module.main([str(tmp_path)]) == 1
    assert "cli.html: literal Sphinx role" in capsys.readouterr().err


def test_check_site_missing_exports():
    module = _load_script("check_site")
    html = '<h3 id="rewardkit.aha"></h3><h3 id="rewardkit.tasks.tools.tool_use"></h3>'
    assert module.missing_exports(html, ["aha", "tool_use", "gate", "__version__"]) == ["gate"]


def _load_script_or_skip(name: str):
    pytest.importorskip("griffe", reason="the docs extra (mkdocstrings) is not installed")
    return _load_script(name)


def test_sphinx_roles_show_field_defaults_as_values():
    module = _load_script_or_skip("sphinx_roles")
    import griffe

    length = griffe.load("rewardkit.length", search_paths=[str(ROOT / "src")])
    function = length["overlong_penalty"]
    assert str(function.parameters["unit"].default).startswith("field_default(")
    module.show_field_defaults(function)
    assert function.parameters["unit"].default == "'char'"


# --- README: the quick start and the "Use it" example ---

README = ROOT / "README.md"


def _readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_readme_quick_start_is_clone_then_two_commands():
    block = re.search(r"```sh\n(.*?)```", _readme_section("Quick start"), re.DOTALL)
    assert block is not None
    lines = block.group(1).strip().splitlines()
    assert len(lines) == 3, lines
    assert lines[0].startswith("git clone ")
    assert "rewardkit score examples/completions.jsonl" in lines[1]
    assert (ROOT / "examples" / "completions.jsonl").is_file()
    assert lines[2].endswith("nox -s tests")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"nox -s [\w ]*\btests\b", ci), "the README's test command is not what CI runs"


def test_readme_use_it_example_prints_what_its_comments_say(capsys):
    blocks = re.findall(r"```python\n(.*?)```", _readme_section("Use it"), re.DOTALL)
    assert len(blocks) == 1
    code = blocks[0]
    assert len([line for line in code.splitlines() if line.strip()]) == 5  # "five lines"
    expected = [
        line.split("# ", 1)[1].strip() for line in code.splitlines() if line.startswith("print(")
    ]
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # our own README
    assert capsys.readouterr().out.splitlines() == expected
