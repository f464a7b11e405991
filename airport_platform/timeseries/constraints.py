"""Model CHECK constraints across columns (e.g. net = emissions - offset), checked for a whole
batch in one query instead of one query per row (what `Model.validate_constraints()` does).

The rows become a `VALUES` list in a CTE named like the table, which shadows the table in the
query Django compiles for the constraints' conditions; each condition is evaluated as
`COALESCE(condition, true)`, as PostgreSQL and Django treat an unknown (NULL) result as passing.
"""

from django.db import connections
from django.db.models import BooleanField, CheckConstraint, ExpressionWrapper, Value
from django.db.models.functions import Coalesce

MAX_PARAMETERS = 60_000  # PostgreSQL accepts 65,535 parameters per statement


class BatchConstraints:
    def __init__(self, model, constraints: list[CheckConstraint], columns: list[str]):
        self.model = model
        self.constraints = constraints
        self.columns = columns
        fields = {field.column: field for field in model._meta.concrete_fields}
        self.fields = [fields[column] for column in columns]
        self.flags = [f"_constraint_{index}" for index in range(len(constraints))]

    def violations(self, rows: list[tuple], *, using: str = "default") -> dict[int, list[str]]:
        """{position in rows: [violation messages]} for the rows that break a constraint."""
        failing: dict[int, list[str]] = {}
        per_statement = max(1, MAX_PARAMETERS // len(self.columns))
        for offset in range(0, len(rows), per_statement):
            for position, messages in self._check(rows[offset : offset + per_statement], using).items():
                failing[offset + position] = messages
        return failing

    def _check(self, rows, using) -> dict[int, list[str]]:
        if not rows:
            return {}
        connection = connections[using]
        quote = connection.ops.quote_name
        flags = {
            flag: Coalesce(ExpressionWrapper(constraint.condition, output_field=BooleanField()), Value(True))
            for flag, constraint in zip(self.flags, self.constraints, strict=True)
        }
        query = self.model._base_manager.order_by().annotate(**flags).values_list("pk", *self.flags)
        sql, params = query.query.sql_with_params()
        row_sql = "(" + ", ".join(f"%s::{field.db_type(connection)}" for field in self.fields) + ")"
        cte = (
            f"WITH {quote(self.model._meta.db_table)} ({', '.join(quote(c) for c in self.columns)}) "
            f"AS (VALUES {', '.join([row_sql] * len(rows))}) "
        )
        with connection.cursor() as cursor:
            cursor.execute(cte + sql, [value for row in rows for value in row] + list(params))
            results = cursor.fetchall()
        position = {
            str(row[self.columns.index(self.model._meta.pk.column)]): index for index, row in enumerate(rows)
        }
        failing = {}
        for pk, *passed in results:
            messages = [
                constraint.get_violation_error_message()
                for constraint, ok in zip(self.constraints, passed, strict=True)
                if not ok
            ]
            if messages:
                failing[position[str(pk)]] = messages
        return failing
