"""Columns of counts under one heading, each named by a category (判定人の判定（票数）: 不要 | 要改善（市） |
拡充): said by the category with the heading's counter (「不要の票」「要改善は何票」「1票も入らなかった」),
where the category alone is a value of another column (判定結果 不要)."""
from __future__ import annotations

import re
from typing import Callable

from assistant.query.facts import _key
from assistant.query.tables.read import Table
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# 「判定人の判定(票数)不要」: a heading, its unit of counts in brackets, the category under it.
_GROUPED_HEADER = compiled(r"^(?P<head>.*?)[(（](?P<unit>[^()（）]{1,4}?数)[)）](?P<label>[^()（）].*)$")
# 「廃止件数」「縮小件数」: a category's word and its counter's 数, the table's columns of counts per category.
_CATEGORY_COUNT = compiled(r"^(?!(?:合計|小計|総計|計)(?:件数|人数|回数|団体数)$)(?P<label>[一-龥ァ-ヶー]{2,6}?)(?P<unit>件数|人数|回数|団体数)$")
_BRACKETS = compiled(r"[(（][^()（）]*[)）]")
_OPEN, _CLOSE = r"[「『\"]?", r"[」』\"]?"
# 「1票も入らなかった」「1票も入っていない」: not even that many (fewer than it).
_NOT_EVEN = r"も(?:入|集ま|獲得|投じ|あ)?[ぁ-ん]*?(?:ない|なかった|ません|ず)"
_BOUND = {"以上": "ge", "以下": "le", "未満": "lt", "超": "gt", "を超え": "gt", "を上回": "gt", "より多": "gt",
          "を下回": "lt", "より少": "lt"}


def counted_categories(t: Table) -> dict[str, tuple[str, list[str]]]:
    """{header: (counter, the category's forms)} of the numeric columns sharing a heading with a unit
    of counts (票数 → 票); at least two columns under the heading, or it is no group of categories."""
    found: dict[str, tuple[str, str, str]] = {}
    for c in t.columns:
        m = _GROUPED_HEADER.match(nfkc(c.header))
        if c.numeric and m and len(m.group("unit")) >= 2:
            found[c.header] = (m.group("head") + m.group("unit"), m.group("unit")[:-1], m.group("label"))
        elif c.numeric and (m := _CATEGORY_COUNT.match(nfkc(c.header))):
            # 「廃止 │ 縮小 │ 統合」 over 件数 │ 金額 each (廃止件数, 縮小件数): the category's count, its counter 件
            found[c.header] = (m.group("unit"), m.group("unit")[:-1], m.group("label"))
    heads: dict[str, int] = {}
    for head, _, _ in found.values():
        heads[head] = heads.get(head, 0) + 1
    out: dict[str, tuple[str, list[str]]] = {}
    for header, (head, counter, label) in found.items():
        if heads[head] < 2:
            continue
        forms = {_key(label), _key(_BRACKETS.sub("", label))} - {""}
        out[header] = (counter, sorted(forms, key=len, reverse=True))
    return out


