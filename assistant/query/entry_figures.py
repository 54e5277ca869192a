"""Amounts a record's progress sheet prints in its yearly entries (「R2 ② …※①②合計35,580千円」「R5 ⑩ …売却を
促進することができた(893,411千円)」), asked of one year (「広告料収入とネーミングライツ、R2の合計額はいくら？」, then
「じゃあR6は？」), as a ratio of two years (「合計額、R6はR2の何倍」) or as the year of the largest (smallest) one
(「公有財産の売却額が一番大きかったのはどの年度？」).

The record is the one whose title (or entries) holds every word the question names it by; the amount is the one
printed after the word said before 額 (合計 → 「合計35,580千円」) or, for another word (売却額), the one amount of
that year's entries that say the word (売却). A year printing no such amount, or two different ones, is said
and never guessed. Figures are read from the passages as printed: the answer is a search (shown with its
lines, to be checked there). Questions of another shape are left to the rest of the engine (None)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_ENTRIES, _LINK, _PARENT = "sheet_entry", "practice_key", "practice"
# A year as the question says it (R2, 令和2年度, 2020年度).
_YEAR = r"(?:(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?|(?:19|20)\d{2}\s*年度)"
# 「R6はR2の何倍」「R6はR2に比べて何倍」: the later year over the base year.
_RATIO = compiled(r"(?P<a>" + _YEAR + r")\s*(?:は|が|の(?:額|金額)?は)\s*(?P<b>" + _YEAR + r")\s*(?:の|と比べて|に比べて|と比べると|に比べると|より)?\s*何倍")
# 「一番大きかったのはどの年度」「最も多かった年度は」: the year of the extreme.
_EXTREME = compiled(r"(?:一番|いちばん|最も|もっとも)\s*(?P<dir>大き|多|高|小さ|少な|低)|(?P<dir2>最大|最高|最小|最低)")
_WHICH_YEAR = compiled(r"どの年度|何年度|どの年|いつ|何年")
# 「2番目に多かった年度」「二番目に大きい」: the year at a rank of the order asked.
_NTH = compiled(r"(?P<n>[2-9２-９二三四五])\s*番目に\s*(?P<dir>大き|多|高|小さ|少な|低)")
_RANKS = {"二": 2, "三": 3, "四": 4, "五": 5}
# 「一番多かった年度の金額は」「2番目に多かった年度の寄附額は」: that year's amount asked, not the year.
_AMOUNT_OF_YEAR = compiled(r"年度?の\s*(?:[一-龥ァ-ヶー]{0,6}?)(?:金額|額)\s*(?:は|を)|年度?の\s*(?:[一-龥ァ-ヶー]{0,6}?)(?:金額|額)\s*[?？。]?\s*$"
                           r"|年度?は\s*(?:いくら|何円|何千円|何万円|何億円)")
# 「R2の合計額はいくら」: one year's amount.
# (「…、R6の合計金額」: the amount word ending the question asks it as well)
_HOW_MUCH = compiled(r"いくら|何円|何千円|何万円|何億円|金額は|額は|額\s*(?:を)?\s*(?:教えて|知りたい)?\s*[?？。]?\s*$")
# 「合計額」「売却額」: the word the amount is printed after (or said beside), before 額.
_AMOUNT_WORD = compiled(r"(?P<w>[一-龥ァ-ヶー]{1,6}?)(?:金)?額")
# 「じゃあR6は？」: another year of the same amount, nothing else said.
_YEAR_AGAIN = compiled(r"^\s*(?:じゃあ|じゃ|では|それでは|で)?[、,]?\s*(?P<y>" + _YEAR + r")\s*(?:は|って|の方は|のほうは|だと|では)?\s*(?:どう|いくら)?\s*(?:ですか|だった|でした)?\s*[?？。]?\s*$")
# 「前の年は？」「翌年度は？」: the year before (after) the one just answered.
_NEXT_AGAIN = compiled(r"^\s*(?:じゃあ|じゃ|では|それでは|で)?[、,]?\s*(?:その)?(?:(?P<prev>前の年(?:度)?|前年(?:度)?|昨年度|去年)|(?P<next>次の年(?:度)?|翌年(?:度)?|その次))\s*(?:は|って|の方は|のほうは|だと|では)?\s*(?:どう|いくら)?\s*(?:ですか|だった|でした)?\s*[?？。]?\s*$")
# 「R5はR4に比べて何円減った」「R2からR6で何千円増えた」「前年比いくら増えた」: the change between two years.
_CHANGE = compiled(r"(?P<up>増え|増加|伸び|上回|多く|上が)|(?P<down>減っ|減り|減少|下回|少なく|下が)|(?P<diff>差|違)")
_YEAR_BEFORE = compiled(r"前年|前の年|昨年度|去年")
# 「何円集まった」「いくら」 with no word before 額: every amount the year's entries print.
_ASKS_AMOUNT = compiled(r"いくら|何円|何千円|何万円|何億円")
# An amount as the sheets print it: 35,580千円, 893,411千円, 1億2千万円 is not read (said, not guessed).
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)\s*(千円|万円|億円|円)"
_SCALE = {"円": 1, "千円": 1_000, "万円": 10_000, "億円": 100_000_000}
# 「年度ごとの寄附額を出して」: every year's amount listed.
_EACH_YEAR = compiled(r"年度(?:ごと|毎|別)|各年度|毎年度|年ごと|年別|推移")
# 「R2〜R6の5年間の合計はいくら」「全部でいくら」: the years' amounts added up.
_TOTAL = compiled(r"合計|合わせて|あわせて|総額|累計|全部で|トータル|足すと")
# 「じゃあ5年間の合計は？」 after a list of years: of the amount listed.
_TOTAL_AGAIN = compiled(r"(?:合計|合わせて|あわせて|総額|累計|全部で|トータル|足すと)\s*(?:は|って|で|だと)?\s*(?:いくら|何円|何千円|何万円|何億円|どれくらい|どのくらい)?\s*(?:ですか|だった|でした|になる|になりますか)?\s*[?？。]?\s*$")
# Words of a question that name no record (the amount asked, particles around it).
# (「…の実践項目、R5の合計額は」: the kind of record said names none of them)
_NOT_NAMING = compiled(r"^(?:合計|総額|金額|額|年度|何倍|倍|一番|最も|最大|いくら|全体|分|実践項目|実践|取組項目|項目)$")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if _ENTRIES not in assistant.executor.tables or not isinstance(question, str):
        return None
    from assistant.query.grammar.kana_function_words import with_counters_written

    said = with_counters_written(nfkc(question))  # (「なんしゃから」 typed in kana: 何社)
    again = _YEAR_AGAIN.match(said)
    state = getattr(assistant, "_entry_figure", None)
    if again and state and state[0] == assistant._turn - 1:
        _, key, word = state[:3]
        return _one_year(assistant, q, question, key, word, again.group("y"))
    step = _NEXT_AGAIN.match(said)
    if step and state and state[0] == assistant._turn - 1 and len(state) > 3 and state[3] is not None:
        _, key, word, fy = state
        return _one_year(assistant, q, question, key, word, fy_label(fy - 1 if step.group("prev") else fy + 1))
    change = _CHANGE.search(said)
    years = [y for y in find_years(said)]
    if change and _ASKS_AMOUNT.search(said) and state and state[0] == assistant._turn - 1 \
            and len(years) == 1 and _YEAR_BEFORE.search(said):
        # (「公有財産の売却額、R4は？」→「じゃあ2023年度は前年比いくら増えた？」)
        _, key, word = state[:3]
        fy = years[0].fiscal_year
        named = _AMOUNT_WORD.search(said)
        if named and named.group("w") not in ("合計", "総額"):
            # (「R5は何社からいくら」→「R6は前年度比で寄附額はいくら減った」: the amount said now, when its entries print it)
            word = _printed_word(assistant, key, re.sub(r"^.*の", "", named.group("w"))) or word
        return _change(assistant, q, question, key, word, fy, fy - 1, change)
    counted = _COUNTED.search(said)
    if counted and len(years) == 1 and not change:
        # (「じゃあR5年度は何社でしたか」 after one: the record just answered)
        before = state[1] if state and state[0] == assistant._turn - 1 and state[2] == _unit(counted) else None
        found = _counted(assistant, q, question, said, years, counted, before)
        if found is not None:
            return found
    if counted and len(years) == 2 and _WHICH.search(said) and _WHICH_MORE.search(said):
        found = _counted_which(assistant, q, question, said, years, counted)
        if found is not None:
            return found
    ratio, extreme = _RATIO.search(said), _EXTREME.search(said)
    amount = _AMOUNT_WORD.search(said)
    if amount is None and state and state[0] == assistant._turn - 1 and _TOTAL_AGAIN.search(said) and not ratio and not extreme:
        # (「年度ごとの寄附額を出して」→「R2〜R6の5年間の合計はいくら？」: the amount just listed, added up)
        _, key, word = state[:3]
        return _total(assistant, q, question, key, word, said)
    if amount is None:
        return _unnamed(assistant, q, question, said, years, change)
    word = amount.group("w")
    word = re.sub(r"^.*の", "", word) or word
    if word not in ("合計", "総額"):
        # (「寄附受領額」 over entries printing 「…円の寄附を受領した」: the longest head of the word they print)
        key = _record(assistant, said[:amount.start()], word)
        if key is None:
            for cut in range(len(word) - 1, 1, -1):
                key = _record(assistant, re.sub(_YEAR, " ", said[:amount.start()]), word[:cut])
                if key is not None:
                    word = word[:cut]
                    break
    if ratio:
        head = said[:min(ratio.start(), amount.start())]
        key = _record(assistant, head + said[amount.end():ratio.start()], word)
        return key and _ratio(assistant, q, question, key, word, ratio.group("a"), ratio.group("b"))
    nth = _NTH.search(said)
    if (extreme or nth) and (_WHICH_YEAR.search(said) or _AMOUNT_OF_YEAR.search(said)):
        key = _record(assistant, said[:amount.start()], word)
        if key is None and not _words(said[:amount.start()]):
            # (「…の進捗状況シート」→「寄附額が2番目に多かった年度の寄附額は？」: the one record just shown)
            key = _record_shown(assistant, word)
        low = ((extreme or nth).group("dir") or (extreme and extreme.group("dir2")) or "") in ("小さ", "少な", "低", "最小", "最低")
        rank = 1 if not nth else _RANKS.get(nth.group("n")) or int(nfkc(nth.group("n")))
        amount_asked = not _WHICH_YEAR.search(said)
        return key and _extreme(assistant, q, question, key, word, low, rank, amount_asked)
    word_said = amount.group("w") not in ("合計", "総額")
    if _TOTAL.search(said) and len(years) != 1 and word_said and _HOW_MUCH.search(said):
        head = re.sub(_YEAR, " ", said[:amount.start()])  # (the years said name no record)
        key = _record(assistant, head, word)
        return key and _total(assistant, q, question, key, word, said)
    if _EACH_YEAR.search(said) and word_said and not years:
        key = _record(assistant, said[:amount.start()], word)
        return key and _listed(assistant, q, question, key, word)
    if _PCT_CHANGE.search(said) and len(years) == 2:
        # (「寄附額、R4からR5で何パーセント増減した」: the change over the base year's amount, in percent)
        key = _record(assistant, _without_years(said[:amount.start()], years), word)
        return key and _pct_change(assistant, q, question, key, word, *_later_base(years))
    if change and len(years) == 2 and _ASKS_AMOUNT.search(said):
        key = _record(assistant, _without_years(said[:amount.start()], years), word)
        return key and _change(assistant, q, question, key, word, *_later_base(years), change)
    if len(years) == 1 and _HOW_MUCH.search(said[amount.start():]):
        # (the amount's word said before the year, 「売却額、R5は」, names no record: it is cut)
        head = _without_years(said[:amount.start()], years)
        key = _record(assistant, head, word)
        return key and _one_year(assistant, q, question, key, word, said[years[0].start:years[0].end])
    return None


# 「R4は何社から寄附をもらった」「何団体が参加した」: a number of companies or bodies the entries print (社 → 17社);
# 店舗 (stores: 「販売店R5で何店舗になった」) likewise, the year's row, not a summary line printing another figure;
# 人, 件 and 回 are left to the figures of the text (year_figure_in_text) and the counts of records.
# (「R3の寄附した企業数は」: the number said as the counted word and 数, the same figure; no kind of record is a
# company, so it is never a count of records)
_COUNTED = compiled(r"何\s*(?P<c>社|団体|事業者|企業|店舗)|(?P<n>企業|団体|事業者)\s*数(?![値字量])")
# 「R3とR4で寄附した企業数が多いのはどっち」: the year whose figure is the larger (smaller).
_WHICH_MORE = compiled(r"(?P<up>多い|多かった|大きい|上)|(?P<down>少ない|少なかった|小さい|下)")
_WHICH = compiled(r"どっち|どちら|どの年|いずれ")


def _unit(counted: re.Match) -> str:
    return counted.group("c") or counted.group("n")


def _counted(assistant, q, question, said, years, counted, before: str | None = None) -> Answer | None:
    """「企業版ふるさと納税、R4は何社からいくら来た？」: the one figure in the unit asked that the year's entries of the
    one record named print (「17社から合計238,981,858円」), with the amount printed beside it when an amount is asked
    too. A year printing none, or two different figures, is left to the rest of the engine (None)."""
    unit = _unit(counted)
    key = _counted_record(assistant, said, years, counted, before)
    if key is None:
        return None
    found = _counted_in_year(assistant, key, unit, said[years[0].start:years[0].end])
    if found is None:
        return None
    number, printed, entry = found
    _, name = _title(assistant, key)
    year = str(entry.get("year") or "")
    summary = f"{name} の{year}は {printed} です"
    if _ASKS_AMOUNT.search(said):
        amounts = {m.group(0) for m in compiled(_AMOUNT).finditer(nfkc(str(entry.get("result") or "")))}
        if len(amounts) == 1:
            summary = f"{name} の{year}は {printed}、{amounts.pop()} です"
    return _answer(assistant, q, question, key, unit, number, summary, [entry], f"{year}の{unit}数を答える",
                   _fiscal(year))


def _counted_record(assistant, said, years, counted, before: str | None = None) -> str | None:
    """The record every noun before the count names; with none named, the one just answered or shown. A follow-up
    naming only words the shown record's entries print (「寄附した企業数」 after its sheet) is of that record too."""
    head = _without_years(said[:counted.start()], years)
    key = _record(assistant, head, "合計")
    if key is not None:
        return key
    words = _words(head)
    shown = before or _record_talked_about(assistant)
    if shown is None or not shown.startswith(f"{_PARENT}:"):
        return None
    if not words:
        return shown
    text = "".join(nfkc(f"{e.get('plan') or ''}{e.get('result') or ''}") for e in _entries(assistant, shown))
    return shown if all(w in text for w in words) else None


