"""The structure of a document no kind was written for: table rows, numbered items with their
labelled fields, and count facts, each with the heading it sits under.

Only the *syntax* is code here (what a numbered item, a 「ラベル：値」 pair, a table header or a
「21件 30.4%」 looks like); every label, title and value is data read from the document, so a
progress page of any city gives its own field names (所管課, 担当課名, 所管部署, …).

One pass over the lines with bounded work per line, like the passages next to it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from assistant.kinds.generic.repeated_labels import distinct
from assistant.kinds.generic import header_rows
from assistant.kinds.generic.name_lines import name_line, next_block, part_label
from assistant.kinds.generic.sheet_sections import paragraph_goes_on, section_field
from assistant.kinds.text_blocks import labelled_cells
from assistant.kinds.generic.name_readings import readings_apart
from assistant.model import Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import label_fiscal_year, year_label

ROW = "table_row"
ITEM = "item"
COUNT = "count_fact"

# 「（前頁からの続き）」「（続き）」 over a table's header printed again atop the next page: the same table.
_CONTINUED_NOTE_RE = re.compile(r"[(（]?\s*(?:前(?:頁|ページ|葉)|前の(?:頁|ページ))?(?:から|より)?の?\s*続き\s*[)）]?|[(（]\s*続く?\s*[)）]")
_MAX_ITEM_LINES = 40  # lines after a numbered item that may still hold its fields
_MAX_LABEL = 15
_MAX_VALUE = 200
_MAX_BULLETS = 1000  # a bracketed field's ・ list, joined (bullets of one block, not a page of them)
_MAX_FACT_LABEL = 30  # a longer run of text before a number is a sentence, not a label

# The words a plan numbers its measures with (取組1, 重点項目2).
_NUMBER_NOUNS = "取組番号|施策番号|事業番号|重点取組|取組|施策|実施項目|推進項目|改革項目|重点項目|項目|方策|事業|提言"
# Numbered items, as NFKC text: No.R2-1 / No.3, R3-4, (1), 1. / 1), 第1 / 第1章. Circled numbers are
# read before NFKC (which would turn ① into a bare 1).
_ITEM_RE = re.compile(
    r"^(?:"
    # 「2026.5.12　【研修】業務改善研修を開催」: an entry of a list dated by its first word (a newsletter's).
    r"(?P<date>(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2})\s+(?=\S)|"
    r"(?:No|NO|no|№)\s*\.?\s*(?P<no>[A-Za-z]{0,3}\d{1,4}(?:\s*[-‐ー−]\s*\d{1,4})*)"
    r"|(?P<code>[A-Z]{1,3}\d{1,4}(?:[-‐ー−]\d{1,4})+(?![\d])|\d{1,2}(?:-\d{1,3}){1,2}(?=\s))"
    # 「提案(1)　…」: a numbered item whose number is printed after the word for it, in brackets, its title
    # after a space; not a sentence citing a measure (「取組(4)の自治体DXは、…」 of an opinion).
    r"|(?P<paren_noun>(?:" + _NUMBER_NOUNS + r"|提案)\s*)?\((?P<paren>\d{1,3})\)(?(paren_noun)(?=\s))"
    r"|(?P<dot>\d{1,3})[.)](?![\d.])"
    # 「1 評価の概要」, but not 「10 月から」「3 件」: a unit right after the number counts something.
    r"|(?P<num>\d{1,2})\s+(?!\d|(?:年度?|月|日|週|件|人|回|名|個|か所|箇所|ヶ所|%|円|万|億|千|時|分|秒|歳)(?![一-龥]))(?=\S)"
    r"|第(?P<dai>\d{1,3}|[一二三四五六七八九十]{1,3})(?:章|節|条(?=\s*[(（]))?(?=\s|$|[(（])"
    # 「取組1 公共施設マネジメントの推進」: a plan's measures numbered with the word for them.
    # 「ア　職員提案制度の活性化」: the kana numbering under 「(1)」.
    r"|(?P<kana>[アイウエオカキクケコサシスセソタチツテト])\s+(?=\S)"
    r"|(?P<noun>" + _NUMBER_NOUNS + r")\s*(?P<word>\d{1,3}(?:-\d{1,3})?)(?=\s)"  # 推進項目1-1 too
    # 「事業番号 J-03 消費生活相談事業」: a block opened by its number's label and a code of letters and digits
    # (a report's text block per evaluated item), the name after it.
    r"|[一-龥]{1,4}番号\s*(?P<labelled>[A-Za-z]{1,3}[-‐]?\d{1,4}(?:[-‐]\d{1,4}){0,2})(?=\s)"
    r")\s*(?P<rest>.*)$")
# A list item whose text opens with the measure's own number (「2. 取組9 働き方改革」).
_OWN_NUMBER_RE = re.compile(r"(?P<noun>" + _NUMBER_NOUNS + r")\s*(?P<word>\d{1,3})\s+(?P<rest>\S.*)$")
_CIRCLED = {chr(c): str(n) for n, c in enumerate(range(0x2460, 0x2474), 1)}
_BULLET_RE = re.compile(r"^[・･\-*+●○◎◇◆□■▪]\s*")
# A label: a short run without punctuation, with at least one non-ASCII letter (so 10:30 and URLs
# are not labels). Its value runs to the next label or the end.
_LABEL_CHARS = r"[^\s:：()（）「」『』【】\[\]、。,，/／;；・…]"
# (a unit in brackets is part of the label: 「効果額（千円）：12,400」)
# (「結果・今後の予定：」: one middle dot joining two words of a label)
_LABEL_RE = re.compile(rf"(?:^|(?<=[\s、,，/／;；]))(?P<label>(?:{_LABEL_CHARS}{{1,{_MAX_LABEL}}}・)?{_LABEL_CHARS}{{2,{_MAX_LABEL}}}"
                       rf"(?:[(（][^()（）\s:：]{{1,8}}[)）])?)\s*[:：]\s*")
# 「VFM：7.4％」「KPI：…」: an acronym in capitals is a label though ASCII (10:30, http: are not).
_ACRONYM_LABEL = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_SPACED_LABEL_RE = re.compile(r"^([一-龥]{1,4}(?:者|課|部|局|室))\u3000+(\S[^\u3000]{0,40}(?:\u3000\S[^\u3000]{0,20})?)$")
_PROSE_AMOUNT_RE = re.compile(r"(?:^|(?<=[。、\s]))([一-龥]{0,6}(?:効果額|削減額|財政効果|売却額|節減額))(?:は|が)"
                              r"((?:約)?\d[\d,]*(?:\.\d+)?(?:億円|百万円|千円|万円|円))(?:で|と|に|。|$)")
_PAREN_RE = re.compile(r"[(（]([^()（）]{1,120})[)）]")
_SEPARATORS = " \u3000、，,/／;；:：・.-‐ー−"

# Count facts: a number with a counting unit, or a grade letter with a bare number (S:0、A:4).
_UNITS = ("項目", "件", "事業", "取組", "か所", "箇所", "ヶ所", "カ所", "団体", "施設", "人", "名", "回", "個", "校", "課", "本", "台", "社")
# A count with its unit (21件), or without one when its share follows (「C:進捗に課題あり 7 8.2%」, as a
# table converted from PDF prints it).
_COUNT_RE = re.compile(
    r"(?<![\d.])(?P<count>\d[\d,]*)(?:\s*(?P<unit>" + "|".join(_UNITS) + r")(?![\d])"
    r"(?:\s*[(（]?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*[)）]?)?"
    r"|\s+[(（]?\s*(?P<pct2>\d+(?:\.\d+)?)\s*[%％])")
_GRADE_RE = re.compile(
    r"(?:^|(?<=[\s、,，/／;；(（]))(?P<label>[A-Z]{1,2})\s*[:：]\s*(?P<count>\d{1,5})(?![\d.,])"
    r"(?:\s*(?P<unit>" + "|".join(_UNITS) + r"))?"
    r"(?:\s*[(（]?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*[)）]?)?")
_FACT_BREAK_RE = re.compile(r"[、，,/／;；。]|\s{2,}")
_LEADER_RE = re.compile(r"[…‥・.．･\-‐ー−=＝~〜\s]{2,}|[…‥]")
_COUNT_HEADER_RE = re.compile(r"(件数|項目数|事業数|取組数|数|件)$")
_PCT_HEADER_RE = re.compile(r"(割合|比率|構成比|率|%|％)")


# 「【産業振興部】（続き）」: a section heading printed again over the next page's rows is the same section.
_GOES_ON_RE = re.compile(r"\s*[(（](?:続き|つづき|続)[)）]\s*$")


def _heading_text(text: str) -> str:
    """A heading's words, its marks (#, ★, 【】) and a trailing （続き） taken off."""
    # (「【４】集会施設」: the bracketed number leads the name; taking off only its 【 left 「４】集会施設」)
    text = re.sub(r"^\s*【\s*([0-9０-９]{1,3})\s*】\s*(?=\S)", r"\1 ", clean(text))
    return _GOES_ON_RE.sub("", text).strip("#★☆■□●◆◇▼▽【】 ")


@dataclass
class _Item:
    record_line: int
    number: str
    style: str
    title: str
    heading: str
    fields: dict[str, str]
    lines: list[str]
    end_line: int
    opener: str = ""  # the label whose value named an item without a number (事業名): it starts the next one
    noun: str = ""  # the word it is numbered with (取組1, 重点項目2)
    marker: str = ""  # its numbering as printed when the number alone would not say it (第3章)
    blank_seen: bool = False  # a blank line came while it was open
    parent: "_Item | None" = None  # the item it is numbered under (（1） under １)
    bracketed: bool = False  # named by a 【…】 line alone (【朝霧市（東山県）】 over 区分：… lines)


@dataclass
class _Table:
    header: list[str]
    kind: str
    caption: str
    line: int
    pairs: bool  # a two-column label | value table under an item: its rows are the item's fields
    rows: int = 0
    item: _Item | None = None  # the item a table with a header sits under
    lent: tuple[str, ...] = ()  # labels its one data row gave the item (taken back at a second row)
    end: int = 0  # the line of its last row
    last_first: str = ""  # the first cell of its last data row
    heading: str = ""  # the heading it sits under
    given: tuple[str, ...] = ()  # labels its one row of label | value pairs gave the item
    top: list[str] = field(default_factory=list)  # its header's first row as printed (over a second row)
    again: bool = False  # that first row was just printed again (a next page): its second row follows
    # The leading cells naming a group (施設番号 | 施設名) of its last row that printed them, by column, and whether
    # its first row printed them (a group's cell over several rows is printed on its first row only).
    group_cells: dict[int, str] = field(default_factory=dict)
    groups_open_first: bool = False
    names: set[str] = field(default_factory=set)  # the text cells of its rows so far (what a 「小学校計」 sums)

    def __post_init__(self) -> None:
        self.top = self.top or list(self.header)


@dataclass
class Structure:
    """What the walk found; `records()` turns it into records keyed by source and line."""

    source: str
    items: list[_Item] = field(default_factory=list)
    rows: list[Record] = field(default_factory=list)
    facts: list[Record] = field(default_factory=list)

    def records(self) -> list[Record]:
        out: list[Record] = []
        folded = _labelled_children(self.items)
        for it in self.items:
            text = " ".join(it.lines)
            if it.opener and it.number and it.title == it.number:
                # 「提案番号：R7-01」 over 「件名：…」: the block is called by its name, numbered by its first line.
                it.title = next((v for k, v in it.fields.items() if _TITLE_LABEL_RE.match(k)), it.title)
            fields = {**it.fields, **{k: v for k, v in folded.get(id(it), {}).items() if k not in it.fields}}
            out.append(Record(ITEM, f"{self.source}:{it.record_line}", {
                "number": it.number, "title": it.title, "heading": it.heading,
                "fields": {**fields, **target_and_actual(fields), **tallies(fields)},
                "text": text[:2000],
            }, self.source, it.record_line, it.end_line))
        return out + self.rows + self.facts


# 「KPI：電子決裁率　目標80%に対し、実績63%」: an indicator's target and result said in one sentence.
_TARGET_ACTUAL_RE = re.compile(r"目標\s*(?:値)?\s*[:：は]?\s*(?P<target>[0-9０-９][0-9０-９,，.．]*\s*[^\s0-9、。,，に]{0,6}?)\s*に対し(?:て)?\s*[、,，]?\s*"
                               r"実績\s*(?:値)?\s*[:：は]?\s*(?P<actual>[0-9０-９][0-9０-９,，.．]*\s*[^\s0-9、。,，]{0,6}?)\s*(?:[。、,，]|$)")


# 「廃止3人・要改善2人・現行どおり0人」: a vote, each category with its count.
_TALLY_RE = re.compile(r"^\s*(?:[^\d・、,，/／\s]{1,10}\s*\d{1,4}\s*(?P<unit>[人票名])\s*[・、,，/／\s]\s*){1,9}"
                       r"[^\d・、,，/／\s]{1,10}\s*\d{1,4}\s*(?P=unit)\s*$")
