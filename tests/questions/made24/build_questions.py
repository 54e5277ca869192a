"""Write made24/questions.jsonl; every answer is computed or asserted from make_documents' tables and the lines
the format layer (assistant.formats.to_text, not the engine) makes of the docs.

Run from the project root after make_documents: `python -m tests.questions.made24.build_questions`.
"""
import json
from collections import Counter
from pathlib import Path
from statistics import mean
from assistant.formats import to_text
from tests.questions.made24 import make_documents as M

DOCS = Path("tests/questions/made24/docs")
X = "三条市_行財政改革実施計画_進捗状況.xlsx"
T = "三条市_行革だより_第8号.txt"
D = "小田原市_事務事業評価結果報告書_令和6年度.docx"
H = "小田原市_行政改革推進計画_取組状況.html"
P = "鳴門市_補助金見直し一覧_令和7年度.pdf"
LINES = {f: to_text((DOCS / f).read_bytes(), f).text.splitlines() for f in (X, T, D, H, P)}

def key(f, first_cell, after=0):
    """Key of the line whose first tab cell is first_cell (after line `after`)."""
    for i, l in enumerate(LINES[f], 1):
        if i > after and l.split("\t")[0].strip() == str(first_cell):
            return f"{f}:{i}"
    raise KeyError((f, first_cell))

R5_START = LINES[X].index(next(l for l in LINES[X] if "令和5年度（2023年度）" in l)) + 1
def x6(no): return key(X, no)
def x5(no): return key(X, no, R5_START)
def d(code): return key(D, code)
def h(no): return key(H, no)
def p(no): return key(P, no)

R6 = M.SANJO_R6; R5 = M.SANJO_R5
EV = [r for rows in M.ODAWARA_EVAL.values() for r in rows]
DEPT_OF = {r[0]: dep for dep, rows in M.ODAWARA_EVAL.items() for r in rows}
PL = [r for rows in M.ODAWARA_PLAN.values() for r in rows]
POLICY_OF = {r[0]: pol for pol, rows in M.ODAWARA_PLAN.items() for r in rows}
NS = M.NARUTO_SUBSIDIES

