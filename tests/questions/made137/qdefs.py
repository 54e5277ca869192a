# -*- coding: utf-8 -*-
"""Question definitions; answers computed from a db dict (built from data.py or from the documents)."""
import re
from collections import Counter

PR = re.compile(r"\d-\(\d\)")


def db_from_data():
    import data as D
    from collections import Counter as C
    db = {}
    db["practices"] = [dict(code=p[0], name=p[1], dept=p[2], year=p[3], kpi=p[4], unit=p[5],
                            cur=float(p[6]), tgt=float(p[7]), page=D.policy_page(p[0][0]),
                            text="".join(p[8])) for p in D.PRACTICES]
    db["policies"] = dict(D.POLICIES)
    db["comments"] = [dict(no=c[0], sub=c[1], target=c[2], page=D.comment_page(c[2]), gist=c[3],
                           resp=c[4], kb=c[5]) for c in D.COMMENTS]
    db["changes"] = [dict(loc=c[0], before=c[1], after=c[2], nos=list(c[3]), page=D.comment_page(c[0]))
                     for c in D.CHANGES]
    sv = D.SUBMITTERS.values()
    db["html"] = dict(ind=dict(C(v[0] for v in sv)), meth={m: sum(1 for v in sv if v[1] == m) for m in D.METHODS},
                      age={a: sum(1 for v in sv if v[2] == a) for a in D.AGES},
                      kb={k: sum(1 for c in D.COMMENTS if c[5] == k) for k in D.KUBUN},
                      pol={k: sum(1 for c in D.COMMENTS if D.comment_policy(c[2]) == k) for k in D.POLICIES},
                      other=sum(1 for c in D.COMMENTS if D.comment_policy(c[2]) is None),
                      n_sub=len(D.SUBMITTERS), n_com=len(D.COMMENTS), days=D.BOSHU_DAYS,
                      shuchi=list(D.SHUCHI))
    db["minutes"] = [(m[0], m[1]) for m in D.MINUTES]
    db["futai"] = list(D.FUTAI)
    db["plan_years"] = D.PLAN_YEARS
    db["fiscal"] = D.FISCAL_TARGET
    db["iinkai_date"] = D.IINKAI_DATE
    return db


def pol(code):
    return code.split("-")[0]


