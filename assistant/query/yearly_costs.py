"""「令和7年度の事業費がいちばん多い連携事業」「R7事業費の合計」「令和6年度より令和7年度の事業費が減った」 over a
list printing one amount column per fiscal year (R6事業費 │ R7事業費: a record's costs_by_year).

The year said picks the column; the rest of the question is read as any other (the records named, the
document). Only the years the list prints are answered: a year it does not print, or a project whose
cell for the year is no figure (「－」), is said, never counted as 0 nor taken from another year. Questions
of another shape (no year, no amount asked) are left to the rest of the engine (None).
"""
from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from assistant.labels import kind_label
from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.store.records import decoded
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label, fy_text

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

# The amount asked (the words of the records' 事業費), and what is asked of it.
# (「令和4年度決算から令和5年度決算にかけて」: a sheet's settled column is its amount of that year)
_AMOUNT = compiled(r"事業費|予算額|予算|経費|負担額|負担|決算額|決算|効果額")
# (with two years said, 「少ない」「多い」 compare them too: 「2024年度より2027年度の事業費が少ない」)
_DECREASE = compiled(r"減っ|減少|下がっ|少なくなっ|縮小|少な[いかく]|低[いか]|小さ[いか]|▲")
_INCREASE = compiled(r"増え|増加|上がっ|多くなっ|拡大|多[いかく]|高[いか]|大き[いか]")
# 「2024年度より」「令和6年度と比べて」: the year compared against, wherever it is said.
_BASE_AFTER = compiled(r"^\s*(?:の(?:事業費|予算額|予算|経費|負担額))?\s*(?:より|から|と比べ|に比べ|と比較)")
# 「R4の予算が前年度より減っている」: the year before the one said is the base.
_PRIOR = compiled(r"前年度|前年比|前の年度")
# 「令和4年度の予算額を事業ごとに」: each project's amount of the year, listed.
_EACH = compiled(r"ごと|毎に|それぞれ|別に|一覧")
# 「いくら増えた」「どれだけ減った」: the change of one project's amount, asked as a figure.
_SHOW = compiled(r"見たい|見せて|教えて|知りたい|一覧|出して|[はを]\s*[?？]?\s*$")
_WITHIN = compiled(r"^\s*(?:じゃあ|では)?[、,]?\s*(?:その|この)(?:中|なか|うち)")
_PREVIOUS = compiled(r"前年度?(?:より|から|比|と比べ|に比べ)|昨年度?(?:より|から|と比べ|に比べ)")
_HOW_MUCH = compiled(r"いくら|どれだけ|どれくらい|どのくらい|何円|何千円|何万円")
_BUDGET_SAID = compiled(r"(?:年度|\d)\s*(?:の)?\s*(?:当初)?予算")
_SUM = compiled(r"合計|総額|総計|合わせて|あわせて|合わせる|合わせた|全部で|足すと")
# 「計上されていない」「予算がついていない」: a year whose cell prints no figure (「―」: not budgeted).
_UNBUDGETED = compiled(r"計上(?:されて(?:い)?ない|されなかっ|がない|なし)|(?:予算|事業費)(?:が|は)?(?:つ|付)いて(?:い)?な(?:い|かっ)|(?:予算|事業費)(?:が|は)?(?:ない|なかっ|無い)")
_WESTERN = compiled(r"(?:19|20)\d{2}\s*年度?")
# (the amount may stand between: 「いちばん予算が大きい」)
_MOST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:(?:事業費|予算額|予算|経費|負担額|負担|効果額)(?:が|の)?)?(?:多|大き|高)|最大|最高")
_LEAST = compiled(r"(?:いちばん|一番|最も|もっとも)(?:(?:事業費|予算額|予算|経費|負担額|負担|効果額)(?:が|の)?)?(?:少な|小さ|低)|最小|最低")
# 「事業費がいちばん増えた事業」: the change between two years ranked (the largest increase, or decrease).
_MOST_CHANGE = compiled(r"(?:いちばん|一番|最も|もっとも)\s*(?:大きく|多く)?\s*(?:増え|増加|伸び|上がっ|減っ|減少|下がっ)")
# 「事業費が多い順に上から3つ」「少ない順に5件」: the projects ranked by the year's amount, the first N when said.
_RANKED = compiled(r"(?P<dir>多い|大きい|高い|少ない|小さい|低い)順")
_FIRST_N = compiled(r"(?:上から|上位|トップ|先頭から)\s*(?P<a>\d{1,2})|(?P<b>\d{1,2})\s*(?:つ|件|個|位まで|事業)")
_AVERAGE = compiled(r"平均")
# 「▲がついている」「マイナスになっている」: a negative amount (▲ as the list prints it)
_NEGATIVE = compiled(r"▲|△|マイナス|負の|赤字")
# 「令和9年度は事業費があったのに令和10年度はなくなった」: an amount in the first year, none (「－」) in the second.
_HAD = compiled(r"(?:あった|あり|ついて(?:い)?た|付いて(?:い)?た|計上されて(?:い)?た|出て(?:い)?た)")
_GONE = compiled(r"なくなっ|無くなっ|なくな[りる]|ゼロになっ|0になっ|つかなくなっ|計上されなくなっ")
_GONE_AFTER = compiled(r"\s*(?:は|に|には|で|が|の)?\s*(?:事業費(?:が|は)?)?\s*(?:" + _GONE.pattern + ")")
# Words of the question this reading uses: the amount, the change and aggregate asked, its unit.
_TAKEN = compiled(r"^(?:" + "|".join(p.pattern for p in (_AMOUNT, _DECREASE, _INCREASE, _SUM, _MOST, _LEAST, _UNBUDGETED,
                                                          _MOST_CHANGE,
                                                          _RANKED, _AVERAGE, _GONE))
                  + r"|(?:に)?かけて|千円|円|いくら|合計|最大|最小|多い|少ない|大きい|小さい|平均|上から|上位|\d{1,2}つ|あった|ついて(?:い)?な(?:い|かった)"
                  + r"|いちばん$|一番$|最も$|もっとも$"
                  + r"|(?:つ|付)いて(?:い)?な(?:い|かった))")


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    """The answer over the records' yearly amounts, worded with the amount the question says (効果額 for a list of
    each year's 効果額: the field is the same costs_by_year, its word is the question's)."""
    result = _answer_of_costs(assistant, q, question)
    said = _AMOUNT.findall(nfkc(question or ""))
    if result is None or not said or "事業費" in said:
        return result
    word = max(said, key=len)
    result.summary = result.summary.replace("事業費", word)
    result.caveat = (result.caveat or "").replace("事業費", word)
    result.notes = [n.replace("事業費", word) for n in result.notes]
    for u in result.understood:
        if isinstance(u, dict) and isinstance(u.get("label"), str):
            u["label"] = u["label"].replace("事業費", word)
    return result


