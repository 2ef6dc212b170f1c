package app.limber.base;

import app.limber.account.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code and the texts agree: every key the code names is written, every written text is
 * used, and no part of Limber shows a word that bypasses translation.
 */
class TranslatedWordsTest {

    private static final Path SOURCES = Path.of("src/main/java/app/limber");
    private static final Map<String, String> ENGLISH = Translations.texts(Language.ENGLISH);
    /** The first part of every key: "login" of login.title. */
    private static final Set<String> KEY_GROUPS = ENGLISH.keySet().stream().map(key -> key.substring(0, key.indexOf('.')))
            .collect(Collectors.toSet());
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    /**
     * The enums whose values a person sees, with the first part of their keys: each value's key
     * ({@link Words#label}) is named by the code that shows it, and its English is what the
     * enum's {@code label()} (or, for cautions, {@code caution()}) says.
     */
    private static final Map<String, Class<? extends Enum<?>>> LABELLED = labelled(
            app.limber.body.Muscle.class, app.limber.library.Equipment.class, app.limber.library.Ownership.class,
            app.limber.library.Contraindication.class, app.limber.library.Position.class,
            app.limber.library.StretchKind.class, app.limber.library.Purpose.class, app.limber.routine.Sides.class,
            app.limber.routine.StepPhase.Side.class, app.limber.coaching.PainSide.class,
            app.limber.coaching.Plan.Kind.class, app.limber.coaching.Feeling.class,
            app.limber.coaching.StepResult.Outcome.class, app.limber.sharing.ShareLinkState.class);

    /** Texts of an enum's values beside their labels: what an athlete reads about each contraindication. */
    private static final Map<String, Class<? extends Enum<?>>> ALSO_LABELLED = Map.of(
            "contraindication.caution", app.limber.library.Contraindication.class);

    /** Words that are the same in every language: the brand. */
    private static final Set<String> NOT_WORDS_TO_TRANSLATE = Set.of("Limber");

    /**
     * Where a literal is text a person reads: the text of a component made with it, a label,
     * helper, placeholder, error, tooltip, title, notification or accessible name.
     */
    private static final Pattern SHOWN_LITERAL = Pattern.compile(
            "(?:new\\s+(?:Button|H1|H2|H3|H4|H5|H6|Span|Paragraph|NativeLabel|TextField|TextArea|EmailField"
                    + "|PasswordField|IntegerField|NumberField|DatePicker|TimePicker|ComboBox|MultiSelectComboBox|Select|Checkbox"
                    + "|CheckboxGroup|RadioButtonGroup|Details|Tab|SideNavItem|MenuItem|ListItem|Emphasis|Pre)\\s*\\((?:[^()\"]*,\\s*)?"
                    + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setTooltipText|setAriaLabel|setHeaderTitle"
                    + "|setConfirmText|setCancelText|setRejectText|setTitle|setSubmit|setUsername|setPassword|setMessage|show|add)\\s*\\("
                    + "|setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,\\s*"
                    + "|new\\s+(?:Anchor|RouterLink)\\s*\\([^,()]+,\\s*" // the words after the address
                    + "|@PageTitle\\(\\s*)"
                    + "\"([^\"]*\\p{L}[^\"]*)\"");

