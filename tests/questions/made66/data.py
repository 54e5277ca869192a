"""Facts of the made66 edition (fictional 朝霧野市 and its region), 令和9年度～令和12年度.
Every document and every answer derives from here."""

CITY = "朝霧野市"
YEARS = ["R9", "R10", "R11", "R12"]                     # sheet names of the plan report
WAREKI = {"R9": "令和9年度", "R10": "令和10年度", "R11": "令和11年度", "R12": "令和12年度"}
SEIREKI = {"R9": 2027, "R10": 2028, "R11": 2029, "R12": 2030}

# 評価 legend of the plan report (order: best first)
GRADES = ["◎", "○", "△", "×"]
LEGEND = {"◎": "計画以上に進んだ", "○": "計画どおり", "△": "一部に遅れ", "×": "未着手・大幅な遅れ"}
RANK = {"◎": 4, "○": 3, "△": 2, "×": 1}

# 基本方針 (initiatives). Practice codes start with the letter printed beside the number.
POLICIES = {
    "1": ("A", "デジタル行政の推進"),
    "2": ("B", "公共施設の最適化"),
    "3": ("C", "財政基盤の強化"),
    "4": ("D", "人材育成と働き方改革"),
}

def _g(s):
    """'○◎◎◎' -> per-year grades; '-' = no row that year."""
    return {y: (None if ch == "-" else ch) for y, ch in zip(YEARS, s)}

def _d(dept, **changes):
    out = {y: dept for y in YEARS}
    for y, d in changes.items():
        for yy in YEARS[YEARS.index(y):]:
            out[yy] = d
    return out

# 取組 (practice items). end = 終了年度 (None = 継続); added = first year with a row (None = from R9).
# final = 総括シートの最終評価. note = 備考 per year (optional).
ITEMS = [
    dict(code="A-1-1", name="電子申請サービスの拡大", pol="1", dept=_d("デジタル推進課"), grades=_g("○◎◎◎"), end=None, final="◎"),
    dict(code="A-1-2", name="窓口キャッシュレス決済の導入", pol="1", dept=_d("市民課"), grades=_g("△○◎-"), end="R11", final="◎"),
    dict(code="A-2-1", name="RPA・AI-OCRの活用", pol="1", dept=_d("デジタル推進課"), grades=_g("×△○○"), end=None, final="○"),
    dict(code="A-2-2", name="オープンデータの公開", pol="1", dept=_d("企画課", R11="デジタル推進課"), grades=_g("○○△○"), end=None, final="○",
         note={"R11": "令和11年4月の組織改編により企画課から移管"}),
    dict(code="A-2-3", name="生成AIの試行導入", pol="1", dept=_d("デジタル推進課"), grades=_g("-△○◎"), end=None, final="○",
         note={"R10": "令和10年度新規"}),
    dict(code="B-1-1", name="公共施設の複合化", pol="2", dept=_d("施設マネジメント課"), grades=_g("△△×△"), end=None, final="×"),
    dict(code="B-1-2", name="市営住宅の集約", pol="2", dept=_d("住宅課"), grades=_g("○○○○"), end=None, final="○"),
    dict(code="B-2-1", name="指定管理者制度の見直し", pol="2", dept=_d("施設マネジメント課"), grades=_g("◎○--"), end="R10", final="○"),
    dict(code="B-2-2", name="未利用地の売却・貸付", pol="2", dept=_d("管財課"), grades=_g("×△△○"), end=None, final="△"),
    dict(code="C-1-1", name="市税収納率の向上", pol="3", dept=_d("収納課"), grades=_g("○○◎◎"), end=None, final="◎"),
    dict(code="C-1-2", name="使用料・手数料の適正化", pol="3", dept=_d("財政課"), grades=_g("△×△△"), end=None, final="△"),
    dict(code="C-2-1", name="ふるさと納税の推進", pol="3", dept=_d("企画課"), grades=_g("◎◎○◎"), end=None, final="◎"),
    dict(code="C-2-2", name="企業版ふるさと納税の活用", pol="3", dept=_d("企画課"), grades=_g("--△○"), end=None, final="△",
         note={"R11": "令和11年度新規"}),
    dict(code="C-2-3", name="広告事業の拡充", pol="3", dept=_d("財政課"), grades=_g("○△○-"), end="R11", final="○"),
    dict(code="D-1-1", name="人事評価制度の運用改善", pol="4", dept=_d("人事課"), grades=_g("○○○◎"), end=None, final="○"),
    dict(code="D-1-2", name="職員研修の体系化", pol="4", dept=_d("人事課"), grades=_g("△○○○"), end=None, final="○"),
    dict(code="D-1-3", name="職員提案制度の活性化", pol="4", dept=_d("行政改革推進室"), grades=_g("○△○○"), end=None, final="○"),
    dict(code="D-2-1", name="時間外勤務の縮減", pol="4", dept=_d("人事課"), grades=_g("××△△"), end=None, final="△"),
    dict(code="D-2-2", name="テレワークの推進", pol="4", dept=_d("人事課"), grades=_g("○◎--"), end="R10", final="◎"),
    dict(code="D-2-3", name="窓口業務の民間委託", pol="4", dept=_d("市民課"), grades=_g("△△○○"), end=None, final="○"),
]
for _it in ITEMS:
    _it.setdefault("note", {})
    _it["added"] = next(y for y in YEARS if _it["grades"][y]) if _it["grades"]["R9"] is None else None

