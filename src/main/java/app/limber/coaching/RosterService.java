package app.limber.coaching;

import app.limber.account.AccountService;
import app.limber.account.InvalidSignUpException;
import app.limber.base.TypedText;
import app.limber.base.Words;
import app.limber.account.SignUp;
import app.limber.account.ThrottleCounters;
import app.limber.mail.MailAvailability;
import app.limber.mail.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coach's roster and the invite links athletes join it with. An invite is a random
 * 128-bit token, valid 14 days, revocable, good for one athlete. A wrong, expired, revoked
 * or used token all get the same answer.
 */
@Service
@PreAuthorize("denyAll()")
public class RosterService {

    public static final Duration INVITE_VALIDITY = Duration.ofDays(14);
    public static final int MAX_LABEL = 80;
    private static final int TOKEN_BYTES = 16;
    private static final java.time.format.DateTimeFormatter LAST_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    public static final int MAX_GROUP_NAME = 60;

    /** Invites by email (and group links) one coach may make within {@link #INVITE_WINDOW}. */
    public static final int INVITES_PER_WINDOW = 20;
    public static final Duration INVITE_WINDOW = Duration.ofHours(1);
    /** The most uses a group link may allow. */
    public static final int MAX_GROUP_LINK_USES = 1000;

    private final InviteRepository invites;
    private final RosterRepository roster;
    private final RosterMembership membership;
    private final AthleteGroupRepository groups;
    private final AccountService accounts;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    private final JoinThrottle joinThrottle;
    private final Outbox outbox;
    private final MailAvailability mail;
    private final ThrottleCounters counters;
    private final GroupLinkRepository groupLinks;

