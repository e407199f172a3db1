"""Chosun Ilbo pages with random content and randomly placed boilerplate.

``pages()`` draws ``(page_bytes, url, expected_article)`` in one of four forms of the outlet's templates:

* ``arc`` — the Arc page with ``Fusion.globalContent`` (ANS JSON, dates in UTC) and the rendered DOM;
* ``shell`` — the same JSON in an empty app shell (the DOM holds only site header and footer);
* ``arc-dom`` — the rendered Arc DOM without the script (``|`` class tokens, ``span.upDate``);
* ``legacy`` — the news.chosun.com template, UTF-8 or EUC-KR, sometimes an affiliate's story
  (``스포츠조선=이름 기자``, a ``[장소=스포츠조선 이름 기자]`` lead and a sign-off glued to the last sentence).

Chosun conventions in every form: sub-headings are paragraphs of their own, photo captions end with
``/이름 기자``, a graphic is credited ``그래픽=이름``, an optional ``☞이름 원장 (48)`` profile box and its
text close the body, the copyright line follows.  Boilerplate inside the body: ad slots (``raw_html`` in
the JSON, ``div.dfpAd``/``div-gpt-ad-…`` in the DOM, some with an ``AD`` label), interstitial links and
link-only paragraphs, related-news boxes (``관련 기사``), the legacy ``▲`` promo-link list; outside it:
menus, the most-read rail, the footer.  :func:`arc_pair` draws one story as an ``arc`` page and the same
page without its script, to prove the JSON and the DOM give the same article.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from typing import Any

import attrs
from hypothesis import strategies as st

from kornews.article import Article, Image, Reporter
from kornews.testing import strategies as s

from .dates import format_date

COPYRIGHT = "Copyright © 조선일보. 무단전재 및 재배포 금지."
SECTIONS = ("경제", "테크·IT", "정치", "사회", "국제", "오피니언")
P_CLASS = (
    " article-body__content article-body__content-text | text--black text font--size-sm-18 "
    "font--size-md-18 font--primary font--myeongjo text--line-height-md"
)
_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _utc(value: datetime, millis: int = 0) -> str:
    """Arc's timestamp format: UTC with milliseconds and ``Z``."""
    v = value.astimezone(timezone.utc)
    return v.strftime("%Y-%m-%dT%H:%M:%S") + f".{millis:03d}Z"


@attrs.frozen
class Story:
    """One generated Chosun story: the generic article plus Chosun-specific pieces."""

    art: s.GeneratedArticle
    story_id: str
    section: str
    items: tuple[tuple[str, Any], ...]
    """Body items in order: ("p", text), ("sub", text), ("photo", (src, caption, credit)),
    ("graphic", (src, credit)), ("profile", (head, text)), ("junk", kind)."""
    email: str | None
    millis: int
    touched: datetime
    """``last_updated_date``: the modification, or a save in the publication's minute."""

    def expected_images(self) -> tuple[Image, ...]:
        out = []
        for kind, value in self.items:
            if kind == "photo":
                out.append(Image(url=value[0], caption=value[1], credit=value[2]))
            elif kind == "graphic":
                out.append(Image(url=value[0], caption=None, credit=value[1]))
        return tuple(out)

    def expected_body(self) -> tuple[str, ...]:
        out: list[str] = []
        for kind, value in self.items:
            if kind in ("p", "sub"):
                out.append(value)
            elif kind == "profile":
                out.extend(value)
        return tuple(out)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    """Random article content laid out the Chosun way, with boilerplate slots among the items."""
    art = draw(s.articles(email_domain="chosun.com"))
    items: list[tuple[str, Any]] = []
    photos = list(art.photos)
    for i, para in enumerate(art.paragraphs):
        items.append(("sub" if para[0] in s.SUBHEAD_MARKS else "p", para))
        while photos and photos[0].after == i + 1:
            p = photos.pop(0)
            items.append(("photo", (p.src, p.caption, f"{draw(s.names())} 기자")))
    if draw(st.booleans()):
        items.insert(
            draw(st.integers(1, len(items))),
            ("graphic", (f"https://www.chosun.com/resizer/v2/G{draw(st.integers(10**5, 10**6))}.jpg", draw(s.names()))),
        )
    if draw(st.booleans()):
        head = (
            f"☞{draw(s.names())} {draw(st.sampled_from(['원장', '대표', '교수', '사장']))} "
            f"({draw(st.integers(30, 79))})"
        )
        items.append(("profile", (head, draw(s.paragraphs()))))
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["ad", "ad-label", "link", "related"]))
        items.insert(draw(st.integers(0, len(items))), ("junk", (kind, draw(s.headlines()))))
    published = art.published
    touched = art.modified if art.modified else published.replace(second=draw(st.integers(published.second, 59)))
    return Story(
        art=art,
        story_id="".join(draw(st.sampled_from(_ID_CHARS)) for _ in range(26)),
        section=draw(st.sampled_from(SECTIONS)),
        items=tuple(items),
        email=draw(s.emails("chosun.com")) if draw(st.booleans()) else None,
        millis=draw(st.integers(0, 999)),
        touched=touched,
    )