_TALLY_PART_RE = re.compile(r"([^\d・、,，/／\s]{1,10})\s*(\d{1,4})\s*[人票名]")


def tallies(fields: dict[str, str]) -> dict[str, str]:
    """Each category of a vote field as a count of its own, 「評決(人数)廃止」: 3 (the label, its counter and the
    category, as a header of a count table grouped under one heading reads)."""
    out: dict[str, str] = {}
    for label, value in fields.items():
        m = _TALLY_RE.match(value or "")
        if not m or "(" in label:
            continue
        for category, count in _TALLY_PART_RE.findall(value):
            out.setdefault(f"{label}({m.group('unit')}数){category}", count)
    return out


def target_and_actual(fields: dict[str, str]) -> dict[str, str]:
    """目標 and 実績 read from a field whose value states both (they are what users ask for), unless the
    item has such labels of its own."""
    if "目標" in fields or "実績" in fields:
        return {}
    for value in fields.values():
        m = _TARGET_ACTUAL_RE.search(value or "")
        if m:
            return {"目標": m.group("target").strip(), "実績": m.group("actual").strip()}
    return {}


# 「（3）出席者　16名（本部長を含む）」: an item's line that is a label and its value.
_FIELD_LINE_RE = re.compile(r"^([一-龥ァ-ヶー]{2,6})\s+(\S.*)$")
_BARE_LABEL_RE = re.compile(r"^[一-龥ァ-ヶー]{2,6}$")
_LIST_JOIN = "／"  # (entries of a list folded into one field; 「／」 splits them again as a cell's parts)


def _labelled_children(items: list[_Item]) -> dict[int, dict[str, str]]:
    """A block whose numbered lines are all labels with values (１ 第1回会議: （1）日時 …（2）場所 …
    （3）出席者 16名 （4）報告事項 ①…②…): the lines are the block's fields, a label over a list (報告事項
    over ①②③) holding its entries, so the blocks read as rows of one table (日時, 出席者, 報告事項…).
    Three labels at least, each once, and no line of another kind: else the lines are items only."""
    children: dict[int, list[_Item]] = {}
    for it in items:
        if it.parent is not None:
            children.setdefault(id(it.parent), []).append(it)
    out: dict[int, dict[str, str]] = {}
    for parent in items:
        kids = children.get(id(parent), [])
        fields: dict[str, str] = {}
        for kid in kids:
            listed = children.get(id(kid), [])
            said = _FIELD_LINE_RE.match(kid.title)
            if _BARE_LABEL_RE.match(kid.title) and listed and not any(children.get(id(g)) for g in listed):
                label, value = kid.title, _LIST_JOIN.join(g.title for g in listed)
            elif said and not listed:
                label, value = said.group(1), said.group(2)
            else:
                fields = {}
                break
            if label in fields:
                fields = {}
                break
            fields[label] = value[:_MAX_VALUE * 2]
        if len(fields) >= 3:
            out[id(parent)] = fields
    return out


# A legend's line (「C：大幅に遅れている」「◎…達成」) above a table names its grades, not the table.
_LEGEND_LINE = re.compile(r"^\s*(?:[A-Z]|[◎○△×●▲■□◇◆])\s*[:：=＝]|.*(?:区分|凡例)\s*[】)）]"
                          # 「S（目標を上回って達成）、A（目標どおり達成）…の4段階です。」: grades explained
                          r"|^\s*(?:[A-Z]|[◎○△×])\s*[（(][^）)]{1,20}[）)]\s*[、,・]")
# 「進捗状況 S：計画以上 A：計画どおり」: two marks or more each explained.
_LEGEND_MARK = re.compile(r"(?:^|\s)(?:[A-Z]|[◎○〇△▲×✕●■□◇◆])\s*[:：=＝]")

# 「【凡例】」「用語の説明」: a heading over lines explaining the labels (概算事業費：…の合計額), no item of its own.
_LEGEND_HEADING = re.compile(r"^(?:凡例|用語(?:の(?:説明|定義|解説))?|記号の(?:説明|見方)|表の見方)$")


def _named(item: _Item) -> str:
    """An item as the heading of what sits under it: 「重点項目2 歳出の削減」 (the word it is numbered with kept)."""
    return f"{item.marker or item.noun + item.number} {item.title}".strip()


def item_start(line: str) -> tuple[str, str, str] | None:
    """(number, style, rest of the line) when a line opens a numbered item."""
    stripped = line.strip()
    if _BULLET_RE.match(stripped):
        # 「●取組1 ごみ収集業務の民間委託」: a measure numbered with its word, behind a bullet.
        bare = item_start(_BULLET_RE.sub("", stripped))
        return bare if bare is not None and bare[1] == "word" else None
    if stripped[:1] in _CIRCLED:
        return _CIRCLED[stripped[0]], "circled", nfkc(stripped[1:]).strip()
    m = _ITEM_RE.match(nfkc(stripped))
    if not m:
        return None
    for style in ("date", "no", "code", "paren", "dot", "num", "dai", "word", "kana", "labelled"):
        value = m.group(style)
        if value:
            number = re.sub(r"\s+", "", value).replace("‐", "-").replace("ー", "-").replace("−", "-")
            return number, style, m.group("rest").strip()
    return None


_TAG_RE = re.compile(r"^[【\[［]([^】\]］]{1,12})[】\]］]\s*(.*)$")


def dated_entry(number: str, rest: str) -> tuple[str, dict[str, str]]:
    """「2026.5.12」「【研修】業務改善研修を開催」 → the entry's title and its 日付 (ISO) and 分類 (the tag it is
    filed under)."""
    y, mo, d = (int(p) for p in re.split(r"[./]", number))
    fields = {"日付": f"{y:04d}-{mo:02d}-{d:02d}"}
    tag = _TAG_RE.match(rest)
    if tag:
        fields["分類"] = tag.group(1).strip()
        rest = tag.group(2).strip() or rest
    return rest, fields


_BRACKET_ALONE_RE = re.compile(rf"【({_LABEL_CHARS}{{2,{_MAX_LABEL}}})】")
# (「【事務局（行政改革推進課長）】資料1により説明」: a speaker's office with the post in brackets is one label)
_BRACKET_LABEL_RE = re.compile(rf"^【({_LABEL_CHARS}{{2,{_MAX_LABEL}}}(?:[(（][^()（）\s]{{1,14}}[)）])?)】\s*(\S.*)$")


# (a word, not a number: 「(1) …」 is an item's number, 「(2024年)」 no label; nor a label naming a year,
# 「（令和7年度の実績）」: a year's part of the item's text, which the item's own 実施期間 would be read against)
_PAREN_LABEL_RE = re.compile(rf"^[(（]((?=[^)）]*[一-龥ぁ-んァ-ヶ])(?![^)）]*\d\s*年){_LABEL_CHARS}{{2,{_MAX_LABEL}}})[)）]\s*(\S.*)$")


def label_values(text: str) -> dict[str, str]:
    """「所管課：情報政策課、関係課：総務課」 → {所管課: 情報政策課, 関係課: 総務課}; a value without
    another label after it runs to the end (「担当：企画課、財政課」 keeps both). 「【所管課】情報政策課」
    is the same pair."""
    out: dict[str, str] = {}
    bracket = _BRACKET_LABEL_RE.match(text.strip())
    if bracket:
        # 「【所在地】東浜町二丁目1番3 【面積】12,845.62㎡ 【審議】第1回会議」: several bracketed labels on one line,
        # each after a space, are as many pairs (read as one, the first label's value held the others)
        parts = re.split(r"\s+(?=【)", text.strip())
        pairs = [_BRACKET_LABEL_RE.match(p) for p in parts]
        if len(parts) >= 2 and all(pairs):
            for m in pairs:
                out.setdefault(m.group(1), m.group(2).strip()[:_MAX_VALUE])
            return out
        return {bracket.group(1): bracket.group(2).strip()[:_MAX_VALUE]}
    found = list(_LABEL_RE.finditer(text))
    for n, m in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        value = text[m.end():end].strip(_SEPARATORS + "。")
        kept = text[m.end():end].rstrip(_SEPARATORS.replace("ー", "") + "。")
        if re.search(r"[ァ-ヶ]ー+$", kept):
            value = kept.lstrip(_SEPARATORS + "。")  # (「センター」 keeps its long vowel: no separator there)
        label = m.group("label")
        if value and (not label.isascii() or _ACRONYM_LABEL.fullmatch(label)) and not label.isdigit():
            out.setdefault(label, value[:_MAX_VALUE])
    return out


def split_title(rest: str) -> tuple[str, dict[str, str]]:
    """An item line's title and the labelled values written with it: 「電子申請の拡充（所管課：情報政策課）」
    or 「電子申請の拡充 所管課：情報政策課」. A colon right after the start belongs to the title."""
    fields: dict[str, str] = {}
    # 「No.3 【該当箇所】第3章 取組2」: what the item is about, labelled, is its field too (its line the title).
    opened = _BRACKET_LABEL_RE.match(rest.strip())
    if opened:
        fields[opened.group(1)] = clean(opened.group(2)).strip()[:_MAX_VALUE]

    def take(m: re.Match) -> str:
        inner = label_values(m.group(1))
        if inner:
            for k, v in inner.items():
                fields.setdefault(k, v)
            return " "
        return m.group(0)

    title = _PAREN_RE.sub(take, rest)
    for m in _LABEL_RE.finditer(title):
        if m.start() > 0 and title[:m.start()].strip(_SEPARATORS):
            for k, v in label_values(title[m.start():]).items():
                fields.setdefault(k, v)
            title = title[:m.start()]
            break
    return clean(title).strip(_SEPARATORS), fields


def count_facts(text: str) -> list[tuple[str, int, str, float | None]]:
    """(label, count, unit, percent) stated in a line: 「未達成 21件 30.4%」「S:0、A:4」
    「C:進捗に課題あり … 7項目(8.2%)」."""
    text = nfkc(text)
    out: list[tuple[str, int, str, float | None]] = []
    taken: list[tuple[int, int]] = []
    for m in _GRADE_RE.finditer(text):
        out.append((m.group("label"), int(m.group("count")), m.group("unit") or "", _pct(m.group("pct"))))
        taken.append(m.span())
    start = 0
    for m in _COUNT_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            start = m.end()
            continue
        if m.group("unit") and not m.group("pct") and re.match(r"\d[\d,]*\s", m.group(0)) \
                and re.match(r"[一-龥]", text[m.end():m.end() + 1]):
            continue  # 「取組8 人材育成」: the number's word, then a word that starts with a unit's character
        before = text[start:m.start()]
        # The label is the text since the last break (、 or a wide gap), leaders (…, ・・・) removed.
        pieces = _FACT_BREAK_RE.split(before)
        label = pieces[-1] if pieces else ""
        if not label.strip() and len(pieces) > 1:
            label = pieces[-2]
        raw = clean(label).strip(_SEPARATORS)
        label = _fact_label(label)
        start = m.end()
        counted = _COUNTED_AFTER.match(text, m.end())
        if counted and m.group("unit") and raw[-1:] in "はがもにで" or counted and m.group("unit") and raw[-2:] == "から" \
                or counted and m.group("unit") and re.search(r"(?:全|計|合計|延べ|延)$", raw):
            # (「…の間に全５回の会議を開催し」: the whole said before the count, what it counts after it)
            # 「令和6年度は職員から42件の提案があり」: what is counted is the noun after the count, not the
            # sentence's start before it.
            label = counted.group(1)
        done = _DONE_AFTER.match(text, m.end())
        if done and m.group("unit") and not counted and (raw.endswith(("結果", "うち", "中")) or not label):
            # 「審査の結果5件を採用しました」: what the count is of is what was done to it (採用), not the clause
            # before it (審査の結果)
            label = done.group(1)
        if raw != label and raw[-1:] in "はがもに" and _YEAR_ONLY.fullmatch(label):
            continue  # 「令和7年度は90事業を点検し」: the year the sentence is of, not what it counts
        if _BY_HOW_MUCH.search(raw) and _MORE_OR_LESS.match(text, m.end()):
            continue  # 「目標を35人上回っています」: by how much it is over the target, not the target's count
        if _BOUND_AFTER.match(text, m.end()):
            continue  # 「150社を超えました」「約」: a bound or a round figure (a headline's), never the count itself
        if (len(label) < 2 and label not in _SYMBOL_GRADES) or len(label) > _MAX_FACT_LABEL or label.isascii() or label[-1].isdigit() or label[-1] in _PER \
                or _is_date_tail(text, m):
            continue
        out.append((label, int(m.group("count").replace(",", "")), m.group("unit") or "",
                    _pct(m.group("pct") or m.group("pct2"))))
    return out


