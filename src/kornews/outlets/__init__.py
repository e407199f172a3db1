"""Outlet extractors: one module per outlet, discovered automatically."""
