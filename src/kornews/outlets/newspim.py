"""Newspim (뉴스핌) — newspim.com.

Evidence (``docs/evidence/newspim.md``): the real page rendered as text (seed 000) and selectors shared
by six or more public scrapers (2021–23) plus one 2026 source.

* Article URLs ``https://www.newspim.com/news/view/<YYYYMMDD><7 digits>``, mobile ``m.newspim.com``.
* Layout ``2026``: ``article.bodynews div.header h1``, ``<time id="send-time" datetime=…>``.
* Layout ``2021``: ``#main-title``, ``#send-time`` text ``2025년03월04일 08:00``.
* Body ``section.contents div#news-contents`` (mobile ``div#viewcontents``); deck = the short lines
  before the ``[서울=뉴스핌] 서영욱 기자 =`` lead; sub-headings ``◆…``; captions end ``[사진=LG]``;
  the reporter's e-mail stands alone as the last paragraph.
* Dropped: AI summary, related news, ``[뉴스핌 베스트 기사]``, translation and stock-tracker widgets,
  font-size/language menus, shopping and ad boxes.
* Rendered to text (:attr:`Newspim.text_layout`): the headline above ``기사입력 :``; the article runs
  from the deck lines before the ``[…=뉴스핌]`` lead to the reporter's e-mail standing alone; the boxes
  are skipped wherever they stand (from their heading over their items; the stock tracker up to its
  ``뉴스핌 AI`` footer), and so are bare headlines between paragraphs (ads, links: Newspim marks its
  sub-headings ``◆``).
"""

from __future__ import annotations

from ..base import HtmlExtractor, Layout, Rules, patterns
from ..spec import TextLayout

_BODY_DROP = (
    "section#aiSummary",
    ".ai-summary",
    ".relation-news",
    "div.related",
    ".related-news",
    ".view_ad",
    ".ad",
    "[id^=div-gpt-ad]",
    ".gam",
    "ins.adsbygoogle",
    ".translate",
    ".stock-tracker",
    ".font-size",
    ".lang-select",
    ".best-news",
    ".anda-shop",
    ".top-btn",
)


class Newspim(HtmlExtractor):
    """Newspim articles (desktop and mobile)."""

    id = "newspim"
    name = "뉴스핌"
    domains = ("newspim.com",)
    site_names = ("뉴스핌", "Newspim", "NewsPim")
    article_ids = patterns(r"newspim\.com/(?:news/view|view|amp/view)/?\??(?:newsId=)?(?P<id>\d{15})(?!\d)")
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
            r"^\[뉴스핌 베스트 기사\]",
            r"^AI 핵심 요약",
            r"^관련\s*(?:기사|뉴스)",
            r"^종목 추적기",
            r"^기사 번역$",
            r"^※ (?:본문 글자 크기 조정|번역할 언어 선택)",
        ),
        skip=patterns(r"^결과물 출력을 준비하고 있어요\.$", r"^안다쇼핑$", r"^Top으로 이동$"),
        stop=patterns(r"^이 내용에 포함된 데이터와 의견은 뉴스핌 AI"),
    )
    text_layout = TextLayout(
        date=patterns(r"^기사입력\s*:"),
        modified=patterns(r"^최종수정\s*:"),
        lead=patterns(r"^\[[^\]=]{1,12}=뉴스핌\]"),
        no_date="title",
        from_lead=True,
        signoff_ends=True,
        # the stock tracker, from its heading to its footer
        box_spans=((patterns(r"^종목 추적기")[0], patterns(r"^이 내용에 포함된 데이터와 의견은 뉴스핌 AI")[0]),),
        marked_subheadings=True,  # ◆ sub-headings: a bare headline between paragraphs is an ad or a link
    )
    remove = _BODY_DROP
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