def _url(st_: Story) -> str:
    return f"https://www.chosun.com/economy/tech_it/{st_.art.published:%Y/%m/%d}/{st_.story_id}/"


# -- Arc: JSON -------------------------------------------------------------------------------------


def _junk_json(kind: str, head: str, n: int) -> dict[str, Any]:
    if kind == "ad":
        return {
            "type": "raw_html",
            "content": (
                f'<div class="dfpAd"><div id="div-gpt-ad-{n}-0">'
                '<script>googletag.cmd.push(function() { '
                f'googletag.display("div-gpt-ad-{n}-0"); }});</script></div></div>'
            ),
        }
    if kind == "ad-label":
        return {
            "type": "raw_html",
            "content": f'<div class="article-ad | flex"><span class="ad-label">AD</span><a href="https://ad.example.com">{_e(head)}</a></div>',
        }
    if kind == "link":
        return {
            "type": "interstitial_link",
            "url": "/national/2024/01/01/ABCDEFGHIJKLMNOPQRSTUVWXYZ/",
            "content": _e(head),
        }
    return {
        "type": "raw_html",
        "content": (
            '<div class="box-related"><strong>관련 기사</strong><ul>'
            f'<li><a href="/economy/">{_e(head)}</a></li></ul></div>'
        ),
    }


def story_json(st_: Story) -> dict[str, Any]:
    """The ANS story of ``st_``."""
    art = st_.art
    elements: list[dict[str, Any]] = []
    for n, (kind, value) in enumerate(st_.items):
        if kind == "p":
            elements.append({"_id": f"E{n}", "type": "text", "content": _e(value)})
        elif kind == "sub":
            elements.append({"_id": f"E{n}", "type": "header", "level": 3, "content": _e(value)})
        elif kind == "photo":
            src, caption, credit = value
            elements.append(
                {
                    "_id": f"E{n}",
                    "type": "image",
                    "url": src,
                    "caption": f"{caption} /{credit}",
                    "credits": {"by": [{"type": "author", "name": credit.removesuffix(" 기자")}]},
                }
            )
        elif kind == "graphic":
            elements.append(
                {"_id": f"E{n}", "type": "image", "url": value[0], "caption": f"그래픽={value[1]}", "credits": {}}
            )
        elif kind == "profile":
            elements.append({"_id": f"E{n}", "type": "text", "content": f"<b>{_e(value[0])}</b><br><br>{_e(value[1])}"})
        else:
            elements.append(_junk_json(value[0], value[1], n))
    original: dict[str, Any] = {"byline": f"{art.reporter} 기자"}
    if st_.email:
        original["email"] = st_.email
    return {
        "_id": st_.story_id,
        "type": "story",
        "canonical_url": _url(st_).removeprefix("https://www.chosun.com"),
        "headlines": {"basic": art.title},
        "subheadlines": {"basic": "<br>".join(_e(d) for d in art.subtitles)},
        "first_publish_date": _utc(art.published, st_.millis),
        "display_date": _utc(art.published, st_.millis),
        "last_updated_date": _utc(st_.touched, st_.millis),
        "credits": {"by": [{"type": "author", "name": art.reporter, "additional_properties": {"original": original}}]},
        "taxonomy": {"primary_section": {"_id": "/economy", "name": st_.section}, "tags": []},
        "content_elements": elements,
    }


