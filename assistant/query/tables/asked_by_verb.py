"""A column asked by the verb it names or the unit it is charged by, not by its label:
「西暦で何年度に削減する予定ですか」 over a column 「削減年度（西暦・年度）」 asks that column (削減 + 年度);
「1時間いくらで借りられますか」 over a fee column (使用料（円）) beside a column of units holding 「1時間」 asks
the fee; 「社会福祉協議会向けのもの」 over a column of recipients (交付先) holding 社会福祉協議会 is that column's
value; 「…のは何番？」 over a column 番号 asks that column. The question is said with the column's word so
that the table reading asks it."""
from __future__ import annotations

from assistant.query.facts import _key

import re

from assistant.query.compiled import compiled
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc

_YEAR_OF_VERB = compiled(r"何年度に\s*(?P<verb>[一-龥]{2,4})(?:する|される|を行う|します|されます)(?:予定|見込み|計画)?(?:です|でしょう)?か?")
_YEAR_BUILT = compiled(r"何年度?に\s*(?:建てられ|建設され|建築され|建っ|竣工し|整備され)[ぁ-ん]*[?？]?"
                       # (「…建てられましたか？西暦で教えてください。」: the calendar asked after it, kept)
                       r"(?P<western>\s*[、,]?\s*西暦で(?:教えて(?:ください|下さい)?|お願いします|答えて(?:ください)?)?[。.]?)?$")
_BUILT_HEADER = compiled(r"建築|建設|竣工|築年")
_PER_UNIT = compiled(r"(?P<unit>\d+\s*(?:時間|日|回|区分|面|室))\s*(?:あたり|当たり)?\s*いくらで?\s*"
                     r"(?:借り|使え|使う|利用|貸し)[ぁ-ん]*[?？。]?$")

# 「社会福祉協議会向けのもの」: whom a thing is for, a value of the column of recipients.
_FOR_WHOM = compiled(r"(?P<who>[一-龥ァ-ヶー]{2,20}?)向け(?=の|に)")
_RECIPIENTS = compiled(r"交付先|補助先|支出先|助成先|交付対象|補助対象|対象者|対象団体")

# 「一般会計で事業費をまかなう事業」: what a cost is paid out of is a value of the column of funding sources (財源),
# read as 「財源が一般会計の事業」; the cost word before the verb only says what is paid for.
_FUNDED_BY = compiled(r"(?P<what>[一-龥ァ-ヶー]{2,12}?)(?:だけ|のみ)?で\s*(?:[一-龥]{0,4}(?:費|費用)を\s*)?"
                      r"(?:まかな|賄)(?:う|っている|ってる|っていた|った|われている|われてる|われる|われた)(?=[一-龥ァ-ヶー]|もの|の)")
_FUNDS = compiled(r"財源")


# 「1,000万円以上交付した補助金」: an amount compared, then the verb the amount column is named by (交付額):
# the verb is what the column says, read as 「1,000万円以上の補助金」.
_AMOUNT_VERB = compiled(r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:億|万|千)?円\s*(?:以上|以下|超|未満|を超え(?:る|た)?|より(?:多く|少なく)))\s*"
                        r"(?P<verb>[一-龥]{2,4})(?:した|している|していた|された|されている|する|される)(?=[一-龥ァ-ヶー]|もの|の)")

# 「本町が払っている年間負担額」: who pays said as the subject of the verb, then the amount.
_PAYER_VERB = compiled(r"(?P<who>[一-龥ァ-ヶー]{1,10})が\s*(?:払っ|支払っ|負担し|拠出し|出し)(?:ている|てる|た)\s*"
                       r"(?P<what>[一-龥ァ-ヶー]{0,8}(?:負担額|負担金|経費|費用|金額|額))")

# 「負担割合について話し合った」「負担割合を協議した」: what was discussed, over a column of agenda (議題).
_DISCUSSED = compiled(r"(?P<what>[一-龥ァ-ヶーA-Za-z0-9]{2,16}?)(?:のこと|の件)?(?:について|に関して|に関する|を)\s*"
                      r"(?:話し合(?:った|われた|っている|われている)|話しあった|(?:議論|協議|審議|検討)(?:した|された|している|されている))")

# 「…のは何番？」「何番ですか」: the row's number asked (not 「何番目」, a place in an order).
_NUMBER_ASKED = compiled(r"(?:は|が|って)?\s*何番(?!目)\s*(?:です|でしょう|だった|でした)?\s*(?:か|の)?\s*[?？。]?\s*$")
_NUMBER_HEADER = compiled(r"(?:通し|質問|整理|項目)?番号|No\.?|NO\.?|№")


# 「R14目標」「令和14年度の目標」 over 中間目標（令和9年度） | 最終目標（令和14年度）: the column of that year's target
_YEAR_TARGET = re.compile(r"(?:(?<![A-Za-z])R\s*(?P<r>\d{1,2})|令和\s*(?P<w>\d{1,2})\s*年度?)\s*(?:の)?\s*(?P<word>目標値?|計画値?)(?![(（]|値|年)")