# Committee (朝霧野市行政改革推進委員会), 令和12年度 opinion; grade scale S > A+ > A > B+ > B > C
CGRADES = ["S", "A+", "A", "B+", "B", "C"]
CRANK = {g: len(CGRADES) - i for i, g in enumerate(CGRADES)}
COMMITTEE = {
    "1": dict(grade="A", prev="B+", opinions=[
        "電子申請の対象拡大は着実に進んでおり、利用率の公表を今後も続けてほしい。",
        "生成AIの試行は、個人情報の取扱いルールを整えたうえで本格導入を判断すること。",
        "オープンデータは担当課の移管後に公開件数が伸び悩んでおり、進め方を再確認する必要がある。"]),
    "2": dict(grade="B", prev="B+", opinions=[
        "公共施設の複合化は地元への説明が遅れており、工程表を見直すべきである。",
        "未利用地の売却益を施設更新の財源に充てる考え方を市民に示してほしい。"]),
    "3": dict(grade="A+", prev="A", opinions=[
        "ふるさと納税は寄附額が大きく伸びたが、返礼品の地場産品比率に留意すること。",
        "使用料・手数料の見直しは、受益者負担の考え方を丁寧に説明すること。",
        "企業版ふるさと納税は、対象事業の魅力を高める工夫が求められる。"]),
    "4": dict(grade="B+", prev="C", opinions=[
        "時間外勤務は改善傾向にあるが、部署間の偏りがなお大きい。",
        "人事評価の結果を研修や人事配置に生かす仕組みを検討してほしい。"]),
}

# Joint projects (霞湖北部広域行政推進協議会), year columns 2027–2030: 実施 / 準備 / ―
REGION = "霞湖北部広域行政推進協議会"
MUNIS = ["朝霧野市", "湖東町", "北浦村", "西ノ沢市", "桜川町"]
JYEARS = [2027, 2028, 2029, 2030]
_ALL = MUNIS
JOINT = [
    dict(no="1", field="防災・消防", name="消防通信指令の共同運用", members=_ALL, lead="西ノ沢市", years=["実施", "実施", "実施", "実施"]),
    dict(no="2", field="防災・消防", name="災害備蓄品の共同調達", members=["朝霧野市", "湖東町", "桜川町"], lead="朝霧野市", years=["準備", "実施", "実施", "実施"]),
    dict(no="3", field="防災・消防", name="ハザードマップの共同作成", members=["湖東町", "北浦村"], lead="湖東町", years=["―", "準備", "実施", "―"]),
    dict(no="4", field="環境", name="ごみ処理施設の広域化", members=["朝霧野市", "湖東町", "北浦村", "西ノ沢市"], lead="朝霧野市", years=["準備", "準備", "準備", "実施"]),
    dict(no="5", field="環境", name="し尿処理の共同化", members=["北浦村", "桜川町"], lead="桜川町", years=["実施", "実施", "実施", "実施"]),
    dict(no="6", field="観光・産業", name="広域観光ルートの共同PR", members=["朝霧野市", "北浦村", "西ノ沢市", "桜川町"], lead="北浦村", years=["実施", "実施", "実施", "実施"]),
    dict(no="7", field="観光・産業", name="移住・定住フェアへの合同出展", members=["朝霧野市", "湖東町", "西ノ沢市"], lead="湖東町", years=["実施", "実施", "―", "―"]),
    dict(no="8", field="観光・産業", name="農産物ブランドの共同販売", members=["湖東町", "北浦村", "桜川町"], lead="桜川町", years=["―", "準備", "実施", "実施"]),
    dict(no="9", field="行政運営", name="基幹系システムの共同利用", members=["朝霧野市", "湖東町", "桜川町"], lead="朝霧野市", years=["―", "準備", "準備", "実施"]),
    dict(no="10", field="行政運営", name="職員の合同研修", members=_ALL, lead="西ノ沢市", years=["実施", "実施", "実施", "実施"]),
    dict(no="11", field="行政運営", name="電子入札システムの共同運用", members=["西ノ沢市", "桜川町"], lead="西ノ沢市", years=["準備", "実施", "実施", "実施"]),
    dict(no="12", field="福祉・子育て", name="病児保育施設の相互利用", members=["朝霧野市", "西ノ沢市"], lead="朝霧野市", years=["―", "―", "準備", "実施"]),
    dict(no="13", field="福祉・子育て", name="図書館の相互貸出", members=["朝霧野市", "湖東町", "北浦村", "西ノ沢市"], lead="北浦村", years=["実施", "実施", "実施", "実施"]),
]

