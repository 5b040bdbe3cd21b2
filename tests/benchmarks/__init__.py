"""Benchmarks, run by hand: ``python -m tests.benchmarks`` (see README, "Benchmarks")."""
