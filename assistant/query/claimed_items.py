"""Verification questions (「R4に終了したのは8番と9番だけという理解で合っていますか」「…は3件だけだったと記憶して
いますが、実際には何件ですか」「図書館に関する事例は岩手県だけですよね？」): the asker states what they believe
the answer is. The belief is no condition of the records: read as one, 「8番と9番」 narrows the answer to the
presumed items, or to nothing. So the claim is taken off, the question proper is asked, and the answer gives the
true records (or count) and says first whether the presumption holds.

Each claim is a rule as data (name, pattern, examples: the question → what is asked and what is claimed), run by
tests/query/test_claimed_items.py."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# How the belief is put to the reader: 「という理解で合っていますか」「で正しいですか」「ですよね？」「でしたよね」.
_CHECK_TAIL = (r"(?:(?:という|との)?(?:理解|認識|考え|こと)で(?:合って|あって|正しい|間違い(?:ない|ありません|ないでしょうか)|よろしい|いい)"
               r"|で(?:合って|あって|正しい|間違いない|間違いありません)"
               r"|(?:です|でした|だった|だ)?よね"
               # (「…だと思うのですが、合っていますか」「…だったと記憶していますが、実際には？」)
               r"|(?:だ|です|だった|でした)?と(?:思う|思います|思って(?:い)?ます|思っていた|記憶して(?:い)?ます|聞いて(?:い)?ます)"
               r"(?:が|けど|のですが|んですが|んだけど)?[、,]?\s*(?:(?:合って|あって)(?:います|ます|る)?か?|正しいですか|どうですか|本当ですか|"
               r"実際(?:に|の)?(?:は|には)?(?:どうですか|どう)?)?)"
               r"[^。？?]{0,12}?[？?。]?")
# 「…は8番と9番だけですか」: だけ asked as a question is the belief put to the reader too (never without だけ／のみ).
_ONLY_ASKED = r"(?:だけ|のみ)\s*(?:ですか|でしょうか|なのですか|なんですか|か)\s*[？?。]?"
# A sentence after the belief that asks for the truth (「正しい件数を教えてください」「本当は何件？」).
_TRUTH_ASKED = (r"(?:\s*[、,。]?\s*(?:正しい|実際の|本当の|正確な)(?:件数|数|もの|項目|答え)?(?:を|は)?\s*"
                r"(?:教えて|示して|挙げて)?(?:ください|下さい|ほしい|欲しい)?\s*[。？?]?)?")
# One claimed record by its number, maybe with its name or kind after it (「50番の予防接種等業務への導入」「8番の取組」).
_NUMBERED = r"(?:(?:No\.?|NO\.?|№)\s*[A-Za-z]?\d+|[A-Za-z]?\d+\s*番)(?:の[^、,。？?と・]{1,30}?)?"
_JOINED = r"\s*(?:と|・|、|,|及び|および|や)\s*"
_NUMBERS = rf"{_NUMBERED}(?:{_JOINED}{_NUMBERED})*"
# A claimed name (「岩手県だけ」): only with だけ／のみ, which says the asker lists every record they expect.
_NAME = r"[^、,。？?\s「」のはがをにで]{2,12}?"
_NAMES = rf"{_NAME}(?:{_JOINED}{_NAME})*"
_COUNT_SAID = r"(?:の\s*(?P<n>\d+)\s*(?:件|つ|項目|個|事業))?"
_ONLY = r"(?:だけ|のみ)"

# The count believed, then a sentence asking the true count (「3件だけだったと記憶していますが、本編の一覧では実際には何件ですか」).
_BELIEVED = (r"(?:と記憶して(?:いますが|いるが|いるけど|いますけど)|と思って(?:いますが|いたが|いたけど|いましたが)|"
             r"と聞いて(?:いますが|いたが|いましたが)|と(?:理解|認識)して(?:いますが|いるが)|"
             r"(?:という|との)(?:理解|認識)で(?:正しい|合って|あって|よろしい)(?:ですか|いますか|ますか|でしょうか)|"
             r"(?:です|でした|だった)?よね)")


@dataclass(frozen=True)
class Claim:
    """A way of stating a claim to check (its name, its pattern and examples)."""
    name: str
    pattern: str
    examples: tuple[tuple[str, tuple[str, object]], ...] = ()

    @property
    def regex(self) -> re.Pattern:
        return compiled(self.pattern)


CLAIMS = (
    # 「R4に取組終了したのは8番と9番だけという理解で合っていますか」「委員評価が最も低いのは10番と14番という理解で…」
    Claim("numbers_claimed",
          rf"^(?P<head>.+?)(?P<was>のは|は)\s*(?P<items>{_NUMBERS}){_COUNT_SAID}\s*"
          rf"(?:{_ONLY_ASKED}|{_ONLY}?\s*(?:だった|です|でした)?\s*[、,]?\s*{_CHECK_TAIL}){_TRUTH_ASKED}\s*$",
          examples=(("R4に取組終了したのは8番と9番だけという理解で合っていますか。", ("R4に取組終了したのは？", ["8", "9"])),
                    ("R3に終わったのは12番と19番の2件だけですよね？", ("R3に終わったのは？", ["12", "19"])),
                    ("4年連続でA評価だった実践項目は2番・3番・22番の3件だけ、という理解で合っていますか。",
                     ("4年連続でA評価だった実践項目は？", ["2", "3", "22"])),
                    ("進捗度が1だったのは50番の予防接種等業務への導入だけ、という理解で合っていますか。", ("進捗度が1だったのは？", ["50"])),
                    ("委員評価が最も低いのは10番と14番という理解で合っていますか。", ("委員評価が最も低いのは？", ["10", "14"])),
                    ("委員の意見で「LINE」に触れているのは8番の取組だけ、という理解で合っていますか。",
                     ("委員の意見で「LINE」に触れている取組は？", ["8"])),
                    ("R3に終わったのはNo.12とNo.19だけですよね", ("R3に終わったのは？", ["12", "19"])),
                    ("R4に終了したのは8番と9番だけですか？", ("R4に終了したのは？", ["8", "9"])),
                    ("R4に終了したのは8番と9番だと思うのですが、合っていますか。", ("R4に終了したのは？", ["8", "9"])),
                    ("R3に終わったのは12番と19番だったと記憶していますが、実際には？", ("R3に終わったのは？", ["12", "19"])),
                    ("R4に終了したのは8番ですか？", None),  # (no だけ, no belief said: a question of its own)
                    ("R5から追加されたのはN1とN2だけですよね", None),  # (no 番 or No.: names, the rule below)
                    ("8番の担当部署は？", None))),
    # 「図書館に関する事例は岩手県だけですよね？」: names, with だけ／のみ.
    Claim("names_claimed",
          rf"^(?P<head>.+?)(?P<was>のは|は)\s*(?P<names>{_NAMES}){_COUNT_SAID}\s*"
          rf"(?:{_ONLY_ASKED}|{_ONLY}\s*(?:だった|です|でした)?\s*[、,]?\s*{_CHECK_TAIL}){_TRUTH_ASKED}\s*$",
          examples=(("図書館に関する事例は岩手県だけですよね？", ("図書館に関する事例は？", ["岩手県"])),
                    ("R5にAだったのは市民課と納税課だけという理解で合っていますか", ("R5にAだったのは？", ["市民課", "納税課"])),
                    ("R3に終わったのは5件だけですよね？", ("R3に終わったのは何件？", 5)),
                    ("手数料のキャッシュレス化を担当しているのは市民課だけですか", ("手数料のキャッシュレス化を担当しているのは？", ["市民課"])),
                    ("総合評価がAだけの実践項目は？", None))),
    # 「取組終了がR2の実践項目は3件だけだったと記憶していますが、本編の一覧では実際には何件ですか」
    Claim("count_believed",
          rf"^(?P<head>.+?)は\s*(?P<n>\d+)\s*(?:件|項目|個|事業)\s*(?:だけ|のみ|しか)?\s*(?:だった|でした|です|ある|あった|あります)?\s*"
          rf"{_BELIEVED}\s*[？?。、,]?\s*(?P<scope>[^。？?]{{0,20}}?)\s*"
          r"(?:(?:実際(?:に|の)?(?:は|には)?|本当(?:は|に)?|正確(?:に|には)?|正しく(?:は)?)\s*(?:何件|何項目|いくつ)|正しい件数|本当の件数|実際の件数)"
          r"[^。？?]{0,16}[。？?]?\s*$",
          examples=(("取組終了がR2の実践項目は3件だけだったと記憶していますが、本編の一覧では実際には何件ですか。",
                     ("本編の一覧で、取組終了がR2の実践項目は何件？", 3)),
                    ("取組終了欄が空欄（継続中）の実践項目は10件という理解で正しいですか。正しい件数を教えてください。",
                     ("取組終了欄が空欄(継続中)の実践項目は何件？", 10)),  # (read as NFKC)
                    ("合計12点の実践項目は8件でしたよね？ 本編の一覧での正しい件数は？", ("本編の一覧で、合計12点の実践項目は何件？", 8)),
                    ("R4に終了した実践項目は何件ですか", None))),
)


def _scope(said: str) -> str:
    """「本編の一覧では」「本編の一覧での」 → 「本編の一覧で」: where to count, kept for the question asked."""
    said = re.sub(r"(?:では|での|でも|には|の中で|の中では)$", "で", said.strip(" 、,"))
    return said if said.endswith("で") and len(said) > 1 else ""


def _numbers(items: str) -> list[str]:
    return [m.group(1) or m.group(2) for m in compiled(r"(?:No\.?|NO\.?|№)\s*([A-Za-z]?\d+)|([A-Za-z]?\d+)\s*番").finditer(items)]


def _kind_after(items: str) -> str:
    """「8番の取組」: the kind word said after the last number, which the question proper needs (取組 → 取組項目)."""
    from assistant.kinds.registry import kind_words, short_kind_words

    tail = compiled(r"\d+\s*番?の([^、,。？?と・]{1,30})$").search(items)
    if tail is None:
        return ""
    words = {w for w, _ in (*kind_words(), *short_kind_words())}
    return tail.group(1) if tail.group(1) in words else ""


def claim_read(claim: Claim, question: str) -> tuple[str, object] | None:
    """(question asked, claim) by this rule: a list of numbers or names, or a count; None where it does not apply."""
    m = claim.regex.match(nfkc(question).strip())
    if m is None:
        return None
    head = m.group("head").strip(" 、,")
    if claim.name == "count_believed":
        scope = _scope(m.group("scope"))
        return (f"{scope}、{head}は何件？" if scope else f"{head}は何件？"), int(m.group("n"))
    if claim.name == "numbers_claimed":
        kind = _kind_after(m.group("items"))
        asked = f"{head}{kind}は？" if kind and m.group("was") == "のは" else f"{head}{m.group('was')}？"
        return asked, _numbers(m.group("items"))
    names = [n.strip() for n in compiled(_JOINED).split(m.group("names")) if n.strip()]
    counted = compiled(r"(\d+)\s*(?:件|つ|項目|個|事業)").fullmatch(names[0]) if len(names) == 1 else None
    if counted:  # (「…のは5件だけですよね」: a count believed, not a name)
        return f"{head}{m.group('was')}何件？", int(counted.group(1))
    return f"{head}{m.group('was')}？", names


def read_claim(question: str) -> tuple[str, object, str]:
    """(question asked, claim, rule name); (question, None, '') when no claim is said."""
    for claim in CLAIMS:
        read = claim_read(claim, question)
        if read is not None:
            return read[0], read[1], claim.name
    return question, None, ""


def _holds(row: dict, item: str, by_number: bool) -> bool:
    if by_number:
        return str(row.get("code", "")).strip() == item
    return any(item in nfkc(str(v)) for v in row.values() if isinstance(v, (str, list)))


def checked_items(answer: Answer, claimed: object, rule: str, said: str) -> None:
    """The presumed records confirmed or corrected, first; the answer keeps every record it found."""
    if not isinstance(claimed, list) or answer.error:
        return
    answer.question = said
    by_number = rule == "numbers_claimed"
    shown = "・".join(f"{c}番" if by_number else c for c in claimed)
    rows = [r for r in answer.rows if isinstance(r, dict)]
    if answer.status not in ("exact", "no_match"):
        answer.summary = f"「{shown}だけ」で合っているかは確かめられません（答えが確かではありません）。" + answer.summary
        return
    if not by_number and isinstance(answer.value, (str, list)) and answer.value:
        # (「…の担当部署は市民課だけですか」: one record's value asked, the belief is of that value, not of records)
        values = answer.value if isinstance(answer.value, list) else compiled(r"[、・,]").split(answer.value)
        values = [nfkc(str(v)).strip() for v in values if str(v).strip()]
        said_value = "、".join(values)
        if all(any(c in v for v in values) for c in claimed) and all(any(c in v for c in claimed) for v in values):
            answer.summary = f"はい、{said_value}です。" + answer.summary
        else:
            wrong = [c for c in claimed if not any(c in v for v in values)]
            answer.summary = f"いいえ、{said_value}です" + (f"（{'・'.join(wrong)}ではありません）。" if wrong else "。") + answer.summary
        return
    matched = [c for c in claimed if any(_holds(r, c, by_number) for r in rows)]
    missing = [c for c in claimed if c not in matched]
    others = [r for r in rows if not any(_holds(r, c, by_number) for c in claimed)]
    if rows and not missing and not others:
        answer.summary = f"はい、{shown}の{len(rows)}件で合っています。" + answer.summary
        return
    named = "、".join(_named(r, claimed, by_number, rows) for r in rows)
    head = f"いいえ、条件に合うのは{len(rows)}件です" + (f"：{named}。" if named else "。")
    if missing:
        head += "・".join(f"{c}番" if by_number else c for c in missing) + "は当てはまりません。"
    if others and matched:
        head += "・".join(f"{c}番" if by_number else c for c in matched) + f"のほかに{len(others)}件あります。"
    answer.summary = head + answer.summary


def _named(row: dict, claimed: list[str], by_number: bool, rows: list[dict]) -> str:
    """「15 セグメント分析による図書館の統廃合（熊本県宇城市）」: a record by its number and name, and, where names were
    claimed, the value of the field a claimed name was found in (so the reader sees what stands in its place)."""
    said = f"{row.get('code', '')} {row.get('title', '')}".strip()
    if by_number:
        return said
    fields = [k for r in rows for k, v in r.items() if k not in ("title", "text", "summary")
              and any(c in nfkc(str(v)) for c in claimed) and isinstance(v, (str, list))]
    if not fields:
        return said
    value = row.get(fields[0])
    value = "・".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
    return f"{said}（{value}）" if value else said
