"""「総事業費をフルタイム職員一人あたりにするといくら？」: one record's amount divided by its count of people the
question names (a field counted in 人: 人員(フルタイム)), both read from the record; said how it was worked out.
A count not named (「職員一人あたり」 of a sheet with full- and part-time staff) or of zero is never guessed:
the answer is left as it was."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_PER_PERSON = compiled(r"(?:一人|1人|ひとり|１人)\s*(?:あたり|当たり|当り)")


def worked_out(question: str, answer: Answer) -> None:
    """Divide the answer's one money value by the count of people the question names, in place."""
    from assistant.kinds.registry import record_kinds
    from assistant.kinds.spec import Field

    said = nfkc(question)
    per = _PER_PERSON.search(said)
    if per is None or answer.error or len(answer.rows) != 1 or not isinstance(answer.value, (int, float)):
        return
    rk = record_kinds().get(answer.target)
    if rk is None:
        return
    fields = {f.name: f for f in rk.fields if isinstance(f, Field)}
    asked = str((answer.query or {}).get("value_field") or "")
    if asked not in fields or fields[asked].type != "money":
        return
    people = [f for f in fields.values() if f.type == "number" and f.unit == "人"
              and any(w in said[:per.start()] for w in f.words)]
    if len(people) != 1:
        return
    row = answer.rows[0]
    count = row.get(people[0].name)
    if not isinstance(count, (int, float)) or not count:
        return
    value = answer.value / count
    value = int(value) if float(value).is_integer() else round(value, 2)
    answer.value = value
    answer.unused = [w for w in answer.unused if not _PER_PERSON.search(nfkc(w))]
    if answer.caveat and not answer.unused:
        answer.summary, answer.caveat = answer.summary.replace(answer.caveat, "", 1), ""
    if answer.status == "partial" and not answer.unused and not answer.caveat:
        answer.status = "exact"
    answer.summary = (f"{fields[asked].label} {answer.value * count:,.0f} ÷ {people[0].label} {count:g}人 = {value:,}"
                      f"（{people[0].label}1人あたり）です。" + answer.summary)
    answer.understood = list(answer.understood) + [
        {"field": people[0].name, "op": "per", "value": count, "label": f"{people[0].label}1人あたりにする"}]