_PER = "年月週日"
# A headline said as a sentence (a newsletter's 「…が120名となりました」), not a caption.
_HEADLINE_END = re.compile(r"(?:ました|ます|した|です|でした)[!！。]?$")
# A count said against another figure (「目標を35人上回る」「前年度より12件増加」): a difference, no label's count.
_BY_HOW_MUCH = re.compile(r"(?:を|より|に比べ(?:て)?|と比べ(?:て)?|比)\s*$")
_MORE_OR_LESS = re.compile(r"\s*(?:も)?(?:上回|下回|超過|超え|超|増|減|多|少な|足りな|不足)")
# 「150社を超えました」「200人余り」「100件以上」「50名近く」: a count said as a bound, not the figure.
# (「1件あたり」「1人につき」: a rate, no count either)
_BOUND_AFTER = re.compile(r"\s*(?:を|も)?\s*(?:超え|超|突破|上回|余り|あまり|以上|近く|弱|強|程度|前後|あたり|当たり|につき)")
# 「42件の提案があり」「3件を表彰」: the noun a count is of, written after it.
_COUNTED_AFTER = re.compile(r"\s*の([一-龥ァ-ヶー]{2,12})(?=が|を|は|に|について|で)")
# 「5件を採用しました」「3件を表彰」: the act a count underwent, written after it.
_DONE_AFTER = re.compile(r"\s*を\s*([一-龥]{2,4})(?=し|する|され|とし|と決定|。|$)")
_YEAR_ONLY = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?")
_SYMBOL_GRADES = "◎○〇△▲×✕"  # grades printed as symbols: 「◎ 2件」  # 「年4か所」「月2回」: a rate, not a count
_LIST_NUMBER_RE = re.compile(r"^(?:\d{1,2}\s+|[(]\d{1,2}[)]\s*)")


def _fact_label(text: str) -> str:
    """The label before a count, without leaders (……), list numbers (「3 」) or the unclosed part of
    a parenthesis around it (「(旧館時 2か所」 → 旧館時)."""
    label = _LEADER_RE.sub(" ", text)
    if label.rfind("(") > label.rfind(")"):
        label = label[label.rfind("(") + 1:]
    elif ")" in label and label.count(")") > label.count("("):
        label = label[label.rfind(")") + 1:]
    label = _LIST_NUMBER_RE.sub("", clean(label).strip(_SEPARATORS + "：:"))
    label = clean(label).strip(_SEPARATORS + "：:")
    # 「未達成が21件」「うちA評価は4件」: the particle and 「うち」 are the sentence's, not the label's.
    label = re.sub(r"^うち\s*", "", label)
    if len(label) > 2 and label[-1] in "がはもでにを" and not label[-2:] in ("ため", "など"):
        label = label[:-1]
    # 「令和6年度末時点で「完了」12項目」: the word in quotes right before the count is what is counted.
    quoted = re.search(r"[「『]([^「」『』]{1,15})[」』]$", label)
    return quoted.group(1) if quoted else label


def _is_date_tail(text: str, m: re.Match) -> bool:
    # 「第3回」「令和5年3月…」: a number that is an ordinal or part of a date counts nothing.
    return m.start() > 0 and text[m.start() - 1] in "第"


def _pct(value: str | None) -> float | None:
    return float(value) if value else None


_PART_MARK_RE = re.compile(r"^[■□◆◇▼▽●]\s*\S")
_OWNER_LABEL_RE = re.compile(r"[一-龥]{1,4}")


def _part_owner(stack: list[_Item], text: str, line_no: int) -> _Item | None:
    """The item a marked heading (「■構成事業」) right under a coded item's labelled lines is a part of: a
    numbered item with a noun (「施策 1-2 …」) and fields, ended no more than two lines before. Its parts'
    tables repeat under each such item, so their rows alone would not say whose they are."""
    if not stack or not _PART_MARK_RE.match(nfkc(text).strip()):
        return None
    item = stack[-1]
    if not (item.noun and item.number and item.fields) or line_no - item.end_line > 2:
        return None
    return item


def _owner_cells(item: _Item, values: dict[str, str]) -> dict[str, str]:
    """The owning item's number, name and labelled fields as cells of a row of its part's table, named by the
    item's noun (施策番号, 施策名) and its labels (主管部); the row's own cells keep their names."""
    cells = {f"{item.noun}番号": item.number, f"{item.noun}名": item.title}
    # (only its short plain labels naming a body or a parent, 主管部, 政策: a judgement or a trend of the item,
    # 施策の評価, 評価の推移, is the item's own record's to answer, not each of its rows')
    cells.update({label: value for label, value in item.fields.items()
                  if _OWNER_LABEL_RE.fullmatch(label) and not re.search(r"\d", nfkc(value)) and len(value) <= 40})
    return {label: value for label, value in cells.items() if label not in values}


