"""Write made46/questions.jsonl: 50 questions over made46/docs/, every answer computed from data.py.

Only assistant.formats.to_text (file -> text) is used, to learn the line of each row or item; the engine is not.
Run from the worktree root: python -m tests.questions.made46.make_questions
"""
from __future__ import annotations

import json
from pathlib import Path

from assistant.formats import to_text

from . import data as D

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
OUT = HERE / "questions.jsonl"
_LINES: dict[str, list[str]] = {}


def lines(name: str) -> list[str]:
    if name not in _LINES:
        p = DOCS / name
        _LINES[name] = to_text(p.read_bytes(), p.name).text.splitlines()
    return _LINES[name]


def key(name: str, *parts: str, start: str | None = None) -> str:
    hits = [i for i, l in enumerate(lines(name), 1)
            if all(p in l for p in parts) and (start is None or l.startswith(start))]
    assert len(hits) == 1, (name, parts, start, hits)
    return f"{name}:{hits[0]}"


def dx_key(r): return key(D.DX_FILE, r[2], start=f"{r[0]}\t")
def sh_key(r): return key(D.SHITEI_FILE, r[1], start=f"{r[0]}\t")
def use_key(r): return key(D.USE_FILE, r[1], start=f"{r[0]}\t")
def pc_key(r): return key(D.PC_FILE, start=f"No.{r[0]}　【該当箇所】")
def tk_key(no): return key(D.TAIKO_FILE, f"取組{no} {TK[no][1]}")


Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m46-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


def nos(rows, pre="No."):
    return ", ".join(f"{pre}{r[0]}" for r in rows)


DXF, SHF, USF, TKF, PCF = D.DX_FILE, D.SHITEI_FILE, D.USE_FILE, D.TAIKO_FILE, D.PC_FILE
R = lambda r, y: r[7][y - 4]  # noqa: E731  実績 R4..R6
TOT = lambda u: sum(u[3])  # noqa: E731
M = {m: i for i, m in enumerate(D.MONTHS)}
TK = {no: (pol, name, body, dept) for pol, items in D.TAIKO for no, name, body, dept in items}

# ---------------------------------------------------------------- 八王子市 DX (xlsx)
rows = [r for r in D.DX if r[8] == "遅れ"]
add(["八王子市のDX推進計画で進捗が遅れてる取組は？"], "table_row", "set", [dx_key(r) for r in rows],
    "進捗状況の値で絞る", f"{DXF}: 進捗状況=遅れ は {nos(rows)}")
rows = [r for r in D.DX if r[1] == "業務の効率化"]
add(["八王子市DX計画の「業務の効率化」分野の取組、全部出して"], "table_row", "set", [dx_key(r) for r in rows],
    "結合セルの分野で絞る", f"{DXF}: 分野=業務の効率化（縦結合） は {nos(rows)}")
rows = [r for r in D.DX if r[3] == "デジタル推進課"]
add(["八王子のDX進捗管理表で、デジタル推進課が担当してる取組は何件？"], "table_row", "count", len(rows),
    "担当課で絞って数える", f"{DXF}: 担当課=デジタル推進課 は {nos(rows)}")
r = max(D.DX, key=lambda r: r[7][2] - r[7][1])
add(["八王子市DX計画で、令和5年度から令和6年度にかけて実績がいちばん伸びた取組は？"], "table_row", "ordered", [dx_key(r)],
    "年度列の差の最大（単位は問わず数値差）", f"{DXF}: R6-R5 最大は No.{r[0]} {r[2]} {r[7][1]}→{r[7][2]}（+{r[7][2]-r[7][1]}）")
rows = [r for r in D.DX if r[8] == "完了"]
add(["八王子市のDX推進計画、もう完了した取組はどれ？", "それの担当課は？"], "table_row", "set", [dx_key(r) for r in rows],
    "完了で絞り、担当課は同じ行", f"{DXF}: 進捗状況=完了 は {nos(rows)}（担当課 " + "、".join(r[3] for r in rows) + "）")
