package ca.hvd.core.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What makes a value people typed, such as a first name, look wrong: characters no name has, a
 * case style, and text that was decoded with the wrong encoding (mojibake).
 */
final class TextQuality {

    /** A way text gets garbled: written in one encoding, read back in another. */
    private record Garbling(Charset readAs, Charset writtenIn) {
    }

    /**
     * The garblings undone, most common first: UTF-8 read as Windows-1252 ({@code Ã©} for
     * {@code é}), and Windows-1252 read as Mac Roman ({@code S…BASTIEN} for {@code SÉBASTIEN}).
     */
    private static final List<Garbling> GARBLINGS = List.of(
            new Garbling(Charset.forName("windows-1252"), StandardCharsets.UTF_8),
            new Garbling(Charset.forName("x-MacRoman"), Charset.forName("windows-1252")));

    private TextQuality() {
    }

    /** Whether a character may be part of a name: a letter of any alphabet, a combining mark, a space, hyphen or apostrophe. */
    static boolean isNameCharacter(int c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || c == ' ' || c == '-' || c == '\'' || c == '\u2019';
    }

    /** The first character of a value that is not a name character, or -1. */
    static int firstNonNameCharacter(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isNameCharacter(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The case style of a value: whether all its letters are capitals; empty when it has no cased letter. */
    static Optional<Boolean> allCapitals(String value) {
        boolean upper = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLowerCase(c)) {
                return Optional.of(false);
            }
            upper |= Character.isUpperCase(c);
        }
        return upper ? Optional.of(true) : Optional.empty();
    }

    /**
     * What a value probably was before it was garbled, when it looks garbled: it holds a character
     * that has no place in a name (a symbol, {@code À} or {@code Ã}, or one small letter among
     * capitals), and reading its characters back as the bytes they were written as gives a name.
     */
    static Optional<String> ungarbled(String value) {
        if (!hasImplausibleCharacter(value)) {
            return Optional.empty();
        }
        for (Garbling garbling : GARBLINGS) {
            Optional<String> repaired = recode(value, garbling);
            if (repaired.isPresent() && !repaired.get().equals(value) && isPlausibleName(repaired.get())) {
                return repaired;
            }
        }
        return Optional.empty();
    }

    private static boolean hasImplausibleCharacter(String value) {
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isNameCharacter(c) || c == 'À' || c == 'Ã') {
                return true;
            }
            lower += Character.isLowerCase(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return lower == 1 && upper >= 2;
    }

    private static boolean isPlausibleName(String value) {
        return firstNonNameCharacter(value) < 0 && value.indexOf('À') < 0 && value.indexOf('Ã') < 0;
    }

    private static Optional<String> recode(String value, Garbling garbling) {
        CharsetEncoder encoder = garbling.readAs().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder decoder = garbling.writtenIn().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(value));
            return Optional.of(decoder.decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
