from rest_framework import serializers

from airport_platform.api.serializers import PlatformModelSerializer
from orchestration.api.payloads import OVERRIDE_HELP
from orchestration.choices import CLIENT_EVENT_TYPES
from orchestration.models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)


class OperatingModeSerializer(PlatformModelSerializer):
    class Meta:
        model = OperatingMode
        fields = "__all__"
        # Changed only through the lifecycle operations (see orchestration/services.py).
        read_only_fields = ("is_active",)


class OverridableOnCreate(serializers.Serializer):
    """`override_reason` when proposing a decision or adding an action that an enforced policy
    forbids (decision_propose / action_add): write-only, and only on create."""

    override_reason = serializers.CharField(
        write_only=True, required=False, allow_blank=True, max_length=4000, help_text=OVERRIDE_HELP
    )

    def validate(self, attrs):
        if self.instance is not None and "override_reason" in attrs:
            raise serializers.ValidationError(
                {"override_reason": ["only when proposing or adding; use the operation's own override"]}
            )
        return super().validate(attrs)


class DecisionSerializer(OverridableOnCreate, PlatformModelSerializer):
    class Meta:
        model = Decision
        fields = "__all__"
        # Changed only through the lifecycle operations (see orchestration/services.py).
        read_only_fields = ("status", "completed_at", "requested_by")


class ActionSerializer(OverridableOnCreate, PlatformModelSerializer):
    class Meta:
        model = Action
        fields = "__all__"
        # Changed only through the lifecycle operations (see orchestration/services.py).
        read_only_fields = ("status", "started_at", "completed_at", "result")


class EndpointsFixedOnUpdate:
    """The two ends of a dependency edge never change: delete it and add another."""

    endpoints: tuple[str, str]

    def validate(self, attrs):
        if self.instance is not None:
            for name in self.endpoints:
                if name in attrs and attrs[name] != getattr(self.instance, name):
                    raise serializers.ValidationError(
                        {name: ["the ends of a dependency cannot change; delete it and add another"]}
                    )
        return super().validate(attrs)


class DecisionDependencySerializer(EndpointsFixedOnUpdate, PlatformModelSerializer):
    endpoints = ("dependent_decision", "dependency_decision")
    # Declared so the (dependent, dependency) unique constraint does not make them optional.
    dependent_decision = serializers.PrimaryKeyRelatedField(queryset=Decision.objects.all())
    dependency_decision = serializers.PrimaryKeyRelatedField(queryset=Decision.objects.all())

    class Meta:
        model = DecisionDependency
        fields = "__all__"
        extra_kwargs = {
            "dependent_decision": {"required": True, "allow_null": False},
            "dependency_decision": {"required": True, "allow_null": False},
        }


class ActionDependencySerializer(EndpointsFixedOnUpdate, PlatformModelSerializer):
    endpoints = ("dependent_action", "dependency_action")
    dependent_action = serializers.PrimaryKeyRelatedField(queryset=Action.objects.all())
    dependency_action = serializers.PrimaryKeyRelatedField(queryset=Action.objects.all())

    class Meta:
        model = ActionDependency
        fields = "__all__"
        extra_kwargs = {
            "dependent_action": {"required": True, "allow_null": False},
            "dependency_action": {"required": True, "allow_null": False},
        }


class ApprovalSerializer(PlatformModelSerializer):
    class Meta:
        model = Approval
        fields = "__all__"
        # Changed only through the lifecycle operations (see orchestration/services.py).
        read_only_fields = ("status", "approved_by", "approved_at")


class SystemStateSerializer(PlatformModelSerializer):
    class Meta:
        model = SystemState
        fields = "__all__"


def client_event_type(value):
    """Clients append only events about the outside world; the platform writes its own."""
    if value not in CLIENT_EVENT_TYPES:
        allowed = ", ".join(CLIENT_EVENT_TYPES)
        raise serializers.ValidationError(
            f"{value} events are written only by the platform when they happen; "
            f"through the API you may append: {allowed}.",
            code="platform_event_type",
        )


class OrchestrationEventSerializer(PlatformModelSerializer):
    """`source` (the caller) and `timestamp` (the server's time) are set by the server."""

    class Meta:
        model = OrchestrationEvent
        fields = "__all__"
        entity_reference = ("related_entity_type", "related_entity_id")
        extra_kwargs = {"event_type": {"validators": [client_event_type]}}
