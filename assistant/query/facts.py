"""Answers from the structure of documents no kind was written for (the generic kind's records).

A progress page of another city says 「No.R3-4 電子申請の拡充（所管課：情報政策課）」 and
「C:進捗に課題あり … 7項目(8.2%)」; staff ask 「電子申請の拡充の所管課は？」 and 「C評価は何項目？」.
The generic loader keeps such lines as records (item, table_row, count_fact) whose field names are
the document's own labels. This module answers three shapes of question over them:

* the value of a labelled field of a named item or table row (title fuzzy-matched with rapidfuzz,
  label matched against the labels read from the data, with its short forms);
* a count the document states (「C評価は何項目？」「未達成は何件？」);
* the items whose field holds a value (「情報政策課が所管する項目は？」), or how many there are.

One entry, `answer_from_generic`; it returns None whenever the question is not clearly about these
records, and the regular engine answers as before. Every meaningful word of the question must be
used by the match (title, label, value, count word) or be found in the answering document;
otherwise the answer is `partial` and says which words it could not use. A record of one document
never answers for another: candidates come from the documents the question names, and a value is
always read from the record that matched.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.store.places import place_of
from assistant.text.normalize import nfkc, notation_key
from assistant.query.compiled import compiled
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

# The search form of the records' titles, labels and values, computed once per string (every
# question compares them all).
_key = lru_cache(maxsize=1 << 16)(notation_key)

_KINDS = ("item", "table_row", "count_fact")

# 「何件」「何項目」「いくつ」「件数は」: a question asking how many.
_COUNT_Q = compiled(r"何(?:件|項目|個|事業|施策|団体|施設|か所|箇所|ヶ所|人|名|校|本|回|社)|いくつ|幾つ|件数|項目数|数は|何取組")
# Words that would turn the question into a condition these records cannot express (a negation, a
# range, a comparison): such questions are left to the regular engine.
_UNSUPPORTED = compiled(r"ない|なかっ|ず(?:に|、|。|,|\?|$)|以外|除[くいけ]|以上|以下|未満|超え|より[多少高低上下]|上がっ|下がっ|平均|合計|最も|一番|いちばん")
# Scaffolding of questions: question words, counting words, light verbs, politeness.
_SCAFFOLD = {
    "何", "件", "項目", "いくつ", "幾つ", "数", "件数", "どれ", "どこ", "誰", "どの", "どんな", "なに", "教える",
    "知る", "ある", "する", "いる", "なる", "れる", "られる", "くださる", "下さる", "ます", "です", "だ",
    "もの", "こと", "一覧", "全て", "すべて", "全部", "の", "とき", "ところ", "方", "ほう", "中", "うち",
    "評価", "記載", "資料", "文書", "書く", "載る", "ため", "よう", "見せる", "示す", "挙げる", "言う",
    "取組", "取り組み", "事業", "値", "名称", "名前", "つく",  # 「について」 is つく in Sudachi
    "出る",  # 「意見はいくつ出ていますか」: what was said, not a word to find
    "対する",  # 「教育部に対する監査指摘」: of whom, said by the word before it
    "いう",  # 「…、というリスク」: what the rows are said to be, no condition
}
_ACCORDING = {"よる", "因る", "拠る", "依る"}
# Labels naming the unit responsible for an item: 所管課, 担当課, 担当部署, 主管課, 所管部署, 担当課名 …
# A document prints one of them per item, and they all say which office answers for it, so a question
# using one may be answered from another when the item has exactly one such field (and says so).
_OFFICE_LABEL = compiled(r"^(?:所管|担当|主管|所属|実施|責任)?(?:課|部署|部局|部|局|室|係|課室|課所|機関)(?:名|等)?$|"
                           r"^(?:所管|担当|主管|所属|実施|責任)(?:課|部署|部局|部|局|室|係|課室|課所|機関)?(?:名|等)?$")
_OFFICE_WORD = compiled(r"(?:所管|担当|主管)(?:課|部署|部局|部|局|室|係)?(?:名)?|(?:所属|実施|責任)(?:課|部署|部局|部|局|室|係)(?:名)?")
# Units a count of one kind of thing is said in (何社 is answered in 社, 何人 in 人 or 名), never by a count of
# 件: the units a question may ask that no other count stands for.
_OWN_UNITS = {"社": {"社"}, "人": {"人", "名"}, "名": {"人", "名"}, "校": {"校"}, "回": {"回"}, "本": {"本"},
              "施設": {"施設"}, "か所": {"か所", "箇所", "ヶ所", "カ所"}, "箇所": {"か所", "箇所", "ヶ所", "カ所"},
              "ヶ所": {"か所", "箇所", "ヶ所", "カ所"}}
# 「割合は」「何%」: the share a count fact states beside its count.
_PERCENT_Q = compiled(r"割合|比率|構成比|何\s*[%％]|何パーセント")
# 「A」「A:計画どおり」「A(目標を達成)」: a grade letter and its wording.
_GRADE_LABEL = compiled(r"^([A-Z]{1,2})(?:\s*[:：]\s*(.*)|\s*[(（]([^()（）]*)[)）])?$")
_GRADE_WORD = compiled(r"(?<![A-Za-z])([A-Za-z]{1,2})(?![A-Za-z])")
# ◎ ○ △ ×: grades printed as symbols (「◎ 2件」), a label of one character.
_SYMBOL_GRADE = compiled(r"[◎○〇△▲×✕●□■☆★]")
_FUZZY_TITLE = 86  # rapidfuzz partial_ratio: a title written a little differently (送り仮名, の)


@dataclass
class _Entity:
    """An item or a table row: something with a name and labelled values."""

    kind: str
    key: str
    source: str
    line: int
    number: str
    title: str
    heading: str
    fields: dict[str, str]
    text: str
    name_cell: str = ""  # for a table row, the header of the cell that named it
    other_names: tuple[str, ...] = ()  # a table row's other columns that name it (品目名 beside 事業名)


@dataclass
class _Match:
    """A record or passage a question names: its answer and how the question said it."""
    answer: Answer
    spans: list[tuple[int, int]]  # parts of the normalised question the match used
    context: str  # normalised text the answer's records sit in (headings, titles, the document)
    strong: bool  # named exactly (a title or value written as in the document)
    sources: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)  # the titles or values that named the records


# The words a question names a document by its kind with (「会議録で」「議事録の」).
_PAPER_KIND = compiled(r"会議録|議事録|答申|広報|報告書")


def answer_from_generic(db: IndexReader, question: str, parsed: Query) -> Answer | None:
    """The answer from generic records when the question is clearly about them, else None."""
    present = {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)", _KINDS).fetchall()}
    if not present:
        return None  # only documents of dedicated kinds: nothing to add (and no cost)
    # (and a dedicated kind's document keeping the counts its text states as the generic reader does: a bulletin's
    # items, newsletter/issues.py)
    counted = " OR source IN (SELECT DISTINCT source FROM count_fact)" if "count_fact" in present else ""
    rows = db.execute(f"SELECT source, title, sha256 FROM documents WHERE kind = 'generic'{counted}").fetchall()
    docs = {r[0]: (r[1] or r[0], r[2] or "") for r in rows}
    if not docs:
        return None
    qn = _key(question)
    places = _places(question)
    sources = set(docs)
    if places:
        # A named city or plan scopes the answer to the documents that mention it, and only those.
        sources = {s for s in docs if all(_key(p) in _document_text(db, docs[s][1]) for p in places)}
        if not sources:
            return None
    scoped = bool(places)
    used_places = [(qn.find(_key(p)), qn.find(_key(p)) + len(_key(p)))
                   for p in places if _key(p) in qn]
    counting = bool(_COUNT_Q.search(nfkc(question)) or _PERCENT_Q.search(nfkc(question)))
    strategies = (_count_fact, _listing, _field_value) if counting else (_field_value, _listing)
    # Every shape that matches is tried; the one that uses the most of the question wins (「進捗がA
    # の取組は何件？」 is a listing by 進捗, not the count of grade A), the earlier one on a tie.
    matches = [m for strategy in strategies
               if (m := strategy(db, question, qn, present, sources, docs, counting)) is not None]
    if not matches:
        return None
    match = min(matches, key=lambda m: len(_unused(m, question, qn, used_places, docs)))
    paper = [w for w in _PAPER_KIND.findall(qn) if any(w in _key(docs[s][0]) for s in sources)]
    if paper and match.sources and not any(w in _key(docs[s][0]) for w in paper for s in match.sources):
        return None  # 「会議録で、…」: the document named by its kind is not the one whose record matched
    strong = match.strong and not any(_in_dedicated(db, name) for name in match.names)
    if not scoped and _engine_target(db, parsed) and _unused(match, question, qn, used_places, docs):
        # Nothing names this document, the regular engine has records the question may be about
        # (「…連携事業」), and the match leaves words over: the engine answers.
        return None
    if not scoped and not strong and _engine_can_answer(db, parsed, question):
        return None
    if _named_dedicated_record(parsed) or _unsupported(qn, match.spans + used_places):
        return None
    if _opinions_of(db, question, parsed, match.sources, match.names):
        return None  # (「スポーツ協会について出た意見は？」: the paper's opinions on it answer, not the item naming it)
    if _classed_opinions(db, question, parsed, match.sources):
        return None  # (「要望の意見を出して」: the paper's opinions of that class, tagged 【要望】 or in its 区分 column)
    return _settle(match, question, qn, used_places, docs)


# The words a question asks for opinions with (「…について出た意見」「…への指摘」)
_OPINION_WORD = compiled(r"意見|指摘|提言")


def _opinions_of(db, question: str, parsed: Query, sources: set[str], names: list[str]) -> bool:
    """Whether the question asks for opinions (comments) on what the match named, and a document matched holds
    opinions saying they are on it (their bracket, 「（対象団体：02 スポーツ協会）」): the engine's comments answer,
    not that document's items. (A tally of the opinions by their class, 区分 │ 件数, still answers 「【評価】の意見は
    何件」: the class is no thing an opinion is on.)"""
    said = [_key(n) for n in names if len(_key(n)) >= 2]
    if parsed.target != "comment" or not sources or not said or not _OPINION_WORD.search(nfkc(question)):
        return False
    # (the comment table has a column of each field some comment holds: no cited_as where none says what it is on)
    if "cited_as" not in {r[1] for r in db.execute("PRAGMA table_info(comment)").fetchall()}:
        return False
    marks = ",".join("?" * len(sources))
    on = [_key(str(r[0] or "")) for r in db.execute(
        f"SELECT cited_as FROM comment WHERE source IN ({marks})", sorted(sources)).fetchall()]
    return any(n in c for n in said for c in on)


def _classed_opinions(db, question: str, parsed: Query, sources: set[str]) -> bool:
    """Whether the question asks for opinions of a class the paper gives them (excerpt_class: a tag 【要望】 over its
    numbered opinions, the 区分 column of the table going on with them) and a document matched holds opinions of that
    class: the engine's comments of that class answer, not the table holding only some of them."""
    if parsed.target != "comment" or not sources or not _OPINION_WORD.search(nfkc(question)):
        return False
    if "excerpt_class" not in {r[1] for r in db.execute("PRAGMA table_info(comment)").fetchall()}:
        return False
    marks = ",".join("?" * len(sources))
    classes = {_key(str(r[0] or "")) for r in db.execute(
        f"SELECT DISTINCT excerpt_class FROM comment WHERE source IN ({marks})", sorted(sources)).fetchall()}
    qn = _key(question)
    return any(c and c in qn for c in classes)


