"""Minutes of a meeting of officials (「○本部長　…」「○総務課長　…」, no member named): each turn naming items by code
is a comment of that post on them; minutes where members speak keep the officials' turns as replies."""
from __future__ import annotations

from assistant.kinds.generic.minutes_turns import turn_comments

OFFICIALS = """令和８年度第１回行政改革推進本部会議 会議録

○本部長　ただいまから会議を開会します。
○本部長　推進項目１－１－３の見直しは、目標に届いていない。
○企画財政課長　１－１－３につきましては、慎重に検討しております。
○副本部長　２－１－２と２－２－１は一体的に進めてほしい。
""".split("\n")

MEMBERS = """第２回懇談会

○久慈委員　取組1-1-3の進め方について伺います。
○総務課長　1-1-3につきましては、来年度に着手します。
○真鍋座長　取組2-1-2はどうか。
""".split("\n")


def test_officials_turns_are_comments_of_their_posts() -> None:
    got = {(r.code, r.fields["member"]) for r in turn_comments(OFFICIALS, "m.txt")}
    assert got == {("1-1-3-1", "本部長"), ("1-1-3-2", "企画財政課長"), ("2-1-2-1", "副本部長"), ("2-2-1-1", "副本部長")}


def test_members_minutes_keep_officials_as_replies() -> None:
    got = {r.fields["member"] for r in turn_comments(MEMBERS, "m.txt")}
    assert got == {"久慈", "真鍋"}
