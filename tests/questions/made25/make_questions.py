"""Write tests/questions/made25/questions.jsonl: 64 questions over the made25 documents.

`python -m tests.questions.made25.make_questions` (after make_documents). Every answer is computed
from make_documents' data structures; record keys are `<file name>:<line>` with the line found in
the text the format layer (assistant.formats.to_text, not the engine) makes of the file.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.formats import to_text
from tests.questions.made25 import make_documents as md

OUT = Path(__file__).parent / "questions.jsonl"
_LINES: dict[str, list[str]] = {}


def lines(name: str) -> list[str]:
    if name not in _LINES:
        path = md.DOCS / name
        _LINES[name] = to_text(path.read_bytes(), path.name).text.splitlines()
    return _LINES[name]


def key(name: str, *cells: str) -> str:
    """The key of the one line of `name` whose tab-separated cells include all of `cells`."""
    hits = [i for i, line in enumerate(lines(name), 1) if all(c in line.split("\t") for c in cells)]
    assert len(hits) == 1, (name, cells, hits)
    return f"{name}:{hits[0]}"


def item_key(num: int) -> str:
    """The heading line 「取組N　名称」 of a measure of the 安曇野市 text report."""
    m = next(m for m in md.MEASURES if m[0] == num)
    head = f"取組{num}　{m[2]}"
    hits = [i for i, line in enumerate(lines(md.F_REFORM), 1) if line == head]
    assert len(hits) == 1, head
    return f"{md.F_REFORM}:{hits[0]}"


# -- record helpers ---------------------------------------------------------------------------------
def fac_row(f) -> str:  # summary sheet row of a 春日井市 facility
    return key(md.F_FACILITY, f[1], f[2])


def sub_row(s) -> str:
    return key(md.F_SUBSIDY, s[0], s[1])


def plan_row(f) -> str:
    return key(md.F_FACILITY_PLAN, f[1], f[2])


def fy_of_month(year: int, month: int) -> int:
    """令和 fiscal year of a 令和 calendar month: 令和7年3月 is FY 令和6."""
    return year if month >= 4 else year - 1


Q: list[dict] = []


def add(turns, target, expect, answer, why, derivation):
    Q.append({"id": f"m25-{len(Q) + 1:03d}", "turns": turns if isinstance(turns, list) else [turns],
              "target": target, "expect": expect, "answer": answer, "why": why, "derivation": derivation})


def build() -> None:
    F, S, P, M = md.FACILITIES, md.SUBSIDIES, md.PLAN_FACILITIES, md.MEASURES

    # ---- 春日井市 指定管理者モニタリング評価 (xlsx) ----
    a = [f for f in F if f[11] == "A"]
    add("春日井市の指定管理者評価で、総合評価がAの施設はどこですか？", "table_row", "set", [fac_row(f) for f in a],
        "condition on a grade column of a workbook's summary sheet",
        "評価結果一覧 sheet: 総合評価=A は " + "、".join(f[1] for f in a))
    c = [f for f in F if f[11] == "C"]
    assert len(c) == 1
    add("春日井市の指定管理のモニタリング評価でC評価だった施設って、どこの課の所管？", "table_row", "contains", [c[0][2]],
        "field of the one record matching a grade (colloquial)", f"評価結果一覧: 総合評価=C は {c[0][1]}、所管課 {c[0][2]}")
    park = next(f for f in F if f[1] == "落合公園")
    add("落合公園の指定管理者ってどこでしたっけ", "table_row", "contains", [park[3]],
        "field of one record named by its facility", f"評価結果一覧: 落合公園 の 指定管理者 = {park[3]}")
    gym = F[0]
    add("春日井市総合体育館の令和6年度の指定管理料はいくら？", "item", "value", gym[9],
        "label/value cell of a per-facility sheet (千円)", f"シート{gym[0]}: 令和6年度指定管理料（千円） {gym[9]:,}")
    bunka = next(f for f in F if f[1] == "文化フォーラム春日井")
    add("文化フォーラム春日井のR6の利用者数の実績は何人でしたか", "item", "value", bunka[6],
        "actual value of a plan/actual table in a per-facility sheet", f"シート{bunka[0]}: 利用者数（人） 実績 {bunka[6]:,}")
    end9 = [f for f in F if f[4][1] == "令和9年3月31日"]
    add("春日井市で指定期間が令和9年3月末で満了する指定管理施設は何施設？", "table_row", "count", len(end9),
        "condition on the end of a period written as a 和暦 date range",
        "評価結果一覧 指定期間 ～令和9年3月31日: " + "、".join(f[1] for f in end9))
    sport = [f for f in F if f[2] == "スポーツ課"]
    add(["春日井市の指定管理施設の一覧を出して", "スポーツ課が所管するのはいくつ？"], "table_row", "count", len(sport),
        "follow-up: department condition on the list named in the first turn",
        "評価結果一覧 所管課=スポーツ課: " + "、".join(f[1] for f in sport))
    order = "SABC"
    b_up = [f for f in F if order.index(f[11]) <= order.index("B")]
    b_up_aged = [f for f in b_up if f[2] == "高齢福祉課"]
    add(["春日井市の指定管理で総合評価がB以上の施設は？", "そのうち高齢福祉課のは？"], "table_row", "set",
        [fac_row(f) for f in b_up_aged], "follow-up keeping an ordinal grade condition (B以上 = S/A/B) and adding a department",
        "評価結果一覧: 総合評価 S/A/B のうち 所管課=高齢福祉課 は " + "、".join(f[1] for f in b_up_aged))
    grades = Counter(f[11] for f in F)
    add("春日井市の指定管理者評価、総合評価ごとの施設数を教えて", "table_row", "count", len(grades),
        "distribution: the count is the number of groups", f"評価結果一覧 総合評価の分布 {dict(grades)}")
    add("春日井の指定管理、総合評価でいちばん多い評価は何施設ありますか", "table_row", "value", max(grades.values()),
        "size of the largest group", f"評価結果一覧 総合評価 {dict(grades)}: 最多 A")
    jv = [f for f in F if f[3] == "かすがいスポーツパートナーズ共同事業体"]
    add("かすがいスポーツパートナーズ共同事業体が指定管理者になってる施設はどれ？", "table_row", "set", [fac_row(f) for f in jv],
        "condition on an operator's name", "評価結果一覧 指定管理者=かすがいスポーツパートナーズ共同事業体: " + "、".join(f[1] for f in jv))
    top_fee = max(F, key=lambda f: f[9])
    add("春日井市の指定管理施設で指定管理料がいちばん高いのはどこ？", "item", "contains", ["総合体育館"],
        "max over label/value cells spread over sheets", f"各シートの令和6年度指定管理料: 最大は {top_fee[1]} {top_fee[9]:,}千円")
    short = [f for f in F if f[6] < f[5]]
    add("春日井市の指定管理施設で、利用者数が目標に届かなかったのは何施設？", "item", "count", len(short),
        "comparing planned and actual values across per-facility sheets",
        "各シート 利用者数 実績<目標: " + "、".join(f"{f[1]} {f[6]:,}<{f[5]:,}" for f in short))

    # ---- 春日井市 補助金等見直し結果一覧 (pdf) ----
    def by_kind(kind):
        return [s for s in S if s[2] == kind]

    add("春日井市の補助金見直しで廃止になったのはどれですか", "table_row", "set", [sub_row(s) for s in by_kind("廃止")],
        "condition on 見直し区分 in a two-page PDF table", "見直し区分=廃止: " + "、".join(s[0] for s in by_kind("廃止")))
    add(["春日井市の補助金等見直し結果一覧を見たい", "縮少とされたものは何件ありますか"], "table_row", "count", len(by_kind("縮小")),
        "follow-up naming the document first; typo 縮少 for 縮小", "見直し区分=縮小: " + "、".join(s[0] for s in by_kind("縮小")))
    add("補助金等見直し結果一覧で「継続」は何件？", "table_row", "count", len(by_kind("継続")),
        "count of a category over rows on both pages", f"見直し区分=継続 {len(by_kind('継続'))}件 (No. {[i for i, s in enumerate(S, 1) if s[2] == '継続']})")
    rest = [s for s in S if s[2] not in ("廃止", "統合")]
    add("春日井市の補助金で、見直し区分が廃止と統合以外のものは何件ですか", "table_row", "count", len(rest),
        "negation over two categories (以外)", f"見直し区分が廃止・統合でない行: {len(rest)}件 (縮小{len(by_kind('縮小'))}+継続{len(by_kind('継続'))})")
    r7 = md.subsidy_totals()[2]
    add("春日井市の補助金、2025年度予算額の合計はいくら？", "table_row", "value", r7,
        "sum over rows (合計 row not added twice); 西暦 2025年度 = 令和7年度; 「－」 counts as nothing",
        f"令和7年度予算額 列の和 = 合計行 {r7:,}千円")
    shrink_r7 = sum(s[5] for s in by_kind("縮小"))
    add("春日井市で縮小になった補助金のR7予算、全部でいくらになりますか", "table_row", "value", shrink_r7,
        "sum with a condition", "見直し区分=縮小 の令和7年度予算額の和: " + "+".join(str(s[5]) for s in by_kind("縮小")))
    aged = [s for s in S if s[1] == "高齢福祉課"]
    add("春日井市の高齢福祉課の補助金はいくつ見直しの対象になってますか", "table_row", "count", len(aged),
        "department condition", "所管課=高齢福祉課: " + "、".join(s[0] for s in aged))
    aged_shrink = [s for s in aged if s[2] == "縮小"]
    add(["春日井市の補助金で高齢福祉課のものは？", "そのうち縮小されるのは？"], "table_row", "set", [sub_row(s) for s in aged_shrink],
        "follow-up keeping the department", "所管課=高齢福祉課 かつ 縮小: " + "、".join(s[0] for s in aged_shrink))
    keirou = next(s for s in S if s[0] == "敬老会開催補助金")
    add("春日井市の敬老会の補助金はどう見直されるんでしょうか", "table_row", "contains", ["77歳以上"],
        "a text field of one record named loosely", f"敬老会開催補助金 見直しの内容: {keirou[6]}")
    big = [s for s in S if s[3] >= 30000]
    add("春日井市の補助金で、令和5年度の決算額が30,000千円以上のものは？", "table_row", "set", [sub_row(s) for s in big],
        "numeric threshold on a 千円 column", "令和5年度決算額≥30,000: " + "、".join(f"{s[0]} {s[3]:,}" for s in big))
    depts = Counter(s[1] for s in S)
    top_dept, top_n = depts.most_common(1)[0]
    assert list(depts.values()).count(top_n) == 1
    add("補助金等見直し結果一覧で、件数がいちばん多い所管課は何件ありますか", "table_row", "value", top_n,
        "size of the largest group (いちばん多い課は何件)", f"所管課ごとの件数: 最多 {top_dept} {top_n}件 {dict(depts)}")
    up = [s for s in S if s[5] is not None and s[5] > s[4]]
    add("春日井市の補助金で、令和6年度より令和7年度の予算が増えたものはありますか", "table_row", "set", [sub_row(s) for s in up],
        "comparing two year columns row by row", "令和7年度予算額>令和6年度予算額: " + "、".join(f"{s[0]} {s[4]:,}→{s[5]:,}" for s in up))
    econ = [s for s in S if s[1] == "経済振興課"]
    econ_keep = [s for s in econ if s[2] == "継続"]
    add(["春日井市の経済振興課の補助金を見せてください", "その中で継続のものは何件？"], "table_row", "count", len(econ_keep),
        "follow-up keeping the department, adding a category",
        "所管課=経済振興課 かつ 継続: " + "、".join(s[0] for s in econ_keep))
    sosai = next(s for s in S if s[0] == "社会福祉協議会運営補助金")
    add("春日井市の社会福祉協議会運営補助金、令和7年度予算額は？", "table_row", "value", sosai[5],
        "one field of one record on the second page", f"No.{S.index(sosai) + 1} 社会福祉協議会運営補助金 令和7年度予算額 {sosai[5]:,}")
    blank = [s for s in S if not s[6]]
    add("補助金等見直し結果一覧で、見直しの内容が空欄になっている補助金は何件ある？", "table_row", "count", len(blank),
        "blank cells (※3: 空欄は現行どおり継続)", f"見直しの内容が空欄の行 {len(blank)}件: " + "、".join(s[0] for s in blank))

    # ---- 春日井市 行政改革推進委員会 会議録 (docx) ----
    add("春日井市の行革推進委員会、令和6年度の第2回はいつ開催されましたか", "passage", "contains", ["令和6年11月20日"],
        "date of a meeting, read from minutes", f"会議録 1 日時 {md.MINUTES_DATE}")
    add(["春日井市の行政改革推進委員会の会議録", "次回はいつ開かれる予定？"], "passage", "contains", ["令和7年2月12日"],
        "follow-up naming the minutes, then a date in them", f"会議録 8 次回の開催 {md.NEXT_MEETING}")
    add("会議録で、東部市民センターの利用者が目標を下回った理由は何と説明されてる？", "passage", "contains", ["空調設備"],
        "reply of 事務局 to a 委員's question", "A委員の質問への事務局（市民活動推進課）の回答: 空調設備の改修工事のためホールを休止")
    add("春日井市の委員会で、交通安全協会補助金を廃止したら見守り活動はどうなるって言ってました？", "passage", "contains", ["委託事業"],
        "reply in minutes about a subsidy also in the PDF", "D委員の質問への事務局（市民安全課）の回答: 令和7年度から委託事業として継続")
    chair = md.MEMBERS[0]
    add("春日井市の行政改革推進委員会の委員長はどなたですか", "table_row", "contains", [chair[1].split()[0]],
        "a field of an attendance table in a Word document", f"会議録 出席委員の表: 委員長 {chair[1]}（{chair[2]}）")
    add("第2回の行革推進委員会に出席した委員は何人？（春日井市）", "table_row", "count", len(md.MEMBERS),
        "rows of the attendance table (本文 also says 7名)", f"会議録 3 出席委員（{len(md.MEMBERS)}名）の表の行")
    add("春日井市の行革推進委員会で、社協の運営補助金の削減目標について事務局は何年度までに何割と答えた？", "passage", "contains", ["令和9年度", "1割"],
        "reply in minutes; abbreviation 社協", "E委員の質問への事務局（地域福祉課）の回答: 令和9年度までに人件費補助を1割縮減")
    add(["春日井市の委員会で東部市民センターについてどんな意見が出た？", "改善計画の提出期限はいつですか"], "passage", "contains",
        ["令和7年1月末"], "follow-up within the minutes' question and reply", "A委員の再質問への事務局（市民活動推進課）の回答: 令和7年1月末までに提出")

    # ---- 安曇野市 個別施設計画 (html) ----
    def act(name):
        return [f for f in P if f[5] == name]

    add("安曇野市の個別施設計画で廃止する施設は？", "table_row", "set", [plan_row(f) for f in act("廃止")],
        "category condition in an HTML table with rowspan groups", "表3-1 対策の方向性=廃止: " + "、".join(f[1] for f in act("廃止")))
    add("安曇野市の公共施設で長寿命化する施設は何施設ですか", "table_row", "count", len(act("長寿命化")),
        "count (表3-2 集計 also says so; its rows are not facilities)", "表3-1 対策の方向性=長寿命化: " + "、".join(f[1] for f in act("長寿命化")))
    showa = [f for f in P if f[3][0] == "昭和"]
    add(["安曇野市の個別施設計画を見せてください", "昭和に建てられた施設はいくつ？"], "table_row", "count", len(showa),
        "follow-up naming the document; 和暦 era condition on a year column", "建築年度が昭和: " + "、".join(f[1] for f in showa))
    old = [f for f in P if md.AGE_BASE_YEAR - md.seireki(f[3]) >= 40]
    add("安曇野市の個別施設計画で、築40年以上の施設はどれ？", "table_row", "set", [plan_row(f) for f in old],
        "numeric threshold on 築年数", "築年数≥40: " + "、".join(f"{f[1]}({md.AGE_BASE_YEAR - md.seireki(f[3])})" for f in old))
    r8 = [f for f in P if f[6] == 8]
    r8_close = [f for f in r8 if f[5] == "廃止"]
    add(["安曇野市で2026年度に対策をする施設は？", "そのうち廃止するものは？"], "table_row", "set", [plan_row(f) for f in r8_close],
        "follow-up; 西暦 2026年度 = 令和8年度 on a 和暦 column", "実施時期=令和8年度 かつ 廃止: " + "、".join(f[1] for f in r8_close))
    shogai = [f for f in P if f[2] == "生涯学習課"]
    add(["安曇野市の個別施設計画で生涯学習課が所管する施設は？", "それらの概算費用の合計は？"], "table_row", "value",
        sum(f[7] or 0 for f in shogai), "follow-up: sum over the previous answer's rows (「－」 is nothing)",
        "所管課=生涯学習課 概算費用: " + "+".join(str(f[7] or 0) for f in shogai) + "（百万円）")
    add("安曇野市の個別施設計画の概算費用は全部でいくら？", "table_row", "value", sum(f[7] or 0 for f in P),
        "sum over rows; the 合計 row of 表3-2 states it too", f"表3-1 概算費用の和 {sum(f[7] or 0 for f in P):,}百万円")
    toyo = next(f for f in P if f[1] == "豊科公民館")
    add("豊科公民館はこれからどうする予定ですか", "table_row", "contains", [toyo[5], f"令和{toyo[6]}年度"],
        "fields of one record named by facility", f"表3-1 豊科公民館: {toyo[5]}、令和{toyo[6]}年度")
    by2030 = [f for f in P if 2018 + f[6] <= 2030]
    add("安曇野市で2030年度までに対策を実施する施設は何施設？", "table_row", "count", len(by2030),
        "西暦 fiscal-year range against a 和暦 column (2030年度 = 令和12年度)",
        f"実施時期が令和12年度以前: {len(by2030)}件（令和13・14年度を除く）")
    groups = Counter(f[0] for f in P)
    add("安曇野市の個別施設計画、施設分類ごとの施設数は？", "table_row", "count", len(groups),
        "distribution over a rowspan column", f"施設分類 {dict(groups)}")
    add("安曇野市で譲渡する予定の施設はどこですか", "table_row", "set", [plan_row(f) for f in act("譲渡")],
        "category condition", "対策の方向性=譲渡: " + "、".join(f[1] for f in act("譲渡")))

    # ---- 安曇野市 第4次行財政改革推進計画 令和6年度取組状況 (text) ----
    def grade(g):
        return [m for m in M if m[8] == g]

    add("安曇野市の行革の取組で、達成度がCのものは？", "item", "set", [item_key(m[0]) for m in grade("C")],
        "grade condition on numbered measures with 【】 labels", "【達成度】C: 取組" + "、".join(str(m[0]) for m in grade("C")))
    shimin = [m for m in M if m[3] == "市民課"]
    add("安曇野市で市民課が担当している取組は何件ありますか", "item", "count", len(shimin),
        "department condition on 【担当課】", "【担当課】市民課: 取組" + "、".join(str(m[0]) for m in shimin))
    shimin_not_a = [m for m in shimin if m[8] != "A"]
    add(["安曇野市の市民課の取組は？", "そのうち達成度がA以外のものは？"], "item", "set", [item_key(m[0]) for m in shimin_not_a],
        "follow-up with negation", "市民課 かつ 達成度≠A: 取組" + "、".join(str(m[0]) for m in shimin_not_a))
    furu = next(m for m in M if "ふるさと" in m[2])
    add("安曇野市のふるさと寄付金の取組の担当課はどこですか", "item", "contains", [furu[3]],
        "one field of one measure; 寄付 written for the document's 寄附", f"取組{furu[0]} 【担当課】{furu[3]}")
    effect = [m for m in M if m[9] is not None]
    add(["安曇野市の行財政改革で効果額が出ている取組は？", "それの合計は？"], "item", "value", sum(m[9] for m in effect),
        "follow-up: sum of 千円 amounts; 「－」 excluded", "【効果額】の和: " + "+".join(str(m[9]) for m in effect) + "（千円）")
    p3 = [m for m in M if m[1] == 2 and m[9] is not None]
    add("安曇野市の基本方針Ⅲの取組の効果額を合計すると？", "item", "value", sum(m[9] for m in p3),
        "sum restricted to a section heading (基本方針Ⅲ)", "基本方針Ⅲ 効果額: " + "+".join(str(m[9]) for m in p3))
    dist = Counter(m[8] for m in M)
    add("安曇野市の行財政改革、達成度ごとの件数を教えてください", "item", "count", len(dist),
        "distribution: number of groups", f"達成度 {dict(sorted(dist.items()))}")
    add("安曇野市の取組でまだ手をつけていないものはありますか", "item", "set", [item_key(m[0]) for m in grade("D")],
        "colloquial wording for D（未着手）", "【達成度】D: 取組" + "、".join(str(m[0]) for m in grade("D")))
    fy6 = [m for m in M if fy_of_month(*m[10]) == 6]
    add("安曇野市の行革で、令和6年度中に完了予定の取組はどれ？", "item", "set", [item_key(m[0]) for m in fy6],
        "calendar months against a fiscal year (令和7年3月 is FY 令和6)",
        "【完了予定】が令和6年4月～令和7年3月: " + "、".join(f"取組{m[0]}(令和{m[10][0]}年{m[10][1]}月)" for m in fy6))
    gyokei = [m for m in M if m[3] == "行政経営課"]
    gyokei_eff = [m for m in gyokei if m[9] is not None]
    add(["安曇野市の行政経営課の取組を教えて", "そのうち効果額があるものは？"], "item", "set", [item_key(m[0]) for m in gyokei_eff],
        "follow-up: department then a filled/blank field", "担当課=行政経営課 かつ 効果額あり: 取組" + "、".join(str(m[0]) for m in gyokei_eff))
    oku = [m for m in M if (m[9] or 0) >= 100000]
    add("効果額が1億円を超えている取組は？（安曇野市）", "item", "set", [item_key(m[0]) for m in oku],
        "threshold in 円 against a 千円 field", "【効果額】≥100,000千円: " + "、".join(f"取組{m[0]} {m[9]:,}千円" for m in oku))
    a3 = [m for m in grade("A") if m[1] == 2]
    add(["安曇野市で達成度がAの取組は？", "そのうち基本方針Ⅲのものは何件？"], "item", "count", len(a3),
        "follow-up restricting to a section", "達成度A かつ 基本方針Ⅲ: 取組" + "、".join(str(m[0]) for m in a3))
    rpa = next(m for m in M if m[2].startswith("RPA"))
    add("安曇野市のRPAの取組、R6の実績と目標はどうだった？", "item", "contains", [rpa[7]],
        "planned vs actual of one measure", f"取組{rpa[0]} 【令和6年度目標】{rpa[6]} 【実績】{rpa[7]}")

    # ---- documents that do not exist: honest answer is nothing ----
    add("沼津市の指定管理者評価でC評価の施設は何件ですか", "table_row", "count", 0,
        "city not in the set (沼津市): nothing should be answered from 春日井市's workbook", "沼津市の資料はない")
    add("春日井市の個別施設計画で廃止する施設は何件？", "table_row", "count", 0,
        "document not in the set: 春日井市 has no 個別施設計画 (安曇野市's must not be used)", "春日井市の個別施設計画はない")
    add("安曇野市の第3次行財政改革推進計画で達成度がDの取組は何件？", "table_row", "count", 0,
        "plan not in the set: only the 第4次 plan exists", "第3次計画の資料はない")
    add("松本市の公共施設の個別施設計画で統合する施設はいくつ？", "table_row", "count", 0,
        "city not in the set (松本市): 安曇野市's table must not answer", "松本市の資料はない")


def main() -> None:
    build()
    assert len(Q) == 64, len(Q)
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in Q), encoding="utf-8")
    kinds = Counter(q["expect"] for q in Q)
    follow = sum(1 for q in Q if len(q["turns"]) > 1)
    print(f"{len(Q)} questions, {dict(kinds)}, follow-ups {follow}")


if __name__ == "__main__":
    main()