def _answer_of_costs(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    said = nfkc(question)
    kind = q.target
    before = getattr(assistant, "_cost_year", None)
    shown_keys = [str(r.get("key")) for r in (getattr(assistant, "context_rows", None) or []) if isinstance(r, dict)]
    before = before if before and before[1] == shown_keys else None  # (only right after those amounts were shown)
    if before and kind in ("", "passage"):
        kind = before[2]  # (a follow-up of the amounts just shown: 「いちばん予算が大きいのは？」)
    if kind == "passage" and _PREVIOUS.search(said):
        # 「前年度より事業費が減った連携事業」, read as a search for 前年度: the one kind named whose list prints
        # costs by year
        from assistant.query.vocabulary import KIND_WORDS

        named = {k for w, k in KIND_WORDS if w in said and "costs_by_year" in assistant.executor.columns.get(k, [])}
        kind = named.pop() if len(named) == 1 else kind
    if kind == "initiative" and "costs_by_year" not in assistant.executor.columns.get(kind, []) \
            and "costs_by_year" in assistant.executor.columns.get("practice", []) and _SUM.search(said) \
            and any(c.field in ("code", "@no", "no") and c.op == "=" for c in q.conditions):
        # 「基本方針2の令和7年度効果額の合計」: the amounts of the initiative's items, each item's by year
        from assistant.query.answer import Condition

        q = copy.copy(q)
        q.conditions = [Condition("initiative", "=", c.value, f"{c.label}（の{kind_label('practice')}）") if c.field in ("code", "@no", "no") and c.op == "=" else c
                        for c in q.conditions]
        q.target = kind = "practice"
    if not kind or "costs_by_year" not in assistant.executor.columns.get(kind, []):
        return None
    western = bool(_WESTERN.search(said))

    def year_text(label: str) -> str:
        # (the years as the question says them: 2026年度 asked, 2026年度 answered)
        return f"{_fiscal(label)}年度" if western else fy_text_of(label)

    mentions = find_years(said)
    years = list(dict.fromkeys(fy_label(y.fiscal_year) for y in mentions))
    if not years and before and (_MOST.search(said) or _LEAST.search(said)) and _AMOUNT.search(said):
        # (「令和4年度の予算額を事業ごとに」 then 「いちばん予算が大きいのは？」: the year of the amounts just shown)
        years = [before[0]]
    assistant._cost_year = None
    # 「（2027年度の事業費を見たい）その中でいちばん大きいのは？」: the year's costs just listed, their extreme
    listed, assistant._costs_listed = getattr(assistant, "_costs_listed", None), None
    if not mentions and not years and listed is not None and listed[0] == kind and _WITHIN.match(said) and (_MOST.search(said) or _LEAST.search(said)):
        years = [listed[1]]
        said = said + f" {listed[2]}の事業費"
        mentions = find_years(said)
    # 「環境分野の事業費の合計」 with no year said: every year the list prints, added up.
    # (「5年間の決算額の合計」: a span said by its length is the rest of the engine's to check against the years printed)
    every_year = not mentions and bool(_SUM.search(said)) and bool(_AMOUNT.search(said)) \
        and not re.search(r"\d+\s*(?:年間|か年|カ年|ヵ年|ヶ年)", said)
    # (「令和9年度は事業費があったのに令和10年度はなくなった」: the second year's amount is said by the verb)
    gone = [y for y in mentions if _GONE_AFTER.match(said, y.end)]
    # (a workbook of one sheet per year: 「令和3年度、防災分野の予算額」 names the sheet, and so the amount's year)
    sheets = "listed_years" in assistant.executor.columns.get(kind, []) and len(years) == 1
    # 「前年度より事業費が減った」 with no year said: the last two years the list prints
    last_two = not mentions and bool(_PREVIOUS.search(said)) and bool(_AMOUNT.search(said)) \
        and bool(_DECREASE.search(said) or _INCREASE.search(said))
    # 「効果額に▲（マイナス）がついている取組」 with no year said: a negative amount in any year the list prints
    # (not with 「前年度より…減った（▲がついている）」: there the ▲ glosses the decrease asked, the comparison reads it)
    negative = not mentions and not last_two and bool(_AMOUNT.search(said)) and bool(_NEGATIVE.search(said))
    if not every_year and not last_two and not negative and not (years and not mentions) and (not years or not _AMOUNT.search(said) or not all(
            _of_amount(said, y.start, y.end) or sheets or (y in gone and len(gone) < len(mentions)) for y in mentions)):
        return None  # (「令和6年度以降に始まった事業の事業費」: a year of something else, read by the rest)
    texts = {fy_text(y.fiscal_year) for y in find_years(said)} | set(years)
    said_bound = _BOUND.search(said)
    # A year said is the column, not a condition on the records (開始年度) nor the document named by its year.
    rest = [c for c in q.conditions if not (
        (c.field == "start_year" and str(c.value) in years)
        # (「令和6年度予算の合計」「令和4年度決算から令和5年度決算にかけて」: the years of a budget or of a change
        # asked are columns, not the sheets' 決算年度; one settled year alone is left to the rest of the engine)
        or (c.field == "settlement_year" and str(c.value) in years and (len(years) >= 2 or _BUDGET_SAID.search(said)))
        or (c.field == "source" and any(t in str(c.label) for t in texts))
        or (c.field == "text" and said_bound is not None and str(c.value) in said_bound.group(0))
        or (c.field == "text" and (find_years(str(c.value)) or _TAKEN.search(str(c.value)) or _PRIOR.search(str(c.value))
                                   or (_AMOUNT.search(str(c.value)) and (_MOST.search(said) or _LEAST.search(said)))
                                   or (last_two and re.fullmatch(r"前年度?|昨年度?", str(c.value)))))
        # (「いちばん増えた」: the adverb of the change ranked, a word of its own in the parse)
        or (c.field == "text" and str(c.value) in ("いちばん", "一番", "最も", "もっとも") and _MOST_CHANGE.search(said))
        # (「▲（マイナス）がついている」: the sign asked, no word of the records' text)
        or (negative and c.field == "text" and _NEGATIVE.search(str(c.value))))]
    rest = _titles_as_scope(assistant, kind, rest)
    probe = copy.copy(q)
    probe.target = kind
    probe.conditions, probe.aggregate, probe.agg_field, probe.value_field, probe.order_by, probe.limit = rest, "", "", "", "", None
    probe.target = kind
    by_key: dict[str, dict] = {}
    rows = []
    probe = assistant.executor.resolve(probe)[0]
    budget_said = bool(_BUDGET_SAID.search(said))
    for r in assistant.executor.select(probe)[0]:
        figures = decoded(dict(r), ("costs_by_year", "budgets_by_year"))
        costs = figures.get("costs_by_year")
        budgets = figures.get("budgets_by_year")
        if budget_said and isinstance(costs, dict) and isinstance(budgets, dict):
            # 「令和6年度予算の合計」: a year the sheet prints as a budget only, from its budget column.
            costs = {**{y: v for y, v in budgets.items() if y not in costs}, **costs}
        if isinstance(costs, dict):
            by_key[str(r["key"]) + str(r.get("source"))] = costs
            rows.append(r)
    if not rows:
        return None
    printed = {y for costs in by_key.values() for y in costs}
    if last_two:
        years = sorted(printed, key=_fiscal)[-2:]
        if len(years) != 2:
            return None
    unit = next((str(r["cost_unit"]) for r in rows if r.get("cost_unit")), "")

    def amount(row: dict, year: str):
        figure = (by_key[str(row["key"]) + str(row.get("source"))].get(year) or {}).get("total_cost")
        return figure if isinstance(figure, (int, float)) else None

    # (the years said are the column: a year left over as a word is taken too)
    unused = [w for w in q.unused if not _TAKEN.search(w) and not find_years(w)]
    if _DECREASE.search(said):
        unused = [w for w in unused if w not in ("▲", "△")]  # (「▲がついている」: the sign the list prints a decrease with)
    understood = [c.to_dict() for c in rest]
    label = kind_label(kind)
    if negative:
        span = sorted(printed, key=_fiscal)
        chosen = [r for r in rows if any((v := amount(r, y)) is not None and v < 0 for y in span)]
        unused = [w for w in unused if not _NEGATIVE.search(w) and not _AMOUNT.search(w)]
        understood.append({"field": "costs_by_year", "op": "negative", "value": span,
                           "label": f"いずれかの年度（{'・'.join(year_text(y) for y in span)}）の金額がマイナス（▲）"})
        summary = f"金額にマイナス（▲）の年度がある{label}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
        return _answer(q, kind, chosen, len(chosen) if q.aggregate == "count" else None, understood, unused, summary)
    if every_year:
        if any(r.get("total_cost") is not None for r in rows):
            return None  # (the list prints each project's 事業費 of its own: the rest of the engine sums it)
        span = sorted(printed, key=_fiscal)
        totals = [(r, [v for y in span if (v := amount(r, y)) is not None]) for r in rows]
        valued = [(r, sum(v)) for r, v in totals if v]
        total = sum(v for _, v in valued)
        shown = f"事業費（{year_text(span[0])}～{year_text(span[-1])}の各年度）"
        understood.append({"field": "costs_by_year", "op": "sum", "value": span, "label": f"{shown}の合計"})
        notes = [f"{_names([r for r, v in totals if not v])} は数値の記載がありません"] if len(valued) < len(rows) else []
        summary = f"{len(valued)}件の{label}の{shown}の合計は {total:,}{unit} です（「―」など数値のない年度は含めていません）。"
        return _answer(q, kind, [r for r, _ in valued], total, understood, unused, summary, notes)
    missing = [y for y in years if y not in printed]
    if missing:
        # (a year the list has no column for: said, never answered from another year)
        return _answer(q, kind, [], None, understood, unused + [year_text(y) for y in missing],
                       f"{'・'.join(year_text(y) for y in missing)}の事業費は一覧にありません"
                       f"（一覧の年度: {'・'.join(year_text(y) for y in sorted(printed, key=_fiscal))}）。")
    notes: list[str] = []
    if len(years) == 2 and _GONE.search(said) and _HAD.search(said):
        first, second = years
        chosen = [r for r in rows if amount(r, first) is not None and amount(r, first) > 0 and amount(r, second) is None]
        understood.append({"field": "costs_by_year", "op": "gone", "value": [first, second],
                           "label": f"{year_text(first)}に事業費があり、{year_text(second)}は数値の記載なし"})
        summary = (f"{year_text(first)}に事業費があり、{year_text(second)}の事業費に数値の記載がない（「－」など）{label}は "
                   f"{len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。"))
        return _answer(q, kind, chosen, None, understood, unused, summary)
    prior = _PRIOR.search(said)
    if len(years) == 1 and prior and (_DECREASE.search(said) or _INCREASE.search(said)):
        # (「R4の予算が前年度より減っている」: the year before it, then it)
        years = [fy_label(_fiscal(years[0]) - 1), years[0]]
        unused = [w for w in unused if not _PRIOR.search(w)]
        missing = [y for y in years if y not in printed]
        if missing:
            return _answer(q, kind, [], None, understood, unused + [year_text(y) for y in missing],
                           f"{'・'.join(year_text(y) for y in missing)}の事業費は一覧にありません"
                           f"（一覧の年度: {'・'.join(year_text(y) for y in sorted(printed, key=_fiscal))}）。")
    if len(years) == 2 and (_DECREASE.search(said) or _INCREASE.search(said)):
        first, second = years
        based = [fy_label(y.fiscal_year) for y in mentions if _BASE_AFTER.match(said[y.end:])]
        if based and based[0] == second:
            # (「2027年度の事業費が2024年度より少ない」: the base is the year said with より, not the first)
            first, second = second, first
        down = bool(_DECREASE.search(said))
        both = [r for r in rows if amount(r, first) is not None and amount(r, second) is not None]
        chosen = [r for r in both if (amount(r, second) < amount(r, first)) == down and amount(r, second) != amount(r, first)]
        skipped = [r for r in rows if r not in both]
        if skipped:
            notes.append(f"{_names(skipped)} は{'・'.join(year_text(y) for y in years)}のどちらかの事業費が数値でないため比べていません")
        understood.append({"field": "costs_by_year", "op": "<" if down else ">", "value": [first, second],
                           "label": f"{year_text(second)}の事業費が{year_text(first)}より{'少ない' if down else '多い'}"})
        if len(both) == 1 and _HOW_MUCH.search(said):
            # 「基幹系システムの共同利用、令和8年度から令和9年度で事業費はいくら増えた？」: the one project named, by how much.
            r = both[0]
            change = amount(r, second) - amount(r, first)
            understood[-1] = {"field": "costs_by_year", "op": "change", "value": [first, second],
                              "label": f"{year_text(first)}から{year_text(second)}への事業費の増減"}
            summary = (f"{_names([r])} の事業費は {year_text(first)} {amount(r, first):,}{unit} → {year_text(second)} "
                       f"{amount(r, second):,}{unit} で、{abs(change):,}{unit}{'増えました' if change >= 0 else '減りました'}。")
            return _answer(q, kind, [r], abs(change) if (change >= 0) != down else change, understood, unused, summary, notes)
        if _MOST_CHANGE.search(said) and chosen:
            # 「いちばん増えた事業」: the record(s) whose change is the largest (ties all named).
            change = {id(r): abs(amount(r, second) - amount(r, first)) for r in chosen}
            top = max(change.values())
            best = [r for r in chosen if change[id(r)] == top]
            named = "、".join(f"{r.get('code', '')} {r.get('title') or r.get('name') or ''}".strip() for r in best)
            understood.append({"field": "costs_by_year", "op": "max_change", "value": [first, second],
                               "label": f"{year_text(first)}から{year_text(second)}への事業費の{'減少' if down else '増加'}が最大"})
            summary = (f"{year_text(first)}から{year_text(second)}にかけて事業費が最も{'減った' if down else '増えた'}{label}は "
                       f"{named}（{top:,}{unit}{'減' if down else '増'}）です。")
            value = (best[0].get("title") or best[0].get("name")) if len(best) == 1 else None
            return _answer(q, kind, best, value, understood,
                           [w for w in unused if not _MOST_CHANGE.search(w) and w not in ("いちばん", "一番", "最も", "もっとも")],
                           summary, notes)
        summary = f"{year_text(first)}より{year_text(second)}の事業費が{'減った' if down else '増えた'}{label}は {len(chosen)}件です" \
                  + (f"（{_names(chosen)}）。" if chosen else "。")
        result = _answer(q, kind, chosen, None, understood, unused, summary, notes)
        # (a project with a figure in one year and none in the other (「－」: begun or ended between them) may have
        # grown or shrunk as the question means it: the answer leaves it out, and so is not certain)
        # (narrowed: a year printing 「－」 of a project's cost is the list saying it had no amount that year, left out with a note
        # as the lists of joint projects have always been read; only a year with no entry at all (not printed, not yet
        # evaluated) leaves the comparison uncertain)
        def unprinted(r: dict, year: str) -> bool:
            return by_key[str(r["key"]) + str(r.get("source"))].get(year) is None
        # (a share asked, 「市の負担」「負担額」: a 「－」 there may be a year the city paid nothing, a change the question
        # may mean; still not certain)
        share = bool(re.search(r"負担", said))
        one_sided = [r for r in skipped if (amount(r, first) is None) != (amount(r, second) is None)
                     and (share or any(amount(r, y) is None and unprinted(r, y) for y in (first, second)))]
        if one_sided and result.status == "exact":
            result.status = "partial"
            result.caveat = (f"{_names(one_sided)} は一方の年度の事業費が数値でない（「－」など）ため比べていません。")
            result.summary = result.caveat + result.summary
        return result
    if len(years) != 1:
        return None
    year = years[0]
    # (a workbook of one sheet per year: the projects that year's sheet lists, not those of other years)
    listed = {id(r): decoded(dict(r), ("listed_years",)).get("listed_years") for r in rows}
    figures = [(r, amount(r, year)) for r in rows if not isinstance(listed[id(r)], list) or year in listed[id(r)]]
    valued = [(r, v) for r, v in figures if v is not None]
    blank = [r for r, v in figures if v is None]
    if blank:
        notes.append(f"{_names(blank)} は{year_text(year)}の事業費が数値でない（「－」など）ため含めていません")
    shown = f"{year_text(year)}の事業費"
    if _UNBUDGETED.search(said):
        # 「2025年度の事業費が計上されていない事業」: the cells of that year printing no figure (「―」).
        unused = [w for w in unused if w not in ("ない", "無い", "なし")]  # (the negation is the reading's)
        understood.append({"field": "costs_by_year", "op": "empty", "value": year, "label": f"{shown}が数値の記載なし"})
        summary = f"{shown}に数値の記載がない（「―」など）{label}は {len(blank)}件です" + (f"（{_names(blank)}）。" if blank else "。")
        return _answer(q, kind, blank, None, understood, unused, summary)
    bound = said_bound
    if bound:
        # 「令和6年度の決算額が1億円を超えている」: the year's amount against a bound said in yen, put in the list's unit
        # (決算額（千円）); a list printing no unit cannot be compared (left to the rest of the engine, said unread).
        limit = _yen(bound)
        scale = _UNIT_YEN.get(unit)
        if limit is None or scale is None:
            return None
        op = _BOUND_OPS[next(k for k in _BOUND_OPS if bound.group("op").startswith(k))]
        chosen = [r for r, v in valued if op(v * scale, limit)]
        taken = bound.group(0)
        unused = [w for w in unused if w not in taken and not re.fullmatch(r"(?:超え|上回|下回)\S*|\S*(?:以上|以下|未満)", w)]
        bound_text = f"{bound.group('n')}{bound.group('u') or ''}円{_BOUND_SAID[next(k for k in _BOUND_OPS if bound.group('op').startswith(k))]}"
        understood.append({"field": "costs_by_year", "op": "bound", "value": year, "label": f"{shown}が{bound_text}（単位 {unit}）"})
        summary = f"{shown}が{bound_text}{label}は {len(chosen)}件です" + (f"（{_names(chosen)}）。" if chosen else "。")
        return _answer(q, kind, chosen, None, understood, unused, summary, notes)
    if _SUM.search(said):
        total = sum(v for _, v in valued)
        understood.append({"field": "costs_by_year", "op": "sum", "value": year, "label": f"{shown}の合計"})
        summary = f"{len(valued)}件の{label}の{shown}の合計は {total:,}{unit} です。"
        return _answer(q, kind, [r for r, _ in valued], total, understood, unused, summary, notes)
    if _AVERAGE.search(said) and valued:
        mean = sum(v for _, v in valued) / len(valued)
        understood.append({"field": "costs_by_year", "op": "avg", "value": year, "label": f"{shown}の平均"})
        shown_mean = f"{mean:,.1f}".rstrip("0").rstrip(".")
        summary = f"{len(valued)}件の{label}の{shown}の平均は {shown_mean}{unit} です（{_names([r for r, _ in valued])}）。"
        return _answer(q, kind, [r for r, _ in valued], round(mean, 4), understood, unused, summary, notes)
    ranked = _RANKED.search(said)
    if ranked and valued:
        down = ranked.group("dir") in ("多い", "大きい", "高い")
        order = sorted(valued, key=lambda rv: -rv[1] if down else rv[1])
        n = _FIRST_N.search(said[ranked.end():]) or _FIRST_N.search(said)
        limit = int(n.group("a") or n.group("b")) if n else None
        chosen = order[:limit] if limit else order
        understood.append({"field": "costs_by_year", "op": "order", "value": year,
                           "label": f"{shown}の{'多い' if down else '少ない'}順" + (f" 上位{limit}件" if limit else "")})
        summary = f"{shown}の{'多い' if down else '少ない'}順に{label}を示します（" \
                  + "、".join(f"{r.get('code', '')} {r.get('title') or ''} {v:,}{unit}" for r, v in chosen[:5]) \
                  + ("ほか" if len(chosen) > 5 else "") + "）。"
        return _answer(q, kind, [r for r, _ in chosen], None, understood, unused, summary, notes)
    most, least = _MOST.search(said), _LEAST.search(said)
    if (most or least) and valued:
        best = (max if most else min)(v for _, v in valued)
        chosen = [r for r, v in valued if v == best]
        understood.append({"field": "costs_by_year", "op": "max" if most else "min", "value": year,
                           "label": f"{shown}が{'最大' if most else '最小'}"})
        summary = f"{shown}がいちばん{'多い' if most else '少ない'}{label}は {_names(chosen)}（{best:,}{unit}）です。"
        return _answer(q, kind, chosen, best, understood, unused, summary, notes)
    if len(rows) > 1 and _EACH.search(said) and valued:
        # 「令和4年度の予算額を事業ごとに教えて」: each project's amount that year (a follow-up may ask the largest)
        understood.append({"field": "costs_by_year", "op": "each", "value": year, "label": f"{shown}（事業ごと）"})
        unused = [w for w in unused if not _EACH.search(w)]
        summary = f"{len(valued)}件の{label}の{shown}: " + "、".join(
            f"{r.get('code', '')} {r.get('title') or ''} {v:,}{unit}" for r, v in valued) + "。"
        found = _answer(q, kind, [r for r, _ in valued], None, understood, unused, summary, notes)
        assistant._cost_year = (year, [str(r.get("key")) for r, _ in valued], kind)
        return found
    if len(rows) == 1:
        value = amount(rows[0], year)
        understood.append({"field": "costs_by_year", "op": "value", "value": year, "label": shown})
        if value is None:  # (「－」: the list prints no figure for that year)
            return _answer(q, kind, rows, None, understood, unused, f"{_names(rows)} の{shown}は数値の記載がありません。", notes)
        summary = f"{_names(rows)} の{shown}は {value:,}{unit} です。"
        return _answer(q, kind, rows, value, understood, unused, summary, notes)
    if valued and _SHOW.search(said):
        # 「連携事業の2027年度の事業費を見たいんだけど」: each project's figure of that year, listed
        understood.append({"field": "costs_by_year", "op": "value", "value": year, "label": shown})
        assistant._costs_listed = (kind, year, year_text(year))
        summary = f"{len(valued)}件の{label}の{shown}です（" + "、".join(
            f"{r.get('code', '')} {r.get('title') or ''} {v:,}{unit}" for r, v in valued[:6]) + (" ほか" if len(valued) > 6 else "") + "）。"
        return _answer(q, kind, [r for r, _ in valued], None, understood, unused, summary, notes)
    return None


