"""Factories for learning transfer: knowledge items, where they were applied, sources, metrics."""

from decimal import Decimal

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import Domain
from learning.choices import KnowledgeItemType, KnowledgeSourceType, LearningMetricType, ValidationStatus
from learning.models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric

# title, type, source domain, applicable domains, content
KNOWLEDGE = (
    (
        "Open extra security lanes 40 minutes before a departure bank",
        KnowledgeItemType.HEURISTIC,
        Domain.SECURITY,
        [Domain.SECURITY, Domain.PASSENGER_EXPERIENCE],
        {
            "condition": "forecast departures in next 60 min > 25",
            "recommendation": "open 2 lanes per 10 extra departures, 40 min ahead",
            "evidence": {"days_observed": 120, "avg_wait_reduction_min": 6.5},
        },
    ),
    (
        "Lightning holds last 40-60 minutes on average",
        KnowledgeItemType.PATTERN,
        Domain.AIRSIDE,
        [Domain.AIRSIDE, Domain.GROUND_HANDLING, Domain.CRISIS_MANAGEMENT],
        {"distribution": {"median_min": 47, "p90_min": 85}, "season": "May-September", "events": 38},
    ),
    (
        "Pre-cool piers before the afternoon peak instead of during it",
        KnowledgeItemType.BEST_PRACTICE,
        Domain.ENERGY,
        [Domain.ENERGY, Domain.SUSTAINABILITY],
        {"recommendation": "start cooling 90 min before peak occupancy", "kwh_saved_per_day": 1800},
    ),
    (
        "Gate changes within 30 minutes of boarding double missed boardings",
        KnowledgeItemType.LESSON_LEARNED,
        Domain.TERMINAL,
        [Domain.TERMINAL, Domain.PASSENGER_EXPERIENCE],
        {"observation": "missed boarding rate 0.9 % vs 0.4 %", "mitigation": "push notification plus PA"},
    ),
    (
        "Transfer bags with under 45 minutes connection need a tail-to-tail run",
        KnowledgeItemType.RULE,
        Domain.BAGGAGE,
        [Domain.BAGGAGE, Domain.GROUND_HANDLING],
        {"rule": "if connection_min < 45 then dispatch tail_to_tail", "misconnect_reduction": 0.35},
    ),
    (
        "Queue forecasts underestimate waits on school-holiday Fridays",
        KnowledgeItemType.MODEL_INSIGHT,
        Domain.PASSENGER_EXPERIENCE,
        [Domain.SECURITY, Domain.PASSENGER_EXPERIENCE],
        {
            "bias_min": 4.2,
            "feature_missing": "school_holiday_flag",
            "model": "Security queue wait forecaster",
        },
    ),
)

SOURCES = (
    ("Airport operational database (AODB)", KnowledgeSourceType.OPERATIONAL_DATA, 0.95),
    ("Airport twin what-if runs", KnowledgeSourceType.SIMULATION, 0.8),
    ("Duty manager debriefs", KnowledgeSourceType.EXPERT, 0.85),
    ("Incident reports (safety management system)", KnowledgeSourceType.INCIDENT_REPORT, 0.9),
    ("ACI EUROPE best-practice library", KnowledgeSourceType.RESEARCH, 0.75),
    ("Security queue wait forecaster", KnowledgeSourceType.ML_MODEL, 0.82),
)

# plausible value range per learning metric type
LEARNING_METRIC_RANGES = {
    LearningMetricType.TRANSFER_SUCCESS_RATE: (0.55, 0.92),
    LearningMetricType.KNOWLEDGE_REUSE: (0, 14),
    LearningMetricType.VALIDATION_RATE: (0.4, 0.85),
    LearningMetricType.MODEL_IMPROVEMENT: (-0.02, 0.08),
    LearningMetricType.TIME_TO_ADOPTION: (2, 30),
}


class KnowledgeItemFactory(DjangoModelFactory):
    class Meta:
        model = KnowledgeItem
        exclude = ("spec",)

    spec = factory.Iterator(KNOWLEDGE)
    item_type = factory.LazyAttribute(lambda o: o.spec[1])
    title = factory.LazyAttribute(lambda o: o.spec[0])
    description = factory.LazyAttribute(
        lambda o: f"{o.spec[0]} (learned in {Domain(o.spec[2]).label.lower()})."
    )
    content = factory.LazyAttribute(lambda o: o.spec[4])
    source_domain = factory.LazyAttribute(lambda o: o.spec[2])
    source_context = factory.LazyFunction(lambda: {"period": "last 12 months", "airport": "home hub"})
    applicable_domains = factory.LazyAttribute(lambda o: list(o.spec[3]))
    confidence_score = fuzzy.FuzzyDecimal(0.6, 0.97, 4)
    validation_status = fuzzy.FuzzyChoice(ValidationStatus.values)
    tags = factory.LazyAttribute(lambda o: [o.spec[2], KnowledgeItemType(o.spec[1]).value])
    created_by = "learning-svc"


class KnowledgeApplicationFactory(DjangoModelFactory):
    class Meta:
        model = KnowledgeApplication

    knowledge_item = factory.SubFactory(KnowledgeItemFactory)
    target_domain = factory.LazyAttribute(
        lambda o: randgen.choice(o.knowledge_item.applicable_domains or Domain.values)
    )
    target_context = factory.LazyFunction(
        lambda: {"terminal": randgen.choice(("T1", "T2", "T3")), "period": "evening departure bank"}
    )
    application_timestamp = factory.LazyFunction(timezone.now)
    success_rating = fuzzy.FuzzyInteger(1, 5)
    adaptation_details = factory.LazyFunction(
        lambda: {"parameters_changed": ["lead_time_min"], "lead_time_min": 30}
    )
    metrics = factory.LazyFunction(
        lambda: {
            "before": round(randgen.uniform(10, 20), 1),
            "after": round(randgen.uniform(5, 12), 1),
            "unit": "min",
        }
    )
    notes = None


class KnowledgeSourceFactory(DjangoModelFactory):
    class Meta:
        model = KnowledgeSource
        exclude = ("spec",)

    spec = factory.Iterator(SOURCES)
    source_type = factory.LazyAttribute(lambda o: o.spec[1])
    name = factory.LazyAttribute(lambda o: o.spec[0])
    description = factory.LazyAttribute(lambda o: f"{KnowledgeSourceType(o.spec[1]).label}: {o.spec[0]}")
    reliability_score = factory.LazyAttribute(lambda o: Decimal(f"{o.spec[2]:.4f}"))
    metadata = factory.LazyFunction(
        lambda: {"refresh": randgen.choice(("hourly", "daily", "weekly")), "owner": "ops-analytics"}
    )


class LearningMetricFactory(DjangoModelFactory):
    class Meta:
        model = LearningMetric

    timestamp = factory.LazyFunction(timezone.now)
    metric_type = fuzzy.FuzzyChoice(LearningMetricType.values)
    domain = fuzzy.FuzzyChoice(Domain.values)
    value = factory.LazyAttribute(
        lambda o: Decimal(f"{randgen.uniform(*LEARNING_METRIC_RANGES[o.metric_type]):.4f}")
    )
    context = factory.LazyFunction(lambda: {"window": "24h", "items_considered": randgen.randint(3, 40)})
    notes = None
