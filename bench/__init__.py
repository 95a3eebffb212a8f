"""Benchmarks: scripts that report numbers (run `python -m bench.run`), not timed tests."""
