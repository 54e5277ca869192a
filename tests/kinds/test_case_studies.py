"""総務省 case studies: one record per 〈…〉 case, topics (also from the contents), places, tables."""
from __future__ import annotations

import pytest

from assistant.kinds.case_studies import loader as case_studies
from assistant.model import ParsedDocument, Record
from tests.kinds.helpers import assert_detects_only, assert_renamed_copy_is_identical, corpus_doc

SOURCE = "001_c52443f5e17d354b.txt"
doc = corpus_doc(case_studies, SOURCE)


@pytest.fixture(scope="module")
def cases(doc: ParsedDocument) -> list[Record]:
    return doc.records


def _by_title(cases: list[Record], part: str) -> Record:
    found = [c for c in cases if part in c.fields["title"]]
    assert len(found) == 1, part
    return found[0]


def test_detect() -> None:
    assert_detects_only(case_studies, SOURCE)


def test_case_count_and_keys(doc: ParsedDocument, cases: list[Record]) -> None:
    assert doc.kind == "case_studies"
    assert doc.title == "地方公共団体における行政改革の取組"
    assert len(cases) == 17
    assert [c.code for c in cases] == [str(n) for n in range(1, 18)]
    assert all(c.key == f"case_study:{c.code}" for c in cases)


def test_first_case(cases: list[Record]) -> None:
    f = cases[0].fields
    assert cases[0].line == 38
    assert f["topic"] == "適正な民間委託の推進①(導入前:検討・試行段階)"
    assert f["topic_source"] == "body"
    assert f["places"] == ["鹿児島県"]
    assert f["title"] == "総務事務センター業務についての派遣試行"
    assert f["measures"].startswith("平成23年度に人事・服務、給与、旅費、福利厚生業務を対象とした")
    assert "派遣契約期間は平成23年3月から平成25年7月まで(2年5ヶ月)" in f["measures"]
    assert "**" not in f["measures"]


def test_passage_for_line_47(doc: ParsedDocument) -> None:
    hits = [p for p in doc.passages if "(2年5ヶ月)" in p.text]
    assert len(hits) == 1
    assert (hits[0].key, hits[0].field, hits[0].line) == ("case_study:1", "measures", 47)
    assert hits[0].text.startswith("・ 派遣契約期間は平成23年3月から")
    # The case the passage belongs to names 鹿児島県 and 総務事務センター.
    case = next(r for r in doc.records if r.key == hits[0].key)
    assert case.fields["places"] == ["鹿児島県"] and "総務事務センター" in case.fields["title"]


def test_four_town_cloud_case(cases: list[Record]) -> None:
    case = next(c for c in cases if "みなべ町" in c.fields["places"])
    f = case.fields
    assert case.line == 513
    assert f["topic"] == "自治体クラウドの導入"
    assert f["places"] == ["和歌山県", "みなべ町", "日高川町", "白浜町", "串本町"]
    assert f["title"] == "自治体クラウドの導入（和歌山県みなべ町・日高川町・白浜町・串本町）"
    assert "平成27年2月：みなべ町" in f["details"]
    assert "導入検討委員会" in f["measures"]
    assert "15%の運用コスト削減見込み" in f["effects"]


def test_gunma_case_leaves_out_the_district(cases: list[Record]) -> None:
    f = cases[16].fields
    assert f["places"] == ["群馬県", "中之条町", "長野原町", "嬬恋村", "草津町", "高山村", "東吾妻町"]
    assert "34%の運用コスト削減" in f["effects"]


@pytest.mark.parametrize("title, places", [
    ("大阪城公園パークマネジメント事業", ["大阪市"]),
    ("適切な資産管理のための基金の創設", ["京都府", "精華町"]),
    ("近隣同種施設について一体的指定管理の導入", ["広島県", "広島市"]),
    ("市町村橋梁等点検業務の包括発注", ["秋田県"]),
    ("公共施設の複合化", ["茨城県", "ひたちなか市"]),
    ("宿泊施設への納付金制度導入", ["広島市"]),
])
def test_places(cases: list[Record], title: str, places: list[str]) -> None:
    assert _by_title(cases, title).fields["places"] == places


