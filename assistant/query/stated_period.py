"""「パブコメの募集期間は何日間だった？」「第3次大綱の計画期間は何年間？」: a period a document states under its label
(「募集期間：令和７年１月６日（月）から令和７年２月５日（水）まで」「本大綱の計画期間は、令和７年度から令和１１年度までの５年間」),
counted: days from the first to the last both included (何日間 counts the days of the period; 「初日を含めない」 the days
between), fiscal years from the first to the last both included.

Only where the question names the documents by words of their titles (パブコメ of 「…パブリックコメントの実施結果」,
第3次大綱 of 「第３次行政改革大綱」) and the documents so named state the period once, or alike wherever they state it;
otherwise nothing is answered here (the engine's own reading stands). A count the text prints beside the years
(「５年間」) must agree with the count worked out, or nothing is answered."""
from __future__ import annotations

import re
from datetime import date

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.names import ABBREVIATIONS
from assistant.text.normalize import nfkc
from assistant.text.wareki import era_year

# 「募集期間は何日間」「計画期間って何年間」「実施期間は何か月」
_ASKED = compiled(r"^(?P<pre>.*?)(?P<label>[一-龥]{0,4}期間)\s*(?:は|って|が)?\s*(?:全部で|全体で)?\s*何\s*(?P<unit>日|年)\s*間?"
                  r"\s*(?:だった|でした|です|ある|あった|あります|になる|になります)?\s*(?:の|ん)?\s*(?:か|ですか|でしょうか)?"
                  r"\s*[？?。]?\s*(?P<rest>.*)$")
_BETWEEN = compiled(r"(?:初日|最終日|当日)\s*(?:は|を)?\s*(?:含めない|含まない|除く|除いて|数えない)")
_ERA = r"(?P<era{n}>令和|平成|[RH])\s*(?P<y{n}>元|\d{{1,2}})\s*年"
_DAY = compiled(_ERA.format(n=1) + r"\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日(?:\s*[(（][^)）]{1,3}[)）])?\s*"
                r"(?:から|～|〜|~|－|-|—|―)\s*(?:" + _ERA.format(n=2) + r")?\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日")
_FY = compiled(_ERA.format(n=1) + r"\s*度\s*(?:から|～|〜|~|－|-|—|―)\s*(?:" + _ERA.format(n=2) + r")?\s*(?P<y2b>\d{1,2})?\s*年?\s*度"
               r"(?:\s*まで)?(?:\s*の\s*(?P<said>\d{1,2})\s*(?:年間|か年|カ年|ヵ年))?")
_RUN = compiled(r"[一-龥ァ-ヶーA-Za-z0-9]{2,}")
_PARTICLES = compiled(r"^(?:の|で|に|は|って|、|,|\s)*$")


def _year(era: str, n: str) -> int:
    return era_year(era, 1 if n == "元" else int(n))


def _names_title(run: str, title: str) -> bool:
    """Whether a word of the question names a title: inside it, or as two pieces each inside (第3次 + 大綱), or by an
    abbreviation's long forms (パブコメ: パブリックコメント)."""
    forms = [run] + [long for short, longs in ABBREVIATIONS if run == short for long in longs]
    for form in forms:
        if form in title or any(form[:i] in title and form[i:] in title for i in range(2, len(form) - 1)):
            return True
    return False


def _periods(text: str, label: str, unit: str, between: bool) -> list[int]:
    out: list[int] = []
    for at in [m.end() for m in re.finditer(re.escape(label), text)]:
        window = re.sub(r"^(?:は|が|：|:|、|,|\s)*", "", text[at:at + 60])
        if unit == "日" and (m := _DAY.match(window)):
            first = date(_year(m["era1"], m["y1"]), int(m["m1"]), int(m["d1"]))
            year2 = _year(m["era2"], m["y2"]) if m["era2"] else first.year
            last = date(year2, int(m["m2"]), int(m["d2"]))
            if last >= first:
                out.append((last - first).days + (0 if between else 1))
        elif unit == "年" and (m := _FY.match(window)):
            first = _year(m["era1"], m["y1"])
            last = _year(m["era2"], m["y2"]) if m["era2"] else (_year(m["era1"], m["y2b"]) if m["y2b"] else None)
            if last is None or last < first:
                continue
            counted = last - first + 1
            if m["said"] and int(m["said"]) != counted:
                return []  # (the text says otherwise: not worked out here)
            out.append(counted)
    return out


def answer(assistant, question: object) -> Answer | None:
    if not isinstance(question, str):
        return None
    said = nfkc(question).strip()
    m = _ASKED.match(said)
    if m is None or (m["rest"] and not _BETWEEN.search(m["rest"])):
        return None
    runs = _RUN.findall(m["pre"])
    if not runs or not _PARTICLES.fullmatch(_RUN.sub("", m["pre"])):
        return None
    try:
        docs = [(str(r["source"]), nfkc(str(r["title"] or ""))) for r in assistant.db.query("SELECT source, title FROM documents")]
    except Exception:
        return None
    named = [(s, t) for s, t in docs if all(_names_title(run, t) for run in runs)]
    if not named:
        return None
    label, unit, between = m["label"], m["unit"], bool(_BETWEEN.search(said))
    found: dict[int, tuple[str, int, str]] = {}
    for source, title in named:
        for r in assistant.db.query("SELECT line, text FROM passages WHERE source = ? AND kind = 'doc' AND text LIKE ? "
                                    "ORDER BY line", [source, f"%{label}%"]):
            for n in _periods(nfkc(str(r["text"] or "")), label, unit, between):
                found.setdefault(n, (source, int(r["line"]), title))
    if len(found) != 1:
        return None  # (none stated, or differently in two places: which is asked is not known)
    n, (source, line, title) = next(iter(found.items()))
    counted = "初日を含めず" if between and unit == "日" else "初日と最終日を含めて" if unit == "日" else "初年度と最終年度を含めて"
    word = "日間" if unit == "日" else "年間"
    result = Answer(question=question, target="passage", rows=[], count=1, value=n, status="exact",
                    summary=f"{title}の{label}は、{counted}数えると {n}{word}です。",
                    understood=[{"field": "source", "op": "in", "value": [s for s, _ in named],
                                 "label": f"文書: {'、'.join(t for _, t in named)}"},
                                {"field": label, "op": "days" if unit == "日" else "years", "value": n,
                                 "label": f"{label}の{'日数' if unit == '日' else '年数'}を数える（{counted}）"}])
    result.excerpts = [{"key": f"doc:{source}", "source": source, "line": line, "text": label}]
    return result
