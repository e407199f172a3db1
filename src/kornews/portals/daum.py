"""Daum News (다음뉴스) — v.daum.net: the portal's copies of its partner presses' stories.

Evidence (``docs/evidence/daum.md``): seeds 001 (a Chosun story) and 002 (a Herald story), both
Daum pages rendered to text, and the selectors public scrapers use for Daum.

* Article URLs ``https://v.daum.net/v/<id>`` (17 digits ``YYYYMMDDhhmmss`` + 3, or a newer
  alphanumeric id), mobile ``m.v.daum.net``, before 2022 ``news.v.daum.net``.  Not articles: the news
  home and section pages of ``news.daum.net``, rankings, comment pages ``/v/<id>/comments``, and
  ``sports.daum.net`` / ``entertain.daum.net`` hubs (not supported).
* Layout ``2024`` (also the 2021 pages, which use the same markup): title ``h3.tit_view``; deck
  ``strong.summary_view``; reporter and date in ``.info_view .txt_info``, the date in ``.num_date``
  (``2026. 1. 6. 16:19``; older ``입력 2021.11.22. 10:00``; ``수정 …`` for the modification); body
  ``div.article_view section`` with paragraphs ``p[dmcf-ptype="general"]`` and photos
  ``figure[dmcf-ptype="figure"]`` captioned by ``figcaption.txt_caption``.
* Meta: ``og:regDate`` (``YYYYMMDDHHMMSS``, KST; read first), ``og:article:author`` (the press).
* Chrome (dropped wherever it stands): the automatic summary ``.layer_summary`` (``전체 맥락을 이해하기
  위해서는 본문 보기를 권장합니다.`` and its summary lines), ``번역beta Translated by kaka i``, the
  font-size panel (``글자크기 설정…``, ``이 글자크기로 변경됩니다.``, ``(예시) 가장 빠른 뉴스가…``);
  the reaction box ``이 기사에 대해 어떻게 생각하시나요?`` ends the copy.
* The press's own tails stay inside the copy (Herald's headline list, Newsis's ``☞공감언론 뉴시스``):
  the origin outlet's rules clean them (:mod:`kornews.portals.common`).

Text mode (:attr:`Daum.text_layout`, read by the shared reader, then
:meth:`~kornews.portals.common.PortalExtractor.extract_text`): the header line is the byline and date
(``이해인 기자 2024. 12. 5. 00:55``) or, in the 2022 template, ``입력 2010. 01. 01. 09:21 수정 … 댓글 0개``;
the headline is the line above it; without a date line the summary box or a tool-bar line stands
for it.  The tool bar under it (translation and its language menu, share, font-size menu, print;
lynx's radio and language-code marks) is chrome; the font-size panel (``글자크기 설정`` … the slider's
glyphs … ``이 글자크기로 변경됩니다``/``(예시) …``) goes whole; the short lines that open the copy are
the deck; the rest is cleaned as in HTML mode.
"""

from __future__ import annotations

from .. import korean as k
from .. import lazyre
from ..page import Page, host_matches
from ..spec import Layout, Rules, TextLayout, patterns
from .common import PortalExtractor

_DATE = r"(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.\s+\d{1,2}:\d{2}"
_LABEL = r"(?:(?:기사)?입력|수정|업데이트)\s*:?\s*"
_COMMENTS = r"(?:\s*댓글\s*\d+\s*개?)?"
"""The comment counter the 2022 template prints after the dates (``댓글 0개``)."""
_SUMMARY_HEADS = patterns(r"^전체 맥락을 이해하기 위해서는 (?:기사 )?본문 (?:전체)?보기를 권장합니다\.?$")
_LANGUAGES = r"English|简体中文|繁體中文|日本語|Bahasa Indonesia|tiếng Việt|한국어"
"""The languages of the machine-translation menu (2022 template), each a menu line."""


