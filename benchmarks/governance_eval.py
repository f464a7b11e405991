"""Policy engine benchmark: what governance adds to a decision proposal.

    .venv/bin/python -m benchmarks.governance_eval                 # 1,000 proposals each way
    .venv/bin/python -m benchmarks.governance_eval --proposals 2000

Against its own database (BENCH_DATABASE_URL, default .../airport_bench_governance, created and
migrated if missing), with the demo's six policies and seven principles active and the demo's
"Normal operations" thresholds, it times `orchestration.services.decision_propose` (the
service behind `POST decisions/`) in-process, alternating:

- with the engine: governance's `decision_evaluating` receiver connected (each proposal is
  evaluated at least twice, proposed + its transition, each writing a `decision_audits` row);
- without: the receiver disconnected (the raw cost of a proposal).

Prints p50/p95 of each, the ratio of the p50s, and the p50 of the engine's own time per
proposal (all its evaluations and audit rows). Everything is rolled back at the end. Figures
are recorded in docs/governance.md. Nothing here is a test: no assertions on time.
"""

import argparse
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/airport_bench_governance"


def ensure_database(database_url: str):
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"{label}: p50 {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms (n={len(ordered)})"
    )


class Rollback(Exception):
    pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=1000, help="proposals each way")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "airport_platform.settings")
    os.environ.setdefault("CACHE_KEY_PREFIX", "bench-governance")
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import transaction

    from governance import receivers
    from orchestration import services
    from orchestration.models import Decision
    from orchestration.signals import decision_evaluating
    from tests.governance.factories import (
        POLICIES,
        PRINCIPLES,
        EthicalPrincipleFactory,
        GovernancePolicyFactory,
    )
    from tests.orchestration.factories import OperatingModeFactory

    rng = random.Random(args.seed)
    engine_times: list[float] = []

    def timed_receiver(sender, **kwargs):
        started = time.perf_counter()
        try:
            return receivers.decision_evaluated(sender, **kwargs)
        finally:
            engine_times[-1] += time.perf_counter() - started

    def proposal() -> dict:
        priority = rng.choice(["low", "medium", "high", "high", "critical"])
        return dict(
            type=rng.choice(["gate_assignment", "passenger_flow", "staffing", "security"]),
            priority=priority,
            risk=Decimal(f"{rng.uniform(0.02, 0.6):.4f}"),
            confidence=Decimal(f"{rng.uniform(0.7, 0.99):.4f}"),
            impact_assessment={
                "passengers_affected": rng.randint(10, 2000),
                "prm_wait_gap_min": round(rng.uniform(0, 7), 1),
            },
            description="Benchmark proposal",
        )

    with_engine, without_engine = [], []
    try:
        with transaction.atomic():
            OperatingModeFactory(
                name="Normal operations",
                is_active=True,
                decision_thresholds={
                    "auto_approve_max_risk": 0.3,
                    "auto_approve_min_confidence": 0.8,
                    "always_require_approval_priorities": ["critical"],
                    "approval_timeout_minutes": 20,
                },
            )
            for name, policy_type, level, domains, document in POLICIES:
                GovernancePolicyFactory(
                    name=name,
                    policy_type=policy_type,
                    implementation_level=level,
                    affected_domains=domains,
                    policy_rules=document,
                )
            for name, category, description, document in PRINCIPLES:
                EthicalPrincipleFactory(
                    name=name, category=category, description=description, implementation_rules=document
                )
            user = get_user_model().objects.create_user("bench-planner-svc", password="x")
            user.groups.add(Group.objects.get(name="services"))
            refused = 0
            for index in range(args.proposals * 2):
                engine = index % 2 == 0  # alternate, so drift (cache, table growth) hits both alike
                decision_evaluating.disconnect(dispatch_uid="governance-policy-engine")
                if engine:
                    decision_evaluating.connect(timed_receiver, dispatch_uid="governance-policy-engine")
                    engine_times.append(0.0)
                fields = proposal()
                started = time.perf_counter()
                try:
                    with transaction.atomic():
                        services.decision_propose(user=user, **fields)
                except Exception as error:  # a forbid (PolicyRefused) still costs a full evaluation
                    if type(error).__name__ != "PolicyRefused":
                        raise
                    refused += 1
                (with_engine if engine else without_engine).append(time.perf_counter() - started)
            decision_evaluating.disconnect(dispatch_uid="governance-policy-engine")
            decisions = Decision.objects.count()
            raise Rollback
    except Rollback:
        pass
    finally:
        decision_evaluating.connect(receivers.decision_evaluated, dispatch_uid="governance-policy-engine")

    print(
        f"{len(POLICIES)} policies and {len(PRINCIPLES)} principles active; {decisions} decisions proposed, {refused} refused"
    )
    print(summary("proposal without the engine", without_engine))
    print(summary("proposal with the engine   ", with_engine))
    print(summary("engine time per proposal   ", engine_times))
    ratio = statistics.median(with_engine) / statistics.median(without_engine)
    print(f"ratio of p50s (with / without): {ratio:.2f}x")


if __name__ == "__main__":
    main()
