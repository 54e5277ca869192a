"""A fact asked of a record the question names, in words no rule was written for: a title said as a verb
phrase (動物火葬場を廃止した), the reason printed only under 総括 (総合評価の理由), a figure of the kind
asked (いくら → the line with 円), a measure's units (面積 → ha), and where a case is (どこ → its title)."""
from __future__ import annotations

import pytest


def test_a_title_said_as_a_verb_phrase_names_the_record(assistant):
    answer = assistant.ask("動物火葬場を廃止した後、混乱はあった？総括の理由を教えて")
    assert answer.status == "exact" and "廃止後の混乱は生じていない" in answer.summary
    assert any(c["label"].endswith("「動物火葬場の廃止」") for c in answer.understood)


@pytest.mark.parametrize("question, field", [
    ("動物火葬場の廃止の総合評価の理由は？", "reason_overall"),
    ("動物火葬場の廃止の進捗度の理由", "reason_progress"),
])
def test_a_reason_of_a_grade_is_the_parts_field_the_filled_one_first(assistant, question, field):
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.target == "self_eval", answer.summary
    assert answer.rows[0][field] and answer.rows[0]["year"] == "総括"
    assert "記載なし" in answer.summary and answer.summary.index(answer.rows[0][field]) < answer.summary.index("記載なし")


def test_how_much_reads_first_the_named_records_line_with_an_amount(assistant):
    answer = assistant.ask("ガバメントクラウドファンディングで結局いくら集まったの？")
    assert "820万円" in answer.excerpts[0]["text"] and "820万円" in answer.summary


def test_an_area_asked_reads_first_a_line_with_an_area(assistant):
    answer = assistant.ask("公有財産の売却、5年間でどのくらいの面積が売れたの？")
    assert "8.4ha" in answer.excerpts[0]["text"]


def test_where_says_the_case_a_line_is_under(assistant):
    answer = assistant.ask("自治体クラウドで運用コストを34%削減する見込みなのはどこ？")
    assert answer.status == "search" and "群馬県" in answer.summary and "34%" in answer.summary


def test_a_concern_is_found_by_any_word_of_concern(assistant):
    answer = assistant.ask("プライバシーを心配している委員意見ある？")
    assert answer.status == "exact" and [r["key"] for r in answer.rows] == ["comment:12-5"]
    assert "疑問" in answer.rows[0]["text"] and "心配" not in answer.rows[0]["text"]


def test_a_short_word_called_an_initiative_names_it(assistant):
    answer = assistant.ask("市立病院の取組で、委員からどんな心配の声が出てた？")
    assert answer.status == "exact" and answer.target == "comment"
    assert [r["key"] for r in answer.rows] == ["comment:3-5"]


def test_one_aim_of_a_title_of_two_names_the_record(assistant):
    answer = assistant.ask("公有財産の売却で、R5にはいくら売却できた？")
    assert any("「公有財産の売却促進及び有効活用」" in c["label"] for c in answer.understood)
    assert "893,411千円" in answer.excerpts[0]["text"]
    other = assistant.ask("どの委員意見がネーミングライツに言及していますか")
    assert [r["key"] for r in other.rows] == ["comment:1-4"]  # too little of its aim: a keyword


def test_which_city_reads_first_a_line_naming_cities(assistant):
    answer = assistant.ask("SMSを活用した徴収業務の見直しで、他のどこの市に照会したの？")
    assert "旭川市" in answer.excerpts[0]["text"] and "帯広市" in answer.excerpts[0]["text"]


def test_the_program_name_said_of_the_featured_project_is_that_project(assistant):
    assistant.ask("平成27年度の市民協働推進モデル事業で紹介されている事業は？")
    answer = assistant.ask("その実施団体は？")
    assert answer.status == "exact" and answer.value == "CAP おかやま"
    assistant.reset()
    call = assistant.ask("市民協働推進モデル事業の提案のしめきりは？")
    assert call.target != "model_project"  # the call for proposals, not the featured project


def test_how_it_was_decided_reads_first_the_answer_saying_how(assistant):
    answer = assistant.ask("関係各課っていくつあって、どうやって決めたんですか")
    assert "38課" in answer.summary.replace("３８", "38")


def test_a_verb_beside_a_keyword_is_sought_in_the_text_too(assistant):
    answer = assistant.ask("総合体育館は建て替えるべきだって意見、委員から出てた？")
    assert answer.status == "exact" and [r["key"] for r in answer.rows] == ["comment:2-8"]


def test_a_verb_no_record_holds_with_the_keyword_is_said_unused(assistant):
    answer = assistant.ask("窓口を改善した実践項目")
    assert answer.status == "partial" and answer.unused == ["改善した"]


