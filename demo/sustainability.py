"""Sustainability of the demo day: meter series, consumption, carbon accounting, optimisations."""

import datetime as dt
import math
from collections.abc import Iterator
from decimal import Decimal

from demo.numbers import dec
from sustainability.choices import (
    EmissionSource,
    OptimizationStatus,
    OptimizationType,
    ResourceType,
    SustainabilityMetricType,
    Trend,
    VerificationStatus,
)
from sustainability.models import CarbonAccounting, ResourceConsumption, SustainabilityMetric
from tests.sustainability.factories import (
    EMISSION_SOURCES,
    OPTIMIZATIONS,
    RESOURCES,
    SustainabilityOptimizationFactory,
)

from .day import LOCAL, DemoDay, airport_load, minutes

SUSTAINABILITY_SERIES = (
    (SustainabilityMetricType.ENERGY_USE, "T1", "BMS EM-T1-001"),
    (SustainabilityMetricType.ENERGY_USE, "T2", "BMS EM-T2-001"),
    (SustainabilityMetricType.ENERGY_USE, "T3", "BMS EM-T3-001"),
    (SustainabilityMetricType.RENEWABLE_SHARE, "Airport site", "Energy management system"),
    (SustainabilityMetricType.CARBON_INTENSITY, "Airport grid connection", "Grid operator feed"),
    (SustainabilityMetricType.WATER_USE, "T1", "Water meter WM-T1-04"),
    (SustainabilityMetricType.NOISE_LEVEL, "Noise monitor NM-07 runway 18R", "Noise monitoring network"),
    (SustainabilityMetricType.AIR_QUALITY_INDEX, "Apron monitor AQ-2", "Air quality network"),
)


def solar(moment: dt.datetime) -> float:
    hour = moment.astimezone(LOCAL).hour + moment.astimezone(LOCAL).minute / 60
    return max(0.0, math.sin(math.pi * (hour - 6) / 15)) if 6 <= hour <= 21 else 0.0


def resource_rate(resource: str, moment: dt.datetime, load: float, storm: bool) -> float:
    """Use per 15 minutes at one meter of `resource`."""
    low, high = RESOURCES[resource][5]
    if resource == ResourceType.JET_FUEL and storm:
        return low * 0.1
    return low + (high - low) * (0.25 + 0.75 * load)


def _sustainability_metrics(day: DemoDay, moments) -> Iterator[SustainabilityMetric]:
    rng, fraction = day.rng, 1 / day.scale
    for moment in moments:
        load, sun = airport_load(moment), solar(moment)
        renewable = 38 + 45 * sun + rng.uniform(-3, 3)
        for metric_type, location, source in SUSTAINABILITY_SERIES:
            value = {
                SustainabilityMetricType.ENERGY_USE: (450 + 1900 * load) * fraction * rng.uniform(0.93, 1.07),
                SustainabilityMetricType.RENEWABLE_SHARE: renewable,
                SustainabilityMetricType.CARBON_INTENSITY: 420 - 2.6 * renewable,
                SustainabilityMetricType.WATER_USE: (6 + 48 * load) * fraction * rng.uniform(0.9, 1.1),
                SustainabilityMetricType.NOISE_LEVEL: 48 + 32 * load * rng.uniform(0.85, 1.05),
                SustainabilityMetricType.AIR_QUALITY_INDEX: 18 + 40 * load * rng.uniform(0.8, 1.1),
            }[metric_type]
            baseline = rng.uniform(-0.12, 0.08)
            trend = (
                Trend.IMPROVING
                if baseline < -0.03
                else (Trend.WORSENING if baseline > 0.03 else Trend.STABLE)
            )
            yield SustainabilityMetric(
                id=day.new_id(),
                timestamp=moment,
                created_at=moment,
                metric_type=metric_type,
                location=location,
                value=dec(value, 5),
                unit={
                    SustainabilityMetricType.ENERGY_USE: "kWh",
                    SustainabilityMetricType.RENEWABLE_SHARE: "%",
                    SustainabilityMetricType.CARBON_INTENSITY: "gCO2e/kWh",
                    SustainabilityMetricType.WATER_USE: "m3",
                    SustainabilityMetricType.NOISE_LEVEL: "dB(A)",
                    SustainabilityMetricType.AIR_QUALITY_INDEX: "AQI",
                }[metric_type],
                source=source,
                comparison_to_baseline=dec(baseline, 4),
                trend=trend,
            )


def _resource_consumption(day: DemoDay, moments) -> Iterator[ResourceConsumption]:
    rng, fraction = day.rng, 1 / day.scale
    for moment in moments:
        load, storm = airport_load(moment), day.in_storm(moment)
        for resource, (unit_name, meters, activity, factor, price, _range) in RESOURCES.items():
            for meter in meters:
                value = resource_rate(resource, moment, load, storm) * fraction * rng.uniform(0.92, 1.08)
                yield ResourceConsumption(
                    id=day.new_id(),
                    timestamp=moment,
                    created_at=moment,
                    resource_type=resource,
                    location=meter,
                    consumption_value=dec(value, 5),
                    unit=unit_name,
                    associated_activity=activity,
                    carbon_equivalent=dec(value * factor, 5),
                    cost=dec(value * price, 2),
                )