class Daum(PortalExtractor):
    """Daum News copies of press stories (desktop and mobile)."""

    id = "daum"
    name = "다음뉴스"
    domains = ("v.daum.net",)
    site_names = ("다음뉴스", "Daum News")
    article_ids = patterns(r"v\.daum\.net/v/(?P<id>\d{17}|[0-9A-Za-z]{10,16})(?:[/?#]|$)")
    article_urls = patterns(
        r"https?://(?:m\.|news\.|m\.news\.)?v\.daum\.net/v/(?:\d{17}|(?=[0-9A-Za-z]*[A-Za-z])[0-9A-Za-z]{10,16})/?(?:[?#]|$)",
    )
    example_urls = (
        "https://v.daum.net/v/20241205005501234",
        "https://v.daum.net/v/20240711160112345?f=o",
        "https://m.v.daum.net/v/20250722140025678",
        "https://news.v.daum.net/v/20211122100012345",
        "https://v.daum.net/v/jXkWpR3aQz",
    )
    non_article_urls = (
        "https://news.daum.net/",
        "https://news.daum.net/economy",
        "https://news.daum.net/ranking/popular",
        "https://news.daum.net/breakingnews/digital",
        "https://v.daum.net/v/20241205005501234/comments",
        "https://sports.daum.net/",
        "https://entertain.daum.net/",
        "https://m.daum.net/",
    )
    text_markers = patterns(
        r"번역\s*beta\s*Translated by kaka\s?o?\s?i",
        r"다음뉴스를 만나보세요",
        r"이 기사에 대해 어떻게 생각하시나요\?",
        r"전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다",
        r"이 글자\s*크기로 변경됩니다",
        # the page's footer
        r"다음뉴스의 콘텐츠는 각 언론사가 제공하며",
        r"Copyright\s*(?:©|ⓒ|\(c\))\s*Kakao Corp",
    )
    rules = Rules(
        stop=patterns(r"^이 기사에 대해 어떻게 생각하시나요\??$"),
        skip=patterns(
            r"^번역\s*beta\b",
            r"^Translated by kaka\s?o?\s?i$",
            r"^글자\s*크기\s*설정\b",
            r"^이 글자\s*크기로 변경됩니다\.?$",
            r"^\(예시\)\s*가장 빠른 뉴스가",
            # the tool bar's buttons, some with the screen-reader hint of a new window
            r"^(?:음성으로 듣기|음성 재생 설정|번역 설정|글씨\s*크기\s*조절하기|인쇄하기|요약보기)"
            r"(?:\s*새\s*창\s*열림)?$",
            r"^가가$",  # the font-size button's hint (two glyphs of growing size), rendered as text
            r"^(?:기사 도구 모음|번역할 언어 선택|글자 크기 조절 레이어)$",
            # the font-size and language menus, their items marked by a console browser's radio or language code
            r"^(?:\([* ]\)\s*)?가나다라마바사 (?:매우 )?(?:작은|보통|큰) 폰트$",
            rf"^(?:\([a-z]{{2}}\)\s*)?(?:{_LANGUAGES})$",
            # the machine-translation notice (2022 template), in each language it is printed in
            r"^The copyright belongs to the original writer of the content",
            r"^版权归内容原作者所有",
            r"^原文の著作権は原著著作者にあり",
            r"^Hak cipta milik penulis asli dari konten",
            r"^Bản quyền thuộc về tác giả gốc",
        ),
    )
    text_layout = TextLayout(
        # the header line: ``이해인 기자 2024. 12. 5. 00:55`` or ``입력 2021.11.22. 10:00 수정 2021.11.22. 11:00``
        date=patterns(rf"^(?P<by>\D{{0,30}}?)\s*(?:{_LABEL})?{_DATE}(?:\s*(?:{_LABEL})?{_DATE})?{_COMMENTS}$"),
        modified=patterns(rf"^수정\s*:?\s*{_DATE}{_COMMENTS}$"),
        chrome=rules.skip,
        # a page without the date line: the summary box or the tool bar stands under the headline
        anchor=(*_SUMMARY_HEADS, *rules.skip),
    )
    summary_heads = _SUMMARY_HEADS
    text_panels = (
        # the font-size panel: its heading, the slider's glyphs (``가 가``), the notice and the example
        (
            lazyre.compile(r"^글자\s*크기\s*설정\b"),
            lazyre.compile(r"^(?:\(예시\)\s*가장 빠른 뉴스가|이 글자\s*크기로 변경됩니다)"),
        ),
    )
    press_meta = ("og:article:author", "article:media_name")
    press_selectors = ((".head_view .thumb_g[alt]", "alt"), ("a.link_cp img[alt]", "alt"))
    origin_links = ("a.link_original", ".info_view a.link_source", "a.btn_original")
    copyright_selectors = (".foot_view .txt_copyright", ".copyright_view", "p.txt_copyright", "div.article_view > p")
    remove = (
        "strong.summary_view",
        ".layer_summary",
        ".wrap_trans",
        ".layer_size",
        ".util_view",
        ".box_reaction",
        "script",
        "style",
        "iframe",
        "ins",
        ".ad_body",
        "[id^=div-gpt-ad]",
    )
    layouts = (
        Layout(
            name="2024",
            match=("div.article_view", "h3.tit_view"),
            title=("h3.tit_view", ".head_view h3"),
            subtitle=("strong.summary_view",),
            byline=(".info_view .txt_info",),
            date=(".info_view .txt_info",),
            body=("div.article_view section", "div.article_view", "#harmonyContainer"),
            figures=('figure[dmcf-ptype="figure"]',),
            captions=("figcaption.txt_caption", "figcaption"),
        ),
    )

    @classmethod
    def recognise(cls, page: Page) -> int:
        """A Daum page: its own host (10), else Daum's article markup or ``og:regDate`` with a Daum
        ``og:site_name`` (8 — above an outlet recognised by the press name in ``og:article:author``)."""
        if any(host_matches(h, ("daum.net",)) for h in page.hosts):
            return 10
        if page.tree.css_first("h3.tit_view") is not None and page.tree.css_first("div.article_view") is not None:
            return 8
        if "og:regdate" in page.meta and "다음" in page.meta.get("og:site_name", ""):
            return 8
        return 0

    def dates(self, page: Page, layout: Layout) -> tuple[k.ParsedDate | None, k.ParsedDate | None]:
        """``og:regDate`` (KST digits) first, then the header's ``입력``/``수정`` dates."""
        published, modified = super().dates(page, layout)
        reg = k.parse_date(page.meta.get("og:regdate"))
        return (reg or published), modified
