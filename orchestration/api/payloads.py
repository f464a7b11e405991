"""Request bodies of the orchestration operations (approve, reject, cancel, finish an action)."""

from rest_framework import serializers

from airport_platform.api.fields import JSONDocumentField


class NotesSerializer(serializers.Serializer):
    notes = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


OVERRIDE_HELP = (
    "Override an enforced policy that forbids this (only members of the policy's override "
    "groups; recorded on the decision and as a policy_overridden event)."
)


class ApproveSerializer(NotesSerializer):
    override_reason = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=4000, help_text=OVERRIDE_HELP
    )


class StartSerializer(serializers.Serializer):
    override_reason = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=4000, help_text=OVERRIDE_HELP
    )


class RejectionSerializer(serializers.Serializer):
    notes = serializers.CharField(
        max_length=4000, help_text="Why the decision is rejected (kept as human feedback)."
    )


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class ActivationSerializer(serializers.Serializer):
    reason = serializers.CharField(
        max_length=4000,
        help_text="Why the mode is switched (kept with the switch in the system state and the event).",
    )


class ActionResultSerializer(serializers.Serializer):
    result = JSONDocumentField(required=False, allow_null=True, default=None)


class DependencyGraphSerializer(serializers.Serializer):
    root = serializers.UUIDField()
    nodes = serializers.ListField(child=serializers.DictField())
    edges = serializers.ListField(child=serializers.DictField())
