"""Whether a question on the earliest or latest date of a column asks for the row, and how that row is named."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

if TYPE_CHECKING:
    from assistant.query.tables.read import Table

# 「措置年月日がいちばん新しいのはどの件？」「…一番早いのは？」: the question ends on the one (の・もの) whose date
# is the extreme, so that row is asked; 「…新しいのはいつ？」「最新の措置年月日は？」 end on the date itself.
_ROW_ASKED = compiled(r"(?:の|もの)(?:は|って)\s*(?:どれ|どの[一-龥ぁ-んァ-ン]{1,4}|何|なに)?\s*(?:です)?か?\s*[?？。]?\s*$"
                      r"|どの(?:件|案件|もの|番号)")


def date_row_asked(qn: str) -> bool:
    """Whether 「<date column>が最も新しい/早いのは」 asks for the row rather than its date."""
    return bool(_ROW_ASKED.search(qn))


# A code citing a case by the year it was raised (R5-004, R6-意-09, T5-1: letters, the year's number, a dash): in a list
# of findings or proposals that is how a case is cited. A code of a kind and a serial (F-11, E-03, H-208, A-3) only
# numbers a facility's, a project's, a subsidy's row, and the row's name answers (main's convention: made87, made95).
_CASE_CODE = re.compile(r"[A-Za-z]{1,3}\d{1,2}-\S{1,12}")


def cites_case(code: str) -> bool:
    """Whether a row's printed code is a case's citation (R5-004), the value asked for the row rather than its name."""
    return bool(_CASE_CODE.fullmatch(code))


def row_named(t: "Table", row: dict, name: str) -> str:
    """A row asked for is named by its printed code when the table numbers its rows with codes (R6-意-09): in a
    list of findings or proposals the code is how a case is cited; a bare serial (1, 2, 3) names nothing, so the
    row's name is kept then."""
    code = nfkc(str(row["cells"].get(t.number) or "")).strip() if t.number else ""
    return code if code and cites_case(code) else name
