"""Filter sets of the autonomous orchestration API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)


class OperatingModeFilterSet(PlatformFilterSet):
    class Meta:
        model = OperatingMode
        fields = ("created_at", "updated_at", "is_active")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at")


class DecisionFilterSet(PlatformFilterSet):
    class Meta:
        model = Decision
        fields = (
            "created_at",
            "updated_at",
            "type",
            "initiated_at",
            "completed_at",
            "status",
            "priority",
            "confidence",
            "risk",
            "operating_mode",
            "correlation_id",
            "tags",
            "notes",
        )
        search_fields = ("description",)
        ordering_fields = ("created_at", "updated_at", "initiated_at", "completed_at", "priority")


class ActionFilterSet(PlatformFilterSet):
    class Meta:
        model = Action
        fields = (
            "created_at",
            "updated_at",
            "decision",
            "type",
            "domain",
            "status",
            "execution_order",
            "started_at",
            "completed_at",
        )
        search_fields = ("description",)
        ordering_fields = ("created_at", "updated_at", "started_at", "completed_at")


class DecisionDependencyFilterSet(PlatformFilterSet):
    class Meta:
        model = DecisionDependency
        fields = ("created_at", "dependent_decision", "dependency_decision", "dependency_type")
        ordering_fields = ("created_at",)


class ActionDependencyFilterSet(PlatformFilterSet):
    class Meta:
        model = ActionDependency
        fields = ("created_at", "dependent_action", "dependency_action", "dependency_type")
        ordering_fields = ("created_at",)


class ApprovalFilterSet(PlatformFilterSet):
    class Meta:
        model = Approval
        fields = ("created_at", "updated_at", "decision", "status", "approved_at", "expires_at")
        search_fields = ("notes",)
        ordering_fields = ("created_at", "updated_at", "approved_at", "expires_at")


class SystemStateFilterSet(PlatformFilterSet):
    class Meta:
        model = SystemState
        fields = ("operating_mode",)


class OrchestrationEventFilterSet(PlatformFilterSet):
    class Meta:
        model = OrchestrationEvent
        fields = (
            "event_type",
            "related_entity_id",
            "related_entity_type",
            "correlation_id",
        )
