"""A council's 答申 as numbered proposals (「提言４ 減免制度の見直しについて」 over its points （１）（２）…, then
附帯意見 一–四 each tagged 「（提言２関係）」), asked of by the word the document numbers them with:
「提言４の内容は？」「小項目が３つある提言」「附帯意見が一つもついていない提言」「減免に触れている提言」 and
「そのうち…」 after one of them.

Read from the generic reader's items: a proposal is an item whose own line prints the word and its number
(「提言１ 受益者負担の適正化について」), its points the items standing under that heading. An attached opinion is a
passage's numbered paragraph tagged with the proposal it is on (「（提言２関係）」), under a heading of its own
(附帯意見). The rows answered are the proposals, shown as comments numbered as the document numbers them
(rows_are), so 「提言４」 is comment 4, never the plan's 取組項目4 that the engine would read 「提言4」 as.

Only where the question says the word of the proposals of exactly one document; a word of the question this
reading does not use is said (partial)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# The words a council's report numbers its proposals or opinions with (a word of the document, not of a plan:
# 「取組1」 of a plan's items is no proposal).
_WORDS = ("提言", "意見", "要望", "建議", "提案", "勧告")
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九十", 0)}
_FOLLOW = compiled(r"^(?:そのうち|その中で|そのなかで|その中の|そこから|うち)")
# 「小項目が３つある」: the number of points, said with a word for them
_PARTS_SAID = compiled(r"(?:小項目|項目|細目|小見出し|号)(?:が|の数が)?(\d{1,2}|[一二三四五六七八九十])(?:つ|個|項目|件)?"
                         r"(?P<cmp>以上|以下)?(?:ある|の|から(?:なる|成る))")
# 「減免に触れている」「減免について言及している」: a word the proposal's title or points say
_TOPIC_SAID = compiled(r"(?P<topic>[一-龥ァ-ヶー]{2,12})(?:に|について|のことに?)(?:触れ|ふれ|言及|書い|取り上げ|言って)"
                         r"[ぁ-ん]{0,6}")
_NEGATED = compiled(r"^(?:が|は)?(?:[一1]つも|ひとつも|何も|なにも|全く|まったく)?(?:つ|付|付い|つい|付され|関係づけられ|関係付けられ)?"
                      r"(?:て)?(?:い)?(?:ない|ていない|てない|なし|無い)")
_ATTACHED_VERB = compiled(r"^(?:が|の)?(?:[一1]つでも|ひとつでも)?(?:つ|付|付い|つい|付され|付けられ|関係づけられ|関係付けられ|関係し|ある|あ)"
                            r"[ぁ-ん]{0,6}")
# what a question says around its conditions that asks nothing more (「…は？」「…を挙げて」「…の内容は？」)
_FILLER = compiled(r"答申|審議会|の|は|で|が|を|に|って|どれ|どの|どこ|何|なに|ですか|でしょうか|か|教えて|挙げて|あげて|見せて|"
                     r"ください|下さい|全部|すべて|全て|内容|中身|について|書いて|ある|いる|ている|てる|もの|やつ|[?？。、!！\s]")
_ASKS_COUNT = compiled(r"いくつ|幾つ|何件|何個|何項目|件数|数は")


@dataclass
class _Proposal:
    """One numbered proposal of a 答申, with its points."""
    number: int
    item: dict
    title: str
    points: list[dict] = field(default_factory=list)
    attached: list[str] = field(default_factory=list)  # the attached opinions' texts

    def says(self, word: str) -> bool:
        return any(word in nfkc(str(t)) for t in [self.title, *(p.get("text") or "" for p in self.points)])


def _number(said: str) -> int:
    return int(said) if said.isdigit() else _KANJI_DIGITS.get(said, 0)


def _proposals(db) -> tuple[str, str, dict[int, _Proposal], str]:
    """(word, source, proposals by number, the attached opinions' heading) of the one document holding numbered
    proposals; ("", "", {}, "") where none or several do."""
    try:
        items = [dict(r) for r in db.query("SELECT * FROM item ORDER BY source, line")]
    except Exception:
        return "", "", {}, ""
    found: dict[tuple[str, str], dict[int, _Proposal]] = {}
    head = compiled(r"^(" + "|".join(_WORDS) + r")\s*(\d{1,2})\s+(\S.*)$")
    for it in items:
        m = head.match(nfkc(str(it.get("text") or "")).strip())
        if m and str(it.get("number") or "").strip() == m.group(2):
            found.setdefault((str(it["source"]), m.group(1)), {})[int(m.group(2))] = _Proposal(int(m.group(2)), it, m.group(3))
    for it in items:
        # (a proposal no item of its own holds, as a plain text's heading line is read: the heading its points
        # stand under names it, shown by its first point's line)
        m = head.match(nfkc(str(it.get("heading") or "")).strip())
        if m:
            held = found.setdefault((str(it["source"]), m.group(1)), {})
            if int(m.group(2)) not in held:
                view = {**it, "number": m.group(2), "title": m.group(3), "text": m.group(0)}
                held[int(m.group(2))] = _Proposal(int(m.group(2)), view, m.group(3))
    found = {k: v for k, v in found.items() if len(v) >= 2}
    if len(found) != 1:
        return "", "", {}, ""
    (source, word), proposals = next(iter(found.items()))
    for it in items:
        m = re.match(re.escape(word) + r"\s*(\d{1,2})(?:\s|$)", nfkc(str(it.get("heading") or "")))
        if it["source"] == source and m and int(m.group(1)) in proposals and it is not proposals[int(m.group(1))].item:
            # (a point's line runs on into the next heading where a plain text's lines are joined: cut there)
            text = re.split(r"\s(?:" + re.escape(word) + r"\s*\d{1,2}\s|(?:附帯|付帯)?意見$)", nfkc(str(it.get("text") or "")))[0]
            proposals[int(m.group(1))].points.append({**it, "text": text})
    heading = ""
    tag = compiled(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[(（]\d{1,2}[)）])[\s、.．]*[(（]\s*"
                     + re.escape(word) + r"\s*(\d{1,2})\s*(?:関係|関連)\s*[)）]\s*(.*)$")
    try:
        row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    except Exception:
        row = None
    lines = [nfkc(x).strip() for x in str((row[0] if row else "") or "").splitlines()]
    for i, line in enumerate(lines):
        m = tag.match(line)
        if m and int(m.group(1)) in proposals:
            proposals[int(m.group(1))].attached.append(m.group(2))
            # the heading the tagged opinions stand under (附帯意見): the nearest short line above them not tagged
            heading = heading or next((x for x in reversed(lines[:i]) if x and not tag.match(x) and len(x) <= 12
                                       and not x.endswith("。")), "")
    return word, source, proposals, heading


def _file(source: str) -> str:
    return re.sub(r"\.[A-Za-z0-9]{2,5}$", "", source)


def _spoken(word: str) -> str:
    """附帯意見 and 付帯意見 are one word (either kanji is printed)."""
    return word.replace("附", "付")


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = _spoken("".join(nfkc(question).split()))
    before, turn = getattr(assistant, "_proposals_shown", None) or (set(), -9)
    going_on = bool(before) and turn == getattr(assistant, "_turn", 0) - 1 and bool(_FOLLOW.match(text))
    if not going_on and not any(w in text for w in _WORDS):
        return None
    word, source, proposals, heading = _proposals(assistant.db)
    if not word or (word not in text and not going_on):
        return None
    used: list[tuple[int, int]] = []
    chosen = set(proposals)
    said: list[str] = []
    follow = _FOLLOW.match(text)
    if follow and going_on:
        chosen &= before
        used.append(follow.span())
        said.append(f"前の回答の{len(before)}件のうち")
    elif follow:
        return None
    named = [m for m in re.finditer(re.escape(word) + r"(\d{1,2})(?![\d\-－‐(（])", text)]
    if named:
        numbers = {int(m.group(1)) for m in named}
        if not numbers <= set(proposals):
            return None  # (a number the document does not print: left to the engine, which says so)
        chosen &= numbers
        used += [m.span() for m in named]
        said.append("番号が" + "・".join(str(n) for n in sorted(numbers)) + "の")
    m = _PARTS_SAID.search(text)
    if m:
        n = _number(m.group(1))
        cmp = m.group("cmp") or ""
        chosen = {k for k in chosen if (len(proposals[k].points) >= n if cmp == "以上" else
                                        len(proposals[k].points) <= n if cmp == "以下" else len(proposals[k].points) == n)}
        used.append(m.span())
        said.append(f"小項目が{n}つ{cmp}ある")
    # (the heading the attached opinions stand under names them only where it says so: 附帯意見, 付帯要望 — not 「記」)
    attached_word = _spoken(heading) if heading != word and re.search(r"意見|要望", heading) else ""
    if attached_word and attached_word in text:
        at = text.index(attached_word)
        after = text[at + len(attached_word):]
        negated = _NEGATED.match(after)
        verb = negated or _ATTACHED_VERB.match(after)
        chosen = {k for k in chosen if bool(proposals[k].attached) != bool(negated)}
        used.append((at, at + len(attached_word) + (verb.end() if verb else 0)))
        said.append(f"{heading}が{'ついていない' if negated else 'ついている'}")
    for t in _TOPIC_SAID.finditer(text):
        topic = t.group("topic")
        if topic == word or topic.endswith(word) or any(a <= t.start() < b for a, b in used):
            continue
        chosen = {k for k in chosen if proposals[k].says(topic)}
        used.append(t.span())
        said.append(f"「{topic}」に触れている")
    for w in re.finditer(re.escape(word), text):
        used.append(w.span())
    if not said:
        return None  # (the word said with nothing this reading holds, 「意見は何件？」 of members' opinions too: the engine's)
    rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in used))
    unused = [w for w in re.findall(r"[一-龥ァ-ヶー]{2,}|[A-Za-z0-9]+", _FILLER.sub(" ", rest))
              if not _ASKS_COUNT.search(w)]
    if unused and any(str(p.item.get("fields") or "{}").strip() not in ("{}", "") for p in proposals.values()):
        return None  # (「提言2、対応区分は？」 of proposals holding labelled fields: a table's reading reads them)
    numbers = sorted(chosen)
    assistant._proposals_shown = (set(numbers), getattr(assistant, "_turn", 0))
    rows = [proposals[n].item for n in numbers]
    excerpts = [{**p, "field": "text"} for n in numbers for p in proposals[n].points] if named else []
    listed = "、".join(f"{word}{n}（{proposals[n].title}）" for n in numbers)
    condition = "、".join(said)
    summary = (f"{_file(source)}の{word}のうち、{condition}ものは {len(numbers)}件です" + (f"（{listed}）。" if numbers else "。"))
    if named and len(numbers) == 1 and not unused:
        p = proposals[numbers[0]]
        points = " ".join(nfkc(str(x.get("text") or "")) for x in p.points)
        summary = f"{word}{p.number}は「{p.title}」です。{points}" + (
            f" {heading}: " + " ".join(p.attached) if p.attached else "")
    status = "partial" if unused else ("exact" if numbers else "no_match")
    caveat = f"「{'」「'.join(unused)}」は{word}の条件として使えなかったため、その条件なしの回答です。" if unused else ""
    asks_count = bool(_ASKS_COUNT.search(text))
    return Answer(question=question, target="comment", rows=rows, excerpts=excerpts, count=len(numbers),
                  value=len(numbers) if asks_count else None, status=status, unused=unused, caveat=caveat,
                  understood=[{"field": "text", "op": "proposals", "value": condition,
                               "label": f"{source} の{word}（{condition}）"}],
                  summary=(caveat + summary) if caveat else summary, rows_are="comment")
