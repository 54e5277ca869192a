"""The month a progress sheet says an item ended in (取組終了の場合記入 → 令和4年9月取組終了, `ended_month`):
「3月以外の月で終わった」「年度の途中で終了した」 (a month of the year, whatever the year), and items ordered by
when they ended (「終了時期の早い順」「早く終わった順に3つ」: by the month where the sheet gives one, else by the
end of the fiscal year the lists give).

Only where the index holds end months; elsewhere a month of the year cannot be read and is said unused.
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

FIELD = "ended_month"
# The end said as a noun or a verb (canon.py rewrites 終わった, 終えた, 終わってる … to 終了した).
_END = r"(?:取組終了|取り組み終了|取組の終了|終了|終わり)"
_VERB = (r"(?:に|で)?\s*(?:取組|取り組み)?(?:を|が)?\s*(?:終了した|終了して(?:い)?る|終了済み?|終了|完了した)"
         r"(?:とされている|とされてる|とされた|となっている|となってる|している|してる)?")
_MONTH = r"(?P<month>\d{1,2})\s*月"
_ORDER_WORD = r"(?P<size>早い|早かった|遅い|遅かった|古い|新しい)"
_EARLY = ("早い", "早かった", "古い", "早く")  # (遅い, 遅かった, 新しい, 遅く: the latest first)


def _months_held(ctx: Context) -> bool:
    return FIELD in ctx.all_fields


def _other_month(m: re.Match, ctx: Context) -> Production | None:
    """「3月以外の月で終わった」「年度の途中で終了した」 (the fiscal year ends in March): ended, in another month
    of the year than the one said; an item whose sheet gives no month is left out, and said to be."""
    month = int(m.groupdict().get("month") or m.groupdict().get("month1") or 3)
    if not 1 <= month <= 12:
        return None
    said = m.group(0).strip()
    ended = Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）")
    if not _months_held(ctx):
        return Production([ended], {"practice"}, unused=[said],
                          notes=[f"終了月は索引にないため「{said}」は確かめられません"])
    return Production([ended, Condition(FIELD, "other_month", f"{month:02d}", f"終了月 ≠ {month}月（{month}月以外の月に終了）")],
                      {"practice"}, notes=["進捗状況シートに終了月の記載がない実践項目は、月を確かめられないため含めていません"])


def _in_month(m: re.Match, ctx: Context) -> Production | None:
    """「3月に終わった」 (a month, no year): ended in that month of whichever year."""
    month = int(m.group("month"))
    if not 1 <= month <= 12:
        return None
    said = m.group(0).strip()
    ended = Condition("ended", "not_empty", None, "取組終了 = 記載あり（終了済み）")
    if not _months_held(ctx):
        return Production([ended], {"practice"}, unused=[said])
    return Production([ended, Condition(FIELD, "in_month", f"{month:02d}", f"終了月 = {month}月（年は問わない）")],
                      {"practice"}, notes=["進捗状況シートに終了月の記載がない実践項目は、月を確かめられないため含めていません"])


def _end_order(m: re.Match, ctx: Context) -> Production | None:
    """「終了時期の早い順」「取組終了が早かったものから2件」「早く終わった順に3つ」: ordered by when each ended."""
    if "ended" not in ctx.all_fields:
        return None
    n = m.groupdict().get("n")
    limit = int(n) if n and (ctx.query is None or ctx.query.limit is None) else None
    field = FIELD if _months_held(ctx) else "ended"
    notes = ["終了月のある実践項目は進捗状況シートの終了月で、ない実践項目は終了年度の年度末（3月）として並べました。"
             "継続中（取組終了が空欄）のものは最後です"] if field == FIELD else []
    return Production(order_by=field, descending=m.group("size") not in _EARLY, limit=limit, notes=notes,
                      hints={"practice"})


_CMP = {"以上": ">=", "以下": "<=", "未満": "<", "より多い": ">", "より少ない": "<", "ちょうど": "=", None: ">="}


def _yearly_score_times(m: re.Match, ctx: Context) -> Production | None:
    """A score of each year's self-evaluation (a part of the item with a year: self_eval) and how many years have it."""
    from assistant.labels import field_label

    part = "self_eval"
    cols = ctx.lex.columns.get(part, ())
    if "year" not in cols:
        return None
    field = next((f for f in cols if field_label(f, part) == m.group("w")), "")
    if not field:
        return None
    n, value, cmp = int(m.group("n")), int(m.group("v")), _CMP[m.group("cmp")]
    sign = {">=": "以上", "<=": "以下", "<": "未満", ">": "より多い", "=": ""}[cmp]
    return Production([Condition("@part_times", "part_times", {"part": part, "link": "practice", "field": field,
                                                                "value": value, "n": n, "cmp": cmp},
                                 f"年度ごとの自己評価で{m.group('w')}が{value}の年度が{n}回{sign}")], {"practice"})


