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
* Rendered to text (:attr:`Maeil.text_layout`): the headline, the reporters (``배윤경 기자`` and the
  e-mail on the next line), ``입력 :`` and the date; the AI summary and the toolbar (language, font
  size, ``…에 공유하기``) come before the article, which starts with the deck lines and ends at the
  like box; captions (``… [사진 출처 = 연합뉴스]``) become images.
"""

from __future__ import annotations

from ..base import HtmlExtractor, Layout, Rules, patterns
from ..spec import TextLayout


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
    text_layout = TextLayout(
        date=patterns(r"^입력\s*[:：]?\s*(?:(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$"),
        modified=patterns(r"^수정\s*[:：]?\s*(?:(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}.*)?$"),
        title_min=8,
        # the toolbar between the AI summary box and the article: language, font size, share links
        start_after=patterns(
            r"^(?:언어\s*변경|글자\s*크기 설정|기사 공유|ENG|JPN|CHN)$", r"(?:에 공유하기|복사하기)(?:\s+링크)?$"
        ),
        deck_below=6,
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