class Walker:
    """Fed the document's lines in order (the loader's one pass); builds the structure."""

    def __init__(self, source: str) -> None:
        self.out = Structure(source)
        self.source = source
        self.heading = ""
        self.heading_bracketed = False  # the heading is a 【…】 line alone
        self.stack: list[_Item] = []  # open items, outermost first (their numbering styles nest)
        self.table: _Table | None = None
        self.last_text = ""  # the line before a table, its caption when no heading is closer
        self.lines_in_item = 0
        self.facts_seen = 0
        self.facts_line = 0
        self.heading_line = 0  # the line of the current heading while nothing but blank lines followed it
        self.caption: tuple[str, int] | None = None  # the last text line when it reads as a title
        self.last_table: _Table | None = None  # the table whose rows came last (a next page may go on with it)
        self.outer_heading = ""  # the heading before it
        self.first_line = 0
        self.title_line = 0  # a heading before any text is the document's title, never an item's name
        self.title_text = ""
        self.bare_number: tuple[str, str, int] | None = None  # 「取組2」 alone: (number, noun, line) of the next item
        self.unit_note: tuple[str, int] | None = None  # 「（単位：千円）」 on the line over a table
        self.unit_alone = True  # (whether that unit stood on its row alone)
        self.noted_caption: tuple[str, int] | None = None  # a title kept over its table's date and unit row
        # the coded item (「施策 1-2 学校教育の充実」 over its labelled lines) whose part 「■構成事業」 the current
        # heading is: that part's table rows belong to the item (summed, filtered by it)
        self.part_of: _Item | None = None
        self.lead: list | None = None  # [noun, style]: 「次のようなご意見をいただきました」 names the items after it
        self.mark_label = ""  # what an item's trailing 【…】 is, when the document says so (「【】内は令和6年度末の状況」)
        self.legend: dict[str, str] = {}  # a value the document's legend explains → the label it is of (完了 → 状況)
        self.bracket_field: tuple[str, int] | None = None  # 「【課題】」 alone under an item: (label, line)
        self.bullet_field: tuple[str, int] | None = None  # that field when its value is a ・ list: (label, last line)
        self.rule_line = 0  # a rule line (━━━) with nothing but blank lines after it yet

    # --------------------------------------------------------------------------------------
    def set_heading(self, text: str, line_no: int) -> None:
        """A heading passage (also a short line standing alone) closes the open items."""
        if self.stack and self.stack[-1].record_line == line_no:
            return  # the item's own line, read as a heading by the passages
        if self._bare_number(text, line_no) or self._legend(text):
            return
        started = item_start(text)
        if started is not None and started[1] == "word" and started[2]:
            self._open_item(started, text, line_no)  # 「●取組1 …」 set apart as a heading is still the measure
            return
        if started is not None or _PAGE_NUMBER_RE.fullmatch(nfkc(text).strip()):
            return  # a page number between a page's end and the next is no heading
        if self._running_title(text, line_no):
            return
        if _UNIT_LINE_RE.match(nfkc(text).strip()):
            # 「（単位：％）」 standing alone between a heading (「問２ …」) and its table: the numbers' unit, no heading
            # (two tables of one header under two headings stay apart, each under its own)
            self.unit_note = (nfkc(text).strip(), line_no)
            self.unit_alone = True
            return
        label = _BRACKET_ALONE_RE.fullmatch(nfkc(text).strip())
        if label and self.stack and self.stack[-1].fields and not re.search(r"\d", label.group(1)):
            # 「【課題】」 on a line of its own under an item of fields, a paragraph below it: that item's
            # field (of its paragraph), no heading of the items after it.
            self.bracket_field = (label.group(1), line_no)
            return
        if is_total_row(nfkc(text).split()):
            return  # 「総務部計　126,930千円」 under a table sums its rows: no heading of the tables after it
        if self.stack and _LABEL_RE.match(_BULLET_RE.sub("", nfkc(text))):
            return  # 「所管課：情報政策課」 standing alone between blank lines is the item's field
        if self.stack and part_label(text) and (self.table is None or self.table.pairs) \
                and not (self.stack[-1].bracketed and self.stack[-1].fields):
            # 「【提言内容】」 alone: a part of the open item, which goes on. (「【北部地区】」 merged across a
            # table of rows between its rows is a section of that table: the rows below sit under it.)
            self.text_line(text, line_no)
            return
        if self._field_after_table(text, line_no):
            return
        if len(_LEGEND_MARK.findall(nfkc(text))) >= 2:
            return  # a legend under one sheet's table explains its marks; the next table is not under it
        self.last_text = ""
        self.part_of = _part_owner(self.stack, text, line_no)
        self.outer_heading = self.heading
        self.heading = _heading_text(text)
        self.heading_line = line_no
        self.heading_bracketed = bool(re.fullmatch(r"【[^【】]{1,40}】", nfkc(text).strip()))
        for fact in reversed(self.out.facts if _HEADLINE_END.search(self.heading) else []):
            if fact.line != line_no:
                break
            # (a headline's own figure, read before the line was known to be a heading, is under it, not the
            # article's before it; a line of counts alone, 「S:0、A:4」, stays under the heading over it)
            fact.fields["heading"] = self.heading
        if not self.title_line and self.first_line in (0, line_no):
            self.title_line, self.title_text = line_no, clean(text)
        self.stack = []
        self.lead = None

    def section_in_table(self, text: str, line_no: int) -> None:
        """A row merged across a table between its rows (「３ 公共施設の最適化」): the rows below sit under
        it even when it is numbered as an item would be (set_heading leaves those to the items)."""
        if self.heading_line == line_no or (self.stack and self.stack[-1].record_line == line_no) \
                or self.table is None or self._legend(text):
            return
        self.outer_heading = self.heading
        self.heading = _heading_text(text)
        self.heading_line = line_no

    def note_in_table(self, text: str, line_no: int) -> None:
        """A note merged across a table between its rows: neither a row nor a heading; the table,
        its header and the heading its rows sit under go on below it."""
        self.heading_line = 0

    def _bullet_goes_on(self, stripped: str, line_no: int) -> None:
        """The next 「・」 line right under a bracketed field's bullet list joins the field's value; any other
        line ends the list. (The line is still read as before: only the field grows.)"""
        label_line, self.bullet_field = self.bullet_field, None
        if not label_line or not self.stack or line_no - label_line[1] > 1:
            return
        text = nfkc(stripped).strip()
        if not text.startswith("・"):
            return
        item = self.stack[-1]
        value = item.fields.get(label_line[0])
        if not isinstance(value, str) or len(value) + len(text) > _MAX_BULLETS:
            return
        item.fields[label_line[0]] = f"{value} {clean(stripped)}"
        self.bullet_field = (label_line[0], line_no)

    def _running_title(self, text: str, line_no: int) -> bool:
        """The document's first line printed again at the top of a page (a running header): it is
        no heading, caption or line of what follows."""
        if not self.title_text or line_no == self.title_line:
            return False
        # (「…（続き）」: the title again over the next page's repeated header, the same table going on)
        return clean(text) == self.title_text or re.sub(r"\s*[(（](?:続き|つづき|続)[)）]\s*$", "", clean(text)) == self.title_text

    def text_line(self, stripped: str, line_no: int) -> None:
        self.table = None
        if self.bracket_field and self.stack and line_no - self.bracket_field[1] <= 2 \
                and not label_values(nfkc(stripped)) and item_start(stripped) is None:
            item = self.stack[-1]
            item.fields.setdefault(self.bracket_field[0], clean(stripped)[:_MAX_VALUE])
            item.end_line = line_no
            # 「【仕分け人の主な意見】」 over 「・…」 lines: every bullet is the field's, not the first alone
            # (a question counts them or looks for a word in any of them).
            self.bullet_field = (self.bracket_field[0], line_no) if nfkc(stripped).strip().startswith("・") else None
            self.bracket_field = None
            return
        self.bracket_field = None
        self._bullet_goes_on(stripped, line_no)
        if _UNIT_LINE_RE.match(nfkc(stripped).strip()):
            # 「（単位：百万円）」 on a line of its own between a heading and its table: the numbers' unit
            self.unit_note = (nfkc(stripped).strip(), line_no)
            self.unit_alone = True
        if not self.first_line and not self.title_line:
            self.title_line, self.title_text = line_no, clean(stripped)
        self.first_line = self.first_line or line_no
        if self._running_title(stripped, line_no):
            return
        if self._bare_number(stripped, line_no):
            self.caption = None
            return
        self._legend(stripped)
        said = _MARK_NOTE_RE.search(nfkc(stripped))
        if said:
            # (「令和6年度末の状況」 is said of a year's state: the field is that year's, as 「（令和5年度末：…）」
            # beside it is the year before's)
            self.mark_label = re.sub(r"^((?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?末?)(?:時点)?の(?:状況|進捗状況|進捗|達成状況)$",
                                     r"\1", said.group(1))
        started = item_start(stripped)
        # 「(4)」 alone on its line over its title (a two-column PDF wraps a long title under its number): the
        # number opens the next line's item. Only bracketed and circled numbers: a bare 「2」 may be a page's.
        alone, self.marker_alone = getattr(self, "marker_alone", None), None
        if started is not None and not started[2] and started[1] in ("paren", "circled"):
            self.marker_alone = (started, line_no)
        elif started is None and alone is not None and line_no - alone[1] == 1 \
                and not label_values(nfkc(stripped)) and len(nfkc(stripped).strip()) >= 2:
            started = (alone[0][0], alone[0][1], nfkc(stripped).strip())
        lead = _LEAD_IN_RE.search(nfkc(stripped)) if started is None else None
        if lead:
            self.lead = [lead.group(1), ""]
        if started is None and self.stack and self.caption and self.caption[1] == line_no - 1 \
                and count_facts(stripped):
            self._caption_as_heading(line_no)
        paragraph = getattr(self, "section_paragraph", None)
        self.section_paragraph = None
        if started is not None and started[2] and self._section_of_sheet(started):
            # 「1 利用実績」 inside a facility's sheet: a part of the sheet, not an item of its own
            # (「2　総合評価　　A」「3　所見」 over its paragraph: the sheet's fields)
            said = section_field(started[2])
            if said is not None and said[0] not in self.stack[-1].fields:
                if said[1]:
                    self.stack[-1].fields[said[0]] = said[1]
                else:
                    self.section_paragraph = (said[0], line_no)
        elif started is None and paragraph and self.stack and line_no - paragraph[1] <= 1 \
                and paragraph_goes_on(stripped):
            item = self.stack[-1]
            item.fields[paragraph[0]] = (item.fields.get(paragraph[0], "") + clean(stripped).strip())[:_MAX_VALUE * 2]
            self.section_paragraph = (paragraph[0], line_no)
        elif started is not None and started[2]:
            self._open_item(started, stripped, line_no)
        else:
            body = unspaced_label(_BULLET_RE.sub("", nfkc(stripped)))
            named = _BRACKET_LABEL_RE.match(body)
            if not named and self.stack and self.stack[-1].style == "titled" and getattr(self, "blank_before", False):
                named = next_block(self.stack[-1], name_line(body), _NAME_LABEL_RE)
            ruled = self.rule_line and not named and _ruled_opener(name_line(body))
            if ruled:
                # 「━━━」 over 「提案番号：R7-01」「件名：…」 lines: each ruled-off block named or numbered by its
                # first line is an item of its own (a register printed as text, one block per entry).
                self.stack = []
                item = self._open_titled(ruled.group(2).strip(), line_no, self.heading, opener=ruled.group(1))
                if _NUMBER_LABEL_RE.match(ruled.group(1)) or _NUMBER_LABEL_RE_RULED.match(ruled.group(1)):
                    item.number = nfkc(ruled.group(2)).strip()
            elif named and _NAME_LABEL_RE.match(named.group(1)):
                # 【事業名】X over 【所管課】… lines: the name starts an item without a number.
                if self.stack and self.stack[-1].style == "titled":
                    self.stack = []
                if not self.stack:
                    heading = getattr(named, "heading", None) or self.heading
                    self._open_titled(named.group(2), line_no, heading, opener=named.group(1))
            elif not self.stack and self.heading_line and self.heading_line != self.title_line \
                    and (named or _LABEL_RE.match(body)) and not _LEGEND_HEADING.match(self.heading):
                # 「■ 電子申請の拡充」 over 【所管課】… or 所管課：… lines: the heading names an item,
                # and what follows the item sits under the heading before it again.
                item = self._open_titled(self.heading, self.heading_line, self.outer_heading)
                # (「【朝霧市（東山県）】」 over its 区分：… lines: the next 【…】 line alone names the next block, its
                # sibling, not a part of this one as 【現状と課題】 under 「■ 電子申請の拡充」 is)
                item.bracketed = self.heading_bracketed
                self.heading = self.outer_heading
            elif named and self.caption and self.caption[1] == line_no - 1 \
                    and (not self.stack or self.stack[-1].style == "titled"):
                # A title line over 【所管課】… lines, unmarked (Word's automatic numbering is not in
                # the text): the line names an item, and ends the one before it.
                if self.stack:
                    item = self.stack[-1]
                    if item.lines and item.lines[-1] == self.caption[0] and item.end_line == line_no - 1:
                        item.lines.pop()
                        item.end_line = max(item.record_line, line_no - 2)
                    self.stack = []
                self._open_titled(self.caption[0], self.caption[1], self.heading)
        if self.stack and self.stack[-1].record_line == line_no and self.stack[-1].style != "titled":
            pass
        elif self.stack and self.lines_in_item < _MAX_ITEM_LINES:
            self.lines_in_item += 1
            item = self.stack[-1]
            body = unspaced_label(_BULLET_RE.sub("", nfkc(stripped)))
            found = label_values(body) if _LABEL_RE.match(body) or body.startswith("【") else {}
            qa = _QA_LINE_RE.match(body.strip()) if not found else None
            if qa:
                # 「Q.　…」「A.　…」: a question received and the answer given (市民の声, FAQ); the entry
                # numbered only (■No.4) is called by what was asked.
                found = {_QA_LABELS[qa.group(1)]: qa.group(2).strip()[:_MAX_VALUE]}
                if qa.group(1) == "Q" and item.style == "titled" and item.number and _BARE_NO_RE.match(item.title):
                    item.title = clean(qa.group(2)).strip()[:_MAX_VALUE]
            paren = _PAREN_LABEL_RE.match(body.strip()) if not found else None
            if paren:
                # 「（意見の概要）…」「（反映区分）A」: a label in round brackets heading its line, as
                # published opinion results print each opinion's parts: the item's field.
                found = {paren.group(1): paren.group(2).strip()[:_MAX_VALUE]}
            cells = [c.strip() for c in body.split("|") if c.strip()] if "|" in body else []
            if len(cells) == 2 and _labelish(cells[0]):
                found = {cells[0]: cells[1][:_MAX_VALUE]}  # 「担当課名 | 情報政策課 |」 outside a table
            spaced = _SPACED_LABEL_RE.match(stripped.strip(" \t"))
            if not found and spaced:
                # 「質問者　大西 恵子議員（公明党）」: a label of who (質問者, 答弁者, 担当課) set off from its
                # value by an ideographic space, as minutes print them: the item's field.
                found = {spaced.group(1): clean(nfkc(spaced.group(2))).strip()[:_MAX_VALUE]}
            if not found:
                # 「効果額は320百万円。」 in an item's prose: an amount stated under its name is its field.
                found = {m.group(1): m.group(2) for m in _PROSE_AMOUNT_RE.finditer(body)}
            if not found and nfkc(stripped).strip() in self.legend:
                # 「完了」 alone in a measure (a web page's status badge): the value the legend explains.
                value = nfkc(stripped).strip()
                found = {self.legend[value]: value}
            for k, v in found.items():
                if k != item.opener:  # 【事業名】 is the item's title
                    item.fields.setdefault(k, v)
            item.lines.append(clean(stripped))
            item.end_line = line_no
        # An item's number (No.3) is no count: only the rest of its line may state one.
        found = self._facts(started[2] if started is not None else stripped, line_no)
        if not (_NOTE_UNDER_TITLE_RE.match(nfkc(stripped)) and self.last_text and not found):
            # (a note 「※削減額＝契約額－見直し後。」 between a sheet's title and its table names no table:
            # the title over it still does)
            self.last_text = "" if found else clean(stripped)  # a line of counts is no table's caption
        self.heading_line = 0
        self.caption = (clean(stripped), line_no) if not found and started is None and _captionish(stripped) else None
        self.blank_before = False
        self.rule_line = 0

    def rule(self, line_no: int) -> None:
        """A rule line (━━━, ───): layout, but the block after it stands apart (see text_line)."""
        self.rule_line = line_no

    def table_row(self, cells: list[str], kind: str, line_no: int) -> None:
        cells = [clean(nfkc(c)) for c in cells]
        if self.table is not None and not self.table.pairs and self.table.rows and self.heading_line == line_no - 1 \
                and self.heading_line and _new_header(self.table.header, cells):
            # 「３ 施設分類別の施設数」 right under a table's last row, then | 施設分類 | 性質 | … | of another
            # width, every cell a label: the next section's own table, not more rows of the one above
            self.last_table, self.table = self.table, None
            self.last_text = self.heading  # (the section's heading names it, no line read before the table above)
        self.heading_line = 0
        pairs = _pair_runs(cells) if not (len([c for c in cells if c]) == 2 and _counted_header([c for c in cells if c])) else None
        if pairs and len(pairs) == 1 and _LEGEND_HEADER_RE.match(pairs[0][1]) and _HEADER_WORD_RE.match(pairs[0][0]) \
                and self.table is None and self.stack:
            # | 反映区分 | 内容 | over | 修正する | … | rows under an item: the header of a legend's rows (each word and
            # what it means, the item's fields), not a label and its value.
            self.heading_line = 0
            return
        if pairs:
            pairs = [(label.strip("【】[]"), value) for label, value in pairs]  # 【目標】 is the label 目標
        if pairs and (self.table is None or self.table.kind != kind or self.table.pairs):
            # | 事業名 | X | | 担当課 | Y |: label cells with their values beside them (an evaluation
            # sheet) are one item's fields; its first label, a name (事業名), starts the item.
            current = self.stack[-1] if self.stack else None
            if current is not None and current.opener and current.opener == pairs[0][0]:
                current = None  # the next sheet's 事業名
            opens = _NAME_LABEL_RE.match(pairs[0][0]) or _NUMBER_LABEL_RE.match(pairs[0][0])
            if current is None and (len(pairs) >= 2 or opens) \
                    and not (len(pairs) == 1 and _HEADER_WORD_RE.search(pairs[0][1])):
                self.stack = []
                current = self._open_titled(pairs[0][1], line_no, self.heading, opener=pairs[0][0])
                self._number_from_line_above(current, line_no)
                if _NUMBER_LABEL_RE.match(pairs[0][0]):
                    current.number = pairs[0][1]  # 事業番号 | 0101 over 事業名 | …: the sheet's number
                    current.fields[pairs[0][0]] = pairs[0][1]
                pairs = pairs[1:]
            if current is not None:
                given = [label for label, _ in pairs if label not in current.fields]
                for label, value in pairs:
                    if current.opener and _NUMBER_LABEL_RE.match(current.opener) and current.title == current.number \
                            and _NAME_LABEL_RE.match(label):
                        current.title = clean(value)  # the name under the number names the item
                    current.fields.setdefault(label, value[:_MAX_VALUE])
                current.end_line = line_no
                current.lines.append(" ".join(c for c in cells if c))
                self.table = _Table(cells, kind, current.title, line_no, True, item=current, given=tuple(given))
                return
        if self.table is None and self._continues(cells, kind, line_no):
            self.table = self.last_table
            if cells == self.table.header:
                self.table.end = line_no
                return  # the header printed again on the next page
            if cells == self.table.top:
                self.table.end, self.table.again = line_no, True
                return  # the first of its two header rows printed again: the second follows
        if self.table is not None and self.table.kind == kind and self.table.rows and cells == self.table.header:
            # (「■ 令和５年度（R5）」 then the header again: one table per heading, read as one with a heading per
            # row; the header repeated is no row of it)
            self.table.end = line_no
            return
        if self.table is None or self.table.kind != kind:
            filled = [c for c in cells if c]
            if self.table is None and is_note_row(cells):
                # 「（単位：千円）」 pushed to the right over a table, 「令和7年5月末現在」 at its other end:
                # notes, not its header. The unit is the table's numbers'.
                unit = next((c for c in filled if "単位" in c), "")
                self.unit_note = (unit, line_no) if unit else None
                # (the unit alone on its row, or beside a date 「令和7年9月1日現在」 and the like; or at the far end of
                # the sheet's title row, 「楠ノ浜村　企画政策課 │ … │ （単位：千円）」, which says nothing of a part)
                self.unit_alone = len(filled) == 1 or bool(caption_of_row(cells))
                if caption_of_row(cells) and (not self.stack or _NUMBERED_CAPTION_RE.match(nfkc(caption_of_row(cells)))):
                    # the title beside the unit names the table (「表　部別管理職数 │ （単位：人）」 under an item too)
                    self.last_text = caption_of_row(cells)
                elif self.last_text and not self.stack and len(self.last_text) <= 60 and not _LEGEND_LINE.match(self.last_text):
                    # 「…公共施設一覧（北部地区）」 over 「令和7年3月31日現在 | 単位：㎡、千円」 and a blank line (a
                    # sheet's title, its date and unit, then its table): the title still names the table.
                    self.noted_caption = (self.last_text, line_no)
                return
            # Two cells under an item (| 担当課名 | X |) are its label and value; a wider table has a header.
            pairs = bool(self.stack) and len(cells) == 2 and _labelish(cells[0]) and not _counted_header(cells)
            caption = self.heading
            if self.last_text and not self.stack and self.last_text != self.heading and not _LEGEND_LINE.match(self.last_text):
                # (a sentence's wrapped tail, 「度～令和８年度）の初年度にあたります。…」, names no table)
                # (a note printed over the table, 「※「関連」欄は…を示す。」, says what it holds: still its caption)
                # (a survey's question, 「Q1　…変わりましたか。」 over its options' shares, names its table too)
                sentence = self.last_text.rstrip().endswith("。") and not self.last_text.lstrip().startswith(("※", "＊", "注")) \
                    and not _SURVEY_QUESTION_RE.match(nfkc(self.last_text))
                caption = self.last_text if len(self.last_text) <= 60 and not sentence else self.heading
            under = self.stack[-1] if self.stack else None
            if under is not None:
                caption = _named(under)
                if self.last_text and _NUMBERED_CAPTION_RE.match(nfkc(self.last_text)) and len(self.last_text) <= 60:
                    # 「表２ 部門別職員数（単位：人）」 right above a table under 「２ 定員の状況」: the table's own
                    # numbered caption names it too, after the part it stands in (whose words stay the table's)
                    caption = f"{caption} {self.last_text}".strip()
            # (a sheet's 「（単位：千円）」 row, a blank row, then the header: the unit is still the table's)
            # (fixr12: past a blank row only a unit on a row of its own; 「令和7年9月1日現在 …（単位：件、％）」 over
            # each sheet's table, a blank row between, leaves the sheet's title its caption, its part (（福祉・子育て分野）) last)
            if self.unit_note and (self.unit_note[1] == line_no - 1
                                   or (self.unit_note[1] == line_no - 2 and getattr(self, "unit_alone", True))) \
                    and "単位" not in caption:
                caption = f"{caption}{self.unit_note[0]}".strip()
            self.unit_note = None
            self.table = _Table(cells, kind, caption, line_no, pairs, item=under, heading=self.heading)
            if not pairs:
                if not filled:
                    self.table = None
                # | ◎ 2件 | ○ 1件 | △ 2件 |: a row of counts standing alone is no header of a table.
                facts = [(f, c) for c in filled for f in count_facts(c)]
                if facts and all(count_facts(c) for c in filled):
                    for (label, count, unit, pct), c in facts:
                        self._fact(label, count, unit, pct, caption, line_no, " / ".join(filled))
                    self.table = None
                return
        if self.table.pairs and self._pairs_were_header(cells, kind, line_no):
            return
        if self.table.pairs and _wide_header(cells, self.table.header):
            # | 施策名 | X | rows, then | 指標名 | 単位 | 基準値 | R5実績 | … |: the sheet's own table of
            # figures under its label | value rows (a KPI table), not more of its fields.
            item = self.table.item
            self.table = _Table(cells, kind, _named(item) if item else self.heading, line_no, False,
                                item=item, heading=self.heading)
            return
        if self.table.pairs:
            item = self.table.item or self.stack[-1]
            if len(cells) >= 2 and _labelish(cells[0]) and cells[1]:
                item.fields.setdefault(cells[0], cells[1][:_MAX_VALUE])
            item.end_line = line_no
            return
        if self.table.again:
            self.table.again = False
            if _joined_header(self.table.top, cells) == self.table.header:
                self.table.end = line_no
                return  # its second header row, printed again under the first
        if self.table.rows == 0 and not self.table.lent and _header_continuation(self.table.header, cells):
            # | 令和5年度 |  | over | 目標 | 実績 |: a header of two rows (merged cells above).
            self.table.header = _joined_header(self.table.header, cells)
            return
        header = distinct([_unspaced_name(h) for h in self.table.header])  # (満足度 | 前回比 | 重要度 | 前回比: 満足度前回比, 重要度前回比)
        printed = cells
        cells = _group_cells_down(self.table, cells)
        # (only a group carried down or marked 「（続き）」: 「総務部 │ 小計」 printed whole is the 部's own row of figures)
        carried = cells != printed
        self.last_table = self.table
        self.table.end = line_no
        values = {(header[n] if n < len(header) and header[n] else f"列{n + 1}"): c
                  for n, c in enumerate(cells) if c}
        values = readings_apart(split_paired_cells(values))
        if not values:
            return
        if is_total_row(cells) or is_sum_of_named(cells, self.table.names) or (carried and _total_under_group(cells)):
            # 「企画部 小計」「合計」: the sum of rows above, no measure; a table of counts still states it.
            self._row_facts(header, cells, line_no)
            return
        self.table.names.update(c for c in cells if c and _number(c) is None)
        self.table.last_first = cells[0] if cells else ""
        self.table.rows += 1
        item = self.table.item
        if item is not None and self.table.rows == 1:
            # | 所管課 | 目標 | over one row, right under 「No.1 電子申請の拡充」: that row is the item's.
            lent = [h for h, v in values.items() if _labelish(h) and h not in item.fields]
            for h in lent:
                item.fields[h] = values[h][:_MAX_VALUE]
            self.table.lent = tuple(lent)
        elif item is not None and self.table.rows == 2:
            for h in self.table.lent:  # several rows are a list, not one item's fields
                item.fields.pop(h, None)
            self.table.lent = ()
        if self.part_of is not None and self.table.item is None:
            values = {**values, **_owner_cells(self.part_of, values)}
        text = " / ".join(labelled_cells(header, cells))
        self.out.rows.append(Record(ROW, f"{self.source}:{line_no}", {
            "table": self.table.caption, "cells": values, "text": text[:2000], "heading": self.heading,
        }, self.source, line_no, line_no))
        self._row_facts(header, cells, line_no)

    def _field_after_table(self, text: str, line_no: int) -> bool:
        """「■ 評価の理由：…」 right under the table of figures of a sheet (施策名 | X rows, then its KPI
        table): a field of that sheet's item, not a heading of the sheets after it."""
        last = self.last_table
        if self.stack or last is None or last.pairs or last.item is None or not last.end or line_no - last.end > 2:
            return False
        pairs = label_values(_BULLET_RE.sub("", nfkc(text)).strip())
        if len(pairs) != 1:
            return False
        for label, value in pairs.items():
            last.item.fields.setdefault(label, value)
        last.item.end_line = line_no
        if last.heading == self.heading:
            self.heading = last.item.heading  # (「■ 成果指標」 over the table was the sheet's part, no heading after it)
        return True

    def _pairs_were_header(self, cells: list[str], kind: str, line_no: int) -> bool:
        """| 部名 | 令和6年度 | | | | | 前年度比 | read as label | value pairs, then | 部名 | 第1四半期 | … |
        right under it, its first cell repeated (merged down) and labels under the cells the first row
        left empty: the two rows were a table's two-row header. The pairs given to the item are taken
        back and the table starts with the joined header."""
        table = self.table
        if table.line != line_no - 1 or table.item is None or not cells or not cells[0] \
                or cells[0] != table.header[0] or not _header_continuation(table.header, cells):
            return False
        for label in table.given:
            table.item.fields.pop(label, None)
        if table.item.lines and table.item.lines[-1] == " ".join(c for c in table.header if c):
            table.item.lines.pop()
        caption = self.last_text if self.last_text and len(self.last_text) <= 60 else table.caption
        self.table = _Table(_joined_header(table.header, cells), kind, caption, table.line, False, heading=self.heading)
        return True

    def blank(self) -> None:
        self.blank_before = True  # (a name line right after a blank line starts a block of its own)
        after_table = self.table is not None
        self.table = None
        # a caption sits right above its table (a numbered one, 「表２ 部門別職員数」, over the blank line a
        # document puts before its table too; not the caption of the table just ended)
        # (kept only inside a numbered part, 「２ 定員の状況」, whose name the table would take instead; under a
        # heading, the heading stays the table's caption as before)
        if after_table or not self.stack or not _NUMBERED_CAPTION_RE.match(nfkc(self.last_text or "")):
            self.last_text = ""
        if self.noted_caption is not None:
            self.last_text = self.noted_caption[0]  # (unless only its date and unit came between)
            self.noted_caption = None
        if self.stack and self._ends_compact_list(self.stack[-1]):
            self.stack = []
        elif self.stack:
            self.stack[-1].blank_seen = True

    def _ends_compact_list(self, item: _Item) -> bool:
        """A blank line after a list whose items ran on without one (a web page's <ol>: name, 担当,
        status) ends the list: 「お問い合わせ：…」 under it is the page's, not its last item's."""
        at = next((n for n in range(len(self.out.items) - 1, -1, -1) if self.out.items[n] is item), 0)
        before = self.out.items[at - 1] if at > 0 else None
        return (item.style != "titled" and not item.blank_seen and len(item.lines) >= 2 and before is not None
                and before.style == item.style and not before.blank_seen and len(before.lines) >= 2)

    def finish(self) -> Structure:
        return self.out

    # --------------------------------------------------------------------------------------
    def _section_of_sheet(self, started: tuple[str, str, str]) -> bool:
        """Whether a numbered line is a section title of the evaluation sheet open (施設番号 | 1 over
        「1 利用実績」「2 評価項目」 and their tables): the sheet's label | value cells go on after it."""
        item = self.stack[-1] if self.stack else None
        if item is None or item.style != "titled" or not item.opener:
            return False
        if not (_NAME_LABEL_RE.match(item.opener) or _NUMBER_LABEL_RE.match(item.opener)):
            return False
        _, style, rest = started
        return style in ("num", "dot", "paren", "circled") and _captionish(rest) and len(rest) <= 20

    def _open_item(self, started: tuple[str, str, str], stripped: str, line_no: int) -> None:
        number, style, rest = started
        self.stack = [it for it in self.stack if it.style != "titled"]  # a numbered item is no part of 【事業名】X
        article = [n for n, it in enumerate(self.stack) if it.style == "dai" and it.number.endswith("条")]
        if style == "num" and article and nfkc(rest).rstrip().endswith("。"):
            # 「2　次に掲げる経費は…」 under 第3条: the article's second paragraph (項), not a sibling of the
            # section 「1　改正後の交付基準」 the articles sit in; it closes the first paragraph's (1)…(4). (A
            # paragraph is a sentence: 「2　別表　…」 after the articles is the next section.)
            style = "kou"
            del self.stack[article[-1] + 1:]
        styles = [it.style for it in self.stack]
        if style in styles:
            del self.stack[styles.index(style):]  # a sibling closes its predecessor and its children
        own = _OWN_NUMBER_RE.match(nfkc(rest)) if style in ("dot", "num", "paren", "circled") else None
        if own:
            # 「2. 取組9 働き方改革」: the list's marker counts within its section; the measure's own number
            # is the one it is called by (取組9).
            number, rest = own.group("word"), own.group("rest")
        title, fields = split_title(rest)
        if style == "date":
            title, fields = dated_entry(number, rest)
        if style == "dai" and re.fullmatch(r"[(（][^()（）]+[)）]", title):
            title = title[1:-1]  # 「第3条（補助対象経費）」: the article's caption is its name
        mark = _STATUS_MARK_RE.search(title)
        if mark and title[:mark.start()].strip():
            # 「1-1　電子申請対象手続の拡大【達成】」: the item's status in brackets after its name is a field
            # (labelled as the page's note on 【】 says, 「【】内は令和6年度末の状況」), not part of the name.
            fields.setdefault(self.mark_label or "状況", mark.group(1))
            title = title[:mark.start()].rstrip()
        parent = self.stack[-1] if self.stack else None
        heading = _named(parent) if parent else self.heading
        item = _Item(line_no, number, style, title, heading, fields, [clean(stripped)], line_no, parent=parent)
        if own:
            item.noun = own.group("noun")
        if self.lead and self.lead[1] in ("", style) and title and not fields:
            # (1)…(4) under 「次のようなご意見をいただきました」: each item is an 意見, its line the text of it.
            self.lead[1] = style
            item.fields[self.lead[0]] = title[:_MAX_VALUE]
        if style == "word":
            item.noun = _ITEM_RE.match(nfkc(_BULLET_RE.sub("", stripped.strip()))).group("noun")
        elif style == "dai":
            # 「第3章」 over measures numbered （7）…: users say the chapter, and its number is not theirs.
            # Its number is kept as printed, so 「3」 stays the measure's.
            item.marker = item.number = re.match(r"第\s*\S+?(?:章|節|条|(?=\s|$))",
                                                 nfkc(stripped.strip())).group(0).replace(" ", "")
        self.out.items.append(item)
        self.stack.append(item)
        self.lines_in_item = 0

    def _continues(self, cells: list[str], kind: str, line_no: int) -> bool:
        """Whether a table row after a break (a page's end, a page number) goes on with the table
        before it: the same columns, a few lines on, and either its header printed again or a row
        numbered like the last one (a next page's first row is no header)."""
        last = self.last_table
        # (「表２－５ …推計（続き） （単位：人）」 over the header again: the caption restated says it goes on, a line
        # more past the page's furniture)
        restated = last is not None and _caption_goes_on(self.last_text, last.caption)
        if last is None or last.pairs or last.kind != kind \
                or line_no - last.end > _PAGE_BREAK_LINES + (2 if restated else 0) \
                or len(cells) != len(last.header):
            return False
        if restated and cells == last.header and last.heading == self.heading:
            return True
        if self.last_text and self.last_text != last.caption and _NUMBERED_CAPTION_RE.match(nfkc(self.last_text)) \
                and _NUMBERED_CAPTION_RE.match(nfkc(last.caption or "")):
            return False  # 「表２ 指定管理料の推移」 over the same header as 表１'s: the next numbered table, not a next page
        if self.last_text and self.last_text != last.caption \
                and _YEAR_IN_TITLE_RE.sub("", self.last_text) == _YEAR_IN_TITLE_RE.sub("", last.caption):
            return False  # 「…一覧（令和7年度）」 over the same header: the next year's table (a workbook's next sheet)
        if self.stack and last.item is not self.stack[-1]:
            return False  # 「重点項目2 …」 between them: the next item's own table
        said_continued = bool(self.last_text and _CONTINUED_NOTE_RE.fullmatch(nfkc(self.last_text).strip()))
        if not self.stack and last.item is not None and cells != last.header \
                and not (cells == last.top and said_continued) and not (
                cells and _NUMBERING_RE.fullmatch(cells[0]) and _NUMBERING_RE.fullmatch(last.last_first)
                and _next_number(last.last_first, cells[0])):
            # (the part's item closed by the page's end: only its next numbered row goes on, or its header printed
            # again atop the next page, 「（前頁からの続き）」 over 施設コード │ 施設名 … — no other item opened between)
            return False
        if self.last_text and self.last_text != last.caption and _SURVEY_QUESTION_RE.match(nfkc(self.last_text)):
            return False  # 「Q2　…」 over the same 選択肢 │ 割合 header: the next question's options, a table of its own
        if last.heading != self.heading:
            return False  # 「令和7年度の取組状況」 between them: a table of its own
        if cells == last.header:
            return True
        if cells == last.top:
            # the first of two header rows again: a next page's, unless a title line of its own stands over it
            # (「…担当部：福祉部」 over the same header on a workbook's next sheet)
            return not self.last_text or self.last_text == last.caption or said_continued
        return bool(cells and _NUMBERING_RE.fullmatch(cells[0]) and _NUMBERING_RE.fullmatch(last.last_first))

    def _caption_as_heading(self, line_no: int) -> None:
        """「評価の集計」 right over counts after the last item (a PDF or Word document has no blank
        line to make it a heading): it ends the item, and the counts sit under it."""
        item = self.stack[-1]
        if item.lines and item.lines[-1] == self.caption[0] and item.end_line == line_no - 1:
            item.lines.pop()
            item.end_line = max(item.record_line, line_no - 2)
        self.stack = []
        self.outer_heading, self.heading = self.heading, self.caption[0].strip("#★☆■□●◆◇▼▽【】 ")

    def _bare_number(self, text: str, line_no: int) -> bool:
        """「取組2」 on a line of its own over a measure's label | value table: the number of the item
        the table opens, not a heading the items after it sit under."""
        m = _BARE_NUMBER_RE.fullmatch(nfkc(text).strip())
        if m is None:
            return False
        self.bare_number = (m.group("number"), m.group("noun"), line_no)
        return True

    def _legend(self, text: str) -> bool:
        """「状況の見方：完了 取組を終えたもの、実施中 …」: the values of 状況, each explained; remembered
        so that a value standing alone in an item is read as that label's."""
        m = _LEGEND_OF_RE.match(nfkc(text).strip())
        if m is None:
            return False
        values = [piece.split()[0].split("：")[0].split(":")[0] for piece in _LEGEND_SPLIT_RE.split(m.group("rest"))
                  if piece.strip()]
        if len(values) < 2 or not all(1 <= len(v) <= _MAX_STATUS for v in values):
            return False
        self.legend.update({v: m.group("label") for v in values})
        return True

    def _number_from_line_above(self, item: _Item, line_no: int) -> None:
        if self.bare_number is not None and 0 < line_no - self.bare_number[2] <= _PAGE_BREAK_LINES:
            item.number, item.noun = self.bare_number[0], self.bare_number[1]
        self.bare_number = None

    def _open_titled(self, title: str, line_no: int, heading: str, opener: str = "") -> _Item:
        """An item without a number, named by a heading or by a name cell (事業名 | X)."""
        bare = _BARE_NO_RE.match(nfkc(clean(title)))
        item = _Item(line_no, bare.group(1) if bare else "", "titled", clean(title), heading, {}, [clean(title)],
                     line_no, opener)
        self.out.items.append(item)
        self.stack.append(item)
        self.lines_in_item = 0
        self.heading_line = 0
        return item

    def _facts(self, text: str, line_no: int) -> int:
        found = count_facts(text)
        under = self.stack[-1].title if self.stack else self.heading
        for label, count, unit, pct in found:
            self._fact(label, count, unit, pct, under, line_no, text)
        return len(found)

    def _row_facts(self, header: list[str], cells: list[str], line_no: int) -> None:
        """A table of counts (| 評価 | 件数 | 割合 |) states one count per row: the first text cell
        is its label, the number under a 件数-like header its count."""
        label = next((c for c in cells if c and not _number(c)), "")
        if not label:
            return
        if cells[0] and _COUNT_HEADER_RE.search(cells[0]) and len(cells) > 2:
            # | 評価 | S | A | B | C | over | 件数 | 0 | 4 | 2 | 0 |: one count per column, named by its header.
            unit = re.sub(r"数$", "", _COUNT_HEADER_RE.search(cells[0]).group(1)) or "件"
            for n, c in enumerate(cells[1:], 1):
                name = header[n] if n < len(header) else ""
                value = _number(c)
                if name and value is not None and float(value).is_integer():
                    self._fact(name, int(value), unit, None, self.table.caption if self.table else self.heading,
                               line_no, " / ".join(labelled_cells(header, cells)))
            return
        pct = None
        found = None
        counts = [n for n, c in enumerate(cells) if n < len(header) and header[n] and c
                  and _COUNT_HEADER_RE.search(header[n]) and _number(c) is not None]
        if len(counts) > 1:
            # | 使途 | 第1四半期 件数 | 金額 | 第2四半期 件数 | …: several counts in a row, none of them the
            # row's one count (「観光の件数」 is a column's, asked of the table)
            return
        for n, c in enumerate(cells):
            name = header[n] if n < len(header) else ""
            if not name or not c:
                continue
            if _PCT_HEADER_RE.search(name) and _number(c.rstrip("%％")) is not None:
                pct = _number(c.rstrip("%％"))
            elif found is None and _COUNT_HEADER_RE.search(name) and _number(c) is not None \
                    and float(_number(c)).is_integer():
                unit = re.sub(r"数$", "", _COUNT_HEADER_RE.search(name).group(1)) or "件"
                found = (int(_number(c)), unit)
        if found is not None:
            self._fact(label, found[0], found[1], pct, self.table.caption if self.table else self.heading,
                       line_no, " / ".join(labelled_cells(header, cells)))

    def _fact(self, label: str, count: int, unit: str, pct: float | None, heading: str, line_no: int,
              text: str) -> None:
        # Numbered within the line, so a fact's key stays put when other lines change.
        self.facts_seen = self.facts_seen + 1 if self.facts_line == line_no else 1
        self.facts_line = line_no
        self.out.facts.append(Record(COUNT, f"{self.source}:{line_no}-{self.facts_seen}", {
            "label": label, "count": count, "count_unit": unit, "percent": pct, "heading": heading,
            "text": clean(text)[:500],
        }, self.source, line_no, line_no))


