"""A plan report's committee opinions published on their own (委員意見書, often a Word paper): per
initiative a heading 「取組N　<名称>」, labelled lines (基本方針：… ／ 所管部：…), the committee's judgement
in words of the paper's own scale (委員会の判定：概ね十分 — no score), then 委員の意見 and one paragraph per
opinion, up to the next initiative or the next numbered section (委員名簿).

Its practice items are in another document (evaluation_list): the initiative numbers both print tie them.
"""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.cells import COMMITTEE
from assistant.model import Passage, ParsedDocument, ParseWarning, Record
from assistant.text.normalize import clean, nfkc

_HEAD_RE = re.compile(r"^取組\s*(?:No\.?\s*)?(\d{1,2})[\s　:：.．]+(\S.{0,60})$")
# 「委員会の判定：十分」: the committee's judgement, a word (named as the paper names its body).
_JUDGEMENT_RE = re.compile(r"^" + COMMITTEE + r"の?(?:判定|評価)\s*[:：]\s*(\S{1,12})$")
_LABELLED_RE = re.compile(r"([^\s:：／/]{2,8})\s*[:：]\s*([^／/]+?)\s*(?=[／/]|$)")
_OPINIONS_RE = re.compile(r"^(?:委員の意見|" + COMMITTEE + r"の意見|意見)$")
# The next numbered section ends the last initiative (「3　委員名簿」).
_SECTION_RE = re.compile(r"^\d{1,2}[\s　.．]+\S")
_LABELS = {"基本方針": "policy", "方針": "policy", "施策の柱": "policy",
           "所管部": "bureau", "担当部": "bureau", "所管部署": "bureau", "担当部署": "bureau"}


def detect(text: str) -> bool:
    """Two or more initiatives headed 取組N, each with the committee's judgement on a line of its own."""
    lines = [nfkc(clean(line)) for line in text.splitlines()]
    heads = [i for i, line in enumerate(lines) if "\t" not in line and _HEAD_RE.match(line)]
    judged = sum(1 for i, h in enumerate(heads)
                 if any(_JUDGEMENT_RE.match(line) for line in lines[h + 1:(heads[i + 1] if i + 1 < len(heads) else h + 8)][:8]))
    return len(heads) >= 2 and judged == len(heads)


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    raw = text.splitlines()
    lines = [clean(line) for line in raw]
    heads = [i for i, line in enumerate(lines) if "\t" not in line and _HEAD_RE.match(nfkc(line))]
    doc = ParsedDocument(kind=KIND, title=lines[next(i for i, line in enumerate(lines) if line)])
    end = len(lines)
    for n, start in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else next(
            (j for j in range(start + 1, len(lines)) if _SECTION_RE.match(nfkc(lines[j]))), len(lines))
        end = stop
        head = _HEAD_RE.match(nfkc(lines[start]))
        no = str(int(head.group(1)))
        fields: dict[str, Any] = {"no": int(no), "title": clean(head.group(2)), "policy": "", "themes": [],
                                  "bureau": [], "n_practice": None, "self_overall": "",
                                  "committee_score": None, "judgement": "", "n_comments": 0}
        opinions: list[tuple[int, str]] = []
        in_opinions = False
        for j in range(start + 1, stop):
            line = nfkc(lines[j]).strip()
            if not line:
                continue
            if in_opinions:
                opinions.append((j + 1, lines[j].strip().lstrip("・-●○■ ")))
                continue
            judged = _JUDGEMENT_RE.match(line)
            if judged:
                fields["judgement"] = judged.group(1)
            elif _OPINIONS_RE.match(line):
                in_opinions = True
            else:
                for label, value in _LABELLED_RE.findall(line):
                    name = _LABELS.get(label)
                    if name == "bureau":
                        fields[name] = [clean(value)]
                    elif name:
                        fields[name] = clean(value)
        fields["n_comments"] = len(opinions)
        key = f"initiative:{no}"
        doc.records.append(Record("initiative", no, fields, source, start + 1, stop))
        doc.passages.append(Passage(key, "title", fields["title"], source, start + 1))
        for k, (line, opinion) in enumerate(opinions, start=1):
            code = f"{no}-{k}"
            doc.records.append(Record("comment", code, {"initiative": no, "n": k, "text": opinion}, source, line))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, line))
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "実践項目はこの文書にありません（取組ごとの委員会の判定と委員の意見だけの文書です）"))
    _narrative(doc, source, raw, [(0, heads[0]), (end, len(raw))])
    return doc
