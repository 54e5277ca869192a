"""A compound of the records' titles said clipped (「ふる納」 for ふるさと納税, 「公施マネ」 for 公共施設マネジメント):
each of two or three of its words cut to its first characters, joined. The clipped form is read as the
compound where no document writes it, exactly one compound of the titles clips so, and the question does
not go on to say the compound in full there; the reading is stated in a note."""
from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Callable, Iterable

_MIN = 3  # a clipped form shorter than this (「公施」) is too easily a word of its own


@lru_cache(maxsize=4)
def _clippings(titles: tuple[str, ...]) -> dict[str, str]:
    """Clipped form → the compound of the titles it clips: stored in the index when it was built (stored.py)."""
    from assistant.query.stored import derived

    return derived("clippings", derive_clippings, titles)


def derive_clippings(titles: tuple[str, ...]) -> dict[str, str]:
    """Clipped form → the compound of the titles it clips (forms clipping two compounds are left out)."""
    from assistant.text.tokenize import morphemes

    found: dict[str, set[str]] = {}
    for title in titles:
        nouns: list[list[str]] = [[]]
        for m in morphemes(title):
            if m.part_of_speech()[0] == "名詞" and len(m.surface()) >= 2:
                nouns[-1].append(m.surface())
            else:
                nouns.append([])
        for run in nouns:
            for size in (2, 3):
                for i in range(len(run) - size + 1):
                    words = run[i:i + size]
                    compound = "".join(words)
                    for cut in product(*(range(1, len(w) + 1) for w in words)):
                        if all(n == len(w) for n, w in zip(cut, words)):
                            continue  # the compound in full is no clipping
                        form = "".join(w[:n] for n, w in zip(cut, words))
                        if len(form) >= _MIN:
                            found.setdefault(form, set()).add(compound)
            # 「国保」 for 国民健康保険: the first character of the first and of the last of three kanji words
            for i in range(len(run) - 2):
                words = run[i:i + 3]
                if all(len(w) == 2 and all("一" <= ch <= "龥" for ch in w) for w in words):
                    found.setdefault(words[0][0] + words[2][0], set()).add("".join(words))
    return {form: next(iter(c)) for form, c in found.items() if len(c) == 1}


@lru_cache(maxsize=4)
def _starts(titles: tuple[str, ...]) -> dict:
    """The clipped forms by their first characters (a question is read against the few that start
    where it does, not all of them), and under "" each form's place in _clippings (the order they are
    tried in)."""
    out: dict = {"": {}}
    for place, form in enumerate(_clippings(titles)):
        out.setdefault(form[:_MIN], []).append(form)
        out[""][form] = place
    return out


@lru_cache(maxsize=4)
def _pairs(titles: tuple[str, ...]) -> tuple[str, ...]:
    """The two-character clipped forms (国保), picked once from the thousands of forms rather than at every question."""
    return tuple(f for f in _clippings(titles) if len(f) == 2)


def _alone(form: str, text: str) -> bool:
    """Whether `form` stands somewhere in `text` with no kanji right before or after it (looked up by
    position: a pattern per form would be compiled anew in every process, for hundreds of forms)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at > 0 and "一" <= text[at - 1] <= "龥") and not (end < len(text) and "一" <= text[end] <= "龥"):
            return True
        at = text.find(form, at + 1)
    return False


def unclipped(text: str, titles: Iterable[str], probe: Callable[[str], bool] | None,
              notes: list[str] | None = None) -> str:
    """`text` with each clipped compound of the titles written in full."""
    if probe is None:
        return text
    key = tuple(sorted(set(titles)))
    clippings = _clippings(key)
    starts = _starts(key)
    said = {f for i in range(len(text) - _MIN + 1) for f in starts.get(text[i:i + _MIN], ()) if f in text}
    # (the two-character clippings, 国保, said as a word of their own: no kanji right before or after)
    said |= {f for f in _pairs(key) if f in text and _alone(f, text)}
    for form in sorted(said, key=lambda f: (-len(f), starts[""][f])):
        compound = clippings[form]
        at = text.find(form)
        if at < 0 or text.startswith(compound, at) or compound in text:
            continue  # (「ふるさと納税」 said in full holds 「ふるさと納」)
        if probe(form) or probe(text[at:at + len(form) + 1]):
            continue  # a word the documents write as it is, or the start of one
        if at > 0 and "一" <= text[at - 1] <= "龥" and probe(text[at - 1:at + 1]):
            continue  # the end of a word the documents write (移管 of 「民間移管計画」 is no clipped 管理計画)
        text = text.replace(form, compound)
        if notes is not None:
            notes.append(f"「{form}」を「{compound}」とみなしました")
    return text
