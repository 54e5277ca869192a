"""「国際交流協会補助金は何という補助金に統合されるの？」: what a record is merged into, as the prose of its own block
says it (an evaluation sheet's 所見 under 「■ H-103 国際交流協会補助金…」: 「…「多文化共生推進事業補助金」に再編・統合し」).

The record is the name said before は; its block is the lines from a heading line holding that name (a short line,
no sentence) up to the next heading of the same mark. Answered only where exactly one merge sentence in such blocks
names what it is merged into; otherwise None (the rest of the engine answers: the list's 見直し区分 統合 alone says
merged, not into what, and is never answered as if it did)."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_MERGE = r"(?:統合|集約|一本化|吸収|合併)"
# 「Xは何という補助金に統合される」「Xってどの事業に統合されたの」: the record, then what it is merged into, asked
_ASKED = compiled(r"^(?P<name>[^\s、。はっ]{2,40}?)(?:は|って)\s*(?:[^、。]{0,12}?)"
                  r"(?:何という|なんという|どういう|どんな|どの|どこ|何|なに)\s*(?:名前の|名称の)?\s*[一-龥ァ-ヶー]{0,8}?\s*"
                  r"(?:に|へ|と)\s*(?:再編\s*[・、]?\s*)?" + _MERGE)
# 「「多文化共生推進事業補助金」に再編・統合し」: the quoted name it goes into, first; else the words before に統合
_QUOTED = re.compile(r"「(?P<into>[^「」]{2,40})」\s*(?:に|へ)\s*(?:再編\s*[・、]?\s*|再編し\s*)?" + _MERGE)
_PLAIN = re.compile(r"(?P<into>[^\s、。「」]{2,30}?)\s*(?:に|へ|と)\s*(?:再編\s*[・、]?\s*)?" + _MERGE + r"(?:する|し|され|します|予定)")
# 「令和8年度から同協議会への補助に統合する」: when is no part of what it goes into
_WHEN = re.compile(r"^(?:(?:令和|平成)(?:\d{1,2}|元)年度|\d{4}年度|来年度|次年度|翌年度|今後)(?:から|より|以降|中に|に)?")
_HEADING_MAX = 60
_BLOCK_MAX = 12


def _blocks(text: str, name: str) -> list[tuple[int, list[str]]]:
    """(line number of the heading, the block's lines) for each heading line holding the name."""
    lines = text.splitlines()
    out = []
    for i, raw in enumerate(lines):
        said = "".join(nfkc(raw).split())
        if name not in said or len(said) > _HEADING_MAX or said.endswith("。") or "\t" in raw:
            continue
        mark = said[0] if not re.match(r"[\w一-龥ぁ-んァ-ヶ]", said[0]) else ""
        block = []
        for raw_next in lines[i + 1:i + 1 + _BLOCK_MAX]:
            nxt = "".join(nfkc(raw_next).split())
            if mark and nxt.startswith(mark):
                break  # (the next record's heading)
            if "\t" not in raw_next:  # (the block's table of marks is no sentence)
                block.append(nxt)
        out.append((i + 1, block))
    return out


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    qn = "".join(nfkc(question).split())
    asked = _ASKED.search(qn)
    if asked is None or "document_texts" not in assistant.db.table_names():
        return None
    name = asked.group("name")
    found: list[tuple[str, int, str, str]] = []
    for source, text in assistant.db.execute("SELECT source, text FROM document_texts ORDER BY source").fetchall():
        if name not in "".join(nfkc(text or "").split()):
            continue
        for line_no, block in _blocks(text or "", name):
            joined = "".join(block)  # (a PDF's line breaks inside a sentence)
            for sentence in re.split(r"(?<=。)", joined):
                m = _QUOTED.search(sentence) or _PLAIN.search(sentence)
                into = _WHEN.sub("", m.group("into")) if m else ""
                if len(into) >= 2 and name not in into:
                    found.append((source, line_no, into, sentence.strip()))
    into = {f[2] for f in found}
    if len(into) != 1:
        return None
    source, line_no, target, sentence = found[0]
    return Answer(question=question, target="passage", status="exact", count=1, value=target,
                  summary=f"{name} は「{target}」に統合されます（{source}：「{sentence}」）。",
                  understood=[{"field": "text", "op": "merged_into", "value": name,
                               "label": f"{name}の記載で統合先を述べた文"}],
                  excerpts=[{"key": f"doc:{source}", "source": source, "line": line_no, "field": "text",
                             "text": sentence}])
