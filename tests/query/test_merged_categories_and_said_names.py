"""Tables of other cities as made30 found them misread: a category printed once over its rows (a merged
cell), a legend listing its grades as 「S 特に優れている/A 優れている」, a body named without its legal
form (あすわ福祉会 of 社会福祉法人あすわ福祉会), rows called 「とこ」「やつ」, 「…を一覧で出して」 read as a
document's name, periods printed R2.4〜R7.3, a year without its era, a committee of another city, the
unit an amount is asked in (何千円, 何％), blanks left out of an average, a calendar year over days, いつ,
what the city will do (市の対応方針), a city in hiragana and the gap between two columns of a row.
Small documents of made-up cities, indexed alone."""
from __future__ import annotations


import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

FACILITIES = """西川市 指定管理者制度導入施設 評価結果一覧（令和6年度）
評価:S 特に優れている/A 優れている/B 適正である/C 改善を要する

施設分類\t施設名\t指定管理者\t総合評価\t指定管理料(千円)\t指定期間
文化施設\t西川市民会館\t公益財団法人西川文化振興会\tA\t52,000\tR3.4〜R8.3
\t西川市郷土資料館\t公益財団法人西川文化振興会\tC\t18,000\tR3.4〜R8.3
スポーツ施設\t西川市体育館\t西川スポーツ共同事業体\tS\t61,000\tR2.4〜R7.3
\t西川市営プール\t株式会社にしかわアクア\tB\t24,500\tR2.4〜R7.3
\t東部テニスコート\t一般社団法人西川テニス協会\tC\t3,200\tR5.4〜R10.3
福祉施設\t西川市老人憩の家\t社会福祉法人みどり福祉会\tB\t12,400\tR4.4〜R9.3
\t北部児童館\t社会福祉法人みどり福祉会\tA\t9,800\tR4.4〜R9.3
\t障害者交流センター\t特定非営利活動法人にしかわネット\tS\t15,300\tR2.4〜R7.3
"""

SUBSIDIES = """西川市 補助金の見直し結果（令和7年度当初予算）
金額の単位は千円です。

補助金名\t所管課\t令和6年度予算額\t令和7年度予算額\t見直し区分
自治会活動補助金\t市民協働課\t12,000\t10,000\t縮小
商店街にぎわい補助金\t商工課\t5,000\t6,500\t拡充
子ども会育成補助金\t生涯学習課\t3,100\t3,100\t継続
花いっぱい運動補助金\t公園緑地課\t900\t―\t廃止
"""

MEETINGS = """東山市行財政改革の推進に関する意見書

第1 審議の経過

回\t開催日\t主な議題
第1回\t令和6年7月18日\t実施計画の進捗状況について
第2回\t令和6年10月24日\t使用料の見直しについて
第3回\t令和7年1月30日\t公共施設の再編について

第2 個別の意見

1 収納対策の強化について
【委員会の評価】順調
【意見】収納率は目標を上回った。滞納処分の基準を市民に分かりやすく説明されたい。
【市の対応方針】令和7年度中に基準を公表する。

2 市有地の売却について
【委員会の評価】遅れ
【意見】売却は2件にとどまった。不調となった土地は貸付も検討すべきである。
【市の対応方針】不調地は定期借地による貸付を試行する。

3 公共施設の再編について
【委員会の評価】遅れ
【意見】地域説明会の開催が遅れている。早期に情報を公開されたい。
【市の対応方針】地区ごとに説明会を年2回開催する。
"""

