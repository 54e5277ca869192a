"""Facts of the made62 edition (fictional 鶴ヶ丘市 and its region). Every document and answer derives from here."""

CITY = "鶴ヶ丘市"
PLAN_TITLE = "鶴ヶ丘市 行財政改革実施計画 進捗評価報告書"
YEARS = ["R5", "R6", "R7", "R8"]            # 令和5年度–令和8年度 = FY2023–FY2026
WAREKI = {"R5": "令和5年度", "R6": "令和6年度", "R7": "令和7年度", "R8": "令和8年度"}
SEIREKI = {"R5": 2023, "R6": 2024, "R7": 2025, "R8": 2026}

# 重点事項 (initiatives)
PRIORITIES = {
    1: "デジタル化による業務改革",
    2: "公共施設マネジメントの推進",
    3: "自主財源の確保",
    4: "人材育成と組織改革",
    5: "市民協働の推進",
}

# The 情報政策課 was reorganised into DX推進課 from 令和7年度: rows R7/R8 name the new 所管.
def _dept(old, new=None):
    return {"R5": old, "R6": old, "R7": new or old, "R8": new or old}

# 行革項目 (practice items). grades: None = no row that year (not yet added / already 完了).
ITEMS = [
    dict(code="1", name="電子申請の拡充", pr=1, dept=_dept("情報政策課", "DX推進課"),
         grades={"R5": "B", "R6": "A", "R7": "A", "R8": "S"}, done=None, added=None),
    dict(code="2", name="窓口キャッシュレス決済の導入", pr=1, dept=_dept("市民課"),
         grades={"R5": "A", "R6": "S", "R7": "S", "R8": None}, done="R7", added=None),
    dict(code="3", name="RPAによる定型業務の自動化", pr=1, dept=_dept("情報政策課", "DX推進課"),
         grades={"R5": "C", "R6": "B", "R7": "A", "R8": "S"}, done=None, added=None),
    dict(code="4", name="ペーパーレス会議の推進", pr=1, dept=_dept("総務課"),
         grades={"R5": "A", "R6": "A", "R7": "S", "R8": None}, done="R7", added=None),
    dict(code="追1", name="生成AIの業務活用", pr=1, dept=_dept("DX推進課"),
         grades={"R5": None, "R6": None, "R7": "B", "R8": "A"}, done=None, added="R7"),
    dict(code="5", name="公共施設の複合化・集約化", pr=2, dept=_dept("資産経営課"),
         grades={"R5": "B", "R6": "B", "R7": "C", "R8": "B"}, done=None, added=None),
    dict(code="6", name="指定管理者制度の見直し", pr=2, dept=_dept("資産経営課"),
         grades={"R5": "A", "R6": "A", "R7": "A", "R8": "A"}, done=None, added=None),
    dict(code="7", name="未利用市有地の売却", pr=2, dept=_dept("管財課"),
         grades={"R5": "C", "R6": "C", "R7": "B", "R8": "A"}, done="R8", added=None),
    dict(code="8", name="ふるさと納税の強化", pr=3, dept=_dept("財政課"),
         grades={"R5": "S", "R6": "A", "R7": "S", "R8": "S"}, done=None, added=None),
    dict(code="9", name="使用料・手数料の見直し", pr=3, dept=_dept("財政課"),
         grades={"R5": "B", "R6": "A", "R7": "B", "R8": "B"}, done=None, added=None),
    dict(code="10", name="市税収納率の向上", pr=3, dept=_dept("納税課"),
         grades={"R5": "A", "R6": "A", "R7": "A", "R8": "S"}, done="R8", added=None),
    dict(code="追2", name="広告収入の拡大", pr=3, dept=_dept("財政課"),
         grades={"R5": None, "R6": None, "R7": "C", "R8": "B"}, done=None, added="R7"),
    dict(code="11", name="人事評価制度の改善", pr=4, dept=_dept("職員課"),
         grades={"R5": "B", "R6": "B", "R7": "A", "R8": "A"}, done=None, added=None),
    dict(code="12", name="時間外勤務の縮減", pr=4, dept=_dept("職員課"),
         grades={"R5": "C", "R6": "B", "R7": "B", "R8": "C"}, done=None, added=None),
    dict(code="13", name="協働提案制度の運用", pr=5, dept=_dept("市民協働課"),
         grades={"R5": "A", "R6": "B", "R7": "B", "R8": "A"}, done=None, added=None),
    dict(code="14", name="地域担当職員制度の導入", pr=5, dept=_dept("市民協働課"),
         grades={"R5": "B", "R6": "A", "R7": None, "R8": None}, done="R6", added=None),
]

