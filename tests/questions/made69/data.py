"""Facts of the made69 edition (fictional 萩ノ森市 and its region, 令和11年度～令和14年度 = FY2029–FY2032).
Every document and every answer derives from here."""

CITY = "萩ノ森市"
YEARS = ["R11", "R12", "R13", "R14"]
WAREKI = {"R11": "令和11年度", "R12": "令和12年度", "R13": "令和13年度", "R14": "令和14年度"}
SEIREKI = {"R11": 2029, "R12": 2030, "R13": 2031, "R14": 2032}
YNUM = {"R11": 11, "R12": 12, "R13": 13, "R14": 14}

# ---------------------------------------------------------------- plan report (.docx)
PLAN_TITLE = "萩ノ森市 行政経営改革プラン 実施状況報告書"
PLAN_ISSUED = "令和15年6月"
PLAN_OFFICE = "萩ノ森市 総務部 行政経営課"

# 取組項目 → 「改革の柱」 printed as 「第1　…」 (initiative code = "1" … "5")
PILLARS = {
    1: "デジタル技術による業務変革",
    2: "公共施設の最適化",
    3: "財源の確保と歳出の見直し",
    4: "職員力の向上と働き方改革",
    5: "多様な主体との連携",
}

# 実践項目 → 「取組」 (practice), code printed as "1-1" etc.
# grades: "―" = not evaluated that year (before start / after completion)
# start/end: 取組期間 (end None = 継続); new=True → 【新規】 (added after the plan began)
ITEMS = [
    dict(code="1-1", name="行政手続のオンライン化", pillar=1, dept="情報戦略課", co="市民課",
         grades=["A", "A", "B", "A"], start="R11", end=None,
         summary="転入・子育て・税証明など市民の利用が多い手続から順にオンライン申請を可能にした。"),
    dict(code="1-2", name="窓口キャッシュレス決済の拡大", pillar=1, dept="市民課", co="会計課",
         grades=["B", "A", "―", "―"], start="R11", end="R12",
         summary="全ての証明書交付窓口でキャッシュレス決済を使えるようにした。"),
    dict(code="1-3", name="AI議事録作成システムの導入", pillar=1, dept="情報戦略課", co=None,
         grades=["C", "B", "A", "―"], start="R11", end="R13",
         summary="会議録の作成にAI音声認識を取り入れ、全庁の会議で利用できるようにした。"),
    dict(code="1-4", name="庁内文書の電子決裁化", pillar=1, dept="総務課", co="情報戦略課",
         grades=["B", "B", "C", "B"], start="R11", end=None,
         summary="起案から決裁までを文書管理システム上で完結させる範囲を広げている。"),
    dict(code="1-5", name="生成AIの業務利用", pillar=1, dept="情報戦略課", co=None,
         grades=["―", "―", "B", "A"], start="R13", end=None, new=True,
         summary="利用ガイドラインを定め、文書の下書きや要約に生成AIを使える環境を整えた。"),
    dict(code="2-1", name="公共施設等総合管理計画の改訂", pillar=2, dept="資産活用課", co=None,
         grades=["A", "A", "―", "―"], start="R11", end="R12",
         summary="施設ごとの方向性を定めた個別施設計画と一体で総合管理計画を改訂した。"),
    dict(code="2-2", name="小中学校施設の複合化", pillar=2, dept="教育総務課", co="資産活用課",
         grades=["C", "C", "B", "B"], start="R11", end=None,
         summary="学校の改築にあわせて公民館と児童館を校舎内に集約する計画を進めている。"),
    dict(code="2-3", name="未利用地の売却・貸付", pillar=2, dept="資産活用課", co="財政課",
         grades=["B", "A", "A", "A"], start="R11", end=None,
         summary="未利用の市有地を一般競争入札で売却し、売却に向かない土地は貸し付けている。"),
    dict(code="2-4", name="公園管理への包括委託の導入", pillar=2, dept="公園緑地課", co=None,
         grades=["―", "B", "B", "A"], start="R12", end="R14", new=True,
         summary="市内の都市公園の維持管理を地区ごとに包括して民間事業者に委託した。"),
    dict(code="3-1", name="ふるさと納税の返礼品拡充", pillar=3, dept="企画政策課", co=None,
         grades=["A", "A", "B", "A"], start="R11", end=None,
         summary="市内事業者と体験型の返礼品を開発し、返礼品数を増やしている。"),
    dict(code="3-2", name="使用料・手数料の定期見直し", pillar=3, dept="財政課", co=None,
         grades=["B", "B", "A", "―"], start="R11", end="R13",
         summary="原価計算に基づき4年ごとに使用料と手数料を見直す仕組みをつくった。"),
    dict(code="3-3", name="補助金の終期設定", pillar=3, dept="財政課", co="企画政策課",
         grades=["D", "C", "C", "B"], start="R11", end=None,
         summary="全ての補助金に終期を設け、終期到来時に効果を検証して継続を判断する。"),
    dict(code="3-4", name="市税滞納整理の強化", pillar=3, dept="納税課", co=None,
         grades=["A", "B", "A", "A"], start="R11", end=None,
         summary="滞納の早期着手と財産調査の徹底で収納率の向上を図っている。"),
    dict(code="4-1", name="時間外勤務の削減", pillar=4, dept="人事課", co=None,
         grades=["C", "D", "C", "C"], start="R11", end=None,
         summary="部署ごとに時間外勤務の上限目標を設け、業務の平準化を進めている。"),
    dict(code="4-2", name="テレワーク環境の整備", pillar=4, dept="人事課", co="情報戦略課",
         grades=["A", "A", "―", "―"], start="R11", end="R12",
         summary="全職員が在宅で勤務できる端末と規程を整備した。"),
    dict(code="4-3", name="職員提案制度の活性化", pillar=4, dept="行政経営課", co=None,
         grades=["B", "B", "B", "A"], start="R11", end=None,
         summary="提案の審査を年2回に増やし、採用した提案を翌年度の予算に反映している。"),
    dict(code="5-1", name="協働提案事業の実施", pillar=5, dept="市民協働課", co=None,
         grades=["B", "A", "B", "B"], start="R11", end=None,
         summary="市民団体からの提案を受けて市と団体が共同で事業を行っている。"),
    dict(code="5-2", name="地域運営組織の設立支援", pillar=5, dept="市民協働課", co="企画政策課",
         grades=["―", "C", "B", "A"], start="R12", end=None, new=True,
         summary="小学校区ごとの地域運営組織の設立を専任職員が支援している。"),
    dict(code="5-3", name="企業との包括連携協定", pillar=5, dept="企画政策課", co=None,
         grades=["A", "A", "A", "B"], start="R11", end=None,
         summary="市内外の企業と包括連携協定を結び、防災や健康づくりで協力している。"),
]
GRADE_ORDER = {"A": 4, "B": 3, "C": 2, "D": 1}
GRADE_LEGEND = [("A", "計画どおり、または計画以上に進んでいる"), ("B", "おおむね計画どおり"),
                ("C", "遅れが見られる"), ("D", "大幅に遅れている"), ("―", "取組期間外のため評価なし")]


