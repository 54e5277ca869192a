"""Facts of the made73 edition (fictional 榛名台市 and its region), 令和9年度～令和12年度 = FY2027–FY2030.
Every document and every answer derives from here."""

CITY = "榛名台市"
YEARS = ["R9", "R10", "R11", "R12"]
SEIREKI = {"R9": 2027, "R10": 2028, "R11": 2029, "R12": 2030}
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    """half-width digits -> full-width digits (as some parts of the documents print them)"""
    return str(s).translate(FW)


def wareki(y, full=False):
    s = f"令和{y[1:]}年度"
    return fw(s) if full else s


# ---------------------------------------------------------------- plan report (.html)
PLAN_TITLE = "榛名台市 行政経営改革プラン 進捗評価報告書"
# 重点取組 (initiatives)
INITIATIVES = {
    1: "デジタル行政の推進",
    2: "公共施設の最適化",
    3: "財政基盤の強化",
    4: "職員の働き方改革",
    5: "市民との協働・共創",
}
# ○ 計画どおり / △ 一部遅れ / × 未着手 / － 対象年度外 (before an item was added or after it ended)
LEGEND = {"○": "計画どおり", "△": "一部遅れ", "×": "未着手", "－": "対象年度外（追加前・終了後）"}
MARK_RANK = {"○": 3, "△": 2, "×": 1}


def _g(s):
    """'○○△－' -> {R9: '○', R10: '○', R11: '△', R12: '－'}"""
    return dict(zip(YEARS, s))


# 実施項目 (practice items). end: 終了予定年度 as printed ("R10" … or "継続"); added: year added (備考)
ITEMS = [
    dict(code="1-1", name="行政手続のオンライン化", ini=1, dept="デジタル推進課", g=_g("○○○○"), total="A", end="R12", added=None),
    dict(code="1-2", name="窓口のキャッシュレス化", ini=1, dept="市民課・会計課", g=_g("△○○－"), total="A", end="R11", added=None),
    dict(code="1-3", name="AI議事録作成システムの導入", ini=1, dept="デジタル推進課", g=_g("○○－－"), total="A", end="R10", added=None),
    dict(code="1-4", name="基幹系システムの標準化", ini=1, dept="デジタル推進課", g=_g("×△△○"), total="B", end="継続", added=None),
    dict(code="1-5", name="電子契約の導入", ini=1, dept="契約検査課", g=_g("－－△○"), total="B", end="継続", added="R11"),
    dict(code="2-1", name="公共施設の複合化・集約化", ini=2, dept="資産活用課", g=_g("△△○△"), total="B", end="継続", added=None),
    dict(code="2-2", name="学校プールの共同利用", ini=2, dept="教育総務課・スポーツ振興課", g=_g("××△○"), total="C", end="R12", added=None),
    dict(code="2-3", name="未利用市有地の売却", ini=2, dept="資産活用課", g=_g("○○○－"), total="A", end="R11", added=None),
    dict(code="2-4", name="指定管理者制度の見直し", ini=2, dept="行政経営課", g=_g("○△○○"), total="A", end="継続", added=None),
    dict(code="3-1", name="ふるさと納税の拡充", ini=3, dept="財政課・観光交流課", g=_g("○○○○"), total="A", end="継続", added=None),
    dict(code="3-2", name="使用料・手数料の適正化", ini=3, dept="財政課", g=_g("△○△△"), total="B", end="R12", added=None),
    dict(code="3-3", name="市税収納率の向上", ini=3, dept="収納課", g=_g("○○－－"), total="A", end="R10", added=None),
    dict(code="3-4", name="企業版ふるさと納税の活用", ini=3, dept="企画政策課", g=_g("－×△○"), total="B", end="継続", added="R10"),
    dict(code="4-1", name="テレワークの拡大", ini=4, dept="人事課", g=_g("○△△○"), total="B", end="継続", added=None),
    dict(code="4-2", name="時間外勤務の削減", ini=4, dept="人事課", g=_g("×△×△"), total="C", end="継続", added=None),
    dict(code="4-3", name="会計年度任用職員の配置見直し", ini=4, dept="人事課・行政経営課", g=_g("○○○－"), total="A", end="R11", added=None),
    dict(code="4-4", name="職員提案制度の活性化", ini=4, dept="行政経営課", g=_g("△○○○"), total="A", end="R12", added=None),
    dict(code="5-1", name="地域運営組織の設立支援", ini=5, dept="地域協働課", g=_g("△△○○"), total="B", end="継続", added=None),
    dict(code="5-2", name="公民連携デスクの設置", ini=5, dept="企画政策課", g=_g("○○－－"), total="A", end="R10", added=None),
    dict(code="5-3", name="ボランティアポイント制度の創設", ini=5, dept="地域協働課・福祉総務課", g=_g("×△○○"), total="B", end="R12", added=None),
]


