"""What governance shows on other apps' admin pages (registered at `ready()`, see
airport_platform/admin/panels.py): on a decision's page, next to the approve button, the latest
evaluation by the policy engine: the policies and principles that matched, what they require
and who may approve or override."""

from django.utils.html import format_html, format_html_join

from airport_platform.admin.panels import register_related_panel

from .selectors import decision_governance, policy_dry_run

DRY_RUN_PANEL_DECISIONS = 50  # on every page load of a policy: kept small (the command does more)


def _requirement_line(r: dict) -> tuple:
    details = []
    if r.get("approver_group"):
        details.append(f"approver group: {r['approver_group']}")
    if r.get("outcome") == "require_approval":
        details.append(f"{r.get('approvals', 1)} distinct approver(s)")
    if r.get("deadline_minutes"):
        details.append(f"within {r['deadline_minutes']} min")
    if r.get("action_types"):
        details.append("actions needing a human: " + ", ".join(r["action_types"]))
    if r.get("escalate_to"):
        details.append(f"escalate to {r['escalate_to']} after {r['after_minutes']} min")
    if r.get("override_groups"):
        details.append("override (with a reason): " + ", ".join(r["override_groups"]))
    return (
        r["name"],
        r["version"],
        r["rule"],
        r["outcome"].replace("_", " "),
        r["level"],
        "; ".join(details) or "—",
        r.get("message") or "",
    )


def governance_html(decision) -> str:
    result = decision_governance(decision=decision)
    summary = result["summary"]
    who = ", ".join(summary.get("approver_groups") or ()) or "any operator allowed to approve"
    header = format_html(
        '<p class="governance-result"><strong>{}</strong> — {} evaluation ({}, {}). '
        "Who may approve: <strong>{}</strong>; approvers needed: {}{}.</p>",
        result["compliance_status"].replace("_", " "),
        "recorded" if result["recorded"] else "live (not yet recorded)",
        result["moment"] or "",
        result["timestamp"][:19],
        who,
        summary.get("approvals_required", 1),
        format_html(", deadline {} min", summary["deadline_minutes"])
        if summary.get("deadline_minutes")
        else "",
    )
    if not result["requirements"]:
        return format_html("{}<p>No policy or principle placed a requirement on this decision.</p>", header)
    rows = format_html_join(
        "",
        "<tr><td>{} (v{})</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (_requirement_line(r) for r in result["requirements"]),
    )
    return format_html(
        '{}<table class="governance-requirements"><thead><tr><th>Policy / principle</th><th>Rule</th>'
        "<th>Outcome</th><th>Level</th><th>Requires</th><th>Why</th></tr></thead><tbody>{}</tbody></table>",
        header,
        rows,
    )


def dry_run_html(policy) -> str:
    """What this policy (saved version, active or not) would have changed over recent decisions."""
    report = policy_dry_run(policy=policy, last=DRY_RUN_PANEL_DECISIONS)
    header = format_html(
        '<p class="governance-dry-run">Over the last {} decisions: {} matched, {} would have changed.{}</p>',
        report["decisions_evaluated"],
        report["matched"],
        report["changed"],
        format_html(" {}", report["note"]) if report.get("note") else "",
    )
    changed = [d for d in report["decisions"] if d["would_change"]][:20]
    errors = format_html_join("", "<li>error: {}</li>", ((e,) for e in report["errors"][:5]))
    items = format_html_join(
        "",
        "<li>{} {} ({}, {}): {}</li>",
        ((d["type"], d["id"], d["priority"], d["status"], "; ".join(d["would_change"])) for d in changed),
    )
    return format_html("{}<ul>{}{}</ul>", header, errors, items)


def register() -> None:
    register_related_panel("orchestration.Decision", label="Governance", render=governance_html)
    register_related_panel("governance.GovernancePolicy", label="Dry run", render=dry_run_html)
