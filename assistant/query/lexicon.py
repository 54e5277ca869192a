"""Known values read from the index (departments, titles, themes, places, ...) for the parser."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:  # either reader; the build passes a sqlite-utils Database
    from assistant.store.reader import IndexReader

import json
import re
from dataclasses import dataclass, field
from functools import cached_property


from assistant.kinds import registry
from assistant.kinds.spec import Field
from assistant.query.compiled import compiled
from assistant.store.schema import record_tables
from assistant.text.normalize import nfkc, notation_key, notation_variants

# A bureau before the section: abbreviated in brackets (「(総)行政監理室」), or named in full before it
# (「総務部 情報政策課」, as an evaluation list prints 所管課): the section is what users name.
_BUREAU_RE = compiled(r"^(?:[(（][^)）]{1,3}[)）]|[^\s()（）]{1,8}(?:部|局|室)\s+(?=[^\s]{2,}(?:課|室|係|センター|所)$))\s*")



# Quotation marks a title prints around a word, which nobody types when naming it.
UNQUOTED = str.maketrans("", "", "「」『』“”\"'")


def strip_bureau(dept: str) -> str:
    """"(総)行政監理室" → "行政監理室" (the abbreviation is kept in data, only ignored for matching)."""
    return _BUREAU_RE.sub("", dept).strip()


def json_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return loaded if isinstance(loaded, list) else [str(loaded)]


def json_object(value) -> dict[str, str]:
    """A stored object such as a joint project's departments (municipality → department)."""
    if isinstance(value, dict):
        return value
    try:
        loaded = json.loads(value) if value else {}
    except (TypeError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


# 「岡山市(H16)・倉敷市(H17)」: one chair per fiscal year.
_CHAIR_YEAR_RE = compiled(r"[(（][^)）]*[)）]")
# The bureau of a department cell (教育委員会, 水道局, 国体・障害者スポーツ大会局), not a section.
_BUREAU_WORD_RE = compiled(r"(?:局|委員会|本部)$")
# A municipality named without its suffix (「倉敷の」) is still that municipality.
_MUNICIPALITY_SUFFIX_RE = compiled(r"(?<=..)[市町村区]$")


def title_pieces(text: str) -> set[str]:
    """The two-character pieces of a text without its kana (particles and okurigana say little)."""
    bare = compiled(r"[ぁ-ゖ\s]").sub("", nfkc(text))
    return {bare[i:i + 2] for i in range(len(bare) - 1)}


@dataclass
class Lexicon:
    """The vocabulary an index holds (kinds, fields, names, titles, values), read once per open index."""
    kinds: set[str] = field(default_factory=set)
    columns: dict[str, set[str]] = field(default_factory=dict)  # kind -> its fields
    departments: dict[str, set[str]] = field(default_factory=dict)  # bare name -> kinds having it
    full_departments: set[str] = field(default_factory=set)  # with bureau prefix, as written
    # (code, source) -> title: two documents of one kind (two cities' plan reports) number their
    # records alike, so a code alone does not say which record a title names.
    initiative_titles: dict[tuple[str, str], str] = field(default_factory=dict)
    practice_titles: dict[tuple[str, str], str] = field(default_factory=dict)
    joint_titles: dict[tuple[str, str], str] = field(default_factory=dict)
    themes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # theme as stored -> words users say
    subcommittees: set[str] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)  # of the joint-project tables: headers and chairs
    # The members a table of marks (○ per member) names in its header: partner bodies (鴨頭市民病院) as well as
    # municipalities. Said in a question about joint projects, one is who takes part, never a word dropped.
    partners: set[str] = field(default_factory=set)
    # What joint-project tables' legends say each member's mark is (「●：実施」「○：実施予定（…）」): mark -> meaning,
    # the marks whose meaning two legends state alike (a mark two legends mean differently is left out).
    member_legend: dict[str, str] = field(default_factory=dict)
    joint_years: set[str] = field(default_factory=set)  # the 今年度 of the joint-project tables (H17), from their titles
    # year label → the states of a column of states that name it (R8 → {"2026年度実施予定"}): a year said
    # with 実施予定 is that state, whatever the table's 今年度
    joint_planned: dict[str, set[str]] = field(default_factory=dict)
    # The documents' titles (大垣市行財政改革推進プラン 取組の成果に関する意見書): a word inside a name they
    # hold (財政 in 行財政改革推進プラン) is part of that name, not a word of its own.
    document_titles: dict[str, str] = field(default_factory=dict)  # source -> title
    document_kind: dict[str, str] = field(default_factory=dict)  # source -> its document kind (joint_projects)
    # source -> the document's opening lines (where a paper names the body that issued it), read when needed.
    read_openings: Callable[[], dict[str, str]] | None = field(default=None, repr=False)
    places: set[str] = field(default_factory=set)
    case_topics: dict[str, str] = field(default_factory=dict)
    program_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (code, source) -> name
    indicator_names: set[str] = field(default_factory=set)  # 広域連携事業の実施件数: may hold a kind word
    years_with_end: list[str] = field(default_factory=list)
    # Words a document calls a kind of its records by, when they are not the kind's own (重点項目 for
    # 取組項目, 進捗管理シート for 進捗状況シート): word -> the kind's label, which questions are read with.
    item_words: dict[str, str] = field(default_factory=dict)
    # The kind of office branch offices share said without their places (県税事務所) -> those offices' names.
    office_kinds: dict[str, set[str]] = field(default_factory=dict)
    # The word a document heads its items' yearly grades with when that is a word of another field (a long
    # list's 進捗, no 進捗度 score): word -> the grades those items hold (達成, 遅れ …). kinds/plan_report/long_list.
    grade_headings: dict[str, set[str]] = field(default_factory=dict)
    # A word of item_words that is also a field of another kind (a case study's 分野): word -> that kind's words,
    # whose saying leaves the word to its field.
    item_word_rivals: dict[str, set[str]] = field(default_factory=dict)
    # The documents printing their groups with no word (「１　…」 rows over the items): 取組 alone is their items.
    unnamed_group_sources: set[str] = field(default_factory=set)
    # The documents whose records a word of item_words calls: word -> (kind, sources).
    item_word_sources: dict[str, tuple[str, set[str]]] = field(default_factory=dict)
    # The documents holding records of a kind that belongs to one so called (a paper's comments): kind -> sources.
    part_sources: dict[str, set[str]] = field(default_factory=dict)
    # The documents holding records that belong to records of another document so called (a plan report's items
    # under the initiatives its committee's paper calls 改革項目, joined in the index): (word, kind) -> sources.
    linked_sources: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # The bare word a paper labels the committee's score with (評価), and the papers that do: word -> sources.
    score_headings: dict[str, set[str]] = field(default_factory=dict)
    # Marks a document prints on records for a year (「R5内容変更」): (fiscal year label, word) -> mark.
    year_marks: dict[tuple[str, str], str] = field(default_factory=dict)
    # Words a kind's year column holds besides fiscal years (a self-evaluation's 「総括」): kind -> words.
    year_words: dict[str, set[str]] = field(default_factory=dict)
    # Field -> the values the index holds of a field whose values are a document's scale of words
    # (Field.closed: 委員会の判定 十分 / 概ね十分 / …).
    closed_values: dict[str, set[str]] = field(default_factory=dict)
    # The stages the index's yearly plans name (検討, 試行, 実施: a practice's r5_plan …), read from its records.
    plan_stages: set[str] = field(default_factory=set)
    # The roles the committees' opinions keep for their members, with what each stands for (「委員（公募町民）」).
    member_roles: set[str] = field(default_factory=set)
    comment_responders: set[str] = field(default_factory=set)  # (the offices answering opinions in minutes)
    comment_answered_sources: set[str] = field(default_factory=set)  # (the minutes printing those replies)
    comment_meetings: set[str] = field(default_factory=set)  # (the meetings a table of opinions names: 第2回)
    comment_meeting_dates: dict[str, str] = field(default_factory=dict)  # (the day each was held: 2025-08-22 → 第2回)
    comment_agendas: set[str] = field(default_factory=set)  # (the agenda items a meeting report's opinions stand under: 議題3)
    comment_codes: set[str] = field(default_factory=set)  # (the record codes a table of opinions names: A-02)
    comment_target_words: set[str] = field(default_factory=set)  # (what a table of opinions calls a target: 分類 of 分類Ⅰ)
    comment_targets: set[str] = field(default_factory=set)  # (the kinds of target a table of opinions names: initiative, practice)
    # Year grade fields some report grades in points (「4」 in its 2025年度 column, a 5段階 legend):
    # 「2025年度に5点」 is that year's grade, not a total.
    point_years: set[str] = field(default_factory=set)
    # The same by record kind, figures too (a group row's mean of its items' points, 3.4, as its year's grade).
    point_years_by_kind: dict[str, set[str]] = field(default_factory=dict)
    # Grades printed as words (達成 / 概ね達成 / 未達成), longest first: a question saying one reads it as a grade
    # (grammar.word_grades).
    grade_words: tuple[str, ...] = ()
    # The letter grades the index holds (A B C D): 「C以下」 reaches D only where some item is graded D.
    letters_held: frozenset[str] = frozenset()
    # How many fiscal years the reports grade their items in, each (4 for R2–R5 and for R4–R7 alike).
    years_graded: set[int] = field(default_factory=set)
    # The fiscal years each plan report grades its items in, in order (source → (R2, R3, R4, R5)), with
    # the report's title: what 「初年度」「直近」「ここ2年」 say.
    graded_years: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    # The fiscal years generic documents' tables head their columns with in an era (令和6年度 → R6): an era-less
    # 「6年度」 of a question is of that era, as it is of the years the reports grade (grammar/years.inherit_eras).
    table_years: frozenset[str] = frozenset()
    # A grouping a report numbers in its own word (「重点方針2 健全な財政運営」 as a policy's value): word -> field.
    numbered_groups: dict[str, str] = field(default_factory=dict)
    # Kind -> the numbers of its records a document holds (and all together): 「取組項目22個の」 says one.
    kind_counts: dict[str, set[int]] = field(default_factory=dict)
    # The marks plan reports grade their years with (◎○△×), best first as their legend lists them.
    # The marks the reports grade their years with (◎○△×, best first): read from the index only when a
    # question first needs them (most never compare grades; reading every report's legend costs a CLI
    # question a tenth of its time), or given as they are (tests).
    scale: tuple[str, ...] | None = None
    read_scale: Callable[[], tuple[str, ...]] | None = field(default=None, repr=False)
    # What the reports' legends say their marks mean (順調 → ◎, 遅れ → △): 「遅れの取組」 asks the mark. Read when
    # a question first needs them, as the scale is.
    meanings: dict[str, str] | None = None
    read_meanings: Callable[[], dict[str, str]] | None = field(default=None, repr=False)

    @property
    def mark_meanings(self) -> dict[str, str]:
        if self.meanings is None:
            self.meanings = self.read_meanings() if self.read_meanings is not None else {}
        return self.meanings

    @property
    def grade_scale(self) -> tuple[str, ...]:
        if self.scale is None:
            self.scale = self.read_scale() if self.read_scale is not None else ()
        return self.scale

    def kinds_with(self, fld: str) -> list[str]:
        """Record kinds that have a field, most specific (fewest fields) first."""
        return sorted((k for k, cols in self.columns.items() if fld in cols), key=lambda k: len(self.columns[k]))

    def municipality_words(self) -> set[str]:
        """The municipalities and their bare names (岡山市, 岡山): words that only say where, never
        what to search for."""
        return self.municipalities | {_MUNICIPALITY_SUFFIX_RE.sub("", m) for m in self.municipalities}

    def title_index(self) -> tuple[tuple[str, str, str, str], ...]:
        """(notation key, kind, code, title) for every titled record, longest first (worked out once per
        lexicon, that is once per open index: every conversation's parser reads the same)."""
        return self._title_index

    @cached_property
    def _title_index(self) -> tuple[tuple[str, str, str, str], ...]:
        seen: dict[tuple[str, str, str, str], None] = {}
        for kind, titles in self._titled():
            for (code, _), title in titles.items():
                # (without quotes: 職員人材育成と「働き方改革」の推進 is typed without them)
                key = notation_key(title).translate(UNQUOTED) if title else ""
                if len(key) >= 4:
                    seen[(key, kind, code, title)] = None
        return tuple(sorted(seen, key=lambda t: -len(t[0])))

    @cached_property
    def title_pieces(self) -> dict[tuple[str, str, str], tuple[str, set[str]]]:
        """(kind, code, title) -> the title in NFKC and its two-character pieces (kana left out): a title
        said loosely."""
        return {(kind, code, title): (nfkc(title), title_pieces(title)) for _, kind, code, title in self._title_index}

    def all_titles(self) -> tuple[str, ...]:
        """Every title of the index's records, sorted (what stored.py derives tables of the titles from)."""
        return tuple(sorted({t for _, titled in self._titled() for t in titled.values()}))

    @cached_property
    def title_words(self) -> tuple[tuple[frozenset[str], str, str, str], ...]:
        """(the nouns of the title, kind, code, title): a title said loosely (「SMSの徴収業務見直し」 for
        SMSを活用した徴収業務の見直し) is found by its words. Read on first use only, from the index when it
        was built (stored.py)."""
        from assistant.query.stored import derived

        nouns = derived("title_nouns", title_nouns, self.all_titles())
        return tuple((nouns[title], kind, code, title) for _, kind, code, title in self._title_index if title in nouns)

    @cached_property
    def titles_by_word(self) -> dict[str, tuple[int, ...]]:
        """A noun -> the places in title_words of the titles holding it (a run's words are counted
        against the few titles that hold any, not against every title)."""
        found: dict[str, list[int]] = {}
        for i, (words, *_rest) in enumerate(self.title_words):
            for word in words:
                found.setdefault(word, []).append(i)
        return {word: tuple(places) for word, places in found.items()}

    def title_sources(self, kind: str, code: str, title: str) -> tuple[str, ...]:
        """The documents a title names its record in, when other documents number a record of the
        kind alike (two cities' practice item 1): the condition on the code must then say which
        document. Empty when the code alone is one document's."""
        return self._title_sources.get((kind, code, title), ())

    @cached_property
    def _title_sources(self) -> dict[tuple[str, str, str], tuple[str, ...]]:
        out: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for kind, titles in self._titled():
            holders: dict[str, set[str]] = {}
            for code, source in titles:
                holders.setdefault(code, set()).add(source)
            named: dict[tuple[str, str], set[str]] = {}
            for (code, source), title in titles.items():
                named.setdefault((code, title), set()).add(source)
            for (code, title), sources in named.items():
                if sources != holders[code]:
                    out[(kind, code, title)] = tuple(sorted(sources))
        return out

    def sources_of(self, kind: str, code: str, title: str) -> list[str]:
        """The documents holding record `code` of `kind` under `title`."""
        titles = dict(self._titled()).get(kind, {})
        return sorted(source for (c, source), t in titles.items() if c == code and t == title)

    def _titled(self):
        return (("initiative", self.initiative_titles), ("practice", self.practice_titles),
                ("joint_project", self.joint_titles), ("program", self.program_names))

    @cached_property
    def title_keys(self) -> frozenset[str]:
        """The notation keys of the title index."""
        return frozenset(t[0] for t in self._title_index)

    @cached_property
    def joined_titles(self) -> tuple[str, int]:
        """The title index's keys joined by NUL (one `in` test for a run of a question inside any
        title) and the length of the longest."""
        return "\x00".join(t[0] for t in self._title_index), max((len(t[0]) for t in self._title_index), default=0)

    def title_reach(self, text: str, n: int) -> list[int]:
        """For each start i of `text`, the last start j ≥ i such that every n characters in a row from
        i to j + n occur in the joined titles (i - 1 when text[i:i + n] does not): a run text[i:i + L]
        (L ≥ n) lies inside a title only when i + L - n ≤ reach[i], so the partial-title search tests
        only those runs against the titles themselves."""
        grams = self._title_grams(n)
        inside = [text[i:i + n] in grams for i in range(len(text) - n + 1)]
        reach = [0] * len(inside)
        for i in range(len(inside) - 1, -1, -1):
            reach[i] = (reach[i + 1] if i + 1 < len(inside) and inside[i + 1] else i) if inside[i] else i - 1
        return reach

    def _title_grams(self, n: int) -> frozenset[str]:
        got = self._grams.get(n)
        if got is None:
            joined, _ = self.joined_titles
            got = self._grams[n] = frozenset(joined[i:i + n] for i in range(len(joined) - n + 1))
        return got

    @cached_property
    def _grams(self) -> dict[int, frozenset[str]]:
        return {}

    @cached_property
    def department_spellings(self) -> dict[str, list[str]]:
        """The departments as written (bureau prefix kept) by the notation key of the bare name: the
        spellings of one department (ゼロごみ/ゼロゴミ推進課, (総)総務課/総務課) share a key."""
        out: dict[str, list[str]] = {}
        for d in self.full_departments:
            out.setdefault(notation_key(strip_bureau(d)), []).append(d)
        for word, names in self.office_kinds.items():  # (県税事務所: each 〇〇県税事務所)
            out.setdefault(notation_key(word), []).extend(d for d in self.full_departments if strip_bureau(d) in names)
        return out


