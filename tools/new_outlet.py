"""Scaffold a new outlet: the module, its fixture folder (a sample page and its expected output) and
its evidence file, so that every test picks the outlet up and passes from the first run.

    python tools/new_outlet.py <id> --name 뉴스이름 --domain example.co.kr

writes (relative to the repository root, ``--root``):

* ``src/kornews/outlets/<id>.py`` — the extractor: URL patterns, example and non-article URLs, one
  ``Layout`` of the sample's template, ``remove`` selectors, ``Rules``, ``text_markers``;
* ``fixtures/<id>/sample.html`` — a sample article page in that template, with the conventions the
  shared cleanup handles (deck, dateline lead, photo caption with credit, e-mail sign-off, copyright
  line, a related box, an ad, menus) — replace it by the outlet's real page;
* ``fixtures/<id>/sample.json`` + ``sample.body.txt`` — the case (``_source``) and its expected
  output, as ``pytest tests/test_fixtures.py --update-expected`` writes it;
* ``docs/evidence/<id>.md`` — where the evidence behind every selector goes;

and regenerates ``docs/outlets.md``.  Text mode needs nothing: an extractor without its own
``extract_text`` reads rendered text with the shared reader plus its ``rules`` and ``text_markers``.
Then: replace the sample by real evidence (see CONTRIBUTING.md, "Adding an outlet"), regenerate the
expected output and review it, and add the CHANGELOG line.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ID_RE = re.compile(r"[a-z][a-z0-9_]*")

MODULE = '''"""@NAME@ — @DOMAIN@.

Evidence (``docs/evidence/@ID@.md``): none yet — the scaffold's sample page (``fixtures/@ID@/``).
Replace this line by what you saw, where and when, and how sure it is (real page / seed / scrapers).

* Article URLs ``https://www.@DOMAIN@/news/<YYYYMMDD><4+ digits>`` (also ``m.``) — a guess to replace.
* Layout ``@YEAR@``: title ``article.article-view h1``; deck ``p.deck``; date ``time[datetime]``;
  byline ``span.byline``; body ``div.article-body``; photos ``figure`` with ``figcaption``.
* Removed: ads (``.ad``), the share bar; boxes headed ``관련기사``, ``많이 본 뉴스``.
"""

from __future__ import annotations

from ..extractor import HtmlExtractor
from ..spec import Layout, Rules, patterns


class @CLASS@(HtmlExtractor):
    """Articles of @NAME@."""

    id = "@ID@"
    name = "@NAME@"
    domains = ("@DOMAIN@",)
    site_names = ("@NAME@",)
    article_urls = patterns(r"https?://(?:www\\.|m\\.)?@DOMAIN_RE@/news/\\d{8}\\d{4,}(?:[/?#]|$)")
    article_ids = patterns(r"@DOMAIN_RE@/news/(?P<id>\\d{8}\\d{4,})(?!\\d)")  # Article.article_id, dedupe
    example_urls = ("https://www.@DOMAIN@/news/@DATE@0001", "https://m.@DOMAIN@/news/@DATE@0042")
    non_article_urls = ("https://www.@DOMAIN@/", "https://www.@DOMAIN@/section/economy")
    text_markers = patterns(r"\\[[^\\]=]{1,10}=@NAME_RE@\\]", r"@@DOMAIN_RE@")
    rules = Rules(boxes=patterns(r"^관련\\s*기사", r"^많이 본 뉴스"), skip=patterns(r"^광고$"))
    remove = (".ad", ".share")
    layouts = (
        Layout(
            name="@YEAR@",
            match=("article.article-view",),
            title=("article.article-view h1",),
            subtitle=("article.article-view p.deck",),
            byline=("article.article-view span.byline",),
            date=("article.article-view time",),
            body=("article.article-view div.article-body",),
        ),
    )
'''

PAGE = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>서울시 스마트 교통 시범사업 시작 - @NAME@</title>
<meta property="og:site_name" content="@NAME@">
<meta property="og:title" content="서울시 스마트 교통 시범사업 시작 - @NAME@">
<meta property="article:published_time" content="@ISO@">
<link rel="canonical" href="@URL@">
</head>
<body>
<header><nav><a href="/">홈</a> <a href="/section/economy">경제</a> <a href="/section/society">사회</a></nav></header>
<article class="article-view">
  <h1>서울시 스마트 교통 시범사업 시작</h1>
  <p class="deck">신호등 120곳에 AI 제어 도입<br>출퇴근 정체 20% 감소 기대</p>
  <div class="info"><span class="byline">홍길동 기자</span> <time datetime="@ISO@">@SHOWN@</time></div>
  <div class="article-body">
    <p>[서울=@NAME@] 홍길동 기자 = 서울시가 다음 달부터 도심 신호등 120곳에 인공지능 신호 제어를 \
도입하는 스마트 교통 시범사업을 시작한다고 22일 밝혔다.</p>
    <figure><img src="/photos/@DATE@/signal.jpg" alt="">\
<figcaption>서울시 교통정보센터에서 직원들이 신호 제어 화면을 살펴보고 있다. [사진=서울시]</figcaption></figure>
    <p>시는 출퇴근 시간대 정체가 잦은 교차로를 중심으로 대상지를 골랐으며, 시범 기간 동안 통행 속도와 \
대기 시간을 분석해 확대 여부를 결정할 계획이다.</p>
    <div class="ad">광고</div>
    <p>시 관계자는 "정체 구간의 통행 시간이 20% 가까이 줄어들 것으로 기대한다"고 말했다.</p>
    <p>hong@@DOMAIN@</p>
    <p>Copyright © @NAME@. 무단전재 및 재배포 금지.</p>
    <div class="related"><h3>관련기사</h3>\
<ul><li><a href="/news/@DATE@0003">서울시, 자율주행 버스 노선 확대</a></li></ul></div>
  </div>
  <div class="share"><a href="#">공유하기</a></div>
</article>
<aside><h3>많이 본 뉴스</h3><ol><li><a href="/news/@DATE@0001">항구 물동량 역대 최대</a></li></ol></aside>
<footer>Copyright © @NAME@ All rights reserved.</footer>
</body>
</html>
"""

