"""The plugin runs kornews' extractor contract with three lines (the ``kornews`` pytest plugin collects
``TestKornewsContract`` here: every contract property plus the exact expected output of each case)."""

from kornews_example_outlet import ExampleIlbo

kornews_extractor = ExampleIlbo
kornews_fixtures = "../fixtures/exampleilbo"
