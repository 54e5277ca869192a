"""The one record a question asks for (「一番低いのはどの補助金？」) answered by the code its table prints beside its name
(H-407), the way the documents refer to their rows and users look them up; the name stays in the summary beside it.

Only a printed code that is more than a number (H-407, 問9, 1-2-2, 未-12): a bare 1, 2, 3 is often the running No. of
a list, no name a document refers to the row by, and the row's name answers then."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.grammar.record_asked import asks_one_record, asks_record_by_code, names_a_place
from assistant.text.normalize import nfkc

# (a code: a digit and something else that is no number — a letter, a hyphen, a kana or kanji prefix like 問 or 未-)
_CODE = re.compile(r"(?=.*\d)(?=.*[^\d\s.,]).{2,16}")


def _printed_code(row: dict) -> str:
    """The row's code as its table prints it, or "" (a table with no code column, or only a running No.)."""
    code = nfkc(str(row.get("number") or "")).strip()
    return code if _CODE.fullmatch(code) and not re.fullmatch(r"[\d.,]+", code) else ""


def answered_by_code(question: str, answer: Answer) -> None:
    """The value of an answer naming one record (its title) made that record's printed code, where the question
    asks which record; the summary shows the code beside the name."""
    if not isinstance(question, str) or not isinstance(answer, Answer) or answer.error or not answer.rows:
        return
    if not asks_one_record(question):
        return
    if not isinstance(answer.value, str):
        return
    name = nfkc(answer.value).strip()
    if _group_by_code(name, answer):
        return
    if not asks_record_by_code(question):
        return  # (「一番大きい補助金はどれ？」: the name, as on main)
    named = [r for r in answer.rows if isinstance(r, dict) and nfkc(str(r.get("title") or "")).strip() == name]
    # (one row of that name: two rows of one name are no record named, and the name stays)
    if not name or len({str(r.get("key")) for r in named}) != 1:
        return
    code = _printed_code(named[0])
    if not code or code == name:
        return
    headers = [str(f) for f, v in named[0].items() if f != "number" and nfkc(str(v)).strip() == code]
    if names_a_place(question) or any(names_a_place(h) for h in headers):
        return  # (a facility, a place: by its name)
    answer.value = code
    if not answer.summary or code in nfkc(answer.summary):
        return
    if str(named[0].get("title")) in answer.summary:
        title = str(named[0].get("title"))
        answer.summary = answer.summary.replace(title, f"{code} {title}", 1)
    else:
        answer.summary = f"{code}（{name}）: {answer.summary}"


# (a group printed as its code and its name, 「III 働きやすい職場環境づくり」: the code is a roman numeral or a code of
# letters and digits; a bare 1 stays, as a running number might)
_CODED_GROUP = re.compile(r"((?:[IVX]{1,4})|(?=[A-Za-z\d-]*[A-Za-z])(?=[A-Za-z\d-]*\d)[A-Za-z\d-]{2,10})\s+(\S.*)")


def _group_by_code(name: str, answer: Answer) -> bool:
    """The group asked (「一番多いのはどの方針？」 over groups of a column printing 「III 働きやすい…」) by its code."""
    groups = [r for r in answer.rows if isinstance(r, dict) and str(r.get("key", "")).startswith("group:")]
    if not groups or nfkc(str(groups[0].get("group") or "")).strip() != name:
        return False
    m = _CODED_GROUP.fullmatch(name)
    if m is None:
        return True  # (a group by its name: nothing to do, and no row either)
    answer.value = m.group(1)
    return True

