"""Render every HTML fixture to text as real browsers do, for the text-mode tests (dev tool only).

Usage (from the repo root)::

    python tools/render_fixtures.py            # (re)write every stale rendering
    python tools/render_fixtures.py --check    # list stale or missing renderings, exit 1 if any
    python tools/render_fixtures.py --force    # rewrite all renderings
    python tools/render_fixtures.py fixtures/newspim/layout-2026.html   # only these pages

For each ``fixtures/<outlet>/<case>.html`` (or ``.html.gz``) it writes
``fixtures/<outlet>/renders/<case>.<renderer>.txt`` (UTF-8, LF line ends) for three renderers:

* ``chromium``: Debian ``chromium`` headless, ``document.body.innerText`` of the page loaded from a
  ``file://`` URL, read over the DevTools protocol on a pipe (``--remote-debugging-pipe``: no
  websocket library, no port).  Scripts run as in a user's browser, but the page cannot reach the
  network: every host resolves to nothing and every request goes to a dead proxy, and Chromium's
  own background traffic is switched off.  One browser serves all pages (a fresh profile directory).
* ``w3m``: ``w3m -dump -cols 80`` (hard-wrapped at 80 columns; a Hangul syllable takes 2 columns).
* ``lynx``: ``lynx -dump -width=80`` (hard-wrapped, with its ``[12]`` link markers and the
  ``References`` list of link URLs at the end).

The characters are the ones kornews reads (:func:`render_bytes`).  A page whose declared charset is
the one ``kornews.page.decode_page`` decodes it with (UTF-8 when it declares none) is given to
Chromium and w3m as it is: they decode it right (w3m then counts the ambiguous-width characters of an
EUC-KR page, ``“ ” ‘ ’ · …``, as two columns, as a user's w3m does).  Otherwise, and to lynx for any
page not in UTF-8, the page goes as the text kornews decodes, in UTF-8, its charset declarations
rewritten to ``utf-8``; so a rendering is what a user sees with a browser that reads the page right:

* lynx (2.9.0dev) decodes an EUC-KR page's text but not its attribute values (``alt``, ``title``:
  image alt text and link titles come out as Latin-1 mojibake), and no option fixes it
  (``-assume_charset`` and ``-assume_local_charset`` only apply to pages that declare nothing,
  ``-html5_charsets`` changes nothing here): given the page in UTF-8 it renders all of it right;
* the legacy Naver page of 2017 (``naver_news.naver.com_main_read_2017-04-20.html``) was saved
  as UTF-8 but still declares ``<meta charset="euc-kr">``: a browser following the HTML standard
  believes the declaration and shows mojibake (no reader saw that: the page was served in EUC-KR),
  kornews finds the declaration wrong (the bytes are not EUC-KR and are valid UTF-8) and reads UTF-8;
  the renderings show what its readers saw.

Each rendering's first line records where it came from::

    # render: <renderer> <tool version> <recipe> sha256=<first 16 hex of the HTML bytes>

so ``--check`` knows a rendering is stale when the fixture's HTML, the renderer or the way it is
run (:data:`RECIPE`) changed; the text-mode tests skip that line.  Renderings are deterministic for a
given tool version (checked by rendering twice); CI never runs this script: the renderings are committed.

Needs ``apt-get install -y chromium w3m lynx`` (run as root: Chromium is started with
``--no-sandbox``).  Takes about a second per page.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
RENDERERS = ("chromium", "w3m", "lynx")
HEADER = "# render: "
RECIPE = "recipe=2"
"""How the tools are run (bumped when the command lines or :func:`render_bytes` change: every rendering
is then stale).  1: the page's bytes as they are; 2: non-UTF-8 pages transcoded (:func:`render_bytes`)."""
LOAD_TIMEOUT = 15.0
"""Seconds to wait for a page's load event before reading it anyway."""

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--metrics-recording-only",
    "--no-pings",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--window-size=1280,2000",
    "--lang=ko-KR",
    "--remote-debugging-pipe",
)


