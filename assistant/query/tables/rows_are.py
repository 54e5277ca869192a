"""What a table's rows are, where they are records of a kind another layout prints: the rows of
「取組別進捗状況一覧」 asked as 「…取組は？」 are plan items, those of 「基本目標別評価」 asked as
「…基本目標は？」 the headings the items are grouped under, those of 「共同処理の状況」 joint projects.

The kinds declare the words (RecordKind.row_words). Only when the question calls the rows by a word of the
kind the table's own word is (its title, caption or naming column; the longest such word the table says: a
table of 重点取組 asked of as 取組 keeps its rows), the one said last where the question says two. The answer's keys then say that kind (answer.py)."""
from __future__ import annotations

import json
import re

from assistant.kinds.registry import grouped_row_kind_words, row_kind_words
from assistant.query.answer import Answer
from assistant.query.tables.question import _numbered_by_word
from assistant.text.normalize import nfkc


# Words a table's title joins to its rows' word that name no rows (「共同調達一覧」「共同処理状況」).
_NOT_ROWS = {"一覧", "状況", "計画", "方針", "報告", "実績", "概要", "結果", "評価", "推進", "事業"}

# 「…順調に進んでいるのは？」「…のものは？」: the rows asked by no word of what they are
# (「…設置主体になっているもの」: もの closing the question asks them as 「…ものは？」 does; 「…50％以上のものは？」
# the rows past a bound)
# (「R7で評価が下がったやつ」: やつ is the spoken もの; 「…低い順に５つ並べて」: rows ranked and counted out with
# no noun at all; 「…多い順に上位３つ」 the same with no verb)
_ROWS_UNNAMED = re.compile(r"(?:(?:[いたるだ]|ている|てる|(?:以上|以下|未満)の(?=もの))(?:(?:の|もの|やつ)(?:は|って)\s*(?:どれ|何|なに|どこ)?\s*(?:ですか|でしょうか)?|もの|やつ)"
                           r"|順に?\s*(?:\d{1,2}|[一二三四五六七八九十])\s*(?:つ|個|件)\s*(?:並べて|挙げて|教えて|出して|見せて)(?:ください|下さい|くれ|ほしい)?"
                           # (「…多い順に上位３つ」: the ranked rows counted out, no noun and no verb)
                           r"|順に?\s*(?:上位|トップ)\s*(?:\d{1,2}|[一二三四五六七八九十])\s*(?:つ|個|件)?(?:を?(?:並べて|挙げて|教えて|出して|見せて)(?:ください|下さい|くれ|ほしい)?)?)"
                           r"\s*[?？。]?\s*$")


def _own_name_said_after(table, asked: str, at: int) -> bool:
    """「広域連携の協議会で、…話し合った会議はどれ？」 of a table naming its rows in 会議名: the rows called by the
    word of their own name column (会議 of 会議名), said after the kind's word, which only says whose they are."""
    names = ["".join(nfkc(str(c.header or "")).split()) for c in table.columns]
    # (not the head of a kind's own word: 事業 of 事業名 is what 連携事業 calls its rows too)
    words = {h[:-1] for h in names if len(h) >= 3 and h.endswith("名")
             and not any(w.endswith(h[:-1]) for w, _ in _kind_words(table))}
    # (「…施策で、指標評価がＡになってる指標」 of a table naming its rows in 成果指標名: the name word's last two kanji,
    # 指標, call the rows as the whole word does)
    words |= {w[-2:] for w in words if len(w) >= 4 and re.fullmatch(r"[一-龥]{2}", w[-2:])
              and not any(k.endswith(w[-2:]) for k, _ in _kind_words(table))}
    # (not 「共同処理の事務は？」: the name word straight after the kind's word and its の is one phrase, the kind's
    # rows called by what they are (事務 of the joint processing), so the kind still reads them)
    return any(not re.fullmatch(r"\s*の\s*", asked[at:at + m.start()])
               for w in words for m in re.finditer(re.escape(w) + r"(?:は|って|を|が|[?？]|$)", asked[at:]))


def _name_column_said(table, asked: str) -> bool:
    """Whether the question says the header of the column naming the table's rows (区分 over 歳入/歳出/組織), or
    the rows' own word that header names them by (施設 of 施設名 / 施設番号: 「…施設でいちばん古いのは？」 of
    「個別施設の対策一覧」 asks for its facilities, not the 対策 its title joins them to), where that word is no
    kind's own word (取組 of 取組名 names plan items)."""
    header = table.name or (table.columns[0].header if table.columns else "")
    header = "".join(nfkc(str(header or "")).split())
    if len(header) >= 2 and header in asked:
        return True
    words = set()
    for h in (table.number, table.name):
        h = "".join(nfkc(str(h or "")).split())
        m = _NAMING_TAIL.search(h)
        if m and m.start() >= 2 and re.fullmatch(r"[一-龥]{2,3}", h[:m.start()]):
            words.add(h[:m.start()])
    kind_words = [w for w, _ in row_kind_words()]
    for w in words - _NOT_ROWS:
        if w in kind_words:
            continue
        # (said as a noun: 「…施設で」「…施設は」, not inside a longer word a kind names, 施設分類)
        if re.search(re.escape(w) + r"(?:は|で|を|が|の(?:うち|中)|って|[?？]|$)", asked):
            return True
    return False


# 「基本方針のもの」: the word says which of the rows, not what they are
_OF_ANOTHER = re.compile(r"[\dA-Za-z０-９Ⅰ-Ⅻ\-ー()（）]*の(?:もの|やつ|ところ|分)")


# 「対策になっている」「対策とされた」: the word said as what the rows are made (a predicate), not their head
_MADE_INTO = re.compile(r"(?:に|と)(?:なっ|なる|なり|され)")


# 「基本目標4のKPIで、…のは？」: the kind's word with its number, then the rows' own word and a clause ending in
# で／のうち: which rows (those under heading 4), not what is asked — the rows stay what the table prints
_SCOPE_ONLY = re.compile(r"[\d０-９]+(?:[-－][\d０-９]+)*の(?P<x>[^、,。？?]{1,12}?)(?:のうち|の中で|では|で)[、,]")


