"""「早乙女委員はどの施策について意見した？」「そのうち移住定住推進室が担当してるのは？」: after members' comments,
a refinement read from a table of the plan's measures (numbered as the comments cite them, 2-1-2) is of the
measures the comments were on, not of the whole table. The table's rows are kept where their printed number is
one the comments cited (and keyed as the plan's items, what the comments are on); none kept: the answer says it
found none among them."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc


def _norm(code: object) -> str:
    return "".join(nfkc(str(code or "")).split())


def narrowed(question: str, answer: Answer, referred: list[dict]) -> None:
    """Keeps (in place) the rows of a refinement that the comments `referred` (the answer before) were on."""
    from assistant.query.conversation import _refines

    if not isinstance(question, str) or not referred or not _refines(nfkc(question)):
        return
    if not all(str(r.get("key", "")).startswith("comment:") for r in referred):
        return
    if answer.target == "comment" or not answer.rows or answer.status not in ("exact", "partial"):
        return
    if _narrowed_in_own_table(answer, referred):
        return
    cited = {_norm(r.get("initiative")) for r in referred} - {""}
    numbers = [_norm(r.get("number")) for r in answer.rows]
    if not cited or not all(numbers):
        return  # (rows with no printed number: nothing to match the comments' codes by)
    if all(n in cited for n in numbers):
        # (「議題１で委員から意見が出た路線は」→「そのうち評価がＣのものは？」: every row found was one the comments were
        # on; still the records they were on, keyed as the comments file them (initiative:<code>, also where the
        # table grades its rows and would key them practice), the answer's words as they were)
        answer.rows_are = "initiative"
        return
    kept = [r for r, n in zip(answer.rows, numbers) if n in cited]
    shown = "、".join(sorted(cited))
    answer.rows = kept
    answer.count = len(kept)
    if answer.value is not None and not isinstance(answer.value, str):
        answer.value = len(kept) if isinstance(answer.value, int) else answer.value
    answer.rows_are = "initiative"
    names = "、".join(f"{r.get('number')} {r.get('title') or ''}".strip() for r in kept)
    answer.summary = (f"前の回答の意見が取り上げた施策（{shown}）のうち、" +
                      (f"当てはまるのは {len(kept)}件です（{names}）。" if kept else "当てはまるものはありません（0件）。"))
    answer.understood = [*answer.understood, {"field": "number", "op": "in", "value": sorted(cited),
                                              "label": f"前の回答の意見が取り上げた施策（{shown}）"}]


def _narrowed_in_own_table(answer: Answer, referred: list[dict]) -> bool:
    """「健康福祉部長の意見」→「そのうち生活福祉課が対応するもの」: the refinement read the opinions' own table (its 対応課
    column), so the rows it found are opinions, not the measures they cite: those of the comments before are kept
    (in place), matched by where they stand (source and line). False where the rows are of another table."""
    own = {(r.get("source"), r.get("line")) for r in referred}
    at = [(r.get("source"), r.get("line")) for r in answer.rows]
    sources = {s for s, _ in own}
    if not any(x in own for x in at) or not all(s in sources for s, _ in at):
        return False
    found = set(at)
    kept = [r for r in referred if (r.get("source"), r.get("line")) in found]
    answer.rows = kept
    answer.count = len(kept)
    answer.target = "comment"
    if answer.value is not None and not isinstance(answer.value, str):
        answer.value = len(kept) if isinstance(answer.value, int) else None
    codes = "、".join(str(r.get("code") or "") for r in kept)
    answer.summary = f"そのうち条件に合う意見は {len(kept)}件です（{codes}）。"
    answer.notes.append("前の回答の意見のうち、意見の表の欄で条件に合うものに絞りました")
    return True
