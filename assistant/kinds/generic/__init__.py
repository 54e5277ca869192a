"""Any other document: its text as passages (tried last)."""
from __future__ import annotations

from assistant.kinds.generic.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
