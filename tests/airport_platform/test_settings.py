"""Production settings refuse unsafe defaults and pass `check --deploy` when configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_SECRET = "k7#Qp2vX9!mZr4@Lw8^Ty1&Hn6*Bd3(Fs5)Gj0_Ua-Ce=Io+Pl[Rx]Vb{Ns}Mq"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_ENV"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_the_development_secret_key():
    result = manage("check", DJANGO_ENV="production", ALLOWED_HOSTS="airport.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_off_counts_as_production():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="airport.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_configured_production_passes_check_deploy_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY=PRODUCTION_SECRET,
        ALLOWED_HOSTS="airport.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_development_defaults_run_locally():
    result = manage("check")
    assert result.returncode == 0, result.stderr
