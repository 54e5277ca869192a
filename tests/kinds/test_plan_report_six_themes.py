"""An edition of the plan report whose plan has six themes (協働 left out), its section I's (参考) table naming them
in the header row over the marks: each ○ is the theme above it, and the figures and yearly grades after the sixth
theme column are read from there (not from a seventh cell). The city and its items are made up."""
from __future__ import annotations

from assistant.kinds import registry

T = "\t"
HEAD1 = T.join(["テーマ", "", "", "", "", "", "平均値", "", "", "", "合計", "総合評価", "総合評価"])
HEAD2 = T.join(["財政", "サービス", "施設", "民活", "ICT", "人材", "進捗度", "連携度", "効率性", "創造性", "", "",
                "R7", "R8", "R9", "R10", "R11"])


def _block(no: int, title: str, marks: list[str], figures: list[str], grades: list[str], item: list[str],
           score: str, remark: str) -> list[str]:
    return [f"{no} {title}", "(参考)", HEAD1, HEAD2, T.join(marks + figures + grades + ["今回"]),
            T.join(["No.", "実践項目名", "自己評価(担当部署)", "", "", "", "合計", "総合評価", "取組終了", "担当部署"]),
            T.join(["", "", "進捗度", "連携度", "効率性", "創造性"]), T.join(item),
            "委員の意見等", T.join(["委員評価", f"{score} /5", "意見", remark])]


TEXT = "\n".join([
    "架空市行政刷新プラン", "取組の有効性に関する意見書", "I 取組項目別の評価について",
    *_block(1, "自主財源の確保", ["○", "", "", "○", "", ""], ["2.0", "2.5", "2.3", "2.8", "9.6", "A"], ["A", "B", "A", "A"],
            ["1", "ふるさと納税の拡充", "3", "2", "3", "3", "11", "A", "R8", "(企)企画課"], "4.3", "・寄附が伸びた。"),
    *_block(2, "窓口サービスの再構築", ["", "○", "", "○", "○", ""], ["2.3", "2.3", "2.5", "2.3", "9.4", "B"], ["B", "B", "B", "A"],
            ["2", "書かない窓口の導入", "2", "2", "3", "2", "9", "B", "R9", "(市)市民課"], "3.9", "・待ち時間が短縮された。"),
    "II 取組の有効性について", "5 総評", "おおむね順調に進んだ。"])


def test_reference_row_reads_marks_under_the_six_themes_its_header_names():
    doc = registry.parse(TEXT, "report.pdf")
    assert doc.kind == "plan_report"
    ini = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert ini["1"]["themes"] == ["財政", "民活"] and ini["2"]["themes"] == ["サービス", "民活", "ICT"]
    assert (ini["1"]["progress"], ini["1"]["creativity"], ini["1"]["total"]) == (2.0, 2.8, 9.6)
    assert ini["2"]["self_overall"] == "B"
    assert [ini["1"][y] for y in ("r7", "r8", "r9", "r10")] == ["A", "B", "A", "A"]
    assert [ini["2"][y] for y in ("r7", "r8", "r9", "r10")] == ["B", "B", "B", "A"]
