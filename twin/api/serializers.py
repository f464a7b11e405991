from airport_platform.api.serializers import PlatformModelSerializer
from twin import lifecycle
from twin.models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)


class SimulationScenarioSerializer(PlatformModelSerializer):
    class Meta:
        model = SimulationScenario
        lifecycle = lifecycle.SCENARIO
        fields = "__all__"


class SimulationStateSerializer(PlatformModelSerializer):
    class Meta:
        model = SimulationState
        fields = "__all__"


class SimulationInterventionSerializer(PlatformModelSerializer):
    class Meta:
        model = SimulationIntervention
        fields = "__all__"


class PredictionModelSerializer(PlatformModelSerializer):
    class Meta:
        model = PredictionModel
        fields = "__all__"


class PredictionAccuracySerializer(PlatformModelSerializer):
    class Meta:
        model = PredictionAccuracy
        fields = "__all__"
