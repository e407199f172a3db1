"""Fuzz inputs for every entry point (shared by tests/test_fuzz.py and the long run tools/fuzz.py).

An input is a :class:`FuzzInput`: which entry point to call, with what, and whether it is a
*one-fault* mutation of a good page (one stray byte, a broken or deep JSON-LD blob, a wrong charset
header, a gzip wrapper …) that must still give the article.  :func:`run_input` calls it and
classifies the outcome: ``"ok"``, ``"error"`` (a KornewsError), ``"lost"`` (a one-fault mutation
whose page gave an article before the fault and a KornewsError after it), ``"raw"`` (any other
exception: a bug).

Generators take a :class:`random.Random`, so a run is reproducible from its seed.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import time
import traceback
from collections.abc import Callable
from typing import Any

import attrs

import kornews
from kornews.page import decode

from .fixtures import cases

_SCRIPT = re.compile(rb"<script.*?</script\s*>", re.S | re.I)
HANGUL = "가나다라마바사아자차카타파하한국경제정부기자뉴스서울대통령발표했다"


@attrs.frozen
class FuzzInput:
    """One call: ``entry`` is ``extract``, ``extract_listing``, ``extract_text``, ``from_json`` or
    ``listing_from_json``; ``args``/``kwargs`` its arguments; ``kind`` the generator's name;
    ``must_keep`` True for a one-fault mutation of a page that gave an article."""

    entry: str
    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = attrs.field(factory=dict)
    must_keep: bool = False


@attrs.frozen
class Outcome:
    status: str  # ok | error | lost | raw
    seconds: float
    detail: str = ""


ENTRIES: dict[str, Callable[..., Any]] = {
    "extract": kornews.extract,
    "extract_listing": kornews.extract_listing,
    "extract_text": kornews.extract_text,
    "from_json": kornews.Article.from_json,
    "listing_from_json": kornews.Listing.from_json,
}


def run_input(item: FuzzInput) -> Outcome:
    """Call ``item`` and classify the outcome (see the module docstring)."""
    func = ENTRIES[item.entry]
    t0 = time.perf_counter()
    try:
        result = func(*item.args, **item.kwargs)
    except kornews.KornewsError as exc:
        dt = time.perf_counter() - t0
        status = "lost" if item.must_keep else "error"
        return Outcome(status, dt, f"{type(exc).__name__}: {exc}"[:300])
    except Exception as exc:
        dt = time.perf_counter() - t0
        return Outcome("raw", dt, "".join(traceback.format_exception(exc))[-2000:])
    dt = time.perf_counter() - t0
    if item.must_keep and isinstance(result, kornews.Article) and not (result.title and result.body):
        return Outcome("lost", dt, "article without title or body")
    if isinstance(result, (kornews.Article, kornews.Listing)):
        try:  # must always serialise to UTF-8 (no lone surrogates …)
            json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")
        except Exception as exc:
            return Outcome("raw", dt, "".join(traceback.format_exception(exc))[-2000:])
    return Outcome("ok", dt)


# -- the corpus of good pages -------------------------------------------------------------------


@attrs.frozen
class Good:
    """A fixture page that extracts to an article: bytes, url, outlet (forced extractor or None)."""

    data: bytes
    url: str | None
    outlet: str | None
    kind: str


def good_pages() -> list[Good]:
    """Every fixture case whose page extracts without error (articles, listings, texts)."""
    out: list[Good] = []
    for case in cases():
        try:
            data = case.input_bytes()
        except OSError:
            continue
        out.append(Good(data, case.source.get("url"), case.source.get("extractor"), case.kind))
    return out


def article_json(goods: list[Good]) -> list[str]:
    """``to_json`` of the articles of the good pages (seeds for record mutations)."""
    out = []
    for g in goods:
        if g.kind != "article":
            continue
        try:
            out.append(kornews.extract(g.data, url=g.url, outlet=g.outlet).to_json())
        except kornews.KornewsError:
            continue
    return out


# -- pieces ---------------------------------------------------------------------------------------


def korean(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HANGUL) if rng.random() > 0.15 else " " for _ in range(n))


def deep_json(rng: random.Random, depth: int) -> str:
    open_, close = rng.choice([("[", "]"), ('{"a":', "}"), ('{"@graph":[', "]}")])
    return open_ * depth + "1" + close * depth


def broken_json(rng: random.Random) -> str:
    good = json.dumps(
        {"@context": "https://schema.org", "@type": rng.choice(["NewsArticle", ["NewsArticle"], 5, None]),
         "headline": rng.choice([korean(rng, 20), 12, ["a", {"b": 1}], {"name": {"name": "x"}}, None]),
         "datePublished": rng.choice(["2025-01-02T03:04:05+09:00", "not a date", 20250102, "2025-13-45", None]),
         "author": rng.choice([[{"name": "홍길동 기자"}], "홍길동", 5, [[[]]], {"name": None}]),
         "articleBody": korean(rng, rng.randint(0, 300))},
        ensure_ascii=rng.random() < 0.5,
    )
    cut = rng.random()
    if cut < 0.3:
        return good[: rng.randint(0, len(good))]
    if cut < 0.5:
        i = rng.randint(0, len(good))
        return good[:i] + rng.choice(["\\ud800", '"', "}", "\\", "\x00", "\\u12"]) + good[i:]
    return good


def pathological(rng: random.Random, big: bool) -> str:
    """Pathological markup: deep nesting, many elements, long tokens, unclosed constructs."""
    n = rng.choice([100, 1000, 10_000] + ([100_000] if big else []))
    choice = rng.randrange(12)
    text = korean(rng, 200)
    if choice == 0:
        inner = "<div>" * n + text + "</div>" * n
    elif choice == 1:
        inner = "<p>" + ("<span>" + text[:5]) * n + "</span>" * n + "</p>"
    elif choice == 2:
        inner = "<b><i><u>" * (n // 3) + text
    elif choice == 3:
        inner = "<div><h3>관련기사</h3>" * n + text + "</div>" * n
    elif choice == 4:
        inner = "<figure><img src=a.jpg><figcaption>" + text + " " + "a" * n + "</figcaption></figure>"
    elif choice == 5:
        inner = "<p>" + "가" * n + "</p><p>" + "a@b." * (n // 4) + "</p>"
    elif choice == 6:
        inner = "<table>" * n + text
    elif choice == 7:
        inner = "<div>x</div>" * n + "<p>" + text + "</p>"
    elif choice == 8:
        inner = "<!--" + text + "<script>" * rng.randint(1, n)
    elif choice == 9:
        inner = f'<div class="{"x" * n}" id="{"가" * n}">{text}</div>'
    elif choice == 10:
        inner = "<ul>" + "<li>" * n + text + "</ul>"
    else:
        inner = "<p>" + text + " 홍길동 기자 " + " ".join(["a@b.com"] * (n // 10)) + "</p>"
    return f"<html><head><title>{text[:30]}</title></head><body>{inner}</body></html>"


# -- one-fault mutations of a good page ------------------------------------------------------------


def _after_tag(rng: random.Random, data: bytes) -> int:
    """A random position just after a ``>`` (between tags), else a random position."""
    for _ in range(8):
        i = rng.randrange(len(data)) if data else 0
        j = data.find(b">", i)
        if j >= 0:
            return j + 1
    return rng.randint(0, len(data))


def _between_elements(rng: random.Random, data: bytes) -> int:
    """A random position just after an end tag ``</div>``/``</p>``/``</span>``/``</li>`` (outside
    scripts), else :func:`_after_tag`."""
    scripts = [(m.start(), m.end()) for m in _SCRIPT.finditer(data)]
    for _ in range(16):
        i = rng.randrange(len(data)) if data else 0
        j = min((k for k in (data.find(t, i) for t in (b"</div>", b"</p>", b"</span>", b"</li>")) if k >= 0),
                default=-1)
        if j >= 0 and not any(a <= j < b for a, b in scripts):
            return data.find(b">", j) + 1
    body = data.lower().find(b"<body")
    return data.find(b">", body) + 1 if body >= 0 else 0


def _head_insert(data: bytes, snippet: bytes) -> bytes:
    i = data.lower().find(b"<head")
    if i >= 0:
        j = data.find(b">", i)
        if j >= 0:
            return data[: j + 1] + snippet + data[j + 1 :]
    return snippet + data


def _body_end_insert(data: bytes, snippet: bytes) -> bytes:
    i = data.lower().rfind(b"</body")
    return data[:i] + snippet + data[i:] if i >= 0 else data + snippet


def one_fault(rng: random.Random, g: Good) -> tuple[bytes | str, dict[str, Any], str]:
    """(page, extra kwargs, name) of one harmless fault applied to ``g``'s page."""
    data = g.data
    choice = rng.randrange(13)
    if choice == 0:
        i = _after_tag(rng, data)
        return data[:i] + bytes([rng.choice([0xFF, 0xFE, 0x80, 0xC3, 0xED])]) + data[i:], {}, "stray-byte"
    if choice == 1:
        return data + "가".encode()[: rng.randint(1, 2)], {}, "cut-multibyte"
    if choice == 2:
        blob = deep_json(rng, rng.choice([1000, 5000, 100_000]))
        return _head_insert(data, f'<script type="application/ld+json">{blob}</script>'.encode()), {}, "deep-jsonld"
    if choice == 3:
        blob = broken_json(rng)
        return (
            _head_insert(data, f'<script type="application/ld+json">{blob}</script>'.encode("utf-8", "replace")),
            {},
            "broken-jsonld",
        )
    if choice == 4:
        label = rng.choice(["undefined", "utf-16", "utf-32", "x-user-defined", "ptcp154", "unicode", "utf-16le"])
        return _head_insert(data, f'<meta charset="{label}">'.encode()), {}, "odd-meta-charset"
    if choice == 5:
        label = rng.choice(["undefined", "utf-16", "iso-8859-1", "ascii", "x-user-defined", "windows-1251"])
        return data, {"content_type": f"text/html; charset={label}"}, "odd-header-charset"
    if choice == 6:
        return gzip.compress(data, compresslevel=1), {}, "gzip"
    if choice == 7:
        i = _between_elements(rng, data)
        return data[:i] + b"<strong></strong>" + data[i:], {}, "empty-strong"
    if choice == 8:
        flight = '<script>self.__next_f.push([1,"0:\\ud800\\udc00\\ud800 ' + korean(rng, 10) + '"])</script>'
        return _body_end_insert(data, flight.encode()), {}, "lone-surrogate-flight"
    if choice == 9:
        blob = '{"a": "' + "x" * rng.choice([1000, 6_000_000]) + '"}'
        return _head_insert(data, f'<script type="application/ld+json">{blob}</script>'.encode()), {}, "huge-jsonld"
    if choice == 10:
        blob = broken_json(rng)
        return _body_end_insert(data, f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'
                                .encode("utf-8", "replace")), {}, "broken-next-data"
    if choice == 11:
        i = _between_elements(rng, data)
        return data[:i] + b"<span>" * 300 + b"</span>" * 300 + data[i:], {}, "nested-inline"
    try:
        return decode(data), {}, "as-str"
    except kornews.KornewsError:
        return data, {}, "as-str"


