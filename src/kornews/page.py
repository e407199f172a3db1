"""Bytes -> text -> one Lexbor tree, with the page's metadata read once.

Input (``read_input``): a gzip stream (recognised by its magic bytes ``1f 8b``, not by a file name)
is decompressed, bounded by the size limit; a WARC file (``WARC/1.x`` at its start) is refused with
:class:`~kornews.errors.ContainerInput`; a page over the size limit (:mod:`kornews.limits`) raises
:class:`~kornews.errors.PageTooLarge`.

Decoding (``decode_page``), after the HTML standard's encoding sniffing, tuned for Korean pages:

1. a byte-order mark (UTF-8, UTF-16LE/BE) wins; bytes whose first 4 KiB are over 10 % NUL, nearly
   all at odd (even) offsets, are UTF-16LE (BE) without a BOM;
2. else the charset of ``content_type`` (the HTTP header), else the first ``<meta charset>`` /
   ``http-equiv`` declaration in the first 4 KiB whose label the WHATWG Encoding standard knows
   (unknown labels such as ``"undefined"`` are ignored; ``iso-8859-1``/``ascii`` mean windows-1252,
   ``x-user-defined`` windows-1252; a UTF-16/UTF-32 declaration on bytes without a BOM is read as
   UTF-8; EUC-KR and its aliases are read as CP949, its superset) is tried strictly;
   a declared single-byte or foreign encoding whose text is not plausible Korean while the bytes are
   valid UTF-8 (or plausible CP949) is a wrong declaration: the bytes are read as UTF-8 (CP949);
3. else strict UTF-8, then strict CP949 when its text is plausible Korean;
4. else the lossy decoding (declared, UTF-8, CP949; undecodable sequences become U+FFFD) with the
   fewest replacements whose text is plausible Korean: one stray byte or a page cut in the middle of
   a character costs one character, not the page;
5. else the declared encoding's strict text (a non-Korean page), else charset-normalizer's guess when
   its text is plausible Korean, else the lossy decoding with the fewest replacements when they are
   under 1 % of the text, else :class:`~kornews.errors.DecodeError`.

"Plausible Korean": at least 30 % of the non-ASCII characters are Hangul syllables and 90 % of those
are among the 2,350 common syllables of KS X 1001 (mojibake lands in rare syllables, Cyrillic, Latin).
The number of U+FFFD the decoding introduced is :attr:`Decoded.errors` (``Article.decode_errors``).
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from collections.abc import Iterator
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import lazyre, limits
from .errors import ContainerInput, DecodeError, InvalidInput, PageTooLarge
from .korean import clean_ws

if TYPE_CHECKING:
    from typing import NamedTuple
else:  # the same class without a ForwardRef per field (see kornews._tuples)
    from ._tuples import NamedTuple

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_META_CHARSET = lazyre.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_CT_CHARSET = lazyre.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_LABELS = {
    # Korean: EUC-KR and its aliases are read as CP949 (UHC), its superset
    **dict.fromkeys(
        "euc-kr euckr cseuckr csksc56011987 iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ks_c_5601 "
        "ksc5601 ksc_5601 windows-949 x-windows-949 ms949 uhc cp949".split(),
        "cp949",
    ),
    **dict.fromkeys("unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8".split(), "utf-8"),
    # UTF-16/32 declared on bytes without a BOM: the HTML standard reads them as UTF-8
    **dict.fromkeys(
        "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff unicodefffe utf-16 utf-16be utf-16le "
        "utf-32 utf-32be utf-32le ucs-4 utf16 utf32".split(),
        "utf-8",
    ),
    # windows-1252 (the WHATWG meaning of latin1/ascii), x-user-defined read as windows-1252
    **dict.fromkeys(
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
        "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined".split(),
        "cp1252",
    ),
    **dict.fromkeys(
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030".split(), "gb18030"
    ),
    **dict.fromkeys("big5 big5-hkscs cn-big5 csbig5 x-x-big5".split(), "big5hkscs"),
    **dict.fromkeys("csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis".split(), "cp932"),
    **dict.fromkeys("cseucpkdfmtjapanese euc-jp x-euc-jp".split(), "euc_jp"),
    **dict.fromkeys("csiso2022jp iso-2022-jp".split(), "iso2022_jp"),
    **dict.fromkeys("x-mac-cyrillic x-mac-ukrainian".split(), "mac-cyrillic"),
    **dict.fromkeys("windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620".split(), "cp874"),
}
_WHATWG_CODECS = frozenset(
    [f"iso8859-{i}" for i in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)]
    + [f"cp{i}" for i in range(1250, 1259)]
    + ["koi8-r", "koi8-u", "cp866", "mac-roman", "mac-cyrillic", "cp874"]
)
"""Python codecs of the other WHATWG encodings, reached through Python's own aliases
(``latin2``, ``windows-1251`` ...); a Python-only codec (``ptcp154``, ``undefined``) is no page encoding."""
_KOREAN_CODECS = frozenset({"cp949", "utf-8"})

_ASCII_BYTES = bytes(range(128))


def label_codec(label: str) -> str | None:
    """The Python codec for an encoding label as the HTML standard reads it (see the module docstring),
    None for a label that names no page encoding."""
    label = label.strip().lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return name if name in _WHATWG_CODECS else None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The codec named by ``content_type`` or the page's own meta tag (first 4 KiB), normalised by
    :func:`label_codec`; labels it does not know are skipped."""
    if content_type:
        m = _CT_CHARSET.search(content_type)
        if m and (codec := label_codec(m.group(1))):
            return codec
    for mb in _META_CHARSET.finditer(data[:4096]):
        codec = label_codec(mb.group(1).decode("ascii", "ignore"))
        if codec:
            return codec
    return None


