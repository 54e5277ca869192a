"""What is worked out once per open index instead of once per question (the lexicon's title index
and department spellings, the place map's documents) and the faster decoding of selected rows give
exactly what the former per-question computations gave, on the shipped corpus's index."""
from __future__ import annotations

import json

from assistant.query.answer import Answer
from assistant.query.execute import _LIST_FIELDS, Executor
from assistant.query.lexicon import UNQUOTED, load_lexicon, strip_bureau
from assistant.store.places import attach_places
from assistant.text.normalize import notation_key


def _former_title_index(lex) -> list[tuple[str, str, str, str]]:
    out = []
    for kind, titles in (("initiative", lex.initiative_titles), ("practice", lex.practice_titles),
                         ("joint_project", lex.joint_titles), ("program", lex.program_names)):
        for (code, _), title in titles.items():
            key = notation_key(title).translate(UNQUOTED)  # (a title's quotes are not typed)
            if title and len(key) >= 4 and (key, kind, code, title) not in out:
                out.append((key, kind, code, title))
    out.sort(key=lambda t: -len(t[0]))
    return out


def test_title_index_is_the_former_one(db):
    lex = load_lexicon(db)
    former = _former_title_index(lex)
    assert len(former) > 50
    assert list(lex.title_index()) == former
    assert lex.title_keys == {t[0] for t in former}
    assert lex.joined_titles == ("\x00".join(t[0] for t in former), max(len(t[0]) for t in former))


def test_department_spellings_are_the_former_ones(db):
    lex = load_lexicon(db)
    ex = Executor(db, lex)

    def former(name: str) -> list[str]:
        key = notation_key(strip_bureau(name))
        prefixed = name != strip_bureau(name)
        out = {d for d in lex.full_departments if notation_key(strip_bureau(d)) == key
               and (not prefixed or notation_key(d) == notation_key(name))}
        if not prefixed:
            out.add(name)
        return sorted(out or {name})

    names = sorted(lex.full_departments)
    # Bare names, other spellings (width, kana) and bureaus the index does not have for a name.
    variants = {strip_bureau(n) for n in names} | {f"(総){strip_bureau(n)}" for n in names[:20]} \
        | {"ゼロゴミ推進課", "ｾﾞﾛごみ推進課", "ない課", "ICT推進課", "ict推進課"}
    checked = 0
    for name in names + sorted(variants):
        assert ex._dept_spellings(name) == former(name), name
        checked += 1
    assert checked > 100


def test_selected_rows_decode_as_before(db):
    """Every row of every record table, selected as answers select them, equals the row decoded
    field by field as before (list fields parsed, everything else as stored)."""
    lex = load_lexicon(db)
    ex = Executor(db, lex)
    from assistant.query.answer import Query

    rows_checked = 0
    for table in sorted(ex.tables):
        got, _, _ = ex.select(Query(question="", target=table))
        raw = [dict(r) for r in db.query(f"SELECT t.* FROM [{table}] t WHERE 1 ORDER BY t.source, t.line")]
        for row in raw:
            for k in _LIST_FIELDS:
                if isinstance(row.get(k), str) and row[k].startswith(("[", "{")):
                    try:
                        row[k] = json.loads(row[k])
                    except ValueError:
                        pass
        assert got == raw, table
        rows_checked += len(got)
    assert rows_checked > 1000


def test_places_only_for_documents_with_a_place_map(db):
    """The shipped corpus is text only: no row is given a place, and no place map is read again."""
    rows = [dict(r) for r in db.query("SELECT key, source, line FROM practice LIMIT 5")]
    answer = Answer(question="", rows=rows)
    attach_places(db, answer)
    assert rows and not any("place" in r for r in answer.rows)
    assert db.memo["mapped_sources"] == frozenset()