def fusion_script(st_: Story) -> str:
    data = json.dumps(story_json(st_), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
        f'Fusion.arcSite="chosun";Fusion.globalContent={data};Fusion.globalContentConfig={{"source":"story-by-id"}};'
        "Fusion.contentCache={};</script>"
    )


# -- Arc: rendered DOM -----------------------------------------------------------------------------


def _junk_dom(kind: str, head: str, n: int) -> str:
    if kind == "ad":
        return (
            '<div class="article-body__content article-body__content-rawhtml">'
            f'<div class="dfpAd"><div id="div-gpt-ad-{n}-0"></div></div></div>'
        )
    if kind == "ad-label":
        return (
            '<div class="article-body__content article-body__content-rawhtml"><div class="article-ad | flex">'
            f'<span class="ad-label">AD</span><a href="https://ad.example.com">{_e(head)}</a></div></div>'
        )
    if kind == "link":
        return (
            '<p class="article-body__content article-body__content-interstitial | font--primary">'
            f'<a href="/national/">{_e(head)}</a></p>'
        )
    return (
        '<div class="article-body__content article-body__content-rawhtml"><div class="box-related">'
        f'<strong>관련 기사</strong><ul><li><a href="/economy/">{_e(head)}</a></li></ul></div></div>'
    )


def arc_dom(st_: Story) -> str:
    art = st_.art
    out: list[str] = []
    for n, (kind, value) in enumerate(st_.items):
        if kind == "p":
            out.append(f'<p class="{P_CLASS}">{_e(value)}</p>')
        elif kind == "sub":
            out.append(
                f'<h3 class="article-body__content article-body__content-header | font--primary">{_e(value)}</h3>'
            )
        elif kind in ("photo", "graphic"):
            caption = f"{value[1]} /{value[2]}" if kind == "photo" else f"그래픽={value[1]}"
            out.append(
                '<figure class="article-body__content article-body__content-image | flex flex--justify-center">'
                f'<div class="image-container"><img src="{_e(value[0])}" alt="" loading="lazy"></div>'
                '<figcaption class="article-body__content-image-caption | font--secondary">'
                f'{_e(caption)}</figcaption></figure>'
            )
        elif kind == "profile":
            out.append(f'<p class="{P_CLASS}"><b>{_e(value[0])}</b><br><br>{_e(value[1])}</p>')
        else:
            out.append(_junk_dom(value[0], value[1], n))
    dates = f'<span class="upDate">입력 {format_date(art.published, "dot")[:-3].replace(" ", ". ")}</span>'
    if art.modified:
        dates += f' <span class="upDate">업데이트 {format_date(art.modified, "dot")[:-3].replace(" ", ". ")}</span>'
    return (
        '<main class="article-container"><div class="article"><div class="article-header">'
        '<div class="article-header__headline-container">'
        f'<h1 class="article-header__headline | font--primary text--black"><span>{_e(art.title)}</span></h1>'
        '<h3 class="article-header__subheadline | font--secondary">'
        f'{"<br>".join(_e(d) for d in art.subtitles)}</h3></div></div>'
        '<div class="article-byline | flex">'
        f'<a class="article-byline__author | text--black" href="/people/x/">{_e(art.reporter)} 기자</a></div>'
        f'<div class="article-dateline | flex">{dates}</div>'
        f'<section class="article-body" itemprop="articleBody">{"".join(out)}</section></div>'
        '<aside class="right-rail"><div class="most-read"><h2>많이 본 뉴스</h2><ol>'
        f'<li><a href="/national/">{_e(art.title[::-1])}</a></li></ol></div>'
        '<div class="dfpAd" id="div-gpt-ad-1-1"></div></aside></main>'
    )


