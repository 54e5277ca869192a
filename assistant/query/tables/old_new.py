"""Questions over a 新旧対照表 (an organisation's old and new units side by side): 旧部 | 旧課 | 新部 | 新課 | 改正理由.

The table is recognised by its headers, not by its file: columns that pair as the old and the new of the
same thing (「旧（…まで）旧課」 and 「新（…から）新課」), the coarser pair (部) grouping the finer (課). A name said
is sought on the side it is printed on; a name printed on both sides (健康福祉部 before and after) is read
on the side the question says (「今の」「現在の」 old; 「新しい」「4月からの」「改正後」「…に移す」 new), else on either.
Marks standing for no unit (「（新設）」 on the old side, 「（廃止）」 on the new, 「―」) are read as what they say:
「新設される課」 are the rows marked 新設, 「廃止になってる組織」 is the unit that row names on its other side.
What is asked: the other side's unit (「何課に統合される」「どの部に入る」), a count (「いくつの課に分かれる」),
the reason column (「なぜ」), or the rows (「どんな課がある」); a follow-up keeps the rows (「全部で何課？」,
「そのうち別の部に移るのは」: the group changes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.facts import _key
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

_OLD_HEAD = compiled(r"^(?:旧|改正前|現行|変更前)")
_NEW_HEAD = compiled(r"^(?:新|改正後|変更後)")
_BRACKETS = compiled(r"[(（][^)）]*[)）]")
_MARK = compiled(r"^[(（]\s*([一-龥]{2,4})\s*[)）]$")
_DASHES = {"―", "-", "－", "ー", "—", "‐", "", "–"}

# Which side a name said is of.
_OLD_SAID = compiled(r"(?:今の|いまの|現在の|現行の|旧|改正前の|これまでの|従来の)$")
_NEW_SAID = compiled(r"(?:新しい|新たな|新しく|新設の|新|改正後の|[0-9０-９]+月から(?:の)?|以降の|これからの)$")
_NEW_AFTER = compiled(r"^(?:に|へ)(?:移|入|統合|編入|移管|再編|置か|なる|変わ)")
# The question asks of the new organisation.
_NEW_ASKED = compiled(r"改正後|新しい|新設|統合|移る|移す|移管|入る|分かれ|分割|変わる|なる[の？?]|から[はの]|以降")
_COUNT = compiled(r"いくつ|何件|何か所|何個|何組織|数は|何[一-龥](?!だった|でした|に|へ|と|から|の|で|か)")
# The old organisation asked (「前は何課だった」).
_OLD_ASKED = compiled(r"前は|以前は|もともと|元は|もとは|改正前|旧の|だった[のか？?]|でした")
_WHY = compiled(r"なぜ|なんで|何で|どうして|理由|わけ")
_LIST = compiled(r"どんな|どういう|何があ|なにがあ|どれ|どうなる|教えて|一覧")
_OTHER_GROUP = compiled(r"(?:別|他|ほか|違う)の([一-龥]{1,2})|([一-龥]{1,2})が(?:変わる|かわる|移る)")
# A condition on a figure or a comparison said in a follow-up (「10人以上」「職員数が減る」「一番多い」).
_FIGURE_SAID = compiled(r"[0-9０-９]|以上|以下|未満|超え|増え|増加|増る|増える|減る|減り|減少|多い|少ない|上回|下回|一番|最も|平均|合計")
# The words a bare follow-up says (「全部で何課？」「それぞれどの部？」): no condition of their own.
_GENERIC_FOLLOW = compiled(r"全部|全体|合計|合わせ|あわせ|それぞれ|何課|何部|何件|何個|いくつ|どれ|どこ|どの|何|教えて|一覧|課|部|局|室|係")
_FOLLOW = compiled(r"^(?:その(?:うち|中)|うち|この中|全部で|全体で|合わせて|あわせて|それ)")


@dataclass
class _Pair:
    base: str  # 部, 課
    old: str  # the old side's header
    new: str  # the new side's header


@dataclass
class _Shape:
    pairs: list[_Pair]  # coarse to fine, as the headers run
    other: list[str]  # the columns of neither side (改正理由, 備考)

    @property
    def unit(self) -> _Pair:
        return self.pairs[-1]

    @property
    def group(self) -> _Pair | None:
        return self.pairs[-2] if len(self.pairs) >= 2 else None


def _side_and_base(header: str) -> tuple[str, str]:
    text = _BRACKETS.sub("", nfkc(header)).replace(" ", "")
    side = "old" if _OLD_HEAD.match(text) else "new" if _NEW_HEAD.match(text) else ""
    base = text
    while side and (m := (_OLD_HEAD if side == "old" else _NEW_HEAD).match(base)) and len(base) > m.end():
        base = base[m.end():]
    return side, base


def shape_of(t: Table) -> _Shape | None:
    """The old/new pairs of a table's columns, or None when it is no 新旧対照表."""
    sides = {c.header: _side_and_base(c.header) for c in t.columns}
    pairs = []
    for c in t.columns:
        side, base = sides[c.header]
        if side != "old":
            continue
        new = next((h for h, (s, b) in sides.items() if s == "new" and b == base), None)
        if new is not None:
            pairs.append(_Pair(base, c.header, new))
    if not pairs:
        return None
    paired = {h for p in pairs for h in (p.old, p.new)}
    return _Shape(pairs, [c.header for c in t.columns if c.header not in paired])