def test_known_answers(cases: list[Record]) -> None:
    fund = [c for c in cases if "公共施設等総合管理基金" in c.fields["measures"] + c.fields["effects"]]
    assert len(fund) == 1 and "精華町" in fund[0].fields["places"] and fund[0].line == 480
    osaka = _by_title(cases, "大阪城公園")
    assert osaka.line == 259
    assert "約2億3500万円の収支改善" in osaka.fields["effects"]
    iwate = _by_title(cases, "図書館運営の一部")
    assert "約1.7倍" in iwate.fields["effects"]


def test_topics_missing_from_body_come_from_contents(cases: list[Record]) -> None:
    tottori = _by_title(cases, "ICTの活用による時間外勤務管理")
    assert tottori.fields["topic"] == "職員の育成方法や労務環境の改善・改革"
    assert tottori.fields["topic_source"] == "toc"
    assert tottori.fields["places"] == ["鳥取県"]
    revenue = cases[10]
    assert revenue.line == 408
    assert revenue.fields["topic"] == "歳入確保対策"
    assert revenue.fields["topic_source"] == "toc"
    assert revenue.fields["places"] == []
    assert "未収債権の徴収体制" in revenue.fields["measures"]
    assert revenue.fields["notes"]
    # The ★ heading present in the body wins over the shorter contents entry.
    assert _by_title(cases, "公共施設の複合化").fields["topic"] == "公共施設等総合管理計画に基づく公共施設マネジメント"


def test_effects_without_label(cases: list[Record]) -> None:
    akita = _by_title(cases, "包括発注")
    assert akita.fields["effects"].startswith("「包括発注」の制度の活用による効果")
    assert "点検成果をデータベース化" in akita.fields["effects"]


def test_tables_are_row_passages_with_headers(doc: ParsedDocument) -> None:
    tables = [p for p in doc.passages if p.field == "table"]
    row = next(p for p in tables if p.line == 55)
    assert row.key == "case_study:1"
    assert row.text == "要件: ① 民間活力の活用、民間委託の推進(行財政運営戦略) / 請負: ○ / 非常勤: ×"
    html = next(p for p in tables if p.line == 139)
    assert "<" not in html.text and "道路橋192橋" in html.text and html.text.startswith("平成26年度: ")
    plan = next(p for p in tables if p.line == 377)
    assert plan.key == "case_study:9" and plan.text == "期: 第5期 / 年度: 29～31年度 / 保育所数: 10か所"


def test_every_case_has_title_and_topic_passages(doc: ParsedDocument, cases: list[Record]) -> None:
    for case in cases:
        fields = {p.field for p in doc.passages if p.key == case.key}
        assert {"title", "topic", "measures"} <= fields, case.key


def test_parse_places_helper() -> None:
    assert case_studies.parse_places("和歌山県みなべ町・日高川町") == ["和歌山県", "みなべ町", "日高川町"]
    assert case_studies.parse_places("広島県及び広島市") == ["広島県", "広島市"]
    assert case_studies.parse_places("秋田県内市町村") == ["秋田県"]
    assert case_studies.parse_places("東京都") == ["東京都"]


def test_renamed_copy_gives_identical_records(doc: ParsedDocument) -> None:
    assert_renamed_copy_is_identical(case_studies, doc, SOURCE)


def test_front_matter_before_the_contents_is_searchable(doc: ParsedDocument) -> None:
    """The title block (title, publication date) is running text of the document, not of a case."""
    front = [p for p in doc.passages if p.key == f"doc:{SOURCE}"]
    assert [(p.line, p.text) for p in front] == [(3, "地方公共団体における行政改革の取組"), (5, "(平成29年3月30日公表)")]
    assert not any(p.text.startswith("★") for p in front)  # the contents stay out
