"""Write the made34 documents to tests/questions/made34/docs/: 津山市 plan report (DOCX, 平成30〜令和3年度),
三沢市・十和田市 joint projects (HTML), 所沢市 evaluation sheet (XLSX), 伊万里市 newsletter (TXT).

Run: /work/main/.venv/bin/python -m tests.questions.made34.make_documents"""
from __future__ import annotations

import datetime
import html
import re
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import Workbook

DOCS = Path(__file__).parent / "docs"
STAMP = datetime.datetime(2022, 7, 29, 9, 0, 0)
CITY = "津山市"
YEARS = ["平成30年度", "令和元年度", "令和2年度", "令和3年度"]  # H30 R1 R2 R3 (FY2018–2021)
YKEY = ["H30", "R1", "R2", "R3"]

# 取組項目: No, 名称, テーマ, 担当課自己評価, 審議会評価平均, 委員の意見
INITIATIVES = [
    ("1", "窓口サービスの改善", "市民サービスの向上", "A", 4.2,
     ["おくやみコーナーは遺族の負担軽減につながっており評価できる。",
      "多言語案内は外国人住民の増加を踏まえ、やさしい日本語の活用も検討されたい。",
      "高齢者が来庁せずに済む手続の案内を強化すべきである。"]),
    ("2", "デジタル技術の活用", "業務の効率化・ICT", "B", 3.6,
     ["RPAの導入効果を削減時間で示しており分かりやすい。",
      "電子申請は件数が伸び悩んでいる。高齢者にも使いやすい画面設計を求める。",
      "情報セキュリティ対策を併せて強化すること。"]),
    ("3", "公共施設の適正管理", "財政の健全化", "B", 3.0,
     ["小学校の統廃合は地域の合意形成に時間を要する。説明会の記録を公開されたい。",
      "未利用地の売却が進んでいない。貸付など多様な活用を検討すべきである。"]),
    ("4", "人材育成と組織力の向上", "組織・人事", "A", 4.0,
     ["時間外勤務の縮減とテレワークを一体で進めてほしい。",
      "女性管理職の比率は目標に届いていない。計画的な育成を求める。"]),
    ("5", "自主財源の確保", "財政の健全化", "C", 2.8,
     ["ふるさと納税の寄附額は増えているが、返礼品の経費率にも留意されたい。",
      "使用料の見直しは受益者負担の考え方を市民に丁寧に説明すること。",
      "収納率の向上は評価できるが、滞納繰越分の対策が弱い。"]),
]

# 実践項目: 番号, 取組項目No, 名称, 年度評価[H30,R1,R2,R3](None=空欄), 総括(進捗度,連携度,効率性,創造性), 総合評価, 取組終了, 担当部署
PRACTICES = [
    ("1", "1", "証明書コンビニ交付の拡大", ["B", "A", "A", None], (3, 2, 3, 2), "A", "R2", "(市)市民課"),
    ("2", "1", "窓口案内の多言語化", ["C", "B", "B", "A"], (2, 3, 2, 3), "B", "", "(市)市民課、(企)国際交流室"),
    ("3", "1", "おくやみコーナーの設置", ["B", "B", "A", "A"], (3, 3, 2, 2), "A", "R3", "(市)市民課、(福)高齢介護課"),
    ("4", "2", "RPAによる定型業務の自動化", ["C", "B", "A", "A"], (3, 2, 3, 3), "A", "", "(総)情報政策課"),
    ("5", "2", "電子申請の拡充", ["B", "B", "B", "A"], (2, 2, 2, 3), "B", "", "(総)情報政策課"),
    ("6", "2", "ペーパーレス会議の推進", ["B", "A", None, None], (3, 1, 3, 1), "B", "R1", "(総)総務課"),
    ("7", "2", "AI議事録作成システムの導入", ["A", "A", "A", "A"], (3, 2, 3, 3), "A", "R3", "(総)総務課、(議)議会事務局"),
    ("8", "3", "公共施設個別施設計画の策定", ["B", "A", None, None], (3, 2, 2, 2), "A", "R1", "(財)資産経営課"),
    ("9", "3", "小学校の統合", ["C", "C", "B", "B"], (1, 3, 2, 1), "C", "", "(教)教育総務課"),
    ("10", "3", "公民館への指定管理者制度導入", ["B", "B", "C", "B"], (2, 2, 2, 2), "B", "", "(教)生涯学習課、(財)資産経営課"),
    ("11", "4", "人事評価制度の見直し", ["A", "B", "B", "A"], (2, 1, 2, 2), "B", "R3", "(総)職員課"),
    ("12", "4", "女性管理職の登用促進", ["C", "C", "B", "B"], (2, 1, 1, 2), "C", "", "(総)職員課"),
    ("13", "5", "ふるさと納税の推進", ["B", "A", "A", "A"], (3, 3, 3, 3), "A", "", "(産)観光振興課、(企)企画課"),
    ("14", "5", "市税の収納率向上", ["A", "A", "B", "A"], (3, 2, 2, 2), "A", "", "(税)納税課"),
    ("N1", "2", "キャッシュレス決済の導入", [None, "B", "A", "A"], (3, 2, 3, 2), "A", "", "(税)納税課、(市)市民課"),
    ("N2", "3", "未利用地の売却", [None, "C", "C", "B"], (1, 1, 2, 1), "C", "", "(財)資産経営課"),
    ("N3", "5", "使用料・手数料の見直し", [None, None, "B", "B"], (2, 1, 2, 1), "C", "", "(財)財政課"),
    ("N4", "4", "テレワークの試行", [None, None, "A", "A"], (3, 1, 2, 3), "B", "R3", "(総)職員課、(総)情報政策課"),
]