def old_side_of(t: Table, header: str) -> str:
    """The old side's column paired with a new side's (新組織(R8)課 → 旧組織(R7)課), or ""."""
    shape = shape_of(t)
    return next((p.old for p in shape.pairs if p.new == header), "") if shape else ""


def _cell(row: dict, header: str) -> str:
    return nfkc(str(row["cells"].get(header) or "")).strip()


def _is_name(value: str) -> bool:
    return value not in _DASHES and not _MARK.match(value)


@dataclass
class _Named:
    value: str
    start: int
    end: int
    headers: list[str]  # the paired columns to look in


def _names_said(t: Table, shape: _Shape, qn: str) -> list[_Named]:
    """The units the question names, longest first, with the columns each is read in."""
    found: dict[str, set[str]] = {}
    for r in t.rows:
        for p in shape.pairs:
            for h in (p.old, p.new):
                v = _cell(r, h)
                if _is_name(v) and len(_key(v)) >= 2:
                    found.setdefault(v, set()).add(h)
    taken: list[tuple[int, int]] = []
    named = []
    for v in sorted(found, key=lambda v: -len(_key(v))):
        k = _key(v)
        for m in re.finditer(re.escape(k), qn):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            heads = sorted(found[v])
            olds = [h for h in heads if any(h == p.old for p in shape.pairs)]
            news = [h for h in heads if any(h == p.new for p in shape.pairs)]
            if olds and news:
                before, after = qn[:m.start()], qn[m.end():]
                if _OLD_SAID.search(before):
                    heads = olds
                elif _NEW_SAID.search(before) or _NEW_AFTER.match(after):
                    heads = news
            named.append(_Named(v, m.start(), m.end(), heads))
    return sorted(named, key=lambda n: n.start)


def _base_asked(shape: _Shape, text: str) -> _Pair | None:
    """The pair whose unit the question asks (「どの部」「何課」「どんな課」)."""
    for p in shape.pairs:
        # (「旧組織（Ｒ７）課」: the pair's base 組織課, said by its unit word alone, 「どの課」)
        words = [p.base] + ([p.base[-1]] if len(p.base) > 1 and p.base[-1] in "部課局室係" else [])
        b = "|".join(re.escape(w) for w in words)
        if re.search(rf"(?:どの|どこの|何|なに|どんな|いくつの)(?:{b})", text):
            return p
    return None


