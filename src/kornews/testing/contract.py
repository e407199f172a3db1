"""The contract every extractor keeps — ours and a plugin's — as a property-based pytest suite.

A plugin author gets the whole suite from the pytest plugin (:mod:`kornews.testing.plugin`: three
lines in a test module), or by subclassing one class::

    from kornews.testing.contract import ExtractorContract
    from my_outlet import MyOutlet

    class TestMyOutlet(ExtractorContract):
        extractor = MyOutlet
        fixtures = ["tests/fixtures/myoutlet/story-2025.json"]   # cases (or bare .html/.html.gz pages)

A fixture is a case JSON in kornews' format (``_source.input``, ``_source.url``, optional
``_source.kind`` and ``_source.boilerplate``) or a bare page file.  The properties:

* **robustness** — arbitrary bytes, truncated pages, deleted/duplicated/garbled byte ranges and
  subtrees: the extractor returns an Article (or Listing) or raises a :class:`~kornews.KornewsError`,
  nothing else, and within :attr:`ExtractorContract.time_limit` seconds;
* **encoding invariance** — the page re-encoded as UTF-8 and as EUC-KR (declared in its meta) gives
  the same Article;
* **no boilerplate** — no snippet of the case's ``_source.boilerplate`` list is in the body;
* **timezone-aware dates** — ``published``/``modified`` are dates or aware datetimes at UTC+09:00;
* **JSON round-trip** — ``Article.from_json(a.to_json()) == a``;
* **URL claims** — every ``example_urls`` entry is claimed by this extractor and by no other
  registered one; no ``non_article_urls`` entry is claimed by it;
* **expected output** (with ``expected_outputs = True``) — each case extracts to exactly its JSON.

The extractor is registered for the duration of the class (:func:`kornews.registry.register`) when it
is not already (an installed plugin is found through its entry point).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .. import registry
from ..article import Article, Listing
from ..errors import KornewsError
from ..extractor import Extractor
from ..page import decode
from .fixtures import Case, load
from .fixtures import case_paths as fixture_cases
from .fixtures import run as run_case

SETTINGS = settings(
    max_examples=int(os.environ.get("KORNEWS_CONTRACT_EXAMPLES", "25")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        # the same inherited method runs once per subclass (one per extractor): derandomised and without
        # example database, so runs cannot leak into each other
        *[h for h in HealthCheck if h.name == "differing_executors"],
    ],
)
"""Hypothesis settings of the contract properties (derandomised: a failure reproduces on every run;
``KORNEWS_CONTRACT_EXAMPLES=300`` runs more examples)."""

_META_CHARSET = re.compile(rb"""(<meta[^>]{0,200}?charset\s*=\s*["']?\s*)([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HEAD = re.compile(rb"<head\b[^>]*>", re.IGNORECASE)


def with_charset(data: bytes, charset: str) -> bytes:
    """``data`` (an HTML page's bytes, ASCII-compatible) with every declared charset set to ``charset``,
    or a ``<meta charset>`` inserted when it declares none."""
    new, count = _META_CHARSET.subn(lambda m: m.group(1) + charset.encode("ascii"), data)
    if count:
        return new
    tag = b'<meta charset="' + charset.encode("ascii") + b'">'
    m = _HEAD.search(data)
    return data[: m.end()] + tag + data[m.end() :] if m else tag + data


_SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)(</script\s*>)", re.IGNORECASE | re.DOTALL)


def _js_escape(text: str, codec: str) -> str:
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
    return "".join(out)


def reencode(text: str, charset: str) -> bytes:
    """The page text declared and encoded as ``charset`` (``utf-8`` or ``euc-kr``).  EUC-KR pages are
    written as CP949, as Korean servers do: what it cannot encode (``©``, emoji) becomes a character
    reference in markup and a ``\\uXXXX`` escape inside scripts (JSON-LD, embedded JSON), so the copy
    says exactly what the original says."""
    declared = with_charset(text.encode("utf-8"), charset).decode("utf-8")
    codec = "cp949" if charset.lower() in ("euc-kr", "cp949") else charset
    if codec != "utf-8":
        declared = _SCRIPT.sub(lambda m: m.group(1) + _js_escape(m.group(2), codec) + m.group(3), declared)
    return declared.encode(codec, "xmlcharrefreplace")


_MUTATIONS = ("truncate", "delete", "duplicate", "garble", "insert", "delete-tags", "duplicate-tags")


class ExtractorContract:
    """Subclass it with ``extractor`` (the class) and ``fixtures`` (case paths); see the module docstring."""

    extractor: ClassVar[type[Extractor]]
    """The extractor class under test."""
    fixtures: ClassVar[Sequence[str | Path]] = ()
    """Case JSON files (kornews fixture format) or bare pages."""
    time_limit: ClassVar[float] = 20.0
    """Seconds one extraction of a mutated page may take before it counts as a hang."""
    expected_outputs: ClassVar[bool] = False
    """Also check that each case JSON extracts to exactly its expected fields (the pytest plugin sets it;
    kornews' own suite checks them in ``tests/test_fixtures.py``)."""

    # -- set-up ------------------------------------------------------------------------------
    @pytest.fixture(autouse=True, scope="class")
    @classmethod
    def _registered(cls) -> Iterator[None]:
        """Register the extractor for the class's tests when it is not registered already."""
        ext_id = cls.extractor.id
        known = ext_id == "generic" or any(e.id == ext_id for e in registry.extractors())
        if not known:
            registry.register(cls.extractor)
        try:
            yield
        finally:
            if not known:
                registry.unregister(cls.extractor)

    @classmethod
    def cases(cls) -> list[Case]:
        """Every fixture, loaded."""
        return [load(p) for p in cls.fixtures]

    @classmethod
    def article_cases(cls) -> list[Case]:
        """The HTML article cases."""
        return [c for c in cls.cases() if c.kind == "article"]

    def run(self, case: Case, data: bytes | None = None) -> Article | Listing:
        """Extract ``case`` (or ``data`` in its place) with this extractor, through the public API."""
        result: Article | Listing = run_case(case, outlet=self.extractor.id, data=data)
        return result

    def run_bounded(self, case: Case, data: bytes) -> None:
        """Run on a mutated page: an Article/Listing or a KornewsError, within the time limit."""
        start = time.monotonic()
        try:
            result = self.run(case, data)
            assert isinstance(result, (Article, Listing))
        except KornewsError:
            pass
        elapsed = time.monotonic() - start
        assert elapsed < self.time_limit, f"extraction took {elapsed:.1f}s (limit {self.time_limit}s): a hang?"

    # -- the contract ------------------------------------------------------------------------
    def test_has_fixtures(self) -> None:
        """At least one fixture, and every article/text fixture extracts."""
        cases = self.cases()
        assert cases, f"{self.extractor.__name__} declares no fixtures"
        for case in cases:
            result = self.run(case)
            if isinstance(result, Listing):
                assert case.kind != "article", case.id
                assert result.items, case.id
            else:
                assert result.title and result.body, case.id

    def test_expected_output(self) -> None:
        """Each case JSON with expected fields extracts to exactly them (``to_dict()``), and its
        ``.body.txt``, when there is one, holds the same body."""
        if not self.expected_outputs:
            pytest.skip("expected outputs are checked elsewhere (expected_outputs = False)")
        checked = 0
        for case in self.cases():
            if not case.expected:
                continue
            result = self.run(case)
            assert result.to_dict() == case.expected, case.id
            if isinstance(result, Article) and case.body_path.is_file():
                assert case.body_path.read_text(encoding="utf-8") == "\n".join(result.body) + "\n", case.id
            checked += 1
        assert checked, "no fixture holds expected fields (a case JSON beyond its _source block)"

    def test_dates_are_timezone_aware(self) -> None:
        for case in self.cases():
            result = self.run(case)
            if not isinstance(result, Article):
                continue
            for value in (result.published, result.modified):
                if isinstance(value, datetime):
                    assert value.tzinfo is not None, case.id
                    assert value.utcoffset() == timedelta(hours=9), case.id
                else:
                    assert value is None or isinstance(value, date), case.id

    def test_json_round_trip(self) -> None:
        for case in self.cases():
            result = self.run(case)
            if isinstance(result, Article):
                assert Article.from_json(result.to_json()) == result, case.id
                assert Article.from_dict(json.loads(json.dumps(result.to_dict()))) == result, case.id
            else:
                assert Listing.from_dict(json.loads(json.dumps(result.to_dict()))) == result, case.id

    def test_no_boilerplate_in_body(self) -> None:
        checked = 0
        for case in self.cases():
            if not case.boilerplate:
                continue
            result = self.run(case)
            if not isinstance(result, Article):
                continue
            for snippet in case.boilerplate:
                for paragraph in result.body:
                    assert snippet not in paragraph, f"{case.id}: boilerplate {snippet!r} in the body"
                checked += 1
        if not checked:
            pytest.skip("no fixture lists _source.boilerplate snippets")

    def test_encoding_invariance(self) -> None:
        """UTF-8 and EUC-KR (declared in the meta) copies of each page give the same Article."""
        checked = 0
        for case in self.article_cases():
            text = decode(case.input_bytes())
            utf8 = self.run(case, reencode(text, "utf-8"))
            euckr = self.run(case, reencode(text, "euc-kr"))
            assert euckr == utf8, case.id
            checked += 1
        if not checked:
            pytest.skip("no HTML article fixture")

    @given(data=st.data())
    @SETTINGS
    def test_robust_to_mutated_pages(self, data: st.DataObject) -> None:
        cases = self.cases()
        if not cases:
            pytest.skip("no fixtures")
        case = data.draw(st.sampled_from(cases), label="case")
        page = case.input_bytes()
        n = len(page)
        kind = data.draw(st.sampled_from(_MUTATIONS), label="mutation")
        if kind.endswith("-tags"):
            marks = [m.start() for m in re.finditer(rb"<", page)] or [0]
            i = data.draw(st.sampled_from(marks))
            j = data.draw(st.sampled_from(marks))
        else:
            i = data.draw(st.integers(0, n))
            j = data.draw(st.integers(0, n))
        lo, hi = min(i, j), max(i, j)
        if kind == "truncate":
            mutated = page[:lo]
        elif kind in ("delete", "delete-tags"):
            mutated = page[:lo] + page[hi:]
        elif kind in ("duplicate", "duplicate-tags"):
            mutated = page[:hi] + page[lo:hi] + page[hi:]
        elif kind == "garble":
            noise = data.draw(st.binary(min_size=1, max_size=64))
            mutated = page[:lo] + noise + page[lo + len(noise) :]
        else:
            noise = data.draw(st.binary(min_size=1, max_size=256))
            mutated = page[:lo] + noise + page[lo:]
        self.run_bounded(case, mutated)

    @given(blob=st.one_of(st.binary(max_size=4096), st.text(max_size=2000).map(lambda t: t.encode("utf-8"))))
    @SETTINGS
    def test_robust_to_arbitrary_bytes(self, blob: bytes) -> None:
        url = (self.extractor.example_urls or (None,))[0]
        case = Case(Path("arbitrary.html"), {"_source": {"input": "arbitrary.html", "url": url}})
        self.run_bounded(case, blob)

    def test_example_urls_claimed_by_this_extractor_only(self) -> None:
        ext = self.extractor
        if ext.kind == "generic":
            assert not ext.example_urls and not ext.article_urls
            assert all(not e.claims(u) for e in registry.extractors() for u in ext.example_urls)
            return
        assert ext.example_urls, f"{ext.__name__} declares no example_urls"
        others = [e for e in registry.extractors() if e.id != ext.id]
        for url in ext.example_urls:
            assert ext.claims(url), f"{ext.id} does not claim its example {url}"
            claimed_by = [e.id for e in others if e.claims(url)]
            assert not claimed_by, f"{url} is also claimed by {claimed_by}"
            found = registry.for_url(url)
            assert found is not None and found.id == ext.id, url

    def test_non_article_urls_not_claimed(self) -> None:
        ext = self.extractor
        if ext.kind == "generic":
            pytest.skip("the generic extractor claims no URLs")
        assert ext.non_article_urls, f"{ext.__name__} declares no non_article_urls"
        for url in ext.non_article_urls:
            assert not ext.claims(url), f"{ext.id} claims the non-article {url}"


__all__ = ["SETTINGS", "ExtractorContract", "fixture_cases", "reencode", "with_charset"]
