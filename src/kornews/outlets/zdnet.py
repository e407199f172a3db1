"""ZDNet Korea (지디넷코리아) — zdnet.co.kr.

Evidence (``docs/evidence/zdnet.md``): selectors shared by public scrapers 2021–26 for article
and listing pages, and seed 003 (a real search-results page rendered to text).

* Article URLs ``https://zdnet.co.kr/view/?no=<YYYYMMDDhhmmss>`` (also ``www.``, ``m.zdnet.co.kr``).
* Article layout (one template 2021–26): title ``.news_head h1``, deck ``.news_head p.summary``,
  dates ``.news_head p.meta span`` — ``입력 :2026/06/04 09:44 수정: 2026/06/04 09:54`` (2021 form
  ``입력:… -- 수정:…``) — reporter ``div.reporter_info strong``, body ``div#articleBody.view_cont``
  (``itemprop=articleBody``) with the text in ``div#content-<no>``.  Meta: canonical, ``og:*``,
  ``article:section``, ``article:published_time`` (+09:00), ``dd:author``.  No JSON-LD.
* Dropped: ``div.view_ad``, ``.iwmads``, ``div.mt_bn_box`` banners, the ``관련기사`` heading and its
  ``div.news_box.connect`` box.
* Listing pages (``/news/?lstcode=…``, ``/newskey/?lstcode=…``) and the search page
  (``/search/?kwd=…``): results ``div.newsPost`` with ``div.assetText a > h3``, an excerpt ``<p>``
  and ``p.byline span`` (``2026.06.04 AM 09:44``; the search page shows ``2025.06.27 11:53`` run
  together with ``장유미 기자``).  The search page's markup is not confirmed by any scraper, so the
  reader also accepts any block holding one headline (``h2``–``h4``) with a link and a date line.
  Sidebars ``지금 뜨는 기사`` / ``이시각 헤드라인``, the pager and menus are never results.
* Text mode reads both: a search page rendered to text (seed 003: headline, excerpt, then the
  ``date time reporter`` line per result) and an article page rendered to text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urljoin, urlsplit

from selectolax.lexbor import LexborNode

from .. import korean as k
from .. import lazyre
from ..article import Article, Listing, ListingItem
from ..base import BOX_TAGS, HtmlExtractor, Layout, Rules, patterns, to_reporters
from ..cleanup import first_texts
from ..errors import ListingPage, NotAListing, NotAnArticle
from ..page import Page
from ..spec import TextLayout

if TYPE_CHECKING:  # text mode's module loads on first use
    from ..text import TextPage

SITE = "https://zdnet.co.kr/"

_BODY_DROP = ("div.view_ad", ".iwmads", "div.mt_bn_box", "div.news_box.connect")

# -- listing pages -------------------------------------------------------------------------------
_ITEM = "div.newsPost"
"""A result block on listing pages (scrapers); the search page is read by shape when it lacks it."""
_HEADLINE = ("h3", "h2", "h4")
_BYLINE = ("p.byline", ".byline")
_SIDEBARS = patterns(
    r"^지금 뜨는 기사$",
    r"^이시각 헤드라인$",
    r"^많이 본 (?:기사|뉴스)$",
    r"^인기\s*(?:기사|뉴스)$",
    r"^ZDNet Power Center$",
    r"^Connect with us$",
    r"^ZDNET Korea is operated by ",
)
"""Headings of the boxes after the article or the results (sidebars of other stories, banners, the
footer): removed from listing pages before results are read; in text they end the article."""
_CHROME = ("header", "nav", "footer", "aside", ".paging", ".pagination", "script", "style", "noscript")
_META_LINE = lazyre.compile(
    r"^\s*(?P<date>(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?(?:\s*(?:AM|PM|am|pm|오전|오후))?\s*\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*(?P<rest>.{0,60})$"
)
"""A result's date line: ``2025.06.27 11:53장유미 기자``, ``2026.06.04 AM 09:44``."""
_SEARCH_HEAD = lazyre.compile(
    r"['‘\"“](?P<query>[^'’\"”]{1,100})['’\"”]\s*(?:통합\s*)?검색\s*결과[^()]*?(?:\(\s*(?P<total>[\d,]+)\s*건\s*\))?\s*$"
)
"""The search page's heading: ``'배경훈'통합검색 결과 입니다. (113건)``."""
_SENTENCE_END = lazyre.compile(r"[다요죠][.!?][\"'”’]?$|[.!?][\"'”’)]?$")
_NAME_2_4 = lazyre.compile(r"[가-힣]{2,4}")
_TEXT_DATE = lazyre.compile(r"^(?:입력|등록)\s*:?\s*(?:19|20)\d\d[./-]")


