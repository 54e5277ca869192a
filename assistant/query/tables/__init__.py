"""Questions over the tables of documents no kind was written for (another city's plan as a sheet).

A table is a document's rows under one header (the generic kind's `table_row` records). Its columns
are what users may say: 「担当課」, 「目標効果額」 (the unit in brackets left off), 「令和6年度 進捗状況」
(a column of one fiscal year: 「令和6年度に遅れ」), 「2023年度(令和5年度)」 (a column named by its year
only, of the table's measure: 「2023年度の効果額」). A question is read as mentions found in it — row
names, cell values, column words, fiscal years, numbers with a comparison, negations, aggregate words —
bound to columns in the order said:

* a value binds to the column said just before it, else to the columns holding it; the fiscal years
  said before it pick the columns of those years (「令和6年度も令和7年度も遅れ」 is both years);
* a number with 以上/以下/から…まで binds to the numeric column said before it, or to the column of
  the year said (「2024年度の効果額が10,000千円以上」);
* a year with まで/以前/以降 binds to a column whose values are fiscal years (目標年度);
* 以外/でない after a value negates it; 「2年続けて」 asks two consecutive years.

The answer is the rows (their count, a column's sum, average, largest or smallest, or one row's
value), with every condition said. Words the reading did not use are said (`partial`), and a
follow-up keeps the table and its conditions (「そのうち…」「何件？」「令和5年度は？」).
"""
__all__ = ["TableContext", "answer_from_tables", "read_tables"]


def __getattr__(name):
    # Lazily, so that importing one light module of this package (member_totals, readings) on every
    # question does not import the whole table reader: `gyokaku ask` stays quick (issue 16).
    if name in ("TableContext", "answer_from_tables"):
        from assistant.query.tables import answer

        return getattr(answer, name)
    if name == "read_tables":
        from assistant.query.tables.read import read_tables

        return read_tables
    raise AttributeError(name)
