"""What the asker says about their own work or how to read the documents (「一般質問の準備をしております。」,
「年度の区切りに注意して調べてください」, 「表記どおりに」): it tells why or how carefully they ask, never what
is asked, so it is rewritten away before anything is read as a keyword or a condition."""
from __future__ import annotations

# What the asker prepares or does: a 一般質問, a report, a briefing … (the noun before 準備 is theirs).
_PREPARING = (
    # (only the asker's own work is named: 「令和4年度の評価を調査しています。」 says what is asked, and is kept)
    r"[^。？?!！「」\d]{0,12}?(?:一般質問|代表質問|質問|答弁|議会|委員会|説明|報告書?|資料|原稿|レポート)(?:の|に向けた|のための)?"
    r"(?:準備|用意|下調べ|資料作り|資料作成|作成|調査)"
    r"(?:を)?(?:して|させて|いたして|致して)?(?:おります|おりまして|います|いまして|中です|中でして|しています)"
)
# 「年度の区切りに注意して」「会計年度に気をつけて」「表記どおりに」「資料の表記のまま」: how to read, not what to read.
_CARE = (
    r"(?:年度の(?:区切り|境目|切れ目|変わり目)|会計年度|年度区分)(?:に|には)(?:注意|留意|気をつけ|気を付け)(?:して|しつつ|のうえ|の上)"
    r"(?:調べて|確認して|数えて|お調べ)?(?:ください|下さい|くださいますか|いただけますか|もらえますか)?"
)
_AS_PRINTED = r"(?:資料の)?(?:表記|記載|表示)(?:どおり|通り|のとおり|の通り|のまま)(?:に|で)?"


# 「いちばん多く実践項目を担当している課はどこ」: the department of the largest group, not of one record.
_MOST = r"いちばん|一番|最も|もっとも|最多|多く|少な"


def _department_of_named(m) -> str:
    """「…の担当部署は」, unless the question asks for the department holding the most (or fewest) records."""
    from assistant.query.compiled import compiled

    return m.group(0) if compiled(_MOST).search(m.string[:m.start()]) else "の担当部署は"


# 「計画当初からある実践項目(No.1〜70)」: the range restates the items the plan began with (numbers_glossed
# drops it there), and the words before the kind stay beside it.
_FROM_THE_START = r"当初|最初|はじめ|初め|元々|もともと|既存"


def _range_glossed(m) -> str:
    from assistant.query.compiled import compiled

    if compiled(_FROM_THE_START).search(m.string[:m.start()]):
        return m.group(0)
    return f"{m.group(2)}の{m.group(1)}"


