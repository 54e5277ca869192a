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


def test_a_list_scoped_to_a_copy_that_agrees_on_the_fields_asked_is_that_copys(assistant):
    """「本編の一覧で、取組終了がR2…」: no record's 取組終了 in the main list differs from the index's, so the count is
    the main list's own, said so, and not partial."""
    answer = assistant.ask("本編の一覧で、取組終了がR2の実践項目は何件ですか。")
    plain = assistant.ask("取組終了がR2の実践項目は何件ですか。")
    assert answer.count == plain.count and answer.status == "exact" and not answer.unused
    assert any("本編" in n for n in answer.notes)


def test_a_list_scoped_to_a_copy_that_prints_a_field_otherwise_stays_partial(assistant, db):
    """Where the main list prints a record's field otherwise than the index keeps it, the answer may not be the
    main list's: 本編 stays unread."""
    import json

    differing = [r for r in db.query("SELECT field, chosen, \"values\" FROM conflicts WHERE key LIKE 'practice:%'")
                 if any(c.get("where") == "main_list" and (json.dumps(c["value"], ensure_ascii=False)
                        if isinstance(c["value"], list) else c["value"]) != r["chosen"] for c in json.loads(r["values"]))]
    assert any(r["field"] == "r3" for r in differing)
    answer = assistant.ask("本編の一覧で、R3の評価がAの実践項目は何件？")
    assert answer.status == "partial" and "本編" in answer.unused


def test_a_copy_not_known_to_print_the_kind_stays_unread(assistant):
    answer = assistant.ask("本編の一覧で、委員評価が4以上の取組項目は？")
    assert answer.status == "partial" and "本編" in answer.unused
