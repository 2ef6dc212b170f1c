package app.limber.library;

import app.limber.base.TypedText;
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
 */
@Component
class LibrarySearch {

    /** More words than this add nothing but cost; the rest of a very long search is ignored. */
    static final int MAX_WORDS = 8;

    private final JdbcClient jdbc;

    LibrarySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StretchCard> page(LibraryFilter filter, long coachId, int offset, int limit) {
        Where where = where(filter, coachId);
        return jdbc.sql("""
                        select id, name, summary, kind, position, default_hold_seconds, default_reps, per_side, pose,
                               primary_muscles, secondary_muscles, owner_id is null as built_in, archived
                        from stretch
                        where %s
                        order by lower(name), id
                        offset :offset limit :limit""".formatted(where.sql))
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
                               primary_muscles, secondary_muscles, owner_id is null as built_in, archived
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
        return jdbc.sql("select count(*) from stretch where " + where.sql)
                .params(where.parameters)
                .query(Integer.class)
                .single();
    }

    private static Where where(LibraryFilter filter, long coachId) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("coach", coachId);
        switch (filter.ownership()) {
            case ALL -> conditions.add("not archived and (owner_id is null or owner_id = :coach)");
            case BUILT_IN -> conditions.add("not archived and owner_id is null");
            case MINE -> conditions.add("not archived and owner_id = :coach");
            case ARCHIVED -> conditions.add("archived and owner_id = :coach");
        }
        if (!filter.muscles().isEmpty()) {
            conditions.add("muscles && cast(:muscles as text[])");
            // an array literal: Spring would expand a Java array into a list of placeholders;
            // enum names are plain capitals and underscores, so nothing needs quoting
            parameters.put("muscles", filter.muscles().stream().map(Enum::name).sorted()
                    .collect(java.util.stream.Collectors.joining(",", "{", "}")));
        }
        if (filter.purpose() != null) {
            conditions.add("purposes @> array[cast(:purpose as text)]");
            parameters.put("purpose", filter.purpose().name());
        }
        if (filter.equipment() == Equipment.NONE) {
            conditions.add("cardinality(equipment) = 0");
        } else if (filter.equipment() != null) {
            conditions.add("equipment @> array[cast(:equipment as text)]");
            parameters.put("equipment", filter.equipment().name());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.position() != null) {
            conditions.add("position = :position");
            parameters.put("position", filter.position().name());
        }
        String[] words = TypedText.searchable(filter.text()).toLowerCase(Locale.ROOT).strip().split("\\s+");
        int index = 0;
        for (String word : words) {
            if (!word.isEmpty() && index < MAX_WORDS) {
                String parameter = "word" + index++;
                conditions.add("search_text like :" + parameter + " escape '\\'");
                parameters.put(parameter, "%" + escapeLike(word) + "%");
            }
        }
        return new Where(String.join(" and ", conditions), parameters);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StretchCard card(ResultSet row) throws SQLException {
        return new StretchCard(row.getLong("id"), row.getString("name"), row.getString("summary"),
                StretchKind.valueOf(row.getString("kind")), Position.valueOf(row.getString("position")),
                row.getInt("default_hold_seconds"), row.getInt("default_reps"), row.getBoolean("per_side"),
                muscles(row.getArray("primary_muscles")), muscles(row.getArray("secondary_muscles")),
                row.getBoolean("built_in"), row.getBoolean("archived"), PoseJson.read(row.getString("pose")));
    }

    private static List<Muscle> muscles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Muscle::valueOf).toList();
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }
}
