"""Courtesy around a question (greetings, the asker's self-introduction, honorific prefixes, keigo
question words): it says who asks and how politely, never what is asked, so it is rewritten away
before anything is read as a keyword or a condition (「人事課の者です」 names no 担当部署)."""
from __future__ import annotations

# Greetings and apologies said before (or after) a question, each a sentence of its own.
_GREETING = (
    r"(?:いつも|大変|たいへん)?(?:お|御)?世話に(?:なっております|なっています|なります|なりました)"
    r"|お疲れ(?:様|さま)です|おつかれ(?:様|さま)です|ご苦労(?:様|さま)です"
    r"|(?:お忙しい(?:ところ|中)|突然(?:のご連絡)?|夜分)(?:大変|たいへん)?(?:恐れ入ります|恐縮です|すみません|申し訳(?:ありません|ございません)|失礼(?:いた)?します)(?:が)?"
    r"|(?:大変|たいへん)?恐れ入ります(?:が)?|(?:大変|たいへん)?恐縮ですが|失礼いたします"
    # (a follow-up opened with thanks: 「ありがとうございます。そのうち…」)
    r"|(?:どうも|大変|たいへん)?(?:ありがとう|有難う|有り難う)(?:ございます|ございました)?|(?:承知|了解)(?:いた|致)?しました|かしこまりました"
)
# What closes a polite request and asks nothing more (「よろしくお願いいたします」).
_CLOSING = r"(?:何卒|なにとぞ|どうぞ)?(?:よろしく|宜しく)(?:お願い|御願い)(?:いた|致)?(?:します|申し上げます)"
# Honorific ご / 御 before a noun of the records (ご担当 is 担当); words that are one word with it
# (ご覧, ご存じ, ご教示 …: the request phrasings read those) keep it.
_HONORIFIC_NOUNS = (
    r"担当|所管|所属|記載|意見|提案|指摘|説明|報告|回答|紹介|評価|対応|判断|予定|計画|実施|検討|依頼|質問|利用|参加|協力|連絡|確認|"
    r"部署|担当部署|担当課"
)


def _plain_being(m) -> str:
    """でございます → です, でございました → でした, ございます → あります (ございません → ありません)."""
    if m.group(1):
        return {"す": "です", "した": "でした"}.get(m.group(2), "ではありません")
    return "ありま" + m.group(2)


