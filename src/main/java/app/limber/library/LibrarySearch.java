package app.limber.library;

import app.limber.body.Muscle;
import app.limber.body.PoseJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library's filtered, paged list: one SQL query for a page and one for the count,
 * on the stretch table's array columns (GIN index on muscles, trigram index on the
 * search text).
 *
 * <p>The search text is read by {@link SearchSynonyms} into phrases with a meaning and other
 * words; every one must match (and every filter). A word matches a stretch whose search text
 * holds it, or, when no stretch the coach can see has that word, one of whose words
 * ({@code search_words}) is among the words most like it by pg_trgm similarity of the stretches
 * the coach can see, the built-ins and their own ({@code search_word}, V22 and V33): "hamstrng"
 * finds "hamstring", and another coach's words play no part. Those words are looked up once per query in a materialized
 * {@code with} step, so a page is still one statement and its count another. A phrase
 * matches the stretches that have its meaning, or whose name holds its words. With a search, the
 * stretches whose name matches come first, then those that work the muscle most, then
 * those that work it too, then those whose text matches; within each, by name.
 *
 * <p>It shows a person no words of its own. Its pieces of SQL are added with {@code addLast}, which
 * the check for untranslated words ({@code TranslatedWordsTest}) does not read as a text shown.
 */
@Component
class LibrarySearch {

    /** More words than this add nothing but cost; the rest of a very long search is ignored. */
    static final int MAX_WORDS = SearchSynonyms.MAX_TERMS;

    /** How alike a library word must be to a typed one to stand for it (pg_trgm similarity, 0 to 1). */
    static final double CLOSE_WORD = 0.4;

    /** The most library words one typed word stands for. */
    static final int CLOSE_WORDS = 5;

    /** Typo tolerance starts at words of this many letters; shorter ones are too easily like another. */
    static final int CLOSE_FROM_LENGTH = 4;

    /**
     * Every word of every muscle's label with the muscles whose label holds it, as two array
     * literals of the same length: what a library word like a typed one matches among muscles.
     */
    private static final String LABEL_MUSCLES;
    private static final String LABEL_WORDS;

