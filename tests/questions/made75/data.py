"""Facts of the made75 edition (fictional 雲雀野市 and its region), an EARLIER cycle: 令和3年度～令和6年度.
Every document and every answer derives from here."""

CITY = "雲雀野市"
PLAN_TITLE = "雲雀野市行政改革推進計画 実施状況報告書"
YEARS = ["R3", "R4", "R5", "R6"]            # 令和3年度–令和6年度 = FY2021–FY2024
WAREKI = {"R3": "令和3年度", "R4": "令和4年度", "R5": "令和5年度", "R6": "令和6年度"}
SEIREKI = {"R3": 2021, "R4": 2022, "R5": 2023, "R6": 2024}

# 評価 marks, best first
MARKS = ["◎", "○", "△", "×"]
RANK = {"◎": 4, "○": 3, "△": 2, "×": 1}
MARK_LEGEND = {
    "◎": "計画を上回って進んだ",
    "○": "計画どおり進んだ",
    "△": "計画より遅れた",
    "×": "未実施又は大幅に遅れた",
}

# 基本方針 (initiative, code = Roman numeral as printed) and 推進方策 (middle level)
POLICIES = {
    "Ⅰ": "市民サービスの向上",
    "Ⅱ": "効率的な行政運営",
    "Ⅲ": "健全な財政運営",
    "Ⅳ": "協働によるまちづくり",
}
MEASURES = {
    ("Ⅰ", "1"): "窓口サービスの改善",
    ("Ⅰ", "2"): "行政のデジタル化",
    ("Ⅱ", "1"): "事務事業の見直し",
    ("Ⅱ", "2"): "組織と人材の活性化",
    ("Ⅲ", "1"): "歳入の確保",
    ("Ⅲ", "2"): "歳出の抑制",
    ("Ⅳ", "1"): "市民参画の推進",
}


def _g(s):
    """'○○◎-' -> {R3: ○, R4: ○, R5: ◎, R6: None}; '-' = no grade that year (before 追加 / after 完了)."""
    return {y: (None if ch == "-" else ch) for y, ch in zip(YEARS, s)}


# 改革項目 (practice items). done = 完了年度 (None = 継続); added = 追加年度 (None = original item).
# status = 達成状況 at the end of the plan period.
ITEMS = [
    dict(code="Ⅰ-1-①", name="窓口受付時間の延長", dept="市民課", grades=_g("○○◎-"), done="R5", added=None, status="達成"),
    dict(code="Ⅰ-1-②", name="証明書コンビニ交付の拡大", dept="市民課", grades=_g("△○○◎"), done="R6", added=None, status="達成"),
    dict(code="Ⅰ-1-③", name="総合案内窓口の設置", dept="総務課", grades=_g("×△△○"), done=None, added=None, status="一部達成"),
    dict(code="Ⅰ-2-①", name="電子申請システムの導入", dept="情報政策課", grades=_g("○◎◎◎"), done="R6", added=None, status="達成"),
    dict(code="Ⅰ-2-②", name="公衆無線LANの整備", dept="情報政策課", grades=_g("○○--"), done="R4", added=None, status="達成"),
    dict(code="Ⅰ-2-③", name="オープンデータの公開", dept="情報政策課", grades=_g("△△○△"), done=None, added=None, status="一部達成"),
    dict(code="Ⅰ-2-④", name="窓口キャッシュレス決済の導入", dept="会計課", grades=_g("--○◎"), done="R6", added="R5", status="達成"),
    dict(code="Ⅱ-1-①", name="事務事業評価の見直し", dept="企画課", grades=_g("○○○○"), done=None, added=None, status="一部達成"),
    dict(code="Ⅱ-1-②", name="補助金の見直し", dept="財政課", grades=_g("△×△○"), done=None, added=None, status="未達成"),
    dict(code="Ⅱ-1-③", name="公共施設の統廃合", dept="資産管理課", grades=_g("××△△"), done=None, added=None, status="未達成"),
    dict(code="Ⅱ-2-①", name="人事評価制度の改善", dept="人事課", grades=_g("○○◎○"), done=None, added=None, status="一部達成"),
    dict(code="Ⅱ-2-②", name="定員管理の適正化", dept="人事課", grades=_g("○△○○"), done="R6", added=None, status="一部達成"),
    dict(code="Ⅱ-2-③", name="職員提案制度の再構築", dept="企画課", grades=_g("-△○○"), done=None, added="R4", status="一部達成"),
    dict(code="Ⅲ-1-①", name="市税収納率の向上", dept="収納課", grades=_g("○○○◎"), done="R6", added=None, status="達成"),
    dict(code="Ⅲ-1-②", name="ふるさと納税の推進", dept="企画課", grades=_g("◎◎○◎"), done=None, added=None, status="一部達成"),
    dict(code="Ⅲ-1-③", name="未利用地の売却・貸付", dept="資産管理課", grades=_g("△○×△"), done=None, added=None, status="未達成"),
    dict(code="Ⅲ-1-④", name="広告収入の確保", dept="財政課", grades=_g("○△△○"), done=None, added=None, status="一部達成"),
    dict(code="Ⅲ-2-①", name="使用料・手数料の見直し", dept="財政課", grades=_g("△○○-"), done="R5", added=None, status="一部達成"),
    dict(code="Ⅲ-2-②", name="電力調達の見直し", dept="管財課", grades=_g("◎◎--"), done="R4", added=None, status="達成"),
    dict(code="Ⅳ-1-①", name="市民協働指針の改定", dept="市民協働課", grades=_g("○◎--"), done="R4", added=None, status="達成"),
    dict(code="Ⅳ-1-②", name="地域自治組織の設立支援", dept="市民協働課", grades=_g("△△○○"), done=None, added=None, status="一部達成"),
    dict(code="Ⅳ-1-③", name="協働提案制度の創設", dept="市民協働課", grades=_g("--△×"), done=None, added="R5", status="未達成"),
]


