package dev.videoagent.core.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.text.Romanizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {

    @ParameterizedTest
    @CsvSource({
            "해운대, Haeundae",
            "광안리, Gwangalli",
            "제주, Jeju",
            "경복궁, Gyeongbokgung",
            "종로, Jongno",
            "한라산, Hallasan",
            "설악산, Seoraksan",
            "신라, Silla",
            "독도, Dokdo",
            "백마, Baengma",
            "부산, Busan",
            "인사동, Insadong",
            "명동, Myeongdong",
            "속초, Sokcho",
            "울릉도, Ulleungdo",
            "같이, Gachi",
            "좋아, Joa",
            "김치, Gimchi",
            "떡볶이, Tteokbokki",
            "'서울 타워', 'Seoul Tawo'",
    })
    void followsRevisedRomanization(String hangul, String expected) {
        assertThat(Romanizer.romanize(hangul)).isEqualTo(expected);
    }
}
