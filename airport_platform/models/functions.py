from django.db import models


class Now(models.Func):
    """`NOW()` as a database default, exactly as the spec writes it.

    Django's own `Now` compiles to `STATEMENT_TIMESTAMP()` on PostgreSQL; the spec's tables
    (and any SQL written against them) use the transaction timestamp.
    """

    template = "NOW()"
    output_field = models.DateTimeField()
