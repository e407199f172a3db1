"""Shared test set-up: strict mode (bugs are not wrapped), fixture discovery, ``--update-expected``."""

from __future__ import annotations

import os

os.environ.setdefault("KORNEWS_STRICT", "1")

import pytest
from hypothesis import HealthCheck, settings

# CI runs derandomised (the same examples every run: a red CI is a real regression, never luck);
# locally every run explores new examples.
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


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
