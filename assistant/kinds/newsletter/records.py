"""Record kinds of a citizen-collaboration newsletter: articles, Q&A pairs, events, a model project."""
from __future__ import annotations

from assistant.kinds.spec import Field, RecordKind

ARTICLE = RecordKind(
    "article", "記事", ("ニュースレター", "記事"),
    fields=(
        Field("code", "番号", show=True),
        Field("title", "名称", show=True),
        Field("text", "本文"),
        Field("volume", "号"),
        # A bulletin of numbered issues (issues.py): the date its issue was issued, and the item's own date.
        Field("issued", "発行日", ("発行日",), "date", show=True),
        Field("date", "日付", ("掲載日",), "date", show=True),
    ),
)

QA = RecordKind(
    # (「質疑」: a meeting's questions and answers, 質疑応答 — read as the meeting's where an index holds them: query/parse.py)
    "qa", "質問と回答", ("いただいた質問", "質問への回答", "質疑応答", "質問", "質疑", "回答", "Q&A"),
    fields=(
        Field("code", "番号", show=True),
        Field("question", "質問", show=True),
        Field("answer", "回答", ("回答",), show=True),
        Field("article", "記事"),
    ),
)

EVENT = RecordKind(
    "event", "日程", ("イベント", "催し"),
    fields=(
        Field("code", "番号", show=True),
        Field("title", "名称", show=True),
        Field("what", "種別", show=True),
        Field("date_from", "開始日", ("実施日時", "募集開始日", "募集開始", "開始日", "実施日", "始まり", "受付開始"), "date", show=True),
        Field("date_to", "終了日", ("募集期間", "締め切り", "締切"), "date", show=True),
        Field("time_from", "開始時刻"),
        Field("time_to", "終了時刻"),
        Field("text", "本文"),
        Field("article", "記事"),
        # (a bulletin of numbered issues: the issue the item is in, 「第43号」)
        Field("volume", "号", show=True),
    ),
)

# モデル事業 alone names this kind; inside 市民協働推進モデル事業 it does not (the engine knows that).
MODEL_PROJECT = RecordKind(
    "model_project", "モデル事業", (),
    fields=(
        Field("code", "番号", show=True),
        Field("name", "名称", show=True),
        Field("organization", "実施団体", ("実施団体", "団体"), show=True),
        Field("department", "担当部署", show=True),
        Field("article", "記事"),
        Field("year", "年度", type="year"),
        Field("goal", "目標"),
        Field("interviewee", "インタビュー回答者"),
        Field("interviewee_affiliation", "回答者の所属"),
    ),
)

# The document kind as users see it (ingest's report, the browse tree).
LABEL = "ニュースレター"

RECORDS = (ARTICLE, QA, EVENT, MODEL_PROJECT)
