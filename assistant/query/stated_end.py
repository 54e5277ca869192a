"""「…はもう終わった？」 of one item whose document states where it stands in words (状況: 完了 / 継続 / 休止, a card
per item: kinds/plan_report/item_cards.py): the answer is that word as printed, not the end year, which says
nothing of an item paused (休止) and is blank for one going on."""
from __future__ import annotations

from assistant.query.answer import Answer


def stated_end(answer: Answer) -> None:
    """The end year asked of one record (conversation: _ended_asked_of_one) answered by its 状況 where it has one."""
    if answer.error or answer.status != "exact" or len(answer.rows) != 1 or answer.target != "practice":
        return
    if not any(u.get("field") == "ended" and u.get("op") == "value" for u in answer.understood):
        return
    row = answer.rows[0]
    state = str(row.get("state") or "").strip()
    if not state:
        return
    ended, paused = row.get("ended") or "", row.get("paused") or ""
    since = f"（{ended}に終了）" if ended else (f"（{paused}から）" if paused else "")
    answer.value = state
    name = " ".join(str(p) for p in (row.get("code"), row.get("title")) if p)
    answer.summary = f"{name} の状況は「{state}」{since}です。"
    if ended and state == ended:  # (an end-year column printing the year itself, 「R11」 or 「継続」: fiscal_year_sheets.py)
        from assistant.text.wareki import fy_text, label_fiscal_year

        answer.summary = f"{name} は {fy_text(label_fiscal_year(ended))}に終了しています（終了年度「{state}」）。"
    # (「もう終わった？」: yes or no first, then the state as printed, which is the value)
    answer.summary = ("はい、" if ended else "いいえ、") + answer.summary
    for u in answer.understood:
        if u.get("field") == "ended" and u.get("op") == "value":
            u["field"], u["label"] = "state", "状況を答える"
