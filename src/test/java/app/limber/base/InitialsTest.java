package app.limber.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Avatar initials are whole user-perceived characters, whatever script or emoji a name has. */
class InitialsTest {

    @Test
    void firstAndLastWordsGiveTwoLetters() {
        assertThat(Initials.of("Casey Coach")).isEqualTo("CC");
        assertThat(Initials.of("ana maría de la cruz")).isEqualTo("AC");
        assertThat(Initials.of("  Ben  ")).isEqualTo("B");
        assertThat(Initials.of("   ")).isEmpty();
        assertThat(Initials.of(null)).isEmpty();
    }

    @Test
    void anEmojiStaysWholeNeverHalfASurrogatePair() {
        assertThat(Initials.of("\uD83C\uDFC3 Ana")).isEqualTo("\uD83C\uDFC3A"); // runner
        assertThat(Initials.of("Ulla \uD83E\uDD38")).isEqualTo("U\uD83E\uDD38"); // cartwheel, the name of the issue
        // a family: four people joined by zero-width joiners is one character
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        assertThat(Initials.of(family + " Team")).isEqualTo(family + "T");
        // a flag is two regional indicators; a thumbs-up with a skin tone is two code points
        assertThat(Initials.of("\uD83C\uDDF3\uD83C\uDDF4 Nora")).isEqualTo("\uD83C\uDDF3\uD83C\uDDF4N");
        assertThat(Initials.of("\uD83D\uDC4D\uD83C\uDFFD")).isEqualTo("\uD83D\uDC4D\uD83C\uDFFD");
    }

    @Test
    void combiningMarksStayWithTheirLetter() {
        // "e" + combining acute, "o" + combining diaeresis: the mark is part of the letter
        assertThat(Initials.of("e\u0301lodie o\u0308zil")).isEqualTo("E\u0301O\u0308");
        assertThat(Initials.of("\u00C9lodie")).isEqualTo("\u00C9");
        // Devanagari: a consonant with its vowel sign is one character
        assertThat(Initials.of("\u0915\u093F\u0930\u0923 \u0936\u0930\u094D\u092E\u093E")).isEqualTo("\u0915\u093F\u0936");
    }

    @Test
    void cjkNamesTakeTheirFirstCharacters() {
        assertThat(Initials.of("山田 太郎")).isEqualTo("山太");
        assertThat(Initials.of("王小明")).isEqualTo("王");
        assertThat(Initials.of("김 민준")).isEqualTo("김민");
        // a character outside the Basic Multilingual Plane (CJK Extension B) is not split
        assertThat(Initials.of("\uD840\uDC0B\u5C71")).isEqualTo("\uD840\uDC0B");
    }

    @Test
    void aLetterThatWouldGrowWhenUpperCasedStaysAsItIs() {
        assertThat(Initials.of("ßabine")).isEqualTo("ß");
    }
}
