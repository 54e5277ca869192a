"""「参加者数が2番目に多い研修は」「参加者が一番少なかったのは」: items a passage lists one a line, ranked by the
figure each prints after the label said. Read by listed_items_ranked.py."""
from __future__ import annotations

from assistant.query.compiled import compiled

# the label (参加者, 参加者数), then the rank and the way: 「2番目に多い」「一番少なかった」「最も多い」
ITEM_RANK_ASKED = compiled(
    r"(?P<label>[一-龥ァ-ヶー]{2,8}?)(?:の)?(?:数)?\s*(?:が|の)\s*"
    r"(?:(?P<n>[2-9２-９二三四五])\s*番目に|一番|いちばん|最も|もっとも)\s*(?P<dir>多|少な)(?:い|かった|く)")
ITEM_RANK_ASKED_EXAMPLES = (
    ("実績報告で、参加者数が2番目に多い研修・イベントは？", ("参加者", "2", "多")),
    ("参加者が一番少なかったのは？", ("参加者", None, "少な")),
    ("研修の中で受講者数が最も多かったのはどれ？", ("受講者", None, "多")),
)
RANKS = {"二": 2, "三": 3, "四": 4, "五": 5}
