package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    private static final Font FONT = CaptionFont.sized(20f, false);
    private static final FontMetrics METRICS = metrics();

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setFont(FONT);
        FontMetrics m = g.getFontMetrics();
        g.dispose();
        return m;
    }

    @Test
    void theBundledFontIsUsedAndCoversHangul() {
        assertThat(CaptionFont.bundled()).isTrue();
        assertThat(FONT.canDisplayUpTo("눈 내리는 산타마을 Santa")).isEqualTo(-1);
    }

    @Test
    void emojiControlAndFormatCharactersAreDroppedAndSpacesCollapsed() {
        assertThat(Captions.drawable("🎄 눈\u0007 내리는\u200d  산타마을\n🦌", FONT)).isEqualTo("눈 내리는 산타마을");
        assertThat(Captions.drawable("🎄🎅✨", FONT)).isEmpty();
    }

    @Test
    void shortTextIsOneLineAsItIs() {
        assertThat(Captions.wrap("a cat sleeping", METRICS, 400, 2)).containsExactly("a cat sleeping");
    }

    @Test
    void longTextWrapsByWordsAndTheLastLineIsEllipsized() {
        String text = "gently falling snow over a quiet Santa village at night with warm glowing windows and a slow zoom";
        List<String> lines = Captions.wrap(text, METRICS, 300, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("gently falling snow");
        assertThat(lines.get(1)).endsWith("\u2026");
        assertThat(lines).allSatisfy(line -> assertThat(METRICS.stringWidth(line)).isLessThanOrEqualTo(300));
    }

    @Test
    void textWithoutSpacesIsBrokenByCharacters() {
        String korean = "눈내리는산타마을에서아이들이눈사람을만들고순록이썰매를끄는따뜻한크리스마스밤".repeat(3);
        List<String> lines = Captions.wrap(korean, METRICS, 200, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("눈내리는");
        assertThat(lines.get(1)).endsWith("\u2026");
        assertThat(lines).allSatisfy(line -> assertThat(METRICS.stringWidth(line)).isLessThanOrEqualTo(200));
    }

    @Test
    void aFiveThousandCharacterTextStillGivesTwoLines() {
        List<String> lines = Captions.wrap("word ".repeat(1_000), METRICS, 500, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("\u2026");
    }
}
