"""Joint projects written as labelled blocks listing their members (【広域-01】 … 参加団体：北浜市、東野市…（６団体）):
each block a project keyed by its code, a line saying every member takes part read as every municipality the
document names (and said so in its notes), a year to come (令和８年度（予定）) its label."""
from __future__ import annotations

from pathlib import Path

from assistant.kinds.joint_projects import loader

DOC = Path(__file__).parent.parent / "questions" / "made133" / "docs" / "05_広域連携事業一覧.txt"


def _records():
    text = DOC.read_text(encoding="utf-8")
    assert loader.detect(text)
    return {r.code: r.fields for r in loader.parse(text, DOC.name).records}


def test_blocks_are_projects_by_code() -> None:
    records = _records()
    assert len(records) == 12 and "広域-01" in records and "広域-12" in records
    first = records["広域-01"]
    assert first["chair_city"] == "北浜市" and first["area"] == "環境" and first["start_year"] == "H28"
    assert sorted(k for k, v in first["members"].items() if v) == sorted(["北浜市", "東野市", "大沢町", "青木町", "奥谷村", "上原村"])
    assert first["n_members"] == 6


def test_every_member_line_reads_every_named_municipality() -> None:
    all_of = _records()["広域-09"]
    assert all_of["n_members"] == 18 and all(all_of["members"].values())
    assert any("県内全市町村" in note for note in all_of["notes"])


def test_project_to_come() -> None:
    planned = _records()["広域-10"]
    assert planned["start_year"] == "R8" and planned["planned"] == "準備中" and not planned["done"]
