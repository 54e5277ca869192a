"""Plans read from their tables (made71's kinds): a timeline by year of stages and marks (検討／実施／→／◎)
with a legend line — a mark in any year of a bounded range, a stage never in any year, the year of the mark
the legend says is the completion; ■ blocks of training with a kind in brackets (実務（オンライン）) and
dates in 西暦 and 和暦; facilities with an age printed with its year (50年（昭和50年建築）) and a course
(方針). Made-up towns indexed alone, and made71's own documents."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.cells import _cell_values, _number
from assistant.query.tables.month_bounds import month_bounds
from tests.conversation_helpers import ask, assistant_over

T = "\t"
TIMELINE = "\n".join([
    "南浜町 改革工程表（令和8年度～令和12年度）", "令和8年3月 南浜町 総務課",
    "工程の記号は次のとおり。 検討：検討・準備 実施：実施（開始） →：継続して実施 ◎：完了予定 空欄：取組なし",
    T.join(["取組名", "令和8年度", "令和9年度", "令和10年度", "令和11年度", "令和12年度"]),
    T.join(["窓口の電子化", "実施", "→", "→", "→", "◎"]),
    T.join(["公用車の削減", "検討", "◎", "", "", ""]),
    T.join(["施設予約のオンライン化", "検討", "検討", "実施", "→", "→"]),
    T.join(["ごみ収集の委託", "実施", "→", "◎", "", ""]),
    T.join(["庁内会議のペーパーレス化", "実施", "◎", "", "", ""]), ""])


def _block(name: str, kind: str, day: str, people: int, rate: str) -> str:
    return "\n".join([f"■{name}", f"区分　　：{kind}", f"実施日　：{day}", f"受講者数：{people}人", f"満足度　：{rate}", ""])


TRAINING = "\n".join([
    "南浜町 令和6年度 職員研修の実績", "",
    _block("接遇研修", "一般（対面）", "2024年5月14日（火）", 12, "88.0%"),
    _block("文書研修", "実務（オンライン）", "2024年9月3日（火）", 30, "75.5%"),
    _block("防災研修", "特別（対面）", "令和6年11月20日（水）", 25, "91.2%"),
    _block("情報研修", "実務（オンライン）", "令和7年1月15日（水）", 18, "82.4%")])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("plan_timelines")
    (folder / "南浜町_改革工程表.txt").write_text(TIMELINE, encoding="utf-8")
    (folder / "南浜町_研修実績.txt").write_text(TRAINING, encoding="utf-8")
    return assistant_over(folder)


MADE71 = Path(__file__).resolve().parents[1] / "questions" / "made71" / "docs"


@pytest.fixture(scope="module")
def made71(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made71")
    for f in MADE71.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


def test_cells_an_age_with_its_year_and_a_kind_in_brackets() -> None:
    assert _number("50年（昭和50年建築）") == 50 and _number("2024年") is None
    assert "オンライン" in _cell_values("実務（オンライン）") and "実務" in _cell_values("実務（オンライン）")
    assert "予定" not in _cell_values("完了（予定）")  # (a state's qualifier is no second kind)


def test_a_month_bound_is_its_first_or_last_day() -> None:
    assert [b[2:] for b in month_bounds("2024年10月以降に実施")] == [((2024, 10, 1), "以降")]
    assert [b[2:] for b in month_bounds("令和6年9月までに実施")] == [((2024, 9, 30), "までに")]
    assert month_bounds("2024年10月1日以降") == []  # (a day is read as a day)
    # (a span ending by a fiscal year's end is the year's rule: 「令和9年3月末までに期間が切れる」)
    assert month_bounds("令和9年3月末までに指定期間が切れる") == month_bounds("令和9年3月までに期間が切れる") == []


def test_a_mark_in_any_year_of_a_range(assistant) -> None:
    answer = ask(assistant, "南浜町の改革工程表で、令和10年度以降に◎がついている取組は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    answer = ask(assistant, "南浜町の改革工程表で、令和9年度までに◎（完了予定）がついている取組は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_a_stage_never_and_ever_in_the_timeline(assistant) -> None:
    answer = ask(assistant, "南浜町の改革工程表で、「検討」が一度も出てこない取組は何件？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary
    answer = ask(assistant, "南浜町の改革工程表で、一度でも検討が入っている取組は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_the_year_of_the_completion_mark(assistant) -> None:
    answer = ask(assistant, "南浜町の改革工程表で、窓口の電子化はいつ完了する予定？")
    assert (answer.status, answer.value) == ("exact", "令和12年度"), answer.summary
    answer = ask(assistant, "南浜町の改革工程表で、施設予約のオンライン化はいつ完了する予定？")
    assert answer.value is None and "◎のついた年度なし" in answer.summary, answer.summary


def test_a_kind_in_brackets_and_months_over_two_calendars(assistant) -> None:
    answer = ask(assistant, "南浜町の研修でオンライン開催だったのは？")
    assert answer.status == "exact" and sorted(r["title"] for r in answer.rows) == ["情報研修", "文書研修"], answer.summary
    answer = ask(assistant, "南浜町の研修で、2024年10月以降に実施したものは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    answer = ask(assistant, "南浜町の研修で、令和6年9月までに実施したものは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_made71_facilities_ages_and_courses(made71) -> None:
    answer = ask(made71, "岩瀬台町の公共施設再編計画で、築50年以上の施設は何施設？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary
    answer = ask(made71, "岩瀬台町の再編計画で譲渡する予定の施設は？", "その中でいちばん古いのはどれ？")
    assert (answer.status, answer.value) == ("exact", "東部保育所"), answer.summary
    answer = ask(made71, "岩瀬台町の中央公民館って、この先どうなる予定？")
    assert (answer.status, answer.value) == ("exact", "集約"), answer.summary
    answer = ask(made71, "岩瀬台町の西部地区の施設を教えて")
    assert answer.count == 4 and "西部公民館" in answer.summary, answer.summary


def test_made71_plan_items_amounts(made71) -> None:
    answer = ask(made71, "水城野市の実施計画で、効果額が金額で出ていない推進項目はいくつ？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary
    answer = ask(made71, "水城野市 行革実施計画（R7〜R11）の効果額見込み、全部足すといくら？（千円）")
    assert (answer.status, answer.value) == ("exact", 302400), answer.summary


def test_made71_a_topic_said_then_whether_done(made71) -> None:
    answer = ask(made71, "水城野市の答申で補助金のことを言ってる提言はどれ？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["補助金に終期を設定し効果を検証すること"], answer.summary
    answer = ask(made71, "水城野市の答申で補助金のことを言ってる提言はどれ？", "それって市はもう対応したの？")
    assert (answer.status, answer.value) == ("exact", "未対応") and answer.summary.startswith("いいえ"), answer.summary


def test_made71_two_grade_columns_of_one_row(made71) -> None:
    answer = ask(made71, "水城野市の事務事業評価結果で、一次評価より二次評価のほうが低くなった事業は何件ありますか")
    assert (answer.status, answer.count) == ("exact", 5), answer.summary


def test_the_year_a_stage_begins(assistant) -> None:
    answer = ask(assistant, "南浜町の改革工程表で、令和10年度から実施に入る取組はいくつ？")
    assert (answer.status, answer.count) == ("exact", 1) and "施設予約のオンライン化" in answer.summary, answer.summary


def test_made71_rows_under_a_numbered_line(made71) -> None:
    answer = ask(made71, "水城野市の行財政改革実施計画で、令和9年度から実施に入る取組はいくつある？", "そのうち基本方針1のものは？")
    assert answer.status == "exact" and answer.count == 1 and "申請書作成支援システムの導入" in answer.summary, answer.summary
    answer = ask(made71, "水城野市の実施計画で、基本方針3の取組は？")
    assert (answer.status, answer.count) == ("exact", 4), answer.summary
