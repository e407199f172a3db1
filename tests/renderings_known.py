"""Renderings whose article is not read exactly yet: the differing fields (see test_renderings.py).

Rewritten by ``python tools/render_report.py --known`` after a fix (review the diff: the list may
only shrink, the F1 floors only rise)."""

from __future__ import annotations

KNOWN: dict[str, list[str]] = {
    "chosun/arc-2024.w3m": ["body"],
    "chosun/legacy-2020-sportschosun.w3m": ["body"],
    "chosun/legacy-2024-euckr.w3m": ["body"],
    "daum/copy-chosun-euckr.w3m": ["body"],
    "daum/copy-chosun.w3m": ["body"],
    "daum/copy-herald.w3m": ["body"],
    "daum/copy-newsis.w3m": ["body"],
    "daum/daum_v.daum.net_20100101092104056_2022-saved.w3m": ["body"],
    "hankookilbo/HankookIlbo_2025_05_15.w3m": ["body"],
    "herald/layout-2024.lynx": ["subtitles"],
    "herald/layout-2024.w3m": ["subtitles", "body"],
    "herald/layout-legacy-euckr.w3m": ["body"],
    "maeil/MBN_2025_06_03.w3m": ["body"],
    "naver/naver_n.news.naver.com_article_607_0000001728_2023-11-02.lynx": ["body"],
    "naver/naver_n.news.naver.com_article_607_0000001728_2023-11-02.w3m": ["body"],
    "naver/naver_news.naver.com_main_read_2017-04-20.w3m": ["body"],
    "newsis/layout-2025.w3m": ["body"],
    "newsis/layout-legacy-euckr.w3m": ["body"],
    "newsis/layout-legacy.w3m": ["body"],
    "newspim/layout-2021-euckr.w3m": ["body"],
    "newspim/layout-2021.w3m": ["body"],
    "newspim/layout-2026.w3m": ["body"],
    "zdnet/article-2021-form.w3m": ["body"],
    "zdnet/article-2021-form.wet": ["body"],
    "zdnet/article-20250627115300.w3m": ["body"],
    "zdnet/article-euckr.w3m": ["body"],
}

MIN_F1: dict[str, float] = {
    "chosun/arc-2024.w3m": 0.99,
    "chosun/legacy-2020-sportschosun.w3m": 0.99,
    "chosun/legacy-2024-euckr.w3m": 0.99,
    "daum/copy-chosun-euckr.w3m": 0.99,
    "daum/copy-chosun.w3m": 0.99,
    "daum/copy-herald.w3m": 0.99,
    "daum/copy-newsis.w3m": 0.99,
    "daum/daum_v.daum.net_20100101092104056_2022-saved.w3m": 0.98,
    "hankookilbo/HankookIlbo_2025_05_15.w3m": 0.98,
    "herald/layout-2024.lynx": 1.00,
    "herald/layout-2024.w3m": 0.99,
    "herald/layout-legacy-euckr.w3m": 0.98,
    "maeil/MBN_2025_06_03.w3m": 0.99,
    "naver/naver_n.news.naver.com_article_607_0000001728_2023-11-02.lynx": 1.00,
    "naver/naver_n.news.naver.com_article_607_0000001728_2023-11-02.w3m": 0.98,
    "naver/naver_news.naver.com_main_read_2017-04-20.w3m": 0.95,
    "newsis/layout-2025.w3m": 0.99,
    "newsis/layout-legacy-euckr.w3m": 0.99,
    "newsis/layout-legacy.w3m": 0.99,
    "newspim/layout-2021-euckr.w3m": 0.98,
    "newspim/layout-2021.w3m": 0.98,
    "newspim/layout-2026.w3m": 0.98,
    "zdnet/article-2021-form.w3m": 0.99,
    "zdnet/article-2021-form.wet": 0.99,
    "zdnet/article-20250627115300.w3m": 0.98,
    "zdnet/article-euckr.w3m": 0.92,
}
"""Body token F1 floors of the renderings not read exactly (rounded down; the others must give 1.0):
they may only rise."""