# 「12,450.00」「1,500」「3.5」: a figure printed with its thousands commas or decimals (a cell of 延床面積).
_PRINTED_NUMBER = compiled(r"[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")


def _printed_number(value):
    """A field's value that is a figure as printed (「12,450.00」) is that number (12450), as a table's is;
    any other value stays the text printed."""
    text = nfkc(str(value)).strip() if isinstance(value, str) else ""
    if not _PRINTED_NUMBER.fullmatch(text):
        return value
    number = float(text.replace(",", ""))
    return int(number) if number.is_integer() else number


# ---------------------------------------------------------------------------------- strategies
def _field_value(db, question, qn, present, sources, docs, counting) -> _Match | None:
    """「電子申請の拡充の所管課は？」: the named item's field whose label the question says."""
    if counting:
        return None
    best: list[tuple[float, tuple[int, int], _Entity]] = []
    for ent in _entities(db, present, sources):
        for header, name in _names_of(ent):
            score, span = _title_score(_key(name), qn)
            if score >= _FUZZY_TITLE:
                named = ent if header == ent.name_cell else replace(ent, title=name, name_cell=header)
                best.append((score + len(_key(name)) / 100, span, named))
        numbered = _number_span(ent.number, qn)
        if numbered is not None:
            best.append((100 + len(_key(ent.number)) / 100, numbered, ent))
    if not best:
        return None
    best.sort(key=lambda t: -t[0])
    top = best[0][0]
    chosen = [(s, span, e) for s, span, e in best if s == top]
    answers = []
    for score, span, ent in chosen:
        found = _label_in(ent, qn, span)
        if found is None and _number_span(ent.number, qn) == span:
            # 「No.R3-4は何？」「R3-4の取組名は？」: named by its number, asked for its name.
            asked = _NAME_Q.search(qn, span[1]) or _NAME_Q.search(qn[:span[0]])
            if asked:
                found = ("名称", ent.title, asked.span(), "")
        if found is not None:
            answers.append((span, ent, found))
    if not answers:
        return None
    span, ent, (label, value, lspan, via) = answers[0]
    values = {v for _, _, (_, v, _, _) in answers}
    rows = [_entity_row(e, lab, v) for _, e, (lab, v, _, _) in answers]
    doc_title = docs[ent.source][0]
    answer = Answer(question=question, target=ent.kind, rows=rows, count=len(rows),
                    columns=["number", "title", "field", "value", "heading"])
    used = [span, lspan]
    if len(values) == 1:
        answer.value = _printed_number(value)
        era = re.fullmatch(r"(?:昭和|平成|令和|大正)(?:\d{1,2}|元)年", nfkc(value).strip())
        if era and "西暦" in qn and (years := find_years(nfkc(value).strip(), calendar=True)):
            # 「西暦何年」 of 昭和47年: the same year said in the western calendar
            answer.value = years[0].fiscal_year
            answer.notes.append(f"{value}を西暦に直して {years[0].fiscal_year}年 と答えました")
            # (「西暦で教えてください」: the calendar asked, which the answer used)
            western = re.search(r"西暦\s*(?:で|だと|では|に直すと|にすると)?", qn)
            if western is not None:
                used.append(western.span())
        name = f"{ent.number} {ent.title}".strip() if ent.kind == "item" else ent.title
        where = doc_title + (f"、{ent.heading}" if ent.heading and ent.heading != doc_title else "")
        place = place_of(db.conn, ent.source, ent.line)
        where += f"、{place}" if place else ""
        answer.summary = f"{name} の{label}は {value} です（{where}）。"
        if (label, value) == ("名称", ent.title):
            answer.summary = f"{ent.number} は「{value}」です（{where}）。"
        if top < 100:
            answer.notes.append(f"質問の「{_question_part(question, qn, span)}」を「{ent.title}」と読みました")
        if via:
            answer.notes.append(f"この項目に「{via}」の欄はないため、同じく担当の部署を示す「{label}」の値を答えました")
    else:
        listed = "、".join(f"{r['value']}（{r['source']} {_at(db, r['source'], r['line'])}）" for r in rows[:5])
        answer.caveat = f"同じ名称の記載が{len(rows)}か所にあり、値が異なります。市町村名や資料名で絞ってください。"
        answer.summary = f"同じ名称の記載が{len(rows)}か所にあり、値が異なります: {listed}。1つに絞れないため一覧で示します。"
        answer.status = "partial"  # which one is meant the question does not say
    answer.excerpts = [_excerpt(ent)]
    context = " ".join(_key(x) for x in (ent.heading, ent.text, doc_title))
    strong = top >= 100  # the title as the document writes it
    return _Match(answer, used, context, strong, {e.source for _, e, _ in answers},
                  [_key(e.title) for _, e, _ in answers])