Q = []
def q(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str): turns = [turns]
    Q.append({"id": f"m24-{len(Q)+1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})

# ---- 三条市 workbook (sheet per fiscal year, two-row header, merged 基本方針, blank cells, 合計 row)
assert [r[3] for r in R6 if r[2] == "ふるさと納税の拡充"] == ["地域経営課"]
q("三条市の実施計画で、ふるさとのうぜいの拡充のたんとう課はどこですか？", "table_row", "value", "地域経営課",
  "1件の記録の項目の値（かな書き）", f"{X} 令和6年度シート 番号2 担当課（令和5年度シートも同じ）")
s = [x6(r[0]) for r in R6 if r[6] == "△"]
q("三条市の令和6年度の進捗で△になってる取組は？", "table_row", "set", s,
  "記号の状態での絞り込み（年度ごとのシート）", f"{X} 令和6年度シート 進捗=△ の番号3,5,9,12")
q("三条市　R6で計画以上に進んでる取組って何件ありますか", "table_row", "count", sum(r[6] == "◎" for r in R6),
  "凡例の語（計画以上=◎）での件数", f"{X} 令和6年度シート 進捗=◎ 番号1,2,6")
assert sum(r[5] or 0 for r in R6) == 170620
q("三条市の2024年度の効果額の実績、合計でいくらになりますか？", "table_row", "value", 170620,
  "合計（合計行は足さない。2024年度=令和6年度シート）", f"{X} 令和6年度シート 実績列の和（合計行の値と一致）")
s = [x6(r[0]) for r in R6 if r[4] is not None and r[5] > r[4]]
q("三条市の令和6年度で、実績が計画を上回った取組はどれ？", "table_row", "set", s,
  "計画値と実績値の比較（2段見出しの 効果額/計画・実績）", f"{X} 令和6年度シート 実績>計画 の番号1,2,4,6")
s = [x6(r[0]) for r in R6 if r[3] == "財務課" and r[6] == "△"]
q(["三条市の令和6年度の財務課の取組を教えて", "そのうち遅れているのは？"], "table_row", "set", s,
  "続きの質問（担当課の条件を保ち、凡例の「遅れ」=△）", f"{X} 令和6年度シート 財務課 番号3,6,7 のうち△の番号3")
c5 = Counter(r[3] for r in R5)
top = c5.most_common(2); assert top[0][1] > top[1][1]
q("三条市の令和5年度の進捗状況で、取組がいちばん多い担当課は何件？", "table_row", "value", top[0][1],
  "最大のグループの大きさ", f"{X} 令和5年度シート 財務課 番号3,6,7 の3件（人事課・デジタル推進課は2件）")
q("三条市　令和5年度の進捗の◎○△×ごとの件数を教えてください", "table_row", "count", len(set(r[6] for r in R5)),
  "分布（グループの数を数える）", f"{X} 令和5年度シート ◎3 ○6 △2 ×1 の4区分")
q("三条市の窓口のワンストップ化って、R6の進捗はどうなってる？", "table_row", "contains", ["窓口のワンストップ化", "×"],
  "1件の記録の年度指定の値", f"{X} 令和6年度シート 番号10 進捗× 備考 令和7年度着手予定")
s = [x6(r[0]) for r in R6 if r[4] is None]
q("三条市の令和6年度で効果額の計画が空欄になってる取組は？", "table_row", "set", s,
  "空欄セルの条件", f"{X} 令和6年度シート 計画が空欄の番号8,10,13")
v = sum(r[5] for r in R6 if r[1] == "歳入の確保"); assert v == 85220
q(["三条市の令和6年度の歳入の確保の取組は？", "それの効果額実績の合計は？"], "table_row", "value", v,
  "続きの質問での合計（結合セルの基本方針での絞り込み）", f"{X} 令和6年度シート 基本方針=歳入の確保 番号1-4 実績 21,500+52,300+9,800+1,620")
assert [r[5] for r in R5 if r[2] == "未利用市有地の売却"] == [22400]
q("三条市の令和5年度の未利用市有地の売却の実績額はいくら？", "table_row", "value", 22400,
  "古い年度のシートの1件の値", f"{X} 令和5年度シート 番号3 実績")
q("三条市の時間外勤務の縮減、令和5年度は○だったけど令和6年度の進捗は？", "table_row", "contains", ["時間外勤務の縮減", "△"],
  "年度をまたぐ比較の文で新しい年度の値を聞く", f"{X} 令和6年度シート 番号12 進捗△（令和5年度は○）")
s = [x6(r[0]) for r in R6 if r[6] not in ("◎", "○")]
q("三条市のR6、◎と○以外の取組はどれですか", "table_row", "set", s,
  "否定（以外）", f"{X} 令和6年度シート 進捗が△か×の番号3,5,9,10,12")
s = [x6(r[0]) for r in R6 if r[6] == "○" and r[3] != "デジタル推進課"]
q("三条市の令和6年度で、デジタル推進課を除いて進捗が○の取組は？", "table_row", "set", s,
  "否定（除く）と状態の組み合わせ", f"{X} 令和6年度シート ○の番号4,7,8,11,13 から番号8（デジタル推進課）を除く")
v = mean(r[4] for r in R6 if r[4] is not None); assert v == 18850
q("三条市の令和6年度、効果額の計画の平均はいくら？", "table_row", "value", 18850,
  "平均（空欄は数えない）", f"{X} 令和6年度シート 計画の10件 188,500/10")
s = [x6(r[0]) for r in R6 if r[4] is not None and r[4] >= 10000 and r[5] < r[4]]
q(["三条市の令和6年度で計画額が10,000千円以上の取組は？", "そのうち実績が計画に届かなかったものは？"], "table_row", "set", s,
  "続きの質問（数値条件を保ち計画と実績を比較）", f"{X} 令和6年度シート 計画≥10,000 の番号1,2,3,5,6,11 のうち 実績<計画 の番号3,5")
best = max(R6, key=lambda r: r[5] or 0); assert best[2] == "ふるさと納税の拡充"
q("三条市　R6で実績額がいちばん大きかった取組は？", "table_row", "contains", ["ふるさと納税の拡充"],
  "最大値の記録", f"{X} 令和6年度シート 番号2 実績52,300")
s = [x6(r[0]) for r in R6 if r[7] and "新規" in r[7]]
q("三条市の令和6年度の取組で、備考に「新規」ってあるのはどれ？", "table_row", "set", s,
  "備考の語での絞り込み", f"{X} 令和6年度シート 番号13 備考 令和6年度新規")

# ---- 三条市 行革だより (text)
q(["三条市の行革だよりで、推進委員会の意見を見せて", "RPAについてはなんて言ってる？"], "item", "contains", ["時間の削減量"],
  "続きの質問で番号付きの意見の本文", f"{T} 23行 （２）ＲＰＡは…時間の削減量を公表してはどうか")
q("三条市の行財政改革推進委員会（令和7年2月）で、窓口のワンストップ化について出た意見は？", "item", "contains", ["着手の時期"],
  "番号付きの意見を語で探す", f"{T} 25行 （４）")
q("三条市の職員提案で最優秀賞をとったのはどんな提案？", "passage", "contains", ["公用車の予約"],
  "本文の記載", f"{T} 30行 最優秀賞「公用車の予約をオンライン化」")
q("三条市の行革だより第8号によると、令和6年度の職員提案は何件あった？", "passage", "value", 42,
  "本文に書かれた件数（表ではない）", f"{T} 29行 職員から42件の提案")
q("三条市の行財政改革推進委員会の意見はいくつ出てますか", "item", "count", 4,
  "番号付きの項目の件数", f"{T} 22-25行 （１）～（４）")

# ---- 小田原市 事務事業評価 (Word, one table per 部, 部計 lines)
assert [r[4] for r in EV if r[1] == "移住定住促進事業"] == ["A"]
q("小田原市の事務事業評価で、移住定住促進事業の評価は？", "table_row", "value", "A",
  "1件の記録の項目の値（部ごとの表）", f"{D} K-02 評価")
s = [d(r[0]) for r in EV if r[4] == "C"]
q("小田原市の事務事業評価でC評価の事業を教えてください", "table_row", "set", s,
  "評価での絞り込み（4つの表にまたがる）", f"{D} 評価=C の K-03, S-04, F-01, E-03")
v = sum(r[3] for r in EV if DEPT_OF[r[0]] == "総務部"); assert v == 126930
q(["小田原の事務事業評価で総務部の事業は？", "決算額を合計するといくら？"], "table_row", "value", v,
  "続きの質問での合計（部は表の見出し、部計の行は足さない）", f"{D} （2）総務部の表 S-01～S-04 決算額の和（総務部計と一致）")
assert [r[2] for r in EV if r[5] == "廃止"] == ["高齢介護課"]
q("小田原市の事務事業評価で、今後の方向性が廃止の事業の担当課は？", "table_row", "value", "高齢介護課",
  "条件で1件に絞った記録の項目", f"{D} F-03 敬老祝品贈呈事業 担当課")
q("小田原市の事務事業評価結果報告書で、評価ごとの事業数を教えて", "table_row", "count", len(set(r[4] for r in EV)),
  "分布（グループの数を数える。資料名で指定）", f"{D} A3 B5 C4 D1 の4区分")
best = max(EV, key=lambda r: r[3]); assert best[1] == "庁舎維持管理事業"
q("小田原市の事務事業評価で、決算額がいちばん多い事業は？", "table_row", "contains", ["庁舎維持管理事業"],
  "最大値の記録", f"{D} S-02 112,600千円")
q("小田原市の事務事業評価で決算額が1千万円以上の事業は何件？", "table_row", "count", sum(r[3] >= 10000 for r in EV),
  "単位の換算（1千万円=10,000千円）と数値条件", f"{D} K-01, K-02, S-02, F-01, F-03 の5件")
q(["小田原市の事務事業評価で、拡充か継続の事業は？", "そのうち評価がBなのは何件？"], "table_row", "count",
  sum(r[5] in ("拡充", "継続") and r[4] == "B" for r in EV),
  "続きの質問（OR条件を保って件数）", f"{D} 拡充・継続の7件のうち評価B の S-01, S-02, F-02, E-02")
s = [d(r[0]) for r in EV if r[2] == "高齢介護課"]
q("小田原市の事務事業評価、高齢介護課の事業は？", "table_row", "set", s,
  "担当課での絞り込み", f"{D} F-01, F-03")
q("小田原市の福祉健康部で、評価がA以外の事業は何件ありますか", "table_row", "count",
  sum(DEPT_OF[r[0]] == "福祉健康部" and r[4] != "A" for r in EV),
  "否定（以外）と部（表の見出し）", f"{D} （3）福祉健康部 F-01 C, F-02 B, F-03 D")
v = sum(r[3] for r in EV if r[2] == "企画政策課"); assert v == 25300
q(["小田原市の事務事業評価で企画政策課の事業は？", "それの決算額の合計は？"], "table_row", "value", v,
  "続きの質問での合計", f"{D} K-02 15,880 + K-03 9,420")
v = round(mean(r[3] for r in EV if DEPT_OF[r[0]] == "環境部"), 2); assert abs(v - 3843.33) < 0.01
q("小田原市の事務事業評価で、環境部の事業の決算額の平均は？", "table_row", "value", 3843.33,
  "平均（部は表の見出し）", f"{D} （4）環境部 E-01～E-03 11,530/3")
q("小田原市で事務事業評価の対象になった事業はいくつ？", "table_row", "count", len(EV),
  "件数（部計の行は数えない）", f"{D} 4つの表の13行（本文にも4部13事業）")

# ---- 小田原市 行政改革推進計画 取組状況 (HTML, status labels, a table per 基本方針)
s = [h(r[0]) for r in PL if r[4] == "遅れ"]
q("小田原市の行革計画で遅れている取組は？", "table_row", "set", s,
  "状態ラベルでの絞り込み", f"{H} 状況=遅れ No.4, 9, 11")
q("小田原市の行政改革推進計画の取組、完了したのは何件ですか", "table_row", "count", sum(r[4] == "完了" for r in PL),
  "状態ラベルの件数", f"{H} 状況=完了 No.3, 6, 7")
assert [r[2] for r in PL if r[1] == "窓口予約システムの導入"] == ["市民課"]
q("小田原市の窓口予約システムの導入の所管課は？", "table_row", "value", "市民課",
  "1件の記録の項目の値", f"{H} No.8 所管課")
s = [h(r[0]) for r in PL if r[3].startswith("令和7年度")]
q(["小田原市の行政改革推進計画の取組を一覧で", "令和7年度から始まるものは？"], "table_row", "set", s,
  "続きの質問（期間の開始年度）", f"{H} 取組期間が令和7年度～ の No.8, 12")
s = [h(r[0]) for r in PL if POLICY_OF[r[0]].startswith("基本方針2") and r[4] != "完了"]
q("小田原市の行政改革推進計画で、デジタル化の基本方針の取組のうち完了してないものは？", "table_row", "set", s,
  "否定（〜ない）と見出しの基本方針", f"{H} 基本方針2 No.5 実施中, No.8 未着手")
s = [h(r[0]) for r in PL if r[2] == "行政管理課"]
q("小田原市の行革の取組で行政管理課が担当してるのはどれ？", "table_row", "set", s,
  "所管課での絞り込み", f"{H} No.10, 12")
s = [h(r[0]) for r in PL if r[3].endswith("令和7年度")]
q("小田原市の取組状況で、令和7年度に終わる予定の取組はどれ？", "table_row", "set", s,
  "期間の終了年度", f"{H} 取組期間が～令和7年度 の No.1, 5, 10, 11")
s = [h(r[0]) for r in PL if r[4] == "実施中" and POLICY_OF[r[0]].startswith("基本方針1")]
q(["小田原市の行政改革推進計画で実施中の取組は？", "そのうち財政運営の基本方針のものは？"], "table_row", "set", s,
  "続きの質問（状態を保ち見出しで絞る）", f"{H} 実施中 No.1, 2, 5, 10 のうち 基本方針1 の No.1, 2")
cp = Counter(r[4] for r in PL); top = cp.most_common(2); assert top[0][1] > top[1][1]
q("小田原市の行政改革推進計画、状況ごとの件数でいちばん多いのは何件？", "table_row", "value", top[0][1],
  "最大のグループの大きさ", f"{H} 実施中4（完了3 遅れ3 未着手1 検討中1）")
s = [h(r[0]) for r in PL if r[4] == "検討中"]
q("令和7年3月末の時点で、小田原市の取組で検討中になってるのは？", "table_row", "set", s,
  "暦月の日付（令和7年3月末=令和6年度末の資料）と状態", f"{H} 令和7年3月31日時点 状況=検討中 No.12")

# ---- 鳴門市 補助金見直し一覧 (PDF, table continued on page 2 with repeated header, 合計 row)
s = [p(r[0]) for r in NS if r[5] == "廃止"]
q("鳴門市の補助金見直しで廃止になる補助金は？", "table_row", "set", s,
  "区分での絞り込み（2ページにまたがる表）", f"{P} 見直し区分=廃止 No.8, 14, 26")
q(["鳴門市の補助金で縮小になるのは？", "それは何件？"], "table_row", "count", sum(r[5] == "縮小" for r in NS),
  "続きの質問での件数", f"{P} 見直し区分=縮小 No.3, 4, 6, 12, 15, 18, 25")
assert sum(r[4] for r in NS) == 239400
q("鳴門市の補助金で令和7年度の予算額の合計はいくら？", "table_row", "value", 239400,
  "合計（合計行は足さない。R7予算額の列を令和7年度で指す）", f"{P} R7予算額の和（合計行と一致）")
s = [p(r[0]) for r in NS if r[2] == "商工政策課"]
q(["鳴門市の補助金見直し一覧を見せて", "商工政策課のは？"], "table_row", "set", s,
  "続きの質問（ページをまたぐ記録）", f"{P} 所管課=商工政策課 No.3（1ページ）, 25, 26（2ページ）")
s = [p(r[0]) for r in NS if r[4] > r[3]]
q("鳴門市の補助金見直しで、R7予算がR6より増えた補助金は？", "table_row", "set", s,
  "2つの年度の列の比較", f"{P} R7>R6 の No.2, 9, 10, 17, 21, 23, 24")
assert [r[4] for r in NS if r[1] == "バス路線維持補助金"] == [45500]
q("鳴門市のバス路線維持補助金、令和7年度はいくらついてますか", "table_row", "value", 45500,
  "1件の記録の年度の列の値", f"{P} No.24 R7予算額")
s = [p(r[0]) for r in NS if r[2] == "農林水産課" and r[5] == "拡充"]
q(["鳴門市の補助金見直し一覧で農林水産課の補助金を見せて", "そのうち拡充は？"], "table_row", "set", s,
  "続きの質問（所管課を保ち区分で絞る）", f"{P} 農林水産課 No.15, 16, 17 のうち拡充 No.17")
q(["鳴門市の補助金見直しで継続になったのは何件？", "じゃあ継続以外は何件？"], "table_row", "count",
  sum(r[5] != "継続" for r in NS), "続きの質問の否定（以外）", f"{P} 26件のうち継続9件を除く17件")
q("鳴門市の生ごみ処理容器購入補助金はどうなった？", "table_row", "contains", ["統合"],
  "1件の記録の区分と備考", f"{P} No.20 見直し区分=統合 備考 No.21に統合")
q("鳴門市の補助金見直し、見直し区分ごとの件数を教えて", "table_row", "count", len(set(r[5] for r in NS)),
  "分布（グループの数を数える）", f"{P} 継続9 拡充6 縮小7 廃止3 統合1 の5区分")
s = [p(r[0]) for r in NS if r[3] >= 10000]
q("鳴門市でR6予算額が1000万円以上の補助金は？", "table_row", "set", s,
  "単位の換算（1000万円=10,000千円、以上は境界を含む）", f"{P} R6≥10,000 の No.4, 9, 10, 18, 24, 25")
v = sum(r[4] for r in NS if r[2] == "危機管理課"); assert v == 5000
q("鳴門市の補助金見直しいちらんで、危機管理課の補助金のR7予算の合計は？", "table_row", "value", v,
  "所管課での合計（誤字「いちらん」）", f"{P} No.2 2,400 + No.22 2,600")
best = max(NS, key=lambda r: r[3] - r[4]); assert best[1] == "企業立地奨励補助金"
q("鳴門の補助金で、前年度から減った額がいちばん大きいのはどれ？", "table_row", "contains", ["企業立地奨励補助金"],
  "差の最大（R6−R7）", f"{P} No.25 30,000→20,000 で10,000減")

# ---- not in the set: honest answer is nothing
q("鳴門市の事務事業評価でC評価の事業は？", "table_row", "count", 0,
  "存在しない資料（鳴門市に事務事業評価はない。小田原市の評価で答えてはいけない）: 0件", "鳴門市の資料は補助金見直し一覧だけ")
q("三条市の補助金見直し一覧で廃止になった補助金は何件？", "table_row", "count", 0,
  "存在しない資料（三条市に補助金見直し一覧はない。鳴門市の一覧で答えてはいけない）: 0件", "三条市の資料は実施計画進捗と行革だよりだけ")
q("岐阜市の行政改革の取組で遅れているものは？", "table_row", "count", 0,
  "存在しない自治体（岐阜市の資料はない）: 0件", "made24 の資料は三条市・小田原市・鳴門市のみ")
q("小田原市の指定管理者評価でB評価の施設はいくつ？", "table_row", "count", 0,
  "存在しない資料（小田原市に指定管理者評価はない。事務事業評価のB評価で答えてはいけない）: 0件", "小田原市の資料は事務事業評価と行政改革推進計画の取組状況だけ")

assert len(Q) == 64, len(Q)
out = Path("tests/questions/made24/questions.jsonl")
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
print(len(Q), Counter(x["expect"] for x in Q), sum(len(x["turns"]) > 1 for x in Q), "follow-ups")
