"""Chosun Ilbo (조선일보) — chosun.com.

Evidence (``docs/evidence/chosun.md``): seed 001 (a Daum copy of a Chosun story, rendered to text),
the real legacy page ``fixtures/chosun/legacy-2020-sportschosun.html`` (news.chosun.com, 2020), and
public scrapers of the current Arc Publishing site (2021–25), which agree that the article is
embedded as JSON.

* Current site (Arc, since late 2020): ``https://www.chosun.com/<section>[/<sub>]/YYYY/MM/DD/<26-char id>/``
  (also ``m.chosun.com``).  ``script#fusion-metadata`` holds ``Fusion.globalContent={…};`` — the story in
  Arc's ANS format, read first (layout ``arc``): ``headlines.basic``, ``subheadlines.basic`` (deck),
  ``first_publish_date``/``display_date``/``last_updated_date`` (UTC ISO -> KST), ``credits.by[]``,
  ``taxonomy.primary_section``, ``content_elements[]`` (``text``/``header`` HTML, ``image`` with caption
  and credits, ``raw_html`` boxes whose ads are dropped, ``list``, ``quote``; other kinds — embeds,
  interstitial links, videos — are not article text).  A page whose rendered DOM is an empty shell
  still extracts fully from the JSON.
* Rendered Arc DOM (layout ``arc-dom``, used when the JSON is absent or unreadable): title
  ``.article-header__headline-container h1 span``, deck ``h3`` in the same container, date
  ``span.upDate`` (``입력 2024.12.05. 00:55``), body ``section.article-body`` with
  ``p.article-body__content-text`` and ``figure.article-body__content-image``.  Class attributes hold
  literal ``|`` tokens (``"article-body__content … | text--black …"``): selectors match class tokens.
* Legacy site (layout ``legacy``, real page 2020): ``news.chosun.com/site/data/html_dir/YYYY/MM/DD/<13
  digits>.html`` (mobile ``m.chosun.com/svc/article.html?…contid=…``); title ``h1#news_title_text_id``,
  byline ``.news_title_author`` (``스포츠조선=선수민 기자`` for an affiliate's story: the press before
  ``=`` is the publisher), date ``.news_date``, deck ``h3.news_subtitle``, body ``div#news_body_id``
  with ``div.par`` paragraphs, photos ``.news_imgbox figure``, copyright ``.news_copyright``.  Its last
  ``div.par`` is a list of promotional links (``▲ …``): link-only paragraphs are dropped.
* Conventions (seed 001): sub-headings ``◇…`` are paragraphs of their own; the profile box
  ``☞배경훈 원장 (48)`` and the profile text after it are **kept as body** — they are part of the
  story as printed — each as its own clean paragraph; a photo caption ends with ``/김지호 기자`` (the
  credit); ``그래픽=이진영`` is a graphic's credit (an image, not body);
  ``Copyright © 조선일보. 무단전재 및 재배포 금지.`` ends the article (kept in ``Article.copyright``).
  These are the shared defaults of :func:`kornews.base.assemble`, so ``Chosun().clean(blocks)`` cleans a
  portal's copy of a Chosun story (Daum, Naver) the same way.
* Rendered to text (:attr:`Chosun.text_layout`): the headline group (Arc: headline, then deck lines),
  the byline line (``이해인 기자``; legacy ``스포츠조선=선수민 기자``, then share buttons and counters),
  the date line ``입력 2024.12.05. 00:55``; the legacy deck follows the date line.  The article runs
  to the copyright line, a box heading or the like button (``좋아요 0``).  Captions become images
  (also an affiliate's ``… 잠실=최문영 기자 deer@sportschosun.com /2020.08.20/``); Arc's links to
  other stories, which the text shows as a bare headline between paragraphs, are left out — Chosun
  marks its sub-headings (``◇``) — and so are the legacy promo links (``▲ …``) closing the article.
  The JS-only shell (Arc page before client rendering) shows no article as text.
* Not claimed: section and listing pages, search, photo galleries (``/photo/``, ``/gallery/``,
  ``photo.chosun.com``), the English edition (``english.chosun.com``, ``www.chosun.com/english/``:
  raises UnsupportedPage), other group sites (``biz.chosun.com``, ``sports.chosun.com``: no evidence).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import korean as k
from .. import lazyre
from ..article import Article
from ..base import (
    BOX_TAGS,
    HtmlExtractor,
    Layout,
    Rules,
    ld_reporters,
    patterns,
    to_reporters,
)
from ..boilerplate import ad_slot, boilerplate_name
from ..content import strip_boilerplate
from ..dom import Block, blocks
from ..errors import MissingField, NotAnArticle, UnsupportedPage
from ..page import Page, host_of
from ..spec import TextLayout

_AD_TOKEN = lazyre.compile(
    r"^(?:ad|ads|adv|advert\w*|ad[-_][\w-]+|[\w-]+[-_]ads?|dfp\w*|\w+dfp\w*|gpt\w*|div-gpt-ad\S*|banners?(?:[-_]\w+)*|[\w-]+[-_]banner)$",
    re.IGNORECASE,
)
"""Class/id tokens of ad slots (``dfpAd``, ``div-gpt-ad-123``, ``ad-container``, ``article-ad``)."""

_LINK_BULLETS = lazyre.compile(r"[\s▲△▶▷►•·|\-–—]+")
_GLOBAL_CONTENT = lazyre.compile(r"Fusion\.globalContent\s*=\s*")
_DECODER = json.JSONDecoder(strict=False)
_AFFILIATE = lazyre.compile(r"^\s*(?P<press>[^=\s][^=]{0,14}?)\s*=\s*[가-힣]")
_ORGANISATION = lazyre.compile(r"(?:일보|신문|뉴스|닷컴|방송|통신|편집국|뉴스부|[A-Za-z]{4,})$")
"""A ``credits.by`` name that is an organisation or desk (``조선일보``, ``디지털뉴스부``), not a person."""
_PERSON = lazyre.compile(r"[가-힣]{2,5}")
_ENGLISH_PATH = lazyre.compile(r"^/english(?:/|$)")
_BODY_TYPES = frozenset({"text", "header", "list", "quote", "blockquote", "image", "raw_html", "table"})
_ARC_ORIGIN = "https://www.chosun.com"


def _s(value: Any) -> str:
    """A JSON value as a stripped string ("" for anything that is not a non-empty string)."""
    return value.strip() if isinstance(value, str) else ""


def _d(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _l(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _fragment(markup: str) -> LexborNode | None:
    """An HTML fragment parsed on its own (an element's broken markup cannot spill into the next)."""
    body = LexborHTMLParser(f"<body><div>{markup}</div></body>").body
    return body.child if body is not None else None


@functools.lru_cache(maxsize=4)
def _arc_layout(layout: Layout) -> Layout:
    """``layout`` named ``arc`` (the layout of an Article read from Arc's JSON), built once."""
    return attrs.evolve(layout, name="arc")


def _plain(markup: str) -> bool:
    """True when ``markup`` parses to one text node holding it as it is: no tag, character reference,
    carriage return or NUL (which the parser changes) and no lone surrogate (which it drops)."""
    if "<" in markup or "&" in markup or "\r" in markup or "\x00" in markup:
        return False
    try:
        markup.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _html_text(markup: str) -> str:
    """Plain text of a short HTML string (tags stripped, entities decoded, whitespace normalised)."""
    if "<" not in markup and "&" not in markup:
        return k.clean_ws(markup)
    node = _fragment(markup)
    return k.clean_ws(node.text(separator=" ")) if node is not None else ""


def _html_lines(markup: str) -> list[str]:
    """The lines of an HTML string (``<br>`` and block elements split), for decks."""
    node = _fragment(markup)
    return [b.text for b in blocks(node, images=False)] if node is not None else []


def _path_of(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def is_ad(node: LexborNode) -> bool:
    """True for an ad slot: ``<ins>``, or an element whose id or a class token names an ad."""
    if node.tag == "ins":
        return True
    attrs_ = node.attributes
    tokens = (attrs_.get("class") or "").split() + (attrs_.get("id") or "").split()
    return any(_AD_TOKEN.match(t) for t in tokens)


_HANGUL_RE = lazyre.compile(r"[가-힣]")


def promo_fragment(root: LexborNode) -> bool:
    """A raw-HTML fragment that is a promo box: fewer than 200 Hangul syllables and an element named
    as boilerplate (:func:`kornews.boilerplate.boilerplate_name`) or an ad slot in it."""
    if len(_HANGUL_RE.findall(root.text(separator=" "))) >= 200:
        return False
    return any(
        boilerplate_name(n) or ad_slot(n) for n in root.traverse() if n.tag and not n.tag.startswith("-")
    )


def drop_ads(root: LexborNode) -> None:
    """Remove every ad slot inside ``root``."""
    for node in [
        n for n in root.traverse() if n.mem_id != root.mem_id and n.tag and not n.tag.startswith("-") and is_ad(n)
    ]:
        if node.parent is not None:
            node.decompose()


def drop_link_lists(root: LexborNode, selectors: tuple[str, ...]) -> None:
    """Remove paragraphs (``selectors``) whose only text is link text — promotional link lists such as
    the legacy ``▲ 전세계 1위, 골프풀세트 …`` block — keeping paragraphs that merely contain links."""
    for sel in selectors:
        for node in root.css(sel):
            links = node.css("a")
            if not links:
                continue
            text = _LINK_BULLETS.sub("", node.text(separator=" "))
            link_text = "".join(_LINK_BULLETS.sub("", a.text(separator=" ")) for a in links)
            if text and text == link_text:
                node.decompose()


def fusion_content(page: Page) -> dict[str, Any] | None:
    """The ``Fusion.globalContent`` object of an Arc page: the JSON value right after
    ``Fusion.globalContent=`` in ``script#fusion-metadata`` (else in any script), decoded with
    ``raw_decode`` (what follows the object is ignored).  None when absent, malformed or not an object."""
    for selector in ("script#fusion-metadata", "script"):
        for text in page.scripts(selector):
            m = _GLOBAL_CONTENT.search(text)
            if m is None:
                continue
            try:
                value, _ = _DECODER.raw_decode(text, m.end())
            except (ValueError, RecursionError):  # malformed, or nested too deeply to read
                return None
            return value if isinstance(value, dict) else None
    return None


def visible_update(published: k.ParsedDate | None, modified: k.ParsedDate | None) -> k.ParsedDate | None:
    """``modified`` if it falls in a later minute than ``published`` (the page shows minutes, and Arc
    stamps ``last_updated_date``/``article:modified_time`` on every save, publication included)."""
    if published is None or modified is None:
        return modified
    p, m = published.value, modified.value
    if not isinstance(p, datetime) or not isinstance(m, datetime):
        return modified if m != p else None
    return modified if m.replace(second=0, microsecond=0) > p.replace(second=0, microsecond=0) else None


class Chosun(HtmlExtractor):
    """Chosun Ilbo articles: the Arc site (embedded JSON, rendered DOM) and the legacy news.chosun.com."""

    id = "chosun"
    name = "조선일보"
    domains = ("chosun.com",)
    site_names = ("조선일보", "조선닷컴", "Chosun Ilbo", "ChosunIlbo", "chosun.com", "Chosun")
    article_ids = patterns(
        r"chosun\.com/(?:[^?#]*/)?(?:19|20)\d\d/[01]\d/[0-3]\d/(?P<id>[A-Z0-9]{26})(?:[/?#]|$)",  # Arc story id
        r"chosun\.com/site/data/html_dir/(?:19|20)\d\d/[01]\d/[0-3]\d/(?P<id>\d{13})\.html?",  # legacy
        r"chosun\.com/[^#]*[?&]contid=(?P<id>\d{13})(?!\d)",  # legacy mobile
    )
    article_urls = patterns(
        # Arc: /<section>[/<sub>[/<sub>]]/YYYY/MM/DD/<26-char story id>/
        r"https?://(?:www\.|m\.)?chosun\.com/(?!(?:english|photo|gallery|video|search|tag|people)/)"
        r"[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*){0,2}/(?:19|20)\d\d/[01]\d/[0-3]\d/[A-Z0-9]{26}/?(?:[?#]|$)",
        # legacy desktop (2020 and before)
        r"https?://news\.chosun\.com/site/data/html_dir/(?:19|20)\d\d/[01]\d/[0-3]\d/\d{13}\.html?(?:[?#]|$)",
        # legacy mobile and AMP (declared as the alternates of the real legacy page)
        r"https?://m\.chosun\.com/(?:svc/article\.html|news/article(?:\.amp)?\.html)\?(?:[^#]*&)?contid=\d{13}\b",
    )
    example_urls = (
        "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://www.chosun.com/opinion/editorial/2024/08/02/YAKPOY2HNFCYRJDBAVA4KT3FLQ/",
        "https://www.chosun.com/national/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/?utm_source=daum",
        "https://m.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://news.chosun.com/site/data/html_dir/2020/08/27/2020082704301.html",
        "https://m.chosun.com/svc/article.html?sname=news&contid=2020082704301",
        "https://m.chosun.com/news/article.amp.html?sname=news&contid=2020082704301",
    )
    non_article_urls = (
        "https://www.chosun.com/",
        "https://www.chosun.com/economy/",
        "https://www.chosun.com/economy/tech_it/",
        "https://www.chosun.com/opinion/editorial/?page=2",
        "https://www.chosun.com/search/?query=%EB%B0%B0%EA%B2%BD%ED%9B%88",
        "https://www.chosun.com/photo/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://www.chosun.com/english/national-en/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/",
        "https://english.chosun.com/site/data/html_dir/2020/08/27/2020082700123.html",
        "https://photo.chosun.com/site/data/html_dir/2020/08/27/2020082704301.html",
        "https://news.chosun.com/svc/list_in/list.html?catid=1",
        "https://m.chosun.com/",
    )
    text_markers = patterns(
        r"Copyrights?\s*[©ⓒ]\s*(?:조선일보|스포츠조선)",
        r"@(?:sports)?chosun\.com",
        r"\bchosun\.com\b",
        r"조선일보",
        # an affiliate's story on news.chosun.com: the lead [부산=스포츠조선 선수민 기자], the byline
        r"\[[^\]=]{1,12}=\s*스포츠조선\s",
        r"스포츠조선\s*=\s*[가-힣]{2,5}\s*기자",
    )
    rules = Rules(
        boxes=patterns(r"^관련\s*(?:기사|뉴스)$", r"^(?:함께|같이) 보면 좋은", r"^많이 본 뉴스$"),
        skip=patterns(r"^(?:AD|광고)$"),
    )
    text_layout = TextLayout(
        date=patterns(r"^(?:기사\s*)?입력\s*[:：]?\s*(?:19|20)\d\d[./-]"),
        modified=patterns(r"^(?:최종\s*)?수정\s*[:：]?\s*(?:19|20)\d\d[./-]"),
        no_date="generic",
        # share buttons and counters between a legacy headline and its date line
        chrome=patterns(
            r"^(?:(?:100자평|좋아요|댓글)\s*\d*|.{0,12}공유|공유\s*더보기|글씨\s*크기|글자\s*크기|스크랩|프린트|인쇄)$",
            r"^[^가-힣]{1,12}$",
        ),
        title_min=8,
        deck_above=4,  # Arc: the headline group (headline, then deck lines) above the byline
        deck_below=4,  # legacy: the deck follows the date line
        update_later=True,  # Arc stamps the update time on every save
        # the like button and the reader-reaction box after the body
        end=patterns(r"^좋아요\s*\d*$", r"^이 기사에 대해 어떻게 생각하시나요"),
        marked_subheadings=True,  # ◇ sub-headings: a bare headline between paragraphs is a link to another story
        tail=patterns(r"^[▲△]\s*\S"),  # the legacy promo links closing the article
        copyright=patterns(r"Copyrights?\s*[©ⓒ]\s*(?:조선일보|스포츠조선).*"),
    )
    remove = (
        "script",
        "style",
        "iframe",
        "ins",
        "[id^=div-gpt-ad]",
        ".dfpAd",
        ".article-body__ad",
        ".article-membership-banner",
        ".membership-wall",
        ".news_like",
        ".news_copyright_links",
    )
    layouts = (
        Layout(
            name="arc-dom",
            match=(".article-header__headline-container", "section.article-body"),
            title=(
                ".article-header__headline-container h1 span",
                ".article-header__headline-container h1",
                "h1.article-header__headline",
            ),
            subtitle=(".article-header__headline-container h3", "h3.article-header__subheadline"),
            byline=(".article-byline__author",),
            date=("span.upDate", ".article-dateline span"),
            body=("section.article-body",),
            section=(".article-header__section a", ".breadcrumb__item a"),
            figures=("figure.article-body__content-image",),
        ),
        Layout(
            name="legacy",
            match=("div#news_body_id", "h1#news_title_text_id"),
            title=("h1#news_title_text_id",),
            subtitle=("h3.news_subtitle",),
            byline=(".news_title_author",),
            date=(".news_date",),
            body=("div#news_body_id", "div.news_body"),
            remove=(".news_date", "h3.news_subtitle"),
            valid_until="2020-12",
        ),
    )

    # -- what is not a Chosun article ----------------------------------------------------------
    def not_an_article(self, page: Page) -> None:
        """The English edition is another publication (UnsupportedPage)."""
        for url in (page.url, page.canonical):
            if not url:
                continue
            host = host_of(url)
            if host.startswith("english.") or (host.endswith("chosun.com") and _ENGLISH_PATH.match(_path_of(url))):
                raise UnsupportedPage(f"the English edition of chosun.com is not supported ({url})")

    # -- extraction ----------------------------------------------------------------------------
    def extract_layout(self, page: Page) -> Article:
        """``Fusion.globalContent`` first (layout ``arc``); the rendered DOM when the JSON is absent,
        malformed or holds no article body; the legacy template for news.chosun.com pages."""
        content = fusion_content(page)
        if content is not None:
            kind = _s(content.get("type"))
            if kind and kind != "story":
                raise NotAnArticle(f"Arc page of type {kind!r}, not a story", outlet=self.id, url=page.url)
            try:
                return self.from_fusion(page, content)
            except MissingField:
                if self.layout_for(page) is None:
                    raise
        return super().extract_layout(page)

    def body_node(self, page: Page, layout: Layout) -> LexborNode:
        """The layout's body container without ad slots and link-only paragraphs (the rest of the
        cleanup is the shared one)."""
        node = super().body_node(page, layout)
        drop_ads(node)
        drop_link_lists(node, ("div.par", "p"))
        return node

    def finish(self, article: Article, page: Page, layout: Layout) -> Article:
        """Legacy pages of affiliates name their press in the byline (``스포츠조선=선수민 기자``);
        Arc pages keep the copyright line outside the body."""
        changes: dict[str, Any] = {}
        if layout.name == "legacy":
            byline = page.text(*layout.byline) or page.meta.get("dable:author") or ""
            m = _AFFILIATE.match(byline)
            if m:
                changes["publisher"] = m.group("press")
        if article.copyright is None:
            changes["copyright"] = self.page_copyright(page)
        return attrs.evolve(article, **changes) if changes else article

    def dates(self, page: Page, layout: Layout) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """Meta and date nodes as usual; a modification in the publication's minute is no update."""
        published, modified = super().dates(page, layout)
        return published, visible_update(published, modified)

    def page_copyright(self, page: Page) -> str | None:
        """The first copyright line of the page outside the body (``[class*=copyright]``)."""
        for node in page.tree.css('[class*="copyright"]'):
            text = k.clean_ws(node.text(separator=" "))
            if text and k.is_copyright(text):
                return text
        return None

    # -- Arc JSON ------------------------------------------------------------------------------
    def from_fusion(self, page: Page, story: dict[str, Any]) -> Article:
        """An Article from Arc's ANS story; a field the JSON lacks is taken from the page (meta, DOM).
        Raises MissingField('body') when the JSON holds no article text (the caller falls back)."""
        fallback = self.layouts[0]
        body = self.clean(self.fusion_blocks(story), page=page)
        if not body.paragraphs:
            raise MissingField("body", outlet=self.id, url=page.url)
        credits = {url: credit for url, credit in self.fusion_image_credits(story)}
        images = tuple(
            attrs.evolve(img, credit=credits.get(img.url or ""))
            if img.credit is None and credits.get(img.url or "")
            else img
            for img in body.images
        )
        title = _html_text(_s(_d(story.get("headlines")).get("basic"))) or self.title(page, fallback)
        subtitles = _html_lines(_s(_d(story.get("subheadlines")).get("basic"))) or self.subtitles(page, fallback)
        published, modified = self.fusion_dates(story)
        if published is None:
            published, modified = self.dates(page, fallback)
        reporters = to_reporters(
            self.fusion_reporters(story) or self.byline(page, fallback), body.reporters, ld_reporters(page.article_ld)
        )
        taxonomy = _d(story.get("taxonomy"))
        section = _html_text(_s(_d(taxonomy.get("primary_section")).get("name"))) or self.section(page, fallback)
        tags = [_html_text(_s(_d(t).get("text"))) for t in _l(taxonomy.get("tags"))]
        tags = list(dict.fromkeys([t for t in tags if t] + self.tags(page, fallback)))
        canonical = page.absolute(page.canonical)
        if canonical is None and _s(story.get("canonical_url")):
            canonical = _ARC_ORIGIN + "/" + _s(story.get("canonical_url")).lstrip("/")
        arc = _arc_layout(fallback)
        article = self.page_article(
            page,
            arc,
            title,
            body,
            published,
            modified,
            deck=subtitles,
            url=page.url or canonical,
            canonical_url=canonical,
            reporters=reporters,
            images=images,
            section=section,
            tags=tuple(tags),
        )
        return self.finish(article, page, arc)

    def fusion_blocks(self, story: dict[str, Any]) -> list[Block]:
        """Reading-order blocks of ``content_elements``: text/header/list/quote HTML split into
        paragraphs (``<br>`` splits), images as figures, ``raw_html`` boxes without their ads; other
        element kinds (embeds, videos, interstitial links) are skipped."""
        out: list[Block] = []
        for element in _l(story.get("content_elements")):
            out.extend(self._element_blocks(_d(element), depth=0))
        return out

    def _element_blocks(self, element: dict[str, Any], depth: int) -> list[Block]:
        kind = _s(element.get("type"))
        if kind not in _BODY_TYPES or depth > 3:
            return []
        if kind == "image":
            url = _s(element.get("url")) or None
            caption = _html_text(_s(element.get("caption")))
            return [Block("figure", caption, url)] if url or caption else []
        if kind in ("quote", "blockquote") and _l(element.get("content_elements")):
            return [
                b for child in _l(element.get("content_elements")) for b in self._element_blocks(_d(child), depth + 1)
            ]
        if kind == "list":
            return [
                b
                for item in _l(element.get("items"))
                for b in self._element_blocks(_d(item) | {"type": "text"}, depth + 1)
            ]
        markup = _s(element.get("content"))
        if kind == "raw_html" and markup.startswith("&lt;"):
            import html  # only for escaped raw HTML: its entity table is not loaded with the module

            markup = html.unescape(markup)
        if not markup:
            return []
        if kind != "raw_html" and _plain(markup):  # the paragraph a parse would give: no parser built
            text = k.clean_ws(markup)
            return [Block("text", text)] if text else []
        node = _fragment(markup)
        if node is None:
            return []
        if kind == "raw_html":
            for junk in node.css("script, style, iframe, noscript"):
                junk.decompose()
            drop_ads(node)
            if promo_fragment(node):
                return []  # a newsletter/subscription/ad box embedded as raw HTML
            strip_boilerplate(node, self.box_headings(), self.rules.stop)
            if node.tag in BOX_TAGS and not k.clean_ws(node.text(separator=" ")) and node.css_first("img") is None:
                return []
        return blocks(node)

    def fusion_image_credits(self, story: dict[str, Any]) -> Iterator[tuple[str, str]]:
        """(image url, credit) for images whose ``credits`` name a photographer or agency."""
        for element in _l(story.get("content_elements")):
            element = _d(element)
            if _s(element.get("type")) != "image" or not _s(element.get("url")):
                continue
            credits = _d(element.get("credits"))
            names = [_s(_d(c).get("name")) for c in _l(credits.get("by")) + _l(credits.get("affiliation"))]
            names = [n for n in names if n]
            if names:
                yield _s(element.get("url")), names[0]

    def fusion_dates(self, story: dict[str, Any]) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """(published, modified): ``first_publish_date`` (else ``display_date``), and
        ``last_updated_date`` when it falls in a later minute (Arc touches it on every save)."""
        published = k.parse_date(_s(story.get("first_publish_date"))) or k.parse_date(_s(story.get("display_date")))
        modified = k.parse_date(_s(story.get("last_updated_date")))
        return published, visible_update(published, modified)

    def fusion_reporters(self, story: dict[str, Any]) -> list[k.RawReporter]:
        """Reporters of ``credits.by``: the ``additional_properties.original`` byline and e-mail when
        present (``"이해인 기자"``), else the bare name; organisations are skipped."""
        out: list[k.RawReporter] = []
        for item in _l(_d(story.get("credits")).get("by")):
            item = _d(item)
            original = _d(_d(item.get("additional_properties")).get("original"))
            name = _html_text(_s(item.get("name")))
            byline = _html_text(_s(original.get("byline")))
            email_raw = _s(original.get("email")) or _s(item.get("email"))
            email = email_raw.lower() if k.EMAIL_RE.fullmatch(email_raw) else None
            if name in self.site_names or _ORGANISATION.search(name):
                continue
            found = k.parse_byline(byline) or k.parse_byline(name)
            if not found and _PERSON.fullmatch(name):
                found = [k.RawReporter(name, None, None)]
            if found and email and not found[-1].email:
                found[-1] = found[-1]._replace(email=email)
            out.extend(found)
        return out


__all__ = ["Chosun", "drop_ads", "fusion_content", "is_ad"]