def depts(it):
    return it["dept"].split("・")


# ---------------------------------------------------------------- committee (.docx)
COMMITTEE = "榛名台市行政経営改革推進委員会"
MEMBERS = ["今井委員", "加藤委員", "坂本委員", "長谷川委員"]
# SCORES[member] = points for 重点取組1..5 (5点満点)
SCORES = {
    "今井委員": [4, 3, 5, 2, 4],
    "加藤委員": [5, 3, 4, 3, 3],
    "坂本委員": [4, 2, 4, 3, 4],
    "長谷川委員": [5, 3, 4, 2, 4],
}


def avg(ini):
    v = [SCORES[m][ini - 1] for m in MEMBERS]
    return round(sum(v) / len(v), 2)


OPINIONS = [
    (1, "オンライン化した手続の利用率は着実に伸びているが、高齢者向けの操作支援を窓口と並行して続けること。"),
    (1, "基幹系システムの標準化は国の期限を見据え、移行経費の見通しを早期に示すべきである。"),
    (2, "学校プールの共同利用は開始が２年遅れており、関係課の調整体制を見直す必要がある。"),
    (2, "複合化の検討では、地元説明会の記録を公開し、合意形成の過程を市民に見える形にしてほしい。"),
    (3, "ふるさと納税の寄附額は好調であり、返礼品に頼らない使途の発信にも力を入れてほしい。"),
    (3, "使用料の見直しは受益者負担の考え方を丁寧に説明したうえで進めること。"),
    (4, "時間外勤務は依然として特定の部署に偏っており、業務量に応じた人員配置を検討すべきである。"),
    (4, "テレワークは制度の整備にとどまらず、実際の利用状況を部署別に検証すること。"),
    (5, "地域運営組織の設立は進みつつあるが、担い手の高齢化への対策が課題である。"),
]

