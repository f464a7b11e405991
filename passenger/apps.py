from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class PassengerConfig(AppConfig):
    name = "passenger"
    verbose_name = "Passenger experience"

    def ready(self):
        from . import events

        register_entity_type(EntityType.PASSENGER_JOURNEY, self.get_model("PassengerJourney"))
        register_entity_type(EntityType.JOURNEY_INTERVENTION, self.get_model("JourneyIntervention"))
        events.register()
