package app.limber.coaching.ui;

import app.limber.account.Role;
import app.limber.base.PublicAddress;
import app.limber.base.Words;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.UserTime;
import app.limber.coaching.Adherence;
import app.limber.coaching.InviteEmailRefusedException;
import app.limber.coaching.InviteState;
import app.limber.coaching.GroupLinkSummary;
import app.limber.coaching.InviteSummary;
import app.limber.coaching.RosterAthlete;
import app.limber.coaching.RosterRefusedException;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coach's athletes: invite links to hand out (copy, revoke) and the roster. */
@Route("athletes")
@Menu(order = 3, title = "Athletes", icon = "vaadin:users")
@RolesAllowed(Role.COACH_NAME)
public class AthletesView extends Div implements HasDynamicTitle {


    final TextField label = new TextField();
    final Button createInvite = new Button(getTranslation("athletes.new-invite"), VaadinIcon.PLUS.create());
    /** With email set up: the athlete's address, and the button that sends them the new link. */
    final EmailField inviteEmail = new EmailField();
    final Button emailInvite = new Button(getTranslation("athletes.email-invite"), VaadinIcon.ENVELOPE_O.create());
    final Div invites = new Div();
    final Div groups = new Div();
    final TextField groupName = new TextField();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<RosterAthlete> groupMembers =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final Button createGroup = new Button(getTranslation("athletes.new-group"));
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

