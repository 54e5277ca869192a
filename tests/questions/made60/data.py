"""Facts of the made60 edition: 潮見市 (fictional) plan report R6–R9, 潮見地域広域連合, case studies, 行革だより."""
from __future__ import annotations

CITY = "潮見市"
PLAN = "潮見市行財政改革推進計画"
COMMITTEE = "潮見市行財政改革推進委員会"
REPORT_TITLE = "潮見市行財政改革推進計画 改革項目個票（委員会意見付き）"
REPORT_DATE = "令和10年7月25日"
YEARS = [6, 7, 8, 9]  # 令和6年度～令和9年度 = FY2024–FY2027


def seireki(reiwa: int) -> int:
    return reiwa + 2018


# grade by 達成率 = 実績 / 目標 (legend on the first PDF page)
GRADE_LEGEND = [
    ("◎", "目標を大きく上回った（達成率110％以上）"),
    ("○", "目標を達成した（達成率100％以上110％未満）"),
    ("△", "目標に届かなかった（達成率70％以上100％未満）"),
    ("×", "大幅に遅れている（達成率70％未満）"),
    ("―", "取組期間外、または廃止後"),
]
GRADE_ORDER = {"◎": 4, "○": 3, "△": 2, "×": 1}


def grade(target: float, actual: float) -> str:
    r = actual / target
    if r >= 1.1:
        return "◎"
    if r >= 1.0:
        return "○"
    if r >= 0.7:
        return "△"
    return "×"


POLICIES = {  # 取組方針
    "A": "デジタル化による市民サービスの向上",
    "B": "持続可能な財政運営",
    "C": "組織・人材の活性化",
}

