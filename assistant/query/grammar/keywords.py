"""Typos in kind and field words (「実戦項目」→ 実践項目), corrected before the grammar reads the question."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from assistant.query.compiled import compiled
from assistant.query.same_reading import read_as_words
from assistant.query.vocabulary import GROUP_WORDS, KIND_WORDS, NUMERIC_FIELDS, VALUE_FIELDS

# Kanji that join words rather than misspell one (保育部会又は… is not a typo of 部会長).
_JOINERS = set("又及並等兼各毎別外内中用全計数")
# Runs of kanji and katakana: where kind and field words are written.
_RUN = compiled(r"[一-龥ァ-ヶー々]{3,12}")


@lru_cache(maxsize=1)
def _words() -> dict[int, list[str]]:
    """Kind and field words of three or more characters, by length (a typo keeps the length)."""
    out: dict[int, set[str]] = {}
    from assistant.query.grammar.values import EXTRA_FIELD_WORDS

    # (words the grammar reads that no field is labelled with: 終了時期 is no typo of a newsletter's 終了時刻)
    said = [(w, "") for w in ("終了時期", "開始時期")]
    for word, _ in KIND_WORDS + VALUE_FIELDS + NUMERIC_FIELDS + GROUP_WORDS + EXTRA_FIELD_WORDS + said:
        if len(word) >= 3 and compiled(r"[一-龥ァ-ヶー々]+").fullmatch(word):
            out.setdefault(len(word), set()).add(word)
    return {n: sorted(ws) for n, ws in out.items()}


@lru_cache(maxsize=8)
def _typo_words(names: tuple[str, ...]) -> tuple[tuple[int, frozenset[str], dict[str, list[str]]], ...]:
    """The words a typo is read against, with the index's names (in the order given) of four or more
    characters: (length, the words, the words by their first character, in order), lengths in the
    order _words() gives them, then the names' own. Worked out once per index, not per question: a
    typo keeps the first character, so a window is compared with the few words starting as it does."""
    words = {n: list(ws) for n, ws in _words().items()}
    for name in names:
        if len(name) >= 4 and re.fullmatch(r"[一-龥ァ-ヶー々]+", name):
            words.setdefault(len(name), []).append(name)
    out = []
    for n, ws in words.items():
        by_first: dict[str, list[str]] = {}
        for w in ws:
            by_first.setdefault(w[0], []).append(w)
        out.append((n, frozenset(ws), by_first))
    return tuple(out)


_KANA_RUN = compiled(r"[ぁ-ゖー]{5,}")
_PARTICLE_AFTER = set("がはをにでともやへかの")


@lru_cache(maxsize=1)
def _kana_readings() -> tuple[re.Pattern, dict[str, str]]:
    """Kind and field words written in kanji → their hiragana readings (Sudachi's dictionary); readings
    under five kana (かだい) are too short to tell from other words written in kana."""
    from assistant.query.grammar.values import EXTRA_FIELD_WORDS
    from assistant.text.tokenize import morphemes

    readings: dict[str, str] = {}
    for word, _ in KIND_WORDS + VALUE_FIELDS + NUMERIC_FIELDS + GROUP_WORDS + EXTRA_FIELD_WORDS:
        if len(word) >= 2 and re.fullmatch(r"[一-龥々]+", word):
            katakana = "".join(m.reading_form() for m in morphemes(word))
            kana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)
            if len(kana) >= 5 and re.fullmatch(r"[ぁ-ゖー]+", kana):
                readings.setdefault(kana, word)
    return compiled("|".join(sorted(map(re.escape, readings), key=len, reverse=True)) or "(?!)"), readings


def _kana_spelled(text: str) -> tuple[str, list[str]]:
    """「じっせんこうもく」→ 実践項目, said in a note."""
    if not _KANA_RUN.search(text):
        return text, []  # no five kana in a row: no reading to find (and no dictionary walk at start-up)
    pattern, readings = _kana_readings()
    notes: list[str] = []

    def fix(m: re.Match) -> str:
        notes.append(f"「{m.group(0)}」を「{readings[m.group(0)]}」と読み替えました")
        return readings[m.group(0)]

    return pattern.sub(fix, text), notes


def _one_apart(a: str, b: str) -> bool:
    """Two words of the same length that differ in exactly one character (no import of a fuzzy
    matching library for this: it would cost every `gyokaku ask` its start-up)."""
    return sum(x != y for x, y in zip(a, b)) == 1


# A katakana word of five or more letters: shorter ones are too easily another word of their own.
_KATAKANA = compiled(r"[ァ-ヶー]{5,}")


def _katakana_typos(text: str, probe: Callable[[str], bool] | None,
                    spellings: Callable[[], Iterable[str]]) -> tuple[str, list[str]]:
    """「キャシュレス」→ キャッシュレス: a katakana word the documents do not hold, one letter added,
    left out or replaced (the first kept) from exactly one katakana word they do hold."""
    notes: list[str] = []
    for m in list(_KATAKANA.finditer(text)):
        word = m.group(0)
        if probe is None or probe(word) or any(word in w for ws in _words().values() for w in ws):
            continue  # a word of the documents, or a kind or field word (ニュースレター) however written there
        from rapidfuzz.distance import Levenshtein  # only for a word to compare: most questions have none

        vocabulary = spellings()
        # 「デジタルトランスフォメーション」: a word of the documents written before the misspelt one.
        heads = [""] + sorted((w for w in vocabulary if len(w) >= 3 and word.startswith(w) and len(word) - len(w) >= 5),
                              key=len, reverse=True)
        for head in heads:
            rest = word[len(head):]
            near = {w for w in vocabulary if abs(len(w) - len(rest)) <= 1 and w[0] == rest[0]
                    and Levenshtein.distance(w, rest) == 1}
            if len(near) == 1:
                fixed = near.pop()
                text = text.replace(rest, fixed)
                notes.append(f"「{rest}」を「{fixed}」と読み替えました")
                break
    return text, notes


def correct_typos(text: str, probe: Callable[[str], bool] | None, names: Iterable[str] = (),
                  spellings: Callable[[], Iterable[str]] | None = None) -> tuple[str, list[str]]:
    """Replace a window one substitution away from a kind or field word or a name the index holds
    (商工部界 → 商工部会), when the window itself is not a word of the documents, and a katakana word
    one letter off a word of the documents (`spellings`, read only when needed); each correction is
    stated in a note."""
    words = _typo_words(tuple(names))
    text, notes = _kana_spelled(text)
    text, more = read_as_words(text, probe)  # 「総合表か」「たんとう」「担当部所」: the same reading, written otherwise
    notes += more
    if spellings is not None:
        text, more = _katakana_typos(text, probe, spellings)
        notes += more
    for run in _RUN.finditer(text):
        chunk = run.group(0)
        # Characters already inside a known word (総合評価, 連携事業) are not part of a typo.
        known = [False] * len(chunk)
        for n, candidates, _ in words:
            for i in range(0, len(chunk) - n + 1):
                if chunk[i:i + n] in candidates:
                    known[i:i + n] = [True] * n
        for n, _, by_first in words:
            for i in range(0, len(chunk) - n + 1):
                window = chunk[i:i + n]
                if any(known[i:i + n]):
                    continue
                # One character replaced, never the first (委員評化 → 委員評価, 進捗土 → 進捗度).
                best = [w for w in by_first.get(window[0], ()) if _one_apart(window, w)
                        and not any(a != b and a in _JOINERS for a, b in zip(window, w))]
                if len(best) > 1 and probe is not None:
                    # (of two words one letter off, the one the documents use: 進捗土 → 進捗度 where no document
                    # prints 進捗率)
                    best = [w for w in best if probe(w)] or best
                if len(best) != 1 or (probe is not None and probe(window)):
                    continue
                if window[-1] in "課室係局" and best[0][-1] != window[-1]:
                    continue  # 職員課 is an office, not a typo of 職員数
                if window[-1] in "額金費" and best[0][-1] != window[-1]:
                    continue  # 合計額 is an amount of money, not a typo of the score 合計点
                if window[-1] == "表" and best[0][-1] != window[-1]:
                    continue  # 連携表 is the table (of 連携事業), not a typo of the score 連携度
                # 「実施済み」 is not a typo of 実施日: a last character carrying its own okurigana
                # (済み, 終わり) is a word of its own, where a particle after it (総合評下が) is not.
                at = run.start() + i + n
                after = text[at] if at < len(text) else ""
                if window[-1] != best[0][-1] and re.fullmatch(r"[ぁ-ゖ]", after) and after not in _PARTICLE_AFTER:
                    continue
                # (「評価上がった」: が of 上がる is okurigana too, when a verb's ending follows it)
                if window[-1] != best[0][-1] and re.match(r"[がわま][っりるられろ]", text[at:at + 2]):
                    continue
                # A window that stops inside a longer word (総合ラ|ンク, 実施実|績) is not a typo of a word.
                if re.fullmatch(r"[一-龥ァ-ヶー]", after) or re.fullmatch(r"[ァ-ヶー]", text[at - n - 1] if at - n > 0 else "") \
                        and re.fullmatch(r"[ァ-ヶー]", window[0]):
                    continue
                text = text.replace(window, best[0])
                notes.append(f"「{window}」を「{best[0]}」と読み替えました")
                break
    return text, notes