    static {
        List<String> muscles = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Muscle muscle : Muscle.values()) {
            for (String word : muscle.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    muscles.add(muscle.name());
                    words.add(word);
                }
            }
        }
        // plain letters and capitals with underscores: nothing needs quoting
        LABEL_MUSCLES = String.join(",", muscles);
        LABEL_WORDS = String.join(",", words);
    }

    private final JdbcClient jdbc;
    private final SearchSynonyms synonyms;

    LibrarySearch(JdbcClient jdbc, SearchSynonyms synonyms) {
        this.jdbc = jdbc;
        this.synonyms = synonyms;
    }

    List<StretchCard> page(LibraryFilter filter, long coachId, int offset, int limit) {
        Where where = where(filter, coachId);
        String order = where.rank.isEmpty() ? "name_lower, id" : "(" + where.rank + ") desc, name_lower, id";
        return jdbc.sql("""
                        %s
                        select id, name, summary, kind, position, default_hold_seconds, default_reps, per_side, pose,
                               primary_muscles, secondary_muscles, owner_id is null as built_in, archived, content_language
                        from stretch
                        where %s
                        order by %s
                        offset :offset limit :limit""".formatted(where.with, where.sql, order))
                .params(where.parameters)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, number) -> card(row))
                .list();
    }

    /** The given stretches that this coach may see (archived ones too), in one query. */
    Map<Long, StretchCard> cards(Collection<Long> ids, long coachId) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, name, summary, kind, position, default_hold_seconds, default_reps, per_side, pose,
                               primary_muscles, secondary_muscles, owner_id is null as built_in, archived, content_language
                        from stretch
                        where id = any(cast(:ids as bigint[])) and (owner_id is null or owner_id = :coach)""")
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("coach", coachId)
                .query((row, number) -> card(row))
                .list().stream()
                .collect(Collectors.toMap(StretchCard::id, card -> card));
    }

    /** The ids of the built-in stretches with these slugs (not archived), in one query. */
    Map<String, Long> builtInIds(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select slug, id from stretch where owner_id is null and not archived and slug in (:slugs)")
                .param("slugs", List.copyOf(slugs))
                .query(row -> {
                    ids.put(row.getString("slug"), row.getLong("id"));
                });
        return ids;
    }

    int count(LibraryFilter filter, long coachId) {
        Where where = where(filter, coachId);
        return jdbc.sql(where.with + " select count(*) from stretch where " + where.sql)
                .params(where.parameters)
                .query(Integer.class)
                .single();
    }

    private Where where(LibraryFilter filter, long coachId) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("coach", coachId);
        switch (filter.ownership()) {
            case ALL -> conditions.addLast("not archived and (owner_id is null or owner_id = :coach)");
            case BUILT_IN -> conditions.addLast("not archived and owner_id is null");
            case MINE -> conditions.addLast("not archived and owner_id = :coach");
            case ARCHIVED -> conditions.addLast("archived and owner_id = :coach");
        }
        if (!filter.muscles().isEmpty()) {
            conditions.addLast("muscles && " + once("muscles", "text[]"));
            parameters.put("muscles", arrayOf(filter.muscles()));
        }
        if (filter.purpose() != null) {
            conditions.addLast("purposes @> array[cast(:purpose as text)]");
            parameters.put("purpose", filter.purpose().name());
        }
        if (filter.equipment() == Equipment.NONE) {
            conditions.addLast("cardinality(equipment) = 0");
        } else if (filter.equipment() != null) {
            conditions.addLast("equipment @> array[cast(:equipment as text)]");
            parameters.put("equipment", filter.equipment().name());
        }
        if (filter.kind() != null) {
            conditions.addLast("kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.position() != null) {
            conditions.addLast("position = :position");
            parameters.put("position", filter.position().name());
        }
        avoid(filter.avoid(), conditions, parameters);
        SearchTerms terms = synonyms.read(filter.text());
        List<String> ranks = new ArrayList<>();
        for (int index = 0; index < terms.meanings().size(); index++) {
            meaning(terms.meanings().get(index), "m" + index, conditions, ranks, parameters);
        }
        List<String> close = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        for (int index = 0; index < terms.words().size(); index++) {
            word(terms.words().get(index), index, conditions, ranks, close, typed, parameters);
        }
        String with = "";
        if (!typed.isEmpty()) {
            parameters.put("labelMuscles", "{" + LABEL_MUSCLES + "}");
            parameters.put("labelWords", "{" + LABEL_WORDS + "}");
            // each in its own materialized step, so that every look-up runs (and is planned) once
            with = "with close as materialized (select %s),\ntyped as materialized (select %s from close)"
                    .formatted(String.join(",\n", close), String.join(",\n", typed));
        }
        return new Where(with, String.join(" and ", conditions), String.join(" + ", ranks), parameters);
    }

    /** "Avoid if…": leaves out the stretches that carry any of these contraindications (V29). */
    private static void avoid(java.util.Set<Contraindication> avoid, List<String> conditions, Map<String, Object> parameters) {
        if (!avoid.isEmpty()) {
            conditions.addLast("not (contraindications && cast(:avoid as text[]))");
            parameters.put("avoid", arrayOf(avoid));
        }
    }

    /**
     * A typed word: in the search text as typed, or one of the library words like it among
     * the stretch's words ({@code typed.close<i>}, empty when the word is a library word or
     * short); {@code typed.patterns<i>} find those words in a name, and {@code typed.muscles<i>}
     * are the muscles whose label holds the word or one like it.
     */
    private static void word(String word, int index, List<String> conditions, List<String> ranks, List<String> close,
                             List<String> typed, Map<String, Object> parameters) {
        String like = "like" + index;
        parameters.put(like, "%" + escapeLike(word) + "%");
        if (word.codePointCount(0, word.length()) >= CLOSE_FROM_LENGTH) {
            String typedWord = "word" + index;
            parameters.put(typedWord, word);
            close.addLast("""
                    array(select word from (select distinct word from search_word
                                            where word %% :%1$s and coalesce(owner_id, 0) in (0, :coach)) as near
                          where similarity(word, :%1$s) >= %2$s
                            and not exists (select 1 from search_word
                                            where word = :%1$s and coalesce(owner_id, 0) in (0, :coach))
                          order by similarity(word, :%1$s) desc, word
                          limit %3$d) as close%4$d""".formatted(typedWord, CLOSE_WORD, CLOSE_WORDS, index));
        } else {
            close.addLast("cast('{}' as text[]) as close%d".formatted(index));
        }
        String muscles = "muscles" + index;
        parameters.put(muscles, arrayOf(Arrays.stream(Muscle.values())
                .filter(muscle -> muscle.label().toLowerCase(Locale.ROOT).contains(word)).toList()));
        // library words are letters and digits only (split at punctuation): safe in a pattern as they are
        typed.addLast("""
                close%1$d, array(select '%%' || close_word || '%%' from unnest(close%1$d) as close_word) as patterns%1$d,
                cast(:%2$s as text[]) || array(select label.muscle
                    from unnest(cast(:labelMuscles as text[]), cast(:labelWords as text[])) as label(muscle, word)
                    where label.word = any(close%1$d)) as muscles%1$d""".formatted(index, muscles));
        String closeWords = "(select close%d from typed)".formatted(index);
        String patterns = "cast((select patterns%d from typed) as text[])".formatted(index);
        String worked = "(select muscles%d from typed)".formatted(index);
        // the array check first: it is cheap, and where it holds the text is not read
        conditions.addLast("(search_words && %s or search_text like :%s escape '\\')".formatted(closeWords, like));
        ranks.addLast("""
                case when name_lower like :%1$s escape '\\' or name_lower like any(%2$s) then 8
                     when primary_muscles && %3$s then 4 when secondary_muscles && %3$s then 2 else 1 end"""
                .formatted(like, patterns, worked));
    }

    /**
     * A phrase with a meaning: its muscles (worked most) and purposes, or the phrase as typed in
     * the name (not its words anywhere: "Hamstring contraction for a quad cramp" is no answer to
     * "hamstring cramp"; nor in the rest of the text, where a hamstring stretch's advice says
     * "calf" and "cramp").
     */
    private static void meaning(SearchTerms.Meaning meaning, String name, List<String> conditions, List<String> ranks,
                                Map<String, Object> parameters) {
        List<String> means = new ArrayList<>();
        if (!meaning.muscles().isEmpty()) {
            means.addLast("primary_muscles && " + once(name + "Muscles", "text[]"));
            parameters.put(name + "Muscles", arrayOf(meaning.muscles()));
        }
        if (!meaning.purposes().isEmpty()) {
            means.addLast("purposes && " + once(name + "Purposes", "text[]"));
            parameters.put(name + "Purposes", arrayOf(meaning.purposes()));
        }
        String like = name + "Like";
        parameters.put(like, "%" + escapeLike(String.join(" ", meaning.typed())) + "%");
        String hasMeaning = "(" + String.join(" and ", means) + ")";
        String named = "name_lower like :%s escape '\\'".formatted(like);
        conditions.addLast("(" + hasMeaning + " or " + named + ")");
        ranks.addLast("case when %s then 8 when %s then %d else 1 end".formatted(named, hasMeaning,
                meaning.muscles().isEmpty() ? 2 : 4));
    }

    /**
     * A parameter cast once per statement: {@code cast(:p as text[])} in a condition is parsed
     * again for every row (the array's input function is not folded), and the planner then
     * checks it last and cannot use the GIN index on {@code muscles}; a scalar sub-select is
     * evaluated once, and the index answers it.
     */
    private static String once(String parameter, String type) {
        return "(select cast(:%s as %s))".formatted(parameter, type);
    }

    /** An array literal of enum names: Spring would expand a Java array into a list of placeholders; enum names need no quoting. */
    private static String arrayOf(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StretchCard card(ResultSet row) throws SQLException {
        return new StretchCard(row.getLong("id"), row.getString("name"), row.getString("summary"),
                StretchKind.valueOf(row.getString("kind")), Position.valueOf(row.getString("position")),
                row.getInt("default_hold_seconds"), row.getInt("default_reps"), row.getBoolean("per_side"),
                muscles(row.getArray("primary_muscles")), muscles(row.getArray("secondary_muscles")),
                row.getBoolean("built_in"), row.getBoolean("archived"), PoseJson.read(row.getString("pose")),
                app.limber.account.Language.fromCode(row.getString("content_language")).orElse(app.limber.account.Language.ENGLISH));
    }

    private static List<Muscle> muscles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Muscle::valueOf).toList();
    }

    /** The {@code with} clause (empty without typed words), the condition, the rank (empty without a search) and their parameters. */
    private record Where(String with, String sql, String rank, Map<String, Object> parameters) {
    }
}