# A column listing what each row is made of (構成事業, 構成する事業), or counting them (取組数, 事業数 of a table of
# 施策 │ 取組数 │ 評価): the rows are the groups of those items.
_MADE_OF = re.compile(r"構成(?:する)?(?:事業|事務事業|実践項目|取組)(?:名|数)?|(?:取組|取り組み|事業|事務事業|実践項目)数")


def _kind_words(table) -> list[tuple[str, str]]:
    """The words naming a table's rows as a kind's records: those naming them only under the plan's headings
    (施策) where the table sets its rows so (a 見出し column). Where the rows list the items they are made of (a
    構成事業 column), those words name the group the items belong to (施策 → initiative, practice's parent)."""
    made_of = any(_MADE_OF.fullmatch("".join(nfkc(str(c.header or "")).split())) for c in table.columns)
    if not made_of:
        if not any(c.header == "見出し" for c in table.columns):
            return row_kind_words()
        return _under_headings(table, grouped_row_kind_words())
    from assistant.kinds.registry import record_kinds

    kinds = record_kinds()
    own = set(row_kind_words())
    return [(w, (kinds[k].parent[0] if kinds[k].parent else k) if (w, k) not in own else k)
            for w, k in grouped_row_kind_words()]


def _under_headings(table, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`pairs` with the table's naming column's word read one level down where the rows sit under headings that are
    already the plan's headings: 「取組項目」 names a plan's headings elsewhere, but rows of 取組項目 printed under
    「基本方針1 …」 group rows are the items under those headings (a heading is never under a heading of its kind)."""
    name = "".join(nfkc(str(table.name or "")).split())
    kinds = dict(pairs)
    if kinds.get(name) != "initiative":
        return pairs
    if any("".join(nfkc(str(c.header or "")).split()) == "単位" for c in table.columns):
        # a progress table of indicators (成果指標/KPI │ 単位 │ 目標 │ 実績 …) keeps its rows as table rows, as on main
        # (made37 飯塚市, made44 刈谷市: gold table_row); made139's 後期 plan prints no unit column
        return pairs
    heads = ["".join(nfkc(str((r.get("cells") or {}).get("見出し") or "")).split()) for r in table.rows]
    heads = [h for h in heads if h]
    if not heads or not all(any(h.startswith(w) and w != name and k == "initiative" for w, k in pairs) for h in heads):
        return pairs
    return [(w, "practice" if w == name else k) for w, k in pairs]


def _document_said(table, asked: str) -> bool:
    """Whether the question names the table's document by a word of its title (a municipality, 「再編計画」「KPI」):
    any run of 2 characters or more of the question (3 of a longer run) that the title holds."""
    title = "".join(nfkc(str(table.doc_title or "")).split())
    for run in re.findall(r"[一-龥々ァ-ヶーA-Za-z0-9]{2,}", asked):
        if run in title or any(run[i:i + 3] in title for i in range(len(run) - 2)):
            return True
    return False


def mark_rows_kind(question: str, answer: Answer, table, before: str = "", followup: bool = False) -> str:
    """Set (in place) the kind of record the answer's table rows are, when the question and table say it;
    a follow-up saying none (「そのうち…基本方針のものは？」) keeps the kind `before`. The kind set, or ""."""
    if not answer.rows or table is None:
        return ""
    if answer.target == "table_row" and asked_as_opinions(question, table) and _related_header(table):
        # 「公募委員から意見が出ている改善項目や重点分野は？」 of a table of opinions whose 関連 column names the
        # record each is on (its caption: 「関連」欄は…改善項目の番号、又は重点分野): the rows are opinions on those
        # records (mark_opinion_rows), not the records the kind's words name
        return ""
    kind_words = _kind_words(table)
    said = "".join(nfkc(" ".join(str(x or "") for x in (table.doc_title, table.caption, table.name, table.number,
                                                         table.row_word))).split())
    asked = "".join(nfkc(question).split())
    # (「主な対策内容に「解体」が入っている施設」: a kind's word said inside the name of a column, 対策内容, names
    # the column, not the rows)
    # (not the column naming the rows: 「前期の取組」 of 前期の取組名 said is the rows called by their own word)
    for form in sorted({"".join(nfkc(f).split()) for c in table.columns if c.header != table.name
                        for f in (c.header, *c.forms)}, key=len, reverse=True):
        if len(form) >= 4 and form in asked and any(w in form and w != form for w, _ in kind_words) \
                and not any(form == w for w, _ in kind_words):
            # (not 「A番号の取組」: a letter glued before 番号 says the codes the rows are numbered by, then the
            # rows' word; 番号の取組 there is no column's name)
            asked = re.sub(r"(?<![A-Za-z])" + re.escape(form), "　" * len(form), asked)
    # (「○が7項目以上」「8項目のうち」: 項目 after a number counts something along the rows, names no rows)
    asked = re.sub(r"(?<=\d)項目", "　　", asked)
    # (「取組状況調査の8項目のうち」 over a survey's municipalities: a kind's word inside a longer word of the
    # document's title, 取組 of 取組状況調査, names the document, not its rows; 「深沢町の取組状況を」 of 「…ごとの取組状況」 is the rows' word
    # and a column of theirs, 状況, which asks the rows)
    # (only over a table whose rows are municipalities: a list's title word, 共同運営施設 of 「共同運営施設・システム
    # 一覧」, is what its rows are)
    from assistant.query.tables.place_rows import rows_are_places

    title = "".join(nfkc(str(table.doc_title or "")).split())
    column_words = {"".join(nfkc(f).split()) for c in table.columns for f in (c.header, *c.forms)}
    for run in set(re.findall(r"[一-龥々ァ-ヶー]{4,}", asked)) if rows_are_places(table) else ():
        kinds_in = [w for w, _ in kind_words if w in run and w != run]
        if run in title and kinds_in and not any(
                rest in column_words for w in kinds_in for rest in run.split(w) if rest):
            asked = asked.replace(run, "　" * len(run))
    words = [(w, kind) for w, kind in kind_words if w in said]
    own = [(w, kind) for w, kind in words if not any(w != other and w in other for other, _ in words)]
    # 「政策分野別・連携事業別の事業費」: rows per the last 〜別 said, grouped under the earlier one (no rows of its own)
    per = sorted((m.start(), w, k) for w, k in own for m in re.finditer(re.escape(w) + r"別", said))
    if len({k for _, _, k in per}) > 1:
        own = [(w, k) for w, k in own if not any(w == pw for _, pw, _ in per[:-1]) or w == per[-1][1]]
    if answer.target != "table_row":
        # (the question read as of that kind's records, answered from this table's rows: they are its records
        # where the table's own word says that kind — 「…いちばん多かった事業」 of a table of 共同事業)
        if answer.target in {k for _, k in own} and all(str(r.get("key", "")).startswith("table_row:")
                                                         for r in answer.rows):
            answer.rows_are = answer.target
            return answer.target
        return ""
    # (the head noun is said last: 「デジタル化の基本方針の取組のうち」 asks for 取組; 「財政運営の基本方針のもの」
    # for what was asked before)
    # (and by any word of the same kind: 「取組」 asked of a list of 推進項目 asks for its items too)
    # (a word of another kind said last names what is asked, which this table's rows are not: 「基本方針3の取組」
    # of a table of 基本方針)
    kinds = {kind for _, kind in own}
    # (「長寿命化以外の対策になっているものは」: a kind's word with になっている/とされた after it is what the rows
    # are made, said of them, not the head asked — the head is the もの after it)
    said_last = max(((asked.rfind(w), w, kind) for w, kind in kind_words if w in asked
                     and not any(w != longer and w in longer and longer in asked for longer, _ in kind_words)
                     and not _MADE_INTO.match(asked, asked.rfind(w) + len(w))),
                    default=None)
    # 「総合評価がＳの大区分は？」「完了した取組が一番多い大区分は」 of a table coding its rows under 「大区分記号」
    # (Ａ…Ｄ): the divisions of a plan, asked by the code column's own word as the head (said last), are the
    # plan's headings (initiatives)
    word = _code_word(table)
    at = max((m.start() for m in re.finditer(re.escape(word) + r"(?:は|って|を|で|が|に|も|[?？]|$|を全部|をすべて)", asked)),
             default=-1) if word else -1
    if at >= 0 and (said_last is None or at >= said_last[0] + len(said_last[1])):
        answer.rows_are = "initiative"
        return "initiative"
    # 「…担当している項目は？」: the bare 項目 of a table whose own word ends in it (改善項目) is that word; said after
    # another kind's word (「…の分類で、…担当している項目は」), it is still the head
    bare = [(w, k) for w, k in own if w.endswith("項目") and w != "項目"]
    if "項目" in asked and bare and len({k for _, k in bare}) == 1 and not _OF_ANOTHER.match(
            asked, asked.rfind("項目") + 2) and (said_last is None or asked.rfind("項目") >= said_last[0] + len(said_last[1])):
        said_last = (asked.rfind("項目"), "項目", bare[0][1])
    if said_last is None and not bare and kinds == {"practice"} and _coded_as_items(table):
        # 「今後の方向性が拡充になってる項目を教えて」 of 「…の取組状況」 listing rows coded 1-1-1 …: the bare 項目 asks
        # for those rows, a plan's items (their codes three levels deep say so), as the table's own word does
        at = asked.rfind("項目")
        if at >= 0 and re.match(r"(?:は|を|が|って|で|[?？]|$)", asked[at + 2:]) and not _OF_ANOTHER.match(asked, at + 2):
            said_last = (at, "項目", "practice")
    kind = before
    items = _long_items_word(table)
    if items and not kind and answer.target == "table_row":
        # 「令和6年度の評価がaの施策は」 of a long table of 施策 (施策番号 on each year's row, 年度, 評価): its
        # rows are a plan's items graded year by year, asked by the table's own word as the head
        at = asked.rfind(items)
        if at >= 0 and not _OF_ANOTHER.match(asked, at + len(items)) and (
                said_last is None or at >= said_last[0] + len(said_last[1])):
            answer.rows_are = "practice"
            return "practice"
    if said_last is None and not before:
        # 「…案件は？」 of a table the document calls 「共同調達案件一覧」: the word the table joins to its kind's word
        # (共同調達 + 案件) names the same rows.
        # (each of the table's words apart: 「…施設別の分類」 then the header 施設名 is no word 「分類施設」)
        parts = ["".join(nfkc(str(x or "")).split()) for x in (table.doc_title, table.caption, table.name,
                                                               table.number, table.row_word)]
        tails = {(m.group(1), k) for w, k in own for part in parts for m in re.finditer(re.escape(w) + r"([一-龥]{2})", part)
                 if m.group(1) not in _NOT_ROWS}
        # 「…業務は？」 of 「業務改善 導入事例集」 naming its rows in 業務名: the rows' own word (業務 of 業務名), where it
        # opens the kind's word the title says (業務 of 業務改善), is what that programme improves — its items
        for h in (table.number, table.name):
            m = _NAMING_TAIL.search("".join(nfkc(str(h or "")).split()))
            head = m.string[:m.start()] if m else ""
            tails |= {(head, k) for w, k in own if len(head) >= 2 and w.startswith(head) and w != head}
        # (「…業務ある？」: whether there are any such rows, the particle dropped as speech does)
        hit = {k for tail, k in tails if re.search(re.escape(tail) + r"(?:は|を|が|で|の|って|ある|あり|$|[?？])", asked)}
        if len(hit) == 1:
            kind = hit.pop()
    if said_last is None and not kind and len(kinds) == 1:
        # 「鵤野市が幹事の事業は？」 of a table of 合同研修・共同事業: the head of the table's own word (事業 of
        # 共同事業) said alone, the question calling no other kind's word
        heads = {w[-2:] for w, k in own if len(w) >= 4}
        # 「搬入量が減った事業は？」 of 「広域処理事業一覧」: the 事業 the title joins to a joint projects' word is
        # what such projects are called (連携事業, 共同事業), said alone
        if kinds == {"joint_project"} and any(re.search(re.escape(w) + r"事業", said) for w, _ in own):
            heads.add("事業")
        # 「評価が下がった重点は」 of a table numbering its rows 重点1 … under 「重点項目の評価一覧」: the numbering
        # column's word, the start of the table's own word, is what the rows are called short
        number = "".join(nfkc(table.number or "").split())
        if number and any(w.startswith(number) and w != number for w, _ in own) and _numbered_by_word(table):
            heads.add(number)
        if any(re.search(re.escape(h) + r"(?:は|って|を|で|の|が|[?？]|$|って|ってどれ|を全部)", asked) for h in heads):
            kind = next(iter(kinds))
        elif len({k for _, k in own}) == 1 and _ROWS_UNNAMED.search(asked) and not _name_column_said(table, asked) \
                and not followup and not _document_said(table, asked):
            # 「総務係の担当分で順調に進んでいるのは？」 of 「…取組進捗管理表」: the rows asked by no word at all (…のは？)
            # are what the table's one own word says they are (「区分（歳入・歳出・組織）の中で…高いのはどこ？」 asks
            # them by their name column's word: what that column names, not the document's kind; 「豊岡市のR6進捗で、
            # …上回ったものは」 points at the document by its own words: its rows as printed; a follow-up over the
            # same table keeps the reading the rows had before)
            kind = next(iter(kinds))
    elif said_last is not None and not _OF_ANOTHER.match(asked, said_last[0] + len(said_last[1])) \
            and not _SCOPE_ONLY.match(asked, said_last[0] + len(said_last[1])) \
            and not _own_name_said_after(table, asked, said_last[0] + len(said_last[1])):
        kind = said_last[2] if said_last[2] in kinds and not any(
            said_last[1] in w and said_last[1] != w for w, k in own if k != said_last[2]) else ""
    if said_last is None and not kind and not kinds:
        # 「令和6年度に△だった方針は？」 of a table numbering its rows 方針1, 方針2 … under 方針番号: headings numbered
        # by a word of their own, asked by that word, are the plan's headings (initiatives)
        word = _heading_word(table)
        # (said alone, not as the tail of a longer word: 「成果指標で」 of a table numbering its rows 指標1 … names the
        # measures, not headings called 指標)
        if word and re.search(r"(?<![一-龥])" + re.escape(word) + r"(?:は|って|を|で|の|が|に|も|[?？]|$|を全部|をすべて)", asked):
            kind = "initiative"
    if said_last is None and not kind:
        # 「令和6年度に重大な不備だったリスクは」 of a table whose first column groups its rows under a 区分 of their
        # own word (リスク区分 │ 財務 over R-01…R-05, merged down) beside their name (リスク名): the rows are items
        # grouped under headings, as a plan's items under its initiatives
        word = _grouped_word(table)
        at = asked.rfind(word) if word else -1
        if at >= 0 and re.match(r"(?:は|って|を|で|の|が|に|も|と|[?？(、,]|$)", asked[at + len(word):]) and not _OF_ANOTHER.match(
                asked, at + len(word)):
            kind = "practice"
    if said_last is None and not kind and _names_member_towns(table) and _own_word_said(asked, table):
        # 「蕗ノ宮市が幹事の相互利用協定は？」 of a table whose column lists the towns taking part
        # (「蕗ノ宮市、篠目町、浅葱村」), asked by the table's own word for its rows (協定 of 協定番号 /
        # 「…協定一覧」): its rows are joint projects, whatever the table calls them
        kind = "joint_project"
    if said_last is None and not kind and not kinds:
        # 「優先度が高の事業は？」 of a plan's 「投資計画一覧」 numbering its rows 下-1-01 … under 事業番号 / 事業名: the
        # rows' own word said as a noun (not 事業費) asks for the plan's items, coded as a plan codes its items
        word = plan_items_word(table)
        if word and re.search(re.escape(word) + r"(?![一-龥々ァ-ヶー])", asked):
            kind = "practice"
    if kind:
        answer.rows_are = kind
    elif said_last is not None and kinds and said_last[2] not in kinds and answer.status == "exact" \
            and _ASKED_LAST.match(asked, said_last[0] + len(said_last[1])) \
            and not any(said_last[1] in w for w, _ in own) \
            and not all("group" in r and "count" in r for r in answer.rows):
        # (「施策の数が一番多い基本方針は？」: rows counted per the headings they sit under are those headings, the
        # groups asked: no rows of the table shown as they are)
        # 「効果額の３か年累計がいちばん大きい柱は？」 of a table of 取組: what is asked (柱) is no row of this table,
        # whose rows are of another kind; the rows are shown, not given as the answer
        answer.status = "partial"
        answer.notes.append(f"「{said_last[1]}」を問う質問ですが、この表の行は{own[0][0]}なので、行のまま示しています")
    return kind


# What the question asks for, said last: 「…柱はどれですか」「…柱は？」.
_ASKED_LAST = re.compile(r"(?:は|って|を|が)?(?:どれ|どこ|なに|何|誰)?(?:を?教えて(?:ください)?|ですか|でしょうか|か)?[?？。]?$")


def _code_word(table) -> str:
    """The division word of a code column (大区分 of 大区分記号 │ A, B, C …: one letter or numeral a row), or ""."""
    m = re.fullmatch(r"([一-龥]{2,4}?)(?:記号|符号)", "".join(nfkc(str(table.number or "")).split()))
    if not m or not re.search(r"区分|分野|目標|方針|柱", m.group(1)):
        return ""
    values = ["".join(nfkc(str(r["cells"].get(table.number) or "")).split()) for r in table.rows
              if isinstance(r.get("cells"), dict)]
    return m.group(1) if len(values) >= 2 and all(re.fullmatch(r"[A-Z]|[0-9]{1,2}|[Ⅰ-Ⅻ]", v) for v in values) \
        and len(set(values)) == len(values) else ""


# 「リスク区分」「事務分類」: a column grouping the rows under a heading of the rows' own word
_GROUPING = re.compile(r"^(.{2,6}?)(?:区分|分類|種別)$")


def _grouped_word(table) -> str:
    """The rows' own word (リスク of 「リスク区分」 over 「リスク名」), where the table's first column groups its
    numbered rows in runs under fewer headings (the cells a vertical merge prints once); "" otherwise."""
    if not table.columns or not table.number:
        return ""
    first = "".join(nfkc(table.columns[0].header or "").split())
    m = _GROUPING.match(first)
    if not m:
        return ""
    word = m.group(1)
    name = "".join(nfkc(str(table.name or "")).split())
    if not (name.startswith(word) and _NAMING_TAIL.search(name)):
        return ""
    values = ["".join(nfkc(str(r["cells"].get(table.columns[0].header) or "")).split()) for r in table.rows
              if isinstance(r.get("cells"), dict)]
    runs = [v for i, v in enumerate(values) if v and (i == 0 or values[i - 1] != v)]
    if len(values) < 4 or not runs or len(runs) != len(set(runs)) or len(runs) * 2 > len(values):
        return ""
    return word


def _heading_word(table) -> str:
    """The word the table's numbering column numbers its rows with (方針 of 方針番号 │ 方針1, 方針2 …), or ""."""
    number = "".join(nfkc(str(table.number or "")).split())
    word = _NAMING_TAIL.sub("", number)
    if not re.fullmatch(r"[一-龥]{2,4}", word):
        return ""
    values = ["".join(nfkc(str(r["cells"].get(table.number) or "")).split()) for r in table.rows
              if isinstance(r.get("cells"), dict)]
    found = [re.fullmatch(re.escape(word) + r"(\d{1,2})", v) for v in values]
    return word if len(found) >= 2 and all(found) and len({m.group(1) for m in found}) == len(found) else ""


# 「蕗ノ宮市、篠目町、浅葱村」「A市・B町」: a cell listing two or more municipalities
_TOWN = r"[一-龥ぁ-んァ-ヶー々ヶ]{1,8}?[市町村区]"
_TOWN_LIST = re.compile(rf"^{_TOWN}(?:[、,・／/]{_TOWN})+$")
# 「協定番号」「協定名」: the naming column's header with the word for its rows before these
_NAMING_TAIL = re.compile(r"(?:番号|名称|名|No\.?|NO\.?|№|コード|ID)$")


def _names_member_towns(table) -> bool:
    """Whether most of the table's rows list the municipalities taking part in one of its columns."""
    rows = [r["cells"] for r in table.rows if isinstance(r.get("cells"), dict)]
    if len(rows) < 2:
        return False
    for c in table.columns:
        cells = ["".join(nfkc(str(r.get(c.header) or "")).split()) for r in rows]
        listed = sum(1 for v in cells if _TOWN_LIST.match(v))
        if listed >= 2 and listed * 2 > len(cells):
            return True
    return False


# a year's grade: a letter or a mark of a short scale (a–d, A–E, ◎○△×, S)
_GRADE_CELL = re.compile(r"[A-Ea-eSs◎○△×✕▲]")


def _long_items_word(table) -> str:
    """The word a table read long calls its rows (施策 of 施策番号 / 施策名), where its rows are a plan's items
    graded each year: printed one row per item × 年度 (Table.long_form), a grade column of each year (a–d), and
    its own word no other kind's (a table of 連携事業 stays joint projects). "" otherwise."""
    if not getattr(table, "long_form", False):
        return ""
    graded = False
    for c in table.columns:
        if c.year is None or c.numeric:
            continue
        values = {"".join(nfkc(str(r["cells"].get(c.header) or "")).split()) for r in table.rows} - {"", "-", "－", "―", "ー"}
        if 2 <= len(values) <= 6 and all(_GRADE_CELL.fullmatch(v) for v in values):
            graded = True
            break
    if not graded:
        return ""
    for h in (table.number, table.name):
        h = "".join(nfkc(str(h or "")).split())
        m = _NAMING_TAIL.search(h)
        if not m or m.start() < 2:
            continue
        word = h[:m.start()]
        # (a word of plan items itself, 施策, is the kind these rows are read as: not another kind's)
        if word in _NOT_ROWS or any(w in word for w, k in row_kind_words() if k != "practice"):
            return ""
        return word
    return ""


def _tail_word(text: str) -> str:
    """The word a header or title ends in: its last two kanji, or its whole trailing katakana word (システム)."""
    m = re.search(r"[ァ-ヶー]{3,}$", text)
    return m.group(0) if m else text[-2:]


def same_rows(a, b) -> bool:
    """Two tables of other documents numbering the same rows (施設番号 │ 指-01 … in a list and in a workbook of
    its grades): a follow-up answered from the other keeps what the rows were read as."""
    if a is None or b is None or not a.number or a.number != b.number or a.source == b.source:
        return False
    ours, theirs = ({"".join(nfkc(str(r["cells"].get(t.number) or "")).split()) for r in t.rows} - {""} for t in (a, b))
    return len(ours) >= 3 and len(ours & theirs) * 2 > len(ours)


def _own_word_said(asked: str, table) -> str:
    """The table's own word for its rows (協定 of 「協定番号」, of 「…協定一覧」), where the question calls the
    rows by it: followed by a particle or the question's end."""
    words = set()
    for h in [table.name, *(c.header for c in table.columns[:3])]:
        h = "".join(nfkc(str(h or "")).split())
        m = _NAMING_TAIL.search(h)
        if m and m.start() >= 2:
            words.add(_tail_word(h[:m.start()]))
    for t in (table.doc_title, table.caption):
        for m in re.finditer(r"([一-龥]{2,}|[ァ-ヶー]{3,})(?:一覧|の(?:一覧|状況))", "".join(nfkc(str(t or "")).split())):
            words.add(_tail_word(m.group(1)))
    # (「システム名」「共同利用システム一覧」: a katakana word for the rows, whole)
    words = {w for w in words if (re.fullmatch(r"[一-龥]{2}", w) or re.fullmatch(r"[ァ-ヶー]{3,}", w))
             and w not in _NOT_ROWS}
    return next((w for w in sorted(words) if re.search(
        re.escape(w) + r"(?:は|って|を|で|の|が|に|も|[?？]|$|を全部|をすべて)", asked)), "")


# 「関連」「関連項目」「対象項目」: the column naming the record each opinion is on (R5-008, 重点分野Ｅ).
_RELATED = ("関連", "関連項目", "関連番号", "関連項目番号", "対象項目", "対象", "該当項目", "関係項目")
# 「意見要旨」「意見」「委員意見」「ご意見の概要」: what makes the rows opinions; 「質問要旨」 beside 「答弁要旨」: a council's
# questions to the executive, which are its members' opinions as much (generic/opinion_rows.py reads them so).
_OPINION = re.compile(r"意見|^質問(?:の)?(?:要旨|内容|概要)$")
# The words a question calls such rows by, per the header that makes them opinions: 意見 of opinions; 質疑, 質問 or
# 答弁 of a council's questions.
_ASKED_AS = ((re.compile(r"意見"), re.compile(r"意見")),
             (re.compile(r"^質問(?:の)?(?:要旨|内容|概要)$"), re.compile(r"質疑|質問|答弁")))


def asked_as_opinions(question: str, table) -> bool:
    """Whether the question calls a table's rows by the word its opinion column makes them (意見; 質疑 of 質問要旨)."""
    asked = nfkc(question)
    if "意見" in asked or re.search(r"パブコメ|パブリックコメント", asked):
        return True  # (「一部反映になったパブコメ」: the public's comments, opinions by their own name)
    headers = ["".join(nfkc(str(c.header or "")).split()) for c in table.columns] if table is not None else []
    return any(said.search(asked) for head, said in _ASKED_AS if any(head.search(h) for h in headers))
# The code inside a related cell: R4-001 as printed; 重点分野Ｅ's letter after its word.
_CODE_IN = re.compile(r"^(?:[^\W\dA-Za-zＡ-Ｚａ-ｚ０-９]*?)([A-Za-z0-9](?:[A-Za-z0-9\-.]|\(\d{1,2}\))*)$")
# 「敬老会開催事業補助金（整理番号103）」: the record named, then its code in brackets after the code's label
_CODE_BRACKETED = re.compile(r"[(（](?:[^()（）\d\s]{0,8}?(?:番号|No\.?|№)[:：]?)([A-Za-z0-9](?:[A-Za-z0-9\-.])*)[)）]$")
# 「対象補助金」「対象施設」: 対象 with the word for what the opinions are on (no amount, people or period: 対象経費)
_RELATED_WORD = re.compile(r"^対象[一-龥ァ-ヶー]{1,8}(?<![者額数費間度])$")


def _code_in(cell: str):
    """The code a related cell names: the whole cell (R5-008), or the bracket closing it (「…（整理番号103）」)."""
    text = "".join(nfkc(cell).split())
    return _CODE_IN.match(text) or _CODE_BRACKETED.search(text)


def _related_header(table) -> str:
    """The column of a table of opinions (意見要旨 …) naming the record each is on (関連), or ""."""
    headers = [c.header for c in table.columns]
    # (「対象（取組番号／基本目標）」: the bracket says what the codes are, no part of the column's word)
    related = next((h for h in headers if "".join(nfkc(h).split()) in _RELATED
                    or re.sub(r"[(（][^()（）]*[)）]$", "", "".join(nfkc(h).split())) in _RELATED), "") \
        or next((h for h in headers if _RELATED_WORD.match("".join(nfkc(h).split()))), "")
    if not related or not any(_OPINION.search(h) for h in headers if h != related):
        return ""
    return related


def mark_opinion_rows(question: str, answer: Answer, table) -> None:
    """A table of members' opinions (意見要旨 …) with a column naming the record each is on (関連: R5-008,
    重点分野Ｅ), asked of as opinions (意見): its rows are comments on those records, keyed as a comment is,
    「<record>-<番号>」 (in place). Rows whose related cell is no code keep their own keys."""
    if answer.target != "table_row" or not answer.rows or answer.rows_are or table is None \
            or not asked_as_opinions(question, table):
        return
    related = _related_header(table)
    if not related:
        if _placed_own_numbers(table) and all(str(r.get("number") or "").strip() for r in answer.rows):
            # 「説明会の意見で「反映困難」になったのは？」 of a residents' meetings' opinions numbered 北-1 … under
            # each 地区's merged row: each is a comment on no record but itself, keyed by its own number (written
            # whole, 北－1, as a comment on itself is: answer._unambiguous)
            own = {str(r.get("key")): str(r.get("number")).strip() for r in answer.rows}
            for r in [*answer.rows, *answer.excerpts]:
                if isinstance(r, dict) and str(r.get("key")) in own:
                    r["initiative"] = own[str(r.get("key"))]
            answer.rows_are = "comment"
        elif _numbered_by_place_in_draft(table) and all(str(r.get("number") or "").strip() for r in answer.rows):
            # 「全般についての意見」「取組1-3についての意見はどれ？」 of a public comment's table 番号 │ 該当箇所 │ ご意見の要旨
            # │ 町の考え方 │ 対応区分: each opinion is on a place in the draft (a chapter, a measure, 全般), not on a
            # record of another table, so it is a comment keyed by its own number
            for r in [*answer.rows, *answer.excerpts]:
                if isinstance(r, dict):
                    r["initiative"] = str(r.get("number") or "").strip() or r.get("initiative")
            answer.rows_are = "comment"
        return
    numbered = 0
    cells = {str(r["key"]): r["cells"] for r in table.rows}
    for r in answer.rows:
        own = cells.get(str(r.get("record") or r.get("key") or "")) or r
        m = _code_in(str(own.get(related) or ""))
        if m is None:
            continue
        n = str(r.get("number") or "").strip()
        r["number"] = f"{m.group(1)}-{n}" if n.isdigit() else m.group(1)
        numbered += 1
    if numbered:
        answer.rows_are = "comment"


# The words a question calls plan items by (「要望が出た取組はどれ？」), which a table of opinions is not: its 関連
# column names them.
_ITEM_ASKED = re.compile(r"(取組項目|実践項目|取組|取り組み|施策|事業)(?=は|を|が|って|で|に|の(?:うち|中)|[?？。]|$)")


def cited_items_asked(question: str, answer: Answer, table) -> None:
    """「検討会で要望が出た取組はどれ？」 answered by a table of opinions (意見の要旨 │ 関連) as its rows, the 取組 never
    asked as opinions: the rows are the opinions, not the 取組 their 関連 column names, so the answer is not certain
    and says the word it could not use (in place)."""
    if answer.target != "table_row" or answer.rows_are or answer.status != "exact" or not answer.rows \
            or table is None or not _related_header(table) or asked_as_opinions(question, table):
        return
    m = _ITEM_ASKED.search(nfkc(question))
    if m is None:
        return
    word = m.group(1)
    answer.status = "partial"
    if word not in answer.unused:
        answer.unused.append(word)
    answer.caveat = (f"「{word}」そのものは答えられないため、意見の表の行（関連欄に{word}の番号があります）を示します。"
                     + (answer.caveat or ""))
    answer.summary = answer.caveat + answer.summary


# 「【北部地区】 令和6年11月12日 北部支所」: a merged row naming the district (or venue) the opinions below were heard in
_PLACE_ROW = re.compile(r"^[【\[(（]?[一-龥ぁ-んァ-ヶー]{1,8}(?:地区|地域|会場)")
_PLACE_HEADER = re.compile(r"^(?:地区|地域|開催地区|会場)$")
# 「北-1」「中-4」「A-12」: an opinion's own number, a mark and its number within the mark (no bare 1, 2, 3)
_OWN_NUMBER = re.compile(r"^[^\d\s-]{1,3}-\d{1,3}$")


def _placed_own_numbers(table) -> bool:
    """Whether a table of opinions (意見要旨) with no column naming what each is on numbers its rows by codes of
    their own (北-1 …) and places them, by a 地区 column or the merged rows heading them (【北部地区】): the
    opinions of residents' meetings, held per district. A committee's or the public's opinions numbered 1, 2 …,
    or placed nowhere (an audit's R5-意-02), stay the table's rows."""
    headers = ["".join(nfkc(str(c.header or "")).split()) for c in table.columns]
    if not any(_OPINION.search(h) for h in headers) or not table.number or len(table.rows) < 3:
        return False
    numbers = ["".join(nfkc(str((r.get("cells") or {}).get(table.number) or "")).split()) for r in table.rows]
    if not all(_OWN_NUMBER.match(n) for n in numbers):
        return False
    places = [c.header for c in table.columns if _PLACE_HEADER.match("".join(nfkc(str(c.header or "")).split()))]
    cells = [(r.get("cells") or {}) for r in table.rows]
    if places:
        return all(str(c.get(places[0]) or "").strip() for c in cells)
    heads = ["".join(nfkc(str(c.get("見出し") or "")).split()) for c in cells]
    return all(_PLACE_ROW.match(h) for h in heads) and len(set(heads)) >= 2


# 「該当箇所」「該当部分」「該当ページ」: the column saying where in the draft an opinion is (第３章, 取組１－３, 全般)
_PLACE_IN_DRAFT = re.compile(r"^該当(?:箇所|部分|ページ|頁)$")
# The columns a public comment's table prints beside them: its number, the opinion, the response and its class.
_NUMBER_OF_OPINION = re.compile(r"^(?:No\.?|番号|№|意見番号|意見No\.?|意見№)$")
_ANSWERED = re.compile(r"(?:考え方|対応|回答|見解|反映)(?:の)?(?:内容|方針|区分|状況|結果)?$|^区分$")


def _numbered_by_place_in_draft(table) -> bool:
    """Whether a table is a public comment's opinions numbered 1, 2 … with the place in the draft each is on
    (番号 │ 該当箇所 │ ご意見の要旨 │ 町の考え方 │ 対応区分) and no other column: a table also naming who gave each
    (提出者番号) or the record it is on (対象補助金) is read by its rows or by the record cited."""
    heads = ["".join(nfkc(str(c.header or "")).split()) for c in table.columns]
    number = [h for h in heads if _NUMBER_OF_OPINION.match(h)]
    place = [h for h in heads if _PLACE_IN_DRAFT.match(h)]
    opinion = [h for h in heads if _OPINION.search(h)]
    answered = [h for h in heads if h not in opinion and _ANSWERED.search(h)]
    if len(number) != 1 or len(place) != 1 or len(opinion) != 1 or not answered \
            or set(heads) - {*number, *place, *opinion, *answered}:
        return False
    numbers = ["".join(nfkc(str((r.get("cells") or {}).get(table.number) or "")).split()) for r in table.rows]
    return len(numbers) >= 2 and all(re.fullmatch(r"\d{1,3}", n) for n in numbers) and len(set(numbers)) == len(numbers)


def mark_opinion_records(db, question: str, answer: Answer) -> None:
    """mark_opinion_rows over an answer listing a table's rows by their records (table_row:<file>:<line>), whatever
    read it: the table is the one holding its first row."""
    if answer.target != "table_row" or not answer.rows or answer.rows_are:
        return
    from assistant.query.tables.read import read_tables

    first = str(answer.rows[0].get("record") or answer.rows[0].get("key") or "")
    table = next((t for t in read_tables(db) if any(str(r["key"]) == first for r in t.rows)), None)
    mark_opinion_rows(question, answer, table)


def items_asked_of_opinion_records(db, question: str, answer: Answer) -> None:
    """cited_items_asked over the answer given, whatever read it: the table is the one holding its first row (by
    its record, else the opinions' table of its document)."""
    if answer.target != "table_row" or not answer.rows or answer.rows_are or answer.status != "exact":
        return
    from assistant.query.tables.read import read_tables

    first = answer.rows[0]
    key = str(first.get("record") or first.get("key") or "")
    tables = read_tables(db)
    table = next((t for t in tables if any(str(r["key"]) == key for r in t.rows)), None) \
        or next((t for t in tables if t.source == first.get("source") and _related_header(t)), None)
    cited_items_asked(question, answer, table)


# 「意見7」「意見１１」: an item's field naming a numbered opinion printed as a paragraph (【意見７】（指摘）…)
_OPINION_FIELD = re.compile(r"^意見\s*\d{1,3}$")


def opinions_left_in_text(db, answer: Answer) -> None:
    """An answer listing or counting the rows of a table of opinions, while the same document prints more opinions
    as numbered paragraphs (「（２）第２回 【意見７】（指摘）…」) that no record of their own holds: the answer covers the
    table only, so it is not certain and says which opinions it left out (in place)."""
    if answer.status != "exact" or not answer.rows or answer.error:
        return
    records = [str(r.get("record") or r.get("key") or "") for r in answer.rows if isinstance(r, dict)]
    if not all(k.startswith("table_row:") for k in records):
        return
    sources = {r.get("source") for r in answer.rows if isinstance(r, dict)}
    if len(sources) != 1 or not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item'").fetchone():
        return
    source = next(iter(sources))
    left: list[str] = []
    for line, end, fields in db.execute("SELECT line, end_line, fields FROM item WHERE source = ?", [source]).fetchall():
        try:
            names = [k for k in json.loads(fields or "{}") if _OPINION_FIELD.match(nfkc(k))]
        except ValueError:
            continue
        if len(names) < 2:
            continue
        own = any(db.execute(f"SELECT 1 FROM {t} WHERE source = ? AND line BETWEEN ? AND ? LIMIT 1",
                             [source, line, end]).fetchone()
                  for t in ("comment", "table_row")
                  if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [t]).fetchone())
        if not own:
            left += [nfkc(k) for k in names]
    if not left:
        return
    said = f"{left[0]}〜{left[-1]}" if len(left) > 2 else "・".join(left)
    answer.status = "partial"
    answer.caveat = (f"この資料の表の外に本文で書かれた意見（{said}）があり、この回答には含めていません。"
                     + (answer.caveat or ""))
    answer.summary = answer.caveat + answer.summary


