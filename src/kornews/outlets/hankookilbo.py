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
* Rendered to text (``extract_text``, the ``2020`` template): the headline, ``입력``
  and ``수정`` each followed by its date, the printed page (``4면``) and counters, the deck lines,
  then the article up to the writer line (``순천, 광양 구현모 기자 ninek@hankookilbo.com``), the
  share bar or a box heading.  A caption is a sentence followed by a bare credit (``… 있다.
  연합뉴스``) and becomes an image; the pull quote (a quoted line, then a short attribution line)
  is left out.  The ``next`` template is a JS-only shell: its text shows no article.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .. import korean as k
from .. import lazyre
from ..article import Article
from ..base import HtmlExtractor, Layout, Rules, is_deck_line, ld_reporters, patterns, to_reporters
from ..dom import Block
from ..embedded import find_article
from ..errors import MissingField, NotAnArticle
from ..page import Page
from ..text import TextPage

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
            title = self.title(page, attrs.evolve(layout, title=()))
        published, modified = self.dates(page, attrs.evolve(layout, date=()))
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

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article:
        """A Hankook Ilbo page rendered as text (the server-rendered template).

        The headline is the line above the ``입력`` date label (the date on the same or the next
        line, a ``수정`` pair after it); then come the page number (``4면``) and reaction counters,
        the deck (short lines), and the article up to the writer line (``순천, 광양 구현모 기자
        ninek@hankookilbo.com``: reporters and the place).  In the article, a caption (a sentence
        followed by a bare credit: ``… 있다. 연합뉴스``) becomes an image, and the pull quote (a
        quoted line followed by a short attribution line) is left out, as in HTML mode.
        """
        lines = page.lines
        i_date = page.find(_DATE_LABEL, 0, 400)
        if i_date < 0:
            raise NotAnArticle("no Hankook Ilbo date line (입력) in the text", outlet=self.id, url=page.url)
        i_title = i_date - 1
        while i_title >= 0 and not _is_headline(lines[i_title]):
            i_title -= 1
        if i_title < 0:
            raise MissingField("title", outlet=self.id, url=page.url)
        title = lines[i_title]
        published, modified, start = k.parse_date_run(
            lines, i_date, lambda x: bool(_DATE_LABEL.match(x) or _MODIFIED_LABEL.match(x) or k.parse_date(x))
        )
        while start < len(lines) and (_is_counter(lines[start]) or k.is_ui_line(lines[start])):
            start += 1
        deck: list[str] = []
        while start < len(lines) and len(deck) < 5 and self._is_deck(lines, start):
            deck.append(lines[start])
            start += 1
        end = start
        while end < len(lines) and not _writer(lines[end]) and not self._ends_article(lines[end]):
            end += 1
        writers: list[k.RawReporter] = []
        place = None
        j = end
        while j < len(lines) and _writer(lines[j]):
            found = k.parse_byline(lines[j])
            writers.extend(found)
            place = place or _writer_place(lines[j], found[0].name)
            j += 1
        body = self.clean(_text_blocks(lines[start:end]))
        copyright = next((m.group(0) for x in lines[j:] if (m := _COPYRIGHT.search(x))), None)
        return self.text_article(
            page,
            title,
            body,
            published,
            modified,
            reporters=writers,
            deck=deck,
            dateline=body.dateline or place,
            copyright=body.copyright or copyright,
        )

    def _ends_article(self, line: str) -> bool:
        """A box heading, the share bar or the copyright line: the article is over (in text)."""
        return (
            k.is_copyright(line)
            or _SHARE_BAR.match(line) is not None
            or any(rx.search(line) for rx in self.rules.boxes + self.rules.stop)
        )

    def _is_deck(self, lines: Sequence[str], i: int) -> bool:
        line = lines[i]
        if self._ends_article(line) or _writer(line) or _is_caption(line) or _pull_quote_at(lines, i):
            return False
        return is_deck_line(line) and not _SENTENCE_END.search(line)

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

# -- text mode --------------------------------------------------------------------------------
_DATE_LABEL = lazyre.compile(r"^입력(?:\s*[:：]?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$")
"""``입력`` alone (the date on the next line) or ``입력 2025.05.15 20:00``."""
_MODIFIED_LABEL = lazyre.compile(r"^수정(?:\s*[:：]?\s*(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$")
_COUNTER = lazyre.compile(r"^(?:[A-Z]?\d{1,2}면|[\d\s]+)$")
"""The printed page (``4면``, ``A2면``) and the reaction/comment counters (``0``, ``0 0``) of the header."""
_SHARE_BAR = lazyre.compile(r"^(?:카카오|페이스북|트위터|이메일|URL|기사 URL이 복사되었습니다\.?)$")
_COPYRIGHT = lazyre.compile(r"Copyright\s*ⓒ\s*Hankookilbo")
_SENTENCE_END = lazyre.compile(r"[.!?…][\"'”’)]?$|[다요죠]$")
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = lazyre.compile(r"[\"”’'][.!?]?$|[.!?][\"”’']$")
_HANGUL = lazyre.compile(r"[가-힣]")


def _is_headline(line: str) -> bool:
    return len(line) >= 8 and len(_HANGUL.findall(line)) >= 3 and not _COUNTER.match(line)


def _is_counter(line: str) -> bool:
    return _COUNTER.match(line) is not None


def _writer(line: str) -> bool:
    """The writer line closing the article: [place] name role e-mail (``순천, 광양 구현모 기자 ninek@…``)."""
    return (
        len(line) <= 80
        and k.EMAIL_RE.search(line) is not None
        and not _SENTENCE_END.search(k.EMAIL_RE.sub("", line).strip())
        and bool(k.parse_byline(line))
    )


def _writer_place(line: str, name: str) -> str | None:
    """The place written before the reporter's name (as in :meth:`HankookIlbo._place`)."""
    if not name:
        return None
    place = line.partition(name)[0].strip(" ,")
    return place if place and len(place) <= 20 and not k.EMAIL_RE.search(place) else None


def _is_caption(line: str) -> bool:
    """A photo caption: a credit after the caption's sentence (``… 있다. 연합뉴스``, ``… 있다. 홍인기
    기자``) or any caption signal the shared cleanup knows."""
    if k.looks_like_caption(line):
        return True
    cap = k.split_caption(line)
    return cap.credit is not None and cap.caption is not None and _SENTENCE_END.search(cap.caption) is not None


def _pull_quote_at(lines: Sequence[str], i: int) -> bool:
    """``lines[i]`` opens a pull quote (``div.module-quote``): a quoted line of at most 150 characters
    followed by a short attribution line (``이재명 더불어민주당 대선 후보``)."""
    line = lines[i]
    if not (len(line) <= 150 and line[0] in _QUOTE_OPEN and _QUOTE_CLOSE.search(line)) or i + 1 >= len(lines):
        return False
    who = lines[i + 1]
    return (
        len(who) <= 40
        and who[0] not in _QUOTE_OPEN
        and not _SENTENCE_END.search(who)
        and not _is_caption(who)
        and _HANGUL.search(who) is not None
    )


def _text_blocks(lines: Sequence[str]) -> list[Block]:
    """The article's lines as blocks: captions as figures, pull quotes left out."""
    out: list[Block] = []
    i = 0
    while i < len(lines):
        if _pull_quote_at(lines, i):
            i += 2
            continue
        line = lines[i]
        out.append(Block("figure", line) if _is_caption(line) else Block("text", line))
        i += 1
    return out