def _meta_line(text: str) -> tuple[k.ParsedDate, list[k.RawReporter]] | None:
    """Date and reporters of a result's date line, None if ``text`` is not one."""
    m = _META_LINE.match(k.clean_ws(text))
    if m is None:
        return None
    date = k.parse_date(m.group("date"))
    rest = m.group("rest").strip()
    reporters = k.parse_byline(rest)
    if date is None or (rest and not reporters and len(rest) > 20):
        return None
    return date, reporters


def _elements(node: LexborNode) -> int:
    return sum(1 for c in node.iter() if c.tag and not c.tag.startswith("-"))


def _drop_sidebars(root: LexborNode) -> None:
    """Remove each box introduced by a sidebar heading (``지금 뜨는 기사`` …): the innermost block with
    two or more child elements whose first text is the heading; never an outer block that merely
    starts with it (it may hold the results too)."""
    targets: list[LexborNode] = []
    first: dict[int, str] | None = None  # first texts, computed once when a heading is seen (linear)
    for node in root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = k.clean_ws(node.text_content or "")
        if not text or len(text) > 40 or not any(rx.search(text) for rx in _SIDEBARS):
            continue
        box = node.parent
        while box is not None and box.mem_id != root.mem_id:
            if box.tag in BOX_TAGS and _elements(box) >= 2:
                break
            box = box.parent
        if box is None or box.mem_id == root.mem_id:
            continue
        if first is None:
            first = first_texts(root)
        if k.clean_ws(first.get(box.mem_id, "")) == text:
            targets.append(box)
    for box in targets:
        box.decompose()


def _headline_like(line: str) -> bool:
    return len(line) <= 100 and not _SENTENCE_END.search(line)