def hangul_plausible(text: str) -> bool:
    """True when ``text`` reads as Korean (see the module docstring); looks at the first 2 M characters."""
    # its non-ASCII characters, joined: the UTF-8 bytes without their ASCII bytes (one pass each in C)
    return _plausible_raw(text[:2_000_000].encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES))


def _plausible_raw(raw: bytes) -> bool:
    """:func:`hangul_plausible` of a text given as ``raw``: the UTF-8 bytes (``surrogatepass``) of its
    non-ASCII characters, in order (of its first 2 M characters)."""
    chars = raw.decode("utf-8", "surrogatepass")[:400_000].replace("\ufffd", "")
    if not chars:
        return False
    syllables, common = _hangul_counts(chars)
    return syllables * 10 >= len(chars) * 3 and common * 10 >= syllables * 9


def _byte_table(members: range) -> bytes:
    """A ``bytes.translate`` table: 1 for the byte values of ``members`` (a range of step 1 within
    0-255), 0 for the others."""
    return bytes(members.start) + b"\x01" * len(members) + bytes(256 - members.stop)


_COMMON_LEAD = _byte_table(range(0xB0, 0xC9))
_KS_TRAIL = _byte_table(range(0xA1, 0xFF))
_UHC_TRAIL = _byte_table(range(0x41, 0xA1))
_UHC_LEAD_ANY = _byte_table(range(0x81, 0xA1))
_UHC_LEAD_LOW = _byte_table(range(0xA1, 0xC7))


def _hangul_counts(chars: str) -> tuple[int, int]:
    """(Hangul syllables, of which KS X 1001 common ones) in ``chars``, a text without ASCII.

    In C, from its CP949 form (unencodable characters dropped; every other one is two bytes, lead
    and trail): the common syllables are rows 0xB0-0xC8 with trails 0xA1-0xFE, the other 8,822 the
    UHC extension (leads 0x81-0xA0 with any trail; leads 0xA1-0xC6 with trails 0x41-0xA0).  A pair
    test is an AND of two 0/1 byte strings read as integers, counted by ``int.bit_count``."""
    encoded = chars.encode("cp949", "ignore")
    leads, trails = encoded[0::2], encoded[1::2]

    def both(lead_table: bytes, trail_table: bytes) -> int:
        a = int.from_bytes(leads.translate(lead_table), "little")
        return (a & int.from_bytes(trails.translate(trail_table), "little")).bit_count()

    common = both(_COMMON_LEAD, _KS_TRAIL)
    other = leads.translate(_UHC_LEAD_ANY).count(1) + both(_UHC_LEAD_LOW, _UHC_TRAIL)
    return common + other, common