def policy_of(code):
    return code.split("-")[0]


def measure_of(code):
    p, m, _ = code.split("-")
    return (p, m)


# 実績 text: default by mark, overridden for some (code, year)
RESULT_TEXT = {
    "◎": "計画を前倒しして取り組み、目標を上回った。",
    "○": "計画どおり取り組んだ。",
    "△": "関係課との調整に時間を要し、計画より遅れた。",
    "×": "検討に着手できなかった。",
}
RESULT_OVERRIDE = {
    ("Ⅰ-1-①", "R3"): "毎週木曜日の窓口受付を19時まで延長した。",
    ("Ⅰ-1-①", "R5"): "土曜日の午前開庁を月2回から毎週に拡大した。",
    ("Ⅰ-1-②", "R6"): "コンビニ交付の対象に戸籍証明書を加え、交付件数は年間18,420件となった。",
    ("Ⅰ-2-①", "R6"): "電子申請できる手続が214手続となり、目標の150手続を上回った。",
    ("Ⅱ-1-③", "R3"): "地元説明会の日程調整がつかず、統廃合案の公表を見送った。",
    ("Ⅲ-1-①", "R6"): "現年課税分の収納率が99.1％となり、目標の98.8％を達成した。",
    ("Ⅲ-1-②", "R6"): "寄附額は3億2,600万円となり、過去最高を更新した。",
    ("Ⅲ-1-③", "R5"): "売却予定地の境界確定が不調となり、入札を中止した。",
    ("Ⅳ-1-③", "R6"): "制度要綱の策定に至らなかった。",
}


def result(it, y):
    g = it["grades"][y]
    if g is None:
        if it["added"] and YEARS.index(y) < YEARS.index(it["added"]):
            return f"（{WAREKI[it['added']]}追加項目のため対象外）"
        return f"（{WAREKI[it['done']]}に完了）"
    return RESULT_OVERRIDE.get((it["code"], y), RESULT_TEXT[g])


