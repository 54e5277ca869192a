"""「N1のふるさと納税の新しい手法って何入れた？」「実践項目47で何を導入した？」: what one record's progress sheet
says was introduced. The answer names the record; its yearly entries (取組内容の実績) print what was brought in
(「現地決済型ふるさと納税「ふるさとNow」を導入した。」): the things said before 「を導入した」 are shown first, with the
entry they are read from, and the summary says them — read from the text as printed, never guessed (an entry
saying what other towns introduced, 「LINEを導入している他自治体」, is not what the record introduced).
"""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「何を導入した」「何入れた」「何を取り入れたの」: what was brought in, asked.
_ASKS = compiled(r"何\s*(?:を)?\s*(?:導入|入れ|取り入れ|採用)(?:し)?(?:た|て(?:い)?る|ました)"
                 # 「導入したサービス名は？」「導入したシステムの名前は」: the name of what was brought in
                 r"|(?:導入|取り入れ|採用)(?:し)?た\s*(?P<named>[一-龥ァ-ヶーA-Za-z]{0,8}?)\s*(?:の)?\s*(?:名前|名称|名)\s*(?:は|を|って|が)")
# What the record itself introduced: 「…を導入した」「…を導入し、…」 (not 導入している他自治体, 導入していた).
_DONE = compiled(r"(?P<what>[^。・、,\s()（）]{2,40}?)\s*を\s*(?:新たに|試行)?\s*導入(?:し(?:た|、|ました)|。)")
_MARK = compiled(r"^\s*(?:[①-⑳]|\((?:新|継)\)|（(?:新|継)）)\s*")
_ENTRIES, _LINK = "sheet_entry", "practice_key"


def asks(question: str) -> bool:
    return isinstance(question, str) and bool(_ASKS.search(nfkc(question)))


def add(db, tables, question: str, answer: Answer) -> None:
    """Put first the entries of the one record answered that say what it introduced, and say the things in
    the summary (nothing when the answer is not one record or its entries say none)."""
    if not asks(question) or _ENTRIES not in tables or len(answer.rows or []) != 1:
        return
    key = str(answer.rows[0].get("key") or "")
    if not key.startswith("practice:"):
        return
    entries = [dict(r) for r in db.query(f"SELECT * FROM [{_ENTRIES}] WHERE [{_LINK}] = ? ORDER BY line", [key])]
    found: list[tuple[str, dict]] = []
    for e in entries:
        text = nfkc(str(e.get("result") or ""))
        for m in _DONE.finditer(text):
            what = _MARK.sub("", m.group("what")).strip()
            if what and what not in [w for w, _ in found]:
                found.append((what, e))
    if not found:
        return
    shown = []
    for _, e in found:
        if e.get("key") not in [x.get("key") for x in shown]:
            shown.append({"key": e.get("key"), "kind": _ENTRIES, "field": "result", "source": e.get("source"),
                          "line": e.get("line"), "text": str(e.get("result") or "")})
    answer.excerpts = shown + [x for x in answer.excerpts or [] if x.get("key") not in {s["key"] for s in shown}]
    # (「導入したサービス名は」: the name asked is what the entries say; the word naming it shaped nothing else)
    named = _ASKS.search(nfkc(question))
    name_words = {f"{named.group('named')}名", f"{named.group('named')}の名前", f"{named.group('named')}名称"} \
        if named is not None and named.group("named") else set()
    if answer.status == "partial" and answer.unused and name_words and set(answer.unused) <= name_words:
        if answer.caveat and answer.summary.startswith(answer.caveat):
            answer.summary = answer.summary[len(answer.caveat):]
        answer.unused, answer.caveat, answer.status = [], "", "exact"
    said = "、".join(f"{w}（{e.get('year') or '年度不明'}）" if e.get("year") else w for w, e in found[:5])
    answer.summary = (answer.summary.rstrip() + f" 進捗状況シートの取組実績に導入したと書かれているもの: {said}。")
