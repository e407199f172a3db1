"""The extractor contract (:mod:`kornews.testing.contract`) for every registered extractor and the
generic one, each over the cases of its ``fixtures/<id>/`` folder; and meta-tests over the registry:
every extractor has fixtures, every fixtures folder has an extractor, ids are unique, every example
URL is claimed by exactly its own extractor."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from kornews import registry
from kornews.base import Extractor
from kornews.testing.contract import ExtractorContract, fixture_cases

from .fixtures import FIXTURES

GENERIC = registry.fallback()
EXTRACTORS: list[Extractor] = [*registry.extractors(), GENERIC]


def _contract_class(ext: Extractor) -> type[ExtractorContract]:
    name = "TestContract_" + re.sub(r"\W", "_", ext.id)
    attrs = {"extractor": type(ext), "fixtures": fixture_cases(FIXTURES / ext.id), "__module__": __name__}
    return type(name, (ExtractorContract,), attrs)


for _ext in EXTRACTORS:
    _cls = _contract_class(_ext)
    globals()[_cls.__name__] = _cls
del _ext, _cls


# -- meta-tests over the registry -----------------------------------------------------------------


def test_registry_is_not_empty() -> None:
    assert len(registry.extractors()) >= 2


def test_generic_is_the_fallback_and_not_registered() -> None:
    assert GENERIC.id == "generic" and GENERIC.kind == "generic"
    assert all(e.id != "generic" for e in registry.extractors())
    assert registry.get("generic").id == "generic"


def test_ids_are_unique() -> None:
    ids = Counter(e.id for e in EXTRACTORS)
    assert [i for i, n in ids.items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", e.id) for e in EXTRACTORS)


@pytest.mark.parametrize("ext", EXTRACTORS, ids=[e.id for e in EXTRACTORS])
def test_every_extractor_has_a_fixture_folder_with_cases(ext: Extractor) -> None:
    folder = FIXTURES / ext.id
    assert folder.is_dir(), f"no fixtures/{ext.id}/ for extractor {type(ext).__name__}"
    assert fixture_cases(folder), f"fixtures/{ext.id}/ has no case (a .json with a _source block)"


FOLDERS = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_every_fixture_folder_belongs_to_an_extractor(folder) -> None:  # type: ignore[no-untyped-def]
    assert folder.name in {e.id for e in EXTRACTORS}, f"fixtures/{folder.name}/ has no extractor with that id"


URL_OWNERS = [(e, u) for e in registry.extractors() for u in e.example_urls]


@pytest.mark.parametrize("ext,url", URL_OWNERS, ids=[f"{e.id}:{u}" for e, u in URL_OWNERS])
def test_every_example_url_is_claimed_by_exactly_its_extractor(ext: Extractor, url: str) -> None:
    claimed = [e.id for e in registry.extractors() if e.claims(url)]
    assert claimed == [ext.id]


@pytest.mark.parametrize("ext", registry.extractors(), ids=[e.id for e in registry.extractors()])
def test_every_extractor_declares_example_urls(ext: Extractor) -> None:
    assert ext.example_urls, f"{ext.id} has no example_urls"


@pytest.mark.parametrize("ext", registry.extractors(), ids=[e.id for e in registry.extractors()])
def test_no_extractor_claims_another_ones_non_article_urls(ext: Extractor) -> None:
    for url in ext.non_article_urls:
        assert [e.id for e in registry.extractors() if e.claims(url)] == [], url