def _counted_in_year(assistant, key: str, unit: str, year_said: str) -> tuple[int, str, dict] | None:
    """The one figure in the unit the year's entries print (None for none, or two different ones)."""
    units = {"人": "人|名", "名": "人|名", "事業者": "事業者|社", "企業": "企業|社"}.get(unit, re.escape(unit))
    figure = compiled(r"(?<![\d,.])(\d[\d,]*)\s*(?:" + units + r")(?![一-龥])")
    hits: list[tuple[int, str, dict]] = []
    for e in _entries(assistant, key):
        if not _same_year(str(e.get("year") or ""), year_said):
            continue
        text = nfkc(str(e.get("result") or ""))
        hits += [(int(m.group(1).replace(",", "")), m.group(0), e) for m in figure.finditer(text)]
    if len({n for n, _, _ in hits}) != 1:
        return None
    return hits[0]


def _counted_which(assistant, q, question, said, years, counted) -> Answer | None:
    """「R3とR4で寄附した企業数が多いのはどっち？」: the year of the two whose one figure in the unit is the larger
    (smaller). A year printing none, or two, or a tie, is left to the rest of the engine (None)."""
    unit = _unit(counted)
    key = _counted_record(assistant, said, years, counted)
    if key is None:
        return None
    found = [_counted_in_year(assistant, key, unit, said[y.start:y.end]) for y in years]
    if any(f is None for f in found) or found[0][0] == found[1][0]:
        return None
    low = bool(_WHICH_MORE.search(said).group("down"))
    pick = min(found, key=lambda f: f[0]) if low else max(found, key=lambda f: f[0])
    year = str(pick[2].get("year") or "")
    _, name = _title(assistant, key)
    listed = "、".join(f"{f[2].get('year')} {f[1]}" for f in found)
    way = "少ない" if low else "多い"
    return _answer(assistant, q, question, key, unit, year, f"{name} の{unit}数が{way}のは {year} です（{listed}）",
                   [f[2] for f in found], f"{unit}数が{way}年度", _fiscal(year))