# ---------------------------------------------------------------- joint projects (.xlsx)
REGION = "榛東地域連携推進協議会"
MUNIS = ["榛名台市", "高森原市", "若葉川町", "北桑野村", "南鏑木町"]
FIELDS = ["防災・消防", "子育て・教育", "環境・衛生", "行政事務・DX"]
ALL5 = list(MUNIS)
JOINT = [
    dict(no="1", field="防災・消防", name="消防指令センターの共同運用", lead="高森原市", members=ALL5, start="令和7年度", status="実施中", cost=84200),
    dict(no="2", field="防災・消防", name="災害備蓄品の共同購入", lead="榛名台市", members=["榛名台市", "若葉川町", "北桑野村", "南鏑木町"], start="令和9年度", status="実施中", cost=12600),
    dict(no="3", field="防災・消防", name="防災行政無線のデジタル化共同整備", lead="若葉川町", members=["若葉川町", "北桑野村", "南鏑木町"], start="令和8年度", status="終了", cost=45000),
    dict(no="4", field="子育て・教育", name="病児保育の広域利用", lead="榛名台市", members=["榛名台市", "高森原市", "若葉川町"], start="令和9年度", status="実施中", cost=9800),
    dict(no="5", field="子育て・教育", name="図書館システムの共同利用", lead="高森原市", members=ALL5, start="令和10年度", status="実施中", cost=23400),
    dict(no="6", field="子育て・教育", name="放課後児童クラブの相互受入れ", lead="南鏑木町", members=["南鏑木町", "北桑野村"], start="令和11年度", status="検討中", cost=1500),
    dict(no="7", field="環境・衛生", name="ごみ処理施設の広域化", lead="高森原市", members=ALL5, start="令和10年度", status="検討中", cost=3200),
    dict(no="8", field="環境・衛生", name="し尿処理の共同化", lead="北桑野村", members=["北桑野村", "若葉川町", "南鏑木町"], start="令和6年度", status="終了", cost=18700),
    dict(no="9", field="環境・衛生", name="公用車EVの共同調達", lead="榛名台市", members=["榛名台市", "高森原市"], start="令和10年度", status="実施中", cost=31500),
    dict(no="10", field="行政事務・DX", name="基幹系システムの共同調達", lead="榛名台市", members=["榛名台市", "高森原市", "若葉川町", "北桑野村"], start="令和9年度", status="実施中", cost=126000),
    dict(no="11", field="行政事務・DX", name="職員研修の共同実施", lead="若葉川町", members=ALL5, start="令和7年度", status="実施中", cost=4300),
    dict(no="12", field="行政事務・DX", name="電子入札システムの共同利用", lead="高森原市", members=["高森原市", "榛名台市", "南鏑木町"], start="令和8年度", status="終了", cost=15200),
    dict(no="13", field="行政事務・DX", name="AI-OCRの共同利用", lead="南鏑木町", members=["南鏑木町", "若葉川町", "北桑野村", "榛名台市"], start="令和11年度", status="検討中", cost=2100),
]


def start_n(j):
    return int(j["start"][2:-2])


# ---------------------------------------------------------------- case studies (.txt)
CASE_TITLE = "他自治体の行政改革事例集（令和１２年度版）"
# pop in persons; figures printed in full-width digits
CASES = [
    dict(no=1, section="窓口・デジタル分野", place="北上原市", pref="岩手県", pop=120000, pop_txt="約１２万人",
         act="住民異動や児童手当の手続で、職員が聞き取りながら申請書を作成する「書かない窓口」を全窓口に導入した。",
         res="窓口の平均待ち時間を２８分から１１分に短縮し、記入案内に要していた職員の作業を年間約１，５００時間削減した。",
         hours=1500),
    dict(no=2, section="窓口・デジタル分野", place="青波町", pref="高知県", pop=18000, pop_txt="約１万８千人",
         act="紙で提出される各種給付の申請書をAI-OCRで読み取り、システムへの入力を自動化した。",
         res="入力作業を年間約８００時間削減し、入力誤りは月平均１５件から１件に減少した。",
         hours=800),
    dict(no=3, section="窓口・デジタル分野", place="大河内市", pref="愛知県", pop=90000, pop_txt="約９万人",
         act="職員が自らシナリオを作成できるよう研修を行い、RPAを全庁の定型業務に展開した。",
         res="対象は６２業務に広がり、年間約４，２００時間の作業時間を削減した。",
         hours=4200),
    dict(no=5, section="公共施設分野", place="湯ノ沢村", pref="長野県", pop=6000, pop_txt="約６千人",
         act="老朽化した公民館・診療所・図書室を小学校の空き教室に集約した。",
         res="施設の維持管理費を年間約１，９００万円削減し、延床面積を約４割縮減した。",
         hours=None),
    dict(no=6, section="財源確保分野", place="南条寺市", pref="兵庫県", pop=210000, pop_txt="約２１万人",
         act="体育館、文化ホール、歩道橋など市の施設を対象にネーミングライツ・パートナーを一括で公募した。",
         res="３１施設で契約が成立し、年間約２，４００万円の新たな収入を確保した。",
         hours=None),
    dict(no=7, section="人材・組織分野", place="小松代町", pref="長野県", pop=23000, pop_txt="約２万３千人",
         act="民間企業に勤める副業人材を「まちづくりアドバイザー」として任用し、広報と観光の改革に参画させた。",
         res="町の観光サイトの閲覧数が前年度比１．７倍となり、外部委託費を年間約２６０万円抑制した。",
         hours=None),
    dict(no=4, section="窓口・デジタル分野", place="西原台市", pref="福岡県", pop=52000, pop_txt="約５万２千人",
         act="工事・委託契約に電子契約サービスを導入し、押印と郵送を不要にした。",
         res="印紙代を年間約３２０万円削減し、契約事務を年間約６５０時間削減した。",
         hours=650),
]
CASES.sort(key=lambda c: c["no"])
SECTIONS = ["窓口・デジタル分野", "公共施設分野", "財源確保分野", "人材・組織分野"]

