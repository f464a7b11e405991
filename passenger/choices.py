from django.db import models


class JourneyStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DISRUPTED = "disrupted", "Disrupted"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class PassengerType(models.TextChoices):
    STANDARD = "standard", "Standard"
    BUSINESS = "business", "Business"
    FIRST = "first", "First class"
    FAMILY = "family", "Family"
    REDUCED_MOBILITY = "reduced_mobility", "Reduced mobility (PRM)"
    UNACCOMPANIED_MINOR = "unaccompanied_minor", "Unaccompanied minor"
    TRANSFER = "transfer", "Transfer"
    CREW = "crew", "Crew"
    VIP = "vip", "VIP"


class JourneyStage(models.TextChoices):
    ARRIVAL_AT_AIRPORT = "arrival_at_airport", "Arrival at airport"
    CHECK_IN = "check_in", "Check-in"
    BAG_DROP = "bag_drop", "Bag drop"
    SECURITY = "security", "Security"
    PASSPORT_CONTROL = "passport_control", "Passport control"
    AIRSIDE_DWELL = "airside_dwell", "Airside dwell"
    BOARDING = "boarding", "Boarding"
    DEPARTED = "departed", "Departed"
    DEPLANING = "deplaning", "Deplaning"
    IMMIGRATION = "immigration", "Immigration"
    BAGGAGE_CLAIM = "baggage_claim", "Baggage claim"
    EXITED = "exited", "Exited"


class TouchpointType(models.TextChoices):
    CHECK_IN_KIOSK = "check_in_kiosk", "Check-in kiosk"
    CHECK_IN_DESK = "check_in_desk", "Check-in desk"
    BAG_DROP = "bag_drop", "Bag drop"
    SECURITY_LANE = "security_lane", "Security lane"
    PASSPORT_EGATE = "passport_egate", "Passport e-gate"
    LOUNGE = "lounge", "Lounge"
    RETAIL = "retail", "Retail"
    WAYFINDING = "wayfinding", "Wayfinding"
    HELP_DESK = "help_desk", "Help desk"
    GATE = "gate", "Gate"
    BOARDING = "boarding", "Boarding"
    BAGGAGE_CLAIM = "baggage_claim", "Baggage claim"


class TouchpointOutcome(models.TextChoices):
    SUCCESS = "success", "Success"
    DELAYED = "delayed", "Delayed"
    FAILED = "failed", "Failed"
    REDIRECTED = "redirected", "Redirected"
    ABANDONED = "abandoned", "Abandoned"


class InterventionType(models.TextChoices):
    NOTIFICATION = "notification", "Notification"
    REROUTING = "rerouting", "Rerouting"
    FAST_TRACK = "fast_track", "Fast track"
    REBOOKING = "rebooking", "Rebooking"
    ASSISTANCE = "assistance", "Assistance"
    QUEUE_BALANCING = "queue_balancing", "Queue balancing"
    COMPENSATION = "compensation", "Compensation voucher"


class InterventionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    SCHEDULED = "scheduled", "Scheduled"
    EXECUTING = "executing", "Executing"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class ExperienceMetricType(models.TextChoices):
    WAIT_TIME = "wait_time", "Wait time (minutes)"
    QUEUE_LENGTH = "queue_length", "Queue length (passengers)"
    SATISFACTION = "satisfaction", "Satisfaction (0-5)"
    NET_PROMOTER_SCORE = "net_promoter_score", "Net promoter score"
    DWELL_TIME = "dwell_time", "Dwell time (minutes)"
    WALKING_DISTANCE = "walking_distance", "Walking distance (metres)"
    COMPLAINT_RATE = "complaint_rate", "Complaint rate"


class AggregationPeriod(models.TextChoices):
    MINUTE = "minute", "Minute"
    QUARTER_HOUR = "quarter_hour", "15 minutes"
    HOUR = "hour", "Hour"
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
