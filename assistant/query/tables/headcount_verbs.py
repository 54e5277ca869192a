"""「研修をいちばん多く受けた所属」「いちばん多く参加した地区」 over a table of head counts (its figures in 人 or 名:
受講者数, 参加者数 by 所属 and year): taking part is what each figure counts, so the verb after the superlative says
nothing more than the figure does. Read only when every figure of the table counts persons."""
from __future__ import annotations

from assistant.query.compiled import compiled

# The verb of taking part right after 「いちばん多く」「最も多く」 (the superlative itself is read as the extreme).
_TOOK_PART = compiled(r"(?<=多く)\s*(?:を)?(?:受け|受講し|参加し|出席し|来場し|来館し|利用し|集まっ|訪れ|来)"
                      r"(?:た|ている|てる|ていた|てた|る|ます|ました)")
_PERSONS = ("人", "名")


def read_headcount_verbs(t, qn: str, free, take) -> None:
    """Take the verb of taking part said after a superlative as read (a filler) over a table of head counts."""
    figures = [c for c in t.columns if c.numeric]
    if not figures or not all(c.unit in _PERSONS for c in figures):
        return
    for m in _TOOK_PART.finditer(qn):
        if free(*m.span()):
            take(*m.span(), "filler")
