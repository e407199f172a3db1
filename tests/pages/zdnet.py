"""ZDNet Korea pages with random content and randomly placed boilerplate: articles and listings.

``pages()`` draws ``(page_bytes, url, expected_article)``: an article in the ``/view/?no=`` template
(``.news_head`` with ``h1``, ``p.summary`` deck and the ``p.meta span`` date line in the current
``입력 :… 수정: …`` or the 2021 ``입력:… -- 수정:…`` form; ``div#articleBody.view_cont`` >
``div#content-<no>``; ``div.reporter_info``), with ads (``div.view_ad``, ``.iwmads``,
``div.mt_bn_box``) and the ``관련기사`` heading + ``div.news_box.connect`` list at random places inside
the body, the site menu, sidebars and footer around it; UTF-8 or EUC-KR; ``article:published_time``,
``dd:author`` and a ``mailto:`` e-mail present or not.  With ``text_safe=True`` ads carry no text (a
reader of the rendered text cannot tell an ad's words from the article's), so HTML mode and text
mode must agree on the page.

``listings()`` draws ``(page_bytes, url, expected_listing)``: a search page (heading
``'검색어'통합검색 결과 입니다. (N건)``, date lines ``2025.06.27 11:53`` run together with the
reporter) or a section listing (``2026.06.04 AM 09:44``), results as ``div.newsPost`` or in other
markup of the same shape, sidebars of other stories (some dated) before or after the results, a pager.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from kornews.article import Article, Listing, ListingItem, Reporter
from kornews.testing import strategies as s

MENU = ("최신뉴스", "방송/통신", "컴퓨팅", "인터넷", "반도체/디스플레이", "게임", "과학")
SIDEBAR_HEADS = ("지금 뜨는 기사", "이시각 헤드라인", "많이 본 뉴스")
SECTIONS = ("방송/통신", "컴퓨팅", "인터넷", "반도체/디스플레이", "카테크", "헬스케어", "과학")
FOOTER = (
    '<footer id="footer"><p class="family">ZDNET Korea is operated '
    'by Money Today Group under license from Ziff Davis.</p>'
    "<ul><li>회사명 : (주)메가뉴스</li><li>제호 : 지디넷코리아</li>"
    "<li>COPYRIGHT © ZDNETKOREA ALL RIGHTS RESERVED.</li></ul>"
    "</footer>"
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _header() -> str:
    sub = "".join(f'<li><a href="/news/?lstcode={i:04d}">{m}</a></li>' for i, m in enumerate(MENU))
    return (
        '<div class="top_bar"><ul class="family_site"><li><a href="https://www.zdnet.com">ZDNet USA</a></li>'
        '<li><a href="https://zdnet.co.kr/english/">English</a></li></ul></div>'
        '<form class="search_form" action="/search/"><input type="text" name="kwd" value=""></form>'
        '<div id="gnb"><div class="gnb_item"><h2>'
        f'<a href="/news/?lstcode=0000">뉴스</a></h2><ul class="sub">{sub}</ul></div>'
        '<div class="gnb_item"><h2><a href="/news/?lstcode=0050">포토•영상</a></h2></div></div>'
    )


@st.composite
def sidebar(draw: st.DrawFn, dated: bool = True) -> str:
    """A sidebar box of other stories under one of the known headings (items are ``div.newsPost``)."""
    head = draw(st.sampled_from(SIDEBAR_HEADS))
    items = []
    for i in range(draw(st.integers(0, 4))):
        when = draw(s.kst_datetimes(with_seconds=False))
        byline = f'<p class="byline"><span>{when:%Y.%m.%d %H:%M}</span></p>' if dated and draw(st.booleans()) else ""
        items.append(
            f'<div class="newsPost"><div class="assetText"><a href="/view/?no={when:%Y%m%d%H%M}{i:02d}">'
            f"<h3>{_e(draw(s.headlines()))}</h3></a>{byline}</div></div>"
        )
    return f'<div class="right_box"><h3 class="box_tit">{head}</h3><div class="list">{"".join(items)}</div></div>'


@st.composite
def body_boxes(draw: st.DrawFn, text_safe: bool) -> str:
    """One boilerplate block of the article body: an ad slot, a banner, or the related-articles list."""
    kind = draw(st.sampled_from(["view_ad", "iwmads", "banner", "related"]))
    words = "" if text_safe else _e(draw(s.headlines()))
    if kind == "view_ad":
        return f'<div class="view_ad"><script>googletag.cmd.push(function(){{}});</script>{words}</div>'
    if kind == "iwmads":
        return f'<div class="iwmads" data-iwm="view">{words}</div>'
    if kind == "banner":
        return f'<div class="mt_bn_box"><a href="https://zdnet.co.kr/event/"><img src="bn.png" alt="">{words}</a></div>'
    links = "".join(
        f'<li><a href="/view/?no=2025010{i}00000{i}">{_e(draw(s.headlines()))}</a></li>'
        for i in range(draw(st.integers(1, 4)))
    )
    return f'<p class="connect_tit">관련기사</p><div class="news_box connect"><ul>{links}</ul></div>'


def _stamp(value: datetime) -> str:
    return f"{value:%Y/%m/%d %H:%M}"


@st.composite
def pages(draw: st.DrawFn, text_safe: bool = False) -> tuple[bytes, str, Article]:
    """A ZDNet Korea article page, its URL and the Article extraction must return."""
    art = draw(s.articles(email_domain="zdnet.co.kr", with_seconds=False))
    form = draw(st.sampled_from(["current", "2021"]))
    charset = draw(st.sampled_from(["utf-8", "euc-kr"]))
    host = draw(st.sampled_from(["zdnet.co.kr", "www.zdnet.co.kr", "m.zdnet.co.kr"]))
    no = f"{art.published:%Y%m%d%H%M}{draw(st.integers(0, 59)):02d}"
    url = f"https://{host}/view/?no={no}"
    subtitles = art.subtitles if draw(st.booleans()) else ()
    section = draw(st.sampled_from((None, *SECTIONS)))
    with_meta_time = draw(st.booleans())
    with_email = draw(st.booleans())
    dd_author = draw(st.sampled_from([None, "name", "byline"]))

    pub, mod = _stamp(art.published), _stamp(art.modified) if art.modified else None
    if form == "2021":
        line = f"<span>입력:{pub}" + (f" -- 수정:{mod}" if mod else "") + "</span>"
    else:
        line = f"<span>입력 :{pub}" + (f" 수정: {mod}" if mod else "") + "</span>"

    chunks: list[str] = []
    photos = list(art.photos)
    for i, para in enumerate(art.paragraphs):
        if para[0] in s.SUBHEAD_MARKS:
            chunks.append(f"<p><strong>{_e(para)}</strong></p>")
        else:
            chunks.append(f"<p>{_e(para)}</p>")
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            credit = f"[사진={_e(p.credit)}]" if draw(st.booleans()) else f"(사진={_e(p.credit)})"
            chunks.append(
                f'<figure class="img"><img src="{p.src}" alt="">'
                f'<figcaption>{_e(p.caption)} {credit}</figcaption></figure>'
            )
    inside = draw(st.lists(body_boxes(text_safe), max_size=3))
    body = s.interleave(draw, chunks, inside)
    deck = f'<p class="summary">{"<br>".join(_e(d) for d in subtitles)}</p>' if subtitles else ""
    email = f'<a href="mailto:{art.email}">{art.email}</a>' if with_email else ""
    sidebars = "".join(draw(st.lists(sidebar(), max_size=2)))

    head = [
        f'<meta charset="{charset}"><title>{_e(art.title)} - 지디넷코리아</title>',
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="지디넷코리아">',
        f'<meta property="og:title" content="{_e(art.title)}"><meta property="og:url" content="{url}">',
    ]
    if section:
        head.append(f'<meta property="article:section" content="{_e(section)}">')
    if with_meta_time:
        head.append(f'<meta property="article:published_time" content="{art.published.isoformat()}">')
    if dd_author:
        head.append(f'<meta property="dd:author" content="{art.reporter}{" 기자" if dd_author == "byline" else ""}">')
    page = (
        f'<!DOCTYPE html><html lang="ko"><head>{"".join(head)}</head><body>{_header()}'
        '<div id="container" class="view"><div class="left_cont">'
        f'<div class="news_head"><h1>{_e(art.title)}</h1>{deck}<p class="meta">{line}</p></div>'
        '<div class="sns_area"><a class="fb" href="#"></a></div>'
        '<div id="articleBody" class="view_cont" itemprop="articleBody">'
        f'<div id="content-{no}">{"".join(body)}</div></div>'
        f'<div class="reporter_info"><img src="r.jpg" alt=""><strong>{art.reporter} 기자</strong>{email}</div>'
        f'</div><div class="right_cont">{sidebars}</div></div>{FOOTER}</body></html>'
    )
    data = page.encode("cp949", errors="xmlcharrefreplace") if charset == "euc-kr" else page.encode("utf-8")
    expected: dict[str, Any] = {
        "extractor": "zdnet",
        "outlet": "zdnet",
        "publisher": "지디넷코리아",
        "layout": "view",
        "url": url,
        "article_id": no,
        "canonical_url": url,
        "subtitles": subtitles,
        "reporters": (Reporter(name=art.reporter, role="기자", email=art.email if with_email else None),),
        "dateline": None,
        "published_raw": art.published.isoformat() if with_meta_time else pub,
        "modified_raw": mod,
        "section": section,
    }
    return data, url, art.expected(**expected)


@st.composite
def listings(draw: st.DrawFn, text_safe: bool = False) -> tuple[bytes, str, Listing]:
    """A search or section listing page, its URL and the Listing extraction must return.

    ``text_safe``: every result has an excerpt and sidebars follow the results (as on the real
    search page), so the rendered text reads back to the same items."""
    search = draw(st.booleans())
    n = draw(st.integers(0, 12))
    shaped = draw(st.booleans())  # results in other markup than div.newsPost
    item_cls, text_cls = ("result_item", "txt") if shaped else ("newsPost", "assetText")
    items: list[ListingItem] = []
    blocks: list[str] = []
    for i in range(n):
        title = draw(s.headlines())
        excerpt = draw(s.paragraphs()) if text_safe or draw(st.integers(0, 4)) else None
        when = draw(s.kst_datetimes(with_seconds=False))
        reporter = draw(s.names())
        if search:
            raw = f"{when:%Y.%m.%d %H:%M}"
        else:
            raw = f"{when:%Y.%m.%d} {'AM' if when.hour < 12 else 'PM'} {(when.hour % 12) or 12:02d}:{when:%M}"
        url = f"https://zdnet.co.kr/view/?no={when:%Y%m%d%H%M}{i:02d}"
        href = url if draw(st.booleans()) else url.removeprefix("https://zdnet.co.kr")
        thumb = (
            f'<div class="assetThumb"><a href="{href}"><img src="t{i}.jpg" alt=""></a></div>'
            if draw(st.booleans())
            else ""
        )
        ex_html = f'<a href="{href}"><p>{_e(excerpt)}</p></a>' if excerpt else ""
        blocks.append(
            f'<div class="{item_cls}">{thumb}<div class="{text_cls}"><a href="{href}"><h3>{_e(title)}</h3></a>{ex_html}'
            f'<p class="byline"><span>{raw}</span><span>{reporter} 기자</span></p></div></div>'
        )
        items.append(
            ListingItem(
                title=title,
                url=url,
                excerpt=excerpt,
                published=when,
                published_raw=raw,
                reporters=(Reporter(name=reporter, role="기자"),),
            )
        )
    query = draw(s.words(2, 4)) if search else None
    total = n + draw(st.integers(0, 500)) if search else None
    heading = (
        '<h2 class="blind_tit">ZDNet 검색 페이지</h2><p class="search_tit">'
        f'<strong>\'{query}\'</strong>통합검색 결과 입니다. <span>({total}건)</span></p>'
        if search
        else ""
    )
    pager = (
        '<div class="paging"> <a class="prev" href="#">Prev</a> <a href="#">1</a> '
        '<a href="#">2</a> <a class="next" href="#">Next</a> </div>'
    )
    sidebars = "".join(draw(st.lists(sidebar(), max_size=2)))
    main = f'<div class="left_cont">{heading}<div class="news_box">{"".join(blocks)}</div>{pager}</div>'
    side = f'<div class="right_cont">{sidebars}</div>'
    columns = main + side if text_safe or draw(st.booleans()) else side + main
    url = (
        f"https://zdnet.co.kr/search/?kwd={quote(query)}"
        if search and query
        else "https://zdnet.co.kr/news/?lstcode=0020&page=1"
    )
    page = (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>지디넷코리아</title>'
        '<meta property="og:site_name" content="지디넷코리아"></head>'
        f'<body>{_header()}<div id="container">{columns}</div>'
        f"{FOOTER}</body></html>"
    )
    expected = Listing(extractor="zdnet", url=url, query=query, total=total, items=tuple(items))
    return page.encode("utf-8"), url, expected
