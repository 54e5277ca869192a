"""「運営協議会で意見が出た取組のうち、自己評価が×のものは？」「一度も意見が出なかった取組は何件？」「基本目標1の施策で、
委員意見で一度も触れられていないのは？」「第1回の懇談会で話題に上がった連携事業は何件？」「令和6年度にD判定の施設について
出た発言は？」: minutes whose members' comments name records by code (comment.initiative, 「Ⅰ-1-①」) while the records
are printed in another document of the same set (a progress list's rows, 「I-1-1」): the comments are joined with the
records they cite by the codes' normalised form (NFKC, Roman numerals ⇄ digits, circled digits, brackets) and the
record's own conditions are read by asking the rest of the question of the records alone.

The records cited are those of the one list (document and column) of the same document set (folder) whose codes
the comments name most; the comments are those of the body (運営協議会) and meeting (第2回) the question names.
Only comments not linked to a record of their own document (a report's opinions under its items are joined by
the index itself). Where the question holds a word this reading does not use, or the rest of the question is not
read exactly, nothing is answered here (the engine's own reading stands)."""
from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

# (「答申で言及された補助金」「答申の中で一度も触れられていない」: a council's 答申 names the records it is on)
_SAID = r"(?:意見|発言|指摘|コメント|質問|質疑|話題|言及|議論|答申(?:の中)?)"
_KIND = (r"(?:取組項目|実践項目|推進項目|取組|取り組み|施策|連携事業|共同事業|事業|リスク|手続(?:き)?(?:ID|ＩＤ|番号)?|施設|システム|方針"
         r"|項目|基本目標|目標|補助金等?|補助事業)")
_YES = (r"(?:出た|出ている|出てる|出ていた|出された|出されている|あった|ある|寄せられた|上がった|上った|のぼった|なった|された|されている|されていた"
        r"|触れられた|触れられている|言及された|言及されている|取り上げられた|取り上げられている)")
_NO = (r"(?:出なかった|出ていない|出てない|出ていなかった|出されていない|出されなかった|なかった|ない|上がっていない|上がらなかった"
       r"|触れられていない|触れられてない|触れられなかった|言及されていない|言及されなかった|取り上げられていない"
       r"|取り上げられなかった)")
_TOUCHED_NOT = r"(?:触れられていない|触れられてない|触れられなかった|言及されていない|言及されなかった|取り上げられていない|取り上げられなかった)"

# 「運営協議会で意見が出た取組のうち、…のものは？」「第1回の懇談会で話題に上がった連携事業は何件？」
_CITED = compiled(rf"^(?P<pre>.*?){_SAID}\s*(?:が|に|の|で)?\s*{_YES}\s*(?P<kind>{_KIND})\s*(?P<rest>.*)$")
# 「監査委員の意見で一度も言及されていないリスクはどれ？」
_NEVER_AFTER = compiled(rf"^(?P<pre>.*?){_SAID}\s*(?:で|に|が|は)\s*(?:一度も|1度も|一回も|1回も)?\s*{_TOUCHED_NOT}\s*"
                          rf"(?P<kind>{_KIND})\s*(?P<rest>.*)$")
# 「取組に一度も運営協議会の意見が出なかったものは何件？」
_NEVER_ON = compiled(rf"^(?P<kind>{_KIND})\s*(?:に|へ|で)\s*[、,]?\s*(?P<pre>.*?)(?:一度も|1度も|一回も|1回も)?\s*(?P<pre2>.*?)"
                       rf"{_SAID}\s*(?:が|は|も)?\s*{_NO}\s*(?:もの|の)\s*(?P<rest>.*)$")
# 「基本目標1の施策で、推進会議の委員意見で一度も触れられていないのは？」「一度も意見が出なかった取組は？」
_NEVER_OF = compiled(rf"^(?P<head>.*?)(?P<kind>{_KIND})\s*(?:で|のうち|の中で|では)\s*[、,]?\s*(?P<pre>.*?)"
                       rf"{_SAID}\s*(?:で|に|が|は)?\s*(?:一度も|1度も|一回も|1回も)?\s*{_TOUCHED_NOT}\s*(?:もの|の)?\s*(?P<rest>.*)$")