def arc_page(st_: Story, *, dom: bool, script: bool) -> bytes:
    art = st_.art
    url = _url(st_)
    head = [
        '<meta charset="utf-8">',
        f"<title>{_e(art.title)}</title>",
        '<meta property="og:site_name" content="조선일보">',
        f'<meta property="og:title" content="{_e(art.title)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="article:published_time" content="{_utc(art.published, st_.millis)}">',
        f'<meta property="article:modified_time" content="{_utc(st_.touched, st_.millis)}">',
        f'<meta property="article:section" content="{_e(st_.section)}">',
        f'<link rel="canonical" href="{url}">',
    ]
    main = arc_dom(st_) if dom else '<main class="article-container"></main>'
    page = (
        f'<!DOCTYPE html><html lang="ko"><head>{"".join(head)}</head><body><div id="fusion-app">'
        '<header class="site-header"><nav><a href="/">조선일보</a><ul><li><a href="/politics/">정치</a></li>'
        '<li><a href="/economy/">경제</a></li></ul><a href="https://membership.chosun.com/login/">로그인</a></nav></header>'
        f"{main}"
        f'<footer class="footer"><ul><li><a href="https://company.chosun.com/">회사소개</a></li></ul>'
        f'<p class="footer__copyright">{_e(COPYRIGHT)}</p></footer></div>'
        f"{fusion_script(st_) if script else ''}</body></html>"
    )
    return page.encode("utf-8")


def arc_expected(st_: Story, layout: str) -> Article:
    art = st_.art
    url = _url(st_)
    email = st_.email if layout == "arc" else None
    fields: dict[str, Any] = {
        "extractor": "chosun",
        "outlet": "chosun",
        "publisher": "조선일보",
        "layout": layout,
        "url": url,
        "canonical_url": url,
        "article_id": st_.story_id,
        "dateline": None,
        "reporters": (Reporter(name=art.reporter, role="기자", email=email),),
        "published_raw": _utc(art.published, st_.millis),
        "modified_raw": _utc(art.modified, st_.millis) if art.modified else None,
        "body": st_.expected_body(),
        "images": st_.expected_images(),
        "section": st_.section,
        "copyright": COPYRIGHT,
    }
    return art.expected(**fields)


# -- legacy ----------------------------------------------------------------------------------------


