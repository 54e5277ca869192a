"""Reading the index: JSON cells decoded exactly as json.loads would, and the same for every row."""
from __future__ import annotations

import json

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
            got = ex._decode(row)
            for name, value in row.items():
                if isinstance(value, str) and value.startswith(("[", "{")) and name in ("departments", "themes", "tags", "places"):
                    assert got[name] == json.loads(value)
                    checked += 1
    assert checked > 100
