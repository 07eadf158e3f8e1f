// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.SaveOptions;
import mutagen.testkit.TestFiles;

/** Helpers shared by the ASF tests: temporary copies and Python's value comparisons. */
final class ASFTestSupport {
    private ASFTestSupport() {
    }

    static Path copy(String corpusName, Path dir) throws IOException {
        return Files.copy(TestFiles.corpus(corpusName), dir.resolve(corpusName));
    }

    static SaveOptions padding(long n) {
        return SaveOptions.defaults().withPadding(info -> n);
    }

    /** Python's {@code ==} between two attributes: numbers by value across the integer types, else the values. */
    static boolean pyEquals(ASFBaseAttribute a, ASFBaseAttribute b) {
        Object x = a.value();
        Object y = b.value();
        if (x instanceof Boolean) {
            x = (Boolean) x ? 1L : 0L;
        }
        if (y instanceof Boolean) {
            y = (Boolean) y ? 1L : 0L;
        }
        if (x instanceof Number && y instanceof Number) {
            return x.toString().equals(y.toString());
        }
        return java.util.Objects.deepEquals(x, y);
    }

    static void assertValues(List<? extends ASFBaseAttribute> expected, List<ASFBaseAttribute> actual) {
        assertEquals(expected.size(), actual.size(), "values " + actual);
        for (int i = 0; i < expected.size(); i++) {
            if (!pyEquals(expected.get(i), actual.get(i))) {
                assertEquals(expected.get(i).repr(), actual.get(i).repr());
            }
        }
    }

    static List<String> texts(List<ASFBaseAttribute> values) {
        return values.stream().map(Object::toString).toList();
    }
}
