"""Japanese question → Query: conditions, target kind, aggregation, keywords.

Extractors run in a fixed order over the question; each consumes the span it understood, so later
extractors (and finally the keyword extractor) only see what is left.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable


from assistant.labels import field_label
from assistant.query.answer import Condition, Query
from assistant.query.lexicon import THEMES, Lexicon
from assistant.query.vocabulary import (
    GROUP_WORDS, KIND_WORDS, LINKS, NUMERIC_FIELDS, OTHER_VALUE_FIELDS, STOP_NOUNS, VALUE_FIELDS,
)
from assistant.text.normalize import fix_ocr, notation_key
from assistant.text.wareki import find_years

_GAP = "\x1f"  # what a consumed character becomes
_NUM = r"(\d+(?:\.\d+)?)"
_GRADE = r"([A-DＡ-Ｄ])"
_NEG = r"(?:ではない|でない|じゃない|以外|を除く|を除いた|を除き|ではなく|でなく|除外)"
_CMP_WORDS = [
    ("以上", ">="), ("以下", "<="), ("未満", "<"), ("超え", ">"), ("超", ">"), ("を超える", ">"),
    ("を上回る", ">"), ("を下回る", "<"), ("より高い", ">"), ("より大きい", ">"), ("より上", ">"),
    ("より多い", ">"), ("より低い", "<"), ("より小さい", "<"), ("より下", "<"), ("より少ない", "<"),
]
_CMP_RE = "(" + "|".join(re.escape(w) for w, _ in sorted(_CMP_WORDS, key=lambda t: -len(t[0]))) + ")?"
_CMP = dict(_CMP_WORDS)
_OP_SIGN = {"=": "=", "!=": "≠", ">=": "≥", "<=": "≤", ">": ">", "<": "<"}
_FOLLOWUP_RE = re.compile(
    r"^(?:そのうち|その中で|その中から|その内|うち|そこから|さらに|それらの?うち|これらの?うち|では|じゃあ|"
    r"なら|それで|あと|で、|その中の)[、,]?")
# 「R5では？」「部署別だと？」: only makes sense against the previous answer.
_FOLLOWUP_END_RE = re.compile(r"(?:では|だと|なら|の場合は|に絞って|に絞り込んで|で絞り込んで|に絞ると|だけにして)[？?。]?$")
# 「総合評価がCのものは？」: a condition with no subject of its own.
_REFINE_END_RE = re.compile(r"(?:もの|の|こと|とき|場合|やつ)(?:は|だけ|のみ)?[？?。]?$|は[？?]$")
_THE_RE = re.compile(r"^(?:その|それらの|これらの|この)")
_YEAR_FIELDS = {2020: "r2", 2021: "r3", 2022: "r4", 2023: "r5"}
_END_WORDS = re.compile(r"終了|終わ|終え|完了|廃止|やめ|取組終了|取り組み終了|おわ")
_CONTINUE_RE = re.compile(
    r"(?:まだ|現在も|今も|引き続き)?(?:継続中|継続して(?:いる|る)|継続している|終了していない|終わっていない|"
    r"続いている|未終了|取組中|終了前|完了していない|継続の|継続)")


_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_NUM = "[〇零一二三四五六七八九十]+"
# Kanji numerals only where they count something (令和四年度, 三件, 十二点, 四・〇, 創造性が三):
# 一覧, 一体的, 三郷市 stay as they are.
_KANJI_NUMBER_RE = re.compile(
    rf"(?<=令和|平成)(元|{_KANJI_NUM})(?=年)"
    rf"|({_KANJI_NUM})[・.．]({_KANJI_NUM})"
    rf"|({_KANJI_NUM})(?=件|点|つ|個|番目|位|年度|年間|名|人|項目)"
    rf"|(?<=[がはもで=])({_KANJI_NUM})(?=[のでにもと、。?？]|以上|以下|未満|より|$)")


def _kanji_value(text: str) -> int:
    """十二 → 12, 二十 → 20, 四 → 4, 一〇 → 10."""
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def _kanji_numbers(text: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) if m.group(1) == "元" else str(_kanji_value(m.group(1)))
        if m.group(2):
            return f"{_kanji_value(m.group(2))}.{_kanji_value(m.group(3))}"
        return str(_kanji_value(m.group(4) or m.group(5)))

    try:
        return _KANJI_NUMBER_RE.sub(repl, text)
    except (KeyError, ValueError):  # 十十 and other non-numbers stay as written
        return text


def normalize_question(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _kanji_numbers(text)
    # 「最も高かった」「多かった」: the past tense asks the same as 高い / 多い.
    text = re.sub(r"(高|低|多|少な|大き|小さ|良|悪)かった", r"\1い", text)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = fix_ocr(text)
    text = re.sub(r"[~〜～]", "〜", text)
    text = re.sub(r"\bno\.?\s*(\d)", r"No.\1", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class _Work:
    """The question being taken apart."""

    text: str
    chars: list[str] = field(default_factory=list)
    year_texts: dict[str, str] = field(default_factory=dict)  # bare year label -> as written

    def __post_init__(self) -> None:
        self.chars = list(self.text)

    @property
    def free(self) -> str:
        return "".join(self.chars)

    def consume(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = _GAP

    def finditer(self, pattern: str | re.Pattern):
        """Matches over the unconsumed text (consumed characters never match)."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        return list(regex.finditer(self.free))

    def take(self, pattern: str | re.Pattern):
        found = self.finditer(pattern)
        for m in found:
            self.consume(m.start(), m.end())
        return found


_INVERT = {"=": "!=", "!=": "=", ">=": "<", "<=": ">", ">": "<=", "<": ">=", "in": "not_in", "not_in": "in",
           "empty": "not_empty", "not_empty": "empty", "prefix": "not_prefix", "has": "not_has"}
_NEG_AFTER = re.compile(r"\s*(?:の|もの|のもの)?(?:は)?" + _NEG)


def _negated_after(w: _Work, end: int) -> bool:
    """「…R4に終了したもの以外」: a negation right after a clause negates it (and is consumed)."""
    m = _NEG_AFTER.match(w.free, end)
    if m:
        w.consume(m.start(), m.end())
    return bool(m)


def _invert(c: Condition) -> Condition:
    return Condition(c.field, _INVERT.get(c.op, c.op), c.value, f"NOT（{c.label}）")


# The joint-project progress cells: (field, "not written" pattern, "written" pattern).
_PROGRESS_CELLS = (
    ("planned", r"(?:今年度|H17|平成17年度)?(?:に)?実施予定(?:の|が)?(?:ない|なし)",
     r"(?:今年度|H17|平成17年度)?(?:に|で)?実施予定(?:の|が|がある|あり)?"),
    ("done", r"既に実施(?:した|された)?(?:実績|もの)?(?:が|は)?(?:まだ)?(?:ない|無い|なし)|まだ実施(?:されて|して)いない|未実施",
     r"既に実施(?:した|された|済み|の)?|実施済み?"),
)
_PARTICLES = {"を", "が", "は", "に", "で", "と", "へ", "も", "や", "の", "から", "まで", "より"}
_OR_BETWEEN = re.compile(r"\x1f*\s*(?:又は|または|あるいは|もしくは|か|や|、|・|と|及び|および)\s*\x1f*")


