"""「企画財政課が担当で、令和７年度に◎か○だったもの」「方向性が見直しで、担当が総務課のものは？」: two conditions
joined by 「…で、」 (or 「存続しない公民館のうち老朽度Ｄのもの」: rows, then those of them a second condition keeps), each printed in another document of the same items (a matrix of offices, a progress sheet, a web
page of statuses), which no one table reads together.

Asked only where the question as a whole was not answered exactly. Each clause is asked alone (a conversation of
its own, the rows word of the question after it), and the answer is the records both find, by their keys (the
plan's items are keyed by their codes in every document: practice:1-2-3). Both clauses must be read exactly, with
no word left, of the same kind of record and from different documents; otherwise nothing is answered here and
the engine's own reading stands."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「Aで、Bもの」: a clause ending in で and a comma (the comma says the two are apart; 「R7で◎の」 has none)
# (「外部評価では「現行どおり継続」だったのに、…縮小になった事業」: the two said against each other, のに, both hold)
_SPLIT = compiled(r"^(?P<a>[^、,。?？]{3,30}?)(?:で|であり|であって|かつ|(?P<but>のに|なのに|にもかかわらず))\s*[、,]\s*"
                  r"(?P<b>[^、,。]{3,40})$")
# 「…だった」「…している」: a clause ending in its verb joins its rows' word directly (「…だった事業」)
_PREDICATE = compiled(r"(?:た|だ|る|い)$")
# 「存続しない公民館のうち老朽度Ｄのもの」: the rows of the first clause, named by their own word, then narrowed by the
# second (asked as 「…公民館は？」 and 「老朽度Ｄのもの」)
_WITHIN = compiled(r"^(?P<a>[^、,。?？]{3,30}?)(?:のうち|の中で|の中から|の中の)\s*[、,]?\s*(?P<b>[^、,。]{3,40})$")
# the head of the second clause: the rows asked and the asking words (「だったもの」「のものは？」「の推進項目は」)
# (「…が出てるところ」: ところ is もの said of bodies and places)
_HEAD = compiled(r"(?P<head>(?:もの|ところ|の|推進項目|項目|取組|事業|施策)?(?:は|って|を)?\s*(?:どれ|何|なに)?"
                 r"(?:ですか|でしょうか|か)?\s*[?？。]?)\s*$")
# the second clause asks for rows (「…だったもの」「…のものは何件？」「…の推進項目は」), not what was said
_ROWS_ASKED = compiled(r"(?:もの|ところ|の|推進項目|項目|取組|事業|施策)\s*(?:は|って|を)?\s*"
                       r"(?:どれ|何|なに|何件|いくつ|幾つ|何個|何項目)?\s*(?:ですか|でしょうか|か|ある|あるか|あります|ありますか)?\s*[?？。]?\s*$")
_COUNT = compiled(r"何件|いくつ|幾つ|何個|件数|数は|何項目")
# 「方針が「存続」の団体で職員数がいちばん多いのは？」: rows named by a first clause (ending in their own word), then the
# extreme among them — asked as the two turns it stands for (「…の団体は？」「その中で職員数がいちばん多いのは？」)
_EXTREME_WITHIN = compiled(r"^(?P<a>[^、,。?？]{3,30}?[一-龥ァ-ヶー]{2,6})(?:で|のうち|の中で)\s*[、,]?\s*"
                           r"(?P<b>[^、,。]{0,30}?(?:いちばん|一番|最も|もっとも)[^、,。]{1,20})$")


def answer(assistant, question: object, before: Answer) -> Answer | None:
    """The records both clauses find, or None (see the module's docstring)."""
    if not isinstance(question, str) or before.status == "exact":
        return None
    text = nfkc(question).strip()
    extreme = _EXTREME_WITHIN.match(text)
    if extreme is not None:
        found = _extreme_within(assistant, question, extreme)
        if found is not None:
            return found
    m = _SPLIT.match(text)
    within = m is None  # (told apart here: the patterns are compiled wrappers, so m.re is never _WITHIN itself)
    m = m or _WITHIN.match(text)
    if m is None:
        return None
    b = m.group("b")
    if not _ROWS_ASKED.search(b):
        return None  # (「…廃止したら見守り活動はどうなるって言ってました？」 asks what was said, not rows: m25-032)
    words = re.search(r"(推進項目|項目|取組|事業|施策)\s*(?:は|って|を)?\s*(?:どれ|何|なに|ある|あります)?\s*(?:か)?\s*[?？。]?\s*$", b)
    rows_word = words.group(1) if words else "もの"
    if within and rows_word == "もの" and (own := re.search(r"[一-龥ァ-ヶー]{2,6}$", m.group("a"))):
        rows_word = own.group(0)  # (「存続しない公民館のうち…のもの」: the rows are the 公民館 the first clause names)
    joint = "" if m.groupdict().get("but") and _PREDICATE.search(m.group("a")) else "の"
    first = f"{m.group('a')}は？" if within else f"{m.group('a')}{joint}{rows_word}は？"
    second = b if _HEAD.search(b) else f"{b}の{rows_word}は？"
    answers = []
    for clause in (first, second):
        got = type(assistant)(assistant.db).ask(clause)  # (a conversation of its own)
        if not _read_as_rows(got) and clause is first and within:
            # (「カーシェアの試行車両のうち…」: the first clause names a whole list of rows, a table of a page,
            # asked whole as it is meant — 「カーシェアの試行車両を全部」 — where asked plainly it is no list)
            first = f"{m.group('a')}を全部"
            got = type(assistant)(assistant.db).ask(first)
        if not _read_as_rows(got):
            return None
        answers.append(got)
    kinds = {str(r.get("key", "")).partition(":")[0] for a in answers for r in _shown(a)}
    sources = [{str(r.get("source", "")) for r in a.rows if isinstance(r, dict)} for a in answers]
    # (one kind of record, a table's rows by their printed numbers beside it: 「…のもの」 names no kind, so one
    # clause's rows may stay table_row:1-1-3 while the other's are the plan's items, practice:1-1-3)
    named = kinds - {"table_row"}
    if "comment" in named and len(_folders(assistant.db, sources[0] | sources[1])) == 1:
        return _comments_on_rows(question, answers, first, second)
    if len(named) > 1 or named & {"item", "comment", "doc", "passage", ""} or sources[0] & sources[1]:
        return None
    if len(_folders(assistant.db, sources[0] | sources[1])) != 1:
        return None  # (the same codes in two sets of documents are two plans' items: 24 of one is not 24 of another)
    kind = next(iter(named), "table_row")
    codes_b = {_code(r): r for r in _shown(answers[1])}
    rows = [{**codes_b[_code(r)], "key": f"{kind}:{_code(r)}"} for r in _shown(answers[0]) if _code(r) in codes_b]
    n = len(rows)
    asks_count = bool(_COUNT.search(text))
    names = "、".join(str(r.get("title") or r.get("key")) for r in rows[:10])
    labels = [u.get("label") for a in answers for u in a.understood
              if u.get("field") != "source" and u.get("op") != "count" and u.get("label")]
    summary = (f"{'、'.join(labels)}の{rows_word if rows_word != 'もの' else '項目'}は {n}件です"
               f"（{first} と {second} のそれぞれの答えを番号で突き合わせました）" + (f"：{names}。" if rows else "。"))
    result = Answer(question=question, target=kind if kind != "table_row" else answers[1].target, status="exact" if rows else "no_match", count=n,
                    value=n if asks_count else None, summary=summary, rows=rows,
                    understood=[*answers[0].understood, *answers[1].understood,
                                {"field": "key", "op": "both", "value": None, "label": "二つの条件の両方に当てはまるもの（番号で照合）"}])
    result.notes.append("二つの条件を別々の資料で読み、同じ番号の項目を突き合わせました")
    return result


def _extreme_within(assistant, question: str, m) -> Answer | None:
    """The extreme of the second clause among the rows the first finds, asked as two turns of a conversation of its
    own; only when the first lists rows exactly and the second is read exactly of them (the answer before)."""
    first = f"{m.group('a')}は？"
    turns = type(assistant)(assistant.db)
    one = turns.ask(first)
    if one.status != "exact" or one.unused or len(one.rows) < 2 or not _lists_rows(one):
        return None
    two = turns.ask("その中で" + m.group("b"))
    if two.status != "exact" or two.unused or not two.rows \
            or not any("前の回答" in str(u.get("label") or "") for u in two.understood):
        return None
    two.question = question
    two.understood = [*(u for u in one.understood if u.get("field") != "source"), *two.understood]
    two.notes.insert(0, f"「{first}」の{len(one.rows)}件を先に求め、その中で「{m.group('b')}」を答えました")
    return two


def _comments_on_rows(question: str, answers: list[Answer], first: str, second: str) -> Answer | None:
    """「委員が【評価】した提案のうち、表彰されていないのは？」: one clause finds opinions, each citing a record by its
    number, the other a table's rows numbered alike in another document: the opinions citing a row the other
    finds (the opinions stay what is asked)."""
    said = [[r for r in _shown(a)] for a in answers]
    kinds = [{str(r.get("key", "")).partition(":")[0] for r in rows} for rows in said]
    if {"comment"} not in kinds or kinds[0] == kinds[1] or any(len(k) != 1 for k in kinds):
        return None
    comments, others = (said[0], said[1]) if kinds[0] == {"comment"} else (said[1], said[0])
    if not all(nfkc(str(r.get("initiative") or "")).strip() for r in comments):
        return None  # (an opinion citing no record cannot be matched by number)
    codes = {_code(r) for r in others}
    rows = [r for r in comments if nfkc(str(r.get("initiative"))).strip() in codes]
    labels = [u.get("label") for a in answers for u in a.understood
              if u.get("field") != "source" and u.get("op") != "count" and u.get("label")]
    names = "、".join(str(r.get("code") or r.get("key")) for r in rows[:10])
    summary = (f"{'、'.join(labels)}の委員の意見は {len(rows)}件です"
               f"（{first} と {second} のそれぞれの答えを、意見が挙げる番号で突き合わせました）" + (f"：{names}。" if rows else "。"))
    result = Answer(question=question, target="comment", status="exact" if rows else "no_match", count=len(rows),
                    value=None, summary=summary, rows=rows,
                    understood=[*answers[0].understood, *answers[1].understood,
                                {"field": "key", "op": "both", "value": None,
                                 "label": "二つの条件の両方に当てはまるもの（意見が挙げる番号で照合）"}])
    result.notes.append("意見と表の行を別々の資料で読み、意見が挙げる番号で突き合わせました")
    return result


# (conditions only: an extreme, a sum or an order read of one clause alone is not of the rows both find)
def _read_as_rows(answer: Answer) -> bool:
    """Whether a clause was read exactly, every word used, as a list of rows."""
    return answer.status == "exact" and not answer.unused and bool(answer.rows) and _lists_rows(answer)


_RANKING = compiled(r"max|min|top|bottom|sum|avg|rank|limit|order|delta|extreme|group|share")


def _lists_rows(answer: Answer) -> bool:
    """Whether the answer lists the rows its conditions find (or counts them), no figure worked out of them."""
    # (a value restating the rows: their count, 「ある」 of 「…はある？」, or the one row's name)
    restated = (isinstance(answer.value, int) and answer.value == answer.count) or answer.value in ("ある", "ない") \
        or (len(answer.rows) == 1 and isinstance(answer.rows[0], dict) and answer.value == answer.rows[0].get("title"))
    if answer.value is not None and not restated:
        return False
    return not any(_RANKING.search(str(u.get("op") or "")) for u in answer.understood)


def _folders(db, sources: set[str]) -> set[str]:
    """The folders the documents were read from (one set of documents: one plan's)."""
    rows = db.execute(f"SELECT path FROM documents WHERE source IN ({','.join('?' * len(sources))})",
                      sorted(sources)).fetchall()
    return {str(PurePosixPath(str(r[0] or "")).parent) for r in rows} if len(rows) == len(sources) else set()


def _code(row: dict) -> str:
    return nfkc(str(row.get("key", "")).partition(":")[2]).strip()


def _shown(answer: Answer) -> list[dict]:
    """The rows as the answer shows them (a table's rows keyed as the records they are: practice:1-2-3)."""
    return [r for r in answer.to_dict()["rows"] if isinstance(r, dict)]
