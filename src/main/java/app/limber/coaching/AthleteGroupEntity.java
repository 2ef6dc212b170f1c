package app.limber.coaching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A named group of a coach's athletes. */
@Entity
@Table(name = "athlete_group")
class AthleteGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(nullable = false, length = 60)
    private String name;

    // lazy: the groups list fetches members with the groups (one query), nothing else needs them
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "athlete_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "athlete_id")
    private Set<Long> members = new HashSet<>();

    protected AthleteGroupEntity() {
    }

    AthleteGroupEntity(long coachId, String name) {
        this.coachId = coachId;
        this.name = name;
    }

    void setMembers(Set<Long> athleteIds) {
        members.clear();
        members.addAll(athleteIds);
    }

    void addMember(long athleteId) {
        members.add(athleteId);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    AthleteGroup summary() {
        return new AthleteGroup(id, name, Set.copyOf(members));
    }

    long getCoachId() {
        return coachId;
    }
}