def html_pages(only: list[str]) -> list[Path]:
    """The HTML fixtures (``*.html``, ``*.html.gz``), sorted, or only those given."""
    if only:
        return [Path(p).resolve() for p in only]
    pages = [*FIXTURES.glob("*/*.html"), *FIXTURES.glob("*/*.html.gz")]
    return sorted(p for p in pages if p.parent.name != "renders")


def case_name(page: Path) -> str:
    name = page.name
    for suffix in (".html.gz", ".html"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return page.stem


def render_path(page: Path, renderer: str) -> Path:
    return page.parent / "renders" / f"{case_name(page)}.{renderer}.txt"


def html_bytes(page: Path) -> bytes:
    raw = page.read_bytes()
    return gzip.decompress(raw) if page.name.endswith(".gz") else raw


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def tool_version(renderer: str) -> str:
    cmd = {"chromium": ["chromium", "--version"], "w3m": ["w3m", "-version"], "lynx": ["lynx", "-version"]}[renderer]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    for word in out.replace(",", " ").split():
        if any(c.isdigit() for c in word) and "." in word:
            return word.strip("/")
    return out


def header(renderer: str, version: str, data: bytes) -> str:
    return f"{HEADER}{renderer} {version} {RECIPE} sha256={digest(data)}\n"


_META_CHARSET = re.compile(r"""(<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*)([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def render_bytes(data: bytes, renderer: str) -> bytes:
    """The page as ``renderer`` gets it: ``data`` itself when ``kornews.page.decode_page`` decodes it with
    the charset it declares (UTF-8 when none) and the renderer reads that charset right (lynx: only
    UTF-8); otherwise the text ``decode_page`` reads, encoded as UTF-8, with each charset declaration
    (``<meta charset>``, ``<meta http-equiv="Content-Type" content="…; charset=…">``) saying ``utf-8``
    (one inserted after ``<head>`` when there is none)."""
    if str(ROOT / "src") not in sys.path:  # this repository's kornews, whichever is installed
        sys.path.insert(0, str(ROOT / "src"))
    from kornews.page import declared_charset, decode_page

    decoded = decode_page(data)
    if decoded.codec == (declared_charset(data) or "utf-8") and (decoded.codec == "utf-8" or renderer != "lynx"):
        return data
    text, n = _META_CHARSET.subn(lambda m: m.group(1) + "utf-8", decoded.text)
    if not n:
        head = _HEAD.search(text)
        at = head.end() if head else 0
        text = text[:at] + '<meta charset="utf-8">' + text[at:]
    return text.encode("utf-8")


def normalise(text: str) -> str:
    """LF line ends, no trailing spaces, no trailing empty lines (the renderings' only post-processing)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


# -- w3m and lynx --------------------------------------------------------------------------------
def dump(renderer: str, html: Path) -> str:
    if renderer == "w3m":
        cmd = ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-O", "UTF-8", "-o", "display_image=0", str(html)]
    else:
        cmd = ["lynx", "-dump", "-width=80", "-display_charset=UTF-8", "-nocolor", "-force_html", str(html)]
    env = {**os.environ, "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    done = subprocess.run(cmd, capture_output=True, check=True, env=env, timeout=60)
    return normalise(done.stdout.decode("utf-8", "replace"))


# -- Chromium over the DevTools pipe ----------------------------------------------------------
class Chromium:
    """A headless Chromium driven over ``--remote-debugging-pipe`` (JSON messages ended by NUL)."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="kornews-render-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # the child reads commands on fd 3 and writes replies on fd 4
        os.set_inheritable(to_child_r, True)
        os.set_inheritable(from_child_w, True)

        def fds() -> None:
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.proc = subprocess.Popen(
            ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,
            close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._next = 0
        self._events: list[dict[str, object]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _send(self, method: str, params: dict[str, object], session: bool) -> int:
        self._next += 1
        msg: dict[str, object] = {"id": self._next, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        return self._next

    def _read(self, timeout: float) -> dict[str, object]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buf += chunk
        raw, _, self._buf = self._buf.partition(b"\0")
        message: dict[str, object] = json.loads(raw)
        return message

    def call(self, method: str, *, session: bool = False, timeout: float = 30, **params: object) -> dict[str, object]:
        mid = self._send(method, params, session)
        while True:
            msg = self._read(timeout)
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                result = msg.get("result")
                return result if isinstance(result, dict) else {}
            self._events.append(msg)

    def wait_event(self, method: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while True:
            for i, ev in enumerate(self._events):
                if ev.get("method") == method:
                    del self._events[: i + 1]
                    return
            self._events.clear()
            self._events.append(self._read(deadline - time.monotonic()))

    def inner_text(self, html: Path) -> str:
        self._events.clear()
        self.call("Page.navigate", session=True, url=html.as_uri())
        try:
            self.wait_event("Page.loadEventFired", timeout=LOAD_TIMEOUT)
        except TimeoutError:  # a script or a resource that never finishes: read what is there
            self.call("Page.stopLoading", session=True)
        result = self.call(
            "Runtime.evaluate",
            session=True,
            expression="document.body ? document.body.innerText : ''",
            returnByValue=True,
        )
        value = result.get("result", {})
        text = value.get("value", "") if isinstance(value, dict) else ""
        return normalise(str(text))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        shutil.rmtree(self.profile, ignore_errors=True)


# -- driver ------------------------------------------------------------------------------------
def stale(page: Path, renderer: str, version: str) -> bool:
    path = render_path(page, renderer)
    if not path.exists():
        return True
    first = path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
    return first != header(renderer, version, html_bytes(page))


STAGE = Path(tempfile.gettempdir()) / "kornews-render"
"""Pages are rendered from ``<STAGE>/<outlet>/<case>.html`` (a fixed path: lynx prints the URLs of
relative links, which must not depend on where the repository is checked out)."""


def staged(page: Path, renderer: str) -> Path:
    """A copy of the page as ``renderer`` gets it (unpacked if gzipped, see :func:`render_bytes`) at its
    fixed place under :data:`STAGE`."""
    target = STAGE / page.parent.name / f"{case_name(page)}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(render_bytes(html_bytes(page), renderer))
    return target


def work(pages: list[Path], renderers: tuple[str, ...], force: bool) -> Iterator[tuple[Path, str]]:
    versions = {r: tool_version(r) for r in renderers}
    todo = [(p, r) for p in pages for r in renderers if force or stale(p, r, versions[r])]
    if not todo:
        return
    browser = Chromium() if any(r == "chromium" for _, r in todo) else None
    try:
        for page, renderer in todo:
            source = staged(page, renderer)
            text = browser.inner_text(source) if renderer == "chromium" and browser else dump(renderer, source)
            out = render_path(page, renderer)
            out.parent.mkdir(exist_ok=True)
            out.write_text(header(renderer, versions[renderer], html_bytes(page)) + text, encoding="utf-8")
            yield page, renderer
    finally:
        if browser is not None:
            browser.close()
        shutil.rmtree(STAGE, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="*", help="HTML fixtures to render (default: all)")
    ap.add_argument("--check", action="store_true", help="report stale or missing renderings, write nothing")
    ap.add_argument("--force", action="store_true", help="rewrite renderings even when up to date")
    ap.add_argument("--renderer", action="append", choices=RENDERERS, help="only this renderer (repeatable)")
    args = ap.parse_args(argv)
    renderers = tuple(args.renderer or RENDERERS)
    pages = html_pages(args.pages)
    if args.check:
        versions = {r: tool_version(r) for r in renderers if shutil.which(r if r != "chromium" else "chromium")}
        bad = []
        for page in pages:
            for r in renderers:
                path = render_path(page, r)
                if not path.exists():
                    bad.append(f"missing  {path.relative_to(ROOT)}")
                elif r in versions and stale(page, r, versions[r]):
                    bad.append(f"stale    {path.relative_to(ROOT)}")
                elif r not in versions:
                    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
                    if not first.endswith(f"sha256={digest(html_bytes(page))}"):
                        bad.append(f"stale    {path.relative_to(ROOT)}")
        print("\n".join(bad) if bad else f"all {len(pages) * len(renderers)} renderings are up to date")
        return 1 if bad else 0
    n = 0
    for page, renderer in work(pages, renderers, args.force):
        n += 1
        print(f"rendered {render_path(page, renderer).relative_to(ROOT)}", file=sys.stderr)
    print(f"{n} renderings written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
