"""A report laid out one page per goal of the plan (基本方針Ⅰ … Ⅳ), each page opening with the goal's heading, then
the body's overall judgement of the goal for the year and the year before on a line of its own
(「■ 総括評価 令和６年度：A （前年度（令和５年度）：B）」), maybe a table of the goal's items, and an expert's findings
(「■ 学識経験者の所見」, a line naming the expert — affiliation, then the name — and the paragraphs under it).

Each goal is an initiative record under its number as a question types it (nfkc: Ⅲ is III), its judgement of each
year under that year's field (r6, r5: the year conditions of the grades answer 「令和6年度の総括評価がA」「前の年より
上がった」), the heading's word as its name for the goals (基本方針). The findings are a comment on the goal, of the
expert (member: the surname; member_role: the affiliation printed before the name), its paragraphs as the text.

Known by its shape — two goals or more, each a heading with a number over a line of two years' grades — never by
the document's words."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import GRADE_RE
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import label_field, year_label

# 「基本方針Ⅰ 確かな学力の育成」「基本目標2 …」: a goal's heading (its word, its number, its name).
_HEAD_RE = re.compile(r"^(?P<word>\S{0,6}?(?:方針|目標|分野|政策|の柱))\s*(?P<no>[IVX]{1,4}|\d{1,2})\s+(?P<title>\S.{0,50})$")
# 「■ 総括評価 令和６年度：A （前年度（令和５年度）：B）」: the goal's grade of a year, and of the year before.
_JUDGED_RE = re.compile(r"^\W{0,2}\s*(?P<word>\S{1,8}評価)\s*(?P<year>(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度)\s*[:：]\s*(?P<grade>\S{1,2})"
                        r"\s*[(（]\s*前年度\s*[(（]?\s*(?P<prev_year>(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度)?\s*[)）]?\s*[:：]\s*"
                        r"(?P<prev>\S{1,2}?)\s*[)）]")
# 「■ 学識経験者の所見」: the findings' heading; the line under it names the expert.
_FINDINGS_RE = re.compile(r"^\W{0,2}\s*\S{0,10}(?:所見|意見|講評|コメント)\s*$")
# 「鸛ノ江学院大学教育学部教授 蔦谷 恵子」: the affiliation, then the name (a surname and a given name).
_EXPERT_RE = re.compile(r"^(?P<role>\S.{0,40}?)\s+(?P<surname>[一-龥々ヶノ]{1,4})\s+(?P<given>[一-龥々ぁ-んァ-ヶ]{1,4})$")
# A page's number 「－2－」 or a note 「※ …」: no paragraph of the findings.
_PAGE_RE = re.compile(r"^\s*[-－ー―]\s*\d{1,3}\s*[-－ー―]\s*$")
_SECTION_RE = re.compile(r"^\s*(?:■|□|◆|●|※|参考)")


def _blocks(lines: list[str]) -> list[tuple[int, re.Match, int, re.Match]]:
    out = []
    for i, line in enumerate(lines):
        head = _HEAD_RE.match(nfkc(clean(line)))
        if not head or "\t" in line:
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            judged = _JUDGED_RE.match(nfkc(clean(lines[j])))
            if judged and GRADE_RE.match(judged.group("grade")) and GRADE_RE.match(judged.group("prev")):
                out.append((i, head, j, judged))
                break
    return out


def detect(text: str) -> bool:
    if "評価" not in text or "年度" not in text:
        return False
    return len(_blocks(text.splitlines())) >= 2


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    doc = ParsedDocument(kind="plan_report", title=title)
    blocks = _blocks(lines)
    for k, (at, head, judged_at, judged) in enumerate(blocks):
        end = blocks[k + 1][0] if k + 1 < len(blocks) else len(lines)
        no = head.group("no")
        no = str(int(no)) if no.isdigit() else no
        year = year_label("".join(judged.group("year").split())) or ""
        prev_year = year_label("".join((judged.group("prev_year") or "").split())) if judged.group("prev_year") else ""
        if not prev_year and year and year[1:].isdigit():
            prev_year = f"{year[0]}{int(year[1:]) - 1}"
        fields = {"no": no, "title": clean(head.group("title")), "themes": [], "called": head.group("word")}
        if year:
            fields[label_field(year)] = judged.group("grade")
        if prev_year:
            fields[label_field(prev_year)] = judged.group("prev")
        doc.records.append(Record("initiative", no, fields, source, at + 1, end))
        doc.passages.append(Passage(f"initiative:{no}", "title", fields["title"], source, at + 1))
        # The findings: the expert's line under their heading, the paragraphs up to the next section or page's end.
        findings = next((i for i in range(judged_at + 1, end) if _FINDINGS_RE.match(nfkc(clean(lines[i])))), -1)
        if findings < 0:
            continue
        expert = None
        text: list[str] = []
        first = -1
        for i in range(findings + 1, end):
            line = clean(lines[i]).strip()
            if not line:
                continue
            if expert is None:
                expert = _EXPERT_RE.match(line)
                if expert is None:
                    break
                continue
            if _PAGE_RE.match(nfkc(line)) or _SECTION_RE.match(line) or "\t" in lines[i]:
                break
            first = i if first < 0 else first
            text.append(line)
        if expert is None or not text:
            continue
        body = "".join(text)
        doc.records.append(Record("comment", f"{no}-1", {
            "initiative": no, "n": 1, "text": body, "member": expert.group("surname"),
            "member_role": clean(expert.group("role")), "about": "initiative", "practice": "", "target_word": ""},
            source, first + 1, i + 1))
        doc.passages.append(Passage(f"comment:{no}-1", "text", body, source, first + 1))
    return doc