# code, policy, name, dept, start, end, indicator, unit, targets (per year from start), actuals, status,
# abolished_after (last fiscal year carried out, or None), committee score (4点満点), opinion, note
ITEMS = [
    dict(code="A1", policy="A", name="オンライン申請の拡充", dept="情報政策課", start=6, end=9,
         indicator="オンライン化した手続数", unit="件", targets=[40, 60, 80, 100], actuals=[45, 58, 90, 104],
         status="継続", abolished_after=None, score=3.4,
         opinion="手続数は計画を上回ったが、利用率は窓口申請に比べてまだ低い。よく使われる手続から画面の分かりやすさを点検し、利用率を次期計画の指標に加えられたい。"),
    dict(code="A2", policy="A", name="窓口キャッシュレス決済の導入", dept="市民課", start=6, end=7,
         indicator="導入窓口数", unit="箇所", targets=[5, 12], actuals=[6, 12],
         status="完了", abolished_after=None, score=3.8,
         opinion="計画期間内に全窓口へ導入を終えたことを評価する。手数料負担の推移を毎年公表されたい。"),
    dict(code="A3", policy="A", name="AI議事録作成システムの活用", dept="情報政策課", start=6, end=9,
         indicator="システム利用件数", unit="件", targets=[200, 300, 400, 500], actuals=[150, 260, 410, 520],
         status="継続", abolished_after=None, score=2.9,
         opinion="当初2年間は利用が伸びなかった。研修の効果で後半は目標を達成しており、削減できた作業時間を数字で示されたい。"),
    dict(code="A4", policy="A", name="書かない窓口の導入", dept="市民課", start=7, end=9,
         indicator="対応手続数", unit="件", targets=[10, 20, 30], actuals=[6, 15, 31],
         status="継続", abolished_after=None, score=2.6,
         opinion="初年度はシステム改修の遅れで大きく出遅れた。高齢者の来庁が多い支所での展開を急がれたい。"),
    dict(code="A5", policy="A", name="電子契約の導入", dept="契約課", start=6, end=8,
         indicator="電子契約件数", unit="件", targets=[100, 200, 300], actuals=[120, 230, 310],
         status="完了", abolished_after=None, score=3.7,
         opinion="印紙代の削減など事業者側の効果も大きい。小規模事業者への周知を続けられたい。"),
    dict(code="A6", policy="A", name="RPAによる定型業務の自動化", dept="行政経営課", start=6, end=9,
         indicator="削減した作業時間", unit="時間", targets=[1000, 2000, 3000, 4000], actuals=[1200, 1500, 2400],
         status="廃止", abolished_after=8, score=2.2,
         opinion="シナリオの保守に手間がかかり、効果が頭打ちとなった。令和8年度末での廃止はやむを得ないが、生成AI活用の取組へ経験を引き継がれたい。",
         note="令和8年度末で廃止（生成AI活用の取組へ統合）"),
    dict(code="B1", policy="B", name="市税の収納率向上", dept="収納課", start=6, end=9,
         indicator="市税収納率", unit="％", targets=[97.0, 97.3, 97.6, 98.0], actuals=[97.2, 97.4, 97.5, 98.1],
         status="継続", abolished_after=None, score=3.1,
         opinion="スマートフォン決済の導入で現年分の収納率は安定している。滞納繰越分の縮減に一層取り組まれたい。"),
    dict(code="B2", policy="B", name="未利用市有地の売却", dept="資産経営課", start=6, end=9,
         indicator="売却額", unit="千円", targets=[50000, 50000, 50000, 50000], actuals=[82000, 31000, 55000, 48000],
         status="継続", abolished_after=None, score=2.8,
         opinion="年度によって売却額の振れが大きい。売却と貸付を比べる基準を作り、計画的に処分されたい。"),
    dict(code="B3", policy="B", name="公共施設の使用料見直し", dept="財政課", start=6, end=8,
         indicator="使用料を見直した施設数", unit="施設", targets=[10, 20, 30], actuals=[4, 9],
         status="廃止", abolished_after=7, score=1.6,
         opinion="受益者負担の考え方が利用団体に十分説明されないまま進められた。廃止ではなく、説明の仕方を改めたうえで次期計画で再検討されたい。",
         note="令和7年度末で廃止（次期計画で再検討）"),
    dict(code="B4", policy="B", name="ふるさと納税の推進", dept="企画課", start=6, end=9,
         indicator="寄附額", unit="千円", targets=[300000, 350000, 400000, 450000], actuals=[410000, 380000, 520000, 600000],
         status="継続", abolished_after=None, score=3.9,
         opinion="体験型返礼品の開発で寄附額が大きく伸びた。地元事業者の売上への効果も把握されたい。"),
    dict(code="B5", policy="B", name="補助金の見直し", dept="財政課", start=7, end=8,
         indicator="見直した補助金の件数", unit="件", targets=[15, 30], actuals=[16, 30],
         status="完了", abolished_after=None, score=3.2,
         opinion="終期を設定する仕組みができたことは評価できる。受益者負担の観点から、団体への補助の基準も点検されたい。"),
    dict(code="C1", policy="C", name="職員提案制度の活性化", dept="行政経営課", start=6, end=9,
         indicator="職員提案件数", unit="件", targets=[50, 60, 70, 80], actuals=[38, 65, 70, 95],
         status="継続", abolished_after=None, score=3.0,
         opinion="表彰制度の見直し後、提案件数は増えた。採用された提案の実施状況を職員に公表されたい。"),
    dict(code="C2", policy="C", name="テレワークの推進", dept="人事課", start=6, end=9,
         indicator="テレワーク実施職員数", unit="人", targets=[100, 150, 200, 250], actuals=[60, 90, 180, 240],
         status="継続", abolished_after=None, score=2.1,
         opinion="端末の不足で前半は大きく遅れた。管理職がまず実践し、部署ごとの偏りをなくされたい。"),
    dict(code="C3", policy="C", name="男性職員の育児休業取得促進", dept="人事課", start=6, end=9,
         indicator="男性職員の育児休業取得率", unit="％", targets=[30, 40, 50, 60], actuals=[35, 52, 61, 70],
         status="完了", abolished_after=None, score=3.8,
         opinion="4年間すべて目標を大きく上回った。取得期間の長さにも目を向けられたい。"),
    dict(code="C4", policy="C", name="窓口業務の民間委託", dept="市民課", start=7, end=9,
         indicator="委託した業務数", unit="業務", targets=[2, 4, 6], actuals=[2, 4, 7],
         status="完了", abolished_after=None, score=3.5,
         opinion="偽装請負とならないよう業務フローを整理したうえで委託を進めた点を評価する。"),
    dict(code="C5", policy="C", name="文書管理の電子化", dept="総務課", start=6, end=8,
         indicator="電子決裁率", unit="％", targets=[60, 70, 80], actuals=[55, 72, 85],
         status="完了", abolished_after=None, score=3.3,
         opinion="電子決裁率は目標を超えた。紙の保存文書の削減量も示されたい。"),
]