def _code_title(text: str) -> tuple[str, str]:
    m = re.match(r"^(\d{1,2}(?:-\d{1,2}){1,2})\s+(\S.*)$", nfkc(str(text or "")).strip())
    return (m.group(1), "".join(m.group(2).split())) if m else ("", "")


def headings_of_items(table, tables) -> bool:
    """Whether the table's rows (施策番号 1-1 | 具体的施策 農林水産業の振興… ) are the headings another table files its
    items under: that table's column prints 「1-1　農林水産業の振興…」, code and title of these rows, beside items
    coded a level deeper (1-1-1, 1-1-2). Such rows are a plan's headings (initiatives), whatever word the question
    calls them by; read by the codes and titles printed, never by names."""
    if not table.number or not table.name or not table.rows:
        return False
    own = {}
    for r in table.rows:
        code = "".join(nfkc(str(r["cells"].get(table.number) or "")).split())
        title = "".join(nfkc(str(r["cells"].get(table.name) or "")).split())
        if re.fullmatch(r"\d{1,2}(?:-\d{1,2}){0,2}", code) and title:
            own[code] = title
    if len(own) < 3:
        return False
    for other in tables:
        if other is table or not other.number:
            continue
        for c in other.columns:
            if c.header == other.number:
                continue
            linked = set()
            for r in other.rows:
                code, title = _code_title(r["cells"].get(c.header))
                item = "".join(nfkc(str(r["cells"].get(other.number) or "")).split())
                if not code:
                    # (「1-1-1 │ 子育て支援の充実 │ 保育サービスの充実」: the item's code one level up and a column
                    # printing this row's title, merged down over its items, say the same)
                    code = item.rpartition("-")[0]
                    title = "".join(nfkc(str(r["cells"].get(c.header) or "")).split())
                if code and own.get(code) == title and item.startswith(code + "-"):
                    linked.add(code)
            if len(linked) >= 3 and len(linked) * 2 >= len(own):
                return True
    return False


