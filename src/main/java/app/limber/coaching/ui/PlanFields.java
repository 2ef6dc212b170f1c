package app.limber.coaching.ui;

import app.limber.base.Words;
import app.limber.base.ui.DatePickerWords;
import app.limber.coaching.InvalidPlanException;
import app.limber.coaching.Plan;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The plan of a routine given to athletes: chosen days ("Mon, Wed, Fri"), times a week, when a
 * cramp starts, or no plan, with a first and an optional last day. Each field shows what is
 * wrong with it; the service decides.
 */
class PlanFields extends Div {

    final RadioButtonGroup<Plan.Kind> kind = new RadioButtonGroup<>(getTranslation("plan-words.plan"));
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("plan-fields.days"));
    final IntegerField times = new IntegerField(getTranslation("plan-fields.times"));
    final DatePicker starts = DatePickerWords.inReadersLanguage(new DatePicker(getTranslation("plan-fields.starts")));
    final DatePicker ends = DatePickerWords.inReadersLanguage(new DatePicker(getTranslation("plan-fields.ends")));

    private Plan shown;

    PlanFields(LocalDate today) {
        addClassName("limber-plan-fields");
        kind.setItems(Plan.Kind.NONE, Plan.Kind.DAYS, Plan.Kind.TIMES, Plan.Kind.ON_CRAMP);
        kind.setItemLabelGenerator(chosen -> Words.label(chosen).shown());
        days.setItems(Arrays.asList(DayOfWeek.values()));
        days.setItemLabelGenerator(day -> Plan.dayWords(day).shown());
        days.addClassName("limber-plan-days");
        times.setMin(1);
        times.setMax(Plan.MAX_TIMES_PER_WEEK);
        times.setStepButtonsVisible(true);
        times.setHelperText(getTranslation("plan-fields.times-helper"));
        ends.setHelperText(getTranslation("plan-fields.ends-helper"));
        for (var field : new com.vaadin.flow.component.HasValidation[]{days, times, starts, ends}) {
            field.setManualValidation(true);
        }
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        days.addValueChangeListener(change -> days.setInvalid(false));
        times.addValueChangeListener(change -> times.setInvalid(false));
        starts.addValueChangeListener(change -> starts.setInvalid(false));
        ends.addValueChangeListener(change -> ends.setInvalid(false));
        var note = new Paragraph(getTranslation("plan-fields.note"));
        note.addClassName("limber-plan-note");
        add(kind, days, times, starts, ends, note);
        show(Plan.none(today));
    }

    /** Shows a plan; {@link #changed()} compares against it. */
    void show(Plan plan) {
        shown = plan;
        kind.setValue(plan.kind());
        days.setValue(plan.days());
        times.setValue(plan.kind() == Plan.Kind.TIMES ? plan.timesPerWeek() : 3);
        starts.setValue(plan.starts());
        ends.setValue(plan.ends());
        showFieldsOf(plan.kind());
    }

    /** The plan as the fields say it (unchecked: the service checks it). */
    Plan value() {
        Plan.Kind chosen = kind.getValue() == null ? Plan.Kind.NONE : kind.getValue();
        return switch (chosen) {
            case NONE -> Plan.none(starts.getValue());
            case ON_CRAMP -> Plan.whenACrampStarts(starts.getValue());
            case DAYS -> Plan.onDays(days.getValue(), starts.getValue(), ends.getValue());
            case TIMES -> Plan.timesAWeek(times.getValue() == null ? 0 : times.getValue(), starts.getValue(), ends.getValue());
        };
    }

    /** Whether the coach changed the plan shown (what a plan of its kind ignores aside). */
    boolean changed() {
        return !Objects.equals(comparable(value()), comparable(shown));
    }

    private static Plan comparable(Plan plan) {
        return switch (plan.kind()) {
            case NONE, ON_CRAMP -> new Plan(plan.kind(), java.util.Set.of(), 0, plan.starts(), null);
            case DAYS -> new Plan(plan.kind(), plan.days(), 0, plan.starts(), plan.ends());
            case TIMES -> new Plan(plan.kind(), java.util.Set.of(), plan.timesPerWeek(), plan.starts(), plan.ends());
        };
    }

    /** Shows the refusal next to the field it is about. */
    void showProblem(InvalidPlanException refused) {
        var field = switch (refused.field()) {
            case DAYS -> days;
            case TIMES -> times;
            case STARTS -> starts;
            case ENDS -> ends;
        };
        field.setErrorMessage(refused.words().shown());
        field.setInvalid(true);
    }

    private void showFieldsOf(Plan.Kind chosen) {
        days.setVisible(chosen == Plan.Kind.DAYS);
        times.setVisible(chosen == Plan.Kind.TIMES);
        ends.setVisible(chosen == Plan.Kind.DAYS || chosen == Plan.Kind.TIMES);
    }
}
