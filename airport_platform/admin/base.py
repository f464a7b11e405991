"""The base admin classes every platform table uses (see the package docstring)."""

import uuid
from collections import Counter

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.utils import quote
from django.contrib.gis.admin import GISModelAdmin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst

from airport_platform.access import may, model_access
from airport_platform.history.admin import HistoryAdminMixin
from airport_platform.models import SoftDeletable, Versioned
from airport_platform.models.managers import _soft_cascade_relations, soft_delete_blockers

from .display import RECORD_FIELDS, PrettyJSONFormField, json_display
from .lifecycle import LifecycleAdminMixin
from .lists import EstimatedCountPaginator, PlatformChangeList, _leads_an_index, _page_number
from .panels import related_panels

# --- Optimistic concurrency -------------------------------------------------------------------


class VersionedAdminForm(forms.ModelForm):
    """Carries the `version` the form was rendered with: saving over someone else's newer change
    is refused with a form error instead of silently overwriting it."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance._state.adding:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        if not self.instance._state.adding and loaded is not None and loaded != self.instance.version:
            raise forms.ValidationError(
                f"This {self.instance._meta.verbose_name} was changed by someone else while you were "
                f"editing it (version {loaded} became {self.instance.version}). Reload the page, "
                "check their changes and apply yours again.",
                code="concurrent_modification",
            )
        return cleaned


# --- Base admins --------------------------------------------------------------------------------


class PlatformModelAdmin(HistoryAdminMixin, GISModelAdmin):
    """What every platform table gets; see the module docstring."""

    formfield_overrides = {models.JSONField: {"form_class": PrettyJSONFormField}}
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    list_per_page = 50
    search_help_text = (
        "Search the text columns, or paste a UUID to find a row (and the rows referring to it)."
    )

    #: Tables that grow without bound (events, journeys, audits...): never counted exactly (the
    #: planner's estimate is shown past the first page) and no facet counts.
    large_table = False
    #: Real COUNT(*) below this many (estimated) rows, when `large_table` is False.
    exact_count_below = 10_000
    #: Indexed UUID columns (or foreign keys) a pasted UUID is matched against, besides the id.
    search_uuid_fields: tuple[str, ...] = ()
    #: Array columns (tags...) a single searched word is matched against as one element.
    search_array_fields: tuple[str, ...] = ()
    #: The service that creates a row added here, called with the form's fields and `user`, so
    #: adding in the admin applies the same rules as the API (None: the form is saved as is).
    #: Declared as `add_service = staticmethod(services.thing_create)`.
    add_service = None

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        opts = model._meta
        names = {f.name for f in opts.concrete_fields}
        versioned = issubclass(model, Versioned)  # PredictionModel.version is a release string
        self.record_fields = tuple(
            name for name in RECORD_FIELDS if name in names and (name != "version" or versioned)
        )
        self.author_fields = tuple(
            name for name in model.create_author_fields() if name not in self.record_fields
        )
        self.json_display_fields = {}
        for field in opts.concrete_fields:
            if isinstance(field, models.JSONField):
                name = f"{field.name}_pretty"
                setattr(self, name, json_display(field))
                self.json_display_fields[field.name] = name
        foreign_keys = [f.name for f in opts.concrete_fields if isinstance(f, models.ForeignKey)]
        if not self.raw_id_fields:
            self.raw_id_fields = tuple(foreign_keys)
        if self.list_select_related is False:  # join the keys shown as columns, nothing else
            self.list_select_related = tuple(
                name
                for name in (getattr(column, "select_related", column) for column in self.list_display)
                if name in foreign_keys
            )
        if versioned and self.form is forms.ModelForm:
            self.form = VersionedAdminForm
        if self.large_table:
            self.show_facets = admin.ShowFacets.NEVER
            self.exact_count_below = 0
        self.date_hierarchy_indexed = bool(self.date_hierarchy) and _leads_an_index(
            model, self.date_hierarchy
        )

    # Lists

    def get_changelist(self, request, **kwargs):
        return PlatformChangeList

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        return self.paginator(
            queryset,
            per_page,
            orphans,
            allow_empty_first_page,
            page_number=_page_number(request),
            exact_count_below=self.exact_count_below,
        )

    def get_search_fields(self, request):
        # Always offer the search box: a UUID can be searched on every table.
        return self.search_fields or ("id",)

    def search_text_or_uuid(self, request, queryset, search_term):
        """A pasted UUID finds the row (and rows pointing at it) through indexes, no text scan."""
        try:
            value = uuid.UUID(search_term.strip())
        except ValueError:
            if not self.search_fields:  # nothing but ids to search
                return (queryset.none() if search_term else queryset), False
            return super().get_search_results(request, queryset, search_term)
        query = models.Q(pk=value)
        for name in self.search_uuid_fields:
            query |= models.Q(**{name: value})
        return queryset.filter(query), False

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = self.search_text_or_uuid(request, queryset, search_term)
        term = search_term.strip()
        if self.search_array_fields and term and " " not in term:
            query = models.Q()
            for name in self.search_array_fields:
                query |= models.Q(**{f"{name}__contains": [term]})
            queryset |= self.get_queryset(request).filter(query)
        return queryset, may_have_duplicates

    # Permissions: the table's access declaration (airport_platform/access.py), as in the API

    def has_add_permission(self, request):
        return not model_access(self.model).read_only and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return not model_access(self.model).read_only and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        access = model_access(self.model)
        if access.read_only or (obj is not None and access.refuse_delete and access.refuse_delete(obj)):
            return False
        return super().has_delete_permission(request, obj)

    def has_operation_permission(self, request, operation: str) -> bool:
        """A declared operation (`activate`...): for `@admin.action(permissions=[operation])`,
        define `has_<operation>_permission` as a call of this."""
        return may(request.user, self.model, operation)

    # Forms

    def is_read_only(self, request, obj=None) -> bool:
        return obj is not None and not self.has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = [*self.readonly_fields, *self.author_fields, *self.record_fields]
        if obj is not None:  # what other apps show about this row (panels.py)
            panels = [panel.readonly_field for panel in related_panels(self.model)]
            readonly[len(self.readonly_fields) : len(self.readonly_fields)] = panels
        if self.is_read_only(request, obj):
            readonly += self.json_display_fields.values()
        return list(dict.fromkeys(readonly))

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if self.is_read_only(request, obj):
            shown = (self.json_display_fields.get(name, name) for name in fields)
            fields = [name for name in shown if name != "loaded_version"]
        return list(dict.fromkeys(fields))

    def get_fieldsets(self, request, obj=None):
        if self.fieldsets:
            return self.fieldsets
        fields = self.get_fields(request, obj)
        main = [name for name in fields if name not in self.record_fields]
        record = [name for name in fields if name in self.record_fields]
        fieldsets = [(None, {"fields": main})]
        if obj is not None and record:
            fieldsets.append(self.record_fieldset(obj, record))
        return fieldsets

    def record_fieldset(self, obj, fields):
        return ("Record", {"fields": fields, "classes": ["collapse"]})

    # Saving

    def stamp_authors(self, request, obj, *, created: bool):
        model = type(obj)
        names = model.create_author_fields() if created else model.update_author_fields()
        for name in names:
            setattr(obj, name, request.user.get_username())

    def save_model(self, request, obj, form, change):
        if change or self.add_service is None:
            self.stamp_authors(request, obj, created=not change)
            super().save_model(request, obj, form, change)
            return
        names = {f.name for f in obj._meta.concrete_fields}
        values = {name: getattr(obj, name) for name in form.cleaned_data if name in names}
        created = self.add_service(user=request.user, **values)
        # The service may have set more than the form (status, defaults) or reused a row: the
        # admin goes on (inlines, log entry, redirect) with the row as stored.
        obj.pk = created.pk
        obj.refresh_from_db()
        obj._state.adding = False

    def save_formset(self, request, form, formset, change):
        for inline_obj in formset.save(commit=False):
            self.stamp_authors(request, inline_obj, created=inline_obj._state.adding)
            inline_obj.save()
        for inline_obj in formset.deleted_objects:
            inline_obj.delete()
        formset.save_m2m()


class DeletedListFilter(admin.SimpleListFilter):
    """Deleted: no (default) / yes / all. The admin's queryset starts from `all_objects`."""

    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return [("no", "No"), ("yes", "Yes"), ("all", "All")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "all":
            return queryset
        return queryset.filter(deleted_at__isnull=value != "yes")

    def choices(self, changelist):
        current = self.value() if self.value() in ("yes", "all") else "no"
        counts = self.get_facet_queryset(changelist) if changelist.add_facets else {}
        for i, (value, label) in enumerate(self.lookup_choices):
            if f"{i}__c" in counts:
                label = f"{label} ({counts[f'{i}__c']})"
            if value == "no":
                query_string = changelist.get_query_string(remove=[self.parameter_name])
            else:
                query_string = changelist.get_query_string({self.parameter_name: value})
            yield {"selected": current == value, "query_string": query_string, "display": label}


class SoftDeletableAdmin(LifecycleAdminMixin, PlatformModelAdmin):
    """Admin of a `SoftDeletable` table (EntityModel, RecordModel).

    Deleting (delete view or the bulk action) calls the model's soft delete, which cascades to
    soft-deletable children. Deleted rows are hidden unless the "Deleted" filter says otherwise,
    are read-only, and come back with "Restore selected" (children deleted in the same moment
    come back too). A declared `lifecycle` adds transition buttons (admin/lifecycle.py).
    """

    actions = ["restore_selected"]
    delete_confirmation_template = "admin/soft_delete_confirmation.html"
    delete_selected_confirmation_template = "admin/soft_delete_selected_confirmation.html"

    def get_queryset(self, request):
        # Every row, so deleted ones can be shown, opened and restored; the filter hides them.
        queryset = self.model.all_objects.get_queryset()
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), DeletedListFilter)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not getattr(obj, "is_deleted", False)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not getattr(obj, "is_deleted", False)

    def record_fieldset(self, obj, fields):
        if not obj.is_deleted:
            return super().record_fieldset(obj, fields)
        return (
            "Deleted",
            {
                "fields": fields,
                "description": "This row is deleted and read-only. To bring it back, list the deleted "
                f"{obj._meta.verbose_name_plural} (Deleted filter: yes) and use “Restore selected”.",
            },
        )

    def has_restore_permission(self, request):
        """Whoever may delete a row may bring it back (read-only tables: nobody)."""
        return may(request.user, self.model, "delete")

    @admin.action(description="Restore selected %(verbose_name_plural)s", permissions=["restore"])
    def restore_selected(self, request, queryset):
        restored = list(queryset.filter(deleted_at__isnull=False))
        count = queryset.restore()
        if restored:
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=restored,
                action_flag=CHANGE,
                change_message="Restored (soft-deleted row brought back).",
            )
        opts = self.model._meta
        name = opts.verbose_name if count == 1 else opts.verbose_name_plural
        self.message_user(request, f"Restored {count} {name}.", messages.SUCCESS)

    def get_deleted_objects(self, objs, request):
        """What a soft delete marks deleted: the rows and, recursively, their soft-deletable
        children on CASCADE keys (exactly what `SoftDeleteQuerySet.soft_delete` does). No row is
        removed; live rows referring to them through a PROTECT key block it (as a hard delete
        would be blocked), time-series rows pointing at them are kept."""
        perms_needed = set()
        model_count = Counter()

        def describe(obj):
            opts = obj._meta
            model_count[opts.verbose_name_plural] += 1
            model_admin = self.admin_site._registry.get(type(obj))
            if model_admin is None:
                return f"{capfirst(opts.verbose_name)}: {obj}"
            if not model_admin.has_delete_permission(request, obj):
                perms_needed.add(opts.verbose_name)
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])
            return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), url, obj)

        def nested(obj):
            children = []
            for relation in _soft_cascade_relations(type(obj)):
                for child in relation.related_model.objects.filter(**{relation.field.name: obj}):
                    children += nested(child)
            return [describe(obj), children] if children else [describe(obj)]

        to_delete = []
        for obj in objs:
            if not obj.is_deleted:
                to_delete += nested(obj)
        blockers = soft_delete_blockers(self.model, [obj.pk for obj in objs if not obj.is_deleted])
        protected = [f"{capfirst(b._meta.verbose_name)}: {b}" for b in blockers]
        return to_delete, dict(model_count), perms_needed, protected