def graded_by_year(table) -> bool:
    """Whether the table prints a grade of its rows for a year, in words or marks (R6評価 │ 順調 / やや遅れ, a–d):
    a year's column of few distinct values, none a number."""
    for c in table.columns:
        if c.year is None or c.numeric:
            continue
        values = {"".join(nfkc(str(r["cells"].get(c.header) or "")).split()) for r in table.rows} - {"", "-", "－", "―"}
        if 2 <= len(values) <= 6 and len(values) < len(table.rows) and not any(re.search(r"\d", v) for v in values) \
                and all(len(v) <= 6 for v in values):
            return True
    return False


def own_word_asked(question: str, table) -> str:
    """The table's own word for its rows (施策 of 施策番号), where the question asks for the rows by it."""
    return _own_word_said("".join(nfkc(question).split()), table)


def _coded_as_items(table) -> bool:
    """Whether every row of the table is numbered by an item's code three levels deep or more (1-1-1, 2-3-1-4)."""
    from assistant.query.tables.coded_levels import _ITEM

    head = table.number
    codes = ["".join(nfkc(str((r.get("cells") or {}).get(head) or "")).split()) for r in table.rows] if head else []
    return len(codes) >= 3 and all(_ITEM.match(c) for c in codes)


def item_words_of(table) -> list[str]:
    """The words for a plan's items (推進項目, 実施項目 …) where the table's rows are such items: every row coded
    three levels deep and the table's own word one of the items' kind (「…の取組状況」). They name its rows, as
    the table's own word does; none for any other table."""
    if not _coded_as_items(table):
        return []
    said = "".join(nfkc(" ".join(str(x or "") for x in (table.doc_title, table.caption, table.name, table.number,
                                                         table.row_word))).split())
    words = _kind_words(table)
    if {k for w, k in words if w in said} != {"practice"}:
        return []
    return [w for w, k in words if k == "practice" and len(w) >= 3]