# ---------------------------------------------------------------- newsletter (.pdf)
NEWS_TITLE = "行革だより　はるなだい"
# computed figure used in Vol.5 article 1
R9_GRADED = sum(1 for i in ITEMS if i["g"]["R9"] != "－")
R9_MARU = sum(1 for i in ITEMS if i["g"]["R9"] == "○")
R10_GRADED = sum(1 for i in ITEMS if i["g"]["R10"] != "－")
R10_MARU = sum(1 for i in ITEMS if i["g"]["R10"] == "○")
RPA_PARTICIPANTS = 36
SURVEY_N = 1284
PROPOSALS, ADOPTED = 23, 5
TELEWORK_STAFF = 218
FURUSATO_R10 = "８億４，６００万円"
ISSUES = [
    dict(vol=5, issued="令和10年10月発行", articles=[
        ("令和９年度の進捗評価がまとまりました",
         f"行政経営改革プランの初年度となる令和９年度の評価では、対象{fw(R9_GRADED)}項目のうち{fw(R9_MARU)}項目が「計画どおり（○）」でした。"
         "未着手（×）の項目については、担当課と工程を見直しています。"),
        ("職員向けRPA研修を開催しました",
         f"令和１０年８月２１日、市役所第２会議室で職員向けのRPA研修を開催し、{fw(RPA_PARTICIPANTS)}名が参加しました。"
         "参加者は実際に自分の業務でシナリオを作成し、研修後のアンケートでは満足度が平均８８点でした。"),
        ("市民アンケートの結果",
         f"行政サービスに関する市民アンケートには１，２８４件の回答がありました。"
         "市のオンライン申請を利用したことがあると答えた方は４１．３％で、前回調査から９．８ポイント増えました。"),
    ]),
    dict(vol=6, issued="令和11年2月発行", articles=[
        ("公民連携デスクに寄せられた提案",
         f"令和１０年度に公民連携デスクへ寄せられた民間事業者からの提案は{fw(PROPOSALS)}件で、そのうち{fw(ADOPTED)}件を採択しました。"
         "採択した提案には、公園の飲食店設置や庁舎の空きスペース活用などがあります。"),
        ("窓口のキャッシュレス化が全窓口に広がりました",
         "令和１１年１月から、本庁と４つの支所すべての窓口で、証明書の手数料をキャッシュレスで支払えるようになりました。"),
        ("行政経営改革推進委員会を開催しました",
         "令和１０年１２月１８日に推進委員会を開催し、令和９年度の取組について委員から意見をいただきました。"),
    ]),
    dict(vol=7, issued="令和11年7月発行", articles=[
        ("令和１０年度の進捗評価",
         f"令和１０年度は対象{fw(R10_GRADED)}項目のうち{fw(R10_MARU)}項目が「計画どおり（○）」となりました。"
         "市税収納率の向上とAI議事録作成システムの導入、公民連携デスクの設置の３項目は、予定どおり令和１０年度で取組を終了しました。"),
        ("ふるさと納税の寄附額が過去最高に",
         f"令和１０年度のふるさと納税の寄附額は{FURUSATO_R10}となり、前年度比１１２％で過去最高となりました。"),
        ("テレワークの利用が広がっています",
         f"令和１０年度にテレワークを利用した職員は{fw(TELEWORK_STAFF)}人で、前年度の１．５倍になりました。"),
    ]),
]
