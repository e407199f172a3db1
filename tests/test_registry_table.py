"""registry.BUILTIN, the table of built-in extractor modules, matches the modules; a URL or an id
imports only the module it needs; a table out of date falls back to full discovery."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import pkgutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kornews import registry
from kornews.page import host_matches, host_of


def _modules() -> list[str]:
    out = []
    for pkg_name in registry.PACKAGES:
        pkg = importlib.import_module(pkg_name)
        out.extend(info.name for info in pkgutil.iter_modules(pkg.__path__, pkg_name + "."))
    return out


def test_table_lists_every_module_with_its_ids_and_domains() -> None:
    rows = []
    for name in _modules():
        classes = registry._classes_in(importlib.import_module(name))
        if not classes:
            assert name in registry.SHARED_MODULES, f"{name} defines no extractor: list it in SHARED_MODULES"
            continue
        ids = tuple(c.id for c in classes)
        domains = tuple(d for c in classes for d in c.domains)
        rows.append((name, ids, domains))
    assert rows == list(registry.BUILTIN)  # same modules, ids, domains, in discovery order
    assert registry._table_current()
    builtin = [e for e in registry.extractors() if type(e).__module__.startswith("kornews.")]
    assert [e.id for e in builtin] == [i for row in registry.BUILTIN for i in row[1]]


def test_builtin_extractors_claim_urls_of_their_domains_only() -> None:
    for ext in registry.extractors():
        for url in ext.example_urls:
            assert host_matches(host_of(url), ext.domains), (ext.id, url)
            assert registry.for_url(url) is ext


def test_lookups_give_the_instances_of_full_discovery() -> None:
    every = {e.id: e for e in registry.extractors()}
    for module, ids, _domains in registry.BUILTIN:
        for ext_id in ids:
            assert registry.get(ext_id) is every[ext_id]
        for ext in registry._module_extractors(module):
            assert ext is every[ext.id]
    assert registry.for_publisher(url="https://www.newsis.com/") is every["newsis"]
    assert registry.for_url("https://example.com/news/1") is None
    assert registry.for_url("https://www.newsis.com.evil.example/view/NISX20250722_0003261234") is None


@pytest.fixture
def stale_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """BUILTIN without its newsis row, as if a new outlet module had not been listed yet."""
    monkeypatch.setattr(registry, "BUILTIN", tuple(r for r in registry.BUILTIN if r[1] != ("newsis",)))
    registry.extractors.cache_clear()
    yield
    monkeypatch.undo()
    registry.extractors.cache_clear()


@pytest.mark.usefixtures("stale_table")
def test_a_module_missing_from_the_table_is_still_found() -> None:
    assert not registry._table_current()
    url = "https://www.newsis.com/view/NISX20250722_0003261234"
    ext = registry.for_url(url)
    assert ext is not None and ext.id == "newsis"
    assert registry.get("newsis").id == "newsis"


def test_an_extraction_with_a_url_imports_only_its_outlet() -> None:
    """Counted in a fresh interpreter: the modules of the other outlets and portals stay unimported."""
    code = textwrap.dedent(
        """
        import sys, pathlib
        import kornews
        page = pathlib.Path("fixtures/newsis/layout-2025.html").read_bytes()
        article = kornews.extract(page, url="https://www.newsis.com/view/NISX20250722_0003261234")
        assert article.extractor == "newsis", article.extractor
        print(" ".join(sorted(m for m in sys.modules if m.startswith(("kornews.outlets.", "kornews.portals.")))))
        """
    )
    root = registry.__file__.rsplit("/src/", 1)[0]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.split() == ["kornews.outlets.newsis"]


def test_the_scaffold_adds_the_new_outlet_to_the_table(tmp_path: Path) -> None:
    tool_path = Path(registry.__file__).parents[2] / "tools" / "new_outlet.py"
    spec = importlib.util.spec_from_file_location("new_outlet_tool", tool_path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    copy = tmp_path / "registry.py"
    copy.write_text(Path(registry.__file__).read_text(encoding="utf-8"), encoding="utf-8")
    assert tool.add_to_table(copy, "dailyexample", "example.co.kr")
    tree = ast.parse(copy.read_text(encoding="utf-8"))
    table = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "BUILTIN"
    )
    rows = ast.literal_eval(table)
    row = ("kornews.outlets.dailyexample", ("dailyexample",), ("example.co.kr",))
    assert list(rows) == sorted([*registry.BUILTIN, row], key=lambda r: (r[0].split(".")[1] != "outlets", r[0]))


def test_discovery_from_a_current_table_lists_no_folder() -> None:
    """Full discovery (a page without a claiming URL) takes the modules from the table: no pkgutil."""
    code = textwrap.dedent(
        """
        import sys
        import kornews
        ids = [e.id for e in kornews.registry.extractors()]
        print("pkgutil" in sys.modules, len(ids))
        """
    )
    root = registry.__file__.rsplit("/src/", 1)[0]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.split() == ["False", str(sum(len(row[1]) for row in registry.BUILTIN))]


def test_a_subpackage_of_the_packages_makes_the_table_out_of_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder with ``__init__.py`` in ``kornews.outlets`` is a module pkgutil lists: full discovery."""
    import kornews.outlets

    extra = tmp_path / "outlets"
    (extra / "dailyexample").mkdir(parents=True)
    (extra / "dailyexample" / "__init__.py").write_text("")
    (extra / "README").write_text("")  # neither a module nor a package
    monkeypatch.setattr(kornews.outlets, "__path__", [*kornews.outlets.__path__, str(extra)])
    registry.extractors.cache_clear()
    try:
        assert not registry._table_current()
        assert "kornews.outlets.dailyexample" in registry._builtin_modules()
    finally:
        monkeypatch.undo()
        registry.extractors.cache_clear()
    assert registry._table_current()