def _year_target(text: str, tables: list[Table]) -> str:
    m = _YEAR_TARGET.search(text)
    if m is None:
        return text
    fy = 2018 + int(m.group("r") or m.group("w"))
    word = re.sub(r"値$", "", m.group("word"))
    # (only a column printing its year apart, in brackets, with the target word ending its name)
    # (and a name of its own: 「令和7年度目標(最終)」 beside 令和5年度目標 | 令和6年度目標 is one year of the series 目標,
    # which the year said picks; its bare base would say every year's)
    heads = {(c.base, c.header) for t in tables for c in t.columns if c.year == fy and c.numeric
             and re.search(r"[(（]", nfkc(c.header)) and re.sub(r"値$", "", _key(c.base)).endswith(word)
             and _key(c.base) != f"{fy}年度" and not any(o is not c and o.base == c.base for o in t.columns)}
    if len(heads) != 1:
        return text
    base = nfkc(next(iter(heads))[0]).strip()
    return text[:m.start()] + base + text[m.end():]


def as_asked_column(question: str, tables: list[Table]) -> str:
    """The question with the verb or unit that asks a column said as that column's word; as it is
    when no table has such a column."""
    text = _year_target(nfkc(question), tables)
    m = _YEAR_OF_VERB.search(text)
    if m:
        verb = m.group("verb")
        if any(nfkc(c.header).startswith(f"{verb}年度") for t in tables for c in t.columns):
            return text[:m.start()] + f"{verb}年度は？"
    m = _YEAR_BUILT.search(text)
    if m:
        # 「何年度に建てられた？」: the one column of the year a building went up (建築年度, 建設年).
        built = {c.header for t in tables for c in t.columns if c.years_inside and _BUILT_HEADER.search(nfkc(c.header))}
        if len(built) == 1:
            before = re.sub(r"は\s*$", "の", text[:m.start()])  # (「…プールは何年に」: the building's column)
            return before + f"{built.pop()}は{'西暦で何年' if m.group('western') else ''}？"
    m = _PER_UNIT.search(text)
    if m:
        unit = re.sub(r"\s+", "", m.group("unit"))
        for t in tables:
            fees = [c for c in t.columns if c.numeric and c.unit == "円"]
            units = any(unit in {nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows}
                        for c in t.columns if c not in fees)
            if len(fees) == 1 and units and fees[0].base:
                return text[:m.start()].rstrip("はが、, ") + f"の{fees[0].base}はいくら？"
    m = _NUMBER_ASKED.search(text)
    if m:
        heads = {nfkc(c.header).strip() for t in tables for c in t.columns if _NUMBER_HEADER.fullmatch(nfkc(c.header).strip())}
        # (several tables' numbering columns: 番号, the word 何番 says, before No.)
        head = "番号" if "番号" in heads else heads.pop() if len(heads) == 1 else ""
        if head:
            text = text[:m.start()].rstrip("、, ") + f"の{head}は？"
            question = text
    m = _AMOUNT_VERB.search(text)
    if m and any(c.numeric and nfkc(c.header).startswith(m.group("verb") + "額") for t in tables for c in t.columns):
        text = text[:m.end("amount")] + "の" + text[m.end():]
        question = text
    m = _PAYER_VERB.search(text)
    if m:
        # 「本町が払っている年間負担額」 over 「本町の年間負担額（千円）」: who pays, then the amount, is the column
        # headed 「<who>の<amount>」
        who, what = m.group("who"), m.group("what")
        if any(c.numeric and nfkc(c.header).startswith(f"{who}の") and what in nfkc(c.header)
               for t in tables for c in t.columns):
            text = text[:m.start()] + f"{who}の{what}" + text[m.end():]
            question = text
    m = _DISCUSSED.search(text)
    if m:
        # 「負担割合について話し合った会議」 over a column 主な議題 holding 負担割合: what a meeting discussed is
        # its agenda, read as 「負担割合が議題になった会議」
        what = m.group("what")
        if any(not c.numeric and "議題" in nfkc(c.header)
               and any(what in nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows)
               for t in tables for c in t.columns):
            text = text[:m.start()] + f"{what}が議題になった" + text[m.end():]
            question = text
    m = _FUNDED_BY.search(text)
    if m:
        what = m.group("what")
        heads = {c.header for t in tables for c in t.columns if not c.numeric and _FUNDS.search(nfkc(c.header))
                 and any(what in nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows)}
        if len(heads) == 1:
            only = "のみ" if re.match(r"(?:だけ|のみ)で", text[m.end("what"):]) else ""
            text = text[:m.start()] + f"{heads.pop()}が{what}{only}の" + text[m.end():]
            question = text
    for m in _FOR_WHOM.finditer(text):
        who = m.group("who")
        heads = {c.header for t in tables for c in t.columns if not c.numeric and _RECIPIENTS.search(nfkc(c.header))
                 and any(who in nfkc(str(r["cells"].get(c.header) or "")) for r in t.rows)}
        if len(heads) == 1:
            return text[:m.start()] + f"{heads.pop()}が{who}" + text[m.end():]
    return text if text != nfkc(question) else question