# a plan's item code two levels deep or more, maybe after a short mark of its own: 下-1-01, A-2-3, 3-12
# (下-1-01, 1-2-3: a plan's items; a code of two numbers, 2-1 of 施策番号, numbers rows of an evaluation list too)
_PLAN_CODE = re.compile(r"^(?:[一-龥A-Za-z]{1,2}-\d{1,2}(?:-\d{1,3}){1,3}|\d{1,2}(?:-\d{1,3}){2,3})$")
# what a document or table calls a plan
_PLAN_TITLE = re.compile(r"計画|戦略|プラン")


def plan_items_word(table) -> str:
    """The word a plan's table calls its rows by (事業 of 事業番号 and 事業名), where the rows are the plan's items:
    the table or its document titled a plan (…計画, …戦略), every row coded two levels deep or more (下-1-01), and its
    number and name columns sharing that word; "" otherwise (a list coded D-01, or a table of another title)."""
    said = "".join(nfkc(" ".join(str(x or "") for x in (table.doc_title, table.caption))).split())
    if not _PLAN_TITLE.search(said) or not table.number or not table.name:
        return ""
    number, name = ("".join(nfkc(str(h)).split()) for h in (table.number, table.name))
    m, n = re.fullmatch(r"([一-龥]{2,4})(?:番号|No\.?|コード)", number), re.fullmatch(r"([一-龥]{2,4})(?:名|名称)", name)
    if not m or not n or m.group(1) != n.group(1):
        return ""
    codes = [re.sub(r"[‐－―−ー]", "-", "".join(nfkc(str((r.get("cells") or {}).get(table.number) or "")).split()))
             for r in table.rows]
    if len(codes) < 3 or not all(_PLAN_CODE.match(c) for c in codes) or len(set(codes)) != len(codes):
        return ""
    return m.group(1)