def _listing(db, question, qn, present, sources, docs, counting) -> _Match | None:
    """「情報政策課が所管する項目は？」: the items (and table rows) whose field holds the named value."""
    found: dict[str, list[tuple[_Entity, str, str]]] = {}
    said_by_verb: dict[str, tuple[int, int]] = {}
    for ent in _entities(db, present, sources):
        for label, value in ent.fields.items():
            if label == ent.name_cell:
                continue
            for part in _parts(value):
                pn = _key(part)
                if len(pn) >= 2 and pn in qn and not pn.isdigit() and not _in_title_word(qn, pn, docs[ent.source][0]) \
                        and not _titles_another(pn, ent.source, sources, docs) and not _inside_compound(qn, pn):
                    found.setdefault(pn, []).append((ent, label, value))
                elif (verbed := _said_by_verb(pn, qn)) is not None:
                    found.setdefault(pn, []).append((ent, label, value))
                    said_by_verb[pn] = verbed
    said_with_label: dict[str, tuple[int, int]] = dict(said_by_verb)
    worded = ""  # the grade's wording the question said instead of its letter
    if not found:
        # A short value (B, 済) names nothing alone: it counts only right after its label (進捗がB).
        for ent in _entities(db, present, sources):
            for label, value in ent.fields.items():
                vn = _key(_grade_of(value))
                if label == ent.name_cell or not vn or len(vn) > 3 or vn not in qn:
                    continue
                for form in _label_forms(label):
                    if form not in qn:
                        continue
                    # 進捗がB, 評価はC; or the letter first: A評価
                    m = re.search(re.escape(form) + r"(?:が|は|の|=|:|で)?" + re.escape(vn) + r"(?![a-z0-9])", qn) \
                        or re.search(r"(?<![a-z0-9])" + re.escape(vn) + re.escape(form), qn)
                    if m:
                        found.setdefault(vn, []).append((ent, label, value))
                        said_with_label[vn] = m.span()
                        break
    if not found:
        # 「未達成の取組は？」 where the document prints grades as letters and says what each means
        # (「C（未達成） 1項目」「C:進捗に課題あり」): the wording names the letter.
        # The longest wording said decides (概ね計画どおり is not 計画どおり), found or not.
        for wording, letter in _grade_wordings(db, present, sources).items():
            at = qn.find(wording)
            if at < 0:
                continue
            for ent in _entities(db, present, sources):
                for label, value in ent.fields.items():
                    if label != ent.name_cell and _key(_grade_of(value)) == letter:
                        found.setdefault(letter, []).append((ent, label, value))
                        said_with_label[letter] = (at, at + len(wording))
                        worded = qn[at:at + len(wording)]
            break
    if not found:
        return None
    value_n = max(found, key=len)
    hits = found[value_n]
    vstart = qn.find(value_n)
    spans = [said_with_label.get(value_n, (vstart, vstart + len(value_n)))]
    # A label the question also says (所管 → 所管課) keeps only the records where that field holds it.
    labels = {label for _, label, _ in hits}
    said = [(lab, sp) for lab in labels if (sp := _label_span(lab, qn, spans[0])) is not None]
    if said:
        lab, sp = max(said, key=lambda t: t[1][1] - t[1][0])
        hits = [h for h in hits if h[1] == lab]
        spans.append(sp)
    seen: set[str] = set()
    unique = [h for h in hits if not (h[0].key in seen or seen.add(h[0].key))]
    unique = _without_glosses(unique)
    rows = [_entity_row(e, lab, v) for e, lab, v in unique]
    ent0, lab0, _ = unique[0]
    value_shown = next((p for p in _parts(unique[0][2]) if _key(p) == value_n), _grade_of(unique[0][2]))
    if worded:
        value_shown = f"{_grade_of(unique[0][2])}（{worded}）"
    what = "項目" if all(e.kind == "item" for e, _, _ in unique) else "記載"
    answer = Answer(question=question, target=ent0.kind, rows=rows, count=len(rows),
                    columns=["number", "title", "field", "value", "heading"])
    label_text = lab0 if len({lab for _, lab, _ in unique}) == 1 else "記載"
    names = "、".join(f"{r['number']} {r['title']}".strip() for r in rows[:5]) + (" ほか" if len(rows) > 5 else "")
    answer.summary = f"{label_text}が{value_shown}の{what}は {len(rows)}件です（{names}）。"
    if counting:
        answer.value = len(rows)
        tallied = _tallied_figure(unique, qn)
        if tallied is not None:
            # 「【評価】の意見は何件」 over a tally (区分 │ 件数 │ 意見番号 over 評価 │ 5件 │ …): the count its row
            # prints, not how many rows hold the word (one)
            figure, header = tallied
            answer.value = answer.count = figure
            answer.summary = f"{label_text}が{value_shown}の{header}は {figure}{_COUNT_Q.search(nfkc(question)).group(0)[1:]}です（{names}）。"
    answer.excerpts = [_excerpt(e) for e, _, _ in unique[:3]]
    context = " ".join(_key(x) for e, _, _ in unique for x in (e.heading, docs[e.source][0]))
    return _Match(answer, spans, context, True, {e.source for e, _, _ in unique}, [value_n])


# 「集中管理へ移管」: where to, then a verbal noun of two kanji
_WHERE_DONE = re.compile(r"(?P<where>[一-龥ぁ-んァ-ヶー()（）]{2,16}?)(?:へ|に)(?P<act>[一-龥])[一-龥]")


def _said_by_verb(value_n: str, qn: str) -> tuple[int, int] | None:
    """「集中管理に移す予定の車」 for the value 「集中管理へ移管」: the place said, then a verb written with the verbal
    noun's first kanji (移す of 移管), as staff say a plan; its span in the question, else None."""
    m = _WHERE_DONE.fullmatch(value_n)
    if m is None:
        return None
    said = re.search(re.escape(m.group("where")) + r"(?:へ|に)" + re.escape(m.group("act"))
                     + r"[ぁ-ん]{1,3}(?:予定|つもり|こと)?", qn)
    return said.span() if said else None


def _without_glosses(hits: list[tuple[_Entity, str, str]]) -> list[tuple[_Entity, str, str]]:
    """「集中管理へ移管」 held by three vehicles of a ledger and by a sheet explaining each 方針 (今後の方針 │ 内容): a
    row of nothing but the value, first, and what it means after it is a gloss of the value, no thing holding it;
    dropped where rows holding more than that hold the value too. (名称 │ 所管課 names its thing first: no gloss)"""
    def gloss(ent: _Entity, label: str) -> bool:
        return len(ent.fields) == 2 and next(iter(ent.fields)) == label and ent.name_cell != label
    kept = [h for h in hits if not gloss(h[0], h[1])]
    return kept if kept else hits


def _tallied_figure(hits: list, qn: str) -> tuple[int, str] | None:
    """(figure, header) when the one record found is a tally's row holding one count in the unit the question counts
    in (何件 over 件数 │ 5件), else None."""
    asked = re.search(r"何(件|人|名)", qn)
    if not asked or len(hits) != 1:
        return None
    ent, label, _ = hits[0]
    figure = re.compile(r"(\d[\d,]*)\s*" + asked.group(1))
    found = [(h, m) for h, v in ent.fields.items() if h not in (label, ent.name_cell) and re.search(r"数$", nfkc(h))
             and (m := figure.fullmatch(nfkc(str(v or "")).strip()))]
    if len(found) != 1:
        return None
    return int(found[0][1].group(1).replace(",", "")), found[0][0]


def _inside_compound(qn: str, pn: str) -> bool:
    """Whether every place the question says a value's part is inside a longer word of kanji on both sides (運営 of
    「水道事業運営審議会」, a part 運営 of 「整備・運営」): that word is something else, not the value."""
    return all(0 < m.start() and m.end() < len(qn) and re.match(r"[一-龥]", qn[m.start() - 1])
               and re.match(r"[一-龥]", qn[m.end()]) for m in re.finditer(re.escape(pn), qn))


def _titles_another(pn: str, source: str, sources: set[str], docs: dict) -> bool:
    """「令和7年度の電子申請、全部で何件」 over a tool column holding 電子申請 in one document while another
    document is titled by that word (「電子申請の利用状況」): the word names that document, not a cell value
    of this one (a count of cells holding it would answer another question)."""
    if pn in _key(docs[source][0]):
        return False
    return any(s != source and pn in _key(docs[s][0]) for s in sources)


def _in_title_word(qn: str, pn: str, title: str) -> bool:
    """「監査の指摘事項を見たい」 over items whose 指摘区分 is 指摘: the value said only inside a longer word of
    the document's title (指摘事項 of 「…指摘事項及び措置状況」) names the document, not the value."""
    title_n = _key(title or "")
    spans = [m.span() for m in re.finditer(re.escape(pn), qn)]
    if not spans or not title_n:
        return False
    for a, b in spans:
        left = re.search(r"[一-龥]*$", qn[:a]).group(0)
        right = re.match(r"[一-龥]*", qn[b:]).group(0)
        word = left + pn + right
        if len(word) == len(pn) or word not in title_n:
            return False
    return True


def _asks_another_cell(qn: str, fact: dict) -> bool:
    """「令和5年度の採用者数は」 where the count is a table row's first number (令和5年度 | 計画目標職員数 1,490 |
    … | 採用者数 46): the question names another column of that row, whose value is asked, not the count."""
    pairs = re.findall(r"(?:^| / )([^:/]{2,30}): ([^/]*)", str(fact.get("text") or ""))
    if len(pairs) < 3:
        return False
    for label, value in pairs:
        lk = _key(re.sub(r"\s*[(（][^()（）]*[)）]\s*", "", label))
        number = re.sub(r"[,\s]", "", value)
        if number == str(fact.get("count")):
            continue
        if len(lk) >= 3 and lk in qn:
            return True
        # (「鵆ノ森市 │ 人口１万人当たり」 over two header rows, joined 鵆ノ森市人口1万人当たり: the lower label, the end
        # of the joined one, is what the question says, 「消防の人口１万人当たり職員数は」)
        if any(lk[i:] in qn for i in range(1, len(lk) - 3)):
            return True
    return False