def grade(item, y):
    return item["grades"][YEARS.index(y)]


# ---------------------------------------------------------------- committee (.html)
COMMITTEE = "萩ノ森市行政経営改革懇話会"
MEMBERS = ["石川委員", "大西委員", "小野寺委員", "河合委員"]
VIEWS = ["進捗", "効果", "効率性", "市民目線", "発展性"]        # 観点, 1–4 points each
# SCORES[pillar][member index] = points per 観点 (in VIEWS order)
SCORES = {
    1: [[4, 4, 3, 3, 4], [3, 4, 4, 3, 3], [4, 3, 3, 4, 4], [3, 3, 4, 2, 3]],
    2: [[3, 2, 3, 2, 2], [2, 3, 2, 2, 3], [3, 3, 3, 2, 2], [2, 2, 3, 1, 2]],
    3: [[3, 3, 4, 3, 3], [4, 3, 3, 3, 3], [3, 4, 3, 3, 2], [3, 3, 3, 3, 3]],
    4: [[2, 2, 2, 3, 2], [2, 1, 2, 2, 2], [3, 2, 2, 2, 3], [2, 2, 1, 2, 2]],
    5: [[3, 3, 2, 4, 4], [3, 3, 3, 4, 3], [4, 3, 2, 4, 3], [3, 2, 3, 4, 4]],
}
OPINIONS = {
    1: [("石川委員", "オンライン申請の利用率が着実に上がっており、窓口の混雑緩和という効果が市民にも見える形で表れている。"),
        ("河合委員", "デジタル化の恩恵を受けにくい高齢者への支援策を、取組とあわせて示してほしい。")],
    2: [("大西委員", "学校施設の複合化は地元との合意形成に時間を要しており、工程表を現実的なものに改めるべきである。"),
        ("河合委員", "施設の統廃合の判断基準を市民に丁寧に説明し、説明責任を果たすことが欠かせない。"),
        ("小野寺委員", "包括委託の導入で公園の管理水準が落ちていないか、利用者の声で検証すること。")],
    3: [("小野寺委員", "ふるさと納税の寄附額は伸びているが、返礼品の調達費を含めた実質的な収支を公表してほしい。"),
        ("石川委員", "補助金の終期設定は当初の遅れを取り戻しつつあり、終期到来時の検証を確実に行うこと。")],
    4: [("大西委員", "時間外勤務は4年間一度も目標を達成しておらず、業務量そのものを減らす抜本的な対策が必要である。"),
        ("小野寺委員", "テレワークの制度は整ったが、実際の利用が一部の部署に偏っている。")],
    5: [("石川委員", "地域運営組織は設立数が増えた一方、担い手の高齢化が進んでおり、若い世代を巻き込む工夫が求められる。"),
        ("河合委員", "包括連携協定の成果を協定企業ごとに整理し、市民への説明責任を果たしてほしい。")],
}
COMMITTEE_DATE = "令和15年8月8日"


