from django.db import models


class SustainabilityMetricType(models.TextChoices):
    ENERGY_USE = "energy_use", "Energy use"
    RENEWABLE_SHARE = "renewable_share", "Renewable share"
    CARBON_INTENSITY = "carbon_intensity", "Carbon intensity"
    WATER_USE = "water_use", "Water use"
    WASTE_DIVERSION = "waste_diversion", "Waste diverted from landfill"
    NOISE_LEVEL = "noise_level", "Noise level"
    AIR_QUALITY_INDEX = "air_quality_index", "Air quality index"


class Trend(models.TextChoices):
    IMPROVING = "improving", "Improving"
    STABLE = "stable", "Stable"
    WORSENING = "worsening", "Worsening"


class ResourceType(models.TextChoices):
    ELECTRICITY = "electricity", "Electricity"
    NATURAL_GAS = "natural_gas", "Natural gas"
    JET_FUEL = "jet_fuel", "Jet fuel"
    DIESEL = "diesel", "Diesel"
    WATER = "water", "Water"
    DISTRICT_HEATING = "district_heating", "District heating"
    DISTRICT_COOLING = "district_cooling", "District cooling"
    WASTE = "waste", "Waste"


class OptimizationType(models.TextChoices):
    LOAD_SHIFTING = "load_shifting", "Load shifting"
    DEMAND_RESPONSE = "demand_response", "Demand response"
    HVAC_SETPOINT = "hvac_setpoint", "HVAC setpoint"
    LIGHTING_SCHEDULE = "lighting_schedule", "Lighting schedule"
    FLEET_ELECTRIFICATION = "fleet_electrification", "Fleet electrification"
    WASTE_REDUCTION = "waste_reduction", "Waste reduction"
    WATER_REUSE = "water_reuse", "Water reuse"


class OptimizationStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    APPROVED = "approved", "Approved"
    ACTIVE = "active", "Active"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    FAILED = "failed", "Failed"


class EmissionSource(models.TextChoices):
    """GHG Protocol scopes as airports report them (ACI Airport Carbon Accreditation)."""

    SCOPE1_STATIONARY = "scope1_stationary", "Scope 1: stationary combustion"
    SCOPE1_VEHICLES = "scope1_vehicles", "Scope 1: airport vehicles"
    SCOPE2_ELECTRICITY = "scope2_electricity", "Scope 2: purchased electricity"
    SCOPE2_HEAT = "scope2_heat", "Scope 2: purchased heat/cooling"
    SCOPE3_AIRCRAFT_LTO = "scope3_aircraft_lto", "Scope 3: aircraft landing/take-off"
    SCOPE3_GROUND_ACCESS = "scope3_ground_access", "Scope 3: passenger ground access"
    SCOPE3_WASTE = "scope3_waste", "Scope 3: waste"


class VerificationStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    PENDING = "pending", "Pending verification"
    VERIFIED = "verified", "Verified"
    DISPUTED = "disputed", "Disputed"
