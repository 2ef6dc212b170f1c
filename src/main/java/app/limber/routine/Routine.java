package app.limber.routine;

import app.limber.library.Purpose;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A coach's routine: title, description, purpose and ordered steps. Positions are kept
 * contiguous (0, 1, 2, …) by every change. The version changes with every change to the
 * routine or its steps, which is what lets two editors notice each other.
 */
@Entity
@Table(name = "routine")
class Routine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Purpose purpose;

    @Column(nullable = false)
    private boolean archived;

    @OneToMany(mappedBy = "routine", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RoutineStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Routine() {
    }

    Routine(long ownerId, String title, String description, Purpose purpose, Instant now) {
        this.ownerId = ownerId;
        this.title = title;
        this.description = description;
        this.purpose = purpose;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String newTitle, String newDescription, Purpose newPurpose, Instant now) {
        title = newTitle;
        description = newDescription;
        purpose = newPurpose;
        touch(now);
    }

    RoutineStep addStep(int position, long stretchId, StepDose dose, Instant now) {
        var step = new RoutineStep(this, stretchId, dose);
        steps.add(Math.clamp(position, 0, steps.size()), step);
        renumber();
        touch(now);
        return step;
    }

    void moveStep(RoutineStep step, int toPosition, Instant now) {
        steps.remove(step);
        steps.add(Math.clamp(toPosition, 0, steps.size()), step);
        renumber();
        touch(now);
    }

    void removeStep(RoutineStep step, Instant now) {
        steps.remove(step);
        renumber();
        touch(now);
    }

    /**
     * Marks the routine changed, so its version moves on (and a concurrent change is caught)
     * even when only a step changed. The time always moves forward, if only by a microsecond,
     * so the routine row is always part of the update.
     */
    void touch(Instant now) {
        updatedAt = updatedAt == null || now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1_000);
    }

    private void renumber() {
        for (int index = 0; index < steps.size(); index++) {
            steps.get(index).setPosition(index);
        }
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Purpose getPurpose() {
        return purpose;
    }

    boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived, Instant now) {
        this.archived = archived;
        touch(now);
    }

    List<RoutineStep> getSteps() {
        return steps;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
