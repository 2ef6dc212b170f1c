package app.limber.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our stylesheets are plain files no build step checks: a rule left open (a merge, a slip)
 * silently swallows every rule after it. Every block must close, and in order.
 */
class StylesheetTest {

    @Test
    void everyRuleInEveryStylesheetIsClosed() throws IOException {
        try (Stream<Path> sheets = Files.list(Path.of("src/main/resources/META-INF/resources/styles"))) {
            for (Path sheet : sheets.filter(path -> path.toString().endsWith(".css")).toList()) {
                String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                for (char c : css.toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth).as(sheet + ": a '}' without its '{'").isNotNegative();
                    assertThat(depth).as(sheet + ": a rule opened inside a rule (one left open above)").isLessThanOrEqualTo(2);
                }
                assertThat(depth).as(sheet + ": rules left open at the end").isZero();
                assertThat(css).as(sheet + ": merge markers").doesNotContain("<<<<<<<", ">>>>>>>");
            }
        }
    }
}