EVIDENCE = """# Evidence: @NAME@ — @DOMAIN@

> Certainty labels as in [README.md](README.md): **real** (a real saved page), **seed** (a real page
> rendered to text), **scrapers** (public scrapers' selectors, with the year; *(one source)* if only one).

- Nothing yet: `fixtures/@ID@/sample.html` is the scaffold's invented page, not evidence.  Replace it by
  a real page (copied byte for byte) or a reconstruction that says what it follows, and write here,
  field by field, where each selector comes from and how sure it is.
"""


def class_name(outlet_id: str) -> str:
    """``my_news`` -> ``MyNews``."""
    return "".join(part.capitalize() for part in outlet_id.split("_"))


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    return template


def values_for(outlet_id: str, name: str, domain: str) -> dict[str, str]:
    date = "20250722"
    return {
        "ID": outlet_id,
        "NAME": name,
        "NAME_RE": re.escape(name),
        "CLASS": class_name(outlet_id),
        "DOMAIN": domain,
        "DOMAIN_RE": re.escape(domain),
        "DATE": date,
        "YEAR": date[:4],
        "ISO": "2025-07-22T14:00:25+09:00",
        "SHOWN": "2025.07.22 14:00",
        "URL": f"https://www.{domain}/news/{date}0001",
    }