# Case studies (docx), one table per case
CASES = [
    dict(no=1, org="若葉台市", pref="埼玉県", pop=84200, start="令和5年4月", field="窓口改革", title="書かない窓口の全庁展開",
         content="転入・転出などの手続で、職員が聞き取りながら申請書を作成し、住民は内容の確認と署名だけで済むようにした。",
         effect="窓口の平均待ち時間が20分から8分に短縮し、申請書の記入支援に要する時間を年間約1,500時間削減した。"),
    dict(no=2, org="水城町", pref="茨城県", pop=12650, start="令和4年10月", field="デジタル化", title="AIチャットボットによる問い合わせ対応",
         content="ごみの出し方や各種証明書の取り方など、よくある問い合わせに24時間自動で回答する仕組みを導入した。",
         effect="役場への問い合わせ電話が年間約3,200件減少した。"),
    dict(no=3, org="鳴海原市", pref="愛知県", pop=156300, start="令和3年4月", field="公共施設", title="学校プールの集約と民間施設の活用",
         content="市内小中学校のプールを段階的に廃止し、水泳授業を民間スポーツクラブの屋内プールで行うこととした。",
         effect="プールの維持管理費を年間約4,100万円削減し、天候による授業の中止がなくなった。"),
    dict(no=4, org="山辺里村", pref="奈良県", pop=5480, start="令和6年4月", field="人材育成", title="副業人材の登用",
         content="都市部の企業に勤める副業人材を地域活性化アドバイザーとして任用し、観光振興と広報の改善に参画させた。",
         effect="村の観光サイトの閲覧数が前年比2.1倍となり、外部委託費を年間約260万円抑制した。"),
    dict(no=5, org="白鷺野市", pref="兵庫県", pop=62900, start="令和5年7月", field="財源確保", title="ネーミングライツの対象拡大",
         content="体育館・文化ホールに加え、公園・歩道橋・公衆トイレまでネーミングライツ・パートナーの募集対象を広げた。",
         effect="年間約2,300万円の新たな収入を確保した。"),
    dict(no=6, org="高森浜市", pref="高知県", pop=31700, start="令和4年4月", field="デジタル化", title="電子契約の導入",
         content="工事・委託契約に電子契約サービスを導入し、押印と契約書の郵送を不要にした。",
         effect="印紙代を年間約520万円削減し、契約事務を年間約800時間削減した。"),
]
CASE_AS_OF = "令和12年4月1日"

# Newsletter 行革通信 (txt)
NEWS = [
    dict(no=41, issued="令和10年5月15日", items=[
        ("令和10年4月1日", "電子申請の対象手続を148手続に拡大しました。子育て・介護の手続が新たに加わっています。"),
        ("令和10年4月20日", "テレワーク用のモバイル端末を120台追加で配備しました。"),
        ("令和10年5月9日", "令和10年度第1回行政改革推進委員会を開催しました（委員8名出席）。")]),
    dict(no=42, issued="令和10年11月14日", items=[
        ("令和10年10月1日", "本庁舎のすべての窓口でキャッシュレス決済が使えるようになりました。"),
        ("令和10年10月25日", "職員提案制度に23件の提案があり、審査の結果5件を採用しました。")]),
    dict(no=43, issued="令和11年5月20日", items=[
        ("令和11年4月1日", "生成AIの試行利用を全庁（38課）に拡大しました。"),
        ("令和11年4月1日", "組織改編により、オープンデータの担当が企画課からデジタル推進課に移りました。"),
        ("令和11年5月12日", "未利用地3か所の売却先が決まりました。売却額は合計8,640万円です。")]),
    dict(no=44, issued="令和11年12月10日", items=[
        ("令和11年11月5日", "ふるさと納税の寄附額が上半期で3億2,100万円となり、前年同期を上回りました。"),
        ("令和11年11月28日", "行政改革市民説明会を開催し、市民62名の参加がありました。")]),
]
