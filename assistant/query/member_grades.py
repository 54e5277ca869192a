"""Questions of the grades a committee's members gave each initiative with a mark under a letter of the paper's scale
(initiative.member_grades: {"鳴海 透": "A", …}, member_marks.py):

- 「重点項目3にCをつけた委員は誰」: the members who gave that letter (to the initiatives said, else to any);
- 「S評価は全部で何件ついていますか」: how many marks of that letter were given;
- 「丹羽委員の評価を知りたい」: that member's grade of each initiative; then 「重点項目1にはどの評価をつけていますか」
  (or 「丹羽委員は重点項目1にどの評価」): the one grade.

The members and the letters are the paper's own, read from the index. A letter is read as a member's mark when the
question names the members (委員, 懇談会 …) or when no record of another kind is graded with it (the items graded
◎○△× or A–C, where only the members gave S). Anything else is left to the rest of the engine (None).
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc, no_spaces

if TYPE_CHECKING:
    from assistant.query.answer import Query
    from assistant.query.conversation import Assistant

_KIND = "initiative"
_MEMBERS_SAID = compiled(r"委員|懇談会|委員会|審議会|懇話会|協議会|メンバー")
_WHO = compiled(r"誰|だれ|どの委員|どなた|何人|何名|委員は")
_COUNT = compiled(r"何件|何個|何回|いくつ|幾つ|件数|数は|何人|何名")
_WHICH_GRADE = compiled(r"どの評価|何評価|評価は|評価を|評価って|どう評価|評価した|何をつけ|どれをつけ|評価\s*$")
# A letter said as a grade: 「S評価」「Cをつけた」「Aが」 (never a letter of a word: AI, RPA).
_LETTER = r"(?<![A-Za-z])({letters})(?![A-Za-z])\s*(?:評価|判定|の評価|を|が|に|は|と|の)"
# Fields of other kinds graded with letters: a letter one of them holds may be theirs.
_GRADED = {"practice": ("overall", "final_grade", "r1", "r2", "r3", "r4", "r5"), "initiative": ("self_overall", "judgement")}


def _grades(value) -> dict:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def _records(db) -> list[dict]:
    try:
        rows = db.query(f"SELECT * FROM [{_KIND}] WHERE member_grades IS NOT NULL AND member_grades NOT IN ('', '{{}}') "
                        "ORDER BY source, line")
    except Exception:  # (an index built before member grades were kept)
        return []
    return [dict(r) for r in rows if _grades(r["member_grades"])]


def _member_said(said: str, names: list[str]) -> str:
    """The one member the question names, by full name or by surname (「丹羽委員」); "" when none or several."""
    found = set()
    for name in names:
        parts = name.split()
        full = no_spaces(nfkc(name))
        if full in no_spaces(said) or (len(parts) > 1 and len(parts[0]) >= 2 and parts[0] in said):
            found.add(name)
    return found.pop() if len(found) == 1 else ""


def _numbers_said(said: str, records: list[dict]) -> list[str]:
    """The initiatives said by the word the paper heads them with and their number (「重点項目3」)."""
    words = {str(r.get("called") or "") for r in records} - {""}
    out = []
    for word in words:
        out += [str(int(m.group(1))) for m in re.finditer(re.escape(nfkc(word)) + r"\s*(\d{1,2})", said)]
    return out


def _other_holds(db, letter: str) -> bool:
    """Whether a record of another kind (or the initiatives' own grades) is graded with the letter."""
    for kind, fields in _GRADED.items():
        try:
            cols = {r[1] for r in db.execute(f"PRAGMA table_info([{kind}])")}
        except Exception:
            continue
        for f in fields:
            if f in cols and db.execute(f"SELECT 1 FROM [{kind}] WHERE upper([{f}]) = ? LIMIT 1", [letter]).fetchone():
                return True
    return False


def answer(assistant: "Assistant", q: "Query", question: str) -> Answer | None:
    if "member_grades" not in assistant.executor.columns.get(_KIND, []):
        return None
    records = _records(assistant.db)
    if not records:
        return None
    said = nfkc(question)
    names = list(dict.fromkeys(n for r in records for n in _grades(r["member_grades"])))
    letters = sorted({str(g) for r in records for g in _grades(r["member_grades"]).values()}, key=len, reverse=True)
    numbers = _numbers_said(said, records)
    chosen = [r for r in records if str(r.get("no") or r.get("code")) in numbers] if numbers else records
    if numbers and not chosen:
        return None
    member = _member_said(said, names)
    letter_m = re.search(_LETTER.format(letters="|".join(map(re.escape, letters))), said) if letters else None
    letter = letter_m.group(1) if letter_m else ""
    remembered = getattr(assistant, "_graded_member", "")
    if letter and not member and (_MEMBERS_SAID.search(said) or not _other_holds(assistant.db, letter)):
        marks = [(r, n) for r in chosen for n, g in _grades(r["member_grades"]).items() if g == letter]
        scope = "・".join(f"{r.get('called') or ''}{r.get('no')}" for r in chosen) if numbers else "すべての項目"
        if _WHO.search(said) and not _COUNT.search(said.replace("何人", "").replace("何名", "")):
            who = list(dict.fromkeys(n for _, n in marks))
            return _said_answer(q, question, [r for r in chosen if any(r is x for x, _ in marks)],
                                f"{scope}に{letter}をつけた委員は " + ("、".join(who) if who else "いません")
                                + f"（{len(who)}人）です。", count=len(who), value=None,
                                label=f"委員の評価 = {letter}")
        if _COUNT.search(said):
            rows = [r for r in chosen if any(r is x for x, _ in marks)]
            detail = "、".join(f"{r.get('called') or ''}{r.get('no')} {n}" for r, n in marks)
            return _said_answer(q, question, rows, f"委員が{scope}につけた{letter}評価は {len(marks)}件です"
                                + (f"（{detail}）。" if marks else "。"), count=len(marks), value=len(marks),
                                label=f"委員の評価 = {letter} の数")
        return None
    if member and not numbers and _WHICH_GRADE.search(said):
        assistant._graded_member = member
        grades = [(r, _grades(r["member_grades"]).get(member)) for r in records]
        grades = [(r, g) for r, g in grades if g]
        shown = "、".join(f"{r.get('called') or ''}{r.get('no')} {g}" for r, g in grades)
        return _said_answer(q, question, [r for r, _ in grades], f"{member}委員の評価: {shown}。",
                            count=len(grades), value=None, label=f"{member}委員の評価")
    of = member or (remembered if numbers and _WHICH_GRADE.search(said) else "")
    if of and numbers and len(chosen) == 1 and _WHICH_GRADE.search(said):
        assistant._graded_member = of
        row = chosen[0]
        grade = _grades(row["member_grades"]).get(of)
        if not grade:
            return None
        head = f"{row.get('called') or ''}{row.get('no')} {row.get('title') or ''}".strip()
        return _said_answer(q, question, [row], f"{of}委員が{head}につけた評価は {grade} です。", count=1, value=grade,
                            label=f"{of}委員の評価", note="" if member else f"前の質問の{of}委員について答えます")
    return None


def _said_answer(q: "Query", question: str, rows: list[dict], summary: str, count: int, value, label: str,
                 note: str = "") -> Answer:
    rows = [{**r, "member_grades": _grades(r.get("member_grades"))} for r in rows]
    return Answer(question=question, target=_KIND, rows=rows, count=count, value=value, status="exact",
                  summary=summary, understood=[{"field": "member_grades", "op": "value", "value": None, "label": label}],
                  columns=["no", "title", "member_grades"],
                  notes=["委員ごとの評価（評価表の○）から答えました"] + ([note] if note else []), query=q.to_dict())