def _either(w: _Work, conds: list[Condition], spans: list[tuple[int, int]], what: str) -> list[Condition]:
    """「住宅課又は建築課」「保育部会と介護保険部会」: mentions of one field joined by 又は/と/、 mean
    any of them (a record has one 部会; a practice item is wanted if either department has it)."""
    positive = [(s, c) for s, c in zip(spans, conds) if c.op == "="]
    if len(positive) < 2:
        return conds
    positive.sort(key=lambda t: t[0])
    text = w.free
    joined = all(_OR_BETWEEN.fullmatch(text[a[1]:b[0]]) for (a, _), (b, _) in zip(positive, positive[1:]))
    if not joined:
        return conds
    for (a, _), (b, _) in zip(positive, positive[1:]):
        w.consume(a[1], b[0])
    values = [c.value for _, c in positive]
    rest = [c for c in conds if c.op != "="]
    return rest + [Condition(positive[0][1].field, "any", values, f"{what} ∈ {' / '.join(values)}")]


def _municipality_patterns(municipalities: set[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The joint-project phrases naming a municipality of the index: 「AとBのどちら」, 「Aが部会長」,
    「Aの担当部署」 (patterns that never match when the index has no joint-project table)."""
    names = "|".join(re.escape(m) for m in sorted(municipalities, key=len, reverse=True)) or "(?!)"
    return (
        re.compile(rf"(?:は|が)?(?:{names})(?:(?:と|、|・)(?:{names}))+の?(?:どちら|どっち|いずれ|どれ|どこ)"),
        re.compile(rf"({names})(?:が|の)?部会長(?:を務める|の|である)?|部会長(?:が|は)({names})"),
        re.compile(rf"({names})(?:の|側の)?(?:担当部署|担当課|担当)(?:が|は)?"),
    )


def _grade(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).upper()


class Parser:
    def __init__(self, lexicon: Lexicon, probe: Callable[[str], bool] | None = None) -> None:
        """`probe(word)` tells whether a word occurs in the documents (for keeping names whole)."""
        self.lex = lexicon
        self.probe = probe
        self._initiative_named = False
        self._context_target = ""  # the previous question's kind, while parsing a follow-up
        self.titles = lexicon.title_index()
        self.departments = sorted(lexicon.departments, key=len, reverse=True)
        self._municipality_res = _municipality_patterns(lexicon.municipalities)
        self.stop_nouns = STOP_NOUNS | lexicon.municipality_words()  # a municipality says where, not what

    # ------------------------------------------------------------------ entry point
    def parse(self, question: str, context: Query | None = None, context_rows: list[dict] | None = None) -> Query:
        text = normalize_question(question)
        w = _Work(text)
        q = Query(question=question)
        kinds_named: list[tuple[int, str]] = []
        conds: list[Condition] = []
        hints: set[str] = set()  # kinds implied by the fields used

        followup = bool(_FOLLOWUP_RE.match(text)) and context is not None
        self._context_target = context.target if followup and context else ""
        if followup:
            w.take(_FOLLOWUP_RE)
        refers_back = bool(_THE_RE.match(w.free.lstrip(_GAP))) and context is not None

        keywords = []
        known_titles = {t[0] for t in self.titles}
        for m in w.finditer(r"[「『\"“](.+?)[」』\"”]"):
            if notation_key(m.group(1)) in known_titles:  # 「公有財産の売却促進及び有効活用」 names a record
                w.consume(m.start(), m.start() + 1)
                w.consume(m.end() - 1, m.end())
            else:
                keywords.append(m.group(1))
                w.consume(m.start(), m.end())
        for m in w.finditer(r"(活動|成果)指標"):  # names the kind and a condition on it
            conds.append(Condition("type", "=", m.group(0), f"指標の種類 = {m.group(0)}"))

        conds += self._counts_of_children(w, hints)
        conds += self._numeric(w, hints)
        conds += self._new_items(w, hints)
        conds += self._grade_changes(w, hints)
        conds += self._year_grades(w, hints)
        self._year_value(w, q)
        conds += self._ended(w, hints)
        conds += self._codes(w, hints)
        conds += self._titles(w, hints, q)
        conds += self._joint(w, hints)
        conds += self._departments(w, hints, q)
        conds += self._places(w, hints)
        conds += self._overall(w, hints)
        self._aggregate(w, q)
        self._initiative_named = any(c.field in ("@no", "@title:initiative") for c in conds)
        kinds_named = self._kinds(w)
        conds += self._themes(w, hints, kinds_named)
        bare_years = self._bare_years(w)
        self._value_field(w, q, conds)
        if q.value_field and q.aggregate == "count":
            q.aggregate = ""  # 「委員評価はいくつ？」 asks for the value, not for a count

        # Target: the last kind word, else what the fields imply, else the context's, else text search.
        target = kinds_named[-1][1] if kinds_named else ""
        if not target:
            for kind in ("initiative", "joint_project", "case_study", "program", "practice"):
                if kind in hints:
                    target = kind
                    break

        for fld in (q.value_field, q.agg_field):
            if fld in ("committee_score", "n_practice", "n_comments", "self_overall"):
                hints.add("initiative")
            elif fld in ("chair_city", "subcommittee"):
                hints.add("joint_project")
        if not target:
            for kind in ("initiative", "joint_project", "case_study", "program", "practice"):
                if kind in hints:
                    target = kind
                    break
        if not target and q.value_field:
            # 「業務割合推計はいくつ？」: the kind of record that has the asked field.
            having = self.lex.kinds_with(q.value_field)
            if having:
                target = having[0]
                q.alternatives = having[1:]
        keywords += self._keywords(w)
        q.understood_anything = bool(conds or kinds_named or q.aggregate or q.value_field or keywords)

        is_followup = context is not None and (
            followup or refers_back or bool(_FOLLOWUP_END_RE.search(text))
            or (not kinds_named and not conds and not keywords and bool(q.aggregate or q.value_field or q.order_by))
            or (not kinds_named and not keywords and not self._names_record(conds)
                and bool(conds or bare_years or q.value_field or q.aggregate)
                and bool(_REFINE_END_RE.search(text))))
        if is_followup and context is not None:
            named = kinds_named[-1][1] if kinds_named else ""
            q = self._merge(context, q, conds, named, bare_years, refers_back, context_rows or [])
            conds = q.conditions
            target = q.target
        else:
            q.conditions = conds
            if not target and bare_years and keywords:
                keywords += [w.year_texts[y] for y in bare_years]  # 「平成28年度…モデル事業」: part of the name
                bare_years = []
            for y in bare_years:
                q.conditions.extend(self._bare_year_condition(target or "practice", y))
                hints.add("practice")
            if not target and bare_years:
                target = "practice"
        if keywords:
            for kw in keywords:
                q.conditions.append(Condition("text", "match", kw, f"本文に「{kw}」を含む"))
        q.target = target or ("passage" if keywords else "")
        # 「特記事項に協定が出てくる実践項目」: keywords are sought in the part the question names.
        q.scope = [k for _, k in kinds_named if k != q.target and (q.target, k) in LINKS]
        if q.scope:
            where = "・".join(_kind_ja(k) for k in q.scope)
            for c in q.conditions:
                if c.field == "text":
                    c.label = f"{where}に「{c.value}」を含む"
        return q

    # ------------------------------------------------------------------ extractors
    def _counts_of_children(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「実践項目が2件の」「委員の意見が9件ある」: a count of child records → an initiative field."""
        out = []
        child = r"(実践項目|委員の意見|委員意見|意見|コメント)(?:の数)?(?:が|は|数が|を)?"
        for m in w.take(child + _NUM + r"(?:件|個|つ)?(?:以上|から|〜|-)\s*" + _NUM + r"(?:件|個|つ)(?:以下|まで)?"):
            fld = "n_practice" if m.group(1) == "実践項目" else "n_comments"
            lo, hi = sorted((int(float(m.group(2))), int(float(m.group(3)))))
            out.append(Condition(fld, "between", [lo, hi], f"{field_label(fld)} が {lo}〜{hi}"))
            hints.add("initiative")
        pattern = child + _NUM + r"(?:件|個|つ)" + _CMP_RE
        for m in w.take(pattern):
            fld = "n_practice" if m.group(1) == "実践項目" else "n_comments"
            op = _CMP.get(m.group(3) or "", "=")
            value = int(float(m.group(2)))
            out.append(self._cond(fld, op, value))
            hints.add("initiative")
        return out

    def _numeric(self, w: _Work, hints: set[str]) -> list[Condition]:
        out: list[Condition] = []
        words = "|".join(re.escape(k) for k, _ in NUMERIC_FIELDS)
        fields = dict(NUMERIC_FIELDS)
        sep = r"(?:が|は|の|で|も|を)?"
        # 「進捗度も連携度も3」: several fields, one value.
        multi = (rf"((?:(?:{words})(?:も|と|、|,|・)){{1,3}}(?:{words}))(?:も|が|は|とも|ともに)?"
                 rf"(?:どちらも|いずれも|ともに|とも|両方とも|両方|全て|すべて)?(?:が|に)?{_NUM}(?:点)?{_CMP_RE}")
        for m in w.take(multi):
            names = re.findall(words, m.group(1))
            op = _CMP.get(m.group(3) or "", "=")
            for name in names:
                out.append(self._cond(fields[name], op, _number(m.group(2))))
                hints.add(_field_kind(fields[name]))
        # 「委員評価が4以上4.3以下」: both ends written out.
        for m in w.take(rf"({words}){sep}{_NUM}(?:点)?(以上|超|より上)\s*(?:で|、|かつ)?\s*{_NUM}(?:点)?(以下|未満)"):
            f = fields[m.group(1)]
            out.append(self._cond(f, ">=" if m.group(3) == "以上" else ">", _number(m.group(2))))
            out.append(self._cond(f, "<=" if m.group(5) == "以下" else "<", _number(m.group(4))))
            hints.add(_field_kind(f))
        rng = rf"({words}){sep}{_NUM}(?:点)?(?:〜|から|-|ー|～)\s*{_NUM}(?:点)?(?:まで|の間|の範囲)?"
        for m in w.take(rng):
            f = fields[m.group(1)]
            lo, hi = sorted((_number(m.group(2)), _number(m.group(3))))
            out.append(Condition(f, "between", [lo, hi], f"{field_label(f)} が {lo}〜{hi}"))
            hints.add(_field_kind(f))
        # 「委員評価が3.4又は3.7」: one of several values.
        for m in w.take(rf"({words}){sep}{_NUM}(?:点)?((?:\s*(?:又は|または|あるいは|もしくは|か|、|や)\s*[\d.]+(?:点)?)+)"):
            f = fields[m.group(1)]
            values = [_number(m.group(2))] + [_number(v) for v in re.findall(r"[\d.]+", m.group(3))]
            cond = Condition(f, "in", values, f"{field_label(f)} ∈ {'/'.join(map(str, values))}")
            out.append(_invert(cond) if _negated_after(w, m.end()) else cond)
            hints.add(_field_kind(f))
        single = rf"({words}){sep}{_NUM}(?!\s*番目)(?:点)?{_CMP_RE}"
        for m in w.take(single):
            f = fields[m.group(1)]
            op = _CMP.get(m.group(3) or "", "=")
            cond = self._cond(f, op, _number(m.group(2)))
            out.append(_invert(cond) if _negated_after(w, m.end()) else cond)
            hints.add(_field_kind(f))
        # 「創造性の平均が3.0の取組項目」: the initiative's stored average, a condition.
        for m in w.take(rf"({words})の?平均(?:値|点)?(?:が|は)?{_NUM}(?:点)?{_CMP_RE}"):
            f = fields[m.group(1)]
            op = _CMP.get(m.group(3) or "", "=")
            out.append(Condition(f, op, _number(m.group(2)), f"{field_label(f)}(平均) {_OP_SIGN[op]} {_number(m.group(2))}"))
            hints.add("initiative")
        avg = rf"(?:({words}){sep})?平均(?:値|点)?(?:より|以上|以下|未満|を(?=上回|下回))(?:も)?(高い|大きい|上|上回る|多い|低い|小さい|下|下回る|少ない)?"
        for m in w.take(avg):
            f = fields.get(m.group(1) or "", "")
            low = (m.group(2) or "") in ("低い", "小さい", "下", "下回る", "少ない") or "未満" in m.group(0) or "以下" in m.group(0)
            out.append(Condition(f or "@default", "below_avg" if low else "above_avg", None,
                                 f"{field_label(f) if f else '{default}'} が平均より{'低い' if low else '高い'}"))
            if f:
                hints.add(_field_kind(f))
        # 「8〜10点」「10点以上」 with no field named: the total (or the committee score if decimal).
        for m in w.take(rf"{_NUM}点?(?:〜|から|-|～){_NUM}点(?:まで|の間)?"):
            lo, hi = sorted((_number(m.group(1)), _number(m.group(2))))
            out.append(Condition("@score", "between", [lo, hi], f"{{score}} が {lo}〜{hi}"))
        for m in w.take(rf"{_NUM}点{_CMP_RE}"):
            op = _CMP.get(m.group(2) or "", "=")
            out.append(Condition("@score", op, _number(m.group(1)), f"{{score}} {_OP_SIGN[op]} {_number(m.group(1))}"))
        return out

    def _new_items(self, w: _Work, hints: set[str]) -> list[Condition]:
        pattern = (r"(?:(?:R|令和)\s*5(?:年度)?\s*(?:から|に|で|より)?\s*(?:追加|新規|新設|新た)(?:に追加)?(?:された|の|で)?|"
                   r"N番号?の?|N項目|Nの付く|Nで始まる|新規追加(?:された|の)?|追加された)")
        found = w.take(pattern)
        if found:
            hints.add("practice")
            cond = Condition("code", "prefix", "N", "番号が N で始まる（R5 追加の実践項目）")
            return [_invert(cond) if _negated_after(w, found[-1].end()) else cond]
        return []

    def _grade_changes(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「R3よりR4の評価が上がった」「R4からR5で下がった」「R2とR3で変わらなかった」 (A > B > C)."""
        out = []
        year = r"((?:令和|R)\s*\d)(?:年度)?"
        pattern = (year + r"(?:の評価|の総合評価)?(?:より|から|に比べて|と比べて|と比較して|と)\s*" + year +
                   r"(?:にかけて|まで|で|の|は|が|に|では|も)*(?:評価|総合評価|グレード)?(?:が|は|も)?\s*"
                   r"(上が|良くな|改善|向上|アップ|下が|悪くな|悪化|低下|ダウン|変わら|同じ|変化(?:が|は)?な|維持)"
                   r"(?:った|って|る|し|した|されて|ている|ない|なかった|だった|の|な)*")
        for m in w.take(pattern):
            first, second = (find_years(m.group(i))[0].fiscal_year for i in (1, 2))
            if first not in _YEAR_FIELDS or second not in _YEAR_FIELDS:
                continue
            word = m.group(3)
            op = ("grade_gt" if word in ("上が", "良くな", "改善", "向上", "アップ")
                  else "grade_lt" if word in ("下が", "悪くな", "悪化", "低下", "ダウン") else "grade_eq")
            a, b = _YEAR_FIELDS[second], _YEAR_FIELDS[first]
            sign = {"grade_gt": ">", "grade_lt": "<", "grade_eq": "="}[op]
            out.append(Condition(a, op, b, f"{field_label(a)} {sign} {field_label(b)}（A > B > C）"))
            hints.add("practice")
        return out

    def _year_grades(self, w: _Work, hints: set[str]) -> list[Condition]:
        """「R3がBでR4にA」「令和2年度はA評価だった」「R3でC評価」「R2からR5までずっとA」."""
        out = []
        span = (r"((?:令和|R)\s*\d)(?:年度)?\s*(?:から|〜|-)\s*((?:令和|R)\s*\d)(?:年度)?\s*(?:まで)?\s*(?:の間|の\d+年間|\d+年間|の間に)?"
                r"(?:ずっと|すべて|全て|毎年|連続で?|一貫して|とも|の評価が|の評価は|が|は|に|で)*\s*" + _GRADE +
                r"(?:評価|判定)?")
        for m in w.take(span):
            first, last = find_years(m.group(1))[0].fiscal_year, find_years(m.group(2))[0].fiscal_year
            grade = _grade(m.group(3))
            for fy in range(min(first, last), max(first, last) + 1):
                if fy in _YEAR_FIELDS:
                    out.append(self._cond(_YEAR_FIELDS[fy], "=", grade))
            hints.add("practice")
        # 「R3とR4がともにA」「R4もR5もB」: one grade for each named year.
        one = r"(?:令和|R)\s*\d(?:年度)?"
        several = (rf"({one}(?:\s*(?:と|も|、|・|及び|および)\s*{one})+)(?:も)?\s*(?:が|は|で|に)?(?:ともに|とも|どちらも|いずれも|両方とも|両方)?"
                   r"(?:が|は|で|に)?\s*" + _GRADE + r"(?:評価|判定)?")
        for m in w.take(several):
            grade = _grade(m.group(2))
            for y in find_years(m.group(1)):
                if y.fiscal_year in _YEAR_FIELDS:
                    out.append(self._cond(_YEAR_FIELDS[y.fiscal_year], "=", grade))
            hints.add("practice")
        year = r"((?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:年度|年)?|20\d\d年度)"
        pattern = (year + r"(?:度)?\s*(?:の)?(?:総合評価|自己評価|評価)?(?:で|が|は|に|も|の)?(?:は|が|も)?\s*" +
                   _GRADE + r"(?:評価|判定|ランク)?(?:か|または|や|、)?" + r"([A-D])?" + r"(?:評価)?" + f"({_NEG})?")
        for m in w.take(pattern):
            fy = find_years(m.group(1))[0].fiscal_year
            fld = _YEAR_FIELDS.get(fy)
            if fld is None:
                continue
            grades = [_grade(m.group(2))] + ([_grade(m.group(3))] if m.group(3) else [])
            neg = bool(m.group(4))
            if len(grades) > 1:
                out.append(Condition(fld, "not_in" if neg else "in", grades,
                                     f"{field_label(fld)} {'∉' if neg else '∈'} {'/'.join(grades)}"))
            else:
                out.append(self._cond(fld, "!=" if neg else "=", grades[0]))
            hints.add("practice")
        return out

    def _ended(self, w: _Work, hints: set[str]) -> list[Condition]:
        out: list[Condition] = []
        free = w.free
        if _CONTINUE_RE.search(free) and not re.search(r"継続.{0,4}(?:終了|終わ)", free):
            found = w.take(_CONTINUE_RE)
            hints.add("practice")
            cond = Condition("ended", "empty", None, "取組終了 = 空欄（継続中）")
            return [_invert(cond) if _negated_after(w, found[-1].end()) else cond]
        if not _END_WORDS.search(free):
            return out
        years = [y for y in find_years(free) if _GAP not in free[y.start:y.end]]
        if re.search(r"何年度|いつ", free):
            return out  # asking for the year: handled as a value question
        if not years:
            if w.take(r"(?:取組|取り組み)?(?:を|が)?(?:終了|終わっ|終えた|完了)(?:した|している|済み|済)?"):
                hints.add("practice")
                out.append(Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）"))
            return out
        labels = [y.label for y in years]
        after = free[years[-1].end: years[-1].end + 8]
        between = len(years) == 2 and re.match(r"\s*(?:から|〜|-)", free[years[0].end: years[0].end + 3])
        if between:
            out.append(Condition("ended", "between", labels, f"取組終了 = {labels[0]}〜{labels[1]}"))
        elif len(years) == 1 and re.match(r"\s*(?:以降|以後|より後|から後|から)", after):
            out.append(Condition("ended", ">=", labels[0], f"取組終了 ≥ {labels[0]}"))
        elif len(years) == 1 and re.match(r"\s*(?:まで|以前|より前)", after):
            out.append(Condition("ended", "<=", labels[0], f"取組終了 ≤ {labels[0]}"))
        elif len(years) == 1 and re.match(r"\s*(?:より前|未満)", after):
            out.append(Condition("ended", "<", labels[0], f"取組終了 < {labels[0]}"))
        elif len(labels) == 1:
            out.append(self._cond("ended", "=", labels[0]))
        else:
            out.append(Condition("ended", "in", labels, f"取組終了 ∈ {'/'.join(labels)}"))
        for y in years:
            w.consume(y.start, y.end)
        verb = w.take(r"(?:以降|以後|まで|以前|より前)?(?:に|で)?(?:取組|取り組み)?(?:を|が)?(?:終了|終わっ|終わる|終えた|終え|完了|廃止)(?:した|している|する|となった|になった|済み|の|た)?")
        if verb and _negated_after(w, verb[-1].end()):
            out = [_invert(c) for c in out]
        hints.add("practice")
        return out

    def _codes(self, w: _Work, hints: set[str]) -> list[Condition]:
        out = []
        for m in w.take(r"(?<![A-Za-z])N\s*(\d{1,2})(?!\d)"):
            out.append(Condition("code", "=", f"N{int(m.group(1))}", f"実践項目 = N{int(m.group(1))}"))
            hints.add("practice")
        for m in w.take(r"実践項目\s*(?:No\.?)?\s*(\d{1,3})(?:番)?"):
            out.append(Condition("code", "=", str(int(m.group(1))), f"実践項目 = {int(m.group(1))}"))
            hints.add("practice")
        for m in w.take(r"(?:取組項目|取り組み項目)\s*(?:No\.?)?\s*(\d{1,2})(?:番)?|No\.?\s*(\d{1,3})|(\d{1,2})番の"):
            n = str(int(m.group(1) or m.group(2) or m.group(3)))
            out.append(Condition("@no", "=", n, f"番号 = {n}"))
        return out

    def _titles(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """Record titles in the question: 「多文化共生のまちづくりの推進」 names initiative 5."""
        out: list[Condition] = []
        form, origin = _key_map(w.free)
        for key, kind, code, title in self.titles:
            pos = form.find(key)
            if pos < 0:
                continue
            start, end = origin[pos], origin[pos + len(key) - 1] + 1
            if _GAP in w.free[start:end]:
                continue
            w.consume(start, end)
            form, origin = _key_map(w.free)
            out.append(Condition(f"@title:{kind}", "=", code, f"{_kind_ja(kind)} = {code}「{title}」"))
            hints.add(kind)
        if not out:
            out += self._partial_title(w, hints, q)
        return out

    def _partial_title(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        """「東南部都市連絡調整会議」 for 埼玉県東南部都市連絡調整会議事業: the longest run of the
        question that lies inside exactly one title and covers most of it."""
        form, origin = _key_map(w.free)
        joined = "\x00".join(t[0] for t in self.titles)
        longest = max((len(t[0]) for t in self.titles), default=0)
        for run in re.finditer(f"[^{_GAP}]{{6,}}", form):
            text = run.group(0)
            for length in range(min(len(text), longest), 5, -1):  # no title is longer: linear in the question
                for i in range(0, len(text) - length + 1):
                    sub = text[i:i + length]
                    if sub not in joined:
                        continue
                    owners = {(kind, code, title) for key, kind, code, title in self.titles if sub in key}
                    if len(owners) != 1:
                        continue
                    kind, code, title = owners.pop()
                    if length < 0.6 * len(notation_key(title)):
                        continue
                    start = origin[run.start() + i]
                    end = origin[run.start() + i + length - 1] + 1
                    # The run must be a whole word of the question, not the head of another
                    # compound (公共施設等総合管理|基金 is not 公共施設等総合管理計画).
                    if re.match(r"[一-龥ァ-ヶーA-Za-z0-9]", w.text[end:end + 1]) or \
                            re.match(r"[一-龥ァ-ヶーA-Za-z0-9]", w.text[start - 1:start] if start else ""):
                        continue
                    w.consume(start, end)
                    hints.add(kind)
                    q.notes.append(f"「{w.text[start:end]}」を{_kind_ja(kind)}「{title}」とみなしました")
                    # "~=": named by part of its title, a weaker signal than the whole title.
                    return [Condition(f"@title:{kind}", "~=", code, f"{_kind_ja(kind)} = {code}「{title}」")]
        return []

    def _departments(self, w: _Work, hints: set[str], q: Query) -> list[Condition]:
        out: list[Condition] = []
        spans: list[tuple[int, int]] = []
        free = w.free
        for name in self.departments:
            if name not in free:
                continue
            for m in re.finditer(r"(?:[(（][^)）]{1,3}[)）]\s*)?" + re.escape(name) + f"({_NEG})?", free):
                if _GAP in m.group(0):
                    continue
                # A department inside a longer known name (納税課 in 市民税課?) is not a mention.
                neg = bool(m.group(1))
                # A bureau prefix written by the user narrows to that bureau: (消)総務課.
                written = re.sub(f"({_NEG})$", "", m.group(0)).strip()
                value = written if written != name else name
                alone = re.match(r"(?:が|の)?(?:単独|のみ|だけ)(?:で)?", free[m.end():]) if not neg else None
                if alone:  # 「行政監理室が単独で担当」: no other department shares the item
                    w.consume(m.end(), m.end() + alone.end())
                    out.append(Condition("@dept", "only", value, f"担当部署 = {value} のみ"))
                else:
                    out.append(Condition("@dept", "!=" if neg else "=", value,
                                         f"担当部署 {'≉' if neg else '≈'} {value}"))
                spans.append((m.start(), m.end()))
                w.consume(m.start(), m.end())
                free = w.free
                hints.update(k for k in self.lex.departments[name] if k != "practice")
                hints.add("practice" if "practice" in self.lex.departments[name] else "joint_project")
        if out:
            return _either(w, out, spans, "担当部署")
        # A typo: a window of the question one edit away from a known department (市民税化 → 市民税課).
        # Only in questions of ordinary length: the search is quadratic and long text is not typed.
        if len(free) > 200:
            return out
        from rapidfuzz.distance import Levenshtein  # only needed here; keeps `gyokaku ask` start-up short

        for m in re.finditer(r"[一-龥ぁ-んァ-ヶー・]{3,12}", free):
            word = m.group(0)
            if "部会" in word:
                continue
            best = None
            for name in self.departments:
                if len(name) < 4:
                    continue
                for length in (len(name), len(name) - 1, len(name) + 1):
                    for i in range(0, max(0, len(word) - length) + 1):
                        cand = word[i:i + length]
                        if len(cand) < 4:
                            continue
                        after = word[i + length: i + length + 1] if i + length < len(word) else free[m.end():m.end() + 1]
                        if re.match(r"[一-龥ァ-ヶー]", after):
                            continue  # 青少年セ|ンター is the start of a longer word, not a typo of 青少年課
                        if Levenshtein.distance(cand, name) == 1 and cand[:2] == name[:2]:
                            if best is None:
                                best = (name, m.start() + i, m.start() + i + length, cand)
            if best:
                name, s, e, cand = best
                neg_m = re.match(_NEG, free[e:])
                if neg_m:
                    e += neg_m.end()
                w.consume(s, e)
                q.notes.append(f"「{cand}」を「{name}」と読み替えました")
                out.append(Condition("@dept", "!=" if neg_m else "=", name,
                                     f"担当部署 {'≉' if neg_m else '≈'} {name}（「{cand}」を訂正）"))
                hints.add("practice" if "practice" in self.lex.departments[name] else "joint_project")
                break
        return out

    def _joint(self, w: _Work, hints: set[str]) -> list[Condition]:
        which, chair, city_dept = self._municipality_res
        # 「部会長は岡山市と倉敷市のどちら」: the municipalities are the possible answers, not conditions.
        w.take(which)
        out: list[Condition] = []
        found: list[Condition] = []
        spans: list[tuple[int, int]] = []
        for name in sorted(self.lex.subcommittees, key=len, reverse=True):
            for m in w.take(re.escape(name) + f"({_NEG})?"):
                neg = bool(m.group(1))
                found.append(Condition("subcommittee", "!=" if neg else "=", name,
                                       f"部会 {'≠' if neg else '='} {name}"))
                spans.append((m.start(), m.end()))
                hints.add("joint_project")
        out += _either(w, found, spans, "部会")
        for m in w.take(chair):
            city = m.group(1) or m.group(2)
            out.append(Condition("chair_city", "contains", city, f"部会長の市 ∋ {city}"))
            hints.add("joint_project")
        for m in w.take(city_dept):
            out.append(Condition("@city_dept", "=", m.group(1), f"{m.group(1)}の担当部署"))
            hints.add("joint_project")
        for fld, absent, present in _PROGRESS_CELLS:  # 既に実施 / 今年度に実施予定: written or blank
            if w.take(absent):
                out.append(Condition(fld, "empty", None, f"{field_label(fld)} = 空欄"))
            elif w.take(present):
                out.append(Condition(fld, "not_empty", None, f"{field_label(fld)} = 記載あり"))
            else:
                continue
            hints.add("joint_project")
        return out

    def _places(self, w: _Work, hints: set[str]) -> list[Condition]:
        out = []
        for place in sorted(self.lex.places, key=len, reverse=True):
            if len(place) < 2:
                continue
            for m in w.take(re.escape(place) + f"({_NEG})?"):
                neg = bool(m.group(1))
                out.append(Condition("places", "not_has" if neg else "has", place,
                                     f"自治体 {'∌' if neg else '∋'} {place}"))
                hints.add("case_study")
        return out

    def _overall(self, w: _Work, hints: set[str]) -> list[Condition]:
        out = []
        pattern = (r"(総合評価|自己評価|担当部署の自己評価|評価|判定)(?:が|は|で|の)?" + _GRADE +
                   r"(?:(?:か|または|や|と|、|・|及び|および|もしくは)" + _GRADE + r")?(?:評価)?" + f"({_NEG})?")
        for m in w.take(pattern):
            grades = [_grade(m.group(2))] + ([_grade(m.group(3))] if m.group(3) else [])
            neg = bool(m.group(4))
            fld = "@overall"
            if len(grades) > 1:
                out.append(Condition(fld, "not_in" if neg else "in", grades,
                                     f"総合評価 {'∉' if neg else '∈'} {'/'.join(grades)}"))
            else:
                out.append(Condition(fld, "!=" if neg else "=", grades[0], f"総合評価 {'≠' if neg else '='} {grades[0]}"))
        for m in w.take(r"(?<![A-Za-z])" + _GRADE + r"(?:(?:か|または|や|、|・)" + _GRADE + r")?"
                        r"(?:評価|判定|ランク)?" + f"({_NEG})" + r"|(?<![A-Za-z])" + _GRADE + r"(?:評価|判定|ランク)"):
            if m.group(4):
                out.append(Condition("@overall", "=", _grade(m.group(4)), f"総合評価 = {_grade(m.group(4))}"))
                continue
            grades = [_grade(m.group(1))] + ([_grade(m.group(2))] if m.group(2) else [])
            if len(grades) > 1:
                out.append(Condition("@overall", "not_in", grades, f"総合評価 ∉ {'/'.join(grades)}"))
            else:
                out.append(Condition("@overall", "!=", grades[0], f"総合評価 ≠ {grades[0]}"))
        return out

    def _aggregate(self, w: _Work, q: Query) -> None:
        value_words = "|".join(re.escape(k) for k, _ in sorted(VALUE_FIELDS, key=lambda t: -len(t[0])))
        fields = dict(VALUE_FIELDS)
        lead = rf"(?:({value_words})(?:が|の|で|は)?)?"
        m = w.take(lead + r"(?:上位|トップ|ベスト)\s*(\d+)\s*(?:件|つ|個|位)?")
        if m:
            q.limit, q.descending = int(m[0].group(2)), True
            q.order_by = fields.get(m[0].group(1) or "", "@score")
        m = w.take(lead + r"(?:下位|ワースト)\s*(\d+)\s*(?:件|つ|個|位)?")
        if m:
            q.limit, q.descending = int(m[0].group(2)), False
            q.order_by = fields.get(m[0].group(1) or "", "@score")
        m = w.take(lead + r"(?:(高い|大きい|多い|良い|低い|小さい|少ない|悪い)順|(降順|昇順))(?:に|で)?(?:並べ(?:て|る|た)?)?")
        if m:
            word = m[0].group(2) or m[0].group(3)
            q.descending = word in ("高い", "大きい", "多い", "良い", "降順")
            q.order_by = fields.get(m[0].group(1) or "", "") or q.order_by or "@score"
            after = m[0].end()
            n = re.compile(r"(?:に|で)?\s*(\d+)\s*(?:つ|件|個|項目)(?:の|だけ)?").match(w.free, after)
            if n and q.limit is None:
                q.limit = int(n.group(1))
                w.consume(n.start(), n.end())
        group_words = "|".join(re.escape(k) for k, _ in sorted(GROUP_WORDS, key=lambda t: -len(t[0])))
        m = w.take(rf"({group_words})(?:別|ごと|毎)(?:の|に)?(?:(?:取組)?終了)?(?:件数|数|集計|内訳)?")
        if m:
            q.aggregate = "group"
            q.group_by = dict(GROUP_WORDS)[m[0].group(1)]
            if q.group_by == "ended":
                w.take(r"(?:取組)?(?:終了|終わっ|完了)(?:した)?")
            return
        m = w.take(r"(実践項目|委員の意見|意見|コメント)(?:の数)?(?:が|は)?(?:最も|一番|いちばん)(多い|少ない)")
        if m:  # 「委員の意見が最も多い取組項目」: a count of child records
            q.aggregate = "max" if m[0].group(2) == "多い" else "min"
            q.agg_field = "n_practice" if m[0].group(1) == "実践項目" else "n_comments"
            return
        m = w.take(rf"(?:({value_words})(?:が|は|の)?)?(?:(下|上)から\s*(\d+)\s*番目|(\d+)\s*番目に(高い|大きい|多い|良い|低い|小さい|少ない|悪い))")
        if m:  # 「委員評価が2番目に高い」「下から2番目」: rank among the distinct values
            g = m[0]
            q.aggregate = "nth"
            q.limit = int(g.group(3) or g.group(4))
            q.descending = (g.group(2) == "上") if g.group(2) else g.group(5) in ("高い", "大きい", "多い", "良い")
            q.agg_field = dict(VALUE_FIELDS).get(g.group(1) or "", "@score")
            return
        m = w.take(rf"(?:({value_words})(?:が|は|の)?)?(?:最も|一番|いちばん|最)(高い|大きい|多い|良い|低い|小さい|少ない|悪い)|"
                   rf"(?:({value_words})(?:が|は|の)?)?(最高|最大|最低|最小)(?:の|値|点)?")
        if m:
            word = m[0].group(2) or m[0].group(4)
            q.aggregate = "max" if word in ("高い", "大きい", "多い", "良い", "最高", "最大") else "min"
            q.agg_field = dict(VALUE_FIELDS).get(m[0].group(1) or m[0].group(3) or "", "@score")
            return
        m = w.take(rf"(?:({value_words})(?:の|は)?)?平均(?:値|点)?(?:は|を|が)?")
        if m:
            q.aggregate = "avg"
            q.agg_field = dict(VALUE_FIELDS).get(m[0].group(1) or "", "@score")
            return
        # 「…の割合は？」; 割合 inside a name (業務割合推計) or 「何%」 after a field asks for a value instead.
        if w.take(r"(?:の|が)(?:割合|比率|パーセンテージ)(?:は|を|って)?(?=\s*(?:どれくらい|いくら|何|[？?。]|$))"):
            q.aggregate = "ratio"
            return
        if w.take(r"何件|件数|いくつ|何個|何項目|何本|何事業|何例|の数|数は|どれだけある|どのくらいある|何つ"):
            q.aggregate = "count"

    def _kinds(self, w: _Work) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        # モデル事業 names the featured project only on its own, not inside 市民協働推進モデル事業.
        for m in w.finditer(r"(?<![一-龥ァ-ヶー])モデル事業"):
            found.append((m.start(), "model_project"))
            w.consume(m.start(), m.end())
        for word, kind in KIND_WORDS:
            # 意見書 is the report, not a comment; 「No.8の実践項目数」 is the initiative's field.
            after = r"(?!書)" if word == "意見" else r"(?!数)" if word == "実践項目" and self._initiative_named else ""
            before = r"(?<![一-龥])" if word == "項目" else ""  # 項目 alone, not the tail of 実践項目数
            for m in w.finditer(before + re.escape(word) + after):
                found.append((m.start(), kind))
                w.consume(m.start(), m.end())
        found.sort()
        return found

    def _themes(self, w: _Work, hints: set[str], kinds_named: list[tuple[int, str]]) -> list[Condition]:
        if kinds_named and kinds_named[-1][1] not in ("practice", "initiative"):
            return []
        free = w.free
        words: list[tuple[int, int, str]] = []
        for theme, names in THEMES.items():
            for name in sorted(names, key=len, reverse=True):
                for m in re.finditer(re.escape(name), free):
                    if any(s <= m.start() < e for s, e, _ in words):
                        continue
                    words.append((m.start(), m.end(), theme))
        if not words:
            return []
        # A theme word counts only where the question talks about themes or has no other subject.
        if not (re.search(r"テーマ|分野", free) or kinds_named or self._context_target in ("practice", "initiative")):
            return []
        words.sort()
        themes = [t for _, _, t in words]
        out: list[Condition] = []
        tail = free[words[-1][1]: words[-1][1] + 16]
        span = (words[0][0], words[-1][1])
        if re.match(r"(?:テーマ|の|が|は)*(?:だけ|のみ)", tail):
            out.append(Condition("themes", "only", themes, f"テーマ = {'・'.join(themes)} のみ"))
        elif (re.match(_NEG, tail) or re.match(r"(?:テーマ)?" + _NEG, tail)
              or re.match(r"(?:が|を|は)?(?:テーマ)?(?:に|が|を|は)?(?:含まれ|含ま|入って|入ら)(?:ない|ていない)", tail)):
            out += [Condition("themes", "not_has", t, f"テーマ ∌ {t}") for t in themes]
        elif len(themes) > 1 and re.search(r"か|または|又は|あるいは|もしくは|いずれか|どちらか", free[span[0]:span[1]]):
            out.append(Condition("themes", "has_any", themes, f"テーマ ∋ {' または '.join(themes)}"))
        else:
            out += [Condition("themes", "has", t, f"テーマ ∋ {t}") for t in themes]
        for s, e, _ in words:
            w.consume(s, e)
        w.take(r"(?:だけ|のみ)|(?:の)?(?:両方|いずれも|どちらも)|テーマ|分野|(?:に|が|を)?(?:含まれ|含ま|入って)(?:ない|ていない|る|む)")
        hints.add("initiative" if not kinds_named else kinds_named[-1][1])
        return out

    def _bare_years(self, w: _Work) -> list[str]:
        free = w.free
        out = []
        for y in find_years(free):
            if _GAP in free[y.start:y.end]:
                continue
            out.append(y.label)
            w.year_texts[y.label] = w.text[y.start:y.end].strip()
            w.consume(y.start, y.end)
        return out

    def _year_value(self, w: _Work, q: Query) -> None:
        """「…のR4の評価は」「R4の…の評価は」: the grade of that year is the value asked for."""
        lead = re.match(r"\s*((?:令和|R)\s*\d)(?:年度)?(?:の|で|に|における)", w.free)
        tail = re.search(r"の(?:総合)?評価(?:は|を|って)?(?:何|どう)?(?:ですか|でしたか|だった)?[?？。]?\s*$", w.free)
        if lead and tail and not re.search(r"[A-D]", w.free[lead.end():tail.start()]):
            fy = find_years(lead.group(1))[0].fiscal_year
            if fy in _YEAR_FIELDS:
                q.value_field = _YEAR_FIELDS[fy]
                w.consume(lead.start(1), lead.end())
                w.consume(tail.start(), tail.end())
                return
        m = w.take(r"((?:令和|R)\s*\d)(?:年度)?の?(?:総合)?評価(?:は|を|って)(?=\s*(?:何|どう|[?？。]|$))")
        if m:
            fy = find_years(m[0].group(1))[0].fiscal_year
            if fy in _YEAR_FIELDS:
                q.value_field = _YEAR_FIELDS[fy]

    def _value_field(self, w: _Work, q: Query, conds: list[Condition]) -> None:
        if re.search(r"何年度|いつ|終了(?:年度|時期)", w.free) and _END_WORDS.search(w.free):
            w.take(r"何年度|いつ|終了年度|終了時期|(?:に|で)?(?:取組|取り組み)?(?:を|が)?(?:終了|終わっ|終わる|終えた|終え|完了)(?:した|する|た)?")
            q.value_field = "ended"
            return

        if q.aggregate in ("avg", "max", "min") or q.order_by:
            return
        vocab = VALUE_FIELDS + OTHER_VALUE_FIELDS
        words = "|".join(re.escape(k) for k, _ in sorted(vocab, key=lambda t: -len(t[0])))
        found = w.take(rf"({words})(?:は|が|を|って)?(?:何|いくつ|いくら|どこ|どちら|どれ|誰|いつ)?")
        if found:
            q.value_field = dict(vocab)[found[0].group(1)]

    def _keywords(self, w: _Work) -> list[str]:
        """Runs of content nouns left over; two runs are joined with what lies between them when the
        documents contain the joined text (まんまるよやく申請書等: Sudachi cuts names at hiragana)."""
        from assistant.text.tokenize import _tokenizer  # the one shared Sudachi instance

        out: list[str] = []
        for chunk in w.free.split(_GAP):
            if not chunk.strip():
                continue
            runs: list[list[int]] = []  # [start, end] character offsets in chunk
            stop_ending: dict[int, int] = {}  # stop nouns (評価, 担当, …) by where they end -> start
            stop_starting: dict[int, int] = {}  # … by where they start -> end
            current: list[int] | None = None
            for m in _tokenizer().tokenize(chunk):
                pos = m.part_of_speech()
                surface = m.surface()
                if pos[0] == "名詞" and surface in self.stop_nouns:
                    stop_ending[m.end()] = m.begin()
                    stop_starting[m.begin()] = m.end()
                content = (pos[0] == "名詞" and pos[1] not in ("代名詞",) and surface not in self.stop_nouns) or \
                    pos[0] == "接頭辞" or (pos[0] == "接尾辞" and pos[1] == "名詞的" and current)
                if content:
                    if current is None:
                        current = [m.begin(), m.end()]
                    else:
                        current[1] = m.end()
                elif current is not None:
                    runs.append(current)
                    current = None
            if current is not None:
                runs.append(current)
            merged: list[list[int]] = []
            for run in runs:
                gap = chunk[merged[-1][1]:run[0]] if merged else ""
                # Never across a particle: 「指定管理を導入」 is two things to find, not one name.
                if merged and self.probe and run[0] - merged[-1][1] <= 4 and gap not in _PARTICLES:
                    joined = chunk[merged[-1][0]:run[1]]
                    if self.probe(joined):
                        merged[-1][1] = run[1]
                        continue
                merged.append(run)
            for run in merged:
                # 評価|基準: a stop noun joined to the run when the documents use the compound.
                if self.probe and run[0] in stop_ending and self.probe(chunk[stop_ending[run[0]]:run[1]]):
                    run[0] = stop_ending[run[0]]
                if self.probe and run[1] in stop_starting and self.probe(chunk[run[0]:stop_starting[run[1]]]):
                    run[1] = stop_starting[run[1]]
            for start, end in merged:
                self._flush([chunk[start:end]], out)
        return out

    def content_words(self, question: str) -> list[str]:
        """The nouns of a whole question (kind and field words included), for searching prose."""
        from assistant.text.tokenize import _tokenizer

        out: list[str] = []
        run: list[str] = []
        for m in _tokenizer().tokenize(normalize_question(question)):
            pos = m.part_of_speech()
            if pos[0] == "名詞" and pos[1] != "代名詞" or (pos[0] == "接尾辞" and run):
                run.append(m.surface())
                continue
            self._flush(run, out)
            run = []
        self._flush(run, out)
        return out[:6]

    def _flush(self, run: list[str], out: list[str]) -> None:
        word = "".join(run).strip()
        while word and word[-1] in "のをがはにでと":
            word = word[:-1]
        # A lone letter or kanji (書, 課, 号) says too little to search for.
        if word and len(word) > 1 and word not in self.stop_nouns and not re.fullmatch(r"[\d.]+", word) and word not in out:
            out.append(word)

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _cond(fld: str, op: str, value) -> Condition:
        return Condition(fld, op, value, f"{field_label(fld)} {_OP_SIGN.get(op, op)} {value}")

    @staticmethod
    def _names_record(conds: list[Condition]) -> bool:
        """A condition naming a thing (a record, a department, a 部会, a place) starts a new topic
        unless the question says it refines; grades, scores and years do not."""
        return any(c.field.startswith("@title") or c.field in ("@no", "code", "@dept", "subcommittee", "places")
                   for c in conds)

    def _bare_year_condition(self, target: str, label: str) -> list[Condition]:
        if target in ("sheet_entry", "challenge", "self_eval", "indicator"):
            return [Condition("year", "=", label, f"年度 = {label}")]
        fy = 2018 + int(label[1:]) if label.startswith("R") else 0
        fld = _YEAR_FIELDS.get(fy)
        if target == "practice" and fld:
            return [Condition(fld, "evaluated", None, f"{label} に評価あり")]
        return []

    def _merge(self, context: Query, q: Query, conds: list[Condition], target: str,
               bare_years: list[str], refers_back: bool, context_rows: list[dict]) -> Query:
        """A follow-up refines the previous question: its conditions replace those on the same field.
        `target` is the kind the follow-up names itself (empty: stay with the previous kind)."""
        merged = Query(question=q.question, target=context.target, notes=list(q.notes))
        base = [c for c in context.conditions]
        if refers_back and target and target != context.target:
            merged.target = target
            if context.target in self.lex.columns.get(target, set()):
                # 「それらの実践項目は？」 after initiatives: the children of the previous rows.
                codes = [str(r.get("code")) for r in context_rows]
                base = [Condition(context.target, "in", codes,
                                  f"前の回答の{_kind_ja(context.target)} ({'・'.join(codes) or 'なし'})に属する")]
            else:
                # 「その取組項目の委員評価は？」: the records the previous rows belong to.
                codes = sorted({str(r.get(target)) for r in context_rows if r.get(target) not in (None, "")},
                               key=_code_sort)
                base = [Condition("code", "in", codes, f"前の回答の{_kind_ja(target)} ({'・'.join(codes) or 'なし'})")]
        elif target:
            merged.target = target
        # A new condition replaces the old one on its field, except that 「…も含む」 adds one more
        # required value of a list field (テーマ ∋ 民活 and テーマ ∋ ICT).
        replaced = {c.field for c in conds if c.op != "has"}
        kept = [c for c in base if c.field not in replaced]
        if bare_years:
            label = bare_years[0]
            fy = 2018 + int(label[1:]) if label.startswith("R") else 0
            moved = []
            for c in kept:
                if c.field == "ended" and c.op in ("=", ">=", "<="):
                    moved.append(Condition("ended", c.op, label, f"取組終了 {_OP_SIGN.get(c.op, c.op)} {label}"))
                elif c.field in _YEAR_FIELDS.values() and _YEAR_FIELDS.get(fy):
                    nf = _YEAR_FIELDS[fy]
                    moved.append(Condition(nf, c.op, c.value, c.label.replace(field_label(c.field), field_label(nf))))
                elif c.field == "year":
                    moved.append(Condition("year", "=", label, f"年度 = {label}"))
                else:
                    moved.append(c)
            if moved == kept:  # nothing to move: the year is a new condition of its own
                moved += self._bare_year_condition(merged.target, label)
            kept = moved
        merged.conditions = kept + conds
        merged.aggregate, merged.agg_field, merged.group_by = q.aggregate, q.agg_field, q.group_by
        merged.order_by, merged.descending, merged.limit = q.order_by, q.descending, q.limit
        merged.value_field = q.value_field
        merged.understood_anything = True
        merged.notes.append("前の質問の条件に絞り込みを加えました")
        return merged


def _key_map(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch == _GAP:
            out.append(_GAP)
            origin.append(i)
            continue
        form = notation_key(ch)
        out.append(form)
        origin.extend([i] * len(form))
    return "".join(out), origin


def _number(s: str) -> float | int:
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


def _field_kind(fld: str) -> str:
    return "initiative" if fld in ("committee_score", "n_practice", "n_comments") else "practice"


def _kind_ja(kind: str) -> str:
    from assistant.labels import kind_label

    return kind_label(kind)


def _code_sort(code: str):
    return (code.startswith("N"), int(re.sub(r"\D", "", code) or 0))