# one-line 取組内容 per year (generated text varies per grade)
CONTENT = {
    "S": "計画を上回る成果を上げた",
    "A": "計画どおり実施した",
    "B": "一部に遅れがあるが概ね実施した",
    "C": "計画に対し大きな遅れが生じた",
}

# Committee (行財政改革推進委員会) scores 1–5 per 重点事項
MEMBERS = ["青木委員", "井上委員", "上田委員", "遠藤委員", "岡本委員"]
SCORES = {
    1: [5, 4, 4, 5, 4],
    2: [3, 3, 2, 3, 4],
    3: [5, 4, 4, 4, 4],
    4: [3, 2, 3, 3, 3],
    5: [4, 3, 4, 3, 4],
}
OPINIONS = {
    1: ["電子申請の利用件数が大きく伸びており、市民の利便性向上が数字で確認できる。",
        "生成AIの活用は情報漏えい対策のルールづくりを先行させるべきである。"],
    2: ["複合化の協議が地元調整で停滞しており、工程表の見直しが必要である。",
        "指定管理者の評価結果を市民に分かりやすく公表してほしい。",
        "施設総量の削減目標に対する進捗を毎年示すべきである。"],
    3: ["ふるさと納税の寄附額は順調だが、返礼品事業者の偏りに注意が必要である。",
        "広告収入は目標設定が過大ではないか検証すること。"],
    4: ["時間外勤務が再び増加しており、業務量の平準化に本気で取り組むべきである。",
        "人事評価の結果を育成に結び付ける仕組みを明確にしてほしい。"],
    5: ["協働提案制度の採択事業の効果検証を行うこと。",
        "地域担当職員制度の成果を他の部署にも広げてほしい。"],
}

# Joint projects (湾岸北部地域行政連携協議会)
REGION = "湾岸北部地域行政連携協議会"
MUNIS = ["鶴ヶ丘市", "港北町", "白浜村", "東山市"]
JYEARS = [("令和6年度", "2024年度"), ("令和7年度", "2025年度"), ("令和8年度", "2026年度")]
# marks per year: ● 実施, △ 検討, "" なし
JOINT = [
    dict(no="1", name="消防指令業務の共同運用", members=["鶴ヶ丘市", "港北町", "白浜村", "東山市"], years=["●", "●", "●"], office="鶴ヶ丘市"),
    dict(no="2", name="図書館の相互利用", members=["鶴ヶ丘市", "港北町", "東山市"], years=["●", "●", "●"], office="東山市"),
    dict(no="3", name="観光プロモーションの共同実施", members=["鶴ヶ丘市", "港北町", "白浜村"], years=["△", "●", "●"], office="港北町"),
    dict(no="4", name="ごみ処理施設の広域化", members=["鶴ヶ丘市", "港北町", "白浜村", "東山市"], years=["△", "△", "●"], office="鶴ヶ丘市"),
    dict(no="5", name="職員合同研修", members=["鶴ヶ丘市", "白浜村", "東山市"], years=["●", "●", "●"], office="白浜村"),
    dict(no="6", name="基幹系システムの共同調達", members=["鶴ヶ丘市", "港北町"], years=["", "△", "●"], office="港北町"),
    dict(no="7", name="移住相談窓口の共同設置", members=["港北町", "白浜村", "東山市"], years=["●", "●", "△"], office="白浜村"),
    dict(no="8", name="災害時相互応援協定の運用", members=["鶴ヶ丘市", "港北町", "白浜村", "東山市"], years=["●", "●", "●"], office="東山市"),
    dict(no="9", name="子育て支援施設の相互利用", members=["鶴ヶ丘市", "東山市"], years=["", "●", "●"], office="鶴ヶ丘市"),
    dict(no="10", name="デマンド交通の広域運行", members=["港北町", "白浜村", "東山市"], years=["△", "●", "●"], office="港北町"),
]

