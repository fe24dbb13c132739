"""Cited answers over local-government committee reports, offline."""

__version__ = "0.1.0"
