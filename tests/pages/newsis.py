"""Newsis pages (layouts ``2025`` and ``legacy``) with random content and randomly placed boilerplate.

``pages()`` draws ``(page_bytes, url, expected_article)``.  The article text is ``<br>``-separated
(Newsis' markup), the deck is a ``.summury`` box or plain short lines before the
``[서울=뉴시스]홍길동 기자 = `` lead, photos are ``.thumCont``/``.article_photo``/``.photojournal``
boxes with a ``.desc`` caption in Newsis' form, and the article ends with
``◎공감언론 뉴시스 x@newsis.com``.  Boilerplate (ad slot, photo-tip notice, 실시간 속보 and
많이 본 기사 boxes under known or random class names, a bare resale notice) is inserted at random
positions, inside the body container too; 관련뉴스 and a copyright line may follow the sign-off.
"""

from __future__ import annotations

import html
import json
from typing import Any

from hypothesis import strategies as st

from kornews.article import Article, Image
from kornews.testing import strategies as s

from .dates import format_date

TIP = (
    "[사진 영상 제보받습니다] 공감언론 뉴시스가 독자 여러분의 "
    "소중한 제보를 기다립니다. 뉴스 가치나 화제성이 있다고 판단되는 "
    "사진 또는 영상을 뉴시스 사진영상부(n-photo@newsis.com, 02-721-7470)로 보내주시면 적극 반영하겠습니다."
)
COPYRIGHT = "Copyright © NEWSIS.COM, All rights reserved."


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@st.composite
def boilerplate(draw: st.DrawFn) -> str:
    """One piece of Newsis boilerplate (HTML) that may stand anywhere in the body container."""
    kind = draw(st.sampled_from(["ad", "tip", "realtime", "mostview", "resale"]))
    head = _e(draw(s.headlines()))
    if kind == "ad":
        return f'<div id="view_ad"><span>광고</span> <a href="https://ad.example.com">{head}</a></div>'
    if kind == "tip":
        return _e(TIP) + "<br><br>"
    if kind == "resale":
        return "*재판매 및 DB 금지<br>"
    cls = draw(st.sampled_from(["realTime", "mostView", "box_" + draw(s.words()).encode("utf-8").hex()[:8]]))
    title = "실시간 속보" if kind == "realtime" else "많이 본 기사"
    items = "".join(
        f'<li><a href="/view/NISX2025">{_e(draw(s.headlines()))}</a></li>' for _ in range(draw(st.integers(1, 3)))
    )
    return f'<div class="{cls}"><h3 class="tit">{title}</h3><ul>{items}</ul></div>'


