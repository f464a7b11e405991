from airport_platform.api.views import PlatformViewSet
from crisis import filters, lifecycle, services
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario

from . import serializers


class CrisisScenarioViewSet(PlatformViewSet):
    queryset = CrisisScenario.objects.all()
    serializer_class = serializers.CrisisScenarioSerializer
    filterset_class = filters.CrisisScenarioFilterSet
    lifecycle = lifecycle.SCENARIO
    transition_service = staticmethod(services.crisis_scenario_transition)


class CrisisActionViewSet(PlatformViewSet):
    queryset = CrisisAction.objects.all()
    serializer_class = serializers.CrisisActionSerializer
    filterset_class = filters.CrisisActionFilterSet
    lifecycle = lifecycle.ACTION
    transition_service = staticmethod(services.crisis_action_transition)


class CrisisCommunicationViewSet(PlatformViewSet):
    queryset = CrisisCommunication.objects.all()
    serializer_class = serializers.CrisisCommunicationSerializer
    filterset_class = filters.CrisisCommunicationFilterSet
    lifecycle = lifecycle.COMMUNICATION
    transition_service = staticmethod(services.crisis_communication_transition)


class CrisisResourceViewSet(PlatformViewSet):
    queryset = CrisisResource.objects.all()
    serializer_class = serializers.CrisisResourceSerializer
    filterset_class = filters.CrisisResourceFilterSet
    lifecycle = lifecycle.RESOURCE
    transition_service = staticmethod(services.crisis_resource_transition)