def member_total(p, m):
    return sum(SCORES[p][m])


def total_avg(p):
    return sum(member_total(p, m) for m in range(len(MEMBERS))) / len(MEMBERS)


def view_avg(p, v):
    return sum(SCORES[p][m][v] for m in range(len(MEMBERS))) / len(MEMBERS)


# ---------------------------------------------------------------- joint projects (.pdf)
REGION = "萩ノ森圏域連携推進協議会"
MUNIS = ["萩ノ森市", "朱鷺見市", "羽衣町", "若葉川町", "岩瀬野村"]
JOINT_ASOF = "令和14年4月1日現在"
# start/end as 和暦 year keys; end None = 「R12～」 (continuing); start == end printed as single year "R12"
JOINT = [
    dict(no="連-01", name="消防通信指令の共同運用", lead="萩ノ森市", members=MUNIS[:], start="R11", end=None),
    dict(no="連-02", name="図書館の広域相互利用", lead="朱鷺見市", members=["萩ノ森市", "朱鷺見市", "羽衣町"], start="R11", end=None),
    dict(no="連-03", name="観光周遊ルートの共同PR", lead="羽衣町", members=["萩ノ森市", "羽衣町", "岩瀬野村"], start="R11", end="R13"),
    dict(no="連-04", name="ごみ処理施設の広域化", lead="萩ノ森市", members=["萩ノ森市", "朱鷺見市", "若葉川町", "岩瀬野村"], start="R12", end=None),
    dict(no="連-05", name="職員の合同研修", lead="朱鷺見市", members=MUNIS[:], start="R11", end=None),
    dict(no="連-06", name="基幹業務システムの共同利用", lead="萩ノ森市", members=["萩ノ森市", "若葉川町"], start="R13", end=None),
    dict(no="連-07", name="移住定住フェアの共同出展", lead="若葉川町", members=["羽衣町", "若葉川町", "岩瀬野村"], start="R11", end="R12"),
    dict(no="連-08", name="病児保育の広域利用", lead="朱鷺見市", members=["萩ノ森市", "朱鷺見市"], start="R12", end=None),
    dict(no="連-09", name="地域公共交通の再編", lead="萩ノ森市", members=["萩ノ森市", "朱鷺見市", "羽衣町", "岩瀬野村"], start="R12", end="R13"),
    dict(no="連-10", name="災害時の物資相互融通", lead="羽衣町", members=MUNIS[:], start="R11", end=None),
    dict(no="連-11", name="空き家バンクの共同運営", lead="岩瀬野村", members=["羽衣町", "若葉川町", "岩瀬野村"], start="R13", end=None),
    dict(no="連-12", name="保健師の相互派遣", lead="若葉川町", members=["萩ノ森市", "若葉川町", "岩瀬野村"], start="R12", end="R12"),
]
JOINT_NOTE = {"連-04": "新施設の基本計画を策定中", "連-09": "令和14年度から各市町の個別計画へ移行",
              "連-12": "感染症流行期の臨時措置"}


def jyears(j):
    """The printed 実施年度 cell."""
    if j["end"] is None:
        return f"{j['start']}～"
    if j["end"] == j["start"]:
        return j["start"]
    return f"{j['start']}～{j['end']}"


def jactive(j, y):
    s, e = YNUM[j["start"]], YNUM[j["end"]] if j["end"] else 99
    return s <= YNUM[y] <= e


