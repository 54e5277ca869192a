"""Questions over figures a passage prints beside names the question says: the names, and the unit asked.
Read by named_figures_sum.py (added up) and named_figures_difference.py (one less the other)."""
from __future__ import annotations

from assistant.query.compiled import compiled

NAME = r"[^\s、,。のでをはが・と]{1,12}"
COUNTERS = r"万円|千円|億円|円|名|人|件|か所|箇所|ヶ所|個|台|回|本|課|校|社|団体|施設|世帯|戸|棟|ポイント|[%％]"

# 「A・B・Cを全部足すと何名」「AとBを合わせると何万円」「AとBは合わせていくら」 (いくら: the money unit the
# passage prints, the same for every name)
NAMES_ADDED_UP = compiled(
    r"(?P<names>" + NAME + r"(?:\s*(?:・|、|と|,)\s*" + NAME + r")+)\s*(?:を|の|は)\s*(?:全部|すべて|全て|ぜんぶ)?\s*"
    r"(?:足す|足し|たす|合わせる|合わせ|あわせる|あわせ|合計す|合算す|合計)(?:と|て|たら|ると|は)?\s*(?:で)?\s*"
    r"(?:何\s*(?P<unit>万円|千円|億円|円|名|人|件|か所|箇所|ヶ所|個|台|回)|(?P<money>いくら))")
NAMES_ADDED_UP_EXAMPLES = (
    ("定額納付金と利益分配金を合わせると何万円？", ("定額納付金と利益分配金", "万円")),
    ("平成27年度に確保した定額納付金と利益分配金は合わせていくら？", ("定額納付金と利益分配金", "いくら")),
    ("人員、正規・再任用・臨時を足すと何人？", ("人員、正規・再任用・臨時", "人")),
    ("Ｒ６の延べ利用者数、集会施設と福祉施設を合わせると何人？", ("延べ利用者数、集会施設と福祉施設", "人")),
)

# 「男性が女性より何名多い」「岡山市分が倉敷市分より何本多かった」「AはBより何円少ない」: the first name's figure
# less the second's (more asked) or the second's less the first's (fewer asked).
NAME_MORE_THAN_NAME = compiled(
    r"(?P<a>" + NAME + r")\s*(?:が|は)\s*(?P<b>" + NAME + r")\s*より(?:も)?\s*何\s*(?P<unit>" + COUNTERS + r")\s*"
    r"(?:ほど|くらい|ぐらい)?\s*(?P<way>多|少な|大き|小さ|高|低)")
# 「削減実績、目標に何台届かなかった」「受講者数は目標に何人足りなかった」: the second name's figure (the target)
# less the first's (what was reached), the shortfall.
NAME_SHORT_OF_NAME = compiled(
    r"(?P<a>" + NAME + r")\s*(?:が|は|、|,)\s*(?P<b>" + NAME + r")\s*(?:に|まで)\s*(?:は|あと)?\s*何\s*(?P<unit>"
    + COUNTERS + r")\s*(?:ほど|くらい|ぐらい)?\s*(?P<way>届か|届いてい?な|足りな|足らな|及ば)")
NAME_SHORT_OF_NAME_EXAMPLES = (
    ("令和6年度の削減実績、目標に何台届かなかった？", ("削減実績", "目標", "台")),
    ("研修の受講者数は目標に何人足りなかった？", ("受講者数", "目標", "人")),
)
NAME_MORE_THAN_NAME_EXAMPLES = (
    ("婚活まんまるバスツアーの参加者は男性が女性より何名多い？", ("男性", "女性", "名", "多")),
    ("電話加入権は岡山市分が倉敷市分より何本多かった？", ("岡山市分", "倉敷市分", "本", "多")),
    ("ISDNは岡山市が倉敷市よりも何本少なかった？", ("岡山市", "倉敷市", "本", "少な")),
)
