"""Write tests/questions/made37/questions.jsonl: 50 questions over the made37 documents, every answer computed
from data.py (the facts the documents were printed from); line numbers come from assistant.formats.to_text only.

Run from the worktree root: /work/main/.venv/bin/python -m tests.questions.made37.make_questions"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.formats import to_text  # the one allowed import: format conversion only
from tests.questions.made37 import data as D
from tests.questions.made37.make_documents import DOCS, DOCX_NAME, HTML_NAME, PDF_NAME, XLSX_NAME

OUT = Path(__file__).parent / "questions.jsonl"
LINES = {n: to_text((DOCS / n).read_bytes(), n).text.splitlines() for n in (DOCX_NAME, XLSX_NAME, PDF_NAME, HTML_NAME)}


def key(name: str, prefix: str) -> str:
    hits = [i for i, l in enumerate(LINES[name], 1) if l.startswith(prefix)]
    assert len(hits) == 1, (name, prefix, hits)
    return f"{name}:{hits[0]}"


M = [dict(code=m[0], pol=m[0].split("-")[0], name=m[1], dept=m[2], ind=m[3], unit=m[4], t5=m[5], r5=m[6],
          t6=m[7], r6=m[8], prog=m[9]) for m in D.MEASURES]
F = [dict(no=f[0], kind=f[1], name=f[2], detail=f[3], unit=f[4], cur=f[5], new=f[6], res=f[7], eff=f[8], dept=f[9])
     for f in D.FEES]
O = [dict(no=o[0], kind=o[1], name=o[2], dept=o[3], who=o[4], start=o[5], end=o[6], yen=o[7], how=o[8])
     for o in D.OUTSOURCED]
LOWER_IS_BETTER = {"3-2"}


def mk(pred):
    return [key(DOCX_NAME, m["code"] + "\t") for m in M if pred(m)]


def fk(pred):
    return [key(XLSX_NAME, f"{f['no']}\t{f['kind']}\t") for f in F if pred(f)]


def ok(pred):
    return [key(PDF_NAME, f"{o['no']}\t{o['kind']}\t") for o in O if pred(o)]


def opk(no: int) -> str:
    topic = next(o[2] for o in D.OPINIONS if o[0] == no)
    return key(HTML_NAME, f"（{no}）{topic}について")


def achieved(m, y):
    t, r = m[f"t{y}"], m[f"r{y}"]
    if t is None:
        return None
    return r <= t if m["code"] in LOWER_IS_BETTER else r >= t


def rate(f):
    return None if f["cur"] is None or f["new"] is None else round((f["new"] - f["cur"]) / f["cur"] * 100, 1)


def years(o) -> int:
    (a, b) = (int(o["start"][1:].split(".")[0]), int(o["end"][1:].split(".")[0]))
    return b - a if o["start"].split(".")[1:] == ["4", "1"] and o["end"].endswith("3.31") else -1


Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m37-{len(Q) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
              "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


DX, XL, PD, HT = (f"docs/{n}" for n in (DOCX_NAME, XLSX_NAME, PDF_NAME, HTML_NAME))
T3 = f"{DX} ３ 取組項目別の目標と実績"

# ---------------------------------------------------------------- 飯塚市 第3次行政改革推進計画 (docx)
q("飯塚市の行革推進計画で、令和6年度の進捗が◎の取組は？", "table_row", "set", mk(lambda m: m["prog"] == "◎"),
  "進捗記号で絞る", f"{T3} 進捗=◎ (1-1, 2-2, 3-4)")
q("飯塚市の推進計画でR6に目標に届かなかった取組はどれ？", "table_row", "set", mk(lambda m: achieved(m, 6) is False),
  "略記の和暦・否定（目標未達）。3-2 は小さいほど良い指標（注2）で 138≦140 は達成",
  f"{T3} 令和6年度 実績<目標（3-2 は実績>目標）→ 進捗△/×の6件と一致")
q("飯塚市の行政改革推進計画、情報政策課が担当してる取組は？", "table_row", "set", mk(lambda m: m["dept"] == "情報政策課"),
  "担当課で絞る", f"{T3} 担当課=情報政策課")
q("飯塚市のふるさと納税の推進、2024年度の寄附額の実績は？", "table_row", "value",
  next(m for m in M if m["code"] == "2-2")["r6"], "西暦→令和6年度・一つの値（単位は百万円）", f"{T3} 2-2 令和6年度 実績")
q("飯塚市の推進計画で令和5年度に目標を達成できなかった取組は？", "table_row", "set", mk(lambda m: achieved(m, 5) is False),
  "否定・年度の条件。3-2 は小さいほど良い指標（162>150 で未達成）、2-5 は令和5年度の目標なし",
  f"{T3} 令和5年度 実績<目標 (1-2: 8<10) と 3-2 (162>150)")
q("飯塚市の推進計画、基本方針2に入ってる取組って何件？", "table_row", "count", len(mk(lambda m: m["pol"] == "2")),
  "結合セルの見出し行（基本方針）の下の行数", f"{T3} 基本方針2 の行 2-1〜2-5")
q(["飯塚市の推進計画で財政課の取組は？", "そのうち令和5年度の目標がないのは？"], "table_row", "set",
  mk(lambda m: m["dept"] == "財政課" and m["t5"] is None), "追質問（空欄－で絞る）", f"{T3} 担当課=財政課 (2-4, 2-5) かつ 令和5年度目標=－ → 2-5")
q("飯塚市の第3次行革計画の計画期間っていつからいつまで？", "passage", "contains", ["令和5年度から令和8年度"],
  "計画期間は表でなく「１ 計画の概要」の文にだけある", f"{DX} １ 計画の概要")
q("飯塚市の推進計画で進捗が×ってどういう意味？", "passage", "contains", ["未達成（取組が遅れている）"],
  "凡例", f"{DX} ２ 進捗状況の区分 ×")
m32 = next(m for m in M if m["code"] == "3-2")
q("飯塚市の時間外勤務の縮減、R6の目標と実績はどれだけ差がある？", "table_row", "value", abs(m32["t6"] - m32["r6"]),
  "差（目標140−実績138）", f"{T3} 3-2 令和6年度 目標{m32['t6']} 実績{m32['r6']}")
q("飯塚市の計画で、令和6年度の実績の数値が前の年度より小さくなった取組はどれ？", "table_row", "set",
  mk(lambda m: m["r5"] is not None and m["r6"] < m["r5"]), "二つの年度の比較（2-5 は令和5年度なし）",
  f"{T3} 令和6年度実績<令和5年度実績")
q(["飯塚市の書かない窓口の導入の進捗は？", "それの担当課は？"], "table_row", "contains",
  [next(m for m in M if m["code"] == "1-3")["dept"]], "追質問（それの担当課）・題名を崩した言い方", f"{T3} 1-3 担当課")
q("飯塚市の行革計画で進捗が△になってる取組はいくつ？", "table_row", "count", len(mk(lambda m: m["prog"] == "△")),
  "件数", f"{T3} 進捗=△ (1-2, 1-4, 2-1, 2-4, 3-3)")
q(["飯塚市の行革計画で基本方針3の取組", "じゃあその中で進捗が○のは？"], "table_row", "set",
  mk(lambda m: m["pol"] == "3" and m["prog"] == "○"), "追質問（結合見出し→進捗）", f"{T3} 基本方針3 かつ 進捗=○ (3-2, 3-5)")
m21 = next(m for m in M if m["code"] == "2-1")
q("飯塚市の未利用市有地の売却、R5とR6の売却額を合わせるといくら？", "table_row", "value", m21["r5"] + m21["r6"],
  "合計（二つの年度の実績、千円）", f"{T3} 2-1 令和5年度実績 {m21['r5']} + 令和6年度実績 {m21['r6']}")

# ---------------------------------------------------------------- 飯塚市 使用料・手数料の見直し (xlsx)
XT = f"{XL} 見直し結果"
q("飯塚市の使用料・手数料の見直しで据え置きになったのは？", "table_row", "set", fk(lambda f: f["res"] == "据置"),
  "見直し結果で絞る（据え置き→据置）", f"{XT} 見直し結果=据置")
top = max((f for f in F if rate(f) is not None), key=rate)
q("飯塚市の料金見直しで改定率がいちばん高いのは？", "table_row", "ordered", fk(lambda f: f is top),
  "最大", f"{XT} 改定率の最大 No.{top['no']} {rate(top)}%")
q("飯塚市の使用料見直し、年間の影響額は全部でいくら？", "table_row", "value", sum(f["eff"] for f in F),
  "合計（△は減収）、合計行と一致", f"{XT} 年間影響額の合計（千円）")
q("飯塚市の料金見直しで、手数料のうち値上げになったもの", "table_row", "set",
  fk(lambda f: f["kind"] == "手数料" and f["cur"] is not None and f["new"] is not None and f["new"] > f["cur"]),
  "縦に結合された区分セル・値上げ（新設は含めない）", f"{XT} 区分=手数料 かつ 改定後>現行 (14, 15)")
q("飯塚市の使用料の見直しでスポーツ振興課の所管は何件？", "table_row", "count", len(fk(lambda f: f["dept"] == "スポーツ振興課")),
  "件数", f"{XT} 所管課=スポーツ振興課 (1, 2, 3, 8)")
q(["飯塚市の使用料・手数料見直し一覧で市民課のもの", "そのうち減収になるのは？"], "table_row", "set",
  fk(lambda f: f["dept"] == "市民課" and f["eff"] < 0), "追質問（△の値）", f"{XT} 所管課=市民課 かつ 年間影響額<0 (12)")
q("飯塚市の市民プールの使用料、改定後いくらになる？", "table_row", "value", next(f for f in F if f["no"] == 3)["new"],
  "複数行見出し（料金（円）の下の改定後）", f"{XT} No.3 改定後")
q("飯塚市の使用料見直しで廃止になったのはどこ？", "table_row", "set", fk(lambda f: f["res"] == "廃止"),
  "見直し結果=廃止", f"{XT} No.9 市営キャンプ場（※3）")
q("飯塚市の見直しで年間影響額が1,000千円以上のものは？", "table_row", "set", fk(lambda f: f["eff"] >= 1000),
  "範囲（以上）", f"{XT} 年間影響額>=1000")
q("飯塚市の使用料（手数料は除いて）で改定になったものの影響額の合計は？", "table_row", "value",
  sum(f["eff"] for f in F if f["kind"] == "使用料" and f["res"] == "改定"), "除外・合計",
  f"{XT} 区分=使用料 かつ 見直し結果=改定 の年間影響額の合計")
q("飯塚市の住民票のコンビニ交付の手数料っていくらからいくらに変わった？", "table_row", "contains", ["300", "200"],
  "二つの値（現行→改定後）", f"{XT} No.12 現行300 改定後200")
q("飯塚市の使用料見直しで改定率が20%以上30%以下のもの", "table_row", "set",
  fk(lambda f: rate(f) is not None and 20 <= rate(f) <= 30), "範囲（以上・以下）", f"{XT} 20<=改定率<=30 (1, 4, 6, 8)")
cnt = Counter(f["dept"] for f in F)
top_dept, top_n = cnt.most_common(1)[0]
assert list(cnt.values()).count(top_n) == 1
q("飯塚市の料金見直し、所管課ごとに数えるといちばん多い課はどこ？", "table_row", "value", top_dept,
  "ごとの件数の最大", f"{XT} 所管課ごとの件数 {dict(cnt.most_common())}")
q(["飯塚市の使用料見直しで穂波公民館の大ホール", "じゃあ年間影響額は？"], "table_row", "value",
  next(f for f in F if f["no"] == 4)["eff"], "追質問（別の欄の値）", f"{XT} No.4 年間影響額")

# ---------------------------------------------------------------- 恵那市 民間委託等の実施状況 (pdf)
q("恵那市の指定管理で公募じゃない施設は？", "table_row", "set", ok(lambda o: o["kind"] == "指定管理" and o["how"] == "非公募"),
  "否定（公募じゃない=非公募）", f"{PD} ２ 選定方法=非公募")
q("恵那市の民間委託一覧で、令和7年3月31日で期間が終わるものは？", "table_row", "set", ok(lambda o: o["end"] == "R7.3.31"),
  "期間の終わり（R7.3.31 の略記）", f"{PD} 期間の終了=R7.3.31")
q("恵那市の業務委託の年額を合計すると？", "table_row", "value", sum(o["yen"] for o in O if o["kind"] == "業務委託"),
  "合計（小計行と一致、千円）", f"{PD} ３ 主な業務委託 年額の合計")
q("恵那市で指定管理料がいちばん高い施設は？", "table_row", "ordered",
  ok(lambda o: o is max((x for x in O if x["kind"] == "指定管理"), key=lambda x: x["yen"])), "最大（指定管理の中で）",
  f"{PD} ２ 年額の最大")
q("恵那市の業務委託で一般競争入札のものは何件？", "table_row", "count",
  len(ok(lambda o: o["kind"] == "業務委託" and o["how"] == "一般競争入札")), "件数", f"{PD} ３ 選定方法=一般競争入札")
q("恵那市の市道の包括委託、受託してるのはどこ？", "table_row", "contains",
  [next(o for o in O if o["no"] == 12)["who"]], "題名を崩した言い方", f"{PD} No.12 受託者")
q(["恵那市の民間委託で令和6年度から始まったものは？", "そのうち指定管理のものは？"], "table_row", "set",
  ok(lambda o: o["start"].startswith("R6.") and o["kind"] == "指定管理"), "追質問（開始年度→区分）",
  f"{PD} 期間の開始がR6 かつ 区分=指定管理 (4, 7)")
q("恵那市の委託で年額が5千万円以上のものを教えて", "table_row", "set", ok(lambda o: o["yen"] >= 50000),
  "単位の換算（5千万円=50,000千円）・以上", f"{PD} 年額>=50,000千円")
q("恵那市の業務委託って1件あたり平均いくら？", "table_row", "value",
  round(sum(o["yen"] for o in O if o["kind"] == "業務委託") / len([o for o in O if o["kind"] == "業務委託"]), 2),
  "平均（千円）", f"{PD} ３ 小計 432,400 / 8件")
q("恵那市のコールセンター運営業務の契約期間はいつまで？", "table_row", "contains",
  [next(o for o in O if o["no"] == 14)["end"]], "期間の終わり（年度途中 R8.9.30）", f"{PD} No.14 期間")
q("恵那市の指定管理で、指定期間が5年間の施設は？", "table_row", "set",
  ok(lambda o: o["kind"] == "指定管理" and years(o) == 5), "期間の長さ（4月1日〜3月31日の年数）",
  f"{PD} ２ 期間が5年 (7 串原温泉 R6〜R9 の3年以外)")
q(["恵那市の学校給食の調理委託について教えて", "それの担当課は？"], "table_row", "contains",
  [next(o for o in O if o["no"] == 10)["dept"]], "追質問（それの担当課）", f"{PD} No.10 所管課")
q(["恵那市の指定管理施設の一覧を出して", "そのうち年額が1千万円未満のものは？"], "table_row", "set",
  ok(lambda o: o["kind"] == "指定管理" and o["yen"] < 10000), "追質問（未満・単位の換算、0※を含む）",
  f"{PD} ２ 年額<10,000千円 (3, 5, 6)")

# ---------------------------------------------------------------- 館山市 行政改革推進委員会 会議録 (html)
MH = f"{HT} ４ 委員からの主な意見と市の対応方針"
q("館山市の行革推進委員会で、ふるさと納税に触れた委員の意見は？", "item", "set", [opk(1)],
  "話題で見出し付きの意見を引く", f"{MH} （1）")
q("館山市の行政改革推進委員会の委員長ってだれ？", "passage", "contains", ["石井"],
  "本文（開会）にだけある", f"{HT} １ 開会 委員長の石井 健一委員")
q("館山市の令和6年度第3回の委員会、欠席したのは誰？", "passage", "contains", ["田中"],
  "冒頭の表（欠席委員）", f"{HT} 欠席委員 田中 誠")
q("館山市の委員会で指定管理者のモニタリングの話、市はどう対応するって？", "item", "contains", ["市ホームページで公表"],
  "意見の対応方針", f"{MH} （4）市の対応方針")
q(["館山市の推進委員会の会議録で、公共施設の集約についての意見", "それの担当は？"], "item", "contains",
  [next(o[5] for o in D.OPINIONS if o[0] == 6)], "追質問（それの担当）", f"{MH} （6）担当")
q("館山市の委員会の意見で、市の対応方針に令和7年度って書いてあるのはどれ？", "item", "set",
  [opk(o[0]) for o in D.OPINIONS if "令和7年度" in o[4]], "対応方針の中の年度（（5）の「次年度」は含めない）",
  f"{MH} 対応方針に「令和7年度」: （2）（3）")
q("館山市の行革計画、令和5年度の達成率は何％だった？", "passage", "contains", ["73.1"],
  "議事の概要の文中の数値", f"{HT} ３ 議事の概要 達成率73.1％")
q(["館山市の第3回推進委員会で委員から出た意見", "それって何件？"], "item", "count", len(D.OPINIONS),
  "追質問（件数）", f"{MH} （1）〜（6）")

assert len(Q) == 50, len(Q)
assert sum(len(x["turns"]) > 1 for x in Q) >= 8
OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
print(len(Q), Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q), sum(len(x["turns"]) > 1 for x in Q))
