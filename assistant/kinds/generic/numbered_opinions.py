"""A committee's opinions numbered on their own (a 所管事務調査報告書 or 意見書: 「意見３　（事業番号Ｒ６－０６「…」）…」,
「意見２　（取組(1)関係）【評価】」 then its paragraph, 「意見９　新たな返礼品の…」): each opinion is the committee's
comment on the record its opening bracket cites by code, else on itself, keyed by its own number, so that
「委員会の意見は全部で何件」「特定の事業を挙げずに出された意見」「返礼品番号を挙げた意見」 read them as comments.

Read by the layout alone: three lines or more opening 「意見ｎ」, numbered 1, 2, 3 … without a gap or a repeat. The
opinion's text is the rest of its line, else the paragraph under it; a heading of brackets above the opinions
(「【返礼品について】」) is the opinion's topic (policy), as the paper groups them. An opinion whose bracket names a
member (「意見１（山田委員）」) is a member's turn: headed_turns.py reads those."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# 「意見３　（…）…」「意見９　本文」: the opinion's own number, then a space or its bracket; or the number in a lenticular
# bracket with No. (「【意見No.4】岡本委員　（対象事業：K-2-01 …）」), the member who gave it before the bracket
_OPENING = re.compile(r"^(?:意見\s*(?P<n>\d{1,3})(?:\s+|(?=[(（]))|【意見\s*(?:No\.?)?\s*(?P<n2>\d{1,3})】\s*)(?P<rest>.*)$")
# 「岡本委員　（…）」: the member named before the bracket citing the record (a member's own opinion, numbered by the paper)
_MEMBER_BEFORE = re.compile(r"^(?P<name>[一-龥々ァ-ヶーぁ-ん]{1,8}?)\s*(?P<title>副?委員長|副?座長|副?会長|委員)\s*(?=[(（]|$)")
# The bracket citing what the opinion is on, at the start of the rest (「（事業番号R6-06「…」）」「（取組(1)関係）」)
_CITED = re.compile(r"^[(（](?P<inside>(?:[^()（）]|[(（][^()（）]*[)）])*)[)）]")
# A code in the bracket: letters and digits, a hyphen, a number (R6-06, M-10, J-0103), or a bracketed number ((1));
# a code of levels keeps them all (DX-2-03: a plan's 取組 under its 施策)
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{0,2}(?:-\d{1,4}){1,3}|\(\d{1,2}\))(?![\d\-])")
# 「【返礼品について】」: the topic heading over a group of opinions (a 【評価】 tag after the bracket is no heading)
_TOPIC = re.compile(r"^【(?P<topic>[^】]{2,30})】$")
_MEMBER = re.compile(r"(?:委員|委員長|会長|座長)$")
_MIN_OPINIONS = 3


def numbered_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of the opinions numbered 意見１, 意見２ …; none unless three or more are numbered in order."""
    found: list[tuple[int, int, str, str, str, str]] = []  # (line index, number, code cited, text, topic, bracket)
    classes: dict[int, str] = {}  # (line index → the tag classing the opinion there, 【指摘】 or a table's 区分)
    more: dict[int, dict] = {}  # (line index → what the paper says of the opinion there: 関連, speaker, meeting)
    topic = meeting = ""
    for i, raw in enumerate(lines):
        line = nfkc(raw).strip()
        if not line:
            continue
        held = _MEETING_HEADING.match(line)
        if held:  # (「（２）第２回（令和６年１１月２０日）」: the meeting the opinions under it were said at)
            meeting = held.group("meeting")
            continue
        head = _TOPIC.match(line)
        if head:
            topic = head.group("topic")
            continue
        m = _OPENING.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        code = bracket = member = ""
        before = _MEMBER_BEFORE.match(rest) if m.group("n2") else None
        if before:
            member, rest = "".join(before.group("name").split()), rest[before.end():].strip()
        cited = _CITED.match(rest)
        if cited:
            inside = cited.group("inside").replace("‐", "-").replace("−", "-").strip()
            if _MEMBER.search(inside):
                return []  # (a member's numbered turn: not the committee's own opinions)
            codes = [c.group(1) for c in _CODE.finditer(inside)]
            code = codes[0] if codes else ""
            bracket = inside
            rest = rest[cited.end():].strip()
        tags = re.match(r"^(?:【[^】]{1,8}】\s*)+", rest)  # (a tag 【評価】: the paper's own class of it)
        if tags:
            classes[i] = re.findall(r"【([^】]{1,8})】", tags.group(0))[0]
            rest = rest[tags.end():].strip()
        related = _RELATED_LABEL.match(rest)
        if related:
            # (「【意見７】（指摘）　関連：2-(2)」: what the opinion is related to labelled, a column to join on, not what
            # keys it; the bracket before the label is then the paper's class of it; the text the next line, closing
            # with who said it 「（介護保険課長）」)
            if bracket and not code and _CLASS_WORD.fullmatch(bracket):
                classes[i], bracket = bracket, ""
            said = related.group("code").strip()
            more[i] = {"cited": "" if _BLANK.fullmatch(said) else said, "cited_as": rest, "meeting": meeting}
            rest = ""
        n = int(m.group("n") or m.group("n2"))
        parts = _labelled_parts(lines, i + 1) if not related else {}
        if parts:  # (the heading names what it is on; the opinion, the response and its class are labelled under it)
            parts["cited_as"] = f"{bracket}{rest}" if bracket else rest
            if member and not parts.get("member"):
                parts["member"] = member
            found.append((i, n, code, parts.pop("text", ""), topic, parts))  # type: ignore[arg-type]
            continue
        if not rest:  # (the opinion as a heading, its paragraph the next line)
            rest = next((nfkc(l).strip() for l in lines[i + 1:i + 4] if l.strip()), "")
            if _OPENING.match(rest):
                rest = ""
        if related and (spoken := _SPEAKER_AT_END.search(rest)):
            more[i]["member"], rest = spoken.group("who"), rest[:spoken.start()].strip()
        found.append((i, n, code, rest, topic, {"cited_as": bracket, "member": member} if member else bracket))
    if found and found[0][1] > 1 and more:
        # (the first opinions as a table before the paragraphs, 番号 │ 区分 │ 関連 │ 意見の要旨 │ 発言者 １…６, the
        # paragraphs going on with 【意見７】: the table's rows are the opinions numbered before them)
        found = _tabled_before(lines, found[0][0], found[0][1], classes, more) + found
    if len(found) < _MIN_OPINIONS or [n for _, n, *_ in found] != list(range(1, len(found) + 1)):
        return []
    found += _tabled_after(lines, found[-1][0] + 1, len(found) + 1, classes)
    out: list[Record] = []
    seen: dict[str, int] = {}
    for i, n, cited, text, topic, bracket in found:
        code = cited or str(n)
        seen[code] = seen.get(code, 0) + 1
        # (cited: the code the opinion names, "" where it names none, so that 「どの取組にも触れていない意見」 reads
        # them; cited_as: the bracket as printed, 事業番号R6-01「…」 or 計画全般, saying what kind of record it names)
        fields = {"initiative": code, "n": seen[code], "text": text, "member": "", "member_role": "",
                  "practice": "", "target_word": "", "about": "item", "policy": topic,
                  "cited": cited, "cited_as": bracket}
        if isinstance(bracket, dict):  # (an opinion of labelled parts: its member, the response and its class)
            fields.update(bracket)
        if i in classes:  # (「【指摘】になってる意見」「要望の意見」: the paper's class, as opinion_speakers.py keeps it)
            fields["excerpt_class"] = classes[i]
        if i in more:  # (関連 as printed, the speaker and the meeting: what 「第２回の意見」「財政課長の意見」 read)
            fields.update({k: v for k, v in more[i].items() if v or k == "cited"})
        out.append(Record("comment", f"{code}-{seen[code]}", fields, source, i + 1, i + 1))
    return out