def build(db):
    P = db["practices"]
    C = db["comments"]
    CH = db["changes"]
    H = db["html"]
    Q = []

    def q(turns, target, expect, answer, why, der):
        if isinstance(turns, str):
            turns = [turns]
        Q.append(dict(turns=turns, target=target, expect=expect, answer=answer, why=why, derivation=der))

    codes = lambda rows: [r["code"] for r in rows]
    cnos = lambda rows: [str(r["no"]) for r in rows]
    com_by_pr = Counter(c["target"] for c in C)

    # ---- practice ----
    q("総務課が担当してる取組は？", "practice", "set", codes([p for p in P if p["dept"] == "総務課"]),
      "department filter", "PDF p4-9: 担当課 == 総務課")
    q("企画政策課の担当って何件ある？", "practice", "count", len([p for p in P if p["dept"] == "企画政策課"]),
      "department count", "PDF 取組一覧: 担当課 == 企画政策課 を数える")
    q("目標年度がＲ８までの取組を全部出して", "practice", "set", codes([p for p in P if p["year"] <= 8]),
      "year range (until)", "PDF 取組一覧: 目標年度 <= R8")
    q("令和10年度以降が目標年度になってる取組っていくつ？", "practice", "count", len([p for p in P if p["year"] >= 10]),
      "year range (from) count", "PDF 取組一覧: 目標年度 >= R10 を数える")
    q("成果指標で、目標値を現状値より小さく（減らす方向に）設定している取組は？", "practice", "set",
      codes([p for p in P if p["tgt"] < p["cur"]]), "compare two fields", "PDF 取組一覧: 目標値 < 現状値(R5)")
    q("R5の現状値が0になってる指標の取組", "practice", "set", codes([p for p in P if p["cur"] == 0]),
      "value filter", "PDF 取組一覧: 現状値(R5) == 0")
    q("パブコメで意見が1件もこなかった取組ってある？", "practice", "set",
      codes([p for p in P if com_by_pr[p["code"]] == 0]), "negation across files",
      "xlsx 該当箇所 に一度も現れない PDF の取組")
    q("意見が3件以上寄せられた取組は？", "practice", "set",
      codes([p for p in P if com_by_pr[p["code"]] >= 3]), "group-by count threshold",
      "xlsx 該当箇所 ごとに意見数を数え >=3")
    q("基本方針2の取組で、デジタル推進室以外が担当しているもの", "practice", "set",
      codes([p for p in P if pol(p["code"]) == "2" and p["dept"] != "デジタル推進室"]), "negation + group",
      "PDF: 取組番号 2-* かつ 担当課 != デジタル推進室")
    q(["基本方針3の取組を教えて", "そのうち財政課の担当は？"], "practice", "set",
      codes([p for p in P if pol(p["code"]) == "3" and p["dept"] == "財政課"]), "multi-turn department",
      "PDF: 3-* かつ 担当課 == 財政課")
    ab_pr = {c["target"] for c in C if c["kb"] in "AB"}
    q(["目標年度が令和９年度の取組は？", "その中で、パブコメ意見が反映（Ａ）か一部反映（Ｂ）されたものは？"], "practice", "set",
      codes([p for p in P if p["year"] == 9 and p["code"] in ab_pr]), "multi-turn year + cross-file",
      "PDF 目標年度 R9 の取組のうち xlsx で反映区分 A/B の意見がある該当箇所")
    dc = Counter(p["dept"] for p in P)
    top = max(dc.values())
    q("取組を一番多く受け持ってる担当課はどこ？", "practice", "value", [d for d in dc if dc[d] == top][0],
      "top group of group-by", "PDF 取組一覧: 担当課ごとに取組数を数え最大 (企画政策課5)")
    q("大綱案の取組を担当してる課・室は全部でいくつ？", "practice", "value", len(dc),
      "distinct count", "PDF 取組一覧: 担当課の異なり数")
    q("新旧対照表で、意見によらない時点修正をしたのはどの取組？", "practice", "set",
      sorted({c["loc"] for c in CH if not c["nos"]}), "docx note filter", "docx: 意見番号欄が「－」の行の該当箇所")
    q(["目標年度がＲ７の取組は？", "その中で、寄せられた意見がすべて「既に記載」だったのは？"], "practice", "set",
      codes([p for p in P if p["year"] == 7 and com_by_pr[p["code"]] > 0 and
             all(c["kb"] == "C" for c in C if c["target"] == p["code"])]), "multi-turn all-of",
      "PDF R7 の取組のうち xlsx の意見が全て C")
    q("現状値が0のものを除いて、目標値が現状値の5倍以上になっている取組は？", "practice", "set",
      codes([p for p in P if p["cur"] > 0 and p["tgt"] >= 5 * p["cur"]]), "ratio of two fields",
      "PDF 取組一覧: 目標値 / 現状値 >= 5 (現状値0を除く)")
    fr = [p for p in P if p["code"] == "3-(4)"][0]
    q("ふるさと納税の寄附額、目標値は現状値から何百万円増やす計画？", "practice", "value", int(fr["tgt"] - fr["cur"]),
      "difference of two fields", "PDF 取組一覧 3-(4): 300 - 185 (百万円)")
    q(["新旧対照表で、パブコメ意見を受けて修正された取組はどれ？", "そのうち企画政策課が担当のもの"], "practice", "set",
      [p["code"] for p in P if p["dept"] == "企画政策課" and any(c["loc"] == p["code"] and c["nos"] for c in CH)],
      "multi-turn cross-file", "docx で意見番号のある行の該当箇所 × PDF 担当課 == 企画政策課")
    q("書かない窓口の取組で、新旧対照表の修正は何か所ある？", "practice", "value",
      len([c for c in CH if c["loc"] == "2-(3)"]), "count rows of one item", "docx: 該当箇所 取組2-(3) の行数")
    # ---- initiative ----
    pc = {k: len([c for c in C if c["target"][0] == k and "-" in c["target"]]) for k in db["policies"]}
    mx = max(pc.values())
    q("パブコメの意見が一番多かった基本方針は？", "initiative", "set", [k for k in pc if pc[k] == mx],
      "max group", "xlsx 該当箇所の取組番号の先頭(基本方針)ごとに件数 / html 該当箇所別")
    npr = Counter(pol(p["code"]) for p in P)
    q("取組が5つある基本方針はどれ？", "initiative", "set", [k for k in npr if npr[k] == 5],
      "group count", "PDF: 基本方針ごとの取組数")
    q("一部反映（Ｂ）の意見が1件もない基本方針", "initiative", "set",
      [k for k in db["policies"] if not any(c["kb"] == "B" and c["target"].startswith(k + "-") for c in C)],
      "negation group", "xlsx: 反映区分 B の意見の該当箇所の基本方針を除く")
    q("目標年度が令和11年度の取組を含んでいる基本方針は？", "initiative", "set",
      sorted({pol(p["code"]) for p in P if p["year"] == 11}), "exists in group", "PDF: 目標年度 R11 の取組の基本方針")
    q("基本方針ごとの意見件数、多い順に並べて", "initiative", "ordered",
      sorted(pc, key=lambda k: -pc[k]), "ordering", "html 該当箇所別 / xlsx 集計: 2(11)>3(8)>4(6)>1(5)")
    # ---- table_row: comments ----
    q("反映区分がＡの意見は何件？", "table_row", "count", len([c for c in C if c["kb"] == "A"]),
      "category count", "xlsx 反映区分 == A")
    q("「既に記載」とされた意見の番号を全部", "table_row", "set", cnos([c for c in C if c["kb"] == "C"]),
      "category filter", "xlsx 反映区分 == C")
    q("対象外扱いになった意見は？", "table_row", "set", cnos([c for c in C if c["kb"] == "E"]),
      "category filter", "xlsx 反映区分 == E")
    q("高齢者に触れた意見はどれ？", "table_row", "set", cnos([c for c in C if "高齢者" in c["gist"]]),
      "text mention", "xlsx 意見の概要 に「高齢者」を含む")
    sc = Counter(c["sub"] for c in C)
    q("一番たくさん意見を出した提出者は何番？", "table_row", "value", max(sc, key=lambda s: sc[s]),
      "top group (submitter)", "xlsx 提出者番号(結合セル)ごとの意見数の最大 = 提出者3 (4件)")
    q(["提出者番号10の人の意見を見せて", "そのうち今後の参考扱いになったのは？"], "table_row", "set",
      cnos([c for c in C if c["sub"] == 10 and c["kb"] == "D"]), "multi-turn submitter",
      "xlsx 提出者番号10 (結合セル) かつ 反映区分 D")
    q(["基本方針4に関する意見は？", "そのうちＡかＢで反映されたもの"], "table_row", "set",
      cnos([c for c in C if c["target"].startswith("4-") and c["kb"] in "AB"]), "multi-turn policy",
      "xlsx 該当箇所 4-* かつ 反映区分 A/B")
    q("取組3-(1)への意見で、修正につながらなかった（ＤかＥ）のは？", "table_row", "set",
      cnos([c for c in C if c["target"] == "3-(1)" and c["kb"] in "DE"]), "item + category",
      "xlsx 該当箇所 3-(1) かつ 反映区分 D/E")
    q("今後の参考（Ｄ）になった意見は何件？", "table_row", "count", len([c for c in C if c["kb"] == "D"]),
      "category count", "xlsx 反映区分 == D")
    q("新旧対照表で修正の根拠として挙がっている意見番号を全部", "table_row", "set",
      sorted({str(n) for c in CH for n in c["nos"]}, key=int), "docx field union", "docx 意見番号欄の和集合")
    q("特定の取組じゃなくて、全般とか第1章に対して出された意見は？", "table_row", "set",
      cnos([c for c in C if "-" not in c["target"]]), "negation (no practice)", "xlsx 該当箇所 が取組番号でない行")
    q("スマートフォン決済に触れた意見", "table_row", "set", cnos([c for c in C if "スマートフォン決済" in c["gist"]]),
      "text mention", "xlsx 意見の概要 に「スマートフォン決済」")
    q(["Ａ反映の意見を一覧で", "そのうち基本方針2の取組に対するもの"], "table_row", "set",
      cnos([c for c in C if c["kb"] == "A" and c["target"].startswith("2-")]), "multi-turn category + policy",
      "xlsx 反映区分 A かつ 該当箇所 2-*")
    q("反映区分がＡ〜Ｃ以外だった意見は何件？", "table_row", "count", len([c for c in C if c["kb"] not in "ABC"]),
      "negation count", "xlsx 反映区分 D または E")
    # ---- html tables ----
    q("提出方法で、提出者が2人以上だったのはどれ？", "table_row", "set",
      [m for m in H["meth"] if H["meth"][m] >= 2], "threshold filter", "html 提出方法別表 >= 2")
    q("電子メールで出した人は何人？", "table_row", "value", H["meth"]["電子メール"], "field of one row",
      "html 提出方法別: 電子メール")
    q("個人の提出者は全体の何％？", "passage", "value", round(100 * H["ind"]["個人"] / H["n_sub"], 1),
      "ratio", "html 個人・団体別: 9 / 12 * 100")
    q(["提出者の年代別の内訳を教えて", "そのうち40代以下は合計何人？"], "table_row", "value",
      sum(H["age"][a] for a in ("20代以下", "30代", "40代")), "multi-turn sum of rows",
      "html 年代別: 20代以下+30代+40代")
    # ---- comment (committee) ----
    q("推進委員会として付けた意見の対象になった取組は？", "comment", "set", [f[0] for f in db["futai"]],
      "committee opinion targets", "txt 会議録 末尾（１）〜（３）の取組番号")
    q("副委員長が発言で取り上げた取組は？", "comment", "set",
      sorted({x for sp, t in db["minutes"] if sp == "副委員長" for x in PR.findall(t)}),
      "speaker filter", "txt ○副委員長 の行に現れる取組番号")
    mem = sorted({x for sp, t in db["minutes"] if sp != "事務局" for x in PR.findall(t)})
    q(["委員会の会議録で、委員（事務局を除く）が触れた取組を全部", "そのうち基本方針3のもの"], "comment", "set",
      [x for x in mem if pol(x) == "3"], "multi-turn speaker + policy", "txt 事務局以外の発言の取組番号のうち 3-*")
    num = lambda t: [str(int(x)) for x in re.findall(r"意見番号(\d+)", t)]
    q("会議録で鈴木委員が言及した意見番号は？", "table_row", "set",
      sorted({x for sp, t in db["minutes"] if sp == "鈴木委員" for x in num(t)}, key=int),
      "speaker mention of comments", "txt ○鈴木委員 の行の「意見番号N」")
    # ---- passage ----
    q("第3次大綱の計画期間は何年間？", "passage", "value", db["plan_years"], "prose fact", "PDF p3 第1章 計画期間")
    q("行革大綱案で掲げてる財政効果額の目標っていくら？", "passage", "contains", [db["fiscal"]], "prose fact",
      "PDF p3 第1章 ２ 財政効果の目標")
    q("パブコメの募集期間は何日間だった？", "passage", "value", H["days"], "date arithmetic",
      "html 募集期間 1/6〜2/5 両端含む")
    q("推進委員会でパブコメの結果を審議したのはいつ？", "passage", "contains", ["2月25日"], "prose fact",
      "txt 会議録 日時")
    for i, x in enumerate(Q, 1):
        x["id"] = f"m137-{i:03d}"
    return Q