def _names_another_title(qn: str, a: int, b: int, source: str, docs: dict) -> bool:
    """「行政改革推進計画で」 where a count's label (推進計画 10項目, in the committee's minutes) is the end of
    the word the question names another document by (上越市行政改革推進計画 進捗報告): the word is that
    document's title, no count said."""
    while a > 0 and re.match(r"[一-龥ァ-ヶー]", qn[a - 1]):
        a -= 1
    while b < len(qn) and re.match(r"[一-龥ァ-ヶー]", qn[b]):
        b += 1
    word = qn[a:b]
    return any(word in _key(title) for s, (title, _) in docs.items() if s != source) \
        and word not in _key(docs.get(source, ("", ""))[0])


def _count_fact(db, question, qn, present, sources, docs, counting) -> _Match | None:
    """「C評価は何項目？」「未達成は何件？」: a count the document states, with its heading."""
    if "count_fact" not in present:
        return None
    facts = [dict(r) for r in db.query(
        f"SELECT key, source, line, label, count, count_unit AS unit, percent, heading, text FROM count_fact "
        f"WHERE source IN ({','.join('?' * len(sources))}) ORDER BY source, line", sorted(sources))]
    grades = {g.upper(): m.span() for m in _GRADE_WORD.finditer(nfkc(question)) for g in [m.group(1)]
              if not _count_word_letter(question, m)}
    scored: list[tuple[int, tuple[int, int], dict]] = []
    for f in facts:
        label = str(f["label"] or "")
        g = _GRADE_LABEL.match(nfkc(label))
        best = (0, (0, 0))
        rest = _key(g.group(2) or g.group(3) or "") if g else ""
        if g and g.group(1) in grades:
            pos = _position_of_letter(qn, g.group(1).lower())
            best = (10, pos)
            if rest and rest in qn:
                at = qn.find(rest)
                best = (10 + len(rest), (min(pos[0], at), max(pos[1], at + len(rest))))
        elif g and len(rest) >= 2 and rest in qn:
            at = qn.find(rest)  # the grade's wording without its letter (概ね計画どおり)
            best = (len(rest), (at, at + len(rest)))
        elif not g:
            ln = _key(label)
            bare = re.sub(r"\s*[(（][^()（）]*[)）]$", "", ln)
            if ln not in qn and len(bare) >= 2 and bare != ln:
                ln = bare  # 「計画以上（◎） 3項目」: its wording said without the mark
            if (len(ln) >= 2 or _SYMBOL_GRADE.fullmatch(ln)) and ln in qn:
                at = qn.find(ln)
                best = (len(ln), (at, at + len(ln)))
                if _names_another_title(qn, at, at + len(ln), f["source"], docs):
                    best = (0, (0, 0))
        if best[0] and _asks_another_cell(qn, f):
            continue
        if best[0]:
            scored.append((best[0], best[1], f))
    if not scored:
        return None
    # 「職員提案、何件採用された」: of two labels the question says, the one said beside its counting word (何件採用,
    # 採用は何件) is what is counted; the other only says whose.
    asked_at = [m.span() for m in _COUNT_Q.finditer(qn)]
    if asked_at and len({_key(str(f["label"] or "")) for _, _, f in scored}) > 1:
        def beside(f: dict) -> bool:
            ln = _key(str(f["label"] or ""))
            return any(qn.startswith(ln, b) or re.search(re.escape(ln) + r"(?:は|が|を|の)?$", qn[:a]) for a, b in asked_at)
        scored = [(s + (1 if beside(f) else 0), sp, f) for s, sp, f in scored]
    top = max(s for s, _, _ in scored)
    chosen = [(span, f) for s, span, f in scored if s == top]
    if grades and not any(g in nfkc(str(f["label"] or "")).upper() for _, f in chosen for g in grades):
        # 「実施計画、評価Cの取組は何件？」: the grade said is no part of the count found (実施計画 14項目);
        # that count is of all the rows, not of those graded C.
        return None
    if len({_key(str(f["label"] or "")) for _, f in chosen}) > 1 and len({sp for sp, _ in chosen}) > 1:
        return None  # 「廃止か統合」: two counts the question joins, not one count printed twice; the rows answer
    (a, b), _ = chosen[0]
    if re.match(r"(?:か|または|もしくは|や)[一-龥ァ-ヶA-Za-z◎○△×]", qn[b:]) or re.search(r"[一-龥ァ-ヶA-Za-z◎○△×](?:か|または|もしくは|や)$", qn[:a]):
        return None  # 「廃止か統合」 with one of them stated: the count of either is the rows'
    # Words of the question found in some facts' headings choose among them (令和5年度, 全体).
    covered = [chosen[0][0]]
    words = [w for w in _content_words(question) if not _covered(_key(w), qn, covered)]
    for w in words:
        wn = _key(w)
        for where in ("heading", "text"):
            narrowed = [(sp, f) for sp, f in chosen if wn in _key(f[where] or "")]
            if narrowed and len(narrowed) < len(chosen):
                chosen = narrowed
                break
    # The counting word of the question (何項目) picks the facts counted in that unit (7項目 over C:0).
    asked = _COUNT_Q.search(nfkc(question))
    unit = asked.group(0)[1:] if asked and asked.group(0).startswith("何") else ""
    if unit and any(f["unit"] == unit for _, f in chosen):
        chosen = [(sp, f) for sp, f in chosen if f["unit"] == unit]
    elif unit in _OWN_UNITS and not any(str(f["unit"] or "") in _OWN_UNITS[unit] for _, f in chosen):
        return None  # 「何社」 asked, only a count of 件 found (「契約1件」): a count of something else
    distinct = {(f["count"], f["unit"]) for _, f in chosen}
    span, f = chosen[0]
    rows = [{"key": r["key"], "label": r["label"], "count": r["count"], "count_unit": r["unit"], "percent": r["percent"],
             "heading": r["heading"], "source": r["source"], "line": r["line"], "text": r["text"]} for _, r in chosen]
    answer = Answer(question=question, target="count_fact", rows=rows,
                    columns=["label", "count", "count_unit", "percent", "heading"])
    share = _PERCENT_Q.search(nfkc(question))
    if share and len(distinct) == 1 and f["percent"] is None:
        return None  # a share the document does not state is not ours to compute
    if len(distinct) == 1:
        answer.value = answer.count = int(f["count"])
        pct = f"（{_pct(f['percent'], f['text'])}%）" if f["percent"] is not None else ""
        where = f"「{f['heading']}」の" if f["heading"] else ""
        answer.summary = (f"{where}「{f['label']}」は {f['count']}{f['unit'] or '件'}{pct}です"
                          f"（{docs[f['source']][0]} {_at(db, f['source'], f['line'])}）。")
        if share:
            answer.value = float(f["percent"])
            answer.summary = (f"{where}「{f['label']}」の割合は {_pct(f['percent'], f['text'])}%（{f['count']}{f['unit'] or '件'}）です"
                              f"（{docs[f['source']][0]} {_at(db, f['source'], f['line'])}）。")
    else:
        listed = "、".join(f"{r['heading'] or r['source']}: {r['count']}{r['count_unit']}" for r in rows[:6])
        answer.summary = (f"「{f['label']}」の件数は見出しごとに{len(distinct)}通り記載されています（{listed}）。"
                          "どれを指すか質問で見出しを挙げてください。")
        answer.count = len(rows)
        answer.status = "partial"  # several figures shown, none claimed (the summary says so first): never exact
    answer.excerpts = [{"key": r["key"], "source": r["source"], "line": r["line"], "text": r["text"],
                        "field": "count_fact", "highlights": []} for r in rows[:3]]
    context = " ".join(_key(f"{r['heading']} {r['text']} {docs[r['source']][0]}") for r in rows)
    strong = top > 10 or (top >= 3 and top != 10)
    spans = [span]
    asked_span = _COUNT_Q.search(qn) or _PERCENT_Q.search(qn)
    if asked_span:
        spans.append(asked_span.span())
    return _Match(answer, spans, context, strong, {r["source"] for r in rows})


