"""Headers of three rows and more (a merged cell over two, over two again): which cells of a lower
header row only repeat the row above, and which columns a merged cell above spans."""
from __future__ import annotations


def repeats(top: str, cell: str) -> bool:
    """A lower header row's cell that only repeats the name above it: the same words, or the end of a
    name already joined from two rows (| 令和6年度 | under 「人件費（千円）令和6年度」, a cell merged down
    over the second and third rows, as a sheet repeats it)."""
    return bool(cell) and (cell == top or (len(top) > len(cell) and top.endswith(cell)))


def spanned(header: list[str], cells: list[str], n: int) -> bool:
    """A column left empty in the header and in the row under it, inside a merged cell's span:
    | 事業費（千円） |  | over | 決算額 |  | (merged across both columns) over | 令和5年度 | 令和6年度 |.
    The first column is merged down over both rows (the row repeats its name: both rows are the
    header's), some named header cell stands to its left and the row goes on to its right."""
    return (n > 0 and bool(header) and bool(cells) and repeats(header[0], cells[0])
            and not (cells[n] if n < len(cells) else "") and any(header[:n]) and any(cells[n + 1:]))


def block_spanned(header: list[str], cells: list[str], n: int) -> bool:
    """A column empty in both header rows inside a cell merged across and down both: walking left over
    columns empty in both rows reaches a header cell named above and empty below (| 部門 | | over | | |, the
    merged 部門 covering the 大部門 and 小部門 columns), and the row goes on to the right."""
    def low(m: int) -> str:
        return cells[m] if m < len(cells) else ""
    if low(n) or not any(cells[n + 1:]):
        return False
    k = n
    while k > 0 and not header[k] and not low(k):
        k -= 1
    return k < n and bool(header[k]) and not low(k)
