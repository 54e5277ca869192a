"""A date or a count stated in the passages a search found, as the answer's value (the status stays search: it is
read from the text, to be checked there).

- 「…の廃止予定日はいつ？」「…っていつまでに出す？」「いつから適用？」: a full date (令和９年３月３１日, 2027年3月31日)
  in the first passages found, the one whose words around it are the question's (「…をもって廃止する予定」), or that
  is followed by the particle asked (いつまで → 「…までに」, いつから → 「…から」). Two different dates read
  equally well give no value.
- 「公募になる施設はいくつ？」「何区分？」: a figure with its counter right after a word of the question
  (「このうち公募が１０施設」, not 「非公募が３施設」: the word stands on its own). Two different figures give no value.
"""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.query.document_headings import headings
from assistant.text.normalize import nfkc

_WHEN = compiled(r"いつ|何月何日|何日|期日|期限|日付")
_DATE = compiled(r"(?:(?:令和|平成|昭和)(?:元|\d{1,2})|\d{4})年\d{1,2}月\d{1,2}日")
_COUNTERS = "施設|区分|件|か所|カ所|箇所|ヶ所|人|名|社|団体|校|園|館|回|項目|事業|会場|地区"
_HOW_MANY = compiled(rf"いくつ|何(?P<counter>{_COUNTERS})")
_CHANGE_ASKED = compiled(r"(?:増え|減っ|減り|伸び|増加|減少|変わ|変化|拡大|縮小)")
_FIRST = 3  # passages read: the first found, as a reader reads them
_KANJI_RUN = compiled(r"[一-龥ァ-ヶー]{2,}")


def _passage_text(db, excerpt: dict) -> str:
    rows = db.execute("SELECT text FROM passages WHERE source = ? AND line = ? AND field = 'text' ORDER BY id",
                      [excerpt.get("source"), excerpt.get("line")]).fetchall()
    return nfkc("".join(r[0] for r in rows) if rows else str(excerpt.get("text", "")))


def _words(answer: Answer) -> list[str]:
    return [nfkc(str(u.get("value"))) for u in answer.understood
            if u.get("field") == "text" and u.get("op") == "match" and u.get("value")]


def _pairs(words: list[str]) -> set[str]:
    """The two-letter pieces of the question's words (廃止予定日 → 廃止, 予定, …): a date's neighbours say them."""
    out = set()
    for word in words:
        for run in _KANJI_RUN.findall(word):
            out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def _date_read(db, question: str, answer: Answer) -> bool:
    q = nfkc(question)
    if not _WHEN.search(q) and not _YEAR_ASKED.search(q):
        return False
    if _NEXT.search(q):
        # (「次回の見直しはいつ？」 over 「次回は令和11年度に見直しを行う予定」: the next time is the day or the fiscal year
        # printed after 次回, not the day of this time printed above it)
        return _read_when(db, q, answer, _DAY_OR_YEAR)
    return _read_when(db, q, answer, _DATE) or (bool(_YEAR_ASKED.search(q)) and _read_when(db, q, answer, _FISCAL_YEAR))


_NEXT = compiled(r"次回|次に|次の")


# 「いつ決めたと回答していましたか。年度で。」「何年度に決定」: a fiscal year is what is asked.
_YEAR_ASKED = compiled(r"年度\s*で(?:答え|教え|お願い|[。．.!！?？]|$)|何\s*年度|どの\s*年度")
_FISCAL_YEAR = compiled(r"(?:(?:令和|平成|昭和)\s*(?:元|\d{1,2})|\d{4})\s*年度")
_DAY_OR_YEAR = compiled(_DATE.pattern + "|" + _FISCAL_YEAR.pattern)