        label.setPlaceholder(getTranslation("athletes.label-placeholder"));
        label.setAriaLabel(getTranslation("athletes.label-aria"));
        label.setMaxLength(RosterService.MAX_LABEL);
        label.setWidth("28rem"); // its placeholder is long in German and Spanish
        label.setMaxWidth("100%");
        createInvite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        label.setManualValidation(true);
        label.addValueChangeListener(change -> label.setInvalid(false));
        createInvite.addClickListener(click -> {
            InviteSummary invite;
            try {
                invite = roster.createInvite(label.getValue());
            } catch (RosterRefusedException refused) {
                label.setErrorMessage(refused.words().shown());
                label.setInvalid(true);
                return;
            }
            label.clear();
            Notification.show(getTranslation("athletes.invite-ready"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            copy(link(invite));
        });
        inviteEmail.setPlaceholder(getTranslation("athletes.email-placeholder"));
        inviteEmail.setAriaLabel(getTranslation("athletes.email-placeholder"));
        inviteEmail.setWidth("18rem");
        inviteEmail.setManualValidation(true);
        inviteEmail.addValueChangeListener(change -> inviteEmail.setInvalid(false));
        emailInvite.addClickListener(click -> {
            try {
                roster.inviteByEmail(label.getValue(), inviteEmail.getValue());
                Notification.show(getTranslation("athletes.invite-sent", inviteEmail.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                label.clear();
                inviteEmail.clear();
                refresh();
            } catch (InviteEmailRefusedException refused) {
                inviteEmail.setErrorMessage(refused.words().shown());
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
        groupName.setPlaceholder(getTranslation("athletes.group-placeholder"));
        groupName.setWidth("24rem");
        groupName.setMaxWidth("100%");
        groupName.setAriaLabel(getTranslation("athletes.group-aria"));
        groupName.setMaxLength(RosterService.MAX_GROUP_NAME);
        groupName.setManualValidation(true);
        groupMembers.setPlaceholder(getTranslation("athletes.members-placeholder"));
        groupMembers.setAriaLabel(getTranslation("athletes.members-aria"));
        groupMembers.setItemLabelGenerator(RosterAthlete::name);
        createGroup.addClickListener(click -> {
            try {
                roster.saveGroup(null, groupName.getValue(), groupMembers.getValue().stream()
                        .map(RosterAthlete::athleteId).collect(java.util.stream.Collectors.toSet()));
                groupName.clear();
                groupMembers.clear();
                groupName.setInvalid(false);
                refresh();
            } catch (RosterRefusedException refused) {
                groupName.setErrorMessage(refused.words().shown());
                groupName.setInvalid(true);
            }
        });
        var groupRow = new HorizontalLayout(groupName, groupMembers, createGroup);
        groupRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        groupRow.getStyle().set("flex-wrap", "wrap");
        groups.addClassName("limber-groups");

        // each part its own section, spaced apart
        groupLinks.addClassName("limber-invites");
        var groupsSection = new Section(new H2(getTranslation("athletes.groups")),
                new Paragraph(getTranslation("athletes.groups-text")), groupRow, groups, groupLinks);
        var invitesSection = new Section(new H2(getTranslation("athletes.invites")),
                new Paragraph(getTranslation("athletes.invites-text")), inviteRow, invites);
        for (Section section : new Section[]{groupsSection, invitesSection}) {
            section.addClassName("limber-athletes-section");
        }
        add(new H1(getTranslation("athletes.title")), athletes, groupsSection, invitesSection);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("athletes.page-title");
    }

    void refresh() {
        athletes.removeAll();
        List<RosterAthlete> current = roster.roster();
        Map<Long, Adherence> adherence = new HashMap<>();
        sessions.adherence().forEach(entry -> adherence.put(entry.athleteId(), entry));
        if (current.isEmpty()) {
            athletes.add(new EmptyState(VaadinIcon.USERS, getTranslation("athletes.none"),
                    getTranslation("athletes.none-text")));
        }
        for (RosterAthlete athlete : current) {
            var name = new com.vaadin.flow.component.html.Anchor("athletes/" + athlete.athleteId(), athlete.name());
            name.getElement().setAttribute("router-link", true);
            name.addClassName("limber-roster-name");
            var joined = new Span(getTranslation("athletes.joined", UserTime.of(UI.getCurrent()).day(athlete.joinedAt())));
            joined.addClassName("limber-roster-joined");
            var remove = new Button(getTranslation("athletes.remove"), click -> {
                roster.removeAthlete(athlete.athleteId());
                Notification.show(getTranslation("athletes.removed", athlete.name()));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var keepingUp = new Span(describe(adherence.get(athlete.athleteId())));
            keepingUp.addClassName("limber-adherence");
            var row = new HorizontalLayout(name, joined, keepingUp);
            if (adherence.containsKey(athlete.athleteId()) && adherence.get(athlete.athleteId()).painLately()) {
                var attention = new Badge(getTranslation("athletes.pain-lately"));
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
            var who = new Span(names.isEmpty() ? getTranslation("athletes.nobody") : String.join(", ", names));
            who.addClassName("limber-roster-joined");
            var delete = new Button(getTranslation("athletes.delete"), click -> {
                roster.deleteGroup(group.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var link = new Button(getTranslation("athletes.group-link"), VaadinIcon.LINK.create(), click -> new GroupLinkDialog(roster, group, this::refresh).open());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            link.setAriaLabel(getTranslation("athletes.group-link-aria", group.name()));
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

    /** "plan Mon, Thu · 2 complete this week · 5 complete + 1 partial in 30 days · last complete 3 Dec 2026 (Good)". */
    private static String describe(Adherence adherence) {
        List<String> parts = new java.util.ArrayList<>();
        if (adherence != null && adherence.plan() != null) {
            parts.add(Words.of(adherence.plan().behind() ? "athletes.plan-behind" : "athletes.plan-on-track",
                    adherence.plan().words()).shown());
        }
        if (adherence == null || adherence.last30Days() + adherence.partial30Days() == 0) {
            parts.add(Words.of("athletes.no-sessions").shown());
            return String.join(" \u00b7 ", parts);
        }
        parts.add(Words.of("athletes.this-week", counted(adherence.last7Days(), adherence.partial7Days())).shown());
        parts.add(Words.of("athletes.in-30-days", counted(adherence.last30Days(), adherence.partial30Days())).shown());
        if (adherence.lastDone() != null) {
            String day = UserTime.of(UI.getCurrent()).day(adherence.lastDone());
            parts.add((adherence.lastFeeling() == null ? Words.of("athletes.last-complete", day)
                    : Words.of("athletes.last-complete-felt", day, Words.label(adherence.lastFeeling()))).shown());
        }
        return String.join(" \u00b7 ", parts);
    }

    /** "2 complete", or with partial sessions apart, "2 complete + 1 partial". */
    private static Words counted(int complete, int partial) {
        return partial == 0 ? Words.of("athletes.complete", complete) : Words.of("athletes.complete-partial", complete, partial);
    }

    private Component inviteRow(InviteSummary invite) {
        var what = new Span(invite.label().isEmpty() ? getTranslation("athletes.invite-link") : invite.label());
        what.addClassName("limber-invite-label");
        var state = new Span(switch (invite.state()) {
            case OPEN -> getTranslation("athletes.works-until", UserTime.of(UI.getCurrent()).day(invite.expiresAt()));
            case USED -> getTranslation("athletes.used");
            case EXPIRED -> getTranslation("athletes.expired");
            case REVOKED -> getTranslation("athletes.revoked");
        });
        state.addClassName("limber-invite-state");
        var row = new HorizontalLayout(what, state);
        row.addClassName("limber-invite-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (invite.state() == InviteState.OPEN) {
            var url = new TextField();
            url.setValue(link(invite));
            url.setReadOnly(true);
            url.setAriaLabel(getTranslation("athletes.invite-link"));
            url.setWidth("26rem");
            var copy = new Button(getTranslation("athletes.copy"), VaadinIcon.COPY_O.create(), click -> copy(link(invite)));
            var revoke = new Button(getTranslation("athletes.revoke"), click -> {
                roster.revokeInvite(invite.id());
                Notification.show(getTranslation("athletes.invite-revoked"));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(url, copy, revoke);
        }
        return row;
    }

    private Component groupLinkRow(GroupLinkSummary link) {
        var what = new Span(getTranslation("athletes.group-link-label", link.groupName()));
        what.addClassName("limber-invite-label");
        Words uses = link.usesWords();
        var state = new Span(switch (link.state()) {
            case OPEN -> link.lastDay() == null ? uses.shown()
                    : getTranslation("athletes.link-until", uses, UserTime.of(UI.getCurrent()).day(link.lastDay()));
            case USED_UP -> getTranslation("athletes.link-full", uses);
            case ENDED -> getTranslation("athletes.link-ended", uses);
            case REVOKED -> getTranslation("athletes.link-revoked", uses);
        });
        state.addClassName("limber-invite-state");
        var row = new HorizontalLayout(what, state);
        row.addClassName("limber-invite-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (link.state() == GroupLinkSummary.State.OPEN) {
            var url = new TextField();
            url.setValue(joinLink(link.token()));
            url.setReadOnly(true);
            url.setAriaLabel(getTranslation("group-link.title", link.groupName()));
            url.setWidth("26rem");
            var copy = new Button(getTranslation("athletes.copy"), VaadinIcon.COPY_O.create(), click -> copy(joinLink(link.token())));
            var revoke = new Button(getTranslation("athletes.revoke"), click -> {
                roster.revokeGroupLink(link.id());
                Notification.show(getTranslation("athletes.group-link-revoked"));
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
