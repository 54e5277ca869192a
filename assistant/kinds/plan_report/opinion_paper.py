"""A plan report's committee opinions published on their own (委員意見書, often a Word paper): per
initiative a heading 「取組N　<名称>」, labelled lines (基本方針：… ／ 所管部：…), the committee's judgement
in words of the paper's own scale (委員会の判定：概ね十分 — no score), then 委員の意見 and one paragraph per
opinion, up to the next initiative or the next numbered section (委員名簿).

Another paper names its initiatives in a word of its own (「推進方策3 <名称>」: the word is read from the
headings, the one that heads two or more judged blocks), states the committee's score with its scale and
the band it names it by (「委員会評価 4.2点(5点満点) 評語 高く評価できる」), and numbers its opinions
(①②③, a PDF wrapping each over lines: a line without a number goes on the opinion above until it closes
with 。); what follows the last opinion is running text (「委員会評価の平均は3.8点であった。」).

A third paper marks its headings (「■取組方針１　<名称>」: the mark is no part of the word), scores each
initiative with the bare word and its scale (「評価：４（５段階）」: the paper's own label, kept as score_word), names
the plan's items the initiative covers (「対象推進事項：１～５」: covers) and closes with 「以上」.

Its practice items are in another document (evaluation_list, initiative_sheets, long_list): the initiative
numbers both print tie them, or the items' numbers an initiative covers (store/joins).
"""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.cells import COMMITTEE
from assistant.kinds.plan_report.member_scores import block_scores
from assistant.model import Passage, ParsedDocument, ParseWarning, Record
from assistant.text.normalize import clean, nfkc, no_spaces

# 「取組3　<名称>」, 「推進方策3 <名称>」: the initiative's word (the paper's own), its number, its title.
# (a number under an upper group's, 「重点項目Ⅱ-3」 read in NFKC as II-3, is the initiative's code as printed)
_HEAD_RE = re.compile(r"^[■□◆◇●◎▼▽]?\s*(?P<word>[^\d\s:：.．()（）【】「」■□◆◇●◎▼▽\-]{2,8}?)\s*(?:No\.?\s*)?(?P<no>(?:\d{1,2}|[IVX]{1,4})(?:-\d{1,2})?)[\s　:：.．]+(?P<title>\S.{0,60})$")
# 「委員会の判定：十分」: the committee's judgement, a word (named as the paper names its body).
# A paper may print the previous year's beside it in brackets (「委員会評価：A （前年度：B+）」): judgement_previous.
_JUDGEMENT_RE = re.compile(r"^" + COMMITTEE + r"の?(?:判定|評価)\s*[:：]\s*([^\s(（]{1,12})"
                           r"(?:\s*[(（]\s*(?:前年度|前回|昨年度)\s*[:：]?\s*([^\s()（）]{1,12})\s*[)）])?$")
# 「令和７年度評価：Ａ（概ね順調）」: the committee's grade of one year (a paper judging two years or more), its meaning
# in brackets as the paper's scale names it; kept as that year's grade (r7), the letter alone.
_YEAR_JUDGEMENT_RE = re.compile(r"^(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*年度(?:の)?(?:" + COMMITTEE + r"の?)?評価\s*[:：]\s*"
                                r"(?P<grade>[A-Za-z][+\-]?)(?:\s*[(（][^()（）]{1,12}[)）])?$")
# 「三田村委員：…」「高階委員長：…」: an opinion led by the member who gave it.
_MEMBER_LED_RE = re.compile(r"^(?P<member>[^\s:：、。・()（）]{1,10}?(?:副会長|会長|副委員長|委員長|委員))\s*[:：]\s*(?P<text>\S.*)$")
_ROLE_RE = re.compile(r"(?P<role>副会長|会長|副委員長|委員長|委員)$")
# 「委員会評価 4.2点(5点満点)」, 「委員会の評価：4.2／5」: the committee's score and the scale it is out of.
_SCORE_RE = re.compile(r"^" + COMMITTEE + r"の?評価\s*[:：]?\s*(?P<score>\d+(?:\.\d+)?)\s*点?\s*"
                       r"(?:[(（]\s*(?P<scale>\d+)\s*(?:点満点|段階(?:評価)?)\s*[)）]|[/／]\s*(?P<scale2>\d+)(?:\.0)?\s*点?)?")
