"""Herald Economy (헤럴드경제) — heraldcorp.com.

Evidence (``docs/evidence/herald.md``): seed 002 (a Daum copy of a Herald story, rendered to text)
and public scrapers (2021–26).

* Article URLs: current ``https://biz.heraldcorp.com/article/<id>`` (also ``mbiz.``, ``news.``,
  ``www.``); older ``news.heraldcorp.com/view.php?ud=<YYYYMMDD + digits>`` (also ``biz.``/``m.``).
  The English edition (koreaherald.com) is another outlet and is not claimed.
* Layout ``2024`` (current site): body ``article#articleText`` (several scrapers 2025–26) with photos
  ``.article-photo-wrap`` in reading order.  Title, date and reporter nodes of this site are not
  confirmed, so JSON-LD / ``og:*`` / ``article:*`` come first and plausible selectors second.
* Layout ``legacy`` (view.php): title ``li.article_title``, date ``li.article_date``
  (``2022.12.15 10:00``), body ``div[itemprop=articleBody]`` / ``div.article_area`` /
  ``div.article_view`` (scrapers 2021–23).
* Text conventions (seed): three deck lines before the lead ``[헤럴드경제(제주)=정태일 기자] ``
  (outlet, optional place in parentheses, reporter); the reporter's e-mail alone after the body;
  ``Copyright © 헤럴드경제. 무단전재 및 재배포 금지.``; then a list of unrelated headlines
  (``- "…"``) that Herald appends to its syndicated copies; promo lines ``▶ 무조건 오르는 비공개
  급등종목`` (scrapers).  Column tags such as ``[비즈360]`` stay in the title (and give ``series``).

The same :attr:`Herald.rules` clean Herald pages, Herald pages rendered as text (read by
:attr:`Herald.text_layout`: the ``입력``/``수정`` lines, or the legacy bare date, under the headline
and byline; the article closes with the reporter's sign-off), and the Herald stories that portals
(Daum) re-host: ``Herald().clean(blocks)``.
"""

from __future__ import annotations

from .. import korean as k
from .. import lazyre
from ..base import HtmlExtractor, Layout, Rules, patterns
from ..page import Page, host_matches, ld_text
from ..spec import TextLayout

_HOST = r"https?://(?:(?:biz|mbiz|news|www|m)\.)?heraldcorp\.com"

_BODY_DROP = (
    ".ad",
    ".ad-area",
    ".article-ad",
    ".view_ad",
    "[id^=div-gpt-ad]",
    "ins.adsbygoogle",
    ".article-relation",
    ".related-news",
    ".article-share",
    ".article-font",
    ".article-sns",
)

_OTHER_EDITIONS = ("koreaherald.com",)
_LEAD = lazyre.compile(r"^\[\s*헤럴드경제\s*(?:\([^()\[\]]{1,12}\))?\s*=")
"""The dateline lead of a Herald story: ``[헤럴드경제=…``, ``[헤럴드경제(제주)=…``."""


