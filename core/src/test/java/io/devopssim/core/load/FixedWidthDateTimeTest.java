package io.devopssim.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FixedWidthDateTimeTest {

    @Test
    void compile_numericPatterns_qualify() {
        assertThat(FixedWidthDateTime.compile("yyyy-MM-dd HH:mm:ss")).isNotNull();
        assertThat(FixedWidthDateTime.compile("uuuu/MM/dd HH.mm")).isNotNull();
        assertThat(FixedWidthDateTime.compile("yyyyMMdd")).isNotNull();
    }

    @Test
    void compile_otherPatterns_fallBackToFormatter() {
        assertThat(FixedWidthDateTime.compile("dd/MMM/yyyy:HH:mm:ss")).isNull();
        assertThat(FixedWidthDateTime.compile("yyyy-MM-dd'T'HH:mm:ss")).isNull();
        assertThat(FixedWidthDateTime.compile("yy-MM-dd")).isNull();
        assertThat(FixedWidthDateTime.compile("HH:mm:ss")).isNull();
        assertThat(FixedWidthDateTime.compile("yyyy-MM-dd HH:mm:ss.SSS")).isNull();
        assertThat(FixedWidthDateTime.compile("yyyy-MM-dd yyyy")).isNull();
        assertThat(FixedWidthDateTime.compile("yyyy-MM-dd[ HH:mm]")).isNull();
    }

    @Test
    void parse_everyHourOfAYear_matchesFormatter() {
        String pattern = "yyyy-MM-dd HH:mm:ss";
        ZoneId zone = ZoneId.of("America/New_York");
        DateTimeFormatter formatter =
                DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone);
        FixedWidthDateTime fast = FixedWidthDateTime.compile(pattern);

        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 0, 7, 13);
        for (int hour = 0; hour < 366 * 24; hour++, time = time.plusHours(1)) {
            String text = formatter.format(time.atZone(zone));
            assertThat(fast.parse(text, zone)).isEqualTo(Instant.from(formatter.parse(text)));
        }
    }

    @Test
    void parse_missingTimeFields_defaultToZero() {
        FixedWidthDateTime fast = FixedWidthDateTime.compile("yyyyMMdd HH");

        assertThat(fast.parse("19950701 13", ZoneOffset.ofHours(-4)))
                .isEqualTo(Instant.parse("1995-07-01T17:00:00Z"));
    }

    @Test
    void parse_wrongLengthSeparatorOrDigit_throws() {
        FixedWidthDateTime fast = FixedWidthDateTime.compile("yyyy-MM-dd HH:mm:ss");

        assertThatThrownBy(() -> fast.parse("1995-07-01 00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> fast.parse("1995-07-01T00:00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> fast.parse("1995-07-0a 00:00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_impossibleValues_throwInsteadOfAdjusting() {
        FixedWidthDateTime fast = FixedWidthDateTime.compile("yyyy-MM-dd HH:mm:ss");

        assertThatThrownBy(() -> fast.parse("1995-02-29 00:00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> fast.parse("1995-07-01 24:00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> fast.parse("1995-13-01 00:00:00", ZoneOffset.UTC))
                .isInstanceOf(DateTimeException.class);
    }
}