# (「どの委員からも意見が出ていない」「誰からも」: from no member is never)
_NEVER_BEFORE = compiled(rf"^(?P<pre>.*?)(?:一度も|1度も|一回も|1回も|どの委員(?:から|から|より)?も|(?:誰|だれ|どなた)からも)\s*(?P<pre2>.*?){_SAID}\s*(?:が|は|も|で|に)?\s*{_NO}\s*"
                           rf"(?P<kind>{_KIND})\s*(?P<rest>.*)$")
# 「令和6年度にD判定の施設について出た発言をまとめて」
_ABOUT = compiled(rf"^(?P<head>.+?)\s*の?\s*(?P<kind>{_KIND})\s*(?:について|に関して|に対して|への|に対する)\s*"
                    rf"(?:出た|出された|出ている|出てる|寄せられた|あった|の)?\s*(?:委員の?)?\s*(?P<said>意見|発言|指摘|コメント|質問|質疑)\s*(?P<rest>.*)$")
# 「説明会の意見で、除却予定の施設に関するもの」: the comments said first, then the records they are on
_ABOUT_AFTER = compiled(rf"^(?P<pre>.*?){_SAID}\s*(?:のうち|の中で|で|では)\s*[、,]?\s*(?P<head>[^、,]+?)\s*の?\s*(?P<kind>{_KIND})\s*"
                          r"(?:に関する|に関係する|に関わる|について|に対する|への)\s*(?:もの|の|意見|やつ)\s*(?P<rest>.*)$")

# 「柱4の取組について、委員会からはどの取組に意見が出ていますか」: the records said first, which of them the comments name
_WHICH_OF = compiled(rf"^(?P<head>.+?)\s*の?\s*(?P<kind>{_KIND})\s*(?:について|に関して|のうち|の中で|では)\s*[、,]?\s*"
                       rf"(?P<pre>[^、,]*?)\s*どの\s*{_KIND}\s*(?:に|へ|について|に対して)\s*(?P<pre2>[^、,]*?){_SAID}\s*(?:が|は)?\s*"
                       r"(?:出て(?:い)?(?:ます|る)|出ました|出た|出され(?:ています|ている|た|ました)|ありました|あります|あった|ある)"
                       r"\s*(?:の|ん)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")
_BODY = compiled(r"[一-龥々ァ-ヶー]*?(?:運営協議会|推進会議|懇談会|懇話会|審議会|委員会|協議会|会議|部会|説明会|議会)")
_MEETING = compiled(r"第\s*(\d{1,2})\s*回")
# what the words around the comments may say without a condition of their own
_FILLER = compiled(r"^(?:第\s*\d{1,2}\s*回|意見書|答申書?|会議録|議事録|(?:監査|審査)(?:委員)?|[一-龥々ァ-ヶー]*?(?:運営協議会|推進会議|懇談会|懇話会|審議会|委員会|協議会|会議|部会|説明会|議会)"
                     r"|委員(?:から|の|が|より)?|外部委員|委員会|これまで|今まで|まだ|で|の|が|から|は|に|より|において|にて"
                     r"|、|,|\s)*$")
_ASK_COUNT = compiled(r"何件|いくつ|幾つ|何個|件数|数は|何項目|何施策|何事業")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9", "X": "10"}
# (a kind's own records before a generic table's rows: of two lists the comments name as often, the plan's items)
_TABLES = ("practice", "initiative", "joint_project", "table_row")


def norm(code: object) -> str:
    """A code as the comments and the lists both read it: NFKC (Ⅰ → I, ① → 1), hyphens of any width, a segment
    that is a Roman numeral or a bracketed number read as its digits (「Ⅰ-1-①」「I-1-1」「1-1-1」 are one)."""
    text = "".join(nfkc(str(code or "")).split())
    text = re.sub(r"[‐‑‒–—―−－]", "-", text)
    parts = []
    for seg in text.split("-"):
        seg = re.sub(r"^[(（\[](\d{1,3})[)）\]]$", r"\1", seg)
        parts.append(_ROMAN.get(seg.upper(), seg) if re.fullmatch(r"[IVXivx]{1,4}", seg) else seg)
    return "-".join(parts).upper()


