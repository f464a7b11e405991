import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def groups(db):
    return {
        name: Group.objects.get_or_create(name=name)[0] for name in ("duty_managers", "operations_directors")
    }
