"""Write the made25 documents: five reform reports of two municipalities (春日井市, 安曇野市) that no
loader was written for, each in a shape such reports are commonly published in.

`python -m tests.questions.made25.make_documents` (from the project root) rewrites tests/questions/made25/docs/.
The data structures below are the truth the questions' answers are derived from (make_questions.py).
The PDF needs a Japanese font (IPAexGothic, Debian package fonts-ipaexfont-gothic).
"""
from __future__ import annotations

import html
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

F_FACILITY = "春日井市_指定管理者モニタリング評価_令和6年度.xlsx"
F_SUBSIDY = "春日井市_補助金等見直し結果一覧_令和7年度.pdf"
F_MINUTES = "春日井市_行政改革推進委員会会議録_令和6年度第2回.docx"
F_FACILITY_PLAN = "安曇野市_個別施設計画_施設別対策一覧_令和7年3月改訂.html"
F_REFORM = "安曇野市_第4次行財政改革推進計画_令和6年度取組状況.txt"

# ---- 春日井市: 指定管理者 モニタリング評価 (a summary sheet, then one label/value sheet per facility) ----
# (sheet, 施設名, 所管課, 指定管理者, 指定期間, 利用者目標, 利用者実績, 満足度目標, 満足度実績,
#  令和6年度指定管理料(千円), 項目別評価 (管理運営, サービス向上, 収支, 安全管理), 総合評価, 総評)
FACILITIES = [
    ("総合体育館", "春日井市総合体育館", "スポーツ課", "かすがいスポーツパートナーズ共同事業体",
     ("令和4年4月1日", "令和9年3月31日"), 420000, 438512, 80.0, 83.5, 186400, ("A", "A", "B", "A"), "A",
     "自主事業のスポーツ教室が好評で、利用者数は目標を上回った。光熱水費の高騰により収支はやや悪化した。"),
    ("文化フォーラム", "文化フォーラム春日井", "文化振興課", "公益財団法人かすがい市民文化財団",
     ("令和3年4月1日", "令和8年3月31日"), 310000, 296840, 85.0, 86.1, 152300, ("B", "A", "B", "B"), "B",
     "視聴覚ホールの稼働率が伸び悩んだが、文化講座の満足度は高い。次期公募に向けて収支改善が課題。"),
    ("落合公園", "落合公園", "公園緑地課", "春日井グリーンパートナーズ",
     ("令和5年4月1日", "令和10年3月31日"), 250000, 271905, 75.0, 88.2, 78900, ("S", "A", "A", "A"), "S",
     "花の名所としての広報とイベントにより来園者が大きく増えた。樹木の安全点検も計画どおり実施した。"),
    ("東部市民センター", "東部市民センター", "市民活動推進課", "株式会社コミュニティネット東海",
     ("令和4年4月1日", "令和9年3月31日"), 95000, 81233, 80.0, 71.4, 41200, ("B", "C", "B", "C"), "C",
     "空調改修工事による休館があったとはいえ、利用者数・満足度とも目標を下回った。避難訓練が未実施であり改善を指示した。"),
    ("少年自然の家", "春日井市少年自然の家", "青少年子ども課", "特定非営利活動法人かすがい野外活動協会",
     ("令和6年4月1日", "令和11年3月31日"), 38000, 39870, 85.0, 91.0, 33600, ("A", "A", "A", "A"), "A",
     "指定初年度であるが、野外体験プログラムを拡充し、学校団体の利用が増えた。"),
    ("高齢者生きがいセンター", "高齢者生きがいセンター", "高齢福祉課", "社会福祉法人春日井福祉会",
     ("令和3年4月1日", "令和8年3月31日"), 60000, 57214, 80.0, 82.6, 24800, ("B", "B", "A", "B"), "B",
     "介護予防教室の参加者は回復傾向にあるが、利用者数はコロナ禍前の水準に戻っていない。"),
    ("温水プール", "春日井市温水プール（サンフロッグ春日井）", "スポーツ課", "かすがいスポーツパートナーズ共同事業体",
     ("令和4年4月1日", "令和9年3月31日"), 150000, 162300, 80.0, 79.2, 98700, ("A", "B", "B", "A"), "A",
     "水泳教室の定員を増やし利用者数は目標を上回った。更衣室の老朽化への苦情がある。"),
]
ITEM_LABELS = ("施設の管理運営", "サービスの向上", "収支の状況", "安全管理・法令遵守")
GRADE_LEGEND = "S：特に優れている　A：良好である　B：概ね良好である　C：改善を要する"

