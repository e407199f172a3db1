"""Text mode on real renderings of the HTML fixtures (Chromium ``innerText``, ``w3m -dump``,
``lynx -dump``, and the Chromium text shaped as a WET record) gives the HTML fixture's article.

The renderings are committed (``tools/render_fixtures.py`` writes them; CI runs no browser).  Each
rendering must give exactly the HTML article's extractor, outlet, title, deck, reporters, dates (to
the minute, where the rendering shows them) and body, except for the fields pinned in
``tests/renderings_known.py`` (what is not read right yet: the test fails when one of them gets
fixed too, so the list only shrinks).  ``python tools/render_report.py`` prints the shares.
"""

from __future__ import annotations

import pytest

import kornews
from kornews import Article
from kornews.errors import KornewsError

from .renderings import Rendering, differences, renderings, token_f1
from .renderings_known import KNOWN, MIN_F1

RENDERINGS = renderings()


@pytest.mark.parametrize("rendering", RENDERINGS, ids=[r.id for r in RENDERINGS])
def test_rendering_gives_the_html_article(rendering: Rendering) -> None:
    text = rendering.text()
    expected = rendering.case.expected
    try:
        got = kornews.extract_text(text)
    except KornewsError as exc:
        assert KNOWN.get(rendering.id) == ["error"], f"{type(exc).__name__}: {exc}"
        return
    assert isinstance(got, Article)
    diff = differences(expected, got.to_dict(), text)
    assert diff == KNOWN.get(rendering.id, []), f"differing fields: {diff}"
    assert token_f1(expected["body"], got.body) >= MIN_F1.get(rendering.id, 1.0)


def test_every_html_fixture_has_its_renderings() -> None:
    """A new or changed HTML fixture needs ``python tools/render_fixtures.py`` (and a commit)."""
    import gzip
    import hashlib

    from .renderings import FIXTURES, HEADER

    for page in sorted([*FIXTURES.glob("*/*.html"), *FIXTURES.glob("*/*.html.gz")]):
        raw = page.read_bytes()
        data = gzip.decompress(raw) if page.name.endswith(".gz") else raw
        case = page.name.removesuffix(".gz").removesuffix(".html")
        for renderer in ("chromium", "w3m", "lynx"):
            path = page.parent / "renders" / f"{case}.{renderer}.txt"
            assert path.exists(), f"missing rendering {path}: run tools/render_fixtures.py"
            first = path.read_text(encoding="utf-8").split("\n", 1)[0]
            assert first.startswith(HEADER)
            assert first.endswith(f"sha256={hashlib.sha256(data).hexdigest()[:16]}"), f"stale rendering {path}"


def test_known_differences_name_existing_renderings() -> None:
    ids = {r.id for r in RENDERINGS}
    assert set(KNOWN) <= ids
