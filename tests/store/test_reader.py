"""Reading the index: JSON cells decoded exactly as json.loads would, and the same for every row."""
from __future__ import annotations

import json
import re

import pytest

from assistant.query.execute import Executor
from assistant.store.reader import json_cell


@pytest.mark.parametrize("text", [
    '[]', '{}', '["(総)行政監理室", "(政)協働・男女平等参画室"]', '{"岡山市": "行政改革推進課", "倉敷市": ["企画経営室"]}',
    '[1, 2.5, null, true, "\\u3042"]', '[] ', ' []', '[[["深い"]]]',
])
def test_json_cell_reads_what_json_loads_reads(text):
    assert json_cell(text) == json.loads(text)


@pytest.mark.parametrize("text", ['[', '["a",]', '[] x', '{"a": }', '[1] [2]'])
def test_json_cell_refuses_what_json_loads_refuses(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        json_cell(text)


def test_every_record_decodes_as_before(db):
    """Each list field of every record of the shipped index reads as json.loads reads it."""
    ex = Executor(db)
    checked = 0
    for table in sorted(ex.tables):
        for row in db.query(f"SELECT * FROM [{table}]"):
            got = ex._decode(dict(row))
            for name, value in row.items():
                if isinstance(value, str) and value.startswith(("[", "{")) and name in ("departments", "themes", "tags", "places"):
                    assert got[name] == json.loads(value)
                    checked += 1
    assert checked > 100


def test_department_prefilter_drops_only_rows_json_each_drops(db):
    """The substring test before json_each keeps every row json_each alone would find, for every
    department the index knows, in every kind with a departments column (exactness of the pruning)."""
    from assistant.query.answer import Condition, Query
    from assistant.query.lexicon import load_lexicon

    lex = load_lexicon(db)
    ex = Executor(db, lex)
    compared = 0
    for target in sorted(t for t in ex.tables if "departments" in ex.columns[t]):
        for name in sorted(lex.full_departments) + ["住宅課", "ない課", "ICT推進課", "ict推進課"]:
            for op in ("=", "!="):
                q = Query(question="", target=target, conditions=[
                    Condition("@dept", op, {"names": [name], "city": None}, "")])
                sql = ex._where(q)
                where = " AND ".join(sql.where)
                assert "instr(" in where
                # The same clause with each substring test made always true (its parameter kept).
                plain = re.sub(r"instr\(lower\([^()]+\), lower\(\?\)\) > 0|instr\([\w.]+, \?\) > 0", "(? IS NULL OR 1)", where)
                assert "instr(" not in plain
                got = db.execute(f"SELECT key FROM [{target}] t WHERE {where} ORDER BY key", sql.params).fetchall()
                want = db.execute(f"SELECT key FROM [{target}] t WHERE {plain} ORDER BY key", sql.params).fetchall()
                assert got == want, (target, name, op)
                compared += 1
    assert compared > 100


def test_list_field_prefilter_drops_only_rows_json_each_drops(db):
    """Themes, places and tags: the substring test before json_each keeps every row json_each alone
    would find, for every value the index holds, with every operator on list fields."""
    from assistant.query.answer import Condition, Query

    ex = Executor(db)
    compared = 0
    for target in sorted(ex.tables):
        for field in ("themes", "places", "tags"):
            if field not in ex.columns[target]:
                continue
            values = sorted({v for (cell,) in db.execute(f"SELECT [{field}] FROM [{target}]").fetchall()
                             for v in (json.loads(cell) if cell else []) if isinstance(v, str)})
            values += ["ない値", '引用"符']
            for op, value in [(op, v) for v in values for op in ("has", "not_has")] + [
                    ("has_any", values[:3]), ("has_all", values[:2]), ("only", values[:1])]:
                q = Query(question="", target=target, conditions=[Condition(field, op, value, "")])
                sql = ex._where(q)
                where = " AND ".join(sql.where)
                assert "instr(" in where
                plain = re.sub(r"instr\(t\.\[\w+\], \?\) > 0", "(? IS NULL OR 1)", where)
                assert "instr(" not in plain
                got = db.execute(f"SELECT key FROM [{target}] t WHERE {where} ORDER BY key", sql.params).fetchall()
                want = db.execute(f"SELECT key FROM [{target}] t WHERE {plain} ORDER BY key", sql.params).fetchall()
                assert got == want, (target, field, op, value)
                compared += 1
    assert compared > 50


def test_one_conversation_asks_the_index_once_per_existence_probe(db):
    """The same probe within one conversation (a question probes its conditions several times) is
    read from the index once; the answer is the index's (the file does not change under a connection)."""
    from assistant.query.answer import Condition, Query

    ex = Executor(db)
    q = Query(question="", target="practice", conditions=[Condition("text", "match", "委託", "")])
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        first = ex.exists(q)
        again = ex.exists(Query(question="", target="practice", conditions=[Condition("text", "match", "委託", "")]))
        other = ex.exists(Query(question="", target="practice", conditions=[Condition("text", "match", "存在しない語ですよ", "")]))
    finally:
        db.conn.set_trace_callback(None)
    assert first is True and again is True and other is False
    assert len([s for s in seen if s.startswith("SELECT EXISTS")]) == 2
    assert Executor(db).exists(q) is True  # another conversation asks the index itself


def test_other_copies_by_instr_equal_the_like_patterns(db):
    """The printed copies naming a department are found alike by instr() and by LIKE '%…%'."""
    from assistant.query.lexicon import load_lexicon
    from assistant.query.lexicon import strip_bureau

    lex = load_lexicon(db)
    ex = Executor(db, lex)
    found = 0
    for name in sorted(lex.full_departments) + ["ICT推進課", "営業課", "100%課", "a_b課"]:
        patterns = [f'%"{n}"%' for n in ex._dept_spellings(name)]
        if name == strip_bureau(name):
            patterns.append(f'%){name}"%')
        where = " OR ".join('"values" LIKE ?' for _ in patterns)
        want = [dict(r) for r in db.query(
            f"SELECT key, chosen, \"values\" FROM conflicts WHERE field = 'departments' AND ({where})", patterns)]
        assert ex.other_copies(name) == want, name
        found += len(want)
    assert found > 0
