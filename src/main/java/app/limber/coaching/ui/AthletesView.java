package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.PublicAddress;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.coaching.Adherence;
import app.limber.coaching.InviteEmailRefusedException;
import app.limber.coaching.InviteState;
import app.limber.coaching.GroupLinkSummary;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.RosterAthlete;
import app.limber.coaching.RosterService;
import app.limber.coaching.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import app.limber.mail.EmailService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coach's athletes: invite links to hand out (copy, revoke) and the roster. */
@Route("athletes")
@PageTitle("Athletes · Limber")
@Menu(order = 3, title = "Athletes", icon = "vaadin:users")
@RolesAllowed(Role.COACH_NAME)
public class AthletesView extends Div {


    final TextField label = new TextField();
    final Button createInvite = new Button("New invite link", VaadinIcon.PLUS.create());
    /** With email set up: the athlete's address, and the button that sends them the new link. */
    final EmailField inviteEmail = new EmailField();
    final Button emailInvite = new Button("Email the invite", VaadinIcon.ENVELOPE_O.create());
    final Div invites = new Div();
    final Div groups = new Div();
    final TextField groupName = new TextField();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<RosterAthlete> groupMembers =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final Button createGroup = new Button("New group");
    final Div athletes = new Div();
    /** The coach's group links (multi-use invite links that put whoever joins in a group). */
    final Div groupLinks = new Div();

    private final RosterService roster;
    private final SessionService sessions;
    private final PublicAddress address;

