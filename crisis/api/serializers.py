from airport_platform.api.serializers import PlatformModelSerializer
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario


class CrisisScenarioSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisScenario
        fields = "__all__"


class CrisisActionSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisAction
        fields = "__all__"


class CrisisCommunicationSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisCommunication
        fields = "__all__"


class CrisisResourceSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisResource
        fields = "__all__"
