"""Comparison frames: two named things (records by code or title, departments, years, municipalities) and a
measure said of each (a field, a count of their records, an average), asked which wins (多い・高い), how far
apart they are (差・どれだけ違う) or whether they are the same (同じ？). Rules are data: each frame a name, a
pattern giving the two sides, the measure and the ask, and examples (run by tests/query/test_compared_pairs.py).
Executed by query/compared_pairs.py: each side asked alone, then compared."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.query.compiled import compiled
from assistant.query.grammar import YEAR

# One side as said: a short name without a clause break (「行政事務の民間委託」「取組項目3」「R3」「5」).
# (no は inside: 「C評価の実践項目はR2と…」 says the measure before the pair; a side never ends inside a code: R|3)
_SIDE = r"[^、,。?？「」は]{1,24}?(?![0-9A-Za-z])"
# (no で inside: 「…の取組項目で委員評価の平均の差」 is a pair of sets closed by で, not a measure)
_WHAT = r"[^、,。?？で]{1,30}?"
# (「その中で」 narrows to the answer before: the sides are then asked within it, conversation.py keeping it)
_LEAD = r"^\s*(?:結局|要するに|ざっくり(?:と)?|つまり|その中で|そのうち|この中で|じゃあ)?\s*[、,]?\s*"
_WHICH = r"(?:どっち|どちら)(?:の方|のほう)?"
# 上/下 are grades compared by their document's order; the others are numbers.
_DIR = r"(?:(?P<dir>多|少な|高|低|大き|小さ|良|悪)(?:い|かった)|(?P<rank>上|下)(?:な|だった)?)"
_END = r"[^。]*$"


@dataclass(frozen=True)
class Frame:
    """A way of asking which of two things is more so (or how they differ): its pattern and examples."""
    name: str
    mode: str  # "winner" | "difference" | "same"
    pattern: str
    examples: tuple  # (question, (a, b, what, dir-or-""))

    @property
    def compiled(self):
        return compiled(self.pattern)


FRAMES = (
    # 「東南部都市連絡調整会議事業の総事業費と市の実質負担額は同じ？いくら？」: two values of one record, the record said
    # once before the first (cut at its last の); tried first and kept only where both are values of one record
    Frame("two_values_same", "values_same",
          _LEAD + rf"(?P<a>[^、,。?？「」は]{{3,40}}の[^、,。?？「」はの]{{1,15}}?)\s*と\s*(?P<b>{_SIDE})\s*"
          r"(?:は|って|が|も)\s*同じ\s*(?P<unit>月|日)?(?:です|でした|だった)?(?:か)?\s*[?？]" + _END,
          (("東南部都市連絡調整会議事業の総事業費と市の実質負担額は同じ？いくら？",
            ("東南部都市連絡調整会議事業の総事業費", "市の実質負担額", "", "")),)),
    # 「まんまるよやく利用者登録数の令和4年度実績は目標値といくつ違う？」: a value of one record against another of it,
    # the second said without the record (it takes the first's words before the first value's own word)
    Frame("value_against_value", "values_difference",
          _LEAD + r"(?P<a>[^、,。?？「」は]{3,40}?)\s*(?:は|が)\s*(?P<b>[^、,。?？「」はと]{1,15}?)\s*と\s*[、,]?\s*"
          r"(?:いくつ|いくら|どれだけ|どれくらい|どのくらい|何件|何点|何人|何円)\s*(?:違う|違います|違っ|差があ)" + _END,
          (("まんまるよやく利用者登録数の令和4年度実績は目標値といくつ違う？",
            ("まんまるよやく利用者登録数の令和4年度実績", "目標値", "", "")),)),
    # 「窓口サービス課と行政監理室、担当してる実践項目はどっちが多い？」「取組項目3と5の委員評価の平均はどちらが高い？」
    Frame("pair_then_measure_which", "winner",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:って|では|で|だと|なら|の)?\s*[、,]?\s*"
          rf"(?P<what>{_WHAT})\s*(?:は|が|って)\s*{_WHICH}が\s*{_DIR}" + _END,
          (("窓口サービス課と行政監理室、担当してる実践項目はどっちが多い？", ("窓口サービス課", "行政監理室", "担当してる実践項目", "多")),
           ("H-101とH-203、評価はどっちが上？", ("H-101", "H-203", "評価", "上")),
           ("取組項目3と5の委員評価の平均はどちらが高い？", ("取組項目3", "5", "委員評価の平均", "高")))),
    # 「H-101とH-203ではどっちが交付額が多い？」: the ask before the measure
    Frame("pair_which_then_measure", "winner",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:って|では|で|だと|なら)?\s*[、,]?\s*"
          rf"{_WHICH}が\s*(?P<what>{_WHAT})\s*(?:が|の)\s*{_DIR}" + _END,
          (("H-101とH-203ではどっちが交付額が多い", ("H-101", "H-203", "交付額", "多")),)),
    # 「C評価の実践項目はR2とR3ではどっちが多い？」: the measure first
    Frame("measure_then_pair_which", "winner",
          _LEAD + rf"(?P<what>{_WHAT})\s*(?:は|って)\s*(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:では|で|だと)\s*[、,]?\s*"
          rf"{_WHICH}が\s*{_DIR}" + _END,
          (("C評価の実践項目はR2とR3ではどっちが多い？", ("R2", "R3", "C評価の実践項目", "多")),)),
    # 「R3とR4でA評価の実践項目が多いのはどっち？」: the pair, で, the measure and the ask after
    Frame("pair_de_measure_which", "winner",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:では|で)\s*(?P<what>{_WHAT})\s*(?:が|の)\s*{_DIR}\s*"
          rf"(?:の|もの|方|ほう)\s*(?:は|って)\s*{_WHICH}" + _END,
          (("R3とR4でA評価の実践項目が多いのはどっち？同じなら件数を教えて", ("R3", "R4", "A評価の実践項目", "多")),)),
    # 「その中で16と20、合計点が高いのは？」「15と16で委員評価が高いのは？」: the ask left unsaid after のは
    Frame("pair_measure_dir_then_which", "winner",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:では|で|って|なら)?\s*[、,]?\s*(?P<what>{_WHAT})\s*(?:が|の)\s*"
          + _DIR + r"\s*(?:の|もの|方|ほう)\s*(?:は|って)\s*(?:" + _WHICH + r")?\s*[?？。]*\s*$",
          (("その中で16と20、合計点が高いのは？", ("16", "20", "合計点", "高")),
           ("文書管理システムの導入と無線ネットワーク環境の整備、総合評価が上なのはどっち？",
            ("文書管理システムの導入", "無線ネットワーク環境の整備", "総合評価", "上")),
           ("15と16で委員評価が高いのは？", ("15", "16", "委員評価", "高")))),
    # 「実践項目28と31の合計点の差は？」「委員評価が…、5と13の実践項目数の差は？」
    Frame("pair_measure_difference", "difference",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:の|で|では|、|,)\s*[、,]?\s*(?P<what>{_WHAT})\s*の\s*"
          r"(?:差|違い)\s*(?:は|って|を)?" + r"(?:いくつ|いくら|何点|何件|どれくらい|どのくらい)?\s*[?？。]*\s*$",
          (("実践項目28と31の合計点の差は？", ("実践項目28", "31", "合計点", "")),
           ("その中で5と13の実践項目数の差は？", ("5", "13", "実践項目数", "")))),
    # 「R6の現年分の収納率、後期高齢と国保税でどのくらい差がある？」: the measure first, then the pair and the gap asked
    Frame("measure_then_pair_difference", "difference",
          _LEAD + rf"(?P<what>{_WHAT})\s*[、,]\s*(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:では|で|の間で|の間に|って|は)\s*[、,]?\s*"
          r"(?:いくつ|いくら|何点|何件|何ポイント|どれくらい|どのくらい|どれだけ|どれほど)\s*(?:の)?\s*(?:差|違い)\s*(?:が|は)?\s*"
          r"(?:ある|あります|あった|ありました|ついて(?:い)?る|開いて(?:い)?る)?(?:の)?(?:か)?\s*[?？。]*\s*$",
          (("R6の現年分の収納率、後期高齢と国保税でどのくらい差がある？", ("後期高齢", "国保税", "R6の現年分の収納率", "")),
           ("合計点、取組3と取組5ではどれくらいの差？", ("取組3", "取組5", "合計点", "")))),
    # 「総合福祉課と介護福祉課では、担当している実践項目の数は同じ？何件ずつ？」「取組項目1と16、委員評価は同じ？何点？」
    Frame("pair_measure_same", "same",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:って|では|で|の|、|,)\s*[、,]?\s*(?P<what>{_WHAT})\s*"
          r"(?:は|って|が|も)\s*同じ\s*(?P<unit>月|日)?(?:です|でした|だった)?(?:か)?\s*[?？]" + _END,
          (("総合福祉課と介護福祉課では、担当している実践項目の数は同じ？何件ずつ？",
            ("総合福祉課", "介護福祉課", "担当している実践項目の数", "")),
           ("取組項目1と16、委員評価は同じ？何点？", ("取組項目1", "16", "委員評価", "")),
           ("取組項目2と9の担当部署自己評価(総合評価)は同じ？", ("取組項目2", "9", "担当部署自己評価(総合評価)", "")),
           ("実践項目34と35の取組終了は同じ月？", ("実践項目34", "35", "取組終了", "")))),
)

# 「実践項目20と22、令和5年度にA評価だったのはどっち？」「プライバシーに触れた委員の意見は取組項目12と13のどちら？」:
# which of the two holds a condition. Each side is asked with the condition (「実践項目20で令和5年度にA評価だったもの」,
# 「取組項目12のプライバシーに触れた委員の意見」); the side's question is said by `asked` from the groups.
HOLDS = (
    # (the pair closed by a comma is tried first: a title holds の, 「…向上のための相互交流」)
    Frame("pair_comma_condition_which", "holds",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*[、,]\s*"
          r"(?P<cond>[^。?？]{2,40}?)\s*(?:な|である)?の(?:は|って)\s*" + _WHICH + r"\s*[?？。]*\s*$",
          (("実践項目20と22、令和5年度にA評価だったのはどっち？", ("実践項目20", "22", "令和5年度にA評価だった", "")),
           ("乳幼児育成支援事業と保健所検査機能向上のための相互交流、部会長が倉敷市なのはどっち？",
            ("乳幼児育成支援事業", "保健所検査機能向上のための相互交流", "部会長が倉敷市", "")))),
    Frame("pair_then_condition_which", "holds",
          _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:(?P<of>の)|では|で)\s*[、,]?\s*"
          r"(?P<cond>[^。?？]{2,40}?)\s*(?:な|である)?の(?:は|って)\s*" + _WHICH + r"\s*[?？。]*\s*$",
          (("取組項目1と2の委員の意見で「ノウハウ」に触れているのはどっち？",
            ("取組項目1", "2", "委員の意見で「ノウハウ」に触れている", "")),)),
    Frame("condition_then_pair_which", "holds",
          _LEAD + r"(?P<cond>[^。?？、,]{2,40}?)\s*(?:は|って)\s*"
          rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*の\s*" + _WHICH + r"(?:です|でしょう)?か?\s*[?？。]*\s*$",
          (("プライバシーに触れた委員の意見は取組項目12と13のどちら？", ("取組項目12", "13", "プライバシーに触れた委員の意見", "")),)),
    Frame("condition_pair_which_kind", "holds",
          _LEAD + r"(?P<cond>[^。?？、,]{2,40}?)\s*の(?:は|って)\s*"
          rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*[、,]?\s*" + _WHICH + r"の\s*(?P<kind>[^、,。?？]{1,12}?)\s*[?？。]*\s*$",
          (("「横展開」に言及しているのはAIの活用と庁内文書の電子化の推進、どっちの委員意見？",
            ("AIの活用", "庁内文書の電子化の推進", "「横展開」に言及している", "")),)),
)

# A condition ending in a direction asks which is more, not which holds (「総括の合計点が高いのはどっち」): no HOLDS.
# (「実践項目1と2、R5の評価、いいのはどっち？」: いい/よい said in kana is a direction too, 良い)
DIRECTION_SAID = compiled(r"(?:(?:多|少な|高|低|大き|小さ|良|悪|上|下|早|遅|先|後)(?:い|かった|く)?|いい|よ(?:い|かった))"
                          r"(?:の方|ほう)?$")

# 「部会長が倉敷市の連携事業」 then 「観光キャンペーン事業と広報紙の紙面交流ではどっち？」: the condition is the answer
# before; which of the two is among its records.
OF_THE_ANSWER_BEFORE = Frame(
    "pair_which_of_answer_before", "holds",
    _LEAD + rf"(?P<a>{_SIDE})\s*と\s*(?P<b>{_SIDE})\s*(?:では|で|なら|だと)?\s*[、,]?\s*" + _WHICH
    + r"\s*(?:です|でしょう)?か?\s*[?？。]*\s*$",
    (("観光キャンペーン事業と広報紙の紙面交流ではどっち？", ("観光キャンペーン事業", "広報紙の紙面交流", "", "")),))


def holds_asked(m, side: str) -> str:
    """One side's question of a holds frame: the side with the condition, as a list of what holds it."""
    cond, kind = m["cond"].strip(), (m.groupdict().get("kind") or "").strip()
    if kind:
        return f"{side}の{kind}で{cond}もの"
    if m.groupdict().get("of") is None and m.groupdict().get("kind") is None and "a" in m.groupdict() \
            and m.start("cond") < m.start("a"):
        return f"{side}の{cond}"
    return f"{side}の{cond}もの" if m.groupdict().get("of") else f"{side}で{cond}もの"


# What is compared is the number of each side's records (not a figure of it) when it ends so.
COUNT_SAID = compiled(r"(?:^|の)?(?:実践項目|取組項目|項目|事業|もの|記録)(?:の)?(?:数|件数)$|件数$")
# ... and the word of counting itself, dropped before each side is asked 「…は何件？」.
COUNT_WORD = compiled(r"(?:の)?(?:件数|数)$")
# A side said by its number alone takes the other's kind word: 「取組項目3と5」 → 取組項目5.
BARE_NUMBER = compiled(r"^(?:No\.?)?\s*N?\d+$")
KIND_AND_NUMBER = compiled(r"^(?P<k>\D+?)\s*(?:No\.?)?\s*N?\d+$")

# The first value's own word, after its record (and its year): what the second value said bare replaces.
# (a year said before it is kept: 「…の令和4年度実績」 → 「…の令和4年度目標値」)
VALUE_WORD = (compiled(rf"{YEAR}\s*(?:の)?\s*(?P<word>[^の\d]{{1,12}})$"), compiled(r"の\s*(?P<word>[^の]{1,12})$"))
