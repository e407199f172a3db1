"""Page generators: one module per outlet/portal template (see kornews.testing.strategies)."""
