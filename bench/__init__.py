"""Benchmarks that `make bench` runs. Figures are printed, never asserted in tests."""
