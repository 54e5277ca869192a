"""The small readings added for made79's generic documents (a repeated header label, △ as a rise by
its legend, a fixed-width header's second line, 「見直しの対象」, a figure in the unit asked, a speaker)."""
from __future__ import annotations

from assistant.formats.plain import fixed_width_tables
from assistant.kinds.generic.repeated_labels import distinct
from assistant.query.answer import Answer
from assistant.query.speaker_asked import _TURN
from assistant.query.tables.sign_legend import signed_by_legend, triangle_rises
from assistant.query.tables.subject_of import subject_of_table
from assistant.query.unit_asked import in_unit_asked


def test_repeated_label_named_after_its_column():
    assert distinct(["施策", "満足度(%)", "前回比", "重要度(%)", "前回比"]) == \
        ["施策", "満足度(%)", "満足度前回比", "重要度(%)", "重要度前回比"]
    assert distinct(["施策", "満足度", "重要度"]) == ["施策", "満足度", "重要度"]


def test_triangle_as_a_rise_only_where_the_legend_says_so():
    assert triangle_rises("【凡例】前回比は差です。△は上昇、▲は低下を示します。")
    assert not triangle_rises("△は減少を示す")
    assert signed_by_legend({"前回比": "△2.1", "名": "△印"}) == {"前回比": "+2.1", "名": "△印"}


def test_fixed_width_header_second_line_joined_to_its_label():
    text = "\n".join([
        "区分            台数    年度        備考",
        "                        （西暦）",
        "----------------------------------------",
        "乗用車            18    2025        更新",
        "貨物車            35    2026        ",
        "二輪車            20    2025～2026  電動",
    ])
    lines = fixed_width_tables(text).split("\n")
    assert lines[0].split("\t") == ["区分", "台数", "年度（西暦）", "備考"]
    assert lines[1] == "---"
    assert lines[3].split("\t")[:3] == ["乗用車", "18", "2025"]


def test_subject_of_the_documents_own_word():
    assert subject_of_table("対象", "市民生活部で見直しの対象になってる補助金って何件？", "補助金等の見直し結果")
    assert not subject_of_table("対象", "市民生活部で監査の対象になってる補助金って何件？", "補助金等の見直し結果")


def test_figure_in_the_unit_asked():
    a = Answer(question="q", value="1,480万円")
    in_unit_asked("年間いくら縮減できる見込みですか（万円）", a)
    assert a.value == 1480
    b = Answer(question="q", value="1,480万円")
    in_unit_asked("年間いくら縮減できる見込みですか（千円）", b)
    assert b.value == "1,480万円"


def test_speaker_turn():
    assert _TURN.match("樋渡委員：継続となった補助金").group("name") == "樋渡"
    assert _TURN.match("委員長：以上で") is None or not _TURN.match("委員長：以上で").group("name")
