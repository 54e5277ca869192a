"""Loader for the 岡山市 市民協働 newsletter: articles, Q&A pairs, dated events, a model project.

The text comes from a two-column PDF: every printed line is followed by an empty line, a
sentence wraps across lines, columns sometimes interleave, and whitespace-only lines mark
layout gaps. Paragraphs are rebuilt by joining wrapped lines until a sentence ends (。！？,
ください) or a layout gap; a line "質問？ 続き" whose question was pasted in front of another
column's text is split so the question stands alone and the rest continues its paragraph.

Articles start at ≫/>> headings and at the body lines that best match the entries of the
ｃｏｎｔｅｎｔｓ box (which itself is not an article). In the いただいた質問／回答 section the
first unit and every unit ending in ？ start a question; the units up to the next question are
its answer. The 職員インタビュー's questions become passages (field "question") of their article
but not `qa` records: the conversion scattered them away from their answers, so a pairing would
be a guess. Dates are normalised to ISO; 和暦 and 月日 without a year use the newsletter's year
(the first 西暦 year printed in it).

The same newsletter as a web page has one paragraph per line and no contents box (a page's <nav>
is not its text): articles then also start at short one-line blocks that are no sentence (its
<h2> headings), a Q&A table's rows are its pairs, and the featured project's labels sit beside
their values (table rows, a header row over a values row, or a <dl>'s 「事業名：…」).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.kinds.text_blocks import join_wrapped
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, notation_key, wareki_short, wareki_to_year

KIND = "newsletter"

LABELS: dict[str, str] = {
    "title": "見出し",
    "text": "本文",
    "volume": "号",
    "question": "質問",
    "answer": "回答",
    "article": "記事番号",
    "what": "項目",
    "date_from": "開始日",
    "date_to": "終了日",
    "time_from": "開始時刻",
    "time_to": "終了時刻",
    "name": "事業名",
    "organization": "実施団体",
    "department": "担当部署",
    "year": "年度",
    "goal": "協働を通じて目指すこと",
    "interviewee": "インタビュー（職員）",
    "interviewee_affiliation": "インタビュー（所属）",
}

# A featured project's labels → its fields.
_PROJECT_LABELS = {"事業名": "name", "実施団体": "organization", "担当部署": "department"}
_HEADING_MARK_RE = re.compile(r"^\s*(?:≫|>>|＞＞)\s*")
_SENTENCE_END_RE = re.compile(r"(?:[。！？!?]|ください|下さい)$")
# A closing bracket ends a unit only when the whole unit is the bracketed text: 「治療的」 in the
# middle of a sentence may fall at a line end.
_BRACKETS = {"（": "）", "(": ")", "「": "」", "『": "』"}
_QA_HEADER_RE = re.compile(r"質問\s*(?:と|／|/|・)?\s*(?:その)?回答")
_INLINE_QUESTION_RE = re.compile(r"^(.{4,40}?[？?])\s+(\S.*)$")
_URL_RE = re.compile(r"^https?://\S+$")
_RULE_RE = re.compile(r"[-－ー―─=＝_*]{3,}")
_QA_MARK_RE = re.compile(r"^[QＱAＡ]\s*[.．:：]\s*")
_LABEL_LINE_RE = re.compile(r"^(?P<label>[^\s：:]{2,10})\s*[：:]\s*(?P<value>.+)$")
# 「募集期間　2025年1月6日（月）～2月14日」: a label set off by a space (a wide one, as a plain-text issue types
# it) before a date: the date's line, as a label with a colon would be.
_DATED_LABEL_RE = re.compile(r"^(?P<label>[^\s：:]{2,10})\s+(?P<value>(?:\d{4}\s*年|令和|平成)\S.*)$")
_LABEL_SPACED_RE = re.compile(r"^(?P<label>" + "|".join(_PROJECT_LABELS) + r")\s+(?P<value>\S.*)$")
_DATE_RE = re.compile(
    r"(?:(?P<year>\d{4})\s*年\s*|(?P<era>平成|令和)\s*(?P<eyear>\d+|元)\s*年\s*)?"
    r"(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)
_TIME_RANGE_RE = re.compile(r"(\d{1,2}:\d{2})\s*[～〜~\-－]\s*(\d{1,2}:\d{2})")
_INTERVIEW_RE = re.compile(r"インタビュー\s*[～〜~]\s*(?P<affiliation>\S+)\s+(?P<name>\S+?)(?:さん|氏)?\s*$")
# 「…インタビュー～ 健康福祉部高齢福祉課 地域包括ケア担当 中村 美咲さん」: an affiliation of several words and a
# name written with a space between family and given name (two short words that name no unit).
_INTERVIEW_SPACED_RE = re.compile(r"インタビュー\s*[～〜~]\s*(?P<affiliation>\S.*?)\s+"
                                  r"(?P<name>(?![^\s]*(?:担当|課|係|室|部|局|所)\s)[^\s]{1,4}\s[^\s]{1,4}?)(?:さん|氏)\s*$")


def detect(text: str) -> bool:
    from assistant.kinds.newsletter import issues

    if issues.detect(text[:200000]):
        return True  # a bulletin of numbered issues with dated items (issues.py)
    from assistant.kinds.newsletter import headed_issues

    if headed_issues.detect(text[:200000]):
        return True  # issues and articles as headings of their own (headed_issues.py)
    head = nfkc(text[:50000])
    # A 市民協働 newsletter: its contents box, Q&A table or model-project box, without the
    # `|` cells of an evaluation sheet.
    markers = sum(marker in head for marker in ("Contents", "いただいた質問", "実施団体", "モデル事業"))
    return "市民協働" in head and markers >= 2 and "事務事業コード" not in head


@dataclass
class _Unit:
    """A rebuilt paragraph (or a question) with its first and last line."""

    text: str
    line: int
    end_line: int
    question: bool = False
    gap_before: bool = False  # a layout gap (whitespace-only line) precedes the unit
    cells: tuple[str, ...] = ()  # a table row's cells (the text is them joined)


@dataclass
class _Article:
    code: str
    title: str
    line: int
    end_line: int
    units: list[_Unit] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)  # 0-based lines consumed elsewhere


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.newsletter import issues

    if issues.detect(text[:200000]):
        return issues.parse(text, source)
    from assistant.kinds.newsletter import headed_issues

    if headed_issues.detect(text[:200000]):
        return headed_issues.parse(text, source)
    lines = text.splitlines()
    contents_range, entries = _contents(lines)
    starts = _article_starts(lines, contents_range, entries)
    if not entries and _paragraph_layout(lines):
        starts = sorted(set(starts) | set(_standalone_headings(lines)))
    if not starts:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            raise DocumentError(source, "本文がありません")
        starts = [first]
    volume = _volume(lines[: starts[0] + 1])
    year = _newsletter_year(text)

    articles: list[_Article] = []
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else len(lines)
        title = clean(_HEADING_MARK_RE.sub("", lines[start]))
        articles.append(_Article(str(number), title, start + 1, end))

    # The masthead before the first article (「熊本市 市民協働ニュース Vol.9」「発行：熊本市 市民局…」) names
    # the newsletter and its city: it is the title when it says more than the volume, and searchable.
    front = [(i, clean(lines[i])) for i in range(starts[0]) if i not in contents_range and clean(lines[i])]
    masthead = front[0][1] if front and len(re.sub(r"(?i)vol\.?\s*\d*|[\s.．]", "", nfkc(front[0][1]))) >= 4 else ""
    title = masthead if masthead else f"ニュースレター Vol.{volume}" if volume else (articles[0].title if articles else source)
    doc = ParsedDocument(kind=KIND, title=title)
    if masthead:
        doc.passages += [Passage(f"doc:{source}", "text", line, source, i + 1) for i, line in front]
    model_projects: list[Record] = []
    for article in articles:
        body = range(article.line, article.end_line)  # 0-based indexes after the heading line
        project = _model_project(lines, body, article, source, len(model_projects) + 1, doc)
        if project is not None:
            model_projects.append(project)
        article.units = _units(lines, [i for i in body if i not in article.skip and i not in contents_range])

    qa_count = 0
    event_count = 0
    for article in articles:
        key = f"article:{article.code}"
        texts = [unit.text for unit in article.units if not unit.question]
        last = max([article.line] + [unit.end_line for unit in article.units])
        doc.records.append(Record("article", article.code, {
            "title": article.title,
            "text": "\n".join(texts),
            "volume": volume,
        }, source, article.line, last))
        doc.passages.append(Passage(key, "title", article.title, source, article.line))
        qa_count, in_qa = _qa(doc, article, source, qa_count)
        for unit in article.units:
            if id(unit) not in in_qa:  # Q&A text is searchable through its qa record instead
                doc.passages.append(Passage(key, "question" if unit.question else "text", unit.text, source, unit.line))
        event_count = _events(doc, article, source, year, event_count)
    doc.records.extend(model_projects)
    return doc


def _contents(lines: list[str]) -> tuple[set[int], list[str]]:
    """Line indexes of the ｃｏｎｔｅｎｔｓ box and its entries (wrapped entries joined)."""
    # In the PDF's text one empty line follows every printed line, so only two in a row are a gap;
    # in a text typed with paragraphs (lines in a row) one empty line already ends the box.
    spaced = _printed_lines_spaced(lines)
    for index, line in enumerate(lines):
        if nfkc(line).strip().lower() == "contents":
            covered = {index}
            entries: list[str] = []
            cursor = index + 1
            empty = 0  # empty lines in a row: the PDF's text puts one after every printed line
            while cursor < len(lines):
                raw = lines[cursor]
                if not raw:
                    empty += 1
                    cursor += 1
                    continue
                # A layout gap ends the box: a whitespace-only line in the PDF's text, two empty
                # lines where a Word or Excel copy dropped its spaces; so does a web address.
                gap = not raw.strip() or empty >= (2 if spaced else 1) or _URL_RE.match(raw.strip())
                empty = 0
                if gap and entries:
                    break
                if not raw.strip():
                    cursor += 1
                    continue
                if _HEADING_MARK_RE.match(raw):
                    entries.append(clean(_HEADING_MARK_RE.sub("", raw)))
                elif entries:
                    entries[-1] = join_wrapped(entries[-1], clean(raw))
                else:
                    break
                covered.add(cursor)
                cursor += 1
            return covered, entries
    return set(), []


def _printed_lines_spaced(lines: list[str]) -> bool:
    """Whether (as in the PDF's text) nearly every non-empty line is followed by an empty one."""
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    spaced = sum(not lines[i + 1] for i in filled)
    return bool(filled) and spaced >= 0.8 * len(filled)


def _article_starts(lines: list[str], contents_range: set[int], entries: list[str]) -> list[int]:
    starts = {i for i, line in enumerate(lines) if i not in contents_range and _HEADING_MARK_RE.match(line)
              and line.strip(" >≫＞")}
    # Each candidate line's key, prepared once as the matcher's second sequence (difflib caches what it
    # learns of that one) rather than once per entry of the contents.
    candidates = [(index, difflib.SequenceMatcher(None, "", notation_key(_HEADING_MARK_RE.sub("", line))))
                  for index, line in enumerate(lines)
                  if entries and index not in contents_range and line.strip() and len(line) <= 80]
    for entry in entries:
        target = notation_key(entry)
        best, best_ratio = None, 0.0
        for index, matcher in candidates:
            matcher.set_seq1(target)
            # real_quick_ratio() and quick_ratio() are upper bounds of ratio() (difflib.get_close_matches
            # skips by them alike): a line they rule out could not have beaten the best so far.
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = index, ratio
        if best is not None and best_ratio >= 0.6:
            starts.add(best)
    return sorted(starts)


def _paragraph_layout(lines: list[str]) -> bool:
    """Whether each paragraph is one line, as a web page or a Word document gives them (not the
    PDF's printed lines, which wrap mid-sentence): most long lines end a sentence."""
    long = [text for text in (clean(line) for line in lines if "\t" not in line)
            if len(text) >= 30 and not _LABEL_LINE_RE.match(text)]
    return bool(long) and 3 * sum(bool(_SENTENCE_END_RE.search(text)) for text in long) >= 2 * len(long)


def _standalone_headings(lines: list[str]) -> list[int]:
    """In paragraph layout with no contents box (a page's <nav> is not its text), article headings
    are the short blocks of one line that are no sentence (「…のご紹介」「…を募集しています！」):
    not a labelled line (事業名：…, 実施団体 NPO法人…), table row, ■ sub-heading, bracketed caption or question, and not the
    masthead (the first line)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out = []
    for index in filled[1:-1]:
        text = clean(lines[index])
        alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 >= len(lines) or not lines[index + 1].strip())
        if (alone and len(text) <= 60 and "\t" not in lines[index] and not _LABEL_LINE_RE.match(text)
                and not _LABEL_SPACED_RE.match(text)
                and not text.startswith(("■", "●", "◆")) and not _bracketed(text) and not _URL_RE.match(text)
                and (not _SENTENCE_END_RE.search(text) or text.endswith(("！", "!")))):
            out.append(index)
    return out


def _volume(lines: list[str]) -> str:
    head = re.sub(r"\s+", "", nfkc(" ".join(lines)))
    match = re.search(r"vol\.?(\d+)", head, re.IGNORECASE)
    return match.group(1) if match else ""


def _newsletter_year(text: str) -> int | None:
    match = re.search(r"(\d{4})\s*年", nfkc(text))
    return int(match.group(1)) if match else None


def _units(lines: list[str], indexes: list[int]) -> list[_Unit]:
    units: list[_Unit] = []
    open_unit: _Unit | None = None
    previous = None
    gap = False

    def close() -> None:
        nonlocal open_unit
        if open_unit is not None and open_unit.text:
            units.append(open_unit)
        open_unit = None

    def add(unit: _Unit) -> _Unit:
        nonlocal gap
        unit.gap_before, gap = gap, False
        return unit

    for index in indexes:
        raw = lines[index]
        if previous is not None and index != previous + 1 and index != previous + 2:
            close()  # lines consumed elsewhere sit between: do not glue across them
        if previous is not None and any(lines[j] for j in range(previous + 1, index)):
            # a box read elsewhere (the contents) is a layout gap, whether or not the copy kept
            # the PDF's whitespace-only lines that mark it
            close()
            gap = True
        previous = index
        if not raw:
            continue
        if not raw.strip():
            close()  # whitespace-only line: a layout gap
            gap = True
            continue
        text = clean(raw)
        line_no = index + 1
        if _RULE_RE.fullmatch(text):  # a rule (------) between parts of the page: a layout gap
            close()
            gap = True
            continue
        if "\t" in raw:  # a table row is a unit of its own, its cells kept for a Q&A table
            close()
            cells = tuple(clean(cell) for cell in raw.split("\t"))
            units.append(add(_Unit(text, line_no, line_no, question=_is_question(cells[0]), cells=cells)))
            continue
        if _QA_MARK_RE.match(text):  # 「Q. …」「A. …」: each opens a unit of its own
            close()
        inline = _INLINE_QUESTION_RE.match(text)
        if inline and not inline.group(1).startswith("「") and "。" not in inline.group(1):
            units.append(add(_Unit(inline.group(1), line_no, line_no, question=True)))
            text = inline.group(2)
        if (_URL_RE.match(text) or text.startswith(("■", "●", "◆")) or _LABEL_LINE_RE.match(text) or _DATED_LABEL_RE.match(text)
                or (len(text) <= 20 and _QA_HEADER_RE.search(text))):
            close()
            units.append(add(_Unit(text, line_no, line_no, question=_is_question(text))))
            continue
        if open_unit is None:
            open_unit = add(_Unit(text, line_no, line_no))
        else:
            open_unit.text = join_wrapped(open_unit.text, text)
            open_unit.end_line = line_no
        if _SENTENCE_END_RE.search(text) or _bracketed(open_unit.text):
            open_unit.question = _is_question(open_unit.text)
            close()
    close()
    return units


def _bracketed(text: str) -> bool:
    closing = _BRACKETS.get(text[:1])
    return closing is not None and text.endswith(closing) and text.count(text[0]) == text.count(closing)


def _is_question(text: str) -> bool:
    return text.endswith(("？", "?")) or text.endswith("教えてください") or bool(re.match(r"[QＱ]\s*[.．:：]", text))


def _unmarked(text: str) -> str:
    """A question or answer without its 「Q.」「A.」 mark."""
    return _QA_MARK_RE.sub("", text)


def _qa(doc: ParsedDocument, article: _Article, source: str, count: int) -> tuple[int, set[int]]:
    """Q&A pairs after a 「…質問 … 回答」 header line inside the article; ids of the units used."""
    units = article.units
    start = next((i for i, u in enumerate(units) if len(u.text) <= 20 and _QA_HEADER_RE.search(u.text)), None)
    if start is None:
        return count, set()
    pairs: list[tuple[_Unit, list[_Unit]]] = []
    if units[start].cells:
        return _qa_table(doc, article, source, count, units[start + 1:])
    for unit in units[start + 1:]:
        if unit.gap_before and pairs and pairs[-1][1]:
            break  # the Q&A table ends at the next layout gap
        if unit.question or not pairs:
            pairs.append((unit, []))
        else:
            pairs[-1][1].append(unit)
    for question, answers in pairs:
        count += 1
        end = max([question.end_line] + [a.end_line for a in answers])
        answer = "\n".join(_unmarked(a.text) for a in answers)
        doc.records.append(Record("qa", str(count), {
            "question": _unmarked(question.text),
            "answer": answer,
            "article": article.code,
        }, source, question.line, end))
        key = f"qa:{count}"
        doc.passages.append(Passage(key, "question", _unmarked(question.text), source, question.line))
        for unit in answers:
            doc.passages.append(Passage(key, "answer", _unmarked(unit.text), source, unit.line))
    return count, {id(unit) for question, answers in pairs for unit in [question, *answers]}


def _qa_table(doc: ParsedDocument, article: _Article, source: str, count: int,
              units: list[_Unit]) -> tuple[int, set[int]]:
    """Q&A as a table under its 質問 | 回答 header row: each row a question and its answer, up to the
    table's end."""
    used: set[int] = set()
    for unit in units:
        if not unit.cells:
            break
        question, answer = unit.cells[0], " ".join(cell for cell in unit.cells[1:] if cell)
        count += 1
        doc.records.append(Record("qa", str(count), {"question": question, "answer": answer, "article": article.code},
                                  source, unit.line, unit.end_line))
        doc.passages.append(Passage(f"qa:{count}", "question", question, source, unit.line))
        if answer:
            doc.passages.append(Passage(f"qa:{count}", "answer", answer, source, unit.line))
        used.add(id(unit))
    return count, used


def parse_dates(text: str, default_year: int | None) -> list[str]:
    """ISO dates in `text`; a date without a year takes the last year seen, else `default_year`."""
    found: list[str] = []
    year = default_year
    for match in _DATE_RE.finditer(nfkc(text)):
        explicit = bool(match.group("year") or match.group("era"))
        if match.group("year"):
            year = int(match.group("year"))
        elif match.group("era"):
            era_year = 1 if match.group("eyear") == "元" else int(match.group("eyear"))
            year = wareki_to_year(match.group("era"), era_year)
        if year is None:
            continue
        month, day = int(match.group("month")), int(match.group("day"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if not explicit and found and iso < found[-1]:
            # 「12月18日から2月19日」: a range runs forward, so the year has turned.
            year += 1
            iso = f"{year:04d}-{month:02d}-{day:02d}"
        found.append(iso)
    return found


def _events(doc: ParsedDocument, article: _Article, source: str, year: int | None, count: int) -> int:
    title = _HEADING_MARK_RE.sub("", article.title)
    for unit in article.units:
        if unit.text.startswith(("■", "●", "◆")):
            # 「◆令和7年度 地域づくり協働事業提案を募集します」 inside the article: what the dates below it are of.
            title = unit.text.lstrip("■●◆ ").strip()
            continue
        label = _LABEL_LINE_RE.match(unit.text) or _DATED_LABEL_RE.match(unit.text)
        if not label:
            continue
        dates = parse_dates(label.group("value"), year)
        if not dates:
            continue
        count += 1
        times = _TIME_RANGE_RE.search(nfkc(label.group("value")))
        fields = {
            "title": title,
            "what": label.group("label"),
            "date_from": dates[0],
            "date_to": dates[-1],
            "time_from": times.group(1) if times else "",
            "time_to": times.group(2) if times else "",
            "text": unit.text,
            "article": article.code,
        }
        doc.records.append(Record("event", str(count), fields, source, unit.line, unit.end_line))
        # (the article's title too, when the dates sit under a heading of their own inside it)
        named = fields["title"] if fields["title"] in article.title else f"{_HEADING_MARK_RE.sub('', article.title)} {fields['title']}"
        doc.passages.append(Passage(f"event:{count}", "text", f"{named} {unit.text}", source, unit.line))
    return count


def _beside_labels(lines: list[str], content: list[int]) -> dict[str, tuple[str, int, list[int]]]:
    """A featured project's fields printed beside their labels, as a web page or a Word document
    holds them: rows of a table (事業名 | 値), a table whose header row names them and whose next row
    holds the values, or a definition list (事業名：値). Field → (value, its line index, the line
    indexes to leave out of the running text)."""
    out: dict[str, tuple[str, int, list[int]]] = {}
    for position, index in enumerate(content):
        raw = lines[index]
        if "\t" in raw:
            cells = [clean(cell) for cell in raw.split("\t")]
            named = [_PROJECT_LABELS.get(re.sub(r"\s+", "", nfkc(cell))) for cell in cells]
            below = content[position + 1] if position + 1 < len(content) else None
            if sum(name is not None for name in named) >= 2 and below is not None and "\t" in lines[below]:
                values = [clean(cell) for cell in lines[below].split("\t")]
                for column, name in enumerate(named):
                    if name and column < len(values) and values[column]:
                        out.setdefault(name, (values[column], below, [index, below]))
            elif named[0] is not None and any(cells[1:]):
                out.setdefault(named[0], (" ".join(cell for cell in cells[1:] if cell), index, [index]))
            continue
        # 事業名：値, or as a PDF prints a two-column table: the label, a space, the value.
        labelled = _LABEL_LINE_RE.match(clean(raw)) or _LABEL_SPACED_RE.match(clean(raw))
        name = _PROJECT_LABELS.get(labelled.group("label")) if labelled else None
        if labelled and name:
            out.setdefault(name, (clean(labelled.group("value")), index, [index]))
    return out


def _model_project(lines: list[str], body: range, article: _Article, source: str, number: int,
                   doc: ParsedDocument) -> Record | None:
    """事業名 / 実施団体 / 担当部署 of a featured project; labels may be split over lines (実施 / 団体)."""
    content = [i for i in body if lines[i].strip()]
    beside = _beside_labels(lines, content)
    values: dict[str, tuple[str, int]] = {}
    for key, (value, index, taken) in beside.items():
        values[key] = (value, index)
        article.skip.update(taken)
    if "name" not in values:
        name_at = next((i for i in content if clean(lines[i]).startswith("事業名")), None)
        if name_at is None:
            return None
        name = clean(clean(lines[name_at])[len("事業名"):].lstrip(" ：:"))
        values["name"] = (name, name_at)
        article.skip.add(name_at)
    for label, key in (("実施団体", "organization"), ("担当部署", "department")):
        if key in values:
            continue
        for position, index in enumerate(content):
            text = re.sub(r"\s+", "", nfkc(lines[index]))
            taken = [index]
            if not label.startswith(text) or not text:
                continue
            cursor = position + 1
            while text != label and cursor < len(content) and label.startswith(text + re.sub(r"\s+", "", nfkc(lines[content[cursor]]))):
                text += re.sub(r"\s+", "", nfkc(lines[content[cursor]]))
                taken.append(content[cursor])
                cursor += 1
            if text != label or cursor >= len(content):
                continue
            value_index = content[cursor]
            values[key] = (clean(lines[value_index]), value_index)
            article.skip.update(taken + [value_index])
            break

    fields: dict[str, object] = {
        "name": values["name"][0],
        "organization": values.get("organization", ("", 0))[0],
        "department": values.get("department", ("", 0))[0],
        "article": article.code,
        "year": wareki_short(article.title) if wareki_short(article.title) != article.title else "",
        "goal": "",
        "interviewee": "",
        "interviewee_affiliation": "",
    }
    key = f"model_project:{number}"
    for index in content:
        text = clean(lines[index])
        interview = _INTERVIEW_RE.search(text) or _INTERVIEW_SPACED_RE.search(text)
        if interview:
            fields["interviewee"] = interview.group("name")
            fields["interviewee_affiliation"] = interview.group("affiliation")
            doc.passages.append(Passage(key, "interviewee", text, source, index + 1))
    goal_at = next((i for i in content if "目指すこと" in lines[i] and clean(lines[i]).startswith("■")), None)
    if goal_at is not None:
        following = [i for i in content if i > goal_at]
        goal_lines = []
        for index in following:
            if clean(lines[index]).startswith("■"):
                break
            goal_lines.append(index)
        goal_units = _units(lines, goal_lines) if goal_lines else []
        if goal_units:
            fields["goal"] = goal_units[0].text
    for name in ("name", "organization", "department"):
        if fields[name]:
            doc.passages.append(Passage(key, name, f"{LABELS[name]}: {fields[name]}", source, values[name][1] + 1))
    line = values["name"][1] + 1
    return Record("model_project", str(number), fields, source, line, max(v[1] for v in values.values()) + 1)
