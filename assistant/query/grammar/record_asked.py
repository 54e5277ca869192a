"""Phrasings that ask which ONE record (「一番低いのはどの補助金？」「申込が一番多いのはどれ？」) against those that
ask a place, a person or a time (「どこ」「誰」「いつ」): a record asked is answered by the code its table prints
(H-303, 問9, 未-12), the way the documents refer to their rows; a place or a person by its name."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# (the superlative that picks one record out of many)
_SUPERLATIVE = r"(?:一番|いちばん|最も|もっとも|最大|最小|最高|最低)"
# (the words that ask a name, not a record: where, who, when, which year)
_NAME_ASKED = r"(?:どこ|だれ|誰|いつ|何年|何月|何日|何時|年度は)"

# Each rule: a name, the pattern over the question as typed (NFKC), and examples (question, whether it matches).
RULES = (
    ("one_record_asked", _SUPERLATIVE,
     (("個別評価で評価点がいちばん低いのはどの補助金？", True),
      ("R5からR6にかけて決算額が一番増えた補助金は？", True),
      ("その中でR6の申込が一番多いのはどれ？", True),
      ("評価点の一覧を見せて", False))),
    ("name_asked", _NAME_ASKED,
     (("実質公債費比率が一番高いのはどこ？", True),
      ("一番長く指名停止されたのはどこ？", True),
      ("当選回数が一番多い議員は誰？", True),
      ("寄附額が一番多かったのはいつ？", True),
      ("参加者が一番多かったのはどの物件？", False))),
)
RULES += (
    # A facility is a place: named as a place is (「いちばん古い建物はどれ？」→ 舟入会館, never its F-21), whatever its
    # table numbers it by; read on the header of the column printing the row's code (施設番号) or on the question.
    ("place_records", r"(?:施設|建物)(?:番号|コード|No\.?|名)?(?:は|を|が|$|[?？])",
     (("施設番号", True),
      ("公共施設一覧の中でいちばん古い建物はどれ？", True),
      ("合計点がいちばん高かった施設は？", True),
      ("補助金番号", False),
      ("物件番号", False))),
)
RULES += (
    # The record asked by its code only where the question says which record (「どの補助金？」「どの物件」) or picks it
    # by a change (「一番増えた補助金は？」「一番伸びた推進項目は？」). 「一番大きい補助金はどれ？」「いちばん低い設問は？」
    # 「…がいちばん大きいのはどれ？」 stay answered by the row's name, as on main (made95's H-208 of 社会福祉協議会運営補助金,
    # E-03 of 不法投棄監視事業, 広-03 of a 連携事業, 問2 of 待ち時間の長さ: tests that wanted the name).
    ("record_by_which_or_change", r"どの(?!程度|くらい|ぐらい|よう)[一-龥ァ-ヶー]{1,10}"
                                  r"|(?:増え|伸び|減っ|下が|上が|増加し|減少し|改善し|悪化し)た",
     (("個別評価で評価点がいちばん低いのはどの補助金？", True),
      ("参加者が一番多かったのはどの物件？", True),
      ("R5からR6にかけて決算額が一番増えた補助金は？", True),
      ("R6からR7にかけて達成率が一番伸びた推進項目は？", True),
      ("令和7年度予算額が一番大きい補助金はどれ？", False),
      ("満足とやや満足を合わせた満足度がいちばん低い設問は？", False),
      ("鶫原町の負担額がいちばん大きい連携事業は？", False))),
)
_PATTERNS = {name: re.compile(pattern) for name, pattern, _ in RULES}


def asks_one_record(question: str) -> bool:
    """Whether the question asks which one record (by a superlative), not where, who or when."""
    text = nfkc(question)
    return bool(_PATTERNS["one_record_asked"].search(text)) and not _PATTERNS["name_asked"].search(text)


def names_a_place(text: str) -> bool:
    """Whether a question or a column header speaks of facilities (施設, 建物): places, answered by their names."""
    return bool(_PATTERNS["place_records"].search(nfkc(text)))


def asks_record_by_code(question: str) -> bool:
    """Whether a record asked (asks_one_record) is asked so that its printed code answers it: which record said
    (「どの補助金」) or the one picked by a change (「一番増えた」); else the row's name answers, as on main."""
    return asks_one_record(question) and bool(_PATTERNS["record_by_which_or_change"].search(nfkc(question)))