def item_years(item: dict) -> dict[int, dict]:
    """Per 令和 year in YEARS: target, actual, grade (― outside the period or after 廃止)."""
    out = {}
    for y in YEARS:
        if item["start"] <= y <= item["end"]:
            i = y - item["start"]
            target = item["targets"][i]
            if i < len(item["actuals"]):
                actual = item["actuals"][i]
                out[y] = dict(target=target, actual=actual, grade=grade(target, actual), active=True)
            else:
                out[y] = dict(target=target, actual=None, grade="―", active=False)
        else:
            out[y] = dict(target=None, actual=None, grade="―", active=False)
    return out


def final_grade(item: dict) -> str:
    """最終年度の評価: grade of the last year of the item's own 取組期間; ― when 廃止."""
    return item_years(item)[item["end"]]["grade"]


UNION = "潮見地域広域連合"
MEMBERS = ["潮見市", "大浜町", "川辺町", "森野村"]
JP_YEARS = [2024, 2025, 2026, 2027]
FIELDS = ["防災", "福祉・医療", "環境", "情報システム"]
ALL = "全構成団体"
# no, field, name, summary, members (ALL or list), lead, cost per year (千円; None = not budgeted)
JOINT = [
    (1, "防災", "広域避難所の相互利用", "災害時に構成団体の住民がどの団体の避難所も使えるよう協定と案内表示を整える", ALL, "潮見市", [1200, 1500, 1500, 1600]),
    (2, "防災", "防災備蓄品の共同購入", "食料・毛布・簡易トイレを一括して調達する", ["潮見市", "大浜町", "川辺町"], "大浜町", [8400, 9000, 9200, 9500]),
    (3, "防災", "消防指令センターの共同運用", "119番通報を一か所で受け付けて出動を指令する", ALL, "潮見市", [52000, 53500, 54000, 55200]),
    (4, "防災", "ハザードマップの共同作成", "川辺川流域の洪水ハザードマップを共同で作成・改訂する", ["川辺町", "森野村"], "川辺町", [3000, None, None, 2500]),
    (5, "福祉・医療", "休日夜間急患センターの運営", "休日と夜間の初期救急診療を行う", ALL, "潮見市", [38000, 38500, 39000, 39800]),
    (6, "福祉・医療", "成年後見支援センターの共同設置", "成年後見制度の相談と市民後見人の養成を行う", ["潮見市", "大浜町"], "大浜町", [6200, 6400, 6500, 6600]),
    (7, "福祉・医療", "介護認定審査会の共同設置", "要介護認定の審査判定を共同で行う", ALL, "川辺町", [4100, 4100, 4300, 4300]),
    (8, "福祉・医療", "子育て支援アプリの共同導入", "予防接種の管理と子育て情報の配信を一つのアプリで行う", ["大浜町", "川辺町", "森野村"], "森野村", [None, 2800, 1500, 1500]),
    (9, "環境", "ごみ処理施設の共同運営", "可燃ごみの焼却施設を共同で運営する", ALL, "潮見市", [185000, 190000, 192000, 201000]),
    (10, "環境", "し尿処理の広域化", "し尿と浄化槽汚泥を一つの施設で処理する", ["大浜町", "川辺町", "森野村"], "川辺町", [24000, 24500, 25000, 25300]),
    (11, "環境", "プラスチック資源の共同回収", "容器包装と製品プラスチックを一括して回収する", ["潮見市", "川辺町"], "潮見市", [None, 5200, 5400, 5500]),
    (12, "情報システム", "自治体クラウドの共同利用", "基幹業務システムを共同で調達し、データセンターで運用する", ALL, "大浜町", [72000, 74000, 60000, 61000]),
    (13, "情報システム", "電子申請システムの共同調達", "電子申請の基盤を共同で調達する", ["潮見市", "大浜町", "森野村"], "潮見市", [9800, 9800, 10200, 10200]),
    (14, "情報システム", "AI-OCRの共同利用", "手書き申請書の読み取りを共同で契約する", ["大浜町", "森野村"], "森野村", [1800, 1900, 1900, 2000]),
]