class Decoded(NamedTuple):
    """A decoded page: ``text``, the ``codec`` that produced it (``"utf-8-bom"`` for a UTF-8 BOM,
    ``"charset-normalizer:<name>"`` for a detected one) and ``errors``, the number of undecodable
    byte sequences replaced by U+FFFD (0 for a clean decode)."""

    text: str
    codec: str
    errors: int = 0


_SPLIT_CODECS = frozenset({"cp949"})
"""Codecs :func:`_decode_split` may decode stretch by stretch: multibyte codecs in which a byte under
0x80 is always a whole character (itself) or the last byte of one (CP949: trail bytes 0x41-0x5A,
0x61-0x7A; its decoder reports an invalid pair as one bad lead byte), so that the decoder is between
characters after every ASCII byte, whatever came before."""
_SPLIT_BLOCK = 1024
"""Block size (bytes) of the ASCII test of :func:`_decode_split`."""


class _Split(NamedTuple):
    """:func:`_decode_split`'s result: ``text``; ``utf8``, the same text as UTF-8 bytes; ``raw``, the
    UTF-8 bytes of the non-ASCII characters of ``text`` in order (:func:`_plausible_raw`'s input)."""

    text: str
    utf8: bytes
    raw: bytes


def _decode_split(data: bytes, codec: str, errors: str = "strict", block: int = _SPLIT_BLOCK) -> _Split:
    """``data.decode(codec, errors)`` for a codec of :data:`_SPLIT_CODECS` (the same text, the same
    UnicodeDecodeError in strict mode), faster on markup: the blocks of ``block`` bytes that are all
    ASCII (a test in C, word by word) are copied, only the stretches between them go through the codec
    (its per-byte loop is slow on ASCII too).  A stretch ends just after an ASCII byte (the first of
    an ASCII block: it may be a trail byte), where the decoder is between characters."""
    texts: list[str] = []
    utf8: list[bytes] = []
    coded: list[bytes] = []  # UTF-8 of the stretches decoded by the codec: every non-ASCII character
    n = len(data)
    start = pos = 0  # start: of the stretch pending for the codec; pos: of the block looked at
    while pos < n:
        if not data[pos : pos + block].isascii():
            pos += block
            continue
        end = pos + block
        while end < n and data[end : end + block].isascii():
            end += block
        end = min(end, n)
        cut = pos + 1 if pos > start else pos
        if cut > start:
            piece = data[start:cut].decode(codec, errors)
            texts.append(piece)
            coded.append(piece.encode("utf-8"))
            utf8.append(coded[-1])
        plain = data[cut:end]
        texts.append(plain.decode("ascii"))
        utf8.append(plain)
        start = pos = end
    if start < n:
        piece = data[start:].decode(codec, errors)
        texts.append(piece)
        coded.append(piece.encode("utf-8"))
        utf8.append(coded[-1])
    return _Split("".join(texts), b"".join(utf8), b"".join(coded).translate(None, _ASCII_BYTES))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lossy(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, "replace")
    errors = text.count("\ufffd")
    if errors and codec == "utf-8":
        errors -= data.count(b"\xef\xbf\xbd")  # U+FFFD written in the page itself
    return Decoded(text, codec, max(errors, 0))


