"""Newsis (뉴시스) — newsis.com.

Evidence (``docs/evidence/newsis.md``): the real page rendered as text (seed 004) and selectors of
public scrapers (2025; the meta/JSON-LD note is one source).

* Article URLs ``https://www.newsis.com/view/NISX<YYYYMMDD>_<10 digits>``, also
  ``/view/?id=NISX…``, ``/view.htm?ar_id=NISX…`` and the mobile hosts ``mobile.``/``m.newsis.com``.
  Not articles: section lists (``/economy/list/``), photo galleries (``/photo/view/?id=NISI…``, an
  image id) and the English edition (``/eng/``).
* Layout ``2025``: title ``h1.tit.title_area``; date ``.txt span`` with ``등록 2025.08.19 17:09:47``
  and ``수정 …``; body ``div.viewer article``.  Layout ``legacy`` (the seed's page, seen until
  2025-07): the same header with one ``기사등록 2025/07/22 14:00:25`` span, body ``#textBody``.
* Deck: ``.summury`` (spelled so), the short lines between the date and the body.  The scrapers
  drop it from the body; the seed shows it as three deck lines, so it is read as subtitles.
* Body: paragraphs separated by ``<br>``; photos ``.thumCont``/``.article_photo``/``.photojournal``
  with the caption in ``.desc``: ``[서울=뉴시스]… (사진 = LG) 2024.12.19. photo@newsis.com
  *재판매 및 DB 금지``.  The lead ``[서울=뉴시스]이현주 기자 = `` has no space after ``]``; the article
  ends with the sign-off ``◎공감언론 뉴시스 lovelypsyche@newsis.com`` (``☞…`` in portal copies).
* Dropped: ``#view_ad``, ``[사진 영상 제보받습니다]…``, ``관련뉴스`` and everything after it,
  ``실시간 속보``, ``많이 본 기사``; ``Copyright © NEWSIS.COM`` goes to ``Article.copyright``.
* Meta: ``og:title``, ``article:published_time``, JSON-LD ``NewsArticle`` with ``keywords`` (tags).
* Rendered to text (:attr:`Newsis.text_layout`): the headline above the ``기사등록``/``등록`` date
  line, a ``수정`` line after it, then the article (deck, ``[…=뉴시스]`` lead, captions).
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

import attrs

from .. import korean as k
from .. import lazyre
from ..base import HtmlExtractor, Layout, Rules, patterns
from ..errors import NotAnArticle
from ..page import Page
from ..spec import TextLayout

_PHOTOS = (".thumCont", ".article_photo", ".photojournal")
_CAPTIONS = (".desc", "figcaption", ".caption")
_BODY_DROP = ("#view_ad", ".view_ad", "[id^=div-gpt-ad]", "ins.adsbygoogle", ".summury")
_LAYOUT_2025 = Layout(
    name="2025",
    match=("div.viewer article",),
    title=("h1.tit.title_area", "h1.title_area", "h1.tit"),
    subtitle=(".summury",),
    date=(".txt span", ".txt"),
    body=("div.viewer article", "#textBody"),
    figures=_PHOTOS,
    captions=_CAPTIONS,
)
_NOT_ARTICLE_PATHS = ("/eng/", "/eng.", "/photo/", "/photo.")


class Newsis(HtmlExtractor):
    """Newsis articles (desktop; mobile URLs are claimed and read when they serve the same markup)."""

    id = "newsis"
    name = "뉴시스"
    domains = ("newsis.com",)
    site_names = ("뉴시스", "NEWSIS", "Newsis")
    article_ids = patterns(r"newsis\.com/.*?\b(?P<id>NISX\d{8}_\d{10})(?!\d)")
    article_urls = patterns(
        r"https?://(?:www\.|mobile\.|m\.)?newsis\.com/view(?:/|\.html?)?(?:\?(?:[^#]*&)?(?:ar_)?id=)?NISX\d{8}_\d{10}(?!\d)",
    )
    example_urls = (
        "https://www.newsis.com/view/NISX20250722_0003261234",
        "https://www.newsis.com/view/?id=NISX20211125_0001664268&cID=13001&pID=13000",
        "https://newsis.com/view.htm?ar_id=NISX20191105_0000822911&cID=10401&pID=10400",
        "https://mobile.newsis.com/view.html?ar_id=NISX20250722_0003261234",
        "https://m.newsis.com/view/?id=NISX20250819_0003296401",
    )
    non_article_urls = (
        "https://www.newsis.com/",
        "https://www.newsis.com/economy/list/?cid=10400&scid=10401",
        "https://www.newsis.com/photo/view/?id=NISI20250722_0020900123&pID=&cID=",
        "https://www.newsis.com/eng/view/?id=NISX20250722_0003261234",
        "https://www.newsis.com/eng/",
        "https://www.newsis.com/search/?val=LG",
    )
    text_markers = patterns(
        r"[\[【][^\]】=]{1,12}=뉴시스[\]】]", r"◎공감언론 뉴시스", r"@newsis\.com", r"\*재판매 및 DB 금지"
    )
    text_layout = TextLayout(
        date=patterns(r"^(?:기사)?등록\s*:?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"),
        modified=patterns(r"^(?:기사)?수정\s*:?\s*(?:19|20)\d\d"),
    )
    rules = Rules(
        stop=patterns(r"^관련\s*뉴스$"),
        boxes=patterns(r"^실시간\s*속보$", r"^많이\s*본\s*기사$"),
        skip=patterns(
            r"^\[사진 영상 제보받습니다\]",
            r"^공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다",
            r"^\*?\s*재판매 및 DB 금지$",
            r"^광고\s+[^.!?]{1,50}$",  # an ad slot in the text, rendered with its label: 광고 여름맞이 특가 …
        ),
    )
    remove = _BODY_DROP
    layouts = (
        _LAYOUT_2025,
        # the pre-2025 page: the same headline, deck and date nodes, the text in #textBody only
        attrs.evolve(_LAYOUT_2025, name="legacy", match=("#textBody",), body=("#textBody",), valid_until="2025-07"),
    )

    def not_an_article(self, page: Page) -> None:
        """Photo galleries and the English edition live on the same host but are not Korean articles."""
        for url in (page.url, page.canonical):
            if url and _is_non_article_path(url):
                raise NotAnArticle("Newsis photo gallery or English edition page", outlet=self.id, url=page.url)

    def dates(self, page: Page, layout: Layout) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """Meta and JSON-LD first; then only ``.txt`` spans labelled 등록/수정 (``.txt`` is a generic
        class name that other boxes of the page use too)."""
        published, modified = super().dates(page, _without_dates(layout))
        for sel in layout.date:
            if published is not None and modified is not None:
                break  # nothing a node says could change
            for node in page.tree.css(sel):
                text = k.clean_ws(node.text(separator=" "))
                if not _DATE_LABEL.match(text):
                    continue
                p, m = k.parse_labelled_dates(text)
                published = published or p
                modified = modified or m
        return published, modified


@functools.lru_cache(maxsize=8)
def _without_dates(layout: Layout) -> Layout:
    """``layout`` without its date selectors (built once per layout)."""
    return attrs.evolve(layout, date=())


_DATE_LABEL = lazyre.compile(r"^(?:기사)?(?:등록|수정)\s*:?\s*(?:19|20)\d\d")


def _is_non_article_path(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return (host == "newsis.com" or host.endswith(".newsis.com")) and parts.path.lower().startswith(_NOT_ARTICLE_PATHS)