    @Test
    void everyKeyTheCodeNamesIsWrittenInEnglish() throws IOException {
        var missing = new TreeSet<String>();
        for (String key : keysNamedInCode()) {
            if (!ENGLISH.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys the code names with no text in translations.properties").isEmpty();
    }

    @Test
    void anEnumsEnglishIsWhatItsLabelSays() throws ReflectiveOperationException {
        var differing = new ArrayList<String>();
        for (var group : LABELLED.entrySet()) {
            compare(group.getKey(), group.getValue(), "label", differing);
        }
        for (var group : ALSO_LABELLED.entrySet()) {
            compare(group.getKey(), group.getValue(), "caution", differing);
        }
        assertThat(differing).as("English texts that differ from the enum's own words").isEmpty();
    }

    @Test
    void anEnumsKeysAreItsNameInLowerCaseWithHyphens() {
        assertThat(Words.label(app.limber.body.Muscle.HAMSTRINGS).key()).isEqualTo("muscle.HAMSTRINGS");
        assertThat(Words.label(app.limber.coaching.Plan.Kind.DAYS).key()).isEqualTo("plan-kind.DAYS");
        assertThat(Words.label(app.limber.library.StretchKind.CONTRACT_RELAX).key()).isEqualTo("stretch-kind.CONTRACT_RELAX");
        assertThat(Words.label(app.limber.body.Muscle.HAMSTRINGS).english()).isEqualTo("Hamstrings");
        assertThat(Words.label(app.limber.body.Muscle.HAMSTRINGS).shown()).as("outside any UI: English").isEqualTo("Hamstrings");
    }

    @Test
    void wordsWithinWordsAreShownInTheSameLanguage() {
        var spanish = java.util.Locale.of("es");
        assertThat(Durations.approximatelyInWords(6 * 60, true).in(spanish)).isEqualTo("hasta unos 6 min");
        assertThat(Durations.exactlyInWords(150).in(java.util.Locale.GERMAN)).isEqualTo("2 Min. 30 s");
        var muscles = List.of(Words.label(app.limber.body.Muscle.HAMSTRINGS), Words.label(app.limber.body.Muscle.QUADRICEPS),
                Words.label(app.limber.body.Muscle.GLUTES));
        assertThat(Words.listed(muscles).in(java.util.Locale.GERMAN)).isEqualTo(
                Words.label(app.limber.body.Muscle.HAMSTRINGS).in(java.util.Locale.GERMAN) + ", "
                        + Words.label(app.limber.body.Muscle.QUADRICEPS).in(java.util.Locale.GERMAN) + " und "
                        + Words.label(app.limber.body.Muscle.GLUTES).in(java.util.Locale.GERMAN));
        assertThat(Words.listed(muscles).english()).isEqualTo("Hamstrings, Quadriceps and Glutes");
        assertThat(Words.label(app.limber.body.Muscle.QUADRICEPS).in(java.util.Locale.of("fr"))).as("a language Limber does not speak").isEqualTo("Quadriceps");
    }

    private static void compare(String group, Class<? extends Enum<?>> type, String method, List<String> differing)
            throws ReflectiveOperationException {
        var words = type.getMethod(method);
        words.setAccessible(true);
        for (Enum<?> value : type.getEnumConstants()) {
            String key = group + "." + value.name();
            Object own = words.invoke(value);
            if (!own.equals(ENGLISH.get(key))) {
                differing.add(key + ": \"" + ENGLISH.get(key) + "\", the enum says \"" + own + "\"");
            }
        }
    }

    @SafeVarargs
    private static Map<String, Class<? extends Enum<?>>> labelled(Class<? extends Enum<?>>... types) {
        var byGroup = new java.util.HashMap<String, Class<? extends Enum<?>>>();
        for (var type : types) {
            byGroup.put(Words.labelGroup(type), type);
        }
        return Map.copyOf(byGroup);
    }

    @Test
    void everyWrittenTextIsUsed() throws IOException {
        var named = keysNamedInCode();
        var unused = ENGLISH.keySet().stream().filter(key -> !named.contains(key)).sorted().toList();
        assertThat(unused).as("texts in translations.properties that no code names").isEmpty();
    }

    @Test
    void noFileShowsAWordThatBypassesTranslation() throws IOException {
        var found = new ArrayList<String>();
        for (String file : sourceFiles()) {
            String source = Files.readString(SOURCES.resolve(file));
            for (String words : shownLiterals(source)) {
                found.add(file + ": \"" + words + "\"");
            }
        }
        assertThat(found).as("words shown as typed in the code, not through getTranslation").isEmpty();
    }

    @Test
    void theCheckFindsWordsShownAsTypedInTheCode() {
        String untranslated = """
                var save = new Button("Save");
                var note = new TextArea("Note", "");
                field.setHelperText("At least 12 characters");
                Notification.show("Saved");
                icon.getElement().setAttribute("aria-label", "Close");
                var brand = new Span("Limber");
                var link = new Anchor("signup", "Sign up");
                var fine = new Button(getTranslation("routine.save"));
                """;
        assertThat(shownLiterals(untranslated)).containsExactly("Save", "Note", "At least 12 characters", "Saved", "Close", "Sign up");
    }

    /** Every source file, by its path under app/limber: "routine/ui/StepRow.java". */
    private static List<String> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .map(path -> SOURCES.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> shownLiterals(String source) {
        var found = new ArrayList<String>();
        Matcher matcher = SHOWN_LITERAL.matcher(source);
        while (matcher.find()) {
            if (!NOT_WORDS_TO_TRANSLATE.contains(matcher.group(1))) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    /**
     * Every literal in the code shaped like a key of a known group, the key of every menu entry,
     * and the keys of the labelled enums' values.
     */
    private static Set<String> keysNamedInCode() throws IOException {
        var keys = new TreeSet<String>();
        for (var groups : List.of(LABELLED, ALSO_LABELLED)) {
            groups.forEach((group, type) -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    keys.add(group + "." + value.name());
                }
            });
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    String key = literal.group(1);
                    if (KEY_GROUPS.contains(key.substring(0, key.indexOf('.')))) {
                        keys.add(key);
                    }
                }
                Matcher menu = MENU_TITLE.matcher(source);
                while (menu.find()) {
                    keys.add("menu." + menu.group(1).strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                }
            }
        }
        return keys;
    }
}
