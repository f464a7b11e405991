from airport_platform.api.views import PlatformViewSet
from crisis import filters
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario

from . import serializers


class CrisisScenarioViewSet(PlatformViewSet):
    queryset = CrisisScenario.objects.all()
    serializer_class = serializers.CrisisScenarioSerializer
    filterset_class = filters.CrisisScenarioFilterSet


class CrisisActionViewSet(PlatformViewSet):
    queryset = CrisisAction.objects.all()
    serializer_class = serializers.CrisisActionSerializer
    filterset_class = filters.CrisisActionFilterSet


class CrisisCommunicationViewSet(PlatformViewSet):
    queryset = CrisisCommunication.objects.all()
    serializer_class = serializers.CrisisCommunicationSerializer
    filterset_class = filters.CrisisCommunicationFilterSet


class CrisisResourceViewSet(PlatformViewSet):
    queryset = CrisisResource.objects.all()
    serializer_class = serializers.CrisisResourceSerializer
    filterset_class = filters.CrisisResourceFilterSet