# ---- 春日井市: 補助金等見直し結果一覧 (PDF, a table over two pages with a 合計 row) ----
# (名称, 所管課, 見直し区分, R5決算額, R6予算額, R7予算額 (None: 計上なし), 見直しの内容)  金額は千円
SUBSIDIES = [
    ("町内会・自治会運営補助金", "市民活動推進課", "継続", 42310, 42500, 42500, "加入促進の取組を交付要件に追加"),
    ("老人クラブ活動費補助金", "高齢福祉課", "縮小", 18240, 17800, 15200, "会員数に応じた算定方法に変更"),
    ("敬老会開催補助金", "高齢福祉課", "縮小", 21600, 21000, 12600, "対象年齢を77歳以上に引上げ"),
    ("商店街イベント補助金", "経済振興課", "統合", 6800, 6500, None, "商店街活性化補助金に統合"),
    ("商店街活性化補助金", "経済振興課", "継続", 12000, 12000, 18000, "イベント補助を統合し一本化"),
    ("住宅用太陽光発電設備設置補助金", "環境政策課", "廃止", 15000, 12000, None, "国・県の制度拡充により役割を終えた"),
    ("家庭用蓄電池設置補助金", "環境政策課", "継続", 8000, 10000, 10000, ""),
    ("生ごみ処理機購入補助金", "ごみ減量推進課", "縮小", 3200, 3000, 1500, "上限額を2万円から1万円に引下げ"),
    ("資源回収団体奨励金", "ごみ減量推進課", "継続", 24500, 24000, 24000, ""),
    ("私立幼稚園運営費補助金", "保育課", "継続", 36400, 36000, 36000, ""),
    ("保育士就労奨励金", "保育課", "継続", 9600, 12000, 12000, ""),
    ("スポーツ大会出場激励金", "スポーツ課", "縮小", 2400, 2400, 1200, "対象を全国大会以上に限定"),
    ("市民体育大会開催補助金", "スポーツ課", "廃止", 4800, 4800, None, "市の主催事業に移行"),
    ("文化団体活動補助金", "文化振興課", "縮小", 5600, 5400, 4000, "団体の自己負担割合を引上げ"),
    ("姉妹都市交流事業補助金", "文化振興課", "継続", 3000, 3000, 3000, ""),
    ("農業後継者育成補助金", "農政課", "継続", 2800, 2800, 2800, ""),
    ("有害鳥獣駆除補助金", "農政課", "継続", 1900, 2100, 2100, ""),
    ("中小企業融資利子補給金", "経済振興課", "縮小", 28000, 25000, 18000, "新規融資分を対象外とする"),
    ("創業支援補助金", "経済振興課", "継続", 6000, 6000, 6000, ""),
    ("合併処理浄化槽設置補助金", "下水道課", "縮小", 11200, 9800, 7000, "下水道計画区域外に限定"),
    ("防犯灯設置補助金", "市民安全課", "継続", 7500, 7500, 7500, ""),
    ("自主防災組織育成補助金", "市民安全課", "継続", 4200, 4400, 4400, ""),
    ("交通安全協会補助金", "市民安全課", "廃止", 1600, 1600, None, "見守り活動は委託事業で継続"),
    ("シルバー人材センター運営補助金", "高齢福祉課", "継続", 31000, 31000, 31000, ""),
    ("社会福祉協議会運営補助金", "地域福祉課", "縮小", 98000, 97000, 93500, "人件費補助を段階的に縮減"),
    ("障がい者団体活動補助金", "障がい福祉課", "継続", 2200, 2200, 2200, ""),
    ("結婚新生活支援補助金", "企画政策課", "廃止", 6000, 6000, None, "国の交付金事業の終了による"),
    ("空き家改修補助金", "住宅政策課", "継続", 5000, 8000, 8000, ""),
]
SUBSIDY_ROWS_PAGE1 = 18

