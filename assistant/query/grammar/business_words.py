"""Business words of an office manager (ビジネス語): オーナー for the department in charge, クローズ for the end of the
item (取組終了), ランク / ステータス for its grade, ランクアップ for a grade gone up, キープ for 維持, 「4期連続」 for every
year of a span, FY2020 for the fiscal year, 「22年度（R4）」 for a year glossed in the other era. Each is rewritten to
the word the grammar's rules read; they run first of the phrasings (grammar/phrasings.py), so that every later
phrasing sees the plain word."""
from __future__ import annotations

# A fiscal year as a phrasing sees it (as grammar/formal_wordings.py reads it).
_YEAR = r"(?:(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?|(?:19|20)\d{2}\s*年度)"


def _fiscal_of(text: str) -> int | None:
    from assistant.text.wareki import find_years

    years = [y.fiscal_year for y in find_years(text)]
    return years[0] if len(years) == 1 else None


def _short_western_glossed(m) -> str:
    """「22年度（R4）」「R4（22年度）」: a western year said with two digits, glossed by (or glossing) an era year:
    the era year, when both are the one year (two years that differ are no gloss: left as said)."""
    short = int(m.group("short") or m.group("short2"))
    era = m.group("era") or m.group("era2")
    if _fiscal_of(era) != 2000 + short:
        return m.group(0)
    return era


def _same_bound_glossed(m) -> str:
    """「R3までに（R3以前に）」: the bound said again in brackets; two different years are left as said."""
    if _fiscal_of(m.group("year")) != _fiscal_of(m.group("again")):
        return m.group(0)
    return m.group("year") + m.group("bound")


_GONE = {"した": "った", "している": "っている", "してる": "っている", "する": "る", "しました": "りました",
         "しています": "っています", "し": "り"}


