"""Every grammar rule's examples: the fragment read into the canonical text gives the expected production."""
from __future__ import annotations

import pytest

from assistant.query.grammar import Context, all_rules, negate
from assistant.query.grammar.canon import canonicalise
from assistant.query.lexicon import Lexicon
from assistant.query.parse import _NEG_AFTER, normalize_question

# The fields of this edition's report (grades printed for R2–R5).
_COLUMNS = {"practice": {"code", "title", "r2", "r3", "r4", "r5", "ended", "ended_month", "overall", "total",
                         "departments", "tags", "committee_grade"},
            "initiative": {"code", "themes", "committee_score"}, "joint_project": {"code", "subcommittee", "start_year", "departments",
                                                                                              "total_cost", "cost_unit", "n_members", "chair_city",
                                                                                              "effect_amount", "effect_unit",
                                                                                              "own_share", "own_share_unit"},
            "case_study": {"code", "title", "places", "population", "start_year", "target_count"},
            "article": {"code", "title", "volume", "issued"},
            # (the parts its progress sheets print: each year's self-evaluation, the 取組上の課題 table)
            "self_eval": {"code", "practice", "year", "progress", "collaboration", "efficiency", "creativity"},
            "challenge": {"code", "practice", "year", "problem", "solution"}}


# The marks it prints on items for a year.
_YEAR_MARKS = {("R5", "内容変更"): "R5内容変更", ("R5", "工程確定"): "R5工程確定"}


# The marks a report of another layout grades its years with, best first as its legend lists them
# (◎＝計画以上 ○＝計画どおり △＝遅れ ×＝未実施): examples saying a mark are read in this scale.
_GRADE_SCALE = ("◎", "○", "△", "×")


# Its lettered items (N1…N25, added in its last year): a series a code bound (「N23以降」) reads from the index.
_LETTERED = {(f"N{n}", "report.txt"): f"新規取組その{n}番目" for n in range(1, 26)}


def _lexicon(columns: dict[str, set[str]] = _COLUMNS) -> Lexicon:
    return Lexicon(kinds=set(columns), columns=columns, year_marks=_YEAR_MARKS if "tags" in columns["practice"] else {},
                   scale=_GRADE_SCALE, numbered_groups=_NUMBERED_GROUPS, practice_titles=dict(_LETTERED),
                   closed_values=_CLOSED)


# The categories an index's table of opinions sorts the city's responses by (対応区分).
_CLOSED = {"response_class": {"検討", "対応済み", "対応予定"}}


# A grouping an edition numbers in its tables' headings (「基本方針2 効率的で柔軟な行政運営」 as the policy's value).
_NUMBERED_GROUPS = {"基本方針": "policy"}


def produce(rule, fragment: str, lex: Lexicon | None = None):
    """What `rule` produces for the first match in the fragment it accepts (None: nothing)."""
    text = canonicalise(normalize_question(fragment)).text
    ctx = Context(lex or _lexicon())
    for m in rule.regex.finditer(text):
        prod = rule.produce(m, ctx)
        if prod is None:
            continue
        if rule.negatable and prod.conditions and _NEG_AFTER.match(text, m.end()):
            prod.conditions = [negate(c) for c in prod.conditions]
        return prod.expected()
    return None


CASES = [pytest.param(rule, fragment, expected, id=f"{rule.name}:{fragment}")
         for rule in all_rules() for fragment, expected in rule.examples]


@pytest.mark.parametrize("rule, fragment, expected", CASES)
def test_rule_examples(rule, fragment, expected):
    assert produce(rule, fragment) == expected


def test_every_rule_has_examples():
    assert all(rule.examples for rule in all_rules())
    names = [rule.name for rule in all_rules()]
    assert len(names) == len(set(names))


def test_next_cycle_years_are_read_from_the_index():
    """A report printing R3–R6 has r3..r6: R6 is a grade field, R2 is said to be absent."""
    rules = {r.name: r for r in all_rules()}
    nxt = _lexicon({"practice": {"code", "r3", "r4", "r5", "r6", "ended"}})
    assert produce(rules["grade_of_year"], "R6がA", nxt) == {"conditions": [("r6", "=", "A")]}
    # A year the report grades nothing in is a condition no record meets (the executor says so).
    assert produce(rules["grade_of_year"], "R2がA", nxt) == {"conditions": [("r2", "=", "A")]}
    assert produce(rules["grade_never"], "一度もAにならなかった", nxt) == {
        "conditions": [("@grades", "no_any_eq", {"fields": ["r3", "r4", "r5", "r6"], "grade": "A"})]}
    assert produce(rules["ended_in_year"], "令和4年9月に終わった", nxt) == {
        "conditions": [("ended", "=", "R4")], "unused": ["令和4年9月"]}  # no end month in that index: said
    assert produce(rules["grade_several_years"], "令和5年度と令和6年度のどちらもB", nxt) == {
        "conditions": [("r5", "=", "B"), ("r6", "=", "B")]}