def _read(text: str) -> dict | None:
    m = _CITED.match(text)
    if m:
        return {"neg": False, "kind": m.group("kind"), "pre": m.group("pre"), "rest": m.group("rest"), "head": ""}
    m = _NEVER_ON.match(text)
    if m:
        return {"neg": True, "kind": m.group("kind"), "pre": m.group("pre") + m.group("pre2"), "rest": m.group("rest"),
                "head": ""}
    m = _NEVER_BEFORE.match(text)
    if m:
        return {"neg": True, "kind": m.group("kind"), "pre": m.group("pre") + m.group("pre2"), "rest": m.group("rest"),
                "head": ""}
    m = _NEVER_AFTER.match(text)
    if m:
        return {"neg": True, "kind": m.group("kind"), "pre": m.group("pre"), "rest": m.group("rest"), "head": ""}
    m = _NEVER_OF.match(text)
    if m:
        return {"neg": True, "kind": m.group("kind"), "pre": m.group("pre"), "rest": m.group("rest"),
                "head": m.group("head")}
    m = _WHICH_OF.match(text)
    # (the words before the kind, its の too: 「若狭委員はどの取組について発言してる」 asks which, no records said first)
    if m and not re.search(r"どの|どんな|何の|なんの", text[: m.start("kind")]):
        return {"neg": False, "kind": m.group("kind"), "pre": m.group("pre") + m.group("pre2"), "rest": "",
                "head": m.group("head")}
    m = _ABOUT_AFTER.match(text)
    if m and not re.search(r"どの|どんな|何の|なんの", text[: m.start("kind")]):
        return {"neg": False, "kind": m.group("kind"), "pre": m.group("pre"), "rest": m.group("rest"),
                "head": m.group("head"), "comments": True}
    m = _ABOUT.match(text)
    if m and not re.search(r"どの|どんな|何の|なんの", text[: m.start("kind")]):
        return {"neg": False, "kind": m.group("kind"), "pre": "", "rest": m.group("rest"), "head": m.group("head"),
                "comments": True}
    return None


def _sub_question(head: str, kind: str, rest: str) -> str:
    """The question of the records alone: 「自己評価が×のものは？」 after 「意見が出た取組のうち、」 → 「自己評価が×の取組は？」."""
    rest = re.sub(r"^(?:のうち|の中で|の中から|で|では|のなかで|の)\s*[、,]?\s*", "", rest.strip())
    # (「一覧で見直し区分が継続」: the list the records are printed in, the one the cited codes pick, is said for care)
    rest = re.sub(r"^(?:一覧|一覧表|リスト)\s*(?:で|では|の中で|上で?)\s*[、,]?\s*", "", rest)
    if head:
        return f"{head.strip()}の{kind}は？" if not head.strip().endswith("の") else f"{head.strip()}{kind}は？"
    if not rest or re.fullmatch(r"(?:は|って|を)?\s*(?:何件|いくつ|どれ|何|なに|どこ)?\s*(?:ある|あります)?\s*"
                                r"(?:の|ん)?\s*(?:ですか|でしょうか|か|教えて|挙げて|まとめて|全部)?\s*[？?。]?", rest):
        return ""
    said = re.sub(r"もの(?=\s*(?:は|って|を|が|で|、|[？?]|$))", kind, rest, count=1)
    if said == rest:
        said = re.sub(r"の(?=\s*(?:は|って|を|が|で|、|[？?]|$))", f"の{kind}", rest, count=1)
    return said if said != rest else f"{rest.rstrip('？?。')}の{kind}は？"


