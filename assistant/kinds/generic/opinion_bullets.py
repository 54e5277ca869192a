"""A report's opinions printed as bullets under a heading per record (an external review's report: 「（３）F-03　汐見温水
プール」, maybe a small table of its figures, then 〔委員の主な意見〕 and 「・監視員の配置が…。（柊木委員）」): each bullet
that ends naming a member is that member's comment on the record the heading names by its code, keyed
「<code>-<k>」 (k counts the bullets under the heading), so that questions about the members' opinions on the records
(「安全管理について意見が出た施設」「嵯峨委員が意見を述べている施設」) read them as comments of those codes.

Read by the layout alone: headings numbered 「（ｎ）」「ｎ．」 (or none) that begin with a code of letters and a number
(A-02, F-12), or that bracket a labelled code (「【整理番号302】」), two such headings or more, and bullets (・ ● ○ -)
closing with the member in brackets (「（嵯峨委員）」「（委員長）」). A heading of no code ends the record's part; a bullet naming no member is not read as an opinion."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

_HEADING = re.compile(r"^(?:[(（]\s*\d{1,3}\s*[)）]|\d{1,3}\s*[.．、)]|[①-⑳])?\s*"
                      r"(?P<code>[A-Za-z]{1,3}\s*[-‐－]\s*\d{1,4}|\d{2,4}[-‐－]\d{1,4})(?![\d-])\s*(?P<name>\S.{0,40})?$")
# 「【整理番号302】観光協会補助金」「【No.12】…」: the code in brackets after its label (…番号, No.), the name after them;
# digits alone are a code here, as the label says they are one
_LABELLED_HEADING = re.compile(r"^【\s*[^】\d\s]{0,8}(?:番号|No\.?|NO\.?|№)\s*(?P<code>[A-Za-z]{0,3}[-‐－]?\d{1,4}(?:[-‐－]\d{1,4})?)\s*】"
                               r"\s*(?P<name>\S.{0,40})?$")
_OTHER_HEADING = re.compile(r"^(?:[(（]\s*\d{1,3}\s*[)）]|【[^】]+】|\d{1,2}\s*[.．]\s*\S|第[一二三四五六七八九十\d]+[章節])")
# 「【委員意見】」「〔委員の主な意見〕」: the record's part goes on, its opinions listed under it
_OPINION_HEADING = re.compile(r"^[【〔\[][^】〕\]]*(?:意見|所見|指摘)[^】〕\]]*[】〕\]]$")
_BULLET = re.compile(r"^[・●○◯◆◇■□\-－]\s*(?P<text>.+?)\s*[(（](?P<who>[^()（）]{1,15}?(?:委員長|副委員長|委員|会長|座長))[)）]\s*$")
# 「・Ａ委員　施設カルテの更新が…」: the member first, then what was said
_LEAD_BULLET = re.compile(r"^[・●○◯◆◇■□\-－]\s*(?P<who>(?:[A-Za-z]|\d{1,2}|[^\s()（）、。・]{1,6}?)(?:副委員長|委員長|委員|会長|座長))"
                          r"\s*[:：]?\s+(?P<text>\S.+)$")


def _bullet(line: str):
    return _BULLET.match(line) or _LEAD_BULLET.match(line)


def bulleted_opinions(text: str, source: str) -> list[Record]:
    lines = text.splitlines()
    headed: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        m = _HEADING.match(nfkc(raw).strip()) or _LABELLED_HEADING.match(nfkc(raw).strip())
        if m and not _bullet(nfkc(raw).strip()):
            headed.append((i, re.sub(r"\s+", "", re.sub(r"[‐－]", "-", m.group("code")))))
    if len(headed) < 2:
        return []
    out: list[Record] = []
    for j, (start, code) in enumerate(headed):
        end = headed[j + 1][0] if j + 1 < len(headed) else len(lines)
        k = 0
        for i in range(start + 1, end):
            line = nfkc(lines[i]).strip()
            if _OTHER_HEADING.match(line) and not _bullet(line) and not _OPINION_HEADING.match(line):
                break  # (a heading of no record: the record's part has ended)
            m = _bullet(line)
            if m is None:
                continue
            k += 1
            who = m.group("who").strip()
            said = lines[i].strip().lstrip("・●○◯◆◇■□-－").strip() if m.re is _BULLET else m.group("text").strip()
            fields = {"initiative": code, "n": k, "text": said,
                      "member": who, "member_role": "", "practice": "", "target_word": "", "about": "item"}
            out.append(Record("comment", f"{code}-{k}", fields, source, i + 1, i + 1))
    return out if len({r.fields["initiative"] for r in out}) >= 2 else []
