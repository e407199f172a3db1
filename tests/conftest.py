"""Shared test set-up: strict mode (bugs are not wrapped), fixture discovery, ``--update-expected``."""

from __future__ import annotations

import os

os.environ.setdefault("KORNEWS_STRICT", "1")

import pytest  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-expected",
        action="store_true",
        default=False,
        help="rewrite fixtures/*/*.json and *.body.txt from the current output (review the diff!)",
    )


@pytest.fixture
def update_expected(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-expected"))
