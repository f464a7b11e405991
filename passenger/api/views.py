from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from passenger import filters, lifecycle, services
from passenger.models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney

from . import serializers


class PassengerJourneyViewSet(PlatformViewSet):
    queryset = PassengerJourney.objects.all()
    serializer_class = serializers.PassengerJourneySerializer
    filterset_class = filters.PassengerJourneyFilterSet
    lifecycle = lifecycle.JOURNEY
    transition_service = staticmethod(services.passenger_journey_transition)


class JourneyTouchpointViewSet(TimeSeriesViewSet):
    queryset = JourneyTouchpoint.objects.all()
    serializer_class = serializers.JourneyTouchpointSerializer
    filterset_class = filters.JourneyTouchpointFilterSet


class JourneyInterventionViewSet(PlatformViewSet):
    queryset = JourneyIntervention.objects.all()
    serializer_class = serializers.JourneyInterventionSerializer
    filterset_class = filters.JourneyInterventionFilterSet
    lifecycle = lifecycle.INTERVENTION
    transition_service = staticmethod(services.journey_intervention_transition)


class ExperienceMetricViewSet(TimeSeriesViewSet):
    queryset = ExperienceMetric.objects.all()
    serializer_class = serializers.ExperienceMetricSerializer
    filterset_class = filters.ExperienceMetricFilterSet
