"""「削減した作業時間がいちばん多い事例は？」 over cases whose figures are only in their text (a 効果 cell: 「入力作業を
年間約3,400時間削減した」): the unit the asked word ends in (時間, 件数 → 件, 人数 → 人, 日数 → 日, 回数 → 回) is
sought in each record's text (額・費用 → 円, with 万・億), and the records compared by the figure they state in it.

A record stating no figure in that unit (in a sentence holding the verb said, 削減, when one is said) is left
out and said; one stating several is read by its largest (smallest when the least is asked). Only case studies are read so: their text is where a
collection states its figures. Questions of another shape are left to the rest of the engine (None).
"""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Condition, Query
from assistant.query.execute import record_sources
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

KINDS = ("case_study",)
_TEXT_FIELDS = ("effects", "measures", "summary", "details")
# 「作業時間が」「処理件数の」: the thing asked, ending in the word of its unit, then the extreme asked.
# (「作業時間の削減が最も大きい」: the verb after it, as 「削減した作業時間」 says it before)
_ASKED = compiled(r"([一-龥ァ-ヶー]{0,8}?)(時間|件数|人数|者数|日数|回数|金額|効果額|額|費用|経費|コスト)(?:の(?P<verb>[一-龥]{2})(?:量|幅|数)?)?(?:が|の|を)?\s*"
                  r"(?P<ext>(?:いちばん|一番|最も|もっとも)(?:多|大き|長|少な|小さ|短)|最大|最多|最長|最小|最少|最短"
                  # (「作業時間をいちばん減らした」: the verb of the change is the extreme asked, its largest)
                  r"|(?:いちばん|一番|最も|もっとも)(?P<change>減らし|削減し|縮減し|短縮し|減っ|増やし|増え|伸ばし))")
# 「移住者数が50人以上の事例」: the thing asked, then a bound in its unit.
_BOUND = compiled(r"([一-龥ァ-ヶー]{0,8}?)(時間|件数|人数|者数|日数|回数)(?:が|は|の)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万|千)?\s*"
                  r"(?:人|件|時間|日|回)\s*(?P<op>以上|以下|未満|超|を超え|より多|より少な)")
# The verb of a change said as the extreme (減らした): the word its sentences hold (削減, 減った, 縮減 all hold 減).
_CHANGE_WORD = {"減らし": "減", "削減し": "減", "縮減し": "減", "減っ": "減", "短縮し": "短縮", "増やし": "増", "増え": "増",
                "伸ばし": "伸"}
_UNITS = {"時間": "時間", "件数": "件", "人数": "人", "者数": "人", "日数": "日", "回数": "回",
          **{w: "円" for w in ("金額", "効果額", "額", "費用", "経費", "コスト")}}
_LEAST = ("少な", "小さ", "短", "最小", "最少", "最短")
# A figure in the unit: 「約3,400時間」「1.5万時間」 (not 「時間外」: the unit ends the figure's word).
_FIGURE = r"(\d[\d,]*(?:\.\d+)?)\s*(億|万|千)?\s*"
# The verb said before the thing asked: 「削減した作業時間」 → 削減.
_VERB_BEFORE = compiled(r"([一-龥]{2})(?:した|された|できた|する)\s*$")


def _figures(text: str, unit: str) -> list[tuple[float, str, str]]:
    """(value, as printed, its sentence) of every figure in `unit` the text states."""
    out = []
    for sentence in re.split(r"(?<=[。．])|\n", nfkc(text)):
        for m in re.finditer(_FIGURE + re.escape(unit) + r"(?!外|帯|割)", sentence):
            value = float(m.group(1).replace(",", "")) * {"億": 10 ** 8, "万": 10000, "千": 1000}.get(m.group(2) or "", 1)
            out.append((value, m.group(0).strip(), sentence))
    return out


# 「事例集で…いちばん多いのはどこの取組？」: the collection of cases named; 取組 there is a case's, not a plan's item.
_CASES_SAID = compiled(r"事例")


# 「どこの取組？」「どこ？」: who did the case is asked (its places), not its number.
_WHO_ASKED = compiled(r"どこ(?:の(?:取組|取り組み|事例|自治体|団体|市町村))?\s*(?:です|でしょう)?か?\s*[？?]?\s*$")


