package app.limber.library;

import app.limber.base.TypedText;
import app.limber.body.Muscle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What coaches mean by what they type into the library's search ("tight hips", "calf
 * cramp", "before a race"), read from {@code library/search-synonyms.yaml} at start-up: a
 * search is read into the phrases it holds, each with its muscles and purposes, and the
 * other words. A data file rather than a table: the phrases are product content, changed
 * and reviewed with the code like the built-in library, and reading them costs no query.
 */
@Component
class SearchSynonyms {

    static final String DATA_FILE = "library/search-synonyms.yaml";

    /** More terms than this add nothing but cost; the rest of a very long search is ignored. */
    static final int MAX_TERMS = 8;

    /** Typed words read at most, so that a long phrase near the start still counts. */
    private static final int MAX_TYPED = 3 * MAX_TERMS;

    /** Phrases by their first key, longest first. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    SearchSynonyms() {
        this(read());
    }

    SearchSynonyms(SynonymFile file) {
        Set<List<String>> seen = new HashSet<>();
        for (Entry entry : file.meanings()) {
            if (entry.phrases() == null || entry.phrases().isEmpty()) {
                throw new IllegalStateException(DATA_FILE + ": a meaning without phrases");
            }
            Set<Muscle> muscles = entry.muscles() == null ? Set.of() : Set.copyOf(entry.muscles());
            Set<Purpose> purposes = entry.purposes() == null ? Set.of() : Set.copyOf(entry.purposes());
            if (muscles.isEmpty() && purposes.isEmpty()) {
                throw new IllegalStateException(DATA_FILE + ", '" + entry.phrases().getFirst() + "': no muscles and no purposes");
            }
            for (String phrase : entry.phrases()) {
                List<String> keys = keys(phrase);
                if (keys.isEmpty() || !seen.add(keys)) {
                    throw new IllegalStateException(DATA_FILE + ", '" + phrase + "': empty, or given twice");
                }
                phrases.computeIfAbsent(keys.getFirst(), first -> new ArrayList<>()).add(new Phrase(keys, muscles, purposes));
            }
        }
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase phrase) -> phrase.keys().size()).reversed()));
        file.ignored().forEach(word -> ignored.add(String.join(" ", keys(word))));
    }

    /** The phrases with a meaning in this search, and its other words. */
    SearchTerms read(String text) {
        String[] typed = TypedText.searchable(text).toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<String> tokens = new ArrayList<>();
        for (String token : typed) {
            if (!token.isEmpty() && tokens.size() < MAX_TYPED) {
                tokens.add(token);
            }
        }
        // every token's keys in a row, each knowing its token
        List<String> keys = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int token = 0; token < tokens.size(); token++) {
            for (String key : keys(tokens.get(token))) {
                keys.add(key);
                owners.add(token);
            }
        }
        Set<SearchTerms.Meaning> meanings = new LinkedHashSet<>();
        boolean[] consumed = new boolean[tokens.size()];
        int at = 0;
        while (at < keys.size()) {
            Phrase found = startsAt(keys, owners, at);
            if (found == null) {
                at++;
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int token = owners.get(at); token <= owners.get(at + found.keys().size() - 1); token++) {
                consumed[token] = true;
                words.add(literal(tokens.get(token)));
            }
            meanings.add(new SearchTerms.Meaning(words, found.muscles(), found.purposes()));
            at += found.keys().size();
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> ignoredWords = new LinkedHashSet<>();
        for (int token = 0; token < tokens.size(); token++) {
            if (!consumed[token]) {
                String word = literal(tokens.get(token));
                (ignored.contains(String.join(" ", keys(word))) ? ignoredWords : words).add(word);
            }
        }
        if (meanings.isEmpty() && words.isEmpty()) {
            words = ignoredWords;
        }
        List<SearchTerms.Meaning> keptMeanings = meanings.stream().limit(MAX_TERMS).toList();
        List<String> keptWords = words.stream().limit(Math.max(0, MAX_TERMS - keptMeanings.size())).toList();
        return new SearchTerms(keptMeanings, keptWords);
    }

    /** The longest phrase whose keys start here, beginning and ending with whole tokens; null if none. */
    private Phrase startsAt(List<String> keys, List<Integer> owners, int at) {
        if (at > 0 && owners.get(at - 1).equals(owners.get(at))) {
            return null;
        }
        for (Phrase phrase : phrases.getOrDefault(keys.get(at), List.of())) {
            int end = at + phrase.keys().size();
            if (end <= keys.size() && keys.subList(at, end).equals(phrase.keys())
                    && (end == keys.size() || !owners.get(end).equals(owners.get(end - 1)))) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * How a token or phrase is compared: lower-case, apostrophes dropped ("runner's" is
     * "runners"), split at anything else that is not a letter or digit ("warm-up" is "warm
     * up"), and a plural "s" dropped from words of more than 3 letters ("hips" is "hip").
     */
    static List<String> keys(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("['’ʼ`]", "");
        List<String> keys = new ArrayList<>();
        for (String part : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                keys.add(part.length() > 3 && part.endsWith("s") ? part.substring(0, part.length() - 1) : part);
            }
        }
        return keys;
    }

    /** A typed word without the punctuation around it ("(lying" is "lying"); one of only punctuation stays as typed. */
    private static String literal(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return start == end ? token : token.substring(start, end);
    }

    static SynonymFile read() {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            return mapper.readValue(in, SynonymFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
        }
    }

    private record Phrase(List<String> keys, Set<Muscle> muscles, Set<Purpose> purposes) {
    }

    /** The data file: the meanings, and the words that narrow nothing. */
    record SynonymFile(int version, List<Entry> meanings, List<String> ignored) {

        SynonymFile {
            meanings = meanings == null ? List.of() : meanings;
            ignored = ignored == null ? List.of() : ignored;
        }
    }

    /** One meaning as the data file writes it. */
    record Entry(List<String> phrases, List<Muscle> muscles, List<Purpose> purposes) {
    }
}
