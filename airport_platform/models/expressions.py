from django.db import models


def choice_rank(model, field_name: str) -> models.Case:
    """The position of a row's value in the field's declared choices (e.g. urgency immediate=0,
    high=1, normal=2, low=3), to order by meaning rather than alphabetically."""
    field = model._meta.get_field(field_name)
    return models.Case(
        *(
            models.When(**{field_name: value}, then=models.Value(index))
            for index, (value, _) in enumerate(field.flatchoices)
        ),
        output_field=models.IntegerField(),
    )
