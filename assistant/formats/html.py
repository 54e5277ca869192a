"""Saved web pages with beautifulsoup4: the main content without navigation, header and footer.

The content is <main> (or role="main", or an element with a usual content id) when the page has
one, else <body>. Dropped everywhere: <nav>, <header>, <footer>, <aside>, scripts, styles, forms'
controls, elements marked as navigation, banner or footer by role, and — on pages without a main
element, as most municipal CMS pages are — blocks whose id or class is a usual name for them
(header, footer, gnavi, pankuzu, sidebar …). Blocks become lines, list items one per line, table
rows tab-separated (a colspan keeps the columns after it in place). The page has no place map: its
lines are numbered as extracted.
"""
from __future__ import annotations

import re

from assistant.formats import FormatText, cell_text
from assistant.text.decode import decode_with_warnings

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe",
              "select", "button", "textarea", "svg", "canvas", "object", "embed", "map")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_CHROME_NAMES = {
    "header", "footer", "gnav", "gnavi", "globalnav", "global-nav", "global_nav", "nav", "navi", "navigation",
    "menu", "breadcrumb", "breadcrumbs", "pankuzu", "topicpath", "topic-path", "sidebar", "side", "sidenav",
    "localnav", "lnavi", "snavi", "skip", "skiplink", "pagetop", "page-top", "sns", "banner", "tmp_header",
    "tmp_footer", "tmp_lnavi", "tmp_gnavi", "tmp_pankuzu",
}
_MAIN_IDS = ("main", "contents", "content", "main-content", "maincontents", "main_contents", "tmp_contents")
_BLOCKS = {
    "address", "article", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "legend", "li",
    "main", "ol", "p", "section", "summary", "ul", "body", "html", "tbody", "thead", "tfoot", "tr", "td", "th",
}
_SPACES_RE = re.compile(r"\s+")
_WIDE = r"[^\x00-\x7f]"
_WIDE_BREAK_RE = re.compile(rf"(?<={_WIDE})[ \t\r\f\v]*\n\s*(?={_WIDE})")


def _mark_alt(img) -> str:
    """The alt text of an icon that stands for a mark (◎ ○ △ × ● ― ✓), else nothing."""
    import unicodedata

    alt = _collapse(str(img.get("alt") or ""))
    if not alt or len(alt) > 2:
        return ""
    if all(unicodedata.category(ch)[0] in "SP" or ch in "〇" for ch in alt):
        return alt
    return ""


# An inline piece's text that stands apart from the words around it: a code (1-1-1, Ａ－２) or a labelled
# value (進捗状況：順調).
_OWN_PIECE_RE = re.compile(r"^(?:[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{1,3}(?:[-－‐.．][0-9０-９]{1,3}){1,3}"
                           r"|[^\s:：]{2,10}[:：]\s*\S.*)$")


def _own_piece(tag) -> bool:
    """Whether an inline element with a class of its own holds a code or a labelled value (styled apart)."""
    if tag.name not in ("span", "em", "strong", "b", "i", "small", "mark", "code") or not tag.get("class"):
        return False
    return bool(_OWN_PIECE_RE.match(_collapse(tag.get_text())))


def _collapse(text: str) -> str:
    # A source line break between two Japanese characters is no space in the text it was typed as.
    return _SPACES_RE.sub(" ", _WIDE_BREAK_RE.sub("", text)).strip()


def extract(data: bytes, source: str) -> FormatText:
    from bs4 import BeautifulSoup

    page, warnings = decode_with_warnings(data, source)
    soup = BeautifulSoup(page, "html.parser")
    title = _collapse(soup.title.get_text()) if soup.title else ""
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and str(tag.get("role", "")).lower() in _DROP_ROLES:
            tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        if not tag.decomposed:
            tag.decompose()
    main = (soup.find("main") or soup.find(attrs={"role": "main"})
            or next((t for i in _MAIN_IDS if (t := soup.find(id=i)) is not None), None))
    if main is None:
        for tag in soup.find_all(True):
            if tag.decomposed or tag.name in ("html", "body"):
                continue
            names = {str(tag.get("id", "")).lower(), *(str(c).lower() for c in tag.get("class", []) or [])}
            if names & _CHROME_NAMES:
                tag.decompose()
        main = soup.body or soup
    writer = _Writer()
    writer.walk(main)
    writer.flush()
    lines = writer.lines
    while lines and not lines[-1]:
        lines.pop()
    if title and not (main.find("h1") if hasattr(main, "find") else None) \
            and not any(title in line for line in lines[:3]):
        lines = [title, ""] + lines
    elif title and lines and len(parts := _title_parts(title)) >= 2 and any(part not in "\n".join(lines) for part in parts):
        # 「窓口のオンライン化 進捗状況｜鷺ノ沢市」: the browser title names whose page it is (after its
        # separator; a title of one part is the page's heading said again), which the page's
        # text, its header and footer dropped, may print nowhere else. Kept as the last line (so that
        # the lines above keep their numbers).
        lines = lines + ["", title]
    return FormatText(text="\n".join(lines), format="html", warnings=tuple(warnings))


