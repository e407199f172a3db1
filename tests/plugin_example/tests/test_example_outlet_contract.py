"""The plugin runs kornews' extractor contract by subclassing one class, and checks its fixture exactly."""

from __future__ import annotations

import json
from pathlib import Path

from kornews_example_outlet import ExampleIlbo

import kornews
from kornews import registry
from kornews.testing.contract import ExtractorContract, fixture_cases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exampleilbo"


class TestExampleIlboContract(ExtractorContract):
    extractor = ExampleIlbo
    fixtures = fixture_cases(FIXTURES)


def test_story_extracts_exactly() -> None:
    case = json.loads((FIXTURES / "story.json").read_text(encoding="utf-8"))
    page = (FIXTURES / case["_source"]["input"]).read_bytes()
    registry.register(ExampleIlbo)
    try:
        article = kornews.extract(page, url=case["_source"]["url"])
    finally:
        registry.unregister(ExampleIlbo)
    assert article.extractor == "exampleilbo"
    assert article.to_dict() == {k: v for k, v in case.items() if not k.startswith("_")}
