"""The parts of ``benchmarks/run.py``: pages (loading, grouping), peers (tool adapters), scoring (body token F1),
timing (interleaved measurement, cold start) and report (summary, Markdown, ``docs/benchmarks.md``).

Benchmark-only code: nothing in ``src/kornews`` imports it.
"""