def _title_parts(title: str) -> list[str]:
    """The parts of a browser title split at its separators (｜, |, ／, －, ' - '), each of two characters or more."""
    return [p.strip() for p in re.split(r"\s*[｜|／]\s*|\s+[-－―]\s+", title) if len(p.strip()) >= 2]


_ASKS_RE = re.compile(r"^\s*(?:[QＱ問][\s\u3000.．:：]|[QＱ]\d|問\d)|(?:か|[?？])[。．]?\s*$")
_MARK_RE = re.compile(r"^\s*[QＱAＡ][0-9０-９]{0,3}(?:[.．:：][\s\u3000]*|[\s\u3000]+)(?=\S)")  # 「Q　」「A.」「Q1：」
_FIELD_LINE_RE = re.compile(r"^([^：:。、\s]{2,10})\s*[：:]\s*(\S.*)$")


def _questions_and_answers(dl) -> bool:
    """Whether a <dl> lists questions and their answers: every <dt> asks (「Q　…ですか。」「…できますか？」)."""
    terms = dl.find_all("dt", recursive=False)
    return len(terms) >= 1 and len(dl.find_all("dd", recursive=False)) >= len(terms) \
        and all(_ASKS_RE.search(_collapse(dt.get_text())) for dt in terms)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        line = _collapse("".join(self.buffer))
        self.buffer = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def walk(self, node) -> None:
        from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.flush()
            elif name == "table":
                self.blank()
                self.table(child)
                self.blank()
            elif name == "pre":
                self.flush()
                self.lines.extend(line.rstrip() for line in child.get_text().split("\n") if line.strip())
            elif name == "img":
                # A status icon (<img alt="◎">) is the mark it shows: the page's only record of the value.
                # Pictures with words for alt (「市役所の写真」) stay out of the text.
                self.buffer.append(_mark_alt(child))
            elif name == "dl" and _questions_and_answers(child):
                self.blank()
                self.faq(child)
                self.blank()
            elif name == "dt":
                # <dt>所管部署</dt><dd>納税課</dd> is the labelled line 「所管部署：納税課」.
                self.flush()
                self.walk(child)
                following = child.find_next_sibling(("dt", "dd"))
                if following is not None and following.name == "dd" and following.find("dl") is not None:
                    # <dt>共補-1 …</dt><dd><dl>構成団体 …</dl></dd>: a heading over the labelled lines of its own list,
                    # set apart as an <h3> over them is
                    self.flush()
                    self.blank()
                else:
                    self.buffer.append("：")
            elif name == "dd":
                self.walk(child)
                self.flush()
            elif name == "li" and child.parent is not None and child.parent.name == "ol":
                self.numbered(child)
            elif name in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
                if name in ("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl"):
                    self.blank()
            elif _own_piece(child):
                # <span class="code">1-1-1</span>町税…<span class="st">進捗状況：順調</span>: pieces the page styles
                # apart (a box of its own) are no part of the words beside them: a space keeps them apart
                self.buffer.append(" ")
                self.walk(child)
                self.buffer.append(" ")
            else:
                self.walk(child)

    def numbered(self, item) -> None:
        """An <ol> item of several blocks (a name, 「担当：…」, a status) is one numbered record, as the
        browser shows it: its lines without blanks between them, the first with the item's number.
        A one-line item stays as it was (a list of words, a menu)."""
        self.flush()
        start = len(self.lines)
        self.walk(item)
        self.flush()
        made = [line for line in self.lines[start:] if line]
        if len(made) < 2:
            return
        try:
            first = int(str(item.parent.get("start", "1")).strip() or 1)
        except ValueError:
            first = 1
        number = first + len(item.find_previous_siblings("li"))
        self.lines[start:] = [f"{number}. {made[0]}", *made[1:]]

    def faq(self, dl) -> None:
        """A <dl> of questions and their answers (a FAQ page: <dt>Q　…ですか。</dt><dd>A　…</dd>) is a table
        of 質問 | 回答, one row a pair, as the page shows them side by side: each pair is a record, counted and
        found by its words, and the heading over the list is where its rows stand. A line of the answer
        labelled as a field (「関連リンク：…」) is a column of that label, blank in a row whose answer has none."""
        pairs: list[tuple[str, list[str]]] = []
        for dt in dl.find_all("dt", recursive=False):
            lines: list[str] = []
            for dd in dt.find_next_siblings(("dt", "dd")):
                if dd.name == "dt":
                    break
                inner = _Writer()
                inner.walk(dd)
                inner.flush()
                lines.extend(line for line in inner.lines if line)
            pairs.append((_collapse(dt.get_text()), lines))
        labels: list[str] = []
        rows: list[tuple[str, str, dict[str, str]]] = []
        for question, lines in pairs:
            answer, fields = [], {}
            for line in lines:
                m = _FIELD_LINE_RE.match(line)
                if m and answer:
                    fields[m.group(1).strip()] = m.group(2).strip()
                    if m.group(1).strip() not in labels:
                        labels.append(m.group(1).strip())
                else:
                    answer.append(line)
            rows.append((_MARK_RE.sub("", question), _MARK_RE.sub("", "".join(answer)), fields))
        self.lines.append("\t".join(["質問", "回答", *labels]))
        for question, answer, fields in rows:
            self.lines.append("\t".join([cell_text(question), cell_text(answer),
                                          *(cell_text(fields.get(label, "")) for label in labels)]))

    def table(self, table) -> None:
        caption = table.find("caption")
        if caption is not None and caption.find_parent("table") is table:
            self.lines.append(_collapse(caption.get_text()))
        if self.nested(table):
            return
        # A cell spanning rows (<td rowspan="4">基本方針1</td>) is each of those rows' value.
        pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue  # a row of a nested table is part of its cell's text
            cells: list[str] = []

            def carry() -> None:
                while len(cells) in pending:
                    text, left = pending.pop(len(cells))
                    cells.append(text)
                    if left > 1:
                        pending[len(cells) - 1] = (text, left - 1)

            for cell in row.find_all(("td", "th")):
                if cell.find_parent("tr") is not row:
                    continue
                carry()
                inner = _Writer()
                inner.walk(cell)
                inner.flush()
                text = cell_text(" ".join(line for line in inner.lines if line))
                cells.append(text)
                try:
                    span = int(str(cell.get("colspan", "1")).strip() or 1)
                    down = int(str(cell.get("rowspan", "1")).strip() or 1)
                except ValueError:
                    span, down = 1, 1
                if min(down, 200) > 1:
                    pending[len(cells) - 1] = (text, min(down, 200) - 1)
                cells.extend([""] * max(0, min(span, 50) - 1))
            carry()
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                self.lines.append("\t".join(cells))

    def nested(self, table) -> bool:
        """An outer table of fields whose rows each hold a table of the same columns in a cell (政策分野 │ a table of
        番号 │ 事業名 │ …): one table, as its reader sees it — the inner tables' header, after the outer header's first
        label (政策分野), then every inner row after its outer row's heading cells (生活機能の強化). The outer rows
        holding no table (a total: 合計 │ …) follow as lines of their own. False (nothing written) otherwise."""
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        held = []  # (outer row, its heading text, the inner table's lines)
        for row in rows:
            direct = [cell for cell in row.find_all(("td", "th")) if cell.find_parent("tr") is row]
            inner = [t for cell in direct for t in cell.find_all("table") if t.find_parent("table") is table]
            if len(inner) != 1:
                continue
            heads = [_collapse(cell.get_text()) for cell in direct if cell.find("table") is None]
            writer = _Writer()
            writer.table(inner[0])
            held.append((row, " ".join(h for h in heads if h), [line for line in writer.lines if line]))
        if len(held) < 2 or any(not heading for _, heading, _ in held):
            return False
        common = 0  # the header lines every inner table opens with
        while all(len(lines) > common + 1 for _, _, lines in held) and len({lines[common] for _, _, lines in held}) == 1:
            common += 1
        if common == 0:
            return False
        first = next((row for row in rows if row.find("table") is None), None)
        outer_head = [_collapse(c.get_text()) for c in first.find_all(("td", "th"))] if first is not None and \
            rows.index(first) < rows.index(held[0][0]) and all(c.name == "th" for c in first.find_all(("td", "th"))) else []
        label = outer_head[0] if outer_head and outer_head[0] else "区分"
        for line in held[0][2][:common]:
            self.lines.append(f"{label}\t{line}")
        for _, heading, lines in held:
            for line in lines[common:]:
                self.lines.append(f"{cell_text(heading)}\t{line}")
        rest = [row for row in rows if row.find("table") is None and row is not first]
        if rest:
            self.lines.append("")
            for row in rest:
                line = "\t".join(cell_text(_collapse(c.get_text())) for c in row.find_all(("td", "th")))
                if line.strip():
                    self.lines.append(line)
        return True
