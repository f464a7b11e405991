"""Learning on the demo day: knowledge sources, items, applications and metrics."""

import datetime as dt
from decimal import Decimal

from airport_platform.choices import Domain
from demo.geography import TERMINALS
from demo.numbers import dec
from learning.choices import KnowledgeItemType, LearningMetricType, ValidationStatus
from learning.models import LearningMetric
from tests.learning.factories import (
    KNOWLEDGE,
    SOURCES,
    KnowledgeApplicationFactory,
    KnowledgeItemFactory,
    KnowledgeSourceFactory,
)

from .day import DemoDay, minutes, unit

LEARNING_DOMAINS = (Domain.SECURITY, Domain.ENERGY, Domain.PASSENGER_EXPERIENCE, Domain.AIRSIDE)
LEARNING_SERIES = (
    LearningMetricType.TRANSFER_SUCCESS_RATE,
    LearningMetricType.KNOWLEDGE_REUSE,
    LearningMetricType.VALIDATION_RATE,
)


def seed_learning(day: DemoDay) -> None:
    rng = day.rng
    for name, source_type, reliability in SOURCES:
        day.make(
            KnowledgeSourceFactory,
            source_type=source_type,
            name=name,
            description=f"Knowledge source: {name}",
            reliability_score=dec(reliability, 4),
            metadata={"refresh": "daily", "owner": "ops-analytics"},
            created_at=day.start - dt.timedelta(days=400),
        )
    items = []
    statuses = (ValidationStatus.VALIDATED,) * 4 + (
        ValidationStatus.UNDER_REVIEW,
        ValidationStatus.DEPRECATED,
    )
    for (title, item_type, source_domain, domains, content), status in zip(KNOWLEDGE, statuses, strict=True):
        items.append(
            day.make(
                KnowledgeItemFactory,
                item_type=item_type,
                title=title,
                description=f"{title}.",
                content=content,
                source_domain=source_domain,
                source_context={"period": "last 12 months"},
                applicable_domains=list(domains),
                confidence_score=unit(rng.uniform(0.7, 0.95)),
                validation_status=status,
                tags=[source_domain, item_type],
                created_by="learning-svc",
                created_at=day.start - dt.timedelta(days=rng.randint(20, 300)),
            )
        )
    items.append(
        day.make(
            KnowledgeItemFactory,
            item_type=KnowledgeItemType.LESSON_LEARNED,
            title="Pre-position buses at pier D before forecast thunderstorms",
            description="From today's storm: passengers waited 25 minutes for buses after the apron reopened.",
            content={
                "observation": "bus wait 25 min after reopening",
                "recommendation": "stage 4 buses 30 min before",
            },
            source_domain=Domain.CRISIS_MANAGEMENT,
            source_context={"crisis": "thunderstorm", "date": day.storm_start.date().isoformat()},
            applicable_domains=[Domain.CRISIS_MANAGEMENT, Domain.GROUND_HANDLING],
            confidence_score=Decimal("0.6500"),
            validation_status=ValidationStatus.UNVALIDATED,
            tags=["thunderstorm", "buses"],
            created_by="m.jansen",
            created_at=day.storm_end + minutes(60),
        )
    )
    usable = [
        i for i in items if i.validation_status in (ValidationStatus.VALIDATED, ValidationStatus.UNDER_REVIEW)
    ]
    for index in range(8):
        item = usable[index % len(usable)]
        moment = day.moment_weighted_by_load(day.start, day.end - minutes(30))
        day.make(
            KnowledgeApplicationFactory,
            knowledge_item=item,
            target_domain=rng.choice(item.applicable_domains),
            target_context={"terminal": rng.choice(TERMINALS), "situation": "departure bank"},
            application_timestamp=moment,
            success_rating=rng.choices((2, 3, 4, 5), weights=(1, 2, 4, 3))[0],
            adaptation_details={"lead_time_min": rng.choice((30, 40, 50))},
            metrics={
                "before": round(rng.uniform(12, 20), 1),
                "after": round(rng.uniform(6, 12), 1),
                "unit": "min",
            },
            created_at=moment,
        )
    moments = day.times(120)

    def metrics():
        for moment in moments:
            for domain in LEARNING_DOMAINS:
                for metric_type in LEARNING_SERIES:
                    value = {
                        LearningMetricType.TRANSFER_SUCCESS_RATE: rng.uniform(0.6, 0.9),
                        LearningMetricType.KNOWLEDGE_REUSE: rng.randint(0, 6),
                        LearningMetricType.VALIDATION_RATE: rng.uniform(0.45, 0.8),
                    }[metric_type]
                    yield LearningMetric(
                        id=day.new_id(),
                        timestamp=moment,
                        created_at=moment,
                        metric_type=metric_type,
                        domain=domain,
                        value=dec(value, 4),
                        context={"window": "2h", "items_considered": rng.randint(3, 12)},
                    )

    day.bulk_insert(LearningMetric, metrics(), len(moments) * len(LEARNING_DOMAINS) * len(LEARNING_SERIES))
