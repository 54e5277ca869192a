# -*- coding: utf-8 -*-
"""Computes every answer from data.py and writes questions.jsonl (50 questions, m78-001…)."""
import json, os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []
def add(turns, target, expect, answer, why, derivation):
    if isinstance(turns, str): turns = [turns]
    if isinstance(answer, (set, list)) and expect in ("set", "contains"): answer = sorted(answer)
    if expect == "set": assert answer, turns
    Q.append({"id": f"m78-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})

PDF = "01_第3次鶉ヶ嶺市行財政改革実施計画_最終報告書（取組個票）.pdf"
HTM = "02_行財政改革実施計画_取組一覧（最終評価）.html"
DOC = "03_行財政改革推進懇談会意見書.docx"
XLS = "04_鶉ヶ嶺地域広域連合_共同事業一覧（令和3・4年度）.xlsx"
TXT = "05_行革ニュース第18号.txt"
def codes(pred): return {i[0] for i in ITEMS if pred(i)}
g = grade
def jp(fy, pred): return {p[0] for p in JP if fy in p[5] and pred(p)}
def member_idx(name): return SURNAME.index(name)

# ------------------------------------------------------------------ practice (PDF / HTML)
add("鶉ヶ嶺市の行財政改革実施計画で、令和4年度の評価が×だった取組はどれですか", "practice", "set",
    codes(lambda i: g(i, 2022) == "×"), f"{PDF}: 各個票の年度表。No.3-2の令和4年度行は表がページをまたいだ次ページにある",
    "grade(2022) == '×'")
add("令和元年度に◎がついた取組を教えてください", "practice", "set",
    codes(lambda i: g(i, 2019) == "◎"), f"{PDF}: 年度表の行ラベルは「平成31年度（令和元年度）」", "grade(2019) == '◎'")
add("R3までに完了した取組ってどれがある？", "practice", "set",
    codes(lambda i: i[7] and i[7] <= 2021), f"{HTM}: 完了年度欄は 令和元年度 / R2 / 令和3年度 / 2021年度 / R3 などが混在。PDFの取組期間（完了）とも一致",
    "done_year <= 2021")
add("今後の方向性が「見直し」になっている取組はどれでしょうか", "practice", "set",
    codes(lambda i: i[6] == "見直し"), f"{PDF}/{HTM}: 今後の方向性", "direction == 見直し")
add(["重点項目1の取組を一覧で見たい", "その中で方向性が拡充のものは？"], "practice", "set",
    codes(lambda i: theme_of(i) == 1 and i[6] == "拡充"), f"{HTM}: 重点項目1の見出し行の下", "theme==1 and direction==拡充")
add(["人事課が所管している取組は？", "そのうち、まだ完了していないのはどれ？"], "practice", "set",
    codes(lambda i: i[2] == "人事課" and not i[7]), f"{PDF}: 所管課 = 人事課、完了年度なし（HTMLの完了年度「－」）",
    "dept==人事課 and not done")
add("関連課に情報政策課が入っている取組を全部挙げてください", "practice", "set",
    codes(lambda i: "情報政策課" in i[3]), f"{PDF}: 個票の「関連課」欄（所管課が情報政策課のものは含まない）", "'情報政策課' in related")
add("最終報告書の個票で、進捗率が50％に届かなかった取組はどれですか", "practice", "set",
    codes(lambda i: i[5] < 50), f"{PDF}: 進捗率は全角数字（４０％ 等）。50％ちょうどのNo.2-3は含まない", "rate < 50")
add("進捗率は100％なのに完了になっていない取組はある？", "practice", "set",
    codes(lambda i: i[5] == 100 and not i[7]), f"{HTM}: 進捗率100％・完了年度「－」・方向性 拡充", "rate==100 and not done")
add("計画期間の4年間、毎年◎だった取組を教えて", "practice", "set",
    codes(lambda i: all(g(i, y) == "◎" for y in YEARS)), f"{PDF}: 4年度すべて◎", "all ◎")
add("平成31年度には計画がなく、途中の年度から始まった取組はどれですか", "practice", "set",
    codes(lambda i: g(i, 2019) is None), f"{PDF}: 平成31年度（令和元年度）行が「－」、取組期間が令和2年度～/令和3年度～",
    "grade(2019) is None")
add(["重点項目3の取組を教えてください", "そのうち最終評価が○以上だったものは？"], "practice", "set",
    codes(lambda i: theme_of(i) == 3 and RANK[last_grade(i)] >= 3), f"{HTM}: 最終評価の「評価」列、○以上 = ◎ or ○",
    "theme==3 and last_grade in ◎○")
add("令和3年度から令和4年度にかけて評価が下がった取組は？（両年度とも評価があるもの）", "practice", "set",
    codes(lambda i: g(i, 2021) and g(i, 2022) and RANK[g(i, 2022)] < RANK[g(i, 2021)]),
    f"{PDF}: ◎>○>△>× の順で比較。No.3-2のR4行はページをまたいだ次ページ", "rank(2022) < rank(2021)")
add("取組一覧で最終評価が△になっている取組を教えてください", "practice", "set",
    codes(lambda i: last_grade(i) == "△"), f"{HTM}: 最終評価・評価列", "last_grade == △")
add("計画期間中に一度でも×評価を受けた取組は？", "practice", "set",
    codes(lambda i: "×" in i[4].values()), f"{PDF}: いずれかの年度で×", "any ×")
add(["行政改革推進課の取組はどれですか", "じゃあ、そのうち完了したのは？"], "practice", "set",
    codes(lambda i: i[2] == "行政改革推進課" and i[7]), f"{HTM}: 所管課 = 行政改革推進課（関連課としての登場は含まない）、完了年度あり",
    "dept==行政改革推進課 and done")
add("20の取組のうち、完了した取組は何件ありますか", "practice", "count",
    len(codes(lambda i: i[7])), f"{HTM}: 完了年度が「－」でない行 / {TXT}: 完了は7取組", "count(done)")
add(["令和2年度の評価を見せて", "その年に×だった取組は？"], "practice", "set",
    codes(lambda i: g(i, 2020) == "×"), f"{PDF}: 令和2年度の行", "grade(2020) == ×")
add("完了年度が2022年度の取組はどれですか", "practice", "set",
    codes(lambda i: i[7] == 2022), f"{HTM}: 完了年度「令和4年度」「2022年度」の表記が混在", "done == 2022")
add("令和元年度に完了した取組は？", "practice", "set",
    codes(lambda i: i[7] == 2019), f"{HTM}: 完了年度「令和元年度」/ {PDF}: 取組期間「平成31年度のみ（完了）」", "done == 2019")
add("管財課が所管する取組で、方向性が完了以外のものはどれですか", "practice", "set",
    codes(lambda i: i[2] == "管財課" and i[6] != "完了"), f"{PDF}: 所管課 管財課 は No.2-5（完了）と No.3-5", "dept==管財課 and dir!=完了")

# ------------------------------------------------------------------ initiative (重点項目)
def themes(pred): return {str(k) for k in THEMES if pred(k)}
add("方向性が「見直し」の取組を含んでいる重点項目はどれですか", "initiative", "set",
    themes(lambda k: any(i[6] == "見直し" for i in ITEMS if theme_of(i) == k)), f"{HTM}: 重点項目見出し行（colspan）と方向性", "any 見直し")
add("取組の数がいちばん多い重点項目はどれ？", "initiative", "set",
    themes(lambda k: sum(theme_of(i) == k for i in ITEMS) == max(sum(theme_of(i) == t for i in ITEMS) for t in THEMES)),
    f"{HTM}/{PDF}: 重点項目2は6取組", "argmax count")
add("計画期間を通じて、×の評価を受けた取組が一つもない重点項目はどれ？", "initiative", "set",
    themes(lambda k: all("×" not in i[4].values() for i in ITEMS if theme_of(i) == k)), f"{PDF}: 重点項目ごとに×の有無", "no × in theme")

# ------------------------------------------------------------------ comment (懇談会の意見 → 重点項目)
def op(pred): return {str(k) for k, lst in OPINIONS.items() if any(pred(m, t) for m, t in lst)}
add("行財政改革推進懇談会の意見書で、高齢者に触れているのはどの重点項目ですか", "comment", "set",
    op(lambda m, t: "高齢者" in t), f"{DOC}: 重点項目ごとの「委員の意見」", "'高齢者' in opinion")
add("職員の負担について委員から意見が出ている重点項目は？", "comment", "set",
    op(lambda m, t: "職員の負担" in t), f"{DOC}: 委員の意見", "'職員の負担' in opinion")
add("委員長の意見の中で財源について言及しているのはどの重点項目に対するもの？", "comment", "set",
    op(lambda m, t: m == 0 and "財源" in t), f"{DOC}: 【鳴海委員長】で始まる段落", "member==委員長 and '財源'")
add("市民への公表や説明を求める意見がついた重点項目を教えてください", "comment", "set",
    op(lambda m, t: "公表" in t or "説明" in t), f"{DOC}: 「市民にも公表」「市民に分かりやすく説明」。総括は重点項目の意見ではない",
    "'公表' or '説明' in opinion")
add(["蓮見委員の意見を見たい", "その中で、研修に触れているものはどの重点項目？"], "comment", "set",
    op(lambda m, t: m == 3 and "研修" in t), f"{DOC}: 【蓮見委員】の段落", "member==蓮見 and '研修'")
add("近隣自治体との連携に触れた意見はどの重点項目についてのもの？", "comment", "set",
    op(lambda m, t: "近隣自治体" in t), f"{DOC}: 【丹羽委員】「広域連合など近隣自治体との事務の共同化」", "'近隣自治体' in opinion")

# ------------------------------------------------------------------ passage (docx evaluations)
k3c = [SURNAME[i] for i, e in enumerate(EVAL[3]) if e == "C"]
assert len(k3c) == 1
add("懇談会の評価で、重点項目3にCをつけた委員は誰ですか", "passage", "contains", [k3c[0]],
    f"{DOC}: 重点項目３の評価表（評価 S/A/B/C 列の○）", "EVAL[3] == C")
add("S評価は全部で何件ついていますか", "passage", "count", sum(e == "S" for v in EVAL.values() for e in v),
    f"{DOC}: 4つの評価表のS列の○", "count S")
add(["丹羽委員の評価を知りたい", "重点項目1にはどの評価をつけていますか"], "passage", "value", EVAL[1][4],
    f"{DOC}: 重点項目１の評価表、丹羽　健吾の行", "EVAL[1][丹羽]")
add("懇談会の副委員長は誰ですか", "passage", "contains", ["砂川"], f"{DOC}: 委員名簿", "MEMBERS[1]")

# ------------------------------------------------------------------ joint_project (xlsx)
add("広域連合の共同事業で、令和4年度に新しく始まったものはどれですか", "joint_project", "set",
    jp(2022, lambda p: p[5][2022] == "新規"), f"{XLS}: シート「令和4年度」状況 = 新規", "status2022==新規")
add("令和4年度末で終わる共同事業は？", "joint_project", "set",
    jp(2022, lambda p: p[5][2022] == "終了"), f"{XLS}: シート「令和4年度」状況 = 終了", "status2022==終了")
add("2021年度に終了した広域連合の事業はどれでしょう", "joint_project", "set",
    jp(2021, lambda p: p[5][2021] == "終了"), f"{XLS}: シート「令和3年度」状況 = 終了（令和4年度シートには載っていない）", "status2021==終了")
add("両方の年度とも「実施中」になっている共同事業を教えてください", "joint_project", "set",
    {p[0] for p in JP if p[5].get(2021) == "実施中" and p[5].get(2022) == "実施中"}, f"{XLS}: 2シートの状況列を突き合わせ", "both 実施中")
add("令和4年度の共同事業のうち、猪名瀬村が参加していないものは？", "joint_project", "set",
    jp(2022, lambda p: "猪名瀬村" not in parts(p, 2022)), f"{XLS}: シート「令和4年度」猪名瀬村列が空欄", "not 猪名瀬村 (2022)")
add(["令和3年度の福祉・医療分野の事業を見せて", "そのうち翌年度も続いているのはどれ？"], "joint_project", "set",
    {p[0] for p in JP if p[1] == 2 and 2021 in p[5] and 2022 in p[5]}, f"{XLS}: 分野（結合セル）＝福祉・医療、令和4年度シートにもある",
    "field==2 and in both")
add("令和3年度と令和4年度で参加団体が変わった共同事業はありますか", "joint_project", "set",
    {p[0] for p in JP if 2021 in p[4] and 2022 in p[4] and p[4][2021] != p[4][2022]}, f"{XLS}: ○の比較（備考にも記載）", "participants differ")
add("R4の予算が前年度より減っている（▲の）共同事業はどれですか", "joint_project", "set",
    jp(2022, lambda p: diff(p, 2022) is not None and diff(p, 2022) < 0), f"{XLS}: 令和4年度シート 前年度比増減（表示形式で▲、値は負）", "diff2022 < 0")
add(["令和4年度の予算額を事業ごとに教えて", "いちばん予算が大きいのは？"], "joint_project", "set",
    {max((p for p in JP if 2022 in p[6]), key=lambda p: p[6][2022])[0]}, f"{XLS}: 令和4年度シート 予算額", "argmax budget2022")

# ------------------------------------------------------------------ passage (xlsx sums, txt)
s1 = sum(p[6][2022] for p in JP if p[1] == 1 and 2022 in p[5])
add("鶉ヶ嶺地域広域連合の令和4年度、防災・消防分野の予算額の合計は何千円ですか", "passage", "value", s1,
    f"{XLS}: 令和4年度シート、分野1（結合セル）の3事業", "sum budget2022 field1")
add("行革ニュースによると、計画期間中の財政効果額の累計はいくらですか", "passage", "value", sum(EFFECT.values()),
    f"{TXT}: 累計 260,100千円", "sum EFFECT")
best = max(YEARS[1:], key=lambda y: EFFECT[y] - EFFECT[y - 1])
add(["財政効果額の年度別の内訳を教えて", "前年度からの増え方がいちばん大きかったのはどの年度？"], "passage", "contains",
    [{2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度"}[best]],
    f"{TXT}: 41,200→58,700(+17,500)→73,900(+15,200)→86,300(+12,400)", "argmax diff")
add("第2回の行財政改革推進懇談会はいつ開かれましたか", "passage", "contains", ["6月27日"], f"{TXT}: ■ 令和5年6月27日 / {DOC}: 前文「６月２７日」", "NEWS kondan2")
add("職員提案制度で採用になった件数は？", "passage", "value", TEIAN["採用"], f"{TXT}: 令和５年７月２０日の項", "TEIAN 採用")
add(["第4次計画のパブコメっていつまで？"], "passage", "contains", ["9月30日"], f"{TXT}: お知らせ", "NEWS pubcom end")
add(["No.3-4の個票を見せて", "令和4年度の寄附額はいくら？"], "passage", "contains", ["3億2,480万円"],
    f"{PDF}: No.3-4の令和4年度実績 / {TXT}", "TEXT No.3-4 2022")

assert len(Q) == 50, len(Q)
assert sum(len(q["turns"]) > 1 for q in Q) >= 10
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for q in Q: f.write(json.dumps(q, ensure_ascii=False) + "\n")
import collections
print(collections.Counter(q["target"] for q in Q), collections.Counter(q["expect"] for q in Q),
      sum(len(q["turns"]) > 1 for q in Q))
