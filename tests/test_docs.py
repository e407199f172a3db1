"""Documentation stays in step with the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import attrs

from kornews.article import Article, Image, Listing, ListingItem, Reporter

ROOT = Path(__file__).resolve().parents[1]


def _gen():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_article_doc", ROOT / "tools" / "gen_article_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_article_doc_is_generated_from_the_code() -> None:
    assert (ROOT / "docs" / "article.md").read_text(encoding="utf-8") == _gen().render()


def test_every_field_has_a_format_docstring() -> None:
    text = _gen().render()
    for cls in (Article, Reporter, Image, Listing, ListingItem):
        for field in attrs.fields(cls):
            row = next(line for line in text.splitlines() if line.startswith(f"| `{field.name}` |"))
            assert row.rstrip(" |").count("|") >= 3 and len(row.split("|")[3].strip()) > 10, (cls.__name__, field.name)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set-up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in setup.splitlines() if line.startswith("python3 ")]
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e '.[test]' && python -m pytest -q" in ci
    assert "python3 -m pip install -e '.[test]' && python3 -m pytest -q" in commands[1]


def test_outlets_doc_is_generated_from_the_registry() -> None:
    spec = importlib.util.spec_from_file_location("gen_outlets_doc", ROOT / "tools" / "gen_outlets_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "outlets.md").read_text(encoding="utf-8") == module.render()


def test_every_extractor_names_its_evidence_file_and_it_exists() -> None:
    """The evidence behind an outlet lives in the repository (``docs/evidence/<id>.md``), and the module
    docstring points to it."""
    import inspect

    from kornews import registry

    for ext in registry.extractors():
        module = inspect.getmodule(type(ext))
        if module is None or not module.__name__.startswith("kornews."):
            continue  # a plugin keeps its evidence in its own package
        evidence = ROOT / "docs" / "evidence" / f"{ext.id}.md"
        assert evidence.is_file(), f"no {evidence.relative_to(ROOT)} for {ext.id}"
        assert f"docs/evidence/{ext.id}.md" in (module.__doc__ or ""), f"{module.__name__} docstring does not cite it"
        assert "../shared/" not in (module.__doc__ or "") and "real-pages/" not in (module.__doc__ or "")
