from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.SustainabilityMetricViewSet,
    views.ResourceConsumptionViewSet,
    views.SustainabilityOptimizationViewSet,
    views.CarbonAccountingViewSet,
)

app_name = "sustainability"
urlpatterns = router.urls
