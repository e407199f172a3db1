"""Extractors registered at run time by the batch tests (importable, so worker processes can unpickle them)."""

from __future__ import annotations

import os
import time

from kornews import Article
from kornews.extractor import Extractor
from kornews.page import Page
from kornews.spec import patterns


class EchoExtractor(Extractor):
    """Claims ``https://echo.example/…`` and returns a fixed article."""

    id = "echotest"
    name = "에코"
    domains = ("echo.example",)
    article_urls = patterns(r"https://echo\.example/")
    article_ids = patterns(r"echo\.example/(?P<id>\d+)")

    def extract(self, page: Page) -> Article:
        return Article(extractor=self.id, outlet=self.id, url=page.url, title="에코", body=("본문",))


class SlowExtractor(Extractor):
    """Claims ``https://slow.example/…`` and never finishes (until its time budget interrupts it)."""

    id = "slowtest"
    name = "느림"
    domains = ("slow.example",)
    article_urls = patterns(r"https://slow\.example/")

    def extract(self, page: Page) -> Article:
        while True:
            time.sleep(0.01)


class CrashExtractor(Extractor):
    """Claims ``https://crash.example/…`` and kills the process reading the page (as a crash in native
    code or the kernel's OOM killer would)."""

    id = "crashtest"
    name = "충돌"
    domains = ("crash.example",)
    article_urls = patterns(r"https://crash\.example/")

    def extract(self, page: Page) -> Article:
        os._exit(70)