# ---- Committee (雲雀野市行政改革懇話会) ----
COMMITTEE = "雲雀野市行政改革懇話会"
CRITERIA = ["必要性", "有効性", "効率性"]
CSCORES = {          # 1–5 per criterion, and 総合 S/A/B/C
    "Ⅰ": dict(必要性=5, 有効性=5, 効率性=4, 総合="S"),
    "Ⅱ": dict(必要性=4, 有効性=3, 効率性=3, 総合="B"),
    "Ⅲ": dict(必要性=5, 有効性=4, 効率性=3, 総合="A"),
    "Ⅳ": dict(必要性=4, 有効性=2, 効率性=3, 総合="C"),
}
CMEMBERS = ["石川会長", "中村委員", "高田委員", "森委員"]
OPINIONS = [   # (基本方針, 委員, 意見) in printed order
    ("Ⅰ", "石川会長", "電子申請の手続数が目標を大きく上回ったことは高く評価できる。次は利用率を指標にしてほしい。"),
    ("Ⅰ", "高田委員", "総合案内窓口は高齢者の利用が多いので、案内表示を分かりやすくする工夫を続けてほしい。"),
    ("Ⅰ", "森委員", "オープンデータは公開件数より、民間に使われたかどうかで成果を測るべきである。"),
    ("Ⅱ", "中村委員", "補助金の見直しは団体への説明が後手に回っている。終期設定のルールを先に示すべきである。"),
    ("Ⅱ", "森委員", "公共施設の統廃合が4年間ほとんど進んでいない。地元協議の進め方を抜本的に改めてほしい。"),
    ("Ⅱ", "中村委員", "人事評価の結果を昇任や研修にどう結び付けたのか、市民にも説明してほしい。"),
    ("Ⅲ", "石川会長", "ふるさと納税の寄附額は伸びたが、返礼品の調達費と事務経費を差し引いた実質の収入を示すこと。"),
    ("Ⅲ", "高田委員", "未利用地は売却だけでなく、定期借地による貸付も選択肢として検討すべきである。"),
    ("Ⅳ", "中村委員", "協働提案制度は要綱すら整っておらず、次期計画で改めて位置付けを整理する必要がある。"),
    ("Ⅳ", "高田委員", "地域自治組織の担い手が高齢化している。若い世代が参加しやすい会議の持ち方を工夫してほしい。"),
]

# ---- Joint projects (西霞広域行政推進協議会) ----
REGION = "西霞広域行政推進協議会"
MUNIS = ["雲雀野市", "風見町", "萌木村", "宵待市", "蒼井町"]
FIELDS = ["防災・消防", "福祉・子育て", "環境", "観光・産業", "行政運営"]
# start: (era, year-in-era) ; seireki computed
JOINT = [
    dict(no="1", field="防災・消防", name="消防指令業務の共同運用", members=["雲雀野市", "風見町", "萌木村", "宵待市", "蒼井町"],
         office="宵待市", start=("平成", 24), note=""),
    dict(no="2", field="防災・消防", name="災害備蓄品の共同調達", members=["雲雀野市", "風見町", "蒼井町"],
         office="風見町", start=("令和", 2), note=""),
    dict(no="3", field="福祉・子育て", name="病児保育施設の相互利用", members=["雲雀野市", "宵待市"],
         office="雲雀野市", start=("平成", 29), note="令和4年度から利用料を統一"),
    dict(no="4", field="福祉・子育て", name="成年後見支援センターの共同設置", members=["雲雀野市", "風見町", "萌木村", "宵待市", "蒼井町"],
         office="雲雀野市", start=("令和", 1), note=""),
    dict(no="5", field="福祉・子育て", name="障害者就労支援の合同面接会", members=["風見町", "萌木村", "蒼井町"],
         office="蒼井町", start=("平成", 27), note="令和5年度で終了し、県事業に統合"),
    dict(no="6", field="環境", name="ごみ処理施設の広域化", members=["雲雀野市", "萌木村", "宵待市"],
         office="宵待市", start=("平成", 21), note=""),
    dict(no="7", field="環境", name="し尿処理の共同化", members=["風見町", "萌木村"],
         office="風見町", start=("平成", 18), note=""),
    dict(no="8", field="環境", name="地球温暖化対策実行計画の共同策定", members=["雲雀野市", "風見町", "萌木村", "宵待市", "蒼井町"],
         office="雲雀野市", start=("令和", 3), note="令和4年度に計画策定を完了し終了"),
    dict(no="9", field="観光・産業", name="広域観光周遊ルートの整備", members=["雲雀野市", "風見町", "蒼井町"],
         office="蒼井町", start=("平成", 30), note="令和3年度から萌木村がオブザーバー参加"),
    dict(no="10", field="観光・産業", name="移住定住フェアへの共同出展", members=["萌木村", "宵待市", "蒼井町"],
         office="萌木村", start=("令和", 4), note=""),
    dict(no="11", field="行政運営", name="職員合同研修の実施", members=["雲雀野市", "風見町", "萌木村", "宵待市", "蒼井町"],
         office="風見町", start=("平成", 26), note=""),
    dict(no="12", field="行政運営", name="住民情報システムの共同利用", members=["風見町", "萌木村", "蒼井町"],
         office="萌木村", start=("令和", 5), note="雲雀野市は令和7年度からの参加を検討中"),
]
ERA_BASE = {"平成": 1988, "令和": 2018}


