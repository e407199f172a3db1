"""Compatibility shim: the names outlet modules, plugins and tests import from ``kornews.base``.

The core is cut along its seams (import from the home module in new code):

* :mod:`kornews.spec`: the rule/layout vocabulary (``patterns``, ``Rules``, ``Layout``);
* :mod:`kornews.cleanup`: the shared cleanup (``assemble``, ``Body``, ``drop_boxes``, ``drop_lists``,
  ``union``, ``is_deck_line``, ``BOX_TAGS``, ``LIST_RUN``);
* :mod:`kornews.content`: content finding as pure functions (density pass, text reading);
* :mod:`kornews.boilerplate`: boilerplate signals shared by every extractor (``GENERIC_RULES``);
* :mod:`kornews.extractor`: the ``Extractor``/``HtmlExtractor`` classes and reporter helpers.
"""

from __future__ import annotations

from .cleanup import BOX_TAGS, LIST_RUN, Body, assemble, drop_boxes, drop_lists, is_deck_line, union
from .extractor import Extractor, HtmlExtractor, ld_reporters, to_reporters
from .spec import Layout, Rules, patterns

__all__ = [
    "BOX_TAGS",
    "LIST_RUN",
    "Body",
    "Extractor",
    "HtmlExtractor",
    "Layout",
    "Rules",
    "assemble",
    "drop_boxes",
    "drop_lists",
    "is_deck_line",
    "ld_reporters",
    "patterns",
    "to_reporters",
    "union",
]
