"""The periodic jobs themselves, run through the task engine in this process (`apply()`: the
same lock, bookkeeping and log line as in a worker): schedules, escalation, time series,
and the health report built from their runs."""

import datetime as dt
import zlib

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from airport_platform.celery import app
from airport_platform.events.models import OutboxEvent
from airport_platform.tasks.models import JobOutcome, JobRun
from airport_platform.tasks.runner import JOB_LOCK_NAMESPACE
from airport_platform.tasks.schedules import schedules_sync
from governance.choices import ImplementationLevel, PolicyType
from governance.models import GovernancePolicy
from orchestration.choices import OrchestrationEventType
from orchestration.models import Approval, OrchestrationEvent, SystemState
from sustainability.models import SustainabilityMetric

from .conftest import now, pending_approvals

pytestmark = pytest.mark.django_db

JOBS = {
    "orchestration.expire_approvals": 30,
    "governance.escalate_approvals": 60,
    "timeseries.refresh_hourly_rollups": 300,
    "timeseries.refresh_daily_rollups": 3600,
    "timeseries.apply_retention": 86400,
}


def run(job: str) -> dict:
    return app.tasks[job].apply(throw=True).get()


def test_every_job_has_a_database_schedule_that_sync_creates_once_and_never_overwrites():
    schedules_sync()
    scheduled = {task.task: task.interval.every for task in PeriodicTask.objects.filter(task__in=JOBS)}
    assert scheduled == JOBS
    expiry = PeriodicTask.objects.get(task="orchestration.expire_approvals")
    assert expiry.interval.period == IntervalSchedule.SECONDS and expiry.expire_seconds == 30

    # An operator slows the expiry down in the admin: a later sync (migrate, beat start) keeps it.
    expiry.interval, _ = IntervalSchedule.objects.get_or_create(every=45, period=IntervalSchedule.SECONDS)
    expiry.save()
    assert schedules_sync() == []
    assert PeriodicTask.objects.get(task="orchestration.expire_approvals").interval.every == 45


def escalation_policy(**then):
    # Written around the validators on purpose: an unusable rule must be skipped, not crash the job.
    return GovernancePolicy.objects.create(
        policy_type=PolicyType.ESCALATION,
        name=f"Escalate after {then.get('after_minutes')} min",
        policy_rules={"version": 1, "rules": [{"id": "unanswered", "then": {"outcome": "escalate", **then}}]},
        implementation_level=ImplementationLevel.MANDATORY,
    )


def age(approval, minutes):
    Approval.objects.filter(pk=approval.pk).update(created_at=timezone.now() - dt.timedelta(minutes=minutes))


def escalations():
    return list(
        OrchestrationEvent.objects.filter(
            event_type=OrchestrationEventType.SYSTEM_ALERT, payload__alert="approval_escalated"
        )
    )


def test_pending_approvals_are_escalated_once_per_policy_with_an_event_and_a_real_time_event():
    director = escalation_policy(after_minutes=10, escalate_to="operations_director")
    old, fresh = pending_approvals(2, expires_at=now() + dt.timedelta(hours=1))
    age(old, 11)
    age(fresh, 2)

    assert run("governance.escalate_approvals") == {"escalated": 1}
    assert run("governance.escalate_approvals") == {"escalated": 0}  # once per approval and policy
    (event,) = escalations()
    assert event.related_entity_id == old.pk and event.source == "governance"
    assert event.payload["escalate_to"] == "operations_director"
    assert event.payload["policy_id"] == str(director.pk)
    published = OutboxEvent.objects.get(event_type=OrchestrationEventType.SYSTEM_ALERT)
    assert published.payload["alert"] == "approval_escalated" and published.aggregate_id == str(
        old.decision_id
    )

    escalation_policy(after_minutes=30, escalate_to="duty_manager")  # a second, later level
    age(old, 31)
    age(fresh, 12)
    assert run("governance.escalate_approvals") == {
        "escalated": 2
    }  # old to the manager, fresh to the director
    assert sorted((e.payload["escalate_to"], e.related_entity_id == old.pk) for e in escalations()) == [
        ("duty_manager", True),
        ("operations_director", False),
        ("operations_director", True),
    ]
    assert JobRun.objects.get(pk="governance.escalate_approvals").runs == 3


def test_escalation_ignores_inactive_policies_and_policies_without_usable_rules():
    escalation_policy(after_minutes=10, escalate_to="director").__class__.objects.update(is_active=False)
    escalation_policy(after_minutes="soon", escalate_to="director")
    escalation_policy(after_minutes=5)
    (approval,) = pending_approvals(1, expires_at=now() + dt.timedelta(hours=1))
    age(approval, 60)
    assert run("governance.escalate_approvals") == {"escalated": 0}


def test_a_job_whose_lock_another_worker_holds_is_recorded_as_skipped():
    other_worker = connections.create_connection("default")  # another session, as another worker has
    try:
        with other_worker.cursor() as cursor:
            cursor.execute(
                "SELECT pg_try_advisory_lock(%s, %s)",
                [JOB_LOCK_NAMESPACE, zlib.crc32(b"governance.escalate_approvals") - 2**31],
            )
            assert cursor.fetchone()[0] is True
        assert run("governance.escalate_approvals") == {"skipped": True}
        assert JobRun.objects.get(pk="governance.escalate_approvals").last_outcome == JobOutcome.SKIPPED
    finally:
        other_worker.close()  # a dead worker's session: its lock goes with it
    assert run("governance.escalate_approvals") == {"escalated": 0}
    assert JobRun.objects.get(pk="governance.escalate_approvals").last_outcome == JobOutcome.SUCCEEDED