# ---- 春日井市: 行政改革推進委員会 会議録 (DOCX: attendance table, then speakers and replies) ----
MEMBERS = [
    ("委員長", "山田 恵子", "中部学院大学 教授"),
    ("副委員長", "加藤 信一", "春日井商工会議所"),
    ("委員", "小林 真理", "公認会計士"),
    ("委員", "伊藤 健太", "春日井市区長町内会長連合会"),
    ("委員", "鈴木 由美", "公募委員"),
    ("委員", "中村 大輔", "公募委員"),
    ("委員", "吉田 聡子", "社会福祉法人 理事"),
]
ABSENT = "渡辺 浩二（愛知県行政書士会）"
MINUTES_DATE = "令和6年11月20日（水）午後2時00分～午後3時40分"
MINUTES_PLACE = "春日井市役所 本庁舎12階 第1委員会室"
NEXT_MEETING = "令和7年2月12日（水）午後2時"
# (speaker, text): 委員 are written by seat letter as published (A委員…), 事務局 with the section.
SPEECHES = [
    ("委員長", "ただいまから令和6年度第2回春日井市行政改革推進委員会を開会します。本日は委員8名中7名の出席があり、会議は成立しています。"),
    ("事務局（行政経営課長）", "議題(1)について、資料1「指定管理者モニタリング評価結果」に基づき説明します。7施設のうち総合評価Sが1施設、Aが3施設、Bが2施設、Cが1施設でした。"),
    ("A委員", "東部市民センターが総合評価Cとなっていますが、利用者数が目標を大きく下回った理由を教えてください。"),
    ("事務局（市民活動推進課）", "令和6年7月から8月にかけて空調設備の改修工事のためホールを休止したことが主な原因です。あわせて避難訓練が未実施であったため、指定管理者に改善計画の提出を求めています。"),
    ("A委員", "改善計画の提出期限はいつですか。"),
    ("事務局（市民活動推進課）", "令和7年1月末までに提出を求めており、提出後に所管課が現地で確認します。"),
    ("B委員", "温水プールは利用者数が目標を上回っていますが、満足度が目標に届いていません。更衣室の老朽化への苦情が多いと聞いていますが、対応は考えていますか。"),
    ("事務局（スポーツ課）", "更衣室の改修は令和8年度の予算要求に向けて検討しています。それまでの間は指定管理者と協議し、清掃の回数を増やします。"),
    ("委員長", "続いて議題(2)に移ります。事務局から説明をお願いします。"),
    ("事務局（行政経営課長）", "資料2「補助金等見直し結果一覧（案）」をご覧ください。28件の補助金等を見直し、廃止4件、縮小8件、統合1件、継続15件としています。"),
    ("C委員", "敬老会開催補助金の対象年齢の引上げについて、地域への説明はどのように行うのですか。"),
    ("事務局（高齢福祉課）", "令和7年1月から各地区の区長会で順次説明し、広報かすがい3月号でもお知らせする予定です。"),
    ("D委員", "交通安全協会補助金を廃止すると、通学路の見守り活動が後退するのではないかと心配です。"),
    ("事務局（市民安全課）", "見守り活動は令和7年度から委託事業として継続しますので、活動が後退することはありません。"),
    ("E委員", "社会福祉協議会運営補助金の縮減は段階的とのことですが、最終的な削減目標を示すべきではないでしょうか。"),
    ("事務局（地域福祉課）", "令和9年度までに人件費補助を1割縮減することを目標とし、協議会と協議を進めています。次回の委員会で目標額をお示しします。"),
    ("委員長", "本日の意見を踏まえ、事務局は答申案を作成してください。答申は次回の委員会でとりまとめます。以上で閉会します。"),
]