def _read_when(db, q: str, answer: Answer, printed) -> bool:
    pairs = _pairs(_words(answer))
    until, since = "いつまで" in q or "期限" in q, "いつから" in q
    best: dict[str, tuple[int, dict]] = {}
    for excerpt in answer.excerpts[:_FIRST]:
        text = _passage_text(db, excerpt)
        for m in printed.finditer(text):
            before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 16]
            score = sum(p in before + after for p in pairs)
            if (until and after.startswith("まで")) or (since and after.startswith(("から", "より"))):
                score += 2
            if _NEXT.search(q):
                # (the next time asked: only a day or a year printed as the next one, 「次回は」; another is this time's)
                if not _NEXT.search(before[-6:]):
                    continue
                score += 2
            if score and score > best.get(m.group(0), (0, {}))[0]:
                best[m.group(0)] = (score, excerpt)
    if not best:
        return False
    top = max(s for s, _ in best.values())
    dates = [d for d, (s, _) in best.items() if s == top]
    if len(dates) != 1:
        return False
    excerpt = best[dates[0]][1]
    answer.value = dates[0]
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目に「{dates[0]}」とあります（抜粋から読んだ値です）。"
                      + answer.summary)
    return True


def _count_read(db, question: str, answer: Answer) -> bool:
    q = nfkc(question)
    asked = _HOW_MANY.search(q)
    if asked is None or _CHANGE_ASKED.search(q):
        return False  # (「いくつに増えた」: the figure it became, read by the figures of a change, not here)
    counter = asked.group("counter") or _COUNTERS
    words = [w for w in _words(answer) if len(w) >= 2]
    found: dict[int, dict] = {}
    for excerpt in answer.excerpts[:_FIRST]:
        text = _passage_text(db, excerpt)
        for word in words:
            pattern = (rf"(?<![一-龥ァ-ヶー]){re.escape(word)}(?:が|は|の|を|で)?(?:合計|計|全部で)?約?"
                       rf"(\d[\d,]*)(?:{counter})(?!\s*(?:から|より|→))")
            for m in re.finditer(pattern, text):
                found.setdefault(int(m.group(1).replace(",", "")), excerpt)
        if found:
            break  # (the first passage stating one: the passages after it are read less well)
    if not found and asked.group("counter") and answer.excerpts and words \
            and _all_said(db, words, answer.excerpts[0]):
        # 「住民説明会は何会場でやる？」 over 「説明会を町内５会場で開催する」: the words said apart from the figure,
        # the passage found first stating one figure in the counter asked — that figure. Only where the passage says
        # every word of the question (「何人出席した」 over 「57人が参加」 says no 出席: no figure), and the question
        # has words of its own to say (「R9は何社？」 read as a record and its year only: no passage answers it).
        excerpt = answer.excerpts[0]
        stated = {int(m.group(1).replace(",", "")) for m in re.finditer(
            rf"(?<![\d,.])(\d[\d,]*)(?:{counter})(?!\s*(?:から|より|→))", _passage_text(db, excerpt))}
        if len(stated) == 1:
            found = {stated.pop(): excerpt}
    if len(found) != 1:
        return False
    value, excerpt = next(iter(found.items()))
    answer.value = value
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {value} と読みました（抜粋から読んだ値です）。"
                      + answer.summary)
    return True


def _all_said(db, words: list[str], excerpt: dict) -> bool:
    """Every word of the question in the passage, or in its document's title; a word said by its last two or more
    characters (住民説明会 → 「説明会を…」) counts as said."""
    text = _passage_text(db, excerpt)
    try:
        row = db.execute("SELECT title FROM documents WHERE source = ?", [excerpt.get("source")]).fetchone()
        title = nfkc(str((row[0] if row else "") or ""))
    except Exception:  # (an index without document titles)
        title = ""
    return all(any(word[i:] in text or word[i:] in title for i in range(len(word) - 1)) for word in words)


# 「何ポイント上がった？」「売上が何倍になった？」: a change said as points or a ratio
_RATIO_ASKED = compiled(r"何(?P<unit>ポイント|倍)")


