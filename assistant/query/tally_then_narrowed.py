"""「建設課の答弁は何件？」→「そのうち「研究する」と答えたものは？」: the first turn's count was read from a tally table (a
総括's 担当課別 table: 建設課 6件, target count_fact), which lists no rows, so 「そのうち」 has nothing to narrow and the
follow-up alone would list every row of the whole document, its earlier condition (建設課) silently dropped.

The follow-up is asked again with the earlier question's condition said in it (「建設課の答弁のうち「研究する」と答え
たものは？」); where that reads whole and exactly, it answers. Otherwise the follow-up's own answer cannot say it kept the
earlier condition: it is partial and says so first."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# The count asked at the end of the earlier question (「…は何件？」「…っていくつある？」「…は全部で何件ありますか」)
_COUNT_ASKED = re.compile(r"\s*(?:は|って|の|が)?\s*(?:全部で|合計で|合わせて|全体で)?\s*"
                          r"(?:何件|何個|いくつ|何本|何人|何名|何回|何課|何団体|何事業|何項目|どれくらい|どのくらい)"
                          r"\s*(?:ある|あります|あった|ありました)?\s*(?:か|の)?\s*[?？。]?\s*$")
# 「そのうち」「その中で」「このうち」: the follow-up's narrowing word, at its start
_NARROWING = re.compile(r"^\s*(?:じゃあ|では|で)?[、,]?\s*(?:そのうち|その中で|その中から|その中|このうち|この中で|この中|うち)\s*[、,]?\s*"
                        r"(?:で|から)?\s*[、,]?\s*")


def said_together(earlier: str, question: str) -> str | None:
    """The follow-up with the earlier question's condition said in it; None where either is not of that shape."""
    said, asked = nfkc(earlier).strip(), nfkc(question).strip()
    count = _COUNT_ASKED.search(said)
    narrowing = _NARROWING.match(asked)
    if count is None or narrowing is None or count.start() == 0 or narrowing.end() >= len(asked):
        return None
    return f"{said[:count.start()]}のうち{asked[narrowing.end():]}"


def kept_or_said(assistant, question: str, earlier: str, saved: dict, answer):
    """The answer to a follow-up narrowing a count read from a tally table: asked again with the earlier condition
    (`saved` is the assistant's state before this turn), else `answer` made partial, saying the condition was not kept."""
    together = said_together(earlier, question)
    if together is not None:
        now = dict(assistant.__dict__)
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)
        turn = assistant._turn
        assistant.reset()  # (asked as a question of its own: the earlier count has no rows for it to narrow)
        assistant._turn = turn
        again = assistant._ask_said(together)
        if getattr(again, "status", "") == "exact" and not again.unused and again.rows:
            again.question = question
            again.notes.insert(0, f"前の回答の件数は集計表から読んだもので行がないため、「{together}」として答えました")
            return again
        assistant.__dict__.clear()
        assistant.__dict__.update(now)
    if answer.status in ("exact", "no_match"):
        answer.status = "partial"
        condition = nfkc(earlier).strip()
        caveat = (f"前の質問（「{condition}」）の件数は集計表から読んだもので、その行を一覧できないため、"
                  f"その条件を引き継げていません。以下は前の条件なしの回答です。")
        answer.caveat = caveat + (answer.caveat or "")
        answer.summary = caveat + answer.summary
    return answer