EMISSION_RESOURCES = {
    EmissionSource.SCOPE1_STATIONARY: (ResourceType.NATURAL_GAS,),
    EmissionSource.SCOPE1_VEHICLES: (ResourceType.DIESEL,),
    EmissionSource.SCOPE2_ELECTRICITY: (ResourceType.ELECTRICITY,),
    EmissionSource.SCOPE2_HEAT: (ResourceType.DISTRICT_HEATING, ResourceType.DISTRICT_COOLING),
    EmissionSource.SCOPE3_WASTE: (ResourceType.WASTE,),
}


def _carbon_accounting(day: DemoDay, moments) -> Iterator[CarbonAccounting]:
    """Hourly entries, computed from the same consumption curves the meters follow."""
    rng, hours = day.rng, 1 / day.scale
    for moment in moments:
        load, storm = airport_load(moment), day.in_storm(moment)
        for source, (location, method) in EMISSION_SOURCES.items():
            if source in EMISSION_RESOURCES:
                emissions = sum(
                    resource_rate(r, moment, load, storm) * 4 * hours * len(RESOURCES[r][1]) * RESOURCES[r][3]
                    for r in EMISSION_RESOURCES[source]
                )
            elif source == EmissionSource.SCOPE3_AIRCRAFT_LTO:
                emissions = (0 if storm else (8 + 60 * load)) * 2.9 * hours  # movements x tCO2e per LTO cycle
            else:
                emissions = (400 + 5200 * load) * 0.0045 * hours  # ground access trips x tCO2e per trip
            emissions = dec(emissions * rng.uniform(0.97, 1.03), 5)
            offset = emissions if source.startswith("scope1") else dec(0, 5)
            yield CarbonAccounting(
                id=day.new_id(),
                timestamp=moment,
                created_at=moment,
                updated_at=moment,
                source_type=source,
                location=location,
                emissions_value=emissions,
                calculation_method=method,
                offset_amount=offset,
                net_emissions=emissions - offset,
                verification_status=VerificationStatus.UNVERIFIED
                if moment > day.end - minutes(360)
                else VerificationStatus.PENDING,
                notes="Scope 1 residual emissions offset with certified removals (ACA level 4+)"
                if offset
                else None,
            )


def seed_sustainability(day: DemoDay) -> None:
    quarter_hours, hours = day.times(15), day.times(60)
    day.bulk_insert(
        SustainabilityMetric,
        _sustainability_metrics(day, quarter_hours),
        len(quarter_hours) * len(SUSTAINABILITY_SERIES),
    )
    meters = sum(len(spec[1]) for spec in RESOURCES.values())
    day.bulk_insert(
        ResourceConsumption, _resource_consumption(day, quarter_hours), len(quarter_hours) * meters
    )
    day.bulk_insert(CarbonAccounting, _carbon_accounting(day, hours), len(hours) * len(EMISSION_SOURCES))

    end, rng = day.end, day.rng
    optimizations = (
        (OptimizationType.HVAC_SETPOINT, OptimizationStatus.ACTIVE, Decimal("0.0800"), -3, 27,
         {"kwh_saved_per_day": 1850, "tco2e_avoided_per_month": 18.2}, {"kwh_saved_to_date": 5240, "comfort_complaints": 2}),
        (OptimizationType.LIGHTING_SCHEDULE, OptimizationStatus.COMPLETED, Decimal("0.1500"), -35, -5,
         {"kwh_saved_per_day": 620}, {"kwh_saved_per_day": 688, "tco2e_avoided": 6.8}),
        (OptimizationType.LOAD_SHIFTING, OptimizationStatus.APPROVED, Decimal("0.1200"), 1, 91,
         {"peak_kw_reduction": 450, "cost_saved_eur_per_month": 9100}, None),
        (OptimizationType.WATER_REUSE, OptimizationStatus.PROPOSED, Decimal("0.2000"), 14, 379,
         {"m3_saved_per_year": 42000}, None),
        (OptimizationType.FLEET_ELECTRIFICATION, OptimizationStatus.ACTIVE, Decimal("0.2500"), -120, 610,
         {"litres_diesel_saved_per_year": 310000, "tco2e_avoided_per_year": 820}, {"electric_share": 0.46}),
        (OptimizationType.DEMAND_RESPONSE, OptimizationStatus.CANCELLED, Decimal("0.0500"), -1, 0,
         {"max_shed_kw": 1500}, {"cancelled": "grid operator withdrew the request"}),
    )  # fmt: skip
    for kind, status, reduction, start_days, end_days, estimated, actual in optimizations:
        resource, area, allowed, constraints = OPTIMIZATIONS[kind]
        day.make(
            SustainabilityOptimizationFactory,
            optimization_type=kind,
            target_area=area,
            target_resource=resource,
            target_reduction=reduction,
            status=status,
            constraints=constraints,
            allowed_interventions=list(allowed),
            start_time=end + dt.timedelta(days=start_days),
            end_time=end + dt.timedelta(days=end_days),
            estimated_impact=estimated,
            actual_impact=actual,
            created_by=rng.choice(("energy.desk", "sustainability.lead")),
            created_at=end + dt.timedelta(days=min(start_days, 0) - 7),
        )