# ---- 安曇野市: 個別施設計画 施設別対策一覧 (HTML: 施設分類 spanning rows, 和暦 years) ----
# (施設分類, 施設名, 所管課, 建築年度 (era, year), 延床面積㎡, 対策の方向性, 実施時期 令和N年度, 概算費用 百万円 or None)
PLAN_FACILITIES = [
    ("学校教育系施設", "明科中学校 校舎", "教育総務課", ("昭和", 53), 6820, "長寿命化", 9, 1240),
    ("学校教育系施設", "豊科南小学校 屋内運動場", "教育総務課", ("昭和", 57), 1150, "長寿命化", 8, 310),
    ("学校教育系施設", "三郷学校給食センター", "学校給食課", ("平成", 1), 1480, "統合", 10, None),
    ("市民文化系施設", "豊科公民館", "生涯学習課", ("昭和", 55), 2340, "建替え", 11, 1650),
    ("市民文化系施設", "穂高交流学習センター", "生涯学習課", ("平成", 14), 3120, "長寿命化", 12, 420),
    ("市民文化系施設", "明科公民館 東川手分館", "生涯学習課", ("昭和", 49), 380, "廃止", 8, 25),
    ("市民文化系施設", "堀金公民館 烏川分館", "生涯学習課", ("昭和", 60), 290, "譲渡", 9, None),
    ("保健・福祉施設", "三郷保健センター", "健康推進課", ("平成", 3), 960, "長寿命化", 13, 180),
    ("保健・福祉施設", "穂高デイサービスセンター", "介護保険課", ("平成", 9), 720, "譲渡", 8, None),
    ("保健・福祉施設", "豊科児童館", "子ども支援課", ("昭和", 58), 540, "統合", 10, 90),
    ("スポーツ・レクリエーション系施設", "堀金温泉保養施設", "観光交流促進課", ("平成", 8), 1860, "廃止", 9, 60),
    ("スポーツ・レクリエーション系施設", "穂高屋外プール", "スポーツ推進課", ("昭和", 59), 1020, "廃止", 8, 120),
    ("スポーツ・レクリエーション系施設", "明科総合体育館", "スポーツ推進課", ("平成", 6), 4200, "長寿命化", 11, 560),
    ("行政系施設", "三郷支所", "総務課", ("平成", 2), 1640, "統合", 12, 210),
    ("行政系施設", "堀金支所", "総務課", ("昭和", 62), 1380, "長寿命化", 14, 240),
    ("行政系施設", "消防団第3分団詰所（穂高）", "危機管理課", ("昭和", 50), 160, "建替え", 8, 48),
]
ERA_START = {"昭和": 1925, "平成": 1988, "令和": 2018}
AGE_BASE_YEAR = 2024  # 築年数は令和6年度末時点


def seireki(era_year: tuple[str, int]) -> int:
    era, year = era_year
    return ERA_START[era] + year


def era_text(era_year: tuple[str, int]) -> str:
    era, year = era_year
    return f"{era}{'元' if year == 1 else year}年度"