@st.composite
def pages(draw: st.DrawFn, inner_boilerplate: bool = True) -> tuple[bytes, str, Article]:
    """A Newsis article page, its URL and the Article extraction must return.

    With ``inner_boilerplate=False`` no boilerplate goes inside the body container except what
    text-level rules also remove (the photo-tip notice), so the page rendered to text reads the same.
    """
    art = draw(s.articles(email_domain="newsis.com"))
    layout = draw(st.sampled_from(["2025", "legacy"]))
    charset = draw(st.sampled_from(["utf-8", "euc-kr"]))
    url = f"https://www.newsis.com/view/NISX{art.published:%Y%m%d}_{draw(st.integers(0, 9999999999)):010d}"
    expected: dict[str, Any] = {
        "extractor": "newsis",
        "outlet": "newsis",
        "publisher": "뉴시스",
        "layout": layout,
        "url": url,
        "article_id": url.rsplit("/", 1)[1],
        "canonical_url": url,
    }

    # -- header: dates and structured data
    head = ""
    if layout == "2025":
        published_raw = format_date(art.published, "dot")
        modified_raw = format_date(art.modified, "dot") if art.modified else None
        dates = f"<span>등록 {published_raw}</span>" + (f" <span>수정 {modified_raw}</span>" if modified_raw else "")
        if draw(st.booleans()):  # meta + JSON-LD (evidence: one source)
            keywords = draw(st.lists(s.words(2, 4), max_size=4, unique=True))
            ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title}
            ld["datePublished"] = art.published.isoformat()
            if art.modified:
                ld["dateModified"] = art.modified.isoformat()
            if keywords:
                ld["keywords"] = ", ".join(keywords)
            head = (
                f'<meta property="article:published_time" content="{art.published.isoformat()}">'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            )
            published_raw = art.published.isoformat()
            modified_raw = art.modified.isoformat() if art.modified else None
            expected["tags"] = tuple(keywords)
        expected.update(published_raw=published_raw, modified_raw=modified_raw)
    else:
        published_raw = format_date(art.published, "slash")
        dates = f"<span>기사등록 {published_raw}</span>"
        expected.update(published_raw=published_raw, modified=None, modified_raw=None)

    # -- deck: a .summury box, or (older pages) plain short lines before the lead
    deck_lines = "<br>".join(_e(d) for d in art.subtitles)
    summury = draw(st.booleans()) or layout == "2025"
    chunks: list[str] = [] if summury else [deck_lines + "<br><br>"]

    # -- body
    photos = list(art.photos)
    images: list[Image] = []
    space = draw(st.sampled_from(["", " "]))
    for i, para in enumerate(art.paragraphs):
        text = _e(para)
        if i == 0:
            text = f"[{_e(art.place)}=뉴시스]{space}{_e(art.reporter)} 기자 = {text}"
        chunks.append(text + "<br><br>")
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            box = draw(st.sampled_from(["thumCont", "article_photo", "photojournal"]))
            when = draw(st.sampled_from(["", f" {format_date(art.published.date(), 'dot')}."]))
            style = draw(st.sampled_from(["credit", "credit-tight", "photographer"]))
            if style == "photographer":  # the photo desk's own photo: its photographer leads the caption
                shooter = draw(s.names())
                cap = f"[{_e(art.place)}=뉴시스] {shooter} 기자 = {_e(p.caption)}{when} {draw(s.emails('newsis.com'))}"
                credit = f"{shooter} 기자"
            else:
                paren = f"(사진 = {p.credit})" if style == "credit" else f"(사진={p.credit})"
                cap = f"[{_e(art.place)}=뉴시스]{_e(p.caption)} {_e(paren)}{when} photo@newsis.com"
                credit = p.credit
            cap += "  *재판매 및 DB 금지"
            images.append(Image(url=p.src, caption=p.caption, credit=credit))
            chunks.append(
                f'<div class="{box}"><div class="thum"><img src="{p.src}" alt=""></div><p class="desc">{cap}</p></div>'
            )
    inside = (
        draw(st.lists(boilerplate(), max_size=3))
        if inner_boilerplate
        else draw(st.lists(st.just(_e(TIP) + "<br><br>"), max_size=1))
    )
    body = s.interleave(draw, chunks, inside)
    body.append(f"<br>◎공감언론 뉴시스 {art.email}<br>")
    if draw(st.booleans()):
        body.append(f"{COPYRIGHT}<br>")
        expected["copyright"] = COPYRIGHT
    related = (
        '<div class="relNews"><p class="tit">관련뉴스</p><ul>'
        + "".join(
            f'<li><a href="/view/NISX1">{_e(draw(s.headlines()))}</a></li>' for _ in range(draw(st.integers(0, 2)))
        )
        + "</ul></div>"
    )
    related_inside = draw(st.booleans())
    if related_inside:
        body.append(related)
    outside = "".join(draw(st.lists(boilerplate().filter(lambda b: "<div" in b), max_size=2)))

    summury_html = f'<div class="summury">{deck_lines}</div>' if summury else ""
    if layout == "2025":
        viewer = (
            f'<div class="viewer"><article>{summury_html}{"".join(body)}'
            f'</article>{"" if related_inside else related}</div>'
        )
    else:
        viewer = (
            f'<div class="viewer">{summury_html}'
            f'<div id="textBody">{"".join(body)}</div>{"" if related_inside else related}</div>'
        )
    page = (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}"><title>{_e(art.title)} - 뉴시스</title>'
        f'<meta property="og:site_name" content="뉴시스"><meta property="og:title" content="{_e(art.title)}">'
        f'<link rel="canonical" href="{url}">{head}</head><body>'
        '<div id="header"><ul class="gnb"><li><a href="/politic/">정치</a></li>'
        '<li><a href="/economy/">경제</a></li></ul></div>'
        '<div class="articleView"><div class="view">'
        f'<div class="top"><h1 class="tit title_area">{_e(art.title)}</h1></div>'
        f'<div class="infoLine"><p class="txt">{dates}</p></div>{viewer}</div></div>'
        f'<div class="aside">{outside}</div>'
        f'<div id="footer"><p class="copy">{COPYRIGHT}</p></div></body></html>'
    )
    data = page.encode("cp949", errors="xmlcharrefreplace") if charset == "euc-kr" else page.encode("utf-8")
    expected["images"] = tuple(images)
    return data, url, art.expected(**expected)
