"""rewardkit._doctor: which installation is imported, and the warning when two claim the name.

The installed distributions are real ``*.dist-info`` folders written to a temporary directory and
read through :class:`importlib.metadata.PathDistribution`, the class pip-installed packages use.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

import rewardkit
from rewardkit._doctor import DISTRIBUTION, EXTRAS, diagnose, doctor_text, version_text


def _dist_info(
    site: Path,
    name: str,
    files: list[str],
    *,
    top_level: str | None = None,
    editable_dir: Path | None = None,
) -> metadata.Distribution:
    folder = site / f"{name.replace('-', '_')}-1.0.dist-info"
    folder.mkdir(parents=True)
    for file in files:  # Python 3.12+ lists only recorded files that exist
        (site / file).parent.mkdir(parents=True, exist_ok=True)
        (site / file).touch()
    (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    record = [*files, f"{folder.name}/METADATA"]
    (folder / "RECORD").write_text("\n".join(f"{file},," for file in record) + "\n")
    if top_level is not None:
        (folder / "top_level.txt").write_text(top_level)
    if editable_dir is not None:
        info = {"url": editable_dir.as_uri(), "dir_info": {"editable": True}}
        (folder / "direct_url.json").write_text(json.dumps(info))
    return metadata.PathDistribution(folder)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    package = tmp_path / "site-packages" / "rewardkit"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    return tmp_path / "site-packages"


def test_owner_is_the_distribution_that_recorded_the_imported_file(site: Path) -> None:
    ours = _dist_info(site, DISTRIBUTION, ["rewardkit/__init__.py", "rewardkit/reward.py"])
    other = _dist_info(site, "numpy", ["numpy/__init__.py"])
    module = str((site / "rewardkit/__init__.py").resolve())
    found = diagnose(module_path=module, distributions=[other, ours])
    assert found.owners == ("rewardkit-rl",)
    assert found.claimants == ("rewardkit-rl",)
    assert found.conflict is None
    assert version_text(found) == f"rewardkit {rewardkit.__version__} (rewardkit-rl; {module})"


def test_two_claimants_give_one_loud_line_naming_both_and_the_fix(site: Path) -> None:
    ours = _dist_info(site, DISTRIBUTION, ["rewardkit/reward.py"])
    harbor = _dist_info(site, "harbor-rewardkit", ["rewardkit/__init__.py", "rewardkit/x.py"])
    module = str((site / "rewardkit/__init__.py").resolve())
    found = diagnose(module_path=module, distributions=[harbor, ours])
    assert found.owners == ("harbor-rewardkit",)
    assert found.claimants == ("harbor-rewardkit", "rewardkit-rl")
    assert found.conflict == (
        "WARNING: 2 installed distributions provide the import package 'rewardkit': "
        f"harbor-rewardkit, rewardkit-rl. Python imports {module} (harbor-rewardkit). "
        "To keep only this library: pip uninstall -y harbor-rewardkit rewardkit-rl "
        "&& pip install rewardkit-rl"
    )
    assert version_text(found).splitlines() == [
        f"rewardkit {rewardkit.__version__} (harbor-rewardkit; {module})",
        found.conflict,
    ]


def test_both_recording_the_imported_file_are_both_named(site: Path) -> None:
    ours = _dist_info(site, DISTRIBUTION, ["rewardkit/__init__.py"])
    harbor = _dist_info(site, "harbor-rewardkit", ["rewardkit/__init__.py"])
    found = diagnose(module_path=str(site / "rewardkit/__init__.py"), distributions=[ours, harbor])
    assert found.owners == ("harbor-rewardkit", "rewardkit-rl")
    assert found.origin == (
        "harbor-rewardkit or rewardkit-rl: each recorded this file, the last installed wrote it"
    )
    assert doctor_text(found).splitlines()[-1] == found.conflict


def test_top_level_txt_is_a_claim_without_files_under_the_package(site: Path) -> None:
    legacy = _dist_info(site, "old-rewardkit", ["old_rewardkit.egg-link"], top_level="rewardkit\n")
    found = diagnose(module_path=str(site / "rewardkit/__init__.py"), distributions=[legacy])
    assert found.claimants == ("old-rewardkit",)
    assert found.owners == ()


def test_editable_install_owns_the_source_tree_it_points_at(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    source = checkout / "src" / "rewardkit" / "__init__.py"
    source.parent.mkdir(parents=True)
    source.write_text("")
    ours = _dist_info(tmp_path / "site", DISTRIBUTION, ["_rewardkit_rl.pth"], editable_dir=checkout)
    harbor = _dist_info(tmp_path / "site", "harbor-rewardkit", ["rewardkit/__init__.py"])
    found = diagnose(module_path=str(source), distributions=[ours, harbor])
    assert found.owners == ("rewardkit-rl",)
    assert found.claimants == ("harbor-rewardkit", "rewardkit-rl")
    assert found.conflict is not None


def test_source_tree_without_installation(site: Path) -> None:
    found = diagnose(module_path=str(site / "rewardkit/__init__.py"), distributions=[])
    assert (found.owners, found.claimants, found.conflict) == ((), (), None)
    assert version_text(found) == (
        f"rewardkit {rewardkit.__version__} (not installed, imported from a source tree; "
        f"{found.module_path})"
    )
    lines = doctor_text(found).splitlines()
    assert "distribution: not installed, imported from a source tree" in lines


def test_broken_metadata_is_no_claim_and_never_raises(site: Path) -> None:
    folder = site / "broken-1.0.dist-info"
    folder.mkdir()
    (folder / "direct_url.json").write_text("{not json")
    (folder / "RECORD").write_bytes(b"\xff\xfe\x00garbage")
    found = diagnose(
        module_path=str(site / "rewardkit/__init__.py"),
        distributions=[metadata.PathDistribution(folder)],
    )
    assert found.owners == ()
    assert found.claimants == ()


def test_doctor_lists_every_extra_with_an_install_hint_when_missing(site: Path) -> None:
    found = diagnose(module_path=str(site / "rewardkit/__init__.py"), distributions=[])
    missing = type(found)(
        version=found.version,
        module_path=found.module_path,
        owners=(),
        claimants=(),
        python=found.python,
        platform=found.platform,
        extras=tuple((extra, module, False) for extra, module, _, _ in EXTRAS),
    )
    extras = [line for line in doctor_text(missing).splitlines() if line.startswith("extra [")]
    assert extras == [
        "extra [fast] hyperscan: missing: pip install hyperscan - one-pass scans for the "
        "reflection rewards",
        "extra [fast] orjson: missing: pip install orjson - reading input lines about "
        "twice as fast",
        "extra [parquet] pyarrow: missing: pip install pyarrow - Parquet and Arrow input, "
        "--out x.parquet",
        "extra [server] uvicorn: missing: pip install starlette uvicorn - rewardkit serve",
        "extra [ray] ray: missing: pip install 'ray[data]' - rewardkit score --engine ray",
        "extra [judge] httpx: missing: pip install httpx - rewardkit profile --judge",
        "extra [plot] matplotlib: missing: pip install matplotlib - rewardkit report --plot",
        "extra [trl] trl: missing: pip install trl - TRL's GRPOTrainer",
        "extra [bench] math_verify: missing: pip install 'math-verify[antlr4_13_2]' - "
        "benchmarks against math-verify",
        "extra [docs] mkdocs: missing: pip install mkdocs-material 'mkdocstrings[python]' - "
        "building the documentation",
    ]


def test_the_running_interpreter_is_diagnosed_without_errors() -> None:
    found = diagnose()
    assert Path(found.module_path) == Path(rewardkit.__file__).resolve()
    assert found.version == rewardkit.__version__
    assert version_text(found).splitlines()[0].startswith(f"rewardkit {rewardkit.__version__} (")
