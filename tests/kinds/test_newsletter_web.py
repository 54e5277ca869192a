"""A 市民協働 newsletter published as a web page (another city's edition): articles under <h2>
headings with no contents box (the page's <nav> is not its text), a Q&A table, and the featured
project's 事業名・実施団体・担当部署 in a table, a horizontal table or a <dl>."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.model import ParsedDocument, Record

_PAGE = """<html><head><title>青葉市 市民協働ニュースレター Vol.3</title></head><body>
<header><p>青葉市 市民協働ニュースレター</p><p>Vol.3</p>
<nav><p>Contents</p><ul><li>&gt;&gt; 協働推進員研修を実施しました</li></ul></nav></header>
<article><h2>≫協働推進員研修を実施しました。</h2>
<p>青葉市では、協働推進員を対象に研修を実施しました。</p>
<p>実施日時 ： 令和7年6月5日（木）10:00～12:00</p>
<p>研修でいただいた質問と回答をご紹介します。</p>
<table><tr><th>いただいた質問</th><th>回答</th></tr>
<tr><td>協働推進員は何人ですか？</td><td>各課に1人です。</td></tr>
<tr><td>提案の締切について</td><td>毎年度2月末です。</td></tr></table></article>
<article><h2>『令和8年度 協働提案事業』の提案を募集しています！</h2>
<p>地域の課題を解決する事業を募集します。</p>
<p>募集期間：令和7年12月1日（月）から令和8年2月27日（金）まで</p></article>
<article><h2>令和7年度「協働提案事業」のご紹介</h2>
<p>令和7年度の採択事業をご紹介します。</p>
{project}
<p>■協働を通じて、目指すこと。</p>
<p>河川敷の清掃を通じて、地域の大人と子どもがつながる場をつくる。</p>
</article></body></html>"""

_PROJECTS = {
    "table": ("<table><tr><th>事業名</th><td>河川敷クリーン作戦事業</td></tr>"
              "<tr><th>実施団体</th><td>NPO法人あおばの川</td></tr>"
              "<tr><th>担当部署</th><td>環境局環境保全課</td></tr></table>"),
    "horizontal table": ("<table><tr><th>事業名</th><th>実施団体</th><th>担当部署</th></tr>"
                         "<tr><td>河川敷クリーン作戦事業</td><td>NPO法人あおばの川</td><td>環境局環境保全課</td></tr>"
                         "</table>"),
    "dl": ("<dl><dt>事業名</dt><dd>河川敷クリーン作戦事業</dd><dt>実施団体</dt><dd>NPO法人あおばの川</dd>"
           "<dt>担当部署</dt><dd>環境局環境保全課</dd></dl>"),
    # as a PDF's two-column table comes out: each label and its value on one line, a space between
    "label beside value": ("<p>事業名 河川敷クリーン作戦事業</p><p>実施団体 NPO法人あおばの川</p>"
                           "<p>担当部署 環境局環境保全課</p>"),
}


def _page(layout: str) -> ParsedDocument:
    html = _PAGE.replace("{project}", _PROJECTS[layout])
    doc = registry.parse(to_text(html.encode("utf-8"), "news.html").text, "news.html")
    assert doc.kind == "newsletter"
    return doc


def _records(doc: ParsedDocument, kind: str) -> list[Record]:
    return [r for r in doc.records if r.kind == kind]


@pytest.mark.parametrize("layout", sorted(_PROJECTS))
def test_featured_project(layout: str) -> None:
    doc = _page(layout)
    [project] = _records(doc, "model_project")
    assert (project.fields["name"], project.fields["organization"], project.fields["department"]) == \
        ("河川敷クリーン作戦事業", "NPO法人あおばの川", "環境局環境保全課")
    assert project.fields["goal"] == "河川敷の清掃を通じて、地域の大人と子どもがつながる場をつくる。"
    assert project.fields["year"] == "R7"
    texts = {p.text for p in doc.passages if p.key == f"model_project:{project.code}"}
    assert {"実施団体: NPO法人あおばの川", "担当部署: 環境局環境保全課"} <= texts


def test_articles_under_headings_without_marks() -> None:
    doc = _page("table")
    assert [r.fields["title"] for r in _records(doc, "article")] == [
        "協働推進員研修を実施しました。", "『令和8年度 協働提案事業』の提案を募集しています！", "令和7年度「協働提案事業」のご紹介"]
    assert doc.title == "青葉市 市民協働ニュースレター Vol.3"  # the masthead names the city
    events = {r.fields["what"]: r.fields for r in _records(doc, "event")}
    assert events["募集期間"]["title"] == "『令和8年度 協働提案事業』の提案を募集しています！"
    assert (events["募集期間"]["date_from"], events["募集期間"]["date_to"]) == ("2025-12-01", "2026-02-27")


def test_qa_table_ends_with_the_table() -> None:
    doc = _page("table")
    assert [(r.fields["question"], r.fields["answer"]) for r in _records(doc, "qa")] == [
        ("協働推進員は何人ですか？", "各課に1人です。"), ("提案の締切について", "毎年度2月末です。")]
