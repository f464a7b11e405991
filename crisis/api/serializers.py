from airport_platform.api.serializers import PlatformModelSerializer
from crisis import lifecycle
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario


class CrisisScenarioSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisScenario
        fields = "__all__"
        lifecycle = lifecycle.SCENARIO


class CrisisActionSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisAction
        fields = "__all__"
        lifecycle = lifecycle.ACTION


class CrisisCommunicationSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisCommunication
        fields = "__all__"
        lifecycle = lifecycle.COMMUNICATION


class CrisisResourceSerializer(PlatformModelSerializer):
    class Meta:
        model = CrisisResource
        fields = "__all__"
        lifecycle = lifecycle.RESOURCE