def seireki(start):
    era, n = start
    return ERA_BASE[era] + n


def era_label(start):
    era, n = start
    return f"{era}{'元' if n == 1 else n}年度"


def ended(j):
    return "終了" in j["note"]


# ---- Case studies (行政改革 取組事例集) ----
CASES = [
    dict(org="高森台市", pref="茨城県", title="窓口予約システムの導入", start=2020, amount=420, hours=1800,
         summary="転入・転出の手続を事前予約制とし、待ち時間を平均40分から10分に短縮した。"),
    dict(org="小川原町", pref="青森県", title="公用車のカーシェアリング", start=2019, amount=650, hours=None,
         summary="公用車を32台から20台に減らし、休日は住民向けカーシェアとして貸し出している。"),
    dict(org="天神沢市", pref="静岡県", title="RPAによる給与事務の自動化", start=2021, amount=380, hours=2600,
         summary="給与・旅費の入力と照合をRPAに置き換え、月末の時間外勤務を大幅に減らした。"),
    dict(org="三井浜町", pref="静岡県", title="ネーミングライツの導入", start=2018, amount=1200, hours=None,
         summary="町民体育館と野球場に愛称を付ける権利を地元企業に売却し、施設の修繕費に充てている。"),
    dict(org="鳥越市", pref="岐阜県", title="AI議事録作成支援の導入", start=2022, amount=150, hours=950,
         summary="会議の音声をAIで文字に起こし、職員は要点の確認と修正だけを行う方式とした。"),
    dict(org="西根原村", pref="岩手県", title="近隣町との税務事務の共同処理", start=2017, amount=2100, hours=3100,
         summary="住民税の課税事務を近隣2町と一部事務組合で共同処理し、専門職員を確保した。"),
    dict(org="葛城野市", pref="奈良県", title="ペーパーレス会議の全庁導入", start=2021, amount=560, hours=700,
         summary="庁内会議の資料をタブレットで共有し、印刷と配付の作業をなくした。"),
]
CASES_TITLE = "行政改革 取組事例集（令和6年度版）"

# ---- Newsletter (行革ひばり通信) ----
NEWS_TITLE = "行革ひばり通信"
ISSUES = [
    dict(no=1, date="令和4年6月", articles=[
        ("行政改革推進計画がスタートしました",
         "令和3年度から令和6年度までの4年間を計画期間とする雲雀野市行政改革推進計画に基づき、4つの基本方針のもとで改革項目に取り組んでいます。"
         "各項目の進み具合は毎年度、◎○△×の4段階で評価し、行政改革懇話会の意見を聴いて公表します。"),
        ("木曜夜間窓口のご利用状況",
         "令和3年10月に始めた木曜日の夜間窓口（19時まで）は、令和4年3月までに延べ1,236人の方に利用されました。"
         "住民票の写しと印鑑登録証明書の請求が全体の7割を占めています。"),
    ]),
    dict(no=2, date="令和4年12月", articles=[
        ("職員提案制度を見直しました",
         "令和4年度から職員提案制度を再構築し、業務改善の提案をいつでも受け付ける方式に改めました。"
         "9月末までに寄せられた提案は47件で、そのうち12件を採用しました。最優秀賞は「押印欄の一括削除」の提案です。"),
        ("デジタル研修を開催しました",
         "令和4年11月8日、全課の庶務担当職員を対象に電子申請の作り方研修を開催し、62人が参加しました。"),
    ]),
    dict(no=3, date="令和5年7月", articles=[
        ("キャッシュレス決済を窓口に導入",
         "令和5年度から追加した改革項目として、市民課・税務窓口で手数料のキャッシュレス決済を始めました。"
         "導入した令和5年5月から6月までの2か月で、利用は2,318件でした。"),
        ("懇話会委員が変わりました",
         "行政改革懇話会の委員の任期満了に伴い、令和5年6月から森委員が新たに就任しました。会長は引き続き石川会長が務めます。"),
    ]),
    dict(no=4, date="令和6年3月", articles=[
        ("公共施設の統廃合について",
         "公共施設の統廃合は地元との協議が続いており、令和5年度の評価も△となりました。"
         "令和6年度は北地区の公民館2館の統合案について、住民説明会を3回開催する予定です。"),
        ("コンビニ交付が便利になります",
         "令和6年4月から、コンビニエンスストアで戸籍証明書も取得できるようになります。"
         "令和5年度のコンビニ交付件数は、2月末時点で14,905件でした。"),
    ]),
]
