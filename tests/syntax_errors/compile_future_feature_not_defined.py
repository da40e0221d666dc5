"""Docstring."""
from __future__ import annotations, better_syntax