r = next(r for r in D.DX if r[2] == "RPAの活用拡大")
add(["八王子市のRPAの活用拡大って、R6の削減時間はどれくらい？"], "table_row", "value", r[7][2],
    "二段見出しの年度列の値", f"{DXF}: No.{r[0]} 令和6年度 {r[7][2]} 時間")
r = next(r for r in D.DX if r[2] == "キャッシュレス決済の導入")
add(["八王子市のキャッシュレス決済の導入は目標まであと何窓口？"], "table_row", "value", r[6] - r[7][2],
    "目標値−令和6年度実績", f"{DXF}: No.{r[0]} 目標 {r[6]} − R6 {r[7][2]} = {r[6]-r[7][2]}")
cnt = {}
for r in D.DX:
    cnt[r[1]] = cnt.get(r[1], 0) + 1
rows = [r for r in D.DX if r[1] == "データ利活用"]
add(["八王子市DX計画の分野ごとの取組数は？", "じゃあデータ利活用は何件？"], "table_row", "count", len(rows),
    "分野ごとの件数から一つ", f"{DXF}: 分野ごと " + "、".join(f"{k}{v}" for k, v in cnt.items()) + f"; データ利活用 は {nos(rows)}")
rows = [r for r in D.DX if r[1] == "行政手続のオンライン化" and r[8] != "順調" and r[8] != "完了"]
add(["八王子のDX計画で、行政手続のオンライン化のうち順調でも完了でもないものは？"], "table_row", "set", [dx_key(r) for r in rows],
    "分野と否定条件", f"{DXF}: 分野=行政手続のオンライン化 かつ 進捗状況∉{{順調,完了}} は {nos(rows)}")
rows = [r for r in D.DX if r[5] == "人"]
v = sum(r[6] for r in rows)
add(["八王子市のDX計画でKPIの単位が「人」の取組、目標値を合計すると？"], "table_row", "value", v,
    "単位列で絞った合計", f"{DXF}: 単位=人 は {nos(rows)}; 目標値 " + "+".join(str(r[6]) for r in rows) + f" = {v}")
rows = [r for r in D.DX if r[7][0] == 0]
add(["八王子市DXの進捗表で、令和4年度の実績がゼロだった取組は？"], "table_row", "set", [dx_key(r) for r in rows],
    "年度列の値0", f"{DXF}: 令和4年度=0 は {nos(rows)}")
r = next(r for r in D.DX if r[2] == "ペーパーレス会議の推進")
add(["八王子市のペーパーレス会議の推進、KPIは何？"], "table_row", "contains", ["コピー用紙購入量"],
    "行の KPI 列", f"{DXF}: No.{r[0]} KPI={r[4]}（単位 {r[5]}、値が小さいほど良い）")

# ---------------------------------------------------------------- 松江市 指定管理 (docx)
rows = [r for r in D.SHITEI if r[5] == "C"]
add(["松江市の指定管理の検証で評価がCだった施設は？"], "table_row", "set", [sh_key(r) for r in rows],
    "二段見出しの評価列で絞る", f"{SHF}: 管理運営評価=C は {nos(rows)}")
rows = [r for r in D.SHITEI if r[6] == "廃止"]
add(["松江市の指定管理施設で、次期は廃止になるのはどこ？", "それぞれの所管課は？"], "table_row", "set", [sh_key(r) for r in rows],
    "次期の方針で絞り、所管課は同じ行", f"{SHF}: 次期の方針=廃止 は {nos(rows)}（" + "、".join(r[7] for r in rows) + "）")
rows = [r for r in D.SHITEI if r[3] == "松江市スポーツ振興事業団"]
add(["松江市スポーツ振興事業団が指定管理してる施設は？"], "table_row", "set", [sh_key(r) for r in rows],
    "指定管理者で絞る", f"{SHF}: 指定管理者=松江市スポーツ振興事業団 は {nos(rows)}")
rows = [r for r in D.SHITEI if r[6].startswith("継続")]
add(["松江市の指定管理者制度の検証結果で、次も指定管理を続ける施設は何施設？"], "table_row", "count", len(rows),
    "継続（公募）と継続（非公募）を合わせる", f"{SHF}: 次期の方針 が 継続（公募）/継続（非公募） は {nos(rows)}")