# ---------------------------------------------------------------------------------- settling
def _unused(match: _Match, question: str, qn: str, used: list[tuple[int, int]], docs) -> list[str]:
    """The question's meaningful words that the match neither used nor finds in its document."""
    spans = match.spans + used
    context = match.context + " " + " ".join(_key(docs[s][0]) for s in match.sources)
    out = []
    for word in _content_words(question):
        wn = _key(word)
        if wn and not _covered(wn, qn, spans) and wn not in context and not _verb_in_kango(wn, context):
            out.append(word)
    return out


def _verb_in_kango(word: str, context: str) -> bool:
    """「減らす」 over 「80人を削減して」: a verb of one kanji and its kana is said by the document with a
    compound of that kanji (削減, 増加, 延長) in the record answering."""
    stem = re.fullmatch(r"([一-龥])[ぁ-ん]{1,4}", word)
    return bool(stem) and bool(re.search(rf"[一-龥]{stem.group(1)}|{stem.group(1)}[一-龥]", context))


def _settle(match: _Match, question: str, qn: str, used: list[tuple[int, int]], docs) -> Answer:
    """Status and caveat: a word neither matched nor found in the answering document is unused."""
    answer = match.answer
    unused = _unused(match, question, qn, used, docs)
    answer.unused = unused
    answer.understood = [{"field": "source", "op": "in", "value": sorted(match.sources),
                          "label": "文書: " + "、".join(docs[s][0] for s in sorted(match.sources))}]
    if unused:
        answer.status = "partial"
        answer.caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。"
        answer.summary = answer.caveat + answer.summary
    elif answer.status not in ("partial", "search"):  # (two values for one name stay partial; figures to choose from, search)
        answer.status = "exact"
    answer.notes.append("専用の読み取り規則がない文書の記載（番号付きの項目・表・件数）から答えています")
    return answer


_DEDICATED_TEXT: dict[str, str] = {}  # sha256 → the search form of a dedicated kind's document


def _document_text(db, sha: str) -> str:
    """A document's text in search form, read once per content (documents are keyed by their hash)."""
    norm = _DEDICATED_TEXT.get(sha)
    if norm is None:
        if len(_DEDICATED_TEXT) > 64:
            _DEDICATED_TEXT.clear()
        row = db.execute("SELECT t.text FROM document_texts t JOIN documents d USING (source)"
                         " WHERE d.sha256 = ?", [sha]).fetchone()
        norm = _DEDICATED_TEXT[sha] = _key((row[0] if row else "") or "")
    return norm


def _in_dedicated(db, name_n: str) -> bool:
    """Whether a document of a dedicated kind also says this title or value (then the regular engine,
    which knows that document's records, keeps questions that do not name a city)."""
    for (sha,) in db.execute("SELECT sha256 FROM documents WHERE kind != 'generic'").fetchall():
        if name_n and name_n in _document_text(db, sha):
            return True
    return False


def _unsupported(qn: str, spans: list[tuple[int, int]]) -> bool:
    """A negation, range or comparison outside what the match used (「所管しない」): these records
    cannot express it, and an answer without it would be confidently wrong."""
    rest = list(qn)
    for a, b in spans:
        rest[a:b] = ["\0"] * (b - a)
    return bool(_UNSUPPORTED.search("".join(rest)))


def _engine_target(db, parsed: Query) -> str:
    """The dedicated kind the question was read as asking for, when the index has its records."""
    target = parsed.target
    if target in ("", "passage") and any(c.field.startswith("@") for c in parsed.conditions):
        target = "practice"  # what the engine assumes for a bare condition
    if target in ("", "passage", "doc", *_KINDS):
        return ""
    known = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [target]).fetchone()
    return target if known and db.execute(f"SELECT 1 FROM [{target}] LIMIT 1").fetchone() else ""


def _engine_can_answer(db, parsed: Query, question: str) -> bool:
    """Whether the regular engine has records of the kind the question was read as asking for, with
    a condition beyond words (「C評価は何項目？」 over a plan report's 総合評価). A department the
    parser corrected to another name (情報政策課 → 情報政策室) is no such condition: the question
    said a name those records do not have."""
    said = nfkc(question)
    conditions = [c for c in parsed.conditions if c.field != "text" and not (
        c.field == "@dept" and not any(n and n in said for n in _names(c.value)))]
    target = parsed.target
    if target in ("", "passage") and any(c.field.startswith("@") for c in conditions):
        target = "practice"  # what the engine assumes for a bare condition
    if target in ("", "passage", *_KINDS):
        return False
    if not conditions and not parsed.value_field:
        return False
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [target]).fetchone()) \
        and bool(db.execute(f"SELECT 1 FROM [{target}] LIMIT 1").fetchone())


def _names(value) -> list[str]:
    from assistant.query.lexicon import strip_bureau

    if isinstance(value, dict):
        value = value.get("names", [])
    values = value if isinstance(value, list) else [value]
    return [strip_bureau(nfkc(str(v))) for v in values]


def _named_dedicated_record(parsed: Query) -> bool:
    """The question names a record of a dedicated kind by its title: the regular engine answers."""
    return any(c.field.startswith("@title:") for c in parsed.conditions)


# ---------------------------------------------------------------------------------- helpers
_ENTITY_CACHE: dict[tuple, list[_Entity]] = {}


def _entities(db, present: set[str], sources: set[str]) -> list[_Entity]:
    """The items and table rows of the documents, read once per index content: the key holds the
    documents' hashes, so a rebuilt index is read again."""
    shas = tuple(r[0] for r in db.execute(
        f"SELECT sha256 FROM documents WHERE source IN ({','.join('?' * len(sources))}) ORDER BY source",
        sorted(sources)).fetchall())
    key = (id(db), tuple(sorted(sources)), shas, tuple(sorted(present)))
    cached = _ENTITY_CACHE.get(key)
    if cached is None:
        if len(_ENTITY_CACHE) > 32:
            _ENTITY_CACHE.clear()
        cached = _ENTITY_CACHE[key] = _read_entities(db, present, sources)
    return cached


def _read_entities(db, present: set[str], sources: set[str]) -> list[_Entity]:
    marks = ",".join("?" * len(sources))
    out: list[_Entity] = []
    if "item" in present:
        for r in db.query(f"SELECT key, source, line, number, title, heading, fields, text FROM item "
                          f"WHERE source IN ({marks}) ORDER BY source, line", sorted(sources)):
            out.append(_Entity("item", r["key"], r["source"], r["line"], r["number"] or "", r["title"] or "",
                               r["heading"] or "", _json(r["fields"]), r["text"] or ""))
    if "table_row" in present:
        rows = [dict(r) for r in db.query(f"SELECT key, source, line, [table], cells, text FROM table_row "
                                          f"WHERE source IN ({marks}) ORDER BY source, line", sorted(sources))]
        for r in rows:
            r["cells"] = _json(r["cells"])
        naming = _naming_columns(rows)
        coded = _code_columns(rows)
        for r in rows:
            cells = r["cells"]
            names = [h for h in naming.get((r["source"], tuple(cells)), []) if cells.get(h)]
            name_cell = names[0] if names else _name_cell(cells)
            if not name_cell:
                continue
            code = coded.get((r["source"], tuple(cells)), "")
            number = cells.get(code) or next((v for k, v in cells.items() if re.fullmatch(r"[A-Za-z]{0,3}[\d\-.]+", v)), "")
            out.append(_Entity("table_row", r["key"], r["source"], r["line"], number, cells[name_cell],
                               r["table"] or "", cells, r["text"] or "", name_cell, tuple(names[1:])))
    return out


def _code_columns(rows: list[dict]) -> dict[tuple, str]:
    """For each table whose first numbering column is a bare serial (No. 1, 2 …) beside a column of printed
    codes headed as such (管理番号 R5-3-01): that column, which the rows are called by (serial_or_code.py)."""
    from assistant.query.tables.serial_or_code import code_over_serial

    # (a row leaves its blank cells out: the rows of one table are those numbered under the same header)
    tables: dict[tuple, list[dict]] = {}
    for r in rows:
        first = next((h for h, v in r["cells"].items() if re.fullmatch(r"[A-Za-z]{0,3}[\d\-.]+", v or "")), "")
        tables.setdefault((r["source"], first), []).append(r)
    out: dict[tuple, str] = {}
    for (source, first), members in tables.items():
        headers = list(dict.fromkeys(h for r in members for h in r["cells"]))
        code = code_over_serial(headers, members, first, "", lambda h: bool(_CODE_HEADS.search(nfkc(h).lower())))
        if code != first:
            out.update({(source, tuple(r["cells"])): code for r in members})
    return out