def legacy_page(st_: Story, *, charset: str, affiliate: bool, meta_date: bool) -> tuple[bytes, str, Article]:
    art = st_.art
    cont = f"{art.published:%Y%m%d}{int(st_.story_id.encode().hex()[:8], 16) % 100000:05d}"
    url = f"https://news.chosun.com/site/data/html_dir/{art.published:%Y/%m/%d}/{cont}.html"
    press = "스포츠조선" if affiliate else None
    byline = f"{press}={art.reporter} 기자" if press else f"{art.reporter} 기자"
    pars: list[str] = []
    first_done = False
    body_items = list(st_.items)
    last_p = max((i for i, (kind, _) in enumerate(body_items) if kind == "p"), default=-1)
    for i, (kind, value) in enumerate(body_items):
        if kind == "p":
            text = _e(value)
            if affiliate and not first_done:
                text = f"[{_e(art.place)}={press} {_e(art.reporter)} 기자] {text}"
            if affiliate and i == last_p:
                text += f"{_e(art.place)}={_e(art.reporter)} 기자 {art.email}"
            first_done = True
            pars.append(f'<div class="par">{text}</div>')
        elif kind == "sub":
            pars.append(f'<div class="par"><b>{_e(value)}</b></div>')
        elif kind in ("photo", "graphic"):
            caption = f"{value[1]} /{value[2]}" if kind == "photo" else f"그래픽={value[1]}"
            pars.append(
                f'<div class="news_imgbox"><figure><img src="{_e(value[0])}" alt="{_e(caption)}">'
                f'<figcaption>{_e(caption)}</figcaption></figure></div>'
            )
        elif kind == "profile":
            pars.append(f'<div class="par"><b>{_e(value[0])}</b><br>{_e(value[1])}</div>')
        elif value[0] in ("ad", "ad-label"):
            pars.append(
                f'<div id="div-gpt-ad-{i}-0" class="ad_center"><a href="https://ad.example.com">{_e(value[1])}</a></div>'
            )
        else:
            pars.append(
                f'<div class="par"><b> ▲ <a target=_blank href="https://sports.chosun.com/news/ntype2.htm?id={i}">{_e(value[1])}</a></b><br></div>'
            )
    pub = format_date(art.published, "dot")[:-3]
    dates = f"입력 {pub}" + (f" | 수정 {format_date(art.modified, 'dot')[:-3]}" if art.modified else "")
    copyright_line = "Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지" if affiliate else COPYRIGHT
    head = [
        f'<meta charset="{charset}">',
        f"<title>{_e(art.title)} - 조선닷컴</title>",
        f'<meta property="og:url" content="{url}" />',
        '<meta name="twitter:site" content="@Chosun"/>',
        f'<meta property="article:section" content="{_e(st_.section)}">',
        f'<link rel="canonical" href="{url}" />',
    ]
    if meta_date:
        head.append(f'<meta property="article:published_time" content="{art.published.isoformat()}">')
    page = (
        f'<!DOCTYPE html><html lang="ko"><head>{"".join(head)}</head><body><div id="csWrap">'
        '<div id="csHeader"><ul class="gnb"><li><a href="/politics">정치</a></li></ul></div><div id="csContent">'
        f'<header class="news_title"><div class="news_title_text"><h1 id="news_title_text_id">{_e(art.title)}</h1>'
        '<div class="news_title_author"><ul class="author_list"><li class="author">'
        f'<a href="#">{_e(byline)}</a></li></ul></div></div></header>'
        '<article class="news_article"><div class="news_body_all"><div class="news_left_aside">'
        '<ul><li><a class="count_cmt">100자평 0</a></li></ul></div>'
        f'<div id="news_body_id" class="news_body" itemprop="articleBody"><div class="news_date">{dates}\n</div>'
        f'<h3 class="news_subtitle">{"<br>".join(_e(d) for d in art.subtitles)}</h3>'
        f'{"".join(pars)}<div class="news_like"><a class="count_like">좋아요 <span class="count">0</span></a></div>'
        f'<div class="news_copyright"><span class="news_copyright_SRC">{_e(copyright_line)}</span>'
        '<span class="news_copyright_links"></span></div>'
        '</div></div></article><aside class="news_aside"><h4>많이 본 뉴스</h4></aside></div></div></body></html>'
    )
    published = art.published if meta_date else art.published.replace(second=0)
    modified = art.modified.replace(second=0) if art.modified else None
    fields: dict[str, Any] = {
        "extractor": "chosun",
        "outlet": "chosun",
        "publisher": press or "조선일보",
        "layout": "legacy",
        "url": url,
        "canonical_url": url,
        "article_id": cont,
        "dateline": art.place if affiliate else None,
        "reporters": (Reporter(name=art.reporter, role="기자", email=art.email if affiliate else None),),
        "published": published,
        "published_raw": art.published.isoformat() if meta_date else pub,
        "modified": modified,
        "modified_raw": format_date(art.modified, "dot")[:-3] if art.modified else None,
        "body": st_.expected_body(),
        "images": st_.expected_images(),
        "section": st_.section,
        "copyright": copyright_line,
    }
    data = page.encode("cp949", errors="xmlcharrefreplace") if charset == "euc-kr" else page.encode("utf-8")
    return data, url, art.expected(**fields)


@st.composite
def pages(draw: st.DrawFn) -> tuple[bytes, str, Article]:
    """A Chosun article page (``arc``, ``shell``, ``arc-dom`` or ``legacy``), its URL and its Article."""
    st_ = draw(stories())
    form = draw(st.sampled_from(["arc", "shell", "arc-dom", "legacy"]))
    if form == "legacy":
        charset = draw(st.sampled_from(["utf-8", "euc-kr"]))
        return legacy_page(st_, charset=charset, affiliate=draw(st.booleans()), meta_date=draw(st.booleans()))
    if form == "arc-dom":
        return arc_page(st_, dom=True, script=False), _url(st_), arc_expected(st_, "arc-dom")
    return arc_page(st_, dom=form == "arc", script=True), _url(st_), arc_expected(st_, "arc")


@st.composite
def arc_pair(draw: st.DrawFn) -> tuple[bytes, bytes, str]:
    """One story as an Arc page with its script and the same page without it, and the URL."""
    st_ = draw(stories())
    return arc_page(st_, dom=True, script=True), arc_page(st_, dom=True, script=False), _url(st_)


__all__ = ["COPYRIGHT", "Story", "arc_pair", "pages", "stories", "story_json"]
