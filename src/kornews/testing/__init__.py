"""Testing helpers for kornews and for third-party extractor plugins.

* :mod:`kornews.testing.strategies` — hypothesis strategies for Korean news content (sentences,
  paragraphs, reporters, e-mails, KST datetimes, captions) and the :class:`GeneratedArticle` model.
* :mod:`kornews.testing.fixtures` — the fixture format (a case JSON with its ``_source`` block) and
  its one loader: :func:`~kornews.testing.fixtures.cases`, :func:`~kornews.testing.fixtures.run`.
* :mod:`kornews.testing.contract` — the property-based contract suite every extractor runs.
* :mod:`kornews.testing.plugin` — the pytest plugin (entry point ``kornews``) that runs the contract
  for a third-party package from two settings in its conftest.

``strategies``, ``contract`` and ``plugin`` require the ``test`` extra (``pip install kornews[test]``):
hypothesis and pytest.  ``fixtures`` needs nothing beyond kornews.
"""