def decode_page(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes (see the module docstring for the order); raises DecodeError."""
    return _decode(data, content_type)[0]


def _plausible(decoded: Decoded, split: _Split | None) -> bool:
    """:func:`hangul_plausible` of ``decoded.text``, from the split decoding's non-ASCII bytes when
    the text is within the 2 M characters the test looks at."""
    if split is not None and len(split.text) <= 2_000_000:
        return _plausible_raw(split.raw)
    return hangul_plausible(decoded.text)


def _strict_any(data: bytes, codec: str) -> tuple[Decoded, _Split | None] | None:
    """The strict decoding of ``data`` with ``codec`` (split for :data:`_SPLIT_CODECS`), None when it fails."""
    if codec in _SPLIT_CODECS:
        try:
            split = _decode_split(data, codec)
        except UnicodeDecodeError:
            return None
        return Decoded(split.text, codec), split
    text = _strict(data, codec)
    return None if text is None else (Decoded(text, codec), None)


def _lossy_any(data: bytes, codec: str) -> tuple[Decoded, _Split | None]:
    """:func:`_lossy` (split for :data:`_SPLIT_CODECS`, whose characters hold no U+FFFD)."""
    if codec in _SPLIT_CODECS:
        split = _decode_split(data, codec, "replace")
        return Decoded(split.text, codec, split.text.count("\ufffd")), split
    return _lossy(data, codec), None


def _decode(data: bytes, content_type: str | None) -> tuple[Decoded, bytes | None]:
    """:func:`decode_page`, plus the text as UTF-8 bytes when the decoding had them anyway (the page
    bytes themselves for UTF-8 without errors and ASCII, the split decoding's for CP949), else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            decoded = _lossy(data[len(bom) :], codec)
            clean_utf8 = codec == "utf-8" and not decoded.errors
            return Decoded(decoded.text, codec + "-bom", decoded.errors), data[len(bom) :] if clean_utf8 else None
    head = data[:4096]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if max(odd, even) * 10 > len(head) and min(odd, even) * 10 < max(odd, even):
        # UTF-16 without a BOM: the markup's ASCII leaves a NUL in every other byte
        return _lossy(data[: len(data) & ~1], "utf-16-le" if odd > even else "utf-16-be"), None
    if data.isascii():
        return Decoded(data.decode("ascii"), "utf-8"), data
    declared = declared_charset(data, content_type)
    fallback: Decoded | None = None
    if declared is not None:
        strict = _strict_any(data, declared)
        if strict is not None:
            decoded, split = strict
            if declared == "utf-8":
                return decoded, data
            if _plausible(decoded, split):
                return decoded, split.utf8 if split is not None else None
            fallback = decoded  # a non-Korean page, or a wrong declaration
    if declared != "utf-8" and (text := _strict(data, "utf-8")) is not None:
        return Decoded(text, "utf-8"), data
    if declared != "cp949" and (strict := _strict_any(data, "cp949")) is not None and _plausible(*strict):
        return strict[0], strict[1].utf8 if strict[1] is not None else None
    lossy = [_lossy_any(data, c) for c in dict.fromkeys(c for c in (declared, "utf-8", "cp949") if c)]
    lossy.sort(key=lambda d: d[0].errors)
    for candidate, split in lossy:
        if _plausible(candidate, split):
            return candidate, split.utf8 if split is not None else None
    if fallback is not None:
        return fallback, None
    detected = _detect(data)
    if detected is not None and hangul_plausible(detected.text):
        return detected, None
    best = lossy[0][0]
    if best.errors * 100 <= len(best.text):
        return best, None
    raise DecodeError(
        f"cannot decode page bytes into plausible text (tried {', '.join(d.codec for d, _ in lossy)} "
        "and charset detection)"
    )


def _detect(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is None or not best.encoding:
            return None
        text = data.decode(best.encoding)
    except Exception:  # the detector (or its codec) must never leak its errors
        return None
    if "\x00" in text:
        return None
    return Decoded(text, f"charset-normalizer:{best.encoding}")


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text (see the module docstring for the order); raises DecodeError."""
    return decode_page(data, content_type).text


def decode_with_codec(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """:func:`decode`, also naming the codec that succeeded (``"utf-8-bom"`` for a UTF-8 BOM)."""
    decoded = decode_page(data, content_type)
    return decoded.text, decoded.codec


_SURROGATE = lazyre.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = lazyre.compile(r"\\[uU][dD][89a-fA-F]")
MAX_JSON_CHARS = 5_000_000
"""A JSON-LD or embedded JSON blob longer than this is skipped (structured data is optional evidence)."""
MAX_JSON_DEPTH = 200
"""A JSON-LD or embedded JSON value nested deeper than this is skipped."""


def json_depth_ok(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``value`` (decoded JSON) is nested no deeper than ``limit`` (iterative, linear)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
    return True


_JSON = json.JSONDecoder(strict=False)
"""One decoder for every blob (its scanner keeps no state between calls)."""


def load_json(raw: str, start: int = 0) -> Any:
    """``raw`` (from ``start``) decoded as one JSON value, or None when it is broken, longer than
    :data:`MAX_JSON_CHARS`, nested deeper than :data:`MAX_JSON_DEPTH` or holds lone surrogates
    (``"\\ud800"``, replaced by U+FFFD); extra text after the value is ignored."""
    if len(raw) - start > MAX_JSON_CHARS:
        return None
    try:
        value, end = _JSON.raw_decode(raw, start)
    except (ValueError, RecursionError):
        return None
    # only the value's own text counts (``raw`` may be a whole page with the value in it): a value nested
    # deeper than the limit opens more brackets than that, so count them first (in C)
    if raw.count("{", start, end) + raw.count("[", start, end) > MAX_JSON_DEPTH and not json_depth_ok(value):
        return None
    return _scrub_json(value) if _ESCAPED_SURROGATE.search(raw, start, end) else value


def _scrub_json(value: Any) -> Any:
    """``value`` with lone surrogates in its strings replaced by U+FFFD (iterative)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if not isinstance(value, (dict, list)):
        return value
    root: list[Any] = [value]
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        keys = list(item.keys()) if isinstance(item, dict) else range(len(item))
        for key in keys:
            v = item[key]
            if isinstance(v, str):
                if _SURROGATE.search(v):
                    item[key] = _SURROGATE.sub("\ufffd", v)
            elif isinstance(v, (dict, list)):
                stack.append(v)
        if isinstance(item, dict) and any(isinstance(k, str) and _SURROGATE.search(k) for k in item):
            fixed = {(_SURROGATE.sub("\ufffd", k) if isinstance(k, str) else k): v for k, v in item.items()}
            item.clear()
            item.update(fixed)
    return root[0]


MAX_DEPTH = 512
"""Elements nested deeper than this are attached at this depth (as browsers do: Chromium's parser
stops at 512); a pathologically deep page would otherwise cost quadratic time in the parser."""
_DEPTH_CHECK_TAGS = 10_000
"""Pages with fewer ``<`` than this are not checked for depth (they cannot be slow to parse)."""
_TAG = lazyre.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])[^<>]*>|<!--")
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen frame "
    "p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rt rp rtc html head body".split()
)
"""Void elements and elements whose end tag may be omitted (they do not build depth)."""


