"""Loaders: one module per document kind, each with KIND, detect(text) and parse(text, source).

A document's kind is recognised from its content, never from its file name. `generic` accepts
anything and is always tried last.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from assistant.model import ParsedDocument

# Order matters only in that the generic loader comes last.
LOADER_MODULES = (
    "plan_report",
    "joint_projects",
    "case_studies",
    "program_sheet",
    "newsletter",
    "generic",
)


def loaders() -> list[ModuleType]:
    return [importlib.import_module(f"assistant.loaders.{name}") for name in LOADER_MODULES]


def detect(text: str) -> ModuleType:
    """The loader module whose detect() accepts the text (the generic one if none does)."""
    for module in loaders():
        if module.detect(text):
            return module
    raise AssertionError("the generic loader accepts every text")


def parse(text: str, source: str) -> ParsedDocument:
    return detect(text).parse(text, source)
