"""Documentation generated from code stays true to the code."""

from pathlib import Path

from django.apps import apps
from django.conf import settings

from airport_platform.vocabularies import columns_using, render_markdown, vocabulary_classes

DOCS = Path(settings.BASE_DIR) / "docs"


def test_vocabulary_docs_are_current():
    assert (DOCS / "vocabularies.md").read_text() == render_markdown(), (
        "run: manage.py vocabularies --write docs/vocabularies.md"
    )


def test_every_choice_column_uses_a_documented_vocabulary():
    documented = {column for _, cls in vocabulary_classes() for column in columns_using(cls)}
    choice_columns = {
        f"{model._meta.db_table}.{field.column}{'[]' if hasattr(field, 'base_field') else ''}"
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if getattr(getattr(field, "base_field", field), "choices", None)
        and model._meta.app_label in settings.DOMAIN_APPS
    }
    assert choice_columns - documented == set()


def test_schema_docs_list_every_hypertable_with_its_chunk_interval():
    text = (DOCS / "schema.md").read_text()
    for model in apps.get_models():
        if getattr(model, "is_hypertable", lambda: False)():
            row = f"| `{model._meta.db_table}` | `{model.hypertable.time_column}` | {model.hypertable.chunk_interval} |"
            assert row in text, row
