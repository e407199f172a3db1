"""Naver News copies (layout ``2023``) of random stories by a randomly chosen press.

``pages()`` draws ``(page_bytes, url, expected_article)`` in the markup of the real 2023 page
(``fixtures/naver/``): ``h2#title_area``, ``span._ARTICLE_DATE_TIME[data-date-time]``, the link to the
original, ``article#dic_area`` with ``<br><br>``-separated paragraphs, the deck
``strong.media_end_summary``, photos ``span.end_photo_org`` with ``em.img_desc``, ``.byline``,
``div.copyright``.  The press is one of kornews' outlets (when installed) or another press, found by
its name and by the original link's host; its text follows its conventions (dateline lead, Newsis's
sign-off).  Naver's chrome (video player, summary bot, subscribe and section boxes, ranking and
comment modules) is inserted at random positions, inside the article container too.  With
``text_safe=True`` the in-body chrome is only what a reader of the rendered text recognises too, so
HTML mode and text mode must agree on the page.
"""

from __future__ import annotations

import html
from typing import Any

from hypothesis import strategies as st

from kornews.article import Article, Image, Reporter
from kornews.testing import strategies as s

from .dates import format_date
from .daum import outlet_id, press_lead

PRESSES: tuple[tuple[str, str | None, str, str], ...] = (
    ("조선일보", "chosun", "023", "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/"),
    ("헤럴드경제", "herald", "016", "https://biz.heraldcorp.com/article/10008681"),
    ("뉴시스", "newsis", "003", "https://www.newsis.com/view/NISX20250722_0003261234"),
    ("뉴스핌", "newspim", "417", "https://www.newspim.com/news/view/20250304000147"),
    ("지디넷코리아", "zdnet", "092", "https://zdnet.co.kr/view/?no=20250627115300"),
    ("한겨레", None, "028", "https://www.hani.co.kr/arti/economy/economy_general/1169999.html"),
    ("뉴스타파", None, "607", "https://newstapa.org/article/r8G4m"),
)
"""(press name, outlet id when one of kornews' outlets, Naver oid, the story on the press's site)."""

ORIGIN_IDS = {
    "https://www.chosun.com/economy/tech_it/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/": "5JXWGAPKRFGJBCD3NQ6R2MHKRU",
    "https://biz.heraldcorp.com/article/10008681": "10008681",
    "https://www.newsis.com/view/NISX20250722_0003261234": "NISX20250722_0003261234",
    "https://zdnet.co.kr/view/?no=20250627115300": "20250627115300",
}
"""The origin outlet's id of each original link (Newspim's 14-digit link is not one of its article URLs)."""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@st.composite
def chrome(draw: st.DrawFn, text_safe: bool = False) -> str:
    """One Naver chrome block that may stand anywhere inside ``article#dic_area``."""
    kind = draw(st.sampled_from(["video", "line"] if text_safe else ["video", "summary-bot", "line", "linked"]))
    if kind == "video":
        return (
            '<div class="vod_player_wrap _VIDEO_AREA_WRAP">'
            f'<span>재생하기 재생시간 0{draw(st.integers(1, 9))}:{draw(st.integers(10, 59))}</span></div>'
        )
    if kind == "summary-bot":
        return (
            '<div class="media_end_head_autosummary"><span class="blind">본문 요약봇</span>'
            f"<p>{_e(draw(s.sentences()))}</p></div>"
        )
    if kind == "line":
        return _e(draw(st.sampled_from(["본문 요약봇", "글자 크기 변경하기", "SNS 보내기", "인쇄하기"]))) + "<br><br>"
    return f'<div class="media_end_linked"><a href="https://n.news.naver.com/article/001/0001234567">{_e(draw(s.headlines()))}</a></div>'