def courtesy_phrasings():
    """The courtesy phrasings, first of the phrasings (grammar/phrasings.py runs them in order)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        Phrasing("greeting_opening", rf"^\s*(?:(?:{_GREETING})\s*[。、,．！!]\s*)+", "", keep_whole=True,
                 examples=(("お世話になっております。R4に終了した実践項目は?", "R4に終了した実践項目は?"),
                           ("お疲れ様です。お忙しいところ恐れ入りますが、委員評価の平均は?", "委員評価の平均は?"),
                           ("ありがとうございます。そのうちR3の評価がAだったものは?", "そのうちR3の評価がAだったものは?"))),
        # 「人事課の者です。」「人事課の山田と申します。」「研修を担当しております佐藤です。」: who asks, said before
        # the question; its department is the asker's, not a condition.
        Phrasing("self_introduction",
                 r"^\s*[^。？?!！]{1,30}?(?:の者(?:です|でございます)|と申します|(?:担当|所属|勤務)(?:して)?(?:おります|います)[^。？?、,]{1,12}?(?:です|でございます))"
                 r"(?:が)?\s*[。、,．]\s*(?=\S)", "",
                 examples=(("人事課の者です。令和3年度の評価がAの実践項目", "令和3年度の評価がAの実践項目"),
                           ("人事課の山田と申しますが、R4に終了した実践項目は?", "R4に終了した実践項目は?"),
                           ("人事課で研修を担当しております佐藤です。委員評価の平均は?", "委員評価の平均は?"))),
        # 「総務課の鈴木です。」: a department's member by name, said before the question (the department is
        # the asker's; a sentence with a particle in it, 「評価がAの実践項目です」, is no introduction).
        Phrasing("member_by_name",
                 r"^\s*[^。？?!！、,がはをにで]{1,16}?(?:課|室|部|局|係|センター|事務所)の(?![^。？?]{0,8}?(?:項目|事業|事例|意見|取組|評価|一覧|資料|計画|もの|分))[^。？?!！、,のをがはにで\d]{1,8}(?:です|でございます)\s*[。、,．]\s*(?=\S)",
                 "", examples=(("総務課の鈴木です。納税課が担当している実践項目", "納税課が担当している実践項目"),
                               ("人事課の担当者です。R4に終了した実践項目は?", "R4に終了した実践項目は?"))),
        # 「お伺いしたいのですが、」「念のためお尋ねしますが、」: the asker says a question follows.
        Phrasing("question_announced",
                 r"^\s*(?:念のため|1点|一点|少し|ちょっと)?[、,]?\s*(?:お|ご)?(?:伺い|うかがい|尋ね|たずね|聞き|きき|質問|確認|相談)"
                 r"(?:したい|させていただきたい|させて頂きたい|いたしたい|致したい|します|いたします|致します|させてください)?"
                 r"(?:のですが|のですけれども|んですが|ことがあるのですが|ことがございまして|が)\s*[、,。]\s*(?=\S)", "",
                 examples=(("お伺いしたいのですが、令和4年度に取組終了となった実践項目は何件", "令和4年度に取組終了となった実践項目は何件"),
                           ("念のためお尋ねしますが、委員評価の平均は?", "委員評価の平均は?"))),
        # 「…を拝見したいのですが」「…をお伺いしたいのですが」: a humble request to see or to be told, as
        # 「見せてください」「教えてください」 are.
        Phrasing("humble_request_tail",
                 r"(?:を|の|について)?\s*(?:一覧で|一覧として)?\s*(?:お|ご)?(?:拝見|伺い|うかがい|尋ね|聞き)"
                 r"(?:したい|させて|でき|いたしたい|致したい|します|いたします|致します|たい)[^。？?、,]{0,20}[。？?]?\s*$", "",
                 keep_whole=True, examples=(("納税課が担当している実践項目を拝見したいのですが。", "納税課が担当している実践項目"),
                                           ("R4の評価がAのものをお伺いしたいのですが。", "R4の評価がAのもの"),
                                           ("R4の評価がAの実践項目について伺いたい。", "R4の評価がAの実践項目"))),
        # 「…について伺いたい。該当する項目番号を示されたい。」: the same request, with what to show said after it.
        Phrasing("humble_request_then_more",
                 r"(?:を|について)\s*(?:お|ご)?(?:伺い|うかがい|尋ねし|たずねし|聞きし)たい(?:のですが|のですけれども|です)?\s*[。、,]\s*(?=\S)", "。",
                 examples=(("R4の評価がAの実践項目について伺いたい。該当する項目番号を示されたい。",
                            "R4の評価がAの実践項目。該当する項目番号を示されたい。"),)),
        # 「…はどれか、伺います。」「何件か、お尋ねします」: the question said, then that it is asked (a council's formal ending).
        Phrasing("asked_after_question",
                 r"((?:どれ|どこ|何|誰|いつ|いくつ|いくら|何件|何点|どの[一-龥ァ-ヶー]{1,6})か)\s*[、,]\s*(?:お|ご)?(?:伺い|うかがい|尋ね|たずね|聞き|質問)"
                 r"(?:ます|します|いたします|致します|したい|したいと思います|申し上げます)\s*[。．]?\s*$", r"\1",
                 examples=(("総合評価が一貫してAであった実践項目はどれか、伺います。", "総合評価が一貫してAであった実践項目はどれか"),
                           ("同室が単独で所管しているものは何件か、お尋ねします", "同室が単独で所管しているものは何件か"))),
        # 「そのうち…Bのものだけに絞って」「…に絞り込んでください」: a follow-up asking to narrow the answer before to
        # the rows said, as 「そのうち…Bのものは？」 does.
        Phrasing("narrow_request",
                 r"(?<=[ぁ-ん一-龥ァ-ヶー\w])(?:だけ)?に\s*(?:絞って|絞り込んで|しぼって|しぼりこんで|絞り込み)"
                 r"(?:ください|下さい|ほしい|欲しい|くれる|くれない|もらえる|もらえますか|みて|もらえない)?\s*[。．？?]?\s*$", "",
                 keep_whole=True,
                 examples=(("そのうち令和7年度の進捗がBのものだけに絞って", "そのうち令和7年度の進捗がBのもの"),
                           ("その中でR5の評価がAのものに絞り込んでください。", "その中でR5の評価がAのもの"))),
        Phrasing("greeting_closing", rf"[。、,]?\s*{_CLOSING}\s*[。．!！]?\s*$", "", keep_whole=True,
                 examples=(("R4に終了した実践項目を教えてください。よろしくお願いいたします。", "R4に終了した実践項目を教えてください"),)),
        Phrasing("honorific_prefix", rf"(?<![一-龥ァ-ヶ])[ご御](?=(?:{_HONORIFIC_NOUNS}))", "",
                 examples=(("どの部署のご担当でしょうか", "どの部署の担当でしょうか"),
                           ("ご所管の実践項目", "所管の実践項目"))),
        # 「御市の行政創革プラン」「そちらのプラン」「貴市では」: the city of the documents asked about, said to its staff
        # (the documents' own city, no condition of its own: the plan named after it says which documents).
        Phrasing("your_city", r"(?<![一-龥々ァ-ヶ])(?:御市|貴市|貴町|御町|貴団体|そちらの市|そちら(?=の(?:プラン|計画|報告書|資料|市)))\s*(?:の|で(?:は)?|では|は)?\s*[、,]?\s*", "",
                 examples=(("御市の行政創革プランでは", "行政創革プランでは"), ("そちらのプランの実践項目", "プランの実践項目"),
                           ("貴市では、実践項目は何件", "実践項目は何件"))),
        # 「何件ございますか」「ございませんか」: the humble verb of being is ある, 「でございます」 is です.
        Phrasing("gozaimasu", r"(で)?ござ(?:い)?ま(す|せん|した)", _plain_being,
                 examples=(("何件ございますか", "何件ありますか"), ("該当するものはございませんか", "該当するものはありませんか"),
                           ("担当は行政監理室でございますか", "担当は行政監理室ですか"), ("ございましたか", "ありましたか"))),
        # 「どちらの部署」「どちらの課」: どちら said of a place or a department is どの (「AとBのどちらの評価が高い」
        # compares two, and is kept).
        Phrasing("dochira_of_department", r"どちら(?:様)?の(?=(?:部署|部局|課|担当課|担当部署|所属))", "どの",
                 examples=(("どちらの部署の担当でしょうか", "どの部署の担当でしょうか"),
                           ("どちらの課が所管していますか", "どの課が所管していますか"))),
    )
