"""One list's items grouped under headings where an item may stand under two of them (a web page's 「書かない窓口で
受付」 and 「オンライン申請可」, 転出届 under both): 「両方に載っている手続」 are the names under both headings said,
「書かない窓口の対象なのにオンライン申請には載っていない手続」 the names under the first and not the second. The two
headings are the values of one category column the question says (as printed, or by the thing without its predicate:
clipped_values.predicate_clipped_values); each name is answered once, by its row under the first heading said."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.answer import Answer
from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_BOTH = re.compile(r"両方|どちらにも|どっちにも|いずれにも|ともに|共通して")
# 「AなのにBには載っていない」「AにはあるけどBにはない」: the first heading said holds it, the second not
_BUT = re.compile(r"なのに|だけど|だが|であって|にはあるが|にはあるけど|にあるのに|にあって|はあるのに")
_NOT_LISTED = re.compile(r"(?:載って|のって|入って|含まれて|掲載されて|記載されて)(?:い)?(?:ない|ません)|には?ない|対象外")
_DASHES = {"", "-", "－", "―", "ー", "—"}


# Words that ask for the items and say nothing more (the list's own word for them, 手続; where they stand)
_ASKING = re.compile(r"手続き?|もの|項目|どれ|何|なに|教えて|一覧|対象|載って(?:い)?る|のって(?:い)?る|入って(?:い)?る|ある|あるの|"
                     r"掲載されて(?:い)?る|記載されて(?:い)?る|挙げて|出して|見せて|ください")


def _words_left(qn: str, spans: list[tuple[int, int]], row_word: str) -> bool:
    """Whether the question says a word beyond the two headings, the asking and the list's word for its items (a year,
    a department): a condition this reading would drop."""
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(qn))
    for pattern in (_BOTH, _BUT, _NOT_LISTED, _ASKING):
        rest = pattern.sub(" ", rest)
    if row_word:
        rest = rest.replace(row_word, " ")
    return re.search(r"[一-龥ァ-ヶー]{2,}|\d", rest) is not None


def _said_values(t, qn: str) -> tuple[str, list[tuple[int, str]], list[tuple[int, int]]] | None:
    """The category column and the values of it the question says, in the order said (position, value printed)."""
    from assistant.query.tables.clipped_values import predicate_clipped_values

    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number, "見出し"):
            continue
        cells = list(printed_cells(t, c.header))
        distinct = {v for v in cells if v} - _DASHES
        if len(distinct) < 2 or len(distinct) * 2 > len(t.rows):
            continue
        forms = {_key(v): v for v in distinct}
        values = {_key(v): {c.header} for v in distinct}
        for short, _, (vk, _) in predicate_clipped_values(t, values, _key, _DASHES):
            if vk in forms:
                forms.setdefault(short, forms[vk])
        found: list[tuple[int, int, str]] = []  # (where said, how long, the value printed)
        for said in sorted(forms, key=lambda f: (-len(f), f)):
            at = qn.find(said)
            if at >= 0 and not any(a <= at < a + n for a, n, _ in found) and forms[said] not in (v for *_, v in found):
                found.append((at, len(said), forms[said]))
        if len(found) == 2:
            return c.header, sorted((at, v) for at, _, v in found), [(at, at + n) for at, n, _ in found]
    return None


def answer_listed_in_both(question: str, tables, row_of) -> tuple[Answer, list[dict], object] | None:
    """The answer to 「A・B両方に載っている」「AなのにBには載っていない」 over such a list; None when not asked so."""
    qn = _key(question)
    both, but = _BOTH.search(qn), _BUT.search(qn)
    if not both and not (but and _NOT_LISTED.search(qn, but.end())):
        return None
    got = []
    for t in tables:
        if not t.name:
            continue
        said = _said_values(t, qn)
        if said is None:
            continue
        header, [(_, a), (_, b)], spans = said
        if _words_left(qn, spans, re.sub(r"(?:名|名称)$", "", _key(t.name))):
            continue  # (another condition said: not read here, lest it be dropped)
        names = {}
        for r in t.rows:
            v = nfkc(str(r["cells"].get(header) or "")).strip()
            names.setdefault(v, {})[nfkc(str(r["cells"].get(t.name) or "")).strip()] = r
        under_a, under_b = names.get(a, {}), names.get(b, {})
        if not set(under_a) & set(under_b):
            continue  # (no name stands under both: not one list of items under headings)
        keep = [n for n in under_a if (n in under_b) == bool(both)]
        got.append((t, header, a, b, [under_a[n] for n in keep]))
    if len(got) != 1:
        return None
    t, header, a, b, rows = got[0]
    word = f"{a}と{b}の両方にある" if both else f"{a}にあって{b}にない"
    names = "、".join(nfkc(str(r["cells"].get(t.name) or "")) for r in rows)
    summary = (f"{header}が{word}{t.name}は {len(rows)}件です（{t.doc_title}の表）" + (f"：{names}。" if rows else "。"))
    shown = [row_of(t, r) for r in rows]
    ans = Answer(question=question, target="table_row", status="exact" if rows else "no_match", count=len(rows),
                 value=None, summary=summary,
                 understood=[{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"},
                             {"field": header, "op": "both" if both else "only", "value": [a, b],
                              "label": f"{header}が{word}（{t.name}で突き合わせ）"}],
                 rows=shown, columns=[c.header for c in t.columns])
    return ans, shown, t
