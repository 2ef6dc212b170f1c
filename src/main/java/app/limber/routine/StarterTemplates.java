package app.limber.routine;

import app.limber.library.Purpose;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The starter routines shipped in {@code routine/templates.yaml}, read once. */
@Component
class StarterTemplates {

    static final String DATA_FILE = "routine/templates.yaml";

    private final List<Template> templates;

    StarterTemplates() {
        var mapper = YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            templates = List.copyOf(mapper.readValue(in, TemplateFile.class).templates());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
        }
    }

    List<Template> all() {
        return templates;
    }

    Optional<Template> find(String slug) {
        return templates.stream().filter(template -> template.slug().equals(slug)).findFirst();
    }

    record TemplateFile(List<Template> templates) {
    }

    record Template(String slug, String title, Purpose purpose, String description, List<TemplateStep> steps) {

        RoutineTemplate summary() {
            return new RoutineTemplate(slug, title, purpose, description, steps.size());
        }
    }

    /**
     * A step: a built-in stretch by slug, and what differs from its default dose (and a note for
     * the athlete); {@code untilReleased} holds each rep until it releases, at most
     * {@code releaseMax} seconds (else the dose's default).
     */
    record TemplateStep(String stretch, Integer hold, Integer reps, Integer rest, Sides sides, String note,
                        Boolean untilReleased, Integer releaseMax) {

        /** @throws IllegalArgumentException when the release maximum is outside what the editor allows (30 s to 5 min) */
        TemplateStep {
            if (releaseMax != null && (releaseMax < StepDose.MIN_RELEASE_MAX_SECONDS || releaseMax > StepDose.MAX_RELEASE_MAX_SECONDS)) {
                throw new IllegalArgumentException("The template step of " + stretch + " holds until it releases for at most "
                        + releaseMax + " s; it must be " + StepDose.MIN_RELEASE_MAX_SECONDS + " to "
                        + StepDose.MAX_RELEASE_MAX_SECONDS + " s");
            }
        }
    }
}
