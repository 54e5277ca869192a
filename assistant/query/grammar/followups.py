"""Follow-ups: a question that refines the previous answer (そのうち…, R5では？, そのうちの…, …のものは？)."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule


def _mark(name: str):
    def produce(m: re.Match, ctx: Context) -> Production:
        return Production(marks={name})

    return produce


# START is consumed (it is no keyword); the other marks only describe the question's shape.
START = Rule(
    "followup_start",
    r"^(?:そのうち|その(?:中|なか)で|その(?:中|なか)から|その内|うち|そこから|さらに|それらの?うち|これらの?うち|では|"
    r"じゃあ|じゃ|なら|ならば|それで|あと|で、|やっぱり|やはり|それなら|それじゃ|その(?:中|なか)の|ほな(?:ら)?|ほんなら|ほんだら)[、,]?",
    _mark("followup"),
    examples=(("そのうちR4に終了したもの", {"marks": ["followup"]}), ("じゃあ、R5は？", {"marks": ["followup"]}),
              ("そのなかで合計点が12点のもの", {"marks": ["followup"]}),
              ("ほな(消)の総務課のものは除いたら", {"marks": ["followup"]})))
REFERS_BACK = Rule(
    "refers_back", r"^(?:その|それらの|これらの|この|それの|これの|それって|それは|これって|これは"
    r"|(?:それ|これ|それら|これら)(?:に対する|に対しての|に対して|についての|について|に関して|への|に関する|に寄せられた|についた|に付いた"
    r"|が属する|が属している|の属する|が含まれる|が含まれている|が含まれてる|が入っている|が入ってる|の入っている|の入ってる"
    r"|が含む|を含む|を含んでいる|を含んでる)の?"
    r"|そこ(?:に|の|で|から)(?=[^、。?？]{0,12}(?:実践項目|取組項目|意見|連携事業|事例)))",  # (入っている is canonical 含む)
    _mark("refers_back"),
    examples=(("その取組項目の委員評価は？", {"marks": ["refers_back"]}),
              ("それに対する委員の意見を見せて", {"marks": ["refers_back"]}),
              ("それに対して委員は何て言ってる？", {"marks": ["refers_back"]}),
              ("それが属する取組項目の委員評価は", {"marks": ["refers_back"]}),
              ("それが入ってる取組項目の委員評価は", {"marks": ["refers_back"]}),
              ("そこにぶら下がってる実践項目", {"marks": ["refers_back"]}),
              ("それの2023年度は？", {"marks": ["refers_back"]})))
# 「R5では？」「部署別だと？」: only makes sense against the previous answer.
ASKS_AGAIN = Rule(
    "asks_again", r"(?:では|だと|なら|の場合は|に絞って|に絞り込んで|で絞り込んで|に絞ると|だけにして(?:ください|下さい|くれ|ほしい|欲しい)?|(?<=[A-DＡ-Ｄ0-9])で)[？?。]?$",
    _mark("asks_again"),
    examples=(("R5では？", {"marks": ["asks_again"]}), ("部署別だと？", {"marks": ["asks_again"]}),
              # (the request said politely, or in Tohoku speech 「してけろ」 → してください: phrasings.py)
              ("N番号のだけにしてください", {"marks": ["asks_again"]})))
# 「総合評価がCのものは？」: a condition with no subject of its own. 「R2は何だった？」 asks what it was
# of the records just answered as 「R2は？」 does.
REFINES = Rule(
    "refines",
    r"(?:もの|の|こと|とき|場合|やつ)(?:は|だけ|のみ)?(?:で(?:いい|よい|結構です|お願いします))?[？?。]?$|は[？?]$"
    # (「RPA関係のものはある？」: whether any of the records just answered is so)
    r"|(?:もの|やつ)(?:は|って|も)\s*(?:ある|あります|あるか|ありますか|ない|ありません)(?:か|の)?[？?。]?$"
    r"|は(?:何|なに|どう|どんな)(?:だった|でした|ですか|だっけ|だったっけ|だったの|なの)?(?:か)?[？?。]?$",
    _mark("refines"),
    examples=(("総合評価がCのものは？", {"marks": ["refines"]}),
              ("委員評価4.2以上のものだけでいい", {"marks": ["refines"]}),
              ("R2は何だった？", {"marks": ["refines"]}),
              ("R3はどうでした？", {"marks": ["refines"]}),
              ("RPA関係のものはある？", {"marks": ["refines"]})))

# 「それぞれR4の評価は？」: each of the records the previous answer listed (consumed, as START is).
EACH = Rule(
    "each_of_previous",
    r"^(?:それぞれ|各々|おのおの|めいめい)(?:の)?[、,]?|(?<=[をは])(?:それぞれ|各々|おのおの)(?=[?？。]?$)", _mark("each"),
    examples=(("それぞれR4の評価は？", {"marks": ["each"]}), ("おのおのの委員評価", {"marks": ["each"]}),
              ("令和4年度の評価をそれぞれ", {"marks": ["each"]}),
              ("AとBそれぞれ何件", None), ("A・Bはそれぞれ何件", None)))

# 「じゃあ取組項目は問わずに、…」「テーマの条件は外して、…」「委員評価は関係なく」: one condition of the conversation
# named by its field and dropped, the rest kept (dropped_conditions.py reads `what` and finds the condition).
# Said with 条件/指定/絞り込み any verb of leaving out names the condition; said bare, only the verbs that cannot
# mean leaving the records out (「取組項目は外して」 could be 「…を除いて」, which the grammar reads as such).
DROPS = Rule(
    "drops_condition",
    r"(?P<what>[一-龥ァ-ヶーA-Za-z]{2,12}?)\s*(?:"
    r"(?:の|による|での)?(?:条件|指定|絞り込み|しばり|縛り)\s*(?:は|を|も)?\s*"
    r"(?:問わずに?|問わないで|外して|はずして|外すと|はずすと|除いて|除くと|取って|とって|取り払って|なしで|抜きで|無視して|気にせず(?:に)?|関係なく)"
    r"|(?:は|を|も)\s*(?:問わずに?|問わないで|関係なく|関係なしに?|気にせず(?:に)?|気にしないで|無視して|不問で|どうでもよくて)"
    r"|(?:に)?(?:関係なく|関わらず|かかわらず))\s*[、,]?",
    _mark("drops"),
    examples=(("じゃあ取組項目は問わずに、創造性が3のもの", {"marks": ["drops"]}),
              ("テーマの条件は外して、4.3以上なら？", {"marks": ["drops"]}),
              ("委員評価の条件は除いて、自己評価がBのものは？", {"marks": ["drops"]}),
              ("担当課は関係なく、R6に終わったもの", {"marks": ["drops"]}),
              ("テーマに関わらず委員評価4.5以上", {"marks": ["drops"]}),
              ("総務課のは外して", None)))

RULES: list[Rule] = [START, REFERS_BACK, ASKS_AGAIN, REFINES, EACH, DROPS]


def marks(text: str) -> set[str]:
    """The follow-up marks of a question (without consuming anything)."""
    return {name for rule in (START, ASKS_AGAIN, REFINES, EACH) if rule.regex.search(text)
            for name in rule.produce(None, None).marks}