def test_naka_is_no_keyword(assistant):
    answer = assistant.ask("テーマに人材が含まれる取組項目のなかで、委員評価がいちばん低いのはどれ")
    assert answer.status == "exact" and answer.rows[0]["code"] == "21"


@pytest.mark.parametrize("first, then, value", [
    ("取組項目15番の委員評価は？", "じゃあ16番は？", 4.4),
    ("実践項目12の担当部署は？", "13は？", "(教)指導室"),
])
def test_another_number_alone_asks_the_same_of_that_record(assistant, first, then, value):
    assistant.ask(first)
    answer = assistant.ask(then)
    assert answer.status == "exact" and answer.value == value


@pytest.mark.parametrize("question, count", [
    ("ICTにも人材にも当てはまらない取組項目は何件ですか", 8),
    ("ICTにも人材にも含まれない取組項目は何件", 8),
    ("テーマにICTが該当しない取組項目は何件", 9),
])
def test_themes_said_not_to_apply_are_excluded(assistant, question, count):
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.value == count


def test_a_quoted_word_said_to_be_absent_is_excluded(assistant):
    answer = assistant.ask("取組項目10番への意見で「町内会」という言葉が出てこないのは何件？")
    assert answer.status == "exact" and answer.value == 1


def test_a_city_alone_as_chair_leaves_out_the_rotating_chairs(assistant):
    alone = assistant.ask("倉敷市だけが部会長を務めている連携事業はいくつ？（持ち回りのものは除いて）")
    assistant.reset()
    any_ = assistant.ask("倉敷市が部会長の連携事業は何件")
    assert alone.status == "exact" and alone.value == 10
    # no year, no だけ: the cells naming it alone, the rotating ones said first (not counted as certain)
    assert any_.value == 10 and any_.status == "partial" and "含めると14件" in any_.caveat


def test_the_subcommittees_a_city_chairs_are_counted_once_each(assistant, db):
    want = db.execute("SELECT count(DISTINCT subcommittee) FROM joint_project WHERE chair_city = '倉敷市'").fetchone()[0]
    answer = assistant.ask("部会長が倉敷市の部会って何個ある？")
    assert answer.value == want
    # (the rotating cells said first are those alone, not every row counted)
    assert answer.caveat.count("部会（倉敷市）") == 0
    assistant.reset()
    said = assistant.ask("部会長が倉敷市の部会って何個ある？ 納税部会は年度で変わるから除いて")
    assert said.status == "exact" and said.value == want


@pytest.mark.parametrize("question, said", [
    ("横浜市の保育所の民間移管で職員定数はどれだけ減った？", "436人"),  # a fall: the line with ▲
    ("動物火葬場の廃止のあと、低所得者にはどんな経過措置をした？", "最大4か月の預かり"),  # what was done
    ("SMSを活用した徴収業務の見直し、システムはいつから動かす予定なの？", "R8年4月"),  # R8年4月 is a month
])
def test_a_fact_of_one_record_reads_first_the_line_stating_it(assistant, question, said):
    answer = assistant.ask(question)
    assert answer.status == "search" and said in answer.excerpts[0]["text"] and said in answer.summary


def test_the_item_said_two_answers_ago_is_that_item(assistant):
    assistant.ask("実践項目N23って何でしたっけ")
    assistant.ask("それについての委員の意見を見せて")
    answer = assistant.ask("で、その実践項目のR5の評価は？")
    assert answer.status == "exact" and answer.value == "B" and [r["key"] for r in answer.rows] == ["practice:N23"]
    assistant.reset()
    assistant.ask("SMSについて言ってる委員の意見ある？")
    other = assistant.ask("その取組項目の委員評価は？")  # nothing said before it: the comments' initiative
    assert other.value == 4.2


@pytest.mark.parametrize("question, said", [
    ("苫小牧市の意見書はいつ出されたもの？", "令和7年7月30日"),
    ("動物火葬場の廃止方針を議会に報告したのはいつの委員会？", "9月議会厚生委員会"),
])
def test_when_reads_first_the_date_stating_it(assistant, question, said):
    answer = assistant.ask(question)
    assert said in answer.summary


def test_an_office_in_charge_no_record_names_is_none(assistant):
    answer = assistant.ask("子育て支援課が担当している実践項目はありますか")
    assert answer.status == "no_match" and answer.count == 0


def test_a_word_written_in_each_field_said(assistant):
    answer = assistant.ask("既に実施にも今年度予定にも研修って書いてある連携事業")
    assert answer.status == "exact" and answer.rows
    assert all("研修" in r["done"] and "研修" in r["planned"] for r in answer.rows)
