package app.limber.library;

import app.limber.base.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hydration card: its words are texts ({@code hydration.*}) in every language, its source
 * (an article's title) is read once from {@code library/hydration.yaml}. It is the same public
 * advice for everyone (coaches, athletes, share-link viewers) and belongs to no one, so
 * anyone may read it.
 */
@Service
@PreAuthorize("permitAll()")
public class HydrationAdvice {

    static final String DATA_FILE = "library/hydration.yaml";

    private static final Words TITLE = Words.of("hydration.title");
    /** Before, during, after, the hot hours, thirst. */
    private static final List<Words> AMOUNTS = List.of(Words.of("hydration.before"), Words.of("hydration.long-run"),
            Words.of("hydration.afterwards"), Words.of("hydration.summer"), Words.of("hydration.thirst"));
    private static final Words WARNING = Words.of("hydration.warning");

    /** The card's source, as {@code library/hydration.yaml} names it. */
    record Source(String source) {
    }

    private final String source;

    HydrationAdvice() {
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            source = YAMLMapper.builder().build().readValue(in, Source.class).source();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalStateException(DATA_FILE + ": the card needs a source");
        }
    }

    /** The card, in the UI's language (English outside a UI). */
    public HydrationCard card() {
        return card(Words::shown);
    }

    /** The card in the given language, anywhere (a handout, an email). */
    public HydrationCard card(Locale locale) {
        return card(words -> words.in(locale));
    }

    private HydrationCard card(Function<Words, String> shown) {
        return new HydrationCard(shown.apply(TITLE), AMOUNTS.stream().map(shown).toList(), shown.apply(WARNING), source);
    }

    /** The card for a routine of this purpose (null: none): shown with whatever is for cramp relief, else none. */
    public Optional<HydrationCard> cardFor(Purpose purpose) {
        return purpose == Purpose.CRAMP_RELIEF ? Optional.of(card()) : Optional.empty();
    }

    /** {@link #cardFor(Purpose)} in the given language, anywhere (a handout, an email). */
    public Optional<HydrationCard> cardFor(Purpose purpose, Locale locale) {
        return purpose == Purpose.CRAMP_RELIEF ? Optional.of(card(locale)) : Optional.empty();
    }

    /** The card for a stretch with these purposes: shown with whatever is for cramp relief, else none. */
    public Optional<HydrationCard> cardFor(Collection<Purpose> purposes) {
        return cardFor(purposes.contains(Purpose.CRAMP_RELIEF) ? Purpose.CRAMP_RELIEF : null);
    }
}
