"""Factories for the sustainability models: meter readings, consumption, optimisations, carbon.

Units follow what an airport's energy and environment teams report: kWh, m3, litres, GJ,
tCO2e. `RESOURCES` holds, per resource, its unit, meters (locations), the activity it serves,
the emission factor (tCO2e per unit) and the price (EUR per unit); `seed_demo` uses the same
table to build consistent daily series.
"""

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

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
from sustainability.models import (
    CarbonAccounting,
    ResourceConsumption,
    SustainabilityMetric,
    SustainabilityOptimization,
)

# unit, meter locations, activity, tCO2e per unit, EUR per unit, typical use per 15 minutes
RESOURCES = {
    ResourceType.ELECTRICITY: (
        "kWh",
        ("T1 Main substation", "T2 Main substation", "T2 Pier D HVAC", "Apron lighting AGL-North"),
        "Terminal HVAC, lighting and baggage systems",
        0.000328,
        0.18,
        (350, 2400),
    ),
    ResourceType.NATURAL_GAS: ("m3", ("Central heating plant",), "Space heating", 0.001884, 1.10, (40, 260)),
    ResourceType.JET_FUEL: (
        "L",
        ("Hydrant fuel farm",),
        "Aircraft refuelling",
        0.00253,
        0.85,
        (20000, 90000),
    ),
    ResourceType.DIESEL: (
        "L",
        ("GSE fuel station East",),
        "Ground support equipment",
        0.00265,
        1.65,
        (60, 420),
    ),
    ResourceType.WATER: (
        "m3",
        ("T1 Washrooms", "T2 Catering"),
        "Passenger facilities",
        0.000344,
        1.90,
        (4, 45),
    ),
    ResourceType.DISTRICT_HEATING: ("GJ", ("T3 Heat exchanger",), "Space heating", 0.0364, 28.0, (1.5, 9.0)),
    ResourceType.DISTRICT_COOLING: (
        "kWh",
        ("T2 Chiller plant",),
        "Terminal cooling",
        0.00005,
        0.06,
        (200, 1600),
    ),
    ResourceType.WASTE: (
        "kg",
        ("Waste handling centre",),
        "Terminal waste collection",
        0.00046,
        0.16,
        (150, 900),
    ),
}

# unit and plausible range of each sustainability metric (15-minute readings)
METRICS = {
    SustainabilityMetricType.ENERGY_USE: ("kWh", (300, 2500)),
    SustainabilityMetricType.RENEWABLE_SHARE: ("%", (35, 100)),
    SustainabilityMetricType.CARBON_INTENSITY: ("gCO2e/kWh", (180, 420)),
    SustainabilityMetricType.WATER_USE: ("m3", (5, 60)),
    SustainabilityMetricType.WASTE_DIVERSION: ("%", (40, 75)),
    SustainabilityMetricType.NOISE_LEVEL: ("dB(A)", (45, 85)),
    SustainabilityMetricType.AIR_QUALITY_INDEX: ("AQI", (15, 70)),
}

# location and calculation method per emission source (GHG Protocol scopes)
EMISSION_SOURCES = {
    EmissionSource.SCOPE1_STATIONARY: ("Central heating plant", "Fuel-based: natural gas x 1.884 kgCO2e/m3"),
    EmissionSource.SCOPE1_VEHICLES: ("Airside vehicle fleet", "Fuel-based: diesel x 2.65 kgCO2e/L"),
    EmissionSource.SCOPE2_ELECTRICITY: (
        "Airport grid connection",
        "Location-based grid factor 328 gCO2e/kWh",
    ),
    EmissionSource.SCOPE2_HEAT: ("District heating and cooling", "Supplier-specific factor 36.4 kgCO2e/GJ"),
    EmissionSource.SCOPE3_AIRCRAFT_LTO: ("Runways and taxiways", "ICAO LTO cycle (Doc 9889)"),
    EmissionSource.SCOPE3_GROUND_ACCESS: (
        "Landside roads and car parks",
        "Modal split survey x traffic counts",
    ),
    EmissionSource.SCOPE3_WASTE: ("Waste handling centre", "Waste-type emission factors (DEFRA 2023)"),
}

# target resource, target area, allowed interventions and constraints per optimisation type
OPTIMIZATIONS = {
    OptimizationType.HVAC_SETPOINT: (
        ResourceType.ELECTRICITY,
        "T2 Pier D",
        ["raise_cooling_setpoint_1c", "reduce_air_changes_low_occupancy"],
        {"min_comfort_temp_c": 20.5, "max_comfort_temp_c": 24.5, "no_change_during_boarding": True},
    ),
    OptimizationType.LIGHTING_SCHEDULE: (
        ResourceType.ELECTRICITY,
        "Apron lighting AGL-North",
        ["dim_to_60_percent_idle_stands", "switch_off_closed_stands"],
        {"min_lux_active_stand": 20, "safety_override": "ground_handling_request"},
    ),
    OptimizationType.LOAD_SHIFTING: (
        ResourceType.ELECTRICITY,
        "GSE charging hub East",
        ["shift_ev_charging_to_off_peak", "cap_charging_power_peak_hours"],
        {"min_state_of_charge_pct": 60, "peak_hours": ["07:00-09:00", "17:00-19:00"]},
    ),
    OptimizationType.DEMAND_RESPONSE: (
        ResourceType.ELECTRICITY,
        "Airport grid connection",
        ["shed_non_critical_loads", "start_battery_discharge"],
        {"max_shed_kw": 1500, "protected_loads": ["ATC", "security", "baggage"]},
    ),
    OptimizationType.FLEET_ELECTRIFICATION: (
        ResourceType.DIESEL,
        "Airside vehicle fleet",
        ["replace_diesel_tugs", "prioritise_electric_buses_in_dispatch"],
        {"min_fleet_availability_pct": 92},
    ),
    OptimizationType.WASTE_REDUCTION: (
        ResourceType.WASTE,
        "T2 Catering",
        ["separate_organic_waste", "reusable_cup_scheme"],
        {"hygiene_rules": "HACCP"},
    ),
    OptimizationType.WATER_REUSE: (
        ResourceType.WATER,
        "T1 Washrooms",
        ["grey_water_toilet_flushing", "rainwater_for_aircraft_washing"],
        {"potable_quality_zones_excluded": True},
    ),
}


