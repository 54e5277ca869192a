"""One year's part of a cell printed per year (「岡山市(H16)・倉敷市(H17)」): yearly_cell.py."""
from __future__ import annotations

from assistant.query.yearly_cell import part_of_year, parts_by_year


def test_a_cell_of_values_by_year_is_read_in_parts():
    assert parts_by_year("岡山市(H16)・倉敷市(H17)") == [("岡山市", "H16"), ("倉敷市", "H17")]
    assert parts_by_year("岡山市・倉敷市") == []  # (no years printed: no parts by year)
    assert part_of_year("岡山市(H16)・倉敷市(H17)", ["17年度"]) == ("倉敷市", "17年度", "H17")
    assert part_of_year("岡山市(H16)・倉敷市(H17)", ["平成16年度"]) == ("岡山市", "平成16年度", "H16")
    assert part_of_year("岡山市(H16)・倉敷市(H17)", ["18年度"]) is None  # (no part of that year: nothing picked)


def test_the_year_asked_picks_its_part_of_the_chair_cell(assistant, db):
    cells = [(sub, chair) for sub, chair in db.execute(
        "SELECT DISTINCT subcommittee, chair_city FROM joint_project WHERE chair_city LIKE '%(%)%・%'").fetchall()]
    assert cells  # (the index has a 部会 chaired by one city a year)
    sub, chair = cells[0]
    (first, _), (second, year) = parts_by_year(chair)[:2]
    assistant.reset()
    assistant.ask(f"{sub}が担当する連携事業")
    n = int(year.lstrip("HR平成令和").rstrip("年度"))
    answer = assistant.ask(f"{n}年度の部会長はどちらの市？")
    assert answer.status == "exact" and answer.value == second and not answer.unused, answer.summary
