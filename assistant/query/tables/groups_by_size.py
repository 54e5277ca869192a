"""「公用車を２台以上持ってる課はいくつ？」 over a list of vehicles (管理番号 │ 所属課 │ …): the groups of rows sharing a
value of the column the asked word ends (所属課 of 課), counted by how many rows each holds, bound by the number said.
Read only where the thing held (公用車) is the table's document's word or none is said, and exactly one column of
repeated values ends in the word asked; anything else said is left to the other readings."""
from __future__ import annotations

import operator
import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# 「公用車を2台以上持ってる課はいくつ」「職員が10人以上いる係は何係」「施設を3か所以上抱える地区はどこ」
_ASKED = compiled(
    r"^\s*(?:(?P<what>[一-龥ァ-ヶーA-Za-z]{1,12})\s*(?:を|が)\s*)?(?P<n>\d{1,3})\s*(?P<counter>台|件|人|名|か所|箇所|ヶ所|つ|個|施設|校|事業|本)\s*"
    r"(?P<b>以上|以下|未満|を超え|超)\s*(?:の)?\s*"
    r"(?:持って(?:い)?る|持つ|抱えて(?:い)?る|抱える|保有して(?:い)?る|保有する|所有して(?:い)?る|ある|いる|配置されて(?:い)?る)?\s*"
    r"(?P<g>[一-龥]{1,3})\s*(?:は|って|が)?\s*(?:いくつ|何(?P=g)|何個|何か所|どこ|どれ)\s*(?:ある|あります)?(?:か)?\s*[?？。]*\s*$")
# a document listing the things themselves: 公用車台帳, 施設一覧, 職員名簿
_LISTED = r"(?:の)?(?:台帳|一覧|名簿|リスト|調書|明細)"
_OPS = {"以上": operator.ge, "以下": operator.le, "未満": operator.lt, "を超え": operator.gt, "超": operator.gt}
_SAID = {"以上": "以上", "以下": "以下", "未満": "未満", "を超え": "を超える", "超": "を超える"}


def _group_columns(t, word: str) -> list[str]:
    """Columns of words (no figures) ending in the word asked whose values repeat down the rows: groups of rows."""
    out = []
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number) or not _key(c.header).endswith(word):
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows]
        values = [v for v in values if v]
        if values and len(set(values)) < len(values):
            out.append(c.header)
    return out


def answer_groups_by_size(question: str, tables: list) -> tuple[Answer, list[dict], object] | None:
    m = _ASKED.match(nfkc(question))
    if m is None:
        return None
    what = _key(m.group("what") or "")
    found = [(t, h) for t in tables if not what or what in _key(f"{t.doc_title} {t.caption} {t.source}")
             for h in _group_columns(t, m.group("g"))]
    if len(found) > 1 and what:
        # (「公用車」 of both 公用車台帳 and 公用車適正配置計画's table of measures: the list of the things themselves)
        found = [(t, h) for t, h in found if re.search(re.escape(what) + _LISTED, _key(f"{t.doc_title} {t.caption}"))]
    if len(found) != 1:
        return None
    t, header = found[0]
    n, bound = int(m.group("n")), m.group("b")
    sizes: dict[str, list[dict]] = {}
    for r in t.rows:
        value = nfkc(str(r["cells"].get(header) or "")).strip()
        if value:
            sizes.setdefault(value, []).append(r)
    passed = {g: rows for g, rows in sizes.items() if _OPS[bound](len(rows), n)}
    said = f"{m.group('what') or '行'}が{n}{m.group('counter')}{_SAID[bound]}"
    listed = "、".join(f"{g}（{len(rows)}）" for g, rows in passed.items())
    summary = (f"{said}の{header}は {len(passed)}件です（{t.doc_title}の表、{header}ごとに行を数えました）"
               + (f"：{listed}。" if passed else "。"))
    rows = [{"key": f"group:{g}", "group": g, "count": len(rs), "source": t.source} for g, rs in passed.items()]
    answer = Answer(question=question, target="table_row", status="exact" if passed else "no_match",
                    count=len(passed), value=len(passed), summary=summary, rows=rows, columns=["group", "count"],
                    understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                                {"field": header, "op": "groups_sized", "value": [bound, n], "label": said}])
    return answer, [r for rs in passed.values() for r in rs], t