def _rest_is_free(rest: str) -> bool:
    """What follows the kind asks only which or how many (no condition of its own)."""
    return bool(re.fullmatch(r"\s*(?:は|って|を|が)?\s*(?:何件|いくつ|幾つ|どれ|どこ|何|なに|全部|すべて|)\s*(?:ある|あります|あった|だった|なの|を)?\s*"
                             r"(?:の|ん)?\s*(?:ですか|でしょうか|か|教えて|挙げて|まとめて|知りたい|見せて|ください|下さい)*\s*[？?。]?\s*",
                             rest))


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    text = nfkc(question).strip()
    if not re.search(_SAID, text):
        return None
    read = _read(text)
    if read is None:
        return None
    if not _FILLER.fullmatch(read["pre"] or ""):
        return None  # (a member, a role, words of the comments: the engine's readings of the comments)
    db = assistant.db
    try:
        comments = [dict(r) for r in db.query("SELECT * FROM comment WHERE coalesce(initiative, '') <> '' "
                                               "AND coalesce(initiative_key, '') = '' ORDER BY source, line, key")]
        docs = {str(r["source"]): dict(r) for r in db.query("SELECT source, path, title FROM documents")}
    except Exception:  # (an index without comments)
        return None
    if not comments:
        return None
    said = text[: len(text) - len(read["rest"])]
    body = [b for b in _BODY.findall(read["pre"] + " " + said) if b not in ("会議", "委員会")]
    if body:
        # (the paper's title names the body, or the heading of its section of those opinions does)
        named = {s for s in {c["source"] for c in comments}
                 if any(b in nfkc(str(docs.get(s, {}).get("title") or "")) or b in nfkc(s) for b in body)}
        named |= {c["source"] for c in comments if any(b in nfkc(str(c.get("excerpt_class") or "")) for b in body)}
        if not named:
            return None
        comments = [c for c in comments if c["source"] in named]
        # (a paper of a council's and of residents' meetings' opinions, a section each: 「説明会の意見」 is the
        # section's whose heading says the body, 「２ 住民説明会における主な意見」)
        under = [c for c in comments if any(b in nfkc(str(c.get("excerpt_class") or "")) for b in body)]
        if under and len(under) < len(comments) and all(c.get("excerpt_class") for c in comments):
            comments = under
    meeting = _MEETING.search(read["pre"] + " " + said)
    if meeting:
        n = meeting.group(1)
        if any("meeting" in c for c in comments) and any(c.get("meeting") for c in comments):
            comments = [c for c in comments if re.sub(r"\s", "", nfkc(str(c.get("meeting") or ""))) == f"第{n}回"]
        else:
            comments = [c for c in comments if f"第{n}回" in re.sub(r"\s", "", nfkc(str(docs.get(c["source"], {}).get("title") or "")))]
    if not comments and not read["neg"]:
        return None
    scope_sources = {c["source"] for c in comments} or None
    cited = {norm(_cited_code(c)) for c in comments} - {""}
    sub = _sub_question(read.get("head", ""), read["kind"], read["rest"])
    sub_answer = None
    if sub:
        sub_answer = type(assistant)(db).ask(sub)  # (a conversation of its own: the records alone)
        if sub_answer.status not in ("exact", "no_match", "partial") or sub_answer.unused:
            return None
    # (of lists printing the cited codes alike — a progress sheet, a matrix of offices, a web page of the same
    # items — the one the rest of the question was answered from)
    listed = _the_list(db, docs, scope_sources or set(), cited,
                       {str(r.get("key")) for r in sub_answer.rows if isinstance(r, dict)} if sub_answer else set())
    if listed is None:
        return None
    rows_of_list, codes_of = listed
    chosen = rows_of_list
    if sub:
        if sub_answer.status == "partial" and not (sub_answer.rows and all(
                str(r.get("key")) in codes_of for r in sub_answer.rows if isinstance(r, dict))):
            return None  # (a partial reading of the records is kept only where all its rows are the list's: its caveat stands)
        keys = {str(r.get("key")) for r in sub_answer.rows if isinstance(r, dict)}
        if sub_answer.rows and not keys & {str(r["key"]) for r in rows_of_list}:
            return None  # (the rest of the question read of other records than the list the comments cite)
        chosen = [r for r in sub_answer.rows if isinstance(r, dict) and str(r.get("key")) in codes_of]
    elif not _rest_is_free(read["rest"]):
        return None
    if read["neg"]:
        kept = [r for r in chosen if codes_of[str(r["key"])][1] not in cited]
    else:
        kept = [r for r in chosen if codes_of[str(r["key"])][1] in cited]
    # (one record printed over two rows, a row per 担当係 repeating its number: one record)
    seen: set[str] = set()
    kept = [r for r in kept if not (codes_of[str(r["key"])][1] in seen or seen.add(codes_of[str(r["key"])][1]))]
    printed = [codes_of[str(r["key"])][0] for r in kept]
    asks_count = bool(_ASK_COUNT.search(read["rest"]))
    where = "、".join(sorted({nfkc(str(docs.get(s, {}).get("title") or s)) for s in scope_sources or set()})) or "議事録"
    understood = [{"field": "initiative", "op": "not_in" if read["neg"] else "in", "value": sorted(cited),
                   "label": f"{where}{'（' + meeting.group(0) + '）' if meeting else ''}の委員の意見が"
                            f"{'名指していない' if read['neg'] else '名指す'}{read['kind']}（番号を正規化して照合）"}]
    if sub_answer is not None:
        understood = [*sub_answer.understood, *understood]
    if asks_count:
        understood.append({"field": "*", "op": "count", "value": None, "label": "件数を数える"})
    shown = "、".join(printed)
    if read["neg"] or not (read.get("comments") or _asks_comments(text)):
        rows = kept
        summary = (f"{'一度も意見が出ていない' if read['neg'] else '委員の意見が出た'}{read['kind']}"
                   f"{'（' + sub + 'のうち）' if sub else ''}は {len(kept)}件です" + (f"（{shown}）。" if kept else "。"))
        result = Answer(question=question, target=(sub_answer.target if sub_answer else "table_row"), rows=rows,
                        count=len(kept), value=len(kept) if asks_count else None, status=_status(sub_answer),
                        summary=summary, caveat=_caveat(sub_answer),
                        understood=understood, rows_are=(sub_answer.rows_are if sub_answer else "")
                        or _rows_word_kind(db, rows, read["kind"]))
        result.notes.append("議事録の委員の意見が名指す番号を、一覧の番号と表記の違い（Ⅰ/I、①/1 など）をならして照合しました")
        if not read["neg"]:  # (the opinions said on each: the comments citing them, as the question asks of opinions)
            ones = {norm(p) for p in printed}
            # (the records asked for follow them: 「話題になった項目のうち、R7評価が◎のもの」 asks the items, not
            # only what was said of them) — only where the rest of the question read the records (sub): the cited
            # items alone (「委員会意見で取り上げられた事業は？」) stay the comments a follow-up narrows after (m144-039)
            # The items carry the code they are cited by as the comments do (initiative), so that the rows' cited
            # items are those codes alone, not also a blank of each item row (mrg regression of fx256's 5d6d78fd,
            # test_items_the_minutes_cite_joined_with_the_list_answering_the_rest).
            # Narrower still: only the records a condition after the cited ones picks (「…のうち、R7評価が◎のもの」,
            # read["rest"]), not a head naming their group (「柱（④）の取組について、どの取組に意見が」 asks the
            # comments), and only records read as a kind (rows_are: practice), not a generic table's rows
            # (「答申で言及された補助金のうち、一覧で見直し区分が継続になっているのは」: the comment citing the one row)
            picked = kept if sub and read["rest"] and sub_answer is not None and sub_answer.rows_are else []
            items = [r if r.get("initiative") else {**r, "initiative": codes_of[str(r["key"])][0]} for r in picked]
            result.rows = [*(c for c in comments if norm(_cited_code(c)) in ones), *items]
            result.target = "comment"
        return result
    ones = {norm(p) for p in printed}
    rows = [c for c in comments if norm(_cited_code(c)) in ones]
    summary = f"{read['kind']}（{sub or '一覧'}）について出た委員の意見は {len(rows)}件です" + (f"（{shown}）。" if printed else "。")
    result = Answer(question=question, target="comment", rows=rows, count=len(printed) if asks_count else len(rows),
                    value=None, status=_status(sub_answer), caveat=_caveat(sub_answer), summary=summary,
                    understood=understood)
    result.notes.append("議事録の委員の意見が名指す番号を、一覧の番号と表記の違い（Ⅰ/I、①/1 など）をならして照合しました")
    return result