def _of_the_collection(assistant: "Assistant", q: Query, said: str) -> Query:
    """The query turned onto the cases when the question names the collection (事例) but its last kind word (取組)
    chose another kind: only its words and the documents holding cases kept. The query as it was otherwise."""
    if q.target in KINDS or not _CASES_SAID.search(said) or "case_study" not in assistant.executor.tables \
            or q.aggregate not in ("max", "min", ""):
        return q
    holding = set(record_sources(assistant.db, "case_study"))
    kept = []
    for c in q.conditions:
        if c.field == "text":
            kept.append(c)
        elif c.field == "source" and c.op == "in" and isinstance(c.value, list):
            # (a place's documents: the collection among them kept; the plan's own alone say nothing of the cases)
            among = sorted(holding & set(c.value))
            if among:
                kept.append(Condition(c.field, c.op, among, c.label))
        else:
            return q  # (a condition of the other kind's: not a question of the cases)
    out = copy.copy(q)
    out.target, out.conditions = "case_study", kept
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    q = _of_the_collection(assistant, q, said)
    if q.target not in KINDS or q.target not in assistant.executor.tables:
        return None
    asked = _ASKED.search(said)
    if asked is None:
        return _bounded(assistant, q, said)
    unit = _UNITS[asked.group(2)]
    thing = asked.group(1) + asked.group(2)
    before = _VERB_BEFORE.search(said[:asked.start()])
    # (「削減額」: the thing's own verb, its sentences first, as 「削減した…」 says it)
    own = re.match(r"([一-龥]{2})$", asked.group(1)) if asked.group(2) in ("額", "効果額", "時間") else None
    verb = before.group(1) if before else asked.group("verb") or (own.group(1) if own else "") \
        or _CHANGE_WORD.get(asked.group("change") or "", "")
    least = any(w in asked.group("ext") for w in _LEAST)
    words = {thing, asked.group(2)} | ({verb} if verb else set())
    if asked.group("change"):
        # (「いちばん減らした」: the extreme and the verb are words of the asked, as 「いちばん多い」 is)
        words |= {w for w in re.findall(r"[ぁ-ん一-龥]+", asked.group("ext")) if len(w) >= 2}
        words |= {asked.group("change") + "た"}
    rest = [c for c in q.conditions if not (c.field == "text" and any(str(c.value) in w or w in str(c.value) for w in words))
            and not _names_the_document(assistant, q, c)]
    rest = [c for c in rest if not _said_of_the_collection(assistant, q, rest, c)]
    probe = copy.copy(q)
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = rest, "", "", "", "", None
    rows = _selected(assistant, probe)
    if not rows:
        return None
    read: list[tuple[dict, float, str]] = []
    silent: list[dict] = []
    for r in rows:
        text = "\n".join(str(r.get(f) or "") for f in _TEXT_FIELDS)
        found = _figures(text, unit)
        stated = r.get("effect_amount")
        if not found and unit == "円" and isinstance(stated, (int, float)) and asked.group(2) in ("効果額", "金額", "額"):
            # (「効果額：18.5百万円」 a labelled fact of the case, kept in 千円: its own amount)
            found = [(stated * 1000, f"{stated:,}千円", "")]
        if asked.group(2) == "者数":  # (「移住者数」: the figure of a sentence saying that word, no other persons')
            found = [f for f in found if thing in f[2]]
        if verb:  # (「削減した作業時間」: a figure in a sentence saying so; 「新たな収入」 is no saving)
            found = [f for f in found if verb in f[2]]
        if not found:
            silent.append(r)
            continue
        value, printed, _ = max(found) if not least else min(found)
        read.append((r, value, printed))
    if not read:
        return None
    best = (min if least else max)(v for _, v, _ in read)
    chosen = [r for r, v, _ in read if v == best]
    label = kind_label(q.target)
    printed = next(p for r, v, p in read if v == best)
    unused = [w for w in q.unused if not any(w in x or x in w for x in words)]
    compared = "、".join(f"{r.get('code')} {p}" for r, _, p in read)
    extreme = asked.group("ext") + ("い" if re.search(r"(?:多|大き|長|少な|小さ|短)$", asked.group("ext")) else
                                    "た" if asked.group("change") else "")
    summary = (f"本文に書かれた「{unit}」の数で比べると、{thing}{'を' if asked.group('change') else 'が'}{extreme}{label}は "
               f"{_names(chosen)}（{printed}）です。")
    notes = [f"比べた数: {compared}"]
    if silent:
        notes.append(f"{_names(silent)} は本文に" + (f"「{verb}」の文の" if verb else "") + f"「{unit}」の数がないため比べていません")
    understood = [c.to_dict() for c in rest] + [{"field": "text", "op": "min" if least else "max", "value": unit,
                                                 "label": f"本文の「{unit}」の数が{'最小' if least else '最大'}"
                                                          + (f"（「{verb}」の文）" if verb else "")}]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    sources = sorted({str(r.get("source")) for r, _, _ in read})
    if len(sources) > 1 and not any(c.field == "source" for c in rest):
        # (cases of two collections compared by the figures their texts state, no collection said: which one is meant
        # is not certain — each states its figures in its own way)
        caveat += f"複数の資料（{'、'.join(sources)}）の事例を比べています。資料を指定すると確実です。"
    value = str(chosen[0].get("code")) if len(chosen) == 1 else None
    if value is not None and (q.value_field == "places" or _WHO_ASKED.search(said)):
        # 「…いちばん減らしたのはどこの自治体？」: who did the case, not its number.
        from assistant.query.place_names import municipalities_of
        value = municipalities_of(chosen[0].get("places")) or value
        summary += f"自治体は {value} です。"
    return Answer(question=q.question, target=q.target, rows=chosen,
                  count=len(chosen), value=value, summary=caveat + summary, caveat=caveat,
                  status="partial" if caveat else "exact", unused=unused, understood=understood, notes=notes,
                  query=q.to_dict())