    RosterService(InviteRepository invites, RosterRepository roster, RosterMembership membership,
                  AthleteGroupRepository groups, AccountService accounts, JoinThrottle joinThrottle, Clock clock,
                  Outbox outbox, MailAvailability mail, ThrottleCounters counters, GroupLinkRepository groupLinks) {
        this.groupLinks = groupLinks;
        this.joinThrottle = joinThrottle;
        this.outbox = outbox;
        this.mail = mail;
        this.counters = counters;
        this.invites = invites;
        this.roster = roster;
        this.membership = membership;
        this.groups = groups;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new invite link for the signed-in coach, with an optional label ("Tuesday 10k group"). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public InviteSummary createInvite(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.length() > MAX_LABEL) {
            throw new RosterRefusedException(Words.of("athletes.error.label-too-long", MAX_LABEL));
        }
        if (TypedText.hasControlCharacterInLine(trimmed)) {
            throw new RosterRefusedException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
        var now = clock.instant();
        var invite = invites.saveAndFlush(new Invite(me(), newToken(), trimmed, now, now.plus(INVITE_VALIDITY)));
        return invite.summary(now);
    }

    /**
     * A new invite link, sent by email to the athlete (with the coach's name and the link); the
     * invite and its email are stored together, and the email leaves after commit. The label is
     * the address unless one is given.
     *
     * @throws InviteEmailRefusedException when the address is not one, asked for no more invites,
     *                                     or the coach sent {@value #INVITES_PER_WINDOW} within the hour; nothing is made
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public InviteSummary inviteByEmail(String label, String email) {
        if (!mail.configured()) {
            throw new InviteEmailRefusedException(Words.of("athletes.error.email-off"));
        }
        String address = email == null ? "" : email.strip();
        if (!AccountService.looksLikeEmail(address)) {
            throw new InviteEmailRefusedException(Words.of("athletes.error.email-invalid"));
        }
        if (outbox.refusesInvites(address)) {
            throw new InviteEmailRefusedException(Words.of("athletes.error.email-refuses-invites"));
        }
        long coach = me();
        if (!counters.tryAdd("invite-email", Long.toString(coach), INVITES_PER_WINDOW, INVITE_WINDOW, clock.instant())) {
            throw new InviteEmailRefusedException(Words.of("athletes.error.too-many-emails", INVITES_PER_WINDOW));
        }
        InviteSummary invite = createInvite(label == null || label.isBlank()
                ? address.substring(0, Math.min(address.length(), MAX_LABEL)) : label);
        String name = accounts.displayNames(List.of(coach)).getOrDefault(coach, app.limber.base.Words.of("fallback.your-coach").shown());
        String link = mail.base() + "/join/" + invite.token();
        outbox.inviteTo(address, unsubscribe -> InviteEmail.of(name, link, unsubscribe, accounts.inviteLanguage(address)));
        return invite;
    }

    /** The coach's invite links, newest first, with whether each still works. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<InviteSummary> invites() {
        var now = clock.instant();
        return invites.findByCoachIdOrderByCreatedAtDesc(me()).stream().map(invite -> invite.summary(now)).toList();
    }

    /** Stops an invite link from working (a used one stays used). */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void revokeInvite(long id) {
        invites.findById(id).filter(invite -> invite.getCoachId() == me())
                .orElseThrow(() -> new InviteNotFoundException(id))
                .revoke(clock.instant());
    }

    /** For the join page: the inviting coach's name while the link works; empty otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> invitingCoach(String token) {
        Optional<Long> coach = usable(token).map(Invite::getCoachId)
                .or(() -> usableGroupLink(token).map(GroupLink::getCoachId));
        // a call, not a method reference: ShareLinkAccessRuleTest finds who calls coachNameForLink by its calls
        return coach.flatMap(coachId -> accounts.coachNameForLink(coachId));
    }

    /**
     * For the join page: why a group link no longer works, said plainly (its uses are taken, its
     * last day has passed, it was withdrawn); empty for a link that works and for any other token
     * (a single-use invite that no longer works gets the one answer for every reason).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Words> groupLinkEnded(String token) {
        if (token == null || token.length() != 22) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return groupLinks.findByToken(token).flatMap(link -> switch (link.state(now)) {
            case OPEN -> Optional.empty();
            case USED_UP -> Optional.of(Words.of("join.group-link.used-up", link.getMaxUses()));
            // the day as a Date at its start in the JVM's zone, where MessageFormat shows it: the same day in every language
            case ENDED -> Optional.of(Words.of("join.group-link.ended",
                    java.util.Date.from(link.getLastDay().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant())));
            case REVOKED -> Optional.of(Words.of("join.group-link.withdrawn"));
        });
    }

    /**
     * A multi-use invite link for one of the coach's groups: whoever joins through it is on the
     * roster and in the group, up to {@code maxUses} athletes (null: no limit) and until the end of
     * {@code lastDay} in the coach's time zone (null: no last day). Limited like invites by email.
     *
     * @throws IllegalArgumentException when the group is not the coach's, the uses are out of range,
     *                                  the last day has passed, or too many were made this hour; nothing is made
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public GroupLinkSummary createGroupLink(long groupId, Integer maxUses, java.time.LocalDate lastDay) {
        long coach = me();
        AthleteGroupEntity group = groups.findById(groupId).filter(candidate -> candidate.getCoachId() == coach)
                .orElseThrow(() -> new RosterRefusedException(Words.of("athletes.error.no-such-group")));
        if (maxUses != null && (maxUses < 1 || maxUses > MAX_GROUP_LINK_USES)) {
            throw new GroupLinkRefusedException(GroupLinkRefusedException.Field.USES,
                    Words.of("group-link.error.uses", MAX_GROUP_LINK_USES));
        }
        java.time.ZoneId zone = accounts.myTimeZone();
        Instant now = clock.instant();
        if (lastDay != null && lastDay.isBefore(java.time.LocalDate.ofInstant(now, zone))) {
            throw new GroupLinkRefusedException(GroupLinkRefusedException.Field.LAST_DAY,
                    Words.of("group-link.error.last-day"));
        }
        if (!counters.tryAdd("group-link", Long.toString(coach), INVITES_PER_WINDOW, INVITE_WINDOW, now)) {
            throw new GroupLinkRefusedException(GroupLinkRefusedException.Field.USES,
                    Words.of("group-link.error.too-many", INVITES_PER_WINDOW));
        }
        Instant expires = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        GroupLink link = groupLinks.saveAndFlush(new GroupLink(coach, groupId, newToken(), maxUses, lastDay, expires, now));
        return link.summary(group.getName(), now);
    }

    /** The coach's group links, newest first, with their uses and whether each still works. One query. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<GroupLinkSummary> groupLinks() {
        long coach = me();
        Instant now = clock.instant();
        return groupLinks.findNamedByCoachId(coach).stream()
                .map(named -> named.link().summary(named.groupName(), now)).toList();
    }

    /** Stops a group link from working; those who joined through it stay. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void revokeGroupLink(long id) {
        long coach = me();
        groupLinks.findById(id).filter(link -> link.getCoachId() == coach)
                .orElseThrow(() -> new InviteNotFoundException(id))
                .revoke(clock.instant());
    }

    /**
     * A new athlete signs up through an invite and joins the coach's roster, all or nothing.
     *
     * @throws InviteNotUsableException when the link no longer works; no account is made
     * @throws InvalidSignUpException   when a field breaks a rule, or the email already has an
     *                                  account (the answer does not say which: {@link AccountService#JOIN_REFUSED})
     * @throws JoinThrottledException   after too many tries with this invite or from this network ({@link JoinThrottle})
     */
    @PreAuthorize("permitAll()")
    public long joinWithNewAccount(String token, SignUp signUp) {
        if (usable(token).isEmpty() && usableGroupLink(token).isEmpty()) {
            throw new InviteNotUsableException();
        }
        if (!joinThrottle.tryJoin(token)) {
            throw new JoinThrottledException();
        }
        return accounts.signUpAthlete(signUp, athleteId -> redeem(token, athleteId));
    }

    /** A signed-in athlete (who may train with other coaches too) joins through an invite. */
    @PreAuthorize("hasRole('ATHLETE')")
    @Transactional
    public void joinAsSignedInAthlete(String token) {
        redeem(token, me());
    }

    /** The coach's current athletes, newest first. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<RosterAthlete> roster() {
        List<RosterRepository.Joined> entries = roster.findJoined(me());
        Map<Long, app.limber.account.NameAndZone> people = accounts.namesAndZones(
                entries.stream().map(RosterRepository.Joined::athleteId).toList());
        return entries.stream().map(entry -> {
            var person = people.get(entry.athleteId());
            return new RosterAthlete(entry.athleteId(), person == null ? null : person.name(), entry.joinedAt(),
                    person == null ? java.time.ZoneOffset.UTC : person.zone());
        }).toList();
    }

    /** Takes an athlete off the roster at once; their history stays with the coach. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void removeAthlete(long athleteId) {
        roster.findById(new RosterEntry.Key(me(), athleteId)).filter(RosterEntry::isActive)
                .orElseThrow(() -> new RosterRefusedException(Words.of("athletes.error.not-on-roster")))
                .remove(clock.instant());
    }

    /** The coach's groups, by name; members who left the roster are not listed. Two queries however many. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<AthleteGroup> groups() {
        long coachId = me();
        java.util.Set<Long> onRoster = membership.athletesOnRoster(coachId);
        return groups.findWithMembersByCoachId(coachId).stream().map(AthleteGroupEntity::summary)
                .map(group -> new AthleteGroup(group.id(), group.name(), group.athleteIds().stream()
                        .filter(onRoster::contains).collect(java.util.stream.Collectors.toSet())))
                .toList();
    }

    /**
     * Makes a named group of athletes on the roster, or changes who is in one.
     *
     * @throws IllegalArgumentException when the name is empty, too long or taken, or someone is not on the roster
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public AthleteGroup saveGroup(Long groupId, String name, java.util.Set<Long> athleteIds) {
        long coachId = me();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_GROUP_NAME) {
            throw new RosterRefusedException(Words.of("athletes.error.group-name", MAX_GROUP_NAME));
        }
        if (TypedText.hasControlCharacterInLine(trimmed)) {
            throw new RosterRefusedException(TypedText.REMOVE_CONTROL_CHARACTER);
        }
        if (!membership.athletesOnRoster(coachId).containsAll(athleteIds)) {
            throw new RosterRefusedException(Words.of("athletes.error.group-not-on-roster"));
        }
        AthleteGroupEntity group;
        if (groupId == null) {
            if (groups.existsByCoachIdAndNameIgnoreCase(coachId, trimmed)) {
                throw new RosterRefusedException(Words.of("athletes.error.group-taken", trimmed));
            }
            group = groups.save(new AthleteGroupEntity(coachId, trimmed));
        } else {
            group = groups.findById(groupId).filter(candidate -> candidate.getCoachId() == coachId)
                    .orElseThrow(() -> new RosterRefusedException(Words.of("athletes.error.no-such-group")));
        }
        group.setMembers(athleteIds);
        return groups.saveAndFlush(group).summary();
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public void deleteGroup(long groupId) {
        long coachId = me();
        groups.findById(groupId).filter(group -> group.getCoachId() == coachId).ifPresent(groups::delete);
    }

    private void redeem(String token, long athleteId) {
        var now = clock.instant();
        Optional<Invite> single = invites.findForUseByToken(token == null ? "" : token);
        if (single.isEmpty()) {
            redeemGroupLink(token, athleteId, now);
            return;
        }
        Invite invite = single.filter(candidate -> candidate.state(now) == InviteState.OPEN)
                .orElseThrow(InviteNotUsableException::new);
        var key = new RosterEntry.Key(invite.getCoachId(), athleteId);
        if (roster.findById(key).map(RosterEntry::isActive).orElse(false)) {
            return; // already on this coach's roster: the invite stays for someone else
        }
        invite.use(athleteId, now);
        roster.findById(key).ifPresentOrElse(entry -> entry.rejoin(now),
                () -> roster.save(new RosterEntry(invite.getCoachId(), athleteId, now)));
    }

    /** Joins through a group link: on the roster and in the group; one use per athlete, within its limit. */
    private void redeemGroupLink(String token, long athleteId, Instant now) {
        GroupLink link = groupLinks.findForUseByToken(token == null ? "" : token)
                .filter(candidate -> candidate.state(now) == GroupLinkSummary.State.OPEN)
                .orElseThrow(InviteNotUsableException::new);
        var key = new RosterEntry.Key(link.getCoachId(), athleteId);
        if (groupLinks.noteUse(link.getId(), athleteId, now) == 1) {
            link.used();
        }
        roster.findById(key).ifPresentOrElse(entry -> {
            if (!entry.isActive()) {
                entry.rejoin(now);
            }
        }, () -> roster.save(new RosterEntry(link.getCoachId(), athleteId, now)));
        groups.findById(link.getGroupId()).ifPresent(group -> group.addMember(athleteId));
    }

    private Optional<GroupLink> usableGroupLink(String token) {
        if (token == null || token.length() != 22) {
            return Optional.empty();
        }
        var now = clock.instant();
        return groupLinks.findByToken(token).filter(link -> link.state(now) == GroupLinkSummary.State.OPEN);
    }

    private Optional<Invite> usable(String token) {
        if (token == null || token.length() != 22) {
            return Optional.empty();
        }
        var now = clock.instant();
        return invites.findByToken(token).filter(invite -> invite.state(now) == InviteState.OPEN);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