@st.composite
def pages(draw: st.DrawFn, text_safe: bool = False) -> tuple[bytes, str, Article]:
    """A Naver copy, its URL and the Article extraction must return (``text_safe``: only chrome that
    a reader of the rendered text recognises too stands inside the body)."""
    press, outlet, oid, original = draw(st.sampled_from(PRESSES))
    outlet = outlet_id(outlet)
    art = draw(s.articles(email_domain="example.co.kr", with_seconds=True))
    aid = f"{draw(st.integers(1, 9999999999)):010d}"
    url = f"https://n.news.naver.com/mnews/article/{oid}/{aid}"

    first, dateline = press_lead(press, art)
    chunks = [first + "<br><br>"]
    photos = list(art.photos)
    for i, para in enumerate(art.paragraphs):
        if i:
            chunks.append((f"<b>{_e(para)}</b>" if para[0] in s.SUBHEAD_MARKS else _e(para)) + "<br><br>")
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            chunks.append(
                f'<span class="end_photo_org"><div class="nbd_im_w"><div class="nbd_a"><img data-src="{p.src}" '
                'class="_LAZY_LOADING"></div></div>'
                f'<em class="img_desc">{_e(p.caption)} [사진={_e(p.credit)}]</em></span><br><br>'
            )
    if press == "뉴시스":
        chunks.append(f"◎공감언론 뉴시스 {_e(art.email)}<br><br>")
    inside = draw(st.lists(chrome(text_safe), max_size=3))
    body = s.interleave(draw, chunks, inside)

    published = art.published.strftime("%Y-%m-%d %H:%M:%S")
    modified = art.modified.strftime("%Y-%m-%d %H:%M:%S") if art.modified else None
    deck = '<strong class="media_end_summary">' + "<br>".join(_e(d) for d in art.subtitles) + "</strong><br><br>"
    copyright = f"Copyright ⓒ {press}. All rights reserved. 무단 전재 및 재배포 금지."
    head = (
        '<div class="media_end_head go_trans"><div class="media_end_head_top">'
        f'<a href="https://media.naver.com/press/{oid}" class="media_end_head_top_logo">'
        f'<img alt="{_e(press)}"></a></div>'
        '<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline">'
        f'<span>{_e(art.title)}</span></h2></div>'
        '<div class="media_end_head_info nv_notrans"><div class="media_end_head_info_datestamp">'
        '<div class="media_end_head_info_datestamp_bunch"><em class="media_end_head_info_datestamp_term">입력</em>'
        f'<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="{published}">'
        f"{format_date(art.published, 'naver')}</span></div>"
        + (
            '<div class="media_end_head_info_datestamp_bunch"><em class="media_end_head_info_datestamp_term">수정</em>'
            '<span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" '
            f'data-modify-date-time="{modified}">'
            f"{format_date(art.modified, 'naver')}</span></div>"
            if art.modified
            else ""
        )
        + f'<a href="{original}" target="_blank" class="media_end_head_origin_link">기사원문</a></div>'
        '<div class="media_end_head_info_variety"><div id="_SUMMARY_BUTTON" class="media_end_head_autosummary">'
        '<a href="javascript:;"><span class="blind">본문 요약봇</span></a></div></div></div></div>'
    )
    page = (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{_e(art.title)}</title>'
        f'<meta property="og:title" content="{_e(art.title)}"><meta property="og:url" content="{url}">'
        f'<meta property="og:article:author" content="{_e(press)} | 네이버">'
        '<meta name="twitter:site" content="네이버 뉴스">'
        f'<meta name="twitter:creator" content="{_e(press)}"></head><body>'
        '<div class="u_skip"><a href="#ct">본문 바로가기</a></div>'
        f'<div id="ct" class="newsct" role="main">{head}<div id="contents" class="newsct_body">'
        '<div id="newsct_article" class="newsct_article _article_body">'
        '<article id="dic_area" class="go_trans _article_content">'
        f"{deck}{''.join(body)}</article></div>"
        '<div class="byline"><p class="byline_p">'
        f'<span class="byline_s">{_e(art.reporter)} 기자 {_e(art.email)}</span></p></div>'
        f'<div class="copyright"><div class="c_inner"><p class="c_text">{_e(copyright)}</p></div></div>'
        '<div class="media_end_categorize"><a href="#">이 기사는 언론사에서 '
        '<em class="media_end_categorize_item">경제</em> 섹션으로 분류했습니다.</a></div>'
        '</div></div><div class="media_end_linked_more">'
        f'<a href="https://media.naver.com/press/{oid}">{_e(press)} 언론사홈 바로가기</a></div>'
        '<footer><span class="u_copyright">본 콘텐츠의 저작권은 제공처 또는 네이버에 있으며'
        '</span></footer></body></html>'
    )
    expected: dict[str, Any] = {
        "extractor": "naver",
        "outlet": outlet,
        "publisher": press,
        "portal": "naver",
        "layout": "2023",
        "url": url,
        "canonical_url": url,
        "original_url": original,
        "article_id": ORIGIN_IDS.get(original) if outlet else None,
        "portal_id": f"{oid}/{aid}",
        "reporters": (Reporter(name=art.reporter, role="기자", email=art.email),),
        "dateline": dateline,
        "published_raw": published,
        "modified_raw": modified,
        "images": tuple(Image(url=p.src, caption=p.caption, credit=p.credit) for p in art.photos),
        "section": "경제",
        "copyright": copyright,
    }
    return page.encode("utf-8"), url, art.expected(**expected)
