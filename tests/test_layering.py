"""The core never imports the UI libraries; `gyokaku ask` stays free of textual."""
from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT

CORE_PACKAGES = ["formats", "kinds", "text", "store", "query", "export"]
CORE = ["assistant.kinds.registry", "assistant.text.normalize", "assistant.text.wareki", "assistant.text.tokenize",
        "assistant.text.decode", "assistant.store.build", "assistant.store.search", "assistant.query.conversation",
        "assistant.export", "assistant.formats", "assistant.formats.pdf", "assistant.formats.xlsx",
        "assistant.formats.docx", "assistant.formats.html", "assistant.formats.plain"]


def test_core_does_not_load_textual_or_rich():
    code = ("import sys, importlib\n"
            f"for m in {CORE!r}: importlib.import_module(m)\n"
            "import assistant.kinds.registry as L\n"
            "L.kinds()\n"
            "print(','.join(m for m in ('textual', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


def test_core_source_never_imports_ui_libraries():
    """click is loaded by sqlite-utils itself, so for click the check is on our own source."""
    pattern = re.compile(r"^\s*(?:import|from)\s+(textual|rich|click)\b", re.M)
    offenders = [str(p.relative_to(ROOT)) for pkg in CORE_PACKAGES for p in (ROOT / "assistant" / pkg).rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_ask_path_does_not_import_textual(index_path):
    code = ("import sys\n"
            "from assistant.cli import main\n"
            f"sys.argv = ['gyokaku', 'ask', '--json', '--index', {str(index_path)!r}, 'R4に終了した実践項目']\n"
            # (reported by an exit handler: `gyokaku ask` ends its process itself once it has answered)
            "import atexit\n"
            "atexit.register(lambda: print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN', file=sys.stderr))\n"
            "main()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stderr.strip().endswith("CLEAN"), out.stderr


def test_an_ordinary_question_loads_only_what_it_needs(index_path):
    """`gyokaku ask` start-up: a question with no typo and nothing to export imports no fuzzy matching,
    no document formats (zipfile and its codecs) and no UI or spreadsheet library."""
    code = ("import sys\n"
            "from assistant.cli import main\n"
            f"sys.argv = ['gyokaku', 'ask', '--json', '--index', {str(index_path)!r}, 'R4に終了した実践項目']\n"
            "heavy = ('rapidfuzz', 'zipfile', 'assistant.formats', 'textual', 'rich', 'openpyxl', 'assistant.export')\n"
            "import atexit\n"
            "atexit.register(lambda: print('LOADED:' + ','.join(m for m in heavy if m in sys.modules), file=sys.stderr))\n"
            "main()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "LOADED:" in out.stderr, out.stderr
    assert out.stderr.strip().rpartition("LOADED:")[2] == "", out.stderr


def test_a_rendered_answer_loads_no_spreadsheet_library(index_path):
    """`gyokaku ask` printing a table (rich, with its text chart) writes no workbook: openpyxl, the
    heaviest import there is (about 80 ms), is loaded only by an export."""
    code = ("import sys\n"
            "from assistant.cli import main\n"
            f"sys.argv = ['gyokaku', 'ask', '--index', {str(index_path)!r}, '総合評価の内訳']\n"
            "import atexit\n"
            "atexit.register(lambda: print('LOADED:' + ','.join(m for m in ('openpyxl', 'assistant.export.chart')"
            " if m in sys.modules), file=sys.stderr))\n"
            "main()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stderr.strip().rpartition("LOADED:")[2] == "assistant.export.chart", out.stderr


def test_no_module_binds_a_constant_twice():
    """A pattern bound twice under one name silently replaces the first everywhere it is used (two
    _QUANTITY_ASKED, then two _HOW_MANY in conversation.py each broke questions the first one read)."""
    import ast
    from collections import Counter

    twice = []
    for path in sorted((ROOT / "assistant").rglob("*.py")):
        bound = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            bound.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper())
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, n in bound.items() if n > 1]
    assert twice == []
