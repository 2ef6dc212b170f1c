package app.limber.library;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;

/**
 * The hydration card, read once from {@code library/hydration.yaml}. It is the same public
 * advice for everyone (coaches, athletes, share-link viewers) and belongs to no one, so
 * anyone may read it.
 */
@Service
@PreAuthorize("permitAll()")
public class HydrationAdvice {

    static final String DATA_FILE = "library/hydration.yaml";

    private final HydrationCard card;

    HydrationAdvice() {
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            card = YAMLMapper.builder().build().readValue(in, HydrationCard.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
        }
        if (card.title() == null || card.amounts().isEmpty() || card.warning() == null || card.source() == null) {
            throw new IllegalStateException(DATA_FILE + ": the card needs a title, amounts, a warning and a source");
        }
    }

    /** The card. */
    public HydrationCard card() {
        return card;
    }

    /** The card for a routine of this purpose (null: none): shown with whatever is for cramp relief, else none. */
    public Optional<HydrationCard> cardFor(Purpose purpose) {
        return purpose == Purpose.CRAMP_RELIEF ? Optional.of(card) : Optional.empty();
    }

    /** The card for a stretch with these purposes: shown with whatever is for cramp relief, else none. */
    public Optional<HydrationCard> cardFor(Collection<Purpose> purposes) {
        return cardFor(purposes.contains(Purpose.CRAMP_RELIEF) ? Purpose.CRAMP_RELIEF : null);
    }
}