def _cited_code(comment: dict) -> object:
    """The code a comment names: its 実践項目's where the opinion table gives one (「3-1-1」 of a コード column, the
    comment's initiative then the first part, 「3」), else its initiative's."""
    # (a meeting's question keyed by its own number, Q8, names the record it is on apart: kinds/generic/qa_turns.py)
    return comment.get("cited") or comment.get("practice") or comment["initiative"]


def _status(sub_answer) -> str:
    """exact, or partial where the records' own reading was (its caveat said with the answer)."""
    return "partial" if sub_answer is not None and sub_answer.status == "partial" else "exact"


def _caveat(sub_answer) -> str:
    return sub_answer.caveat if sub_answer is not None and sub_answer.status == "partial" else ""


def _rows_word_kind(db, rows: list, word: str) -> str:
    """The kind the list's rows are where their table groups them under a 区分 of the word the question calls them
    (リスク of リスク区分: tables/rows_are._grouped_word): practice; their keys then say their printed numbers."""
    if not rows or not all(str(r.get("key", "")).startswith("table_row:") for r in rows if isinstance(r, dict)):
        return ""
    from assistant.query.tables.read import read_tables
    from assistant.query.tables.rows_are import _grouped_word
    keys = {str(r.get("key")) for r in rows if isinstance(r, dict)}
    from assistant.kinds.registry import row_kind_words

    for t in read_tables(db):
        # (or a table whose own words, its title's, call its rows by the word asked: 「…取組進捗管理表」 asked of 取組)
        said = "".join(nfkc(" ".join(str(x or "") for x in (t.doc_title, t.caption, t.name))).split())
        own = {k for w, k in row_kind_words() if w == word and w in said}
        if keys <= {str(r["key"]) for r in t.rows} and (_grouped_word(t) == word or own == {"practice"}):
            for r in rows:
                cells = next((x["cells"] for x in t.rows if str(x["key"]) == str(r.get("key"))), {})
                r.setdefault("number", cells.get(t.number, ""))
                r.setdefault("title", cells.get(t.name, ""))
            return "practice"
    return ""