def answer_old_new(question: str, tables: list[Table], context=None, places: bool = True
                   ) -> tuple[Answer, list[dict], Table] | None:
    """The answer from a 新旧対照表 the question is about, with its rows (for a follow-up); None when the
    question is not read as one over such a table."""
    qn = _key(question)
    text = nfkc(question)
    follow = context is not None and context.rows and shape_of(context.table) is not None \
        and _FOLLOW.search(text) is not None
    if follow and _FIGURE_SAID.search(text):
        # (「そのうち職員数（新）が10人以上」: a condition on a figure this reader cannot use; the rows kept as they
        # were would drop it silently — the table's own reader takes the question)
        return None
    if follow:
        t, shape = context.table, shape_of(context.table)
        pool = list(context.rows)
    else:
        shaped = [(t, s) for t in tables if (s := shape_of(t)) is not None]
        if len(shaped) != 1:
            return None
        t, shape = shaped[0]
        pool = list(t.rows)
    named = _names_said(t, shape, qn)
    if not follow and not places and not (named and _base_asked(shape, text) and _NEW_ASKED.search(text)):
        # (no town named: only a unit the one 新旧対照表 prints, asked of its new side by the unit's word
        # (「税務課は新しい組織ではどの課に分かれる」「地域振興課は４月からどの部に入る」))
        return None
    said: list[str] = []
    rows = pool
    for n in named:
        rows = [r for r in rows if any(_cell(r, h) == n.value for h in n.headers)]
        sides = {"旧" if any(h == p.old for p in shape.pairs) else "新" for h in n.headers}
        said.append(f"{'・'.join(sorted(sides, reverse=True))}の欄が{n.value}")
    # A mark said (新設, 廃止): the rows printing it.
    marks = {m.group(1) for r in t.rows for p in shape.pairs for h in (p.old, p.new)
             if (m := _MARK.match(_cell(r, h)))}
    mark = next((m for m in sorted(marks, key=len, reverse=True) if m in text), "")
    if mark:
        rows = [r for r in rows if any(_MARK.match(_cell(r, h)) and mark in _cell(r, h)
                                       for p in shape.pairs for h in (p.old, p.new))]
        said.append(f"「（{mark}）」の行")
    column_said = False
    # A column of neither side named with a word its cells hold (「改正理由が名称変更」).
    for h in shape.other:
        base = _key(_BRACKETS.sub("", nfkc(h)))
        m = re.search(re.escape(base) + r"(?:が|に|は|で)([^、。？?]{2,12}?)(?:に|と|で|の|が|を)", qn) if base else None
        if m:
            word = m.group(1)
            held = [r for r in rows if word in _key(_cell(r, h))]
            if held:
                rows, column_said = held, True
                said.append(f"{h}に「{word}」を含む")
    # A value a column of neither side prints, said as it is (「そのうち新設の課は」 over 改編区分 新設): its rows.
    if not column_said:
        for h in shape.other:
            values = {v for r in t.rows if not re.search(r"\d", v := _cell(r, h))} - _DASHES
            held = sorted((v for v in values if 2 <= len(v) <= 8 and _key(v) in qn
                           and not any(_key(v) in _key(n.value) for n in named)), key=len, reverse=True)
            if len(held) == 1 and len(values) < len(t.rows):  # (a category column: values repeat, no row's own text)
                rows = [r for r in rows if _cell(r, h) == held[0]]
                column_said = True
                said.append(f"{h}が{held[0]}")
    # 「別の部に移る」: the group changes (both sides name a unit).
    g = _OTHER_GROUP.search(text)
    if g and shape.group is not None and (g.group(1) or g.group(2)) == shape.group.base:
        gp = shape.group
        rows = [r for r in rows if _is_name(_cell(r, gp.old)) and _is_name(_cell(r, gp.new))
                and _cell(r, gp.old) != _cell(r, gp.new)]
        said.append(f"{gp.base}が変わる")
    if not follow and not named and not mark and not column_said:
        return None
    if not said and follow:
        rest = _GENERIC_FOLLOW.sub("", _FOLLOW.sub("", text))
        if re.search(r"[一-龥ァ-ヶ]{2,}", rest):
            # (a word of its own this reader did not use: the rows are not kept silently)
            return None
        said.append("前の回答の行")
    if not rows:
        return _answer(question, t, [], "no_match", f"{'、'.join(said)}に当たる行は表にありません。", None, said), [], t
    asked = _base_asked(shape, text)
    new_side = _NEW_ASKED.search(text) is not None or not any(_OLD_SAID.search(qn[:n.start]) for n in named)
    if _OLD_ASKED.search(text) and not _NEW_ASKED.search(text):
        new_side = False
    if _WHY.search(text) and not column_said:
        reason = next((h for h in shape.other if "理由" in h), shape.other[0] if shape.other else "")
        if not reason:
            return None
        values = sorted({_cell(r, reason) for r in rows})
        return _answer(question, t, rows, "exact" if len(values) == 1 else "partial",
                       f"{'、'.join(said)}に当たる行の{reason}は「{'」「'.join(values)}」です（{_where(t)}）。",
                       values[0] if len(values) == 1 else None, said), rows, t
    if _COUNT.search(text):
        n = len(rows)
        return _answer(question, t, rows, "exact", f"{'、'.join(said)}に当たる行は {n}件です（{_where(t)}）：" +
                       "、".join(_label(shape, r) for r in rows) + "。", n, said, count=n), rows, t
    pair = asked or (shape.unit if (mark or _LIST.search(text) or not named) else None)
    if pair is None:
        return None
    values = []
    for r in rows:
        first, second = (pair.new, pair.old) if new_side else (pair.old, pair.new)
        v = _cell(r, first)
        if not _is_name(v):
            v = _cell(r, second)
        if _is_name(v) and v not in values:
            values.append(v)
    if not values:
        return None
    single = len(values) == 1 and not _LIST.search(text)
    summary = f"{'、'.join(said)}に当たる行は {len(rows)}件です（{_where(t)}）：" + "、".join(_label(shape, r) for r in rows) + "。"
    if single:
        summary = f"{'、'.join(said)}に当たる行の{pair.base}は {values[0]} です（{_where(t)}）。"
    return _answer(question, t, rows, "exact", summary, values[0] if single else None, said,
                   count=len(rows)), rows, t


def _where(t: Table) -> str:
    return f"{t.doc_title}「{t.caption}」の表" if t.caption else t.doc_title


def _label(shape: _Shape, row: dict) -> str:
    u = shape.unit
    return f"{_cell(row, u.old)}→{_cell(row, u.new)}"


def _answer(question: str, t: Table, rows: list[dict], status: str, summary: str, value, said: list[str],
            count: int | None = None) -> Answer:
    return Answer(
        question=question, target="table_row", status=status, summary=summary, value=value,
        count=len(rows) if count is None else count,
        understood=[{"field": "table", "op": "=", "value": t.doc_title, "label": f"文書: {t.doc_title}"}]
        + [{"field": "cells", "op": "match", "value": s, "label": s} for s in said],
        # (the row's printed code, 新課コード K-06, keys it as the table's other answers do; 「－」 is none)
        rows=[{"key": r["key"], "source": t.source, "line": r["line"], **r["cells"],
               **({"number": _cell(r, t.number)} if t.number and _cell(r, t.number) not in _DASHES else {})}
              for r in rows],
        columns=[c.header for c in t.columns],
        notes=["新旧対照表として、旧の欄と新の欄を対にして読んでいます"])