class SustainabilityMetricFactory(DjangoModelFactory):
    class Meta:
        model = SustainabilityMetric

    timestamp = factory.LazyFunction(timezone.now)
    metric_type = fuzzy.FuzzyChoice(SustainabilityMetricType.values)
    location = fuzzy.FuzzyChoice(["T1", "T2", "T3", "Airport site"])
    value = factory.LazyAttribute(lambda o: dec(randgen.uniform(*METRICS[o.metric_type][1]), 5))
    unit = factory.LazyAttribute(lambda o: METRICS[o.metric_type][0])
    source = factory.LazyAttribute(
        lambda o: f"BMS meter EM-{o.location.replace(' ', '')[:4].upper()}-{randgen.randint(1, 40):03d}"
    )
    comparison_to_baseline = fuzzy.FuzzyDecimal(-0.2, 0.15, 4)
    trend = factory.LazyAttribute(
        lambda o: (
            Trend.IMPROVING
            if o.comparison_to_baseline < Decimal("-0.02")
            else (Trend.WORSENING if o.comparison_to_baseline > Decimal("0.02") else Trend.STABLE)
        )
    )
    notes = None


class ResourceConsumptionFactory(DjangoModelFactory):
    class Meta:
        model = ResourceConsumption
        exclude = ("spec",)

    timestamp = factory.LazyFunction(timezone.now)
    resource_type = fuzzy.FuzzyChoice(ResourceType.values)
    spec = factory.LazyAttribute(lambda o: RESOURCES[o.resource_type])
    location = factory.LazyAttribute(lambda o: randgen.choice(o.spec[1]))
    consumption_value = factory.LazyAttribute(lambda o: dec(randgen.uniform(*o.spec[5]), 5))
    unit = factory.LazyAttribute(lambda o: o.spec[0])
    associated_activity = factory.LazyAttribute(lambda o: o.spec[2])
    carbon_equivalent = factory.LazyAttribute(lambda o: dec(float(o.consumption_value) * o.spec[3], 5))
    cost = factory.LazyAttribute(lambda o: dec(float(o.consumption_value) * o.spec[4], 2))
    notes = None


class SustainabilityOptimizationFactory(DjangoModelFactory):
    class Meta:
        model = SustainabilityOptimization
        exclude = ("spec",)

    optimization_type = fuzzy.FuzzyChoice(OptimizationType.values)
    spec = factory.LazyAttribute(lambda o: OPTIMIZATIONS[o.optimization_type])
    target_area = factory.LazyAttribute(lambda o: o.spec[1])
    target_resource = factory.LazyAttribute(lambda o: o.spec[0])
    target_reduction = fuzzy.FuzzyDecimal(0.03, 0.25, 4)
    status = OptimizationStatus.PROPOSED
    constraints = factory.LazyAttribute(lambda o: o.spec[3])
    allowed_interventions = factory.LazyAttribute(lambda o: list(o.spec[2]))
    start_time = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(hours=1))
    end_time = factory.LazyAttribute(lambda o: o.start_time + dt.timedelta(days=30))
    estimated_impact = factory.LazyAttribute(
        lambda o: {
            "baseline_per_day": RESOURCES[o.target_resource][5][1] * 96 / 2,
            "unit": RESOURCES[o.target_resource][0],
            "reduction_fraction": float(o.target_reduction),
            "tco2e_avoided_per_month": round(
                RESOURCES[o.target_resource][5][1]
                * 48
                * 30
                * RESOURCES[o.target_resource][3]
                * float(o.target_reduction),
                2,
            ),
        }
    )
    actual_impact = None
    created_by = "energy.desk"


class CarbonAccountingFactory(DjangoModelFactory):
    class Meta:
        model = CarbonAccounting

    timestamp = factory.LazyFunction(timezone.now)
    source_type = fuzzy.FuzzyChoice(EmissionSource.values)
    location = factory.LazyAttribute(lambda o: EMISSION_SOURCES[o.source_type][0])
    calculation_method = factory.LazyAttribute(lambda o: EMISSION_SOURCES[o.source_type][1])
    emissions_value = fuzzy.FuzzyDecimal(0.2, 40.0, 5)
    offset_amount = factory.LazyAttribute(
        lambda o: dec(float(o.emissions_value) * randgen.uniform(0, 0.3), 5)
    )
    net_emissions = factory.LazyAttribute(lambda o: o.emissions_value - o.offset_amount)
    verification_status = fuzzy.FuzzyChoice(VerificationStatus.values)
    notes = None