@pytest.mark.parametrize("question, fixed", [
    ("実戦項目の総合評価", "実践項目の総合評価"),
    ("委員評化が4.5以上", "委員評価が4.5以上"),
    ("R4→R5で評価上がったやつ", "R4→R5で評価上がったやつ"),  # 上がる, not a typo of 評価点
    ("保育部会又は介護保険部会の連携事業", "保育部会又は介護保険部会の連携事業"),  # 又 joins, it is no typo
    # a kind or field word written in kana (its reading, from Sudachi's dictionary)
    ("じっせんこうもくで総合評価がC", "実践項目で総合評価がC"),
    ("とりくみこうもくのいいんひょうか", "取組項目の委員評価"),
    ("かだいは", "かだいは"),  # a reading of fewer than five kana is too short to tell from other words
    ("そうごうひょうかがAのもの", "総合評価がAのもの"),
])
def test_typos_in_kind_and_field_words(question, fixed):
    from assistant.query.grammar.keywords import correct_typos

    text, notes = correct_typos(question, probe=lambda word: False)
    assert text == fixed
    assert bool(notes) == (question != fixed)


@pytest.mark.parametrize("question, fixed", [
    ("商工部界の事業", "商工部会の事業"),  # a name the index holds, one character off
    ("キャシュレス化の実践項目", "キャッシュレス化の実践項目"),  # a katakana word of the documents, one letter left out
    ("キャシュの実践項目", "キャシュの実践項目"),  # a short word is left as written: too easily another word
    ("ニュースレターの記事", "ニュースレターの記事"),  # a kind word, never corrected to the documents' ニューズレター
    ("デジタルトランスフォメーションの推進", "デジタルトランスフォーメーションの推進"),  # after a word of the documents
])
def test_typos_in_names_and_words_of_the_documents(question, fixed):
    from assistant.query.grammar.keywords import correct_typos

    text, notes = correct_typos(question, probe=lambda word: False, names={"商工部会", "納税部会"},
                                spellings=lambda: {"キャッシュレス", "キャッシュ", "キャッチ", "レス", "ニューズレター", "デジタル",
                                                  "トランスフォーメーション"})
    assert text == fixed
    assert bool(notes) == (question != fixed)
    if notes:
        assert "と読み替えました" in notes[0]


def test_a_typo_of_a_keyword_is_corrected_and_shown(assistant):
    answer = assistant.ask("キャシュレス化の実践項目で、もう終わったもの")
    assert answer.status == "exact"
    assert any("キャッシュレス" in n for n in answer.notes)
    assert {r["key"] for r in answer.rows} == {"practice:19", "practice:20", "practice:21"}


@pytest.mark.parametrize("question, expected", [
    ("納税部会に属さない連携事業", ("subcommittee", "!=", "納税部会")),
    ("住宅課の担当でない実践項目", ("@dept", "!=", {"names": ["住宅課"], "city": None})),
    ("住宅課が担当していない実践項目", ("@dept", "!=", {"names": ["住宅課"], "city": None})),
    ("ふるさと納税に触れていない委員の意見", ("text", "not_match", "ふるさと納税")),
    ("総合評価がA以外で、まだ終わってない実践項目", ("ended", "empty", None)),
])
def test_negated_verbs_attach_to_what_they_follow(assistant, question, expected):
    answer = assistant.ask(question)
    assert expected in [(c["field"], c["op"], c["value"]) for c in answer.understood]
    assert not assistant.parser.parse(question).unused


def test_a_negation_nothing_takes_is_reported_as_written(assistant):
    q = assistant.parser.parse("岡山市が部会長ではない連携事業")
    assert "ない" in q.unused or "ではない" in q.unused


@pytest.mark.parametrize("text, expanded", [
    ("令和2年度から4年度の間", "令和2年度から令和4年度の間"),
    ("令和3、4年度に終了", "令和3、令和4年度に終了"),
    ("R2と3年度", "R2とR3年度"),
    ("R4から3件", "R4から3件"),  # a count, not a year
    ("令和7年3月", "令和7年3月"),
])
def test_a_list_of_years_names_its_era_once(text, expanded):
    from assistant.query.grammar.years import expand_eras

    assert expand_eras(text) == expanded
