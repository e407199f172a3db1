"""Hankook Ilbo (한국일보) — hankookilbo.com.

Evidence (``docs/evidence/hankookilbo.md``): a real article page of 2025-05
(``fixtures/hankookilbo/``, saved by flairNLP/fundus) and fundus' parser, which knows two templates
(``V1`` valid until 2026-01-27, and ``V2``: a Next.js page whose article exists only as flight data,
``self.__next_f.push``, with ``contentHtml``, ``subTitle`` and ``detail.deployDt``; the writer in
``div.writer span.name strong`` inside that HTML).

* Article URLs ``https://www.hankookilbo.com/News/Read/A<19 digits>`` (also ``m.``, lower-case path).
* Layout ``next`` (2026-): the body is the embedded ``contentHtml``; the deck its ``subTitle``
  (``<br>``-separated); the date ``deployDt`` (KST, no offset) unless meta/JSON-LD give one.
* Layout ``2020`` (until 2026-01): ``div.end-top h1.title``; ``div.info`` (``입력 2025.05.15 20:00
  수정 …``); body ``div[itemprop=articleBody]`` whose first ``h2.sub-tit-ll`` is the deck, ``h3.editor-tit``
  sub-headings, ``div.editor-img-box`` photos (caption ends with a bare credit: ``… 있다. 연합뉴스``),
  a pull quote ``div.module-quote``, the writer ``div.writer`` (place, name, role, e-mail), then the
  related-news, series and subscription boxes.
* JSON-LD ``NewsArticle`` (headline without the quotation marks the page shows), ``news_keywords``.
* Rendered to text (:attr:`HankookIlbo.text_layout`, the ``2020`` template): the headline, ``입력``
  and ``수정`` each followed by its date, the printed page (``4면``) and counters, the deck lines,
  then the article up to the writer line (``순천, 광양 구현모 기자 ninek@hankookilbo.com``), the
  share bar or a box heading.  A caption is a sentence followed by a bare credit (``… 있다.
  연합뉴스``) and becomes an image; the pull quote (a quoted line, then a short attribution line)
  is left out.  The ``next`` template is a JS-only shell: its text shows no article.
"""

from __future__ import annotations

import functools

import attrs

from .. import korean as k
from ..article import Article
from ..base import HtmlExtractor, Layout, Rules, ld_reporters, patterns, to_reporters
from ..embedded import find_article
from ..page import Page
from ..spec import TextLayout

_DROP = (
    ".module-quote",
    ".end-ad-container",
    ".ad-item",
    ".writer",
    ".btn-area",
    ".reaction-btns",
    ".more-news",
    ".edit-subscribe",
    ".article-bottom-banner",
    ".newspaper-subscribe",
    ".more-articles",
    ".div-line",
    ".img-zoomin",
    "[data-el=topIssueArticles]",
    "[id^=taboola]",
)


