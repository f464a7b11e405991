"""
Migration: orchestration 0004_overview_views

Description:  Spec section 5.1 (integration phase, "create views for integrated queries"):
              decision_overview: one row per live decision with its operating mode (and the mode
              active now), its latest approval and the progress of its actions. Soft-deleted rows
              are left out. Columns: docs/timeseries.md. The view was created by timeseries
              0002_integration_views until the core stopped owning domain views; CREATE OR REPLACE
              keeps databases where that migration already ran migrating forward unchanged.
Version:      1.0.0
Dependencies: orchestration 0003_consistency_checks
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes: the view is dropped.
"""

from django.db import migrations

DECISION_OVERVIEW = """
CREATE OR REPLACE VIEW decision_overview AS
SELECT
    d.id AS decision_id,
    d.type,
    d.status,
    d.priority,
    d.confidence,
    d.risk,
    d.initiated_at,
    d.completed_at,
    d.requested_by,
    d.operating_mode_id,
    m.name AS operating_mode_name,
    active.id AS active_mode_id,
    active.name AS active_mode_name,
    ap.id AS approval_id,
    ap.status AS approval_status,
    ap.approved_by,
    ap.approved_at,
    ap.expires_at AS approval_expires_at,
    COALESCE(ap.status = 'pending', false) AS awaiting_approval,
    COALESCE(ac.total, 0) AS actions_total,
    COALESCE(ac.pending, 0) AS actions_pending,
    COALESCE(ac.running, 0) AS actions_running,
    COALESCE(ac.completed, 0) AS actions_completed,
    COALESCE(ac.failed, 0) AS actions_failed,
    CASE WHEN COALESCE(ac.total, 0) = 0 THEN NULL
         ELSE round(ac.finished::numeric / ac.total, 4) END AS action_progress
FROM decisions d
LEFT JOIN operating_modes m ON m.id = d.operating_mode_id AND m.deleted_at IS NULL
LEFT JOIN LATERAL (
    SELECT o.id, o.name FROM operating_modes o
    WHERE o.is_active AND o.deleted_at IS NULL LIMIT 1
) active ON true
LEFT JOIN LATERAL (
    SELECT a.id, a.status, a.approved_by, a.approved_at, a.expires_at FROM approvals a
    WHERE a.decision_id = d.id AND a.deleted_at IS NULL
    ORDER BY a.created_at DESC, a.id DESC LIMIT 1
) ap ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE x.status = 'pending') AS pending,
           count(*) FILTER (WHERE x.status = 'running') AS running,
           count(*) FILTER (WHERE x.status = 'completed') AS completed,
           count(*) FILTER (WHERE x.status = 'failed') AS failed,
           count(*) FILTER (WHERE x.status IN ('completed', 'skipped', 'cancelled', 'failed')) AS finished
    FROM actions x WHERE x.decision_id = d.id AND x.deleted_at IS NULL
) ac ON true
WHERE d.deleted_at IS NULL
"""


class Migration(migrations.Migration):
    dependencies = [
        ("orchestration", "0003_consistency_checks"),
    ]

    operations = [
        migrations.RunSQL(DECISION_OVERVIEW, "DROP VIEW IF EXISTS decision_overview"),
    ]