def _ratio_read(db, question: str, answer: Answer) -> bool:
    """The points or the ratio asked (「何ポイント上がった」「何倍になった」), where the first passage found states one
    figure in that unit (「…17.5ポイント上昇した」「売上高は導入前の2.1倍となり」); two figures give no value."""
    asked = _RATIO_ASKED.search(nfkc(question))
    if asked is None:
        return False
    excerpt = answer.excerpts[0]
    text = nfkc(str(excerpt.get("text") or "")) or _passage_text(db, excerpt)
    found = {m.group(1) for m in re.finditer(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*{asked.group('unit')}", text)}
    if len(found) != 1:
        return False
    said = found.pop()
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said}{asked.group('unit')} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


# 「搬送時間は何分短くなった？」「何人減った？」: by how much a figure changed, in the unit asked
_CHANGE_BY_ASKED = compiled(r"何(?P<unit>分|秒|時間|日|か月|ヶ月|人|件|円|千円|万円|%|％|トン|t|kg)(?:くらい|ぐらい|ほど|程度)?"
                            r"(?:も)?(?:短く|長く|減|増|伸び|縮|下が|上が|少なく|多く|削減|改善)")
_CHANGED_BY = r"(?:の|も)?(?:短縮|縮減|削減|減少|増加|改善|向上|延長|上昇|低下|減|増)"


def _change_by_read(db, question: str, answer: Answer) -> bool:
    """By how much a figure changed, in the unit asked (「何分短くなった」), where the first passage found states one
    figure in that unit followed by the change (「…43.5分から39.1分へ4.4分短縮した」: 4.4, not the figures of
    before and after); two such figures give no value."""
    asked = _CHANGE_BY_ASKED.search(nfkc(question))
    if asked is None:
        return False
    excerpt = answer.excerpts[0]
    text = _passage_text(db, excerpt) or nfkc(str(excerpt.get("text") or ""))
    unit = re.escape(asked.group("unit"))
    # (「213,600枚（８．２％）減少」: the share of the change in brackets right before its word)
    found = {m.group(1) for m in re.finditer(rf"(?<![\d.,])(\d+(?:\.\d+)?)\s*{unit}\s*[)）]?\s*{_CHANGED_BY}", text)}
    if len(found) != 1:
        return False
    said = found.pop()
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said}{asked.group('unit')} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


# 「何年ごとに見直す？」「施行日の何か月前までに周知？」: an interval or a lead time, the figure said with its unit and
# the same word after it (４年ごとに, ６か月前までに)
_SPAN_ASKED = compiled(r"何\s*(?P<unit>年|か月|ヶ月|カ月|箇月|ケ月|日|週間|週)\s*(?P<tail>ごと|毎|おき|前|後|以内)")
_MONTHS = r"(?:か月|ヶ月|カ月|箇月|ケ月|ヵ月)"


def _span_read(db, question: str, answer: Answer) -> bool:
    """The interval or the lead time asked (「何年ごと」「何か月前」), where the first passage found stating a figure in
    that unit followed by that word states one (「原則として４年ごとに見直す」 → 4); two such figures give no value."""
    asked = _SPAN_ASKED.search(nfkc(question))
    if asked is None:
        return False
    unit = _MONTHS if asked.group("unit") in ("か月", "ヶ月", "カ月", "箇月", "ケ月") else re.escape(asked.group("unit"))
    tail = "(?:ごと|毎)" if asked.group("tail") in ("ごと", "毎") else re.escape(asked.group("tail"))
    for excerpt in answer.excerpts[:_FIRST]:
        text = _passage_text(db, excerpt)
        found = {m.group(1) for m in re.finditer(rf"(?<![\d.])(\d{{1,3}})\s*{unit}\s*{tail}", text)}
        if not found:
            continue
        if len(found) != 1:
            return False
        said = found.pop()
        answer.value = int(said)
        answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said}{asked.group('unit')}{asked.group('tail')}"
                          " と読みました（抜粋から読んだ値です）。" + answer.summary)
        return True
    # (「…何年ごとに見直すよう答申されてる？」 finds the 答申 by its words, not the line stating the interval: the
    # document found first, where it states one figure so)
    source = answer.excerpts[0].get("source")
    found: dict[str, int] = {}
    for row in db.execute("SELECT line, text FROM passages WHERE source = ? AND field = 'text' ORDER BY line", [source]):
        for m in re.finditer(rf"(?<![\d.])(\d{{1,3}})\s*{unit}\s*{tail}", nfkc(str(row[1] or ""))):
            found.setdefault(m.group(1), row[0])
    if len(found) != 1:
        return False
    said, line = next(iter(found.items()))
    answer.value = int(said)
    answer.summary = (f"{source} {line}行目に {said}{asked.group('unit')}{asked.group('tail')} とあります"
                      "（最初に見つかった資料の記載から読んだ値です）。" + answer.summary)
    return True


_AMOUNT_ASKED = compiled(r"いくら|何\s*円")


