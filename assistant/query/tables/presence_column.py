"""「終期設定があるのは何件？」「その中で終期設定がないものは？」: a column headed 「…有無」 (often the first
half of a two-row header: 終期設定 over 有無・終期) whose cells are marks of having (○／有) or not (×／無),
with dashes for rows it does not apply to. The thing said (終期設定) with a verb of having reads the
column: ある → the having mark, ない → the not-having mark; a dash is neither."""
from __future__ import annotations

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
        printed = {nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows}
        yes, no = printed & _HAVE, printed & _HAVE_NOT
        if not yes or not no or not printed <= _HAVE | _HAVE_NOT | _NEITHER:
            continue
        stem = header[:-2]
        # (the group's own word: 「終期設定有無」 said 終期設定; a stem of one word is said as it is)
        said = [(m, _VERB) for m in re.finditer(re.escape(stem), qn)]
        if stem.endswith("設定") and len(stem) >= 4:
            said += [(m, _SET_VERB) for m in re.finditer(re.escape(stem[:-2]) + "(?!設定)", qn)]
        for m, verb in said:
            verb = verb.match(qn, m.end())
            if not verb:
                continue
            negated = bool(verb.group("not")) or verb.group(0).rstrip().endswith(("いない", "いません", "ない", "ず"))
            mark = sorted(no if negated else yes)[0]
            found.append((m.start(), verb.end(), c.header, mark))
    return found
