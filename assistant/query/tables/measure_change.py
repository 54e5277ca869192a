"""「満足度が前回より上がった施策」「前回の調査より満足度がいちばん下がった」「重要度が前回調査から最も上昇した」
over a table printing each measure's change beside it (満足度 | 満足度前回比 | 重要度 | 重要度前回比, the
repeated 前回比 named after its measure by the generic kind): the change said of a measure is its change
column, so the question is read as said of that column — 「満足度前回比が0を超える」「…がいちばん小さい」."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

_CHANGE_TAIL = compiled(r"^(?P<stem>[一-龥ァ-ヶー]{2,8})(?:前回比|前年比|前年度比|前回差)$")
_BEFORE = r"(?:前回|前年度|前年|前の調査|前回の調査)(?:の?調査)?"
_SINCE = r"(?:より|から|と比べて|に比べて|と比較して|比で?)"
_MOST = r"(?P<most>いちばん|一番|最も|もっとも)?"
_VERB = (r"(?:(?P<up>上が|あが|伸び|上昇し|増え|増加し|向上し|改善し)|(?P<down>下が|さが|低下し|減っ|減少し|悪化し))"
         r"(?P<tail>(?:っ|り|い|え|し)?(?:ている|てる|ていた|ました|ます|た|る)?)")
_NEGATED = compiled(r"^[ぁ-ん]{0,4}?(?:ない|なかっ|ず|ません)")
# 「、何ポイント上がりましたか」 after the row asked: the change is stated with the row (its value)
_POINTS_TOO = compiled(r"で?[、,]\s*何(?:ポイント|ぽいんと|%|％|パーセント)(?:上が|下が|伸び|増え|減っ)[ぁ-ん]*[?？。]?$")


def _change_columns(tables: list[Table]) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in tables:
        for c in t.columns:
            m = _CHANGE_TAIL.match(nfkc(c.header))
            if m and c.numeric:
                out.setdefault(m.group("stem"), c.header)
            elif c.numeric and c.year is not None and (m := _CHANGE_TAIL.match(c.base)):
                # 「令和7年度 利用者数前年度比（%）」 on a sheet per year: said by its name without the year,
                # which the question says apart (「R7で利用者数が前年度より減った」)
                out.setdefault(m.group("stem"), c.base)
        # 「合計 | 前年度合計 | 増減」: a bare 増減 beside a figure and its previous year's is that figure's
        # change, said by any of the figure's words (件数, 年間件数)
        changes = [c for c in t.columns if c.numeric and _BARE_CHANGE.fullmatch(nfkc(c.header))]
        if len(changes) == 1:
            for c in t.columns:
                if c.numeric and c.year is None and any(
                        o.numeric and _key_of(o.header) in (f"前年度{_key_of(c.header)}", f"前年{_key_of(c.header)}")
                        for o in t.columns):
                    for f in c.forms:
                        if len(f) >= 2:
                            out.setdefault(f, changes[0].header)
    return out


_BARE_CHANGE = compiled(r"(?:対前年度|前年度|前年)?(?:増減|増減数|増減件数|比較増減)")


def _key_of(header: str) -> str:
    return re.sub(r"\s+", "", nfkc(header))


def as_change_column(question: str, tables: list[Table], asked: str = "") -> str:
    """The question with the change of a measure said (「満足度が前回より上がった」) said of that measure's
    change column; as it is when no table has one, or the change is negated (「下がっていない」). `asked`:
    the column the answer before gave (満足度(%)), whose change a follow-up means when it names no measure
    (「その中で前回より下がったものは？」)."""
    columns = _change_columns(tables)
    if not columns:
        return question
    text = question
    said_stems = [stem for stem in columns if stem in text]
    before = re.split(r"[(（]", nfkc(asked))[0].strip()
    for stem, header in columns.items():
        s = re.escape(stem)
        patterns = [rf"{_BEFORE}{_SINCE}[、,]?\s*{s}(?:が|は|の)?[、,]?\s*{_MOST}\s*{_VERB}",
                    rf"{s}(?:が|は|の)?[、,]?\s*{_BEFORE}{_SINCE}?[、,]?\s*{_MOST}\s*{_VERB}",
                    # 「前年度と比べていちばん件数が伸びた」: the extreme said before the measure
                    rf"{_BEFORE}{_SINCE}[、,]?\s*{_MOST}\s*{s}(?:が|は)[、,]?\s*{_VERB}"]
        if not said_stems and stem == before:
            patterns.append(rf"{_BEFORE}{_SINCE}[、,]?\s*{_MOST}\s*{_VERB}")
        for pattern in patterns:
            m = re.search(pattern, text)
            if not m or _NEGATED.match(text[m.end():]):
                continue
            up = bool(m.group("up"))
            if m.group("most"):
                said = f"{header}がいちばん{'大きい' if up else '小さい'}"
                rest = _POINTS_TOO.sub("？", text[m.end():]) if _POINTS_TOO.search(text[m.end():]) else text[m.end():]
            else:
                said = f"{header}が0を{'超える' if up else '下回る'}"
                rest = text[m.end():]
            text = text[:m.start()] + said + rest
            break
    return text
