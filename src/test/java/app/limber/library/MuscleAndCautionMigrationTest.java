package app.limber.library;

import app.limber.support.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database as it was before issue 15's new muscles (V28), holding a coach's stretch tagged
 * with the old muscles, migrated to today: the stretch keeps every tag and its meaning, and is
 * found by the foot's new name.
 */
class MuscleAndCautionMigrationTest {

    private JdbcTemplate jdbc;
    private String url;

    @BeforeEach
    void aDatabaseBeforeTheNewMuscles() {
        String database = "migration_" + System.nanoTime();
        String serverUrl = EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.forTests());
        new JdbcTemplate(new SingleConnectionDataSource(serverUrl, EmbeddedDatabase.USER, "", true))
                .execute("create database " + database);
        url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, EmbeddedDatabase.USER, "", true));
        flyway("25").migrate(); // the last migration before V28 on this branch
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                .target(target).load();
    }

    private long aCoachStretch(String searchText) {
        long coach = jdbc.queryForObject("""
                insert into user_account (email, display_name, password_hash, role)
                values ('old@limber.test', 'Old Coach', 'x', 'COACH') returning id""", Long.class);
        return jdbc.queryForObject("""
                insert into stretch (slug, name, instructions, kind, position, default_hold_seconds, default_reps,
                                     per_side, primary_muscles, secondary_muscles, owner_id, search_text)
                values ('sole-roll', 'Sole roll', '{"Roll the sole over a ball."}', 'MASSAGE', 'SEATED', 30, 1, true,
                        '{FOOT,IT_BAND}', '{GLUTES,SIDE}', ?, ?)
                returning id""", Long.class, coach, searchText);
    }

    @Test
    void aCoachsStretchKeepsItsOldMusclesAndIsFoundByTheFootsNewName() {
        long id = aCoachStretch("sole roll\nroll the sole over a ball.\nfoot and arch\nit band / outer thigh\nglutes\nside / diaphragm");

        flyway("latest").migrate();

        assertThat(jdbc.queryForObject("select array_to_string(primary_muscles, ',') from stretch where id = ?", String.class, id))
                .isEqualTo("FOOT,IT_BAND");
        assertThat(jdbc.queryForObject("select array_to_string(secondary_muscles, ',') from stretch where id = ?", String.class, id))
                .isEqualTo("GLUTES,SIDE");
        assertThat(jdbc.queryForObject("select search_text from stretch where id = ?", String.class, id))
                .isEqualTo("sole roll\nroll the sole over a ball.\nfoot and toes\nit band / outer thigh\nglutes\nside / diaphragm");
        List<String> words = jdbc.queryForList("select word from search_word where word in ('toes', 'arch')", String.class);
        assertThat(words).as("the search learns the new word").contains("toes");
    }

    @Test
    void aStretchStoredBeforeStructuredCautionsCarriesNoneAndTheDatabaseKnowsEachOne() {
        long id = aCoachStretch("sole roll");
        flyway("latest").migrate();

        assertThat(jdbc.queryForObject("select cardinality(contraindications) from stretch where id = ?", Integer.class, id)).isZero();
        jdbc.update("update stretch set contraindications = '{PREGNANCY,BLOOD_CLOT}' where id = ?", id);
        assertThatThrownBy(() -> jdbc.update("update stretch set contraindications = '{ASTHMA}' where id = ?", id))
                .hasMessageContaining("stretch_contraindications_known");
    }

    @Test
    void theDatabaseKnowsTheNewMusclesAndRefusesOnesItDoesNot() {
        long id = aCoachStretch("sole roll");
        flyway("latest").migrate();

        jdbc.update("update stretch set primary_muscles = '{PIRIFORMIS,HIP_ABDUCTORS}', secondary_muscles = '{OBLIQUES}' where id = ?", id);
        assertThatThrownBy(() -> jdbc.update("update stretch set primary_muscles = '{BICEPS}' where id = ?", id))
                .hasMessageContaining("stretch_muscles_known");
    }

    @Test
    void aStretchStoredBeforeContentLanguagesIsEnglishAndTheDatabaseKnowsOnlyLimbersLanguages() {
        long id = aCoachStretch("sole roll");
        flyway("latest").migrate();

        assertThat(jdbc.queryForObject("select content_language from stretch where id = ?", String.class, id)).isEqualTo("en");
        jdbc.update("update stretch set content_language = 'de' where id = ?", id);
        assertThatThrownBy(() -> jdbc.update("update stretch set content_language = 'fr' where id = ?", id))
                .hasMessageContaining("stretch_content_language_known");
        assertThatThrownBy(() -> jdbc.update("update stretch set content_language = null where id = ?", id))
                .hasMessageContaining("content_language");
    }
}