# ---- 安曇野市: 第4次行財政改革推進計画 令和6年度取組状況 (text, numbered measures with 【】 labels) ----
POLICIES = ["市民サービスの向上", "効率的で質の高い行政運営", "持続可能な財政運営"]
# (取組番号, 基本方針index, 名称, 担当課, 取組内容, 目標(最終), 令和6年度目標, 令和6年度実績, 達成度, 効果額千円 or None, 完了予定 (年, 月) 令和)
MEASURES = [
    (1, 0, "行かない窓口の推進", "市民課", "住民票の写し等の各種申請をオンラインで受け付け、来庁せずに手続ができる環境を整える。",
     "オンライン申請可能な手続数 150手続（令和9年度）", "100手続", "112手続", "A", None, (10, 3)),
    (2, 0, "窓口キャッシュレス決済の導入", "市民課", "本庁舎及び各支所の窓口で、手数料等のキャッシュレス決済を導入する。",
     "導入窓口数 12窓口（令和8年度）", "8窓口", "6窓口", "C", None, (9, 3)),
    (3, 0, "コンビニ交付の利用促進", "市民課", "マイナンバーカードによる証明書のコンビニ交付を周知し、窓口の混雑を緩和する。",
     "証明書のコンビニ交付率 40.0%（令和9年度）", "30.0%", "27.4%", "B", 1850, (10, 3)),
    (4, 0, "AIチャットボットによる問合せ対応", "広報広聴課", "市ホームページにAIチャットボットを導入し、24時間問合せに対応する。",
     "対応分野数 20分野（令和9年度）", "10分野", "0分野（導入準備中）", "D", None, (8, 9)),
    (5, 1, "RPA・AI-OCRの活用拡大", "情報政策課", "定型的な入力作業にRPA・AI-OCRを導入し、職員が企画業務に注力できるようにする。",
     "年間削減時間 8,000時間（令和9年度）", "5,000時間", "5,430時間", "A", 12600, (10, 3)),
    (6, 1, "ペーパーレス化の推進", "行政経営課", "庁内会議のタブレット利用と電子決裁を進め、紙の使用量を減らす。",
     "コピー用紙使用枚数 令和4年度比30%削減（令和9年度）", "20%削減", "18.2%削減", "B", 2140, (10, 3)),
    (7, 1, "時間外勤務の縮減", "職員課", "業務の平準化とノー残業デーの徹底により、時間外勤務を縮減する。",
     "職員一人当たり月平均時間外勤務 10時間以内（令和9年度）", "12時間", "13.6時間", "C", None, (10, 3)),
    (8, 1, "事務事業評価の見直し", "行政経営課", "評価対象を重点化し、評価シートを簡素化して予算編成と連動させる。",
     "新たな評価制度の運用開始（令和7年度）", "評価シート様式の改定", "様式改定済み・試行実施", "A", None, (7, 3)),
    (9, 1, "公用車の適正配置", "管財課", "公用車の稼働状況を分析し、集中管理と台数の削減を進める。",
     "公用車台数 230台（令和9年度）", "245台", "241台", "A", 4300, (10, 3)),
    (10, 2, "公共施設の再編", "資産経営課", "個別施設計画に基づき、施設の統合・廃止・譲渡を進め、保有総量を縮減する。",
     "延床面積 令和4年度比5.0%削減（令和9年度）", "1.5%削減", "0.8%削減", "C", 6200, (10, 3)),
    (11, 2, "使用料・手数料の見直し", "財政課", "受益者負担の原則に基づき、使用料・手数料の算定基準を見直す。",
     "見直し方針に基づく改定（令和8年度）", "見直し方針の策定", "見直し方針を策定", "A", None, (7, 3)),
    (12, 2, "ふるさと寄附金の拡充", "シティプロモーション課", "返礼品の開拓とポータルサイトの追加により、寄附額を増やす。",
     "寄附額 15億円（令和9年度）", "10億円", "11.8億円", "A", 210000, (10, 3)),
    (13, 2, "市税収納率の向上", "収納課", "スマートフォン決済の拡大と滞納整理の強化により、収納率を高める。",
     "市税現年度分収納率 99.3%（令和9年度）", "99.1%", "99.12%", "A", 18500, (10, 3)),
    (14, 2, "補助金の見直し", "財政課", "全ての補助金について3年ごとに効果を検証し、廃止・縮小を含め見直す。",
     "見直し件数 30件（令和9年度までの累計）", "10件", "7件", "C", 3900, (6, 12)),
    (15, 2, "未利用市有地の売却", "管財課", "利用予定のない市有地を公募により売却し、維持管理費を削減する。",
     "売却件数 累計15件（令和9年度）", "5件", "2件", "C", 48000, (10, 3)),
]
REFORM_GRADES = "A：目標を達成した　B：概ね達成した（目標の80%以上）　C：達成が遅れている　D：未着手"