def _asks_comments(text: str) -> bool:
    return False


def _the_list(db, docs: dict, sources: set[str], cited: set[str], answered: set[str] = frozenset()):
    """The rows of the one list (document, column) of the comments' document set whose codes the comments name most,
    of lists naming as many the one holding rows `answered`: (rows, {row key: (code as printed, code normalised)});
    None where no list prints any code cited."""
    folders = {str(PurePosixPath(str(docs.get(s, {}).get("path") or "")).parent) for s in sources}
    candidates = [s for s, d in docs.items() if str(PurePosixPath(str(d.get("path") or "")).parent) in folders
                  and s not in sources] if sources else [s for s in docs]
    best, best_hits, best_held = None, 0, False
    for table in _TABLES:
        for source in candidates:
            try:
                rows = [dict(r) for r in db.query(f"SELECT * FROM [{table}] WHERE source = ?", [source])]
            except Exception:
                continue
            if not rows:
                continue
            columns: dict[str, dict[str, tuple[str, str]]] = {}
            for r in rows:
                if table == "table_row":
                    try:
                        cells = json.loads(r.get("cells") or "{}")
                    except Exception:
                        cells = {}
                    if not isinstance(cells, dict):
                        continue
                    for k, v in cells.items():
                        if isinstance(v, (str, int)) and str(v).strip():
                            columns.setdefault(k, {})[str(r["key"])] = (str(v).strip(), norm(v))
                else:
                    code = str(r["key"]).partition(":")[2].split("@", 1)[0]
                    columns.setdefault("", {})[str(r["key"])] = (code, norm(code))
            for col, codes in columns.items():
                hits = len({n for _, n in codes.values()} & cited)
                # (the list's own rows: those whose code is written as the cited ones are, 「1-1-1」; not its
                # subtotal rows 「小計(柱I) 取組数5件」 in the same column)
                shapes = {_shape(n) for _, n in codes.values() if n in cited}
                codes = {k: v for k, v in codes.items() if _shape(v[1]) in shapes}
                held = bool(answered & set(codes))
                if hits and (hits, held) > (best_hits, best_held):
                    best_hits, best_held = hits, held
                    best = ([r for r in rows if str(r["key"]) in codes], codes)
    return best if best_hits else None