def asker_context_phrasings():
    """The asker's own context and reading instructions, run right after the courtesy phrasings."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("asker_preparing", rf"^\s*(?:{_PREPARING})\s*[。、,．]\s*(?=\S)", "",
                 examples=(("一般質問の準備をしております。実践項目のうちR2がAのものは?", "実践項目のうちR2がAのものは?"),
                           ("議会答弁の資料作成をしています。委員評価の平均は?", "委員評価の平均は?"),
                           ("委員会での説明の準備中です。R4に終了した実践項目は?", "R4に終了した実践項目は?"))),
        # 「新人クイズ：…」「確認問題：…」: what the question is for, said as its heading (asks nothing itself).
        Phrasing("quiz_heading", r"^\s*[^。？?!！：:、,\d]{0,8}?(?:クイズ|問題|テスト)\s*[：:]\s*(?=\S)", "",
                 examples=(("新人クイズ：R2はC評価の実践項目は？", "R2はC評価の実践項目は？"),
                           ("確認問題: 委員評価の平均は?", "委員評価の平均は?"))),
        Phrasing("care_with_years", rf"[。、,]?\s*(?:{_CARE})\s*[。．]?\s*$", "", keep_whole=True,
                 examples=(("R5に取組終了となった実践項目は?年度の区切りに注意して調べてください。",
                            "R5に取組終了となった実践項目は?"),
                           ("令和6年3月に終わった項目を、会計年度に注意して", "令和6年3月に終わった項目を"))),
        Phrasing("care_with_years_inline", rf"(?:{_CARE})[、,]?\s*", "",
                 examples=(("年度の区切りに注意して、令和6年3月に終わった項目は?", "令和6年3月に終わった項目は?"),)),
        Phrasing("as_printed", rf"[、,]\s*{_AS_PRINTED}(?=\s*(?:教えて|示して|答えて|お願い|挙げて|ください))|{_AS_PRINTED}(?=\s*(?:教えて|示して|答えて|挙げて))",
                 "", examples=(("担当している部署を、表記どおりに教えてください。", "担当している部署を教えてください。"),
                               ("担当課を記載のとおり答えて", "担当課を答えて"))),
        # 「（2つとも答えて）」「（全部挙げて）」: how many to name, said aside; the answer names every record found anyway.
        Phrasing("name_them_all_aside", r"\s*[（(]\s*(?:\d+\s*(?:つ|個|件|か所|箇所)\s*(?:とも|全部|すべて|全て)?|両方(?:とも)?|全部|すべて|全て)\s*"
                 r"(?:答えて|挙げて|教えて|示して)(?:ください|下さい|ね)?\s*[)）]",
                 "", examples=(("紹介されている自治体は？（2つとも答えて）", "紹介されている自治体は？"),
                               ("該当する事業は（全部挙げてください）", "該当する事業は"))),
        # 「部会は何種類ありますか（部会名が書いていない事業は数えないでください）」: kinds counted are the names
        # written, a blank is no kind: what the count does anyway, said for care.
        Phrasing("kinds_leave_blanks_aside", r"(何種類[^（(。]{0,10}?)\s*[（(][^（）()]{1,14}?(?:が|の)(?:書いていない|書かれていない|記載(?:されて)?いない|"
                 r"記載のない|書いてない|空欄の|空欄になっている|空いている|ない)(?:事業|もの|項目|行|欄)?(?:は|を)\s*"
                 r"(?:数えないで|数えず(?:に)?|除いて|除外して|含めないで|入れないで|カウントしないで)(?:ください|下さい)?\s*[)）]",
                 r"\1", examples=(("部会は何種類ありますか（部会名が書いていない事業は数えないでください）", "部会は何種類ありますか"),
                                   ("担当課は何種類？（担当課が空欄のものは除いて）", "担当課は何種類？"))),
        # 「…ですか？ハイフンはもう終わってて評価なしって意味かなと思ってます。」: what the asker guesses a mark or
        # word means, said after the question. A guess is no condition (the question already says what it asks).
        Phrasing("asker_guess_after_question",
                 r"(?<=[？?。])\s*[^。？?！!]{1,60}?(?:って|という|と|の)?\s*(?:意味|こと)\s*"
                 r"(?:か(?:な|も|もしれない)|だろう|なのかな|じゃないか)\s*(?:と|って)?\s*"
                 r"(?:思って(?:い)?ます|思います|思う(?:んです(?:が|けど)?)?|思ってる(?:んです(?:が|けど)?)?|思ってるけど)\s*[。．]?\s*$",
                 "", examples=(("R5が-の実践項目は何個ありますか？ハイフンはもう終わってて評価なしって意味かなと思ってます。",
                                "R5が-の実践項目は何個ありますか？"),
                               ("(水)って付いてる実践項目は？(水)は水道の部のことかなと思ってます。", "(水)って付いてる実践項目は？"))),
        # 「取組項目（大きいくくりのほう）」: the kind glossed in brackets by which level of grouping it is (大きい/小さい
        # くくり) says which kind, already named, and nothing of the records.
        Phrasing("kind_glossed_as_grouping",
                 r"({KINDS})\s*[（(]\s*(?:(?:大きい|大きな|上の|上位の|親の|小さい|小さな|下の|下位の|細かい)\s*(?:ほうの|方の)?)?\s*"
                 r"(?:くくり|括り|グループ|まとまり|分類|単位)\s*(?:の)?\s*(?:ほう|方)?\s*[）)]",
                 r"\1", examples=(("実践項目の数が一番多い取組項目（大きいくくりのほう）ってどれですか？",
                                   "実践項目の数が一番多い取組項目ってどれですか？"),)),
        # 「同点があればすべて」「同率の場合は全部挙げて」: the engine names every tie of a highest or lowest anyway.
        Phrasing("ties_all_if_any", r"[。、,]?\s*(?:同点|同率|同じ点数?|同値|同順位?)(?:が|の(?:もの|場合)が?)?(?:あれば|ある場合は?|なら|の場合は?)[、,]?\s*"
                 r"(?:すべて|全て|全部|いずれも|両方)(?:挙げて|教えて|答えて|示して)?(?:ください|下さい)?\s*[。．]?",
                 "", examples=(("最も高かった取組項目はどれですか。同点があればすべて。", "最も高かった取組項目はどれですか"),
                               ("最も低いものを、同点の場合は全部挙げてください", "最も低いものを"))),
        # 「単純平均すると」「算術平均で」: how to average, and the plain mean is the one the engine takes.
        Phrasing("plain_mean", r"(?:単純|算術|相加)(?=平均)", "",
                 examples=(("委員評価を単純平均すると何点", "委員評価を平均すると何点"),)),
        # 「今回の見直しで廃止になる事業」: the occasion the documents at hand are of, said as the present one at the
        # question's head; it scopes the question to what the asker is reading, no edition or word of the records
        # (「今回の職員意識調査の回答率」, the thing itself asked, stays as said).
        Phrasing("this_occasion", r"^\s*(?:今回|このたび|この度)の(?=[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,9}?(?:で|では|によって|により)[、,]?)", "",
                 examples=(("今回の見直しで廃止になる事業を全部教えて", "見直しで廃止になる事業を全部教えて"),
                           ("このたびの評価では、Aの事業は？", "評価では、Aの事業は？"))),
        # 「進捗度の自己評価が1点」: a score of the self-evaluation named with it (the score is the
        # self-evaluation's part; 自己評価 alone is the overall grade, and is not asked here).
        Phrasing("score_of_self_evaluation", r"({SCORES})(?:の|についての)(?:自己評価|自己採点|評価)(?:の(?:点数|点|値))?(?=\s*(?:が|は|で)\s*\d)", r"\1",
                 # (「R3の進捗度の自己評価は？」 asks one year's score, and is read as it is)
                 examples=(("進捗度の自己評価が1点", "進捗度が1点"), ("効率性の評価は2点以上", "効率性は2点以上"))),
        # 「1点しかなかった」「Aしか取れなかった」: only that figure, said with a negated verb (it is no negation).
        Phrasing("only_so_much", r"(\d+(?:\.\d+)?点|[A-DＡ-Ｄ](?:評価)?)しか(?:なかった|ない|つかなかった|付かなかった|取れなかった|とれなかった)",
                 r"\1だった", examples=(("進捗度が1点しかなかったもの", "進捗度が1点だったもの"),)),
        # 「小数第2位まで（第3位を四捨五入）」: the place rounded off, said beside the place kept, is the same
        # rounding as 「小数第2位まで四捨五入」.
        Phrasing("rounded_place_said", r"(位まで)(?:で)?\s*[（(]\s*(?:小数)?(?:点)?(?:以下)?第?\s*[2-4二三四]\s*位を?\s*(四捨五入|切り捨て|切捨て|切り上げ|切上げ)(?:して|する)?\s*[）)]",
                 r"\1\2", examples=(("小数第2位まで（第3位を四捨五入）でお願いします", "小数第2位まで四捨五入でお願いします"),)),
        # 「R6以外（継続中で空欄のものも含む）」: what 以外 takes in anyway (a blank is not R6), said for care.
        # (「2022年度以外のもの（継続中を含む）」: the aside after the records said)
        Phrasing("besides_includes", r"(以外)((?:の|で)(?:もの|項目|実践項目)?)?\s*[（(][^（）()]{0,24}?(?:も|を)(?:含む|含める|含めて|含みます)[）)]", r"\1\2",
                 examples=(("取組終了がR6以外（継続中で空欄のものも含む）になっているのは", "取組終了がR6以外になっているのは"),
                           ("取組終了が2022年度以外のもの（継続中を含む）を示されたい", "取組終了が2022年度以外のものを示されたい"))),
        # 「…を、ほかのものも含めて全部」: every record asked, the one spoken of before among them.
        Phrasing("others_too", r"[、,]?\s*(?:ほか|他|その他|そのほか)の(?:もの|項目|実践項目|取組項目|事業)?も(?:含めて|含めた|合わせて|あわせて)[、,]?\s*",
                 "", examples=(("その課が担当している実践項目を、ほかのものも含めて全部教えて", "その課が担当している実践項目を全部教えて"),)),
        # 「Xが担当、または他課と共同で担当している」: alone or shared, X is among the departments, which is
        # what 「Xが担当している」 reads (「単独で」 is what leaves the shared ones out).
        Phrasing("alone_or_shared", r"が(?:単独で)?担当(?:し|する|しているか)?[、,]?\s*(?:または|もしくは|あるいは|か|ないし)[、,]?\s*"
                 r"(?:他課|他の課|ほかの課|他部署|他の部署|ほかの部署|他の部局)と(?:共同|一緒|合同|共管)で?担当(している|してる|する|した)",
                 r"が担当\1", examples=(("行政監理室が担当、または他課と共同で担当している実践項目", "行政監理室が担当している実践項目"),)),
        # 「総務課の提案…グループ提案も入れて」「共同提案も含めて」: a group's entry, its cell listing several 課
        # (総務課・企画財政課), is each of theirs as a department's entries always are (the cell's parts): said for care.
        Phrasing("group_entries_too", r"[、,。]?\s*(?:グループ|ぐるーぷ|共同|合同|連名)(?:で)?(?:の)?(?:提案|申請|応募|もの|分|やつ)\s*(?:も)\s*"
                 r"(?:入れて|いれて|含めて|含む|含めた|込みで|数えて)(?:ください|下さい|ね)?",
                 "", aside=True, tables=True,
                 examples=(("総務課が関わってる提案って３年間で何件ある？グループ提案も入れて", "総務課が関わってる提案って３年間で何件ある？"),
                           ("福祉課の申請は何件？共同申請も含めて", "福祉課の申請は何件？"))),
        # 「共同提案（グループ提案）」「グループ申請（共同申請）」: the same entries said again in the other word for a group's,
        # in brackets: one of them is read.
        Phrasing("group_word_glossed", r"((?:共同|合同|連名|グループ)(?P<noun>[一-龥]{1,4}))\s*[（(]\s*(?:共同|合同|連名|グループ)(?P=noun)\s*[)）]",
                 r"\1", aside=True, tables=True,
                 examples=(("複数の課による共同提案（グループ提案）は全部で何件？", "複数の課による共同提案は全部で何件？"),
                           ("グループ申請（共同申請）はいくつ", "グループ申請はいくつ"))),
        # 「R3年度からR4年度にかけて」: from one year to the next, as 「R3からR4に」 says it.
        Phrasing("from_year_over_to", r"(から\s*(?:令和|平成|R|H)?\s*(?:\d{1,4}|元)\s*(?:年度)?)\s*にかけて[、,]?\s*", r"\1に",
                 examples=(("R3年度からR4年度にかけて、年度評価が下がった", "R3年度からR4年度に年度評価が下がった"),)),
        # 「当初から番号が数字で振られている」: numbered from the start, i.e. not added later with a letter or mark.
        Phrasing("numbered_from_start", r"(?:当初|最初|はじめ|初め)?(?:から)?(?:の)?番号が(?:数字|算用数字)(?:だけ|のみ)?で(?:振られ|ふられ|付けられ|つけられ|付され)(?:ている|てる|た)",
                 "新規追加でない", examples=(("当初から番号が数字で振られている実践項目", "新規追加でない実践項目"),)),
        # 「実践項目（No.1〜70）について」: a range of numbers glossed in brackets beside the kind is a condition
        # (brackets are otherwise read as asides and dropped), as 「No.1〜70の実践項目」 says it.
        # (bare numbers, 「既存の実践項目(1〜70)」, are numbers_glossed's: said of the items the plan began with)
        Phrasing("numbers_glossed_as_range", r"({KINDS})\s*[（(]\s*((?:No\.?|NO\.?|№|番号)\s*\d+\s*[〜~～\-－]\s*(?:No\.?|NO\.?|№)?\s*\d+)\s*(?:番)?\s*[）)]",
                 _range_glossed, examples=(("実践項目（No.1〜70）について", "No.1〜70の実践項目について"),
                                           ("新規追加でない実践項目（No.1〜70）", "新規追加でないNo.1〜70の実践項目"))),
        # 「R5には最終的にA評価まで」: the year said is when; 最終的に only stresses it (no 総合評価 asked).
        Phrasing("finally_in_year", r"((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*(?:年度)?\s*(?:に|で|の時点で)(?:は)?)[、,]?\s*最終的に(?:は)?",
                 r"\1", examples=(("R5には最終的にA評価まで持ち直した", "R5にはA評価まで持ち直した"),)),
        # 「連携事業で、最も多くの事業を担当している部会」: the kind said first, then a plain word for its records.
        Phrasing("most_of_kind_said_before", r"({KINDS})(?:で|のうち|の中で|について)[、,]?\s*((?:いちばん|一番|最も)多く(?:の)?)(?:事業|項目|取組|取り組み|もの)を",
                 r"\2\1を", examples=(("連携事業で、最も多くの事業を担当している部会", "最も多くの連携事業を担当している部会"),)),
        # 「Xを担当している部署を教えてください」「Xを担当しているのはどこの課」: the one record's 担当部署 asked,
        # as 「Xの担当部署は」 asks it (「実践項目を最も多く担当している部署」 is a group, and is not this).
        Phrasing("department_of_named",
                 r"を(?:担当|所管)(?:している|してる|する|されている)(?:部署|課|担当課|部局|担当部署)"
                 r"(?:を|は)(?=\s*(?:教えて|示して|答えて|挙げて|どこ|どちら)[^。？?]{0,12}[。？?]?\s*$)",
                 _department_of_named,
                 examples=(("証明発行手数料等のキャッシュレス化を担当している部署を教えてください。",
                            "証明発行手数料等のキャッシュレス化の担当部署は教えてください。"),
                           ("市税のキャッシュレス化を担当している課はどこですか", "市税のキャッシュレス化の担当部署はどこですか"))),
    )