    public AthletesView(RosterService roster, SessionService sessions, PublicAddress address, EmailService email) {
        this.address = address;
        this.roster = roster;
        this.sessions = sessions;
        addClassNames("limber-page", "limber-athletes");

        label.setPlaceholder("Label, e.g. Tuesday 10k group (optional)");
        label.setAriaLabel("Invite label");
        label.setMaxLength(RosterService.MAX_LABEL);
        label.setWidth("22rem");
        createInvite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createInvite.addClickListener(click -> {
            InviteSummary invite = roster.createInvite(label.getValue());
            label.clear();
            Notification.show("New invite link ready: copy it and send it to one athlete.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            copy(link(invite));
        });
        inviteEmail.setPlaceholder("Athlete's email");
        inviteEmail.setAriaLabel("Athlete's email");
        inviteEmail.setWidth("18rem");
        inviteEmail.setManualValidation(true);
        inviteEmail.addValueChangeListener(change -> inviteEmail.setInvalid(false));
        emailInvite.addClickListener(click -> {
            try {
                roster.inviteByEmail(label.getValue(), inviteEmail.getValue());
                Notification.show("Invite sent to " + inviteEmail.getValue().strip() + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                label.clear();
                inviteEmail.clear();
                refresh();
            } catch (InviteEmailRefusedException refused) {
                inviteEmail.setErrorMessage(refused.getMessage());
                inviteEmail.setInvalid(true);
            }
        });
        boolean emailOn = email.available();
        inviteEmail.setVisible(emailOn);
        emailInvite.setVisible(emailOn);
        var inviteRow = new HorizontalLayout(label, createInvite, inviteEmail, emailInvite);
        inviteRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inviteRow.getStyle().set("flex-wrap", "wrap");

        invites.addClassName("limber-invites");
        athletes.addClassName("limber-roster");
        groupName.setPlaceholder("Group name, e.g. Tuesday 10k group");
        groupName.setAriaLabel("Group name");
        groupName.setMaxLength(RosterService.MAX_GROUP_NAME);
        groupName.setManualValidation(true);
        groupMembers.setPlaceholder("Athletes in it");
        groupMembers.setAriaLabel("Athletes in the group");
        groupMembers.setItemLabelGenerator(RosterAthlete::name);
        createGroup.addClickListener(click -> {
            try {
                roster.saveGroup(null, groupName.getValue(), groupMembers.getValue().stream()
                        .map(RosterAthlete::athleteId).collect(java.util.stream.Collectors.toSet()));
                groupName.clear();
                groupMembers.clear();
                groupName.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException refused) {
                groupName.setErrorMessage(refused.getMessage());
                groupName.setInvalid(true);
            }
        });
        var groupRow = new HorizontalLayout(groupName, groupMembers, createGroup);
        groupRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        groupRow.getStyle().set("flex-wrap", "wrap");
        groups.addClassName("limber-groups");

        // each part its own section, spaced apart
        groupLinks.addClassName("limber-invites");
        var groupsSection = new Section(new H2("Groups"),
                new Paragraph("Name a group to give a routine to all of its athletes at once. A group link lets many "
                        + "athletes join you and the group, up to a number and a last day if you want."), groupRow, groups, groupLinks);
        var invitesSection = new Section(new H2("Invite links"),
                new Paragraph("Each link lets one athlete join you, for 14 days. Make as many as you need."), inviteRow, invites);
        for (Section section : new Section[]{groupsSection, invitesSection}) {
            section.addClassName("limber-athletes-section");
        }
        add(new H1("Athletes"), athletes, groupsSection, invitesSection);
        refresh();
    }

    void refresh() {
        athletes.removeAll();
        List<RosterAthlete> current = roster.roster();
        Map<Long, Adherence> adherence = new HashMap<>();
        sessions.adherence().forEach(entry -> adherence.put(entry.athleteId(), entry));
        if (current.isEmpty()) {
            athletes.add(new EmptyState(VaadinIcon.USERS, "No athletes yet",
                    "Make an invite link below and send it to an athlete: once they sign up, they appear here."));
        }
        for (RosterAthlete athlete : current) {
            var name = new com.vaadin.flow.component.html.Anchor("athletes/" + athlete.athleteId(), athlete.name());
            name.getElement().setAttribute("router-link", true);
            name.addClassName("limber-roster-name");
            var joined = new Span("joined " + UserTime.of(UI.getCurrent()).day(athlete.joinedAt()));
            joined.addClassName("limber-roster-joined");
            var remove = new Button("Remove", click -> {
                roster.removeAthlete(athlete.athleteId());
                Notification.show(athlete.name() + " is no longer on your roster. Their history stays with you.");
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var keepingUp = new Span(describe(adherence.get(athlete.athleteId())));
            keepingUp.addClassName("limber-adherence");
            var row = new HorizontalLayout(name, joined, keepingUp);
            if (adherence.containsKey(athlete.athleteId()) && adherence.get(athlete.athleteId()).painLately()) {
                var attention = new Badge("Pain reported lately");
                attention.addThemeVariants(com.vaadin.flow.component.badge.BadgeVariant.ERROR);
                row.add(attention);
            }
            row.add(remove);
            row.addClassName("limber-roster-row");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            athletes.add(row);
        }

        groupMembers.setItems(current);
        groups.removeAll();
        for (var group : roster.groups()) {
            var names = current.stream().filter(athlete -> group.athleteIds().contains(athlete.athleteId()))
                    .map(RosterAthlete::name).sorted().toList();
            var label = new Span(group.name());
            label.addClassName("limber-roster-name");
            var who = new Span(names.isEmpty() ? "nobody yet" : String.join(", ", names));
            who.addClassName("limber-roster-joined");
            var delete = new Button("Delete", click -> {
                roster.deleteGroup(group.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var link = new Button("Group link", VaadinIcon.LINK.create(), click -> new GroupLinkDialog(roster, group, this::refresh).open());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            link.setAriaLabel("Make a group link for " + group.name());
            var row = new HorizontalLayout(label, who, link, delete);
            row.addClassName("limber-roster-row");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            groups.add(row);
        }

        groupLinks.removeAll();
        for (GroupLinkSummary link : roster.groupLinks()) {
            groupLinks.add(groupLinkRow(link));
        }

        invites.removeAll();
        for (InviteSummary invite : roster.invites()) {
            invites.add(inviteRow(invite));
        }
    }

    private static String describe(Adherence adherence) {
        String plan = adherence == null || adherence.plan() == null ? ""
                : "plan " + adherence.plan().label() + (adherence.plan().behind() ? " (behind plan)" : "") + " \u00b7 ";
        if (adherence == null || adherence.last30Days() + adherence.partial30Days() == 0) {
            return plan + "no sessions in the last 30 days";
        }
        return plan + counted(adherence.last7Days(), adherence.partial7Days()) + " this week · "
                + counted(adherence.last30Days(), adherence.partial30Days()) + " in 30 days"
                + (adherence.lastDone() == null ? "" : " · last complete " + UserTime.of(UI.getCurrent()).day(adherence.lastDone())
                + (adherence.lastFeeling() == null ? "" : " (" + adherence.lastFeeling().label() + ")"));
    }

    /** "2 complete", or with partial sessions apart, "2 complete + 1 partial". */
    private static String counted(int complete, int partial) {
        return complete + " complete" + (partial == 0 ? "" : " + " + partial + " partial");
    }

    private Component inviteRow(InviteSummary invite) {
        var what = new Span(invite.label().isEmpty() ? "Invite link" : invite.label());
        what.addClassName("limber-invite-label");
        var state = new Span(switch (invite.state()) {
            case OPEN -> "works until " + UserTime.of(UI.getCurrent()).day(invite.expiresAt());
            case USED -> "used";
            case EXPIRED -> "expired";
            case REVOKED -> "revoked";
        });
        state.addClassName("limber-invite-state");
        var row = new HorizontalLayout(what, state);
        row.addClassName("limber-invite-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (invite.state() == InviteState.OPEN) {
            var url = new TextField();
            url.setValue(link(invite));
            url.setReadOnly(true);
            url.setAriaLabel("Invite link");
            url.setWidth("26rem");
            var copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> copy(link(invite)));
            var revoke = new Button("Revoke", click -> {
                roster.revokeInvite(invite.id());
                Notification.show("That link no longer works.");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(url, copy, revoke);
        }
        return row;
    }

    private Component groupLinkRow(GroupLinkSummary link) {
        var what = new Span("Group link: " + link.groupName());
        what.addClassName("limber-invite-label");
        String until = link.lastDay() == null ? "" : " \u00b7 until " + UserTime.of(UI.getCurrent()).day(link.lastDay());
        var state = new Span(link.usesLabel() + switch (link.state()) {
            case OPEN -> until;
            case USED_UP -> " \u00b7 full";
            case ENDED -> " \u00b7 ended";
            case REVOKED -> " \u00b7 revoked";
        });
        state.addClassName("limber-invite-state");
        var row = new HorizontalLayout(what, state);
        row.addClassName("limber-invite-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (link.state() == GroupLinkSummary.State.OPEN) {
            var url = new TextField();
            url.setValue(joinLink(link.token()));
            url.setReadOnly(true);
            url.setAriaLabel("Group link for " + link.groupName());
            url.setWidth("26rem");
            var copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> copy(joinLink(link.token())));
            var revoke = new Button("Revoke", click -> {
                roster.revokeGroupLink(link.id());
                Notification.show("That group link no longer works. Those who joined stay.");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(url, copy, revoke);
        }
        return row;
    }

    private void copy(String link) {
        getUI().ifPresent(ui -> ui.getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", link));
    }

    /** The full link to send: from {@code limber.public-url}, or else from the address the coach is using. */
    String link(InviteSummary invite) {
        return joinLink(invite.token());
    }

    String joinLink(String token) {
        var request = VaadinServletRequest.getCurrent();
        return address.base(request == null ? null : request.getHttpServletRequest()) + "/join/" + token;
    }
}