# 進捗状況シート: 番号 -> 取組終了月, 年度ごとの (取組内容, 自己評価理由, 課題)
SHEETS = {
    "4": ("", [
        ("①RPA導入対象業務の調査(新)", "調査のみで導入に至らなかった", "対象業務の選定基準が未整備"),
        ("①会計課の支払業務に試行導入(新)", "試行で月20時間を削減した", "シナリオ作成の職員が限られる"),
        ("①対象を12業務に拡大(継) ②職員向け研修(新)", "年間1,850時間を削減し目標を上回った", "保守費用の確保"),
        ("①対象を18業務に拡大(継)", "年間2,640時間を削減した", "業務変更時のシナリオ修正"),
    ]),
    "9": ("", [
        ("①統合に関する地域説明会(新)", "説明会への参加が少なかった", "保護者の合意形成"),
        ("①統合準備委員会の設置(新)", "委員会の設置が遅れた", "通学手段の確保"),
        ("①通学バスの運行計画策定(新)", "計画は策定したが統合時期が未定", "跡地活用の方針"),
        ("①統合校の校名決定(継)", "校名を決定し令和5年4月の統合が決まった", "跡地活用の方針"),
    ]),
    "13": ("", [
        ("①返礼品の見直し(新)", "寄附額が前年度並み", "返礼品の魅力不足"),
        ("①ポータルサイトを2つ追加(新)", "寄附額が1.6倍に増加した", "事務量の増加"),
        ("①返礼品事業者の公募(新) ②体験型返礼品の開発(新)", "寄附額が4億2千万円となった", "返礼品の経費率"),
        ("①事務の一部委託(新)", "寄附額が5億1千万円となり過去最高", "経費率の抑制"),
    ]),
    "N4": ("令和4年3月", [
        None, None,
        ("①在宅勤務の試行(新)", "延べ480人が在宅勤務を実施した", "端末の不足"),
        ("①対象を全課に拡大(継) ②規程の整備(新)", "規程を整備し本格実施へ移行した", "窓口職場での実施"),
    ]),
}

# 連携事業: 番号, 事業項目, 事業内容, 進捗状況, 部会名称(部会長の市), 三沢市担当課, 十和田市担当課
JOINT_TITLE = "三沢市・十和田市 連携事業の進捗状況(令和5年度)"
JOINT = [
    (1, "観光周遊ルートの共同PR", "両市の観光地を巡る周遊ルートを作成し、首都圏で共同PRを行う", "既に実施", "観光部会(十和田市)", "観光課", "観光商工課"),
    (2, "図書館の相互利用", "両市の住民がどちらの市立図書館でも貸出を受けられるようにする", "既に実施", "教育部会(三沢市)", "社会教育課", ""),
    (3, "消防指令業務の共同運用", "119番通報を受ける指令センターを共同で整備し運用する", "今年度(R5)に実施予定", "防災部会(三沢市)", "消防本部警防課", "消防本部通信指令課"),
    (4, "ごみ処理施設の広域化", "可燃ごみの処理施設を共同で整備する検討を行う", "検討中", "環境部会(十和田市)", "環境衛生課", "環境保全課"),
    (5, "職員合同研修", "新規採用職員と管理職の研修を合同で実施する", "既に実施", "総務部会(三沢市)", "総務課", "職員課"),
    (6, "子育て支援情報の共同発信", "子育て支援の情報を一つのアプリで発信する", "今年度(R5)に実施予定", "福祉部会(十和田市)", "こども支援課", "子育て支援課"),
    (7, "移住相談会の共同開催", "首都圏で移住相談会を共同で開催する", "既に実施", "企画部会(十和田市)", "政策推進課", "政策財政課 観光商工課"),
    (8, "空き家バンクの連携", "両市の空き家バンクの物件情報を相互に掲載する", "今年度(R5)に実施予定", "企画部会(十和田市)", "", "まちづくり支援課"),
]

