from airport_platform.api.serializers import ExistingIdsField, PlatformModelSerializer
from passenger import lifecycle
from passenger.models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney


class PassengerJourneySerializer(PlatformModelSerializer):
    class Meta:
        model = PassengerJourney
        lifecycle = lifecycle.JOURNEY
        fields = "__all__"


class JourneyTouchpointSerializer(PlatformModelSerializer):
    class Meta:
        model = JourneyTouchpoint
        fields = "__all__"


class JourneyInterventionSerializer(PlatformModelSerializer):
    affected_journeys = ExistingIdsField(model=PassengerJourney, required=False, allow_null=True)

    class Meta:
        model = JourneyIntervention
        lifecycle = lifecycle.INTERVENTION
        fields = "__all__"


class ExperienceMetricSerializer(PlatformModelSerializer):
    class Meta:
        model = ExperienceMetric
        fields = "__all__"