def _kana_spellings(name: str) -> list[str]:
    """The name with its hiragana words in katakana (ゼロごみ推進課 → ゼロゴミ推進課): a department one copy of a
    report spells in katakana (the index keeps the spelling most copies print, plan_report/reconcile.py)."""
    kata = re.sub(r"[ぁ-ゖ]{2,}", lambda m: "".join(chr(ord(c) + 0x60) for c in m.group(0)), name)
    return [v for v in (kata,) if v != name]


def _item_words(db: IndexReader, tables: set[str]) -> dict[str, str]:
    """What documents call their records (the `called` field a loader fills from the document's own
    headers: 実施項目, 重点項目) where that is no word of the kind already: word -> the kind's label."""
    kinds = registry.record_kinds()
    known = {w for rk in kinds.values() for w in rk.words}
    out: dict[str, str] = {}
    tables_of: dict[str, tuple[str, str]] = {}
    for table in sorted(tables):
        if table not in kinds or "called" not in set(db[table].columns_dict):
            continue
        for r in db.query(f"SELECT DISTINCT called FROM [{table}] WHERE called IS NOT NULL AND called != ''"):
            word = nfkc(str(r["called"])).strip()
            # (one kanji may be the word: a workbook heading its sheets 「柱1」「柱2」, initiative_sheets.py)
            if (len(word) >= 2 or re.fullmatch(r"[一-龥]", word)) and word not in known and word != kinds[table].label:
                out[word] = kinds[table].label
                tables_of[word] = (table, kinds[table].label)
    # A compound word of a document's own is said by its last noun too (推進方策 → 「デジタル化の方策」), when
    # that noun names nothing else (no kind, no field) and the documents that use the word say the noun
    # alone too (「他の方策の模範」): 分野 of a report's 重点分野 may be a joint project's 分野 elsewhere.
    # (the field words of the index's own records: a kind's field no document printed names nothing here)
    held = {name: set(db[name].columns_dict) for name in tables if name in kinds}
    fields = {w for name, cols in held.items() for f in kinds[name].fields
              if isinstance(f, Field) and f.name in cols for w in f.words}
    # (a noun ending the words of two kinds (重点取組 and 個別取組) names neither: 「取組」 alone is left to the rest
    # of the question)
    tails_of: dict[str, set[str]] = {}
    for word, (_, label) in tables_of.items():
        tails_of.setdefault(word[-2:], set()).add(label)
    for word, (table, label) in list(tables_of.items()):
        # (「改革の柱」 is said 「柱」 alone: 「柱2の実行項目」, the noun after の, when nothing else is called so)
        if (own := re.fullmatch(r"[一-龥]{2,}の([一-龥])", word)) and own.group(1) not in known | fields | set(out) \
                and sum(w.endswith("の" + own.group(1)) for w in tables_of) == 1:
            out[own.group(1)] = label
            continue
        tail = word[-2:]
        # (nor a noun opening a field's word: 取組 of 重点取組 would take 取組終了 and 「取組を終えた」 apart)
        if len(word) < 4 or not re.fullmatch(r"[一-龥]{2}", tail) or tail in known | fields or tail in out \
                or len(tails_of[tail]) > 1 or any(f.startswith(tail) for f in fields):
            continue
        alone = db.execute(f"SELECT 1 FROM passages WHERE source IN (SELECT DISTINCT source FROM [{table}] WHERE called = ?)"
                           " AND instr(replace(text, ?, ''), ?) > 0 LIMIT 1", (word, word, tail)).fetchone()
        if alone:
            out[tail] = label
    return out


