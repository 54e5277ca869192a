"""行革プランの意見書と進捗状況シート: practice items, initiatives, committee comments, progress sheets."""
from __future__ import annotations

from assistant.kinds.plan_report.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
