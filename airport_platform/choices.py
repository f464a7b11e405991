"""Vocabularies shared by several domains (one definition per concept).

Domain-specific vocabularies live in each app's `choices.py`. Every `TextChoices` used on a
model field becomes a database CHECK constraint, a validated API field and an OpenAPI enum.
"""

from django.db import models


class Priority(models.TextChoices):
    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"
    CRITICAL = "critical", "Critical"


class Domain(models.TextChoices):
    """Operational areas of the airport that decisions, knowledge and policies concern."""

    AIRSIDE = "airside", "Airside"
    TERMINAL = "terminal", "Terminal"
    LANDSIDE = "landside", "Landside"
    SECURITY = "security", "Security"
    BAGGAGE = "baggage", "Baggage"
    GROUND_HANDLING = "ground_handling", "Ground handling"
    ENERGY = "energy", "Energy"
    SUSTAINABILITY = "sustainability", "Sustainability"
    PASSENGER_EXPERIENCE = "passenger_experience", "Passenger experience"
    CRISIS_MANAGEMENT = "crisis_management", "Crisis management"
    MAINTENANCE = "maintenance", "Maintenance"
    GOVERNANCE = "governance", "Governance"


class EntityType(models.TextChoices):
    """Entities that events, explanations and feedback may refer to by (entity_type, entity_id)."""

    # The model behind each value is registered by its domain (`airport_platform.entities`).
    DECISION = "decision", "Decision"
    ACTION = "action", "Action"
    APPROVAL = "approval", "Approval"
    OPERATING_MODE = "operating_mode", "Operating mode"
    PASSENGER_JOURNEY = "passenger_journey", "Passenger journey"
    JOURNEY_INTERVENTION = "journey_intervention", "Journey intervention"
    SUSTAINABILITY_OPTIMIZATION = "sustainability_optimization", "Sustainability optimization"
    SIMULATION_SCENARIO = "simulation_scenario", "Simulation scenario"
    PREDICTION_MODEL = "prediction_model", "Prediction model"
    COLLABORATION_SESSION = "collaboration_session", "Collaboration session"
    CRISIS_SCENARIO = "crisis_scenario", "Crisis scenario"
    CRISIS_ACTION = "crisis_action", "Crisis action"
    CRISIS_COMMUNICATION = "crisis_communication", "Crisis communication"
    KNOWLEDGE_ITEM = "knowledge_item", "Knowledge item"
    GOVERNANCE_POLICY = "governance_policy", "Governance policy"