# A paper whose block states only 「評価：4（5段階）」 (the body that scores is the paper's author): the bare word
# with its scale said, so that no other line labelled 評価 is read as the committee's score.
_BARE_SCORE_RE = re.compile(r"^評価\s*[:：]\s*(?P<score>\d+(?:\.\d+)?)\s*点?\s*"
                            r"(?:[(（]\s*(?P<scale>\d+)\s*(?:点満点|段階(?:評価)?)\s*[)）]|[/／]\s*(?P<scale2>\d+)(?:\.0)?\s*点?)$")
# 「対象推進事項：1～5」: the numbers of the plan's items the initiative covers (a range, or numbers listed),
# the label naming the items as the plan does (推進事項).
_COVERS_RE = re.compile(r"^対象(?P<word>[^\s:：]{1,8})\s*[:：]\s*(?P<codes>\d{1,3}(?:\s*[～〜~\-－ー‐、,，・]\s*\d{1,3})*)$")
# A paper closes with 「以上」 on a line of its own: no opinion.
_CLOSING = ("以上",)
# Nor does the date the paper is signed with (「令和6年5月20日 ○○町行政改革懇話会」).
_SIGNED_RE = re.compile(r"^(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s+\S{0,40})?$")
# The band the paper names a score with, labelled after it (評語 高く評価できる, 評価区分：順調).
_BAND_RE = re.compile(r"(?:評語|評価区分|区分)\s*[:：]?\s*(?P<band>[^\s:：]{2,16})")
_LABELLED_RE = re.compile(r"([^\s:：／/]{2,8})\s*[:：]\s*([^／/]+?)\s*(?=[／/]|$)")
_OPINIONS_RE = re.compile(r"^(?:委員の(?:主な)?意見|" + COMMITTEE + r"の(?:主な)?意見|(?:主な)?意見)$")
# The heading of a paper's opinions over all its blocks (委員の意見, 各委員からの意見, 主な意見・提言).
_OPINIONS_HEADING_RE = re.compile(r"^[^\s。、\t]{0,10}意見(?:等|・要望|・提言|及び提言)?$")
# An opinion's number: ①, (1), 1. (① reads 1 once NFKC-normalised, so the raw line is tested).
_NUMBERED_RE = re.compile(r"^\s*(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[.．)）])\s*")
# The next numbered section ends the last initiative (「3　委員名簿」).
_SECTION_RE = re.compile(r"^\d{1,2}[\s　.．]+\S")
_BULLETS = "・-●○■◆"
_LABELS = {"基本方針": "policy", "方針": "policy", "施策の柱": "policy",
           "所管部": "bureau", "担当部": "bureau", "所管部署": "bureau", "担当部署": "bureau"}


def _judged(line: str) -> bool:
    """A line stating the committee's judgement (a word) or its score (a table row's cells read as one line)."""
    flat = line.replace("\t", " ")
    return bool(_JUDGEMENT_RE.match(flat) or _SCORE_RE.match(flat) or _BARE_SCORE_RE.match(flat)
                or _YEAR_JUDGEMENT_RE.match(flat))


def score_table(lines: list[str], word: str) -> dict[str, tuple[int, float | None, dict[str, float]]]:
    """A table of the committee's scores per initiative, before the opinions: a header naming the paper's
    word (取組 │ 取組名) and an average (委員平均, 平均点), every other column of numbers one member's score
    (委員A …). → number: (line, the average, {member: score}); {} when the paper prints no such table."""
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in line.split("\t")]
        no = next((j for j, c in enumerate(head) if c in (word, f"{word}No.", f"{word}番号", "No.", "番号")), -1)
        mean = next((j for j, c in enumerate(head) if "平均" in c), -1)
        if no < 0 or mean < 0:
            continue
        rows: dict[str, tuple[int, list[str]]] = {}
        for k in range(i + 1, len(lines)):
            row = [nfkc(c).strip() for c in lines[k].split("\t")]
            if "\t" not in lines[k] or no >= len(row) or not row[no].isdigit():
                break
            rows[str(int(row[no]))] = (k + 1, row)
        members = [j for j, c in enumerate(head) if j not in (no, mean) and c
                   and all(_NUMBER_RE.fullmatch(r[j] if j < len(r) else "") for _, r in rows.values())]
        if rows:
            return {n: (at, _number(row[mean] if mean < len(row) else ""),
                        {head[j]: _number(row[j]) for j in members})
                    for n, (at, row) in rows.items()}
    return {}