class Herald(HtmlExtractor):
    """Herald Economy articles: current ``/article/<id>`` pages and older ``view.php?ud=`` pages."""

    id = "herald"
    name = "헤럴드경제"
    domains = ("heraldcorp.com",)
    site_names = ("헤럴드경제", "Herald Economy", "HeraldCorp", "heraldcorp.com")
    article_ids = patterns(
        r"heraldcorp\.com/article/(?P<id>\d{5,10})(?:[/?#]|$)",
        r"heraldcorp\.com/[^#]*[?&]ud=(?P<id>(?:19|20)\d{10,16})(?!\d)",
    )
    article_urls = patterns(
        _HOST + r"/article/\d{5,10}(?:[/?#]|$)",
        _HOST + r"/view\.php\?(?:[^#]*&)?ud=(?:19|20)\d{6}\d{4,8}(?:[&#]|$)",
    )
    example_urls = (
        "https://biz.heraldcorp.com/article/10008681",
        "https://mbiz.heraldcorp.com/article/10771050",
        "https://news.heraldcorp.com/article/10453744",
        "https://www.heraldcorp.com/article/10639482?ref=naver",
        "http://news.heraldcorp.com/view.php?ud=20221215000731",
        "https://biz.heraldcorp.com/view.php?ud=20240617050050",
        "http://news.heraldcorp.com/view.php?ud=20240711050421&md=20240711160101_BL",
    )
    non_article_urls = (
        "https://biz.heraldcorp.com/",
        "https://biz.heraldcorp.com/list/economy",
        "http://biz.heraldcorp.com/list.php?ct=010107000000",
        "https://biz.heraldcorp.com/search?q=LG",
        "https://biz.heraldcorp.com/photo/10008681",
        "http://news.heraldcorp.com/photo/view.php?ud=20221215000731",
        "https://www.koreaherald.com/article/10008681",
        "https://www.koreaherald.com/view.php?ud=20240711000650",
    )
    text_markers = patterns(
        r"\[헤럴드경제(?:\([^()]{1,12}\))?\s*=",
        r"@heraldcorp\.com",
        r"(?:Copyright|ⓒ|©)\s*(?:ⓒ|©)?\s*헤럴드경제",
    )
    text_layout = TextLayout(
        date=patterns(
            r"^(?:기사)?(?:입력|등록|승인)(?:일|시간)?\s*:?\s*(?:19|20)\d\d",
            r"^(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?$",  # legacy: the date alone
        ),
        lead=(_LEAD,),
        signoff_ends=True,
        no_date="title",
        modified=patterns(r"^(?:기사)?(?:최종\s*)?수정(?:일|시간)?\s*:?\s*(?:19|20)\d\d"),
    )
    rules = Rules(
        lists=patterns(
            # the unrelated headlines Herald appends to syndicated copies: - "…", - 홍명보는 ‘폭로’ …
            r"^[-–]\s+\S(?!.*[다요]\.$).{3,150}$",
            # promo links: ▶ 무조건 오르는 비공개 급등종목 (not ▶일시: … bullets)
            r"^▶\s*[^\s:=][^:=]{1,80}$",
        ),
        skip=patterns(
            r"^▶\s*[^:=]{0,40}(?:급등\s*종목|추천\s*종목|추천주|구독하기|바로\s*가기|무료\s*(?:상담|체험|리포트))"
        ),
        boxes=patterns(r"^관련\s*(?:기사|뉴스)$", r"^(?:많이 본|인기|추천) 기사$"),
        # the site footer, for pages rendered as text: "(주)헤럴드 서울특별시 용산구 …"
        stop=patterns(r"^\(주\)\s*헤럴드\s"),
    )
    remove = _BODY_DROP
    layouts = (
        Layout(
            name="2024",
            match=("article#articleText",),
            title=(
                ".article-view-header h1",
                "h1.news_title",
                ".news_title h1",
                "h1.article-title",
                ".article_title h1",
                "article h1",
            ),
            subtitle=(".article-view-header .sub-title", "h2.news_subtitle"),
            date=(".article-view-header .date", ".article-info .date", ".news_date", ".article_date"),
            byline=(".article-view-header .reporter", ".article-info .reporter", ".writer .name"),
            body=("article#articleText",),
            section=(".article-view-header .category", ".article-category"),
            figures=(".article-photo-wrap",),
            captions=("figcaption", ".article-photo-desc", ".photo-desc", ".caption"),
        ),
        Layout(
            name="legacy",
            match=("li.article_title", "div[itemprop=articleBody]", "div.article_area", "div.article_view"),
            title=("li.article_title", ".view_top_t2 li.article_title", "h1"),
            date=("li.article_date",),
            body=("div[itemprop=articleBody]", "div.article_area", "div#articleText", "div.article_view"),
            figures=(".article-photo-wrap", "div.imgbox", "table.img_table"),
            captions=("figcaption", ".imgcaption", ".caption", "td.caption"),
            valid_until="2024-10",
        ),
    )

    # -- HTML hooks ----------------------------------------------------------------------------
    @classmethod
    def recognise(cls, page: Page) -> int:
        """As the default, except for pages of the English edition (koreaherald.com): the same company
        and the same ``article#articleText`` container, but another outlet."""
        if any(host_matches(h, _OTHER_EDITIONS) for h in page.hosts):
            return 0
        return super().recognise(page)

    def title(self, page: Page, layout: Layout) -> str:
        """JSON-LD ``headline``, then ``og:title`` (site suffix cut), then the layout's selectors:
        the current site's title node is not confirmed by any source, its structured data is."""
        title = ld_text(page.article_ld.get("headline")) if page.article_ld else None
        if not title and page.meta.get("og:title"):
            title = self.strip_site_suffix(k.clean_ws(page.meta["og:title"]))
        return title or super().title(page, layout)
