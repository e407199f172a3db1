"""Newspim (뉴스핌) — newspim.com.

Evidence (see ``docs/outlets.md``): the real page rendered as text (seed 000) and selectors shared
by six or more public scrapers (2021–23) plus one 2026 source.

* Article URLs ``https://www.newspim.com/news/view/<YYYYMMDD><7 digits>``, mobile ``m.newspim.com``.
* Layout ``2026``: ``article.bodynews div.header h1``, ``<time id="send-time" datetime=…>``.
* Layout ``2021``: ``#main-title``, ``#send-time`` text ``2025년03월04일 08:00``.
* Body ``section.contents div#news-contents`` (mobile ``div#viewcontents``); deck = the short lines
  before the ``[서울=뉴스핌] 서영욱 기자 =`` lead; sub-headings ``◆…``; captions end ``[사진=LG]``;
  the reporter's e-mail stands alone as the last paragraph.
* Dropped: AI summary, related news, ``[뉴스핌 베스트 기사]``, translation and stock-tracker widgets,
  font-size/language menus, shopping and ad boxes.
"""

from __future__ import annotations

from .. import korean as k
from ..article import Article
from ..base import HtmlExtractor, Layout, Rules, is_deck_line, patterns
from ..errors import MissingField, NotAnArticle
from ..text import TextPage, line_blocks

_BODY_DROP = (
    "section#aiSummary", ".ai-summary", ".relation-news", "div.related", ".related-news", ".view_ad",
    ".ad", "[id^=div-gpt-ad]", ".gam", "ins.adsbygoogle", ".translate", ".stock-tracker", ".font-size",
    ".lang-select", ".best-news", ".anda-shop", ".top-btn",
)


class Newspim(HtmlExtractor):
    """Newspim articles (desktop and mobile)."""

    id = "newspim"
    name = "뉴스핌"
    domains = ("newspim.com",)
    site_names = ("뉴스핌", "Newspim", "NewsPim")
    article_urls = patterns(
        r"https?://(?:www\.|m\.)?newspim\.com/(?:news/view|view|amp/view)/?\??(?:newsId=)?\d{15}\b",
    )
    example_urls = (
        "https://www.newspim.com/news/view/202503040000123",
        "https://newspim.com/news/view/202609110000987",
        "https://m.newspim.com/news/view/202502140000456",
    )
    non_article_urls = (
        "https://www.newspim.com/",
        "https://www.newspim.com/news/lists?category_cd=106",
        "https://www.newspim.com/anda/view/202503040000123",
        "https://www.newspim.com/search?searchword=LG",
    )
    text_markers = patterns(r"\[[^\]=]{1,10}=뉴스핌\]", r"@newspim\.com", r"\[뉴스핌 베스트 기사\]", r"뉴스핌 AI")
    rules = Rules(
        boxes=patterns(
            r"^\[뉴스핌 베스트 기사\]", r"^AI 핵심 요약", r"^관련\s*(?:기사|뉴스)", r"^종목 추적기", r"^기사 번역$",
            r"^※ (?:본문 글자 크기 조정|번역할 언어 선택)",
        ),
        drop=patterns(r"^결과물 출력을 준비하고 있어요\.$", r"^안다쇼핑$", r"^Top으로 이동$"),
        stop=patterns(r"^이 내용에 포함된 데이터와 의견은 뉴스핌 AI"),
    )
    drop = _BODY_DROP
    layouts = (
        Layout(
            name="2026",
            match=("article.bodynews div.header h1", "time#send-time[datetime]"),
            title=("article.bodynews div.header h1", "#main-title"),
            date=("time#send-time", "#send-time"),
            modified=("time#update-time", "#update-time"),
            byline=("article.bodynews .writer .name",),
            body=("article.bodynews div#news-contents", "div#news-contents", "div#viewcontents"),
            section=("article.bodynews .header .category",),
        ),
        Layout(
            name="2021",
            match=("#main-title", "div#news-contents", "div#viewcontents"),
            title=("#main-title", "h1.title", "h2.title"),
            date=("#send-time",),
            modified=("#send-time-modify", "#modify-time"),
            body=("section.contents div#news-contents", "div#news-contents", "div#viewcontents"),
            section=(".contents .location a:last-child", ".bread-crumb a:last-child"),
            valid_until="2025-12",
        ),
    )

    # -- text mode ---------------------------------------------------------------------------
    _PUBLISHED = patterns(r"^기사입력\s*:")[0]
    _MODIFIED = patterns(r"^최종수정\s*:")[0]

    def extract_text(self, page: TextPage) -> Article:
        """A Newspim page rendered as text: the headline is the line before ``기사입력 :``; the
        article runs from the deck lines before the ``[…=뉴스핌]`` lead to the first box heading."""
        lines = page.lines
        i_pub = page.find(self._PUBLISHED)
        i_lead = page.find(patterns(r"^\[[^\]=]{1,12}=뉴스핌\]")[0], max(i_pub, 0))
        if i_lead < 0:
            raise NotAnArticle("no Newspim dateline lead in the text", outlet=self.id, url=page.url)
        if i_pub <= 0:
            raise MissingField("title", outlet=self.id, url=page.url)
        title = lines[i_pub - 1]
        published = k.parse_date(lines[i_pub].partition(":")[2])
        i_mod = page.find(self._MODIFIED, i_pub, i_pub + 3)
        modified = k.parse_date(lines[i_mod].partition(":")[2]) if i_mod >= 0 else None
        start = i_lead
        while start - 1 > max(i_pub, i_mod) and _is_deck_line(lines[start - 1], self.rules):
            start -= 1
        body = self.clean(line_blocks(lines[start:]))
        return self.text_article(page, title=title, body=body, published=published, modified=modified)


def _is_deck_line(line: str, rules: Rules) -> bool:
    if any(rx.search(line) for rx in rules.boxes + rules.drop + rules.stop):
        return False
    return is_deck_line(line) and not line.startswith(("※", "•"))