def _record_talked_about(assistant: "Assistant") -> str | None:
    """「企業版ふるさと納税の導入は何番？」→「その進捗状況シートを見せて」→「R4は何社から寄附を受けた？」: a figure asked
    with no record named is of the one record the previous answer showed — the record the entries belong to, or a
    part of it that names it (its sheet). Several records, or none, name no record (None)."""
    keys = {str(r.get("key", "")) for r in assistant.context_rows}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if key.partition(":")[0] == _PARENT:
        return key
    row = assistant.context_rows[0]
    if row.get(_LINK):
        return str(row[_LINK])
    return f"{_PARENT}:{row[_PARENT]}" if row.get(_PARENT) not in (None, "") else None


def _without_years(text: str, years) -> str:
    for y in sorted(years, key=lambda y: -y.start):
        if y.end <= len(text):
            text = text[:y.start] + " " + text[y.end:]
    return text


def _later_base(years) -> tuple[int, int]:
    fys = sorted(y.fiscal_year for y in years)
    return fys[-1], fys[0]


_ASKED_TAIL = compiled(r"(?:は|で|に)?\s*(?:何円|何千円|何万円|何億円|いくら)")


def _unnamed(assistant, q, question, said, years, change) -> Answer | None:
    """「企業版ふるさと納税、R4は何円集まった？」「…の寄附、2022年度いくら？」「…、R4の合計収入何千円？」: an amount
    asked of one year (or the change between two) with no word before 額. The record is the one every noun names;
    a noun its title lacks but the entries print (寄附) picks the entries; 合計 the amount printed after it. The year
    must print exactly one such amount (else None: never a guess)."""
    if not _ASKS_AMOUNT.search(said) or not years or len(years) > 2:
        return None
    if len(years) == 2 and not change:
        return None
    if len(years) == 1 and change:
        return None
    asked = _ASKED_TAIL.search(said)
    head = _without_years(said[:asked.start()] if asked else said, years)
    word = "合計" if "合計" in head and len(years) == 1 else ""
    if word:
        head = head.replace("合計", " ")  # (「合計収入」: 合計 is the printed word, 収入 may name the record)
    words = _words(head)
    key = _record(assistant, head, word or "合計")
    if key is None:
        return None
    row, _ = _title(assistant, key)
    title = nfkc(str(row.get("title") or ""))
    extra = [w for w in words if w not in title]
    if not word and len(extra) == 1:
        word = extra[0]  # (寄附: the entries saying it)
    elif not word and extra:
        return None
    if len(years) == 2:
        return _change(assistant, q, question, key, word, *_later_base(years), change)
    return _one_year(assistant, q, question, key, word, said[years[0].start:years[0].end])