_QUICK_TAG = lazyre.compile(
    r"<(/?)(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|option"
    r"|tr|td|th|BR|IMG|P|LI|TD|TR)[\s/>])[A-Za-z]"
)
"""Start/end tags for the quick depth bound (case-sensitive on purpose: fast; the common void and
end-tag-optional names excluded, others only make the bound looser)."""
_STEP = {"": 1, "/": -1}


def _tags(html: str) -> Iterator[tuple[bool, int, int]]:
    """(is end tag, start, end) of each element tag of ``html`` that builds depth, skipping comments
    and the content of raw-text elements (``<script>`` …); linear (``find`` for each closing)."""
    pos, n = 0, len(html)
    lower: str | None = None
    while pos < n:
        m = _TAG.search(html, pos)
        if m is None:
            return
        name = m.group(2)
        if name is None:  # a comment: skip to its end (an unclosed one runs to the end)
            end = html.find("-->", m.end())
            if end < 0:
                return
            pos = end + 3
            continue
        pos = m.end()
        name = name.lower()
        if not m.group(1) and name in _RAW_TEXT:
            if lower is None:
                lower = html.lower()
            end = lower.find("</" + name, pos)
            if end < 0:
                return
            close = html.find(">", end)
            if close < 0:
                return
            pos = close + 1
            continue
        if name in _NOT_NESTING or (not m.group(1) and m.group(0).endswith("/>")):
            continue
        yield bool(m.group(1)), m.start(), m.end()


