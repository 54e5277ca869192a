"""How the asker wants the answer shown (「一覧表にして」「表形式で」「Excelに貼りたいので、番号・項目名・担当課で出して」
「担当課とR5評価の列も付けてください」「一行で」): the answer's form, never what is asked. Such an instruction is set
aside before the question is read, so its words make no condition (「R5評価の列」 is no 「R5に評価がある」, 「番号・
項目名・担当課で」 asks no 担当課 in place of the list, 「Excelに貼りたいので」 is no circumstance that swallows the
conditions said before it); the columns it names are shown where the rows hold them, and the answer says how the
instruction was read.

Instructions that change the answer stay in the question for the grammar: 番号順 (the order), 上位N件 (a limit),
件数だけ (a count), 小数第2位まで (rounding), 番号だけ / 数字だけ (what is answered)."""
from __future__ import annotations

from assistant.query.compiled import compiled

# The words of the columns a table of records shows (a column named in a request to show it).
_COLUMN = (r"(?:番号|No\.?|項目番号|項目名|項目|名称|名前|事業名|取組名|タイトル|担当課|担当部署|担当|部署|所管課|所管|"
           r"(?:R|令和|H|平成)\s*\d{1,2}(?:年度)?(?:の)?(?:評価|判定)|評価|委員評価|審議会評価(?:平均)?|自己評価|総合評価|"
           r"合計点|合計|取組終了|終了年度|テーマ|進捗度|実践項目数)")
_COLUMNS = rf"{_COLUMN}(?:\s*(?:・|、|,|と|及び|および|や)\s*{_COLUMN}){{0,6}}"
_PLEASE = r"(?:ください|下さい|くれますか|もらえますか|もらえる|ほしい|欲しい|ほしいです|お願いします|お願い)?"
# What ends a request to show (「…で出して」「…の列も付けて」).
_SHOW = r"(?:出して|書き出して|並べて|表示して|示して|見せて|まとめて|作って|して)"

_ADD = r"付けて|つけて|追加して|加えて|入れて|足して|付け加えて|並べて|出して"
_INSTRUCTIONS = (
    # 「担当課とR5評価の列も付けてください」「R5評価の列も」「委員評価の列も付けて」
    ("columns_added", compiled(
        # (a column said with neither も nor a verb, 「取組終了の欄、空白のもの」, is a condition's field)
        rf"[、,。]?\s*(?P<cols>{_COLUMNS})\s*(?:の)?(?:列|欄|カラム)"
        rf"(?:も\s*(?:{_ADD})?|を?\s*(?:{_ADD})){_PLEASE}\s*(?=[。．！!？?]*\s*$|[、,。])")),
    # 「Excelに貼りたいので、番号・項目名・担当課で出して」「表に貼るので、そのまま書き出して」
    ("pasted_into", compiled(
        r"(?<=を)\s*[、,]?\s*(?:Excel|エクセル|表計算|スプレッドシート|表|資料|一覧)に\s*(?:貼り|はり|貼り付け|貼りつけ|コピペし|コピーし|載せ|転記し|使い)"
        r"(?:たい|ます|る)(?:ので|から|ため)\s*[、,]?\s*")),
    # 「番号・項目名・担当課で出して」 (two columns or more, then a request to show them)
    ("columns_listed", compiled(
        rf"(?:を|[、,]|^)\s*(?P<cols>{_COLUMN}(?:\s*(?:・|、|,|と)\s*{_COLUMN}){{1,6}})\s*(?:の(?:列|形|順)で|で)\s*"
        rf"(?:{_SHOW}){_PLEASE}\s*(?=[。．！!？?]*\s*$)")),
    # 「数字だけ」「一行で」「一言で」 (said last): how short the answer is, what it says being the same
    ("short_answer", compiled(
        rf"[、,。]?\s*(?:(?:数字|数値|値)(?:だけ|のみ)(?:で)?|(?:一行|1行|ひとこと|一言|1言|手短|簡潔)(?:で|に))\s*"
        rf"(?:いい|いいです|結構です|答えて|教えて|書いて|まとめて)?{_PLEASE}\s*[。．!！]?\s*$")),
    # 「一覧表にして」「表形式で」「表にまとめて」 (a table: what a list of records is shown as anyway)
    ("as_table", compiled(
        rf"(?:を)?\s*[、,]?\s*(?:一覧表|表形式|表の形|(?<![一-龥ァ-ヶー])表)\s*(?:に|で|として)\s*(?:{_SHOW})?{_PLEASE}\s*(?=[。．！!？?、,]|\s*$)")),
)