def _printed_word(assistant, key: str, word: str) -> str | None:
    """The word (or its longest head of two characters or more) the record's entries print."""
    text = "".join(nfkc(f"{e.get('plan') or ''}{e.get('result') or ''}") for e in _entries(assistant, key))
    return next((word[:cut] for cut in range(len(word), 1, -1) if word[:cut] in text), None)


def _words(text: str) -> list[str]:
    """The nouns a question names its record by: runs of kanji or katakana, two characters or more."""
    out = []
    for w in re.findall(r"[一-龥ァ-ヶー]{2,}", text):
        if not _NOT_NAMING.match(w):
            out.append(w)
    return out


def _entries(assistant: "Assistant", key: str) -> list[dict]:
    return [dict(r) for r in assistant.db.query(
        f"SELECT * FROM [{_ENTRIES}] WHERE [{_LINK}] = ? ORDER BY line", [key])]


def _kind_words() -> frozenset[str]:
    from assistant.kinds.registry import kind_words

    return frozenset(w for w, _ in kind_words())


def _record(assistant: "Assistant", head: str, word: str) -> str | None:
    """The one record every word of the question (before the amount) names: in its title, or its entries."""
    words = _words(head)
    if not words:
        return None
    best: list[tuple[int, str]] = []
    for row in assistant.db.query(f"SELECT key, title FROM [{_PARENT}]"):
        title = nfkc(str(row["title"] or ""))
        in_title = sum(w in title for w in words)
        if not in_title:
            continue
        text = title + "".join(nfkc(f"{e.get('plan') or ''}{e.get('result') or ''}") for e in _entries(assistant, row["key"]))
        # (「…の導入の進捗状況シートで、R4年度は何社から」: a kind's word, the sheet the entries are, names the part of
        # the document asked of, not the record; it need not be printed in the entries)
        if all(w in text or w in _kind_words() for w in words) and (word in ("合計", "総額") or word in text):
            best.append((in_title, str(row["key"])))
    if not best:
        return None
    top = max(n for n, _ in best)
    chosen = [k for n, k in best if n == top]
    return chosen[0] if len(chosen) == 1 else None


