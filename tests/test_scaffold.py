"""``tools/new_outlet.py`` scaffolds an outlet that passes the key tests from the first run: its sample
extracts completely and cleanly, is recognised without URL and in rendered text (through the shared
text reader: no ``extract_text`` to write), keeps the whole extractor contract, has its evidence file,
and renders into docs/outlets.md.  The scaffold writes into a temporary root, never into this tree."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import kornews
from kornews import registry
from kornews.dom import render_text
from kornews.page import Page
from kornews.testing.fixtures import load, run
from kornews.testing.plugin import contract_class

ROOT = Path(__file__).resolve().parents[1]
ID, NAME, DOMAIN = "yesi", "예시신문", "yesi.co.kr"


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, type]]:
    root = tmp_path_factory.mktemp("repo")
    before = {e.id for e in registry.extractors()}
    written = _tool("new_outlet").scaffold(ID, NAME, DOMAIN, root, docs=False)
    assert {p.relative_to(root).as_posix() for p in written} == {
        f"src/kornews/outlets/{ID}.py",
        f"fixtures/{ID}/sample.html",
        f"fixtures/{ID}/sample.json",
        f"fixtures/{ID}/sample.body.txt",
        f"docs/evidence/{ID}.md",
    }
    cls = type(registry.get(ID))
    try:
        yield root, cls
    finally:
        registry.unregister(cls)
        assert {e.id for e in registry.extractors()} == before


def test_the_sample_extracts_completely_and_cleanly(scaffolded: tuple[Path, type]) -> None:
    root, _cls = scaffolded
    case = load(root / "fixtures" / ID / "sample.json")
    article = run(case)
    assert article.to_dict() == case.expected  # what the scaffold wrote is what extraction gives
    assert (article.extractor, article.outlet, article.publisher, article.layout) == (ID, ID, NAME, "2025")
    assert article.title == "서울시 스마트 교통 시범사업 시작" and article.article_id == "202507220001"
    assert article.subtitles == ("신호등 120곳에 AI 제어 도입", "출퇴근 정체 20% 감소 기대")
    assert [(r.name, r.role, r.email) for r in article.reporters] == [("홍길동", "기자", f"hong@{DOMAIN}")]
    assert article.published is not None and article.published.isoformat() == "2025-07-22T14:00:25+09:00"
    assert len(article.body) == 3 and article.body[0].startswith("서울시가 다음 달부터")
    assert [(i.caption, i.credit) for i in article.images] == [
        ("서울시 교통정보센터에서 직원들이 신호 제어 화면을 살펴보고 있다.", "서울시")
    ]
    assert article.copyright == f"Copyright © {NAME}. 무단전재 및 재배포 금지."
    for snippet in case.boilerplate:
        assert all(snippet not in p for p in article.body), snippet
    assert run(case, with_url=False).extractor == ID  # recognised from the page alone


def test_the_sample_reads_the_same_in_text_mode(scaffolded: tuple[Path, type]) -> None:
    root, _cls = scaffolded
    case = load(root / "fixtures" / ID / "sample.json")
    html_article = run(case)
    body = Page.from_input(case.input_bytes()).tree.body
    assert body is not None
    text_article = kornews.extract_text(render_text(body))
    assert text_article.extractor == ID and text_article.layout == "text"
    assert text_article.title == html_article.title
    assert text_article.reporters == html_article.reporters
    assert text_article.body == html_article.body


def test_the_scaffolded_extractor_keeps_the_contract(scaffolded: tuple[Path, type]) -> None:
    root, cls = scaffolded
    contract = contract_class(cls, [root / "fixtures" / ID / "sample.json"], __name__)()
    ran = []
    for name in sorted(n for n in dir(contract) if n.startswith("test_")):
        try:
            getattr(contract, name)()
        except pytest.skip.Exception:
            continue
        ran.append(name)
    assert {"test_expected_output", "test_no_boilerplate_in_body", "test_encoding_invariance"} <= set(ran)
    assert "test_robust_to_mutated_pages" in ran and "test_example_urls_claimed_by_this_extractor_only" in ran


def test_the_module_is_documented_lint_clean_and_rendered(scaffolded: tuple[Path, type]) -> None:
    root, _cls = scaffolded
    module = root / "src" / "kornews" / "outlets" / f"{ID}.py"
    evidence = root / "docs" / "evidence" / f"{ID}.md"
    assert evidence.is_file() and f"docs/evidence/{ID}.md" in module.read_text(encoding="utf-8")
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", str(ROOT / "pyproject.toml"), str(module)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert f"## {NAME} — `{ID}` (outlet)" in _tool("gen_outlets_doc").render()


def test_the_scaffold_refuses_to_overwrite(scaffolded: tuple[Path, type]) -> None:
    root, _cls = scaffolded
    with pytest.raises(SystemExit, match="exists already"):
        _tool("new_outlet").scaffold(ID, NAME, DOMAIN, root, docs=False)