rows = [r for r in D.SHITEI if r[6] == "継続（公募）"]
rows2 = [r for r in D.SHITEI if r[6] == "継続（公募）" and r[5] == "A"]
add(["松江市の指定管理で、継続（公募）になった施設は？", "そのうち評価がAのは？"], "table_row", "set", [sh_key(r) for r in rows2],
    "続きの質問で前の条件に評価を足す", f"{SHF}: 継続（公募） は {nos(rows)}; そのうち評価A は {nos(rows2)}")
cnt = {}
for r in D.SHITEI:
    cnt[r[5]] = cnt.get(r[5], 0) + 1
add(["松江市の指定管理検証、評価ごとの施設数は？", "じゃあBは何施設？"], "table_row", "count", cnt["B"],
    "評価ごとの件数から一つ", f"{SHF}: A{cnt['A']}、B{cnt['B']}、C{cnt['C']}")
r = next(r for r in D.SHITEI if "八雲林間" in r[1])
add(["松江市の八雲林間スキー場は指定管理の検証でどうなった？"], "table_row", "contains", ["直営化"],
    "施設名で行を引く", f"{SHF}: No.{r[0]} 評価 {r[5]}、次期の方針 {r[6]}")
rows = [r for r in D.SHITEI if r[2] in ("スポーツ施設", "集会施設")]
add(["松江市の指定管理施設のうちスポーツ施設と集会施設をまとめて見せて"], "table_row", "set", [sh_key(r) for r in rows],
    "施設分類の二値", f"{SHF}: 施設分類 ∈ {{スポーツ施設, 集会施設}} は {nos(rows)}")
rows = [r for r in D.SHITEI if r[5] != "A" and not r[6].startswith("継続")]
add(["松江市の指定管理で、評価がAじゃなくて、しかも継続しない施設は？"], "table_row", "set", [sh_key(r) for r in rows],
    "二つの否定条件", f"{SHF}: 評価≠A かつ 次期の方針が継続でない は {nos(rows)}")
add(["松江市の指定管理の検証、評価がCの施設は今後どうするって書いてある？"], "passage", "contains", ["直営に戻したうえで"],
    "今後の対応の本文", f"{SHF}: 4 今後の対応 第1段落")

# ---------------------------------------------------------------- 久留米市 施設利用 (pdf)
u = max(D.USE, key=TOT)
add(["久留米市の令和5年度の公共施設利用状況で、年間利用者がいちばん多い施設は？"], "table_row", "ordered", [use_key(u)],
    "年間合計の最大（合計行は施設でない、改ページ後の行も含む）", f"{USF}: 年間合計最大は No.{u[0]} {u[1]} {TOT(u):,}人")
u = next(u for u in D.USE if u[1] == "中央図書館")
add(["久留米市の中央図書館、R5年度の年間利用者数は？"], "table_row", "value", TOT(u),
    "行の年間合計", f"{USF}: No.{u[0]} 年間合計 {TOT(u):,}")
u = next(u for u in D.USE if u[1] == "市民プール")
add(["久留米の市民プール、8月は何人来た？"], "table_row", "value", u[3][M["8月"]],
    "月の列", f"{USF}: No.{u[0]} 8月 {u[3][M['8月']]:,}")
rows = [u for u in D.USE if u[2] == "体育施設"]
v = sum(TOT(u) for u in rows)
add(["久留米市の利用状況報告書で、体育施設の年間利用者数を合計すると？"], "table_row", "value", v,
    "区分で絞った合計", f"{USF}: 区分=体育施設 は {nos(rows)}; 合計 {v:,}")
rows = [u for u in D.USE if u[2] == "コミュニティ施設"]
add(["久留米市の公共施設利用状況、コミュニティ施設の一覧を"], "table_row", "set", [use_key(u) for u in rows],
    "改ページ後の区分で絞る", f"{USF}: 区分=コミュニティ施設 は {nos(rows)}（すべて2ページ目）")