_LONGEST = 400


def set_display(question: str) -> tuple[str, list[tuple[str, str]]]:
    """The question without the instructions on how to show the answer, and those instructions (name, words)."""
    # (an instruction is said in a question, not a pasted page: the patterns' open spans would take minutes there)
    if not isinstance(question, str) or not 8 <= len(question) <= _LONGEST:
        return question, []
    said: list[tuple[str, str]] = []
    text = question
    for name, pattern in _INSTRUCTIONS:
        m = pattern.search(text)
        if m is None:
            continue
        rest = (text[:m.start()] + text[m.end():]).strip()
        core = compiled(r"[、,。．\s]+").sub("", rest)
        if len(core) < 6:  # (what is left must still ask something: 「表形式で」 alone is kept)
            continue
        said.append((name, m.group("cols") if "cols" in m.groupdict() and m.group("cols") else m.group(0).strip("、,。 ")))
        # (a 、 or 。 at the cut stays one: 「…一覧表にして。担当課…の列も付けて」 → 「…の実践項目。」)
        rest = compiled(r"(?:を|[、,])\s*(?=[。．！!？?]|$)").sub("", rest)
        text = compiled(r"[、,]\s*(?=[。．！!？?]|$)").sub("", compiled(r"([、,。])\s*[、,。]").sub(r"\1", rest))
    return text, said


# The fields a column word names (the rows' own names), where a table can show them.
_FIELD_OF = (
    (compiled(r"^(?:番号|No\.?|項目番号)$"), ("code",)),
    (compiled(r"^(?:項目名|項目|名称|名前|事業名|取組名|タイトル)$"), ("title",)),
    (compiled(r"^(?:担当課|担当部署|担当|部署|所管課|所管)$"), ("departments", "department")),
    (compiled(r"^(?:R|令和)\s*(\d{1,2})(?:年度)?(?:の)?(?:評価|判定)$"), None),
    (compiled(r"^(?:総合評価)$"), ("overall",)),
    (compiled(r"^(?:合計点|合計)$"), ("total",)),
    (compiled(r"^(?:取組終了|終了年度)$"), ("ended",)),
    (compiled(r"^(?:テーマ)$"), ("themes",)),
)


def _fields(words: str) -> list[tuple[str, ...]]:
    out = []
    for word in compiled(r"\s*(?:・|、|,|と|及び|および|や)\s*").split(words):
        for pattern, fields in _FIELD_OF:
            m = pattern.match(word.strip())
            if m is not None:
                out.append(fields if fields is not None else (f"r{int(m.group(1))}",))
                break
    return out


def display_said(answer, said: list[tuple[str, str]]) -> None:
    """The columns asked for shown where the rows hold them; the answer says how the instruction was read."""
    if not said or answer is None or not hasattr(answer, "notes"):
        return
    rows = getattr(answer, "rows", None) or []
    columns = getattr(answer, "columns", None)
    shown, missing = [], []
    for name, words in said:
        if name not in ("columns_added", "columns_listed"):
            continue
        for fields in _fields(words):
            held = next((f for f in fields if rows and any(f in r for r in rows)), None)
            if held is None:
                missing.append(fields[0])
                continue
            if isinstance(columns, list) and columns and held not in columns:
                columns.append(held)
            shown.append(held)
    words = "」「".join(w for _, w in said)
    note = f"「{words}」は表示のしかたの指示として読み、条件にはしていません。"
    if rows and missing and not shown:
        note += "指定の列の一部は表に出せません。"
    answer.notes.append(note)