# The header of a column of the rows' own codes: 番号, 管理番号, No., コード, ID.
_CODE_HEADS = compiled(r"番号|^no\.?$|^№$|^#$|(?:記号|符号|コード|こーど|code|id)$")


def _naming_columns(rows: list[dict]) -> dict[tuple, list[str]]:
    """For each table (a document's rows under one header), the columns that name its rows: text
    whose values differ from row to row (取組名), not a 区分 column repeating a few values."""
    tables: dict[tuple, list[dict]] = {}
    for r in rows:
        tables.setdefault((r["source"], tuple(r["cells"])), []).append(r["cells"])
    out: dict[tuple, list[str]] = {}
    for key, cells in tables.items():
        naming = []
        for header in key[1]:
            values = [c.get(header, "") for c in cells if c.get(header)]
            if values and all(_name_cell({header: v}) for v in values) and len(set(values)) == len(values):
                naming.append(header)
        # An office column (担当課) whose values happen to differ names who answers for a row, not the row.
        named = [h for h in naming if not _OFFICE_LABEL.match(nfkc(h))]
        out[key] = named or naming
    return out


def _name_cell(cells: dict[str, str]) -> str:
    """The header of the cell that names a table row: the first cell of text (not a number, not a
    grade letter), as the row's title."""
    for header, value in cells.items():
        v = nfkc(value)
        if len(v) >= 3 and not re.fullmatch(r"[\d\s,.%％\-A-Za-z()]+", v):
            return header
    return ""


def _names_of(ent: _Entity) -> list[tuple[str, str]]:
    """(header, name) the entity may be called by: an item's title; a table row's naming cells."""
    if ent.kind != "table_row":
        return [("", ent.title)] if ent.title else []
    return [(ent.name_cell, ent.title)] + [(h, ent.fields[h]) for h in ent.other_names]


# The name of a record asked for: 「…は何？」「…の名称は」「…の取組名」.
_NAME_Q = compiled(r"(?:取組|事業|項目|施策)?(?:名称|名前|名|たいとる)|何|なに")


def _number_span(number: str, qn: str) -> tuple[int, int] | None:
    """Where the question says an item's number: R3-4 or 1-1 as they are, a bare 3 only as No.3."""
    nn = _key(number)
    if not nn or nn not in qn:  # (every item's number is tried: most are not in the question)
        return None
    distinct = bool(re.search(r"[a-z]", nn) or "-" in nn)
    pattern = (r"(?:no\.?)?" if distinct else r"no\.?") + re.escape(nn)
    m = re.search(rf"(?<![a-z0-9\-]){pattern}(?![0-9\-])", qn)
    return m.span() if m else None


def _title_score(title_n: str, qn: str) -> tuple[float, tuple[int, int]]:
    if len(title_n) < 3:
        return 0.0, (0, 0)
    at = qn.find(title_n)
    if at >= 0:
        return 100.0, (at, at + len(title_n))
    if len(title_n) < 5 or len(title_n) > len(qn):
        return 0.0, (0, 0)
    from rapidfuzz import fuzz

    aligned = fuzz.partial_ratio_alignment(title_n, qn)
    if aligned is None or aligned.score < _FUZZY_TITLE:
        return 0.0, (0, 0)
    # A title written a little differently differs in kana (の, 送り仮名), not in what it names: the
    # kanji and letters of the question's words are the title's (公共施設再配置 for 公共施設の再配置,
    # never 電子申請の推進 for 電子申請の拡充).
    said = _content_chars(qn[aligned.dest_start:aligned.dest_end])
    title = _content_chars(title_n)
    if not said or not said <= title or len(said) < 0.8 * len(title):
        return 0.0, (0, 0)
    return aligned.score, (aligned.dest_start, aligned.dest_end)


def _question_part(question: str, qn: str, span: tuple[int, int]) -> str:
    """The words of the question behind a span of its search form (for notes)."""
    return qn[span[0]:span[1]]


def _content_chars(text: str) -> set[str]:
    return set(re.findall(r"[一-龥々a-z0-9]", text))


# 「何年に建てられた」「西暦何年に建設された」: the year asked by the verb of a field of years (建 of 建築年).
_YEAR_OF_VERB = compiled(r"(?:西暦)?(?:で)?何年(?:ごろ|頃)?に\s*([一-龥])[ぁ-ん一-龥]{0,6}?(?:た|れ|る)")


def _label_in(ent: _Entity, qn: str, title_span: tuple[int, int]):
    """(label, value, span in the question, the word said when a near-synonym was used) of the
    field the question names, or None."""
    said = []
    asked_years = _years(qn)
    for label, value in ent.fields.items():
        if label == ent.name_cell or not value:
            continue
        label_years = _years(_key(label))
        if asked_years and label_years and not label_years & asked_years:
            continue  # 「令和4年度の実績」 is not the column 令和5年度の実績
        span = _label_span(label, qn, title_span)
        if span is not None:
            said.append((span[1] - span[0], label, value, span))
    if said:
        _, label, value, span = max(said, key=lambda t: t[0])
        if any(sp == span and v != value for _, _, v, sp in said):
            return None  # 「実績」 said, 令和4年度実績 and 令和5年度実績 printed: not one value
        return label, value, span, ""
    rest = qn[:title_span[0]] + "\0" * (title_span[1] - title_span[0]) + qn[title_span[1]:]
    verb = _YEAR_OF_VERB.search(rest)
    if verb:
        # 「西暦何年に建てられた」: the field of years (昭和47年) whose label the verb opens (建築年)
        dated = [(lab, v) for lab, v in ent.fields.items() if lab != ent.name_cell and v
                 and _key(lab).startswith(verb.group(1)) and re.fullmatch(r"[^\d]{0,2}\d{1,4}年", nfkc(v).strip())
                 and find_years(nfkc(v).strip(), calendar=True)]
        if len(dated) == 1:
            return dated[0][0], dated[0][1], verb.span(), ""
    word = _OFFICE_WORD.search(rest)
    if word:
        offices = [(lab, v) for lab, v in ent.fields.items()
                   if lab != ent.name_cell and v and _OFFICE_LABEL.match(nfkc(lab))]
        if len(offices) == 1:
            return offices[0][0], offices[0][1], word.span(), word.group(0)
    return None


def _label_span(label: str, qn: str, avoid: tuple[int, int]) -> tuple[int, int] | None:
    """Where the question says a label or its short form (担当部名 → 担当部, 所管課 → 所管)."""
    for form in _label_forms(label):
        start = 0
        while (at := qn.find(form, start)) >= 0:
            end = at + len(form)
            if end <= avoid[0] or at >= avoid[1]:
                return at, end
            start = at + 1
    return None


def _years(text_n: str) -> set[str]:
    """The fiscal years a search-form text names, as 令和 numbers: 令和5年度 / r5 → {"5"}, 2023年度 → {"5"}."""
    out = {("1" if n == "元" else str(int(n))) for n in re.findall(r"(?:令和|r)\s*(\d{1,2}|元)(?![0-9])", text_n)}
    out |= {str(int(y) - 2018) for y in re.findall(r"(?<![0-9])(20[1-9]\d)\s*年度", text_n)}
    return out


_YEAR_PREFIX = compiled(r"^(?:令和|平成|R|H)?\s*(?:\d{1,4}|元)\s*年度?\s*(?:の)?\s*")


