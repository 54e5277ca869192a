"""The name a document prints for a theme its tables mark by a short header (「人材」 is printed in full as
「職員の人材育成と「働き方改革」・簡素で効率的な組織づくり」 in the theme table): an answer naming a theme
names it as the document does, so that the reader finds it there."""
from __future__ import annotations

import re


def printed_theme_names(db, themes_words: dict[str, tuple[str, ...]], themes: list[str],
                        sources: list[str]) -> dict[str, str]:
    """Each theme's longest other name (of the words said for it) that the documents' text holds, one printed
    as a cell or a line of its own first; a theme whose longer names are printed nowhere in them is left out."""
    if not sources:
        return {}
    marks = ", ".join("?" * len(sources))
    out: dict[str, str] = {}
    for theme in themes:
        best: tuple[bool, int] | None = None
        for name in {w for w in themes_words.get(theme, ()) if w != theme and len(w) > len(theme)}:
            texts = [r["text"] for r in db.query(f"SELECT text FROM passages WHERE source IN ({marks}) "
                                                 f"AND instr(text, ?) > 0 LIMIT 50", [*sources, name])]
            if not texts:
                continue
            # (「市民サービスの向上」 said in a sentence is no theme's name; 「市民サービスの進化」 in the theme
            # table's cell is: of two names of one length, the one standing alone is the theme's)
            alone = any(re.search(r"(?:^|[\s│|])" + re.escape(name) + r"(?:$|[\s│|])", t) for t in texts)
            key = (alone, len(name))
            if best is None or key > best or (key == best and name < out[theme]):
                best, out[theme] = key, name
    return out


def with_printed_name(theme: str, printed: dict[str, str]) -> str:
    """「人材（職員の人材育成と…組織づくり）」, or the theme as it is when no longer name is printed."""
    return f"{theme}（{printed[theme]}）" if theme in printed else theme
