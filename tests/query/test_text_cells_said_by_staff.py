"""Values of a list's text columns said as staff say them, over a made-up city's page of its designated-manager
facilities (No. │ 施設名 │ 所在地 │ 指定管理者 │ 休館日, one table per group) beside the shipped corpus (whose case
studies say 指定管理者 and 株式会社 too): a district said is the part of the addresses after the city's name
(「若葉町にある」), a word said of a column is written in its cells (「指定管理者が株式会社」「所在地が本通」), a day
of the week in a longer value is said without its 日 (「毎月第２火曜」), and a body by its clipped name (「社協」 for
社会福祉協議会)."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

_ROWS = {
    "運動施設": [("11", "柊野市営体育館", "柊野市若葉町2丁目3番1号", "株式会社ヒイラギスポーツ", "毎月第2火曜日"),
             ("12", "柊野市営プール", "柊野市港北町1丁目5番", "港北スイムクラブ合同会社", "木曜日"),
             ("13", "柊野運動公園", "柊野市大字西原字上野100番地", "柊野グリーン株式会社", "なし")],
    "文化施設": [("21", "柊野市民ホール", "柊野市若葉町4丁目1番2号", "公益財団法人柊野市文化事業団", "毎月第2火曜日"),
             ("22", "柊野市立図書館", "柊野市本通3丁目8番", "柊野ライブラリー共同企業体", "火曜日")],
    "福祉施設": [("31", "柊野市老人憩いの家", "柊野市若葉町4丁目6番", "社会福祉法人柊野市社会福祉協議会", "日曜日"),
             ("32", "柊野市こども発達支援センター", "柊野市港北町3丁目2番", "社会福祉法人柊野市社会福祉協議会", "土曜日・日曜日"),
             ("33", "柊野市ボランティアセンター", "柊野市本通1丁目1番", "特定非営利活動法人ひいらぎネット", "月曜日")],
}


def _page() -> str:
    head = "<tr><th>No.</th><th>施設名</th><th>所在地</th><th>指定管理者</th><th>休館日</th></tr>"
    parts = []
    for group, rows in _ROWS.items():
        body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
        parts.append(f"<h2>{group}</h2><table>{head}{body}</table>")
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>指定管理施設の一覧｜柊野市</title></head>"
            "<body><h1>指定管理施設の一覧</h1><p>更新日：2025年4月1日</p><p>柊野市では、次の施設の管理を指定管理者が行っています。</p>"
            + "".join(parts) + "<h2>お問い合わせ</h2><p>柊野市 総務部 行政改革課</p></body></html>")


@pytest.fixture(scope="module")
def city(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("text_cells_said")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "指定管理施設の一覧｜柊野市.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder / "docs")


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key")) for r in answer.rows)


def test_district_said_is_part_of_the_addresses(city) -> None:
    # (taken only as a place scoping the documents, every row was counted: 8, confidently wrong)
    answer = ask(city, "若葉町にある指定管理施設は何か所？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 3, answer.summary
    assert _codes(ask(city, "港北町の施設は？")) == ["12", "32"]


def test_word_said_of_a_column_is_written_in_its_cells(city) -> None:
    answer = ask(city, "指定管理者が株式会社のところは？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["11", "13"], answer.summary
    answer = ask(city, "所在地が本通の施設は？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["22", "33"], answer.summary


def test_weekday_of_a_longer_value_said_without_its_day(city) -> None:
    answer = ask(city, "休館日が毎月第２火曜の施設は？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["11", "21"], answer.summary


def test_body_said_by_its_clipped_name(city) -> None:
    answer = ask(city, "社協が指定管理者になってる施設")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["31", "32"], answer.summary
    assert any("社協" in c["label"] for c in answer.to_dict()["understood"])
