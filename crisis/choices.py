from django.db import models


class CrisisType(models.TextChoices):
    SEVERE_WEATHER = "severe_weather", "Severe weather"
    SECURITY_THREAT = "security_threat", "Security threat"
    MEDICAL_EMERGENCY = "medical_emergency", "Medical emergency"
    FIRE = "fire", "Fire"
    AIRCRAFT_INCIDENT = "aircraft_incident", "Aircraft incident"
    POWER_OUTAGE = "power_outage", "Power outage"
    IT_OUTAGE = "it_outage", "IT systems outage"
    PANDEMIC = "pandemic", "Public health emergency"
    MASS_DISRUPTION = "mass_disruption", "Mass disruption"


class Severity(models.TextChoices):
    MINOR = "minor", "Minor"
    MODERATE = "moderate", "Moderate"
    MAJOR = "major", "Major"
    CRITICAL = "critical", "Critical"


class CrisisStatus(models.TextChoices):
    MONITORING = "monitoring", "Monitoring"
    ACTIVE = "active", "Active"
    CONTAINED = "contained", "Contained"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"


class AffectedSystem(models.TextChoices):
    RUNWAYS = "runways", "Runways"
    TERMINALS = "terminals", "Terminals"
    SECURITY_SCREENING = "security_screening", "Security screening"
    BAGGAGE_HANDLING = "baggage_handling", "Baggage handling"
    POWER = "power", "Power supply"
    IT_NETWORK = "it_network", "IT network"
    GROUND_TRANSPORT = "ground_transport", "Ground transport"
    AIR_TRAFFIC_CONTROL = "air_traffic_control", "Air traffic control"
    FUEL_SUPPLY = "fuel_supply", "Fuel supply"


class CrisisActionType(models.TextChoices):
    EVACUATE = "evacuate", "Evacuate"
    DISPATCH_RESPONDERS = "dispatch_responders", "Dispatch responders"
    CLOSE_AREA = "close_area", "Close area"
    REROUTE_PASSENGERS = "reroute_passengers", "Reroute passengers"
    NOTIFY_AUTHORITIES = "notify_authorities", "Notify authorities"
    ACTIVATE_BACKUP = "activate_backup", "Activate backup systems"
    SUSPEND_OPERATIONS = "suspend_operations", "Suspend operations"


class Urgency(models.TextChoices):
    IMMEDIATE = "immediate", "Immediate"
    HIGH = "high", "High"
    NORMAL = "normal", "Normal"
    LOW = "low", "Low"


class CrisisActionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ASSIGNED = "assigned", "Assigned"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class CommunicationType(models.TextChoices):
    ALERT = "alert", "Alert"
    UPDATE = "update", "Status update"
    INSTRUCTION = "instruction", "Instruction"
    ALL_CLEAR = "all_clear", "All clear"
    PRESS_RELEASE = "press_release", "Press release"


class Channel(models.TextChoices):
    PA_SYSTEM = "pa_system", "Public address"
    DISPLAY_BOARDS = "display_boards", "Display boards"
    APP_PUSH = "app_push", "App push notification"
    SMS = "sms", "SMS"
    EMAIL = "email", "Email"
    SOCIAL_MEDIA = "social_media", "Social media"
    RADIO = "radio", "Staff radio"


class CommunicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    APPROVED = "approved", "Approved"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    RETRACTED = "retracted", "Retracted"


class CrisisResourceType(models.TextChoices):
    FIRE_TENDER = "fire_tender", "Fire tender"
    AMBULANCE = "ambulance", "Ambulance"
    MEDICAL_TEAM = "medical_team", "Medical team"
    SECURITY_TEAM = "security_team", "Security team"
    BUS = "bus", "Bus"
    GENERATOR = "generator", "Generator"
    SHELTER_AREA = "shelter_area", "Shelter area"
    COMMAND_POST = "command_post", "Command post"


class CrisisResourceStatus(models.TextChoices):
    AVAILABLE = "available", "Available"
    RESERVED = "reserved", "Reserved"
    DEPLOYED = "deployed", "Deployed"
    UNAVAILABLE = "unavailable", "Unavailable"
    MAINTENANCE = "maintenance", "In maintenance"
