"""The tools: kornews (with URL, without URL, generic reader), a bare Lexbor parse, and the peers.

Every adapter is ``run(html: bytes, url: str | None) -> str`` returning the body text (empty for the parse
floor). A factory that cannot build its tool (peer not installed, set-up failure) makes it "not run" with the
reason. Peers are benchmark-only dependencies (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass

Extract = Callable[[bytes, "str | None"], str]

KORNEWS = "kornews"
KORNEWS_NO_URL = "kornews (no URL)"
KORNEWS_GENERIC = "kornews generic"
PARSE = "lexbor parse (floor)"
TRAFILATURA = "trafilatura"
TRAFILATURA_NO_META = "trafilatura (no metadata)"


@dataclass
class Tool:
    name: str
    package: str
    run: Extract
    scored: bool = True  # False for the parse floor (no text to score)
    note: str = ""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LABELS = {"euc-kr": "cp949", "ks_c_5601-1987": "cp949", "x-windows-949": "cp949", "ksc5601": "cp949"}


def decode_html(html: bytes) -> str:
    """Bytes to str for peers whose API wants str: the charset of the first 2 KB's <meta>, else UTF-8."""
    m = _META_CHARSET.search(html[:2048])
    label = m.group(1).decode("ascii").lower() if m else "utf-8"
    try:
        return html.decode(_LABELS.get(label, label), errors="replace")
    except LookupError:
        return html.decode("utf-8", errors="replace")


def _kornews(outlet: str | None, with_url: bool = True) -> Extract:
    import kornews

    def run(html: bytes, url: str | None) -> str:
        return "\n".join(kornews.extract(html, url=url if with_url else None, outlet=outlet).body)

    return run


def _lexbor() -> Extract:
    from selectolax.lexbor import LexborHTMLParser

    def run(html: bytes, url: str | None) -> str:
        LexborHTMLParser(html)
        return ""

    return run


def _trafilatura(with_metadata: bool) -> Extract:
    import trafilatura

    def run(html: bytes, url: str | None) -> str:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=with_metadata)
        if doc is None:
            return ""
        text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
        return text or ""

    return run


_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article figure figcaption pre dd dt".split()
)


def _readability() -> Extract:
    import lxml.html
    from readability import Document

    def run(html: bytes, url: str | None) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        if not summary.strip():
            return ""
        root = lxml.html.fromstring(summary)
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag in _BLOCKS:
                el.tail = "\n" + (el.tail or "")
        return str(root.text_content())

    return run


def _resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(html: bytes, url: str | None) -> str:
        tree = HTMLTree.parse_from_bytes(html, detect_encoding(html, from_html_meta=True))
        return str(extract_plain_text(tree, main_content=True))

    return run


def _goose3() -> Extract:
    from goose3 import Goose
    from goose3.text import StopWordsKorean

    goose = Goose(
        {
            "enable_image_fetching": False,
            "use_meta_language": False,
            "target_language": "ko",
            "stopwords_class": StopWordsKorean,
        }
    )

    def run(html: bytes, url: str | None) -> str:
        return str(goose.extract(url=url, raw_html=decode_html(html)).cleaned_text or "")

    return run


_WORDS = re.compile(r"\w+|[^\w\s]")


def _newspaper4k() -> Extract:
    import newspaper

    # Its Korean module tokenizes with nltk.word_tokenize, whose tokenizer data is downloaded at run time (not
    # possible offline); a regex word tokenizer of the same shape (words and punctuation) stands in for it.
    importlib.import_module("newspaper.languages.ko").tokenizer = _WORDS.findall

    def run(html: bytes, url: str | None) -> str:
        art = newspaper.Article(url or "https://example.invalid/", language="ko", fetch_images=False)
        art.download(input_html=decode_html(html))
        art.parse()
        return str(art.text or "")

    return run


NEWSPAPER_NOTE = "language='ko', its nltk tokenizer (needs data downloaded at run time) replaced by a regex one"

# name, package, factory, scored, note
SPECS: list[tuple[str, str, Callable[[], Extract], bool, str]] = [
    (PARSE, "selectolax", _lexbor, False, "LexborHTMLParser(bytes) only"),
    (KORNEWS, "kornews", lambda: _kornews(None), True, "extract(bytes, url=...): the extractor the URL selects"),
    (KORNEWS_NO_URL, "kornews", lambda: _kornews(None, with_url=False), True, "extract(bytes): outlet recognised"),
    (KORNEWS_GENERIC, "kornews", lambda: _kornews("generic"), True, "extract(bytes, url=..., outlet='generic')"),
    (TRAFILATURA, "trafilatura", lambda: _trafilatura(True), True, "bare_extraction(with_metadata=True)"),
    (TRAFILATURA_NO_META, "trafilatura", lambda: _trafilatura(False), True, "bare_extraction(with_metadata=False)"),
    ("resiliparse", "resiliparse", _resiliparse, True, "extract_plain_text(main_content=True)"),
    ("readability-lxml", "readability-lxml", _readability, True, "Document.summary() -> text"),
    ("goose3", "goose3", _goose3, True, "target_language='ko', StopWordsKorean"),
    ("newspaper4k", "newspaper4k", _newspaper4k, True, NEWSPAPER_NOTE),
]
NAMES = [s[0] for s in SPECS]
ALIASES = {  # short names for --only / --skip
    "parse": PARSE,
    "lexbor": PARSE,
    "url": KORNEWS,
    "nourl": KORNEWS_NO_URL,
    "no-url": KORNEWS_NO_URL,
    "generic": KORNEWS_GENERIC,
    "trafilatura-nometa": TRAFILATURA_NO_META,
    "readability": "readability-lxml",
    "newspaper": "newspaper4k",
}


def build(only: set[str] | None = None, skip: set[str] | None = None) -> tuple[list[Tool], list[tuple[str, str]]]:
    """The tools that can run here (``only``/``skip``: names to keep/leave out), and those that cannot, with why."""
    tools: list[Tool] = []
    missing: list[tuple[str, str]] = []
    for name, package, factory, scored, note in SPECS:
        if (only and name not in only) or (skip and name in skip):
            continue
        try:
            tools.append(Tool(name, package, factory(), scored, note))
        except Exception as exc:  # ImportError above all; any setup failure counts as "cannot run"
            missing.append((name, f"{type(exc).__name__}: {exc}"))
    return tools, missing