def members_of(row) -> list[str]:
    return list(MEMBERS) if row[4] == ALL else list(row[4])


CASE_TITLE = "令和8年度 行財政改革 取組事例集（県内市町村編）"
CASE_PUBLISHER = "海原県 総務部 市町村課"
# n, title, places (自治体), 概要, 成果
CASES = [
    (1, "窓口の予約制による待ち時間の短縮", ["青葉市"],
     "転入・転出の手続が集中する3月と4月に、市民課窓口でウェブ予約を導入した。予約枠は30分ごとに6件とした。",
     "繁忙期の平均待ち時間が42分から12分に短縮した。予約の利用率は来庁者の38％であった。"),
    (2, "公用車のカーシェアリング", ["白石町"],
     "課ごとに所有していた公用車を一元管理し、予約システムで共用する方式に改めた。",
     "公用車の台数を38台から26台に減らし、年間約5,400千円の維持費を削減した。"),
    (3, "保健師の共同採用", ["黒田村", "赤坂町"],
     "単独では応募が集まらなかった保健師の採用試験を、2団体が共同で実施した。",
     "受験者は前年度の3人から17人に増え、両団体で計4人を採用した。"),
    (4, "ペーパーレス会議の全庁展開", ["緑川市"],
     "庁内会議と議会の資料をタブレット端末で配布することとし、端末420台を配備した。",
     "年間の印刷枚数を約120万枚（72％）削減し、用紙・印刷経費は年間約3,100千円減少した。"),
    (5, "公共施設の包括管理委託", ["青葉市"],
     "施設ごとに発注していた保守点検業務を一つの契約にまとめ、民間事業者に包括して委託した。",
     "対象48施設の契約事務を一本化し、年間約8,900千円の経費と契約事務180時間を削減した。"),
    (6, "体験型返礼品によるふるさと納税の拡大", ["桜台町"],
     "農業体験や漁船クルーズなど、町内でしかできない体験を返礼品として開発した。",
     "寄附額は令和5年度の2.3億円から令和7年度の4.1億円に増加した。"),
]

NEWS_TITLE = "行革だより"
NEWS_ISSUE = "第9号"
NEWS_DATE = "2026年11月"
NEWS_PUBLISHER = "潮見市 総務部 行政経営課"
# date, heading, paragraphs
NEWS = [
    ("2026年8月22日", "令和8年度 第2回 行財政改革推進委員会を開催しました",
     ["市役所本庁舎5階の第1会議室で第2回委員会を開催し、委員8名が出席しました。",
      "令和7年度の改革項目16件の進捗について審議し、書かない窓口の導入とテレワークの推進について、遅れの理由と今後の見通しを担当課に質問がありました。"]),
    ("2026年9月10日", "職員提案の表彰式を行いました",
     ["令和7年度に提出された職員提案65件の中から、優れた提案を表彰しました。",
      "最優秀賞は市民課の「窓口番号札の多言語化」、優秀賞は収納課の「納付書へのQRコード印字」でした。"]),
    ("2026年10月1日", "本庁舎で「書かない窓口」を始めました",
     ["住民票の写しや印鑑登録など15種類の手続で、申請書を書かずに職員の聞き取りで申請できるようになりました。",
      "支所では令和9年度中の開始を予定しています。"]),
    ("2026年10月20日", "ごみ処理施設の見学会を開催しました",
     ["潮見地域広域連合が共同で運営するごみ処理施設で、構成団体の職員向け見学会を開催し、34名が参加しました。",
      "焼却熱を使った発電の仕組みと、共同運営による運営費の削減効果について説明を受けました。"]),
    ("2026年11月5日", "電子契約の利用事業者が150社を超えました",
     ["令和6年度に始めた電子契約の利用登録事業者が、11月5日時点で152社となりました。",
      "契約1件あたりの印紙代と郵送費が不要になり、事業者からも好評です。"]),
]
