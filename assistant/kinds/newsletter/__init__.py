"""市民協働ニュースレター: articles, Q&A pairs, events and a featured model project."""
from __future__ import annotations

from assistant.kinds.newsletter.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