def kasugai_facility_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果一覧"
    ws["B1"] = "令和6年度 指定管理者モニタリング評価結果一覧"
    ws["B1"].font = Font(bold=True, size=14)
    ws.merge_cells("B1:G1")
    ws["B2"] = "春日井市 総務部 行政経営課（令和7年6月公表）"
    head = ["No.", "施設名", "所管課", "指定管理者", "指定期間", "総合評価"]
    for col, text in enumerate(head, start=2):
        cell = ws.cell(row=4, column=col, value=text)
        cell.font = Font(bold=True)
        cell.border = box
    for i, f in enumerate(FACILITIES, start=1):
        start, end = f[4]
        values = [i, f[1], f[2], f[3], f"{start}～{end}", f[11]]
        for col, value in enumerate(values, start=2):
            ws.cell(row=4 + i, column=col, value=value).border = box
    note = 4 + len(FACILITIES) + 2
    ws.cell(row=note, column=2, value="【評価の基準】")
    ws.cell(row=note + 1, column=2, value=GRADE_LEGEND)
    ws.cell(row=note + 2, column=2, value="※各施設の評価の詳細は、施設ごとのシートを参照。")
    for col, width in zip("BCDEFG", (6, 34, 16, 36, 34, 10)):
        ws.column_dimensions[col].width = width

    for i, f in enumerate(FACILITIES, start=1):
        (sheet, name, dept, operator, (start, end), users_plan, users_done, sat_plan, sat_done,
         fee, items, grade, remark) = f
        ws = wb.create_sheet(sheet)
        ws["A1"] = "令和6年度 指定管理者モニタリング評価シート"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:D1")
        rows = [
            ("施設番号", i), ("施設名", name), ("所管課", dept), ("指定管理者", operator),
            ("指定期間", f"{start}～{end}"), ("令和6年度指定管理料（千円）", fee),
        ]
        r = 3
        for label, value in rows:
            ws.cell(row=r, column=1, value=label).border = box
            cell = ws.cell(row=r, column=2, value=value)
            cell.border = box
            if isinstance(value, int) and value >= 1000:
                cell.number_format = "#,##0"
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="1　利用実績").font = Font(bold=True)
        r += 1
        for col, text in enumerate(("区分", "目標", "実績", "達成率"), start=1):
            ws.cell(row=r, column=col, value=text).border = box
        r += 1
        for label, plan, done, fmt in (("利用者数（人）", users_plan, users_done, "#,##0"),
                                       ("利用者満足度（%）", sat_plan, sat_done, "0.0")):
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=plan).number_format = fmt
            ws.cell(row=r, column=3, value=done).number_format = fmt
            rate = ws.cell(row=r, column=4, value=round(done / plan, 3))
            rate.number_format = "0.0%"
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="2　評価項目").font = Font(bold=True)
        r += 1
        for col, text in enumerate(("評価項目", "評価", "所見"), start=1):
            ws.cell(row=r, column=col, value=text).border = box
        r += 1
        notes = {"S": "特に優れた取組がみられる", "A": "仕様書どおり適切に実施",
                 "B": "概ね適切だが一部に課題", "C": "改善が必要"}
        for label, g in zip(ITEM_LABELS, items):
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=g).alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=3, value=notes[g])
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="総合評価").font = Font(bold=True)
        ws.cell(row=r, column=2, value=grade).font = Font(bold=True)
        r += 1
        ws.cell(row=r, column=1, value="総評")
        ws.cell(row=r, column=2, value=remark)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 2
        ws.cell(row=r, column=1, value="（評価基準）" + GRADE_LEGEND)
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 14
        ws.column_dimensions["C"].width = 14
        ws.column_dimensions["D"].width = 30
    wb.save(path)


def _yen(value: int | None) -> str:
    return "－" if value is None else f"{value:,}"


def subsidy_totals() -> tuple[int, int, int]:
    return (sum(s[3] for s in SUBSIDIES), sum(s[4] for s in SUBSIDIES), sum(s[5] or 0 for s in SUBSIDIES))


def kasugai_subsidy_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("ipa", "", FONT)
    pdf.set_auto_page_break(False)
    widths = (10, 66, 34, 20, 26, 26, 26, 69)
    head = ("No.", "補助金等の名称", "所管課", "見直し区分", "令和5年度決算額", "令和6年度予算額",
            "令和7年度予算額", "見直しの内容")
    aligns = ("C", "L", "L", "C", "R", "R", "R", "L")

    def header_row() -> None:
        pdf.set_font("ipa", size=8.5)
        for w, text in zip(widths, head):
            pdf.cell(w, 8, text, border=1, align="C")
        pdf.ln()

    def body_row(values: tuple[str, ...]) -> None:
        pdf.set_font("ipa", size=8.5)
        for w, text, align in zip(widths, values, aligns):
            pdf.cell(w, 7, text, border=1, align=align)
        pdf.ln()

    pdf.add_page()
    pdf.set_font("ipa", size=14)
    pdf.cell(0, 10, "令和7年度 補助金等見直し結果一覧", align="C")
    pdf.ln(11)
    pdf.set_font("ipa", size=9)
    pdf.cell(0, 6, "春日井市 総務部 行政経営課　　（令和7年3月）", align="R")
    pdf.ln(7)
    pdf.cell(0, 6, "（単位：千円）", align="R")
    pdf.ln(7)
    header_row()
    for i, s in enumerate(SUBSIDIES, start=1):
        if i == SUBSIDY_ROWS_PAGE1 + 1:
            pdf.set_font("ipa", size=8)
            pdf.cell(0, 6, "（次ページへ続く）", align="R")
            pdf.add_page()
            pdf.set_font("ipa", size=9)
            pdf.cell(0, 6, "（単位：千円）", align="R")
            pdf.ln(7)
            header_row()
        body_row((str(i), s[0], s[1], s[2], _yen(s[3]), _yen(s[4]), _yen(s[5]), s[6]))
    r5, r6, r7 = subsidy_totals()
    pdf.set_font("ipa", size=8.5)
    pdf.cell(widths[0] + widths[1] + widths[2] + widths[3], 7, "合計", border=1, align="C")
    for w, v in zip(widths[4:7], (r5, r6, r7)):
        pdf.cell(w, 7, f"{v:,}", border=1, align="R")
    pdf.cell(widths[7], 7, "", border=1)
    pdf.ln(10)
    pdf.set_font("ipa", size=8.5)
    for line in (
        "※1 見直し区分　廃止：令和7年度から予算を計上しない　縮小：補助額又は対象を縮減する　統合：他の補助金等に統合する　継続：現行どおりとする",
        "※2 令和7年度予算額の「－」は、廃止又は統合により予算を計上しないもの。",
        "※3 見直しの内容が空欄のものは、現行の制度を継続するもの。",
    ):
        pdf.cell(0, 5, line)
        pdf.ln(5)
    pdf.output(str(path))


