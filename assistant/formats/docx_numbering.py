"""Word's automatic list numbers (a 「List Number」 paragraph, or one with its own numPr): the label Word prints.

The numbers of an auto-numbered list are in no paragraph's text (word/numbering.xml holds the format and the
count is the reader's), so a list of 重点事項 would lose the numbers its readers cite (「5番」). The label is
made as Word does: the paragraph's numPr (its own, else its style's, following basedOn), the num's abstract
definition with its level overrides, a counter per list and level (a deeper level restarts under its parent),
and lvlText with %1…%9 in each level's format. Bullets and formats not listed print nothing.
"""
from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_KANJI = "〇一二三四五六七八九十"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str | None:
    """One level's count in the numFmt Word prints it in; None for a format we do not print (bullet, none)."""
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(_FULL_WIDTH)
    if fmt == "decimalHalfWidth":
        return str(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _AIUEO[(n - 1) % len(_AIUEO)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _IROHA[(n - 1) % len(_IROHA)]
    if fmt in ("lowerLetter", "upperLetter"):
        return _letter(n) if fmt == "lowerLetter" else _letter(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt in ("japaneseCounting", "ideographDigital") and 0 < n <= 10:
        return _KANJI[n]
    return None


def _val(element, tag: str) -> str | None:
    found = element.find(f"{_W}{tag}") if element is not None else None
    return found.get(f"{_W}val") if found is not None else None


class Numbering:
    """The labels of one document's auto-numbered paragraphs, in reading order (call label() for each)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, numFmt, lvlText)
        self.style_num: dict[str, tuple[str, int]] = {}  # styleId → (numId, ilvl), basedOn followed
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in root.findall(f"{_W}abstractNum"):
            abstract[node.get(f"{_W}abstractNumId")] = {
                int(lvl.get(f"{_W}ilvl", "0")): self._level(lvl) for lvl in node.findall(f"{_W}lvl")}
        for num in root.findall(f"{_W}num"):
            levels = dict(abstract.get(_val(num, "abstractNumId") or "", {}))
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
                start = _val(override, "startOverride")
                if start is not None and ilvl in levels and start.isdigit():
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            self.levels[num.get(f"{_W}numId")] = levels
        self._styles(document)

    @staticmethod
    def _level(lvl) -> tuple[int, str, str]:
        start = _val(lvl, "start") or "1"
        return (int(start) if start.isdigit() else 1, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "")

    def _styles(self, document) -> None:
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in document.styles.element.findall(f"{_W}style"):
            ppr = style.find(f"{_W}pPr")
            numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
            ilvl = _val(numpr, "ilvl")
            own[style.get(f"{_W}styleId")] = (_val(numpr, "numId"), int(ilvl) if ilvl and ilvl.isdigit() else None,
                                              _val(style, "basedOn"))
        for style_id in own:
            seen, current = set(), style_id
            while current in own and current not in seen:
                seen.add(current)
                num_id, ilvl, based = own[current]
                if num_id is not None:
                    self.style_num[style_id] = (num_id, ilvl or 0)
                    break
                current = based

    def label(self, paragraph_element) -> str:
        """The printed label of this paragraph (「5.」「(2)」「ア」), counting it; "" when it has none."""
        if not self.levels:
            return ""
        ppr = paragraph_element.pPr
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id, ilvl = _val(numpr, "numId"), _val(numpr, "ilvl")
        style = _val(ppr, "pStyle") if ppr is not None else None
        if num_id is None and style in self.style_num:
            num_id, level = self.style_num[style]
        else:
            level = int(ilvl) if ilvl and ilvl.isdigit() else self.style_num.get(style or "", ("", 0))[1]
        if num_id is None or num_id == "0" or num_id not in self.levels or level not in self.levels[num_id]:
            return ""
        levels = self.levels[num_id]
        counts = self.counts.setdefault(num_id, {})
        counts[level] = counts.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a new parent item restarts its children
        text = levels[level][2]
        for k in range(9):
            if f"%{k + 1}" not in text:
                continue
            start, fmt, _ = levels.get(k, (1, "decimal", ""))
            shown = format_number(counts.get(k, start), fmt)
            if shown is None:
                return ""
            text = text.replace(f"%{k + 1}", shown)
        if not text.strip() or format_number(1, levels[level][1]) is None:
            return ""
        return text.strip()
