"""Real worker and beat processes (real Redis, real PostgreSQL) run the periodic jobs on their
own: approvals expire on schedule, concurrent workers never expire one twice, and a worker
killed mid-job leaves nothing half-done."""

import datetime as dt
import json
import time

import pytest
from celery import Celery
from django.db import connection
from django.test import Client

from airport_platform.tasks.models import JobOutcome, JobRun
from orchestration.choices import ApprovalStatus, DecisionStatus, OrchestrationEventType
from orchestration.models import Approval, OrchestrationEvent

from .conftest import now, pending_approvals, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

EXPIRY = "orchestration.expire_approvals"


def expiry_transitions() -> dict[str, int]:
    """decision id -> how many times it was moved to `expired`."""
    counts: dict[str, int] = {}
    for event in OrchestrationEvent.objects.filter(event_type=OrchestrationEventType.DECISION_TRANSITIONED):
        if event.payload.get("to") == DecisionStatus.EXPIRED:
            counts[str(event.related_entity_id)] = counts.get(str(event.related_entity_id), 0) + 1
    return counts


def job_lines(*logs) -> list[dict]:
    lines = []
    for log in logs:
        for line in log.read_text().splitlines():
            start = line.find('{"job"')
            if start >= 0:
                lines.append(json.loads(line[start:]))
    return lines


def send(processes, task: str, times: int = 1):
    """Queue `task` on the test's broker, as beat does."""
    client = Celery(broker=processes.redis.url(0))
    for _ in range(times):
        client.send_task(task, queue="airport-jobs")


def test_an_approval_due_in_2_seconds_is_expired_by_the_scheduled_job_alone(processes):
    (approval,) = pending_approvals(1, expires_at=now() + dt.timedelta(seconds=2))
    _, worker_log = processes.worker("worker")
    processes.beat()

    wait_for(
        lambda: Approval.objects.get(pk=approval.pk).status == ApprovalStatus.EXPIRED,
        timeout=90,
        what="the approval to expire",
        log=worker_log,
        every=0.5,
    )
    approval.refresh_from_db()
    assert approval.decision.status == DecisionStatus.EXPIRED
    delay = (approval.updated_at - approval.expires_at).total_seconds()
    assert 0 <= delay < 60, f"expired {delay:.1f} s after its deadline"
    assert expiry_transitions() == {str(approval.decision_id): 1}

    run = JobRun.objects.get(pk=EXPIRY)
    assert run.last_outcome in (JobOutcome.SUCCEEDED, JobOutcome.RUNNING) and run.last_success_at
    assert any(line["job"] == EXPIRY and line.get("expired") == 1 for line in job_lines(worker_log))
    health = Client().get("/health/?strict=1")
    jobs = {job["job"]: job for job in health.json()["jobs"]["periodic"]}
    assert jobs[EXPIRY]["every_seconds"] == 30 and jobs[EXPIRY]["last_result"] is not None
    assert jobs[EXPIRY]["scheduler_last_sent_at"] is not None  # beat sent it
    assert health.json()["jobs"]["overdue"] == [] and health.status_code == 200


def test_two_workers_running_the_expiry_at_once_expire_each_approval_once(processes):
    approvals = pending_approvals(150, expires_at=now() - dt.timedelta(seconds=1))
    _, first_log = processes.worker("first")
    _, second_log = processes.worker("second")

    send(processes, EXPIRY, times=4)
    wait_for(
        lambda: (
            JobRun.objects.filter(pk=EXPIRY, runs=4).exclude(last_outcome=JobOutcome.RUNNING).exists()
            and len(job_lines(first_log, second_log)) == 4
        ),
        timeout=120,
        what="four expiry runs",
        log=second_log,
        every=0.3,
    )

    assert not Approval.objects.filter(status=ApprovalStatus.PENDING).exists()
    transitions = expiry_transitions()
    assert len(transitions) == len(approvals) and set(transitions.values()) == {1}
    runs = job_lines(first_log, second_log)
    assert sum(run["expired"] for run in runs) == len(approvals)  # every approval counted once
    assert {run["outcome"] for run in runs} == {"succeeded"}
    assert job_lines(first_log) and job_lines(second_log)  # both workers ran the job


SLOW_APPROVAL_UPDATES = """
CREATE FUNCTION test_slow_update() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_sleep(0.1); RETURN NEW; END $$;
CREATE TRIGGER test_slow_update BEFORE UPDATE ON approvals FOR EACH ROW EXECUTE FUNCTION test_slow_update();
"""
DROP_SLOW_APPROVAL_UPDATES = """
DROP TRIGGER IF EXISTS test_slow_update ON approvals;
DROP FUNCTION IF EXISTS test_slow_update();
"""


def sleeping_backends() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND state = 'active' AND query ILIKE 'UPDATE%%approvals%%'"
        )
        return cursor.fetchone()[0]


def test_a_worker_killed_mid_job_leaves_nothing_half_done_and_the_next_run_finishes(processes):
    approvals = pending_approvals(40, expires_at=now() - dt.timedelta(seconds=1))
    with connection.cursor() as cursor:
        cursor.execute(SLOW_APPROVAL_UPDATES)  # each approval takes 0.1 s: a run takes 4 s
    try:
        doomed, log = processes.worker("doomed")
        send(processes, EXPIRY)
        wait_for(
            lambda: sleeping_backends() > 0, timeout=60, what="the job to be updating approvals", log=log
        )
        time.sleep(1)  # some approvals of the batch are updated, most are not
        processes.kill(doomed)  # SIGKILL to the worker and its pool

        wait_for(lambda: sleeping_backends() == 0, timeout=30, what="the dead worker's session to end")
        assert Approval.objects.filter(status=ApprovalStatus.PENDING).count() == len(approvals)
        assert expiry_transitions() == {}
        assert JobRun.objects.get(pk=EXPIRY).last_outcome == JobOutcome.RUNNING  # never finished
    finally:
        with connection.cursor() as cursor:
            cursor.execute(DROP_SLOW_APPROVAL_UPDATES)

    _, log = processes.worker("next")
    send(processes, EXPIRY)
    wait_for(
        lambda: JobRun.objects.get(pk=EXPIRY).last_outcome == JobOutcome.SUCCEEDED,
        timeout=60,
        what="the next run",
        log=log,
    )
    assert not Approval.objects.filter(status=ApprovalStatus.PENDING).exists()
    transitions = expiry_transitions()
    assert len(transitions) == len(approvals) and set(transitions.values()) == {1}
    assert job_lines(log)[-1]["expired"] == len(approvals)
