"""「鶲ヶ江町の負担割合が50％以上」 over a column printing each member's share in one cell (「鶲ヶ江町50％、蒔岡町30％、
雉ヶ内村20％」): the figure the cell gives that member, compared. A cell giving the member no figure of its own
(「利用人数割」「負担なし」, or a list without that member) is no row of the answer, and the answer says so."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.per_table import per_table
from assistant.text.normalize import nfkc

# 「鶲ヶ江町50％」「蒔岡町 30%」: a member's name, then its share in percent
_MEMBER_SHARE = re.compile(r"(?P<name>[一-龥ぁ-んァ-ヶー々ヶ]{1,10}?[市町村区])\s*(?P<n>\d+(?:\.\d+)?)\s*[%％]")
# the bound said after the figure
_BOUNDS = {"以上": "ge", "以下": "le", "未満": "lt", "超": "gt", "を超え": "gt", "より多い": "gt", "より少ない": "lt"}


@per_table
def share_columns(t) -> dict[str, dict[str, str]]:
    """The columns two or more of whose cells print members' shares (name + %), with the members named (keyed, and
    as printed)."""
    out: dict[str, dict[str, str]] = {}
    for c in t.columns:
        if c.numeric:
            continue
        names: dict[str, str] = {}
        listing = 0
        for r in t.rows:
            found = _MEMBER_SHARE.findall(nfkc(str(r["cells"].get(c.header) or "")))
            if len(found) >= 2:
                listing += 1
                names.update({_key(n): n for n, _ in found})
        if listing >= 2:
            out[c.header] = names
    return out


def share_of(raw, name: str) -> float | None:
    """The share the cell gives the member named, or None where it gives that member none."""
    for m in _MEMBER_SHARE.finditer(nfkc(str(raw or ""))):
        if _key(m.group("name")) == name:
            return float(m.group("n"))
    return None


def read_member_share(t, qn: str, free, take) -> None:
    """Take 「<member>の<column>がN％以上」 as that member's share in the column (mention kind "share")."""
    for header, names in share_columns(t).items():
        words = sorted({_key(f) for f in (header, *t.column(header).forms) if len(_key(f)) >= 2}, key=len, reverse=True)
        if not words:
            continue
        pattern = re.compile(
            rf"(?P<name>{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})\s*の\s*"
            rf"(?:{'|'.join(map(re.escape, words))})\s*(?:が|は)\s*(?P<n>\d+(?:\.\d+)?)\s*(?:%|％|パーセント)\s*"
            rf"(?P<b>{'|'.join(map(re.escape, _BOUNDS))})?")
        for m in pattern.finditer(qn):
            # (the member's name may be taken already as the place the question is of: its documents)
            if free(m.end("name"), m.end()):
                op = _BOUNDS.get(m.group("b") or "", "eq")
                take(m.end("name") if not free(*m.span("name")) else m.start(), m.end(), "share",
                     (header, m.group("name"), op, float(m.group("n")), names.get(m.group("name"), m.group("name"))))
                return