rows = [u for u in D.USE if TOT(u) >= 130000]
add(["久留米市の令和5年度、年間13万人以上使われた施設ってどこ？"], "table_row", "set", [use_key(u) for u in rows],
    "年間合計の閾値（以上）", f"{USF}: 年間合計≥130,000 は " + ", ".join(f"No.{u[0]}({TOT(u):,})" for u in rows))
rows = [u for u in D.USE if u[2] == "生涯学習施設"]
v = sum(TOT(u) for u in rows) / len(rows)
add(["久留米市の生涯学習施設、年間利用者の平均は？"], "table_row", "value", round(v, 1),
    "区分で絞った平均", f"{USF}: 生涯学習施設 {len(rows)}施設 合計 {sum(TOT(u) for u in rows):,} ÷ {len(rows)} = {v:.1f}")
tot = [sum(u[3][m] for u in D.USE) for m in range(12)]
mi = max(range(12), key=lambda m: tot[m])
add(["久留米市の公共施設全体で、利用者が一番多かった月は何月？"], "table_row", "contains", [D.MONTHS[mi]],
    "合計行の月の最大", f"{USF}: 合計行 月別最大は {D.MONTHS[mi]} {tot[mi]:,}")
add(["久留米市の令和5年度公共施設利用者の総数は？"], "table_row", "value", sum(tot),
    "合計行の年間合計", f"{USF}: 合計行 年間合計 {sum(tot):,}")
a = next(u for u in D.USE if u[1] == "南部地域交流センター")
b = next(u for u in D.USE if u[1] == "北部地域交流センター")
add(["久留米市の南部地域交流センターと北部地域交流センター、年間でどれくらい差がある？"], "table_row", "value", TOT(a) - TOT(b),
    "二行の年間合計の差", f"{USF}: 南部 {TOT(a):,} − 北部 {TOT(b):,} = {TOT(a)-TOT(b):,}")
rows = [u for u in D.USE if 0 in u[3]]
add(["久留米市の施設利用状況で、利用者0人の月がある施設は？", "そのうち体育施設は何施設？"], "table_row", "count",
    len([u for u in rows if u[2] == "体育施設"]),
    "続きで区分を足して数える", f"{USF}: 0人の月がある は {nos(rows)}; 体育施設は " + nos([u for u in rows if u[2] == '体育施設']))
add(["久留米市の中央公園体育館が冬に0人なのはなんで？"], "passage", "contains", ["空調設備改修工事"],
    "表の下の注記", f"{USF}: ※1 休館の注記")
u = next(u for u in D.USE if u[1] == "久留米アリーナ")
q3 = sum(u[3][M[m]] for m in ("1月", "2月", "3月"))
add(["久留米アリーナの令和6年1月から3月までの利用者数は合わせて何人？"], "table_row", "value", q3,
    "和暦の年度跨ぎ（令和6年1～3月は令和5年度の列）の範囲合計",
    f"{USF}: No.{u[0]} 1月 {u[3][9]:,} + 2月 {u[3][10]:,} + 3月 {u[3][11]:,} = {q3:,}")

# ---------------------------------------------------------------- 久留米市 大綱 (html)
add(["久留米市の第5次行革大綱で、ふるさと納税について書いてる取組は？"], "item", "set", [tk_key("6")],
    "取組の本文に語", f"{TKF}: 取組6 自主財源の確保 の本文に ふるさと納税")
nums = [no for no, v in TK.items() if v[3] == "総務部"]
add(["久留米市の行政改革大綱で総務部が所管する取組は？"], "item", "set", [tk_key(n) for n in nums],
    "所管行で絞る", f"{TKF}: 所管=総務部 は 取組" + "、".join(nums))
nums = [no for no, v in TK.items() if v[0].startswith("基本方針2")]
add(["久留米市行革大綱の基本方針2にはいくつ取組がある？"], "item", "count", len(nums),
    "見出しの下の番号付きの取組を数える", f"{TKF}: 基本方針2 持続可能な財政運営 の下 取組" + "、".join(nums))
