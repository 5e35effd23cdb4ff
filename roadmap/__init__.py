"""Frontier Roadmap: plan industry-oriented research from problem to product."""

__version__ = "0.1.0"
