from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from orchestration import filters
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

from . import serializers


class OperatingModeViewSet(PlatformViewSet):
    queryset = OperatingMode.objects.all()
    serializer_class = serializers.OperatingModeSerializer
    filterset_class = filters.OperatingModeFilterSet


class DecisionViewSet(PlatformViewSet):
    queryset = Decision.objects.all()
    serializer_class = serializers.DecisionSerializer
    filterset_class = filters.DecisionFilterSet


class ActionViewSet(PlatformViewSet):
    queryset = Action.objects.all()
    serializer_class = serializers.ActionSerializer
    filterset_class = filters.ActionFilterSet


class DecisionDependencyViewSet(PlatformViewSet):
    queryset = DecisionDependency.objects.all()
    serializer_class = serializers.DecisionDependencySerializer
    filterset_class = filters.DecisionDependencyFilterSet


class ActionDependencyViewSet(PlatformViewSet):
    queryset = ActionDependency.objects.all()
    serializer_class = serializers.ActionDependencySerializer
    filterset_class = filters.ActionDependencyFilterSet


class ApprovalViewSet(PlatformViewSet):
    queryset = Approval.objects.all()
    serializer_class = serializers.ApprovalSerializer
    filterset_class = filters.ApprovalFilterSet


class SystemStateViewSet(TimeSeriesViewSet):
    queryset = SystemState.objects.all()
    serializer_class = serializers.SystemStateSerializer
    filterset_class = filters.SystemStateFilterSet


class OrchestrationEventViewSet(TimeSeriesViewSet):
    queryset = OrchestrationEvent.objects.all()
    serializer_class = serializers.OrchestrationEventSerializer
    filterset_class = filters.OrchestrationEventFilterSet