# The word users give a plan's groups that the plan prints with no word of its own (「１　組織体制の見直し」 over its
# items, merged across the sheet: measure_sheet.py): 「分野２の取組」「S評価が一番多い分野」.
_UNNAMED_GROUP_WORD = "分野"


def _unnamed_groups(db: IndexReader, tables: set[str], lex: "Lexicon") -> None:
    """Say 分野 for the groups of the documents that name their items in a word of their own (practice `called`)
    but their groups in none (initiative `called` empty), scoped to those documents (item_word_sources), and only
    where 分野 names nothing else the index holds (a joint project's 分野 column, a document's own groups so called)."""
    if not {"initiative", "practice"} <= tables or "called" not in lex.columns.get("initiative", ()) \
            or "called" not in lex.columns.get("practice", ()):
        return
    sources = {r[0] for r in db.execute(
        "SELECT DISTINCT source FROM initiative WHERE coalesce(called, '') = '' AND source IN"
        " (SELECT source FROM practice WHERE coalesce(called, '') != '')")}
    kinds = registry.record_kinds()
    word = _UNNAMED_GROUP_WORD
    own = {"practice", "initiative"}
    held = {w for name in tables if name in kinds and name in own for f in kinds[name].fields
            if isinstance(f, Field) and f.name in lex.columns.get(name, ()) for w in f.words}
    if not sources or word in lex.item_words or word in held \
            or any(word in rk.words for rk in kinds.values()):
        return
    lex.item_words[word] = kinds["initiative"].label
    lex.item_word_sources[word] = ("initiative", sources)
    lex.unnamed_group_sources = sources
    # (a case study's 分野 is its own field: 「分野が福祉の事例」 keeps it, the question naming that kind)
    lex.item_word_rivals[word] = {w for name in tables if name in kinds and name not in own
                                  if any(isinstance(f, Field) and f.name in lex.columns.get(name, ()) and word in f.words
                                         for f in kinds[name].fields)
                                  for w in (*kinds[name].words, kinds[name].label)}