# 「1億円を超えている」「500万円以上」「3,000千円未満」: a bound on the amount, in yen.
_BOUND = compiled(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>億|千万|百万|万|千)?\s*円\s*(?:を|より)?\s*"
                  r"(?P<op>超え|超|上回|以上|より多|多い|以下|未満|下回|より少|少ない)")
_UNIT_YEN = {"円": 1, "千円": 1_000, "万円": 10_000, "百万円": 1_000_000}
_SCALE = {"億": 100_000_000, "千万": 10_000_000, "百万": 1_000_000, "万": 10_000, "千": 1_000}
_BOUND_OPS = {"超え": lambda v, b: v > b, "超": lambda v, b: v > b, "上回": lambda v, b: v > b, "以上": lambda v, b: v >= b,
              "より多": lambda v, b: v > b, "多い": lambda v, b: v > b, "以下": lambda v, b: v <= b, "未満": lambda v, b: v < b,
              "下回": lambda v, b: v < b, "より少": lambda v, b: v < b, "少ない": lambda v, b: v < b}

_BOUND_SAID = {"超え": "を超える", "超": "を超える", "上回": "を超える", "以上": "以上の", "より多": "より多い", "多い": "より多い",
               "以下": "以下の", "未満": "未満の", "下回": "を下回る", "より少": "より少ない", "少ない": "より少ない"}


