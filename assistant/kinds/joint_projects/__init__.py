"""連携事業の進捗状況: a table of projects shared by two or more municipalities."""
from __future__ import annotations

from assistant.kinds.joint_projects.loader import KIND, detect, parse

__all__ = ["KIND", "detect", "parse"]