def _grade_headings(db: IndexReader, tables: set[str]) -> dict[str, set[str]]:
    """The words documents head their items' yearly grades with (the `grade_word` field), each with the grades
    the items holding it print in their year fields."""
    if "practice" not in tables or "grade_word" not in set(db["practice"].columns_dict):
        return {}
    from assistant.kinds.registry import is_year_field

    years = [c for c in db["practice"].columns_dict if is_year_field(c)]
    out: dict[str, set[str]] = {}
    for r in db.query(f"SELECT * FROM practice WHERE grade_word IS NOT NULL AND grade_word != ''"):
        word = nfkc(str(r["grade_word"])).strip()
        out.setdefault(word, set()).update(str(r[y]) for y in years if r[y] not in (None, "", "-"))
    return out


def load_lexicon(db: IndexReader) -> Lexicon:
    """The index's vocabulary, read once per connection (every conversation on it shares it)."""
    from assistant.query import stored

    memo = getattr(db, "memo", None)
    if memo is None:
        stored.load(db)
        return _read_lexicon(db)
    if "lexicon" not in memo:
        stored.load(db)  # (the tables derived from its words when it was built)
        memo["lexicon"] = _read_lexicon(db)
    return memo["lexicon"]


def title_nouns(titles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Title → its nouns (Sudachi's normalized forms; titles without any are left out)."""
    from assistant.text.tokenize import morphemes

    out = {}
    for title in titles:
        words = frozenset(m.normalized_form() for m in morphemes(title) if m.part_of_speech()[0] in ("名詞", "接頭辞", "形状詞")
                          and m.part_of_speech()[1] != "数詞")
        if words:
            out[title] = words
    return out


_KATAKANA_WORD = compiled(r"[ァ-ヶー]{4,}")


# A grouping's value as a report prints it: its word, its number, its name (「基本方針3 持続可能な財政基盤の確立」).
# (or a Roman numeral, read in NFKC: 「基本方針Ⅱ 持続可能な財政基盤の確立」 → 基本方針II)
_NUMBERED_GROUP = compiled(r"^([一-龥]{2,6}?)(?:\d{1,2}|[IVX]{1,4}) \S")


def grade_scale(db: IndexReader) -> tuple[str, ...]:
    """The marks plan reports grade their years with instead of letters (◎○△×), best first as their
    legends list them; () when none does, or when two reports order their marks differently (then no
    mark is ranked: 「○以上」 is left unread rather than guessed). Read once per connection."""
    memo = getattr(db, "memo", None)
    if memo is not None and "grade_scale" in memo:
        return memo["grade_scale"]
    from assistant.kinds.plan_report.cells import legend_scale

    scales = set()
    if "document_texts" in db.table_names():
        for r in db.query("SELECT t.text FROM document_texts t JOIN documents d USING (source)"
                          " WHERE d.kind = 'plan_report'"):
            if scale := legend_scale((r["text"] or "").splitlines()):
                scales.add(scale)
    if len(scales) > 1:
        # (a committee's paper listing the letters of its own judgement, S（…）・A（…）, ranks no mark: beside a
        # legend of marks, the scale of marks is the one)
        marks = {sc for sc in scales if not all(m.isascii() and m.isalpha() for m in sc)}
        scales = marks if len(marks) == 1 else scales
    scale = next(iter(scales)) if len(scales) == 1 else ()
    if memo is not None:
        memo["grade_scale"] = scale
    return scale


# Branch offices named by their place before the kind of office (「嶺北県税事務所」「東部土木事務所」「北部福祉センター」).
_OFFICE_RE = compiled(r"(?:事務所|出張所|支所|支庁|センター|振興局|事業所)$")


def _offices_of_a_kind(departments: dict[str, set[str]]) -> dict[str, set[str]]:
    """The kind of office two branch offices or more share, said without their places (「嶺北県税事務所」
    「嶺南県税事務所」 → 県税事務所, of three letters or more before 事務所): 「県税事務所が所管している」 names them
    all, as a department's word contained in each name."""
    offices = [d for d in departments if _OFFICE_RE.search(d)]
    shared: dict[str, set[str]] = {}
    for n, a in enumerate(offices):
        for b in offices[n + 1:]:
            k = 0
            while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                k += 1
            word = a[len(a) - k:]
            office = _OFFICE_RE.search(word)
            if office and office.start() >= 1 and word not in (a, b):
                kinds, names = shared.setdefault(word, (set(), set()))
                kinds.update(departments[a] | departments[b])
                names.update((a, b))
    return {w: said for w, said in shared.items() if w not in departments}


def mark_meanings(db: IndexReader) -> dict[str, str]:
    """What plan reports' legends say their marks mean (「◎：順調 ○：概ね順調 △：遅れ」): {meaning: mark}, longest
    meaning first; a meaning two legends give different marks is left out, and so is a dash's (not graded).
    Read once per connection."""
    memo = getattr(db, "memo", None)
    if memo is not None and "mark_meanings" in memo:
        return memo["mark_meanings"]
    from assistant.kinds.plan_report.legend import legend_meanings  # (not cells.py, whose patterns it would build)

    found: dict[str, set[str]] = {}
    if "document_texts" in db.table_names():
        for r in db.query("SELECT t.text FROM document_texts t JOIN documents d USING (source)"
                          " WHERE d.kind = 'plan_report'"):
            for mark, meaning in legend_meanings((r["text"] or "").splitlines()):
                # (not a legend of abbreviations, 「現：現状維持 見：見直し 廃：廃止」: there the mark is a letter of
                # its word, the column's values are read as words, and 「廃止と判定された」 is no grade of a scale)
                if mark in meaning:
                    continue
                found.setdefault(meaning, set()).add(mark)
    out = {w: marks.pop() for w, marks in sorted(found.items(), key=lambda t: (-len(t[0]), t[0])) if len(marks) == 1}
    if memo is not None:
        memo["mark_meanings"] = out
    return out


def grade_rank_sql(expr: str, scale: tuple[str, ...]) -> str:
    """SQL ranking a grade cell: A > B > C > D, and the marks of the index's scale in their legend's
    order (its worst mark ranks with D); NULL for anything else (―, a blank year)."""
    if any(m.isalpha() and m.isascii() and m not in "ABCD" for m in scale):
        # A letter scale of the index's own (S > A > B > C): every letter ranked by its legend alone.
        return "(CASE {} {}{} END)".format(expr, "".join(f" WHEN '{m}' THEN {len(scale) - 1 - i}" for i, m in enumerate(scale) if m != "'"), _POINTS)
    marks = "".join(f" WHEN '{m}' THEN {len(scale) - 1 - i}" for i, m in enumerate(scale) if m not in "ABCD'")
    # (S above A: a committee's own 4段階 S／A／B／C read where no report's legend gave the index a scale;
    # a B→S move is a rise, not a comparison with nothing)
    s = "" if "S" in scale else " WHEN 'S' THEN 4"
    return f"(CASE {expr}{s} WHEN 'A' THEN 3 WHEN 'B' THEN 2 WHEN 'C' THEN 1 WHEN 'D' THEN 0{marks}{_POINTS} END)"


# A year graded in points (1–5, higher is better, a legend of 5段階): ranked by its number. Only one year
# against another of the same record compares ranks, and a record grades all its years on one scale.
_POINTS = "".join(f" WHEN '{n}' THEN {n}" for n in range(1, 11))


def katakana_words(db: IndexReader) -> set[str]:
    """Every katakana word of the documents' passages (キャッシュレス), read once per connection when a
    question first needs it: what a misspelt katakana word of a question is corrected against."""
    memo = getattr(db, "memo", None)
    if memo is not None and "katakana" in memo:
        return memo["katakana"]
    words: set[str] = set()
    if "passages" in db.table_names():
        for r in db.query("SELECT text FROM passages"):
            words.update(_KATAKANA_WORD.findall(r["text"] or ""))
    if memo is not None:
        memo["katakana"] = words
    return words


# A column header naming a fiscal year in an era: 「令和6年度」「R6」「平成30年度 実績」.
_ERA_HEADER = compiled(r"(?:令和|平成|(?<![A-Za-z])[RH])\s*(?:\d{1,2}|元)(?:\s*年度?)?")


def _table_years(db: IndexReader) -> frozenset[str]:
    """The fiscal years (R6) the generic tables' column headers say in an era (one row of each table read)."""
    from assistant.text.wareki import find_years, fy_label

    out: set[str] = set()
    for (cells,) in db.execute("SELECT cells FROM table_row GROUP BY source, [table]"):
        for header in json_object(cells):
            for m in _ERA_HEADER.finditer(nfkc(str(header))):
                out.update(fy_label(y.fiscal_year) for y in find_years(m.group(0)))
    return frozenset(out)


def _read_lexicon(db: IndexReader) -> Lexicon:
    lex = Lexicon()
    lex.read_scale = lambda: grade_scale(db)
    lex.read_meanings = lambda: mark_meanings(db)
    tables = set(record_tables(db))
    lex.kinds = tables
    lex.columns = {t: set(db[t].columns_dict) for t in tables}
    for t in tables:  # how many records of a kind a document holds, and all documents together
        if "source" in lex.columns[t]:
            per = [r["n"] for r in db.query(f"SELECT count(*) AS n FROM [{t}] GROUP BY source")]
            lex.kind_counts[t] = set(per) | {sum(per)}

    def rows(table: str, cols: str):
        if table not in tables:
            return []
        have = set(db[table].columns_dict)
        wanted = [c.strip() for c in cols.split(",")]
        if not all(c in have for c in wanted):
            return []
        return db.query(f"SELECT {cols} FROM [{table}]")

    def rows_held(table: str, cols: str):
        """The table's rows with the columns it has, NULL for the others (a list of joint projects with no 部会 or
        担当課 column still names its projects and codes)."""
        if table not in tables:
            return []
        have = set(db[table].columns_dict)
        wanted = [c.strip() for c in cols.split(",")]
        return db.query(f"SELECT {', '.join(c if c in have else f'NULL AS {c}' for c in wanted)} FROM [{table}]")

    def add_dept(name: str, kind: str) -> None:
        for part in re.split(r"[、,]", name or ""):
            part = part.strip()
            if not part:
                continue
            lex.full_departments.add(part)
            bare = strip_bureau(part)
            if len(bare) >= 2:
                # (子ども育成課 for (健)こども育成課; ゼロゴミ推進課 for ゼロごみ推進課, a kana spelling other copies print)
                for spelling in [bare, *notation_variants(bare), *_kana_spellings(bare)]:
                    lex.departments.setdefault(spelling, set()).add(kind)

    for r in rows("practice", "code, title, departments, ended, source"):
        lex.practice_titles[(r["code"], r["source"])] = r["title"] or ""
        for d in json_list(r["departments"]):
            add_dept(d, "practice")
        if r["ended"]:
            lex.years_with_end.append(r["ended"])
    for r in rows("practice", "bureau"):  # a report's 所管部 column: a bureau asked for like a department
        add_dept(r["bureau"], "practice")
    lex.years_with_end = sorted(set(lex.years_with_end), key=lambda y: (y[0], int(y[1:]) if y[1:].isdigit() else 0))
    for word, (kinds, names) in _offices_of_a_kind(lex.departments).items():
        lex.departments.setdefault(word, set()).update(kinds)
        lex.office_kinds[word] = names
    if "conflicts" in db.table_names():  # departments printed only in some copies count too
        for r in db.query("SELECT \"values\" FROM conflicts WHERE field = 'departments'"):
            for copy in json.loads(r["values"] or "[]"):
                for d in json_list(copy.get("value")):
                    add_dept(d, "practice")
    from assistant.text.wareki import find_years

    for table in sorted(t for t in tables if "tags" in lex.columns[t]):
        for r in rows(table, "tags"):
            for mark in json_list(r["tags"]):
                year = find_years(mark)
                if year and year[0].start == 0 and mark[year[0].end:].strip():
                    lex.year_marks[(year[0].label, mark[year[0].end:].strip())] = mark
    for table in sorted(t for t in tables if "year" in lex.columns[t]):
        for r in db.query(f"SELECT DISTINCT year FROM [{table}] WHERE year IS NOT NULL"):
            word = str(r["year"]).strip()
            if word and not find_years(word) and not word[:1].isdigit():
                lex.year_words.setdefault(table, set()).add(word)
    lex.item_words = _item_words(db, tables)
    lex.grade_headings = _grade_headings(db, tables)
    if "score_word" in lex.columns.get("initiative", ()):
        for r in db.query("SELECT DISTINCT score_word, source FROM initiative WHERE score_word IS NOT NULL AND score_word != ''"):
            lex.score_headings.setdefault(nfkc(str(r["score_word"])).strip(), set()).add(r["source"])
    for table in sorted(t for t in tables if "called" in lex.columns.get(t, ())):
        for r in db.query(f"SELECT DISTINCT called, source FROM [{table}] WHERE called IS NOT NULL AND called != ''"):
            word = nfkc(str(r["called"])).strip()
            if word in lex.item_words:
                lex.item_word_sources.setdefault(word, (table, set()))[1].add(r["source"])
    _unnamed_groups(db, tables, lex)
    from assistant.query.vocabulary import LINKS

    called = {table for table, _ in lex.item_word_sources.values()}
    for parent, child in LINKS:
        if parent in called and child in tables and child not in lex.part_sources:
            lex.part_sources[child] = {r[0] for r in db.execute(f"SELECT DISTINCT source FROM [{child}]")}
        key = f"{LINKS[parent, child]}_key"
        if parent in called and child in tables and key in lex.columns.get(child, ()):
            for word, (table, sources) in lex.item_word_sources.items():
                if table != parent or not sources:
                    continue
                marks = ", ".join("?" * len(sources))
                lex.linked_sources[word, child] = {r[0] for r in db.execute(
                    f"SELECT DISTINCT c.source FROM [{child}] c JOIN [{parent}] p ON c.[{key}] = p.key"
                    f" WHERE p.source IN ({marks})", sorted(sources))}
    for r in rows("initiative", "code, title, source"):
        lex.initiative_titles[(r["code"], r["source"])] = r["title"] or ""
    for rk in registry.record_kinds().values():
        for f in rk.fields:
            if getattr(f, "closed", False) and rk.name in tables and f.name in lex.columns[rk.name]:
                lex.closed_values.setdefault(f.name, set()).update(
                    r[0] for r in db.execute(f"SELECT DISTINCT [{f.name}] FROM [{rk.name}] WHERE [{f.name}] <> ''"))
    plan_fields = [c for c in lex.columns.get("practice", ()) if re.fullmatch(r"[rh]\d+_plan", c)]
    if plan_fields:
        lex.plan_stages = {r[0] for f in plan_fields for r in db.execute(
            f"SELECT DISTINCT [{f}] FROM practice WHERE [{f}] <> ''")}
    if "comment" in tables and "member_role" in lex.columns.get("comment", ()):
        lex.member_roles = {r[0] for r in db.execute("SELECT DISTINCT member_role FROM comment WHERE member_role <> ''")}
    if "comment" in tables and "about" in lex.columns.get("comment", ()):
        # (the kinds of target a table of opinions says they are on: initiative, practice; grammar/member_names.py)
        lex.comment_targets = {r[0] for r in db.execute("SELECT DISTINCT about FROM comment WHERE about <> ''")}
        # (the records a table of opinions names by code, 対象施設番号 A-02: generic/opinion_rows.py)
        lex.comment_codes = {r[0] for r in db.execute(
            "SELECT DISTINCT initiative FROM comment WHERE about = 'item' AND initiative <> ''")}
        # (what a table of opinions calls a target, 分類 of 分類Ⅰ: grammar/member_names.py)
        lex.comment_target_words = {r[0] for r in db.execute(
            "SELECT DISTINCT target_word FROM comment WHERE target_word <> '' AND about <> 'item'")} if "target_word" in lex.columns.get("comment", ()) else set()
    if "comment" in tables and "meeting" in lex.columns.get("comment", ()):
        lex.comment_meetings = {r[0] for r in db.execute("SELECT DISTINCT meeting FROM comment WHERE meeting <> ''")}
        if "meeting_date" in lex.columns.get("comment", ()):
            lex.comment_meeting_dates = dict(db.execute(
                "SELECT DISTINCT meeting_date, meeting FROM comment WHERE meeting_date <> '' AND meeting <> ''").fetchall())
    if "comment" in tables and "agenda" in lex.columns.get("comment", ()):
        lex.comment_agendas = {r[0] for r in db.execute("SELECT DISTINCT agenda FROM comment WHERE agenda <> ''")}
    if "comment" in tables and "responder" in lex.columns.get("comment", ()):
        # (the offices answering members' opinions in minutes, △事務局（交通政策課）: generic/minutes_turns.py)
        lex.comment_responders = {r[0] for r in db.execute("SELECT DISTINCT responder FROM comment WHERE responder <> ''")}
        lex.comment_answered_sources = {r[0] for r in db.execute("SELECT DISTINCT source FROM comment WHERE responder <> ''")}
    from assistant.kinds.registry import is_year_field, year_fields

    for t in tables:
        for col in lex.columns[t]:
            if is_year_field(col) and db.execute(f"SELECT 1 FROM [{t}] WHERE [{col}] GLOB '[0-9]' LIMIT 1").fetchone():
                lex.point_years.add(col)
            if is_year_field(col) and db.execute(f"SELECT 1 FROM [{t}] WHERE [{col}] GLOB '[0-9]' OR [{col}] GLOB '[0-9].[0-9]*' LIMIT 1").fetchone():
                lex.point_years_by_kind.setdefault(t, set()).add(col)
    for table in ("practice", "initiative"):
        for r in rows(table, "policy"):
            if m := _NUMBERED_GROUP.match(r["policy"] or ""):
                lex.numbered_groups[m.group(1)] = "policy"
    if "table_row" in tables:
        lex.table_years = _table_years(db)
    if "practice" in tables:
        years = [c for c in lex.columns["practice"] if is_year_field(c)]
        if years:
            printed = " + ".join(f"(max([{c}]) IS NOT NULL)" for c in years)
            lex.years_graded = {r[0] for r in db.execute(f"SELECT {printed} FROM practice GROUP BY source") if r[0]}
            titles = dict(db.execute("SELECT source, coalesce(title, '') FROM documents").fetchall()) \
                if "documents" in db.table_names() else {}
            graded: dict[str, list[str]] = {}
            for c in year_fields(years):
                for (source,) in db.execute(f"SELECT DISTINCT source FROM practice WHERE trim(coalesce([{c}], '')) "
                                            "NOT IN ('', '-', '－', '―', 'ー')"):
                    graded.setdefault(source, []).append(c.upper())
            lex.graded_years = {s: (tuple(ys), titles.get(s, "")) for s, ys in graded.items()}
    words = {r["grade"] for r in rows("grade", "grade") if len(r["grade"] or "") > 1 and not r["grade"].isascii()}
    lex.grade_words = tuple(sorted(words, key=lambda w: (-len(w), w)))
    lex.letters_held = frozenset(r["grade"] for r in rows("grade", "grade") if r["grade"] in ("S", "A", "B", "C", "D", "E"))
    # (and the letters a committee's review gave items, store/review_joins: 「外部評価でＣ以下」 reaches its Ｄ)
    lex.letters_held |= frozenset(r["committee_grade"] for r in rows("practice", "committee_grade")
                                  if r["committee_grade"] in ("S", "A", "B", "C", "D", "E"))
    for r in rows("initiative", "bureau"):
        # (an edition names each initiative's own department, 所管部)
        for d in json_list(r["bureau"]):
            add_dept(d, "initiative")
    said = registry.words_for_values("themes")
    for table in ("initiative", "practice"):
        for r in rows(table, "themes"):
            for theme in json_list(r["themes"]):
                lex.themes.setdefault(theme, (theme,) + said.get(theme, ()))
    for r in rows_held("joint_project", "code, title, subcommittee, chair_city, departments, source, status, planned"):
        lex.joint_titles[(r["code"], r["source"])] = r["title"] or ""
        if r["status"] and r["planned"]:  # a state (2026年度実施予定), not a column of free text
            for year in find_years(r["planned"]):
                lex.joint_planned.setdefault(year.label, set()).add(r["planned"])
        if r["subcommittee"]:
            lex.subcommittees.add(r["subcommittee"])
        for municipality, dept in json_object(r["departments"]).items():
            lex.municipalities.add(municipality)
            add_dept(dept, "joint_project")
            # A cell may name a bureau and its section or two sections (「教育委員会 教育総務課」,
            # 「収税課 税制課」): each section is a name users say on its own; a bureau alone is too wide.
            parts = (dept or "").split()
            for part in parts if len(parts) > 1 else ():
                if not _BUREAU_WORD_RE.search(part):
                    add_dept(part, "joint_project")
        for chair in _CHAIR_YEAR_RE.sub("", r["chair_city"] or "").split("・"):
            if chair.strip():
                lex.municipalities.add(chair.strip())
    # A table marking each municipality's part with ○ names its municipalities in its members' keys.
    for r in rows("joint_project", "members"):
        lex.municipalities.update(json_object(r["members"]))
        lex.partners.update(k for k in json_object(r["members"]) if k)
    meanings: dict[str, set[str]] = {}
    for r in rows("joint_project", "member_legend"):
        for mark, meaning in json_object(r["member_legend"]).items():
            meanings.setdefault(mark, set()).add(nfkc(meaning))
    lex.member_legend = {mark: said.pop() for mark, said in meanings.items() if len(said) == 1}
    if "documents" in db.table_names():
        for r in db.query("SELECT title FROM documents WHERE kind = 'joint_projects'"):
            lex.joint_years.update(y.label for y in find_years(r["title"] or ""))
        lex.document_titles = {r["source"]: nfkc(r["title"] or "") for r in db.query("SELECT source, title FROM documents")}
        lex.document_kind = {r["source"]: r["kind"] or "" for r in db.query("SELECT source, kind FROM documents")}

        def read_openings() -> dict[str, str]:
            from assistant.store.search import openings

            out: dict[str, str] = {}
            for source, text in openings(db):
                out[source] = out.get(source, "") + "".join(nfkc(text).split())
            return out
        lex.read_openings = read_openings
    for r in rows("case_study", "code, topic, places"):
        lex.case_topics[r["code"]] = r["topic"] or ""
        lex.places.update(p for p in json_list(r["places"]) if p)
    for r in rows("program", "code, name, source"):
        lex.program_names[(r["code"], r["source"])] = r["name"] or ""
    for r in rows("indicator", "indicator"):
        if r["indicator"]:
            lex.indicator_names.add(r["indicator"])
    # (the office that answered a meeting's question, 「財産活用課が回答した」: generic/qa_turns.py)
    for table, col in (("program", "section"), ("program", "department"), ("model_project", "department"),
                       ("comment", "responder")):
        for r in rows(table, col):
            add_dept(r[col], table)
    return lex