_LIMIT = r"(?:(?:に|で|を)?[、,]?\s*(?:上から|先頭から)?\s*(?P<n>\d+)\s*(?:つ|件|個|項目)(?:の|だけ|を)?)?"

RULES: list[Rule] = [
    Rule("ended_other_month",
         # 「3月以外の月で終わってる」「取組終了の時期が3月以外」「年度の途中（3月以外）で取組を終了した」
         r"(?:(?:" + _END + r"(?:の)?(?:時期|月|年月)?(?:が|は)\s*)" + _MONTH + r"\s*(?:以外(?:の月)?|(?:じゃ|では|で)(?:ない|なかった|なく))(?:[、,]\s*つまり)?"
         r"|" + _MONTH.replace("?P<month>", "?P<month1>") + r"\s*以外(?:の月)?(?:で|に)" + _VERB +
         r"|年度末(?:以外|じゃない|でない|ではない)(?:の月|の時期|のとき|の時)?(?:で|に)" + _VERB +
         r"|年度(?:の)?途中\s*(?:[(（]\s*(?P<m2>\d{1,2})\s*月以外\s*[)）])?\s*(?:で|に)" + _VERB + r")",
         lambda m, ctx: _other_month(m, ctx) if not m.group("m2") or m.group("m2") == "3" else None,
         examples=(("3月以外の月で終了した", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("取組終了の時期が3月以外", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("取組終了の月が3月じゃない", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("終了月が9月ではない", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "09")]}),
                   ("年度の途中(3月以外)で取組終了した", {"conditions": [("ended", "not_empty", None),
                                                              ("ended_month", "other_month", "03")]}),
                   ("3月以外に取組を終えた", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("年度末以外に終わった", {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("年度の途中で取組を終了したとされている", {"conditions": [("ended", "not_empty", None),
                                                                ("ended_month", "other_month", "03")]}))),
    Rule("ended_in_month",
         # 「3月に終わった」: a month of no year said (a year before it is a date: ends.py)
         r"(?<![\d年])" + _MONTH + r"(?:末)?(?:に|で)" + _VERB,
         _in_month,
         examples=(("3月に終了した", {"conditions": [("ended", "not_empty", None), ("ended_month", "in_month", "03")]}),
                   ("令和4年9月に終了した", None))),
    # 「取組終了が「9月」と書かれている」「取組終了の月が12月になっている」: the end field said with a month of no
    # year, as the sheets print it (令和4年9月取組終了): ended in that month of whichever year.
    Rule("end_field_in_month",
         _END + r"(?:の\s*(?:月|時期))?\s*(?:が|は|欄に|の欄が)\s*[「『]?(?<![\d年])" + _MONTH + r"[」』]?\s*"
         r"(?:と\s*(?:書かれて|記載されて|記入されて|書いて|なって)(?:いる|る|ある)|に\s*なって(?:いる|る)|の(?=\s*(?:もの|やつ|進捗|実践|シート)))",
         _in_month,
         examples=(("取組終了が「9月」と書かれている", {"conditions": [("ended", "not_empty", None), ("ended_month", "in_month", "09")]}),
                   ("取組終了の月が12月になっている", {"conditions": [("ended", "not_empty", None), ("ended_month", "in_month", "12")]}),
                   ("取組終了が令和4年9月と書かれている", None))),
    Rule("ordered_by_end",
         r"(?:" + _END + r"(?:の)?(?:時期|年月|月)?|終了した(?:時期|の|もの))(?:が|の|は)\s*" + _ORDER_WORD
         + r"\s*(?:順|もの(?:から|順)|方から|ほうから)(?:に|で)?(?:並べ(?:て|る|た)?)?" + _LIMIT,
         _end_order,
         examples=(("終了時期の早い順に並べて", {"order_by": "ended_month", "descending": False}),
                   ("取組終了が早かったものから2件", {"order_by": "ended_month", "descending": False, "limit": 2}),
                   ("終了した時期が早い順", {"order_by": "ended_month", "descending": False}),
                   ("取組終了が遅い順に3つ", {"order_by": "ended_month", "descending": True, "limit": 3}))),
    Rule("ordered_by_end_verb",
         r"(?P<size>早く|遅く)\s*(?:取組(?:を|が)?)?終了した(?:もの)?(?:順|もの(?:から|順))(?:に|で)?(?:並べ(?:て|る|た)?)?" + _LIMIT,
         lambda m, ctx: _end_order(m, ctx),
         examples=(("早く終了した順に3つ", {"order_by": "ended_month", "descending": False, "limit": 3}),)),
]

# The progress sheet named as where a field is read (「シートを見ると」「進捗状況シート上、」「シートの取組終了が」), or the
# label its 取組終了 row prints (「取組終了の場合記入」のとこ): where the field is printed, not the records asked (the
# items). Said before the sheet's own fields only; 「…の進捗状況シート」 asking for sheets is left to the kinds.
_SHEET = r"(?:進捗状況シート|進捗シート|(?<![一-龥ァ-ヶー])シート)"
_SHEET_FIELDS = (r"[「『]?(?:取組終了|取り組み終了|終了|取組に対する自己評価|自己評価|年度別|総合評価|工程表|取組上の課題|課題|解決方法"
                 r"|進捗度|連携度|効率性|創造性|特記事項)")
SHEET_RULES: list[Rule] = [
    Rule("sheet_said_as_place",
         _SHEET + r"(?:上|の中|を見ると|を見て|を見たら|では|によると|によれば)\s*[、,]?"
         # (a bare シート only: 「進捗状況シートで取組終了が…のもの」 asks for the sheets themselves)
         r"|(?<![一-龥ァ-ヶー])シート(?:の|で|に)\s*(?=" + _SHEET_FIELDS + r")"
         # (「…の進捗状況シートで、R5年度の進捗度の自己評価は」: a year's score, printed in the sheet's 自己評価 table)
         # (not when the sheet's own fields are asked too: 「…で、R2の進捗度の自己評価はいくつ？あと取組終了は何年何月？」
         # reads the sheet, whose row holds the end month: q102-060)
         r"|" + _SHEET + r"(?:で|では|の)\s*[、,]?\s*(?!.*取組終了)(?=(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?\s*(?:の|で|に)?\s*"
         r"(?:進捗度|連携度|効率性|創造性)(?:の)?(?:自己評価)?\s*(?:は|が|って)\s*(?:何|いくつ|なん))"
         r"|(?:" + _SHEET + r"の)?[「『]取組終了の場合記入[」』](?:の)?\s*(?:とこ|ところ|欄|部分)"
         # (not before its month said: 「…欄の月が3月以外」 is sheet_end_label_other_month's)
         r"(?!\s*の?\s*(?:時期|月|年月)\s*(?:が|は))(?:で|に|の|は)?\s*[、,]?",
         lambda m, ctx: Production() if "ended" in ctx.all_fields else None,
         examples=(("シートを見ると", {}), ("進捗状況シート上、", {}), ("シートの取組終了が", {}),
                   ("進捗状況シートの「取組終了の場合記入」のとこ、", {}), ("実践項目28の進捗状況シート", None),
                   ("進捗状況シートの「取組終了の場合記入」欄の月が", None),
                   ("進捗状況シートで、R5年度の進捗度の自己評価は何点", {}),
                   ("進捗状況シートで、R2の進捗度の自己評価はいくつ？あと取組終了は何年何月", None))),
    # 「進捗状況シートの「取組終了の場合記入」欄の月が3月以外」: the month of the sheet's end row, said by its printed
    # label (read before the quotes, which would seek the label as a word)
    Rule("sheet_end_label_other_month",
         r"(?:" + _SHEET + r"\s*の\s*)?[「『]取組終了の場合記入[」』]\s*(?:の)?\s*(?:欄|とこ|ところ|部分)?\s*(?:の)?\s*(?:時期|月|年月)\s*(?:が|は)\s*"
         + _MONTH + r"\s*(?:以外(?:の月)?|(?:じゃ|では|で)(?:ない|なかった|なく))",
         _other_month,
         examples=(("進捗状況シートの「取組終了の場合記入」欄の月が3月以外になっている",
                    {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "03")]}),
                   ("「取組終了の場合記入」のとこの月が9月じゃない",
                    {"conditions": [("ended", "not_empty", None), ("ended_month", "other_month", "09")]}))),
    # 「効率性の自己評価が1の年が3回以上ある」: a score of the yearly self-evaluations counted over the years
    Rule("yearly_score_times",
         r"(?P<w>[一-龥]{1,4}[度性])(?:の)?(?:自己評価)?(?:が|で|は)\s*(?P<v>\d)\s*(?:点)?(?:の|だった|になった|になってる|になっている)\s*"
         r"(?:年|年度)(?:が|は)?\s*(?P<n>\d+)\s*(?:回|年|度|年度|か年)\s*(?P<cmp>以上|以下|未満|より多い|より少ない|ちょうど)?",
         _yearly_score_times,
         examples=(("効率性の自己評価が1の年が3回以上", {"conditions": [("@part_times", "part_times",
                                                               {"part": "self_eval", "link": "practice", "field": "efficiency",
                                                                "value": 1, "n": 3, "cmp": ">="})]}),)),
    # 「課題の欄に「特になし」って書いてあるシートある？」: the sheet said bare as where the words asked are printed (no
    # kind of its own: the part the question names holds them, its items are what is asked)
    Rule("sheet_said_as_holder",
         r"(?<![一-龥ァ-ヶー])シート(?:って|は|が|で)?\s*(?=ある|あります|どれ|どこ)",
         lambda m, ctx: Production() if "ended" in ctx.all_fields else None,
         examples=(("書いてあるシートある？", {}), ("評価シートある？", None))),
    # 「取組上の課題か解決方法のとこに「視察」」: both columns of the 取組上の課題 table named, the table (kind word
    # kept) is where the words are sought
    Rule("challenge_columns_said",
         r"(?P<keep>取組上の課題|課題)\s*(?:か|と|や|・|、|または|もしくは|あるいは)\s*解決方法\s*(?:の)?\s*(?:欄|とこ|ところ|部分|どちらか|いずれか)?"
         r"(?:の)?(?:に|で)",
         lambda m, ctx: Production() if "challenge" in ctx.lex.kinds else None,
         examples=(("取組上の課題か解決方法のとこに", {}),)),
    # 「シートの自己評価のとこで、R2の進捗度が1」「…が1だった実践項目は？シートの年度別のとこで」: the table of each
    # year's self-evaluation named as where the scores said are read (the year's scores are its rows anyway).
    Rule("self_evaluation_said_as_place",
         r"(?:" + _SHEET + r"の)?(?:取組に対する)?(?:自己評価|年度別(?:の自己評価)?)(?:の)?\s*(?:とこ|ところ|欄|表|部分)"
         r"(?:で|では|に|を見ると)?\s*[、,]?",
         lambda m, ctx: Production() if "year" in ctx.lex.columns.get("self_eval", ()) else None,
         examples=(("シートの自己評価のとこで、", {}), ("シートの年度別のとこで", {}))),
]
