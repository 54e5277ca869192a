"""Made documents of three municipalities no loader was written for (made8), the way such reports are
published: 米子市's progress workbook (XLSX, one row per measure, grades S/A/B/C per fiscal year),
橿原市's progress report (DOCX, one heading per measure with 【主管課】-style labelled lines, ◎○△×)
and 田辺市's results page (HTML, one table per 基本方針, 西暦 years and 達成/概ね達成/未達成).

`python -m tests.questions.made8.make_documents` rewrites tests/questions/made8/docs/. The facts are
written here once; questions.jsonl was answered by reading the generated files.
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"

# 米子市: No, 取組項目, 取組の概要, 担当部局, 実施期間, R6 達成度, R7 達成度, R7 効果額（千円）, 備考
YONAGO = [
    (1, "窓口業務の民間委託拡大", "市民課の証明書発行・受付業務を民間事業者に委託する", "市民生活部 市民課", "R6～R8", "A", "A", 12500, ""),
    (2, "電子申請の拡充", "子育て・介護の手続をオンライン申請に対応させる", "総務部 情報政策課", "R6～R9", "A", "S", 0, "対象手続を120件に拡大"),
    (3, "公共施設使用料の見直し", "受益者負担の適正化のため使用料を改定する", "総務部 財政課", "R6～R7", "B", "A", 8300, "R7で取組終了"),
    (4, "市営住宅の集約化", "老朽化した市営住宅の用途廃止と集約を進める", "都市整備部 住宅政策課", "R7～R9", "－", "B", 0, "入居者との協議に時間を要している"),
    (5, "ごみ収集業務の効率化", "収集ルートと収集体制を見直す", "環境部 クリーン推進課", "R6～R8", "A", "B", 4200, ""),
    (6, "補助金の見直し", "全ての補助金に終期を設定し効果を検証する", "総務部 財政課", "R6～R9", "A", "A", 15000, ""),
    (7, "ペーパーレス会議の推進", "タブレット端末を導入し会議資料を電子化する", "総務部 情報政策課", "R6～R7", "S", "S", 1800, "R7で取組終了"),
    (8, "公民館への指定管理者制度導入", "地区公民館の管理運営を指定管理者に移行する", "教育委員会 生涯学習課", "R7～R8", "－", "C", 0, "地元説明会が未実施"),
    (9, "職員定員の適正化", "定員管理計画に基づき職員数を適正化する", "総務部 職員課", "R6～R9", "A", "A", 36000, ""),
    (10, "RPAによる定型業務の自動化", "給与・会計の定型入力業務をRPAで自動化する", "総務部 情報政策課", "R6～R8", "B", "A", 2700, ""),
]

# 橿原市: 番号, 取組名, 主管課, 実施期間, 取組内容, 令和8年度の実績, 進捗状況, 財政効果（百万円）
KASHIHARA = [
    (1, "ふるさと納税の推進", "企画政策課", "令和6年度～令和9年度", "返礼品の拡充とポータルサイトの追加により寄附を増やす。",
     "返礼品を35品目追加し、寄附額が前年度比12％増加した。", "○", "45.0"),
    (2, "市税のスマートフォン決済の導入", "収納対策課", "令和6年度～令和7年度", "市税をスマートフォン決済で納付できるようにする。",
     "令和7年度で導入を完了し、令和8年度は利用率が18％となった。", "◎", "2.4"),
    (3, "公立保育所の民営化", "こども未来課", "令和7年度～令和9年度", "公立保育所2園を社会福祉法人へ移管する。",
     "移管先法人の選定が遅れ、保護者説明会を延期した。", "△", "0"),
    (4, "下水道使用料の改定", "上下水道部 経営企画課", "令和8年度", "経営戦略に基づき下水道使用料を改定する。",
     "令和8年10月から新料金を適用した。", "○", "120.0"),
    (5, "庁舎清掃・警備業務の一括発注", "管財契約課", "令和6年度～令和8年度", "本庁舎と分庁舎の清掃・警備業務をまとめて発注する。",
     "複数年契約により委託料を削減した。", "◎", "6.8"),
    (6, "学校給食センターの統合", "教育総務課", "令和8年度～令和9年度", "2か所の学校給食センターを1か所に統合する。",
     "基本計画の策定に着手できなかった。", "×", "0"),
    (7, "未利用市有地の売却", "管財契約課", "令和6年度～令和9年度", "活用予定のない市有地を一般競争入札で売却する。",
     "3件の土地を売却した。", "○", "38.2"),
    (8, "AI議事録作成システムの導入", "情報システム課", "令和7年度～令和8年度", "会議録の作成にAI音声認識を導入する。",
     "全課で利用を開始し、作成時間を約6割短縮した。", "○", "0.9"),
]

# 田辺市: 基本方針 -> rows of 番号, 改革項目, 所管部署, 実施年度, 達成状況, 削減効果額（千円）, 取組の結果
TANABE = [
    ("基本方針1　健全な財政運営", [
        ("1-1", "市税等の収納率の向上", "税務課", "2017年度～2019年度", "達成", 18400, "口座振替の勧奨と滞納整理の強化により、収納率が98.9％となった。"),
        ("1-2", "使用料・手数料の見直し", "財政課", "2018年度", "概ね達成", 5600, "体育施設の使用料を改定した。文化施設は改定を見送った。"),
        ("1-3", "遊休資産の売却", "管財課", "2017年度～2019年度", "未達成", 0, "売却予定の旧保育所用地で入札が不調となった。"),
    ]),
    ("基本方針2　効率的な行政運営", [
        ("2-1", "事務事業評価の実施", "企画広報課", "2017年度～2019年度", "達成", 0, "全事務事業の評価を毎年度実施し、結果を公表した。"),
        ("2-2", "職員提案制度の活性化", "総務課", "2017年度～2018年度", "概ね達成", 0, "提案件数は増加したが、実施に至った提案は目標を下回った。"),
        ("2-3", "行政局の窓口業務の見直し", "総務課", "2019年度", "未達成", 0, "住民説明に時間を要し、見直し案の決定に至らなかった。"),
        ("2-4", "公用車の削減", "管財課", "2017年度～2019年度", "達成", 3100, "公用車を12台削減し、共用化を進めた。"),
    ]),
    ("基本方針3　市民との協働", [
        ("3-1", "自治会への補助制度の見直し", "自治振興課", "2018年度～2019年度", "概ね達成", 1200, "補助金を交付金に一本化した。"),
        ("3-2", "NPO・ボランティア団体との協働の推進", "自治振興課", "2017年度～2019年度", "達成", 0, "協働事業提案制度により6事業を実施した。"),
        ("3-3", "観光施設への指定管理者制度の導入", "観光振興課", "2019年度", "達成", 9500, "温泉施設2か所に指定管理者制度を導入した。"),
    ]),
]


def yonago_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "進捗管理表"
    ws["A1"] = "米子市行財政改革実施計画（令和6年度～令和9年度）進捗管理表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "令和7年度実績（令和8年6月 米子市総務部行政経営課）"
    ws["A3"] = "達成度　S：計画以上に進んでいる　A：計画どおり進んでいる　B：やや遅れている　C：大幅に遅れている"
    header = ["No.", "取組項目", "取組の概要", "担当部局", "実施期間", "令和6年度達成度", "令和7年度達成度",
              "令和7年度効果額（千円）", "備考"]
    ws.append([])
    ws.append(header)
    for cell in ws[5]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for row in YONAGO:
        ws.append(list(row))
    ws.append(["合計", "", "", "", "", "", "", sum(r[7] for r in YONAGO), ""])
    for col, width in zip("ABCDEFGHI", (6, 28, 44, 22, 12, 10, 10, 14, 30)):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=6, min_col=8, max_col=8):
        for cell in row:
            cell.number_format = "#,##0"
    wb.properties.created = dt.datetime(2026, 6, 30)
    wb.properties.modified = dt.datetime(2026, 6, 30)
    wb.save(path)


def kashihara_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2027, 5, 31)
    doc.core_properties.modified = dt.datetime(2027, 5, 31)
    doc.add_heading("橿原市行政改革推進計画　令和8年度取組状況報告書", level=0)
    doc.add_paragraph("令和9年5月　橿原市総務部行政改革推進課")
    doc.add_heading("1　報告の趣旨", level=1)
    doc.add_paragraph("橿原市行政改革推進計画（計画期間：令和6年度～令和9年度）に掲げた8の取組について、"
                      "令和8年度の実績と進捗状況を取りまとめました。財政効果は令和8年度の単年度の額（百万円）です。")
    doc.add_heading("2　進捗状況の区分", level=1)
    doc.add_paragraph("◎：計画を上回って進んでいる　○：計画どおり進んでいる　△：一部に遅れがある　×：未着手または大幅に遅れている")
    doc.add_heading("3　取組ごとの状況", level=1)
    for no, name, section, period, content, result, grade, effect in KASHIHARA:
        doc.add_heading(f"取組{no}　{name}", level=2)
        doc.add_paragraph(f"【主管課】{section}")
        doc.add_paragraph(f"【実施期間】{period}")
        doc.add_paragraph(f"【取組内容】{content}")
        doc.add_paragraph(f"【令和8年度の実績】{result}")
        doc.add_paragraph(f"【進捗状況】{grade}")
        doc.add_paragraph(f"【財政効果】{effect}百万円")
    doc.add_heading("4　進捗状況の総括", level=1)
    total = len(KASHIHARA)
    for grade in "◎○△×":
        n = sum(1 for r in KASHIHARA if r[6] == grade)
        doc.add_paragraph(f"{grade}　{n}項目（{100 * n / total:.1f}%）")
    effect = sum(float(r[7]) for r in KASHIHARA)
    doc.add_paragraph(f"令和8年度の財政効果は合計{effect:.1f}百万円でした。")
    doc.save(path)


def tanabe_html(path: Path) -> None:
    rows = [r for _, group in TANABE for r in group]
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        "<title>田辺市行政改革実施計画の実施結果｜田辺市</title></head><body>",
        '<div id="breadcrumb"><a href="/">ホーム</a> &gt; 市政情報 &gt; 行財政改革</div>',
        "<h1>田辺市行政改革実施計画（平成29年度～平成31年度）の実施結果</h1>",
        "<p>更新日：2020年7月15日　担当：企画部 企画広報課</p>",
        "<p>田辺市では、平成29年度（2017年度）から令和元年度（2019年度）までの3年間を計画期間とする"
        "田辺市行政改革実施計画に基づき、10項目の改革に取り組みました。計画期間の実施結果をお知らせします。</p>",
        "<p>達成状況は「達成」「概ね達成」「未達成」の3区分で評価しています。削減効果額は計画期間3年間の累計（千円）です。</p>",
    ]
    for title, group in TANABE:
        parts.append(f"<h2>{e(title)}</h2>")
        parts.append('<table border="1"><thead><tr><th>番号</th><th>改革項目</th><th>所管部署</th><th>実施年度</th>'
                     "<th>達成状況</th><th>削減効果額（千円）</th><th>取組の結果</th></tr></thead><tbody>")
        for no, name, section, years, grade, effect, result in group:
            parts.append(f"<tr><td>{no}</td><td>{e(name)}</td><td>{e(section)}</td><td>{years}</td>"
                         f"<td>{grade}</td><td>{effect:,}</td><td>{e(result)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("<h2>実施結果のまとめ</h2>")
    total = len(rows)
    summary = "、".join(f"{g} {sum(1 for r in rows if r[4] == g)}項目（{100 * sum(1 for r in rows if r[4] == g) / total:.1f}%）"
                       for g in ("達成", "概ね達成", "未達成"))
    parts.append(f"<p>{summary}でした。削減効果額は計画期間の累計で{sum(r[5] for r in rows):,}千円となりました。</p>")
    parts.append("<p>未達成の項目は、次期計画（令和2年度～令和6年度）に引き継いで取り組みます。</p>")
    parts.append("<p>お問い合わせ：田辺市 企画部 企画広報課　電話 0739-00-0000</p>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    yonago_xlsx(DOCS / "米子市_行財政改革実施計画_進捗管理表_令和7年度.xlsx")
    kashihara_docx(DOCS / "橿原市_行政改革推進計画_令和8年度取組状況報告書.docx")
    tanabe_html(DOCS / "田辺市_行政改革実施計画_実施結果.html")


if __name__ == "__main__":
    main()
