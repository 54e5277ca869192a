"""Write made35/questions.jsonl: 50 holdout questions over the made35 documents.

Every answer is computed from the data in make_documents.py (the same data the documents are written from);
row lines are looked up in the text assistant.formats.to_text returns for each document (format conversion only).
Run: /work/main/.venv/bin/python -m tests.questions.made35.make_questions
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from assistant.formats import to_text

from .make_documents import (DOCS, FACILITIES, FACILITY_FILE, MEETING, MINUTES_FILE, OPINIONS, REVIEW_FILE, REVIEWS,
                             STAFF, STAFF_FILE, built_ad, staff_subtotal, staff_total, target_ad)

HERE = Path(__file__).resolve().parent
_LINES: dict[str, list[str]] = {}


def lines(name: str) -> list[str]:
    if name not in _LINES:
        p = DOCS / name
        _LINES[name] = to_text(p.read_bytes(), p.name).text.splitlines()
    return _LINES[name]


def key(name: str, prefix: str) -> str:
    """name:line of the single line starting with prefix."""
    hits = [i for i, l in enumerate(lines(name), 1) if l.startswith(prefix)]
    assert len(hits) == 1, (name, prefix, hits)
    return f"{name}:{hits[0]}"


def by_line(keys) -> list[str]:
    return sorted(keys, key=lambda k: int(k.rsplit(":", 1)[1]))


# --- records as dicts ------------------------------------------------------------------------------
ST = [dict(div=s[0], name=s[1], n=dict(zip(["R5", "R6", "R7", "R8", "R9"], s[2])), note=s[3], row=s) for s in STAFF]
FA = [dict(no=f[0], cat=f[1], name=f[2], area_name=f[3], area=f[4], built=f[5], dir=f[6], act=f[7], target=f[8],
           dept=f[9], row=f) for f in FACILITIES]
RV = [dict(code=r[0], bu=r[1], name=r[2], dept=r[3], cost=r[4], kind=r[5], what=r[6], eff=r[7], when=r[8], row=r)
      for r in REVIEWS]


def st_key(s) -> str:
    return key(STAFF_FILE, f"{s['div']}\t{s['name']}\t")


def fa_key(f) -> str:
    return key(FACILITY_FILE, f"{f['no']}\t{f['cat']}\t{f['name']}\t")


def rv_key(r) -> str:
    return key(REVIEW_FILE, f"{r['bu']}\t{r['code']}\t{r['name']}\t")


def S(f):
    return by_line(st_key(s) for s in ST if f(s))


def F(f):
    return by_line(fa_key(x) for x in FA if f(x))


def R(f):
    return by_line(rv_key(r) for r in RV if f(r))


def one(rows, f):
    hit = [r for r in rows if f(r)]
    assert len(hit) == 1, hit
    return hit[0]


Q: list[dict] = []


def q(turns, target, expect, answer, why, derivation):
    turns = [turns] if isinstance(turns, str) else turns
    if expect == "count":
        assert isinstance(answer, int)
    if expect in ("set", "ordered"):
        assert answer or expect == "set", turns
    Q.append({"id": f"m35-{len(Q) + 1:03d}", "turns": turns, "target": target, "expect": expect,
              "answer": answer, "why": why, "derivation": derivation})


SD = f"docs/{STAFF_FILE} シート「部門別職員数」表1(2段の見出し、部門列は結合セル、部門ごとの小計行と合計行あり)"
FD = f"docs/{FACILITY_FILE} 5 施設別の取組(2頁にまたがる表、見出し2段)"
RD = f"docs/{REVIEW_FILE} 表「見直し結果」(部局はrowspan、見出し2段、合計行あり)"
MD = f"docs/{MINUTES_FILE}"


def build() -> None:
    # ================= 鶴岡市 定員管理計画 (XLSX) =================
    top = max(ST, key=lambda s: s["n"]["R9"])
    q("鶴岡市の定員管理計画で、令和9年の計画で職員数がいちばん多い部局は？", "table_row", "ordered", [st_key(top)],
      "最大(小計・合計行を除く)", f"{SD}: 令和9年列の最大 {top['name']} {top['n']['R9']}人")
    s = one(ST, lambda s: s["name"] == "消防本部")
    q("鶴岡市の消防本部って令和7年4月1日時点で職員何人？", "table_row", "value", s["n"]["R7"],
      "1件の値(年の列、各年4月1日現在)", f"{SD}: 消防本部 令和7年")
    q("鶴岡市の定員管理計画で、令和5年から令和9年にかけて職員が増える部局はどれ？", "table_row", "set",
      S(lambda s: s["n"]["R9"] > s["n"]["R5"]), "列の比較(増減>0)、小計行は含めない",
      f"{SD}: 増減（R9－R5）>0 の部局行(消防部門・公営企業等会計部門の小計行は除く)")
    q("鶴岡市の定員計画で職員数が減らない部局は？", "table_row", "set",
      S(lambda s: s["n"]["R9"] >= s["n"]["R5"]), "否定(減らない=増減>=0)",
      f"{SD}: 増減（R9－R5）>=0 の部局行(議会事務局の0を含む)")
    sub = staff_subtotal("一般行政部門")
    q("鶴岡市の一般行政部門の職員数、2027年は何人の計画？", "table_row", "value", sub[4],
      "小計行の値、西暦2027=令和9年", f"{SD}: 一般行政部門 小計 令和9年")
    tot = staff_total()
    q("鶴岡市の定員管理計画だと、職員数の合計は令和5年から令和9年までで何人減る？", "table_row", "value", tot[0] - tot[4],
      "合計行の差(減る人数を正の数で)", f"{SD}: 合計 令和5年 {tot[0]} − 令和9年 {tot[4]}(増減列は{tot[4] - tot[0]})")
    q("鶴岡市で令和5年の職員数が100人以上の部局って何件ある？", "table_row", "count",
      len(S(lambda s: s["n"]["R5"] >= 100)), "数値の範囲で件数(小計行を数えない)",
      f"{SD}: 令和5年>=100 の部局行")
    q(["鶴岡市の定員管理計画で一般行政部門の部局を出して", "そのうち令和7年から令和8年にかけて減るのは？"], "table_row", "set",
      S(lambda s: s["div"] == "一般行政部門" and s["n"]["R8"] < s["n"]["R7"]), "追い質問(部門＋実績と計画の比較)",
      f"{SD}: 部門=一般行政部門(結合セル) かつ 令和8年<令和7年")
    q(["鶴岡市の定員管理計画で公営企業等会計部門の部局は？", "そのうち増減がプラスなのは？"], "table_row", "set",
      S(lambda s: s["div"] == "公営企業等会計部門" and s["n"]["R9"] - s["n"]["R5"] > 0), "追い質問(部門＋増減列)",
      f"{SD}: 部門=公営企業等会計部門 かつ 増減>0(小計行は除く)")
    s = one(ST, lambda s: s["name"] == "荘内病院")
    q("鶴岡市の定員管理計画の荘内病院の備考には何て書いてある？", "table_row", "contains", [s["note"]],
      "1件の値(備考)", f"{SD}: 荘内病院 備考")
    s = one(ST, lambda s: s["name"].startswith("地域庁舎"))
    q(["鶴岡市の地域庁舎の職員数、令和6年は？", "じゃあ令和9年の計画は？"], "table_row", "value", s["n"]["R9"],
      "追い質問(同じ行の別の年)、部局名をゆるく", f"{SD}: 地域庁舎（5庁舎計） 令和9年")
    low = min(ST, key=lambda s: s["n"]["R9"] - s["n"]["R5"])
    q("鶴岡市の部局で、職員の減り方がいちばん大きいのはどこ？", "table_row", "ordered", [st_key(low)],
      "最小(増減列)", f"{SD}: 増減（R9－R5）の最小 {low['name']} {low['n']['R9'] - low['n']['R5']}")
    r9 = [s["n"]["R9"] for s in ST]
    q("鶴岡市の定員管理計画で、令和9年の職員数は部局あたり平均何人？", "table_row", "value", round(sum(r9) / len(r9), 2),
      "平均(小計・合計行を除く14部局)", f"{SD}: 令和9年 {sum(r9)} / {len(r9)}部局")

    # ================= 鶴岡市 公共施設再編計画 (PDF) =================
    q("鶴岡市の公共施設再編計画で廃止する施設はどれ？", "table_row", "set", F(lambda f: f["dir"] == "廃止"),
      "方向性の条件(2頁にまたがる)", f"{FD}: 再編の方向性=廃止")
    q("鶴岡市の再編計画で、譲渡する施設っていくつある？", "table_row", "count", len(F(lambda f: f["dir"] == "譲渡")),
      "方向性の条件で件数", f"{FD}: 再編の方向性=譲渡")
    q("鶴岡市の公共施設再編計画で令和8年度に実施する予定の施設は？", "table_row", "set",
      F(lambda f: f["target"] == "令和8年度"), "年度の条件(実施目標年度)", f"{FD}: 実施目標年度=令和8年度")
    q("鶴岡市の公共施設の再編、2029年度以降に実施予定なのはどの施設？", "table_row", "set",
      F(lambda f: target_ad(f["row"]) is not None and target_ad(f["row"]) >= 2029), "西暦の範囲(以降)、未定は含めない",
      f"{FD}: 実施目標年度>=令和11年度(2029)、未定を除く")
    q("鶴岡市の再編計画で、実施時期がまだ決まってない施設は？", "table_row", "set", F(lambda f: f["target"] == "未定"),
      "言い換え(未定)", f"{FD}: 実施目標年度=未定(※3)")
    q("鶴岡市の公共施設再編計画で温海地域の施設のうち廃止するものは？", "table_row", "set",
      F(lambda f: f["area_name"] == "温海" and f["dir"] == "廃止"), "地域＋方向性", f"{FD}: 地域=温海 かつ 方向性=廃止")
    q("鶴岡市の再編計画の対象で、昭和50年度より前に建てられた施設は？", "table_row", "set",
      F(lambda f: built_ad(f["row"]) < 1975), "和暦の範囲(より前、境界を含まない)",
      f"{FD}: 建築年度<昭和50年度(1975)、昭和50年度の鶴寿荘は含まない")
    q("鶴岡市の公共施設再編計画で平成に入ってから建てられた施設は何件？", "table_row", "count",
      len(F(lambda f: f["built"].startswith("平成"))), "元号で範囲(平成元年度を含む)", f"{FD}: 建築年度が平成")
    big = max(FA, key=lambda f: f["area"])
    q("鶴岡市の再編計画の施設で、延床面積がいちばん広いのは？", "table_row", "ordered", [fa_key(big)],
      "最大(㎡、桁区切り)", f"{FD}: 延床面積最大 {big['name']} {big['area']}㎡")
    q("鶴岡市の公共施設再編計画で、廃止する施設の延床面積を合計すると何㎡？", "table_row", "value",
      sum(f["area"] for f in FA if f["dir"] == "廃止"), "条件つき合計(2頁にまたがる)",
      f"{FD}: 方向性=廃止 の延床面積の和 " + "+".join(str(f["area"]) for f in FA if f["dir"] == "廃止"))
    q(["鶴岡市の再編計画で複合化する施設は？", "そのうち朝日地域のものは？"], "table_row", "set",
      F(lambda f: f["dir"] == "複合化" and f["area_name"] == "朝日"), "追い質問(方向性＋地域)",
      f"{FD}: 方向性=複合化 かつ 地域=朝日")
    f = one(FA, lambda f: f["name"] == "羽黒体育館")
    q(["鶴岡市の羽黒体育館の再編の方向性は？", "それの所管課は？"], "table_row", "contains", [f["dept"]],
      "追い質問(同じ行の別列)", f"{FD}: No.{f['no']} 羽黒体育館 所管課")
    sp = [f["area"] for f in FA if f["dept"] == "スポーツ課"]
    q("鶴岡市の再編計画でスポーツ課が所管してる施設の延床面積って平均どのくらい？", "table_row", "value",
      round(sum(sp) / len(sp), 2), "課の条件で平均(㎡)", f"{FD}: 所管課=スポーツ課 {sp} の平均")
    q("鶴岡市の公共施設再編計画で、廃止した施設の跡地はどうするって方針になってる？", "item", "set",
      [key(FACILITY_FILE, "（4）廃止した施設の跡地")], "番号つきの方針の項",
      f"docs/{FACILITY_FILE} 4 再編の基本方針 (4)")

    # ================= 東近江市 事務事業見直し結果 (HTML) =================
    q("東近江市の事務事業見直しで廃止になった事業は？", "table_row", "set", R(lambda r: r["kind"] == "廃止"),
      "区分の条件", f"{RD}: 区分=廃止")
    q("東近江市の令和6年度の事業見直しで、縮小になったのは何事業？", "table_row", "count",
      len(R(lambda r: r["kind"] == "縮小")), "区分の条件で件数", f"{RD}: 区分=縮小")
    top = max(RV, key=lambda r: r["eff"])
    q("東近江市の見直しで効果額がいちばん大きい事業はどれ？", "table_row", "ordered", [rv_key(top)],
      "最大(千円)", f"{RD}: 効果額最大 {top['code']} {top['name']} {top['eff']}")
    q("東近江市の事務事業見直しによる効果額って全部でいくら？", "table_row", "value", sum(r["eff"] for r in RV),
      "列の合計(合計行と一致、千円、「－」は0)", f"{RD}: 効果額の和(合計行 101,400千円)")
    q("東近江市の事務事業見直しで令和8年度から実施するものは？", "table_row", "set",
      R(lambda r: r["when"] == "令和8年度"), "年度の条件(実施時期)", f"{RD}: 実施時期=令和8年度")
    q(["東近江市の事務事業見直しで健康福祉部の事業は？", "そのうち継続じゃないのは？"], "table_row", "set",
      R(lambda r: r["bu"] == "健康福祉部" and r["kind"] != "継続"), "追い質問(部局rowspan＋否定)",
      f"{RD}: 部局=健康福祉部 かつ 区分≠継続")
    q("東近江市の見直し対象で、決算額が5千万円以上の事業は？", "table_row", "set", R(lambda r: r["cost"] >= 50000),
      "単位換算(千円)の範囲", f"{RD}: 令和5年度決算額>=50,000千円")
    q(["東近江市の見直しで生活環境課の事業は？", "それの効果額を合計すると？"], "table_row", "value",
      sum(r["eff"] for r in RV if r["dept"] == "生活環境課"), "追い質問(課＋合計)", f"{RD}: 担当課=生活環境課 の効果額の和")
    r = one(RV, lambda r: r["name"] == "敬老祝金支給事業")
    q(["東近江市の敬老祝金の見直し内容は？", "効果額はいくら？"], "table_row", "value", r["eff"],
      "追い質問(同じ行の別列)、事業名をゆるく", f"{RD}: {r['code']} 効果額")
    q("東近江市の事業見直しで統合になった事業を教えて", "table_row", "set", R(lambda r: r["kind"] == "統合"),
      "区分の条件", f"{RD}: 区分=統合")
    q("東近江市の見直しで、地域公共交通活性化事業に統合されることになった事業は？", "table_row", "set",
      R(lambda r: r["kind"] == "統合" and "地域公共交通活性化事業" in r["what"]),
      "内容列の語(同名の事業行R6-04は答えではない)", f"{RD}: 内容「地域公共交通活性化事業へ統合」")
    ed = [r["eff"] for r in RV if r["bu"] == "教育部"]
    q("東近江市の事務事業見直しで、教育部の事業の効果額は平均いくら？", "table_row", "value", round(sum(ed) / len(ed), 2),
      "部局(rowspan)で平均(千円)", f"{RD}: 部局=教育部 {ed} の平均")
    q(["東近江市の見直しで手法改善の事業を教えて", "そのうち2025年度から実施するのは？"], "table_row", "set",
      R(lambda r: r["kind"] == "手法改善" and r["when"] == "令和7年度"), "追い質問(区分＋西暦2025=令和7年度)",
      f"{RD}: 区分=手法改善 かつ 実施時期=令和7年度")
    q("東近江市の事務事業見直し一覧で、商工労働課の事業は何件？", "table_row", "count",
      len(R(lambda r: r["dept"] == "商工労働課")), "課の条件で件数", f"{RD}: 担当課=商工労働課")

    # ================= 東近江市 推進本部会議 会議要旨 (TXT) =================
    q("東近江市の行財政改革推進本部会議、第1回っていつ開かれた？", "passage", "contains", [MEETING["date"].split("（")[0]],
      "日時", f"{MD}: １ 日時")
    q("東近江市の本部会議でふるさと納税についてどんな意見が出た？", "passage", "contains", ["48%"],
      "発言の語句", f"{MD}: (2)の主な意見 企画部長「経費率が48%」")
    q("東近江市の推進本部会議の要旨で、決定事項は何？", "item", "set",
      [key(MINUTES_FILE, "６")], "番号つき見出しの項", f"{MD}: ６ 決定事項")
    q("東近江市の本部会議で、定員管理の方針についてはどういう議論だった？", "item", "set",
      [key(MINUTES_FILE, "（３）定員管理の方針について")], "議題の項(議題一覧の行ではなく概要の項)",
      f"{MD}: 5 会議の概要 (３)")
    q("東近江市の推進本部会議、次はいつやる予定？", "passage", "contains", [MEETING["next"]],
      "次回の予定", f"{MD}: ７ 次回の開催予定")
    q(["東近江市の行財政改革推進本部会議の要旨で、大綱の取組状況の説明は？", "遅れてる項目はいくつって？"], "passage",
      "contains", ["9項目"], "追い質問(説明文中の数)", f"{MD}: (２)【説明】「遅れ」9項目")
    who = [w for k in OPINIONS for w, said in OPINIONS[k] if "少年自然の家" in said]
    assert len(who) == 1
    q("東近江市の本部会議で、少年自然の家のことを発言したのは誰？", "passage", "contains", who,
      "発言者", f"{MD}: (１)の主な意見 {who[0]}")

    # ================= documents the set does not hold =================
    q("鶴岡市の事務事業見直しで廃止になった事業は？", "table_row", "count", 0, "文書のない組合せ(市はあるが文書がない)",
      "鶴岡市の事務事業見直しの文書はない(東近江市の一覧で答えてはいけない)")
    q("東近江市の定員管理計画で、消防本部の職員数は？", "table_row", "count", 0, "文書のない組合せ(市はあるが文書がない)",
      "東近江市の定員管理計画はない(鶴岡市の表で答えてはいけない)")


def main() -> None:
    build()
    assert len(Q) == 50, len(Q)
    assert len({tuple(x["turns"]) for x in Q}) == 50
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for x in Q:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(Q), "questions", Counter(x["target"] for x in Q), Counter(x["expect"] for x in Q),
          "multi-turn", sum(len(x["turns"]) > 1 for x in Q))


if __name__ == "__main__":
    main()