def _yen(m) -> float | None:
    try:
        n = float(m.group("n").replace(",", ""))
    except ValueError:
        return None
    return n * _SCALE.get(m.group("u") or "", 1)


# Between a year and the amount it dates: connectors and other years only (「令和6年度より令和7年度の事業費」
# 「R6からR7で事業費が」); the amount may come first (「事業費（令和7年度）」「事業費の令和7年度分」).
_YEAR_WORD = r"(?:令和|平成|[RH])?\s*(?:\d{1,4}|元)\s*(?:年度|年)?"
# (「令和7年度の市の負担」: the publisher's own share, said by its kind of body)
_BEFORE_AMOUNT = compiled(r"^(?:\s|の|分の|より|から|までの?|で|と|に比べて?|に|は|には|と比べて?|と比較して|(?:本|当)?[市町村]の|"
                          + _YEAR_WORD + r")*$")
# (「効果額がR6よりR7で減ってる」: the later year too, after the earlier one and its connector)
_AFTER_AMOUNT = compiled(r"(?:事業費|予算額|予算|経費|負担額|負担|効果額)\s*(?:の|は|が|[、,])?\s*[(（]?\s*"
                         r"(?:" + _YEAR_WORD + r"\s*(?:より|から|と比べて?|に比べて?|と比較して)\s*)*$")