@pytest.mark.django_db(transaction=True)  # drop_chunks cannot run after inserts in the same transaction
def test_rollups_are_refreshed_and_old_chunks_archived_then_dropped(settings, tmp_path):
    settings.TIMESERIES_ARCHIVE_DIR = tmp_path
    SustainabilityMetric.objects.create(
        timestamp=timezone.now() - dt.timedelta(hours=2), metric_type="energy_use", value=12, unit="kWh"
    )
    refreshed = run("timeseries.refresh_hourly_rollups")["refreshed"]
    assert sorted(refreshed) == [
        "experience_metrics_hourly",
        "fairness_metrics_hourly",
        "learning_metrics_hourly",
        "resource_consumption_hourly",
        "sustainability_metrics_hourly",
    ]
    with connection.cursor() as cursor:
        cursor.execute("SELECT sum(row_count) FROM sustainability_metrics_hourly")
        assert cursor.fetchone()[0] == 1  # the new reading is in the rollup
    old = SystemState.objects.create(
        timestamp=timezone.now() - dt.timedelta(days=200),
        autonomy_levels={},
        key_metrics={},
        situational_assessment={},
    )
    recent = SystemState.objects.create(
        timestamp=timezone.now() - dt.timedelta(days=1),
        autonomy_levels={},
        key_metrics={},
        situational_assessment={},
    )
    result = run("timeseries.apply_retention")
    assert result["dropped_chunks"] >= 1 and result["dropped_rows"] >= 1 and result["kept_unverified"] == []
    assert not SystemState.objects.filter(pk=old.pk).exists()
    assert SystemState.objects.filter(pk=recent.pk).exists()
    assert list((tmp_path / "system_states").glob("*.csv.gz"))  # archived before it was dropped
    assert run("timeseries.apply_retention")["dropped_chunks"] == 0


def test_health_reports_each_job_and_503_in_strict_mode_when_one_is_overdue():
    schedules_sync()
    # Schedules installed just now (the test database's were created when the run began, and a
    # job that never succeeded is late from its schedule's creation).
    PeriodicTask.objects.update(date_changed=timezone.now())
    run("orchestration.expire_approvals")
    client = Client()
    body = client.get("/health/").json()
    jobs = {job["job"]: job for job in body["jobs"]["periodic"]}
    assert set(JOBS) <= set(jobs)
    assert jobs["orchestration.expire_approvals"]["last_outcome"] == JobOutcome.SUCCEEDED
    assert jobs["orchestration.expire_approvals"]["last_result"] == {"expired": 0}
    assert "airport-jobs" in body["jobs"]["queue_depth"]
    assert set(body["events"]["relay_lag"]) >= {"p50_seconds", "max_seconds", "delivered"}
    assert client.get("/health/?strict=1").status_code == 200

    # The last success is 91 s old for a 30 s job: more than 3 intervals late.
    JobRun.objects.filter(pk="orchestration.expire_approvals").update(
        last_success_at=timezone.now() - dt.timedelta(seconds=91)
    )
    strict = client.get("/health/?strict=1")
    assert strict.status_code == 503 and strict.json()["jobs"]["overdue"] == [
        "orchestration.expire_approvals"
    ]
    assert client.get("/health/").status_code == 200  # overdue jobs alone do not fail the plain check


def test_run_job_command_runs_a_job_by_hand_and_rejects_unknown_names(capsys):
    (approval,) = pending_approvals(1, expires_at=now() - dt.timedelta(seconds=5))
    call_command("run_job", "orchestration.expire_approvals")
    assert '"expired": 1' in capsys.readouterr().out
    approval.refresh_from_db()
    assert approval.status == "expired"
    with pytest.raises(Exception, match="unknown job"):
        call_command("run_job", "orchestration.nope")


def test_jobs_status_fails_when_beat_has_sent_nothing_and_the_admin_lists_the_runs(admin_client):
    schedules_sync()
    with pytest.raises(SystemExit) as exit_status:
        call_command("jobs_status", "--scheduler-within", "120")
    assert exit_status.value.code == 1
    PeriodicTask.objects.filter(task="orchestration.expire_approvals").update(last_run_at=timezone.now())
    call_command("jobs_status", "--scheduler-within", "120")  # beat sent the expiry just now

    run("orchestration.expire_approvals")
    JobRun.objects.filter(pk="orchestration.expire_approvals").update(
        last_success_at=timezone.now() - dt.timedelta(minutes=5)
    )
    page = admin_client.get("/admin/platform_tasks/jobrun/")
    assert page.status_code == 200 and b"orchestration.expire_approvals" in page.content
    assert b"icon-yes" in page.content  # the overdue column says so


def test_the_admin_home_shows_each_job_and_flags_the_overdue_ones(admin_client):
    schedules_sync()
    PeriodicTask.objects.update(date_changed=timezone.now())
    run("orchestration.expire_approvals")
    page = admin_client.get("/admin/").content.decode()
    assert 'id="background-jobs"' in page and "overdue</strong>" not in page
    assert all(name in page for name in JOBS)
    JobRun.objects.filter(pk="orchestration.expire_approvals").update(
        last_success_at=timezone.now() - dt.timedelta(seconds=91)
    )
    page = admin_client.get("/admin/").content.decode()
    assert "1 overdue" in page
    listing = admin_client.get("/admin/platform_tasks/jobrun/").content.decode()
    assert "orchestration.expire_approvals" in listing and 'alt="True"' in listing
