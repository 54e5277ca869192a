"""「公共施設マネジメントの見出し（総合管理計画に基づくもの・地方公会計を活用したもの）」: a heading word said with
its alternatives in brackets, each naming some of the headings that hold the word. Read by headed_alternatives.py."""
from __future__ import annotations

from assistant.query.compiled import compiled

HEADING_ALTERNATIVES = compiled(
    r"(?P<head>[^、,。（()）「」]{2,20}?)\s*+の?\s*+(?:★\s*+)?(?:見出し|テーマ|分野)\s*[（(](?P<alts>[^）)]{2,80}?)[）)]")
HEADING_ALTERNATIVES_EXAMPLES = (
    ("公共施設マネジメントの見出し（総合管理計画に基づくもの・地方公会計を活用したもの）で紹介されている自治体は？",
     ("公共施設マネジメント", ("総合管理計画に基づく", "地方公会計を活用した"))),
    ("民間委託のテーマ(導入前、導入後)の事例は？", ("民間委託", ("導入前", "導入後"))),
)
# the parts of the brackets: 「Aもの・Bもの」「A、B」「AまたはB」 (not か: 「活かした」)
ALTERNATIVE_SEPARATOR = compiled(r"\s*(?:・|、|,|/|／|または|又は|もしくは)\s*")
