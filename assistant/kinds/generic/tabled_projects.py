"""Joint projects printed as the rows of a table in a document of no dedicated kind (a web page 「近隣の公立病院等との
連携状況」): a code per row (R-1, 連-01, 3), what is done together (連携内容), the partners listed in one cell
(相手機関「A病院・B市民病院・C診療所」), the year it began (開始年度, 和暦 or 西暦; 「－」 = not yet).

The generic reading keeps each row as a table_row; this adds a joint_project record beside each, so that questions of
連携 read them as the joint projects they are (the answers show the rows under the project's key,
query/items_as_projects.py). Read by the shape (a partners column whose cells list names, and a code column), and by
the table's or document's own word for cooperation (連携, 共同, 広域), never by the names or codes."""
from __future__ import annotations

import re

from assistant.model import Passage, Record
from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

# the column listing who a project is done with
# (「参加町（本町を除く）」: the towns taking part, its bracketed note dropped)
_PARTNERS = re.compile(r"^(?:相手(?:機関|先|方|団体|病院)?|連携(?:先|相手|機関|団体)(?:名)?|協力(?:機関|先)"
                       r"|参加(?:機関|団体|市町村|市町|町村|自治体|市|町|村)|構成(?:団体|機関|市町村|市町|町村))(?:[(（][^()（）]*[)）])?$")
# (「共同化の内容」「連携の内容」: what is done together, said with the table's own word for it)
_TITLE = re.compile(r"^(?:連携内容|連携事業(?:名)?|事業名|取組(?:名|内容)?|内容|名称|項目|(?:共同化)?システム名"
                    r"|(?:共同化?|連携|広域化?|協力)の?(?:内容|事業|取組))$")
_START = re.compile(r"^(?:開始|運用開始|連携開始|実施開始|事業開始)(?:年度|年|時期)?$")
_CODE_HEAD = re.compile(r"^(?:番号|No\.?|NO\.?|№|コード|記号|整理番号)$")
_CODE = re.compile(r"^(?:[A-Za-z]{1,3}|[一-龥]{1,2})?\s*[-‐－]?\s*\d{1,3}$")
_SAID = re.compile(r"連携|共同|広域|協力")
# 「A・B・C」「A、B」: the names of one cell (a bracket's own 「・」 kept: 「町内診療所（5か所）」 is one)
_SPLIT = re.compile(r"\s*[・、,／/]\s*(?![^()（）]*[)）])")


def _head(cells: dict, pattern: re.Pattern) -> str:
    return next((h for h in cells if pattern.match("".join(nfkc(h).split()))), "")


def projects_of_rows(rows: list[Record], title: str, source: str) -> tuple[list[Record], list[Passage]]:
    """The joint_project records of a table's rows listing each row's partners, and their passages."""
    by_table: dict[str, list[Record]] = {}
    for r in rows:
        by_table.setdefault(str(r.fields.get("table") or ""), []).append(r)
    records: list[Record] = []
    passages: list[Passage] = []
    for caption, group in by_table.items():
        cells = [r.fields.get("cells") or {} for r in group]
        heads = {h for c in cells for h in c}
        partners, code_head = _head(heads, _PARTNERS), _head(heads, _CODE_HEAD)
        title_head, start_head = _head(heads, _TITLE), _head(heads, _START)
        if not (partners and code_head and title_head) or len(group) < 2 \
                or not _SAID.search(f"{caption} {title} {partners} {title_head}"):
            continue
        codes = [re.sub(r"\s+", "", re.sub(r"[‐－]", "-", nfkc(str(c.get(code_head) or "")))) for c in cells]
        if not all(_CODE.match(code) for code in codes) or len(set(codes)) != len(codes):
            continue
        for r, c, code in zip(group, cells, codes):
            names = [n for n in _SPLIT.split(nfkc(str(c.get(partners) or "")).strip()) if n and n not in "-－―"]
            out: dict = {"no": int(code) if code.isdigit() else code, "title": nfkc(str(c.get(title_head) or "")).strip(),
                         "members": {n: "○" for n in names}, "n_members": len(names), "notes": []}
            start = nfkc(str(c.get(start_head) or "")).strip() if start_head else ""
            if start and year_label(start):
                out["start_year"] = year_label(start)
                out["start_year_text"] = start
            record = Record("joint_project", code, out, r.source, r.line, r.end_line)
            records.append(record)
            key = f"joint_project:{code}"
            passages.append(Passage(key, "title", out["title"], r.source, r.line))
            if names:
                passages.append(Passage(key, "members", "・".join(names), r.source, r.line))
    return records, passages
