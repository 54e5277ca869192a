"""A record's own number glossed after its title (「…のキャッシュレス化（20番）」) names nothing more, and the copy
of the document said first as the question's scope (「本編の一覧で、…は何になっていますか」) is the copy asked of."""


def test_the_titles_own_number_in_brackets_is_no_other_condition(assistant):
    plain = assistant.ask("証明発行手数料等のキャッシュレス化のR5の評価は？")
    for said in ("（20番）", "（No.20）", "(20)"):
        answer = assistant.ask(f"証明発行手数料等のキャッシュレス化{said}のR5の評価は？")
        assert answer.value == plain.value and answer.value is not None, said
        assert not answer.unused, said


def test_a_number_that_is_not_the_titles_own_is_kept_and_said(assistant):
    answer = assistant.ask("証明発行手数料等のキャッシュレス化（21番）の担当部署は？")
    assert answer.status != "exact"


def test_the_copy_said_first_is_the_copy_asked_of(assistant):
    main = assistant.ask("本編の一覧で、証明発行手数料等のキャッシュレス化（20番）のR5の自己評価は何になっていますか。")
    appendix = assistant.ask("資料編の一覧では、証明発行手数料等のキャッシュレス化のR5の評価は？")
    assert main.status == appendix.status == "exact"
    assert main.value and appendix.value and main.value != appendix.value  # (the two lists print it differently)
    assert main.summary.startswith("実践項目20のR5評価は、本編")


def test_the_copy_said_first_of_a_list_is_still_unread(assistant):
    """A list asked of one copy is not answered from that copy: 本編 is left unused, not dropped."""
    answer = assistant.ask("本編の一覧で、R4に終了した実践項目は？")
    assert answer.status == "partial" and "本編" in answer.unused
