"""docs/security.md shows the permission matrix exactly as declared (airport_platform/access.py
and each domain's access.py): a change of the declarations fails here until the doc follows."""

from pathlib import Path

from airport_platform.access import GROUPS, model_access

from .conftest import RESOURCES

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"
BEGIN, END = "<!-- permission-matrix:begin -->", "<!-- permission-matrix:end -->"
SHORT = {name: f"`{name}`" for name in GROUPS}


def groups(names) -> str:
    return ", ".join(SHORT[name] for name in GROUPS if name in names) or "—"


def render_matrix() -> str:
    lines = [
        "| resource | add | change | delete | other operations | why |",
        "|---|---|---|---|---|---|",
    ]
    for resource in RESOURCES:
        access = model_access(resource.model)
        name = f"`{resource.app}/{resource.prefix}`"
        if access.read_only:
            lines.append(f"| {name} | nobody | nobody | nobody | — | {access.why} |")
            continue
        change = "— (append-only)" if resource.is_time_series else groups(access.change)
        delete = "— (append-only)" if resource.is_time_series else groups(access.delete)
        operations = "; ".join(
            f"{operation}: {groups(names)}" for operation, names in sorted(access.operations.items())
        )
        lines.append(
            f"| {name} | {groups(access.add)} | {change} | {delete} | {operations or '—'} | {access.why} |"
        )
    return "\n".join(lines)


def test_security_doc_shows_the_declared_matrix():
    text = DOC.read_text()
    assert BEGIN in text and END in text, f"docs/security.md lacks the {BEGIN} ... {END} block"
    shown = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    expected = render_matrix()
    assert shown == expected, "docs/security.md is out of date; the matrix is:\n\n" + expected
