"""Text mode without a URL: the extractor is recognised from the text itself (portal chrome, an
outlet's datelines, sign-offs and copyright lines), on every rendering of every fixture."""

from __future__ import annotations

import pytest

from kornews import registry
from kornews.text import TextPage

from .renderings import Rendering, renderings
from .renderings_known import KNOWN

RECOGNISABLE = [r for r in renderings() if not {"extractor", "error"} & set(KNOWN.get(r.id, []))]


@pytest.mark.parametrize("rendering", RECOGNISABLE, ids=[r.id for r in RECOGNISABLE])
def test_rendering_without_url_chooses_its_extractor(rendering: Rendering) -> None:
    page = TextPage.from_text(rendering.text())
    ext = registry.for_text(page.text, "\n".join(page.lines))
    assert ext is not None and ext.id == rendering.case.expected["extractor"]


def test_markers_broken_by_a_console_dump_are_found_in_the_rejoined_lines() -> None:
    """The lynx dump of Daum's 2022 page wraps and link-marks the portal's chrome: its normalised
    lines show more of Daum's markers than the raw dump."""
    (rendering,) = [r for r in renderings() if r.id == "daum/daum_v.daum.net_20100101092104056_2022-saved.lynx"]
    page = TextPage.from_text(rendering.text())
    daum = registry.get("daum")
    assert daum.recognise_text("\n".join(page.lines)) > daum.recognise_text(page.text)
