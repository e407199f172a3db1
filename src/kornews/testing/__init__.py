"""Testing helpers for kornews and for third-party extractor plugins.

* :mod:`kornews.testing.strategies` — hypothesis strategies for Korean news content (sentences,
  paragraphs, reporters, e-mails, KST datetimes, captions) and the :class:`GeneratedArticle` model.
* :mod:`kornews.testing.pages` — page generators, one module per outlet/portal template: each yields
  ``(page_bytes, url, expected_article)``.
* :mod:`kornews.testing.contract` — the property-based contract suite every extractor runs.

Requires the ``test`` extra (``pip install kornews[test]``): hypothesis and pytest.
"""
