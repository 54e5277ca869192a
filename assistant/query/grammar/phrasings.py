"""Phrasings: fixed ways of saying a thing, rewritten to the one form the grammar's rules read.

They run in this order on the normalised question (NFKC, kana spellings, kanji numerals), before it
is read as morphemes (canon.py): each is a name, a pattern, what it becomes, and examples (the text
before and after this phrasing alone), run by tests/query/test_phrasings.py. A phrasing is for a
wording that says what another says (「どっちも」 is どちらも, 「取組終了になった」 is 取組終了した),
never for a condition: conditions are the rules' (grammar/<topic>.py).
Placeholders: {SCORES} the scores a kind writes a reason for (進捗度, 効率性, …), {KINDS} the kind words
of three characters or more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from assistant.query.compiled import compiled, needed_of
from assistant.query.once import once
from assistant.query.literals import might_match
from assistant.query.grammar import GRADE_EVALUATED


# A point in time said of a status: 「R6年度末」「令和7年9月末」「R7.9月末」「2025年度」.
_POINT = r"(?:(?:令和|平成|R|H)\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*(?:年度末?|年\s*\d{1,2}\s*月末?|\.\s*\d{1,2}\s*月?末?)?"


@dataclass(frozen=True)
class Phrasing:
    """A fixed way of saying a thing, and the form the rules read it in (see the module's docstring)."""
    name: str
    pattern: str
    to: str | Callable[[re.Match], str]
    flags: int = 0
    # A question that is nothing but this phrasing (「確認したい」) is kept as written: emptied, it
    # would ask nothing.
    keep_whole: bool = False
    # A rewrite that only drops what says nothing of the records (「うちの市（鶚ヶ谷市）」 → the name): the tables'
    # reader of the question as written applies it too (without_asides).
    aside: bool = False
    # A rewrite of what a condition says in other words (「望ましい方向と逆に動いた」 → 悪化した) that the tables'
    # reader of the question as written applies too (for_tables).
    tables: bool = False
    # A rewrite only the tables' reader takes (for_tables), never the records' grammar (rephrase): 「C評価を受けた」
    # said of a table's rows is its 評価 column's grade, while the records' grammar reads it with the years said
    # around it (「R3以前に一度でもC評価を受けた実践項目」: R2・R3, where 「評価がCだった」 read every year's).
    tables_only: bool = False
    examples: tuple[tuple[str, str], ...] = ()

    @once
    def _text(self) -> str:
        pattern = self.pattern
        for name, value in _placeholders().items():
            pattern = pattern.replace("{" + name + "}", value)
        return pattern

    @once
    def regex(self) -> re.Pattern:
        return compiled(self._text, self.flags)

    @once
    def needs(self):
        """Strings one of which every match holds (None: no such promise); read without building the pattern
        where the machine's cache has it (most of three hundred phrasings are never built for a question)."""
        return needed_of(self._text, self.flags)

    def apply(self, text: str) -> str:
        if not might_match(self.needs, text):  # (three hundred phrasings: most cannot match a question)
            return text
        # (most phrasings tried do not match either: `sub` with a template holding a group (\1) first hands it
        # to re's Python code to compile, match or not, and a question tries some eighty)
        if self.regex.search(text) is None:
            return text
        out = self.regex.sub(self.to, text)
        return text if self.keep_whole and not out else out


# The words of an office's part in a row (担当, 協力, 主担当, 関係課): what a matrix of offices' legend says its marks are.
_ROLE = r"(?:主|副)?(?:担当|協力|関係|所管|主管|支援|連携)課?"

_BARE_PREFECTURES = ("北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|"
                     "愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|"
                     "大分|宮崎|鹿児島|沖縄")
_PREFECTURE_END = {"京都": "府", "大阪": "府", "東京": "都", "北海道": ""}


def rephrase(text: str) -> str:
    """The question with every phrasing rewritten, in order. Only the phrasings that can match the text
    are tried (most of three hundred cannot); a rewrite can bring a later phrasing's words into the
    text, so after one the later candidates are worked out again from the new text."""
    candidates = _candidates(text, 0)
    while candidates:
        i = candidates.pop(0)
        new = PHRASINGS[i].apply(text)
        if new != text:
            text = new
            candidates = _candidates(text, i + 1)
    return text


_index: tuple[list[int], dict[str, dict[str, list[int]]]] | None = None


def _candidates(text: str, start: int) -> list[int]:
    """The positions from `start` on, in order, of the phrasings that might match `text` (literals.py)."""
    global _index
    if _index is None:
        always: list[int] = []
        by_first: dict[str, dict[str, list[int]]] = {}
        for n, phrasing in enumerate(PHRASINGS):
            if phrasing.tables_only:
                continue
            if phrasing.needs is None or "" in phrasing.needs:
                always.append(n)
                continue
            for s in phrasing.needs:
                by_first.setdefault(s[0], {}).setdefault(s, []).append(n)
        _index = (always, by_first)
    always, by_first = _index
    out = {n for n in always if n >= start}
    for ch in set(text):
        for s, ns in by_first.get(ch, {}).items():
            if s in text:
                out.update(n for n in ns if n >= start)
    return sorted(out)


def without_asides(text: str) -> str:
    """The question without what the phrasings drop as saying nothing (「、逆に」, a gloss in brackets): a
    reader of the question as written (the tables') leaves their words out too."""
    for phrasing in _picked()[0]:
        text = phrasing.apply(text)
    return text


def for_tables(text: str) -> str:
    """The question with the rewrites the tables' reader takes too (Phrasing.tables) applied."""
    for phrasing in _picked()[1]:
        text = phrasing.apply(text)
    return text


def named(name: str) -> Phrasing:
    """The phrasing of that name."""
    return _picked()[2][name]


@lru_cache(maxsize=1)
def _picked() -> tuple[tuple[Phrasing, ...], tuple[Phrasing, ...], dict[str, Phrasing]]:
    """(the asides, the tables' rewrites, the phrasings by name), each in the phrasings' order: picked once
    (the phrasings are the code's own), not out of all 740 at every question."""
    asides = tuple(p for p in PHRASINGS if p.to == "" or p.aside)
    tables = tuple(p for p in PHRASINGS if p.tables or p.tables_only)
    by_name: dict[str, Phrasing] = {}
    for p in PHRASINGS:
        by_name.setdefault(p.name, p)  # (the first of a name, as a search in order finds)
    return asides, tables, by_name


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    from assistant.query.vocabulary import KIND_WORDS, OTHER_PLANS_WORDS

    from assistant.query.vocabulary import NUMERIC_FIELDS

    return {"SCORES": _reasoned_scores(),
            "NUMERIC": "|".join(re.escape(w) for w in sorted({w for w, _ in NUMERIC_FIELDS}, key=lambda w: (-len(w), w))),
            "KINDS": "|".join(re.escape(k) for k, _ in KIND_WORDS if len(k) >= 3),
            # (the practice items' words, 実践項目 and other plans' 改革項目, 取組事項: phrasings run before parse reads them)
            "ITEMS": "|".join(re.escape(k) for k in [w for w, kind in KIND_WORDS if kind == "practice" and len(w) >= 3]
                              + [w for w, label in OTHER_PLANS_WORDS if label == "実践項目"])}


def _same_score_glossed(m: re.Match) -> str:
    """The score's word alone when the word in brackets names the same score; else the text as written."""
    from assistant.query.vocabulary import NUMERIC_FIELDS

    fields = dict(NUMERIC_FIELDS)
    return m.group(1) if fields.get(m.group(1)) == fields.get(m.group(2)) else m.group(0)


def _reasoned_scores() -> str:
    """Words of the scores a kind writes a reason for (its reason_<score> field): 進捗度, 効率性, …"""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    words = set()
    for rk in record_kinds().values():
        names = {f.name for f in rk.fields if isinstance(f, Field)}
        words |= {w for f in rk.fields if isinstance(f, Field) and "reason_" + f.name in names for w in f.words}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"  # (never set order)


def _western(year: str) -> str:
    """「令和3」「R3」「平成元」「2021」 → 「2021」 (a calendar year said in its era)."""
    m = compiled(r"(令和|平成|R|H)\s*(元|\d+)").fullmatch(year.strip())
    if m is None:
        return year
    n = 1 if m.group(2) == "元" else int(m.group(2))
    return str(n + (2018 if m.group(1) in ("令和", "R") else 1988))


def _fiscal_year_of_month(m: re.Match) -> str:
    from assistant.text.wareki import fiscal_year_of, fy_text

    year = int(m.group("west")) if m.group("west") else \
        {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}[m.group("era")] + (1 if m.group("n") == "元" else int(m.group("n")))
    return fy_text(fiscal_year_of(year, int(m.group("month"))))


def _fiscal_years_of_months(m: re.Match) -> str:
    from assistant.text.wareki import fy_text

    def year(west, era, n):
        return int(west) if west else {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}[era] + (1 if n == "元" else int(n))

    first, last = year(m.group("w1"), m.group("e1"), m.group("n1")), year(m.group("w2"), m.group("e2"), m.group("n2")) - 1
    if last < first:
        return m.group(0)
    return fy_text(first) if first == last else f"{fy_text(first)}から{fy_text(last)}まで"


# A fiscal year as said (R5, 令和5年度, H30, 2023年度): the phrasings that move words around one.
_MOST_SAID = compiled(r"多く|たくさん|最多|いちばん|一番|最も|もっとも")
_YEAR_SAID = r"(?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:\s*年度?)?|(?:19|20)\d{2}\s*年度?)"
# A year said by where it stands among the years the records hold (初年度, 最終年度, 2年目, 一番新しい年度): read
# as its number later, from the index (parse._relative_years); a phrasing about one year's cell takes it as a year.
_PLACE_YEAR_SAID = (r"(?:初年度|最終年度|最新(?:の)?年度|(?:最初|最後)の年度|\d\s*年目|"
                    r"(?:一番|いちばん|最も|もっとも)\s*(?:新しい|古い)年度)")

def _next_year_of_said(m: re.Match) -> str:
    """「R2はC評価だったけど翌年度Bに」: the year after the one said before, written as that one was."""
    if compiled(r"\s*(?:まで|〜|から|の間|にかけて|以降|以前|以後)").match(m.group("mid")) \
            or compiled(r"(?:〜|から|と)\s*$").search(m.string[:m.start()]):
        return m.group(0)  # (「R2〜R5で翌年度に下がった」: a span's end, no one year 翌年度 follows)
    era, n, tail = m.group("era") or "", m.group("n"), m.group("tail") or ""
    after = (1 if n == "元" else int(n)) + 1
    if era in ("平成", "H") and after >= 31:  # (the year after H30 is R1)
        era, after = {"平成": "令和", "H": "R"}[era], after - 30
    return f"{m.group('said')}{m.group('mid')}{era}{after}{tail or ('年度' if not era else '')}"


_WORDINGS: tuple[Phrasing, ...] = (
    # 「審査員の点数」「審査員の平均が4.2以上」: the ones who score the initiatives, said as judges, are the committee's
    # members (a 審査員 of anything else, 英語弁論大会の審査員派遣, is not followed by a score word).
    Phrasing("judges_are_members", r"(?<![一-龥])(?:審査員|審査委員|採点者|採点した人)(?:たち|の方々|の方|さんたち)?(?=\s*(?:の|から|が|は)\s*(?:評価|点数|点|採点|平均))",
             "委員", examples=(("審査員の点数って取組項目ごとに付いてる", "委員の点数って取組項目ごとに付いてる"),
                              ("審査員の平均が4.2以上", "委員の平均が4.2以上"))),
    # 「審議会の平均は4以上」「委員の平均が3.5未満」: the body's average said with a bound is each record's printed
    # average of the committee's scores (評価平均), not an average to work out.
    Phrasing("body_average_bounded",
             r"(審議会|委員会|委員)の\s*(?:評価の)?\s*平均(?:点|値)?(?=\s*(?:は|が|も)?\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*点?\s*"
             r"(?:以上|以下|未満|超|より|を(?:超|下回|上回)|に届|に満た))",
             r"\1の評価平均",
             examples=(("審議会の平均は4以上って取組項目", "審議会の評価平均は4以上って取組項目"),
                       ("委員の平均が3.5未満の", "委員の評価平均が3.5未満の"),
                       ("審議会の平均は4.0未満だった取組項目", "審議会の評価平均は4.0未満だった取組項目"))),
    # 「取組12の審議会の点は？」: the body's 点 alone is its score of the record (点数), as 審議会の点数 is.
    Phrasing("body_score_short", r"(審議会|委員会)の\s*点(?![数一-龥ァ-ヶ])", r"\1の点数",
             examples=(("取組12と取組13、審議会の点が高いのは？", "取組12と取組13、審議会の点数が高いのは？"),
                       ("審議会の点は", "審議会の点数は"))),
    # 「R2はC評価だったけど翌年度Bに改善した」: 翌年度 after a year said in the same question is the year after it.
    Phrasing("next_year_of_year_said",
             r"(?P<said>(?P<era>令和|平成|[RH])?\s*(?<![\d.])(?P<n>元|(?<=[和成RH\s])\d{1,2}|(?:19|20)\d{2})(?P<tail>\s*年度?)?)"
             # (no other year between: 翌年度 follows the nearest year said)
             r"(?P<mid>(?:(?!令和|平成|[RH]\s*(?:元|\d)|(?:19|20)\d{2})[^。？?]){1,24}?)(?:その)?(?:翌年度|翌年|次の年度|次の年)",
             _next_year_of_said,
             examples=(("R2はC評価だったけど翌年度Bに改善した実践項目", "R2はC評価だったけどR3Bに改善した実践項目"),
                       ("令和3年度にAで、次の年度もA", "令和3年度にAで、令和4年度もA"),
                       ("2021年度にCで翌年度にB", "2021年度にCで2022年度にB"),
                       ("R2にCで、R4にBで翌年度A", "R2にCで、R4にBでR5A"))),
    # 「R4→R5、R5→R6と２年続けて下がった」「R4→R5→R6と２年連続で増えた」: the years of a run spelled out as its steps
    # (arrows, or each pair after a comma) are the span from the first to the last, as 「R4からR6まで」 says it.
    Phrasing("year_steps_of_run",
             r"(?P<a>(?:令和|平成|[RH])\s*(?:\d{1,2}|元)(?:年度?)?)\s*→\s*(?:(?:令和|平成|[RH])?\s*(?:\d{1,2}|元)(?:年度?)?\s*[→、,]\s*)*"
             r"(?P<z>(?:令和|平成|[RH])?\s*(?:\d{1,2}|元)(?:年度?)?)\s*と(?=\s*[、,]?\s*\d{1,2}\s*(?:年|年度)\s*(?:続けて|つづけて|連続))",
             r"\g<a>から\g<z>まで", tables=True,
             examples=(("R4→R5、R5→R6と2年続けて稼働率が下がった車両は？", "R4からR6まで2年続けて稼働率が下がった車両は？"),
                       ("令和3年度→令和4年度→令和5年度と2年連続で増えた施設", "令和3年度から令和5年度まで2年連続で増えた施設"))),
    # 「前年度より評価が上がった推進項目はどれ？（R6→R7）」: the two years in brackets at the end say which years 前年度
    # compares; said first as the span of the change (「R6からR7で評価が上がった」), the tables' reader compares those
    # two years' columns (the records' grammar reads 前年度 itself).
    # 「B評価以上は何件」: a letter grade said before 評価 with a bound is the grade column bounded (「評価がB以上」), as
    # a table of grades reads it
    Phrasing("letter_grade_bounded", r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<g>[A-EＡ-ＥSＳ])\s*評価\s*(?P<b>以上|以下)",
             r"評価が\g<g>\g<b>", tables_only=True,
             examples=(("教育部の施策の指標で、B評価以上は何件？", "教育部の施策の指標で、評価がB以上は何件？"),
                       ("C評価以下の指標", "評価がC以下の指標"))),
    # 「次期の指定管理者を非公募で選ぶ予定の施設」: a way of choosing said with で and a verb of choosing is the value
    # of the column that records how each is chosen (「非公募とする」), the verb naming no condition of its own. Only
    # the ways of choosing are read so: 「委員会で選ぶ」 says who chooses, not how.
    Phrasing("selection_method_chosen",
             r"(?P<how>(?<![一-龥])非?公募|随意契約|(?:一般|指名)?競争入札|プロポーザル(?:方式)?)\s*(?:によって|により|で)\s*"
             r"(?:選ぶ|選んだ|選ばれる|選ばれた|選定する|選定した|選定される|選定予定|決める|決定する)",
             r"\g<how>とする", tables=True,
             examples=(("次期の指定管理者を非公募で選ぶ予定の施設は", "次期の指定管理者を非公募とする予定の施設は"),
                       ("公募により選定する施設", "公募とする施設"))),
    # 「一番多くの施設を受け持ってる指定管理者」: a body that 受け持つ facilities is the one that runs them (管理している),
    # as a list of facilities records it in its 指定管理者 column; said of other things (事業を受け持つ課) it is left.
    Phrasing("facilities_taken_on",
             r"(?P<what>施設|館|センター)\s*を\s*受け持(?:って(?:い)?る|っていた|った|つ)",
             r"\g<what>を管理している", tables=True,
             examples=(("一番多くの施設を受け持ってる指定管理者はどこ？", "一番多くの施設を管理している指定管理者はどこ？"),
                       ("3つの施設を受け持つ団体", "3つの施設を管理している団体"))),
    Phrasing("previous_year_restated_in_brackets",
             r"^(?P<q>[^(（]*?)(?:前年度|前年|昨年度|前の年度)\s*(?:より|と比べて|と比較して|から)\s*(?P<rest>[^(（]+?)\s*"
             r"[(（]\s*(?P<a>(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:→|->|⇒|から|~|～|-)\s*"
             r"(?P<b>(?:令和|平成|[RH])?\s*(?:元|\d{1,2})\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*[)）]\s*$",
             lambda m: f"{m.group('a')}から{m.group('b')}で{m.group('q')}{m.group('rest')}", tables_only=True,
             examples=(("前年度より評価が上がった推進項目はどれ？（R6→R7）", "R6からR7で評価が上がった推進項目はどれ？"),
                       ("前年度と比べて件数が減った区分は（令和5年度→令和6年度）", "令和5年度から令和6年度で件数が減った区分は"))),
    # 「対応区分が継続検討（△）になった意見」: a value said in words with the mark the document prints for it in
    # brackets is that mark (the words are the legend's meaning of it, which the cells never print)
    Phrasing("mark_bracketed_after_its_meaning", r"[一-龥ァ-ヶー・]{1,10}\s*[(（]\s*([◎○〇△×▲●□■◯])\s*[)）]", r"\1",
             tables=True,
             examples=(("対応区分が継続検討（△）になったもの", "対応区分が△になったもの"),
                       ("評価が順調(◎)の取組", "評価が◎の取組"))),
    # 「一番古くから続いてるのは」「いちばん早く始まったもの」: the adverb before the verb of beginning (or of going on
    # since) says the order of the year the records began (start_order: 開始年度が一番古い).
    Phrasing("earliest_said_as_adverb",
             r"(?:いちばん|一番|最も|もっとも)\s*(古|早|新し|遅)く\s*(?:から\s*(?:続いて(?:い)?る|続く|継続して(?:い)?る|やって(?:い)?る"
             r"|実施して(?:い)?る|実施されて(?:い)?る)|(?:に)?(?:始まった|始めた|開始した|開始された|スタートした))",
             lambda m: "開始年度が一番" + {"古": "古い", "早": "早い", "新し": "新しい", "遅": "遅い"}[m.group(1)],
             examples=(("一番古くから続いてるのは", "開始年度が一番古いのは"),
                       ("いちばん新しく始まった事業", "開始年度が一番新しい事業"))),
    # 「令和５年度にBと評価された取組」「◎と判定された」: a year's grade said with the verb of grading is that grade
    # (「Bだった」); a grade's meaning in the legend said so (「順調と評価された」) is its mark by then (said_as_marks).
    Phrasing("grade_said_evaluated", GRADE_EVALUATED, r"\1だった",
             examples=(("令和５年度にBと評価された取組", "令和５年度にBだった取組"),
                       ("R5に◎と判定された柱", "R5に◎だった柱"))),
    # 「施設・設備の柱（④）の取組」「④の柱の取組」: a pillar's number in brackets after 柱 (its name restating it), or
    # before 柱, is the pillar of that number (柱④; ④ is 4 after NFKC)
    Phrasing("pillar_number_bracketed", r"(?:[一-龥ァ-ヶー・]{1,12}の)?柱\s*[(（]\s*(\d{1,2}|[IVX]{1,4})\s*[)）]", r"柱\1",
             examples=(("施設・設備の柱(4)の取組", "柱4の取組"), ("柱(2)の取組は", "柱2の取組は"))),
    Phrasing("pillar_number_before", r"(?<![\dA-Za-z第.\-])(\d{1,2})\s*の\s*柱(?![\d(（]|ごと|別)", r"柱\1",
             examples=(("4の柱の取組", "柱4の取組"), ("4の柱で意見が出た取組", "柱4で意見が出た取組"))),
    # 「FY2025の達成状況」: a fiscal year said in English (FY = 年度), the year a report prints 2025年度.
    Phrasing("fiscal_year_fy", r"(?<![A-Za-z])(?:FY|fy|Fy)\s*((?:19|20)\d{2})(?!\d)(?:\s*年度)?", r"\1年度",
             examples=(("FY2025の達成状況が×", "2025年度の達成状況が×"), ("FY 2027に完了", "2027年度に完了"))),
    # 「懇話会評価で、柱2の合計点は」: the body's evaluation said as where to look, another score asked after the comma
    # (合計, 効率性 …): the body's table, not its own score (委員評価).
    Phrasing("body_evaluation_as_scope", r"(審議会|委員会|懇話会|懇談会|推進会議)評価\s*(?:で|では)\s*[、,](?=[^?？]*(?:合計|{SCORES}))",
             r"\1で、",
             examples=(('懇話会評価で、柱2の合計点は?', '懇話会で、柱2の合計点は?'),)),
    # 「A評定」「令和10年度の評定は」: a report grading its items in 評定 (A＝計画以上 … D) says what others call 評価;
    # a compound of its own (人事評定) is kept.
    # 「期間が終わっても完了してない」: the plan's period over is when the item is asked of, no end of the item.
    Phrasing("plan_period_over", r"(?:計画)?期間が(?:終わって|終わった後|終了して|終了した後|過ぎて|満了して)(?:も|いても)[、,]?\s*(?=[^?？]{0,6}(?:完了|終了|終わ))", "",
             examples=(("期間が終わっても完了してない改革項目", "完了してない改革項目"),)),
    # 「完了までこぎつけた」「完了に至った」: reaching the end said as a journey is ending (完了した).
    Phrasing("ended_reached", r"(完了|終了)(?:まで|に)\s*(?:こぎつけ|こぎ着け|漕ぎ着け|漕ぎつけ|至っ|いたっ|たどり着い|辿り着い|たどりつい|持ち込ん|もちこん)(?:た|ている|てる)",
             r"\1した",
             examples=(("完了までこぎつけたのは", "完了したのは"), ("終了に至った取組", "終了した取組"))),
    # 「一部達成どまりの」: the value itself, said as a ceiling reached.
    # (「B評価にとどまった実践項目」: before the kind of the records too)
    Phrasing("value_at_most", r"(?<=[一-龥ァ-ヶーA-D])(?:どまり|止まり|にとどまった|にとどまる|に留まった|に留まる)(?=の|で|だった|[?？、。]|$|\s*(?:{KINDS}|項目|もの))", "",
             examples=(("一部達成どまりの項目", "一部達成の項目"), ("B評価にとどまった実践項目", "B評価実践項目"))),
    # 「4.0いってないのは」「3点まで行ってない」: a number not reached (いく of a score is 届く); a year (R5, 令和5) or a
    # number (No.5) is not a score reached.
    Phrasing("number_not_reached_spoken",
             r"(?<![RHＲＨ年和成.\d])(?<!No)(?<!NO)(\d+(?:\.\d+)?\s*点?)\s*(?:に|まで|には)?\s*"
             r"(?:いって(?:い)?ない|行って(?:い)?ない|いってなかった|行ってなかった|いかない|いかなかった|行かない|行かなかった)",
             r"\1に届いていない",
             examples=(("じゃあ4.0いってないのは？", "じゃあ4.0に届いていないのは？"),
                       ("委員評価が4点まで行ってない取組", "委員評価が4点に届いていない取組"))),
    # 「いちばんおおい取組」「件数がすくない課」: an adjective of more or less typed in hiragana, where a superlative or a
    # subject is said before it (おおい alone may be 覆い, たかい 他界).
    Phrasing("more_or_less_in_kana",
             r"(?:(?<=いちばん)|(?<=一番)|(?<=最も)|(?<=もっとも)|(?<=[がはも])|(?<=より))\s*(おお|すくな|たか|ひく)(い|く|かった)(?!(?!の)[ぁ-ゖ]{2})",
             lambda m: {"おお": "多", "すくな": "少な", "たか": "高", "ひく": "低"}[m.group(1)] + m.group(2),
             examples=(("実践項目がいちばんおおい取組", "実践項目がいちばん多い取組"),
                       ("委員評価がひくい順", "委員評価が低い順"),
                       # (「一番おおいのどこ？」: the one asked for after it, の then the asking word)
                       ("数えたら一番おおいのどこ？", "数えたら一番多いのどこ？"))),
    # 「総合評価で一番低いのはどのランク？」: the grade asked, as どれ asks it (ランク, 段階 are no words of the text).
    Phrasing("which_grade_asked",
             r"(?<=のは)\s*(?:どの|何の|なんの)\s*(?:ランク|段階|グレード|評価|判定)(?:\s*(?:です|でしょう|だった|でした)?\s*(?:か)?)?(?=\s*[?？。]?\s*$)",
             "どれ",
             examples=(("総括の総合評価で一番低いのはどのランク？", "総括の総合評価で一番低いのはどれ？"),
                       ("いちばん多いのはどの評価ですか", "いちばん多いのはどれ"))),
    # 「（総合評価で一番低いのは？）その評価になっている実践項目」: the value the answer before gave, shared.
    Phrasing("that_grade_held",
             r"(?:その|この)\s*(評価|ランク|判定|点数)\s*(?:に\s*なって(?:い)?る|になった|がついて(?:い)?る|がついた|が付いて(?:い)?る|を受けた|を受けて(?:い)?る|を取った|だった|である)(?:の|もの)?",
             lambda m: "それと同じ" + ("評価" if m.group(1) in ("ランク", "判定") else m.group(1)) + "の",
             examples=(("その評価になっている実践項目は？", "それと同じ評価の実践項目は？"),
                       ("そのランクがついた項目", "それと同じ評価の項目"))),
    # 「（同数なら全部）」「同点の場合はすべて挙げて」: what to do with a tie, which every extreme already does (all
    # the records sharing it are the answer): no condition.
    Phrasing("ties_all_anywhere",
             r"[（(]?\s*(?:同数|同点|同率|同値|同じ数|同じ値|同じ点|並んだ|並ぶ|タイ)\s*(?:の場合|なら|だったら|のとき|の時|があれば|が複数あれば|がある場合)\s*(?:は|には)?[、,]?\s*"
             r"(?:全部|すべて|全て|両方|どちらも|いずれも|それぞれ|みんな)\s*(?:を)?\s*(?:挙げて|あげて|教えて|出して|答えて|示して)?\s*(?:ください|下さい)?\s*[）)]?",
             "",
             examples=(("実践項目数がいちばん多い取組項目は？（同数なら全部）", "実践項目数がいちばん多い取組項目は？"),
                       ("委員評価が最も高い取組、同点の場合はすべて挙げて", "委員評価が最も高い取組、"))),
    # 「令和3年度を含めてそれ以前」「R4も含んでそれより後」: the year said with its side, itself included (以前, 以降).
    Phrasing("year_included_then_side",
             r"((?:令和|平成|[RH])\s*(?:\d+|元)\s*(?:年度|年)?|(?:19|20)\d{2}\s*年度?)\s*(?:を|も)\s*(?:含めて|含めた|含んで|含む|入れて|入れた)\s*[、,]?\s*"
             r"(?:それ|その年度?|そこ)?\s*(以前|より前|以降|より後|まで|から)",
             lambda m: m.group(1) + {"以前": "以前", "より前": "以前", "まで": "以前", "以降": "以降", "より後": "以降", "から": "以降"}[m.group(2)],
             examples=(("令和3年度を含めてそれ以前に取組終了した", "令和3年度以前に取組終了した"),
                       ("R4も含めてそれより後に終了", "R4以降に終了"),
                       ("2021年度を含むそれ以前", "2021年度以前"))),
    # 「一度もCがなく、かつ取組終了欄が空欄」: the negated verb's stem joining two conditions is its て form (the
    # negation rules read なくて and ない; a bare なく was left unread, and with it the grade and 一度も).
    # (not 「ではなく」「じゃなく」, which say 'not X but Y', nor 「間違いなく」「もれなく」, adverbs with no が／は)
    Phrasing("negated_stem_joining",
             r"(?<=[^でじ][がは])なく(?=\s*[、,]|\s*(?:かつ|しかも|また|それでいて))",
             "なくて",
             examples=(("一度もCがなく、かつ取組終了欄が空欄", "一度もCがなくて、かつ取組終了欄が空欄"),
                       ("R5の評価がなく、担当が総務課", "R5の評価がなくて、担当が総務課"))),
    # 「少なくとも一度はCがついた」「最低1回はC」: at least once is once at all (一度でも, as the grade rules read it).
    Phrasing("at_least_once",
             r"(?:少なくとも|すくなくとも|最低でも|最低)\s*(?:一度|1度|一回|1回|いちど)\s*(?:は|でも)?",
             "一度でも",
             examples=(("R2〜R5のうち少なくとも一度はCがついた", "R2〜R5のうち一度でもCがついた"),
                       ("C評価が少なくとも一度ついた", "C評価が一度でもついた"),
                       ("最低1回はAをとった", "一度でもAをとった"))),
    # 「R2〜R5の各年度では一度もAをとっていない」: each year of a span said, as the span (each of its years is what
    # the span's conditions are already of).
    Phrasing("each_year_of_span",
             r"((?:令和|平成|[RH])\s*(?:\d+|元)\s*(?:年度?)?\s*(?:〜|~|～|ー|－|-|から)\s*(?:(?:令和|平成|[RH])\s*)?\d+\s*(?:年度?)?(?:まで)?)"
             r"\s*の\s*(?:各年度|各年|それぞれの年度|年度それぞれ|どの年度|いずれの年度)"
             # (「…までの各年度において、総合評価が一貫してA」: the formal 「において」 said of the span, taken with it)
             r"(?:\s*(?:において|におきまして|にわたって|にわたり|を通じて)\s*[、,]?\s*|(?=\s*(?:で(?!も)|に|を通して|とも)))",
             r"\1",
             examples=(("R2〜R5の各年度では一度もA", "R2〜R5では一度もA"),
                       ("令和2年度から令和5年度までの各年度において、総合評価が一貫してA", "令和2年度から令和5年度まで総合評価が一貫してA"),
                       ("令和2年度から令和5年度の各年度にAがついた", "令和2年度から令和5年度にAがついた"))),
    # 「R2からR5までの各年度で、いずれもB評価」: いずれも/どれも after a span of years is every year of it (すべて).
    Phrasing("span_each_of_them",
             r"((?:令和|平成|[RH])\s*(?:\d+|元)\s*(?:年度?)?\s*(?:〜|~|～|ー|－|-|から)\s*(?:(?:令和|平成|[RH])\s*)?\d+\s*(?:年度?)?\s*まで)"
             r"\s*(?:で|の間)?\s*[、,]?\s*(?:いずれも|どれも|どの年度も|いずれの年度も)\s*(?=[A-D])",
             r"\1すべて",
             examples=(("R2からR5までで、いずれもB評価", "R2からR5まですべてB評価"),)),
    # 「部局の略称（括弧書き）が付いていない」: how the abbreviation is printed, glossed beside it, says nothing more.
    Phrasing("abbreviation_glossed", r"(略称|略号|略記|略字)\s*[(（]\s*(?:括弧書き|かっこ書き|カッコ書き|括弧|かっこ|カッコ)(?:の(?:もの|部分))?\s*[)）]", r"\1",
             examples=(("部局の略称(括弧書き)が付いていない", "部局の略称が付いていない"),)),
    # 「実践項目の担当部署を部局の略称別に見た場合、所管部局別の分布で最も多いのは」: a lead-in saying how the
    # records are looked at, restated by the grouping the question then asks of, says only the kind.
    Phrasing("grouping_lead_in",
             r"({KINDS})(?:の|を)[^、。?？]{0,30}?(?:別|ごと|毎)に(?:見|み|分け|整理し|集計し|まとめ)(?:た|る)(?:場合|とき|時|ところ)(?:に|で)?\s*[、,]\s*(?=[^。?？]{0,20}(?:別|ごと|毎))",
             r"\1で",
             # (「実践項目を部局別に見た場合、最も多いのは」, no grouping said after it, keeps its lead-in)
             examples=(("実践項目の担当部署を部局の略称別に見た場合、所管部局別の分布で最も多いのは", "実践項目で所管部局別の分布で最も多いのは"),)),
    # 「取組項目No.17からNo.22にかけての実践項目」: a run of record numbers said with にかけて, as まで says it
    # (a year's span keeps its にかけて: changes between years read it).
    Phrasing("numbers_run_kakete",
             r"((?:{KINDS}|取組|項目|No\.?|番号)\s*(?:No\.?|番号|第)?\s*\d+\s*(?:番)?\s*から\s*(?:No\.?|第)?\s*\d+)(?!\s*[年.])\s*(番)?\s*にかけて",
             r"\1\2まで",
             examples=(("取組項目No.17からNo.22にかけての実践項目", "取組項目No.17からNo.22までの実践項目"),)),
    # 「…の事例として取り上げられている自治体」: a case the collection presents is a case of it (the places asked).
    Phrasing("presented_as_case", r"(事例|例|取組例|好事例)\s*として\s*(?:取り上げ|とりあげ|紹介さ|掲載さ|挙げ|あげ|載せ|のせ)られ?\s*(?:て(?:い)?(?:る|た)|た)", r"\1の",
             examples=(("公共施設マネジメントの事例として取り上げられている自治体", "公共施設マネジメントの事例の自治体"),)),
    # 「事例に出てくる市町村」: the places a case is of, said as where they appear.
    Phrasing("appearing_in_case", r"(事例|取組例|好事例)\s*(?:に|で|の中に|の中で)\s*(?:出てくる|出てきた|でてくる|登場する|登場している|登場した|載っている|載ってる|出ている|出てる)(?=\s*(?:市町村|市区町村|自治体|団体|市|町|ところ))", r"\1の",
             examples=(("事例に出てくる市町村", "事例の市町村"),)),
    # 「公共施設マネジメント系の事例」: 系 after a topic blurs it to the topic (its cases).
    Phrasing("topic_kei", r"([一-龥ァ-ヶーA-Za-z]{3,})系(?:の)?(?=\s*(?:事例|取組|取り組み|実践項目|取組項目|事業|テーマ))", r"\1の",
             examples=(("公共施設マネジメント系の事例", "公共施設マネジメントの事例"),)),
    # 「ずっとA取れてない」: a grade not reached all along is a grade never had (一回も), not every year's grade.
    Phrasing("all_along_not_got", r"ずっと\s*([A-DＡ-Ｄ])\s*(?:評価)?\s*(?:を|が)?\s*(?=(?:取れて|とれて|もらえて|取って|とって|つかな|付かな|ついて|付いて)(?:い)?(?:な|ま))",
             r"一回も\1",
             examples=(("ずっとA取れてないのは", "一回もA取れてないのは"),)),
    # 「…が付いていない実践項目、たとえば事務局や会計課のようなものは」: examples of the records a condition said
    # already picks illustrate it; they are no condition of their own (the condition says which).
    Phrasing("examples_of_condition",
             r"({KINDS}|項目|もの)\s*[、,]\s*(?:たとえば|例えば|例として|いわば)\s*[^、。?？]{1,30}?(?:のような|のよう|みたいな|といった|などの)\s*(?:もの|の|項目|{KINDS})(?=\s*(?:は|を|が|って|[?？]|$))",
             r"\1",
             examples=(("付いていない実践項目、たとえば事務局や会計課のようなものはどれ", "付いていない実践項目はどれ"),)),
    # 「実践項目でA評価だった数」: the kind said first, then the grade its records were given, counted.
    Phrasing("kind_then_grade_counted",
             r"({KINDS})\s*で\s*([A-DS])\s*評価\s*(?:だった|の|がついた|になった)?\s*(?:数|件数)",
             r"\2評価の\1の数",
             examples=(("実践項目でA評価だった数", "A評価の実践項目の数"),)),
    # 「A評価の実践項目の数、R2とR4でいくつ違う」: a count said, then the two years it is compared between.
    Phrasing("count_then_years_compared",
             r"([^、,。？?]{2,24}?の(?:数|件数))\s*(?:は|が|って)?\s*[、,]?\s*((?:令和|平成|[RH])\s*(?:\d+|元)(?:年度?)?)\s*と\s*"
             r"((?:令和|平成|[RH])\s*(?:\d+|元)(?:年度?)?)\s*(?:で|では|とで)\s*(?:いくつ|何件|どれだけ|どのくらい|どれくらい)\s*"
             r"(?:違う|違います|違うの|ちがう|差がある)",
             r"\2と\3で\1の差は",
             examples=(("A評価の実践項目の数、R2とR4でいくつ違う", "R2とR4でA評価の実践項目の数の差は"),)),
    # 「委員評価たかい順」「ひくいほうから」: the adjective in hiragana before 順 or ほう (no particle before it, typed
    # as a fragment), which says an order.
    # 「条例9条の市ってなにを指す」「…の協働って何を指してるの」: what a term of a document means, asked as 「〈term〉とは」
    # is (the passage defining it is the one shown first); 指す itself is no word to find.
    Phrasing("definition_asked_as_pointing",
             r"\s*(?:って|は|と)\s*(?:なに|何|なん)\s*(?:を|の事|のこと)?\s*指(?:す|し(?:ている|てる|てます|ますか))"
             r"(?:の|んですか|ん|か|のですか)?\s*[?？。]?\s*$",
             "とは",
             examples=(("協働のまちづくり条例9条の市ってなにを指す", "協働のまちづくり条例9条の市とは"),
                       ("ここでいう協働って何を指してるの？", "ここでいう協働とは"))),
    # 「ワーキングチーム研修参加者何人」: the particles dropped between what was held and the people counted in it —
    # the doer (参加者, 受講者: two kanji and 者) said apart, as 「…研修の参加者は何人」 is, so the figure printed after
    # it (参加者：19名) is read, not a compound no text prints.
    Phrasing("doer_counted_run_together",
             r"(?<=[一-龥ァ-ヶー]{2})(?P<d>[一-龥]{2}者)(?P<n>数)?\s*(?:は)?\s*(?=(?:何|なん)\s*(?:人|名))",
             lambda m: f"の{m.group('d')}{m.group('n') or ''}は",
             examples=(("ワーキングチーム研修参加者何人", "ワーキングチーム研修の参加者は何人"),
                       ("婚活バスツアー参加者数何名", "婚活バスツアーの参加者数は何名"))),
    Phrasing("order_in_kana", r"(おお|すくな|たか|ひく)い(?=\s*(?:順|ほう|方))",
             lambda m: {"おお": "多", "すくな": "少な", "たか": "高", "ひく": "低"}[m.group(1)] + "い",
             examples=(("委員評価たかい順 3つ", "委員評価高い順 3つ"),
                       ("合計ひくいほうから2つ", "合計低いほうから2つ"))),
    # 「5こ以上」「なんこある」: the counter 個 typed in hiragana, after a number or 何.
    Phrasing("counter_ko_in_kana",
             r"(\d|なん|何)こ(?=\s*(?:以上|以下|未満|より|まで|だけ|しか|ある|あり|あっ|です|だ|の|も|で|か|は|[?？、。]|$))",
             lambda m: ("何" if m.group(1) in ("なん", "何") else m.group(1)) + "個",
             examples=(("実践項目5こ以上ある取組", "実践項目5個以上ある取組"),
                       ("実践項目なんこあるの", "実践項目何個あるの"))),
    # 「目標値はなん件？」「なん人」: 何 typed in hiragana before a counter.
    Phrasing("nan_in_kana_before_counter", r"なん(?=(?:件|人|名|回|社|点|課|部署|年度|か所|箇所|種類|項目|団体|本|倍|割|パーセント|[%％]))", "何",
             examples=(("まんまるよやくの利用者登録数、目標値はなん件？", "まんまるよやくの利用者登録数、目標値は何件？"),
                       ("参加者はなん人", "参加者は何人"))),
    # 「れいわ4」「4ねんど」「8いか」「いちども」「活用いがいで」「…はのぞいて」: words of the grammar typed in hiragana,
    # where what stands beside them says which word they are (a number after an era, before 年度 and 以下; a noun
    # before 以外); alone, いか and いがい are too often other words (いかが, 意外).
    Phrasing("grammar_words_in_kana",
             r"(?:れいわ|へいせい)(?=\s*(?:\d|元))|(?<=\d)\s*ねんど|(?<=\d)\s*いか(?=[のでは、,?？\s]|$)"
             r"|いちども|いっかいも|(?<=[一-龥ァ-ヶーA-Za-z\d])いがい(?=[のではも、,\s]|$)"
             r"|のぞ(?:いて|いた|く(?![ぁ-ゖ]))|かぞえ(?=[たてるれ])",
             lambda m: {"れいわ": "令和", "へいせい": "平成", "ねんど": "年度", "いか": "以下", "いちども": "一度も",
                        "いっかいも": "一回も", "いがい": "以外", "のぞいて": "除いて", "のぞいた": "除いた",
                        "のぞく": "除く", "かぞえ": "数え"}[m.group(0).strip()],
             examples=(("れいわ4→5で上がった", "令和4→5で上がった"), ("3ねんど→4ねんどで評価さがった", "3年度→4年度で評価さがった"),
                       ("合計8いかの実践項目", "合計8以下の実践項目"), ("R2〜R5 いちども A とれてない", "R2〜R5 一度も A とれてない"),
                       ("AIの活用いがいで", "AIの活用以外で"), ("納税部会はのぞいて", "納税部会は除いて"),
                       ("部署ごとにかぞえたら", "部署ごとに数えたら"))),
    # 「令3より令4で評価上がった」「平30」: an era clipped to its first character before the year's number (not 令和,
    # 平成 themselves, nor a word such as 平均 or 命令: a number must follow at once).
    Phrasing("era_clipped",
             r"(?<![一-龥])(令|平)(?=\s*(?:\d{1,2}|元)(?!\d))",
             lambda m: {"令": "令和", "平": "平成"}[m.group(1)],
             examples=(("令3より令4で評価上がった実践項目", "令和3より令和4で評価上がった実践項目"),
                       ("平30の評価", "平成30の評価"))),
    # 「それ担当どこだっけ」: the record just answered with の dropped before the field asked of it, then the asking word
    # (not それ以外, それ自体; 「それ何件？」 asks of the records themselves).
    Phrasing("that_no_dropped",
             r"^(それ|これ)\s*(?=(?![以自程位等故迄何])[一-龥]{1,6}(?:は|って|が)?\s*(?:どこ|どれ|どの|なに|何|いつ|いくら|だれ|誰))",
             r"\1の",
             examples=(("それ担当どこだっけ", "それの担当どこだっけ"),)),
    # 「担当の課の名前」「担当の部署は」: the field as labelled (担当課, 担当部署); not 担当の課長, 担当の課題.
    # (「担当の部はどこ」: the bureau, 担当部; not 担当の部会, 担当の部長)
    Phrasing("tanto_no_ka", r"担当の(課|部署|部)(?![一-龥])", r"担当\1",
             examples=(("両市とも担当の課の名前がおなじ", "両市とも担当課の名前がおなじ"),
                       ("担当の部署はどこ", "担当部署はどこ"),
                       ("その事務事業の担当の部はどこ", "その事務事業の担当部はどこ"))),
    # 「さっきの行政監理室のやつで、…」「さっきの自己評価Bのなかで、…」: the records just answered, restated by what
    # picked them, narrowed (as その…の中で); 「さっきの取組」 alone, one record of an earlier turn, is earlier_turns.py's.
    Phrasing("earlier_ones_restated",
             r"^\s*(?:さっき|先ほど|先程)の(?=[^、,。？?]{1,20}?(?:の(?:やつ|もの|分)|のなか|の中|のうち)(?:で|では|から)?[、,])", "その",
             examples=(("さっきの行政監理室のやつで、No.20の", "その行政監理室のやつで、No.20の"),
                       ("さっきの自己評価Bのなかで、審議会の評価は", "その自己評価Bのなかで、審議会の評価は"))),
    # 「前年度比が90％を切った課」「10万枚を割った」: a figure falling below a number, said of a table's column, is less
    # than it (未満), as the records' grammar reads it of scores (grammar/scores.py). Only after a number.
    Phrasing("number_fallen_below",
             r"(?P<n>\d[\d,]*(?:\.\d+)?\s*(?:%|％|ポイント|点|枚|件|人|円|万枚|万円|万人)?)\s*を\s*"
             r"(?:切|割)(?:った|っている|ってる|っていた|る|り込んだ|り込む|り込んでいる)",
             r"\g<n>未満だった", tables_only=True,
             examples=(("前年度比が90％を切った課", "前年度比が90％未満だった課"),
                       ("利用率が50%を割り込んだ施設は", "利用率が50%未満だった施設は"))),
    # 「村のなかで」「北部のなかで」: the kana spelling of の中で, which the rules and the tables' reader read.
    # (after a word written in kanji or katakana only: 「そのなかで」 is the follow-up rules' own)
    Phrasing("naka_in_kana", r"(?<=[一-龥ァ-ヶー]の)なか(?=で|では|から)", "中", tables=True,
             examples=(("村のなかで△が2つ以上ある村", "村の中で△が2つ以上ある村"),
                       ("北部のなかではどこが多い", "北部の中ではどこが多い"))),
    # 「△が2つ以上ある村は何村？」: 何 and the kind of municipality said before, alone (not the end of a name, 森下村),
    # counts those bodies as 何団体 does; 何村 alone reads as a place's name.
    Phrasing("kind_counted",
             r"((?<![一-龥々ァ-ヶー])(市|町|村)(?![一-龥々ァ-ヶー])[^。？?]*?)何\2(?![一-龥々ァ-ヶー])", r"\1何団体", tables=True,
             examples=(("村のなかで△が2つ以上ある村は何村", "村のなかで△が2つ以上ある村は何団体"),
                       ("電子申請が○の町は何町？", "電子申請が○の町は何団体？"))),
    # 「（AとB、実践項目が多いのは？）じゃあその多い方で、…」: the winner of the comparison just answered, whose
    # records the answer holds, narrowed (as その中で).
    Phrasing("winner_just_compared",
             r"(?:その|そっちの|そちらの)\s*(?:多|少な|高|低|大き|小さ|良|悪|勝った|上の|下の)(?:い|かった)?\s*(?:方|ほう)\s*(?:で|の中で|のうち)",
             "その中で",
             examples=(("じゃあその多い方で、取組終了がR6じゃないものは？", "じゃあその中で、取組終了がR6じゃないものは？"),
                       ("その高いほうのうち、R5がAのは", "その中で、R5がAのは"))),
    # 「R6まで続かずにおわった」「R6まで続かなかった」: ended before that year (and so ended).
    Phrasing("ended_before_lasting_to",
             r"(" + _YEAR_SAID + r")\s*まで\s*(?:続かず(?:に)?|続かないで|続かなくて|続かなかった|続かない)"
             r"(?:\s*(?:終わった|おわった|終了した|終わって(?:い)?る|おわって(?:い)?る))?",
             r"\1より前に終わった",
             examples=(("そのうちR6まで続かずにおわったのは？", "そのうちR6より前に終わったのは？"),
                       ("令和6年度まで続かなかった実践項目", "令和6年度より前に終わった実践項目"))),
    # 「何人さんかした？」: 参加 typed in hiragana after a number of people asked (産科, 酸化 are no verb there).
    Phrasing("sanka_in_kana", r"(?:(?<=人)|(?<=名)|(?<=なんにん))\s*さんか(?=し|す|さ|して)", "参加",
             examples=(("婚活バスツアーって何人さんかした？", "婚活バスツアーって何人参加した？"),)),
    # 「R5年度末は未着手だったのに今は完了」「「研究する」と答弁したのに」: a state (or a word quoted) at one point, then
    # another said in contrast: both conditions, as 「…で、…」 says them.
    Phrasing("state_then_contrast", r"(?:(?<=[一-龥]{2})|(?<=[」』]))(?:だった|でした|と(?:答弁|回答|答え)(?:した|していた|された))のに[、,]?",
             lambda m: "で、" if m.group(0).startswith(("だった", "でした")) else m.group(0)[:m.group(0).index("のに")] + "もので、",
             tables=True,
             examples=(("R5年度末は未着手だったのに今はもう完了してるのは？", "R5年度末は未着手で、今はもう完了してるのは？"),
                       ("「研究する」と答弁したのに、R7.9月末で実施中", "「研究する」と答弁したもので、R7.9月末で実施中"))),
    # 「完了はしたのに」: the state said with a contrast to come (完了した, and then …).
    Phrasing("done_but", r"(完了|終了)は(した|している|してる)(?:のに|けど|けれど|が)[、,]?", r"\1\2もので、",
             examples=(("完了はしたのに達成状況が", "完了したもので、達成状況が"),)),
    # 「2020年より前から取り組んでいる」: a start said by the calendar year a collection prints (開始年 「2019年」), read as
    # that year's start (a printed 「2019年」 is the fiscal year 2019 too).
    Phrasing("worked_on_since_year", r"((?:19|20)\d{2})年(?!度)\s*(より前|以前|以降|以後|より後)から\s*"
             r"(?:取り組んで|取組んで|実施して|続けて|始まって|始めて|運用して|やって)(?:いる|いた|る|います)?",
             r"\1年度\2に始まった",
             examples=(("2020年より前から取り組んでいる自治体", "2020年度より前に始まった自治体"),
                       ("2015年より前から始まっている広域利用", "2015年度より前に始まった広域利用"))),
    # 「令和４年度から取り組んでいる自治体」「R4から導入してるところ」: places asked by the year their case began (a memo's
    # 【市町名】 blocks print 「令和４年度から導入」, read as their 開始年度): a start that year, as 「令和4年度から始めた」
    # says. Only before a word asking for places or cases: of a plan's own items 「から取り組んでいる」 is left to the
    # grade rules' reading of the years (grades.started_in_year).
    Phrasing("worked_on_since_year_by_places",
             r"((?:令和|平成|(?<![A-Za-z])[RH])\s*(?:元|\d{1,2})\s*(?:年度|年)?|(?:19|20)\d{2}\s*年度)\s*(?:から|より)\s*"
             r"(?:ずっと\s*)?(?:取り組んで|取組んで|実施して|導入して|運用して|続けて|やって)(?:い)?(?:る|ます)"
             r"(?=\s*(?:他|ほか|よそ)?の?\s*(?:自治体|団体|市町村|市区町村|市町|ところ|とこ|事例))",
             r"\1から始めた", tables=True,
             examples=(("令和4年度から取り組んでいる自治体は?", "令和4年度から始めた自治体は?"),
                       ("R5から導入してるところ", "R5から始めたところ"),
                       ("令和5年度から取り組んでいる他自治体", "令和5年度から始めた他自治体"))),
    # 「2015年より前に始まった共同事業」「2019年以降に開始した」: the same start said with the verb of starting
    Phrasing("started_by_year", r"((?:19|20)\d{2})年(?!度)\s*(より前|以前|以降|以後|より後)に\s*"
             r"(?:始まった|始まってる|始まっている|開始した|開始された|始めた)", r"\1年度\2に始まった",
             examples=(("2015年より前に始まった共同事業", "2015年度より前に始まった共同事業"),
                       ("2019年以降に開始した事業", "2019年度以降に始まった事業"))),
    # 「進捗度が1点だった実践項目は？進み具合が一番低い点のやつです。」: the everyday word said again after the score's
    # own name in the same question stands for that score (alone, 進み具合 names no column).
    Phrasing("progress_said_again", r"(進捗度[^。？?]*[。？?][^。？?]*?)(?:進み具合|進捗具合|進み方|はかどり具合)", r"\1進捗度",
             examples=(('進捗度が1点だった実践項目は？進み具合が一番低い点のやつです。', '進捗度が1点だった実践項目は？進捗度が一番低い点のやつです。'),)),
    # 「ガバメントクラウドファンディングの自己評価シートで、R5の進捗度は」: the sheet of an item's self-evaluation is
    # its 自己評価 (not a 事務事業評価シート, which 評価シート alone may name).
    Phrasing("self_evaluation_sheet", r"自己評価\s*(?:シート|票|の表|表|欄)(?=\s*(?:で|の|に|では|を|から|[、,]))", "自己評価",
             examples=(('ガバメントクラウドファンディングの自己評価シートで、R5の進捗度は', 'ガバメントクラウドファンディングの自己評価で、R5の進捗度は'),)),
    # 「実践項目が一番少ないグループ（取組項目）」: a plain word for a grouping, glossed by the kind in brackets, is that kind.
    Phrasing("grouping_glossed_by_kind", r"(?:グループ|くくり|括り|まとまり|かたまり)\s*[（(]\s*({KINDS})\s*[)）]", r"\1",
             examples=(('実践項目が一番少ないグループ（取組項目）はどれ', '実践項目が一番少ない取組項目はどれ'),)),
    Phrasing("hyotei_is_grade", r"(?<![一-龥])評定(?![一-龥])", "評価",
             examples=(('令和9年度にA評定だった', '令和9年度にA評価だった'), ('令和10年度の評定は?', '令和10年度の評価は?'))),
    # 「2020年度の成績は」「4年間毎年Aの成績」: a resident's everyday word for an item's grade (評価); a compound
    # of its own (成績表, 学業成績) is kept.
    Phrasing("seiseki_is_grade", r"(?<![一-龥])(総合)?成績(?![一-龥])", r"\1評価",
             examples=(('2020年度の成績は?', '2020年度の評価は?'), ('4年間毎年Aの成績だった', '4年間毎年Aの評価だった'),
                       ('総合成績がCの実践項目', '総合評価がCの実践項目'))),
    # 「委員さんの点数」: the honorific says nothing of whom (委員).
    # 「町長自ら答弁した」: who did it, stressed, is who did it (「町長が答弁した」, the 答弁者 of the rows).
    Phrasing("self_stressed_actor", r"(?<=[一-龥]{2})(?:自ら|みずから|自身が|自身で|本人が)(?=\s*[一-龥]{2}(?:し|さ))", "が",
             tables=True, examples=(("町長自ら答弁したのはどれ？", "町長が答弁したのはどれ？"),
                                    ("市長みずから説明した案件", "市長が説明した案件"))),
    # 「産業建設常任委員会のメンバーは？」: the members of a body named are the people (rows) belonging to it.
    Phrasing("members_of_body", r"(?<=(?:会|部|班|派|党|団|課))の\s*(?:メンバー|面々|顔ぶれ)", "の人", tables=True,
             examples=(("産業建設常任委員会のメンバーは？", "産業建設常任委員会の人は？"),
                       ("公明党の顔ぶれ", "公明党の人"))),
    # 「検討中のまま動いてないやつ」: not moving restates the state still held (read next), no condition of its own.
    Phrasing("held_state_not_moving", r"(?<=[一-龥]{2})のまま[、,]?\s*(?:で\s*)?(?:動いて|進んで|変わって|進展して)(?:い)?(?:ない|ません)",
             "の", tables=True,
             examples=(("R6年度末もR7.9月末も検討中のまま動いてないやつある？", "R6年度末もR7.9月末も検討中のやつある？"),
                       ("未着手のまま進んでいない事業", "未着手の事業"))),
    # 「R6年度末、R7年9月末と2時点連続で実施中」: each point said, then how many in a row, is 「R6年度末もR7年9月末も」.
    Phrasing("points_in_a_row", r"(?P<a>" + _POINT + r")\s*[、,・]\s*(?P<b>" + _POINT + r")\s*と\s*(?:\d{1,2}|[二三])\s*(?:時点|年度|年|回)\s*"
             r"(?:連続|続けて|とも)\s*で?", lambda m: f"{m.group('a')}も{m.group('b')}も", tables=True,
             examples=(("R6年度末、R7年9月末と2時点連続で実施中のものは？", "R6年度末もR7年9月末も実施中のものは？"),
                       ("令和5年度、令和6年度と2年連続でBの取組", "令和5年度も令和6年度もBの取組"))),
    # 「未対応のままなのは」「未着手のまま」: the state still held is the state (not このまま, そのまま)
    Phrasing("state_still_held", r"(?<=[一-龥]{2})のまま(?=な|の|で|だ|に|[、,？?]|$)", "",
             examples=(("そのうち未対応のままなのは何件？", "そのうち未対応なのは何件？"),
                       ("未着手のままの取組", "未着手の取組"))),
    # 「バツがついた」「マルが3回」「サンカクの項目」: a grade mark said by its name (×○△◎), as a report's legend prints it.
    # (katakana or ばつ only: まる of まるで, 丸 of 丸ごと are other words)
    Phrasing("mark_said_by_name", r"(?<![ァ-ヶー])(ニジュウマル|二重丸|バツ|ばつ|マル|サンカク)(?![ァ-ヶー])",
             lambda m: {"ニジュウマル": "◎", "二重丸": "◎", "バツ": "×", "ばつ": "×", "マル": "○", "サンカク": "△"}[m.group(1)],
             examples=(("一度でもバツがついた実施項目", "一度でも×がついた実施項目"), ("マルが3回以上", "○が3回以上"),
                       ("サンカクだった項目", "△だった項目"))),
    # 「外部委員のコメント」「外部の委員さん」「有識者委員」: the committee's members, said by how they are chosen.
    # (「有識者の意見」「有識者からのコメント」: the members' opinions, by who they are)
    Phrasing("experts_opinions", r"(?<![一-龥])(?:外部)?有識者(?:の方)?(?:の|から(?:の)?)\s*(?=意見|コメント)", "委員の",
             examples=(('有識者の意見で人口減少に触れている取組', '委員の意見で人口減少に触れている取組'),
                       ('外部有識者からのコメント', '委員のコメント'))),
    Phrasing("outside_members", r"(?<![一-龥])(?:外部|学識|有識者|第三者)(?:の)?\s*(?=委員(?!会))", "",
             examples=(('外部委員のコメントで「人手不足」に触れてる取組', '委員のコメントで「人手不足」に触れてる取組'),
                       ('外部委員さんが費用対効果のことを書いてる取組', '委員さんが費用対効果のことを書いてる取組'))),
    # 「取組終了の年度が令和4年度」「開始の年度は」: the year of an end or a start is that field (取組終了年度), never a
    # year said apart from it. (「未着手の年が一度でもある」「未完了の年」: 未… is a progress value said of a year, no
    # end or start of the item)
    Phrasing("year_of_end_or_start", r"(?<!未)(取組終了|終了|完了|廃止|開始|着手)の(?:年度|年)(?=\s*(?:が|は|を|で|も|の))", r"\1年度",
             examples=(('取組終了の年度が令和4年度になっている', '取組終了年度が令和4年度になっている'),
                       ('開始の年度は', '開始年度は'))),
    # 「じゃあ成果のほうの指標の令和4年度の実績は」: one of the kinds of indicator said as 「Xのほうの指標」 is the X指標.
    Phrasing("indicator_kind_said_as_side", r"(?<![一-龥])(活動|成果|目標|アウトプット|アウトカム)\s*の\s*(?:ほう|方)\s*の\s*指標",
             r"\1指標", examples=(("じゃあ成果のほうの指標の令和4年度の実績は", "じゃあ成果指標の令和4年度の実績は"),
                                  ("活動の方の指標", "活動指標"))),
    # 「活動指標って何を数えてるんですか？」: what an indicator counts (or measures) is what the indicator is, not a count.
    Phrasing("what_it_counts", r"(?:って|は|では|で)\s*(?:何|なに)を\s*(?:数えて|カウントして|測って|計って|はかって|計測して|測定して)(?:い)?る"
             r"(?:んですか|のですか|んだ|の|か)?",
             "は何ですか", examples=(("活動指標って何を数えてるんですか？", "活動指標は何ですか？"),
                                  ("成果指標は何を測っているの", "成果指標は何ですか"))),
    # 「審議会の先生たちの評価」「委員の先生方の点数」: the committee's members said with a courtesy (先生) are its members.
    Phrasing("committee_teachers", r"(?<![一-龥])(審議会|委員会|委員)の\s*(?:先生|有識者|メンバー)(?:たち|方|がた|さんたち|さん)?(?=\s*(?:の|から|が|は)\s*(?:評価|点数|点|採点|平均))",
             lambda m: "委員" if m.group(1) == "委員" else m.group(1),
             examples=(("審議会の先生たちの評価の平均が4.0より低い", "審議会の評価の平均が4.0より低い"),
                       ("委員の先生方の点数", "委員の点数"))),
    # 「自分たちではAをつけているのに」「担当課は自分でBをつけた」: the grade the office gave itself is its self-assessment
    # (自己評価, 総合評価).
    Phrasing("self_given_grade", r"(?:担当(?:部署|課)?(?:は|が|で)?\s*)?(?:自分たち|自分|自ら|みずから)(?:自身)?(?:で|では|は|が)?\s*"
             r"(?:の評価(?:は|で|が)?\s*)?([A-DＡ-Ｄ])(?:評価)?\s*(?:を|が)?\s*(?:つけ|付け)(?:ている|ていて|てる|た|ています|ました|て)",
             lambda m: "自己評価が" + m.group(1) + ("の" if re.match(r"[一-龥ァ-ヶー]", m.string[m.end():]) else ""),
             examples=(("自分たちではAをつけているのに", "自己評価がAのに"),
                       ("担当課は自分でB評価をつけた取組", "自己評価がBの取組"))),
    Phrasing("iin_san", r"(?<=委員)さん", "",
             examples=(('委員さんの点数が4未満', '委員の点数が4未満'),)),
    # 「担当の部署さんの名前」「納税課さんのもの」: the honorific after an office says nothing of which; 担当の部署 is 担当部署.
    Phrasing("office_san", r"(?:(?<=部署)|(?<=[課室局係]))さん(?=の|が|は|で|に|と|って|も|[、,？?]|$)", "",
             examples=(('担当の部署さんの名前', '担当の部署の名前'), ('納税課さんの実践項目', '納税課の実践項目'))),
    Phrasing("tanto_no_busho", r"担当の(?=部署|課(?![一-龥]))", "担当",
             examples=(('担当の部署の名前が同じ', '担当部署の名前が同じ'), ('担当の課は?', '担当課は?'))),
    # 「効率性の自己評価は令和3年度で何点」: the year said after the score is that year's score, as 「令和3年度の効率性は
    # 何点」 asks it (read with the year left after, it was the 総括 score).
    Phrasing("score_then_its_year", r"({SCORES})(?:の(?:自己評価|評価|点数|点))?(?:は|って)\s*((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*(?:年度)?)\s*(?:で|では|には|は|の時点で|時点で)?"
             r"(?=\s*(?:何点|何|いくつ|どう))", r"\2の\1は",
             examples=(("廃止の効率性の自己評価は令和3年度で何点でしたか", "廃止の令和3年度の効率性は何点でしたか"),
                       ("進捗度はR4では何点", "R4の進捗度は何点"))),
    # 「合計（平均値の合計）が10.5以上」: a gloss in brackets 「…の<word>」 restates the word it follows (which 合計 it
    # is), and the condition is the word's.
    Phrasing("word_glossed_by_itself", r"(?<![一-龥ァ-ヶーA-Za-z0-9０-９])([一-龥ァ-ヶー]{2,8})\s*[（(][^（）()「」]{1,12}?の\1\s*[）)]", r"\1",
             examples=(("取組項目の合計（平均値の合計）が10.5以上", "取組項目の合計が10.5以上"),
                       ("平均（委員評価の平均）が4以上", "平均が4以上"))),
    # (「自己評価（総合評価）」「部会（納税部会）」: a gloss naming another or a narrower thing, kept)
    # 「関係各課は今いくつの課になっていると書いてありますか」: how many the text says (a figure it prints in 課, as
    # 「何課と書いてある」 asks it), not a count of records; 今 only says the figure is the current one.
    Phrasing("how_many_units_written", r"(?:(?:今|いま|現在)(?:は)?)?いくつの\s*(課|部署|部局|団体|自治体|市町村|校|施設|係|室|局)"
             r"(?=[^。？?]{0,12}と(?:書いて|書かれ|記載|記され|あり|ある))", r"何\1",
             examples=(("関係各課は今いくつの課になっていると書いてありますか", "関係各課は何課になっていると書いてありますか"),
                       ("いくつの団体が参加したとありますか", "何団体が参加したとありますか"))),
    # 「提案募集はいつまででしたか」「受付っていつまで」: until when a call was open is its deadline (締切), the end of
    # its period, as 「募集の締切はいつ」 says it.
    Phrasing("call_open_until_when", r"(募集|受付|受け付け|申込み?|申し込み|応募|提出)(?:期間)?(?:は|って)\s*いつまで(?!に)", r"\1の締切はいつ",
             examples=(("提案募集はいつまででしたか", "提案募集の締切はいつでしたか"), ("受付っていつまで？", "受付の締切はいつ？"))),
    # 「…っていつまでやってたの？」「いつまで続いた？」: until when an item went on is when it ended (取組終了), asked at
    # the question's end (「いつまでに」 of a deadline is kept).
    Phrasing("until_when_is_end",
             # (a deadline's いつまで, 「締め切りはいつまで」「期限って」, is that date, not an end)
             r"(?<!切りは)(?<!切りって)(?<!締切は)(?<!切は)(?<!限は)(?<!限って)(?<!期間は)(?<!受付は)(?<!申込は)(?<!募集は)"
             r"いつまで(?!に)\s*(?:(?:やって|続けて|続いて|実施して|取り組んで|取組んで|行って|おこなって)(?:い)?(?:た|る|ました|ます|たん|るん)"
             r"|(?:やる|続く|続ける|実施する|やった|続いた|続けた|実施した)(?:予定)?(?:ん)?)?\s*(?:の|んだ|ん)?(?:です|でした|だった)?(?:か|っけ)?"
             r"(?=\s*[?？。]?\s*$)",
             "いつ終了した",
             examples=(("市税のキャッシュレス化っていつまでやってたの?", "市税のキャッシュレス化っていつ終了した?"),
                       ("それはいつまで?", "それはいつ終了した?"), ("いつまで続いたんですか", "いつ終了した"))),
    # 「まだやってる実践項目」「今も取り組んでる」: an item still being done is one going on (継続); without まだ / 今も,
    # 「納税課がやってる」 says who does it and is kept.
    Phrasing("still_doing_is_going_on",
             r"(まだ|今も|現在も|いまも|今でも|いまだに)\s*(?:やって|取り組んで|取組んで|実施して|行って|おこなって)(?:い)?(?:る|ます)",
             r"\1継続している",
             examples=(("まだやってる実践項目は何件?", "まだ継続している実践項目は何件?"),
                       ("今も取り組んでいる実践項目", "今も継続している実践項目"))),
    # 「懇話会の委員意見で」「審議会の委員の意見」: the body's members' opinions are the committee's opinions (委員の意見).
    Phrasing("body_members_opinions", r"(?:審議会|委員会|懇話会|懇談会|協議会|推進会議)\s*の\s*(?=委員の?意見)", "",
             examples=(("懇話会の委員意見で「市内事業者」に触れている", "委員意見で「市内事業者」に触れている"),)),
    # 「いまも継続している」「今でも継続中」: the 今も the rules of a state going on read.
    Phrasing("still_in_kana", r"(?:いまも|今でも|いまでも)(?=\s*(?:継続|続い))", "今も",
             examples=(("ハード事業のうちいまも継続しているもの", "ハード事業のうち今も継続しているもの"),)),
    # 「R2のときよりR5の評価が下がった」「2020年度の頃と比べて」: the year said as a time (のとき) is the year itself.
    Phrasing("year_as_time", r"((?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:年度?)?|\d{4}年度?)\s*の\s*(?:とき|時|頃|ころ)(?=\s*(?:より|と比べ|に比べ|から))",
             r"\1",
             examples=(('R2のときよりR5の評価が下がった', 'R2よりR5の評価が下がった'),
                       ('2020年度の頃と比べて', '2020年度と比べて'))),
    # 「令和6年度の施策評価でB判定」「R5の事業評価がA」: the evaluation of the items a year's grade is of, said by
    # the items' word (施策・事業・事務事業), is that year's grade, not a 総合評価 (a field of its own name).
    Phrasing("year_of_items_evaluation", r"((?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:年度?)?|\d{4}年度?)\s*の\s*"
             r"(?:施策|事務事業|事業|実践項目|取組|取り組み)評価(?=\s*(?:で|が|は|では))",
             r"\1の評価",
             examples=(('令和6年度の施策評価でB判定だった施策は?', '令和6年度の評価でB判定だった施策は?'),
                       ('R5の事業評価がAの事業', 'R5の評価がAの事業'))),
    # 「R6で、ぶら下がる施策がすべてAかB判定だった政策」: a year said first, as the setting, is the year of the grade
    # said after the items (not a 総合評価): said again right before the grade. (Not after a grade field's word,
    # 「R5で、総合評価がA」, which names its own field.)
    Phrasing("opening_year_of_items_grade",
             r"^\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:年度?)?|\d{4}年度)\s*(?:で|では|は)\s*[、,]\s*"
             r"([^、。?？]{1,20}?(?<!評価)(?<!判定)(?<!ランク)(?<!評定)が)\s*((?:すべて|全て|全部|どれも|いずれも)?)\s*(?=[A-DＡ-Ｄ](?![A-Za-z]))",
             r"\2\3\1に",
             examples=(('R6で、ぶら下がる施策がすべてAかB判定だった政策はどれ?', 'ぶら下がる施策がすべてR6にAかB判定だった政策はどれ?'),
                       ('令和6年度は、施策がAの政策', '施策が令和6年度にAの政策'))),
    # 「最も高かった」「多かった」: the past tense asks the same as 高い / 多い.
    Phrasing("past_of_adjective", r"(高|低|多|少な|大き|小さ|良|悪)かった", r"\1い",
             examples=(('最も高かった', '最も高い'),)),
    # 「担当部署が決まってない（空欄の）もの」: the bracket restates the state just said (a blank cell).
    Phrasing("blank_restated", r"(決まって(?:い)?ない)\s*[（(]\s*(?:空欄|空白|未記入)(?:の)?\s*[)）]", r"\1",
             examples=(('担当部署が決まってない（空欄の）ものは?', '担当部署が決まってないものは?'),)),
    # 「R5が「A」」「R5が"-"」: a grade or the no-grade dash in quotes is the grade itself, not a text to find.
    Phrasing("quoted_grade", r"[「『\"“”]\s*([A-Za-zＡ-Ｚａ-ｚ]|[-－―ー‐]|[◎○〇◯●△▲×])\s*[」』\"”]", r"\1",
             examples=(('R5が「A」の実践項目', 'R5がAの実践項目'), ('R5が"-"のもの', 'R5が-のもの'),
                       ('逆にR5が「-」になってるのは', '逆にR5が-になってるのは'))),
    # 「総括の総合評価、Aの実践項目とBの実践項目」: a grade field said as the topic, then its grade after the comma.
    Phrasing("grade_field_topic", r"((?:総合)?評価|ランク|判定)\s*[、,]\s*(?=[A-DＡ-Ｄ](?:の|が|は|だった|評価|と[A-DＡ-Ｄ]\s*(?:で|の間で)))", r"\1が",
             examples=(('総括の総合評価、Aの実践項目とBの実践項目の件数の差は?', '総括の総合評価がAの実践項目とBの実践項目の件数の差は?'),
                       ('R4の評価、Bのもの', 'R4の評価がBのもの'))),
    # 「年度ごとの自己評価で一度でもCを付けた」: the self-evaluation of each year is the years' grades, the scope of the
    # condition after it; read as the kind 自己評価 with 年度ごと, it became a count by a year field and the grade was lost.
    Phrasing("yearly_self_evaluation_scope", r"(?:年度ごと|年度別|年度毎|各年度|毎年|毎年度)の\s*自己評価\s*(?=で|では|において|の中で)",
             "年度ごとの評価",
             examples=(("年度ごとの自己評価で一度でもCを付けた", "年度ごとの評価で一度でもCを付けた"),
                       ("各年度の自己評価では一度もAがない", "年度ごとの評価では一度もAがない"))),
    # 「…の評価は年度ごとにどうだった？」: the grades by year asked (年度ごとの評価), not a count by year.
    Phrasing("grades_by_year_asked", r"(?<![一-龥])評価(?:は|が)\s*(?:年度ごと|年度別|年度毎|各年度|毎年|ずっと|これまで)(?:に|で|には)?\s*"
             r"(?:どう|どんな感じ|どのよう)(?:だった|でした|だ|です|なの|なっている|なってる|なった)?(?:か|の)?",
             "年度ごとの評価は",
             examples=(('ふるさと納税の推進の評価は年度ごとにどうだった?', 'ふるさと納税の推進の年度ごとの評価は?'),
                       ('文書管理システムの導入の評価はずっとどうだった?', '文書管理システムの導入の年度ごとの評価は?'))),
    # 「納税部会みたいに年度で変わるのは除いて」: a name given as an example of what is left out is no condition.
    Phrasing("example_of_left_out", r"[一-龥ァ-ヶー]{2,12}(?:みたいに|のように)\s*(?=(?:年度で|年度ごと|年度によって|持ち回り))", "",
             examples=(('納税部会みたいに年度で変わるのは除いて', '年度で変わるのは除いて'),)),
    Phrasing("wave_dash", r"[~〜～]", "〜",
             examples=(('R2~R4 終了 件数', 'R2〜R4 終了 件数'),)),
    # 「平均値の合計 一番高い取組」: a fragment, the field then a space then the superlative, says が between them.
    Phrasing("field_then_superlative", r"(?<=[一-龥ァ-ヶー])\s+(?=(?:一番|いちばん|最も|もっとも)\s*(?:高|低|多|少|大き|小さ|良|悪))", "が",
             examples=(('平均値の合計 一番高い取組', '平均値の合計が一番高い取組'),)),
    # 「R5 ハイフン（評価なし）のは」: the mark printed for no grade, said by its name or glossed, after a year.
    Phrasing("hyphen_for_no_grade", r"(?<=[\d度])\s*(?:が|は)?\s*(?:ハイフン(?:\s*[(（]\s*評価なし\s*[)）])?|[-―－]\s*[(（]\s*評価なし\s*[)）])",
             "が評価なし",
             examples=(('R5 ハイフン（評価なし）のは?', 'R5が評価なしのは?'), ('R4がハイフンのもの', 'R4が評価なしのもの'),
                       ('R5 -(評価なし)の', 'R5が評価なしの'))),
    # 「自己評価 B の取組」: a grade field and its grade typed apart, が between them.
    Phrasing("grade_field_then_grade", r"((?:自己|総合)評価)\s+(?=[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ]))", r"\1が",
             examples=(('自己評価 B の取組 いくつ', '自己評価がB の取組 いくつ'),)),
    # 「そのうち審議会 4.0以上」: the council said for its score, a number after it.
    Phrasing("council_for_its_score", r"審議会(?!評価|の)(?=\s*\d+(?:\.\d+)?\s*(?:以上|以下|未満|超|点|より))", "審議会評価",
             examples=(('そのうち審議会 4.0以上', 'そのうち審議会評価 4.0以上'),)),
    # 「※継続中は抜きで」「納税部会は抜きにして」: 抜き after は / を is leaving out, 除いて.
    Phrasing("nuki_for_leaving_out", r"(?<=[はを])\s*抜き(?:で|にして|に)(?!く)", "除いて",
             examples=(('2023年度以降に終わったやつ 何件 ※継続中は抜きで', '2023年度以降に終わったやつ 何件 ※継続中は除いて'),
                       ('納税部会は抜きにして何件', '納税部会は除いて何件'))),
    # 「行政監理室 単独担当は？」: an office said with 単独担当, no verb: the items it is alone in charge of.
    Phrasing("office_alone_in_charge", r"(?<=[課室局係所部])\s*(?:が|の)?\s*単独(?:で)?\s*(?:の)?担当(?:の(?=もの|やつ|実践項目|項目))?(?!し|する|して)",
             "が単独で担当している",
             examples=(('そのうち 行政監理室 単独担当は？', 'そのうち 行政監理室が単独で担当しているは？'),)),
    # 「資産経営課が主管のものを除くと」「…が所管の施策」: 主管・所管 after an office, as a noun, is its 担当.
    Phrasing("shukan_for_in_charge", r"(?<=[課室局係所部])\s*(が|の)\s*(?:主管|所管)(?=の(?:もの|やつ|施策|事業|実践項目|項目))",
             r"\1担当",
             examples=(('その中で資産経営課が主管のものを除くと？', 'その中で資産経営課が担当のものを除くと？'),
                       ('人事課が所管の施策', '人事課が担当の施策'))),
    # 「行政監理室 絡みの実践項目」: 絡み after an office is 関係 (its items, shared or not).
    Phrasing("karami_for_related", r"(?<=[課室局係所部])\s*絡み(?=の)", " 関係",
             examples=(('行政監理室 絡みの実践項目', '行政監理室 関係の実践項目'),)),
    # 「公設地方卸売市場の取組、取組終了は」: the record named by its topic, then (after a comma) its field asked: the
    # field of that record.
    Phrasing("topic_record_then_field",
             r"(?<=[一-龥ァ-ヶーA-Za-z0-9])の(?:取組|取り組み|取組み)\s*[、,]\s*(?=(?:取組終了|総合評価|担当部署|担当課|進捗度|合計点?|連携度|効率性|創造性)(?:は|が|って))",
             "の",
             examples=(('公設地方卸売市場の取組、取組終了は何年何月になってる？', '公設地方卸売市場の取組終了は何年何月になってる？'),)),
    # 「図書館がらみの取組事例」: がらみ / 絡み after a topic word is 関係 (what is about it).
    Phrasing("garami_for_related", r"(?<=[一-龥ァ-ヶーA-Za-z])(?:がらみ|絡み)(?=の)", "関係",
             examples=(('図書館がらみの取組事例', '図書館関係の取組事例'),)),
    # 「取組事例出してるとこ、どこ」: the ones that put it forward, asked where, is where.
    Phrasing("doing_place_where",
             r"(?:を|が)?\s*(?:出して|やって|取り組んで|実施して|行って|載せて)(?:い)?る\s*(?:とこ|ところ)\s*(?:って|は)?\s*[、,]?\s*(?=どこ)",
             "は",
             examples=(('図書館関係の取組事例出してるとこ、どこさ？', '図書館関係の取組事例はどこさ？'),)),
    # 「2021〜2023年度」: two western years sharing the 年度 written after the second; the first is a fiscal year too.
    Phrasing("western_span_shared_suffix", r"(?<!\d)((?:19|20)\d{2})\s*(〜|から|-)\s*(?=(?:19|20)\d{2}\s*年度)", r"\1年度\2",
             examples=(('2021〜2023年度 3年連続B', '2021年度〜2023年度 3年連続B'),
                       ('2021から2022年度にかけて', '2021年度から2022年度にかけて'))),
    # Spoken forms: 「ずーっと」「ずうっと」 are ずっと, 「あいだ」 is 間 (R2からR3のあいだ).
    Phrasing("zutto_spoken", r"ず[ーうぅっ]+と", "ずっと",
             examples=(('ずーっと', 'ずっと'),)),
    Phrasing("aida_kana", r"(?<=の)あいだ", "間",
             examples=(('令和2年度から令和3年度のあいだに終わったやつ、何件ある?', '令和2年度から令和3年度の間に終わったやつ、何件ある?'),)),
    # 「いっちばん低かった」「いーちばん」: the superlative stretched for emphasis is いちばん.
    Phrasing("ichiban_emphatic", r"い[っーぃ]+ちばん", "いちばん",
             examples=(('委員評価がいっちばん低かった取組項目', '委員評価がいちばん低かった取組項目'), ('いーちばん', 'いちばん'))),
    # 「、逆に値下げになるところ」: 逆に after a comma sets the question against what one expects (rises),
    # no condition; 「逆に並べて」「逆順」 (an order) keep it.
    Phrasing("gyaku_ni_aside", r"(?<=[、,])\s*逆に(?![並順ソ])", "",
             examples=(('手数料の見直しで、逆に値下げになるところってある?', '手数料の見直しで、値下げになるところってある?'),)),
    # 「いちばんお金がかかる橋」「最も費用がかかった事業」: costing the most is the highest in the one amount (いちばん高い)
    Phrasing("costs_most", r"(いちばん|一番|最も|もっとも)\s*(?:お金|費用|コスト|経費)(?:が|の)?\s*(?:かか|掛か)(?:る|った|っている|ってる)",
             r"\1高い", tables=True,
             examples=(('修繕計画でいちばんお金がかかるのはどの橋?', '修繕計画でいちばん高いのはどの橋?'),
                       ('最も費用がかかった事業', '最も高い事業'))),
    # 「逆に健全度が良くなった橋ってある？」: 逆に opening a question that says its own change (良くなった after 悪くなった
    # asked before) sets it against the last one and adds nothing: the change said is the whole condition.
    Phrasing("gyaku_ni_before_change", r"^\s*逆に[、,]?\s*(?=[^\s?？。並順ソ][^?？。]*(?:上が|下が|良くな|よくな|悪くな|わるくな|改善し|悪化し|増え|減っ))", "",
             aside=True,
             examples=(('逆に健全度が良くなった橋ってある?', '健全度が良くなった橋ってある?'),
                       ('逆に、評価が下がったものは', '評価が下がったものは'))),
    # 「（4未満のは？）逆に4以上は何件？」: 逆に opening a follow-up that says its own condition is じゃあ (the
    # condition said replaces the one before); 「逆は？」 alone (the opposite of a change) keeps it.
    Phrasing("gyaku_ni_then_said", r"^\s*逆に[、,]?\s*(?=[^\s?？。並順ソ])(?!(?:上が|下が|良くな|悪くな))", "じゃあ",
             examples=(('逆に4以上は何件?', 'じゃあ4以上は何件?'), ('逆に、Bのものは', 'じゃあBのものは'))),
    # 「前の年より減った」「前の年度と比べて」: the year before is 前年 / 前年度.
    Phrasing("year_before_spoken", r"前の年(度?)", r"前年\1",
             examples=(('令和6年度の実績値が前の年より減ったもの', '令和6年度の実績値が前年より減ったもの'),
                       ('前の年度と比べて', '前年度と比べて'))),
    # 「今回新しくできた減免」「新たに設けられた区分」: made new is 新設 (a change column prints 新設 / 継続 / 変更).
    Phrasing("newly_made", r"(?:新しく|新たに)\s*(?:でき|設けられ|作られ|つくられ|創設され)(?P<t>た|ている|てる)",
             r"新設され\g<t>", tables=True,
             examples=(('今回新しくできた減免はどれ？', '今回新設された減免はどれ？'),
                       ('新たに設けられた区分', '新設された区分'))),
    # 「コスト面に言及があった」: 面 after a word in katakana is the aspect of that word (the text says コスト).
    Phrasing("aspect_of_word", r"(?<=[ァ-ヶ][ァ-ヶー])面(?=\s*(?:に|で|から|について|の|を|が|でも))", "",
             examples=(('委員の意見でコスト面に言及があった取組', '委員の意見でコストに言及があった取組'),
                       ('サービス面での課題', 'サービスでの課題'))),
    # 「倉敷市側も同じ予防課なのは」: 同じ before the department said again only restates it (that side's cell names it).
    Phrasing("same_department_said_again", r"(?<=も)\s*同じ\s*(?=[一-龥ァ-ヶー]{1,12}?(?:課|室|係|局|センター)\s*(?:なの|なもの|の|で|が|だ))", "",
             examples=(('倉敷市側も同じ予防課なのはどれ？', '倉敷市側も予防課なのはどれ？'),)),
    # 「本部長が取り上げた推進項目」「副本部長が発言で触れた項目」: what a post (…長) took up in a meeting is the items
    # of that speaker's remarks, as 「本部長が意見で触れた」 says it (minutes of officials: generic/minutes_turns.py).
    Phrasing("post_took_up", r"(?<=[一-龥]長)(?P<p>が|は)\s*(?:(?:会議で|発言で|発言の中で|会議の中で)\s*)?"
             r"(?:取り上げ|取りあげ|とりあげ|触れ|ふれ|言及し)(?P<t>た|ている|てる|ていた)",
             lambda m: f"{m.group('p')}意見で触れ{m.group('t')}",
             examples=(('推進本部会議で本部長が取り上げた推進項目は？', '推進本部会議で本部長が意見で触れた推進項目は？'),
                       ('副本部長が発言で触れた項目はどれ', '副本部長が意見で触れた項目はどれ'))),
    # 「建設課が協力課として入っている項目」: a role said as what an office joins the row as is that role of the office
    # (「建設課が協力課の項目」), as a matrix's legend (○：協力課) prints it in the office's column.
    Phrasing("joined_as_role", r"(?<=[一-龥]課)として\s*(?:入っ|加わっ|参加し|関わっ|関与し)(?:ている|てる|ています|た)(?=\s*[一-龥ァ-ヶー]{1,8}\s*(?:は|って|を|[?？]|$))",
             "の", tables_only=True,
             examples=(('建設課が協力課として入っている項目は？', '建設課が協力課の項目は？'),
                       ('福祉課が担当課として関わってる推進項目', '福祉課が担当課の推進項目'))),
    # 「福祉課が担当か協力で関わっている推進項目」: the role (or either of two roles) an office takes part in a row
    # with is that role of the office (「福祉課が担当か協力の推進項目」), as the matrix's legend prints it.
    # (only the words of a role: 「単独で関わっている」 says how, no role, and is left as said)
    Phrasing("joined_in_role",
             r"(?<=[一-龥]課が)\s*(?P<r>" + _ROLE + r"(?:\s*(?:か|または|もしくは)\s*" + _ROLE + r")?)\s*(?:の立場)?で\s*"
             r"(?:関わっ|かかわっ|関与し|参加し|入っ|加わっ)(?:ている|てる|ています|た)"
             r"(?=\s*[一-龥ァ-ヶー]{1,8}\s*(?:は|って|を|[?？]|$))",
             r"\g<r>の", tables_only=True,
             examples=(('福祉課が担当か協力で関わっている推進項目', '福祉課が担当か協力の推進項目'),
                       ('建設課が協力で入っている項目は？', '建設課が協力の項目は？'))),
    # 「達成率って全項目平均すると」「全件合計で」: 全 with the word for the rows run into the mean or sum is all of
    # them, as 「全部平均すると」 says it.
    Phrasing("all_rows_run_into_aggregate", r"全\s*(?:項目|件|取組|事業|施策|施設|課)\s*(?=(?:で|の)?\s*(?:平均|合計|合算))", "全部",
             tables=True,
             examples=(('令和７年度の達成率って全項目平均すると何％？', '令和７年度の達成率って全部平均すると何％？'),
                       ('効果額を全件合計すると', '効果額を全部合計すると'))),
    # 「22の取組全体で平均すると」: 全体 after 取組 (one compound noun to Sudachi) is all of those records.
    Phrasing("kind_word_whole", r"(?:(?<=取組)|(?<=取り組み))(?=全体|全部)", "の",
             examples=(('22の取組全体で平均するとどうなる？', '22の取組の全体で平均するとどうなる？'),)),
    # 「…工夫を委員が評価していたのはどの取組か」: what the committee members said of something is their opinions
    # (委員の意見) mentioning it.
    Phrasing("members_said_of",
             r"(?:を|について|に対して|に関して)\s*委員(?:たち)?(?:が|は)\s*(?:高く)?(?:評価|指摘|言及|称賛|絶賛)(?:して(?:い)?た|した|して(?:い)?る)"
             r"(?P<end>のは|のが|もの(?:は)?)",
             lambda m: "に触れている委員の意見" + ("は" if m.group("end").endswith("は") else ""),
             examples=(('シカ肉をエサに使った工夫を委員が評価していたのはどの取組か', 'シカ肉をエサに使った工夫に触れている委員の意見はどの取組か'),)),
    # 「前年度のBから2023年度にAへ上がった」: the year before is the one before the year said after it.
    Phrasing("year_before_the_year_said",
             r"前年度?の\s*(?=[A-DＡ-Ｄ](?:評価)?\s*から\s*(?P<y>(?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年?度?\s*(?:に|には|で)?\s*[A-DＡ-Ｄ])",
             lambda m: f"{int(_western(m.group('y'))) - 1}年度の",
             examples=(('前年度のBから2023年度にAへ評価が上がった', '2022年度のBから2023年度にAへ評価が上がった'),
                       ('前年のCからR5にBへ上がった', '2022年度のCからR5にBへ上がった'))),
    # (the tables' reader too: 「悪くなってる施設ぜんぶ出して」 over a table is 全部 as well)
    Phrasing("zenbu_kana", "ぜんぶ", "全部", tables=True,
             examples=(('連携事業はぜんぶで何件', '連携事業は全部で何件'),)),
    Phrasing("zentai_kana", "ぜんたい", "全体",
             examples=(("ぜんたいの平均", "全体の平均"),)),
    # 「見直し後も継続になっている」「見直し後に廃止される」: the course a review decides is the items' 方向性 itself.
    Phrasing("course_after_review", r"(?:中間)?見直し後\s*(?:に|は|も|で|の)?\s*(?=[^。？?]{0,14}(?:方向性|拡充|継続|縮小|廃止|完了))", "",
             examples=(("見直し後も継続になっている", "継続になっている"), ("見直し後に廃止される項目", "廃止される項目"))),
    # 「管財課の分は除いて」: what is left out is the records of the one named (its share), as 「管財課は除いて」.
    Phrasing("share_left_out", r"の\s*(?:分|ぶん)(?=\s*(?:は|を)?\s*(?:除|のぞ|抜き|以外))", "",
             examples=(("管財課の分は除いて", "管財課は除いて"), ("人事課のぶんを除く", "人事課を除く"))),
    # 「令和７年度も引き続きＣだった」: a grade kept from the year before is that year's grade too (も says the rest).
    Phrasing("kept_grade", r"(?:(?<=も)\s*引き続き|引き続き(?=\s*[「『]?[A-DＡ-Ｄ◎○△×](?![A-Za-z])))", "",
             examples=(("令和７年度も引き続きＣだった", "令和７年度もＣだった"), ("引き続きＡ評価", "Ａ評価"))),
    # 「行政監理室の担当分は除いて」: the share a department has is what it is in charge of.
    Phrasing("share_in_charge", r"(担当|所管)分(?=[はをもがので])", r"\1", tables=True,
             examples=(('行政監理室の担当分は除いて', '行政監理室の担当は除いて'),
                       ('総務係の担当分で順調なのは', '総務係の担当で順調なのは'))),
    # 「他の部署と共同ではなく単独で担当」「ほかの課と一緒じゃなくて」: not shared with another department is alone.
    Phrasing("alone_not_jointly",
             r"(?:他|ほか)の(?:部署|課|担当課|担当部署|部局)と(?:は)?(?:の)?(?:共同|一緒|合同|共管|共同所管)(?:では|で|じゃ)?なく(?:て)?\s*[、,]?\s*(?:単独で|単独|だけで|1つで|一つで)?",
             "単独で",
             examples=(("その部署が他の部署と共同ではなく単独で担当している", "その部署が単独で担当している"),
                       ("ほかの課と一緒じゃなくて担当している", "単独で担当している"))),
    # Kana spellings of the words that compare (「おなじ」「ちがう」; まちがい stays a mistake).
    Phrasing("onaji_kana", "おんなじ|おなじ", "同じ",
             examples=(("おなじ部会", "同じ部会"), ("おんなじ課", "同じ課"))),
    Phrasing("kurabe_kana", r"(?<=[にと])くらべ(?=て|る|ると|たら)", "比べ",
             examples=(('R3にくらべてR4で評価が上がった実践項目はどれですか', 'R3に比べてR4で評価が上がった実践項目はどれですか'),)),
    # 「テーマに『施設』（公共施設のマネジメント）の丸」: a theme glossed in brackets by what it stands for; the gloss
    # says nothing more (and is no title of a record).
    Phrasing("theme_glossed",
             r"((?:テーマ|分野)\s*(?:に|が|は|で|の|として)?\s*[『「]?[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{1,8}[』」]?)\s*[（(][^（()）]{2,24}[）)]",
             r"\1",
             examples=(("テーマに『施設』（公共施設のマネジメント）の丸がついている", "テーマに『施設』の丸がついている"),
                       ("テーマが民活（民間活力）の取組", "テーマが民活の取組"))),
    # 「人材テーマ（職員の人材育成と働き方改革・簡素で効率的な組織づくり）の取組項目」: the theme's short word said
    # before テーマ, glossed by its long name (a gloss holds no figure and no が/を/は of a condition of its own).
    Phrasing("theme_glossed_after",
             r"((?<![一-龥ァ-ヶー])[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ]{1,8}(?:テーマ|分野))\s*[（(][^（()）\d０-９がをは]{2,40}[）)]",
             r"\1",
             examples=(("人材テーマ（職員の人材育成と働き方改革・簡素で効率的な組織づくり）の取組項目",
                        "人材テーマの取組項目"),
                       ("財政テーマ（健全な財政運営）の取組項目", "財政テーマの取組項目"))),
    # 「水道局関係((水)の部署)の」: a word glossed by the bureau mark it stands for is that bureau.
    Phrasing("bureau_gloss", r"[一-龥ァ-ヶー]{1,8}(?:関係|関連)?\s*[(（]\s*([(（][一-龥][)）]の部署)\s*[)）]", r"\1",
             examples=(('水道局関係((水)の部署)の', '(水)の部署の'),)),
    # 「行財政改革推進委員会の評価」「推進委員会は…何と言っている」: the body named in full (what it promotes or
    # reforms before 委員会 / 審議会 …) is the committee whose score and opinions the reports print. (Before
    # の意見 the full name is left: 「行革委員会の意見で…に触れている」 reads as the comments already.)
    Phrasing("committee_named_in_full",
             r"[一-龥]{0,12}?(?:推進|改革|行革)(委員会|審議会|懇話会|懇談会|協議会)(?=の?(?:評価|判定)|(?:は|が)[、,]?"
             r"[^?？。]{1,40}?(?:何と|なんと|なんて|どう)(?:言|い|述べ|書|指摘))", r"\1",
             examples=(('行財政改革推進委員会の評価点の平均', '委員会の評価点の平均'),
                       ('推進委員会の評価がいちばん高かった', '委員会の評価がいちばん高かった'),
                       ('推進委員会は、窓口について何と言っている', '委員会は、窓口について何と言っている'))),
    # 「委員会は、デジタル化の方策について高齢者への対応で何と言っている」: what the committee said is its
    # opinions, about what the question names.
    Phrasing("committee_says",
             r"(?:委員会|審議会|懇話会|懇談会|協議会)(?:は|が)[、,]?\s*(?P<what>[^?？。]{1,40}?)(?:で|について|に関して|には)?\s*"
             r"(?:何と|なんと|なんて|どう|どのように)(?:言って|いって|述べて|書いて|指摘して)(?:いる|る|た|いた|います|ました|ますか|いますか)?",
             r"\g<what>の委員の意見は",
             examples=(('委員会は、デジタル化の方策について高齢者への対応で何と言っている?',
                        'デジタル化の方策について高齢者への対応の委員の意見は?'),)),
    # 「個人情報の取扱いについて注文が付いている」「…に要望が出ている」: a demand made of a topic is an opinion
    # mentioning it (注文 is no word the opinions print).
    Phrasing("demand_as_mention",
             r"(?:について|に関して|に対して|に対する|への|に)\s*(?:注文|要望|要請|苦言|注意)\s*(?:が|を)\s*"
             r"(?:付いて|ついて|付けて|つけて|付けられて|つけられて|出て|出されて|寄せられて|呈されて)(?:い)?(?:る|た)",
             "に触れている",
             examples=(('個人情報の取扱いについて注文が付いている取組', '個人情報の取扱いに触れている取組'),
                       ('窓口に要望が出ている意見', '窓口に触れている意見'))),
    # 「個人情報の取扱いに触れた」「高齢者への配慮に触れた」: the handling of a thing, the care for someone, is
    # how the question says the thing the opinion mentions; the opinions word it their own way (保護に配慮,
    # 入力を防ぐ, 高齢者への支援), so the thing is the word sought.
    Phrasing("topic_handling_mentioned",
             r"(?<=[一-龥ァ-ヶー])(?:の\s*(?:取扱い|取り扱い|取扱|扱い)|への\s*配慮)(?=\s*(?:について|に関して|に触れ|にふれ|に言及))",
             "",
             examples=(('個人情報の取扱いに触れている取組', '個人情報に触れている取組'),
                       ('高齢者への配慮に触れた委員の意見', '高齢者に触れた委員の意見'))),
    # 「年度の達成状況が△」: a year's 達成状況 (an edition's name for its yearly grades) is its grade.
    Phrasing("year_achievement_status", r"(?:(?<=度)|(?<=[RH]\d)|(?<=[RH]\d\d))\s*の?\s*達成状況", "の評価",
             examples=(('2025年度の達成状況が△か×', '2025年度の評価が△か×'),
                       ('令和6年度の達成状況は?', '令和6年度の評価は?'), ('R7達成状況', 'R7の評価'))),
    # 「委員さんが費用対効果のことを書いてる取組」: what a member wrote about is a word of the committee's opinions.
    Phrasing("members_wrote_of",
             r"(?<![一-龥])委員(?:さん|の方)?(?:が|は)\s*([^、。？?\s]{1,20}?)(?:のこと|の話|について)(?:を)?\s*"
             r"(?:書いて|言って|述べて|指摘して|コメントして|触れて)(?:い)?(?:る|ます|た|ました)",
             r"委員の意見で\1に触れている",
             examples=(("委員さんが費用対効果のことを書いてる取組は？", "委員の意見で費用対効果に触れている取組は？"),
                       ("委員が人口減少について言ってる取組", "委員の意見で人口減少に触れている取組"))),
    # 「会議で運転士不足の話って出た？」: what came up at the meeting is a word of the members' opinions.
    Phrasing("meeting_talked_of",
             r"(?:会議|審議会|委員会|協議会|懇談会|懇話会)(?:の中)?\s*で\s*(?:は)?\s*([^、。？?\s]{1,20}?)(?:の話|のこと|についての話|について)"
             r"(?:って|は|が|も)?\s*(?:出た|出て(?:い)?た|出てる|出ました|出ています|あった|ありました)",
             r"委員の意見で\1に触れているもの",
             examples=(("会議で運転士不足の話って出た？", "委員の意見で運転士不足に触れているもの？"),
                       ("審議会では人件費のことは出てた？", "委員の意見で人件費に触れているもの？"))),
    # 「その発言はどの施策についての意見？」: the remark pointed back to is the member's opinion before.
    Phrasing("that_remark", r"(?<=その|この|あの)\s*発言(?=は|が|って|の|を)", "意見",
             examples=(("その発言はどの施策についての意見？", "その意見はどの施策についての意見？"),)),
    # 「人件費のことを気にしてる委員っている？」: the committee members who said something are asked
    # through what they said, their comments (委員評価, 委員会 and 委員の意見 itself are left as they are).
    Phrasing("members_for_comments", r"(?<=[るた])\s*委員(?:さん)?(?!の?意見|の?コメント|の?評価|会|長)", "委員の意見",
             examples=(('人件費のことを気にしてる委員っている？', '人件費のことを気にしてる委員の意見っている？'),
                       ('ICTに触れた委員さんは', 'ICTに触れた委員の意見は'))),
    # 「委員の意見でデジタルって出てくる取組」「シカ肉の話が出た意見はどの取組？」: the 取組 the comments
    # belong to, their 取組項目.
    Phrasing("comments_initiative", r"((?:意見|コメント).{0,40}?(?:の|る|た|な|って)\s*)(取組|取り組み)"
                    r"(?=(?:って|は|を|が)?\s*(?:どれ|どこ|何|なに|教え|ある|あり|[?？。]|$))", r"\1取組項目",
             examples=(('委員の意見でデジタルって出てくる取組', '委員の意見でデジタルって出てくる取組項目'),)),
    # 「取組終了(予定もふくむ)」: the gloss says a planned end counts as the end, as every end year does.
    Phrasing("planned_end_gloss", r"[(（]\s*(?:予定|見込み)(?:も|を)?(?:ふくむ|含む|含めて|ふくめて|込み)\s*[)）]", "",
             examples=(('取組終了(予定もふくむ)', '取組終了'),)),
    # 「ほかの課と共同のものもふくめて」: shared items, which every department's count already holds.
    Phrasing("shared_items_gloss", r"(?:ほかの|他の)?(?:課|部署)?と?共同(?:で担当|の)?(?:もの|分)?も(?:ふくめて|含めて|ふくむ|含む)[、,]?", "",
             examples=(('ほかの課と共同のものもふくめて', ''),)),
    # 「実践項目(1〜70)」: the numbers of the records said, restating which ones (the 既存 items).
    Phrasing("record_numbers_gloss", r"(?<=実践項目|取組項目)\s*[(（]\s*(?:No\.?)?\d{1,3}\s*[〜~～\-－]\s*\d{1,3}\s*[)）]", "",
             examples=(('実践項目(1〜70)', '実践項目'),)),
    # 「取組項目22項目の委員評価の平均」: the kind with the count of its records (all of them) restated, no record's
    # number (「取組項目22の」 names one: no counter after it).
    Phrasing("kind_with_its_count",
             # (「連携事業26件の何％」: the count a share is of stays, for the share rule to check it picks that many)
             r"((?:取組項目|取り組み項目|実践項目|連携事業))\s*(?:全)?\s*\d{1,3}\s*(?:項目|件|事業)\s*(?:すべて|全部|全て)?\s*(?=の|で|は|の中で|のうち)"
             r"(?!(?:の|のうち|の中で|中)\s*(?:何|なん)\s*(?:パーセント|[%％]|割))",
             r"\1",
             examples=(('取組項目22項目の委員評価の平均点は？', '取組項目の委員評価の平均点は？'),
                       ('実践項目全95件の中で', '実践項目の中で'))),
    # 「何件に上る？」「何項目に達する」: the count asked, said with what it amounts to.
    Phrasing("count_amounts_to",
             r"(何\s*(?:件|個|項目|事業|つ))\s*に\s*(?:上る|上るか|のぼる|のぼるか|達する|達するか|上った|のぼった|達した)(?=\s*(?:の|のか|か)?\s*(?:[?？。]|$))",
             r"\1",
             examples=(('評価が上がった実践項目は何件に上る？', '評価が上がった実践項目は何件？'),
                       ('何項目に達した？', '何項目？'))),
    # 「部局の略号、(総)や(政)のようなものは」: marks given as examples of the marks asked about, no bureau asked for.
    Phrasing("marks_listed_as_examples",
             r"(略称|略号|略記|略字|記号)\s*[、,]?\s*(?:[(（][一-龥][)）]\s*(?:や|と|、|,|・)?\s*)+(?:など)?\s*"
             r"(?:のようなもの|のような|みたいなもの|みたいな|といったもの|といった|など)",
             r"\1",
             examples=(('部局の略号、(総)や(政)のようなものは何種類', '部局の略号は何種類'),
                       ('略称(財)(総)などは', '略称は'))),
    # 「（納税部会みたいに年度交代のは除く）」: a record given as an example of what is left out; the kind left out
    # (年度交代) is the condition, the example names no record asked for.
    Phrasing("example_of_excluded",
             r"[^()（）、,。\s]{1,12}?(?:みたいに|みたいな|のように|のような|などの?ように)\s*"
             r"(?=[^()（）。]{1,15}?(?:は|を|のは|のもの(?:は)?)\s*(?:除く|除いて|除外|のぞく|のぞいて|抜き|抜いて))",
             "",
             examples=(('（納税部会みたいに年度交代のは除く）', '（年度交代のは除く）'),
                       ('保育部会のように持ち回りのものは除いて', '持ち回りのものは除いて'))),
    # 「取組7（窓口）」「No.12(民間委託)」: a record named by its number, a word of its title glossed after it: the
    # number names it; the gloss is no condition (nor one a follow-up keeps when it asks of all the records).
    Phrasing("record_number_title_gloss",
             r"((?:取組|取り組み|取組項目|実践項目|項目|No\.?|番号)\s*[A-Z]?\d{1,3})\s*[(（]\s*[^()（）\d、,。？?]{1,12}?\s*[)）]"
             r"(?=\s*(?:の|は|が|で|を|って|[?？、,]|$))",
             r"\1",
             examples=(('取組7（窓口）の委員評価は？', '取組7の委員評価は？'),
                       ('No.12(民間委託)の実践項目', 'No.12の実践項目'))),
    # 「A と B、この2つの取組の」: the count of the things just named only points back at them.
    Phrasing("count_pointing_back", r"(?<=[、,\s])(?:この|その|これら|それら)の?\s*(?:[2-9２-９二三四五]|両)\s*(?:つ|件|個)の?", "",
             examples=(('A と B、この2つの取組の', 'A と B、取組の'),)),
    # 「4つの推進方針の令和7年度達成率を平均すると」「3つの部会の事業費を合計すると」: a count said before the kind the
    # question opens with, then a mean or a sum of them all, only restates how many there are (every one is averaged).
    # (「3つの課が担当している」 is a condition: no の after the kind, no mean or sum)
    Phrasing("count_before_all_averaged",
             r"^(?:全部で|全)?\s*(?:[2-9２-９]|[二三四五六七八九]|1[0-9])\s*(?:つ|個|件)の\s*(?=[^\s、。？?の]{1,12}の[^。？?]*(?:平均|合計|合算|総額|総計))", "",
             examples=(('4つの推進方針の令和7年度達成率を平均すると何％？', '推進方針の令和7年度達成率を平均すると何％？'),
                       ('3つの部会の事業費を合計すると', '部会の事業費を合計すると'))),
    # 「令和7年度実績の時点で、目標値にもう届いている」: as of a year's results, said of what reaches or passes: those
    # results are what is compared (「令和7年度の実績が目標値に…」), unless the results are said again after it.
    # (「令和6年度の時点でもうR9目標を達成している」: the year's results, unsaid, are what reach the target said after)
    Phrasing("results_as_of_year",
             r"((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?)\s*の?\s*(?:(実績値?|決算)|(?=時点\s*で\s*[、,]?\s*(?:もう|すでに|既に)?"
             r"[^。?？、]{0,12}(?:目標|計画)))\s*の?\s*時点\s*で\s*[、,]?\s*"
             r"(?![^、。?？]*(?:実績|決算)(?:値)?(?:が|は))(?=[^。?？]*(?:届|達し|達成|上回|下回|超え))",
             lambda m: f"{m.group(1)}の{m.group(2) or '実績'}が",
             examples=(("令和7年度実績の時点で、令和10年度の目標値にもう届いている指標は？", "令和7年度の実績が令和10年度の目標値にもう届いている指標は？"),
                       ("令和6年度の時点でもうR9目標を達成している指標は？", "令和6年度の実績がもうR9目標を達成している指標は？"))),
    # 「実績がR9目標を達成」「R9の目標に届いた」: the target of a year said with its letter, as its year's target
    Phrasing("lettered_year_target",
             r"(?:(?<![A-Za-z])R\s*(\d{1,2})\s*の?\s*(目標値?|計画値?)|(目標値?|計画値?)\s*[(（]?\s*R\s*(\d{1,2})\s*(?:年度)?\s*[)）]?)"
             r"(?=\s*(?:を|に)\s*(?:もう|すでに|既に)?\s*(?:達成|届|達し|上回|下回|超え|満た))",
             lambda m: f"令和{m.group(1) or m.group(4)}年度の{m.group(2) or m.group(3)}",
             examples=(("実績がR9目標を達成している指標", "実績が令和9年度の目標を達成している指標"),
                       ("実績が目標R9を達成している指標", "実績が令和9年度の目標を達成している指標"))),
    # 「下がっちゃった」「終わっちゃった」: the spoken ending of a past verb.
    Phrasing("chatta_after_tsu", r"っちゃった", "った",
             examples=(('下がっちゃった', '下がった'),)),
    Phrasing("chatta", r"(?<=[ぁ-ん一-龥])ちゃった", "た",
             examples=(('R5でC評価になっちゃった実践項目', 'R5でC評価になった実践項目'),)),
    # 「欄が空いてしまっている」「終わってしまった」: てしまう only regrets what the verb says.
    Phrasing("te_shimatte_iru", r"(?<=[ぁ-ん一-龥])(て|で)しまって(?=い|る)", r"\1",
             examples=(('部会名の欄が空いてしまっている事業', '部会名の欄が空いている事業'),)),
    Phrasing("te_shimatta", r"(?<=[ぁ-ん一-龥])(?:てしまった|(で)しまった)", lambda m: "だ" if m.group(1) else "た",
             examples=(('R5で取組が終わってしまった実践項目', 'R5で取組が終わった実践項目'),
                       ('工事が進んでしまった', '工事が進んだ'))),
    # 「両年度とも評価があるものに限ります」 after two years' grades compared: a comparison of grades is only of years
    # both graded (grade_gt / grade_lt leave a '-' out), so the restriction says nothing more.
    Phrasing("both_years_graded", r"[、,。]?\s*(?:両年度|両方の年度|どちらの年度|2つの年度|両年)(?:とも|とも?に)\s*評価(?:が|の)?\s*"
             r"(?:ある|あった|付いている|ついている|ついた|付いた)(?:もの|項目)?(?:に|だけに)\s*(?:限ります|限る|限って|限定します|限定して)(?:ください)?[。]?",
             "",
             examples=(('R8よりR11のほうが評価が良くなった推進項目を教えてください、両年度とも評価があるものに限ります。',
                        'R8よりR11のほうが評価が良くなった推進項目を教えてください'),)),
    # 「効率性の評点」「「発展性」の評点」: a 観点's 評点 is that 観点's points (the word 評点 alone names a member's or the
    # committee's score).
    Phrasing("viewpoint_points", r"[「『]?([一-龥ァ-ヶー]{1,6}(?:性|度))[」』]?の評点", r"\1の点数",
             examples=(('効率性の評点がいちばん高かった', '効率性の点数がいちばん高かった'),
                       ('基本目標4の「発展性」の評点を教えて', '基本目標4の発展性の点数を教えて'))),
    # 「最初の年(R2)はC」: the year said in the brackets is the one meant.
    Phrasing("first_year_bracket", r"(?:最初|初年度|最後|最終)の?(?:年度?)?\s*[(（]\s*((?:令和|平成|[RH])\s*\d{1,2}(?:年度)?|(?:19|20)\d{2}\s*年度)\s*[)）]", r"\1",
             examples=(('最初の年(R2)はC', 'R2はC'), ('初年度(R8)より最終年度(R11)のほうが', 'R8よりR11のほうが'),
                       ('初年度(2020年度)はCだった', '2020年度はCだった'))),
    # 「R2のときに評価がＣ」「令和4年の頃は」: the year said as a time, of a grade said after it, is that year's grade.
    Phrasing("year_as_time_of_grade", r"((?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:年度?)?|\d{4}年度?)\s*の\s*(?:とき|時|頃|ころ)\s*(?:には|に|は|で)\s*[、,]?(?=\s*(?:の?評価|総合評価|[A-DＡ-Ｄ]))",
             r"\1に",
             examples=(('R2のときに評価がC', 'R2に評価がC'), ('令和4年の頃は、評価がB', '令和4年に評価がB'))),
    # 「評価がシーだった」「エーじゃなかった」: a grade letter said in kana, after a particle or 評価.
    Phrasing("grade_letter_in_kana", r"(?<=[がはもでの価])\s*(エー|ビー|シー|ディー|えー|びー|しー|でぃー)(?![ァ-ヴー])",
             lambda m: {"エー": "A", "えー": "A", "ビー": "B", "びー": "B", "シー": "C", "しー": "C",
                        "ディー": "D", "でぃー": "D"}[m.group(1)],
             examples=(('評価がシーだった実践項目', '評価がCだった実践項目'), ('自己評価がエーじゃなかった', '自己評価がAじゃなかった'),
                       ('総合評価はビーの', '総合評価はBの'))),
    # 「R2の時点でA評価」: that year's grade. (「R5の時点で未着手だった取組」: a status word a progress sheet grades
    # by, read as 「R5に未着手」 — a grade where the index's grades hold it, else not started, as 「R5に未着手」 is)
    Phrasing("as_of_year", r"(?<=[0-9度])\s*の?時点(?:で|では|の)(?=\s*[A-DＡ-Ｄ]|\s*評価|\s*(?:未着手|順調|やや遅れ|遅れ|完了))", "に",
             examples=(('R2の時点でA評価', 'R2にA評価'), ('R5の時点で未着手だった取組', 'R5に未着手だった取組'))),
    # 「…した事例は、いずれの団体の取組か」: which organization's work is which organization.
    Phrasing("whose_work_asked", r"((?:いずれ|どの|どこ|どちら)の(?:団体|自治体|市町村|都道府県))の取(?:り)?組(?:み)?(?=\s*(?:か|ですか|でしょうか|なの|[?？。]|$))",
             r"\1", examples=(('指定管理者制度を導入した事例は、いずれの団体の取組か。', '指定管理者制度を導入した事例は、いずれの団体か。'),)),
    # 「委員の意見において」: において is the written で.
    # (also after a bracketed gloss: 「総合評価（自己評価）において」)
    Phrasing("ni_oite", r"(?<=[一-龥ァ-ヶー)）])において(?:は)?", "で",
             examples=(('委員の意見において外国人への対応に触れている', '委員の意見で外国人への対応に触れている'),
                       ('総合評価（自己評価）においてC評価', '総合評価（自己評価）でC評価'))),
    # 「取組終了がR6とされていない」「R6となっていない」: a value said not to be printed is the value negated.
    Phrasing("value_said_not", r"(?<=[A-Za-z0-9度])\s*と(?:され|なっ)て(?:い)?(?:ない|ません)(?=\s*(?:もの|の|実践項目|取組|項目|事業|は|が|[、,?？。]|$))", "でない",
             examples=(('取組終了がR6とされていないもの', '取組終了がR6でないもの'), ('R6となっていない実践項目', 'R6でない実践項目'))),
    # 「消防の(消)総務課」: a bureau's word said before its own abbreviation (its first character) only glosses it.
    Phrasing("bureau_word_before_abbreviation", r"(?<![一-龥])([一-龥])[一-龥]{1,5}の\s*(?=[(（]\1[)）])", "",
             examples=(('消防の(消)総務課が担当するものを除いた', '(消)総務課が担当するものを除いた'),)),
    # 「（…の連携事業は？）それぞれ岡山市側の担当部署もお願いします。」: a field asked too, at the end, is that
    # field asked of what was just answered (as 「…の担当部署は？」).
    Phrasing("field_asked_too", r"(?<=[一-龥ァ-ヶー])も\s*(?:お願いします|お願い致します|お願いいたします|おねがいします|お願い|"
             r"教えてください|教えて下さい|教えて|知りたいです|知りたい)\s*[。.!！]?\s*$", "は？",
             examples=(('それぞれ岡山市側の担当部署もお願いします。', 'それぞれ岡山市側の担当部署は？'),
                       ('担当課も教えてください', '担当課は？'))),
    # 「ずっとグレードAの実践項目」「R5のグレード見せて」: グレード (grade), a word of its own, is 評価 said in
    # English (not グレードアップ, a word of its own).
    Phrasing("grade_said_in_katakana", r"(?<![ァ-ヶー])グレード(?![ァ-ヶー])", "評価",
             examples=(('R2からR5まで、ずっとグレードAの実践項目', 'R2からR5まで、ずっと評価Aの実践項目'),
                       ('Nがつく実践項目、R5のグレード見せて', 'Nがつく実践項目、R5の評価見せて'))),
    # 「評価ランクAのまま」「判定ランクが上がった」: staff of another city say ランク with the grade's word; the
    # grade (評価) is meant. (ランク alone is the grade rules' own word.)
    Phrasing("grade_rank_word", r"(?<![一-龥ァ-ヶー])(?:評価|判定)ランク(?![ァ-ヶー])", "評価",
             examples=(('R2からR5まで4年間ずっと評価ランクAの実践項目', 'R2からR5まで4年間ずっと評価Aの実践項目'),
                       ('令和3年度から4年度にかけて評価ランクが上がった項目', '令和3年度から4年度にかけて評価が上がった項目'))),
    # 「判定Cが2年続いた」「R2〜R5の判定に一度もAが付かなかった」「総括の判定がB」: 判定 said of a letter grade is
    # the grade (評価); a judgement in words (継続と判定, 委員会の判定が十分) is kept.
    Phrasing("hantei_of_a_letter", r"(?<![一-龥])(?<!会の)(?<!議会の)判定(?![一-龥])(?=\s*(?:は|が|に|で|の|では)?\s*"
             r"(?:一度も|1度も|ずっと|毎年|[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ])))", "評価",
             examples=(('判定Cが2年続いた', '評価Cが2年続いた'), ('R2〜R5の判定に一度もAが付かなかった', 'R2〜R5の評価に一度もAが付かなかった'),
                       ('総括の判定がBの改革項目', '総括の評価がBの改革項目'))),
    # 「評価Cが2年続いた」: a grade that lasted N years running is N年連続 (not a record still going on, 続いている).
    Phrasing("grade_lasted_years", r"(?:評価\s*)?(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DＡ-Ｄ])(?:評価)?\s*(?:が|の)\s*(\d)\s*(?:年度?|か年)(?:間)?\s*"
             r"(?:続いた|続いて(?:い)?る|続いて(?:い)?た|続く)", r"\2年連続で\1だった",
             examples=(('評価Cが2年続いたことのある項目', '2年連続でCだったことのある項目'), ('B評価が3年度続いている', '3年連続でBだった'))),
    # 「1件だけだと思うんですがどれですか」: the count the asker expects, said before the question, is no condition
    # (the answer shows how many there are).
    Phrasing("count_expected_aside", r"[、,]\s*(?:\d{1,3}|[一二三四五])\s*(?:件|個|つ|項目)(?:だけ|しか(?:ない)?)?\s*(?:だ|だった|の)?\s*"
             r"(?:と思う|と思います|と思うん|はず)(?:んです|んだ|のです|ですが|だけど)?\s*(?:が|けど|けれど|けども)?[、,]?\s*", "、",
             examples=(('総括の評価がCになってる取組事項、1件だけだと思うんですがどれですか', '総括の評価がCになってる取組事項、どれですか'),)),
    # 「上下水道の部局、(水)って付いてる」: the bureau named in words, then glossed by its mark, is the mark's.
    Phrasing("bureau_named_before_mark", r"(?<![一-龥])[一-龥]{0,4}([一-龥])[一-龥]{0,4}の\s*(?:部局|部門|部署|部)\s*[、,]?\s*(?=[(（]\1[)）])", "",
             examples=(('上下水道の部局、(水)って付いてる所管の取組事項は？', '(水)って付いてる所管の取組事項は？'),)),
    # 「(水)って付いてる、水道系の部署がやってる実践項目」: the bureau glossed in words after its mark says the mark again.
    Phrasing("bureau_named_after_mark",
             r"([(（]([一-龥])[)）][^。？?()（）]{0,12}?[、,]\s*)[一-龥]{0,4}\2[一-龥]{0,4}(?:系|関係|関連)?の\s*(?:部局|部門|部署|部|課)\s*"
             r"(?:が|で)?\s*(?:やって(?:い)?る|担当して(?:い)?る|担当の|所管の|の)",
             r"\1", examples=(('担当のところに(水)って付いてる、水道系の部署がやってる実践項目', '担当のところに(水)って付いてる、実践項目'),)),
    # 「倉敷市側の所管はどこの課？」: 所管 asked as a noun is the section in charge (担当).
    Phrasing("shokan_asked", r"(?<![一-龥])所管(?=\s*(?:は|って|が)\s*(?:どこ|どちら|どの|何|なに))", "担当",
             examples=(('倉敷市の所管はどこの課？', '倉敷市の担当はどこの課？'),)),
    # 「R4年度とR5年度くらべて」: the を before 比べて left out (a learner's slip), the years compared all the same.
    Phrasing("years_compared_without_particle", r"(年度|(?<![A-Za-z])[RH]\d{1,2})\s*(くらべて|比べて|比較して|くらべると|比べると)", r"\1を\2",
             examples=(('R4年度とR5年度くらべて、グレードが上がった項目', 'R4年度とR5年度をくらべて、グレードが上がった項目'),
                       ('R4とR5比べて', 'R4とR5を比べて'))),
    # 「いくつの部署がやってますか」: how many departments, said as いくつの部署 before what they do, is 何部署.
    Phrasing("how_many_departments_before_verb", r"(?:いくつ|何個|なんこ|幾つ)の\s*(?:担当部署|担当課|部署)(?=\s*(?:が|で)\s*(?:担当|やって|受け持|所管))", "何部署",
             examples=(('No.21の実践項目は、いくつの部署がやってますか', 'No.21の実践項目は、何部署がやってますか'),)),
    # 「同じ取組項目No.22の中で」: 同じ before an initiative said by its number only glosses it (the number says which).
    Phrasing("same_before_numbered_initiative", r"(?:その|それと)?同じ\s*(?=(?:取組項目|取り組み項目)\s*(?:No\.?|番号)?\s*\d)", "",
             examples=(('同じ取組項目No.22の中で', '取組項目No.22の中で'),)),
    # 「本庁の(総)総務課」: the main office said before a bureau's abbreviation only glosses it (as 消防の does).
    Phrasing("main_office_before_abbreviation", r"(?<![一-龥])(?:本庁|市長部局)の\s*(?=[(（][一-龥][)）])", "",
             examples=(('本庁の(総)総務課のものは除いて', '(総)総務課のものは除いて'),)),
    # 「かっこ消の総務課」「かっこ水がついてる」: a bureau's mark dictated by voice (かっこ = the bracket) is the
    # mark as printed, (消)総務課, (水).
    Phrasing("bracket_mark_said", r"(?:かっこ|カッコ|括弧)\s*([一-龥])\s*(?:かっことじ|かっこ閉じ|とじかっこ|閉じかっこ)?"
             r"(?=[ぁ-ん]|\s|[、,。]|$|[一-龥]{1,6}(?:課|室|係|局|部|所|センター))", r"(\1)",
             examples=(('かっこ消の総務課が担当してる実践項目', '(消)の総務課が担当してる実践項目'),
                       ('頭にかっこ水がついてる部署', '頭に(水)がついてる部署'),
                       ('かっこ消かっことじ総務課', '(消)総務課'))),
    # 「(水)がついてる水道の部署」: the bureau's word said after its own mark (its first character) only glosses it.
    Phrasing("bureau_word_after_abbreviation",
             r"([(（]([一-龥])[)）](?:が|の)?\s*(?:ついて(?:い)?る|付いて(?:い)?る|つく|付く)?)\s*\2[一-龥]{1,5}の\s*(?=部署|部局|課|担当)", r"\1",
             examples=(('頭に(水)がついてる水道の部署が担当', '頭に(水)がついてる部署が担当'),)),
    # 「二年連続C評価」「三年続けて」: a number of years dictated in kanji is that number (the grade rules read digits).
    Phrasing("kanji_years_run", r"(?<![一-龥])([一二三四五六七八九])\s*(年度?|か年)(?=間?\s*(?:連続|続けて|ともに|とも|ずっと|全部|すべて|全て))",
             lambda m: f"{'一二三四五六七八九'.index(m.group(1)) + 1}{m.group(2)}",
             examples=(('R2とR3で二年連続C評価', 'R2とR3で2年連続C評価'), ('三年続けてA', '3年続けてA'))),
    # 「B又はCへ下がった」「A若しくはB」: written alternatives between two grades are the grades' か.
    Phrasing("grade_written_or", r"(?<![A-Za-z])([A-DS])\s*(?:又は|若しくは|もしくは|或いは|あるいは)\s*(?=[A-DS](?![A-Za-z]))", r"\1か",
             examples=(('令和4年度にB又はCへ下がった', '令和4年度にBかCへ下がった'), ('A若しくはB評価', 'AかB評価'))),
    # 「R4→5で上がった」「れいわ4→5」: the year after the arrow written without the era of the one before it (not a score
    # or a count after it: 「R3→4点」).
    Phrasing("year_arrow_era_left_out",
             r"((?:令和|平成|(?<![A-Za-z])[RrHh])\s*)(\d{1,2})(\s*年度)?\s*(→|⇒|->)\s*(?=\d{1,2}(?![\d.]|\s*(?:点|件|個|人|名|円|位|つ|%|％|年(?!度))))",
             r"\1\2\3\4\1",
             examples=(('R4→5で上がった', 'R4→R5で上がった'), ('令和4→5で上がった', '令和4→令和5で上がった'))),
    # 「R4→R5で上がった」: an arrow between two years is from one to the other.
    Phrasing("year_arrow", r"(?<=[0-9度])\s*(?:→|⇒|->|＞|>)\s*(?=(?:令和|平成|[RrHh])?\s*[0-9元])", "から",
             examples=(('R4→R5で上がった', 'R4からR5で上がった'),)),
    # 「効率性の自己評価、理由は」: the reason written for that score.
    Phrasing("reason_of_score", r"(" + "{SCORES}" + r")(?:の(?:自己)?評価)?[、,]\s*(?:その)?(?:(?:自己)?評価の)?理由", r"\1の評価の理由",
             examples=(('効率性の自己評価、理由は', '効率性の評価の理由は'),)),
    Phrasing("reason_of_scoring", r"(" + "{SCORES}" + r")を(?:自己)?評価した(?:その)?理由", r"\1の評価の理由",
             examples=(('動物火葬場の廃止で、効率性を自己評価した理由は?', '動物火葬場の廃止で、効率性の評価の理由は?'),)),
    # 「実践項目数がいちばん多い取組は何件の実践項目を持ってる？」: the kind said again after 何件 only
    # restates what the number counts.
    Phrasing("kind_restated_after_count", r"(?:(?<=何件)|(?<=何個)|(?<=いくつ))の(?:実践項目|取組項目|項目|取組)を(?:持って|抱えて|含んで)(?:る|いる|います|ますか)?", "",
             examples=(('実践項目数がいちばん多い取組は何件の実践項目を持ってる？', '実践項目数がいちばん多い取組は何件？'),)),
    # 「委員会の評価で平均点が一番低かった」「委員評価の平均点で、最高の…」: the committee's mean said after its
    # evaluation is the committee's score (the mean of its members' points).
    Phrasing("committee_mean_said_after", r"((?:委員会|審議会|懇話会|委員)の?評価)(?:で\s*平均(?:点|値)?|の\s*平均(?:点|値))(?:で|は|が)?[、,]?\s*(?=(?:最高|最低|最大|最小|一番|いちばん|最も))",
             r"\1平均の",
             examples=(('委員会の評価で平均点が一番低かった', '委員会の評価平均の一番低かった'),
                       # (「委員評価の平均がいちばん高いテーマ」, the mean of the groups, is left as said: no で, no 点)
                       ('委員評価の平均点で、最高の取組', '委員評価平均の最高の取組'))),
    # 「外部評価委員会の平均点が4点以上」「委員会の平均点3.5点未満」: the committee's mean against a number is its score
    # (the mean of its members' points), as 委員会平均 is; 「外部評価の平均点」 is the external committee's.
    Phrasing("committee_mean_against_number",
             r"(?:(外部評価|外部評価委員会|評価委員会|委員会|審議会|懇話会|懇談会|推進会議)(?:で|の)(?:評価の)?)平均(?:点|値)(?=\s*(?:が|は|で)?\s*\d)",
             lambda m: ("外部評価委員会" if m.group(1) == "外部評価" else m.group(1)) + "平均",
             examples=(('外部評価委員会の平均点が4点以上だった重点取組', '外部評価委員会平均が4点以上だった重点取組'),
                       ('外部評価の平均点が3.5点未満の重点取組', '外部評価委員会平均が3.5点未満の重点取組'),
                       ('委員会の平均点3.5点未満', '委員会平均3.5点未満'))),
    # 「重点取組8に関係する他自治体の事例」: a collection's cases are other municipalities' by what they are; saying so
    # names no condition.
    Phrasing("cases_of_others", r"(?:他|ほか|よそ)の?(?:自治体|市町村|団体|市町)の(?=\s*(?:取組)?事例)", "",
             examples=(('重点取組8に関係する他自治体の事例を教えて', '重点取組8に関係する事例を教えて'),
                       ('他の自治体の取組事例', '取組事例'))),
    # 「…数えて。いちばん多い…」: one question written as two sentences.
    Phrasing("two_sentences", r"。(?=.)", "、",
             examples=(('…数えて。いちばん多い…', '…数えて、いちばん多い…'),)),
    # 「部会別に数えて」: counted by 部会.
    Phrasing("betsu_ni", r"(?<=[一-龥ァ-ヶー])別に(?=数え|集計|分け)", "ごとに",
             examples=(('部会別に数えて', '部会ごとに数えて'),)),
    # 「CAPおかやまの相手の担当部署」: the department a group works with is the record's own 担当部署 (the city's side
    # of the partnership): 相手の says whose department it is, no word to find.
    Phrasing("partner_of_department", r"の\s*(?:協働)?(?:相手|相手方|相手先|パートナー)\s*(?:の|側の)\s*(?=担当部署|担当課|所管課|部署|担当)", "の",
             examples=(("CAPおかやまの相手の担当部署", "CAPおかやまの担当部署"),)),
    # 「平均値がちょうど2.0」「ぴったり10点」: a value said as exact is the value (equality is how a value is read).
    Phrasing("exactly_the_value", r"(?<=[がはで、,\s])\s*(?:ちょうど|丁度|ぴったり|ピッタリ|きっかり)\s*(?=\d)", "",
             examples=(("進捗度の平均値がちょうど2.0の取組項目", "進捗度の平均値が2.0の取組項目"),
                       ("合計点がぴったり10の実践項目", "合計点が10の実践項目"))),
    # 「正確には」「最終的な総合評価(総括)」: said for emphasis, or glossing the word after it.
    Phrasing("emphasis", r"正確に(?:は|いうと|言うと)[、,]?|最終的な(?=総合評価|評価)", "",
             examples=(("正確には何月に終了", "何月に終了"), ("最終的な総合評価", "総合評価"))),
    # 「R2〜R5の自己評価に一度もA」「R2の自己評価よりR5の自己評価のほうが」: the 自己評価 of a span of years, or of two
    # years compared, is each year's grade (the report heads its yearly columns 総合評価(自己評価)). One year's
    # 自己評価 alone (「R4年度の自己評価で進捗度」「…の内訳」) is that year's self-evaluation sheet: left as said.
    Phrasing("years_self_grade",
             # (「R2からR5までの4か年、自己評価（総合評価）がすべてA」: the years counted and the column's gloss kept out)
             r"(" + _YEAR_SAID + r"\s*(?:〜|～|~|から)\s*" + _YEAR_SAID + r"(?:まで)?)\s*(?:の\s*(?P<n>\d+\s*(?:か|ヵ|カ|ケ|ヶ)?年(?:間|度)?)\s*[、,]?|[、,])?\s*の?\s*自己評価(?:\((?:総合評価|総合)\))?(?=\s*(?:に|で|が|の中で|を通じて)\s*(?:一度も|ずっと|すべて|全部|毎年))"
             r"|(" + _YEAR_SAID + r")\s*の\s*自己評価(?=\s*(?:より|と比べ|とくらべ))|(?<=より)(" + _YEAR_SAID + r")\s*の\s*自己評価",
             lambda m: f"{m.group(1) or m.group(3) or m.group(4)}の{m.group('n') or ''}評価",
             examples=(("R2〜R5の自己評価に一度もA", "R2〜R5の評価に一度もA"),
                       ("令和2年度から令和5年度までの4か年、自己評価(総合評価)がすべてA", "令和2年度から令和5年度までの4か年評価がすべてA"),
                       ("R2の自己評価よりR5の自己評価のほうが", "R2の評価よりR5の評価のほうが"))),
    # 「4年度の自己評価欄が「-」」「R4の評価欄がA」: one year's cell said with its grade (a letter or the printed
    # dash) is that year's grade (without the grade, 「R4年度の自己評価で進捗度」 stays the year's sheet).
    Phrasing("year_grade_cell",
             r"(" + _YEAR_SAID + "|" + _PLACE_YEAR_SAID + r"|(?<![\d.])\d{1,2}\s*年度)\s*の\s*(?:自己評価(?:欄)?|評価欄)(?=\s*(?:が|は)\s*[「『]?(?:[A-DS](?![A-Za-z])|[\-―‐－]))",
             r"\1の評価",
             examples=(("令和4年度の自己評価欄が「-」となっている", "令和4年度の評価が「-」となっている"),
                       ("最終年度の評価欄が「-」", "最終年度の評価が「-」"),
                       ("4年度の自己評価欄がB", "4年度の評価がB"),
                       ("R4の評価欄がA", "R4の評価がA"))),
    # 「R10年度の取組項目の総合評価がA」: the year said before the kind word is still the year of the grade
    # (as 「取組項目のR10年度の総合評価がA」); left there, it was read as nothing and the grade as the overall one.
    Phrasing("year_before_kind_grade",
             r"(" + _YEAR_SAID + r")\s*の\s*(実践項目|取組項目|取り組み項目)\s*の\s*(?=(?:総合評価|自己評価|評価)\s*(?:が|は)\s*[「『]?[A-DS](?![A-Za-z]))",
             r"\2の\1の",
             examples=(("R10年度の取組項目の総合評価がAだった", "取組項目のR10年度の総合評価がAだった"),
                       ("令和5年度の実践項目の評価はB", "実践項目の令和5年度の評価はB"))),
    # 「単年度の自己評価で一度でもC」「2021年度の単年度評価でC」: each year's own grade, not the overall one.
    Phrasing("single_year_grades", r"(?:(?<=年度)の|(?<=[RH]\d)の|(?<=[RH]\d\d)の)?単年度(?:ごと)?の?\s*(?:自己)?評価",
             lambda m: "の評価" if m.group(0).startswith("の") else "年度評価",
             examples=(("単年度の自己評価で一度でもC", "年度評価で一度でもC"),
                       ("2021年度の単年度評価でC", "2021年度の評価でC"))),
    # 「…上位4つ。同点なら番号の小さい方を先にして」: ties are shown in the documents' order already.
    Phrasing("ties_by_number", r"[。、,]?\s*(?:同点|同率|同数|同じ点数?)(?:の場合は|の時は|のときは|なら|だったら|は)\s*(?:番号|No\.?|ナンバー)\s*(?:の|が)\s*"
                               r"(?:小さい|若い|少ない)(?:方|ほう|もの)?\s*(?:を|から)?\s*(?:先|前|上)?\s*(?:に)?\s*(?:して|する|並べて|お願いします)?(?:ください)?\s*[。]?",
             "",
             examples=(("上位4つの取組項目を教えて。同点なら番号の小さい方を先にして", "上位4つの取組項目を教えて"),)),
    # 「（同点は番号順）」「（同点は取組項目No.の小さい順）」「（同点は一覧の掲載順）」: ties in the order of their
    # numbers or of the list, the order they are shown in already. (The other way round, 「番号の大きい順」, is
    # left for the question to say it was not used.)
    Phrasing("ties_in_number_order", r"[（(]\s*(?:同点|同率|同数|同じ点数?|同値)(?:の場合は|の時は|のときは|なら|だったら|は)[、,]?\s*"
                                     r"(?:(?:(?:{KINDS})\s*(?:の\s*)?)?(?:番号|No\.?|ナンバー)\s*(?:の\s*(?:小さい|若い)\s*)?順"
                                     r"|(?:一覧|資料|表|リスト)\s*(?:の|での)?\s*(?:掲載|記載|並び)?\s*順|(?:掲載|記載)順)"
                                     r"(?:で|に)?(?:お願いします|並べて)?(?:ください)?\s*[）)]",
             "",
             examples=(("高い順に並べて（同点は番号順）", "高い順に並べて"),
                       ("ワースト3の取組項目を並べて（同点は番号順で）", "ワースト3の取組項目を並べて"),
                       ("評価の高い順に並べて（同点は取組項目No.の小さい順）", "評価の高い順に並べて"),
                       ("合計点の高い順に上位2つ（同点は一覧の掲載順）", "合計点の高い順に上位2つ"))),
    # 「…の実践項目を、載っている順番で」「一覧の掲載順に並べて」: the order the documents print their records in, the
    # order answers are shown in already.
    Phrasing("in_printed_order", r"[、,]?\s*(?:(?:一覧|資料|表|リスト)\s*(?:に|で)\s*)?(?:載って(?:いる|る)|並んで(?:いる|る)|掲載|記載|掲載されて(?:いる|る))"
                                 r"\s*(?:の\s*)?(?:順番|順)\s*(?:で|に|の\s*まま)\s*(?:並べて|出して|見せて)?(?:ください)?",
             "",
             examples=(("18番目の取組項目の実践項目を、載っている順番で", "18番目の取組項目の実践項目を"),
                       ("連携事業を一覧に掲載の順に並べて", "連携事業を"))),
    # 「…事業の「対応」に挙がっている3つ目の項目」: the Nth item a record's cell lists, said as the cell's
    # (項目 here is an item of the cell, no kind: nth_listed_part.py answers 「…の対応の3つ目」)
    Phrasing("nth_item_of_a_cell", r"[「『](?P<f>[^」』]{1,12})[」』]\s*(?:に|で|の中で|の欄に)\s*"
                                   r"(?:挙がって|挙げられて|書かれて|載って|並んで|列挙されて)(?:いる|る)\s*"
                                   r"(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九])\s*(?:つ目|番目|個目)\s*の\s*(?:項目|もの|こと)",
             r"\g<f>の\g<n>つ目",
             examples=(("東南部都市連絡調整会議事業の「対応」に挙がっている3つ目の項目は？", "東南部都市連絡調整会議事業の対応の3つ目は？"),)),
    # 「…をソートして。同点は番号順で。」: the same said as a sentence of its own, not in brackets.
    Phrasing("ties_in_number_order_said", r"[。、,]\s*(?:同点|同率|同数|同じ点数?|同値)(?:の場合は|の時は|のときは|なら|だったら|は)[、,]?\s*"
                                          r"(?:番号|No\.?|ナンバー)順(?:で|に)?(?:お願いします|並べて)?(?:ください)?\s*[。]?\s*$",
             "",
             examples=(("トップ3の取組項目をソートして。同点は番号順で。", "トップ3の取組項目をソートして"),)),
    # 「合計スコアでトップ3」「スコアの合計」: the total said with the loanword for a score.
    Phrasing("total_score_loanword", r"(?<![一-龥ァ-ヶー])(?:合計スコア|スコアの合計|スコア合計|トータルスコア)(?![ァ-ヶー])", "合計",
             examples=(("合計スコア（平均値の合計）でトップ3", "合計（平均値の合計）でトップ3"),)),
    # 「ソートして」: the loanword for putting in order (並べて).
    Phrasing("sort_loanword", r"ソート(して|する|した|し)?",
             lambda m: {"して": "並べて", "する": "並べる", "した": "並べた", "し": "並べ"}.get(m.group(1) or "", "並べて"),
             examples=(("トップ3の取組項目をソートして", "トップ3の取組項目を並べて"), ("高い順にソート", "高い順に並べて"))),
    # 「取組項目をいくつ設定されていたんでしょうか」「いくつ設けていますか」: how many the plan set up, the count asked.
    Phrasing("count_set_up", r"(いくつ|何件|何項目|何個|何本)\s*(?:を)?\s*(?:設定|設け)(?:され|し|られ)?(?:て)?(?:い)?(?:た|る|ます|ました)?(?=\s*(?:ん|の)?(?:でしょうか|ですか|か|[？?。]|$))",
             r"\1",
             examples=(("取組項目をいくつ設定されていたんでしょうか", "取組項目をいくつんでしょうか"),
                       ("実践項目は何件設けていますか", "実践項目は何件か"))),
    # 「全部で何件？途中で追加したものも含めてです。」: the items added are counted anyway; the remark adds no condition.
    Phrasing("added_ones_included", r"[。、,]?\s*(?:計画の)?(?:途中で|途中から|後から|あとから)?\s*(?:追加(?:した|された|になった)|加わった|新しく入った)(?:もの|項目|分)?\s*(?:も)?\s*"
                                    r"(?:含めて|含めた|含む|入れて)(?:の数)?(?:です|で|ください|お願いします)?\s*[。]?\s*$", "",
             examples=(("全部で何件ありました？途中で追加したものも含めてです。", "全部で何件ありました？"),)),
    # 「C評価がついた実践項目は、取組終了済みのものも含めてどれ？」: the items already ended are counted anyway
    # (a grade is kept after the item ends); the remark adds no condition of its own.
    Phrasing("ended_ones_included", r"[、,]?\s*(?:取組|取り組み)?(?:終了済み|終了した|終わった|完了した|完了済み|終了している|終わっている)"
                                    r"\s*の?\s*(?:もの|項目|分|の)?\s*も\s*(?:含めて|含めた|含む|入れて)(?:ください)?\s*[、,]?",
             "",
             examples=(("令和8年度にC評価がついた実践項目は、取組終了済みのものも含めてどれですか", "令和8年度にC評価がついた実践項目はどれですか"),
                       ("R4にBだった項目、終わったのも含めて全部", "R4にBだった項目全部"))),
    # 「…いくつある？ほかの課と一緒に持ってるのも入れて」: the items shared with another department are counted anyway.
    Phrasing("shared_ones_included", r"[。、,？?]?\s*(?:ほか|他)の(?:課|部署|部局)と(?:一緒|共同|共管)に?\s*(?:持って|担当して|やって|受け持って)(?:い)?る(?:の|もの|分)?\s*も\s*(?:入れて|含めて|含む)(?:ください|ね|で)?\s*[。]?\s*$",
             "",
             examples=(("いくつある？ほかの課と一緒に持ってるのも入れて", "いくつある"),)),
    # 「まだやってるの？終わった？」: one question asked both ways; the first is the one answered (はい/いいえ).
    Phrasing("asked_both_ways", r"((?:まだ|今も|いまも)\s*(?:やって|続いて|継続して|実施して)(?:い)?る(?:の|ん)?(?:ですか|か)?)\s*[？?]\s*"
                                r"(?:それとも|もう)?\s*(?:終わった|終わってる|終了した|終了してる|完了した)(?:の|ん)?(?:ですか|か)?\s*[？?]?\s*$",
             r"\1？",
             examples=(("ごみの分別アプリのやつって、まだやってるの？終わった？", "ごみの分別アプリのやつって、まだやってるの？"),)),
    # 「同じ課が担当してる実践項目はほかにある？」: the others of the same, said after the records.
    Phrasing("same_others_after", r"(同じ[^。？?、,]{1,14}?)(実践項目|取組項目|連携事業|事例|[一-龥ァ-ヶー]{0,4}項目|もの)\s*(?:は|って|で)?\s*(?:他|ほか)に(?:も)?\s*(?=ある|あります|ない|は|どれ)",
             r"\1他の\2は",
             # (a document's own word for its items, 推進項目, stays whole)
             examples=(("同じ課が担当してる実践項目はほかにある？", "同じ課が担当してる他の実践項目はある？"),
                       ("同じ年度に完了した推進項目はほかにある？", "同じ年度に完了した他の推進項目はある？"))),
    # 「部会がいくつありますか？（部会名の種類）」: a gloss in brackets saying only that kinds are counted restates
    # what a count of a group's names asks (each told once); it names no words to look for.
    Phrasing("kinds_glossed", r"[（(]\s*(?:[^()（）、,。]{1,8}?(?:名称|名|の名前)?の)?種類(?:の数)?\s*(?:で|を|が)?\s*[)）]", "",
             examples=(("部会が全部でいくつありますか?(部会名の種類)", "部会が全部でいくつありますか?"),
                       ("テーマはいくつ(種類)", "テーマはいくつ"))),
    # 「計画値に対する達成率は？」: the figure a rate is measured against says how the rate is worked out; the
    # rate is what is asked (the base's own figure is not).
    Phrasing("rate_against_base", r"(?:計画値?|目標値?|予定値?|見込み?値?)\s*に\s*対(?:する|しての|して)\s*(?=達成(?:率|度))", "",
             examples=(("計画値に対する達成率は？", "達成率は？"), ("目標に対しての達成率", "達成率"))),
    # 「2028年度実績」「令和11年度達成率」: a year written against the figure of it, as a table's header prints it.
    Phrasing("year_against_figure", r"(" + _YEAR_SAID + r")\s*(?=(?:実績値?|目標値?|達成率)(?:は|を|が|って|の|[?？、,]|$))", r"\1の",
             examples=(("ふるさと納税の推進の2028年度実績は？", "ふるさと納税の推進の2028年度の実績は？"),
                       ("R5達成率は", "R5の達成率は"))),
    # 「令和７年度の年度末評価がＣ」: the grade given at a year's end is that year's grade (年度評価).
    Phrasing("year_end_grade", r"年度末\s*(?:の|における|時点の)?\s*評価", "評価",
             examples=(("令和７年度の年度末評価がＣだった", "令和７年度の評価がＣだった"),
                       ("年度末評価が下がった項目", "評価が下がった項目"))),
    # 「昭和の時代に建てられた施設」: the era itself said (昭和に建てられた), the year a building went up.
    Phrasing("built_in_era", r"(昭和|平成|令和|大正)\s*(?:の時代|時代|の頃|期)\s*(?=に\s*(?:建てられ|建築され|建設され|建て|建築し|建設し|竣工し|完成し))",
             r"\1", tables=True,
             examples=(("昭和の時代に建てられた施設は何件", "昭和に建てられた施設は何件"),
                       ("平成期に建築された施設", "平成に建築された施設"))),
    # 「中央保育所って西暦だと何年の建築？」: the year of the building asked in 西暦 (建築年 printed 昭和52年).
    Phrasing("built_year_in_western", r"(?:って|は)\s*西暦\s*(?:だと|では|で言うと|にすると|で)\s*何年\s*の\s*(建築|建設|竣工)",
             r"の\1年は西暦で何年", tables=True,
             examples=(("中央保育所って西暦だと何年の建築？", "中央保育所の建築年は西暦で何年？"),)),
    # 「汐見温水プールは何年に建てられましたか？西暦で教えてください。」: the same year asked by the verb, 西暦 said before
    # or after it.
    Phrasing("built_year_by_verb_in_western",
             r"(?:って|は)\s*(?:西暦\s*(?:だと|で)\s*何年\s*に\s*(?:建てられ|建築され|建設され|建っ|竣工し)[ぁ-ん]*\s*[?？]?"
             r"|何年\s*に\s*(?:建てられ|建築され|建設され|建っ|竣工し)[ぁ-ん]*\s*[?？]?\s*[、,]?\s*西暦\s*で\s*"
             r"(?:教えて(?:ください|下さい)?|お願いします|答えて(?:ください)?)?\s*[。.]?)",
             "の建築年は西暦で何年？", tables=True,
             examples=(("汐見温水プールは何年に建てられましたか？西暦で教えてください。", "汐見温水プールの建築年は西暦で何年？"),
                       ("市民会館って西暦で何年に建てられたの？", "市民会館の建築年は西暦で何年？"))),
    # 「延床面積の合計（計の欄）」: the table's own total row named in brackets is the sum asked; it says no more.
    Phrasing("total_row_glossed", r"[（(]\s*(?:合計|総計|計)\s*の?\s*(?:欄|行|値|数字|ところ)\s*[)）]", "", tables=True,
             examples=(("施設一覧の延床面積の合計（計の欄）はいくら？", "施設一覧の延床面積の合計はいくら？"),)),
    # 「スポーツ・レクリエーション系の施設」: a kind of facility named 〜系施設, said with の between.
    Phrasing("kind_of_facility", r"(?<=[一-龥ァ-ヶー・])系の(施設)", r"系\1", tables=True,
             examples=(("スポーツ・レクリエーション系の施設は何件ある？", "スポーツ・レクリエーション系施設は何件ある？"),)),
    # 「1施設あたりの平均は？」 of a figure asked before: the mean over the rows is per row; the counter says only what a
    # row is (「1件あたりの平均寄附額」, a figure of its own per case, is kept).
    Phrasing("mean_per_row", r"(?:1|一|１)\s*(?:施設|件|事業|か所|箇所|校|館|団体)\s*(?:あたり|当たり)\s*の?\s*(?=平均(?:は|を|って|値は|[?？]|$))", "", tables=True,
             examples=(("じゃあ1施設あたりの平均は？", "じゃあ平均は？"),)),
    # 「令和6年度に実施中に進んだ」: a stage a row moved on to that year is the stage it is in then.
    # (not a degree of progress: 「計画以上に進んでる」「順調に進んでいる」「大幅に進んだ」 are how far, no stage)
    Phrasing("moved_on_to_stage", r"(?<=[一-龥ァ-ヶー])(?<!以上)(?<!以下)(?<!以外)(?<!計画)(?<!予定)(?<!想定)(?<!順調)(?<!大幅)(?<!着実)(?<!急速)(?<!円滑)(?<!早期)\s*に\s*(?:進んだ|進んでいる|進んでる|移った|移行した|移行している)", "になった",
             tables=True,
             examples=(("令和6年度に実施中に進んだ対策は", "令和6年度に実施中になった対策は"),)),
    # 「未着手の項目が残っていたブロック」: the rows so still there, in the group asked, are rows so that it has
    # (「×の項目があるブロック」); the group's own table then lists the groups holding them.
    Phrasing("rows_left_in_group", r"の\s*(項目|取組|事業|施策)\s*が\s*(?:まだ)?\s*残って(?:い)?(?:た|る)(?=\s*[一-龥ァ-ヶー]{1,8}\s*(?:は|って|を|[?？]|$))",
             r"の\1がある", tables_only=True,
             examples=(("令和5年度の時点で未着手の項目が残っていたブロックは？", "令和5年度の時点で未着手の項目があるブロックは？"),
                       ("△の取組がまだ残っている分野は", "△の取組がある分野は"))),
    # 「削減される面積」: the figure of what is cut, as a table heads it (削減面積).
    Phrasing("cut_figure", r"(削減|縮減)(?:される|された|する|した|できる)(面積|額|量|台数|人数)", r"\1\2", tables=True,
             examples=(("統合再編で削減される面積は全部で何㎡？", "統合再編で削減面積は全部で何㎡？"),)),
    # 「（西暦表記のものも含めて）」: how the years are printed, said so that all are counted, asks nothing more.
    Phrasing("both_calendars_included", r"[（(]\s*(?:西暦|和暦)(?:表記|表示|で書かれた|のもの)?[^()（）]{0,12}?含め(?:て|た)?\s*[)）]", "",
             tables=True,
             examples=(("昭和の施設は何件（西暦表記のものも含めて）", "昭和の施設は何件"),)),
    # 「令和6年度末時点で実施中」: the state a table prints for a year is at its end; 時点 adds nothing to 年度末.
    Phrasing("year_end_point", r"(?<=年度末)\s*(?:時点|現在)\s*(?=で|に|の|では|において)", "",
             tables=True,
             examples=(("令和6年度末時点で実施中の対策は何件？", "令和6年度末で実施中の対策は何件？"),
                       ("R5年度末現在で完了している項目", "R5年度末で完了している項目"))),
    # 「R4の年度評価の内訳」: one year's 年度評価 is that year's grade.
    Phrasing("years_own_grade", r"(" + _YEAR_SAID + r")\s*の\s*年度評価", r"\1の評価",
             examples=(("R4の年度評価の内訳を教えてください", "R4の評価の内訳を教えてください"),)),
    # 「令和4年度の実際の数は？」「実際の件数」: the figure as it came out is the 実績 (beside the 目標, 計画).
    Phrasing("actual_figure_said", r"実際(?:の|に)(?:数|件数|数値|値|人数|数字|数量|金額|額)(?:は|って)?(?=\s*(?:何|いくつ|いくら|どれ|[?？。]|$))",
             "実績は",
             examples=(("令和4年度の実際の数は？", "令和4年度の実績は？"), ("実際の件数は何件", "実績は何件"))),
    # 「いや、課ではなく部で教えてください」: the unit corrected, the other unit asked alone (as 「部で言うと？」).
    Phrasing("unit_corrected",
             r"^\s*(?:いや|いえ|いいえ|そうではなく|そうじゃなく)?[、,]?\s*(?:部|課|部署|局|担当課|担当部)\s*(?:では|じゃ)\s*なく(?:て)?[、,]?\s*"
             r"(部|課|部署|局)\s*(?:単位)?\s*で\s*(?:教えて|お願いします|お願い|答えて|知りたい)(?:ください|下さい)?\s*[?？。]?\s*$",
             r"\1で言うと？",
             examples=(("いや、課ではなく部で教えてください。", "部で言うと？"), ("部じゃなくて課でお願いします", "課で言うと？"))),
    # 「…事業の担当は、部ではなく課の名前で言うと何課？」: within one question, the unit not meant said before the one
    # asked: the department in charge asked in that unit (as 「…の担当課は？」).
    Phrasing("unit_contrasted",
             r"(?:の)?(?:担当|所管)(?:部署)?(?:は|って|を)?[、,]?\s*(?:部|課|部署|局)(?:名)?\s*(?:では|じゃ)\s*なく(?:て)?[、,]?\s*"
             r"(部|課|局)\s*(?:の名前|の名称|名)?\s*(?:で|だと)\s*(?:言うと|いうと|言えば|いえば|答えると|見ると)?[、,]?\s*"
             r"(?:何(?:部|課|局)|どこ|どの(?:部|課|局))",
             lambda m: f"の担当{m.group(1)}は",
             examples=(("この事業の担当は、部ではなく課の名前で言うと何課？", "この事業の担当課は？"),
                       ("その事業の担当は課じゃなくて部で言うとどこ？", "その事業の担当部は？"))),
    # 「（…の担当課は？）部で言うと？」: the department (section) in charge, asked alone after another answer.
    # (「いや、課のほうで」: the other unit said as a correction, のほう after it)
    Phrasing("unit_said_alone", r"^\s*(?:じゃあ|じゃ|では|で|いや|いえ|いいえ)?[、,]?\s*(部|課|部署|局)\s*(?:単位)?\s*(?:の?ほう|の方)?\s*(?:で|だと)\s*(?:言うと|いうと|言えば|いえば|見ると|みると|お願いします|お願い|教えて(?:ください)?)?\s*(?:どこ|何)?\s*(?:ですか|でしょう)?\s*[?？。]?\s*$",
             lambda m: f"担当{m.group(1)}は？",
             examples=(("部で言うと？", "担当部は？"), ("じゃあ課だと？", "担当課は？"), ("いや、課のほうで", "担当課は？"))),
    # 「総合評価、内訳でいうとBは何件？」: one value of the breakdown asked.
    Phrasing("breakdown_then_value", r"[、,]\s*内訳\s*(?:で|で言うと|でいうと|で見ると|では)\s*[、,]?\s*(?=[A-DＡ-ＤS◎○△×](?:評価)?\s*(?:は|が))", "の内訳で、",
             examples=(("実践項目の総括の総合評価、内訳でいうとBは何件", "実践項目の総括の総合評価の内訳で、Bは何件"),)),
    # 「4年間（R2〜R5）連続でB」: the years in brackets say which span the count of years is.
    Phrasing("span_glossed", r"\d\s*(?:年間|か年|カ年|ヶ年|年度)\s*[(（]\s*((?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*(?:年度)?\s*(?:〜|～|~|-|－|から)\s*"
                              r"(?:令和|平成|[RH])?\s*(?:元|\d{1,2})\s*(?:年度)?(?:まで)?)\s*[)）]\s*(?:の間)?",
             r"\1",
             examples=(("4年間（R2〜R5）連続でB評価", "R2〜R5連続でB評価"),)),
    # 「委員評価（審議会評価平均）が4.0以上」: a score's word glossed by another word of the same score is that score.
    Phrasing("score_word_glossed", r"({NUMERIC})\s*[(（]\s*({NUMERIC})\s*[)）]", _same_score_glossed,
             examples=(("委員評価（審議会評価平均）が4.0以上", "委員評価が4.0以上"),)),
    # 「ICTをテーマに掲げながら」「協働をテーマに据えた」: a theme said as what a record holds up, as テーマにした says.
    Phrasing("theme_held_up",
             r"((?:テーマ|分野))\s*(?:に|と)\s*(?:掲げ|かかげ|据え|すえ|位置付け|位置づけ)",
             r"\1にし",
             examples=(("ICTをテーマに掲げながら", "ICTをテーマにしながら"),
                       ("協働をテーマに据えた取組", "協働をテーマにした取組"))),
    # 「子ども系（こども育成課／こども支援課）の」: an area named loosely, the departments it means listed in its
    # brackets: the departments are what is asked.
    Phrasing("area_glossed_by_departments",
             r"[一-龥ァ-ヶーぁ-ん]{1,8}(?:系|関係|関連|方面|まわり|周り)(?:の)?\s*[(（]\s*"
             r"([^()（）]{1,12}?(?:課|室|係|所|局)(?:\s*(?:/|、|,|・|や|か|又は|または)\s*[^()（）]{1,12}?(?:課|室|係|所|局))+)\s*[)）]",
             r"\1",
             examples=(("子ども系(こども育成課/こども支援課)のたんとう", "こども育成課/こども支援課のたんとう"),
                       ("税金関係(市民税課、納税課)の", "市民税課、納税課の"))),
    # 「総合評価（担当部署の自己評価）がB」: a grade field glossed with the other name the table gives it; one field.
    Phrasing("grade_field_glossed_by_other_name",
             r"(総合評価|自己評価|担当部署の自己評価)\s*[(（]\s*(?:担当部署の|担当課の|所管課の|部署の)?(?:自己評価|総合評価)\s*[)）]",
             r"\1",
             examples=(("総合評価（担当部署の自己評価）がBの取組", "総合評価がBの取組"),
                       ("自己評価(総合評価)がA", "自己評価がA"))),
    Phrasing("overall_gloss", r"(総合評価)\s*[(（]総括[)）]", r"\1",
             examples=(('R2はCだったけど、最終的な総合評価(総括)ではAになったものは?', 'R2はCだったけど、最終的な総合評価ではAになったものは?'),)),
    # 「総括でCついた」: the report's 総括 column is the item's overall grade.
    Phrasing("summary_as_overall", r"総括(?:の総合評価|評価)?(?=\s*(?:では|で|が|は|の)\s*[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ]))", "総合評価",
             examples=(('総括でＣついた実践項目ある？', '総合評価でＣついた実践項目ある？'),)),
    # 「実績がaの」「d評価がついた」「aの評価を3回以上」: a grade letter typed (or printed by a report's legend)
    # in lower case is its letter; the rules read A–D (a report printing a–d is stored so: plan_report).
    Phrasing("lower_case_grade",
             r"(?<![A-Za-z0-9\-_./@])([a-d])(?![A-Za-z0-9\-_./@])(?=\s*(?:評価|判定|ランク|だった|でした|です|の|が|に|を|と|や|か|から|→|以上|以下|未満|以外|」|』|\"|で|は|[？?、,。)）]|$))",
             lambda m: m.group(1).upper(),
             examples=(("令和7年度の実績がaの個別取組", "令和7年度の実績がAの個別取組"),
                       ("一度でもd評価がついた", "一度でもD評価がついた"),
                       ("aの評価を3回以上", "Aの評価を3回以上"),
                       ("2025年度にbだったもの", "2025年度にBだったもの"))),
    # 「令和7年度の実績がA」「2024年度の進捗評価がD」: a year's result said with a grade letter is that year's grade
    # (a report printing 計画 │ 実績 under each year grades in its 実績 cell); without a letter 実績 stays a value.
    Phrasing("year_result_as_grade",
             r"(?:(?<=年度)(の)|(?<=年度[でに])|(?<=年度には)|(?<=年度では))(?:実績評価|進捗評価|実績|進捗|達成状況)(?=\s*(?:が|は|で|では)?\s*[A-DＡ-Ｄ](?![A-Za-zＡ-Ｚａ-ｚ]))",
             lambda m: (m.group(1) or "") + "評価",
             examples=(("令和7年度の実績がAの個別取組", "令和7年度の評価がAの個別取組"),
                       ("2024年度の進捗評価がDだった取組", "2024年度の評価がDだった取組"),
                       ("すべての年度で実績がAだった", "すべての年度で評価がAだった"))),
    # 「いちばん多いランクは」: the grades are the values whose groups are compared.
    Phrasing("most_common_rank", r"(いちばん|一番|最も)(多い|少ない)(?:ランク|グレード)", r"\1\2評価",
             examples=(('令和4年度の評価、いちばん多いランクは何件？', '令和4年度の評価、いちばん多い評価は何件？'),)),
    # 「部会、全部でいくつある？」「R4の評価、内訳は？」: a comma marks the topic the count or breakdown is of.
    Phrasing("topic_comma_count", r"[、,]\s*(?=(?:全部で|ぜんぶで|合わせて|あわせて)?\s*(?:いくつ|何種類|なん種類)(?:ある|あります)?)", "は",
             examples=(('連携事業の部会、全部でいくつある？', '連携事業の部会は全部でいくつある？'),)),
    Phrasing("topic_comma_breakdown", r"[、,]\s*(?=(?:内訳|分布)(?:は|を|って|が)?\s*(?:[？?]|$|見せて|教えて|出して|どう(?:なって|なっ|なの|です)))", "の",
             examples=(('R4の評価、内訳は？', 'R4の評価の内訳は？'), ('R2の実践の評価、内訳どうなってる？', 'R2の実践の評価の内訳どうなってる？'))),
    # 「総括の総合評価って内訳どうなってる」: the topic said with って, then its breakdown asked.
    Phrasing("topic_tte_breakdown", r"(?<=[一-龥ァ-ヶーA-Za-z0-9])\s*(?:って|は)\s*(?=(?:内訳|分布)(?:は|って)?\s*(?:[？?]|$|見せて|教えて|出して|どう(?:なって|なっ|なの|です)))", "の",
             examples=(('実践項目の総括の総合評価って内訳どうなってる', '実践項目の総括の総合評価の内訳どうなってる'),)),
    # 「取組項目1の実践項目数と取組項目2の実践項目数の差」: one field said for each of two records
    # named by their numbers (「最高の合計点と最低の合計点の差」 compares two aggregates instead).
    Phrasing("field_said_for_both", r"([^、,。と]*?\d[^、,。と]*?)の([一-龥ァ-ヶー]{2,8})と([^、,。と]*?\d[^、,。と]*?)の\2(?=の?(?:差|違い|開き))", r"\1と\3の\2",
             examples=(('取組項目1の実践項目数と取組項目2の実践項目数の差', '取組項目1と取組項目2の実践項目数の差'),)),
    # 「総括の4項目（進捗度・連携度・効率性・創造性）が」: the scores said by their count, then named in brackets; the
    # names are what is meant.
    Phrasing("scores_counted_then_named",
             r"(?:[0-9一二三四五六]\s*(?:つ|個)?の?)?(?:項目|評価項目|観点|指標|評価)\s*[（(]((?:{SCORES})(?:\s*[・、,]\s*(?:{SCORES}))+)[)）]",
             r"\1",
             examples=(('総括の4項目（進捗度・連携度・効率性・創造性）が全部2点', '総括の進捗度・連携度・効率性・創造性が全部2点'),
                       ('4つの観点(進捗度、効率性)がどちらも3', '進捗度、効率性がどちらも3'))),
    # 「取組項目7（窓口の利便性向上）以外」: the item's title glossed after its number, before the word leaving it out.
    Phrasing("item_number_glossed_left_out",
             r"((?:取組項目|取組|項目|No\.?|NO\.?|番号)\s*\d{1,3})\s*[（(][^（）()]{1,24}[)）](?=\s*(?:以外|を除|は除|除く|除いて|じゃな|ではな))",
             r"\1",
             examples=(('取組項目7（窓口の利便性向上）以外に属するもの', '取組項目7以外に属するもの'),)),
    # 「R3以降R5以前」「R3以上でR5以下」「令和3年度以後、令和5年度まで」: a range of years bounded on both sides, both
    # years in it, as 「R3からR5まで」 says it.
    Phrasing("years_bounded_both_sides",
             r"((?:R|令和|平成|H)\s*(?:\d{1,2}|元)(?:年度|年)?)\s*(?:以降|以後|以上|から後)\s*(?:で|、|,)?\s*(?:かつ|且つ)?\s*"
             r"((?:R|令和|平成|H)\s*(?:\d{1,2}|元)(?:年度|年)?)\s*(?:以前|以下|まで)(?![にの]?間)",
             r"\1から\2まで",
             examples=(('取組終了がR3以降R5以前の実践項目', '取組終了がR3からR5までの実践項目'),
                       ('R3以上でR5以下に終わったもの', 'R3からR5までに終わったもの'),
                       ('令和3年度以後、令和5年度までに終了', '令和3年度から令和5年度までに終了'))),
    # 「R2〜R4はずっとBで、R5だけAになった」: that year's grade (the others are said beside it).
    Phrasing("only_that_year", r"((?:R|令和|平成|H)\s*\d{1,2}(?:年度)?|\d{4}年度)\s*だけ(?=\s*(?:が|は)?\s*[A-DＡ-Ｄ](?![A-Za-z]))", r"\1は",
             examples=(('R2〜R4はずっとBで、R5だけAになったのは？', 'R2〜R4はずっとBで、R5はAになったのは？'),)),
    # 「納税部会は対象外で。」: what is put outside what is asked is left out, as 除いて says it (a year said
    # so, 「令和3年度は評価の対象外」, is a grade's and is left to the grade rules).
    Phrasing("left_out_as_outside", r"(?<![年度0-9元])(?:は|を)\s*(?:対象外|対象から外|対象から除外)(?:して|し|で|です|にして|とし(?:て)?)?"
             r"(?:ください|下さい|お願いします|おねがいします|お願い|ね)?(?=\s*(?:[。、,.!！]|$))",
             "は除いて", examples=(('納税部会は対象外で。', '納税部会は除いて。'), ('納税部会は対象外としてください', '納税部会は除いて'))),
    # 「行政監理室担当のは外して」「納税課のは抜いて」: other verbs of leaving out, said as 除いて.
    Phrasing("left_out_other_verbs", r"(?<=[はを])\s*(?:外して|はずして|抜いて|ぬいて)(?=\s*(?:[。、,.!！?？)）]|$|ください|下さい|ほしい|欲しい|くれ|もらえ))",
             "除いて", examples=(('合計12点、行政監理室担当のは外して', '合計12点、行政監理室担当のは除いて'),
                                 ('納税課のは抜いてください', '納税課のは除いてください'))),
    # 「(総)総務課のものは含めないでください」「納税課のは入れずに」: what is not to be included is left out, 除いて.
    # (「納税部会の分は数えないで」: left out of what is counted, as 含めないで)
    Phrasing("left_out_not_included", r"(?<=[はを])\s*(?:含めないで|ふくめないで|含めずに|含めず|入れないで|いれないで|入れずに|含まないで|数えないで|数えずに|カウントしないで)"
             r"(?=\s*(?:[。、,.!！?？)）]|$|ください|下さい|ほしい|欲しい|くれ|もらえ|お願い))",
             "除いて", examples=(('(総)総務課のものは含めないでください。', '(総)総務課のものは除いてください。'),
                                 ('納税課のは入れずに', '納税課のは除いて'),
                                 ('納税部会の分は数えないで。', '納税部会の分は除いて。'))),
    # 「16年度・17年度で交代する納税部会の分は除いて」: what is left out, described by its chair alternating by year (the
    # asker's account of why, as left_out_for_a_reason): no condition of its own, no year to find.
    Phrasing("left_out_described_by_alternating",
             r"(?:(?<=[、。？?\s])|^)[^、。？?()（）\x1f]{0,24}?(?:年度|年)\s*(?:ごと)?\s*(?:で|に)\s*(?:交代|入れ替わ|持ち回り)(?:する|している|してる|した|の)\s*"
             r"(?=[一-龥ァ-ヶーA-Za-z0-9]{2,16}(?:の分|のもの|の)?(?:は|を)\s*(?:除いて|除く|除き|外して))",
             "",
             examples=(('何件？16年度・17年度で交代する納税部会の分は除いて。', '何件？納税部会の分は除いて。'),)),
    # 「(納税部会は年度で交代するので除いて)」: what is left out, with the asker's reason for it (no condition).
    Phrasing("left_out_for_a_reason", r"([一-龥ァ-ヶーA-Za-z0-9]{2,16})は[^。、()（）]{1,24}?(?:ので|から|ため)[、,]?\s*(?=除いて|除く|除き|外して|抜いて)", r"\1を",
             examples=(('(納税部会は年度で交代するので除いて)', '(納税部会を除いて)'),)),
    # 「No.12の委員の意見」→「その評価点は？」: the score given with the opinions (an item's 評価点 by year
    # is said with its year: 「2026年度の評価点」).
    Phrasing("score_with_the_opinions", r"(?:(?<=その)|(?<=取組項目\dの)|(?<=取組項目\d\dの))評価点(?=\s*(?:は|って|を|[？?]|$))", "委員評価",
             examples=(('その評価点は？', 'その委員評価は？'), ('取組項目12の評価点は？', '取組項目12の委員評価は？'))),
    # 「正確には何月に取組終了？」: the month of the end (its year is the one the month is in).
    Phrasing("month_of_end", r"(?<![年\d])何月に(?=\s*(?:取組)?(?:が)?(?:終了|終わ))", "何年何月に",
             examples=(('正確には何月に取組終了？', '正確には何年何月に取組終了？'),)),
    # 「A・B・Cの内訳」: the grades listed are the categories of the breakdown asked.
    Phrasing("grades_listed_breakdown", r"([(（]?)(?:では|で|は|について)?[、,]?\s*[A-D](?:\s*[・、,/]\s*[A-D])+\s*(?:の|ごとの|別の)?(?=内訳|分布|件数|それぞれ)", lambda m: m.group(0) if m.group(1) else "の",
             examples=(('A・B・Cの内訳', 'の内訳'),)),
    # 「B（おおむね計画どおり）は何件」「評価が5（非常に評価できる）」: a grade glossed in brackets with what the
    # legend says it means is the grade (the gloss restates it; no words of a condition).
    Phrasing("grade_glossed", r"(?:(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DＡ-Ｄ])|(?<=評価が)(\d)|(?<=評価は)(\d))\s*[（(]\s*[^()（）A-Za-z0-9Ａ-Ｚａ-ｚ０-９:：]{2,20}?\s*[）)]",
             lambda m: m.group(1) or m.group(2) or m.group(3),
             examples=(('B（おおむね計画どおり）は全部で何件', 'Bは全部で何件'),
                       ('評価が5（非常に評価できる）だった取組項目', '評価が5だった取組項目'))),
    # 「1,000件を超えた月は何か月あった？」: months counted by their own counter, over rows named by month, are
    # how many rows (a 月 │ 件数 table's months), no span of time asked.
    Phrasing("months_counted", r"(?<=月)(は|が)\s*(?:何|なん)\s*(?:か|カ|ヶ|ケ|箇)\s*月\s*(?:あった|ある|あります|ありました)?",
             r"\1何件", tables=True,
             examples=(("催告書の発送件数が1,000件を超えた月は何か月あった？", "催告書の発送件数が1,000件を超えた月は何件？"),
                       ("目標を下回った月は何ヶ月ある", "目標を下回った月は何件"))),
    # 「SMSを使った取組をしている他自治体は？」: the other municipalities asked for, by what they do, are the cases
    # of a collection of theirs, as 「…している事例」 asks (said bare, 他自治体 was a word to search for).
    Phrasing("other_municipalities_asked",
             r"(?<=[るたい])\s*(他の?自治体|他の?市町村|他団体|他市)(?=\s*(?:は|って|を教えて)?\s*(?:どこ|どれ)?\s*[?？]?\s*$)",
             # (the tables' reader too: 「テーマに「委託」が入っている他市」 is no row of the city's own table of テーマ)
             "事例", tables=True,
             examples=(("SMSを使った取組をしている他自治体は？", "SMSを使った取組をしている事例は？"),
                       ("テーマに「委託」が入っている他市はどこ？", "テーマに「委託」が入っている事例はどこ？"),
                       ("口座振替を進めている他の自治体はどこ", "口座振替を進めている事例はどこ"),
                       # (a memo's 【place】 blocks are rows called 事例 too: tables/place_rows.py place_cases_word)
                       ("主な取組に勤務間インターバルが入っていない他団体は？", "主な取組に勤務間インターバルが入っていない事例は？"))),
    # 「いま実施中の連携事業」: a state said of now is the state the document prints (実施中), no condition of its own.
    # (「共同調達で今稼働中のもの」「現在構築中の」: a system's state as a list of procurements prints it)
    Phrasing("state_now", r"(?:いま|今|現在|目下)(?:も|は)?\s*(?=(?:実施|休止|検討|継続|準備|運用|稼働|構築|進行|停止|調整|協議)中)", "",
             examples=(('鵐坂市が幹事で、いま実施中の連携事業', '鵐坂市が幹事で、実施中の連携事業'),
                       ("今稼働中のものは何件", "稼働中のものは何件"))),
    # 「まだ取組が終わっていない（次期プランに継続する）もの」: what goes on said again in brackets (継続) restates it.
    Phrasing("not_ended_glossed",
             r"(終わっていない|終わってない|終了していない|終了してない|完了していない|完了してない|終わっていません)\s*[（(][^()（）]{0,16}継続[^()（）]{0,8}[）)]",
             r"\1",
             examples=(('まだ取組が終わっていない（次期プランに継続する）ものは？', 'まだ取組が終わっていないものは？'),)),
    # 「「おおむね評価できる」（3）とされた」: a band of the legend said with its score in brackets is that score.
    Phrasing("band_glossed_with_score",
             r"[「『]([^」』]{2,16})[」』]\s*[（(]\s*(\d(?:\.\d)?)\s*点?\s*[）)]\s*(?=とされた|と評価された|とされている|の評価|だった)",
             r"評価が\2",
             examples=(('意見書で「おおむね評価できる」（3）とされた取組項目', '意見書で評価が3とされた取組項目'),)),
    # 「推進委員会の意見書で、評価が5だった取組項目」: the score a committee's paper gives is its committee's.
    Phrasing("paper_score", r"(?<=意見書)(で|では|の中で)\s*[、,]?\s*評価(?=\s*(?:が|は)\s*\d)", r"\1、委員会評価",
             examples=(('推進委員会の意見書で、評価が5だった取組項目', '推進委員会の意見書で、委員会評価が5だった取組項目'),
                       ('意見書で評価が3とされた取組項目', '意見書で、委員会評価が3とされた取組項目'))),
    # 「総合評価の内訳を教えて。Aは何件？」: a breakdown asked, then the one category counted: that count.
    # (「…の内訳で、Bは全部で何件」: all of them counted, said so)
    Phrasing("breakdown_then_one_counted", r"の?(?:内訳|分布)(?:を(?:教えて|見せて|出して|示して)(?:ください|下さい)?[。、,]\s*|[。、,]\s*|で|のうち|の中で|では)[、,]?\s*"
                    r"(?=[A-DＡ-Ｄ](?:評価|判定)?(?:(?:と|に)(?:され|なっ)たの|だったの)?(?:は|が|って)\s*(?:全部で|合わせて|合計で)?\s*(?:何件|いくつ|何個))", "で",
             examples=(('総合評価の内訳を教えて。Aは何件？', '総合評価でAは何件？'), ('R4評価の内訳でBはいくつ', 'R4評価でBはいくつ'),
                       ('総合評価の内訳で、Aって何件？', '総合評価でAって何件？'),
                       ('R2評価の内訳で、Aは何件だった？', 'R2評価でAは何件だった？'),
                       # (the category said as a judgement made: 「B評価とされたのは」)
                       ('総合評価（総括）の内訳で、B評価とされたのは何件か', '総合評価（総括）でB評価とされたのは何件か'),
                       ('令和元年度の評価の内訳で、Bは全部で何件？', '令和元年度の評価でBは全部で何件？'),
                       # (「…の内訳を伺いたい。A評価は何件か。」: the request is dropped first, leaving 「内訳、」)
                       ('総括の総合評価の内訳、A評価は何件か。', '総括の総合評価でA評価は何件か。'))),
    # 「取組終了 年ごとの内訳 R6は何件？」: the breakdown of the end years asked, then one year counted: that year's.
    Phrasing("end_breakdown_then_one_year_counted",
             r"(取組終了|終了年度)\s*(?:の)?\s*(?:(?:年|年度)(?:ごと|毎|別)の?\s*)?(?:内訳|分布)(?:を?(?:教えて|見せて|出して)(?:ください|下さい)?)?(?:[。、,]\s*|で|のうち|の中で|では|\s+)[、,]?\s*"
             r"((?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:年度)?|(?:19|20)\d{2}年度)\s*(?:は|が)(?=\s*(?:何件|いくつ|何個))",
             r"\1が\2なのは",
             examples=(('取組終了 年ごとの内訳 R6は何件?', '取組終了がR6なのは何件?'),
                       ('取組終了の内訳、R4はいくつ', '取組終了がR4なのはいくつ'),
                       ('取組終了の内訳出して、R6は何件？', '取組終了がR6なのは何件？'))),
    # (「内訳ください。Bは何件」: the breakdown asked for with ください)
    Phrasing("breakdown_asked_then_one_counted", r"の?(?:内訳|分布)(?:を?(?:教えて|見せて|出して)(?:ください|下さい)?[。、,]\s*|を?(?:ください|下さい|お願いします|お願い)[。、,]\s*|で|のうち|の中で|では)[、,]?\s*"
                    r"(?=[A-DＡ-Ｄ](?:評価|判定)?(?:(?:と|に)(?:され|なっ)たの|だったの)?(?:は|が)\s*(?:何件|いくつ|何個))", "で",
             examples=(('総合評価の内訳を教えて。Aは何件？', '総合評価でAは何件？'), ('R4評価の内訳でBはいくつ', 'R4評価でBはいくつ'),
                       ('R2評価の内訳で、Aは何件だった？', 'R2評価でAは何件だった？'),
                       # (the category said as a judgement made: 「B評価とされたのは」)
                       ('総合評価（総括）の内訳で、B評価とされたのは何件か', '総合評価（総括）でB評価とされたのは何件か'),
                       ('総合評価の内訳ください。Bは何件？', '総合評価でBは何件？'))),
    # 「H29年度にA評価を取った実践項目」: a grade taken is a grade the year has (as 「A評価がついた」 says it);
    # a number of times or 「ことがある」 is the grade rules' own (「Aの評価を3回以上とった」「Aを取ったことがある」).
    # (「A取ったやつ」「Aを取った」: the grade taken said without 評価)
    Phrasing("grade_taken", r"(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DＡ-Ｄ])\s*(?:評価を|を|(?=取|とっ))\s*(?:取った|とった|獲得した|もらった|得た)(?!\s*こと)",
             r"\1評価がついた",
             examples=(('H29年度にA評価を取った実践項目', 'H29年度にA評価がついた実践項目'),
                       ('令和2年度にA取った実践項目', '令和2年度にA評価がついた実践項目'))),
    # 「取組終了した順（早い順）に」「終わった順に」: the order the items ended in, the earliest first unless the
    # bracket says 遅い順 (the end_months rule reads 「取組終了が早い順」).
    Phrasing("ended_in_order", r"(取組|取り組み)?(?:を|が)?(?:終了し|終わっ)た順\s*(?:[(（]\s*(早い|遅い)\s*順\s*[)）])?",
             # (「早く終了した順」 says its direction itself: the end_months rule's)
             lambda m: m.group(0) if re.search(r"[早遅]く(?:取組|取り組み)?(?:を|が)?\s*$", m.string[:m.start()])
             else f"{m.group(1) or ''}終了が{m.group(2) or '早い'}順",
             examples=(("取組終了した順(早い順)に並べて", "取組終了が早い順に並べて"),

                       ("終わった順に並べて", "終了が早い順に並べて"),
                       ("取組終了した順(遅い順)に3つ", "取組終了が遅い順に3つ"))),
    # 「並べてくれん？」「教えてくれへん？」: a request said as a negated question (Kansai, Kyushu, Nagoya speech) is ください.
    Phrasing("dialect_kuren", r"(?<=て)くれ(?:ん|へん|ひん)(?:か|の|ね)?(?=\s*[?？。!！]|\s*$)", "ください",
             examples=(("取組終了した順に並べてくれん？", "取組終了した順に並べてください？"),
                       ("教えてくれへん？", "教えてください？"))),
    # 「Cのまんま」: まんま is まま (the same grade kept).
    Phrasing("dialect_manma", r"(?<=[のそ])まんま", "まま",
             examples=(("R3もCのまんまだった", "R3もCのままだった"),)),
    # 「R3になってもCのまま」: that year's grade still the one asked before, as 「R3もC」 says.
    Phrasing("year_still", r"((?:R|令和|平成|H)\s*\d{1,2}(?:年度|年)?)\s*(?:に|で)?\s*なっても(?=\s*[A-DＡ-Ｄ])", r"\1も",
             examples=(("R3になってもCのままだった", "R3もCのままだった"), ("令和3年度になってもCだった", "令和3年度もCだった"))),
    # 「Cのままやった」「C評価やった」: Kansai/Kyushu speech's past copula やった after a grade (or まま) is だった.
    Phrasing("dialect_copula_past", r"(?:(?<=[A-DＡ-Ｄ])(?![A-Za-z])|(?<=まま)|(?<=評価))やった", "だった",
             examples=(("R3もCのままやったのはどれ？", "R3もCのままだったのはどれ？"),
                       ("令和2年度にC評価やった実践項目", "令和2年度にC評価だった実践項目"))),
    # 「R5もAのままだった」: the grade stayed, which is the grade that year (a run over years is said by ずっと).
    Phrasing("grade_stayed", r"(?<=[A-DＡ-Ｄ])(?:評価)?の?まま(?=だった|だ|の|で|な|[？?]|$)", "",
             examples=(('R5もAのままだったもの', 'R5もAだったもの'),)),
    # 「R2評価ついてる実践項目のうちCの割合」: a grade alone after a population graded in one year is
    # that year's grade.
    Phrasing("grade_of_the_population_year",
             r"((?:令和|平成|[RH])\s*(?:\d{1,2}|元)(?:年度)?)(?:の)?(?:評価|判定)(?:が|の)?\s*(?:ついて(?:い)?る|付いて(?:い)?る|ついた|付いた|ある)"
             r"([^、。？?]{0,12}?)のうち[、,]?\s*([A-DＡ-Ｄ])(?=(?:評価)?(?:の|が)?\s*(?:割合|比率|率|件数|数|は|って))",
             r"\1評価あり\2のうち\1が\3",
             examples=(('R2評価ついてる実践項目のうちCの割合は何%', 'R2評価あり実践項目のうちR2がCの割合は何%'),)),
    # 「令和4年度をもって終了」: the year something ended with (をもって is に).
    Phrasing("year_wo_motte", r"((?:令和|平成|[RH])\s*(?:\d{1,2}|元)(?:年度)?|(?:19|20)\d{2}\s*年度)\s*(?:を|で)?もって(?:[、,])?", r"\1に",
             examples=(('令和4年度をもって取組を終了した', '令和4年度に取組を終了した'),)),
    # 「4年度続けてA評価を維持している」: a grade kept is that grade those years.
    Phrasing("grade_kept", r"(?<=[A-DＡ-Ｄ])(評価|判定)?を(?:維持|キープ|保持)(?:している|してる|した|し続けている|し続けた|できている|できた)", r"\1の",
             examples=(('4年度続けてA評価を維持している実践項目', '4年度続けてA評価の実践項目'),)),
    # 「一番多かったのはA・B・Cのどれ？」: the grades listed are the choices of what is asked.
    Phrasing("grades_as_choices", r"[A-DＡ-Ｄ](?:\s*[・、,/]\s*[A-DＡ-Ｄ])+\s*の\s*(?:うち)?\s*(?:どれ|どっち|どちら|いずれ)", "何",
             examples=(('一番多かったのはA・B・Cのどれ？', '一番多かったのは何？'),)),
    # 「進捗度・連携度・効率性・創造性の4つ全部が3点」: every one of the fields listed.
    Phrasing("all_of_the_listed", r"の\s*(?:\d|[一二三四五六])\s*つ\s*(?:が|は)?\s*(?:全部|すべて|全て|ともに|とも)\s*(?:が)?", "がすべて",
             examples=(('進捗度・連携度の2つとも3点', '進捗度・連携度がすべて3点'),
                       ('進捗度・連携度・効率性・創造性の4つが全部3点', '進捗度・連携度・効率性・創造性がすべて3点'))),
    # 「合計点は20点満点中何点」: the scale said before the points asked is the document's, no condition.
    Phrasing("scale_before_points_asked", r"\d{1,3}\s*点満点\s*(?:中|のうち)\s*(?=何点|なん点)", "",
             examples=(('基本目標3の合計点は20点満点中何点でしたか', '基本目標3の合計点は何点でしたか'),)),
    # 「担当部署の中で一番多く名前が出てくる課・室はどこ」: the department the most records name (each record's
    # department counted once), as 「一番多い担当課」 asks it.
    Phrasing("department_named_most",
             r"(?:担当部署|担当課|部署)\s*(?:の中で|のなかで|で|のうち|を見ると)[、,]?\s*(?:一番|いちばん|最も)\s*(?:多く|よく)\s*(?:名前が|名前の)?\s*"
             r"(?:出てくる|出て(?:い)?る|登場する|登場して(?:い)?る|挙がる|挙がって(?:い)?る|載って(?:い)?る)\s*(?:課・室|課や室|課|室|部署|担当課|ところ)",
             "一番多い担当課",
             examples=(('担当部署の中で一番多く名前が出てくる課・室はどこ', '一番多い担当課はどこ'),)),
    # 「委員評価が5点満点で一番低かった」: the scale said before the extreme asked is the document's, no condition.
    Phrasing("scale_before_extreme", r"(?<=[がは])\s*\d{1,3}\s*点満点\s*(?:で|の中で|中で|のうち|中)[、,]?\s*(?=(?:一番|いちばん|最も)\s*(?:低|高|少な|多)|最(?:低|高))", "",
             examples=(('委員評価が5点満点で一番低かった取組はどれ', '委員評価が一番低かった取組はどれ'),)),
    # 「合計12点の満点組、…」: the points said, then glossed as the full marks (the number is the condition).
    Phrasing("full_marks_group_gloss", r"(?<=点)\s*の\s*満点(?:組|グループ|勢|の(?:もの|やつ|組))?(?=\s*(?:[、,。?？]|$))", "",
             examples=(('合計12点の満点組、行政監理室担当のは外して', '合計12点、行政監理室担当のは外して'),
                       ('合計点が12点の満点のもの', '合計点が12点'))),
    # 「3点（満点）」: the asker's gloss of the points.
    Phrasing("full_marks_gloss", r"(?<=点)\s*[（(]\s*(?:満点|最高点|最低点)\s*[)）]", "",
             examples=(('すべて3点（満点）だった', 'すべて3点だった'),)),
    # 「数値目標を設定するよう求められている改革項目」: what a committee asks for is what its opinions speak of (the
    # object sought in their text; the act asked, 設定する, is no word the opinion need print).
    Phrasing("asked_to_do",
             r"(?<=[一-龥ァ-ヶー])\s*を\s*(?:(?:設定|策定|設け|定め|示|作成|導入|実施|検討|公表|明確に|明確化)(?:する|る|す)?\s*"
             r"(?:よう|ように|こと)\s*(?:を)?\s*)?(?:求められ|要望され|要請され|提言され|促され)(?:て(?:い)?る|た)",
             "について指摘された",
             examples=(('数値目標を設定するよう求められている改革項目はどれ？', '数値目標について指摘された改革項目はどれ？'),
                       ('成果指標を求められた取組項目', '成果指標について指摘された取組項目'))),
    # 「改定率のマイナス幅がいちばん大きい」「増減率の下げ幅が最も大きい」: of a signed rate or change, the largest fall
    # is its lowest value (▲20.0 below ▲14.3).
    Phrasing("largest_fall_of_signed",
             r"(率|比|増減|増減数|増減額|差)\s*の\s*(?:マイナス幅|下げ幅|下落幅|減少幅)\s*(?:が|の)\s*(?:いちばん|一番|最も|もっとも)\s*大き(?:い|かった)",
             r"\1がいちばん低い",
             examples=(('改定率のマイナス幅がいちばん大きいのはどの区分？', '改定率がいちばん低いのはどの区分？'),
                       ('前年度比の下げ幅が最も大きかった施設', '前年度比がいちばん低い施設'))),
    # 「令和4年度と比べて令和6年度の減り幅が最も大きかった」「R4からR6の増加額がいちばん大きい」: the size of a change
    # between two years said as its own noun is the change itself, the most of it (最も減った / 最も増えた).
    Phrasing("most_change_between_years",
             r"(?P<y1>" + _YEAR_SAID + r")\s*(?:と|に)?\s*(?:比べて|比べると|比べ|比較して|から|より)[、,]?\s*(?P<y2>" + _YEAR_SAID + r")\s*(?:にかけて|まで)?\s*(?:への|の|で|に|は)?\s*"
             r"(?:(?P<what>[一-龥ァ-ヶー]{2,8}?)\s*の\s*)?(?:(?P<down>減り幅|減少幅|減少額|減額幅|減った額)|増え幅|増加幅|増加額|増額幅|増えた額)\s*(?:が|の)\s*"
             r"(?:いちばん|一番|最も|もっとも)\s*大き(?:い|かった)",
             lambda m: (f"{m.group('y1')}から{m.group('y2')}にかけて" + (f"{m.group('what')}が" if m.group('what') else "")
                        + ("最も減った" if m.group('down') else "最も増えた")),
             tables=True,
             examples=(('令和4年度と比べて令和6年度の減り幅が最も大きかった補助金は？', '令和4年度から令和6年度にかけて最も減った補助金は？'),
                       ('R4からR6の交付額の増加額がいちばん大きい補助金', 'R4からR6にかけて交付額が最も増えた補助金'),
                       ('R5からR6への減少幅がいちばん大きい施設は？', 'R5からR6にかけて最も減った施設は？'))),
    # 「見直しの対象から外れている施設」: what a document lists as 対象外 (【見直し対象外の施設】).
    Phrasing("left_out_of_scope",
             r"対象\s*(?:から|より)\s*(?:外れ|はずれ|除外され|除かれ)\s*(?:て\s*(?:い)?る|た|ている)",
             "対象外の",
             examples=(('今回の使用料見直しの対象から外れている施設はどこですか。', '今回の使用料見直しの対象外の施設はどこですか。'),
                       ('補助の対象から除外された団体', '補助の対象外の団体'))),
    # 「一番件数が多い区分」 over a table: the superlative said before the count it is of, as 「件数が一番多い区分」
    # says it (the tables' reader only: the records' grammar reads 「いちばん件数が多い年度」 as said, most_before_count).
    Phrasing("most_before_count_of_rows", r"(いちばん|一番|最も|もっとも)\s*(件数|数)\s*が\s*(?=多|少)", r"\2が\1",
             tables_only=True,
             examples=(('見直し区分で一番件数が多い区分はどれ？', '見直し区分で件数が一番多い区分はどれ？'),
                       ('最も数が少ない担当課は', '数が最も少ない担当課は'))),
    # 「区分ごとの改定率を平均すると」: the mean of the column over the rows, each a 区分 (not a count per 区分).
    Phrasing("mean_over_each",
             r"[一-龥ァ-ヶー]{1,8}\s*(?:ごと|毎|別)\s*の\s*([一-龥ァ-ヶーA-Za-z()（）%％]{2,12}?)\s*を\s*(?:単純)?平均\s*(?:すると|したら|した(?:値|もの|の)?は)",
             r"\1の平均は",
             examples=(('楠台公民館の区分ごとの改定率を平均すると何％になる？', '楠台公民館の改定率の平均は何％になる？'),
                       ('施設別の利用率を平均したら', '利用率の平均は'))),
    # 「財政効果額が▲になってる」「効果額がマイナスの」: an amount printed with ▲ (a decrease) is below zero.
    Phrasing("negative_amount",
             # (「▲（経費増）」: the legend's gloss of the mark said after it in brackets is the mark still)
             r"(額|費|金額)\s*(?:が|は)\s*(?:▲|マイナス|負の値|負)\s*(?:[(（][^()（）]{1,10}[)）]\s*)?"
             r"(?:に\s*なって(?:い)?る|になった|だった|である|の)?(?=\s*[一-龥ァ-ヶー])",
             r"\1が0未満の",
             examples=(('財政効果額が▲になってる改革項目は？', '財政効果額が0未満の改革項目は？'),
                       ('効果額が▲(経費増)になっている推進方針は？', '効果額が0未満の推進方針は？'),
                       ('効果額がマイナスの取組', '効果額が0未満の取組'))),
    # 「財政に○があってサービスには○が入っていない」: a theme column marked ○ is the theme held.
    Phrasing("theme_marked", r"([一-龥ァ-ヶA-Za-z]{2,6})\s*(?:に|には|の欄に|の列に)\s*[○◯〇]\s*(?:が|は)?\s*"
             r"(?:(?:入って|ついて|付いて)(?:い)?(?P<neg>ない|ません)|(?:ない|ありません)|(?:あって|あり|ある|ついて(?:いて|る)?|付いて(?:いて|る)?|入って(?:いて|る)?))",
             lambda m: f"{m.group(1)}がテーマに{'含まれない' if m.group('neg') or m.group(0).endswith(('ない', 'ません')) else '含まれ'}",
             examples=(('財政に○があってサービスには○が入っていない', '財政がテーマに含まれサービスがテーマに含まれない'),)),
    # 「取組項目を、進捗度の平均値が高い順に」: the order of a score an initiative prints as its items' average
    # already (an average per group, 「取組項目ごとの…」, is left to the aggregates).
    Phrasing("printed_average_order", r"({SCORES}|合計|合計点)の\s*平均(?:値|点)?\s*(が|の)(?=\s*(?:高|低|大き|小さ)い順)",
             lambda m: m.group(1) + m.group(2)
             if re.search(r"取組項目|取り組み項目", m.string) and not re.search(r"ごと|毎|別(?:に|の|で)", m.string)
             else m.group(0),
             examples=(('No.1からNo.6までの取組項目を、進捗度の平均値が高い順に4つ', 'No.1からNo.6までの取組項目を、進捗度が高い順に4つ'),)),
    # 「審議会評価平均が4.4以上の取組項目を点数の高い順に」: 点数 after the one score the question bounds is that
    # score (alone, 点数 is the total; the bare order takes the field of the condition).
    Phrasing("points_of_the_score_bounded",
             r"(?<=[をで、,])\s*(?:点数|得点|スコア|点)(?:の|が)\s*(?=(?:高|低)い順)",
             lambda m: "" if len(set(re.findall(r"(?:審議会|委員会?)評価|進捗度|連携度|効率性|創意工夫|合計", m.string[:m.start()]))) == 1
             and re.search(r"(?:審議会|委員会?)評価|進捗度|連携度|効率性|創意工夫", m.string[:m.start()])
             and re.search(r"(?:\d|[A-D])\s*(?:点)?\s*(?:以上|以下|未満|超|より)", m.string[:m.start()]) else m.group(0),
             examples=(('審議会評価平均が4.4以上の取組項目を点数の高い順に並べて', '審議会評価平均が4.4以上の取組項目を高い順に並べて'),
                       ('委員評価が4以上の取組項目を、点数の高い順に', '委員評価が4以上の取組項目を、高い順に'))),
    # 「取組項目ごとに、総合評価がBだった実践項目を数えると、いちばんBが多かった取組項目は」: the count per group
    # said first, then the group with the most of them: the items that are most in a group.
    Phrasing("counted_per_group_then_most",
             r"({KINDS})\s*(?:ごと|別|毎)に[、,]?\s*([^、,。？?]{2,40}?(?:{ITEMS}|項目))を\s*数え(?:ると|たら|て(?:みると|みたら)?)[、,]?\s*"
             r"(?:(?:一番|いちばん|最も|もっとも)\s*(?:[A-D]|[一-龥]{1,4})?\s*(?:の数)?が\s*多(?:い|かった)|[A-D]?\s*(?:の数)?が\s*(?:一番|いちばん|最も|もっとも)\s*多(?:い|かった))\s*(?=\1)",
             r"\2がいちばん多い",
             examples=(("取組項目ごとに、総括の総合評価がBだった実践項目を数えると、いちばんBが多かった取組項目はどれ",
                        "総括の総合評価がBだった実践項目がいちばん多い取組項目はどれ"),
                       ("取組項目ごとに、R5がAの実践項目を数えたら、Aがいちばん多い取組項目は",
                        "R5がAの実践項目がいちばん多い取組項目は"))),
    # 「担当部署を略号（(総)(政)(民)など）ごとに数えたら、実践項目が一番多いのは」: the records counted by the
    # bureau marks their departments are written with (the marks glossed by examples), the bureau with most asked.
    Phrasing("counted_by_bureau_marks",
             r"(?:(?:担当部署|担当課|所管課|部署)(?:を|の)?\s*)?(?:部局の?)?(?:略号|略称|略記)\s*(?:[（(](?:[^（()）]|[（(][^（()）]{1,3}[）)])*[）)])?\s*"
             r"(?:ごと|別|毎)に\s*(?:数え|集計し|カウントし)(?:たら|ると|て(?:みると|みたら)?)[、,]?\s*({KINDS})\s*(?:の数)?が\s*(一番|いちばん|最も)\s*(多い|少ない)",
             r"部局ごとの\1数で\2\3",
             examples=(("担当部署を略号（(総)(政)(民)など）ごとに数えたら、実践項目が一番多いのはどこ？", "部局ごとの実践項目数で一番多いのはどこ？"),
                       ("略称ごとに数えると、実践項目が最も少ないのは", "部局ごとの実践項目数で最も少ないのは"))),
    # 「所管している部はいくつに分かれていますか」: how many bureaus (部, by their marks) the records' departments are of.
    Phrasing("bureaus_holding_counted",
             r"(?:を|が)?\s*(?:所管|担当)(?:して|し)?(?:い)?(?:る|た)\s*(?:部局|(?<![一-龥])部(?![一-龥]))\s*(?:は|が|の数は)\s*(?:全部で|合わせて)?\s*"
             r"(?:いくつ|何部|何つ)(?:に分かれて(?:い)?(?:ます|る|ますか)|あります|ある)?",
             "の部局の略号はいくつ",
             examples=(("実践項目について、所管している部はいくつに分かれていますか。", "実践項目について、の部局の略号はいくつか。"),
                       ("実践項目を担当している部は何部ある", "実践項目の部局の略号はいくつ"))),
    # 「課ではなく部の数（括弧の略号）でお願いします」: after the bureaus counted, the unit said again.
    Phrasing("bureaus_not_sections_said_again",
             r"[。、,]?\s*(?:課|担当課|部署)(?:では|じゃ)なく(?:て)?[、,]?\s*(?:部局|部)の?(?:数)?\s*(?:[（(](?:括弧の|カッコの|かっこの)?(?:略号|略称)[）)])?\s*"
             r"(?:で|を)?\s*(?:お願いします|お願い|教えて(?:ください)?|数えて(?:ください)?)?\s*[。]?",
             lambda m: "" if "部局の略号" in m.string[:m.start()] else m.group(0),
             examples=(("の部局の略号はいくつか。課ではなく部の数（括弧の略号）でお願いします。", "の部局の略号はいくつか"),)),
    # 「進捗度の平均値が一番低い取組項目」: the score an initiative prints is its items' average already.
    Phrasing("printed_average_extreme", r"({SCORES}|合計|合計点)の\s*平均(?:値|点)?\s*(が|で|の)(?=\s*(?:一番|いちばん|最も|もっとも)\s*(?:高|低)(?:い|かった)\s*(?:取組項目|取組))",
             r"\1\2",
             examples=(('進捗度の平均値が一番低い取組項目は', '進捗度が一番低い取組項目は'),)),
    # 「平均値の合計点が高い順」「平均値の進捗度が2.0以上」: the score printed under the heading 平均値 (an
    # initiative's averages of its items), not an average to work out.
    Phrasing("printed_average_heading", r"平均(?:値|点)の\s*({SCORES}|合計点|合計)(?=\s*(?:が|の|で|は)?\s*(?:(?:高|低|大き|小さ)い(?:順|もの|ほう|方)|(?:一番|いちばん|最も|もっとも)\s*(?:高|低)|\d))",
             r"\1", examples=(("平均値の合計点が高いものから上位3項目", "合計点が高いものから上位3項目"),
                               ("平均値の進捗度が2.0の取組項目", "進捗度が2.0の取組項目"))),
    # 「合計で最も低いのはどの取組」: a figure then で before the superlative is what is highest or lowest,
    # as 「合計が最も低い」 says (not the records' default figure).
    Phrasing("figure_de_extreme", r"({NUMERIC})\s*で(?=\s*(?:一番|いちばん|最も|もっとも)\s*(?:高|低|大き|小さ)(?:い|かった|く))",
             r"\1が", examples=(("合計で最も低いのはどの取組", "合計が最も低いのはどの取組"),
                                ("進捗度で一番高い取組項目", "進捗度が一番高い取組項目"))),
    # 「委員評価が22項目の平均値より上」: the records the average is of, said by their number, restate them.
    Phrasing("average_of_records_counted", r"(?<=[がは])\s*(?:全)?\s*\d+\s*(?:項目|件|個|事業)\s*(?:全体)?\s*の\s*(平均(?:値|点)?)\s*(?=より|を)",
             r"\1",
             examples=(('委員評価が22項目の平均値より上の取組項目', '委員評価が平均値より上の取組項目'),)),
    # 「取組項目別の合計平均が10.5以上」: a figure each record of the kind prints (the report's own average).
    Phrasing("kind_wise_average", r"({KINDS})(?:別|ごと)の\s*(合計|合計点|進捗度|連携度|効率性|創造性|委員評価)(?:の)?\s*平均(?:値|点)?\s*(が|は)", r"\1の\2\3",
             examples=(('取組項目別の合計平均が10.5以上', '取組項目の合計が10.5以上'),)),
    # 「計画期間が終わっても継続となっている」: an item going on after the plan's period is one still going on (継続);
    # the plan's end is no end of the item.
    Phrasing("going_on_after_the_plan", r"(?:計画期間|計画|プラン)\s*(?:が|の)\s*(?:終わって|終了して|満了して|終わった後|終了後)(?:から)?\s*も\s*",
             "",
             examples=(('計画期間が終わっても継続となっている推進項目', '継続となっている推進項目'),)),
    # 「担当部署に行政監理室が入ってる」「(共管含む)」: the department named is one of the record's.
    # (「副担当課に人事課が入っている」 asks the sub department's column: left to related_departments)
    Phrasing("department_among", r"(?<!副)担当(?:部署|課)?に\s*([^、。？?\s]{2,12}?)\s*が\s*(?:入って|含まれて|載って)(?:い)?る", r"担当部署が\1の",
             examples=(('担当部署に行政監理室が入ってる実践項目', '担当部署が行政監理室の実践項目'),)),
    # 「研修会、参加者数が書いてあるものの合計は何人」: the figures printed of the items named, added up.
    Phrasing("printed_figures_added_up",
             r"[、,]\s*([一-龥ァ-ヶー]{2,8}?数)が(?:書いて|書かれて|記載されて|載って)(?:い|あ)?る(?:もの|の)の(?:合計|総数|合計数)(?:は|って)?\s*何\s*(人|名|件|回|団体|社)",
             r"の\1を全部足すと何\2",
             examples=(('研修会、参加者数が書いてあるものの合計は何人？', '研修会の参加者数を全部足すと何人？'),)),
    # 「研修会・ツアーの参加者数（A研修会、B研修会、Cツアー）を合計すると何名」: the items named in brackets after the
    # figure's label are the items whose figures are added up (the kind said before them names them all).
    Phrasing("named_in_brackets_added_up",
             r"(?:[一-龥ァ-ヶー]{1,8}(?:・[一-龥ァ-ヶー]{1,8})*の)?([一-龥ァ-ヶー]{2,8}?数)\s*[（(]\s*"
             r"([^\s、,・()（）]{2,16}(?:\s*[、,・]\s*[^\s、,・()（）]{2,16})+)\s*[)）]\s*(を|の)\s*"
             r"(?=(?:全部|すべて|全て|ぜんぶ)?\s*(?:足す|足し|たす|合わせ|あわせ|合計|合算))",
             lambda m: "・".join(n.strip() for n in re.split(r"[、,・]", m.group(2)) if n.strip()) + "の" + m.group(1) + m.group(3),
             examples=(('研修会・ツアーの参加者数（操作研修会、セキュリティ研修会、バスツアー）を合計すると何名？',
                        '操作研修会・セキュリティ研修会・バスツアーの参加者数を合計すると何名？'),
                       ('参加者数（説明会、見学会）の合計は何人', '説明会・見学会の参加者数の合計は何人'),)),
    # 「和歌山の4町と群馬の6町村」: a prefecture said without 県 (府, 都) before a count of its towns is the prefecture.
    Phrasing("prefecture_said_bare",
             r"(?<![一-龥ァ-ヶー])(" + _BARE_PREFECTURES + r")(?![県府都市町村区郡])(?=\s*の\s*\d{1,3}\s*(?:市町村|町村|市町|市|町|村))",
             lambda m: m.group(1) + _PREFECTURE_END.get(m.group(1), "県"),
             examples=(('和歌山の4町と群馬の6町村で何ポイント差', '和歌山県の4町と群馬県の6町村で何ポイント差'),
                       ('大阪の3市', '大阪府の3市'))),
    # 「★見出しに「民間委託」が入っているテーマの事例」: the theme said again after its heading's word names the cases
    # under it; 「事例は、それぞれどこの自治体」: それぞれ asks each one's, as a list does anyway.
    Phrasing("theme_said_again",
             r"((?:★|☆)?(?:の|印の)?見出し\s*に\s*[「『][^」』]{1,20}[」』]\s*(?:が|の)\s*(?:入って|含まれて|ついて|付いて)(?:い)?る)\s*(?:テーマ|分野)\s*の(?=\s*(?:事例|取組事例))",
             r"\1",
             examples=(('★見出しに「民間委託」が入っているテーマの事例', '★見出しに「民間委託」が入っている事例'),)),
    Phrasing("each_one_asked", r"(は|って)\s*[、,]?\s*それぞれ\s*(?=どこ|どの|誰|だれ)", r"\1",
             examples=(('事例は、それぞれどこの自治体？', '事例はどこの自治体？'),)),
    # 「５年間の取組で獲得した寄附」: the work of the whole period, no initiative (the kind) nor a condition.
    Phrasing("work_of_the_period", r"(?:[0-9０-９]+\s*(?:年間|か年|ヵ年|カ年|ケ年|ヶ年)|計画期間(?:中)?)の(?:取組|取り組み)(?:で|を通じて|を通して|において|により|によって)[、,]?\s*", "",
             examples=(('実践項目１について、５年間の取組で獲得した寄附', '実践項目１について、獲得した寄附'),)),
    # 「…部局は？括弧の略称で」: how the bureau asked is to be written (its mark, as the answer gives it), no condition.
    Phrasing("bureau_said_by_its_mark",
             r"(部局|(?<![一-龥])部)(は|って)?\s*([?？、,]?)\s*[、,]?\s*(?:括弧|かっこ|カッコ|\(\)|（）)?の?(?:略称|略号|略記|記号)で"
             r"(?:答えて|教えて|示して|お願い(?:します)?)?(?:ください)?\s*[?？。]?\s*$", r"\1\2\3",
             examples=(('実践項目を一番多く担当している部局は？括弧の略称で', '実践項目を一番多く担当している部局は？'),)),
    # 「部局の略称（(総)(政)(民)など）」: marks listed in brackets as examples of what is asked are no condition.
    # 「担当してる部（(総)とか(民)のカッコ）が何種類」: bureaus glossed by their marks, counted: the kinds of marks.
    Phrasing("bureaus_counted_by_their_marks",
             r"(部局|(?<![一-龥])部)\s*[(（]\s*(?:[(（][^()（）]{1,3}[)）]\s*(?:[、,・]|とか|や)?\s*)+(?:など|等|とか)?\s*"
             r"(?:の\s*(?:カッコ|かっこ|括弧|略称|略号|記号|マーク)\s*)?[)）](?=\s*(?:が|は|って|の)?\s*(?:何種類|いくつ|何個|何通り))",
             r"\1の略称",
             examples=(('担当してる部（(総)とか(民)のカッコ）が何種類ある？', '担当してる部の略称が何種類ある？'),)),
    # (「部（(総)とか(民)のカッコ）」: the marks joined by とか, and what they are called after them)
    Phrasing("marks_given_as_examples", r"[(（]\s*(?:[(（][^()（）]{1,3}[)）]\s*(?:[、,・]|とか|や)?\s*){2,}(?:など|等|とか|みたいな|のような|といった)?\s*"
             r"(?:の?\s*(?:カッコ|かっこ|括弧|略称|略号|記号|マーク)(?:の(?:やつ|もの))?\s*)?[)）]", "",
             examples=(('部局の略称（(総)(政)(民)など）は何種類', '部局の略称は何種類'),
                       ('部局の略称（(総)(政)みたいな括弧のやつ）は何種類？', '部局の略称は何種類？'),
                       ('担当してる部（(総)とか(民)のカッコ）が何種類ある？', '担当してる部が何種類ある？'))),
    # 「R6の柱ごとの総合評価で一番高かった柱」: 「柱ごとの」 only says each 柱 is compared, the one asked is a 柱 itself.
    Phrasing("per_group_of_the_one_asked",
             r"(?P<w>[一-龥ァ-ヶー]{1,6})ごとの(?=(?:総合評価|評価|評点|点数|得点)[^。？?]{0,14}?(?:一番|いちばん|最も|もっとも)[^、。？?]{0,10}?(?P=w)(?:は|って|を|が|で|の|[？?]|$))",
             "",
             examples=(('R6の柱ごとの総合評価で一番高かった柱はどれ？', 'R6の総合評価で一番高かった柱はどれ？'),
                       ('柱ごとの総合評価で、R5が一番低かった柱は？', '総合評価で、R5が一番低かった柱は？'),
                       # (「テーマごとの取組項目数で一番多いテーマ」 counts per group: no grade word, left as said)
                       ('R5の重点取組ごとの評価が最も低い重点取組は', 'R5の評価が最も低い重点取組は'))),
    Phrasing("shared_included", r"[(（]\s*(?:(?:他|ほか)の?(?:部署|課|部局|所属)と(?:の)?\s*)?(?:共管|共同所管|共同担当|共同|兼務|連名)(?:分|の分|のもの)?(?:も|を)?\s*(?:含む|含め(?:て)?|込み)\s*[)）]", "",
             examples=(('全部で何件？(共管含む)', '全部で何件？'),
                       ('行政監理室が担当（他部署との共管を含む）する実践項目', '行政監理室が担当する実践項目'))),
    # 「…実践項目は、他の課との共同担当も含めて何件？」: shared items are counted (the department is one of
    # the record's), the same said in words.
    Phrasing("shared_included_said",
             r"[、,]?\s*(?:(?:他|ほか)の(?:課|部署|部局)(?:と)?の?\s*(?:共同担当|共同所管|共管|共同|連名)|(?:共同担当|共同所管|共管|連名)(?:の(?:課|部署|もの))?"
             # (「ICT推進室や各担当部署などとの共管のもの」: the partners named before)
             r"|(?:[一-龥ァ-ヶーA-Za-z]{2,10}(?:や|、|・|と)\s*)*[一-龥ァ-ヶーA-Za-z]{2,10}(?:など|等)?との\s*(?:共同担当|共同所管|共管|共同)(?:の(?:もの|項目))?)"
             r"(?:分|の分|のもの|のもの)?(?:も|を)?\s*(?:含めて|含め|含む|込みで|入れて)[、,]?\s*", "",
             examples=(('実践項目は、他の課との共同担当も含めて何件？', '実践項目は何件？'),
                       ('それ共同担当も含めて何件？', 'それ何件？'),
                       # (「ほかの部署との連名のものも含めて」: 連名 is the same as 共管)
                       ('医事課が担当している取組を全部教えて。ほかの部署との連名のものも含めて。', '医事課が担当している取組を全部教えて。。'),
                       ('いや、ICT推進室や各担当部署などとの共管のものも含めて、行政監理室が入っているもの', 'いや行政監理室が入っているもの'))),
    # 「計画の途中、令和12年度以降に始まった取組」: 計画の途中 only says when the start year said after it falls.
    Phrasing("midway_start",
             r"計画(?:期間)?の途中(?:で|に|から)?[、,]?\s*(?=(?:令和|平成|R|H|(?:19|20)\d\d)[^、。？?]{0,12}?(?:以降|から|以後|より後)\s*に?\s*(?:始ま|開始|スタート))",
             "",
             examples=(('計画の途中、令和12年度以降に始まった取組', '令和12年度以降に始まった取組'),)),
    # 「ほかの課と共管になってない」「共管がない」: no department shares the record (a report printing 「（○○課と共管）」).
    Phrasing("not_shared",
             r"(?:(?:他|ほか)の(?:課|部署|部局)(?:と|との)\s*)?(?:共管|共同所管)(?:に|と|で|が|は)?\s*"
             r"(?:なって(?:い)?ない|なっていません|されて(?:い)?ない|ではない|じゃない|でない|ない|なし)(?=\s*(?:の|もの|実践項目|取組|項目|[?？。]|$))",
             "共管課がない",
             examples=(('そのうちほかの課と共管になってないのは？', 'そのうち共管課がないのは？'),
                       ('共管がない取組', '共管課がない取組'))),
    # 「その取組の実践項目を担当している部署は？」: the department in charge of the records said is asked.
    Phrasing("department_in_charge_of", r"を\s*(?:担当|所管)して(?:い)?る\s*(?:部署|課|担当課|担当部署|部局|所属)(?=\s*(?:は|って|を|が|どこ|[？?。]|$))",
             # (「いちばん多く実践項目を担当している部署」: the largest group asked, a rule of its own)
             lambda m: m.group(0) if _MOST_SAID.search(m.string, 0, m.start()) else "の担当部署",
             examples=(("その取組の実践項目を担当している部署は？", "その取組の実践項目の担当部署は？"),
                       ("実践項目25を担当してる課はどこ", "実践項目25の担当部署はどこ"))),
    # 「担当課に納税課が出てくるのはどれ」: a department named in the records' 担当 column is one in charge of them.
    Phrasing("department_named_in_column",
             r"(?<!副)(?:担当課|担当部署|所管課|担当)\s*(?:に|の欄に|として)\s*([^\s、,。がは]{1,20}?[課室局所])\s*(?:が|の名前が|って)?\s*"
             r"(?:出てくる|出て(?:い)?る|載って(?:い)?る|入って(?:い)?る|含まれて(?:い)?る|書かれて(?:い)?る)",
             r"\1が担当している",
             examples=(('担当課に納税課が出てくるのはどれ', '納税課が担当しているのはどれ'),)),
    # 「その部署が担当に入っている」: the department is among the record's.
    Phrasing("among_those_in_charge", r"担当に\s*(?:入って|含まれて|名前が(?:入って|載って|出て))(?:い)?る", "担当している",
             examples=(('その部署が担当に入っている実践項目', 'その部署が担当している実践項目'),)),
    # 「計画当初からある実践項目」: the items the plan began with, not those added later (N1…).
    # (「当初からある1〜70番の実践項目」: their numbers may be said before the kind)
    Phrasing("from_the_start", r"(?:計画)?(?:当初|最初|策定時)から\s*(?:ある|あった|の|存在する)\s*"
             r"(?=実践項目|取組|項目|(?:No\.?\s*)?\d{1,3}\s*番?\s*(?:から|〜|~|～|－)\s*(?:No\.?\s*)?\d{1,3}\s*番?\s*(?:まで)?\s*の\s*(?:実践項目|項目))", "N番号でない",
             examples=(('計画当初からある実践項目', 'N番号でない実践項目'),
                       ('当初からある1〜70番の実践項目', 'N番号でない1〜70番の実践項目'))),
    # 「部会長が倉敷市になっているもの（年度で交代するものは除く）」: that city alone, not by turns.
    Phrasing("chair_not_by_turns",
             r"(部会長|幹事|事務局)(?:の市)?\s*(?:が|は)\s*([一-龥]{1,6}[市町村])\s*(?:に|と)?\s*(?:なって(?:い)?る|である|の)?\s*(もの|連携事業|事業|部会)?\s*"
             r"[（(]\s*(?:年度|年)\s*(?:で|によって|ごとに)\s*(?:交代|入れ替わ|替わ|変わ|持ち回り)(?:する|る|の)?(?:もの|の|部会)?\s*(?:は|を)?\s*(?:除く|除いて|除外|抜き)\s*[)）]",
             r"\1が\2だけの\3",
             examples=(('部会長が倉敷市になっているもの（年度で交代するものは除く）', '部会長が倉敷市だけのもの'),)),
    # 「部会長が岡山市になっている部会」: the chair city said with なっている.
    Phrasing("chair_become", r"(部会長|幹事|事務局)(?:の市)?\s*(?:が|は)\s*([一-龥]{1,6}[市町村])\s*(?:に|と)\s*なって(?:い)?る(?=\s*(?:部会|連携事業|事業|もの))",
             r"\1が\2の",
             examples=(('部会長が岡山市になっている部会', '部会長が岡山市の部会'),)),
    # 「（事業数ではなく部会の数でお願いします）」: what is counted, said in brackets after the question.
    Phrasing("counted_not_that", r"[（(]\s*(?:事業|件|記録|項目)数?ではなく\s*(?:部会|課|部署|取組項目|分野)の(?:数|種類)で(?:お願いします|ください|数えて)?\s*[)）]", "",
             examples=(('部会はいくつありますか（事業数ではなく部会の数でお願いします）。', '部会はいくつありますか。'),)),
    # 「取組項目No.1〜No.5の範囲で」: numbers said as a range.
    Phrasing("numbers_range_said", r"(?<=\d)\s*の\s*範囲\s*(?:内)?(?=\s*(?:で|に|の中|から))", "",
             examples=(('取組項目No.1〜No.5の範囲でどれ', '取組項目No.1〜No.5でどれ'),)),
    # 「実践項目（1～70の番号のもの）」「（番号が数字のもの）」: the items numbered, not the added N ones.
    Phrasing("numbered_ones", r"実践項目\s*[（(]\s*(?:番号が)?\s*(?:数字|(?:No\.?)?\s*1\s*[〜~～\-－]\s*(?:No\.?)?\s*\d{1,3}\s*(?:の番号|番)?)\s*(?:の)?(?:もの|項目)?\s*[)）]",
             "N番号でない実践項目",
             examples=(('実践項目（1～70の番号のもの）で', 'N番号でない実践項目で'), ('実践項目（番号が数字のもの）は何件', 'N番号でない実践項目は何件'))),
    # 「小No.が数字だけの実践項目（Nの付かないもの）」: the items numbered, said by their number; the bracket restates it.
    Phrasing("number_only_digits", r"(?:小|大)?(?:No\.?|番号|ナンバー)\s*が\s*数字(?:だけ|のみ)?\s*の\s*(?=実践項目|項目|もの)", "N番号でない",
             examples=(('小No.が数字だけの実践項目で', 'N番号でない実践項目で'),)),
    Phrasing("no_n_mark", r"(?<![A-Za-z])N\s*(?:の|が)\s*(?:付かない|つかない|付いていない|ついていない|付いてない|ついてない)\s*(?=実践項目|項目|もの|やつ|[、,]|令和|平成|R\d|最初|もと|元々)", "N番号でない",
             # (「Nの付かない、最初からあるやつ」「Nの付かない令和2年からある」: what else is said of them follows)
             examples=(('Nの付かない実践項目で', 'N番号でない実践項目で'), ('Nがついてないもの', 'N番号でないもの'),
                       ('Nの付かない、最初からあるやつ', 'N番号でない、最初からあるやつ'))),
    Phrasing("no_n_restated", r"(?<=N番号でない実践項目)\s*[（(]\s*N\s*(?:の|が)\s*(?:付かない|つかない|付いていない|ついていない|ない)\s*(?:もの|項目)?\s*[)）]", "",
             examples=(('N番号でない実践項目（Nの付かないもの）で', 'N番号でない実践項目で'),)),
    # 「…何点でしたか。点数だけ教えてください」: how to answer, said after the question.
    Phrasing("figure_only_please", r"[。、,]\s*(?:点数|数値|数字|値)(?:だけ|のみ)\s*(?:を)?\s*(?:教えて|答えて|お願い)(?:ください|下さい|します)?\s*[。]?\s*$", "",
             examples=(('何点でしたか。点数だけ教えてください。', '何点でしたか'),)),
    # 「全部ならすといくつ」: values evened out are their mean (平均すると).
    # (均 of 平均 is no 均す: 「平均したら」 is read as said)
    Phrasing("evened_out", r"(?:全部|全体を|全体で|すべて|全て|みんな)?\s*(?<!平)(?:ならす|均す|ならして|均して|ならした|均した)(?:と|ら|場合)",
             "平均すると", examples=(('審議会評価平均を全部ならすといくつ', '審議会評価平均を平均するといくつ'),
                                  ('委員評価を均したら何点', '委員評価を平均すると何点'))),
    # 「実践項目(No.1〜70)で」: the numbers glossing the kind said say the same (the items the plan began with).
    Phrasing("numbers_glossed", r"(?<=実践項目)\s*[(（]\s*(?:No\.?|№)?\s*\d{1,3}\s*[〜~～\-－]\s*(?:No\.?)?\s*\d{1,3}\s*[)）]", "",
             examples=(('N番号でない実践項目(No.1〜70)で', 'N番号でない実践項目で'),)),
    # 「…はどれ？同数ならぜんぶ」: ties are shown anyway.
    Phrasing("ties_all", r"[。、,]?\s*(?:同数|同点|同率|並んだ)(?:の場合は|の時は|のときは|なら|だったら|でも)\s*(?:ぜんぶ|全部|すべて|全て|両方|みんな)(?:教えて|見せて|出して)?(?:ください)?\s*[。？?]?\s*$", "",
             examples=(('いちばん多い取組項目はどれ？同数ならぜんぶ', 'いちばん多い取組項目はどれ？'),)),
    # 「…の方はどれとどれ？」: どれとどれ asks which ones (more than one), as どれ does.
    Phrasing("which_and_which", r"(?:どれ|どの取組|どこ)\s*と\s*(?:どれ|どの取組|どこ)(?=\s*(?:です|でしょう|[?？。]|$))", "どれ",
             examples=(('じゃあ4.0に届いてない方はどれとどれ？', 'じゃあ4.0に届いてない方はどれ？'),)),
    # 「4.0に届いてない方は」: 方 after a verb names the records the verb says, as の does (「未満の方は」 already reads).
    Phrasing("verb_side", r"(?<=ない|った|てる|いる)方(?=\s*(?:は|って))", "の",
             examples=(('じゃあ4.0に届いてない方はどれ？', 'じゃあ4.0に届いてないのはどれ？'),
                       ('上回った方は', '上回ったのは'))),
    # 「特定財源を引いた市の実質負担額」: the sheet's own definition of the burden (=総事業費−特定財源) said before it.
    Phrasing("burden_defined", r"(?:総事業費から)?\s*特定財源\s*(?:を|分を)\s*(?:差し)?引(?:いた|く|いて)\s*(?:後の|あとの)?\s*(?=(?:市の)?実質負担)", "",
             examples=(('特定財源を引いた市の実質負担額はいくら？', '市の実質負担額はいくら？'),)),
    # 「…何種類の課がある？」: the kinds of a department counted.
    Phrasing("kinds_of_sections", r"何種類の(?:課|部署|部局|担当課|担当部署)(?:が|に)?\s*(?:ある|あります|いる|あるの|分かれ(?:て(?:い)?る)?)", "担当部署は何種類",
             examples=(('実践項目の担当として何種類の課がある？', '実践項目の担当として担当部署は何種類？'),)),
    # 「(財)って付いてる部署」: a bureau's mark said of the departments.
    Phrasing("bureau_mark_said", r"([(（][^()（）]{1,2}[)）])\s*(?:って|と|が)?\s*(?:付いて|ついて|ついてる|付いてる)(?:い)?る?\s*(?:部署|課)[、,]?\s*", r"\1の部署は",
             examples=(('(財)って付いてる部署、実践項目の担当として', '(財)の部署は実践項目の担当として'),)),
    # 「実践項目の担当部署で一番件数が多いのはどこ？」: the group with the most records.
    Phrasing("most_in_a_group", r"(担当部署|部署|担当課|部会|テーマ|分野)\s*(?:で|の中で|のうち)\s*(一番|いちばん|最も|もっとも)\s*(?:件数|数)(?:が)?\s*多いのは",
             r"件数が\2多い\1は",
             examples=(('実践項目の担当部署で一番件数が多いのはどこ？', '実践項目の件数が一番多い担当部署はどこ？'),)),
    # 「H17.01.19に公売した電話加入権は合計何本」: a total of things the text counts is the figure it prints.
    Phrasing("total_of_things", r"(?:合計|総計|計)\s*(?:で)?\s*(?=何\s*(?:本|枚|社|台|個)(?![一-龥]))", "",
             examples=(("電話加入権は合計何本", "電話加入権は何本"),)),
    # 「テーマ別の集計で審議会評価がいちばん高いテーマ」: a score compared across the groups of a tally is the
    # groups' average of it (高い/低い: a score; a count would be 多い/少ない).
    Phrasing("tally_score_by_group", r"([一-龥ァ-ヶー]{2,8}?)別\s*(?:の)?\s*集計(?:表)?\s*(?:で|では|だと|の中で)\s*[、,]?\s*"
             r"(?![^、,。？?]*平均)([^、,。？?]{2,14}?)\s*(?:が|の)\s*(いちばん|一番|最も|もっとも)\s*(高い|低い)\s*\1",
             r"\2の平均が\3\4\1",
             examples=(("テーマ別の集計で審議会評価がいちばん高いテーマってどれ？", "審議会評価の平均がいちばん高いテーマってどれ？"),)),
    # 「テーマ別集計で…いちばん多いテーマ」: the tally by a group, named again after, says no more than the group.
    Phrasing("tally_by_group_named_again", r"([一-龥ァ-ヶー]{2,8}?)別\s*(?:の)?\s*集計(?:表)?\s*(?:で|では|だと|の中で)\s*[、,]?\s*(?=.*\1)", "",
             examples=(("テーマ別集計で実践項目数がいちばん多いテーマ、何件？", "実践項目数がいちばん多いテーマ、何件？"),)),
    # 「実践項目は合計何件」: a total of records counted is their count (合計 is not the 合計 score here).
    Phrasing("total_of_records", r"(?<=[はが])\s*(?:合計|総計|全部で|計)\s*(?:で)?\s*(?=何件)", "",
             examples=(("協働の推進テーマの実践項目は合計何件でしょうか", "協働の推進テーマの実践項目は何件でしょうか"),)),
    # 「テーマに紐づく実践項目」: 紐づく written in kana is 紐付く.
    Phrasing("himozuku", r"(?<=紐)づ(?=[かきくけいっ])", "付",
             examples=(("テーマに紐づく実践項目", "テーマに紐付く実践項目"),)),
    # 「実践項目を受け持っている」: 受け持つ is 担当する.
    Phrasing("ukemotsu", r"受け持(?:って|ち|つ)", lambda m: {"受け持って": "担当して", "受け持ち": "担当", "受け持つ": "担当する"}[m.group(0)],
             examples=(("実践項目を受け持っている", "実践項目を担当している"),)),
    # 「C評価の件数はR2の方がR3より何件多い？」: two years' counts of one grade compared.
    Phrasing("grade_count_years_compared",
             r"([A-DＡ-Ｄ])\s*評価の(?:件数|数|実践項目数|項目数)\s*(?:は|って)\s*(" + _YEAR_SAID + r")\s*の?\s*(?:方|ほう)が\s*("
             + _YEAR_SAID + r")\s*より\s*(?:何件|いくつ|どれだけ|どのくらい)\s*(?:多い|少ない)",
             r"\2の\1評価の件数と\3の\1評価の件数の差は",
             examples=(("C評価の件数はR2の方がR3より何件多い？", "R2のC評価の件数とR3のC評価の件数の差は？"),)),
    # 「R2とR3で、A評価の実践項目数はどれだけ増えた？」「A評価の数はR2からR3でいくつ増えた」: the change of a count.
    Phrasing("grade_count_change",
             r"(" + _YEAR_SAID + r")\s*(?:と|から)\s*(" + _YEAR_SAID + r")\s*(?:で|にかけて|の間で)\s*[、,]?\s*([A-DＡ-Ｄ])\s*評価の(?:実践項目数|項目数|件数|数)\s*(?:は)?\s*"
             r"(?:どれだけ|何件|いくつ|どのくらい)\s*(?:増えた|減った|増加した|減少した|変わった)",
             r"\1と\2の\3評価の件数の差",
             examples=(("R2とR3で、A評価の実践項目数はどれだけ増えた", "R2とR3のA評価の件数の差"),)),
    # 「テーマ別で審議会評価平均が最も高いのは」: the grouping said first, the group asked at the end.
    Phrasing("grouping_said_first", r"(テーマ|担当部署|部署|部会|分野)\s*別\s*(?:で|に|では|に見ると|で見ると)\s*[、,]?\s*([^、,。？?]{2,14}?)\s*(?:が|の)\s*(いちばん|一番|最も|もっとも)\s*(高い|低い|多い|少ない)\s*の(?=は|って)",
             r"\2が\3\4\1",
             examples=(("テーマ別で審議会評価平均が最も高いのは", "審議会評価平均が最も高いテーマは"),)),
    # 「テーマ別で委員評価がいちばん高かったテーマは」「テーマ別でいちばん評価が高かったテーマは」: a score compared
    # across the themes, the theme named again at the end, is the themes' average of it; a theme's bare 評価 is
    # the committee's (テーマ別評価平均; 一番 and いちばん alike, neither a keyword).
    Phrasing("theme_score_highest",
             r"テーマ\s*別\s*(?:で|では|に見ると|で見ると)\s*[、,]?\s*(?P<m1>いちばん|一番|最も|もっとも)?\s*"
             r"(?P<f>(?:委員|審議会)?評価(?:平均)?)\s*(?:が|の)\s*(?(m1)|(?P<m2>いちばん|一番|最も|もっとも))\s*"
             r"(?P<w>高|低)(?:い|かった)\s*テーマ(?=は|って|を|が|[、,？?]|$)",
             lambda m: ("委員評価" if m["f"] == "評価" else m["f"].removesuffix("平均")) + "の平均が"
             + (m["m1"] or m["m2"]) + m["w"] + "いテーマ",
             examples=(("テーマ別で委員評価がいちばん高かったテーマは", "委員評価の平均がいちばん高いテーマは"),
                       ("テーマ別でいちばん評価が高かったテーマは？", "委員評価の平均がいちばん高いテーマは？"),
                       ("テーマ別で委員評価が一番高かったテーマは", "委員評価の平均が一番高いテーマは"))),
    # 「担当部署でいちばん多く実践項目を担当しているのは」: the group said first, then the most records it holds.
    Phrasing("group_first_most_held",
             r"(担当部署|部署|担当課|課|部局|所管課)\s*(?:で|の中で|では|のうち)\s*[、,]?\s*(いちばん|一番|最も|もっとも)\s*多く\s*"
             r"(実践項目|取組項目|連携事業|事業|項目)\s*を\s*(担当|所管)して(?:い)?る\s*(?:の|ところ)(?=は|って|が)",
             r"\3を\2多く\4している\1",
             examples=(("担当部署でいちばん多く実践項目を担当しているのはどこ", "実践項目をいちばん多く担当している担当部署はどこ"),)),
    # 「担当部署自己評価で、Bになっているのは」: the grade field said, then its value after a comma.
    Phrasing("grade_field_then_value", r"((?:自己)?評価|総合評価|判定|評定)\s*で\s*[、,]\s*([A-DＡ-ＤS◎○△×])\s*(?=になって|になった|の(?:もの|項目|取組)|だった|のは)",
             r"\1が\2",
             examples=(("担当部署自己評価で、Bになっているのは", "担当部署自己評価がBになっているのは"),)),
    # 「取組項目ごとの担当部署自己評価で、Bになっているのは」: each record's field, said of the records.
    Phrasing("each_records_field", r"(実践項目|取組項目|連携事業|事例|項目)\s*(?:ごと|毎|別)\s*の\s*(?=[一-龥ァ-ヶー]{2,12}\s*(?:で|が|は)[、,]?\s*[A-DＡ-Ｄ◎○△×])", r"\1の",
             examples=(("取組項目ごとの担当部署自己評価で、Bになっている", "取組項目の担当部署自己評価で、Bになっている"),)),
    # 「取組項目ごとの審議会の点数、一覧で見られます？」: each record's field listed (ごと of the kind asked is each record).
    Phrasing("each_records_field_listed", r"(実践項目|取組項目|連携事業|事例)\s*(?:ごと|毎|別)\s*の\s*(?=[^、,。？?]{2,14}?\s*[、,]?\s*(?:の|を)?\s*一覧)", r"\1の",
             examples=(("取組項目ごとの審議会の点数、一覧で見られます？", "取組項目の審議会の点数、一覧で見られます？"),)),
    # 「そのうち4.5以上ついたのは」: a bound given (ついた, 付いている) is the bound.
    Phrasing("bound_given", r"(?:(?<=以上)|(?<=以下)|(?<=未満)|(?<=超え))\s*(?:が|の点数が|の点が)?\s*(?:ついた|付いた|ついて(?:い)?る|付いて(?:い)?る|つけられた|付けられた)(?=\s*(?:の|もの|やつ)(?:は|って|が))",
             "",
             examples=(("そのうち4.5以上ついたのはどれとどれ？", "そのうち4.5以上のはどれとどれ？"),)),
    # 「一つの取組にぶら下がる実践項目の数」: the items one initiative holds, counted: its 実践項目数.
    Phrasing("items_under_one_initiative", r"(?:一つ|1つ|ひとつ|1件|各)の?\s*(?:取組項目|取組|取り組み)\s*(?:に|が)\s*"
             r"(?:ぶら下が(?:る|って(?:い)?る)|ぶらさが(?:る|って(?:い)?る)|属する|属して(?:い)?る|含まれる|入って(?:い)?る|ある|持つ)\s*(?:{ITEMS})の数",
             "取組項目の実践項目数",
             examples=(("一つの取組にぶら下がる実践項目の数、最大でいくつですか？", "取組項目の実践項目数、最大でいくつですか？"),
                       ("1つの取組にぶら下がる改革項目の数", "取組項目の実践項目数"))),
    # 「実践項目数、最大でいくつ」: the largest of a count asked with 最大で: that count's largest.
    Phrasing("count_largest_asked", r"((?:{ITEMS}|取組項目|連携事業|事例|事業|項目)数)\s*[、,]?\s*(?:は|って)?\s*(最大|最小)\s*で\s*(?:いくつ|何件|何個|何項目)",
             r"\1の\2はいくつ",
             examples=(("取組項目の実践項目数、最大でいくつですか？", "取組項目の実践項目数の最大はいくつですか？"),)),
    # 「いちばん事業数が多い部会」: the superlative said before the count it qualifies.
    Phrasing("most_before_count", r"(いちばん|一番|最も|もっとも)\s*((?!件数)[一-龥ァ-ヶー]{1,6}数)\s*(?:が|の)\s*(多い|少ない)",
             r"\2が\1\3",
             examples=(("いちばん事業数が多い部会は", "事業数がいちばん多い部会は"),)),
    # 「事業数が最も多い部会」: the number of records a group holds, said as 〜数.
    Phrasing("count_word_most", r"(事業|項目|実践項目|取組項目|連携事業|事例)数(?=\s*(?:が|の)\s*(?:最も|もっとも|いちばん|一番)\s*(?:多|少))", r"\1",
             examples=(('事業数が最も多い部会', '事業が最も多い部会'),)),
    # 「実践項目数が最大の取組項目」: the count said largest is the most of those records.
    Phrasing("count_word_largest", r"(事業|項目|実践項目|取組項目|連携事業|事例)数\s*(?:が|の)\s*(最大|最小)\s*(?:の|な)(?=\s*(?:{KINDS}|取組|部会|部署|テーマ|分野))",
             lambda m: m.group(1) + ("が最も多い" if m.group(2) == "最大" else "が最も少ない"),
             examples=(('実践項目数が最大の取組項目、実践項目は何件？', '実践項目が最も多い取組項目、実践項目は何件？'),
                       ('事業数が最小の部会', '事業が最も少ない部会'))),
    # 「いちばん多くの事業を抱えている部会」: the group holding the most records.
    Phrasing("holding_the_most_of", r"(最も|いちばん|一番|もっとも)多くの\s*({KINDS}|事業|項目)\s*を\s*(?:抱えて|かかえて|持って|もって)(?:い)?る",
             r"\2が\1多い",
             examples=(('いちばん多くの事業を抱えている部会', '事業がいちばん多い部会'),)),
    # 「担当部署として最も多くの…部署はどこ」: the field said first as a topic is the one asked after.
    Phrasing("field_as_topic", r"^\s*(?:担当部署|担当課|所管課|部署)として[、,]?\s*(?=.*(?:部署|課)(?:は|が|って))", "",
             examples=(('担当部署として最も多い部署は', '最も多い部署は'),)),
    # 「それR5は？」: a year said right after それ is that one's year (それの R5).
    Phrasing("sore_year", r"^(\s*(?:じゃあ|で)?[、,]?\s*(?:それ|これ))[、,]?\s*(?=(?:令和|平成|[RH]\s*\d|(?:19|20)\d{2}\s*年))", r"\1の",
             examples=(('それR5は？', 'それのR5は？'),)),
    # 「連携度が進捗度より低くなってる」: become lower is lower.
    Phrasing("compared_become", r"(?<=より)\s*(低|高|少な|多|大き|小さ)く\s*なって(?:い)?る", r"\1い",
             examples=(('連携度が進捗度より低くなってる', '連携度が進捗度より低い'),)),
    # 「小数点以下四捨五入で」: how to round the figure (the answer rounds it; conversation.rounded_as_asked).
    Phrasing("rounding_asked", r"[、,。]?\s*(?:小数点?(?:以下|第?[1-3一二三]位)(?:を|は|で)?|整数(?:に|で)?)\s*(?:四捨五入|切り捨て|切捨て|切り上げ|切上げ|丸め)(?:して|で|した|すると|して下さい|してください)?(?:の値)?(?:で|は)?", "",
             examples=(('割合は何％？小数点以下四捨五入で', '割合は何％？'),)),
    # 「小数1桁で」: the digits to show (the answer rounds to them; conversation.rounded_as_asked).
    Phrasing("digits_asked", r"[、,。]?\s*[（(]?\s*(?:小数(?:点以下)?\s*[1-3一二三]\s*桁|小数点?(?:以下)?\s*第?\s*[1-3一二三]\s*位まで)(?:まで)?(?:で|に|を)?\s*(?:表示|出して)?\s*[、,]?\s*"
             r"(?:[（(]\s*(?:四捨五入|切り捨て|切捨て|切り上げ|切上げ)\s*[)）]|四捨五入|丸めて|表示)?(?:して|で|した)?(?:下さい|ください)?\s*[)）]?", "",
             examples=(('平均は？小数1桁で', '平均は？'), ('平均すると何点？小数第1位まで（四捨五入）', '平均すると何点？'),
                       ('平均（小数第2位まで）', '平均'),
                       ('平均は？（小数第2位まで、四捨五入）', '平均は？'))),
    # 「備考に予算のことが書いてある」: what a field is said to write about is the word itself (「のこと」 is no
    # word the field prints; 「予算のこと」 would be sought as written and found nowhere).
    Phrasing("about_written", r"(?<=[一-龥ァ-ヶーA-Za-z])(?:のこと|の事)(?=\s*(?:が|は|も)?\s*(?:書いて|書かれて|記載され|記されて|載って))", "",
             examples=(("備考に予算のことが書いてある施策は？", "備考に予算が書いてある施策は？"),
                       ("課題に人手不足のことが書かれている", "課題に人手不足が書かれている"))),
    # 「外国人の住民のこと」「高齢者の方々」: a word for people (…人, …者) said with a plain noun for people after it
    # names those people by the first word alone (the documents write 在留外国人, 外国人相談, 外国人住民 alike).
    Phrasing("people_word_restated", r"(?<=[一-龥ァ-ヶー][人者])の\s*(?:住民|市民|人たち|人々|人|方々|方|皆さん|みなさん)(?=の|を|に|へ|が|は|について|[、,？?。]|$)", "",
             examples=(("委員のコメントで外国人の住民のことを言っているのはどれ？", "委員のコメントで外国人のことを言っているのはどれ？"),
                       ("高齢者の方々に触れた意見", "高齢者に触れた意見"))),
    # 「実践項目が多いほうは？」「実践項目の少ない順」: an order of the initiatives by how many items they hold
    # (実践項目数), not of the items.
    Phrasing("more_items_side", r"(?<![一-龥])実践項目(?:の数)?\s*(?:が|の)\s*(多い|少ない|多かった|少なかった)(?=\s*(?:ほう|方|順))", r"実践項目数が\1",
             examples=(("その2つのうち実践項目が多いほうは？", "その2つのうち実践項目数が多いほうは？"),
                       ("実践項目の少ない順に", "実践項目数が少ない順に"))),
    # 「全体のアベレージ」: the loanword for the mean.
    Phrasing("average_loanword", r"アベレージ", "平均", examples=(("全体のアベレージは？", "全体の平均は？"),)),
    # 「担当部署として一番多くの実践項目に名前が出てくる課（室）」: the role said first (the departments are the groups
    # asked), and 室 glossed beside 課 (a 室 is counted as a 課 is): the group word alone says both.
    Phrasing("department_role_said_first", r"担当(?:部署|課)として[、,]?\s*(?=(?:一番|いちばん|最も|もっとも)\s*多くの)", "",
             examples=(("担当部署として一番多くの実践項目に名前が出てくる課", "一番多くの実践項目に名前が出てくる課"),)),
    Phrasing("section_glossed_as_office", r"(課|部署)\s*[（(]\s*(?:室|係|課|部署)(?:も含む|含む)?\s*[)）]", r"\1",
             examples=(("名前が出てくる課（室）はどこ？", "名前が出てくる課はどこ？"),)),
    # 「最も多くの実践項目に名前が挙がっている部署」: the group holding the most records of the kind.
    Phrasing("named_in_most", r"(最も|いちばん|一番|もっとも)多くの({KINDS})に(?:名前が|名が|名前の)?\s*(?:(?:挙がって|あがって|載って|出て|登場して|関わって|かかわって|入って)(?:い)?る|出てくる|出てきて(?:い)?る|登場する|挙がる|載る)",
             r"\2が\1多い",
             examples=(('最も多くの実践項目に名前が挙がっている部署', '実践項目が最も多い部署'),
                       ('一番多くの実践項目に名前が出てくる課', '実践項目が一番多い課'))),
    # 「Aの実践項目を一番たくさん抱えている」: たくさん said with the superlative is 多く.
    Phrasing("most_said_as_takusan", r"(一番|いちばん|最も|もっとも)\s*(?:たくさん|沢山|大量に)", r"\1多く",
             examples=(("総合評価Aの実践項目を一番たくさん抱えている取組項目", "総合評価Aの実践項目を一番多く抱えている取組項目"),)),
    # 「一番たくさん案件を取ってる業者」: a firm taking (winning) the most cases of a list of bids is the 落札者 with the
    # most rows; one doing 落札 is a 落札者, as one doing 契約 on a day is said by 契約した (dated_verbs.py).
    Phrasing("most_cases_won", r"(?:(?P<m1>一番|いちばん|最も|もっとも)\s*(?:多く|たくさん|沢山)(?:の)?(?P<k1>案件|工事|契約)を|(?P<k2>案件|工事|契約)を(?P<m2>一番|いちばん|最も|もっとも)\s*(?:多く|たくさん|沢山))"
                               r"(?:取っ|とっ|落札し)(?:た|て(?:い)?る)(?:業者|会社|事業者|企業|ところ)",
             lambda m: f"{m.group('k1') or m.group('k2')}が{m.group('m1') or m.group('m2')}多い落札者", tables=True,
             examples=(("一番多く案件を取ってる業者はどこ？", "案件が一番多い落札者はどこ？"),
                       ("案件を最も多く落札した業者", "案件が最も多い落札者"))),
    # 「北辰工業が取った案件」: a firm taking a case of bids is its winning it (落札した).
    Phrasing("case_taken_as_won", r"が(?:取っ|とっ)(?:た|て(?:い)?る)(?=\s*(?:案件|工事|契約|入札))", "が落札した", tables=True,
             examples=(("北辰工業が取った案件を出して", "北辰工業が落札した案件を出して"),
                       ("北辰工業が取ってる工事", "北辰工業が落札した工事"))),
    # 「実践項目をいちばん多く抱えている取組項目」: the kind counted is the one held most.
    # (an initiative holds its count of items as a field; a department's are counted: top_group_holding)
    # (「Nで始まる実践項目、一番多く抱えてる取組項目」: the items said before a comma, を left out)
    Phrasing("holding_most", r"(?:を|(?<=項目)[、,]\s*)(いちばん|一番|最も|もっとも)多く(?:(?:抱えて|持って|含んで|もって|かかえて)(?:いる|る)|抱える|かかえる|持つ|含む)(?=取組項目|取組|取り組み)", r"が\1多い",
             examples=(('実践項目をいちばん多く抱えている取組項目', '実践項目がいちばん多い取組項目'),
                       ('実践項目を最も多く抱える取組項目', '実践項目が最も多い取組項目'),
                       ('Nの実践項目、一番多く抱えてる取組項目', 'Nの実践項目が一番多い取組項目'))),
    # 「テーマ「協働」に位置付けられた取組項目」: placed in a group is belonging to it.
    Phrasing("placed_in", r"に\s*位置(?:付|づ)け(?:られ(?:た|て(?:い)?る|ます|ている)|られる|て(?:い)?る|た)(?=\s*(?:{KINDS}|取組|項目|もの|の|事業))", "に属する",
             examples=(('テーマ「協働」に位置付けられた取組項目', 'テーマ「協働」に属する取組項目'),
                       ('協働に位置づけられている実践項目', '協働に属する実践項目'))),
    # 「総括で効率性を3にした理由」: the reason written for that score.
    Phrasing("reason_of_score_given", r"(総括|R\d{1,2}|令和\d{1,2}年度)で(" + "{SCORES}" + r")を\d点?(?:に|と)(?:した|つけた|付けた)理由", r"\1の\2の評価の理由",
             examples=(('総括で効率性を3にした理由', '総括の効率性の評価の理由'),)),
    # 「R4はどんな取組をした？」「R5に何をやった？」: that year's 取組内容.
    Phrasing("year_did_what", r"((?:令和|平成|[RH])\s*(?:\d{1,2}|元)(?:年度)?)(?:は|に|で|には|では)\s*(?:どんな|どういう|どのような|何の)?\s*"
                    r"(?:取組|取り組み|こと)?(?:を|は)?\s*(?:何を)?(?:した|しました|やった|やりました|行った|行いました|実施した)(?:の)?", r"\1の取組内容は",
             examples=(('R4はどんな取組をした？', 'R4の取組内容は？'),)),
    # 「おしまいになった」: ended.
    Phrasing("oshimai", r"お?しまいに(?:なった|なって|した|して)", "終わった",
             examples=(('おしまいになった', '終わった'),)),
    # 「いちばん実践項目が多い取組項目」: the superlative said before the word it grades.
    # (only a kind counted: 「いちばん件数が多い年度」 is read by the top-group rules as said)
    Phrasing("superlative_before_kind", r"(いちばん|一番|最も)(実践項目|取組項目)が(多い|少ない)(?=取組)", r"\2が\1\3",
             examples=(('いちばん実践項目が多い取組項目', '実践項目がいちばん多い取組項目'),)),
    # 「いちばん実践項目が多い取組項目って実践項目何件ある？」: the kind said again before 何件 only restates it.
    # (only a kind said before is restated: 「公共施設マネジメントの推進って実践項目いくつ」 names the kind counted,
    # the items of the initiative named)
    Phrasing("kind_restated_before_count", r"(?:(?<=って)|(?<=は))(実践項目|取組項目)(?:は|が)?(?=何件|何個|いくつ)",
             lambda m: "" if m.group(1) in m.string[:m.start()] else m.group(0),
             examples=(('いちばん実践項目が多い取組項目って実践項目何件ある？', 'いちばん実践項目が多い取組項目って何件ある？'),)),
    # 「担当課の自己評価」「担当部署による自己評価」: the department's self-evaluation, said one way.
    # (a list heads its column 担当部自己評価, one word: said so too)
    Phrasing("department_self_evaluation", r"担当(?:部署|部局|課|部|係)(?:による|の|が(?:した|つけた|付けた)|で(?:の|した))?\s*(?=自己評価)", "担当部署の",
             examples=(('担当課の自己評価', '担当部署の自己評価'), ('担当部自己評価がB', '担当部署の自己評価がB'))),
    Phrasing("donndake", r"どんだけ|どんくらい", "どれだけ", examples=(("どんだけ減った", "どれだけ減った"),)),
    # 「(水)がからんでる」: to be involved, said as 関わっている is.
    Phrasing("karande", r"(?:絡ん|からん)で(?=(?:い)?る|た)", "関わって",
             examples=(("(水)がからんでるのは", "(水)が関わってるのは"),)),
    # 「消防の総務課（(消)総務課）」「水道の部局((水))」: a department said in words, then as the documents
    # print it in brackets: the printed form is what is meant.
    Phrasing("department_glossed", r"[一-龥ァ-ヶー]{1,8}(?:の[一-龥ァ-ヶー]{1,8})?\s*[（(]\s*([(（][^()（）]{1,3}[)）][^()（）]{0,12})\s*[)）]",
             r"\1",
             examples=(("消防の総務課（(消)総務課）の実践項目", "(消)総務課の実践項目"), ("水道の部局((水))がからんでる", "(水)がからんでる"))),
    # 「（その実践項目）それ、どこの課？」: which department, asked at the end, is the department field asked.
    Phrasing("which_section_asked", r"(?:(?<=^)|(?<=[、,\sはて])|(?<=^それ)|(?<=^これ))どこの(?:課|部署|部局|担当課|所属)(?=\s*(?:です|でした|だった|だっけ|なの|か|[?？。])*\s*$)",
             "担当部署はどこ",
             examples=(("それ、どこの課？", "それ、担当部署はどこ？"), ("どこの課ですか", "担当部署はどこですか"),
                       ("それどこの課？", "それ担当部署はどこ？"))),
    # 「令和11年度、評価がついた取組のうち◎は何％」: a grade said after のうち of the items graded in one year is that
    # year's grade (not the summary grade): the year is said again before it.
    Phrasing("share_of_a_years_grades",
             r"((?:令和|平成|[RrHh])\s*(?:\d{1,2}|元)(?:\s*年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:に|で|は|、|,)?\s*"
             r"((?:の)?評価が(?:つ|付)いた[一-龥ァ-ヶー]{0,6}?(?:のうち|の中で)[、,]?\s*)(?=[◎○〇◯△×A-DS](?:評価)?(?:は|が|の))",
             r"\1に\2\1に",
             examples=(("令和11年度、評価がついた取組のうち◎は何％", "令和11年度に評価がついた取組のうち令和11年度に◎は何％"),
                       ("R5に評価が付いた項目の中でAは", "R5に評価が付いた項目の中でR5にAは"))),
    # 「令和2年度と2022年度をくらべて上がった」: two years compared, the first the base.
    Phrasing("two_years_compared",
             r"((?:令和|平成|[RrHh])\s*(?:\d{1,2}|元)(?:\s*年度?)?|(?:19|20)\d{2}\s*年度?)\s*と\s*"
             r"((?:令和|平成|[RrHh])\s*(?:\d{1,2}|元)(?:\s*年度?)?|(?:19|20)\d{2}\s*年度?)\s*(?:を|で)\s*"
             r"(?:比べて|くらべて|比較して|比べると|くらべると|比較すると|比べたら|くらべたら)[、,]?\s*",
             r"\1から\2にかけて",
             examples=(("令和2年度と2022年度をくらべて評価が上がった", "令和2年度から2022年度にかけて評価が上がった"),
                       ("R2とR4を比べて評価が下がった", "R2からR4にかけて評価が下がった"))),
    # 「ﾚｲﾜ3年度」「へいせい30年」: an era written in kana (half-width kana are full-width by now).
    Phrasing("reiwa_in_kana", r"(?:れいわ|レイワ)(?=\s*(?:\d|元))", "令和",
             examples=(("レイワ3年度にC", "令和3年度にC"), ("れいわ元年", "令和元年"))),
    Phrasing("heisei_in_kana", r"(?:へいせい|ヘイセイ)(?=\s*(?:\d|元))", "平成",
             examples=(("へいせい30年度", "平成30年度"),)),
    # 「返礼品のことで委員会から何か意見出てる？」: the body said as who gives the opinions is no word of their text.
    Phrasing("opinion_from_body", r"[一-龥]{0,8}(?:委員会|審議会|懇話会|懇談会|協議会|推進会議)\s*(?:から|より)(?:は)?\s*(?:何か|なにか|なんか)?\s*(?=意見)",
             "委員の",
             examples=(("返礼品のことで委員会から何か意見出てる", "返礼品のことで委員の意見出てる"),
                       ("推進委員会から意見は出てる", "委員の意見は出てる"))),
    # 「…どのくらいあったと委員は書いてる？」: what the committee wrote is asked of its opinions, not of the report's text.
    Phrasing("members_wrote", r"(?:と|って)\s*委員(?:の方)?(?:は|が)\s*(?:書いて|言って|述べて|指摘して|コメントして)(?:い)?(?:る|ます|ました|た)",
             "と委員の意見にある",
             examples=(("寄附の申し出はどのくらいあったと委員は書いてる？", "寄附の申し出はどのくらいあったと委員の意見にある？"),
                       ("何が課題だって委員が言ってる", "何が課題だと委員の意見にある"))),
    # 「若狭委員はどの取組について発言してる？」「座長が言及した基本目標」「委員が取り上げた取組」: a member's speaking of an
    # item is the member's opinion on it (minutes' turns read as comments, kinds/generic/minutes_turns.py).
    Phrasing("member_spoke_of",
             r"(?P<who>(?:委員長?|座長|会長)\s*(?:が|は|から)[^。？?、]{0,16}?)(?:発言|言及|取り上げ|とりあげ)(?=し|て|た|る|ま)"
             r"(?:し)?",
             lambda m: m.group("who") + "意見を述べ",
             examples=(("若狭委員はどの取組について発言してる", "若狭委員はどの取組について意見を述べてる"),
                       ("座長が言及した基本目標", "座長が意見を述べた基本目標"),
                       ("委員が取り上げた取組", "委員が意見を述べた取組"))),
    # 「うちの市（鶚ヶ谷市）が参加していない」: the asker's own town said with its name in brackets: the name.
    Phrasing("own_town_named", r"(?:うちの|我が|わが|当|本)(?:市|町|村|区|県)\s*[（(]\s*(?P<name>[^（）()]{1,12}?(?:市|町|村|区|県))\s*[）)]",
             lambda m: m.group("name"), aside=True,
             examples=(("うちの市（鶚ヶ谷市）が参加していない", "鶚ヶ谷市が参加していない"),)),
    # 「委員が意見書いてる」: 意見 and the verb 書く with を left out, not the report called 意見書.
    Phrasing("opinion_written", r"意見書(?=い(?:て|た)|かれ)", "意見を書",
             examples=(('委員が意見書いてる取組項目', '委員が意見を書いてる取組項目'),
                       ('意見書かれてる', '意見を書かれてる'))),
    # 「2021年度、2022年度の両年度ともA評価」: the two years just named, said again as 両年度 (両年, 両方).
    Phrasing("both_named_years", r"(?<=年度|[0-9]年)\s*(?:の)?\s*(?:両年度|両年|両方の年度|両方)\s*(?=とも)"
                                 r"|(?<=R[0-9]|H[0-9])\s*(?:の)?\s*(?:両年度|両年|両方の年度|両方)\s*(?=とも)"
                                 r"|(?<=R[0-9]{2}|H[0-9]{2})\s*(?:の)?\s*(?:両年度|両年|両方の年度|両方)\s*(?=とも)", "",
             examples=(("2021年度、2022年度の両年度ともA評価であった", "2021年度、2022年度ともA評価であった"),
                       ("R3とR4の両年度ともにA", "R3とR4ともにA"))),
    # 「委員の評価が低い取組ワースト3」「評価が高い取組ベスト3」: the order said, then the records and how many.
    Phrasing("worst_after_records", r"(低い|悪い|高い|良い)(取組項目|取組|実践項目|項目|事業|もの)\s*(?:ワースト|ベスト|トップ)\s*(\d+)(?:件|つ|個|位)?",
             lambda m: f"{m.group(1)}順に{m.group(3)}つの{m.group(2)}",
             examples=(("委員の評価が低い取組ワースト3は？", "委員の評価が低い順に3つの取組は？"),)),
    # 「実践項目数が多い取組項目の上位4つ」「合計点が低い実践項目の下位3件」: the order said, the records, then the first
    # ones of them (only when the side and the end agree: 「多い…の下位3つ」 says two things and is left as written).
    Phrasing("records_then_top_n", r"(?:(高い|大きい|多い|良い)(取組項目|取組|{KINDS}|事業)の\s*(?:上位|トップ|ベスト)"
                                   r"|(低い|小さい|少ない|悪い)(取組項目|取組|{KINDS}|事業)の\s*(?:下位|ワースト|ボトム))\s*(\d+)\s*(?:件|つ|個|位|項目)?",
             lambda m: f"{m.group(1) or m.group(3)}順に{m.group(5)}つの{m.group(2) or m.group(4)}",
             examples=(("実践項目数が多い取組項目の上位4つ", "実践項目数が多い順に4つの取組項目"),
                       ("合計点が低い実践項目の下位3件は", "合計点が低い順に3つの実践項目は"))),
    # 「定期券が3,000円じゃない」: an amount or count denied in speech (じゃない) as the tables' reader reads でない
    Phrasing("figure_denied_spoken", r"(?<=[\d０-９])(円|件|人|点|回|%|％)\s*じゃ(?=な)", lambda m: f"{m.group(1)}で",
             tables_only=True,
             examples=(("そのうち定期券が3,000円じゃないのは", "そのうち定期券が3,000円でないのは"),
                       ("参加者が10人じゃなかった回", "参加者が10人でなかった回"))),
    # 「火曜と金曜だけ」: two days of the week said whole, as a timetable's 運行日 prints them short and joined (火・金)
    Phrasing("weekdays_joined", r"([月火水木金土日])曜(?:日)?\s*(?:と|・|、|,)\s*([月火水木金土日])曜(?:日)?",
             lambda m: f"{m.group(1)}・{m.group(2)}", tables_only=True,
             examples=(("火曜と金曜だけ走ってる路線は？", "火・金だけ走ってる路線は？"),
                       ("月曜日と木曜日に開いている施設", "月・木に開いている施設"))),
    # 「バスが走ってる」: a bus or route running is said 運行 in the documents (運行日, 運行形態)
    Phrasing("runs_as_operated", r"走っ(?:てる|ている|てます|ています)(?=[^\s]{0,3}(?:路線|系統|便|バス|$|[?？。]))",
             "運行している", tables_only=True,
             examples=(("火・金だけ走ってる路線は？", "火・金だけ運行している路線は？"),
                       ("毎日走っている系統", "毎日運行している系統"))),
    # 「１便当たりの利用者数が多い順に上位３路線」: the order said, then how many of the first and the records' word as
    # their counter (路線, 施設, 事業 …); 「上位３件」 counts with no word of the records.
    Phrasing("order_then_top_n_counted", r"(高い|大きい|多い|良い|低い|小さい|少ない|悪い)順に\s*(?:上位|下位)?\s*(\d+)\s*"
                                         r"(?!件|つ|個|位|項目|人|年|月|日|円|回)([一-龥ァ-ヶー]{1,6}?)(?=$|[はをがのも、,?？。]|って|を?教えて|を?挙げて)",
             lambda m: f"{m.group(1)}順に{m.group(2)}つの{m.group(3)}", tables=True,
             examples=(("１便当たりの利用者数が多い順に上位３路線", "１便当たりの利用者数が多い順に３つの路線"),
                       ("延床面積が大きい順に5施設は？", "延床面積が大きい順に5つの施設は？"))),
    # 「効果額が大きい提案、上位３つを順番に」: the records said with the side, then, after a comma, how many of the first
    # (only when the side and the end agree, as records_then_top_n).
    Phrasing("records_comma_top_n", r"(?:(高い|大きい|多い|良い)([一-龥ァ-ヶー]{1,10}?)[、,]\s*(?:上位|トップ|ベスト)"
                                    r"|(低い|小さい|少ない|悪い)([一-龥ァ-ヶー]{1,10}?)[、,]\s*(?:下位|ワースト|ボトム))\s*(\d+)\s*(?:件|つ|個|位)?"
                                    r"(?:を)?\s*(?:順番に|順に|並べて)?",
             lambda m: f"{m.group(1) or m.group(3)}順に{m.group(5)}つの{m.group(2) or m.group(4)}", tables=True,
             examples=(("効果額が大きい提案、上位３つを順番に", "効果額が大きい順に３つの提案"),
                       ("利用者が少ない施設、下位2件は", "利用者が少ない順に2つの施設は"))),
    # 「担当課は全部で何課？」: departments counted by their own counter (何課, 何部署) are how many different ones.
    # (a table's department column too: 「外部評価を受けた事業の所管課は全部で何課ある？」 counts its different values)
    Phrasing("departments_by_counter", r"(?<=課|署)(は|が|って)\s*(全部で|合わせて|全体で)\s*何(?:課|部署)", r"\1\2いくつ",
             tables=True,
             examples=(("担当課は全部で何課？", "担当課は全部でいくつ？"),
                       ("外部評価を受けた事業の所管課は全部で何課ある？", "外部評価を受けた事業の所管課は全部でいくつある？"))),
    # 「本市負担金が大きい連携事業を順に2つ挙げて」: the records said between the side and the order (順に), then how many.
    Phrasing("records_then_in_order", r"(低い|悪い|高い|良い|大きい|小さい|多い|少ない)([一-龥ァ-ヶー]{1,10}?)を\s*(?:順に|順番に)\s*(\d+)\s*(?:件|つ|個)",
             lambda m: f"{m.group(1)}順に{m.group(3)}つの{m.group(2)}を",
             examples=(("本市負担金が大きい連携事業を順に2つ挙げて", "本市負担金が大きい順に2つの連携事業を挙げて"),)),
    # 「合計点が高いものから上位3項目」: the side the order starts from, then the first ones of it, is the order.
    # (「合計が高いの上から3つ」: the ones high in it, the first of them from the top)
    Phrasing("from_the_side_top", r"(高い|大きい|多い|良い|低い|小さい|少ない|悪い)(?:(?:もの|物|ほう|方)から|(?:の|もの|やつ)の?\s*[、,]?\s*(?=上から|上位))(?=\s*(?:上位|上から|先頭から)\s*\d)",
             r"\1順に", examples=(("合計点が高いものから上位3項目を順に", "合計点が高い順に上位3項目を順に"),
                                  ("合計が高いの上から3つ教えて", "合計が高い順に上から3つ教えて"))),
    Phrasing("docchimo", "どっちも", "どちらも",
             examples=(('効率性と創造性がどっちも3点の実践項目を教えて', '効率性と創造性がどちらも3点の実践項目を教えて'),)),
    Phrasing("docchitomo", "どっちとも", "どちらも",
             examples=(("どっちともA", "どちらもA"),)),
    Phrasing("docchika", "どっちか", "どちらか",
             examples=(("どっちかがA", "どちらかがA"),)),
    # 「2021年中（1月〜12月）に」: a calendar year with its months in brackets is that range of months.
    Phrasing("calendar_year_months", r"((?:19|20)\d{2}|(?:令和|平成|(?<![A-Za-z])[RH])\s*(?:元|\d{1,2}))\s*年(?:中|の間|のうち)?\s*[(（]\s*(\d{1,2})\s*月\s*"
                    r"(?:〜|~|-|ー|－|から)\s*(\d{1,2})\s*月\s*[)）](?:中|の間|のうち)?", lambda m: f"{_western(m.group(1))}年{m.group(2)}月から{m.group(3)}月の間",
             examples=(('2021年中（1月〜12月）に', '2021年1月から12月の間に'),)),
    # 「取組項目22件の委員評価の平均」: the asker's count of the records says which, no condition.
    # (「連携事業26件の何％」: the count a share is of stays, for the share rule to check it picks that many)
    Phrasing("asker_count", r"(取組項目|実践項目|実戦項目|連携事業|事例)(?:全)?\d+件(?=の|全体|すべて|全部)"
                            r"(?!(?:の|のうち|の中で|中)\s*(?:何|なん)\s*(?:パーセント|[%％]|割))", r"\1",
             examples=(('取組項目22件の委員評価の平均', '取組項目の委員評価の平均'),)),
    # 「22取組 全体の平均」: the asker's count said before the kind word, then 全体: which records, no condition.
    Phrasing("asker_count_before_kind", r"(?<![\d.])\d+\s*(?=(?:取組項目|取組|実践項目|連携事業|事例)\s*(?:全体|すべて|全て|全部))", "",
             examples=(('審議会評価平均 22取組 全体の平均', '審議会評価平均 取組 全体の平均'),)),
    # 「取組項目の審議会評価、22項目の平均」: the count said again before the aggregate of them.
    Phrasing("count_before_aggregate", r"(?<=評価|得点|点数|合計)[、,]\s*(?:(?:全)?\d+(?:件|個|項目|つ)(?:すべて|全部|全て)?|全体|全部|すべて|全て)の(?=平均|合計|最高|最低)", "の",
             examples=(('取組項目の審議会評価、22項目の平均', '取組項目の審議会評価の平均'),)),
    Phrasing("count_after_aggregate", r"(?<=平均|合計)(値)?[、,]\s*(?:全)?\d+(?:件|個|項目|つ)(?:全体|すべて|全部|全て)?(?:で|では)?", r"\1",
             examples=(('審議会評価の平均値、22項目全体でいくつになりますか', '審議会評価の平均値いくつになりますか'),)),
    # 「令和4年4月から令和5年3月までの間」「2023年4月から2024年3月までの年度」: April to March said in months is
    # that fiscal year (or years), as the documents keep them.
    # 「R4の評価の内訳を教えて（A・B・Cそれぞれ何件？）」: the bracket restates the breakdown asked.
    Phrasing("breakdown_restated",
             r"(内訳|分布)\s*(?:を|は)?\s*(?:教えて|知りたい|見せて)?\s*(?:ください|下さい|ほしい)?\s*[（(][^()（）]*(?:それぞれ|ずつ|別に|ごとに)[^()（）]*[)）]",
             r"\1", examples=(("R4の評価の内訳を教えて（A・B・Cそれぞれ何件？）", "R4の評価の内訳"),)),
    # 「「令和4年9月取組終了」になっている」: the end month as a sheet prints it, quoted: that end.
    Phrasing("quoted_end_month",
             r"[「『]\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)\s*(?:に|で)?\s*(?:取組|取り組み)?(?:終了|完了)\s*[」』]\s*"
             r"(?:に|と)\s*(?:なって(?:い)?る|書かれて(?:い)?る|記載されて(?:い)?る|記入されて(?:い)?る|ある)",
             r"\1に取組終了した",
             examples=(("「令和4年9月取組終了」になっている実践項目", "令和4年9月に取組終了した実践項目"),)),
    # 「年度ごとの評価（R2〜R5）で」: the years in brackets are the span the grades are read over.
    Phrasing("grades_span_bracket",
             r"(?:年度ごとの|年度別の|各年度の|毎年の)?評価\s*[（(]\s*((?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度?)?)\s*(?:〜|から|-|－)\s*"
             r"((?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度?)?)\s*(?:まで)?\s*[)）]",
             r"\1〜\2の評価",
             examples=(("年度ごとの評価（R2〜R5）で", "R2〜R5の評価で"),)),
    # 「合計点（総括）」: the summary columns the field is printed under, said in brackets.
    Phrasing("summary_columns_bracket", r"(合計点?|総合評価)\s*[（(]\s*総括\s*[)）]", r"\1",
             examples=(("実践項目の合計点（総括）、何点が一番多い", "実践項目の合計点、何点が一番多い"),)),
    # 「AとBで何件差がある？」: the difference of the two groups' counts.
    Phrasing("count_difference_asked", r"(?<=[A-DＡ-Ｄ])\s*(で|では)\s*(?:何件|いくつ)\s*(?:の)?差\s*(?:が|は)?\s*(?:ある|あります|あるの|つく|ついて(?:い)?る)?(?:か|の)?",
             r"\1件数の差は", examples=(("総合評価がAとBで何件差がある？", "総合評価がAとBで件数の差は？"),)),
    # 「B評価の件数とA評価の件数って何件差がある」: the two counts named, then their difference asked.
    Phrasing("counts_then_difference_asked",
             r"(?<=件数と)([^。？?、,]{1,20}?件数)\s*(?:って|は|で|では)?\s*(?:何件|いくつ)\s*(?:の)?差\s*(?:が|は)?\s*(?:ある|あります|あるの|つく|ついて(?:い)?る)?(?:か|の)?",
             r"\1の差は", examples=(("B評価の件数とA評価の件数って何件差がある", "B評価の件数とA評価の件数の差は"),)),
    # 「窓口サービス課と行政監理室とで、担当する実践項目の件数にはどれだけの差があるのか」: two groups said with
    # とで, then the count of each and how far apart they are asked.
    Phrasing("groups_then_count_difference_asked",
             r"とで(?:は)?[、,]?\s*((?:[^。？?、,]{0,12}?)(?:件数|数))\s*(?:に|には|で|では|は|って)?\s*"
             r"(?:どれだけ|どれくらい|どのくらい|どの程度|いくつ|何件)\s*(?:の)?\s*(?:差|違い|開き)\s*(?:が|は)?\s*"
             r"(?:ある|あります|あるの|つく|ついて(?:い)?る|出る)?(?:のか|か|の)?",
             r"の\1の差は",
             examples=(("窓口サービス課と行政監理室とで、担当する実践項目の件数にはどれだけの差があるのか",
                        "窓口サービス課と行政監理室の担当する実践項目の件数の差は"),)),
    # 「委員評価が最も高い「A」と、最も低い「B」とでは、何点の差があるのか」: the two records named, each said
    # with where it stands (an aside, not a condition), then the difference of the field asked.
    Phrasing("named_extremes_difference_asked",
             r"([^、,。「」]{1,12}?)(?:が|の|で)\s*(?:最も|一番|いちばん|もっとも)(?:高い|低い|大きい|小さい|多い|少ない)\s*(「[^」]{2,40}」)\s*と[、,]?\s*"
             r"(?:(?:最も|一番|いちばん|もっとも)(?:高い|低い|大きい|小さい|多い|少ない)\s*)?(「[^」]{2,40}」)\s*(?:と)?(?:で|では|の間で|の間には)?[、,]?\s*"
             r"(?:何点|どれだけ|どれくらい|どのくらい|いくつ|何件|いくら)\s*(?:の)?\s*(?:差|違い|開き)\s*(?:が|は)?\s*(?:ある|あります|あるの|つく|ついて(?:い)?る)?(?:のか|か|の)?",
             r"\2と\3の\1の差は",
             examples=(("委員評価が最も高い「庁内文書の電子化の推進」と、最も低い「町内会の活性化に向けた取組」とでは、何点の差があるのか",
                        "「庁内文書の電子化の推進」と「町内会の活性化に向けた取組」の委員評価の差は"),)),
    # 「2つ以上の事業を抱えてる部会」: the number said before what is held, as 「事業を2つ以上抱えている部会」.
    Phrasing("number_of_held_before_them",
             r"(?<![\d.])(\d+)\s*(つ|件|個|本)\s*(以上|以下|未満|超)?の\s*(事業|取組|{KINDS})\s*(を|が)\s*(?=抱え|担当|持って|持つ|受け持|ある|あり)",
             r"\4\5\1\2\3",
             examples=(("2つ以上の事業を抱えてる部会", "事業を2つ以上抱えてる部会"),
                       ("2つ以上の事業がある部会", "事業が2つ以上ある部会"))),
    # 「部会は、重複を除くと何部会あるのか」「部会って全部で何部会ある」: a group word counted by itself is the
    # number of different ones.
    Phrasing("groups_counted_by_their_word",
             r"(?<![一-龥ァ-ヶー])([一-龥ァ-ヶー]{2,6})(?:は|が|って)[、,]?\s*(?:重複を除くと|重複を除いて|重複を除き|重複なしで|重複を省くと|ダブりなしで)?[、,]?\s*"
             r"(?:全部で|合わせて|全体で|ぜんぶで|合計で)?\s*何\1",
             r"\1は全部で何種類",
             examples=(("部会は、重複を除くと何部会あるのか", "部会は全部で何種類あるのか"),
                       ("部会って全部で何部会ある", "部会は全部で何種類ある"))),
    # 「（部会名なしの行は除く）」: the records whose field is blank left out, said as 「部会名が空欄のは除く」.
    Phrasing("blank_said_as_none",
             r"([一-龥ァ-ヶー]{2,8}?)(?:名|名称)?\s*(?:なし|無し|がない|が無い|のない|が未記入|未記入)\s*の\s*(?:行|もの|事業|分|の)?\s*(?:は|を)?\s*(?=除)",
             r"\1名が空欄のは",
             examples=(("部会名なしの行は除く", "部会名が空欄のは除く"),)),
    # 「全実践項目ベースで」「全件ベースで」: every record is what the figure is of (ベース only says so).
    Phrasing("every_record_as_base", r"(全\s*(?:{KINDS}|件|体|部))\s*ベース", r"\1",
             examples=(("総括合計の平均値出して。全実践項目ベースで。", "総括合計の平均値出して。全実践項目で。"),)),
    # 「…ごとの件数の内訳は？空欄も1区分で。」: the blank ones counted as a group of their own, as a breakdown of
    # the end year does (継続中); the remark adds no condition.
    Phrasing("blank_as_a_group", r"[。、,？?]?\s*(?:空欄|空白|未記入|記載なし)(?:の(?:もの|分|行))?\s*(?:も|は)\s*(?:1|一|ひとつ|1つ|一つ)?\s*(?:つの)?\s*"
                                 r"(?:区分|グループ|カテゴリ|項目)\s*(?:として|に|で)?\s*(?:数えて|扱って|含めて)?(?:ください|ね)?\s*[。]?\s*$", "",
             examples=(("取組終了年度ごとの件数の内訳は？空欄も1区分で。", "取組終了年度ごとの件数の内訳は"),)),
    # 「…取組項目っていくつ実践項目持ってるの」: the number said before what is held, in speech order.
    Phrasing("how_many_before_held", r"(取組項目|取組|項目)(?:って|は)\s*(いくつ|何個|何件|何項目)\s*(?:の)?\s*(実践項目|項目)\s*(?:を)?\s*(?=持|抱え|有し)",
             r"\1は\3を\2", examples=(("取組項目っていくつ実践項目持ってるの", "取組項目は実践項目をいくつ持ってるの"),)),
    # 「審議会評価平均で一番低い取組項目は何点」: a score said with で before the record highest or lowest in it is
    # the score compared (が), as 「審議会評価平均が一番低い」.
    Phrasing("score_de_extreme_record", r"(評価平均|評価点|評価|平均点|評点|点数|合計点)で(?=\s*(?:一番|いちばん|最も|もっとも)\s*(?:高|低)(?:い|かった)\s*"
             r"(?:取組項目|実践項目|項目|取組|事業|もの|の))", r"\1が",
             examples=(("審議会評価平均で一番低い取組項目は何点だった", "審議会評価平均が一番低い取組項目は何点だった"),)),
    # 「一番高い取組項目と一番低い取組項目で何点差ある」: the two records' points, their difference asked.
    Phrasing("records_then_points_difference_asked",
             r"(?<=と)([^。？?、,]{1,20}?(?:項目|事業))\s*(?:で|では|って|は)\s*(?:何点|どれだけ|どのくらい|どれくらい)\s*(?:の)?差\s*(?:が|は)?"
             r"\s*(?:ある|あります|あるの|つく|ついて(?:い)?る)?(?:か|の)?",
             r"\1の差は", examples=(("一番高い取組項目と一番低い取組項目で何点差ある", "一番高い取組項目と一番低い取組項目の差は"),)),
    # 「取組終了が令和4年9月ってなってる」: a date, year, grade or dash quoted with って before なってる is the value the
    # cell shows (となってる); a name so quoted (「部会長が岡山市ってなってる」) is left to the rules that read it.
    Phrasing("quoted_value_became", r"(?<=[月年度\dA-DＡ-Ｄ\-－―」』])って\s*(?=な(?:って(?:い)?る|ってた|っていた|った|ってます|っています))", "と",
             examples=(("取組終了が令和4年9月ってなってる実践項目", "取組終了が令和4年9月となってる実践項目"),)),
    # 「Xの欄がハイフンになってる」: the dash printed in the cell, said by name, is the value 「-」.
    Phrasing("hyphen_said", r"(?:の欄|欄)?(?:が|は)\s*(?:ハイフン|はいふん|横棒|横線|ダッシュ|棒線)(?:記号)?\s*(?:に)?(?:なって(?:い)?る|なった|の)",
             "が「-」の", examples=(("令和五年度の欄がハイフンになってる実践項目", "令和五年度が「-」の実践項目"),)),
    # 「R4の欄が「-」」「R4の欄がA」: one year's column said as 欄 with its grade (a letter or the printed dash)
    # is that year's grade, as 「R4が-」.
    Phrasing("year_column_grade",
             r"(" + _YEAR_SAID + "|" + _PLACE_YEAR_SAID + r")\s*の\s*(?:欄|ところ|とこ|列|部分)\s*(が|は)(?=\s*[「『]?\s*(?:[A-DＡ-Ｄ](?![A-Za-z])|[\-―‐－]))",
             r"\1\2", examples=(("R4の欄が「-」になっている実践項目", "R4が「-」になっている実践項目"),
                                ("最終年度の欄が「-」になっている実践項目", "最終年度が「-」になっている実践項目"),
                                ("2年目の欄はAの実践項目", "2年目はAの実践項目"),
                                ("令和3年度の欄がAの実践項目", "令和3年度がAの実践項目"),
                                ("R5のところが「-」になってる実践項目", "R5が「-」になってる実践項目"))),
    # 「R5で「-」になってる」: the year's cell said with で, then the dash it shows, is that year's grade 「-」 (as 「R5が-」).
    Phrasing("year_de_dash",
             r"(" + _YEAR_SAID + r")\s*(?:で|では)\s*(?=[「『]?\s*[\-―‐－]\s*[」』]?\s*(?:に|と)\s*(?:なって|なった|なる))",
             r"\1が", examples=(("R5で「-」になってる実践項目", "R5が「-」になってる実践項目"),)),
    # 「R4に「-」がついた」: the printed dash said as put on that year's cell is that year's grade 「-」
    # (as 「R3にCがついた」 is the grade C).
    Phrasing("year_dash_put",
             r"(" + _YEAR_SAID + r")\s*(?:に|で)\s*[「『]?\s*([\-―‐－])\s*[」』]?\s*(?:が|の)\s*(?:つい|付い)(?:た|て(?:い)?る)",
             r"\1が-の", examples=(("R4に「-」がついた実践項目", "R4が-の実践項目"),
                                  ("R5に-が付いている実践項目", "R5が-の実践項目"))),
    # 「…の実践項目をお願いします。N番台も含めて。」「（新規追加分も含む）」: the added items said as included too
    # are no condition (every item is read); left, the mark alone was read as only those items.
    Phrasing("added_items_included",
             r"[、,。]?\s*[（(]?\s*(?:N番台|N番号|N項目|Nの(?:実践)?項目|N付き|新規(?:追加)?(?:分|の(?:実践)?項目)?|追加(?:分|された(?:実践)?項目|の(?:実践)?項目))"
             r"(?:の(?:もの|分|やつ))?\s*も\s*(?:含めて|含めた|含む|入れて|込みで|込み|対象)\s*(?:ください|下さい|ね|で)?\s*(?:[)）]|(?=\s*[、,。?？]|\s*$))",
             "", examples=(("Bの実践項目をお願いします。N番台も含めて。", "Bの実践項目をお願いします。"),
                           ("Bの実践項目（新規追加分も含む）は？", "Bの実践項目は？"))),
    # 「最後にAだったのがR3の実践項目（R4以降はAがない）」: the bracket restates what 最後に already says.
    Phrasing("last_grade_restated",
             r"(最後に[^、,。（(]{1,20}?(?:実践項目|項目|もの|やつ))\s*[（(][^（()）]{0,12}以降[^（()）]{0,8}(?:ない|なし|無い)[)）]",
             r"\1", examples=(("最後にAだったのがR3の実践項目（R4以降はAがない）を教えて", "最後にAだったのがR3の実践項目を教えて"),)),
    # 「…を除いたら何が残る」: what is left once they are left out is the records without them.
    # (「除外すると」「外すと」 as 除くと)
    Phrasing("left_after_removing", r"(除いたら|除くと|除いて|除けば|除外すると|除外したら|除外すれば|外すと|外したら)[、,]?\s*(?:何|なに|どれ)(?:が|は)\s*残(?:る|ります|った|ってる)(?:の|ん)?(?:か)?", r"\1",
             examples=(("R4に取組終了したやつを除いたら何が残る", "R4に取組終了したやつを除いたら"),
                       ("(消)の総務課のものは除いたら、どれが残る？", "(消)の総務課のものは除いたら？"),
                       ("N番号の項目を除外するとどれが残りますか", "N番号の項目を除外すると"))),
    # 「審議会評価平均で4.0点以上は14項目とされているが、逆に4.0に届かなかった取組は何件か」: a count the documents
    # state, said before the question of the other side, is no condition; the field it was said of is.
    Phrasing("stated_count_then_other_side",
             r"(?<![^\s、,。])([^\s、,。？?]{2,16}?)\s*(?:で|では|の)\s*[^\s、,。？?]{1,12}?(?:は|が)\s*\d+\s*(?:項目|件|個|事業|本)"
             r"(?:と|って)(?:され|なっ|書かれ|報告され|記載され)て(?:い)?(?:る|ます)(?:が|けど|けれど|けれども)[、,]\s*(?:逆に|反対に)?\s*",
             r"\1が",
             examples=(("審議会評価平均で4.0点以上は14項目とされているが、逆に4.0に届かなかった取組は何件か",
                        "審議会評価平均が4.0に届かなかった取組は何件か"),)),
    # 「…のやつ、最初はAだったらしいけど、R5の評価は結局何？」: what the asker heard, said before the question
    # (it asks nothing of the records; the answer gives the record's grades), and 結局 (= what it is).
    Phrasing("hearsay_aside",
             r"[、,]\s*[^、,。？?]{1,24}?(?:らしい|と聞いた|って聞いた|と聞いて(?:い)?る|って聞いて(?:い)?る|だったと思う|だったはず|って話)"
             r"(?:んだ|んです|のです)?(?:けど|けれど|けども|が)[、,]\s*", "、",
             examples=(("総合体育館の整備手法のやつ、最初はAだったらしいけど、R5の評価は結局何？", "総合体育館の整備手法のやつ、R5の評価は結局何？"),)),
    # 「…じゃないやつ うちの監査委員事務局のも入ってるはず」: what the asker expects to see among the answer, said
    # after the question, is no condition (the answer shows whether it is there).
    Phrasing("expected_among_aside",
             r"(?:[、,。]|\s)+\s*(?:うちの|私の|僕の|こちらの|こっちの|自分の)?[^、,。？?\s]{1,20}?(?:の|のもの|のやつ)?も\s*"
             r"(?:入って(?:い)?る|含まれて(?:い)?る|ある|入る)(?:はず|と思う|と思うけど|と思います|よね|でしょ)(?:だけど|なんだけど|です)?\s*[。]?\s*$", "",
             examples=(("そのうち担当が行政監理室じゃないやつ うちの監査委員事務局のも入ってるはず", "そのうち担当が行政監理室じゃないやつ"),)),
    # 「市民の方から「LINEの公式アカウントってまだやってるの？」って聞かれたんだけど、取組終了になってる？」: someone
    # else's question quoted says what is asked about (its topic, before って/は); the question is the asker's own.
    Phrasing("asked_by_someone",
             r"(?:[^、,。「」]{1,16}?(?:から|に)\s*)?「\s*([^「」、,。?？]{2,40}?)\s*(?:って|は|とか)[^「」]{0,24}」\s*(?:って|と)\s*"
             r"(?:聞かれ|質問され|問い合わせ(?:が)?(?:あっ|来)|尋ねられ|言われ)(?:た|て)(?:んだ|んです|のです|のだ)?(?:けど|けれど|けども|が|ので)?[、,]\s*",
             r"\1、",
             examples=(("市民の方から「LINEの公式アカウントってまだやってるの？」って聞かれたんだけど、取組終了になってる？",
                        "LINEの公式アカウント、取組終了になってる？"),)),
    # 「結局、審議会評価が一番高い取組はどれ？」「要するに、R4からR5で上がったのは」: a summing-up word said first, then a
    # comma, asks nothing of the records (a figure asked right after it, 「結局、いくら集まった」, keeps it: the 総括's).
    Phrasing("summing_up_said_first", r"^\s*(?:結局|要するに|つまり|端的に言うと|一言で言うと)\s*[、,]\s*(?!(?:いくら|何|なに|なんぼ|どう)(?:[?？。]|$))", "",
             examples=(("結局、審議会評価が一番高い取組はどれ？", "審議会評価が一番高い取組はどれ？"),
                       ("要するに、R4からR5で評価が上がったのはどれ？", "R4からR5で評価が上がったのはどれ？"))),
    Phrasing("in_the_end_asked", r"(?<=は|が)\s*結局\s*(?=何|なに|どう|どれ|いくつ|いくら)", "",
             examples=(("R5の評価は結局何？", "R5の評価は何？"),)),
    # 「総括の総合評価は結局Aになってるのは」: 結局 before the grade said asks nothing more than the grade.
    Phrasing("in_the_end_grade", r"(?<=は|が)\s*結局\s*(?=[A-EＡ-Ｅ]\s*(?:に|と|だ|で|評価|の|[?？]|$))", "",
             examples=(("その中で、総括の総合評価は結局Aになってるのはどれ？", "その中で、総括の総合評価はAになってるのはどれ？"),)),
    # 「部会がいくつありましたか。同じ部会が複数の事業を持っている場合は1つと数えてください。」: each value once,
    # said after the count asked, is what counting the group words does anyway.
    Phrasing("distinct_said_after",
             r"(?<=[。、,？?])\s*(?:同じ|同一の)([一-龥ァ-ヶー]{1,6})(?:が|で)[^。？?]{0,20}?(?:場合|とき|時)(?:は|には|でも)?[、,]?\s*"
             r"(?:1つ|一つ|ひとつ|1件|1回|一回)(?:と|として)\s*(?:数えて|カウントして)(?:ください|ほしい|下さい)?\s*[。]?",
             lambda m: "" if re.search(re.escape(m.group(1)) + r"(?:が|は|って)\s*(?:全部で)?\s*(?:いくつ|何種類|何個)", m.string[:m.start()]) else m.group(0),
             examples=(("部会がいくつありましたか。同じ部会が複数の事業を持っている場合は1つと数えてください。", "部会がいくつありましたか。"),)),
    # 「部署は、重複を除くと何種類？」: each value once is what 何種類 counts anyway.
    # (but not after the members of projects, 「参加している市町村は、重複を除くと何団体」: each member once over
    # several projects is what it asks — grammar/members.py reads it whole)
    Phrasing("distinct_restated", r"[、,]?\s*(?:重複|ダブり|だぶり|かぶり)\s*(?:を|は)?\s*(?:除く|除いて|除くと|除けば|なしで|抜きで|省くと|省いて)(?:と)?[、,]?\s*(?=(?:全部で|全体で)?\s*(?:何種類|何課|何部署|何団体|いくつ|何個))",
             lambda m: m.group(0) if _MEMBERS_BEFORE.search(m.string[:m.start()]) else "",
             # (kept after members: grammar/members.py members_counted_once, whose example reads it whole)
             examples=(("部署は、重複を除くと何種類？", "部署は何種類？"),)),
    # 「総合評価はR4だと何だった？」: the grade of that year.
    Phrasing("grade_of_year_said_after", r"(?:総合評価|評価)\s*(?:は|って)\s*((?:R|令和|H|平成)\s*\d{1,2}\s*(?:年度)?|(?:19|20)\d{2}\s*年度)\s*(?:だと|では|の時は?|のときは?|時点では?)",
             r"\1の評価は", examples=(("総合評価はR4だと何だった？", "R4の評価は何だった？"),)),
    # 「令和2年度の評価なんだった？」: the grade asked with the particle left out (評価は何だった).
    Phrasing("grade_asked_without_particle", r"(評価)\s*(?=(?:なん|何|なに)\s*(?:だった|でした|だっけ|ですか|なの|[？?]|$))",
             r"\1は", examples=(("令和2年度の評価なんだった？", "令和2年度の評価はなんだった？"),
                                 ("R5の評価何だった？", "R5の評価は何だった？"))),
    # 「取組項目4（市政情報の効果的な発信）と17（庁内文書の電子化の推進）」: a number glossed with its name;
    # the number names the record (the bracket would split the numbers said together).
    Phrasing("number_glossed", r"(?<=\d)\s*[（(][^()（）\d]{4,30}[)）](?=\s*(?:と|、|・|及び|および|や|の|で|は|が|を|に|,))", "",
             examples=(("取組項目4（市政情報の効果的な発信）と17（庁内文書の電子化の推進）の実践項目", "取組項目4と17の実践項目"),)),
    # 「担当部署として一番多く名前が出てくるのは」: the department most often named, the largest group.
    Phrasing("most_often_named", r"(担当部署|担当課|所管課|部署|課)\s*(?:として|の中で|では)\s*(一番|いちばん|最も)\s*(?:多く|よく)\s*(?:名前が|名が)?\s*(?:出てくる|出る|挙がる|あがる|登場する|載っている|載ってる)(?=の|もの|ところ)",
             r"\1で\2多い", examples=(("担当部署として一番多く名前が出てくるのはどこ", "担当部署で一番多いのはどこ"),)),
    # 「…を除くと何が残る？」: the records left, asked as which.
    Phrasing("what_is_left", r"(?<=除く|除け|外す|抜く)と?(?:ば)?\s*[、,]?\s*(?:何|なに|どれ|どの[一-龥]{1,4})\s*(?:が|は)\s*残(?:る|ります|っている|ってる)(?:の|か|んですか|のですか)?",
             "もの", examples=(("行政監理室が入っているものを除くと何が残る？", "行政監理室が入っているものを除くもの？"),)),
    # 「(総)ICT推進室がかかわっているものを除く」: an office taking part, left out, is said as its being in charge.
    Phrasing("office_involved_left_out",
             r"(?<=[課室局部所ー])\s*(?:が|も)\s*(?:かかわって|関わって|関与して|携わって|からんで|絡んで)(?:い)?る(?=(?:もの|の|やつ)\s*(?:を|は)?\s*(?:除|外|抜))",
             "が担当している", examples=(("(総)ICT推進室がかかわっているものを除く", "(総)ICT推進室が担当しているものを除く"),)),
    # 「4つの年度すべてでA」: every year (the number restates how many there are).
    Phrasing("every_counted_year", r"(?:\d|[一二三四五六])\s*つの\s*年度\s*(?:すべて|全て|全部|とも|ともに)\s*(?:で|に|が)?", "すべての年度で",
             examples=(("R2からR5まで、4つの年度すべてでA評価", "R2からR5まで、すべての年度でA評価"),)),
    # 「総括自己評価の合計点」: the heading of the self-assessed scores (総括自己評価) said before one of them
    # names that score, not the yearly self-assessment (自己評価(総合評価)).
    Phrasing("scores_heading_said", r"(総括)?\s*(?:の)?\s*自己評価\s*の\s*(?=(?:合計|{SCORES}))", lambda m: "総括の" if m.group(1) else "",
             examples=(("実践項目95件の総括自己評価の合計点、平均すると何点？", "実践項目95件の総括の合計点、平均すると何点？"),
                       ("総括自己評価の進捗度が3", "総括の進捗度が3"))),
    # 「「合計」欄、数字がいちばん小さい」: the figure of a column named in brackets is that column's value.
    Phrasing("column_figure_said", r"「([^「」\s]{1,12})」\s*(?:欄|列)\s*(?:[、,]\s*|の\s*)?"
                                   r"(?:(?:数字|数値|値)\s*(?=が|は)|(?=が\s*(?:いちばん|一番|最も|もっとも)))", r"\1",
             examples=(("取組項目一覧の「合計」欄、数字がいちばん小さい取組項目は？", "取組項目一覧の合計がいちばん小さい取組項目は？"),
                       ("「合計」欄がいちばん大きい", "合計がいちばん大きい"))),
    # 「取組終了の欄が空白になっている」: the cell left blank.
    Phrasing("cell_blank", r"(?:の)?\s*欄\s*(?:が|は)\s*(?:空白|空欄|ブランク|未記入|白紙)\s*(?:に|と)?\s*(?:なって(?:い)?る|なった|の|だ|です)?", "が空欄の",
             examples=(("取組終了の欄が空白になっている実践項目", "取組終了が空欄の実践項目"),)),
    # 「いちばん件数が多いのは」「一番件数多い部署」(the particle dropped in chat): the largest group, said with its count.
    Phrasing("most_by_count", r"(いちばん|一番|最も)\s*(?:件数|数)\s*(?:が|の)?\s*(多い|少ない|多かった|少なかった)", r"\1\2",
             examples=(("いちばん件数が多いのはどの年度？", "いちばん多いのはどの年度？"),
                       ("実践の担当で一番件数多い部署どこ", "実践の担当で一番多い部署どこ"))),
    # 「取り組み終了」「取組み項目」: the labels as printed (取組終了, 取組項目).
    Phrasing("torikumi_spelled", r"取(?:り組み|組み|り組)(?=終了|項目|内容|結果|予定|状況|期間)", "取組",
             examples=(("取り組み終了が空欄", "取組終了が空欄"), ("取り組み項目", "取組項目"))),
    # 「委員の意見でシカ肉の活用をほめている」: an opinion praising something mentions it (what it says of it
    # is read in the excerpt shown).
    Phrasing("praise_as_mention", r"(?:を|について)\s*(?:ほめ|褒め|称賛し|賞賛し|高く評価し)(?:て(?:い)?る|た)", "に触れている",
             examples=(("シカ肉の活用をほめているのはどの取組", "シカ肉の活用に触れているのはどの取組"),)),
    # 「…の担当部署を集計して」: the records counted by that field (a breakdown).
    Phrasing("field_tallied", r"(担当部署|担当課|所管課|部署|部会|テーマ|総合評価|取組終了|部会長の市)\s*(?:を|で|ごとに|別に)\s*(?:集計|カウント|数え上げ)(?:して|し|する|した)?(?:ください|下さい|ほしい|もらえる|みて)?",
             r"\1別の件数", examples=(("取組項目15〜19の実践項目の担当部署を集計して", "取組項目15〜19の実践項目の担当部署別の件数"),)),
    # 「計の平均がいちばん高い柱」: a paper printing each member's 計 and their mean; that mean is the committee's
    # score (「合計の平均」 is another thing: the mean of a field 合計).
    Phrasing("members_sum_mean", r"(?<![一-龥])計の平均(?:点|値)?", "委員評価",
             examples=(("計の平均が15点に届いていない柱", "委員評価が15点に届いていない柱"),)),
    # 「（◎＞○＞△＞×の順で）」: the order of the grades restated in brackets (the legend's order, which the index reads).
    Phrasing("grade_order_restated", r"\s*[（(]\s*(?:[^\s\d()（）>]{1,2}\s*>\s*){2,}[^\s\d()（）>]{1,2}\s*(?:の順(?:で|に|番)?|の順序で)?\s*[)）]", "",
             examples=(("下がったものはどれ?(◎>○>△>×の順で)", "下がったものはどれ?"),)),
    # 「伸び続けている（R4<R5<R6）」: the years chained by < or > in brackets restate the change said before them.
    Phrasing("change_chain_restated",
             r"((?:続け|つづけ|伸び|増え|減り|減っ|上が|下が|増加|減少|上昇|低下)[ぁ-ん]{0,6})\s*[（(]\s*"
             r"(?:(?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度?)?\s*[<>＜＞]\s*)+(?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度?)?\s*[)）]",
             r"\1", tables=True, examples=(("伸び続けている(R4<R5<R6)取組", "伸び続けている取組"),)),
    # 「R4以降（R4・R5・R6）」: the years listed in brackets restate the range said before them.
    Phrasing("range_restated",
             r"(以降|以後|以前|までに|まで|から)\s*[（(]\s*(?:(?:R|令和|H|平成)?\s*\d{1,4}\s*(?:年度?)?\s*(?:・|、|,|と|〜|から)?\s*){2,}[)）]",
             r"\1", examples=(("R4以降（R4・R5・R6）の", "R4以降の"),)),
    Phrasing("months_of_fiscal_years",
             r"(?:(?P<w1>(?:19|20)\d{2})|(?P<e1>令和|平成|R|H)\s*(?P<n1>元|\d{1,2}))\s*年\s*0?4\s*月\s*(?:1\s*日)?\s*(?:から|〜|より|-)\s*"
             r"(?:(?P<w2>(?:19|20)\d{2})|(?P<e2>令和|平成|R|H)\s*(?P<n2>元|\d{1,2}))\s*年\s*0?3\s*月\s*(?:末|31\s*日)?\s*"
             r"(?:まで)?(?:の\s*(?:間|期間|年度|1年間|一年間))?(?:の?うち)?", _fiscal_years_of_months,
             examples=(("令和4年4月から令和5年3月までの間に終了した", "令和4年度に終了した"),
                       ("2023年4月から2024年3月までの年度のうちに", "令和5年度に"),
                       ("2021年4月から2023年3月までに終わった", "令和3年度から令和4年度までに終わった"))),
    Phrasing("month_s_fiscal_year",
             r"(?:(?P<west>(?:19|20)\d{2})|(?P<era>令和|平成|R|H)\s*(?P<n>元|\d{1,2}))\s*年\s*(?P<month>\d{1,2})\s*月"
             r"(?:(?:が|を)?(?:含まれる|含む|属する|の属する|にあたる)|\s*(?:で|に)\s*(?:終わる|終了する|終える|締まる|終わった|終了した|締まった))(?:会計)?年度"
             r"(?:\s*[（(][^()（）]{1,14}[)）])?", _fiscal_year_of_month,
             examples=(("2022年1月を含む年度の評価", "令和3年度の評価"),
                       ("2023年3月で終わる年度（令和5年3月）に取組が終了", "令和4年度に取組が終了"))),
    # 「令和5年度のうちに終わった」: within the year (のうちに, a time), not among records (のうち).
    Phrasing("within_fiscal_year", r"(?<=年度)\s*のうちに", "中に",
             examples=(("令和5年度のうちに取組が終わった", "令和5年度中に取組が終わった"),)),
    # 「総合の自己評価」: the 取組項目's 担当部署自己評価（総合評価）, said with its bracket first.
    Phrasing("overall_self_evaluation", '総合の自己評価', '自己評価',
             examples=(('総合の自己評価', '自己評価'),)),
    # 「令和5年度（ことし）の評価」: a year glossed as this year (the document's latest) is the year said.
    Phrasing("year_glossed_this_year", r"((?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*(?:年度?)?|(?:19|20)\d{2}\s*年度?)\s*\(\s*(?:ことし|今年|今年度|本年度|きょねん|去年|昨年|昨年度|前年度|最新(?:年度|の年度)?|直近(?:年度)?|現在)\s*\)",
             r"\1", examples=(("令和5年度(ことし)の評価がC", "令和5年度の評価がC"),)),
    # 「今年度（R7）の実施予定」: the bracket names the year 今年度 already is.
    # 「（…の担当部は何ですか）課の名前も教えてください」: the name of the 課 (部, 係) asked at the head of a question is the
    # record's 担当課 (担当部, 担当係), the field said by what it names.
    Phrasing("unit_name_asked_as_field", r"^(?:その|それの|そこの)?\s*(課|部|係)\s*の\s*(?:名前|名称|なまえ)(?=\s*(?:も|は|を|って|が)\s*(?:教え|知り|何|なに|お願い|[?？。]|$))",
             r"担当\1", examples=(('課の名前も教えてください', '担当課も教えてください'), ('部の名前は?', '担当部は?'))),
    # 「蔦谷先生が所見を書いている」: an expert's findings a report prints under 所見 are the opinions asked of.
    Phrasing("findings_written", r"所見(?=\s*(?:を|が|は)?\s*(?:書い|書か|書く|述べ|寄せ|出し|出て|示し|付け|つけ))", "意見",
             examples=(('蔦谷先生が所見を書いている基本方針', '蔦谷先生が意見を書いている基本方針'),)),
    # (「前年度（R5）より評価が下がった」: the year before named as the base of a grade's change is kept: the grammar
    # reads the year compared as the one after it, grades.grade_change_against_year_before)
    Phrasing("this_year_bracket", r"(?!(?:前年度?|昨年度?)\s*\([^()]{1,10}\)\s*(?:の評価)?(?:より|から|に比べて|と比べて|と比較して)(?:も)?[、,]?\s*"
             r"(?:評価|総合評価|グレード)?(?:が|は|を)?\s*(?:上が|下が|良くな|悪くな|悪化|改善))"
             r"(今年度|本年度|昨年度|前年度|来年度|次年度)\s*\(\s*(?:[RH]|令和|平成)?\s*\d{1,4}\s*(?:年度?)?\s*\)", r"\1",
             examples=(('今年度(H17)の実施予定が空欄の連携事業', '今年度の実施予定が空欄の連携事業'),
                       ('前年度(R5)より事業費が減った事業', '前年度より事業費が減った事業'))),
    # 「今年度は何をする予定？」: the plan for this year, asked as 今年度の予定.
    Phrasing("this_year_plan", r"今年度(?:は|に)?[、,]?(?:何を|なにを|どんなことを)(?:する|やる|行う|実施する)予定", "今年度の予定",
             examples=(('今年度は何をする予定？', '今年度の予定？'),)),
    # 「今年度やる予定のもの」: what is planned this year, said with a plain verb (やる, 行う, する).
    Phrasing("this_year_planned_verb", r"今年度(?:に|中に)?(?:やる|行う|する|実施する)予定", "今年度に実施予定",
             examples=(('今年度やる予定のもの', '今年度に実施予定のもの'), ('今年度中に行う予定の事業', '今年度に実施予定の事業'))),
    Phrasing("kind_then_among", r"({KINDS})のうち[、,]?(?!で|の)", r"\1で",
             examples=(("終了した実践項目のうち担当が納税課のもの", "終了した実践項目で担当が納税課のもの"),)),
    # 「人口減少ば心配しとる」「取組項目ば教えて」: Kyushu speech's ば after a noun (before the phrasings reading を) is the object particle を (not the
    # ば of a condition, which follows a verb's kana: あれば, 終われば; nor 半ば).
    Phrasing("dialect_ba_object",
             r"(?<=[一-龥々ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9」』)）])(?<!半)ば(?=\s*(?:[一-龥]|教え|おしえ|見せ|みせ|出し|だし|挙げ|あげ|調べ|探し|くれ|並べ))", "を",
             examples=(("人口減少ば心配しとる委員意見", "人口減少を心配しとる委員意見"),
                       ("協働はついとらん取組項目ば教えて", "協働はついとらん取組項目を教えて"))),
    # 「高齢者のことを心配している委員のコメント」: a worry about someone is a remark about them (心配 here
    # says what the remark is about, not a word it must print: 「高齢者にとってはどうなのか」 is one).
    # (「人口減少を心配してる意見がある取組」: the worry said of a thing with を alone, the same; 「…を気にしてる
    # 委員意見」 is left to the rules of comments)
    Phrasing("concern_about", r"(?<=[一-龥ァ-ヶーA-Za-z])(?:のこと(?:を|が)?\s*(?:心配|懸念|気に|気遣|案じ)|を\s*(?:心配|懸念|危惧))(?:して|し|って)?(?:いる|てる|た|ている|る|とる|とった|よる|ちょる)?(?=\s*(?:委員|意見|コメント|声|指摘))",
             "に言及している",
             examples=(('高齢者のことを心配している委員のコメント', '高齢者に言及している委員のコメント'),
                       # (「心配しとる」「心配しよる」: the progressive said in western speech)
                       ('人口減少を心配しとる委員意見', '人口減少に言及している委員意見'),
                       ('人口減少を心配してる意見がある取組は', '人口減少に言及している意見がある取組は'),
                       ('子育て世代のことを気にしている意見', '子育て世代に言及している意見'))),
    # 「倉敷市側の担当課」: a municipality's side is the municipality.
    Phrasing("city_side", r"(?<=[市町村])側(?=の|で|は|が|も)", "",
             examples=(('北山市側の担当課', '北山市の担当課'), ('北山市側も保育課なのは', '北山市も保育課なのは'))),
    # 「総合評か」「委員評化」: 評価 typed with the kana or the kanji of its sound.
    Phrasing("hyoka_typo", r"評(?:か|化|可)(?=[がはのでをも、]|$)", "評価",
             examples=(('総合評か', '総合評価'),)),
    # 「2021年（暦年）」「暦年で2021年」: the bracket says what a calendar year already reads as.
    Phrasing("calendar_year_gloss", r"((?:19|20)\d{2})\s*年\s*[(（]\s*暦年\s*[)）]", r"\1年",
             examples=(('2021年（暦年）', '2021年'),)),
    Phrasing("calendar_year_said", r"暦年(?:で|の)?\s*(?=(?:19|20)\d{2}\s*年(?!度))", "",
             examples=(('暦年で2021年(1月〜12月)中に取組が終了した実践項目は?', '2021年(1月〜12月)中に取組が終了した実践項目は?'),)),
    # 「マイナンバーカードを読み取る方式でやってる事例」: the way a thing is done said as 「…る方式で」 is the deed itself
    # (a case doing it need not print 方式)
    Phrasing("done_by_way_of", r"(?<=[る])\s*(?:方式|方法|やり方|形)\s*で\s*(?:やって|行って|おこなって|実施して|取り組んで)(?:いる|る)(?=\s*(?:事例|取組|団体|自治体|ところ))",
             "",
             examples=(("マイナンバーカードを読み取る方式でやってる事例は？", "マイナンバーカードを読み取る事例は？"),)),
    # 「2022年の1月から」: a month of the year just said.
    Phrasing("month_of_year", r"(?<=\d)年の(?=\d{1,2}月)", "年",
             examples=(('2022年の1月から', '2022年1月から'),)),
    Phrasing("chigau_kana", r"(?<!ま)ちが(?=う|って|い|わ)", "違",
             examples=(('取組項目の委員評価、一番いいのと一番悪いのは何点ちがう?', '取組項目の委員評価、一番いいのと一番悪いのは何点違う?'),)),
    # 「平成のうちに始まった」: a start said by its era alone is a year printed in that era (令和元年度 is none of
    # 平成's, though the same fiscal year as 平成31年度): 「平成期に」, read by grammar/starts.py.
    Phrasing("era_of_start", r"(平成|令和)(?:の\s*(?:うち|間|あいだ|時代|中)|時代|中)?\s*(?:に|で)(?:なって|入って|はいって)?(?:から)?"
             r"(?=\s*(?:新しく|新たに)?\s*(?:始ま|開始|スタート|始め))", r"\1期に",
             examples=(("平成のうちに始まった", "平成期に始まった"), ("令和になってから開始した", "令和期に開始した"),
                       ("令和に入ってから始まった", "令和期に始まった"))),
    # 「開始年度が平成の連携事業」: the start year printed in that era, as 「平成に始まった」 says it.
    Phrasing("start_year_era", r"開始(?:年度|時期|年)\s*(?:が|は)\s*(平成|令和)(?:の|で|だった|である)?(?![0-9元年])",
             r"\1期に始まった",
             examples=(("開始年度が平成の連携事業", "平成期に始まった連携事業"),)),
    # An era alone is its years: 「令和の」 is 令和元年度以降, 「平成に」 平成31年度以前.
    Phrasing("reiwa_era", r"令和(?=(?:の|に|で|中|時代)(?![0-9元]))", "令和元年度以降",
             examples=(('令和の', '令和元年度以降の'),)),
    # 「2019年度以前から続いている事業」: what has gone on since a year or before began then or before.
    Phrasing("going_on_since", r"(年度|年)\s*(以前|より前|まで)から\s*(?:ずっと)?(?:続いて(?:い)?る|続く|継続して(?:い)?る|継続中の?|実施して(?:い)?る|行って(?:い)?る|行われて(?:い)?る)",
             r"\1\2に始まった",
             examples=(("2019年度以前から続いている事業", "2019年度以前に始まった事業"),
                       ("令和元年度より前から継続している事業", "令和元年度より前に始まった事業"))),
    # 「令和5年度の評価が「-」（それ以前に取組を終えた）」: それ said after a year of the same sentence is that
    # year (「それ以前」 is 「令和5年度以前」); it points at nothing said before the sentence.
    Phrasing("that_year_again", r"((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*(?:年度)?)([^。？?!！]{1,40}?)それ(?=\s*(?:以前|より前|以降|以後|より後|まで)(?:に|の|で|は|から)?)",
             r"\1\2\1",
             examples=(("令和5年度の総合評価の欄が「-」になっている（それ以前に取組を終えた）",
                        "令和5年度の総合評価の欄が「-」になっている（令和5年度以前に取組を終えた）"),
                       ("R3にAだったが、それ以降にBになった", "R3にAだったが、R3以降にBになった"))),
    # 「子育て支援への寄附、３年間で合計いくら集まった」 of a table of 件数 and 金額 by year: the gift asked in money is
    # its amount (寄附額), never its count; said of a table's rows only (the records' readers take 「寄附…いくら集まった」
    # as written, the passage's figure in 円).
    Phrasing("gift_asked_in_money", r"(寄[附付])(?![額金件者])(?=[^。?？]{0,20}?(?:いくら|何円|何千円|何万円)\s*(?:集ま|寄せられ))",
             r"\1額", tables_only=True,
             examples=(("子育て支援への寄附、3年間で合計いくら集まった？", "子育て支援への寄附額、3年間で合計いくら集まった？"),
                       ("寄付はR6に何円寄せられた？", "寄付額はR6に何円寄せられた？"))),
    # 「合計いくら集まった」: what came in, asked in money, is the amount itself (the verb no condition on the rows).
    Phrasing("amount_collected", r"(いくら|何円|何千円|何万円)\s*(?:集ま(?:った|っている|ってる|りました|る)|寄せられた)",
             r"\1", tables_only=True,
             examples=(("子育て支援への寄附額、3年間で合計いくら集まった？", "子育て支援への寄附額、3年間で合計いくら？"),
                       ("R6は何円寄せられた？", "R6は何円？"))),
    # 「いくら？（千円）」: the unit the amount is asked in, said after the question in brackets.
    Phrasing("amount_unit_after", r"いくら\s*[?？]?\s*[（(]\s*(千円|万円|百万円|円)\s*[)）]", r"何\1？",
             examples=(("合わせていくら？（千円）", "合わせて何千円？"),)),
    # 「何平方メートル」「何平米」: the area unit spelled out, asked as 「何㎡」 (NFKC: 何m2) is.
    Phrasing("area_unit_spelled", r"何\s*(?:平方メートル|平方めーとる|平米)", "何m2", tables=True,
             examples=(("合計すると何平方メートルになりますか", "合計すると何m2になりますか"),
                       ("延床面積は何平米？", "延床面積は何m2？"))),
    # 「雉ヶ内村も使える施設」: a municipality able to use a facility is said as the lists of joint facilities head
    # it (利用できる町村), 利用できる; も (that one as well as the owner) asks the same rows.
    Phrasing("town_can_use", r"(?<=[市町村])(?:も|が|でも)(?:使える|使えます|つかえる)", "が利用できる", tables=True,
             examples=(("雉ヶ内村も使える施設はどれですか", "雉ヶ内村が利用できる施設はどれですか"),
                       ("楓市が使える施設", "楓市が利用できる施設"))),
    # 「4町村すべてが利用できる」 of a table's list column: every one of the N municipalities said is among those
    # listed, i.e. N are listed (as 「利用できる町村が4つ」 reads the column's count); the figure said stays the
    # bound, never assumed. (Tables only: the records' grammar reads 「4市町すべてが参加している」 itself.)
    Phrasing("all_n_members", r"(\d{1,2})\s*(市町村|町村|市町|自治体|団体)\s*(?:すべて|全て|全部)\s*(?:が|で)\s*"
             r"(利用できる|使える)(?=(?P<end>\s*(?:[?？。、,!！]|$))?)",
             lambda m: f"利用できる{m.group(2)}が{m.group(1)}つ" + ("" if m.group("end") is not None else "の"),
             tables_only=True,
             examples=(("4町村すべてが利用できる共同設置・相互利用は？", "利用できる町村が4つの共同設置・相互利用は？"),
                       ("3市町すべてが使えるものは", "利用できる市町が3つのものは"),
                       ("4町村すべてが使える？", "利用できる町村が4つ？"))),
    # 「参加している市町村がいちばん少ない事業」: the number of municipalities taking part, compared.
    # (「構成市町村がいちばん少ない」: a table listing its members under 構成市町村 or 実施市町村)
    Phrasing("members_compared", r"(?:参加(?:して(?:い)?る|する)?|構成|実施)(市町村|市町|町村|町|自治体|団体)(?:の数)?(?=(?:が|の|は)\s*(?:いちばん|一番|最も|最)?(?:少ない|多い|少なく|多く))",
             lambda m: "参加" + ("市町村" if m.group(1) in ("市町", "町村", "町") else m.group(1)) + "数",
             examples=(("参加している市町村がいちばん少ない事業", "参加市町村数がいちばん少ない事業"),
                       ("構成市町村がいちばん少ない事業", "参加市町村数がいちばん少ない事業"),
                       ("参加団体の数が最も多い", "参加団体数が最も多い"),
                       ("構成町が一番多い連携", "参加市町村数が一番多い連携"))),
    # 「…に参加している団体は？」: the members asked, by the words the tables head them with (参加団体).
    # (「参加してる市町は？」: a list of cities and towns calls them 市町)
    Phrasing("members_asked", r"(?:に|へ)?(?:参加|加入)(?:して(?:い)?る|する)(市町村|市町|町村|団体|自治体)(?=\s*(?:は|って|を教えて|はどこ|はどれ)|\s*[?？]?\s*$)",
             lambda m: ("の" if m.start() else "") + ("参加市町村" if m.group(1) in ("市町村", "市町", "町村") else "参加団体"),
             examples=(("参加している団体は？", "参加団体は？"),
                       ("参加してる市町は？", "参加市町村は？"),
                       ("自治体クラウドの共同利用に参加している団体は？", "自治体クラウドの共同利用の参加団体は？"),
                       ("電子申請の共同調達に参加している市町村は", "電子申請の共同調達の参加市町村は"))),
    # 「事業費が計上されていない」「予算がついていない」: no amount in that year, said as a table says it (事業費がない).
    Phrasing("amount_not_budgeted", r"(事業費|予算額|予算)(?:が|は)?(?:計上(?:されて(?:い)?ない|されなかった|がない|なし)|(?:つ|付)いて(?:い)?ない)",
             r"\1がない",
             examples=(("2025年度の事業費が計上されていない事業", "2025年度の事業費がない事業"),
                       ("2024年度に予算がついていない共同事業", "2024年度に予算がない共同事業"))),
    # 「4つの団体すべて」「三つの市町村」: the members said by their number, as 「4団体」.
    Phrasing("members_counted", r"(\d{1,2}|[二三四五六七八九十])\s*つの\s*(団体|自治体|市町村|市町|町村)", r"\1\2",
             examples=(("4つの団体すべてが参加している", "4団体すべてが参加している"),)),
    # 「事務局を港北町が務める」: who leads a project said object first, as 「港北町が事務局を務める」.
    Phrasing("chair_object_first", r"(部会長|幹事|事務局|主担当)を\s*([^\s、。をがはの]{1,10}?[市町村区])\s*が\s*(務め|担っ|担当し|担い)",
             r"\2が\1を\3",
             examples=(("事務局を港北町が務める共同事業", "港北町が事務局を務める共同事業"),
                       ("幹事を北山市が担っている", "北山市が幹事を担っている"))),
    # 「共同事業の1番の事務局は？」: the member running a joint project, its 幹事 (事務局 alone is also the
    # secretariat answering in minutes: only so when joint projects are said).
    Phrasing("joint_office_asked", r"((?:共同|連携)事業.{0,40}?の)事務局(?:団体)?(?=\s*(?:は|って|を|[?？]|$))", r"\1幹事",
             examples=(("共同事業の1番の事務局は？", "共同事業の1番の幹事は？"),
                       ("連携事業で消防指令業務の事務局はどこ？", "連携事業で消防指令業務の幹事はどこ？"))),
    Phrasing("heisei_era", r"平成(?=(?:の|に|で|中|時代)(?![0-9元]))", "平成31年度以前",
             examples=(("平成の連携事業", "平成31年度以前の連携事業"),)),
    # 「D評価を受けたことのある」「Cがついたことがある」: some year graded so, as 一度でも says it.
    Phrasing("ever_graded", r"(?<![一-龥ァ-ヶA-Za-z])([A-DＡ-Ｄ])(評価)?(?:を|が)(?:受け|もらっ|つい|付い|とっ|取っ|つけ|付け)たこと(?:の|が)?(?:ある|あった)",
             r"一度でも\1\2がついた",
             examples=(('D評価を受けたことのある取組', '一度でもD評価がついた取組'),
                       ('Cがついたことがある', '一度でもCがついた'),
                       # (「C評価をつけた」: the grade given, said of the one who graded; 「ことある」 without が)
                       ('C評価をつけたことがある実践項目', '一度でもC評価がついた実践項目'),
                       ('Cがついたことある？', '一度でもCがついた？'))),
    # A double negative says the positive: 「一度もAをとっていないわけではない」 is 一度でもAをとっている.
    Phrasing("double_negative_never", r"(?:一度も|1度も|一回も|1回も)(.{0,12}?)ていない(?:という)?わけでは(?:ない|ありません)", r"一度でも\1ている",
             examples=(('一度もAをとっていないわけではない', '一度でもAをとっている'),)),
    Phrasing("double_negative", r"(.{0,12}?)ていない(?:という)?わけでは(?:ない|ありません)", r"\1ている",
             examples=(("評価されていないわけではない", "評価されている"),)),
    # 「全部でなんぼなん」「結局なんぼ寄附集まったん」: なんぼ is いくら (Kansai speech).
    # 「年間なんぼ時間減った」: なんぼ before a counter is 何 of that counter (何時間), not an amount of money.
    Phrasing("dialect_nanbo_counter", r"(?:なんぼ|いくら)\s*(?=時間|人|件|回|日間|日|か月|カ月|ヶ月|社|団体|か所|箇所|本|枚|台|個|名|校|園|施設)",
             "何",
             examples=(("令和3年度で年間なんぼ時間減った", "令和3年度で年間何時間減った"), ("なんぼ人来た", "何人来た"))),
    Phrasing("dialect_nanbo", r"なんぼ(?:なん|やねん|なんや|や|ほど)?(?=\s*(?:[?？。]|$|[一-龥ァ-ヶー]|の|で|に|か))", "いくら",
             examples=(('財政効果額、全部でなんぼなん？', '財政効果額、全部でいくら？'), ('結局なんぼ寄附集まったん？', '結局いくら寄附集まったん？'))),
    # 「財政効果額、全部でいくら」: the figure said before a comma is the topic of 全部で (は, as 「…は全部でいくら」).
    Phrasing("topic_before_all_told", r"(?<=[一-龥ァ-ヶー])[、,]\s*(全部で|合計で|総額で|トータルで|合わせて|あわせて)\s*(?=いくら|何)", r"は\1",
             examples=(('行政創革プランの財政効果額、全部でいくら？', '行政創革プランの財政効果額は全部でいくら？'),)),
    # 「いくら寄附集まったん」: what came in said after いくら is the topic (寄附はいくら集まった).
    Phrasing("how_much_before_the_noun", r"いくら\s*([一-龥ァ-ヶー]{1,8})\s*(?:が|は)?\s*(?=集まっ|集まり|来|入っ|もらっ|貰っ|入り)",
             r"\1はいくら",
             examples=(('いくら寄附集まったん？', '寄附はいくら集まったん？'),)),
    # 「ひとつもあらへん」「何もありまへん」「誰もおらへん」: Kansai speech's negated ある / いる (あらへん is ない, not
    # the あら of a verb the rule below negates); 「ひとつもねえ」 (Tohoku/Hokkaido) is ない after も.
    Phrasing("dialect_nai_arahen", r"あら(?:へん|ひん)(かった)?|ありま(?:へん|ひん)|(?<=も)ね[えぇー](?![ぁ-ゖ])",
             lambda m: "なかった" if m.group(1) else ("ありません" if m.group(0).startswith("ありま") else "ない"),
             examples=(("N番号の実践項目がひとつもあらへん取組項目", "N番号の実践項目がひとつもない取組項目"),
                       ("Bはいっぺんもあらへんかった", "Bはいっぺんもなかった"),
                       ("N番号の実践項目がひとつもねえ取組項目", "N番号の実践項目がひとつもない取組項目"))),
    Phrasing("dialect_iru_orahen", r"おら(?:へん|ひん)", "いない",
             examples=(("担当がだれもおらへん", "担当がだれもいない"),)),
    # 「Bがいっこもついとらん」「一個もない」: いっこも (一個も) is ひとつも, before a negation: none at all.
    Phrasing("dialect_ikkomo", r"(?:いっこ|一個|1個)も(?=[^。？?、,]{0,14}?(?:ん|ない|なかっ|なく|ず|へん|ひん))", "ひとつも",
             examples=(("Bがいっこもついとらん", "Bがひとつもついとらん"), ("N番号の実践項目が1個もない", "N番号の実践項目がひとつもない"))),
    # Dialect and spoken negatives: 「終わってへん」「終わってねえ」 are 終わっていない.
    # (the past 「ついてへんかった」 is ついていなかった; Tohoku's 「終わってねがった」 too)
    Phrasing("dialect_negative_te", r"([てで])(?:(?:へん|ひん)(かった)?|ねえ|ねー|ねぇ|(ねがった|ねかった))",
             lambda m: m.group(1) + ("いなかった" if m.group(2) or m.group(3) else "いない"),
             examples=(('終わってへん', '終わっていない'), ('Bがついてへんかった', 'Bがついていなかった'),
                       ('まだ終わってねがった', 'まだ終わっていなかった'))),
    Phrasing("dialect_negative", r"([らかさたまわがばれけせめえ])(?:へん|ひん)(かった)?", lambda m: m.group(1) + ("なかった" if m.group(2) else "ない"),
             examples=(("終わらへん", "終わらない"), ("Bがつかへんかった", "Bがつかなかった"))),
    # Western and Kyushu speech: 「書いとらん」「なっとらん」 are 書いていない, なっていない; 「なっとる」「行っとる」
    # are なっている, 行っている; 「読んどらん」 is 読んでいない (the て of the verb, then とる/どる for ている).
    # (only after a verb's て-stem: 「Aをとる」「勝ちとる」 are the verb 取る)
    # (「ついちょらん」「終わっちょる」: ちょる for ている in Chugoku and Kyushu speech; 「ついとらんかった」, the past)
    Phrasing("dialect_negative_toran", r"(?<=[いっしえせねべめれに])(?:とら|ちょら|とりませ)ん(かった)?|(?<=ん)どら(?:ん|へん)(かった)?",
             lambda m: ("で" if m.group(0).startswith("ど") else "て") + ("いなかった" if m.group(1) or m.group(2) else "いない"),
             examples=(("H17に実施予定の欄が何も書いとらん事業", "H17に実施予定の欄が何も書いていない事業"),
                       ("R4にBがついとらんかった", "R4にBがついていなかった"),
                       ("R4にBがついちょらん", "R4にBがついていない"),
                       ("まだ終わっとらん", "まだ終わっていない"),
                       ("読んどらん", "読んでいない"))),
    Phrasing("dialect_progressive_toru", r"(?<=[いっしえせねべめれに])(?:と|ちょ)(る|った|ります|りました)|(?<=ん)ど(る|った)",
             lambda m: ("で" if m.group(0).startswith("ど") else "て")
             + {"る": "いる", "った": "いた", "ります": "います", "りました": "いました"}[m.group(1) or m.group(2)],
             examples=(("協議中っちなっとる連携事業", "協議中っちなっている連携事業"), ("まだ続いちょる", "まだ続いている"),
                       ("何人行っとると？", "何人行っていると？"),
                       ("何年何月に取組終了しとる？", "何年何月に取組終了している？"))),
    # 「数えんで」「含まんと」: a verb's negative ない said ん (western speech), after the verb's own kana.
    Phrasing("dialect_negative_n", r"(?<=[一-龥][えけせてねべめれらかさたまわがば])ん(?=で(?![きす])|と(?!ー)|けど|[?？。、,]|$)", "ない",
             examples=(("空欄のとは数えんで", "空欄のとは数えないで"), ("含まんけど", "含まないけど"))),
    # 「R2からR5までBがひとつもついていない」: not one of the years' grades is B, as 一度も says of the years. Only
    # where the years are said just before (「C評価が一つもない取組項目」 may count the items graded C: left as said).
    Phrasing("grade_not_one", r"(?<![A-Za-zＡ-Ｚａ-ｚ])([A-DＡ-Ｄ])(評価)?\s*(?:が|は)\s*(?:ひとつも|1つも)(?=[^。？?、,]{0,10}?(?:ない|なかった|ず|ません))",
             lambda m: f"{m.group(1)}{m.group(2) or ''}が一度も"
             if re.search(r"(?:から|〜|~|～)[^、,。？?]{0,12}$|年間[^、,。？?]{0,6}$|(?:各年度|どの年度|毎年|毎年度)[^、,。？?]{0,6}$",
                          m.string[:m.start()]) else m.group(0),
             examples=(("R2からR5までBがひとつもついていない", "R2からR5までBが一度もついていない"),
                       ("4年間でC評価が1つもない実践項目", "4年間でC評価が一度もない実践項目"))),
    # 「協議中っちなっている」「Aっち書いてある」: Kyushu speech quotes with っち (ち), as と.
    Phrasing("dialect_quote_chi", r"(?<=[一-龥ァ-ヶーA-Za-z0-9」』])っ?ち(?=\s*(?:なっ|なる|なり|書い|書か|言っ|いう|言う|あ[るっ]))", "と",
             examples=(("協議中っちなっている", "協議中となっている"), ("Aっち書いてある", "Aと書いてある"))),
    # 「いちばん事業の多か部会」: Kyushu speech's adjective ending か is い (多か is 多い), before what it describes.
    Phrasing("dialect_adjective_ka", r"(?<=[多少高低良早遅古長短強弱広狭近遠重軽])か(?=[一-龥ァ-ヶー]|もの|やつ|とこ)", "い",
             examples=(("いちばん事業の多か部会", "いちばん事業の多い部会"),)),
    # 「どげな連携」「どげん事業」: Kyushu speech's どげな / どげん is どんな.
    Phrasing("dialect_dogena", r"どげ(?:な|ん)(?=[一-龥ァ-ヶー]|もの|ふう)", "どんな",
             examples=(("どげな連携なん", "どんな連携なん"),)),
    # 「なんも書いていない」: なんも is 何も.
    Phrasing("dialect_nanmo", r"(?<![ぁ-ゖ](?<![がはにもをで]))なんも(?=[ぁ-ゖ一-龥])", "何も",
             examples=(("なんも書いていない", "何も書いていない"),)),
    # 「総務課のんは除いたら」「(水)のんで」: Kansai speech's のん is のもの (after a name or a mark).
    Phrasing("dialect_no_n", r"(?<=[一-龥々ァ-ヶー)）』」A-Za-z0-9])のん(?=[はをがもでやとだ]|[、,？?。]|$)", "のもの",
             examples=(("(消)の総務課のんは除いたら", "(消)の総務課のものは除いたら"),
                       ("R5でAのん、どれ？", "R5でAのもの、どれ？"))),
    # 「Bやないやつ」「R6やない」「総務課やなくて」: Kansai speech's copula negated, after a name, a grade or a year.
    Phrasing("dialect_copula_negative", r"(?<=[A-Za-zＡ-Ｚａ-ｚ0-9０-９一-龥々ァ-ヶー)）』」])や(ない|なく|なかった)", r"じゃ\1",
             examples=(("総合評価がBやないやつどれ", "総合評価がBじゃないやつどれ"),
                       ("取組終了がR6やない", "取組終了がR6じゃない"),
                       ("総務課やなくて", "総務課じゃなくて"))),
    # 「いっぺんもAになってへん」: いっぺん (一遍) is 一度, in any year.
    Phrasing("dialect_once", r"(?:いっぺん|一遍|いっぺ)(も|でも)", r"一度\1",
             examples=(("いっぺんもAになってない", "一度もAになってない"), ("いっぺんでもCがついた", "一度でもCがついた"))),
    # 「そん中で」「そんうち」: その said そん in speech, before 中 / うち.
    # (not そんな: 「そんなかんじ」)
    Phrasing("dialect_son", r"(?<![ぁ-ゖ])そん(?=中|なか(?:で|から|の|に|は)|うち)", "その",
             examples=(("そん中で委員評価が4.0以上の取組のは？", "その中で委員評価が4.0以上の取組のは？"),)),
    # 「ほんで総合評価がBのは？」「そんで」「ほいで」: それで, opening a follow-up (Kansai, Tohoku speech).
    Phrasing("dialect_sorede", r"^\s*(?:ほんで|そんで|ほいで|ほんでから|したっけ|ほしたら)(?=[、,]|\s|[一-龥ァ-ヶA-Za-zＡ-Ｚ0-9(（「])", "それで",
             examples=(("ほんで総合評価がBのは？", "それで総合評価がBのは？"), ("そんで、R5は？", "それで、R5は？"),
                       # (Hokkaido's したっけ opening a question: then)
                       ("したっけ、総合評価がAのは？", "それで、総合評価がAのは？"))),
    # 「総務課ん実践項目」: ん between two nouns is の (Kyushu, Tohoku speech); a verb's ん (読んで, 済んだ) is
    # followed by its kana.
    Phrasing("dialect_n_no", r"(?<=[一-龥々ァ-ヶー)）])ん(?=[一-龥ァ-ヶ])", "の",
             examples=(("総務課ん実践項目", "総務課の実践項目"),)),
    # 「ひとつもなか取組項目」: Kyushu speech's adjective ending か on ない (なか is ない), after も, before a noun.
    Phrasing("dialect_naka", r"(?<=も)なか(?=[一-龥ァ-ヶー])", "ない",
             examples=(("N番号がひとつもなか取組項目", "N番号がひとつもない取組項目"),)),
    # 「なしてCなの」 (Tohoku/Hokkaido) is なぜ; 「どないなっとる」 (Kansai) is どう.
    Phrasing("dialect_why_how", r"(?<![ぁ-ゖ])なして(?![ぁ-ゖ])|どない(?=な|し|や|[?？。]|$)",
             lambda m: "なぜ" if m.group(0) == "なして" else "どう",
             examples=(("なしてCなの", "なぜCなの"), ("進捗はどないなっとる", "進捗はどうなっとる"))),
    # 「N番号のだけにしてけろ」: Tohoku speech's けろ / けれ after a verb's て is ください.
    Phrasing("dialect_kero", r"(?<=て)(?:けろ|けれ|けさい|たもれ)(?=\s*[?？。!！]*\s*$)", "ください",
             examples=(("N番号のだけにしてけろ", "N番号のだけにしてください"), ("教えてけれ", "教えてください"))),
    # 「R5から足されたN番号の」: 足された (足す, passive) is 追加された.
    Phrasing("added_tasareta", r"足され(た|る|て)", r"追加され\1",
             examples=(("R5から足されたN番号の", "R5から追加されたN番号の"),)),
    # 「一番高かとと一番低かとの差」「多かとは？」: Kyushu speech's adjective in か, with と for の (高いの).
    Phrasing("dialect_ka_adjective", r"(高|低|多|少な|大き|小さ|良|悪)かと(?=[とはのがもを、,]|\s*[?？。]|$)", r"\1いの",
             examples=(("委員評価で一番高かとと一番低かとの差はなんぼ？", "委員評価で一番高いのと一番低いのの差はなんぼ？"),
                       ("合計点が多かとはどれ", "合計点が多いのはどれ"))),
    # 「合計の高かトップ3」「評価の低か取組」: the same adjective before the noun it describes.
    Phrasing("dialect_ka_adjective_before_noun", r"(?<=[のが])(高|低|多|少な|大き|小さ|良|悪)か(?=[一-龥ァ-ヶー])", r"\1い",
             examples=(("財政のテーマで、合計の高かトップ3は？", "財政のテーマで、合計の高いトップ3は？"),
                       ("委員評価の低か取組", "委員評価の低い取組"))),
    # Hakata speech: 「いっちょんAにならんやった」 is 一度もAにならなかった (いっちょん: not once, said before a negation).
    Phrasing("dialect_itchon", r"いっちょん(?:も)?(?=[^。？?、,]{0,14}?(?:ん|ない|なかっ|なく))", "一度も",
             examples=(("いっちょんAにならんやった", "一度もAにならんやった"),)),
    # 「ならんやった」「届かんやった」: a verb negated with ん and past with やった is ～なかった.
    Phrasing("dialect_n_yatta", r"(?<=[らかさたまわがばなれけめえ])んやった", "なかった",
             examples=(("Aにならんやった", "Aにならなかった"), ("4.0に届かんやった", "4.0に届かなかった"))),
    # 「いちばん低か実践項目」「よか評価」「多か課」: an adjective's ～い said ～か before what it describes.
    Phrasing("dialect_ka_adjective_before_word",
             r"(?:(?<![一-龥々])|(?<=番))(低|高|多|少な|良|よ|悪|わる|長|短|大き|小さ|新し|古)か(?=\s*(?:[一-龥ァ-ヶー]|と[はもをがの]|とと|やつ|もの|の[はがを]))",
             r"\1い",
             examples=(("いちばん低か実践項目", "いちばん低い実践項目"), ("多か課", "多い課"),
                       ("よか評価", "よい評価"))),
    # 「よい評価(A)」「いちばん悪い評価(C)」: the grade glossed by words for it is the grade.
    Phrasing("grade_said_good_or_bad",
             r"(?:よい|良い|いい|高い|悪い|わるい|低い|最高の|最低の)\s*(?:評価|ランク)\s*[(（]\s*([A-DＡ-Ｄ])\s*[)）]", r"\1評価",
             examples=(("ずっとよい評価(A)だった", "ずっとA評価だった"),)),
    # 「Nのつくとは除いて」「持っとるとも入れて」「やったとは何件」: Hakata speech's と after a verb is the thing (もの).
    # 「委員さん何か言ってる」「委員の方々」: the members said politely are the members.
    Phrasing("member_honorific", r"(?<=委員)(?:さん(?:たち|達|方)?|の方々|の皆さん|の皆様|の方(?=が|は|って))", "",
             examples=(("委員さん何か言ってる取組", "委員何か言ってる取組"), ("委員の方々が指摘した", "委員が指摘した"))),
    # 「委員何か言ってる」: the members as the subject, が left out in speech.
    # 「H16.04.01に何かを実施した連携事業」: an act left unsaid (何かを実施した, 何かを行った) is something that happened
    # that day, as 「何かあった」 says; 実施 is then no word the record must print (its line may read 協定書の締結).
    Phrasing("something_done_is_something_happened",
             r"(?:何か|なにか|なんか)\s*(?:を)?\s*(?:実施(?:した|された|している|してる)|行(?:った|われた|っている|ってる)|おこな(?:った|われた)"
             r"|やった|やっている|やってる)",
             "何かあった",
             examples=(("H16.04.01に何かを実施した連携事業", "H16.04.01に何かあった連携事業"),
                       ("その日に何か行われた事業", "その日に何かあった事業"))),
    Phrasing("member_subject_unmarked", r"(?<=委員)(?=\s*(?:何か|なにか|なんか|何て|なんて)\s*(?:言|意見|書|指摘|述べ|触れ))", "が",
             examples=(("委員何か言ってる取組", "委員が何か言ってる取組"),)),
    # 「4.0さ届かなかった」「窓口サービス課さ担当してる」「どの取組のとこさ書いてある」: さ after a noun or a
    # number before a verb of reaching or placing is に (Tohoku speech).
    Phrasing("dialect_sa_ni", r"(?:(?<=[0-9一-龥々ァ-ヶー)）』」])|(?<=とこ)|(?<=ところ))さ(?=\s*(?:届|達し|達す|満た|いか|行か|行っ|入っ|入ら|入れ|載っ|書い|書か|出て|担当|関わ|絡|またが|跨|寄せ|ついて|付いて))",
             "に",
             examples=(("審議会評価が4.0さ届かなかった", "審議会評価が4.0に届かなかった"),
                       ("どの取組のとこさ書いてあんの", "どの取組のとこに書いてあんの"))),
    # 「どこさ？」「どれさ？」: さ after the question word ending the question only colours it (Hokkaido/Tohoku speech).
    Phrasing("dialect_sa_final", r"(?<=どこ|どれ|いつ|だれ)さ(?=\s*[?？。!！]*\s*$)", "",
             examples=(("図書館関係の事例はどこさ？", "図書館関係の事例はどこ？"),)),
    # (not the counter つ of 「4つとも」「三つとも」: all of that many)
    Phrasing("dialect_to_nominal", r"(?<=[るたんくつう])(?<![\d一二三四五六七八九十]つ)と(?=は|も(?!\s*[A-DＡ-Ｄ0-9])|を|だけ)", "もの",
             examples=(("Nのつくとは除いて", "Nのつくものは除いて"), ("持っとるとも入れて", "持っとるものも入れて"),
                       ("4つとも同じで、持っとるとも入れて", "4つとも同じで、持っとるものも入れて"))),
    # 「取組終了になっていない」: a state of ending said with なる is the verb of ending.
    Phrasing("end_state_negative", r"終了に(?:なって|なっ)(?:い)?(?:ない|ません)", "終了していない",
             examples=(('取組終了になっていない', '取組終了していない'),)),
    Phrasing("end_state", r"終了に(?:なった|なっている|なってる|なっています|なりました)", "終了した",
             examples=(('R4で取組終了になった実践項目、何件?', 'R4で取組終了した実践項目、何件?'),)),
    Phrasing("occasion",
             r"(?:を|は)?[、,]?\s*(?:次の|次回の|今度の|明日の|来週の)?(?:会議|議会|委員会|審議会|打合せ|打ち合わせ|庁議|説明会|ヒアリング|監査|答弁|報告会|報告)"
             r"(?:の)?(?:前|まで|用|向け|のため)に\s*(?:確認|整理|把握|チェック|準備|共有|見直)(?:し|を)?"
             r"(?:たい|ておきたい|といきたい|とく|ておく|ます|ています)?(?:です|んです|のですが|んだけど|んですが)?[。？?]?\s*$", "",
             keep_whole=True, examples=(("R4に終了した実践項目を会議前に確認したい", "R4に終了した実践項目"),)),
    # 「県の調査で使うので教えてください。…」「議会答弁に要るので、…」: what the answer is for, said before the
    # question, asks nothing of the records (its 調査 is no word to search for).
    Phrasing("purpose_opening",
             r"^\s*[^。？?、,]{1,24}?(?:で|に|の)\s*(?:使う|使いたい|使います|必要な|必要です|要る|いる|提出する|回答する|作る|作成する)"
             r"(?:ので|から|ため|のですが|んですが|んだけど)[、,]?\s*(?:(?:ご)?(?:教えて|教え|お教え|確認させて)\s*(?:ください|下さい|ほしい|欲しい|もらえますか)?)?\s*[。、,．]?\s*",
             "", keep_whole=True,
             examples=(("県の調査で使うので教えてください。令和4年度に終了した実践項目は何件ですか。", "令和4年度に終了した実践項目は何件ですか。"),
                       ("議会答弁に使うので、R4に終了した実践項目", "R4に終了した実践項目"))),
    # 「…のものを全部教えて取組終了していないやつで」: a condition tacked on after the request (said aloud, no
    # punctuation) still narrows the records; the request goes, the condition joins the rest with で (the request
    # tail below would otherwise take it off as politeness).
    Phrasing("request_then_condition",
             r"(?:を)?\s*(?:すべて|全て|全部|ぜんぶ|一通り)?\s*(?:教え|見せ|出し|挙げ|あげ)て(?:ください|下さい)?\s*[、,]?\s*"
             r"(?!ください|下さい|ほし|欲し|もら|いただ|頂|くれ|ね|よ|な)"
             r"(?=[^。？?、,\s]{2,30}?(?:もの|やつ|の)(?:で|だけ|のみ)\s*[。？?]?\s*$)", "で",
             examples=(("実践項目で担当が納税課のものを全部教えて取組終了していないやつで",
                        "実践項目で担当が納税課のもので取組終了していないやつで"),)),
    # Requests and politeness (「…についてご教示ください」「…を抽出してください」「一覧を頂戴できますか」)
    # say how to answer, not what: they are taken off before anything is read as a keyword.
    Phrasing("request_tail",
             r"(?:を|について|に関して|に関する|の)?\s*(?:すべて|全て|全部|一通り)?\s*"
             r"(?:ご教示|ご教授|お知らせ|お教え|教え|頂戴|抽出|列挙|リストアップ|提示|表示|挙げ|あげ|上げ|抜き出し|書き出し|洗い出し|出し|見せ|示し|調べ|探し|確認し|ピックアップ)"
             r"(?:て|し|いただ|いただけ|くだ|下さ|願|でき|もらえ|ほし|欲し|たい|ていただ|てもら|てくだ|て下さ|てほし|て欲し|してくだ|して下さ|してもら|していただ)"
             r"[^。？?、,]{0,20}[。？?]?\s*$", "",
             keep_whole=True, examples=(("R4に終了した実践項目を教えてください", "R4に終了した実践項目"),
                                       ("効率性の点が高いものをあげてください", "効率性の点が高いもの"),
                                       ("R5でC評価だった項目だけ抜き出して", "R5でC評価だった項目だけ"),
                                       ("R5でC評価だった項目を洗い出して", "R5でC評価だった項目"))),
    # 「…の実践項目一覧ちょうだい」: the spoken request for what was named (no word to search for).
    Phrasing("chodai_tail", r"\s*(?:を)?\s*(?:ちょうだい|ちょーだい|頂戴)(?:な|ね|よ)?\s*[。？?！!]?\s*$", "", keep_whole=True,
             examples=(("行政事務の民間委託の実践項目一覧ちょうだい", "行政事務の民間委託の実践項目一覧"),)),
    # 「総評で全95項目のうちAとBになったのは何パーセントって書いてある」: the population the text's figure is of,
    # said with a question about what the text writes, names no records to count.
    Phrasing("population_of_written_figure", r"全\s*\d+\s*(?:項目|件)\s*(?:のうち|の中で|中)[、,]?\s*"
             r"(?=[^。？?]*(?:って|と)\s*(?:書いて(?:あ|い)る|書かれて(?:い)?る|記載されて(?:い)?る))", "",
             examples=(("総評で全95項目のうちAとBになったのは何パーセントって書いてある",
                        "総評でAとBになったのは何パーセントって書いてある"),)),
    # 「R3までに終了したもの全部」: every record asked for, said at the end without a verb.
    # (「…もの全部でお願いします」: the same, with a request after it)
    Phrasing("all_of_them_tail", r"(?:(?<=もの)|(?<=やつ)|(?<=項目)|(?<=事業))\s*(?:を)?\s*(?:全部|すべて|全て|ぜんぶ|一覧)\s*"
             r"(?:で|を)?\s*(?:お願いします|お願いいたします|お願い|教えて(?:ください)?|出して(?:ください)?)?\s*[。？?]?\s*$", "",
             keep_whole=True, examples=(("R3までに取組終了したもの全部", "R3までに取組終了したもの"),
                                        ("行政監理室が入っているもの全部でお願いします。", "行政監理室が入っているもの"))),
    # 「（取組項目22件）」: the asker's count of the population says which records, not a condition.
    Phrasing("population_count_bracket", r"[(（]\s*([^()（）\d]*?)\s*(?:全)?\d+\s*件\s*(?:中|の中で|のうち)?\s*[)）]", r" \1 ",
             examples=(('（取組項目22件）', ' 取組項目 '),)),
    # (「評価落ちた」: said without the particle, as speech drops it)
    Phrasing("grade_dropped", r"(評価|ランク|判定)(が|は|)\s*落ち(た|ちゃった|ている|てる)", r"\1\2下がった",
             examples=(('R3からR4で評価が落ちた取組項目', 'R3からR4で評価が下がった取組項目'),
                       ('4年度から5年度で評価落ちた実践項目', '4年度から5年度で評価下がった実践項目'))),
    # Terse questions (「委員評価 最高」「R3終了 件数」): a space before what is asked joins like の.
    Phrasing("terse_space", r"(?<=[一-龥ァ-ヶーA-Za-z0-9])\s+(?=(?:件数|一覧|最高|最低|最大|最小|平均|合計|割合|内訳|分布|上位|下位)(?:\s|$|[?？は]))", "の",
             examples=(('委員評価 最高', '委員評価の最高'),)),
    # 「その取組の委員評価」: 取組 pointed at is the 取組項目.
    # 「当該項目のうち、…」「上記の項目の中で」: among the records just answered, as そのうち says it (a formal follow-up).
    Phrasing("pointed_among", r"(?:当該|上記の?|前記の?|前述の?|同)(?:{KINDS}|項目|事業|事例|もの)(?:のうち|の中で|のなかで|の中から)",
             "そのうち",
             examples=(('当該項目のうち、総括の総合評価がBであるもの', 'そのうち、総括の総合評価がBであるもの'),
                       ('上記の実践項目の中で、R5がAのもの', 'そのうち、R5がAのもの'))),
    # 「（既存の1から70までの項目に限る）」: the records said are the scope; 限る says only that (the range is the rule's).
    Phrasing("scope_limited_to", r"(?<=[一-龥ァ-ヶー])\s*(?:のみ)?に\s*(?:限る|限ります|限定する|限定します|限って|限定して)(?:ください)?(?=\s*[)）、,。]|\s*$)",
             "",
             examples=(('（既存の1から70までの項目に限る）', '（既存の1から70までの項目）'),)),
    Phrasing("pointed_initiative", r"(その|この|あの|同じ|当該)(取組|取り組み)(?!項目|内容|終了|上|結果|予定|状況|み項目)", r"\1取組項目",
             examples=(('その取組の委員評価', 'その取組項目の委員評価'),)),
    # 「…ってどの取組に入ってる？」: the 取組 a record is in is its 取組項目.
    Phrasing("which_initiative", r"(どの|何の|どちらの)(?:取組|取り組み)(?=に(?:入|含|属|ある|あた))", r"\1取組項目",
             examples=(('…ってどの取組に入ってる？', '…ってどの取組項目に入ってる？'),)),
    Phrasing("yoku_kana", r"(?:(?<=[がはもで])|(?<![ぁ-ゖ]))よく(な[っらりるれろ])", r"良く\1",
             examples=(('R2よりR5の評価がよくなった取組項目', 'R2よりR5の評価が良くなった取組項目'),)),
    # 「（単位は気にせず単純合計で）」「単位は無視して足して」: the asker allows a sum across the rows' units; the sum
    # itself is said elsewhere (合計), the aside says nothing of the records
    Phrasing("units_ignored", r"[(（]?\s*単位(?:は|の違いは|が違っても)\s*(?:気にせず|気にしないで|無視して|考えずに?|問わず)[、,]?\s*"
             r"(?:単純に?|そのまま)?\s*(?:合計|合算|足し(?:て|算))?\s*(?:で|して)?\s*[)）]?",
             "", aside=True, tables=True,
             examples=(("令和6年度の合計はいくつ？（単位は気にせず単純合計で）", "令和6年度の合計はいくつ？"),)),
    # 「いちばん伸びた施設（人数の増加）」「増えた課（件数の増加で）」: the aside says the rise asked is of the count itself (no
    # rate), as 伸びた・増えた are read; it says nothing more
    Phrasing("rise_in_count_aside", r"((?:伸び|増え|増加し|多くなっ)た[^（(]{0,12}?)\s*[(（]\s*(?:人数|件数|人員|実数|数)の?"
             r"(?:増加|増え|伸び)(?:数|分|幅|量)?\s*(?:で)?\s*[)）]", r"\1", aside=True, tables=True,
             examples=(("R2からR6で利用者数がいちばん伸びた施設（人数の増加）", "R2からR6で利用者数がいちばん伸びた施設"),
                       ("相談件数が最も増えた窓口（件数の増加で）", "相談件数が最も増えた窓口"))),
    # 「S評価を取ったことがある」「A評価を獲得した」: the grade the row was given, said as the grade of its 評価
    Phrasing("grade_letter_taken", r"(?<![A-Za-z])([A-ES])\s*(以上|以下)?\s*(?:の\s*)?評価を\s*(?:取|と|獲得し|得|受け|もら)(?:っ|し)?(た|ている|てる|て(?!\s*い?な))",
             lambda m: f"評価が{m.group(1)}{m.group(2) or ''}" + {"た": "だった", "て": "で"}.get(m.group(3), "の"), tables_only=True,
             examples=(("令和4年度以降にS評価を取ったことがある施設", "令和4年度以降に評価がSだったことがある施設"),
                       ("4年間ずっとA評価を取っている施設", "4年間ずっと評価がAの施設"),
                       ("4年間ずっとA以上の評価を取っている施設", "4年間ずっと評価がA以上の施設"))),
    # (a grade not taken, 「一度もC評価を受けていない」, is left as said for the tables' never: its て is no 「評価がCで」;
    # tests/query/test_prefecture_and_plan_items_asked.py)
    # 「評価ランクが上がった」: the grade said as its rank
    Phrasing("grade_rank_said", r"評価(?:ランク|ランキング|の?ランク)(?=が|は|の|で|を)", "評価", tables=True,
             examples=(("令和5年度から6年度にかけて評価ランクが上がった施設", "令和5年度から6年度にかけて評価が上がった施設"),)),
    # 「最も増えた施設（人数ベース）」「（金額ベースで）」: the change counted in the figures' own units, as a change
    # said alone is (not a rate); the aside says nothing more of the records
    Phrasing("counted_in_own_units", r"\s*[(（]\s*(?:人数|件数|金額|実数|人|件|額|回数|実績値)\s*(?:ベース|基準|で見て|で比較)\s*(?:で|の)?\s*[)）]",
             "", aside=True, tables=True,
             examples=(("令和3年度と比べて令和6年度の利用者数が最も増えた施設（人数ベース）",
                        "令和3年度と比べて令和6年度の利用者数が最も増えた施設"),
                       ("前年より寄附が一番増えた使途（金額ベースで）", "前年より寄附が一番増えた使途"))),
    # 「一度でもC評価になった」「S評価となった」: the grade the row came to, said as the grade of its 評価
    Phrasing("grade_letter_became", r"(?<![A-Za-z])([A-ES])\s*評価\s*(?:に|と)\s*な(?:った|って(?:いる|る))",
             r"評価が\1だった", tables_only=True,
             examples=(("一度でもC評価になった施設", "一度でも評価がCだった施設"),)),
    # 「効果額がマイナス（▲）になっている」: the mark a document prints negative figures with, glossing the word before
    # it in brackets; the word says it (as 「マイナス」 alone is read)
    Phrasing("minus_mark_glossed", r"(マイナス|負|赤字)\s*[(（]\s*[▲△−-]\s*[)）]", r"\1", aside=True, tables=True,
             examples=(("令和6年度の効果額がマイナス（▲）になっている項目は？", "令和6年度の効果額がマイナスになっている項目は？"),)),
    # 「相手機関が3つ以上ある連携」「参加団体が4団体以上の事業」: how many partners a project lists, as its count
    Phrasing("partners_at_least", r"(相手機関|相手先|連携先|参加団体|構成団体|参加市町村|構成市町村|参加自治体)(?:が|の数が)\s*(\d{1,2})\s*"
             r"(?:つ|団体|機関|か所|ヶ所|箇所|市町村|自治体)?\s*(以上|以下)(?:ある|あります|の)?",
             r"\1数が\2\3の",
             examples=(("相手機関が3つ以上ある連携はいくつ？", "相手機関数が3以上の連携はいくつ？"),
                       ("参加団体が4団体以上の事業", "参加団体数が4以上の事業"))),
    Phrasing("waruku_kana", r"(?:(?<=[がはもで])|(?<![ぁ-ゖ]))わるく(な[っらりるれろ])", r"悪く\1",
             examples=(("評価がわるくなった", "評価が悪くなった"),)),
    # 「2026年度は何点？」: a year's grade asked in points, as 「2026年度の評価は？」 asks it (a report grading
    # in points reads it as a number).
    Phrasing("year_in_points", r"((?:令和|平成)(?:\d{1,2}|元)年度|[RH]\d{1,2}(?:年度)?|(?:19|20)\d{2}年度)(?:は|って|に|には)何点(?:だった|でした|ですか|だ)?",
             r"\1の評価は",
             examples=(("2026年度は何点？", "2026年度の評価は？"), ("令和8年度には何点だった？", "令和8年度の評価は？"))),
    # 「ナンバー4は分かってるから、、ナンバー4に入っていないやつだけ」: what the asker already knows, given as the
    # reason for what follows, is no condition (the condition follows it).
    Phrasing("known_already_aside", r"(?:^|(?<=\s)|(?<=[、,。]))[^、,。？?\s]{1,20}?は\s*(?:分かって|わかって|知って)(?:い)?る(?:ので|から|けど)\s*[、,]*\s*", "",
             examples=(("どの取組項目に属してる ナンバー4は分かってるから、、ナンバー4に入っていないやつだけ",
                        "どの取組項目に属してる ナンバー4に入っていないやつだけ"),)),
    # 「ナンバー4」: the number said aloud is No.4.
    Phrasing("number_said_aloud", r"(?<![ァ-ヶー])ナンバー\s*(?=[NＮ]?\d)", "No.",
             examples=(("ナンバー4に入っていないやつだけ", "No.4に入っていないやつだけ"),)),
    Phrasing("number_no", r"\bno\.?\s*(\d)", r"No.\1", flags=re.I,
             examples=(("no.12の委員評価", "No.12の委員評価"), ("NO 3", "No.3"))),
    # MANUAL 253: return compiled(r"\s+").sub(" ", text).strip()
)

# Courtesy (greetings, the asker's self-introduction, honorifics) goes first: nothing of it is a word to read.
from assistant.query.grammar.business_words import business_phrasings  # noqa: E402
from assistant.query.grammar.everyday_terms import everyday_phrasings  # noqa: E402
from assistant.query.grammar.courtesy import courtesy_phrasings  # noqa: E402  (they are Phrasings, defined above)

# 「…に参加している市町村は、」「参加団体は」: the members of projects, right before a 重複を除くと
_MEMBERS_BEFORE = compiled(r"(?:参加|加わ|入っ)[ぁ-ん]{0,5}(?:市町村|市町|町村|団体|自治体)(?:は|って|の数は)?[、,]?\s*$")

from assistant.query.grammar.score_wordings import score_wordings  # noqa: E402
from assistant.query.grammar.asker_context import asker_context_phrasings  # noqa: E402
from assistant.query.grammar.unit_headings import unit_heading_phrasings  # noqa: E402  (they are Phrasings too)
from assistant.query.grammar.which_number import which_number_phrasings  # noqa: E402
from assistant.query.grammar.holding_words import holding_phrasings  # noqa: E402
from assistant.query.grammar.sql_words import sql_word_phrasings  # noqa: E402
from assistant.query.grammar.loan_words import loan_word_phrasings  # noqa: E402
from assistant.query.grammar.formal_wordings import formal_wordings  # noqa: E402
from assistant.query.grammar.spoken import SPOKEN  # noqa: E402
from assistant.query.grammar.swapped_values import swapped_value_phrasings  # noqa: E402
from assistant.query.grammar.included_kinds import included_kind_phrasings  # noqa: E402
from assistant.query.grammar.kana_function_words import kana_function_phrasings  # noqa: E402

PHRASINGS: tuple[Phrasing, ...] = (SPOKEN + kana_function_phrasings() + business_phrasings() + courtesy_phrasings() + loan_word_phrasings() + sql_word_phrasings() + asker_context_phrasings() + formal_wordings() + unit_heading_phrasings()
                                   + which_number_phrasings() + holding_phrasings() + _WORDINGS + score_wordings()
                                   + everyday_phrasings() + swapped_value_phrasings() + included_kind_phrasings())
