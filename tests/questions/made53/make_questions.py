"""Compute every made53 answer from data.py and write questions.jsonl (50 questions, m53-001…)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import data as D  # noqa: E402

Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    turns = [turns] if isinstance(turns, str) else list(turns)
    Q.append({"id": f"m53-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def only(rows):
    assert len(rows) == 1, rows
    return rows[0]


# ---- 1. 宇都宮市 効果額 (xlsx) ------------------------------------------------------------------
U, UF = D.EFFECTS, D.UTSUNOMIYA_FILE
single = lambda e: e[4] or 0  # noqa: E731  「―」 counts as 0 in sums
q(["宇都宮市の行革効果額集計を見せてください", "令和6年度の単年度効果額の合計はいくら？"], "table_row", "value",
  sum(single(e) for e in U), "sum of 令和6年度（単年度） over all 取組 (― = 0) = the 合計 row at the top",
  f"{UF}: 合計 row (row 4, above the 取組 rows), column 令和6年度（単年度） = 43,310 (万円)")
q("宇都宮市の効果額で、歳入確保の取組って何件ありますか", "table_row", "count",
  sum(e[1] == "歳入確保" for e in U), "rows whose merged 区分 cell is 歳入確保 (小計 row excluded)",
  f"{UF}: No.1–5 under the merged 区分 cell 歳入確保")
e = max(U, key=single)
q("宇都宮市の取組で、令和6年度の単年度効果額がいちばん大きいのはどれ？", "table_row", "contains", [e[2]],
  f"max 単年度 = {e[4]:,} 万円", f"{UF}: No.{e[0]} {e[2]} {e[4]:,}")
q("宇都宮市の行革で累計効果額が10,000万円以上の取組は何件？", "table_row", "count",
  sum(e[5] >= 10000 for e in U), "累計（令和4～6年度） >= 10,000 over 取組 rows (合計/小計 excluded)",
  f"{UF}: " + ", ".join(f"No.{e[0]} {e[5]:,}" for e in U if e[5] >= 10000))
e = only([e for e in U if e[2] == "ネーミングライツの導入"])
q("宇都宮市のネーミングライツの導入、累計の効果額はいくらでしょうか", "table_row", "value", e[5],
  "cell 累計（令和4～6年度） of one row", f"{UF}: No.{e[0]} ネーミングライツの導入 累計 {e[5]:,}")
q("宇都宮市 歳出削減の単年度効果額の小計は？", "table_row", "value",
  sum(single(e) for e in U if e[1] == "歳出削減"), "sum of 単年度 over 歳出削減 rows (― = 0) = its 小計 row",
  f"{UF}: row 歳出削減 小計, 令和6年度（単年度） 28,290")
q("宇都宮市の効果額集計で、行政経営課が所管している取組はいくつある？", "table_row", "count",
  sum(e[3] == "行政経営課" for e in U), "所管課 == 行政経営課",
  f"{UF}: No." + "・".join(str(e[0]) for e in U if e[3] == "行政経営課"))
e = only([e for e in U if e[2] == "公共施設の統廃合"])
q("宇都宮市の公共施設の統廃合は、令和6年度の効果額はいくらになってますか", "table_row", "value", "―",
  "the 単年度 cell is 「―」 (※3: no effect that year); 備考 令和6年度は効果額なし",
  f"{UF}: No.{e[0]} 公共施設の統廃合, 令和6年度（単年度） ―, 累計 2,300, 備考 令和6年度は効果額なし")
rows = [e for e in U if e[3] == "管財課"]
e = max(rows, key=lambda e: e[5])
q(["宇都宮市の効果額集計で管財課の取組を教えて", "そのうち累計効果額が大きいほうはどっち？"], "table_row", "contains",
  [e[2]], "of the 管財課 rows (" + "、".join(f"{r[2]} {r[5]:,}" for r in rows) + ") the larger 累計",
  f"{UF}: No.1 市有地の売却 12,350 > No.10 庁舎照明のLED化 1,760")
rows = [e for e in U if e[1] == "歳入確保"]
q("宇都宮市の歳入確保の取組、単年度効果額の平均はどのくらい？", "table_row", "value",
  sum(single(e) for e in rows) // len(rows) if sum(single(e) for e in rows) % len(rows) == 0 else D.round1(sum(single(e) for e in rows) / len(rows)), "mean of 単年度 over the 5 歳入確保 rows = 15,020 / 5",
  f"{UF}: 歳入確保 小計 15,020 over No.1–5")
e = only([e for e in U if e[4] == e[5]])
q("宇都宮市の取組で、単年度と累計の効果額が同じものはありますか", "table_row", "contains", [e[2]],
  "the only row whose 単年度 equals its 累計 (started in 令和6年度)",
  f"{UF}: No.{e[0]} {e[2]} 2,150 / 2,150, 備考 令和6年度から実施")

# ---- 2. 金沢市 審議会等 (docx) ------------------------------------------------------------------
K, KF = D.COUNCILS, D.KANAZAWA_FILE
ratio = lambda c: D.pct(c[4], c[3])  # noqa: E731
q("金沢市の審議会で、女性比率が目標の40%に達していないのはいくつありますか", "table_row", "count",
  sum(ratio(c) < D.WOMEN_TARGET for c in K),
  "女性比率（%） < 40.0; the two rows at exactly 40.0 meet the target (目標は40％以上)",
  f"{KF}: " + ", ".join(f"{c[0]} {ratio(c)}" for c in K if ratio(c) < D.WOMEN_TARGET))
c = max(K, key=lambda c: c[3])
q("金沢市の審議会等のなかで委員数がいちばん多いのはどこ？", "table_row", "contains", [c[1]],
  f"max 委員数（人） = {c[3]}", f"{KF}: 番号{c[0]} {c[1]} {c[3]}人")
c = only([c for c in K if c[1] == "金沢市環境審議会"])
q("金沢市環境審議会の女性委員は何人ですか", "table_row", "value", c[4], "cell うち女性（人）",
  f"{KF}: 番号{c[0]} 金沢市環境審議会 委員数15 うち女性 7")
n, w = sum(c[3] for c in K), sum(c[4] for c in K)
q("金沢市の審議会全体での女性委員の割合は？", "table_row", "value", D.pct(w, n),
  f"合計 row: {w} / {n} = 36.7%", f"{KF}: 合計 row 166 61 12 36.7")
q("金沢市で公募委員の枠がない審議会は何件ありますか", "table_row", "count", sum(c[5] is None for c in K),
  "うち公募（人） is 「―」 (※2: no 公募 seats)", f"{KF}: 番号" + "・".join(str(c[0]) for c in K if c[5] is None))
c = min(K, key=ratio)
q("金沢市の審議会で女性比率がいちばん低いのはどこですか", "table_row", "contains", [c[1]],
  f"min 女性比率 = {ratio(c)}", f"{KF}: 番号{c[0]} {c[1]} {ratio(c)}")
c = only([c for c in K if c[1] == "金沢市子ども・子育て会議"])
q(["金沢市の子ども・子育て会議の委員構成を教えてください", "公募委員は何人？"], "table_row", "value", c[5],
  "cell うち公募（人） of the row named in turn 1", f"{KF}: 番号{c[0]} 金沢市子ども・子育て会議 18 10 2 55.6")
q("金沢市の審議会の女性委員の登用目標って何パーセントでしたっけ", "passage", "contains", ["40％"],
  "lead paragraph: 女性委員の登用率を令和8年度末までに40％以上",
  f"{KF}: paragraph under the heading (本市では、「金沢市行政改革大綱」に基づき…40％以上とすることを目標)")
c = only([c for c in K if c[1] == "金沢市景観審議会"])
q("金沢市の景観審議会の備考欄には何と書いてありますか", "table_row", "contains", [c[6]],
  "cell 備考 of one row", f"{KF}: 番号{c[0]} 金沢市景観審議会 備考 {c[6]}")
q(["金沢市の審議会等で女性比率が50%以上のところは？", "それって何件ですか"], "table_row", "count",
  sum(ratio(c) >= 50 for c in K), "女性比率 >= 50.0 (two rows at exactly 50.0 included)",
  f"{KF}: " + ", ".join(f"{c[0]} {ratio(c)}" for c in K if ratio(c) >= 50))

# ---- 3. 姫路市 入札結果 (pdf) --------------------------------------------------------------------
H, HF = D.BIDS, D.HIMEJI_FILE
rate = lambda b: D.pct(b[5], b[4])  # noqa: E731
won = [b for b in H if b[5] is not None]
q(["姫路市の入札結果一覧（令和7年10月執行分）を見せて", "不調になったのは何件？"], "table_row", "count",
  sum(b[5] is None for b in H), "落札者 column is 不調 (落札価格・落札率 ―)",
  f"{HF}: 番号" + "・".join(str(b[0]) for b in H if b[5] is None))
b = max(won, key=rate)
q("姫路市の10月の入札で、落札率がいちばん高かった案件は？", "table_row", "contains", [b[2]],
  f"max 落札率 = {rate(b)} (不調 excluded)", f"{HF}: 番号{b[0]} {b[2]} {rate(b)}")
b = min(won, key=rate)
q("姫路市の入札結果で落札率がいちばん低いのはどれですか", "table_row", "contains", [b[2]],
  f"min 落札率 = {rate(b)} (不調 excluded)", f"{HF}: 番号{b[0]} {b[2]} {rate(b)}")
q("姫路市の入札、指名競争入札だったのは何件ありますか", "table_row", "count",
  sum(b[3] == "指名競争入札" for b in H), "契約方法 == 指名競争入札 (不調 rows included)",
  f"{HF}: 番号" + "・".join(str(b[0]) for b in H if b[3] == "指名競争入札"))
b = only([b for b in H if b[2] == "防災行政無線デジタル化整備工事"])
q("姫路市の防災行政無線デジタル化整備工事の落札価格はいくら？", "table_row", "value", b[5],
  "cell 落札価格（円）", f"{HF}: 番号{b[0]} 防災行政無線デジタル化整備工事 118,000,000 109,700,000 93.0")
q("姫路市の入札結果で、落札率が90%未満の案件は何件？", "table_row", "count", sum(rate(b) < 90 for b in won),
  "printed 落札率 < 90.0 (番号1 at exactly 90.0 excluded; 不調 rows have no rate)",
  f"{HF}: " + ", ".join(f"{b[0]} {rate(b)}" for b in won if rate(b) < 90))
b = only([b for b in H if b[2] == "市民会館舞台照明設備改修工事"])
q(["姫路市の市民会館舞台照明設備改修工事の入札結果を教えてください", "落札したのはどこの業者？"], "table_row",
  "contains", [b[6]], "cell 落札者 of the row named in turn 1", f"{HF}: 番号{b[0]} … {b[6]}")
b = only([b for b in H if b[6] == "株式会社姫路管工"])
q(["姫路市の入札で株式会社姫路管工が落札した案件は？", "その落札率は？"], "table_row", "value", rate(b),
  "落札率 of the one row whose 落札者 is 株式会社姫路管工", f"{HF}: 番号{b[0]} {b[2]} 61,500,000 55,300,000 {rate(b)}")
b = max([b for b in H if b[5] is None], key=lambda b: b[4])
q("姫路市で不調になった案件のうち、予定価格がいちばん高いのは？", "table_row", "contains", ["市営住宅外壁改修工事"],
  "max 予定価格 among 不調 rows", f"{HF}: 番号{b[0]} {b[2]} 71,800,000 ― ― 不調")
b = max(won, key=lambda b: b[4] - b[5])
q("姫路市の入札で、予定価格と落札価格の差がいちばん大きかった案件はどれ？", "table_row", "contains", [b[2]],
  f"max 予定価格 − 落札価格 = {b[4] - b[5]:,} 円", f"{HF}: 番号{b[0]} 118,000,000 − 109,700,000")
q("姫路市の入札結果、予定価格が500万円から1,000万円までの案件は何件ありますか", "table_row", "count",
  sum(5_000_000 <= b[4] <= 10_000_000 for b in H), "5,000,000 <= 予定価格 <= 10,000,000 (no row at a bound)",
  f"{HF}: " + ", ".join(f"{b[0]} {b[4]:,}" for b in H if 5_000_000 <= b[4] <= 10_000_000))
q("姫路市の入札で、不調じゃなかった案件（落札者が決まったもの）は何件？", "table_row", "count", len(won),
  "rows whose 落札者 is not 不調", f"{HF}: 16 rows − 3 不調 = 13")

# ---- 4. 川越市 時間外勤務 (html) -----------------------------------------------------------------
W, WF = D.OVERTIME, D.KAWAGOE_FILE
year = lambda r: sum(r[1:5])  # noqa: E731
r = max(W, key=year)
q(["川越市の時間外勤務の状況を部別に見たいです", "年間でいちばん多いのはどの部？"], "table_row", "contains", [r[0]],
  f"max 令和6年度 年間計 = {year(r):,} (合計 row excluded)", f"{WF}: {r[0]} 年間計 {year(r):,}")
r = only([r for r in W if r[0] == "総務部"])
q("川越市の総務部、第4四半期の時間外勤務は何時間でしたか", "table_row", "value", r[4],
  "cell 第4四半期（1～3月）", f"{WF}: 総務部 3,120 2,480 2,950 4,210")
q("川越市で時間外勤務が前年度より増えた部はいくつありますか", "table_row", "count",
  sum(year(r) > r[5] for r in W), "令和6年度 年間計 > 令和5年度 年間計 (増減 > 0; 環境部 0 is not an increase)",
  f"{WF}: " + ", ".join(f"{r[0]} +{year(r) - r[5]}" for r in W if year(r) > r[5]))
q("川越市の令和6年度の時間外勤務、全体の年間合計は？", "table_row", "value", sum(year(r) for r in W),
  "合計 row, 年間計", f"{WF}: 合計 row 23,590 21,200 23,710 29,820 98,320")
r = only([r for r in W if r[0] == "財政部"])
q("川越市の財政部の時間外勤務は前年度比で何％増えた？", "table_row", "value", D.change_pct(year(r), r[5]),
  "cell 増減率（%） (positive: no △)", f"{WF}: 財政部 9,480 9,120 360 3.9")
q("川越市で、第3四半期の時間外が第1四半期より多かった部は何部ですか", "table_row", "count",
  sum(r[3] > r[1] for r in W), "第3四半期 > 第1四半期, comparing two columns per row",
  f"{WF}: " + ", ".join(f"{r[0]} {r[1]:,}→{r[3]:,}" for r in W if r[3] > r[1]))
r = only([r for r in W if r[0] == "建設部"])
q(["川越市の時間外勤務、建設部はどうなってますか", "前年度と比べて何時間増えた？"], "table_row", "value",
  year(r) - r[5], "cell 増減（時間） of the row named in turn 1", f"{WF}: 建設部 12,000 11,450 550 4.8")
r = only([r for r in W if year(r) == r[5]])
q("川越市で前年度と時間外勤務の時間が変わらなかった部はありますか", "table_row", "contains", [r[0]],
  "増減 0 (年間計 == 令和5年度)", f"{WF}: {r[0]} 5,560 5,560 0 0.0")
q("川越市の選挙管理委員会事務局は、なんで第3四半期の時間外が多いんですか", "passage", "contains",
  ["衆議院議員総選挙"], "the note row inside the table above the 選挙管理委員会事務局 row",
  f"{WF}: ※ 選挙管理委員会事務局は、令和6年10月執行の衆議院議員総選挙に伴い第3四半期が増加しています。")
q("川越市は令和7年度、時間外勤務をどれくらい減らす目標ですか", "passage", "contains", ["前年度比5％"],
  "今後の取組: 令和7年度は全庁で前年度比5％の縮減を目指します", f"{WF}: section 今後の取組")

# ---- 5. 所沢市 エネルギー使用量 (txt) --------------------------------------------------------------
T, TF = D.ENERGY, D.TOKOROZAWA_FILE
e = only([e for e in T if e[0] == "本庁舎"])
q("所沢市の本庁舎の令和6年度の電気使用量を教えてください", "table_row", "value", e[3],
  "table １ 電気使用量（kWh）, row 本庁舎, column 令和6年度", f"{TF}: 本庁舎 3,412,000 2,986,400 2,901,700 △15.0")
q("所沢市で都市ガスを使っていない施設はいくつ？", "table_row", "count", sum(e[4] is None for e in T),
  "table ２ rows with 「―」 (※2)", f"{TF}: 東部クリーンセンター, 所沢図書館本館 ― ― ― ―")
e = max(T, key=lambda e: e[3])
q("所沢市の施設で令和6年度に電気をいちばん多く使ったのはどこですか", "table_row", "contains", [e[0]],
  f"max 電気 令和6年度 = {e[3]:,} kWh (計 row excluded)", f"{TF}: {e[0]} {e[3]:,}")
e = only([e for e in T if e[0] == "市民体育館"])
q(["所沢市の市民体育館のエネルギー使用量は？", "都市ガスの令和5年度の使用量は？"], "table_row", "value", e[5],
  "table ２ 都市ガス使用量（m3）, row 市民体育館, column 令和5年度 (not the 電気 table)",
  f"{TF}: ２ 市民体育館 64,900 55,100 53,800 △17.1")
gas = [e for e in T if e[4] is not None]
e = min(gas, key=lambda e: D.change_pct(e[6], e[4]))
q("所沢市で、都市ガスの基準年度比がいちばん大きく減った施設は？", "table_row", "contains", [e[0]],
  f"most negative ガス 基準年度比 = {D.change_pct(e[6], e[4])} (計 row excluded)", f"{TF}: ２ {e[0]} △19.5")
e = only([e for e in T if e[3] > e[2]])
q(["所沢市で令和6年度の電気使用量が令和5年度より増えた施設はどこ？", "増えた理由は何ですか"], "passage", "contains",
  ["大ホールの利用が再開"], f"only {e[0]} rose (2,398,700 → 2,455,100); the reason is note ※3",
  f"{TF}: ※3 市民文化センターは、令和6年度に大ホールの利用が再開したため…")
q("所沢市のエネルギー使用量の削減目標は基準年度比で何％ですか", "passage", "contains", ["15％削減"],
  "lead paragraph: 令和7年度までに基準年度（令和元年度・2019年度）比で15％削減", f"{TF}: lines 5–6")

assert len(Q) == 50, len(Q)
assert sum(len(x["turns"]) == 2 for x in Q) >= 9
(HERE / "questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
if __name__ == "__main__":
    from collections import Counter
    print(len(Q), "questions;", sum(len(x["turns"]) == 2 for x in Q), "with 2 turns")
    print(Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q))