# ---------------------------------------------------------------- case studies (.xlsx)
CASES_TITLE = "行政改革 他団体事例調査（令和14年度）"
# hours = 効果（時間/年）, money = 効果（千円/年）; None = blank cell
CASES = [
    dict(no=1, org="雪見沢町", pref="北海道", pop=14820, field="窓口改革", title="書かない窓口",
         summary="職員が聞き取りながら申請書を作成し、住民は内容を確認して署名するだけにした。", hours=1450, money=None),
    dict(no=2, org="穂高原市", pref="長野県", pop=87300, field="デジタル化", title="AI-OCRによる給付申請の処理",
         summary="紙の給付申請をAI-OCRで読み取り、システムへの入力を自動化した。", hours=3200, money=5800),
    dict(no=3, org="瀬名川市", pref="静岡県", pop=152400, field="公共施設", title="小学校と公民館の複合化",
         summary="小学校の改築にあわせ公民館と放課後児童クラブを校舎に集約した。", hours=None, money=31000),
    dict(no=4, org="宮ノ浦町", pref="鹿児島県", pop=9760, field="財源確保", title="ネーミングライツの導入",
         summary="町営の体育館と運動公園にネーミングライツを導入した。", hours=None, money=12500),
    dict(no=5, org="紅葉台市", pref="福島県", pop=63150, field="デジタル化", title="RPAの全庁展開",
         summary="職員がシナリオを自作できる研修を行い、RPAを全庁の定型業務に広げた。", hours=2650, money=None),
    dict(no=6, org="梓川原村", pref="長野県", pop=4210, field="人材育成", title="副業人材の登用",
         summary="民間企業で働く副業人材を任用し、広報と観光の企画に参画させた。", hours=None, money=2400),
    dict(no=7, org="高瀬浜市", pref="新潟県", pop=214900, field="窓口改革", title="オンライン相談窓口",
         summary="ビデオ通話で相談と手続の案内ができる窓口を開設した。", hours=980, money=3100),
    dict(no=8, org="音羽野市", pref="宮城県", pop=118600, field="デジタル化", title="電子契約の導入",
         summary="工事と委託の契約に電子契約を導入し、押印と郵送をなくした。", hours=720, money=4500),
    dict(no=9, org="千種ヶ原町", pref="岡山県", pop=22480, field="公共施設", title="施設予約の一元化",
         summary="公共施設の予約をオンラインの共通システムにまとめた。", hours=1100, money=1900),
    dict(no=10, org="青柳台市", pref="愛知県", pop=96050, field="人材育成", title="業務量調査に基づく人員配置",
         summary="全庁の業務量を調査し、その結果に基づいて職員の配置を見直した。", hours=2300, money=None),
]

# ---------------------------------------------------------------- newsletter (.txt)
NEWS_TITLE = "はぎのもり 行革つうしん"
# trainings per issue, proposals per issue
ISSUES = [
    dict(no=9, issued="令和12年7月",
         training=dict(name="業務改善研修", date="令和12年6月12日", people=38, sat=4.2, lecturer="外部講師（業務改善コンサルタント）"),
         proposal=dict(applied=46, adopted=9, best="窓口の呼出番号をLINEで通知する仕組み", best_dept="市民課")),
    dict(no=10, issued="令和13年1月",
         training=dict(name="ファシリテーション研修", date="令和12年11月20日", people=52, sat=4.5, lecturer="市民協働課職員"),
         call=dict(what="改革アイデア", deadline="令和13年2月27日", to="行政経営課"),
         model=dict(name="子ども食堂ネットワーク事業", org="NPO法人はぎのもり子ども未来", dept="市民協働課")),
    dict(no=11, issued="令和13年7月",
         training=dict(name="データ活用研修", date="令和13年5月28日", people=31, sat=3.9, lecturer="情報戦略課職員"),
         proposal=dict(applied=58, adopted=12, best="公用車の予約と鍵の受渡しを無人化する仕組み", best_dept="総務課")),
]
QA = [
    (9, "職員提案は一人で何件まで出せますか？", "件数の上限はありません。ただし、1件ごとに提案様式を作成してください。"),
    (9, "採用された提案の実施は誰が担当しますか？", "原則として提案に関係する所管課が実施し、行政経営課が進捗を確認します。"),
    (11, "研修の資料はどこで見られますか？", "庁内ポータルの「行革つうしん」ページに、研修の翌週までに掲載します。"),
]
