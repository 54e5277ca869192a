"""Write questions.jsonl for made28: answers computed from data.py, keys from the format layer's lines.

Run after make_documents: .venv/bin/python -m tests.questions.made28.make_questions
Only assistant.formats.to_text (file → text) is used, to learn each row's line number; the engine is not.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.formats import to_text
from tests.questions.made28 import data as d
from tests.questions.made28.make_documents import DOCS, DOCX_NAME, HTML_NAME, PDF_NAME, TXT_NAME, XLSX_NAME

OUT = Path(__file__).resolve().parent / "questions.jsonl"


def _lines(name: str) -> list[str]:
    p = DOCS / name
    return to_text(p.read_bytes(), p.name).text.splitlines()


LINES = {name: _lines(name) for name in (XLSX_NAME, DOCX_NAME, PDF_NAME, HTML_NAME, TXT_NAME)}


def key(name: str, start: str) -> str:
    """`<file>:<line>` of the first line beginning with `start` (after leading spaces)."""
    for i, line in enumerate(LINES[name], 1):
        if line.lstrip().startswith(start):
            return f"{name}:{i}"
    raise LookupError(f"{name}: no line starts with {start!r}")


T = [item for _, items in d.TOYOOKA_CHAPTERS for item in items]  # 豊岡市 取組 (xlsx)
O = d.TOYOOKA_OPINIONS  # 豊岡市 委員意見 (docx)
E = d.HITA_EVALUATIONS  # 日田市 事務事業評価 (pdf)
S = d.HITA_SUBSIDIES  # 日田市 補助金 (html)
F = d.KAGA_FACILITIES  # 加賀市 指定管理施設 (txt)


def tk(rows):
    return [key(XLSX_NAME, f"{r[0]}\t") for r in rows]


def ok(rows):
    return [key(DOCX_NAME, f"{r[0]}\t") for r in rows]


def ek(rows):
    return [key(PDF_NAME, f"{r[0]}\t") for r in rows]


def sk(rows):
    return [key(HTML_NAME, f"{r[0]}\t") for r in rows]


def fk(rows):
    return [key(TXT_NAME, r[0]) for r in rows]


def num(text: str) -> float | int:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def fiscal_year(when: str) -> int:
    """令和 fiscal year of 「令和7年3月」 (→ 6: January to March belong to the year before) or 「令和7年度中」."""
    m = re.match(r"令和(\d+)年(?:度|(\d+)月)", when)
    year, month = int(m.group(1)), m.group(2)
    return year - 1 if month and int(month) <= 3 else year


def mode_size(values) -> int:
    counts: dict = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts.values())


Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    turns = [turns] if isinstance(turns, str) else turns
    Q.append({"id": f"m28-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


X, MD, PD, HT, TX = "docs/" + XLSX_NAME, "docs/" + DOCX_NAME, "docs/" + PDF_NAME, "docs/" + HTML_NAME, "docs/" + TXT_NAME

# ---------------- 豊岡市 進捗状況 (xlsx) ----------------
q("豊岡市の行革の実施計画で、ふるさと納税の推進の担当課ってどこですか？", "table_row", "contains", ["地域振興課"],
  "1件の記録の項目（担当課）", f"{X} 取組2の担当課")
c_rows = [r for r in T if r[9] == "C"]
q("豊岡市の実施計画で進捗がCになってる取組を教えてください", "table_row", "set", tk(c_rows),
  "区分（進捗）の条件", f"{X} 進捗列がCの行（小計・合計行は除く）")
q(["豊岡市の実施計画で進捗がCになってる取組を教えてください", "そのうちデジタル推進課のは？"], "table_row", "set",
  tk([r for r in c_rows if r[2] == "デジタル推進課"]), "続きの質問（担当課で絞る）", f"{X} 進捗C かつ 担当課=デジタル推進課")
q("豊岡市の取組で、進捗が「計画以上に進んでいる」のは何件ありますか", "table_row", "count",
  sum(r[9] == "A" for r in T), "件数（凡例の言葉で区分を言う）", f"{X} 凡例 A：計画以上に進んでいる → 進捗列がAの行を数える")
q("豊岡市の令和6年度の効果額、実績の合計はいくらになりますか？（千円）", "table_row", "value",
  sum(r[11] or 0 for r in T), "合計（小計・合計行を足さない）", f"{X} 効果額 実績列の各取組の和（空欄は0）")
q("豊岡市の実施計画で、効果額の実績が計画に届かなかった取組はどれ？", "table_row", "set",
  tk([r for r in T if r[10] is not None and r[11] < r[10]]), "計画と実績の比較", f"{X} 効果額 実績 < 計画 の行（空欄の行は比べない）")
q("豊岡市のR6進捗で、実績値が目標値を上回ったものはどれですか", "table_row", "set",
  tk([r for r in T if r[7] and num(r[8]) > num(r[7])]), "目標値と実績値の比較",
  f"{X} 令和6年度 実績値 > 目標値 の行（数値どおり比べる。空欄の13・24は除く）")
q("豊岡市の実施計画で担当課ごとに数えたら、いちばん多い課は何件？", "table_row", "value",
  mode_size(r[2] for r in T), "最大のグループの大きさ", f"{X} 担当課列の件数（デジタル推進課が最多）")
q("豊岡市で令和7年度から始める取組は？", "table_row", "set", tk([r for r in T if r[3] == "R7"]),
  "開始年度の条件", f"{X} 実施期間 開始=R7 の行")
q("豊岡の計画で、令和6〜7年度のうちに終わる取組っていくつある？", "table_row", "count",
  sum(r[4] in ("R6", "R7") for r in T), "年度の範囲（終了年度）", f"{X} 実施期間 終了=R6 または R7")
q("豊岡市の実施計画のうち、2024年度に始まった取組を一覧で", "table_row", "set", tk([r for r in T if r[3] == "R6"]),
  "西暦の年度で開始年度", f"{X} 開始=R6（2024年度）の行")
q("豊岡市の取組の進捗区分ごとの件数は？", "table_row", "count", len({r[9] for r in T}),
  "分布（グループの数）", f"{X} 進捗列 A/B/C/D の4区分")
q("豊岡市の「公共施設の最適化」の章に入っている取組はどれ？", "table_row", "set",
  tk(d.TOYOOKA_CHAPTERS[2][1]), "章（結合セルの見出し行）で絞る", f"{X} 見出し行「３ 公共施設の最適化」の下の5行")
q(["豊岡市の実施計画の企業版ふるさと納税の活用って進捗どうなってます？", "それのR6の目標値は？"], "table_row", "value",
  num(next(r for r in T if r[0] == 7)[7]), "続きの質問（1件の記録の目標値）", f"{X} 取組7 令和6年度 目標値 20,000（千円）")
q("豊岡市の市債残高の抑制は何で遅れてるんでしょうか。備考を見たい", "table_row", "contains", ["災害復旧事業債"],
  "1件の記録の備考", f"{X} 取組6 備考欄")
q("豊岡市で進捗Cの取組、財政課のを除くと何件？", "table_row", "count",
  sum(r[9] == "C" and r[2] != "財政課" for r in T), "否定（除く）と件数", f"{X} 進捗C の7行から担当課=財政課の2行を除く")
q("豊岡市の実施計画で効果額が空欄になっている取組はいくつですか", "table_row", "count",
  sum(r[10] is None for r in T), "空欄セルの条件", f"{X} 効果額 計画・実績とも空欄の行")
q(["豊岡市の実施計画で人事課が担当してる取組は？", "そのうち進捗がBのものは？"], "table_row", "set",
  tk([r for r in T if r[2] == "人事課" and r[9] == "B"]), "続きの質問（区分で絞る）", f"{X} 担当課=人事課 かつ 進捗B")
q("豊岡市の取組で効果額の実績がいちばん大きいのは？", "table_row", "ordered",
  tk([max((r for r in T if r[11] is not None), key=lambda r: r[11])]), "最大の1件（順位）", f"{X} 効果額 実績の最大（小計・合計行は除く）")
q(["豊岡市の実施計画で財政課の取組は？", "その効果額の実績を合計すると？"], "table_row", "value",
  sum(r[11] or 0 for r in T if r[2] == "財政課"), "続きの質問（合計）", f"{X} 担当課=財政課 の3行の効果額実績の和（取組6は空欄）")
q("豊岡市の取組のうち、進捗がA・B以外で、開始がR5のものは何件？", "table_row", "count",
  sum(r[9] not in ("A", "B") and r[3] == "R5" for r in T), "否定（以外）と開始年度の組み合わせ", f"{X} 進捗がC/D かつ 開始=R5")

# ---------------- 豊岡市 推進委員会 会議録 (docx) ----------------
q("豊岡市の行革推進委員会の会議録で、市の対応が「検討中」になっている意見は？", "table_row", "set",
  ok([r for r in O if r[4] == "検討中"]), "区分の条件（2段見出しの表）", f"{MD} 委員意見の表 対応区分=検討中")
q("豊岡市の推進委員会の意見、対応区分でいちばん多いのは何件？", "table_row", "value",
  mode_size(r[4] for r in O), "最大のグループの大きさ", f"{MD} 対応区分の件数（反映済みが最多）")
q("豊岡市の委員会で、どの取組にも関係しない意見ってありました？", "table_row", "set",
  ok([r for r in O if not r[2]]), "空欄セルの条件", f"{MD} 関連取組が空欄の行（意見11）")
q("豊岡市の第2回行財政改革推進委員会はいつ開かれましたか", "passage", "contains", ["令和7年2月18日"],
  "文書の記載（日時）", f"{MD} 冒頭の表 日時")
q(["豊岡市の推進委員会で財政課に対する意見は？", "そのうち反映済みになったのは？"], "table_row", "set",
  ok([r for r in O if r[3] == "財政課" and r[4] == "反映済み"]), "続きの質問", f"{MD} 担当課=財政課 かつ 反映済み")
q("豊岡市で令和7年1月に地区ごとの意見交換会をやったのは、どの意見への対応でしたか？", "table_row", "set",
  ok([r for r in O if "意見交換会" in r[5]]), "本文の語と年月で探す", f"{MD} 対応方針に「意見交換会」がある行（意見6）")
q(["豊岡市の委員会でデジタル推進課あての意見は何件？", "そのうち検討中のは？"], "table_row", "set",
  ok([r for r in O if r[3] == "デジタル推進課" and r[4] == "検討中"]), "続きの質問（件数の後に区分）",
  f"{MD} 担当課=デジタル推進課 かつ 検討中（意見8）")
q("豊岡市の委員会の意見で、対応時期が令和6年度中のものはどれですか", "table_row", "set",
  ok([r for r in O if fiscal_year(r[6]) == 6]), "暦の年月を年度に（令和7年1〜3月は令和6年度）",
  f"{MD} 委員意見の表 対応時期が令和6年4月〜令和7年3月")

# ---------------- 日田市 事務事業評価 (pdf, 2ページにまたがる表) ----------------
q("日田市の事務事業評価で評価がDの事業はどれですか", "table_row", "set", ek([r for r in E if r[5] == "D"]),
  "区分の条件（2ページにまたがる表）", f"{PD} 評価列がD（2ページ目の40を含む）")
q("日田市の事務事業評価、今後の方向性が「拡充」の事業は何件？", "table_row", "count", sum(r[6] == "拡充" for r in E),
  "区分の件数", f"{PD} 今後の方向性=拡充")
q(["日田市の事務事業評価、今後の方向性が「拡充」の事業は何件？", "そのうち評価がA以外のは？"], "table_row", "set",
  ek([r for r in E if r[6] == "拡充" and r[5] != "A"]), "続きの質問（否定）", f"{PD} 拡充 かつ 評価≠A")
q("日田市の事業で、決算額が1億円以上のものはいくつ？", "table_row", "count", sum(r[3] >= 100000 for r in E),
  "単位の換算（千円と億円）", f"{PD} 決算額（千円）≥100,000")
q("日田市の事務事業で、達成率が80％みまんの事業は何件ありますか", "table_row", "count",
  sum(r[4] is not None and r[4] < 80 for r in E), "数値の条件（－は除く）", f"{PD} 達成率 < 80.0")
q("日田市の評価結果一覧で観光課の事業の決算額の平均は？", "table_row", "value",
  round(sum(r[3] for r in E if r[2] == "観光課") / sum(r[2] == "観光課" for r in E), 1), "課で絞った平均",
  f"{PD} 所管課=観光課の3行の決算額の平均（千円）")
q("日田市の学校教育課の事業、令和5年度決算の合計はいくら？", "table_row", "value",
  sum(r[3] for r in E if r[2] == "学校教育課"), "合計（2ページ目の行）", f"{PD} 所管課=学校教育課（41・42）の和")
q("日田市の公民館講座事業って、今後どうする方針になってますか", "table_row", "value",
  next(r[6] for r in E if r[0] == 39), "1件の記録の項目（2ページ目の先頭）", f"{PD} No.39 今後の方向性")
q("日田市の事務事業で成果指標が設定されてない事業は？", "table_row", "set", ek([r for r in E if r[4] is None]),
  "注記の「－」の意味", f"{PD} 達成率が「－」の行（注記：成果指標を設定していない事業）")
q("日田市の事業で評価がCで、方向性が改善のものを教えて", "table_row", "set",
  ek([r for r in E if r[5] == "C" and r[6] == "改善"]), "2つの条件", f"{PD} 評価C かつ 改善")
q("日田市で縮小・休止・廃止のどれかになった事業はどれ？", "table_row", "set",
  ek([r for r in E if r[6] in ("縮小", "休止", "廃止")]), "いずれかの値（または）", f"{PD} 今後の方向性が縮小/休止/廃止")
q(["日田市の事務事業評価でこども未来課の事業は？", "そのうち方向性が拡充のは？", "それの決算額は？"], "table_row", "value",
  next(r[3] for r in E if r[2] == "こども未来課" and r[6] == "拡充"), "3回の会話の続き（1件の項目）",
  f"{PD} こども未来課 かつ 拡充 → No.31 決算額")

# ---------------- 日田市 補助金見直し (html, rowspan) ----------------
q("日田市の補助金見直しで廃止になる補助金はどれ？", "table_row", "set", sk([r for r in S if r[6] == "廃止"]),
  "区分の条件", f"{HT} 見直し区分=廃止")
q(["日田市で縮減になった補助金は何件ですか", "そのうち観光課のは？"], "table_row", "set",
  sk([r for r in S if r[6] == "縮減" and r[2] == "観光課"]), "続きの質問（結合セルの課）", f"{HT} 縮減 かつ 所管課=観光課（rowspan）")
q("日田市の補助金、令和7年度の予算額を全部足すといくら？", "table_row", "value", sum(r[5] or 0 for r in S),
  "合計（合計行を足さない）", f"{HT} 令和7年度予算額（「－」は0）の和")
q("日田市の観光課の補助金を全部教えてくだい", "table_row", "set", sk([r for r in S if r[2] == "観光課"]),
  "結合セル（rowspan）の課で絞る・誤字", f"{HT} 所管課=観光課の4行（セルは1行目にだけある）")
q("日田市の長寿福祉課の補助金、R6の交付額は合わせていくら？", "table_row", "value",
  sum(r[4] for r in S if r[2] == "長寿福祉課"), "結合セルの課で合計", f"{HT} 所管課=長寿福祉課（3・4）の令和6年度交付額の和")
q("日田市の補助金で、令和7年度の予算が前の年より増えたのは？", "table_row", "set",
  sk([r for r in S if r[5] is not None and r[5] > r[4]]), "2つの年度の比較", f"{HT} 令和7年度予算額 > 令和6年度交付額")
q("日田市の敬老会の補助金はどう見直されたんですか", "table_row", "contains", ["77歳以上"],
  "1件の記録の項目（見直し内容）", f"{HT} No.4 見直し内容")
q("日田市の補助金で、継続以外の見直しがされたものは何件？", "table_row", "count", sum(r[6] != "継続" for r in S),
  "否定（以外）の件数", f"{HT} 見直し区分≠継続")
q(["日田市の補助金見直しで、商工労政課のは？", "そのうち廃止は？"], "table_row", "set",
  sk([r for r in S if r[2] == "商工労政課" and r[6] == "廃止"]), "続きの質問", f"{HT} 商工労政課 かつ 廃止（No.11）")

# ---------------- 加賀市 行革だより (txt) ----------------
q("行革だより第12号で、指定管理施設の評価がCだったところは？", "table_row", "set", fk([r for r in F if r[2] == "C"]),
  "資料名で指す・空白でそろえた表の区分", f"{TX} 指定管理施設の表 評価=C")
q("加賀市体育協会が指定管理者になっている施設はいくつありますか", "table_row", "count", sum(r[1] == "加賀市体育協会" for r in F),
  "値（指定管理者）の件数", f"{TX} 指定管理者=加賀市体育協会")
q("加賀市の指定管理施設で利用者がいちばん多かったのはどこ？", "table_row", "contains", [max(F, key=lambda r: r[3])[0]],
  "最大の1件（空白でそろえた表）", f"{TX} 利用者数（人）の最大")
q("加賀市の指定管理施設のうち、利用者数が前年度を下回ったのは何施設？", "table_row", "count", sum(r[4] < 100 for r in F),
  "前年度比100%未満", f"{TX} 前年度比 < 100.0%")
q(["加賀市の指定管理施設で評価がSかAのところは？", "そのうち利用者が5万人以上のは？"], "table_row", "set",
  fk([r for r in F if r[2] in ("S", "A") and r[3] >= 50000]), "続きの質問（数値の条件）", f"{TX} 評価S/A かつ 利用者数≥50,000")
q(["加賀市の行革だよりに載ってる今年度の主な取組は？", "ごみ収集ルートのはどこの課の担当ですか"], "item", "contains", ["環境課"],
  "続きの質問（番号付き項目の担当課）", f"{TX} 今年度の主な取組 4．（担当：環境課）")
q("加賀市で施設の使用料が変わるのはいつからですか", "passage", "contains", ["令和8年4月"],
  "本文の記載（日付）", f"{TX} 今年度の主な取組 3．使用料の見直し")

# ---------------- 無い自治体・無い資料 ----------------
q("姫路市の事務事業評価で評価がDの事業は何件？", "table_row", "count", 0,
  "資料にない自治体（正直に0件と答える）", "姫路市の資料はこのセットにない")
q("日田市の指定管理施設の評価で、Cになった施設はいくつ？", "table_row", "count", 0,
  "ある自治体の、無い資料（加賀市の表で答えない）", "日田市の資料は事務事業評価と補助金見直しだけ。指定管理施設の評価は加賀市")
q("加賀市の補助金見直し一覧で廃止になった補助金は何件？", "table_row", "count", 0,
  "ある自治体の、無い資料（日田市の表で答えない）", "加賀市の資料は行革だよりだけ。補助金見直し一覧は日田市")


def main() -> None:
    assert len({q_["id"] for q_ in Q}) == len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for item in Q:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(Q), "questions;", sum(len(x["turns"]) > 1 for x in Q), "follow-ups")


if __name__ == "__main__":
    main()
