"""
Migration: timeseries 0002_integration_views

Description:  Spec section 5.1 (integration phase, "create views for integrated queries"):
              decision_overview: one row per live decision with its operating mode (and the mode
                active now), its latest approval and the progress of its actions;
              crisis_overview: one row per live crisis scenario with its actions (open, done,
                most urgent open), communications (sent, last sent) and the available response
                resources within 1 km of the incident (PostGIS).
              Soft-deleted rows are left out everywhere. Columns: docs/timeseries.md.
Version:      1.0.0
Dependencies: orchestration 0001_initial, crisis 0001_initial. Migrating either app to zero
              first reverses this migration (Django unapplies dependents first).
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes: the views are dropped.
"""

from django.db import migrations

DECISION_OVERVIEW = """
CREATE VIEW decision_overview AS
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

CRISIS_OVERVIEW = """
CREATE VIEW crisis_overview AS
SELECT
    c.id AS scenario_id,
    c.scenario_type,
    c.severity,
    c.status,
    c.is_simulation,
    c.started_at,
    c.ended_at,
    c.affected_systems,
    COALESCE(ac.total, 0) AS actions_total,
    COALESCE(ac.open, 0) AS actions_open,
    COALESCE(ac.completed, 0) AS actions_completed,
    COALESCE(ac.failed, 0) AS actions_failed,
    CASE ac.most_urgent WHEN 0 THEN 'immediate' WHEN 1 THEN 'high' WHEN 2 THEN 'normal'
                        WHEN 3 THEN 'low' END AS most_urgent_open_action,
    COALESCE(cm.total, 0) AS communications_total,
    COALESCE(cm.sent, 0) AS communications_sent,
    cm.last_sent_at,
    (
        SELECT count(*) FROM crisis_resources r
        WHERE r.deleted_at IS NULL AND r.status = 'available'
          AND c.incident_position IS NOT NULL AND r.position IS NOT NULL
          AND ST_DWithin(r.position::geography, c.incident_position::geography, 1000)
    ) AS available_resources_within_1km
FROM crisis_scenarios c
LEFT JOIN LATERAL (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE x.status IN ('pending', 'assigned', 'in_progress')) AS open,
           count(*) FILTER (WHERE x.status = 'completed') AS completed,
           count(*) FILTER (WHERE x.status = 'failed') AS failed,
           min(CASE x.urgency WHEN 'immediate' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)
               FILTER (WHERE x.status IN ('pending', 'assigned', 'in_progress')) AS most_urgent
    FROM crisis_actions x WHERE x.scenario_id = c.id AND x.deleted_at IS NULL
) ac ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE k.status = 'sent') AS sent,
           max(k.sent_at) AS last_sent_at
    FROM crisis_communications k WHERE k.scenario_id = c.id AND k.deleted_at IS NULL
) cm ON true
WHERE c.deleted_at IS NULL
"""


class Migration(migrations.Migration):
    dependencies = [
        ("timeseries", "0001_rollups"),
        ("orchestration", "0001_initial"),
        ("crisis", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(DECISION_OVERVIEW, "DROP VIEW IF EXISTS decision_overview"),
        migrations.RunSQL(CRISIS_OVERVIEW, "DROP VIEW IF EXISTS crisis_overview"),
    ]
