"""Request bodies of the orchestration operations (approve, reject, cancel, finish an action)."""

from rest_framework import serializers

from airport_platform.api.fields import JSONDocumentField


class NotesSerializer(serializers.Serializer):
    notes = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class RejectionSerializer(serializers.Serializer):
    notes = serializers.CharField(
        max_length=4000, help_text="Why the decision is rejected (kept as human feedback)."
    )


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=4000)


class ActionResultSerializer(serializers.Serializer):
    result = JSONDocumentField(required=False, allow_null=True, default=None)


class DependencyGraphSerializer(serializers.Serializer):
    root = serializers.UUIDField()
    nodes = serializers.ListField(child=serializers.DictField())
    edges = serializers.ListField(child=serializers.DictField())
