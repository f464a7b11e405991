"""
Migration: crisis 0003_overview_views

Description:  Spec section 5.1 (integration phase, "create views for integrated queries"):
              crisis_overview: one row per live crisis scenario with its actions (open, done,
              most urgent open), communications (sent, last sent) and the available response
              resources within 1 km of the incident (PostGIS). Soft-deleted rows are left out.
              Columns: docs/timeseries.md. The view was created by timeseries
              0002_integration_views until the core stopped owning domain views; CREATE OR REPLACE
              keeps databases where that migration already ran migrating forward unchanged.
Version:      1.0.0
Dependencies: crisis 0002_consistency_checks
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes: the view is dropped.
"""

from django.db import migrations

CRISIS_OVERVIEW = """
CREATE OR REPLACE VIEW crisis_overview AS
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
        ("crisis", "0002_consistency_checks"),
    ]

    operations = [
        migrations.RunSQL(CRISIS_OVERVIEW, "DROP VIEW IF EXISTS crisis_overview"),
    ]
