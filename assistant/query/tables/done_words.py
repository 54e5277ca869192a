"""「まだ措置が終わっていない」 over a column printing 措置済 / 措置中 / 未措置: the value X済 said as the verb
X with 終わる・済む・完了する, negated or not, is said as that value (「措置済でない」「措置済の」) so that the
table reading takes it as the cell's value. Only where a table holds such a value."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.text.normalize import nfkc

_DONE_VERB = (r"(?:が|は|も)?\s*(?:まだ|もう|既に|すでに)?\s*"
              r"(?:(?P<neg>終わって(?:い)?(?:ない|ません)|終わっていな|済んで(?:い)?(?:ない|ません)|完了して(?:い)?(?:ない|ません)"
              r"|終わらない|済まない)"
              r"|(?P<pos>終わった|終わって(?:い)?る|済んだ|済んで(?:い)?る|完了した|完了して(?:い)?る))")


def done_values(tables) -> set[str]:
    """The cells X済 (X two or more characters) the tables hold."""
    out: set[str] = set()
    for t in tables:
        for c in t.columns:
            if c.numeric:
                continue
            for r in t.rows:
                v = nfkc(str(r["cells"].get(c.header) or "")).strip()
                if len(v) >= 3 and v.endswith("済") and re.fullmatch(r"[一-龥ァ-ヶー]+", v):
                    out.add(v)
    return out


def as_done_value(question: str, tables) -> str:
    """The question with 「Xが終わっていない」 said as 「X済でない」 (「Xが終わった」 as 「X済の」) for each value
    X済 a table holds; as it is otherwise."""
    for value in sorted(done_values(tables), key=len, reverse=True):
        stem = re.escape(value[:-1])
        pattern = re.compile(r"(?:まだ\s*)?" + stem + _DONE_VERB)
        question = pattern.sub(lambda m: f"{value}でない" if m.group("neg") else f"{value}の", question)
    return question


# 「耐震がまだの」「耐震化が済んでいない」「耐震は済んだ」 over a column headed 耐震 printing the bare marks
# 済 / 未 (with others such as 不要): the verb said of the header is the mark. Not done yet is 未, not
# 「済でない」: a third mark (不要 — nothing to do) is no work left undone.
_BARE_VERB = (r"(?:化)?(?:が|は|も)\s*(?:もう|既に|すでに)?\s*"
              r"(?:(?P<neg>(?:まだ\s*)?(?:終わって(?:い)?(?:ない|ません)|済んで(?:い)?(?:ない|ません)|完了して(?:い)?(?:ない|ません)"
              r"|終わらない|済まない)|まだ(?=の|です|だ|な|[?？。]|$))"
              r"|(?P<pos>終わった|終わって(?:い)?る|済んだ|済んで(?:い)?る|完了した|完了して(?:い)?る))(?:の)?")


def bare_done_headers(tables) -> set[str]:
    """The headers of the text columns whose cells include both the bare marks 済 and 未."""
    out: set[str] = set()
    for t in tables:
        for c in t.columns:
            if c.numeric:
                continue
            cells = set(printed_cells(t, c.header))
            header = nfkc(str(c.header)).strip()
            if {"済", "未"} <= cells and re.fullmatch(r"[一-龥ァ-ヶー]{2,}", header):
                out.add(header)
    return out


def as_bare_done_value(question: str, tables) -> str:
    """The question with 「Hがまだの」「Hが済んでいない」 said as 「Hが未の」 (「Hが済んだ」 as 「Hが済の」) for
    each header H of a column printing 済 and 未; as it is otherwise."""
    for header in sorted(bare_done_headers(tables), key=len, reverse=True):
        pattern = re.compile(re.escape(header) + _BARE_VERB)
        question = pattern.sub(lambda m: f"{header}が{'未' if m.group('neg') else '済'}の", question)
    return question


# 「もう売れた」「まだ売れてない」 over a column printing 売却済: a verb of its own that says the deed of the value X済
# was done (売れる, what 売却 does to the thing sold), by X.
_VERBS_OF_DONE = {"売却": "売れ"}
_OWN_VERB = (r"(?:(?:まだ|もう|既に|すでに)\s*)?{verb}"
             r"(?:(?P<neg>て\s*(?:い)?\s*(?:ない|ません)|ない|残って\s*(?:い)?\s*る)|(?P<pos>た|て\s*(?:い)?\s*る))")


def as_own_verb_done(question: str, tables) -> str:
    """The question with 「売れてない」 said as 「売却済でない」 (「売れた」 as 「売却済の」) where a table holds 売却済;
    as it is otherwise."""
    held = done_values(tables)
    for stem, verb in _VERBS_OF_DONE.items():
        if stem + "済" not in held:
            continue
        pattern = re.compile(_OWN_VERB.format(verb=re.escape(verb)) + r"(?P<no>\s*の)?")
        question = pattern.sub(lambda m: m.group(0) if _WHEN_SAID.search(m.string[:m.start()])
                               else f"{stem}済でない" + (m.group("no") or "") if m.group("neg")
                               else f"{stem}済" + (m.group("no") or "の"), question)
    return question


# 「令和５年度以降に売れた」: a time said of the deed asks when it was done, which the value 売却済 does not say (a
# column of planned years beside it would be read instead): the verb is left as said.
_WHEN_SAID = re.compile(r"(?:年度?|月|以降|以前|以後|まで|から|より前|より後|前|後)\s*(?:に|で|には|中に)?\s*$")
