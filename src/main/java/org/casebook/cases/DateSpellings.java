package org.casebook.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a date is written in Chinese office documents ({@code 2024年3月5日}, {@code 2024/3/5},
 * {@code 2024.03.05}, {@code 2024-3-5}, full-width digits), read only to put the right spelling in a
 * hint: the field itself still has to say {@code 2024-03-05}, so what is published is never a guess.
 */
final class DateSpellings {

    private static final Pattern YMD = Pattern.compile("^(\\d{4})\\s*(?:年|/|\\.|-|－|／)\\s*(\\d{1,2})\\s*(?:月|/|\\.|-|－|／)\\s*(\\d{1,2})\\s*日?$");

    private DateSpellings() {
    }

    static Optional<LocalDate> read(String written) {
        String t = java.text.Normalizer.normalize(written.strip(), java.text.Normalizer.Form.NFKC);
        Matcher m = YMD.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
