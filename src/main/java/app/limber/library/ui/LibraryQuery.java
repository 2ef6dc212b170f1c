package app.limber.library.ui;

import app.limber.library.Contraindication;
import app.limber.library.Equipment;
import app.limber.library.LibraryFilter;
import app.limber.body.Muscle;
import app.limber.library.Ownership;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchKind;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The library's filters as an address: {@code ?q=calf&muscle=hamstrings&muscle=glutes&kind=static…},
 * so a filtered library can be bookmarked and survives a reload. Unknown values are ignored.
 */
final class LibraryQuery {

    static final String TEXT = "q";
    static final String MUSCLE = "muscle";
    static final String PURPOSE = "purpose";
    static final String KIND = "kind";
    static final String POSITION = "position";
    static final String EQUIPMENT = "equipment";
    static final String SHOW = "show";
    static final String AVOID = "avoid";

    private LibraryQuery() {
    }

    static QueryParameters toParameters(LibraryFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) {
            parameters.put(TEXT, List.of(filter.text()));
        }
        if (!filter.muscles().isEmpty()) {
            parameters.put(MUSCLE, filter.muscles().stream().sorted().map(LibraryQuery::value).toList());
        }
        put(parameters, PURPOSE, filter.purpose());
        put(parameters, KIND, filter.kind());
        put(parameters, POSITION, filter.position());
        put(parameters, EQUIPMENT, filter.equipment());
        if (filter.ownership() != Ownership.ALL) {
            put(parameters, SHOW, filter.ownership());
        }
        if (!filter.avoid().isEmpty()) {
            parameters.put(AVOID, filter.avoid().stream().sorted().map(LibraryQuery::value).toList());
        }
        return new QueryParameters(parameters);
    }

    static LibraryFilter fromParameters(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        Set<Muscle> muscles = EnumSet.noneOf(Muscle.class);
        for (String value : parameters.getOrDefault(MUSCLE, List.of())) {
            parse(value, Muscle::valueOf).ifPresent(muscles::add);
        }
        Set<Contraindication> avoid = EnumSet.noneOf(Contraindication.class);
        for (String value : parameters.getOrDefault(AVOID, List.of())) {
            parse(value, Contraindication::valueOf).ifPresent(avoid::add);
        }
        return new LibraryFilter(
                first(parameters, TEXT).orElse(""),
                muscles,
                first(parameters, PURPOSE).flatMap(value -> parse(value, Purpose::valueOf)).orElse(null),
                first(parameters, KIND).flatMap(value -> parse(value, StretchKind::valueOf)).orElse(null),
                first(parameters, POSITION).flatMap(value -> parse(value, Position::valueOf)).orElse(null),
                first(parameters, EQUIPMENT).flatMap(value -> parse(value, Equipment::valueOf)).orElse(null),
                first(parameters, SHOW).flatMap(value -> parse(value, Ownership::valueOf)).orElse(Ownership.ALL),
                avoid);
    }

    private static void put(Map<String, List<String>> parameters, String name, Enum<?> value) {
        if (value != null) {
            parameters.put(name, new ArrayList<>(List.of(value(value))));
        }
    }

    private static String value(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static <E> java.util.Optional<E> parse(String value, Function<String, E> valueOf) {
        try {
            return java.util.Optional.of(valueOf.apply(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }
}
