"""Demo data and factories are development and test tools: production neither installs nor needs them.

The main check runs in a fresh interpreter with production settings, in which `factory`
(factory-boy, a dev dependency), `demo` and `tests` cannot be imported, as in the production
image; it then imports every runtime module (each app's modules except its migrations). A
source walk adds the imports that only run when a function is called.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_SECRET = "k7#Qp2vX9!mZr4@Lw8^Ty1&Hn6*Bd3(Fs5)Gj0_Ua-Ce=Io+Pl[Rx]Vb{Ns}Mq"
DEV_ONLY = ("factory", "demo", "tests")

IMPORT_EVERY_RUNTIME_MODULE = """
import importlib, importlib.abc, json, pkgutil, sys, traceback

DEV_ONLY = {dev_only!r}
wanted = []


class DevOnlyBlocker(importlib.abc.MetaPathFinder):
    # Production has no factory-boy, demo app or tests: any import of them is recorded and fails.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in DEV_ONLY:
            wanted.append((name, "".join(traceback.format_stack(limit=12)[:-1])))
            raise ModuleNotFoundError(f"No module named {{name!r}} (development only)", name=name)
        return None


sys.meta_path.insert(0, DevOnlyBlocker())

import django
from django.conf import settings

django.setup()
failures = {{}}
imported = []
for package_name in ["airport_platform", *settings.DOMAIN_APPS]:
    package = importlib.import_module(package_name)
    for module in pkgutil.walk_packages(package.__path__, prefix=package_name + ".", onerror=lambda name: None):
        if ".migrations" in module.name or ".tests" in module.name:
            continue
        try:
            importlib.import_module(module.name)
            imported.append(module.name)
        except Exception as error:
            failures[module.name] = repr(error)
print(json.dumps({{
    "installed_apps": settings.INSTALLED_APPS,
    "imported": imported,
    "failures": failures,
    "dev_only_imports": wanted,
    "loaded": sorted(m for m in sys.modules if m.split(".")[0] in DEV_ONLY),
}}))
"""


def import_runtime_in_production() -> dict:
    environment = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ENV", "SECRET_KEY"}}
    environment.update(
        DJANGO_ENV="production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="airport.example",
        DJANGO_SETTINGS_MODULE="airport_platform.settings",
    )
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_RUNTIME_MODULE.format(dev_only=DEV_ONLY)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_runs_every_runtime_module_without_demo_or_factory_boy():
    report = import_runtime_in_production()
    assert "demo" not in report["installed_apps"]
    # The walk really covered the platform and every domain app (their services, admin, API...).
    assert "airport_platform.urls" in report["imported"]
    assert {"orchestration.services", "passenger.models", "governance.admin"} <= set(report["imported"])
    assert report["failures"] == {}
    assert report["dev_only_imports"] == [], "\n\n".join(
        f"{name} imported from:\n{stack}" for name, stack in report["dev_only_imports"]
    )
    assert report["loaded"] == []


def runtime_files():
    for package in ["airport_platform", *settings.DOMAIN_APPS]:
        for path in sorted((ROOT / package).rglob("*.py")):
            if not {"migrations", "tests"} & set(path.relative_to(ROOT).parts):
                yield path


def test_no_runtime_source_imports_demo_or_test_code_even_inside_a_function():
    offending = []
    for path in runtime_files():
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module]
            else:
                continue
            offending += [
                f"{path.relative_to(ROOT)}:{node.lineno} imports {name}"
                for name in names
                if name.split(".")[0] in DEV_ONLY
            ]
    assert offending == []


def test_development_and_tests_install_the_demo_app():
    assert apps.is_installed("demo")
    assert apps.get_app_config("demo").path == str(ROOT / "demo")
