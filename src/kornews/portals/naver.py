"""Naver News (네이버 뉴스) — n.news.naver.com: the portal's copies of its partner presses' stories.

Evidence (``docs/evidence/naver.md``): a real saved page of 2023-11 (``fixtures/naver/``, press
뉴스타파, oid 607) and the selectors public scrapers use for Naver (current and pre-2022 pages).

* Article URLs ``https://n.news.naver.com/article/<oid>/<aid>`` (``oid`` 3 digits = the press,
  ``aid`` 10 digits), ``n.news.naver.com/mnews/article/…``, ``m.news.naver.com/article/…``, and the
  pre-2022 ``news.naver.com/main/read.naver?…oid=…&aid=…`` (also ``read.nhn``, ``m.news.naver.com``).
  The sports and entertainment copies (``sports.news.naver.com/…/read.naver?oid=…&aid=…``,
  ``m.sports.naver.com/…/article/<oid>/<aid>``, ``entertain.naver.com/read?oid=…&aid=…``,
  ``m.entertain.naver.com/article/…``) are claimed too: no saved copy of their markup is at hand, so
  they are read by the content layer (``Article.layout == "fallback"``) with Naver's rules and
  identity.  Not articles: section, home and ranking pages, comment pages
  ``/article/comment/<oid>/<aid>``, print pages, press home pages ``media.naver.com``.
* Layout ``2023``: title ``h2#title_area span``; date ``span._ARTICLE_DATE_TIME[data-date-time]``
  (``2023-11-02 20:06:13``, KST; its text is ``2023.11.02. 오후 8:06``); modified
  ``span._ARTICLE_MODIFY_DATE_TIME[data-modify-date-time]``; the link to the original
  ``a.media_end_head_origin_link``; the press in ``og:article:author`` (``뉴스타파 | 네이버``); body
  ``article#dic_area`` (paragraphs separated by ``<br><br>``, sub-headings in ``<b>``); deck
  ``strong.media_end_summary`` at the top of the body; photos ``span.end_photo_org`` captioned by
  ``em.img_desc``; byline ``.byline span`` (also ``em.media_end_head_journalist_name``); copyright
  ``div.copyright``; section ``.media_end_categorize_item``.  No JSON-LD.
* Layout ``2020`` (``read.nhn`` pages, until 2022): title ``h3#articleTitle``, date ``.sponsor`` with
  ``기사입력 2020.08.27. 오후 8:27`` / ``최종수정 …``, body ``div#articleBodyContents`` (scrapers).
* Chrome removed from the body wherever it stands: the summary bot (``본문 요약봇``), the video
  player, the press's subscribe banners, the section note (``이 기사는 언론사에서 … 섹션으로
  분류했습니다.``), recommendation, comment and ranking modules.
* Text mode (:attr:`Naver.text_layout`): the headline is the line above the date line
  (``입력2023.11.02. 오후 8:06``; before 2022 ``기사입력 2017.04.20. 오후 3:53 기사원문 스크랩``, with
  ``최종수정 …``); the header's buttons and panels (추천, 댓글, 본문 요약봇, 글자 크기, text-to-speech
  settings; before 2022 the reaction, font-face and font-size panels) are chrome wherever they stand;
  the copy ends at the reporter card (``기자 프로필``: its ``홍길동 기자`` line names the reporter, the
  bare name above it leaves the copy) or at the section note, the copyright line kept; a press's
  promo link line (``… (클릭!)``) goes.
"""

from __future__ import annotations

from ..page import Page, host_matches
from ..spec import Layout, Rules, TextLayout, patterns
from .common import PortalExtractor

_DATE = r"(?:19|20)\d\d\.\d{1,2}\.\d{1,2}\.?\s*(?:오전|오후)?\s*\d{1,2}:\d{2}"
_OID_AID = r"(?=[^#]*\boid=\d{3}\b)(?=[^#]*\baid=\d{10}\b)"