_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _number(cell: str) -> float | None:
    if not _NUMBER_RE.fullmatch(cell):
        return None
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def _heads(lines: list[str], tables: list[str] | None = None) -> list[int]:
    """Lines of the initiatives' headings: those of the one word whose every heading opens a judged block
    (two or more), or whose every number the paper's score table scores (read from `tables`, the lines with
    their cells apart); [] when there is none."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if "\t" not in line and (head := _HEAD_RE.match(line)):
            found.setdefault(head.group("word"), []).append(i)
    for word, heads in sorted(found.items(), key=lambda item: -len(item[1])):
        scored = score_table(tables, word) if tables else {}
        if len(heads) >= 2 and scored and all(_no(_HEAD_RE.match(lines[h]).group("no")) in scored for h in heads):
            return heads
        judged = sum(1 for n, h in enumerate(heads)
                     if any(_judged(line) for line in lines[h + 1:(heads[n + 1] if n + 1 < len(heads) else h + 8)][:8])
                     or block_scores(tables or lines, h + 1, min(h + 9, heads[n + 1] if n + 1 < len(heads) else h + 9)))
        if len(heads) >= 2 and judged == len(heads):
            return heads
    return []


def detect(text: str) -> bool:
    """Two or more initiatives headed 取組N (or the paper's own word), each with the committee's judgement
    or score on a line of its own."""
    raw = text.splitlines()
    return bool(_heads([nfkc(clean(line)) for line in raw], [nfkc(line) for line in raw]))


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    raw = text.splitlines()
    lines = [clean(line) for line in raw]
    heads = _heads([nfkc(line) for line in lines], [nfkc(line) for line in raw])
    word = _HEAD_RE.match(nfkc(lines[heads[0]])).group("word")
    doc = ParsedDocument(kind=KIND, title=_title(lines[:heads[0]]))
    scores = score_table([nfkc(line) for line in raw], word)
    # A paper heading all its opinions once above the blocks (「委員の意見」, then a block per initiative of
    # plain lines, a web page's <details> lists): every block's lines are opinions.
    under_label = any(_OPINIONS_HEADING_RE.match(nfkc(line).strip()) for line in lines[:heads[0]])
    end = len(lines)
    for n, start in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else next(
            (j for j in range(start + 1, len(lines)) if _section(lines[j]) and "\t" not in raw[j]), len(lines))
        head = _HEAD_RE.match(nfkc(lines[start]))
        no = _no(head.group("no"))
        fields: dict[str, Any] = {"no": int(no) if no.isdigit() else no, "title": clean(head.group("title")), "policy": "", "themes": [],
                                  "bureau": [], "n_practice": None, "self_overall": "",
                                  "committee_score": None, "judgement": "", "n_comments": 0}
        if word != "取組":  # (the word the kind knows is no word of the paper's own)
            fields["called"] = word
        if no in scores:  # (the table's average is the committee's score; each member's, under its name)
            fields["committee_score"], fields["axes"] = scores[no][1], scores[no][2]
        own = None if no in scores else block_scores(raw, start + 1, stop)
        if own is not None:  # (a table of the members' scores under each heading: no opinion, read here)
            fields["committee_score"], fields["axes"] = own.average, own.members
            if own.scale:
                fields["committee_scale"] = own.scale
        opinions, last = _opinions(lines, own.line if own is not None else start, stop, fields, under_label)
        # (after the last initiative's opinions, the paper's closing text is running text)
        end = stop if n + 1 < len(heads) or stop < len(lines) else last
        fields["n_comments"] = len(opinions)
        key = f"initiative:{no}"
        doc.records.append(Record("initiative", no, fields, source, start + 1, min(stop, last)))
        doc.passages.append(Passage(key, "title", fields["title"], source, start + 1))
        for k, (line, opinion) in enumerate(opinions, start=1):
            code = f"{no}-{k}"
            comment: dict[str, Any] = {"initiative": no, "n": k, "text": opinion}
            led = _MEMBER_LED_RE.match(nfkc(opinion))
            if led:  # (「三田村委員：…」: who said it, as printed, and the role the name ends with)
                comment["member"] = led.group("member")
                comment["member_role"] = _ROLE_RE.search(led.group("member")).group("role")
            doc.records.append(Record("comment", code, comment, source, line))
            doc.passages.append(Passage(f"comment:{code}", "text", opinion, source, line))
    scale = judgement_scale(lines)
    if scale:  # (the judgements ranked as the paper lists them: 「A以上」, 「前年度より下がった」 read by it)
        for record in doc.records:
            if record.kind == "initiative" and record.fields.get("judgement") in scale:
                record.fields["judgement_scale"] = list(scale)
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "実践項目はこの文書にありません（取組ごとの委員会の判定と委員の意見だけの文書です）"))
    _narrative(doc, source, raw, [(0, heads[0]), (end, len(raw))])
    return doc


# A paper sent as a letter opens with its number, date, addressee and sender (「柞行革委第３号」「…市長　様」) before
# its subject line (「…の取組結果について（答申）」): that line is its title.
_SUBJECT_RE = re.compile(r"(?:について|に関する)\s*[(（](?:答申|意見|意見書|報告|提言|建議)[)）]$|^[^\t]{4,60}(?:答申|意見書|提言書?)$")


def _title(lines: list[str]) -> str:
    """The paper's subject line when it is written as a letter; its first line otherwise."""
    said = [line for line in lines if line.strip()]
    subject = next((line for line in said[:12] if _SUBJECT_RE.search(nfkc(line).strip())), None)
    return subject or (said[0] if said else lines[0])


def _no(printed: str) -> str:
    """An initiative's number as the key: 「03」 → '3'; a Roman numeral (NFKC: Ⅲ → III) as printed."""
    return str(int(printed)) if printed.isdigit() else printed


def _section(line: str) -> bool:
    """A numbered section's heading (「3　委員名簿」); an opinion numbered ① is none (NFKC reads it 1)."""
    return not re.match(r"^\s*[①-⑳]", line) and bool(_SECTION_RE.match(nfkc(line)))


def _opinions(lines: list[str], start: int, stop: int, fields: dict[str, Any],
              under_label: bool = False) -> tuple[list[tuple[int, str]], int]:
    """The block's labelled lines into `fields`, and its opinions [(line, text)] with the line after the
    last one. Numbered opinions (①) run over the lines below them until one closes with 。; a paper
    without numbers gives one opinion per paragraph. `under_label`: the paper's 委員の意見 stands above
    every block, whose lines are opinions from the first."""
    opinions: list[tuple[int, str]] = []
    in_opinions, numbered = under_label, False
    last = stop
    for j in range(start + 1, stop):
        line = nfkc(lines[j]).strip()
        if not line:
            continue
        if line in _CLOSING or _SIGNED_RE.match(line):
            last = j
            break
        if in_opinions and under_label and _stated(line):
            in_opinions = False  # (a block's own judgement or label before its opinions, read below)
        if in_opinions:
            marked = _NUMBERED_RE.match(lines[j])
            if marked:
                numbered = True
                opinions.append((j + 1, lines[j][marked.end():].strip()))
            elif numbered and opinions and not opinions[-1][1].endswith("。"):
                opinions[-1] = (opinions[-1][0], opinions[-1][1] + lines[j].strip())
            elif numbered:
                last = j  # text after the closed opinions: the paper's own, not an opinion
                break
            else:
                opinions.append((j + 1, lines[j].strip().lstrip(_BULLETS + " ")))
            continue
        flat = line.replace("\t", " ")
        scored = _SCORE_RE.match(flat)
        if not scored and (scored := _BARE_SCORE_RE.match(flat)):
            fields["score_word"] = "評価"  # (the paper's own label of the committee's score: 「評価が4の取組方針」)
        covers = _COVERS_RE.match(flat)
        judged = _JUDGEMENT_RE.match(flat)
        year_judged = _YEAR_JUDGEMENT_RE.match(flat)
        if year_judged:
            n = 1 if year_judged.group("n") == "元" else int(year_judged.group("n"))
            fields[f"{'r' if year_judged.group('era') == '令和' else 'h'}{n}"] = year_judged.group("grade").upper()
        elif scored:
            fields["committee_score"] = float(scored.group("score"))
            scale = scored.group("scale") or scored.group("scale2")
            if scale:
                fields["committee_scale"] = float(scale)
            if band := _BAND_RE.search(flat[scored.end():]):
                fields["committee_class"] = band.group("band")
        elif covers:
            fields["covers"] = _codes(covers.group("codes"))
            fields["n_practice"] = len(fields["covers"])
        elif judged:
            fields["judgement"] = judged.group(1)
            if judged.group(2):
                fields["judgement_previous"] = judged.group(2)
        elif _OPINIONS_RE.match(line.lstrip("■□◆◇● ").strip("【】[]〔〕<>")):  # (「【委員の意見】」「＜委員の主な意見＞」 too)
            in_opinions = True
        elif under_label and not _stated(line):
            in_opinions = True  # (the block's labels read, its plain lines are its opinions)
            opinions.append((j + 1, lines[j].strip().lstrip(_BULLETS + " ")))
        elif line[0] in _BULLETS:  # (a paper without the 委員の意見 label: its bullets are the opinions)
            in_opinions = True
            opinions.append((j + 1, lines[j].strip().lstrip(_BULLETS + " ")))
        else:
            for label, value in _LABELLED_RE.findall(line):
                name = _LABELS.get(label)
                if name == "bureau":
                    fields[name] = [clean(value)]
                elif name:
                    fields[name] = clean(value)
    return opinions, last


def _stated(line: str) -> bool:
    """A block's line stating its judgement, score, covered items or a label of its own (基本方針：…), no opinion."""
    flat = line.replace("\t", " ")
    return _judged(flat) or bool(_COVERS_RE.match(flat)) or any(
        label in _LABELS for label, _ in _LABELLED_RE.findall(flat)[:1] if flat.startswith(label))


def _codes(text: str) -> list[str]:
    """「1～5」 → ['1', … '5']; 「1、3、6」 → ['1', '3', '6'] (a range and numbers listed may mix)."""
    out: list[str] = []
    for part in re.split(r"[、,，・]", text):
        bounds = [int(n) for n in re.findall(r"\d+", part)]
        if len(bounds) == 2 and bounds[0] <= bounds[1]:
            out += [str(n) for n in range(bounds[0], bounds[1] + 1)]
        else:
            out += [str(n) for n in bounds]
    return list(dict.fromkeys(out))


# 「委員会評価は S（特に優れている）、A+、A、B+、B、C（見直しが必要）の6段階」: the paper's judgements, best first, each
# maybe with its meaning in brackets, as many as the number of grades it says.
_SCALE_RE = re.compile(r"(?P<list>[A-Za-z][A-Za-z+\-]?(?:\s*[(（][^)）]{0,20}[)）])?(?:\s*[、,，・]\s*[A-Za-z][A-Za-z+\-]?"
                       r"(?:\s*[(（][^)）]{0,20}[)）])?){2,})\s*の\s*(?P<n>\d{1,2})\s*段階")


def judgement_scale(lines: list[str]) -> tuple[str, ...]:
    """The judgements a paper lists with their number (best first, as it lists them); () when it lists none."""
    for line in lines:
        said = _SCALE_RE.search(nfkc(line))
        if not said:
            continue
        marks = [re.sub(r"[(（].*$", "", part).strip() for part in re.split(r"\s*[、,，・]\s*", said.group("list"))]
        if len(marks) == int(said.group("n")) and len(set(marks)) == len(marks):
            return tuple(marks)
    return ()
