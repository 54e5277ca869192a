"""Layouts read as the records they hold, whatever town prints them:
- minutes' turns 【Ａ委員】… citing indicators by number in full-width (ＫＰＩ２－１－３): comments of those
  indicators; a measure named in the same turn as one of its own indicators (施策２－１) is not a comment of its own;
- a collection of cases headed 〈県町〉title, a prose line under each: case studies, the year they began and their
  figures read from the prose (full-width digits too);
- minutes whose 日時 label is spaced out (「１　日　時　　令和６年５月１０日（金）」): the meeting's day."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_MINUTES = "\n".join([
    "令和６年度第１回楡沢町総合戦略推進会議　議事録",
    "１　日　時　　令和６年５月１０日（金）　午前１０時～正午",
    "２　場　所　　楡沢町役場　大会議室",
    "議題１　ＫＰＩの進捗について",
    "【委員長】ＫＰＩ２－１－３の転入者数は伸びています。施策２－１の評価は妥当です。",
    "【Ａ委員】ＫＰＩ１－１－１の出荷額とＫＰＩ１－２－２の雇用者数が気になります。",
    "【委員長】本日の意見を踏まえてください。",
    "以上",
])

_CASES = "\n".join([
    "他自治体の子育て支援事例（参考資料）",
    "",
    "〈青森県栗ノ木町〉保育料の完全無償化",
    "第２子以降の保育料を無償化した。令和２年度に開始し、移住者数は１２０人。",
    "",
    "〈秋田県桐生野村〉子育て応援住宅の整備",
    "村営の子育て応援住宅を整備した。平成２９年度開始。移住者数は45人。",
    "",
    "〈北海道楓川町〉放課後の学習支援",
    "地域の大学生による学習支援を実施。令和４年度から。移住者数は８人。",
])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("indicator_turns")
    (folder / "minutes.txt").write_text(_MINUTES, encoding="utf-8")
    (folder / "cases.txt").write_text(_CASES, encoding="utf-8")
    return assistant_over(Path(folder))


def _codes(answer) -> list[str]:
    return sorted({str(r.get("initiative")) for r in answer.to_dict()["rows"]})


def test_turns_citing_indicators_by_full_width_number_are_their_comments(town):
    assert _codes(ask(town, "Ａ委員が取り上げたKPIはどれ？")) == ["1-1-1", "1-2-2"]
    said = [(r["initiative"], r["member"]) for r in town.db.query("SELECT initiative, member FROM comment ORDER BY line")]
    # (施策２－１ is the indicator's measure, named with it: no comment of its own)
    assert said == [("2-1-3", "委員長"), ("1-1-1", "A委員"), ("1-2-2", "A委員")]


def test_cases_headed_by_prefecture_and_town_in_angle_brackets(town):
    cases = ask(town, "他の自治体の事例はどこ？")
    assert cases.target == "case_study"
    places = sorted(p for r in cases.rows for p in r.get("places") or [] if p.endswith(("町", "村")))
    assert places == ["栗ノ木町", "桐生野村", "楓川町"]
    many = ask(town, "移住者数が100人以上の事例は？")
    assert [p for r in many.rows for p in r.get("places") or [] if p.endswith("町")] == ["栗ノ木町"]


def test_a_spaced_out_day_label_states_when_the_meeting_was_held(town):
    held = ask(town, "推進会議はいつ開かれた？")
    assert "5月10日" in held.summary
