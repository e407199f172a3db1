"""Story ids (Article.article_id / portal_id) and de-duplication keys across outlet and portal copies."""

from __future__ import annotations

import html

import pytest

import kornews
from kornews import ids, registry

from .fixtures import FIXTURES

NEWSIS_URL = "https://www.newsis.com/view/NISX20250722_0003261234"


def _with_ids() -> list[tuple[str, str]]:
    return [(e.id, url) for e in registry.extractors() if e.article_ids for url in e.example_urls]


def test_every_outlet_and_portal_declares_ids() -> None:
    assert {e.id for e in registry.extractors() if not e.article_ids} == set()


@pytest.mark.parametrize(("ext_id", "url"), _with_ids())
def test_every_example_url_gives_an_id(ext_id: str, url: str) -> None:
    got = ids.id_in(registry.get(ext_id).article_ids, [url])
    assert got, url
    assert all(part in url for part in got.split("/")), (got, url)


@pytest.mark.parametrize(
    ("ext_id", "url", "expected"),
    [
        (
            "newsis",
            "https://newsis.com/view.htm?ar_id=NISX20191105_0000822911&cID=10401&pID=10400",
            "NISX20191105_0000822911",
        ),
        (
            "chosun",
            "https://www.chosun.com/national/2024/12/05/5JXWGAPKRFGJBCD3NQ6R2MHKRU/?utm_source=daum",
            "5JXWGAPKRFGJBCD3NQ6R2MHKRU",
        ),
        ("chosun", "https://m.chosun.com/svc/article.html?sname=news&contid=2020082704301", "2020082704301"),
        ("herald", "https://www.heraldcorp.com/article/10639482?ref=naver", "10639482"),
        ("herald", "http://news.heraldcorp.com/view.php?ud=20221215000731", "20221215000731"),
        ("zdnet", "https://zdnet.co.kr/view/?lstcode=0020&no=20260604094412", "20260604094412"),
        ("newspim", "https://m.newspim.com/news/view/202502140000456", "202502140000456"),
        ("hankookilbo", "https://m.hankookilbo.com/News/Read/A2024110112000005678", "A2024110112000005678"),
        ("maeil", "https://news.mk.co.kr/newsRead.php?year=2020&no=123456", "123456"),
        (
            "naver",
            "https://news.naver.com/main/read.nhn?mode=LSD&mid=shm&sid1=105&oid=092&aid=0002201234",
            "092/0002201234",
        ),
        ("naver", "https://n.news.naver.com/mnews/article/003/0013261234?sid=101", "003/0013261234"),
        ("daum", "https://v.daum.net/v/20240711160112345?f=o", "20240711160112345"),
    ],
)
def test_ids_from_urls(ext_id: str, url: str, expected: str) -> None:
    assert ids.id_in(registry.get(ext_id).article_ids, [url]) == expected


def test_no_id_from_other_sites() -> None:
    newsis = registry.get("newsis").article_ids
    assert ids.id_in(newsis, ["https://example.com/view/NISX20250722_0003261234"]) is None
    assert ids.id_in(newsis, [None, ""]) is None


def naver_copy_of_newsis(article: kornews.Article) -> bytes:
    """A Naver copy (layout 2023) of the Newsis story, with the link to the original."""
    paras = "<br><br>".join(html.escape(p) for p in article.body)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<meta property="og:article:author" content="뉴시스 | 네이버">
<link rel="canonical" href="https://n.news.naver.com/mnews/article/003/0013345678"></head><body>
<h2 id="title_area"><span>{html.escape(article.title)}</span></h2>
<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2025-07-22 14:01:02">\
2025.07.22. 오후 2:01</span>
<a href="{NEWSIS_URL}" class="media_end_head_origin_link">기사원문</a>
<article id="dic_area">[서울=뉴시스] 이현주 기자 = {paras}<br><br>lovelypsyche@newsis.com</article>
<div class="copyright">Copyright © NEWSIS.COM, All rights reserved.</div></body></html>""".encode()


def test_one_story_from_the_outlet_daum_and_naver() -> None:
    outlet = kornews.extract((FIXTURES / "newsis" / "layout-2025.html").read_bytes(), url=NEWSIS_URL)
    daum = kornews.extract(
        (FIXTURES / "daum" / "copy-newsis.html").read_bytes(), url="https://v.daum.net/v/20250722140025123"
    )
    naver = kornews.extract(naver_copy_of_newsis(outlet), url="https://n.news.naver.com/mnews/article/003/0013345678")
    assert (outlet.outlet, outlet.article_id, outlet.portal_id) == ("newsis", "NISX20250722_0003261234", None)
    assert (daum.outlet, daum.portal, daum.portal_id) == ("newsis", "daum", "20250722140025123")
    assert (naver.outlet, naver.portal, naver.portal_id, naver.article_id) == (
        "newsis",
        "naver",
        "003/0013345678",
        "NISX20250722_0003261234",
    )
    k_out, k_daum, k_naver = (set(ids.dedupe_keys(a)) for a in (outlet, daum, naver))
    assert "id:newsis:NISX20250722_0003261234" in k_out & k_naver  # the id the Naver copy links to
    assert k_out & k_daum  # same press, day and headline (Daum shows no original link here)
    seen = ids.Deduper()
    assert [seen.seen(ids.dedupe_keys(a)) for a in (daum, outlet, naver)] == [False, True, True]
    assert seen.dropped == 2


def test_different_stories_do_not_collide() -> None:
    arts = [
        kornews.extract((FIXTURES / d / f).read_bytes())
        for d, f in (
            ("newsis", "layout-2025.html"),
            ("chosun", "arc-2024.html"),
            ("herald", "layout-2024.html"),
            ("zdnet", "article-20250627115300.html"),
        )
    ]
    seen = ids.Deduper()
    assert [seen.seen(ids.dedupe_keys(a)) for a in arts] == [False] * 4


def test_keys_from_a_record_dict_equal_keys_from_the_article() -> None:
    art = kornews.extract((FIXTURES / "herald" / "layout-2024.html").read_bytes())
    assert ids.dedupe_keys(art) == ids.dedupe_keys(art.to_dict())
    assert ids.dedupe_keys({"title": None, "body": []}) == ()


def test_normalise() -> None:
    assert ids.normalise("“국내 첫 오픈소스 AI,  반년마다”") == "국내첫오픈소스ai반년마다"


def test_ids_found_before_the_record_is_built_are_those_fill_finds() -> None:
    """``page_article`` fills the ids into the record's fields (:func:`kornews.ids.fill_values`), so
    that ``extract``'s :func:`kornews.ids.fill` has nothing left to do: the ids are those ``fill``
    finds on the record without them, and the record is returned as it is."""
    import attrs

    from .fixtures import cases

    seen = 0
    for case in cases():
        if case.kind != "article" or case.input_path.suffix not in (".html", ".gz") or not case.url:
            continue
        try:
            article = kornews.extract(case.input_bytes(), url=case.url)
        except kornews.KornewsError:
            continue
        assert ids.fill(article) is article
        bare = attrs.evolve(article, article_id=None, portal_id=None)
        assert ids.fill(bare) == article, case.id
        seen += article.article_id is not None or article.portal_id is not None
    assert seen >= 15
