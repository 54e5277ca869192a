"""Ways of naming a score or grade and its value (「進捗度の総括自己評価が1しかない」「毎年度の総合評価がずっとA」): the score's
own word is what is compared, the heading it sits under (総括, 自己評価) and 「しか…ない」 add nothing."""
from __future__ import annotations


def score_wordings():
    """Phrasings of the scores (進捗度, 効率性, …), run after the others (grammar/phrasings.py)."""
    from assistant.query.grammar.phrasings import Phrasing

    return (
        # 「委員会の令和12年度評価で」: the committee's evaluation of that year, the year said inside the score's word
        # (委員会評価); said before it, the word is whole again.
        Phrasing("body_year_evaluation",
                 r"(委員会|審議会|懇話会|懇談会|協議会|推進会議)\s*の\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年度?|(?:19|20)\d{2}\s*年度)\s*(?:の)?\s*評価",
                 r"\2の\1評価",
                 examples=(("委員会の令和12年度評価で、平均が4.0以上", "令和12年度の委員会評価で、平均が4.0以上"),
                           ("審議会の2024年度評価", "2024年度の審議会評価"))),
        # 「進捗度の総括自己評価」「効率性の自己評価（総括）」: the score as the report's 総括 self-evaluation table
        # prints it; the heading says where it is printed, the score is the field.
        Phrasing("score_under_heading",
                 # (「R3の進捗度の自己評価は？」 with neither 総括 nor a value compared asks that year's sheet: left as said)
                 r"(" + "{SCORES}" + r")(?:の)?\s*(?:(?:総括の?|最終的な|最終の)\s*自己評価(?:\s*[(（]\s*総括\s*[)）])?(?=\s*(?:が|は|で|の|=|＝))"
                 r"|自己評価(?:\s*[(（]\s*総括\s*[)）])?(?=\s*(?:が|は|で|=|＝)\s*[0-9０-９]))",
                 r"\1",
                 examples=(("進捗度の総括自己評価が1しかない実践項目", "進捗度が1しかない実践項目"),
                           ("効率性の自己評価は3", "効率性は3"))),
        # 「進捗度の点数が1点」「効率性のスコアは2」: the score's own points, said with a word for points (not the
        # total 合計, which 点数 alone names).
        Phrasing("score_points_word",
                 r"(" + "{SCORES}" + r")([)）]?)\s*の\s*(?:点数|点|スコア|評点|評価点)(?=\s*(?:が|は|で|=|＝))",
                 r"\1\2",
                 examples=(("進捗度の点数が1点しかついていない", "進捗度が1点しかついていない"),
                           ("効率性のスコアは2", "効率性は2"),
                           ("進み具合(進捗度)の点数が1", "進み具合(進捗度)が1"))),
        # 「R3とR4の効率性の評価の差」: the score's difference between years, 評価 naming the score itself.
        Phrasing("score_evaluation_difference",
                 r"(" + "{SCORES}" + r")\s*の\s*(?:自己)?評価(?=\s*(?:の|に|で)?\s*(?:差|違い|開き))",
                 r"\1",
                 examples=(("R3とR4の効率性の評価の差は？", "R3とR4の効率性の差は？"),
                           ("進捗度の自己評価の差", "進捗度の差"))),
        # 「…の進捗状況シートで、R3とR4の効率性の評価の差は」: two years' scores compared, asked of the sheet, are
        # those of its self-evaluation rows (one per year); the sheet names where they are printed. (One year's
        # score asked of it is end_months.py's sheet_said_as_place.)
        Phrasing("two_years_scores_of_the_sheet",
                 r"の?\s*進捗状況シート\s*(?:で|では|の)\s*[、,]?\s*"
                 r"(?=(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?\s*(?:と|〜|~|から)\s*(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?"
                 r"\s*(?:の|で)?\s*(?:" + "{SCORES}" + r")\s*(?:の\s*(?:自己)?評価)?\s*(?:の|に|で)?\s*(?:差|違い|開き))",
                 "の自己評価、",
                 examples=(("ガバメントクラウドファンディングの進捗状況シートで、R3とR4の効率性の評価の差は？",
                            "ガバメントクラウドファンディングの自己評価、R3とR4の効率性の評価の差は？"),
                           ("実践項目15の進捗状況シートでR2とR3の進捗度の差は", "実践項目15の自己評価、R2とR3の進捗度の差は"))),
        # 「評価がいちばん悪いCランク」「一番いいAの評価」: the grade said with where it stands on the scale; the
        # grade itself is compared, no extreme of the records is asked.
        Phrasing("grade_with_its_rank",
                 r"(?:(?:いちばん|一番|最も)\s*(?:悪い|わるい|低い|ひくい|下の|良い|よい|いい|高い|たかい|上の)|最低の?|最高の?)\s*(?:評価の?|ランクの?)?\s*"
                 r"(?=[A-DＡ-Ｄ](?:ランク|評価|判定)?(?![A-Za-z]))",
                 "",
                 examples=(("評価がいちばん悪いCランクだった", "評価がCランクだった"),
                           ("一番いいAの評価", "Aの評価"))),
        # 「委員3.8」「審議会 4.2」 (a search box's fragment): the body that scores, then a figure with decimals, is its
        # score (委員評価); a figure of people or times (委員3.5人) is no score, nor an integer (委員3 is a member's number).
        Phrasing("body_then_score",
                 r"(?<![一-龥ァ-ヶ])(委員会|審議会|懇話会|懇談会|協議会|推進会議|委員)\s*"
                 r"(?=[0-9]+\.[0-9]+(?![0-9.]|\s*(?:人|名|回|件|%|倍|万|億|円|年|月|日|時|か所|箇所|ヶ所)))",
                 r"\1評価",
                 examples=(("委員3.8", "委員評価3.8"), ("自己評価B 委員 4.1以上", "自己評価B 委員評価4.1以上"),
                           ("審議会3.5の取組", "審議会評価3.5の取組"))),
        # 「総合A」「総合 B」: the overall grade (総合評価) typed short, the grade's letter right after it.
        Phrasing("overall_said_short",
                 r"(?<![一-龥ァ-ヶー])総合\s*(?=[A-DS](?![A-Za-z0-9]))",
                 "総合評価",
                 examples=(("RPA 総合A", "RPA 総合評価A"), ("総合 B の実践項目", "総合評価B の実践項目"))),
        # 「点数の合計が一番高い」: the points summed are the total (合計) the records print.
        Phrasing("points_summed", r"(?<![一-龥])(?:点数|点)\s*の\s*合計(?!\s*(?:額|金額|件数))", "合計",
                 examples=(("点数の合計が一番高いのはどれ？", "合計が一番高いのはどれ？"),)),
        # 「RPA（パソコンの自動化）の取り組み」「AI(人工知能)」: an acronym explained in brackets in plain words; the
        # acronym names the thing, the explanation is no word to find as well.
        Phrasing("acronym_explained", r"(?<=[A-Za-z]{2})\s*[(（](?=[^()（）]*[ぁ-ん一-龥])[^()（）A-Za-z0-9０-９]{2,16}[)）]", "",
                 examples=(("RPA(パソコンの自動化)の取り組み", "RPAの取り組み"),)),
        # 「進捗度が1しかない」「効率性は2点しかつかなかった」: only that score, said as a low one; the score equals it.
        Phrasing("score_only",
                 r"(" + "{SCORES}" + r")(が|は)\s*([0-9０-９])\s*(点)?\s*しか(?:ない|なかった|つかなかった|ついていない|ついてない|付かなかった)",
                 r"\1\2\3\4だった",
                 examples=(("進捗度が1しかない実践項目", "進捗度が1だった実践項目"),
                           ("効率性は2点しかつかなかったもの", "効率性は2点だったもの"))),
        # 「R2からR5まで、毎年度の総合評価がずっとA」: each year's grade (the yearly columns the report heads
        # 総合評価), said once more beside ずっと; not the summary grade (総括の総合評価) of the whole plan.
        Phrasing("yearly_grades_all_along",
                 r"(?:毎年度|各年度|年度ごと|年度毎|毎年)\s*(?:の)?\s*(?:総合)?評価(?=\s*(?:が|は|も)\s*(?:ずっと|いつも|常に|一貫して|毎年|すべて|全て|全部))",
                 "評価",
                 examples=(("令和2年度から令和5年度まで、毎年度の総合評価がずっとAだった", "令和2年度から令和5年度まで、評価がずっとAだった"),
                           ("各年度の評価がいつもA", "評価がいつもA"))),
    )
