"""Every phrasing's examples: the text before becomes the text after by that phrasing alone."""
import pytest

from assistant.query.grammar.phrasings import PHRASINGS, rephrase

CASES = [(p, before, after) for p in PHRASINGS for before, after in p.examples]


def test_every_phrasing_has_an_example_and_a_name_of_its_own():
    assert all(p.examples for p in PHRASINGS)
    assert len({p.name for p in PHRASINGS}) == len(PHRASINGS)


@pytest.mark.parametrize("phrasing,before,after", CASES, ids=[f"{p.name}:{b}" for p, b, _ in CASES])
def test_phrasing_example(phrasing, before, after):
    assert before != after
    assert phrasing.apply(before) == after


def test_a_question_that_is_only_a_request_is_kept():
    assert rephrase("教えてください") == "教えてください"
    assert rephrase("R4に終了した実践項目を教えてください") == "R4に終了した実践項目"


def test_words_left_as_said():
    # One year's 自己評価 is that year's self-evaluation sheet; the largest group asked is a rule of its own;
    # 件数 after いちばん is the group's size asked, not a count said before the superlative.
    assert rephrase("R4年度の自己評価で進捗度が1の実践項目") == "R4年度の自己評価で進捗度が1の実践項目"
    assert rephrase("いちばん多く実践項目を担当している部署は") == "いちばん多く実践項目を担当している部署は"
    most_before = next(p for p in PHRASINGS if p.name == "most_before_count")
    assert most_before.apply("いちばん件数が多い年度") == "いちばん件数が多い年度"


def test_next_year_after_a_span_is_left_as_said():
    """「R2〜R5で、翌年度に…」: the end of a span is no one year that 翌年度 follows."""
    after = next(p for p in PHRASINGS if p.name == "next_year_of_year_said")
    assert after.apply("R2〜R5で、翌年度に評価が下がった") == "R2〜R5で、翌年度に評価が下がった"
    assert after.apply("R5までに終わって翌年度は") == "R5までに終わって翌年度は"


def test_only_the_phrasings_that_can_match_are_tried_and_the_result_is_the_same():
    """rephrase tries only the phrasings whose words the text holds (worked out again after a rewrite,
    which can bring a later phrasing's words in): the text comes out as applying every one in order."""
    import glob
    import json

    from assistant.text.normalize import nfkc

    def every_one(text):
        for p in PHRASINGS:
            if not p.tables_only:  # (only the tables' reader takes these: for_tables)
                text = p.apply(text)
        return text

    texts = [before for _, before, _ in CASES]
    for path in sorted(glob.glob("tests/questions/paraphrases*.jsonl"))[:20]:
        for line in open(path, encoding="utf-8"):
            texts += json.loads(line).get("turns", [])
    assert len(texts) > 1000
    for text in texts:
        assert rephrase(nfkc(text)) == every_one(nfkc(text)), text


def test_a_progress_value_of_a_year_is_no_year_of_end_or_start():
    # 「未着手の年」: the years whose progress is 未着手, no 着手年度 (m58-022)
    year_of = next(p for p in PHRASINGS if p.name == "year_of_end_or_start")
    assert year_of.apply("未着手の年が一度でもある推進事項は") == "未着手の年が一度でもある推進事項は"
    assert year_of.apply("未完了の年度がある") == "未完了の年度がある"
    assert year_of.apply("着手の年度は") == "着手年度は"


def test_grade_in_katakana_inside_a_longer_word_is_kept():
    # (グレード alone is 評価; グレードアップ is a word of its own)
    grade = next(p for p in PHRASINGS if p.name == "grade_said_in_katakana")
    assert grade.apply("グレードアップした事業") == "グレードアップした事業"


def test_degree_of_progress_and_the_committees_review_left_as_said():
    # (fixr12) 「計画以上に進んでる」 is how far, no stage moved on to (moved_on_to_stage); 「外部評価で…と判定された」
    # is the committee's review where the rows are, no score asked (committee_score_said_external)
    moved = next(p for p in PHRASINGS if p.name == "moved_on_to_stage")
    assert moved.apply("R6で計画以上に進んでる取組") == "R6で計画以上に進んでる取組"
    assert moved.apply("R6に実施中に進んだ対策") == "R6に実施中になった対策"
    external = next(p for p in PHRASINGS if p.name == "committee_score_said_external")
    assert external.apply("外部評価で廃止と判定された事業") == "外部評価で廃止と判定された事業"
    assert external.apply("外部評価が4.0以上の施策") == "委員評価が4.0以上の施策"


def test_a_start_year_of_a_plans_own_items_is_left_to_the_grade_rules():
    """「令和4年度から取り組んでいる実践項目」: no places asked, so the memo's start-year rewrite leaves it as said."""
    said = "令和4年度から取り組んでいる実践項目は?"
    assert rephrase(said) == said
