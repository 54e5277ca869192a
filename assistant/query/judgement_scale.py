"""「A以上の評価の方針」「一番いい評価がついた方針」「前年度より下がった方針」「（その方針の）前の年は？」 over a committee's
paper judging each initiative in letters of a scale it lists (「S、A+、A、B+、B、Cの6段階」: an initiative's
judgement_scale, best first, and its judgement_previous printed beside it: kinds/plan_report/opinion_paper.py).

The letters are ranked by the paper's own list, never by the alphabet (A+ is above A, S above both); only the
initiatives whose paper lists a scale are read here, and a question naming no letter of it, no best or worst, no
previous year, is left to the rest of the engine (None)."""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.kinds.registry import is_year_field
from assistant.labels import kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.store.records import decoded
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

KIND = "initiative"
# The committee's judgement said: 評価 (委員会評価, 推進委員会の評価), 判定.
_JUDGED = compiled(r"評価|判定")
# 「A以上」「B+以下」「Aより上」.
_BOUND = compiled(r"(?<![A-Za-z])(?P<g>[A-Za-z][+\-]?)\s*(?:評価)?\s*(?P<op>以上|以下|より上|より下|未満|を超え|超)")
# 「一番いい」「最も低い」.
_BEST = compiled(r"(?:一番|いちばん|最も|もっとも|最高の?)\s*(?P<w>いい|良い|よい|高い|上|悪い|低い|下)|最高評価|最低評価")
# 「前年度より下がった」「前年度から上がった」「前年度と比べて悪くなった」.
_CHANGED = compiled(r"(?:前年度|前年|昨年度|前回)\s*(?:より|から|と比べて|とくらべて|に比べて|に比べ|と比べ)\s*(?:も)?\s*"
                    r"(?P<w>下が|下げ|悪く|悪化|低く|上が|上げ|良く|よく|改善|高く)")
# 「前の年は？」「前年度は？」: the previous year's judgement of the initiative asked before.
_PREVIOUS = compiled(r"(?:前の年|前年度|前年|昨年度|去年|前回)(?:の(?:評価|判定|委員会評価))?\s*(?:は|って)?\s*(?:どう|何|なに|いくつ)?"
                     r"(?:だった|でした|ですか)?\s*[?？]?\s*$")
