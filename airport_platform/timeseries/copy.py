"""PostgreSQL COPY helpers: the fastest way into (and out of) a hypertable.

COPY is one statement: it loads every row or none, inside or outside a transaction.
"""

from collections.abc import Iterable
from contextlib import contextmanager

from django.db import connections
from psycopg import sql


@contextmanager
def copy_in(table: str, columns: list[str], *, using: str = "default"):
    """A psycopg `Copy` into `table`; `write_row(tuple)` in `columns` order (str/int/None/UUID).

    An exception inside the block aborts the COPY: the server keeps none of its rows.
    """
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with connections[using].cursor() as cursor, cursor.cursor.copy(statement) as copy:
        yield copy


def copy_rows(table: str, columns: list[str], rows: Iterable[tuple], *, using: str = "default") -> int:
    """COPY `rows` (tuples in `columns` order) into `table`; returns how many."""
    count = 0
    with copy_in(table, columns, using=using) as copy:
        write = copy.write_row
        for row in rows:
            write(row)
            count += 1
    return count


def copy_text_in(table: str, columns: list[str] | None, stream, *, options: str = "", using: str = "default"):
    """COPY a file-like object of COPY data (e.g. CSV) into `table`, streaming in 1 MiB blocks."""
    target = sql.Identifier(table)
    if columns:
        target = sql.SQL("{} ({})").format(target, sql.SQL(", ").join(map(sql.Identifier, columns)))
    statement = sql.SQL("COPY {} FROM STDIN {}").format(target, sql.SQL(options))
    with connections[using].cursor() as cursor, cursor.cursor.copy(statement) as copy:
        while block := stream.read(1 << 20):
            copy.write(block)
        return None


def copy_query_out(query: sql.Composable, stream, *, options: str = "", using: str = "default") -> int:
    """COPY (query) TO STDOUT into a binary file-like object; returns the bytes written."""
    statement = sql.SQL("COPY ({}) TO STDOUT {}").format(query, sql.SQL(options))
    written = 0
    with connections[using].cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for block in copy:
            stream.write(block)
            written += len(block)
    return written
