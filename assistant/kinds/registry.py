"""The document kinds, in detection order: each is a package under assistant/kinds/ with KIND, detect(text)
and parse(text, source).

A document's kind is recognised from its content, never from its file name. `generic` accepts anything
and is always tried last.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from assistant.model import ParsedDocument

# Order matters only in that the generic kind comes last.
KIND_PACKAGES = (
    "plan_report",
    "joint_projects",
    "case_studies",
    "program_sheet",
    "newsletter",
    "generic",
)


def kinds() -> list[ModuleType]:
    return [importlib.import_module(f"assistant.kinds.{name}") for name in KIND_PACKAGES]


def detect(text: str) -> ModuleType:
    """The kind package whose detect() accepts the text (the generic one if none does)."""
    for module in kinds():
        if module.detect(text):
            return module
    raise AssertionError("the generic kind accepts every text")


def parse(text: str, source: str) -> ParsedDocument:
    return detect(text).parse(text, source)
