from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet, service_action
from orchestration import filters, selectors, services
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
from .examples import decision_examples, operating_mode_examples
from .payloads import (
    ActionResultSerializer,
    ActivationSerializer,
    ApproveSerializer,
    DependencyGraphSerializer,
    ReasonSerializer,
    RejectionSerializer,
    StartSerializer,
)


@operating_mode_examples
class OperatingModeViewSet(PlatformViewSet):
    queryset = OperatingMode.objects.all()
    serializer_class = serializers.OperatingModeSerializer
    filterset_class = filters.OperatingModeFilterSet

    # A duty manager's act, with a reason (orchestration/access.py); changing a mode is not.
    activate = service_action(
        "activate",
        services.operating_mode_activate,
        instance_arg="mode",
        payload=ActivationSerializer,
        operation="activate",
    )

    @extend_schema(responses=serializers.OperatingModeSerializer)
    @action(detail=False, methods=["get"])
    def active(self, request, *args, **kwargs):
        """The active operating mode (served from the Redis cache; 404 when none is active)."""
        mode = selectors.operating_mode_active()
        if mode is None:
            raise NotFound("no operating mode is active")
        return Response(self.get_serializer(mode).data)


@decision_examples
class DecisionViewSet(PlatformViewSet):
    queryset = Decision.objects.all()
    serializer_class = serializers.DecisionSerializer
    filterset_class = filters.DecisionFilterSet
    create_service = staticmethod(services.decision_propose)

    approve = service_action(
        "approve",
        services.decision_approve,
        instance_arg="decision",
        payload=ApproveSerializer,
        operation="approve",
    )
    reject = service_action(
        "reject",
        services.decision_reject,
        instance_arg="decision",
        payload=RejectionSerializer,
        operation="approve",
    )
    start = service_action("start", services.decision_start, instance_arg="decision", payload=StartSerializer)
    cancel = service_action(
        "cancel", services.decision_cancel, instance_arg="decision", payload=ReasonSerializer
    )
    # Edits and deletion go through services: what was approved is frozen (409 naming the fields).
    update_service = staticmethod(services.decision_update)
    destroy_service = staticmethod(services.decision_delete)

    @extend_schema(responses=DependencyGraphSerializer)
    @action(detail=True, methods=["get"])
    def graph(self, request, *args, **kwargs):
        """Everything this decision depends on and everything depending on it, transitively."""
        return Response(selectors.decision_dependency_graph(decision=self.get_object()))


class ActionViewSet(PlatformViewSet):
    queryset = Action.objects.all()
    serializer_class = serializers.ActionSerializer
    filterset_class = filters.ActionFilterSet
    create_service = staticmethod(services.action_add)
    update_service = staticmethod(services.action_update)
    destroy_service = staticmethod(services.action_delete)

    start = service_action("start", services.action_start, instance_arg="action", payload=StartSerializer)
    complete = service_action(
        "complete", services.action_complete, instance_arg="action", payload=ActionResultSerializer
    )
    fail = service_action("fail", services.action_fail, instance_arg="action", payload=ActionResultSerializer)
    skip = service_action("skip", services.action_skip, instance_arg="action", payload=ReasonSerializer)


class DecisionDependencyViewSet(PlatformViewSet):
    queryset = DecisionDependency.objects.all()
    serializer_class = serializers.DecisionDependencySerializer
    filterset_class = filters.DecisionDependencyFilterSet
    create_service = staticmethod(services.decision_dependency_add)


class ActionDependencyViewSet(PlatformViewSet):
    queryset = ActionDependency.objects.all()
    serializer_class = serializers.ActionDependencySerializer
    filterset_class = filters.ActionDependencyFilterSet
    create_service = staticmethod(services.action_dependency_add)


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
