"""行政改革の取組事例集: case studies under topic headings, each naming its places."""
from __future__ import annotations

from assistant.kinds.case_studies.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