def _amount_read(db, question: str, answer: Answer) -> bool:
    """「楓川町のコンビニ交付の手数料はいくら？」: the amount in 円 printed right after a word of the question (「コンビニ交付は
    150円に引き下げ」) in the first passage found stating one, of the block the question names where a memo is in
    blocks per place (named_blocks.py); two different amounts give no value."""
    if not _AMOUNT_ASKED.search(nfkc(question)):
        return False
    from assistant.query.named_blocks import of_named_blocks

    words = [w for w in _words(answer) + [nfkc(u) for u in answer.unused] if len(w) >= 2]
    for excerpt in of_named_blocks(db, question, answer.excerpts[:_FIRST]):
        text = _passage_text(db, excerpt)
        found = {m.group(1).replace(",", "") for w in words for m in re.finditer(
            # (「自由に使えるお金は約8.5円」: an amount said about, in part of a yen — of 100円 said just before)
            rf"(?<![一-龥ァ-ヶー]){re.escape(w)}(?:は|が|も)\s*(?:約|およそ)?\s*(\d[\d,]*(?:\.\d+)?)\s*円(?!\s*(?:から|より|→))", text)}
        # (「時間あたりいくら」 over 「時間当たり3,800円とした」: a rate's per-word right before its amount)
        found |= {m.group(1).replace(",", "") for w in words if re.search(r"(?:当たり|あたり)$", w) for m in re.finditer(
            rf"{re.escape(re.sub(r'(?:当たり|あたり)$', '', w))}(?:当たり|あたり)\s*(\d[\d,]*)\s*円", text)}
        # (「人件費に換算すると何円」 over 「これを人件費に換算すると、23,710時間×3,800円＝90,098,000円」: the result
        # of the working the sentence shows after the verb said)
        found |= {m.group(1).replace(",", "") for w in words if re.fullmatch(r"[一-龥]{2,4}", w) for m in re.finditer(
            rf"{re.escape(w)}(?:すると|した|して)[^。]*?[=＝]\s*(\d[\d,]*)\s*円", text)}
        if not found:
            continue
        if len(found) != 1:
            return False
        said = found.pop()
        answer.value = float(said) if "." in said else int(said)
        answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {answer.value:,}円 と読みました"
                          "（抜粋から読んだ値です）。" + answer.summary)
        return True
    return False


# 「財政調整基金から取り崩す予定額は？」: an amount asked by its own noun (予定額, 額), a verb of the question saying what
# is done with it
_SUM_ASKED = compiled(r"(?:予定|見込み?|計画)?額\s*(?:は|って|を)|いくら|何\s*(?:千|万|億)?円")
_VERB = compiled(r"[一-龥][一-龥ぁ-ん]*[うくぐすつぬぶむる]")  # (取り崩す, 積み立てる)


def _verb_amount_read(db, question: str, answer: Answer) -> bool:
    """「令和７年度に財政調整基金から取り崩す予定額は？」 over 「…136,000千円を取り崩す予定であり」: the one amount the first
    passages found print right before を and the verb the question says, in the unit printed (千円); the other words
    the question leaves unread said in that document. Two amounts so, or none, give no value."""
    q = nfkc(question)
    if not _SUM_ASKED.search(q):
        return False
    verbs = [w for w in (nfkc(u) for u in answer.unused) if _VERB.fullmatch(w) and len(w) >= 3]
    if len(verbs) != 1:
        return False
    stem = verbs[0][:-1]  # (取り崩す → 取り崩: 取り崩す予定, 取り崩した, 取り崩して)
    others = [w for w in (nfkc(u) for u in answer.unused) if w != verbs[0] and len(w) >= 2]
    for excerpt in answer.excerpts[:_FIRST]:
        text = _passage_text(db, excerpt)
        found = {(m.group(1).replace(",", ""), m.group(2)) for m in re.finditer(
            rf"(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*((?:千|万|億|百万)?円)\s*を\s*{re.escape(stem)}", text)}
        if not found:
            continue
        document = nfkc("".join(str(r[0] or "") for r in db.execute(
            "SELECT text FROM passages WHERE source = ?", [excerpt.get("source")])))
        if len(found) != 1 or not all(w in document for w in others):
            return False
        said, unit = found.pop()
        answer.value = float(said) if "." in said else int(said)
        answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {answer.value:,}{unit} と読みました"
                          "（抜粋から読んだ値です）。" + answer.summary)
        return True
    return False


