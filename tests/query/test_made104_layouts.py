"""鴾ノ里町's online-procedures documents (made104's, read alone): minutes whose members' opinions are paragraphs under
「■氏名委員（所属）」 naming records by code (ON-403, 重点5) with the secretariat's 「→事務局：」 reply under them; a web
page's table of systems neighbouring towns use together (参加団体 listed with 、, the town's 年間負担額 under a spanning
header with its 対前年度増減); a text collection of cases 【事例N】 headed by the place alone, with 開始： and ■-marked
parts. General behaviours, not made104's facts: each is asked the way another town's documents would be."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.kinds.case_studies import labelled
from assistant.kinds.case_studies.loader import _Case, parse_places
from assistant.kinds.generic.headed_turns import headed_turn_comments
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made104" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made104_layouts")
    for name in ("03_DX推進懇話会_会議要旨_R7.docx", "04_システム共同利用状況.html", "05_書かない窓口_他自治体事例.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted({str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]})


def test_headed_paragraphs_naming_codes_and_their_replies() -> None:
    lines = ["令和６年度 第３回 ○○町行革懇談会 会議要旨", "■山田 一郎委員（○○町商工会 会長）",
             "AB-12 の申請は紙のままである。重点2とあわせて進めてほしい。", "→事務局：令和8年度に対応する。",
             "■佐藤 花子委員（公募委員）", "窓口が混んでいる。", "→事務局：検討する。",
             "■鈴木 次郎委員（県 企画課）", "CD-3 はよい取組である。"]
    found = {r.fields["initiative"]: r.fields for r in headed_turn_comments(lines, "m.docx")}
    assert sorted(found) == ["AB-12", "CD-3", "重点2"]  # (a paragraph naming no code is no comment)
    assert found["AB-12"]["member"] == "山田 一郎" and found["AB-12"]["member_role"] == "○○町商工会 会長"
    assert found["AB-12"]["response"] == "令和8年度に対応する。" and found["AB-12"]["meeting"] == "第3回"
    assert "response" not in found["CD-3"]


@pytest.mark.parametrize("turns,codes", [
    (("森岡委員が懇話会で取り上げた項目は？",), ["重点2", "重点3", "重点5"]),
    (("商工会の委員の意見って、どの手続についてのもの？",), ["ON-202", "ON-203", "ON-403"]),
    (("事務局が「令和8年度」に触れて回答している意見はどれ？",), ["ON-202", "ON-203", "ON-403"]),
    (("森岡委員の意見を見せて", "第2回のときは何について話してた？"), ["重点2", "重点3"]),
])
def test_headed_opinions_asked(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.target == "comment" and sorted({r["initiative"] for r in answer.rows}) == codes, \
        (answer.status, answer.summary)


@pytest.mark.parametrize("question,keys", [
    ("参加団体が一番多い共同利用システムはどれ？", ["共用-6", "共用-7"]),
    ("住民サービス系のシステムで、いま稼働中のものは？", ["共用-7", "共用-8", "共用-9"]),
    ("負担額が前年度より減ったシステムは？", ["共用-3", "共用-6", "共用-8"]),
])
def test_systems_used_together_are_joint_projects(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, answer.summary)
    # (the table's rows read as joint projects: by the answer's kind of rows, or shown under the joint projects'
    # records the page's reading adds beside them — kinds/generic/tabled_projects.py)
    assert answer.rows_are == "joint_project" or all(
        str(r["key"]).startswith("joint_project:") for r in answer.to_dict()["rows"]), answer.rows_are


def test_amount_said_by_its_payer_and_alone(assistant) -> None:
    assert ask(assistant, "共同利用で本町が払っている年間負担額、全部合わせるといくら？").value == 43320
    answer = ask(assistant, "共同利用で鴾ノ里町が代表団体になってるのは？", "それの負担額を合計すると何千円？")
    assert answer.value == 5610, (answer.status, answer.summary)


def test_cases_headed_by_their_place_with_marked_parts() -> None:
    lines = ["事例集", "――――――――――", "【事例１】山北県青木市", "開始：令和6年2月", "■取組の概要", "窓口で申請書を作る。",
             "■効果", "待ち時間が半分になった。", "――――――――――", "【事例２】海南県白浜町", "開始：令和3年4月",
             "■取組の概要", "タブレットで入力する。", "■効果", "待ち時間が減った。", "――――――――――", "（参考）本町の待ち時間"]
    assert labelled.detect("\n".join(lines), parse_places)
    found = dict(labelled.cases(lines, _Case, parse_places))
    first = found["1"]
    assert first.start_year == "R5" and first.started == "令和6年2月"  # (February is still the fiscal year before)
    assert [t for _, t in first.parts["effects"]] == ["待ち時間が半分になった。"]
    assert "本町" not in " ".join(t for _, t in found["2"].parts["effects"])  # (a rule ends the case)


@pytest.mark.parametrize("question,places", [
    ("令和5年度以降に書かない窓口を始めた事例はどこ？", ["夕凪町", "霧笛町", "鶴巻野村"]),
    ("マイナンバーカードを読み取る方式でやってる事例は？", ["雁坂市", "霧笛町", "青嵐市"]),
])
def test_cases_asked(assistant, question, places) -> None:
    answer = ask(assistant, question)
    assert answer.target == "case_study" and sorted(p for r in answer.rows for p in r["places"] if p in places) \
        == places and len(answer.rows) == len(places), (answer.status, answer.summary)