def _load_extractor(module_path: Path, root: Path, outlet_id: str) -> type:
    """The scaffolded class: through the registry when this kornews is the one under ``root``, else
    loaded from the file and registered for this process."""
    import kornews
    from kornews import registry

    importlib.invalidate_caches()
    registry.extractors.cache_clear()
    if Path(kornews.__file__).resolve().is_relative_to((root / "src").resolve()):
        return type(registry.get(outlet_id))
    spec = importlib.util.spec_from_file_location(f"kornews_scaffold_{outlet_id}", module_path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "kornews.outlets"  # its relative imports are kornews'
    spec.loader.exec_module(module)
    cls: type = getattr(module, class_name(outlet_id))
    registry.register(cls)
    return cls


def add_to_table(registry_py: Path, outlet_id: str, domain: str) -> bool:
    """Add the outlet's row to ``kornews.registry.BUILTIN`` (the table of built-in modules, kept in
    discovery order: package, then module name); False when the file has no such table."""
    text = registry_py.read_text(encoding="utf-8")
    start = text.find("BUILTIN: ")
    end = text.find("\n)\n", start)
    if start < 0 or end < 0:
        return False
    rows = text[text.index("\n", start) + 1 : end].split("\n")
    row = f'    ("kornews.outlets.{outlet_id}", ("{outlet_id}",), ("{domain}",)),'
    at = next(
        (i for i, r in enumerate(rows) if not r.startswith('    ("kornews.outlets.') or r > row),
        len(rows),
    )
    rows.insert(at, row)
    head = text[: text.index("\n", start) + 1]
    registry_py.write_text(head + "\n".join(rows) + text[end:], encoding="utf-8")
    return True


def scaffold(outlet_id: str, name: str, domain: str, root: Path = ROOT, *, docs: bool = True) -> list[Path]:
    """Write the outlet's files under ``root``; returns them.  Refuses to overwrite anything."""
    if not ID_RE.fullmatch(outlet_id):
        raise SystemExit(f"id {outlet_id!r}: lower-case ASCII letters, digits and _, starting with a letter")
    if not re.fullmatch(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)+", domain):
        raise SystemExit(f"domain {domain!r}: a host name such as example.co.kr (no scheme, no www.)")
    domain = domain.removeprefix("www.")
    values = values_for(outlet_id, name, domain)
    module = root / "src" / "kornews" / "outlets" / f"{outlet_id}.py"
    folder = root / "fixtures" / outlet_id
    evidence = root / "docs" / "evidence" / f"{outlet_id}.md"
    for path in (module, folder, evidence):
        if path.exists():
            raise SystemExit(f"{path} exists already")
    module.parent.mkdir(parents=True, exist_ok=True)
    module.write_text(fill(MODULE, values), encoding="utf-8")
    registry_py = root / "src" / "kornews" / "registry.py"
    listed = registry_py.is_file() and add_to_table(registry_py, outlet_id, domain)
    folder.mkdir(parents=True)
    (folder / "sample.html").write_text(fill(PAGE, values), encoding="utf-8")
    source = {
        "provenance": "reconstructed",
        "kind": "article",
        "input": "sample.html",
        "url": values["URL"],
        "evidence": "none: the page written by tools/new_outlet.py (replace it by the outlet's real page)",
        "notes": "a scaffold sample; every value in it is invented",
        "boilerplate": [
            "홈",
            "광고",
            "관련기사",
            "자율주행 버스",
            "[사진=서울시]",
            f"hong@{domain}",
            "무단전재",
            "공유하기",
            "많이 본 뉴스",
        ],
    }
    case_path = folder / "sample.json"
    case_path.write_text(json.dumps({"_source": source}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_text(fill(EVIDENCE, values), encoding="utf-8")

    from kornews.testing.fixtures import load, run, write_expected

    _load_extractor(module, root, outlet_id)
    case = load(case_path)
    write_expected(case, run(case))
    written = [module, folder / "sample.html", case_path, case.body_path, evidence]
    if listed:
        written.append(registry_py)
    gen = root / "tools" / "gen_outlets_doc.py"
    if docs and gen.is_file():  # a fresh process: its registry finds the new module
        subprocess.run([sys.executable, str(gen)], cwd=root, check=True)
        written.append(root / "docs" / "outlets.md")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("id", help="the extractor id: lower-case ASCII, also the fixture folder's name")
    ap.add_argument("--name", required=True, help="the press's own name, e.g. 예시일보 (Article.publisher)")
    ap.add_argument("--domain", required=True, help="its domain, e.g. example.co.kr (subdomains count)")
    ap.add_argument("--root", type=Path, default=ROOT, help="repository root (default: %(default)s)")
    ap.add_argument("--no-docs", action="store_true", help="do not regenerate docs/outlets.md")
    args = ap.parse_args(argv)
    for path in scaffold(args.id, args.name, args.domain, args.root.resolve(), docs=not args.no_docs):
        print(f"wrote {path.relative_to(args.root.resolve())}")
    print(
        "next: put real evidence in place of the sample (CONTRIBUTING.md, 'Adding an outlet'), then\n"
        f"  python -m pytest tests/test_fixtures.py --update-expected -k {args.id}   # and review the diff\n"
        "  python -m pytest -q -x\n"
        f"and add a CHANGELOG line: - {args.name} ({args.domain}) extractor."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
