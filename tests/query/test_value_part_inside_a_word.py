"""「鷂ヶ岳市の水道事業運営審議会、会長って誰？」 over made135's 意見書 and its cases document, one case's 概要 reading
「…を整備・運営」: the part 運営 said only inside a longer word of the question (水道事業運営審議会) is no value the
question names (facts.py _listing), so the case is not listed as the answer; the 意見書's passage naming the 会長 is."""
from __future__ import annotations

import shutil
from pathlib import Path

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs"


def test_part_inside_a_word_names_nothing(tmp_path) -> None:
    for name in ("令和７年度_水道事業運営審議会意見書.docx", "他事業体における広域化・官民連携の事例.txt"):
        shutil.copy(DOCS / name, tmp_path / name)
    assistant: Assistant = assistant_over(tmp_path)
    answer = ask(assistant, "鷂ヶ岳市の水道事業運営審議会、会長って誰？")
    assert answer.target != "item" and "稲葉" in answer.summary + str(answer.excerpts), (answer.status, answer.summary)
    # (the value said as a word of its own still names the cases holding it)
    listed = ask(assistant, "官民連携の事例は？")
    assert listed.status == "exact" and len(listed.rows) == 4, (listed.status, listed.summary)