def read_counted_categories(t: Table, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """「要改善は何票」 (that column asked), 「不要の票がいちばん多い」 (that column measured), 「不要の票が1票も
    入らなかった」「拡充が3票以上」 (that column compared): the category read as its column of counts."""
    categories = counted_categories(t)
    _read_unanimous(t, qn, categories, free, take)
    _read_top_count(t, qn, categories, free, take)
    for header, (counter, forms) in categories.items():
        c = re.escape(counter)
        for form in forms:
            f = re.escape(form)
            # 「1人でも廃止に票を入れた」: at least that many counted for the category
            for m in re.finditer(rf"(\d+)\s*{c}でも{_OPEN}{f}{_CLOSE}に(?:票を|一票を)?(?:入れ|投じ|投票し|入っ)[ぁ-ん]*", qn):
                if free(*m.span()):
                    take(m.start(), m.start(), "col", header)
                    take(*m.span(), "cmp", ("ge", float(m.group(1)), ""))
            # 「拡充に１票でも入った」「不要に2票以上入った」: the count said after the category, with its verb
            for m in re.finditer(rf"{_OPEN}{f}{_CLOSE}(?:に|にも)\s*(\d+)\s*{c}(?P<even>でも)?(?P<bound>以上)?"
                                 r"(?:入っ|入り|投じられ|集まっ)[ぁ-ん]*", qn):
                if free(*m.span()) and (m.group("even") or m.group("bound")):
                    take(m.start(), m.start(), "col", header)
                    take(*m.span(), "cmp", ("ge", float(m.group(1)), ""))
            said = re.compile(
                rf"{_OPEN}{f}{_CLOSE}(?:"
                # 「不要に票が入った」「市・現行通りにも票が入ってた」: the category voted for (the verb read below)
                rf"(?:に|にも)(?={c}(?:が|は|も)?(?:入|投じ|集ま))|"
                # 「「要改善」は何票入った」: the count asked, its verb used with it
                rf"(?:は|に|が|って|の)?何{c}(?:数)?(?:入|集ま|獲得|投じ|あ)?[ぁ-ん]*?(?=[?？、。]|$)"
                # 「廃止になったのは何件」「縮小されたのは何件」: the category as what became of the things counted
                rf"|(?:に|と)?(?:なった|なる|された|した)(?:の|もの)(?:は|が|って)\s*何{c}[ぁ-ん]*?(?=[?？、。]|$)"
                rf"|(?:の|への|に入った)?{c}(?:数)?"  # 「不要の票」「不要票」
                rf"|(?=(?:は|が|に)?\s*\d+\s*{c}))")  # 「拡充が3票以上」
            for m in said.finditer(qn):
                if not free(*m.span()):
                    continue
                take(*m.span(), "col", header)
                _read_count_said(qn, m.end(), c, header, free, take)


def _read_count_said(qn: str, at: int, counter: str, header: str, free, take) -> None:
    """The number of the counter said right after the column (「が1票も入らなかった」「が3票以上」)."""
    m = re.compile(rf"(?:が|は|に)?\s*(\d+)\s*{counter}(?:数)?(?:(?P<not_even>{_NOT_EVEN})"
                   rf"|(?P<bound>以上|以下|未満|超|を超え|を上回|より多|を下回|より少)[ぁ-ん]*)?").match(qn, at)
    if not m:
        # 「拡充の票が入った」「不要の票が入っていない」: any count at all, or none.
        m = re.compile(rf"(?:{counter}(?:が|は|も)?)?(?:が|は)?(?:(?P<none>入ら(?:なかった|ない)|入って(?:い)?ない|入っていません|(?:1票も)?なかった)"
                       r"|入っ(?:た|ている|てる|ていた|てた)|入り|あった)").match(qn, at)
        if m and free(*m.span()):
            take(*m.span(), "cmp", ("eq" if m.group("none") else "gt", 0.0, ""))
        return
    if not free(*m.span()):
        return
    n = float(m.group(1))
    op = "lt" if m.group("not_even") else _BOUND[m.group("bound")] if m.group("bound") else "eq"
    take(*m.span(), "cmp", (op, n, ""))


# 「全員一致だった」「満場一致」: every count of the vote in one category.
# (「仕分け人6人の評決が」: how many voted, said before, is the vote's total)
_UNANIMOUS = compiled(r"(?:(?P<total>\d+)\s*[人名票]の)?(?:評決|票|判定|採決)?(?:が|は|で)?(?:全員一致|満場一致|全会一致)(?:だった|で|の|した)?")


def _read_unanimous(t: Table, qn: str, categories: dict, free, take) -> None:
    """「評決が全員一致だった事業」: the rows whose counts under one heading all fall in one category."""
    m = _UNANIMOUS.search(qn)
    if not m or not free(*m.span()):
        return
    heads: dict[str, list[str]] = {}
    for header in categories:
        head = _GROUPED_HEADER.match(nfkc(header))
        heads.setdefault(head.group("head"), []).append(header)
    if len(heads) == 1:
        total = float(m.group("total")) if m.group("total") else None
        take(*m.span(), "unanimous", (next(iter(heads.values())), total))


# 「最多の判定でも３票どまりだった」「いちばん多い判定が4票以上」: the largest of a row's counts under one heading
_TOP_COUNT = compiled(r"(?:最多|(?:いちばん|一番|最も|もっとも)多い|多数)の?(?:判定|区分|意見|選択肢)?(?:の票数?)?(?:でも|が|は|で)\s*"
                      r"(?P<n>\d+)\s*(?P<counter>[票件人名])(?:数)?\s*(?P<how>どまり|止まり|以上|以下|未満|まで|を超え|超)?")
_TOP_OP = {"どまり": "eq", "止まり": "eq", "以上": "ge", "以下": "le", "未満": "lt", "まで": "le", "を超え": "gt", "超": "gt"}


def _read_top_count(t: Table, qn: str, categories: dict, free, take) -> None:
    """「最多の判定でも３票どまりだった事業」: the rows whose largest count under the one heading of categories
    counted in that counter is the number said (どまり: it reached that, no more)."""
    m = _TOP_COUNT.search(qn)
    if not m or not free(*m.span()):
        return
    heads: dict[str, list[str]] = {}
    for header, (counter, _) in categories.items():
        if counter == m.group("counter"):
            heads.setdefault(_GROUPED_HEADER.match(nfkc(header)).group("head") if _GROUPED_HEADER.match(nfkc(header))
                             else counter, []).append(header)
    if len(heads) == 1:
        op = _TOP_OP.get(m.group("how") or "", "eq")
        take(*m.span(), "topcount", (next(iter(heads.values())), op, float(m.group("n")), m.group("counter")))
