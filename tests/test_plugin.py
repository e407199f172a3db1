"""A third-party extractor plugin is discovered through the ``kornews.extractors`` entry point.

The example plugin (``tests/plugin_example/``, distribution ``kornews-example-outlet``) is "installed"
into a temporary site directory the way pip lays it out — the package plus a ``.dist-info`` folder with
``METADATA`` and the ``entry_points.txt`` its pyproject declares — and that directory is put on
``sys.path``.  ``registry.extractors`` is cached, so the cache is cleared before and after.

The example's own tests use the kornews pytest plugin (three lines in a test module); a copy of the
example is run in a subprocess to show that the plugin collects the contract and that it can fail.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kornews
from kornews import registry

PLUGIN = Path(__file__).resolve().parent / "plugin_example"
PAGE = PLUGIN / "fixtures" / "exampleilbo" / "story.html"
URL = "https://www.exampleilbo.kr/news/202507220001"


def _entry_points_txt() -> str:
    """The ``[project.entry-points."kornews.extractors"]`` table of the plugin's pyproject, as pip writes it."""
    text = (PLUGIN / "pyproject.toml").read_text(encoding="utf-8")
    m = re.search(r'^\[project\.entry-points\."kornews\.extractors"\]\n((?:[^\[\n].*\n|\n)*)', text, re.MULTILINE)
    assert m, "the example plugin must declare a kornews.extractors entry point"
    lines = [
        line.replace('"', "").strip() for line in m.group(1).splitlines() if "=" in line and not line.startswith("#")
    ]
    return "[kornews.extractors]\n" + "\n".join(lines) + "\n"


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site-packages"
    shutil.copytree(PLUGIN / "src" / "kornews_example_outlet", site / "kornews_example_outlet")
    dist = site / "kornews_example_outlet-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: kornews-example-outlet\nVersion: 0.1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(_entry_points_txt(), encoding="utf-8")
    saved = sys.modules.pop("kornews_example_outlet", None)
    monkeypatch.syspath_prepend(str(site))  # also invalidates the import/metadata caches
    registry.extractors.cache_clear()
    try:
        yield site
    finally:
        monkeypatch.undo()
        sys.modules.pop("kornews_example_outlet", None)
        if saved is not None:
            sys.modules["kornews_example_outlet"] = saved
        importlib.invalidate_caches()
        registry.extractors.cache_clear()


def test_plugin_is_not_registered_without_installation() -> None:
    assert "exampleilbo" not in {e.id for e in registry.extractors()}


def test_installed_plugin_is_discovered_and_used(installed_plugin: Path) -> None:
    from importlib.metadata import entry_points

    assert [ep.name for ep in entry_points(group=registry.ENTRY_POINT_GROUP)] == ["exampleilbo"]
    exts = {e.id: e for e in registry.extractors()}
    assert "exampleilbo" in exts
    assert type(exts["exampleilbo"]).__module__ == "kornews_example_outlet"
    assert Path(sys.modules["kornews_example_outlet"].__file__ or "").is_relative_to(installed_plugin)
    # by URL, and recognised from the page alone
    article = kornews.extract(PAGE.read_bytes(), url=URL)
    assert article.extractor == "exampleilbo" and article.outlet == "exampleilbo"
    assert article.title == "예시시 스마트 교통 시범사업 시작"
    assert kornews.extract(PAGE.read_bytes()).extractor == "exampleilbo"
    assert "exampleilbo" in {o["id"] for o in kornews.supported()}


def test_uninstalling_removes_it_again(installed_plugin: Path) -> None:
    assert "exampleilbo" in {e.id for e in registry.extractors()}
    shutil.rmtree(installed_plugin / "kornews_example_outlet-0.1.0.dist-info")
    importlib.invalidate_caches()
    registry.extractors.cache_clear()
    assert "exampleilbo" not in {e.id for e in registry.extractors()}
    # without the plugin the page falls back to the generic extractor
    assert kornews.extract(PAGE.read_bytes(), url=URL).extractor == "generic"


# -- the pytest plugin (kornews.testing.plugin): the contract for a plugin package in three lines ---------------


def test_the_pytest_plugin_is_installed(request: pytest.FixtureRequest) -> None:
    """kornews declares it under ``pytest11``; without it the example's contract would collect nothing."""
    assert request.config.pluginmanager.hasplugin("kornews"), "reinstall kornews (pip install -e .) to load its plugin"


def _run_example_suite(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", *args]
    return subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    root = tmp_path / "plugin_example"
    shutil.copytree(PLUGIN, root, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return root


def test_the_example_package_runs_the_contract_through_the_plugin(example_copy: Path) -> None:
    done = _run_example_suite(example_copy, "-k", "expected_output or json_round_trip or has_fixtures")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout, done.stdout


def test_the_plugin_contract_fails_on_a_wrong_expected_output(example_copy: Path) -> None:
    case = example_copy / "fixtures" / "exampleilbo" / "story.json"
    data = json.loads(case.read_text(encoding="utf-8"))
    data["title"] = "다른 제목"
    case.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = _run_example_suite(example_copy, "-k", "expected_output or json_round_trip")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED tests/test_example_outlet_contract.py::TestKornewsContract::test_expected_output" in done.stdout
    assert "1 passed" in done.stdout, done.stdout