def _shape(code: str) -> str:
    """How a normalised code is written: its numbers as 9 (「1-1-1」 → 「9-9-9」, 「ON-202」 → 「ON-9」)."""
    return re.sub(r"\d+", "9", code)


# 「そのうち方針じゃなくて施設に関するものは？」 after a member's comments: those on records of the kind said
_OF_KIND = compiled(r"^(?:そのうち|その中で|このうち|うち)\s*[、,]?\s*(?:(?P<not>[一-龥々ァ-ヶー]{1,6}?)\s*(?:じゃなくて|じゃなく|ではなく"
                      r"|でなく)\s*[、,]?\s*)?(?P<kind>[一-龥々ァ-ヶー]{1,6}?)\s*(?:に関する|に関係する|についての|に対する|への)\s*"
                      r"(?:もの|の|発言|意見|指摘)\s*(?:は|って|を|だけ)?\s*(?:どれ|何|なに)?\s*(?:ですか|でしょうか|か)?\s*[？?。]?\s*$")


def of_kind(assistant, question: object) -> Answer | None:
    """The comments shown before, kept where the code each names is printed by a list whose column names the kind
    asked (施設番号 for 施設) and not the kind set aside (方針番号 for 方針). A code no list of the same document set
    prints, or printed under both kinds: nothing answered here."""
    if not isinstance(question, str):
        return None
    m = _OF_KIND.match(nfkc(question).strip())
    shown, rows_are, target = getattr(assistant, "_cited_shown", None) or ([], "", "")
    if m is None or not shown:
        return None
    codes = [str(r.get("initiative") or r.get("number") or "") for r in shown]
    if not all(codes) or not all(str(r.get("key", "")).startswith(("comment:", "table_row:")) for r in shown):
        return None
    db = assistant.db
    try:
        docs = {str(r["source"]): dict(r) for r in db.query("SELECT source, path, title FROM documents")}
    except Exception:
        return None
    own = {str(r.get("source") or "") for r in shown}
    folders = {str(PurePosixPath(str(docs.get(s, {}).get("path") or "")).parent) for s in own}
    headers: dict[str, set[str]] = {}
    wanted = {norm(c) for c in codes}
    for source, d in docs.items():
        if source in own or str(PurePosixPath(str(d.get("path") or "")).parent) not in folders:
            continue
        for r in db.query("SELECT cells FROM table_row WHERE source = ?", [source]):
            try:
                cells = json.loads(r["cells"] or "{}")
            except Exception:
                continue
            for k, v in (cells.items() if isinstance(cells, dict) else ()):
                if isinstance(v, (str, int)) and norm(v) in wanted:
                    headers.setdefault(norm(v), set()).add(nfkc(str(k)))
    kind, other = m.group("kind"), m.group("not") or ""
    kept = []
    for r, code in zip(shown, codes):
        said = headers.get(norm(code), set())
        has_kind = any(kind in h for h in said)
        has_other = bool(other) and any(other in h for h in said)
        if not said or has_kind == has_other and other:
            return None  # (a code no list prints, or printed as both kinds)
        if has_kind and not has_other:
            kept.append(r)
    if target not in ("comment", "table_row", "initiative"):
        return None
    if not kept and not other:
        # (「そのうち実施項目に対する意見は」 where no list's column is headed by the kind: the lists do not tell the
        # kinds apart, and the comments' own fields may — not an answer of none)
        return None
    names = "、".join(dict.fromkeys(str(r.get("number") or r.get("initiative")) for r in kept))
    result = Answer(question=question, target=target, rows=kept, count=len(kept), value=None,
                    status="exact" if kept else "no_match",
                    summary=(f"そのうち{kind}に関するものは {len(kept)}件です（{names}）。" if kept
                             else f"前の回答のうち、{kind}に関するものはありません。"),
                    understood=[{"field": "initiative", "op": "listed_as", "value": kind,
                                 "label": f"番号が一覧の「{kind}」の列に載るもの" + (f"（{other}を除く）" if other else "")}],
                    rows_are=rows_are)
    result.notes.append("前の回答の意見が名指す番号を、同じ資料群の一覧の列（施設番号・方針番号など）で分けました")
    return result
