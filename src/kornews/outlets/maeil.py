"""Maeil Business Newspaper (매일경제) — mk.co.kr.

Evidence (``docs/evidence/maeil.md``): a real article page of 2025-06 (``fixtures/maeil/``, saved by
flairNLP/fundus, which files it as "MBN"; fundus reads JSON-LD for title, authors and date and
``div[itemprop=articleBody] > p`` for the body).

* Article URLs ``https://www.mk.co.kr/news/<section>/<7-8 digits>`` (also ``m.``); the legacy site
  ``news.mk.co.kr/newsRead.php?no=<n>``.  ``/en/``, ``/jp/``, ``/cn/`` are machine translations.
* Layout ``2022`` (assets under ``static.mk.co.kr/2022/``): title ``div.news_ttl_wrap h2.news_ttl``;
  reporters ``dl.author`` (``dt.name`` ``배윤경 기자``, ``dd.email``); date ``dl.registration``
  (``입력 : 2025-06-04 02:37:08``); body ``div.news_cnt_detail_wrap[itemprop=articleBody]`` whose
  ``div.mid_title`` is the deck (``<br>``-separated lines), ``div.border_org`` the sub-headings,
  ``div.thumb_area figure`` the photos (caption ``… [사진 출처 = 연합뉴스]``).
* Around the body: the AI summary (``뉴스 요약쏙``), language/font/share menus, the like button
  (``이 기사가 마음에 들었다면, 좋아요를 눌러주세요.``), comments, recommended articles.
* JSON-LD ``NewsArticle`` with every reporter as a ``Person``; ``article:published_time``.
* Rendered to text (``extract_text``): the headline, the reporters (``배윤경 기자`` and the
  e-mail on the next line), ``입력 :`` and the date; the AI summary and the toolbar (language, font
  size, ``…에 공유하기``) come before the article, which starts with the deck lines and ends at the
  like box.
"""

from __future__ import annotations

from .. import korean as k
from .. import lazyre
from ..article import Article
from ..base import HtmlExtractor, Layout, Rules, is_deck_line, patterns
from ..boilerplate import GENERIC_RULES
from ..dom import Block
from ..errors import MissingField, NotAnArticle
from ..text import TextPage


