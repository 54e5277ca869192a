"""The core never imports the UI libraries; `gyokaku ask` stays free of textual."""
from __future__ import annotations

import subprocess
import sys

CORE = ["assistant.loaders", "assistant.text.normalize", "assistant.text.wareki", "assistant.text.tokenize",
        "assistant.store.build", "assistant.store.search", "assistant.query.conversation", "assistant.export"]


def test_core_does_not_import_ui_libraries():
    code = ("import sys, importlib\n"
            f"for m in {CORE!r}: importlib.import_module(m)\n"
            "import assistant.loaders as L\n"
            "L.loaders()\n"
            "bad = [m for m in ('textual', 'rich', 'click') if m in sys.modules]\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_ask_path_does_not_import_textual(index_path):
    code = ("import sys\n"
            "from assistant.cli import main\n"
            f"sys.argv = ['gyokaku', 'ask', '--json', '--index', {str(index_path)!r}, 'R4に終了した実践項目']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN', file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().endswith("CLEAN"), out.stderr