class Naver(PortalExtractor):
    """Naver News copies of press stories (current ``n.news`` pages and pre-2022 ``read.nhn``)."""

    id = "naver"
    name = "네이버 뉴스"
    domains = ("news.naver.com", "sports.naver.com", "entertain.naver.com")
    site_names = ("네이버 뉴스", "NAVER News")
    article_ids = patterns(
        r"news\.naver\.com/(?:mnews/)?article/(?P<oid>\d{3})/(?P<aid>\d{10})(?:[/?#]|$)",
        r"news\.naver\.com/(?:main/)?read\.n(?:aver|hn)\?(?=[^#]*\boid=(?P<oid>\d{3})\b)(?=[^#]*\baid=(?P<aid>\d{10})\b)",
        r"(?:sports|entertain)\.(?:news\.)?naver\.com/(?:[a-z0-9]+/)*(?:news|read)(?:\.n(?:aver|hn))?\?(?=[^#]*\boid=(?P<oid>\d{3})\b)(?=[^#]*\baid=(?P<aid>\d{10})\b)",
        r"(?:sports|entertain)\.naver\.com/(?:[a-z0-9]+/)*article/(?P<oid>\d{3})/(?P<aid>\d{10})(?:[/?#]|$)",
    )
    article_urls = patterns(
        r"https?://(?:n|m)\.news\.naver\.com/(?:mnews/)?article/\d{3}/\d{10}/?(?:[?#]|$)",
        r"https?://(?:news|m\.news)\.naver\.com/(?:main/)?read\.n(?:aver|hn)\?" + _OID_AID,
        r"https?://(?:m\.)?sports\.news\.naver\.com/(?:[a-z0-9]+/)*(?:news|read)\.n(?:aver|hn)\?" + _OID_AID,
        r"https?://(?:m\.)?sports\.naver\.com/(?:[a-z0-9]+/)?article/\d{3}/\d{10}/?(?:[?#]|$)",
        r"https?://(?:m\.)?entertain\.naver\.com/(?:read\?" + _OID_AID + r"|(?:now/)?article/\d{3}/\d{10}/?(?:[?#]|$))",
    )
    example_urls = (
        "https://n.news.naver.com/article/607/0000001728",
        "https://n.news.naver.com/mnews/article/003/0013261234?sid=101",
        "https://m.news.naver.com/article/016/0002345678",
        "https://news.naver.com/main/read.naver?mode=LSD&mid=sec&oid=607&aid=0000001728&sid1=001",
        "https://news.naver.com/main/read.nhn?mode=LSD&mid=shm&sid1=105&oid=092&aid=0002201234",
        "https://m.news.naver.com/read.nhn?oid=003&aid=0010012345&sid1=102",
        "https://sports.news.naver.com/news.nhn?oid=477&aid=0000123456",
        "https://sports.news.naver.com/kbaseball/news/read.naver?oid=109&aid=0003512345",
        "https://m.sports.naver.com/kbaseball/article/477/0000123456",
        "https://entertain.naver.com/read?oid=311&aid=0001234567",
        "https://m.entertain.naver.com/article/311/0001234567",
    )
    non_article_urls = (
        "https://news.naver.com/",
        "https://news.naver.com/section/101",
        "https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=101",
        "https://news.naver.com/main/ranking/popularDay.naver",
        "https://n.news.naver.com/article/comment/607/0000001728",
        "https://n.news.naver.com/article/print/607/0000001728",
        "https://media.naver.com/press/607",
        "https://sports.news.naver.com/index",
        "https://sports.news.naver.com/kbaseball/index",
        "https://m.sports.naver.com/kbaseball/index",
        "https://entertain.naver.com/home",
        "https://entertain.naver.com/ranking",
    )
    rules = Rules(
        stop=patterns(
            r"^이 기사는 언론사에서 .{1,20} 섹션으로 분류했습니다\.?$",
            r"^기사 섹션 분류 안내$",
            r"^이 기사를 추천합니다$",
            r"^네이버에서 .{1,20} 구독하기$",
        ),
        skip=patterns(
            r"^본문 요약봇",
            r"^자동 추출 기술로 요약된 내용입니다",
            r"^글자 크기 변경하기$",
            r"^(?:SNS 보내기|인쇄하기|기사원문|본문 듣기를 종료하였습니다\.)$",
            r"^언론사 구독 해지되었습니다\.?$",
            r"구독 해지되었습니다\.$",
            r"^언론사를 구독하면 메인에서 바로 볼 수 있어요!?$",
            r"^재생하기 재생시간\s*\d",
            r"^(?:추천|댓글|성별|말하기 속도|구독|구독중)$",
            r"^(?:쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추)\s*\d*$",
            r"^이동 통신망을 이용하여 음성을 재생하면",
            r"^(?:텍스트 음성 변환 서비스 사용하기|본문듣기 시작)$",
            # the text-to-speech settings, their choices marked by a console browser's radio values
            r"^성별(?:\s*(?:\(\w\)\s*)?(?:남성|여성))+$",
            r"^말하기 속도(?:\s*(?:\(\w\)\s*)?(?:느림|보통|빠름))+$",
            # the summary bot's notice, its second half where a console browser wrapped it
            r"맥락을 이해하기 위해서는 기사 본문 전체보기를 권장합니다\.?(?:\s*닫기)?$",
            r"^가\d단계(?:\s*(?:작게|보통|크게|아주크게|최대크게))?$",
            # the pre-2022 page's tool panels: reactions, font size and face, text-to-speech settings
            r"^(?:좋아요|훈훈해요|슬퍼요|화나요|후속기사 원해요)\s*\d*$",
            r"^좋아요 좋아요 평가하기",
            r"^(?:크기|글꼴|굴림|돋움|맑은고딕|나눔고딕|나눔명조|마루부리|보내기|설정|예 아니오|확인 취소)$",
            r"^나눔\s*폰트를 설치하러 가시겠습니까\?$",
            r"^나눔\S* 폰트가 설치되어있지 않습니다\.?$",
            r"^(?:본문\s*듣기|본문듣기 설정|본문듣기)(?:\s*설정)?$",
            r"^(?:성별|속도) 선택하기\b",
            r"^설정을 저장하시겠습니까\?$",
            r"^기사원문(?:\s*스크랩)?$",
        ),
    )
    text_markers = patterns(
        r"본문 요약봇",
        r"이 기사는 언론사에서 .{1,20} 섹션으로 분류했습니다",
        r"네이버에서 .{1,20} 구독하기",
        r"언론사 구독 해지되었습니다",
        r"기사 추천은 24시간 내",
        r"본 콘텐츠의 저작권은 제공처 또는 네이버에",
        r"Copyright\s*(?:©|ⓒ|\(c\))\s*NAVER Corp",  # the page's footer
    )
    text_layout = TextLayout(
        # ``입력2023.11.02. 오후 8:06``; before 2022 ``기사입력 2017.04.20. 오후 3:53 기사원문 스크랩``
        date=patterns(rf"^(?:기사)?입력\s*:?\s*{_DATE}"),
        modified=patterns(rf"^(?:최종)?수정\s*:?\s*{_DATE}"),
        chrome=rules.skip,
    )
    text_cards = patterns(r"^기자 프로필$")
    press_meta = ("og:article:author", "twitter:creator")
    press_selectors = ((".media_end_head_top_logo img[alt]", "alt"), (".press_logo img[alt]", "alt"))
    origin_links = ("a.media_end_head_origin_link", "a.btn_artialoriginal")
    copyright_selectors = ("div.copyright", "p.c_text", ".copyright")
    remove = (
        "script",
        "style",
        "iframe",
        "noscript",
        "button",
        "strong.media_end_summary",
        "#_SUMMARY_BUTTON",
        ".media_end_head_autosummary",
        "._SUMMARY_LAYER",
        ".vod_player_wrap",
        "._VOD_PLAYER_WRAP",
        ".video_area",
        ".media_end_linked",
        ".media_end_channel_banner",
        "._CHANNEL_BUTTON_WRAP",
        ".media_end_categorize",
        ".byline",
        ".copyright",
        ".reporter_area",
        ".media_journalistcard",
        "#comment",
        "._COMMENT",
        ".u_cbox",
        ".media_end_ranking",
        ".ab_related_article",
        ".end_ad",
        "[id^=div-gpt-ad]",
        ".link_news",
        ".artical-btm",
    )
    layouts = (
        Layout(
            name="2023",
            match=("article#dic_area", "#newsct_article"),
            title=("h2#title_area span", "h2#title_area", "h2.media_end_head_headline"),
            subtitle=("strong.media_end_summary",),
            byline=(".byline span", "em.media_end_head_journalist_name", ".media_end_head_journalist_name"),
            date=("span._ARTICLE_DATE_TIME",),
            modified=("span._ARTICLE_MODIFY_DATE_TIME",),
            body=("article#dic_area", "#dic_area", "#newsct_article"),
            section=(".media_end_categorize_item",),
            figures=("span.end_photo_org", "div.end_photo_org"),
            captions=("em.img_desc", "figcaption"),
        ),
        Layout(
            name="2020",
            match=("div#articleBodyContents", "h3#articleTitle"),
            title=("h3#articleTitle",),
            byline=(".byline", ".journalistcard_summary_name"),
            date=(".sponsor",),
            body=("div#articleBodyContents",),
            figures=("span.end_photo_org",),
            captions=("em.img_desc",),
            valid_until="2022-06",
        ),
    )

    @classmethod
    def recognise(cls, page: Page) -> int:
        """A Naver News page: its own host (10), else its article markup with a Naver ``twitter:site``
        or ``og:article:author`` (8 — above an outlet recognised by its press name)."""
        if any(host_matches(h, cls.domains) for h in page.hosts):
            return 10
        naver = "네이버" in page.meta.get("twitter:site", "") or "네이버" in page.meta.get("og:article:author", "")
        if not naver:
            return 0  # before the markup queries: each is a pass over the whole document
        markup = (
            page.tree.css_first("article#dic_area") is not None
            or page.tree.css_first("#articleBodyContents") is not None
        )
        return 8 if markup else 0
