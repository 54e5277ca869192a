"""「終期設定があるのは何件？」「その中で終期設定がないものは？」: a column headed 「…有無」 (often the first
half of a two-row header: 終期設定 over 有無・終期) whose cells are marks of having (○／有) or not (×／無),
with dashes for rows it does not apply to. The thing said (終期設定) with a verb of having reads the
column: ある → the having mark, ない → the not-having mark; a dash is neither.

「ホームページで公表してるところ」: a column headed by what is done (ホームページ公表, its last word a verbal noun) over
あり／なし only is said by that doing: 「ホームページで公表している」 (the head, a particle, the verbal noun) or the verbal
noun alone where one column only ends in it, with する → あり, していない → なし."""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_HAVE = {"○", "〇", "◯", "有", "あり", "有り"}
_HAVE_NOT = {"×", "✕", "✖", "無", "なし", "無し"}
_NEITHER = {"", "-", "–", "—", "―", "ー", "－", "‐", "/", "／"}
# (「終期設定がある」「終期設定のない」「終期設定はありません」「終期設定されていない」)
_VERB = compiled(r"(?:が|の|は|も)?\s*(?:(?P<has>ある|あります|あった|あり)|(?P<not>ない|無い|なし|ありません|なかった)"
                 r"|され(?:て)?(?:いる|る|た|ます)|され(?:て)?(?:いない|いません|ない|ず))")
# 「終期が決まっていない」「終期を設定していない」: what a 「…設定」 sets, said with a verb of setting.
_SET_VERB = compiled(r"(?:が|は|を|の)?\s*(?:決まって|決められて|設定されて|設定して|定めて|定められて|設けて|設けられて)"
                     r"(?:(?P<not>いない|いなくて|いません|ない|なくて|おらず)|いる|ある|います)")


def presence_said(t, qn: str) -> list[tuple[int, int, str, str]]:
    """(start, end, header, printed mark) for each 「X有無」 column whose X the question says with a verb of
    having: the mark of having or of not having as the verb says."""
    found = []
    for c in t.columns:
        header = nfkc(c.header).replace(" ", "")
        if not header.endswith("有無") or len(header) < 4:
            continue
        printed = set(printed_cells(t, c.header))
        yes, no = printed & _HAVE, printed & _HAVE_NOT
        if not yes or not no or not printed <= _HAVE | _HAVE_NOT | _NEITHER:
            continue
        stem = header[:-2]
        # (the group's own word: 「終期設定有無」 said 終期設定; a stem of one word is said as it is)
        said = [(m, _VERB) for m in re.finditer(re.escape(stem), qn)]
        if stem.endswith("設定") and len(stem) >= 4:
            said += [(m, _SET_VERB) for m in re.finditer(re.escape(stem[:-2]) + "(?!設定)", qn)]
        for m, verb in said:  # (of a 「…有無」 column)
            verb = verb.match(qn, m.end())
            if not verb:
                continue
            negated = bool(verb.group("not")) or verb.group(0).rstrip().endswith(("いない", "いません", "ない", "ず"))
            mark = sorted(no if negated else yes)[0]
            found.append((m.start(), verb.end(), c.header, mark))
    return found


# 「公表している」「公表してる」「公表した」 / 「公表していない」「公表してない」「公表しておらず」: the verbal noun's doing
_DOING = compiled(r"\s*(?:を)?\s*(?:(?P<not>して(?:い)?ない|していません|しておらず|してなかった|されていない|されてない)"
                  r"|して(?:い)?る|しています|した|されている|されてる|済み)")
# 「低入札調査をやった」「…を実施した」「…を行った」: a column of the having mark over blanks (○ where it was done, ※ 「○」
# は…を実施した案件) said by its whole header with a verb of doing; not doing it is left unread (a blank says nothing
# certain of it)
_DONE = compiled(r"\s*(?:を|が)?\s*(?:やった|やってる|やっている|やりました|実施した|実施している|実施された|実施済み|行った|行っている|行われた)")
# the verbal noun a header ends in (公表, 報告, 導入, 設置 …): two kanji after a head of two or more
_HEADED = compiled(r"^(?P<head>[一-龥ァ-ヶー]{2,8}?)(?P<noun>[一-龥]{2})$")


def doing_said(t, qn: str) -> list[tuple[int, int, str, str]]:
    """(start, end, header, printed mark) for each column headed 「<head><verbal noun>」 over あり／なし that the question
    says as a doing (「ホームページで公表している」, or 「公表している」 where no other such column ends in 公表)."""
    columns = []
    for c in t.columns:
        header = nfkc(c.header).replace(" ", "")
        m = _HEADED.match(header)
        printed = set(printed_cells(t, c.header))
        yes, no = printed & _HAVE, printed & _HAVE_NOT
        if m and yes and no and printed <= _HAVE | _HAVE_NOT | _NEITHER:
            columns.append((c.header, m.group("head"), m.group("noun"), sorted(yes)[0], sorted(no)[0]))
    found = []
    for header, head, noun, yes, no in columns:
        alone = sum(1 for x in columns if x[2] == noun) == 1
        pattern = re.escape(head) + r"\s*(?:で|に|を|へ|の|でも)?\s*" + re.escape(noun)
        spans = [m.span() for m in re.finditer(pattern, qn)]
        if not spans and alone:
            spans = [m.span() for m in re.finditer(re.escape(noun), qn)]
        for start, end in spans:
            verb = _DOING.match(qn, end)
            if verb:
                found.append((start, verb.end(), header, no if verb.group("not") else yes))
    return found


def marked_done_said(t, qn: str) -> list[tuple[int, int, str, str]]:
    """(start, end, header, the mark) for each column printing one having mark (○) over blanks only, whose whole
    header (spaces aside, 低入札 調査 said 低入札調査) the question says with a verb of doing done."""
    found = []
    for c in t.columns:
        printed = set(printed_cells(t, c.header))
        yes = printed & _HAVE
        if len(yes) != 1 or "" not in printed or not printed <= yes | {""}:
            continue
        header = nfkc(c.header).replace(" ", "").replace("\u3000", "")
        if len(header) < 3:
            continue
        for m in re.finditer(re.escape(header), qn):
            verb = _DONE.match(qn, m.end())
            if verb:
                found.append((m.start(), verb.end(), c.header, next(iter(yes))))
    return found