def test_press_table_lists_every_outlet_with_its_site_names() -> None:
    outlets = [(e.id, tuple(e.site_names)) for e in registry.extractors() if e.kind == "outlet"]
    assert outlets == list(registry.PRESS_NAMES)  # same outlets, names, discovery order
    assert registry._press_table_current()


def _for_publisher_by_discovery(name: str) -> object:
    """The press-name lookup of registry.for_publisher before the table (verbatim): the oracle."""
    outlets = [e for e in registry.extractors() if e.kind == "outlet"]
    low = name.lower()
    for ext in outlets:
        if any(n.lower() == low for n in ext.site_names):
            return ext
    for ext in outlets:
        if any(n.lower() in low for n in ext.site_names if len(n) >= 2):
            return ext
    return None


_PRESS_WORDS = [n for e in registry.extractors() for n in e.site_names] + ["연합뉴스", "뉴스1", "기자", "(주)", " "]


@given(st.lists(st.sampled_from(_PRESS_WORDS) | st.text(max_size=4), max_size=4).map("".join))
def test_press_name_lookup_by_table_is_the_lookup_by_discovery(name: str) -> None:
    for variant in (name, name.upper(), name.lower(), name.swapcase()):
        assert registry.for_publisher(name=variant) is _for_publisher_by_discovery(variant)


def test_press_name_lookup_on_every_site_name() -> None:
    names = [n for e in registry.extractors() for n in e.site_names]
    for name in [*names, *(f"(주){n} 기자" for n in names), "연합뉴스", "Chosun Biz", "ㅈ", "C"]:
        assert registry.for_publisher(name=name) is _for_publisher_by_discovery(name), name


def test_press_table_unused_while_another_extractor_is_registered() -> None:
    from kornews.outlets.newsis import Newsis

    class Wire(Newsis):
        id = "wire_example"
        site_names = ("뉴시스",)  # an extractor of the same name registered later loses to the built-in

    registry.register(Wire)
    try:
        assert not registry._press_table_current()
        assert registry.for_publisher(name="뉴시스") is _for_publisher_by_discovery("뉴시스")
    finally:
        registry.unregister(Wire)
    assert registry._press_table_current()


@pytest.mark.usefixtures("stale_table")
def test_press_table_unused_when_the_module_table_is_out_of_date() -> None:
    assert not registry._press_table_current()
    ext = registry.for_publisher(name="뉴시스")
    assert ext is not None and ext.id == "newsis"


def test_a_portal_copy_imports_only_the_portal_and_its_origin_outlet() -> None:
    """Counted in a fresh interpreter: the origin press found by name imports only that outlet."""
    code = textwrap.dedent(
        """
        import sys, pathlib
        import kornews
        page = pathlib.Path("fixtures/daum/copy-herald.html").read_bytes()
        article = kornews.extract(page, url="https://v.daum.net/v/20240711160104518")
        assert article.extractor == "daum" and article.outlet == "herald", (article.extractor, article.outlet)
        print(" ".join(sorted(m for m in sys.modules if m.startswith(("kornews.outlets.", "kornews.portals.")))))
        """
    )
    root = registry.__file__.rsplit("/src/", 1)[0]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.split() == ["kornews.outlets.herald", "kornews.portals.common", "kornews.portals.daum"]
