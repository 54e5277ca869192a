"""A legend giving the words of a status column their meaning (「済：オンライン化済み」「検討中：実施時期未定」):
the questions say the meaning, not the word printed (「オンライン化済みの手続」「まだオンライン化されていない」
「実施時期が決まっていない」), so each meaning, in the forms staff say it, is read as that value."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re
from typing import Callable

from assistant.query.facts import _key
from assistant.query.tables.cells import _EMPTY
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# 「済：オンライン化済み（…）」: a value at the start of a line (a bullet before it), a colon, its meaning
# up to a bracket or a pause.
_ENTRY = compiled(r"^[\s・●○◆◇■□\-－]*(?P<value>[^\s:：()（）]{1,8})\s*[:：]\s*(?P<meaning>[^\s()（）、。,:：]{2,20})")
# 「まだ決まっていない」「未定」: not decided, as a meaning 「実施時期未定」 is said.
_UNDECIDED = r"(?:まだ|いまだ)?(?:未定|決まって(?:い)?ない|決まっておらず|決まっていません|決定して(?:い)?ない|定まって(?:い)?ない)"
# (「され」 only before the negation read after it: 「いつオンライン化されますか」 asks when, no state)
_DONE_FORMS = (r"済み", r"済", r"された", r"されている", r"されてる", r"され(?=て?い?な|ず)", r"した", r"している", r"してる",
               r"が済ん(?:でいる|でる|だ|で(?=い?な))")
_PLANNED_FORMS = (r"を予定", r"予定", r"する予定", r"される予定")

_CACHE: dict[tuple, list[tuple[re.Pattern, str, set[str], str]]] = {}


def legend_words(db, t: Table) -> list[tuple[re.Pattern, str, set[str], str]]:
    """(pattern over the question's search form, the value's search form, the columns printing it, the
    meaning as printed), the longest meaning first, for each value of a column of few words that a line
    of the document defines."""
    key = (id(db), t.source, len(t.rows), tuple(c.header for c in t.columns))
    if key in _CACHE:
        return _CACHE[key]
    if len(_CACHE) > 64:
        _CACHE.clear()
    holders: dict[str, set[str]] = {}
    for c in t.columns:
        if c.numeric or c.header in (t.name, t.number) or c.years_inside:
            continue
        printed = set(printed_cells(t, c.header)) - _EMPTY
        # (a few words, repeated: kinds, not names; or marks alone, 「○」 of a 課 that is only ever a 協力課 in a
        # matrix of ●○, which the legend defines as it does for the columns printing both)
        if (2 <= len(printed) <= 8 or (printed and all(len(v) == 1 and v in _MARK for v in printed))) \
                and len(printed) < len(t.rows):
            for v in printed:
                holders.setdefault(v, set()).add(c.header)
    # (「○＝妥当 △＝要改善 ×＝見直し」 over the members' marks beside a 結論 column printing 見直し: a meaning the
    # table prints as a value of its own is that value when said, not the mark)
    words = {_key(nfkc(str(v or "")).strip()) for r in t.rows for h, v in r["cells"].items()
             if h not in (t.name, t.number)} - {""}
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    out: list[tuple[re.Pattern, str, set[str], str]] = []
    for line in nfkc((row[0] if row else "") or "").splitlines():
        m = _ENTRY.match(line)
        entries = [(m.group("value"), m.group("meaning"))] if m and m.group("value") in holders else _mark_entries(line) \
            or ([(m.group("value"), m.group("meaning"))] if m else [])
        for value, meaning in entries:
            if value not in holders or _key(meaning) == _key(value) or _key(meaning) in words:
                continue
            pattern = _said_forms(_key(meaning))
            out.append((re.compile(pattern), _key(value), holders[value], meaning))
    out.sort(key=lambda e: -len(e[0].pattern))
    _CACHE[key] = out
    return out


# 「凡例：● オンライン申請の開始 ○ システム改修・業務見直し等の準備 ― 対応予定なし」: marks on one line, each
# followed by its meaning (no colon), up to the next mark or a bracket.
_MARK = "●○◎〇△▲×■□◆◇◐◑◒◓◔◕◯▽▼☆★"
# (「○＝実施中 △＝検討中」: an equals sign between the mark and its meaning, no part of the meaning)
_MARK_ENTRY = compiled(rf"([{_MARK}])\s*[=＝]?\s*(?![のはがをにで])([^{_MARK}\s()（）:：、。=＝]{{2,24}})")


# 「【凡例】●：事業開始　→：実施・継続　★：完了予定」: marks each with a colon, several on one line.
_COLON_ENTRY = compiled(r"(?:^|(?<=\s))([^\s:：()（）【】]{1,2})\s*[:：]\s*([^\s()（）、。,:：]{2,20})")


def _mark_entries(line: str) -> list[tuple[str, str]]:
    """The (mark, meaning) pairs of a legend line of two marks or more."""
    bare = re.sub(r"^\s*[【\[]?\s*凡例\s*[】\]]?\s*[:：]?", "", line)
    # (「● 18.4」 of a row of marks and figures is no meaning: a meaning has a word)
    found = [(m, w) for m, w in _MARK_ENTRY.findall(bare) if not re.fullmatch(r"[\d.,%％▲△+\-]+", w)]
    if len(found) < 2 and bare != line:
        found = _COLON_ENTRY.findall(bare)
    return found if len(found) >= 2 else []


def _said_forms(meaning: str) -> str:
    """The meaning as staff say it: 「オンライン化済み」 → オンライン化された, オンライン化され(ていない);
    「オンライン化を予定」 → オンライン化する予定; 「実施時期未定」 → 実施時期が決まっていない, まだ決まっていない."""
    done = re.fullmatch(r"(.{2,}?)(?:済み|済)", meaning)
    if done:
        stem = re.escape(done.group(1))
        return rf"{stem}(?:{'|'.join(_DONE_FORMS)})"
    planned = re.fullmatch(r"(.{2,}?)を?予定", meaning)
    if planned:
        stem = re.escape(planned.group(1))
        return rf"{stem}(?:{'|'.join(_PLANNED_FORMS)})"
    begun = re.fullmatch(r"(.{2,}?)の?(?:開始|スタート)", meaning)
    if begun:
        # 「オンライン申請の開始」: 「オンライン申請が始まる」「オンライン申請を開始する」「始めた」
        stem = re.escape(begun.group(1))
        return rf"{stem}(?:が|を|の)?(?:開始|始ま|始め|はじま|はじめ|スタート)"
    ongoing = re.fullmatch(r"(.{2,}?)中", meaning)
    if ongoing and not ongoing.group(1).endswith(("途", "年", "期")):
        # 「実施中」: 「実施している」「もう実施してる」「実施しており」 (not 途中, 年中: no state of doing)
        stem = re.escape(ongoing.group(1))
        return rf"{stem}(?:中|している|してる|しており|されている|されてる)"
    # 「×：委託不可」「○：委託可能」: 「委託できない」「委託できる」, as staff say what may be done
    barred = re.fullmatch(r"(.{2,}?)不可能?", meaning)
    if barred:
        return rf"{re.escape(barred.group(1))}(?:不可能?|できない|出来ない|できません|できず)"
    allowed = re.fullmatch(r"(.{2,}?)可能", meaning)
    if allowed:
        return rf"{re.escape(allowed.group(1))}(?:可能|できる|出来る|できます)"
    undecided = re.fullmatch(r"(.{2,}?)未定", meaning)
    if undecided:
        return rf"(?:{re.escape(undecided.group(1))}(?:が|は)?)?{_UNDECIDED}"
    made = re.fullmatch(r"(.*[ァ-ヶーぁ-ん]{2,})化", meaning)
    if made:
        # 「一部オンライン化」: said without its 化 too (「一部オンラインだった」)
        return rf"{re.escape(made.group(1))}化?"
    doing = re.fullmatch(r".*?([一-龥]{2})して(?:いる|おり|ある)(?:もの|こと)?", meaning)
    if doing:
        # 「既に計画に記載しているもの」: said as the act done, 「記載済み」「既に記載済みとされた」, where it is left unsaid
        return rf"(?:{_clause_forms(meaning)}|(?:既に|すでに)?{re.escape(doing.group(1))}済み?)"
    return _clause_forms(meaning)


def _clause_forms(meaning: str) -> str:
    """「案を修正しないもの」「意見の一部を反映したもの」: a clause ending in もの is said without it (「案を修正
    しない」とした意見), its を left out (一部反映) and the whose-part before の too (一部を反映した)."""
    # (「意見の一部を反映し、計画を修正するもの」 cut at its pause: the first clause, its verb's stem ending し)
    clause = re.fullmatch(r"(.{3,}?)(?:もの|こと)", meaning) or re.fullmatch(r"(.{3,}?を.{2,}し)", meaning)
    if not clause:
        return re.escape(meaning)
    said = clause.group(1)
    owner = re.match(r"[^のをがは]{1,4}の(?=.{2,}を)", said)
    rest = said[owner.end():] if owner else said
    # (「計画に反映しないもの」: where it goes may be left unsaid, 「反映しないとされた意見」)
    where = re.match(r"[^のをがはに]{1,4}に(?=[^を]{3,}$)", rest)
    rest = rest[where.end():] if where else rest
    pattern = "を?".join(re.escape(part) for part in rest.split("を"))
    # (the verb's ending may be left off: 一部反映 of 一部を反映した; never a negation's: 修正しない stays)
    verb = re.fullmatch(r"(.+?)(した|された|する|し)", pattern)
    if verb:
        pattern = rf"{verb.group(1)}(?:{verb.group(2)})?"
    return (rf"(?:{re.escape(owner.group(0))})?" if owner else "") + \
        (rf"(?:{re.escape(where.group(0))})?" if where else "") + pattern


def read_legend_words(db, t: Table, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """Each meaning said in the question taken as its value (a negation after it is read as for any value);
    none when 「いつ」 is asked (「いつオンライン化される予定？」: the verb of what is asked, no state)."""
    if re.search(r"いつ(?!も|か(?!ら)|つ|の間|でも)", qn):  # (いつから asks when; いつか does not)
        # 「いつからオンライン申請が始まる」: the start the legend's mark says is what 「いつ」 asks the year of
        # (the column of that mark), no condition.
        # (said in any order: 「オンライン申請はいつから始まる」 — the thing begun, said bare, is the filler)
        for _, value, _, meaning in legend_words(db, t):
            stem = re.sub(r"の?(?:開始|スタート)$", "", _key(meaning))
            for m in re.finditer(re.escape(stem), qn) if t.begun_mark and value == _key(t.begun_mark) and len(stem) >= 2 else ():
                if free(*m.span()):
                    take(*m.span(), "filler")
        return
    title = _key(t.doc_title)
    entries = legend_words(db, t)
    for pattern, value, holders, _ in entries:
        for m in pattern.finditer(qn):
            # 「オンライン化済（●）」: the mark restated in brackets after its meaning is the same value
            aside = re.match(r"\s*[(（]\s*([^)）]{1,4}?)\s*[)）]", qn[m.end():])
            end = m.end() + (aside.end() if aside and _key(aside.group(1)) == value else 0)
            if free(m.start(), end) and not _in_title_word(qn, m.start(), m.end(), title):
                take(m.start(), end, "value", (value, set(holders)))
    # 「まだ済じゃなかった」「R6で済になった」: the bare 済 of the one meaning that is a 「…済」 (done) state
    done = [(value, holders) for _, value, holders, meaning in entries if re.fullmatch(r".{2,}?(?:済み|済)", _key(meaning))]
    if len({v for v, _ in done}) == 1:
        for m in re.finditer(r"(?<![一-龥ァ-ヶーa-z0-9])済み?(?![一-龥ァ-ヶー])", qn):
            if free(*m.span()):
                take(*m.span(), "value", (done[0][0], set(done[0][1])))
    for value, holders, words in _worded_meanings(db, t):
        # 「申請はオンラインでできるけれど郵送や来庁が必要になる場合がある」 for 「一部：申請はオンラインで可能だが、
        # 書類の郵送や来庁が必要な場合がある」: a long meaning said in other words, most of its words kept in order.
        spans = []
        at = 0
        for w in words:
            found = qn.find(w, at)
            if found >= 0:
                spans.append((found, found + len(w)))
                at = found + len(w)
        if len(spans) >= 4 and len(spans) * 10 >= 7 * len(words) and all(free(a, b) for a, b in spans):
            take(spans[0][0], spans[-1][1], "value", (value, set(holders)))


# 「（Ａ）」: a value restated in brackets after what the question calls its rows
_BRACKETED = compiled(r"(?P<noun>[一-龥]{2,}|[ァ-ヶー]{2,})\s*[(（]\s*(?P<value>[^()（）\s]{1,4}?)\s*[)）]")
_CLAUSE_PAUSE = compiled(r"[、,。]")


def as_value_restated(db, question: str, tables: list[Table]) -> str:
    """「計画に反映された意見（Ａ）は？」 over 「Ａ：意見を反映し、計画を修正するもの」 → 「Ａの意見は？」: the words before
    the rows' noun say the bracketed value's legend meaning in the asker's words (計画, 反映 are words of it), so
    the value is what they ask, said as any value is (not dropped as the gloss of a name, code_glossed_after_name).
    Words not of the meaning keep the question as it was."""
    text = nfkc(question)
    for m in _BRACKETED.finditer(text):
        value = _key(m.group("value"))
        meanings = [set(words) for t in tables for v, _, words in _worded_meanings(db, t, fewest=2) if v == value]
        if not meanings:
            continue
        pauses = [p.end() for p in _CLAUSE_PAUSE.finditer(text, 0, m.start())]
        said = list(_MEANING_WORD.finditer(text, pauses[-1] if pauses else 0, m.start("noun")))
        if any(all(_key(w.group(0)) in words for w in said) for words in meanings):
            at = said[0].start() if said else m.start("noun")
            return text[:at] + f"{m.group('value')}の{m.group('noun')}" + text[m.end():]
    return question


def _in_title_word(qn: str, a: int, b: int, title: str) -> bool:
    """「ガバメントクラウド移行の工程表で」: a meaning (移行 of ◆) said inside a longer word of the document's
    title names the document, not the mark."""
    left, right = qn[max(0, a - 2):a], qn[b:b + 2]
    joined = any(ch in "のがはをにでとも、,。" for ch in left)
    return (len(left) == 2 and not joined and left + qn[a:b] in title) or (
        len(right) == 2 and not any(ch in "のがはをにでとも、,。" for ch in right) and qn[a:b] + right in title)


# The words of a meaning: runs of kanji or katakana (オンライン, 郵送, 来庁), as the question's search form spells them.
_MEANING_WORD = compiled(r"[一-龥]{2,}|[ァ-ヶー]{2,}")


def _worded_meanings(db, t: Table, fewest: int = 5) -> list[tuple[str, set[str], list[str]]]:
    """(value, the columns printing it, the words of its meaning in order) for each legend line whose meaning
    is a clause of `fewest` words or more (「一部：申請はオンラインで可能だが、書類の郵送や来庁が必要な場合がある」)."""
    holders = {value: set(columns) for _, value, columns, _ in legend_words(db, t)}
    if not holders:
        return []
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    out = []
    for line in nfkc((row[0] if row else "") or "").splitlines():
        m = re.match(r"^[\s・●○◆◇■□\-－]*(?P<value>[^\s:：()（）]{1,8})\s*[:：]\s*(?P<meaning>\S.{8,80})$", line)
        if m is None or _key(m.group("value")) not in holders:
            continue
        words = [_key(w) for w in _MEANING_WORD.findall(m.group("meaning"))]
        if len(words) >= fewest:
            out.append((_key(m.group("value")), holders[_key(m.group("value"))], words))
    return out


def legend_of_row(db, t: Table, row: dict) -> str:
    """「状況は検討中（実施時期未定）」: the row's values the legend explains, said with their meaning (for a
    cell asked that prints only a dash, the reason the row gives for it)."""
    said = []
    for _, value, holders, meaning in legend_words(db, t):
        for h in sorted(holders):
            if _key(nfkc(str(row["cells"].get(h) or "")).strip()) == value:
                said.append(f"{h}は「{nfkc(str(row['cells'][h])).strip()}」（{meaning}）")
    return "、".join(dict.fromkeys(said))


# 「現状欄の「一部オンライン」は、添付書類が不要な場合に限り…申請できることを示す。」: a sentence of the
# document saying what a quoted word means (示す, 表す, 意味する, いう, 指す).
_DEFINES = compiled(r"(?:を|と)?(?:示す|示します|示している|表す|表します|表している|意味する|意味します|いう|言う|指す|指します)")


def meaning_in_text(db, sources: list[str], word: str) -> list[tuple[str, str]]:
    """(source, sentence) for each sentence of those documents that quotes the word (「一部オンライン」)
    and says what it means; the word must be quoted, so a sentence merely using it is none."""
    quoted = f"「{nfkc(word).strip()}」"
    found = []
    for source in sources:
        row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        text = nfkc((row[0] if row else "") or "")
        found += [(source, f"{nfkc(word).strip()}：{meaning}") for meaning in _legend_meanings(text, nfkc(word).strip())]
        for sentence in re.split(r"(?<=。)|\n", text):
            at = sentence.find(quoted)
            if at >= 0 and re.match(r"\s*(?:は|とは|って)", sentence[at + len(quoted):]) \
                    and _DEFINES.search(sentence[at + len(quoted):]):
                found.append((source, sentence.strip()))
    return found


def begun_mark(db, t: Table) -> str:
    """The mark the document's legend says is a start (「● オンライン申請の開始」), when its timeline prints
    another mark too (○ for the preparation): "" when no legend says so."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    for line in nfkc((row[0] if row else "") or "").splitlines():
        entries = _mark_entries(line)
        begun = [m for m, meaning in entries if re.search(r"(?:開始|スタート)$", meaning)]
        if len(begun) == 1 and len(entries) >= 2:
            return begun[0]
    return ""