def value_of_excerpt(db, question: str, answer: Answer) -> None:
    """The date or the count asked, read from the passages of a search answer that has no value."""
    if answer.error or answer.status != "search" or answer.value is not None or not answer.excerpts:
        return
    _date_read(db, question, answer) or _count_read(db, question, answer) or _ratio_read(db, question, answer) \
        or _change_by_read(db, question, answer) or _span_read(db, question, answer) \
        or _amount_read(db, question, answer) or _became_read(db, question, answer) or _bracketed_unit_read(db, question, answer) \
        or _percent_read(db, question, answer) or _unit_said_read(db, question, answer) \
        or _verb_amount_read(db, question, answer) or _year_labelled_read(db, question, answer)


def _year_labelled_read(db, question: str, answer: Answer) -> bool:
    """「ラスパイレス指数、令和６年度はいくつ？」: the figure printed right after the year asked, in the first passage
    found (year_labelled_figure.py)."""
    from assistant.query.year_labelled_figure import year_figure

    excerpt = answer.excerpts[0]
    said = year_figure(question, _words(answer), _passage_text(db, excerpt))
    if said is None:
        return False
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


# 「標準財政規模の何％程度を下限の目安にしてる？」: a percentage asked (何％, 何パーセント), not a share of the records
_PERCENT_ASKED = compiled(r"何\s*(?:%|パーセント)")


def _percent_read(db, question: str, answer: Answer) -> bool:
    """「財政調整基金は標準財政規模の何％程度を下限の目安にしてる？」 over 「財政調整基金は、標準財政規模の15％程度を下限の
    目安として…」: the one percentage the first passage found states, where that passage says every other word of
    the question; two percentages there, or a word not said, give no value."""
    q = nfkc(question)
    if _PERCENT_ASKED.search(q) is None or not answer.excerpts:
        return False
    words = [re.sub(r"^(?:%|パーセント)", "", w) for w in _words(answer) + [nfkc(u) for u in answer.unused]]
    words = [w for w in words if len(w) >= 2]
    excerpt = answer.excerpts[0]
    if not words or not _all_said(db, words, excerpt):
        return False
    stated = {m.group(1) for m in re.finditer(r"(?<![\d,.])(\d+(?:\.\d+)?)\s*(?:%|パーセント)", _passage_text(db, excerpt))}
    if len(stated) != 1:
        return False
    said = stated.pop()
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said}％ と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


# 「削減見込の合計は何人工分？」: a figure printed in a unit of work (人工, 人日) beside the figure in hours.
_WORK_UNIT_ASKED = compiled(r"何\s*(?P<unit>人工|人日)分?")


def _bracketed_unit_read(db, question: str, answer: Answer) -> bool:
    """「…は何人工分？」 over 「削減見込は、合計で年間23,710時間（13.2人工）となった」: the one figure in the unit asked
    in the first passage found, where that passage says every other word of the question."""
    q = nfkc(question)
    asked = _WORK_UNIT_ASKED.search(q)
    if asked is None or not answer.excerpts:
        return False
    unit = asked.group("unit")
    words = [w for w in _words(answer) + [nfkc(u) for u in answer.unused] if len(w) >= 2 and w != unit]
    excerpt = answer.excerpts[0]
    if not words or not _all_said(db, words, excerpt):
        return False
    stated = {m.group(1).replace(",", "") for m in re.finditer(
        rf"(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*{unit}", _passage_text(db, excerpt))}
    if len(stated) != 1:
        return False
    said = stated.pop()
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {said}{unit} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


def _became_read(db, question: str, answer: Answer) -> bool:
    """「何パターンに増やす」: the figure a count was changed to (figure_became.py)."""
    from assistant.query.figure_became import FIRST, asks_became, figure_became

    if not asks_became(question):
        return False  # (before the passages are read: every search answer without a value comes here)
    read = figure_became(question, [(e, _passage_text(db, e) or nfkc(str(e.get("text") or "")))
                                    for e in answer.excerpts[:FIRST]])
    if read is None:
        return False
    value, excerpt = read
    answer.value = value
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {value} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True


