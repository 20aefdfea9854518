"""Language detection: each language on a paragraph of our own, "und" for too little text, front matter first,
the detected language stored and written with an article pasted in the app."""

import datetime as dt

import pytest

from pipeline.articles import read_file
from pipeline.jobs import save_submission
from pipeline.language import SAMPLE_CHARS, detect, label
from pipeline.runner import run
from pipeline.store import Store

PARAGRAPHS = {
    "en": "The regional council approved a new workshop for repairing tractors on the edge of town. Work is due to "
          "start in the spring, and the owners hope to hire about sixty people by the end of next year.",
    "ru": "Областной совет одобрил строительство новой мастерской по ремонту тракторов на окраине города. Работы "
          "планируют начать весной, а к концу следующего года владельцы надеются нанять около шестидесяти человек.",
    "uk": "Обласна рада схвалила будівництво нової майстерні з ремонту тракторів на околиці міста. Роботи планують "
          "розпочати навесні, а до кінця наступного року власники сподіваються найняти близько шістдесяти людей.",
    "be": "Абласны савет ухваліў будаўніцтва новай майстэрні па рамонце трактароў на ўскраіне горада. Працы "
          "плануюць пачаць вясной, а да канца наступнага года ўладальнікі спадзяюцца наняць каля шасцідзесяці чалавек.",
}


@pytest.mark.parametrize("code", PARAGRAPHS)
def test_language_each_language_on_a_short_paragraph(code):
    assert detect(PARAGRAPHS[code]) == code


@pytest.mark.parametrize("text", ["", "   \n", "Minsk", "NATO", "Kazan, Russia", "12.03.2025, 14:00", "— 42 —"])
def test_language_too_little_signal_is_undetermined_never_english(text):
    assert detect(text) == "und"


def test_language_reads_only_the_start_of_a_long_text():
    russian_start = (PARAGRAPHS["ru"] + "\n\n") * (SAMPLE_CHARS // len(PARAGRAPHS["ru"]) + 1)
    assert detect(russian_start + PARAGRAPHS["en"] * 50) == "ru"


@pytest.mark.parametrize("front, expected", [("language: uk\n", "uk"), ("language: EN-gb\n", "en"),
                                             ("language: ''\n", "ru"), ("", "ru")])
def test_language_front_matter_wins_over_detection(tmp_path, front, expected):
    path = tmp_path / "report.md"
    path.write_text(f"---\ntitle: Workshop\n{front}---\n{PARAGRAPHS['ru']}\n", encoding="utf-8")
    assert read_file(path)[0].language == expected


def test_language_russian_article_without_front_matter_language_is_stored_as_ru(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ru.md").write_text(f"---\ntitle: Мастерская\npublished: 2025-04-01\n---\n{PARAGRAPHS['ru']}\n",
                                  encoding="utf-8")
    (folder / "en.txt").write_text(PARAGRAPHS["en"], encoding="utf-8")
    db = tmp_path / "tracker.sqlite"
    assert run([folder], db).errors == []
    store = Store(db, readonly=True)
    try:
        assert sorted(a.language for a in store.articles().values()) == ["en", "ru"]
    finally:
        store.close()


def test_language_article_pasted_in_the_app_is_saved_with_its_detected_language(tmp_path):
    path = save_submission(tmp_path, PARAGRAPHS["uk"], title="Майстерня", publisher="", url="",
                           published=dt.date(2025, 4, 1))
    assert "language: uk\n" in path.read_text(encoding="utf-8")
    assert read_file(path)[0].language == "uk"


@pytest.mark.parametrize("code, shown", [("en", "English (en)"), ("ru", "Russian (ru)"), ("uk", "Ukrainian (uk)"),
                                         ("und", "undetermined (und)"), ("xx", "xx")])
def test_language_label_is_a_readable_name_with_the_code(code, shown):
    assert label(code) == shown