def _selected(assistant: "Assistant", q: Query) -> list[dict]:
    return assistant.executor.select(assistant.executor.resolve(q)[0])[0]


def _said_of_the_collection(assistant: "Assistant", q: Query, conditions: list, c) -> bool:
    """A word sought (「先進事例で…」's 先進) that no case's text holds but the document holding them says (its title
    「他自治体の先進事例」): a name of the collection, no condition on its cases."""
    if c.field != "text" or c.op != "match" or not isinstance(c.value, str) or len(c.value) < 2:
        return False
    probe = copy.copy(q)
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = [c], "", "", "", "", None
    if _selected(assistant, probe):
        return False
    sources = record_sources(assistant.db, q.target)
    if not sources:
        return False
    marks = ",".join("?" * len(sources))
    return any(c.value in nfkc(t or "") for (t,) in assistant.db.execute(
        f"SELECT text FROM document_texts WHERE source IN ({marks})", list(sources)))


def _bounded(assistant: "Assistant", q: Query, said: str) -> Answer | None:
    """「移住者数が50人以上の事例は？」: the cases whose text states the thing (a sentence saying 移住者数) with a
    figure in its unit within the bound; a case stating none is left out and said."""
    bound = _BOUND.search(said)
    if bound is None:
        return None
    unit = _UNITS[bound.group(2)]
    thing = bound.group(1) + bound.group(2)
    if any(c.field != "text" and not str(c.field).startswith("@") and c.op in (">", ">=", "<", "<=")
           and isinstance(c.value, (int, float)) and not isinstance(c.value, bool) for c in q.conditions):
        return None  # (「対象人数が1000人を超える」 of records holding 対象人数 as a field of their own: that reading stands)
    limit = float(bound.group(3).replace(",", "")) * {"万": 10000, "千": 1000}.get(bound.group(4) or "", 1)
    op = bound.group("op")
    words = {thing, bound.group(2), bound.group(3)}
    rest = [c for c in q.conditions if not (c.field == "text" and any(str(c.value) in w or w in str(c.value)
                                                                        or re.fullmatch(r"[\d,.]+\s*[人件日回時間]*", str(c.value))
                                                                        for w in words))
            and not _names_the_document(assistant, q, c)]
    rest = [c for c in rest if not _said_of_the_collection(assistant, q, rest, c)]
    probe = copy.copy(q)
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = rest, "", "", "", "", None
    rows = _selected(assistant, probe)
    if not rows:
        return None
    kept: list[tuple[dict, str]] = []
    silent: list[dict] = []
    for r in rows:
        text = "\n".join(str(r.get(f) or "") for f in _TEXT_FIELDS)
        found = [f for f in _figures(text, unit) if thing in f[2]]
        if not found:
            silent.append(r)
            continue
        value, printed, _ = max(found)
        ok = {"以上": value >= limit, "以下": value <= limit, "未満": value < limit, "超": value > limit,
              "を超え": value > limit, "より多": value > limit, "より少な": value < limit}[op]
        if ok:
            kept.append((r, printed))
    if not kept and not silent:
        return None
    label = kind_label(q.target)
    chosen = [r for r, _ in kept]
    shown = "、".join(f"{r.get('code')} {p}" for r, p in kept)
    summary = (f"本文に書かれた{thing}が{bound.group(3)}{unit}{op}の{label}は {len(chosen)}件です"
               + (f"（{shown}）。" if shown else "。"))
    notes = []
    if silent:
        notes.append(f"{_names(silent)} は本文に「{thing}」の数がないため含めていません")
    unused = [w for w in q.unused if not any(w in x or x in w for x in words)]
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    understood = [c.to_dict() for c in rest] + [{"field": "text", "op": "ge", "value": thing,
                                                 "label": f"本文の「{thing}」が{bound.group(3)}{unit}{op}"}]
    return Answer(question=q.question, target=q.target, rows=chosen, count=len(chosen), value=None,
                  summary=caveat + summary, caveat=caveat, status="partial" if unused else "exact", unused=unused,
                  understood=understood, notes=notes, query=q.to_dict())


def _names_the_document(assistant: "Assistant", q: Query, c) -> bool:
    """A year sought as a word that the title of every document the question names prints (「…事例集（2026年度版）」):
    part of the document's name, no condition on its records."""
    years = {y.fiscal_year for y in find_years(str(c.value))} if c.field == "text" else set()
    named = sorted({str(x) for d in q.conditions if d.field == "source" and d.op == "in" and isinstance(d.value, list)
                    for x in d.value})
    if not years or not named:
        return False
    titles = [nfkc(r["title"] or "") for r in assistant.db.query(
        f"SELECT title FROM documents WHERE source IN ({','.join('?' * len(named))})", named)]
    return bool(titles) and all(years <= {y.fiscal_year for y in find_years(t)} for t in titles)


def _names(rows: list[dict]) -> str:
    out = [f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in rows[:8]]
    return "、".join(out) + (" ほか" if len(rows) > 8 else "")