def none_meaning(db, t: Table) -> str:
    """What a legend line of marks says the dash means, when it says there is no plan (「― 対応予定なし」)."""
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [t.source]).fetchone()
    for line in nfkc((row[0] if row else "") or "").splitlines():
        m = re.search(r"[―\-ー—–]\s*([一-龥ァ-ヶー]{0,8}予定(?:なし|無し))", line) if _mark_entries(line) else None
        if m:
            return m.group(1)
    return ""


# 「【凡例】済：電子申請で申請が完結するもの 令和8年度予定：… 対象外：…のもの」: entries on a legend line,
# each a word, a colon and its meaning up to the next entry.
_LEGEND_LINE = compiled(r"^\s*[【\[(（]?\s*凡例\s*[】\])）]?\s*[:：]?")


def _legend_meanings(text: str, word: str) -> list[str]:
    """What a legend line of the text gives the word as its meaning (a line opening with 凡例, or the line
    under it), one per line that defines it."""
    out = []
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if not _LEGEND_LINE.match(line):
            continue
        body = _LEGEND_LINE.sub("", line).strip() or (lines[n + 1].strip() if n + 1 < len(lines) else "")
        entry = re.search(rf"(?:^|(?<=[\s、。,]))({re.escape(word)})\s*[:：]\s*(.+?)(?=\s+[^\s:：]{{1,12}}\s*[:：]|$)", body)
        if entry and len(entry.group(2).strip()) >= 2:
            out.append(entry.group(2).strip())
    return out
