from django.db import models


class SimulationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class SimulationInterventionType(models.TextChoices):
    GATE_CHANGE = "gate_change", "Gate change"
    STAFFING_CHANGE = "staffing_change", "Staffing change"
    RUNWAY_CLOSURE = "runway_closure", "Runway closure"
    SCHEDULE_CHANGE = "schedule_change", "Schedule change"
    PASSENGER_FLOW_CHANGE = "passenger_flow_change", "Passenger flow change"
    WEATHER_EVENT = "weather_event", "Weather event"
    EQUIPMENT_FAILURE = "equipment_failure", "Equipment failure"


class PredictionModelType(models.TextChoices):
    TIME_SERIES = "time_series", "Time series forecast"
    REGRESSION = "regression", "Regression"
    CLASSIFICATION = "classification", "Classification"
    GRADIENT_BOOSTING = "gradient_boosting", "Gradient boosting"
    NEURAL_NETWORK = "neural_network", "Neural network"
    ENSEMBLE = "ensemble", "Ensemble"
    AGENT_BASED = "agent_based", "Agent-based simulation"