def _by_year(assistant: "Assistant", key: str, word: str) -> tuple[dict[str, tuple[float, str, dict]], list[str]]:
    """Each year's amount (value in yen, as printed, the entry), and the years printing none or several."""
    after = compiled(re.escape(word) + r"(?:額|金額)?\s*[:：]?\s*" + _AMOUNT)
    found: dict[str, list[tuple[float, str, dict]]] = {}
    order: list[str] = []
    for e in _entries(assistant, key):
        year = str(e.get("year") or "")
        if not year:
            continue
        if year not in order:
            order.append(year)
        text = nfkc(str(e.get("result") or ""))
        if word in ("合計", "総額"):
            hits = list(after.finditer(text))
        elif word in text:
            hits = list(compiled(_AMOUNT).finditer(text))
        else:
            continue
        for m in hits:
            number = float(m.group(1).replace(",", ""))
            found.setdefault(year, []).append((number * _SCALE[m.group(2)], f"{m.group(1)}{m.group(2)}", e))
    sure: dict[str, tuple[float, str, dict]] = {}
    unsure: list[str] = []
    for year in order:
        values = found.get(year, [])
        if len({v for v, _, _ in values}) == 1:
            sure[year] = values[0]
        else:
            unsure.append(year)
    return sure, unsure


def _same_year(printed: str, said: str) -> bool:
    a, b = find_years(printed), find_years(said)
    return bool(a and b) and a[0].fiscal_year == b[0].fiscal_year


