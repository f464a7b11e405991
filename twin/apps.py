from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class TwinConfig(AppConfig):
    name = "twin"
    verbose_name = "Predictive airport twin"

    def ready(self):
        register_entity_type(EntityType.SIMULATION_SCENARIO, self.get_model("SimulationScenario"))
        register_entity_type(EntityType.PREDICTION_MODEL, self.get_model("PredictionModel"))