add(["久留米市の新しい行革大綱って期間はいつまで？"], "passage", "contains", ["令和9年度"],
    "見出し 大綱の期間 の本文", f"{TKF}: 大綱の期間 令和6年度（2024年度）～令和9年度（2027年度）")
add(["久留米市の行革大綱の取組9って何？", "それの所管は？"], "item", "set", [tk_key("9")],
    "番号で取組を引き、所管は同じ塊", f"{TKF}: 取組9 働き方改革 所管 {TK['9'][3]}")
add(["久留米市の大綱の基本理念を教えて"], "passage", "contains", ["変化に強い市役所へ"],
    "見出し 基本理念 の本文", f"{TKF}: 基本理念 「市民とともに、変化に強い市役所へ」")

# ---------------------------------------------------------------- 松江市 パブコメ (txt)
rows = [r for r in D.PC if r[4] == "A"]
add(["松江市の行財政改革実行計画のパブコメで、計画に反映された意見は？"], "item", "set", [pc_key(r) for r in rows],
    "反映区分A（反映する）。一部反映Bは含めない", f"{PCF}: 反映区分=A は {nos(rows)}")
rows = [r for r in D.PC if r[4] in ("A", "B")]
add(["松江市の実行計画案の意見募集で、一部でも反映した意見は何件？"], "item", "count", len(rows),
    "反映区分A+B", f"{PCF}: 反映区分 A/B は {nos(rows)}")
rows = [r for r in D.PC if "取組2" in r[1]]
add(["松江市のパブリックコメント、第3章の取組2に対する意見は？"], "item", "set", [pc_key(r) for r in rows],
    "該当箇所で絞る", f"{PCF}: 該当箇所=第3章 取組2 は {nos(rows)}")
r = next(r for r in D.PC if "ふるさと納税" in r[2])
add(["松江市のパブコメで、ふるさと納税に触れた意見への市の回答は？"], "item", "set", [pc_key(r)],
    "意見の本文に語", f"{PCF}: No.{r[0]}（反映区分 {r[4]}）")
cnt = {}
for r in D.PC:
    cnt[r[4]] = cnt.get(r[4], 0) + 1
rows = [r for r in D.PC if r[4] == "D"]
add(["松江市の行財政改革実行計画（案）のパブコメ、反映区分ごとの件数は？", "じゃあ「今後の参考とする」だったのは？"], "item", "set",
    [pc_key(r) for r in rows], "区分ごとの件数から区分の名で絞る（Dの意味は凡例）",
    f"{PCF}: " + "、".join(f"{k}{cnt[k]}" for k in sorted(cnt)) + f"; D は {nos(rows)}")
add(["松江市の行革計画案への意見って全部で何件来た？"], "passage", "contains", ["13件"],
    "冒頭の 意見提出者数 行", f"{PCF}: 2 意見提出者数 9人（意見数 {len(D.PC)}件）")
r = next(r for r in D.PC if "テレワーク" in r[2])
add(["松江市パブコメでテレワークの意見ってあった？", "それは反映された？"], "item", "set", [pc_key(r)],
    "意見の本文に語、反映区分は同じ塊", f"{PCF}: No.{r[0]} 反映区分 {r[4]}（{D.PC_KIND[r[4]]}）")
rows = [r for r in D.PC if r[4] == "C"]
add(["松江市の意見募集結果で、もう計画に書いてあるって回答した意見は？"], "item", "set", [pc_key(r) for r in rows],
    "反映区分C を言い換えで", f"{PCF}: 反映区分=C は {nos(rows)}")
r = next(r for r in D.PC if "指定管理者の評価結果" in r[2])
add(["松江市のパブコメで指定管理者の評価結果を公表してって意見、市はなんて答えた？"], "item", "contains", ["既にホームページで公表"],
    "意見を引き、市の考え方を読む", f"{PCF}: No.{r[0]} 市の考え方 {r[3]}")


def main() -> None:
    assert len(Q) == 50, len(Q)
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
    from collections import Counter
    print(len(Q), Counter(q["target"] for q in Q), Counter(q["expect"] for q in Q),
          sum(len(q["turns"]) > 1 for q in Q))


if __name__ == "__main__":
    main()