def _title(assistant: "Assistant", key: str) -> tuple[dict, str]:
    rows = list(assistant.db.query(f"SELECT * FROM [{_PARENT}] WHERE key = ?", [key]))
    row = dict(rows[0]) if rows else {"key": key}
    return row, f"{row.get('code', '')} {row.get('title') or ''}".strip()


def _excerpt(entry: dict) -> dict:
    return {"key": entry.get("key"), "kind": _ENTRIES, "field": "result", "source": entry.get("source"),
            "line": entry.get("line"), "text": str(entry.get("result") or "")}


def _answer(assistant, q, question, key, word, value, summary, entries, label, year: int | None = None) -> Answer:
    row, _ = _title(assistant, key)
    assistant._entry_figure = (assistant._turn, key, word, year)
    understood = [{"field": _LINK, "op": "=", "value": key, "label": f"{row.get('code', '')} {row.get('title') or ''}".strip()},
                  {"field": "result", "op": "figure", "value": word, "label": label}]
    return Answer(question=question, target="passage", status="search", count=1, rows=[row],
                  excerpts=[_excerpt(e) for e in entries], value=value,
                  summary=summary + "（進捗状況シートの取組結果の欄から読んだ値です。抜粋で確かめてください）。",
                  understood=understood, query=q.to_dict())


def _year_of(sure: dict, said: str) -> str | None:
    return next((y for y in sure if _same_year(y, said)), None)


def _one_year(assistant, q, question, key, word, year_said) -> Answer | None:
    sure, unsure = _by_year(assistant, key, word)
    year = _year_of(sure, year_said)
    if year is None:
        return None
    _, name = _title(assistant, key)
    value, printed, entry = sure[year]
    number = float(printed.split("千")[0].split("万")[0].split("億")[0].rstrip("円").replace(",", ""))
    return _answer(assistant, q, question, key, word, int(number) if number.is_integer() else number,
                   f"{name} の{year}の{word}額は {printed} です", [entry], f"{year}の{word}額を答える", _fiscal(year))


