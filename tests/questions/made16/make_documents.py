"""Made next editions of three shipped kinds (holdout made16), written by an author who never read the engine.

- 美幌町 行財政改革推進プラン 意見書 (the plan report, 002_…) as a PDF of a 町: plan period R8–R11,
  8 取組項目 and 25 実践項目 (1–21, N1–N4), grades per fiscal year R8–R11, no progress sheets.
- 弘前市・黒石市 連携事業の進捗状況 (平成30年度) (the joint-project table, 000_…) as XLSX.
- 岐阜県 市町村における行政改革の取組事例集 (令和9年3月) (the case studies, 001_…) as DOCX.

Run: /work/main/.venv/bin/python tests/questions/made16/make_documents.py
The data below is the single source of the documents and of questions.jsonl (make_questions.py).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
TOWN = "美幌町"
YEARS = ("R8", "R9", "R10", "R11")
THEMES = ("財政", "サービス", "協働", "施設", "民活", "ICT", "人材")

# No., name, themes, 委員評価 (審議会評価平均), committee comments
INITIATIVES = [
    (1, "自主財源の確保", ("財政", "協働"), 4.3, [
        "ふるさと納税の返礼品に町内事業者の新商品が加わり、寄附額が着実に伸びた点を評価する。",
        "町有地の売却は計画どおり進んだ。売却後の土地利用についても町として関心を持ってほしい。",
        "キャッシュレス納付は若い世代に好評と聞く。高齢者への周知も続けてほしい。"]),
    (2, "公共施設の適正配置", ("財政", "施設"), 3.5, [
        "町民プールの廃止は利用者への丁寧な説明がなされ、機能集約の手本となった。",
        "公営住宅の長寿命化は遅れが見られる。人口減少を踏まえた戸数の見直しが必要ではないか。"]),
    (3, "窓口サービスの向上", ("サービス", "ICT"), 4.5, [
        "書かない窓口の導入により、来庁者の待ち時間が大きく短縮されたことは高く評価できる。",
        "証明書のコンビニ交付は利用率が伸びており、マイナンバーカードの普及と合わせて効果が大きい。",
        "オンライン予約は始まったばかりであり、今後の利用状況を注視したい。"]),
    (4, "デジタル化の推進", ("ICT", "人材"), 3.9, [
        "電子申請の対象手続が増え、DXの基盤が整いつつある。",
        "RPAは導入業務が限られている。効果の大きい業務を選んで広げてほしい。"]),
    (5, "町民協働の推進", ("サービス", "協働"), 3.6, [
        "町民提案制度は提案件数が伸び悩んでいる。制度の周知に工夫が必要である。",
        "ボランティア登録制度が途中で終了したのは残念であり、理由の検証を求めたい。"]),
    (6, "民間活力の導入", ("財政", "民活"), 3.4, [
        "学校給食調理業務の民間委託は、経費削減と衛生管理の両面で成果があった。",
        "除雪業務の包括委託は担い手不足で難航している。事業者との対話を続けてほしい。"]),
    (7, "職員の人材育成", ("人材",), 4.1, [
        "研修計画の改定により、若手職員の研修参加が増えたことを評価する。",
        "女性職員の管理職登用は緒に就いたばかりであり、数値目標を示して進めてほしい。"]),
    (8, "観光・にぎわいの創出", ("財政", "協働", "民活"), 4.0, [
        "観光ポータルサイトの刷新で閲覧数が倍増した。ふるさと納税のページとの連携も検討してほしい。",
        "道の駅を拠点とした取組は農業者と商工業者の連携が進み、にぎわいが生まれている。"]),
]

# code, initiative No., name, grades R8–R11 ("" before a new item starts, "-" after it ended),
# 進捗度, 連携度, 効率性, 創造性, 取組終了 ("" = continues), 担当部署
PRACTICES = [
    ("1", 1, "ふるさと納税の返礼品の拡充", "AAAA", (3, 3, 3, 3), "R11", "(企)企画財政課"),
    ("2", 1, "町有地の売却促進", "BBA-", (2, 2, 3, 2), "R10", "(企)企画財政課"),
    ("3", 1, "町税のキャッシュレス納付の導入", "CBBA", (2, 2, 2, 3), "R11", "(企)税務課"),
    ("N1", 1, "企業版ふるさと納税の活用", "  BA", (3, 2, 3, 2), "", "(企)企画財政課"),
    ("4", 2, "公共施設個別施設計画の推進", "BBBB", (2, 2, 2, 2), "R11", "(総)総務課"),
    ("5", 2, "町民プールの廃止と機能集約", "AA--", (3, 2, 3, 2), "R9", "(教)生涯学習課"),
    ("6", 2, "公営住宅の長寿命化", "BCCB", (1, 2, 2, 1), "", "(建)建設管理課"),
    ("7", 3, "窓口受付時間の見直し", "AA--", (3, 3, 2, 2), "R9", "(住)町民課"),
    ("8", 3, "書かない窓口の導入", "CBAA", (3, 2, 3, 3), "R11", "(住)町民課、(総)情報政策室"),
    ("9", 3, "証明書のコンビニ交付", "BAA-", (3, 3, 3, 2), "R10", "(住)町民課"),
    ("N2", 3, "窓口のオンライン予約の導入", "  BB", (2, 2, 2, 2), "", "(住)町民課"),
    ("10", 4, "電子申請の対象手続の拡大", "BBAA", (3, 2, 3, 2), "R11", "(総)情報政策室"),
    ("11", 4, "RPAによる定型業務の自動化", "CCBB", (2, 1, 2, 2), "R11", "(総)情報政策室"),
    ("12", 4, "テレワーク環境の整備", "BA--", (2, 2, 3, 2), "R9", "(総)総務課"),
    ("13", 5, "町民提案制度の創設", "ABBB", (2, 3, 2, 2), "", "(企)まちづくり推進課"),
    ("14", 5, "自治会活動への支援", "BBBA", (2, 3, 2, 3), "R11", "(企)まちづくり推進課"),
    ("15", 5, "協働ボランティア登録制度", "CC--", (1, 1, 1, 1), "R9", "(保)保健福祉課"),
    ("16", 6, "学校給食調理業務の民間委託", "AAA-", (3, 3, 3, 3), "R10", "(教)学校教育課"),
    ("17", 6, "指定管理者制度の拡大", "BBBB", (2, 2, 2, 3), "R11", "(総)総務課"),
    ("18", 6, "除雪業務の包括委託", "CDCB", (1, 1, 1, 1), "", "(建)建設管理課"),
    ("19", 7, "職員研修計画の改定", "AAAA", (3, 2, 2, 3), "R11", "(総)総務課"),
    ("20", 7, "人事評価制度の見直し", "BB--", (2, 1, 2, 2), "R9", "(総)総務課"),
    ("N3", 7, "女性職員の管理職登用の推進", "   A", (3, 2, 2, 3), "", "(総)総務課"),
    ("21", 8, "観光ポータルサイトの刷新", "BAA-", (3, 3, 2, 3), "R10", "(経)商工観光課"),
    ("N4", 8, "道の駅を拠点としたにぎわい創出", "  BA", (2, 3, 2, 3), "", "(経)商工観光課、(経)農林課"),
]

# 番号, 事業項目, 事業内容, 既に実施, 今年度(H30)に実施予定, 部会名称 (部会長), 弘前市 担当, 黒石市 担当
JOINT = [
    (1, "滞納市税の合同公売", "両市の差押物件をインターネットで合同公売する。", "H29.11 第1回合同公売（12件）", "", "税務部会 (弘前市)", "収納課", "税務課"),
    (2, "税務職員の合同研修", "徴収の手法を共有し、職員の技能を高める。", "H29.6 合同研修（参加45名）", "H30.6 第2回合同研修", "税務部会 (弘前市)", "市民税課", "税務課"),
    (3, "観光パンフレットの共同作成", "桜と紅葉の周遊ルートを両市で紹介する。", "", "H30.4 発行予定（3万部）", "観光部会 (黒石市)", "観光政策課", "観光課"),
    (4, "周遊バスの共同運行", "両市の観光地を結ぶ周遊バスを週末に運行する。", "H29.10 試験運行", "H30.7 本格運行", "観光部会 (黒石市)", "観光政策課", "観光課"),
    (5, "物産展の合同出展", "首都圏の物産展に両市で出展する。", "H29.9 東京都内で出展", "", "観光部会 (黒石市)", "りんご課", "農林課"),
    (6, "防災訓練の合同実施", "両市の境界地域で合同の防災訓練を行う。", "", "H30.9 実施予定", "防災部会 (弘前市)", "防災安全課", "総務課"),
    (7, "災害時の相互応援", "災害時の物資と職員の相互応援の協定を結ぶ。", "H29.4 協定締結", "", "防災部会 (弘前市)", "防災安全課", "総務課"),
    (8, "避難所情報の共有", "両市の避難所の位置と収容人数を共通の地図で公開する。", "", "H31.1 公開予定", "防災部会 (弘前市)", "防災安全課", "総務課"),
    (9, "子育て支援施設の相互利用", "両市の子育て支援センターを住所に関係なく利用できるようにする。", "H29.7 相互利用開始", "", "福祉部会 (黒石市)", "こども家庭課", "健康福祉課"),
    (10, "図書館の相互貸出", "両市の市民が互いの図書館で本を借りられるようにする。", "H28.10 相互貸出開始", "H30.10 返却の相互受付", "福祉部会 (黒石市)", "弘前図書館", "黒石市立図書館"),
    (11, "職員の人事交流", "両市の職員を1年間相互に派遣する。", "", "H30.4 派遣開始（各1名）", "総務部会 (弘前市)", "人事課", "総務課"),
    (12, "電算システムの共同調達", "住民情報システムを共同で調達し、経費を削減する。", "", "H31.3 調達方針決定予定", "総務部会 (弘前市)", "情報政策課", "企画課"),
]

# ★ topic, place in 〈〉, title, 【取組】 paragraphs, 【効果】 paragraphs, optional table rows
CASES = [
    ("窓口業務の民間委託", "高山市", "市民課窓口業務の包括委託",
     ["令和6年4月から、市民課の住民異動届の受付、証明書の交付などの窓口業務を民間事業者に包括委託した。",
      "委託の範囲は、判断を要しない定型的な業務に限り、審査と決定は市職員が行う。"],
     ["年間約1,200万円の経費削減となった。", "職員を市民からの相談業務に振り向けることができた。"], None),
    ("公共施設の集約化・複合化", "中津川市", "小学校と公民館の複合化",
     ["老朽化した公民館を廃止し、隣接する小学校の余裕教室に公民館機能を移した。"],
     ["延床面積を18%削減し、維持管理費を年間約650万円削減した。", "児童と地域住民の交流が生まれた。"], None),
    ("自治体クラウドの共同利用", "揖斐郡3町", "基幹系システムの共同調達",
     ["揖斐川町・大野町・池田町の3町で、住民記録・税・福祉の基幹系システムを共同で調達し、データセンターで運用している。"],
     ["3町合計で運用経費を年間約4,300万円削減した。"],
     [("町", "導入前（千円/年）", "導入後（千円/年）", "削減額（千円/年）"),
      ("揖斐川町", "52,000", "36,000", "16,000"),
      ("大野町", "48,000", "33,000", "15,000"),
      ("池田町", "41,000", "29,000", "12,000")]),
    ("歳入確保対策", "郡上市", "ふるさと納税の返礼品開発",
     ["市内事業者と市職員が共同で返礼品を開発する「郡上ふるさと商品開発会議」を設けた。"],
     ["令和7年度の寄附額は約12.4億円となり、令和5年度の約2倍となった。"], None),
    ("業務の効率化（RPA・AI）", "可児市", "庁内業務のRPA化",
     ["給与、会計、税の定型業務にRPAを導入し、職員自らがシナリオを作成できるよう研修を行った。"],
     ["年間約3,100時間の業務時間を削減した。"], None),
    ("施設運営の指定管理", "美濃加茂市", "体育施設の指定管理",
     ["市内の体育施設5か所を一括して指定管理者に管理させ、利用料金制を導入した。"],
     ["利用者数が導入前より15%増加した。", "市の負担額は年間約900万円減少した。"], None),
]


def totals(scores: tuple[int, int, int, int]) -> tuple[int, str]:
    """合計 and 総合評価 of a practice item (12–10 A, 9–7 B, 6–4 C, 3–0 D)."""
    total = sum(scores)
    return total, "A" if total >= 10 else "B" if total >= 7 else "C" if total >= 4 else "D"


def initiative_summary(no: int) -> dict:
    items = [p for p in PRACTICES if p[1] == no]
    averages = [round(sum(p[4][i] for p in items) / len(items), 1) for i in range(4)]
    total = round(sum(averages), 1)
    return {"count": len(items), "averages": averages, "total": total, "self": "A" if total >= 9.5 else "B"}


def grade_cells(grades: str) -> list[str]:
    return [g.strip() for g in grades]


def plan_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=FONT)
    pdf.set_auto_page_break(True, margin=12)

    def para(text: str, size: int = 10, height: float = 6) -> None:
        pdf.set_font("jp", size=size)
        pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    para(f"{TOWN}行財政改革推進プラン", 18, 12)
    para("取組の有効性に関する意見書", 16, 10)
    para("令和12年（2030年）7月28日", 12, 8)
    para(f"{TOWN}行財政改革推進委員会", 12, 8)
    para("1 はじめに", 12, 8)
    para(f"令和8年度（2026年度）からスタートした『{TOWN}行財政改革推進プラン』は、人口減少の中でも持続可能な町政運営を目指し、"
         "令和11年度（2029年度）までの4年間、8つの取組項目と25の実践項目（取組）に取り組んできた。"
         "本委員会では、計画期間の終了に伴い、4年間の取組の有効性について評価を行い、意見書として取りまとめた。")
    para(f"{TOWN}行財政改革推進委員会 委員長 北原 昭彦")
    para("2 評価方法について", 12, 8)
    para("毎年度、担当課による実践項目の自己評価を行い、【進捗度・連携度・効率性・創造性】の4項目を0～3の4段階で評価し、"
         "合計点により総合評価（A～D）を行った。委員会は取組項目ごとに5段階（5 非常に評価できる、3 おおむね評価できる、1 課題あり）で評価した。")

    pdf.add_page()
    para("3 取組の有効性の評価について", 12, 8)
    para("行財政改革推進プラン取組状況一覧【取組項目別】", 11, 7)
    pdf.set_font("jp", size=8)
    head = ["No.", "取組項目", *THEMES, "実践項目数", "進捗度", "連携度", "効率性", "創造性", "合計", "自己評価(総合評価)", "委員会評価平均"]
    with pdf.table(col_widths=(8, 42, 10, 13, 10, 10, 10, 10, 10, 14, 12, 12, 12, 12, 12, 20, 20),
                   text_align="CENTER", first_row_as_headings=False) as table:
        row = table.row()
        for h in head:
            row.cell(h)
        for no, name, themes, score, _ in INITIATIVES:
            s = initiative_summary(no)
            row = table.row()
            for v in [str(no), name, *["○" if t in themes else "" for t in THEMES], str(s["count"]),
                      *[f"{a:.1f}" for a in s["averages"]], f"{s['total']:.1f}", s["self"], f"{score:.1f}"]:
                row.cell(v)

    pdf.add_page()
    para("行財政改革推進プラン取組状況一覧【実践項目別】", 11, 7)
    pdf.set_font("jp", size=7)
    head = ["小No.", "大No.", "取組項目", "実践項目", *YEARS, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価",
            "取組終了", "担当課"]
    names = {i[0]: i[1] for i in INITIATIVES}
    with pdf.table(col_widths=(9, 9, 30, 48, 8, 8, 8, 8, 10, 10, 10, 10, 9, 11, 11, 50), text_align="CENTER", first_row_as_headings=False) as table:
        row = table.row()
        for h in head:
            row.cell(h)
        for code, no, name, grades, scores, end, dept in PRACTICES:
            total, overall = totals(scores)
            row = table.row()
            for v in [code, f"No.{no}", names[no], name, *grade_cells(grades), *map(str, scores), str(total), overall,
                      end, dept]:
                row.cell(v)

    pdf.add_page()
    para("I 取組項目別の評価について", 12, 8)
    for no, name, themes, score, comments in INITIATIVES:
        s = initiative_summary(no)
        para(f"{no} {name}", 11, 7)
        para(f"テーマ：{'・'.join(themes)}　平均値 進捗度 {s['averages'][0]:.1f} 連携度 {s['averages'][1]:.1f} "
             f"効率性 {s['averages'][2]:.1f} 創造性 {s['averages'][3]:.1f} 合計 {s['total']:.1f} 総合評価 {s['self']}", 8, 5)
        pdf.set_font("jp", size=7)
        with pdf.table(col_widths=(10, 60, 12, 12, 12, 12, 10, 12, 14, 50), text_align="CENTER", first_row_as_headings=False) as table:
            row = table.row()
            for h in ["No.", "実践項目名", "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価", "取組終了", "担当課"]:
                row.cell(h)
            for code, pno, pname, _, scores, end, dept in PRACTICES:
                if pno != no:
                    continue
                total, overall = totals(scores)
                row = table.row()
                for v in [code, pname, *map(str, scores), str(total), overall, end, dept]:
                    row.cell(v)
        para("委員の意見等", 9, 6)
        para(f"委員評価 {score:.1f} /5", 9, 6)
        for c in comments:
            para("・" + c, 9, 5)
        pdf.ln(3)
    para("4 総評", 12, 8)
    para("4年間で25の実践項目のうち多くが計画どおり終了した。継続する取組は、令和12年度（2030年度）からの次期プランに引き継がれる。")
    return bytes(pdf.output())


def joint_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "連携事業"
    ws.append(["弘前市・黒石市 連携事業の進捗状況（平成30年度）"])
    ws.append(["番号", "事業項目", "事業内容", "進捗状況", None, "部会名称 (部会長)", "担当部署", None])
    ws.append([None, None, None, "既に実施", "今年度(H30)に実施予定", None, "弘前市", "黒石市"])
    ws.merge_cells("D2:E2")
    ws.merge_cells("G2:H2")
    for row in JOINT:
        ws.append([row[0], *[v or None for v in row[1:]]])
    for col, width in zip("ABCDEFGH", (6, 26, 50, 26, 26, 20, 16, 16)):
        ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 12, 1)
    wb.save(path)


def cases_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 12, 1)
    doc.add_heading("市町村における行政改革の取組事例集", 0)
    doc.add_paragraph("岐阜県 清流の国推進部 市町村課（令和9年3月）")
    doc.add_paragraph("目次")
    for topic, *_ in CASES:
        doc.add_paragraph(f"★{topic}")
    for topic, place, title, work, effects, table in CASES:
        doc.add_heading(f"★{topic}", 1)
        doc.add_paragraph(f"〈{place}の取組事例：{title}〉")
        doc.add_paragraph("【取組】")
        for text in work:
            doc.add_paragraph(text, style="List Bullet")
        if table:
            t = doc.add_table(rows=0, cols=len(table[0]))
            t.style = "Table Grid"
            for values in table:
                cells = t.add_row().cells
                for cell, v in zip(cells, values):
                    cell.text = v
        doc.add_paragraph("【効果】")
        for text in effects:
            doc.add_paragraph(text, style="List Bullet")
    doc.save(path)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "bihoro_gyozaisei_plan_ikensho_R12.pdf").write_bytes(plan_pdf())
    joint_xlsx(DOCS / "hirosaki_kuroishi_renkei_h30.xlsx")
    cases_docx(DOCS / "gifu_gyokaku_jirei_R9.docx")
    for f in sorted(DOCS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