def limit_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with the start and end tags of elements nested deeper than ``max_depth`` removed
    (their content stays, attached at that depth); the same string when no element is that deep or
    the page has fewer than 10,000 tags.  Linear: one scan over the tags (two when it cuts)."""
    if html.count("<") < _DEPTH_CHECK_TAGS:
        return html
    # quick bound in C: running sum of +1 per start / -1 per end tag; max - min bounds the depth
    sums = list(accumulate(map(_STEP.__getitem__, _QUICK_TAG.findall(html))))
    if not sums or max(sums) - min(0, min(sums)) <= max_depth:
        return html
    depth = 0
    for is_end, _, _ in _tags(html):
        depth = max(depth - 1, 0) if is_end else depth + 1
        if depth > max_depth:
            break
    else:
        return html
    out: list[str] = []
    last = 0
    stack: list[bool] = []  # per open element: True when its tags are dropped
    for is_end, start, end in _tags(html):
        if is_end:
            if not stack or not stack.pop():
                continue
        else:
            drop = len(stack) >= max_depth
            stack.append(drop)
            if not drop:
                continue
        out.append(html[last:start])
        last = end
    out.append(html[last:])
    return "".join(out)


_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = lazyre.compile(rb"\s{0,64}WARC/1\.")
_WARC_MAGIC_STR = lazyre.compile(r"\s{0,64}WARC/1\.")


def gunzip(data: bytes, limit: int | None) -> bytes:
    """Decompress a gzip stream (every member of a multi-member stream), reading at most ``limit``
    bytes of output (PageTooLarge beyond that); a corrupt stream raises DecodeError."""
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest[:2] == _GZIP_MAGIC:
            d = zlib.decompressobj(wbits=31)
            chunk = rest
            while chunk:
                budget = 0 if limit is None else limit - size + 1
                piece = d.decompress(chunk, budget)
                out.append(piece)
                size += len(piece)
                if limit is not None and size > limit:
                    raise PageTooLarge(size, limit)
                chunk = d.unconsumed_tail
            if not d.eof:
                raise DecodeError("gzip stream is truncated")
            rest = d.unused_data
    except zlib.error as exc:
        raise DecodeError(f"corrupt gzip stream: {exc}") from exc
    return b"".join(out)


def _check_one_page(size: int, limit: int | None, warc: bool) -> None:
    """Raise PageTooLarge when ``size`` (bytes or characters) is over ``limit`` (None: no limit),
    else ContainerInput when the input is a WARC file (``warc``) rather than one page."""
    if limit is not None and size > limit:
        raise PageTooLarge(size, limit)
    if warc:
        raise ContainerInput(
            "this is a WARC file (many records), not one page: read it with the WARC input "
            "(`kornews extract --warc FILE` or kornews.warc)"
        )


def read_input(page: object, max_bytes: int | None = None) -> bytes | str:
    """Check one page given to the single-page API: bytes-like (gzip decompressed, bounded) or str,
    within the size limit (``max_bytes``, else :func:`kornews.limits.max_bytes`), and not a WARC file.

    Raises InvalidInput (other types), PageTooLarge, ContainerInput, DecodeError (corrupt gzip)."""
    limit = limits.max_bytes(max_bytes)
    if isinstance(page, (bytes, bytearray, memoryview)):
        data = bytes(page)
        if data[:2] == _GZIP_MAGIC:
            data = gunzip(data, limit)
        _check_one_page(len(data), limit, _WARC_MAGIC.match(data, 0, 80) is not None)
        return data
    if isinstance(page, str):
        _check_one_page(len(page), limit, _WARC_MAGIC_STR.match(page, 0, 80) is not None)
        return page
    raise InvalidInput(f"page must be bytes or str, not {type(page).__name__}")


def host_of(url: str | None) -> str:
    """Lower-case host of ``url`` without ``www.``/``m.``-style prefixes kept (``""`` if none)."""
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


_NUL_SAFE = frozenset({"utf-8", "cp949"})
"""Codecs in which a zero byte only ever encodes U+0000 (so the bytes can be tested for it)."""

_METADATA = 'meta, link[rel*="canonical" i], script[type="application/ld+json"]'
"""The nodes :class:`Page` reads metadata from (one query; told apart by tag): of the ``<link>``
tags only those whose ``rel`` may name ``canonical`` (a substring in any case: a superset of the
tokens :attr:`Page.canonical` accepts)."""
_META_TAG_ID, _LINK_TAG_ID = (
    n.tag_id for n in LexborHTMLParser("<meta><link>").css("meta, link")  # Lexbor's ids of the two tags
)

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "webpage",
}


class Page:
    """One decoded, parsed page.  Build with :meth:`from_input`; the tree is parsed once.

    ``meta`` maps lower-cased ``name``/``property``/``itemprop`` of ``<meta>`` tags to the first
    non-empty ``content``; ``jsonld`` is every JSON-LD object (``@graph`` flattened) that parsed.
    """

    def __init__(self, html: str, url: str | None = None, *, utf8: bytes | None = None) -> None:
        self.html = html
        self.url = url
        self.codec: str | None = None
        """The codec the page bytes were decoded with (None for ``str`` input)."""
        self.decode_errors = 0
        """How many undecodable byte sequences decoding replaced by U+FFFD."""
        self.scans_deferred = False
        """While True, :meth:`mentions` answers False without scanning (see ``registry.for_page``)."""
        self.memo: dict[Any, Any] = {}
        """Answers about this page computed once per page by the extractors (keyed by the asker,
        e.g. ``("layout", extractor)``: :meth:`kornews.extractor.HtmlExtractor.layout_for`)."""
        # ``utf8``: the same page as UTF-8 bytes, when the caller has them (saves re-encoding ``html``)
        self.tree = LexborHTMLParser(utf8 if utf8 is not None else html)

    @classmethod
    def from_input(
        cls,
        page: bytes | str,
        url: str | None = None,
        content_type: str | None = None,
        *,
        max_bytes: int | None = None,
    ) -> Page:
        """Check ``page`` (:func:`read_input`), decode it if it is bytes (:func:`decode_page`), then
        parse it."""
        checked = read_input(page, max_bytes)
        if isinstance(checked, bytes):
            decoded, utf8 = _decode(checked, content_type)
            html = decoded.text
            # in UTF-8 and CP949 a zero byte is U+0000 and nothing else: test the bytes (memchr), once
            has_nul = (b"\x00" in checked) if decoded.codec in _NUL_SAFE else ("\x00" in html)
            if has_nul:
                html = html.replace("\x00", "")
            shallow = limit_nesting(html)
            if shallow is not html or has_nul:
                parsed = cls(shallow, url)
            elif utf8 is not None:
                # UTF-8 bytes the decoding had anyway go to the parser (no re-encoding of ``html``): the
                # page's own (UTF-8 without errors, ASCII), the split decoding's (CP949)
                parsed = cls(html, url, utf8=utf8)
            else:
                parsed = cls(html, url)
            parsed.codec = decoded.codec
            parsed.decode_errors = decoded.errors
            return parsed
        if "\x00" in checked:
            checked = checked.replace("\x00", "")
        if _SURROGATE.search(checked):  # a lone surrogate cannot go to the parser (nor to UTF-8 output)
            checked = _SURROGATE.sub("\ufffd", checked)
        return cls(limit_nesting(checked), url)

    # -- selection helpers -------------------------------------------------------------------
    def first(self, *selectors: str) -> LexborNode | None:
        """The first node matching the first selector that matches anything."""
        for sel in selectors:
            node = self.tree.css_first(sel)
            if node is not None:
                return node
        return None

    def text(self, *selectors: str) -> str | None:
        """Whitespace-normalised text of the first node, in selector order then page order, whose text
        is not empty; None when there is none."""
        tree = self.tree
        for sel in selectors:
            node = tree.css_first(sel)  # the query stops at the first match: usually the answer
            if node is None:
                continue
            t = clean_ws(node.text(separator=" "))
            if t:
                return t
            for node in tree.css(sel)[1:]:
                t = clean_ws(node.text(separator=" "))
                if t:
                    return t
        return None

    def absolute(self, link: str | None) -> str | None:
        """``link`` resolved against the page URL (or canonical URL)."""
        if not link:
            return None
        link = link.strip()
        if link.startswith("//"):
            return "https:" + link
        if (
            link.startswith(("https://", "http://"))
            and not link.endswith(("?", "#"))
            and "/." not in link
            and ";" not in link
            and "?#" not in link
        ):
            return link  # already absolute and nothing urljoin would normalise
        base = self.url or self.canonical
        try:
            return urljoin(base, link) if base else link
        except ValueError:
            return link

    def mentions(self, needle: str) -> bool:
        """True when ``needle`` occurs anywhere in the page's HTML source: a scan of the whole text,
        the weakest evidence there is; False without scanning while :attr:`scans_deferred` is set
        (the registry's first recognition pass, which only looks at hosts, metadata and markup)."""
        return not self.scans_deferred and needle in self.html

    # -- metadata ----------------------------------------------------------------------------
    @cached_property
    def _metadata_nodes(self) -> tuple[list[LexborNode], list[LexborNode], list[LexborNode]]:
        """(``<meta>``, ``<link rel>`` that may be canonical, JSON-LD ``<script>``) nodes in page order:
        one selector query over the whole document (:data:`_METADATA`) for all of :attr:`meta`,
        :attr:`canonical`, :attr:`jsonld`, :meth:`meta_values`."""
        metas: list[LexborNode] = []
        links: list[LexborNode] = []
        scripts: list[LexborNode] = []
        meta_id, link_id = _META_TAG_ID, _LINK_TAG_ID
        for node in self.tree.css(_METADATA):
            tag = node.tag_id  # an int: no tag name built per node
            (metas if tag == meta_id else links if tag == link_id else scripts).append(node)
        return metas, links, scripts

    @cached_property
    def _meta_attrs(self) -> list[dict[str, str | None]]:
        """The attributes of every ``<meta>`` (:attr:`_metadata_nodes`), in page order: read from the tree
        once for :attr:`meta` and :meth:`meta_values` (each ``node.attributes`` builds a new dict)."""
        return [node.attributes for node in self._metadata_nodes[0]]

    def meta_values(self, prop: str) -> list[str]:
        """The ``content`` of every ``<meta property=prop>`` (exact ``property``), in page order."""
        out: list[str] = []
        for attrs in self._meta_attrs:
            if attrs.get("property") == prop:
                content = attrs.get("content")
                if content is not None:
                    out.append(content)
        return out

    @cached_property
    def meta(self) -> dict[str, str]:
        """``<meta>`` content by lower-cased name/property/itemprop (first non-empty wins)."""
        out: dict[str, str] = {}
        for attrs in self._meta_attrs:
            content = attrs.get("content")
            if not content or not (content := content.strip()):
                continue
            for key in ("property", "name", "itemprop"):
                k = attrs.get(key)
                if k:
                    out.setdefault(k.strip().lower(), content)
        return out

    @cached_property
    def canonical(self) -> str | None:
        """``<link rel=canonical>`` href, else ``og:url``; None if neither."""
        for node in self._metadata_nodes[1]:
            if "canonical" in (node.attributes.get("rel") or "").lower().split():
                href = (node.attributes.get("href") or "").strip()
                if href:
                    return href
        return self.meta.get("og:url")

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object of the page, ``@graph`` members flattened, in page order."""
        out: list[dict[str, Any]] = []
        for node in self._metadata_nodes[2]:
            data = load_json((node.text(deep=True) or "").strip())
            if data is not None:
                out.extend(_flatten_ld(data))
        return out

    @cached_property
    def article_ld(self) -> dict[str, Any] | None:
        """The first JSON-LD object whose ``@type`` is a (news) article type."""
        for obj in self.jsonld:
            types = obj.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES and t.lower() != "webpage" for t in names):
                return obj
        return None

    def scripts(self, selector: str = "script") -> Iterator[str]:
        """Text of every script matching ``selector``."""
        for node in self.tree.css(selector):
            yield node.text(deep=True) or ""

    @cached_property
    def hosts(self) -> tuple[str, ...]:
        """Hosts of the given URL, canonical URL and ``og:url`` (lower-case, deduplicated)."""
        seen: list[str] = []
        for u in (self.url, self.canonical, self.meta.get("og:url")):
            h = host_of(u)
            if h and h not in seen:
                seen.append(h)
        return tuple(seen)


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value in document order: lists and ``@graph`` lists flattened (iterative)."""
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            else:
                yield item


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: strings as-is, ``{"name": …}`` objects by name, lists joined by ``, ``."""
    for _ in range(32):  # {"name": {"name": …}} chains, bounded
        if isinstance(value, dict):
            value = value.get("name")
        else:
            break
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, str):
        return clean_ws(value) or None
    if isinstance(value, list):
        parts = [p for p in (ld_text(v) for v in value if not isinstance(v, list)) if p]
        return ", ".join(parts) or None
    return str(value)


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)