# 事務事業評価シート(所沢市, 令和5年度決算)
SHEET = {
    "code": "2030117", "name": "空き家等対策事業", "bu": "街づくり計画部", "ka": "住宅政策課",
    "start": "平成27年度", "end": "なし", "policy": "3-2 安全で快適な住環境の形成",
    # 千円: 事業費, 人件費 (総事業費 = 合計)
    "costs": {"令和3年度決算": (8420, 6300), "令和4年度決算": (9150, 6450), "令和5年度決算": (11380, 6600), "令和6年度予算": (12000, 6600)},
    "activity": ("空き家相談件数", "件", {"令和3年度": (120, 134), "令和4年度": (130, 141), "令和5年度": (140, 127)}),
    "outcome": ("管理不全空き家の解消件数", "件", {"令和3年度": (20, 18), "令和4年度": (25, 27), "令和5年度": (30, 24)}),
    "direction": "拡充",
}

NEWS = "docs/伊万里市_市民協働通信_Vol3.txt"


def _settle_zip(path: Path) -> None:
    """Rewrite an Office file with fixed entry times so a rerun gives identical bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode(), data)
            z.writestr(zipfile.ZipInfo(name, STAMP.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def _table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
    for r in rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = "" if v is None else str(v)
    return t


def plan_report(path: Path) -> None:
    doc = Document()
    doc.add_heading(f"{CITY}行財政改革大綱実施計画 取組の有効性に関する意見書", level=1)
    doc.add_paragraph("令和4年7月29日")
    doc.add_paragraph(f"{CITY}行財政改革推進委員会")
    doc.add_paragraph("本委員会は、実施計画(計画期間:平成30年度〜令和3年度)の5つの取組項目と18の実践項目について、"
                      "担当課の自己評価を踏まえて有効性を審議した。評価はA(順調)、B(概ね順調)、C(遅れ)の3段階である。")
    # Section I comes first in this edition: each initiative with its score and the committee's comments.
    doc.add_heading("I 取組項目ごとの評価と意見", level=2)
    for no, title, theme, self_grade, score, comments in INITIATIVES:
        doc.add_heading(f"取組項目{no} {title}", level=3)
        doc.add_paragraph(f"テーマ:{theme}　担当課自己評価:{self_grade}　委員評価 {score:.1f}/5")
        doc.add_paragraph("委員の意見")
        for c in comments:
            doc.add_paragraph(f"・{c}")
    doc.add_heading("II 取組項目一覧", level=2)
    _table(doc, ["No", "取組項目", "テーマ", "実践項目数", "担当課自己評価", "審議会評価平均"],
           [(i[0], i[1], i[2], sum(p[1] == i[0] for p in PRACTICES), i[3], f"{i[4]:.1f}") for i in INITIATIVES])
    doc.add_heading("III 実践項目一覧", level=2)
    doc.add_paragraph("総括は4観点(各3点満点)。取組終了欄が空欄のものは継続中。")
    _table(doc, ["番号", "取組項目No", "実践項目", "担当部署", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価"] + YEARS + ["取組終了"],
           [(p[0], p[1], p[2], p[7], *p[4], sum(p[4]), p[5], *p[3], p[6]) for p in PRACTICES])
    doc.add_heading("付属資料 令和3年度 進捗状況シート(令和4年5月)", level=2)
    P = {p[0]: p for p in PRACTICES}
    for code, (month, years) in SHEETS.items():
        p = P[code]
        doc.add_heading(f"実践項目 {code} {p[2]}", level=3)
        doc.add_paragraph(f"担当部署:{p[7]}　取組項目:{p[1]}")
        if p[6]:
            doc.add_paragraph(f"取組終了:{month or p[6]}")
        rows = []
        for y, grade, entry in zip(YEARS, p[3], years):
            if entry is None:
                continue
            rows.append((y, entry[0], grade, entry[1], entry[2]))
        _table(doc, ["年度", "取組内容", "自己評価", "評価の理由", "取組上の課題"], rows)
    doc.core_properties.created = doc.core_properties.modified = STAMP
    doc.save(path)
    _settle_zip(path)


def joint(path: Path) -> None:
    out = ["<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>",
           f"<title>{JOINT_TITLE}</title></head><body>", f"<h1>{JOINT_TITLE}</h1>",
           "<p>令和5年10月 三沢市・十和田市連携推進協議会事務局(三沢市政策推進課)</p>",
           "<table border='1'><thead><tr><th rowspan='2'>番号</th><th rowspan='2'>事業項目</th><th rowspan='2'>事業内容</th>"
           "<th rowspan='2'>進捗状況</th><th rowspan='2'>部会名称(部会長の市)</th><th colspan='2'>担当課</th></tr>"
           "<tr><th>三沢市</th><th>十和田市</th></tr></thead><tbody>"]
    for j in JOINT:
        out.append("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in j) + "</tr>")
    out.append("</tbody></table><p>※進捗状況の「検討中」は実施時期が決まっていないもの。</p></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def evaluation(path: Path) -> None:
    s = SHEET
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    rows = [
        ["事務事業評価シート(令和5年度決算)", None, None, None, None],
        ["所沢市"],
        [],
        ["事務事業コード", s["code"], "事務事業名", s["name"]],
        ["担当部名", s["bu"], "担当課名", s["ka"]],
        ["開始年度", s["start"], "終了年度", s["end"]],
        ["施策", s["policy"]],
        ["事業の概要", "管理が不十分な空き家の所有者に対し、相談対応、助言・指導を行い、空き家バンクにより利活用を促す。"],
        [],
        ["事業費の推移(千円)", "事業費", "人件費", "総事業費"],
    ]
    for y, (a, b) in s["costs"].items():
        rows.append([y, a, b, a + b])
    rows.append([])
    for label, (name, unit, per) in (("活動指標", s["activity"]), ("成果指標", s["outcome"])):
        rows.append([label, name, f"単位:{unit}"])
        rows.append(["年度", "計画値", "実績値", "達成率(%)"])
        for y, (plan, act) in per.items():
            rows.append([y, plan, act, round(act / plan * 100, 1)])
        rows.append([])
    rows += [["今後の方向性", s["direction"]],
             ["評価(課の考え方)", "相談件数は減少したが、管理不全空き家の所有者への指導を強化する必要がある。令和6年度から解体費補助を新設する。"]]
    for r in rows:
        ws.append(r)
    wb.properties.created = wb.properties.modified = STAMP
    wb.save(path)
    _settle_zip(path)


NEWSLETTER = """伊万里市 市民協働通信 Vol.3
2024年12月発行 伊万里市 市民協働推進課

