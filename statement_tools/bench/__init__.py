"""Benchmarks behind `make bench`: build overhead, scaling, load time, page weight, bundle and PDF."""