def kasugai_minutes_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("令和6年度 第2回春日井市行政改革推進委員会 会議録", level=1)
    doc.add_paragraph(f"1　日時　{MINUTES_DATE}")
    doc.add_paragraph(f"2　場所　{MINUTES_PLACE}")
    doc.add_paragraph(f"3　出席委員（{len(MEMBERS)}名）")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("役職", "氏名", "所属等")):
        cell.text = text
    for member in MEMBERS:
        cells = table.add_row().cells
        for cell, text in zip(cells, member):
            cell.text = text
    doc.add_paragraph(f"4　欠席委員（1名）　{ABSENT}")
    doc.add_paragraph("5　事務局　総務部長、行政経営課長、行政経営課職員2名、関係課職員")
    doc.add_paragraph("6　議題")
    doc.add_paragraph("(1) 指定管理者モニタリング評価結果について")
    doc.add_paragraph("(2) 補助金等見直し結果（案）について")
    doc.add_paragraph("(3) その他")
    doc.add_paragraph("7　会議の経過（要旨）")
    for speaker, text in SPEECHES:
        doc.add_paragraph(f"{speaker}：{text}")
    doc.add_paragraph(f"8　次回の開催　{NEXT_MEETING}（答申案の審議）")
    doc.add_paragraph("※委員の発言は、個人名に代えてA委員からE委員までの記号で記載している。")
    doc.save(str(path))


