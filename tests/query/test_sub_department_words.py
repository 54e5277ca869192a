"""「副担当課に人事課が入っている」 asks the sub department's column (related_departments), so the phrasings that read
「担当課にXが入っている」 as the main department leave it as said."""
from assistant.query.parse import normalize_question


def test_sub_department_left_to_its_column():
    assert normalize_question("副担当課に人事課が入っている推進項目") == "副担当課に人事課が入っている推進項目"
    assert normalize_question("担当課に人事課が入っている推進項目") != "担当課に人事課が入っている推進項目"
