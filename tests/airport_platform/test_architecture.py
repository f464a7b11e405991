"""The import contract (docs/architecture.md): dependencies point down.

- The core, `airport_platform/`, imports no domain app: not at module level, not inside a
  function, not in a migration. Domains register what they are with the core at `ready()`.
- The domain apps' runtime modules (migrations and tests left out) import each other without
  a cycle: when two domains must react to each other, one of them sends a signal.
- Runtime code (the core and the domains) never imports demo or test code, nor factory-boy.

A small AST walk rather than import-linter: it needs no extra dependency, sees function-local
imports and `import_module("...")` calls alike, and names the offending line.
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CORE = "airport_platform"
# Every first-party top-level package other than the core and the tests is outside the core:
# the domain apps, and any app added later (e.g. demo data).
FIRST_PARTY = sorted(
    path.parent.name
    for path in ROOT.glob("*/__init__.py")
    if path.parent.name not in {CORE, "tests"} and (path.parent / "apps.py").exists()
)


def _python_files(package: str, *, runtime_only: bool):
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if runtime_only and ("migrations" in parts or "tests" in parts):
            continue
        yield path


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path):
    """(imported module, line) for every import in the file, wherever it sits, with relative
    imports resolved and `importlib.import_module("literal")` counted."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            yield module, node.lineno
            for alias in node.names:  # `from crisis import models` imports crisis.models
                yield f"{module}.{alias.name}", node.lineno
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, node.lineno


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _first_party_imports(path: Path):
    """(line, app, module) once per import statement and imported app, for first-party apps."""
    seen = set()
    for module, line in imports(path):
        if _top(module) in FIRST_PARTY and (line, _top(module)) not in seen:
            seen.add((line, _top(module)))
            yield line, _top(module), module


def core_violations() -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in _python_files(CORE, runtime_only=False)
        for line, _, module in _first_party_imports(path)
    ]


def domain_graph() -> dict[str, dict[str, list[str]]]:
    """app -> {imported app: ["file:line module", ...]} over the runtime modules."""
    graph: dict[str, dict[str, list[str]]] = {app: {} for app in FIRST_PARTY}
    for app in FIRST_PARTY:
        for path in _python_files(app, runtime_only=True):
            for line, target, module in _first_party_imports(path):
                if target != app:
                    graph[app].setdefault(target, []).append(
                        f"{path.relative_to(ROOT)}:{line} imports {module}"
                    )
    return graph


def cycles(graph) -> list[list[str]]:
    """Every elementary cycle's strongly connected component (Tarjan), as sorted app lists."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_the_domain_apps_are_all_seen_as_first_party():
    assert set(settings.DOMAIN_APPS) <= set(FIRST_PARTY)


def test_the_walk_sees_function_local_relative_and_dynamic_imports(tmp_path, monkeypatch):
    package = tmp_path / CORE / "sub"
    package.mkdir(parents=True)
    (tmp_path / CORE / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    module = package / "mod.py"
    module.write_text(
        "from . import sibling\n"
        "def f():\n"
        "    from crisis.models import CrisisScenario\n"
        "    import importlib\n"
        "    return importlib.import_module('passenger.models')\n"
        "from ..other import thing\n"
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert list(imports(module)) == [
        ("airport_platform.sub", 1),
        ("airport_platform.sub.sibling", 1),
        ("airport_platform.other", 6),
        ("airport_platform.other.thing", 6),
        ("crisis.models", 3),
        ("crisis.models.CrisisScenario", 3),
        ("importlib", 4),
        ("passenger.models", 5),
    ]


def test_cycles_are_found():
    graph = {"a": {"b": []}, "b": {"c": []}, "c": {"a": []}, "d": {"a": []}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b": []}, "b": {}}) == []


def test_the_core_imports_no_domain_app():
    violations = core_violations()
    assert not violations, "the core must not import a domain app:\n" + "\n".join(violations)


def test_the_domain_apps_import_each_other_without_cycles():
    graph = domain_graph()
    report = []
    for component in cycles(graph):
        report.append(f"cycle between {', '.join(component)}:")
        for app in component:
            for target in component:
                report += [f"  {where}" for where in graph[app].get(target, [])]
    assert not report, "\n".join(report)


DEV_ONLY = {"demo", "tests", "factory", "faker"}


def test_runtime_code_imports_no_demo_or_test_code():
    violations = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for package in (CORE, *(app for app in FIRST_PARTY if app != "demo"))
        for path in _python_files(package, runtime_only=True)
        for module, line in imports(path)
        if _top(module) in DEV_ONLY
    ]
    assert not violations, "runtime code must not import demo or test code:\n" + "\n".join(violations)