def azumino_plan_html(path: Path) -> None:
    rows = []
    groups: dict[str, int] = {}
    for f in PLAN_FACILITIES:
        groups[f[0]] = groups.get(f[0], 0) + 1
    seen: set[str] = set()
    for f in PLAN_FACILITIES:
        group, name, dept, built, area, action, when, cost = f
        cells = []
        if group not in seen:
            seen.add(group)
            cells.append(f'<th rowspan="{groups[group]}" scope="rowgroup">{html.escape(group)}</th>')
        age = AGE_BASE_YEAR - seireki(built)
        cells += [f"<td>{html.escape(name)}</td>", f"<td>{dept}</td>", f"<td>{era_text(built)}（{seireki(built)}）</td>",
                  f'<td class="num">{area:,}</td>', f'<td class="num">{age}</td>', f"<td>{action}</td>",
                  f"<td>令和{when}年度</td>", f'<td class="num">{"－" if cost is None else f"{cost:,}"}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    summary = []
    for action in ("長寿命化", "建替え", "統合", "廃止", "譲渡"):
        hits = [f for f in PLAN_FACILITIES if f[5] == action]
        cost = sum(f[7] or 0 for f in hits)
        summary.append(f'<tr><td>{action}</td><td class="num">{len(hits)}</td><td class="num">{cost:,}</td></tr>')
    total_cost = sum(f[7] or 0 for f in PLAN_FACILITIES)
    summary.append(f'<tr class="total"><th>合計</th><td class="num">{len(PLAN_FACILITIES)}</td>'
                   f'<td class="num">{total_cost:,}</td></tr>')
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>個別施設計画（令和7年3月改訂）施設別の対策一覧｜安曇野市公式ホームページ</title>
<style>table{{border-collapse:collapse}} th,td{{border:1px solid #666;padding:2px 6px}} .num{{text-align:right}}</style>
</head>
<body>
<nav><a href="/">ホーム</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; 資産経営課 &gt; 公共施設マネジメント</nav>
<main>
<h1>安曇野市個別施設計画（令和7年3月改訂）</h1>
<p>本市では、安曇野市公共施設等総合管理計画に基づき、施設ごとの対策の方向性と実施時期を個別施設計画として定めています。
令和7年3月に、令和6年度までの取組状況と施設の劣化状況調査の結果を踏まえて計画を改訂しました。計画期間は令和7年度から令和16年度までの10年間です。</p>
<h2>第3章 施設別の対策</h2>
<h3>表3-1 施設別の対策の方向性と実施時期</h3>
<table>
<thead>
<tr><th>施設分類</th><th>施設名</th><th>所管課</th><th>建築年度（西暦）</th><th>延床面積（㎡）</th><th>築年数（年）</th><th>対策の方向性</th><th>実施時期</th><th>概算費用（百万円）</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>※建築年度は主たる建物の建築年度、築年数は令和6年度末時点のもの。</p>
<p>※概算費用の「－」は、市の費用負担を見込まないもの（譲渡、他施設への機能移転など）。</p>
<h3>表3-2 対策の方向性別の集計</h3>
<table>
<thead><tr><th>対策の方向性</th><th>施設数</th><th>概算費用（百万円）</th></tr></thead>
<tbody>
{chr(10).join(summary)}
</tbody>
</table>
<h2>用語の説明</h2>
<dl>
<dt>長寿命化</dt><dd>計画的な改修により、目標使用年数（80年）まで使用するもの</dd>
<dt>建替え</dt><dd>現在地又は別の場所に建て替えるもの</dd>
<dt>統合</dt><dd>機能を他の施設に集約し、当該施設は用途を廃止するもの</dd>
<dt>廃止</dt><dd>施設の用途を廃止し、解体又は売却するもの</dd>
<dt>譲渡</dt><dd>地元自治会や民間事業者に施設を譲り渡すもの</dd>
</dl>
<p>お問い合わせ：総務部 資産経営課 公共施設マネジメント担当</p>
</main>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def azumino_reform_text(path: Path) -> None:
    lines = [
        "安曇野市第4次行財政改革推進計画（令和5年度～令和9年度／2023年度～2027年度）",
        "令和6年度 取組状況報告書",
        "",
        "令和7年6月",
        "安曇野市 総務部 行政経営課",
        "",
        "１ 報告書の見方",
        "　各取組について、令和6年度の目標に対する実績を担当課が自己評価し、行政改革推進本部で確認した。",
        "　達成度の区分は次のとおり。",
        f"　　{REFORM_GRADES}",
        "　効果額は令和6年度の削減額又は増収額（単位：千円）。効果額を算定しない取組は「－」とした。",
        "",
        "２ 取組ごとの状況",
    ]
    roman = "ⅠⅡⅢ"
    for p, policy in enumerate(POLICIES):
        lines += ["", f"基本方針{roman[p]}　{policy}", ""]
        for m in MEASURES:
            num, pol, title, dept, content, goal, plan, done, grade, effect, (y, mo) = m
            if pol != p:
                continue
            lines += [
                f"取組{num}　{title}",
                f"【担当課】{dept}",
                f"【取組内容】{content}",
                f"【目標】{goal}",
                f"【令和6年度目標】{plan}",
                f"【実績】{done}",
                f"【達成度】{grade}",
                f"【効果額】{'－' if effect is None else f'{effect:,}千円'}",
                f"【完了予定】令和{y}年{mo}月",
                "",
            ]
    grades = {g: sum(1 for m in MEASURES if m[8] == g) for g in "ABCD"}
    effect_total = sum(m[9] or 0 for m in MEASURES)
    lines += [
        "３ 総括",
        f"　全{len(MEASURES)}取組のうち、A（達成）{grades['A']}件、B（概ね達成）{grades['B']}件、"
        f"C（遅れ）{grades['C']}件、D（未着手）{grades['D']}件であった。",
        f"　令和6年度の効果額は合計{effect_total:,}千円である。",
        "　達成が遅れている取組については、担当課が原因を分析し、令和7年度の取組に反映させる。",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    kasugai_facility_xlsx(DOCS / F_FACILITY)
    kasugai_subsidy_pdf(DOCS / F_SUBSIDY)
    kasugai_minutes_docx(DOCS / F_MINUTES)
    azumino_plan_html(DOCS / F_FACILITY_PLAN)
    azumino_reform_text(DOCS / F_REFORM)
    for path in sorted(DOCS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
