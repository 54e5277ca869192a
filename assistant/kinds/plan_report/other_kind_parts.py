"""A part of a plan report's workbook that is a document of another kind (a sheet of joint projects after the
progress table: 「広域連携事業一覧」): read by that kind's loader and kept beside the report's records, since a
file is read as one kind and the part would otherwise be lost."""
from __future__ import annotations

from dataclasses import replace

from assistant.errors import DocumentError
from assistant.kinds.joint_projects import loader as joint_projects
from assistant.model import ParsedDocument


def add_parts_after(doc: ParsedDocument, lines: list[str], after: int, source: str) -> bool:
    """Read the lines after line `after` (0-based) as a joint projects table when that kind recognises them
    from some paragraph on (a blank line before it); its records and passages point at the report's lines.
    Whether it found one."""
    for k in range(after + 1, len(lines)):
        if lines[k - 1].strip() or not lines[k].strip():
            continue
        rest = "\n".join(lines[k:])
        if not joint_projects.detect(rest):
            continue
        try:
            part = joint_projects.parse(rest, source)
        except DocumentError:
            return False
        doc.records.extend(replace(r, line=r.line + k, end_line=r.end_line + k if r.end_line else r.end_line)
                           for r in part.records)
        doc.passages.extend(replace(p, line=p.line + k) for p in part.passages)
        return True
    return False
