"""Every fixture extracts to exactly its expected output (``pytest --update-expected`` rewrites them)."""

from __future__ import annotations

import pytest

from kornews import Article, Listing
from kornews.dom import render_text
from kornews.page import Page
from kornews.text import normalize_lines

from .fixtures import SEEDS, Case, cases, run, write_expected

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_exact(case: Case, update_expected: bool) -> None:
    result = run(case)
    if update_expected:
        write_expected(case, result)
        pytest.skip("expected output rewritten")
    assert result.to_dict() == case.expected
    # the .body.txt is the same body, one paragraph per line, for readable diffs
    body = getattr(result, "body", None)
    if body is not None:
        assert case.path.with_suffix(".body.txt").read_text(encoding="utf-8") == "\n".join(body) + "\n"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_round_trips_through_json(case: Case) -> None:
    result = run(case)
    cls = Listing if isinstance(result, Listing) else Article
    assert cls.from_dict(result.to_dict()) == result
    if isinstance(result, Article):
        assert Article.from_json(result.to_json()) == result


ARTICLE_CASES = [c for c in CASES if c.kind == "article" and c.source.get("url")]


@pytest.mark.parametrize("case", ARTICLE_CASES, ids=[c.id for c in ARTICLE_CASES])
def test_fixture_recognised_without_url(case: Case) -> None:
    """Without a URL the outlet is recognised from the page and the fields are the same (but url)."""
    with_url = run(case).to_dict()
    without = run(case, with_url=False).to_dict()
    with_url.pop("url")
    without.pop("url")
    assert without == with_url


SEEDED = [c for c in CASES if c.source.get("seed") and c.kind != "text"]


@pytest.mark.parametrize("case", SEEDED, ids=[c.id for c in SEEDED])
def test_reconstruction_renders_back_to_its_seed(case: Case) -> None:
    """A reconstructed page, rendered to text, gives back its seed line for line (so it holds
    everything the real page held, boilerplate included).  Nodes listed in ``_source.unrendered``
    (values the seed's renderer did not show) are removed first."""
    page = Page.from_input(case.input_bytes())
    for sel in case.source.get("unrendered", []):
        for node in page.tree.css(sel):
            node.decompose()
    body = page.tree.body
    assert body is not None
    rendered = normalize_lines(render_text(body))
    seed = normalize_lines((SEEDS / case.source["seed"]).read_text(encoding="utf-8"))
    assert rendered == seed
