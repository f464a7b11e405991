"""Validate a batch of time-series rows column by column, with the serializer's own rules.

DRF validates a list row by row, field object by field object (~77 us a row for a hypertable):
that caps ingest near 13k rows/s. `BatchValidator` is compiled once per serializer class from
the *serializer's fields* (which DRF derives from the model), so the rules are the API's rules:

- every value takes a fast path for the common, unambiguous case (a canonical UUID string, an
  ISO 8601 string, a vocabulary value, a number within the declared digits and range...);
- anything else is handed to the DRF field itself (`field.run_validation`), which accepts it
  or raises the exact error the plain serializer would have raised (`checks.py`);
- foreign keys and `(entity_type, entity_id)` references are checked with one query per
  column (or per entity type) for the whole batch; the model's cross-column CHECK constraints
  with one query per chunk (`constraints.py`).

A serializer the compiler does not understand (its own `validate()`, unknown field types,
unique constraints) gets no validator, and the caller keeps the plain serializer path.

A batch is validated in chunks (`start()`, then `chunk()` for each slice): the checks that
query the database run first, for the whole batch, so a caller can stream each valid chunk
into a COPY while the next one is being validated (`services.series_bulk_insert`).
`validate(rows)` does it all at once. Errors: `{row_index: {field: [message, ...]}}`.
"""

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache

from django.db import models
from django.db.models import CheckConstraint
from django.utils import timezone
from rest_framework import serializers
from rest_framework.settings import api_settings

from airport_platform.api.serializers import PlatformModelSerializer
from airport_platform.entities import entity_model
from airport_platform.models.base import derived_check_constraints

from .checks import (
    MISSING,
    ColumnCheck,
    ForeignKeyCheck,
    Unsupported,
    column_check,
    datetime_representation,
    new_uuid_strings,
)
from .constraints import BatchConstraints

NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY
NOT_A_DICT = serializers.Serializer.default_error_messages["invalid"]
CHUNK_ROWS = 2_000


@dataclass
class ValidatedBatch:
    columns: list[str]  # database columns, COPY order
    rows: list[tuple]  # database values per row
    representations: list[dict]  # the API representation per row
    errors: dict[int, dict[str, list]] = dataclass_field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class BatchInProgress:
    rows: list[dict]
    author: str | None
    now: dt.datetime
    errors: dict[int, dict[str, list]]
    prechecked: dict[str, tuple[list, list]]  # column check name -> (representations, db values)
    not_objects: dict[int, list] = dataclass_field(default_factory=dict)  # index -> its one error
    # Row-level rules (entity references, cross-column CHECK constraints), as DRF's `validate()`:
    # only for rows whose fields are all valid.
    rule_errors: dict[int, dict[str, list]] = dataclass_field(default_factory=dict)
    representations: list[dict] = dataclass_field(default_factory=list)
    ids: list[str] | None = None  # given ids (imports: deterministic), else random ones

    @property
    def valid(self) -> bool:
        return not (self.errors or self.rule_errors or self.not_objects)


def _column(rows, name):
    try:
        return [row[name] for row in rows]
    except KeyError:
        return [row.get(name, MISSING) for row in rows]


