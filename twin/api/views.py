from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from twin import filters, lifecycle, services
from twin.models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)

from . import serializers


class SimulationScenarioViewSet(PlatformViewSet):
    queryset = SimulationScenario.objects.all()
    serializer_class = serializers.SimulationScenarioSerializer
    filterset_class = filters.SimulationScenarioFilterSet
    lifecycle = lifecycle.SCENARIO
    transition_service = staticmethod(services.simulation_scenario_transition)


class SimulationStateViewSet(TimeSeriesViewSet):
    queryset = SimulationState.objects.all()
    serializer_class = serializers.SimulationStateSerializer
    filterset_class = filters.SimulationStateFilterSet


class SimulationInterventionViewSet(PlatformViewSet):
    queryset = SimulationIntervention.objects.all()
    serializer_class = serializers.SimulationInterventionSerializer
    filterset_class = filters.SimulationInterventionFilterSet


class PredictionModelViewSet(PlatformViewSet):
    queryset = PredictionModel.objects.all()
    serializer_class = serializers.PredictionModelSerializer
    filterset_class = filters.PredictionModelFilterSet


class PredictionAccuracyViewSet(TimeSeriesViewSet):
    queryset = PredictionAccuracy.objects.all()
    serializer_class = serializers.PredictionAccuracySerializer
    filterset_class = filters.PredictionAccuracyFilterSet