# 「委員から次のようなご意見をいただきました」「以下の意見が出されました」: what the numbered lines after it are.
_LEAD_IN_RE = re.compile(r"(?:次|以下)の(?:ような|とおり)?(?:ご|御)?([一-龥ァ-ヶー]{2,8})(?:を|が|に|は|について)"
                         r"[^。]{0,20}(?:ました|ます|した|です)?。?$")
# A label whose value names the item (事業名 | 放課後児童クラブ運営事業).
# (施設番号 | 1 over 施設名 | …: a facility's sheet, as an evaluation of 指定管理 prints one per facility)
_NUMBER_LABEL_RE = re.compile(r"^(?:事業|取組|施策|整理|管理|項目|施設|団体|補助金|補助金等)?(?:番号|No\.?|NO\.?|№)$")
# (提案番号, 受付番号: the entries of a register printed as ruled-off blocks of text)
_NUMBER_LABEL_RE_RULED = re.compile(r"^(?:提案|意見|要望|質問|受付|案件|申請|相談)(?:番号|No\.?|NO\.?|№)$")
_NAME_LABEL_RE = re.compile(r"^(?:事務事業|事業|取組|取組項目|施策|項目|業務|計画|制度|事務|施設|団体|補助金|補助金等)(?:名|名称|の名称)$")