@lru_cache(maxsize=4096)
def _label_forms(label: str) -> tuple[str, ...]:
    """A label as users may say it, longest first: 担当部名 → 担当部, 所管課 → 所管."""
    ln = _key(label)
    forms = [ln]
    # 事業費(千円) → 事業費, 目標(令和7年度) → 目標: the parenthesis says the unit or the year.
    bare = _key(re.sub(r"\s*[(（][^()（）]*[)）]\s*", "", nfkc(label)))
    if bare and bare != ln and len(bare) >= 2:
        forms.append(bare)
    # 令和5年度の実績 → 実績: the year a column is of (the question may say it elsewhere, or not at all;
    # two columns of different years are then both said, and _label_in answers neither).
    yearless = _key(_YEAR_PREFIX.sub("", re.sub(r"\s*[(（][^()（）]*[)）]\s*", "", nfkc(label))))
    if yearless and yearless not in forms and len(yearless) >= 2:
        forms.append(yearless)
    forms.extend(_two_row_forms(bare or ln))
    # 町の負担額 → 町負担額, 町負担 (「町負担の合計」): the の between two words dropped, and the 額 after them
    # (「町の負担額（千円）令和６年度」 of a two-row header: the year after it kept)
    for form in list(forms):
        joined = re.fullmatch(r"([一-龥]{1,4})の([一-龥]{2,4})((?:令和|平成)\d{1,2}年度)?", form)
        if joined:
            short = joined.group(1) + joined.group(2)
            year = joined.group(3) or ""
            forms += [f + year for f in (short, short[:-1] if short.endswith("額") and len(short) >= 4 else "")
                      if f and f + year not in forms]
    # 「１便当たり 利用者数」 (over two header lines) → 1便当たりの利用者数: the per-what said with の, as users say it
    forms += [f for f in (re.sub(r"(当たり|あたり)(?=[一-龥ァ-ヶ])", r"\1の", form) for form in list(forms)) if f not in forms]
    # 合計 of a table of scores (審査員Ａ〜Ｅ │ 合計) → 合計点 (「合計点が一番高い」): the total said as points
    if ln == "合計":
        forms += ["合計点", "合計得点"]
    # 令和5年度 担当課評価 → 担当課の評価 (its year said apart): a judgement named by who gave it, said with の between
    owned = re.fullmatch(r"([一-龥]{2,4}?)((?:自己|一次|二次)?(?:評価|意見|所見|判定))", yearless or ln)
    if owned and f"{owned.group(1)}の{owned.group(2)}" not in forms:
        forms.append(f"{owned.group(1)}の{owned.group(2)}")
    for suffix in ("名称", "名", "等", "欄"):
        if ln.endswith(suffix) and len(ln) - len(suffix) >= 2:
            forms.append(ln[: -len(suffix)])
        # 令和5年度 指定管理者名 → 指定管理者 (「…の令和5年度の指定管理者は」: the year said apart)
        if yearless != ln and yearless.endswith(suffix) and len(yearless) - len(suffix) >= 3 \
                and yearless[: -len(suffix)] not in forms:
            forms.append(yearless[: -len(suffix)])
    if _OFFICE_LABEL.match(nfkc(label)):
        if len(ln) == 2:  # 担当 → 担当課 (「…の担当課は」): the office word the question says is this label
            forms[:0] = [ln + office for office in ("部署", "部局", "課", "部", "室")]
        elif len(ln) >= 3:
            forms.append(ln[:2])  # 所管課 → 所管 (「情報政策課が所管する」)
            # 担当課 → 担当してる課 (「研修を担当してる課はいくつ」): the office said by the verb of its role
            if re.fullmatch(r"[一-龥]{2}(?:部署|部局|課|部|室)", ln):
                forms[:0] = [ln[:2] + verb + ln[2:] for verb in ("している", "してる", "する")]
    return tuple(forms)


def _two_row_forms(label: str) -> list[str]:
    """A column named by two header rows, 補助率 over 見直し後 (read as 「補助率見直し後」), as users say it:
    「見直し後の補助率」「補助率の見直し後」. Every split is tried (the rows' boundary is not kept); a form
    only counts where the question says it whole."""
    if len(label) < 4 or len(label) > 16 or "の" in label or re.search(r"\d", label):
        return []
    out = []
    for n in range(2, len(label) - 1):
        top, low = label[:n], label[n:]
        out += [f"{low}の{top}", f"{top}の{low}"]
    return out


# (kept compiled, as the patterns below: these run on every cell of a table read for a question, and re's own
# lookup of a pattern by its text on each call was a part of every question over tables)
_PART_SEP = re.compile(r"[、,，・/／;；\s]+")


def _parts(value: str) -> list[str]:
    parts = [p.strip() for p in _PART_SEP.split(value or "") if p.strip()]
    return [p for p in parts if len(p) <= 30]


def _grade_wordings(db, present: set[str], sources: set[str]) -> dict[str, str]:
    """What each grade printed as a letter or symbol means in these documents, read from their counts
    (「C（未達成） 1項目」) and legends (「◎：計画どおり ○：概ね計画どおり」): {wording: letter}, in
    search form, longest wording first; a wording given to two letters is left out."""
    out: dict[str, str] = {}

    def add(letter: str, wording: str) -> None:
        wording = _key(wording.strip())
        if len(wording) >= 2 and not wording[0].isdigit():
            letter = _key(letter)
            out[wording] = letter if out.get(wording, letter) == letter else ""

    if "count_fact" in present:
        for (label,) in db.execute(f"SELECT DISTINCT label FROM count_fact WHERE source IN "
                                   f"({','.join('?' * len(sources))})", sorted(sources)).fetchall():
            g = _GRADE_LABEL.match(nfkc(str(label or "")))
            if g:
                add(g.group(1), g.group(2) or g.group(3) or "")
    for (sha,) in db.execute(f"SELECT sha256 FROM documents WHERE source IN ({','.join('?' * len(sources))})",
                             sorted(sources)).fetchall():
        for letter, wording in _legend(db, sha):
            add(letter, wording)
    return dict(sorted(((w, g) for w, g in out.items() if g), key=lambda t: -len(t[0])))


# (a 工程表's marks, ■：検討・準備期間 ▶：実施期間, only with a colon: a bare ■ before a word is a bullet)
# (「（単位：千円　△は減額）」: a bare mark said with は means the word after it, 減額, not 「は減額」)
# (Roman numerals of grades, Ⅲ read III in NFKC: three letters or four, 「III（早期措置段階）」)
_LEGEND_RE = compiled(r"(?:^|(?<=[\s、,/／;；:：]))(?:([A-Z]{1,2}|[IVX]{3,4}|[◎○〇△▲×✕]|[■□◆◇▶▷★☆●](?=\s*[:：=＝])|-(?=\s*[:：=＝]))\s*(?:[:：=＝]\s*|[(（])|([◎○〇△▲×✕])[\t ]*(?:は(?=[一-龥]))?)"
                        r"([^\s:：()（）、,/／;；\d][^\s:：()（）、,/／;；]{1,14})")
# A note saying what a mark stands for (※「－」は効果額を算定していない取組項目です).
_MARK_NOTE_RE = compiled(r"「([-－―ー‐]|[◎○〇△▲×✕]|[A-Z]{1,2})」\s*(?:は|:|：)[、,]?\s*"
                           r"([^。、「」]{2,24}?)(?:取組項目|項目|取組|事業|もの|こと|場合)?(?:を(?:示|表|意味)|です|。|$)", re.M)
# The same note with the dash last (成果指標を設定していない事業は「－」). (A letter so, 「総合評価は「A」。」,
# states a value, no legend.)
_MARK_NOTE_AFTER_RE = compiled(r"(?:^|(?<=[。※\s]))([^。、「」\s※:：]{2,24}?)(?:取組項目|項目|取組|事業|もの|こと|場合)?は\s*"
                                 r"「([-－―ー‐])」\s*(?:と(?:表示|表記|記載)(?:しています|している|する)?)?\s*(?:。|$)", re.M)
# A legend listing its grades as letter and wording with a space between, the pairs cut by slashes
# (「評価:S 特に優れている/A 優れている/B 適正である/C 改善を要する」): three pairs or more, so that a
# cell 「A 順調」 is none.
_LEGEND_LIST_RE = compiled(r"(?:[A-Z]\s+[^\s/／、,;；:：\d][^\s/／、,;；:：]{1,14}\s*[/／]\s*){2,}[A-Z]\s+[^\s/／、,;；:：\d][^\s/／、,;；:：]{1,14}")
_LEGEND_PAIR_RE = compiled(r"([A-Z])\s+([^\s/／、,;；:：]+)")
# 「凡例：● 受付開始 ━ 準備（システム設定等）」: a line headed 凡例 pairing marks and wordings with a space only
# (no colon), as a timeline's legend prints them; its lines (━) are marks too.
_LEGEND_HEAD_RE = compiled(r"凡例\s*[:：]?[^\n]*")
_LEGEND_HEAD_PAIR_RE = compiled(r"(?:^|(?<=[\s:：、,/／]))([●○◎〇◆◇■□▲△★☆━─―▬])\s*([^\s:：=＝、,/／●○◎〇◆◇■□▲△★☆━─―▬\d]"
                                r"[^\s:：、,/／●○◎〇◆◇■□▲△★☆━─―▬]{1,40})")
_LEGENDS: dict[str, list[tuple[str, str]]] = {}


def _legend(db, sha: str) -> list[tuple[str, str]]:
    """The (grade, wording) pairs a document's legend lines print (「A：目標を達成 B：概ね達成」)."""
    found = _LEGENDS.get(sha)
    if found is None:
        if len(_LEGENDS) > 64:
            _LEGENDS.clear()
        row = db.execute("SELECT t.text FROM documents d JOIN document_texts t USING (source) WHERE d.sha256 = ?",
                         [sha]).fetchone()
        text = nfkc((row[0] if row else "") or "")
        found = _LEGENDS[sha] = [(m.group(1) or m.group(2), m.group(3)) for m in _LEGEND_RE.finditer(text)
                                 if not _in_a_row(text, m)] \
            + [(m.group(1), m.group(2)) for m in _MARK_NOTE_RE.finditer(text)] \
            + [(m.group(2), m.group(1)) for m in _MARK_NOTE_AFTER_RE.finditer(text)] \
            + [(p.group(1), p.group(2)) for m in _LEGEND_LIST_RE.finditer(text)
               for p in _LEGEND_PAIR_RE.finditer(m.group(0))] \
            + [(p.group(1), p.group(2)) for m in _LEGEND_HEAD_RE.finditer(text)
               for p in _LEGEND_HEAD_PAIR_RE.finditer(m.group(0))]
    return found


