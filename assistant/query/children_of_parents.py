"""「担当部署の自己評価がBの取組項目に属しているのに、総括の総合評価がAになっている実践項目」: child records (実践項目) of
the parent records (取組項目) the words before the parents' word pick — read as the parents first (「担当部署の自己評価
がBの取組項目は？」, so 自己評価 is the parents' own field, not the children's 総合評価), then their children with the
children's own conditions said after. The reverse of parents_holding.py. None when the question is not so, or a part
of it is not read whole."""
from __future__ import annotations

import re

from assistant.query.answer import Condition, Query
from assistant.query.compiled import compiled
from assistant.query.parents_holding import _pairs, _parent_forms, _words
from assistant.text.normalize import nfkc

# 「…の取組項目に属している（のに、）…実践項目」「…の取組項目に含まれる実践項目」
_BELONGING = (r"に\s*(?:属する|属している|属してる|所属する|所属している|含まれる|含まれている|含まれてる|入っている|入ってる"
              r"|ぶら下がる|ぶら下がっている)\s*(?:のに|けど|けれど|けれども|ものの|が|もので|ので|うえで|上で)?\s*[、,]?\s*")
# 「取組項目の自己評価がBなのに、…実践項目」: the parents' word first, their condition after it.
_PARENT_SAID_FIRST = (r"^\s*{parent}\s*の\s*(?P<own>[^、,。]{2,30}?)\s*(?:なのに|のに|だけど|けど|けれど)\s*[、,]\s*"
                      r"(?P<rest>.*{child}.*)$")
_FOLLOW_UP = compiled(r"^\s*(?:そのうち|その中で|そのなかで|うち|この中で|このうち|それら|それの|その)")


def children_of_parents(assistant, question: str) -> Query | None:
    """The query of the children of the parents the question's first part names, with the rest's conditions, or None."""
    said = nfkc(question)
    if _FOLLOW_UP.match(said):
        return None
    for child_word, child, parent_word, parent, _, _, _ in _pairs(_words(assistant.lexicon), said):
        first = compiled(_PARENT_SAID_FIRST.replace("{parent}", re.escape(parent_word))
                         .replace("{child}", re.escape(child_word))).match(said)
        if first:
            # 「取組項目の自己評価がBなのに、総括評価がAの実践項目」: the parents' condition said after their word, read as
            # 「自己評価がBの取組項目に属しているのに、…」 (each part still read whole and exactly below)
            return children_of_parents(assistant, f"{first.group('own')}の{parent_word}に属しているのに、{first.group('rest')}")
        # (「…の取組項目の実践項目」: the children's word right after the parents' said with の)
        m = compiled(r"(?P<parent>" + _parent_forms(parent_word) + r")\s*(?:" + _BELONGING
                     + r"(?=.*" + re.escape(child_word) + r")|の\s*(?=" + re.escape(child_word) + r"))").search(said)
        if not m or not said[:m.start()].strip(" 、,の"):
            continue
        asked = f"{said[:m.start()]}{m.group('parent')}は？"
        part = assistant.parser.parse(asked)
        # (a parent named by its words, 「RPAの導入の取組項目」, is read well enough as a whole: only conditions on the
        # parents' fields are taken apart here)
        if part.target != parent or part.unused or part.aggregate or part.value_field or not part.conditions \
                or any(c.field in ("text", "source") or c.field.startswith("@title") for c in part.conditions) \
                or child not in assistant.executor.tables or parent not in assistant.executor.tables:
            return None
        rest = assistant.parser.parse(said[m.end():])
        # (a word of the children's part that nothing read stays in rest.unused, and the answer says so first: the
        # parents' condition is still theirs, never read as the children's own field)
        if rest.target != child:
            return None
        saved = dict(assistant.__dict__)  # (the parents' turn is no turn of the conversation)
        first = assistant._ask(asked)
        assistant.__dict__.clear()
        assistant.__dict__.update(saved)
        rows = [r for r in first.rows if isinstance(r, dict)]
        if first.status != "exact" or first.error or not rows:
            return None
        keys = sorted(str(r.get("key")) for r in rows if r.get("key"))
        said_of = "・".join(str(u.get("label")) for u in first.understood
                            if isinstance(u, dict) and u.get("label") and u.get("field") not in ("source", "text"))
        held = Condition(f"{parent}_key", "in", keys, f"{said_of}の{m.group('parent')}に属する（{len(keys)}件の{parent_word}）")
        rest.question, rest.conditions = question, [held, *rest.conditions]
        return rest
    return None
