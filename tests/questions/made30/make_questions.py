"""Write tests/questions/made30/questions.jsonl; every answer is computed from data.py (the documents' truth).

Run: .venv/bin/python -m tests.questions.made30.make_questions"""
import json
from pathlib import Path

from tests.questions.made30 import data as d
KX = "釧路市_行財政改革実施計画_令和6年度進捗.xlsx"
KD = "釧路市_行財政改革推進委員会_意見書_令和7年3月.docx"
KP = "福井市_指定管理者評価結果一覧_令和6年度.pdf"
KH = "福井市_補助金見直し結果_令和7年度.html"
M = {m[0]: m for m in d.MEASURES}
def mk(ms): return [f"{KX}:{19+m[0]}" for m in ms]
PL = [4,5,6,7,8,9,10,11,12,13,17,18,19,20]
def fk(fs): return [f"{KP}:{PL[d.FACILITIES.index(f)]}" for f in fs]
HL = {"総務部": [10,11,12], "福祉保健部": [18,19,20,21], "農林水産部": [27,28,29]}
SUBS = [(dept, i, s) for dept, rows in d.SUBSIDIES.items() for i, s in enumerate(rows)]
def sk(ss): return [f"{KH}:{HL[dep][i]}" for dep, i, s in ss]
ML = [11,12,13,14]
OL = [18,22,26,30,34,38]
Q = []
def q(turns, target, expect, answer, why, der):
    if isinstance(turns, str): turns = [turns]
    Q.append(dict(id=f"m30-{len(Q)+1:03d}", turns=turns, target=target, expect=expect, answer=answer, why=why, derivation=der))
