"""A program sheet's bureau and section asked in turn: 「担当の部」 is 担当部 (the 部 of the sheet), and 「いや、課のほうで」
asks the section of the same record (the field as the grammar reads the correction, 担当課)."""
from __future__ import annotations


def test_bureau_then_section_of_one_program(assistant, db):
    department, section = db.execute("SELECT department, section FROM program").fetchone()
    first = assistant.ask("その事務事業の担当の部はどこ？")
    assert first.value == department, first.summary
    second = assistant.ask("いや、課のほうで")
    assert second.value == section, second.summary