# 「件名：…」 in a block numbered by its first line (提案番号：R7-01): the block's name.
_TITLE_LABEL_RE = re.compile(r"^(?:件名|名称|題名|表題|[一-龥]{1,4}名)$")
# 「件　　名：」「提 案 課：」: a label spaced out to the width of the longest (NFKC turns the ideographic space to ' ').
_SPACED_OUT_RE = re.compile(r"^((?:[一-龥ぁ-んァ-ヶ] +){1,5}[一-龥ぁ-んァ-ヶ])(?=\s*(?:[(（][^()（）]{1,8}[)）])?\s*[:：])")


_SPACED_NAME_RE = re.compile(r"^((?:[一-龥ぁ-んァ-ヶ] ){1,5}[一-龥ぁ-んァ-ヶ])(?![一-龥ぁ-んァ-ヶ ])")


def _unspaced_name(name: str) -> str:
    """「実 績」「指 標」 (a header's letters spaced out to fill its cell) → 「実績」「指標」; 「実 績R6」 → 「実績R6」."""
    m = _SPACED_NAME_RE.match(name)
    return name if m is None else m.group(1).replace(" ", "") + name[m.end():]


def unspaced_label(body: str) -> str:
    """「件 名：庁内会議…」 → 「件名：庁内会議…」 (the label's letters spaced to line up the colons)."""
    m = _SPACED_OUT_RE.match(body)
    return body if m is None else m.group(1).replace(" ", "") + body[m.end():]


def _ruled_opener(found: re.Match | None) -> re.Match | None:
    """A name or number line (事業名：X, 提案番号：R7-01) opening a ruled-off block, or None."""
    if found is None:
        return None
    label = found.group(1)
    return found if _NAME_LABEL_RE.match(label) or _NUMBER_LABEL_RE.match(label) or _NUMBER_LABEL_RE_RULED.match(label) else None


# 「状況の見方：」「進捗の区分」「評価の凡例：」: a legend naming the label its values are of.
_LEGEND_OF_RE = re.compile(r"^(?P<label>[^\s:：()（）、。]{1,10}?)の(?:見方|凡例|区分)\s*[:：]?\s*(?P<rest>\S.*)$")
_LEGEND_SPLIT_RE = re.compile(r"[、，,；;]|\s{2,}")
_MAX_STATUS = 6  # a status word (完了, 実施中, 未着手) or grade, not a phrase
_BARE_NUMBER_RE = re.compile(r"(?P<noun>" + _NUMBER_NOUNS + r")\s*(?P<number>\d{1,3})")
_PAGE_NUMBER_RE = re.compile(r"[-‐ー―—\s]*\d{1,4}\s*(?:/\s*\d{1,4})?[-‐ー―—\s]*|[Pp]\.?\s*\d{1,4}|\d{1,4}\s*ページ")
_YEAR_IN_TITLE_RE = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?")
_PAGE_BREAK_LINES = 5  # lines between a table's last row and its next page's first (blank, page number, title)
# A row number: 12, No.3, R3-4, Ⅰ-1, (2)
_NUMBERING_RE = re.compile(r"(?:No\.?\s*)?[A-Za-zⅠ-Ⅻ]{0,3}[-‐]?\d{1,4}(?:[-‐.]\d{1,4})*|[(（]\d{1,3}[)）]|[①-⑳]")
# The last word of a column header (| 事業名 | 担当課 | over a list is a table, not a name and its value).
_LEGEND_HEADER_RE = re.compile(r"^(?:内容|説明|意味|概要|定義|基準)$")
_HEADER_WORD_RE = re.compile(r"^.{0,6}(?:課|部|室|係|局|部署|名|名称|区分|状況|内容|評価|備考|目標|実績|期間|費|額|数|値|日|年度)$")


