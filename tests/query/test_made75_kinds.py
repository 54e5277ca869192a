"""Kinds of document the fresh holdout made75 found misread, in small documents of a made-up town whose words,
codes and years are not made75's: a plan report of a grid table per item (項目番号 │ code │ 所管課 │ dept, yearly marks
of a ◎○△× legend, 達成状況, 完了年度 「継続」), a committee's workbook of points and an overall letter beside a table of
its members' opinions, a newsletter of ＝＝＝ 第N号 ＝＝＝ issues with 【見出し】 articles. Each test names the value a
wrong reading would miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"


def _card(code: str, dept: str, group: str, name: str, marks: list[str], achieved: str, done: str) -> list[str]:
    rows = [T.join(["項目番号", code, "所管課", dept]), T.join(["基本方針", group]), T.join(["項目名", name]),
            T.join(["年度", "評価", "実績"])]
    for n, mark in zip(range(8, 11), marks):
        text = "（令和9年度追加項目のため対象外）" if mark == "－" and code.endswith("③") else "計画どおり取り組んだ。"
        rows.append(T.join([f"令和{n}年度", mark, text]))
    return rows + [T.join(["達成状況", achieved, "完了年度", done])]


PLAN = "\n".join([
    "青鷺町行財政改革実行計画",
    "実施結果報告書（計画期間：令和8年度～令和10年度）",
    "本報告書は、実行計画に掲げた推進項目ごとに各年度の評価をまとめたものである。推進項目の番号は方針順に付している。",
    "評価の区分",
    T.join(["評価", "内容"]),
    T.join(["◎", "計画を上回って進んだ"]),
    T.join(["○", "計画どおり進んだ"]),
    T.join(["△", "計画より遅れた"]),
    T.join(["×", "未実施"]),
    "",
    *_card("Ⅰ-1-①", "住民課", "Ⅰ 窓口の改善 ／ 施策1 受付の見直し", "休日窓口の開設", ["○", "◎", "◎"], "達成", "令和10年度"),
    *_card("Ⅰ-1-②", "税務課", "Ⅰ 窓口の改善 ／ 施策1 受付の見直し", "納付書の電子化", ["△", "○", "△"], "未達成", "継続"),
    *_card("Ⅰ-1-③", "税務課", "Ⅰ 窓口の改善 ／ 施策1 受付の見直し", "スマホ決済の導入", ["－", "◎", "○"], "一部達成", "継続"),
    *_card("Ⅱ-1-①", "人事課", "Ⅱ 組織の見直し ／ 施策1 定員の管理", "定員適正化", ["◎", "○", "○"], "達成", "令和9年度"),
    *_card("Ⅱ-1-②", "人事課", "Ⅱ 組織の見直し ／ 施策1 定員の管理", "研修の再編", ["○", "○", "○"], "一部達成", "継続"),
    ""])

COMMITTEE = "\n".join([
    "令和11年度 青鷺町行財政改革推進懇談会 評価結果",
    "",
    T.join(["方針", "名称", "妥当性", "有効性", "効率性", "総合"]),
    T.join(["Ⅰ", "窓口の改善", "4", "4", "3", "A"]),
    T.join(["Ⅱ", "組織の見直し", "3", "2", "3", "C"]),
    T.join(["Ⅲ", "財政の健全化", "5", "4", "4", "S"]),
    "",
    "※ 総合はS（特に優れている）・A（優れている）・B（おおむね妥当）・C（改善が必要）の4段階。",
    "",
    T.join(["方針", "委員", "意見"]),
    T.join(["Ⅰ", "山本会長", "休日窓口の利用状況を公表してほしい。"]),
    T.join(["Ⅱ", "佐藤委員", "研修の効果を測る指標が必要である。"]),
    T.join(["Ⅲ", "山本会長", "基金の残高推移を示すこと。"]),
    ""])

NEWS = "\n".join([
    "行革あおさぎ便り（青鷺町 職員向け）",
    "",
    "＝＝＝ 第1号（令和9年5月） ＝＝＝",
    "",
    "【休日窓口を始めました】",
    "令和9年4月から日曜日の午前に休日窓口を開き、最初の1か月で延べ318人が利用しました。",
    "",
    "＝＝＝ 第2号（令和9年11月） ＝＝＝",
    "",
    "【スマホ決済を導入】",
    "税務窓口でスマホ決済を始めました。導入から3か月の利用は1,042件でした。",
    "",
    "【研修を再編しました】",
    "階層別研修を見直し、受講者は延べ205人でした。",
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made75_kinds")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "committee.txt").write_text(COMMITTEE, encoding="utf-8")
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    return assistant_over(folder)


def test_grid_cards_read_as_practice_items(town):
    rows = {r["code"]: r for r in town.db.query("SELECT code, departments, achievement, state, ended, added, r8, initiative "
                                                  "FROM practice")}
    assert set(rows) == {"I-1-1", "I-1-2", "I-1-3", "II-1-1", "II-1-2"}
    assert rows["I-1-2"]["achievement"] == "未達成" and rows["I-1-2"]["state"] == "継続" and not rows["I-1-2"]["ended"]
    assert rows["I-1-3"]["added"] == "R9" and rows["I-1-3"]["r8"] == "-"  # (a dash is no grade)
    assert rows["II-1-1"]["ended"] == "R9" and rows["II-1-1"]["initiative"] == "II"


def test_added_items_and_the_year_with_most_marks(town):
    added = ask(town, "青鷺町の実行計画で、途中から追加された推進項目は？")
    assert [r["key"] for r in added.rows] == ["practice:I-1-3"]
    most = ask(town, "青鷺町の実行計画で、◎がいちばん多くついた年度は？")
    assert most.value == "令和9年度"  # (R9: 2, R8: 1, R10: 1)
    change = ask(town, "青鷺町の実行計画で◎の件数は令和8年度から令和9年度でいくつ増えた？")
    assert change.value == 1


def test_groups_holding_an_unachieved_item_and_a_code_said(town):
    held = ask(town, "青鷺町の実行計画で、未達成の推進項目を抱えている方針はどれ？")
    assert {r["code"] for r in held.rows} == {"I"}
    dept = ask(town, "青鷺町の実行計画のⅡ-1-②ってどこの課？")
    assert dept.value == "人事課" or "人事課" in dept.summary


def test_committee_letters_and_opinions(town):
    lacking = ask(town, "青鷺町の懇談会で山本会長が意見を出していない方針は？")
    assert {r["code"] for r in lacking.rows} == {"II"}  # (he spoke of Ⅰ and Ⅲ)
    row = town.db.query("SELECT judgement, judgement_scale, efficiency FROM initiative WHERE code = 'III' "
                        "AND source = 'committee.txt'").__next__()
    assert row["judgement"] == "S" and row["efficiency"] == 4


def test_newsletter_issues_and_a_figure_of_the_article_named(town):
    articles = town.db.query("SELECT code, title FROM article ORDER BY code")
    assert [r["title"] for r in articles] == ["休日窓口を始めました", "スマホ決済を導入", "研修を再編しました"]
    figure = ask(town, "行革あおさぎ便りでスマホ決済の記事は何号？", "その記事だと導入から3か月の利用は何件？")
    assert figure.value == 1042 and figure.status == "search"
