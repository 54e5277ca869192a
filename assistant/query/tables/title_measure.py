"""The measure a document's title names for a table of one figure per month and their total (「課別紙使用量調査結果」
over 課名 │ ４月 … ３月 │ 合計 │ 前年度合計 │ 前年度比): staff ask of the measure, not of the printed headers —
「紙使用量が多い順」「紙を一番使った課」「前年度より紙使用量が増えた課」「総務課の２月の紙の枚数」「３月の全庁の
紙使用量」「１課あたりの年間紙使用量の平均」.

The measure said with no month is the year's total (the total column); with a month said it is that month's column,
and 「全庁」「全体」 then asks the month summed over the rows. Its verb (使用 → 使う) said with 一番/最も is the total
being the largest; 「前年度より…増えた」 compares the total with the previous year's total column, where one is printed.
「上位３課」 counts the rows by the word the rows' name column is headed by (課名 → 課).

Read by the shape only — a total column, three month columns or more, a measure after 別 in the title or caption that
no column is headed by — never by the measure, the rows or the months of one document."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「課別紙使用量調査結果」「施設別利用者数一覧」: the measure after 別, what the document is (調査結果, 一覧) dropped.
_AFTER_BY = re.compile(r"別の?((?:(?![とやの及])[一-龥ァ-ヶー]){2,12}?)(?:調査結果|調査|結果|一覧表?|集計表?|状況|実績|の?推移|表)?"
                       r"(?:\s|$|[（(])")
_MONTH = re.compile(r"^(?:1[0-2]|[1-9])月$")
_TOTAL = re.compile(r"^(?:年間)?(?:合計|総計|計)$")
# A measure of an object used: 「紙使用量」 is 紙 and 使用量; its verb 使う.
_USED = re.compile(r"^(?P<obj>[一-龥ァ-ヶー]{1,6}?)(?P<noun>使用)(?:量|数|枚数|件数)$")
_MOST = r"(?:一番|いちばん|最も|もっとも)"


def _measure(t) -> str:
    for text in (t.caption, t.doc_title):
        m = _AFTER_BY.search(nfkc(text or ""))
        if m:
            return m.group(1)
    return ""


def _shape(t):
    """(measure, total header, previous total header or "", row word) of a table of that shape, else None."""
    months = [c for c in t.columns if c.numeric and _MONTH.match(nfkc(c.header).strip())]
    totals = [c for c in t.columns if c.numeric and _TOTAL.match(nfkc(c.header).strip())]
    if len(months) < 3 or len(totals) != 1:
        return None
    measure = _measure(t)
    if not measure or any(_key(measure) in c.forms or _key(measure) == _key(c.header) for c in t.columns):
        return None
    total = totals[0].header
    previous = next((c.header for c in t.columns if c.numeric and nfkc(c.header).strip() in
                     ("前年度" + nfkc(total).strip(), "前年" + nfkc(total).strip())), "")
    row_word = re.sub(r"名$", "", nfkc(t.name or "").strip())
    return measure, total, previous, row_word


def as_title_measure(question: str, tables) -> str:
    """The question with the title's measure said as the table's columns (see above); unchanged where no table has
    that shape or the question says neither the measure nor its object used."""
    text = nfkc(question)
    for t in tables:
        shape = _shape(t)
        if shape is None:
            continue
        measure, total, previous, row_word = shape
        used = _USED.match(measure)
        obj = used.group("obj") if used else ""
        said = [re.escape(measure)]
        if obj:
            said += [re.escape(obj) + r"の(?:使用量|使用枚数|枚数|量)"]
        phrase = r"(?:年間の?|1年間の)?(?:" + "|".join(said) + r")(?:の合計)?"
        verb = (re.escape(obj) + r"を") if obj else None
        if not re.search(phrase, text) and not (verb and re.search(verb + r".{0,8}?使", text)) \
                and not re.search(r"\d\s*(?:万|千)?\s*枚?(?:以上|以下|未満|超)\s*使", text):
            continue
        # (the measure kept before the column: the title's word names the document among the index's others)
        said_total = f"{measure}の{total}"
        out = text
        months = [c.header for c in t.columns if _MONTH.match(nfkc(c.header).strip())]
        month_said = any(re.search(r"(?<!\d)" + re.escape(nfkc(m).strip()), out) for m in months)
        # 「前年度より紙使用量が増えた」: the total against the previous year's total
        if previous:
            out = re.sub(r"前年度?(?:より|と比べて|と比較して|から)、?\s*(?:" + phrase + r")?\s*(?:が|は)?\s*"
                         r"(?P<v>増え|増加し|多くなっ|減っ|減少し|少なくなっ)(?:て(?:しまっ)?)?(?:た|ている|てる)",
                         lambda m: f"{previous}より{total}が" + ("多い" if m.group("v")[0] in "増多" else "少ない"), out)
        if month_said:
            # 「３月の全庁の紙使用量」: the month's column summed over the rows; 「総務課の２月の紙の枚数」: its cell
            out = re.sub(r"(?:全庁|全体|全課|全部)の\s*(?:" + phrase + r")", total, out)
            out = re.sub(r"の\s*(?:" + phrase + r")(?=は|って|を|が|[?？]|$)", "", out)
        else:
            out = re.sub(phrase, said_total, out)
        if verb:
            # 「紙を一番使った課」: the total the largest
            out = re.sub(verb + r"\s*(?P<most>" + _MOST + r")\s*(?:多く)?\s*使(?:っ|用し)(?:た|ている|てる|ていた)",
                         lambda m: f"{said_total}が{m.group('most')}多い", out)
        # 「年間10万枚以上使っている」: the amount said is the total's
        out = re.sub(r"(\d\s*(?:万|千)?\s*[^\s\d]{0,2}?(?:以上|以下|未満|超))\s*(?:を)?\s*使(?:っ|用し)(?:た|ている|てる|ていた)",
                     r"\1の", out)
        if row_word:
            # 「上位３課」: three rows, counted by the word the rows' names are headed by
            out = re.sub(r"上位\s*(\d{1,2})\s*" + re.escape(row_word), r"上位\1つ", out)
            # 「１課あたりの…平均」: the mean over the rows is per row already
            if "平均" in out:
                out = re.sub(r"[1１一]\s*" + re.escape(row_word) + r"(?:あたり|当たり|当り)の?", "", out)
        if out != text:
            return out
    return question