def _change(assistant, q, question, key, word, later: int, base: int, asked: re.Match) -> Answer | None:
    """The later year's amount less the base year's, in the unit both print (None when they differ or a year
    prints no single amount). 「何円減った」 of a fall answers the fall; the direction is always said."""
    sure, _ = _by_year(assistant, key, word)
    a = next((y for y in sure if _fiscal(y) == later), None)
    b = next((y for y in sure if _fiscal(y) == base), None)
    if a is None or b is None:
        return None
    unit_a, unit_b = (re.sub(r"[\d,.]", "", sure[y][1]) for y in (a, b))
    if unit_a != unit_b:
        return None
    diff = (sure[a][0] - sure[b][0]) / _SCALE[unit_a]
    diff = int(diff) if float(diff).is_integer() else round(diff, 4)
    _, name = _title(assistant, key)
    way = "増えました" if diff > 0 else "減りました" if diff < 0 else "変わりません"
    # (「R5とR6の差は」 says no direction: the gap, a positive number; the summary says which way it went)
    value = -diff if asked.group("down") else abs(diff) if asked.groupdict().get("diff") else diff
    return _answer(assistant, q, question, key, word, value,
                   f"{name} の{word}額は {b} が {sure[b][1]}、{a} が {sure[a][1]} で、{a}は{b}より {abs(diff):,}{unit_a} {way}",
                   [sure[b][2], sure[a][2]], f"{a}の{word}額 − {b}の{word}額", _fiscal(a))


# 「何パーセント増減した」「増減率は」: the change between two years over the earlier year's amount.
_PCT_CHANGE = compiled(r"何\s*(?:パーセント|[%％])\s*(?:の)?\s*(?:増減|増加|減少|増え|減っ|伸び|変化|変わ|上が|下が)|(?:増減|変化|伸び|増加|減少)率")


def _pct_change(assistant, q, question, key, word, later: int, base: int) -> Answer | None:
    """(later − base) ÷ base in percent, of amounts both years print (None when a year prints no single amount)."""
    sure, _ = _by_year(assistant, key, word)
    a = next((y for y in sure if _fiscal(y) == later), None)
    b = next((y for y in sure if _fiscal(y) == base), None)
    if a is None or b is None or not sure[b][0]:
        return None
    pct = round((sure[a][0] - sure[b][0]) / sure[b][0] * 100, 2)
    _, name = _title(assistant, key)
    way = "増加" if pct > 0 else "減少" if pct < 0 else "変化なし"
    return _answer(assistant, q, question, key, word, pct,
                   f"{name} の{word}額は {b} が {sure[b][1]}、{a} が {sure[a][1]} で、{b}から{a}へ {abs(pct):g}% {way}です",
                   [sure[b][2], sure[a][2]], f"（{a}の{word}額 − {b}の{word}額）÷ {b}の{word}額", _fiscal(a))


def _ratio(assistant, q, question, key, word, later, base) -> Answer | None:
    sure, _ = _by_year(assistant, key, word)
    a, b = _year_of(sure, later), _year_of(sure, base)
    if a is None or b is None or not sure[b][0]:
        return None
    _, name = _title(assistant, key)
    ratio = sure[a][0] / sure[b][0]
    return _answer(assistant, q, question, key, word, ratio,
                   f"{name} の{word}額は {a} が {sure[a][1]}、{b} が {sure[b][1]} で、{a}は{b}の {ratio:.4g} 倍です",
                   [sure[a][2], sure[b][2]], f"{a}の{word}額 ÷ {b}の{word}額")