# 「関連：2-(2)」「関連：202」「対象：－」: the label of what the opinion is related to, after its number and class
_RELATED_LABEL = re.compile(r"^(?:関連|対象)[一-龥]{0,4}\s*[：:]\s*(?P<code>\S{1,20})$")
_CLASS_WORD = re.compile(r"[一-龥]{2,3}")
_BLANK = re.compile(r"[-－―ー—‐]|なし")
# 「…発生している。（介護保険課長）」: the speaker closing the opinion's text, a post (課長, 部長, 委員 …)
_SPEAKER_AT_END = re.compile(r"[(（](?P<who>[^()（）]{1,14}(?:長|委員|担当))[)）]$")
# 「（１）第１回（令和６年７月１０日）」: a heading naming the meeting the opinions under it were said at
_MEETING_HEADING = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、\s])\s*(?P<meeting>第\d{1,2}回)")
_TABLE_RELATED = re.compile(r"^(?:関連|対象)[一-龥]{0,4}$")
_TABLE_MEMBER = re.compile(r"^(?:発言者|委員|委員名|氏名)$")


def _tabled_before(lines: list[str], first_at: int, first: int, classes: dict[int, str],
                   more: dict[int, dict]) -> list[tuple[int, int, str, str, str, str]]:
    """The opinions a table before the numbered paragraphs holds, numbered 1 … first − 1 (番号 │ 区分 │ 関連 │ 意見の要旨 │
    発言者): its 区分 into `classes`, its 関連, speaker and the meeting heading over it into `more`; [] unless every
    number before the paragraphs' first is a row of one such table, in order."""
    meeting = ""
    for i in range(first_at):
        line = nfkc(lines[i]).strip()
        held = _MEETING_HEADING.match(line)
        if held:
            meeting = held.group("meeting")
        if "\t" not in line:
            continue
        head = ["".join(c.split()) for c in line.split("\t")]
        column = {name: next((j for j, c in enumerate(head) if pattern.match(c)), -1) for name, pattern in (
            ("number", _TABLE_NUMBER), ("text", _TABLE_TEXT), ("class", _TABLE_CLASS), ("related", _TABLE_RELATED),
            ("member", _TABLE_MEMBER))}
        if column["number"] < 0 or column["text"] < 0:
            continue
        out = []
        for k in range(i + 1, first_at):
            row = [c.strip() for c in nfkc(lines[k]).split("\t")]
            if len(row) <= max(column["number"], column["text"]) or row[column["number"]] != str(len(out) + 1):
                break
            cell = {name: row[j] if 0 <= j < len(row) else "" for name, j in column.items()}
            if cell["class"]:
                classes[k] = cell["class"]
            more[k] = {"cited": "" if _BLANK.fullmatch(cell["related"]) else cell["related"],
                       "cited_as": cell["related"], "member": cell["member"], "meeting": meeting}
            out.append((k, len(out) + 1, "", cell["text"], "", ""))
        if len(out) == first - 1:
            return out
    return []


