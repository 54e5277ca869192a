"""Example questions by topic (help screen and command palette); each was checked against the engine."""
from __future__ import annotations

from assistant.query.conversation import EXAMPLES

EXAMPLE_GROUPS: list[tuple[str, list[str]]] = [
    ("よく使う質問", list(EXAMPLES)),
    ("年度・取組終了", ["R4に終了した実践項目", "R5に終了した実践項目", "終了していない実践項目"]),
    ("評価（A/B/C）", ["総合評価がCの実践項目", "R3評価がBの実践項目", "R5評価がAの実践項目"]),
    ("点数", ["合計が12の実践項目", "委員評価が4以上の取組項目", "委員評価が最も高い取組項目"]),
    ("担当部署", ["行政監理室の実践項目", "納税課の実践項目で総合評価がB"]),
    ("テーマ", ["テーマがICTの実践項目", "テーマが民活の実践項目"]),
    ("委員の意見・課題の中の言葉", ["ふるさと納税に触れた委員の意見", "電子化に触れた委員の意見"]),
    ("件数・平均・部署別", ["R4に終了した実践項目は何件？", "実践項目の合計の平均", "部署別の実践項目の件数",
                            "取組終了の年度別の実践項目の件数"]),
    ("続けて絞り込む（前の答えに対して）", ["そのうち総合評価がAのもの", "その中で行政監理室"]),
    ("連携事業（自治体間の共同事業）", ["連携事業", "介護保険課が担当している連携事業は？", "部会長が倉敷市の連携事業"]),
    ("進捗状況シート", ["R2の取組上の課題", "人材育成が課題の取組上の課題"]),
    ("事例集", ["公共施設等総合管理基金をつくった自治体は？", "民間委託の事例", "鹿児島県の事例"]),
    ("事務事業評価シート", ["事務事業", "指標"]),
    ("ニュースレター", ["質問と回答", "モデル事業", "協働に触れた記事"]),
]


def all_examples() -> list[str]:
    seen: list[str] = []
    for _, items in EXAMPLE_GROUPS:
        for q in items:
            if q not in seen:
                seen.append(q)
    return seen