class ZDNetKorea(HtmlExtractor):
    """ZDNet Korea articles, section listings and search pages (desktop and mobile)."""

    id = "zdnet"
    name = "지디넷코리아"
    domains = ("zdnet.co.kr",)
    site_names = ("지디넷코리아", "ZDNet Korea", "ZDNET Korea", "ZDNetKorea", "ZDNETKOREA")
    article_ids = patterns(r"zdnet\.co\.kr/[^#]*[?&]no=(?P<id>\d{14})(?!\d)")
    article_urls = patterns(r"https?://(?:www\.|m\.)?zdnet\.co\.kr/view/?\?(?:[^#\s]*&)?no=\d{14}(?!\d)")
    listing_urls = patterns(r"https?://(?:www\.|m\.)?zdnet\.co\.kr/(?:search|news|newskey)/?(?:\?|$)")
    example_urls = (
        "https://zdnet.co.kr/view/?no=20250627115300",
        "https://www.zdnet.co.kr/view/?no=20210302100512",
        "https://m.zdnet.co.kr/view/?no=20250624172700",
        "https://zdnet.co.kr/view/?lstcode=0020&no=20260604094412",
    )
    non_article_urls = (
        "https://zdnet.co.kr/",
        "https://m.zdnet.co.kr/",
        "https://zdnet.co.kr/search/?kwd=%EB%B0%B0%EA%B2%BD%ED%9B%88",
        "https://zdnet.co.kr/news/?lstcode=0000&page=1",
        "https://zdnet.co.kr/newskey/?lstcode=%EC%8A%A4%ED%85%8C%EC%9D%B4%EB%B8%94%EC%BD%94%EC%9D%B8",
        "https://zdnet.co.kr/english/",
        "https://zdnet.co.kr/global/",
        "https://zdnet.co.kr/view/?no=2025",
    )
    text_markers = patterns(
        r"ZDNET Korea",
        r"지디넷코리아",
        r"COPYRIGHT © ZDNETKOREA",
        r"ZDNet 검색 페이지",
        r"@zdnet\.co\.kr",
    )
    rules = Rules(
        skip=patterns(r"^관련\s*기사$"),
        stop=_SIDEBARS,
    )
    text_layout = TextLayout(
        date=(_TEXT_DATE,),
        # the site menu above the headline (seed 003): the headline group starts after its last label
        menu=frozenset(
            "최신뉴스 방송/통신 컴퓨팅 홈&모바일 인터넷 반도체/디스플레이 카테크 헬스케어 게임 중기&스타트업 "
            "유통 금융 과학 디지털경제 취업/HR/교육 생활/문화 인사•부음 글로벌뉴스 칼럼•연재 포토•영상 "
            "뉴스 English".split()
        ),
        deck_above=5,
        boxes=patterns(r"^관련\s*기사$"),  # the related-articles list in the text (HTML: div.news_box.connect)
    )
    remove = _BODY_DROP
    layouts = (
        Layout(
            name="view",
            match=(".news_head h1", "div#articleBody"),
            title=(".news_head h1",),
            subtitle=(".news_head p.summary",),
            date=(".news_head p.meta span", ".news_head p.meta"),
            byline=("div.reporter_info strong", "div.reporter_info a[href^='mailto:']"),
            body=("div#articleBody div[id^='content-']", "div#articleBody", "[itemprop=articleBody]"),
        ),
    )

    # -- article pages -------------------------------------------------------------------------
    def byline(self, page: Page, layout: Layout) -> list[k.RawReporter]:
        """``dd:author`` meta (``장유미 기자`` or a bare name) first, then ``div.reporter_info``."""
        meta = k.clean_ws(page.meta.get("dd:author") or "")
        from_meta = k.parse_byline(meta) or (
            [k.RawReporter(meta, None, None)] if _NAME_2_4.fullmatch(meta) else []
        )
        return from_meta + super().byline(page, layout)

    def not_an_article(self, page: Page) -> None:
        """A page without the article head or body but with results is a listing/search page."""
        if self.matched_node(page, ".news_head h1") is not None:
            return  # the headline the layout was matched by
        if page.first(".news_head h1", "div#articleBody", "[itemprop=articleBody]") is not None:
            return
        listing_url = any(self.claims_listing(u) for u in (page.url, page.canonical) if u)
        body = page.tree.body
        if listing_url or self._search_heading(page) is not None or self._item_nodes(body) or self._shaped_items(body):
            raise ListingPage(
                "this is a ZDNet Korea listing/search page: read it with kornews.extract_listing()",
                extractor=self.id,
                url=page.url,
            )

    # -- listing and search pages --------------------------------------------------------------
    def extract_listing(self, page: Page) -> Listing:
        """The results of a listing or search page, in page order (menus, pager, sidebars skipped).
        A search page without results gives an empty Listing."""
        if page.first(".news_head h1", "div#articleBody") is not None:
            raise NotAListing("this is a ZDNet Korea article page: use kornews.extract()", outlet=self.id, url=page.url)
        root = page.tree.body
        heading = self._search_heading(page)
        if root is not None:
            for sel in _CHROME:
                for node in root.css(sel):
                    node.decompose()
            _drop_sidebars(root)
        items = [item for node in self._item_nodes(root) if (item := self._read_item(node, page)) is not None]
        if not items:  # results in other markup than div.newsPost: read them by their shape
            items = [item for node in self._shaped_items(root) if (item := self._read_item(node, page)) is not None]
        query = heading[0] if heading else None
        if query is None and page.url and "/search" in page.url:
            kwd = parse_qs(urlsplit(page.url).query).get("kwd")
            query = kwd[0] if kwd else None
        return Listing(
            extractor=self.id,
            url=page.url or page.absolute(page.canonical),
            query=query,
            total=heading[1] if heading else None,
            items=tuple(items),
        )

    def _search_heading(self, page: Page) -> tuple[str, int | None] | None:
        for node in page.tree.css("p, h2, h3, div.search_tit, strong"):
            text = k.clean_ws(node.text(separator=""))
            if len(text) > 200:
                continue
            m = _SEARCH_HEAD.search(text)
            if m:
                total = int(m.group("total").replace(",", "")) if m.group("total") else None
                return k.clean_ws(m.group("query")), total
        return None

    @staticmethod
    def _item_nodes(root: LexborNode | None) -> list[LexborNode]:
        """The ``div.newsPost`` result blocks."""
        return [] if root is None else list(root.css(_ITEM))

    def _shaped_items(self, root: LexborNode | None) -> list[LexborNode]:
        """The smallest block around each headline (``h2``–``h4``) that also holds a date line."""
        if root is None:
            return []
        out: list[LexborNode] = []
        seen: set[int] = set()
        for head in root.css(", ".join(_HEADLINE)):
            node = head.parent
            while node is not None and node.tag not in ("body", "html"):
                if node.tag in ("div", "li", "article", "section", "dd", "dl"):
                    if len(node.css(", ".join(_HEADLINE))) > 1:
                        break
                    if self._date_node(node) is not None:
                        if node.mem_id not in seen:
                            seen.add(node.mem_id)
                            out.append(node)
                        break
                node = node.parent
        return out

    @staticmethod
    def _date_node(item: LexborNode) -> LexborNode | None:
        for sel in _BYLINE:
            node = item.css_first(sel)
            if node is not None:
                return node
        for node in item.css("p, span, div"):
            if _meta_line(node.text(separator="")) is not None:
                return node
        return None

    def _read_item(self, item: LexborNode, page: Page) -> ListingItem | None:
        head = next((h for sel in _HEADLINE for h in item.css(sel)), None)
        if head is None:
            return None
        title = k.clean_ws(head.text(separator=" "))
        if not title:
            return None
        date_node = self._date_node(item)
        parsed = _meta_line(date_node.text(separator="")) if date_node is not None else None
        if parsed is None and date_node is not None:
            date = k.parse_date(date_node.text(separator=" "))
            parsed = (date, k.parse_byline(date_node.text(separator=" "))) if date else None
        excerpt = None
        for p in item.css("p"):
            if date_node is not None and p.mem_id == date_node.mem_id:
                continue
            text = k.clean_ws(p.text(separator=" "))
            if text and text != title and _meta_line(text) is None:
                excerpt = text
                break
        if parsed is None and excerpt is None:
            return None  # a bare headline (sidebar, ticker): not a result
        return ListingItem(
            title=title,
            url=self._item_url(item, head, page),
            excerpt=excerpt,
            published=parsed[0].value if parsed else None,
            published_raw=parsed[0].raw if parsed else None,
            reporters=to_reporters(parsed[1]) if parsed else (),
        )

    @staticmethod
    def _item_url(item: LexborNode, head: LexborNode, page: Page) -> str | None:
        href = None
        node: LexborNode | None = head
        while node is not None and node.mem_id != item.mem_id:
            if node.tag == "a" and node.attributes.get("href"):
                href = node.attributes.get("href")
                break
            node = node.parent
        if href is None:
            link = head.css_first("a[href]") or item.css_first("a[href*='view']") or item.css_first("a[href]")
            href = link.attributes.get("href") if link is not None else None
        if not href:
            return None
        url = page.absolute(href)
        return urljoin(SITE, url) if url and "://" not in url else url

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article | Listing:
        """An article page (it has an ``입력 :`` date line: :attr:`text_layout`) or a listing/search
        page rendered as text."""
        if page.find(_TEXT_DATE) >= 0:
            return super().extract_text(page)
        return self._listing_text(page)

    def _listing_text(self, page: TextPage) -> Listing:
        lines = page.lines
        query = total = None
        start = 0
        for i, line in enumerate(lines):
            m = _SEARCH_HEAD.search(line)
            if m:
                query = k.clean_ws(m.group("query"))
                total = int(m.group("total").replace(",", "")) if m.group("total") else None
                start = i + 1
                break
        items: list[ListingItem] = []
        seg_start = start
        for i in range(start, len(lines)):
            if (items or query is not None) and any(rx.search(lines[i]) for rx in _SIDEBARS):
                break  # the sidebars after the results (지금 뜨는 기사 …)
            parsed = _meta_line(lines[i])
            if parsed is None:
                continue
            seg = lines[seg_start:i]
            seg_start = i + 1
            if not seg:
                continue
            if len(seg) >= 2 and (not _headline_like(seg[-1]) or len(seg[-1]) > len(seg[-2]) + 20):
                title, excerpt = seg[-2], seg[-1]
            else:
                title, excerpt = seg[-1], None
            date, reporters = parsed
            items.append(
                ListingItem(
                    title=title,
                    excerpt=excerpt,
                    published=date.value,
                    published_raw=date.raw,
                    reporters=to_reporters(reporters),
                )
            )
        if not items and query is None:
            raise NotAnArticle("no ZDNet Korea article or result list in the text", outlet=self.id, url=page.url)
        return Listing(extractor=self.id, url=page.url, query=query, total=total, items=tuple(items))