def _extreme(assistant, q, question, key, word, low, rank: int = 1, amount_asked: bool = False) -> Answer | None:
    """The year of the largest (smallest, or the rank-th) amount, or that year's amount when the amount is asked.
    A year whose amount cannot be read as one leaves a rank below the first unsaid (it might stand above it)."""
    sure, unsure = _by_year(assistant, key, word)
    if len(sure) < max(2, rank) or (rank > 1 and unsure):
        return None
    ordered = sorted({v for v, _, _ in sure.values()}, reverse=not low)
    if rank > len(ordered):
        return None
    pick = ordered[rank - 1]
    years = [y for y, (v, _, _) in sure.items() if v == pick]
    _, name = _title(assistant, key)
    listed = "、".join(f"{y} {p}" for y, (_, p, _) in sure.items())
    gap = f"。{'・'.join(unsure)}は{word}の額が一つに読めないため比べていません" if unsure else ""
    way = "小さい" if low else "大きい"
    extreme = f"最も{way}" if rank == 1 else f"{rank}番目に{way}"
    printed = sure[years[0]][1]
    if amount_asked:
        number = float(re.sub(r"[^\d.]", "", printed.split("千")[0].split("万")[0].split("億")[0]))
        value = int(number) if number.is_integer() else number
        return _answer(assistant, q, question, key, word, value,
                       f"{name} の{word}額が{extreme}のは {'・'.join(years)} で、その額は {printed} です（{listed}{gap}）",
                       [sure[y][2] for y in years], f"{word}額が{extreme}年度の額", _fiscal(years[0]))
    return _answer(assistant, q, question, key, word, years[0] if len(years) == 1 else None,
                   f"{name} の{word}額が{extreme}のは {'・'.join(years)}（{printed}）です（{listed}{gap}）",
                   [sure[y][2] for y in years], f"{word}額が{extreme}年度")


def _record_shown(assistant, word: str) -> str | None:
    """The one record the answer before showed (its sheet or itself), when its entries print the word."""
    shown = {str(r.get(_LINK) or r.get("key") or "") for r in (getattr(assistant, "context_rows", None) or [])}
    shown = {k for k in shown if k.startswith(f"{_PARENT}:")}
    if len(shown) != 1:
        return None
    key = shown.pop()
    text = "".join(nfkc(f"{e.get('plan') or ''}{e.get('result') or ''}") for e in _entries(assistant, key))
    return key if word in text else None


def _fiscal(label: str) -> int | None:
    found = find_years(label)
    return found[0].fiscal_year if found else None


def _listed(assistant, q, question, key, word) -> Answer | None:
    """Every year's amount, as printed (a year printing none or several said, never guessed)."""
    sure, unsure = _by_year(assistant, key, word)
    if len(sure) < 2:
        return None
    _, name = _title(assistant, key)
    listed = "、".join(f"{y} {p}" for y, (_, p, _) in sure.items())
    gap = f"。{'・'.join(unsure)}は{word}の額が一つに読めません" if unsure else ""
    answer = _answer(assistant, q, question, key, word, None, f"{name} の年度ごとの{word}額は {listed} です{gap}",
                     [e for _, _, e in sure.values()], f"年度ごとの{word}額")
    answer.count = len(sure)
    return answer


def _total(assistant, q, question, key, word, said) -> Answer | None:
    """The amounts of the years said (「R2〜R6」; every year when none is) added up; None when a year in the
    range prints none, or several (the total would be a guess)."""
    sure, unsure = _by_year(assistant, key, word)
    said_years = sorted({y.fiscal_year for y in find_years(said)})
    if len(said_years) == 1:
        return None
    low, high = (said_years[0], said_years[-1]) if said_years else (None, None)

    def within(label: str) -> bool:
        fy = _fiscal(label)
        return low is None or (fy is not None and low <= fy <= high)

    chosen = {y: v for y, v in sure.items() if within(y)}
    if len(chosen) < 2 or any(within(y) for y in unsure):
        return None
    if low is not None and {_fiscal(y) for y in chosen} != set(range(low, high + 1)):
        return None  # (a year of the range printing no amount: the total would leave it out)
    units = {re.sub(r"[\d,.]", "", p) for _, p, _ in chosen.values()}
    total = sum(v for v, _, _ in chosen.values())
    unit = units.pop() if len(units) == 1 else "円"
    value = total / _SCALE[unit]
    value = int(value) if float(value).is_integer() else round(value, 4)
    _, name = _title(assistant, key)
    listed = " + ".join(f"{y} {p}" for y, (_, p, _) in chosen.items())
    span = f"{next(iter(chosen))}〜{list(chosen)[-1]}"
    return _answer(assistant, q, question, key, word, value,
                   f"{name} の{span}の{word}額の合計は {value:,}{unit} です（{listed}）",
                   [e for _, _, e in chosen.values()], f"{span}の{word}額の合計")