def test_documents_opening_with_a_word_are_those_like_finds(db):
    """Each document whose opening passages contain a word, from the openings read once, is what
    the former LIKE over every passage found: for the index's places, municipalities and passage
    words, and for words LIKE reads otherwise (ASCII letters, wildcards)."""
    from assistant.store.search import sources_opening_with

    def former(word: str) -> list[str]:
        return sorted({r[0] for r in db.execute(
            "SELECT DISTINCT p.source FROM passages p WHERE p.text LIKE ? AND p.line <= "
            "(SELECT min(line) FROM passages WHERE source = p.source) + 5", [f"%{word}%"]).fetchall()})

    lex = load_lexicon(db)
    words = sorted(lex.places | lex.municipalities)[:40]
    words += [w for (text,) in db.execute("SELECT text FROM passages ORDER BY source, line LIMIT 40").fetchall()
              for w in text.split()[:2] if w]
    words += ["苫小牧市", "盛岡市", "札幌市", "岡山市", "行財政改革", "No", "ict", "5%", "_", "令和"]
    found_some = 0
    for word in words:
        got = sources_opening_with(db, word)
        assert got == former(word), word
        found_some += bool(got)
    assert found_some > 10


def test_occurrences_count_the_highlighted_spans(db):
    """The count the passage search ranks by is the number of highlighted spans, for every passage
    and words of every length (overlapping candidates, spaces and width variants in the word)."""
    from assistant.store.search import highlight_spans, occurrences

    words = ["事業", "の", "市", "ああ", "評価", "ＩＣＴ", "ict", "令和 ４", "バス", "ーー", "", " ", "11", "、"]
    checked = 0
    for (text,) in db.execute("SELECT text FROM passages ORDER BY id").fetchall():
        for word in words + text.split()[:1]:
            assert occurrences(text, word) == len(highlight_spans(text, word)), (text[:40], word)
            checked += 1
    assert checked > 30000


def _former_excerpts(ex: Executor, target, keys, words, scope=None):
    """Executor.excerpts as it was before it read the rows a slice at a time (the reference)."""
    from assistant.query.execute import _MAX_EXCERPTS, _excerpt
    from assistant.query.vocabulary import LINKS
    from assistant.store.search import find_passages

    if not words or not keys:
        return []
    order = {k: i for i, k in enumerate(keys)}
    found = {}
    for kind in scope or [target]:
        link = LINKS.get((target, kind)) if kind != target else None
        if kind != target and (link is None or kind not in ex.tables):
            continue
        own = keys if link is None else [r[0] for r in ex.db.execute(
            f"SELECT key FROM [{kind}] WHERE ? || [{link}] IN (SELECT value FROM json_each(?))",
            [f"{target}:", json.dumps(keys, ensure_ascii=False)]).fetchall()]
        for word in words:
            for p in find_passages(ex.db, word, kinds=[kind], keys=own):
                row_key = p["key"] if link is None else ex._linked_key(target, kind, link, p["key"])
                if row_key not in order:
                    continue
                found.setdefault(p["id"], {**p, "row": row_key, "words": []})["words"].append(word)
    ranked = sorted(found.values(), key=lambda p: (order[p["row"]], -len(p["words"]), p["line"]))
    return [_excerpt(p) for p in ranked[:_MAX_EXCERPTS]]


def test_excerpts_read_a_slice_of_rows_at_a_time_are_the_former_ones(db):
    """Rows of every kind, in their order and reversed, a few and all of them, with common and rare
    words, in the kind's own passages and with its linked records': the same excerpts, in the same order."""
    from assistant.query.vocabulary import WIDER_SCOPE

    lex = load_lexicon(db)
    ex = Executor(db, lex)
    words_sets = [["事業"], ["市", "推進"], ["評価", "効果", "削減"], ["ふるさと納税"], ["委託", "ない語句"]]
    compared = with_many = 0
    for target in sorted(ex.tables):
        keys = [r[0] for r in db.execute(f"SELECT key FROM [{target}] ORDER BY source, line").fetchall()]
        for rows in (keys, keys[::-1], keys[:7], keys[5:60]):
            for words in words_sets:
                for scope in (None, [target] + WIDER_SCOPE.get(target, [])):
                    got = ex.excerpts(target, rows, words, scope)
                    assert got == _former_excerpts(ex, target, rows, words, scope), (target, len(rows), words, scope)
                    compared += 1
                    with_many += len(got) == 20
    assert compared > 300 and with_many > 20