X = f"docs/{KX} シート「取組別進捗」"
P = f"docs/{KP} (2ページの表)"
H = f"docs/{KH}"
D = f"docs/{KD}"
# --- 釧路市 workbook
q("釧路市の行革実施計画で、ふるさと納税の拡充の担当課はどこですか？", "table_row", "contains", ["企画課"], "1件の項目(担当課)", f"{X}: No.3 の担当課")
q("釧路市の市税収納率の向上って、R6の目標値いくつでしたっけ", "table_row", "value", 98.5, "1件の項目(目標値)", f"{X}: No.1 のR6目標")
q("釧路市の実施計画で達成度がAの取組はどれですか", "table_row", "set", mk([m for m in d.MEASURES if m[8]=="A"]), "状態の条件(達成度A)", f"{X}: 達成度列がA")
q("釧路市の取組で、達成度がCかDのものを教えて下さい", "table_row", "set", mk([m for m in d.MEASURES if m[8] in "CD"]), "状態の条件(2値)", f"{X}: 達成度C/D")
q("釧路市の計画で資産経営課が担当している取組は何件ありますか", "table_row", "count", sum(m[3]=="資産経営課" for m in d.MEASURES), "課の条件で件数", f"{X}: 担当課=資産経営課 (No.4,11,13)")
q(["釧路市の行革の取組で、資産経営課の担当分を見せてください", "そのうち達成度がAなのは？"], "table_row", "set", mk([m for m in d.MEASURES if m[3]=="資産経営課" and m[8]=="A"]), "追い質問(課の条件を保持)", f"{X}: 資産経営課かつA → No.13")
q("釧路市の取組のうち、効果額がいちばん大きいのはどの取組？", "table_row", "contains", ["小中学校の統合"], "最大", f"{X}: 効果額の最大 No.9 74000")
ef = [m[9] for m in d.MEASURES if m[9] is not None]
q("釧路市の実施計画、令和6年度の効果額の合計は何千円ですか", "table_row", "value", sum(ef), "合計", f"{X}: 効果額列の合計(空欄除く); 総括表の合計行と一致")
q("釧路市の取組の効果額って平均するといくらくらい？（空欄のは除いて）", "table_row", "value", round(sum(ef)/len(ef), 1), "平均(空欄除く)", f"{X}: 効果額のある{len(ef)}件の平均 {sum(ef)}/{len(ef)}")
q(["釧路市の行財政改革実施計画の進捗を見たいです", "効果額が空欄になってる取組はどれ？"], "table_row", "set", mk([m for m in d.MEASURES if m[9] is None]), "空欄の条件", f"{X}: 効果額が空欄 No.3,5,10,12")
q("釧路市の取組を達成度ごとに件数を教えてください", "table_row", "count", len({m[8] for m in d.MEASURES}), "分布(グループ数)", f"{X}: 達成度 A5 B4 C3 D1 → 4グループ")
q("釧路市の実施計画で取組がいちばん多い担当課は何件？", "table_row", "value", 3, "最大グループの件数", f"{X}: 資産経営課3件が最多")
q("釧路市のRPAのやつ、削減時間は目標と実績でどれだけ差がありますか", "table_row", "value", 3000-2650, "計画と実績の差", f"{X}: No.6 目標3000 実績2650 差350")
q("釧路市で令和6年度中に着手した取組はどれですか", "table_row", "set", mk([m for m in d.MEASURES if m[10] in ("令和6年4月","令和6年5月","令和6年6月","令和6年10月","令和7年1月","令和7年3月")]), "年度範囲(令和7年1〜3月はR6)", f"{X}: 着手が令和6年4月〜令和7年3月 No.2,4,5,7,10,12,13")
q("釧路市の取組で、令和7年3月に着手したのは？", "table_row", "contains", ["公民館の複合化"], "暦月", f"{X}: 着手=令和7年3月 No.10")
q("釧路市の計画で完了予定が2025年度までの取組って何件？", "table_row", "count", sum(int(m[11][2:-2])<=7 for m in d.MEASURES), "西暦での年度範囲", f"{X}: 完了予定が令和6年度または令和7年度 (2025年度=令和7年度) No.1,2,4,5,6,7,9,13 の8件")
q("釧路市の取組のうち、財政課と資産経営課以外の担当の取組で達成度がBのものは？", "table_row", "set", mk([m for m in d.MEASURES if m[3] not in ("財政課","資産経営課") and m[8]=="B"]), "否定(以外)", f"{X}: 担当課が財政課・資産経営課でなく達成度B → No.6,8")
q("釧路市の「効率的な行政運営」の方針に入っている取組は？", "table_row", "set", mk([m for m in d.MEASURES if m[1]=="効率的な行政運営"]), "結合セル(方針が先頭行のみ)", f"{X}: 取組方針が No.5 の行にだけ書かれ No.6〜8 は空欄")
q(["釧路市の公共施設の適正配置の取組を教えて", "その効果額の合計は？"], "table_row", "value", sum(m[9] or 0 for m in d.MEASURES if m[1]=="公共施設の適正配置"), "追い質問(合計)", f"{X}: No.9〜11 の効果額 74000+22300(No.10空欄) = 96300")
q("釧路市の職員定員の適正化、R6の実績は何人？", "table_row", "value", 1992, "1件の項目(実績)", f"{X}: No.8 R6実績1992")
q("くしろ市の行革で、町内会の加入率の目標は何％？", "table_row", "value", 60, "かな表記の市名・1件の項目", f"{X}: No.12 目標60")
# --- 釧路市 docx
q("釧路市の行革推進委員会って、令和6年度に何回会議を開いていますか", "table_row", "count", 4, "会議の件数", f"{D}: 審議の経過の表 4行")
q("釧路市の推進委員会で公共施設の再編を議題にしたのはいつ？", "table_row", "contains", ["令和7年1月30日"], "1件の項目(日付)", f"{D}: 表の第3回")
q("釧路市の委員会の会議で、2025年に開かれたのはどの回ですか", "table_row", "set", [f"{KD}:{ML[i]}" for i in (2,3)], "西暦年で暦月の範囲", f"{D}: 令和7年1月30日・令和7年3月21日 の第3回・第4回")
q(["釧路市の推進委員会の意見書について聞きたいです", "委員会の評価が「遅れ」になってる項目は？"], "item", "set", [f"{KD}:{OL[i]}" for i,o in enumerate(d.OPINIONS) if o[2]=="遅れ"], "番号付き項目の評価ラベル", f"{D}: 【委員会の評価】遅れ → 3,5")
q("釧路市の意見書で、評価が概ね順調の項目はいくつありますか", "item", "count", sum(o[2]=="概ね順調" for o in d.OPINIONS), "項目の件数", f"{D}: 概ね順調 → 2,4,6")
q("釧路市の意見書でタブレット端末について書いてあるのはどの項目？", "item", "contains", ["行政のデジタル化"], "本文のキーワード", f"{D}: 項目4 の意見と対応方針にタブレット端末")
q(["釧路市の意見書で市有地の売却についての意見を教えて", "市はどう対応するって言ってる？"], "item", "contains", ["定期借地"], "追い質問(ラベルブロック)", f"{D}: 項目3【市の対応方針】不調地は定期借地による貸付を試行する")
q("釧路市の行財政改革推進委員会の委員長はだれ？", "passage", "contains", ["佐々木"], "文書の名前を挙げて1つの事実", f"{D}: 5行目 委員長 佐々木 恭子")
# --- 福井市 pdf
q(["福井市の指定管理者の評価結果を教えて", "総合評価がSのとこはどこですか"], "table_row", "set", fk([f for f in d.FACILITIES if f[4]=="S"]), "評価の条件", f"{P}: 総合評価S → 総合体育館・駅西口駐車場(2ページ目)")
q("福井市の指定管理者施設で改善を要するって評価されたのは？", "table_row", "set", fk([f for f in d.FACILITIES if f[4]=="C"]), "凡例の言い換え(C=改善を要する)", f"{P}: 総合評価C → 北部テニスコート・西部児童館・美山森林温泉")
q("福井市のスポーツ施設で指定管理になってるのは何施設？", "table_row", "count", sum(f[0]=="スポーツ施設" for f in d.FACILITIES), "結合セルの分類で件数", f"{P}: 施設分類スポーツ施設は先頭行だけに記載、4行")
q("福井市の観光施設のうち利用者数R6が一番多いのは？", "table_row", "contains", ["一乗谷観光案内所"], "分類内の最大(2ページ目)", f"{P}: 観光施設3行の利用者数R6 58300 が最大")
q("福井市の指定管理で、利用者がR5よりR6で減った施設はいくつありますか", "table_row", "count", sum(f[6]<f[5] for f in d.FACILITIES), "2列の比較", f"{P}: 利用者数R6<R5 の行を数えた")
q("福井市の指定管理料の合計っていくら？", "table_row", "value", sum(f[7] for f in d.FACILITIES), "合計(合計行と一致)", f"{P}: 指定管理料の列の合計 688,000千円(駐車場は―)")
q("福井市美術館の指定管理車はどこですか", "table_row", "contains", ["福井市文化振興事業団"], "1件の項目", f"{P}: 福井市美術館の行")
q(["福井市の指定管理施設で、あすわ福祉会が管理してるのは？", "そのうち評価がC以外は？"], "table_row", "set", fk([f for f in d.FACILITIES if "あすわ" in f[2] and f[4]!="C"]), "追い質問・否定", f"{P}: あすわ福祉会の2施設のうちC以外 → 老人福祉センター")
q("福井市の指定管理で、指定期間が令和6年度末で切れる施設は？", "table_row", "set", fk([f for f in d.FACILITIES if f[3].endswith("R7.3")]), "和暦略記の期間(R7.3=R6年度末)", f"{P}: 指定期間の終わりがR7.3 → 総合体育館・市民プール・越前海岸キャンプ場")
q(["福井市の指定管理で福祉施設を一覧で出してください", "それの指定管理料の平均は？"], "table_row", "value", round(sum(f[7] for f in d.FACILITIES if f[0]=="福祉施設")/3, 1), "分類内の平均", f"{P}: 福祉施設3行 41700,38600,22100 の平均")
# --- 福井市 html
q("福井市の補助金の見直しで廃止になったものを教えてください", "table_row", "set", sk([s for s in SUBS if s[2][4]=="廃止"]), "区分の条件(複数表)", f"{H}: 見直し区分=廃止 国際交流団体・献血推進協議会")
q(["福井市の補助金の見直し結果を見せてください", "そのうち縮小になったのは何件？"], "table_row", "count", sum(s[2][4]=="縮小" for s in SUBS), "区分の件数", f"{H}: 縮小 3件(3つの表にまたがる)")
q("福井市の補助金見直しで、福祉保健部の補助金のうち継続以外のものは？", "table_row", "set", sk([s for s in SUBS if s[0]=="福祉保健部" and s[2][4]!="継続"]), "部(見出し)の条件と否定", f"{H}: 福祉保健部の表で区分が継続でない3件")
q("福井市の園芸産地育成支援補助金、R7の予算額はいくら？", "table_row", "value", 24000, "1件の項目", f"{H}: 園芸産地育成支援補助金 令和7年度予算額 24,000")
q("福井市の補助金で令和6年度から7年度に予算が増えたものはどれ？", "table_row", "set", sk([s for s in SUBS if s[2][3] is not None and s[2][3]>s[2][2]]), "2年度の比較", f"{H}: R7>R6 → 園芸産地育成支援補助金のみ")
q(["福井市の補助金見直しで長寿福祉課の補助金は？", "R6予算を合計するといくら？"], "table_row", "value", sum(s[2][2] for s in SUBS if s[2][1]=="長寿福祉課"), "課の条件で合計", f"{H}: 長寿福祉課 15600+9300")
q("福井市の補助金見直しで見直し区分ごとの件数を教えて", "table_row", "count", len({s[2][4] for s in SUBS}), "分布(グループ数)", f"{H}: 縮小3 継続3 廃止2 統合1 拡充1 → 5グループ")
# --- 存在しない市・文書
q("倉吉市の補助金見直しで廃止になったものは？", "table_row", "count", 0, "存在しない市: 正直に「ない」と答えるべき", "倉吉市の文書はこのセットにない")
q("釧路市の指定管理者評価で総合評価がCの施設はどこ？", "table_row", "count", 0, "存在する市の存在しない文書: 釧路市の指定管理者評価はない(福井市のみ)", "釧路市の文書は実施計画と意見書だけ")
q("旭川市の行財政改革実施計画で達成度Aの取組は？", "table_row", "count", 0, "存在しない市: 釧路市の計画で答えてはいけない", "旭川市の文書はこのセットにない")
q("福井市の行革推進委員会の会議は何回開かれましたか", "table_row", "count", 0, "存在する市の存在しない文書: 会議録は釧路市のみ", "福井市の文書は指定管理者評価と補助金見直しだけ")
print(len(Q))
with open(Path(__file__).parent / "questions.jsonl", "w") as f:
    for x in Q: f.write(json.dumps(x, ensure_ascii=False) + "\n")
