"""「歳入の改善項目」 of a table whose rows sit under headings that differ only in a bracketed word (one sheet per
区分, each titled 「…改善項目進捗状況【歳入】」「…【歳出】」「…【組織】」): the bracketed word said names the rows under
that heading (read by question.py as a 「section」 mention), and 「…を含んでいる区分は」 asks those words (the
groups of the rows found, answered as initiative:<word>). The words are read from the headings, never listed."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_BRACKETED = re.compile(r"[【\[［〔]\s*([^【】\[\]［］〔〕:：]{1,10}?)\s*[】\]］〕]")


def heading_tails(t) -> dict[str, str]:
    """{the heading: its own bracketed word} where the table's rows sit under two or more headings, each with
    one bracketed word the others do not print; {} otherwise."""
    if "見出し" not in {c.header for c in t.columns} or t.name == "見出し":
        return {}
    heads = list(dict.fromkeys(nfkc(str(r["cells"].get("見出し") or "")).strip() for r in t.rows))
    if len(heads) < 2 or "" in heads:
        return {}
    parts = {h: [m.group(1).strip() for m in _BRACKETED.finditer(h)] for h in heads}
    everywhere = set.intersection(*(set(p) for p in parts.values()))
    own = {h: [p for p in ps if p not in everywhere] for h, ps in parts.items()}
    if not all(len(p) == 1 for p in own.values()) or len({p[0] for p in own.values()}) != len(heads):
        return {}
    # (the rest of each heading is the same: only the bracketed word tells them apart)
    rests = {_BRACKETED.sub("", h).strip() for h in heads}
    if len(rests) != 1:
        return {}
    return {h: p[0] for h, p in own.items()}


def heading_tail_rows(t, question: str) -> tuple[str, list[str], tuple[int, int]] | None:
    """(the word said, the keys of the rows under its heading, its span in the question's key form), or None."""
    tails = heading_tails(t)
    if not tails:
        return None
    qn = _key(question)
    found = []
    for head, word in tails.items():
        wk = _key(word)
        for m in re.finditer(re.escape(wk), qn):
            before, after = qn[:m.start()], qn[m.end():]
            if re.search(r"[一-龥ァ-ヶ]$", before) or re.match(r"[一-龥ァ-ヶー\-‐－\d]", after):
                continue  # (a part of a longer word, or of a code: 歳入額, 歳入-3)
            found.append((word, head, m.span()))
            break
    if len(found) != 1:
        return None  # (「区分（歳入・歳出・組織）」: the groups listed, none chosen)
    word, head, span = found[0]
    keys = [r["key"] for r in t.rows if nfkc(str(r["cells"].get("見出し") or "")).strip() == head]
    return (word, keys, span) if keys else None


def tail_heads_asked(answer, context) -> bool:
    """Answer (in place) the bracketed words of the headings of the rows found, where 見出し is what is asked
    and the headings differ only in those words (「中止になった項目を含んでいる区分は」)."""
    t = getattr(context, "table", None)
    if t is None or getattr(context, "asked", "") != "見出し" or answer.status != "exact" or not answer.rows:
        return False
    tails = heading_tails(t)
    if not tails:
        return False
    values = []
    for r in answer.rows:
        w = tails.get(nfkc(str(r.get("見出し") or "")).strip()) if isinstance(r, dict) else None
        if not w:
            return False
        if w not in values:
            values.append(w)
    found = "、".join(str(r.get("number") or r.get("key")) for r in answer.rows[:8])
    answer.notes.append(f"条件に合う{t.row_word or '行'}（{found}{' ほか' if len(answer.rows) > 8 else ''}）が属する"
                        "区分（見出しの【】内の語）を示しています")
    answer.rows = [{"key": f"initiative:{v}", "source": t.source, "title": v, "見出し": v} for v in values]
    answer.count = len(values)
    answer.value = values[0] if len(values) == 1 else None
    answer.summary = f"{'、'.join(values)}（{len(values)}件）です。条件に合う行: {found}。"
    extreme = [u for u in answer.understood if u.get("op") in ("max", "min", "order", "top", "bottom")]
    if extreme:
        # 「目標額がいちばん大きい区分」: the group of the one row with the largest figure is not the group whose
        # figures add up largest; shown, not claimed
        answer.status = "partial"
        answer.caveat = (f"「{extreme[0].get('label', '')}」は{t.row_word or '行'}ごとの比較で、区分の合計どうしを比べたものでは"
                         "ありません。")
        answer.summary = answer.caveat + answer.summary
    return True


def rows_named_as_groups(answer, t, tables) -> bool:
    """Key (in place) as initiative:<name> the answer's rows of a table whose rows are named by the bracketed
    words of another table's headings in the same document (a 総括 sheet's 歳入/歳出/組織 rows over the sheets
    【歳入】【歳出】【組織】): those rows are the plan's groups of items, each answered as its group."""
    if t is None or not t.columns or not answer.rows or getattr(answer, "rows_are", ""):
        return False
    col = t.name or t.columns[0].header  # (the first column names the rows where no name column was read)
    if t.column(col).numeric:
        return False
    names = {nfkc(str(r["cells"].get(col) or "")).strip() for r in t.rows} - {""}
    groups: set[str] = set()
    for o in tables:
        if o is not t and o.source == t.source:
            groups |= set(heading_tails(o).values())
    named = names & groups
    if len(named) < 2 or len(names - groups) > 1:
        return False  # (a 合計 row besides them, at most)
    rekeyed = False
    for r in answer.rows:
        title = nfkc(str(r.get(col) or r.get("title") or "")).strip() if isinstance(r, dict) else ""
        if title in named and str(r.get("key", "")).startswith("table_row:"):
            r["record"] = r["key"]
            r["key"] = f"initiative:{title}"
            rekeyed = True
    return rekeyed
