package app.limber.coaching.ui;

import app.limber.coaching.AssignmentService;
import app.limber.base.ui.UserTime;
import app.limber.coaching.AthleteGroup;
import app.limber.coaching.InvalidPlanException;
import app.limber.coaching.PublishingException;
import app.limber.coaching.RosterAthlete;
import app.limber.coaching.RosterService;
import app.limber.routine.RoutineDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Choose which athletes on the roster have this routine (its latest published version), on what plan, and when. */
class GiveToAthletesDialog extends Dialog {

    GiveToAthletesDialog(RoutineDetails routine, AssignmentService assignments, RosterService roster, Clock clock) {
        setHeaderTitle(getTranslation("give-dialog.title", routine.title()));
        List<RosterAthlete> athletes = roster.roster();
        if (athletes.isEmpty()) {
            add(new Paragraph(getTranslation("give-dialog.no-athletes")));
            getFooter().add(new Button(getTranslation("give-dialog.close"), click -> close()));
            return;
        }
        var who = new CheckboxGroup<RosterAthlete>(getTranslation("give-dialog.athletes"));
        who.setItems(athletes);
        who.setItemLabelGenerator(RosterAthlete::name);
        List<Long> current = assignments.assignedAthletes(routine.id());
        who.setValue(athletes.stream().filter(athlete -> current.contains(athlete.athleteId())).collect(Collectors.toSet()));
        List<AthleteGroup> groupsOfCoach = roster.groups();
        var groups = new CheckboxGroup<AthleteGroup>(getTranslation("give-dialog.groups"));
        groups.setItems(groupsOfCoach);
        groups.setItemLabelGenerator(group -> group.name() + " (" + group.athleteIds().size() + ")");
        groups.setVisible(!groupsOfCoach.isEmpty());
        groups.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                // choosing a group ticks its athletes; the athletes list stays the one that counts
                var chosen = new HashSet<>(who.getValue());
                change.getValue().forEach(group -> athletes.stream()
                        .filter(athlete -> group.athleteIds().contains(athlete.athleteId())).forEach(chosen::add));
                who.setValue(chosen);
            }
        });
        var when = new ComboBox<String>(getTranslation("give-dialog.when"));
        when.setItems(getTranslation("give-dialog.hint-before-runs"), getTranslation("give-dialog.hint-after-runs"),
                getTranslation("give-dialog.hint-after-long-run"));
        when.setAllowCustomValue(true);
        when.addCustomValueSetListener(custom -> when.setValue(custom.getDetail()));
        String currentHint = assignments.scheduleHint(routine.id());
        if (!currentHint.isEmpty()) {
            when.setValue(currentHint);
        }
        var plan = new PlanFields(UserTime.of(UI.getCurrent()).today(clock));
        assignments.plan(routine.id()).ifPresent(plan::show);
        var save = new Button(getTranslation("give-dialog.save"));
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                var chosen = who.getValue().stream().map(RosterAthlete::athleteId).toList();
                String typed = when.getValue() == null ? "" : when.getValue();
                // an untouched box keeps each athlete's hint as it was
                // so does an untouched plan
                assignments.setAssignees(routine.id(), chosen, typed.equals(currentHint) ? null : typed,
                        plan.changed() ? plan.value() : null);
                close();
                Notification.show(chosen.isEmpty() ? getTranslation("give-dialog.nobody")
                        : getTranslation("give-dialog.given", chosen.size()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidPlanException refused) {
                plan.showProblem(refused);
                save.setEnabled(true);
            } catch (PublishingException refused) {
                when.setErrorMessage(refused.words().shown());
                when.setInvalid(true);
                save.setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(groups, who, plan, when));
        getFooter().add(new Button(getTranslation("coach-dialog.cancel"), click -> close()), save);
    }
}