# The head of a table going on with the paper's opinions (意見番号 │ 区分 │ 意見): its number column, its opinion column
_TABLE_NUMBER = re.compile(r"^(?:意見)?(?:番号|No\.?)$")
_TABLE_TEXT = re.compile(r"^(?:意見|意見の?内容|意見の?要旨)$")
_TABLE_CLASS = re.compile(r"^(?:意見の?)?(?:区分|分類)$")
# 「３　外郭団体全般に対する意見」: the heading over such a table, what its opinions are on
_SECTION = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[\s.．、]+(?P<title>\S.{1,40})$")


def _tabled_after(lines: list[str], start: int, first: int,
                  classes: dict[int, str]) -> list[tuple[int, int, str, str, str, str]]:
    """The opinions a table after the numbered ones goes on with, numbered from `first` on (「３　全般に対する意見」 over
    意見番号 │ 区分 │ 意見 │ １４ …): each on what the heading over the table says, never on a record of its own; a
    区分 column's value is the opinion's class (into `classes`, by line), as the numbered ones' tags are."""
    heading = ""
    for i in range(start, len(lines)):
        line = nfkc(lines[i]).strip()
        if not line:
            continue
        if "\t" not in line:
            m = _SECTION.match(line)
            heading = m.group("title").strip() if m else heading
            continue
        head = ["".join(c.split()) for c in line.split("\t")]
        number = next((j for j, c in enumerate(head) if _TABLE_NUMBER.match(c)), -1)
        text = next((j for j, c in enumerate(head) if _TABLE_TEXT.match(c)), -1)
        if number < 0 or text < 0:
            return []
        klass = next((j for j, c in enumerate(head) if _TABLE_CLASS.match(c)), -1)
        out = []
        for k in range(i + 1, len(lines)):
            row = [c.strip() for c in nfkc(lines[k]).split("\t")]
            if len(row) <= max(number, text) or row[number] != str(first + len(out)) or not row[text]:
                break
            if 0 <= klass < len(row) and row[klass]:
                classes[k] = row[klass]
            out.append((k, first + len(out), "", row[text], heading, heading))
        return out
    return []