class HankookIlbo(HtmlExtractor):
    """Hankook Ilbo articles (the server-rendered template and the Next.js one)."""

    id = "hankookilbo"
    name = "한국일보"
    domains = ("hankookilbo.com",)
    site_names = ("한국일보", "Hankookilbo", "hankookilbo")
    article_ids = patterns(r"(?i)hankookilbo\.com/news/read/(?P<id>[a-z]{0,2}\d{14,})")
    article_urls = patterns(r"(?i)https?://(?:www\.|m\.)?hankookilbo\.com/news/read/[a-z]{0,2}\d{14,}")
    example_urls = (
        "https://www.hankookilbo.com/News/Read/A2025051516330004328",
        "https://www.hankookilbo.com/News/Read/A2026012918400001234",
        "https://m.hankookilbo.com/News/Read/A2024110112000005678",
    )
    non_article_urls = (
        "https://www.hankookilbo.com/",
        "https://www.hankookilbo.com/News/Politics",
        "https://www.hankookilbo.com/Liveissue/1234",
        "https://www.hankookilbo.com/Collect/9692",
        "https://search.hankookilbo.com/Search?searchText=이재명",
    )
    text_markers = patterns(r"Copyright\s*ⓒ\s*Hankookilbo", r"@hankookilbo\.com", r"세상을 보는 균형, 한국일보")
    text_layout = TextLayout(
        date=patterns(r"^입력(?:\s*[:：]?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$"),
        modified=patterns(r"^수정(?:\s*[:：]?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$"),
        # the printed page (4면, A2면) and the reaction/comment counters (0, 0 0) of the header
        chrome=patterns(r"^(?:[A-Z]?\d{1,2}면|[\d\s]+)$"),
        title_min=8,
        deck_below=5,
        end=patterns(r"^(?:카카오|페이스북|트위터|이메일|URL|기사 URL이 복사되었습니다\.?)$"),  # the share bar
        writer_ends=True,
        copyright=patterns(r"Copyright\s*ⓒ\s*Hankookilbo"),
        pull_quotes=True,
        bare_credits=True,
    )
    rules = Rules(
        boxes=patterns(r"^이 기사와 관련된 기사", r"^당신이 관심 있을 만한", r"^세상을 보는 균형"),
        skip=patterns(r"^이미지 확대보기$", r"^기사 URL이 복사되었습니다\.?$"),
    )
    remove = _DROP
    layouts = (
        Layout(
            name="next",
            match=(),  # recognised by its flight data, see layout_for
            title=("h1.title", "h1"),
            body=("div.article-view",),
            byline=("div.writer span.name strong", "div.writer .name", "div.writer"),
            remove=(".writer",),
            figures=("div.editor-img-box",),
            captions=("div.caption", "figcaption"),
        ),
        Layout(
            name="2020",
            match=("div[itemprop=articleBody] p.editor-p", "div.end-top h1.title"),
            title=("div.end-top h1.title", "h1.title"),
            subtitle=("div[itemprop=articleBody] > h2.sub-tit-ll", "h2.sub-tit-ll"),
            date=("div.end-top div.info",),
            byline=("div[itemprop=articleBody] div.writer", "div.writer"),
            body=("div[itemprop=articleBody]", "div.end-top div.col-main"),
            remove=("h2.sub-tit-ll",),
            figures=("div.editor-img-box",),
            captions=("div.caption", "figcaption"),
            valid_until="2026-01",
        ),
    )

    # -- the Next.js template ----------------------------------------------------------------
    def extract_layout(self, page: Page) -> Article:
        """The Next.js page (article in flight data) is read from its embedded HTML; else the layouts."""
        if "__next_f" in page.html or "__NEXT_DATA__" in page.html:
            emb = find_article(page)
            if emb is not None and emb.source in ("next-flight", "next-data"):
                return self._extract_next(page, emb.html, emb.subtitle, emb.published, emb.modified)
        # read before the body cleanup removes the writer box and the subscription box
        place, copyright = self._place(page), page.text(".newspaper-subscribe .copy")
        article = super().extract_layout(page)
        return attrs.evolve(article, dateline=article.dateline or place, copyright=article.copyright or copyright)

    def _extract_next(
        self, page: Page, html: str, subtitle: str | None, published_raw: str | None, modified_raw: str | None
    ) -> Article:
        layout = self.layouts[0]
        fragment = Page(f"<html><body><div class='article-view'>{html}</div></body></html>", page.url)
        place = self._place(fragment)
        title = page.text(*layout.title) or page.meta.get("headline")
        if not title:
            title = self.title(page, _without(layout, "title"))
        published, modified = self.dates(page, _without(layout, "date"))
        published = published or k.parse_date(published_raw)
        modified = modified or k.parse_date(modified_raw)
        deck: list[str] = []
        if subtitle:
            deck = [line for line in (k.clean_ws(x) for x in _BR.split(subtitle)) if line]
        byline = self.byline(fragment, layout)
        body = self.body(fragment, layout)
        return self.page_article(
            page,
            layout,
            title,
            body,
            published,
            modified,
            deck=deck,
            reporters=to_reporters(body.reporters, byline, ld_reporters(page.article_ld)),
            dateline=place,
            copyright=page.text(".newspaper-subscribe .copy") or body.copyright,
        )

    # -- small overrides ---------------------------------------------------------------------
    def tags(self, page: Page, layout: Layout) -> list[str]:
        """The shared sources plus ``news_keywords`` (where Hankook Ilbo puts its keywords)."""
        out = super().tags(page, layout)
        extra = [k.clean_ws(t) for t in (page.meta.get("news_keywords") or "").split(",")]
        return list(dict.fromkeys([*out, *(t for t in extra if t)]))

    @staticmethod
    def _place(page: Page) -> str | None:
        """The place written before the reporter's name in ``div.writer`` (``순천, 광양 구현모 기자``)."""
        node = page.first("div.writer span.name", "div.writer")
        if node is None:
            return None
        strong = node.css_first("strong")
        if strong is None:
            return None
        name = k.clean_ws(strong.text())
        if not name:
            return None
        text = k.clean_ws(node.text(separator=" "))
        place = text.partition(name)[0].strip(" ,")
        return place if place and len(place) <= 20 and not k.EMAIL_RE.search(place) else None


_BR = patterns(r"(?i)<br\s*/?>|\n")[0]


@functools.lru_cache(maxsize=8)
def _without(layout: Layout, field: str) -> Layout:
    """``layout`` without the selectors of ``field`` (``title``, ``date``), built once per layout."""
    return attrs.evolve(layout, title=()) if field == "title" else attrs.evolve(layout, date=())
