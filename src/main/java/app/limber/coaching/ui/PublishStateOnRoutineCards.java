package app.limber.coaching.ui;

import app.limber.base.Words;
import app.limber.coaching.PublishState;
import app.limber.coaching.PublishingService;
import app.limber.routine.ui.RoutineCardExtension;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Says on each routine card whether it is a draft, published, or changed since published. */
@Component
class PublishStateOnRoutineCards implements RoutineCardExtension {

    private final PublishingService publishing;

    PublishStateOnRoutineCards(PublishingService publishing) {
        this.publishing = publishing;
    }

    @Override
    public Map<Long, String> describe(Collection<Long> routineIds) {
        Map<Long, String> lines = new LinkedHashMap<>();
        publishing.states(routineIds).forEach((id, state) -> lines.put(id, label(state)));
        return lines;
    }

    /** "Draft", "Published", "Changed since published", in the reader's language. */
    static String label(PublishState state) {
        return Words.of(switch (state) {
            case DRAFT -> "publish-state.draft";
            case PUBLISHED -> "publish-state.published";
            case CHANGED -> "publish-state.changed";
        }).shown();
    }
}