# 「【意見】（委員Ａ）…」「【市の考え方】…」「〔対応区分：一部反映〕」: the labelled parts under an opinion's heading
# (「（意見）…」「（町の考え方）…」: round brackets label them too, read as such only by the words the labels say)
_PART = re.compile(r"^(?:[【〔\[](?P<label>[^】〕\]：:]{1,12})(?:[：:](?P<value>[^】〕\]]{1,20}))?[】〕\]]"
                   r"|\((?P<round>[^()：:]{0,8}(?:意見|考え方|対応|回答|見解))\))\s*(?P<rest>.*)$")
_WHO = re.compile(r"^[(（](?P<who>[^()（）]{1,12})[)）]\s*")
_CLASS_LABEL = re.compile(r"区分|分類")
_RESPONSE_LABEL = re.compile(r"考え方|対応|回答|見解")


def _labelled_parts(lines: list[str], start: int) -> dict[str, str]:
    """The parts labelled under an opinion's heading, up to the next opinion or heading: the opinion (its member in the
    bracket opening it), the response (市の考え方, 市の対応) and its class (〔対応区分：反映〕); {} unless the opinion's own
    part is among them (a heading whose text is the next line is read as before)."""
    parts: dict[str, str] = {}
    for raw in lines[start:]:
        line = nfkc(raw).strip()
        if not line:
            continue
        m = _PART.match(line)
        if not m:
            break
        label = (m.group("label") or m.group("round")).strip()
        value, rest = (m.group("value") or "").strip(), m.group("rest").strip()
        if value and _CLASS_LABEL.search(label):
            parts["response_class"] = value
        elif "意見" in label and "text" not in parts:
            who = _WHO.match(rest)
            if who:
                parts["member"] = who.group("who").strip()
                rest = rest[who.end():].strip()
            parts["text"] = rest
        elif _RESPONSE_LABEL.search(label) and "response" not in parts:
            parts["response"] = rest
        else:
            break
    return parts if "text" in parts else {}


# 「No.12（60代・男性）【窓口サービス】」「意見No.5〔70歳以上／男性〕〈福祉〉」: an excerpt's printed number, then the
# writer's bracket (年代・性別) and the class the paper put it in, the text on the lines under it
_TAGGED = re.compile(r"^(?:意見\s*)?(?P<code>No\.?\s*\d{1,4})\s*[(（〔\[](?P<who>[^()（）〔〕\[\]]{1,20})[)）〕\]]"
                     r"\s*(?:[【〈<《](?P<cls>[^】〉>》]{1,20})[】〉>》])?\s*$")
# (an age group as printed: 60代, 70代以上, 10・20代, 70歳以上, 30〜39歳)
_AGE = re.compile(r"^\d{1,2}(?:歳|代)(?:以上|以下|未満)?$|^\d{1,2}[・･]\d{1,2}代$|^\d{1,2}\s*[~〜～\-－]\s*\d{1,2}(?:歳|代)$")
_SEX = {"男性": "男性", "女性": "女性", "男": "男性", "女": "女性"}


def tagged_opinions(lines: list[str], source: str) -> list[Record]:
    """Comment records of excerpts headed 「No.12（60代・男性）【窓口サービス】」, keyed by their printed number (No.12),
    the writer's age group, sex and the paper's class kept as fields; none unless three or more such headings stand in
    rising order (a list of citizens' opinions, not one stray 「No.3（…）」)."""
    out: list[Record] = []
    last = -1
    for i, raw in enumerate(lines):
        m = _TAGGED.match(nfkc(raw).strip())
        if not m:
            continue
        parts = [p.strip() for p in re.split(r"[・･/／、,]", m.group("who")) if p.strip()]
        age = next((p for p in parts if _AGE.match(p)), "")
        sex = next((_SEX[p] for p in parts if p in _SEX), "")
        if not age and not sex:
            continue  # (a bracket saying no writer: no excerpt heading of this kind)
        n = int(re.sub(r"\D", "", m.group("code")))
        if n <= last:
            return []
        last = n
        code = f"No.{n}"
        texts: list[str] = []
        for follow in lines[i + 1:]:
            said = nfkc(follow).strip()
            if not said or _TAGGED.match(said):
                break
            texts.append(said)
        fields = {"initiative": code, "n": 1, "text": "".join(texts), "member": "", "member_role": "",
                  "practice": "", "target_word": "", "about": "item", "excerpt_class": m.group("cls") or "",
                  "writer": m.group("who").strip(), "age_group": age, "sex": sex}
        out.append(Record("comment", f"{code}-1", fields, source, i + 1, i + 1 + len(texts)))
    return out if len(out) >= _MIN_OPINIONS else []