class Maeil(HtmlExtractor):
    """Maeil Business Newspaper articles."""

    id = "maeil"
    name = "매일경제"
    domains = ("mk.co.kr",)
    site_names = ("매일경제", "Maeil Business", "mk.co.kr")
    article_ids = patterns(
        r"mk\.co\.kr/news/[a-z_\-]+/(?P<id>\d{6,9})(?:[/?#]|$)",
        r"mk\.co\.kr/(?:newsRead|view)\.php\?(?:[^#]*&)?no=(?P<id>\d+)",
    )
    article_urls = patterns(
        r"https?://(?:www\.|m\.)?mk\.co\.kr/news/(?!en/|jp/|cn/)[a-z_\-]+/\d{6,9}(?:[/?#]|$)",
        r"https?://(?:news|m)\.mk\.co\.kr/(?:newsRead|view)\.php\?(?:[^#]*&)?no=\d+",
    )
    example_urls = (
        "https://www.mk.co.kr/news/politics/11333783",
        "https://m.mk.co.kr/news/economy/11290456",
        "https://news.mk.co.kr/newsRead.php?year=2020&no=123456",
    )
    non_article_urls = (
        "https://www.mk.co.kr/",
        "https://www.mk.co.kr/news/politics/",
        "https://www.mk.co.kr/news/politics/latest/",
        "https://www.mk.co.kr/author/554",
        "https://www.mk.co.kr/search?word=이재명",
    )
    text_markers = patterns(
        r"@mk\.co\.kr", r"매일경제", r"뉴스 요약쏙", r"좋아요를 눌러주세요", r"Copyright\s*(?:\(c\)|ⓒ|©)\s*매경"
    )
    rules = Rules(
        boxes=patterns(r"^뉴스 요약쏙", r"^이 기사가 마음에 들었다면"),
        stop=patterns(r"^이 기사가 마음에 들었다면"),
    )
    remove = (
        ".mid_title",
        ".ad_contents",
        "#refTotal",
        ".reaction_btn_wrap",
        ".news_sum_group",
        ".btn_zoom",
        "[id$=_rectangle]",
    )
    layouts = (
        Layout(
            name="2022",
            match=("div.news_cnt_detail_wrap", "div.news_ttl_wrap h2.news_ttl"),
            title=("div.news_ttl_wrap h2.news_ttl", "h2.news_ttl"),
            subtitle=("div.news_cnt_detail_wrap div.mid_title",),
            byline=("div.news_write_info_group dl.author", "dl.author"),
            date=("div.news_write_info_group dl.registration", "dl.registration"),
            modified=("div.news_write_info_group dl.modify", "dl.modify"),
            section=("div.news_ttl_wrap .cate",),
            body=("div.news_cnt_detail_wrap[itemprop=articleBody]", "div.news_cnt_detail_wrap"),
            captions=("figcaption",),
        ),
    )

    # -- text mode ---------------------------------------------------------------------------
    def extract_text(self, page: TextPage) -> Article:
        """A Maeil page rendered as text.

        Header: the headline, then the reporters (``배윤경 기자`` and the e-mail on the next line, one
        pair per reporter), then ``입력 :`` with the date (same or next line; ``수정 :`` likewise).
        After it the AI summary box (``뉴스 요약쏙`` …) and the toolbar (language, font size, share
        links) come before the article: it starts after the toolbar's last line, with the deck
        (short lines), and ends at the like box (:attr:`rules`).  Captions (``… [사진 출처 = …]``)
        become images.
        """
        lines = page.lines
        i_date = page.find(_DATE_LABEL, 0, 400)
        if i_date < 0:
            raise NotAnArticle("no Maeil date line (입력 :) in the text", outlet=self.id, url=page.url)
        # reporters above the date: name lines and e-mail lines
        i = i_date - 1
        while i >= 0 and _reporter_line(lines[i]):
            i -= 1
        header = [
            r for line in lines[i + 1 : i_date] for r in (k.parse_byline_line(line) or k.parse_signoff(line) or [])
        ]
        reporters = _pair_emails(header)
        while i >= 0 and _header_chrome(lines[i], self.rules):  # a sticky bar (TOP, 댓글, 추천 기사)
            i -= 1
        if i < 0 or len(lines[i]) < 5:
            raise MissingField("title", outlet=self.id, url=page.url)
        title = lines[i]
        published, modified, start = k.parse_date_run(
            lines, i_date, lambda x: bool(_DATE_LABEL.match(x) or _MODIFIED_LABEL.match(x) or _BARE_DATE.match(x))
        )
        # the summary box and the toolbar: the article starts after the toolbar's last line
        last_tool = -1
        for j in range(start, min(start + _HEADER_SPAN, len(lines))):
            if _TOOLBAR.search(lines[j]):
                last_tool = j
            elif k.looks_like_caption(lines[j]):
                break
        if last_tool >= 0:
            start = last_tool + 1
        deck: list[str] = []
        while start < len(lines) and len(deck) < 6 and self._is_deck(lines[start]):
            deck.append(lines[start])
            start += 1
        items = [Block("figure", x) if k.looks_like_caption(x) else Block("text", x) for x in lines[start:]]
        body = self.clean(items)
        return self.text_article(page, title, body, published, modified, reporters=reporters, deck=deck)

    def _is_deck(self, line: str) -> bool:
        rules = self.rules
        if any(rx.search(line) for rx in rules.boxes + rules.stop + rules.skip) or k.looks_like_caption(line):
            return False
        return is_deck_line(line) and not _SENTENCE_END.search(line)


_DATE_LABEL = lazyre.compile(r"^입력\s*[:：]?\s*(?:(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$")
"""``입력 :`` (the date on the next line) or ``입력 : 2025-06-04 02:37:08``."""
_MODIFIED_LABEL = lazyre.compile(r"^수정\s*[:：]?\s*(?:(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$")
_BARE_DATE = lazyre.compile(r"^(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_TOOLBAR = lazyre.compile(r"^(?:언어변경|글자크기 설정|기사 공유|ENG|JPN|CHN)$|(?:에 공유하기|링크 복사하기)$")
"""Lines of the toolbar between the header (and the AI summary box) and the article."""
_HEADER_SPAN = 40
"""Lines after the date line searched for the toolbar."""
_SENTENCE_END = lazyre.compile(r"[.!?…][\"'”’)]?$|[다요죠]$")


def _header_chrome(line: str, rules: Rules) -> bool:
    """A line of page chrome between the headline and the reporters: a page control, a box heading
    or a short label without a headline's words (``TOP``, ``댓글``)."""
    if k.is_ui_line(line) or any(rx.search(line) for rx in rules.boxes + GENERIC_RULES.boxes):
        return True
    return len(line) <= 6


def _reporter_line(line: str) -> bool:
    """A line of the reporter list: ``배윤경 기자`` or a lone e-mail."""
    return len(line) <= 60 and (k.parse_byline_line(line) is not None or k.EMAIL_RE.fullmatch(line) is not None)


def _pair_emails(found: list[k.RawReporter]) -> list[k.RawReporter]:
    """Each lone e-mail (a nameless reporter) given to the reporter named right before it."""
    out: list[k.RawReporter] = []
    for r in found:
        if not r.name and r.email and out and not out[-1].email:
            out[-1] = out[-1]._replace(email=r.email)
        elif r.name or r.email:
            out.append(r)
    return out
