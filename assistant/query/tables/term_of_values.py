"""A note naming some values of a column as one term (※２ 「Ａ及びＢの判定を受けた提案を「採用提案」とし…」): the term
said as a state of the rows (「採用された提案」「採用提案は何件」, 「採用にならなかった」「採用されていない」) is the
column holding one of those values, or none of them. 「不採用」 is no saying of the term (a value's own label, Ｄ（不採用）,
reads it)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.per_table import document_text
from assistant.text.normalize import nfkc

# 「…を「採用提案」とし」「…を「採用」とする」「…を「採用案件」という」: the clause before names what the term is
_TERM = re.compile(r"(?P<clause>[^。※\n]{4,80}?)を\s*[「『](?P<term>[一-龥ァ-ヶー]{2,10})[」』]\s*(?:とし|とする|という|と呼ぶ|と称する|と呼び)")
# the values said together (「Ａ及びＢ」「Ａ・Ｂ」「ＡとＢ」「Ａ又はＢ」)
_JOINED = r"(?:及び|および|並びに|と|・|、|,|又は|または|もしくは|か)"
_NEGATED = r"(?:に|と)(?:ならなかった|なっていない|なってない|ならない|なっていなかった)|され(?:なかった|ていない|てない|ない|ず|ていなかった)|で(?:は)?ない|外"
_AFFIRMED = r"(?:に|と)(?:なった|なっている|なってる|なる)|され(?:た|ている|てる|る)"


def _value_keys(t, header: str) -> set[str]:
    from assistant.query.tables.answer import _cell_values

    return {_key(v) for r in t.rows for v in _cell_values(str(r["cells"].get(header) or ""))}


def _terms(db, t) -> list[tuple[str, str, list[str]]]:
    """(term, column header, value keys) for each note of the table's document naming values of one column."""
    text = nfkc(document_text(db, t.source))
    out = []
    for m in _TERM.finditer(text):
        clause = re.sub(r"^\s*\d{1,2}[\s)）.]+", "", m.group("clause"))  # (the note's own number: ※2 )
        for c in t.columns:
            head = _key(c.header)
            if c.numeric or len(head) < 2 or head not in _key(clause):
                continue
            keys = _value_keys(t, c.header)
            said = [v for v in sorted(keys) if len(v) <= 4
                    and re.search(rf"(?<![0-9a-z]){re.escape(v)}(?![0-9a-z])(?=\s*(?:{_JOINED}|の|判定|$))", _key(clause))]
            # (two values or more said together: one value alone is the value itself, no term needed)
            if len(said) >= 2 and re.search(_JOINED, _key(clause)):
                out.append((m.group("term"), c.header, said))
    return out


def read_term_of_values(db, t, qn: str, free, take) -> None:
    """Take 「採用された」「採用にならなかった」「採用提案」 as the column holding (not holding) the values the note names."""
    for term, header, values in _terms(db, t):
        stems = {term}
        rows_word = re.search(r"(?:提案|案件|事業|取組|施設|項目)$", term)
        if rows_word and len(term) - len(rows_word.group(0)) >= 2:
            stems.add(term[:rows_word.start()])
        # (the term itself, 「採用提案」「採用の提案」, but not another word the stem begins, 採用率)
        itself = rf"(?=の?{re.escape(rows_word.group(0))})" if rows_word else r"(?=[はがをの]|[?？]|$)"
        for stem in sorted(stems, key=len, reverse=True):
            for m in re.finditer(re.escape(stem), qn):
                if m.start() > 0 and qn[m.start() - 1] in "不未非":
                    continue  # (「不採用」: the value's own label, not the term denied)
                neg = re.match(_NEGATED, qn[m.end():])
                pos = None if neg else re.match(rf"{_AFFIRMED}|{itself}", qn[m.end():])
                verb = neg or pos
                if verb is None or not free(m.start(), m.end() + verb.end()):
                    continue
                take(m.start(), m.end() + verb.end(), "defined", (header, values, bool(neg), term))
                return