def _of_amount(said: str, start: int, end: int) -> bool:
    """Whether the year said at start:end dates the amount asked: the amount follows with nothing but
    connectors between, or stands right before it."""
    after = _AMOUNT.search(said, end)
    if after and _BEFORE_AMOUNT.match(said[end:after.start()]):
        return True
    return bool(_AFTER_AMOUNT.search(said[:start]))


def _fiscal(label: str) -> int:
    from assistant.text.wareki import label_fiscal_year
    return label_fiscal_year(label)


def fy_text_of(label: str) -> str:
    """R7 → 令和7年度."""
    from assistant.text.wareki import label_fiscal_year
    return fy_text(label_fiscal_year(label))


def _names(rows: list[dict]) -> str:
    out = [f"{r.get('code', '')} {r.get('title') or ''}".strip() for r in rows[:5]]
    return "、".join(out) + (" ほか" if len(rows) > 5 else "")


def _answer(q: Query, kind: str, rows: list[dict], value, understood: list[dict], unused: list[str], summary: str,
            notes: list[str] | None = None) -> Answer:
    unused = list(dict.fromkeys(unused))
    caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。" if unused else ""
    return Answer(question=q.question, target=kind, rows=rows, count=len(rows), value=value,
                  summary=caveat + summary, caveat=caveat, status="partial" if unused else ("exact" if rows else "no_match"),
                  unused=unused, understood=understood, notes=list(notes or []), query=q.to_dict())


def _titles_as_scope(assistant: "Assistant", kind: str, conditions: list) -> list:
    """「北嶺圏域の連携事業で…」: a word sought in the text that the title of a document holding such records says
    (the body the list is of, no municipality) names that document: its records, not those whose text says it."""
    from assistant.query.answer import Condition

    held = assistant.db.query(f"SELECT DISTINCT d.source, d.title FROM documents d JOIN [{kind}] t ON t.source = d.source")
    out = []
    for c in conditions:
        if c.field == "text" and c.op == "match" and len(str(c.value)) >= 2:
            sources = sorted(r["source"] for r in held if str(c.value) in nfkc(r["title"] or ""))
            if sources:
                out.append(Condition("source", "in", sources, f"「{c.value}」の資料"))
                continue
        out.append(c)
    return out
