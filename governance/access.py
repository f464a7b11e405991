"""Who writes governance's tables (airport_platform/access.py; the matrix is in docs/security.md).

Policies and principles decide what the platform may do on its own: only governance officers
change them (each change is versioned and kept in the history). Decision audits are written by
the policy engine, never through the generic API or the admin. Fairness metrics are
measurements that services and operators append like any time series.
"""

from airport_platform.access import GOVERNED, READ_ONLY, TIME_SERIES, announce_changes, declare_access_table

ACCESS = {
    "EthicalPrinciple": GOVERNED,
    "GovernancePolicy": GOVERNED,
    "DecisionAudit": READ_ONLY.because("written by the policy engine only"),
    "FairnessMetric": TIME_SERIES,
}


def register(app_config) -> None:
    """At ready(): the table above, and `policy_changed` / `principle_changed` events on the
    governance stream for every change of a policy or principle (with each field before and after)."""
    declare_access_table(app_config.label, ACCESS)
    announce_changes(
        app_config.get_model("GovernancePolicy"),
        domain="governance",
        event_type="policy_changed",
        fields=(
            "name",
            "policy_type",
            "description",
            "policy_rules",
            "affected_domains",
            "implementation_level",
            "override_conditions",
            "audit_requirements",
            "is_active",
        ),
    )
    announce_changes(
        app_config.get_model("EthicalPrinciple"),
        domain="governance",
        event_type="principle_changed",
        fields=(
            "name",
            "description",
            "priority",
            "category",
            "implementation_rules",
            "metrics",
            "is_active",
        ),
    )