# -- destructive mutations (any KornewsError is fine, raw exceptions are not) ---------------------


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        op = rng.randrange(5)
        if not b:
            b.extend(rng.randbytes(rng.randint(1, 50)))
            continue
        i = rng.randrange(len(b))
        if op == 0:
            b[i] = rng.randrange(256)
        elif op == 1:
            del b[i : i + rng.randint(1, 200)]
        elif op == 2:
            b[i:i] = rng.randbytes(rng.randint(1, 20))
        elif op == 3:
            j = rng.randrange(len(b))
            b[i:i] = b[j : j + rng.randint(1, 500)]
        else:
            del b[i:]
    return bytes(b)


def random_url(rng: random.Random, examples: list[str]) -> str | None:
    r = rng.random()
    if r < 0.3:
        return None
    if r < 0.7 and examples:
        return rng.choice(examples)
    return rng.choice(["http://[", "https://", "javascript:alert(1)", "//x", "http://a/\ud800", "ftp://가.kr/기사",
                       "https://n.news.naver.com/article/" + "9" * rng.randint(1, 40), "x" * 5000, ""])


def mutate_json(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.3:
        return mutate(rng, text.encode()).decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        return text
    key = rng.choice(list(data)) if data else "title"
    data[key] = rng.choice([None, 5, "", [], {}, [1], "x", "2025-99-99", True, [None], {"a": 1}, -1])
    if rng.random() < 0.1:
        return json.dumps([data])
    if rng.random() < 0.05:
        return "[" * 100_000
    return json.dumps(data)


class Generator:
    """Draws fuzz inputs from a mix of generators over the fixture corpus."""

    def __init__(self, seed: int, *, big: bool = True) -> None:
        self.rng = random.Random(seed)
        self.big = big
        self.goods = good_pages()
        self.articles = [g for g in self.goods if g.kind == "article"]
        self.keepers: dict[int, bool] = {}
        self.records = article_json(self.goods)
        self.examples = [u for e in kornews.supported() for u in e["example_urls"]]  # type: ignore[attr-defined]

    def _keeps(self, index: int) -> bool:
        """True when article fixture ``index`` extracts to an article with title and body."""
        if index not in self.keepers:
            g = self.articles[index]
            try:
                a = kornews.extract(g.data, url=g.url, outlet=g.outlet)
                self.keepers[index] = bool(a.title and a.body)
            except kornews.KornewsError:
                self.keepers[index] = False
        return self.keepers[index]

    def draw(self) -> FuzzInput:
        rng = self.rng
        r = rng.random()
        if r < 0.15:  # random bytes
            n = rng.choice([0, 1, 2, 10, 100, 1000, 5000])
            data = rng.randbytes(n) if rng.random() < 0.5 else bytes(rng.choice(b"<>/=\"' abcdiv\xea\xb0\x80\xff")
                                                                      for _ in range(n))
            return FuzzInput("extract", "random-bytes", (data,), {"url": random_url(rng, self.examples)})
        if r < 0.22:  # small random markup with Korean text
            text = korean(rng, rng.randint(0, 400))
            tags = [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<br>",
                "<h1>",
                "</h1>",
                "<figure>",
                "<figcaption>",
                "<img src=x>",
                '<meta charset="' + rng.choice(["euc-kr", "utf-8", "undefined", "utf-16"]) + '">',
                "<script>",
                "</script>",
                "<table><tr><td>",
                "<!--",
                "-->",
                "<strong>",
                "</strong>",
                "<a href='//x'>",
            ]
            parts = [
                rng.choice(tags) if rng.random() < 0.4 else text[rng.randrange(len(text) + 1) :][:30]
                for _ in range(rng.randint(1, 80))
            ]
            page = "".join(parts)
            enc = rng.choice(["utf-8", "cp949", "utf-16"])
            data: bytes | str = page.encode(enc, "replace") if rng.random() < 0.8 else page
            return FuzzInput("extract", "random-markup", (data,), {"url": random_url(rng, self.examples)})
        if r < 0.47 and self.articles:  # one-fault mutation of a good article page
            index = rng.randrange(len(self.articles))
            g = self.articles[index]
            page, extra, name = one_fault(rng, g)
            kwargs = {"url": g.url, "outlet": g.outlet, **extra}
            return FuzzInput("extract", "fault:" + name, (page,), kwargs, must_keep=self._keeps(index))
        if r < 0.62 and self.goods:  # destructive mutations of any fixture, every entry point
            g = rng.choice(self.goods)
            data = mutate(rng, g.data)
            url = g.url if rng.random() < 0.7 else random_url(rng, self.examples)
            if g.kind == "text" or rng.random() < 0.15:
                text = data.decode("utf-8", "replace") if rng.random() < 0.9 else data.decode("latin-1")
                return FuzzInput("extract_text", "mutated-text", (text,), {"url": url})
            entry = "extract_listing" if g.kind == "listing" or rng.random() < 0.1 else "extract"
            ct = rng.choice(
                [
                    None,
                    None,
                    "text/html",
                    "text/html; charset=euc-kr",
                    "text/html; charset=undefined",
                    "charset=utf-16",
                    'text/html; charset="iso-8859-1"',
                ]
            )
            return FuzzInput(entry, "mutated-fixture", (data,), {"url": url, "content_type": ct})
        if r < 0.72:  # pathological markup
            page = pathological(rng, self.big and rng.random() < 0.2)
            data = page.encode() if rng.random() < 0.7 else page
            return FuzzInput("extract", "pathological", (data,), {"url": random_url(rng, self.examples)})
        if r < 0.80:  # text mode on random text
            text = korean(rng, rng.randint(0, 2000)).replace("  ", "\n")
            if rng.random() < 0.3:
                text += "\n" + rng.choice(
                    ["홍길동 기자 a@b.com", "Copyright ⓒ", "입력 2025.01.02 03:04", "\ud800", "[서울=뉴시스]"]
                )
            if rng.random() < 0.05:
                text += "a" * 100_000
            return FuzzInput("extract_text", "random-text", (text,), {"url": random_url(rng, self.examples)})
        if r < 0.90 and self.records:  # records
            text = mutate_json(rng, rng.choice(self.records))
            if rng.random() < 0.1:
                return FuzzInput("listing_from_json", "record", (text,))
            return FuzzInput("from_json", "record", (text,))
        # wrong types and containers
        choice = rng.randrange(6)
        if choice == 0:
            return FuzzInput("extract", "wrong-type", (rng.choice([None, 5, 1.5, [], {"a": 1}, object()]),))
        if choice == 1:
            return FuzzInput("extract", "wrong-arg", (b"<p>x</p>",), {"url": rng.choice([5, b"x", []])})
        if choice == 2:
            warc = b"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + (self.goods[0].data if self.goods else b"")
            return FuzzInput("extract", "warc", (gzip.compress(warc) if rng.random() < 0.5 else warc,))
        if choice == 3:
            return FuzzInput("extract", "bad-gzip", (b"\x1f\x8b" + rng.randbytes(rng.randint(0, 100)),))
        if choice == 4:
            return FuzzInput("from_json", "wrong-type", (rng.choice([None, 5, b"\xff", [], "null"]),))
        return FuzzInput("extract_text", "wrong-type", (rng.choice([None, 5, b"text"]),))


__all__ = ["FuzzInput", "Generator", "Good", "Outcome", "good_pages", "one_fault", "pathological", "run_input"]