# A row summing the rows above it: 合計, 小計, 部計, 「企画部 小計」「総務部計」「企画部 合計」 (but not
# 歳出合計, a line of a budget, nor 公会計, a measure's word).
_COUNTED_CELL_RE = re.compile(r"^[一-龥ァ-ヶー]{1,6}\s*\d+\s*(?:件|人|回|か所|箇所)$")
_TOTAL_LABEL_RE = re.compile(r"^(?:合計|総合計|総計|計|小計|中計|全体|累計|(?:[部課局室区]|地区|地域|ブロック|分野|分類|年度|年|月)計)$"
                             r"|^.{1,20}?(?:小計|中計)$|^.{1,20}?(?:\s|[部課局室]|地区|地域)(?:計|合計|総計)$")
# A cell beside a table's title that notes, not names: its unit, the date its figures are as of.
# A status word in brackets closing an item's name (「…の拡大【達成】」「【一部達成】」): short, no label inside.
_STATUS_MARK_RE = re.compile(r"[【\[［]([^【】\[\]［］:：、。\s]{1,8})[】\]］]\s*$")
# 「各取組の【】内は令和6年度末の状況で、…」: what the bracketed marks are.
_MARK_NOTE_RE = re.compile(r"[【\[［]\s*[】\]］]\s*(?:内|の中)?\s*(?:は|が)\s*([^、。,，「」]{2,20}?)\s*(?:で(?:、|す|あ|\s|$)|を|。|、)")
# 「■No.4」 alone over an entry's lines: its number, and no name.
_BARE_NO_RE = re.compile(r"^(?:No|NO|no|№)\s*\.?\s*(\d{1,4})$")
# 「Q.　…」「A：…」: the question and the answer of a Q&A entry.
_QA_LINE_RE = re.compile(r"^([QA])\s*[.:：]\s*(\S.*)$")
_QA_LABELS = {"Q": "質問", "A": "回答"}
_NUMBERED_CAPTION_RE = re.compile(r"^\s*(?:図表|表)\s*(?:[\d一二三四五六七八九十]+(?:[-‐－.]\d+)?)?\s+\S")  # (「表　部別管理職数」: unnumbered too)
# 「Q1　…」「問３　…」「設問2 …」: a survey's numbered question, a sentence that still captions its answers' table.
_SURVEY_QUESTION_RE = re.compile(r"^\s*(?:Q|問|設問)\s*\d{1,2}(?:[-‐－]\d{1,2})?(?:\s|[.．:：]\s*)\S")
_NOTE_UNDER_TITLE_RE = re.compile(r"^\s*(?:※|\*\s|\(?注\d*[)）:：])")
_UNIT_NOTE = r"[(（\[［]?\s*単位\s*[:：][^()（）\[\]［］]{1,12}[)）\]］]?"
_UNIT_LINE_RE = re.compile(f"^{_UNIT_NOTE}$")
_NOTE_CELL_RE = re.compile(f"^{_UNIT_NOTE}$|^.{{0,20}}(?:現在|時点)\\s*[)）]?$")
# (「小計（成立3件）」: what is counted may be said before the number too)
_COUNT_NOTE_RE = re.compile(r"\s*[(（]\s*(?:全\s*|[一-龥ァ-ヶー]{1,4}\s*)?\d{1,4}\s*[^\d()（）\s]{1,4}\s*[)）]$")
_NUMERIC_CELL_RE = re.compile(r"^[+\-−△▲]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|％|千円|百万円|万円|円|件|項目|人)?$|^[-‐ー－―/／]$")


_PAIRED_HEADER_RE = re.compile(r"^([^/／]{2,15})[/／]([^/／()（）]{2,15}?)\s*([(（][^()（）]{1,6}[)）])?$")
_PAIRED_CELL_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?|[―—\-－ー‐]+)\s*[/／]\s*(\d[\d,]*(?:\.\d+)?)$")


def split_paired_cells(values: dict[str, str]) -> dict[str, str]:
    """「出席者数／定数（人）」 over 「8／10」: one cell holding two figures, each its own column
    (「出席者数（人）」 8, 「定数（人）」 10), so either can be asked, compared or summed. A dash on the
    left (「―／12」) is no figure of the first column. The joined cell is dropped: said 「委員数」, the
    question must find the one column that is the members' number."""
    out: dict[str, str] = {}
    for header, cell in values.items():
        h, c = _PAIRED_HEADER_RE.match(header), _PAIRED_CELL_RE.match(cell)
        unit = h.group(3) or "" if h else ""
        left, right = (f"{h.group(1).strip()}{unit}", f"{h.group(2).strip()}{unit}") if h else ("", "")
        if not h or not c or left in values or right in values:
            out[header] = cell
            continue
        out[left], out[right] = c.group(1), c.group(2)
    return out


def is_note_row(cells: list[str]) -> bool:
    """Whether a row over a table only notes (「（単位：千円）」 alone, or with 「令和7年5月末現在」 at its
    other end): no header of the table."""
    filled = [c for c in cells if c]
    return len(cells) > 2 and bool(filled) and (len(filled) == 1 or notes_only(cells) or bool(caption_of_row(cells)))


def caption_of_row(cells: list[str]) -> str:
    """「表1 部門別職員数の実績と計画 | | … | （単位：人）」: a spreadsheet's title row over its table (the
    title in the first cell, only notes such as the unit beyond a gap of empty cells) is the table's
    caption, not its header; "" for any other row."""
    filled = [n for n, c in enumerate(cells) if c]
    if len(filled) < 2 or filled[0] != 0 or filled[1] < 3 or len(cells) - len(filled) < 2:
        return ""  # a header's cells sit side by side; a title's notes stand apart from it
    if not notes_only([cells[n] for n in filled[1:]]) or _NOTE_CELL_RE.match(cells[0]):
        return ""
    return cells[0] if len(cells[0]) <= 60 and not cells[0].endswith(("。", "、")) else ""


def notes_only(cells: list[str]) -> bool:
    """Whether every filled cell of a row is a note: a unit, the date the figures are as of."""
    filled = [c for c in cells if c]
    return bool(filled) and all(_NOTE_CELL_RE.match(c) for c in filled)


def is_total_row(cells: list[str]) -> bool:
    """Whether a table row is a subtotal or total: its first filled cell says so (「企画部 小計」) and
    every other filled cell is a number (a row named 「合計額の検証」 with text beside it is a measure)."""
    filled = [c for c in cells if c]
    # 「合計（42事業）」: the count of rows summed, said beside the label, is no part of it
    label = _COUNT_NOTE_RE.sub("", filled[0]) if filled else ""
    if not _TOTAL_LABEL_RE.match(label):
        # 「合　計　※１」: a total spaced out in print, its footnote mark after it
        label = re.sub(r"\s+", "", re.sub(r"\s*(?:※|＊|\*)\s*\d*$", "", label))
    # (「年度計 … 53,540,000 … 売却2件」: the count of what the total holds, said with its word, is a figure too)
    return len(filled) >= 2 and bool(_TOTAL_LABEL_RE.match(label)) \
        and all(_NUMERIC_CELL_RE.match(c) or _COUNTED_CELL_RE.match(c) for c in filled[1:])


def _total_under_group(cells: list[str]) -> bool:
    """| C-1 中央循環線 | 小計 | 109,880 | under the route's rows (the route carried down to it, or printed again atop a
    page as 「D-1 …（続き）」): the group's labels, then a total and only figures, sum the group's rows; no row of its own."""
    start, end = _group_run(cells)
    return any(all(cells[start:k]) and is_total_row(cells[k:]) for k in range(start + 1, end))


def _caption_goes_on(text: str, caption: str) -> bool:
    """Whether a line is the table's caption printed again with 「（続き）」 (its unit note aside): the words before
    the mark end the caption as first printed."""
    if not text or not caption or not _GOES_ON_RE.search(re.sub(f"\\s*{_UNIT_NOTE}\\s*$", "", nfkc(text))):
        return False
    said = re.sub(r"\s+", "", _GOES_ON_RE.sub("", re.sub(f"\\s*{_UNIT_NOTE}\\s*$", "", nfkc(text))))
    first = re.sub(r"\s+", "", re.sub(f"\\s*{_UNIT_NOTE}\\s*$", "", nfkc(caption)))
    return len(said) >= 4 and first.endswith(said)


def is_sum_of_named(cells: list[str], names: set[str]) -> bool:
    """「小学校計 | 141 | 31 | 3,864」 under rows named 東原小学校, 鵲台小学校…: the label is the ending the
    rows' names share, then 計, and every other cell a figure — their subtotal, no school. The ending must
    end a name above (a row 「一般会計」 among budget lines sums nothing: no name ends in 一般会)."""
    filled = [c for c in cells if c]
    if len(filled) < 2 or not all(_NUMERIC_CELL_RE.match(c) for c in filled[1:]):
        return False
    label = re.sub(r"\s+", "", filled[0])
    stem = label[:-1] if label.endswith("計") else ""
    return len(stem) >= 2 and any(len(n) > len(stem) and re.sub(r"\s+", "", n).endswith(stem) for n in names)


def _next_number(last: str, first: str) -> bool:
    """「12」 after 「11」 (「R-4」 after 「R-3」): the row numbered right after the last one."""
    a, b = re.search(r"(\d+)$", last), re.search(r"(\d+)$", first)
    return bool(a and b) and last[:a.start()] == first[:b.start()] and int(b.group(1)) == int(a.group(1)) + 1


def _group_run(cells: list[str]) -> tuple[int, int]:
    """The columns [start, end) of the cells that may name a row's group: after a serial number (No.) if any,
    the leading cells up to the first that holds a figure."""
    start = 1 if cells and _NUMBERING_RE.fullmatch(cells[0] or "-") else 0
    end = start
    while end < len(cells) and not (cells[end] and _number(cells[end]) is not None):
        end += 1
    return start, end


def _group_cells_down(table: _Table, cells: list[str]) -> list[str]:
    """| 16 |  |  | 和室 | 1時間 | 400 |… under | 15 | F-04 | 舟入コミュニティセンター | 大会議室 |…: a group's cells
    printed on its first row only (made to look merged, and on the next page too) are the group's for the rows
    under it. Only when the table's first row prints them (a group's first row, not a cell set in the middle of
    its rows), the blank run starts the row's cells and other cells of the row are filled."""
    start, end = _group_run(cells)
    blank = 0
    while start + blank < end and not cells[start + blank]:
        blank += 1
    if table.rows == 0:
        table.groups_open_first = blank == 0 and end - start >= 2
    if blank == 0:
        # (「能力開発（続き）」 atop the next page's rows: the group printed on the page before, going on; the mark
        # is the layout's, no part of the group's name)
        cells = [_GOES_ON_RE.sub("", c) if start <= n < end and _GOES_ON_RE.sub("", c) else c for n, c in enumerate(cells)]
        table.group_cells = {n: cells[n] for n in range(start, end) if cells[n]}
        return cells
    filled_after = [c for c in cells[start + blank:] if c]
    if not table.groups_open_first or len(filled_after) < 2 \
            or not all(n in table.group_cells for n in range(start, start + blank)) \
            or blank >= end - start:
        return cells
    return [table.group_cells[n] if start <= n < start + blank else c for n, c in enumerate(cells)]


