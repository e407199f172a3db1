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
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import korean as k
from .. import lazyre
from ..article import Article
from ..base import HtmlExtractor, Layout, Rules, is_deck_line, patterns
from ..errors import MissingField, NotAnArticle
from ..text import TextPage, bulleted, line_blocks

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

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article:
        """A Newspim page rendered as text: the headline is the line before ``기사입력 :``; the
        article runs from the deck lines before the ``[…=뉴스핌]`` lead to the reporter's e-mail
        standing alone (else to the end, cleaned by :attr:`rules`).

        The text shows the boxes that HTML mode removes wherever they stand (best articles, AI
        summary, stock tracker, translation, related news): each is skipped from its heading over
        what it is made of (its list items, ``사진`` thumbnails and ``[…=뉴스핌]`` teasers, the
        tracker up to its ``뉴스핌 AI`` footer, the ``결과물 출력을 …`` placeholder).  In the article, a
        bare headline between paragraphs (an ad or a link to another story: not a sentence, no
        ``◆`` mark, no caption) is left out.
        """
        lines = page.lines
        i_pub = page.find(_PUBLISHED)
        i_lead = page.find(_LEAD, max(i_pub, 0))
        if i_lead < 0:
            raise NotAnArticle("no Newspim dateline lead in the text", outlet=self.id, url=page.url)
        if i_pub <= 0:
            raise MissingField("title", outlet=self.id, url=page.url)
        title = lines[i_pub - 1]
        published = _date_after_label(lines, i_pub)
        i_mod = page.find(_MODIFIED, i_pub, i_pub + 3)
        modified = _date_after_label(lines, i_mod) if i_mod >= 0 else None
        boxed = self._boxed(lines, bulleted(page.text), max(i_pub, i_mod) + 1)
        start = i = i_lead
        while i - 1 > max(i_pub, i_mod) and (boxed[i - 1] or _is_deck_line(lines[i - 1], self.rules)):
            i -= 1
            if not boxed[i]:
                start = i
        end = len(lines)
        for j in range(i_lead + 1, len(lines)):
            if not boxed[j] and k.EMAIL_RE.fullmatch(lines[j]):
                end = j + 1
                while end < len(lines) and not boxed[end] and k.parse_signoff(lines[end]) is not None:
                    end += 1
                break
        kept = [
            line
            for j, line in enumerate(lines[start:end], start)
            if not boxed[j] and not (j > i_lead and _is_bare_headline(line))
        ]
        body = self.clean(line_blocks(kept))
        return self.text_article(page, title, body, published, modified)

    def _boxed(self, lines: Sequence[str], bullets: Sequence[bool], begin: int) -> list[bool]:
        """For each line: True when it belongs to a boilerplate box (see :meth:`extract_text`).  The
        page menus (``※ 본문 글자 크기 조정`` …) are not boxes here: they stand above the deck and end
        it.  Only the list boxes (AI summary, related news) extend over list items, and never over
        the article's lead."""
        rules = self.rules
        out = [False] * len(lines)
        i = begin
        while i < len(lines):
            line = lines[i]
            if line.startswith("※") or not any(rx.search(line) for rx in rules.boxes):
                i += 1
                continue
            j = i + 1
            if _TRACKER.match(line):
                footer = next((x for x in range(j, min(j + 40, len(lines))) if _TRACKER_END.match(lines[x])), -1)
                j = footer + 1 if footer >= 0 else j
            items = _LIST_BOX.match(line) is not None
            while j < len(lines) and (
                (items and bullets[j] and not _LEAD.match(lines[j]))
                or lines[j] == "사진"
                or _TEASER.search(lines[j]) is not None
                or any(rx.search(lines[j]) for rx in rules.skip)
            ):
                j += 1
            out[i:j] = [True] * (j - i)
            i = j
        return out


_PUBLISHED = lazyre.compile(r"^기사입력\s*:")
_MODIFIED = lazyre.compile(r"^최종수정\s*:")
_LEAD = lazyre.compile(r"^\[[^\]=]{1,12}=뉴스핌\]")
_TEASER = lazyre.compile(r"^\S.{0,80}?\s\[[^\]=]{1,12}=뉴스핌\]\s")
"""An item of the best-articles box: a headline, then the story's lead (``… 2관왕 [서울=뉴스핌] 이지은 기자 = …``)."""
_TRACKER = lazyre.compile(r"^종목 추적기")
_LIST_BOX = lazyre.compile(r"^(?:AI 핵심 요약|관련\s*(?:기사|뉴스))")
"""Boxes that are lists (``<li>`` items, rendered with bullets)."""
_TRACKER_END = lazyre.compile(r"^이 내용에 포함된 데이터와 의견은 뉴스핌 AI")
_SENTENCE_END = lazyre.compile(r"[.!?…][\"'”’)]?$")
"""A sentence ends with punctuation (a headline such as ``… 설립한다`` does not)."""


def _date_after_label(lines: Sequence[str], i: int) -> k.ParsedDate | None:
    """The date after the label on line ``i`` (``기사입력 : 2025년03월04일 08:00``), or alone on the
    next line (a browser renders the label and the date as two blocks)."""
    value = k.parse_date(lines[i].partition(":")[2])
    if value is None and i + 1 < len(lines) and len(lines[i + 1]) <= 40:
        value = k.parse_date(lines[i + 1])
    return value


def _is_bare_headline(line: str) -> bool:
    """A headline between paragraphs (an ad or a link): short, not a sentence, not a sub-heading,
    caption, sign-off or bracketed note."""
    return (
        len(line) <= 80
        and not _SENTENCE_END.search(line)
        and not k.is_subheading(line)
        and not line.startswith(("※", "(", "<", "-", "▶", "☞", "▷"))
        and not k.looks_like_caption(line)
        and k.parse_signoff(line) is None
        and k.parse_byline_line(line) is None
        and not k.EMAIL_RE.search(line)
    )


def _is_deck_line(line: str, rules: Rules) -> bool:
    if any(rx.search(line) for rx in rules.boxes + rules.skip + rules.stop):
        return False
    return is_deck_line(line) and not line.startswith(("※", "•"))
