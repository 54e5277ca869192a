"""事務事業評価シート: one program's key/value cells and indicators."""
from __future__ import annotations

from assistant.kinds.program_sheet.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
