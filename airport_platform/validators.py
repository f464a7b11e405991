"""Validators shared by models, serializers and services."""

import jsonschema
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible


@deconstructible
class JSONSchemaValidator:
    """Validate a JSON document against a JSON Schema (draft 2020-12).

    Subclass with a `schema` (and optionally `extra_checks`) so migrations reference the
    validator by import path instead of copying the schema.
    """

    schema: dict = {}

    def extra_checks(self, value) -> list[str]:
        return []

    def __call__(self, value):
        validator = jsonschema.Draft202012Validator(self.schema)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        messages = []
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path)
            messages.append(f"{where}: {error.message}" if where else error.message)
        if not messages:
            messages = self.extra_checks(value)
        if messages:
            raise ValidationError(messages, code="invalid_document")

    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self))
