"""JSON: the CLI contract's Answer object (`Answer.to_dict()`), UTF-8, indented."""
from __future__ import annotations

import json


def to_json(answer) -> str:
    return json.dumps(answer.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