_WORSE = ("下が", "下げ", "悪く", "悪化", "低く")
# Words this reading takes: the grade bound, best/worst, the change, the previous year.
_TAKEN = compiled(r"以上|以下|より上|より下|未満|一番|いちばん|最も|もっとも|最高|最低|いい|良い|よい|高い|悪い|低い|前年|前の年|昨年|前回|"
                  r"下が|上が|悪く|良く|改善|悪化|もらっ|つい|付い|取っ")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    columns = assistant.executor.columns.get(KIND, [])
    if "judgement_scale" not in columns:
        return None
    said = nfkc(question)
    previous = getattr(assistant, "context", None)
    follow = bool(_PREVIOUS.search(said)) and previous is not None and previous.target == KIND
    bound, best, changed = _BOUND.search(said), _BEST.search(said), _CHANGED.search(said)
    if not (follow or ((bound or best or changed) and _JUDGED.search(said))):
        return None
    if q.target not in (KIND, "passage", "comment", "") and not follow:
        return None
    rest = [c for c in q.conditions if not (is_year_field(c.field) or c.field in ("text", "committee_score", "judgement"))]
    rows = [r for r in _select(assistant, q, rest) if r.get("judgement")]
    scales = {id(r): decoded(dict(r), ("judgement_scale",)).get("judgement_scale") or [] for r in rows}
    rows = [r for r in rows if isinstance(scales[id(r)], list) and str(r["judgement"]) in scales[id(r)]]
    if not rows:
        return None

    def rank(row: dict, grade: str) -> int | None:
        scale = scales[id(row)]
        return scale.index(grade) if grade in scale else None  # (0 is the best)

    unused = [w for w in q.unused if not _TAKEN.search(nfkc(w)) and not re.fullmatch(r"[A-Za-z][+\-]?", nfkc(w).strip())]
    understood = [c.to_dict() for c in rest]
    # (「令和12年度の委員会評価」: the year of the paper, which its title names, is no condition of its rows)
    titles = _titles(assistant, rows)
    for w in list(unused):
        years = find_years(nfkc(w))
        if years and titles and all(any(fy_text(y.fiscal_year) in t or label_of(y) in t for y in years) for t in titles):
            unused.remove(w)
            understood.append({"field": "source", "op": "=", "value": w, "label": f"{w}の意見書"})
    word = kind_label(KIND)
    if follow and not (bound or best or changed):
        if len(rows) != 1:  # (the question alone names none: the initiative the answer before was of)
            rest = [c for c in previous.conditions if not (is_year_field(c.field) or c.field in ("text", "committee_score"))]
            rows = [r for r in _select(assistant, q, rest) if r.get("judgement")]
            understood = [c.to_dict() for c in rest]
        if len(rows) != 1:
            return None
        row = rows[0]
        before = str(row.get("judgement_previous") or "")
        understood.append({"field": "judgement_previous", "op": "value", "value": None, "label": "前年度の委員会の判定を答える"})
        if not before:
            return _answer(q, [row], understood, unused, f"{_name(row)} の前年度の委員会の判定は資料に記載がありません。",
                           status="no_match")
        return _answer(q, [row], understood, unused, f"{_name(row)} の前年度の委員会の判定は {before} です（今年度は {row['judgement']}）。",
                       value=before)
    if bound:
        grade, op = bound.group("g").upper(), bound.group("op")
        known = [r for r in rows if rank(r, grade) is not None]
        if not known:
            return None
        def fits(r: dict) -> bool:
            mine, limit = rank(r, str(r["judgement"])), rank(r, grade)
            return {"以上": mine <= limit, "以下": mine >= limit, "より上": mine < limit, "を超え": mine < limit,
                    "超": mine < limit, "より下": mine > limit, "未満": mine > limit}[op]
        hits = [r for r in known if fits(r)]
        understood.append({"field": "judgement", "op": op, "value": grade,
                           "label": f"委員会の判定が {grade} {op}（{'>'.join(scales[id(known[0])])} の順）"})
        return _listed(q, hits, understood, unused, word)
    if best:
        worst = (best.group("w") or "") in ("悪い", "低い", "下") or best.group(0) == "最低評価"
        ranks = {id(r): rank(r, str(r["judgement"])) for r in rows}
        top = (max if worst else min)(ranks.values())
        hits = [r for r in rows if ranks[id(r)] == top]
        understood.append({"field": "judgement", "op": "min" if worst else "max", "value": None,
                           "label": f"委員会の判定が{'最も低い' if worst else '最も高い'}（{'>'.join(scales[id(rows[0])])} の順）"})
        summary = f"委員会の判定が{'最も低い' if worst else '最も高い'}のは {'、'.join(_name(r) for r in hits)}（{hits[0]['judgement']}）です。"
        return _answer(q, hits, understood, unused, summary, value=_code(hits[0]) if len(hits) == 1 else None)
    down = changed.group("w") in _WORSE
    compared = [r for r in rows if rank(r, str(r.get("judgement_previous") or "")) is not None]
    if not compared:
        return None
    hits = [r for r in compared if (rank(r, str(r["judgement"])) > rank(r, str(r["judgement_previous"])))
            == down and r["judgement"] != r["judgement_previous"]]
    understood.append({"field": "judgement", "op": "<" if down else ">", "value": "judgement_previous",
                       "label": f"委員会の判定が前年度より{'下がった' if down else '上がった'}"})
    return _listed(q, hits, understood, unused, word)


def _listed(q: Query, hits: list[dict], understood: list[dict], unused: list[str], word: str) -> Answer:
    if not hits:
        return _answer(q, [], understood, unused, f"条件に合う{word}はありません。")
    shown = "、".join(f"{_name(r)}（{r['judgement']}）" for r in hits)
    return _answer(q, hits, understood, unused, f"条件に合う{word}は {len(hits)}件です（{shown}）。")


def _select(assistant: "Assistant", q: Query, conditions: list) -> list[dict]:
    probe = copy.copy(q)
    probe.target = KIND
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = \
        conditions, "", "", "", "", None
    probe = assistant.executor.resolve(probe)[0]
    return [dict(r) for r in assistant.executor.select(probe)[0]]


def _titles(assistant: "Assistant", rows: list[dict]) -> list[str]:
    """The titles of the documents the rows come from (NFKC), [] when one is unknown."""
    out = []
    for source in {str(r.get("source") or "") for r in rows}:
        found = assistant.db.execute("SELECT title FROM documents WHERE source = ?", (source,)).fetchone()
        if not source or not found:
            return []
        out.append(nfkc(str(found[0] or "")))
    return out


def label_of(year) -> str:
    """「令和12年度」 as a title prints it (fy_text gives 令和12年度(2030年度)): the era's part alone."""
    return fy_text(year.fiscal_year).split("(")[0].split("（")[0]


def _code(row: dict) -> str:
    return str(row.get("no") or row.get("code") or "")


def _name(row: dict) -> str:
    return " ".join(p for p in (_code(row), str(row.get("title") or "")) if p)


def _answer(q: Query, rows: list[dict], understood: list[dict], unused: list[str], summary: str, value=None,
            status: str = "") -> Answer:
    unused = list(dict.fromkeys(unused))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    return Answer(question=q.question, target=KIND, rows=rows, count=len(rows), value=value,
                  summary=caveat + summary, caveat=caveat,
                  status="partial" if unused else (status or ("exact" if rows else "no_match")),
                  unused=unused, understood=understood, query=q.to_dict())
