"""Facts of the made72 edition (fictional 白樺野市 and its region). Every document and answer derives from here.

Fiscal years: 令和5年度 = 2023年度 … 令和8年度 = 2026年度. The plan report prints the grade columns in 西暦
and the 完了年度 column in 和暦.
"""

CITY = "白樺野市"
YEARS = [2023, 2024, 2025, 2026]
WAREKI = {2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度"}

# ---------------------------------------------------------------- plan report (.xlsx)
PLAN_TITLE = "白樺野市 行政経営改革プラン 実施状況報告書（2023年度～2026年度）"
PLAN_OFFICE = "白樺野市 企画財政部 行政経営課"
PLAN_DATE = "2027年（令和9年）6月"

# 柱 (initiatives); the 懇話会評価 printed on each sheet is the mean of the five members' 評点 (SCORES below)
PILLARS = {
    1: "デジタル技術を活用した行政サービスの変革",
    2: "公共施設・インフラの最適化",
    3: "持続可能な財政基盤の確立",
    4: "職員の力を引き出す組織づくり",
    5: "多様な主体との連携・協働",
}

# 取組 (practice items). grades: S/A/B/C per 西暦 year, None = printed "―" (not yet added / after 完了).
# done: 西暦 year of 完了 (printed in 和暦), None = continuing. added: 西暦 year of addition (備考 column).
_ = None
ITEMS = [
    dict(code="1-01", pillar=1, name="オンライン申請の拡大", main="DX推進課", related=["市民課", "保険年金課"],
         grades=["B", "A", "A", "S"], done=None, added=None),
    dict(code="1-02", pillar=1, name="窓口のキャッシュレス化", main="市民課", related=["会計課", "税務課"],
         grades=["A", "S", "S", _], done=2025, added=None),
    dict(code="1-03", pillar=1, name="AI議事録作成システムの導入", main="DX推進課", related=["総務課"],
         grades=["A", "A", _, _], done=2024, added=None),
    dict(code="1-04", pillar=1, name="RPAによる定型業務の自動化", main="DX推進課", related=["人事課", "収納課", "保険年金課"],
         grades=["C", "B", "B", "A"], done=None, added=None),
    dict(code="1-05", pillar=1, name="庁内ネットワークの無線化", main="情報管理課", related=["DX推進課"],
         grades=["B", "C", "B", "B"], done=None, added=None),
    dict(code="1-06", pillar=1, name="生成AIの業務利用", main="DX推進課", related=["情報管理課", "人事課"],
         grades=[_, _, "B", "A"], done=None, added=2025),

    dict(code="2-01", pillar=2, name="公共施設の集約化・複合化", main="資産活用課", related=["企画政策課", "教育総務課"],
         grades=["B", "B", "C", "B"], done=None, added=None),
    dict(code="2-02", pillar=2, name="学校施設の長寿命化", main="教育総務課", related=["資産活用課", "建築住宅課"],
         grades=["A", "A", "A", "A"], done=None, added=None),
    dict(code="2-03", pillar=2, name="市営住宅の管理戸数の適正化", main="建築住宅課", related=["資産活用課"],
         grades=["C", "C", "B", "A"], done=2026, added=None),
    dict(code="2-04", pillar=2, name="未利用地の売却・貸付", main="契約管財課", related=["資産活用課", "財政課"],
         grades=["S", "A", "S", _], done=2025, added=None),
    dict(code="2-05", pillar=2, name="橋りょうの予防保全", main="道路河川課", related=["財政課"],
         grades=["B", "A", "A", "B"], done=None, added=None),

    dict(code="3-01", pillar=3, name="ふるさと納税の推進", main="企画政策課", related=["財政課", "商工観光課"],
         grades=["S", "S", "A", "S"], done=None, added=None),
    dict(code="3-02", pillar=3, name="使用料・手数料の見直し", main="財政課", related=["資産活用課", "生涯学習課"],
         grades=["B", "B", "A", _], done=2025, added=None),
    dict(code="3-03", pillar=3, name="市税の収納率向上", main="収納課", related=["税務課"],
         grades=["A", "A", "S", "S"], done=2026, added=None),
    dict(code="3-04", pillar=3, name="補助金の総点検", main="財政課", related=["企画政策課"],
         grades=["C", "B", "B", "B"], done=None, added=None),
    dict(code="3-05", pillar=3, name="広告事業の拡充", main="契約管財課", related=["市民協働課"],
         grades=["A", "B", _, _], done=2024, added=None),
    dict(code="3-06", pillar=3, name="企業版ふるさと納税の活用", main="企画政策課", related=["財政課"],
         grades=[_, _, "A", "S"], done=None, added=2025),

    dict(code="4-01", pillar=4, name="時間外勤務の縮減", main="人事課", related=["行政経営課"],
         grades=["C", "C", "B", "C"], done=None, added=None),
    dict(code="4-02", pillar=4, name="人事評価制度の見直し", main="人事課", related=["行政経営課"],
         grades=["B", "A", "A", "A"], done=2026, added=None),
    dict(code="4-03", pillar=4, name="テレワークの推進", main="人事課", related=["情報管理課", "DX推進課"],
         grades=["A", "B", "B", "B"], done=None, added=None),
    dict(code="4-04", pillar=4, name="民間経験者の採用拡大", main="人事課", related=[],
         grades=["B", "B", _, _], done=2024, added=None),
    dict(code="4-05", pillar=4, name="事務分掌の見直し", main="行政経営課", related=["人事課", "総務課"],
         grades=["B", "C", "C", "B"], done=None, added=None),

    dict(code="5-01", pillar=5, name="協働提案事業の実施", main="市民協働課", related=["企画政策課"],
         grades=["A", "A", "B", "A"], done=None, added=None),
    dict(code="5-02", pillar=5, name="指定管理者制度の活用", main="資産活用課", related=["生涯学習課", "市民協働課"],
         grades=["A", "S", "A", "A"], done=None, added=None),
    dict(code="5-03", pillar=5, name="近隣市町との広域連携", main="企画政策課", related=["行政経営課"],
         grades=["B", "B", "A", "S"], done=2026, added=None),
    dict(code="5-04", pillar=5, name="地域運営組織の設立支援", main="市民協働課", related=["子育て支援課"],
         grades=["C", "B", "A", _], done=2025, added=None),
]

# ---------------------------------------------------------------- committee opinions (.txt)
COMMITTEE = "白樺野市行政経営改革懇話会"
MEMBERS = [
    dict(name="大久保 晴美", role="会長／白樺野大学経済学部 教授"),
    dict(name="桐生 拓真", role="副会長／税理士"),
    dict(name="南条 由紀子", role="白樺野商工会議所 専務理事"),
    dict(name="藤堂 誠", role="公募市民"),
    dict(name="早瀬 かおり", role="NPO法人しらかば子育てネット 代表"),
]
# 評点 (1–5) per pillar, in MEMBERS order
SCORES = {
    1: [4, 4, 3, 4, 4],
    2: [3, 3, 3, 4, 3],
    3: [5, 4, 4, 4, 3],
    4: [3, 2, 3, 3, 3],
    5: [4, 3, 4, 3, 4],
}
NONE_OPINION = "特になし"
# opinions[member index][pillar]; None = 「特になし」
OPINIONS = [
    {1: "オンライン申請の対象手続は増えたが、利用率の公表が不十分である。手続ごとの利用率を示してほしい。",
     2: "集約化・複合化は地域への説明が遅れている。2025年度のC評価を重く受け止めるべきである。",
     3: "収納率の向上は大きな成果であり、他の柱の模範となる取組である。",
     4: "時間外勤務の縮減が進まない原因を部署別に分析し、次期計画に反映すること。",
     5: "地域運営組織の設立支援が完了したことを評価する。設立後の伴走支援も続けてほしい。"},
    {1: "RPAの効果を削減時間で示しており分かりやすい。対象業務の拡大を期待する。",
     2: "未利用地の売却益を公共施設の更新基金に積み立てる仕組みを検討されたい。",
     3: "補助金の総点検は、廃止・縮小の件数だけでなく金額ベースで報告すべきである。",
     4: "人事評価の結果を処遇に反映する時期を明確にすること。時間外勤務は管理職の意識改革が不可欠である。",
     5: None},
    {1: "キャッシュレス化は市内事業者にも好評である。商店街での活用も視野に入れてほしい。",
     2: None,
     3: "ふるさと納税の返礼品に市内事業者、特に中小事業者がより多く参加できるよう支援してほしい。",
     4: "民間経験者の採用は即戦力として効果が大きく、今後も続けてほしい。",
     5: "近隣市町との広域連携では、商工会議所同士の情報共有の場も設けてほしい。"},
    {1: "生成AIの利用にあたっては、個人情報の取扱いルールを市民にも公表すべきである。",
     2: "学校施設の長寿命化は計画どおり進んでおり評価できる。",
     3: None,
     4: "テレワークの利用が一部の課に偏っている。",
     5: "協働提案事業の採択結果と成果を広報紙で紹介してほしい。"},
    {1: "子育て関係の申請もオンラインで完結できるようにしてほしい。",
     2: "市営住宅の戸数を減らす際は、子育て世帯向けの入居枠に配慮すること。",
     3: "使用料の見直しでは、子ども食堂など公益的な団体への減免を維持してほしい。",
     4: None,
     5: "地域運営組織と子育て支援団体をつなぐ役割を市が担ってほしい。"},
]


def pillar_mean(p):
    s = SCORES[p]
    return round(sum(s) / len(s), 1)


# ---------------------------------------------------------------- joint projects (.html)
REGION = "白樺野広域連携推進協議会"
MUNIS = ["白樺野市", "宮ノ下町", "北沢村", "東雲市", "西浜町"]
JOINT_DATE = "2026年4月1日現在"
# start/end: 西暦 fiscal year; end None = 「継続」. burden: 白樺野市's 2025年度 負担額 (千円), None = 「―」
JOINT = [
    dict(no="1", name="消防指令センターの共同運用", munis=["白樺野市", "宮ノ下町", "北沢村", "東雲市"], kind="ハード",
         start=2017, end=None, lead="白樺野市", burden=48600),
    dict(no="2", name="図書館の相互貸出", munis=["白樺野市", "東雲市", "西浜町"], kind="ソフト",
         start=2019, end=None, lead="東雲市", burden=1250),
    dict(no="3", name="職員の合同研修", munis=["白樺野市", "宮ノ下町", "北沢村", "東雲市", "西浜町"], kind="ソフト",
         start=2020, end=None, lead="白樺野市", burden=820),
    dict(no="4", name="ごみ焼却施設の共同整備", munis=["白樺野市", "宮ノ下町", "西浜町"], kind="ハード",
         start=2021, end=2025, lead="宮ノ下町", burden=36400),
    dict(no="5", name="観光周遊ルートの共同PR", munis=["白樺野市", "北沢村", "西浜町"], kind="ソフト",
         start=2022, end=2024, lead="西浜町", burden=None),
    dict(no="6", name="電子申請システムの共同調達", munis=["白樺野市", "宮ノ下町", "東雲市"], kind="ソフト",
         start=2023, end=None, lead="東雲市", burden=5300),
    dict(no="7", name="移住定住相談窓口の共同設置", munis=["宮ノ下町", "北沢村", "西浜町"], kind="ソフト",
         start=2021, end=2023, lead="北沢村", burden=None),
    dict(no="8", name="広域避難所の整備", munis=["白樺野市", "北沢村"], kind="ハード",
         start=2024, end=None, lead="北沢村", burden=12700),
    dict(no="9", name="病児保育施設の相互利用", munis=["白樺野市", "東雲市"], kind="ソフト",
         start=2024, end=None, lead="白樺野市", burden=2480),
    dict(no="10", name="地域公共交通の広域再編", munis=["白樺野市", "宮ノ下町", "北沢村", "東雲市", "西浜町"], kind="ソフト",
         start=2025, end=None, lead="宮ノ下町", burden=3950),
    dict(no="11", name="浄水場の統合", munis=["宮ノ下町", "東雲市"], kind="ハード",
         start=2018, end=2024, lead="東雲市", burden=None),
    dict(no="12", name="税務事務の共同処理", munis=["白樺野市", "西浜町"], kind="ソフト",
         start=2026, end=None, lead="西浜町", burden=None),
]

# ---------------------------------------------------------------- case studies (.pdf)
CASES_TITLE = "他自治体の行政改革事例集 2026"
# hours: 作業時間の削減 (時間/年) stated in 効果; saving: 経費の削減額 (万円/年) stated in 効果 (削減 only)
CASES = [
    dict(no=1, org="秋津川市", pref="山形県", field="窓口改革", title="書かない窓口の導入", start=2022,
         summary="転入・転出などの届出で、職員が聞き取りながら申請書を作成し、住民は内容を確認して署名するだけで手続を終えられる窓口に改めた。",
         effect="申請書の記入にかかる時間を年間約1,500時間削減した。窓口の平均待ち時間は28分から11分に短縮した。",
         hours=1500, saving=None),
    dict(no=2, org="南ヶ浦町", pref="徳島県", field="デジタル化", title="AI-OCRによる給付申請の処理", start=2021,
         summary="紙で届く給付金・補助金の申請書をAI-OCRで読み取り、基幹系システムへの入力を自動化した。",
         effect="入力作業を年間約2,300時間削減した。入力誤りは月平均15件から1件に減った。",
         hours=2300, saving=None),
    dict(no=3, org="大峰市", pref="奈良県", field="公共施設", title="学校施設への公共施設の複合化", start=2020,
         summary="中学校の改築に合わせ、公民館・図書室・放課後児童クラブを校舎内に集約した。",
         effect="施設の維持管理費を年間約3,200万円削減し、延床面積を25%縮減した。",
         hours=None, saving=3200),
    dict(no=4, org="霞ノ浦市", pref="茨城県", field="財源確保", title="ネーミングライツの全施設募集", start=2021,
         summary="体育館・文化ホール・公園など市の全施設を対象に、ネーミングライツのパートナーを通年で募集した。",
         effect="年間約1,800万円の新たな収入を確保した。契約施設は22施設となった。",
         hours=None, saving=None),
    dict(no=5, org="神威町", pref="北海道", field="人材育成", title="副業人材の政策アドバイザー登用", start=2023,
         summary="都市部の企業に勤める副業人材をオンライン中心の政策アドバイザーとして任用し、広報と観光の改革に参画させた。",
         effect="町の観光サイトの閲覧数が前年比1.6倍となり、採用経費を年間約250万円抑制した。",
         hours=None, saving=250),
    dict(no=6, org="日向台市", pref="宮崎県", field="デジタル化", title="RPAの全庁展開", start=2022,
         summary="職員が自らシナリオを作れるよう研修を重ね、RPAを全庁の定型業務に広げた。",
         effect="年間約4,100時間の作業時間を削減した。対象業務は52業務に拡大した。",
         hours=4100, saving=None),
    dict(no=7, org="琴平野市", pref="香川県", field="デジタル化", title="電子契約の導入", start=2023,
         summary="工事・委託・物品の契約に電子契約サービスを導入し、押印と郵送の手間をなくした。",
         effect="印紙代を年間約380万円削減し、契約事務の作業時間を年間約700時間削減した。",
         hours=700, saving=380),
    dict(no=8, org="朝日ヶ原村", pref="長野県", field="公共施設", title="公用車のカーシェアリング", start=2024,
         summary="各課で保有していた公用車を一元管理し、予約システムによるカーシェアリングに切り替えた。",
         effect="公用車を40台から28台に減らし、維持費を年間約520万円削減した。",
         hours=None, saving=520),
]

# ---------------------------------------------------------------- newsletter (.docx)
NEWS_TITLE = "白樺野市 行革だより"
TRAINING = dict(date="2024年11月27日", participants=42, satisfaction="4.3")
PROPOSALS = dict(count=136, prev=98, period="2025年1月15日～2月28日")
AWARDS = [
    ("最優秀賞", "収納課", "口座振替申込のスマートフォン受付"),
    ("優秀賞", "市民課", "証明書交付窓口の番号表示の見直し"),
    ("優秀賞", "道路河川課", "道路損傷通報の写真投稿フォーム"),
]
TELEWORK = {2023: 1010, 2024: 1240}          # 延べ利用者数 (人)
TELEWORK_H1_2025 = 820                         # 2025年度上半期 延べ
GENAI = dict(start="2025年10月", sections=12, users=180)
KONWAKAI_MEETING = "2025年11月18日"
RPA_TASKS = 30
CASHLESS_RATE = "31.5%"

ISSUES = [
    ("第11号（2025年1月）", [
        ("職員向け業務改善研修を開催しました", [
            f"{TRAINING['date']}（水）、市役所本庁舎大会議室で職員向けの業務改善研修を開催しました。"
            f"参加者は{TRAINING['participants']}名で、受講後アンケートの満足度は5点満点中{TRAINING['satisfaction']}点でした。",
            "研修では、日々の業務を「目的」「手順」「ムダ」の3つの視点で書き出し、グループごとに改善案を発表しました。",
        ]),
        ("改善提案の募集を始めます", [
            f"令和6年度の職員改善提案を{PROPOSALS['period']}の期間で募集します。一人何件でも応募できます。",
            "問い合わせは行政経営課（内線2314）まで。",
        ]),
        ("窓口キャッシュレス決済の利用状況", [
            f"市民課・税務課の窓口でのキャッシュレス決済の利用割合は、2024年12月に{CASHLESS_RATE}となりました。",
        ]),
    ]),
    ("第12号（2025年7月）", [
        ("改善提案の審査結果がまとまりました", [
            f"令和6年度の職員改善提案には{PROPOSALS['count']}件の応募がありました（前年度は{PROPOSALS['prev']}件）。"
            "審査会での審査の結果、次の3件を表彰しました。",
            "__AWARDS_TABLE__",
        ]),
        ("テレワークの利用が広がっています", [
            f"令和6年度のテレワーク延べ利用者数は{TELEWORK[2024]:,}人で、令和5年度の{TELEWORK[2023]:,}人から増加しました。",
            "一方で、利用が一部の課に集中しており、人事課では利用しにくい職場の課題を聞き取っています。",
        ]),
        ("RPAの対象業務が広がりました", [
            f"RPAで自動化した業務は、2025年6月末で{RPA_TASKS}業務となりました。"
            "保険年金課の各種通知の作成や収納課の口座振替データの照合などが新たに加わりました。",
        ]),
    ]),
    ("第13号（2026年1月）", [
        ("生成AIの試行利用を始めました", [
            f"{GENAI['start']}から、文章の要約や下書きの作成に生成AIを試行的に利用しています。"
            f"対象は{GENAI['sections']}課で、利用登録した職員は{GENAI['users']}人です。",
            "個人情報や非公開の情報は入力しないことを利用ルールで定めています。",
        ]),
        ("行政経営改革懇話会を開催しました", [
            f"{KONWAKAI_MEETING}に第3回{COMMITTEE}を開催し、行政経営改革プランの中間の進捗について委員から意見をいただきました。",
        ]),
        ("テレワーク（上半期）の実績", [
            f"2025年度上半期のテレワーク延べ利用者数は{TELEWORK_H1_2025}人でした。",
        ]),
    ]),
]