_BULLET = compiled(r"^\s*(?:[・･●○◆◇■□▪※\-]|\(?\d{1,2}[)）.．]|[①-⑳])\s*")
_HEADING_ASKED = compiled(r"どこ|どれ|どの|何が|なに|教えて|挙げ|一覧|リスト|は\s*[?？]\s*$")


def list_under_heading(db, question: str, answer: Answer) -> None:
    """「見直し対象外の施設はどこ？」: a heading whose words the question says, all of them (【見直し対象外の施設】), over a
    list of lines, one item a line (・F-09 奥沢温泉保養センター（…）): the list is the answer, said first with its lines
    (a search still: the items are read as printed)."""
    if answer.error or answer.status != "search" or answer.value is not None or not _HEADING_ASKED.search(nfkc(question)):
        return
    from assistant.query.grammar.phrasings import rephrase

    said = rephrase(nfkc(question))
    sources = {e.get("source") for e in answer.excerpts} | {r.get("source") for r in answer.rows if isinstance(r, dict)}
    heads = []
    for source in sorted(s for s in sources if s):
        for at, text in headings(db, source):
            runs = _KANJI_RUN.findall(nfkc(text))
            if len(runs) >= 2 and sum(map(len, runs)) >= 5 and all(r in said for r in runs):
                heads.append((source, at, text))
    if len(heads) == 1:
        source, line, heading = heads[0]
        end = next((at for at, _ in headings(db, source) if at > line), 0) or line + 40
        lines = db.execute("SELECT line, text FROM passages WHERE source = ? AND field = 'text' AND line > ? AND line < ? "
                           "ORDER BY line", [source, line, end]).fetchall()
        items = [(at, nfkc(t)) for at, t in lines]
        if len(items) < 2 or not all(_BULLET.match(t) for _, t in items):
            return
        listed = [_BULLET.sub("", t).strip() for _, t in items]
        answer.summary = (f"{source} の「{nfkc(heading).strip('【】[] ')}」に挙げられているのは次の{len(listed)}件です"
                          f"（{line}行目の見出しの下、抜粋から読んだ一覧です）：" + "、".join(listed) + "。" + answer.summary)
        answer.unused = [w for w in answer.unused if nfkc(w) not in nfkc(heading)]  # (the heading says it)
        answer.excerpts = [{"source": source, "line": at, "text": t} for at, t in items] + [
            e for e in answer.excerpts if not (e.get("source") == source and line < (e.get("line") or 0) < end)]
        return


# 「どれくらい増収になる見込み？（年額・千円）」: an amount asked as どれくらい with its unit said on its own (in brackets,
# after 単位, in a list of the terms wanted)
_HOW_MUCH = compiled(r"どれ\s*(?:くらい|ぐらい|ほど)|どの\s*(?:くらい|ぐらい|程度)")
_UNIT_SAID = compiled(r"(?:[(（・、]|単位\s*(?:は|:|：)?)\s*(?P<unit>億円|万円|千円|円|㎡|人|件|回|枚|時間)\s*(?:[)）・、]|で)")


def _unit_said_read(db, question: str, answer: Answer) -> bool:
    """The one figure in the unit said that the first passage found prints shortly after a word of the question
    (「増収見込額は、年額18,450千円です」 for 「増収…（千円）」); none or two different ones give no value."""
    q = nfkc(question)
    unit = _UNIT_SAID.search(q)
    if _HOW_MUCH.search(q) is None or unit is None:
        return False
    words = [w for w in _words(answer) if len(w) >= 2 and w != unit.group("unit")]
    excerpt = answer.excerpts[0]
    text = _passage_text(db, excerpt)
    found = {m.group(1).replace(",", "") for w in words for m in re.finditer(
        rf"{re.escape(w)}[^\d。]{{0,10}}?(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*{re.escape(unit.group('unit'))}", text)}
    if len(found) != 1:
        return False
    said = found.pop()
    answer.value = float(said) if "." in said else int(said)
    answer.summary = (f"{excerpt.get('source')} {excerpt.get('line')}行目の記載から {answer.value:,}{unit.group('unit')} と読みました"
                      "（抜粋から読んだ値です）。" + answer.summary)
    return True