def legend_gloss(db, sha: str, letter: str, wording: str) -> str:
    """The wording of a legend's mark with the explanation printed after it in brackets, as the document
    prints it (「× 未達成（取組が遅れている）」 → 「未達成（取組が遅れている）」): what a mark means is
    the whole entry, while the bare wording is what questions call the mark by."""
    row = db.execute("SELECT t.text FROM documents d JOIN document_texts t USING (source) WHERE d.sha256 = ?",
                     [sha]).fetchone()
    text = (row[0] if row else "") or ""
    spaced = r"[\s\u3000]*"
    for mark in {letter, *(c for c in "◯〇○" if letter in "◯〇○"), *(c for c in "×✕" if letter in "×✕")}:
        m = re.search(re.escape(mark) + spaced + r"(?:[:：=＝]" + spaced + r")?" + re.escape(wording)
                      + spaced + r"([(（][^()（）\n]{1,40}[)）])", text)
        if m:
            return wording + m.group(1)
    return wording


def _in_a_row(text: str, m: re.Match) -> bool:
    """A mark in a table row beside the next cell (| 3 | 未利用市有地の売却 | △ | 入札不調1件 |): a grade and
    a remark, no legend. A legend set out as a table (| ◎ | 計画以上 |, or marks and wordings in turn)
    has no other cells."""
    if "\t" not in text[m.start():m.end()]:
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:(text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    marks = sum(bool(_SYMBOL_GRADE.fullmatch(c) or re.fullmatch(r"[A-Z]", c)) for c in cells)
    return len(cells) > 2 and 2 * marks < len(cells)


_GRADE_WITH_WORDING = re.compile(r"^([A-Za-z]{1,2}|[◎○〇△▲×✕])\s*(?:[(（].*[)）]|\s\S.*)$")


def _grade_of(value: str) -> str:
    """「C(遅れている)」「A 順調」 → C: a grade letter with its wording says the letter; other values as they are."""
    m = _GRADE_WITH_WORDING.match(nfkc(value or "").strip())
    return m.group(1) if m else value


def _entity_row(ent: _Entity, label: str, value: str) -> dict:
    # `field` and `value` are the asked label and its value (shown as 項目 and 値).
    return {"key": ent.key, "number": ent.number, "title": ent.title, "field": label, "value": value,
            "heading": ent.heading, "source": ent.source, "line": ent.line}


def _excerpt(ent: _Entity) -> dict:
    return {"key": ent.key, "source": ent.source, "line": ent.line, "text": ent.text, "field": ent.kind,
            "highlights": []}


# The marks documents grade by (◎○△×, ●◆): one said is a value asked for, though Sudachi tags it a symbol.
_MARK_WORD = compiled(r"[◎○〇◯△▲▽×✕✖●■□◇◆★☆]")


def _content_words(question: str) -> list[str]:
    """The question's meaningful words: nouns, verbs, adjectives and prefixes, without scaffolding."""
    from assistant.text.tokenize import morphemes

    out: list[str] = []
    run: list[str] = []  # a compound (令和4年度, 情報政策課) is one word: its parts mean nothing alone

    def flush() -> None:
        word = "".join(run)
        if word and word not in _SCAFFOLD:
            out.append(word)
        run.clear()

    said = list(morphemes(nfkc(question)))
    for n, m in enumerate(said):
        pos = m.part_of_speech()
        surface, base = m.surface(), m.dictionary_form()
        if _MARK_WORD.fullmatch(surface):
            # (「令和9年度に◎だった取組」: a mark said is a grade asked for, a condition; left unread it must show)
            flush()
            out.append(surface)
            continue
        if base in _ACCORDING and (surface.endswith("れ") or n + 1 < len(said) and said[n + 1].surface() in ("と", "ば")):
            flush()  # 「行革だより第8号によると」: where the answer is read (the document is said beside it)
            continue
        # (「新規取組」: an adjectival noun of kanji before a noun is a part of the compound, as a noun is)
        joined = pos[0] == "形状詞" and re.fullmatch(r"[一-龥]{2,}", surface) and n + 1 < len(said) \
            and said[n + 1].part_of_speech()[0] == "名詞" and re.match(r"[一-龥]", said[n + 1].surface())
        if pos[0] in ("名詞", "接頭辞") and pos[1] != "代名詞" or (pos[0] == "接尾辞" and run) or joined:
            if surface.strip() and not re.fullmatch(r"[?？!！、。]+", surface):
                if surface in _SCAFFOLD and not run:
                    continue
                run.append(surface)
                continue
        flush()
        if pos[0] in ("動詞", "形容詞") and pos[1] != "非自立可能" and surface not in _SCAFFOLD \
                and base not in _SCAFFOLD:
            out.append(surface)
        elif pos[0] == "形状詞" and re.fullmatch(r"[一-龥]{2,}", surface) and surface not in _SCAFFOLD \
                and n + 1 < len(said) and said[n + 1].surface() in ("の", "で", "が", "は", "と"):
            # (「新規の取組」: an adjectival noun said as a noun, a value a column may print (備考 │ 新規), means
            # something; left unread it must show, not vanish — 「新たな」「適正な」 said as adjectives stay out)
            out.append(surface)
    flush()
    return out


def _covered(wn: str, qn: str, spans: list[tuple[int, int]]) -> bool:
    start = 0
    while (at := qn.find(wn, start)) >= 0:
        if any(a <= at and at + len(wn) <= b for a, b in spans):
            return True
        start = at + 1
    return False


# A municipality the dictionary may not know (another city's name): a few letters and 市/町/村, not
# the start of 市民/町内/村長 … Used only when some document mentions it.
_MUNICIPALITY_RE = compiled(r"[一-龥ァ-ヶ]{1,5}(?:市|町|村)(?![民役長場内外政区議会営道有立])")


def _places(question: str) -> list[str]:
    from assistant.text.names import place_names

    named = [p for p in place_names(question) if p[-1] in "市町村区郡県府都道"]
    said = nfkc(question)
    for m in _MUNICIPALITY_RE.finditer(said):
        if m.group(0) == "都市":
            continue  # 「都市ガス」「都市計画部」: the common noun, no place
        if m.group(0).endswith("町村") and not any(m.group(0) == p for p in named):
            continue  # 「連携町村」「構成市町村」: the towns and villages of a group, no one place
        # (「鴾ノ里町DX…」 tokenised to 里町: a two-letter place that ends the name written is that name cut short)
        short = [p for p in named if len(p) <= 2 and m.group(0).endswith(p) and m.group(0) != p]
        if short:
            named = [m.group(0) if p in short else p for p in named]
        if not any(m.group(0) in p or p in m.group(0) for p in named):
            named.append(m.group(0))
    return list(dict.fromkeys(named))


def _position_of_letter(qn: str, letter: str) -> tuple[int, int]:
    m = re.search(rf"(?<![a-z]){re.escape(letter)}(?![a-z])", qn)
    if not m:
        return 0, 0
    end = m.end()
    for suffix in ("評価", "判定", "ランク", "区分"):
        if qn.startswith(suffix, end):
            end += len(suffix)
            break
    return m.start(), end


def _count_word_letter(question: str, m: re.Match) -> bool:
    # 「No」「R3」 are not grade letters: a letter followed by a digit names a number or a year.
    tail = nfkc(question)[m.end():m.end() + 1]
    return tail.isdigit() or tail == "."


def _json(value) -> dict:
    if isinstance(value, dict):
        return value
    try:
        loaded = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _at(db, source: str, line: int) -> str:
    """「3ページ」「評価シート!B7」 for a line of a PDF, Excel or Word document, else 「12行目」."""
    return place_of(db.conn, source, line) or f"{line}行目"


def _pct(value, text: str = "") -> str:
    """A share as the document prints it (40.0 stays 40.0), else as short as it goes (8.2, 50)."""
    for printed in re.findall(r"\d+(?:\.\d+)?(?=\s*[%％])", nfkc(text or "")):
        if float(printed) == float(value):
            return printed
    return f"{float(value):g}"