PLAN = """東山市行財政改革実施計画 取組別進捗状況（令和6年度）

No.\t取組項目\t担当課\t成果指標\t単位\tR6目標\tR6実績\t効果額(千円)
1\t公民館の複合化\t生涯学習課\t複合化施設数\t施設\t3\t1\t
2\tRPAによる定型業務の自動化\t情報政策課\t削減時間\t時間\t3000\t2650\t9800
3\t公共施設の長寿命化改修\t資産経営課\t改修施設数\t施設\t8\t7\t22300
4\t町内会加入促進の支援\t市民協働推進課\t町内会加入率\t%\t60\t55.2\t
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("merged")
    (folder / "西川市_指定管理者評価結果一覧.txt").write_text(FACILITIES, encoding="utf-8")
    (folder / "西川市_補助金見直し結果.txt").write_text(SUBSIDIES, encoding="utf-8")
    (folder / "東山市_行財政改革推進委員会_意見書.txt").write_text(MEETINGS, encoding="utf-8")
    (folder / "東山市_実施計画_進捗.txt").write_text(PLAN, encoding="utf-8")
    return assistant_over(folder)


def test_a_category_printed_once_holds_for_the_rows_under_it(assistant) -> None:
    answer = ask(assistant, "西川市の指定管理でスポーツ施設は何施設？")
    assert answer.status == "exact" and answer.value == 3
    average = ask(assistant, "西川市の指定管理で福祉施設の施設は？", "それの指定管理料の平均は？")
    assert average.value == 12500


def test_a_legend_of_letters_and_wordings_cut_by_slashes(assistant) -> None:
    answer = ask(assistant, "西川市の指定管理で改善を要すると評価された施設は？")
    assert answer.status == "exact" and titles(answer) == ["東部テニスコート", "西川市郷土資料館"]


def test_a_body_named_without_its_legal_form(assistant) -> None:
    answer = ask(assistant, "西川市の指定管理で、みどり福祉会が管理している施設は？")
    assert answer.status == "exact" and titles(answer) == ["北部児童館", "西川市老人憩の家"]


def test_rows_called_toko(assistant) -> None:
    answer = ask(assistant, "西川市の指定管理で総合評価がSのとこはどこですか")
    assert answer.status == "exact" and not answer.unused
    assert titles(answer) == ["西川市体育館", "障害者交流センター"]


def test_listing_asked_for_is_no_document_name(assistant) -> None:
    answer = ask(assistant, "西川市の指定管理で福祉施設を一覧で出してください")
    assert answer.status == "exact" and answer.count == 3


def test_a_period_printed_with_abbreviated_months_ends_in_its_fiscal_year(assistant) -> None:
    # R2.4〜R7.3 runs out at the end of fiscal 2024 (令和6年度末), not in 令和7年度
    answer = ask(assistant, "西川市の指定管理で、指定期間が令和6年度末で切れる施設は？")
    assert answer.status == "exact" and titles(answer) == ["西川市体育館", "西川市営プール", "障害者交流センター"]


def test_a_year_without_its_era_after_one_with_it(assistant) -> None:
    answer = ask(assistant, "西川市の補助金で令和6年度から7年度に予算が増えたものはどれ？")
    assert answer.status == "exact" and titles(answer) == ["商店街にぎわい補助金"]


def test_a_body_another_city_has_is_no_document_of_this_one(assistant) -> None:
    # 西川市's documents are its facilities and subsidies: its committee's meetings are held nowhere
    # (東山市's 行財政改革推進委員会, shortened 行革推進委員会, is another city's)
    answer = ask(assistant, "西川市の行革推進委員会の会議は何回開かれましたか")
    assert answer.status == "no_match" and answer.count == 0
    held = ask(assistant, "東山市の行革推進委員会の会議は何回開かれましたか")
    assert held.count == 3


def test_the_unit_a_sum_is_asked_in_is_no_condition(assistant) -> None:
    answer = ask(assistant, "西川市の補助金で令和6年度予算額の合計は何千円ですか")
    assert answer.status == "exact" and answer.value == 21000


def test_blanks_left_out_of_an_average_as_said(assistant) -> None:
    answer = ask(assistant, "東山市の取組の効果額って平均するといくらくらい？（空欄のは除いて）")
    assert answer.status == "exact" and answer.value == 16050 and answer.count == 2


def test_a_calendar_year_over_a_column_of_days(assistant) -> None:
    # 2025年 is January to December: 令和7年1月30日, not 令和6年度's 令和6年7月18日
    answer = ask(assistant, "東山市の委員会の会議で、2025年に開かれたのはどの回ですか")
    assert answer.status == "exact" and [r["回"] for r in answer.rows] == ["第3回"]


def test_when_an_agenda_was_taken_up_is_its_day(assistant) -> None:
    # (「公共施設」 holds the unit 施設 of the plan's rows: no condition on the plan)
    answer = ask(assistant, "東山市の推進委員会で公共施設の再編を議題にしたのはいつ？")
    assert answer.status == "exact" and answer.value == "令和7年1月30日"


def test_what_the_city_will_do_is_its_column_of_the_row(assistant) -> None:
    # 「どう対応する」 asks what is to be done: the row's 市の対応方針 says it (no note about the row)
    answer = ask(assistant, "東山市の意見書で市有地の売却についての意見を教えて", "市はどう対応するって言ってる？")
    assert answer.status == "exact" and "定期借地" in str(answer.value)


def test_a_city_in_hiragana_a_compound_said_with_no_and_a_percentage_asked(assistant) -> None:
    # ひがしやま市 is 東山市 of the titles; 町内会の加入率 the value 町内会加入率; 何％ asks the target held
    # (no share of the rows); 行革 the 行財政改革 of the title
    answer = ask(assistant, "ひがしやま市の行革で、町内会の加入率の目標は何％？")
    assert answer.status == "exact" and answer.value == 60 and not answer.unused
    assert any("東山市" in n for n in answer.notes)


def test_the_gap_between_two_columns_of_a_row(assistant) -> None:
    # 「RPAのやつ」: the one row whose name begins with RPA; 目標と実績で差: 3000 − 2650
    answer = ask(assistant, "東山市のRPAのやつ、削減時間は目標と実績でどれだけ差がありますか")
    assert answer.status == "exact" and answer.value == 350 and not answer.unused


def test_a_flag_written_on_some_rows_is_no_category() -> None:
    # 「重点」 again and again beside some measures marks those only; categories are written once each
    from assistant.query.tables.read import _fill_merged

    rows = [{"cells": {"区分": "重点", "取組項目": "窓口の改善"}}, {"cells": {"取組項目": "電子申請の拡大"}},
            {"cells": {"区分": "重点", "取組項目": "公共施設の集約"}}, {"cells": {"取組項目": "広告収入の確保"}},
            {"cells": {"取組項目": "使用料の見直し"}}]
    _fill_merged(["区分", "取組項目"], rows)
    assert [r["cells"].get("区分") for r in rows] == ["重点", None, "重点", None, None]
