"""Benchmarks: each prints figures (they assert nothing). Run all with ``make bench``."""