class TimeSeriesAdmin(PlatformModelAdmin):
    """Admin of a TimescaleDB hypertable (`TimeSeriesModel`).

    Time-series rows are append-only history written by the platform's producers (sensors,
    the orchestrator, simulations): the admin only views them. Adding is not offered either, so
    a hand-typed reading can never pass for a measured one; corrections go through the API or
    the producing service. Lists are never counted and drill down by date through the time
    index; the date hierarchy defaults to the hypertable's time column.
    """

    large_table = True

    def __init__(self, model, admin_site):
        if not self.date_hierarchy:
            self.date_hierarchy = model.hypertable.time_column
        super().__init__(model, admin_site)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PlatformInline(admin.TabularInline):
    """Inline of a soft-deletable child: alive rows only, pretty JSON, raw-id keys, and
    read-only while the parent is deleted. Deleting a row in the inline soft-deletes it."""

    formfield_overrides = {models.JSONField: {"form_class": PrettyJSONFormField}}
    extra = 0
    show_change_link = True

    def __init__(self, parent_model, admin_site):
        super().__init__(parent_model, admin_site)
        if not self.raw_id_fields:
            self.raw_id_fields = tuple(
                f.name
                for f in self.model._meta.concrete_fields
                if isinstance(f, models.ForeignKey) and f.related_model is not parent_model
            )

    def _parent_deleted(self, obj):
        return isinstance(obj, SoftDeletable) and obj.is_deleted

    def _writable(self, obj) -> bool:
        return not model_access(self.model).read_only and not self._parent_deleted(obj)

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._writable(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._writable(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._writable(obj)


class ReadOnlyInline(PlatformInline):
    """Inline listing children that are changed elsewhere (their own page or a service)."""

    def has_add_permission(self, request, obj):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