# Case studies (西暦)
CASES = [
    dict(no=1, org="七飯野町", pref="北海道", field="窓口改革", title="書かない窓口の導入", start=2022,
         summary="住民異動などの申請で、職員が聞き取りながら申請書を作成し、住民は署名だけで手続を終える窓口に改めた。",
         effect="申請書の記入時間を年間約1,200時間削減し、窓口の平均待ち時間は25分から12分に短縮した。", hours=1200),
    dict(no=2, org="松陽市", pref="長野県", field="デジタル化", title="AI-OCRによる申請処理", start=2021,
         summary="紙で提出される補助金・給付申請をAI-OCRで読み取り、基幹系システムへの入力を自動化した。",
         effect="入力作業を年間約3,400時間削減した。入力誤りは月平均18件から2件に減少した。", hours=3400),
    dict(no=3, org="千曲野町", pref="長野県", field="公共施設", title="学校施設の複合化", start=2020,
         summary="小学校の改築に合わせて公民館・図書室・児童館を校舎内に集約した。",
         effect="施設の維持管理費を年間約2,800万円削減し、延床面積を3割縮減した。", hours=None),
    dict(no=4, org="浜名台市", pref="静岡県", field="財源確保", title="ネーミングライツの全施設導入", start=2021,
         summary="体育館・文化会館など市の全施設を対象にネーミングライツ・パートナーを公募した。",
         effect="年間約1,500万円の新たな収入を確保した。", hours=None),
    dict(no=5, org="糸島浜市", pref="福岡県", field="デジタル化", title="RPAの全庁展開", start=2022,
         summary="職員が自らシナリオを作成できる研修を行い、RPAを全庁の定型業務に展開した。",
         effect="年間約2,100時間の作業時間を削減した。対象業務は48業務に拡大した。", hours=2100),
    dict(no=6, org="阿蘇原町", pref="熊本県", field="人材育成", title="副業・兼業人材の活用", start=2023,
         summary="民間企業に勤める副業人材を政策アドバイザーとして任用し、観光と広報の改革に参画させた。",
         effect="観光サイトの閲覧数が前年比1.8倍となり、採用コストを年間約300万円抑制した。", hours=None),
    dict(no=7, org="越後川市", pref="新潟県", field="窓口改革", title="オンライン窓口の開設", start=2021,
         summary="ビデオ通話による相談・手続窓口を開設し、来庁せずに手続が完了する範囲を広げた。",
         effect="来庁者数を30%削減し、職員の対応時間を年間約900時間削減した。", hours=900),
    dict(no=8, org="仙北台市", pref="宮城県", field="デジタル化", title="電子契約の導入", start=2023,
         summary="工事・委託契約に電子契約サービスを導入し、押印と郵送を不要にした。",
         effect="印紙代を年間約450万円削減し、契約事務を年間約600時間削減した。", hours=600),
]

# Evaluation sheet (事務事業評価, 西暦)
EVAL = dict(
    title="鶴ヶ丘市 事務事業評価表（2026年度実施・2025年度事業分）",
    no="2025-031", name="オンライン申請推進事業", dept="DX推進課", start="2022年度",
    purpose="行政手続のオンライン化を進め、来庁せずに手続ができる環境を整える。",
    years=[2023, 2024, 2025],
    cost={2023: 18500, 2024: 21200, 2025: 19800},   # 千円
    indicators=[
        dict(kind="活動指標", name="オンライン化手続数", unit="件", plan=[120, 150, 180], actual=[110, 162, 175]),
        dict(kind="成果指標", name="オンライン申請率", unit="%", plan=[30, 40, 50], actual=[27, 44, 52]),
    ],
    evaluation="継続（拡充）",
    direction="子育て・介護分野の手続を優先してオンライン化し、2027年度までにオンライン申請率60%を目指す。",
)

def rate(plan, actual):
    return round(actual / plan * 100, 1)
