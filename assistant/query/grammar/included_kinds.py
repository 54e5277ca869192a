"""Words of a list of cases (入札結果一覧): 「随契も含めて」「随意契約の分も入れて」「随契の相手も含めて」, a kind of
record said to be counted too, adds no condition (the whole is asked; 「随契を除いて」「随契だけ」 restrict, and are read
by the values' rules); 「案件数」 is the count of the rows. Last of the phrasings, so that every remark of this shape
read otherwise (a year as a bound, 「R4も含めて」; items shared with another department, 「共同担当も含めて」) is read
first; a state said so (「継続中のものも含めて」) is the rule's of that state (grammar/ends.py)."""
from __future__ import annotations


def included_kind_phrasings():
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「採択された提案（条件付含む）」: the value said, and the value it names with the bracketed word before it
        # (条件付採択), either of the two; a table printing no such value leaves the second word unread (partial). Before
        # kind_also_included, which would drop 「（条件付も含む）」 as a kind merely counted too. A plan or estimate
        # bracketed (「運営開始（予定も含む）」) is no kind of the value: a planned start counts too (kind_also_included).
        Phrasing("qualified_value_included",
                 r"(?<![一-龥])([一-龥]{2,4})((?:された|になった|となった|の)?[一-龥ァ-ヶー]{0,6}?)\s*[(（]\s*"
                 r"(?!予定|見込)([一-龥ァ-ヶー]{1,6}?)(?:の(?:もの|分))?\s*(?:も|を)?\s*(?:含む|含め|含めて|込み)\s*[)）]",
                 r"\1または\3\1\2", tables_only=True,
                 examples=(("採択された提案（条件付含む）の中で合計点が一番低いのは？",
                            "採択または条件付採択された提案の中で合計点が一番低いのは？"),
                           ("合格となった受験者（補欠も含む）は何人", "合格または補欠合格となった受験者は何人"))),
        Phrasing("kind_also_included",
                 # (「協働テーマも含むもの」「ライドシェアも含めた移動手段」: 含む・含めた modifying a noun say which
                 # rows (a condition), never a kind counted too; only the adverbial 含めて, 入れて, or 含む・含めた
                 # ending the remark add none)
                 # (a state, 継続中・終了済・完了, and a share, 共同担当・共管, are other rules' words; so is a value joined
                 # with another, 「RPAとの併用も含めて」: tables/combined_values.py)
                 r"(?<![一-龥ァ-ヶーA-Za-z])(?<!との)(?<!と)[一-龥ァ-ヶー]{2,10}(?<![中済了])(?<!年度)(?<!担当)(?<!共管)"
                 r"(?:の(?:分|もの|案件|相手|業者|契約))?\s*も\s*(?:含めて|入れて|込みで|こみで|(?:含めた|含む)(?![一-龥ァ-ヶーA-Za-z]|もの|の))"
                 r"(?:ください|です)?\s*[、,]?",
                 "", tables=True,
                 examples=(("随契も含めて、一番たくさん案件を取ってる業者はどこ？", "一番たくさん案件を取ってる業者はどこ？"),
                           ("工事の落札金額、随契の分も入れて全部足すといくら？", "工事の落札金額、全部足すといくら？"),
                           ("物品の平均落札率は？随意契約も含めて", "物品の平均落札率は？"))),
        # 「案件数が一番多い担当課」: the number of 案件 (the rows, whatever a table calls them) is their count, 件数
        Phrasing("cases_counted", r"(?<![一-龥ァ-ヶー])案件(?:の)?数", "件数", tables_only=True,
                 examples=(("入札結果一覧で案件数が一番多い担当課は？", "入札結果一覧で件数が一番多い担当課は？"),)),
    )
