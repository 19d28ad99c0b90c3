package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void frenchPunctuationStaysWithItsWordAcrossALineBreak() {
        String text = "x".repeat(76) + " : " + "« nom » ; encore ?";

        List<String> lines = TextRenderer.wrap(text, "  ");

        assertThat(lines).containsExactly("  " + "x".repeat(76) + " :", "  « nom » ; encore ?");
    }

    @Property
    void wrappingKeepsEveryWordInOrderAndNoLineStartsWithSpacedOffPunctuation(
            @ForAll @Size(max = 40) List<@StringLength(min = 1, max = 12) @AlphaChars String> words,
            @ForAll @Size(max = 40) List<Integer> marks) {
        String[] punctuation = {":", ";", "?", "!", "»", "«", "».", "»,"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            text.append(i == 0 ? "" : " ").append(words.get(i));
            if (i < marks.size() && marks.get(i) != null && Math.floorMod(marks.get(i), 3) == 0) {
                text.append(' ').append(punctuation[Math.floorMod(marks.get(i) / 3, punctuation.length)]);
            }
        }

        List<String> lines = TextRenderer.wrap(text.toString(), "  ");

        assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo(text.toString().strip());
        assertThat(lines).allSatisfy(line -> assertThat(line.strip()).doesNotMatch("^([:;?!]|»[.,]?)( .*)?"));
        List<String> broken = lines.subList(0, lines.size() - 1);
        assertThat(broken).as("lines a break ends").allSatisfy(line -> assertThat(line).doesNotEndWith("«"));
    }
}