def business_phrasings():
    """The business-word phrasings, first of the phrasings (before courtesy: a rewrite here brings the plain words
    every later phrasing reads)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「外部評価が4.0以上」「外部委員の点数」: another city's words for the committee's score of a plan's groups
        # (外部評価 of outside members); not the body's name (外部評価委員会), a word of its own, nor 「外部評価の平均点」
        # (a committee paper's own 平均点 column, made94).
        # (not 「外部評価で廃止と判定された」「藤沢市の外部評価、…」: there the committee's review itself, the document
        # and its judgements, is where the rows are; no score asked)
        Phrasing("committee_score_said_external", r"外部(?:評価(?:の点数|点)?|委員の(?:点数|評価点?|得点))(?![一-龥ァ-ヶー])"
                 r"(?!\s*(?:で|では|において|における|により|によって|、|,))(?!\s*の\s*平均点)",
                 "委員評価",
                 examples=(("外部評価の点数が4.0以上", "委員評価が4.0以上"), ("外部委員の点数が一番低かった施策", "委員評価が一番低かった施策"),
                           ("外部評価の最高点", "委員評価の最高点"))),
        # 「2023年度の年次評価でC」「年次評価で一度もAを取れなかった」: another city's word for the yearly grades.
        Phrasing("yearly_grade_said_nenji", r"年次(?:の)?評価(?![一-龥ァ-ヶー])", "評価",
                 examples=(("2023年度の年次評価でCがついた", "2023年度の評価でCがついた"),
                           ("年次評価で一度もAを取れなかった", "評価で一度もAを取れなかった"))),
        # 「それの所管課は？」: another city's word for the section in charge, read as 担当課 is (the program sheet's
        # 担当課名, the items' 担当部署); not where it is declined (「所管課は結構です」, read as said).
        Phrasing("section_said_shokan", r"(?<![一-龥ァ-ヶー])所管課(?![一-龥ァ-ヶー])(?!\s*(?:は|も)\s*(?:結構|不要|いら|要ら|なし|省略))", "担当課",
                 examples=(("それの所管課は？", "それの担当課は？"), ("所管課に行政監理室が入っている", "担当課に行政監理室が入っている"))),
        # 「…部はどこですか？括弧の略称で答えてください」: the form of the bureau asked (its mark, as the departments are
        # written with it), no words to seek.
        Phrasing("bureau_answered_by_mark",
                 r"(?<=[?？。])\s*(?:括弧|かっこ|カッコ)?(?:の|書きの)?(?:略称|略号|略記)で(?:答えて|教えて|お願い)(?:ください|下さい|ほしい|欲しい|もらえますか|します)?\s*[。.!！]?\s*$",
                 "",
                 examples=(("一番多くの実践項目を抱えている部はどこですか？括弧の略称で答えてください", "一番多くの実践項目を抱えている部はどこですか？"),)),
        # 「所管課の頭についてる（総）とか（政）みたいな部の略称、実践項目全体で何種類」: the bureau marks the
        # departments are written with (marks given as examples), counted over the records: 部局の略号.
        Phrasing("bureau_marks_said_at_the_head",
                 r"(?:(?:担当部署|担当課|部署|課名?)の(?:頭|先頭|前)に\s*(?:ついて(?:い)?る|付いて(?:い)?る|つ(?:く|いた)|付(?:く|いた))\s*)?"
                 r"(?:[(（][一-龥][)）]\s*(?:や|と|とか|、|,|・)?\s*)+(?:など)?\s*(?:みたいな|のような|といった)\s*"
                 r"(?:部局|部)の\s*(?:略称|略号|略記)\s*[、,]\s*({KINDS})(?:全体|全部)?(?:で|の中で|では)\s*何種類",
                 r"\1全体で部局の略号は何種類",
                 examples=(("担当課の頭についてる（総）とか（政）みたいな部の略称、実践項目全体で何種類出てきますか",
                            "実践項目全体で部局の略号は何種類出てきますか"),)),
        # 「FY2020」「FY22」: a fiscal year said in English; two digits are of this century.
        Phrasing("fiscal_year_fy_first", r"(?<![A-Za-z])(?:FY|fy|Fy)\s*((?:19|20)\d{2}|\d{2})(?!\d)(?:\s*年度)?",
                 lambda m: (m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)) + "年度",
                 examples=(("FY2020（R2）でCランク", "2020年度（R2）でCランク"), ("FY22の評価", "2022年度の評価"))),
        # 「22年度（R4）」「R4（22年度）」: a two-digit western year glossed by the era year (or the other way).
        Phrasing("short_western_year_glossed",
                 r"(?<![\d.A-Za-z])(?P<short>\d{2})\s*年度\s*[(（]\s*(?P<era>(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度)?)\s*[)）]"
                 r"|(?P<era2>(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度)?)\s*[(（]\s*(?P<short2>\d{2})\s*年度\s*[)）]",
                 _short_western_glossed,
                 examples=(("22年度（R4）でクローズした", "R4でクローズした"), ("R3（21年度）にA", "R3にA"))),
        # 「R3までに（R3以前に）」: the same bound said again in brackets.
        Phrasing("same_bound_glossed",
                 rf"(?P<year>{_YEAR})\s*(?P<bound>までに|まで|以前に|以前)\s*[(（]\s*(?P<again>{_YEAR})\s*(?:までに|まで|以前に|以前|より前)\s*[)）]",
                 _same_bound_glossed,
                 examples=(("R3までに（R3以前に）クローズした", "R3までにクローズした"),)),
        # 「R6までクローズしなかった（取組終了R6）」: the end year glossed in the table's own words is the condition.
        Phrasing("end_year_glossed",
                 rf"{_YEAR}\s*まで\s*(?:クローズ|終了|完了)\s*(?:しなかった|しない|せず|していない|してない)(?:もの)?\s*"
                 rf"[(（]\s*取組終了\s*(?:が|は|=|＝)?\s*({_YEAR})\s*[)）]",
                 r"取組終了が\1",
                 examples=(("R6までクローズしなかった（取組終了R6）のは", "取組終了がR6のは"),)),
        # 「クローズした」「クローズ済み」: the item closed is the item ended (取組終了).
        Phrasing("close_as_end", r"(?<![ァ-ヶー])クローズ(?![ァ-ヶー])", "取組終了",
                 examples=(("R5でクローズした実践項目", "R5で取組終了した実践項目"),
                           ("まだクローズしていない", "まだ取組終了していない"))),
        # 「オーナーが(総)の課」「複数のオーナー」: the owner of an item is the department in charge.
        Phrasing("owner_as_department", r"(?<![ァ-ヶー])(?:オーナー|オーナ)(?:部署|課)?(?![ァ-ヶー])", "担当部署",
                 examples=(("オーナーに(総)の課が入っていない", "担当部署に(総)の課が入っていない"),
                           ("そのオーナーはどこ？", "その担当部署はどこ？"))),
        # 「複数の担当部署（担当部署が2つ以上）がついている」: several departments is two or more.
        Phrasing("several_departments",
                 r"複数の\s*(担当部署|担当課|部署)\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:が|の)\s*"
                 r"(?:ついて|付いて|入って|関わって|かかわって|あ)(?:い)?る",
                 r"\1が2つ以上の",
                 examples=(("複数の担当部署（担当部署が2つ以上）がついている実践項目", "担当部署が2つ以上の実践項目"),
                           ("複数の部署が入っている項目", "部署が2つ以上の項目"))),
        # 「担当部署は問わない」「条件：」: what says no condition.
        Phrasing("field_not_asked", r"[、,。]?\s*(?:担当部署|担当課|部署)\s*(?:は|も)\s*(?:問わない|問いません|不問|関係なし|関係ない|なんでもいい|何でもいい)\s*(?=[。、,]|$)",
                 "",
                 examples=(("R4でA、取組終了がR6。担当部署は問わない。件数だけ。", "R4でA、取組終了がR6。件数だけ。"),)),
        Phrasing("conditions_heading", r"^\s*条件\s*[:：]\s*", "",
                 examples=(("条件：R4でA、取組終了がR6。", "R4でA、取組終了がR6。"),)),
        # 「ステータスが改善（ランクアップ）した」「ランクアップした」: the grade gone up (ランクダウン: down).
        Phrasing("rank_up_glossed", r"(?:ステータス|ランク|評価)\s*が\s*(?:改善|向上|上昇)\s*[(（]\s*(ランクアップ|ランクダウン)\s*[)）]",
                 r"\1",
                 examples=(("ステータスが改善（ランクアップ）した", "ランクアップした"),)),
        Phrasing("rank_up",
                 r"(?:(?:ステータス|ランク|評価)\s*(?:が|を)\s*)?(ランク|グレード)(アップ|ダウン)\s*(しました|しています|している|してる|した|する|し)",
                 lambda m: "評価が" + ("上が" if m.group(2) == "アップ" else "下が") + _GONE[m.group(3)],
                 examples=(("R4→R5でランクアップした実践項目", "R4→R5で評価が上がった実践項目"),
                           ("ランクダウンしている項目", "評価が下がっている項目"))),
        # 「R4のステータスがB」「ステータスAをキープ」「ステータスが下がった」: the status of an item is its grade (評価);
        # a status said of no grade (「ステータスは？」) is left as said.
        Phrasing("status_as_grade",
                 r"(?<![ァ-ヶー])(?:ステータス|(?<!評価)(?<!判定)ランク)(?![ァ-ヶー])(?=\s*(?:が|は|の|も)?\s*[A-DＡ-Ｄ](?![A-Za-z])|\s*(?:が|は)\s*(?:上が|下が|改善|悪化|向上|低下))",
                 "評価",
                 examples=(("R4のステータスがBの実践項目", "R4の評価がBの実践項目"),
                           ("ずっとステータスAをキープした", "ずっと評価Aをキープした"),
                           ("R4からR5でステータスが下がった", "R4からR5で評価が下がった"),
                           ("ずっとランクAを維持", "ずっと評価Aを維持"))),
        # 「A評価をキープした」: kept is 維持.
        Phrasing("keep_as_maintain", r"(?<![ァ-ヶー])キープ(?![ァ-ヶー])", "維持",
                 examples=(("A評価をキープした", "A評価を維持した"),)),
        # 「R2〜R5の4期連続でA」: periods of a business are fiscal years; 「N年連続」 is the grammar's own (grades.py).
        Phrasing("periods_in_a_row", r"(?<![\d.])(\d{1,2})\s*期\s*連続", r"\1年連続",
                 examples=(("R2〜R5の4期連続でA評価を維持した", "R2〜R5の4年連続でA評価を維持した"),)),
        # 「R5単年はB」: the one year said as 単年 is the year.
        Phrasing("single_year", rf"({_YEAR})\s*単年(?:度)?(?:の評価)?", r"\1",
                 examples=(("総合評価はAなのに、R5単年はBだった", "総合評価はAなのに、R5はBだった"),)),
        # 「エビデンスとして番号で」: the sources are shown with every answer; evidence asks nothing more.
        Phrasing("evidence_asked", r"[、,。]?\s*エビデンス(?:として|付きで|つきで|も)?\s*(?:番号で|Noで)?\s*[。.]?\s*$", "",
                 examples=(("A評価を維持した実践項目は？エビデンスとして番号で。", "A評価を維持した実践項目は？"),)),
        # 「…をフィルタして」: a list asked for, as 出して asks it.
        Phrasing("filter_asked", r"(?:を|で)?\s*(?:フィルタ|フィルター)(?:リング)?\s*(?:して|をかけて|かけて)", "を出して",
                 examples=(("B評価の実践項目をフィルタして。", "B評価の実践項目を出して。"),)),
        # 「既存項目（1〜70）」: the items there from the start (not added), their numbers glossed.
        Phrasing("existing_items", r"既存(?:の)?(?:項目|もの)\s*(?:[(（]\s*(?:No\.?)?\d{1,3}\s*[〜~～\-－]\s*\d{1,3}\s*[)）])?",
                 "既存の項目",
                 examples=(("一度もAを取れなかった既存項目（1〜70）のうち", "一度もAを取れなかった既存の項目のうち"),)),
        # 「効率性と創造性の両方が3」: both of two scores said is どちらも (a score or a grade after it: 「民間委託と検討の両方が
        # 入っている」 is two words of a title, read by its own rule).
        Phrasing("both_of_two", r"(?<=[一-龥ァ-ヶー])\s*の\s*(?:両方|両方とも|双方)\s*が(?=\s*(?:\d|[A-DＡ-Ｄ](?![A-Za-z])))", "がどちらも",
                 examples=(("効率性と創造性の両方が3の実践項目", "効率性と創造性がどちらも3の実践項目"),)),
    )