class BatchValidator:
    """Compiled once per serializer class (`for_serializer`); used for every batch."""

    def __init__(self, serializer_class):
        meta = serializer_class.Meta
        self.model = meta.model
        serializer = serializer_class()
        if serializer_class.validate is not PlatformModelSerializer.validate or any(
            name.startswith("validate_") for name in vars(serializer_class)
        ):
            raise Unsupported(f"{serializer_class.__name__} has its own validate()")
        derived = {c.name for c in derived_check_constraints(self.model)}
        extra = [c for c in self.model._meta.constraints if c.name not in derived]
        if any(not isinstance(c, CheckConstraint) for c in extra):
            raise Unsupported(f"{self.model.__name__} has constraints other than CHECKs to validate")
        self.entity_reference = getattr(meta, "entity_reference", None)
        model_fields = {f.name: f for f in self.model._meta.concrete_fields}
        self.fields = serializer.fields
        self.names = list(serializer.fields)
        self.checks: list[ColumnCheck] = []
        self.read_only: dict[str, models.Field] = {}
        # Read-only columns the server fills in: the author's name, its clock.
        self.server_set = {*self.model.create_author_fields(), *self.model.server_time_fields_on_create}
        for name, field in serializer.fields.items():
            model_field = model_fields.get(field.source)
            if model_field is None:
                raise Unsupported(f"{name}: not a concrete column")
            if not field.read_only:
                self.checks.append(column_check(name, field, model_field))
            elif (
                model_field.primary_key
                or model_field.has_default()
                or model_field.null
                or model_field.name in self.server_set
            ):
                self.read_only[name] = model_field
            else:
                raise Unsupported(f"{name}: read-only without a default")
        unlisted = set(model_fields) - {f.source for f in serializer.fields.values()}
        for name in unlisted:
            if not (model_fields[name].null or model_fields[name].has_default()):
                raise Unsupported(f"{name}: column not in the serializer and no default")
        self.unlisted = [model_fields[name] for name in sorted(unlisted)]
        self.columns = (
            [model_fields[self.fields[name].source].column for name in self.read_only]
            + [check.column for check in self.checks]
            + [field.column for field in self.unlisted]
        )
        # Cross-column CHECK constraints: one query per chunk (so chunks cannot stream into a COPY).
        self.constraints = BatchConstraints(self.model, extra, self.columns) if extra else None
        # Checks that query the database run for the whole batch before anything is written.
        referenced = set(self.entity_reference or ())
        self.querying = [c for c in self.checks if isinstance(c, ForeignKeyCheck) or c.name in referenced]

    @classmethod
    @cache
    def for_serializer(cls, serializer_class) -> "BatchValidator | None":
        try:
            return cls(serializer_class)
        except Unsupported:
            return None

    # --- one batch ------------------------------------------------------------------------
    def start(
        self, rows: list, *, author: str | None = None, ids: list[str] | None = None
    ) -> BatchInProgress:
        """Check the shape of the batch and every check that queries the database.

        `ids`: the primary keys to give the rows (one per row); by default random UUIDs.
        """
        not_objects = {}
        if any(type(row) is not dict for row in rows):
            for index, row in enumerate(rows):
                if type(row) is not dict:
                    not_objects[index] = [NOT_A_DICT.format(datatype=type(row).__name__)]
            rows = [row if type(row) is dict else {} for row in rows]
        batch = BatchInProgress(rows, author, timezone.now(), {}, {}, not_objects, ids=ids)
        for check in self.querying:
            reps, dbs, column_errors = check.run(_column(rows, check.name))
            batch.prechecked[check.name] = (reps, dbs)
            self._collect(batch, check.name, column_errors, offset=0)
        self._check_entity_reference(batch)
        return batch

    def chunk(self, batch: BatchInProgress, start: int, stop: int) -> list[tuple]:
        """Validate rows[start:stop]; their database rows, or [] once the batch has errors."""
        rows = batch.rows[start:stop]
        count = len(rows)
        reps: dict[str, list] = {}
        dbs: list[list] = []
        for check in self.checks:
            if check.name in batch.prechecked:
                check_reps, check_dbs = batch.prechecked[check.name]
                check_reps, check_dbs = check_reps[start:stop], check_dbs[start:stop]
            else:
                check_reps, check_dbs, column_errors = check.run(_column(rows, check.name))
                self._collect(batch, check.name, column_errors, offset=start)
            reps[check.name] = check_reps
            dbs.append(check_dbs)
        read_only_reps, read_only_dbs = self._read_only_values(batch, start, start + count)
        unlisted = [[f.get_default() if f.has_default() else None] * count for f in self.unlisted]
        db_rows = list(zip(*read_only_dbs, *dbs, *unlisted, strict=True))
        if self.constraints is not None:
            self._check_constraints(batch, db_rows, start)
        if not batch.valid:
            return []
        reps.update(read_only_reps)
        names = self.names
        batch.representations.extend(
            dict(zip(names, values, strict=True))
            for values in zip(*[reps[name] for name in names], strict=True)
        )
        return db_rows

    def _check_constraints(self, batch: BatchInProgress, db_rows: list[tuple], start: int):
        """The model's cross-column CHECKs, for the chunk's rows that passed everything else."""
        candidates = [
            position
            for position in range(len(db_rows))
            if start + position not in batch.errors
            and start + position not in batch.rule_errors
            and start + position not in batch.not_objects
        ]
        violations = self.constraints.violations([db_rows[position] for position in candidates])
        for index, messages in violations.items():
            batch.rule_errors[start + candidates[index]] = {NON_FIELD: messages}

    def validate(
        self, rows: list, *, author: str | None = None, ids: list[str] | None = None
    ) -> ValidatedBatch:
        batch = self.start(rows, author=author, ids=ids)
        db_rows = []
        for start in range(0, len(batch.rows), CHUNK_ROWS):
            db_rows += self.chunk(batch, start, start + CHUNK_ROWS)
        if not batch.valid:
            return ValidatedBatch(self.columns, [], [], self.finish(batch))
        return ValidatedBatch(self.columns, db_rows, batch.representations)

    def finish(self, batch: BatchInProgress) -> dict[int, dict[str, list]]:
        """The batch's errors as the plain serializer reports them: a non-object only says so,
        and a reference is only checked on rows whose fields are all valid."""
        errors = dict(batch.errors)
        for index, reference_error in batch.rule_errors.items():
            errors.setdefault(index, reference_error)
        for index, messages in batch.not_objects.items():
            errors[index] = {NON_FIELD: messages}
        return {index: errors[index] for index in sorted(errors)}

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _collect(batch, name, column_errors, *, offset):
        for index, messages in column_errors.items():
            batch.errors.setdefault(index + offset, {})[name] = messages

    def _read_only_values(self, batch: BatchInProgress, start: int, stop: int):
        """(representations per field name, database values in read_only order) as columns."""
        reps, dbs = {}, []
        count = stop - start
        for name, model_field in self.read_only.items():
            if model_field.primary_key:
                column = batch.ids[start:stop] if batch.ids is not None else new_uuid_strings(count)
                reps[name] = column
                dbs.append(column)
                continue
            if batch.author is not None and model_field.name in self.model.create_author_fields():
                value = batch.author
            elif model_field.name in self.model.server_time_fields_on_create or (
                model_field.has_default() and model_field.default is timezone.now
            ):
                value = batch.now
            elif model_field.has_default():
                value = model_field.get_default()
            else:
                value = None
            if isinstance(value, dt.datetime):
                rep = db = datetime_representation(value)
            else:
                rep = None if value is None else self.fields[name].to_representation(value)
                db = value
            reps[name] = [rep] * count
            dbs.append([db] * count)
        return reps, dbs

    def _check_entity_reference(self, batch: BatchInProgress):
        if not self.entity_reference:
            return
        type_field, id_field = self.entity_reference
        kinds, ids = batch.prechecked[type_field][0], batch.prechecked[id_field][0]
        wanted: dict[str, set[str]] = {}
        for index, (kind, pk) in enumerate(zip(kinds, ids, strict=True)):
            if kind and pk and index not in batch.errors:
                wanted.setdefault(kind, set()).add(pk)
        for kind, pks in wanted.items():
            try:
                model = entity_model(kind)
            except LookupError as exc:  # a valid type whose domain app is not installed
                missing, error = pks, {type_field: [str(exc)]}
            else:
                found = {
                    str(pk) for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)
                }
                missing, error = pks - found, None
            for index, (row_kind, pk) in enumerate(zip(kinds, ids, strict=True)):
                if row_kind == kind and pk in missing and index not in batch.errors:
                    batch.rule_errors[index] = error or {id_field: [f"no {kind} with id {pk}"]}