■ 協働のまちづくり研修会を開催しました
市職員と市民活動団体を対象に、協働のまちづくり研修会を開催しました。講師に佐賀大学の中原准教授をお招きし、
協働の意義と事業の進め方について学んだ後、グループワークで地域課題の解決策を話し合いました。

  日時 : 2024年10月18日(金) 14:00~16:30
  会場 : 伊万里市民センター 2階 大会議室
  参加者 : 27名 (市職員15名、団体12名)  満足度 : 平均4.3点(5点満点)

■ 研修会でいただいた質問と回答
Q1. 協働事業の提案は、法人格のない団体でもできますか。
A1. できます。ただし、5人以上で構成され、規約と会計報告のある団体に限ります。個人での提案はできません。

Q2. 市の担当課が決まっていなくても提案できますか。
A2. 提案の段階では担当課を決める必要はありません。市民協働推進課が調整します。

■ 令和7年度 協働事業提案を募集します
  募集期間 : 令和7年1月6日(月)~令和7年2月14日(金)
  事前説明会 : 令和7年1月17日(金) 18:30~ 伊万里市民センター
  補助上限 : 1事業あたり30万円 (補助率3分の2)
  審査 : 令和7年3月上旬に公開プレゼンテーションを行います。

■ モデル事業の紹介
  事業名 : 川辺の清掃と生き物観察会
  実施団体 : NPO法人いまり川ネット
  担当部署 : 環境課
  伊万里川の河川敷を清掃し、子どもたちと水辺の生き物を観察しました。延べ180人が参加しました。

問い合わせ先 : 伊万里市 市民協働推進課 協働推進係 電話 0955-00-0000
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    plan_report(DOCS / "津山市_行財政改革推進委員会_意見書_令和4年7月.docx")
    joint(DOCS / "三沢市_十和田市_連携事業_令和5年度.html")
    evaluation(DOCS / "所沢市_事務事業評価シート_空き家等対策事業.xlsx")
    (DOCS / "伊万里市_市民協働通信_Vol3.txt").write_text(NEWSLETTER, encoding="utf-8")


if __name__ == "__main__":
    main()