def _header_continuation(header: list[str], cells: list[str]) -> bool:
    """Whether a table's second row is the lower half of its header: labels only under some columns
    (a merged cell above them), nothing else in that row but the header's own words again (a cell
    merged down, as Word repeats it)."""
    below = [(n, c) for n, c in enumerate(cells) if c and not (n < len(header) and header_rows.repeats(header[n], c))]
    # (a row filled under every header cell is data; one as long, but shifted past the header's last cell — 16
    # quarters under R5 … R8 after three empty cells — is not; nor one starting under the header's first cell merged
    # down and running past its last: merged cells above print once, 「進捗状況 │ │ 財政効果額」 over six)
    runs_past = bool(cells) and not cells[0] and len(cells) > len(header)
    # (| 年代 | 令和４年度 | 令和６年度 | 令和６年度 | under | | 住みやすい割合 | | 定住意向 |: the rows' word under
    # the first cell merged down and each year under its merged measure, the header's blanks their spans — years
    # only after the first cell, no figure: the header's lower half, though it fills every column)
    years_under = bool(header) and not header[0] and any(not h for h in header[1:]) and len(below) >= 3 \
        and below[0][0] == 0 and _labelish(below[0][1]) and not year_label(below[0][1]) \
        and all(year_label(c) for _, c in below[1:])
    if not below or len(below) == len([c for c in cells if c]) == len(header) \
            and {n for n, _ in below} == set(range(len(header))) and not runs_past and not years_under:
        return False
    # 「（㎡）」 under 延床面積: a unit wrapped to the header's second line (NFKC makes it ASCII, no label)
    # (2025 | 2026 | … under 「実施時期（年度）」: a run of years naming the columns of a timeline)
    years = _year_run([c for _, c in below])
    # (| 令和5年度 | 令和6年度 | 令和7年度 | R5 | R6 | R7 | under 実績値 and 達成状況: each merged cell's years)
    in_runs = _year_run_columns(below)
    # (| R5 | R6 | under each of 職員数, 一人当たり月平均 …: two years under one merged cell, the span shown by
    # the header's empty cells; only where the first column repeats, so both rows are plainly the header's)
    if cells and header and header_rows.repeats(header[0], cells[0]):
        in_runs = in_runs | _merged_year_pairs(header, below)
    # (| R4（基準） | R5 | R6 | R9 | under 実績 (merged over three) and 目標: each year under its merged cell, though
    # the years run with a gap; a row of year labels only, two or more, none a figure)
    if len(below) >= 2 and all(year_label(re.sub(r"[(（][^()（）]{1,6}[)）]$", "", c)) for _, c in below):
        in_runs = in_runs | {n for n, _ in below}
    # (| ① | ② | ③ | 合計 | 評価 | under each merged 令和N年度: numbered items, NFKC makes them 1, 2, 3)
    in_runs = in_runs | _item_number_runs(below)
    # (| 1Q | 2Q | 3Q | 4Q | under each merged R5, R6 …: a timeline's quarters of each year)
    in_runs = in_runs | _period_runs(below)
    # (| 指定管理者制度 | RPA | AI-OCR | 電子申請 | under merged groups: a measure named by its acronym, among
    # labels in Japanese; a row of acronyms alone stays data)
    if any(_labelish(c) for _, c in below):
        in_runs = in_runs | {n for n, c in below if _ACRONYM_RE.fullmatch(c)}
    if not all(_labelish(c) or years or n in in_runs or _formula_note(header, n, c) or _UNIT_CELL_RE.match(c)
               for n, c in below) \
            or all(_UNIT_CELL_RE.match(c) and not year_label(c[1:-1]) for _, c in below):
        # (「（令和３年度）」 under 基準値, 「（令和６年度）」 under 実績値: the year each column is of, no unit)
        return False
    # a merged cell shows: a label under an empty header cell, or the first column merged down
    merged_first = not cells[0] or (header and cells[0] == header[0])
    if not merged_first and not any(n >= len(header) or not header[n] for n, _ in below):
        return False
    # the columns the row leaves empty (or repeats) are named by the first row
    # (| 部門 | | R3.4.1 | | over | | | 計画値 | 実績 |: 部門 merged across two columns and down both rows, the
    # second column empty in both; only when some lower label sits under a merged cell's empty span too)
    under_span = any(n < len(header) and not header[n] for n, _ in below)
    return all(n < len(header) and (header[n] or header_rows.spanned(header, cells, n)
                                    or under_span and header_rows.block_spanned(header, cells, n))
               for n in range(len(cells)) if n not in dict(below))


# RPA, AI-OCR, DX, PFI/PPP: a name in capitals (two letters at least, no digits)
_ACRONYM_RE = re.compile(r"[A-Z]{2,}(?:[-・/][A-Z]{2,})*")


# 「増減」 over 「(R7-R6)」: how a column is computed, printed under its name; 「計」 over 「(R10～R13)」: the
# years it sums.
_FORMULA_RE = re.compile(r"^[(（][^()（）]{1,20}[-−ー+＋/÷×*~〜～][^()（）]{1,20}[)）]$")


def _formula_note(header: list[str], n: int, cell: str) -> bool:
    """A bracketed formula under a named header cell: part of the header, though no label; the column
    keeps its name (the years in the formula would read it as a column of one year)."""
    return n < len(header) and bool(header[n]) and bool(_FORMULA_RE.match(cell))


_UNIT_CELL_RE = re.compile(r"^[(（](?![\d,.]+[)）])[^()（）]{1,6}[)）]$")  # (m2), (千円); not (3)


def _item_number_runs(below: list[tuple[int, str]]) -> set[int]:
    """The columns of runs of adjacent bare numbers 1, 2, 3… (two or more, each starting at 1): circled item
    numbers ①②③ of a lower header row under a merged cell, read by NFKC as plain digits."""
    out: set[int] = set()
    run: list[int] = []
    for n, c in below + [(-9, "")]:
        if c.isdigit() and run and n == run[-1] + 1 and int(c) == len(run) + 1:
            run.append(n)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [n] if c == "1" else []
    return out


# 「1Q」「Q1」「第1四半期」「1四半期」: a quarter of the year, by its number
_QUARTER_RE = re.compile(r"^(?:第?([1-4])\s*(?:Q|四半期)|Q\s*([1-4]))$", re.IGNORECASE)


def _period_runs(below: list[tuple[int, str]]) -> set[int]:
    """The columns of runs of adjacent quarters 1Q, 2Q, 3Q, 4Q (two or more, each starting at the first): the
    quarters of a timeline under each merged year."""
    out: set[int] = set()
    run: list[int] = []
    for n, c in below + [(-9, "")]:
        m = _QUARTER_RE.match(nfkc(c).strip())
        q = int(m.group(1) or m.group(2)) if m else 0
        if q and run and n == run[-1] + 1 and q == len(run) + 1:
            run.append(n)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [n] if q == 1 else []
    return out


def _year_run(cells: list[str]) -> bool:
    """Three or more years, each the one before plus one: the years of a timeline's columns, bare 西暦
    (2025 | 2026 | …) or fiscal-year labels (R7 | R8 | … under 「実施年度」)."""
    if len(cells) < 3:
        return False
    if all(re.fullmatch(r"(?:19|20)\d{2}", c) for c in cells):
        years = [int(c) for c in cells]
    else:
        labels = [year_label(c) for c in cells]
        if not all(labels):
            return False
        years = [label_fiscal_year(label) for label in labels]
    return all(b == a + 1 for a, b in zip(years, years[1:]))


def _year_run_columns(below: list[tuple[int, str]]) -> set[int]:
    """The columns of the runs of three or more adjacent cells naming successive years (R5 | R6 | R7
    under one merged cell, beside labels under others)."""
    out: set[int] = set()
    runs: list[list[tuple[int, str]]] = []
    for n, c in below:
        if not (year_label(c) or re.fullmatch(r"(?:19|20)\d{2}", c)):
            continue
        if runs and runs[-1][-1][0] == n - 1 and _year_of(c) == _year_of(runs[-1][-1][1]) + 1:
            runs[-1].append((n, c))
        else:
            runs.append([(n, c)])
    for run in runs:
        if _year_run([c for _, c in run]):
            out.update(n for n, _ in run)
    return out


def _merged_year_pairs(header: list[str], below: list[tuple[int, str]]) -> set[int]:
    """The columns of runs of successive years (two or more) leading one merged header cell's span: the run
    starts under a named header cell and goes on under the empty ones after it (the span ends at the next
    header cell named, or the header's end)."""
    out: set[int] = set()
    cell = dict(below)
    for start, label in enumerate(header):
        if not label or not (year_label(cell.get(start, "")) or re.fullmatch(r"(?:19|20)\d{2}", cell.get(start, ""))):
            continue
        end = start + 1
        while end < len(header) and not header[end] or end == len(header) and end in cell:
            end += 1
        years = [_year_of(cell.get(n, "")) for n in range(start, end)]
        # (| R6 | R7 | 増減 | under 年休取得日数: the years lead the span, a label after them is read as any label)
        lead = 1
        while lead < len(years) and years[lead] > 0 and years[lead] == years[lead - 1] + 1:
            lead += 1
        if lead >= 2 and years[0] > 0:
            out.update(range(start, start + lead))
    return out


def _year_of(cell: str) -> int:
    """The year a header cell names (2025, 令和7年度, R7), as a number to see a run by."""
    if re.fullmatch(r"(?:19|20)\d{2}", cell):
        return int(cell)
    label = year_label(cell)
    return label_fiscal_year(label) if label else -9


def _same_year(top: str, low: str) -> bool:
    """R7 over 「令和7年度 (2025)」: both rows name the same fiscal year (the 西暦 in brackets the same again)."""
    said = year_label(top)
    bare = re.sub(r"\s*[(（]\s*(?:19|20)\d{2}\s*(?:年度?)?\s*[)）]\s*$", "", nfkc(low))
    return said is not None and said == year_label(bare)


def _joined_header(header: list[str], cells: list[str]) -> list[str]:
    """Each column named by both rows: 令和5年度 over 目標 → 令和5年度目標 (評価 over 自己評価 → 自己評価);
    a merged cell's name carried to the columns under it that the first row left empty."""
    out: list[str] = []
    carry = ""
    for n in range(max(len(header), len(cells))):
        top = header[n] if n < len(header) else ""
        low = cells[n] if n < len(cells) else ""
        if top:
            carry = top
        if low and re.fullmatch(r"(?:19|20)\d{2}", low) and "年度" in (top or carry):
            low = f"{low}年度"  # 2030 under 「実施時期（年度）」: the fiscal year 2030, said so
        if low and top and _same_year(top, low):
            out.append(top)  # R7 over 「令和7年度 (2025)」: the year said again in other notations, one year
        elif low.isdigit() and len(low) <= 2 and (top or carry):
            out.append(f"{top or carry}({low})")  # ③ under 令和6年度: the year's item 3
        elif low and not header_rows.repeats(top, low) and not _formula_note(header, n, low):
            # 評価 over 自己評価: the lower name already says the word above it.
            above = top or carry
            # (R5 over 1Q: two codes in ASCII would run together into another, R51Q; a space keeps them apart)
            gap = " " if above[-1:].isascii() and above[-1:].isalnum() and low[:1].isascii() and low[:1].isalnum() else ""
            out.append(low if above in low else f"{above}{gap}{low}")
        else:
            out.append(top)
    return out


def _pair_runs(cells: list[str]) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a row made only of them, runs of two filled cells apart:
    | 事業名 | X | | 担当課 | Y | → [(事業名, X), (担当課, Y)]; None for any other row."""
    runs: list[list[str]] = [[]]
    for cell in cells:
        if cell:
            runs[-1].append(cell)
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    if not runs or any(len(run) != 2 or not _labelish(run[0]) for run in runs):
        return None
    return [(run[0], run[1]) for run in runs]


def _captionish(line: str) -> bool:
    """A short line that reads as a title: no sentence's end, no 「ラベル：値」, no bracketed label."""
    text = _BULLET_RE.sub("", nfkc(line)).strip()
    return 2 <= len(text) <= 30 and not text.endswith(("。", "、", ".", ")")) and not _LABEL_RE.match(text) \
        and not text.startswith("【")


# 「回答者数（人）」「金額（千円）」: a column's name with its unit in brackets, heading figures below it (a bare
# 「待機児童数」 beside 「成果指標」 is that label's value).
_MEASURE_HEADER_RE = re.compile(r"^[^\d()（）]{1,12}[(（](?:人|件|円|千円|万円|%|％|回|か所|箇所|名|団体|施設)[)）]$")


def _counted_header(cells: list[str]) -> bool:
    """| 来庁の目的 | 回答者数（人） | over rows of figures: the header of a two-column table (its second
    cell names a measure with its unit), never a label and its value."""
    return bool(_MEASURE_HEADER_RE.match(nfkc(cells[1]).strip()))


def _new_header(header: list[str], cells: list[str]) -> bool:
    """A row of labels alone (no figure, nothing blank) whose width is not the open table's: a header of its own."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and len(filled) == len(cells) and len(cells) != len(header) \
        and all(_labelish(c) for c in cells) and cells != header


def _labelish(cell: str) -> bool:
    """A cell that reads as a label (担当課名), not a value (a number, a sentence)."""
    # (「市の財政支援額（令和5年度）（千円）」: its year and unit in brackets are no length of the label's words)
    core = re.sub(r"[(（][^()（）]{1,10}[)）]", "", cell) if len(cell) > _MAX_LABEL else cell
    return bool(cell) and len(core) <= _MAX_LABEL and len(cell) <= _MAX_LABEL + 16 and not cell.isascii() \
        and _number(cell) is None and not cell.endswith(("。", "、"))


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def as_json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False)


def _wide_header(cells: list[str], pairs_header: list[str]) -> bool:
    """A row of three or more column names (no figures) wider than the label | value rows above it."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and len(cells) > len(pairs_header) and _pair_runs(cells) is None \
        and all(_number(c) is None and len(c) <= _MAX_LABEL for c in filled) \
        and sum(_labelish(c) for c in filled) * 2 > len(filled)
