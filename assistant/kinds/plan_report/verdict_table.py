"""An external review committee's verdicts on a city's projects (外部評価の判定結果, a PDF): one table, a row per
project under a two-row header — its number (「<W>番号」, the document's word for the items), name, department,
budget, a block of the members' votes (each member's name under the block's heading, each vote an abbreviation the
legend above the table spells out: 「拡＝拡充、現＝現状維持…」) and the verdict (判定結果, a word of the legend,
maybe marked 「見直し※」 for a footnote); the header printed again over each page the table runs onto. Below it,
the committee's opinion of each project under 「【601】<名称>（<所管課>） 判定結果：…」, maybe over a page break.

Each project is a practice record under its number, called by the document's word (事業), the verdict as its
future_policy (the direction the committee set: 拡充・現状維持・見直し・廃止), its budget as printed (the header's
unit); each opinion a comment record of its project. Found by the shape — a votes block of names over legend
abbreviations and a verdict column of the legend's words — never by the document's words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import cells, departments
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces

# 「拡＝拡充」: a legend's abbreviation and the word it stands for.
_LEGEND_RE = re.compile(r"([^\s、,，（）()＝=:：]{1,2})\s*[＝=]\s*([^\s、,，（）()＝=]{2,8})")
_CODE_RE = re.compile(r"^\d{2,4}$")
_DEPT_HEADS = ("所管課", "担当課", "所管", "担当部署", "所管部署")
_BUDGET_PREFIXES = ("予算額", "事業費", "予算")
_OPINION_RE = re.compile(r"^【(\d{2,4})】")
_MARKS = "※*＊"
_LABELLED_RE = re.compile(r"^[^\s：:。、]{1,8}[：:]")
_UNIT_RE = re.compile(r"[(（]\s*((?:千|百万|万)?円)\s*[)）]")


@dataclass
class Layout:
    header: int
    code: int
    name: int
    verdict: int
    votes: dict[int, str]  # column → the member's name
    word: str
    legend: dict[str, str]
    dept: int = -1
    budget: int = -1
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


def _legend(lines: list[str]) -> dict[str, str]:
    for line in lines:
        found = dict(_LEGEND_RE.findall(nfkc(line)))
        if len(found) >= 2 and all(len(k) < len(v) for k, v in found.items()):
            return found
    return {}


def _verdict(cell: str) -> str:
    return no_spaces(nfkc(cell)).rstrip(_MARKS)


def layout(lines: list[str]) -> Layout | None:
    legend = _legend(lines)
    if not legend:
        return None
    words = set(legend.values())
    for i in range(len(lines) - 2):
        if "\t" not in lines[i] or "\t" not in lines[i + 1]:
            continue
        top, sub = cells(lines[i]), cells(lines[i + 1])
        head = [no_spaces(nfkc(c)) for c in top]
        code = next((j for j, c in enumerate(head) if len(c) > 2 and c.endswith("番号")), -1)
        if code < 0:
            continue
        word = head[code][:-2]
        name = next((j for j, c in enumerate(head) if c in (f"{word}名", f"{word}名称")), -1)
        # (the votes block: the sub-row's names, under one heading over the block's first column)
        votes = {j: no_spaces(c) for j, c in enumerate(sub) if c}
        block = sorted(votes)
        if name < 0 or len(votes) < 3 or any(j < len(top) and top[j] for j in block[1:]) or block[0] <= name:
            continue
        rows = [(k, cells(lines[k]) + [""] * len(top)) for k in range(i + 2, len(lines))
                if "\t" in lines[k] and _CODE_RE.match(nfkc(cells(lines[k])[code]).strip() if len(cells(lines[k])) > code else "")]
        if len(rows) < 3:
            continue
        verdict = next((j for j in range(len(top)) if j not in votes and j != name
                        and all(_verdict(r[j]) in words for _, r in rows)), -1)
        if verdict < 0 or not all(nfkc(r[j]).strip() in legend for _, r in rows for j in votes):
            continue
        dept = next((j for j, c in enumerate(head) if c in _DEPT_HEADS), -1)
        budget = next((j for j, c in enumerate(head) if c.startswith(_BUDGET_PREFIXES)), -1)
        return Layout(i, code, name, verdict, votes, word, legend, dept, budget, rows)
    return None


def detect(text: str) -> bool:
    if "\t" not in text or "番号" not in text or ("＝" not in text and "=" not in text):
        return False
    return layout(text.splitlines()) is not None


def _amount(cell: str) -> float | int | None:
    value = nfkc(cell).replace(",", "").strip()
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number == int(number) else number


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    doc = ParsedDocument(kind="plan_report", title=title)
    codes: set[str] = set()
    for at, row in found.rows:
        code = nfkc(row[found.code]).strip()
        if code in codes:
            continue
        codes.add(code)
        name = clean(row[found.name])
        fields: dict = {"code": code, "title": name, "initiative": "", "initiative_title": "",
                        "departments": departments(row[found.dept]) if found.dept >= 0 else [],
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "called": found.word,
                        "future_policy": _verdict(row[found.verdict])}
        if found.budget >= 0:
            fields["total_cost"] = _amount(row[found.budget])
            unit = _UNIT_RE.search(nfkc(lines[found.header]).split("\t")[found.budget])
            if unit:  # (「予算額(千円)」: the unit the amounts are printed in, for an amount said in yen)
                fields["cost_unit"] = unit.group(1)
        doc.records.append(Record("practice", code, fields, source, at + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, at + 1))
    # The opinions: each 【601】 heading over its text, up to the next heading (page numbers and breaks skipped).
    current, text, start = "", [], 0

    def close() -> None:
        if current and text:
            body = "".join(text)
            doc.records.append(Record("comment", f"{current}-1", {"initiative": "", "n": 1, "text": body,
                                                                  "practice": current}, source, start + 1))
            doc.passages.append(Passage(f"comment:{current}-1", "text", body, source, start + 1))

    for k in range(found.rows[-1][0] + 1, len(lines)):
        line = clean(lines[k])
        head = _OPINION_RE.match(nfkc(line))
        if head and head.group(1) in codes:
            close()
            current, text, start = head.group(1), [], k
            continue
        if current and text and text[-1].endswith("。") and _LABELLED_RE.match(line):
            # (「問合せ先：…」 after an opinion's last sentence: the document's closing, no opinion's text)
            close()
            current, text = "", []
            continue
        if current and line and not re.fullmatch(r"[-－―‐\s]*\d{1,3}[-－―‐\s]*", line):
            text.append(line)
    close()
    return doc


def narrative_ranges(lines: list[str], doc: ParsedDocument) -> list[tuple[int, int]]:
    """The text around the verdicts' table and the opinions, its other tables (the members, the counts) kept
    as they stand: before the table's first header, and from its last row to the first opinion."""
    found = layout(lines)
    assert found is not None
    opinions = [r.line - 1 for r in doc.records if r.kind == "comment"]
    return [(0, found.header), (found.rows[-1][0] + 1, min(opinions, default=len(lines)))]
